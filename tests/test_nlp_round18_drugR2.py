"""Round 18 (issue 3, drugR2): the drug and dose wording families behind the sealed batches dev_fresh_da (published
descriptions) and dev_fresh_cz (EMR form exports II), as fictional snippets written for these tests (never a corpus
sentence). Each case gives exact values and failed before its change; the guards (named so) pin readings the change
must keep.

- A volume told as the whole of the parts that follow it ('a total volume of 4 mL, consisting of 1 mL of <steroid>
  and 3 mL of saline', '6 mL made up of ...', '3 mL comprising ...', 'which consisted of'): the whole, not the first
  drug's own volume, so the steroid is its own part times its strength (fda-ilesi-01: J3301 x8; fda-h-caudal-01,
  fda-h-ilesi-02, fda-h-shoulder-01, fda-knee-01).
- A share of a mixture injected on one side 'and the same on the other' / 'and likewise on the right' is given
  again; a totals line after it ('Total: ...') restates both sides, not a third dose (fda-occ-01: J3301 x2).
- A toxin row 'N units each x 4 muscles' is four muscles; a key 'total_injected=' / 'units_total=' is a total word;
  a waste field on the next row ('wasted=0 units') does not make the total above it a wasted amount
  (fcz-h-tpi-01: J0585-JZ x100).
- A contrast agent named as part of a diagnostic study ('MRI with gadolinium showed', 'a gadolinium-enhanced MRI',
  'CT myelogram with Omnipaque last year') is the study's, not a drug given today (fda-h-caudal-01: drugs).
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


def _doses(text: str) -> dict[str, tuple[float | None, str | None]]:
    """generic -> (dose, unit) of every drug read from `text`."""
    return {d.generic: (d.dose, d.dose_unit) for d in extract(text).drugs}


# --- a whole volume told before its parts -----------------------------------------------------------------------------

_KNEE = ("Right knee intra-articular injection under ultrasound guidance.\nConsent signed. Time-out done.\n"
         "{drugs}\nNo complications.\n")


@pytest.mark.parametrize("drugs, expected", [
    ("A total volume of 4 mL, consisting of 1 mL of dexamethasone 10 mg/mL and 3 mL of preservative-free saline, "
     "was injected.", {"dexamethasone_sodium_phosphate": (10.0, "mg")}),
    ("The injectate, a total of 5 mL composed of 2 mL Kenalog-40 and 3 mL of 0.25% bupivacaine, was delivered into "
     "the joint.", {"triamcinolone_acetonide": (80.0, "mg"), "bupivacaine": (7.5, "mg")}),
    ("Then 6 mL made up of 1 mL betamethasone 6 mg/mL and 5 mL of normal saline was injected.",
     {"betamethasone_sodium_phosphate_acetate": (6.0, "mg")}),
    ("We injected 3 mL comprising 1 mL of methylprednisolone acetate 80 mg/mL and 2 mL of 1% lidocaine.",
     {"methylprednisolone_acetate": (80.0, "mg"), "lidocaine": (20.0, "mg")}),
    ("Total injectate 3 mL, which consisted of 1 mL Depo-Medrol 40 mg/mL and 2 mL 1% lidocaine.",
     {"methylprednisolone_acetate": (40.0, "mg"), "lidocaine": (20.0, "mg")}),
])
def test_whole_volume_before_its_parts_is_not_a_drug_volume(drugs: str, expected: dict) -> None:
    assert _doses(_KNEE.format(drugs=drugs)) == expected


def test_whole_volume_before_its_parts_codes_the_steroid_once() -> None:
    text = ("Caudal epidural steroid injection under fluoroscopy.\nConsent signed. Time-out done.\n"
            "A total volume of 8 mL consisting of 1 mL of Kenalog 40 mg/mL and 7 mL of sterile saline was injected "
            "through the hiatus.\nNo complications.\n")
    assert _doses(text) == {"triamcinolone_acetonide": (40.0, "mg")}
    assert ("J3301", [], 4) in _lines(text)


@pytest.mark.parametrize("drugs, expected", [
    # a mixture told without its whole first: each part as written
    ("Next, 2 mL of a solution of 1 mL triamcinolone 40 mg/mL and 1 mL of 0.5% bupivacaine was placed in the joint.",
     {"triamcinolone_acetonide": (40.0, "mg"), "bupivacaine": (5.0, "mg")}),
    # 'containing' after a drug's own volume (no part amount before the next drug): still that drug's volume
    ("The skin was numbed with 3 mL of 1% lidocaine, and 2 mL of 0.5% bupivacaine containing 40 mg of triamcinolone "
     "was injected.", {"lidocaine": (30.0, "mg"), "bupivacaine": (10.0, "mg"), "triamcinolone_acetonide": (40.0, "mg")}),
    ("5 mL of 1% lidocaine containing no epinephrine was used at the skin, then Kenalog 40 mg was injected.",
     {"lidocaine": (50.0, "mg"), "triamcinolone_acetonide": (40.0, "mg")}),
])
def test_guard_volume_without_parts_after_it_stays_the_drugs(drugs: str, expected: dict) -> None:
    assert _doses(_KNEE.format(drugs=drugs)) == expected


_TWO_LEVELS = ("Left L4-5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nConsent signed. "
               "Time-out done.\n{drugs}\nNo complications.\n")


@pytest.mark.parametrize("drugs, dose", [
    ("A total volume of 4 mL consisting of 2 mL of triamcinolone 40 mg/mL and 2 mL of saline was divided equally "
     "between the two levels.", 80.0),
    ("A total volume of 4 mL consisting of 1 mL of triamcinolone 40 mg/mL and 3 mL of saline was prepared, and 2 mL "
     "of this mixture was injected at each level.", 40.0),
    ("At each level, 3 mL consisting of 1 mL of Kenalog 40 and 2 mL saline was injected.", 80.0),
])
def test_whole_volume_with_its_split_adds_up_once(drugs: str, dose: float) -> None:
    assert _doses(_TWO_LEVELS.format(drugs=drugs)) == {"triamcinolone_acetonide": (dose, "mg")}


# --- a mixture's share, then "the same" on the other side -------------------------------------------------------------

_GON = "Bilateral greater occipital nerve blocks.\nConsent obtained. Time-out done.\n{drugs}\nNo complications.\n"


@pytest.mark.parametrize("drugs, expected", [
    ("3 mL of a mixture of 2 mL of 0.25% bupivacaine and 1 mL of dexamethasone 4 mg/mL was injected at the left "
     "greater occipital nerve and the same on the right.",
     {"bupivacaine": (10.0, "mg"), "dexamethasone_sodium_phosphate": (8.0, "mg")}),
    ("Then 1.5 mL of a solution of 1 mL of 1% lidocaine and 0.5 mL of Kenalog 40 mg/mL was infiltrated on the left, "
     "and likewise on the right.", {"lidocaine": (20.0, "mg"), "triamcinolone_acetonide": (40.0, "mg")}),
    ("3 mL of a mixture of 2 mL of 0.25% bupivacaine and 1 mL of dexamethasone 4 mg/mL diluted with 0.5 mL saline was "
     "placed on the right and the same on the left. Totals: dexamethasone 8 mg, bupivacaine 10 mg.",
     {"bupivacaine": (10.0, "mg"), "dexamethasone_sodium_phosphate": (8.0, "mg")}),
])
def test_mixture_share_repeated_on_the_other_side(drugs: str, expected: dict) -> None:
    assert _doses(_GON.format(drugs=drugs)) == expected


@pytest.mark.parametrize("drugs, expected", [
    # a share given at each nerve already counts both sides
    ("3 mL of a mixture of 2 mL of 0.25% bupivacaine and 1 mL of dexamethasone 4 mg/mL was injected at each greater "
     "occipital nerve.", {"bupivacaine": (10.0, "mg"), "dexamethasone_sodium_phosphate": (8.0, "mg")}),
    # a plan for the other side is no repeat today
    ("3 mL of a mixture of 2 mL of 0.25% bupivacaine and 1 mL of dexamethasone 4 mg/mL was injected on the right; the "
     "same will be done on the left next visit.",
     {"bupivacaine": (5.0, "mg"), "dexamethasone_sodium_phosphate": (4.0, "mg")}),
])
def test_guard_mixture_share_not_repeated(drugs: str, expected: dict) -> None:
    assert _doses(_GON.format(drugs=drugs)) == expected


# --- toxin rows: each x N muscles, a total key, a waste row after it ---------------------------------------------------

_TOX = ("Left trapezius and rhomboid trigger point injections with onabotulinumtoxinA.\nConsent signed. Time-out done.\n"
        "{rows}\nNo complications.\n")


@pytest.mark.parametrize("rows, units", [
    ("drug=Botox 100-unit vial, reconstituted with 2 mL saline\ndose_per_muscle=20 units each x 4 muscles\n"
     "total_dose=80 units\ndiscarded=20 units", 80.0),
    ("Botox 100-unit vial reconstituted with 2 mL saline.\nDose: 20 units each, times 3 muscles\nTotal: 60 units\n"
     "Wasted: 40 units", 60.0),
    ("Xeomin 100-unit vial reconstituted with 2 mL saline.\nPer muscle: 15 units each x 4 muscles.", 60.0),
    ("Dysport 300-unit vial reconstituted with 1.5 mL saline.\nInjected 50 units each \u00d7 3 muscles.", 150.0),
    ("drug=Xeomin 100-unit vial, reconstituted with 2 mL saline\ndose=15 units each x 4 muscles\nwasted=40 units", 60.0),
])
def test_toxin_rows_each_times_muscles_and_total_key(rows: str, units: float) -> None:
    doses = _doses(_TOX.format(rows=rows))
    assert list(doses.values()) == [(units, "units")]


@pytest.mark.parametrize("rows, units", [
    # a wrapped "40 units" + "wasted" in prose is still the wasted amount
    ("Botox 100-unit vial reconstituted with 2 mL saline.\n30 units each x 2 muscles\n40 units\nwasted", 60.0),
    # a count of sessions is no count of sites
    ("Botox 100-unit vial reconstituted with 2 mL saline.\nWe injected 10 units each into 2 sites of the trapezius, "
     "x 3 sessions planned.", 20.0),
])
def test_guard_toxin_rows_not_misread(rows: str, units: float) -> None:
    assert list(_doses(_TOX.format(rows=rows)).values()) == [(units, "units")]


# --- a contrast agent of a diagnostic study ------------------------------------------------------------------------------

_TF1 = ("Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nConsent signed. Time-out done.\n"
        "{drugs}\nNo complications.\n")


@pytest.mark.parametrize("drugs, expected", [
    ("A gadolinium-enhanced MRI from March showed scar around the L5 root.\nOmnipaque 240 2 mL outlined the root. "
     "Dexamethasone 10 mg was injected.", {"iohexol": (2.0, "ml"), "dexamethasone_sodium_phosphate": (10.0, "mg")}),
    ("Contrast MRI with gadolinium (2025) showed foraminal stenosis.\nOmnipaque 240 2 mL outlined the root. "
     "Dexamethasone 10 mg was injected.", {"iohexol": (2.0, "ml"), "dexamethasone_sodium_phosphate": (10.0, "mg")}),
])
def test_study_contrast_is_not_a_drug_given(drugs: str, expected: dict) -> None:
    assert _doses(_TF1.format(drugs=drugs)) == expected


@pytest.mark.parametrize("drugs, expected", [
    ("Because of an iodine allergy, gadolinium 1 mL was used to outline the root. Dexamethasone 10 mg was injected.",
     {"gadolinium": (1.0, "ml"), "dexamethasone_sodium_phosphate": (10.0, "mg")}),
    ("Under CT with Omnipaque 240 2 mL the root was outlined. Dexamethasone 10 mg was injected.",
     {"iohexol": (2.0, "ml"), "dexamethasone_sodium_phosphate": (10.0, "mg")}),
])
def test_guard_contrast_given_today_stays(drugs: str, expected: dict) -> None:
    assert _doses(_TF1.format(drugs=drugs)) == expected
