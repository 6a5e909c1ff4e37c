"""`/healthz` (the process answers) and `/readyz` (the database answers and is migrated)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from api.db.migrate import is_current
from api.schemas.errors import ApiError, error_responses
from api.schemas.health import Health, Ready

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health)
def healthz() -> Health:
    return Health(status="ok")


@router.get("/readyz", response_model=Ready, responses=error_responses(503))
def readyz(request: Request) -> Ready:
    engine = request.app.state.engine
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        current = is_current(engine)
    except SQLAlchemyError:
        raise ApiError(503, "database_unavailable", "the database does not answer") from None
    if not current:
        raise ApiError(503, "migrations_pending", "the database schema is not at the latest revision")
    return Ready(status="ready", database="ok", migrations="current")
