"""`GET /v1/feedback`: what clinicians did with the cards (stored by the CDS feedback endpoint)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.db.repository import as_utc, list_feedback
from api.deps import ClientDep, SessionDep
from api.schemas.errors import error_responses
from api.schemas.feedback import FeedbackOut, FeedbackPage, Outcome

router = APIRouter(prefix="/v1/feedback", tags=["cds-hooks"])


@router.get("", response_model=FeedbackPage, responses=error_responses(401, 422))
def list_stored_feedback(
    _client: ClientDep,
    session: SessionDep,
    service: Annotated[str | None, Query(max_length=64)] = None,
    outcome: Outcome | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> FeedbackPage:
    """Feedback items, newest first, optionally for one service or outcome."""
    rows, total = list_feedback(session, service_id=service, outcome=outcome, limit=limit, offset=offset)
    items = [
        FeedbackOut(
            id=r.id,
            service_id=r.service_id,
            card=r.card,
            outcome=r.outcome,
            accepted_suggestions=r.accepted_suggestions,
            override_code=r.override_code,
            override_system=r.override_system,
            override_display=r.override_display,
            user_comment=r.user_comment,
            outcome_timestamp=as_utc(r.outcome_timestamp),
            received_at=as_utc(r.received_at),
        )
        for r in rows
    ]
    return FeedbackPage(items=items, total=total, limit=limit, offset=offset)
