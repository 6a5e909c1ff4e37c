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


def _code_lines(text: str, payer: str = "medicare") -> list[tuple[str, list[str], int]]:
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
    "right transforaminal epidural steroid injection at the left comma excuse me comma the right L four five foramen",
])
def test_a_retracted_side_names_nothing(text: str) -> None:
    assert _levels(text) == [("transforaminal_epidural", "right", ["L4-L5"])]


@pytest.mark.parametrize("text, family", [
    ("Right transforaminal epidural steroid injection at L4-5, correction, L5-S1.", "transforaminal_epidural"),
    ("right transforaminal epidural steroid injection at L four five comma I mean L five S one period",
     "transforaminal_epidural"),
    ("Interlaminar epidural steroid injection at L4-5 (correction: L5-S1).", "interlaminar_epidural"),
])
def test_a_retracted_level_names_nothing(text: str, family: str) -> None:
    assert [(p.family, [lv.name for lv in p.levels]) for p in extract(text).procedures] == [(family, ["L5-S1"])]


@pytest.mark.parametrize("text", [
    "Transforaminal epidural steroid injection at the left, not the right, L4-5 foramen.",
    "Transforaminal epidural steroid injection at the left rather than the right L4-5 foramen.",
])
def test_guard_a_side_kept_against_another_stays(text: str) -> None:
    assert _levels(text)[0][1] == "left"


def test_spoken_comma_joins_a_level_list() -> None:
    text = "left L three comma L four and L five medial branch blocks period"
    facts = extract(text).procedures
    assert [n.name for n in facts[0].nerves] == ["L3 medial branch", "L4 medial branch", "L5 medial branch"]
    assert _levels(text) == [("facet_injection", "left", ["L4-L5", "L5-S1"])]


# --- joints named after a nerve head: the joints, not the nerves -------------------------------------------

@pytest.mark.parametrize("text", [
    "Right T7-T8 and T8-T9 medial branch blocks. Needles were placed at the medial branches of the T7-T8 and T8-T9 "
    "facet joints.",
    "Right thoracic medial branch blocks. The dorsal rami at the T7-8 and T8-9 zygapophyseal joints were blocked.",
])
def test_nerve_head_before_joints_names_the_joints(text: str) -> None:
    procs = extract(text).procedures
    assert [[lv.name for lv in p.levels] for p in procs] == [["T7-T8", "T8-T9"]]
    assert [n.name for n in procs[0].nerves] == []


def test_guard_nerve_head_before_a_level_list_still_names_nerves() -> None:
    text = "Right lumbar medial branch blocks. The medial branches at L3, L4 and L5 were blocked."
    assert [n.name for n in extract(text).procedures[0].nerves] == [
        "L3 medial branch", "L4 medial branch", "L5 medial branch"]


def test_thoracic_mbb_of_two_named_joints_bills_two_joints() -> None:
    text = ("PROCEDURE: Diagnostic medial branch blocks for the right T7-T8 and T8-T9 facet joints under fluoroscopy.\n"
            "Under AP fluoroscopy the transverse processes serving the medial branches of the T7-T8 and T8-T9 facet "
            "joints were marked and 0.5 mL of 0.5% ropivacaine was injected at each of the three target points.")
    assert [line[0] for line in _code_lines(text)] == ["64490", "64491"]


# --- SCS leads: the count before a long device name ------------------------------------------------------

@pytest.mark.parametrize("text, units", [
    ("PROCEDURE: Percutaneous placement of two eight-contact epidural spinal cord stimulator trial leads under "
     "fluoroscopy.", 2),
    ("Spinal cord stimulator trial: 2 SCS leads were placed under fluoroscopy.", 2),
    ("Spinal cord stimulator trial: two 16-contact stimulator electrodes were placed under fluoroscopy.", 2),
    ("PROCEDURE: Spinal cord stimulator trial under fluoroscopy.\nThe first lead was advanced to the top of T8. A "
     "second lead was then advanced to the middle of T8.", 2),
])
def test_lead_count_before_stimulator_words(text: str, units: int) -> None:
    assert _code_lines(text)[0] == ("63650", [], units)


# --- a procedure named as the one not chosen -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Procedure: Right L4-5 and L5-S1 facet joint injection, intra-articular, therapeutic.\n"
    "HPI: R low back pain x 3 yrs, failed PT and\nNSAIDs. Prefers steroid injection to RFA.",
    "Procedure: Right L4-5 and L5-S1 facet joint injection, intra-articular, therapeutic.\n"
    "HPI: R low back pain x 3 yrs, failed PT and\nNSAIDs. She chose a steroid injection rather than RFA.",
    "Procedure: Right L4-5 and L5-S1 facet joint injection, intra-articular, therapeutic, instead of RFA.",
])
def test_a_procedure_not_chosen_is_not_performed(text: str) -> None:
    assert _levels(text) == [("facet_injection", "right", ["L4-L5", "L5-S1"])]


# --- a specific target after a generic procedure noun ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Procedure: Large joint injection - knee\nSide: Right\nKenalog 40 mg injected under ultrasound.",
    "Procedure: Major joint injection: shoulder\nSide: Left\nKenalog 40 mg injected under ultrasound.",
])
def test_generic_joint_injection_then_its_joint(text: str) -> None:
    assert [p.target for p in extract(text).procedures] == [text.split("\n")[0].rsplit(" ", 1)[1]]


# --- a hyphen between a level's letter and its number ----------------------------------------------------

@pytest.mark.parametrize("text, levels", [
    ("Right L-5/S-1 transforaminal epidural steroid injection.", ["L5-S1"]),
    ("Right L-4-5 transforaminal epidural steroid injection.", ["L4-L5"]),
    ("Bilateral C-5 C-6 and C-6 C-7 facet joint injections.", ["C5-C6", "C6-C7"]),
])
def test_hyphen_after_the_level_letter(text: str, levels: list[str]) -> None:
    assert [lv.name for lv in extract(text).procedures[0].levels] == levels


def test_guard_letter_hyphen_words_are_no_levels() -> None:
    text = "C-section in 2010. Right L4-5 TFESI. DEXA T-score -2.5."
    assert _levels(text) == [("transforaminal_epidural", "right", ["L4-L5"])]
