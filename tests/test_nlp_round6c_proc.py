"""Procedures, sides and levels read from the wrong part of a note, found by `dev_fresh_ah` after its first
(untuned) reading (round 6c, PROC): verbose notes listing earlier procedures under their own label, copy-forward
text carried in from an earlier visit, addenda correcting the side of a draft title or order, terse abbreviations.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts the reader must return; each failed on the reader before the change it tests, except the guards (named so)
that pin what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _procs(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures]


# --- a labelled list of earlier procedures is history, never today's procedure --------------------------------

@pytest.mark.parametrize("label", [
    "PRIOR PROCEDURES:", "Past procedures:", "PRIOR INTERVENTIONS:", "Previous injections:", "PSH:",
    "Past Surgical History:", "Procedure history:", "Procedures to date:", "Last visit:", "PRIOR SPINE PROCEDURES\n",
    "Most recent procedure:", "Interventional hx:",
])
def test_a_labelled_list_of_earlier_procedures_adds_no_procedure(label: str) -> None:
    text = ("PROCEDURE: Right C6-7 interlaminar epidural steroid injection under fluoroscopy.\n"
            "MEDICATIONS AT HOME: gabapentin 300 mg three times daily.\n"
            f"{label} Left L4-5 transforaminal epidural 2023; right knee injection 2024.\n"
            "HISTORY: Neck and right arm pain for 5 months despite therapy.\n"
            "TECHNIQUE: Prone. 20 g Tuohy needle at C6-7 right paramedian, loss of resistance. "
            "Dexamethasone 10 mg injected.\n")
    assert _procs(text) == [("interlaminar_epidural", "right", ["C6-C7"])]


# --- text carried forward from an earlier visit names no procedure, side or level of today --------------------

_TODAY = ("Prone. Under fluoroscopy a 22 g needle to the right L5-S1 foramen; Omnipaque 240 1 mL, no vascular uptake. "
          "Dexamethasone 10 mg injected.\n")


@pytest.mark.parametrize("carried", [
    'HPI (copied forward from the 03/02/2026 visit): "Left L4-5 TFESI planned; awaiting MRI."\n',
    '[Carried forward from 2026-01-10: "Left L3-4 transforaminal epidural performed, good relief."]\n',
    'Imported from 2025-11-04 note: left L3-4 transforaminal injection, 70% relief.\n',
    'Copy-forward from prior note:\nLeft L3-4 transforaminal epidural steroid injection.\nLeft L4 root.\n\n',
    'Interval history [pulled forward from 12/2025 visit: "Left L3-4 TFESI,\nwent well"]\n',
    'From the 2025-10-21 note: "Left L3-4 TFESI performed."\n',
    'PREVIOUS PROCEDURE NOTE (2025-06-01):\nLeft L3-4 transforaminal epidural steroid injection. Needle to the left '
    'L3-4 foramen.\n\n',
])
def test_text_carried_forward_from_an_earlier_visit_is_not_today(carried: str) -> None:
    text = ("RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION\n" + carried
            + "Right leg pain for 4 months. Consent signed.\n" + _TODAY)
    assert _procs(text) == [("transforaminal_epidural", "right", ["L5-S1"])]


def test_guard_a_line_carried_forward_leaves_the_technique_below_it() -> None:
    text = ("Procedure: transforaminal epidural steroid injection.\n"
            "History copied forward and reviewed, unchanged.\n" + _TODAY)
    assert _procs(text) == [("transforaminal_epidural", "right", ["L5-S1"])]


# --- an addendum naming what a superseded draft, order or report had: that side is not today's ----------------

@pytest.mark.parametrize("addendum", [
    'ADDENDUM: The title of the preliminary report read "right"; the injection was on the LEFT.',
    "Addendum: the order and the header of the draft said bilateral; only the left side was injected today.",
    "Addendum: side entered as right in error, should read left.",
    "Correction: the original dictation listed the right side; the left L4-5 foramen was injected.",
    "Late entry: the procedure header erroneously listed bilateral L4-5; only the left was done.",
])
def test_an_addendum_s_superseded_side_is_not_today_s(addendum: str) -> None:
    text = ("Procedure: Left L4-5 transforaminal epidural steroid injection under fluoroscopy.\n"
            "Consent signed. Prone. 22 g needle to the left L4-5 foramen; dexamethasone 10 mg injected.\n\n"
            + addendum + "\n")
    assert _procs(text) == [("transforaminal_epidural", "left", ["L4-L5"])]


def test_guard_a_correction_after_the_superseded_side_is_read() -> None:
    text = ("Procedure: L4-5 transforaminal epidural steroid injection under fluoroscopy.\n"
            "Consent signed. Prone. 22 g needle to the L4-5 foramen; dexamethasone 10 mg injected.\n\n"
            "Addendum: the draft title said right, corrected to left; the left L4-5 foramen was injected.\n")
    assert _procs(text) == [("transforaminal_epidural", "left", ["L4-L5"])]


# --- a terse note abbreviates 'joint' ('SI jt inj', 'knee jnt inj') --------------------------------------------

@pytest.mark.parametrize("title, expected", [
    ("Diagnostic L SI jt inj, fluoro.", [("si_joint_injection", "left", [])]),
    ("Rt knee jnt inj, US guided.", [("joint_injection", "right", [])]),
    ("Bilat L4-5 facet jt IA inj, fluoro.", [("facet_injection", "bilateral", ["L4-L5"])]),
    ("R hip jt. inj. under fluoro.", [("joint_injection", "right", [])]),
])
def test_a_joint_abbreviated_jt_or_jnt_names_the_joint_injection(title: str, expected: list) -> None:
    assert _procs(title + "\nConsent. TO. Pre 7/10. 22 g needle, Kenalog 40 mg. Post 2/10.\n") == expected


# --- a side named only for another day's plan or inside a risk discussion is not today's ----------------------

@pytest.mark.parametrize("aside", [
    "The right side will be done in two weeks.",
    "Return in 2 weeks for the right side.",
    "Next: right SI joint injection.",
    "The risks, including bleeding, infection and injury to the left or right nerve root, were discussed.",
    "We reviewed risks such as damage to the right L5 nerve root or paralysis.",
])
def test_a_side_for_another_day_or_in_a_risk_list_is_not_today_s(aside: str) -> None:
    text = ("Procedure: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
            "Radicular left leg pain for 4 months. Consent signed.\n"
            "Prone. Under fluoroscopy a 22 g needle to the left L5-S1 foramen; dexamethasone 10 mg injected. "
            "Post 2/10.\n" + aside + "\n")
    assert _procs(text) == [("transforaminal_epidural", "left", ["L5-S1"])]


def test_guard_a_side_done_today_beside_a_follow_up_stays_today_s() -> None:
    text = ("Procedure: L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
            "Prone. The left L5-S1 foramen was injected with dexamethasone 10 mg; follow-up in 2 weeks.\n")
    assert _procs(text) == [("transforaminal_epidural", "left", ["L5-S1"])]
