"""Documentation wordings found by the first readings of `dev_fresh_aa`/`ab`/`ac` (round 6b, fixer NEC: necessity and
assessment readers): teaching-hospital templates, faxed/scanned OCR text and vendor grids.

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract

_TITLE = "Procedure: Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"
_HPI = "HPI: low back and left leg pain for 9 months. "


def _functional(text: str) -> list[str]:
    return [f.value for f in extract(_TITLE + text).necessity.functional_impairment]


# --- a tolerance written as a cap on named activities, a time tolerated, an activity possible only briefly ----------

@pytest.mark.parametrize("sentence", [
    "Limits reading and computer work to 20 minutes.",
    "The pain restricts her walking to 2 blocks.",
    "Sitting and driving restricted to 30 min.",
    "She tolerates only 15 minutes of standing.",
    "She is able to stand for just 10 minutes.",
    "She can only read for half an hour.",
])
def test_tolerance_caps_are_functional_impairment(sentence: str) -> None:
    assert _functional(_HPI + sentence) == [sentence]


def test_guard_procedure_time_cap_is_no_impairment() -> None:
    assert _functional(_HPI + "Fluoro time limited to 1 minute.") == []


# --- an OCR line break inside "can-|not" is "cannot", a limitation, not a negation of what follows -------------------

@pytest.mark.parametrize("text, value", [
    ("He can-\nnot stand long enough to finish a shift at the plant.",
     "He can- not stand long enough to finish a shift at the plant."),
    ("She can-\nnot walk to the mailbox.", "She can- not walk to the mailbox."),
])
def test_cannot_split_by_an_ocr_line_break(text: str, value: str) -> None:
    assert _functional(_HPI + text) == [value]


def test_guard_negated_limitation_stays_negated() -> None:
    assert _functional(_HPI + "Gabapentin does not keep her from sleeping.") == []


# --- symptom durations: OCR slips in the unit, a bare duration closing a grid row -------------------------------------

def _duration(text: str) -> tuple[float, str] | None:
    d = extract(_TITLE + text).necessity.symptom_duration
    return (d.weeks, d.evidence[0].text) if d else None


@pytest.mark.parametrize("text, expected", [
    ("History: left groin pain for 4 rnonths with numbness.", (17.3333, "for 4 rnonths")),
    ("History: neck pain x 6 vveeks, worse at night.", (6.0, "x 6 vveeks")),
])
def test_ocr_unit_slips_in_a_duration(text: str, expected: tuple[float, str]) -> None:
    assert _duration(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Radicular arm pain/paresthesia     Y        left lateral arm to thumb, 4 months\n", (17.3333, "4 months")),
    ("Pain | low back and right leg | 7 months\n", (30.3333, "7 months")),
    ("Symptoms: numbness of the left foot; 10 wks\n", (10.0, "10 wks")),
])
def test_duration_closing_a_grid_row_or_field(text: str, expected: tuple[float, str]) -> None:
    assert _duration(text) == expected


def test_guard_care_duration_in_a_grid_row_is_no_symptom_duration() -> None:
    assert _duration("Failed conservative care           Y        physical therapy, 6 weeks\n") is None


# --- a plain "Pain score:" field nested under a post-procedure heading is the post score -----------------------------

@pytest.mark.parametrize("heading", ["Post-procedure Assessment", "Post-Procedure", "Recovery"])
def test_plain_score_field_under_a_post_heading(heading: str) -> None:
    text = (_TITLE + "Pre-procedure Assessment\n  Pain score: 7\n  Consent: signed.\n"
            "Procedure Details\n  Needle placed, 1 mL dexamethasone 10 mg injected.\n"
            f"{heading}\n  Pain score: 2\n  Complications: none\n")
    scores = [(p.timing, p.value) for p in extract(text).assessments.pain_scores]
    assert scores == [("pre", 7.0), ("post", 2.0)]


# --- pump refill: who refilled, and an unchanged daily dose -----------------------------------------------------------

def _pump(text: str) -> tuple[bool | None, bool | None]:
    p = next(p for p in extract("Intrathecal pump refill.\n" + text).procedures if p.family == "pump_refill")
    return p.performed_by_physician, p.pump_reprogrammed


@pytest.mark.parametrize("text, expected", [
    ("Site prepped; 22 g non-coring needle into the reservoir by the physician. Rate unchanged.", (True, False)),
    ("Reservoir accessed and refilled by Dr. Lane; no change to the daily dose.", (True, False)),
    ("Refill performed by RN under supervision by the physician. Settings unchanged.", (False, False)),
])
def test_pump_refill_provider_and_unchanged_dose(text: str, expected: tuple) -> None:
    assert _pump(text) == expected


def test_guard_staff_refill_under_a_physician_protocol() -> None:
    assert _pump("Refilled by the nurse per the physician's protocol. Rate unchanged.") == (False, False)


# --- round 6b, dev_fresh_ae/af: other-country and other-specialty wordings ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "She cannot lie on her right side at night.",
    "Unable to lie on the affected side.",
])
def test_cannot_lie_on_a_side_is_functional_impairment(sentence: str) -> None:
    assert _functional(_HPI + sentence) == [sentence]


def test_guard_unable_to_lie_flat_for_the_procedure_is_no_impairment() -> None:
    assert _functional(_HPI + "Unable to lie flat, so the block was done seated.") == []


def _care(text: str) -> list[tuple]:
    return [(c.modality, c.outcome, c.weeks) for c in extract(_TITLE + text).necessity.conservative_care]


@pytest.mark.parametrize("text, expected", [
    ("History: leg pain for 6 months. Physiotherapy x 3 months and tablet pregabalin - not relieved.",
     [("physical_therapy", "failed", 13.0), ("neuropathic_agents", "failed", None)]),
    ("Indication: leg pain for 5 months; failed physiotherapy\n(10 weeks, no change).", [("physical_therapy", "failed", 10.0)]),
])
def test_care_outcome_not_relieved_and_a_length_past_a_hard_wrap(text: str, expected: list) -> None:
    assert _care(text) == expected


@pytest.mark.parametrize("sentence", ["WHO checklist completed.", "Surgical safety checklist done with the team."])
def test_safety_checklist_is_a_time_out(sentence: str) -> None:
    facts = extract(_TITLE + "Consent signed. " + sentence)
    assert facts.time_out is not None and facts.time_out.value is True


@pytest.mark.parametrize("tail", ["Post 2/10. Uneventful.", "Post 2/10.\nUneventful\n", "Recovery uneventful."])
def test_uneventful_alone_is_no_complication(tail: str) -> None:
    facts = extract(_TITLE + "Consent signed. Time-out done. Kenalog 40 mg injected. " + tail)
    assert facts.complications is not None and facts.complications.value == "none"


def _indication(text: str) -> str | None:
    ind = extract(text).necessity.indication
    return ind.value if ind else None


@pytest.mark.parametrize("text, expected", [
    ("Right lumbar sympathetic block, L3.\nDx: CRPS type I, right lower limb (G90.521)\n"
     "Cold, mottled, allodynic right foot for 8 months after a fracture.\nPre 8/10.",
     "Cold, mottled, allodynic right foot for 8 months after a fracture."),
    ("Intrathecal baclofen pump refill.\nDx: multiple sclerosis (G35).\n"
     "The pump keeps her leg spasms down so she can stand to transfer.\nConsent. Time-out.",
     "The pump keeps her leg spasms down so she can stand to transfer."),
    ("Intrathecal pump refill\nDx: chronic pain due to malignancy (G89.3)\nDue for a refill this week.\nConsent.",
     "Due for a refill this week."),
])
def test_indication_from_crps_signs_spasms_and_a_due_refill(text: str, expected: str) -> None:
    assert _indication(text) == expected


def test_guard_pump_setting_change_names_no_indication() -> None:
    text = ("Intrathecal pump refill.\nDx: spasticity due to MS, G35.\n"
            "Dose increased 10% per spasticity; pump reprogrammed, new alarm date set.\nConsent. Time-out.")
    assert _indication(text) is None


def test_psychology_clearance_across_a_line_wrap() -> None:
    text = ("Spinal cord stimulator trial.\nDx: failed back surgery syndrome (M96.1)\nBack and leg pain for 4 years. "
            "Cleared\nfor neuromodulation by clinical psychology last month.\nConsent; time-out.")
    ev = extract(text).necessity.psychological_evaluation
    assert ev is not None and (ev.performed, ev.cleared) == (True, True)


def test_pump_refill_by_a_nurse_practitioner_is_a_qualified_professional() -> None:
    assert _pump("Refill performed by the nurse practitioner: 20 mL placed. Pump not reprogrammed.") == (True, False)


@pytest.mark.parametrize("tail", ["There were no complications and he left at 3/10.",
                                  "No complications; she walked out at 3/10.", "Uneventful, discharged home at 3/10."])
def test_score_on_leaving_is_the_post_score(tail: str) -> None:
    text = _TITLE + "His pain was 8/10 beforehand. Kenalog 80 mg was injected. Images were saved.\n" + tail
    assert [(p.timing, p.value) for p in extract(text).assessments.pain_scores] == [("pre", 8.0), ("post", 3.0)]


@pytest.mark.parametrize("distance", ["about half a block", "half a mile", "half a flight of stairs"])
def test_half_a_distance_is_no_relief(distance: str) -> None:
    text = (_TITLE + f"HPI: buttock and leg aching for 8 months after walking {distance}, relieved by sitting. "
            "Pain 7/10 before, 3/10 after.")
    a = extract(text).assessments
    assert (a.percent_relief, a.prior_procedure_response) == ([], [])


def test_duration_on_the_line_after_an_unpunctuated_title() -> None:
    text = ("Caudal ESI\n70F, bilat L5 radicular pain into both feet x 6 mo, weak EHL on the left. PT 8 wk, no help.\n"
            "Pre 7/10. Consent + time-out done.\n")
    d = extract(text).necessity.symptom_duration
    assert d is not None and (d.weeks, d.evidence[0].text) == (26.0, "x 6 mo")


# --- trigger point examination findings (tpi.trigger_points_found reads necessity.exam_findings) --------------------

_TPI = "Trigger point injections - right neck\nDx: myalgia of neck muscles (M79.12)\nNeck pain for 10 weeks.\n"


@pytest.mark.parametrize("sentence, value", [
    ("Exam: taut bands with local twitch responses in the right upper trapezius.",
     "taut bands with local twitch responses in the right upper trapezius."),  # the field's body
    ("Palpable taut band with a twitch response and pain referred to the buttock in the right quadratus lumborum.",
     "Palpable taut band with a twitch response and pain referred to the buttock in the right quadratus lumborum."),
    ("Active trigger points in the left levator scapulae reproduce her headache.",
     "Active trigger points in the left levator scapulae reproduce her headache."),
])
def test_trigger_point_exam_findings(sentence: str, value: str) -> None:
    facts = extract(_TPI + sentence + "\nConsent and time-out done. 1 mL 1% lidocaine into each muscle.\n")
    assert [f.value for f in facts.necessity.exam_findings] == [value]


@pytest.mark.parametrize("sentence", ["Referred to our clinic by her primary care doctor.",
                                      "No taut bands or twitch responses on exam."])
def test_guard_referral_and_denied_findings_are_no_exam_findings(sentence: str) -> None:
    facts = extract(_TPI + sentence + "\nConsent and time-out done. 1 mL 1% lidocaine into each muscle.\n")
    assert facts.necessity.exam_findings == []


@pytest.mark.parametrize("sentence, weeks", [
    ("Physical therapy with pelvic stabilization 8 weeks gave no lasting relief.", 8.0),
    ("PT focusing on lumbar stabilization 10 wks did not help.", 10.0),
])
def test_care_length_after_its_content(sentence: str, weeks: float) -> None:
    assert _care("HPI: buttock pain for 7 months. " + sentence) == [("physical_therapy", "failed", weeks)]


# --- Y/N grid values and checked boxes as field answers; a team verification as the time-out ----------------------

def _events(line: str) -> tuple:
    f = extract(_TITLE + _HPI + "\n" + line + "\nKenalog 40 mg injected. Pain 7/10 before, 2/10 after.\n")
    return (f.consent and f.consent.value, f.time_out and f.time_out.value, f.complications and f.complications.value)


@pytest.mark.parametrize("line, expected", [
    ("Consent: Y   Time-out: Y   Complications: N", (True, True, "none")),
    ("Consent: N", (False, None, None)),
    ("Consent: [X]", (True, None, None)),
    ("Patient identified with two identifiers; procedure, side and site confirmed by the team.", (None, True, None)),
])
def test_grid_answers_and_team_verification(line: str, expected: tuple) -> None:
    assert _events(line) == expected


def test_guard_not_applicable_complications_stay_none() -> None:
    assert _events("Complications: N/A") == (None, None, "none")


# --- British shorthand for a length ('6/12' months, '3/52' weeks) and abbreviated units before 'ago' -----------------

@pytest.mark.parametrize("text, expected", [
    ("HPI: right leg pain for 6/12, worse on sitting.", (26.0, "6/12")),
    ("HPI: right leg pain, 6/12 duration, worse on sitting.", (26.0, "6/12 duration")),
    ("HPI: Back pain x 3/52 after lifting.", (3.0, "3/52")),
    ("HPI: Onset 3 yrs ago. Low back pain radiating to the left leg.", (156.0, "3 yrs ago")),
])
def test_british_fraction_lengths_and_abbreviated_ago(text: str, expected: tuple) -> None:
    assert _duration(text) == expected


def test_guard_a_bare_fraction_is_no_duration() -> None:
    assert _duration("HPI: leg pain. Seen on 6/12 by her doctor.") is None


# --- score labels of other templates: 'prior N, post N', 'before/after: 7/2', admission / PACU / discharge scores ----

@pytest.mark.parametrize("line, expected", [
    ("Pain level prior 8, post 3.", [("pre", 8.0), ("post", 3.0)]),
    ("Pain scores: before 6, after 1", [("pre", 6.0), ("post", 1.0)]),
    ("Pain before/after: 7/2", [("pre", 7.0), ("post", 2.0)]),
    ("Discharge pain score 2/10. Admission pain score 7/10.", [("post", 2.0), ("pre", 7.0)]),
    ("PACU: pain 1/10. Pre: 6/10.", [("post", 1.0), ("pre", 6.0)]),
])
def test_score_labels_of_other_templates(line: str, expected: list) -> None:
    text = _TITLE + _HPI + "\nConsent signed. Time-out done. Kenalog 40 mg injected.\n" + line + "\n"
    assert [(p.timing, p.value) for p in extract(text).assessments.pain_scores] == expected


@pytest.mark.parametrize("line", [
    "Risks including bleeding, infection, nerve damage and headache reviewed; questions answered; she signed.",
    "Procedure, risks and alternatives explained. Patient wishes to go ahead.",
    "Agreed to proceed after informed discussion.",
])
def test_consent_in_other_words(line: str) -> None:
    assert _events(line)[0] is True


@pytest.mark.parametrize("line", ["Risks discussed. She declined the injection today.",
                                  "Risks and benefits discussed; she wants to think about it."])
def test_guard_risks_discussed_without_agreement_is_no_consent(line: str) -> None:
    assert _events(line)[0] is None


@pytest.mark.parametrize("sentence", [
    "Difficulty with prolonged standing and walking.",
    "Pain prevents prolonged sitting.",
    "Sleep disturbed nightly.",
    "Walking distance limited to 100 m.",
    "Struggles with stairs.",
    "Impacting his ability to work.",
])
def test_functional_wordings_of_other_templates(sentence: str) -> None:
    assert _functional(_HPI + sentence) == [sentence]


def test_guard_undisturbed_sleep_is_no_impairment() -> None:
    assert _functional(_HPI + "Sleep is not disturbed; walking is unlimited.") == []


@pytest.mark.parametrize("text, expected", [
    ("HPI: Long-standing neck pain (several years).", (104.0, "(several years")),
    ("HPI: He reports a 2 yr hx of neck pain.", (104.0, "2 yr hx")),
])
def test_vague_years_in_brackets_and_abbreviated_history(text: str, expected: tuple) -> None:
    assert _duration(text) == expected


@pytest.mark.parametrize("text, value", [
    ("MR lumbar spine - broad-based disc bulge with moderate left lateral recess stenosis at L4/5.",
     "MR lumbar spine - broad-based disc bulge with moderate left lateral recess stenosis at L4/5."),
    ("Radiology: LEFT L4-5 FORAMINAL STENOSIS, SEVERE.", "LEFT L4-5 FORAMINAL STENOSIS, SEVERE."),
])
def test_imaging_named_mr_or_radiology(text: str, value: str) -> None:
    facts = extract(_TITLE + _HPI + "\n" + text + "\n")
    assert [f.value for f in facts.necessity.imaging_findings] == [value]


def _radicular(text: str) -> list[str]:
    facts = extract(_TITLE + "Dx: lumbar radiculopathy M54.16.\n" + text + "\nConsent signed. Time-out done.\n")
    return [f.value for f in facts.necessity.radicular_findings]


@pytest.mark.parametrize("text, value", [
    ("Radiating pain: Y   left buttock to foot", "Radiating pain: Y left buttock to foot"),
    ("HPI: Neck into the right thumb, 3 months.", "Neck into the right thumb, 3 months."),
])
def test_radicular_grid_answer_and_trunk_to_limb_span(text: str, value: str) -> None:
    assert _radicular(text) == [value]


def test_guard_radiating_pain_answered_no() -> None:
    assert _radicular("Radiating pain: N") == []


# --- diagnostic block results listed by number or anaesthetic, two percents joined by a slash -----------------------

@pytest.mark.parametrize("line, expected", [
    ("Dual comparative blocks: 1) lidocaine 85% 2) bupivacaine 90%.", [(85.0, 1), (90.0, 2)]),
    ("Prior MBBs: #1 80%, #2 85%.", [(80.0, 1), (85.0, 2)]),
    ("Positive dual MBBs (90%/80%).", [(90.0, 1), (80.0, 2)]),
    ("MBB results: 1st - 95%, 2nd - 85%.", [(95.0, 1), (85.0, 2)]),
])
def test_diagnostic_block_results_in_lists(line: str, expected: list) -> None:
    text = ("Procedure: Right L4-L5 and L5-S1 facet radiofrequency ablation under fluoroscopy.\n"
            "HPI: axial low back pain for 2 years. " + line + "\nConsent signed. Time-out done.\n")
    assert [(d.percent, d.ordinal) for d in extract(text).assessments.diagnostic_blocks] == expected


@pytest.mark.parametrize("line", ["Permanent images obtained in two planes.", "Images saved in 2 planes."])
def test_images_in_two_planes_are_two_views(line: str) -> None:
    facts = extract(_TITLE + "Consent signed. Time-out done. Dexamethasone 10 mg injected.\n" + line + "\n")
    assert [p.imaging.views for p in facts.procedures if p.imaging] == [2]


# --- dev_fresh_ag: a duration opening its field before a long symptom phrase, a flare's span, care length in words --

@pytest.mark.parametrize("text, expected", [
    ("HPI: 7 mo bilat buttock + posterior thigh pain w/ heaviness after standing.", (30.3333, " 7 mo")),
    ("HPI: Low back pain on both sides that has come back over the past two months. This has been going on for about "
     "three years.", (156.0, "going on for about three years")),
])
def test_duration_opening_a_field_and_a_flare_span(text: str, expected: tuple) -> None:
    assert _duration(text) == expected


def test_guard_a_flare_span_alone_still_counts() -> None:
    assert _duration("HPI: Low back pain that has come back over the past two months.") == (
        8.6667, "over the past two months")


def test_care_length_in_words_right_after_the_care() -> None:
    assert _care("HPI: buttock pain for 7 months. PT eight weeks without relief.") == [("physical_therapy", "failed", 8.0)]


# --- any word an OCR scan hyphenated at a line end: the sentence is read with the wrap removed -----------------------

def test_functional_cue_split_by_an_ocr_hyphen_wrap() -> None:
    assert _functional(_HPI + "She has diffi-\nculty turning her head to drive.") == [
        "She has difficulty turning her head to drive."]


def test_radicular_cue_split_by_an_ocr_hyphen_wrap() -> None:
    assert _radicular("HPI: She reports sciat-\nica on the left for 5 months.") == [
        "She reports sciatica on the left for 5 months."]


def test_guard_negated_cue_split_by_a_hyphen_wrap() -> None:
    assert _functional(_HPI + "No diffi-\nculty walking.") == []


@pytest.mark.parametrize("line, expected", [
    ("Post-procedure pain 2/10. Percent relief post procedure: 75", [75.0]),
    ("Post-procedure pain 2/10. % relief post-injection = 80", [80.0]),
])
def test_percent_named_by_its_field_label(line: str, expected: list) -> None:
    text = _TITLE + _HPI + "\nConsent signed. Time-out done. Pre 7/10. Kenalog 40 mg injected.\n" + line + "\n"
    assert [r.percent for r in extract(text).assessments.percent_relief] == expected


def test_guard_a_score_in_a_percent_field_is_no_percent() -> None:
    text = _TITLE + _HPI + "\nConsent signed. Pre 7/10. Kenalog 40 mg injected.\nPost 2/10. % relief: 8/10\n"
    assert extract(text).assessments.percent_relief == []


@pytest.mark.parametrize("tail", ["Post 2/10. Relief 70%.", "Post 2/10.\nRelief: ~70%.",
                                  "Post-procedure pain 2/10.\nPercent relief: 70%"])
def test_relief_right_after_the_post_score_is_todays(tail: str) -> None:
    text = _TITLE + _HPI + "\nConsent signed. Time-out done. Pre 7/10. Kenalog 40 mg injected.\n" + tail + "\n"
    a = extract(text).assessments
    assert ([r.percent for r in a.percent_relief], a.prior_procedure_response) == ([70.0], [])


def test_guard_a_prior_result_after_the_post_score_stays_prior() -> None:
    text = (_TITLE + _HPI + "\nConsent signed. Pre 7/10. Kenalog 40 mg injected.\n"
            "Post 2/10. Prior ESI gave 70% relief for 4 months.\n")
    a = extract(text).assessments
    assert ([r.percent for r in a.percent_relief], [r.percent for r in a.prior_procedure_response]) == ([], [70.0])


@pytest.mark.parametrize("text, expected", [
    ("Pump refilled by MD; no programming changes.", (True, False)),
    ("Dr. accessed the reservoir under fluoroscopic guidance due to a deep pump; reprogrammed +10%.", (True, True)),
    ("Physician refill. Daily dose increased by 10%.", (True, True)),
    ("Refill performed by clinic nurse. Programming: no change.", (False, False)),
])
def test_pump_provider_and_programming_in_other_words(text: str, expected: tuple) -> None:
    assert _pump(text) == expected


def test_guard_guided_access_by_a_nurse_is_no_physician_skill() -> None:
    assert _pump("Refill by RN; reservoir accessed under ultrasound guidance by the RN.") == (False, None)


# --- dev_fresh_ah: an SCS trial's score with the stimulation on; care that gave 'no control' --------------------------

def test_score_with_stimulation_is_the_post_score() -> None:
    text = ("Procedure: Spinal cord stimulator trial, two leads, fluoroscopy.\nConsent signed. Time-out performed.\n"
            "Leads advanced to T8 and T9.\nPain 8/10 before, 3/10 with stimulation. No complications.\n")
    assert [(p.timing, p.value) for p in extract(text).assessments.pain_scores] == [("pre", 8.0), ("post", 3.0)]


def test_care_with_no_control() -> None:
    assert _care("HPI: back pain after lifting. Brace and tramadol x 4 wk - no control.") == [
        ("activity_modification", "failed", 4.0), ("opioids", "failed", 4.0)]
