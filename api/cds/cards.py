"""Turns an `AnalysisResult` into CDS Hooks cards.

One card per group of missing elements (so a clinician sees "medical necessity" once, not six
times), each with the requirement and the sentence to add in its Markdown detail; then one card
with the proposed codes. Indicators follow the Da Vinci CRD guidance: documentation problems that
block payment are `warning`, the rest `info`; `critical` is reserved for clinical harm and unused.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from typing import Any

from api.schemas.cds import Action, Card, Coding, Source, Suggestion

SUMMARY_MAX = 139
OVERRIDE_SYSTEM = "urn:painpoint:cds:override-reason"
SOURCE_LABEL = "Painpoint documentation check"
CPT_SYSTEM = "http://www.ama-assn.org/go/cpt"
HCPCS_SYSTEM = "urn:oid:2.16.840.1.113883.6.285"

# Element → (group id, group label). Every element of `coding.result.Element` has a group.
GROUPS: dict[str, tuple[str, str]] = {}
for _group, _label, _elements in (
    ("necessity", "Medical necessity", ("indication", "diagnosis", "symptom_duration", "conservative_care",
                                        "functional_impairment", "imaging_findings")),
    ("response", "Pain scores and response", ("pre_procedure_pain_score", "post_procedure_pain_score",
                                              "percent_relief", "diagnostic_block_relief",
                                              "prior_procedure_response")),
    ("procedure", "Procedure details", ("levels", "laterality", "approach", "imaging_guidance", "saved_images",
                                        "contrast", "muscle_count")),
    ("drugs", "Drugs given", ("drug_name", "drug_dose", "dose_ceiling")),
    ("safety", "Consent, safety and sedation", ("consent", "time_out", "complications", "sedation_details")),
    ("limits", "Payer limits", ("frequency", "level_limit", "code_validity")),
    ("conflicts", "Conflicting statements", ("laterality_conflict",)),
):
    for _element in _elements:
        GROUPS[_element] = (_group, _label)

OVERRIDE_REASONS = [
    Coding(system=OVERRIDE_SYSTEM, code="documented-elsewhere", display="Documented elsewhere in the record"),
    Coding(system=OVERRIDE_SYSTEM, code="not-applicable", display="Not applicable to this procedure"),
    Coding(system=OVERRIDE_SYSTEM, code="payer-exempt", display="Payer does not require it"),
]


def shorten(text: str, limit: int = SUMMARY_MAX) -> str:
    """Cut at a word boundary so the summary stays under the spec's 140 characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _human(element: str) -> str:
    return element.replace("_", " ")


def _finding_markdown(finding: Any) -> str:
    req = finding.requirement
    return (
        f"**{finding.message}**\n\n"
        f"- Requirement: {req.text} ({req.source})\n"
        f"- Sentence to add: _{finding.fix}_"
    )


def finding_cards(result: Any, prefix: str = "") -> list[Card]:
    groups: OrderedDict[str, list[Any]] = OrderedDict()
    for finding in result.findings:
        group, _ = GROUPS.get(finding.element, ("other", "Other documentation"))
        groups.setdefault(group, []).append(finding)
    cards = []
    for group, findings in groups.items():
        label = GROUPS[findings[0].element][1] if findings[0].element in GROUPS else "Other documentation"
        elements = list(OrderedDict.fromkeys(_human(f.element) for f in findings))
        verb = "resolve" if group == "conflicts" else "document"
        summary = shorten(f"{prefix}{label}: {verb} {', '.join(elements)}")
        blocking = any(f.severity in ("error", "warning") for f in findings)
        cards.append(
            Card(
                uuid=str(uuid.uuid4()),
                summary=summary,
                detail="\n\n".join(_finding_markdown(f) for f in findings),
                indicator="warning" if blocking else "info",
                source=Source(label=SOURCE_LABEL),
                overrideReasons=OVERRIDE_REASONS,
            )
        )
    return cards


def _cell(text: str) -> str:
    """Safe inside a GitHub-Flavored Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _line_text(line: Any) -> str:
    mods = f"-{'-'.join(line.modifiers)}" if line.modifiers else ""
    return f"{line.code}{mods} ×{line.units}"


def codes_card(result: Any, patient: str | None, encounter: str | None, prefix: str = "") -> Card | None:
    """The proposed codes; with a patient in context, one suggestion to queue them as planned ChargeItems."""
    if not result.codes:
        return None
    rows = ["| Code | Modifiers | Units | What | Why |", "|---|---|---|---|---|"]
    for line in result.codes:
        rows.append(
            f"| {line.code} | {', '.join(line.modifiers) or '—'} | {line.units} | {_cell(line.description)} "
            f"| {_cell(line.rationale)} |"
        )
    detail = "\n".join(rows)
    if result.diagnoses:
        detail += "\n\n**Suggested diagnoses:** " + ", ".join(f"{d.code} ({d.description})" for d in result.diagnoses)
    suggestions = None
    if patient:
        actions = []
        for line in result.codes:
            resource: dict[str, Any] = {
                "resourceType": "ChargeItem",
                "status": "planned",
                "code": {
                    "coding": [
                        {
                            "system": CPT_SYSTEM if line.kind == "CPT" else HCPCS_SYSTEM,
                            "code": line.code,
                            "display": line.description,
                        }
                    ]
                },
                "subject": {"reference": patient},
                "quantity": {"value": line.units},
            }
            if encounter:
                resource["context"] = {"reference": encounter}
            actions.append(
                Action(type="create", description=f"Plan charge {_line_text(line)} for coder review", resource=resource)
            )
        suggestions = [Suggestion(label="Queue these codes for coder review", uuid=str(uuid.uuid4()),
                                  isRecommended=False, actions=actions)]
    return Card(
        uuid=str(uuid.uuid4()),
        summary=shorten(f"{prefix}Proposed codes: " + ", ".join(_line_text(c) for c in result.codes)),
        detail=detail,
        indicator="info",
        source=Source(label=SOURCE_LABEL),
        suggestions=suggestions,
        selectionBehavior="at-most-one" if suggestions else None,
    )


def cards_for(result: Any, patient: str | None, encounter: str | None, prefix: str = "") -> list[Card]:
    cards = finding_cards(result, prefix)
    codes = codes_card(result, patient, encounter, prefix)
    if codes is not None:
        cards.append(codes)
    return cards
