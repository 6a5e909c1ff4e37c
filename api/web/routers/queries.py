"""Drafting a physician query from one finding of a note under review."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from api.deps import SessionDep
from api.web.deps import CoderDep, checked_form
from api.web.errors import PageError
from api.web.query_wording import draft_query
from api.web.repository import add_query
from api.web.routers.review import load_note

router = APIRouter(prefix="/web", include_in_schema=False)


@router.post("/notes/{analysis_id}/findings/{index}/query")
async def draft(request: Request, analysis_id: str, index: int, user: CoderDep, session: SessionDep) -> Response:
    await checked_form(request, user)
    row, _, result = load_note(session, analysis_id)
    if not 0 <= index < len(result.findings):
        raise PageError(404, "No such finding on this note.")
    finding = result.findings[index]
    text = draft_query(finding, row.date_of_service, [ev.text for ev in finding.evidence])
    query = add_query(session, analysis_id, finding.id, finding.element, text, username=user.username,
                      role=user.role)
    session.commit()
    return RedirectResponse(f"/web/notes/{analysis_id}#query-{query.id}", status_code=303)
