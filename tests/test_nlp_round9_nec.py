"""Documentation wordings found by reading `dev_fresh_ay` (the seventh session's final check, now development data) in
round 9, fixer N9 (necessity and documentation readers): a rest forced after a short stretch of an activity ('sits down
after a single aisle'), care tasks limited by spasm ('spasms limiting transfers'), care stopped because it worsened the
pain or that gave only a few days of relief, a sedative given by the anaesthesia service whose dose follows a comma or a
bracket ('propofol, 80 mg total'), and a template's filled bracket before the slash of a pain score ('[3]/10').

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact the
reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin what
the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract

_HEAD = "PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy\nDx: M54.17\n"
_TAIL = "\nConsent signed. Time-out done. Dexamethasone 10 mg injected. No complications.\n"


# --- functional impairment: a rest forced after a short stretch; care tasks limited ---------------------------------

@pytest.mark.parametrize("history", [
    "HISTORY: Leg pain for 6 months. She now sits down after a single aisle at the pharmacy.",
    "HISTORY: Leg pain for 6 months. He rests after half a block.",
    "HISTORY: Leg pain for 6 months. Stops to rest every 10 minutes when gardening.",
    "HISTORY: Leg pain for 6 months. Leans on the counter after ten minutes at the sink.",
    "HISTORY: Leg pain for 6 months. Takes a seat after only one flight of stairs.",
    "HISTORY: Leg pain for 6 months. Sits after about 5 minutes of standing at the stove.",
    "HISTORY: Spasticity for 3 years; severe leg spasms limiting transfers.",
    "HISTORY: Spasticity for 3 years, hampering perineal care.",
    "HISTORY: Spasticity for 3 years with impaired gait.",
    "HISTORY: Spasms for 3 years restricting his wheelchair transfers.",
])
def test_a_forced_rest_or_limited_care_task_is_functional_impairment(history: str) -> None:
    assert extract(_HEAD + history + _TAIL).necessity.functional_impairment


@pytest.mark.parametrize("text", [
    "HISTORY: Leg pain for 6 months.\nPatient rested after the injection for 20 minutes in recovery.",
    "HISTORY: Leg pain for 6 months.\nThe needle was stopped after 2 mm of advancement.",
])
def test_guard_a_rest_after_the_procedure_is_no_impairment(text: str) -> None:
    assert extract(_HEAD + text + _TAIL).necessity.functional_impairment == []


# --- conservative care: stopped because it worsened the pain; only a few days of relief -----------------------------

@pytest.mark.parametrize("history, modality, outcome", [
    ("Physical therapy for 8 weeks was stopped because it worsened her back pain.", "physical_therapy", "failed"),
    ("Six weeks of PT made the leg pain worse.", "physical_therapy", "failed"),
    ("Chiropractic care flared up his neck pain.", "chiropractic", "failed"),
    ("A Medrol dose pack gave only three days of relief.", "oral_steroids", "partial"),
    ("A prednisone taper gave only a day or two of relief.", "oral_steroids", "partial"),
    ("A prednisone taper helped for only one week of relief.", "oral_steroids", "partial"),
])
def test_care_that_worsened_the_pain_or_gave_days_of_relief_has_its_outcome(history: str, modality: str,
                                                                           outcome: str) -> None:
    care = extract(_HEAD + "HISTORY: Leg pain for 6 months. " + history + _TAIL).necessity.conservative_care
    assert [(c.modality, c.outcome) for c in care if c.modality == modality] == [(modality, outcome)]


def test_guard_care_that_helped_stays_helped() -> None:
    care = extract(_HEAD + "HISTORY: Leg pain for 6 months. Physical therapy helped." + _TAIL).necessity.conservative_care
    assert [(c.modality, c.outcome) for c in care] == [("physical_therapy", "helped")]


# --- sedation by the anaesthesia service: the dose after a comma, a bracket or 'total' -------------------------------

@pytest.mark.parametrize("line, dose", [
    ("ANESTHESIA: MAC by the anesthesia service (propofol, 80 mg total, 07:50 to 08:25).", "80 mg propofol"),
    ("ANESTHESIA: MAC by the anesthesia team, propofol (total 150 mg), 09:02-09:31.", "150 mg propofol"),
    ("ANESTHESIA: MAC by CRNA; propofol: 120 mg; start 10:10, stop 10:40.", "120 mg propofol"),
    ("ANESTHESIA: MAC by anesthesiology, propofol titrated to 200 mg, 13:00 to 13:35.", "200 mg propofol"),
    ("ANESTHESIA: MAC by the anesthesia service with propofol - total dose 90 mg, 07:15 to 07:50.", "90 mg propofol"),
])
def test_a_sedative_dose_set_off_by_a_comma_bracket_or_total_is_read(line: str, dose: str) -> None:
    head = "PROCEDURE: Right genicular nerve radiofrequency ablation under fluoroscopy\nDx: M17.11\n"
    sed = extract(head + line + _TAIL).procedures[0].sedation
    assert sed is not None and sed.doses == [dose]


# --- pain score: a template's filled bracket before the slash -------------------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("Post-procedure pain: [3]/10", 3.0),
    ("Post-procedure pain: [ 2 ] / 10", 2.0),
    ("Post-procedure pain: (4)/10", 4.0),
    ("Post-procedure pain: _1_/10", 1.0),
])
def test_a_filled_bracket_before_the_slash_is_a_pain_score(line: str, value: float) -> None:
    scores = extract(_HEAD + "HISTORY: Leg pain for 6 months." + _TAIL + line + "\n").assessments.pain_scores
    assert [(s.timing, s.value) for s in scores] == [("post", value)]


def test_guard_a_bracketed_count_before_of_is_no_pain_score() -> None:
    scores = extract(_HEAD + "HISTORY: Leg pain for 6 months. Item (3) of 10 on the checklist." + _TAIL).assessments.pain_scores
    assert scores == []


def test_care_after_a_failed_one_keeps_its_partial_relief_though_negated() -> None:
    history = "HISTORY: Leg pain for 6 months. Physio for 6 weeks did not help and a Medrol dose pack gave only three days of relief."
    care = extract(_HEAD + history + _TAIL).necessity.conservative_care
    assert [(c.modality, c.outcome) for c in care] == [("physical_therapy", "failed"), ("oral_steroids", "partial")]


def test_guard_care_not_taken_after_another_care_s_modest_gains_stays_out() -> None:
    history = ("HISTORY: Leg pain for 6 months. Physio for 6 weeks gave modest gains and she cannot take NSAIDs because "
               "of her ulcer.")
    care = extract(_HEAD + history + _TAIL).necessity.conservative_care
    assert [(c.modality, c.outcome) for c in care] == [("physical_therapy", "partial")]
