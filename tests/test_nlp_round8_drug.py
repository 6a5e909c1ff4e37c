"""Round 8 (DRUG, D8): dose wordings of the families met in dev_fresh_av (one session, several procedures in terse
smartform/log/charge-sheet rows) and dev_fresh_ax (speech recognition, international dictation), as fictional
snippets written for these tests.

Every case gives the exact totals the reader must return and failed before its change; the guards (named so) pin
readings the change must keep.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _drugs(text: str) -> list[tuple[str, float | None]]:
    """(generic, total dose) of each drug read, in order."""
    return [(d.generic, d.dose) for d in extract(text).drugs]


# --- a strength brand written with a space and joined straight to the next drug: its number is the dose ------------

@pytest.mark.parametrize("text, drugs", [
    ("Caudal ESI, fluoro: Kenalog 40 + 5 mL 0.25% bupi + 5 mL NS.",
     [("triamcinolone_acetonide", 40.0), ("bupivacaine", 12.5)]),
    # a contrast amount in the clause before is no volume of the steroid
    ("Procedure #1 caudal ESI, fluoro: Omnipaque 300 3 mL; Kenalog 40 + 5 mL 0.25% bupi.",
     [("iohexol", 3.0), ("triamcinolone_acetonide", 40.0), ("bupivacaine", 12.5)]),
    ("L5 TFESI: Omnipaque 240 3 mL + Kenalog 40 + 2 mL 1% lido",
     [("iohexol", 3.0), ("triamcinolone_acetonide", 40.0), ("lidocaine", 20.0)]),
    ("[2] R hip IA, fluoro; Kenalog 40 + 3 mL 0.5% Naropin.",
     [("triamcinolone_acetonide", 40.0), ("ropivacaine", 15.0)]),
    ("R knee injection: Kenalog 40 and 4 mL 1% lidocaine.",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 40.0)]),
    ("R knee injection: Kenalog 40 with lidocaine 1% 3 mL.",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 30.0)]),
])
def test_strength_brand_number_joined_to_the_next_drug_is_the_dose(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    # a volume before the name: 2 mL of 40 mg/mL
    ("R hip IA: 2 mL Kenalog 40 + 3 mL 0.5% ropivacaine.",
     [("triamcinolone_acetonide", 80.0), ("ropivacaine", 15.0)]),
    # its own volume after a comma
    ("R hip IA: Kenalog 40, 2 mL, with 3 mL 0.5% ropivacaine.",
     [("triamcinolone_acetonide", 80.0), ("ropivacaine", 15.0)]),
    # the hyphenated product name alone says no amount
    ("R hip IA: Kenalog-40 + 3 mL 0.5% ropivacaine.",
     [("triamcinolone_acetonide", None), ("ropivacaine", 15.0)]),
])
def test_guard_strength_brand_with_its_own_volume_or_hyphen(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- a side label before a bare steroid number is no level ---------------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("L SIJ injection, fluoro.\n  Medication .. SIJ L: 40 Kenalog + 2 cc 0.25% bupi",
     [("triamcinolone_acetonide", 40.0), ("bupivacaine", 5.0)]),
    ("L SI joint injection under fluoro. L: 40 Kenalog + 2 cc 0.25% bupi.",
     [("triamcinolone_acetonide", 40.0), ("bupivacaine", 5.0)]),
])
def test_side_label_before_a_bare_steroid_number(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_a_level_before_a_bare_steroid_number_is_still_no_dose() -> None:
    assert _drugs("L L5 TFESI, fluoro. L5 40 Kenalog + 2 cc 0.25% bupi") == [
        ("triamcinolone_acetonide", None), ("bupivacaine", 5.0)]


# --- dictated doses: 'eighty of Depo-Medrol', 'one per cent', 'mils' -------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Right L5-S1 transforaminal epidural. Injected eighty of Depo-Medrol with two cc of zero point five percent "
     "bupivacaine.",
     [("methylprednisolone_acetate", 80.0), ("bupivacaine", 10.0)]),
    ("Right knee injection with forty of kenalog and four cc of one per cent lignocaine.",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 40.0)]),
    ("Right L5 TFESI. Injected one and a half mils of point five percent bupivacaine and 10 of dex.",
     [("bupivacaine", 7.5), ("dexamethasone_sodium_phosphate", 10.0)]),
    ("Right knee aspirated and injected, two mils of one per cent lignocaine then 40 mg Kenalog.",
     [("lidocaine", 20.0), ("triamcinolone_acetonide", 40.0)]),
])
def test_dictated_amounts_and_strengths(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- a wrapped smartform row takes the procedure of the row it continues ------------------------------------------

def test_wrapped_med_row_counts_the_sites_of_its_own_procedure() -> None:
    text = ("Procedure #1: L4-5 MBB | Side: R | Targets: L3, L4, L5 MB | Guidance: fluoro\n"
            "              | Med: 0.5% bupivacaine 0.5 mL per target\n"
            "Procedure #2: Greater occipital nerve block | Side: bilateral | Guidance: landmark\n"
            "              | Med: 0.25% bupivacaine 2 mL per side, Kenalog 10 mg per side")
    assert _drugs(text) == [("bupivacaine", 17.5), ("triamcinolone_acetonide", 20.0)]


# --- log shorthand repeating one side's amounts on the other ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "B/L SIJ. R: 40 mg Kenalog + 1 cc 0.5% bupi; L: same.",
    "B/L SIJ. R: 40 mg Kenalog + 1 cc 0.5% bupi. L: ditto.",
    "B/L SIJ. R: 40 mg Kenalog + 1 cc 0.5% bupi, repeated on L.",
    "B/L SIJ. R: 40 mg Kenalog + 1 cc 0.5% bupi; same L.",
    "B/L SIJ. R 40 Kenalog + 1 cc bupi 0.5%; L same.",
    "Bilateral SI joint injections. Right: 40 mg Kenalog + 1 cc 0.5% bupivacaine. Repeated on the left.",
])
def test_other_side_same_in_shorthand_repeats_the_amounts(text: str) -> None:
    assert _drugs(text) == [("triamcinolone_acetonide", 80.0), ("bupivacaine", 10.0)]


def test_guard_the_same_knee_as_before_is_no_repeat() -> None:
    assert _drugs("R knee: Kenalog 40 mg into the same right knee as in May.") == [("triamcinolone_acetonide", 40.0)]


# --- per-site shorthand of logs: '/lvl', '/jt', '@ ea', an amount and its drug 'x3' -----------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("R L4-5, L5-S1 TFESI. dex 4mg/lvl", [("dexamethasone_sodium_phosphate", 8.0)]),
    ("R L3, L4, L5 MBB: 0.5 cc 0.5% bupi @ ea.", [("bupivacaine", 7.5)]),
    ("R C5, C6, C7 MBB: 0.5 mL 0.5% bupi x3", [("bupivacaine", 7.5)]),
    ("R C5, C6, C7 MBB: 0.5 mL of 0.5% bupivacaine x 3", [("bupivacaine", 7.5)]),
])
def test_per_site_log_shorthand(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_a_duration_after_the_count_is_no_site_count() -> None:
    assert _drugs("R L5 TFESI: dex 10 mg, 1 mL 1% lidocaine x 2 wks of relief last time") == [
        ("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 10.0)]


# --- a per-level row repeated for the next level ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "R L4-5, L5-S1 TFESI, fluoro.\nL4-5: 1 cc Kenalog 40 + 1 cc 1% lido; L5-S1: same.",
    "R L4-5, L5-S1 TFESI, fluoro.\nL4-5: 1 cc Kenalog 40 + 1 cc 1% lido\nL5-S1: same",
])
def test_next_level_same_repeats_the_amounts(text: str) -> None:
    assert _drugs(text) == [("triamcinolone_acetonide", 80.0), ("lidocaine", 20.0)]


def test_guard_per_level_amounts_are_not_doubled_by_a_same_row() -> None:
    text = "R L4-5, L5-S1 TFESI. Kenalog 40 mg, 1 cc 1% lido at each level. L5-S1: same needle."
    assert _drugs(text) == [("triamcinolone_acetonide", 80.0), ("lidocaine", 20.0)]


# --- drug names split by a speech recogniser or misspelt ----------------------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Right knee. forty milligrams of Kenna log with four cc of lido caine one percent",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 40.0)]),
    ("Right L5 TFESI. methyl prednisolone 80 mg", [("methylprednisolone_acetate", 80.0)]),
    ("Right L5 TFESI. dexa methasone 10 mg and 2 mL of mar cane 0.25%",
     [("dexamethasone_sodium_phosphate", 10.0), ("bupivacaine", 5.0)]),
    ("Right L5 TFESI. Omnipak 240 1 mL, triamcinalone 40 mg, lidocain 1% 1 mL",
     [("iohexol", 1.0), ("triamcinolone_acetonide", 40.0), ("lidocaine", 10.0)]),
    ("Right hip. ropi vacaine 0.5% 4 mL with beta methasone 6 mg",
     [("ropivacaine", 20.0), ("betamethasone_sodium_phosphate_acetate", 6.0)]),
])
def test_split_or_misspelt_drug_names(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- each side's amount written out under its own label is not multiplied again by 'each side' ----------------------

@pytest.mark.parametrize("text, drugs", [
    ("B/L SIJ: R 40 mg Kenalog, L 40 mg Kenalog, 1 cc 0.5% bupi each side",
     [("triamcinolone_acetonide", 80.0), ("bupivacaine", 10.0)]),
    ("Bilateral L5 TFESI: R: 1 mL 1% lidocaine and L: 1 mL 1% lidocaine, dexamethasone 5 mg per side",
     [("lidocaine", 20.0), ("dexamethasone_sodium_phosphate", 10.0)]),
])
def test_side_labelled_amounts_are_already_per_side(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_one_amount_each_side_still_doubles() -> None:
    assert _drugs("B/L SIJ: Kenalog 40 mg each side, 1 cc 0.5% bupi each side") == [
        ("triamcinolone_acetonide", 80.0), ("bupivacaine", 10.0)]


# --- drugs of a charge line parted by a slash ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("R knee inj: Kenalog 40/lido 1% 4 cc", [("triamcinolone_acetonide", 40.0), ("lidocaine", 40.0)]),
    ("R knee inj: 40 mg Kenalog/4 cc 1% lido", [("triamcinolone_acetonide", 40.0), ("lidocaine", 40.0)]),
    ("R knee inj: Depo 80/Marcaine 0.5% 3 cc", [("methylprednisolone_acetate", 80.0), ("bupivacaine", 15.0)]),
    # an improper fraction is two amounts, never 10 mL of lidocaine (both unread rather than misread)
    ("R SIJ: dex 10/1 cc 1% lido", [("dexamethasone_sodium_phosphate", None), ("lidocaine", None)]),
])
def test_slash_between_two_drugs(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    ("R knee: Kenalog 40 1/2 mL", [("triamcinolone_acetonide", 20.0)]),
    ("R knee: 4 1/2 mL 1% lido", [("lidocaine", 45.0)]),
    ("R knee: Depo-Medrol 80mg/4cc 1% lido", [("methylprednisolone_acetate", 80.0), ("lidocaine", 40.0)]),
])
def test_guard_fractions_and_mg_slash_volume(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- a dictated number before an abbreviated unit -----------------------------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Right L5 TFESI. dexamethasone ten mg and two mls of lignocaine one per cent",
     [("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 20.0)]),
    ("Right knee. Depo Medrol eighty mg.", [("methylprednisolone_acetate", 80.0)]),
])
def test_number_in_words_before_mg(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs
