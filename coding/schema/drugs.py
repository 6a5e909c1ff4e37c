"""Schema of `coding/kb/drugs.yaml`: drugs, their brand names, HCPCS codes and billing units.

Unit math lives in the engine (dose / billing unit, rounded up); what a unit *is*, which code is
valid on a date, and which brand maps to which generic is data here.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from coding.knowledge import kb_section
from coding.schema.common import KBModel, Source, Sourced

DoseUnit = Literal["mg", "mcg", "units", "ml"]


class DrugCode(Sourced):
    """One HCPCS code for a drug: `per` `unit` is one billing unit. Contrast codes carry the iodine
    strength band (mg iodine per mL) they cover."""

    code: str
    description: str = Field(min_length=5, max_length=140)
    per: float = Field(gt=0)
    unit: DoseUnit
    iodine_min: float | None = None
    iodine_max: float | None = None
    payer_setting: str | None = Field(default=None, description="Payer setting that may override the unit.")


class SessionCeiling(Sourced):
    """The most of a steroid recommended in one epidural session, in mg (`status` says how sure we are)."""

    mg: float = Field(gt=0)


class DoseSanity(Sourced):
    """Above `misread_factor` x a drug's session ceiling a read dose is taken as a likely misread."""

    misread_factor: float = Field(gt=1)


class DrugEntry(Sourced):
    names: list[str] = Field(min_length=1, description="Generic synonyms and brand names, lower case.")
    role: Literal["steroid", "anesthetic", "contrast", "sedative", "toxin", "nsaid", "other"]
    billable: bool = Field(default=True, description="False: never a separate line (e.g. local lidocaine).")
    payer_setting: str | None = Field(
        default=None, description="Boolean payer setting that must be true for a line (e.g. local anesthetics)."
    )
    mg_per_ml: float | None = Field(default=None, description="Usual strength, used only when none is written.")
    combine: Literal["single", "greedy"] = Field(
        default="single", description="greedy: several strengths valid at once (legacy J1020/J1030/J1040)."
    )
    codes: list[DrugCode] = Field(default_factory=list)
    session_ceiling: SessionCeiling | None = Field(
        default=None, description="Recommended per-session ceiling (epidural steroids); see requirements.yaml.")

    @model_validator(mode="after")
    def _billable_has_codes(self) -> "DrugEntry":
        if self.billable and not self.codes:
            raise ValueError("a billable drug needs at least one code")
        return self


class Discard(Sourced):
    """JW/JZ dates: JW from `jw_from`; JZ required on DOS from `jz_required_from`."""

    jw_from: dt.date
    jz_required_from: dt.date


class DrugsFile(KBModel):
    version: str
    sources: dict[str, Source] = Field(
        default_factory=dict, description="Citations, defined once and reused with YAML anchors."
    )
    drugs: dict[str, DrugEntry]
    discard: Discard
    dose_sanity: DoseSanity | None = None

    @model_validator(mode="after")
    def _names_unique(self) -> "DrugsFile":
        seen: dict[str, str] = {}
        for generic, entry in self.drugs.items():
            for name in [generic, *entry.names]:
                key = name.lower()
                if key in seen and seen[key] != generic:
                    raise ValueError(f"drug name {name!r} maps to both {seen[key]} and {generic}")
                seen[key] = generic
        return self


kb_section("drugs")(DrugsFile)
