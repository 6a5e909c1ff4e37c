"""Schema of `coding/kb/icd10.yaml`: the ICD-10-CM codes pain practice uses, and text-to-code rules.

Each code carries its validity window (ICD-10-CM changes every 1 October), whether it is a billable
leaf, and which procedure families it supports or is known *not* to support (e.g. radiculopathy does
not support a facet block). Text rules map a diagnosis as written to a code, picking region, side or
limb from the same text through ordered qualifier patterns; all of that is data so a new fiscal year
or a practice's wording changes YAML, not code.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import Field, PrivateAttr, field_validator, model_validator

from coding.facts import FAMILIES, Region, Side
from coding.knowledge import kb_section
from coding.schema.requirements import Effective, FamilyOrAll, Patterns, Source, Strict

PROCEDURE_REGIONS: tuple[str, ...] = Region.__args__  # type: ignore[attr-defined]
ICD10_PATTERN = r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$"
Family = Literal[FAMILIES]  # type: ignore[valid-type]


class Icd10Code(Strict):
    code: str = Field(pattern=ICD10_PATTERN)
    description: str = Field(min_length=1, description="Own-words description.")
    billable: bool = Field(description="False for category headers that need more characters.")
    effective: Effective
    supports: list[Family] = Field(default_factory=list)  # type: ignore[valid-type]
    not_supports: list[FamilyOrAll] = Field(default_factory=list)  # type: ignore[valid-type]
    region: str | None = Field(default=None, description="Spinal region of the code (a `qualifiers.region` value).")
    side: Side | None = Field(default=None, description="Side the code names, for side-specific codes.")
    replaced_by: list[str] = Field(default_factory=list, description="Codes that took over after `effective.to`.")
    replaces: str | None = Field(default=None, description="Code used for dates before `effective.from`.")
    status: Literal["confirmed", "unconfirmed", "conflict"] = "confirmed"
    source: Source

    def valid_on(self, day: dt.date) -> bool:
        """Billable leaf within its validity window on `day`."""
        return self.billable and self.effective.covers(day)


class Qualifier(Strict):
    """One value of a qualifier (region, side, limb, site) and the regex that recognises it in text."""

    value: str = Field(pattern=r"^[a-z_]+$")
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        re.compile(value)
        return value


class TextRule(Strict):
    """Map diagnosis text to a code.

    The rule matches when any `any` pattern and no `none` pattern matches. The code is looked up in
    `codes` by the qualifier values found in the text joined with '.' (e.g. 'upper.left'), dropping
    unknown trailing qualifiers ('upper'); `default` is used when nothing more specific is known, and
    no code is suggested when there is no default."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    any: Patterns = Field(min_length=1)
    none: Patterns = Field(default_factory=list)
    qualifiers: list[str] = Field(default_factory=list)
    codes: dict[str, str] = Field(default_factory=dict)
    default: str | None = None


class Icd10Meta(Strict):
    title: str
    code_set: str = "ICD-10-CM"


@kb_section("icd10")
class Icd10File(Strict):
    meta: Icd10Meta
    qualifiers: dict[str, list[Qualifier]]
    region_compatibility: dict[str, list[str]] = Field(
        default_factory=dict, description="Procedure region -> code regions that fit it."
    )
    codes: list[Icd10Code]
    text_rules: list[TextRule]

    @model_validator(mode="after")
    def _consistent(self) -> "Icd10File":
        known: dict[str, Icd10Code] = {}
        for entry in self.codes:
            if entry.code in known:
                raise ValueError(f"duplicate ICD-10 code {entry.code}")
            known[entry.code] = entry
        regions = {q.value for q in self.qualifiers.get("region", [])}
        for proc_region, code_regions in self.region_compatibility.items():
            if proc_region not in PROCEDURE_REGIONS:
                raise ValueError(f"region_compatibility: {proc_region!r} is not a procedure region")
            for value in code_regions:
                if value not in regions:
                    raise ValueError(f"region_compatibility.{proc_region}: {value!r} is not a region qualifier value")
        for entry in self.codes:
            if entry.region is not None and entry.region not in regions:
                raise ValueError(f"{entry.code}: region {entry.region!r} is not a region qualifier value")
            for other in [*entry.replaced_by, *([entry.replaces] if entry.replaces else [])]:
                if other not in known:
                    raise ValueError(f"{entry.code}: refers to unknown code {other}")
        rule_ids: set[str] = set()
        for rule in self.text_rules:
            if rule.id in rule_ids:
                raise ValueError(f"duplicate text rule id {rule.id!r}")
            rule_ids.add(rule.id)
            for name in rule.qualifiers:
                if name not in self.qualifiers:
                    raise ValueError(f"text rule {rule.id}: unknown qualifier {name!r}")
            for key, code in [*rule.codes.items(), *([("default", rule.default)] if rule.default else [])]:
                if code not in known:
                    raise ValueError(f"text rule {rule.id}: code {code} for {key!r} is not in codes")
            for key in rule.codes:
                parts = key.split(".")
                if len(parts) > len(rule.qualifiers):
                    raise ValueError(f"text rule {rule.id}: key {key!r} has more parts than qualifiers")
                for name, part in zip(rule.qualifiers, parts):
                    if part not in {q.value for q in self.qualifiers[name]}:
                        raise ValueError(f"text rule {rule.id}: {part!r} is not a value of qualifier {name!r}")
        return self

    _index: dict[str, Icd10Code] | None = PrivateAttr(default=None)

    def fits_region(self, entry: Icd10Code, procedure_region: str | None) -> bool:
        """False only when both regions are known and the code's is not compatible with the procedure's."""
        allowed = self.region_compatibility.get(procedure_region or "")
        return entry.region is None or allowed is None or entry.region in allowed

    @staticmethod
    def fits_side(entry: Icd10Code, procedure_side: str | None) -> bool:
        """False only when the code names one side and a one-sided procedure names the other."""
        one_sided = {"left", "right"}
        if entry.side not in one_sided or procedure_side not in one_sided:
            return True
        return entry.side == procedure_side

    def by_code(self) -> dict[str, Icd10Code]:
        """Codes by code string (built once; the model is frozen)."""
        if self._index is None:
            self._index = {entry.code: entry for entry in self.codes}
        return self._index
