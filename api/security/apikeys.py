"""API keys for REST clients: `pp_<id>_<secret>`, shown once, stored as a SHA-256 of the secret.

The id half lets us find the row without scanning; the secret is 32 random bytes, so a fast hash is
as good as a slow KDF here and keeps every authenticated request cheap.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.db.models import ApiKey

PREFIX = "pp_"


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def looks_like_api_key(token: str) -> bool:
    return token.startswith(PREFIX) and token.count("_") >= 2


def create_api_key(session: Session, name: str) -> str:
    """Store a new key named `name` and return its plaintext (the only time it exists)."""
    if session.scalar(select(ApiKey).where(ApiKey.name == name)) is not None:
        raise ValueError(f"an API key named {name!r} already exists")
    key_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    session.add(ApiKey(id=key_id, name=name, secret_hash=_hash(secret), created_at=dt.datetime.now(dt.timezone.utc)))
    session.flush()
    return f"{PREFIX}{key_id}_{secret}"


def verify_api_key(session: Session, token: str) -> ApiKey | None:
    """The key's row when `token` is a valid, unrevoked key; None otherwise (constant-time compare)."""
    if not looks_like_api_key(token):
        return None
    key_id, _, secret = token[len(PREFIX) :].partition("_")
    row = session.get(ApiKey, key_id)
    if row is None or row.revoked_at is not None:
        return None
    if not hmac.compare_digest(row.secret_hash, _hash(secret)):
        return None
    return row


def revoke_api_key(session: Session, name: str) -> bool:
    """Revoke the key named `name`; False when there is no such active key."""
    row = session.scalar(select(ApiKey).where(ApiKey.name == name, ApiKey.revoked_at.is_(None)))
    if row is None:
        return False
    row.revoked_at = dt.datetime.now(dt.timezone.utc)
    session.flush()
    return True
