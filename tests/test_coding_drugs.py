"""Drug lines: brand → generic, unit math (dose / billing unit, rounded up), codes by date,
JW/JZ, place-of-service and payer gating, contrast by iodine strength. All facts are fictional."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding.engine import propose
from coding.facts import NoteFacts

DOS = dt.date(2025, 3, 1)
TPI = {"family": "trigger_point", "muscles": [{"value": "trapezius"}]}
TFESI = {"family": "transforaminal_epidural", "laterality": "left", "levels": [{"name": "L5", "kind": "root"}],
         "imaging": {"modality": "fluoroscopy"}}
STELLATE = {"family": "sympathetic_block", "target": "stellate", "imaging": {"modality": "fluoroscopy"}}


def run(drugs: list[dict[str, Any]], *, procedure: dict[str, Any] = TPI, payer: str = "medicare",
        dos: dt.date = DOS, pos: str = "11") -> tuple[list[str], list[str]]:
    note = NoteFacts.model_validate({"encounter": {"place_of_service": pos}, "procedures": [procedure], "drugs": drugs})
    result = propose(note, payer=payer, date_of_service=dos)
    drug_lines = [
        "-".join([c.code, *c.modifiers]) + f" x{c.units}" for c in result.codes if c.procedure_index is None
    ]
    return drug_lines, [f.id for f in result.findings if f.id.startswith(("drug.", "flag.code.J", "flag.setting.drug"))]


def d(generic: str, dose: float | None = None, unit: str | None = "mg", **more: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"generic": generic, **more}
    if dose is not None:
        out["dose"] = dose
        out["dose_unit"] = unit
    return out


UNIT_MATH = [
    ("Depo-Medrol 40 mg from 2024-04", [d("depo-medrol", 40)], DOS, ["J1010 x40"]),
    ("methylprednisolone 80 mg from 2024-04", [d("methylprednisolone_acetate", 80)], DOS, ["J1010 x80"]),
    ("methylprednisolone 40 mg before 2024-04", [d("methylprednisolone", 40)], dt.date(2024, 3, 31), ["J1030 x1"]),
    ("methylprednisolone 80 mg before 2024-04", [d("methylprednisolone", 80)], dt.date(2023, 5, 1), ["J1040 x1"]),
    ("methylprednisolone 60 mg before 2024-04", [d("methylprednisolone", 60)], dt.date(2023, 5, 1), ["J1040 x1"]),
    ("methylprednisolone 20 mg before 2024-04", [d("methylprednisolone", 20)], dt.date(2023, 5, 1), ["J1020 x1"]),
    ("methylprednisolone 30 mg: one unit that covers it", [d("methylprednisolone", 30)], dt.date(2023, 5, 1),
     ["J1030 x1"]),
    ("methylprednisolone 100 mg before 2024-04", [d("methylprednisolone", 100)], dt.date(2023, 5, 1),
     ["J1040 x1", "J1020 x1"]),
    ("methylprednisolone 160 mg before 2024-04", [d("methylprednisolone", 160)], dt.date(2023, 5, 1), ["J1040 x2"]),
    ("Kenalog 40 mg", [d("Kenalog-40", 40)], DOS, ["J3301 x4"]),
    ("triamcinolone 80 mg", [d("triamcinolone", 80)], DOS, ["J3301 x8"]),
    ("triamcinolone 2.5 mg rounds up to 1", [d("triamcinolone", 2.5)], DOS, ["J3301 x1"]),
    ("triamcinolone 45 mg rounds up", [d("triamcinolone", 45)], DOS, ["J3301 x5"]),
    ("triamcinolone 2 mL of 40 mg/mL", [d("triamcinolone", 2, "ml", concentration="40 mg/mL")], DOS, ["J3301 x8"]),
    ("Decadron 10 mg", [d("Decadron", 10)], DOS, ["J1100 x10"]),
    ("dexamethasone 1 mL of 4 mg/mL", [d("dexamethasone", volume_ml=1, concentration="4 mg/mL")], DOS, ["J1100 x4"]),
    ("dexamethasone 10 mg/1 mL written as 10 mg/ 1 mL", [d("dexamethasone", 1, "ml", concentration="10 mg/1 mL")], DOS, ["J1100 x10"]),
    ("Celestone 1 mL = 1 unit", [d("Celestone Soluspan", 1, "ml", concentration="6 mg/mL")], DOS, ["J0702 x1"]),
    ("betamethasone 12 mg = 2 units", [d("betamethasone", 12)], DOS, ["J0702 x2"]),
    ("Toradol 30 mg", [d("Toradol", 30)], DOS, ["J1885 x2"]),
    ("ketorolac 60 mg", [d("ketorolac", 60)], DOS, ["J1885 x4"]),
    ("ketorolac 15.5 mg rounds up", [d("ketorolac", 15.5)], DOS, ["J1885 x2"]),
    ("Botox 155 units", [d("Botox", 155, "units")], DOS, ["J0585 x155"]),
    ("lidocaine is never billed", [d("Xylocaine", 50)], DOS, []),
    ("bupivacaine not billed to Medicare", [d("Marcaine", 10, "ml")], DOS, []),
    ("contrast with a non-inclusive code stays off with no strength", [d("iohexol", 3, "ml", role="contrast")], DOS, []),
]


@pytest.mark.parametrize(("drugs", "dos", "expected"), [pytest.param(*c[1:], id=c[0]) for c in UNIT_MATH])
def test_unit_math(drugs: list[dict[str, Any]], dos: dt.date, expected: list[str]) -> None:
    assert run(drugs, dos=dos)[0] == expected


def test_j1010_unit_conflict_is_flagged() -> None:
    lines, ids = run([d("depo-medrol", 40)])
    assert lines == ["J1010 x40"]
    assert ids == ["flag.code.J1010"]


def test_j0702_unit_is_a_flagged_payer_setting() -> None:
    assert run([d("betamethasone", 6)]) == (["J0702 x1"], ["flag.code.J0702"])
    assert run([d("betamethasone", 6)], payer="commercial_generic")[0] == ["J0702 x1"]


def test_ml_dose_without_concentration_assumes_the_usual_strength_and_says_so() -> None:
    assert run([d("Kenalog", 1, "ml")]) == (["J3301 x4"], ["drug.concentration_assumed.Kenalog"])


def test_missing_dose_gives_a_finding_not_a_guess() -> None:
    assert run([d("triamcinolone")]) == ([], ["drug.no_dose.triamcinolone"])


def test_unknown_drug_is_named() -> None:
    assert run([d("unobtainium", 5)]) == ([], ["drug.unknown.unobtainium"])


def test_drugs_not_proposed_in_facility() -> None:
    assert run([d("triamcinolone", 40)], pos="22") == ([], ["drug.not_billed_pos"])


# --- JW / JZ -------------------------------------------------------------------------------------


def test_jw_line_for_discarded_amount() -> None:
    drugs = [d("Botox", 155, "units", container="single_dose", discarded=45)]
    assert run(drugs)[0] == ["J0585 x155", "J0585-JW x45"]


def test_jz_when_nothing_discarded() -> None:
    drugs = [d("onabotulinumtoxinA", 200, "units", container="single_dose", discarded=0)]
    assert run(drugs)[0] == ["J0585-JZ x200"]


def test_jz_not_before_it_is_required() -> None:
    drugs = [d("onabotulinumtoxinA", 200, "units", container="single_dose", discarded=0)]
    assert run(drugs, dos=dt.date(2023, 6, 30))[0] == ["J0585 x200"]


def test_jw_when_discard_rounds_to_more_units() -> None:
    drugs = [d("triamcinolone", 70, container="single_dose", discarded=30)]
    assert run(drugs)[0] == ["J3301 x7", "J3301-JW x3"]


def test_no_jw_when_rounding_already_covers_the_discard() -> None:
    # 15 mg given bills 2 units of 10 mg; 5 mg discarded adds no unit, so JZ (Noridian rule).
    drugs = [d("triamcinolone", 15, container="single_dose", discarded=5)]
    assert run(drugs)[0] == ["J3301-JZ x2"]


def test_multi_dose_vial_gets_neither() -> None:
    drugs = [d("triamcinolone", 40, container="multi_dose", discarded=0)]
    assert run(drugs)[0] == ["J3301 x4"]


def test_single_dose_without_discard_amount_is_a_finding() -> None:
    drugs = [d("dexamethasone", 10, container="single_dose")]
    assert run(drugs) == (["J1100 x10"], ["drug.discard_unknown.dexamethasone"])


def test_commercial_profile_does_not_apply_jw_jz() -> None:
    drugs = [d("Botox", 155, "units", container="single_dose", discarded=45)]
    assert run(drugs, payer="commercial_generic")[0] == ["J0585 x155"]


# --- payer-gated anesthetics and contrast ---------------------------------------------------------


def test_commercial_bills_bupivacaine_and_ropivacaine() -> None:
    drugs = [d("Marcaine", 10, "ml"), d("Naropin", 20)]
    assert run(drugs, payer="commercial_generic") == (["S0020 x1", "J2795 x20"], ["flag.code.J2795"])


def test_contrast_by_iodine_strength_with_a_non_inclusive_code() -> None:
    drugs = [d("Omnipaque 240", 3, "ml", role="contrast")]
    assert run(drugs, procedure=STELLATE)[0] == ["Q9966 x3"]


def test_contrast_300_strength() -> None:
    drugs = [d("iopamidol", 2.5, "ml", role="contrast", concentration="300 mgI/mL")]
    assert run(drugs, procedure=STELLATE)[0] == ["Q9967 x3"]


def test_contrast_from_the_procedure_when_no_drug_lists_it() -> None:
    stellate = {**STELLATE, "contrast": {"used": True, "agent": "Isovue-M 200", "volume_ml": 2}}
    assert run([], procedure=stellate)[0] == ["Q9966 x2"]


def test_contrast_not_billed_with_imaging_inclusive_code() -> None:
    drugs = [d("Omnipaque 240", 3, "ml", role="contrast")]
    assert run(drugs, procedure=TFESI) == ([], ["drug.contrast_not_billed"])


def test_contrast_strength_taken_from_the_procedure_when_the_drug_lacks_it() -> None:
    stellate = {**STELLATE, "contrast": {"used": True, "strength_mg_iodine_per_ml": 200, "volume_ml": 0.5}}
    assert run([d("iopamidol", 0.5, "ml", role="contrast")], procedure=stellate)[0] == ["Q9966 x1"]
