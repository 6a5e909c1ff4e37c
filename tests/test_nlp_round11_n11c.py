"""Documentation wordings found by reading `dev_fresh_ba` (hand-dictated prose with the corpus's hard cases, a sealed
batch of round 11, now development data), fixer n11c (necessity and documentation readers): a spelled care length
used as an adjective ('a ten week therapy course'), a post score timed by the patient leaving ('2/10 before she
left'), the reason for sedation told first as a state or an inability ('is very anxious and could not hold still ...,
so I gave moderate sedation'), and a time-out whose own verb affirms it after another clause's negation ('... without
contrast, and a time-out was done').

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract
from nlp.measures import weeks

_HEAD = "PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy\nDx: M54.17\n"
_TAIL = "\nConsent signed. Time-out done. Dexamethasone 10 mg injected. No complications.\n"


def _care(history: str) -> list[tuple[str, float | None]]:
    """(modality, weeks) of each conservative care read from a history line."""
    care = extract(_HEAD + "HISTORY: Leg pain for 8 months. " + history + _TAIL).necessity.conservative_care
    return [(c.modality, c.weeks) for c in care]


# --- conservative care: a spelled length used as an adjective, without its hyphen ------------------------------------

@pytest.mark.parametrize("history, modality, length", [
    ("He completed a ten week therapy course without any benefit.", "physical_therapy", (10, "weeks")),
    ("An eight week PT program did not help.", "physical_therapy", (8, "weeks")),
    ("She had a four month chiropractic course without relief.", "chiropractic", (4, "months")),
    ("A six week supervised physical therapy program did not help.", "physical_therapy", (6, "weeks")),
    ("A twelve week home exercise program gave no lasting relief.", "home_exercise", (12, "weeks")),
    ("Completed a twelve week aquatic therapy course with no change.", "physical_therapy", (12, "weeks")),
    ("She did six weeks' physiotherapy without benefit.", "physical_therapy", (6, "weeks")),
    ("10 weeks' PT did not help.", "physical_therapy", (10, "weeks")),
    ("Six weeks PT - no relief.", "physical_therapy", (6, "weeks")),
])
def test_a_spelled_adjectival_length_is_the_care_duration(history: str, modality: str, length: tuple) -> None:
    care = dict(_care(history))
    assert care[modality] == pytest.approx(weeks(*length), abs=1e-3)


def test_guard_a_plural_spelled_length_before_a_comma_is_not_the_care_length() -> None:
    assert _care("Worse over the last two weeks, physical therapy failed.") == [("physical_therapy", None)]


# --- pain score after the procedure, timed by the patient leaving -----------------------------------------------------

def _scores(text: str) -> list[tuple[str, float]]:
    return [(p.timing, p.value) for p in extract(text).assessments.pain_scores]


_PROC = ("Ganglion impar block under fluoroscopy\nDiagnosis: coccygodynia, M53.3.\nConsent signed. Time-out done. "
         "Pain 8/10 before.\nBupivacaine 0.5% 4 mL injected. No complications. ")


@pytest.mark.parametrize("after", [
    "She sat on a firm chair with pain 2/10 before she left.",
    "Pain 2/10 before he went home.",
    "NRS 2/10 prior to her discharge.",
    "Her pain was 2/10 before being discharged.",
    "Pain 2/10 before going home with her husband.",
    "Pain 2/10 prior to the patient's departure.",
    "Before he went home his pain was 2/10.",
])
def test_a_score_before_the_patient_leaves_is_the_post_score(after: str) -> None:
    assert _scores(_PROC + after) == [("pre", 8.0), ("post", 2.0)]


@pytest.mark.parametrize("after", [
    "Pain 2/10 as she left the recovery area.",
    "Pain 2/10 on his way out.",
    "Pain 2/10 when he went home.",
    "Pain 2/10 before she left.",
])
def test_a_lone_score_when_the_patient_leaves_is_the_post_score(after: str) -> None:
    text = ("Ganglion impar block under fluoroscopy\nConsent signed. Time-out done.\n"
            "Bupivacaine 0.5% 4 mL injected. No complications. ")
    assert _scores(text + after) == [("post", 2.0)]


def test_guard_a_score_before_the_procedure_stays_pre() -> None:
    text = ("Ganglion impar block under fluoroscopy\nConsent signed. Pain 8/10 before the procedure.\n"
            "Bupivacaine 0.5% 4 mL injected. No complications. Pain 2/10 after.")
    assert _scores(text) == [("pre", 8.0), ("post", 2.0)]


# --- sedation: the reason told first, as a state or an inability, then the sedation as its consequence -------------

_RFA = "Right C5-6 and C6-7 facet radiofrequency ablation with moderate sedation\nDiagnosis: M47.812.\n"
_SED = ("\nSedation: midazolam 2 mg and fentanyl 50 mcg IV by me, start 10:05, end 10:23, with the RN as an "
        "independent trained observer.\nCannulas on the right C5, C6 and C7 medial branches; lesions at 85 degrees.\n")


def _justification(reason: str) -> str | None:
    procs = extract(_RFA + reason + _SED).procedures
    return procs[0].sedation.justification if procs and procs[0].sedation else None


@pytest.mark.parametrize("reason, words", [
    ("She is very anxious and could not hold still for the last procedure under local alone, so I gave moderate "
     "sedation myself.", "anxious"),
    ("He is claustrophobic when prone, therefore IV sedation was given.", "claustrophobic"),
    ("The patient cannot lie prone for more than a few minutes, so moderate sedation was used.", "cannot lie prone"),
    ("He couldn't keep still during his last ablation, hence I gave him sedation.", "couldn't keep still"),
    ("She could not tolerate the last ablation awake, so moderate sedation was used today.", "could not tolerate"),
    ("He is extremely anxious about needles. Moderate sedation was therefore administered.", "anxious"),
    ("He is very anxious. I therefore gave moderate sedation myself.", "anxious"),
    ("Due to patient anxiety, moderate sedation was used.", "anxiety"),
    ("Sedation indicated: anxiety.", "anxiety"),
    ("Because she moved with every lesion last time, I gave moderate sedation.", "she moved with every lesion last time"),
])
def test_a_state_or_inability_told_before_the_sedation_is_its_reason(reason: str, words: str) -> None:
    assert _justification(reason) == words


@pytest.mark.parametrize("reason", [
    "She is anxious about the results, so no sedation was planned at first.",
    "He is very anxious. No sedation was therefore offered at first.",
    "Because he did well last time, no sedation was planned at first.",
])
def test_guard_a_state_followed_by_no_sedation_is_no_reason(reason: str) -> None:
    assert _justification(reason) is None


# --- time-out: its own verb affirms it, after a negation of another clause --------------------------------------------

def _time_out(sentence: str) -> bool | None:
    text = ("Left C6-7 transforaminal epidural steroid injection - no contrast\nDiagnosis: M54.12.\n" + sentence
            + "\nDexamethasone 4 mg injected under live fluoroscopy. No complications.\n")
    flag = extract(text).time_out
    return flag.value if flag else None


@pytest.mark.parametrize("sentence", [
    "Consent was signed after discussing the added risk without contrast, and a time-out was done.",
    "The case was done without sedation, and the time-out was completed beforehand.",
    "No IV was placed, and the time out was then performed with the nurse.",
    "No sedation was given, time out was conducted with the team.",
    "Without any sedation, a time-out was carried out.",
])
def test_a_time_out_with_its_own_verb_after_another_clause_negation_was_done(sentence: str) -> None:
    assert _time_out(sentence) is True


@pytest.mark.parametrize("sentence", [
    "No time-out was performed.",
    "Consent was signed, but no time-out was done.",
])
def test_guard_a_time_out_negated_in_its_own_clause_stays_not_done(sentence: str) -> None:
    assert _time_out(sentence) is False


# --- a duration written as a range counts its lower bound: relief, symptoms and care ('for six to eight weeks') --------

_TFESI = "Right L5-S1 transforaminal epidural steroid injection\n"


@pytest.mark.parametrize("sentence, days", [
    ("The last ESI gave 60 percent relief for six to eight weeks.", 42.0),
    ("The last ESI gave 60% relief for 6-8 weeks.", 42.0),
    ("The last ESI gave 60% relief for 2 to 3 months.", round(weeks(2, "months") * 7, 4)),
    ("The last ESI gave 60% relief lasting four to five months.", round(weeks(4, "months") * 7, 4)),
    ("The last ESI gave 60% relief x 4-5 mo.", round(weeks(4, "months") * 7, 4)),
])
def test_a_prior_relief_lasting_a_range_lasts_its_lower_bound(sentence: str, days: float) -> None:
    text = _TFESI + "HISTORY: Leg pain for 8 months. PT failed. " + sentence + "\nDexamethasone 10 mg injected."
    assert [(r.percent, r.duration_days) for r in extract(text).assessments.prior_procedure_response] == [(60.0, days)]


@pytest.mark.parametrize("history, length", [
    ("Leg pain for 2-3 months. PT failed.", (2, "months")),
    ("Leg pain for two to three years, worse standing.", (2, "years")),
    ("Leg pain x 6-8 wks.", (6, "weeks")),
])
def test_a_symptom_duration_written_as_a_range_is_read(history: str, length: tuple) -> None:
    found = extract(_TFESI + "HISTORY: " + history + "\nDexamethasone 10 mg injected.").necessity.symptom_duration
    assert found is not None and found.weeks == pytest.approx(weeks(*length), abs=1e-3)


@pytest.mark.parametrize("history, length", [
    ("6-8 weeks of PT without relief.", (6, "weeks")),
    ("Two to three months of physical therapy did not help.", (2, "months")),
])
def test_a_care_length_written_as_a_range_counts_its_lower_bound(history: str, length: tuple) -> None:
    care = dict(_care(history))
    assert care["physical_therapy"] == pytest.approx(weeks(*length), abs=1e-3)


def test_guard_a_level_range_is_no_duration() -> None:
    text = _TFESI + "HISTORY: Leg pain for 8 months at L4-5. PT failed.\nDexamethasone 10 mg injected."
    assert extract(text).necessity.symptom_duration.weeks == pytest.approx(weeks(8, "months"), abs=1e-3)
