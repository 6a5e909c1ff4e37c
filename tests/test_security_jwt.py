"""JWT rules for CDS Hooks (and REST) calls, with keys generated in the test session.

Accepted: RS384 and ES384 from a trusted issuer whose JWKS holds the `kid`. Rejected with 401 and a
specific reason: expired, wrong `aud`, unknown `kid`, HMAC, `none`, replayed `jti`, untrusted `iss`,
jku not allow-listed, missing claims, stale or future `iat`, key/alg mismatch, bad signature.
"""

from __future__ import annotations

import base64
import json
import time
import uuid

import jwt
import pytest

from api.db.session import session_scope
from api.security.jwks import trust_issuer
from test_api_support import BASE, ISS, KeySet, Service, bearer, keys, service, sign, sqlite_url  # noqa: F401

PATH = "/cds-services"


def status_and_error(svc: Service, headers: dict[str, str], path: str = PATH) -> tuple[int, str | None]:
    r = svc.client.get(path, headers=headers)
    return r.status_code, (r.json().get("error") if r.status_code != 200 else None)


@pytest.mark.parametrize("alg", ["RS384", "ES384"])
def test_rs384_and_es384_are_accepted(service: Service, keys: KeySet, alg: str) -> None:
    assert status_and_error(service, bearer(sign(keys, BASE + PATH, alg=alg))) == (200, None)


def test_expired(service: Service, keys: KeySet) -> None:
    token = sign(keys, BASE + PATH, iat_ago=400, exp_in=300)  # expired 100 s ago, beyond the 30 s leeway
    assert status_and_error(service, bearer(token)) == (401, "expired_token")


def test_wrong_audience(service: Service, keys: KeySet) -> None:
    assert status_and_error(service, bearer(sign(keys, BASE + "/cds-services/other"))) == (401, "wrong_audience")
    assert status_and_error(service, bearer(sign(keys, "https://elsewhere.example" + PATH))) == (
        401, "wrong_audience")


def test_unknown_kid(service: Service, keys: KeySet) -> None:
    assert status_and_error(service, bearer(sign(keys, BASE + PATH, kid="rotated-away"))) == (401, "unknown_kid")


def test_hmac_is_refused_even_with_the_public_key_as_secret(service: Service, keys: KeySet) -> None:
    now = int(time.time())
    claims = {"iss": ISS, "aud": BASE + PATH, "iat": now, "exp": now + 300, "jti": str(uuid.uuid4())}
    token = jwt.encode(claims, "a-shared-secret-long-enough-for-sha384-0123456789abcdef", algorithm="HS384", headers={"kid": "rsa-1"})
    assert status_and_error(service, bearer(token)) == (401, "bad_algorithm")
    # The classic confusion attack: HS256 keyed with the RSA public key's bytes.
    pub = json.dumps(keys.jwks()["keys"][0]).encode()
    import hashlib
    import hmac as _hmac

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    head = b64(json.dumps({"alg": "HS256", "kid": "rsa-1", "typ": "JWT"}).encode())
    body = b64(json.dumps(claims | {"jti": str(uuid.uuid4())}).encode())
    sig = b64(_hmac.new(pub, f"{head}.{body}".encode(), hashlib.sha256).digest())
    assert status_and_error(service, bearer(f"{head}.{body}.{sig}")) == (401, "bad_algorithm")


def test_alg_none_is_refused(service: Service) -> None:
    now = int(time.time())
    claims = {"iss": ISS, "aud": BASE + PATH, "iat": now, "exp": now + 300, "jti": str(uuid.uuid4())}
    token = jwt.encode(claims, None, algorithm="none", headers={"kid": "rsa-1"})
    assert status_and_error(service, bearer(token)) == (401, "bad_algorithm")


def test_rs256_is_refused(service: Service, keys: KeySet) -> None:
    now = int(time.time())
    claims = {"iss": ISS, "aud": BASE + PATH, "iat": now, "exp": now + 300, "jti": str(uuid.uuid4())}
    token = jwt.encode(claims, keys.rsa_key, algorithm="RS256", headers={"kid": "rsa-1"})
    assert status_and_error(service, bearer(token)) == (401, "bad_algorithm")


def test_replayed_jti(service: Service, keys: KeySet) -> None:
    token = sign(keys, BASE + PATH, jti="once-only")
    assert status_and_error(service, bearer(token)) == (200, None)
    assert status_and_error(service, bearer(token)) == (401, "replayed_token")
    # Same jti in a freshly signed token: still a replay.
    assert status_and_error(service, bearer(sign(keys, BASE + PATH, jti="once-only", alg="ES384"))) == (
        401, "replayed_token")


def test_untrusted_issuer(service: Service, keys: KeySet) -> None:
    token = sign(keys, BASE + PATH, iss="https://rogue.example/fhir")
    assert status_and_error(service, bearer(token)) == (401, "untrusted_issuer")


@pytest.mark.parametrize("claim", ["exp", "iat", "jti", "aud"])
def test_missing_required_claims(service: Service, keys: KeySet, claim: str) -> None:
    code, error = status_and_error(service, bearer(sign(keys, BASE + PATH, drop=(claim,))))
    assert (code, error) == (401, "invalid_token")


