"""Post-check fixer pc17 (dev_fresh_ck, ganglion impar): a score followed by the position or activity it was taken in,
then its timing cue ('N/10 sitting at discharge'), is the post score; the cue after the position still times it
(lexicon `score_posture`, read by `nlp.build_assessments`). Fictional snippets in our own wordings, exact values,
near misses beside (a position with no timing cue, a position then a cue before the procedure).
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 6, 3)

_NOTE = ("Left L4-L5 transforaminal epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16).\n{}\n"
         "Under fluoroscopy a needle was placed at the left L4-L5 foramen and 40 mg triamcinolone was injected.\n{}\n")


def _scores(before: str, after: str) -> list[tuple[str, float]]:
    facts = nlp.extract(_NOTE.format(before, after), date_of_service=DOS)
    return [(p.timing, p.value) for p in facts.assessments.pain_scores]


@pytest.mark.parametrize("before, after, expected", [
    ("Pain 7/10 standing.", "No complications. 3/10 walking at discharge.", [("pre", 7.0), ("post", 3.0)]),
    ("Pain 6/10.", "No complications. 1/10 lying supine in recovery.", [("pre", 6.0), ("post", 1.0)]),
    ("NRS 9/10.", "Tolerated well. 2/10, seated, on discharge.", [("pre", 9.0), ("post", 2.0)]),
    ("Pain 7/10.", "4/10 bending forward after the injection.", [("pre", 7.0), ("post", 4.0)]),
    # near misses: a position with no timing word is no score of the day; a cue before the procedure stays pre
    ("Pain 7/10.", "She reports 6/10 sitting in her recliner at home most evenings.", [("pre", 7.0)]),
    ("Pain 8/10 sitting before the block.", "No complications.", [("pre", 8.0)]),
])
def test_score_with_its_position_then_the_cue(before: str, after: str, expected: list) -> None:
    assert _scores(before, after) == expected
