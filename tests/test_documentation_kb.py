"""The requirements knowledge base and practice overlays: shape rules, and clear errors naming the entry."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from coding.documentation import check_documentation, load_overlay
from coding.facts import FAMILIES, NoteFacts
from coding.knowledge import KnowledgeBaseError, load_kb, load_kb_from
from coding.schema.requirements import Requirement, RequirementsFile

DATA = Path(__file__).parent / "data" / "requirements"
DOS = dt.date(2025, 3, 10)


def test_bundled_requirements_follow_the_conventions() -> None:
    reqs = load_kb().requirements.requirements
    assert len(reqs) == 84
    for req in reqs:
        if req.status != "confirmed":
            assert req.severity != "error", req.id
        assert req.id.split(".")[0] in {"common", "sedation", "esi", "facet", "rfa", "si", "tpi", "genicular_rfa",
                                        "sympathetic", "scs", "va", "pump"}, req.id
    families_covered = {f for r in reqs for f in r.families}
    assert "all" in families_covered
    # Every family has requirements of its own besides the common ones.
    assert set(FAMILIES) - families_covered == set()


def test_every_family_gets_the_common_note_elements() -> None:
    reqs = load_kb().requirements.requirements
    note_scoped = sorted(r.id for r in reqs if r.scope == "note")
    assert note_scoped == ["common.complications", "common.consent", "common.diagnosis",
                           "common.diagnosis_specificity", "common.icd10_validity", "common.indication",
                           "common.post_procedure_pain_score", "common.post_procedure_pain_score_other",
                           "common.pre_procedure_pain_score", "common.pre_procedure_pain_score_other",
                           "common.steroid_dose_misread", "common.time_out", "esi.steroid_dose_ceiling"]
    assert [r.id for r in reqs if r.scope == "note" and r.families != ["all"]] == [
        "common.pre_procedure_pain_score", "common.post_procedure_pain_score",
        "common.pre_procedure_pain_score_other", "common.post_procedure_pain_score_other",
        "esi.steroid_dose_ceiling",
    ]


def test_esi_elements_match_the_lcd_list() -> None:
    reqs = load_kb().requirements.requirements
    esi = {r.element for r in reqs if "transforaminal_epidural" in r.families and r.id.startswith("esi.")}
    assert esi == {"symptom_duration", "conservative_care", "functional_impairment", "imaging_findings", "indication",
                   "imaging_guidance", "contrast", "saved_images", "prior_procedure_response", "diagnosis", "frequency",
                   "dose_ceiling"}


def test_duplicate_ids_are_rejected() -> None:
    raw = load_kb().requirements.model_dump(by_alias=True)
    raw["requirements"].append(raw["requirements"][0])
    with pytest.raises(ValueError, match="duplicate requirement id 'common.indication'"):
        RequirementsFile.model_validate(raw)


def test_broken_bundled_file_names_the_file(tmp_path: Path) -> None:
    kb_dir = Path(load_kb().directory)
    shutil.copy(kb_dir / "icd10.yaml", tmp_path / "icd10.yaml")
    text = (kb_dir / "requirements.yaml").read_text(encoding="utf-8")
    (tmp_path / "requirements.yaml").write_text(text.replace("severity: info", "severity: fatal", 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"^requirements.yaml: (.|\n)*requirements.6.severity"):
        load_kb_from(tmp_path)


def test_overlay_loads_and_replaces_by_id() -> None:
    overlay = load_overlay(DATA / "overlay_practice.yaml")
    assert [r.id for r in overlay] == ["common.consent", "practice.discharge_condition"]
    facts = NoteFacts.model_validate({"procedures": [{"family": "transforaminal_epidural"}]})
    base = {f.id: f for f in check_documentation(facts, [], load_kb(), "aetna", DOS)}
    assert (base["common.consent"].severity, "practice.discharge_condition" in base) == ("warning", False)
    found = check_documentation(facts, [], load_kb(), "aetna", DOS, extra_requirements=overlay)
    assert [(f.id, f.element, f.severity) for f in found if f.procedure_index is None] == [
        ("common.indication", "indication", "error"),
        ("common.diagnosis", "diagnosis", "error"),
        ("common.consent", "consent", "error"),
        ("common.complications", "complications", "warning"),
        ("common.pre_procedure_pain_score_other", "pre_procedure_pain_score", "warning"),
        ("common.post_procedure_pain_score_other", "post_procedure_pain_score", "warning"),
        ("practice.discharge_condition", "complications", "warning"),
        ("common.time_out", "time_out", "info"),
    ]
    by_id = {f.id: f for f in found}
    assert by_id["common.consent"].message == "Practice policy: signed consent must be documented in every procedure note."
    assert by_id["practice.discharge_condition"].fix == (
        "The patient was discharged home in stable condition after a transforaminal epidural steroid injection."
    )
    assert by_id["practice.discharge_condition"].requirement.source == "Practice policy CP-9 [S]"


def test_partial_overlay_entries_change_only_what_they_give(tmp_path: Path) -> None:
    (changed,) = load_overlay(DATA / "overlay_wording.yaml")
    bundled = {r.id: r for r in load_kb().requirements.requirements}["esi.saved_images"]
    assert (changed.severity, changed.message) == ("error", "Our payers deny ESI claims without two saved views; attach them.")
    assert changed.model_dump(exclude={"severity", "message"}) == bundled.model_dump(exclude={"severity", "message"})
    facts = NoteFacts.model_validate({"procedures": [{"family": "transforaminal_epidural",
                                                      "imaging": {"modality": "fluoroscopy"}}]})
    found = {f.id: f for f in check_documentation(facts, [], load_kb(), "medicare", DOS, extra_requirements=[changed])}
    assert (found["esi.saved_images"].severity, found["esi.saved_images"].message) == (
        "error", "Our payers deny ESI claims without two saved views; attach them.")
    # A partial entry is still validated whole: an unconfirmed rule cannot become an error.
    bad = tmp_path / "overlay.yaml"
    bad.write_text("requirements:\n  - {id: common.time_out, severity: error}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"^overlay.yaml: requirements\[0\] \(id 'common.time_out'\): "
                                                  r"\(entry\): Value error, status unconfirmed requires severity"):
        load_overlay(bad)
    # An unknown id must be a complete entry.
    bad.write_text("requirements:\n  - {id: practice.new, severity: error}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"\(id 'practice.new'\): element: Field required"):
        load_overlay(bad)


def test_overlay_errors_name_each_entry() -> None:
    with pytest.raises(KnowledgeBaseError) as info:
        load_overlay(DATA / "overlay_broken.yaml")
    lines = str(info.value).splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("overlay_broken.yaml: requirements[0] (id 'practice.one'): element: Input should be")
    assert lines[1].startswith("overlay_broken.yaml: requirements[1] (id 'practice.two'): check: Input tag 'looks_fine'")
    assert "fix: Value error, unknown fix slot {pain}" in lines[1]
    assert "source.citation: Value error, citation must carry a reliability tag" in lines[1]
    assert lines[2] == ("overlay_broken.yaml: requirements[2] (id 'practice.three'): (entry): Value error, "
                        "status unconfirmed requires severity warning or info, not error")
    assert lines[3].startswith("overlay_broken.yaml: requirements[3]: id: Field required; families: Field required")


@pytest.mark.parametrize(
    "name,message",
    [
        ("overlay_duplicate.yaml", "overlay_duplicate.yaml: requirements[1] (id 'practice.same'): duplicate id in overlay"),
        ("overlay_not_a_list.yaml", "overlay_not_a_list.yaml: expected a mapping with a 'requirements' list"),
        ("overlay_bad_yaml.yaml", "overlay_bad_yaml.yaml: not valid YAML"),
        ("missing.yaml", "missing.yaml: overlay file not found"),
    ],
)
def test_overlay_file_errors(name: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError) as info:
        load_overlay(DATA / name)
    assert message in str(info.value)


def test_effective_window_is_validated() -> None:
    entry = load_kb().requirements.requirements[0].model_dump(by_alias=True)
    entry["effective"] = {"from": dt.date(2024, 1, 1), "to": dt.date(2023, 1, 1)}
    with pytest.raises(ValueError, match="effective.to is before effective.from"):
        Requirement.model_validate(entry)


def test_bad_arguments_get_a_clear_error() -> None:
    facts = NoteFacts()
    with pytest.raises(TypeError, match="needs the date of service as a date, got None"):
        check_documentation(facts, [], load_kb(), "medicare", None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="needs NoteFacts, got dict"):
        check_documentation({}, [], load_kb(), "medicare", DOS)  # type: ignore[arg-type]
    stamped = NoteFacts.model_validate({"procedures": [{"family": "trigger_point"}]})
    assert check_documentation(stamped, [], load_kb(), "medicare", dt.datetime(2025, 3, 10, 9, 30)) == \
        check_documentation(stamped, [], load_kb(), "medicare", DOS)


def test_a_broken_regex_in_the_kb_is_a_validation_error_naming_it() -> None:
    from pydantic import ValidationError

    from coding.schema.requirements import ContrastCheck

    with pytest.raises(ValidationError, match=r"invalid regular expression '\(unclosed'"):
        ContrastCheck(kind="contrast", accepted_reasons=["(unclosed"])
