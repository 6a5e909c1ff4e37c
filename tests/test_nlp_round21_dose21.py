"""Round 21 (dose21): doses, joints, sides and procedures of the code-line probe `d1`, by wording family.

Small joints of the hand and foot by their names ('thumb CMC joint', 'great toe MTP joint'); a side label over 'the
same' as the side before; a summary line restating a dose; a toxin named at a line's end and its units listed under an
amount that heads them; a drug drawn up, then kept back; a dose inside a procedure only talked over; the share of a
prepared mixture told two sentences later; a total heading one drug and a diluent; vials counted as the whole beside
'one vial per joint'; a transforaminal epidural told only by its needle and foramen. Each with near misses that must
not count. All sentences are new wordings, fictional; each test asserts the whole code-line set.
"""
from __future__ import annotations

import datetime as dt

import pytest

from _snippet import code_lines
from api import pipeline
from nlp import extract

DOS = dt.date(2025, 5, 6)


def _lines(text: str, dos: dt.date = DOS, pos: str = "11") -> list[tuple[str, list[str], int]]:
    return code_lines(pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service=pos,
                                            source="r21"))


# --- small joints of the hand and foot (d1-020) -------------------------------------------------------------------

@pytest.mark.parametrize("title, side, mod", [
    ("Left thumb CMC joint injection.", "left", "LT"),
    ("Right great toe MTP joint injection.", "right", "RT"),
    ("Left middle finger DIP joint injection under palpation.", "left", "LT"),
])
def test_small_joint_named_by_its_digit_is_the_small_joint_code(title: str, side: str, mod: str) -> None:
    text = (f"{title}\nOsteoarthritis of the {side} hand and foot joints, splinting and NSAIDs for two months gave no "
            "relief.\nA 27 g needle entered the joint from the dorsal side. 10 mg of Kenalog-40 (0.25 mL) and 0.25 mL of "
            "1% lidocaine were injected.\nNo complications.")
    assert _lines(text) == [("20600", [mod], 1), ("J3301", [], 1)]


def test_guard_a_finger_in_the_indication_leaves_the_named_wrist() -> None:
    text = ("Intra-articular joint injection.\nSite: left wrist.\nIndication: wrist arthritis with finger stiffness in "
            "the mornings, bracing failed.\nThe radiocarpal joint was entered dorsally and 20 mg of Kenalog-40 was "
            "injected.\nNo complications.")
    assert _lines(text) == [("20605", ["LT"], 1), ("J3301", [], 2)]


# --- a side label over 'the same' (d1-015) ------------------------------------------------------------------------

@pytest.mark.parametrize("second", [
    "Left shoulder: identical.",
    "Left shoulder: the same, with 40 mg of triamcinolone.",
    "Left shoulder - same dose.",
])
def test_side_label_over_the_same_is_a_treated_side(second: str) -> None:
    text = ("Bilateral shoulder injections, posterior approach, no imaging.\nGlenohumeral arthritis of both shoulders.\n"
            "Right shoulder: Kenalog-40, 40 mg, with 4 mL of 1% lidocaine, posterior approach.\n" + second +
            "\nNo complications.")
    assert _lines(text) == [("20610", ["50"], 1), ("J3301", [], 8)]


def test_guard_the_same_pain_is_no_treated_side() -> None:
    text = ("Right shoulder injection, posterior approach, no imaging.\nGlenohumeral arthritis.\n"
            "Right shoulder: Kenalog-40, 40 mg, with 4 mL of 1% lidocaine, posterior approach.\n"
            "Left shoulder: the same ache for months, to be seen by orthopaedics.\nNo complications.")
    assert _lines(text) == [("20610", ["RT"], 1), ("J3301", [], 4)]


# --- a summary line restating a dose (d1-009) ---------------------------------------------------------------------

@pytest.mark.parametrize("summary", [
    "Summary: L4-5 interlaminar ESI, dexamethasone 10 mg, no complications.",
    "In summary, 10 mg of dexamethasone was placed in the L4-5 epidural space.",
    "Recap: L4-5 ILESI; dexamethasone 10 mg; she tolerated it well.",
])
def test_summary_line_restating_a_dose_counts_once(summary: str) -> None:
    text = ("Lumbar interlaminar epidural steroid injection at L4-5 under fluoroscopy.\nLumbar radiculopathy, physical "
            "therapy for eight weeks without relief.\nThe epidural space was found by loss of resistance at L4-5. "
            "Decadron 10 mg (1 mL of 10 mg/mL) with 3 mL of preservative-free saline was injected.\n" + summary)
    assert _lines(text) == [("62323", [], 1), ("J1100", [], 10)]


