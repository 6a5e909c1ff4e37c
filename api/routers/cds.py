"""CDS Hooks endpoints: discovery, the note-check services and their feedback.

Every call, discovery included, must carry an EHR JWT (`require_ehr`). Responses drop null and
empty elements as the spec requires. A prefetch the EHR left out is fetched from its `fhirServer`
(`api.fhir_client`); 412 when that is impossible or fails.
"""

from __future__ import annotations

from fastapi import APIRouter

from api.cds.cards import cards_for
from api.cds.notes import PrefetchMissing, fetch_needed, notes_for, with_fetched_prefetch
from api.cds.services import SERVICES, ServiceDef
from api.db.repository import store_feedback
from api.deps import AnalyzerDep, CacheDep, EhrDep, LimiterDep, SessionDep, SettingsDep
from api.fhir_client import FhirClientDep, FhirFetchError
from api.fhir_input import FhirInputError
from api.routers.runner import run_analysis
from api.schemas.cds import CdsRequest, CdsResponse, CdsServices
from api.schemas.errors import ApiError, error_responses
from api.schemas.feedback import FeedbackRequest, FeedbackStored

router = APIRouter(prefix="/cds-services", tags=["cds-hooks"])


def _service(service_id: str) -> ServiceDef:
    service = SERVICES.get(service_id)
    if service is None:
        raise ApiError(404, "unknown_service", "no CDS service with this id")
    return service


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


@router.get("", response_model=CdsServices, response_model_exclude_none=True, responses=error_responses(401))
def discovery(_ehr: EhrDep) -> CdsServices:
    """The services offered (CDS Hooks discovery)."""
    return CdsServices(services=[s.discovery() for s in SERVICES.values()])


@router.post(
    "/{service_id}",
    response_model=CdsResponse,
    response_model_exclude_none=True,
    responses=error_responses(400, 401, 404, 412, 413, 422, 503, 504),
)
async def call_service(
    service_id: str,
    call: CdsRequest,
    _ehr: EhrDep,
    settings: SettingsDep,
    analyzer: AnalyzerDep,
    cache: CacheDep,
    limiter: LimiterDep,
    fhir: FhirClientDep,
) -> CdsResponse:
    """Check the note(s) and answer with cards: one per group of missing elements, one with the codes."""
    service = _service(service_id)
    if call.hook != service.hook:
        raise ApiError(422, "wrong_hook", f"service {service.id!r} answers the {service.hook!r} hook")
    try:
        if fetch_needed(service, call):
            call = await with_fetched_prefetch(service, call, fhir)
        notes = notes_for(service, call, settings.cds_max_documents)
    except FhirFetchError as exc:
        raise ApiError(
            412, "prefetch_fetch_failed", f"prefetch '{service.prefetch_key}' was not sent and could not be "
            f"fetched from fhirServer: {exc}"
        ) from None
    except PrefetchMissing as exc:
        raise ApiError(412, "prefetch_missing", str(exc)) from None
    except FhirInputError as exc:
        raise ApiError(422, "invalid_fhir", str(exc)) from None
    ctx = call.context
    payer = _str(ctx.get("payer")) or settings.default_payer
    pos = _str(ctx.get("placeOfService"))
    patient_id = _str(ctx.get("patientId"))
    encounter_id = _str(ctx.get("encounterId"))
    cards = []
    for n, note in enumerate(notes, start=1):
        result = await run_analysis(
            analyzer,
            cache,
            limiter,
            note.text,
            payer=payer,
            date_of_service=note.date_of_service,
            place_of_service=pos,
            source=None,
        )
        patient = note.patient or (f"Patient/{patient_id}" if patient_id else None)
        encounter = note.encounter or (f"Encounter/{encounter_id}" if encounter_id else None)
        prefix = f"Note {n}: " if len(notes) > 1 else ""
        cards.extend(cards_for(result, patient, encounter, prefix))
    return CdsResponse(cards=cards)


@router.post(
    "/{service_id}/feedback",
    response_model=FeedbackStored,
    responses=error_responses(400, 401, 404, 413, 422),
)
def feedback(service_id: str, body: FeedbackRequest, _ehr: EhrDep, session: SessionDep) -> FeedbackStored:
    """Store what the clinician did with each card (accepted, or overridden with a reason)."""
    service = _service(service_id)
    return FeedbackStored(stored=store_feedback(session, service.id, body.feedback))
