"""Documentation wordings found by the first readings of `dev_fresh_v`, `dev_fresh_w` and `dev_fresh_x` (round 5b,
fixer DC: NEC + ASM areas): intents leading or closing a long procedure title, care counted in sessions, walking and
sitting tolerances written with a sign or a bound.

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


# --- intent leading a title with sides, levels and technique words, or set apart after a parenthesis ----------

@pytest.mark.parametrize("text, intent", [
    ("PROCEDURE: Diagnostic left L3-L4 and L4-L5 intra-articular facet joint injections under fluoroscopy.", "diagnostic"),
    ("Procedure performed: Therapeutic bilateral C4-C5, C5-C6 and C6-C7 intra-articular facet joint injections with "
     "fluoroscopy.", "therapeutic"),
    ("PROCEDURES: Left L3 and L4 medial branch blocks and left L5 dorsal ramus block (left L4-L5 and L5-S1 facet "
     "joints), diagnostic, under fluoroscopy.", "diagnostic"),
])
def test_intent_leading_or_closing_a_long_title(text: str, intent: str) -> None:
    assert [p.intent for p in extract(text).procedures] == [intent]


def test_guard_therapeutic_exercise_is_no_intent() -> None:
    text = ("She completed therapeutic exercise at home and physical therapy for 8 weeks without relief.\n"
            "Procedure: Right L4-L5 and L5-S1 medial branch blocks under fluoroscopy.")
    assert [p.intent for p in extract(text).procedures] == [None]


# --- care counted in sessions: a length at three sessions a week -----------------------------------------------

@pytest.mark.parametrize("text, weeks", [
    ("PT 15 visits - no improvement.", 5.0),
    ("Eighteen sessions of physical therapy did not help her leg.", 6.0),
    ("Physical therapy x 9 sessions, no lasting relief.", 3.0),
    ("She did a dozen visits of formal PT without benefit.", 4.0),
    ("Chiropractic, 12 treatments, without relief.", 4.0),
])
def test_care_counted_in_sessions(text: str, weeks: float) -> None:
    care = extract(text).necessity.conservative_care
    assert [(c.weeks, c.outcome) for c in care] == [(weeks, "failed")]


def test_guard_care_without_a_count_has_no_length() -> None:
    care = extract("Physical therapy visits did not help.").necessity.conservative_care
    assert [(c.weeks, c.outcome) for c in care] == [(None, "failed")]


# --- tolerances written with a sign or a bound; the shopping cart -------------------------------------------

@pytest.mark.parametrize("text", [
    "Walking < 2 blocks before the calves cramp.",
    "Sits no longer than twenty minutes.",
    "Driving limited to under 30 minutes.",
    "Stands at most 5 minutes at the sink.",
    "Ambulates less than half a block.",
    "Leans on the grocery cart when shopping.",
])
def test_tolerance_with_a_sign_or_bound(text: str) -> None:
    assert extract(text).necessity.functional_impairment


@pytest.mark.parametrize("text", [
    "She walks 3 miles every morning.",
    "He sits for 40 minutes to read.",
])
def test_guard_tolerance_without_a_bound(text: str) -> None:
    assert not extract(text).necessity.functional_impairment


# --- dictated forms: the slash and the colon spoken, durations in halves or with no number ------------------------

@pytest.mark.parametrize("text, scores", [
    ("Pain before the block was six over ten and afterwards one over ten.", [("pre", 6.0), ("post", 1.0)]),
    ("pre procedure pain score seven slash ten period", [("pre", 7.0)]),
])
def test_spoken_slash_in_a_pain_score(text: str, scores: list[tuple[str, float]]) -> None:
    assert [(p.timing, p.value) for p in extract(text).assessments.pain_scores] == scores


def test_guard_over_ten_minutes_is_no_score() -> None:
    assert extract("Pressure was held for one over ten minutes.").assessments.pain_scores == []


_TFESI = "Left L4-L5 transforaminal epidural steroid injection under fluoroscopy. "


@pytest.mark.parametrize("text, kind", [
    ("sedation colon none period", "none"),
    ("anesthesia colon local period", "local"),
    ("sedation colon moderate period", "moderate"),
])
def test_spoken_colon_in_a_sedation_field(text: str, kind: str) -> None:
    sed = extract(_TFESI + text).procedures[0].sedation
    assert sed is not None and sed.type == kind


@pytest.mark.parametrize("text, weeks", [
    ("Her neck pain has been present for the past year.", 52.0),
    ("Left arm pain for the last year and a half.", 78.0),
    ("right buttock pain for two and a half years period", 130.0),
    ("symptom duration colon nine months period", 39.0),
])
def test_duration_in_halves_without_a_number_or_dictated(text: str, weeks: float) -> None:
    dur = extract(text).necessity.symptom_duration
    assert dur is not None and dur.weeks == weeks


def test_guard_last_year_without_the_is_no_duration() -> None:
    assert extract("Last year she had an epidural that helped.").necessity.symptom_duration is None


# --- more of the same families: intent as a purpose field or over spoken levels; sleep and dressing --------------

@pytest.mark.parametrize("text, intent", [
    ("Procedure: Left sacroiliac joint injection under fluoroscopy. Purpose: therapeutic.", "therapeutic"),
    ("Procedure: Left sacroiliac joint injection under fluoroscopy. Goal of the block: diagnostic.", "diagnostic"),
    ("procedure colon diagnostic right L three four and L four five medial branch blocks period", "diagnostic"),
])
def test_intent_as_a_purpose_field_or_over_spoken_levels(text: str, intent: str) -> None:
    assert [p.intent for p in extract(text).procedures] == [intent]


@pytest.mark.parametrize("text", [
    "The leg pain wakes him 2-3 times a night.",
    "Pain wakes her multiple times.",
    "Has difficulty putting on his shoes.",
    "She has problems getting dressed in the morning.",
])
def test_sleep_broken_or_dressing_hard(text: str) -> None:
    assert extract(text).necessity.functional_impairment


def test_guard_waking_at_a_time_is_no_impairment() -> None:
    assert not extract("She wakes at 6 and walks the dog.").necessity.functional_impairment


@pytest.mark.parametrize("text, scores", [
    ("pre procedure pain colon six period post procedure pain colon one period", [("pre", 6.0), ("post", 1.0)]),
    ("pre procedure pain score colon 9 period", [("pre", 9.0)]),
])
def test_spoken_colon_in_a_pain_score_field(text: str, scores: list[tuple[str, float]]) -> None:
    facts = extract("Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n" + text)
    assert [(p.timing, p.value) for p in facts.assessments.pain_scores] == scores


def test_guard_spoken_colon_before_a_count_is_no_score() -> None:
    facts = extract("Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\npain colon 2 levels period")
    assert facts.assessments.pain_scores == []


# --- one result written for two diagnostic blocks -------------------------------------------------------------

_RFA = "Procedure: Left L3-4 and L4-5 facet radiofrequency ablation at 85 C. "


@pytest.mark.parametrize("text, percent", [
    ("History: lumbar MBB x2 with 85% relief each.", 85.0),
    ("Both of her diagnostic blocks gave greater than 80% relief.", 80.0),
])
def test_one_result_for_two_diagnostic_blocks(text: str, percent: float) -> None:
    blocks = extract(_RFA + text).assessments.diagnostic_blocks
    assert [(b.percent, b.ordinal) for b in blocks] == [(percent, 1), (percent, 2)]


def test_guard_one_block_with_each_level_is_one_result() -> None:
    blocks = extract(_RFA + "One MBB gave 90% relief; each level was blocked.").assessments.diagnostic_blocks
    assert [(b.percent, b.ordinal) for b in blocks] == [(90.0, 1)]


# --- consent as a permit or an agreement after the risks; a time-out called a pause ----------------------------

@pytest.mark.parametrize("text", [
    "Procedure permit signed by the patient.",
    "Risks and benefits were gone over with him and he was agreeable.",
    "The risks were described; she wants to proceed.",
])
def test_consent_as_a_permit_or_an_agreement(text: str) -> None:
    facts = extract("Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n" + text)
    assert facts.consent is not None and facts.consent.value is True


def test_time_out_as_a_procedural_pause() -> None:
    facts = extract("Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"
                    "A preprocedure pause was completed with the nurse.")
    assert facts.time_out is not None and facts.time_out.value is True


@pytest.mark.parametrize("text", [
    "EBL nil. Nil complications.",
    "Blood loss minimal. Complications: nil.",
    "complications colon nil period",
])
def test_nil_complications(text: str) -> None:
    facts = extract("Left L4-L5 transforaminal epidural steroid injection under fluoroscopy. " + text)
    assert facts.complications is not None and facts.complications.value == "none"
