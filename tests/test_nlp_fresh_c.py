"""Issue 3: wording families met in the untuned notes of corpora/notes/dev_fresh_c.

Each test is one family of wordings (not one sentence), with the exact facts expected. The snippets are
our own, written for these tests; none is copied from a corpus note.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nlp import extract

TF = "Right L4-5 transforaminal epidural steroid injection.\n"
MBB = "Right L4-5 and L5-S1 medial branch blocks.\n"
RFA = "Right C4-5 and C5-6 radiofrequency ablation.\n"


def _outcomes(text: str) -> set[str | None]:
    return {c.outcome for c in extract(TF + text).necessity.conservative_care}


def _weeks(text: str, dos: dt.date) -> float | None:
    d = extract(TF + text, date_of_service=dos).necessity.symptom_duration
    return None if d is None else d.weeks


def _scores(title: str, text: str) -> list[tuple[str, float]]:
    return [(s.timing, s.value) for s in extract(title + text).assessments.pain_scores]


# --- conservative care: failure said as "not touched", "don't control", "exhausted", "none with benefit" ---

@pytest.mark.parametrize("sentence", [
    "HISTORY: She keeps up her home exercise program and takes acetaminophen, and it just has not touched it.",
    "HISTORY: Continues a home exercise program and meloxicam daily, which take the edge off but don't control it.",
    "HISTORY: Meloxicam does not really help and the home exercise program hasn't controlled the pain.",
    "INDICATIONS: He has exhausted physiotherapy and NSAIDs.",
    "HISTORY: Two rounds of physical therapy and gabapentin, none with durable benefit.",
    "HISTORY: Physical therapy for 8 weeks didn't really make a difference.",
    "HISTORY: Meloxicam and a home exercise program were not really effective.",
    "HISTORY: Physical therapy and naproxen; nothing has helped.",
    "HISTORY: After 8 weeks of physical therapy she continues to have pain with standing.",
    "HISTORY: Gabapentin had no effect.",
])
def test_failed_care_in_new_wordings(sentence: str) -> None:
    assert _outcomes(sentence) == {"failed"}


def test_care_that_helped_is_still_not_failed() -> None:
    assert _outcomes("HISTORY: Physical therapy helped a lot and she continues the exercises.") == {"helped"}


# --- symptom onset: an approximate season, an onset event with its date ---------------------------------

DOS = dt.date(2026, 6, 9)


def test_onset_with_an_approximation_word() -> None:
    # 1 March 2025 to 9 June 2026
    assert _weeks("HISTORY: The back pain has been going on since about the spring of 2025.", DOS) == 66.4286


def test_onset_dated_by_the_event_that_started_it() -> None:
    # 1 January 2022 (the year alone) to 9 June 2026
    assert _weeks("HISTORY: Leg-predominant pain since her L4-5 fusion in 2022.", DOS) == 231.4286
    # 1 March 2026 (latest March before the date of service) to 9 June 2026
    assert _weeks("HISTORY: Neck pain since a car accident in March.", DOS) == 14.2857


def test_a_procedure_named_after_since_is_no_onset() -> None:
    assert _weeks("HISTORY: Pain has been better since her injection in March.", DOS) is None


# --- neurogenic claudication in shorthand ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "HPI: LBP w/ bilat buttock + post thigh heaviness w/ walking, eases w/ sitting.",
    "HISTORY: Her thighs ache when walking any distance and the ache relieves when she sits down.",
    "HISTORY: Bilateral leg pain going down the back of both thighs into the calves.",
    "History: right leg pain for 9 weeks, wrapping from the\nright buttock to the front of the shin.",
])
def test_claudication_and_limb_pain_wordings(sentence: str) -> None:
    assert len(extract(TF + sentence).necessity.radicular_findings) == 1


# --- function: getting out of bed or a chair ------------------------------------------------------------

def test_cannot_get_out_of_bed_is_a_functional_impairment() -> None:
    text = "INDICATIONS: She still cannot get out of bed or to the bathroom without help.\n"
    assert [f.value for f in extract(TF + text).necessity.functional_impairment] == [
        "She still cannot get out of bed or to the bathroom without help."]


# --- post-procedure scores said as a re-check, "minutes later", after the usual movements ----------------

def test_a_score_minutes_later_is_the_post_score() -> None:
    assert _scores(MBB, "Pre-block pain 7/10; 30 minutes later 2/10 with stairs.\n") == [("pre", 7.0), ("post", 2.0)]


def test_a_recheck_score_is_the_post_score() -> None:
    assert _scores(MBB, "Pain 6/10 today.\nBlocks done.\nRe-check at 10 min: pain 2/10.\n") == [
        ("pre", 6.0), ("post", 2.0)]


def test_usual_movements_do_not_make_a_baseline_score() -> None:
    text = ("Pain today is a 6 out of 10.\nBlocks done.\nAfter the block she did her usual aggravating movements "
            "and rates the pain 1 out of 10.\n")
    assert _scores(MBB, text) == [("pre", 6.0), ("post", 1.0)]


def test_usual_pain_is_still_a_baseline_score() -> None:
    assert _scores(MBB, "HISTORY: Her usual pain is 7/10.\n") == [("baseline", 7.0)]


# --- diagnostic block results shared by two blocks, written before the percent ---------------------------

def test_two_blocks_each_with_one_result() -> None:
    text = ("INDICATIONS: Two sets of comparative medial branch blocks (lidocaine on 3/3, bupivacaine on 3/24) each "
            "abolished 80-90% of her axial pain.\n")
    blocks = extract("Left L4-5 and L5-S1 radiofrequency ablation.\n" + text).assessments.diagnostic_blocks
    assert [(b.ordinal, b.percent) for b in blocks] == [(1, 80.0), (2, 80.0)]


# --- how long a prior result lasted, from its start and end dates ---------------------------------------

@pytest.mark.parametrize("sentence, percent, days", [
    # end of October 2025 to 1 June 2026
    ("The RF ablation in October 2025 gave her about 70% improvement, which lasted until roughly last month.", 70.0, 213.0),
    # end of November 2025 to 1 May 2026
    ("The prior ablation in November gave 80% relief that held until May.", 80.0, 152.0),
])
def test_prior_relief_lasting_until_a_date(sentence: str, percent: float, days: float) -> None:
    prior = extract(RFA + "HISTORY: " + sentence + "\n", date_of_service=dt.date(2026, 7, 14)).assessments
    assert [(r.percent, r.duration_days) for r in prior.prior_procedure_response] == [(percent, days)]


def test_prior_relief_until_a_date_needs_the_date_of_service() -> None:
    text = RFA + "HISTORY: The RF ablation in October 2025 gave 70% improvement, which lasted until last month.\n"
    assert [r.duration_days for r in extract(text).assessments.prior_procedure_response] == [None]


# --- second untuned batch (U2) ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, outcome", [
    ("HISTORY: NSAIDs and a six-week course of physiotherapy were of no avail.", "failed"),
    ("HISTORY: She did physical therapy for two months and takes diclofenac and she is still hurting.", "failed"),
    ("HISTORY: PT (12 visits) + HEP + naproxen - plateaued.", "partial"),
    ("HISTORY: Completed 5 weeks of physical therapy with only marginal gains.", "partial"),
])
def test_care_outcomes_of_the_second_batch(sentence: str, outcome: str) -> None:
    assert _outcomes(sentence) == {outcome}


def test_traction_and_a_home_program_are_care_with_their_weeks() -> None:
    assert {(c.modality, c.weeks) for c in extract(
        TF + "HISTORY: Completed 5 weeks of cervical traction with only marginal gains and an 8-week home program.\n"
    ).necessity.conservative_care} == {("physical_therapy", 5.0), ("home_exercise", 8.0)}


def test_a_duration_after_a_greater_than_sign() -> None:
    assert _weeks("HISTORY: LBP > 1 yr, axial, worse w/ extension.", DOS) == 52.0


def test_light_duty_is_a_functional_impairment() -> None:
    assert len(extract(TF + "HPI: Has been on light duty at the warehouse since it started.\n")
               .necessity.functional_impairment) == 1


def test_today_before_the_rating_makes_it_the_pre_score() -> None:
    assert _scores(TF, "HISTORY: Back pain. Today he rates his pain 6/10.\n") == [("pre", 6.0)]


def test_a_score_written_as_was_a_number() -> None:
    text = "Before we started she rated her pain an 8.\nInjected.\nTwenty minutes later her pain was a 2.\n"
    assert _scores("Bilateral sacroiliac joint injections.\n", text) == [("pre", 8.0), ("post", 2.0)]


# --- third untuned batch (U3) ----------------------------------------------------------------------------

def test_has_not_responded_to_care_is_failed_care_with_its_weeks() -> None:
    care = extract(TF + "HISTORY: She has not responded to physical therapy for 6 weeks or NSAIDs.\n").necessity.conservative_care
    assert {(c.modality, c.weeks, c.outcome) for c in care} == {("physical_therapy", 6.0, "failed"), ("nsaids", None, "failed")}


def test_care_not_tolerated_or_with_a_side_effect() -> None:
    assert {(c.modality, c.outcome) for c in extract(
        TF + "INDICATIONS: She has not tolerated bracing and oxycodone makes her confused.\n").necessity.conservative_care
    } == {("activity_modification", "intolerant"), ("opioids", "intolerant")}


def test_block_relief_written_in_words() -> None:
    text = ("Right L3-4 and L4-5 radiofrequency neurotomy.\nHISTORY: She underwent two diagnostic medial branch blocks, the "
            "first giving her about ninety percent relief and the second giving her over eighty-five percent relief.\n")
    blocks = extract(text).assessments.diagnostic_blocks
    assert [(b.ordinal, b.percent) for b in blocks] == [(1, 90.0), (2, 85.0)]


@pytest.mark.parametrize("sentence", [
    "HISTORY: It interrupts her sleep nightly.",
    "HISTORY: She can no longer do her own grocery shopping.",
])
def test_sleep_and_errands_as_functional_impairment(sentence: str) -> None:
    assert len(extract(TF + sentence + "\n").necessity.functional_impairment) == 1


def test_rf_temperature_in_degrees_before_a_lesion_time() -> None:
    text = "Right L3-4 radiofrequency ablation.\nTECHNIQUE: Lesions at 85 degrees for 90 seconds at each nerve.\n"
    rf = extract(text).procedures[0].radiofrequency
    assert (rf.temperature_c, rf.duration_s) == (85.0, 90.0)


def test_a_side_effect_in_a_relative_clause_belongs_to_the_last_care() -> None:
    care = extract(TF + "HISTORY: She has done physical therapy for 6 weeks and also tried tramadol which made her "
                        "nauseated.\n").necessity.conservative_care
    assert {(c.modality, c.weeks, c.outcome) for c in care} == {("physical_therapy", 6.0, None), ("opioids", None, "intolerant")}


def test_a_bare_score_said_of_today_is_the_pre_score() -> None:
    assert _scores("Bilateral greater occipital nerve blocks.\n",
                   "Failed gabapentin and amitriptyline. 8/10 today.\nBlocks done.\nPost: 3/10.\n") == [("pre", 8.0), ("post", 3.0)]


def test_a_sentence_that_is_only_a_score_is_a_pain_score() -> None:
    text = "INDICATIONS: Groin pain with walking.\nDifficulty putting on shoes. 7/10.\nInjected.\nPost 2/10.\n"
    assert _scores("Right hip injection.\n", text) == [("pre", 7.0), ("post", 2.0)]


def test_a_strength_grade_alone_is_no_pain_score() -> None:
    assert _scores("Right hip injection.\n", "EXAM: Hip flexion strength. 4/5.\n") == []


def test_shorthand_history_duration_and_radicular_arrow() -> None:
    facts = extract(TF + "Hx: 5 mo rt buttock -> post calf pain + numb lat foot. PT x 8 wk, gabapentin, no help.\n",
                    date_of_service=DOS).necessity
    assert facts.symptom_duration is not None and facts.symptom_duration.weeks == 21.6667
    assert len(facts.radicular_findings) == 1
    assert {(c.modality, c.weeks) for c in facts.conservative_care} == {("physical_therapy", 8.0), ("neuropathic_agents", None)}


def test_dictated_title_running_on_into_the_history_gives_the_indication() -> None:
    text = ("this is a left L5-S1 transforaminal epidural steroid injection dictated by the attending\n"
            "the patient has had left leg pain down the back of the thigh for about 7 months period she did therapy\n")
    ind = extract(text).necessity.indication
    assert ind is not None and ind.value.startswith("the patient has had left leg pain down the back of the thigh")


def test_a_result_score_with_its_relief() -> None:
    text = "INDICATIONS: Occipital headaches for 6 months; misses work. 7/10.\nInjected.\nRESULT: 2/10, about 70% better.\n"
    assert _scores("Right greater occipital nerve block.\n", text) == [("pre", 7.0), ("post", 2.0)]


# --- fourth untuned batch (U4) ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "HISTORY: Twelve sessions of physical therapy over 6 weeks; unchanged.",
    "HISTORY: She has worked through two courses of physical therapy and tried naproxen, with little to show for it.",
])
def test_care_unchanged_or_with_little_to_show(sentence: str) -> None:
    assert _outcomes(sentence) == {"failed"}


@pytest.mark.parametrize("sentence", [
    "HISTORY: The pain has significantly affected her quality of life and her ability to perform her job.",
    "HISTORY: She now avoids lifting her toddler.",
    "HISTORY: She cannot get through a 12-hour shift without sitting down.",
])
def test_function_affected_avoided_or_cut_short(sentence: str) -> None:
    assert len(extract(TF + sentence + "\n").necessity.functional_impairment) == 1


def test_a_functional_field_saying_none_is_no_impairment() -> None:
    assert extract(TF + "Functional limitations: none reported\n").necessity.functional_impairment == []


def test_onset_after_an_event_in_a_season() -> None:
    # 1 September 2024 to 24 February 2026
    text = "HISTORY: Her right low back pain began after a lifting injury at work in the fall of 2024.\n"
    assert _weeks(text, dt.date(2026, 2, 24)) == 77.2857


def test_a_post_section_score_of_the_typical_pain_is_post() -> None:
    text = "Pre-procedure pain 6/10.\nInjected.\nPOST-PROCEDURE: At 30 minutes she reported 90% relief of her typical pain, 1/10.\n"
    assert _scores("Left sacroiliac joint injection.\n", text) == [("pre", 6.0), ("post", 1.0)]


def test_a_sentence_after_the_title_on_its_line_can_be_the_indication() -> None:
    text = ("Trigger point injections dictated today. She has neck pain from myofascial trigger points with taut bands.\n"
            "Her pain is 8 out of 10.\n")
    ind = extract(text).necessity.indication
    assert ind is not None and ind.value.startswith("She has neck pain from myofascial trigger points")


# --- fifth untuned batch (U5) ----------------------------------------------------------------------------

def test_care_that_made_things_worse_failed() -> None:
    assert _outcomes("HISTORY: She has had 6 weeks of PT, which she feels made things worse.") == {"failed"}


def test_care_weeks_after_a_year() -> None:
    care = extract(TF + "Prior treatments: PT 2025 (10 wks) - temporary relief only\n").necessity.conservative_care
    assert {(c.modality, c.weeks, c.outcome) for c in care} == {("physical_therapy", 10.0, "partial")}


def test_unable_to_hold_or_groom_is_a_functional_impairment() -> None:
    text = "HISTORY: She is unable to hold her phone to her ear or blow-dry her hair.\n"
    assert len(extract(TF + text).necessity.functional_impairment) == 1


def test_plural_fractures_are_an_imaging_finding() -> None:
    text = "INDICATIONS: Back pain. MRI: acute T8 and T9 wedge fractures with STIR signal.\n"
    assert len(extract("T8 and T9 kyphoplasty.\n" + text).necessity.imaging_findings) == 1


def test_scores_of_ten_after_a_comma_cue_and_a_post_with_its_pre_in_brackets() -> None:
    assert _scores(TF, "Subjective: Pain 7 of 10.\nInjected.\nImmediately after, 2 of 10.\n") == [("pre", 7.0), ("post", 2.0)]
    assert _scores("Bilateral SI joint injections.\n", "Injected.\nPost: 3/10 (pre 7/10).\n") == [("post", 3.0), ("pre", 7.0)]


def test_a_negation_in_the_clause_before_does_not_deny_the_impairment() -> None:
    text = "HISTORY: PT for 3 months and NSAIDs did not help and she can no longer stand at the sink to wash dishes.\n"
    assert len(extract(TF + text).necessity.functional_impairment) == 1
    assert extract(TF + "HISTORY: Back pain. She denies any difficulty walking.\n").necessity.functional_impairment == []


def test_a_bulleted_lead_duration() -> None:
    text = "* 5 mo right L5 radicular pain down the lateral leg; PT 8 wk, NSAIDs failed.\n"
    assert _weeks(text, DOS) == 21.6667


# --- broader failure wordings (negated improvement verbs, persisting pain): in the first test's list ------


def test_care_not_tried_is_still_no_care() -> None:
    assert _outcomes("HISTORY: She has not tried physical therapy.") == set()


# --- sixth untuned batch (U6) ----------------------------------------------------------------------------

def test_no_sustained_gain_is_failed_care() -> None:
    assert _outcomes("HISTORY: Ongoing HEP, prior PT x12 wk: no sustained gain.") == {"failed"}


def test_a_drug_strength_is_no_relief_and_a_block_label_needs_no_relief_word() -> None:
    text = ("Left C3-4 and C4-5 radiofrequency ablation.\nMBB #1 (3/3): 90% x 4 h. MBB #2 (3/24): 85% x 7 h.\n"
            "TECHNIQUE: sensory testing concordant, no motor at 2 V; 2% lidocaine 0.5 mL each; lesions 80 C x 90 s.\n")
    a = extract(text).assessments
    assert [(b.ordinal, b.percent) for b in a.diagnostic_blocks] == [(1, 90.0), (2, 85.0)]
    assert a.prior_procedure_response == [] and a.percent_relief == []


def test_onset_that_dates_to_a_year() -> None:
    # 1 January 2019 to 9 June 2026
    assert _weeks("HISTORY: Her back pain dates to 2019 and is axial.", DOS) == 388.0


def test_a_procedure_ending_a_failed_care_list_does_not_hide_the_duration() -> None:
    text = "HISTORY: CRPS of the left lower limb for 2 years, failed PT, gabapentin, duloxetine, lumbar sympathetic blocks.\n"
    assert _weeks(text, DOS) == 104.0
    assert _weeks("HISTORY: Back pain. She had an epidural 2 months ago.\n", DOS) is None


def test_a_site_after_a_with_phrase_and_si_region_pain_as_prose_diagnoses() -> None:
    tpi = extract("Trigger point injections.\nMyofascial pain with palpable taut bands in the upper back for a year.\n")
    assert [d.text for d in tpi.necessity.diagnoses] == ["Myofascial pain with palpable taut bands in the upper back"]
    si = extract("Right L5 dorsal ramus and S1-S3 lateral branch blocks.\nRight SI region pain for over a year.\n")
    assert [d.text for d in si.necessity.diagnoses] == ["Right SI region pain"]


def test_a_relief_threshold_in_the_plan_is_no_prior_response() -> None:
    text = TF + "Post NRS 2. No complications.\nPlan: recheck 2-3 weeks, consider repeat only if at least 50% relief.\n"
    a = extract(text).assessments
    assert a.prior_procedure_response == [] and a.percent_relief == []
