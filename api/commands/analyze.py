"""`painpoint analyze PATH...`: analyse procedure notes (files or folders of .txt).

Text output shows each note's code lines and findings with the evidence highlighted in the
note; `--format json` prints the documented result (`AnalysisResult`) for one note, or JSON
Lines (one object per note, each with its `source`) for several. A bad note is reported on
stderr and skipped; the exit status is then that note's kind (see EXIT CODES in --help).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import typer

from api.errors import (
    EXIT_BINARY,
    EXIT_EMPTY,
    EXIT_INTERNAL,
    EXIT_NO_PROCEDURE,
    EXIT_TOO_LARGE,
    EXIT_UNKNOWN_PAYER,
    EXIT_UNREADABLE,
    MAX_NOTE_BYTES,
)

EPILOG = (
    f"EXIT CODES: 0 all notes analysed; {EXIT_EMPTY} empty note; {EXIT_TOO_LARGE} note over "
    f"{MAX_NOTE_BYTES // 1024} KB; {EXIT_BINARY} binary file; {EXIT_NO_PROCEDURE} no procedure found; "
    f"{EXIT_UNREADABLE} missing or unreadable path; {EXIT_UNKNOWN_PAYER} unknown payer; "
    f"{EXIT_INTERNAL} internal error. With several notes, the first failure's code is returned "
    "after all notes are processed."
)
_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_CONTEXT_CHARS = 50


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


@dataclass
class Run:
    """What happened across the notes of one command."""

    exit_code: int = 0
    analysed: int = 0
    failed: list[str] = field(default_factory=list)

    def fail(self, code: int, label: str) -> None:
        if self.exit_code == 0:
            self.exit_code = code
        self.failed.append(label)


def collect(paths: list[Path]) -> tuple[list[Path], list[Path], bool]:
    """(note files, missing paths, whether a folder was given). Folders contribute their *.txt,
    recursively and sorted, so runs are reproducible."""
    files: list[Path] = []
    missing: list[Path] = []
    folder = False
    for p in paths:
        if p.is_dir():
            folder = True
            files += sorted(x for x in p.rglob("*.txt") if x.is_file())
        elif p.exists():
            files.append(p)
        else:
            missing.append(p)
    return files, missing, folder


def register(app: typer.Typer) -> None:
    @app.command("analyze", epilog=EPILOG)
    def analyze(
        paths: list[Path] = typer.Argument(..., help="Note files (.txt) or folders of them."),
        payer: str = typer.Option("medicare", "--payer", help="Payer whose rules apply (e.g. medicare)."),
        dos: dt.datetime | None = typer.Option(
            None, "--dos", formats=["%Y-%m-%d"], help="Date of service YYYY-MM-DD (default: the note's, else today)."
        ),
        pos: str | None = typer.Option(None, "--pos", help="Place of service code, e.g. 11 office, 22 HOPD, 24 ASC."),
        output: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
        store: bool = typer.Option(
            False, "--store", help="Keep each result and its note in the database for the coder worklist."
        ),
        db: str | None = typer.Option(
            None, "--db", help="Database URL for --store (default: the service's, a SQLite file in the user data dir)."
        ),
        semantic: bool | None = typer.Option(
            None, "--semantic/--no-semantic",
            help="Run the optional semantic necessity matcher (needs the semantic extra; default: PAINPOINT_SEMANTIC).",
        ),
        presence: bool | None = typer.Option(
            None, "--presence/--no-presence",
            help="Run the presence verifier (default on; PAINPOINT_PRESENCE=0 switches it off).",
        ),
    ) -> None:
        """Propose codes and flag missing documentation for procedure notes."""
        if semantic is not None:
            # Read when the pipeline is first built (below), so setting it here is enough.
            os.environ["PAINPOINT_SEMANTIC"] = "1" if semantic else "0"
        if presence is not None:  # read at every note (`nlp.presence.enabled`)
            os.environ["PAINPOINT_PRESENCE"] = "1" if presence else "0"
        from rich.console import Console

        err = Console(stderr=True, highlight=False, soft_wrap=True)
        out = Console(highlight=False, soft_wrap=True)
        files, missing, folder = collect(paths)
        run = Run()
        for p in missing:
            err.print(f"[red]error[/red]: {p}: no such file or folder", markup=True)
            run.fail(EXIT_UNREADABLE, str(p))
        if not files:
            if not missing:
                err.print("error: no .txt notes found", markup=False)
                run.fail(EXIT_UNREADABLE, "")
            raise typer.Exit(run.exit_code)
        jsonl = output is OutputFormat.json and (len(files) > 1 or folder)
        date = dos.date() if dos else None
        store_one = _Store(db) if store else None
        with _progress(err, enabled=folder and len(files) > 1) as advance:
            for path in files:
                _one(path, payer, date, pos, output, jsonl, out, err, run, store_one)
                advance()
        if run.failed and (len(files) + len(missing)) > 1:
            err.print(f"{run.analysed} analysed, {len(run.failed)} failed", markup=False)
        if store_one is not None:
            err.print(f"stored {store_one.count} analyses in {store_one.where}", markup=False)
        raise typer.Exit(run.exit_code)


class _Store:
    """`--store`: the same persistence as `POST /v1/analyze` with `store: true` (result plus note text kept
    for review), on the service's database, created and migrated on first use."""

    def __init__(self, db: str | None) -> None:
        from sqlalchemy.engine import make_url

        from api.db.migrate import upgrade
        from api.db.session import make_engine, make_sessionmaker
        from api.settings import load_settings

        url = db or load_settings().db_url
        engine = make_engine(url)
        upgrade(engine)
        self.factory = make_sessionmaker(engine)
        self.where = make_url(url).render_as_string(hide_password=True)
        self.count = 0

    def __call__(self, result, text: str, payer: str, pos: str | None, source: str) -> str:  # noqa: ANN001
        from api.db.repository import store_analysis
        from api.db.session import session_scope
        from api.web.repository import keep_note_for_review

        dos = result.facts.encounter.date_of_service if result.facts else None
        with session_scope(self.factory) as session:
            row = store_analysis(session, result, payer=payer, date_of_service=dos, place_of_service=pos,
                                 patient=None, encounter=None, source=source)
            keep_note_for_review(session, row, text, result, submitted_by="cli", role="cli")
            self.count += 1
            return row.id


