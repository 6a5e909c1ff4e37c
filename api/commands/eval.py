"""`painpoint eval PATH`: score the pipeline against annotated notes (gold JSON beside each note).

Metric arithmetic: see `api.evaluation` and `corpora/README.md`.
"""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        path: Path = typer.Argument(..., help="A corpus folder (e.g. corpora/notes/dev) or one note .txt with its .json gold."),
        as_json: bool = typer.Option(False, "--json", help="Print the full report as JSON."),
        payer: str | None = typer.Option(None, "--payer", help="Override each gold note's payer."),
        details: bool = typer.Option(False, "--details", help="List every note whose codes or findings differ."),
        include_info: bool = typer.Option(False, "--include-info", help="Count info-severity findings too."),
    ) -> None:
        """Per-field precision/recall/F1, code-line exact match and finding P/R/F1 against the gold."""
        from api.evaluation import DEFAULT_FINDING_SEVERITIES, corpus_notes, evaluate, report_json

        if not path.exists():
            typer.echo(f"error: no such path: {path}", err=True)
            raise typer.Exit(2)
        if not corpus_notes(path):
            typer.echo(f"error: no annotated notes (<id>.txt with <id>.json) under {path}", err=True)
            raise typer.Exit(2)
        severities = DEFAULT_FINDING_SEVERITIES | ({"info"} if include_info else set())
        try:
            report = evaluate(path, payer=payer, severities=frozenset(severities))
        except ImportError as exc:
            typer.echo(f"error: the analysis pipeline is not available ({exc})", err=True)
            raise typer.Exit(3) from exc
        if as_json:
            typer.echo(report_json(report))
            return
        _print_tables(report, details)


def _print_tables(report, details: bool) -> None:  # noqa: ANN001 - EvalReport, imported late
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 110))
    console.print(f"[bold]{report.notes}[/bold] notes, {report.errors} analysis errors")
    t = Table(title="Fields (micro P/R/F1; note accuracy = exact set match per in-scope note)")
    for col in ("field", "TP", "FP", "FN", "precision", "recall", "F1", "notes", "note acc."):
        t.add_column(col, justify="left" if col == "field" else "right", no_wrap=True)
    for name, prf in report.fields.items():
        t.add_row(name, str(prf.tp), str(prf.fp), str(prf.fn), f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                  str(prf.notes), f"{prf.accuracy:.3f}")
    console.print(t)
    c = report.code_lines
    console.print(f"Code lines exactly right on [bold]{report.codes_exact}/{report.notes}[/bold] notes "
                  f"({report.codes_exact_rate:.1%}); line P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}")
    by = Table(title="Code lines exactly right, by gold family")
    for col in ("family", "exact", "notes", "rate"):
        by.add_column(col, justify="left" if col == "family" else "right", no_wrap=True)
    for fam, (exact, n) in sorted(report.codes_by_family.items()):
        by.add_row(fam, str(exact), str(n), f"{exact / n:.1%}")
    console.print(by)
    f = Table(title="Findings by element (set of elements per note vs gold)")
    for col in ("element", "TP", "FP", "FN", "precision", "recall", "F1"):
        f.add_column(col, justify="left" if col == "element" else "right", no_wrap=True)
    for name, prf in sorted(report.finding_elements.items()):
        f.add_row(name, str(prf.tp), str(prf.fp), str(prf.fn), f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}")
    o = report.findings
    f.add_row("[bold]overall[/bold]", str(o.tp), str(o.fp), str(o.fn), f"{o.precision:.3f}", f"{o.recall:.3f}", f"{o.f1:.3f}")
    console.print(f)
    if details:
        for out in report.outcomes:
            if out.codes_exact and not out.missing_findings and not out.extra_findings and not out.error:
                continue
            bits = []
            if out.error:
                bits.append(f"error {out.error}")
            if out.missing_codes or out.extra_codes:
                bits.append(f"codes missing {out.missing_codes} extra {out.extra_codes}")
            if out.missing_findings or out.extra_findings:
                bits.append(f"findings missing {out.missing_findings} extra {out.extra_findings}")
            console.print(f"{out.id}: " + "; ".join(bits), markup=False)
