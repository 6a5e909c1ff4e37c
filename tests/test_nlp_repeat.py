"""Procedure.repeat: the note says today's procedure repeats an earlier one (fictional snippets, exact values)."""

from __future__ import annotations

import pytest

from nlp import extract

BODY = (" Under fluoroscopy a 22 gauge needle was placed at the left L5-S1 foramen; contrast showed epidural flow and "
        "dexamethasone 10 mg was injected.")


def _repeat(text: str) -> tuple[bool | None, str | None]:
    procedures = extract(text).procedures
    assert [p.family for p in procedures] == ["transforaminal_epidural"]
    flag = procedures[0].repeat
    return (flag.value, flag.evidence[0].text) if flag else (None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Left L5-S1 TFESI.\nThis is a repeat procedure." + BODY, (True, "is a repeat")),
    ("Repeat left L5-S1 TFESI." + BODY, (True, "Repeat left L5-S1 TFESI")),
    ("Left L5-S1 transforaminal epidural steroid injection (repeat)." + BODY, (True, "(repeat)")),
    ("Left L5-S1 TFESI.\nShe returns for repeat injection." + BODY, (True, "returns for repeat")),
    ("Left L5-S1 TFESI.\nThis is his second ESI." + BODY, (True, "his second ESI")),
    ("Left L5-S1 TFESI.\nThe previous TFESI in May helped her walk; now repeat." + BODY,
     (True, "previous TFESI in May helped her walk; now repeat")),
])
def test_stated_repeat_sets_the_flag_with_its_words(text: str, expected: tuple) -> None:
    assert _repeat(text) == expected


@pytest.mark.parametrize("text", [
    "Left L5-S1 TFESI." + BODY + "\nPlan: will consider repeat injection if the relief fades.",
    "Left L5-S1 TFESI." + BODY + "\nWe may repeat the injection in 3 months.",
    "Left L5-S1 TFESI." + BODY + "\nThis was not a repeat procedure.",
    "Left L5-S1 TFESI." + BODY + " A second needle was not needed.",
    "Left L5-S1 TFESI." + BODY,
])
def test_planned_negated_or_absent_repeat_leaves_it_unset(text: str) -> None:
    assert _repeat(text) == (None, None)
