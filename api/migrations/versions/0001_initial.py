"""Initial schema: analyses, families, feedback, API keys, trusted issuers, seen jti.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "analyses",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("payer", sa.String(64), nullable=False),
        sa.Column("date_of_service", sa.Date, nullable=True),
        sa.Column("place_of_service", sa.String(8), nullable=True),
        sa.Column("patient_ref", sa.String(256), nullable=True),
        sa.Column("encounter_ref", sa.String(256), nullable=True),
        sa.Column("source", sa.String(256), nullable=True),
        sa.Column("kb_version", sa.String(64), nullable=False),
        sa.Column("code_count", sa.Integer, nullable=False),
        sa.Column("finding_count", sa.Integer, nullable=False),
        sa.Column("result", sa.JSON, nullable=False),
    )
    op.create_index("ix_analyses_created_at", "analyses", ["created_at"])
    op.create_index("ix_analyses_status", "analyses", ["status"])
    op.create_index("ix_analyses_payer", "analyses", ["payer"])
    op.create_index("ix_analyses_date_of_service", "analyses", ["date_of_service"])
    op.create_index("ix_analyses_created_id", "analyses", ["created_at", "id"])
    op.create_table(
        "analysis_families",
        sa.Column(
            "analysis_id", sa.String(36), sa.ForeignKey("analyses.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("family", sa.String(64), primary_key=True),
    )
    op.create_index("ix_analysis_families_family", "analysis_families", ["family"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("service_id", sa.String(64), nullable=False),
        sa.Column("card", sa.String(64), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("accepted_suggestions", sa.JSON, nullable=True),
        sa.Column("override_code", sa.String(128), nullable=True),
        sa.Column("override_system", sa.String(256), nullable=True),
        sa.Column("override_display", sa.String(256), nullable=True),
        sa.Column("user_comment", sa.Text, nullable=True),
        sa.Column("outcome_timestamp", TZ, nullable=False),
        sa.Column("received_at", TZ, nullable=False),
    )
    op.create_index("ix_feedback_service_id", "feedback", ["service_id"])
    op.create_index("ix_feedback_card", "feedback", ["card"])
    op.create_index("ix_feedback_outcome", "feedback", ["outcome"])
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("name", sa.String(128), nullable=False, unique=True),
        sa.Column("secret_hash", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("revoked_at", TZ, nullable=True),
    )
    op.create_table(
        "trusted_issuers",
        sa.Column("iss", sa.String(512), primary_key=True),
        sa.Column("jwks", sa.JSON, nullable=True),
        sa.Column("jku", sa.String(1024), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "seen_jti",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("expires_at", TZ, nullable=False),
    )
    op.create_index("ix_seen_jti_expires_at", "seen_jti", ["expires_at"])


def downgrade() -> None:
    for table in ("seen_jti", "trusted_issuers", "api_keys", "feedback", "analysis_families", "analyses"):
        op.drop_table(table)
