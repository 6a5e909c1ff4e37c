"""Assessment and event wordings found by the fresh notes of `corpora/notes/dev_fresh_g` (pain scores,
relief, complications, sedation justification).

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts the reader must return; each failed on the reader before the change it tests, except the guards (named
so) that pin what the new rules must leave alone.
"""

from __future__ import annotations

import datetime

import pytest

from nlp import extract


def _scores(text: str) -> list[tuple[str, float]]:
    return [(p.timing, p.value) for p in extract(text).assessments.pain_scores]


def _pre_post(text: str) -> tuple[float | None, float | None]:
    """The first pre and the last post score, as the coder reads them."""
    scores = _scores(text)
    pre = next((v for t, v in scores if t == "pre"), None)
    post = next((v for t, v in reversed(scores) if t == "post"), None)
    return pre, post


# --- a second score written after the first, with its own timing word ---------------------------

@pytest.mark.parametrize("text, pre, post", [
    ("Right L5-S1 TFESI, dexamethasone 10 mg. NRS 6 before, 1 after.", 6.0, 1.0),
    ("Left knee injection, 40 mg Kenalog. VAS 8 prior and 3 afterwards.", 8.0, 3.0),
    ("L4-5 interlaminar ESI, 80 mg Depo-Medrol.\nPain (NRS): pre 5 / post 2\n", 5.0, 2.0),
    ("L4-5 interlaminar ESI, 80 mg Depo-Medrol. VAS pre 7/post 2.", 7.0, 2.0),
])
def test_a_pair_of_scores_with_their_timing_words(text: str, pre: float, post: float) -> None:
    assert _pre_post(text) == (pre, post)


def test_a_bare_number_after_a_score_without_a_timing_word_is_no_score() -> None:
    """Guard: "NRS 7, 2 levels" - the second number has no timing word and is no pain score."""
    assert _scores("Right L4-5 TFESI. NRS 7, 2 levels injected with dexamethasone 5 mg each.") == [("pre", 7.0)]


# --- arrows, tables, "later", "on leaving" ------------------------------------------------------

def test_an_arrow_pair_ending_a_sentence() -> None:
    text = ("Right knee injection.\nINDICATIONS: Right knee pain for 2 years. VAS 9 -> 2.\n"
            "TECHNIQUE: 40 mg Kenalog injected.\n")
    assert _pre_post(text) == (9.0, 2.0)


@pytest.mark.parametrize("table", [
    "| Pain | Before | After |\n|---|---|---|\n| NRS | 8 | 2 |\n",
    "Pain score    Pre    Post\nNRS           6      1\n",
])
def test_a_pain_table_with_pre_and_post_columns(table: str) -> None:
    text = "Left SI joint injection, triamcinolone 40 mg.\n" + table + "No complications.\n"
    pre, post = _pre_post(text)
    assert (pre, post) == ((8.0, 2.0) if "|" in table else (6.0, 1.0))


def test_a_table_without_pain_words_is_no_score() -> None:
    """Guard: a table of drug volumes with before/after columns is no pain score."""
    text = "Right knee injection.\n| Drug | Before | After |\n| Volume (mL) | 5 | 2 |\n"
    assert _scores(text) == []


def test_minutes_later_after_a_score_out_of_10() -> None:
    text = ("Right stellate ganglion block, 5 mL 0.5% ropivacaine. Pain 6/10 at the start.\n"
            "Horner's sign at 5 minutes; 15 minutes later 1/10.")
    assert _pre_post(text) == (6.0, 1.0)


def test_a_score_on_leaving_is_the_post_score() -> None:
    text = ("PROCEDURE: Spinal cord stimulator trial.\nINDICATIONS: Back and leg pain for 3 years. Pain 9/10.\n"
            "DESCRIPTION: Two leads placed to T8. Pain 4/10 on leaving. No complications.\n")
    assert _pre_post(text) == (9.0, 4.0)


# --- number words ---------------------------------------------------------------------------------

