"""The service's result cache: what its key covers, its bound, and what a hit returns.

An EHR fires note-sign again on an unchanged note; the cache answers those without the NLP. It must
never answer a request whose result could differ (another payer, date or place of service, another
KB, rules or semantic setting), must stay within its entry bound, and must hold nothing on disk.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from api.pipeline import analysis_fingerprint
from api.routers.runner import ResultCache, cache_key
from test_api_support import Service, keys, service, sqlite_url  # noqa: F401
from test_cds_hooks import SIGN, docref, sign_call

NOTE = "PROCEDURE: Right L5 transforaminal epidural steroid injection under fluoroscopy."


def test_eviction_keeps_the_bound_and_drops_the_least_recently_used() -> None:
    cache = ResultCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # a is now the most recently used
    cache.put("c", 3)
    assert len(cache) == 2
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (1, None, 3)
    for n in range(100):
        cache.put(f"k{n}", n)
    assert len(cache) == 2
    assert (cache.get("k98"), cache.get("k99"), cache.get("a")) == (98, 99, None)


def test_size_zero_stores_nothing() -> None:
    cache = ResultCache(0)
    cache.put("a", 1)
    assert (len(cache), cache.get("a")) == (0, None)


def test_key_covers_every_input_and_the_fingerprint() -> None:
    base = ("note", "medicare", dt.date(2026, 3, 2), "11", None, "kb-1|rules-1|semantic-off")
    variants = [
        ("note.", *base[1:]),
        (base[0], "commercial", *base[2:]),
        (*base[:2], dt.date(2026, 3, 3), *base[3:]),
        (*base[:3], "22", *base[4:]),
        (*base[:3], None, *base[4:]),
        (*base[:4], "file.txt", base[5]),
        (*base[:5], "kb-2|rules-1|semantic-off"),
        (*base[:5], "kb-1|rules-1|semantic-on"),
    ]
    keys_ = {cache_key(*v) for v in variants}
    assert len(keys_) == len(variants)
    assert cache_key(*base) not in keys_
    assert cache_key(*base) == cache_key(*base)
    assert "note" not in cache_key(*base)  # a digest, not the text


def test_fingerprint_names_kb_rules_and_semantic_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    from coding.knowledge import load_kb

    import nlp.semantic

    monkeypatch.setattr(nlp.semantic, "enabled", lambda: False)
    off = analysis_fingerprint()
    monkeypatch.setattr(nlp.semantic, "enabled", lambda: True)
    on = analysis_fingerprint()
    kb, rules, semantic, presence = off.split("|")
    assert kb == load_kb().version
    assert rules.startswith("rules-") and len(rules) == len("rules-") + 12
    assert (semantic, on) == ("semantic-off", f"{kb}|{rules}|semantic-on|{presence}")


def test_fingerprint_names_the_presence_switch_and_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAINPOINT_PRESENCE_MODEL", raising=False)
    monkeypatch.setenv("PAINPOINT_PRESENCE", "1")
    on = analysis_fingerprint().split("|")[-1]
    monkeypatch.setenv("PAINPOINT_PRESENCE", "0")
    off = analysis_fingerprint().split("|")[-1]
    assert off == "presence-off"
    assert on.startswith("presence-") and len(on) == len("presence-") + 12


def _cds(svc: Service, payer: str | None = None, dos: str = "2026-03-02") -> dict[str, Any]:
    doc = docref()
    doc["context"]["period"]["start"] = dos
    body = sign_call({"payer": payer} if payer else None, prefetch={"note": doc})
    r = svc.client.post(SIGN, json=body, headers=svc.ehr(SIGN))
    assert r.status_code == 200, r.text
    return r.json()


def _without_uuids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_uuids(v) for k, v in value.items() if k != "uuid"}
    if isinstance(value, list):
        return [_without_uuids(v) for v in value]
    return value


def test_cds_hit_returns_the_same_cards_with_fresh_uuids(service: Service) -> None:
    first, second = _cds(service), _cds(service)
    assert len(service.analyzer.calls) == 1
    assert first["cards"] and _without_uuids(first) == _without_uuids(second)
    # Card uuids identify one response's cards (feedback refers to them), so a hit mints new ones.
    assert {c["uuid"] for c in first["cards"]}.isdisjoint(c["uuid"] for c in second["cards"])


def test_cds_other_payer_or_date_is_a_miss(service: Service) -> None:
    _cds(service)
    _cds(service, payer="commercial")
    _cds(service, dos="2026-03-03")
    _cds(service, payer="commercial")  # seen before: a hit
    calls = [(c["payer"], c["date_of_service"]) for c in service.analyzer.calls]
    assert calls == [("medicare", dt.date(2026, 3, 2)), ("commercial", dt.date(2026, 3, 2)),
                     ("medicare", dt.date(2026, 3, 3))]


def test_a_new_fingerprint_is_a_miss(service: Service) -> None:
    cache = service.app.state.result_cache
    assert cache.fingerprint is analysis_fingerprint
    _cds(service)
    cache.fingerprint = lambda: "kb-other|rules-same|semantic-off"
    _cds(service)
    _cds(service)
    assert len(service.analyzer.calls) == 2


def test_cache_bound_holds_through_the_service(sqlite_url: str, keys: Any) -> None:  # noqa: F811
    from test_api_support import build_service

    svc = build_service(sqlite_url, keys, analysis_cache_size=2)
    with svc.client:
        for n in range(5):
            r = svc.client.post("/v1/analyze", json={"text": f"{NOTE} Case {n}."}, headers=svc.auth)
            assert r.status_code == 200
        assert len(svc.app.state.result_cache) == 2
        svc.client.post("/v1/analyze", json={"text": f"{NOTE} Case 4."}, headers=svc.auth)  # hit
        svc.client.post("/v1/analyze", json={"text": f"{NOTE} Case 0."}, headers=svc.auth)  # evicted: miss
    assert [c["text"][-7:] for c in svc.analyzer.calls] == [f"Case {n}." for n in (0, 1, 2, 3, 4, 0)]
