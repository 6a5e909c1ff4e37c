"""Programmatic Alembic: the service creates and upgrades its schema on start, so a first
`painpoint serve` on a fresh machine needs no separate migration step."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def metadata() -> MetaData:
    """The metadata of every model module in `api.db` (`models`, `web_models`, ...), so migrations and
    the drift test see all tables whichever modules the caller happened to import."""
    import api.db

    for mod in pkgutil.iter_modules(api.db.__path__):
        if mod.name.endswith("models"):
            importlib.import_module(f"api.db.{mod.name}")
    from api.db.models import Base

    return Base.metadata


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the database to the latest revision (idempotent)."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def is_current(engine: Engine) -> bool:
    """True when the database is at the latest revision (used by `/readyz`)."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision() == head
