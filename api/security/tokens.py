"""JWT verification following the CDS Hooks security rules.

Only asymmetric RS384 and ES384 are accepted (`none` and HMAC are refused before any key is looked
up, so a public key can never be used as an HMAC secret); `kid` must be in the issuer's trusted
JWKS; `iss` must be trusted; `aud` must equal the URL called; `exp` and `iat` are required and
checked with a small leeway; `jti` is single-use.
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import jwt
from sqlalchemy.orm import Session, sessionmaker

from api.security.errors import AuthError
from api.security.jwks import JwksFetcher, TrustStore, find_key
from api.security.replay import remember_jti

ALLOWED_ALGS = {"RS384": "RSA", "ES384": "EC"}


@dataclass(frozen=True)
class VerifiedToken:
    iss: str
    sub: str | None
    jti: str
    claims: dict[str, Any]


class _KeyCache:
    """Public-key objects built from trusted JWKs, by (iss, kid, alg).

    Building a key from its JWK is cheap but not free, and it happens on every signed call. An entry
    is used only while the JWK it was built from is still the one the trust store returns (compared
    by value), so a re-trusted or rotated key is picked up as soon as the store sees it. Bounded.
    """

    MAX = 256

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._data: dict[tuple[str, str, str], tuple[dict[str, Any], Any]] = {}

    def key(self, iss: str, kid: str, alg: str, jwk: dict[str, Any]) -> Any:
        slot = (iss, kid, alg)
        with self._lock:
            hit = self._data.get(slot)
        if hit is not None and (hit[0] is jwk or hit[0] == jwk):
            return hit[1]
        try:
            key = jwt.PyJWK(jwk, algorithm=alg).key
        except jwt.PyJWTError:
            raise AuthError("trusted JWK is unusable") from None
        with self._lock:
            if len(self._data) >= self.MAX:
                self._data.clear()
            self._data[slot] = (copy.deepcopy(jwk), key)
        return key


_KEYS = _KeyCache()


def looks_like_jwt(token: str) -> bool:
    return token.count(".") == 2


def verify_jwt(
    token: str,
    *,
    audiences: Iterable[str],
    factory: sessionmaker[Session],
    store: TrustStore,
    fetch: JwksFetcher,
    leeway_s: int,
    max_age_s: int,
) -> VerifiedToken:
    """Verify `token`; return its issuer and claims or raise :class:`AuthError`."""
    try:
        parsed = jwt.api_jwt.decode_complete(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise AuthError("malformed JWT") from None
    header, unverified = parsed["header"], parsed["payload"]
    alg = header.get("alg")
    if alg not in ALLOWED_ALGS:
        raise AuthError(f"JWT algorithm {alg!r} is not allowed; use RS384 or ES384", code="bad_algorithm")
    kid = header.get("kid")
    if not isinstance(kid, str) or not kid:
        raise AuthError("JWT header has no kid")
    if header.get("typ") not in (None, "JWT"):
        raise AuthError("JWT typ must be 'JWT'")
    iss = unverified.get("iss")
    if not isinstance(iss, str) or not iss:
        raise AuthError("JWT has no iss")
    jku = header.get("jku")
    if jku is not None and not isinstance(jku, str):
        raise AuthError("JWT jku must be a string")

    jwk = find_key(store, iss, kid, jku, fetch)
    if jwk.get("kty") != ALLOWED_ALGS[alg]:
        raise AuthError("key type does not match the JWT algorithm", code="bad_algorithm")
    key = _KEYS.key(iss, kid, alg, jwk)

    audience = list(audiences)
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=[alg],
            audience=audience,
            issuer=iss,
            leeway=leeway_s,
            options={"require": ["iss", "aud", "exp", "iat", "jti"]},
        )
    except jwt.ExpiredSignatureError:
        raise AuthError("JWT has expired", code="expired_token") from None
    except jwt.InvalidAudienceError:
        raise AuthError("JWT aud does not match the URL called", code="wrong_audience") from None
    except jwt.ImmatureSignatureError:
        raise AuthError("JWT is not valid yet (iat/nbf in the future)") from None
    except jwt.MissingRequiredClaimError as exc:
        raise AuthError(f"JWT lacks the {exc.claim!r} claim") from None
    except jwt.InvalidSignatureError:
        raise AuthError("JWT signature does not verify", code="bad_signature") from None
    except jwt.PyJWTError:
        raise AuthError("JWT is invalid") from None

    now = dt.datetime.now(dt.timezone.utc).timestamp()
    iat = claims["iat"]
    if not isinstance(iat, (int, float)) or iat < now - max_age_s:
        raise AuthError("JWT iat is too old", code="expired_token")
    jti = claims["jti"]
    if not isinstance(jti, str) or not jti:
        raise AuthError("JWT jti must be a non-empty string")
    expires_at = dt.datetime.fromtimestamp(float(claims["exp"]) + leeway_s, dt.timezone.utc)
    remember_jti(factory, iss, jti, expires_at)
    sub = claims.get("sub")
    return VerifiedToken(iss=iss, sub=sub if isinstance(sub, str) else None, jti=jti, claims=claims)
