"""CDS Hooks contract tests: discovery, the two services, 412, feedback; every response is
checked against the spec rules (no null/empty elements, summary < 140, indicator, source label,
selectionBehavior with suggestions, override reasons with display)."""

from __future__ import annotations

import base64
import uuid
from typing import Any

from test_api_support import BASE, Service, keys, service, sqlite_url  # noqa: F401

NOTE = "PROCEDURE: Right L5 transforaminal epidural steroid injection under fluoroscopy."
SIGN = "/cds-services/painpoint-note-check"
DISCHARGE = "/cds-services/painpoint-discharge-note-check"


def docref(text: str = NOTE, id_: str = "n1", status: str = "current") -> dict[str, Any]:
    return {
        "resourceType": "DocumentReference",
        "id": id_,
        "status": status,
        "subject": {"reference": "Patient/p-42"},
        "content": [{"attachment": {"contentType": "text/plain", "data": base64.b64encode(text.encode()).decode()}}],
        "context": {"encounter": [{"reference": "Encounter/e-7"}], "period": {"start": "2026-03-02"}},
    }


def sign_call(context_extra: dict[str, Any] | None = None, prefetch: Any = "absent") -> dict[str, Any]:
    body: dict[str, Any] = {
        "hook": "org.painpoint.note-sign",
        "hookInstance": str(uuid.uuid4()),
        "context": {"userId": "Practitioner/dr-1", "patientId": "p-42", "encounterId": "e-7", "documentId": "n1",
                    **(context_extra or {})},
    }
    if prefetch != "absent":
        body["prefetch"] = prefetch
    return body


def assert_no_null_or_empty(value: Any, path: str = "$") -> None:
    """The spec: JSON elements SHALL NOT be null or empty (the `cards` array excepted)."""
    assert value is not None, f"null at {path}"
    if isinstance(value, (str, list, dict)) and path != "$.cards":
        assert len(value) > 0, f"empty at {path}"
    if isinstance(value, dict):
        for k, v in value.items():
            assert_no_null_or_empty(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            assert_no_null_or_empty(v, f"{path}[{i}]")


def assert_spec_cards(body: dict[str, Any]) -> list[dict[str, Any]]:
    assert set(body) == {"cards"}
    assert_no_null_or_empty(body)
    for card in body["cards"]:
        assert len(card["summary"]) < 140
        assert card["indicator"] in ("info", "warning", "critical")
        assert card["source"]["label"]
        uuid.UUID(card["uuid"])
        if "suggestions" in card:
            assert card["selectionBehavior"] in ("at-most-one", "any")
            if card["selectionBehavior"] == "at-most-one":
                assert len(card["suggestions"]) == 1
            for s in card["suggestions"]:
                assert s["label"]
                for action in s.get("actions", []):
                    assert action["type"] in ("create", "update", "delete") and action["description"]
        else:
            assert "selectionBehavior" not in card
        for reason in card.get("overrideReasons", []):
            assert reason["display"]
    return body["cards"]


def test_discovery_lists_both_services(service: Service) -> None:
    r = service.client.get("/cds-services", headers=service.ehr("/cds-services"))
    assert r.status_code == 200
    body = r.json()
    assert_no_null_or_empty(body)
    assert body == {
        "services": [
            {
                "hook": "org.painpoint.note-sign",
                "title": "Pain procedure note check",
                "description": "Checks an interventional pain procedure note for missing documentation elements "
                "and proposes CPT/HCPCS codes before the note is signed.",
                "id": "painpoint-note-check",
                "prefetch": {"note": "DocumentReference/{{context.documentId}}"},
            },
            {
                "hook": "encounter-discharge",
                "title": "Pain procedure notes check at discharge",
                "description": "Checks the encounter's procedure notes for missing documentation elements and "
                "proposes codes when the patient is discharged.",
                "id": "painpoint-discharge-note-check",
                "prefetch": {"notes": "DocumentReference?encounter={{context.encounterId}}"
                             "&type=http://loinc.org|28570-0&status=current"},
            },
        ]
    }


def test_discovery_requires_a_jwt(service: Service) -> None:
    r = service.client.get("/cds-services")
    assert (r.status_code, r.json()["error"]) == (401, "missing_credentials")
    r = service.client.get("/cds-services", headers=service.auth)  # an API key is not an EHR JWT
    assert (r.status_code, r.json()["error"]) == (401, "invalid_token")


def test_note_sign_with_prefetch_gives_one_card_per_group_and_a_codes_card(service: Service) -> None:
    r = service.client.post(SIGN, json=sign_call(prefetch={"note": docref()}), headers=service.ehr(SIGN))
    assert r.status_code == 200
    cards = assert_spec_cards(r.json())
    assert [(c["summary"], c["indicator"]) for c in cards] == [
        ("Medical necessity: document indication", "warning"),
        ("Pain scores and response: document post procedure pain score", "warning"),
        ("Consent, safety and sedation: document consent", "info"),
        ("Proposed codes: 64483-RT ×1", "info"),
    ]
    assert cards[0]["detail"] == (
        "**No indication is stated.**\n\n- Requirement: The LCD asks for it. (L39240 [P])\n"
        "- Sentence to add: _Indication: right L5 radicular pain._"
    )
    assert cards[0]["source"] == {"label": "Painpoint documentation check"}
    assert [o["code"] for o in cards[0]["overrideReasons"]] == ["documented-elsewhere", "not-applicable",
                                                                "payer-exempt"]
    codes = cards[3]
    assert codes["selectionBehavior"] == "at-most-one"
    action = codes["suggestions"][0]["actions"][0]
    assert action == {
        "type": "create",
        "description": "Plan charge 64483-RT ×1 for coder review",
        "resource": {
            "resourceType": "ChargeItem",
            "status": "planned",
            "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "64483",
                                 "display": "Transforaminal epidural, lumbar, first level"}]},
            "subject": {"reference": "Patient/p-42"},
            "quantity": {"value": 1},
            "context": {"reference": "Encounter/e-7"},
        },
    }
    assert "| 64483 | RT | 1 |" in codes["detail"]
    assert service.analyzer.calls[0]["text"] == NOTE
    assert service.analyzer.calls[0]["payer"] == "medicare"


