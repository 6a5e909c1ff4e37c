"""Round-11 metamorphic probe (fixer MP, PROC): a side or procedure name written in chart shorthand must read as the
same side or procedure (`benchmarks/metamorphic.py`, transforms `abbrev_side`, `abbrev_terms` in
`benchmarks/metamorphic_words.py`). Every case failed before the change it tests and pins the value the note as
first written (the long form) is read with. Snippets are fictional, written for this probe.
"""

from __future__ import annotations

import pytest

from api.pipeline import analyze_text


def _sides(text: str) -> list[str | None]:
    """The laterality of each procedure read from the note."""
    return [p.laterality for p in analyze_text(text).procedures]


_FACET = ("PROCEDURE: L4-5 facet joint intra-articular injections, therapeutic.\n"
          "Fluoroscopy, 22 g needles into the {pair} L4-5 facet joints; Kenalog 20 mg per joint.\n")


@pytest.mark.parametrize("pair", ["right and left", "R and lt", "rt and L", "L and right", "left & R", "L and rt"])
def test_mixed_side_pair_reads_both_sides(pair: str) -> None:
    """'R and lt' is 'right and left' in chart shorthand: both sides, not the one spelled out."""
    assert _sides(_FACET.format(pair=pair)) == ["bilateral"]


_BURSA = ("PROCEDURE: Subacromial bursa injection, ultrasound guided.\n"
          "Under ultrasound guidance the {side} subacromial bursa was entered in plane and 40 mg Kenalog injected.\n")


@pytest.mark.parametrize("side, expected", [("right", "right"), ("R", "right"), ("left", "left"), ("L", "left")])
def test_letter_side_after_the_before_a_target(side: str, expected: str) -> None:
    """'the R subacromial bursa': a capital letter between 'the' and the target named is that target's side."""
    assert _sides(_BURSA.format(side=side)) == [expected]


_KNEE = "Procedure: Intra-articular joint {inj} with ultrasound guidance\nRight knee, 40 mg Kenalog injected under ultrasound.\n"


@pytest.mark.parametrize("inj", ["injection", "inj", "inj."])
def test_inj_shorthand_names_the_procedure(inj: str) -> None:
    """'joint inj' is 'joint injection': every procedure name of targets.yaml also in its shorthand (shorthand.yaml)."""
    assert [(p.family, p.region, p.laterality) for p in analyze_text(_KNEE.format(inj=inj)).procedures] == [
        ("joint_injection", "knee", "right")]


def test_shorthand_forms_of_a_phrase() -> None:
    """The phrase expansion itself: each listed word in its shorthand, never the bare word alone."""
    from nlp.rules import _shorthand_forms
    table = {"injection": ["inj"], "medial branch": ["MB"]}
    assert _shorthand_forms("SI joint injection", table) == ["SI joint inj"]
    assert _shorthand_forms("medial branch blocks", table) == ["MB blocks"]
    assert _shorthand_forms("medial branches", table) == []
    assert _shorthand_forms("medial branch", table) == []


_PRIOR = ("PROCEDURE: Intra-articular facet joint injections, therapeutic\n"
          "INDICATION: right low back pain for 3 years, worse with standing; two sets of right L4-5/L5-S1 {mb}\n"
          "blocks gave 85% and 80% relief, and she declined radiofrequency ablation.\n"
          "Under fluoroscopy 22 g needles entered the right L4-5 and L5-S1 facet joints; 20 mg Kenalog per joint.\n")


@pytest.mark.parametrize("mb", ["medial branch", "MB"])
def test_mb_shorthand_prior_blocks_are_diagnostic(mb: str) -> None:
    """'MB blocks gave 85%' is 'medial branch blocks gave 85%': the prior diagnostic blocks' relief is read."""
    ids = [f.id for f in analyze_text(_PRIOR.format(mb=mb)).findings]
    assert not [i for i in ids if "diagnostic_block_relief" in i or "prior_procedure_response" in i]


_NOT_DONE = ("Planned: caudal epidural steroid injection and bilateral sacroiliac joint injections.\n"
             "Done: caudal epidural steroid injection; {done} sacroiliac joint injection. The {other} sacroiliac joint "
             "was NOT\ninjected: he became pale and clammy, and that side was deferred to another day.\n"
             "Under fluoroscopy 40 mg Kenalog was injected into the joint.\n")


@pytest.mark.parametrize("done, other", [("LEFT", "RIGHT"), ("L", "RT"), ("left", "rt"), ("lt", "R")])
def test_abbreviated_side_not_treated(done: str, other: str) -> None:
    """'The RT sacroiliac joint was NOT injected' says that side was not done, as 'The RIGHT ...' does."""
    assert [(p.family, p.laterality) for p in analyze_text(_NOT_DONE.format(done=done, other=other)).procedures] == [
        ("interlaminar_epidural", None), ("si_joint_injection", "left")]
