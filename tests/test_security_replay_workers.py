"""The jti replay check across worker processes, and the verified-key cache across key rotation.

Two apps on one database stand in for two uvicorn workers: a token spent on one is refused by the
other, because the single INSERT into the shared table is the check. The key cache must never let
a key the trust store no longer returns verify a token.
"""

from __future__ import annotations

import datetime as dt

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.testclient import TestClient

from api.app import create_app

from api.db.session import session_scope
from api.security.errors import AuthError
from api.security.jwks import trust_issuer
from api.security.replay import jti_key, remember_jti
from api.settings import Settings
from test_api_support import (  # noqa: F401
    BASE, ISS, RSA_KID, KeySet, bearer, build_service, db_url, keys, sign, sqlite_url,
)

PATH = "/cds-services"


def test_a_token_spent_on_one_worker_is_refused_by_the_other(sqlite_url: str, keys: KeySet) -> None:  # noqa: F811
    one = build_service(sqlite_url, keys)  # creates the database and trusts the issuer
    two = TestClient(create_app(Settings(db_url=sqlite_url)))
    token = sign(keys, BASE + PATH)
    with one.client, two:
        assert one.client.get(PATH, headers=bearer(token)).status_code == 200
        r = two.get(PATH, headers=bearer(token))
        assert (r.status_code, r.json()["error"]) == (401, "replayed_token")
        fresh = sign(keys, BASE + PATH)
        assert two.get(PATH, headers=bearer(fresh)).status_code == 200
        r = one.client.get(PATH, headers=bearer(fresh))
        assert (r.status_code, r.json()["error"]) == (401, "replayed_token")


def test_rows_match_what_the_orm_writes_and_expired_ones_are_purged(
    db_url: str, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    from api.db.models import SeenJti
    from test_api_support import make_factory

    import api.security.replay as replay

    factory = make_factory(db_url)
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    monkeypatch.setattr(replay.random, "random", lambda: 1.0)  # no purge
    remember_jti(factory, ISS, "old", now - dt.timedelta(minutes=1))
    remember_jti(factory, ISS, "live", now + dt.timedelta(minutes=5))
    with factory() as session:
        rows = {r.key: r.expires_at for r in session.query(SeenJti)}
    assert rows == {jti_key(ISS, "old"): now - dt.timedelta(minutes=1),
                    jti_key(ISS, "live"): now + dt.timedelta(minutes=5)}
    monkeypatch.setattr(replay.random, "random", lambda: 0.0)  # purge on this call
    remember_jti(factory, ISS, "next", now + dt.timedelta(minutes=5))
    with factory() as session:
        keys_ = {r.key for r in session.query(SeenJti)}
    assert keys_ == {jti_key(ISS, "live"), jti_key(ISS, "next")}
    with pytest.raises(AuthError) as err:
        remember_jti(factory, ISS, "live", now + dt.timedelta(minutes=5))
    assert err.value.code == "replayed_token"


def test_a_rotated_key_replaces_the_cached_one(sqlite_url: str, keys: KeySet) -> None:  # noqa: F811
    svc = build_service(sqlite_url, keys)
    with svc.client:
        assert svc.client.get(PATH, headers=bearer(sign(keys, BASE + PATH))).status_code == 200
        # The EHR rotates its RSA key under the same kid; we re-trust its new JWKS.
        new_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        rotated = KeySet(rsa_key=new_key, ec_key=keys.ec_key)
        with session_scope(svc.app.state.sessionmaker) as session:
            trust_issuer(session, ISS, rotated.jwks())
        svc.app.state.trust_store.clear()  # what the trust-cache TTL does on its own
        old = svc.client.get(PATH, headers=bearer(sign(keys, BASE + PATH)))
        assert (old.status_code, old.json()["error"]) == (401, "bad_signature")
        assert svc.client.get(PATH, headers=bearer(sign(rotated, BASE + PATH))).status_code == 200
        assert jwt.get_unverified_header(sign(rotated, BASE + PATH))["kid"] == RSA_KID


def test_on_loop_verification_never_fetches() -> None:
    from api.security.jwks import CachingFetcher, FetchDeferred, cached_only

    fetched: list[str] = []

    def fetch(url: str) -> dict[str, object]:
        fetched.append(url)
        return {"keys": []}

    with pytest.raises(FetchDeferred):
        cached_only(fetch)("https://ehr.example/jwks")  # a plain fetcher has no cache to read
    caching = CachingFetcher(fetch, ttl_s=60)
    with pytest.raises(FetchDeferred):
        cached_only(caching)("https://ehr.example/jwks")
    assert fetched == []
    assert caching("https://ehr.example/jwks") == {"keys": []}  # the worker-thread path fetches once
    assert cached_only(caching)("https://ehr.example/jwks") == {"keys": []}
    assert fetched == ["https://ehr.example/jwks"]


def test_jku_issuer_is_verified_through_the_thread_path(sqlite_url: str, keys: KeySet) -> None:  # noqa: F811
    svc = build_service(sqlite_url, keys)
    assert svc.app.state.verify_on_loop is True
    with session_scope(svc.app.state.sessionmaker) as session:
        trust_issuer(session, ISS, jku="https://ehr.example.org/jwks.json")
    svc.app.state.trust_store.clear()
    with svc.client:
        assert svc.client.get(PATH, headers=bearer(sign(keys, BASE + PATH))).status_code == 200
    assert svc.fetched == ["https://ehr.example.org/jwks.json"]
