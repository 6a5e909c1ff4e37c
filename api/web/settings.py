"""Settings of the web workspace, read from `PAINPOINT_WEB_*` environment variables.

Kept apart from the service's `Settings` (owned by the service) so the workspace can add options
without touching it; `mount_web(app, web_settings)` stores them on `app.state.web_settings`.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PAINPOINT_WEB_", extra="ignore")

    frame_ancestors: str = Field(
        default="",
        description="Space-separated EMR origins (scheme://host[:port]) allowed to embed /sidebar in a frame. "
        "Every other page refuses to be framed.",
    )
    cookie_secure: bool = Field(default=True, description="Send the session cookie over HTTPS only.")
    cookie_samesite: Literal["lax", "strict", "none"] = Field(
        default="lax",
        description="SameSite of the session cookie. An EMR on another site that frames /sidebar needs 'none' "
        "(which browsers accept only with cookie_secure).",
    )
    session_hours: float = Field(default=8.0, gt=0, le=24 * 7, description="Absolute lifetime of a login.")
    page_size: int = Field(default=25, ge=1, le=200, description="Worklist rows per page.")

    @field_validator("frame_ancestors")
    @classmethod
    def _origins(cls, value: str) -> str:
        for origin in value.split():
            if not _ORIGIN.match(origin):
                raise ValueError(f"not an origin (scheme://host[:port]): {origin!r}")
        return " ".join(value.split())

    @property
    def origins(self) -> list[str]:
        return self.frame_ancestors.split()
