"""Sessions of several procedures written in terse forms, found by `dev_fresh_av` after its first (untuned) reading
(round 8, P8a): smartform 'Procedure #1 / #2' blocks, numbered procedure logs, charge-sheet items and nursing
flowsheets, each item with its own side, levels and guidance; joints named by their route alone ('R knee IA',
'Hip intra-articular', 'facet IA', 'SIJI'); 'GNB (greater occipital)'; a drug strength in shorthand ('2% lido') that
is no prior result; a flowsheet's next timed entry; imaging written for one item and not for the others.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact facts
or code lines the reader must return; each failed before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import datetime as dt

from api.pipeline import analyze_text
from nlp import extract

_DOS = dt.date(2026, 6, 1)


def _procs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.family, p.target, p.laterality) for p in extract(text).procedures]


def _codes(text: str, pos: str = "11") -> list[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service=pos)
    return sorted(f"{c.code}{''.join('-' + m for m in sorted(c.modifiers))} x{c.units}" for c in r.codes)


# --- a joint named by its route alone -------------------------------------------------------------------------------

def test_a_knee_named_by_its_route_alone_is_a_joint_injection() -> None:
    text = "Procedure(s): 1) Rt knee IA - landmark, lateral midpatellar; Kenalog 40 mg + 3 mL 1% lidocaine.\n"
    assert _procs(text) == [("joint_injection", "knee", "right")]


def test_a_hip_written_intra_articular_without_an_injection_word() -> None:
    text = "Procedure #1  Hip intra-articular   Side: Lt   Guidance: fluoro\n              Kenalog 40 mg + 4 mL 0.5% ropi\n"
    assert _procs(text) == [("joint_injection", "hip", "left")]


def test_the_route_before_the_joint() -> None:
    text = "Done today: IA L shoulder (posterior approach), Depo-Medrol 40 mg + 3 mL 1% lidocaine.\n"
    assert _procs(text) == [("joint_injection", "shoulder", "left")]


def test_a_facet_named_by_its_route_alone_keeps_its_level() -> None:
    text = "Procedure #1 facet IA, bilat L5-S1, fluoro; per joint 0.5 mL Kenalog 10 mg\n"
    p = extract(text).procedures
    assert [(x.family, x.laterality, [lv.name for lv in x.levels]) for x in p] == \
        [("facet_injection", "bilateral", ["L5-S1"])]


def test_siji_is_a_sacroiliac_joint_injection() -> None:
    text = "[1] SIJI, R, fluoro; Omnipaque 240 1 mL; Kenalog 40 mg + 1 mL 0.5% bupi\n"
    assert _procs(text) == [("si_joint_injection", None, "right")]


def test_guard_a_knee_effusion_written_intra_articular_is_no_injection() -> None:
    assert _procs("Exam: R knee intra-articular effusion, no warmth. Plan: PT.\n") == []


# --- GNB: the greater occipital nerve when its nerve is named ---------------------------------------------------------

def test_gnb_with_its_occipital_nerve_named_is_an_occipital_block() -> None:
    text = "Procedure #2 .... GNB (greater occipital), left, landmark; 1 mL 0.5% bupivacaine\n"
    assert _procs(text) == [("occipital_nerve_block", "greater_occipital", "left")]


# --- a drug strength in shorthand is no prior result ------------------------------------------------------------------

def test_a_percent_strength_in_shorthand_does_not_make_todays_ablation_an_earlier_one() -> None:
    text = ("SMARTFORM EXPORT - SPINE\nDx ............ M47.816 lumbar spondylosis\n"
            "Procedure #1 .. RFA   Side: L   Levels: L4-L5, L5-S1 (L3, L4 MB, L5 DR)   Guidance: fluoro\n"
            "                1% xylo 1 mL per site; lesions 80 C x 90 s\n")
    p = extract(text).procedures
    assert [(x.family, x.laterality, [lv.name for lv in x.levels]) for x in p] == \
        [("facet_rfa", "left", ["L4-L5", "L5-S1"])]


# --- a flowsheet's next timed entry ends the item above ---------------------------------------------------------------

def test_a_timed_flowsheet_entry_starts_a_new_sentence() -> None:
    text = ("      Procedure #1  GON block R, landmark - 1 mL 0.5% bupi\n"
            "      Procedure #2  TPI x2 (R trapezius, R levator) - 1% lidocaine 1 mL each\n"
            "1515  Pain 3/10 (60% relief).  No complications.\n")
    assert [p.family for p in extract(text).procedures] == ["occipital_nerve_block", "trigger_point"]


# --- each item of a session list: its own side, nerves and guidance ---------------------------------------------------

def test_each_smartform_item_keeps_its_own_side_and_guidance() -> None:
    text = ("Procedure #1  Genicular RFA | Side: L | SM, SL, IM genicular nerves | Guidance: fluoro\n"
            "Procedure #2  Knee IA | Side: R | Guidance: US, image saved | Kenalog 40 mg + 1% lidocaine 3 mL\n")
    assert _procs(text) == [("genicular_rfa", "knee", "left"), ("joint_injection", "knee", "right")]
    assert _codes(text, pos="24") == ["20611-RT x1", "64624-LT x1"]


def test_an_items_ultrasound_is_not_the_trigger_point_items() -> None:
    text = ("Procedure(s): 1) TPI L infraspinatus, L teres minor - 1% lidocaine 2 mL each\n"
            "              2) L shoulder IA, US guided, posterior; image saved; Depo-Medrol 40 mg\n"
            "Post 2/10.\n")
    assert _codes(text, pos="24") == ["20552 x1", "20611-LT x1"]


def test_a_hip_items_own_fluoroscopy_is_reported_beside_a_tfesi_item() -> None:
    text = ("[1] Rt L5-S1 TFESI, fluoro; Omnipaque 240 1 mL; dexamethasone 10 mg\n"
            "[2] Rt hip IA, fluoro; Kenalog 40 mg + 3 mL 0.5% ropi\n"
            "Post-pain 2/10.\n")
    assert _codes(text, pos="24") == ["20610-RT x1", "64483-RT x1", "77002-26 x1"]


def test_guard_one_guidance_for_the_whole_session_stays_included_in_the_tfesi() -> None:
    text = ("Under fluoroscopy a right L5-S1 transforaminal epidural steroid injection was performed with "
            "dexamethasone 10 mg, and a right hip injection with Kenalog 40 mg.\n")
    assert _codes(text, pos="24") == ["20610-RT x1", "64483-RT x1"]


def test_a_side_field_without_its_colon_or_after_a_dotted_leader() -> None:
    text = ("--- Procedure #1 ---\n  Name ........ TFESI\n  Side ........ R\n  Level(s) .... L5-S1\n"
            "  Guidance .... fluoro\n--- Procedure #2 ---\n  Name ........ SIJI, therapeutic\n  Side ........ L\n"
            "  Guidance .... fluoro\n")
    assert _procs(text) == [("transforaminal_epidural", None, "right"), ("si_joint_injection", None, "left")]
    assert _procs("Procedure #1  MBB dx, Side R, Levels L4-L5 + L5-S1, Guidance fluoro\n"
                  "Procedure #2  TPI, Side R, R gluteus medius\n")[0] == ("facet_injection", None, "right")


def test_an_items_genicular_nerves_are_not_the_other_items() -> None:
    text = ("Procedure #1: SIJ block, diagnostic | Side: L | Guidance: fluoro | Med: 2% lidocaine 2 mL\n"
            "Procedure #2: Genicular nerve block | Side: L knee | Guidance: US | Targets: SM, SL, IM genicular\n")
    p = extract(text).procedures
    assert [(x.family, [n.name for n in x.nerves]) for x in p][0] == ("si_joint_injection", [])


def test_guard_us_the_pronoun_is_no_ultrasound() -> None:
    text = "Right knee injection, landmark technique - pt asked us, questions answered; Kenalog 40 mg.\n"
    assert [p.imaging.modality if p.imaging else None for p in extract(text).procedures] == ["none"]


# --- a facet item's joints written with one more nerve than joints ----------------------------------------------------

def test_written_thoracic_joints_with_their_nerves_count_the_joints() -> None:
    text = "Procedure #1  MBB dx, Side R, Levels T5-T6 + T6-T7 (T5, T6, T7 MB), Guidance fluoro, 1% lido 0.5 mL each\n"
    assert _codes(text) == ["64490-KX-RT x1", "64491-KX-RT x1"]


# --- items not done today, and more item marks ------------------------------------------------------------------------

def test_an_item_cancelled_or_not_done_is_no_procedure_and_lends_no_side() -> None:
    text = ("PROCEDURE LOG\nDx: M17.12 OA L knee; M54.17 radiculopathy\nProcedures:\n"
            "1. Right L5-S1 TFESI - fluoroscopy, dexamethasone 10 mg\n"
            "2. Left knee injection - ultrasound, image saved, Kenalog 40 mg\n"
            "3. Right GON block - cancelled\n"
            "4. R SIJ inj - NOT DONE (pt declined)\n")
    assert _procs(text) == [("transforaminal_epidural", None, "right"), ("joint_injection", "knee", "left")]
    assert _codes(text, pos="24") == ["20611-LT x1", "64483-RT x1"]


def test_an_unticked_checklist_line_is_no_procedure_and_lends_no_side() -> None:
    text = ("OFFICE CHARGE SHEET\nDx: M17.11 OA R knee\nProcedures:\n"
            "[x] R knee IA, US guided, image saved - Kenalog 40 mg + 1% lidocaine 4 mL\n"
            "[ ] L knee IA\n")
    assert _procs(text) == [("joint_injection", "knee", "right")]


def test_a_bracketed_item_after_a_diagnosis_field_is_todays() -> None:
    text = ("OFFICE ENCOUNTER\nDx: M17.11 OA R knee; M54.16 lumbar radiculopathy\n"
            "[1] L knee IA, US guided, image saved - Kenalog 40 mg\n"
            "[2] R L4-5 TFESI, fluoro, dexamethasone 10 mg\n")
    assert _procs(text) == [("joint_injection", "knee", "left"), ("transforaminal_epidural", None, "right")]
