"""Round 11 (DRUG, D11b): the wording families left by D11 and by the metamorphic probe m2 — a strength in words before
an abbreviated unit ("Decadron four mg/mL"), an amount with its unit spelled at a hard-wrapped line's end ("40
milligrams" + newline + "Kenalog"), a spelled unit in a pipe-table row, and a discarded volume of a drug dosed by mass
(converted with the stated strength). Fictional snippets written for these tests; each case failed before its change.
"""

from __future__ import annotations

import pytest

from nlp import extract

_HEAD = "PROCEDURE: Greater occipital nerve block.\n"


def _drugs(text: str) -> dict[str, tuple[float | None, str | None, float | None]]:
    """generic -> (dose, dose unit, volume in mL) for each drug read."""
    return {d.generic: (d.dose, d.dose_unit, d.volume_ml) for d in extract(_HEAD + text).drugs}


@pytest.mark.parametrize("text, dose, volume", [
    ("Injected 1 mL of dexamethasone four mg/mL.", 4.0, 1.0),
    ("Technique: 1 mL Decadron four mg/mL and 1 mL 0.5% Marcaine per side.", 8.0, 2.0),
    ("DRUG: dexamethasone  STRENGTH: Four mg/mL  VOLUME: 2 mL", 8.0, 2.0),
    ("Dexamethasone ten mg per mL, 1 mL given.", 10.0, 1.0),
])
def test_strength_in_words_before_abbreviated_unit(text: str, dose: float, volume: float) -> None:
    assert _drugs(text)["dexamethasone_sodium_phosphate"] == (dose, "mg", volume)


@pytest.mark.parametrize("amount", ["40 milligrams", "forty milligrams", "forty mg"])
def test_wrapped_line_ending_on_spelled_amount(amount: str) -> None:
    text = f"The knee was injected: {amount}\nKenalog with 3 mL 1% lidocaine."
    assert _drugs(text) == {"triamcinolone_acetonide": (40.0, "mg", None), "lidocaine": (30.0, "mg", 3.0)}


def test_wrapped_line_ending_on_spelled_strength() -> None:
    text = "The knee was injected with 1 mL of 40 milligrams per milliliter\nKenalog and 3 mL 1% lidocaine."
    assert _drugs(text)["triamcinolone_acetonide"] == (40.0, "mg", 1.0)


@pytest.mark.parametrize("unit", ["milligrams", "milligram"])
def test_pipe_table_rows_with_spelled_unit(unit: str) -> None:
    text = ("  Level | Side | Needle | Medication\n"
            f"  L4-5 | Right | 22 g | Depo-Medrol 40 {unit} + 0.5 mL 1% lidocaine\n"
            f"  L5-S1 | Right | 22 g | Depo-Medrol 40 {unit} + 0.5 mL 1% lidocaine\n")
    assert _drugs(text) == {"methylprednisolone_acetate": (80.0, "mg", None), "lidocaine": (10.0, "mg", 1.0)}


@pytest.mark.parametrize("text, dose, volume, discarded", [
    ("Dexamethasone 10 mg/mL single-dose vial; 0.5 mL discarded, 1 mL injected.", 10.0, 1.0, 5.0),
    ("Kenalog 40 mg/mL single-dose vial, 1 mL injected, the remaining 1 mL was discarded.", 40.0, 1.0, 40.0),
])
def test_discarded_volume_of_a_drug_dosed_by_mass(text: str, dose: float, volume: float, discarded: float) -> None:
    (d,) = extract(_HEAD + text).drugs
    assert (d.dose, d.volume_ml, d.discarded) == (dose, volume, discarded)


def test_guard_toxin_discard_in_units_unchanged() -> None:
    (d,) = extract(_HEAD + "Botox 100 unit single-dose vial, 80 units injected, 20 units discarded.").drugs
    assert (d.dose, d.dose_unit, d.discarded) == (80.0, "units", 20.0)
