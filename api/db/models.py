"""ORM models. Kept apart from the API schemas (`api/schemas`) so the wire format and the table
layout can change independently; the Alembic migrations in `api/migrations` are the source of truth
for the tables, these classes mirror them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Base(DeclarativeBase):
    pass


class Analysis(Base):
    """One stored analysis (only when the caller asked `store: true`). No note text in this table:
    the web workspace keeps it apart (`web_notes`) for coder review."""

    __tablename__ = "analyses"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    payer: Mapped[str] = mapped_column(String(64), index=True)
    date_of_service: Mapped[dt.date | None] = mapped_column(Date, index=True)
    place_of_service: Mapped[str | None] = mapped_column(String(8))
    patient_ref: Mapped[str | None] = mapped_column(String(256))
    encounter_ref: Mapped[str | None] = mapped_column(String(256))
    source: Mapped[str | None] = mapped_column(String(256))
    kb_version: Mapped[str] = mapped_column(String(64))
    code_count: Mapped[int] = mapped_column(Integer)
    finding_count: Mapped[int] = mapped_column(Integer)
    result: Mapped[dict] = mapped_column(JSON)
    families: Mapped[list[AnalysisFamily]] = relationship(
        back_populates="analysis", cascade="all, delete-orphan", lazy="selectin"
    )


class AnalysisFamily(Base):
    """Procedure families of an analysis, one row each, so the list can filter on family with an index."""

    __tablename__ = "analysis_families"

    analysis_id: Mapped[str] = mapped_column(ForeignKey("analyses.id", ondelete="CASCADE"), primary_key=True)
    family: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    analysis: Mapped[Analysis] = relationship(back_populates="families")


class Feedback(Base):
    """One CDS Hooks feedback item: what the clinician did with a card."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    service_id: Mapped[str] = mapped_column(String(64), index=True)
    card: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(16), index=True)
    accepted_suggestions: Mapped[list | None] = mapped_column(JSON)
    override_code: Mapped[str | None] = mapped_column(String(128))
    override_system: Mapped[str | None] = mapped_column(String(256))
    override_display: Mapped[str | None] = mapped_column(String(256))
    user_comment: Mapped[str | None] = mapped_column(Text)
    outcome_timestamp: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApiKey(Base):
    """An API key; only a SHA-256 of its secret is kept (keys are 256-bit random, so no slow KDF is needed)."""

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class TrustedIssuer(Base):
    """An EHR allowed to call: its `iss`, its JWKS (shared out of band) and/or the one `jku` it may point to."""

    __tablename__ = "trusted_issuers"

    iss: Mapped[str] = mapped_column(String(512), primary_key=True)
    jwks: Mapped[dict | None] = mapped_column(JSON)
    jku: Mapped[str | None] = mapped_column(String(1024))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SeenJti(Base):
    """JWT ids already used, kept until the token expires, so a captured token cannot be replayed."""

    __tablename__ = "seen_jti"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


Index("ix_analyses_created_id", Analysis.created_at, Analysis.id)
