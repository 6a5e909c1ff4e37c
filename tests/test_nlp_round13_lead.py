"""Round 13, lead's last fix: 'MR' alone, followed by a reporting verb, names an MRI ("MR reveals moderate
foraminal narrowing"), as 'MR of the lumbar spine' already did. Rules only (the presence verifier off), so the
test pins what the rules read."""

from __future__ import annotations

import datetime as dt

import pytest

from api.pipeline import analyze_text

NOTE = """Right L5-S1 transforaminal epidural steroid injection
Diagnosis: Lumbar radiculopathy (M54.16).
History: Right leg pain into the foot with numbness of the big toe for five months. Ten weeks of physical therapy
and naproxen failed. She can no longer walk her dog. {imaging}
Consent signed. Time-out performed. Pre-procedure pain 7/10.
Under fluoroscopy a needle was placed at the right L5-S1 foramen; 1 mL Omnipaque 240 outlined the root; 40 mg
triamcinolone with 1 mL 1% lidocaine was injected. AP and lateral images saved. No complications. Post pain 2/10.
"""


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAINPOINT_PRESENCE", "0")


def _imaging_finding(sentence: str) -> list[str]:
    result = analyze_text(NOTE.format(imaging=sentence), payer="medicare", date_of_service=dt.date(2026, 5, 4))
    return [f.id for f in result.findings if f.element == "imaging_findings"]


@pytest.mark.parametrize("sentence", [
    "MR shows a right L5-S1 disc extrusion touching the S1 root.",
    "MR demonstrated right foraminal stenosis at L5-S1.",
    "MR confirmed a right paracentral herniation at L5-S1.",
])
def test_mr_with_a_reporting_verb_is_an_mri(sentence: str) -> None:
    assert _imaging_finding(sentence) == []


@pytest.mark.parametrize("sentence", [
    "MR pending; no imaging yet.",
    "Imaging was not reviewed today.",
])
def test_no_study_read_still_flags_imaging_findings(sentence: str) -> None:
    assert _imaging_finding(sentence) == ["esi.imaging_findings"]
