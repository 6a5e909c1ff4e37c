"""Round 15 (issue 3, DRUG): the drug and dose wording families behind the sealed batches dev_fresh_bm/bn/bo, as
fictional snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before
its change; the guards (named so) pin readings the change must keep.

- The vial told in a sentence of its own after the drug sentence ('Single-use vial; nothing wasted.', 'SDV, 0 mg
  wasted.', 'The steroid came from a single-dose vial; none was discarded.'): the drugs just named come from it, so
  their line takes JZ (fbm-caudal-01, facet-01, ilesi-04, si-03, tfesi-06, tfesi-07).
- A discarded amount restated in brackets ('the remaining 10 mg (0.25 mL) was discarded') is discarded, not given, and
  makes a JW line (fbm-knee-01).
- Amounts placed at named levels ('40 mg ... at the L5-S1 foramen and 20 mg at the S1 foramen, each followed by a
  flush') add up; they are no total and its per-site share (fbn-h-tfesi-02: J1040 x1).
- A toxin's units in a table under a 'Units' column ('Muscle | Units' over 'Left trapezius | 30') are its amounts
  (fbo-tpi-01: J0585-JZ x100).
- Contrast in an 'Imaging:' field that names today's guidance ('Imaging: fluoroscopy; Omnipaque 180 0.5 mL') is given
  today; the field is no imaging study (fbo-mbb-02).
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)


def _lines(text: str, dos: dt.date = DOS) -> list[tuple[str, list[str], int]]:
    """The code lines billed for `text` in the office under Medicare."""
    result = pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service="11", source="r15")
    return sorted((c.code, sorted(c.modifiers), c.units) for c in result.codes)


def _drug(text: str, generic: str) -> tuple[float | None, str | None, str | None, float | None]:
    """(dose, unit, container, discarded) of the one drug `generic` read from `text`."""
    found = [d for d in extract(text).drugs if d.generic == generic]
    assert len(found) == 1
    return found[0].dose, found[0].dose_unit, found[0].container, found[0].discarded


# --- the vial in a sentence of its own after the drugs -------------------------------------------------------------

_ILESI = ("PROCEDURE: Lumbar interlaminar epidural steroid injection at L4-L5 under fluoroscopy.\n"
          "Consent signed. Time-out done. Prone; loss of resistance at L4-L5 with a 20 gauge Tuohy needle, contrast "
          "spread in the epidural space. {drug} {after}\nNo complications.\n")


@pytest.mark.parametrize("after", [
    "Single-use vial(s); nothing wasted.",
    "SDV, 0 mg wasted.",
    "The steroid was drawn from a single dose vial and none of it was discarded.",
    "Single dose vial - entire contents used, no waste.",
    "Vial: single-dose. Waste: none.",
    "Drug from an SDV with zero mg discarded.",
    "single use vial, all of it was given",
])
def test_vial_told_after_the_drug_sentence_gives_jz(after: str) -> None:
    text = _ILESI.format(drug="Triamcinolone 40 mg/mL, 2 mL, with 1 mL of 1% lidocaine was injected.", after=after)
    assert _lines(text) == [("62323", [], 1), ("J3301", ["JZ"], 8)]


@pytest.mark.parametrize("after", [
    "Multi-dose vial.",
    "MDV used; nothing wasted.",
])
def test_guard_a_multidose_vial_after_the_drugs_takes_no_jz(after: str) -> None:
    text = _ILESI.format(drug="Dexamethasone 10 mg was injected.", after=after)
    assert _lines(text) == [("62323", [], 1), ("J1100", [], 10)]


def test_vial_told_after_a_contrast_check_is_the_steroids() -> None:
    """The contrast check between the steroid and its vial is no other vial's drug."""
    text = _ILESI.format(drug="Kenalog-40 2 mL was injected. Isovue-M 200 1 mL then confirmed the spread.",
                         after="SDV; nothing discarded.")
    assert _lines(text) == [("62323", [], 1), ("J3301", ["JZ"], 8)]


def test_guard_a_vial_sentence_in_the_plan_is_no_vial_of_todays_drug() -> None:
    """A 'single-dose vial; nothing wasted' in another section (the plan) tells nothing of today's drug."""
    text = ("PROCEDURE: Lumbar interlaminar epidural steroid injection at L4-L5 under fluoroscopy.\n"
            "Consent signed. Time-out done. Loss of resistance at L4-L5. Dexamethasone 10 mg was injected. "
            "No complications.\n"
            "PLAN: Next time use a single-dose vial; nothing wasted then.\n")
    assert _lines(text) == [("62323", [], 1), ("J1100", [], 10)]


