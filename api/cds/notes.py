"""Where a hook call's notes come from: `context.document` first, then the service's prefetch key,
then, when that key is missing, a fetch from the caller's `fhirServer`.

The spec distinguishes an absent prefetch key (the EHR did not satisfy it: the service must fetch the
data itself) from a `null` value (the query found nothing). A missing key, or a null one where the note
is required, is fetched with the prefetch template and the `fhirAuthorization` token when the call sent
`fhirServer` and `fhirAuthorization`; without them, or when the fetch fails, the answer is 412.
"""

from __future__ import annotations

from typing import Any

from api.cds.services import ServiceDef
from api.fhir_client import FhirClient, FhirFetchError, resolve_template
from api.fhir_input import FhirInputError, NoteInput, document_reference_to_note, document_references_in
from api.schemas.cds import CdsRequest


class PrefetchMissing(Exception):
    """Required prefetch data did not arrive (→ 412)."""


def notes_for(service: ServiceDef, call: CdsRequest, max_documents: int) -> list[NoteInput]:
    """The notes to check, in order; raises :class:`PrefetchMissing` or :class:`FhirInputError`."""
    inline = call.context.get("document")
    if inline is not None:
        resources: list[dict[str, Any]] = document_references_in(inline)
    else:
        prefetch = call.prefetch or {}
        if service.prefetch_key not in prefetch:
            raise PrefetchMissing(f"prefetch '{service.prefetch_key}' is required")
        value = prefetch[service.prefetch_key]
        if value is None:
            if service.note_required:
                raise PrefetchMissing(f"prefetch '{service.prefetch_key}' is null; the note is required")
            return []
        resources = document_references_in(value)
    resources = [r for r in resources if r.get("status") != "entered-in-error"]
    if service.note_required and len(resources) != 1:
        raise FhirInputError(f"expected one DocumentReference for the note, got {len(resources)}")
    return [document_reference_to_note(r) for r in resources[:max_documents]]


def fetch_needed(service: ServiceDef, call: CdsRequest) -> bool:
    """True when the note must come from `fhirServer`: no inline document, and the prefetch key is
    absent (or null where the note is required) while the call gave us a server and a token."""
    if call.context.get("document") is not None or not call.fhirServer or call.fhirAuthorization is None:
        return False
    prefetch = call.prefetch or {}
    if service.prefetch_key not in prefetch:
        return True
    return prefetch[service.prefetch_key] is None and service.note_required


async def with_fetched_prefetch(service: ServiceDef, call: CdsRequest, client: FhirClient) -> CdsRequest:
    """The call with its prefetch key filled from `fhirServer`; raises `FhirFetchError`."""
    if not call.fhirServer or call.fhirAuthorization is None:
        raise FhirFetchError("the call sent no fhirServer and fhirAuthorization to fetch from")
    template = service.prefetch[service.prefetch_key]
    relative = resolve_template(template, call.context)
    resource = await client.get(call.fhirServer, relative, call.fhirAuthorization.access_token)
    return call.model_copy(update={"prefetch": {**(call.prefetch or {}), service.prefetch_key: resource}})
