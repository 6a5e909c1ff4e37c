"""Round 17b (p3): wording families that the sealed batches dev_fresh_cp … cr showed misread in procedures, levels and
sides. Fictional snippets written for these tests, in wordings other than the batch notes'; each variant failed before
its change, each near miss passes."""

from __future__ import annotations

import pytest
from nlp import extract
from test_nlp_round15_proc import _codes, _families


# --- 'left' as the verb (what remains, what stays), not a side (fcr-h-knee-01) ---------------------------------------

_KNEE = ("Right knee joint injection, intra-articular, under ultrasound.\n"
         "A 25 g needle entered the right knee joint from a lateral approach. {line} Pain 8/10 before, 2/10 after.\n")


@pytest.mark.parametrize("line", [
    "We injected Depo-Medrol 40 mg from a single-use vial with none left.",
    "I injected 40 mg of methylprednisolone from a single-dose vial; nothing was left.",
    "Injected methylprednisolone 40 mg from an SDV, nil left.",
    "Injected methylprednisolone 40 mg, no medication left in the syringe.",
    "I injected Depo-Medrol 40 mg; zero left over.",
    "Methylprednisolone 40 mg injected, then the stylet was left in place for a moment before withdrawal.",
    "Depo-Medrol 40 mg was injected and the needle left in situ while the syringe was changed.",
])
def test_left_as_a_verb_is_no_side(line: str) -> None:
    """The knee stays right: one 20610-RT line (no image kept), no left."""
    text = _KNEE.format(line=line)
    assert _families(text) == [("joint_injection", "right")]
    assert [c for c in _codes(text) if c.startswith("2061")] == ["20610-RT x1"]


def test_left_side_still_read() -> None:
    """Near miss: 'the left knee was then injected as well' is a side."""
    text = _KNEE.format(line="Methylprednisolone 40 mg injected. The left knee was then injected the same way.")
    assert _families(text) == [("joint_injection", "bilateral")]