def test_stale_and_future_iat(service: Service, keys: KeySet) -> None:
    stale = sign(keys, BASE + PATH, iat_ago=3600, exp_in=7200)  # still unexpired, but issued an hour ago
    assert status_and_error(service, bearer(stale)) == (401, "expired_token")
    future = sign(keys, BASE + PATH, iat_ago=-600)
    assert status_and_error(service, bearer(future)) == (401, "invalid_token")


def test_key_type_must_match_algorithm(service: Service, keys: KeySet) -> None:
    token = sign(keys, BASE + PATH, alg="ES384", kid="rsa-1")
    assert status_and_error(service, bearer(token)) == (401, "bad_algorithm")


def test_tampered_signature(service: Service, keys: KeySet) -> None:
    head, body, sig = sign(keys, BASE + PATH).split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["sub"] = "someone-else"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    assert status_and_error(service, bearer(f"{head}.{forged}.{sig}")) == (401, "bad_signature")


def test_garbage_token(service: Service) -> None:
    assert status_and_error(service, bearer("a.b.c")) == (401, "invalid_token")
    assert status_and_error(service, {"Authorization": "Basic dXNlcjpwYXNz"}) == (401, "missing_credentials")


def test_jku_must_be_allow_listed_and_is_fetched_through_the_injected_fetcher(
    service: Service, keys: KeySet
) -> None:
    jku = "https://ehr.example.org/jwks.json"
    token = sign(keys, BASE + PATH, extra_headers={"jku": jku})
    assert status_and_error(service, bearer(token)) == (401, "untrusted_jku")
    assert service.fetched == []
    with session_scope(service.app.state.sessionmaker) as session:
        trust_issuer(session, ISS, None, jku)  # keys now only via the jku
    service.app.state.trust_store.clear()  # trusted issuers are cached for trust_cache_s
    assert status_and_error(service, bearer(sign(keys, BASE + PATH, extra_headers={"jku": jku}))) == (200, None)
    assert status_and_error(service, bearer(sign(keys, BASE + PATH))) == (200, None)
    assert service.fetched == [jku, jku]
    other = sign(keys, BASE + PATH, extra_headers={"jku": "https://evil.example/jwks.json"})
    assert status_and_error(service, bearer(other)) == (401, "untrusted_jku")


def test_rest_accepts_an_ehr_jwt_for_the_url_or_the_base(service: Service, keys: KeySet) -> None:
    path = "/v1/feedback"
    assert service.client.get(path, headers=bearer(sign(keys, BASE + path))).status_code == 200
    assert service.client.get(path, headers=bearer(sign(keys, BASE))).status_code == 200
    r = service.client.get(path, headers=bearer(sign(keys, BASE + "/v1/analyses")))
    assert (r.status_code, r.json()["error"]) == (401, "wrong_audience")


def test_public_base_url_sets_the_audience(sqlite_url: str, keys: KeySet) -> None:  # noqa: F811
    from test_api_support import build_service

    svc = build_service(sqlite_url, keys, public_base_url="https://pain.example.org/")
    with svc.client:
        assert status_and_error(svc, bearer(sign(keys, BASE + PATH))) == (401, "wrong_audience")
        assert status_and_error(svc, bearer(sign(keys, "https://pain.example.org" + PATH))) == (200, None)


def test_trust_store_refuses_bad_jwks(service: Service, keys: KeySet) -> None:
    with session_scope(service.app.state.sessionmaker) as session:
        with pytest.raises(ValueError, match="every key in the JWKS needs a 'kid'"):
            trust_issuer(session, "https://x.example", {"keys": [{"kty": "RSA"}]})
        with pytest.raises(ValueError, match="private material"):
            jwk = jwt.algorithms.ECAlgorithm.to_jwk(keys.ec_key, as_dict=True) | {"kid": "k"}
            trust_issuer(session, "https://x.example", {"keys": [jwk]})
        with pytest.raises(ValueError, match="give a JWKS, a jku, or both"):
            trust_issuer(session, "https://x.example")


def test_a_failing_jwks_fetch_is_401(service: Service, keys: KeySet) -> None:
    jku = "https://ehr.example.org/gone.json"  # the injected fetcher has no such URL: KeyError
    with session_scope(service.app.state.sessionmaker) as session:
        trust_issuer(session, ISS, None, jku)
    service.app.state.trust_store.clear()
    assert status_and_error(service, bearer(sign(keys, BASE + PATH))) == (401, "jwks_unavailable")


def test_http_fetcher_refuses_plain_http() -> None:
    from api.security.errors import AuthError
    from api.security.jwks import http_jwks_fetcher

    with pytest.raises(AuthError) as err:
        http_jwks_fetcher("http://ehr.example.org/jwks.json")  # refused before any connection
    assert err.value.code == "untrusted_jku"


def test_caching_fetcher_reuses_a_jwks_for_its_ttl(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from api.security import jwks as jwks_mod

    calls: list[str] = []
    clock = [100.0]
    monkeypatch.setattr(jwks_mod.time, "monotonic", lambda: clock[0])
    fetch = jwks_mod.CachingFetcher(lambda url: calls.append(url) or {"keys": []}, ttl_s=300)
    fetch("https://a.example/jwks")
    clock[0] += 299
    fetch("https://a.example/jwks")
    fetch("https://b.example/jwks")
    clock[0] += 2
    fetch("https://a.example/jwks")
    assert calls == ["https://a.example/jwks", "https://b.example/jwks", "https://a.example/jwks"]
