"""Procedure families from real-note wording: synonyms, approach cues, negation and plans,
sides from title/header/body, placeholders."""

from __future__ import annotations

import pytest

from nlp import extract


def _proc(text: str):
    facts = extract(text)
    assert len(facts.procedures) == 1, [p.family for p in facts.procedures]
    return facts.procedures[0]


@pytest.mark.parametrize(
    "title, family, approach, target",
    [
        ("Right L5 selective nerve root block", "transforaminal_epidural", "transforaminal", None),
        ("Right L4-5 TFESI", "transforaminal_epidural", "transforaminal", None),
        ("L5-S1 interlaminar epidural steroid injection", "interlaminar_epidural", "interlaminar", None),
        ("Caudal epidural steroid injection", "interlaminar_epidural", "caudal", None),
        ("Bilateral L4-5 facet joint injections", "facet_injection", "intra_articular", None),
        ("Right L3-4 medial branch blocks", "facet_injection", "medial_branch", None),
        ("Right L4-5 radiofrequency neurotomy", "facet_rfa", "medial_branch", None),
        ("Left L5-S1 rhizotomy", "facet_rfa", "medial_branch", None),
        ("Left lumbar RF lesioning of the medial branches", "facet_rfa", "medial_branch", None),
        ("Right sacroiliac joint injection", "si_joint_injection", "intra_articular", None),
        ("Right L5 dorsal ramus and S1-S3 lateral branch blocks", "si_joint_nerve_block", "lateral_branch", None),
        ("Left sacroiliac joint radiofrequency ablation", "si_joint_rfa", "lateral_branch", None),
        ("Right genicular nerve block", "genicular_nerve_block", None, "knee"),
        ("Left genicular radiofrequency ablation", "genicular_rfa", None, "knee"),
        ("Left knee RFA of the superomedial, superolateral and inferomedial genicular nerves", "genicular_rfa",
         None, "knee"),
        ("Right stellate ganglion block", "sympathetic_block", None, "stellate"),
        ("Left lumbar sympathetic block", "sympathetic_block", None, "lumbar_sympathetic"),
        ("Ganglion impar block", "sympathetic_block", None, "ganglion_impar"),
        ("Celiac plexus block", "sympathetic_block", None, "celiac"),
        ("Superior hypogastric plexus block", "sympathetic_block", None, "superior_hypogastric"),
        ("Bilateral greater occipital nerve blocks", "occipital_nerve_block", None, "greater_occipital"),
        ("Trigger point injections", "trigger_point", None, None),
        ("Spinal cord stimulator trial", "scs_trial", "percutaneous", None),
        ("L1 kyphoplasty", "vertebral_augmentation", "kyphoplasty", None),
        ("Intrathecal pump refill", "pump_refill", None, None),
        ("Right knee injection", "joint_injection", None, "knee"),
    ],
)
def test_family_from_title(title: str, family: str, approach: str | None, target: str | None) -> None:
    proc = _proc(f"PROCEDURE: {title}\nThe patient tolerated it well.")
    assert (proc.family, proc.approach, proc.target) == (family, approach, target)


def test_generic_esi_takes_the_approach_of_its_sentence() -> None:
    proc = _proc("Lumbar ESI.\nThe needle was advanced into the right L5-S1 neural foramen and the epidural "
                 "steroid injection was completed.")
    assert (proc.family, proc.approach) == ("transforaminal_epidural", "transforaminal")


def test_caudal_through_the_sacral_hiatus() -> None:
    proc = _proc("Epidural steroid injection via the sacral hiatus under fluoroscopy.")
    assert (proc.family, proc.approach, proc.region) == ("interlaminar_epidural", "caudal", "sacral")


def test_planned_and_negated_procedures_create_nothing() -> None:
    text = ("PROCEDURE: Right L4-5 medial branch block\n"
            "PLAN: Will consider RFA if the block gives 80% relief.\n"
            "She denies any prior epidural steroid injection.")
    facts = extract(text)
    assert [p.family for p in facts.procedures] == ["facet_injection"]


def test_history_section_mentions_are_not_todays_procedure() -> None:
    text = ("HISTORY: Prior L5-S1 TFESI in 2022 helped for 3 months.\n"
            "PROCEDURE: Left SI joint injection under fluoroscopy")
    facts = extract(text)
    assert [p.family for p in facts.procedures] == ["si_joint_injection"]
    assert facts.procedures[0].levels == []


