"""Procedure, side and level wordings found by `dev_fresh_as/at` after their first (untuned) reading (round 7d, P7d):
a session's plan written beside what was done ('Planned: ... Done: ...'), a level or side given up or declined, and
brief-op-note / procedure-log shorthand ('B/L GON blk', 'L glenohumeral jt inj', 'SI JOINT - QUICK PROCEDURE NOTE',
'Intent: diagnostic (pre-RFA)', 'MBB x2 prior', 'no reprogramming').

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact facts
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _procs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.family, p.target, p.laterality) for p in extract(text).procedures]


def _levels(text: str) -> list[tuple[str, list[str]]]:
    return [(p.family, [lv.name for lv in p.levels]) for p in extract(text).procedures]


# --- a plan beside what was done ------------------------------------------------------------------------------------

def test_a_planned_fields_side_is_not_todays_when_a_done_field_follows() -> None:
    text = ("Planned: bilateral L4-5 facet joint injections.\n"
            "Performed: LEFT L4-5 facet joint injection; the right was deferred after a vasovagal episode.\n"
            "Fluoroscopy. 22 g needle into the left L4-5 facet joint; 0.5 mL Kenalog 20 mg.\n")
    assert [(p.family, p.laterality) for p in extract(text).procedures] == [("facet_injection", "left")]


def test_a_planned_fields_level_is_not_todays_and_the_abandoned_level_is_no_reduced_service() -> None:
    text = ("Scheduled: vertebroplasty at T8 and T9. Completed: T9 only.\n"
            "At T8 the pedicle could not be cannulated and that level was aborted.\n"
            "Bilateral transpedicular access at T9 under fluoroscopy; 3 mL of cement on each side.\n")
    p = extract(text).procedures
    assert [(x.family, [lv.name for lv in x.levels]) for x in p] == [("vertebral_augmentation", ["T9"])]
    assert p[0].incomplete is not True


def test_a_foramen_attempted_then_switched_keeps_only_the_treated_one() -> None:
    text = ("Right lumbar transforaminal epidural steroid injection.\n"
            "The right L4-5 foramen was attempted, but a large osteophyte blocked the path and it was abandoned.\n"
            "Under fluoroscopy a 22 g needle reached the right L5-S1 foramen; dexamethasone 10 mg injected.\n")
    assert _levels(text) == [("transforaminal_epidural", ["L5-S1"])]


def test_guard_a_planned_field_alone_stays_the_title() -> None:
    text = "Planned procedure: right L5-S1 TFESI.\nUnder fluoroscopy the needle was placed; dexamethasone 10 mg.\n"
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures] == \
        [("transforaminal_epidural", "right", ["L5-S1"])]


def test_guard_an_aborted_single_level_keeps_its_level() -> None:
    text = ("Left L4-5 interlaminar epidural steroid injection.\n"
            "The procedure was aborted at L4-5 after a wet tap.\n")
    assert _levels(text) == [("interlaminar_epidural", ["L4-L5"])]


@pytest.mark.parametrize("sentence", [
    "The RIGHT sacroiliac joint was NOT injected.",
    "She declined the right side.",
    "Right side declined by the patient.",
    "The right GON was not blocked.",
])
def test_a_side_declined_or_not_done_is_not_treated(sentence: str) -> None:
    text = ("PROCEDURE: Left sacroiliac joint injection.\n" + sentence +
            "\nUnder fluoroscopy a 22 g needle entered the left SI joint; Kenalog 40 mg.\n")
    assert _procs(text) == [("si_joint_injection", None, "left")]


def test_a_side_before_pain_is_a_symptom_not_a_target() -> None:
    text = ("PROCEDURE: Right greater occipital nerve block.\n"
            "The left pain had settled, so only the right was treated.\n"
            "Landmark technique: 2 mL of 0.5% bupivacaine.\n")
    assert _procs(text) == [("occipital_nerve_block", "greater_occipital", "right")]


# --- brief op notes and procedure-log shorthand ---------------------------------------------------------------------

@pytest.mark.parametrize("title, expected", [
    ("B/L GON blk, landmark, 2 mL 0.5% bupi each side.", [("occipital_nerve_block", "greater_occipital", "bilateral")]),
    ("R occipital n. blk, 3 mL 0.25% bupi.", [("occipital_nerve_block", "greater_occipital", "right")]),
    ("L glenohumeral jt inj, posterior approach, landmark.", [("joint_injection", "shoulder", "left")]),
    ("Right GH joint injection under ultrasound.", [("joint_injection", "shoulder", "right")]),
])
def test_log_shorthand_names_the_procedure(title: str, expected: list) -> None:
    assert _procs(title + " Consent, TO. No cx.\n") == expected


@pytest.mark.parametrize("title", ["SI JOINT - QUICK PROCEDURE NOTE", "Sacroiliac joint: brief op note",
                                   "SIJ procedure note"])
def test_a_quick_note_title_naming_only_the_joint(title: str) -> None:
    text = title + "\nSide: Left        Guidance: Fluoroscopy\nMedication: Lidocaine 2%, 2 mL\n"
    assert _procs(text) == [("si_joint_injection", None, "left")]


def test_a_procedure_prefixed_pre_is_what_comes_later() -> None:
    text = ("GENICULAR NERVE BLOCK - QUICK NOTE\n"
            "Side: Right         Guidance: Ultrasound       Intent: Diagnostic (pre-RFA)\n")
    assert _procs(text) == [("genicular_nerve_block", "knee", "right")]


@pytest.mark.parametrize("tail", ["MBB x2 prior, both >80%.", "MBBs previously gave 85% relief.",
                                  "MBB #2 prior: 90%."])
def test_a_procedure_its_own_words_date_earlier_is_not_todays(tail: str) -> None:
    text = "RFA L L4, L5 MB and L5 DR (L4-5/L5-S1 facets), fluoro, 80C x 90s each. " + tail + " 7->3.\n"
    assert [(p.family, p.laterality) for p in extract(text).procedures] == [("facet_rfa", "left")]


def test_guard_prior_to_names_no_history() -> None:
    text = "Left L4-5 MBB prior to planned RFA, fluoro, 0.5 mL 2% lidocaine per nerve.\n"
    assert [(p.family, p.laterality) for p in extract(text).procedures] == [("facet_injection", "left")]


@pytest.mark.parametrize("words", ["no reprogramming", "No re-programming.", "reprogramming not needed"])
def test_a_pump_refill_without_reprogramming(words: str) -> None:
    text = "PUMP LOG | ITP refill, reservoir access 22g | 20 mL hydromorphone 5 mg/mL placed | " + words + " | no cx\n"
    p = extract(text).procedures
    assert [(x.family, x.pump_reprogrammed) for x in p] == [("pump_refill", False)]


# --- a session's procedure that names its own guidance --------------------------------------------------------------

def _modalities(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.target, p.imaging.modality if p.imaging else None) for p in extract(text).procedures]


@pytest.mark.parametrize("title, expected", [
    ("Procedures: left knee joint injection (ultrasound) and right shoulder injection (landmark).",
     [("knee", "ultrasound"), ("shoulder", "none")]),
    ("Procedures: right hip injection, under fluoroscopy; left knee injection, landmark.",
     [("hip", "fluoroscopy"), ("knee", "none")]),
])
def test_a_session_procedure_keeps_the_guidance_named_after_it(title: str, expected: list) -> None:
    text = title + "\nUltrasound-guided needle into the joint, image saved. Consent signed.\n"
    assert _modalities(text) == expected


def test_guard_a_session_without_own_guidance_shares_the_notes() -> None:
    text = ("Procedures: left knee joint injection and right shoulder injection.\n"
            "Both under ultrasound guidance, images saved.\n")
    assert _modalities(text) == [("knee", "ultrasound"), ("shoulder", "ultrasound")]


# --- more procedure-log shorthand: 'jt', 'blk', trochanteric bursa, a letter side before the nerve ---------------------

@pytest.mark.parametrize("line, expected", [
    ("B/L L4-5 facet jt inj, fluoro, 40 Kenalog split.", [("facet_injection", None, "bilateral")]),
    ("R SI jt blk, fluoro, 1 mL 2% lido + 40 Kenalog.", [("si_joint_injection", None, "right")]),
    ("L knee genicular blk x3 nerves, US guided, 2 mL 0.5% bupi each.", [("genicular_nerve_block", "knee", "left")]),
    ("R stellate blk, US guided, 5 mL 0.25% bupi.", [("sympathetic_block", "stellate", "right")]),
    ("L GTB inj, landmark, 40 Kenalog.", [("joint_injection", "hip", "left")]),
    ("R troch bursa inj, landmark.", [("joint_injection", "hip", "right")]),
    ("L MB RFA L4-L5, fluoro, 80C x 90s.", [("facet_rfa", None, "left")]),
])
def test_more_log_shorthand(line: str, expected: list) -> None:
    assert _procs(line + "\n") == expected


# --- more forms of the plan beside what was done, and of a level given up -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Procedure planned: right L4-5 and L5-S1 TFESI.\nProcedure performed: right L5-S1 TFESI.\n"
     "Under fluoroscopy, dexamethasone 10 mg.\n", ["L5-S1"]),
    ("Intended procedure: right L4-5 and L5-S1 TFESI.\nActual procedure: right L5-S1 TFESI.\n"
     "Under fluoroscopy, dexamethasone 10 mg.\n", ["L5-S1"]),
    ("Right L4-5 and L5-S1 transforaminal epidural steroid injections.\nThe attempt at the right L4-5 foramen was "
     "unsuccessful because of a large osteophyte.\nUnder fluoroscopy a needle reached the right L5-S1 foramen; "
     "dexamethasone 10 mg.\n", ["L5-S1"]),
    ("Left L5-S1 and S1 TFESI.\nThe left S1 foramen could not be accessed.\nUnder fluoroscopy a needle reached the "
     "left L5-S1 foramen; dexamethasone 10 mg.\n", ["L5-S1"]),
])
def test_a_level_of_the_plan_or_given_up_is_not_treated(text: str, expected: list[str]) -> None:
    p = extract(text).procedures
    assert [(x.family, [lv.name for lv in x.levels]) for x in p] == [("transforaminal_epidural", expected)]
    assert p[0].incomplete is not True



# --- an author's code list or charge line is never today's procedure -----------------------------------------------

_FOOTER_BASE = ("PROCEDURE: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
                "Dexamethasone 10 mg injected at the left L5-S1 foramen.\n")


@pytest.mark.parametrize("footer", [
    "Billing: 64483 (bilateral L4-5 and L5-S1 TFESI), 77003",
    "CPT: 64483-RT - Right L4-5 transforaminal epidural injection",
    "Suggested codes: 64483-50 bilateral L5-S1 TFESI; 64484-50 L4-5",
    "Dictated codes: 62323 caudal epidural",
])
def test_a_code_list_footer_names_no_procedure_side_or_level(footer: str) -> None:
    text = _FOOTER_BASE + footer + "\n"
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures] == \
        [("transforaminal_epidural", "left", ["L5-S1"])]


@pytest.mark.parametrize("footer", ["Codes listed: 64483-50, 64484-50, 77003", "Charges: 64483 x2 bilateral, J1100 x10"])
def test_guard_a_bare_code_footer_keeps_the_reading(footer: str) -> None:
    text = _FOOTER_BASE + footer + "\n"
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures] == \
        [("transforaminal_epidural", "left", ["L5-S1"])]


def test_guard_a_coding_discussion_title_still_names_the_procedure() -> None:
    text = "Coding education example: left genicular radiofrequency ablation\nUnder fluoroscopy, 80C x 90 s.\n"
    assert _procs(text) == [("genicular_rfa", "knee", "left")]


# --- a technique paragraph hard-wrapped before a level keeps its section ----------------------------------------------

def test_a_wrap_before_a_level_does_not_end_the_technique_field() -> None:
    text = ("PROCEDURE: Left L4-5 transforaminal epidural steroid injection and left sacroiliac joint injection.\n"
            "DESCRIPTION OF PROCEDURE: The skin over the left L4-5 foramen was anesthetized with 3 mL of 1% lidocaine, and\n"
            "a 22 g needle was advanced under fluoroscopy into the left\n"
            "L4-5 foramen. Dexamethasone 10 mg was injected. Attention was then turned to the left sacroiliac joint; the\n"
            "skin was anesthetized with 3 mL of 1% lidocaine and a 22 g needle entered the joint. Kenalog 40 mg injected.\n")
    assert [(d.generic, d.dose) for d in extract(text).drugs] == [
        ("lidocaine", 60.0), ("dexamethasone_sodium_phosphate", 10.0), ("triamcinolone_acetonide", 40.0)]


def test_guard_a_comma_before_a_code_still_ends_an_inline_field() -> None:
    from nlp.sentences import line_wraps_into
    text = "Diagnosis: spinal stenosis with neurogenic claudication,\nM48.062. Her legs ache.\n"
    assert line_wraps_into(text, text.index("\n"), "M48.062.") is False
    text = "a needle was advanced into the right\nL5-S1 foramen.\n"
    assert line_wraps_into(text, text.index("\n"), "L5-S1 foramen.") is True


# --- a slash glued between a drug name and the next amount -----------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Injected 40 Kenalog/4 cc 1% lidocaine into the joint.", ("triamcinolone_acetonide", 40.0)),
    ("Injected 20 triamcinolone/1 mL 0.5% bupivacaine at each joint.", ("triamcinolone_acetonide", 20.0)),
])
def test_a_drug_glued_to_the_next_amount_by_a_slash_is_read(line: str, expected: tuple) -> None:
    drugs = {d.generic: d.dose for d in extract("PROCEDURE: Right knee injection.\n" + line + "\n").drugs}
    assert (expected[0], drugs.get(expected[0])) == expected


def test_guard_units_and_levels_with_a_slash_stay_whole() -> None:
    from nlp.pipeline import get_pipeline
    assert [t.text for t in get_pipeline().make_doc("40 mg/4 cc at L4/5")] == ["40", "mg/4", "cc", "at", "L4/5"]
