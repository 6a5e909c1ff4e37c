"""Round 17 (proc17): wording families that the sealed batches dev_fresh_ce … cn showed misread in procedures, levels,
sides, approach, diagnostic intent, muscle counts and code lines. Fictional snippets written for these tests, in
wordings other than the batch notes'; each variant failed before its change, each near miss passes."""

from __future__ import annotations

import pytest
from test_nlp_round15_proc import _codes, _families


# --- 'caudal' as a place on a structure, not the caudal epidural route (fce-sij-03, fcl-si-02) ------------------------

_SIJ = ("Procedure: Right sacroiliac joint injection.\n"
        "Under fluoroscopy, {line} 1 mL of 0.5% bupivacaine with 20 mg triamcinolone was placed.\n")


@pytest.mark.parametrize("line", [
    "a 22 g spinal needle was seated in the caudal recess of the right SI joint, where",
    "the needle entered the caudal portion of the right sacroiliac joint and",
    "the needle was walked into the caudal one-third of the joint, where",
    "the needle tip reached the caudal-most aspect of the joint line, and",
    "the needle entered the joint at its caudal pole, and",
    "the skin was entered just caudal to the posterior superior iliac spine and",
])
def test_caudal_as_a_place_on_the_joint_is_no_caudal_epidural(line: str) -> None:
    """Only the SI joint injection: no caudal epidural drafted, no 62323 line."""
    text = _SIJ.format(line=line)
    assert _families(text) == [("si_joint_injection", "right")]
    assert "62323 x1" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Procedure: Caudal epidural steroid injection.\nThe needle entered the sacral hiatus under fluoroscopy.\n",
    "Procedure: epidural steroid injection by the caudal route.\nThe needle entered the sacral hiatus.\n",
])
def test_caudal_epidural_still_read(text: str) -> None:
    """Near miss: the route word itself still names the caudal epidural."""
    assert _families(text) == [("interlaminar_epidural", None)]


# --- the intent told with the technique or in a parenthesis beside the target (fce-mbb-01, fce-sij-02) ---------------

from nlp import extract  # noqa: E402

_MBB = ("Procedure: Right L4-L5 facet medial branch block.\n"
        "Under fluoroscopy, {line} 0.5 mL of 0.5% bupivacaine at each of the L3 and L4 medial branches.\n")


@pytest.mark.parametrize("line, intent", [
    ("this was done as a diagnostic medial branch technique;", "diagnostic"),
    ("a diagnostic protocol was followed;", "diagnostic"),
    ("the medial branches were blocked (diagnostic, comparative);", "diagnostic"),
    ("the needles were placed (therapeutic);", "therapeutic"),
])
def test_intent_with_technique_or_in_parenthesis(line: str, intent: str) -> None:
    assert [p.intent for p in extract(_MBB.format(line=line)).procedures] == [intent]


@pytest.mark.parametrize("line", [
    "diagnostic studies showed facet arthropathy;",
    "diagnostic imaging was reviewed;",
    "the needles were placed (diagnostic and therapeutic);",
])
def test_no_intent_from_studies_or_both(line: str) -> None:
    """Near misses: earlier studies, imaging, or both intents at once state no intent for today."""
    assert [p.intent for p in extract(_MBB.format(line=line)).procedures] == [None]


def test_parenthesised_intent_beside_the_joint_gives_kx_on_a_diagnostic_facet_block() -> None:
    text = ("Bilateral L4-L5 and L5-S1 facet medial branch blocks\n"
            "Under fluoroscopy the L3 and L4 medial branches and L5 dorsal rami were blocked on both sides "
            "(diagnostic, low volume). 0.5 mL of 0.5% bupivacaine at each of six sites. Pain 8/10 before, 1/10 after.\n")
    assert [c for c in _codes(text) if c.startswith("644")] == ["64493-50-KX x1", "64494-50-KX x1"]
    sij = ("Procedure: Left sacroiliac joint injection.\n"
           "Under fluoroscopy the needle was seated in the left SI joint (intra-articular, diagnostic).\n")
    assert [p.intent for p in extract(sij).procedures] == ["diagnostic"]


# --- a shorthand technique line with no verb: gauge, guidance and nerve letters (fch-h-mbb-02) -----------------------

_TERSE = "R lumbar MBB x3 lvls, dx\nConsent, TO.\n{line}\nPain 8 -> 1. No cx.\n"


@pytest.mark.parametrize("line, levels", [
    ("Fluoro, 22g R L2, L3, L4 MB + R L5 DR. Bupi 0.5% 0.5cc ea.", ["L3-L4", "L4-L5", "L5-S1"]),
    ("25 ga to L2, L3, L4 MB & L5 DR, lido 1% 0.5 cc ea.", ["L3-L4", "L4-L5", "L5-S1"]),
    ("Fluoro-guided L3/L4 MBs, L5 DR. Bupi 0.5% 0.5 cc each.", ["L4-L5", "L5-S1"]),
])
def test_terse_technique_line_gives_the_joints(line: str, levels: list[str]) -> None:
    procs = extract(_TERSE.format(line=line)).procedures
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in procs] == [
        ("facet_injection", "right", levels)]


def test_terse_three_joint_mbb_codes_and_doctor_is_no_nerve() -> None:
    text = _TERSE.format(line="Fluoro, 22g R L2, L3, L4 MB + R L5 DR. Bupi 0.5% 0.5cc ea.")
    assert [c for c in _codes(text) if c.startswith("644")] == ["64493-KX-RT x1", "64494-KX-RT x1", "64495-KX-RT x1"]
    # near miss: 'Dr.' the doctor with a level in the same line is no nerve and no procedural sentence
    near = "R lumbar MBB, dx\nConsent.\nReferred by Dr. Osei after L4-5 clinic review.\nPain 8 -> 1.\n"
    assert [[lv.name for lv in p.levels] for p in extract(near).procedures] == [[]]


