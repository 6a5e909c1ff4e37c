"""Round 7d (DRUG): dose wordings of the families met in dev_fresh_ar/as/at (several procedures in one session, each
with its own sites; one-line logs and ultra-terse shorthand), as fictional snippets written for these tests.

Every case gives the exact totals the reader must return and failed before its change; the guards (named so)
pin readings the change must keep.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _drugs(text: str) -> list[tuple[str, float | None]]:
    """(generic, total dose) of each drug read, in order."""
    return [(d.generic, d.dose) for d in extract(text).drugs]


# --- two procedures in one session: a per-site dose counts the sites of the procedure its sentence names ----------

@pytest.mark.parametrize("text, drugs", [
    # the second procedure's muscles, not the nerves of the block written on the line before
    ("PROCEDURES: (1) left L3-4 and L4-5 facet joint medial branch blocks; (2) trigger point injections.\n"
     "(1) Needles to the left L3, L4 and L5 medial branches, 0.5 mL of 0.5% bupivacaine at each.\n"
     "(2) Left gluteus medius and left quadratus lumborum: 3 mL of 1% lidocaine into each.",
     [("bupivacaine", 7.5), ("lidocaine", 60.0)]),
    # 'each muscle' of a TPI after a one-level TFESI: the two muscles of the exam, not the one foramen
    ("Left L5-S1 transforaminal epidural plus trigger point injections of the left lumbar paraspinals and left gluteus "
     "medius.\nTFESI: dexamethasone 10 mg injected.\nTPI: each muscle injected with 2 mL of 0.5% lidocaine.",
     [("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 20.0)]),
    # 'on each side' of a bilateral nerve block done after a bilateral two-joint MBB: two sides, not four targets
    ("Procedures: bilateral L4-L5 facet medial branch blocks and bilateral greater occipital nerve blocks.\n"
     "MBB: L4 and L5 medial branches on each side, 0.5 mL of 0.5% ropivacaine at each of the 4 targets.\n"
     "GON blocks: on each side 2 mL of 0.25% bupivacaine with triamcinolone 10 mg.",
     [("ropivacaine", 10.0), ("bupivacaine", 10.0), ("triamcinolone_acetonide", 20.0)]),
    # four muscles listed under a trigger point label after a bilateral nerve block
    ("Occipital nerve blocks and trigger point injections.\n"
     "Greater occipital nerve blocks, both sides: 2 mL of 0.5% bupivacaine per side.\n"
     "Trigger points: right rhomboid, left rhomboid, right levator scapulae, left levator scapulae, 1 mL of 1% "
     "lidocaine each.",
     [("bupivacaine", 20.0), ("lidocaine", 40.0)]),
])
def test_per_site_dose_of_the_named_procedure(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_one_procedure_still_counts_its_own_sites() -> None:
    text = ("Right L4-5 and L5-S1 facet medial branch blocks.\nRight L3, L4 and L5 medial branches: 0.5 mL of 0.5% "
            "bupivacaine at each.")
    assert _drugs(text) == [("bupivacaine", 7.5)]


# --- a field separator of a log ends the negation before it --------------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROC LOG 03/02/26 | R L5 TFESI | fluoro, Omnipaque 1 cc, no vasc | Celestone 6 mg + 1% lido 1 cc | 7->2",
     [("iohexol", 1.0), ("betamethasone_sodium_phosphate_acetate", 6.0), ("lidocaine", 10.0)]),
    ("R L5 TFESI, fluoro, no IV uptake - dex 10 mg + 1 mL 1% lido",
     [("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 10.0)]),
    ("R L5 TFESI \u2022 neg heme, no vasc \u2022 Kenalog 40 mg + 2 cc 1% lido",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 20.0)]),
    # the negated drug keeps its negation in its own field; the next field's drug is given
    ("R L5 TFESI | no Celestone | 1% lido 1 cc", [("lidocaine", 10.0)]),
])
def test_negation_stops_at_a_field_separator(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- a lone number right before a steroid's name -----------------------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    # after a volume it is the strength: 1 mL of 40 mg/mL on each of two sides
    ("B/L SIJ inj, fluoro, 1 cc 40 Depo-Medrol + 1 cc 0.25% bupi ea side",
     [("methylprednisolone_acetate", 80.0), ("bupivacaine", 5.0)]),
    ("L knee inj: 2 mL of 40 Kenalog + 4 mL 1% lido", [("triamcinolone_acetonide", 80.0), ("lidocaine", 40.0)]),
    # alone it is the milligrams
    ("R L5 TFESI, fluoro. 10 dex + 2 cc 1% lido.", [("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 20.0)]),
    ("L4-5 ILESI. Meds: 80 Depo, 3 cc NS.", [("methylprednisolone_acetate", 80.0)]),
])
def test_bare_number_before_a_steroid(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    ("L4-5 ILESI x 2 Kenalog 80 mg", [("triamcinolone_acetonide", 80.0)]),  # a count, the amount after the name
    ("L4-5 ILESI 80 Depo-Medrol 80 mg", [("methylprednisolone_acetate", 80.0)]),  # the amount written twice
    ("PROC LOG 09/14/26 Kenalog 40 mg L4-5 ILESI", [("triamcinolone_acetonide", 40.0)]),  # a date's tail
])
def test_guard_bare_number_before_a_steroid_is_not_added(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- per-site shorthand written on the drug's name, and a date is no count of sites --------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("TPI x4 - L trap, L levator, L rhomboid, L infraspinatus - twitch each - 1 mL 1% lido/site, 27g.",
     [("lidocaine", 40.0)]),
    ("Bilat L4-5 TFESI. 1 mL Kenalog-40/side with 1 mL 1% lido/side.",
     [("triamcinolone_acetonide", 80.0), ("lidocaine", 20.0)]),
    ("PROCEDURE LOG  11/10/26  Trigger point inj, R upper trapezius + R splenius capitis, 1 mL 0.25% bupivacaine "
     "each.", [("bupivacaine", 5.0)]),
])
def test_per_site_shorthand(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- a pair of relief percents in an earlier-block sentence is no strength -----------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Axial neck pain for 2 years; he cannot reverse the car. Dual comparative medial branch blocks: cervical "
     "(lidocaine then\nbupivacaine) 90% and 85% relief.\nSkin: 1% lidocaine 2 mL at each of the 4 targets.",
     [("lidocaine", 80.0)]),
    ("Hx: comparative MBBs (lido, then bupi) 80%/90% relief.\nToday: 0.5% bupi 0.5 mL at each of 3 nerves.",
     [("bupivacaine", 7.5)]),
])
def test_relief_pair_is_not_a_strength(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- a mixture's whole volume written as a label before its components ---------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Right L4-5 and L5-S1 TFESI. 5 cc total: 2 cc Kenalog 40 + 3 cc 1% lidocaine; 2.5 cc at each level.",
     [("triamcinolone_acetonide", 80.0), ("lidocaine", 30.0)]),
    ("Left L4-5 and L5-S1 TFESI. Total 4 mL: 2 mL Kenalog 40 + 2 mL 1% lidocaine, 2 mL at each level.",
     [("triamcinolone_acetonide", 80.0), ("lidocaine", 20.0)]),
    # all of it injected at one site: the total is no extra steroid volume (was 4 mL of dexamethasone)
    ("Right L5-S1 TFESI. 3 mL total: 1 mL dexamethasone 10 mg/mL and 2 mL 1% lidocaine.",
     [("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 20.0)]),
])
def test_leading_total_is_the_mixture_volume(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_a_total_after_the_components_stays_a_restatement() -> None:
    text = "Right L5-S1 TFESI. 1 mL dexamethasone 10 mg/mL and 2 mL 1% lidocaine, 3 mL total."
    assert _drugs(text) == [("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 20.0)]


# --- a strength on the drug's line, the amounts on the rows under it -----------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Bilateral knee injections.\nInjectate 0.5% bupivacaine.\nR - 2 mL\nL - 2 mL", [("bupivacaine", 20.0)]),
    ("Right L4-5 and L5-S1 TFESI.\nMedication: Kenalog 40 mg/mL\nL4-5: 1 mL\nL5-S1: 1 mL\nComplications: none",
     [("triamcinolone_acetonide", 80.0)]),
])
def test_amount_rows_under_a_strength(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_a_vital_sign_row_is_no_amount() -> None:
    assert _drugs("Right knee.\nInjectate 1% lidocaine\nHR - 72") == [("lidocaine", None)]


# --- 'per muscle' over muscles of which some are written on both sides ---------------------------------------------

def test_per_muscle_counts_every_sided_muscle() -> None:
    text = ("Procedure: trigger point injections; Sites: R and L rhomboids, R levator scapulae, L infraspinatus\n"
            "Injectate: 0.5% lidocaine 2 mL per muscle; Post pain: 2/10")
    assert _drugs(text) == [("lidocaine", 40.0)]


def test_guard_per_side_over_a_muscle_written_on_both_sides() -> None:
    text = "Trigger point injections of the right and left upper trapezius: 2 mL of 1% lidocaine per side."
    assert _drugs(text) == [("lidocaine", 40.0)]


# --- 'the same amounts' on the other side repeats the contrast too; 'the same mixture' only what was mixed ---------

def test_same_amounts_repeat_the_contrast() -> None:
    text = ("Bilateral SI joint injections. On the right the skin was anesthetized with 1 mL of 1% lidocaine and a needle "
            "entered the joint. Omnipaque 240, 0.5 mL, showed an arthrogram, and 1 mL of 0.5% bupivacaine with 40 mg of "
            "Depo-Medrol was injected. The left side was done the same way with the same amounts.")
    assert _drugs(text) == [("lidocaine", 20.0), ("iohexol", 1.0), ("bupivacaine", 10.0),
                            ("methylprednisolone_acetate", 80.0)]


def test_guard_same_mixture_does_not_repeat_the_contrast() -> None:
    text = ("Right knee: Omnipaque 300 1 mL confirmed placement, then Kenalog 40 mg and 4 mL 1% lidocaine. Left knee: "
            "same approach and the same mixture.")
    assert _drugs(text) == [("iohexol", 1.0), ("triamcinolone_acetonide", 80.0), ("lidocaine", 80.0)]


def test_same_amounts_repeat_a_wrapped_sentence_with_its_contrast() -> None:
    text = ("Bilateral SI joint injections.\nOn the right a needle entered the joint.\nOmnipaque 240, 0.5 mL, showed an "
            "arthrogram, and 1 mL of 0.5%\nSensorcaine with 40 mg of Depo-Medrol was injected. It was repeated on the "
            "left side with the same amounts.")
    assert _drugs(text) == [("iohexol", 1.0), ("bupivacaine", 10.0), ("methylprednisolone_acetate", 80.0)]


# --- 'ea' for 'each' after an amount ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Right L3-4 and L4-5 MBB. 22g to R L3, L4, L5 MB. 2% lidocaine 0.5 mL ea.", [("lidocaine", 30.0)]),
    ("Bilateral knee inj. Kenalog 40 mg ea, 1% lido 4 mL ea.", [("triamcinolone_acetonide", 80.0), ("lidocaine", 80.0)]),
])
def test_ea_after_an_amount_is_each(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs
