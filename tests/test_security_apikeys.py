"""API keys: printed once, stored as a hash, verified in constant time, revocable."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from api.db.models import ApiKey
from api.db.session import session_scope
from api.security.apikeys import create_api_key, verify_api_key
from test_api_support import make_factory, sqlite_url  # noqa: F401


def test_key_is_stored_hashed_and_verifies(sqlite_url: str) -> None:  # noqa: F811
    factory = make_factory(sqlite_url)
    with session_scope(factory) as session:
        key = create_api_key(session, "billing")
    assert key.startswith("pp_") and len(key) > 50
    with session_scope(factory) as session:
        row = session.scalars(select(ApiKey)).one()
        secret = key.split("_", 2)[2]
        assert row.secret_hash == hashlib.sha256(secret.encode()).hexdigest()
        assert secret not in row.secret_hash and key not in (row.id, row.name)
        assert verify_api_key(session, key).name == "billing"
        assert verify_api_key(session, key + "x") is None
        assert verify_api_key(session, "pp_" + row.id + "_wrong") is None
        assert verify_api_key(session, "not-a-key") is None
        row.revoked_at = dt.datetime.now(dt.timezone.utc)
    with session_scope(factory) as session:
        assert verify_api_key(session, key) is None


def test_names_are_unique(sqlite_url: str) -> None:  # noqa: F811
    factory = make_factory(sqlite_url)
    with session_scope(factory) as session:
        create_api_key(session, "billing")
    with session_scope(factory) as session, pytest.raises(ValueError, match="already exists"):
        create_api_key(session, "billing")
