"""Round 7b (DRUG): dose wordings of the families met in dev_fresh_aj/ak/al/am (solution and per-site arithmetic,
brands and strengths, one-paragraph dictation, Unicode amounts), as fictional snippets written for these tests.

Every case gives the exact totals the reader must return and failed before its change; the guards (named so)
pin readings the change must keep.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _drugs(text: str) -> list[tuple[str, float | None]]:
    """(generic, total dose) of each drug read, in order."""
    return [(d.generic, d.dose) for d in extract(text).drugs]


# --- a hard-wrapped line that ends on a strength, the drug's name opening the next line -----------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Right L4-5 and L5-S1 transforaminal epidural steroid injection.\nA mix of 2 mL Kenalog 40mg/ml and "
     "2 mL 0.25 %\nMarcaine was drawn up and 2 mL of it was injected at each foramen.",
     [("triamcinolone_acetonide", 80.0), ("bupivacaine", 5.0)]),
    ("PROCEDURE: Right L3-4, L4-5 and L5-S1 medial branch blocks.\nNeedles at the three nerves; 0.5 mL of 0.5%\n"
     "Sensorcaine at each of three targets.", [("bupivacaine", 7.5)]),
    ("PROCEDURE: Left knee injection.\nInjected 1 mL of 40 mg/mL\nKenalog and 4 mL of 1 percent\nXylocaine.",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 40.0)]),
])
def test_wrapped_strength_then_name(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Bilateral SI joint injections.\nA needle entered each joint. Each joint then received\n"
     "Depo-Medrol 40 mg with 1 mL of 1% lidocaine.",
     [("methylprednisolone_acetate", 80.0), ("lidocaine", 20.0)]),
    ("PROCEDURE: Bilateral L5-S1 transforaminal epidural steroid injections.\nEach foramen then received\n"
     "Kenalog 20 mg and 1 mL of 0.25% bupivacaine.",
     [("triamcinolone_acetonide", 40.0), ("bupivacaine", 5.0)]),
])
def test_verb_ending_its_line_then_the_drug(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_strength_closing_its_own_drug_keeps_its_line() -> None:
    """A line whose strength closes its own drug ("lidocaine 1%") does not join the next line's per-level amounts."""
    text = ("PROCEDURE: Left L4-5 and L5-S1 transforaminal epidural steroid injections.\nSkin: 3 mL lidocaine 1%\n"
            "Kenalog 40 mg with 1 mL 0.25% bupivacaine at each level.")
    assert _drugs(text) == [("lidocaine", 30.0), ("triamcinolone_acetonide", 80.0), ("bupivacaine", 5.0)]


