"""Database work of the workspace: keeping notes for review, the worklist query, claim-line
decisions, query drafts and the audit trail.

Every change to a claim line goes through `decide`/`add_line` here, which write the line's new state
and an `AuditEvent` with before/after in the same transaction, so the two cannot drift apart. The
audit trail has only `append_audit` and `audit_for`: there is no update or delete path.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from api.db.models import Analysis, AnalysisFamily
from api.db.web_models import AuditEvent, ClaimLine, PhysicianQuery, WebNote

SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1, "none": 0}
FINAL_DECISIONS = ("accepted", "modified")


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def highest_severity(result: Any) -> str:
    ranks = [SEVERITY_RANK[f.severity] for f in result.findings]
    best = max(ranks, default=0)
    return next(name for name, rank in SEVERITY_RANK.items() if rank == best)


def line_state(line: ClaimLine) -> dict[str, Any]:
    """What the audit trail records as a line's before/after."""
    return {
        "code": line.code,
        "modifiers": list(line.modifiers),
        "units": line.units,
        "decision": line.decision,
        "removed": line.removed,
    }


def append_audit(
    session: Session,
    analysis_id: str,
    *,
    username: str,
    role: str,
    action: str,
    line_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
) -> AuditEvent:
    event = AuditEvent(
        analysis_id=analysis_id, at=now(), username=username, role=role, action=action,
        line_id=line_id, before=before, after=after, reason=reason,
    )
    session.add(event)
    session.flush()
    return event


def audit_for(session: Session, analysis_id: str) -> list[AuditEvent]:
    return list(session.scalars(
        select(AuditEvent).where(AuditEvent.analysis_id == analysis_id).order_by(AuditEvent.id)
    ))


def keep_note_for_review(
    session: Session, row: Analysis, text: str, result: Any, *, submitted_by: str, role: str = "api"
) -> WebNote:
    """Keep the note text of a just-stored analysis and open its review: one claim line per
    proposed code, all pending. Called by the workspace's new-note form and by `POST /v1/analyze`
    with `store: true`."""
    severity = highest_severity(result)
    note = WebNote(
        analysis_id=row.id, text=text, highest_severity=severity, severity_rank=SEVERITY_RANK[severity],
        review_state="waiting", submitted_by=submitted_by, created_at=now(),
    )
    session.add(note)
    for i, code in enumerate(result.codes):
        session.add(ClaimLine(
            analysis_id=row.id, position=i, proposed_index=i, code=code.code, modifiers=list(code.modifiers),
            units=code.units, decision="pending", reason=None, removed=False,
        ))
    append_audit(session, row.id, username=submitted_by, role=role, action="note.kept",
                 after={"codes": len(result.codes), "findings": len(result.findings)})
    session.flush()
    return note


def lines_for(session: Session, analysis_id: str, *, include_removed: bool = False) -> list[ClaimLine]:
    query = select(ClaimLine).where(ClaimLine.analysis_id == analysis_id)
    if not include_removed:
        query = query.where(ClaimLine.removed.is_(False))
    return list(session.scalars(query.order_by(ClaimLine.position, ClaimLine.id)))


def final_lines(session: Session, analysis_id: str) -> list[ClaimLine]:
    """The claim as decided: accepted or modified lines, in order."""
    return [ln for ln in lines_for(session, analysis_id) if ln.decision in FINAL_DECISIONS]


def decide(
    session: Session, line: ClaimLine, *, decision: str, code: str, modifiers: list[str], units: int,
    reason: str | None, username: str, role: str,
) -> AuditEvent:
    """Apply a coder's decision. `accept` with changed fields is recorded as `modified`; `reject`
    and `remove` keep the line's code as it was."""
    before = line_state(line)
    changed = (code, modifiers, units) != (line.code, list(line.modifiers), line.units)
    if decision == "accept":
        line.code, line.modifiers, line.units = code, modifiers, units
        line.decision = "modified" if changed or line.decision == "modified" else "accepted"
        action = f"line.{line.decision}"
    elif decision == "reject":
        line.decision, action = "rejected", "line.rejected"
    elif decision == "remove":
        line.removed, action = True, "line.removed"
    else:
        raise ValueError(f"unknown decision {decision!r}")
    line.reason = reason
    session.flush()
    return append_audit(session, line.analysis_id, username=username, role=role, action=action, line_id=line.id,
                        before=before, after=line_state(line), reason=reason)