def test_number_words_after_pain_is_and_from_to() -> None:
    text = ("Right knee injection. Today her pain is a seven. 40 mg Kenalog was injected.\n"
            "Her pain dropped from a seven to a two before she left.")
    assert _pre_post(text) == (7.0, 2.0)


@pytest.mark.parametrize("text", [
    "Pain on one side only; 40 mg Kenalog into the right knee.",
    "The pain moved from one knee to the other over the years.",
    "Pain is one of several complaints; 40 mg Kenalog into the right knee.",
])
def test_number_words_that_are_no_score(text: str) -> None:
    """Guard: 'one side', 'from one knee to the other', 'one of' are no scores."""
    assert _scores(text) == []


# --- scores of another timing -----------------------------------------------------------------

def test_average_and_worst_scores_in_shorthand_are_not_the_pre_score() -> None:
    text = ("C7-T1 ILESI. Avg pain over the past week 5/10, worst 8/10. Dex 10 mg.\n"
            "Pain scores: 7 -> 2\n")
    assert _pre_post(text) == (7.0, 2.0)


# --- relief written as a fraction -----------------------------------------------------------------

def test_relief_as_a_fraction_with_its_duration() -> None:
    facts = extract("Repeat right L4-5 and L5-S1 radiofrequency ablation. Her last RFA gave relief of about "
                    "two-thirds that lasted 7 months.", date_of_service=datetime.date(2026, 3, 10))
    (r,) = facts.assessments.prior_procedure_response
    assert (r.percent, round(r.duration_days or 0)) == (67.0, 212)


def test_three_quarters_better_after_the_block() -> None:
    facts = extract("Left SI joint injection, 40 mg triamcinolone. Pain 6/10 before. "
                    "Post-procedure she is three-quarters better.")
    assert [r.percent for r in facts.assessments.percent_relief] == [75.0]


def test_half_a_millilitre_is_no_relief() -> None:
    """Guard: 'half a mL' beside a relief word is a volume, not 50% relief."""
    facts = extract("Left SI joint injection. Omnipaque half a mL, then bupivacaine; relief was complete.")
    assert facts.assessments.percent_relief == []


# --- complications ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "She tolerated the block without incident.",
    "No untoward events.",
    "The procedure was uneventful.",
    "He tolerated it well with no problems.",
])
def test_no_complication_wordings(sentence: str) -> None:
    facts = extract(f"Left L4-5 TFESI with dexamethasone 10 mg under fluoroscopy. {sentence}")
    assert facts.complications is not None and facts.complications.value == "none"


@pytest.mark.parametrize("text", [
    "Left L4-5 TFESI with dexamethasone 10 mg under fluoroscopy. Tolerated well.",
    "HISTORY: Her back pain began after an incident at work.\nLeft L4-5 TFESI with dexamethasone 10 mg.",
    "The needle was advanced without incident to the L4-5 foramen; dexamethasone 10 mg injected.",
])
def test_wordings_that_say_nothing_about_complications(text: str) -> None:
    """Guard: 'Tolerated well.' alone, an incident in the history, a needle advanced without incident."""
    assert extract(text).complications is None


# --- sedation justification -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Sedation was needed because she cannot lie prone for the length of the procedure without it.",
    "IV sedation was required as he is unable to hold still from tremor.",
])
def test_sedation_justified_by_a_clause(sentence: str) -> None:
    text = ("Right L3-4, L4-5 and L5-S1 radiofrequency ablation.\nSEDATION: Midazolam 2 mg IV by me, RN observer, "
            f"start 10:10, stop 10:38. {sentence}\n")
    (p,) = extract(text).procedures
    assert p.sedation is not None and p.sedation.justification


def test_sedation_without_a_reason_has_no_justification() -> None:
    """Guard: times and an observer are no reason."""
    text = ("Right L4-5 radiofrequency ablation.\nSEDATION: Midazolam 2 mg IV by me, RN observer, start 10:10, "
            "stop 10:38. Sedation was given.\n")
    (p,) = extract(text).procedures
    assert p.sedation is not None and p.sedation.justification is None


# --- the next unseen wordings of the same families ---------------------------------------------

