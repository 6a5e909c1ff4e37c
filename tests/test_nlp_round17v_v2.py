"""Round 17v (v2): functional impairment the rules alone must read (the presence verifier switched off, as its labels
are the rules' own evidence), in the families behind dev_fresh_ce/cf; our own wordings, near misses beside.

- An everyday activity, told as a long gerund phrase, said to be no longer possible, impossible, out of the question
  or beyond the patient.
- A pastime the patient used to have and has not done since, or no longer does.
- A sit or a rest forced partway through an everyday outing.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAINPOINT_PRESENCE", "0")


def _functional(history: str) -> list[str]:
    note = ("Right L4-L5 transforaminal epidural steroid injection\n"
            "Diagnosis: Lumbar radiculopathy (M54.16).\n"
            f"History: Burning pain down the right shin for six months. {history}\n"
            "Procedure: under fluoroscopy a needle was placed at the right L4-L5 foramen and 10 mg dexamethasone was "
            "injected. No complications.\n")
    return [f.value for f in nlp.extract(note, date_of_service=DOS).necessity.functional_impairment]


@pytest.mark.parametrize("history, read", [
    ("Reaching into the back seat to buckle the grandchildren is no longer possible.", True),
    ("Carrying the recycling bins down to the curb is out of the question now.", True),
    ("Hanging out the washing is beyond her now.", True),
    # near misses: a relative's walking, a pain gone, a test that cannot be done
    ("Her mother's walking is no longer possible.", False),
    ("He no longer has pain when bending.", False),
    ("Imaging with MRI is no longer possible because of the pacemaker.", False),
])
def test_an_activity_no_longer_possible(history: str, read: bool) -> None:
    assert bool(_functional(history)) is read


@pytest.mark.parametrize("history, read", [
    ("She used to swim laps three mornings a week and has not been in the pool since June.", True),
    ("He used to fish off the pier every Sunday and hasn't cast a line since the spring.", True),
    # near misses: a goal, a pastime before the injury with no loss told, a symptom that used to be
    ("He hopes to get back to bowling in the spring.", False),
    ("Before the injury he used to hike every weekend.", False),
    ("He used to have pain when bending and has not had any since the brace.", False),
])
def test_a_pastime_used_to_and_not_since(history: str, read: bool) -> None:
    assert bool(_functional(history)) is read


@pytest.mark.parametrize("history, read", [
    ("He now sits down halfway through the hardware store.", True),
    ("She rests midway through her walk to the mailbox.", True),
    # near miss: the needle, not the patient
    ("The needle was advanced halfway through the foramen under imaging.", False),
])
def test_a_rest_partway_through_an_outing(history: str, read: bool) -> None:
    assert bool(_functional(history)) is read


def test_the_span_is_the_sentence() -> None:
    assert _functional("Lifting the laundry basket out of the dryer is no longer possible.") == [
        "Lifting the laundry basket out of the dryer is no longer possible."]