# --- one side of a planned bilateral session given up (fci-h-tfesi-01) ----------------------------------------------

_TF = ("Procedure: left L5-S1 transforaminal epidural steroid injection; {plan}\n"
       "Under fluoroscopy a 22 g needle was placed at the left L5-S1 foramen and dexamethasone 10 mg in 2 mL was "
       "injected after contrast outlined the left S1 root. {other}\n"
       "Pain 7/10 before, 2/10 after. No complications.\n")


@pytest.mark.parametrize("plan, other", [
    ("both sides had been booked.",
     "The right L5-S1 foramen was then approached, but contrast filled a vein twice; the needle was withdrawn "
     "without injecting."),
    ("bilateral injection was intended.",
     "On the right the needle could not be advanced into the foramen past a bony ridge and that side was given up."),
    ("a bilateral injection was scheduled, the right side was aborted.",
     "A needle at the right L5-S1 foramen showed intravascular flow, so no steroid was given there."),
])
def test_side_given_up_leaves_the_side_done(plan: str, other: str) -> None:
    text = _TF.format(plan=plan, other=other)
    assert _families(text) == [("transforaminal_epidural", "left")]
    assert [c for c in _codes(text) if c.startswith("644")] == ["64483-LT x1"]


def test_both_sides_done_stays_bilateral() -> None:
    """Near miss: needles withdrawn intact after both sides were injected is no side given up."""
    text = _TF.format(plan="both sides planned.",
                      other="The right L5-S1 foramen was then injected the same way; both needles were withdrawn intact.")
    assert _families(text) == [("transforaminal_epidural", "bilateral")]
    assert [c for c in _codes(text) if c.startswith("644")] == ["64483-50 x1"]


# --- muscles in shorthand, and a muscle count with a times sign (fch-tpi-01) -----------------------------------------

_TPI = "Trigger point injections\nDx: myofascial pain (M79.18). Consent. Time-out.\n{line}\nPain 7 -> 3.\n"


@pytest.mark.parametrize("line, code", [
    ("25g: R upper trap, R levator scap, R rhomboid major, lido 1% 1cc each.", "20553 x1"),
    ("25g: L upper traps, L lev scap, L glute med; lido 1% 1 cc ea.", "20553 x1"),
    ("TPI x3 muscles. 25g, lido 1% 1cc each.", "20553 x1"),
    ("25g, lido 1% 1cc each; muscles x 3.", "20553 x1"),
    # near misses: two muscles, and the 20552 descriptor's range copied into a line
    ("25g: R upper trap and R mid trap, lido 1% 1cc each.", "20552 x1"),
    ("TPI 1 or 2 muscles. R upper trap, lido 1% 1cc.", "20552 x1"),
    ("25g: L QL x2, L glut med x2, lido 1% 1cc each.", "20552 x1"),
])
def test_muscle_shorthand_and_times_count(line: str, code: str) -> None:
    assert [c for c in _codes(_TPI.format(line=line)) if c.startswith("2055")] == [code]


# --- a run-on 'Plan:' label or 'will do' names a later ablation, not today's (fcn-genb-01) ---------------------------

_GNB = ("Procedure: left genicular nerve blocks. Guidance: fluoroscopy. Consent: signed. Technique: needles at the "
        "superomedial, superolateral and inferomedial genicular nerves; 1 mL of 0.5% bupivacaine at each. "
        "Pain: 7/10 before, 1/10 after. Complications: none. {line}\n")


@pytest.mark.parametrize("line", [
    "Plan: RF ablation if the relief lasts.",
    "Plan: genicular RFA should the block work.",
    "Plan: radiofrequency ablation once approved.",
    "Will do genicular RFA if relief holds up.",
])
def test_run_on_plan_label_names_a_later_ablation(line: str) -> None:
    text = _GNB.format(line=line)
    assert _families(text) == [("genicular_nerve_block", "left")]
    assert not [c for c in _codes(text) if c.startswith("64624")]


def test_run_on_plan_to_proceed_today_is_today() -> None:
    """Near misses: 'Plan: proceed with ...' over today's procedure, and a title 'Procedure and plan:', keep it."""
    title = ("Procedure and plan: right L5-S1 TFESI\nUnder fluoroscopy a 22 g needle was placed at the right L5-S1 "
             "foramen; dexamethasone 10 mg was injected.\n")
    assert _families(title) == [("transforaminal_epidural", "right")]
    text = ("Clinic visit. Back pain 7/10 down the right leg. Plan: proceed with right L5-S1 TFESI today. Under "
            "fluoroscopy a 22 g needle was placed at the right L5-S1 foramen; dexamethasone 10 mg was injected.\n")
    assert _families(text) == [("transforaminal_epidural", "right")]


# --- who refilled the pump, told across a hard line wrap (fcm-h-pump-01) ---------------------------------------------

_PUMP = ("Procedure: intrathecal pump refill. Consent signed. The reservoir was accessed with a Huber needle and the "
         "refill was {done}\n{by}. Morphine 20 mg/mL, 20 mL placed. Pump reprogrammed: dose up 5%.\n")


@pytest.mark.parametrize("done, by, expected", [
    ("carried out", "by me personally", True),
    ("performed", "by the attending physician", True),
    ("completed", "by the clinic nurse", False),
])
def test_pump_refill_performer_across_a_wrap(done: str, by: str, expected: bool) -> None:
    assert [p.performed_by_physician for p in extract(_PUMP.format(done=done, by=by)).procedures] == [expected]
