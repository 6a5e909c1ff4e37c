"""Documentation wordings found by the first readings of `dev_fresh_aw` (every documentation element in rare
paraphrases, with near-misses beside them), `dev_fresh_ax` (speech recognition and international dictation) and the
open items of `dev_fresh_an` in round 8, fixer N8b (necessity and documentation readers): care listed and then
judged in one relative clause or by the pain coming back; a score from an earlier visit; an onset told by seasons
counted back, after an event "last October", or as "a year of ..."; saved views in a bracket; consent or a time-out
still to come, or answered on the header's next line; a repeat told as "the second one at this level"; neurogenic
claudication told limb-first or as a walking distance; trigger point findings (not a myofascial diagnosis) for the
TPI indication; British monitored anaesthesia care; an imaging finding "at both levels"; a dated diagnostic block
whose result names the anaesthetic phase.

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nlp import extract

_ESI = "Procedure: L5-S1 interlaminar epidural steroid injection under fluoroscopy.\n"
_DOS = dt.date(2026, 4, 2)


def _care(sentence: str) -> set[tuple[str, float | None, str | None]]:
    return {(c.modality, c.weeks, c.outcome) for c in extract(_ESI + "HISTORY: " + sentence + "\n").necessity.conservative_care}


def _elements(text: str, payer: str = "medicare") -> set[str]:
    """Finding elements that count (error or warning, as `painpoint eval` counts them)."""
    from api.pipeline import analyze_text
    return {f.element for f in analyze_text(text, payer=payer, date_of_service=_DOS).findings
            if f.severity in ("error", "warning")}


# --- conservative care: a list judged by one relative clause after a comma, or by the pain coming back ---------------

@pytest.mark.parametrize("sentence, expected", [
    ("She completed 8 weeks of physiotherapy and a trial of meloxicam, which did not help the leg.",
     {("physical_therapy", 8.0, "failed"), ("nsaids", None, "failed")}),
    ("He had six weeks of PT and a course of gabapentin, which brought partial relief.",
     {("physical_therapy", 6.0, "partial"), ("neuropathic_agents", None, "partial")}),
])
def test_a_relative_clause_after_a_comma_judges_the_whole_list_of_care(sentence: str, expected: set) -> None:
    assert _care(sentence) == expected


def test_guard_a_side_effect_after_a_comma_stays_the_last_drugs() -> None:
    assert _care("She did physical therapy for 6 weeks and then tried tramadol, which made her nauseated.") == {
        ("physical_therapy", 6.0, None), ("opioids", None, "intolerant")}


@pytest.mark.parametrize("sentence", [
    "She did 8 weeks of physical therapy and a course of naproxen; the leg pain came straight back within days of each.",
    "Physical therapy for 8 weeks and naproxen; the pain quickly returned after both.",
    "Eight weeks of physical therapy and naproxen; her pain was back within a week of stopping.",
])
def test_the_pain_coming_back_after_the_care_is_a_partial_outcome(sentence: str) -> None:
    assert _care(sentence) == {("physical_therapy", 8.0, "partial"), ("nsaids", None, "partial")}


def test_guard_the_pain_back_after_a_prior_procedure_is_not_the_cares_outcome() -> None:
    assert _care("Completed 8 weeks of PT and gabapentin. Prior left L5 TFESI in December: 75% better for 3 days, "
                 "then the pain was back.") == {("physical_therapy", 8.0, None), ("neuropathic_agents", None, None)}


# --- pain scores: a score from an earlier visit is no pre-procedure score --------------------------------------------

@pytest.mark.parametrize("sentence", [
    "At his appointment two weeks ago he rated the back 8/10.",
    "When last seen she gave her leg pain 7/10.",
    "At the October clinic visit the pain was 6/10.",
])
def test_a_score_from_an_earlier_visit_is_not_the_days_pre_score(sentence: str) -> None:
    text = _ESI + "HPI: Low back and leg pain. " + sentence + "\nInjected.\nAfter the injection: 2/10.\n"
    scores = [(s.timing, s.value) for s in extract(text).assessments.pain_scores]
    assert ("pre", 2.0) not in scores and not any(t == "pre" for t, _ in scores)
    assert scores[-1] == ("post", 2.0)


def test_guard_a_score_at_todays_visit_stays_the_pre_score() -> None:
    text = _ESI + "HPI: Low back and leg pain, 8/10 today.\nInjected.\nAfter the injection: 2/10.\n"
    assert [(s.timing, s.value) for s in extract(text).assessments.pain_scores] == [("pre", 8.0), ("post", 2.0)]


# --- symptom duration: seasons counted back, 'last winter', 'a year of ...' ------------------------------------------

@pytest.mark.parametrize("sentence, weeks, evidence", [
    ("Neck and arm pain since he slipped on the ice three winters ago.", 156.0, "three winters ago"),
    ("Low back pain since a fall last October.", 26.1429, "since a fall last October"),  # 1 Oct 2025 to 2 Apr 2026
    ("An elderly man with a year of aching in both calves on walking.", 52.0, "a year of"),
])
def test_an_onset_told_by_seasons_or_a_year_of_symptoms_is_the_duration(sentence: str, weeks: float, evidence: str) -> None:
    d = extract(_ESI + "HPI: " + sentence + "\n", date_of_service=_DOS).necessity.symptom_duration
    assert d is not None and (d.weeks, d.evidence[0].text) == (weeks, evidence)


@pytest.mark.parametrize("sentence", ["Low back pain since last spring.", "Low back pain since a fall last winter."])
def test_guard_a_season_without_its_year_names_no_onset(sentence: str) -> None:
    # corpus convention (dev h-tfesi-07, dev_fresh_a fa-tfesi-07): 'since last spring' is undated
    assert extract(_ESI + "HPI: " + sentence + "\n", date_of_service=_DOS).necessity.symptom_duration is None


def test_guard_a_month_of_care_is_no_symptom_duration() -> None:
    assert extract(_ESI + "HPI: She did a month of PT for back pain.\n", date_of_service=_DOS).necessity.symptom_duration is None


# --- saved images: the views, then a bracket that keeps them -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Spread confirmed on AP and lateral (both saved).",
    "Contrast seen on AP, lateral and oblique (all three stored).",
])
def test_views_then_a_bracket_saying_they_were_kept_are_saved_images(sentence: str) -> None:
    img = extract(_ESI + sentence + "\n").procedures[0].imaging
    assert img is not None and img.saved_images is True and img.views in (2, 3)


# --- consent / time-out still to come -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Consent to be obtained by the ASC nurse on arrival.",
    "Informed consent will be signed on the day of the injection.",
    "Consent form still to be completed.",
])
def test_consent_still_to_come_is_no_consent(sentence: str) -> None:
    assert extract(_ESI + sentence + "\n").consent is None


def test_guard_a_header_whose_next_line_is_still_to_come_is_no_consent() -> None:
    assert extract(_ESI + "\nCONSENT:\nTo be signed at the surgery center.\n\nTECHNIQUE: Injected.\n").consent is None


def test_a_header_answered_on_its_next_line_is_consent() -> None:
    consent = extract(_ESI + "\nCONSENT:\nSigned, on the chart.\n\nTECHNIQUE: Injected.\n").consent
    assert consent is not None and consent.value is True and consent.evidence[-1].text == "Signed, on the chart."


def test_a_time_out_still_to_come_is_no_time_out() -> None:
    assert extract(_ESI + "Consent signed. Time-out to be performed by the OR team.\n").time_out is None


def test_guard_consent_obtained_before_a_later_to_be_stays_consent() -> None:
    consent = extract(_ESI + "Consent was obtained; she is to be discharged home after.\n").consent
    assert consent is not None and consent.value is True


# --- repeat: the count at a place -----------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Procedure: Left L5 transforaminal epidural steroid injection - the third one at this level.",
    "Procedure: Right L4-5 TFESI, second time at the same level.",
])
def test_the_count_at_the_same_place_makes_a_repeat(title: str) -> None:
    p = extract(title + "\nInjected under fluoroscopy.\n").procedures[0]
    assert p.repeat is not None and p.repeat.value is True


# --- radicular findings: neurogenic claudication in words ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Two years of calf cramping and heaviness when she walks.",
    "Thigh and leg heaviness, he has to sit down after about a hundred metres.",
    "She leans on the trolley to get round the supermarket because of her legs.",
])
def test_claudication_told_limb_first_or_as_a_distance_is_radicular(sentence: str) -> None:
    text = "Procedure: caudal epidural steroid injection.\nDiagnosis: lumbar stenosis (M48.062).\nHPI: " + sentence + "\n"
    assert [f.value for f in extract(text).necessity.radicular_findings] == [sentence]


def test_guard_a_walking_stop_for_back_pain_in_another_clause_is_not_radicular() -> None:
    text = ("Procedure: caudal epidural steroid injection.\nDiagnosis: lumbar stenosis (M48.062).\n"
            "HPI: Her legs are fine; she has to stop after two blocks because of back pain.\n")
    assert extract(text).necessity.radicular_findings == []


# --- trigger points: the findings, not a myofascial diagnosis, document the indication -------------------------------

_TPI = ("Procedure: Trigger point injections, left upper trapezius and left levator scapulae.\n"
        "Diagnosis: Myofascial pain syndrome (M79.18).\n"
        "HPI: Left neck and shoulder pain for 4 months; stretching helped a little. Cannot work at her desk.\n"
        "Consent obtained. Time-out done. Pain 7/10.\n")


def test_a_myofascial_diagnosis_alone_does_not_document_trigger_point_findings() -> None:
    text = _TPI + "25 g needle, 1 mL of 1% lidocaine into each muscle. Pain 3/10 after, 57% relief. No complications.\n"
    assert "indication" in _elements(text)


def test_guard_taut_bands_found_in_the_technique_still_document_the_trigger_points() -> None:
    text = (_TPI + "Taut bands with a local twitch response were found in both muscles; 25 g needle, 1 mL of 1% "
            "lidocaine into each. Pain 3/10 after, 57% relief. No complications.\n")
    assert "indication" not in _elements(text)


# --- sedation: British monitored anaesthesia care ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("The anaesthetist gave monitored anaesthesia care.", "mac"),
    ("Done under general anaesthesia by the anaesthetic team.", "general"),
])
def test_british_anaesthesia_names_the_sedation(sentence: str, kind: str) -> None:
    p = extract("Procedure: T12 kyphoplasty under fluoroscopy.\n" + sentence + "\n").procedures[0]
    assert p.sedation is not None and p.sedation.type == kind


# --- vertebral augmentation: an imaging finding at both levels -----------------------------------------------------

_VA = ("Procedure: bilateral balloon kyphoplasty, L2 and L3, under fluoroscopy.\n"
       "HPI: Painful osteoporotic compression fractures of L2 and L3 (M80.08XA) for 5 weeks despite a brace.\n")


def test_an_imaging_finding_at_both_levels_names_each_treated_level() -> None:
    text = _VA + "MRI: bone marrow edema on STIR at both levels, 25% height loss.\nCement placed at each level.\n"
    assert "imaging_findings" not in _elements(text)


def test_guard_an_imaging_finding_at_all_three_levels_does_not_fit_two() -> None:
    text = _VA + "MRI: bone marrow edema on STIR at all three levels.\nCement placed at each level.\n"
    assert "imaging_findings" in _elements(text)


# --- relief: a dated diagnostic block's result in the anaesthetic phase ---------------------------------------------

def test_a_dated_diagnostic_blocks_anaesthetic_phase_result_is_the_blocks() -> None:
    text = ("Procedure: Therapeutic left sacroiliac joint injection under fluoroscopy.\n"
            "Diagnostic left SI block on 02/10/2026 gave 85% relief during the local anesthetic phase.\n"
            "Pre 6/10. Kenalog 40 mg injected.\nPost 2/10.\n")
    a = extract(text).assessments
    assert ([r.percent for r in a.diagnostic_blocks], a.percent_relief) == ([85.0], [])


# --- diagnosis specificity: a descriptive line beside a coded primary (LEAD convention, round 8) --------------------

_SCS = ("Procedure: spinal cord stimulator trial, two percutaneous leads, fluoroscopic guidance.\n"
        "Indication: back and leg pain for 3 years after fusion; failed PT, gabapentin and ESIs; cannot walk a block. "
        "Psychological evaluation completed and cleared.\n")


def test_an_uncoded_symptom_line_beside_a_coded_primary_raises_no_specificity_finding() -> None:
    text = ("PREOPERATIVE DIAGNOSES:\n1. Postlaminectomy syndrome (M96.1).\n2. Chronic bilateral leg radicular pain.\n\n"
            + _SCS)
    assert "diagnosis" not in _elements(text)


def test_guard_an_uncoded_line_without_a_region_alone_still_raises_it() -> None:
    text = "PREOPERATIVE DIAGNOSIS:\nChronic bilateral leg radicular pain.\n\n" + _SCS
    assert "diagnosis" in _elements(text)
