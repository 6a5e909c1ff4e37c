"""Contract tests of `POST /v1/code` (facts JSON → CodingResult), with a fake coder for the layer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from api.deps import get_coder
from coding.result import CodingResult
from test_api_support import Service, fake_coder, keys, sample_result, service, sqlite_url  # noqa: F401

FACTS = {
    "encounter": {"date_of_service": "2026-03-02", "payer": "commercial"},
    "procedures": [{"family": "transforaminal_epidural", "region": "lumbar", "laterality": "right",
                    "levels": [{"name": "L5", "kind": "root"}]}],
}


def test_facts_in_codes_out(service: Service) -> None:
    calls: list[tuple[Any, ...]] = []
    service.app.dependency_overrides[get_coder] = lambda: fake_coder(calls)
    r = service.client.post("/v1/code", json={"facts": FACTS}, headers=service.auth)
    assert r.status_code == 200
    r0 = sample_result()
    assert r.json() == CodingResult(codes=r0.codes, diagnoses=r0.diagnoses, findings=r0.findings,
                                    kb_version="kb-test").model_dump(mode="json")
    facts, payer, dos = calls[0]
    assert (payer, dos) == ("commercial", dt.date(2026, 3, 2))
    assert facts.procedures[0].levels[0].name == "L5"
    r = service.client.post("/v1/code", json={"facts": FACTS, "payer": "medicare", "date_of_service": "2026-04-01"},
                            headers=service.auth)
    assert r.status_code == 200
    assert calls[1][1:] == ("medicare", dt.date(2026, 4, 1))


def test_bad_facts_and_unknown_payer(service: Service) -> None:
    calls: list[tuple[Any, ...]] = []
    service.app.dependency_overrides[get_coder] = lambda: fake_coder(calls)
    typo = {"procedures": [{"family": "transforaminal_epidural", "lateralty": "right"}]}
    r = service.client.post("/v1/code", json={"facts": typo}, headers=service.auth)
    assert r.status_code == 422
    assert r.json()["details"][0]["loc"] == ["body", "facts", "procedures", 0, "lateralty"]
    r = service.client.post("/v1/code", json={"facts": {"procedures": [{"family": "acupuncture"}]}},
                            headers=service.auth)
    assert (r.status_code, r.json()["error"]) == (422, "invalid_request")
    r = service.client.post("/v1/code", json={"facts": FACTS, "payer": "acme"}, headers=service.auth)
    assert (r.status_code, r.json()["error"]) == (422, "unknown_payer")
    assert len(calls) == 1
    r = service.client.post("/v1/code", json={"facts": FACTS})
    assert r.status_code == 401
