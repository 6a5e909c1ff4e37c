"""Wordings found by reading `dev_fresh_z` (round 6, fixer Z6: PROC + NEC areas) and older open items.

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract

_TFESI = "Procedure: Right L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"


# --- symptom durations: a label without its colon, "Sx 5 mo", "N months of <a list of places> pain" ---------------

@pytest.mark.parametrize("text, weeks", [
    ("SYMPTOMS: Left calf pain and numbness. Duration 3 months.", 13.0),
    ("Sx duration - 4 mo.", 17.3333),
    ("Duration \u2013 5 months, constant.", 21.6667),
    ("Sx 7 wks: right buttock -> posterior thigh.", 7.0),
    ("Sxs 3 months, worse with standing.", 13.0),
    ("Pain: 6 months, radiating to the calf.", 26.0),
    ("INDICATIONS: Seven months of left groin, anterior thigh, knee and medial shin pain.", 30.3333),
    ("Eight weeks of left buttock, posterior thigh and lateral calf pain.", 8.0),
])
def test_symptom_duration_family(text: str, weeks: float) -> None:
    duration = extract(_TFESI + text).necessity.symptom_duration
    assert duration is not None and duration.weeks == weeks


@pytest.mark.parametrize("text", [
    "Symptoms: 6 weeks of PT without relief.",
    "Pain 3 weeks after the fall.",
    "Duration of relief 3 months after the last injection.",
])
def test_guard_no_symptom_duration(text: str) -> None:
    assert extract(_TFESI + text).necessity.symptom_duration is None
