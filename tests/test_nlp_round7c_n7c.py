"""Round 7c (N7c): necessity and documentation readings that dev_fresh_ao/ap/aq showed wrong, and the round-7b open
items, as fictional snippets of each wording family (not the notes' sentences).

Every case gives the exact reading the reader must return and failed before its change; the guards (named so) pin
readings the change must keep.
"""

from __future__ import annotations

import pytest

from nlp import extract

_TFESI = "Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"


def _care(text: str) -> list[tuple[str, float | None, str | None]]:
    """(modality, weeks, outcome) of every conservative care read after a TFESI title and a symptom history."""
    facts = extract(_TFESI + "HISTORY: Right leg pain for 6 months.\n" + text)
    return [(c.modality, c.weeks, c.outcome) for c in facts.necessity.conservative_care]


def _scores(text: str) -> list[tuple[str, float]]:
    """(timing, value) of every pain score read after a TFESI title."""
    return [(p.timing, p.value) for p in extract(_TFESI + text).assessments.pain_scores]


def _time_out(text: str) -> bool | None:
    fact = extract(_TFESI + text).time_out
    return None if fact is None else fact.value


# --- care outcome: 'none gave lasting relief', 'w/o relief' ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Conservative care: physical therapy and gabapentin - none gave lasting relief.\n",
     [("physical_therapy", None, "failed"), ("neuropathic_agents", None, "failed")]),
    ("Prior care: physical therapy and meloxicam; none has helped.\n",
     [("physical_therapy", None, "failed"), ("nsaids", None, "failed")]),
    ("HPI: PT x 8 wk w/o relief.\n", [("physical_therapy", 8.0, "failed")]),
    ("HPI: PT x 6 wks w/o any improvement.\n", [("physical_therapy", 6.0, "failed")]),
])
def test_failed_care_in_none_and_shorthand_forms(text: str, expected: list) -> None:
    assert _care(text) == expected


def test_guard_none_gave_good_relief_is_no_failure() -> None:
    assert _care("Prior care: physical therapy x 8 weeks; none gave good relief until the meloxicam.\n")[0][2] != "failed"


# --- care length written as a spelled hyphenated adjective ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("PRIOR TREATMENT: A six-week physiotherapy programme was completed without meaningful change.\n",
     [("physical_therapy", 6.0, "failed")]),
    ("Prior care: an eight-week physical therapy program, no relief.\n", [("physical_therapy", 8.0, "failed")]),
    ("Prior care: a two-month home exercise program failed.\n", [("home_exercise", 8.6667, "failed")]),
])
def test_care_weeks_from_a_spelled_hyphenated_length(text: str, expected: list) -> None:
    assert _care(text) == expected


# --- a symptom duration fronting its sentence ("For 9 months both legs ...") ----------------------------------------

@pytest.mark.parametrize("text, weeks", [
    ("INDICATION: For 9 months both legs tire, ache and tingle from the buttocks to the feet on standing.\n", 39.0),
    ("For nine months, both legs have tired and ached whenever she stands.\n", 39.0),
])
def test_fronted_duration_reaches_its_symptom(text: str, weeks: float) -> None:
    duration = extract("Caudal epidural steroid injection.\n" + text).necessity.symptom_duration
    assert duration is not None and duration.weeks == weeks


def test_guard_fronted_duration_of_care_is_no_symptom_duration() -> None:
    assert extract("Caudal epidural steroid injection.\nFor 6 weeks she did physical therapy.\n").necessity.symptom_duration is None


# --- sedation: a wrapped field's later sentences, a military time after 'time' --------------------------------------

def test_sedation_reason_in_the_wrapped_fields_second_sentence() -> None:
    text = ("PROCEDURE: L4-L5 interlaminar epidural steroid injection, moderate sedation\n"
            "SEDATION: Moderate sedation administered by me with an RN observer monitoring throughout:\n"
            "midazolam 2 mg IV. Sedation 10:05 to 10:25. Reason: severe claustrophobia\n"
            "and back spasm at the last attempt.\nTECHNIQUE: 20 g Tuohy at L4-L5.\n")
    sed = extract(text).procedures[0].sedation
    assert sed is not None and sed.justification == "claustrophobia"


def test_sedation_military_times_after_time() -> None:
    text = ("Right L5 transforaminal epidural steroid injection.\n"
            "ANESTHESIA: Moderate sedation with midazolam 2 mg IV. Sedation start time 0812, end time 0834.\n")
    sed = extract(text).procedures[0].sedation
    assert sed is not None and (sed.start_time, sed.stop_time, sed.intraservice_minutes) == ("08:12", "08:34", 22)


# --- pain scores: an interval before 'after'; 'at ten minutes' is no score ------------------------------------------

@pytest.mark.parametrize("text", [
    "Her pain was 8/10 before and 2/10 thirty minutes after, about 80% relief.\n",
    "Pain 8/10 before the block and 2/10 15 min later.\n",
])
def test_post_score_with_an_interval_cue(text: str) -> None:
    assert _scores(text) == [("pre", 8.0), ("post", 2.0)]


@pytest.mark.parametrize("text, expected", [
    ("Pain 8/10 today.\n\nAfter\n- Pain at ten minu", [("pre", 8.0)]),  # truncated export
    ("Pain 8/10 today.\n\nAfter\n- Pain at five min: 2/10\n", [("pre", 8.0), ("post", 2.0)]),
])
def test_a_spelled_interval_after_at_is_no_score(text: str, expected: list) -> None:
    assert _scores(text) == expected


def test_guard_spelled_score_after_is_still_read() -> None:
    assert _scores("Pain 8/10 today.\n\nAfter\n- Pain is two\n") == [("pre", 8.0), ("post", 2.0)]


# --- time-out: 'TO: Y'; another field's 'none' across a column gap ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Consent: Y   TO: Y   Cx: N\n",
    "Consent: Y\nTO: Y\nComplications: N\n",
    "TO: Y. Pre 7/10\n",
])
def test_time_out_with_a_single_letter_yes(text: str) -> None:
    assert _time_out(text) is True


@pytest.mark.parametrize("text", ["TO: Y/N\n", "Pt was referred TO: Y clinic\n"])
def test_guard_no_time_out_from_a_template_choice_or_a_word(text: str) -> None:
    assert _time_out(text) is None


@pytest.mark.parametrize("text", [
    "Consent obtained    Timeout    Sedation none\n",
    "Time-out | Sedation: none\n",
])
def test_next_fields_none_does_not_negate_the_time_out(text: str) -> None:
    assert _time_out(text) is True


@pytest.mark.parametrize("text", [
    "Time out    not performed\n",  # the gap separates the label from its own value
    "No time out    Sedation none\n",
    "Timeout not done    Sedation none\n",
])
def test_guard_own_negation_keeps_the_time_out_negated(text: str) -> None:
    assert _time_out(text) is False
