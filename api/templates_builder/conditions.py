"""Turn a requirement's `applies_when` into template conditions.

The checker evaluates `applies_when` against facts read from a finished note; a template has no
note yet, so each precondition becomes one of three things:

* a condition on a gate question the template asks (sedation, intent, repeat, approach, target),
  so the blank appears only for the matching answer;
* always met for this template (`drugs_given` for injection templates, `paired_structure` for a
  family the KB lists as paired, `sedation_by_proceduralist` and `codes_any`, which a template
  cannot know in advance: showing the blank is the safe side);
* never met, which drops the requirement from this family's template (`paired_structure: true`
  for a midline family).
"""

from __future__ import annotations

from typing import Any

from api.templates_builder.catalog import Catalog

ALWAYS = True
NEVER = False

SEDATION_TYPES = ("none", "local", "minimal", "moderate", "deep", "mac", "general")


def translate(key: str, value: Any, family: str, catalog: Catalog) -> tuple[str, tuple[Any, ...]] | bool:
    """One precondition as `(gate, accepted answers)`, or ALWAYS / NEVER."""
    if key == "sedation_given":
        levels = tuple(catalog.sedation_levels)
        return ("sedation", levels if value else tuple(t for t in SEDATION_TYPES if t not in levels))
    if key == "sedation_types":
        return ("sedation", tuple(value))
    if key in ("intent", "repeat", "prior_diagnostic_blocks"):
        return (key, (value,))
    if key in ("approach", "target"):
        return (key, tuple(value) if isinstance(value, (list, tuple)) else (value,))
    if key == "paired_structure":
        paired = catalog.paired_families is None or family in catalog.paired_families
        return ALWAYS if paired == bool(value) else NEVER
    if key == "drugs_given":
        return ALWAYS if value else NEVER
    # payer_setting / not_payer_setting were decided with the payer (catalog `applies_to`);
    # sedation_by_proceduralist, codes_any and anything newer: not knowable before the note exists.
    return ALWAYS
