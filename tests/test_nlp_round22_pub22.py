"""Round 22 (pub22): procedures and doses as published pages tell them (code probes `c7` and `d7`), by wording family.

A background paragraph or a clinic protocol naming what practice in general uses ('... are typically used', 'published
series commonly use ...', 'Protocol: ... in this clinic use ...') is no dose and no procedure of today's; a published
case opening on its label ('Case: a 70-year-old man ... underwent a fluoroscopically guided ...') tells today's
procedure and its guidance; a session called off before it began bills no drug named with the booking; 'earlier'
pointing back within today's session ('because of the earlier vascular uptake') makes nothing after it history. Each
with near misses that must not count. All sentences are new wordings, fictional; each test asserts the whole code-line
set.
"""
from __future__ import annotations

import datetime as dt

import pytest

from _snippet import code_lines
from api import pipeline

DOS = dt.date(2025, 9, 16)


def _lines(text: str, dos: dt.date = DOS, pos: str = "11") -> list[tuple[str, list[str], int]]:
    return code_lines(pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service=pos,
                                            source="pub22"))


# --- a dose told as what practice in general uses (c7-044, d7-041, d7-044) -----------------------------------------

_PRACTICE_NOTE = ("Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n{background}\n"
                  "A 22-gauge needle was placed in the left L5-S1 foramen and contrast outlined the L5 root. "
                  "Dexamethasone 8 mg with 1 mL of 1% lidocaine was injected.\nNo complications.")


@pytest.mark.parametrize("background", [
    "Steroids such as Depo-Medrol 80 mg or Kenalog 40 mg are commonly given for this block.",
    "In published case series, methylprednisolone 80 mg is the usual dose for transforaminal injections.",
    "Clinic protocol: transforaminal injections in our practice use triamcinolone 40-80 mg per level.",
    "Typical doses range from 40 to 80 mg of triamcinolone; she has diabetes, so a smaller non-particulate dose was chosen.",
])
def test_dose_told_as_general_practice_is_no_dose(background: str) -> None:
    assert _lines(_PRACTICE_NOTE.format(background=background)) == [("64483", ["LT"], 1), ("J1100", [], 8)]


def test_guard_dose_given_in_a_sentence_that_names_the_usual_dose_counts() -> None:
    text = _PRACTICE_NOTE.format(background="Kenalog 40 mg, the usual dose, was injected at the foramen as well.")
    assert _lines(text) == [("64483", ["LT"], 1), ("J1100", [], 8), ("J3301", [], 4)]


# --- a procedure in a background paragraph; a published case opening on its label (d7-041) -------------------------

@pytest.mark.parametrize("note", [
    "Background: caudal and interlaminar epidural injections in the literature commonly use 80 mg of triamcinolone.\n"
    "Case: a 70-year-old woman with right L5 radiculopathy (M54.16) underwent a fluoroscopically guided L4-L5 "
    "interlaminar epidural steroid injection. A Tuohy needle reached the epidural space by loss of resistance and "
    "dexamethasone 6 mg in 3 mL saline was injected.\nShe had 70% relief at three weeks.",
    "Introduction: interlaminar epidural injections are typically performed with particulate steroids.\n"
    "Case presentation: A 70-year-old woman with right L5 radiculopathy (M54.16) underwent an L4-L5 interlaminar "
    "epidural steroid injection under fluoroscopic guidance. Through a Tuohy needle at L4-L5, dexamethasone 6 mg "
    "in 3 mL saline was injected.\nShe had 70% relief at three weeks.",
])
def test_case_opening_after_background_is_todays_procedure_with_its_guidance(note: str) -> None:
    assert _lines(note) == [("62323", [], 1), ("J1100", [], 6)]


def test_guard_case_opening_dated_earlier_is_history() -> None:
    note = ("Case: a 70-year-old woman with right L5 radiculopathy (M54.16) underwent a fluoroscopically guided L4-L5 "
            "interlaminar epidural steroid injection two years ago with good relief.\nToday a right sacroiliac joint "
            "injection was performed under fluoroscopy with 40 mg of triamcinolone.")
    assert _lines(note) == [("27096", ["RT"], 1), ("J3301", [], 4)]


# --- a session called off before it began (d7-051) ----------------------------------------------------------------

@pytest.mark.parametrize("booking", [
    "Scheduled: left L4-L5 interlaminar epidural steroid injection with triamcinolone 80 mg.",
    "Booked procedure - right knee injection, Depo-Medrol 40 mg with lidocaine.",
])
def test_called_off_session_bills_no_drug_named_with_its_booking(booking: str) -> None:
    note = (f"{booking}\nShe arrived with a fever of 38.9 C and a productive cough. The procedure was cancelled before "
            "any needle was placed.\nShe will return in two weeks.")
    assert _lines(note) == []


def test_guard_drug_given_before_the_session_was_called_off_stays() -> None:
    note = ("Scheduled: left L4-L5 interlaminar epidural steroid injection.\nKetorolac 30 mg IM was given for a "
            "headache while waiting. Her blood pressure then rose to 220/120 and the procedure was cancelled before "
            "any needle was placed.")
    assert _lines(note) == [("J1885", [], 2)]


