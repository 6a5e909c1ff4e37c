"""Acceptance floors of issue 3, measured on the held-out test split (`corpora/notes/test`).

Runs the whole pipeline (`api.pipeline.analyze_text`) on every test note and compares it with the
gold (arithmetic in `api.evaluation`). Never tune on these notes: develop against `corpora/notes/dev`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from api.evaluation import evaluate

TEST_SPLIT = Path(__file__).resolve().parents[1] / "corpora" / "notes" / "test"

FLOORS = {
    "code lines exactly right (share of notes)": 0.95,
    "laterality (note accuracy)": 0.98,
    "level sets (note accuracy)": 0.97,
    "finding F1": 0.90,
}


@pytest.fixture(scope="module")
def report():
    return evaluate(TEST_SPLIT)


def test_no_analysis_errors(report):
    failed = [(o.id, o.error) for o in report.outcomes if o.error]
    assert not failed, failed


def test_accuracy_floors(report):
    measured = {
        "code lines exactly right (share of notes)": report.codes_exact_rate,
        "laterality (note accuracy)": report.fields["laterality"].accuracy,
        "level sets (note accuracy)": report.fields["levels"].accuracy,
        "finding F1": report.findings.f1,
    }
    below = {k: round(v, 4) for k, v in measured.items() if v < FLOORS[k]}
    assert not below, f"below the floors {FLOORS}: {below}"