@pytest.mark.parametrize("text, pre, post", [
    ("Left L4-5 TFESI, dexamethasone 10 mg. Pain before the injection was rated 7 and after 1.", 7.0, 1.0),
    ("Left L4-5 TFESI, dexamethasone 10 mg. Pre/post pain: 8/3.", 8.0, 3.0),
    ("Left L4-5 TFESI, dexamethasone 10 mg. VAS pre/post 6/2.", 6.0, 2.0),
    ("Left L4-5 TFESI, dexamethasone 10 mg. NPRS 7 pre-procedure, 2 post-procedure.", 7.0, 2.0),
    ("Left L4-5 TFESI, dexamethasone 10 mg. Pain 6 out of 10 prior to and 1 out of 10 following the injection.",
     6.0, 1.0),
])
def test_more_pre_post_wordings(text: str, pre: float, post: float) -> None:
    assert _pre_post(text) == (pre, post)


@pytest.mark.parametrize("text", [
    "Left L4-5 TFESI, dexamethasone 10 mg. Pain before the injection was 3 weeks in the making.",
    "Left L4-5 TFESI. Pre/post-procedure vitals: BP 128/76, HR 72.",
    "Left L4-5 TFESI. The pain clinic at 9 took her in.",
])
def test_pre_post_wordings_that_are_no_score(text: str) -> None:
    """Guard: a duration, a blood pressure on a pre/post line, a clock hour are no scores."""
    assert _scores(text) == []


@pytest.mark.parametrize("sentence, percent", [
    ("Post-procedure she had complete relief of her buttock pain.", 100.0),
    ("Post-procedure: near complete relief.", 90.0),
])
def test_complete_relief_in_words(sentence: str, percent: float) -> None:
    facts = extract(f"Left SI joint injection, triamcinolone 40 mg. Pain 6/10 before. {sentence}")
    assert [r.percent for r in facts.assessments.percent_relief] == [percent]


def test_complete_relief_of_a_diagnostic_block_in_the_history() -> None:
    facts = extract("Right L4-5 and L5-S1 radiofrequency ablation. Two diagnostic medial branch blocks gave complete "
                    "relief each time.")
    assert [r.percent for r in facts.assessments.diagnostic_blocks] == [100.0, 100.0]


@pytest.mark.parametrize("sentence", [
    "Patient agreed to proceed after a discussion of the risks and benefits.",
    "R/B/A discussed, pt agrees.",
])
def test_consent_in_other_words(sentence: str) -> None:
    facts = extract(f"Left L4-5 TFESI with dexamethasone 10 mg under fluoroscopy. {sentence}")
    assert facts.consent is not None and facts.consent.value is True


def test_an_agreement_to_a_plan_is_no_consent() -> None:
    """Guard: agreeing with a treatment plan at a visit is no procedure consent."""
    facts = extract("Left L4-5 TFESI with dexamethasone 10 mg. She agrees with the plan to continue PT.")
    assert facts.consent is None


@pytest.mark.parametrize("sentence", [
    "Final verification of patient, side and level was performed.",
    "Safety pause done.",
])
def test_time_out_in_other_words(sentence: str) -> None:
    facts = extract(f"Left L4-5 TFESI with dexamethasone 10 mg under fluoroscopy. {sentence}")
    assert facts.time_out is not None and facts.time_out.value is True


def test_sedation_times_after_start_time_and_end_time() -> None:
    text = ("Right L4-5 TFESI, dexamethasone 10 mg.\nConscious sedation: Versed 2 mg, fentanyl 50 mcg by me. "
            "Sedation start time: 0905. End time: 0925. RN monitored throughout.\n")
    (p,) = extract(text).procedures
    assert (p.sedation.start_time, p.sedation.stop_time, p.sedation.intraservice_minutes) == ("09:05", "09:25", 20)


# --- cross.md items of other batches (dev_fresh_f) ---------------------------------------------

def test_a_present_rating_in_the_history_is_the_pre_score_when_only_a_post_follows() -> None:
    text = ("Interlaminar lumbar epidural steroid injection L5-S1.\n\nShe has had left leg pain for 4 months. "
            "She rates her pain 7/10.\n\nConsent obtained. Needle placed at L5-S1, dexamethasone 10 mg injected. "
            "Post pain 2/10.")
    assert _pre_post(text) == (7.0, 2.0)


