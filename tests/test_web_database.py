"""The workspace tables on every supported database (SQLite always; PostgreSQL when
PAINPOINT_TEST_PG_URL is set): migration to one head, the audit trail refusing UPDATE/DELETE even
through raw SQL, and a full review round trip."""

from __future__ import annotations

import re

import pytest
from alembic.script import ScriptDirectory
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from api.db.migrate import alembic_config, is_current
from test_api_support import db_url  # noqa: F401
from test_web_support import NOTE, Web, make_app


def test_one_migration_head_and_it_is_the_workspace() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == ["0002"]
    assert script.get_revision("0002").down_revision == "0001"


def test_review_round_trip_and_append_only_audit(db_url: str) -> None:  # noqa: F811
    app, analyzer = make_app(db_url)
    engine = app.state.engine
    assert is_current(engine)
    with TestClient(app, base_url="https://testserver") as client:
        web = Web(app, client, analyzer)
        csrf = web.login("cora")
        note = web.new_note(csrf)
        line = re.search(r'action="/web/notes/[^/]+/lines/(\d+)"', client.get(f"/web/notes/{note}").text).group(1)
        client.post(f"/web/notes/{note}/lines/{line}", data={"csrf_token": csrf, "decision": "accept",
                                                             "code": "64483", "modifiers": "RT 59", "units": "1",
                                                             "reason": "distinct"})
        assert client.get(f"/web/notes/{note}/export.csv").text == (
            "line,code,modifiers,units,decision\r\n1,64483,RT 59,1,modified\r\n")
        assert "&lt;script&gt;" in client.get(f"/web/notes/{note}").text
    for sql in ("UPDATE web_audit_events SET reason = 'rewritten'", "DELETE FROM web_audit_events"):
        with pytest.raises(DBAPIError, match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(sql))
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT action, reason FROM web_audit_events ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [("note.kept", None), ("line.modified", "distinct")]
        assert conn.execute(text("SELECT text FROM web_notes")).scalar_one() == NOTE
    engine.dispose()


def test_workspace_migration_downgrades_and_upgrades_again(db_url: str) -> None:  # noqa: F811
    from alembic import command
    from sqlalchemy import inspect

    from api.db.migrate import upgrade
    from api.db.session import make_engine

    engine = make_engine(db_url)
    upgrade(engine)
    web_tables = {"web_users", "web_sessions", "web_notes", "web_claim_lines", "web_queries", "web_audit_events"}
    assert web_tables <= set(inspect(engine).get_table_names())
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert not web_tables & set(inspect(engine).get_table_names())
    assert "analyses" in inspect(engine).get_table_names()
    upgrade(engine)
    assert web_tables <= set(inspect(engine).get_table_names())
    engine.dispose()
