"""Round 21 (dose21b): doses, sedation and discard modifiers of the code-line probe `d3`, by wording family.

The sedation's minutes spelled out ('Intraservice time: thirty-one minutes'); a dose said to be all given with no
container named (no JZ); a drug made ready 'but not given' without its verb 'to be'; a dose in a sentence opening on an
earlier time ('Two weeks ago she received ...'); a toxin's vial sentence that also gives the share per muscle, restated
by 'All N units'; a steroid's total told by its class ('Total steroid dose: 60 mg') when the mixture's parts leave it
unknown. Each with near misses that must not count. All sentences are new wordings, fictional; each test asserts the
whole code-line set.
"""
from __future__ import annotations

import datetime as dt

import pytest

from _snippet import code_lines
from api import pipeline

DOS = dt.date(2025, 8, 12)


def _lines(text: str, dos: dt.date = DOS, pos: str = "11") -> list[tuple[str, list[str], int]]:
    return code_lines(pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service=pos,
                                            source="r21b"))


# --- the sedation's minutes spelled out (d3-014) ----------------------------------------------------------------

_SEDATION_NOTE = ("Right sacroiliac joint injection under fluoroscopy.\nButtock pain from the SI joint, three provocative "
                  "tests positive, physical therapy for 8 weeks did not help.\nModerate sedation was given by me "
                  "(midazolam 2 mg IV); a registered nurse served as independent observer. {minutes}\nThe joint was "
                  "entered and 40 mg of triamcinolone with 1 mL of 0.5% bupivacaine was injected.\nNo complications.")


@pytest.mark.parametrize("minutes, sedation", [
    ("Intraservice time: thirty-one minutes.", [("99152", [], 1), ("99153", [], 1)]),
    ("The sedation time was eighteen minutes.", [("99152", [], 1)]),
    ("Total face to face sedation time of forty minutes.", [("99152", [], 1), ("99153", [], 2)]),
])
def test_sedation_minutes_spelled_out_are_its_time(minutes: str, sedation: list) -> None:
    assert _lines(_SEDATION_NOTE.format(minutes=minutes)) == sorted(
        [("27096", ["RT"], 1), ("J3301", [], 4), *sedation])


def test_guard_spelled_sedation_under_ten_minutes_bills_no_sedation() -> None:
    assert _lines(_SEDATION_NOTE.format(minutes="Sedation time was eight minutes.")) == [
        ("27096", ["RT"], 1), ("J3301", [], 4)]


# --- a dose all given with no container named (d3-011) ---------------------------------------------------------------

@pytest.mark.parametrize("drug, line", [
    ("Kenalog 40 mg, all of it injected, with 3 mL of 1% lidocaine.", ("J3301", [], 4)),
    ("Depo-Medrol 80 mg with 3 mL of 1% lidocaine was injected, nothing wasted.", ("J1010", [], 80)),
])
def test_all_given_without_a_container_named_has_no_jz(drug: str, line: tuple) -> None:
    text = ("Left knee intra-articular injection, lateral approach, no imaging.\nKnee osteoarthritis, NSAIDs and a "
            f"home program for three months failed.\n{drug}\nNo complications.")
    assert _lines(text) == [("20610", ["LT"], 1), line]


@pytest.mark.parametrize("drug, line", [
    ("Kenalog 40 mg from a 1 mL vial, all of it injected, with 3 mL of 1% lidocaine.", ("J3301", ["JZ"], 4)),
    ("Depo-Medrol 80 mg with 3 mL of 1% lidocaine was injected from a single-dose vial, nothing wasted.",
     ("J1010", ["JZ"], 80)),
])
def test_guard_all_given_from_a_named_vial_keeps_jz(drug: str, line: tuple) -> None:
    text = ("Left knee intra-articular injection, lateral approach, no imaging.\nKnee osteoarthritis, NSAIDs and a "
            f"home program for three months failed.\n{drug}\nNo complications.")
    assert _lines(text) == [("20610", ["LT"], 1), line]


# --- made ready 'but not given' (d3-024) ----------------------------------------------------------------------------

