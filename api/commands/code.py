"""`painpoint code FACTS.json` and `painpoint kb show|check`: the coding engine and its knowledge
base from the command line.

Bad input (missing file, invalid JSON, facts that do not match the contract, unknown payer, bad
date) exits 2 with one clear line on stderr; `kb check` exits 1 when the KB has problems.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table
from rich.text import Text

from coding.engine import propose
from coding.errors import UnknownPayerError
from coding.facts import NoteFacts
from coding.kbcheck import MAX_DESCRIPTION, check_kb
from coding.knowledge import KB_DIR, KnowledgeBase, KnowledgeBaseError, load_kb, load_kb_from
from coding.result import CodingResult


class Format(str, Enum):
    json = "json"
    text = "text"


def _console() -> Console:
    return Console(width=160, soft_wrap=False, highlight=False)


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _read_facts(path: Path) -> NoteFacts:
    if not path.is_file():
        _fail(f"{path}: no such file")
    try:
        return NoteFacts.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        _fail(f"{path.name}: not valid facts ({exc.error_count()} error(s)); first at {where}: {first['msg']}")
    raise AssertionError("unreachable")


def _parse_dos(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--dos {value!r} is not a date (use YYYY-MM-DD)")
    raise AssertionError("unreachable")


def _print_result(result: CodingResult, payer: str, dos: dt.date, pos: str) -> None:
    console = _console()
    console.print(f"Payer {payer} · date of service {dos.isoformat()} · place of service {pos} · {result.kb_version}")
    table = Table(title="Proposed codes", show_lines=False)
    for column in ("Code", "Modifiers", "Units", "Description", "Rules"):
        table.add_column(column)
    for line in result.codes:
        table.add_row(line.code, " ".join(line.modifiers), str(line.units), line.description, ", ".join(line.rules))
    console.print(table)
    if result.diagnoses:
        dx = Table(title="ICD-10 suggestions")
        for column in ("Code", "Description", "Supports"):
            dx.add_column(column)
        for d in result.diagnoses:
            dx.add_row(d.code, d.description, ", ".join(d.supports))
        console.print(dx)
    if result.findings:
        findings = Table(title="Findings")
        for column in ("Severity", "Element", "Message", "Fix"):
            findings.add_column(column)
        for f in result.findings:
            findings.add_row(f.severity, f.element, f.message, f.fix)
        console.print(findings)


def _kb(directory: Path | None) -> KnowledgeBase:
    try:
        return load_kb_from(directory) if directory else load_kb()
    except KnowledgeBaseError as exc:
        _fail(str(exc))
    raise AssertionError("unreachable")


def _describe_code(kb: KnowledgeBase, code: str, dos: dt.date | None) -> dict[str, Any] | None:
    """Everything the KB knows about `code` (procedure, drug or modifier), as plain data."""
    key = code.upper()
    if key in kb.codes.codes:
        entry = kb.codes.codes[key]
        used_by = [f"{family}:{row}" for family, row in kb.codes.families_using(key)]
        out: dict[str, Any] = {
            "code": key, "type": "procedure", "kind": entry.kind, "description": entry.description,
            "addon": entry.addon, "primaries": entry.primaries, "imaging_included": entry.imaging_included,
            "guidance": entry.guidance, "global_days": entry.global_days,
            "bilateral_indicator": entry.bilateral.indicator if entry.bilateral else None,
            "bilateral_status": entry.bilateral.status if entry.bilateral else None,
            "bilateral_setting": entry.bilateral.payer_setting if entry.bilateral else None,
            "mue": entry.mue.value if entry.mue else None, "used_by": used_by,
        }
        sourced: Any = entry
    else:
        drug = next(((g, c) for g, d in kb.drugs.drugs.items() for c in d.codes if c.code == key), None)
        if drug is not None:
            generic, entry = drug
            out = {"code": key, "type": "drug", "kind": "HCPCS", "description": entry.description, "drug": generic,
                   "billing_unit": f"{entry.per:g} {entry.unit}", "names": kb.drugs.drugs[generic].names}
            sourced = entry
        elif key in kb.modifiers.modifiers:
            entry = kb.modifiers.modifiers[key]
            out = {"code": key, "type": "modifier", "description": entry.description,
                   "applies_when": entry.applies_when, "engine_applies": entry.engine_applies,
                   "never_with": entry.never_with}
            sourced = entry
        else:
            return None
    out |= {
        "effective": sourced.effective.label(), "status": sourced.status, "note": sourced.note,
        "sources": [s.label() for s in sourced.source],
    }
    if dos is not None:
        out["valid_on"] = {"date": dos.isoformat(), "valid": sourced.effective.covers(dos)}
    return out


def register(app: typer.Typer) -> None:
    @app.command("code")
    def code(
        facts_path: Path = typer.Argument(..., metavar="FACTS.json", help="Facts JSON (the `painpoint schema facts` contract)."),
        payer: Optional[str] = typer.Option(None, "--payer", help="Payer profile; default: the facts' payer, else medicare."),
        dos: Optional[str] = typer.Option(None, "--dos", help="Date of service YYYY-MM-DD; default: from the facts, else today."),
        fmt: Format = typer.Option(Format.text, "--format", help="json (CodingResult) or text (tables)."),
    ) -> None:
        """Propose CPT/HCPCS lines, modifiers and units for a facts file, with findings."""
        facts = _read_facts(facts_path)
        day = _parse_dos(dos)
        name = payer or facts.encounter.payer or "medicare"
        try:
            result = propose(facts, payer=name, date_of_service=day)
        except UnknownPayerError as exc:
            _fail(str(exc))
        if fmt is Format.json:
            typer.echo(result.model_dump_json(indent=2))
        else:
            _print_result(result, name, day or facts.encounter.date_of_service or dt.date.today(),
                          facts.encounter.place_of_service or "11")

    kb_app = typer.Typer(help="Inspect and check the coding knowledge base.", no_args_is_help=True)

    @kb_app.command("show")
    def show(
        code: str = typer.Argument(..., help="A CPT/HCPCS code or a modifier, e.g. 64493, J1010, KX."),
        dos: Optional[str] = typer.Option(None, "--dos", help="Also say whether the code is valid on this date."),
        fmt: Format = typer.Option(Format.text, "--format"),
        kb_dir: Optional[Path] = typer.Option(None, "--kb-dir", help="Knowledge-base directory (default: bundled)."),
    ) -> None:
        """Show what the knowledge base says about one code or modifier."""
        info = _describe_code(_kb(kb_dir), code, _parse_dos(dos))
        if info is None:
            _fail(f"{code!r} is not in the knowledge base (codes, drugs or modifiers)", code=1)
        assert info is not None
        if fmt is Format.json:
            typer.echo(json.dumps(info, indent=2))
            return
        table = Table(title=f"{info['code']} ({info['type']})", show_header=False)
        table.add_column("Field")
        table.add_column("Value")
        for key, value in info.items():
            shown = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
            table.add_row(key, shown)
        _console().print(table)

    @kb_app.command("check")
    def check(
        kb_dir: Optional[Path] = typer.Option(None, "--kb-dir", help="Knowledge-base directory (default: bundled)."),
        fmt: Format = typer.Option(Format.text, "--format"),
    ) -> None:
        """Validate the whole KB: schemas, sources on every entry, short own-words descriptions, payer
        settings that exist; list UNCONFIRMED/CONFLICT items. Exits 1 on problems."""
        report = check_kb(kb_dir or KB_DIR)
        if fmt is Format.json:
            typer.echo(json.dumps({"ok": report.ok, "version": report.version, "entries": report.entries,
                                   "problems": report.problems,
                                   "flagged": [{"path": p, "status": s, "note": n} for p, s, n in report.flagged]},
                                  indent=2))
        else:
            console = _console()
            console.print(f"Knowledge base {report.version or '(not loaded)'}: {report.entries} sourced entries, "
                          f"{len(report.flagged)} flagged, {len(report.problems)} problem(s) "
                          f"(descriptions over {MAX_DESCRIPTION} characters count as problems).")
            if report.flagged:
                table = Table(title="UNCONFIRMED / CONFLICT items (flagged when used)")
                for column in ("Entry", "Status", "Note"):
                    table.add_column(column)
                for path, status, note in report.flagged:
                    # Entry paths hold brackets ("requirements[esi.contrast]"): plain text, not rich markup.
                    table.add_row(Text(path), Text(status), Text(note or ""))
                console.print(table)
            for problem in report.problems:
                console.print(Text(f"PROBLEM {problem}"))
        if not report.ok:
            raise typer.Exit(1)

    app.add_typer(kb_app, name="kb")