def test_note_from_context_and_payer_from_context(service: Service) -> None:
    call = sign_call({"document": docref(), "payer": "commercial", "placeOfService": "11"})
    r = service.client.post(SIGN, json=call, headers=service.ehr(SIGN))
    assert r.status_code == 200
    assert len(assert_spec_cards(r.json())) == 4
    assert {k: service.analyzer.calls[0][k] for k in ("payer", "place_of_service")} == {
        "payer": "commercial", "place_of_service": "11"}


def test_missing_prefetch_is_412(service: Service) -> None:
    r = service.client.post(SIGN, json=sign_call(), headers=service.ehr(SIGN))
    assert (r.status_code, r.json()["error"]) == (412, "prefetch_missing")
    assert r.json()["message"] == "prefetch 'note' is required"
    r = service.client.post(SIGN, json=sign_call(prefetch={"note": None}), headers=service.ehr(SIGN))
    assert (r.status_code, r.json()["error"]) == (412, "prefetch_missing")
    r = service.client.post(DISCHARGE, json={**sign_call(), "hook": "encounter-discharge"},
                            headers=service.ehr(DISCHARGE))
    assert (r.status_code, r.json()["message"]) == (412, "prefetch 'notes' is required")
    assert service.analyzer.calls == []


def test_discharge_checks_each_note_in_the_searchset(service: Service) -> None:
    bundle = {"resourceType": "Bundle", "type": "searchset", "entry": [
        {"resource": docref(id_="a")}, {"resource": docref("Second note.", id_="b")},
        {"resource": docref(id_="c", status="entered-in-error")}]}
    call = {**sign_call(prefetch={"notes": bundle}), "hook": "encounter-discharge"}
    r = service.client.post(DISCHARGE, json=call, headers=service.ehr(DISCHARGE))
    assert r.status_code == 200
    cards = assert_spec_cards(r.json())
    assert [c["summary"] for c in cards] == [
        "Note 1: Medical necessity: document indication",
        "Note 1: Pain scores and response: document post procedure pain score",
        "Note 1: Consent, safety and sedation: document consent",
        "Note 1: Proposed codes: 64483-RT ×1",
        "Note 2: Medical necessity: document indication",
        "Note 2: Pain scores and response: document post procedure pain score",
        "Note 2: Consent, safety and sedation: document consent",
        "Note 2: Proposed codes: 64483-RT ×1",
    ]
    assert [c["text"] for c in service.analyzer.calls] == [NOTE, "Second note."]


def test_discharge_with_no_notes_answers_no_cards(service: Service) -> None:
    call = {**sign_call(prefetch={"notes": None}), "hook": "encounter-discharge"}
    r = service.client.post(DISCHARGE, json=call, headers=service.ehr(DISCHARGE))
    assert (r.status_code, r.json()) == (200, {"cards": []})
    empty = {"resourceType": "Bundle", "type": "searchset", "total": 0}
    call = {**sign_call(prefetch={"notes": empty}), "hook": "encounter-discharge"}
    r = service.client.post(DISCHARGE, json=call, headers=service.ehr(DISCHARGE))
    assert (r.status_code, r.json()) == (200, {"cards": []})


def test_wrong_hook_unknown_service_and_bad_fhir(service: Service) -> None:
    r = service.client.post(SIGN, json={**sign_call(prefetch={"note": docref()}), "hook": "patient-view"},
                            headers=service.ehr(SIGN))
    assert (r.status_code, r.json()["error"]) == (422, "wrong_hook")
    path = "/cds-services/nope"
    r = service.client.post(path, json=sign_call(prefetch={"note": docref()}), headers=service.ehr(path))
    assert (r.status_code, r.json()["error"]) == (404, "unknown_service")
    r = service.client.post(SIGN, json=sign_call(prefetch={"note": {"resourceType": "DocumentReference"}}),
                            headers=service.ehr(SIGN))
    assert (r.status_code, r.json()["error"]) == (422, "invalid_fhir")
    r = service.client.post(SIGN, json={"hook": "org.painpoint.note-sign"}, headers=service.ehr(SIGN))
    assert (r.status_code, r.json()["error"]) == (422, "invalid_request")
    auth = {"access_token": "t", "token_type": "Bearer", "expires_in": 300, "scope": "patient/*.read", "subject": "s"}
    r = service.client.post(SIGN, json={**sign_call(prefetch={"note": docref()}), "fhirAuthorization": auth},
                            headers=service.ehr(SIGN))
    assert (r.status_code, r.json()["details"][0]["msg"]) == (
        422, "Value error, fhirAuthorization requires fhirServer (cds-r-1)")


