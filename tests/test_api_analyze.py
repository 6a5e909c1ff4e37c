"""Contract tests of `POST /v1/analyze` with a fake analyzer: inputs, storage, and every 4xx."""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import time
import uuid

from test_api_support import Service, build_service, sample_result, service, sqlite_url, keys  # noqa: F401

NOTE = "PROCEDURE: Right L5 transforaminal epidural steroid injection. Patient Zebulon Quartz tolerated it."


def docref(text: str, content_type: str = "text/plain", **extra: object) -> dict:
    return {
        "resourceType": "DocumentReference",
        "id": "note-1",
        "status": "current",
        "subject": {"reference": "Patient/p-42"},
        "content": [{"attachment": {"contentType": content_type, "data": base64.b64encode(text.encode()).decode()}}],
        "context": {"encounter": [{"reference": "Encounter/e-7"}], "period": {"start": "2026-03-02T09:00:00Z"}},
        **extra,
    }


def expected(id_: str | None = None, notices: list[str] | None = None, source: str | None = None) -> dict:
    body = sample_result(source).model_dump(mode="json")
    body["id"] = id_
    if notices:
        body["notices"] = notices
    return body


def test_text_note_returns_the_result_json_unstored(service: Service) -> None:
    r = service.client.post(
        "/v1/analyze",
        json={"text": NOTE, "payer": "medicare", "date_of_service": "2026-03-02", "place_of_service": "11",
              "source": "case-9"},
        headers=service.auth,
    )
    assert r.status_code == 200
    assert r.json() == expected(source="case-9")
    assert service.analyzer.calls == [
        {"text": NOTE, "payer": "medicare", "date_of_service": dt.date(2026, 3, 2), "place_of_service": "11",
         "source": "case-9"}
    ]
    listed = service.client.get("/v1/analyses", headers=service.auth).json()
    assert listed == {"items": [], "total": 0, "limit": 50, "offset": 0}


def test_store_true_returns_an_id_that_reads_back(service: Service) -> None:
    r = service.client.post(
        "/v1/analyze",
        json={"text": NOTE, "store": True, "payer": "commercial", "date_of_service": "2026-03-02",
              "patient": "Patient/p-1", "encounter": "Encounter/e-1"},
        headers=service.auth,
    )
    assert r.status_code == 200
    analysis_id = r.json()["id"]
    assert uuid.UUID(analysis_id)
    got = service.client.get(f"/v1/analyses/{analysis_id}", headers=service.auth)
    assert got.status_code == 200
    body = got.json()
    assert body["result"] == sample_result().model_dump(mode="json")
    assert {k: body[k] for k in ("id", "status", "payer", "date_of_service", "families", "patient", "encounter",
                                   "kb_version", "code_count", "finding_count")} == {
        "id": analysis_id, "status": "incomplete", "payer": "commercial", "date_of_service": "2026-03-02",
        "families": ["transforaminal_epidural"], "patient": "Patient/p-1", "encounter": "Encounter/e-1",
        "kb_version": "kb-test", "code_count": 1, "finding_count": 3,
    }
    assert NOTE not in json.dumps(body)


def test_document_reference_plain_text(service: Service) -> None:
    r = service.client.post("/v1/analyze", json={"document": docref(NOTE), "store": True}, headers=service.auth)
    assert r.status_code == 200
    assert service.analyzer.calls[0]["text"] == NOTE
    assert service.analyzer.calls[0]["date_of_service"] == dt.date(2026, 3, 2)
    stored = service.client.get(f"/v1/analyses/{r.json()['id']}", headers=service.auth).json()
    assert (stored["patient"], stored["encounter"], stored["date_of_service"]) == (
        "Patient/p-42", "Encounter/e-7", "2026-03-02")