# --- a discarded amount restated in brackets -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Kenalog-40 from a 1 mL single-dose vial: 20 mg (0.5 mL) was injected with 3 mL of 1% lidocaine, and the "
    "remaining 20 mg (0.5 mL) was discarded.",
    "Kenalog-40, single-use 1 mL vial: 20 mg (0.5 mL) went into the joint with 3 mL of 1% lidocaine; 20 mg (0.5 mL) "
    "wasted.",
    # dictated amounts
    "Kenalog-40 out of a one mL single dose vial: twenty mg (0.5 mL) was injected with three mL of 1% lidocaine, and "
    "the remaining twenty mg (0.5 mL) was discarded.",
])
def test_discarded_amount_with_a_bracketed_restatement_is_jw(sentence: str) -> None:
    text = ("PROCEDURE: Right knee intra-articular injection, landmark guided.\nConsent signed. Time-out done. "
            + sentence + "\nNo complications.\n")
    assert _drug(text, "lidocaine")[:2] == (30.0, "mg")
    assert _drug(text, "triamcinolone_acetonide")[0] == 20.0
    assert _lines(text) == [("20610", ["RT"], 1), ("J3301", [], 2), ("J3301", ["JW"], 2)]


def test_guard_a_discarded_amount_restated_in_words_is_jw() -> None:
    text = ("PROCEDURE: Right knee intra-articular injection, landmark guided.\nConsent signed. Time-out done. From a "
            "single-use 1 mL vial of Kenalog-40, 20 mg (0.5 mL) went into the joint along with 3 mL 1% lidocaine; the "
            "other 20 mg (half the vial) was wasted.\nNo complications.\n")
    assert _lines(text) == [("20610", ["RT"], 1), ("J3301", [], 2), ("J3301", ["JW"], 2)]


# --- amounts at named levels add up ------------------------------------------------------------------------------

_TF = ("Procedure: Left L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nConsent signed. "
       "Time-out done. Needles to the left L4-L5 and L5-S1 foramina, contrast outlined each nerve root. {drug}\n"
       "No complications.\n")


@pytest.mark.parametrize("drug", [
    "Then 40 mg of methylprednisolone acetate (1 mL of 40 mg/mL) was given at the L4-L5 foramen and 20 mg (0.5 mL) "
    "at the L5-S1 foramen, each followed by a saline flush.",
    "Depo-Medrol 40 mg went in at L4-5 and 20 mg at L5-S1, each chased with 1 mL of saline.",
])
def test_amounts_at_named_levels_add_up(drug: str) -> None:
    text = _TF.format(drug=drug)
    assert _drug(text, "methylprednisolone_acetate")[:2] == (60.0, "mg")
    assert ("J1040", [], 1) in _lines(text, dt.date(2024, 1, 18))


def test_guard_a_total_then_each_levels_share_is_the_total() -> None:
    text = _TF.format(drug="Depo-Medrol 40 mg in all, 20 mg at each level.")
    assert _drug(text, "methylprednisolone_acetate")[:2] == (40.0, "mg")


# --- a toxin's units in a table under a 'Units' column -------------------------------------------------------------

_TOXIN_TABLE = ("Trigger point injections with botulinum toxin, cervical\nConsent: signed.\nTime-out: done.\n"
                "Drug: Botox, one 100-unit single-dose vial reconstituted with 2 mL saline.\n{table}\nComplications: "
                "none\n")


@pytest.mark.parametrize("table", [
    "Muscle | Units\nRight trapezius | 40\nRight levator scapulae | 30\nRight splenius capitis | 30\n"
    "Total: 100 units. Waste: none.",
    "Site\tUnits\nR trapezius\t40\nR levator\t30\nR rhomboid\t30\nNo toxin was wasted.",
    "Muscle | Dose (units)\nRight trapezius | 40\nRight levator scapulae | 30\nRight splenius capitis | 30\n"
    "Entire vial used.",
])
def test_toxin_units_in_a_units_column(table: str) -> None:
    text = _TOXIN_TABLE.format(table=table)
    assert _drug(text, "onabotulinumtoxinA") == (100.0, "units", "single_dose", 0.0)
    assert _lines(text) == [("20553", [], 1), ("J0585", ["JZ"], 100)]