# --- 'earlier' pointing back within today's session (d7-045) --------------------------------------------------------

_EARLIER_NOTE = ("Right L4-L5 transforaminal epidural steroid injection under fluoroscopy.\nA needle was placed at the "
                 "right L4-L5 foramen. {story}\nNo complications.")


@pytest.mark.parametrize("story", [
    "Contrast filled a segmental artery and the needle was moved. Owing to the earlier arterial filling, 10 mg of "
    "dexamethasone was injected rather than a particulate steroid.",
    "After the needle was repositioned, and given the intravascular pattern noted earlier, 10 mg of dexamethasone was "
    "injected in place of the particulate steroid.",
])
def test_earlier_within_todays_session_is_no_history(story: str) -> None:
    assert _lines(_EARLIER_NOTE.format(story=story)) == [("64483", ["RT"], 1), ("J1100", [], 10)]


def test_guard_earlier_session_dose_stays_history() -> None:
    story = "At an earlier visit she received Depo-Medrol 80 mg here. Today dexamethasone 10 mg was injected."
    assert _lines(_EARLIER_NOTE.format(story=story)) == [("64483", ["RT"], 1), ("J1100", [], 10)]


# --- a medication list whose skin local is another item (d7-004) ---------------------------------------------------

@pytest.mark.parametrize("listed", [
    "Medications used: Kenalog 80 mg, 1% lidocaine 3 mL to the skin, preservative-free saline 4 mL.",
    "Drugs: 1% lidocaine 3 mL for the skin wheal, Kenalog 80 mg, preservative-free saline 4 mL.",
])
def test_steroid_listed_beside_the_skin_local_is_restated_in_the_technique(listed: str) -> None:
    note = ("L5-S1 interlaminar epidural steroid injection under fluoroscopy.\n"
            f"{listed}\nTechnique: A Tuohy needle entered the L5-S1 epidural space by loss of resistance; Kenalog 80 mg "
            "in 4 mL saline was injected.")
    assert _lines(note, dos=dt.date(2023, 11, 7)) == [("62323", [], 1), ("J3301", [], 8)]


def test_guard_skin_dose_and_injectate_dose_of_the_same_drug_add_up() -> None:
    note = ("Right knee intra-articular injection, landmark guided.\nMedications: 1% lidocaine 4 mL to the skin, "
            "Kenalog 40 mg.\nTechnique: after the skin wheal the joint was entered and Kenalog 40 mg with 4 mL of 1% "
            "lidocaine was injected.")
    assert _lines(note) == [("20610", ["RT"], 1), ("J3301", [], 4)]


# --- a prepared amount given out in equal shares (d7-017) ----------------------------------------------------------

_SHARES_NOTE = ("Trigger point injections.\nMuscles: right trapezius, right splenius capitis, right levator scapulae "
                "and right rhomboid minor, each with a taut band and a twitch response.\n{shares}\n"
                "Diagnosis: myofascial pain (M79.18). No complications.")


@pytest.mark.parametrize("shares", [
    "Kenalog 40 mg and 4 mL of 1% lidocaine were drawn into one syringe, and equal aliquots went into each of the four "
    "muscles.",
    "A syringe of ketorolac 60 mg with 0.25% bupivacaine was made up, and similar portions were placed into each of the "
    "four muscles.",
])
def test_amount_given_out_in_equal_shares_is_the_whole(shares: str) -> None:
    line = ("J3301", [], 4) if "Kenalog" in shares else ("J1885", [], 4)
    assert _lines(_SHARES_NOTE.format(shares=shares)) == [("20553", [], 1), line]


def test_guard_amount_into_each_muscle_is_per_muscle() -> None:
    shares = "Kenalog 10 mg with 1 mL of 1% lidocaine was injected into each of the four muscles."
    assert _lines(_SHARES_NOTE.format(shares=shares)) == [("20553", [], 1), ("J3301", [], 4)]


# --- a root named as where a transforaminal injection's contrast went (d7-002) --------------------------------------

@pytest.mark.parametrize("flow", [
    "The dye outlined the exiting L4 and L5 roots at each needle.",
    "A neurogram of the right L4 and L5 nerve roots was seen before each injection.",
])
def test_roots_contrast_outlined_add_no_foramen(flow: str) -> None:
    note = ("A 59-year-old man with right thigh and shin pain for five months despite physical therapy underwent "
            "right-sided transforaminal epidural steroid injections at the L3-L4 and L4-L5 foramina under fluoroscopy "
            "in our office, with written consent.\n"
            f"{flow} Dexamethasone 4 mg was injected at each level.")
    assert _lines(note) == [("64483", ["RT"], 1), ("64484", ["RT"], 1), ("J1100", [], 8)]


def test_guard_outlined_root_is_the_level_when_no_other_is_written() -> None:
    note = ("Right transforaminal epidural steroid injection under fluoroscopy.\nA needle was placed in the right "
            "foramen; contrast outlined the L5 nerve root. Dexamethasone 4 mg was injected.")
    assert _lines(note) == [("64483", ["RT"], 1), ("J1100", [], 4)]


