"""Round 7c (P7c: procedures and drugs): wording families found by dev_fresh_ao/ap/aq after their first reading, and
the round-7b open items, as fictional snippets written for these tests (not sentences of the notes).

Every case gives the exact facts or code lines the reader must return and failed before its change; the guards
(named so) pin readings the change must keep.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nlp import extract


def _code_lines(text: str, payer: str = "medicare") -> list[tuple[str, list[str], int]]:
    from api.pipeline import analyze_text

    result = analyze_text(text, payer=payer, date_of_service=dt.date(2026, 3, 1), place_of_service="11")
    return [(x.code, list(x.modifiers), x.units) for x in result.codes]


def _drugs(text: str) -> list[tuple[str, float | None]]:
    """(generic, total dose) of each drug read, in order."""
    return [(d.generic, d.dose) for d in extract(text).drugs]


# --- a pump refill named by device shorthand, or told only as the reservoir filled ---------------------------------

@pytest.mark.parametrize("title", [
    "ITP refill",
    "IDDS refill today.",
    "TDD refill",
    "Refill of the ITP.",
    "Intrathecal pump: reservoir was refilled with 20 mL of morphine 20 mg/mL.",
    "Pump visit. We refilled the reservoir with 20 mL of morphine 20 mg/mL.",
])
def test_pump_refill_by_shorthand_or_reservoir_fill(title: str) -> None:
    text = (f"{title}\nDx: failed back surgery syndrome (M96.1) on intrathecal morphine.\n"
            "Huber needle into the port; residual withdrawn. Reservoir filled with 20 mL of morphine 20 mg/mL.\n")
    assert [p.family for p in extract(text).procedures] == ["pump_refill"]
    assert [c for c, _, _ in _code_lines(text)] == ["95991"]


def test_guard_immune_thrombocytopenia_is_no_pump() -> None:
    text = "History: ITP, platelets 140 today.\nProcedure: Right L5-S1 TFESI under fluoroscopy.\n"
    assert [p.family for p in extract(text).procedures] == ["transforaminal_epidural"]


# --- the intent on a line of its own under the procedure (indented, bulleted) -------------------------------------

@pytest.mark.parametrize("intent_line", ["\tDiagnostic", "   Diagnostic", "  - Diagnostic", "\u2022 Diagnostic"])
def test_intent_on_its_own_indented_line(intent_line: str) -> None:
    text = ("Procedure\n\tRight lumbar medial branch blocks - L3, L4 and L5 (L4-5 and L5-S1 facet joints)\n"
            f"{intent_line}\n\nDx\n   Lumbar spondylosis (M47.816)\n")
    assert [p.intent for p in extract(text).procedures] == ["diagnostic"]


# --- a padded field: a run of spaces before the separator ('Consent   -   signed') --------------------------------

def test_padded_separator_opens_its_field_and_ends_the_indication() -> None:
    text = ("LEFT STELLATE GANGLION BLOCK\n   ultrasound guided\n\nIndication :\n      burning pain of the left hand"
            " for six months\n\nConsent   -   signed\nTime-out   -   done\n\nProbe at C6. 25 g needle anterior to the"
            " longus colli.\nStill image of the needle position recorded.\n0.5% ropivacaine   6 mL   in divided doses."
            "\nComplications   -   none\n")
    facts = extract(text)
    assert _drugs(text) == [("ropivacaine", 30.0)]
    assert facts.procedures[0].imaging is not None and facts.procedures[0].imaging.saved_images is True
    assert [c for c, _, _ in _code_lines(text)] == ["64510", "76942"]


# --- an ablation note's field for the blocks that qualified it: their drugs were given then ----------------------

@pytest.mark.parametrize("label", ["Diagnostic Blocks", "Prior blocks", "Block results", "Prior MBBs"])
def test_qualifying_blocks_field_holds_no_drug_of_today(label: str) -> None:
    text = ("Procedure: Left L4-L5 and L5-S1 radiofrequency neurotomy (L3, L4 medial branches; L5 dorsal ramus)\n"
            f"{label}: two comparative blocks - 90% (lidocaine) and 85% (bupivacaine) relief\n"
            "Local Anesthetic: 1% lidocaine, 1 mL at each of the three sites\n")
    assert _drugs(text) == [("lidocaine", 30.0)]


# --- the lesser occipital nerve beside the greater: its own code line ---------------------------------------------

@pytest.mark.parametrize("title", [
    "Right GON and LON blocks",
    "R greater/lesser occipital nerve block",
    "Right greater and lesser ONB",
    "Right GON/LON blocks",
    "Right greater + lesser occipital nerve blocks",
    "Right occipital nerve blocks (greater and lesser)",
])
def test_greater_and_lesser_occipital_blocks(title: str) -> None:
    text = (f"Procedure: {title}.\nDiagnosis: occipital neuralgia (M54.81).\n"
            "2 mL of 0.25% bupivacaine was injected at each nerve. Complications: none.\n")
    assert _code_lines(text) == [("64405", ["RT"], 1), ("64450", ["RT"], 1)]


def test_guard_a_greater_occipital_block_alone() -> None:
    text = "Procedure: Right greater occipital nerve block.\n2 mL of 0.25% bupivacaine injected. Complications: none.\n"
    assert _code_lines(text) == [("64405", ["RT"], 1)]


# --- a copied-forward refill line is the earlier visit's dose ----------------------------------------------------

@pytest.mark.parametrize("copied", [
    '[Copied from 2026-07-20: "Morphine 20 mg/mL, 18 mL placed, daily dose 2.0 mg."]',
    "Copied from 07/20/2026 - morphine 20 mg/mL, 18 mL placed.",
    "(copied from the last refill: morphine 20 mg/mL, 18 mL placed)",
])
def test_copied_forward_refill_line_is_not_todays_dose(copied: str) -> None:
    text = (f"Intrathecal pump refill\n{copied}\nDx: chronic pain syndrome (G89.4).\nI refilled the reservoir with "
            "morphine 25 mg/mL, 20 mL, through a 22 g Huber needle.\n")
    assert _drugs(text) == [("morphine", 500.0)]


# --- a midline plexus reached from both sides: 'through each needle' is two sites -------------------------------

def test_each_needle_of_a_bilateral_approach_to_a_midline_plexus() -> None:
    text = ("PROCEDURE: Celiac plexus block, bilateral posterior retrocrural approach, fluoroscopic guidance.\n"
            "Needles were advanced from each side to the L1 body. 10 mL of 0.25% bupivacaine was injected through "
            "each needle.\n")
    assert _drugs(text) == [("bupivacaine", 50.0)]


def test_guard_a_midline_plexus_from_one_side_is_one_site() -> None:
    text = ("PROCEDURE: Superior hypogastric plexus block, fluoroscopic guidance.\n"
            "One needle to the L5-S1 disc. 8 mL of 0.25% bupivacaine was injected through the needle.\n")
    assert _drugs(text) == [("bupivacaine", 20.0)]


# --- a bare letter as a side label over that side's amount -------------------------------------------------------

@pytest.mark.parametrize("lines, side", [
    ("R: 2 mL of 0.5% bupivacaine\nL: 2 mL of 0.5% bupivacaine\n", "bilateral"),
    ("R - 1.5 cc of 0.5% bupivacaine\n", "right"),
    ("L: 2 mL 0.25% bupivacaine with dexamethasone 4 mg\n", "left"),
])
def test_bare_letter_side_label_over_a_dose(lines: str, side: str) -> None:
    text = f"Procedure: Greater occipital nerve blocks.\nDiagnosis: occipital neuralgia (M54.81).\n{lines}"
    assert [p.laterality for p in extract(text).procedures] == [side]


def test_guard_a_respiratory_rate_is_no_side() -> None:
    text = ("Procedure: Right greater occipital nerve block.\n2 mL of 0.5% bupivacaine.\n"
            "Vitals: HR 72, R: 16, L: 3\nComplications: none.\n")
    assert [p.laterality for p in extract(text).procedures] == ["right"]
