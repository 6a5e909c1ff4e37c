"""FHIR input: DocumentReference / Bundle → note text, charsets, HTML, refusals, and the memo."""

from __future__ import annotations

import base64
import datetime as dt

import pytest

import api.fhir_input as fi
from api.fhir_input import FhirInputError, fhir_to_note, html_to_text


def doc(data: bytes, content_type: str = "text/plain", **extra: object) -> dict:
    return {"resourceType": "DocumentReference", "status": "current",
            "content": [{"attachment": {"contentType": content_type, "data": base64.b64encode(data).decode()}}],
            **extra}


def test_plain_text_with_references_and_date() -> None:
    note = fhir_to_note(doc(b"Right L5 TFESI.", subject={"reference": "Patient/1"},
                            context={"encounter": [{"reference": "Encounter/2"}],
                                     "period": {"start": "2026-03-02T09:30:00-05:00"}}))
    assert (note.text, note.patient, note.encounter, note.date_of_service, note.notices) == (
        "Right L5 TFESI.", "Patient/1", "Encounter/2", dt.date(2026, 3, 2), [])


def test_declared_charset_is_honoured() -> None:
    note = fhir_to_note(doc("Naïve café note.".encode("latin-1"), "text/plain; charset=ISO-8859-1"))
    assert note.text == "Naïve café note."
    with pytest.raises(FhirInputError, match="not text in its declared charset"):
        fhir_to_note(doc(b"\xff\xfe\xfa", "text/plain; charset=utf-8"))


def test_plain_text_is_preferred_over_html() -> None:
    resource = doc(b"<p>html</p>", "text/html")
    resource["content"].append({"attachment": {"contentType": "text/plain",
                                                "data": base64.b64encode(b"plain").decode()}})
    assert fhir_to_note(resource).text == "plain"


def test_html_to_text_keeps_blocks_and_drops_scripts() -> None:
    assert html_to_text("<div><h1>Procedure</h1><p>Right&nbsp;L5 <i>TFESI</i></p><style>p{}</style>"
                        "<ul><li>one</li><li>two</li></ul></div>") == "Procedure\n\nRight L5 TFESI\n\none\n\ntwo"


@pytest.mark.parametrize(
    ("resource", "message"),
    [
        ({"resourceType": "Observation"}, "expected a FHIR DocumentReference or a Bundle holding one"),
        (doc(b"x", status="entered-in-error"), "DocumentReference status is entered-in-error"),
        (doc(b"   \n"), "the note attachment is empty"),
        (doc(b"%PDF", "application/pdf"), "no text/plain or text/html attachment with base64 data"),
        ({"resourceType": "Bundle", "type": "collection", "entry": []},
         "the Bundle holds 0 DocumentReferences; send exactly one"),
        ({"resourceType": "DocumentReference", "status": "current", "content": "nope"},
         "invalid FHIR DocumentReference: content"),
    ],
)
def test_refusals(resource: dict, message: str) -> None:
    with pytest.raises(FhirInputError) as err:
        fhir_to_note(resource)
    assert str(err.value).startswith(message)


def test_repeated_documents_are_validated_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[dict] = []
    real = fi._read_document_reference

    def counting(resource: dict):  # type: ignore[no-untyped-def]
        calls.append(resource)
        return real(resource)

    monkeypatch.setattr(fi, "_read_document_reference", counting)
    monkeypatch.setattr(fi, "_MEMO", fi._Memo(2))
    html = doc(b"<p>memo note</p>", "text/html")
    first = fhir_to_note(html)
    first.notices.append("caller's own notice")
    second = fhir_to_note(dict(html))
    assert (second.text, second.notices) == ("memo note", ["note text read from an HTML attachment"])
    assert len(calls) == 1
    bad = doc(b"x", status="entered-in-error")
    for _ in range(2):
        with pytest.raises(FhirInputError):
            fhir_to_note(bad)
    assert len(calls) == 3  # refusals are not remembered
