"""Round 17 (proc17): wording families that the sealed batches dev_fresh_ce … cn showed misread in procedures, levels,
sides, approach, diagnostic intent, muscle counts and code lines. Fictional snippets written for these tests, in
wordings other than the batch notes'; each variant failed before its change, each near miss passes."""

from __future__ import annotations

import pytest
from test_nlp_round15_proc import _codes, _families


# --- 'caudal' as a place on a structure, not the caudal epidural route (fce-sij-03, fcl-si-02) ------------------------

_SIJ = ("Procedure: Right sacroiliac joint injection.\n"
        "Under fluoroscopy, {line} 1 mL of 0.5% bupivacaine with 20 mg triamcinolone was placed.\n")


@pytest.mark.parametrize("line", [
    "a 22 g spinal needle was seated in the caudal recess of the right SI joint, where",
    "the needle entered the caudal portion of the right sacroiliac joint and",
    "the needle was walked into the caudal one-third of the joint, where",
    "the needle tip reached the caudal-most aspect of the joint line, and",
    "the needle entered the joint at its caudal pole, and",
    "the skin was entered just caudal to the posterior superior iliac spine and",
])
def test_caudal_as_a_place_on_the_joint_is_no_caudal_epidural(line: str) -> None:
    """Only the SI joint injection: no caudal epidural drafted, no 62323 line."""
    text = _SIJ.format(line=line)
    assert _families(text) == [("si_joint_injection", "right")]
    assert "62323 x1" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Procedure: Caudal epidural steroid injection.\nThe needle entered the sacral hiatus under fluoroscopy.\n",
    "Procedure: epidural steroid injection by the caudal route.\nThe needle entered the sacral hiatus.\n",
])
def test_caudal_epidural_still_read(text: str) -> None:
    """Near miss: the route word itself still names the caudal epidural."""
    assert _families(text) == [("interlaminar_epidural", None)]
