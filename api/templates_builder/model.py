"""The format-neutral template tree: which blanks a family's note has, in which section, under
which conditions.

A template is derived, never written: the requirements that apply to a family and payer on a
date each contribute a blank for their element (several requirements on one element share one
blank, required if any of them is an error). `applies_when` preconditions become gate questions
(e.g. "Sedation", "Repeat procedure"; see :mod:`.conditions`) and the blanks behind them carry the
condition, which each renderer expresses in its own way (an "If ..." block in text, a nested
SmartList in SmartText, `enableWhen` in FHIR). Placement, the procedure heading and the prose a
completed blank turns into come from the layout (:mod:`.layout`).
"""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass
from typing import Any

from api.templates_builder.catalog import Catalog, CatalogError, TemplateRequirement, applicable
from api.templates_builder.conditions import ALWAYS, NEVER, translate
from api.templates_builder.layout import Layout, Phrase, load_layout
from coding.facts import FAMILIES

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
# Container answers of a drug_dose blank; only a single-dose container asks for the discarded amount.
SINGLE_DOSE = "single-dose"
CONTAINERS = (SINGLE_DOSE, "multi-dose")


@dataclass(frozen=True)
class Condition:
    """Show a blank only when gate `gate` was answered with one of `values`."""

    gate: str
    values: tuple[Any, ...]

    def met(self, answers: dict[str, Any]) -> bool:
        return gate_answer_matches(answers.get(self.gate), self.values)


def gate_answer_matches(answer: Any, values: tuple[Any, ...]) -> bool:
    if answer is None:
        return False
    return any(answer == v or (isinstance(v, str) and str(answer).lower() == v.lower()) for v in values)


@dataclass(frozen=True)
class Field:
    """One blank. `key` is the element (or gate) name; `values` passed to `fill` use the same keys."""

    key: str
    label: str
    input: str
    options: tuple[str, ...]
    required: bool
    kind: str  # "element" | "gate"
    phrase: Phrase
    conditions: tuple[Condition, ...] = ()
    help: str = ""
    requirement_ids: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()
    flagged: bool = False  # some requirement behind it is unconfirmed or in conflict
    unit: str | None = None  # e.g. "weeks", "views" for number blanks
    element: str = ""  # the result Element a missing answer is reported as
    slots: tuple["Field", ...] = ()  # extra blanks the phrase needs besides {value}, e.g. {care_weeks}
    # drug_dose blanks: drugs billed by code, for which the container (single-dose or multi-dose) is
    # asked and, for a single-dose container, the amount discarded (JW line, or JZ when none).
    container_drugs: tuple[str, ...] = ()

    def slot(self, key: str) -> "Field":
        return next(s for s in self.slots if s.key == key)

    def enabled(self, answers: dict[str, Any]) -> bool:
        return all(c.met(answers) for c in self.conditions)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Heading:
    """The procedure line. `{region}` and `{target}` in `pattern` are pick-lists (`choices`, fields
    keyed "region" / "target"); `names` gives the words a target code is written with."""

    pattern: str
    choices: tuple[Field, ...] = ()
    names: tuple[tuple[str, str], ...] = ()
    prefix: str | None = None  # key of a blank whose answer opens the heading ("Diagnostic lumbar ...")

    @property
    def regions(self) -> tuple[str, ...]:
        return next((f.options for f in self.choices if f.key == "region"), ())

    def parts(self) -> list[tuple[str, Field | None]]:
        """The pattern as (text, pick-list or None) pieces, for renderers."""
        pieces = re.split(r"\{(\w+)\}", self.pattern)
        by_key = {f.key: f for f in self.choices}
        return [
            (pieces[i], by_key.get(pieces[i + 1]) if i + 1 < len(pieces) else None) for i in range(0, len(pieces), 2)
        ]

    def display(self, key: str, value: str) -> str:
        return dict(self.names).get(value, value.replace("_", " ")) if key == "target" else value

    def text(self, values: Any, prefix_value: str | None = None) -> str:
        text = ""
        for literal, choice in self.parts():
            text += literal
            if choice is None:
                continue
            value = values.get(choice.key)
            if value is None:
                raise ValueError(f"the procedure heading needs {choice.key!r}: one of {', '.join(choice.options)}")
            if value not in choice.options:
                raise ValueError(f"{choice.key} {value!r} is not one of {', '.join(choice.options)}")
            text += self.display(choice.key, value)
        if prefix_value:
            text = f"{prefix_value} {text[:1].lower()}{text[1:]}"
        return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class NoteTemplate:
    family: str
    payer: str
    date: dt.date
    heading: Heading
    sections: tuple[Section, ...]
    kb_version: str
    overlays: tuple[str, ...] = ()
    drug_units: tuple[tuple[str, str], ...] = ()  # (drug, unit) pairs offered by drug_dose blanks

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(f for s in self.sections for f in s.fields)

    def field(self, key: str) -> Field:
        for f in self.fields + self.heading.choices:
            if f.key == key:
                return f
        raise KeyError(key)


# --- building --------------------------------------------------------------------------------


