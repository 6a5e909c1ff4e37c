"""Contract tests: knowledge-base look-ups (against the bundled KB), health and readiness, and the
OpenAPI document's coverage of every route."""

from __future__ import annotations

import json

from coding.knowledge import load_kb
from test_api_support import Service, keys, service, sqlite_url  # noqa: F401


def test_code_lookup_returns_the_kb_entry(service: Service) -> None:
    r = service.client.get("/v1/kb/codes/64483", headers=service.auth)
    assert r.status_code == 200
    body = r.json()
    kb = load_kb()
    assert body["code"] == "64483"
    assert body["kb_version"] == kb.version
    assert body["entry"] == kb.codes.codes["64483"].model_dump(mode="json", by_alias=True)
    assert body["entry"]["kind"] == "CPT"
    assert body["entry"]["bilateral"]["indicator"] == 1
    assert "transforaminal_epidural" in body["families"]
    assert "facet_rfa" not in body["families"]
    lower = service.client.get("/v1/kb/codes/g0260", headers=service.auth)
    assert (lower.status_code, lower.json()["code"], lower.json()["entry"]["kind"]) == (200, "G0260", "HCPCS")


def test_unknown_code_is_404(service: Service) -> None:
    r = service.client.get("/v1/kb/codes/99999", headers=service.auth)
    assert (r.status_code, r.json()["error"]) == (404, "unknown_code")
    assert service.client.get("/v1/kb/codes/64483").status_code == 401


def test_requirements_for_a_family(service: Service) -> None:
    r = service.client.get("/v1/kb/requirements/transforaminal_epidural", headers=service.auth)
    assert r.status_code == 200
    body = r.json()
    kb = load_kb()
    ids = [q["id"] for q in body["requirements"]]
    assert ids == [q.id for q in kb.requirements.requirements if q.applies_to_family("transforaminal_epidural")]
    assert {"common.indication", "esi.imaging_guidance", "esi.conservative_care"} <= set(ids)
    assert body["label"] == "transforaminal epidural steroid injection"
    indication = body["requirements"][ids.index("common.indication")]
    assert (indication["element"], indication["severity"]) == ("indication", "error")
    commercial = service.client.get("/v1/kb/requirements/transforaminal_epidural?payer=commercial",
                                    headers=service.auth).json()
    c_ids = [q["id"] for q in commercial["requirements"]]
    assert c_ids == [q.id for q in kb.requirements.requirements
                     if q.applies_to_family("transforaminal_epidural") and q.applies_to_payer("commercial")]
    assert "common.indication" in c_ids and len(c_ids) < len(ids)


def test_unknown_family_is_404(service: Service) -> None:
    r = service.client.get("/v1/kb/requirements/acupuncture", headers=service.auth)
    assert (r.status_code, r.json()["error"]) == (404, "unknown_family")


def test_health_and_readiness(service: Service) -> None:
    assert (service.client.get("/healthz").status_code, service.client.get("/healthz").json()) == (
        200, {"status": "ok"})
    r = service.client.get("/readyz")
    assert (r.status_code, r.json()) == (200, {"status": "ready", "database": "ok", "migrations": "current"})


def test_readiness_fails_when_migrations_are_behind(service: Service) -> None:
    from sqlalchemy import text

    with service.app.state.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'old'"))
    r = service.client.get("/readyz")
    assert (r.status_code, r.json()["error"]) == (503, "migrations_pending")


def test_openapi_documents_every_route_and_the_error_shape(service: Service) -> None:
    doc = service.client.get("/openapi.json").json()
    paths = doc["paths"]
    assert {"/v1/analyze", "/v1/analyses", "/v1/analyses/{analysis_id}", "/v1/code", "/v1/kb/codes/{code}",
            "/v1/kb/requirements/{family}", "/v1/feedback", "/cds-services", "/cds-services/{service_id}",
            "/cds-services/{service_id}/feedback", "/healthz", "/readyz"} <= set(paths)
    analyze = paths["/v1/analyze"]["post"]["responses"]
    assert set(analyze) == {"200", "400", "401", "413", "422", "503", "504"}
    assert analyze["422"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorBody"}
    for path, ops in paths.items():
        for op in ops.values():
            assert "HTTPValidationError" not in json.dumps(op["responses"]), path
    cds = paths["/cds-services/{service_id}"]["post"]["responses"]
    assert "412" in cds
