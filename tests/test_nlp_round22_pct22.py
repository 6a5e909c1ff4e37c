"""Round 22 (pct22): a local anaesthetic's one-digit strength written right after its name in a body sentence ('1 mL
lidocaine 2%', 'Xylocaine 1%', 'ropivacaine 2 %', 'Lidocaine (2%)') is no relief percent of an earlier procedure: it
dropped the procedure named in the same sentence, so the note billed nothing. Guards: a two-digit relief after a drug's
block ('a ... lidocaine block gave 80% relief') still marks its sentence as history, and a one-sided extra nerve of a
bilateral block ('then 1 mL lidocaine 2% more to the left lesser occipital nerve'), now read, does not multiply the
'each side' amounts. Each case states the whole code-line set and finding elements. New wordings, fictional."""
from __future__ import annotations

import datetime as dt

import pytest

from _snippet import whole
from api.pipeline import analyze_text
from nlp import extract


def _whole(text: str) -> tuple[list[tuple[str, list[str], int]], set[str]]:
    return whole(analyze_text(text, payer="medicare", date_of_service=dt.date(2025, 6, 10), place_of_service="11"))


_PAIN = {"post_procedure_pain_score", "pre_procedure_pain_score", "indication", "diagnosis"}

_STRENGTH_AFTER_NAME = [
    # generic anaesthetic, strength with no space, genicular family
    ("Consent signed. Time-out held.\nRight knee genicular nerve block under fluoroscopy, 1 mL lidocaine 2% at each of "
     "the three nerves.\nNo complications.", [("64454", ["RT"], 1)], _PAIN | {"laterality"}),
    # brand name, occipital family, with a steroid after it
    ("Consent signed. Time-out held.\nLeft greater occipital nerve block, landmark technique, 3 mL Xylocaine 1% with 20 "
     "mg triamcinolone.\nNo complications.", [("64405", ["LT"], 1), ("J3301", [], 2)], _PAIN),
    # a space before '%', SI joint family, bilateral
    ("Consent signed. Time-out held.\nBilateral sacroiliac joint injections under fluoroscopy, each joint 1 mL "
     "ropivacaine 2 % plus 20 mg Kenalog.\nNo complications.", [("27096", ["50"], 1), ("J3301", [], 4)],
     _PAIN | {"approach", "saved_images", "symptom_duration", "conservative_care", "contrast", "percent_relief"}),
    # the strength in brackets after the name
    ("Consent signed. Time-out held.\nLeft knee genicular nerve block under fluoroscopy with Lidocaine (2%) 1 mL at each "
     "nerve.\nNo complications.", [("64454", ["LT"], 1)], _PAIN | {"laterality"}),
]


@pytest.mark.parametrize(("text", "lines", "elements"), _STRENGTH_AFTER_NAME)
def test_strength_after_the_anaesthetic_is_no_relief_percent(text: str, lines: list, elements: set) -> None:
    assert _whole(text) == (lines, elements)


def test_guard_relief_after_a_drug_block_is_history() -> None:
    text = ("History: a right L5 medial branch lidocaine block gave 80% relief for six hours.\nConsent signed. Time-out "
            "held.\nRight L4-5 and L5-S1 facet radiofrequency ablation under fluoroscopy, L3 and L4 medial branches and "
            "L5 dorsal ramus lesioned at 80 C for 90 s.\nNo complications.")
    assert _whole(text) == ([("64635", ["RT"], 1), ("64636", ["RT"], 1)],
                            {"post_procedure_pain_score", "symptom_duration", "diagnosis", "conservative_care",
                             "pre_procedure_pain_score", "diagnostic_block_relief", "functional_impairment"})


def test_guard_one_sided_extra_nerve_keeps_each_side_amounts() -> None:
    text = ("Bilateral greater occipital nerve blocks, landmark technique.\nConsent signed. Time-out done.\nEach side "
            "received 1.5 mL of 2% lidocaine with 0.5 mL dexamethasone 10 mg/mL (5 mg); then 1 mL lidocaine 2% more to "
            "the left lesser occipital nerve.\nNo complications.\n")
    doses = {d.generic: (d.dose, d.dose_unit) for d in extract(text).drugs}
    assert doses == {"lidocaine": (80.0, "mg"), "dexamethasone_sodium_phosphate": (10.0, "mg")}
