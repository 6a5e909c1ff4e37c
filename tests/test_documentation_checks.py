"""Each named check kind: met, unmet and (where the kind defines it) not applicable, with the detail
and evidence it reports; plus the `applies_when` preconditions. Facts are fictional and minimal."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import TypeAdapter

from coding.documentation import CHECKS, CheckContext, _applies
from coding.facts import NoteFacts
from coding.knowledge import load_kb
from coding.result import CodeLine
from coding.schema import requirements as rq

DOS = dt.date(2025, 3, 10)
SPEC = TypeAdapter(rq.CheckSpec)


def ev(text: str) -> list[dict[str, Any]]:
    return [{"start": 3, "end": 3 + len(text), "text": text}]


def ctx(facts: dict[str, Any] | None = None, procedure: dict[str, Any] | None = None,
        codes: list[CodeLine] | None = None, dos: dt.date = DOS) -> CheckContext:
    data = dict(facts or {})
    if procedure is not None:
        data["procedures"] = [procedure]
    parsed = NoteFacts.model_validate(data)
    kb = load_kb()
    proc = parsed.procedures[0] if parsed.procedures else None
    return CheckContext(parsed, proc, 0 if proc else None, codes or [], kb, dos, kb.requirements.meta)


def run(spec: dict[str, Any], context: CheckContext) -> tuple[str, str | None, list[str]]:
    parsed = SPEC.validate_python(spec)
    result = CHECKS[parsed.kind](parsed, context)
    return result.status, result.detail, [e.text for e in result.evidence]


def test_registry_covers_every_schema_kind() -> None:
    assert sorted(CHECKS) == sorted(rq.CHECK_KINDS)


TFESI = {"family": "transforaminal_epidural"}

CASES: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any] | None, tuple[str, str | None, list[str]]]] = [
    # present
    ("present met", {"kind": "present", "paths": ["necessity.indication"]},
     {"necessity": {"indication": {"value": "radicular pain", "evidence": ev("radicular pain")}}}, TFESI,
     ("met", None, ["radicular pain"])),
    ("present second path", {"kind": "present", "paths": ["necessity.functional_impairment", "assessments.functional_scales"]},
     {"assessments": {"functional_scales": [{"value": "ODI 40%", "evidence": ev("ODI 40%")}]}}, TFESI,
     ("met", None, ["ODI 40%"])),
    ("present blank text", {"kind": "present", "paths": ["necessity.indication"]},
     {"necessity": {"indication": {"value": "  "}}}, TFESI, ("unmet", None, [])),
    ("present flag false", {"kind": "present", "paths": ["consent"]},
     {"consent": {"value": False, "evidence": ev("no consent")}}, TFESI,
     ("unmet", "The note states it was not done.", ["no consent"])),
    ("present procedure list", {"kind": "present", "paths": ["procedure.muscles"]},
     {}, {"family": "trigger_point", "muscles": [{"value": "trapezius", "evidence": ev("trapezius")}]},
     ("met", None, ["trapezius"])),
    ("present via group", {"kind": "present", "paths": ["necessity.indication"],
                           "or_all_of": [["necessity.diagnoses", "necessity.symptom_duration"]]},
     {"necessity": {"diagnoses": [{"text": "lumbar spondylosis", "evidence": ev("spondylosis")}],
                    "symptom_duration": {"weeks": 30, "evidence": ev("30 weeks")}}}, TFESI,
     ("met", None, ["spondylosis", "30 weeks"])),
    ("group incomplete", {"kind": "present", "paths": ["necessity.indication"],
                          "or_all_of": [["necessity.diagnoses", "necessity.symptom_duration"]]},
     {"necessity": {"diagnoses": [{"text": "lumbar spondylosis"}]}}, TFESI, ("unmet", None, [])),
    # symptom_duration
    ("duration met", {"kind": "symptom_duration", "min_weeks": 4},
     {"necessity": {"symptom_duration": {"weeks": 4, "evidence": ev("4 weeks")}}}, TFESI, ("met", None, ["4 weeks"])),
    ("duration short", {"kind": "symptom_duration", "min_weeks": 12},
     {"necessity": {"symptom_duration": {"weeks": 6.5}}}, TFESI,
     ("unmet", "Documented: 6.5 weeks (needs at least 12).", [])),
    ("duration missing", {"kind": "symptom_duration"}, {}, TFESI,
     ("unmet", "No symptom duration is documented.", [])),
    # conservative_care
    ("care met", {"kind": "conservative_care", "min_weeks": 4},
     {"necessity": {"conservative_care": [{"modality": "nsaids", "weeks": 2, "outcome": "failed"},
                                          {"modality": "physical_therapy", "weeks": 6, "outcome": "partial",
                                           "evidence": ev("6 weeks PT")}]}}, TFESI, ("met", None, ["6 weeks PT"])),
    ("care helped", {"kind": "conservative_care"},
     {"necessity": {"conservative_care": [{"modality": "physical_therapy", "outcome": "helped"}]}}, TFESI,
     ("unmet", "Conservative care is listed but not documented as failed or not tolerated.", [])),
    ("care no weeks", {"kind": "conservative_care", "min_weeks": 4},
     {"necessity": {"conservative_care": [{"modality": "nsaids", "outcome": "failed"}]}}, TFESI,
     ("unmet", "The duration of conservative care is not stated.", [])),
    ("care too short", {"kind": "conservative_care", "min_weeks": 4},
     {"necessity": {"conservative_care": [{"modality": "nsaids", "weeks": 3, "outcome": "intolerant"}]}}, TFESI,
     ("unmet", "Longest documented: 3 weeks (needs at least 4).", [])),
    ("care none", {"kind": "conservative_care"}, {}, TFESI, ("unmet", "No conservative care is documented.", [])),
    # pain_score
    ("score met", {"kind": "pain_score", "timing": "post", "same_scale_as": "pre"},
     {"assessments": {"pain_scores": [{"timing": "pre", "value": 8}, {"timing": "post", "value": 3, "evidence": ev("3/10")}]}},
     TFESI, ("met", None, ["3/10"])),
    ("score other scale", {"kind": "pain_score", "timing": "post", "same_scale_as": "pre"},
     {"assessments": {"pain_scores": [{"timing": "pre", "value": 8, "scale": "NRS"},
                                      {"timing": "post", "value": 3, "scale": "VAS"}]}},
     TFESI, ("unmet", "The pre score is on NRS 0-10 but the post score is on VAS 0-10.", [])),
    ("score post only allowed", {"kind": "pain_score", "timing": "post", "same_scale_as": "pre"},
     {"assessments": {"pain_scores": [{"timing": "post", "value": 3}]}}, TFESI, ("met", None, [])),
    ("score missing", {"kind": "pain_score", "timing": "pre"},
     {"assessments": {"pain_scores": [{"timing": "post", "value": 3}]}}, TFESI, ("unmet", None, [])),
    # relief
    ("relief met", {"kind": "relief", "source": "diagnostic_blocks", "min_percent": 80, "count": 2},
     {"assessments": {"diagnostic_blocks": [{"percent": 80, "evidence": ev("80%")}, {"percent": 95}]}}, TFESI,
     ("met", None, ["80%"])),
    ("relief one of two", {"kind": "relief", "source": "diagnostic_blocks", "min_percent": 80, "count": 2},
     {"assessments": {"diagnostic_blocks": [{"percent": 79}, {"percent": 95}]}}, TFESI,
     ("unmet", "Documented: 79%, 95% (needs 2 results of at least 80%).", [])),
    ("relief no duration", {"kind": "relief", "source": "prior_procedure_response", "min_percent": 50, "min_days": 180},
     {"assessments": {"prior_procedure_response": [{"percent": 70}]}}, TFESI,
     ("unmet", "Documented: 70% (needs a result of at least 50% for at least 180 days).", [])),
    ("relief none", {"kind": "relief", "source": "percent_relief"}, {}, TFESI,
     ("unmet", "No result is documented.", [])),
    ("relief from scores", {"kind": "relief", "source": "percent_relief", "min_percent": 75, "derive_from_scores": True},
     {"assessments": {"pain_scores": [{"timing": "pre", "value": 8, "evidence": ev("8/10")},
                                      {"timing": "post", "value": 2, "evidence": ev("2/10")}]}}, TFESI,
     ("met", None, ["8/10", "2/10"])),
    ("relief from scores too low", {"kind": "relief", "source": "percent_relief", "min_percent": 75,
                                    "derive_from_scores": True},
     {"assessments": {"pain_scores": [{"timing": "pre", "value": 6}, {"timing": "post", "value": 4}]}}, TFESI,
     ("unmet", "Documented: 33.3% (needs a result of at least 75%).", [])),
    ("relief must be stated", {"kind": "relief", "source": "percent_relief", "derive_from_scores": True, "stated": True},
     {"assessments": {"pain_scores": [{"timing": "pre", "value": 8, "evidence": ev("8/10")},
                                      {"timing": "post", "value": 2}]}}, TFESI,
     ("unmet", "The pre and post scores imply 75% relief; state it.", ["8/10"])),
    ("relief scores on two scales", {"kind": "relief", "source": "percent_relief", "derive_from_scores": True},
     {"assessments": {"pain_scores": [{"timing": "pre", "value": 6}, {"timing": "post", "value": 40, "scale_max": 100}]}},
     TFESI, ("unmet", "No result is documented.", [])),
    # imaging_modality_in
    ("imaging met", {"kind": "imaging_modality_in", "values": ["fluoroscopy", "ct"]}, {},
     {"family": "facet_injection", "imaging": {"modality": "ct", "evidence": ev("CT guidance")}}, ("met", None, ["CT guidance"])),
    ("imaging wrong", {"kind": "imaging_modality_in", "values": ["fluoroscopy", "ct"]}, {},
     {"family": "facet_injection", "imaging": {"modality": "ultrasound"}},
     ("unmet", "Documented guidance: ultrasound (needs fluoroscopy or ct).", [])),
    ("imaging none", {"kind": "imaging_modality_in", "values": ["fluoroscopy"]}, {},
     {"family": "facet_injection", "imaging": {"saved_images": True}},
     ("unmet", "No imaging guidance is documented.", [])),
    # contrast
    ("contrast used", {"kind": "contrast", "accepted_reasons": ["allerg"]}, {},
     {"family": "si_joint_injection", "contrast": {"used": True}}, ("met", None, [])),
    ("contrast reason ok", {"kind": "contrast", "accepted_reasons": ["allerg", "pregnan"]}, {},
     {"family": "si_joint_injection", "contrast": {"used": False, "reason_not_used": "Pregnancy"}}, ("met", None, [])),
    ("contrast reason bad", {"kind": "contrast", "accepted_reasons": ["allerg"]}, {},
     {"family": "si_joint_injection", "contrast": {"used": False, "reason_not_used": "not needed"}},
     ("unmet", "Contrast was not used; stated reason: not needed.", [])),
    ("contrast silent", {"kind": "contrast"}, {}, {"family": "si_joint_injection"},
     ("unmet", "Contrast use is not documented.", [])),
    # saved_images
    ("images met", {"kind": "saved_images", "min_views": 2}, {},
     {"family": "si_joint_injection", "imaging": {"saved_images": True, "views": 2}}, ("met", None, [])),
    ("images views unknown", {"kind": "saved_images", "min_views": 2}, {},
     {"family": "si_joint_injection", "imaging": {"saved_images": True}},
     ("unmet", "Number of saved views: not stated (needs at least 2).", [])),
    ("images one view", {"kind": "saved_images", "min_views": 2}, {},
     {"family": "si_joint_injection", "imaging": {"saved_images": True, "views": 1, "evidence": ev("one image")}},
     ("unmet", "Number of saved views: 1 (needs at least 2).", ["one image"])),
    ("images not saved", {"kind": "saved_images"}, {},
     {"family": "si_joint_injection", "imaging": {"modality": "fluoroscopy", "saved_images": False}}, ("unmet", None, [])),
    # drug_named / drug_dose
    ("drug named", {"kind": "drug_named"}, {"drugs": [{"generic": "lidocaine", "role": "anesthetic", "evidence": ev("lidocaine")}]},
     TFESI, ("met", None, ["lidocaine"])),
    ("drug only contrast", {"kind": "drug_named"}, {"drugs": [{"generic": "iohexol", "role": "contrast"}]}, TFESI,
     ("unmet", None, [])),
    ("dose met by volume", {"kind": "drug_dose"},
     {"drugs": [{"generic": "bupivacaine", "volume_ml": 3, "concentration": "0.25%", "role": "anesthetic"}]}, TFESI,
     ("met", None, [])),
    ("dose missing", {"kind": "drug_dose"},
     {"drugs": [{"generic": "methylprednisolone_acetate", "written": "Depo-Medrol", "dose_unit": "mg", "role": "steroid"}]},
     TFESI, ("unmet", "No dose for: Depo-Medrol.", [])),
    ("dose not applicable", {"kind": "drug_dose"}, {"drugs": [{"generic": "iohexol", "role": "contrast"}]}, TFESI,
     ("not_applicable", None, [])),
    ("diluent needs no dose", {"kind": "drug_dose"},
     {"drugs": [{"generic": "normal_saline", "role": "other"}, {"generic": "dexamethasone", "dose": 4, "dose_unit": "mg"}]},
     TFESI, ("met", None, [])),
    ("diluent is not an injectate", {"kind": "drug_named"}, {"drugs": [{"generic": "normal_saline"}]}, TFESI,
     ("unmet", None, [])),
    # laterality / levels / approach / intent
    ("side on procedure", {"kind": "laterality"}, {}, {"family": "facet_injection", "laterality": "left"}, ("met", None, [])),
    ("side on level", {"kind": "laterality"}, {},
     {"family": "facet_injection", "levels": [{"name": "L4-L5", "side": "right", "evidence": ev("right L4-L5")}]},
     ("met", None, ["right L4-L5"])),
    ("side missing", {"kind": "laterality"}, {}, {"family": "facet_injection"}, ("unmet", None, [])),
    ("side no procedure", {"kind": "laterality"}, {}, None, ("not_applicable", None, [])),
    ("levels met", {"kind": "levels", "min_count": 1}, {}, {"family": "facet_rfa", "levels": [{"name": "L3-L4"}]},
     ("met", None, [])),
    ("levels missing", {"kind": "levels"}, {}, {"family": "facet_rfa"}, ("unmet", None, [])),
    ("levels from nerves", {"kind": "levels", "accept_nerves": True}, {},
     {"family": "facet_injection", "nerves": [{"name": "L4 medial branch", "evidence": ev("L4")}]},
     ("met", None, ["L4"])),
    ("nerves not accepted", {"kind": "levels"}, {},
     {"family": "facet_injection", "nerves": [{"name": "L4 medial branch"}]}, ("unmet", None, [])),
    ("levels no procedure", {"kind": "levels"}, {}, None, ("not_applicable", None, [])),
    ("approach met", {"kind": "approach_in", "values": ["caudal", "interlaminar"]}, {},
     {"family": "interlaminar_epidural", "approach": "caudal"}, ("met", None, [])),
    ("approach other", {"kind": "approach_in", "values": ["intra_articular", "medial_branch"]}, {},
     {"family": "facet_injection", "approach": "periarticular"},
     ("unmet", "Documented approach periarticular is not one of: intra_articular, medial_branch.", [])),
    ("approach missing", {"kind": "approach_in", "values": ["caudal"]}, {}, {"family": "interlaminar_epidural"},
     ("unmet", None, [])),
    ("approach no procedure", {"kind": "approach_in", "values": ["caudal"]}, {}, None, ("not_applicable", None, [])),
    ("intent met", {"kind": "intent"}, {}, {"family": "facet_injection", "intent": "therapeutic"}, ("met", None, [])),
    ("intent missing", {"kind": "intent"}, {}, {"family": "facet_injection"}, ("unmet", None, [])),
    ("intent no procedure", {"kind": "intent"}, {}, None, ("not_applicable", None, [])),
    # radiofrequency
    ("rf met at 80", {"kind": "radiofrequency", "techniques": ["thermal"], "min_temperature_c": 80}, {},
     {"family": "facet_rfa", "radiofrequency": {"technique": "thermal", "temperature_c": 80}}, ("met", None, [])),
    ("rf too cool", {"kind": "radiofrequency", "techniques": ["thermal"], "min_temperature_c": 80}, {},
     {"family": "facet_rfa", "radiofrequency": {"technique": "thermal", "temperature_c": 67.5}},
     ("unmet", "Documented temperature: 67.5 °C (needs at least 80 °C).", [])),
    ("rf no temperature", {"kind": "radiofrequency", "techniques": ["thermal"], "min_temperature_c": 80}, {},
     {"family": "facet_rfa", "radiofrequency": {"technique": "thermal"}},
     ("unmet", "The lesion temperature is not documented.", [])),
    ("rf none", {"kind": "radiofrequency", "techniques": ["thermal"]}, {}, {"family": "facet_rfa"},
     ("unmet", "The lesion technique is not documented.", [])),
    # sedation
    ("sedation met", {"kind": "sedation", "require": ["agents", "independent_observer", "intraservice_minutes"]}, {},
     {"family": "facet_rfa", "sedation": {"type": "moderate", "agents": ["fentanyl"], "independent_observer": True,
                                          "intraservice_minutes": 12}}, ("met", None, [])),
    ("sedation gaps", {"kind": "sedation", "require": ["doses", "start_time", "justification"]}, {},
     {"family": "facet_rfa", "sedation": {"type": "moderate", "start_time": "10:01"}},
     ("unmet", "Missing: doses, justification.", [])),
    ("sedation none", {"kind": "sedation", "require": ["agents"]}, {}, {"family": "facet_rfa"},
     ("not_applicable", None, [])),
    # text_mentions
    ("mentions met", {"kind": "text_mentions", "paths": ["necessity.conservative_care"], "patterns": ["psycholog"]},
     {"necessity": {"conservative_care": [{"modality": "psychological therapy", "evidence": ev("CBT")}]}},
     {"family": "scs_trial"}, ("met", None, ["CBT"])),
    ("mentions none", {"kind": "text_mentions", "paths": ["necessity.indication"], "patterns": ["psycholog"]},
     {"necessity": {"indication": {"value": "CRPS"}}}, {"family": "scs_trial"}, ("unmet", None, [])),
    # imaging_per_level
    ("fracture per level met", {"kind": "imaging_per_level", "patterns": ["fractur"]},
     {"necessity": {"imaging_findings": [{"value": "T12 and L1 compression fractures", "evidence": ev("MRI")}]}},
     {"family": "vertebral_augmentation", "levels": [{"name": "T12", "kind": "body"}, {"name": "L1", "kind": "body"}]},
     ("met", None, ["MRI"])),
    ("fracture level missing", {"kind": "imaging_per_level", "patterns": ["fractur"]},
     {"necessity": {"imaging_findings": [{"value": "L1 compression fracture"}, {"value": "L11 something at L2"}]}},
     {"family": "vertebral_augmentation", "levels": [{"name": "L1", "kind": "body"}, {"name": "L2", "kind": "body"}]},
     ("unmet", "No imaging finding names a fracture at: L2.", [])),
    ("fracture no levels", {"kind": "imaging_per_level", "patterns": ["fractur"]}, {},
     {"family": "vertebral_augmentation"}, ("not_applicable", None, [])),
    # diagnosis_supports
    ("support met", {"kind": "diagnosis_supports", "closed_list": True},
     {"necessity": {"diagnoses": [{"text": "lumbar spondylosis", "evidence": ev("spondylosis")}]}},
     {"family": "facet_injection"}, ("met", None, ["spondylosis"])),
    ("support closed", {"kind": "diagnosis_supports", "closed_list": True},
     {"necessity": {"diagnoses": [{"text": "chronic pain syndrome"}]}}, {"family": "facet_rfa"},
     ("unmet", "Documented: G89.4 (Chronic pain syndrome (with psychosocial dysfunction)); none is on the covered list.", [])),
    ("support excluded", {"kind": "diagnosis_supports"},
     {"necessity": {"diagnoses": [{"text": "neck pain"}]}}, TFESI,
     ("unmet", "Documented: M54.2 (Cervicalgia (neck pain)).", [])),
    ("support wrong region", {"kind": "diagnosis_supports"},
     {"necessity": {"diagnoses": [{"text": "cervical radiculopathy", "evidence": ev("cervical radiculopathy")}]}},
     {"family": "transforaminal_epidural", "region": "lumbar"},
     ("unmet", "Documented: M54.12 (Radiculopathy, cervical region); the region does not match this lumbar procedure.",
      ["cervical radiculopathy"])),
    ("support wrong side", {"kind": "diagnosis_supports"},
     {"necessity": {"diagnoses": [{"text": "right knee osteoarthritis"}]}},
     {"family": "genicular_nerve_block", "laterality": "left"},
     ("unmet", "Documented: M17.11 (Unilateral primary osteoarthritis, right knee); the side does not match this left "
               "procedure.", [])),
    ("support bilateral code", {"kind": "diagnosis_supports"},
     {"necessity": {"diagnoses": [{"text": "bilateral knee osteoarthritis"}]}},
     {"family": "genicular_nerve_block", "laterality": "left"}, ("met", None, [])),
    ("support neighbouring region", {"kind": "diagnosis_supports", "closed_list": True},
     {"necessity": {"diagnoses": [{"text": "thoracolumbar spondylosis"}]}},
     {"family": "facet_injection", "region": "lumbar"}, ("met", None, [])),
    ("support unknown", {"kind": "diagnosis_supports"},
     {"necessity": {"diagnoses": [{"text": "chronic pain syndrome"}]}}, TFESI, ("not_applicable", None, [])),
    ("support unmapped", {"kind": "diagnosis_supports", "closed_list": True},
     {"necessity": {"diagnoses": [{"text": "something unusual"}]}}, {"family": "facet_injection"},
     ("not_applicable", None, [])),
    # diagnosis_documented
    ("dx listed", {"kind": "diagnosis_documented"},
     {"necessity": {"diagnoses": [{"text": "something unusual", "evidence": ev("something unusual")}]}}, TFESI,
     ("met", None, ["something unusual"])),
    ("dx in indication", {"kind": "diagnosis_documented"},
     {"necessity": {"indication": {"value": "Occipital neuralgia.", "evidence": ev("Occipital neuralgia.")}}},
     {"family": "occipital_nerve_block"}, ("met", None, ["Occipital neuralgia."])),
    ("dx only points elsewhere", {"kind": "diagnosis_documented", "vague_patterns": [r"^\W*same\W*$", r"see prior"]},
     {"necessity": {"diagnoses": [{"text": "Same", "evidence": ev("Same")}, {"text": "Pain, see prior notes"}]}}, TFESI,
     ("unmet", "The diagnosis entries only refer elsewhere or hold no diagnosis.", ["Same"])),
    ("vague text with a code", {"kind": "diagnosis_documented", "vague_patterns": [r"^\W*same\W*$"]},
     {"necessity": {"diagnoses": [{"text": "Same", "icd10": "M54.16"}]}}, TFESI, ("met", None, [])),
    ("indication without diagnosis", {"kind": "diagnosis_documented"},
     {"necessity": {"indication": {"value": "pain not controlled"}}}, TFESI, ("unmet", None, [])),
    ("no dx at all", {"kind": "diagnosis_documented"}, {}, TFESI, ("unmet", None, [])),
    # diagnosis_specific
    ("specific met", {"kind": "diagnosis_specific"},
     {"necessity": {"diagnoses": [{"text": "CRPS of the right hand"}, {"text": "lumbar radiculopathy"}]}}, TFESI,
     ("met", None, [])),
    ("specific gaps", {"kind": "diagnosis_specific"},
     {"necessity": {"diagnoses": [{"text": "CRPS", "evidence": ev("CRPS")}, {"text": "knee osteoarthritis"},
                                  {"text": "radiculopathy", "evidence": ev("radiculopathy")}]}}, TFESI,
     ("unmet", "Missing: limb and side (rule crps_type_1); side (rule knee_osteoarthritis); "
               "spinal region (rule radiculopathy).", ["CRPS", "radiculopathy"])),
    ("specific invalid written code", {"kind": "diagnosis_specific"},
     {"necessity": {"diagnoses": [{"text": "myalgia", "icd10": "M79.1"}]}}, TFESI,
     ("unmet", "Missing: muscle site (rule myofascial).", [])),
    ("specific valid written code", {"kind": "diagnosis_specific"},
     {"necessity": {"diagnoses": [{"text": "radiculopathy", "icd10": "M54.16"}]}}, TFESI, ("not_applicable", None, [])),
    # icd10_valid
    ("icd valid", {"kind": "icd10_valid"}, {"necessity": {"diagnoses": [{"text": "x", "icd10": "m5416"}]}}, TFESI,
     ("met", None, [])),
    ("icd header", {"kind": "icd10_valid"}, {"necessity": {"diagnoses": [{"text": "x", "icd10": "G89.2"}]}}, TFESI,
     ("unmet", "G89.2 is a category header, not a billable code.", [])),
    ("icd malformed", {"kind": "icd10_valid"}, {"necessity": {"diagnoses": [{"text": "x", "icd10": "54.16"}]}}, TFESI,
     ("unmet", "'54.16' is not a well-formed ICD-10-CM code.", [])),
    ("icd none written", {"kind": "icd10_valid"}, {"necessity": {"diagnoses": [{"text": "x"}]}}, TFESI,
     ("not_applicable", None, [])),
]


@pytest.mark.parametrize("spec,facts,procedure,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_check(spec: dict[str, Any], facts: dict[str, Any], procedure: dict[str, Any] | None,
               expected: tuple[str, str | None, list[str]]) -> None:
    assert run(spec, ctx(facts, procedure)) == expected


def test_derived_relief_is_capped_at_info_and_offered_in_the_fix() -> None:
    spec = SPEC.validate_python({"kind": "relief", "source": "percent_relief", "derive_from_scores": True, "stated": True})
    context = ctx({"assessments": {"pain_scores": [{"timing": "pre", "value": 6}, {"timing": "post", "value": 4}]}}, TFESI)
    result = CHECKS["relief"](spec, context)
    assert (result.status, result.max_severity, dict(result.slots)) == ("unmet", "info", {"relief": "33.3"})


def test_icd10_before_start_date_and_uncertain_dates_cap_severity() -> None:
    spec = {"kind": "icd10_valid"}
    early = ctx({"necessity": {"diagnoses": [{"text": "x", "icd10": "M54.50"}]}}, TFESI, dos=dt.date(2021, 9, 30))
    assert run(spec, early) == ("unmet", "M54.50 starts 2021-10-01; use M54.5.", [])
    parsed = SPEC.validate_python(spec)
    # M48.06's split date is unconfirmed: the finding is capped at warning.
    late = ctx({"necessity": {"diagnoses": [{"text": "x", "icd10": "M48.06"}]}}, TFESI)
    assert CHECKS["icd10_valid"](parsed, late).max_severity == "warning"
    assert CHECKS["icd10_valid"](parsed, early).max_severity is None


def when(**kwargs: Any) -> rq.AppliesWhen:
    return rq.AppliesWhen(**kwargs)


def test_preconditions() -> None:
    moderate = {"family": "facet_rfa", "sedation": {"type": "moderate"}}
    assert _applies(when(sedation_given=True), ctx({}, moderate))
    assert not _applies(when(sedation_given=True), ctx({}, {"family": "facet_rfa", "sedation": {"type": "local"}}))
    assert _applies(when(sedation_given=False), ctx({}, {"family": "facet_rfa"}))
    assert _applies(when(sedation_types=["moderate"], sedation_by_proceduralist=True), ctx({}, moderate))
    other = {"family": "facet_rfa", "sedation": {"type": "moderate", "by_proceduralist": False}}
    assert not _applies(when(sedation_by_proceduralist=True), ctx({}, other))
    assert _applies(when(intent="diagnostic"), ctx({}, {"family": "facet_injection", "intent": "diagnostic"}))
    assert not _applies(when(intent="diagnostic"), ctx({}, {"family": "facet_injection"}))
    contrast_only = {"drugs": [{"generic": "iohexol", "role": "contrast"}]}
    assert not _applies(when(drugs_given=True), ctx(contrast_only, TFESI))
    assert _applies(when(drugs_given=True), ctx({"drugs": [{"generic": "lidocaine"}]}, TFESI))
    assert _applies(when(paired_structure=True), ctx({}, {"family": "sympathetic_block", "target": "stellate"}))
    assert not _applies(when(paired_structure=True), ctx({}, {"family": "sympathetic_block", "target": "celiac"}))
    assert not _applies(when(paired_structure=True), ctx({}, {"family": "interlaminar_epidural"}))
    repeat = {"assessments": {"prior_procedure_response": [{"percent": 60}]}}
    assert _applies(when(repeat=True), ctx(repeat, TFESI))
    assert _applies(when(repeat=False), ctx({}, TFESI))
    named = {"assessments": {"prior_procedure_response": [{"percent": 60, "procedure": "caudal ESI"}]}}
    assert _applies(when(repeat=True), ctx(named, TFESI))
    assert not _applies(when(repeat=True), ctx(named, {"family": "facet_rfa"}))
    assert _applies(when(repeat=True), ctx(named, {"family": "genicular_rfa"}))  # no patterns: every entry counts
    blocks = {"assessments": {"diagnostic_blocks": [{"percent": 90}]}}
    assert _applies(when(prior_diagnostic_blocks=True), ctx(blocks, TFESI))
    assert _applies(when(approach=["caudal"]), ctx({}, {"family": "interlaminar_epidural", "approach": "caudal"}))
    assert not _applies(when(not_approach=["caudal"]), ctx({}, {"family": "interlaminar_epidural", "approach": "caudal"}))
    assert _applies(when(not_approach=["caudal"]), ctx({}, {"family": "interlaminar_epidural"}))
    assert not _applies(when(target=["celiac"]), ctx({}, {"family": "sympathetic_block", "target": "stellate"}))
    zoster = {"necessity": {"diagnoses": [{"text": "herpes zoster"}]}}
    assert not _applies(when(unless_diagnosis=[r"^B02\."]), ctx(zoster, TFESI))
    assert _applies(when(unless_diagnosis=[r"^B02\."]), ctx({"necessity": {"diagnoses": [{"text": "sciatica"}]}}, TFESI))
    line = CodeLine(code="99152", kind="CPT", units=1, description="sedation", rationale="r", procedure_index=None)
    assert _applies(when(codes_any=["99152"]), ctx({}, TFESI, codes=[line]))
    assert not _applies(when(codes_any=["99152"]), ctx({}, TFESI))
