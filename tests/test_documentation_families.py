"""Documentation findings per procedure family: complete notes give none, incomplete notes give the
exact findings (id, element, severity, procedure index) the requirements ask for.

All facts are fictional. Builders keep each case to the facts that differ from a complete note.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding.documentation import check_documentation
from coding.facts import NoteFacts
from coding.knowledge import load_kb

DOS = dt.date(2025, 3, 10)


def _ev(text: str) -> list[dict[str, Any]]:
    return [{"start": 0, "end": len(text), "text": text}]


def note(procedure: dict[str, Any], diagnosis: str, **changes: Any) -> NoteFacts:
    """A complete note around one procedure; `changes` replace top-level keys or, with a
    'section__field' name, one field of `necessity` / `assessments`."""
    data: dict[str, Any] = {
        "consent": {"value": True},
        "time_out": {"value": True},
        "complications": {"value": "none"},
        "drugs": [
            {"generic": "dexamethasone", "dose": 10, "dose_unit": "mg", "role": "steroid"},
            {"generic": "lidocaine", "dose": 20, "dose_unit": "mg", "role": "anesthetic"},
        ],
        "assessments": {
            "pain_scores": [
                {"timing": "pre", "value": 7, "scale": "NRS"},
                {"timing": "post", "value": 2, "scale": "NRS"},
            ],
            "percent_relief": [{"percent": 70}],
            "functional_scales": [{"value": "ODI 42%"}],
        },
        "necessity": {
            "indication": {"value": "pain not controlled by conservative care"},
            "diagnoses": [{"text": diagnosis, "evidence": _ev(diagnosis)}],
            "symptom_duration": {"weeks": 16},
            "conservative_care": [{"modality": "physical_therapy", "weeks": 8, "outcome": "failed"}],
            "functional_impairment": [{"value": "cannot walk more than one block"}],
            "imaging_findings": [{"value": "MRI: L4-L5 protrusion contacting the left L5 root"}],
            "radicular_findings": [{"value": "left L5 dermatomal pain"}],
        },
        "procedures": [procedure],
    }
    for key, value in changes.items():
        if "__" in key:
            section, name = key.split("__")
            if value is None:
                data[section].pop(name, None)
            else:
                data[section][name] = value
        elif value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return NoteFacts.model_validate(data)


def proc(family: str, **fields: Any) -> dict[str, Any]:
    return {"family": family, **fields}


FLUORO = {"modality": "fluoroscopy", "saved_images": True, "views": 2}
TFESI = proc(
    "transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
    levels=[{"name": "L5", "kind": "root"}], imaging=FLUORO, contrast={"used": True},
)
ILESI = proc(
    "interlaminar_epidural", approach="interlaminar", region="lumbar",
    levels=[{"name": "L5-S1"}], imaging=FLUORO, contrast={"used": True},
)
FACET_DX = proc(
    "facet_injection", approach="medial_branch", intent="diagnostic", region="lumbar", laterality="bilateral",
    levels=[{"name": "L4-L5"}, {"name": "L5-S1"}], imaging={"modality": "fluoroscopy"},
)
FACET_RFA = proc(
    "facet_rfa", region="lumbar", laterality="right", levels=[{"name": "L4-L5"}],
    imaging={"modality": "fluoroscopy"}, radiofrequency={"technique": "thermal", "temperature_c": 85},
)
SI_DX = proc(
    "si_joint_injection", approach="intra_articular", intent="diagnostic", region="sacroiliac", laterality="right",
    imaging=FLUORO, contrast={"used": True},
)
TPI = proc("trigger_point", muscles=[{"value": "left trapezius"}, {"value": "left levator scapulae"}])
ONB = proc("occipital_nerve_block", target="greater_occipital", laterality="left")
GEN_RFA = proc("genicular_rfa", region="knee", laterality="right",
               radiofrequency={"technique": "thermal", "temperature_c": 80})
LSB = proc("sympathetic_block", target="lumbar_sympathetic", laterality="left",
           levels=[{"name": "L2", "kind": "body"}, {"name": "L3", "kind": "body"}], imaging={"modality": "fluoroscopy"})
CELIAC = proc("sympathetic_block", target="celiac", imaging={"modality": "fluoroscopy"})
SCS_TRIAL = proc("scs_trial", approach="percutaneous")
SCS_IMPLANT = proc("scs_implant", approach="percutaneous")
KYPHO = proc("vertebral_augmentation", approach="kyphoplasty", levels=[{"name": "L1", "kind": "body"}],
             imaging={"modality": "fluoroscopy"})

PUMP = proc("pump_refill", pump_reprogrammed=False, performed_by_physician=True)
PSYCH = {"value": "intractable FBSS pain; psychological evaluation completed and cleared"}
COMPLETE = {
    "tfesi": note(TFESI, "L4-L5 disc herniation with left L5 radiculopathy"),
    "ilesi": note(ILESI, "lumbar radiculopathy"),
    "facet_dx": note(FACET_DX, "lumbar spondylosis without myelopathy or radiculopathy", necessity__radicular_findings=None),
    "facet_rfa": note(FACET_RFA, "lumbar facet arthropathy",
                      assessments__diagnostic_blocks=[{"percent": 90, "ordinal": 1}, {"percent": 85, "ordinal": 2}]),
    "si_dx": note(SI_DX, "right sacroiliitis", assessments__percent_relief=[{"percent": 80}]),
    "tpi": note(TPI, "myofascial pain of the neck with trigger points"),
    "onb": note(ONB, "left occipital neuralgia"),
    "genicular_rfa": note(GEN_RFA, "right knee osteoarthritis", assessments__diagnostic_blocks=[{"percent": 80}]),
    "lumbar_sympathetic": note(LSB, "CRPS type 1 of the left lower extremity"),
    "celiac": note(CELIAC, "pancreatic cancer pain"),
    "scs_trial": note(SCS_TRIAL, "failed back surgery syndrome", necessity__indication=PSYCH),
    "scs_implant": note(SCS_IMPLANT, "failed back surgery syndrome", necessity__indication=PSYCH,
                        assessments__prior_procedure_response=[{"percent": 60, "procedure": "SCS trial"}]),
    "pump_refill": note(PUMP, "chronic pain syndrome",
                        drugs=[{"generic": "morphine", "dose": 20, "dose_unit": "mg", "volume_ml": 20, "role": "other"}]),
    "kyphoplasty": note(KYPHO, "osteoporotic compression fracture of L1",
                        necessity__imaging_findings=[{"value": "MRI: acute L1 compression fracture with edema"}]),
}


def run(facts: NoteFacts, payer: str = "medicare", dos: dt.date = DOS) -> list[tuple[str, str, str, int | None]]:
    findings = check_documentation(facts, [], load_kb(), payer, dos)
    return [(f.id, f.element, f.severity, f.procedure_index) for f in findings]


@pytest.mark.parametrize("name", sorted(COMPLETE))
def test_complete_note_has_no_findings(name: str) -> None:
    assert run(COMPLETE[name]) == []


def test_tfesi_missing_necessity_and_guidance() -> None:
    facts = note(
        {**TFESI, "imaging": {"modality": "ultrasound"}, "contrast": {"used": False}, "laterality": None},
        "lumbar radiculopathy",
        necessity__symptom_duration={"weeks": 3},
        necessity__conservative_care=[{"modality": "nsaids", "weeks": 2, "outcome": "failed"}],
        necessity__imaging_findings=None,
        necessity__radicular_findings=None,
        time_out=None,
    )
    assert run(facts) == [
        ("common.time_out", "time_out", "info", None),
        ("common.laterality", "laterality", "error", 0),
        ("esi.symptom_duration", "symptom_duration", "error", 0),
        ("esi.conservative_care", "conservative_care", "error", 0),
        ("esi.imaging_findings", "imaging_findings", "error", 0),
        ("esi.radicular_findings", "indication", "error", 0),
        ("esi.imaging_guidance", "imaging_guidance", "error", 0),
        ("esi.contrast", "contrast", "error", 0),
        ("esi.saved_images", "saved_images", "warning", 0),
    ]


def test_acute_zoster_is_exempt_from_duration_and_conservative_care() -> None:
    short = {"necessity__symptom_duration": {"weeks": 1}, "necessity__conservative_care": None}
    assert run(note(TFESI, "acute herpes zoster, left L5 dermatome", **short)) == []
    assert run(note(TFESI, "lumbar radiculopathy", **short)) == [
        ("esi.symptom_duration", "symptom_duration", "error", 0),
        ("esi.conservative_care", "conservative_care", "error", 0),
    ]


def test_indication_may_be_a_diagnosis_with_its_history() -> None:
    assert run(note(FACET_DX, "lumbar spondylosis", necessity__indication=None)) == []
    bare = note(FACET_DX, "lumbar spondylosis", necessity__indication=None, necessity__symptom_duration=None,
                necessity__functional_impairment=None, assessments__functional_scales=None,
                necessity__radicular_findings=None)
    assert [f[0] for f in run(bare)] == ["common.indication", "facet.symptom_duration", "facet.functional_impairment"]


def test_tfesi_contrast_allergy_is_an_accepted_reason() -> None:
    facts = note({**TFESI, "contrast": {"used": False, "reason_not_used": "iodinated contrast allergy"}},
                 "lumbar radiculopathy")
    assert run(facts) == []


def test_esi_axial_diagnosis_and_missing_scores_and_drug_dose() -> None:
    facts = note(
        ILESI, "chronic low back pain",
        assessments__pain_scores=[{"timing": "pre", "value": 7, "scale": "NRS"},
                                  {"timing": "post", "value": 30, "scale": "VAS", "scale_max": 100}],
        drugs=[{"generic": "triamcinolone", "role": "steroid"}],
        consent=None,
    )
    findings = check_documentation(facts, [], load_kb(), "medicare", DOS)
    assert [(f.id, f.severity, f.procedure_index) for f in findings] == [
        ("common.post_procedure_pain_score", "error", None),
        ("common.consent", "warning", None),
        ("common.drug_dose", "error", 0),
        ("esi.diagnosis_support", "error", 0),
    ]
    by_id = {f.id: f for f in findings}
    assert by_id["common.post_procedure_pain_score"].fix == (
        "Pre-procedure pain was 7/10 on the NRS; post-procedure pain was ___/10."
    )
    assert by_id["common.post_procedure_pain_score"].message.endswith(
        "The pre score is on NRS 0-10 but the post score is on VAS 0-100."
    )
    assert by_id["common.drug_dose"].fix == "triamcinolone: ___ mg (___ mL of ___ mg/mL)."
    assert by_id["esi.diagnosis_support"].message.endswith("Documented: M54.50 (Low back pain, unspecified).")
    assert by_id["esi.diagnosis_support"].evidence[0].text == "chronic low back pain"
    assert by_id["common.consent"].requirement.source.endswith("(status: unconfirmed)")


def test_repeat_esi_needs_fifty_percent_for_three_months() -> None:
    facts = note(TFESI, "lumbar radiculopathy",
                 assessments__prior_procedure_response=[{"percent": 60, "duration_days": 45}])
    findings = check_documentation(facts, [], load_kb(), "medicare", DOS)
    assert [(f.id, f.element, f.severity) for f in findings] == [
        ("esi.prior_procedure_response", "prior_procedure_response", "error")
    ]
    assert findings[0].message.endswith("Documented: 60% for 45 days (needs a result of at least 50% for at least 90 days).")
    assert findings[0].fix == "The prior ESI gave 60% relief lasting ___ months (same scale as baseline)."
    ok = note(TFESI, "lumbar radiculopathy",
              assessments__prior_procedure_response=[{"percent": 60, "duration_days": 120}])
    assert run(ok) == []


def test_pre_score_must_match_the_baseline_scale() -> None:
    facts = note(TFESI, "lumbar radiculopathy",
                 assessments__pain_scores=[{"timing": "baseline", "value": 60, "scale": "VAS", "scale_max": 100},
                                           {"timing": "pre", "value": 7, "scale": "NRS"},
                                           {"timing": "post", "value": 2, "scale": "NRS"}])
    findings = check_documentation(facts, [], load_kb(), "medicare", DOS)
    assert [(f.id, f.severity) for f in findings] == [("common.pre_procedure_pain_score", "error")]
    assert findings[0].message.endswith("The baseline score is on VAS 0-100 but the pre score is on NRS 0-10.")


def test_esi_sedation_needs_details_and_justification() -> None:
    sedation = {"type": "moderate", "agents": ["midazolam"], "doses": ["2 mg midazolam"], "start_time": "09:02"}
    facts = note({**TFESI, "sedation": sedation}, "lumbar radiculopathy",
                 drugs=[{"generic": "dexamethasone", "dose": 10, "dose_unit": "mg", "role": "steroid"},
                        {"generic": "midazolam", "role": "sedative"}])
    findings = check_documentation(facts, [], load_kb(), "medicare", DOS)
    assert [(f.id, f.element, f.severity) for f in findings] == [
        ("sedation.details", "sedation_details", "error"),
        ("sedation.independent_observer", "sedation_details", "error"),
        ("sedation.justification", "sedation_details", "error"),
    ]
    assert findings[0].message.endswith("Missing: stop time.")
    assert findings[1].message.endswith("Missing: independent observer, intraservice minutes.")


def test_sedation_by_anesthesia_does_not_need_an_observer() -> None:
    sedation = {"type": "mac", "agents": ["propofol"], "doses": ["100 mg propofol"], "start_time": "09:00",
                "stop_time": "09:20", "by_proceduralist": False, "justification": "severe claustrophobia"}
    assert run(note({**TFESI, "sedation": sedation}, "lumbar radiculopathy")) == []


def test_facet_radiculopathy_diagnosis_and_missing_intent() -> None:
    facts = note({**FACET_DX, "intent": None, "approach": None, "imaging": {"modality": "ultrasound"}},
                 "lumbar radiculopathy", necessity__symptom_duration={"weeks": 8})
    assert run(facts) == [
        ("facet.symptom_duration", "symptom_duration", "error", 0),
        ("facet.imaging_guidance", "imaging_guidance", "error", 0),
        ("facet.intent", "approach", "error", 0),
        ("facet.approach", "approach", "error", 0),
        ("facet.diagnosis_support", "diagnosis", "error", 0),
    ]


def test_facet_closed_list_flags_unlisted_codes() -> None:
    # Low back pain is neither on the facet list nor explicitly excluded: the closed list still flags it.
    assert run(note(FACET_DX, "low back pain")) == [("facet.diagnosis_support", "diagnosis", "error", 0)]


def test_facet_confirmatory_block_needs_eighty_percent_from_the_first() -> None:
    facts = note(FACET_DX, "lumbar spondylosis", assessments__diagnostic_blocks=[{"percent": 60, "ordinal": 1}])
    findings = check_documentation(facts, [], load_kb(), "medicare", DOS)
    assert [(f.id, f.element, f.severity, f.procedure_index) for f in findings] == [
        ("facet.diagnostic_block_relief_confirmatory", "diagnostic_block_relief", "error", 0)
    ]
    # The failing 60% is not restated as if it were the fix.
    assert findings[0].fix == (
        "The first diagnostic block on ___ gave ___% relief of the index pain lasting ___ hours, "
        "consistent with the anesthetic used."
    )


def test_therapeutic_facet_needs_two_blocks_and_repeat_response() -> None:
    therapeutic = {**FACET_DX, "intent": "therapeutic"}
    facts = note(therapeutic, "lumbar spondylosis",
                 assessments__diagnostic_blocks=[{"percent": 90}],
                 assessments__prior_procedure_response=[{"percent": 50, "duration_days": 60}])
    assert run(facts) == [
        ("facet.diagnostic_block_relief_therapeutic", "diagnostic_block_relief", "error", 0),
        ("facet.prior_procedure_response", "prior_procedure_response", "error", 0),
    ]
    done = note(therapeutic, "lumbar spondylosis",
                assessments__diagnostic_blocks=[{"percent": 90}, {"percent": 80}],
                assessments__prior_procedure_response=[{"percent": 50, "duration_days": 100}])
    assert run(done) == []


def test_facet_rfa_technique_blocks_and_repeat() -> None:
    facts = note({**FACET_RFA, "radiofrequency": {"technique": "pulsed", "temperature_c": 42}},
                 "lumbar facet arthropathy", assessments__diagnostic_blocks=[{"percent": 90}])
    findings = check_documentation(facts, [], load_kb(), "medicare", DOS)
    assert [(f.id, f.element, f.severity) for f in findings] == [
        ("rfa.diagnostic_block_relief", "diagnostic_block_relief", "error"),
        ("rfa.technique", "approach", "error"),
    ]
    assert findings[1].message.endswith("Documented technique: pulsed (covered: thermal).")
    assert findings[1].fix == "Thermal radiofrequency lesions were made at ___ °C for ___ seconds at each target."
    repeat = note(FACET_RFA, "lumbar facet arthropathy",
                  assessments__prior_procedure_response=[{"percent": 70, "duration_days": 120}])
    assert run(repeat) == [("rfa.prior_procedure_response", "prior_procedure_response", "error", 0)]


def test_a_response_to_another_procedure_does_not_make_a_repeat() -> None:
    blocks = [{"percent": 90}, {"percent": 85}]
    other = note(FACET_RFA, "lumbar facet arthropathy", assessments__diagnostic_blocks=blocks,
                 assessments__prior_procedure_response=[{"percent": 30, "procedure": "L4-5 TFESI"}])
    assert run(other) == []
    same = note(FACET_RFA, "lumbar facet arthropathy", assessments__diagnostic_blocks=blocks,
                assessments__prior_procedure_response=[{"percent": 30, "procedure": "L4-5 TFESI"},
                                                       {"percent": 70, "duration_days": 120, "procedure": "right L4-5 RFA"}])
    findings = check_documentation(same, [], load_kb(), "medicare", DOS)
    assert [(f.id, f.severity) for f in findings] == [("rfa.prior_procedure_response", "error")]
    assert findings[0].message.endswith("Documented: 70% for 120 days (needs a result of at least 50% for at least 180 days).")


def test_si_incomplete() -> None:
    facts = note({**SI_DX, "imaging": {"modality": "fluoroscopy", "saved_images": True, "views": 1},
                  "contrast": None, "laterality": None},
                 "right sacroiliitis", assessments__percent_relief=[{"percent": 50}],
                 necessity__conservative_care=[{"modality": "physical_therapy", "weeks": 3, "outcome": "failed"}])
    assert run(facts) == [
        ("common.laterality", "laterality", "error", 0),
        ("si.conservative_care", "conservative_care", "error", 0),
        ("si.contrast", "contrast", "error", 0),
        ("si.saved_images", "saved_images", "warning", 0),
        ("si.diagnostic_positive", "percent_relief", "info", 0),
    ]


def test_therapeutic_si_needs_positive_diagnostic_block() -> None:
    facts = note({**SI_DX, "intent": "therapeutic"}, "right sacroiliitis",
                 assessments__diagnostic_blocks=[{"percent": 70}], assessments__percent_relief=None)
    # No stated percent relief, but pre 7 / post 2 on the NRS imply 71.4%: an info finding offers the number.
    findings = check_documentation(facts, [], load_kb(), "medicare", DOS)
    assert [(f.id, f.element, f.severity, f.procedure_index) for f in findings] == [
        ("si.diagnostic_block_relief", "diagnostic_block_relief", "error", 0),
        ("si.percent_relief", "percent_relief", "info", 0),
    ]
    assert findings[1].fix == "Pre-procedure pain 7/10, post-procedure pain 2/10: 71.4% relief of the index pain."
    assert findings[1].message.endswith("The pre and post scores imply 71.4% relief; state it.")
    no_post = note({**SI_DX, "intent": "therapeutic"}, "right sacroiliitis",
                   assessments__diagnostic_blocks=[{"percent": 90}], assessments__percent_relief=None,
                   assessments__pain_scores=[{"timing": "pre", "value": 7, "scale": "NRS"}])
    assert run(no_post) == [
        ("common.post_procedure_pain_score", "post_procedure_pain_score", "error", None),
        ("si.percent_relief", "percent_relief", "error", 0),
    ]


def test_tpi_incomplete() -> None:
    facts = note({**TPI, "muscles": []}, "neck pain", assessments__percent_relief=None,
                 assessments__pain_scores=[{"timing": "post", "value": 2, "scale": "NRS"}], drugs=None)
    assert run(facts) == [
        ("common.pre_procedure_pain_score", "pre_procedure_pain_score", "error", None),
        ("common.drug_name", "drug_name", "error", 0),
        ("tpi.muscles", "muscle_count", "error", 0),
        ("tpi.percent_relief", "percent_relief", "error", 0),
        ("tpi.trigger_points_found", "indication", "warning", 0),
    ]


def test_nerve_blocks_and_sympathetic() -> None:
    assert run(note({**ONB, "laterality": None}, "left occipital neuralgia", assessments__pain_scores=[])) == [
        ("common.pre_procedure_pain_score_other", "pre_procedure_pain_score", "warning", None),
        ("common.post_procedure_pain_score_other", "post_procedure_pain_score", "warning", None),
        ("common.laterality", "laterality", "error", 0),
    ]
    # Radiculopathy is neither listed for nor excluded from sympathetic blocks: open list, no finding.
    assert run(note({**LSB, "imaging": None, "levels": []}, "lumbar radiculopathy")) == [
        ("common.levels_sympathetic", "levels", "warning", 0),
        ("sympathetic.imaging_guidance", "imaging_guidance", "warning", 0),
    ]


def test_open_list_flags_only_explicitly_excluded_diagnoses() -> None:
    findings = check_documentation(note(SI_DX, "low back pain", assessments__percent_relief=[{"percent": 80}]),
                                   [], load_kb(), "medicare", DOS)
    assert [(f.id, f.element, f.severity, f.procedure_index) for f in findings] == [
        ("common.diagnosis_support", "diagnosis", "warning", 0)
    ]
    assert findings[0].requirement.source == "reference §7.2 [T]; L36850 indications [P] (status: unconfirmed)"


def test_genicular_rfa_incomplete() -> None:
    facts = note({**GEN_RFA, "radiofrequency": None}, "right knee osteoarthritis")
    assert run(facts) == [
        ("genicular_rfa.diagnostic_block_relief", "diagnostic_block_relief", "warning", 0),
        ("genicular_rfa.technique", "approach", "warning", 0),
    ]


def test_scs_incomplete() -> None:
    trial = note({**SCS_TRIAL, "approach": None}, "failed back surgery syndrome",
                 necessity__conservative_care=None, necessity__symptom_duration=None)
    assert run(trial) == [
        ("scs.conservative_care", "conservative_care", "error", 0),
        ("scs.psychological_evaluation", "indication", "error", 0),
        ("scs.symptom_duration", "symptom_duration", "warning", 0),
        ("scs.approach", "approach", "warning", 0),
    ]
    implant = note(SCS_IMPLANT, "failed back surgery syndrome", necessity__indication=PSYCH,
                   assessments__prior_procedure_response=[{"percent": 40}])
    assert run(implant) == [("scs.trial_response", "prior_procedure_response", "error", 0)]


def test_pump_refill_incomplete() -> None:
    facts = note(proc("pump_refill"), "chronic pain syndrome", drugs=[{"generic": "baclofen", "volume_ml": 20}])
    findings = check_documentation(facts, [], load_kb(), "medicare", DOS)
    assert [(f.id, f.element, f.severity) for f in findings] == [
        ("pump.drug_dose", "drug_dose", "error"),
        ("pump.reprogramming", "approach", "warning"),
        ("pump.performed_by", "approach", "warning"),
    ]
    assert findings[0].fix == "baclofen: ___ mg/mL, ___ mL placed in the reservoir."


def test_vertebral_augmentation_incomplete() -> None:
    facts = note({**KYPHO, "levels": [{"name": "L1", "kind": "body"}, {"name": "L2", "kind": "body"}],
                  "approach": None, "imaging": None},
                 "osteoporotic compression fracture of L1",
                 necessity__imaging_findings=[{"value": "MRI: acute L1 compression fracture"}],
                 necessity__conservative_care=[{"modality": "bracing"}])
    findings = check_documentation(facts, [], load_kb(), "medicare", DOS)
    assert [(f.id, f.severity) for f in findings] == [
        ("va.imaging_findings", "error"),
        ("va.approach", "error"),
        ("va.imaging_guidance", "error"),
        ("va.conservative_care", "warning"),
    ]
    assert findings[0].fix == "MRI/CT dated ___ shows an acute compression fracture at L2."


def test_caudal_epidural_needs_no_level_and_facet_nerves_count_as_levels() -> None:
    caudal = {**ILESI, "approach": "caudal", "levels": []}
    assert run(note(caudal, "lumbar radiculopathy")) == []
    assert run(note({**ILESI, "levels": []}, "lumbar radiculopathy")) == [("common.levels", "levels", "error", 0)]
    nerves = {**FACET_DX, "levels": [], "nerves": [{"name": "L4 medial branch"}, {"name": "L5 dorsal ramus"}]}
    assert run(note(nerves, "lumbar spondylosis")) == []


def test_pain_scores_are_reported_once_at_the_strictest_severity() -> None:
    facts = note(ONB, "myofascial pain of the neck with trigger points", assessments__pain_scores=[])
    facts.procedures.insert(0, note(TPI, "x").procedures[0])
    assert run(facts) == [
        ("common.pre_procedure_pain_score", "pre_procedure_pain_score", "error", None),
        ("common.post_procedure_pain_score", "post_procedure_pain_score", "error", None),
    ]
    facts.procedures.reverse()  # the order of procedures does not change which one wins
    assert run(facts) == [
        ("common.pre_procedure_pain_score", "pre_procedure_pain_score", "error", None),
        ("common.post_procedure_pain_score", "post_procedure_pain_score", "error", None),
    ]


def test_two_procedures_report_note_elements_once() -> None:
    facts = note(TFESI, "lumbar radiculopathy", consent=None)
    facts.procedures.append(facts.procedures[0].model_copy(update={"laterality": None}))
    assert run(facts) == [
        ("common.consent", "consent", "warning", None),
        ("common.laterality", "laterality", "error", 1),
    ]


def test_payer_filtering_keeps_only_all_payer_requirements() -> None:
    facts = note({**TFESI, "imaging": None}, "lumbar radiculopathy", necessity__symptom_duration=None, consent=None)
    assert run(facts, payer="medicare") == [
        ("common.consent", "consent", "warning", None),
        ("esi.symptom_duration", "symptom_duration", "error", 0),
        ("esi.imaging_guidance", "imaging_guidance", "error", 0),
        ("esi.saved_images", "saved_images", "warning", 0),
    ]
    assert run(facts, payer="commercial_generic") == [("common.consent", "consent", "warning", None)]
    no_scores = note(TFESI, "lumbar radiculopathy", assessments__pain_scores=[])
    assert run(no_scores, payer="medicare") == [
        ("common.pre_procedure_pain_score", "pre_procedure_pain_score", "error", None),
        ("common.post_procedure_pain_score", "post_procedure_pain_score", "error", None),
    ]
    assert run(no_scores, payer="commercial_generic") == [
        ("common.pre_procedure_pain_score_other", "pre_procedure_pain_score", "warning", None),
        ("common.post_procedure_pain_score_other", "post_procedure_pain_score", "warning", None),
    ]
    # A MAC profile extends medicare in payers.yaml and so gets the Medicare LCD requirements.
    assert run(facts, payer="medicare_cgs") == run(facts, payer="medicare")


def test_effective_dates_gate_lcd_requirements() -> None:
    facts = note({**TFESI, "imaging": None}, "lumbar radiculopathy")
    assert run(facts, dos=dt.date(2021, 12, 4)) == []
    assert run(facts, dos=dt.date(2021, 12, 5)) == [
        ("esi.imaging_guidance", "imaging_guidance", "error", 0),
        ("esi.saved_images", "saved_images", "warning", 0),
    ]


@pytest.mark.parametrize("texts,expected", [
    (["Same", "Pain, see prior notes"], ["common.diagnosis"]),
    (["see previous records"], ["common.diagnosis"]),
    (["as above."], ["common.diagnosis"]),
    (["Painful lumbar spondylosis"], []),
    (["Same as prior: lumbar spondylosis"], []),
])
def test_placeholder_diagnoses_do_not_count(texts: list[str], expected: list[str]) -> None:
    facts = note(FACET_DX, "x", necessity__diagnoses=[{"text": t} for t in texts])
    assert [f.id for f in check_documentation(facts, [], load_kb(), "medicare", DOS)] == expected


def test_unfilled_template_blank_is_shown_with_its_finding() -> None:
    blank = {"start": 400, "end": 403, "text": "***", "section": "complications"}
    other = {"start": 90, "end": 94, "text": "____", "section": "technique"}
    facts = note(TFESI, "lumbar radiculopathy", complications=None, placeholders=[blank, other])
    findings = check_documentation(facts, [], load_kb(), "medicare", DOS)
    assert [(f.id, f.severity) for f in findings] == [("common.complications", "warning")]
    assert findings[0].message == (
        "The note does not say whether there were complications. A template blank for it was left unfilled."
    )
    assert [(e.start, e.text) for e in findings[0].evidence] == [(400, "***")]


def test_unspecific_diagnosis_is_a_warning_with_a_concrete_fix() -> None:
    findings = check_documentation(note(LSB, "CRPS"), [], load_kb(), "medicare", DOS)
    assert [(f.id, f.element, f.severity, f.procedure_index) for f in findings] == [
        ("common.diagnosis_specificity", "diagnosis", "warning", None)
    ]
    assert findings[0].fix == (
        "Restate the diagnosis with its limb and side, e.g. 'lumbar radiculopathy' or 'CRPS type I of the left lower limb'."
    )


def test_invalid_written_icd10_is_a_code_validity_finding() -> None:
    facts = note(TFESI, "lumbar radiculopathy",
                 necessity__diagnoses=[{"text": "lumbar radiculopathy", "icd10": "M54.16"},
                                       {"text": "low back pain", "icd10": "M54.5", "evidence": _ev("M54.5")}])
    findings = check_documentation(facts, [], load_kb(), "medicare", DOS)
    assert [(f.id, f.element, f.severity, f.procedure_index) for f in findings] == [
        ("common.icd10_validity", "code_validity", "error", None)
    ]
    assert findings[0].message.endswith("M54.5 ended 2021-09-30; use M54.50, M54.51, M54.59.")
    assert [e.text for e in findings[0].evidence] == ["M54.5"]
    assert run(facts, dos=dt.date(2021, 9, 30)) == []


def test_a_stated_repeat_needs_the_prior_response() -> None:
    """Procedure.repeat (the note says it is a repeat) makes `applies_when.repeat` true without any response."""
    stated = {**TFESI, "repeat": {"value": True, "evidence": _ev("repeat L5-S1 TFESI")}}
    facts = note(stated, "lumbar radiculopathy")
    assert [(f.id, f.element, f.severity, f.procedure_index) for f in check_documentation(facts, [], load_kb(),
                                                                                          "medicare", DOS)] == [
        ("esi.prior_procedure_response", "prior_procedure_response", "error", 0)
    ]
    answered = note(stated, "lumbar radiculopathy",
                    assessments__prior_procedure_response=[{"percent": 60, "duration_days": 120}])
    assert run(answered) == []
    assert run(note(TFESI, "lumbar radiculopathy")) == []
    not_repeat = {**TFESI, "repeat": {"value": False}}
    assert run(note(not_repeat, "lumbar radiculopathy")) == []
