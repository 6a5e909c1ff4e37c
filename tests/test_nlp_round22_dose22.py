"""Round 22 (dose22): doses of the code-line probe `d5`, read by wording family.

A steroid's name as a speech recogniser hears it ('Deck a drawn', 'Decca dron', 'Sell a stone'); toxin units with a
thousands separator ('Myobloc 2,500 units'); a total told before its parts; a drug made ready and kept back later in
its own sentence; a drug offered and turned down; a medication administration record's held row; a toxin list whose
opening line says each row is one side's; a correction, addendum or physician response that states the dose which
stands (a query's amounts are no dose); a share of a vial given and its rest discarded. Each with near misses that must
not count. All sentences are new wordings, fictional; each test asserts the whole code-line set.
"""
from __future__ import annotations

import datetime as dt

import pytest

from _snippet import code_lines
from api import pipeline

DOS = dt.date(2025, 9, 16)


def _lines(text: str, dos: dt.date = DOS, pos: str = "11") -> list[tuple[str, list[str], int]]:
    return code_lines(pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service=pos,
                                            source="r22"))


_KNEE = ("Left knee intra-articular injection, anterolateral approach, no imaging.\nKnee osteoarthritis; NSAIDs and a "
         "home program for four months failed.\n{drug}\nNo complications.")


# --- a steroid's name as a recogniser hears it (d5-006) -------------------------------------------------------------

@pytest.mark.parametrize("drug, line", [
    ("Deck a drawn 8 mg with 3 mL of 1% lidocaine was injected into the joint.", ("J1100", [], 8)),
    ("Decca dron four milligrams and 3 mL of 1% lidocaine went into the joint.", ("J1100", [], 4)),
    ("Sell a stone 6 mg with 3 mL of 1% lidocaine was injected into the joint.", ("J0702", [], 1)),
])
def test_steroid_name_as_heard_by_a_recogniser_is_read(drug: str, line: tuple) -> None:
    assert _lines(_KNEE.format(drug=drug)) == [("20610", ["LT"], 1), line]


def test_guard_a_deck_in_the_history_is_no_drug() -> None:
    text = _KNEE.format(drug="She twisted the knee stepping off her deck; a drawn-out recovery followed.\n"
                             "Kenalog 40 mg with 3 mL of 1% lidocaine was injected into the joint.")
    assert _lines(text) == [("20610", ["LT"], 1), ("J3301", [], 4)]


# --- toxin units with a thousands separator (d5-018) ----------------------------------------------------------------

_TPI = ("Chemodenervation trigger point injections of the neck.\nCervical myofascial pain with taut bands, failed "
        "lidocaine trigger point injections and eight weeks of therapy.\nMuscles: left splenius capitis, left upper "
        "trapezius, right upper trapezius (three muscles).\n{drug}\nNo complications.")


@pytest.mark.parametrize("drug, line", [
    ("Rimabotulinumtoxin B 2,500 units was shared among the three muscles.", ("J0587", [], 25)),
    ("A total of 5,000 units of Myobloc was injected across the three muscles.", ("J0587", [], 50)),
])
def test_toxin_units_with_a_thousands_separator(drug: str, line: tuple) -> None:
    assert _lines(_TPI.format(drug=drug)) == [("20553", [], 1), line]


def test_guard_a_decimal_comma_stays_a_decimal() -> None:
    assert _lines(_KNEE.format(drug="Dexamethasone 6,6 mg with 3 mL of 1% lidocaine was injected into the joint.")) \
        == [("20610", ["LT"], 1), ("J1100", [], 7)]


# --- a total told before its parts (d5-011) -------------------------------------------------------------------------

_TF = ("Left C5-6 and C6-7 transforaminal epidural steroid injections under fluoroscopy.\nLeft C6 radiculopathy with "
       "arm pain for ten weeks, physical therapy for six weeks without relief.\nConsent and time-out.\n{drug}\n"
       "AP and oblique images saved. No complications.")


@pytest.mark.parametrize("drug", [
    "Dexamethasone, 10 mg in total: 4 mg at the left C5-6 foramen and 6 mg at the left C6-7 foramen.",
    "The overall steroid dose was 10 mg of dexamethasone - 5 mg into the left C5-6 foramen and 5 mg into C6-7.",
])
def test_total_before_its_parts_counts_once(drug: str) -> None:
    assert _lines(_TF.format(drug=drug)) == [("64479", ["LT"], 1), ("64480", ["LT"], 1), ("J1100", [], 10)]


def test_guard_amounts_without_a_total_word_add_up() -> None:
    drug = "Dexamethasone 10 mg at the left C5-6 foramen, then 5 mg at C6-7 and 5 mg more at C5-6."
    assert _lines(_TF.format(drug=drug)) == [("64479", ["LT"], 1), ("64480", ["LT"], 1), ("J1100", [], 20)]


# --- made ready, kept back later in its own sentence (d5-045) -------------------------------------------------------

