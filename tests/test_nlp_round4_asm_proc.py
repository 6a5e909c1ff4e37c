"""Procedure, level, sentence and event wordings found by the sealed batches `dev_fresh_s` and `dev_fresh_t`
after their first (untuned) reading.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts the reader must return; each failed on the reader before the change it tests, except the guards (named
so) that pin what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _procs(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures]


def _drugs(text: str) -> list[tuple[str, float | None]]:
    return [(d.generic, d.dose) for d in extract(text).drugs]


# --- bursa and facet nerve block names ------------------------------------------------------------

@pytest.mark.parametrize("text, family", [
    ("L subacromial bursa inj under US. 40 mg Kenalog + 3 mL 1% lidocaine.", "joint_injection"),
    ("Right subacromial space steroid injection, landmark guided.", "joint_injection"),
    ("Right L3-L4 and L4-L5 facet joint nerve blocks (L2, L3 and L4 medial branches), fluoroscopy.",
     "facet_injection"),
])
def test_bursa_and_facet_nerve_block_names(text: str, family: str) -> None:
    assert [p[0] for p in _procs(text)] == [family]


def test_facet_joint_nerve_block_is_a_medial_branch_block() -> None:
    procs = extract("Left L4-L5 and L5-S1 facet joint nerve blocks, fluoroscopy.").procedures
    assert [(p.approach, p.laterality, [lv.name for lv in p.levels]) for p in procs] == [
        ("medial_branch", "left", ["L4-L5", "L5-S1"])]


# --- two adjacent levels written with a space only -------------------------------------------------

@pytest.mark.parametrize("text, levels", [
    ("Right T12 L1 transforaminal epidural steroid injection under fluoroscopy.", ["T12-L1"]),
    ("Left radiofrequency ablation of the C4 C5 and C5 C6 facet joints under fluoroscopy.", ["C4-C5", "C5-C6"]),
    ("Bilateral transforaminal epidural injection. Needles into the L5 S1 foramen on each side.", ["L5-S1"]),
])
def test_two_adjacent_levels_with_a_space_are_one_segment(text: str, levels: list[str]) -> None:
    assert [p[2] for p in _procs(text)] == [levels]


def test_guard_a_run_of_three_spaced_levels_stays_a_list() -> None:
    """'L3 L4 L5 medial branches' names three nerves (so the L4-L5 and L5-S1 joints), not a segment and a nerve."""
    facts = extract("Right medial branch blocks at L3 L4 L5 medial branches, fluoroscopy.")
    assert [n.name for p in facts.procedures for n in p.nerves] == [
        "L3 medial branch", "L4 medial branch", "L5 medial branch"]
    assert [lv.name for p in facts.procedures for lv in p.levels] == ["L4-L5", "L5-S1"]


# --- terse lower-case lines each ending in a stop ---------------------------------------------------

def test_a_lower_case_line_after_a_stop_starts_a_sentence() -> None:
    """'no IV.' must not negate the steroid on the next lower-case line."""
    text = "L4-L5 ILESI, fluoro\nomnipaque 240 3 mL - epidural spread, no IV.\ndepo-medrol 80 mg + 3 mL PF NS.\n"
    assert _drugs(text) == [("iohexol", 3.0), ("methylprednisolone_acetate", 80.0)]


# --- an earlier, aborted procedure is history, not today's reduced service --------------------------

@pytest.mark.parametrize("text, incomplete", [
    ("Sedation given for anxiety after a previous aborted injection. Left L5-S1 TFESI, fluoroscopy, "
     "dexamethasone 10 mg.", None),
    ("Left L5-S1 TFESI, fluoroscopy. The procedure was aborted after a vasovagal episode.", True),
])
def test_a_prior_aborted_procedure_is_not_an_incomplete_one(text: str, incomplete: bool | None) -> None:
    assert [p.incomplete for p in extract(text).procedures] == [incomplete]


# --- pain scores: 'baseline' named, 'N out of 10' with a timing word, a cue after a short phrase --------

def _scores(text: str) -> list[tuple[str, float]]:
    return [(p.timing, p.value) for p in extract(text).assessments.pain_scores]


@pytest.mark.parametrize("text, scores", [
    ("HISTORY: Neck pain into the left arm. Baseline NRS: 7/10.\nPROCEDURE: Left C6-C7 interlaminar ESI, "
     "fluoroscopy.\nDISCHARGE: 2/10.", [("pre", 7.0), ("post", 2.0)]),
    ("Right knee injection, 40 mg Kenalog. she rates it a 6 out of 10 before we begin.\nafterwards she was at a 1 "
     "out of 10 and went home.", [("pre", 6.0), ("post", 1.0)]),
    ("INDICATIONS: leg pain. Pain is 7/10.\nPROCEDURE: SCS trial, leads at T9.\nShe rated it 2/10 with the "
     "stimulator on in recovery.", [("pre", 7.0), ("post", 2.0)]),
])
def test_pain_score_timing_wordings(text: str, scores: list[tuple[str, float]]) -> None:
    assert _scores(text) == scores


def test_guard_an_average_in_the_history_stays_a_baseline() -> None:
    text = "HISTORY: Low back pain, on average 5/10.\nPROCEDURE: Left L4-L5 TFESI, fluoroscopy.\nAfter: 1/10."
    assert _scores(text) == [("baseline", 5.0), ("post", 1.0)]


# --- saved images, consent, sedation reason, intent, dictated imaging --------------------------------

@pytest.mark.parametrize("text", [
    "Right SI joint injection under fluoroscopy, 40 mg Kenalog. AP/obl saved.",
    "Right L4 TFESI under fluoroscopy.\n- Saved AP and oblique images\n- No complications",
    "Right L4-L5 interlaminar ESI under fluoroscopy. We stored an AP and a lateral picture. No complications.",
])
def test_saved_images_with_two_views(text: str) -> None:
    img = extract(text).procedures[0].imaging
    assert (img.saved_images, img.views) == (True, 2)


def test_consent_with_the_verb_before_the_risks() -> None:
    text = ("Left L4-L5 interlaminar ESI under fluoroscopy. I went over the plan and the risks of bleeding and "
            "infection with him, and he agreed and signed. No complications.")
    assert extract(text).consent is not None and extract(text).consent.value is True


def test_sedation_reason_stated_before_the_sedation() -> None:
    text = ("Left L5-S1 TFESI under fluoroscopy. He has marked needle phobia after a bad dental visit, so IV "
            "sedation was used: midazolam 2 mg IV.")
    assert [p.sedation.justification for p in extract(text).procedures] == ["needle phobia"]


def test_intent_written_after_a_guidance_phrase() -> None:
    text = "PROCEDURE: Right sacroiliac joint injection under fluoroscopic guidance with arthrogram, therapeutic."
    assert [p.intent for p in extract(text).procedures] == ["therapeutic"]


def test_dictated_spelling_of_fluoroscopic() -> None:
    text = "Right L5 transforaminal epidural steroid injection. Under flora scopic guidance the needle was placed."
    assert [p.imaging.modality for p in extract(text).procedures] == ["fluoroscopy"]



def test_an_imaging_report_sentence_wrapped_over_a_line() -> None:
    """'Cervical MRI in March' + line break + 'showed a left C4-5 ...': still the report's sentence, whose levels
    are no second level set of the procedure (the s batch's laterality_conflict on an ILESI)."""
    from nlp.cues import cue
    rx = cue("imaging_report_sentence")
    assert rx.search("Cervical MRI in March\nshowed a left C4-5 disc osteophyte complex.").group(0) == "MRI in March\nshowed"
    assert rx.search("The MRI table was moved. Needle at C4-5.") is None  # guard: no report verb in reach


# --- earlier block results: a line ending in 'on', 'Dx ... block' ----------------------------------

def _blocks_prior(text: str) -> tuple[list[float], list[float]]:
    a = extract(text).assessments
    return [r.percent for r in a.diagnostic_blocks], [r.percent for r in a.prior_procedure_response]


def test_a_line_ending_in_on_continues_the_sentence() -> None:
    text = ("Bilateral L3-L4 radiofrequency ablation under fluoroscopy. Two diagnostic medial branch blocks, done on\n"
            "March 2 and March 20, gave 85% and 80% relief. Lesions at 80 C for 90 s.")
    assert _blocks_prior(text) == ([85.0, 80.0], [])


def test_dx_block_in_shorthand_is_a_diagnostic_block() -> None:
    text = "L SIJ inj, fluoro, Kenalog 40 mg. Dx L SIJ block 3/2026: 90% relief x 5 hrs."
    assert _blocks_prior(text) == ([90.0], [])


def test_approx_before_a_number_does_not_end_the_sentence() -> None:
    """'MBB #1 ... - approx. 65% relief': the result stays in the block's sentence, so it is the block's."""
    text = ("Right C4-C6 medial branch block #2 (confirmatory), fluoroscopy.\n"
            "Previous block: 1st right C4-C6 MBB with lidocaine - approx. 65% relief for 2 hours.\n")
    assert _blocks_prior(text) == ([65.0], [])


def test_refill_personally_performed_is_the_physician_s() -> None:
    text = ("Procedure: intrathecal pump refill\nPerformed by: attending (access personally performed)\n"
            "Refill: 20 mL of morphine 25 mg/mL placed in the reservoir; settings unchanged.\n")
    assert [p.performed_by_physician for p in extract(text).procedures] == [True]


def test_a_right_and_left_pair_is_read_in_one_place() -> None:
    """A side pair that straddles the procedure field's title reach is one phrase, so no side conflict. (Round 11c MW:
    the field opens with a narrative sentence naming no side, so it reads as the technique: the pair is the body's.)"""
    lead = "Procedure: After written consent and a time-out the patient lay prone and the back was prepped. " * 2
    pad = "x" * (234 - len("Procedure: ") - len(lead))
    text = ("Spinal cord stimulator trial.\n\n" + lead + pad + " Needles placed at T12-L1, right and left "
            "paramedian; two leads to T8. No complications.\n")
    assert [[(m.value, m.source) for m in p.laterality_mentions] for p in extract(text).procedures] == [
        [("bilateral", "body")]]


def test_no_sedation_wrapped_over_a_line() -> None:
    text = "Left L5-S1 interlaminar ESI under fluoroscopy. The patient chose no\nsedation. Dexamethasone 10 mg."
    assert [p.sedation.type if p.sedation else None for p in extract(text).procedures] == ["none"]


def test_a_level_named_for_an_earlier_fusion_is_no_target() -> None:
    text = ("Caudal epidural steroid injection.\nReason: stenosis in a patient with an L5-S1 fusion that rules out an "
            "interlaminar approach.\nUnder fluoroscopy a Tuohy needle entered the caudal canal; 80 mg Depo-Medrol.\n")
    assert [[lv.name for lv in p.levels] for p in extract(text).procedures] == [[]]


def test_the_interspace_found_under_fluoroscopy_is_the_level() -> None:
    """'the C6-7 interlaminar space was identified' names the entry level; 'from C5-6 foraminal stenosis' in the
    working diagnosis names an imaging finding, not a second level."""
    text = ("Cervical epidural steroid injection.\nWorking diagnosis: left C6 radiculopathy from C5-6 foraminal "
            "stenosis.\nUnder fluoroscopy the C6-7 interlaminar space was identified and the skin numbed.\n")
    assert [[lv.name for lv in p.levels] for p in extract(text).procedures] == [["C6-C7"]]
