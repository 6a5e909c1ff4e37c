"""Knowledge base (codes, drugs, modifiers, payers): loads, cites, dates, and its schemas reject
the mistakes a hand-edited YAML file invites."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from coding.drugs import resolve
from coding.facts import FAMILIES, Drug
from coding.kbcheck import check_kb
from coding.knowledge import KB_DIR, load_kb
from coding.levels import SpineMap, normalise_level
from coding.schema.codes import CodesFile
from coding.schema.drugs import DrugsFile
from coding.schema.payers import PayersFile

KB = load_kb()


def raw(name: str) -> dict[str, Any]:
    return yaml.safe_load((KB_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


def test_every_family_has_selection_rules() -> None:
    assert sorted(KB.codes.families) == sorted(FAMILIES)


def test_coding_sections_pass_kb_check(tmp_path: Path) -> None:
    for name in ("codes", "drugs", "modifiers", "payers"):
        (tmp_path / f"{name}.yaml").write_bytes((KB_DIR / f"{name}.yaml").read_bytes())
    report = check_kb(tmp_path)
    assert report.problems == []
    assert report.entries > 150


def test_descriptions_are_short_own_words() -> None:
    descriptions = [e.description for e in KB.codes.codes.values()]
    descriptions += [c.description for d in KB.drugs.drugs.values() for c in d.codes]
    assert max(len(d) for d in descriptions) < 90


def test_every_code_cites_a_tagged_source() -> None:
    for code, entry in KB.codes.codes.items():
        assert entry.source, code
        assert all(s.tag for s in entry.source), code


def test_effective_dates_of_dated_codes() -> None:
    codes = KB.drugs.drugs["methylprednisolone_acetate"].codes
    by_code = {c.code: c.effective for c in codes}
    assert by_code["J1010"].covers(dt.date(2024, 4, 1)) and not by_code["J1010"].covers(dt.date(2024, 3, 31))
    assert by_code["J1030"].covers(dt.date(2024, 3, 31)) and not by_code["J1030"].covers(dt.date(2024, 4, 1))
    assert KB.codes.codes["64625"].effective.from_ == dt.date(2020, 1, 1)
    assert KB.codes.codes["64635"].effective.from_ == dt.date(2012, 1, 1)


def test_addons_name_existing_primaries() -> None:
    for code, entry in KB.codes.codes.items():
        if entry.addon:
            assert entry.primaries and all(p in KB.codes.codes for p in entry.primaries), code


def test_imaging_inclusive_and_guidance_codes() -> None:
    inclusive = {c for c, e in KB.codes.codes.items() if e.imaging_included}
    assert {"62321", "62323", "64479", "64483", "64490", "64493", "64633", "64635", "27096", "64451", "64625",
            "64454", "64624", "22510", "22513", "20604", "20606", "20611"} <= inclusive
    assert not {"62320", "62322", "64405", "64450", "64510", "64520", "20552", "20610"} & inclusive
    assert {c for c, e in KB.codes.codes.items() if e.guidance} == {"77002", "77003", "77012", "76942"}


@pytest.mark.parametrize(
    ("written", "generic"),
    [
        ("Depo-Medrol", "methylprednisolone_acetate"),
        ("Kenalog-40", "triamcinolone_acetonide"),
        ("Decadron", "dexamethasone_sodium_phosphate"),
        ("Celestone Soluspan", "betamethasone_sodium_phosphate_acetate"),
        ("Toradol", "ketorolac_tromethamine"),
        ("Botox", "onabotulinumtoxinA"),
        ("Marcaine 0.25%", "bupivacaine"),
        ("Sensorcaine", "bupivacaine"),
        ("Naropin", "ropivacaine"),
        ("Xylocaine 1%", "lidocaine"),
        ("Omnipaque 300", "iohexol"),
        ("Isovue-M 200", "iopamidol"),
    ],
)
def test_brand_names_map_to_generics(written: str, generic: str) -> None:
    assert resolve(Drug(generic=written.lower(), written=written), KB.drugs) == generic


def test_facet_innervation_table() -> None:
    spine = SpineMap(KB.codes.anatomy)
    assert spine.joints_for_nerves({"L3", "L4", "L5"})[:2] == (["L4-L5", "L5-S1"], set())
    assert spine.joints_for_nerves({"L2", "L3", "L4", "L5"})[0] == ["L3-L4", "L4-L5", "L5-S1"]
    assert spine.joints_for_nerves({"L4"})[:2] == ([], {"L4"})
    assert spine.joints_for_nerves({"C5", "C6", "C7"})[0] == ["C5-C6", "C6-C7"]
    assert spine.joints_for_nerves({"TON"})[0] == ["C2-C3"]
    assert spine.joints_for_nerves({"T11", "T12", "L1"})[0] == ["T12-L1", "L1-L2"]
    segments = set(KB.codes.anatomy.segments) | {"TON", "C8"}  # C8 is a nerve level with no vertebra
    for table in KB.codes.anatomy.innervation:
        for joint, nerves in table.joints.items():
            assert set(nerves) <= segments, joint


@pytest.mark.parametrize(("written", "level"), [("l4-5", "L4-L5"), ("L5/S1", "L5-S1"), ("c7 - t1", "C7-T1"),
                                                ("T12-L1", "T12-L1"), ("s1", "S1"), ("L 5", "L5"),
                                                ("right L4-5 facet", "L4-L5"), ("L5 - S1", "L5-S1")])
def test_level_names_normalise(written: str, level: str) -> None:
    assert normalise_level(written) == level


def test_roots_map_to_foramina() -> None:
    spine = SpineMap(KB.codes.anatomy)
    assert [spine.foramen_for_root(r) for r in ("L5", "S1", "C6", "C8", "T12")] == [
        "L5-S1", "S1", "C5-C6", "C7-T1", "T12-L1"]


def test_payer_profiles_inherit_and_differ_as_data() -> None:
    cgs = KB.payers.resolve("medicare_cgs")
    medicare = KB.payers.resolve("medicare")
    commercial = KB.payers.resolve("commercial_generic")
    assert cgs.thoracolumbar_junction_lumbar_session and not medicare.thoracolumbar_junction_lumbar_session
    assert cgs.model_dump(exclude={"thoracolumbar_junction_lumbar_session"}) == medicare.model_dump(
        exclude={"thoracolumbar_junction_lumbar_session"})
    assert (medicare.bilateral_style, medicare.addon_bilateral, medicare.kx_diagnostic_facet) == (
        "modifier_50", "modifier_50", True)
    assert (commercial.bilateral_style, commercial.addon_bilateral, commercial.kx_diagnostic_facet) == (
        "rt_lt_lines", "rt_lt_lines", False)
    assert KB.payers.chain("medicare_cgs") == ["medicare_cgs", "medicare"]


# --- schemas reject bad entries -------------------------------------------------------------------


def _codes_error(mutate: Any) -> str:
    data = copy.deepcopy(raw("codes"))
    mutate(data)
    with pytest.raises(ValidationError) as info:
        CodesFile.model_validate(data)
    return str(info.value)


def test_codes_schema_rejects_addon_without_primary() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["codes"]["64484"]["primaries"] = []
    assert "an add-on code must list its primary codes" in _codes_error(mutate)


def test_codes_schema_rejects_unknown_code_in_a_row() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["families"]["trigger_point"]["rows"][0]["code"] = "20554"
    assert "codes referenced but not defined: ['trigger_point.tpi.three_plus:20554']" in _codes_error(mutate)


def test_codes_schema_rejects_unknown_family() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["families"]["acupuncture"] = d["families"]["trigger_point"]
    assert "unknown families ['acupuncture']" in _codes_error(mutate)


def test_flagged_entry_needs_a_note() -> None:
    def mutate(d: dict[str, Any]) -> None:
        del d["codes"]["64517"]["note"]
    assert "status 'unconfirmed' needs a note" in _codes_error(mutate)


def test_unknown_reliability_tag_rejected() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["codes"]["64405"]["source"] = [{"cite": "some blog", "tag": "X"}]
    assert "unknown reliability tag 'X'" in _codes_error(mutate)


def test_effective_range_must_be_ordered() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["codes"]["64405"]["effective"] = {"from": "2024-01-01", "to": "2023-01-01"}
    assert "is before effective.from" in _codes_error(mutate)


def test_drug_name_cannot_map_to_two_generics() -> None:
    data = copy.deepcopy(raw("drugs"))
    data["drugs"]["ketorolac_tromethamine"]["names"].append("kenalog")
    with pytest.raises(ValidationError, match="drug name 'kenalog' maps to both"):
        DrugsFile.model_validate(data)


def test_payer_schema_rejects_bad_values_and_chains() -> None:
    data = copy.deepcopy(raw("payers"))
    data["profiles"]["medicare"]["values"]["bilateral_style"] = "sideways"
    with pytest.raises(ValidationError, match="bilateral_style"):
        PayersFile.model_validate(data)
    data = copy.deepcopy(raw("payers"))
    data["profiles"]["medicare_cgs"]["extends"] = "medicaid"
    with pytest.raises(ValidationError, match="extends unknown profile 'medicaid'"):
        PayersFile.model_validate(data)
    data = copy.deepcopy(raw("payers"))
    del data["settings"]["apply_mue"]
    with pytest.raises(ValidationError, match=r"undocumented \['apply_mue'\]"):
        PayersFile.model_validate(data)


def test_flagged_list_entries_are_named_by_their_id() -> None:
    from coding.kbcheck import check_kb

    flagged = {path: status for path, status, _note in check_kb().flagged}
    assert flagged["requirements.requirements[common.consent]"] == "unconfirmed"
    assert not any(p.startswith("requirements.requirements[") and p[len("requirements.requirements["):-1].isdigit()
                   for p in flagged)
