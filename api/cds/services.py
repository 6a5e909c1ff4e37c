"""The CDS services this server offers, as data: one note check on two hooks.

`org.painpoint.note-sign` is our own hook (reverse-domain, as the spec requires of custom hooks),
fired when a clinician signs a procedure note. Its context carries `userId`, `patientId`, optional
`encounterId`, `documentId`, and optionally the DocumentReference itself as `document`, plus
optional `payer` and `placeOfService`. `encounter-discharge` runs the same check over the
encounter's procedure notes, which the EHR prefetches.
"""

from __future__ import annotations

from dataclasses import dataclass

from api.schemas.cds import CdsService

NOTE_SIGN_HOOK = "org.painpoint.note-sign"
PROCEDURE_NOTE_LOINC = "28570-0"


@dataclass(frozen=True)
class ServiceDef:
    id: str
    hook: str
    title: str
    description: str
    prefetch: dict[str, str]
    prefetch_key: str
    # True: the note itself must arrive (context or prefetch); null prefetch means we cannot check.
    note_required: bool

    def discovery(self) -> CdsService:
        return CdsService(
            hook=self.hook, title=self.title, description=self.description, id=self.id, prefetch=self.prefetch
        )


SERVICES: dict[str, ServiceDef] = {
    s.id: s
    for s in (
        ServiceDef(
            id="painpoint-note-check",
            hook=NOTE_SIGN_HOOK,
            title="Pain procedure note check",
            description="Checks an interventional pain procedure note for missing documentation elements "
            "and proposes CPT/HCPCS codes before the note is signed.",
            prefetch={"note": "DocumentReference/{{context.documentId}}"},
            prefetch_key="note",
            note_required=True,
        ),
        ServiceDef(
            id="painpoint-discharge-note-check",
            hook="encounter-discharge",
            title="Pain procedure notes check at discharge",
            description="Checks the encounter's procedure notes for missing documentation elements and "
            "proposes codes when the patient is discharged.",
            prefetch={
                "notes": "DocumentReference?encounter={{context.encounterId}}"
                f"&type=http://loinc.org|{PROCEDURE_NOTE_LOINC}&status=current"
            },
            prefetch_key="notes",
            note_required=False,
        ),
    )
}
