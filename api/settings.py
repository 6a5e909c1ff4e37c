"""Service settings: environment variables `PAINPOINT_*`, an optional TOML settings file, defaults.

Precedence, highest first: values passed in code (the CLI's `--db`, tests), environment variables,
the settings file named by `PAINPOINT_SETTINGS_FILE`, then the defaults below. Settings are read once
per app (`create_app(settings)`) and handed to request handlers through a dependency, so tests build
an app with exactly the settings they mean instead of patching the environment.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

SETTINGS_FILE_ENV = "PAINPOINT_SETTINGS_FILE"


def default_db_url() -> str:
    """The embedded default: a SQLite file in the user's data directory (created on first start)."""
    path = Path(user_data_dir("painpoint", appauthor=False)) / "painpoint.db"
    return f"sqlite:///{path}"


class Settings(BaseSettings):
    """Every option of the service, documented where it is defined."""

    model_config = SettingsConfigDict(env_prefix="PAINPOINT_", extra="ignore")

    db_url: str = Field(default_factory=default_db_url, description="SQLAlchemy URL; SQLite or postgresql+psycopg.")
    max_body_bytes: int = Field(default=1_000_000, ge=1, description="Largest accepted request body, in bytes.")
    request_timeout_s: float = Field(default=10.0, gt=0, description="Time limit per request; 504 past it.")
    public_base_url: str | None = Field(
        default=None,
        description="External base URL (scheme://host[:port]) used for the JWT `aud` check behind a proxy; "
        "by default the URL the request arrived on.",
    )
    cors_origins: list[str] = Field(
        default_factory=list,
        description="Browser origins allowed to call (CDS Hooks clients running in a browser need CORS); "
        "empty: no CORS headers.",
    )
    jwt_leeway_s: int = Field(default=30, ge=0, description="Clock skew tolerated on `exp`/`iat`/`nbf`.")
    jwt_max_age_s: int = Field(default=600, ge=1, description="Oldest `iat` accepted, so tokens are short-lived.")
    jwks_cache_s: int = Field(default=300, ge=0, description="How long a JWKS fetched from a `jku` is reused.")
    trust_cache_s: float = Field(
        default=30.0, ge=0, description="How long trusted issuers read from the database are reused."
    )
    default_payer: str = Field(default="medicare", description="Payer used by CDS Hooks calls that name none.")
    cds_max_documents: int = Field(default=10, ge=1, description="Most DocumentReferences checked per hook call.")
    cds_fhir_timeout_s: float = Field(
        default=2.0,
        gt=0,
        description="Time limit for fetching a missing CDS Hooks prefetch from the caller's `fhirServer` "
        "(connect, read and write each); past it the hook call answers 412. The spec asks services to answer "
        "in about 500 ms and CRD in 5 s, so keep it short.",
    )
    cds_fhir_allow_http: bool = Field(
        default=False,
        description="True only for local testing: lets a missing prefetch be fetched from a plain-http "
        "`fhirServer` on a loopback host (localhost, 127.0.0.0/8, ::1). Otherwise only https is used.",
    )
    auth_required: bool = Field(
        default=True, description="False only for local experiments: REST calls then need no credentials."
    )
    analysis_concurrency: int = Field(
        default=1,
        ge=1,
        description="Analyses run at once per worker process. The NLP is CPU-bound Python, so more threads "
        "only contend for the GIL and stretch every request; scale with `--workers` instead.",
    )
    analysis_cache_size: int = Field(
        default=256, ge=0, description="Results of identical (note, payer, date, place) requests kept in memory."
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        file = os.environ.get(SETTINGS_FILE_ENV)
        if file:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=Path(file)))
        return tuple(sources)


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment and settings file, with explicit `overrides` on top."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