def test_bundle_holding_one_html_document(service: Service) -> None:
    html = "<html><body><h2>Procedure</h2><p>Right L5 <b>TFESI</b>.</p><script>x()</script></body></html>"
    bundle = {"resourceType": "Bundle", "type": "collection",
              "entry": [{"resource": docref(html, "text/html; charset=utf-8")}]}
    r = service.client.post("/v1/analyze", json={"document": bundle}, headers=service.auth)
    assert r.status_code == 200
    assert service.analyzer.calls[0]["text"] == "Procedure\n\nRight L5 TFESI."
    assert r.json() == expected(notices=["note text read from an HTML attachment"])


def test_bundle_with_two_documents_is_422(service: Service) -> None:
    bundle = {"resourceType": "Bundle", "type": "collection",
              "entry": [{"resource": docref(NOTE)}, {"resource": docref(NOTE)}]}
    r = service.client.post("/v1/analyze", json={"document": bundle}, headers=service.auth)
    assert r.status_code == 422
    assert r.json()["error"] == "invalid_fhir"
    assert r.json()["message"] == "the Bundle holds 2 DocumentReferences; send exactly one"


def test_bad_fhir_is_422_without_echoing_the_note(service: Service) -> None:
    bad = docref(NOTE)
    bad["content"][0]["attachment"]["data"] = "%%%not base64"
    r = service.client.post("/v1/analyze", json={"document": bad}, headers=service.auth)
    assert r.status_code == 422
    assert r.json()["error"] == "invalid_fhir"
    assert r.json()["message"].startswith("invalid FHIR DocumentReference: content.0.attachment.data")
    url_only = docref(NOTE)
    url_only["content"] = [{"attachment": {"contentType": "text/plain", "url": "https://ehr.example.org/b/1"}}]
    r = service.client.post("/v1/analyze", json={"document": url_only}, headers=service.auth)
    assert (r.status_code, r.json()["message"]) == (
        422, "attachment has no inline data; send it base64 in attachment.data")
    r = service.client.post("/v1/analyze", json={"document": {"resourceType": "Patient"}}, headers=service.auth)
    assert (r.status_code, r.json()["message"]) == (422, "expected a FHIR DocumentReference or a Bundle holding one")
    assert service.analyzer.calls == []


def test_malformed_json_is_400(service: Service) -> None:
    r = service.client.post(
        "/v1/analyze", content=b'{"text": "abc", ', headers={**service.auth, "content-type": "application/json"}
    )
    assert r.status_code == 400
    assert r.json()["error"] == "malformed_json"
    assert r.json()["request_id"] == r.headers["x-request-id"]


def test_schema_errors_are_422_and_do_not_echo_input(service: Service) -> None:
    r = service.client.post("/v1/analyze", json={"text": NOTE, "document": docref(NOTE)}, headers=service.auth)
    assert r.status_code == 422
    assert r.json()["error"] == "invalid_request"
    assert NOTE not in r.text
    r = service.client.post("/v1/analyze", json={"text": NOTE, "place_of_service": "1"}, headers=service.auth)
    assert r.status_code == 422
    assert r.json()["details"][0]["loc"] == ["body", "place_of_service"]
    assert NOTE not in r.text


def test_empty_note_is_422(service: Service) -> None:
    r = service.client.post("/v1/analyze", json={"text": "  \n\t "}, headers=service.auth)
    assert (r.status_code, r.json()["error"], r.json()["message"]) == (422, "empty_note", "the note is empty")
    assert service.analyzer.calls == []


def test_unknown_payer_is_422(service: Service) -> None:
    r = service.client.post("/v1/analyze", json={"text": NOTE, "payer": "acme"}, headers=service.auth)
    assert r.status_code == 422
    assert r.json()["error"] == "unknown_payer"
    assert r.json()["message"] == "unknown payer 'acme'; known payers: commercial, medicare"


