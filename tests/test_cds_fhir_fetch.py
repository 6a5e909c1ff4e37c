"""CDS Hooks: a prefetch the EHR left out is fetched from `fhirServer` with the `fhirAuthorization`
token; 412 when there is no server to ask or the fetch fails. The FHIR server is an
`httpx.MockTransport` behind the `get_fhir_transport` dependency, so no socket is opened."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from test_api_support import Service, build_service, keys, sqlite_url  # noqa: F401
from test_cds_hooks import DISCHARGE, NOTE, SIGN, assert_spec_cards, docref, sign_call

from api.fhir_client import FhirClient, FhirFetchError, get_fhir_transport, resolve_template

TOKEN = "secret-access-token-123"
SERVER = "https://fhir.example.org/r4"
AUTH = {"access_token": TOKEN, "token_type": "Bearer", "expires_in": 300, "scope": "patient/DocumentReference.read",
        "subject": "painpoint"}
SIGN_CARDS = [
    ("Medical necessity: document indication", "warning"),
    ("Pain scores and response: document post procedure pain score", "warning"),
    ("Consent, safety and sedation: document consent", "info"),
    ("Proposed codes: 64483-RT ×1", "info"),
]
Handler = Callable[[httpx.Request], httpx.Response]


class FakeFhir:
    """Records every request and answers with `handler` (by default: the note as a DocumentReference)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.handler: Handler = lambda request: httpx.Response(200, json=docref())

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)


def _service(sqlite_url: str, keys: Any, **settings: Any) -> Iterator[tuple[Service, FakeFhir]]:  # noqa: F811
    svc = build_service(sqlite_url, keys, **settings)
    fake = FakeFhir()
    svc.app.dependency_overrides[get_fhir_transport] = lambda: httpx.MockTransport(fake)
    with svc.client:
        yield svc, fake


@pytest.fixture
def fhir(sqlite_url: str, keys: Any) -> Iterator[tuple[Service, FakeFhir]]:  # noqa: F811
    yield from _service(sqlite_url, keys)


@pytest.fixture
def fhir_http(sqlite_url: str, keys: Any) -> Iterator[tuple[Service, FakeFhir]]:  # noqa: F811
    yield from _service(sqlite_url, keys, cds_fhir_allow_http=True, cds_fhir_timeout_s=0.75)


def _call(prefetch: Any = "absent", server: str | None = SERVER, auth: dict[str, Any] | None = AUTH,
          **context: Any) -> dict[str, Any]:
    body = sign_call(context or None, prefetch)
    if server is not None:
        body["fhirServer"] = server
    if auth is not None:
        body["fhirAuthorization"] = auth
    return body


def _post(svc: Service, body: dict[str, Any], path: str = SIGN) -> httpx.Response:
    return svc.client.post(path, json=body, headers=svc.ehr(path))


def _summaries(r: httpx.Response) -> list[tuple[str, str]]:
    assert r.status_code == 200, r.text
    return [(c["summary"], c["indicator"]) for c in assert_spec_cards(r.json())]


def test_missing_prefetch_is_fetched_and_gives_the_same_cards(fhir: tuple[Service, FakeFhir]) -> None:
    svc, fake = fhir
    with_prefetch = _summaries(_post(svc, sign_call(prefetch={"note": docref()})))
    assert with_prefetch == SIGN_CARDS
    assert fake.requests == []  # a prefetch that arrived is never re-fetched

    r = _post(svc, _call())
    assert _summaries(r) == SIGN_CARDS
    assert len(fake.requests) == 1
    request = fake.requests[0]
    assert (request.method, str(request.url)) == ("GET", "https://fhir.example.org/r4/DocumentReference/n1")
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["accept"] == "application/fhir+json"
    assert [c["text"] for c in svc.analyzer.calls] == [NOTE]  # the same note: the second is a cache hit
    codes = r.json()["cards"][3]["suggestions"][0]["actions"][0]["resource"]
    assert (codes["subject"], codes["context"]) == ({"reference": "Patient/p-42"}, {"reference": "Encounter/e-7"})


def test_null_prefetch_of_the_required_note_is_fetched(fhir: tuple[Service, FakeFhir]) -> None:
    svc, fake = fhir
    assert _summaries(_post(svc, _call(prefetch={"note": None}))) == SIGN_CARDS
    assert str(fake.requests[0].url) == "https://fhir.example.org/r4/DocumentReference/n1"


