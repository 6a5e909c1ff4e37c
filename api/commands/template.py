"""`painpoint template ...`: note templates generated from the knowledge base.

`list` shows the families and payers templates exist for; `build` writes one template in one
format; `modifiers` writes the modifier quick-reference sheet. Everything is derived from
`coding/kb/*.yaml` (plus an optional practice overlay), so these commands never go stale.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from api.templates_builder.catalog import CatalogError, load_catalog
from api.templates_builder.model import build_template
from api.templates_builder.render import FORMATS, render

template_app = typer.Typer(help="EMR note templates generated from the knowledge base.", no_args_is_help=True)

OVERLAY_HELP = "Practice overlay YAML (same shape as coding/kb/requirements.yaml) adding or rewording requirements."


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=2)


def _write(text: str, out: Path | None) -> None:
    if out is None:
        typer.echo(text, nl=False)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {out}: {exc.strerror}")
    typer.echo(f"wrote {out}", err=True)


@template_app.command("list")
def list_templates(overlay: Path | None = typer.Option(None, "--overlay", help=OVERLAY_HELP)) -> None:
    """List procedure families, how many blanks each template has per payer, and the formats."""
    from coding.facts import FAMILIES

    try:
        catalog = load_catalog(overlay=overlay)
        rows = []
        for family in FAMILIES:
            counts = [str(len(build_template(catalog, family, payer).fields)) for payer in catalog.payers]
            rows.append((family, counts))
    except CatalogError as exc:
        _fail(str(exc))
        return
    typer.echo(f"{'family':26} " + " ".join(f"{p:>18}" for p in catalog.payers))
    for family, counts in rows:
        typer.echo(f"{family:26} " + " ".join(f"{c:>18}" for c in counts))
    typer.echo(f"\nformats: {', '.join(FORMATS)}; knowledge base {catalog.version}")


@template_app.command("build")
def build(
    family: str = typer.Argument(..., help="Procedure family, e.g. transforaminal_epidural (see `template list`)."),
    payer: str | None = typer.Option(None, "--payer", help="Payer profile (default: the KB's default payer)."),
    fmt: str = typer.Option("smarttext", "--format", help=f"One of: {', '.join(FORMATS)}."),
    out: Path | None = typer.Option(None, "--out", help="Write to this file instead of standard output."),
    overlay: Path | None = typer.Option(None, "--overlay", help=OVERLAY_HELP),
    date: str | None = typer.Option(None, "--date", help="Rules in force on this date (YYYY-MM-DD; default today)."),
) -> None:
    """Write the note template for FAMILY and payer in one format."""
    try:
        day = dt.date.fromisoformat(date) if date else None
    except ValueError:
        _fail(f"--date {date!r} is not a YYYY-MM-DD date")
        return
    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    try:
        catalog = load_catalog(overlay=overlay)
        text = render(build_template(catalog, family, payer, day), fmt)
    except CatalogError as exc:
        _fail(str(exc))
        return
    _write(text, out)


@template_app.command("modifiers")
def modifiers(
    out: Path | None = typer.Option(None, "--out", help="Write to this file instead of standard output."),
) -> None:
    """Write the print-ready modifier quick-reference sheet (HTML)."""
    from api.templates_builder.modifiers import render_modifier_sheet

    try:
        text = render_modifier_sheet()
    except CatalogError as exc:
        _fail(str(exc))
        return
    _write(text, out)


def register(app: typer.Typer) -> None:
    app.add_typer(template_app, name="template")
