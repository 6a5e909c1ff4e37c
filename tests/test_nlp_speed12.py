"""Speed changes of round 12 read what the slower forms read (issue 3: results byte-identical)."""

from __future__ import annotations

import pytest

from nlp.build_procedures import _group
from nlp.cues import cue, span_cue

_GROUPS = ("i", "i2", "i3", "i4", "i5", "i6", "i7", "i8", "i9", "i10", "i11")


@pytest.mark.parametrize("text", [
    "Intent: diagnostic.\nPurpose: tx\nType of procedure: [x] therapeutic",
    "This was a therapeutic injection. For diagnostic purposes only.\n- diagnostic\nA test block was done.",
    "Performed to confirm the facet joints as the source of her pain. Today's block was diagnostic.",
    "Procedure type: dx. Goal: therapeutic, it is prognostic bilateral L4-5 and L5-S1 facet joint injections.",
])
def test_split_intent_field_reads_the_groups_of_the_whole_cue(text: str) -> None:
    """The note's intent field is searched split by starting character (`span_cue`); each match and every group
    `_group` reads from it are those of the whole cue, a group of another bucket's alternative reading None."""
    whole = [(m.span(), [m.group(g) for g in _GROUPS]) for m in cue("intent_field").finditer(text)]
    split = [(m.span(), [_group(m, g) for g in _GROUPS]) for m in span_cue("intent_field").finditer(text)]
    assert len(whole) >= 2
    assert split == whole


def test_group_of_a_bucket_without_it_is_none() -> None:
    matches = span_cue("intent_field").finditer("Intent: diagnostic")
    assert len(matches) == 1
    m = matches[0]
    assert _group(m, "i") == "diagnostic"
    missing = [g for g in _GROUPS if g not in m.re.groupindex]
    assert missing  # another bucket holds them
    assert all(_group(m, g) is None for g in missing)
