"""The same persistence tests on SQLite and PostgreSQL (PostgreSQL when PAINPOINT_TEST_PG_URL is set).

Covers migrate-on-start, stored analyses with every list filter, feedback, API keys and the jti
replay cache, both directly and through the HTTP API.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import inspect

from api.db.migrate import is_current, upgrade
from api.db.repository import list_analyses, store_analysis
from api.db.session import make_engine, make_sessionmaker, session_scope
from api.security.errors import AuthError
from api.security.replay import remember_jti
from coding.facts import Procedure
from coding.result import AnalysisResult
from test_api_support import (  # noqa: F401
    Service,
    any_db_service,
    db_url,
    keys,
    make_factory,
    sample_result,
)


def test_migrations_create_every_table_and_are_idempotent(db_url: str) -> None:  # noqa: F811
    engine = make_engine(db_url)
    upgrade(engine)
    upgrade(engine)
    assert is_current(engine)
    assert set(inspect(engine).get_table_names()) >= {
        "alembic_version", "analyses", "analysis_families", "feedback", "api_keys", "trusted_issuers", "seen_jti"}
    engine.dispose()


def _result(families: list[str], severities: list[str]) -> AnalysisResult:
    base = sample_result()
    findings = [base.findings[0].model_copy(update={"severity": s}) for s in severities]
    return base.model_copy(update={"procedures": [Procedure(family=f) for f in families], "findings": findings})


def test_store_and_filter_analyses(db_url: str) -> None:  # noqa: F811
    factory = make_factory(db_url)
    rows = {}
    specs = {
        "a": (["transforaminal_epidural"], ["error"], "medicare", dt.date(2026, 1, 5)),
        "b": (["facet_rfa", "facet_injection"], ["info"], "medicare", dt.date(2026, 2, 5)),
        "c": (["facet_rfa"], [], "commercial", dt.date(2026, 3, 5)),
        "d": (["trigger_point"], ["warning"], "commercial", None),
    }
    for name, (fams, sevs, payer, dos) in specs.items():
        with session_scope(factory) as session:
            row = store_analysis(session, _result(fams, sevs), payer=payer, date_of_service=dos,
                                 place_of_service="11", patient=None, encounter=None, source=name)
            rows[name] = row.id

    def ids(**filters: object) -> list[str]:
        with session_scope(factory) as session:
            found, total = list_analyses(session, **filters)  # type: ignore[arg-type]
            assert total == len(found) or "limit" in filters
            return sorted(next(k for k, v in rows.items() if v == r.id) for r in found)

    assert ids() == ["a", "b", "c", "d"]
    assert ids(status="incomplete") == ["a", "d"]
    assert ids(status="complete") == ["b", "c"]
    assert ids(payer="commercial") == ["c", "d"]
    assert ids(family="facet_rfa") == ["b", "c"]
    assert ids(family="facet_injection") == ["b"]
    assert ids(date_from=dt.date(2026, 2, 1)) == ["b", "c"]
    assert ids(date_to=dt.date(2026, 2, 5)) == ["a", "b"]
    assert ids(date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 2, 28), family="facet_rfa") == ["b"]
    with session_scope(factory) as session:
        from api.db.models import Analysis

        created = {k: session.get(Analysis, v).created_at for k, v in rows.items()}
    assert ids(created_from=created["c"]) == ["c", "d"]
    assert ids(created_to=created["b"]) == ["a", "b"]
    assert ids(created_from=created["b"], created_to=created["c"], payer="commercial") == ["c"]
    with session_scope(factory) as session:
        page, total = list_analyses(session, limit=2, offset=0)
        assert (len(page), total) == (2, 4)
        assert [r.source for r in page] == ["d", "c"]  # newest first


def test_jti_replay_cache(db_url: str) -> None:  # noqa: F811
    factory = make_factory(db_url)
    exp = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=5)
    remember_jti(factory, "https://ehr.example", "j-1", exp)
    remember_jti(factory, "https://other.example", "j-1", exp)  # jti is per issuer
    with pytest.raises(AuthError) as err:
        remember_jti(factory, "https://ehr.example", "j-1", exp)
    assert err.value.code == "replayed_token"


def test_http_round_trip(any_db_service: Service) -> None:  # noqa: F811
    svc = any_db_service
    r = svc.client.post("/v1/analyze", json={"text": "Right L5 TFESI.", "store": True, "date_of_service": "2026-04-01"},
                        headers=svc.auth)
    assert r.status_code == 200
    analysis_id = r.json()["id"]
    got = svc.client.get(f"/v1/analyses/{analysis_id}", headers=svc.auth).json()
    assert got["result"] == sample_result().model_dump(mode="json")
    assert got["created_at"].endswith("Z") or got["created_at"].endswith("+00:00")
    listed = svc.client.get("/v1/analyses?family=transforaminal_epidural&status=incomplete&payer=medicare"
                            "&date_from=2026-04-01&date_to=2026-04-01", headers=svc.auth).json()
    assert [i["id"] for i in listed["items"]] == [analysis_id]
    assert listed["total"] == 1
    since = svc.client.get("/v1/analyses?created_from=2000-01-01T00:00:00Z", headers=svc.auth).json()
    assert [i["id"] for i in since["items"]] == [analysis_id]
    later = svc.client.get("/v1/analyses?created_from=2999-01-01T00:00:00%2B02:00", headers=svc.auth).json()
    assert later["total"] == 0
    none = svc.client.get("/v1/analyses?family=facet_rfa", headers=svc.auth).json()
    assert none == {"items": [], "total": 0, "limit": 50, "offset": 0}
    path = "/cds-services/painpoint-note-check/feedback"
    fb = {"feedback": [{"card": str(uuid.uuid4()), "outcome": "overridden",
                        "outcomeTimestamp": "2026-04-01T12:00:00+02:00"}]}
    assert svc.client.post(path, json=fb, headers=svc.ehr(path)).json() == {"stored": 1}
    items = svc.client.get("/v1/feedback", headers=svc.auth).json()["items"]
    assert [(i["card"], i["outcome"]) for i in items] == [(fb["feedback"][0]["card"], "overridden")]
    assert dt.datetime.fromisoformat(items[0]["outcome_timestamp"]) == dt.datetime(
        2026, 4, 1, 10, 0, tzinfo=dt.timezone.utc)
    ready = svc.client.get("/readyz")
    assert (ready.status_code, ready.json()) == (200, {"status": "ready", "database": "ok", "migrations": "current"})


def test_first_start_creates_the_sqlite_file_in_the_data_dir(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("PAINPOINT_DB_URL", raising=False)
    from api.settings import load_settings

    settings = load_settings()
    assert settings.db_url == f"sqlite:///{tmp_path / 'data' / 'painpoint' / 'painpoint.db'}"
    from api.app import create_app

    app = create_app(settings)
    assert (tmp_path / "data" / "painpoint" / "painpoint.db").is_file()
    assert is_current(app.state.engine)
    app.state.engine.dispose()
    make_sessionmaker(make_engine(settings.db_url))


def test_orm_models_match_the_migrations(db_url: str) -> None:  # noqa: F811
    """No drift: after `upgrade`, Alembic's autogenerate comparison finds nothing to change."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from api.db.migrate import metadata

    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata())
    engine.dispose()
    assert diffs == []
