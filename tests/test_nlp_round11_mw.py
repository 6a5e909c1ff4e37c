"""Round 11c, metamorphic probe (layout: hard_wrap, blank_lines_trailing, double_space_tabs; PROC+NEC).

A note hard-wrapped by a fixed-width export or a pasted e-mail reads as the same note written on long lines: the
wrap is joined where the sentence goes on (`nlp.normalise`), so every line-scoped cue sees its words together. Each
case is a short fictional note read as written and as wrapped; the reading must be the exact one both times.
"""

from __future__ import annotations

from nlp import extract
from nlp.normalise import normalise


def _pain(text: str) -> list[tuple]:
    return [(p.timing, p.value) for p in extract(text).assessments.pain_scores]


_HISTORY = ("HISTORY: Onset 3/2026 after lifting a box. MRI 4/2026 shows a right L4-5 foraminal extrusion "
            "compressing the exiting L4 root. Pre-procedure pain 8/10.\n"
            "TECHNIQUE: Informed consent obtained. Time-out performed. Prone.\n")


def test_a_wrap_before_a_number_is_joined_offset_exactly() -> None:
    wrapped = _HISTORY.replace("root. Pre-procedure pain 8/10.", "root. Pre-procedure pain\n8/10.")
    read = normalise(wrapped)
    assert len(read) == len(wrapped)
    assert "Pre-procedure pain 8/10." in read
    assert "8/10.\nTECHNIQUE:" in read  # a line closed by a stop keeps its line break


def test_pain_score_wrapped_before_its_value_reads_the_same() -> None:
    wrapped = _HISTORY.replace("root. Pre-procedure pain 8/10.", "root. Pre-procedure pain\n8/10.")
    assert _pain(_HISTORY) == [("pre", 8.0)]
    assert _pain(wrapped) == [("pre", 8.0)]


def test_a_wrap_before_a_lower_case_word_is_joined() -> None:
    text = "The patient has had left-sided low back pain for over three\nyears that is worse with standing.\n"
    assert normalise(text) == text.replace("three\nyears", "three years")


def test_short_lines_fields_bullets_and_clock_entries_keep_their_breaks() -> None:
    # terse template lines, a lower-case field label, a numbered list and a flowsheet time are not wraps
    for text in ("Sedation: none\nconsent signed\n",
                 "Patient tolerated the procedure without any difficulty\nsedation: none\n",
                 "The following levels were treated under fluoroscopy today\n1. L4-5\n2. L5-S1\n",
                 "Vital signs were stable throughout the whole recovery period\n1420 Pain 2/10\n",
                 "Vital signs were stable throughout the whole recovery period\n14:20 Pain 2/10\n"):
        assert normalise(text) == text


def test_lettered_list_items_and_a_drug_strength_keep_their_breaks() -> None:
    for text in ("a. Diagnosis: cervical spondylosis without myelopathy (M47.812)\nb. neck pain on the right\n",
                 "At each level I injected 1 mL of a mix made of 1 mL Depo-Medrol\n80 mg/mL and 1 mL 0.5% ropivacaine.\n"):
        assert normalise(text) == text


def _sides(text: str) -> list[tuple]:
    return [(p.family, p.laterality) for p in extract(text).procedures]


_NARRATIVE = ("RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION\n\n"
              "History: left leg pain for three months down the back of the thigh. MRI shows a left L5-S1 extrusion.\n\n"
              "Procedure: Consent was signed and time out was done. Prone. Under fluoroscopy a 22 gauge needle was "
              "guided to\nthe left L5-S1 foramen. Kenalog 40 mg with 1 mL 1% lidocaine was injected.\n")


def test_a_narrative_procedure_field_naming_its_side_later_on_the_line_stays_technique() -> None:
    # the title says right, the technique left: the reading is the technique's side (a conflict), not both sides,
    # whether the technique's sentence is wrapped before 'the left L5-S1 foramen' or written on one line
    assert _sides(_NARRATIVE) == [("transforaminal_epidural", "left")]
    assert _sides(_NARRATIVE.replace("guided to\nthe left", "guided to the left")) == [("transforaminal_epidural", "left")]


def test_a_note_that_does_not_punctuate_keeps_its_line_ends() -> None:
    # dictated in lower case without stops: each line may end a sentence, so none is joined
    text = ("left lumbar sympathetic block dictated by the attending physician\n"
            "pain score before the procedure is 6 out of 10 on the scale\n"
            "informed consent was signed and a time out was done today\n")
    assert normalise(text) == text


