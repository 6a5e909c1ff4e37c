"""Schemas of `POST /v1/analyze` and the stored-analysis endpoints."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from coding.facts import Family
from coding.result import AnalysisResult

AnalysisStatus = Literal["complete", "incomplete"]
POS_PATTERN = r"^[0-9]{2}$"


class AnalyzeRequest(BaseModel):
    """A note as text, or as a FHIR R4 DocumentReference / Bundle holding one (exactly one of the two)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy...",
                    "payer": "medicare",
                    "date_of_service": "2026-03-02",
                    "place_of_service": "11",
                    "store": False,
                }
            ]
        },
    )

    text: str | None = Field(default=None, description="Plain note text (UTF-8).")
    document: dict[str, Any] | None = Field(
        default=None,
        description="FHIR R4 DocumentReference, or a Bundle holding exactly one; base64 text/plain or text/html.",
    )
    payer: str = Field(default="medicare", min_length=1, max_length=64)
    date_of_service: dt.date | None = Field(default=None, description="Defaults to the document's context period.")
    place_of_service: str | None = Field(default=None, pattern=POS_PATTERN, description="CMS two-digit code.")
    patient: str | None = Field(default=None, max_length=256, description="Patient reference, e.g. 'Patient/123'.")
    encounter: str | None = Field(default=None, max_length=256, description="Encounter reference.")
    source: str | None = Field(default=None, max_length=256, description="Caller's reference; never note text.")
    store: bool = Field(
        default=False,
        description="Keep the result and return its id. The note text is then also kept, apart, for coder "
        "review in the web workspace; without `store` nothing is kept.",
    )

    @model_validator(mode="after")
    def _one_input(self) -> AnalyzeRequest:
        if (self.text is None) == (self.document is None):
            raise ValueError("send exactly one of 'text' or 'document'")
        return self


class AnalyzeResponse(AnalysisResult):
    """The result JSON (`AnalysisResult`), plus the id it was stored under when `store` was true."""

    id: str | None = Field(default=None, description="Set only when stored.")


class AnalysisSummary(BaseModel):
    id: str
    created_at: dt.datetime
    status: AnalysisStatus = Field(description="'incomplete' when any error or warning finding remains.")
    payer: str
    date_of_service: dt.date | None = None
    place_of_service: str | None = None
    families: list[Family]
    patient: str | None = None
    encounter: str | None = None
    source: str | None = None
    kb_version: str
    code_count: int
    finding_count: int


class StoredAnalysis(AnalysisSummary):
    result: AnalysisResult


class AnalysisPage(BaseModel):
    items: list[AnalysisSummary]
    total: int
    limit: int
    offset: int
