"""Round 19 (issue 3, lead): a diagnostic block done to evaluate a patient for a later ablation names that ablation as
the aim, not as today's procedure: 'eval for RFA', 'as evaluation for SI RFA', 'evaluating for SI joint RFA'
(dev_fresh_dn fdn-h-sinb-01 coded an extra 64625); the ablation itself stays today's when it is done. Fictional snippets written for these tests; exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from _snippet import NO_INFO, finding_elements
from api import pipeline

DOS = dt.date(2026, 5, 12)

BLOCK = """Right SI joint lateral branch blocks, diagnostic.
Right sacroiliac joint pain for 10 months, positive thigh thrust and FABER on the right. Physical therapy for 8 weeks
and naproxen failed; she cannot sit through a workday. {aim}
Consent signed. Time-out done. Pre 7/10.
Under fluoroscopy 25-gauge needles were placed at the right L5 dorsal ramus and lateral to the right S1, S2 and S3
foramina; 0.5 mL of 0.5% bupivacaine at each of the four sites. Images saved. No complications. Post 1/10.
"""


def _result(text: str):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service="11", source="lead")


def _codes(text: str) -> list[tuple[str, tuple[str, ...], int]]:
    return sorted((c.code, tuple(sorted(c.modifiers)), c.units) for c in _result(text).codes)


@pytest.mark.parametrize("aim", [
    "Two intra-articular injections gave brief benefit; eval for RFA.",
    "Diagnostic blocks as evaluation for SI RFA.",
    "Today: eval for SIJ RFA.",
    "We are evaluating for SI joint RFA.",
])
def test_a_block_done_to_evaluate_for_an_ablation_codes_only_the_block(aim: str) -> None:
    assert _codes(BLOCK.format(aim=aim)) == [("64451", ("RT",), 1)]
    assert finding_elements(_result(BLOCK.format(aim=aim)), NO_INFO) == set()  # the block's note tells all it needs


def test_guard_the_ablation_itself_is_still_coded() -> None:
    text = BLOCK.replace("Right SI joint lateral branch blocks, diagnostic.",
                         "Right SI joint radiofrequency ablation of the L5 dorsal ramus and S1-S3 lateral branches.")
    text = text.replace("0.5 mL of 0.5% bupivacaine at each of the four sites.",
                        "after sensory and motor testing, lesions at 80 C for 90 s at each of the four sites.")
    text = text.format(aim="She was evaluated for RFA after two positive blocks.")
    assert _codes(text) == [("64625", ("RT",), 1)]
    assert finding_elements(_result(text), NO_INFO) == set()
