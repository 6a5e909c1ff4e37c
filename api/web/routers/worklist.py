"""The coder's worklist: stored analyses with kept note text, filtered, counted, sorted, paged.

Query parameters are parsed leniently (a bad date or an unknown value is ignored and said so on
the page) because they come from a person editing a URL, not from an API client.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.db.repository import as_utc
from api.deps import SessionDep
from api.web.deps import CoderDep
from api.web.render import page, web_settings
from api.web.repository import SEVERITY_RANK, SORTS, WorklistFilter, payers_in_worklist, worklist
from coding.facts import FAMILIES

router = APIRouter(prefix="/web", include_in_schema=False)
REVIEW_STATES = ("waiting", "reviewed", "all")


def _choice(value: str | None, allowed: tuple[str, ...] | list[str], ignored: list[str], name: str) -> str | None:
    if not value:
        return None
    if value in allowed:
        return value
    ignored.append(name)
    return None


def _date(value: str | None, ignored: list[str], name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        ignored.append(name)
        return None


@router.get("/worklist")
def worklist_page(request: Request, user: CoderDep, session: SessionDep) -> Response:
    q = request.query_params
    ignored: list[str] = []
    review = _choice(q.get("review"), REVIEW_STATES, ignored, "review") or "waiting"
    f = WorklistFilter(
        review=None if review == "all" else review,
        status=_choice(q.get("status"), ("complete", "incomplete"), ignored, "status"),
        payer=(q.get("payer") or None) and q.get("payer", "")[:64],
        family=_choice(q.get("family"), FAMILIES, ignored, "family"),
        severity=_choice(q.get("severity"), tuple(SEVERITY_RANK), ignored, "severity"),
        date_from=_date(q.get("date_from"), ignored, "date_from"),
        date_to=_date(q.get("date_to"), ignored, "date_to"),
        sort=_choice(q.get("sort"), tuple(SORTS), ignored, "sort") or "created",
        descending=q.get("order", "desc") != "asc",
    )
    try:
        page_no = max(1, min(int(q.get("page", "1")), 100_000))
    except ValueError:
        page_no = 1
        ignored.append("page")
    size = web_settings(request).page_size
    rows, total, counts = worklist(session, f, limit=size, offset=(page_no - 1) * size)
    pages = max(1, -(-total // size))
    kept = {k: v for k, v in q.items() if k != "page" and v}

    def link(**changes: object) -> str:
        params = {**kept, **{k: str(v) for k, v in changes.items()}}
        return "/web/worklist?" + urlencode(params)

    items = [
        {
            "id": a.id,
            "created_at": as_utc(a.created_at).strftime("%Y-%m-%d %H:%M"),
            "date_of_service": a.date_of_service.isoformat() if a.date_of_service else "",
            "payer": a.payer,
            "families": ", ".join(sorted(fam.family for fam in a.families)),
            "status": a.status,
            "severity": n.highest_severity,
            "findings": a.finding_count,
            "codes": a.code_count,
            "review_state": n.review_state,
            "source": a.source or "",
        }
        for a, n in rows
    ]
    return page(request, "worklist.html", {
        "title": "Worklist", "user": user, "items": items, "total": total, "counts": counts,
        "page_no": page_no, "pages": pages, "filters": {**kept, "review": review},
        "ignored": ignored, "families": FAMILIES, "payers": payers_in_worklist(session),
        "severities": tuple(SEVERITY_RANK), "sorts": tuple(SORTS), "link": link,
        "severity_links": {s: link(severity=s) for s in SEVERITY_RANK},
        "prev_link": link(page=page_no - 1) if page_no > 1 else None,
        "next_link": link(page=page_no + 1) if page_no < pages else None,
    })
