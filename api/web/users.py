"""Creating workspace accounts (used by `painpoint users add` and by the tests)."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.db.web_models import ROLES, WebUser
from api.web.passwords import hash_password

_NAME = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")
MIN_PASSWORD = 12


def add_user(session: Session, username: str, role: str, password: str, *, n: int | None = None) -> WebUser:
    """Add an account; `ValueError` with a clear message for a bad name, role, password or a duplicate."""
    if not _NAME.match(username):
        raise ValueError("user names are 1-64 letters, digits or . _ @ -")
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"passwords need at least {MIN_PASSWORD} characters")
    if session.scalar(select(WebUser).where(WebUser.username == username)) is not None:
        raise ValueError(f"user {username!r} already exists")
    user = WebUser(username=username, role=role,
                   password_hash=hash_password(password) if n is None else hash_password(password, n=n))
    session.add(user)
    session.flush()
    return user
