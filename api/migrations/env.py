"""Alembic environment: always run online on the connection handed in by `api.db.migrate`."""

from __future__ import annotations

from alembic import context

from api.db.migrate import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable from the alembic CLI without our helper
    raise RuntimeError("run migrations through api.db.migrate.upgrade(engine)")

context.configure(connection=connection, target_metadata=metadata(), render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
