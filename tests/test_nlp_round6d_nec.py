"""Documentation wordings found by the final-check reading of `dev_fresh_ad` (round 6d, fixer NEC): a vendor export's
consent/time-out fields written with leader dots instead of a colon, with a checkbox grid or a blank.

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact value
the reader must return; each failed on the reader before the change, except the guards (named so).
"""

from __future__ import annotations

import pytest

from nlp import extract

_TITLE = "Procedure ........... Left L5-S1 transforaminal epidural steroid injection\n"


def _time_out(text: str) -> bool | None:
    flag = extract(_TITLE + text).time_out
    return None if flag is None else flag.value


def _consent(text: str) -> bool | None:
    flag = extract(_TITLE + text).consent
    return None if flag is None else flag.value


# The field after another grid line: the 'No [ ]' left of it (the line before) negated the time-out word.
@pytest.mark.parametrize("lines", [
    "Consent signed ....... Yes [X]  No [ ]\nTime-out ............. Yes [X]  No [ ]\n",
    "Consent ........ Yes [X]  No [ ]\nTime out ....... Yes [X]  No [ ]\nContrast ...... Omnipaque 240\n",
    "Site marked ...... Y [x]  N [ ]\nTimeout ..... Y [x]  N [ ]\n",
])
def test_leader_field_ticked_yes_is_a_time_out(lines: str) -> None:
    assert _time_out(lines) is True


@pytest.mark.parametrize("line", [
    "Time-out ........... Yes [X]   No [ ]\n",
    "Time out verified .. [X] Yes  [ ] No\n",
])
def test_guard_single_leader_field_ticked_yes(line: str) -> None:
    assert _time_out(line) is True


def test_blank_leader_field_is_no_time_out() -> None:
    assert _time_out("Universal time-out ...... ________\n") is None


@pytest.mark.parametrize("line", [
    "Time out ........ [ ] Yes  [X] No\n",
    "Time-out performed ........ [ ] Y  [x] N\n",
])
def test_leader_field_ticked_no_is_time_out_not_done(line: str) -> None:
    assert _time_out(line) is False


def test_guard_leader_field_yes_unticked_no_ticked() -> None:
    assert _time_out("Time-out .......... Yes [ ]  No [X]\n") is None


@pytest.mark.parametrize("line", [
    "Consent signed ....... Yes [X]  No [ ]\n",
    "Consent ...... [X] Yes   [ ] No\n",
])
def test_guard_leader_field_ticked_yes_is_consent(line: str) -> None:
    assert _consent(line) is True


def test_guard_sentence_time_out_still_read() -> None:
    assert _time_out("A time-out was performed with the nurse.\n") is True


# --- pain scores in leader-dot fields: the dots stand for the label's colon ---------------------------------------

def _scores(text: str) -> list[tuple[str, float]]:
    return [(s.timing, s.value) for s in extract(_TITLE + text).assessments.pain_scores]


@pytest.mark.parametrize("text, expected", [
    ("Pre-pain (0-10) ...... 8\nPost-pain (0-10) ..... 3\n", [("pre", 8.0), ("post", 3.0)]),
    ("Pain pre / post ....... 8 / 2\n", [("pre", 8.0), ("post", 2.0)]),
    ("NRS pre/post .... 7, 1\n", [("pre", 7.0), ("post", 1.0)]),
    ("Pain before ........ 6\nPain after ......... 2\n", [("pre", 6.0), ("post", 2.0)]),
])
def test_leader_field_pain_scores(text: str, expected: list[tuple[str, float]]) -> None:
    assert _scores(text) == expected


# --- a symptom duration in a leader-dot field -----------------------------------------------------------------------

@pytest.mark.parametrize("line, weeks", [
    ("Duration .............. 5 months\n", 21.6667),
    ("Symptom duration ..... 3 mos\n", 13.0),
    ("Pain duration ....... 2 years\n", 104.0),
])
def test_leader_field_symptom_duration(line: str, weeks: float) -> None:
    found = extract(_TITLE + line).necessity.symptom_duration
    assert found is not None and found.weeks == weeks


# --- OCR slips in the time-out and complications words ('rn' read for 'm', 'I' for 'l') ---------------------------

@pytest.mark.parametrize("text", ["Consent obtained. Tirne-out done.\n", "Tirne out performed with the RN.\n"])
def test_ocr_time_out(text: str) -> None:
    assert _time_out(text) is True


@pytest.mark.parametrize("text", ["Post 3/10.  No cornplications.\n", "There were no compIications.\n"])
def test_ocr_no_complications(text: str) -> None:
    found = extract(_TITLE + text).complications
    assert found is not None and found.value == "none"


# --- a grid's 'No' answer at the end of the line before does not deny the consent label after it ------------------

@pytest.mark.parametrize("text", [
    "Fluoroscopy: Yes    Contrast: No\nConsent: Yes        Time-out: Yes\n",
    "Sedation ...... No\nConsent ...... signed\n",
])
def test_no_answer_on_the_line_before_is_no_consent_denial(text: str) -> None:
    assert _consent(text) is True


def test_guard_hard_wrapped_no_consent_still_denies() -> None:
    assert _consent("The patient was confused and there was no\nconsent from the family.\n") is False


# --- a hyphenated post label after a score labels the next score, not the one before it --------------------------

@pytest.mark.parametrize("text, expected", [
    ("Pre-pain: 7/10     Post-pain: 2/10\n", [("pre", 7.0), ("post", 2.0)]),
    ("Pre-NRS: 6/10   Post-NRS: 1/10\n", [("pre", 6.0), ("post", 1.0)]),
])
def test_hyphenated_post_label_after_a_score(text: str, expected: list[tuple[str, float]]) -> None:
    assert _scores(text) == expected