def test_an_average_in_the_history_stays_a_baseline_when_only_a_post_follows() -> None:
    """Guard: 'on average' is the usual pain, not the day's score."""
    text = ("Interlaminar lumbar epidural steroid injection L5-S1.\n\nShe has had left leg pain for 4 months, "
            "on average 5/10.\n\nConsent obtained. Needle placed at L5-S1, dexamethasone 10 mg injected. "
            "Post pain 2/10.")
    assert _pre_post(text) == (None, 2.0)


def test_comparative_blocks_with_their_drugs_in_one_phrase() -> None:
    facts = extract("Right L4-5 and L5-S1 radiofrequency ablation. Dual comparative MBBs: 85% with lidocaine, "
                    "95% with bupivacaine.")
    assert sorted(r.percent for r in facts.assessments.diagnostic_blocks) == [85.0, 95.0]


# --- relief: the next unseen wordings ---------------------------------------------------------

def test_a_prior_response_that_helped_a_percent() -> None:
    facts = extract("Repeat right L5-S1 TFESI, dexamethasone 10 mg. Her prior TFESI helped about 80% for 5 months.")
    assert [(r.percent, round(r.duration_days or 0)) for r in facts.assessments.prior_procedure_response] == [(80.0, 152)]


def test_months_of_relief_written_before_the_percent() -> None:
    facts = extract("Repeat right L5-S1 TFESI, dexamethasone 10 mg. Prior ESI gave her 8 months of relief, about 75%.")
    assert [(r.percent, round(r.duration_days or 0)) for r in facts.assessments.prior_procedure_response] == [(75.0, 243)]


def test_a_duration_of_the_pain_before_a_percent_is_not_the_relief_duration() -> None:
    """Guard: '4 years of pain' is the symptom's duration, not how long the relief lasted."""
    facts = extract("Repeat right L5-S1 TFESI. After 4 years of back pain, the last injection gave 75% relief.")
    assert [(r.percent, r.duration_days) for r in facts.assessments.prior_procedure_response] == [(75.0, None)]


def test_numbered_blocks_with_the_drug_in_brackets() -> None:
    facts = extract("Right L4-5 and L5-S1 radiofrequency ablation. MBB #1 (lidocaine) 90% x 2 hrs; MBB #2 "
                    "(bupivacaine) 85% x 6 hrs.")
    assert [(r.ordinal, r.percent) for r in facts.assessments.diagnostic_blocks] == [(1, 90.0), (2, 85.0)]


@pytest.mark.parametrize("sentence", ["Reports 90% improvement at 20 minutes.", "Post block relief 90%."])
def test_relief_minutes_after_the_block_is_todays(sentence: str) -> None:
    facts = extract(f"Left SI joint injection, diagnostic, bupivacaine 2 mL. Pain 7/10 before. {sentence}")
    assert [r.percent for r in facts.assessments.percent_relief] == [90.0]
    assert facts.assessments.prior_procedure_response == []


# --- images and time-out in field shorthand ------------------------------------------------------

@pytest.mark.parametrize("sentence, views", [("Images: 2 saved.", 2), ("Fluoro images saved x2.", 2),
                                             ("Images saved: 1.", 1)])
def test_a_saved_image_count_after_the_images_word(sentence: str, views: int) -> None:
    (p,) = extract(f"Right L5-S1 TFESI with dexamethasone 10 mg under fluoroscopy. {sentence}").procedures
    assert p.imaging is not None and p.imaging.views == views


def test_a_dose_after_images_is_no_view_count() -> None:
    """Guard: 'images confirmed spread; 2 mL' - the number is a volume."""
    (p,) = extract("Right L5-S1 TFESI under fluoroscopy. Images - 2 mL Omnipaque showed spread; images saved."
                   ).procedures
    assert p.imaging.views is None


