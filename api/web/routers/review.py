"""The review page of one note and the coder's decisions on its claim lines.

The page shows the note with every evidence span highlighted (built escaped from offsets), the
claim lines with their rationale and rule ids, and the findings. Each decision is a plain form
post (works without JavaScript), checked for CSRF, applied and audited in one transaction, then
redirected back (post/redirect/get).
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from api.db.models import Analysis
from api.db.web_models import ClaimLine, WebNote
from api.deps import SessionDep
from api.web.deps import CoderDep, checked_form
from api.web.errors import PageError
from api.web.highlight import highlight
from api.web.render import page
from api.web.rule_sources import rule_sources
from api.web.repository import add_line, complete_review, decide, lines_for, queries_for
from api.web.sessions import CurrentUser
from coding.result import AnalysisResult

router = APIRouter(prefix="/web", include_in_schema=False)
_CODE = re.compile(r"^([0-9]{4}[0-9A-Z]|[A-Z][0-9]{4})$")
_MODIFIER = re.compile(r"^[A-Z0-9]{2}$")
MAX_REASON = 500


def load_note(session: Session, analysis_id: str) -> tuple[Analysis, WebNote, AnalysisResult]:
    row = session.get(Analysis, analysis_id)
    note = session.get(WebNote, analysis_id) if row is not None else None
    if row is None or note is None:
        raise PageError(404, "No note kept for review under this id.")
    return row, note, AnalysisResult.model_validate(row.result)


def parse_line(form: dict[str, str]) -> tuple[str, list[str], int]:
    """Code, modifiers and units from a form; `ValueError` with a message a coder understands."""
    code = form.get("code", "").strip().upper()
    if not _CODE.match(code):
        raise ValueError("A code is five characters: five digits, four digits and a letter, or a letter and four digits.")
    modifiers = [m for m in re.split(r"[\s,]+", form.get("modifiers", "").strip().upper()) if m]
    if any(not _MODIFIER.match(m) for m in modifiers) or len(modifiers) > 4 or len(set(modifiers)) < len(modifiers):
        raise ValueError("Modifiers are up to four distinct two-character codes, separated by spaces or commas.")
    try:
        units = int(form.get("units", ""))
    except ValueError:
        raise ValueError("Units must be a whole number.") from None
    if not 1 <= units <= 999:
        raise ValueError("Units must be between 1 and 999.")
    return code, modifiers, units


def _reason(form: dict[str, str], required: bool) -> str | None:
    reason = form.get("reason", "").strip()[:MAX_REASON] or None
    if required and reason is None:
        raise ValueError("Give a reason for this decision.")
    return reason


def review_context(session: Session, analysis_id: str) -> dict[str, Any]:
    row, note, result = load_note(session, analysis_id)
    lines = lines_for(session, analysis_id)
    sources = rule_sources()
    spans: list[tuple[int, int, str]] = []
    line_views = []
    for line in lines:
        proposed = result.codes[line.proposed_index] if line.proposed_index is not None and \
            line.proposed_index < len(result.codes) else None
        ref = f"line-{line.id}"
        evidence = proposed.evidence if proposed else []
        spans.extend((ev.start, ev.end, ref) for ev in evidence)
        line_views.append({
            "id": line.id, "ref": ref, "code": line.code, "modifiers": " ".join(line.modifiers), "units": line.units,
            "decision": line.decision, "reason": line.reason or "", "has_evidence": bool(evidence),
            "origin": "proposed" if proposed else "added",
            "description": proposed.description if proposed else "",
            "rationale": proposed.rationale if proposed else "",
            "rules": [{"id": r, "source": sources.get(r)} for r in (proposed.rules if proposed else [])],
            "proposed": f"{proposed.code} {' '.join(proposed.modifiers)} ×{proposed.units}".replace("  ", " ")
            if proposed else "",
        })
    queried = {q.finding_id for q in queries_for(session, analysis_id)}
    finding_views = []
    for j, finding in enumerate(result.findings):
        ref = f"finding-{j}"
        spans.extend((ev.start, ev.end, ref) for ev in finding.evidence)
        finding_views.append({
            "index": j, "ref": ref, "id": finding.id, "element": finding.element, "severity": finding.severity,
            "message": finding.message, "requirement": finding.requirement.text,
            "source": finding.requirement.source, "has_evidence": bool(finding.evidence),
            "queried": finding.id in queried,
        })
    dx_views = []
    for k, dx in enumerate(result.diagnoses):
        ref = f"dx-{k}"
        spans.extend((ev.start, ev.end, ref) for ev in dx.evidence)
        dx_views.append({"ref": ref, "code": dx.code, "description": dx.description, "supports": dx.supports,
                         "has_evidence": bool(dx.evidence)})
    return {
        "analysis": {"id": row.id, "payer": row.payer, "status": row.status, "source": row.source or "",
                     "date_of_service": row.date_of_service.isoformat() if row.date_of_service else "",
                     "place_of_service": row.place_of_service or "", "kb_version": row.kb_version},
        "review_state": note.review_state,
        "note_html": highlight(note.text, spans),
        "lines": line_views,
        "pending": sum(1 for ln in lines if ln.decision == "pending"),
        "findings": finding_views,
        "diagnoses": dx_views,
        "queries": [{"id": q.id, "finding_id": q.finding_id, "text": q.text, "by": q.created_by,
                     "at": q.created_at.strftime("%Y-%m-%d %H:%M")} for q in queries_for(session, analysis_id)],
    }


def review_page(request: Request, session: Session, user: CurrentUser, analysis_id: str,
                error: str | None = None, status: int = 200) -> Response:
    context = review_context(session, analysis_id)
    return page(request, "review.html", {"title": "Review", "user": user, "error": error, **context}, status=status)


@router.get("/notes/{analysis_id}")
def review(request: Request, analysis_id: str, user: CoderDep, session: SessionDep) -> Response:
    return review_page(request, session, user, analysis_id)


@router.post("/notes/{analysis_id}/lines/{line_id}")
async def decide_line(request: Request, analysis_id: str, line_id: int, user: CoderDep,
                      session: SessionDep) -> Response:
    form = await checked_form(request, user)
    load_note(session, analysis_id)
    line = session.get(ClaimLine, line_id)
    if line is None or line.analysis_id != analysis_id or line.removed:
        raise PageError(404, "No such claim line on this note.")
    decision = form.get("decision", "")
    if decision not in ("accept", "reject", "remove"):
        raise PageError(400, "Choose accept, reject or remove.")
    try:
        if decision == "accept":
            code, modifiers, units = parse_line(form)
        else:
            code, modifiers, units = line.code, list(line.modifiers), line.units
        changed = (code, modifiers, units) != (line.code, list(line.modifiers), line.units)
        reason = _reason(form, required=decision != "accept" or changed)
    except ValueError as exc:
        session.rollback()
        return review_page(request, session, user, analysis_id, f"Line {line.code}: {exc}", 422)
    decide(session, line, decision=decision, code=code, modifiers=modifiers, units=units, reason=reason,
           username=user.username, role=user.role)
    session.commit()
    return RedirectResponse(f"/web/notes/{analysis_id}#line-{line.id}", status_code=303)


@router.post("/notes/{analysis_id}/lines")
async def add_claim_line(request: Request, analysis_id: str, user: CoderDep, session: SessionDep) -> Response:
    form = await checked_form(request, user)
    load_note(session, analysis_id)
    try:
        code, modifiers, units = parse_line(form)
        reason = _reason(form, required=True)
    except ValueError as exc:
        return review_page(request, session, user, analysis_id, f"New line: {exc}", 422)
    line = add_line(session, analysis_id, code=code, modifiers=modifiers, units=units, reason=reason,
                    username=user.username, role=user.role)
    session.commit()
    return RedirectResponse(f"/web/notes/{analysis_id}#line-{line.id}", status_code=303)


@router.post("/notes/{analysis_id}/complete")
async def complete(request: Request, analysis_id: str, user: CoderDep, session: SessionDep) -> Response:
    await checked_form(request, user)
    _, note, _ = load_note(session, analysis_id)
    if any(ln.decision == "pending" for ln in lines_for(session, analysis_id)):
        return review_page(request, session, user, analysis_id, "Decide every line before finishing the review.", 409)
    if note.review_state != "reviewed":
        complete_review(session, note, username=user.username, role=user.role)
    session.commit()
    return RedirectResponse("/web/worklist", status_code=303)
