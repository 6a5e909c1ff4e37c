"""Per-call state of the engine: KB, payer settings, date and place of service, findings so far.

Every module of the coding layer takes a :class:`Context` so that flagged choices (an unconfirmed
code, a disputed payer setting) are reported the same way wherever they are made, once each.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable

from coding.errors import UnknownPayerError
from coding.facts import Evidence
from coding.knowledge import KnowledgeBase
from coding.levels import SpineMap
from coding.result import Finding, SourceRef
from coding.schema.codes import CodeEntry
from coding.schema.common import Sourced
from coding.schema.payers import PayerSettings


class _Blank(dict):
    """format_map helper: a missing name renders as '___' instead of raising."""

    def __missing__(self, key: str) -> str:
        return "___"


def fill(template: str, values: dict[str, Any]) -> str:
    return template.format_map(_Blank({k: v for k, v in values.items() if v is not None}))


@dataclass
class Draft:
    """A code line under construction (before laterality expansion and validation)."""

    code: str
    units: int
    rationale: str
    rules: list[str]
    evidence: list[Evidence] = field(default_factory=list)
    procedure_index: int | None = None
    side: str | None = None  # 'left' | 'right' | 'bilateral' | None
    modifiers: list[str] = field(default_factory=list)
    laterality: bool = True
    description: str | None = None  # drug lines carry their own description
    kind: str | None = None


class Context:
    def __init__(self, kb: KnowledgeBase, payer: str, dos: dt.date, pos: str) -> None:
        if payer not in kb.payers.profiles:
            raise UnknownPayerError(payer, list(kb.payers.profiles))
        self.kb = kb
        self.payer = payer
        self.settings: PayerSettings = kb.payers.resolve_on(payer, dos)
        self.dos = dos
        self.pos = pos
        self.spine = SpineMap(kb.codes.anatomy)
        self.findings: list[Finding] = []
        self._seen: set[tuple[str, int | None]] = set()

    # --- knowledge lookups -------------------------------------------------------------------
    def code(self, code: str) -> CodeEntry:
        return self.kb.codes.codes[code]

    def setting(self, name: str) -> Any:
        """Read a payer setting; flag it when it resolves an unconfirmed/conflicting item."""
        value = getattr(self.settings, name)
        doc = self.kb.payers.settings[name]
        if doc.flagged:
            shown = value if not isinstance(value, dict) else ", ".join(
                f"{k}: {v.per:g} {v.unit}" for k, v in value.items()
            )
            self.finding(
                "flag.setting", suffix=name, entry=doc, setting=name, value=shown,
                status=doc.status, note=doc.note, payer=self.payer,
            )
        return value

    @property
    def requirements_meta(self):  # noqa: ANN201 - the schema's RequirementsMeta, or None without requirements.yaml
        """requirements.yaml `meta` (family labels, paired-structure lists), or None when the KB has no such file."""
        return getattr(self.kb.sections.get("requirements"), "meta", None)

    def family_label(self, family: str) -> str:
        """Physician-facing family name, from requirements.yaml `meta.family_labels` (one home)."""
        labels = getattr(self.requirements_meta, "family_labels", None) or {}
        label = labels.get(family) or family.replace("_", " ")
        return label[:1].upper() + label[1:]

    @property
    def facility(self) -> bool:
        return self.pos in self.settings.facility_pos

    # --- findings ----------------------------------------------------------------------------
    def finding(
        self,
        key: str,
        *,
        suffix: str | None = None,
        entry: Sourced | None = None,
        evidence: Iterable[Evidence] = (),
        procedure_index: int | None = None,
        parts: Iterable[str] = (),
        **values: Any,
    ) -> None:
        """Emit the finding `key` of codes.yaml `findings`, once per (id, procedure).

        `entry` (a KB entry) supplies the citation when the finding is about that entry; `parts`
        name the template's reasons to combine into {reason} and {reason_fix}."""
        template = self.kb.codes.findings[key]
        chosen = [template.parts[name] for name in parts]
        if chosen:
            values = {**values, "reason": "; ".join(fill(p.reason, values) for p in chosen),
                      "reason_fix": " ".join(fill(p.fix, values) for p in chosen)}
        finding_id = f"{key}.{suffix}" if suffix else key
        if (finding_id, procedure_index) in self._seen:
            return
        self._seen.add((finding_id, procedure_index))
        source = (entry or template).source_label()
        self.findings.append(
            Finding(
                id=finding_id,
                element=template.element,
                severity=template.severity,
                message=fill(template.message, values),
                requirement=SourceRef(text=fill(template.requirement, values), source=source),
                evidence=list(evidence),
                fix=fill(template.fix, values),
                procedure_index=procedure_index,
            )
        )

    def raw_finding(self, finding: Finding) -> None:
        key = (finding.id, finding.procedure_index)
        if key not in self._seen:
            self._seen.add(key)
            self.findings.append(finding)

    def flag_entry(self, code: str, entry: Sourced, procedure_index: int | None = None) -> None:
        """Info finding for a flagged (unconfirmed/conflict) code or drug code the engine used."""
        if entry.flagged:
            self.finding(
                "flag.code", suffix=code, entry=entry, procedure_index=procedure_index,
                code=code, status=entry.status, note=entry.note,
            )
