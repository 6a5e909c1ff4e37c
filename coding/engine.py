"""`propose`: the single entry point of the coding layer (facts → code lines and findings).

Deterministic and explainable: every line names the KB rule ids behind it, its rationale and its
evidence; every choice on an unconfirmed or disputed KB item is named in an `info` finding.
Order of work: per procedure (conflicts, selection, KX/52, limits, imaging), then claim-level
passes (sedation, guidance, dates, drugs, laterality expansion, add-on and MUE checks).
"""

from __future__ import annotations

import datetime as dt

from coding.conflicts import check_conflicts
from coding.context import Context, Draft
from coding.diagnoses import suggest_diagnoses
from coding.documentation import check_documentation
from coding.drugs import drug_drafts
from coding.facts import NoteFacts, Procedure
from coding.imaging import imaging_drafts, settle_guidance
from coding.knowledge import KnowledgeBase, load_kb
from coding.limits import RegionTally, check_item_limits
from coding.modifiers import apply_laterality, apply_procedure_modifiers, order_modifiers
from coding.result import CodeLine, CodingResult
from coding.sedation import sedation_drafts
from coding.selection import select


def propose(
    facts: NoteFacts,
    payer: str = "medicare",
    date_of_service: dt.date | None = None,
    kb: KnowledgeBase | None = None,
) -> CodingResult:
    """Code lines, ICD-10 suggestions and findings for one note's facts.

    Date of service: the argument, else `facts.encounter.date_of_service`, else today. Place of
    service: `facts.encounter.place_of_service`, else "11" (office). Unknown payer →
    :class:`coding.errors.UnknownPayerError` listing the known ones."""
    kb = kb or load_kb()
    dos = date_of_service or facts.encounter.date_of_service or dt.date.today()
    ctx = Context(kb, payer, dos, facts.encounter.place_of_service or "11")

    drafts: list[Draft] = []
    regions = RegionTally()
    for index, proc in _sessions(facts, kb):
        check_conflicts(proc, index, ctx)
        lines, groups = select(proc, index, ctx)
        apply_procedure_modifiers(lines, proc, index, ctx)
        check_item_limits(proc.family, index, groups, ctx)
        regions.add(proc.family, index, groups, ctx)
        drafts += lines + imaging_drafts(proc, index, ctx)
    regions.check(ctx)
    drafts += sedation_drafts(facts, ctx)
    imaging_at = {i: frozenset(e.start for e in p.imaging.evidence) for i, p in enumerate(facts.procedures)
                  if p.imaging is not None}
    drafts = settle_guidance(_effective(drafts, ctx), ctx, imaging_at)
    drafts += drug_drafts(facts, drafts, ctx)
    lines = _with_primaries(_exclusions([line for d in drafts for line in apply_laterality(d, ctx)], ctx), ctx)
    _check_mue(lines, ctx)
    codes = [_to_line(d, ctx) for d in lines]

    unread: set[str] = set()
    findings = [*ctx.findings, *check_documentation(facts, codes, kb, payer, dos, unread=unread)]
    diagnoses = suggest_diagnoses(facts, codes, kb, dos)
    result = CodingResult(codes=codes, diagnoses=diagnoses, findings=findings, kb_version=kb.version)
    result._presence_unread = frozenset(unread)
    return result


def _sessions(facts: NoteFacts, kb: KnowledgeBase) -> list[tuple[int, Procedure]]:
    """Procedures to code; families coded once per session (trigger points) merge into the first."""
    out: list[tuple[int, Procedure]] = []
    merged: dict[str, int] = {}
    for index, proc in enumerate(facts.procedures):
        family = kb.codes.families[proc.family]
        if family.one_line_per_session and proc.family in merged:
            pos = merged[proc.family]
            first_index, first = out[pos]
            out[pos] = (first_index, first.model_copy(update={
                "muscles": [*first.muscles, *proc.muscles], "evidence": [*first.evidence, *proc.evidence]}))
            continue
        if family.one_line_per_session:
            merged[proc.family] = len(out)
        out.append((index, proc))
    return out


def _effective(drafts: list[Draft], ctx: Context) -> list[Draft]:
    """Drop lines whose code is not in effect on the date of service (code_validity error)."""
    kept = []
    for draft in drafts:
        entry = ctx.code(draft.code)
        if entry.effective.covers(ctx.dos):
            kept.append(draft)
            continue
        ctx.finding("code_validity.not_effective", suffix=draft.code, entry=entry, evidence=draft.evidence,
                    procedure_index=draft.procedure_index, code=draft.code, dos=ctx.dos.isoformat(),
                    valid=entry.effective.label())
    return kept


def _exclusions(lines: list[Draft], ctx: Context) -> list[Draft]:
    """Drop codes another code on the claim excludes (e.g. 95990 beside 62370)."""
    present = {d.code for d in lines}
    excluded: dict[str, str] = {}
    for code in present:
        entry = ctx.kb.codes.codes.get(code)
        for other in entry.excludes if entry else ():
            if other in present:
                excluded.setdefault(other, code)
    for code, by in excluded.items():
        ctx.finding("code_validity.excluded", suffix=code, code=code, by=by)
    return [d for d in lines if d.code not in excluded]


def _with_primaries(lines: list[Draft], ctx: Context) -> list[Draft]:
    """Remove any add-on whose primary is not on the claim (an invariant, reported if ever hit)."""
    present = {d.code for d in lines}
    kept = []
    for line in lines:
        entry = ctx.kb.codes.codes.get(line.code)
        if entry is not None and entry.addon and not present & set(entry.primaries):
            ctx.finding("code_validity.addon_without_primary", suffix=line.code, entry=entry,
                        procedure_index=line.procedure_index, evidence=line.evidence, code=line.code,
                        primaries=" or ".join(entry.primaries))
            continue
        kept.append(line)
    return kept


def _check_mue(lines: list[Draft], ctx: Context) -> None:
    if not ctx.settings.apply_mue:
        return
    totals: dict[str, int] = {}
    for line in lines:
        if line.code in ctx.kb.codes.codes and "JW" not in line.modifiers:
            totals[line.code] = totals.get(line.code, 0) + line.units
    for code, units in totals.items():
        mue = ctx.code(code).mue
        if mue is not None and units > mue.value:
            ctx.finding("code_validity.mue", suffix=code, entry=mue, code=code, units=units, mue=mue.value)


def _to_line(draft: Draft, ctx: Context) -> CodeLine:
    entry = ctx.kb.codes.codes.get(draft.code)
    if entry is not None:
        ctx.flag_entry(draft.code, entry, draft.procedure_index)
    return CodeLine(
        code=draft.code,
        kind=entry.kind if entry is not None else (draft.kind or "HCPCS"),  # type: ignore[arg-type]
        modifiers=order_modifiers(draft.modifiers, ctx),
        units=max(1, draft.units),
        description=entry.description if entry is not None else (draft.description or draft.code),
        rationale=draft.rationale,
        evidence=draft.evidence,
        rules=list(dict.fromkeys(draft.rules)),
        procedure_index=draft.procedure_index,
    )


__all__ = ["propose"]