def _conditions(req: TemplateRequirement, family: str, catalog: Catalog) -> dict[str, tuple[Any, ...]] | None:
    """The requirement's preconditions as gate conditions; None when it can never apply here."""
    out: dict[str, tuple[Any, ...]] = {}
    for key, value in req.applies_when.items():
        result = translate(key, value, family, catalog)
        if result is NEVER:
            return None
        if result is ALWAYS:
            continue
        gate, values = result
        out[gate] = tuple(v for v in out[gate] if v in values) if gate in out else values
    return out


def _merge(
    group: list[tuple[TemplateRequirement, dict[str, tuple[Any, ...]]]], position: dict[str, int]
) -> tuple[TemplateRequirement, tuple[Condition, ...], bool]:
    """One blank for several requirements on an element. The strictest one (first in the KB among
    equals: authors list the general requirement before its refinements) labels it; the blank is
    shown whenever any of them could apply (a gate kept only if all of them depend on it, with the
    answers any of them accepts), and required if any of them is an error."""
    group = sorted(group, key=lambda rc: (SEVERITY_RANK[rc[0].severity], position[rc[0].id]))
    lead = group[0][0]
    gates = set.intersection(*(set(conds) for _, conds in group))
    conditions = []
    for gate in sorted(gates):
        accepted: dict[Any, None] = {}
        for _, conds in group:
            accepted.update(dict.fromkeys(conds[gate]))
        conditions.append(Condition(gate, tuple(accepted)))
    return lead, tuple(conditions), any(req.severity == "error" for req, _ in group)


def _as_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value) if isinstance(value, (list, tuple)) else (value,)


def fill_slots(text: str, family: str, catalog: Catalog) -> str:
    """Fix sentences carry slots the checker fills from a note ({levels}, {pre_score}); a template
    has no note yet, so {family} becomes the KB's family label and every other slot a blank."""
    out = []
    for literal, name, _spec, _conv in string.Formatter().parse(text):
        out.append(literal)
        if name is not None:
            out.append(catalog.family_labels.get(family, family.replace("_", " ")) if name == "family" else "___")
    return "".join(out)


def _level_options(layout: Layout, family: str, catalog: Catalog) -> tuple[str, ...]:
    fam = layout.families[family]
    seen: dict[str, None] = {}
    for level_set in [*(fam.get("regions") or {}).values(), *fam.get("levels", ())]:
        seen.update(dict.fromkeys(catalog.level_sets.get(level_set) or layout.level_sets[level_set]))
    return tuple(seen)


def _options(req: TemplateRequirement, layout: Layout, family: str, catalog: Catalog) -> tuple[str, ...]:
    """Closed pick-list values: the requirement's own options, else the family's levels or the KB's drugs.
    For `score` blanks the options are the pain scales; the 0-10 value is part of the blank itself."""
    if req.input.options:
        return req.input.options
    if req.input.type == "levels":
        return _level_options(layout, family, catalog)
    if req.input.type == "side":
        return ("left", "right", "bilateral")
    if req.input.type == "drug_dose":
        return tuple(d.name for d in catalog.drugs)
    return ()


def _blank_key(element: str, lead: TemplateRequirement, shared: bool) -> str:
    """The name `fill` values use: the element, or the lead requirement's id when several blanks
    share an element. A blank whose check is the procedure's intent is the `intent` gate itself."""
    if lead.check_kind == "intent":
        return "intent"
    return lead.id if shared else element


def _gate_field(name: str, layout: Layout, accepted: tuple[Any, ...]) -> Field:
    spec = layout.gates.get(name, {})
    input_type = spec.get("input", "yes_no")
    options = tuple(str(o) for o in spec.get("options", ()))
    if input_type == "choice" and not options:
        options = tuple(str(v) for v in accepted) + ("other",)
    if input_type == "yes_no":
        options = ("yes", "no")
    return Field(
        key=name,
        label=spec.get("prompt", name.replace("_", " ").capitalize()),
        input=input_type,
        options=options,
        required=True,
        kind="gate",
        phrase=layout.phrases.get(f"gate:{name}", Phrase(yes="", no="")),
        element="",
    )


def _heading_choices(fam: dict[str, Any]) -> tuple[Field, ...]:
    choices = []
    for key, label, options in (("region", "Region", fam.get("regions")), ("target", "Target", fam.get("targets"))):
        if options and "{" + key + "}" in fam["heading"]:
            choices.append(
                Field(key=key, label=label, input="choice", options=tuple(options), required=True, kind="heading",
                      phrase=Phrase())
            )
    return tuple(choices)


