"""Documentation wordings found by the first readings of `dev_fresh_aj`/`ak`/`am` (round 7b, fixer NEC: necessity,
sedation and pump readers): symptoms told as verbs, a reason for sedation named by its field or its cause, a wrapped
sedation field, a refill done by the physician "myself", why a patient has a pump.

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract

_TITLE = "Procedure: Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"


def _weeks(text: str) -> float | None:
    d = extract(_TITLE + text).necessity.symptom_duration
    return None if d is None else d.weeks


# --- a duration whose symptom is a verb or a state: "the leg has ached", "both feet burn", "legs go weak" -----------

@pytest.mark.parametrize("sentence, weeks", [
    ("For three months the right calf has ached and tingled down to the heel, worse standing.", 13.0),
    ("For the last six months both feet burn at night, the left more than the right.", 26.0),
    ("Over eight months her thighs have cramped and gone weak whenever she stands in line.", 34.6667),
    ("His legs feel heavy and dead after a short walk for the past two years, better bent forward.", 104.0),
    ("HPI: for 10 weeks the left arm throbs from the elbow into the thumb.", 10.0),
])
def test_symptom_verbs_make_a_symptom_duration(sentence: str, weeks: float) -> None:
    assert _weeks(sentence) == pytest.approx(weeks, abs=1e-3)


def test_guard_a_fusion_years_ago_is_no_symptom_duration() -> None:
    assert _weeks("He had an L4-5 fusion six years ago and works as a welder.") is None


# --- an activity given up, named with its qualifier ------------------------------------------------------------------

_HPI = "HPI: low back and left leg pain for 9 months. "


def _functional(text: str) -> list[str]:
    return [f.value for f in extract(_TITLE + _HPI + text).necessity.functional_impairment]


@pytest.mark.parametrize("sentence", [
    "Since the spring he has given up weekend fishing trips.",
    "She gave up Sunday league bowling.",
    "He has given up on long-distance cycling.",
])
def test_an_activity_given_up_is_functional_impairment(sentence: str) -> None:
    assert _functional(sentence) == [sentence]


@pytest.mark.parametrize("sentence", ["She gave up smoking last year.", "He has given up drinking entirely."])
def test_a_habit_given_up_is_no_impairment(sentence: str) -> None:
    assert _functional(sentence) == []


# --- sedation: the reason by its field label, its cause or an inability; a field value wrapped onto the next line ----

_SED_TITLE = "PROCEDURE: Right L5-S1 transforaminal epidural steroid injection with moderate sedation\n"


def _sedation(text: str, title: str = _SED_TITLE):
    return next(p.sedation for p in extract(title + text).procedures if p.sedation)


@pytest.mark.parametrize("text, reason", [
    ("SEDATION: Moderate sedation by me with an RN observer. Reason: marked\nprocedural anxiety with a prior"
     " faint.\nMidazolam 1 mg IV.\n", "procedural anxiety with a prior faint"),
    ("Sedation: given for extreme needle anxiety. Versed 2 mg IV by me.\n", "needle anxiety"),
    ("MAC by the anesthesiologist because the patient could not lie still on the table from back spasm. Propofol"
     " infusion.\n", "the patient could not lie still on the table from back spasm"),
    ("Moderate sedation with midazolam 2 mg IV for a history of vasovagal syncope with injections.\n",
     "history of vasovagal syncope with injections"),
])
def test_sedation_reason_wordings(text: str, reason: str) -> None:
    assert _sedation(text).justification == reason


def test_guard_sedation_without_a_reason_has_none() -> None:
    assert _sedation("SEDATION: Moderate sedation by me; midazolam 2 mg IV. Start 09:00, stop 09:15.\n"
                     ).justification is None


def test_wrapped_sedation_field_value_gives_times() -> None:
    sed = _sedation("SEDATION: Moderate sedation by me with an independent RN observer; fentanyl 50 mcg IV;\n"
                    "14:05 to 14:26 (21 minutes).\nTECHNIQUE: Prone.\n")
    assert (sed.start_time, sed.stop_time, sed.intraservice_minutes) == ("14:05", "14:26", 21)


def test_guard_next_field_after_sedation_is_not_its_value() -> None:
    sed = _sedation("SEDATION: Moderate sedation by me; midazolam 2 mg IV.\nTECHNIQUE: Needle placed 14:05.\n")
    assert (sed.start_time, sed.stop_time) == (None, None)


# --- a pump refilled by the physician "myself" or in a first-person series; why the patient has the pump ------------

_PUMP = "PROCEDURE: Intrathecal pump refill\nDIAGNOSIS: Failed back surgery syndrome (M96.1)\n"


def _by_physician(text: str) -> bool | None:
    return extract(_PUMP + text).procedures[0].performed_by_physician


@pytest.mark.parametrize("text", [
    "DETAILS: I checked the pump, aspirated 4 mL of residual and then refilled it with 20 mL of morphine.\n",
    "DETAILS: Residual 2 mL withdrawn; I did the refill myself with 20 mL of baclofen.\n",
    "DETAILS: The reservoir was refilled personally with 20 mL of hydromorphone.\n",
])
def test_physician_refill_wordings(text: str) -> None:
    assert _by_physician(text) is True


def test_guard_first_person_then_nurse_refill_is_staff() -> None:
    assert _by_physician("DETAILS: I interrogated the pump and the clinic nurse refilled it with 20 mL.\n") is False


def _indication(text: str) -> str | None:
    fact = extract("Intrathecal baclofen pump refill visit. Diagnosis: spasticity of both legs (G82.22). "
                   + text).necessity.indication
    return None if fact is None else fact.value


@pytest.mark.parametrize("sentence", [
    "He has the pump because oral baclofen made him too drowsy to work.",
    "She got the pump to manage her tone after oral baclofen made her drowsy.",
    "The pump was implanted in 2019 after oral baclofen failed.",
])
def test_why_the_patient_has_the_pump_is_an_indication(sentence: str) -> None:
    assert _indication(sentence + " Refill done today.") == sentence


def test_guard_how_long_the_patient_has_had_the_pump_is_no_indication() -> None:
    assert _indication("She has had the pump for 6 years. Refill done today.") is None


# --- a prior result dated back from today and lasting "until last month" / "until N weeks ago" ----------------------

def _prior_days(sentence: str) -> float | None:
    import datetime as dt

    facts = extract("Repeat right L4-L5 and L5-S1 radiofrequency ablation.\n" + sentence + "\n",
                    date_of_service=dt.date(2026, 3, 10))
    found = facts.assessments.prior_procedure_response
    return found[0].duration_days if found else None


@pytest.mark.parametrize("sentence, days", [
    ("Her last lumbar RFA eleven months ago gave 80% relief that held until last month.", 293.0),
    ("The previous ablation 10 months ago brought about 60% relief, which lasted until 6 weeks ago.", 258.0),
])
def test_prior_result_from_months_ago_until_a_later_time(sentence: str, days: float) -> None:
    assert _prior_days(sentence) == days


# --- an ANESTHESIA field holding the sedation: its later sentences and its wrapped value line ------------------------

_PLAIN_TITLE = "PROCEDURE: Right L5-S1 transforaminal epidural steroid injection\n"


def test_anesthesia_field_reason_in_its_second_sentence() -> None:
    sed = _sedation("ANESTHESIA: Monitored anesthesia care by the anesthesia team. Reason: severe claustrophobia.\n"
                    "TECHNIQUE: Prone.\n", _PLAIN_TITLE)
    assert (sed.type, sed.justification) == ("mac", "claustrophobia")


def test_anesthesia_field_wrapped_times() -> None:
    sed = _sedation("ANESTHESIA: MAC by the CRNA; propofol infusion.\n10:02 to 10:31.\nTECHNIQUE: Prone.\n", _PLAIN_TITLE)
    assert (sed.start_time, sed.stop_time) == ("10:02", "10:31")


# --- the same symptom verbs for an onset date and a running duration -------------------------------------------------

def _weeks_on(text: str) -> float | None:
    import datetime as dt

    d = extract(_TITLE + text, date_of_service=dt.date(2026, 6, 10)).necessity.symptom_duration
    return None if d is None else d.weeks


@pytest.mark.parametrize("sentence, weeks", [
    ("Since March both soles have burned at night.", 14.4286),
    ("Both calves have cramped on walking for a good 3 months.", 13.0),
])
def test_symptom_verbs_for_onsets_and_running_durations(sentence: str, weeks: float) -> None:
    assert _weeks_on(sentence) == pytest.approx(weeks, abs=1e-3)


def test_guard_an_onset_without_a_symptom_is_none() -> None:
    assert _weeks_on("Since March he has worked nights.") is None
