"""History facts read by nlp/build_history.py: earlier sessions (`prior_sessions`) and the psychological
evaluation before SCS (`necessity.psychological_evaluation`). Fictional snippets, exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp import extract

BODY = (" Under fluoroscopy a 22 gauge needle was placed at the left L5-S1 foramen; contrast showed epidural flow and "
        "dexamethasone 10 mg was injected.")


def _sessions(text: str) -> list[tuple]:
    facts = extract("Left L5-S1 TFESI.\n" + text + BODY)
    return [(e.procedure, e.region, e.intent, e.prior_count, e.window_days, e.prior_dates, e.last_days_ago,
             e.evidence[0].text) for e in facts.prior_sessions]


@pytest.mark.parametrize(("text", "expected"), [
    ("This is her fourth lumbar ESI this year.",
     [("lumbar ESI", "lumbar", None, 3, 365, [], None, "fourth lumbar ESI this year")]),
    ("Prior injections 1/2026, 4/2026 and 7/2026.",
     [(None, None, None, None, None, [dt.date(2026, 1, 1), dt.date(2026, 4, 1), dt.date(2026, 7, 1)], None,
       "Prior injections 1/2026, 4/2026 and 7/2026")]),
    ("Last TFESI 6 weeks ago gave 60% relief.", [("TFESI", None, None, None, None, [], 42.0, "Last TFESI 6 weeks ago")]),
    ("This is the third RFA in the past 12 months.",
     [("RFA", None, None, 2, 365, [], None, "third RFA in the past 12 months")]),
    ("She had 2 epidurals earlier this year.",
     [("epidurals", None, None, 2, 365, [], None, "had 2 epidurals earlier this year")]),
    ("This is his 6th caudal epidural within the last year.",
     [("caudal epidural", "sacral", None, 5, 365, [], None, "6th caudal epidural within the last year")]),
    ("Previous diagnostic facet blocks on 3/4/2026 and March 18, 2026.",
     [("diagnostic facet blocks", None, "diagnostic", None, None, [dt.date(2026, 3, 4), dt.date(2026, 3, 18)], None,
       "Previous diagnostic facet blocks on 3/4/2026 and March 18, 2026")]),
    ("Earlier sessions of this procedure in the past 12 months: 3 sessions.",
     [(None, None, None, 3, 365, [], None, "Earlier sessions of this procedure in the past 12 months: 3")]),
    ("Her most recent epidural was 3 months ago.",
     [("epidural", None, None, None, None, [], 90.0, "most recent epidural was 3 months ago")]),
    ("Third caudal ESI in six months.", [("caudal ESI", "sacral", None, 2, 180, [], None, "Third caudal ESI in six months")]),
    ("Previous epidurals (3/2026, 6/2026, 9/2026) each helped.",
     [("epidurals", None, None, None, None, [dt.date(2026, 3, 1), dt.date(2026, 6, 1), dt.date(2026, 9, 1)], None,
       "Previous epidurals (3/2026, 6/2026, 9/2026")]),
    ("She has had three lumbar epidural steroid injections in the past year.",
     [("lumbar epidural steroid injections", "lumbar", None, 3, 365, [], None,
       "has had three lumbar epidural steroid injections in the past year")]),
])
def test_history_statements(text: str, expected: list[tuple]) -> None:
    assert _sessions(text) == expected


@pytest.mark.parametrize("text", [
    "This is her fifth epidural.",  # a repeat, but no window: says nothing about the last 12 months
    "Will consider a third RFA this year if the pain returns.",  # planned
    "The pain began 6 months ago.",  # no procedure
    "The LCD allows four ESI sessions in 12 months.",  # a rule, not her history
    "Fifth ESI in 24 months.",  # a window longer than the rolling year
    "She had 12 physical therapy sessions in the past year.",  # not an injection session
    "She had 2 injections into the knee this year.",  # the window does not follow the procedure
])
def test_statements_that_are_not_a_session_count(text: str) -> None:
    assert _sessions(text) == []


SCS = "Percutaneous spinal cord stimulator trial, two leads placed at T8 under fluoroscopy. "


def _psych(text: str) -> tuple | None:
    evaluation = extract(SCS + text).necessity.psychological_evaluation
    return None if evaluation is None else (evaluation.performed, evaluation.cleared, evaluation.evidence[0].text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Psychological evaluation has cleared the patient for a trial.",
     (True, True, "Psychological evaluation has cleared the patient for a trial.")),
    ("A psychological evaluation found no contraindication to stimulation.",
     (True, True, "A psychological evaluation found no contraindication to stimulation.")),
    ("Psych eval completed 9/2026.", (True, None, "Psych eval completed 9/2026.")),
    ("Psych eval pending.", (False, None, "Psych eval pending.")),
    ("Psychological evaluation: not an appropriate candidate at this time.",
     (True, False, "Psychological evaluation: not an appropriate candidate at this time.")),
    ("Pre-SCS psychological evaluation completed on 8/12/2026 without contraindications.",
     (True, True, "Pre-SCS psychological evaluation completed on 8/12/2026 without contraindications.")),
    ("Psychological evaluation is scheduled for next week.",
     (False, None, "Psychological evaluation is scheduled for next week.")),
    ("Pain is constant and burning.", None),
])
def test_psychological_evaluation(text: str, expected: tuple | None) -> None:
    assert _psych(text) == expected
