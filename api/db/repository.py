"""Queries and inserts for stored analyses and CDS feedback, shared by the REST and CDS routers."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from api.db.models import Analysis, AnalysisFamily, Feedback

BLOCKING_SEVERITIES = ("error", "warning")


def as_utc(value: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def to_utc(value: dt.datetime) -> dt.datetime:
    """Normalise before storing: SQLite keeps no offset, so only UTC survives a round trip."""
    return as_utc(value).astimezone(dt.timezone.utc)


def analysis_status(result: Any) -> str:
    return "incomplete" if any(f.severity in BLOCKING_SEVERITIES for f in result.findings) else "complete"


def store_analysis(
    session: Session,
    result: Any,
    *,
    payer: str,
    date_of_service: dt.date | None,
    place_of_service: str | None,
    patient: str | None,
    encounter: str | None,
    source: str | None,
) -> Analysis:
    """Persist an `AnalysisResult` and return the row (the note text is not in this table)."""
    families = sorted({p.family for p in result.procedures})
    row = Analysis(
        id=str(uuid.uuid4()),
        created_at=dt.datetime.now(dt.timezone.utc),
        status=analysis_status(result),
        payer=payer,
        date_of_service=date_of_service,
        place_of_service=place_of_service,
        patient_ref=patient,
        encounter_ref=encounter,
        source=source,
        kb_version=result.kb_version,
        code_count=len(result.codes),
        finding_count=len(result.findings),
        result=result.model_dump(mode="json"),
        families=[AnalysisFamily(family=f) for f in families],
    )
    session.add(row)
    session.flush()
    return row


def list_analyses(
    session: Session,
    *,
    status: str | None = None,
    payer: str | None = None,
    family: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    created_from: dt.datetime | None = None,
    created_to: dt.datetime | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[Analysis], int]:
    """Newest first; `date_*` filter on the date of service, `created_*` on when it was stored (inclusive)."""
    query: Select[Any] = select(Analysis)
    if status:
        query = query.where(Analysis.status == status)
    if payer:
        query = query.where(Analysis.payer == payer)
    if family:
        query = query.where(
            Analysis.id.in_(select(AnalysisFamily.analysis_id).where(AnalysisFamily.family == family))
        )
    if date_from:
        query = query.where(Analysis.date_of_service >= date_from)
    if date_to:
        query = query.where(Analysis.date_of_service <= date_to)
    if created_from:
        query = query.where(Analysis.created_at >= to_utc(created_from))
    if created_to:
        query = query.where(Analysis.created_at <= to_utc(created_to))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(Analysis.created_at.desc(), Analysis.id.desc()).limit(limit).offset(offset)
    ).all()
    return list(rows), total


def store_feedback(session: Session, service_id: str, items: list[Any]) -> int:
    for item in items:
        reason = item.overrideReason.reason if item.overrideReason and item.overrideReason.reason else None
        session.add(
            Feedback(
                service_id=service_id,
                card=item.card,
                outcome=item.outcome,
                accepted_suggestions=[s.id for s in item.acceptedSuggestions] if item.acceptedSuggestions else None,
                override_code=reason.code if reason else None,
                override_system=reason.system if reason else None,
                override_display=reason.display if reason else None,
                user_comment=item.overrideReason.userComment if item.overrideReason else None,
                outcome_timestamp=to_utc(item.outcomeTimestamp),
                received_at=dt.datetime.now(dt.timezone.utc),
            )
        )
    session.flush()
    return len(items)


def list_feedback(
    session: Session, *, service_id: str | None, outcome: str | None, limit: int, offset: int
) -> tuple[list[Feedback], int]:
    query: Select[Any] = select(Feedback)
    if service_id:
        query = query.where(Feedback.service_id == service_id)
    if outcome:
        query = query.where(Feedback.outcome == outcome)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(query.order_by(Feedback.id.desc()).limit(limit).offset(offset)).all()
    return list(rows), total
