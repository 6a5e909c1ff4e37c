"""Contract tests through the real pipeline (spaCy NLP + coding engine + bundled KB): one short
fictional note over REST, FHIR and CDS Hooks, with the codes a coder would assign."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator

import pytest

from api.deps import get_analyzer
from test_api_support import KeySet, Service, build_service, keys, sqlite_url  # noqa: F401

# Fictional: right L5-S1 TFESI, one level, fluoroscopy, 40 mg triamcinolone, office (POS 11).
NOTE = """PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance.
INDICATION: Right L5 radicular pain from an L5-S1 disc herniation seen on MRI, present for 12 weeks despite 6 weeks of physical therapy that failed.
DIAGNOSIS: Lumbar radiculopathy (M54.16).
Pre-procedure pain 7/10. Informed consent was obtained. A time-out was performed.
Under fluoroscopy a 22-gauge needle was placed at the right L5-S1 foramen. 1 mL iohexol 300 showed epidural spread. Triamcinolone 40 mg with 1 mL of 1% lidocaine was injected. AP and lateral images were saved.
Complications: none. Post-procedure pain 2/10.
"""
OFFICE = {"payer": "medicare", "date_of_service": "2026-03-02", "place_of_service": "11"}


@pytest.fixture
def real(sqlite_url: str, keys: KeySet) -> Iterator[Service]:  # noqa: F811
    svc = build_service(sqlite_url, keys)
    del svc.app.dependency_overrides[get_analyzer]
    with svc.client:
        yield svc


def lines(body: dict) -> list[tuple[str, list[str], int]]:
    return [(c["code"], c["modifiers"], c["units"]) for c in body["codes"]]


def test_analyze_text_through_the_pipeline(real: Service) -> None:
    r = real.client.post("/v1/analyze", json={"text": NOTE, **OFFICE, "store": True}, headers=real.auth)
    assert r.status_code == 200
    body = r.json()
    assert lines(body) == [("64483", ["RT"], 1), ("J3301", [], 4)]
    assert [(p["family"], p["laterality"], [lv["name"] for lv in p["levels"]]) for p in body["procedures"]] == [
        ("transforaminal_epidural", "right", ["L5-S1"])]
    missing = {(f["element"], f["severity"]) for f in body["findings"]}
    assert ("functional_impairment", "error") in missing
    assert not {"indication", "diagnosis", "consent", "time_out", "pre_procedure_pain_score",
                "post_procedure_pain_score", "imaging_guidance", "levels", "laterality"} & {e for e, _ in missing}
    stored = real.client.get(f"/v1/analyses/{body['id']}", headers=real.auth).json()
    assert (stored["status"], stored["families"], stored["code_count"]) == ("incomplete",
                                                                           ["transforaminal_epidural"], 2)


def test_hospital_outpatient_bills_no_drug(real: Service) -> None:
    r = real.client.post("/v1/analyze", json={"text": NOTE, **OFFICE, "place_of_service": "22"}, headers=real.auth)
    assert lines(r.json()) == [("64483", ["RT"], 1)]


def test_fhir_document_reference_through_the_pipeline(real: Service) -> None:
    doc = {"resourceType": "DocumentReference", "status": "current",
           "content": [{"attachment": {"contentType": "text/plain", "data": base64.b64encode(NOTE.encode()).decode()}}],
           "context": {"period": {"start": "2026-03-02"}}}
    r = real.client.post("/v1/analyze", json={"document": doc, "place_of_service": "11"}, headers=real.auth)
    assert (r.status_code, lines(r.json())) == (200, [("64483", ["RT"], 1), ("J3301", [], 4)])


def test_pipeline_input_errors_are_422(real: Service) -> None:
    r = real.client.post("/v1/analyze", json={"text": "Right L5-S1 TFESI\x00\x00"}, headers=real.auth)
    assert (r.status_code, r.json()["error"]) == (422, "binary_note")
    r = real.client.post("/v1/analyze", json={"text": NOTE, "payer": "acme"}, headers=real.auth)
    assert (r.status_code, r.json()["error"]) == (422, "unknown_payer")
    assert r.json()["message"].startswith("unknown payer 'acme'; known payers: ")


def test_code_endpoint_round_trips_the_facts(real: Service) -> None:
    analysis = real.client.post("/v1/analyze", json={"text": NOTE, **OFFICE}, headers=real.auth).json()
    r = real.client.post("/v1/code", json={"facts": analysis["facts"]}, headers=real.auth)
    assert r.status_code == 200
    assert lines(r.json()) == [("64483", ["RT"], 1), ("J3301", [], 4)]
    assert r.json()["findings"] == analysis["findings"]


def test_cds_note_sign_through_the_pipeline(real: Service) -> None:
    path = "/cds-services/painpoint-note-check"
    doc = {"resourceType": "DocumentReference", "status": "current", "subject": {"reference": "Patient/p-9"},
           "content": [{"attachment": {"contentType": "text/plain", "data": base64.b64encode(NOTE.encode()).decode()}}],
           "context": {"period": {"start": "2026-03-02"}}}
    call = {"hook": "org.painpoint.note-sign", "hookInstance": str(uuid.uuid4()),
            "context": {"userId": "Practitioner/1", "patientId": "p-9", "placeOfService": "11"},
            "prefetch": {"note": doc}}
    r = real.client.post(path, json=call, headers=real.ehr(path))
    assert r.status_code == 200
    cards = r.json()["cards"]
    by_summary = {c["summary"]: c for c in cards}
    assert by_summary["Proposed codes: 64483-RT ×1, J3301 ×4"]["selectionBehavior"] == "at-most-one"
    necessity = by_summary["Medical necessity: document functional impairment"]
    assert necessity["indicator"] == "warning"
    assert "Sentence to add:" in necessity["detail"]
    assert all(len(c["summary"]) < 140 for c in cards)
