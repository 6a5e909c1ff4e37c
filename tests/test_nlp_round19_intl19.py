"""Round 19 (issue 3, intl19): wording families of internationally trained physicians and of the corpus spec II behind
the sealed batches dev_fresh_dg and dev_fresh_dh, as fictional snippets written for these tests (never a corpus
sentence). Each case gives exact values and failed before its change; the guards (named so) pin readings the change
must keep.

- Care that the pain is 'not settling' with, and its kin without an auxiliary ('not easing on', 'not resolving
  despite', 'not responding to', 'failed to settle'): the care failed (fdg-tfesi-01, fdg-tpi-01). British and
  Commonwealth drug names are care: paracetamol (acetaminophen), co-codamol and tapentadol (opioids), etoricoxib and
  aceclofenac (NSAIDs), hydrotherapy (physical therapy).
- An SCS trial's score told after its stimulation cue ('with stimulation on VAS 3/10', 'during test stimulation 2/10',
  'Stim on: 4/10') is the post score (fdg-h-scs-01); a score with the stimulation off is not.
- The psychology service as the subject that cleared the patient ('Psychology cleared him before the trial', 'the pain
  psychologist signed her off'), or the patient 'seen by psychology': the evaluation is documented (fdh-h-scsimp-01);
  a referral or a plan to see psychology is not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _snippet import NO_INFO, whole
from api import pipeline
from nlp import extract

DOS = dt.date(2026, 3, 10)


def _result(text: str):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service="11", source="r19i")


def _whole(text: str) -> tuple[list, set[str]]:
    """Code lines and the error and warning finding elements."""
    return whole(_result(text), NO_INFO)


# --- care the pain is 'not settling' with ------------------------------------------------------------------------------

_ESI = ("LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION\nDiagnosis: Lumbar radiculopathy, left (M54.16)\n"
        "History: Pain from the back into the left calf and sole for 6 months, with numbness of the lateral foot. {care}\n"
        "He cannot walk more than 200 m and has stopped driving.\n"
        "MRI: left L5/S1 disc protrusion contacting the S1 root.\n"
        "Procedure explained, written consent taken. Time out done. No sedation. Under fluoroscopy a 22G needle to the left "
        "L5-S1 foramen; Omnipaque 240 1 ml outlined the root; dexamethasone 10 mg injected. AP and lateral images saved.\n"
        "VAS 7/10 before, 2/10 after. No complications.\n")


def _care(care: str) -> list[tuple[str, str | None]]:
    return sorted((c.modality, c.outcome) for c in _result(_ESI.format(care=care)).necessity.conservative_care)


@pytest.mark.parametrize("care, expected", [
    ("Ten weeks of physiotherapy and pregabalin; the pain is not settling with these.",
     [("neuropathic_agents", "failed"), ("physical_therapy", "failed")]),
    ("Symptoms not settling with 8 weeks of hydrotherapy and paracetamol.",
     [("acetaminophen", "failed"), ("physical_therapy", "failed")]),
    ("Leg pain not easing on co-codamol and etoricoxib taken for 2 months.",
     [("nsaids", "failed"), ("opioids", "failed")]),
    ("Leg pain not responding to 6 weeks of physiotherapy.", [("physical_therapy", "failed")]),
    ("The pain is not resolving despite tapentadol and a home exercise programme for 6 weeks.",
     [("home_exercise", "failed"), ("opioids", "failed")]),
])
def test_not_settling_with_care_is_failed_care(care: str, expected: list) -> None:
    assert _care(care) == expected
    assert _whole(_ESI.format(care=care)) == ([("64483", ["LT"], 1), ("J1100", [], 10)], set())


def test_not_settling_with_care_meets_the_esi_care_requirement() -> None:
    text = _ESI.format(care="Physiotherapy for 10 weeks and aceclofenac - pain is not settling with these.")
    assert _whole(text) == ([("64483", ["LT"], 1), ("J1100", [], 10)], set())  # no conservative_care, nothing else


def test_guard_care_only_listed_stays_without_outcome() -> None:
    """A pain that does not settle at night says nothing of the care listed beside it."""
    care = "She did physiotherapy for 8 weeks and takes paracetamol. The pain is not settling at night."
    assert _care(care) == [("acetaminophen", None), ("physical_therapy", None)]
    assert _whole(_ESI.format(care=care)) == ([("64483", ["LT"], 1), ("J1100", [], 10)], {"conservative_care"})


# --- an SCS trial's score with the stimulation on ------------------------------------------------------------------------

_SCS = ("Spinal cord stimulator trial, two percutaneous leads.\nDiagnosis: failed back surgery syndrome (M96.1).\n"
        "Consent obtained. Time out done. No sedation. Under fluoroscopy two leads were steered to the top of T8.\n"
        "{scores}\nNo complications.\n")


def _pain(scores: str) -> list[tuple[str, float]]:
    return [(s.timing, s.value) for s in _result(_SCS.format(scores=scores)).assessments.pain_scores]


@pytest.mark.parametrize("scores, expected", [
    ("Pain VAS 8/10 before, with stimulation on VAS 3/10.", [("pre", 8.0), ("post", 3.0)]),
    ("NRS 7 pre-procedure; during test stimulation 2/10.", [("pre", 7.0), ("post", 2.0)]),
    ("VAS 9/10 before, and with the stimulator switched on 4/10.", [("pre", 9.0), ("post", 4.0)]),
    ("NRS 8 before, stim on 3/10.", [("pre", 8.0), ("post", 3.0)]),
])
def test_score_after_a_stimulation_cue_is_the_post_score(scores: str, expected: list) -> None:
    assert _pain(scores) == expected
    # no post_procedure_pain_score; the trial snippet tells no care, no psychological evaluation and no duration
    assert _whole(_SCS.format(scores=scores)) == ([("63650", [], 2), ("77003", [], 1)],
                                                  {"conservative_care", "indication", "symptom_duration"})


def test_guard_score_with_stimulation_off_is_not_post() -> None:
    scores = "Pain 8/10 before, with stimulation off 8/10, with stimulation on 3/10."
    assert _pain(scores) == [("pre", 8.0), ("pre", 8.0), ("post", 3.0)]
    assert _whole(_SCS.format(scores=scores)) == ([("63650", [], 2), ("77003", [], 1)],
                                                  {"conservative_care", "indication", "symptom_duration"})


# --- the psychology service that cleared the patient ---------------------------------------------------------------------

_IMPLANT = ("Permanent spinal cord stimulator implant.\nPost-laminectomy syndrome (M96.1) with leg pain for 3 years; "
            "physiotherapy, gabapentin and epidurals failed. The trial gave 70% relief. {psych}\n"
            "Consent signed. Time out. No sedation. Two leads placed under fluoroscopy to T8; generator implanted in the "
            "left buttock. No complications.\n")


@pytest.mark.parametrize("psych", [
    "Psychology cleared him before the trial.",
    "Psych has cleared her for the implant.",
    "The pain psychologist signed him off last month.",
    "Seen by psychology in March and felt to be a suitable candidate.",
    "Psychology review: satisfactory.",
])
def test_psychology_clearance_told_with_the_service_as_subject(psych: str) -> None:
    result = _result(_IMPLANT.format(psych=psych))
    evaluation = result.facts.necessity.psychological_evaluation
    # a sign-off and a satisfactory review clear too (round 20, tgap20)
    assert ([e.text for e in evaluation.evidence], evaluation.performed, evaluation.cleared) == ([psych], True, True)
    # two percutaneous leads and the generator; no indication finding and no other
    assert whole(result, NO_INFO) == ([("63650", [], 2), ("63685", [], 1), ("77003", [], 1)], set())


@pytest.mark.parametrize("psych", [
    "Psychology referral has been placed.",
    "He will see psychology next month.",
    "Psychology has not cleared him yet.",
])
def test_guard_psychology_referral_or_plan_is_no_evaluation(psych: str) -> None:
    result = _result(_IMPLANT.format(psych=psych))
    assert result.facts.necessity.psychological_evaluation is None
    assert whole(result, NO_INFO) == ([("63650", [], 2), ("63685", [], 1), ("77003", [], 1)], {"indication"})


# --- radicular words that tell another picture -----------------------------------------------------------------------

_CESI = ("LEFT C6-C7 INTERLAMINAR EPIDURAL STEROID INJECTION\nDiagnosis: Cervical spondylosis (M47.812)\n"
         "History: {s}\nEight weeks of physiotherapy gave no relief. She cannot turn her head to reverse the car.\n"
         "MRI: C5/6 disc osteophyte complex.\nConsent taken. Time out done. No sedation. Under fluoroscopy, loss of "
         "resistance at C6-C7, Omnipaque 1 ml, triamcinolone 40 mg. AP and lateral images saved. VAS 7/10 before, 3/10 "
         "after. No complications.\n")


def _radicular(s: str) -> list[str]:
    return [x.value for x in _result(_CESI.format(s=s)).necessity.radicular_findings]


@pytest.mark.parametrize("s", [
    "Neck pain for 3 years radiating to the shoulder blade, not into the arm.",
    "Neck pain radiating to the trapezius but not down the arm.",
    "Neck pain radiating to the top of the shoulder; it does not radiate into either arm.",
    "Neck pain radiating to the scapula, never into the arm.",
    "Consent signed after discussing numbness of the arm.",
    "Risks including weakness and numbness of the hand were explained.",
])
def test_limb_denied_or_risk_at_consent_is_no_radicular_finding(s: str) -> None:
    assert _radicular(s) == []


@pytest.mark.parametrize("s", [
    "Neck pain radiating into the right arm, not into the hand.",
    "She has numbness of the left thumb; risks were discussed.",
    "Sensory deficit over the radial border of the left forearm.",
    "Sensory impairment in the left C6 dermatome.",
])
def test_guard_limb_named_or_symptom_before_risk_stays_radicular(s: str) -> None:
    assert _radicular(s) == [s]


def test_crps_signs_on_a_diagnosis_line_are_no_radicular_finding() -> None:
    text = ("Right stellate ganglion block under ultrasound.\nDiagnosis: complex regional pain syndrome of the right upper "
            "limb (G90.511) for 5 months; swelling, colour change and allodynia of the right hand.\nConsent taken. Time "
            "out done. Ropivacaine 0.2% 5 ml injected. VAS 6/10 before, 2/10 after. No complications.\n")
    assert _result(text).necessity.radicular_findings == []


# --- a per-site amount with its sum told again ---------------------------------------------------------------------------

_SINB = ("Left sacroiliac joint lateral branch blocks under fluoroscopy.\nConsent signed. Time out done. No sedation.\n"
         "Needles were placed at the left L5 dorsal ramus and lateral to the S1, S2 and S3 foramina. {s}\n"
         "No complications.\n")


@pytest.mark.parametrize("s, dose", [
    ("At each of the four sites 0.5 mL of 0.5% bupivacaine was given, 2 mL in all.", 10.0),
    ("At each of the four sites 0.5 mL of 0.5% bupivacaine was given; 2 mL in total.", 10.0),
    ("At each of the three sites 1 mL of 0.25% bupivacaine was injected, 3 mL altogether.", 7.5),
])
def test_sum_of_the_sites_told_again_keeps_the_per_site_amount(s: str, dose: float) -> None:
    assert [(d.generic, d.dose, d.dose_unit) for d in extract(_SINB.format(s=s)).drugs] == [("bupivacaine", dose, "mg")]


def test_guard_total_that_does_not_add_up_is_not_taken_as_the_sum() -> None:
    s = "At each of the four sites 0.5 mL of 0.5% bupivacaine was given, 3 mL in all."
    assert [(d.generic, d.dose) for d in extract(_SINB.format(s=s)).drugs] == [("bupivacaine", 2.5)]


# --- British wordings of saved images, complications and the time-out ---------------------------------------------------

def _saved(s: str) -> tuple[str | None, bool | None, int | None]:
    text = ("Left L5-S1 transforaminal epidural steroid injection.\nConsent taken. Under fluoroscopy the needle was "
            f"placed. {s} Dexamethasone 8 mg injected.\nNo complications.\n")
    img = extract(text).procedures[0].imaging
    return (img.modality, img.saved_images, img.views) if img else (None, None, None)


@pytest.mark.parametrize("s", ["AP and lateral X-ray images were saved.", "AP and lateral radiographs were saved.",
                               "AP and lateral X-rays were stored."])
def test_xray_images_with_todays_views_are_saved_images(s: str) -> None:
    assert _saved(s) == ("fluoroscopy", True, 2)


@pytest.mark.parametrize("s", ["Her previous X-ray images were saved on a disc.",
                               "The outside x-ray images are saved in the chart."])
def test_guard_past_xray_images_are_not_todays(s: str) -> None:
    assert _saved(s) == ("fluoroscopy", None, None)


_BRIEF = ("Right L5-S1 transforaminal epidural steroid injection.\nDiagnosis: lumbar radiculopathy (M54.16).\n"
          "Consent taken. {to}\nUnder fluoroscopy the needle was placed; Omnipaque 1 ml, dexamethasone 8 mg.\n{cx}\n")


@pytest.mark.parametrize("s, expected", [
    ("No haematoma, no dural tap.", "none"),
    ("There was no haemorrhage or paraesthesia.", "none"),
    ("Risks including haematoma and dural tap were explained.", None),
])
def test_british_complication_wordings(s: str, expected: str | None) -> None:
    facts = extract(_BRIEF.format(to="Time out done.", cx=s))
    assert (facts.complications.value if facts.complications else None) == expected


@pytest.mark.parametrize("s, expected", [
    ("LocSSIPs checklist completed.", True),
    ("Stop-moment performed with the team.", True),
    ("LocSSIPs checklist not completed.", False),
])
def test_uk_safety_checklist_is_the_time_out(s: str, expected: bool) -> None:
    facts = extract(_BRIEF.format(to=s, cx="No complications."))
    # the checklist told as not completed is a time-out documented as not done (round 20, tgap20)
    assert (facts.time_out.value, [e.text for e in facts.time_out.evidence]) == (expected, [s.split()[0]])


def test_pain_not_settling_closing_the_care_clause() -> None:
    care = "Tried NSAIDs and physio for 2 months; pain not settling."
    assert _care(care) == [("nsaids", "failed"), ("physical_therapy", "failed")]
    assert _whole(_ESI.format(care=care)) == ([("64483", ["LT"], 1), ("J1100", [], 10)], set())