def test_discharge_search_is_fetched_with_the_context_filled_in(fhir: tuple[Service, FakeFhir]) -> None:
    svc, fake = fhir
    bundle = {"resourceType": "Bundle", "type": "searchset", "entry": [
        {"resource": docref(id_="a")}, {"resource": docref("Second note.", id_="b")}]}
    fake.handler = lambda request: httpx.Response(200, json=bundle)
    r = _post(svc, {**_call(server=SERVER + "/"), "hook": "encounter-discharge"}, DISCHARGE)
    assert [s for s, _ in _summaries(r)] == [f"Note {n}: {s}" for n in (1, 2) for s, _ in SIGN_CARDS]
    url = fake.requests[0].url
    assert (url.host, url.path) == ("fhir.example.org", "/r4/DocumentReference")
    assert dict(url.params) == {"encounter": "e-7", "type": "http://loinc.org|28570-0", "status": "current"}
    assert fake.requests[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_discharge_null_prefetch_means_no_notes_and_is_not_fetched(fhir: tuple[Service, FakeFhir]) -> None:
    svc, fake = fhir
    r = _post(svc, {**_call(prefetch={"notes": None}), "hook": "encounter-discharge"}, DISCHARGE)
    assert (r.status_code, r.json()) == (200, {"cards": []})
    empty = {"resourceType": "Bundle", "type": "searchset", "total": 0}
    fake.handler = lambda request: httpx.Response(200, json=empty)
    r = _post(svc, {**_call(), "hook": "encounter-discharge"}, DISCHARGE)
    assert (r.status_code, r.json()) == (200, {"cards": []})
    assert len(fake.requests) == 1


def test_without_fhir_server_and_authorization_it_stays_412(fhir: tuple[Service, FakeFhir]) -> None:
    svc, fake = fhir
    for body in (_call(server=None, auth=None), _call(auth=None), _call(prefetch={"note": None}, auth=None)):
        r = _post(svc, body)
        assert (r.status_code, r.json()["error"]) == (412, "prefetch_missing")
    assert fake.requests == []
    assert svc.analyzer.calls == []


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (lambda r: httpx.Response(401, json={"resourceType": "OperationOutcome"}), "the FHIR server answered HTTP 401"),
        (lambda r: httpx.Response(403), "the FHIR server answered HTTP 403"),
        (lambda r: httpx.Response(404), "the FHIR server answered HTTP 404"),
        (lambda r: httpx.Response(500, text="boom"), "the FHIR server answered HTTP 500"),
        (lambda r: httpx.Response(302, headers={"location": "https://elsewhere.example/x"}),
         "the FHIR server answered HTTP 302"),
        (lambda r: httpx.Response(200, text="<html>login</html>"), "the FHIR server's answer is not JSON"),
        (lambda r: httpx.Response(200, json=[docref()]),
         "the FHIR server's answer is not a DocumentReference or a Bundle"),
        (lambda r: httpx.Response(200, json={"resourceType": "OperationOutcome", "issue": []}),
         "the FHIR server's answer is not a DocumentReference or a Bundle"),
    ],
)
def test_fhir_server_errors_are_412(fhir: tuple[Service, FakeFhir], answer: Handler, reason: str) -> None:
    svc, fake = fhir
    fake.handler = answer
    r = _post(svc, _call())
    assert (r.status_code, {k: v for k, v in r.json().items() if k != "request_id"}) == (412, {
        "error": "prefetch_fetch_failed",
        "message": f"prefetch 'note' was not sent and could not be fetched from fhirServer: {reason}",
    })
    assert len(fake.requests) == 1  # no redirect followed: the token stays with fhirServer
    assert svc.analyzer.calls == []


def _raise(exc: Exception) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


def test_timeout_and_unreachable_server_are_412(fhir: tuple[Service, FakeFhir]) -> None:
    svc, fake = fhir
    fake.handler = _raise(httpx.ReadTimeout("slow"))
    r = _post(svc, _call())
    assert (r.status_code, r.json()["error"]) == (412, "prefetch_fetch_failed")
    assert r.json()["message"].endswith("the FHIR server did not answer within 2 s")
    fake.handler = _raise(httpx.ConnectError("refused"))
    r = _post(svc, _call())
    assert (r.status_code, r.json()["message"]) == (
        412, "prefetch 'note' was not sent and could not be fetched from fhirServer: "
        "could not reach the FHIR server (ConnectError)")


def test_timeout_setting_is_applied(fhir_http: tuple[Service, FakeFhir]) -> None:
    svc, fake = fhir_http
    assert _summaries(_post(svc, _call())) == SIGN_CARDS
    assert fake.requests[0].extensions["timeout"] == {"connect": 0.75, "read": 0.75, "write": 0.75, "pool": 0.75}
    fake.handler = _raise(httpx.ConnectTimeout("slow"))
    assert _post(svc, _call()).json()["message"].endswith("did not answer within 0.75 s")


