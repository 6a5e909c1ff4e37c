"""Level, side, family and code wordings found by `dev_fresh_v/w/x` after their first (untuned) reading
(round 5b, PROC-CODE).

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts or code lines the reader must return; each failed on the reader before the change it tests, except the
guards (named so) that pin what the new rules must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nlp import extract


def _levels(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures]


def _code_lines(text: str, payer: str | None = None) -> list[tuple[str, list[str], int]]:
    from api.pipeline import analyze_text

    result = analyze_text(text, payer=payer, date_of_service=dt.date(2026, 3, 1), place_of_service="11")
    return [(x.code, list(x.modifiers), x.units) for x in result.codes]


# --- dictated levels: numbers spelled after the letter --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("right L four five and L five S one transforaminal epidural steroid injections period",
     [("transforaminal_epidural", "right", ["L4-L5", "L5-S1"])]),
    ("procedure colon cervical interlaminar epidural steroid injection at C six seven period",
     [("interlaminar_epidural", None, ["C6-C7"])]),
    ("interlaminar epidural steroid injection at T twelve L one period",
     [("interlaminar_epidural", None, ["T12-L1"])]),
    ("left L three four and L four five transforaminal epidural steroid injection",
     [("transforaminal_epidural", "left", ["L3-L4", "L4-L5"])]),
    ("lumbar interlaminar epidural steroid injection L four-five period",
     [("interlaminar_epidural", None, ["L4-L5"])]),
])
def test_spelled_numbers_after_a_level_letter_are_levels(text: str, expected: list) -> None:
    assert _levels(text) == expected


def test_spelled_medial_branches_give_their_joints() -> None:
    text = ("bilateral lumbar medial branch blocks period needles were placed at the L three and L four medial "
            "branches and at the L five dorsal ramus on the right and then on the left period")
    assert _levels(text) == [("facet_injection", "bilateral", ["L4-L5", "L5-S1"])]


@pytest.mark.parametrize("text", [
    "Right L4-5 TFESI. it's one of her better days; let's two-step it.",
    "Right L4-5 TFESI. MRI with T two weighted images.",
])
def test_guard_lower_case_or_non_level_words_stay_unread(text: str) -> None:
    assert _levels(text) == [("transforaminal_epidural", "right", ["L4-L5"])]


def test_guard_a_number_word_before_a_unit_is_an_amount_not_a_vertebra() -> None:
    text = "Left transforaminal epidural steroid injection at L three five milliliters of contrast were injected"
    assert _levels(text) == [("transforaminal_epidural", "left", ["L3-L4"])]  # the L3 root, not L3 through L5


# --- a side the writer takes back ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Transforaminal epidural steroid injection: the left, correction, the right L4-5 foramen was targeted.",
    "transforaminal epidural steroid injection colon the left comma correction comma the right L four five "
    "foramen was targeted period",
    "Transforaminal epidural steroid injection at the left (correction: right) L4-5 foramen.",
    "Transforaminal epidural steroid injection at the left, I mean right, L4-5 foramen.",
    "Transforaminal epidural steroid injection at the left -- sorry, the right -- L4-5 foramen.",
])
def test_a_retracted_side_names_nothing(text: str) -> None:
    assert _levels(text) == [("transforaminal_epidural", "right", ["L4-L5"])]


@pytest.mark.parametrize("text", [
    "Transforaminal epidural steroid injection at the left, not the right, L4-5 foramen.",
    "Transforaminal epidural steroid injection at the left rather than the right L4-5 foramen.",
])
def test_guard_a_side_kept_against_another_stays(text: str) -> None:
    assert _levels(text)[0][1] == "left"
