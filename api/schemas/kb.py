"""Knowledge-base look-ups: the KB's own validated models, wrapped with the KB version."""

from __future__ import annotations

from pydantic import BaseModel, Field

from coding.schema.codes import CodeEntry
from coding.schema.requirements import Requirement


class CodeInfo(BaseModel):
    code: str
    kb_version: str
    families: list[str] = Field(description="Procedure families whose selection rows can propose the code.")
    entry: CodeEntry


class RequirementsInfo(BaseModel):
    family: str
    label: str | None = None
    kb_version: str
    requirements: list[Requirement]