def test_guard_a_summary_that_is_the_only_dose_counts() -> None:
    text = ("Lumbar interlaminar epidural steroid injection at L4-5 under fluoroscopy.\nLumbar radiculopathy, physical "
            "therapy for eight weeks without relief.\nThe epidural space was found by loss of resistance at L4-5.\n"
            "Summary: L4-5 ILESI, dexamethasone 10 mg, no complications.")
    assert _lines(text) == [("62323", [], 1), ("J1100", [], 10)]


# --- a toxin named at a line's end, its units listed under a heading amount (d1-013) ------------------------------

@pytest.mark.parametrize("name, lines", [
    ("onabotulinumtoxinA", [("20553", [], 1), ("J0585", [], 60)]),
    ("incobotulinumtoxinA", [("20553", [], 1), ("J0588", [], 60)]),
])
def test_toxin_named_before_a_full_stop_and_listed_by_muscle(name: str, lines: list) -> None:
    text = (f"Trigger point injections performed with {name}.\nCervical myofascial pain, failed therapy and earlier "
            "bupivacaine TPIs.\n60 units were given in all, as follows:\n- right levator scapulae 20 units\n"
            "- left levator scapulae 20 units\n- right rhomboid minor 20 units\nNo complications.")
    assert _lines(text, dos=dt.date(2023, 5, 2)) == lines


def test_guard_rows_without_a_heading_total_add_up() -> None:
    text = ("Trigger point injections performed with onabotulinumtoxinA.\nCervical myofascial pain, failed therapy.\n"
            "Injected as follows:\n- right levator scapulae 20 units\n- left levator scapulae 20 units\n"
            "- right rhomboid minor 30 units\nNo complications.")
    assert _lines(text, dos=dt.date(2023, 5, 2)) == [("20553", [], 1), ("J0585", [], 70)]


# --- a drug drawn up, then kept back (d1-049) ---------------------------------------------------------------------

@pytest.mark.parametrize("prepared, kept_back", [
    ("Dexamethasone 10 mg was prepared in a syringe.", "We elected not to inject the dexamethasone because of her "
     "uncontrolled diabetes."),
    ("Depo-Medrol 80 mg was drawn up before the start.", "When her sugar of 390 was seen, the steroid was held and "
     "only saline was used."),
    ("Kenalog 40 mg was ready on the tray.", "After talking with her, the Kenalog was ultimately not given."),
])
def test_drug_drawn_up_then_kept_back_is_not_billed(prepared: str, kept_back: str) -> None:
    text = ("L5-S1 interlaminar epidural injection under fluoroscopy.\nLumbar radiculopathy, eight weeks of therapy "
            f"failed.\n{prepared} Loss of resistance was found at L5-S1 and contrast spread in the epidural space.\n"
            f"{kept_back} 4 mL of preservative-free saline was injected.\nNo complications.")
    assert _lines(text) == [("62323", [], 1)]


@pytest.mark.parametrize("sentence", [
    "Depo-Medrol 80 mg was drawn up but, once her glucose came back at 420, was not given.",
    "Kenalog 40 mg was prepared but withheld because of her sugar.",
])
def test_drug_drawn_up_but_kept_back_in_its_own_sentence(sentence: str) -> None:
    text = ("L4-5 interlaminar epidural injection under fluoroscopy.\nLumbar radiculopathy, eight weeks of therapy failed."
            f"\nLoss of resistance was found at L4-5 and contrast spread in the epidural space.\n{sentence} 4 mL of "
            "preservative-free saline was injected.\nNo complications.")
    assert _lines(text) == [("62323", [], 1)]


def test_guard_not_injected_until_aspiration_is_still_given() -> None:
    text = ("L5-S1 interlaminar epidural injection under fluoroscopy.\nLumbar radiculopathy, eight weeks of therapy "
            "failed.\nKenalog 40 mg was drawn up. Loss of resistance was found at L5-S1.\nThe Kenalog was not injected "
            "until aspiration was negative, then it went in slowly.\nNo complications.")
    assert _lines(text) == [("62323", [], 1), ("J3301", [], 4)]


