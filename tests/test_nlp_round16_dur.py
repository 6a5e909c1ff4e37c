"""Round 16 (dur): the symptoms' duration in the wording families of the twelfth session's batches (dev_fresh_bu, bv,
by), read by `nlp.build_necessity.symptom_duration`; our own wordings, near misses beside.

The pain named by a pronoun as a problem that has lasted ("This has been an issue for seven months"); the subject
before the duration and its verb of having right after it ("a teacher who for nine weeks has had ..."); chained
predicates with the subject left unsaid ("Constant, ongoing for roughly four months"); an onset event the span is
counted back from ("Present since a fall on the ice roughly 14 months ago"); an onset date with the subject left
unsaid ("Ongoing since June 2024"); a relative's history after the field's label ("Indication: Her husband has had ...")."""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2025, 10, 20)


def _weeks(history: str, dos: dt.date = DOS) -> float | None:
    note = ("Left L5-S1 transforaminal epidural steroid injection\n"
            "Diagnosis: Lumbar radiculopathy (M54.16).\n"
            f"Indication: {history}\n"  # not "History:", whose word alone reads as the symptoms' in _SYMPTOM
            "Procedure: under fluoroscopy a needle was placed at the left L5-S1 foramen and 40 mg triamcinolone was "
            "injected. No complications.\n")
    d = nlp.extract(note, date_of_service=dos).necessity.symptom_duration
    return None if d is None else d.weeks


@pytest.mark.parametrize("history, expected", [
    ("Both calves cramp when she walks. This has been an issue for seven months.", 30.3333),
    ("Burning in the right thigh. It has been bothering him for about ten weeks.", 10.0),
    ("Shooting left leg pain. The car has been a problem for eight months.", None),  # no pronoun for the pain
])
def test_the_pain_as_a_problem_named_by_a_pronoun(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("She is a retired teacher who for nine weeks has had a shooting pain in the left calf.", 9.0),
    ("A 64-year-old man who over the last five months has had an aching left buttock.", 21.6667),
    ("Her husband, who for ten years has had back pain, drives her to visits.", None),  # the husband's
])
def test_the_verb_of_having_right_after_the_duration(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Right arm pain. Constant, ongoing for roughly four months.", 17.3333),
    ("Neck pain. Daily, persistent for nearly six months.", 26.0),
    ("Neck pain. Ongoing; physical therapy for six weeks without relief.", None),  # the care's length
])
def test_chained_predicates_with_the_subject_unsaid(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Back and leg pain. Present since a fall on the ice roughly 14 months ago.", 60.6667),
    ("Leg pain. Persisting since a work injury about 9 months ago.", 39.0),
    ("Leg pain. Ongoing after a car accident two years ago.", 104.0),
    ("Leg pain. The legal case has been ongoing since a car accident about two years ago.", None),  # not the pain
])
def test_an_onset_event_counted_back(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Shooting leg pain. Ongoing since June 2024.", 72.2857),  # 2024-06-01 to 2025-10-20
    ("Shooting leg pain. Present since February of this year.", 37.2857),  # 2025-02-01
    ("Left leg pain. Ongoing physical therapy since June 2024.", None),  # the care's start
])
def test_an_onset_date_with_the_subject_unsaid(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Her husband has had back pain for ten years.", None),
    ("His mother, who for twenty years has had sciatica, lives with him.", None),
    ("Her left leg has hurt for ten years.", 520.0),  # her own leg
])
def test_a_relative_after_the_field_label(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Shooting leg pain since a fall in 2019. Over the last month his pain has crept up.", 354.8571),  # 2019-01-01
    ("Left leg pain since 2019; over the last month it has crept up.", 354.8571),
    ("Shooting leg pain began in March 2024. Her pain has crept up over the last three weeks.", 85.4286),  # 2024-03-01
    # alone, the worsening's span is the only one written and is read as before
    ("Numb left foot and calf pain. Over the last ten months this has gotten worse.", 43.3333),
    # a new symptom over the span, no flare: the first duration said of the symptoms
    ("Shooting leg pain began in March 2024. For the past three weeks she has had numbness in the foot.", 3.0),
])
def test_a_flare_gives_way_to_an_older_onset(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Burning in the left foot that has persisted for some eleven weeks despite rest.", 11.0),
    ("Numbness of the left shin for no less than four months.", 17.3333),
    ('Shooting left leg pain for "a good seven or eight weeks".', 7.0),  # a range counts its lower bound
    ("Left leg pain. She did physical therapy for some three months.", None),  # the care's length
])
def test_a_qualified_number(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("The numbness in her left foot started two months before, while gardening.", 8.6667),
    ("Her left leg began to ache 6 months before the index consultation.", 26.0),
    ("Shooting pain down the left leg, 10 weeks at the time of the consultation.", 10.0),
    ("Left leg pain. Her physical therapy ended four months before, without benefit.", None),  # the care's end
    ("Left leg pain. Physical therapy, 6 weeks at the time of referral, had not helped.", None),
])
def test_an_onset_before_the_visit_and_a_span_at_referral(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Left leg pain. A chronic course (duration > 8 months) is on record.", 34.6667),
    ("Her sciatica has now lasted about seven months.", 30.3333),
    ("The leg symptoms have lasted at least ten weeks, she says.", 10.0),
    ("Left leg pain. The benefit of the last block lasted 4 months.", None),  # a relief's length
    ("Left leg pain. PT (duration 6 weeks) did not help.", None),  # the care's length
])
def test_a_label_before_the_span_and_the_symptoms_lasting(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Shooting leg pain; she was well until early this year.", 41.7143),  # 2025-01-01 to 2025-10-20
    ("Left leg. He had no leg pain until March 2025.", 33.2857),  # 2025-03-01
    ("Left leg. She had been pain-free until the summer of 2024.", 72.2857),  # 2024-06-01
    ("Left leg pain. She was doing well after the last block until March 2025.", None),  # the relief's end
])
def test_an_onset_told_as_the_end_of_a_time_without_symptoms(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected
