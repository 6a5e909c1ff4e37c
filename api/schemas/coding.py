"""Schema of `POST /v1/code`: facts in (the facts contract), code lines and findings out."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from coding.facts import NoteFacts


class CodeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    facts: NoteFacts
    payer: str | None = Field(
        default=None, min_length=1, max_length=64, description="Defaults to facts.encounter.payer, then 'medicare'."
    )
    date_of_service: dt.date | None = Field(default=None, description="Defaults to facts.encounter.date_of_service.")
