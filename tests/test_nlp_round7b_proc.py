"""Procedure, side, intent and joint wordings found by `dev_fresh_aj/ak/am` after their first (untuned) reading
(round 7b, PROC): a bracketed aside inside a procedure's name, the name after the act ('block of the ganglion impar'),
intent shorthand between commas or dashes, a side label over what that side received ('Right: 2 mL ...'), and a
generic joint injection whose joint is named only in a site field or the technique.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts the reader must return; each failed on the reader before the change it tests, except the guards (named so)
that pin what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _procs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.family, p.target, p.laterality) for p in extract(text).procedures]


# --- a bracketed aside (an abbreviation or a gloss) inside the procedure's name --------------------------------

@pytest.mark.parametrize("title, expected", [
    ("Ganglion impar (ganglion of Walther) block under fluoroscopy.", [("sympathetic_block", "ganglion_impar", None)]),
    ("Left greater occipital (GON) nerve block, landmark guided.",
     [("occipital_nerve_block", "greater_occipital", "left")]),
    ("Right sacroiliac (SI) joint injection under fluoroscopy.", [("si_joint_injection", None, "right")]),
    ("Stellate ganglion (cervicothoracic) block on the right.", [("sympathetic_block", "stellate", "right")]),
    ("Right L4-5 medial branch (MB) blocks under fluoroscopy.", [("facet_injection", None, "right")]),
])
def test_a_bracketed_aside_inside_the_name_still_names_the_procedure(title: str, expected: list) -> None:
    assert _procs("PROCEDURE: " + title + "\nConsent signed. Time-out done.\n") == expected


def test_guard_an_aside_after_the_name_keeps_its_reading() -> None:
    text = "PROCEDURE: Right L5-S1 transforaminal epidural steroid injection (TFESI) under fluoroscopy.\n"
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures] == \
        [("transforaminal_epidural", "right", ["L5-S1"])]


def test_guard_a_bracket_between_unrelated_words_makes_no_procedure() -> None:
    assert _procs("HISTORY: Knee pain (worse on stairs) block her walking; no procedure today.\n") == []


# --- the ganglion impar in other word orders --------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Impar ganglion block under fluoroscopy.",
    "Block of the ganglion impar under fluoroscopy.",
    "Ganglion impar neurolysis with phenol.",
    "Injection at the impar ganglion, fluoroscopic guidance.",
])
def test_ganglion_impar_word_orders(title: str) -> None:
    assert _procs("PROCEDURE: " + title + "\n") == [("sympathetic_block", "ganglion_impar", None)]


# --- intent shorthand 'dx' / 'tx' between commas or dashes after the procedure ----------------------------------

@pytest.mark.parametrize("title, intent", [
    ("L MBB L45 + L5S1, dx, fluoro.", "diagnostic"),
    ("R L4-5 MBB - dx - fluoro", "diagnostic"),
    ("Bilat L4-5 facet inj, tx, fluoro.", "therapeutic"),
])
def test_intent_shorthand_between_commas_or_dashes(title: str, intent: str) -> None:
    text = title + "\nDx: lumbar spondylosis M47.816. Needles to the medial branches under fluoro; 0.5 mL lido each.\n"
    assert [p.intent for p in extract(text).procedures] == [intent]


def test_guard_a_diagnosis_field_dx_is_no_intent() -> None:
    text = "R L4-5 MBB under fluoro.\nDx, lumbar spondylosis M47.816.\nNeedles to the L3 and L4 medial branches.\n"
    assert [p.intent for p in extract(text).procedures] == [None]


# --- a side label over what that side received ('Right: 2 mL ...  Same on the left.') ----------------------------

@pytest.mark.parametrize("technique", [
    "Technique: Landmark guided. Right: 2 mL 0.5% bupivacaine with 10 mg Kenalog. Same on the left.\n",
    "Technique: Landmark guided.\nLeft - 3 mL of 0.25% bupivacaine.\nSame on the right.\n",
    "Technique: Landmark guided. Rt: 2 mL 1% lidocaine. Left needle placed the same way.\n",
    "Technique: Landmark guided. Right GON: 2 mL 0.5% bupivacaine. Same on the left.\n",
    "Technique: Landmark guided. On the right, 2 mL 0.5% bupivacaine was given. Same on the left.\n",
])
def test_a_side_label_over_a_dose_is_a_treated_side(technique: str) -> None:
    text = "Procedure: Greater occipital nerve blocks\nLaterality: Bilateral\n" + technique
    assert _procs(text) == [("occipital_nerve_block", "greater_occipital", "bilateral")]


def test_guard_a_sided_pain_score_is_no_treated_side() -> None:
    text = ("Procedure: Left L5-S1 TFESI\nTechnique: needle to the left L5-S1 foramen; dexamethasone 10 mg. "
            "Right leg pain: 7/10 before, unchanged.\n")
    assert [(p.family, p.laterality) for p in extract(text).procedures] == [("transforaminal_epidural", "left")]


def test_guard_a_side_label_over_an_exam_is_no_treated_side() -> None:
    text = ("Procedure: Left greater occipital nerve block\nExam: Right: 2 of 5 tender points, mild.\n"
            "Technique: Landmark guided; 2 mL 0.5% bupivacaine at the left occipital notch.\n")
    assert _procs(text) == [("occipital_nerve_block", "greater_occipital", "left")]


# --- a generic joint injection whose joint is named in a site field, the technique or the diagnosis -------------

@pytest.mark.parametrize("text, expected", [
    ("Procedure: Intra-articular joint injection with ultrasound guidance\nSite(s): Left knee\n"
     "Technique: 40 mg triamcinolone injected.\n", ("joint_injection", "knee", "left")),
    ("Procedure: Intra-articular joint injection, landmark guided.\nSite: Right shoulder\n"
     "Technique: needle into the joint, 40 mg Kenalog.\n", ("joint_injection", "shoulder", "right")),
    ("Procedure: Joint injection under fluoroscopy.\nDiagnosis: Right hip osteoarthritis.\n"
     "Technique: 22 g needle to the femoral head-neck junction; 40 mg Kenalog injected.\n", ("joint_injection", "hip", "right")),
    ("Procedure: Left intra-articular injection.\nTechnique: needle into the suprapatellar recess; 40 mg Kenalog.\n",
     ("joint_injection", "knee", "left")),
])
def test_a_generic_joint_injection_takes_the_joint_named_at_its_site(text: str, expected: tuple) -> None:
    facts = extract(text)
    assert _procs(text) == [expected]
    assert facts.procedures[0].region == expected[1]


def test_guard_two_joints_named_leave_the_joint_unknown() -> None:
    text = ("Procedure: Joint injection, landmark guided.\nIndication: knee pain and hip pain.\n"
            "Technique: 40 mg Kenalog injected.\n")
    assert [(p.family, p.target) for p in extract(text).procedures] == [("joint_injection", None)]


# --- the technique points back at the muscles the exam named ('one in each of the others') ----------------------

_TPI_EXAM = ("Trigger point injections, right upper back.\n"
             "Exam: taut bands with twitch responses in the right rhomboid, right infraspinatus and right levator scapulae.\n"
             "Consent signed.\n")


@pytest.mark.parametrize("technique", [
    "Five trigger points (two in the rhomboid, one in each of the others) were injected with 1 mL each.\n",
    "Needles were placed into the trigger points noted above and 1 mL of 1% lidocaine was injected at each.\n",
    "The rhomboid was injected first, then the remaining muscles, 1 mL of 0.5% bupivacaine each.\n",
    "1 mL of 1% lidocaine into the above-named muscles.\n",
])
def test_a_technique_pointing_back_counts_the_exam_muscles(technique: str) -> None:
    facts = extract(_TPI_EXAM + technique)
    assert sorted(m.value for m in facts.procedures[0].muscles) == \
        ["right infraspinatus", "right levator scapulae", "right rhomboid"]


def test_guard_exam_muscles_without_a_pointer_are_not_treated_muscles() -> None:
    facts = extract(_TPI_EXAM + "Two trigger points in the right rhomboid were injected with 1 mL each.\n")
    assert [m.value for m in facts.procedures[0].muscles] == ["right rhomboid"]


# --- a side abbreviation with its stop before what it qualifies ('Lt. L5-S1 TFESI') -------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Lt. L5-S1 TFESI performed under fluoroscopy today.", ("transforaminal_epidural", "left", ["L5-S1"])),
    ("Rt. SI joint injection under fluoroscopy today.", ("si_joint_injection", "right", [])),
    ("Bilat. L4-5 facet joint injections under fluoroscopy today.", ("facet_injection", "bilateral", ["L4-L5"])),
])
def test_a_side_abbreviation_stop_does_not_end_the_sentence(line: str, expected: tuple) -> None:
    text = "Dx: M54.16 / M46.1 / M47.816 / M54.81.\n" + line + "\nNo complications.\n"
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures] == [expected]


def test_guard_a_side_abbreviation_ending_a_history_sentence_keeps_the_split() -> None:
    text = ("PROCEDURE: Right L5-S1 TFESI.\nHPI: pain is worse on the lt. Lumbar MRI shows L4-5 stenosis.\n"
            "TECHNIQUE: needle to the right L5-S1 foramen; dexamethasone 10 mg.\n")
    assert [(p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures] == [("right", ["L5-S1"])]


# --- 'Diag.' / 'diag' before the procedure is its intent ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Procedure: Diag. L4-5 and L5-S1 MBB, right.\nTechnique: needles to the L3, L4 medial branches and L5 dorsal "
     "ramus; 0.5 mL bupivacaine each.\n", ("facet_injection", "diagnostic", "right")),
    ("Diag R SI joint injection under fluoro.\n", ("si_joint_injection", "diagnostic", "right")),
    ("HPI: pain.\nDiag. R L4-5 MBB under fluoro.\n", ("facet_injection", "diagnostic", "right")),
])
def test_diag_abbreviation_before_the_procedure_is_its_intent(text: str, expected: tuple) -> None:
    assert [(p.family, p.intent, p.laterality) for p in extract(text).procedures] == [expected]


@pytest.mark.parametrize("text", [
    "Diag: lumbar spondylosis.\nR L4-5 MBB under fluoro.\n",
    "Diag. lumbar facet syndrome. R L4-5 MBB under fluoro.\n",
])
def test_guard_diag_as_the_diagnosis_label_is_no_intent(text: str) -> None:
    assert [p.intent for p in extract(text).procedures] == [None]