def test_guard_a_table_without_a_units_column_gives_no_units() -> None:
    """The numbers of a column headed otherwise (a count of points) are no toxin amount."""
    text = _TOXIN_TABLE.format(table="Muscle | Points\nRight trapezius | 4\nRight levator scapulae | 3\n"
                                     "Right splenius capitis | 3\n")
    assert _drug(text, "onabotulinumtoxinA")[0] is None


# --- contrast in an 'Imaging:' field naming today's guidance ------------------------------------------------------

_MBB = ("Procedure: Right L4-L5 and L5-S1 medial branch blocks | Location: clinic\nConsent: signed.\n"
        "Time-out: done.\n{imaging}\nInjectate: 0.5 mL of 0.5% bupivacaine at each of the three nerves.\n"
        "Complications: none.\n")


@pytest.mark.parametrize(("imaging", "generic", "ml"), [
    ("Imaging: fluoroscopy; Omnipaque 180 0.5 mL total, no vascular uptake.", "iohexol", 0.5),
    ("Imaging: live fluoro, Isovue-M 200 1 mL to confirm the needle tips.", "iopamidol", 1.0),
    ("IMAGING: C-arm fluoroscopy with 0.8 mL Omnipaque 240.", "iohexol", 0.8),
])
def test_contrast_in_a_guidance_imaging_field_is_given(imaging: str, generic: str, ml: float) -> None:
    assert _drug(_MBB.format(imaging=imaging), generic)[:2] == (ml, "ml")


def test_guard_contrast_in_an_imaging_study_field_is_no_dose() -> None:
    text = _MBB.format(imaging="Imaging: CT myelogram 2025 with Omnipaque 10 mL showed facet arthropathy.")
    assert not [d for d in extract(text).drugs if d.generic == "iohexol"]


# --- the metamorphic probe's drug rows (all dev folders): spoken numbers and unit words ---------------------------

_GNB = ("Procedure: Right knee genicular nerve blocks under ultrasound.\nConsent signed. Time-out done.\n"
        "Technique: the superior lateral, superior medial and inferior medial genicular nerves were found beside "
        "their arteries. At each nerve 2 mL of 0.5% bupivacaine was injected; {steroid} was added to the total "
        "injectate.\nNo complications.\n")


@pytest.mark.parametrize("steroid", ["dexamethasone 4 milligrams", "dexamethasone four mg",
                                     "dexamethasone four milligrams"])
def test_steroid_added_to_the_total_injectate_is_one_amount(steroid: str) -> None:
    """'4 mg' was read whole; the same amount in words or with the unit spelt out reached past the fixed window in
    which 'total' was looked for, and was multiplied by the three nerves."""
    assert _drug(_GNB.format(steroid=steroid), "dexamethasone_sodium_phosphate")[:2] == (4.0, "mg")


def test_guard_a_steroid_with_its_own_per_nerve_amount_is_per_nerve() -> None:
    text = _GNB.replace("; {steroid} was added to the total injectate", ", with dexamethasone 2 mg at each nerve")
    assert _drug(text, "dexamethasone_sodium_phosphate")[:2] == (6.0, "mg")


_MBB_BILAT = ("Procedure: Bilateral L4-L5 and L5-S1 medial branch blocks under fluoroscopy.\nConsent signed. Time-out "
              "done. Prone. Through a skin wheal of 1% lidocaine, {amount} per side, needles were walked to the L3 and "
              "L4 medial branches and the L5 dorsal ramus on each side. 0.5 mL of 0.5% bupivacaine was placed at each "
              "of the six targets.\nNo complications.\n")


@pytest.mark.parametrize("amount", ["two mL", "3 milliliters", "three cc"])
def test_skin_wheal_amount_per_side_in_words(amount: str) -> None:
    """A skin wheal's amount 'per side' is given twice (each side's skin), whether its number is in digits or words."""
    ml = {"two mL": 2.0, "3 milliliters": 3.0, "three cc": 3.0}[amount]
    assert _drug(_MBB_BILAT.format(amount=amount), "lidocaine")[:2] == (ml * 2 * 10, "mg")


def test_guard_skin_wheal_amount_per_side_in_digits() -> None:
    assert _drug(_MBB_BILAT.format(amount="2 mL"), "lidocaine")[:2] == (40.0, "mg")