def test_a_note_with_no_findings_and_no_codes_gives_no_cards(service: Service) -> None:
    from coding.result import AnalysisResult

    service.analyzer.result = AnalysisResult(kb_version="kb-test")
    r = service.client.post(SIGN, json=sign_call(prefetch={"note": docref()}), headers=service.ehr(SIGN))
    assert (r.status_code, r.json()) == (200, {"cards": []})


def test_long_summaries_are_cut_under_140(service: Service) -> None:
    from test_api_support import sample_result

    result = sample_result()
    many = [f.model_copy(update={"element": e}) for f, e in zip(
        [result.findings[0]] * 6,
        ["indication", "diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
         "imaging_findings"])]
    service.analyzer.result = result.model_copy(update={"findings": many, "codes": []})
    r = service.client.post(SIGN, json=sign_call(prefetch={"note": docref()}), headers=service.ehr(SIGN))
    cards = assert_spec_cards(r.json())
    assert [c["summary"] for c in cards] == [
        "Medical necessity: document indication, diagnosis, symptom duration, conservative care, "
        "functional impairment, imaging findings"
    ]
    assert len(cards[0]["summary"]) == 127
    assert cards[0]["detail"].count("**No indication is stated.**") == 6


def test_feedback_is_stored_and_listed(service: Service) -> None:
    path = SIGN + "/feedback"
    body = {"feedback": [
        {"card": "c-1", "outcome": "accepted", "acceptedSuggestions": [{"id": "s-1"}],
         "outcomeTimestamp": "2026-03-02T10:00:00Z"},
        {"card": "c-2", "outcome": "overridden", "outcomeTimestamp": "2026-03-02T10:01:00Z",
         "overrideReason": {"reason": {"code": "documented-elsewhere", "system": "urn:painpoint:cds:override-reason",
                                       "display": "Documented elsewhere in the record"},
                            "userComment": "In the H&P."}},
    ]}
    r = service.client.post(path, json=body, headers=service.ehr(path))
    assert (r.status_code, r.json()) == (200, {"stored": 2})
    listed = service.client.get("/v1/feedback", headers=service.auth).json()
    assert listed["total"] == 2
    items = [{k: v for k, v in i.items() if k not in ("id", "received_at")} for i in listed["items"]]
    assert items == [
        {"service_id": "painpoint-note-check", "card": "c-2", "outcome": "overridden", "accepted_suggestions": None,
         "override_code": "documented-elsewhere", "override_system": "urn:painpoint:cds:override-reason",
         "override_display": "Documented elsewhere in the record", "user_comment": "In the H&P.",
         "outcome_timestamp": "2026-03-02T10:01:00Z"},
        {"service_id": "painpoint-note-check", "card": "c-1", "outcome": "accepted", "accepted_suggestions": ["s-1"],
         "override_code": None, "override_system": None, "override_display": None, "user_comment": None,
         "outcome_timestamp": "2026-03-02T10:00:00Z"},
    ]
    only = service.client.get("/v1/feedback?outcome=accepted", headers=service.auth).json()
    assert [i["card"] for i in only["items"]] == ["c-1"]
    bad = {"feedback": [{"card": "c-3", "outcome": "ignored", "outcomeTimestamp": "2026-03-02T10:00:00Z"}]}
    r = service.client.post(path, json=bad, headers=service.ehr(path))
    assert (r.status_code, r.json()["error"]) == (422, "invalid_request")
    r = service.client.post(path, json=body)
    assert r.status_code == 401
    path = "/cds-services/nope/feedback"
    r = service.client.post(path, json=body, headers=service.ehr(path))
    assert (r.status_code, r.json()["error"]) == (404, "unknown_service")


def test_shorten_cuts_at_a_word_boundary() -> None:
    from api.cds.cards import shorten

    assert shorten("alpha " * 30) == " ".join(["alpha"] * 23) + "…"
    assert len(shorten("alpha " * 30)) == 138
    assert shorten("  short   text ") == "short text"


def test_codes_table_cells_are_escaped() -> None:
    from api.cds.cards import codes_card
    from test_api_support import sample_result

    result = sample_result()
    line = result.codes[0].model_copy(update={"rationale": "Right | left?\nNo: right."})
    card = codes_card(result.model_copy(update={"codes": [line]}), None, None)
    assert card is not None and card.suggestions is None and card.selectionBehavior is None
    assert card.detail.splitlines()[2] == (
        "| 64483 | RT | 1 | Transforaminal epidural, lumbar, first level | Right \\| left? No: right. |")