# --- a dose of an earlier procedure (d1's near miss, d1-050) ----------------------------------------------------

@pytest.mark.parametrize("earlier", [
    "Her last epidural in June used 80 mg of Depo-Medrol.",
    "His earlier ESI was given with 80 mg Depo-Medrol.",
    "At her most recent visit 80 mg Depo-Medrol was used.",
])
def test_dose_of_an_earlier_procedure_is_not_billed(earlier: str) -> None:
    text = ("L4-5 interlaminar epidural injection under fluoroscopy.\nLumbar radiculopathy, eight weeks of therapy failed."
            f"\n{earlier}\nLoss of resistance was found at L4-5 and contrast spread. Dexamethasone 10 mg was injected.")
    assert _lines(text) == [("62323", [], 1), ("J1100", [], 10)]


def test_guard_todays_procedure_named_after_the_earlier_one_keeps_its_dose() -> None:
    text = ("L4-5 interlaminar epidural injection under fluoroscopy.\nLumbar radiculopathy, eight weeks of therapy failed."
            "\nLoss of resistance was found at L4-5 and contrast spread.\nThe prior epidural gave relief and the L4-5 "
            "interlaminar epidural injection was performed with 80 mg of Depo-Medrol.")
    assert _lines(text) == [("62323", [], 1), ("J1010", [], 80)]


# --- a dose inside a procedure only talked over (d1-051) ----------------------------------------------------------

@pytest.mark.parametrize("talk", [
    "We talked through a right L4-5 transforaminal injection with 10 mg of dexamethasone; she will call back.",
    "Options we talked about included a caudal epidural with 80 mg Depo-Medrol.",
    "We went over a left knee injection with Kenalog 40 mg; she prefers to wait.",
])
def test_dose_of_a_procedure_only_talked_over_is_not_billed(talk: str) -> None:
    text = ("Clinic follow-up.\nLow back and leg pain persist despite therapy.\n" + talk +
            "\nNo procedure was done today.")
    assert _lines(text) == []


def test_guard_a_dose_given_after_the_talk_is_billed() -> None:
    text = ("Left knee injection, no imaging.\nKnee osteoarthritis, bracing failed.\nAfter we discussed the risks, 40 mg "
            "of Kenalog was injected into the left knee from a lateral approach.\nNo complications.")
    assert _lines(text) == [("20610", ["LT"], 1), ("J3301", [], 4)]


def test_guard_risks_discussed_before_a_terse_dose_is_billed() -> None:
    text = ("Left knee injection, no imaging.\nKnee osteoarthritis, bracing failed.\nTime-out held, risks discussed, "
            "Kenalog 40 mg with 2 mL of 1% lidocaine into the left knee by a lateral approach.\nNo complications.")
    assert _lines(text) == [("20610", ["LT"], 1), ("J3301", [], 4)]


# --- the share of a prepared mixture told two sentences later (d1-005) --------------------------------------------

@pytest.mark.parametrize("made, given, dex", [
    ("A 6 mL mixture was made from 2 mL dexamethasone 10 mg/mL and 4 mL 0.25% bupivacaine.",
     "2 mL of the mixture was then placed at each of the two levels; the rest was wasted.", 14),
    ("An injectate of 4 mL was prepared from 1 mL Decadron 10 mg/mL and 3 mL 1% lidocaine.",
     "1 mL of the injectate was delivered at each of the two foramina.", 5),
])
def test_mixture_share_told_after_a_technique_sentence(made: str, given: str, dex: int) -> None:
    text = ("Right L4-5 and L5-S1 transforaminal epidural steroid injections under fluoroscopy.\nRight leg "
            f"radiculopathy, eight weeks of therapy failed.\n{made} Needles reached both right foramina and contrast "
            f"outlined the nerve roots.\n{given}\nNo complications.")
    assert _lines(text) == [("64483", ["RT"], 1), ("64484", ["RT"], 1), ("J1100", [], dex)]


def test_guard_mixture_given_in_its_own_sentence_is_the_whole() -> None:
    text = ("Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nRight leg radiculopathy, eight "
            "weeks of therapy failed.\nA 4 mL mixture of 1 mL Decadron 10 mg/mL and 3 mL 1% lidocaine was injected at "
            "the right L5-S1 foramen.\nContrast outlined the nerve root first.\nNo complications.")
    assert _lines(text) == [("64483", ["RT"], 1), ("J1100", [], 10)]


