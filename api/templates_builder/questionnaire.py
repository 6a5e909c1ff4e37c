"""The template as a FHIR R4 Questionnaire following SDC, validated with `fhir.resources`.

Built as data (not through a Jinja template) because a Questionnaire is a tree that must
validate, and validation should look at exactly what is returned. `fhir.resources` 8 ships
R4B (4.3) and R5 models; R4B's Questionnaire is the R4 one for every element used here, so it is
the validator. Conditional blanks carry `enableWhen` on their gate question; a blank whose
condition needs "(a or b) and c" carries the SDC `enableWhenExpression` (FHIRPath) instead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from fhir.resources.R4B.questionnaire import Questionnaire

from api.templates_builder.model import CONTAINERS, SINGLE_DOSE, Condition, Field, NoteTemplate
from api.templates_builder.render import condition_text

SDC_PROFILE = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire|3.0.0"
BASE = "http://painpoint.example.org/fhir"
EXT_MIN = "http://hl7.org/fhir/StructureDefinition/minValue"
EXT_MAX = "http://hl7.org/fhir/StructureDefinition/maxValue"
EXT_UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit"
EXT_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
EXT_ENABLE_EXPR = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"
DOSE_UNITS = ("mg", "mcg", "mL", "units")


def _options(values: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{"valueString": v} for v in values]


def _help(key: str, text: str) -> dict[str, Any]:
    return {
        "linkId": f"{key}.help",
        "type": "display",
        "text": text,
        "extension": [
            {
                "url": EXT_CONTROL,
                "valueCodeableConcept": {
                    "coding": [{"system": "http://hl7.org/fhir/questionnaire-item-control", "code": "help"}]
                },
            }
        ],
    }


def _answer(gate: Field | None, value: Any) -> dict[str, Any]:
    if gate is not None and gate.kind == "heading":
        return {"answerCoding": {"code": str(value)}}
    if gate is not None and gate.input == "yes_no":
        return {"answerBoolean": value is True or str(value).lower() in ("true", "yes")}
    return {"answerString": str(value)}


def _fhirpath_literal(gate: Field | None, value: Any) -> str:
    if gate is not None and gate.input == "yes_no":
        return "true" if value is True or str(value).lower() in ("true", "yes") else "false"
    return "'" + str(value).replace("'", "\\'") + "'"


def _enable(item: dict[str, Any], field: Field, template: NoteTemplate) -> None:
    """Attach enableWhen (simple cases) or an SDC enableWhenExpression (an AND of ORs)."""
    conds: tuple[Condition, ...] = field.conditions
    if not conds:
        return
    gates = {c.gate: _find(template, c.gate) for c in conds}
    if len(conds) == 1 or all(len(c.values) == 1 for c in conds):
        item["enableWhen"] = [
            {"question": c.gate, "operator": "=", **_answer(gates[c.gate], v)} for c in conds for v in c.values
        ]
        if len(item["enableWhen"]) > 1:
            item["enableBehavior"] = "any" if len(conds) == 1 else "all"
        return
    clauses = []
    for c in conds:
        ors = " or ".join(
            f"%resource.repeat(item).where(linkId='{c.gate}').answer.value"
            f"{'.code' if gates[c.gate] is not None and gates[c.gate].kind == 'heading' else ''}"
            f" = {_fhirpath_literal(gates[c.gate], v)}"
            for v in c.values
        )
        clauses.append(f"({ors})")
    item["extension"] = item.get("extension", []) + [
        {
            "url": EXT_ENABLE_EXPR,
            "valueExpression": {
                "language": "text/fhirpath",
                "expression": " and ".join(clauses),
                "description": condition_text(template, field),
            },
        }
    ]


def _find(template: NoteTemplate, key: str) -> Field | None:
    try:
        return template.field(key)
    except KeyError:
        return None


def _item(field: Field, template: NoteTemplate) -> dict[str, Any]:
    item: dict[str, Any] = {"linkId": field.key, "text": field.label, "required": field.required}
    kind = field.input
    children: list[dict[str, Any]] = []
    if kind in ("choice", "side", "multi_choice", "levels"):
        item["type"] = "choice"
        item["answerOption"] = _options(field.options)
        if kind in ("multi_choice", "levels"):
            item["repeats"] = True
    elif kind == "yes_no":
        item["type"] = "boolean"
    elif kind == "score":
        item["type"] = "integer"
        item["extension"] = [{"url": EXT_MIN, "valueInteger": 0}, {"url": EXT_MAX, "valueInteger": 10}]
        if field.options:
            children.append(
                {
                    "linkId": f"{field.key}.scale",
                    "text": "Scale",
                    "type": "choice",
                    "required": field.required,
                    "answerOption": _options(field.options),
                }
            )
    elif kind == "number":
        item["type"] = "decimal"
        if field.unit:
            coding = {"system": "http://unitsofmeasure.org", "code": "%"} if field.unit == "percent" else {}
            item["extension"] = [{"url": EXT_UNIT, "valueCoding": {**coding, "display": field.unit}}]
    elif kind == "time":
        item["type"] = "string"
    elif kind == "drug_dose":
        item["type"] = "group"
        item["repeats"] = True
        drug: dict[str, Any] = {"linkId": f"{field.key}.drug", "text": "Drug", "required": True}
        if field.options:
            drug.update(type="choice", answerOption=_options(field.options))
        else:
            drug["type"] = "string"
        children += [
            drug,
            {"linkId": f"{field.key}.dose", "text": "Dose", "type": "decimal", "required": True},
            {
                "linkId": f"{field.key}.unit",
                "text": "Unit",
                "type": "choice",
                "required": True,
                "answerOption": _options(DOSE_UNITS),
            },
        ]
        if field.container_drugs:
            children += _container_items(field)
    else:
        item["type"] = "text"
    for slot in field.slots:  # extra blanks of the phrase, asked under their element
        child = _item(replace(slot, conditions=()), template)
        child["linkId"] = f"{field.key}.{slot.key}"
        children.append(child)
    if field.help:
        children.append(_help(field.key, field.help))
    if children:
        item["item"] = children
    _enable(item, field, template)
    return item


def _container_items(field: Field) -> list[dict[str, Any]]:
    """Container of a drug billed by code, and (single-dose only) the amount discarded: JW / JZ."""
    drug, container = f"{field.key}.drug", f"{field.key}.container"
    return [
        {
            "linkId": container,
            "text": "Container",
            "type": "choice",
            "required": True,
            "answerOption": _options(CONTAINERS),
            "enableWhen": [{"question": drug, "operator": "=", "answerString": d} for d in field.container_drugs],
            "enableBehavior": "any",
        },
        {
            "linkId": f"{field.key}.discarded",
            "text": "Amount discarded (in the dose unit; 0 if none)",
            "type": "decimal",
            "required": True,
            "enableWhen": [{"question": container, "operator": "=", "answerString": SINGLE_DOSE}],
        },
    ]


def _name(template: NoteTemplate) -> str:
    words = re.split(r"[^A-Za-z0-9]+", f"painpoint {template.family} {template.payer}")
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def build_questionnaire(template: NoteTemplate) -> dict[str, Any]:
    """The Questionnaire as JSON-ready data, after validating it against the FHIR model."""
    ident = f"painpoint-{template.family}-{template.payer}".replace("_", "-")
    items: list[dict[str, Any]] = []
    for choice in template.heading.choices:  # region / target pick-lists of the procedure heading
        items.append(
            {
                "linkId": choice.key,
                "text": choice.label,
                "type": "choice",
                "required": True,
                "answerOption": [
                    {"valueCoding": {"code": o, "display": template.heading.display(choice.key, o)}}
                    for o in choice.options
                ],
            }
        )
    for section in template.sections:
        items.append(
            {
                "linkId": section.key,
                "text": section.title,
                "type": "group",
                "item": [_item(f, template) for f in section.fields],
            }
        )
    resource: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "id": ident,
        "meta": {"profile": [SDC_PROFILE]},
        "url": f"{BASE}/Questionnaire/{ident}",
        "version": template.kb_version,
        "name": _name(template),
        "title": f"{template.family.replace('_', ' ').capitalize()} note ({template.payer})",
        "status": "draft",
        "subjectType": ["Patient"],
        "date": template.date.isoformat(),
        "description": "Documentation elements required for this procedure and payer, generated from the "
        "Painpoint knowledge base" + (f" with overlay {', '.join(template.overlays)}" if template.overlays else "")
        + ".",
        "item": items,
    }
    Questionnaire.model_validate(resource)
    return resource
