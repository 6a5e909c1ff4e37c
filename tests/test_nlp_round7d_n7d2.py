"""Documentation wordings found by the first readings of `dev_fresh_ar` (published sample notes, second source) and
`dev_fresh_as` (several procedures in one session) in round 7d, fixer N7d2 (necessity and documentation readers):
a consent whose list of risks runs long or wraps onto the next line, why a patient has an intrathecal pump told as the
therapy and its purpose, an activity the pain limited told in the past tense, a technique that points back at the
trigger points found in the exam by their count, and a prior block given with a local anaesthetic alone (or whose
relief lasted hours) as a diagnostic block.

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract

# --- consent: the risks listed at length, or wrapped onto the next line, then "were discussed; he agreed" -------------

_ESI = "Procedure: L5-S1 interlaminar epidural steroid injection under fluoroscopy.\n"


@pytest.mark.parametrize("text", [
    "Informed consent: risks including infection, bleeding, spinal headache, nerve damage and allergic reaction\n"
    "were discussed; he agreed and signed.\n",
    "Consent: the risks, among them bleeding, infection, a post-dural puncture headache, worsened pain and a rare\n"
    "nerve injury, were explained and she agreed to proceed.\n",
    "The risks of bleeding, infection, headache, increased pain, nerve injury, paralysis and reaction to the contrast "
    "dye or the steroid were reviewed with the patient, who agrees to go ahead.\n",
])
def test_a_long_or_wrapped_list_of_risks_then_agreement_is_consent(text: str) -> None:
    consent = extract(_ESI + text).consent
    assert consent is not None and consent.value is True


def test_guard_a_long_risk_talk_without_agreement_is_no_consent() -> None:
    text = ("Risks including infection, bleeding, spinal headache, nerve damage and allergic reaction to the dye\n"
            "were discussed at length; she would like to think it over with her family.\n")
    assert extract(_ESI + text).consent is None


# --- pump indication: the intrathecal therapy and what it is for ----------------------------------------------------

_PUMP = "Procedure: intrathecal pump refill.\nThe reservoir was accessed and refilled.\n"


@pytest.mark.parametrize("field, value", [
    ("Diagnosis: Chronic pain syndrome (G89.4); intrathecal therapy for intractable back and leg pain.",
     "Chronic pain syndrome (G89.4); intrathecal therapy for intractable back and leg pain."),
    ("Diagnosis: G89.4. Pump history: IT hydromorphone since 2019 for cancer pain of the pelvis.",
     "Pump history: IT hydromorphone since 2019 for cancer pain of the pelvis."),
    ("Diagnosis: spastic paraparesis (G82.21), intrathecal baclofen to control spasticity.",
     "spastic paraparesis (G82.21), intrathecal baclofen to control spasticity."),
    ("Diagnosis: G89.4, intrathecal drug delivery for failed back surgery syndrome.",
     "G89.4, intrathecal drug delivery for failed back surgery syndrome."),
])
def test_intrathecal_therapy_for_a_condition_is_the_indication(field: str, value: str) -> None:
    ind = extract(_PUMP + field).necessity.indication
    assert ind is not None and ind.value == value


def test_guard_intrathecal_therapy_for_a_span_of_years_is_no_indication() -> None:
    assert extract("Procedure: intrathecal pump refill.\nDiagnosis: G89.4.\n"
                   "She has been on intrathecal morphine for 6 years.").necessity.indication is None


# --- functional impairment: the activity the pain limited, restricted or kept the patient from ----------------------

_RFA = "Procedure: right C4-C5 cervical radiofrequency ablation.\n"


@pytest.mark.parametrize("sentence", [
    "HPI: 2 years of right neck pain from cervical spondylosis that limited driving and reading.",
    "HPI: low back pain for 9 months, restricting her gardening and housework.",
    "HPI: cervical pain for a year that has curtailed his typing at work.",
])
def test_an_activity_the_pain_limited_is_functional_impairment(sentence: str) -> None:
    assert [f.value for f in extract(_RFA + sentence).necessity.functional_impairment] == [sentence[5:]]


_ONB = "Procedure: right greater occipital nerve block.\nHPI: right occipital pain for 5 months. "


@pytest.mark.parametrize("sentence", [
    "She cannot lie on her pillow or work on screens.",
    "L knee pain 2 yrs, failed PT, can't do stairs.",
    "He cannot do the stairs at home.",
    "He can't lie on his pillow at night.",
    "She can no longer use a computer for more than 20 minutes.",
])
def test_an_everyday_task_the_patient_cannot_do_is_functional_impairment(sentence: str) -> None:
    assert [f.value for f in extract(_ONB + sentence).necessity.functional_impairment] == [sentence]


@pytest.mark.parametrize("sentence", ["He cannot lie still for an MRI.", "She cannot use NSAIDs because of her kidneys.",
                                      "Unable to lie on the table prone, so the block was done seated."])
def test_guard_lying_still_or_using_a_drug_is_no_impairment(sentence: str) -> None:
    assert extract(_ONB + sentence).necessity.functional_impairment == []


def test_guard_a_limited_exam_is_no_impairment() -> None:
    assert extract(_RFA + "HPI: neck pain for 9 months. Limited exam due to body habitus.").necessity.functional_impairment == []


# --- TPI muscles: the technique points back at the trigger points found by their count ------------------------------

_TPI = ("Procedure: trigger point injections.\n"
        "Indication: low back pain for 3 months with taut bands in the left quadratus lumborum and the left gluteus "
        "medius.\n")


@pytest.mark.parametrize("technique", [
    "Technique: 27 g needle; 1% lidocaine injected into each of the two trigger points.",
    "Technique: 25 g needle; both trigger points were injected with 0.5% bupivacaine 2 mL.",
    "Technique: the two identified trigger points were each injected with 1 mL of 1% lidocaine.",
])
def test_trigger_points_counted_back_take_the_muscles_named_before(technique: str) -> None:
    muscles = [m.value for p in extract(_TPI + technique).procedures for m in p.muscles]
    assert muscles == ["left quadratus lumborum", "left gluteus medius"]


def test_a_group_name_beside_one_of_its_muscles_adds_none() -> None:
    text = ("Procedure: Trigger point injections, right gluteal region\n"
            "Indication: buttock pain for 4 months, taut bands in the right gluteus medius and the piriformis.\n"
            "Technique: 25 g needle, 2 mL 0.5% bupivacaine into each of the 2 trigger points.")
    assert [m.value for p in extract(text).procedures for m in p.muscles] == ["right gluteus medius", "piriformis"]


def test_guard_a_technique_without_a_back_reference_names_no_exam_muscle() -> None:
    muscles = [m.value for p in extract(_TPI + "Technique: 1% lidocaine 2 mL was injected.").procedures for m in p.muscles]
    assert muscles == []


# --- a prior block with a local anaesthetic alone, or relief for hours, is a diagnostic block -----------------------

_SIJ = "Procedure: right sacroiliac joint injection, therapeutic, under fluoroscopy.\n"


@pytest.mark.parametrize("history", [
    "Right buttock pain for 7 months; a right SI block with lidocaine in May gave 90% relief for 4 hours.",
    "An anesthetic-only right SI joint block in March gave 85% relief.",
    "A right SIJ block in April relieved 80% of her pain for about 3 hours.",
    "A lidocaine SI block last month gave 90% relief.",
])
def test_an_anaesthetic_block_or_hours_of_relief_is_a_diagnostic_block(history: str) -> None:
    a = extract(_SIJ + "HPI: " + history).assessments
    assert ([r.percent for r in a.diagnostic_blocks], a.prior_procedure_response) == (
        [float(history.split("%")[0].split()[-1])], [])


def test_guard_a_steroid_block_lasting_months_is_a_prior_response() -> None:
    a = extract(_SIJ + "HPI: a right SI block with lidocaine and Kenalog in March gave 70% relief for 4 months.").assessments
    assert ([r.percent for r in a.prior_procedure_response], a.diagnostic_blocks) == ([70.0], [])
