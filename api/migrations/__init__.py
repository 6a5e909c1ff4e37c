"""Alembic migrations, run programmatically by `api.db.migrate.upgrade`."""
