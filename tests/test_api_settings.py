"""Settings precedence: explicit values, then `PAINPOINT_*` variables, then the TOML settings file."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from api.settings import load_settings


def test_file_env_and_explicit_precedence(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name in ("PAINPOINT_DB_URL", "PAINPOINT_MAX_BODY_BYTES", "PAINPOINT_REQUEST_TIMEOUT_S"):
        monkeypatch.delenv(name, raising=False)
    file = tmp_path / "painpoint.toml"
    file.write_text('db_url = "sqlite:////srv/file.db"\nmax_body_bytes = 2048\nrequest_timeout_s = 5\n'
                    'cors_origins = ["https://ehr.example.org"]\n')
    monkeypatch.setenv("PAINPOINT_SETTINGS_FILE", str(file))
    s = load_settings()
    assert (s.db_url, s.max_body_bytes, s.request_timeout_s, s.cors_origins) == (
        "sqlite:////srv/file.db", 2048, 5.0, ["https://ehr.example.org"])
    monkeypatch.setenv("PAINPOINT_MAX_BODY_BYTES", "4096")
    assert load_settings().max_body_bytes == 4096
    assert load_settings(db_url="postgresql+psycopg://u@127.0.0.1/p").db_url == "postgresql+psycopg://u@127.0.0.1/p"
    assert load_settings(db_url=None).db_url == "sqlite:////srv/file.db"


def test_invalid_values_are_refused(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("PAINPOINT_SETTINGS_FILE", raising=False)
    monkeypatch.setenv("PAINPOINT_MAX_BODY_BYTES", "0")
    with pytest.raises(ValidationError):
        load_settings()


def test_defaults(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name in ("PAINPOINT_SETTINGS_FILE", "PAINPOINT_MAX_BODY_BYTES", "PAINPOINT_REQUEST_TIMEOUT_S"):
        monkeypatch.delenv(name, raising=False)
    s = load_settings()
    assert (s.max_body_bytes, s.request_timeout_s, s.jwt_leeway_s, s.auth_required, s.analysis_concurrency) == (
        1_000_000, 10.0, 30, True, 1)
