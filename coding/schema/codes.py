"""Schema of `coding/kb/codes.yaml`: the CPT/HCPCS codes, how each family selects them, and the
anatomy tables (which nerves supply which facet joint, which foramen a root exits) they need.

Selection is data: each family lists rows whose `when` conditions are matched against features the
engine derives from the facts (region group, imaging, joint size, target, ...); the first matching
row gives the primary code and its add-ons. The engine only computes features and counts.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from coding.facts import FAMILIES
from coding.knowledge import kb_section
from coding.result import Element, Severity
from coding.schema.common import KBModel, Source, Sourced

CountBasis = Literal["session", "levels", "foramina", "joints", "bodies", "leads", "nerves", "muscles"]
Modality = Literal["fluoroscopy", "ct", "ultrasound"]


class Bilateral(Sourced):
    """MPFS bilateral surgery indicator (0 no 50/RT/LT; 1 modifier 50; 2 already bilateral;
    3 each side at 100%; 9 concept does not apply). `payer_setting` names the payer setting that
    decides it where the sources conflict."""

    indicator: Literal[0, 1, 2, 3, 9]
    payer_setting: str | None = None


class Mue(Sourced):
    """Medically unlikely edit: most units per line/day (practitioner), with its adjudication indicator."""

    value: int = Field(ge=1)
    mai: Literal[1, 2, 3] | None = None


class CodeEntry(Sourced):
    kind: Literal["CPT", "HCPCS"]
    description: str = Field(min_length=5, max_length=140, description="Own words; `kb check` wants < 90.")
    addon: bool = False
    primaries: list[str] = Field(default_factory=list, description="Codes an add-on may be reported with.")
    imaging_included: bool = Field(default=False, description="Guidance (and contrast) is part of the code.")
    guidance: bool = Field(default=False, description="The code IS an imaging-guidance code (77002, 76942...).")
    unlisted: bool = False
    bilateral: Bilateral | None = Field(default=None, description="Absent: laterality modifiers never apply.")
    global_days: Literal["000", "010", "090", "ZZZ", "XXX"] | None = None
    mue: Mue | None = None
    excludes: list[str] = Field(
        default_factory=list, description="Codes never reported on the same claim with this one; they are dropped."
    )

    @model_validator(mode="after")
    def _addon_has_primary(self) -> "CodeEntry":
        if self.addon and not self.primaries:
            raise ValueError("an add-on code must list its primary codes")
        return self


class AddonRule(KBModel):
    """An add-on for the n-th counted item onwards: `each` one unit per item, `once` one unit in all."""

    code: str
    from_item: int = Field(default=2, ge=2)
    to_item: int | None = None
    units: Literal["each", "once"] = "each"


class Row(KBModel):
    """One selection row: the first row whose `when` all match wins.

    `when` keys are feature names (`region_group`, `imaging`, `target`, ...); a list value means
    'any of'; `<feature>_min`/`_max` compare numbers; `setting.<name>` reads the payer setting."""

    id: str
    when: dict[str, Any] = Field(default_factory=dict)
    code: str
    units: Literal["one", "per_item"] = "one"
    addons: list[AddonRule] = Field(default_factory=list)
    with_codes: list[str] = Field(default_factory=list, description="Reported alongside, e.g. 63685.")
    flag: str | None = Field(default=None, description="A flagged choice: says what was chosen and why.")


class Limit(Sourced):
    """A per-session limit that turns into a `level_limit` finding (the line is still proposed)."""

    id: str
    max_items: int | None = Field(default=None, description="Most counted items per region per session.")
    max_regions: int | None = Field(default=None, description="Most spinal regions per session.")
    severity: Literal["error", "warning", "info"] = "warning"
    message: str = Field(description="Physician-facing; may use {count}, {max}, {region}, {levels}.")
    fix: str
    requirement: str = Field(description="The rule, stated once, for the finding's requirement text.")


class ImagingRule(KBModel):
    """Separately reportable guidance for a family whose codes do not include imaging."""

    modality: Modality
    code: str | None = None
    payer_setting: str | None = Field(default=None, description="Payer setting that names the code instead.")
    requires_saved_image: bool = False
    flag: str | None = Field(default=None, description="A flagged choice, named in an info finding when used.")


class FamilyRule(Sourced):
    id: str
    count: CountBasis
    region_split: bool = Field(default=False, description="Spinal: one primary per region group.")
    laterality: bool = Field(default=True, description="Side modifiers follow each code's bilateral indicator.")
    rows: list[Row] = Field(min_length=1)
    limits: list[Limit] = Field(default_factory=list)
    separate_imaging: list[ImagingRule] = Field(default_factory=list)
    one_line_per_session: bool = Field(default=False, description="Several procedures merge into one line.")


class Innervation(Sourced):
    """Facet joints and the nerves (segment names) that supply each, for one spinal region."""

    region: Literal["cervical", "thoracic", "lumbar"]
    joints: dict[str, list[str]]


class Anatomy(KBModel):
    segments: list[str] = Field(description="Spinal segments top to bottom, e.g. C1 .. S5.")
    region_of_prefix: dict[str, str] = Field(description="'C' -> cervical, ...")
    region_groups: dict[str, str] = Field(description="cervical/thoracic -> cervicothoracic, ...")
    region_groups_source: Sourced
    nerve_aliases: dict[str, str] = Field(default_factory=dict, description="'third occipital' -> 'TON'.")
    innervation: list[Innervation]
    roots: dict[str, str] = Field(description="Nerve root -> the foramen a TFESI level counts.")
    roots_source: Sourced
    joint_sizes: dict[str, Literal["small", "intermediate", "major"]]
    joint_sizes_source: Sourced


class SedationRule(Sourced):
    """Moderate sedation: first code for the first 15 minutes once `min_minutes` of intraservice time
    are documented; one add-on unit per further `addon_block_minutes`, the first at
    `addon_from_minutes` total. `same_*` when the proceduralist sedates, `other_*` otherwise (billed by that
    clinician, so on this claim only with `other_on_claim`)."""

    same_first: str
    same_addon: str
    other_first: str
    other_addon: str
    min_minutes: int = Field(ge=1)
    addon_from_minutes: int = Field(ge=1)
    addon_block_minutes: int = Field(ge=1)
    other_on_claim: bool = Field(
        default=False,
        description="Whether `other_*` lines go on this (the proceduralist's) claim; the sedating clinician reports "
                    "them on their own claim, so by default they do not.",
    )


class FindingPart(KBModel):
    """One named reason a finding can have; its texts fill {reason} and {reason_fix}."""

    reason: str
    fix: str


class FindingTemplate(Sourced):
    """Wording of a finding the code-selection layer emits. `message` and `fix` are format strings
    over the names the engine passes (e.g. {code}, {dos}, {values}); `requirement` states the rule.
    `parts` are the named reasons a finding may combine (joined into {reason}/{reason_fix})."""

    element: Element
    severity: Severity
    message: str
    fix: str
    requirement: str
    parts: dict[str, FindingPart] = Field(default_factory=dict)


class CodesFile(KBModel):
    """codes.yaml. Family display names are not repeated here: they live in requirements.yaml
    `meta.family_labels` (see :meth:`coding.context.Context.family_label`)."""

    version: str
    sources: dict[str, Source] = Field(
        default_factory=dict, description="Citations, defined once and reused with YAML anchors."
    )
    codes: dict[str, CodeEntry]
    families: dict[str, FamilyRule]
    anatomy: Anatomy
    sedation: SedationRule
    findings: dict[str, FindingTemplate]

    @field_validator("families")
    @classmethod
    def _known_families(cls, value: dict[str, FamilyRule]) -> dict[str, FamilyRule]:
        unknown = sorted(set(value) - set(FAMILIES))
        if unknown:
            raise ValueError(f"unknown families {unknown}; known: {list(FAMILIES)}")
        return value

    @model_validator(mode="after")
    def _codes_exist(self) -> "CodesFile":
        missing: list[str] = []
        for code, entry in self.codes.items():
            missing += [f"{code}.primaries:{p}" for p in entry.primaries if p not in self.codes]
            missing += [f"{code}.excludes:{x}" for x in entry.excludes if x not in self.codes]
        for name, fam in self.families.items():
            for row in fam.rows:
                refs = [row.code, *row.with_codes, *(a.code for a in row.addons)]
                missing += [f"{name}.{row.id}:{c}" for c in refs if c not in self.codes]
            missing += [f"{name}.imaging:{r.code}" for r in fam.separate_imaging if r.code and r.code not in self.codes]
        sed = self.sedation
        missing += [f"sedation:{c}" for c in (sed.same_first, sed.same_addon, sed.other_first, sed.other_addon)
                    if c not in self.codes]
        if missing:
            raise ValueError(f"codes referenced but not defined: {missing}")
        return self


    def families_using(self, code: str) -> list[tuple[str, str]]:
        """(family, row id) pairs whose row reports `code` as primary, add-on or companion."""
        return [
            (name, row.id)
            for name, fam in self.families.items()
            for row in fam.rows
            if code in (row.code, *row.with_codes, *(a.code for a in row.addons))
        ]


kb_section("codes")(CodesFile)
