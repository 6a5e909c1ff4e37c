"""The modifier quick-reference sheet: every modifier in the knowledge base, when it applies,
what it never goes with, and a pain-procedure example.

Meaning, trigger, exclusions, dates, status and citations come from `coding/kb/modifiers.yaml`;
only the worked examples live beside the templates (`templates/emr/modifier_examples.yaml`). The
sheet refuses to render if the two disagree (a modifier without an example or an example for a
modifier the KB does not have), so the printed sheet can never silently drop one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from api.templates_builder.catalog import CatalogError, _citation
from api.templates_builder.render import TEMPLATE_DIR, render_page

EXAMPLES_PATH = TEMPLATE_DIR / "modifier_examples.yaml"


@dataclass(frozen=True)
class ModifierRow:
    code: str
    description: str
    applies_when: str
    never_with: tuple[str, ...]
    engine_applies: bool
    example: str
    example_lines: tuple[str, ...]
    citation: str
    status: str
    note: str | None
    effective: str


def _section(kb_dir: Path | None) -> dict[str, Any]:
    from coding.knowledge import KnowledgeBaseError, load_kb, load_kb_from

    try:
        kb = load_kb() if kb_dir is None else load_kb_from(kb_dir)
        section = kb.modifiers
    except (KnowledgeBaseError, AttributeError) as exc:
        raise CatalogError(f"cannot read the modifiers of the knowledge base: {exc}") from exc
    return section.model_dump(mode="json", by_alias=True)


def modifier_rows(section: dict[str, Any], examples_path: Path = EXAMPLES_PATH) -> list[ModifierRow]:
    examples = yaml.safe_load(examples_path.read_text(encoding="utf-8")) or {}
    examples = {str(k): v for k, v in examples.items()}
    modifiers = {str(k): v for k, v in (section.get("modifiers") or {}).items()}
    missing = sorted(set(modifiers) - set(examples))
    orphans = sorted(set(examples) - set(modifiers))
    if missing or orphans:
        raise CatalogError(
            f"{examples_path.name}: modifiers without an example {missing}; examples for unknown modifiers {orphans}"
        )
    rows = []
    for code, entry in modifiers.items():
        example = examples[code]
        eff = entry.get("effective") or {}
        start, end = eff.get("from") or eff.get("from_"), eff.get("to")
        rows.append(
            ModifierRow(
                code=code,
                description=entry["description"],
                applies_when=entry["applies_when"],
                never_with=tuple(entry.get("never_with") or ()),
                engine_applies=bool(entry.get("engine_applies")),
                example=str(example["scenario"]),
                example_lines=tuple(example.get("lines") or ()),
                citation=_citation(entry.get("source")),
                status=entry.get("status", "confirmed"),
                note=entry.get("note"),
                effective=_effective_label(start, end),
            )
        )
    return rows


def _effective_label(start: Any, end: Any) -> str:
    """'from 2015-01-01' for modifiers with a known start; nothing for the KB's 'always' default."""
    if not start or str(start) <= "1990-01-01":
        return ""
    return f"from {start}" + (f" to {end}" if end else "")


def render_modifier_sheet(kb_dir: Path | None = None, section: dict[str, Any] | None = None) -> str:
    """The print-ready HTML sheet."""
    section = section if section is not None else _section(kb_dir)
    return render_page(
        "modifiers.html.j2",
        rows=modifier_rows(section),
        version=section.get("version", ""),
        today=dt.date.today().isoformat(),
    )
