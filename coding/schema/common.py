"""Building blocks shared by the knowledge-base schemas: citations, effective dates, status.

Every KB entry says where its fact comes from (a citation from
`../shared/domain/coding-reference.md` with its reliability tag), when it applies, and whether the
reference confirms it. Keeping these three in one base class means the loader rejects an entry
that forgets any of them, and `painpoint kb check` can list every unconfirmed or conflicting item
without knowing each file's layout.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Status = Literal["confirmed", "unconfirmed", "conflict"]

# Reliability tags used by the domain reference: [P] primary, [S] secondary, [T] third party,
# [D] dated, plus the combinations and qualifiers it writes ("S/D", "T-rubric", "S forum", "state").
_TAG = re.compile(r"^(state|(P|S|T|D)(/(P|S|T|D))?(-rubric|-state| forum)?)$")


class KBModel(BaseModel):
    """Strict base: an unknown key in a YAML entry is a typo, not an extension."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class Source(KBModel):
    """One citation: a short reference (article/LCD id or site) and its reliability tag."""

    cite: str = Field(min_length=3, description="E.g. 'A58993 (Noridian ESI billing article)'.")
    tag: str = Field(description="Reliability tag from the reference: P, S, T, D, S/D, T-rubric, ...")
    url: str | None = None

    @field_validator("tag")
    @classmethod
    def _known_tag(cls, value: str) -> str:
        if not _TAG.match(value):
            raise ValueError(f"unknown reliability tag {value!r} (use P, S, T, D, S/D, T-rubric, ...)")
        return value

    def label(self) -> str:
        return f"{self.cite} [{self.tag}]"


class Effective(KBModel):
    """Inclusive date range a rule or code applies to; `to` open-ended when absent."""

    from_: dt.date = Field(alias="from")
    to: dt.date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "Effective":
        if self.to is not None and self.to < self.from_:
            raise ValueError(f"effective.to {self.to} is before effective.from {self.from_}")
        return self

    def covers(self, day: dt.date) -> bool:
        return self.from_ <= day and (self.to is None or day <= self.to)

    def label(self) -> str:
        return f"{self.from_.isoformat()} to {self.to.isoformat() if self.to else 'open'}"


ALWAYS = Effective.model_validate({"from": "1990-01-01"})


class Sourced(KBModel):
    """A KB entry: cited, dated, with a status. `note` explains unconfirmed/conflict items."""

    source: list[Source] = Field(min_length=1)
    effective: Effective = ALWAYS
    status: Status = "confirmed"
    note: str | None = Field(default=None, description="Why unconfirmed/conflict, and what was chosen.")

    @field_validator("source", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, dict) else value

    @model_validator(mode="after")
    def _flag_needs_note(self) -> "Sourced":
        if self.status != "confirmed" and not self.note:
            raise ValueError(f"status {self.status!r} needs a note saying what is uncertain and what was chosen")
        return self

    def source_label(self) -> str:
        return "; ".join(s.label() for s in self.source)

    @property
    def flagged(self) -> bool:
        return self.status != "confirmed"