_TPI_NOTE = ("Trigger point injections to the left trapezius, left levator scapulae and left rhomboid major.\nMyofascial "
             "neck pain with taut bands and referred pain, stretching and NSAIDs for two months without relief.\n{drug}\n"
             "Each muscle received 1.5 mL of 1% lidocaine.\nNo complications.")


@pytest.mark.parametrize("drug", [
    "Toradol 60 mg was drawn up for an IM dose but not given, as she reported a past ulcer.",
    "Ketorolac 30 mg was prepared for intramuscular use but never administered after her creatinine came back high.",
    "Ketorolac 30 mg IM was readied but ultimately not used.",
])
def test_drug_made_ready_but_not_given_is_not_billed(drug: str) -> None:
    assert _lines(_TPI_NOTE.format(drug=drug)) == [("20553", [], 1)]


def test_guard_not_given_until_a_check_is_still_given() -> None:
    drug = "Ketorolac 30 mg was drawn up but not given until the vital signs were rechecked, then injected IM."
    assert _lines(_TPI_NOTE.format(drug=drug)) == [("20553", [], 1), ("J1885", [], 2)]


# --- a dose in a sentence opening on an earlier time (d3-046) --------------------------------------------------------

_ESI_NOTE = ("Right L5-S1 interlaminar epidural steroid injection under fluoroscopy, images saved.\nRight leg radicular "
             "pain in the S1 distribution despite 10 weeks of physical therapy and gabapentin.\n{past}\nToday: "
             "dexamethasone 10 mg with 2 mL of preservative-free saline.\nNo complications.")


@pytest.mark.parametrize("past", [
    "Two weeks ago she received Depo-Medrol 80 mg IM at an outside urgent care.",
    "At his previous visit, he was given Kenalog 40 mg into the left knee.",
    "Back in March, she had triamcinolone 80 mg for the same leg pain.",
])
def test_dose_in_a_sentence_opening_on_an_earlier_time_is_not_billed(past: str) -> None:
    assert _lines(_ESI_NOTE.format(past=past)) == [("62323", [], 1), ("J1100", [], 10)]


def test_guard_a_possessive_earlier_time_leaves_todays_dose() -> None:
    text = ("Right L5-S1 interlaminar epidural steroid injection under fluoroscopy, images saved.\nRight leg radicular "
            "pain in the S1 distribution despite 10 weeks of physical therapy and gabapentin.\nLast month's flare "
            "brought her in, and dexamethasone 10 mg with 2 mL of preservative-free saline was injected.\n"
            "No complications.")
    assert _lines(text) == [("62323", [], 1), ("J1100", [], 10)]


# --- a toxin's vial sentence with its share per muscle, restated by 'All N units' (d3-034) ---------------------------

_TOXIN_NOTE = ("Trigger point injections with botulinum toxin to the neck and shoulder girdle muscles.\nMyofascial pain "
               "with taut bands and twitch responses, lidocaine trigger point injections and PT failed.\n{toxin}\n"
               "No complications.")


@pytest.mark.parametrize("toxin, lines", [
    ("Xeomin 100 units diluted in 1 mL of saline from a single-use vial; 20 units into each of the 5 muscles. All 100 "
     "units were injected, none wasted.", [("J0588", ["JZ"], 100)]),
    ("Botox 200 units reconstituted with 4 mL saline from a single-dose vial; 50 units to each of the four muscles. "
     "All 200 units administered; nothing discarded.", [("J0585", ["JZ"], 200)]),
])
def test_toxin_vial_sentence_with_its_share_restated_by_all_units(toxin: str, lines: list) -> None:
    assert _lines(_TOXIN_NOTE.format(toxin=toxin)) == sorted([("20553", [], 1), *lines])


def test_guard_toxin_share_per_muscle_and_its_rest_discarded() -> None:
    toxin = ("Botox 100 units reconstituted with 2 mL saline from a single-dose vial; 20 units to each of the 4 muscles. "
             "The remaining 20 units were discarded.")
    assert _lines(_TOXIN_NOTE.format(toxin=toxin)) == [("20553", [], 1), ("J0585", [], 80), ("J0585", ["JW"], 20)]


# --- a steroid's total told by its class (d3-032) ------------------------------------------------------------------

