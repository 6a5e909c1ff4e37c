"""CLI: `painpoint code`, `painpoint kb show`, `painpoint kb check` (typer CliRunner)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from coding.knowledge import KB_DIR

FACTS = Path(__file__).parent / "data" / "facts"
MINE = ("codes.yaml", "drugs.yaml", "modifiers.yaml", "payers.yaml")
runner = CliRunner()


def test_code_json_output() -> None:
    result = runner.invoke(app, ["code", str(FACTS / "facet_bilateral_diagnostic.json"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(c["code"], c["modifiers"], c["units"]) for c in data["codes"]] == [
        ("64493", ["50", "KX"], 1), ("64494", ["50", "KX"], 1)]
    assert data["kb_version"].startswith("kb-")


def test_code_uses_the_payer_in_the_facts_and_the_option_overrides_it() -> None:
    path = str(FACTS / "tfesi_with_steroid.json")
    from_facts = json.loads(runner.invoke(app, ["code", path, "--format", "json"]).stdout)
    assert [(c["code"], c["modifiers"], c["units"]) for c in from_facts["codes"]] == [
        ("64483", ["LT"], 1), ("64484", ["LT"], 1), ("J1100", [], 10)]
    medicare = json.loads(runner.invoke(app, ["code", path, "--payer", "medicare", "--format", "json"]).stdout)
    assert [c["code"] for c in medicare["codes"]] == ["64483", "64484", "J1100"]


def test_code_dos_option_overrides_the_facts_date() -> None:
    path = str(FACTS / "facet_bilateral_diagnostic.json")
    out = runner.invoke(app, ["code", path, "--dos", "2009-12-31", "--format", "json"])
    data = json.loads(out.stdout)
    assert data["codes"] == []
    assert [f["id"] for f in data["findings"] if f["id"].startswith("code_validity")] == [
        "code_validity.not_effective.64493", "code_validity.not_effective.64494"]


def test_code_text_output_has_tables() -> None:
    result = runner.invoke(app, ["code", str(FACTS / "facet_bilateral_diagnostic.json")])
    assert result.exit_code == 0
    assert "Payer medicare · date of service 2025-03-01 · place of service 11" in result.stdout
    assert "Proposed codes" in result.stdout and "Findings" in result.stdout
    assert "│ 64493 │ 50 KX     │ 1     │" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["code", "nope.json"], "error: nope.json: no such file"),
        (["code", str(FACTS / "invalid_family.json")],
         "error: invalid_family.json: not valid facts (1 error(s)); first at procedures.0.family:"),
        (["code", str(FACTS / "tfesi_with_steroid.json"), "--payer", "acme"],
         "error: unknown payer 'acme'; known payers: commercial_generic, medicare, medicare_cgs, medicare_facility"),
        (["code", str(FACTS / "tfesi_with_steroid.json"), "--dos", "03/01/2025"],
         "error: --dos '03/01/2025' is not a date (use YYYY-MM-DD)"),
    ],
)
def test_code_bad_input_exits_2_with_one_clear_line(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert result.stdout == ""


def test_code_rejects_non_json(tmp_path: Path) -> None:
    bad = tmp_path / "note.json"
    bad.write_text("this is not json", encoding="utf-8")
    result = runner.invoke(app, ["code", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: note.json: not valid facts (1 error(s)); first at (top level): Invalid JSON")


def test_kb_show_procedure_code_json() -> None:
    result = runner.invoke(app, ["kb", "show", "64494", "--dos", "2009-06-01", "--format", "json"])
    assert result.exit_code == 0
    info = json.loads(result.stdout)
    assert info["description"] == "Facet or medial branch injection, lumbar or sacral, second level"
    assert (info["addon"], info["primaries"], info["mue"], info["global_days"]) == (True, ["64493", "64490"], 1, "ZZZ")
    assert info["valid_on"] == {"date": "2009-06-01", "valid": False}
    assert info["used_by"] == ["facet_injection:facet.junction", "facet_injection:facet.ls"]
    assert info["sources"][0] == "NGS facet prior-authorization code list [P]"


def test_kb_show_drug_and_modifier() -> None:
    drug = json.loads(runner.invoke(app, ["kb", "show", "j1030", "--dos", "2024-04-01", "--format", "json"]).stdout)
    assert (drug["type"], drug["drug"], drug["billing_unit"]) == ("drug", "methylprednisolone_acetate", "40 mg")
    assert drug["valid_on"] == {"date": "2024-04-01", "valid": False}
    modifier = json.loads(runner.invoke(app, ["kb", "show", "KX", "--format", "json"]).stdout)
    assert (modifier["type"], modifier["engine_applies"], modifier["never_with"]) == ("modifier", True, ["GA"])


def test_kb_show_text_and_unknown_code() -> None:
    text = runner.invoke(app, ["kb", "show", "64510"])
    assert text.exit_code == 0
    assert "Stellate ganglion (cervical sympathetic) block" in text.stdout
    assert "sympathetic_bilateral_indicator" in text.stdout
    missing = runner.invoke(app, ["kb", "show", "99999"])
    assert missing.exit_code == 1
    assert missing.stderr.startswith("error: '99999' is not in the knowledge base")


def _kb_copy(tmp_path: Path) -> Path:
    for name in MINE:
        shutil.copy(KB_DIR / name, tmp_path / name)
    return tmp_path


def test_kb_check_passes_on_the_coding_sections(tmp_path: Path) -> None:
    result = runner.invoke(app, ["kb", "check", "--kb-dir", str(_kb_copy(tmp_path)), "--format", "json"])
    assert result.exit_code == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["problems"] == []
    flagged = {item["path"]: item["status"] for item in report["flagged"]}
    assert flagged["codes.codes.64517"] == "unconfirmed"
    assert flagged["drugs.drugs.methylprednisolone_acetate.codes[0]"] == "conflict"
    assert flagged["payers.settings.sympathetic_fluoroscopy_code"] == "conflict"
    assert flagged["codes.codes.64510.bilateral"] == "conflict"


def test_kb_check_fails_on_a_long_descriptor(tmp_path: Path) -> None:
    kb = _kb_copy(tmp_path)
    codes = (kb / "codes.yaml").read_text(encoding="utf-8")
    long_text = "Injection procedure " + "with a very long copied descriptor " * 3
    codes = codes.replace("description: Sciatic nerve block, single injection", f"description: {long_text.strip()}")
    (kb / "codes.yaml").write_text(codes, encoding="utf-8")
    result = runner.invoke(app, ["kb", "check", "--kb-dir", str(kb)])
    assert result.exit_code == 1
    assert "PROBLEM codes.codes.64445: description is 124 characters (over 90)" in result.stdout


def test_kb_check_fails_when_an_entry_loses_its_source(tmp_path: Path) -> None:
    kb = _kb_copy(tmp_path)
    codes = (kb / "codes.yaml").read_text(encoding="utf-8")
    (kb / "codes.yaml").write_text(codes.replace("    source: [*GH_64530]\n", "", 1), encoding="utf-8")
    result = runner.invoke(app, ["kb", "check", "--kb-dir", str(kb), "--format", "json"])
    assert result.exit_code == 1
    (problem,) = json.loads(result.stdout)["problems"]
    assert problem.startswith("does not load: codes.yaml:")
    assert "codes.64530.source" in problem and "Field required" in problem
