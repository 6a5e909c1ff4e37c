"""Pain scores and their timing, percent relief (now, prior blocks, prior procedures), durations,
conservative care and the other necessity facts."""

from __future__ import annotations

from nlp import extract


def _scores(text: str) -> list[tuple[str, float]]:
    return [(s.timing, s.value) for s in extract(text).assessments.pain_scores]


def test_pre_and_post_scores_with_cues_before_and_after() -> None:
    assert _scores("L5 TFESI.\nPre-procedure pain 7/10. Post-procedure pain 2/10.") == [("pre", 7.0), ("post", 2.0)]
    assert _scores("L5 TFESI.\nPain score 7/10 before. Pain 3 out of 10 after.") == [("pre", 7.0), ("post", 3.0)]
    assert _scores("L5 TFESI.\nPain decreased from 8/10 to 2/10.") == [("pre", 8.0), ("post", 2.0)]


def test_bare_scale_scores_and_history_baseline() -> None:
    text = ("HISTORY: She rates her pain 6/10 on average.\nPROCEDURE: Left L4-5 TFESI\nPre-procedure NRS 9. "
            "Post NRS 2.")
    facts = extract(text)
    scores = [(s.timing, s.value, s.scale) for s in facts.assessments.pain_scores]
    assert scores == [("baseline", 6.0, None), ("pre", 9.0, "NRS"), ("post", 2.0, "NRS")]
    assert facts.assessments.pain_scores[1].evidence[0].text == "NRS 9"


def test_dates_are_not_scores() -> None:
    assert _scores("L5 TFESI on 3/10/2024.\nPain 5/10.") == [("pre", 5.0)]


def test_relief_now_prior_blocks_and_prior_procedures() -> None:
    text = ("Bilateral L4-5 radiofrequency ablation.\n"
            "HISTORY: The first diagnostic medial branch block gave 90% relief for 6 hours and the second 80%. "
            "A previous ESI provided 50% relief for 2 months.\n"
            "POST-PROCEDURE: 85% relief after the procedure.")
    a = extract(text).assessments
    assert [(r.percent, r.duration_days) for r in a.percent_relief] == [(85.0, None)]
    assert [(r.percent, r.ordinal, r.duration_days) for r in a.diagnostic_blocks] == [(90.0, 1, 0.25), (80.0, 2, None)]
    assert [(r.percent, r.duration_days, r.procedure) for r in a.prior_procedure_response] == [
        (50.0, 60.6667, "interlaminar_epidural")]


def test_symptom_duration_and_conservative_care() -> None:
    text = ("INDICATIONS: Low back pain for 6 months. Failed physical therapy for 8 weeks and 6 weeks of NSAIDs; "
            "chiropractic helped briefly. She could not tolerate gabapentin.\nPROCEDURE: Right L4-5 facet injection")
    n = extract(text).necessity
    assert n.symptom_duration.weeks == 26.0
    assert n.symptom_duration.evidence[0].text == "for 6 months"
    care = {(c.modality, c.weeks, c.outcome) for c in n.conservative_care}
    assert care == {("physical_therapy", 8.0, "failed"), ("nsaids", 6.0, "failed"),
                    ("chiropractic", None, "helped"), ("neuropathic_agents", None, "intolerant")}


def test_diagnoses_with_icd10_from_the_diagnosis_field() -> None:
    text = ("PROCEDURE: Right L5-S1 TFESI\n"
            "POST-OPERATIVE DIAGNOSIS:\n1. Lumbar radiculopathy (M54.16)\n2. Lumbar disc herniation M51.26\n")
    dx = [(d.text, d.icd10) for d in extract(text).necessity.diagnoses]
    assert dx == [("Lumbar radiculopathy", "M54.16"), ("Lumbar disc herniation", "M51.26")]


def test_functional_imaging_radicular_and_indication() -> None:
    text = ("INDICATIONS: Right leg pain radiating down the posterior thigh. Pain limits walking to one block. "
            "MRI shows an L4-5 disc protrusion. She denies numbness.\nPROCEDURE: Right L4-5 TFESI")
    n = extract(text).necessity
    assert [f.value for f in n.functional_impairment] == ["Pain limits walking to one block."]
    assert [f.value for f in n.imaging_findings] == ["MRI shows an L4-5 disc protrusion."]
    assert [f.value for f in n.radicular_findings] == ["Right leg pain radiating down the posterior thigh."]
    assert n.indication.value.startswith("Right leg pain radiating")


def test_hypothetical_plans_and_negations_add_no_facts() -> None:
    text = ("PROCEDURE: Left SI joint injection\nNo sedation was given. Complications: none.\n"
            "PLAN: Will consider physical therapy and RFA.")
    facts = extract(text)
    assert [p.family for p in facts.procedures] == ["si_joint_injection"]
    assert facts.necessity.conservative_care == []
    assert facts.procedures[0].sedation.type == "none"
    assert facts.complications.value == "none"


def test_onset_month_counts_back_from_the_date_of_service() -> None:
    text = "Date of Service: 06/15/2025\nHISTORY: Low back pain since March.\nPROCEDURE: Left L5-S1 TFESI"
    d = extract(text).necessity.symptom_duration
    assert (d.weeks, d.evidence[0].text) == (15.1429, "since March")  # 106 days
    text = "Date of Service: 02/01/2025\nHISTORY: Neck pain since November 2023.\nPROCEDURE: C7-T1 ILESI"
    assert extract(text).necessity.symptom_duration.weeks == 65.4286  # 458 days
    assert extract("HISTORY: Pain since March.\nPROCEDURE: L5 TFESI").necessity.symptom_duration is None


def test_dictated_note_indication_and_prose_diagnosis() -> None:
    text = ("Bilateral knee injections\n\nBilateral knee OA for 3 years, failed PT and NSAIDs. Pain 8/10.\n"
            "Each knee was injected with Kenalog 40 mg.")
    n = extract(text).necessity
    assert n.indication.value == "Bilateral knee OA for 3 years, failed PT and NSAIDs."
    assert [(d.text, d.icd10) for d in n.diagnoses] == [("Bilateral knee OA", None)]
    assert n.symptom_duration.weeks == 156.0
