"""Round 18 (issue 3, drugs18): the drug and dose wording families behind the sealed batches dev_fresh_cs ... cx, as
fictional snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before
its change; the guards (named so) pin readings the change must keep.

- A drug's salt or form shortened with a stop after its name ('Dexamethasone sod. phos.', 'lidocaine hydrochl.',
  'dexamethasone Na phos.', a form-field row '| Dexamethasone sod. phos. | 10 mg/mL | 0.5 mL | 5 mg |'): the stop is
  the shorthand's, not a sentence end, so the amounts after it stay the drug's (fcv-tfesi-01: J1100 x10); a
  capitalised sentence after such a word still starts a sentence of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)


def _result(text: str, dos: dt.date = DOS):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service="11", source="r18")


def _lines(text: str, dos: dt.date = DOS) -> list[tuple[str, list[str], int]]:
    """The code lines billed for `text` in the office under Medicare."""
    return sorted((c.code, sorted(c.modifiers), c.units) for c in _result(text, dos).codes)


def _drug_findings(text: str, dos: dt.date = DOS) -> list[str]:
    return sorted(f.id for f in _result(text, dos).findings if f.element == "drug_dose")


def _doses(text: str) -> dict[str, tuple[float | None, str | None]]:
    """generic -> (dose, unit) of every drug read from `text`."""
    return {d.generic: (d.dose, d.dose_unit) for d in extract(text).drugs}


# --- a salt shortened with a stop -----------------------------------------------------------------------------------

_TF = ("Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nConsent signed. Time-out done.\n"
       "{drugs}\nNo complications.\n")


@pytest.mark.parametrize("drugs, generic, dose", [
    ("At the right L5-S1 foramen we gave dexamethasone sod. phos. 10 mg/mL, 0.6 mL (6 mg).",
     "dexamethasone_sodium_phosphate", 6.0),
    ("Agent: Dexamethasone Na phos. 4 mg/mL, 1.5 mL = 6 mg, at the right L5-S1 foramen.",
     "dexamethasone_sodium_phosphate", 6.0),
    ("Drug | Strength | Volume | Amount\nDexamethasone sod. phos. | 10 mg/mL | 0.6 mL | 6 mg",
     "dexamethasone_sodium_phosphate", 6.0),
    ("Then lidocaine hydrochl. 1%, 3 mL, was infiltrated at the skin.", "lidocaine", 30.0),
])
def test_salt_shorthand_keeps_the_amounts(drugs: str, generic: str, dose: float) -> None:
    assert _doses(_TF.format(drugs=drugs))[generic] == (dose, "mg")


def test_salt_shorthand_codes_the_dexamethasone() -> None:
    text = _TF.format(drugs="Injectate: dexamethasone sod. phos. 10 mg/mL 0.6 mL (6 mg), no other drug.")
    assert _lines(text) == [("64483", ["RT"], 1), ("J1100", [], 6)]


def test_guard_capital_after_the_salt_word_is_a_new_sentence() -> None:
    text = _TF.format(drugs="Dexamethasone 6 mg was given, without sod. Bupivacaine 0.25% 2 mL was placed at the "
                            "skin.")
    assert _doses(text) == {"dexamethasone_sodium_phosphate": (6.0, "mg"), "bupivacaine": (5.0, "mg")}


# --- a form table's waste column ------------------------------------------------------------------------------------

_GON = ("Left greater occipital nerve block, landmark technique.\nConsent signed. Time-out done.\n\n"
        "DRUGS GIVEN\n{table}\n\nNeedle at the superior nuchal line, negative aspiration. No complications.\n")


@pytest.mark.parametrize("table", [
    "| Agent | Strength | Volume | Dose | Container | Waste |\n"
    "| Triamcinolone | 40 mg/mL | 1 mL | 40 mg | single-dose vial | 0 mL |",
    "| Agent | Strength | Dose | Container | Amount discarded |\n|---|---|---|---|---|\n"
    "| Triamcinolone | 40 mg/mL | 40 mg | SDV | none |",
    "Agent\tDose\tVial\tDiscarded (mL)\nTriamcinolone\t40 mg\tsingle-use\t0",
])
def test_waste_column_answered_none_is_jz(table: str) -> None:
    text = _GON.format(table=table)
    assert _lines(text) == [("64405", ["LT"], 1), ("J3301", ["JZ"], 4)]
    assert _drug_findings(text) == []


def test_waste_column_with_an_amount_is_jw() -> None:
    text = _GON.format(table="| Agent | Strength | Given | Container | Wasted (mL) |\n"
                             "| Triamcinolone | 40 mg/mL | 0.5 mL (20 mg) | single-dose vial | 0.5 |")
    assert _lines(text) == [("64405", ["LT"], 1), ("J3301", [], 2), ("J3301", ["JW"], 2)]


def test_guard_empty_waste_cell_says_nothing() -> None:
    text = _GON.format(table="| Agent | Strength | Dose | Container | Wasted |\n"
                             "| Triamcinolone | 40 mg/mL | 40 mg | single-dose vial |  |")
    assert _lines(text) == [("64405", ["LT"], 1), ("J3301", [], 4)]
    assert _drug_findings(text) == ["drug.discard_unknown.Triamcinolone"]


# --- a repeat naming its contrast beside "the same mixture" ---------------------------------------------------------

_TWO_FORAMINA = ("Right L4-5 and L5-S1 transforaminal epidural steroid injections under fluoroscopy.\nConsent signed. "
                 "Time-out done.\nAt the right L4-5 foramen 0.5 mL Isovue-M 200 showed perineural flow, then 2 mL of a "
                 "mixture of 1 mL triamcinolone 40 mg/mL and 3 mL 0.25% bupivacaine was injected. {rep}\n"
                 "No complications.\n")


@pytest.mark.parametrize("rep", [
    "The same was done at the right L5-S1 foramen (0.5 mL Isovue-M 200, 2 mL of the same mixture).",
    "At the right L5-S1 foramen, after 0.5 mL Isovue-M 200 confirmed the spread, 2 mL of the same injectate followed.",
    "This was repeated at the level below: 0.5 mL Isovue-M 200 and then 2 mL of the same solution.",
])
def test_repeat_with_its_own_contrast_gives_the_mixture_again(rep: str) -> None:
    text = _TWO_FORAMINA.format(rep=rep)
    assert _doses(text) == {"iopamidol": (1.0, "ml"), "triamcinolone_acetonide": (40.0, "mg"),
                            "bupivacaine": (7.5, "mg")}
    assert _lines(text) == [("64483", ["RT"], 1), ("64484", ["RT"], 1), ("J3301", [], 4)]


@pytest.mark.parametrize("rep", [
    "At the right L5-S1 foramen 0.5 mL Isovue-M 200 showed the same spread; nothing else was injected there.",
    "At the right L5-S1 foramen 0.5 mL Isovue-M 200 showed vascular flow, so the same mixture was not given there.",
])
def test_guard_contrast_alone_at_the_next_level_adds_no_mixture(rep: str) -> None:
    assert _doses(_TWO_FORAMINA.format(rep=rep)) == {"iopamidol": (1.0, "ml"), "triamcinolone_acetonide": (20.0, "mg"),
                                                     "bupivacaine": (3.75, "mg")}


# --- a drug given at one named site of a per-site sentence ----------------------------------------------------------

_GNB = ("Right knee genicular nerve block under ultrasound.\nConsent signed. Time-out done.\n"
        "The superomedial, superolateral and inferomedial genicular nerves were located. {d}\nNo complications.\n")


@pytest.mark.parametrize("d", [
    "Each site got 2 mL of 0.5% bupivacaine, and the superomedial site also got Kenalog 40 mg.",
    "At each nerve 2 mL of 0.5% bupivacaine was placed, and one target additionally received 40 mg of Kenalog.",
    "Every nerve was given 2 mL of 0.5% bupivacaine, with only the inferomedial nerve also given triamcinolone 40 mg.",
])
def test_drug_at_one_named_site_is_given_once(d: str) -> None:
    text = _GNB.format(d=d)
    assert _doses(text) == {"bupivacaine": (30.0, "mg"), "triamcinolone_acetonide": (40.0, "mg")}
    assert [x for x in _lines(text) if x[0].startswith("J")] == [("J3301", [], 4)]


@pytest.mark.parametrize("d", [
    "Each site got 2 mL of 0.5% bupivacaine, and each site also got Kenalog 10 mg.",
    "Each of the three sites got 2 mL of 0.5% bupivacaine, and the three sites also received Kenalog 10 mg.",
])
def test_guard_drug_at_every_site_still_multiplies(d: str) -> None:
    assert _doses(_GNB.format(d=d)) == {"bupivacaine": (30.0, "mg"), "triamcinolone_acetonide": (30.0, "mg")}


# --- a clause summing up the site-by-site injections ----------------------------------------------------------------

_TPI = ("Trigger point injections, left quadratus lumborum and gluteus medius.\nConsent signed. Time-out done.\n"
        "A mixture of 6 mL of 0.25% bupivacaine and ketorolac 30 mg was drawn up. Each of the three trigger points "
        "was entered and {share} was injected at each{d}\nNo complications.\n")


@pytest.mark.parametrize("share, d", [
    ("a third of the mixture", ", for the whole 6 mL of bupivacaine and 30 mg of ketorolac."),
    ("a third of the mixture", ", for a total of 6 mL of bupivacaine and 30 mg of ketorolac."),
    ("2 mL of the mixture", ", making a total of 6 mL of bupivacaine and 30 mg of ketorolac."),
    ("2 mL of the mixture", ", giving the full 6 mL of bupivacaine and 30 mg of ketorolac."),
    ("2 mL of the mixture", ", bringing the total to 6 mL of bupivacaine and 30 mg of ketorolac."),
])
def test_summing_clause_restates_the_mixture(share: str, d: str) -> None:
    text = _TPI.format(share=share, d=d)
    assert _doses(text) == {"bupivacaine": (15.0, "mg"), "ketorolac_tromethamine": (30.0, "mg")}
    assert [x for x in _lines(text) if x[0].startswith("J")] == [("J1885", [], 2)]


@pytest.mark.parametrize("share, d", [
    ("2 mL of the mixture", ", for a total of three injections."),
    ("2 mL of the mixture", "."),
])
def test_guard_no_summing_amounts_keeps_the_mixture(share: str, d: str) -> None:
    assert _doses(_TPI.format(share=share, d=d)) == {"bupivacaine": (15.0, "mg"), "ketorolac_tromethamine": (30.0, "mg")}


def test_guard_a_further_amount_still_adds() -> None:
    text = ("Trigger point injections, left trapezius and levator scapulae.\nConsent signed. Time-out done.\n"
            "Ketorolac 30 mg was injected into the upper trapezius. A further 30 mg of ketorolac went into the levator "
            "scapulae.\n")
    assert _doses(text) == {"ketorolac_tromethamine": (60.0, "mg")}


# --- a bilateral sentence summing up what each side received --------------------------------------------------------

_BGNB = ("Bilateral genicular nerve blocks under fluoroscopy.\nConsent signed. Time-out done.\n"
         "The superomedial, superolateral and inferomedial genicular nerves of both knees were targeted and 1 mL was "
         "placed at each nerve from a syringe per knee holding 1 mL of Kenalog 40 mg/mL and 2 mL of 1% lidocaine{d}\n"
         "No complications.\n")


@pytest.mark.parametrize("d", [
    ", so each knee received 40 mg of triamcinolone and 20 mg of lidocaine.",
    ", thus each side got 40 mg of triamcinolone and 20 mg of lidocaine.",
    ", meaning each knee was given 40 mg of triamcinolone and 20 mg of lidocaine.",
])
def test_side_summary_is_each_sides_amount(d: str) -> None:
    text = _BGNB.format(d=d)
    assert _doses(text) == {"triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (40.0, "mg")}
    assert [x for x in _lines(text) if x[0].startswith("J")] == [("J3301", [], 8)]


_KNEES = ("Bilateral knee joint injections under ultrasound.\nConsent signed. Time-out done.\n"
          "Each knee was injected with Kenalog 40 mg and 2 mL of 1% lidocaine{d}\nNo complications.\n")


def test_side_summary_after_amounts_given_at_each_knee() -> None:
    text = _KNEES.format(d=", so each knee received 40 mg of triamcinolone.")
    assert _doses(text) == {"triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (40.0, "mg")}


def test_guard_amounts_at_each_knee_without_summary_still_multiply() -> None:
    assert _doses(_KNEES.format(d=".")) == {"triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (40.0, "mg")}
