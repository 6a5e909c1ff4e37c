"""`painpoint analyze --store`: results and note text land in the database the coder worklist reads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sqlalchemy import select
from typer.testing import CliRunner

from api.cli import app
from api.db.models import Analysis
from api.db.session import make_engine, make_sessionmaker
from api.db.web_models import AuditEvent, ClaimLine, WebNote
from api.errors import EXIT_NO_PROCEDURE

NOTES = Path(__file__).parent / "data" / "notes"


def test_store_keeps_each_analysis_its_note_and_pending_claim_lines(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'pp.db'}"
    notes = [NOTES / "mbb_bilateral.txt", NOTES / "tfesi_solution.txt"]
    result = CliRunner().invoke(app, ["analyze", *map(str, notes), "--format", "json", "--store", "--db", url])
    assert result.exit_code == 0, result.output
    assert f"stored 2 analyses in {url}" in result.stderr

    with make_sessionmaker(make_engine(url))() as session:
        rows = {a.source: a for a in session.scalars(select(Analysis))}
        assert sorted(rows) == ["mbb_bilateral.txt", "tfesi_solution.txt"]
        mbb = rows["mbb_bilateral.txt"]
        assert [f.family for f in mbb.families] == ["facet_injection"]
        assert mbb.payer == "medicare"
        lines = session.scalars(
            select(ClaimLine).where(ClaimLine.analysis_id == mbb.id).order_by(ClaimLine.position)
        ).all()
        assert [(ln.code, ln.modifiers, ln.units, ln.decision) for ln in lines] == [
            ("64493", ["50", "KX"], 1, "pending"),
            ("64494", ["50", "KX"], 1, "pending"),
        ]
        note = session.scalars(select(WebNote).where(WebNote.analysis_id == mbb.id)).one()
        assert note.text == (NOTES / "mbb_bilateral.txt").read_text(encoding="utf-8")
        assert note.review_state == "waiting"
        audit = session.scalars(select(AuditEvent).where(AuditEvent.analysis_id == mbb.id)).all()
        assert [(e.action, e.username) for e in audit] == [("note.kept", "cli")]


def test_store_skips_notes_without_a_procedure(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'pp.db'}"
    result = CliRunner().invoke(app, ["analyze", str(NOTES / "no_procedure.txt"), "--store", "--db", url])
    assert result.exit_code == EXIT_NO_PROCEDURE
    assert "stored 0 analyses" in result.stderr


SEMANTIC_NOTE = (
    "PROCEDURE: Right L5-S1 transforaminal epidural steroid injection.\n"
    "HISTORY: She reports low back pain that has been present for about eight months.\n"
    "Visits from the grandchildren are cut short because she must lie down.\n"
    "She denies any numbness, tingling, or weakness in the legs.\n"
)


@pytest.mark.semantic
@pytest.mark.parametrize(("flag", "expected"), [("--no-semantic", []), ("--semantic", ["Visits from the grandchildren are cut short because she must lie down."])])
def test_semantic_flag_switches_the_matcher(tmp_path: Path, flag: str, expected: list[str]) -> None:
    """The flag is read when the pipeline is built, so each run is a fresh process."""
    from nlp.semantic import is_available

    if not is_available():
        pytest.skip("semantic extra not installed")
    note = tmp_path / "note.txt"
    note.write_text(SEMANTIC_NOTE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PAINPOINT_SEMANTIC"}
    proc = subprocess.run(
        [sys.executable, "-m", "api.cli", "analyze", str(note), "--format", "json", flag],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    facts = json.loads(proc.stdout)["necessity"]["functional_impairment"]
    assert [f["value"] for f in facts] == expected