# --- trigger points named in brackets on a plain-language page (c7-021) ---------------------------------------------

@pytest.mark.parametrize("told", [
    "This morning I injected three sore, tight spots (trigger points) in your neck muscles: the right trapezius, the "
    "right levator scapulae and the right rhomboid.",
    "We needled several tender knots, so-called trigger points, in the right trapezius, right levator scapulae and "
    "right rhomboid muscles.",
])
def test_trigger_points_named_in_brackets_after_what_was_injected(told: str) -> None:
    note = (f"A note for you after today's visit.\n{told} Each got 1 mL of 1% lidocaine with 10 mg of Kenalog.\n"
            "Your pain went from 7 to 2 before you left.")
    assert _lines(note) == [("20553", [], 1), ("J3301", [], 3)]


def test_guard_trigger_points_only_found_on_examination_are_no_injection() -> None:
    note = ("Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nOn examination she had tight "
            "knots (trigger points) in the right gluteus medius, to be treated another day.\nAt the right L5-S1 foramen "
            "dexamethasone 10 mg was injected.")
    assert _lines(note) == [("64483", ["RT"], 1), ("J1100", [], 10)]


# --- joints told by the vertebrae they lie between, in words (c7-008) -----------------------------------------------

@pytest.mark.parametrize("joints, lines", [
    ("the left joints between the third and fourth and between the fourth and fifth lumbar vertebrae",
     [("64493", ["KX", "LT"], 1), ("64494", ["KX", "LT"], 1)]),
    ("the left facet joints between the sixth and seventh cervical and between the seventh cervical and first "
     "thoracic vertebrae", [("64490", ["KX", "LT"], 1), ("64491", ["KX", "LT"], 1)]),
])
def test_facet_joints_told_by_ordinal_vertebrae(joints: str, lines: list) -> None:
    note = (f"Diagnostic intra-articular facet injection under fluoroscopy.\nNeedles were placed into {joints}; 0.5 mL "
            "of 2% lidocaine went into each joint.\nRelief 85% at one hour.")
    assert _lines(note, pos="24") == lines


def test_guard_ordinal_vertebrae_not_adjacent_name_no_joint() -> None:
    note = ("Left L4-L5 diagnostic intra-articular facet injection under fluoroscopy.\nThe fusion between the third and "
            "fifth lumbar vertebrae was noted. 0.5 mL of 2% lidocaine went into the joint.")
    assert _lines(note, pos="24") == [("64493", ["KX", "LT"], 1)]


# --- a lesion technique told as practice in general (c7-042) --------------------------------------------------------

_RF_NOTE = ("Right knee genicular nerve radiofrequency ablation (superomedial, superolateral and inferomedial) under "
            "fluoroscopy.\n{background}\nThree cannulae were placed at the nerves under AP and lateral views, sensory "
            "and motor testing was done, and lesions were made at 80 degrees C for 90 seconds at each.\nNo complications.")


@pytest.mark.parametrize("background", [
    "Note on technique: pulsed radiofrequency stays below 42 C and is believed to alter pain signalling rather than "
    "destroy the nerve.",
    "Pulsed RF has been described for patients who cannot tolerate heat lesions, but she can, and we used the "
    "conventional method.",
])
def test_technique_told_as_practice_in_general_is_not_todays(background: str) -> None:
    assert _lines(_RF_NOTE.format(background=background), pos="22") == [("64624", ["RT"], 1)]


def test_guard_pulsed_lesion_told_as_todays_stays_pulsed() -> None:
    note = ("Right knee genicular nerve radiofrequency under fluoroscopy.\nPulsed radiofrequency was used today, 42 "
            "degrees C for 120 seconds at each of the superomedial, superolateral and inferomedial nerves.")
    assert _lines(note, pos="22") == [("64999", [], 1)]


# --- the other side booked for a later day (c7-050) -----------------------------------------------------------------

@pytest.mark.parametrize("later", [
    "Both sides hurt; she wants one side at a time, so the right knee is booked three weeks from today.",
    "Her pain is bilateral; the other side, the right, has been set up for a later date.",
])
def test_other_side_booked_for_a_later_day_is_no_side_of_today(later: str) -> None:
    note = ("Left knee intra-articular injection under ultrasound, image saved.\nKnee osteoarthritis (M17.12), "
            f"NSAIDs and therapy for four months without relief. {later}\nThe needle entered the left knee joint and "
            "Kenalog 40 mg with 4 mL of 1% lidocaine was injected.")
    assert _lines(note) == [("20611", ["LT"], 1), ("J3301", [], 4)]


def test_guard_both_sides_done_today_stay_bilateral() -> None:
    note = ("Bilateral knee intra-articular injections under ultrasound, images saved.\nKnee osteoarthritis, NSAIDs "
            "and therapy for four months without relief.\nThe needle entered the left knee joint and then the right "
            "knee joint; Kenalog 40 mg with 4 mL of 1% lidocaine was injected into each.")
    assert _lines(note) == [("20611", ["50"], 1), ("J3301", [], 8)]
