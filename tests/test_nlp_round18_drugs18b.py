"""Round 18b (issue 3, drugs18b): how physicians state a session's total beside the amounts given site by site, as
fictional snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before
its change; the guards (named so) pin readings the change must keep.

- A running total in the clause of a later administration ('Ketorolac 30 mg went into the left trapezius, for a
  total of 60 mg of ketorolac', 'bringing the total to 30 mg'): the administrations add up to it, it adds nothing.
- A clause after a per-site phrase that sums up with a total word ('..., 6 mL of bupivacaine and 30 mg of ketorolac
  in all', '...; in total ...', '..., so the knee received 40 mg of triamcinolone and 20 mg of lidocaine in all'):
  the whole again, neither per site nor another part of the mixture; so is a clause telling what the one site
  received ('..., so the knee received 40 mg of triamcinolone', '; in all the joint was given 40 mg').
- A mixture made up once per side of a bilateral procedure ('1 mL at each nerve from a mixture made for each knee
  of ...', 'For each knee a mixture of ... was prepared', 'a separate syringe was prepared for each knee with ...'):
  each side's mixture is used up, its parts given on both sides; a volume at each nerve told before the mixture it
  comes from is that mixture's share, not the first part's volume.
- A volume right after a reference back to the mixture ('then the same mix, 2 mL'): the mixture's, not the
  contrast's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)


def _j_lines(text: str) -> list[tuple[str, list[str], int]]:
    """The drug lines billed for `text` in the office under Medicare."""
    res = pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service="11", source="r18b")
    return sorted((c.code, sorted(c.modifiers), c.units) for c in res.codes if c.code.startswith("J"))


def _doses(text: str) -> dict[str, tuple[float | None, str | None]]:
    """generic -> (dose, unit) of every drug read from `text`."""
    return {d.generic: (d.dose, d.dose_unit) for d in extract(text).drugs}


_HEAD = "Consent signed. Time-out done.\n"

# --- a running total in a later administration's clause -------------------------------------------------------------

_TRAP = "Trigger point injections, right and left upper trapezius.\n" + _HEAD + "{d}\nNo complications.\n"


@pytest.mark.parametrize("d", [
    "Ketorolac 30 mg was injected into the right trapezius. Ketorolac 30 mg went into the left trapezius, for a total "
    "of 60 mg of ketorolac.",
    "The right trapezius got ketorolac 30 mg; the left trapezius then got ketorolac 30 mg, bringing the total to 60 mg.",
    "Ketorolac 30 mg into the right trapezius and 30 mg into the left, for a total of 60 mg.",
    "Toradol 30 mg was placed in the right trapezius. Then Toradol 30 mg in the left, making a total of 60 mg.",
])
def test_running_total_adds_nothing(d: str) -> None:
    text = _TRAP.format(d=d)
    assert _doses(text) == {"ketorolac_tromethamine": (60.0, "mg")}
    assert _j_lines(text) == [("J1885", [], 4)]


def test_running_total_beside_a_volume_and_strength() -> None:
    text = _TRAP.format(d="Into the right trapezius 3 mL of 0.5% bupivacaine was injected. Another 3 mL of 0.5% "
                          "bupivacaine went into the left trapezius, bringing the total to 30 mg of bupivacaine.")
    assert _doses(text) == {"bupivacaine": (30.0, "mg")}


def test_guard_two_different_drugs_each_keep_their_amount() -> None:
    text = _TRAP.format(d="Ketorolac 30 mg was injected into the right trapezius. The left trapezius got 3 mL of 0.5% "
                          "bupivacaine, for a total of 15 mg of bupivacaine.")
    assert _doses(text) == {"ketorolac_tromethamine": (30.0, "mg"), "bupivacaine": (15.0, "mg")}


def test_guard_a_second_injection_without_a_total_still_adds() -> None:
    text = _TRAP.format(d="Ketorolac 30 mg was injected into the right trapezius. Ketorolac 30 mg went into the left "
                          "trapezius as well.")
    assert _doses(text) == {"ketorolac_tromethamine": (60.0, "mg")}
    assert _j_lines(text) == [("J1885", [], 4)]


# --- a total word closing a per-site sentence -----------------------------------------------------------------------

_TPI = ("Trigger point injections, left quadratus lumborum and gluteus medius.\n" + _HEAD
        + "A mixture of 6 mL of 0.25% bupivacaine and ketorolac 30 mg was drawn up. Each of the three trigger points "
          "was entered and 2 mL of the mixture was injected at each{d}\nNo complications.\n")


@pytest.mark.parametrize("d", [
    ", 6 mL of bupivacaine and 30 mg of ketorolac in all.",
    "; in total 6 mL of bupivacaine and 30 mg of ketorolac.",
    ", 30 mg of ketorolac and 6 mL of bupivacaine altogether.",
    ", thus 6 mL of bupivacaine and 30 mg of ketorolac in total.",
])
def test_total_after_the_amounts_restates_the_mixture(d: str) -> None:
    text = _TPI.format(d=d)
    assert _doses(text) == {"bupivacaine": (15.0, "mg"), "ketorolac_tromethamine": (30.0, "mg")}
    assert _j_lines(text) == [("J1885", [], 2)]


def test_guard_a_different_drug_after_the_mixture_still_adds() -> None:
    text = _TPI.format(d=", and dexamethasone 4 mg in total was then given at the last point.")
    assert _doses(text) == {"bupivacaine": (15.0, "mg"), "ketorolac_tromethamine": (30.0, "mg"),
                            "dexamethasone_sodium_phosphate": (4.0, "mg")}


_GNB = ("Right knee genicular nerve block under ultrasound.\n" + _HEAD
        + "The superomedial, superolateral and inferomedial genicular nerves were located and 1 mL of a mixture of 1 mL "
          "of Kenalog 40 mg/mL and 2 mL of 1% lidocaine was placed at each{d}\nNo complications.\n")


@pytest.mark.parametrize("d", [
    ", so the knee received 40 mg of triamcinolone and 20 mg of lidocaine in all.",
    ", that is 40 mg of triamcinolone and 20 mg of lidocaine in total.",
    ", 40 mg of triamcinolone and 20 mg of lidocaine altogether.",
    ", so the knee received 40 mg of triamcinolone.",
    "; in all the joint was given 40 mg of triamcinolone.",
    ", thus the knee got 40 mg of triamcinolone and 20 mg of lidocaine.",
])
def test_one_knee_summed_up_is_the_mixture(d: str) -> None:
    text = _GNB.format(d=d)
    assert _doses(text) == {"triamcinolone_acetonide": (40.0, "mg"), "lidocaine": (20.0, "mg")}
    assert _j_lines(text) == [("J3301", [], 4)]


def test_guard_one_knee_without_summary() -> None:
    assert _doses(_GNB.format(d=".")) == {"triamcinolone_acetonide": (40.0, "mg"), "lidocaine": (20.0, "mg")}


def test_guard_a_further_injection_told_after_the_summary_still_adds() -> None:
    text = _GNB.format(d=", so the knee received 40 mg of triamcinolone. Afterwards ketorolac 30 mg was given "
                         "intramuscularly in the deltoid.")
    assert _doses(text) == {"triamcinolone_acetonide": (40.0, "mg"), "lidocaine": (20.0, "mg"),
                            "ketorolac_tromethamine": (30.0, "mg")}


# --- a volume after a reference back to the mixture -----------------------------------------------------------------

_TWO_FORAMINA = ("Right L4-5 and L5-S1 transforaminal epidural steroid injections under fluoroscopy.\n" + _HEAD
                 + "At the right L4-5 foramen 0.5 mL Omnipaque 240 outlined the nerve root, then 2 mL of a mixture of "
                   "1 mL dexamethasone 10 mg/mL and 3 mL 1% lidocaine was injected. {rep}\nNo complications.\n")


@pytest.mark.parametrize("rep", [
    "At the right L5-S1 foramen 0.5 mL Omnipaque 240, then the same mix, 2 mL.",
    "Right L5-S1 foramen: 0.5 mL Omnipaque 240, then the same mixture, 2 mL.",
    "At the right L5-S1 foramen 0.5 mL Omnipaque 240 was followed by the same injectate: 2 mL.",
])
def test_volume_after_same_mix_is_not_the_contrast(rep: str) -> None:
    text = _TWO_FORAMINA.format(rep=rep)
    assert _doses(text) == {"iohexol": (1.0, "ml"), "dexamethasone_sodium_phosphate": (10.0, "mg"),
                            "lidocaine": (30.0, "mg")}
    assert _j_lines(text) == [("J1100", [], 10)]


def test_guard_contrast_volume_alone_stays() -> None:
    text = _TWO_FORAMINA.format(rep="At the right L5-S1 foramen 2 mL Omnipaque 240 showed venous flow; the same mix "
                                    "was not injected there.")
    assert _doses(text)["iohexol"] == (2.5, "ml")


# --- a mixture made up once per side of a bilateral procedure -------------------------------------------------------

_BGNB = "Bilateral genicular nerve blocks under fluoroscopy.\n" + _HEAD + "{d}\nNo complications.\n"


@pytest.mark.parametrize("d", [
    "The superomedial, superolateral and inferomedial genicular nerves of both knees were targeted and 1 mL was placed "
    "at each nerve from a mixture made for each knee of 1 mL of Kenalog 40 mg/mL and 2 mL of 1% lidocaine.",
    "For each knee a mixture of 1 mL of Kenalog 40 mg/mL and 2 mL of 1% lidocaine was prepared, and 1 mL was placed "
    "at each of the three genicular nerves.",
    "The three genicular nerves of each knee were targeted. A separate syringe was prepared for each knee with 1 mL of "
    "Kenalog 40 mg/mL and 2 mL of 1% lidocaine, 1 mL at each nerve.",
])
def test_mixture_made_per_side_is_given_on_both(d: str) -> None:
    text = _BGNB.format(d=d)
    assert _doses(text) == {"triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (40.0, "mg")}
    assert _j_lines(text) == [("J3301", [], 8)]


def test_mixture_made_per_side_methylprednisolone() -> None:
    text = _BGNB.format(d="The genicular nerves of both knees were targeted and 1 mL was injected at each nerve of a "
                          "mixture made for each knee from 1 mL of Depo-Medrol 40 mg/mL and 2 mL of 1% lidocaine.")
    assert _doses(text) == {"methylprednisolone_acetate": (80.0, "mg"), "lidocaine": (40.0, "mg")}


def test_volume_at_each_nerve_from_a_mixture_named_after_it() -> None:
    text = ("Right knee genicular nerve block under ultrasound.\n" + _HEAD + "The three genicular nerves were located "
            "and 1 mL was placed at each nerve from a mixture of 1 mL of Kenalog 40 mg/mL and 2 mL of 1% lidocaine.\n")
    assert _doses(text) == {"triamcinolone_acetonide": (40.0, "mg"), "lidocaine": (20.0, "mg")}
    assert _j_lines(text) == [("J3301", [], 4)]


@pytest.mark.parametrize("d, doses", [
    ("A mixture of 2 mL of Kenalog 40 mg/mL and 4 mL of 1% lidocaine was drawn up, and 1 mL was placed at each of the "
     "six genicular nerves.", {"triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (40.0, "mg")}),
    ("The genicular nerves were blocked with Kenalog 40 mg and 3 mL of 1% lidocaine for each knee.",
     {"triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (60.0, "mg")}),
    ("For each knee a mixture of 1 mL of Kenalog 40 mg/mL and 2 mL of 1% lidocaine was prepared, and 1 mL was placed "
     "at each of the three genicular nerves. Ketorolac 30 mg was then given in the deltoid.",
     {"triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (40.0, "mg"), "ketorolac_tromethamine": (30.0, "mg")}),
])
def test_guard_one_shared_mixture_or_per_knee_amounts(d: str, doses: dict) -> None:
    assert _doses(_BGNB.format(d=d)) == doses


# --- other ways of telling the session's total ---------------------------------------------------------------------

@pytest.mark.parametrize("d", [
    ". Altogether 6 mL of bupivacaine and 30 mg of ketorolac were given.",
    ".\nTotal given: bupivacaine 15 mg, ketorolac 30 mg.",
    " (total 6 mL of bupivacaine and 30 mg of ketorolac).",
    " (6 mL of bupivacaine and 30 mg of ketorolac in all).",
    ", for a combined 6 mL of bupivacaine and 30 mg of ketorolac.",
])
def test_other_session_totals_restate_the_mixture(d: str) -> None:
    text = _TPI.format(d=d)
    assert _doses(text) == {"bupivacaine": (15.0, "mg"), "ketorolac_tromethamine": (30.0, "mg")}
    assert _j_lines(text) == [("J1885", [], 2)]


_KNEES = "Bilateral knee joint injections under ultrasound.\n" + _HEAD + "{d}\nNo complications.\n"


@pytest.mark.parametrize("d", [
    "The right knee received 40 mg of Kenalog and the left knee 40 mg of Kenalog, 80 mg in all.",
    "Kenalog 40 mg went into the right knee and 40 mg into the left knee, 80 mg of Kenalog altogether.",
])
def test_sum_told_after_two_administrations(d: str) -> None:
    text = _KNEES.format(d=d)
    assert _doses(text) == {"triamcinolone_acetonide": (80.0, "mg")}
    assert _j_lines(text) == [("J3301", [], 8)]


def test_sum_told_after_site_by_site_amounts() -> None:
    text = _TPI.format(d=".").split("A mixture")[0] + ("Ketorolac 15 mg was injected into the quadratus lumborum and "
                                                      "15 mg into the gluteus medius, 30 mg of ketorolac in all.\n")
    assert _doses(text) == {"ketorolac_tromethamine": (30.0, "mg")}


@pytest.mark.parametrize("d", [
    "Kenalog 40 mg went into the right knee. Kenalog 40 mg then went into the left knee.",
    "Kenalog 40 mg went into the right knee, and 40 mg in total into the left knee.",
    "Kenalog 40 mg was injected into each knee.",
])
def test_guard_second_administration_still_adds(d: str) -> None:
    assert _doses(_KNEES.format(d=d)) == {"triamcinolone_acetonide": (80.0, "mg")}


@pytest.mark.parametrize("d, doses", [
    ("Right L4-5 and L5-S1 transforaminal epidural steroid injections.\n" + _HEAD + "At each of the two foramina, "
     "Kenalog 40 mg along with 1 mL of 0.5% bupivacaine was placed (80 mg of Kenalog in total).",
     {"triamcinolone_acetonide": (80.0, "mg"), "bupivacaine": (10.0, "mg")}),
    ("Bilateral greater occipital nerve blocks.\n" + _HEAD + "Each side received 1 mL 0.5% bupivacaine (10 mg total "
     "for the two sides) + Kenalog 20 mg (40 mg total, one vial).",
     {"triamcinolone_acetonide": (40.0, "mg"), "bupivacaine": (10.0, "mg")}),
])
def test_guard_bracketed_totals_beside_per_site_amounts(d: str, doses: dict) -> None:
    assert _doses(d) == doses
