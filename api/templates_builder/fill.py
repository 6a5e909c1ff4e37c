"""Complete a template with values: the note a physician gets by filling every blank.

`fill` renders the same plain-text template as `render(template, "text")` with each blank
replaced by its value, so the round-trip tests exercise the exact sentences the templates
print. A key left out of `values` leaves its line out of the note (that is how the tests
remove one element); a value outside a closed pick-list is an error, as it would be in an EMR.

Value shapes by input type: choice/side/text/time -> str; multi_choice/levels -> list of str;
number -> int or float (the KB's unit is appended);
score -> 0..10 or (0..10, scale); yes_no -> bool; drug_dose -> list of DrugDose (or
(drug, dose, unit) tuples; a drug billed by code also takes its container, "single-dose" or
"multi-dose", and from a single-dose container the amount discarded, 0 when none, in the dose's
unit: "40 mg triamcinolone acetonide from a single-dose vial; 0 mg was discarded."). The procedure heading's pick-lists are `values["region"]` and
`values["target"]` (a target code, written with the layout's words). Extra blanks of a phrase
(e.g. the weeks of conservative care) are values
under their slot names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from api.templates_builder.model import CONTAINERS, SINGLE_DOSE, Field, NoteTemplate
from api.templates_builder.render import Line, environment, lines, unit_suffix


@dataclass(frozen=True)
class DrugDose:
    """One injected drug. Volumes (mL) need the concentration, e.g. '1%', to say how much drug."""

    drug: str
    dose: float
    unit: str = "mg"
    concentration: str | None = None
    container: str | None = None  # "single-dose" | "multi-dose" (drugs billed by code)
    discarded: float | None = None  # from a single-dose container, in `unit`; 0 when nothing was discarded

    def text(self) -> str:
        name = self.drug.replace("_", " ")
        if self.concentration:
            text = f"{_number(self.dose)} {self.unit} of {self.concentration} {name}"
        else:
            text = f"{_number(self.dose)} {self.unit} {name}"
        if self.container:
            text += f" from a {self.container} vial"
        if self.discarded is not None:
            text += f"; {_number(self.discarded)} {self.unit} was discarded"
        return text


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _pick(field: Field, value: Any) -> str:
    text = str(value)
    if field.options:
        match = next((o for o in field.options if o.lower() == text.lower()), None)
        if match is None:
            raise ValueError(f"{field.label}: {text!r} is not one of {', '.join(field.options)}")
        return match
    return text


def _drug_doses(value: Iterable[Any]) -> list[DrugDose]:
    doses = []
    for item in value:
        if isinstance(item, DrugDose):
            doses.append(item)
        elif isinstance(item, Mapping):
            discarded = item.get("discarded")
            doses.append(
                DrugDose(
                    str(item["drug"]),
                    float(item["dose"]),
                    str(item.get("unit", "mg")),
                    item.get("concentration"),
                    item.get("container"),
                    None if discarded is None else float(discarded),
                )
            )
        else:
            doses.append(DrugDose(*item))
    return doses


def _check_container(field: Field, dose: DrugDose) -> None:
    name = dose.drug.replace("_", " ")
    if dose.container is None:
        if dose.discarded is not None:
            raise ValueError(f"{field.label}: a discarded amount of {name} needs its container ({SINGLE_DOSE})")
        return
    if dose.container not in CONTAINERS:
        raise ValueError(f"{field.label}: container {dose.container!r} is not one of {', '.join(CONTAINERS)}")
    offered = {d.lower() for d in field.container_drugs}
    if dose.drug.lower() not in offered:
        raise ValueError(f"{field.label}: this template asks no container for {name}")
    if dose.container == SINGLE_DOSE and dose.discarded is None:
        raise ValueError(f"{field.label}: give the amount of {name} discarded from the single-dose vial (0 if none)")
    if dose.container != SINGLE_DOSE and dose.discarded is not None:
        raise ValueError(f"{field.label}: a discarded amount is reported only from a single-dose container")
    if dose.discarded is not None and dose.discarded < 0:
        raise ValueError(f"{field.label}: a discarded amount cannot be negative")


def format_value(field: Field, value: Any) -> str:
    """The text a completed blank carries, e.g. '7/10', 'L4-L5 and L5-S1', '40 mg triamcinolone'."""
    kind = field.input
    if kind in ("choice", "side"):
        return _pick(field, value)
    if kind in ("multi_choice", "levels"):
        items = [value] if isinstance(value, str) else list(value)
        if not items:
            raise ValueError(f"{field.label}: choose at least one value")
        return _join([_pick(field, v) for v in items])
    if kind == "score":
        score, scale = (value if isinstance(value, (tuple, list)) else (value, None))
        if not 0 <= float(score) <= 10:
            raise ValueError(f"{field.label}: a 0-10 score, not {score!r}")
        text = f"{_number(float(score))}/10"
        if field.options:
            text += f" on the {_pick(field, scale if scale is not None else field.options[0])}"
        return text
    if kind == "number":
        return _number(float(value)) + unit_suffix(field.unit)
    if kind == "drug_dose":
        doses = _drug_doses(value)
        if not doses:
            raise ValueError(f"{field.label}: give at least one drug and dose")
        for d in doses:
            if field.options:
                _pick(field, d.drug)
            _check_container(field, d)
        # The reader takes a container and a discarded amount for every drug of its sentence, so a
        # drug with a container gets a sentence of its own, after the others.
        plain = [d.text() for d in doses if not d.container]
        own = [d.text() for d in doses if d.container]
        return ". ".join(([_join(plain)] if plain else []) + own)
    if kind == "yes_no":
        return "yes" if value else "no"
    text = str(value).strip()
    if not text:
        raise ValueError(f"{field.label}: empty text")
    return text.rstrip(".")


def _filled_line(line: Line, value: Any, answers: Mapping[str, Any]) -> Line:
    field = line.field
    if field.input == "yes_no" and field.phrase.yes is not None:
        if not isinstance(value, bool):
            raise ValueError(f"{field.label}: answer True or False, not {value!r}")
        sentence = field.phrase.yes if value else field.phrase.no
        return Line(field, line.before, line.tail, line.condition, sentence=sentence or "")
    if field.phrase.choices:
        answer = _pick(field, value)
        sentence = field.phrase.sentence_for(answer)
        if sentence is None:
            raise ValueError(f"{field.label}: the layout has no sentence for {answer!r}")
        return Line(field, line.before, line.tail, line.condition, sentence=sentence)
    slot_values = {}
    for slot in field.slots:
        if slot.key not in answers:
            raise ValueError(f"{field.label}: also give {slot.key!r} ({slot.label})")
        slot_values[slot.key] = format_value(slot, answers[slot.key])
    return Line(
        field, line.before, line.tail, line.condition, value=format_value(field, value), slot_values=slot_values
    )


def fill(template: NoteTemplate, values: Mapping[str, Any]) -> str:
    """The completed note. Unknown keys are an error (a typo would otherwise drop an element silently)."""
    known = {f.key for f in template.fields + template.heading.choices}
    known |= {s.key for f in template.fields for s in f.slots}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(f"no blank named {unknown} in the {template.family} template; blanks: {sorted(known)}")
    answers = dict(values)
    prefix_key = template.heading.prefix
    sections = []
    for title, section_lines in lines(template):
        filled = [
            _filled_line(line, answers[line.field.key], answers)
            for line in section_lines
            if line.field.key in answers and line.field.enabled(answers) and line.field.key != prefix_key
        ]
        if filled:
            sections.append((title, filled))
    prefix_key = template.heading.prefix
    prefix_value = None
    if prefix_key and prefix_key in answers:
        prefix_value = format_value(template.field(prefix_key), answers[prefix_key])
    heading = template.heading.text(values, prefix_value)
    return (
        environment()
        .get_template("text.j2")
        .render(
            t=template,
            sections=sections,
            heading=heading,
            heading_parts=[],
            prefix=None,
            filled=True,
            drug_units={},
        )
    )
