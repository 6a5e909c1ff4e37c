"""Schema of `coding/kb/payers.yaml`: payer profiles as data.

Every setting a profile may set is declared in :class:`PayerSettings` (typed, with its default)
and described in the file's `settings` block with a source and status, so a setting that resolves
an UNCONFIRMED or CONFLICT item is always flagged when the engine uses it. Profiles may `extend`
another profile (e.g. a MAC profile extends `medicare`).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from coding.knowledge import kb_section
from coding.schema.common import KBModel, Source, Sourced


class DrugUnitOverride(KBModel):
    per: float = Field(gt=0)
    unit: Literal["mg", "mcg", "units", "ml"]


class PayerSettings(KBModel):
    """All payer-dependent choices. Each field is documented in payers.yaml `settings`."""

    bilateral_style: Literal["modifier_50", "rt_lt_lines"] = "modifier_50"
    addon_bilateral: Literal["modifier_50", "rt_lt_lines", "double_units"] = "modifier_50"
    kx_diagnostic_facet: bool = False
    kx_diagnostic_nerve_root_block: bool = False
    thoracolumbar_junction_lumbar_session: bool = False
    sympathetic_bilateral_indicator: Literal[0, 1] = 0
    sympathetic_fluoroscopy_code: Literal["77002", "77003"] = "77002"
    si_joint_g0260: bool = False
    drug_billing_pos: list[str] = Field(default_factory=lambda: ["11"])
    facility_pos: list[str] = Field(default_factory=lambda: ["19", "22", "24"])
    modifier_26_in_facility: bool = False
    apply_mue: bool = False
    bill_local_anesthetics: bool = False
    contrast_with_imaging_inclusive: bool = False
    discarded_drug_modifiers: bool = False
    drug_units: dict[str, DrugUnitOverride] = Field(default_factory=dict)
    facet_frequency_total: bool = False
    scs_psych_clearance_stated: bool = False


SETTING_NAMES: tuple[str, ...] = tuple(PayerSettings.model_fields)


class SettingDoc(Sourced):
    description: str = Field(min_length=10)


class PayerProfile(Sourced):
    label: str
    extends: str | None = None
    values: dict[str, object] = Field(default_factory=dict)


class PayersFile(KBModel):
    version: str
    sources: dict[str, Source] = Field(
        default_factory=dict, description="Citations, defined once and reused with YAML anchors."
    )
    default: str = "medicare"
    settings: dict[str, SettingDoc]
    profiles: dict[str, PayerProfile]

    @model_validator(mode="after")
    def _consistent(self) -> "PayersFile":
        undocumented = sorted(set(SETTING_NAMES) - set(self.settings))
        unknown = sorted(set(self.settings) - set(SETTING_NAMES))
        if undocumented or unknown:
            raise ValueError(f"settings block: undocumented {undocumented}, unknown {unknown}")
        if self.default not in self.profiles:
            raise ValueError(f"default payer {self.default!r} is not a profile")
        for name in self.profiles:
            self.resolve(name)  # validates values and the extends chain
        return self

    def resolve(self, name: str, _seen: tuple[str, ...] = ()) -> PayerSettings:
        """Merged, validated settings of profile `name` (parents first)."""
        if name in _seen:
            raise ValueError(f"payer profile cycle: {' -> '.join((*_seen, name))}")
        profile = self.profiles[name]
        base: dict[str, object] = {}
        if profile.extends:
            if profile.extends not in self.profiles:
                raise ValueError(f"payer {name!r} extends unknown profile {profile.extends!r}")
            base = self.resolve(profile.extends, (*_seen, name)).model_dump()
        return PayerSettings.model_validate({**base, **profile.values})

    def resolve_on(self, name: str, day: dt.date) -> PayerSettings:
        """Settings of profile `name` in force on `day`: a setting whose documented rule is not yet
        (or no longer) effective falls back to its default (e.g. the CGS junction rule from 2025)."""
        settings = self.resolve(name)
        stale = {key: PayerSettings.model_fields[key].get_default(call_default_factory=True)
                 for key, doc in self.settings.items() if not doc.effective.covers(day)}
        return settings.model_copy(update=stale) if stale else settings

    def chain(self, name: str) -> list[str]:
        """`name` and the profiles it extends, nearest first."""
        out = [name]
        while (parent := self.profiles[out[-1]].extends) is not None:
            out.append(parent)
        return out


kb_section("payers")(PayersFile)