_FACET_NOTE = ("Right L3-4, L4-5 and L5-S1 facet joint injections, diagnostic, under fluoroscopy.\nAxial low back pain, "
               "facet loading positive, therapy and NSAIDs for three months did not help.\n{drugs}\nNo complications.")


@pytest.mark.parametrize("drugs", [
    "Injectate: Depo-Medrol 40 mg/mL and 0.5% bupivacaine in equal volumes; 1 mL into each joint. Total steroid dose: "
    "60 mg.",
    "Kenalog-40 mixed half and half with 1% lidocaine, 1 mL placed in each of the joints, for a total corticosteroid "
    "dose of 60 mg.",
])
def test_steroid_total_told_by_its_class_fills_an_unknown_dose(drugs: str) -> None:
    line = ("J1010", [], 60) if "Depo" in drugs else ("J3301", [], 6)
    assert _lines(_FACET_NOTE.format(drugs=drugs)) == sorted([
        ("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1), ("64495", ["KX", "RT"], 1), line])


def test_guard_a_class_total_leaves_a_dose_the_parts_give() -> None:
    drugs = "Kenalog 20 mg with 0.5 mL of 1% lidocaine into each joint. Total steroid: 60 mg."
    assert _lines(_FACET_NOTE.format(drugs=drugs)) == [
        ("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1), ("64495", ["KX", "RT"], 1), ("J3301", [], 6)]


# --- gaps found by dose21: a procedure only offered; a small joint named after the act ------------------------------

_CLINIC_HEAD = ("Clinic follow-up for low back and left leg pain.\nLeft L5 radicular pain for five months despite physical "
                "therapy and gabapentin.\n")


@pytest.mark.parametrize("offer", [
    "He was offered a left L4-5 transforaminal epidural steroid injection with 10 mg of dexamethasone and will phone us "
    "with his decision.",
    "She was offered a left L5-S1 transforaminal epidural with 40 mg of Kenalog and is thinking it over.",
    "A left L4-5 interlaminar epidural steroid injection was recommended to him and he is thinking it over.",
])
def test_procedure_only_offered_is_not_billed(offer: str) -> None:
    assert _lines(_CLINIC_HEAD + offer + "\nReturn in four weeks.") == []


def test_guard_procedure_offered_and_accepted_is_billed() -> None:
    text = (_CLINIC_HEAD + "He was offered a left L4-5 transforaminal epidural steroid injection, agreed, and it was "
            "performed under fluoroscopy with 10 mg of dexamethasone.\nNo complications.")
    assert _lines(text) == [("64483", ["LT"], 1), ("J1100", [], 10)]


@pytest.mark.parametrize("title, mod", [
    ("Injection of the left thumb CMC joint.", "LT"),
    ("Injection into the right middle finger DIP joint, palpation guided.", "RT"),
    ("Injection: right first MTP joint.", "RT"),
])
def test_small_joint_named_after_the_act_is_the_small_joint_code(title: str, mod: str) -> None:
    text = (f"{title}\nPainful osteoarthritis of the joint, splinting and NSAIDs for three months failed.\n"
            "Triamcinolone 10 mg with 0.25 mL of 1% lidocaine was injected into the joint.\nNo complications.")
    assert _lines(text) == [("20600", [mod], 1), ("J3301", [], 1)]


def test_guard_small_joint_injection_asked_about_is_not_billed() -> None:
    text = ("Clinic visit for hand pain.\nThumb CMC osteoarthritis, splinting helps; she asked about an injection of the "
            "left thumb CMC joint later this year.\nReturn in six weeks.")
    assert _lines(text) == []


def test_guard_case_report_offer_followed_by_consent_and_the_act_is_billed() -> None:
    text = ("A 61-year-old woman had left L5 radicular pain for four months despite physical therapy and gabapentin. A "
            "left L5-S1 transforaminal epidural steroid injection was offered.\nAfter informed consent was obtained, "
            "she was positioned prone and, under fluoroscopy, a 22-gauge needle was advanced to the left L5-S1 foramen; "
            "10 mg of dexamethasone was injected.\nNo complications.")
    assert _lines(text) == [("64483", ["LT"], 1), ("J1100", [], 10)]
