"""Steroid per-session ceilings (`dose_ceiling`): the ceilings are data in drugs.yaml (`session_ceiling`,
`dose_sanity`), the two requirements in requirements.yaml, the arithmetic in coding/drugs.py.

* An epidural session whose steroid total is above the drug's ceiling gets one `esi.steroid_dose_ceiling`
  warning naming the ceiling and its source; the drug line is proposed as usual.
* A total above the misread bound (4 x the ceiling) in any family is a likely misread: its drug line is left
  out (no units proposed) and `common.steroid_dose_misread` asks to confirm the dose.
All facts are fictional."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding.engine import propose
from coding.facts import NoteFacts
from coding.knowledge import load_kb

DOS = dt.date(2025, 3, 1)
TFESI = {"family": "transforaminal_epidural", "laterality": "bilateral", "levels": [{"name": "L5-S1", "kind": "segment"}],
         "imaging": {"modality": "fluoroscopy"}}
ILESI = {"family": "interlaminar_epidural", "levels": [{"name": "L4-L5", "kind": "segment"}],
         "imaging": {"modality": "fluoroscopy"}}
KNEE = {"family": "joint_injection", "target": "knee", "laterality": "left"}


def d(generic: str, dose: float, unit: str = "mg", **more: Any) -> dict[str, Any]:
    return {"generic": generic, "dose": dose, "dose_unit": unit,
            "evidence": [{"start": 0, "end": len(generic), "text": generic},
                         {"start": 20, "end": 26, "text": f"{dose:g} {unit}"}], **more}


def run(drugs: list[dict[str, Any]], procedure: dict[str, Any] = TFESI) -> tuple[list[str], list[Any]]:
    note = NoteFacts.model_validate({"encounter": {"place_of_service": "11"}, "procedures": [procedure], "drugs": drugs})
    result = propose(note, payer="medicare", date_of_service=DOS)
    lines = ["-".join([c.code, *c.modifiers]) + f" x{c.units}" for c in result.codes if c.procedure_index is None]
    return lines, [f for f in result.findings if f.element == "dose_ceiling"]


@pytest.mark.parametrize("drugs, lines", [
    ([d("methylprednisolone_acetate", 80)], ["J1010 x80"]),  # at the (flagged) ceiling: no finding
    ([d("triamcinolone", 80)], ["J3301 x8"]),
    ([d("dexamethasone", 15)], ["J1100 x15"]),
    ([d("betamethasone", 12)], ["J0702 x2"]),
    ([d("triamcinolone", 2, "ml", concentration="40 mg/mL")], ["J3301 x8"]),  # 80 mg from mL x strength
])
def test_at_the_ceiling_no_finding(drugs: list, lines: list) -> None:
    assert run(drugs) == (lines, [])


@pytest.mark.parametrize("drugs, procedure, lines, ceiling", [
    ([d("methylprednisolone_acetate", 120)], TFESI, ["J1010 x120"], "80 mg"),
    ([d("triamcinolone", 120)], ILESI, ["J3301 x12"], "80 mg"),
    ([d("dexamethasone", 20)], TFESI, ["J1100 x20"], "15 mg"),
    ([d("betamethasone", 18)], ILESI, ["J0702 x3"], "12 mg"),
    # two mentions of one steroid count together for the session: 60 + 60 mg
    ([d("triamcinolone", 60), d("Kenalog", 60)], TFESI, ["J3301 x6", "J3301 x6"], "80 mg"),
])
def test_epidural_above_ceiling_warns_and_keeps_the_line(drugs: list, procedure: dict, lines: list,
                                                         ceiling: str) -> None:
    got_lines, findings = run(drugs, procedure)
    assert got_lines == lines
    assert [(f.id, f.severity, f.procedure_index) for f in findings] == [("esi.steroid_dose_ceiling", "warning", None)]
    assert f"per-session ceiling of {ceiling}" in findings[0].message
    assert "[T-rubric]" in findings[0].message  # the ceiling's source is named
    assert [e.text for e in findings[0].evidence] == [dd["evidence"][1]["text"] for dd in drugs]  # the dose spans


def test_methylprednisolone_ceiling_is_flagged_as_a_choice() -> None:
    _, findings = run([d("methylprednisolone_acetate", 120)])
    assert findings[0].message.endswith(
        "methylprednisolone acetate 120 mg is above the recommended per-session ceiling of 80 mg (Painpoint choice, "
        "no published source (reason in the entry's note) [T]; ESI rubric (CRI deck for the Noridian ESI LCD "
        "L39240): recommended per-session steroid ceilings [T-rubric]; status: unconfirmed).")
    assert findings[0].requirement.source.endswith("(status: unconfirmed)")
    ceiling = load_kb().drugs.drugs["methylprednisolone_acetate"].session_ceiling
    assert (ceiling.mg, ceiling.status) == (80, "unconfirmed") and "equal anti-inflammatory potency" in ceiling.note


def test_ceiling_applies_to_epidural_families_only() -> None:
    assert run([d("triamcinolone", 120)], KNEE) == (["J3301 x12"], [])


@pytest.mark.parametrize("drugs, procedure, kept", [
    ([d("methylprednisolone_acetate", 3200)], TFESI, []),
    ([d("Depo-Medrol", 3200), d("lidocaine", 20)], TFESI, []),
    ([d("triamcinolone", 400)], KNEE, []),  # a misread in any family
    ([d("dexamethasone", 61), d("triamcinolone", 40)], ILESI, ["J3301 x4"]),  # only the misread line goes
])
def test_misread_dose_withholds_the_line(drugs: list, procedure: dict, kept: list) -> None:
    lines, findings = run(drugs, procedure)
    assert lines == kept
    assert [(f.id, f.severity) for f in findings] == [("common.steroid_dose_misread", "warning")]
    assert "far above the per-session ceiling" in findings[0].message
    assert "confirm the dose" in findings[0].message
    assert findings[0].fix.startswith(f"Confirm the {drugs[0]['generic'].replace('_', ' ')} dose")


def test_misread_message_names_reading_ceiling_and_source() -> None:
    _, findings = run([d("triamcinolone", 400)], KNEE)
    assert findings[0].message == (
        "A steroid dose was read far above its per-session ceiling, more likely a misread than the dose given; "
        "no units are proposed for its drug line. triamcinolone read as 400 mg, far above the per-session ceiling "
        "of 80 mg (ESI rubric (CRI deck for the Noridian ESI LCD L39240): recommended per-session steroid ceilings "
        "[T-rubric]; status: unconfirmed); confirm the dose: no drug units are proposed for it.")
    assert [e.text for e in findings[0].evidence] == ["400 mg"]


def test_at_the_misread_bound_is_only_over_the_ceiling() -> None:
    """Exactly 4 x the ceiling (320 mg triamcinolone) is still read as a dose: billed, with the ceiling warning."""
    lines, findings = run([d("triamcinolone", 320)])
    assert lines == ["J3301 x32"]
    assert [f.id for f in findings] == ["esi.steroid_dose_ceiling"]


def test_ceilings_live_in_the_kb() -> None:
    kb = load_kb().drugs
    assert {g: e.session_ceiling.mg for g, e in kb.drugs.items() if e.session_ceiling} == {
        "methylprednisolone_acetate": 80, "triamcinolone_acetonide": 80, "dexamethasone_sodium_phosphate": 15,
        "betamethasone_sodium_phosphate_acetate": 12}
    assert kb.dose_sanity.misread_factor == 4 and kb.dose_sanity.status == "unconfirmed"
