"""Round 18, second fix round (formsR2): EMR form exports read by layout, not by one vendor's labels (dev_fresh_cz);
fictional snippets in our own wordings (never a corpus sentence), exact values, near misses beside.

- A key=value field dump ('time_out=done', 'pain_before=8', 'symptom_duration=7 months'): a snake_case key at a line's
  start is a field label in words, its '=' the label's colon (`nlp.normalise.compact_spaces`); a blank, '***' or
  '--' value is no value, and evidence offsets point into the note as written.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 6, 3)

_KV = ("procedure=left L4-L5 transforaminal epidural steroid injection\ndx=Lumbar radiculopathy (M54.16)\n"
       "{dur}\nguidance=fluoroscopy\ninjectate=triamcinolone 40 mg\n{to}\n{pre}\n{post}\ncomplications=none\n")


def _kv(dur: str, to: str, pre: str, post: str):
    text = _KV.format(dur=dur, to=to, pre=pre, post=post)
    return text, nlp.extract(text, date_of_service=DOS)


@pytest.mark.parametrize("dur, to, pre, post, weeks, scores", [
    ("symptom_duration=7 months", "time_out=done", "pain_before=8", "pain_after=2", 30.3333, [("pre", 8.0), ("post", 2.0)]),
    ("duration_of_pain = 5 months", "timeout=yes", "pre_pain_score=6/10", "post_pain_score=1/10", 21.6667,
     [("pre", 6.0), ("post", 1.0)]),
])
def test_key_value_fields_read_as_labels(dur, to, pre, post, weeks, scores):
    text, facts = _kv(dur, to, pre, post)
    assert facts.necessity.symptom_duration is not None
    assert facts.necessity.symptom_duration.weeks == pytest.approx(weeks, abs=1e-3)
    assert facts.time_out is not None and facts.time_out.value is True
    assert [(p.timing, p.value) for p in facts.assessments.pain_scores] == scores


def test_key_value_evidence_points_into_the_note():
    text, facts = _kv("symptom_duration=7 months", "time_out=done", "pain_before=8", "pain_after=2")
    ev = facts.time_out.evidence[0]
    assert text[ev.start:ev.end] == ev.text == "time_out"
    ev = facts.necessity.symptom_duration.evidence[0]
    assert text[ev.start:ev.end] == ev.text == "duration=7 months"


def test_key_value_blank_values_are_missing():
    _, facts = _kv("symptom_duration=", "time_out=", "pain_pre=", "pain_post=")
    assert facts.necessity.symptom_duration is None
    assert facts.time_out is None
    assert facts.assessments.pain_scores == []
    _, facts = _kv("complaint=back pain", "time_out=N/A", "pain_pre=***", "pain_post=--")
    assert facts.time_out is None or facts.time_out.value is False
    assert facts.assessments.pain_scores == []
