"""Issue 3: the reader generalises on medical-necessity wordings met in corpora/notes/dev_fresh_a.

Each test is one wording family (not one sentence), with the exact facts expected. The snippets are
our own, written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nlp import extract

TITLE = "Right L4-5 transforaminal epidural steroid injection.\n"


def _care(text: str) -> set[tuple[str, float | None, str | None]]:
    return {(c.modality, c.weeks, c.outcome) for c in extract(TITLE + text).necessity.conservative_care}


def _weeks(text: str, dos: dt.date | None = None) -> float | None:
    d = extract(TITLE + text, date_of_service=dos).necessity.symptom_duration
    return None if d is None else d.weeks


def _scores(text: str) -> list[tuple[str, float]]:
    return [(s.timing, s.value) for s in extract(TITLE + text).assessments.pain_scores]


# --- conservative care: outcomes in other words ------------------------------------------------------

@pytest.mark.parametrize("sentence, outcome", [
    ("HISTORY: He did physical therapy and has been on duloxetine with no real change.", "failed"),
    ("HISTORY: Physical therapy and celecoxib have not changed her walking tolerance.", "failed"),
    ("HISTORY: Physical therapy and meloxicam, neither of which have helped.", "failed"),
    ("HISTORY: She did physical therapy and tried gabapentin and neither one helped.", "failed"),
    ("HISTORY: Six weeks of physical therapy - no better.", "failed"),
])
def test_care_outcome_wordings(sentence: str, outcome: str) -> None:
    assert {o for _, _, o in _care(sentence)} == {outcome}


def test_outcome_alone_in_the_next_sentence_applies_to_the_care_listed() -> None:
    text = "Conservative treatment: 8 weeks of physical therapy, acetaminophen. No lasting improvement.\n"
    assert _care(text) == {("physical_therapy", 8.0, "failed"), ("acetaminophen", None, "failed")}


def test_care_duration_across_qualifiers_and_in_parentheses() -> None:
    assert _care("HISTORY: He went through twelve weeks of formal physical\ntherapy without benefit.") == {
        ("physical_therapy", 12.0, "failed")}
    assert _care("INDICATIONS: Has tried PT (3 months, 2025), all without meaningful improvement.") == {
        ("physical_therapy", 13.0, "failed")}


def test_tried_without_an_outcome_is_no_failure() -> None:
    assert _care("HISTORY: Tried PT twice, chiropractic, NSAIDs.") == {
        ("physical_therapy", None, None), ("chiropractic", None, None), ("nsaids", None, None)}


def test_pt_as_the_patient_is_not_physical_therapy() -> None:
    facts = extract(TITLE + "Pt with R buttock pain x 5 months. Chiropractic x 6 wks - failed.")
    assert {c.modality for c in facts.necessity.conservative_care} == {"chiropractic"}
    assert facts.necessity.symptom_duration.weeks == 21.6667


# --- symptom duration ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, weeks", [
    ("HISTORY: Arm pain present since the holidays (roughly five months).", 21.6667),
    ("HISTORY: Thigh heaviness with walking, going on 18 months now.", 78.0),
    ("HISTORY: Sx x3 mo, R lat leg -> foot.", 13.0),
    ("HISTORY: Back and leg pain for 2+ years.", 104.0),
    ("HISTORY: R LBP x 4 yrs.", 208.0),
    ("Duration: 6 months; PT without relief.", 26.0),
])
def test_duration_wordings(sentence: str, weeks: float) -> None:
    assert _weeks(sentence) == weeks


def test_onset_dates_count_back_from_the_encounter_date() -> None:
    dos = dt.date(2026, 5, 28)
    assert _weeks("HISTORY: Onset 3/2026 after lifting a mattress; leg pain since.", dos) == 12.5714  # 88 days
    assert _weeks("HISTORY: Arm pain and tingling since early March.", dos) == 12.5714
    assert _weeks("HISTORY: The pain began in May 2025.", dos) == 56.0
    assert _weeks("HISTORY: Leg pain since the summer of 2025.", dos) == 51.5714  # from 1 June
    assert _weeks("HISTORY: Onset 3/2026 after lifting a mattress; leg pain since.") is None  # no date known


def test_a_season_without_its_year_is_not_dated() -> None:
    assert _weeks("HISTORY: Leg pain since last spring.", dt.date(2026, 9, 10)) is None


# --- radicular symptoms and signs ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "HISTORY: Right arm pain that travels to the middle finger.",
    "HISTORY: Pain radiates from the right buttock along the anterolateral thigh to the medial shin.",
    "EXAM: Diminished right patellar reflex.",
    "EXAM: Triceps strength is 4+/5 on the right.",
    "EXAM: Positive femoral stretch test on the right.",
    "HISTORY: Buttock and thigh heaviness when walking, eased by sitting.",
])
def test_radicular_wordings(sentence: str) -> None:
    facts = extract(TITLE + sentence).necessity.radicular_findings
    assert len(facts) == 1


def test_symptoms_on_a_diagnosis_line_count_but_the_diagnosis_alone_does_not() -> None:
    with_symptoms = extract("C7-T1 ILESI\nDx: cervical radiculopathy M54.12. R>L arm pain/paresthesias in C7 "
                            "distribution x 4 mo.\n").necessity
    assert [f.value for f in with_symptoms.radicular_findings] == [
        "R>L arm pain/paresthesias in C7 distribution x 4 mo."]
    assert extract(TITLE + "PREOPERATIVE DIAGNOSIS: Lumbar radiculopathy M54.16.\n").necessity.radicular_findings == []


# --- functional impairment -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "HISTORY: Sitting tolerance about 20 minutes.",
    "HISTORY: Has had to give up driving for more than short trips.",
    "HISTORY: Struggles to stand at the stove long enough to cook dinner.",
    "HISTORY: Pain is making it hard to garden.",
    "HISTORY: She cannot check her blind spot while driving.",
])
def test_functional_wordings(sentence: str) -> None:
    assert len(extract(TITLE + sentence).necessity.functional_impairment) == 1


def test_a_blank_functional_status_field_is_not_a_statement() -> None:
    assert extract(TITLE + "Functional status: ***\n").necessity.functional_impairment == []


def test_stopped_taking_a_drug_is_not_a_lost_activity() -> None:
    assert extract(TITLE + "HISTORY: She stopped taking meloxicam.").necessity.functional_impairment == []


# --- pain scores -----------------------------------------------------------------------------------

def test_history_score_said_today_is_the_pre_score() -> None:
    assert _scores("INDICATIONS: She rates her pain a 7 today.\nDISPOSITION: At discharge her pain was 2 out of 10.") \
        == [("pre", 7.0), ("post", 2.0)]


def test_scores_with_a_scale_in_parentheses_or_a_timing_word_inside() -> None:
    assert _scores("Pre-procedure pain (NRS): 6\nPost-procedure pain (NRS): 1") == [("pre", 6.0), ("post", 1.0)]
    assert _scores("Indications: leg pain. VAS 7.\nProcedure: done.\nVAS after: 3") == [("pre", 7.0), ("post", 3.0)]


def test_scores_in_words() -> None:
    assert _scores("He rates the pain eight out of ten coming in today. After the injection he was at three out "
                   "of ten.") == [("pre", 8.0), ("post", 3.0)]


def test_uncued_score_after_the_pre_score_is_the_post_score() -> None:
    assert _scores("Pain 7/10.\nNeedle placed, injected. No complications. Pain 2/10.") == [("pre", 7.0), ("post", 2.0)]
    assert _scores("Pain 6/10.\nShe was at 2/10 afterward.") == [("pre", 6.0), ("post", 2.0)]


def test_average_score_is_still_baseline() -> None:
    assert _scores("HISTORY: She rates her pain 6/10 on average.\nPre-procedure NRS 9. Post NRS 2.") == [
        ("baseline", 6.0), ("pre", 9.0), ("post", 2.0)]


# --- events in other words -------------------------------------------------------------------------

def test_abbreviated_time_out_and_kept_projections() -> None:
    facts = extract(TITLE + "Consent/TO done. AP and oblique projections were kept in the chart.")
    assert facts.time_out is not None and facts.time_out.value is True
    assert extract(TITLE + "Transferred TO recovery.").time_out is None


# --- second round: wordings met in the first untuned check (then folded into tuning) ------------------

def test_decades_and_courses_of_care() -> None:
    assert _weeks("HISTORY: Neck and arm pain, chronic for over a decade.") == 520.0
    assert _care("HISTORY: She completed a 6-week course of physical therapy, which did not give lasting relief.") == {
        ("physical_therapy", 6.0, "failed")}


def test_scores_joined_by_an_arrow() -> None:
    assert _scores("Pain: 8 -> 3") == [("pre", 8.0), ("post", 3.0)]
    assert _scores("NRS 7/10 \u2192 2/10 after the injection.") == [("pre", 7.0), ("post", 2.0)]


def test_walking_aids_and_claudication_that_goes_away_sitting() -> None:
    facts = extract(TITLE + "HISTORY: Aching in both thighs and calves after 5 minutes of\nwalking that goes away "
                            "when he sits. He now uses a cane.").necessity
    assert len(facts.radicular_findings) == 1
    assert [f.value for f in facts.functional_impairment] == ["He now uses a cane."]


def test_relief_in_the_sentence_of_the_post_score_is_todays() -> None:
    a = extract("Left SI joint injection.\nNRS 6.\nInjected. No cx. NRS 1 after, 83% relief.").assessments
    assert [(r.percent, r.duration_days) for r in a.percent_relief] == [(83.0, None)]
    assert a.prior_procedure_response == []


def test_block_result_and_prior_response_in_one_sentence_are_told_apart() -> None:
    a = extract("Right SI joint injection.\nINDICATIONS: She had a diagnostic right SI joint block last year with 80% "
                "relief, and the therapeutic right SI injection in May gave good relief (~80%) for 6+ months.").assessments
    assert [r.percent for r in a.diagnostic_blocks] == [80.0]
    assert [(r.percent, r.duration_days) for r in a.prior_procedure_response] == [(80.0, 182.0)]


def test_dictated_can_not_and_kept_up_at_night() -> None:
    assert len(extract(TITLE + "HISTORY: the pain keeps her up at night and she can not climb stairs").necessity
               .functional_impairment) == 1


# --- third round: wordings met in the second untuned check (then folded into tuning) ------------------

def test_dating_back_to_an_event_and_approx_abbreviation() -> None:
    assert _weeks("HISTORY: Leg pain dating back to a fall from a ladder in 2024.", dt.date(2026, 10, 6)) == 144.1429  # from 1 January 2024
    assert _weeks("HISTORY: Thigh pain present for approx. 14 wks.") == 14.0


def test_dermatome_and_band_like_thoracic_pain_are_radicular() -> None:
    assert len(extract("T10-11 ILESI.\nHISTORY: Band-like pain wrapping around the right chest wall.")
               .necessity.radicular_findings) == 1
    assert len(extract(TITLE + "HISTORY: Burning and hypersensitivity in that dermatome.").necessity.radicular_findings) == 1


def test_care_duration_after_its_outcome() -> None:
    assert _care("HISTORY: Gabapentin and lidocaine patches gave minimal relief over 8 weeks.") == {
        ("neuropathic_agents", 8.0, "failed"), ("topical_agents", 8.0, "failed")}  # patches: a modality since aa7f7be


def test_work_hours_and_breaks_are_functional_impairment() -> None:
    assert len(extract(TITLE + "HISTORY: He has reduced his hours at work.").necessity.functional_impairment) == 1
    assert len(extract(TITLE + "HISTORY: Needs frequent breaks at work.").necessity.functional_impairment) == 1


def test_one_result_for_two_blocks_each_time() -> None:
    a = extract("Right L4-5 radiofrequency ablation.\nTwo right L4-5 medial branch blocks with 90% relief each "
                "time.").assessments
    assert [(r.percent, r.ordinal) for r in a.diagnostic_blocks] == [(90.0, 1), (90.0, 2)]


def test_score_then_in_recovery_is_post_and_consent_in_other_words() -> None:
    facts = extract(TITLE + "VAS 8/10 pre-injection.\nThe risks, benefits and alternatives were reviewed; the patient "
                            "agreed and signed. Pause\nfor the cause completed.\nPatient reports 1/10 in recovery.")
    assert [(s.timing, s.value) for s in facts.assessments.pain_scores] == [("pre", 8.0), ("post", 1.0)]
    assert facts.consent.value is True
    assert facts.time_out.value is True


# --- fourth round: wordings met in the third untuned check (then folded into tuning) ------------------

def test_a_patient_unable_to_complete_her_shifts_is_no_incomplete_procedure() -> None:
    text = "Left L5-S1 TFESI.\nHISTORY: leg pain.\nShe is unable to complete her shifts as a nurse."
    assert [p.incomplete for p in extract(text).procedures] == [None]
    aborted = "Left L5-S1 TFESI.\nWe were unable to complete the procedure because of a vasovagal episode."
    assert [p.incomplete for p in extract(aborted).procedures] == [True]


def test_outcome_in_the_next_clause_and_tilde_durations() -> None:
    assert _care("HISTORY: She has attended physical therapy for seven weeks; the leg pain remains unchanged.") == {
        ("physical_therapy", 7.0, "failed")}
    assert _weeks("HISTORY: R groin pain for ~ 3 mo.") == 13.0


def test_shorthand_function_imaging_and_views() -> None:
    facts = extract(TITLE + "Pain interferes w/ work as a roofer. MRI: R L4-5 far lateral HNP. AP + lat saved.")
    assert len(facts.necessity.functional_impairment) == 1
    assert len(facts.necessity.imaging_findings) == 1
    assert facts.procedures[0].imaging.views == 2


def test_holiday_onsets_count_back_from_the_encounter_date() -> None:
    dos = dt.date(2026, 9, 1)
    assert _weeks("HISTORY: Right arm pain since Memorial Day.", dos) == 14.1429  # from 25 May
    assert _weeks("HISTORY: Neck pain since Christmas.", dos) == 35.7143  # the Christmas before
