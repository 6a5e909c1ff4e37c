"""FHIR R4 input: a DocumentReference (or a Bundle holding one) → note text plus encounter hints.

Resources are validated with `fhir.resources` (its R4B models, which match R4 for DocumentReference
and Bundle). Only inline attachments are read: `data` in base64, `text/plain` or `text/html`;
a URL-only attachment is refused rather than fetched: the only outbound call the service makes is
the CDS Hooks prefetch fallback to the EHR's own `fhirServer` (`api/fhir_client.py`). HTML is reduced to its text with paragraph breaks kept, since the NLP
reads section headers line by line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import Any

from pydantic import ValidationError

ACCEPTED_TYPES = ("text/plain", "text/html")
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "table", "ul", "ol"}


class FhirInputError(ValueError):
    """The FHIR payload is not a usable DocumentReference; the message says why (never the note text)."""


@dataclass
class NoteInput:
    text: str
    patient: str | None = None
    encounter: str | None = None
    date_of_service: dt.date | None = None
    document_id: str | None = None
    notices: list[str] = field(default_factory=list)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            return value.strip('"').lower()
    return "utf-8"


def _validate(model: Any, resource: dict[str, Any], kind: str) -> Any:
    try:
        return model.model_validate(resource)
    except ValidationError as exc:
        where = "; ".join(".".join(str(p) for p in err["loc"]) + ": " + err["msg"] for err in exc.errors()[:5])
        raise FhirInputError(f"invalid FHIR {kind}: {where}") from None
    except (TypeError, ValueError) as exc:
        raise FhirInputError(f"invalid FHIR {kind}: {type(exc).__name__}") from None


class _Memo:
    """Validated DocumentReferences by a digest of their JSON.

    An EHR re-sends the same note on every hook firing; full FHIR validation costs a few
    milliseconds, hashing the JSON a tenth of that. Bounded, thread-safe, in memory only.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[str, NoteInput] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(resource: dict[str, Any]) -> str | None:
        try:
            raw = json.dumps(resource, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        except (TypeError, ValueError):
            return None
        return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, key: str) -> NoteInput | None:
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
            return hit

    def put(self, key: str, value: NoteInput) -> None:
        with self._lock:
            self._data[key] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)


_MEMO = _Memo(256)


def document_reference_to_note(resource: dict[str, Any]) -> NoteInput:
    """Read the note text and references from one DocumentReference resource (a dict)."""
    key = _Memo.key(resource) if isinstance(resource, dict) else None
    hit = _MEMO.get(key) if key else None
    if hit is not None:
        return replace(hit, notices=list(hit.notices))
    note = _read_document_reference(resource)
    if key:
        _MEMO.put(key, note)
    return replace(note, notices=list(note.notices))


def _read_document_reference(resource: dict[str, Any]) -> NoteInput:
    from fhir.resources.R4B.documentreference import DocumentReference

    if not isinstance(resource, dict) or resource.get("resourceType") != "DocumentReference":
        raise FhirInputError("expected a FHIR DocumentReference")
    doc = _validate(DocumentReference, resource, "DocumentReference")
    if doc.status == "entered-in-error":
        raise FhirInputError("DocumentReference status is entered-in-error")
    notices: list[str] = []
    chosen = None
    for content in doc.content or []:
        att = content.attachment
        ctype = (att.contentType or "").split(";")[0].strip().lower()
        if ctype in ACCEPTED_TYPES and att.data is not None:
            if chosen is None or (ctype == "text/plain" and chosen[1] != "text/plain"):
                chosen = (att, ctype)
    if chosen is None:
        if any(c.attachment.url for c in doc.content or []):
            raise FhirInputError("attachment has no inline data; send it base64 in attachment.data")
        raise FhirInputError("no text/plain or text/html attachment with base64 data")
    att, ctype = chosen
    raw: bytes = att.data
    try:
        text = raw.decode(_charset(att.contentType or ""))
    except (UnicodeDecodeError, LookupError):
        raise FhirInputError("attachment data is not text in its declared charset") from None
    if ctype == "text/html":
        text = html_to_text(text)
        notices.append("note text read from an HTML attachment")
    if not text.strip():
        raise FhirInputError("the note attachment is empty")

    patient = doc.subject.reference if doc.subject and doc.subject.reference else None
    encounter = None
    dos = None
    if doc.context is not None:
        for ref in doc.context.encounter or []:
            if ref.reference:
                encounter = ref.reference
                break
        period = doc.context.period
        if period is not None and period.start is not None:
            dos = period.start.date() if isinstance(period.start, dt.datetime) else period.start
    return NoteInput(
        text=text, patient=patient, encounter=encounter, date_of_service=dos, document_id=doc.id, notices=notices
    )


def document_references_in(resource: dict[str, Any]) -> list[dict[str, Any]]:
    """The DocumentReference resources in a DocumentReference or a Bundle (validated as a Bundle)."""
    from fhir.resources.R4B.bundle import Bundle

    if not isinstance(resource, dict):
        raise FhirInputError("expected a FHIR resource object")
    kind = resource.get("resourceType")
    if kind == "DocumentReference":
        return [resource]
    if kind != "Bundle":
        raise FhirInputError("expected a FHIR DocumentReference or a Bundle holding one")
    _validate(Bundle, resource, "Bundle")
    return [
        entry["resource"]
        for entry in resource.get("entry") or []
        if isinstance(entry, dict)
        and isinstance(entry.get("resource"), dict)
        and entry["resource"].get("resourceType") == "DocumentReference"
    ]


def fhir_to_note(resource: dict[str, Any]) -> NoteInput:
    """The note in a DocumentReference, or in a Bundle that holds exactly one DocumentReference."""
    docs = document_references_in(resource)
    if len(docs) != 1:
        raise FhirInputError(f"the Bundle holds {len(docs)} DocumentReferences; send exactly one")
    return document_reference_to_note(docs[0])
