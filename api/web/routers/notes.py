"""The "new note" form: a coder pastes a note, it is analysed, stored, and kept for review."""

from __future__ import annotations

import datetime as dt
import re

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from api.db.repository import store_analysis
from api.deps import AnalyzerDep, CacheDep, LimiterDep, SessionDep, SettingsDep
from api.routers.runner import run_analysis
from api.schemas.errors import ApiError
from api.web.deps import CoderDep, checked_form
from api.web.render import page
from api.web.repository import keep_note_for_review

router = APIRouter(prefix="/web", include_in_schema=False)
_POS = re.compile(r"^[0-9]{2}$")
MAX_NOTE_CHARS = 200_000


def _form_page(request: Request, user: object, values: dict[str, str], error: str | None = None,
               status: int = 200) -> Response:
    return page(request, "new_note.html", {"title": "New note", "user": user, "values": values, "error": error},
                status=status)


@router.get("/notes/new")
def new_note_form(request: Request, user: CoderDep, settings: SettingsDep) -> Response:
    return _form_page(request, user, {"payer": settings.default_payer})


@router.post("/notes/new")
async def submit_note(
    request: Request, user: CoderDep, session: SessionDep, analyzer: AnalyzerDep, cache: CacheDep,
    limiter: LimiterDep,
) -> Response:
    form = await checked_form(request, user)
    values = {k: form.get(k, "") for k in ("text", "payer", "date_of_service", "place_of_service", "source")}
    text, payer = values["text"], values["payer"].strip() or "medicare"
    try:
        dos = dt.date.fromisoformat(values["date_of_service"]) if values["date_of_service"] else None
    except ValueError:
        return _form_page(request, user, values, "The date of service is not a date (YYYY-MM-DD).", 422)
    pos = values["place_of_service"].strip() or None
    if pos and not _POS.match(pos):
        return _form_page(request, user, values, "The place of service is a two-digit code, e.g. 11.", 422)
    if len(text) > MAX_NOTE_CHARS or len(payer) > 64 or len(values["source"]) > 256:
        return _form_page(request, user, values, "The note or one of the fields is too long.", 422)
    try:
        result = await run_analysis(analyzer, cache, limiter, text, payer=payer, date_of_service=dos,
                                    place_of_service=pos, source=values["source"] or None)
    except ApiError as exc:
        return _form_page(request, user, values, exc.message, exc.status)
    row = store_analysis(session, result, payer=payer, date_of_service=dos, place_of_service=pos,
                         patient=None, encounter=None, source=values["source"] or None)
    keep_note_for_review(session, row, text, result, submitted_by=user.username, role=user.role)
    session.commit()
    return RedirectResponse(f"/web/notes/{row.id}", status_code=303)
