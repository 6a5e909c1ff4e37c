"""Round 17 (dur17): the symptoms' duration in the wording families of the thirteenth session's precision batches
(dev_fresh_ce, cf, cg, cl, cm), read by `nlp.build_necessity.symptom_duration`; our own wordings, near misses beside.

The complaint named as an episode, problem or condition that has lasted ("This bout of trouble has lasted nine
weeks"); the field told as a sentence ("Duration of symptoms is 12 months", "Symptom duration was about 5 months");
a history spanning a span ("complaints spanning ten months"); an onset told with the pain as a pronoun and an event
or date before the span ("It started after a long flight in March, about six months ago"); an onset clause with the
subject unsaid ("Present since he lifted a sofa a year ago"); ESL 'suffering since 14 months'; a duration row in a
pre-procedure assessment table ("Duration | > 1 year")."""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2025, 10, 20)


def _weeks(history: str, dos: dt.date = DOS, header: str = "Indication: ") -> float | None:
    note = ("Left L5-S1 transforaminal epidural steroid injection\n"
            "Diagnosis: Lumbar radiculopathy (M54.16).\n"
            f"{header}{history}\n"
            "Procedure: under fluoroscopy a needle was placed at the left L5-S1 foramen and 40 mg triamcinolone was "
            "injected. No complications.\n")
    d = nlp.extract(note, date_of_service=dos).necessity.symptom_duration
    return None if d is None else d.weeks


@pytest.mark.parametrize("history, expected", [
    ("Shooting pain down the left leg. The present episode has lasted nine weeks.", 9.0),
    ("Aching in both buttocks. This problem has persisted for five months.", 21.6667),
    ("Left calf cramping. The condition has now lasted about 10 weeks.", 10.0),
    ("Left calf cramping. The relief from the last block has lasted 10 weeks.", None),  # a relief's length
])
def test_the_complaint_named_as_an_episode_that_lasted(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Leg pain to the ankle. Duration of symptoms is 12 months.", 52.0),
    ("Leg pain to the ankle. Symptom duration was about 5 months.", 21.6667),
    ("Leg pain to the ankle. The duration of pain has been 7 months.", 30.3333),
    ("Leg pain to the ankle. Duration is roughly 16 weeks.", 16.0),
    ("Leg pain to the ankle. Duration of pain relief was 3 months after the last block.", None),  # relief's
])
def test_the_duration_field_told_as_a_sentence(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("She describes a history of these complaints spanning ten months.", 43.3333),
    ("Right buttock aching, spanning roughly 20 weeks so far.", 20.0),
    ("Right buttock aching. Physical therapy spanning 8 weeks did not help.", None),  # the care's length
])
def test_a_history_spanning_a_span(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Left leg pain. It started after a long flight in March, about six months ago.", 26.0),
    ("Neck and arm pain. He first felt it while lifting a crate at work, nine weeks ago.", 9.0),
    ("Buttock pain. They came on during a hiking trip last spring, some five months ago.", 21.6667),
    ("Buttock pain. She noticed a lump while showering in May, five months ago.", None),  # no pronoun for the pain
])
def test_a_pronoun_onset_with_an_event_before_the_span(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Low back pain to the thigh. Present since he lifted a sofa a year ago.", 52.0),
    ("Low back pain to the thigh. Ongoing since she tripped over a curb about 8 months ago.", 34.6667),
    ("Low back pain to the thigh. Ongoing since she started physical therapy 8 weeks ago.", None),  # care's start
])
def test_an_onset_clause_with_the_subject_unsaid(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Gentleman of 66 years is suffering since 9 months from low back pain into the left leg.", 39.0),
    ("She has been suffering for 18 months with burning in the right foot.", 78.0),
    ("Left leg pain. He suffered a heart attack 2 years ago.", None),  # not the pain
])
def test_suffering_since_a_span(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("row, expected", [
    ("Duration | > 1 year (13 months)", 52.0),
    ("Duration | 6 months", 26.0),
    ("Symptom duration: about 10 weeks", 10.0),
    ("Sedation duration | 20 minutes", None),  # the sedation's
])
def test_a_duration_row_in_a_pre_procedure_table(row: str, expected: float | None) -> None:
    history = f"Radicular symptoms | left leg pain to the foot\n{row}\nVAS pre | 7"
    assert _weeks(history, header="Pre-procedure assessment\nComplaint | Detail\n") == expected


@pytest.mark.parametrize("history, expected", [
    ("Numb right shin. This has gone on for half a year.", 26.0),
    ("Numb right shin. She has been dealing with this for about 7 months.", 30.3333),
    ("Numb right shin. He has been living with it for two years.", 104.0),
    ("Numb right shin. It has been present for 9 months.", 39.0),
    ("Numb right shin. The block helped a lot and it has gone on for 3 months.", None),  # the relief's
    ("Numb right shin. Her husband has been dealing with it for a year.", None),  # the husband's
])
def test_the_pain_as_a_pronoun_that_has_gone_on(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Neck pain into the arm. Her symptoms trace back to a fall in May 2024.", 76.7143),  # 2024-05-01
    ("Neck pain into the arm. Her symptoms date from a lifting injury in March 2024.", 85.4286),  # 2024-03-01
    ("Neck pain into the arm. The pain first appeared in April 2025.", 28.8571),  # 2025-04-01
    ("Neck pain into the arm. The pain came on in January.", 41.7143),  # 2025-01-01
    ("Neck pain into the arm. The herniation appeared in the June 2025 MRI.", None),  # a finding's date
    ("Neck pain into the arm. Her physical therapy dates from March 2025.", None),  # the care's start
])
def test_an_onset_date_the_symptoms_date_from(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Shin pain began at age 52; she is now 54.", 52.0),  # at least one whole year
    ("A 67-year-old with buttock pain since the age of 40.", 1352.0),  # 26 years
    ("61 yo man. Sciatica from age 50.", 520.0),  # 10 years
    ("A 54-year-old woman. Shin pain started at age 53.", None),  # under a year at the least
    ("A 60-year-old man. Diabetic since age 30, now with shin pain.", None),  # another condition's onset
    ("A 60-year-old man with shin pain. His mother had back pain since age 40.", None),  # a relative's
    ("Shin pain since age 52.", None),  # the patient's age not written
])
def test_an_onset_told_as_an_age(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected
