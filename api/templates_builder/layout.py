"""The note layout (`templates/emr/layout.yaml`): sections, gate questions, procedure headings,
and the prose each completed blank becomes.

Presentation only: what a note must contain comes from the knowledge base. The layout is checked
when loaded (every family has a heading, every level set and phrase slot exists), so a broken
layout fails at the first template rather than halfway through a render.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from api.templates_builder.catalog import CatalogError
from coding.facts import FAMILIES

LAYOUT_PATH = Path(__file__).resolve().parents[2] / "templates" / "emr" / "layout.yaml"


@dataclass(frozen=True)
class Phrase:
    """How a completed blank reads in the note: a pattern, or one sentence per yes/no answer."""

    pattern: str = "{label}: {value}."
    yes: str | None = None
    no: str | None = None
    choices: tuple[tuple[str, str], ...] = ()  # one whole sentence per pick-list answer

    def sentence_for(self, answer: str) -> str | None:
        return dict(self.choices).get(answer)


@dataclass(frozen=True)
class Layout:
    sections: tuple[tuple[str, str, tuple[str, ...]], ...]
    gates: dict[str, dict[str, Any]]
    phrases: dict[str, Phrase]
    level_sets: dict[str, tuple[str, ...]]
    families: dict[str, dict[str, Any]]
    slots: dict[str, dict[str, Any]]
    heading_prefix: tuple[str, ...] = ()

    def phrase_for(self, family: str, key: str, check_kind: str, element: str, input_type: str) -> Phrase:
        """Most specific phrase first: the family's own, the blank (when named by requirement id), the
        check kind, the element with its input type, the element; else "{label}: {value}."."""
        own = self.families[family].get("phrases") or {}
        if key in own:
            return _phrase(own[key], f"families.{family}.phrases.{key}")
        names = ([key] if key != element else []) + [f"check:{check_kind}", f"{element}:{input_type}", element]
        for name in names:
            if name in self.phrases:
                return self.phrases[name]
        return Phrase()

    def section_of(self, element: str) -> str:
        for key, _title, elements in self.sections:
            if element in elements:
                return key
        return self.sections[-1][0]


def _phrase(raw: Any, where: str) -> Phrase:
    if isinstance(raw, str):
        return Phrase(pattern=raw)
    if isinstance(raw, dict) and raw and set(raw) <= {"yes", "no"}:
        return Phrase(yes=str(raw.get("yes", "")), no=str(raw.get("no", "")))
    if isinstance(raw, dict) and raw and all(isinstance(v, str) for v in raw.values()):
        return Phrase(choices=tuple((str(k), v) for k, v in raw.items()))
    raise CatalogError(f"layout.yaml: {where}: a phrase is a string, yes/no sentences, or one sentence per answer")


@lru_cache(maxsize=4)
def load_layout(path: Path = LAYOUT_PATH) -> Layout:
    """Read and check the layout file; a broken layout fails here, not halfway through a render."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    sections = tuple((s["key"], s["title"], tuple(s["elements"])) for s in data["sections"])
    level_sets = {k: tuple(v) for k, v in data.get("level_sets", {}).items()}
    families = data.get("families", {})
    missing = [f for f in FAMILIES if f not in families]
    if missing:
        raise CatalogError(f"layout.yaml: families without a heading: {missing}")
    for name, fam in families.items():
        if "{target}" in fam["heading"] and not fam.get("targets"):
            raise CatalogError(f"layout.yaml: {name}: a {{target}} heading needs 'targets'")
        for level_set in fam.get("levels", ()):
            if level_set not in level_sets:
                raise CatalogError(f"layout.yaml: {name}.levels: unknown level set {level_set!r}")
        for region, level_set in (fam.get("regions") or {}).items():
            if level_set not in level_sets:
                raise CatalogError(f"layout.yaml: {name}.{region}: unknown level set {level_set!r}")
    gates = data.get("gates", {})
    phrases = {k: _phrase(v, f"phrases.{k}") for k, v in data.get("phrases", {}).items()}
    for name, gate in gates.items():
        if "phrase" in gate:
            phrases[f"gate:{name}"] = _phrase(gate["phrase"], f"gates.{name}.phrase")
    slots = data.get("slots", {})
    for name, phrase in phrases.items():
        before, _, after = phrase.pattern.partition("{value}")
        names = set(re.findall(r"\{(\w+)\}", phrase.pattern)) - {"value", "label"}
        if set(re.findall(r"\{(\w+)\}", before)) - {"label"}:
            raise CatalogError(f"layout.yaml: phrase {name}: extra slots must come after {{value}}")
        unknown = names - set(slots)
        if unknown:
            raise CatalogError(f"layout.yaml: phrase {name}: slots {sorted(unknown)} are not defined under 'slots'")
    return Layout(sections, gates, phrases, level_sets, families, slots, tuple(data.get("heading_prefix", ())))
