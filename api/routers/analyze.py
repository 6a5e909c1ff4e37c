"""`POST /v1/analyze`: one note in (text or FHIR), the result JSON out; stored only on request."""

from __future__ import annotations

import anyio
from fastapi import APIRouter

from api.db.repository import store_analysis
from api.deps import AnalyzerDep, CacheDep, ClientDep, LimiterDep, SessionDep
from api.fhir_input import FhirInputError, fhir_to_note
from api.routers.runner import run_analysis
from api.schemas.analysis import AnalyzeRequest, AnalyzeResponse
from api.schemas.errors import ApiError, error_responses
from api.web.repository import keep_note_for_review

router = APIRouter(prefix="/v1", tags=["analysis"])


@router.post(
    "/analyze",
    response_model=AnalyzeResponse,
    responses=error_responses(400, 401, 413, 422, 503, 504),
    summary="Analyze one procedure note",
)
async def analyze(
    body: AnalyzeRequest,
    _client: ClientDep,
    analyzer: AnalyzerDep,
    cache: CacheDep,
    limiter: LimiterDep,
    session: SessionDep,
) -> AnalyzeResponse:
    """Read the note, propose codes and list missing documentation. With `store: true` the result is
    kept and its `id` returned; the note text is kept too, in the web workspace's table, so a coder
    can review the evidence. Without `store` nothing is written."""
    patient, encounter, dos = body.patient, body.encounter, body.date_of_service
    notices: list[str] = []
    if body.document is not None:
        try:
            note = fhir_to_note(body.document)
        except FhirInputError as exc:
            raise ApiError(422, "invalid_fhir", str(exc)) from None
        text = note.text
        patient = patient or note.patient
        encounter = encounter or note.encounter
        dos = dos or note.date_of_service
        notices = note.notices
    else:
        text = body.text or ""
    result = await run_analysis(
        analyzer,
        cache,
        limiter,
        text,
        payer=body.payer,
        date_of_service=dos,
        place_of_service=body.place_of_service,
        source=body.source,
    )
    if notices:
        result = result.model_copy(update={"notices": [*result.notices, *notices]})
    stored_id = None
    if body.store:

        def store() -> str:
            row = store_analysis(
                session,
                result,
                payer=body.payer,
                date_of_service=dos,
                place_of_service=body.place_of_service,
                patient=patient,
                encounter=encounter,
                source=body.source,
            )
            keep_note_for_review(session, row, text, result, submitted_by=f"{_client.kind}:{_client.name}")
            return row.id

        # Database I/O off the event loop (this handler is async for the analysis runner).
        stored_id = await anyio.to_thread.run_sync(store)
    # The result is already validated; construct (not re-validate) the response around it.
    return AnalyzeResponse.model_construct(**dict(result), id=stored_id)
