"""Round 16 (issue 3, DRUG): the drug and dose wording families behind the sealed batches dev_fresh_bu ... bz, as
fictional snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before
its change; the guards (named so) pin readings the change must keep.

- A totals line listing several drugs after their per-site or per-muscle amounts ('Totals: dexamethasone 10 mg,
  bupivacaine 10 mg, Omnipaque 4 mL.', 'Total given - lidocaine 40 mg, Kenalog 20 mg') restates every drug of the
  list, not only the first; 'all 40 mg were used' after a per-joint dose restates it too (fbx-h-tfesi-01, tpi-02,
  fbz-h-facet-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)


def _lines(text: str, dos: dt.date = DOS) -> list[tuple[str, list[str], int]]:
    """The code lines billed for `text` in the office under Medicare."""
    result = pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service="11", source="r16")
    return sorted((c.code, sorted(c.modifiers), c.units) for c in result.codes)


def _doses(text: str) -> dict[str, tuple[float | None, str | None]]:
    """generic -> (dose, unit) of every drug read from `text`."""
    return {d.generic: (d.dose, d.dose_unit) for d in extract(text).drugs}


# --- a totals line restating several drugs ---------------------------------------------------------------------------

_TPI = ("Trigger point injections, left trapezius and left rhomboid.\nConsent signed. Time-out done.\n"
        "Left trapezius: 2 mL of 1% lidocaine with 10 mg of triamcinolone. Left rhomboid: 2 mL of 1% lidocaine with "
        "10 mg of triamcinolone. {total}\nNo complications.\n")


@pytest.mark.parametrize("total", [
    "Totals: lidocaine 40 mg, triamcinolone 20 mg.",
    "Total given: triamcinolone 20 mg and lidocaine 40 mg.",
    "Totals - lidocaine 40 mg; triamcinolone 20 mg.",
])
def test_totals_line_restates_every_listed_drug(total: str) -> None:
    text = _TPI.format(total=total)
    assert _doses(text) == {"lidocaine": (40.0, "mg"), "triamcinolone_acetonide": (20.0, "mg")}
    assert _lines(text) == [("20552", [], 1), ("J3301", [], 2)]


def test_guard_a_second_administration_listed_without_total_word_adds() -> None:
    text = _TPI.format(total="Then lidocaine 40 mg, triamcinolone 20 mg into the left levator.")
    assert _doses(text) == {"lidocaine": (80.0, "mg"), "triamcinolone_acetonide": (40.0, "mg")}


_TFESI = ("Bilateral L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nConsent signed. Time-out done.\n"
          "Needles to the left and right L5-S1 foramina. At each foramen: Omnipaque 240 1 mL, then dexamethasone "
          "(10 mg/mL) 0.5 mL + 0.25% bupivacaine 1 mL.\n{total}\nNo complications.\n")


@pytest.mark.parametrize("total", [
    "Totals: dexamethasone 10 mg, bupivacaine 5 mg, Omnipaque 2 mL.",
    "Session totals: Omnipaque 2 mL, bupivacaine 5 mg, dexamethasone 10 mg.",
])
def test_totals_line_after_per_foramen_amounts(total: str) -> None:
    text = _TFESI.format(total=total)
    assert _doses(text) == {"iohexol": (2.0, "ml"), "dexamethasone_sodium_phosphate": (10.0, "mg"),
                            "bupivacaine": (5.0, "mg")}


_FACET = ("Bilateral L4-L5 facet joint injections under fluoroscopy.\nConsent signed. Time-out done.\n"
          "Needles into the right and left L4-L5 facet joints. Each joint received 20 mg of triamcinolone "
          "(0.5 mL of Kenalog-40) with 0.5 mL of 0.5% bupivacaine. {after}\nNo complications.\n")


@pytest.mark.parametrize("after", [
    "The Kenalog came from a single-dose 1 mL vial; all 40 mg were used, none discarded.",
    "Single-dose vial of Kenalog: the whole 40 mg was injected, nothing wasted.",
    "Kenalog single-use vial, the entire 40 mg given; no waste.",
])
def test_all_of_the_vial_used_restates_the_total(after: str) -> None:
    text = _FACET.format(after=after)
    assert _doses(text)["triamcinolone_acetonide"] == (40.0, "mg")
    assert _lines(text) == [("64493", ["50"], 1), ("J3301", ["JZ"], 4)]


def test_guard_a_second_whole_amount_for_another_joint_adds() -> None:
    text = _FACET.format(after="Then 40 mg of Kenalog was injected into the right SI joint.")
    assert _doses(text)["triamcinolone_acetonide"] == (80.0, "mg")


# --- a total shared out, told only as each site's bracketed share -----------------------------------------------------

_FACET_LEFT = ("Left L3-L4 and L4-L5 facet joint injections under fluoroscopy.\nConsent signed. Time-out done.\n"
               "Needles into the left L3-L4 and L4-L5 facet joints. {drug}\nNo complications.\n")


@pytest.mark.parametrize("drug", [
    "Kenalog-40 from a 1 mL single-dose vial was divided equally between the two joints (20 mg each), none wasted.",
    "Triamcinolone 40 mg/mL was shared between both joints (20 mg apiece) with 0.5 mL of 1% lidocaine per joint.",
    "Kenalog-40 was split evenly across the two joints (20 mg per joint).",
])
def test_bracketed_share_of_a_divided_drug_is_per_site(drug: str) -> None:
    text = _FACET_LEFT.format(drug=drug)
    assert _doses(text)["triamcinolone_acetonide"] == (40.0, "mg")


def test_guard_bracketed_total_of_a_divided_drug_stays_whole() -> None:
    text = _FACET_LEFT.format(drug="Kenalog-40 was split evenly between the two joints (40 mg total).")
    assert _doses(text)["triamcinolone_acetonide"] == (40.0, "mg")


def test_guard_bracketed_amount_without_each_stays_one_dose() -> None:
    text = _FACET_LEFT.format(drug="Kenalog-40 was injected into the L4-L5 joint only (20 mg).")
    assert _doses(text)["triamcinolone_acetonide"] == (20.0, "mg")


# --- a toxin's dilution, then its per-muscle list under an opening sentence -------------------------------------------

_TOXIN = ("PROCEDURE: Chemodenervation with trigger point injections, right neck.\nDIAGNOSIS: Myofascial pain (M79.18)\n"
          "CONSENT: Written consent signed. TIME-OUT: Done.\n"
          "MEDICATION: {vial}\n"
          "PROCEDURE: Skin cleaned with alcohol. Using a 30-gauge needle the toxin was placed as follows:\n"
          " - right splenius capitis: 25 units (2 sites)\n"
          " - right upper trapezius: 35 units (3 sites)\n"
          "{total}\nCOMPLICATIONS: None.\n")


@pytest.mark.parametrize("vial,total,generic,code", [
    ("One 100-unit single-dose vial of Botox diluted with 4 mL of preservative-free saline (2.5 units per 0.1 mL).",
     "Total: 60 units. The remaining 40 units in the vial were discarded.", "onabotulinumtoxinA", "J0585"),
    ("Xeomin 100 units, single-use vial, reconstituted in 2 mL saline (5 units/0.1 mL).",
     "Altogether 60 units given; remaining 40 units wasted.", "incobotulinumtoxinA", "J0588"),
])
def test_toxin_dilution_is_no_dose_and_the_list_under_an_opener_counts(vial: str, total: str, generic: str,
                                                                       code: str) -> None:
    text = _TOXIN.format(vial=vial, total=total)
    drug = next(d for d in extract(text).drugs if d.generic == generic)
    assert (drug.dose, drug.dose_unit, drug.discarded) == (60.0, "units", 40.0)
    assert _lines(text) == [("20552", [], 1), (code, [], 60), (code, ["JW"], 40)]


def test_guard_toxin_dose_in_its_own_sentence_is_not_a_dilution() -> None:
    text = _TOXIN.format(vial="Botox 100-unit single-dose vial, 60 units injected in 0.1 mL aliquots.",
                         total="The remaining 40 units were discarded.")
    drug = next(d for d in extract(text).drugs if d.generic == "onabotulinumtoxinA")
    assert (drug.dose, drug.discarded) == (60.0, 40.0)


# --- an earlier block named with its anaesthetic's strength only -----------------------------------------------------

_MBB = ("Bilateral L4-L5 and L5-S1 medial branch blocks, second diagnostic block, under fluoroscopy.\n"
        "Diagnosis: lumbar spondylosis (M47.816).\n{prior}\nConsent signed. Time-out done.\n"
        "Needles at the L3 and L4 medial branches and the L5 dorsal ramus on both sides. "
        "0.5 mL of 0.5% bupivacaine at each of the six targets.\nNo complications.\n")


@pytest.mark.parametrize("prior", [
    "PRIOR BLOCK: The initial diagnostic block on 2/11/2025 with 1% lidocaine relieved 85% of his pain for 2 hours.",
    "Prior MBB (01/15/2026) using 2% lidocaine: 90% relief lasting 3 hours.",
    "His first block, done with 2% lidocaine last month, gave 80% relief for about two hours.",
])
def test_earlier_block_with_a_strength_only_is_no_drug_today(prior: str) -> None:
    text = _MBB.format(prior=prior)
    assert _doses(text) == {"bupivacaine": (15.0, "mg")}


def test_guard_todays_injectate_with_a_strength_only_stays() -> None:
    text = _MBB.format(prior="History: axial back pain for years.").replace(
        "0.5 mL of 0.5% bupivacaine at each of the six targets.",
        "Bupivacaine 0.5% was placed at each of the six targets, with 90% relief at 30 minutes.")
    assert _doses(text) == {"bupivacaine": (None, None)}


# --- a total that names another drug after it ------------------------------------------------------------------------

_TF2 = ("Bilateral L4-L5 transforaminal epidural steroid injection under fluoroscopy.\nConsent signed. Time-out done.\n"
        "Needles into the right and left L4-L5 foramina. {drug}\nNo complications.\n")


@pytest.mark.parametrize("drug", [
    "At each foramen 0.5 mL of Kenalog 40 mg/mL (20 mg) with 1 mL of 0.25% bupivacaine was injected, for a total of "
    "40 mg of triamcinolone.",
    "Into each foramen went 1 mL of 0.25% bupivacaine and 20 mg of triamcinolone, a total of 40 mg triamcinolone.",
])
def test_total_naming_another_drug_leaves_the_anaesthetic_per_site(drug: str) -> None:
    assert _doses(_TF2.format(drug=drug)) == {"triamcinolone_acetonide": (40.0, "mg"), "bupivacaine": (5.0, "mg")}


def test_guard_total_of_the_same_drug_stays_whole() -> None:
    drug = "At each foramen Kenalog was injected with bupivacaine 0.25%, 2 mL total of bupivacaine, and 20 mg Kenalog."
    assert _doses(_TF2.format(drug=drug))["bupivacaine"] == (5.0, "mg")


# --- a pump's daily rate is no dose ----------------------------------------------------------------------------------

_PUMP = ("Intrathecal pump refill and reprogramming.\nConsent signed. Time-out done.\n"
         "The old drug, 2.5 mL, was withdrawn and discarded. The reservoir was filled with 20 mL of morphine 10 mg/mL. "
         "{rate}\nNo complications.\n")


@pytest.mark.parametrize("rate", [
    "The daily dose was raised from 3.0 mg/day to 3.3 mg/day of morphine.",
    "Morphine rate changed from 2.5 mg per day to 2.75 mg per day.",
    "Morphine infusion increased from 0.125 mg/hr to 0.14 mg/hr.",
])
def test_pump_rate_is_no_dose(rate: str) -> None:
    assert _doses(_PUMP.format(rate=rate))["morphine"] == (200.0, "mg")


def test_guard_a_bolus_in_mg_still_adds() -> None:
    text = _PUMP.format(rate="A bridge bolus of morphine 0.5 mg was given through the pump.")
    assert _doses(text)["morphine"] == (200.5, "mg")


# --- the whole injection repeated at the level above or below --------------------------------------------------------

_TF_LEFT = ("Left L4-L5 and L5-S1 transforaminal epidural steroid injections under fluoroscopy.\n"
            "Consent signed. Time-out done.\nA 22-gauge needle was placed in the left L5-S1 foramen. Omnipaque 240, "
            "1 mL, outlined the L5 root. 1 mL of dexamethasone 10 mg/mL with 1 mL of 0.25% bupivacaine was injected. "
            "{repeat}\nNo complications.\n")


def test_same_procedure_at_the_level_above_repeats_contrast_and_injectate() -> None:
    text = _TF_LEFT.format(repeat="The same procedure was then done at the level above through a second needle, "
                                  "with the same volumes of contrast and injectate.")
    assert _doses(text) == {"iohexol": (2.0, "ml"), "dexamethasone_sodium_phosphate": (20.0, "mg"),
                            "bupivacaine": (5.0, "mg")}


def test_same_doses_at_the_adjacent_level_repeat_the_injectate() -> None:
    text = _TF_LEFT.format(repeat="An identical injection followed at the adjacent level, using the same doses.")
    doses = _doses(text)
    assert (doses["dexamethasone_sodium_phosphate"], doses["bupivacaine"]) == ((20.0, "mg"), (5.0, "mg"))


def test_guard_same_doses_planned_for_the_level_above_add_nothing() -> None:
    text = _TF_LEFT.format(repeat="If needed, the level above will be treated next month with the same doses.")
    doses = _doses(text)
    assert (doses["dexamethasone_sodium_phosphate"], doses["bupivacaine"]) == ((10.0, "mg"), (2.5, "mg"))


def test_repeat_at_the_level_below_takes_a_name_wrapped_over_two_lines() -> None:
    text = ("Right L4-L5 and L5-S1 transforaminal epidural steroid injections under fluoroscopy.\n"
            "Consent signed. Time-out done.\nA needle was placed in the right L4-L5 foramen. Isovue-M 300, 1 mL, "
            "spread along the L4 root. 1 mL of Celestone\nSoluspan (6 mg/mL) with 2 mL of 0.25% bupivacaine was "
            "injected. The same was carried out at the level below, with the same volumes of contrast and injectate.\n"
            "No complications.\n")
    assert _doses(text) == {"iopamidol": (2.0, "ml"), "betamethasone_sodium_phosphate_acetate": (12.0, "mg"),
                            "bupivacaine": (10.0, "mg")}


# --- a ratio mixture given per site, with its whole restated in brackets ---------------------------------------------

_TPI3 = ("Trigger point injections, left trapezius, left levator scapulae and left rhomboid.\n"
         "Consent signed; time-out done.\n{drug}\nNo complications.\n")


@pytest.mark.parametrize("drug,lido,bupi", [
    ("Per muscle: 2 mL of a 1:1 mixture of 1% lidocaine and 0.25% bupivacaine (three muscles, 6 mL total).", 30.0, 7.5),
    ("Into each muscle went 2 mL of a 1:1 mix of 2% lidocaine and 0.5% bupivacaine (6 mL in all).", 60.0, 15.0),
])
def test_ratio_mixture_per_site_with_a_bracketed_whole(drug: str, lido: float, bupi: float) -> None:
    assert _doses(_TPI3.format(drug=drug)) == {"lidocaine": (lido, "mg"), "bupivacaine": (bupi, "mg")}


def test_guard_ratio_mixture_given_once_stays_one_volume() -> None:
    drug = "The left trapezius received 2 mL of a 1:1 mixture of 1% lidocaine and 0.25% bupivacaine."
    assert _doses(_TPI3.format(drug=drug)) == {"lidocaine": (10.0, "mg"), "bupivacaine": (2.5, "mg")}


# --- a different injectate on each side, each side's row dosed per joint ---------------------------------------------

_BILAT_ROWS = ("Bilateral L3-L4 and L4-L5 facet joint injections under fluoroscopy.\nConsent signed. Time-out done.\n"
               "Needles into the bilateral L3-L4 and L4-L5 facet joints.\n{rows}\nNo complications.\n")


@pytest.mark.parametrize("rows", [
    "Right L3-4 and right L4-5: 0.5 mL Kenalog-40 (20 mg) + 0.5 mL 0.25% bupivacaine in each joint.\n"
    "Left L3-4 and left L4-5: dexamethasone 10 mg/mL 1 mL mixed with 1% lidocaine 1 mL; 1 mL of this mixture "
    "into each left joint.",
    "Right side: 20 mg of triamcinolone (0.5 mL of Kenalog-40) with 0.5 mL of 0.25% bupivacaine at each joint.\n"
    "Left side: a solution of 1 mL dexamethasone 10 mg/mL and 1 mL 1% lidocaine was prepared; 1 mL of it went into "
    "each left joint.",
])
def test_each_sides_own_injectate_per_joint(rows: str) -> None:
    assert _doses(_BILAT_ROWS.format(rows=rows)) == {
        "triamcinolone_acetonide": (40.0, "mg"), "bupivacaine": (2.5, "mg"),
        "dexamethasone_sodium_phosphate": (10.0, "mg"), "lidocaine": (10.0, "mg")}
    assert _lines(_BILAT_ROWS.format(rows=rows)) == [("64493", ["50"], 1), ("64494", ["50"], 1), ("J1100", [], 10),
                                                     ("J3301", [], 4)]


def test_guard_one_side_then_same_on_the_other_keeps_both_sides() -> None:
    rows = "Right L3-4 and L4-5: 0.5 mL Kenalog-40 in each joint. The same was repeated on the left."
    assert _doses(_BILAT_ROWS.format(rows=rows))["triamcinolone_acetonide"] == (80.0, "mg")


@pytest.mark.parametrize("skin", [
    "Skin over each inferior SI joint numbed with 1 mL of 1% lidocaine.",
    "1 mL of 1% lidocaine was placed over each superior joint margin.",
])
def test_each_joint_with_a_part_named_is_per_joint(skin: str) -> None:
    text = ("Bilateral sacroiliac joint injections under fluoroscopy.\nConsent signed. Time-out done.\n" + skin +
            " A needle entered each joint; Kenalog-40 1 mL was injected into each joint.\nNo complications.\n")
    assert _doses(text)["lidocaine"] == (20.0, "mg")


def test_guard_one_inferior_joint_is_one_site() -> None:
    text = ("Right sacroiliac joint injection under fluoroscopy.\nConsent signed. Time-out done.\n"
            "Skin over the inferior SI joint numbed with 1 mL of 1% lidocaine. Kenalog-40 1 mL into the joint.\n")
    assert _doses(text)["lidocaine"] == (10.0, "mg")


# --- contrast that made today's image, in words the image rule did not know -------------------------------------------

@pytest.mark.parametrize("dye,volume", [
    ("Omnipaque 240, 0.2 mL per joint, gave arthrograms with no vascular uptake.", 0.8),
    ("A small volume of contrast (3 mL of Omnipaque 240) gave longitudinal spread along the chain.", 3.0),
    ("Omnipaque 240 1 mL showed cephalad and caudal spread.", 1.0),
])
def test_contrast_that_made_todays_image_is_given(dye: str, volume: float) -> None:
    text = ("Bilateral L4-L5 and L5-S1 facet joint injections under fluoroscopy.\nConsent signed. Time-out done.\n"
            "Needles into the right and left L4-L5 and L5-S1 facet joints. " + dye +
            " 0.5 mL of 0.25% bupivacaine into each joint.\nNo complications.\n")
    assert _doses(text)["iohexol"] == (volume, "ml")


def test_guard_contrast_of_an_earlier_study_is_not_given() -> None:
    text = ("Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
            "History: a myelogram in 2023 with Omnipaque 240 gave 80% relief of her headaches, oddly.\n"
            "Consent signed. Time-out done. 1 mL of dexamethasone 10 mg/mL was injected at the left L5-S1 foramen.\n")
    assert "iohexol" not in _doses(text)


# --- 'each site' whose count the next sentence gives ------------------------------------------------------------------

_SIRFA = ("Left sacroiliac joint radiofrequency ablation under fluoroscopy.\nConsent signed. Time-out done.\n"
          "Probes were placed at the left L5 dorsal ramus and lateral branch sites at S1, S2 and S3. {drug} {count}\n"
          "No complications.\n")


@pytest.mark.parametrize("drug,count", [
    ("Each site was numbed with 1 mL of 1% lidocaine before lesioning.",
     "Lesions at 60 C for 150 seconds were made at all four targets."),
    ("1 mL of 2% lidocaine was given at each target.", "Four lesion sites were then ablated."),
])
def test_each_site_counted_in_the_next_sentence(drug: str, count: str) -> None:
    per_ml = 10.0 if "1%" in drug else 20.0
    assert _doses(_SIRFA.format(drug=drug, count=count))["lidocaine"] == (4 * per_ml, "mg")


def test_guard_a_count_of_other_things_next_is_no_site_count() -> None:
    text = _SIRFA.format(drug="Each site was numbed with 1 mL of 1% lidocaine.",
                         count="Four minutes later the lesions were made.")
    assert _doses(text)["lidocaine"] == (10.0, "mg")