def test_a_number_after_a_code_bracket_opens_its_own_line() -> None:
    text = "Myofascial pain syndrome of the right upper back (M79.18)\n8 mo R upper back + neck pain.\n"
    assert normalise(text) == text


def test_a_limitation_with_its_own_subject_after_a_negated_clause_is_read() -> None:
    # 'have not helped, and the headaches keep her from ...': the 'not' is the treatment's, not the limitation's;
    # read alike when the export wraps the line after 'not'
    text = ("HISTORY: Occipital headaches for nine months. Amitriptyline and physical therapy have not helped, and the "
            "headaches keep her from reading and driving.\n")
    for note in (text, text.replace("have not helped", "have not\nhelped")):
        assert len(extract(note).necessity.functional_impairment) == 1


def test_a_wrap_before_a_capital_after_a_word_that_cannot_end_a_sentence_is_joined() -> None:
    for text, joined in (("Pain radiates to the calf and despite six weeks he has failed\nPT/NSAIDs and rest.\n",
                          "failed PT/NSAIDs"),
                         ("Thermal lesions were then made at each target at 80 degrees\nCelsius for 90 seconds.\n",
                          "degrees Celsius")):
        read = normalise(text)
        assert joined in read and len(read) == len(text)


def test_capital_lines_after_a_closed_clause_a_column_row_or_capitals_keep_their_breaks() -> None:
    for text in ("The patient was placed prone on the fluoroscopy table\nSterile prep and drape. Right side.\n",
                 "The needle was then advanced under fluoroscopy to the\nPlan: follow up in two weeks.\n",
                 "Procedure #2 .. SIJI   Side: R   Guidance: fluoro   Omnipaque 180 1 mL\n"
                 "                Kenalog 40 mg + 0.25% bupivacaine.\n",
                 "HISTORY:\nPAIN RADIATES DOWN THE RIGHT ARM TO THE THUMB AND INDEX FINGER WITH\nNUMBNESS OF THE THUMB.\n"):
        assert normalise(text) == text


def test_a_wrapped_title_and_a_line_closed_by_a_semicolon_go_on() -> None:
    title = "BILATERAL L5 DORSAL RAMUS AND S1-S3 LATERAL BRANCH NERVE\nBLOCKS\nDOS: 2023-01-24\nConsent signed. Prone.\n"
    assert normalise(title) == title.replace("NERVE\nBLOCKS", "NERVE BLOCKS")
    hpi = "HPI: Axial back pain for 3 years. PT 12 weeks with no benefit;\nNSAIDs stopped for ulcer history.\n"
    assert normalise(hpi) == hpi.replace("benefit;\nNSAIDs", "benefit; NSAIDs")


def test_a_wrapped_title_reads_its_procedure() -> None:
    text = ("BILATERAL L5 DORSAL RAMUS AND S1-S3 LATERAL BRANCH NERVE\nBLOCKS\nDOS: 2023-01-24\n\n"
            "Technique: prone; under fluoroscopy 25 g needles at the L5 dorsal rami and S1-S3 lateral branches "
            "on both sides; 0.5 mL of 0.5% bupivacaine at each.\n")
    assert [(p.family, p.laterality) for p in extract(text).procedures] == [("si_joint_nerve_block", "bilateral")]


def test_trailing_spaces_and_a_tab_after_a_label_do_not_change_the_join() -> None:
    # a short line stays short with trailing spaces; a tab after 'INDICATIONS:' is no template column
    short = "1st MBB 1/14: 85% x 5h (lido)\nconsent signed, TO done. Prone.\n"
    assert normalise(short) == short
    assert normalise(short.replace("(lido)\n", "(lido)   \n")) == short.replace("(lido)\n", "(lido)   \n")
    tab = "INDICATIONS:\tRight-sided neck pain since a collision in 2024, without arm\npain or numbness. Prone.\n"
    assert normalise(tab) == tab.replace("arm\npain", "arm pain")


def test_a_medication_list_line_closing_on_a_dose_and_the_procedure_title_keep_their_breaks() -> None:
    for text in ("Medications:\ndexamethasone (DECADRON) injection 10 mg\nbupivacaine (PF) (MARCAINE) 0.25 % injection 5 mL.\n",
                 "PROCEDURE: Right superolateral, superomedial and inferomedial genicular nerve\nblocks under ultrasound.\n"):
        assert normalise(text) == text
