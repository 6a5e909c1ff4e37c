"""Layouts found by `dev_fresh_al` after its first (untuned) reading (round 7b, PROCL): word-processor characters
(non-breaking hyphens and spaces, curly quotes, the multiplication sign), runs of spaces inside a line, a whole note
dictated as one comma-spliced paragraph, inline fields run together on one semicolon line, a stray blank line inside
a sentence, and a trigger point injection told only as an action on the points.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts the reader must return; each failed on the reader before the change it tests, except the guards (named so)
that pin what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract
from nlp.normalise import normalise


def _procs(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures]


# --- typographic characters: read as their ASCII twins, offsets and evidence text exact --------------------------

@pytest.mark.parametrize("text, expected", [
    ("Procedure: Right L4\u2011L5 intra\u2011articular facet joint injection under fluoroscopy.",
     [("facet_injection", "right", ["L4-L5"])]),
    ("Procedure: Bilateral C5\u2010C6 medial branch blocks (diagnostic), fluoroscopy.",
     [("facet_injection", "bilateral", ["C5-C6"])]),
])
def test_word_processor_hyphens_and_spaces_read_as_ascii(text: str, expected: list) -> None:
    assert _procs(text) == expected


def test_evidence_keeps_the_notes_own_characters_at_exact_offsets() -> None:
    text = "Procedure: Right L4\u2011L5 intra\u2011articular facet joint injection.\nTime\u2011out done. No complications.\n"
    facts = extract(text)
    assert facts.time_out is not None and facts.time_out.value is True
    spans = [e for e in facts.time_out.evidence] + [e for p in facts.procedures for e in p.evidence]
    assert spans and all(text[e.start:e.end] == e.text for e in spans)
    assert any("\u2011" in e.text for e in spans)  # the note's non-breaking hyphen, not the ASCII one read


def test_normalise_maps_one_character_for_one() -> None:  # a new module: pins its table, not a before/after
    text = "Time\u2011out \u201cdone\u201d; PT \u00d712 weeks; she can\u2019t\u00a0sit; 4\u2013 5; \u00bd mL"
    out = normalise(text)
    assert out == "Time-out \"done\"; PT x12 weeks; she can't sit; 4\u2013 5; \u00bd mL"
    assert len(out) == len(text)


def test_guard_plain_ascii_note_is_returned_as_is() -> None:
    text = "Right L5-S1 TFESI. Time-out done.\n"
    assert normalise(text) is text


def test_a_curly_apostrophe_in_cant_reads_as_a_functional_limit() -> None:
    text = ("Procedure: Right L5-S1 transforaminal epidural steroid injection.\n"
            "History: right leg pain for 6 months. She can\u2019t walk more than a block.\n")
    found = extract(text).necessity.functional_impairment
    assert [f.value for f in found] == ["She can't walk more than a block."]  # the value reads as normalised
    assert [f.evidence[0].text for f in found] == ["She can\u2019t walk more than a block."]


# --- runs of spaces inside a line ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Procedure :   Bilateral   L5-S1   facet   radiofrequency   ablation   \nLesioned at 80 C for 90 s.\n",
     [("facet_rfa", "bilateral", ["L5-S1"])]),
])
def test_phrases_padded_with_spaces_or_tabs_are_read(text: str, expected: list) -> None:
    assert _procs(text) == expected


def test_a_time_out_padded_with_spaces_is_read() -> None:
    text = "Right L5-S1 TFESI.\nConsent  signed .    Time  out  done .\nNo complications.\n"
    facts = extract(text)
    assert facts.time_out is not None and facts.time_out.value is True
    assert [e.text for e in facts.time_out.evidence] == ["Time  out"]


# --- one comma-spliced dictated paragraph ---------------------------------------------------------------------

_RUN_ON = ("This 58 year old woman comes in for the scheduled left L5-S1 transforaminal epidural steroid injection for "
           "left lumbar radiculopathy, she has had four months of pain from the left buttock to the lateral calf with "
           "numbness of the small toe, six weeks of physical therapy did not help, the risks were reviewed and she "
           "signed the consent, we did a time out, she was positioned prone and under fluoroscopy a 22 gauge needle "
           "was placed at the left L5-S1 foramen, then dexamethasone 10 mg was injected, afterward her pain was 2 out "
           "of 10, there were no complications and she left with her husband.")


def test_a_run_on_dictated_paragraph_keeps_side_and_level() -> None:
    assert _procs(_RUN_ON) == [("transforaminal_epidural", "left", ["L5-S1"])]


def test_a_run_on_dictated_paragraph_reads_consent_and_no_complications() -> None:
    facts = extract(_RUN_ON)
    assert facts.consent is not None and facts.consent.value is True
    assert facts.complications is not None and facts.complications.value == "none"


def test_guard_a_long_list_sentence_is_not_cut() -> None:
    text = ("History: conservative care has included physical therapy for eight weeks, a home exercise program, "
            "naproxen, gabapentin, a TENS unit, chiropractic care, heat, ice, massage, acupuncture, topical "
            "diclofenac, cyclobenzaprine at night, activity modification, weight loss counselling and a lumbar brace, "
            "none of which helped.\nProcedure: Right L4-5 TFESI.\n")
    from nlp.pipeline import get_pipeline
    doc = get_pipeline()(text)
    assert [s.text.split(":")[0] for s in doc.sents] == ["History", "Procedure"]


# --- inline fields on one semicolon line --------------------------------------------------------------------------

def test_inline_fields_on_one_line_are_sentences_of_their_own() -> None:
    from nlp.pipeline import get_pipeline
    text = "Proc: L SI inj; Intent: diagnostic; Prior dx block: none; Consent: yes; Time 10:42; Post: 1/10\n"
    doc = get_pipeline()(text)
    assert [s.text.strip() for s in doc.sents] == ["Proc: L SI inj;", "Intent: diagnostic;",
                                                    "Prior dx block: none;", "Consent: yes; Time 10:42;",
                                                    "Post: 1/10"]


# --- a stray blank line inside a sentence ---------------------------------------------------------------------------

def test_a_blank_line_inside_a_sentence_keeps_the_sentence() -> None:
    text = ("Procedure: Bilateral L4-5 facet joint injections.\n"
            "History: neck and back pain for 2 years. She is unable to\n\nstand at the sink to wash dishes.\n")
    assert [f.value for f in extract(text).necessity.functional_impairment] == \
        ["She is unable to stand at the sink to wash dishes."]


def test_guard_a_blank_line_after_a_finished_line_still_splits() -> None:
    from nlp.pipeline import get_pipeline
    text = "Procedure: Right C5-6 RFA\n\nh/o neck pain for 3 years.\n"
    doc = get_pipeline()(text)
    assert len(list(doc.sents)) == 2


# --- a trigger point injection told as an action on the points ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A total of 4 mL of 1% lidocaine was divided among the trigger points with a 27 gauge needle.",
    "The identified trigger points were injected with 0.5% bupivacaine, 1 mL each.",
    "I injected each of the 3 tender trigger points with 1 mL of 1% lidocaine.",
    "Lidocaine 1% was distributed evenly into the four trigger points.",
])
def test_an_injection_into_the_trigger_points_is_a_trigger_point_injection(sentence: str) -> None:
    text = ("Upper back pain with taut bands and twitch responses in the trapezius for 4 months (M79.18). "
            "Consent signed. " + sentence + " No complications.\n")
    assert _procs(text) == [("trigger_point", None, [])]


def test_guard_trigger_points_found_on_exam_make_no_injection() -> None:
    text = ("Procedure: Right L5-S1 transforaminal epidural steroid injection.\n"
            "Exam: several tender trigger points in the right gluteus medius; positive straight leg raise.\n")
    assert _procs(text) == [("transforaminal_epidural", "right", ["L5-S1"])]


# --- shorthand headers, "1)" / "b)" list marks, and an inline field that ends at the next "; Label:" -------------

def _sections(text: str) -> list[tuple[str | None, str]]:
    from nlp.pipeline import get_pipeline
    doc = get_pipeline()(text)
    return [(s.category, doc[s.title_start:s.title_end].text) for s in doc._.sections if s.category]


def test_scribe_shorthand_headers_open_their_sections() -> None:
    text = ("Proc: L5-S1 ILESI, fluoro\nIndic: low back and leg pain x 4 mo\nT/O: yes\nTech: prone, 18 g Tuohy, LOR.\n"
            "Meds: triamcinolone 40 mg\nCx: none\n")
    assert _sections(text) == [("procedure", "Proc:"), ("indications", "Indic:"), ("time_out", "T/O:"),
                               ("technique", "Tech:"), ("medications", "Meds:"), ("complications", "Cx:")]


@pytest.mark.parametrize("mark", ["1)", "b)"])
def test_a_header_after_a_bracketed_list_mark_opens_its_section(mark: str) -> None:
    text = f"Caudal ESI\n{mark} Dx: lumbar radiculopathy (M54.16)\n{mark} History: leg pain for 9 months.\n"
    assert _sections(text) == [("diagnosis", "Dx:"), ("history", "History:")]


def test_guard_an_inline_procedure_field_ends_at_the_next_label_on_its_line() -> None:
    text = ("Left SI joint injection\nProc: L SI joint inj; Intent: therapeutic; Failed: PT 8 wk no relief, "
            "meloxicam no relief; Consent: yes\n")
    care = extract(text).necessity.conservative_care
    assert [(c.modality, c.outcome, c.weeks) for c in care] == [("physical_therapy", "failed", 8.0),
                                                                ("nsaids", "failed", None)]


def test_guard_a_semicolon_without_a_label_keeps_the_field() -> None:
    from nlp.pipeline import get_pipeline
    doc = get_pipeline()("Procedure: right L4-5 TFESI; dexamethasone 10 mg at L4-5\nNo complications.\n")
    (proc,) = [s for s in doc._.sections if s.category == "procedure"]
    assert doc[proc.body_start:proc.body_end].text.strip() == "right L4-5 TFESI; dexamethasone 10 mg at L4-5"


# --- an em dash written between two levels is a hyphen; with spaces it stays a field separator --------------------

@pytest.mark.parametrize("title, expected", [
    ("Procedure: Left L4\u2014L5 transforaminal epidural steroid injection.", [("transforaminal_epidural", "left", ["L4-L5"])]),
    ("RIGHT C5\u20146 AND C6\u20147 FACET JOINT INJECTIONS", [("facet_injection", "right", ["C5-C6", "C6-C7"])]),
])
def test_an_em_dash_between_levels_is_a_hyphen(title: str, expected: list) -> None:
    assert _procs(title + "\n") == expected


def test_guard_a_spaced_em_dash_stays_a_separator() -> None:
    assert normalise("Consent \u2014 signed; L4\u2014L5") == "Consent \u2014 signed; L4-L5"


# --- a flattened two-column template: header, a tab or a run of spaces, its value (no colon) ----------------------

def test_a_header_with_a_gap_before_its_value_opens_its_section() -> None:
    text = ("KNEE INJECTION\nDiagnosis  Primary osteoarthritis, left knee (M17.12)\nIndication  left knee pain for 2 years\n"
            "Time out  completed\nSide\tLeft\nComplications  none\n")
    assert _sections(text) == [("diagnosis", "Diagnosis  "), ("indications", "Indication  "), ("time_out", "Time out  "),
                               ("laterality", "Side\t"), ("complications", "Complications  ")]


def test_guard_padded_prose_after_a_header_word_is_no_field() -> None:
    assert _sections("Right L5-S1 TFESI.\nProcedure  was performed under fluoroscopy.\nHistory  of leg pain.\n") == []