def test_time_out_with_a_dash_field() -> None:
    facts = extract("Right L5-S1 TFESI with dexamethasone 10 mg under fluoroscopy. Consent - obtained; TO - completed.")
    assert facts.time_out is not None and facts.time_out.value is True


# --- timing words: arrival/discharge pairs, "went down to", earlier visits -----------------------

@pytest.mark.parametrize("text, pre, post", [
    ("Right L5-S1 TFESI, dexamethasone 10 mg. Pain score on arrival 8, at discharge 2.", 8.0, 2.0),
    ("Right L5-S1 TFESI, dexamethasone 10 mg. Pain 7/10 today. She noted her pain went down to a 2.", 7.0, 2.0),
    ("Right L5-S1 TFESI, dexamethasone 10 mg. Pain 7/10 today. Afterwards her pain improved to 1.", 7.0, 1.0),
])
def test_arrival_discharge_and_went_down_to(text: str, pre: float, post: float) -> None:
    assert _pre_post(text) == (pre, post)


@pytest.mark.parametrize("history", ["At her last visit pain was 5/10.",
                                     "Two weeks after her last injection her pain was 3/10."])
def test_a_score_of_an_earlier_visit_is_neither_pre_nor_post(history: str) -> None:
    text = f"Right L5-S1 TFESI, dexamethasone 10 mg. {history} Today 8/10. After: 2/10."
    scores = _scores(text)
    assert [(t, v) for t, v in scores if t in ("pre", "post")] == [("pre", 8.0), ("post", 2.0)]


# --- sedation records in other words -----------------------------------------------------------

def _sedation(sentence: str):
    (p,) = extract(f"Right L5-S1 TFESI with dexamethasone 10 mg under fluoroscopy. {sentence}").procedures
    return p.sedation


def test_a_four_digit_time_range_after_sedation_time() -> None:
    sed = _sedation("Versed 2 mg IV by me. Sedation time: 0910-0932 (22 min).")
    assert (sed.start_time, sed.stop_time, sed.intraservice_minutes) == ("09:10", "09:32", 22)


@pytest.mark.parametrize("sentence", [
    "Midazolam 2 mg IV by me from 14:05 to 14:27 with continuous monitoring by a dedicated RN.",
    "Midazolam 2 mg IV by me from 14:05 to 14:27. Observer: circulating RN.",
])
def test_observer_in_other_words(sentence: str) -> None:
    assert _sedation(sentence).independent_observer is True


def test_observer_field_saying_none_is_no_observer() -> None:
    """Guard: 'Observer: none' documents no observer."""
    assert _sedation("Midazolam 2 mg IV by me from 14:05 to 14:27. Observer: none.").independent_observer is None


def test_a_reason_in_a_sentence_of_its_own() -> None:
    assert _sedation("Patient requested sedation due to anxiety. Midazolam 2 mg IV by me.").justification == "anxiety"


# --- session history in shorthand -------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [("Prior ESIs x3 in the past year.", 3),
                                             ("s/p lumbar TFESI x2 in the last 12 months.", 2),
                                             ("Two prior epidurals this year, both helped.", 2)])
def test_prior_session_counts_in_shorthand(sentence: str, count: int) -> None:
    facts = extract(f"Right L5-S1 TFESI, dexamethasone 10 mg. {sentence}", date_of_service=datetime.date(2026, 3, 10))
    assert [(s.prior_count, s.window_days) for s in facts.prior_sessions] == [(count, 365)]


def test_a_planned_series_is_no_prior_count() -> None:
    """Guard: a plan for up to three injections counts no earlier session."""
    facts = extract("Right L5-S1 TFESI, dexamethasone 10 mg. Will consider ESI x3 in the next year if helpful.",
                    date_of_service=datetime.date(2026, 3, 10))
    assert facts.prior_sessions == []


@pytest.mark.parametrize("text", [
    "Right L5-S1 TFESI with dexamethasone 10 mg. Plan: we will schedule an RFA; risks discussed and she agrees.",
    "Right L5-S1 TFESI with dexamethasone 10 mg.\nPLAN: RFA next month; risks discussed, she agrees.\n",
])
def test_an_agreement_about_a_planned_procedure_is_no_consent_for_today(text: str) -> None:
    """Guard: consent talk for a planned procedure says nothing about today's."""
    assert extract(text).consent is None


