"""Tables of the web workspace (issue 5): accounts, sessions, kept note text, claim lines under
review, physician queries and the append-only audit trail.

They live on the service's `Base` so one Alembic history (`0002_web_workspace`) creates them next
to `analyses`. The note text is kept here, and only here, because a coder cannot review evidence
highlights without it; the service's own `analyses` table deliberately never holds text.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from api.db.models import Base, utcnow
from api.db.roles import ROLES  # noqa: F401  (defined apart for the command line's help)


class WebUser(Base):
    """A workspace account. One role each; `admin` may do what every other role may."""

    __tablename__ = "web_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)


class WebSession(Base):
    """A server-side login session. Only a SHA-256 of the cookie value is kept, so a copy of the
    table does not let anyone log in; the CSRF token belongs to the session and dies with it."""

    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("web_users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class WebNote(Base):
    """The note text of a stored analysis, kept for review, with the worklist's sort/filter keys."""

    __tablename__ = "web_notes"

    analysis_id: Mapped[str] = mapped_column(ForeignKey("analyses.id"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    highest_severity: Mapped[str] = mapped_column(String(16), index=True)  # error|warning|info|none
    severity_rank: Mapped[int] = mapped_column(Integer, index=True)  # 3, 2, 1, 0: sorts worst first
    review_state: Mapped[str] = mapped_column(String(16), index=True)  # waiting|reviewed
    submitted_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ClaimLine(Base):
    """The current state of one claim line under review; every change is also an `AuditEvent`."""

    __tablename__ = "web_claim_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    analysis_id: Mapped[str] = mapped_column(ForeignKey("analyses.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    proposed_index: Mapped[int | None] = mapped_column(Integer)  # index into result.codes; None if added
    code: Mapped[str] = mapped_column(String(16))
    modifiers: Mapped[list] = mapped_column(JSON)
    units: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(16))  # pending|accepted|modified|rejected
    reason: Mapped[str | None] = mapped_column(Text)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)


class PhysicianQuery(Base):
    """A drafted documentation query to the physician about one finding."""

    __tablename__ = "web_queries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    analysis_id: Mapped[str] = mapped_column(ForeignKey("analyses.id"), index=True)
    finding_id: Mapped[str] = mapped_column(String(128))
    element: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEvent(Base):
    """One decision: who, when, what, before and after. Append-only: the ORM refuses updates and
    deletes (below) and the migration adds database triggers that refuse them too."""

    __tablename__ = "web_audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    analysis_id: Mapped[str] = mapped_column(ForeignKey("analyses.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    username: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32))
    line_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)


class AppendOnlyError(RuntimeError):
    """Raised on any attempt to change or delete an audit event."""


@event.listens_for(AuditEvent, "before_update")
def _no_update(*_args: object) -> None:
    raise AppendOnlyError("audit events are append-only")


@event.listens_for(AuditEvent, "before_delete")
def _no_delete(*_args: object) -> None:
    raise AppendOnlyError("audit events are append-only")
