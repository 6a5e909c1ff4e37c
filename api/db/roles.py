"""The roles of a web workspace account, apart from the tables (`api.db.web_models`) so that the command line can
name them in its help without importing SQLAlchemy (a third of `painpoint`'s start-up for every command)."""

from __future__ import annotations

ROLES = ("coder", "physician", "template_builder", "admin")