def test_plain_http_is_refused_by_default(fhir: tuple[Service, FakeFhir]) -> None:
    svc, fake = fhir
    for server, reason in (
        ("http://127.0.0.1:8080/fhir", "fhirServer must use https (plain http is allowed only to a loopback host, "
                                       "with PAINPOINT_CDS_FHIR_ALLOW_HTTP)"),
        ("ftp://fhir.example.org", "fhirServer must be an https URL"),
        ("https://fhir.example.org/r4?x=1", "fhirServer must be a plain base URL (scheme://host[:port]/path)"),
        ("https://user:pw@fhir.example.org/r4", "fhirServer must be a plain base URL (scheme://host[:port]/path)"),
    ):
        r = _post(svc, _call(server=server))
        assert (r.status_code, r.json()["message"]) == (
            412, f"prefetch 'note' was not sent and could not be fetched from fhirServer: {reason}")
    assert fake.requests == []


def test_plain_http_to_loopback_only_when_allowed(fhir_http: tuple[Service, FakeFhir]) -> None:
    svc, fake = fhir_http
    for server in ("http://127.0.0.1:8080/fhir", "http://localhost:8080/fhir", "http://[::1]:8080/fhir"):
        assert _summaries(_post(svc, _call(server=server))) == SIGN_CARDS
    assert [str(r.url) for r in fake.requests] == [
        "http://127.0.0.1:8080/fhir/DocumentReference/n1", "http://localhost:8080/fhir/DocumentReference/n1",
        "http://[::1]:8080/fhir/DocumentReference/n1"]
    r = _post(svc, _call(server="http://fhir.example.org/r4"))
    assert (r.status_code, r.json()["error"]) == (412, "prefetch_fetch_failed")
    assert len(fake.requests) == 3


def test_context_values_are_escaped_and_a_missing_one_is_412(fhir: tuple[Service, FakeFhir]) -> None:
    svc, fake = fhir
    r = _post(svc, _call(documentId="../Patient/p-42?x=1"))
    assert r.status_code == 200
    assert fake.requests[0].url.raw_path == b"/r4/DocumentReference/..%2FPatient%2Fp-42%3Fx%3D1"
    body = _call()
    del body["context"]["documentId"]
    r = _post(svc, body)
    assert (r.status_code, r.json()["message"]) == (
        412, "prefetch 'note' was not sent and could not be fetched from fhirServer: "
        "cannot fill the prefetch template: context.documentId is not in the hook context")
    assert len(fake.requests) == 1


def test_a_fetched_document_that_is_not_a_note_is_422_as_with_prefetch(fhir: tuple[Service, FakeFhir]) -> None:
    svc, fake = fhir
    fake.handler = lambda request: httpx.Response(200, json={"resourceType": "DocumentReference"})
    r = _post(svc, _call())
    assert (r.status_code, r.json()["error"]) == (422, "invalid_fhir")


def test_no_token_query_or_body_is_logged(fhir: tuple[Service, FakeFhir], caplog: pytest.LogCaptureFixture) -> None:
    svc, fake = fhir
    bundle = {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": docref()}]}
    fake.handler = lambda request: httpx.Response(200, json=bundle)
    with caplog.at_level(logging.DEBUG):
        assert _post(svc, {**_call(), "hook": "encounter-discharge"}, DISCHARGE).status_code == 200
        fake.handler = lambda request: httpx.Response(500, text="Traceback: " + NOTE)
        assert _post(svc, _call()).status_code == 412
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "FHIR GET DocumentReference on fhir.example.org: HTTP 200" in logged
    assert "FHIR GET DocumentReference on fhir.example.org: HTTP 500" in logged
    assert "GET https://fhir.example.org/r4/DocumentReference \"HTTP/1.1 200 OK\"" in logged  # httpx, no query
    for secret in (TOKEN, "encounter=e-7", "28570", NOTE, "Traceback", json.dumps(bundle)[:40]):
        assert secret not in logged, secret


def test_resolve_template_and_client_unit() -> None:
    assert resolve_template("DocumentReference?patient={{context.patientId}}&encounter={{ context.encounterId }}",
                            {"patientId": "p 1", "encounterId": 7}) == "DocumentReference?patient=p%201&encounter=7"
    for context in ({}, {"documentId": ""}, {"documentId": {"id": "x"}}):
        with pytest.raises(FhirFetchError):
            resolve_template("DocumentReference/{{context.documentId}}", context)
    with pytest.raises(FhirFetchError, match="userPractitionerId is not in the hook context"):
        resolve_template("Practitioner/{{userPractitionerId}}", {"userId": "Practitioner/1"})

    import anyio

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, content=b"x" * 5_000_001)

    client = FhirClient(timeout_s=1.0, transport=httpx.MockTransport(handler))
    with pytest.raises(FhirFetchError, match="larger than 5000000 bytes"):
        anyio.run(client.get, SERVER, "DocumentReference/n1", "t")
    with pytest.raises(FhirFetchError, match="not a valid URL|must be"):
        anyio.run(client.get, "not a url", "DocumentReference/n1", "t")
    assert len(sent) == 1
