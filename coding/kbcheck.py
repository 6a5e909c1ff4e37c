"""Whole-knowledge-base checks behind `painpoint kb check`, kept out of the CLI so the API and
CI can run them too.

Schema validation already rejects a broken entry at load time; these checks add what a schema
cannot: every entry anywhere in the KB cites a source, no description is long enough to be a
copied descriptor, every payer setting a rule names exists, and the list of items the reference
leaves UNCONFIRMED or in CONFLICT (so a reviewer can see exactly what is flagged).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel

from coding.knowledge import KnowledgeBase, KnowledgeBaseError, load_kb_from, KB_DIR
from coding.schema.payers import SETTING_NAMES

MAX_DESCRIPTION = 90  # longer than this reads like a copied CPT descriptor, not our own words


@dataclass
class KBReport:
    version: str | None = None
    entries: int = 0
    problems: list[str] = field(default_factory=list)
    flagged: list[tuple[str, str, str]] = field(default_factory=list)  # (path, status, note)

    @property
    def ok(self) -> bool:
        return not self.problems


def _walk(obj: Any, path: str) -> Iterator[tuple[str, BaseModel]]:
    if isinstance(obj, BaseModel):
        yield path, obj
        for name in type(obj).model_fields:
            yield from _walk(getattr(obj, name), f"{path}.{name}" if path else name)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield from _walk(value, f"{path}.{key}")
    elif isinstance(obj, (list, tuple)):
        for i, value in enumerate(obj):
            # Name list entries by their id when they have one, so a report line points at the entry.
            key = getattr(value, "id", None)
            yield from _walk(value, f"{path}[{key if isinstance(key, str) else i}]")


def _is_citation(path: str) -> bool:
    """Paths inside a citation list or the shared `sources` catalogue are citations, not entries."""
    return ".source[" in path or path.endswith(".source") or ".sources." in path


def _is_code(path: str) -> bool:
    """Code, drug-code and modifier entries carry descriptors; settings and rules carry prose."""
    return ".codes" in path or path.startswith("modifiers.modifiers.")


def check_kb(directory: Path = KB_DIR) -> KBReport:
    report = KBReport()
    try:
        kb = load_kb_from(directory)
    except KnowledgeBaseError as exc:
        report.problems.append(f"does not load: {exc}")
        return report
    report.version = kb.version
    for name, section in sorted(kb.sections.items()):
        _check_section(name, section, report)
    _check_settings(kb, report)
    return report


def _check_section(name: str, section: BaseModel, report: KBReport) -> None:
    for path, model in _walk(section, name):
        if _is_citation(path):
            continue
        fields = type(model).model_fields
        if "source" in fields:
            report.entries += 1
            if not getattr(model, "source"):
                report.problems.append(f"{path}: no source cited")
        description = getattr(model, "description", None) if "description" in fields and _is_code(path) else None
        if isinstance(description, str) and len(description) > MAX_DESCRIPTION:
            report.problems.append(
                f"{path}: description is {len(description)} characters (over {MAX_DESCRIPTION}); "
                "write a short description in our own words"
            )
        status = getattr(model, "status", None) if "status" in fields else None
        if status in ("unconfirmed", "conflict"):
            report.flagged.append((path, status, str(getattr(model, "note", "") or "")))


def _check_settings(kb: KnowledgeBase, report: KBReport) -> None:
    """Every payer setting a KB rule names must be a real setting."""
    named: list[tuple[str, str]] = []
    for code, entry in kb.codes.codes.items():
        if entry.bilateral and entry.bilateral.payer_setting:
            named.append((f"codes.{code}.bilateral", entry.bilateral.payer_setting))
    for fam_name, fam in kb.codes.families.items():
        for rule in fam.separate_imaging:
            if rule.payer_setting:
                named.append((f"codes.families.{fam_name}.separate_imaging", rule.payer_setting))
        for row in fam.rows:
            for key in row.when:
                if key.startswith("setting."):
                    named.append((f"codes.families.{fam_name}.{row.id}", key.removeprefix("setting.")))
    for mod, entry in kb.modifiers.modifiers.items():
        for rule in entry.auto:
            named.append((f"modifiers.{mod}.{rule.id}", rule.payer_setting))
    for generic, drug in kb.drugs.drugs.items():
        if drug.payer_setting:
            named.append((f"drugs.{generic}", drug.payer_setting))
        for code in drug.codes:
            if code.payer_setting:
                named.append((f"drugs.{generic}.{code.code}", code.payer_setting))
    for path, setting in named:
        if setting not in SETTING_NAMES:
            report.problems.append(f"{path}: names unknown payer setting {setting!r}")
