"""Round 18 (gap18b): reader gaps left open by gap18, read by wording family; our own wordings, near misses beside.

1. A form field named by its sedation level (or MAC) and answered no ('IV sedation ....... No', 'Moderate sedation: N/A',
   'MAC - none'): no sedation, so no sedation details are asked for; a field answered yes with an agent stays given.
   targets.yaml SEDATION (`supersedes`, read by `nlp.components.RegexTargets`).
2. A nerve head with its verb before a level list ('Medial branches blocked at L3, L4 and L5', 'were anesthetized at the
   L3 and L4 levels'): patterns.yaml `nerve_head_before`; a level named as anatomy ('disc bulge at L4-5') heads no nerves.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp
from coding.engine import propose

DOS = dt.date(2026, 3, 9)

_ILESI = ("Right L5-S1 interlaminar epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16).\n{}\n"
          "Under fluoroscopy a Tuohy needle reached the L5-S1 epidural space and 80 mg methylprednisolone was "
          "injected. No complications.\n")


def _sedation(field: str) -> tuple[str | None, list[str], bool]:
    """The sedation type, its agents, and whether a sedation_details finding is raised."""
    facts = nlp.extract(_ILESI.format(field), date_of_service=DOS)
    sed = facts.procedures[0].sedation
    asked = any(f.element == "sedation_details" for f in propose(facts, date_of_service=DOS).findings)
    return (sed.type if sed else None, sed.agents if sed else [], asked)


@pytest.mark.parametrize("field, expected", [
    ("IV sedation ........ No", ("none", [], False)),
    ("Moderate sedation: N/A", ("none", [], False)),
    ("Conscious sedation given: not applicable", ("none", [], False)),
    ("MAC - n/a", ("none", [], False)),
    ("Intravenous sedation? No.", ("none", [], False)),
    ("IV sedation | none | --", ("none", [], False)),
    # near misses: the field answered yes with an agent, or 'no' opening other words
    ("IV sedation ....... Yes, midazolam 1 mg", ("moderate", ["midazolam"], True)),
    ("IV sedation: no concerns; midazolam 2 mg given by me", ("moderate", ["midazolam"], True)),
])
def test_a_sedation_level_field_answered_no(field: str, expected: tuple) -> None:
    assert _sedation(field) == expected


_MBB = ("Left lumbar medial branch block\nDiagnosis: Lumbar spondylosis (M47.816).\n{}\n"
        "Under fluoroscopy 22 gauge needles were placed. {} 0.5 mL of 0.5% bupivacaine at each target. "
        "No complications.\n")


def _levels(before: str, technique: str) -> list[str]:
    facts = nlp.extract(_MBB.format(before, technique), date_of_service=DOS)
    return [lv.name if hasattr(lv, "name") else str(lv) for lv in facts.procedures[0].levels]


@pytest.mark.parametrize("before, technique, expected", [
    ("", "Medial branches blocked at L3, L4 and L5.", ["L4-L5", "L5-S1"]),
    ("", "The medial branches were targeted at L2 and L3.", ["L3-L4"]),
    ("", "Medial branch nerves were anaesthetised at the L4 and L5 levels.", ["L5-S1"]),
    ("", "The medial branches were then blocked bilaterally at L3, L4 and L5.", ["L4-L5", "L5-S1"]),
    # near misses: a level named as anatomy in imaging or history, the nerve verb without a level after it
    ("Imaging: broad disc bulge at L4-5.", "The medial branches were blocked.", []),
    ("History: prior fusion at L4 and L5.", "The medial branches were blocked.", []),
])
def test_a_nerve_head_with_its_verb_before_a_level_list(before: str, technique: str, expected: list[str]) -> None:
    assert _levels(before, technique) == expected
