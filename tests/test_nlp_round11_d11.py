"""Round 11 (DRUG, D11): the wording families behind dev_fresh_ba/fba-tpi-01 (a toxin's stated total and its discarded
amount), dev_fresh_bb/fbb-pump-01 and dev_fresh_ba/fba-pump-01 (who refilled a pump, and whether it was reprogrammed),
as fictional snippets written for these tests in template, dictated and shorthand forms.

Every case gives the exact values the reader must return and failed before its change; the guards (named so) pin
readings the change must keep.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)
_TPI = "PROCEDURE: Trigger point injections with Botox, cervical.\n"
_VIAL = "A 100 unit vial of Botox was reconstituted with 2 mL of preservative-free saline. "


def _toxin(text: str) -> tuple[float | None, str | None, float | None]:
    """(total units, container, discarded units) of the one toxin read."""
    drugs = [d for d in extract(_TPI + text).drugs if d.generic == "onabotulinumtoxinA"]
    assert len(drugs) == 1
    return drugs[0].dose, drugs[0].container, drugs[0].discarded


def _lines(text: str) -> list[tuple[str, list[str], int]]:
    result = pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service="11", source="d11")
    return [(c.code, c.modifiers, c.units) for c in result.codes]


# --- a toxin's amounts per muscle in the sentences after its name: "each" muscle of a pair, and a stated total -------

@pytest.mark.parametrize("text, total", [
    # dictated: a pair's amount, two single muscles, then the total "in all" followed by more words
    (_VIAL + "I injected 30 units into each splenius capitis and 40 units into the left levator scapulae, 100 units "
     "in all across the three muscles.", 100.0),
    (_VIAL + "25 units into each upper trapezius and 25 units into each levator scapulae, for a total of 100 units.",
     100.0),
    # template: one muscle a line, then a total line
    ("Onabotulinumtoxin A 100 units reconstituted in 2 mL saline.\nRight trapezius 25 units\nLeft trapezius 25 units\n"
     "Right splenius 20 units\nLeft splenius 20 units\nTotal: 90 units\n", 90.0),
    # the total first, as a label
    (_VIAL + "Total 80 units: 20 units into each upper trapezius and 20 units into each levator scapulae.", 80.0),
    # no total written: "each" of a pair counts twice, "each of the 8 sites" eight times
    (_VIAL + "20 units to both upper trapezius muscles and 10 units to the left splenius.", 50.0),
    (_VIAL + "10 units at each of the 8 sites.", 80.0),
    # per site at N sites, and a template's "x N" per muscle without a total line
    ("Botox 200 units reconstituted in 4 mL saline.\n5 units per site at 31 sites.", 155.0),
    ("Botox 200 units reconstituted in 4 mL saline.\nProcerus 5 units x 1\nCorrugator 5 units x 2\n"
     "Frontalis 5 units x 4\nTemporalis 5 units x 8\nOccipitalis 5 units x 6\nCervical paraspinal 5 units x 4\n"
     "Trapezius 5 units x 6\n", 155.0),
])
def test_toxin_amounts_each_and_stated_total(text: str, total: float) -> None:
    assert _toxin(text)[0] == total


def test_guard_toxin_amounts_per_muscle_add_up() -> None:
    assert _toxin(_VIAL + "Trapezius 30 units, levator 20 units, splenius 30 units.")[0] == 80.0


# --- a discarded amount (JW) in the shapes notes write it, and "none discarded" (JZ) ----------------------------------

@pytest.mark.parametrize("text, discarded", [
    (_VIAL + "80 units were injected. The remaining 20 units in the single-use vial were discarded and this was "
     "witnessed by the nurse.", 20.0),
    (_VIAL + "80 units were injected. 20 units of unused toxin were wasted.", 20.0),
    (_VIAL + "80 units were injected. Discarded amount: 20 units.", 20.0),
    (_VIAL + "80 units were injected. Units wasted: 20.", 20.0),
    (_VIAL + "Eighty units were injected. Twenty units were wasted.", 20.0),
    ("Botox 80 units was injected. Wasted: 20 units.", 20.0),
    # no amount: the vial's size less the dose
    (_VIAL + "80 units were injected. The remainder of the vial was discarded.", 20.0),
    (_VIAL + "10 units at each of the 8 sites. The rest of the vial was wasted.", 20.0),
    # nothing discarded, in field and prose forms
    (_VIAL + "100 units were injected. Waste: none.", 0.0),
    (_VIAL + "100 units were injected. No drug was wasted.", 0.0),
    (_VIAL + "All 100 units were injected; the full vial was used.", 0.0),
])
def test_toxin_discarded_amount(text: str, discarded: float) -> None:
    dose, container, wasted = _toxin(text)
    assert (container, wasted) == ("single_dose", discarded)


def test_toxin_vial_size_in_brackets_is_not_a_dose() -> None:
    assert _toxin("Botox 100 units (single-dose vial), 80 units injected, 20 units discarded.") == \
        (80.0, "single_dose", 20.0)


def test_guard_an_empty_vial_discarded_is_no_amount() -> None:
    assert _toxin(_VIAL + "80 units were injected and the empty vial was discarded.") == (80.0, None, None)


def test_guard_a_steroid_with_the_remaining_vial_discarded_keeps_its_dose() -> None:
    drugs = extract("PROCEDURE: Left L5-S1 TFESI.\nDexamethasone 10 mg was injected, the remaining vial discarded.").drugs
    assert [(d.generic, d.dose, d.discarded) for d in drugs] == [("dexamethasone_sodium_phosphate", 10.0, None)]


def test_toxin_lines_with_a_discarded_amount() -> None:
    text = (_TPI + _VIAL + "Using a 30 gauge needle I injected 25 units into each upper trapezius, 15 units into the left "
            "levator scapulae and 15 units into the right rhomboid major, 80 units in all across the four muscles. "
            "The remaining 20 units in the single-use vial were discarded.")
    assert _lines(text) == [("20553", [], 1), ("J0585", [], 80), ("J0585", ["JW"], 20)]


# --- who refilled a pump, and whether it was reprogrammed ----------------------------------------------------------

_PUMP = "Intrathecal pump refill.\nDiagnosis: failed back surgery syndrome.\n"
_DRUG = " 20 mL of morphine 25 mg/mL was placed in the reservoir."


@pytest.mark.parametrize("text, by_physician, reprogrammed", [
    ("The refill was performed by the clinic pump nurse under my supervision. Pump was not reprogrammed.", False, False),
    ("Our clinic nurse did the refill under my supervision. I then reprogrammed the pump.", False, True),
    ("Refilled by: J. Smith, RN. Settings unchanged.", False, False),
    ("The pump nurse handled the refill; no changes to the program.", False, False),
    ("Nursing staff completed the refill under direct physician supervision. No reprogramming.", False, False),
    ("RN-performed refill with physician present in the suite. The pump was reprogrammed.", False, True),
    ("The daily dose was left as it was; the nurse filled the reservoir.", False, False),
    ("No change in dosing. Refill performed by nursing.", False, False),
    ("Pump interrogated, new daily rate programmed. The nurse refilled the pump.", False, True),
    ("I did the refill. Pump was not reprogrammed.", True, False),
    ("I then refilled the reservoir and reprogrammed the pump.", True, True),
    ("The refill was done by me. Dose left unchanged.", True, False),
    ("Programming unchanged. I personally accessed and refilled the pump.", True, False),
    ("The nurse refilled the pump. We raised the daily dose by 10 percent.", False, True),
])
def test_pump_refill_performer_and_reprogramming(text: str, by_physician: bool, reprogrammed: bool) -> None:
    p = extract(_PUMP + text + _DRUG).procedures[0]
    assert (p.family, p.performed_by_physician, p.pump_reprogrammed) == ("pump_refill", by_physician, reprogrammed)


@pytest.mark.parametrize("text, code", [
    ("The refill was performed by the clinic pump nurse under my supervision. Pump was not reprogrammed.", "95990"),
    ("Our clinic nurse did the refill under my supervision. I then reprogrammed the pump.", "62369"),
    ("Refill carried out by our experienced infusion nurse. Daily dose increased from 2 to 2.2 mg/day.", "62369"),
])
def test_pump_refill_code_follows_who_refilled(text: str, code: str) -> None:
    assert [c for c, _, _ in _lines(_PUMP + text + _DRUG)][0] == code


# --- a pump refill's drug with the volume placed (and its strength) in fields or clauses around it ------------------

_PUMP_FIELDS = "INTRATHECAL PUMP REFILL\nDiagnosis: failed back surgery syndrome.\nRefill by: RN. Reprogrammed: no.\n"


@pytest.mark.parametrize("text, drug", [
    ("Residual volume withdrawn: 2.5 mL (expected 2.7 mL).\nVolume added: 20 mL\nDrug: morphine\n"
     "Concentration: 25 mg/mL", ("morphine", 500.0)),
    ("Drug: Morphine 25 mg/mL\nVolume: 20 mL", ("morphine", 500.0)),
    ("Medication: baclofen 2000 mcg/mL\nVolume instilled: 20 mL", ("baclofen", 40.0)),
    ("Drug/concentration: hydromorphone 10 mg/mL\nResidual: 3 mL\nFill volume: 20 mL", ("hydromorphone", 200.0)),
    ("- Medication: baclofen\n- Concentration: 2000 mcg/mL\n- Volume placed: 20 mL\n- Residual: 2 mL",
     ("baclofen", 40.0)),
    ("Pump contents: morphine 25 mg/mL. Volume added 20 mL.", ("morphine", 500.0)),
    ("MEDICATION: BACLOFEN 2000 MCG/ML   VOLUME: 20 ML   RESIDUAL: 2.1 ML", ("baclofen", 40.0)),
    # the strength in brackets, the volume after it
    ("Reservoir filled with morphine (25 mg/mL); volume 20 mL.", ("morphine", 500.0)),
    # a volume emptied from the reservoir is not given
    ("We emptied the reservoir of 3 mL and filled it with 20 mL hydromorphone 20 mg/mL.", ("hydromorphone", 400.0)),
])
def test_pump_fill_volume_fields(text: str, drug: tuple[str, float]) -> None:
    assert [(d.generic, d.dose) for d in extract(_PUMP_FIELDS + text).drugs] == [drug]


def test_guard_pump_residual_volume_is_not_the_fill() -> None:
    text = _PUMP_FIELDS + "Drug: morphine 25 mg/mL\nResidual volume: 3 mL"
    assert [(d.generic, d.dose) for d in extract(text).drugs] == [("morphine", None)]


# --- the other botulinum toxins are their own drugs with their own billing units, never Botox ------------------------

@pytest.mark.parametrize("text, lines", [
    ("PROCEDURE: Trigger point injections, cervical.\nTrigger points in the right and left upper trapezius and the right "
     "and left levator scapulae.\nDysport 300 unit single-dose vial reconstituted with 1.5 mL "
     "saline. 60 units into each upper trapezius and 60 units into each levator scapulae. 60 units discarded.",
     [("20553", [], 1), ("J0586", [], 48), ("J0586", ["JW"], 12)]),
    ("PROCEDURE: Trigger point injections, cervical.\nTrigger points in the right and left upper trapezius and the right "
     "and left levator scapulae.\nXeomin 100 units reconstituted in 2 mL. 20 units into each upper "
     "trapezius and 10 units into each levator scapulae. The remainder of the vial was discarded.",
     [("20553", [], 1), ("J0588", [], 60), ("J0588", ["JW"], 40)]),
    ("PROCEDURE: Trigger point injections, cervical.\nTrigger points in the right and left upper trapezius and the right "
     "and left levator scapulae.\nMyobloc 2500 units injected into the four muscles, no waste.",
     [("20553", [], 1), ("J0587", ["JZ"], 25)]),
])
def test_other_botulinum_toxins(text: str, lines: list) -> None:
    assert _lines(text) == lines


# --- the same pump answers as template fields and in spoken forms -----------------------------------------------------

_PUMP_TEMPLATE = "INTRATHECAL PUMP REFILL\nDiagnosis: failed back surgery syndrome.\n"
_FILL = "\nDrug: morphine 25 mg/mL\nVolume added: 20 mL\n"


@pytest.mark.parametrize("text, by_physician, reprogrammed", [
    ("Refilled by: nurse\nProgramming changes: none", False, False),
    ("Refill by: staff\nPump reprogrammed? N", False, False),
    ("Refill by nurse.\nDose change: none", False, False),
    ("Refill by nurse.\nDose change: increased 10%", False, True),
    ("Refill by nurse.\nNew daily dose: 4.4 mg/day (previous 4.0 mg/day).", False, True),
    ("The nurse refilled it and we didn't change any settings.", False, False),
    ("The nurse refilled it; settings stay where they were.", False, False),
    ("The nurse refilled it. No adjustments were made.", False, False),
    ("The nurse refilled it. I left the program alone.", False, False),
    ("Refill: RN. Reprogram: [ ] Yes [x] No", False, False),
    ("Dose titrated: no. Nurse refill.", False, False),
])
def test_pump_answers_as_fields_and_spoken(text: str, by_physician: bool, reprogrammed: bool) -> None:
    p = extract(_PUMP_TEMPLATE + text + _FILL).procedures[0]
    assert (p.performed_by_physician, p.pump_reprogrammed) == (by_physician, reprogrammed)


def test_guard_pump_physician_field_stays_physician() -> None:
    p = extract(_PUMP_TEMPLATE + "Refill by: Dr. Lee\nReprogrammed: no" + _FILL).procedures[0]
    assert (p.performed_by_physician, p.pump_reprogrammed) == (True, False)


# --- a negation of the clause before does not reach a drug dosed in words ("ten mg"), as for "10 mg" ---------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Right C6-7 TFESI.\nIsovue-M 300 0.5 mL, no vascular flow, dexamethasone ten mg. Images saved.",
     [("iopamidol", 0.5), ("dexamethasone_sodium_phosphate", 10.0)]),
    ("PROCEDURE: Right C6-7 TFESI.\nNo vascular uptake, fentanyl fifty mcg was given.", [("fentanyl", 0.05)]),
])
def test_negation_of_the_clause_before_spares_a_dose_in_words(text: str, drugs: list) -> None:
    assert [(d.generic, d.dose) for d in extract(text).drugs] == drugs


def test_guard_a_negated_drug_stays_negated() -> None:
    assert extract("PROCEDURE: Right C6-7 TFESI.\nNo dexamethasone was given.").drugs == []
