"""Round 16 (lead): functional impairment in two families the retrained presence verifier no longer covered for the
rules (dev_fresh_cb, dev_fresh_bw): activities listed as the subject of a limit, and a working day the patient cannot
finish; our own wordings, near misses beside."""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2025, 10, 20)


def _functional(history: str) -> bool:
    note = ("Left L5-S1 transforaminal epidural steroid injection\n"
            "Diagnosis: Lumbar radiculopathy (M54.16).\n"
            f"Indication: {history}\n"
            "Procedure: under fluoroscopy a needle was placed at the left L5-S1 foramen and 40 mg triamcinolone was "
            "injected. No complications.\n")
    return bool(nlp.extract(note, date_of_service=DOS).necessity.functional_impairment)


@pytest.mark.parametrize("history, read", [
    ("Shooting pain down the left leg. Gardening and kneeling are severely restricted.", True),
    ("Shooting pain down the left leg. Sitting, prolonged standing and stairs have been limited since spring.", True),
    ("Shooting pain down the left leg. Walking is not limited.", False),
])
def test_activities_as_the_subject_of_a_limit(history: str, read: bool) -> None:
    assert _functional(history) is read


@pytest.mark.parametrize("history, read", [
    ("Shooting pain down the left leg. He is unable to make it through a full workday at the warehouse.", True),
    ("Shooting pain down the left leg. She can't get through her 12-hour shifts on the ward.", True),
    ("Shooting pain down the left leg. She got through her shifts without trouble last month.", False),
])
def test_a_working_day_the_patient_cannot_finish(history: str, read: bool) -> None:
    assert _functional(history) is read
