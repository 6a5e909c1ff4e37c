"""The service commands: `painpoint apikey create` and `painpoint cds trust` on a fresh database."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from api.cli import app
from api.db.models import TrustedIssuer
from api.db.session import session_scope
from api.security.apikeys import verify_api_key
from test_api_support import KeySet, keys, make_factory, sqlite_url  # noqa: F401


def test_apikey_create_prints_a_working_key_once(sqlite_url: str) -> None:  # noqa: F811
    runner = CliRunner()
    result = runner.invoke(app, ["apikey", "create", "billing", "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    key = result.stdout.strip().splitlines()[0]
    with session_scope(make_factory(sqlite_url)) as session:
        assert verify_api_key(session, key).name == "billing"
    again = runner.invoke(app, ["apikey", "create", "billing", "--db", sqlite_url])
    assert again.exit_code == 2
    assert "already exists" in again.output
    revoked = runner.invoke(app, ["apikey", "revoke", "billing", "--db", sqlite_url])
    assert (revoked.exit_code, revoked.stdout.strip()) == (0, "revoked billing")
    with session_scope(make_factory(sqlite_url)) as session:
        assert verify_api_key(session, key) is None
    twice = runner.invoke(app, ["apikey", "revoke", "billing", "--db", sqlite_url])
    assert twice.exit_code == 2
    assert "no active API key named 'billing'" in twice.output


def test_cds_trust_stores_the_jwks(sqlite_url: str, keys: KeySet, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    jwks_file = tmp_path / "ehr.jwks.json"
    jwks_file.write_text(json.dumps(keys.jwks()))
    runner = CliRunner()
    result = runner.invoke(app, ["cds", "trust", "--iss", "https://ehr.example/fhir", "--jwks", str(jwks_file),
                                 "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "trusted https://ehr.example/fhir (2 key(s))"
    with session_scope(make_factory(sqlite_url)) as session:
        row = session.get(TrustedIssuer, "https://ehr.example/fhir")
        assert row.jwks == keys.jwks() and row.jku is None
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"keys": []}))
    result = runner.invoke(app, ["cds", "trust", "--iss", "x", "--jwks", str(bad), "--db", sqlite_url])
    assert result.exit_code == 2
    assert "non-empty 'keys' array" in result.output
