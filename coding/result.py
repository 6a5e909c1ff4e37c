"""What the engine returns: code lines, ICD-10 suggestions and documentation findings.

The JSON result of one note is :class:`AnalysisResult`; its JSON Schema is generated from these
models (`painpoint schema`) so integrators never read a hand-kept copy that drifts.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from coding.facts import Assessments, Drug, Evidence, Necessity, NoteFacts, Procedure

Severity = Literal["error", "warning", "info"]

# The closed vocabulary of documentation elements a finding can name.
Element = Literal[
    "indication",
    "diagnosis",
    "symptom_duration",
    "conservative_care",
    "functional_impairment",
    "imaging_findings",
    "pre_procedure_pain_score",
    "post_procedure_pain_score",
    "percent_relief",
    "diagnostic_block_relief",
    "prior_procedure_response",
    "levels",
    "laterality",
    "approach",
    "imaging_guidance",
    "saved_images",
    "contrast",
    "drug_name",
    "drug_dose",
    "dose_ceiling",
    "consent",
    "time_out",
    "complications",
    "sedation_details",
    "muscle_count",
    "frequency",
    "level_limit",
    "laterality_conflict",
    "code_validity",
]
ELEMENTS: tuple[str, ...] = Element.__args__  # type: ignore[attr-defined]


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceRef(Out):
    """A citation: which document says so, and its reliability tag from the domain reference."""

    text: str
    source: str


class CodeLine(Out):
    code: str
    kind: Literal["CPT", "HCPCS"]
    modifiers: list[str] = Field(default_factory=list)
    units: int = Field(ge=1)
    description: str = Field(description="Own-words description; never the AMA descriptor.")
    rationale: str
    evidence: list[Evidence] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=list, description="Knowledge-base rule ids behind the line.")
    procedure_index: int | None = Field(default=None, description="Index into `procedures` it codes.")


class DiagnosisSuggestion(Out):
    code: str
    description: str
    supports: list[str] = Field(default_factory=list, description="Codes of the lines it supports.")
    evidence: list[Evidence] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=list)


class Finding(Out):
    id: str = Field(description="Stable id of the requirement or check, e.g. 'esi.imaging_guidance'.")
    element: Element
    severity: Severity
    message: str
    requirement: SourceRef
    evidence: list[Evidence] = Field(default_factory=list)
    fix: str = Field(description="A sentence the physician could add to the note.")
    procedure_index: int | None = None


class CodingResult(Out):
    codes: list[CodeLine] = Field(default_factory=list)
    diagnoses: list[DiagnosisSuggestion] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    kb_version: str
    # Elements whose presence check failed having read nothing with no verifier sentence in the facts
    # (`coding.documentation.presence_unread`): what a lazy presence verifier should read. Not output.
    _presence_unread: frozenset[str] = PrivateAttr(default=frozenset())

    @property
    def presence_unread(self) -> frozenset[str]:
        return self._presence_unread


class AnalysisResult(Out):
    """The documented result of one note: facts read plus what the engine made of them."""

    source: str | None = None
    procedures: list[Procedure] = Field(default_factory=list)
    drugs: list[Drug] = Field(default_factory=list)
    assessments: Assessments = Field(default_factory=Assessments)
    necessity: Necessity = Field(default_factory=Necessity)
    codes: list[CodeLine] = Field(default_factory=list)
    diagnoses: list[DiagnosisSuggestion] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    kb_version: str
    facts: NoteFacts | None = Field(default=None, description="The full facts, for round trips.")
    notices: list[str] = Field(default_factory=list, description="Non-fatal input notes, e.g. decoding.")
