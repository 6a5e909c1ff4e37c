"""Service-wide behaviour: unexpected errors are a sanitised 500, CORS when configured, anonymous
REST only when switched on, and `painpoint serve` answering on loopback end to end."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from api.deps import get_analyzer
from test_api_support import Service, build_service, keys, service, sqlite_url  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent


def test_unexpected_error_is_a_500_that_logs_no_note_text(service: Service, caplog) -> None:  # type: ignore[no-untyped-def]
    def broken(text, **kw):  # type: ignore[no-untyped-def]
        raise RuntimeError(f"could not parse {text}")

    service.app.dependency_overrides[get_analyzer] = lambda: broken
    caplog.set_level(logging.INFO, logger="painpoint")
    r = service.client.post("/v1/analyze", json={"text": "Patient Yolanda Quince, right L5 TFESI."},
                            headers=service.auth)
    assert r.status_code == 500
    assert r.json() == {"error": "internal_error", "message": "unexpected server error; quote the request id",
                        "request_id": r.headers["x-request-id"]}
    errors = [json.loads(rec.getMessage()) for rec in caplog.records if rec.name == "painpoint.error"]
    assert [(e["event"], e["type"], e["request_id"]) for e in errors] == [
        ("unhandled_error", "RuntimeError", r.headers["x-request-id"])]
    assert "Yolanda" not in "\n".join(rec.getMessage() for rec in caplog.records)


def test_cors_only_when_configured(service: Service, sqlite_url: str, keys) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    pre = {"Origin": "https://ehr.example.org", "Access-Control-Request-Method": "POST"}
    assert "access-control-allow-origin" not in service.client.options("/cds-services", headers=pre).headers
    svc = build_service(sqlite_url.replace(".db", "-cors.db"), keys, cors_origins=["https://ehr.example.org"])
    with svc.client:
        r = svc.client.options("/cds-services", headers=pre)
        assert (r.status_code, r.headers["access-control-allow-origin"]) == (200, "https://ehr.example.org")
        r = svc.client.options("/cds-services", headers={**pre, "Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in r.headers


def test_anonymous_rest_only_when_auth_is_off(sqlite_url: str, keys) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    svc = build_service(sqlite_url, keys, auth_required=False)
    with svc.client:
        assert svc.client.get("/v1/feedback").status_code == 200
        assert svc.client.get("/v1/feedback", headers={"Authorization": "Bearer pp_x_y"}).status_code == 401
        assert svc.client.get("/cds-services").status_code == 401  # CDS Hooks always needs the EHR's JWT


def test_painpoint_serve_end_to_end(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    key = subprocess.run([sys.executable, "-m", "api.cli", "apikey", "create", "e2e", "--db", db],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PAINPOINT_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "serve", "--port", str(port), "--db", db, "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
            assert time.monotonic() < deadline, "server not ready in 120 s"
            time.sleep(0.3)
        assert httpx.get(base + "/healthz").json() == {"status": "ok"}
        r = httpx.post(base + "/v1/analyze", headers={"Authorization": f"Bearer {key}"}, timeout=60,
                       json={"text": "PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under "
                                     "fluoroscopy.", "place_of_service": "22", "date_of_service": "2026-03-02"})
        assert r.status_code == 200
        assert [(c["code"], c["modifiers"], c["units"]) for c in r.json()["codes"]] == [("64483", ["RT"], 1)]
        assert httpx.get(base + "/cds-services").status_code == 401
    finally:
        proc.terminate()
        out = proc.communicate(timeout=30)[0].decode()
    assert f"serving on http://127.0.0.1:{port}" in out
    assert "fluoroscopy" not in out and "PROCEDURE" not in out
