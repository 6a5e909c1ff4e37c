"""What the template builder reads from the knowledge base, as small typed records.

The knowledge base is the one source of truth for what a note must say (`requirements.yaml`),
which payers exist (`payers.yaml`) and which drugs can be picked (`drugs.yaml`). The builder only
needs a few fields of each, so this module reads them from the validated KB sections as plain
data and re-validates just those fields here. That keeps templates working while the KB schemas
grow, and lets a practice overlay (same shape as `requirements.yaml`) be checked with messages
that name the file, the entry and the field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Literal, Mapping

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from coding.facts import FAMILIES
from coding.result import Element

InputType = Literal[
    "choice", "multi_choice", "text", "number", "score", "levels", "side", "drug_dose", "time", "yes_no"
]
INPUT_TYPES: tuple[str, ...] = InputType.__args__  # type: ignore[attr-defined]
ALL = "all"


class CatalogError(ValueError):
    """The requirements (or a practice overlay) cannot be used; the message names file, entry and field."""


class InputSpec(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    type: InputType
    options: tuple[str, ...] = ()
    unit: str | None = None

    @field_validator("options", mode="before")
    @classmethod
    def _strings(cls, value: Any) -> Any:
        if value is None:
            return ()
        return tuple(str(v) for v in value) if isinstance(value, (list, tuple)) else value


class TemplateRequirement(BaseModel):
    """The fields of one documentation requirement that a template needs."""

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    id: str = Field(min_length=1)
    element: Element
    families: tuple[str, ...] = Field(min_length=1)
    severity: Literal["error", "warning", "info"]
    applies_when: dict[str, Any] = Field(default_factory=dict)
    prompt: str = Field(min_length=1)
    input: InputSpec
    payers: tuple[str, ...] = (ALL,)
    message: str = ""
    fix: str = ""
    check_kind: str = ""
    citation: str = ""
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    status: str = "confirmed"

    @field_validator("families")
    @classmethod
    def _known_families(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [f for f in value if f != ALL and f not in FAMILIES]
        if unknown:
            raise ValueError(f"unknown families {unknown}; use 'all' or one of {', '.join(FAMILIES)}")
        return value

    def applies_to(
        self, family: str, payer: str, day: dt.date, switches: Mapping[str, bool] | None = None
    ) -> bool:
        """Whether this requirement belongs in the template for `family` and `payer` on `day`.
        `switches`: the payer's yes/no settings (payers.yaml), which `applies_when.payer_setting` /
        `not_payer_setting` name; the payer is known when a template is built, so they decide here."""
        if ALL not in self.families and family not in self.families:
            return False
        if ALL not in self.payers and payer not in self.payers:
            return False
        flags = switches or {}
        if "payer_setting" in self.applies_when and not flags.get(self.applies_when["payer_setting"], False):
            return False
        if "not_payer_setting" in self.applies_when and flags.get(self.applies_when["not_payer_setting"], False):
            return False
        if self.effective_from and day < self.effective_from:
            return False
        return not (self.effective_to and day > self.effective_to)


@dataclass(frozen=True)
class DrugChoice:
    """A drug the pick-list offers, with the unit its dose is written in."""

    name: str
    unit: str
    coded: bool = False  # billed with a HCPCS code: its discarded amount from a single-dose container counts (JW/JZ)


@dataclass(frozen=True)
class Catalog:
    requirements: tuple[TemplateRequirement, ...]
    payers: tuple[str, ...]
    drugs: tuple[DrugChoice, ...] = ()
    level_sets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sedation_levels: tuple[str, ...] = ("moderate", "deep", "mac", "general")
    paired_families: tuple[str, ...] | None = None  # None: every family may be paired
    family_labels: dict[str, str] = field(default_factory=dict)
    version: str = "unversioned"
    default_payer: str = "medicare"
    overlays: tuple[str, ...] = field(default=())
    discard_from: dt.date | None = None  # drugs.yaml `discard.jw_from`: container and discarded amount asked from then on
    payer_switches: dict[str, dict[str, bool]] = field(default_factory=dict)  # payer -> its yes/no settings

    def asks_discard(self, day: dt.date) -> bool:
        return self.discard_from is not None and day >= self.discard_from

    def check_payer(self, payer: str) -> None:
        if self.payers and payer not in self.payers:
            raise CatalogError(f"unknown payer {payer!r}; known payers: {', '.join(self.payers)}")


# --- reading ---------------------------------------------------------------------------------


def _citation(source: Any) -> str:
    items = source if isinstance(source, list) else [source]
    labels = []
    for item in items:
        if isinstance(item, dict):
            cite = item.get("cite") or item.get("citation") or item.get("text") or ""
            tag = item.get("tag")
            labels.append(f"{cite} [{tag}]" if tag else str(cite))
        elif item:
            labels.append(str(item))
    return "; ".join(label for label in labels if label)


def _flatten(raw: dict[str, Any]) -> dict[str, Any]:
    """Map one KB requirement entry (dict) onto TemplateRequirement's field names."""
    out = dict(raw)
    out["applies_when"] = {k: v for k, v in (raw.get("applies_when") or {}).items() if v is not None}
    out["citation"] = _citation(raw.get("source"))
    check = raw.get("check")
    out["check_kind"] = str(check.get("kind", "")) if isinstance(check, dict) else ""
    effective = raw.get("effective") or {}
    out["effective_from"] = effective.get("from") or effective.get("from_")
    out["effective_to"] = effective.get("to")
    return out