# --- a mixture shared out: its injected portion after "divided"/"split" -------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Bilateral L4-5 facet joint injections.\nA 1 mL solution of 0.5 mL Kenalog-40 (20 mg) and 0.5 mL "
     "0.5% Marcaine was divided equally, 0.5 mL into each joint.",
     [("triamcinolone_acetonide", 20.0), ("bupivacaine", 2.5)]),
    ("PROCEDURE: Bilateral L5-S1 facet joint injections.\nA mixture of 1 mL Depo-Medrol 40 mg/mL and 1 mL 1% lidocaine "
     "was split between the two joints, 1 mL to each.",
     [("methylprednisolone_acetate", 40.0), ("lidocaine", 10.0)]),
])
def test_divided_mixture_portion(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- a per-site amount written before "a mixture of ..." ------------------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Trigger point injections, right upper back.\nFour trigger points were injected with 1 cc each of a mixture of "
     "9 cc 1% lidocaine and 1 cc Kenalog 40mg/ml.",
     [("lidocaine", 36.0), ("triamcinolone_acetonide", 16.0)]),
    ("Trigger point injections, right upper back.\nFour trigger points (two in the trapezius, one in each of the "
     "others) were injected with 1 cc each of a\nmixture of 9 cc 1% lidocaine and 1 cc Kenalog 40mg/ml.",
     [("lidocaine", 36.0), ("triamcinolone_acetonide", 16.0)]),
    ("Trigger point injections, left low back.\nThree trigger points were each injected with 2 mL of a solution of "
     "8 mL 1% lidocaine and 2 mL Kenalog 10 mg/mL.",
     [("lidocaine", 48.0), ("triamcinolone_acetonide", 12.0)]),
    ("Trigger point injections, left trapezius and rhomboid.\nThree trigger points, 1 mL per point of a mixture of "
     "4 mL 1% lidocaine and 1 mL Kenalog 40 mg/mL.", [("lidocaine", 24.0), ("triamcinolone_acetonide", 24.0)]),
    ("Trigger point injections, left trapezius and rhomboid.\nThree trigger points were injected, 1 mL apiece, with a "
     "mixture of 4 mL 1% lidocaine and 1 mL Kenalog 40 mg/mL.",
     [("lidocaine", 24.0), ("triamcinolone_acetonide", 24.0)]),
])
def test_per_site_amount_of_a_mixture(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- a per-site local anaesthetic beside a steroid "divided among" the sites ---------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Right genicular nerve blocks (superomedial, superolateral, inferomedial).\nNaropin 0.5%, 2 mL per "
     "nerve, with Decadron 4 mg in total divided among the three nerves.",
     [("ropivacaine", 30.0), ("dexamethasone_sodium_phosphate", 4.0)]),
])
def test_per_site_before_divided(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_amount_before_divided_stays_a_total() -> None:
    text = ("PROCEDURE: Left L4-5 and L5-S1 transforaminal epidural steroid injections.\n80 mg of Kenalog was divided "
            "between the two levels, each half mixed with 1 mL of 0.25% bupivacaine.")
    assert _drugs(text)[0] == ("triamcinolone_acetonide", 80.0)


# --- "the same on the left": amounts given again on the other side --------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Bilateral SI joint injections.\nDepo-Medrol 40 mg and 1 mL of 0.5% bupivacaine were injected on the "
     "right and the same on the left.", [("methylprednisolone_acetate", 80.0), ("bupivacaine", 10.0)]),
    ("PROCEDURE: Bilateral greater occipital nerve blocks.\nRight: 2 mL 0.5% bupivacaine with 10 mg Kenalog.\n"
     "Same on the left.", [("bupivacaine", 20.0), ("triamcinolone_acetonide", 20.0)]),
    ("PROCEDURE: Bilateral greater occipital nerve blocks.\nOn the left 3 mL of 0.25% bupivacaine and 4 mg "
     "dexamethasone were injected. The same was given on the right.",
     [("bupivacaine", 15.0), ("dexamethasone_sodium_phosphate", 8.0)]),
    ("PROCEDURE: Bilateral knee injections.\nRight knee: Kenalog 40 mg with 4 mL 1% lidocaine. Likewise on the left.",
     [("triamcinolone_acetonide", 80.0), ("lidocaine", 80.0)]),
    ("PROCEDURE: Bilateral greater occipital nerve blocks.\nThe right GON was injected with 2 mL 0.5% bupivacaine and "
     "10 mg Kenalog. The left GON was done likewise.", [("bupivacaine", 20.0), ("triamcinolone_acetonide", 20.0)]),
])
def test_same_on_the_other_side(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_same_after_a_drugless_sentence_repeats_nothing() -> None:
    """"Same on the left" after a needle sentence repeats the needle, not the skin local two sentences back."""
    text = ("PROCEDURE: Bilateral SI joint injections.\nSkin: 2 mL 1% lidocaine. A needle entered the right SI joint. "
            "Same on the left. Depo-Medrol 40 mg into each joint.")
    assert _drugs(text) == [("lidocaine", 20.0), ("methylprednisolone_acetate", 80.0)]


# --- mixed numbers and Unicode fractions in a volume --------------------------------------------------------------

@pytest.mark.parametrize("volume, lidocaine", [
    ("4\u00bd mL", 45.0), ("4 \u00bd mL", 45.0), ("4 1/2 mL", 45.0), ("4-1/2 cc", 45.0), ("2\u00bc mL", 22.5),
    ("\u00be mL", 7.5), ("1\u00be cc", 17.5), ("\u2153 mL", 3.3333),
])
def test_mixed_number_volume(volume: str, lidocaine: float) -> None:
    text = f"Left knee injection, landmark.\nKenalog 40 mg (1 mL) with {volume} 1% lidocaine."
    assert _drugs(text) == [("triamcinolone_acetonide", 40.0), ("lidocaine", lidocaine)]


def test_unicode_eighth_of_a_cc() -> None:
    text = "Trigger point injections, left neck.\nTwo trigger points, \u215b cc of Kenalog 40mg/ml into each muscle."
    assert _drugs(text) == [("triamcinolone_acetonide", 10.0)]


def test_guard_brand_strength_then_fraction() -> None:
    """"Kenalog 40 1/2 mL" is half a mL of Kenalog-40, never 40.5 mL."""
    text = "Right knee injection, landmark.\nKenalog 40 1/2 mL with 4 mL 1% lidocaine."
    assert _drugs(text) == [("triamcinolone_acetonide", 20.0), ("lidocaine", 40.0)]


def test_guard_same_on_the_left_after_each_side_counts_twice_only() -> None:
    """A sentence already per side ("on each side") that names the right and then "the same on the left" gives each
    side one amount, not two."""
    text = ("Bilateral greater occipital nerve blocks. Medial to the occipital artery on each side a needle was placed "
            "and 2 mL of 0.5% bupivacaine with triamcinolone 20 mg was injected on the right, then the same on the "
            "left.")
    assert _drugs(text) == [("bupivacaine", 20.0), ("triamcinolone_acetonide", 40.0)]


def test_ratio_mixture_volume_after_its_components() -> None:
    text = ("PROCEDURE: Right L4-5 and L5-S1 transforaminal epidural steroid injections.\nA 1:1 mixture of Kenalog 40 "
            "and 0.5% bupivacaine, 1 mL per level.")
    assert _drugs(text) == [("triamcinolone_acetonide", 40.0), ("bupivacaine", 5.0)]


def test_apiece_is_per_site() -> None:
    text = "Trigger point injections, left trapezius.\nFour trigger points, 1% lidocaine 1 mL apiece."
    assert _drugs(text) == [("lidocaine", 40.0)]
