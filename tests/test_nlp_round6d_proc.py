"""Sides, procedures and drugs misread in the layouts that `dev_fresh_ad` showed after its final-check reading (round
6d, PROC + DRUG): vendor checkbox grids whose side line opens with a box, leader-dot labels of exported forms, a
diagnostic block that names the procedure it evaluates the patient for, earlier blocks' relief listed with their drug
and date, and a speech recogniser's split of a contrast brand.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact facts
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _procs(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures]


def _drugs(text: str) -> list[tuple[str, float | None]]:
    return [(d.generic, d.dose) for d in extract(text).drugs]


def _codes(text: str) -> list[str]:
    from api.pipeline import analyze_text
    return sorted(f"{c.code}{''.join('-' + m for m in c.modifiers)} x{c.units}" for c in analyze_text(text).codes)


# --- a checkbox line that opens with its box: the unticked option after each box is not asserted ------------------

@pytest.mark.parametrize("grid", [
    "[ ] Right  [X] Left",
    "[ ] Right   [x] Left   [ ] Bilateral",
    "( ) Right  (X) Left",
    "\u2610 Right  \u2612 Left",
    "[ ]Right [X]Left",
])
def test_a_side_grid_opening_with_a_box_gives_the_ticked_side(grid: str) -> None:
    text = ("PROCEDURE: Lumbar medial branch radiofrequency ablation\n" + grid + "\n"
            "Nerves treated: L3, L4 medial branches and L5 dorsal ramus\n"
            "Guidance: fluoroscopy. Lesions 80 C x 90 s per nerve after sensory and motor testing.\n")
    assert _procs(text) == [("facet_rfa", "left", ["L4-L5", "L5-S1"])]


# --- leader dots stand for a label's colon ('Laterality ........ [X] Left') ----------------------------------------

@pytest.mark.parametrize("side_line", [
    "Laterality ........... [ ] Right  [X] Left  [ ] Bilateral",
    "Laterality\u2026 Left",
    "Laterality .... Left",
    pytest.param("Side ................. Left", id="guard-side-label-read-before"),
    pytest.param("Side .. [X] Left [ ] Right", id="guard-side-grid-read-before"),
])
def test_a_leader_dot_side_field_names_the_side(side_line: str) -> None:
    text = ("=== PROCEDURE RECORD (export) ===\n"
            "Procedure ............ Transforaminal ESI, lumbar\n"
            f"{side_line}\n"
            "Levels ............... [X] L4-L5  [X] L5-S1\n"
            "Guidance ............. [X] Fluoroscopy  [ ] CT\n"
            "Medication ........... dexamethasone 4 mg per level\n")
    assert _procs(text) == [("transforaminal_epidural", "left", ["L4-L5", "L5-S1"])]


def test_a_leader_dot_side_field_gives_the_side_its_code_modifier() -> None:
    text = ("PROCEDURE DOCUMENTATION (exported)\n"
            "Procedure ............ Transforaminal ESI, lumbar\n"
            "Laterality ........... [ ] Right  [X] Left  [ ] Bilateral\n"
            "Levels ............... [X] L4-L5  [X] L5-S1\n"
            "Guidance ............. [X] Fluoroscopy\n"
            "Diagnosis ............ Lumbar radiculopathy - M54.16\n")
    assert [c for c in _codes(text) if c.startswith("644")] == ["64483-LT x1", "64484-LT x1"]


# --- a block names the procedure it evaluates the patient for: that one is not done today --------------------------

@pytest.mark.parametrize("purpose", [
    "evaluating for RFA", "to evaluate candidacy for radiofrequency ablation", "being evaluated for genicular RFA",
    "to assess suitability for radiofrequency ablation", "assessing eligibility for an ablation",
    pytest.param("work-up for RFA", id="guard-workup-read-before"),
    pytest.param("as a candidate for genicular RFA", id="guard-candidate-read-before"),
])
def test_the_procedure_a_block_evaluates_for_is_not_done(purpose: str) -> None:
    text = ("PHYSICIAN: Right genicular nerve block (superomedial, superolateral, inferomedial), diagnostic, "
            "ultrasound guidance.\n"
            f"Right knee pain for 4 years despite PT and NSAIDs; {purpose}. Time-out done. 2 mL of 0.5% ropivacaine "
            "was injected at each nerve.\n")
    assert _procs(text) == [("genicular_nerve_block", "right", [])]


def test_guard_an_ablation_after_prior_to_rfa_stays_todays() -> None:
    text = ("PROCEDURE: Right L4-5 and L5-S1 facet radiofrequency ablation under fluoroscopy.\n"
            "Prior to RFA, sensory testing at 50 Hz was concordant and motor testing negative; lesions 80 C x 90 s.\n")
    assert [p[0] for p in _procs(text)] == ["facet_rfa"]


# --- earlier blocks' relief listed with their drug and date is no strength of a drug given today ------------------

@pytest.mark.parametrize("history", [
    "Dx MBBs: 90% (lido, 3/10/26), 80% (bupi, 3/31/26).",
    "Prior blocks: 85% (lidocaine, 2026-02-03); 80% (bupivacaine, 2026-02-24).",
    "MBB results 90% (lido x 3 h) and 80% (bupi x 6 h).",
])
def test_earlier_blocks_relief_with_drug_and_date_gives_no_drug(history: str) -> None:
    text = ("R L5-S1 facet RFA (R L4 MB + L5 DR) - fluoro\n" + history + "\n"
            "Consent signed. 1% lido 2 mL/site x2. 18 g RF cannulas along R L4 MB + R L5 DR. Lesions 80 C x 90 s x2.\n")
    assert _drugs(text) == [("lidocaine", 40.0)]


def test_guard_a_strength_with_its_volume_in_brackets_stays_a_strength() -> None:
    text = ("PROCEDURE: Left knee injection.\n"
            "Injected 1% lidocaine (2 mL) and triamcinolone 40 mg into the joint.\n")
    assert _drugs(text) == [("lidocaine", 20.0), ("triamcinolone_acetonide", 40.0)]


# --- a speech recogniser splits a contrast brand ('Omni paque 240', 'Iso vue M 300') ------------------------------

@pytest.mark.parametrize("agent, code", [
    ("Omni paque 240", "Q9966 x2"),
    ("omni-paque 300", "Q9967 x2"),
    ("Iso vue M 200", "Q9966 x2"),
    ("Isovue M 300", "Q9967 x2"),
])
def test_a_split_contrast_brand_is_the_contrast_with_its_strength(agent: str, code: str) -> None:
    text = ("ganglion impar block under fluoroscopy\n\n"
            "procedure consent signed. prone. a 22 gauge needle was passed through the sacrococcygeal junction. "
            f"{agent} 2 mL showed spread anterior to the coccyx. 3 mL of 0.5 percent bupivacaine was injected.\n")
    assert [c for c in _codes(text) if c.startswith("Q99")] == [code]
