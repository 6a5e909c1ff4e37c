"""Moderate sedation lines (99152/+99153 by the proceduralist; 99156/+99157 by another clinician, who reports them on
their own claim, so on this one only when codes.yaml `sedation.other_on_claim` says so).

The thresholds (10 minutes to report, add-on from 23 minutes, 15-minute blocks) are data in
codes.yaml `sedation`; one sedation service per encounter however many procedures it covered.
"""

from __future__ import annotations

from coding.context import Context, Draft
from coding.facts import NoteFacts, Sedation


def _pick(facts: NoteFacts) -> tuple[int, Sedation] | None:
    """The encounter's sedation: the documented one with the longest intraservice time."""
    found = [(i, p.sedation) for i, p in enumerate(facts.procedures) if p.sedation and p.sedation.type]
    if not found:
        return None
    return max(found, key=lambda pair: pair[1].intraservice_minutes or 0)


def sedation_drafts(facts: NoteFacts, ctx: Context) -> list[Draft]:
    picked = _pick(facts)
    if picked is None:
        return []
    index, sed = picked
    rule = ctx.kb.codes.sedation
    if sed.type in ("none", "local", "minimal"):
        return []
    if sed.type != "moderate":
        ctx.finding("sedation.other_type", procedure_index=index, evidence=sed.evidence,
                    type=(sed.type or "").upper() if sed.type == "mac" else (sed.type or "").capitalize())
        return []
    minutes = sed.intraservice_minutes
    problems: list[str] = []
    if minutes is None:
        problems.append("no_time")
    elif minutes < rule.min_minutes:
        problems.append("short_time")
    # An independent observer is only needed when the proceduralist sedates, so a documented
    # observer with no sedating clinician named reads as proceduralist-directed sedation.
    same = sed.by_proceduralist if sed.by_proceduralist is not None else (True if sed.independent_observer else None)
    if same is None:
        problems.append("who_unknown")
    elif same and not sed.independent_observer:
        problems.append("no_observer")
    if problems:
        ctx.finding("sedation.not_coded", procedure_index=index, evidence=sed.evidence, parts=problems,
                    minutes=minutes, min_minutes=rule.min_minutes)
        return []
    assert minutes is not None
    first, addon = (rule.same_first, rule.same_addon) if same else (rule.other_first, rule.other_addon)
    if not same and not rule.other_on_claim:  # the sedating clinician's own claim carries it (codes.yaml sedation)
        ctx.finding("sedation.other_provider", procedure_index=index, evidence=sed.evidence, first=first, addon=addon)
        return []
    who = "the proceduralist with an independent observer" if same else "another clinician"
    if sed.by_proceduralist is None:
        who += " (proceduralist inferred from the documented observer)"
    rules = ["sedation.moderate", f"sedation.{'same' if same else 'other'}"]
    drafts = [
        Draft(code=first, units=1, procedure_index=index, laterality=False, rules=list(rules),
              evidence=list(sed.evidence),
              rationale=f"Moderate sedation by {who}, {minutes} min intraservice (first 15 min; age 5+ assumed).")
    ]
    if minutes >= rule.addon_from_minutes:
        extra = (minutes - (rule.addon_from_minutes - rule.addon_block_minutes)) // rule.addon_block_minutes
        drafts.append(
            Draft(code=addon, units=extra, procedure_index=index, laterality=False,
                  rules=[*rules, "sedation.addon"], evidence=list(sed.evidence),
                  rationale=f"{minutes} min: {extra} added 15-minute block(s) (from {rule.addon_from_minutes} min).")
        )
    return drafts