_TF_BILAT = ("Bilateral L4-5 transforaminal epidural steroid injections, fluoroscopy.\nBilateral L5 radicular pain for "
             "four months after eight weeks of therapy.\nConsent and time-out.\n{drug}\nAP and lateral images saved. "
             "No complications.")


@pytest.mark.parametrize("drug", [
    "Kenalog 40 mg was prepared, and after the live contrast run outlined a segmental artery on the right the "
    "particulate steroid was not used on either side. Dexamethasone 4 mg was injected on each side.",
    "Triamcinolone 80 mg had been drawn up; once she recalled a reaction to it at another clinic, the triamcinolone "
    "was withheld. Dexamethasone 4 mg was injected on each side.",
])
def test_drug_kept_back_later_in_its_own_sentence_is_not_billed(drug: str) -> None:
    assert _lines(_TF_BILAT.format(drug=drug)) == [("64483", ["50"], 1), ("J1100", [], 8)]


def test_guard_drug_made_ready_then_injected_in_its_own_sentence_is_billed() -> None:
    drug = "Kenalog 40 mg was prepared, and after a clean neurogram the steroid was injected, split between the sides."
    assert _lines(_TF_BILAT.format(drug=drug)) == [("64483", ["50"], 1), ("J3301", [], 4)]


# --- a drug offered and turned down (d5-020) ------------------------------------------------------------------------

@pytest.mark.parametrize("offer", [
    "Ketorolac 30 mg IM was offered for her headache, but she declined.",
    "She refused the Toradol 60 mg IM we offered for the flare.",
    "We offered ketorolac 30 mg intramuscularly, which he turned down.",
    "IM Toradol 60 mg offered; pt refused, citing reflux.",
])
def test_drug_offered_and_declined_is_not_billed(offer: str) -> None:
    text = _KNEE.format(drug=f"Kenalog 40 mg with 3 mL of 1% lidocaine was injected into the joint.\n{offer}")
    assert _lines(text) == [("20610", ["LT"], 1), ("J3301", [], 4)]


def test_guard_drug_declined_then_accepted_is_billed() -> None:
    text = _KNEE.format(drug="Kenalog 40 mg with 3 mL of 1% lidocaine was injected into the joint.\nKetorolac 30 mg "
                             "IM was offered; she declined at first but then agreed.")
    assert _lines(text) == [("20610", ["LT"], 1), ("J1885", [], 2), ("J3301", [], 4)]


# --- a medication administration record's held row (d5-021) ---------------------------------------------------------

_MAR = ("Left knee intra-articular injection, anterolateral approach, no imaging.\nKnee osteoarthritis; NSAIDs and a "
        "home program for four months failed.\nMedication record\nTime | Drug | Amount | Route | Status\n"
        "0931 | Lidocaine 1% | 3 mL | intra-articular | given\n0932 | Depo-Medrol 40 mg/mL | 80 mg | intra-articular | "
        "{status}\n0933 | Kenalog 40 mg/mL | 40 mg | intra-articular | given\nNo complications.")


@pytest.mark.parametrize("status", ["Not administered - pharmacy substitution", "Refused by patient",
                                    "held, order cancelled"])
def test_administration_record_row_not_given_is_not_billed(status: str) -> None:
    assert _lines(_MAR.format(status=status)) == [("20610", ["LT"], 1), ("J3301", [], 4)]


def test_administration_line_with_a_dashed_status_not_given_is_not_billed() -> None:
    text = _KNEE.format(drug="Kenalog 40 mg with 3 mL of 1% lidocaine was injected into the joint.\nKetorolac 30 mg "
                             "IM - held, blood pressure too high.")
    assert _lines(text) == [("20610", ["LT"], 1), ("J3301", [], 4)]


def test_guard_administration_record_row_given_is_billed() -> None:
    assert _lines(_MAR.format(status="given")) == [("20610", ["LT"], 1), ("J1010", [], 80), ("J3301", [], 4)]


# --- a toxin list whose opening line says each row is one side's (d5-015) -------------------------------------------

_TOXIN = ("Botulinum toxin trigger point injections of the shoulder girdle.\nMyofascial pain with taut bands, failed "
          "conventional trigger point injections.\nConsent and time-out documented.\nA 100-unit single-dose vial of "
          "Xeomin was reconstituted with 2 mL of saline.\n{head}\n  upper trapezius 15 units\n  rhomboid major 10 "
          "units\n  levator scapulae 5 units\nThe rest of the vial was discarded.\nNo complications.")


@pytest.mark.parametrize("head", ["Per side:", "Units on each side, right and left alike:"])
def test_toxin_rows_under_a_per_side_line_count_twice(head: str) -> None:
    assert _lines(_TOXIN.format(head=head)) == [("20553", [], 1), ("J0588", [], 60), ("J0588", ["JW"], 40)]


