"""Wire shapes of the sidebar's JSON endpoint, apart from the ORM and from `AnalysisResult`: the
sidebar needs only what it shows, so that is all it is sent."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class SidebarRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=200_000)
    payer: str = Field(default="medicare", min_length=1, max_length=64)
    date_of_service: dt.date | None = None


class SidebarFinding(BaseModel):
    id: str
    element: str
    severity: str
    message: str
    fix: str


class SidebarCode(BaseModel):
    code: str
    modifiers: list[str]
    units: int
    description: str


class SidebarResponse(BaseModel):
    findings: list[SidebarFinding]
    codes: list[SidebarCode]