def test_an_uneventful_recovery_in_the_history_is_no_complications_statement() -> None:
    """Guard: 'uneventful' about an old surgery is not today's procedure."""
    facts = extract("Right L5-S1 TFESI with dexamethasone 10 mg. Uneventful recovery from her knee surgery in 2019.")
    assert facts.complications is None


def test_complete_relief_afterwards_is_todays_relief() -> None:
    facts = extract("Trigger point injections, left upper trapezius and levator scapulae, 1 mL 1% lidocaine each. "
                    "Pain 6/10 prior; complete relief afterwards.")
    assert [r.percent for r in facts.assessments.percent_relief] == [100.0]


@pytest.mark.parametrize("text, pre, post", [
    ("Right L5-S1 TFESI, dexamethasone 10 mg. Pain scale 0-10: 6 pre / 2 post.", 6.0, 2.0),
    ("Right L5-S1 TFESI, dexamethasone 10 mg.\nPre: 7 Post: 2\n", 7.0, 2.0),
    ("Right L5-S1 TFESI, dexamethasone 10 mg. Pain score pre 8 post 3", 8.0, 3.0),
    ("Right L5-S1 TFESI, dexamethasone 10 mg. Before the procedure her pain was a 6; after, a 1.", 6.0, 1.0),
])
def test_labels_without_punctuation_or_pain_word(text: str, pre: float, post: float) -> None:
    assert _pre_post(text) == (pre, post)


@pytest.mark.parametrize("text", [
    "Right L5-S1 TFESI.\nPre: 2 mL lidocaine Post: 3 days of rest\n",
    "Right L5-S1 TFESI. NRS 7 before 2 injections were done.",
])
def test_labels_that_are_no_scores(text: str) -> None:
    """Guard: volumes and days after Pre:/Post: labels, a count of injections after a timing word."""
    assert [(t, v) for t, v in _scores(text) if t == "post"] == []


# --- session history as month or day lists ------------------------------------------------------

@pytest.mark.parametrize("sentence, dates", [
    ("She had injections here in May, August and November of last year.",
     [datetime.date(2025, 5, 1), datetime.date(2025, 8, 1), datetime.date(2025, 11, 1)]),
    ("Epidurals this year: 1/5, 2/2.", [datetime.date(2026, 1, 5), datetime.date(2026, 2, 2)]),
    ("He received lumbar epidurals in June and October 2025.", [datetime.date(2025, 6, 1), datetime.date(2025, 10, 1)]),
])
def test_prior_sessions_as_month_or_day_lists(sentence: str, dates: list) -> None:
    facts = extract(f"Right L5-S1 TFESI, dexamethasone 10 mg. {sentence}", date_of_service=datetime.date(2026, 3, 10))
    assert [s.prior_dates for s in facts.prior_sessions] == [dates]


def test_a_month_list_without_a_date_of_service_is_not_dated() -> None:
    """Guard: 'last year' needs the date of service; without it nothing is guessed."""
    facts = extract("Right L5-S1 TFESI. She had injections here in May and August of last year.")
    assert facts.prior_sessions == []


# --- cross.md items of dev_fresh_h ---------------------------------------------------------------

def test_an_abbreviated_drug_strength_is_no_relief() -> None:
    """'2% lido 0.5 cc' beside 'concordant' is a concentration, not a 2% response to an earlier procedure."""
    facts = extract("Right L4-5 radiofrequency neurotomy. Cannulae to the L3 and L4 MB; sensory 0.5 V concordant, motor "
                    "negative at 2 V. 2% lido 0.5 cc per cannula then 80 C x 90 s.")
    assert facts.assessments.prior_procedure_response == []


def test_views_joined_across_a_line_break() -> None:
    (p,) = extract("L4-5 interlaminar ESI under fluoroscopy. Omnipaque 240 1 mL, epidurogram AP\n+ lat saved. "
                   "Dexamethasone 10 mg.").procedures
    assert p.imaging.views == 2
