"""Procedure, side, level and intent wordings found by `dev_fresh_au/aw/ax` after their first (untuned) reading and the
open `dev_fresh_an` item (round 8, P8b): radiology report titles ('EXAM: LEFT L3-L4, L4-L5 AND L5-S1 MEDIAL BRANCH
BLOCKS', 'HIP ARTHROGRAM AND THERAPEUTIC INJECTION'), a speech recogniser's or a British writer's split compound
('sacro iliac', 'sacro-iliac'), an intent written at a title's end past a bracketed nerve list, an earlier block's
intent after a semicolon or a history word, a side put off in brackets ('Right GON block only (left deferred ...)'),
and a level named only as the reason for today's choice ('because of the postsurgical changes at L4-5').

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact facts
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _procs(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(p.family, p.target, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures]


def _intents(text: str) -> list[tuple[str, str | None]]:
    return [(p.family, p.intent) for p in extract(text).procedures]


def _codes(text: str, pos: str = "11") -> list[str]:
    from api.pipeline import analyze_text
    return sorted(f"{c.code}{''.join('-' + m for m in sorted(c.modifiers))} x{c.units}"
                  for c in analyze_text(text, place_of_service=pos).codes if c.code[0].isdigit())


# --- a radiology exam line naming its levels as a comma list before the procedure --------------------------------

@pytest.mark.parametrize(("title", "side", "levels"), [
    ("EXAM: RIGHT C4-C5, C5-C6 AND C6-C7 FACET MEDIAL BRANCH BLOCKS", "right", ["C4-C5", "C5-C6", "C6-C7"]),
    ("EXAM: LEFT L2, L3, L4 AND L5 MEDIAL BRANCH BLOCKS (DIAGNOSTIC)", "left", ["L3-L4", "L4-L5", "L5-S1"]),
    ("Study: bilateral L3-4, L4-5 facet joint injections", "bilateral", ["L3-L4", "L4-L5"]),
])
def test_an_exam_line_with_a_level_list_is_the_title(title: str, side: str, levels: list[str]) -> None:
    text = (title + "\n\nHISTORY: Axial neck or back pain for a year.\n\n"
            "TECHNIQUE: Under fluoroscopy 22-gauge needles were placed at the targets; bupivacaine 0.5 mL at each.\n")
    assert [(f, s, lv) for f, _, s, lv in _procs(text)] == [("facet_injection", side, levels)]


def test_guard_an_exam_finding_with_levels_stays_an_exam() -> None:
    text = ("Exam: tender over L4, L5; prior medial branch blocks helped.\n"
            "Plan: follow up in clinic.\n")
    assert _procs(text) == []


# --- an arthrogram named with the injection ------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "target", "side"), [
    ("PROCEDURE: LEFT HIP ARTHROGRAM AND THERAPEUTIC INJECTION, FLUOROSCOPIC GUIDANCE", "hip", "left"),
    ("EXAM: FLUOROSCOPIC RIGHT KNEE ARTHROGRAM WITH INJECTION", "knee", "right"),
    ("EXAM: RIGHT SHOULDER ARTHROGRAM AND STEROID INJECTION", "shoulder", "right"),
    ("Procedure: left hip arthrography with corticosteroid injection", "hip", "left"),
    ("EXAM: CT-GUIDED RIGHT ANKLE ARTHROGRAM & INJECTION", "ankle", "right"),
    ("EXAM: LEFT GLENOHUMERAL JOINT ARTHROGRAM AND INJECTION", "shoulder", "left"),
])
def test_an_arthrogram_with_its_injection_is_the_joint_injection(title: str, target: str, side: str) -> None:
    text = (title + "\n\nTECHNIQUE: A 22-gauge needle entered the joint; contrast confirmed the position, then "
            "triamcinolone 40 mg with 2 mL of 1% lidocaine.\n")
    assert _procs(text) == [("joint_injection", target, side, [])]


@pytest.mark.parametrize(("title", "target", "side"), [
    ("EXAM: FL INJECTION HIP LEFT", "hip", "left"),
    ("EXAM: Therapeutic injection, right knee joint, with fluoroscopic guidance", "knee", "right"),
    ("EXAM: CT GUIDED INJECTION RIGHT SHOULDER", "shoulder", "right"),
])
def test_a_radiology_order_name_with_the_joint_after_the_injection(title: str, target: str, side: str) -> None:
    text = title + "\nA 22-gauge needle entered the joint; Kenalog 40 mg.\n"
    assert _procs(text) == [("joint_injection", target, side, [])]


@pytest.mark.parametrize(("title", "family", "side"), [
    ("EXAM: INJECTION, RIGHT SACROILIAC JOINT, WITH FLUOROSCOPY", "si_joint_injection", "right"),
    ("EXAM: FLUORO GUIDED INJECTION SI JOINT LEFT", "si_joint_injection", "left"),
    ("EXAM: NERVE BLOCK, RIGHT GREATER OCCIPITAL", "occipital_nerve_block", "right"),
])
def test_a_radiology_order_name_with_the_site_after_the_act(title: str, family: str, side: str) -> None:
    text = title + "\nA 22-gauge needle was placed; Kenalog 40 mg with 2 mL 0.5% bupivacaine.\n"
    assert [(f, s) for f, _, s, _ in _procs(text)] == [(family, side)]


@pytest.mark.parametrize("text", [
    "After the injection, left hip pain eased within minutes.\n",
    "Post injection knee pain 2/10.\n",
])
def test_guard_pain_after_an_injection_names_no_joint_injection(text: str) -> None:
    assert _procs(text) == []


@pytest.mark.parametrize(("title", "family"), [
    ("EXAM: BILATERAL L4-5 FACET ARTHROGRAM AND INJECTION", "facet_injection"),
    ("EXAM: BILATERAL L4-5 FACET ARTHROGRAMS WITH INTRA-ARTICULAR STEROID INJECTIONS", "facet_injection"),
    ("EXAM: BILATERAL SI JOINT ARTHROGRAMS AND INJECTIONS", "si_joint_injection"),
])
def test_a_spinal_joint_arthrogram_and_injection_is_that_joints_injection(title: str, family: str) -> None:
    text = title + "\nUnder fluoroscopy a needle entered each joint; triamcinolone 20 mg on each side.\n"
    assert [(f, s) for f, _, s, _ in _procs(text)] == [(family, "bilateral")]


def test_an_arthrogram_and_injection_title_codes_the_joint_and_its_fluoroscopy() -> None:
    text = ("EXAM: FLUOROSCOPIC LEFT HIP ARTHROGRAM WITH INJECTION\n\n"
            "TECHNIQUE: Under fluoroscopic guidance a 20-gauge needle entered the left hip joint; Omnipaque 1 mL "
            "outlined the capsule, then methylprednisolone 40 mg with 3 mL of 1% lidocaine.\n")
    assert _codes(text, "22") == ["20610-LT x1", "77002-26 x1"]


@pytest.mark.parametrize("text", [
    "Left hip arthrogram confirmed intra-articular position.\n",
    "FINDINGS: The knee arthrogram shows a Baker cyst.\n",
])
def test_guard_an_arthrogram_alone_is_no_injection(text: str) -> None:
    assert _procs(text) == []


# --- the sacroiliac joint written in two words ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("procedure bilateral sacro iliac joint injections diagnostic period under fluoroscopy a needle into each joint "
     "period lidocaine 2 cc each side period\n", "bilateral"),
    ("Right sacro-iliac joint injection under X-ray guidance; 40 mg Kenalog injected.\n", "right"),
    ("Procedure: Sacro-iliac joint steroid injection, left, image guided.\n", "left"),
    ("SACRO ILIAC JOINT - QUICK PROCEDURE NOTE\nFluoroscopy. 22 g needle into the left joint, Depo-Medrol 40 mg.\n",
     "left"),
])
def test_a_sacro_iliac_joint_in_two_words_is_the_si_joint(text: str, side: str) -> None:
    assert _procs(text) == [("si_joint_injection", None, side, [])]


@pytest.mark.parametrize("text", [
    "Right knee injection under ultra sound guidance; Kenalog 40 mg.\n",
    "Right knee injection, ultra-sound guided; Kenalog 40 mg.\n",
])
def test_a_split_ultrasound_is_the_guidance(text: str) -> None:
    assert [p.imaging.modality for p in extract(text).procedures] == ["ultrasound"]


@pytest.mark.parametrize(("text", "side"), [
    ("procedure right S I joint injection period under fluoroscopy 40 mg Kenalog period\n", "right"),
    ("Procedure: left S.I. joint injection. Under fluoroscopy, Depo-Medrol 40 mg.\n", "left"),
])
def test_a_dictated_si_joint_letter_by_letter_is_the_si_joint(text: str, side: str) -> None:
    assert _procs(text) == [("si_joint_injection", None, side, [])]


def test_a_dictated_bilateral_sacro_iliac_injection_codes_27096_50() -> None:
    text = ("procedure bilateral sacro iliac joint injections period\n"
            "under fluoroscopy 22 gauge needle into each sacro iliac joint period half a cc of Isovue on each side "
            "period one cc of two percent lidocaine into each joint period\n")
    assert _codes(text) == ["27096-50 x1"]


# --- single levels after a medial branch block's name are the nerves blocked -----------------------------------------

@pytest.mark.parametrize("text", [
    "MBB right L3, L4, L5 under fluoroscopy. Bupivacaine 0.5 mL at each.\n",
    "Right lumbar medial branch blocks: L3, L4 and L5. Fluoroscopy; 0.5 mL bupivacaine at each.\n",
    "procedure medial branch blocks right L three, L four and L five period under fluoroscopy period\n",
    "EXAM: LUMBAR MEDIAL BRANCH BLOCK, RIGHT L3, L4, L5\nUnder fluoroscopy; bupivacaine 0.5 mL at each.\n",
])
def test_single_levels_after_a_medial_branch_block_are_its_nerves(text: str) -> None:
    assert _procs(text) == [("facet_injection", None, "right", ["L4-L5", "L5-S1"])]


def test_guard_joints_after_a_medial_branch_block_stay_joints() -> None:
    assert _procs("Right MBB at L4-5 and L5-S1 under fluoroscopy.\n") == \
        [("facet_injection", None, "right", ["L4-L5", "L5-S1"])]


# --- intent at the end of a title, past a level list and a bracketed nerve list -------------------------------------

@pytest.mark.parametrize("title", [
    "Left lumbar MBB, L3-4 and L4-5 facet joints (L2, L3, L4 medial branches) - diagnostic",
    "Right cervical facet MBB: C4-5, C5-6 and C6-7 joints (C4, C5, C6 and C7 medial branches), fluoroscopy, diagnostic",
])
def test_an_intent_at_the_title_end_is_read(title: str) -> None:
    text = title + "\nFluoroscopy. 25 g needles to each target; 0.5 mL of 0.5% bupivacaine at each.\n"
    assert _intents(text) == [("facet_injection", "diagnostic")]


def test_an_intent_at_the_title_end_gives_the_kx_lines() -> None:
    text = ("Left lumbar MBB, L3-4 and L4-5 facet joints (L2, L3, L4 medial branches) - diagnostic\n"
            "Fluoroscopy. 25 g needles to each target; 0.5 mL of 0.5% bupivacaine at each.\n")
    assert _codes(text) == ["64493-KX-LT x1", "64494-KX-LT x1"]


# --- an earlier block's intent after a semicolon or a history word is not today's ------------------------------------

@pytest.mark.parametrize(("text", "intent"), [
    ("Right L4-5 TFESI (fluoroscopy) - therapeutic; prior diagnostic SNRB gave 70% relief.\n", "therapeutic"),
    ("Left SI joint injection - previous diagnostic block gave 80% relief.\n", None),
])
def test_an_earlier_blocks_intent_after_the_name_is_not_todays(text: str, intent: str | None) -> None:
    assert [i for _, i in _intents(text)] == [intent]


def test_guard_an_intent_right_after_the_name_stays() -> None:
    assert _intents("Left L5-S1 TFESI, diagnostic, under fluoroscopy.\n") == [("transforaminal_epidural", "diagnostic")]


# --- a side put off in brackets does not negate the procedure done on the other side ---------------------------------

@pytest.mark.parametrize(("text", "family", "side"), [
    ("PERFORMED: Left GON block only (right deferred - vasovagal episode).\n"
     "Landmark technique: 2 mL of 0.5% bupivacaine at the left greater occipital nerve.\n",
     "occipital_nerve_block", "left"),
    ("Procedure: right knee injection (left side not done, skin irritation).\n", "joint_injection", "right"),
    ("Right SI joint injection done (left side was deferred as pain resolved).\n", "si_joint_injection", "right"),
])
def test_a_side_put_off_in_brackets_leaves_the_done_side(text: str, family: str, side: str) -> None:
    assert [(f, s) for f, _, s, _ in _procs(text)] == [(family, side)]


@pytest.mark.parametrize("text", ["Left GON block deferred.\n", "GON blocks were deferred today.\n"])
def test_guard_a_procedure_put_off_stays_not_done(text: str) -> None:
    assert _procs(text) == []


# --- a level named as the reason for today's choice -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "levels"), [
    ("Caudal epidural steroid injection under fluoroscopy.\n"
     "Caudal route used because of scar tissue at L5-S1.\n", []),
    ("Interlaminar epidural steroid injection under fluoroscopy.\n"
     "The L3-4 interspace was entered, owing to dense scarring at L4-5.\n", ["L3-L4"]),
    ("Interlaminar epidural steroid injection under fluoroscopy.\n"
     "Because of stenosis at L4-5 we entered L3-4 with loss of resistance.\n", ["L3-L4"]),
])
def test_a_level_given_as_the_reason_is_not_the_target(text: str, levels: list[str]) -> None:
    assert [lv for _, _, _, lv in _procs(text)] == [levels]
