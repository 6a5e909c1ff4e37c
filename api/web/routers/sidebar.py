"""The physician sidebar: a page an EMR can frame (or open from a CDS Hooks card link) where the
note is pasted, loaded from a kept analysis (`?analysis=<id>`), or sent by the framing EMR with
`postMessage` from an allowed origin. Findings and codes refresh as the physician types through a
debounced call to `POST /sidebar/analyze`, which stores nothing.

The JSON endpoint checks the session and the CSRF token from the `X-CSRF-Token` header (the page
reads it from a meta tag), so another site cannot make a logged-in physician's browser call it.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.deps import AnalyzerDep, CacheDep, LimiterDep, SessionDep, SettingsDep
from api.routers.runner import run_analysis
from api.schemas.errors import ApiError
from api.web.deps import OptionalUserDep, PhysicianDep, csrf_ok
from api.web.render import page, security_headers, web_settings
from api.web.schemas import SidebarCode, SidebarFinding, SidebarRequest, SidebarResponse
from api.db.web_models import WebNote
from api.web.repository import queries_for

router = APIRouter(include_in_schema=False)


@router.get("/sidebar")
def sidebar(request: Request, user: PhysicianDep, session: SessionDep, settings: SettingsDep,
            analysis: str | None = None, payer: str | None = None) -> Response:
    text, queries = "", []
    if analysis:
        note = session.get(WebNote, analysis[:36])
        if note is not None:
            text = note.text
            queries = [q.text for q in queries_for(session, note.analysis_id)]
    return page(
        request,
        "sidebar.html",
        {"title": "Documentation sidebar", "user": user, "text": text, "queries": queries,
         "payer": (payer or settings.default_payer)[:64], "origins": web_settings(request).origins},
        embeddable=True,
    )


@router.post("/sidebar/analyze", response_model=SidebarResponse)
async def sidebar_analyze(
    request: Request, body: SidebarRequest, user: OptionalUserDep, analyzer: AnalyzerDep, cache: CacheDep,
    limiter: LimiterDep,
) -> Response:
    if user is None:
        raise ApiError(401, "login_required", "log in to use the sidebar")
    if not user.can("physician"):
        raise ApiError(403, "forbidden", "the sidebar is for physicians")
    if not csrf_ok(user.csrf_token, request.headers.get("x-csrf-token")):
        raise ApiError(403, "csrf", "missing or wrong X-CSRF-Token")
    if not body.text.strip():
        out = SidebarResponse(findings=[], codes=[])
    else:
        result = await run_analysis(analyzer, cache, limiter, body.text, payer=body.payer,
                                    date_of_service=body.date_of_service, place_of_service=None, source=None)
        out = SidebarResponse(
            findings=[SidebarFinding(id=f.id, element=f.element, severity=f.severity, message=f.message, fix=f.fix)
                      for f in result.findings],
            codes=[SidebarCode(code=c.code, modifiers=list(c.modifiers), units=c.units, description=c.description)
                   for c in result.codes],
        )
    return Response(out.model_dump_json(), media_type="application/json",
                    headers=security_headers(web_settings(request), embeddable=False))