def _one(path: Path, payer: str, date: dt.date | None, pos: str | None, output: OutputFormat, jsonl: bool,
         out, err, run: Run, store=None) -> None:  # noqa: ANN001 - rich consoles, _Store
    from api.errors import BadNoteError
    from api.pipeline import analyze_text, read_note
    from coding.errors import UnknownPayerError

    source = path.name
    try:
        text, notices = read_note(path)
        result = analyze_text(text, payer=payer, date_of_service=date, place_of_service=pos, source=source,
                              notices=notices)
    except BadNoteError as exc:
        err.print(f"error: {exc.message}" if str(path) in exc.message or path.name in exc.message
                  else f"error: {path}: {exc.message}", markup=False)
        run.fail(exc.exit_code, str(path))
        return
    except UnknownPayerError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(EXIT_UNKNOWN_PAYER) from None
    except Exception as exc:  # noqa: BLE001 - one broken note must not stop a folder
        err.print(f"error: {path}: internal error while analysing ({exc.__class__.__name__}); "
                  "please report it with the note id, not the note", markup=False)
        run.fail(EXIT_INTERNAL, str(path))
        return
    run.analysed += 1
    for notice in result.notices:
        err.print(f"notice: {path}: {notice}", markup=False)
    if not result.procedures:
        run.fail(EXIT_NO_PROCEDURE, str(path))
    elif store is not None:
        store(result, text, payer, pos, source)
    if output is OutputFormat.json:
        data = result.model_dump(mode="json")
        if jsonl:
            sys.stdout.write(json.dumps(data, separators=(",", ":")) + "\n")
        else:
            sys.stdout.write(json.dumps(data, indent=2) + "\n")
        sys.stdout.flush()
    else:
        render_text(result, text, out)


class _progress:
    """A transient progress bar on stderr for folders; a no-op otherwise."""

    def __init__(self, console, enabled: bool) -> None:  # noqa: ANN001
        self.console = console
        self.enabled = enabled
        self.bar = None

    def __enter__(self):  # noqa: ANN204
        if not self.enabled:
            return lambda: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            console=self.console, transient=True)
        self.bar.__enter__()
        task = self.bar.add_task("notes", total=None)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _snippet(text: str, start: int, end: int):  # noqa: ANN202 - rich Text
    """The evidence with a little context on each side, the evidence itself highlighted."""
    from rich.text import Text

    a = max(0, start - _CONTEXT_CHARS)
    b = min(len(text), end + _CONTEXT_CHARS)
    t = Text("…" if a > 0 else "")
    t.append(" ".join(text[a:start].split(" ")).replace("\n", " "))
    t.append(text[start:end].replace("\n", " "), style="bold black on yellow")
    t.append(text[end:b].replace("\n", " "))
    if b < len(text):
        t.append("…")
    return t


def render_text(result, text: str, console) -> None:  # noqa: ANN001 - AnalysisResult, rich Console
    """Human-readable result: procedures, code lines, diagnoses and findings with evidence."""
    from rich.table import Table
    from rich.text import Text

    console.rule(Text(result.source or "note", style="bold"))
    if not result.procedures:
        console.print("No procedure found in this note.", style="bold red")
    for i, p in enumerate(result.procedures):
        levels = ", ".join(lv.name for lv in p.levels) or ", ".join(n.name for n in p.nerves) or "-"
        bits = [p.family.replace("_", " "), p.approach or "", p.laterality or "", levels]
        console.print(Text(f"Procedure {i + 1}: " + " | ".join(b for b in bits if b), style="bold"))
    if result.codes:
        table = Table(title="Proposed codes", title_justify="left")
        for col in ("code", "modifiers", "units", "description"):
            table.add_column(col)
        for c in result.codes:
            table.add_row(c.code, " ".join(c.modifiers), str(c.units), c.description)
        console.print(table)
        for c in result.codes:
            for ev in c.evidence[:1]:
                line = Text(f"  {c.code}: ")
                line.append(_snippet(text, ev.start, ev.end))
                console.print(line)
    else:
        console.print("No codes proposed.")
    if result.diagnoses:
        console.print(Text("ICD-10 suggestions: ", style="bold") +
                      Text(", ".join(f"{d.code} {d.description}" for d in result.diagnoses)))
    if result.findings:
        console.print(Text(f"Findings ({len(result.findings)})", style="bold"))
        for f in result.findings:
            head = Text(f"[{f.severity}] ", style=_SEVERITY_STYLE.get(f.severity, ""))
            head.append(f"{f.element}: {f.message}")
            console.print(head)
            for ev in f.evidence[:2]:
                console.print(Text("    ") + _snippet(text, ev.start, ev.end))
            if f.fix:
                console.print(Text(f"    fix: {f.fix}", style="dim"))
    else:
        console.print("No documentation findings.", style="green")