# --- a total heading one drug and a diluent (d1-037) --------------------------------------------------------------

@pytest.mark.parametrize("injectate", [
    "Injectate: 6 mL total = 2 mL dexamethasone 10 mg/mL + 4 mL normal saline.",
    "Total 5 cc: Decadron 10 mg/mL 1 cc and saline 4 cc.",
])
def test_total_over_one_drug_and_a_diluent_is_no_drug_volume(injectate: str) -> None:
    dex = 20 if "6 mL" in injectate else 10
    text = ("Caudal epidural steroid injection under fluoroscopy.\nLumbar radiculopathy after fusion, therapy "
            f"failed.\nThe needle passed the sacral hiatus and contrast filled the caudal canal.\n{injectate}\n"
            "No complications.")
    assert _lines(text) == [("62323", [], 1), ("J1100", [], dex)]


def test_guard_drug_volume_first_without_a_total_is_the_drugs() -> None:
    text = ("Caudal epidural steroid injection under fluoroscopy.\nLumbar radiculopathy after fusion, therapy "
            "failed.\nThe needle passed the sacral hiatus and contrast filled the caudal canal.\nInjectate: 2 cc "
            "Kenalog 40 + 3 cc preservative-free saline.\nNo complications.")
    assert _lines(text) == [("62323", [], 1), ("J3301", [], 8)]


# --- vials counted as the whole beside 'one vial per joint' (d1-042) ----------------------------------------------

@pytest.mark.parametrize("vials", [
    "Two 1-mL single-dose vials of Kenalog-40 were emptied, a vial per shoulder, each with 3 mL of 1% lidocaine.",
    "2 single-use 1-mL vials of Kenalog-40 were used, one vial for each shoulder.",
])
def test_vials_counted_are_the_whole_beside_one_per_joint(vials: str) -> None:
    text = ("Bilateral shoulder injections by landmarks, posterior approach.\nGlenohumeral arthritis of both "
            f"shoulders, therapy failed.\n{vials}\nNothing was wasted.\nNo complications.")
    assert _lines(text) == [("20610", ["50"], 1), ("J3301", ["JZ"], 8)]


def test_guard_one_vial_into_each_joint_is_per_joint() -> None:
    text = ("Bilateral shoulder injections by landmarks, posterior approach.\nGlenohumeral arthritis of both "
            "shoulders, therapy failed.\nOne 1 mL single-dose vial of Kenalog-40 was injected into each shoulder.\n"
            "Nothing was wasted.\nNo complications.")
    assert _lines(text) == [("20610", ["50"], 1), ("J3301", ["JZ"], 8)]


# --- a transforaminal epidural told only by its needle and foramen (d1-001) ---------------------------------------

@pytest.mark.parametrize("needle, mod", [
    ("Under fluoroscopy the needle was steered into the right L4-5 neural foramen and contrast showed epidural flow.",
     "RT"),
    ("A 25 g spinal needle was advanced to the left L5-S1 foramen; contrast outlined the root.", "LT"),
])
def test_needle_into_a_foramen_with_a_steroid_is_a_transforaminal_epidural(needle: str, mod: str) -> None:
    text = ("PROCEDURE NOTE\nIndication: leg radiculopathy, therapy for two months failed.\nConsent signed. Prone.\n"
            f"{needle}\nGiven: ten milligrams of dexamethasone with 1 mL of 1% lidocaine.\nNo complications.")
    assert _lines(text) == [("64483", [mod], 1), ("J1100", [], 10)]


def test_guard_an_earlier_needle_into_a_foramen_is_history() -> None:
    text = ("Clinic follow-up.\nLeg radiculopathy.\nA needle was placed into her left L5-S1 neural foramen under "
            "fluoroscopy with 40 mg of Kenalog three months ago, with 70% relief.\nShe will return to discuss options.")
    assert _lines(text) == []


def test_guard_a_dated_needle_into_a_foramen_is_no_procedure_today() -> None:
    text = ("Clinic follow-up.\nLeg radiculopathy.\nIn March a needle was placed into her left L5-S1 neural foramen "
            "with 40 mg of Kenalog.\nShe will return to discuss options.")
    assert [p.family for p in extract(text).procedures] == []
