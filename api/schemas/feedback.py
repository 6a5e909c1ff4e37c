"""CDS Hooks feedback (what the clinician did with a card) and its listing."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Outcome = Literal["accepted", "overridden"]


class Coding(BaseModel):
    model_config = ConfigDict(extra="allow")

    code: str | None = Field(default=None, max_length=128)
    system: str | None = Field(default=None, max_length=256)
    display: str | None = Field(default=None, max_length=256)


class AcceptedSuggestion(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str = Field(max_length=64)


class OverrideReason(BaseModel):
    model_config = ConfigDict(extra="allow")

    reason: Coding | None = None
    userComment: str | None = Field(default=None, max_length=2000)


class FeedbackItem(BaseModel):
    model_config = ConfigDict(extra="allow")  # clients and servers SHALL ignore unexpected elements

    card: str = Field(min_length=1, max_length=64, description="The card's uuid.")
    outcome: Outcome
    acceptedSuggestions: list[AcceptedSuggestion] | None = None
    overrideReason: OverrideReason | None = None
    outcomeTimestamp: dt.datetime


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    feedback: list[FeedbackItem] = Field(min_length=1, max_length=100)


class FeedbackStored(BaseModel):
    stored: int


class FeedbackOut(BaseModel):
    id: int
    service_id: str
    card: str
    outcome: Outcome
    accepted_suggestions: list[str] | None = None
    override_code: str | None = None
    override_system: str | None = None
    override_display: str | None = None
    user_comment: str | None = None
    outcome_timestamp: dt.datetime
    received_at: dt.datetime


class FeedbackPage(BaseModel):
    items: list[FeedbackOut]
    total: int
    limit: int
    offset: int
