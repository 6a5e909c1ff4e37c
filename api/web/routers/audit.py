"""The audit trail of one note: every decision, oldest first. Read-only by construction."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.db.repository import as_utc
from api.deps import SessionDep
from api.web.deps import CoderDep
from api.web.render import page
from api.web.repository import audit_for
from api.web.routers.review import load_note

router = APIRouter(prefix="/web", include_in_schema=False)


def _show(state: dict | None) -> str:
    if state is None:
        return ""
    if {"code", "modifiers", "units"} <= state.keys():
        mods = " ".join(state["modifiers"])
        text = f"{state['code']}{' ' + mods if mods else ''} ×{state['units']} {state['decision']}"
        return text + (" (removed)" if state.get("removed") else "")
    return json.dumps(state, sort_keys=True)


@router.get("/notes/{analysis_id}/audit")
def audit_page(request: Request, analysis_id: str, user: CoderDep, session: SessionDep) -> Response:
    row, _, _ = load_note(session, analysis_id)
    events = [
        {"id": e.id, "at": as_utc(e.at).strftime("%Y-%m-%d %H:%M:%S UTC"), "user": e.username, "role": e.role,
         "action": e.action, "line": e.line_id or "", "before": _show(e.before), "after": _show(e.after),
         "reason": e.reason or ""}
        for e in audit_for(session, analysis_id)
    ]
    return page(request, "audit.html", {"title": "Audit trail", "user": user, "analysis_id": row.id,
                                         "events": events})
