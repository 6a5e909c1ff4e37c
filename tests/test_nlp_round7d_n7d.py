"""Documentation wordings found by the first reading of `dev_fresh_at` (round 7d, fixer N7d: necessity and
documentation readers): brief op notes, procedure logs, nursing flowsheets, smartforms and ultra-terse shorthand.

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _scores(text: str) -> list[tuple[str, float]]:
    return [(p.timing, p.value) for p in extract(text).assessments.pain_scores]


def _relief(text: str) -> list[float]:
    return [r.percent for r in extract(text).assessments.percent_relief]


# --- an arrow pair standing alone in shorthand or a log is the pre and post score, even with no pain word ----------

@pytest.mark.parametrize("text, scores", [
    ("Interlaminar ESI C7-T1, fluoro, Kenalog 80. Tolerated well, no cx. 7->1.", [("pre", 7.0), ("post", 1.0)]),
    ("R SIJ inj, fluoro, 40 Kenalog + 1 cc bupi, 9 -> 3", [("pre", 9.0), ("post", 3.0)]),
    ("PROC LOG | L L5 TFESI | dex 10 | consent/TO done | 6=>2 | no cx", [("pre", 6.0), ("post", 2.0)]),
    ("B/L L4-5 MBB, dx, 0.5 cc bupi each, 8\u21922, no cx.", [("pre", 8.0), ("post", 2.0)]),
])
def test_an_arrow_pair_alone_is_the_pre_and_post_score(text: str, scores: list[tuple[str, float]]) -> None:
    assert _scores(text) == scores


@pytest.mark.parametrize("text", [
    "Dexamethasone dose changed 2->1 mL after the test dose.",
    "Needle walked from L4->5 under fluoroscopy.",
])
def test_guard_an_arrow_with_a_unit_or_a_level_is_no_score(text: str) -> None:
    assert _scores(text) == []


# --- a label naming its scale in brackets before its colon labels the next score, not the one before ------------

@pytest.mark.parametrize("text, scores", [
    ("Pre pain (NRS): 6     Post pain (NRS): 2", [("pre", 6.0), ("post", 2.0)]),
    ("Pre pain score (0-10): 9    Post pain score (0-10): 4", [("pre", 9.0), ("post", 4.0)]),
])
def test_a_bracketed_scale_label_keeps_the_scores_apart(text: str, scores: list[tuple[str, float]]) -> None:
    assert _scores(text) == scores


# --- a percent right after the post score is the day's relief, with no relief word ------------------------------

@pytest.mark.parametrize("text, relief", [
    ("TPI x3 L trapezius, 1 mL 1% lido/site. 8->3, ~62%. No cx.", [62.0]),
    ("Pain 7/10 before, 2/10 after (70%).", [70.0]),
])
def test_a_percent_after_the_post_score_is_the_relief(text: str, relief: list[float]) -> None:
    assert _relief(text) == relief


def test_guard_a_saturation_after_a_score_sentence_is_no_relief() -> None:
    assert _relief("Pain 7->3. SpO2 98%.") == []


# --- a capitalised 'TO' as a log's pipe cell is the time-out -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "11/02/26 | R knee inj, US | Dx OA R knee (M17.11) | Kenalog 40 + 3 mL lido | consent/TO | 6->2 | no cx",
    "R SIJ inj | fluoro | Consent, TO | 8->3",
])
def test_a_pipe_cell_to_is_the_time_out(text: str) -> None:
    assert extract(text).time_out.value is True


def test_guard_an_upper_case_to_in_prose_is_no_time_out() -> None:
    assert extract("R knee inj. REFERRED TO | ortho clinic").time_out is None


# --- a ';' ends the clause of a block's relief: the symptom's duration after it is the symptom's ------------------

_FACET = "Therapeutic L L5-S1 facet joint injection, intra-articular, under fluoroscopy. "


def test_a_duration_after_a_semicolon_is_the_symptoms_not_the_reliefs() -> None:
    f = extract(_FACET + "L L5-S1 MBB 02/2026 gave 85% relief; L low back pain x 3 yr, PT 8 wk without lasting relief.")
    assert f.necessity.symptom_duration is not None and f.necessity.symptom_duration.weeks == 156.0
    assert [(r.percent, r.duration_days) for r in f.assessments.diagnostic_blocks] == [(85.0, None)]


# --- neurogenic claudication told as a walking distance in blocks; a weak muscle in shorthand --------------------

_CAUDAL = "Procedure: Caudal epidural steroid injection under fluoroscopy.\n"


@pytest.mark.parametrize("sentence", [
    "Both legs cramp and go heavy after 2 blocks, 8 mo.",
    "Her thighs ache and tire within half a block of walking.",
    "Ind: R ant thigh pain x 5 mo, R quad 4/5, PT failed.",
    "Ind: L thigh pain x 3 mo, quads 4+/5 on the left.",
])
def test_claudication_in_blocks_and_shorthand_weakness_are_radicular(sentence: str) -> None:
    assert extract(_CAUDAL + sentence).necessity.radicular_findings


def test_guard_a_nerve_block_with_relief_is_no_walking_distance() -> None:
    assert not extract(_CAUDAL + "Leg ache improved after 1 block with 80% relief.").necessity.radicular_findings


# --- blocks, then one result shared by both ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "RFA L L3, L4 MB, L5 DR, fluoro, 80C x 90s. MBB x2 prior, both >80%. 6->2.",
    "Bilateral L4-5 RFA. Two MBBs - each 85%.",
])
def test_a_result_shared_by_two_blocks_counts_for_both(text: str) -> None:
    blocks = extract(text).assessments.diagnostic_blocks
    assert [(r.ordinal) for r in blocks] == [1, 2] and len({r.percent for r in blocks}) == 1


# --- more shorthand pairs: a score with '/10' on each side of the arrow, labels run together or hyphenated --------

@pytest.mark.parametrize("text, scores", [
    ("L4-5 ILESI, fluoro, 80 Depo. 8/10 -> 3/10. No cx.", [("pre", 8.0), ("post", 3.0)]),
    ("R L5 TFESI, dex 10. pre 6 post 1", [("pre", 6.0), ("post", 1.0)]),
    ("R L5 TFESI, dex 10. Pre-9 Post-4.", [("pre", 9.0), ("post", 4.0)]),
    ("R L5 TFESI, dex 10. pre 7/post 3", [("pre", 7.0), ("post", 3.0)]),
    ("B/L SIJ inj. Pre 8 | Post 2 | no cx", [("pre", 8.0), ("post", 2.0)]),
    # the post label right after the first score's number no longer takes it when a sentence stop follows
    ("R L5 TFESI, dex 10. Pain pre 7 post 2.", [("pre", 7.0), ("post", 2.0)]),
])
def test_shorthand_pre_post_pairs(text: str, scores: list[tuple[str, float]]) -> None:
    assert _scores(text) == scores


def test_guard_a_pre_op_dose_and_a_post_day_count_are_no_scores() -> None:
    assert _scores("Pre-op 2 mg midazolam given; post 3 days of rest.") == []


# --- terse documentation items: TO closing its line or called 'x2', 'IC signed', 'no compl.' ---------------------

_TERSE = "R L5-S1 TFESI, fluoro, dex 10 mg. "


@pytest.mark.parametrize("text", ["Consent/TO\nNo cx.", "T/O x2 verified.", "Consent signed. TO x 2."])
def test_terse_time_out_items(text: str) -> None:
    assert extract(_TERSE + text).time_out.value is True


def test_guard_an_upper_case_to_closing_a_line_of_prose_is_no_time_out() -> None:
    assert extract(_TERSE + "PATIENT SENT TO\nPACU.").time_out is None


@pytest.mark.parametrize("text", ["IC signed.", "IC: obtained, risks reviewed."])
def test_ic_with_its_done_word_is_consent(text: str) -> None:
    assert extract(_TERSE + text).consent.value is True


@pytest.mark.parametrize("text", ["no compl.", "No comps, tol well."])
def test_no_compl_shorthand_is_no_complication(text: str) -> None:
    assert extract(_TERSE + text).complications.value == "none"


# --- terse necessity: 'N mos duration', 'radic sx', 'Decr sensation', 'P&N', 'leg radiation' --------------------

_TF = "Procedure: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nIndication: "


@pytest.mark.parametrize("sentence, weeks", [
    ("LBP w/ R leg radiation, 6 mos duration.", 26.0),
    ("Bilat buttock and thigh ache, 9 mo duration.", 39.0),
    ("Sciatica R, 3 yr duration, failed PT.", 156.0),
])
def test_n_months_duration_is_the_symptom_duration(sentence: str, weeks: float) -> None:
    d = extract(_TF + sentence).necessity.symptom_duration
    assert d is not None and d.weeks == pytest.approx(weeks, abs=1e-3)


@pytest.mark.parametrize("sentence", [
    "R L5 radic sx, worse sitting.", "Decr sensation R L5.", "decr. pinprick L S1.", "R leg P&N.", "LBP w/ R leg radiation.",
])
def test_terse_radicular_abbreviations(sentence: str) -> None:
    assert extract(_TF + sentence).necessity.radicular_findings


def test_guard_radiation_therapy_is_no_radicular_finding() -> None:
    assert not extract(_TF + "Radiation therapy to the pelvis in 2019.").necessity.radicular_findings


# --- saved images in shorthand: 'imgs', 'pics' -------------------------------------------------------------------

_SAVED = "R L5-S1 TFESI, fluoro, Omnipaque 1 mL, dex 10 mg. "


@pytest.mark.parametrize("text, views", [
    ("Imgs saved x2.", 2), ("AP + lat imgs stored.", 2), ("Pics saved AP & lat.", 2), ("Saved 2 imgs.", 2), ("Img saved.", None),
])
def test_saved_images_in_shorthand(text: str, views: int | None) -> None:
    img = extract(_SAVED + text).procedures[0].imaging
    assert (img.saved_images, img.views) == (True, views)


def test_no_imgs_saved_is_none_saved() -> None:
    assert extract(_SAVED + "No imgs saved.").procedures[0].imaging.saved_images is False


# --- a falling pair without 'from': 'Pain 7 to 2.', 'pain 8>3', 'NRS 9 down to 4' ---------------------------------

@pytest.mark.parametrize("text, scores", [
    ("R L5 TFESI, dex 10. Pain 7 to 2.", [("pre", 7.0), ("post", 2.0)]),
    ("R L5 TFESI, dex 10. Pain went 8 to 3.", [("pre", 8.0), ("post", 3.0)]),
    ("R L5 TFESI, dex 10. pain 8>3", [("pre", 8.0), ("post", 3.0)]),
    ("R L5 TFESI, dex 10. NRS 9 down to 4.", [("pre", 9.0), ("post", 4.0)]),
])
def test_a_falling_pair_without_from_is_pre_and_post(text: str, scores: list[tuple[str, float]]) -> None:
    assert _scores(text) == scores


def test_guard_a_rising_range_is_no_pre_post_pair() -> None:
    assert _scores("R L5 TFESI, dex 10. Pain 6 to 8 on most days.") == [("pre", 6.0)]


# --- 'Uncomplicated.' as a clause or a log cell of its own --------------------------------------------------------

@pytest.mark.parametrize("text", ["Uncomplicated.", "Tol well, uncomplicated.", "| uncomplicated | d/c home"])
def test_uncomplicated_alone_is_no_complication(text: str) -> None:
    assert extract(_TERSE + text).complications.value == "none"


def test_guard_an_uncomplicated_condition_is_no_complication_statement() -> None:
    assert extract(_TERSE + "Her diabetes is uncomplicated and diet-controlled.").complications is None


# --- a functional tolerance abbreviated, a limits field listing activities -----------------------------------------

_IND = _TF + "R leg pain to the foot x 6 mo. "


@pytest.mark.parametrize("sentence", [
    "Walk tol 1 block.", "Sitting tol. < 20 min.", "Stand tol: 10 min.", "Limits: standing, walking.",
    "Limitations - driving, housework.",
])
def test_shorthand_tolerances_are_functional_impairment(sentence: str) -> None:
    assert extract(_IND + sentence).necessity.functional_impairment


@pytest.mark.parametrize("sentence", ["Fluoro time limits: 2 min.", "Walk tolerance normal."])
def test_guard_a_procedure_limit_or_a_normal_tolerance_is_no_impairment(sentence: str) -> None:
    assert not extract(_IND + sentence).necessity.functional_impairment
