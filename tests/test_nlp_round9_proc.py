"""Post-check fixes of `dev_fresh_ay` (round 9, PROC P9): a SmartText template's filled bracket VALUES
('Guidance: [fluoroscopy]', 'SIDE: [RIGHT]') are selections, not placeholders; two sides written as a sequence
('SIDES: L, then R', 'repeated in the opposite joint') are one bilateral procedure; a sedation justification's past
abandoned attempt is history, not today's reduced service.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact facts
or code lines the reader must return; each failed before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api.pipeline import analyze_text
from nlp import extract

_DOS = dt.date(2026, 6, 1)


def _procs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.family, p.laterality, p.imaging.modality if p.imaging else None) for p in extract(text).procedures]


def _codes(text: str, pos: str = "11") -> list[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service=pos)
    return sorted(f"{c.code}{''.join('-' + m for m in sorted(c.modifiers))} x{c.units}" for c in r.codes)


# --- a filled SmartList value in brackets -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Procedure: [Lumbar interlaminar epidural steroid injection]\nLevel: [L4-L5]   Guidance: [fluoroscopy]\n",
    "Lumbar interlaminar epidural steroid injection at L4-5 under [fluoroscopic] guidance.\n",
    "PROCEDURE: [LUMBAR INTERLAMINAR ESI]   LEVEL: [L4-5]   GUIDANCE: [FLUORO]\n",
    "Procedure: Lumbar interlaminar ESI L4-5.  Imaging: [fluoroscopic guidance]\n",
])
def test_a_filled_bracket_value_is_the_guidance(text: str) -> None:
    assert _procs(text) == [("interlaminar_epidural", None, "fluoroscopy")]


def test_a_filled_bracket_side_is_the_side() -> None:
    text = "Procedure: [Transforaminal epidural steroid injection]  Side: [left]  Level: [L5-S1]  Guidance: [fluoro]\n"
    assert _procs(text) == [("transforaminal_epidural", "left", "fluoroscopy")]


def test_a_filled_bracket_guidance_gives_the_imaging_inclusive_code() -> None:
    text = ("Procedure: [Thoracic interlaminar epidural steroid injection]\n"
            "Level: [T8-T9]   Approach: [paramedian]   Guidance: [fluoroscopy]\n"
            "Depo-Medrol 80 mg injected after loss of resistance. Complications: [none]\n")
    assert _codes(text, pos="22") == ["62321 x1"]


@pytest.mark.parametrize("text", [
    "Procedure: Lumbar interlaminar ESI L4-5.  Guidance: [blank]\n",
    "Procedure: Lumbar interlaminar ESI L4-5.  Guidance: [***]\n",
    "Procedure: Lumbar interlaminar ESI L4-5.  Guidance: [guidance]\n",
])
def test_guard_a_bracketed_field_name_or_stars_stays_a_placeholder(text: str) -> None:
    assert _procs(text) == [("interlaminar_epidural", None, None)]


def test_guard_a_bracketed_side_choice_list_gives_no_side() -> None:
    text = "Procedure: [left/right] L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
    assert _procs(text) == [("transforaminal_epidural", None, "fluoroscopy")]


# --- two sides written as a sequence --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "PROCEDURE: SI joint injection      SIDES: L, then R\nGUIDANCE: fluoroscopy\n",
    "Procedure: sacroiliac joint injection   Side(s): R, L\nGuidance: fluoroscopy\n",
    "SI joint injection R then L under fluoroscopy, 1 mL Kenalog 40 mg/mL each.\n",
    "Procedure: sacroiliac joint injection, L followed by R, fluoroscopy.\n",
])
def test_two_side_letters_in_sequence_are_bilateral(text: str) -> None:
    assert _procs(text) == [("si_joint_injection", "bilateral", "fluoroscopy")]


def test_a_sides_field_with_one_letter_is_that_side() -> None:
    assert _procs("PROCEDURE: SI joint injection      SIDES: L\nGUIDANCE: fluoroscopy\n") == \
        [("si_joint_injection", "left", "fluoroscopy")]


@pytest.mark.parametrize("text", [
    "Left SI joint injection: 22 g needle under fluoroscopy, 2 mL 0.5% bupivacaine. Same technique repeated in the opposite joint.\n",
    "Left sacroiliac joint injection under fluoroscopy; the procedure was then performed on the contralateral joint.\n",
    "Left SIJ injection under fluoroscopy. Then done identically on the opposite SI joint.\n",
])
def test_a_repeat_in_the_opposite_joint_is_bilateral(text: str) -> None:
    assert _procs(text) == [("si_joint_injection", "bilateral", "fluoroscopy")]


def test_a_sequence_side_field_with_a_repeat_codes_one_bilateral_line() -> None:
    text = ("PROCEDURE: SI joint injection, diagnostic   SIDES: R, then L\nGUIDANCE: fluoroscopy with contrast\n"
            "Right joint: 22 g needle, 2 mL 0.5% bupivacaine. Same technique repeated in the opposite joint.\n")
    assert _codes(text) == ["27096-50 x1"]


def test_guard_two_items_of_a_list_keep_their_own_sides() -> None:
    text = "1) SIJI, R, fluoro\n2) L hip IA, landmark\n"
    assert [(f, s) for f, s, _ in _procs(text)] == [("si_joint_injection", "right"), ("joint_injection", "left")]


def test_guard_the_other_facet_joint_is_another_level_not_the_other_side() -> None:
    text = "Left L4-5 facet joint injection under fluoroscopy; the same technique repeated at the other joint (L5-S1).\n"
    assert _procs(text) == [("facet_injection", "left", "fluoroscopy")]


# --- an earlier attempt given up is history, not today's reduced service --------------------------------------------

_TFESI = "Right L4-5 transforaminal epidural steroid injection under fluoroscopy. Dexamethasone 10 mg injected.\n"


@pytest.mark.parametrize("history", [
    "Sedation justification: severe needle anxiety; a previous attempt without sedation was abandoned.\n",
    "IV sedation was used because the last injection was aborted after a vasovagal faint.\n",
    "An ESI was discontinued at an outside clinic in 2024 because she could not lie still.\n",
    "Reason for sedation: procedure aborted 3 months ago for uncontrolled anxiety.\n",
])
def test_an_earlier_attempt_given_up_adds_no_52(history: str) -> None:
    assert _codes(_TFESI + history) == ["64483-RT x1", "J1100 x10"]


@pytest.mark.parametrize("today", [
    "The procedure was aborted after the patient became hypotensive.\n",
    "Unable to complete the procedure: she could not tolerate lying prone after the first pass.\n",
])
def test_guard_today_given_up_keeps_52(today: str) -> None:
    assert _codes(_TFESI + today) == ["64483-52-RT x1", "J1100 x10"]
