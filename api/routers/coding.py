"""`POST /v1/code`: facts JSON (the facts contract) → code lines, diagnoses and findings."""

from __future__ import annotations

from typing import Annotated, Any, Callable

import anyio
from fastapi import APIRouter, Depends

from api.deps import ClientDep, get_coder
from api.routers.runner import input_error
from api.schemas.coding import CodeRequest
from api.schemas.errors import error_responses
from coding.result import CodingResult

router = APIRouter(prefix="/v1", tags=["coding"])


@router.post("/code", response_model=CodingResult, responses=error_responses(400, 401, 413, 422, 503, 504))
async def code(
    body: CodeRequest, _client: ClientDep, coder: Annotated[Callable[..., Any], Depends(get_coder)]
) -> CodingResult:
    """Code facts extracted elsewhere; the same engine the note analysis uses."""
    payer = body.payer or body.facts.encounter.payer or "medicare"
    dos = body.date_of_service or body.facts.encounter.date_of_service
    try:
        return await anyio.to_thread.run_sync(lambda: coder(body.facts, payer, dos), abandon_on_cancel=True)
    except Exception as exc:
        raise input_error(exc) or exc
