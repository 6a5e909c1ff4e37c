"""Render a template tree as SmartText, plain text, printable HTML or a FHIR Questionnaire.

Jinja2 runs in a `SandboxedEnvironment` (templates are data a practice may edit; the sandbox keeps
them from reaching Python internals) with autoescaping for `.html.j2` files, so KB wording such as
"<2 views" cannot break the page. Each line is handed to the Jinja template already split around
its blanks (text before the main blank, then text and any extra slots), so every format shows the
same sentence the filled note will carry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from api.templates_builder.model import Field, NoteTemplate

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "templates" / "emr"
FORMATS: dict[str, tuple[str, str]] = {
    # format: (Jinja template or builder, media type)
    "smarttext": ("smarttext.j2", "text/plain; charset=utf-8"),
    "text": ("text.j2", "text/plain; charset=utf-8"),
    "html": ("html.html.j2", "text/html; charset=utf-8"),
    "questionnaire": ("", "application/fhir+json"),
}
EXTENSIONS = {"smarttext": "txt", "text": "txt", "html": "html", "questionnaire": "json"}


@lru_cache(maxsize=1)
def environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["smartlist_id"] = smartlist_id
    env.filters["unit_suffix"] = unit_suffix
    return env


def unit_suffix(unit: str | None) -> str:
    """How a number blank's unit follows the number: '80%', '6 weeks', '80 °C'."""
    if not unit:
        return ""
    return "%" if unit == "percent" else f" {unit}"


def smartlist_id(field: Field, family: str) -> str:
    """A stable SmartList id for the build sheet: family and element, upper case."""
    return re.sub(r"[^A-Z0-9]+", "_", f"PP_{family}_{field.key}".upper())


@dataclass(frozen=True)
class Line:
    """A field as one sentence: text before the blank, the field, text after it."""

    field: Field
    before: str
    tail: tuple[tuple[str, str | None], ...]  # after the blank: (text, extra slot key or None)
    condition: str  # human wording of the condition, "" when unconditional
    value: str | None = None  # the completed text (fill mode)
    sentence: str | None = None  # a whole-sentence answer (yes/no phrases in fill mode)
    slot_values: dict[str, str] | None = None  # completed extra slots (fill mode)


def split_phrase(field: Field) -> tuple[str, tuple[tuple[str, str | None], ...]]:
    """Text before the main blank, then the rest as (text, slot) pairs: slots are extra blanks."""
    pattern = field.phrase.pattern.replace("{label}", field.label)
    before, _, after = pattern.partition("{value}")
    pieces = re.split(r"\{(\w+)\}", after)
    tail = [(pieces[i], pieces[i + 1] if i + 1 < len(pieces) else None) for i in range(0, len(pieces), 2)]
    return before, tuple(tail)


def condition_text(template: NoteTemplate, field: Field) -> str:
    parts = []
    for cond in field.conditions:
        try:
            label = template.field(cond.gate).label
        except KeyError:
            label = cond.gate.replace("_", " ")
        answers = " or ".join(
            "yes" if v is True else "no" if v is False else template.heading.display(cond.gate, str(v))
            for v in cond.values
        )
        parts.append(f"{label}: {answers}")
    return "; ".join(parts)


def lines(template: NoteTemplate) -> list[tuple[str, list[Line]]]:
    out = []
    for section in template.sections:
        out.append(
            (
                section.title,
                [Line(f, *split_phrase(f), condition=condition_text(template, f)) for f in section.fields],
            )
        )
    return out


def context(template: NoteTemplate) -> dict[str, Any]:
    return {
        "t": template,
        "sections": lines(template),
        "heading_parts": template.heading.parts(),
        "prefix": template.field(template.heading.prefix) if template.heading.prefix else None,
        "filled": False,
        "drug_units": dict(template.drug_units),
    }


def render(template: NoteTemplate, fmt: str) -> str:
    """The template in format `fmt` (one of FORMATS)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "questionnaire":
        from api.templates_builder.questionnaire import build_questionnaire

        return json.dumps(build_questionnaire(template), indent=2, ensure_ascii=False) + "\n"
    return environment().get_template(FORMATS[fmt][0]).render(**context(template))


def render_page(name: str, **values: Any) -> str:
    """Render another file of `templates/emr/` (e.g. the modifier sheet) in the same sandbox."""
    return environment().get_template(name).render(**values)
