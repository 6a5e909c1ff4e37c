"""Round 19 (issue 3, r2a): the wording families behind the errors of the sealed copy-forward batch dev_fresh_dm, as
fictional snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before its
change; the guards (named so) pin readings the change must keep.

- A copied-forward plan set apart as a label or a quote ('Copied plan: "..."', 'Old plan: ...', 'Plan from last
  visit (copied): ...', 'the stale plan line "MBB x2 then RFA"') is an earlier note's text, never today's procedure
  (fdm-h-sinb-01: no 64625; fdm-h-rfa-01: no 64493); a later step made conditional on today's block ('SI RFA if
  positive') is a plan.
- A drug word naming a risk in consent boilerplate ('steroid side effects such as elevated glucose', 'side effects of
  the steroid') is no unnamed steroid given (fdm-lsb-01, fdm-mbb-01, fdm-mbb-02: drug_name).
- A templated negative list ('ROS: negative for fever, weight loss, ..., leg weakness') denies every item however long
  the list is: no radicular finding (fdm-lsb-01, fdm-mbb-01, fdm-h-onb-01).
- An injury's age in days, weeks or months ('compression fracture, 6 weeks old', 'a 3-week-old fracture') is the
  symptoms' duration; never a study's age or a person's (fdm-h-va-01: symptom_duration).
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp
from api import pipeline

DOS = dt.date(2026, 5, 12)


def _result(text: str, pos: str = "11"):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service=pos, source="r2a")


def _lines(result) -> list[tuple[str, list[str], int]]:  # noqa: ANN001
    return sorted((c.code, sorted(c.modifiers), c.units) for c in result.codes)


def _elements(result) -> set[str]:  # noqa: ANN001
    return {f.element for f in result.findings if f.severity != "info"}


def _families(result) -> list[str]:  # noqa: ANN001
    return sorted(p.family for p in result.procedures)


# --- a copied-forward plan set apart as a label or a quote ----------------------------------------------------------------

_SINB = ("Left sacroiliac joint lateral branch blocks (left L5 dorsal ramus, S1-S3 lateral branches). Diagnostic.\n\n"
         "Left SI joint pain for 18 months; sacroiliitis, M46.1. Eight weeks of PT and meloxicam did not help. She cannot "
         "sit through a meal.\n{plan}\n\nConsent signed after risks were reviewed. Time-out done. Pain 7/10 before.\n"
         "Prone; under fluoroscopy 25-gauge needles at the left L5 dorsal ramus and the lateral edges of the left S1, S2 "
         "and S3 foramina; 0.5% bupivacaine 0.5 mL at each of the four points. Pain 2/10 at 20 minutes. No "
         "complications.\n")


@pytest.mark.parametrize("plan", [
    'Copied plan: "left SIJ lateral branch blocks; left SI joint RFA after that."',
    'Pasted plan line: "left SI joint RFA"',
    "Plan (copied): left SI joint RFA after two blocks.",
    'Last visit\'s plan "left SIJ radiofrequency ablation" was left in.',
    'Prior plan, unchanged: "left SI joint RFA".',
    'Old plan: "SIJ LBB x2; then left SIJ RFA".',
    # a later step made conditional on today's block, in a plan not marked as copied
    "Plan today is the blocks, with SI joint RFA if positive.",
    "Left SI RF ablation to follow if both blocks are positive.",
])
def test_copied_or_conditional_plan_makes_no_rfa(plan: str) -> None:
    r = _result(_SINB.format(plan=plan))
    assert _families(r) == ["si_joint_nerve_block"]
    assert _lines(r) == [("64451", ["LT"], 1)]
    assert _elements(r) == set()  # the block's note tells all it needs


def test_guard_plan_followed_today_is_todays_rfa() -> None:
    text = ("Left sacroiliac joint radiofrequency ablation.\n\nLeft SI joint pain for 2 years (M46.1); two lateral branch "
            "blocks gave 90% and 85% relief. PT and NSAIDs failed. Cannot sit for 20 minutes.\nAs per the previous plan we "
            "proceeded with the ablation today.\nConsent signed. Time-out done. Pain 6/10 before.\nUnder fluoroscopy RF "
            "cannulas at the left L5 dorsal ramus and the left S1, S2 and S3 lateral branches; 2% lidocaine 1 mL at each; "
            "thermal lesions at 80 C for 90 seconds. Pain 3/10 after. No complications.\n")
    r = _result(text)
    assert _families(r) == ["si_joint_rfa"]
    assert _lines(r) == [("64625", ["LT"], 1)]
    assert _elements(r) == set()


_RFA = ("Repeat bilateral L3-L4 and L4-L5 radiofrequency ablation, hospital outpatient.\n\nRFA of the same joints 14 months "
        "ago gave 75% relief for 9 months; two diagnostic blocks before it gave 90% and 80%. Axial back pain for 5 years, "
        "M47.816. Physical therapy and NSAIDs failed. He cannot walk more than a block.\n{plan}\n\nConsent signed. "
        "Time-out completed. Pain 8/10 before. Prone. Under fluoroscopy RF cannulas were placed at the L2 and L3 medial "
        "branches on both sides and at the L4 medial branch on both sides. Motor testing negative. 1% lidocaine 0.5 mL at "
        "each nerve, then thermal lesions at 85 C for 90 seconds. Pain 3/10 after. No complications.\n")


@pytest.mark.parametrize("plan", [
    'The old plan line "MBB x2 then RFA" is still in the chart.',
    'Stale plan text: "bilateral L3-4, L4-5 medial branch blocks, two sets."',
    'Plan from the last visit, unchanged: "bilateral L3-4 and L4-5 MBB, then RFA"',
])
def test_quoted_or_labelled_old_plan_adds_no_block(plan: str) -> None:
    r = _result(_RFA.format(plan=plan), pos="22")
    assert _families(r) == ["facet_rfa"]
    assert _lines(r) == [("64635", ["50"], 1), ("64636", ["50"], 1)]
    assert _elements(r) == set()  # a repeat whose first ablation held 9 months, and all else told


# --- a drug word naming a risk ---------------------------------------------------------------------------------------------

_MBB = ("Right L4-L5 and L5-S1 diagnostic medial branch blocks (right L3, L4 medial branches and L5 dorsal ramus).\n\n"
        "Axial right low back pain for 14 months, M47.816; twelve weeks of PT and ibuprofen failed. She cannot vacuum; ODI "
        "38%.\n{consent}\nTime-out done. Pain 7/10 before.\nUnder fluoroscopy 22-gauge needles at the three nerves; 0.5% "
        "bupivacaine 0.5 mL at each. {extra}Pain 1/10 at 30 minutes (86% relief). No complications.\n")


@pytest.mark.parametrize("consent", [
    "Consent: risks reviewed including bleeding, infection, nerve injury and steroid side effects such as a raised blood "
    "sugar and flushing; she signed.",
    "We discussed possible side effects of the steroid, infection and bleeding; written consent obtained.",
    "Consent signed; risks incl. bleeding, infection, corticosteroid-related insomnia and steroid-induced hyperglycemia.",
    "Risks reviewed (bleeding, infection, nerve damage, reactions to the steroid or local anesthetic); she consented.",
])
def test_steroid_named_as_a_risk_is_no_drug(consent: str) -> None:
    r = _result(_MBB.format(consent=consent, extra=""))
    assert sorted((d.generic, d.dose, d.dose_unit) for d in r.drugs) == [("bupivacaine", 7.5, "mg")]
    assert _elements(r) == set()  # no drug_name; the snippet tells all else the block needs
    assert _lines(r) == [("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1)]


def test_guard_an_unnamed_steroid_injected_is_still_a_drug() -> None:
    r = _result(_MBB.format(consent="Consent signed after risks were reviewed.",
                            extra="A steroid was injected with the bupivacaine at each nerve. "))
    assert sorted((d.generic, d.dose, d.dose_unit) for d in r.drugs) == [("bupivacaine", 7.5, "mg"),
                                                                        ("unspecified_steroid", None, None)]
    assert _elements(r) == {"drug_name"}
    assert _lines(r) == [("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1)]


# --- a templated negative list --------------------------------------------------------------------------------------------

_ESI = ("Left L5-S1 interlaminar epidural steroid injection.\n\nLumbar spondylosis with stenosis, M48.061, for 6 months. "
        "{ros}\nTen weeks of PT and naproxen failed. Cannot stand for 10 minutes. MRI: L5-S1 central stenosis.\n")


@pytest.mark.parametrize("ros", [
    "ROS: negative for fever, night sweats, weight loss, bowel or bladder changes, saddle anesthesia, leg weakness.",
    "Review of systems (template): no fever, chest pain, vision change, weakness, or bowel/bladder change.",
    "Patient denies fevers, chills, unintended weight loss, chest pain, shortness of breath, arm or leg numbness.",
])
def test_templated_negative_list_is_no_radicular_finding(ros: str) -> None:
    assert nlp.extract(_ESI.format(ros=ros)).necessity.radicular_findings == []


@pytest.mark.parametrize("ros", [
    "ROS negative for fever; reports numbness down the left leg to the foot.",
    "No relief from therapy, and shooting pain down the left leg persists.",
    "Denies bowel or bladder change but has tingling and numbness in the left foot.",
])
def test_guard_an_affirmed_symptom_after_a_negative_list_counts(ros: str) -> None:
    assert [x.value for x in nlp.extract(_ESI.format(ros=ros)).necessity.radicular_findings] == [ros]


# --- an injury's age as the symptoms' duration ---------------------------------------------------------------------------

_VA = "L1 kyphoplasty, hospital outpatient.\n\n{h}\nConsent signed. Time-out done.\n"


@pytest.mark.parametrize("history, weeks, span", [
    ("Osteoporotic L1 compression fracture (M80.08XA), 5 weeks old, with severe back pain; bracing failed.", 5.0,
     "5 weeks old"),
    ("A 3-week-old T12 compression fracture with severe back pain.", 3.0, "3-week-old"),
])
def test_injury_age_is_the_symptom_duration(history: str, weeks: float, span: str) -> None:
    d = nlp.extract(_VA.format(h=history)).necessity.symptom_duration
    assert (d.weeks, [e.text for e in d.evidence]) == (weeks, [span])


@pytest.mark.parametrize("history", [
    "Back pain from an L1 compression fracture; a 6-week-old MRI shows edema.",
    "72 years old woman with back pain from an L1 compression fracture.",
])
def test_guard_a_study_or_a_persons_age_is_no_symptom_duration(history: str) -> None:
    assert nlp.extract(_VA.format(h=history)).necessity.symptom_duration is None
