"""Round 20, lead: a pain-score field whose label carries the time since the procedure before its colon.

Published checklists write 'Post-procedure pain at 30 min: 1' (dev_fresh_ds). The minutes are part of the label; the
score is the number after the colon. Without the colon right after the time, nothing new is read.
"""

from __future__ import annotations

import pytest

from api.pipeline import analyze_text
from _snippet import whole

_HEAD = "Left SI joint injection under fluoroscopy.\n"


def _scores(text: str) -> list[tuple[str, float, str]]:
    facts = analyze_text(text).facts.assessments
    return [(p.timing, p.value, p.evidence[0].text) for p in facts.pain_scores]


@pytest.mark.parametrize(
    ("line", "evidence", "value"),
    [
        ("Post-procedure pain at 30 min: 1\n", "pain at 30 min: 1", 1.0),
        ("Post-injection pain at 20 minutes: 2\n", "pain at 20 minutes: 2", 2.0),
        ("Post-procedure NRS at 1 hour: 3\n", "NRS at 1 hour: 3", 3.0),
    ],
)
def test_timed_label_reads_the_score_after_the_colon(line: str, evidence: str, value: float) -> None:
    text = _HEAD + "Pre-procedure pain: 6/10.\n" + line
    assert _scores(text) == [("pre", 6.0, "6/10"), ("post", value, evidence)]


def test_timed_label_gives_no_post_score_finding() -> None:
    text = _HEAD + "Pre-procedure pain: 6/10.\nPost-procedure pain at 30 min: 1\n"
    codes, elements = whole(analyze_text(text), ("error", "warning"))
    assert codes == [("27096", ["LT"], 1)]
    assert elements == {"approach", "complications", "consent", "conservative_care", "contrast", "diagnosis",
                        "drug_name", "indication", "saved_images", "symptom_duration"}


def test_time_without_a_colon_is_no_score() -> None:
    """Near miss: 'pain at 30 minutes' followed by a drug amount; the minutes are never a score, nor the amount."""
    text = _HEAD + "Pre-procedure pain: 6/10.\nPain at 30 minutes 2 mL of lidocaine given.\n"
    assert _scores(text) == [("pre", 6.0, "6/10")]
    codes, elements = whole(analyze_text(text), ("error", "warning"))
    assert codes == [("27096", ["LT"], 1)]
    assert elements == {"approach", "complications", "consent", "conservative_care", "contrast", "diagnosis",
                        "drug_dose", "indication", "percent_relief", "post_procedure_pain_score", "saved_images",
                        "symptom_duration"}