def parse_requirements(entries: Any, origin: str) -> list[TemplateRequirement]:
    """Validate requirement entries; errors name `origin`, the entry number and id, and the field."""
    if not isinstance(entries, list):
        raise CatalogError(f"{origin}: 'requirements' must be a list of entries")
    parsed: list[TemplateRequirement] = []
    seen: set[str] = set()
    for number, raw in enumerate(entries, start=1):
        ident = raw.get("id", "?") if isinstance(raw, dict) else "?"
        where = f"{origin}: requirement #{number} (id {ident!r})"
        if not isinstance(raw, dict):
            raise CatalogError(f"{where}: must be a mapping")
        try:
            req = TemplateRequirement.model_validate(_flatten(raw))
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'entry'}: {err['msg']}" for err in exc.errors()
            )
            raise CatalogError(f"{where}: {problems}") from None
        if req.id in seen:
            raise CatalogError(f"{where}: duplicate id")
        seen.add(req.id)
        parsed.append(req)
    return parsed


def _payer_ids(section: Any) -> tuple[str, ...]:
    """Payer ids from `payers.yaml` (its `profiles` mapping; a plain list of `{id: ...}` also works)."""
    if not isinstance(section, dict):
        return ()
    body = section.get("profiles", section.get("payers"))
    if isinstance(body, dict):
        return tuple(str(k) for k in body)
    if isinstance(body, list):
        return tuple(str(p["id"]) for p in body if isinstance(p, dict) and "id" in p)
    return ()


def _payer_switches(section: Any) -> dict[str, dict[str, bool]]:
    """Each payer profile's yes/no settings, its `extends` parents' values first (payers.yaml)."""
    profiles = section.get("profiles") if isinstance(section, dict) else None
    if not isinstance(profiles, dict):
        return {}

    def resolve(name: str, seen: tuple[str, ...] = ()) -> dict[str, bool]:
        profile = profiles.get(name) if name not in seen else None
        if not isinstance(profile, dict):
            return {}
        parent = profile.get("extends")
        base = resolve(str(parent), (*seen, name)) if parent else {}
        values = profile.get("values") or {}
        return {**base, **{str(k): v for k, v in values.items() if isinstance(v, bool)}}

    return {str(name): resolve(str(name)) for name in profiles}


# Drugs a physician injects as the treatment; contrast and sedatives are asked elsewhere.
_PICKABLE_ROLES = {"steroid", "anesthetic", "toxin", "nsaid", "other", None}


def _drug_choices(section: Any) -> tuple[DrugChoice, ...]:
    """Drug pick-list from `drugs.yaml` (a mapping generic -> entry): the generic name and the unit
    its billing code counts in (mL for local anesthetics, which carry no code)."""
    if not isinstance(section, dict):
        return ()
    body = section.get("drugs", {})
    if isinstance(body, list):
        body = {str(e.get("generic") or e.get("id")): e for e in body if isinstance(e, dict)}
    choices = []
    for generic, entry in body.items() if isinstance(body, dict) else []:
        entry = entry if isinstance(entry, dict) else {}
        if entry.get("role") not in _PICKABLE_ROLES:
            continue
        codes = entry.get("codes") or []
        unit = codes[0].get("unit") if codes and isinstance(codes[0], dict) else None
        unit = unit or entry.get("dose_unit") or ("ml" if entry.get("role") == "anesthetic" else "mg")
        choices.append(DrugChoice(str(generic), "mL" if unit == "ml" else str(unit), coded=bool(codes)))
    return tuple(choices)


def _discard_from(section: Any) -> dt.date | None:
    """From when the drug data reports discarded amounts (JW) of single-dose containers."""
    rules = section.get("discard") if isinstance(section, dict) else None
    value = rules.get("jw_from") if isinstance(rules, dict) else None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)) if value else None


