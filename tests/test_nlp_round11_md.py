"""Round 11c (DRUG, MD): dose readings the metamorphic probe found fragile under meaning-keeping rewrites (brand <->
generic, '.5%' for '0.5%', amounts in words, 'milligrams' for 'mg'). Fictional snippets written for these tests; each
case failed before its change.
"""

from __future__ import annotations

import pytest

from nlp import extract

_HEAD = "PROCEDURE: Cervical transforaminal epidural steroid injection.\n"


def _drugs(text: str, head: str = _HEAD) -> dict[str, tuple[float | None, str | None, float | None]]:
    """generic -> (dose, dose unit, volume in mL) for each drug read."""
    return {d.generic: (d.dose, d.dose_unit, d.volume_ml) for d in extract(head + text).drugs}


@pytest.mark.parametrize("name", ["dexamethasone", "decadron"])
def test_negation_ends_at_a_full_stop_before_a_lower_case_line(name: str) -> None:
    text = f"Iohexol 300 1 mL live, no vascular pattern.\n        {name} 10 mg (1 mL of 10 mg/mL, PF)."
    assert _drugs(text) == {"iohexol": (1.0, "ml", 1.0), "dexamethasone_sodium_phosphate": (10.0, "mg", None)}


@pytest.mark.parametrize(("text", "bupivacaine", "contrast"), [
    ("Omnipaque 240, 1 mL: prevertebral spread, no vascular uptake. .25% bupivacaine 8 mL in divided doses.",
     (20.0, "mg", 8.0), 1.0),
    ("Omnipaque 240 0.5 mL: arthrogram, no vascular. .5% bupivacaine 2 mL injected.", (10.0, "mg", 2.0), 0.5),
])
def test_negation_ends_at_a_full_stop_before_a_decimal_without_its_zero(
        text: str, bupivacaine: tuple[float, str, float], contrast: float) -> None:
    assert _drugs(text, "PROCEDURE: Stellate ganglion block.\n") == {
        "iohexol": (contrast, "ml", contrast), "bupivacaine": bupivacaine}


@pytest.mark.parametrize("total", ["(30 mg total)", "(30 milligrams total)", "(30 milligrams)"])
def test_spelled_mass_in_parentheses_after_each_is_no_site_count(total: str) -> None:
    text = f"25 g needles to the left C5, C6 and C7 medial branches; 0.5 mL of 2% lidocaine at each {total}."
    assert _drugs(text, "PROCEDURE: Cervical medial branch block.\n") == {"lidocaine": (30.0, "mg", 1.5)}


@pytest.mark.parametrize("strength", ["six mg / one mL", "6 mg / one mL", "six mg / 1 mL"])
def test_strength_over_one_ml_in_words_is_the_dose(strength: str) -> None:
    text = f"Injected betamethasone (Celestone Soluspan) {strength} + 1 mL preservative-free saline."
    assert _drugs(text, "PROCEDURE: Lumbar transforaminal epidural steroid injection.\n") == {
        "betamethasone_sodium_phosphate_acetate": (6.0, "mg", None)}


def test_strength_in_words_per_one_ml_with_a_volume() -> None:
    text = "Injected 2 mL of dexamethasone four mg per one mL."
    assert _drugs(text) == {"dexamethasone_sodium_phosphate": (8.0, "mg", 2.0)}


@pytest.mark.parametrize(("name", "generic"), [("Naropin", "ropivacaine"), ("Marcaine", "bupivacaine")])
def test_line_ending_on_a_dictated_strength_wants_the_brand_on_the_next_line(name: str, generic: str) -> None:
    text = ("under fluoroscopy 22 gauge needles to the targets period zero point five cc of zero point five percent\n"
            f"{name} at each target period pain after 1/10 period")
    assert _drugs(text, "PROCEDURE: Lumbar medial branch block.\n") == {generic: (2.5, "mg", 0.5)}


@pytest.mark.parametrize("name", ["lidocaine", "Xylocaine"])
def test_line_ending_on_a_preservative_free_strength_wants_the_drug_on_the_next_line(name: str) -> None:
    text = ("Isovue-M 200, 1 mL, showed an epidural pattern. Injected Decadron 5 mg with 1 mL of 1% preservative-free\n"
            f"{name}. Identical technique on the right side.")
    assert _drugs(text, "PROCEDURE: Lumbar transforaminal epidural steroid injection.\n") == {
        "iopamidol": (1.0, "ml", 1.0), "dexamethasone_sodium_phosphate": (5.0, "mg", None), "lidocaine": (10.0, "mg", 1.0)}
