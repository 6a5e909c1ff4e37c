"""The JWKS trust store: which issuers may call and with which keys.

Keys come either from a JWKS shared out of band (`painpoint cds trust --iss ISS --jwks FILE`) or
from the one `jku` URL allow-listed for that issuer. Fetching is a plain callable handed to the app,
so tests inject a dictionary lookup and never touch the network.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.orm import Session

from api.db.models import TrustedIssuer
from api.security.errors import AuthError

JwksFetcher = Callable[[str], dict[str, Any]]
MAX_JWKS_BYTES = 256_000


def http_jwks_fetcher(url: str) -> dict[str, Any]:
    """Fetch a JWKS over HTTPS with a short timeout and a size cap (the production fetcher)."""
    if not url.startswith("https://"):
        raise AuthError("jku must be an https URL", code="untrusted_jku")
    try:
        response = httpx.get(url, timeout=5.0, follow_redirects=False)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise AuthError(f"could not fetch JWKS from jku ({type(exc).__name__})", code="jwks_unavailable") from None
    if len(response.content) > MAX_JWKS_BYTES:
        raise AuthError("JWKS from jku is too large")
    try:
        return response.json()
    except ValueError:
        raise AuthError("JWKS from jku is not JSON", code="jwks_unavailable") from None


class FetchDeferred(Exception):
    """A fetcher that may not block (the event loop's) would have to go to the network: the caller
    retries the verification where blocking is fine (a worker thread)."""


class CachingFetcher:
    """Wraps a fetcher so a JWKS URL is fetched at most once per `ttl_s`."""

    def __init__(self, fetch: JwksFetcher, ttl_s: float) -> None:
        self._fetch = fetch
        self._ttl = ttl_s
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[float, dict[str, Any]]] = {}

    def peek(self, url: str) -> dict[str, Any] | None:
        """The cached JWKS for `url` while it is fresh; None when a call would fetch."""
        with self._lock:
            hit = self._cache.get(url)
            return hit[1] if hit and time.monotonic() - hit[0] < self._ttl else None

    def __call__(self, url: str) -> dict[str, Any]:
        now = time.monotonic()
        hit = self.peek(url)
        if hit is not None:
            return hit
        jwks = self._fetch(url)
        with self._lock:
            self._cache[url] = (now, jwks)
        return jwks


def validate_jwks(jwks: Any) -> dict[str, Any]:
    """Check the JWKS shape and that every key has a `kid` (the spec requires kids to be unique)."""
    if not isinstance(jwks, dict) or not isinstance(jwks.get("keys"), list) or not jwks["keys"]:
        raise ValueError("a JWKS is an object with a non-empty 'keys' array")
    kids = [k.get("kid") for k in jwks["keys"] if isinstance(k, dict)]
    if len(kids) != len(jwks["keys"]) or any(not kid for kid in kids):
        raise ValueError("every key in the JWKS needs a 'kid'")
    if len(set(kids)) != len(kids):
        raise ValueError("'kid' values in the JWKS must be unique")
    for key in jwks["keys"]:
        if "d" in key:
            raise ValueError(f"key {key['kid']!r} holds private material; share the public JWKS only")
    return jwks


def trust_issuer(session: Session, iss: str, jwks: dict[str, Any] | None = None, jku: str | None = None) -> None:
    """Add or replace an issuer in the trust store."""
    if jwks is None and jku is None:
        raise ValueError("give a JWKS, a jku, or both")
    if jwks is not None:
        validate_jwks(jwks)
    row = session.get(TrustedIssuer, iss)
    if row is None:
        session.add(TrustedIssuer(iss=iss, jwks=jwks, jku=jku))
    else:
        row.jwks, row.jku = jwks, jku
    session.flush()


def read_jwks_file(path: Path) -> dict[str, Any]:
    return validate_jwks(json.loads(path.read_text(encoding="utf-8")))


class TrustStore:
    """Reads trusted issuers from the database, keeping each answer for `ttl_s` seconds.

    Every signed call needs its issuer's keys; a short cache saves a query per call, and the TTL
    bounds how long a change made with `painpoint cds trust` (another process) takes to apply.
    """

    def __init__(self, factory: Any, ttl_s: float) -> None:
        self._factory = factory
        self._ttl = ttl_s
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[float, tuple[dict[str, Any] | None, str | None] | None]] = {}

    def issuer(self, iss: str) -> tuple[dict[str, Any] | None, str | None] | None:
        """(jwks, jku) for a trusted issuer; None when it is not trusted."""
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(iss)
            if hit and now - hit[0] < self._ttl:
                return hit[1]
        with self._factory() as session:
            row = session.get(TrustedIssuer, iss)
            value = None if row is None else (row.jwks, row.jku)
        with self._lock:
            if len(self._cache) > 1000:
                self._cache.clear()
            self._cache[iss] = (now, value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()


def cached_only(fetch: JwksFetcher) -> JwksFetcher:
    """`fetch` limited to what it has cached (`CachingFetcher.peek`); anything else raises
    :class:`FetchDeferred`, so verification can run on the event loop without ever waiting on the
    network."""
    peek = getattr(fetch, "peek", None)

    def cached(url: str) -> dict[str, Any]:
        hit = peek(url) if peek is not None else None
        if hit is None:
            raise FetchDeferred(url)
        return hit

    return cached


def _fetch(fetch: JwksFetcher, url: str) -> dict[str, Any]:
    """Any failure of the (injectable) fetcher is the caller's 401, never our 500."""
    try:
        return fetch(url)
    except (AuthError, FetchDeferred):
        raise
    except Exception as exc:
        raise AuthError(f"could not fetch JWKS from jku ({type(exc).__name__})", code="jwks_unavailable") from None


def find_key(
    store: TrustStore, iss: str, kid: str, jku: str | None, fetch: JwksFetcher
) -> dict[str, Any]:
    """The JWK for (`iss`, `kid`): from the stored JWKS, or from the issuer's allow-listed `jku`."""
    issuer = store.issuer(iss)
    if issuer is None:
        raise AuthError("issuer is not trusted", code="untrusted_issuer")
    stored_jwks, allowed_jku = issuer
    if jku is not None:
        if allowed_jku is None or jku != allowed_jku:
            raise AuthError("jku is not allow-listed for this issuer", code="untrusted_jku")
        jwks = _fetch(fetch, jku)
    elif stored_jwks is not None:
        jwks = stored_jwks
    elif allowed_jku is not None:
        jwks = _fetch(fetch, allowed_jku)
    else:  # pragma: no cover - trust_issuer refuses this
        raise AuthError("issuer has no keys", code="untrusted_issuer")
    keys = jwks.get("keys") if isinstance(jwks, dict) else None
    for key in keys or []:
        if isinstance(key, dict) and key.get("kid") == kid:
            return key
    raise AuthError("unknown kid", code="unknown_kid")
