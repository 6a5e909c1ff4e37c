"""Documentation wordings found by the first readings of `dev_fresh_aa`/`ab`/`ac` (round 6b, fixer NEC: necessity and
assessment readers): teaching-hospital templates, faxed/scanned OCR text and vendor grids.

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract

_TITLE = "Procedure: Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"
_HPI = "HPI: low back and left leg pain for 9 months. "


def _functional(text: str) -> list[str]:
    return [f.value for f in extract(_TITLE + text).necessity.functional_impairment]


# --- a tolerance written as a cap on named activities, a time tolerated, an activity possible only briefly ----------

@pytest.mark.parametrize("sentence", [
    "Limits reading and computer work to 20 minutes.",
    "The pain restricts her walking to 2 blocks.",
    "Sitting and driving restricted to 30 min.",
    "She tolerates only 15 minutes of standing.",
    "She is able to stand for just 10 minutes.",
    "She can only read for half an hour.",
])
def test_tolerance_caps_are_functional_impairment(sentence: str) -> None:
    assert _functional(_HPI + sentence) == [sentence]


def test_guard_procedure_time_cap_is_no_impairment() -> None:
    assert _functional(_HPI + "Fluoro time limited to 1 minute.") == []


# --- an OCR line break inside "can-|not" is "cannot", a limitation, not a negation of what follows -------------------

@pytest.mark.parametrize("text, value", [
    ("He can-\nnot stand long enough to finish a shift at the plant.",
     "He can- not stand long enough to finish a shift at the plant."),
    ("She can-\nnot walk to the mailbox.", "She can- not walk to the mailbox."),
])
def test_cannot_split_by_an_ocr_line_break(text: str, value: str) -> None:
    assert _functional(_HPI + text) == [value]


def test_guard_negated_limitation_stays_negated() -> None:
    assert _functional(_HPI + "Gabapentin does not keep her from sleeping.") == []


# --- symptom durations: OCR slips in the unit, a bare duration closing a grid row -------------------------------------

def _duration(text: str) -> tuple[float, str] | None:
    d = extract(_TITLE + text).necessity.symptom_duration
    return (d.weeks, d.evidence[0].text) if d else None


@pytest.mark.parametrize("text, expected", [
    ("History: left groin pain for 4 rnonths with numbness.", (17.3333, "for 4 rnonths")),
    ("History: neck pain x 6 vveeks, worse at night.", (6.0, "x 6 vveeks")),
])
def test_ocr_unit_slips_in_a_duration(text: str, expected: tuple[float, str]) -> None:
    assert _duration(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Radicular arm pain/paresthesia     Y        left lateral arm to thumb, 4 months\n", (17.3333, "4 months")),
    ("Pain | low back and right leg | 7 months\n", (30.3333, "7 months")),
    ("Symptoms: numbness of the left foot; 10 wks\n", (10.0, "10 wks")),
])
def test_duration_closing_a_grid_row_or_field(text: str, expected: tuple[float, str]) -> None:
    assert _duration(text) == expected


def test_guard_care_duration_in_a_grid_row_is_no_symptom_duration() -> None:
    assert _duration("Failed conservative care           Y        physical therapy, 6 weeks\n") is None


# --- a plain "Pain score:" field nested under a post-procedure heading is the post score -----------------------------

@pytest.mark.parametrize("heading", ["Post-procedure Assessment", "Post-Procedure", "Recovery"])
def test_plain_score_field_under_a_post_heading(heading: str) -> None:
    text = (_TITLE + "Pre-procedure Assessment\n  Pain score: 7\n  Consent: signed.\n"
            "Procedure Details\n  Needle placed, 1 mL dexamethasone 10 mg injected.\n"
            f"{heading}\n  Pain score: 2\n  Complications: none\n")
    scores = [(p.timing, p.value) for p in extract(text).assessments.pain_scores]
    assert scores == [("pre", 7.0), ("post", 2.0)]


# --- pump refill: who refilled, and an unchanged daily dose -----------------------------------------------------------

def _pump(text: str) -> tuple[bool | None, bool | None]:
    p = next(p for p in extract("Intrathecal pump refill.\n" + text).procedures if p.family == "pump_refill")
    return p.performed_by_physician, p.pump_reprogrammed


@pytest.mark.parametrize("text, expected", [
    ("Site prepped; 22 g non-coring needle into the reservoir by the physician. Rate unchanged.", (True, False)),
    ("Reservoir accessed and refilled by Dr. Lane; no change to the daily dose.", (True, False)),
    ("Refill performed by RN under supervision by the physician. Settings unchanged.", (False, False)),
])
def test_pump_refill_provider_and_unchanged_dose(text: str, expected: tuple) -> None:
    assert _pump(text) == expected


def test_guard_staff_refill_under_a_physician_protocol() -> None:
    assert _pump("Refilled by the nurse per the physician's protocol. Rate unchanged.") == (False, False)
