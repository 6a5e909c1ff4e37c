"""The final claim lines of a reviewed note as CSV and as JSON: only accepted or modified lines,
in order. Downloads carry no-store like the pages, since they belong to a patient's claim."""

from __future__ import annotations

import csv
import io
import json

from fastapi import APIRouter
from fastapi.responses import Response

from api.deps import SessionDep
from api.web.deps import CoderDep
from api.web.repository import final_lines
from api.web.routers.review import load_note

router = APIRouter(prefix="/web", include_in_schema=False)
CSV_COLUMNS = ("line", "code", "modifiers", "units", "decision")


def claim_json(analysis_id: str, review_state: str, payer: str, dos: str | None, lines: list) -> dict:
    return {
        "analysis_id": analysis_id,
        "review_state": review_state,
        "payer": payer,
        "date_of_service": dos,
        "lines": [
            {"line": i, "code": ln.code, "modifiers": list(ln.modifiers), "units": ln.units, "decision": ln.decision}
            for i, ln in enumerate(lines, start=1)
        ],
    }


def _headers(analysis_id: str, ext: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="claim-{analysis_id}.{ext}"', "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff"}


@router.get("/notes/{analysis_id}/export.json")
def export_json(analysis_id: str, _user: CoderDep, session: SessionDep) -> Response:
    row, note, _ = load_note(session, analysis_id)
    body = claim_json(row.id, note.review_state, row.payer,
                      row.date_of_service.isoformat() if row.date_of_service else None,
                      final_lines(session, analysis_id))
    return Response(json.dumps(body, indent=2) + "\n", media_type="application/json",
                    headers=_headers(analysis_id, "json"))


@router.get("/notes/{analysis_id}/export.csv")
def export_csv(analysis_id: str, _user: CoderDep, session: SessionDep) -> Response:
    load_note(session, analysis_id)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for i, ln in enumerate(final_lines(session, analysis_id), start=1):
        writer.writerow((i, ln.code, " ".join(ln.modifiers), ln.units, ln.decision))
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=_headers(analysis_id, "csv"))
