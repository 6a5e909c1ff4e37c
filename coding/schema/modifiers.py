"""Schema of `coding/kb/modifiers.yaml`: each modifier, when it applies (own words), what it never
combines with, and the automatic rules the engine applies (e.g. KX on diagnostic facet lines)."""

from __future__ import annotations

from pydantic import Field

from coding.facts import Family, Intent
from coding.knowledge import kb_section
from coding.schema.common import KBModel, Source, Sourced


class AutoRule(KBModel):
    """Apply the modifier to every line of a procedure in `families` with `intent`, when the payer
    setting `payer_setting` is true."""

    id: str
    families: list[Family]
    intent: Intent | None = None
    payer_setting: str


class ModifierEntry(Sourced):
    description: str = Field(min_length=3, max_length=140)
    applies_when: str = Field(min_length=10, description="The triggering condition, in our words.")
    engine_applies: bool = Field(default=False, description="True when the engine adds it itself.")
    never_with: list[str] = Field(default_factory=list)
    auto: list[AutoRule] = Field(default_factory=list)


class ModifiersFile(KBModel):
    version: str
    sources: dict[str, Source] = Field(
        default_factory=dict, description="Citations, defined once and reused with YAML anchors."
    )
    modifiers: dict[str, ModifierEntry]


kb_section("modifiers")(ModifiersFile)