def test_no_procedure_note() -> None:
    assert extract("Follow-up visit. Back pain is better. Will consider RFA next month.").procedures == []


def test_laterality_title_vs_header_conflict_is_recorded() -> None:
    text = ("Procedure: RIGHT cervical medial branch nerve block\nLaterality: Left\nLevels: C5-C6\n"
            "Description: needles were positioned on the right C5, C6 medial branches.")
    proc = _proc(text)
    assert proc.laterality == "right"
    assert [(m.value, m.source) for m in proc.laterality_mentions] == [
        ("right", "title"), ("left", "header"), ("right", "body")]
    assert [lv.name for lv in proc.levels] == ["C5-C6"]
    assert proc.region == "cervical"


def test_contralateral_repeat_makes_it_bilateral() -> None:
    text = ("Procedure: L4-5 interlaminar? no -- L4-5 transforaminal epidural steroid injection\n"
            "Technique: The needle was placed at the left L4-5 foramen. The procedure was then repeated on the "
            "contralateral side in the same manner.")
    proc = _proc(text)
    assert proc.laterality == "bilateral"


def test_left_and_right_in_the_body_pool_to_bilateral() -> None:
    text = ("Sacroiliac joint injections\n"
            "The left SI joint was injected first, then the right SI joint was injected.")
    proc = _proc(text)
    assert proc.laterality == "bilateral"
    assert [(m.value, m.source) for m in proc.laterality_mentions] == [("bilateral", "body")]


def test_symptom_sides_are_not_procedure_sides() -> None:
    text = ("PROCEDURE: L5-S1 interlaminar epidural steroid injection\n"
            "TECHNIQUE: Left leg pain was reproduced as the needle was advanced at L5-S1.")
    proc = _proc(text)
    assert proc.laterality is None


def test_placeholders_are_missing_values_and_recorded() -> None:
    text = "Procedure: [left/right] L4-5 TFESI\nLaterality: {{SIDE}}\nLevels: ***\nComplications: ____"
    facts = extract(text)
    proc = facts.procedures[0]
    assert proc.laterality is None
    assert [lv.name for lv in proc.levels] == ["L4-L5"]
    assert [(p.text, p.start) for p in facts.placeholders] == [
        ("[left/right]", 11), ("{{SIDE}}", 47), ("***", 64), ("____", 83)]
    assert facts.complications is None


def test_diagnostic_intent_written_in_the_plan_line() -> None:
    text = ("Procedure: Right L4-5 medial branch block\n"
            "Indications: facet pain. Plan: first diagnostic medial branch block.")
    assert _proc(text).intent == "diagnostic"


def test_epidural_intent_defaults_to_therapeutic() -> None:
    assert _proc("Right L5-S1 TFESI under fluoroscopy.").intent == "therapeutic"


def test_operative_report_layout_with_numbered_procedures() -> None:
    text = ("PROCEDURE PERFORMED:\n1. Left L4-L5 transforaminal epidural steroid injection\n2. Fluoroscopic guidance\n\n"
            "INDICATIONS FOR PROCEDURE: Left leg pain radiating to the foot for 3 months despite physical therapy.\n"
            "ANESTHESIA: Local.\n"
            "PROCEDURE IN DETAIL: Under fluoroscopic guidance a 22-gauge needle was advanced into the left L4-5 "
            "neural foramen. 80 mg of Depo-Medrol and 1 cc of 1% lidocaine were injected.\n"
            "FINDINGS: Good epidural spread.\nCOMPLICATIONS: None.\n"
            "ASSESSMENT AND PLAN: Follow up in 2 weeks; consider repeat injection.\n")
    facts = extract(text)
    (p,) = facts.procedures
    assert (p.family, p.laterality, [lv.name for lv in p.levels], p.imaging.modality, p.sedation.type) == (
        "transforaminal_epidural", "left", ["L4-L5"], "fluoroscopy", "local")
    assert [(m.value, m.source) for m in p.level_mentions] == [("L4-L5", "title"), ("L4-L5", "body")]
    assert {d.generic: d.dose for d in facts.drugs} == {"methylprednisolone_acetate": 80.0, "lidocaine": 10.0}
    assert facts.complications.value == "none"
    assert facts.necessity.symptom_duration.weeks == 13.0
