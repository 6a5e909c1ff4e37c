"""`painpoint analyze`: text, JSON, JSON Lines, folders, and every bad-input kind with its exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from api.errors import (
    EXIT_BINARY,
    EXIT_EMPTY,
    EXIT_NO_PROCEDURE,
    EXIT_TOO_LARGE,
    EXIT_UNKNOWN_PAYER,
    EXIT_UNREADABLE,
)
from coding.result import AnalysisResult

NOTES = Path(__file__).parent / "data" / "notes"
TFESI = NOTES / "tfesi_solution.txt"
MBB = NOTES / "mbb_bilateral.txt"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(app, ["analyze", *args])


def test_text_output_shows_codes_findings_and_highlighted_evidence(runner: CliRunner) -> None:
    r = run(runner, str(TFESI), "--dos", "2026-03-02")
    assert r.exit_code == 0, r.output
    assert "Procedure 1: transforaminal epidural | transforaminal | right | L4-L5, L5-S1" in r.stdout
    assert "64483" in r.stdout and "64484" in r.stdout
    assert "Findings" in r.stdout


def test_json_for_one_note_is_the_documented_result(runner: CliRunner) -> None:
    r = run(runner, str(TFESI), "--format", "json", "--dos", "2026-03-02")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    result = AnalysisResult.model_validate(data)
    assert result.source == "tfesi_solution.txt"
    assert [(c.code, c.modifiers, c.units) for c in result.codes][:2] == [("64483", ["RT"], 1), ("64484", ["RT"], 1)]
    assert [(d.generic, d.dose) for d in result.drugs] == [
        ("iohexol", 1.0), ("triamcinolone_acetonide", 80.0), ("bupivacaine", 5.0)]
    assert result.facts is not None and result.facts.source == "tfesi_solution.txt"
    assert result.notices == []


def test_several_notes_give_json_lines_with_their_sources(runner: CliRunner) -> None:
    r = run(runner, str(TFESI), str(MBB), "--format", "json")
    assert r.exit_code == 0, r.output
    lines = r.stdout.strip().split("\n")
    assert [json.loads(x)["source"] for x in lines] == ["tfesi_solution.txt", "mbb_bilateral.txt"]
    mbb = json.loads(lines[1])
    assert mbb["procedures"][0]["family"] == "facet_injection"
    assert [n["name"] for n in mbb["procedures"][0]["nerves"]] == [
        "L3 medial branch", "L4 medial branch", "L5 dorsal ramus"]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.txt").write_text(TFESI.read_text())
    (folder / "b_empty.txt").write_text("   \n\t\n")
    (folder / "c.txt").write_text(MBB.read_text())
    (folder / "ignored.json").write_text("{}")
    return folder


def test_folder_continues_past_a_bad_note_and_fails_at_the_end(runner: CliRunner, tmp_path: Path) -> None:
    r = run(runner, str(_folder(tmp_path)), "--format", "json")
    assert r.exit_code == EXIT_EMPTY
    assert [json.loads(x)["source"] for x in r.stdout.strip().split("\n")] == ["a.txt", "c.txt"]
    assert "b_empty.txt: note is empty" in r.stderr
    assert "2 analysed, 1 failed" in r.stderr
    assert "Traceback" not in r.output


@pytest.mark.parametrize(
    "content, code, message",
    [
        (b"", EXIT_EMPTY, "note is empty"),
        (b" \n \t \n", EXIT_EMPTY, "note is empty"),
        (b"L5 TFESI" + b"x" * (5 * 1024 * 1024), EXIT_TOO_LARGE, "the limit is 1024 KB"),
        (b"%PDF-1.4\x00\x01\x02binary", EXIT_BINARY, "NUL bytes"),
        (bytes(range(1, 32)) * 50, EXIT_BINARY, "mostly non-text"),
        (NOTES.joinpath("no_procedure.txt").read_bytes(), EXIT_NO_PROCEDURE, "No procedure was found"),
    ],
)
def test_each_bad_input_kind_has_its_exit_code(runner: CliRunner, tmp_path: Path, content: bytes, code: int,
                                              message: str) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(content)
    r = run(runner, str(path))
    assert r.exit_code == code, r.output
    assert message in r.stderr
    assert "Traceback" not in r.output


def test_non_utf8_is_decoded_with_a_notice(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(TFESI.read_text().replace("Lumbar radiculopathy", "Lumbar radiculopath\xe9").encode("latin-1"))
    r = run(runner, str(path), "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["notices"] == [
        "The file is not valid UTF-8: 1 undecodable byte sequence(s) were replaced with U+FFFD; "
        "words containing them may be missed."]
    assert data["procedures"][0]["family"] == "transforaminal_epidural"


def test_missing_path_unknown_payer_and_bad_date(runner: CliRunner, tmp_path: Path) -> None:
    r = run(runner, str(tmp_path / "nope.txt"))
    assert (r.exit_code, "no such file or folder" in r.stderr) == (EXIT_UNREADABLE, True)
    r = run(runner, str(TFESI), "--payer", "acme-health")
    assert r.exit_code == EXIT_UNKNOWN_PAYER
    assert "acme-health" in r.stderr
    r = run(runner, str(TFESI), "--dos", "03/02/2026")
    assert r.exit_code == 2