def add_line(
    session: Session, analysis_id: str, *, code: str, modifiers: list[str], units: int, reason: str | None,
    username: str, role: str,
) -> ClaimLine:
    position = (session.scalar(
        select(func.max(ClaimLine.position)).where(ClaimLine.analysis_id == analysis_id)) or 0) + 1
    line = ClaimLine(analysis_id=analysis_id, position=position, proposed_index=None, code=code,
                     modifiers=modifiers, units=units, decision="accepted", reason=reason, removed=False)
    session.add(line)
    session.flush()
    append_audit(session, analysis_id, username=username, role=role, action="line.added", line_id=line.id,
                 before=None, after=line_state(line), reason=reason)
    return line


def complete_review(session: Session, note: WebNote, *, username: str, role: str) -> None:
    before = {"review_state": note.review_state}
    note.review_state = "reviewed"
    append_audit(session, note.analysis_id, username=username, role=role, action="review.completed",
                 before=before, after={"review_state": "reviewed"})


def add_query(session: Session, analysis_id: str, finding_id: str, element: str, text: str, *, username: str,
              role: str) -> PhysicianQuery:
    query = PhysicianQuery(analysis_id=analysis_id, finding_id=finding_id, element=element, text=text,
                           created_by=username, created_at=now())
    session.add(query)
    session.flush()
    append_audit(session, analysis_id, username=username, role=role, action="query.drafted",
                 after={"query_id": query.id, "finding": finding_id})
    return query


def queries_for(session: Session, analysis_id: str) -> list[PhysicianQuery]:
    return list(session.scalars(
        select(PhysicianQuery).where(PhysicianQuery.analysis_id == analysis_id).order_by(PhysicianQuery.id)))


# --- worklist ---------------------------------------------------------------------------------

SORTS = {
    "created": Analysis.created_at,
    "dos": Analysis.date_of_service,
    "severity": WebNote.severity_rank,
    "payer": Analysis.payer,
    "findings": Analysis.finding_count,
}


@dataclass(frozen=True)
class WorklistFilter:
    review: str | None = "waiting"  # waiting|reviewed|None (all)
    status: str | None = None  # complete|incomplete
    payer: str | None = None
    family: str | None = None
    severity: str | None = None  # error|warning|info|none
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sort: str = "created"
    descending: bool = True


def _filtered(f: WorklistFilter, *, skip_severity: bool = False) -> Select[Any]:
    query: Select[Any] = select(Analysis, WebNote).join(WebNote, WebNote.analysis_id == Analysis.id)
    if f.review:
        query = query.where(WebNote.review_state == f.review)
    if f.status:
        query = query.where(Analysis.status == f.status)
    if f.payer:
        query = query.where(Analysis.payer == f.payer)
    if f.family:
        query = query.where(
            Analysis.id.in_(select(AnalysisFamily.analysis_id).where(AnalysisFamily.family == f.family)))
    if f.severity and not skip_severity:
        query = query.where(WebNote.highest_severity == f.severity)
    if f.date_from:
        query = query.where(Analysis.date_of_service >= f.date_from)
    if f.date_to:
        query = query.where(Analysis.date_of_service <= f.date_to)
    return query


def worklist(
    session: Session, f: WorklistFilter, *, limit: int, offset: int
) -> tuple[list[tuple[Analysis, WebNote]], int, dict[str, int]]:
    """A page of rows, the total matching, and counts per highest severity (ignoring the severity
    filter, so the counts show what choosing each severity would give)."""
    query = _filtered(f)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    column = SORTS.get(f.sort, Analysis.created_at)
    order = [column.desc() if f.descending else column.asc(), Analysis.id.desc()]
    rows = [(a, n) for a, n in session.execute(query.order_by(*order).limit(limit).offset(offset))]
    base = _filtered(f, skip_severity=True).subquery()
    counts = {name: 0 for name in SEVERITY_RANK}
    for severity, count in session.execute(
        select(base.c.highest_severity, func.count()).group_by(base.c.highest_severity)
    ):
        counts[severity] = count
    return rows, total, counts


def payers_in_worklist(session: Session) -> list[str]:
    return list(session.scalars(
        select(Analysis.payer).join(WebNote, WebNote.analysis_id == Analysis.id).distinct().order_by(Analysis.payer)))


def recent_queries(session: Session, limit: int = 100) -> list[tuple[PhysicianQuery, Analysis]]:
    """Newest drafted queries with their analyses, for the physicians' list."""
    query = (select(PhysicianQuery, Analysis).join(Analysis, Analysis.id == PhysicianQuery.analysis_id)
             .order_by(PhysicianQuery.id.desc()).limit(limit))
    return [(q, a) for q, a in session.execute(query)]