def test_credentials_are_required(service: Service) -> None:
    r = service.client.post("/v1/analyze", json={"text": NOTE})
    assert (r.status_code, r.json()["error"]) == (401, "missing_credentials")
    assert r.headers["www-authenticate"] == "Bearer"
    r = service.client.post("/v1/analyze", json={"text": NOTE}, headers={"Authorization": "Bearer pp_abc_def"})
    assert (r.status_code, r.json()["error"]) == (401, "invalid_api_key")
    forged = service.api_key[:-4] + "AAAA"
    r = service.client.post("/v1/analyze", json={"text": NOTE}, headers={"Authorization": f"Bearer {forged}"})
    assert (r.status_code, r.json()["error"]) == (401, "invalid_api_key")
    assert service.analyzer.calls == []


def test_body_cap(sqlite_url: str, keys) -> None:  # noqa: F811
    svc = build_service(sqlite_url, keys, max_body_bytes=2000)
    with svc.client:
        r = svc.client.post("/v1/analyze", json={"text": "x" * 3000}, headers=svc.auth)
        assert (r.status_code, r.json()["error"]) == (413, "body_too_large")

        def chunks():
            yield b'{"text": "'
            yield b"y" * 2500
            yield b'"}'

        r = svc.client.post("/v1/analyze", content=chunks(),
                            headers={**svc.auth, "content-type": "application/json"})
        assert (r.status_code, r.json()["error"]) == (413, "body_too_large")
        assert svc.analyzer.calls == []


def test_time_limit_gives_504(sqlite_url: str, keys) -> None:  # noqa: F811
    svc = build_service(sqlite_url, keys, request_timeout_s=0.3)
    with svc.client:
        inner = svc.analyzer

        def slow(text, **kw):  # type: ignore[no-untyped-def]
            time.sleep(1.0)
            return inner(text, **kw)

        from api.deps import get_analyzer

        svc.app.dependency_overrides[get_analyzer] = lambda: slow
        started = time.perf_counter()
        r = svc.client.post("/v1/analyze", json={"text": NOTE}, headers=svc.auth)
        assert (r.status_code, r.json()["error"]) == (504, "timeout")
        assert time.perf_counter() - started < 0.9


def test_access_log_has_request_id_and_no_phi(service: Service, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="painpoint")
    r = service.client.post(
        "/v1/analyze?patient=Patient/secret-99",
        json={"text": NOTE, "patient": "Patient/p-secret", "store": True},
        headers={**service.auth, "X-Request-ID": "req-abc-1"},
    )
    assert r.status_code == 200
    assert r.headers["x-request-id"] == "req-abc-1"
    records = [json.loads(rec.getMessage()) for rec in caplog.records if rec.name == "painpoint.access"]
    assert len(records) == 1
    rec = records[0]
    assert {k: rec[k] for k in ("event", "request_id", "method", "path", "status", "principal")} == {
        "event": "access", "request_id": "req-abc-1", "method": "POST", "path": "/v1/analyze", "status": 200,
        "principal": "key:tests",
    }
    logged = "\n".join(rec.getMessage() for rec in caplog.records)
    for secret in ("Zebulon", "p-secret", "secret-99", "transforaminal"):
        assert secret not in logged


def test_unknown_route_and_method_are_json(service: Service) -> None:
    r = service.client.get("/v1/nothing")
    assert (r.status_code, r.json()["error"]) == (404, "not_found")
    r = service.client.get("/v1/analyze", headers=service.auth)
    assert (r.status_code, r.json()["error"]) == (405, "method_not_allowed")


def test_missing_analysis_is_404(service: Service) -> None:
    r = service.client.get(f"/v1/analyses/{uuid.uuid4()}", headers=service.auth)
    assert (r.status_code, r.json()["error"]) == (404, "not_found")
    r = service.client.get("/v1/analyses/not-a-uuid", headers=service.auth)
    assert r.status_code == 422


def test_repeated_note_is_served_from_the_result_cache(service: Service) -> None:
    for _ in range(3):
        assert service.client.post("/v1/analyze", json={"text": NOTE}, headers=service.auth).status_code == 200
    assert service.client.post("/v1/analyze", json={"text": NOTE, "place_of_service": "22"},
                               headers=service.auth).status_code == 200
    assert len(service.analyzer.calls) == 2
