"""Server-side login sessions. The cookie holds 32 random bytes; the table holds their SHA-256, the
user, the session's CSRF token and an absolute expiry. Logging out deletes the row, so a stolen
cookie stops working at once."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from api.db.repository import as_utc
from api.db.web_models import WebSession, WebUser
from api.web.passwords import DUMMY_HASH, verify_password

COOKIE = "pp_session"


@dataclass(frozen=True)
class CurrentUser:
    """The logged-in user as handlers see it (no ORM object leaks into templates)."""

    id: int
    username: str
    role: str
    csrf_token: str

    def can(self, *roles: str) -> bool:
        return self.role == "admin" or self.role in roles


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def authenticate(session: Session, username: str, password: str) -> WebUser | None:
    user = session.scalar(select(WebUser).where(WebUser.username == username))
    if user is None:
        verify_password(password, DUMMY_HASH)  # same cost as a real check: no user enumeration by timing
        return None
    if not verify_password(password, user.password_hash) or user.disabled:
        return None
    return user


def start_session(session: Session, user: WebUser, hours: float) -> str:
    """A new session (a fresh token on every login, so a planted cookie is never promoted)."""
    now = dt.datetime.now(dt.timezone.utc)
    session.execute(delete(WebSession).where(WebSession.expires_at < now))
    token = secrets.token_urlsafe(32)
    session.add(
        WebSession(
            token_hash=_hash(token),
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + dt.timedelta(hours=hours),
        )
    )
    session.flush()
    return token


def lookup(session: Session, token: str | None) -> CurrentUser | None:
    if not token:
        return None
    row = session.get(WebSession, _hash(token))
    if row is None or as_utc(row.expires_at) <= dt.datetime.now(dt.timezone.utc):
        return None
    user = session.get(WebUser, row.user_id)
    if user is None or user.disabled:
        return None
    return CurrentUser(user.id, user.username, user.role, row.csrf_token)


def end_session(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(WebSession).where(WebSession.token_hash == _hash(token)))