def _level_sets(codes: Any) -> dict[str, tuple[str, ...]]:
    """Spinal level vocabularies from `codes.yaml` anatomy: `<region>_segments` (joints/interspaces
    named by adjacent segments, e.g. L4-L5) and `<region>_bodies` (single vertebrae)."""
    anatomy = codes.get("anatomy") if isinstance(codes, dict) else None
    if not isinstance(anatomy, dict) or not anatomy.get("segments"):
        return {}
    segments = [str(s) for s in anatomy["segments"]]
    region_of = anatomy.get("region_of_prefix") or {}
    sets: dict[str, list[str]] = {}
    for upper, lower in zip(segments, segments[1:]):
        region = region_of.get(upper[0])
        if region:
            sets.setdefault(f"{region}_segments", []).append(f"{upper}-{lower}")
    for seg in segments:
        region = region_of.get(seg[0])
        if region:
            sets.setdefault(f"{region}_bodies", []).append(seg)
    return {k: tuple(v) for k, v in sets.items()}


def catalog_from_sections(sections: dict[str, Any], version: str, origin: str) -> Catalog:
    """Build a catalog from KB sections given as plain data (`{"requirements": {...}, ...}`)."""
    req_section = sections.get("requirements")
    if not isinstance(req_section, dict):
        raise CatalogError(f"{origin}: the knowledge base has no requirements section")
    requirements = parse_requirements(req_section.get("requirements"), f"{origin}/requirements.yaml")
    meta = req_section.get("meta") or {}
    paired = (meta.get("paired") or {}).get("families")
    return Catalog(
        requirements=tuple(requirements),
        payers=_payer_ids(sections.get("payers")),
        payer_switches=_payer_switches(sections.get("payers")),
        drugs=_drug_choices(sections.get("drugs")),
        discard_from=_discard_from(sections.get("drugs")),
        level_sets=_level_sets(sections.get("codes")),
        sedation_levels=tuple(meta.get("sedation_levels") or Catalog.sedation_levels),
        paired_families=tuple(paired) if paired is not None else None,
        family_labels={str(k): str(v) for k, v in (meta.get("family_labels") or {}).items()},
        version=version,
        default_payer=str(meta.get("default_payer", "medicare")),
    )


def _dump(section: Any) -> Any:
    return section.model_dump(mode="json", by_alias=True) if isinstance(section, BaseModel) else section


def load_catalog(kb_dir: Path | None = None, overlay: Path | None = None) -> Catalog:
    """The catalog of the bundled KB (or of the KB in `kb_dir`), with an optional practice overlay."""
    from coding.knowledge import KnowledgeBaseError, load_kb, load_kb_from

    try:
        kb = load_kb() if kb_dir is None else load_kb_from(kb_dir)
    except KnowledgeBaseError as exc:
        raise CatalogError(str(exc)) from exc
    sections = {name: _dump(section) for name, section in kb.sections.items()}
    catalog = catalog_from_sections(sections, kb.version, str(kb.directory))
    return apply_overlay(catalog, overlay) if overlay else catalog


def catalog_from_yaml_dir(directory: Path) -> Catalog:
    """A catalog read straight from YAML files, without the KB schemas (test fixtures, draft KBs)."""
    sections = {}
    for path in sorted(directory.glob("*.yaml")):
        sections[path.stem] = _read_yaml(path)
    return catalog_from_sections(sections, f"draft-{directory.name}", str(directory))


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise CatalogError(f"{path.name}: not valid YAML: {exc}") from exc


# --- practice overlays -----------------------------------------------------------------------


def read_overlay(path: Path) -> list[TemplateRequirement]:
    """Validate a practice overlay: a `requirements:` list in the KB's shape. Errors name the entry."""
    _check_with_kb_schema(path)
    data = _read_yaml(path)
    if not isinstance(data, dict) or "requirements" not in data:
        raise CatalogError(f"{path.name}: an overlay is a mapping with a 'requirements' list")
    extra = set(data) - {"meta", "requirements"}
    if extra:
        raise CatalogError(f"{path.name}: unknown top-level keys {sorted(extra)} (allowed: meta, requirements)")
    return parse_requirements(data["requirements"], path.name)


def _check_with_kb_schema(path: Path) -> None:
    """Validate with the checker's own overlay loader first, so the template builder and the
    checker accept exactly the same overlays (and the physician sees the checker's full message)."""
    try:
        from coding.documentation import load_overlay  # type: ignore[attr-defined]
    except ImportError:
        return
    try:
        load_overlay(path)
    except ValueError as exc:
        raise CatalogError(str(exc)) from exc


def apply_overlay(catalog: Catalog, path: Path) -> Catalog:
    """Overlay entries replace KB entries with the same id (new wording) and add new ones."""
    extra = read_overlay(path)
    by_id = {req.id: req for req in catalog.requirements}
    for req in extra:
        by_id[req.id] = req
    return replace(catalog, requirements=tuple(by_id.values()), overlays=catalog.overlays + (path.name,))


def applicable(
    requirements: Iterable[TemplateRequirement],
    family: str,
    payer: str,
    day: dt.date,
    switches: Mapping[str, bool] | None = None,
) -> list[TemplateRequirement]:
    return [req for req in requirements if req.applies_to(family, payer, day, switches)]

