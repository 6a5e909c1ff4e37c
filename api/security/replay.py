"""The jti replay cache, in the database so it holds across workers and restarts.

A token id is remembered until its `exp` (plus leeway); inserting it twice violates the primary
key, which is the replay signal. Expired ids are purged opportunistically.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from sqlalchemy import delete, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from api.db.models import SeenJti
from api.security.errors import AuthError

PURGE_PROBABILITY = 0.01


def remember_jti(factory: sessionmaker[Session], iss: str, jti: str, expires_at: dt.datetime) -> None:
    """Record `jti` for `iss`; raise :class:`AuthError` when it was seen before."""
    key = hashlib.sha256(f"{iss}\0{jti}".encode()).hexdigest()
    with factory() as session:
        if random.random() < PURGE_PROBABILITY:
            session.execute(delete(SeenJti).where(SeenJti.expires_at < dt.datetime.now(dt.timezone.utc)))
        try:
            # A Core insert: this runs on every signed call, and the ORM unit of work costs more than the row.
            session.execute(insert(SeenJti).values(key=key, expires_at=expires_at))
            session.commit()
        except IntegrityError:
            session.rollback()
            raise AuthError("token already used (jti replay)", code="replayed_token") from None
