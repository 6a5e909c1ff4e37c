"""Where a hook call's notes come from: `context.document` first, then the service's prefetch key.

The spec distinguishes an absent prefetch key (the EHR did not satisfy it: we would have to fetch,
and since this service makes no outbound calls with clinical data it answers 412) from a `null`
value (the query found nothing).
"""

from __future__ import annotations

from typing import Any

from api.cds.services import ServiceDef
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