@pytest.mark.parametrize("sentence", [
    "On each side Xeomin 15 units went into the upper trapezius, 10 units into the rhomboid major and 5 units into "
    "the levator scapulae.",
    "Xeomin 15 units into the upper trapezius, 10 units into the rhomboid major and 5 units into the levator scapulae, "
    "per side.",
])
def test_toxin_amounts_per_muscle_in_a_per_side_sentence_count_twice(sentence: str) -> None:
    text = ("Botulinum toxin trigger point injections of the shoulder girdle, both sides.\nMyofascial pain with taut "
            f"bands, failed conventional trigger point injections.\nConsent and time-out documented.\n{sentence}\n"
            "No complications.")
    assert _lines(text) == [("20553", [], 1), ("J0588", [], 60)]


def test_guard_toxin_rows_under_one_side_count_once() -> None:
    assert _lines(_TOXIN.format(head="Right side only:")) == [("20553", [], 1), ("J0588", [], 30), ("J0588", ["JW"], 70)]


# --- a correction, addendum or response states the dose that stands (d5-003, d5-004, d5-042) ------------------------

_CAUDAL = ("Caudal epidural steroid injection under fluoroscopy.\nBilateral S1 radicular pain for five months, therapy "
           "for eight weeks without relief.\nConsent and time-out.\nA 20G needle entered the sacral hiatus; contrast "
           "showed epidural spread. {drug} with 6 mL of saline was injected.\nAP and lateral images saved. No "
           "complications.\n\n{addendum}")


@pytest.mark.parametrize("drug, addendum, line", [
    ("Triamcinolone 40 mg", "Addendum: the triamcinolone dose was 80 mg, not 40 mg as dictated.", ("J3301", [], 8)),
    ("Depo-Medrol 80 mg", "Correction - Depo-Medrol should read 40 mg; 80 mg was entered in error.", ("J1010", [], 40)),
    ("Kenalog", "CODING QUERY: The charge sheet shows Kenalog 80 mg. Was 80 mg given?\nPROVIDER REPLY: 60 mg of "
                "Kenalog was given.", ("J3301", [], 6)),
    ("Kenalog", "Billing question - the supply log lists Kenalog 80 mg; please confirm.\nAnswer: Kenalog 40 mg only.",
     ("J3301", [], 4)),
    ("Kenalog-40 1 mL", "Addendum: 2 mL, not 1 mL, of Kenalog-40 went in; the volume above was mis-typed.",
     ("J3301", [], 8)),
])
def test_corrected_dose_wins(drug: str, addendum: str, line: tuple) -> None:
    assert _lines(_CAUDAL.format(drug=drug, addendum=addendum)) == [("62323", [], 1), line]


@pytest.mark.parametrize("addendum", [
    "Addendum, same day: no Kenalog was injected; the patient withdrew consent for the steroid in the room.",
    "Late entry - correction: the triamcinolone was not given after all; saline alone was injected.",
])
def test_drug_taken_back_by_a_correction_is_not_billed(addendum: str) -> None:
    assert _lines(_CAUDAL.format(drug="Kenalog 40 mg", addendum=addendum)) == [("62323", [], 1)]


@pytest.mark.parametrize("addendum", [
    "Addendum: an additional 40 mg of Kenalog was injected after the images were reviewed.",
    "Addendum: no further steroid was given at the two-week phone call.",
])
def test_guard_addendum_that_adds_keeps_the_body_dose(addendum: str) -> None:
    want = 8 if "additional" in addendum else 4
    assert _lines(_CAUDAL.format(drug="Kenalog 40 mg", addendum=addendum)) == [("62323", [], 1), ("J3301", [], want)]


# --- a share of a vial given, its rest discarded (d5-050) -----------------------------------------------------------

_GON = ("Right greater occipital nerve block, landmark technique.\nRight occipital neuralgia for five months.\n"
        "Consent and time-out.\nInjectate: {drug}\nNo complications.")


@pytest.mark.parametrize("drug, lines", [
    ("half of one 1 mL single-dose vial of dexamethasone 10 mg/mL with 2 mL of 0.5% bupivacaine. The rest of the vial "
     "was discarded.", [("J1100", [], 5), ("J1100", ["JW"], 5)]),
    ("a quarter of the 2 mL vial of Kenalog-40 with 2 mL of 0.5% bupivacaine.", [("J3301", [], 2)]),
    ("triamcinolone 40 mg/mL, half a 1 mL vial, with 2 mL of 0.5% bupivacaine.", [("J3301", [], 2)]),
])
def test_share_of_a_vial_given(drug: str, lines: list) -> None:
    assert _lines(_GON.format(drug=drug)) == sorted([("64405", ["RT"], 1), *lines])


def test_guard_share_of_a_vial_discarded_is_no_dose() -> None:
    drug = "Kenalog 40 mg with 2 mL of 0.5% bupivacaine. Half of the 2 mL vial was discarded."
    assert _lines(_GON.format(drug=drug)) == [("64405", ["RT"], 1), ("J3301", [], 4)]
