"""Stored analyses: `GET /v1/analyses/{id}` and the filtered list `GET /v1/analyses`."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from api.db.models import Analysis
from api.db.repository import as_utc, list_analyses
from api.deps import ClientDep, SessionDep
from api.schemas.analysis import AnalysisPage, AnalysisStatus, AnalysisSummary, StoredAnalysis
from api.schemas.errors import ApiError, error_responses
from coding.facts import Family

router = APIRouter(prefix="/v1/analyses", tags=["analysis"])


def _summary_fields(row: Analysis) -> dict:
    return {
        "id": row.id,
        "created_at": as_utc(row.created_at),
        "status": row.status,
        "payer": row.payer,
        "date_of_service": row.date_of_service,
        "place_of_service": row.place_of_service,
        "families": sorted(f.family for f in row.families),
        "patient": row.patient_ref,
        "encounter": row.encounter_ref,
        "source": row.source,
        "kb_version": row.kb_version,
        "code_count": row.code_count,
        "finding_count": row.finding_count,
    }


@router.get("", response_model=AnalysisPage, responses=error_responses(401, 422))
def list_stored(
    _client: ClientDep,
    session: SessionDep,
    status: AnalysisStatus | None = None,
    payer: Annotated[str | None, Query(max_length=64)] = None,
    family: Family | None = None,
    date_from: Annotated[dt.date | None, Query(description="Date of service on or after.")] = None,
    date_to: Annotated[dt.date | None, Query(description="Date of service on or before.")] = None,
    created_from: Annotated[dt.datetime | None, Query(description="Stored at or after (ISO 8601).")] = None,
    created_to: Annotated[dt.datetime | None, Query(description="Stored at or before (ISO 8601).")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> AnalysisPage:
    """Stored analyses, newest first, filtered by status, payer, procedure family, date of service and
    time stored."""
    rows, total = list_analyses(
        session,
        status=status,
        payer=payer,
        family=family,
        date_from=date_from,
        date_to=date_to,
        created_from=created_from,
        created_to=created_to,
        limit=limit,
        offset=offset,
    )
    return AnalysisPage(
        items=[AnalysisSummary(**_summary_fields(r)) for r in rows], total=total, limit=limit, offset=offset
    )


@router.get("/{analysis_id}", response_model=StoredAnalysis, responses=error_responses(401, 404, 422))
def get_stored(analysis_id: uuid.UUID, _client: ClientDep, session: SessionDep) -> StoredAnalysis:
    """One stored analysis with its full result JSON."""
    row = session.get(Analysis, str(analysis_id))
    if row is None:
        raise ApiError(404, "not_found", "no stored analysis with this id")
    return StoredAnalysis(**_summary_fields(row), result=row.result)