def _element_field(
    group: list[tuple[TemplateRequirement, dict[str, tuple[Any, ...]]]],
    element: str,
    key_shared: bool,
    position: dict[str, int],
    layout: Layout,
    family: str,
    catalog: Catalog,
    day: dt.date | None = None,
) -> Field:
    """One blank for a group of requirements asking the same thing (same element and input)."""
    lead, conditions, required = _merge(group, position)
    reqs = [req for req, _ in group]
    key = _blank_key(element, lead, key_shared)
    phrase = layout.phrase_for(family, key, lead.check_kind, element, lead.input.type)
    slots = tuple(
        Field(
            key=name,
            label=layout.slots[name].get("prompt", name),
            input=layout.slots[name].get("input", "text"),
            options=tuple(str(o) for o in layout.slots[name].get("options", ())),
            required=required,
            kind="slot",
            phrase=Phrase(),
            conditions=conditions,
            unit=layout.slots[name].get("unit"),
            element=element,
        )
        for name in re.findall(r"\{(\w+)\}", phrase.pattern)
        if name not in ("value", "label")
    )
    return Field(
        key=key,
        label=lead.prompt,
        input=lead.input.type,
        options=_options(lead, layout, family, catalog),
        required=required,
        kind="element",
        phrase=phrase,
        conditions=conditions,
        help=" ".join(dict.fromkeys(fill_slots(r.fix, family, catalog) for r in reqs if r.fix)),
        requirement_ids=tuple(r.id for r in reqs),
        citations=tuple(dict.fromkeys(r.citation for r in reqs if r.citation)),
        flagged=any(r.status != "confirmed" for r in reqs),
        unit=lead.input.unit,
        element=element,
        slots=slots,
        container_drugs=(
            tuple(d.name for d in catalog.drugs if d.coded)
            if lead.input.type == "drug_dose" and day is not None and catalog.asks_discard(day)
            else ()
        ),
    )


def _place_gates(placed: dict[str, list[Field]], layout: Layout, asked: set[str]) -> None:
    """Ask each gate just before the first blank that depends on it: a blank that doubles as a gate
    (e.g. the intent question) moves up to there; a missing gate is inserted there."""
    order = [(section, f) for section, fields in placed.items() for f in fields]
    gates = dict.fromkeys(c.gate for _, f in order for c in f.conditions)
    for gate in (g for g in gates if g not in asked):  # the heading already asks region and target
        order = [(section, f) for section, fields in placed.items() for f in fields]
        first = next((i for i, (_, f) in enumerate(order) if any(c.gate == gate for c in f.conditions)))
        at = next((i for i, (_, f) in enumerate(order) if f.key == gate), None)
        if at is not None and at < first:
            continue
        if at is not None:
            gate_section, gate_field = order[at]
            placed[gate_section].remove(gate_field)
        else:
            values = next(c.values for _, f in order for c in f.conditions if c.gate == gate)
            gate_field = _gate_field(gate, layout, values)
        section, dependent = order[first]
        placed[section].insert(placed[section].index(dependent), gate_field)


def build_template(
    catalog: Catalog, family: str, payer: str | None = None, day: dt.date | None = None
) -> NoteTemplate:
    """The template for `family` and `payer` on `day` (today by default)."""
    if family not in FAMILIES:
        raise CatalogError(f"unknown procedure family {family!r}; known: {', '.join(FAMILIES)}")
    payer = payer or catalog.default_payer
    catalog.check_payer(payer)
    day = day or dt.date.today()
    layout = load_layout()
    reqs = applicable(catalog.requirements, family, payer, day, catalog.payer_switches.get(payer))
    position = {req.id: i for i, req in enumerate(catalog.requirements)}

    groups: dict[tuple[str, str, tuple[str, ...]], list[tuple[TemplateRequirement, dict[str, tuple[Any, ...]]]]] = {}
    for req in reqs:
        conds = _conditions(req, family, catalog)
        if conds is None:
            continue
        # One drug table answers both "which drugs" and "what dose".
        element = "drug_dose" if req.input.type == "drug_dose" else req.element
        groups.setdefault((element, req.input.type, req.input.options), []).append((req, conds))

    section_titles = {key: title for key, title, _ in layout.sections}
    placed: dict[str, list[Field]] = {key: [] for key in section_titles}
    element_order = [e for _, _, elements in layout.sections for e in elements]
    per_element: dict[str, int] = {}
    for element, _, _ in groups:
        per_element[element] = per_element.get(element, 0) + 1
    for group_key in sorted(groups, key=lambda k: (element_order.index(k[0]) if k[0] in element_order else 999, k)):
        element = group_key[0]
        key_shared = per_element[element] > 1
        field = _element_field(groups[group_key], element, key_shared, position, layout, family, catalog, day)
        placed[layout.section_of(element)].append(field)

    fam = layout.families[family]
    heading_choices = _heading_choices(fam)
    _place_gates(placed, layout, {f.key for f in heading_choices})

    keys = [f.key for fields in placed.values() for f in fields]
    prefix = next((k for k in layout.heading_prefix if k in keys), None)
    heading = Heading(fam["heading"], heading_choices, tuple((fam.get("targets") or {}).items()), prefix)
    sections = tuple(Section(k, section_titles[k], tuple(v)) for k, v in placed.items() if v)
    return NoteTemplate(
        family=family,
        payer=payer,
        date=day,
        heading=heading,
        sections=sections,
        kb_version=catalog.version,
        overlays=catalog.overlays,
        drug_units=tuple((d.name, d.unit) for d in catalog.drugs),
    )
