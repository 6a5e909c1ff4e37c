"""Physician queries: a coder drafts one from a finding of a note under review; physicians see the
drafts in a list (and in the sidebar of that note) and answer by documenting in the note."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from api.deps import SessionDep
from api.db.repository import as_utc
from api.web.deps import CoderDep, PhysicianDep, checked_form
from api.web.errors import PageError
from api.web.query_wording import draft_query
from api.web.render import page
from api.web.repository import add_query, recent_queries
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


@router.get("/queries")
def physician_queries(request: Request, user: PhysicianDep, session: SessionDep) -> Response:
    items = [
        {"id": q.id, "analysis_id": a.id, "text": q.text, "by": q.created_by, "element": q.element.replace("_", " "),
         "at": as_utc(q.created_at).strftime("%Y-%m-%d %H:%M"), "source": a.source or "",
         "date_of_service": a.date_of_service.isoformat() if a.date_of_service else ""}
        for q, a in recent_queries(session)
    ]
    return page(request, "queries.html", {"title": "Queries", "user": user, "items": items})
