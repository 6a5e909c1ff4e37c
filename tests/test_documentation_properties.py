"""Properties of the checker over many incomplete notes: findings are well formed and traceable.

Starting from each complete fictional note, hypothesis drops any subset of documented facts; the
checker must never crash, every finding must name a bundled requirement whose element it carries,
each (id, procedure) appears once, fix sentences have no unfilled slot braces, and dropping a fact
that no precondition reads never removes a finding (more missing documentation, never fewer findings).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from coding.documentation import check_documentation
from coding.facts import NoteFacts
from coding.knowledge import load_kb
from test_documentation_families import COMPLETE, DOS  # noqa: E402  (tests dir is on sys.path under pytest)

# Facts whose absence can only add findings: none of them is read by an `applies_when` or a
# same-scale comparison, and none carries a written ICD-10 code.
DROPPABLE_NOTE = ["consent", "time_out", "complications", "drugs"]
DROPPABLE_NECESSITY = ["indication", "diagnoses", "symptom_duration", "conservative_care",
                       "functional_impairment", "imaging_findings", "radicular_findings"]
DROPPABLE_ASSESSMENTS = ["percent_relief", "functional_scales"]
DROPPABLE_PROCEDURE = ["approach", "laterality", "levels", "imaging", "contrast", "muscles", "radiofrequency"]


def drop(facts: NoteFacts, note: list[str], necessity: list[str], assessments: list[str], procedure: list[str]) -> NoteFacts:
    data: dict[str, Any] = facts.model_dump()
    for key in note:
        data.pop(key, None)
    for key in necessity:
        data["necessity"].pop(key, None)
    for key in assessments:
        data["assessments"].pop(key, None)
    for key in procedure:
        data["procedures"][0].pop(key, None)
    return NoteFacts.model_validate(data)


subsets = lambda items: st.lists(st.sampled_from(items), unique=True)  # noqa: E731


@settings(max_examples=150, deadline=None)
@given(name=st.sampled_from(sorted(COMPLETE)), note=subsets(DROPPABLE_NOTE), necessity=subsets(DROPPABLE_NECESSITY),
       assessments=subsets(DROPPABLE_ASSESSMENTS), procedure=subsets(DROPPABLE_PROCEDURE),
       payer=st.sampled_from(["medicare", "medicare_cgs", "commercial_generic"]),
       dos=st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2026, 12, 31)))
def test_findings_are_well_formed_and_monotone(name: str, note: list[str], necessity: list[str],
                                               assessments: list[str], procedure: list[str], payer: str,
                                               dos: dt.date) -> None:
    kb = load_kb()
    by_id = {r.id: r for r in kb.requirements.requirements}
    complete = COMPLETE[name]
    reduced = drop(complete, note, necessity, assessments, procedure)
    before = check_documentation(complete, [], kb, payer, dos)
    after = check_documentation(reduced, [], kb, payer, dos)
    keys = [(f.id, f.procedure_index) for f in after]
    assert len(keys) == len(set(keys))
    for finding in after:
        req = by_id[finding.id]
        assert finding.element == req.element
        assert finding.procedure_index in (None, 0)
        assert (finding.procedure_index is None) == (req.scope == "note")
        assert "{" not in finding.fix and "}" not in finding.fix
        assert req.effective.covers(dos)
    assert {(f.id, f.procedure_index) for f in before} <= set(keys)
    if dos == DOS and payer == "medicare":
        assert before == []
