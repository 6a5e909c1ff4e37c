"""Intercostal blocks at more than one level (kb22): 64420 for the first level, add-on +64421 for each further one.

Since the CPT 2020 somatic nerve revision the single-level intercostal code takes one unit and every further level is
the add-on 64421 (the coding reference lists 64421 among the bilateral add-on codes). Sides follow the gold
convention for bilateral BI-1 codes (corpora/README): one line with 50, add-ons also 50 with their normal units;
RT/LT when one side; a level done on one side only is its own add-on line with that side. Facts are fictional;
Medicare, office, DOS 2025-05-12 unless a case says otherwise.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from _snippet import code_lines, finding_elements
from api.pipeline import analyze_text
from coding.engine import propose
from coding.facts import NoteFacts
from coding.knowledge import load_kb

DOS = dt.date(2025, 5, 12)


def _block(*levels: str, side: str | None = None, **extra: Any) -> dict[str, Any]:
    """An intercostal block; each level 'T7' or 'T7@left' (a side of its own)."""
    out: dict[str, Any] = {"family": "peripheral_nerve_block", "target": "intercostal", "region": "thoracic",
                           "levels": []}
    for spec in levels:
        name, _, own_side = spec.partition("@")
        out["levels"].append({"name": name, "kind": "root", **({"side": own_side} if own_side else {})})
    if side:
        out["laterality"] = side
    out.update(extra)
    return out


def _lines(*procedures: dict[str, Any], dos: dt.date = DOS, pos: str = "11") -> list[tuple[str, list[str], int]]:
    facts = NoteFacts.model_validate({"encounter": {"place_of_service": pos}, "procedures": list(procedures)})
    return code_lines(propose(facts, payer="medicare", date_of_service=dos))


CASES = [
    # one side: the first level is 64420 once, each further level one unit of 64421 on the same side
    ("left, one level", [_block("T9", side="left")], [("64420", ["LT"], 1)]),
    ("left, two levels", [_block("T9", "T10", side="left")], [("64420", ["LT"], 1), ("64421", ["LT"], 1)]),
    ("left, three levels", [_block("T6", "T7", "T8", side="left")], [("64420", ["LT"], 1), ("64421", ["LT"], 2)]),
    ("right, three levels named out of order", [_block("T11", "T9", "T10", side="right")],
     [("64420", ["RT"], 1), ("64421", ["RT"], 2)]),
    ("right, the same level written twice counts once", [_block("T5", "T5", "T6", side="right")],
     [("64420", ["RT"], 1), ("64421", ["RT"], 1)]),
    # both sides: one 50 line for the first level, the add-on also with 50 and one unit per further level
    ("both sides, one level", [_block("T7", side="bilateral")], [("64420", ["50"], 1)]),
    ("both sides, two levels", [_block("T7", "T8", side="bilateral")], [("64420", ["50"], 1), ("64421", ["50"], 1)]),
    ("both sides, three levels", [_block("T4", "T5", "T6", side="bilateral")],
     [("64420", ["50"], 1), ("64421", ["50"], 2)]),
    # a level on one side only: the shared level is the bilateral primary, the extra one an add-on with its side
    ("right T8 and T9, left T9", [_block("T8@right", "T9@right", "T9@left")],
     [("64420", ["50"], 1), ("64421", ["RT"], 1)]),
    # no level named: one level (the block itself)
    ("no level named", [_block(side="right")], [("64420", ["RT"], 1)]),
    # separately reported guidance is unchanged: one 77002 however many levels
    ("fluoroscopy, two levels", [_block("T10", "T11", side="left", imaging={"modality": "fluoroscopy"})],
     [("64420", ["LT"], 1), ("64421", ["LT"], 1), ("77002", [], 1)]),
    # another nerve beside the intercostal levels keeps its own code and unit
    ("suprascapular beside two intercostal levels",
     [_block("T3", "T4", side="right", nerves=[{"name": "suprascapular nerve"}])],
     [("64418", ["RT"], 1), ("64420", ["RT"], 1), ("64421", ["RT"], 1)]),
]


@pytest.mark.parametrize("procedures, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_intercostal_levels(procedures: list[dict[str, Any]], expected: list[tuple[str, list[str], int]]) -> None:
    assert _lines(*procedures) == sorted(expected)


def test_addon_before_2020_is_not_proposed() -> None:
    """Before 2020 64421 was no add-on: it is not valid then, so only the first level's line stays."""
    assert _lines(_block("T6", "T7", side="left"), dos=dt.date(2019, 6, 3)) == [("64420", ["LT"], 1)]


def test_kb_entry() -> None:
    kb = load_kb()
    addon, primary = kb.codes.codes["64421"], kb.codes.codes["64420"]
    assert addon.addon and addon.primaries == ["64420"] and addon.global_days == "ZZZ"
    assert addon.bilateral is not None and primary.bilateral is not None
    assert addon.bilateral.indicator == primary.bilateral.indicator == 1
    assert addon.effective.from_ == dt.date(2020, 1, 1) and addon.effective.to is None
    row = next(r for r in kb.codes.families["peripheral_nerve_block"].rows if r.id == "peripheral.intercostal")
    assert (row.code, row.units, [(a.code, a.from_item, a.to_item, a.units) for a in row.addons]) == (
        "64420", "one", [("64421", 2, None, "each")])


# --- the whole pipeline --------------------------------------------------------------------------------------------

_ONE_LEVEL = (
    "Procedure: left T10 intercostal nerve block.\n"
    "Indication: intercostal neuralgia of the left lower chest wall after a rib fracture.\n"
    "Consent signed after risks were discussed. Time-out done.\n"
    "Under fluoroscopy a 25 gauge needle was walked off the inferior edge of the left tenth rib; after negative "
    "aspiration 3 mL of 0.5% bupivacaine was injected.\n"
    "No complications. Pain 6/10 before and 2/10 after."
)


def test_pipeline_one_level_is_one_line_of_64420() -> None:
    result = analyze_text(_ONE_LEVEL, payer="medicare", date_of_service=DOS, place_of_service="22")
    assert code_lines(result) == [("64420", ["LT"], 1), ("77002", ["26"], 1)]
    assert "64421" not in {c.code for c in result.codes}
    assert finding_elements(result, ("error", "warning")) == set()


_LEVELS = [
    ("Procedure: right T7, T8 and T9 intercostal nerve blocks.\nUnder fluoroscopy 2 mL of 0.25% bupivacaine was placed "
     "below each of the three ribs.", [("64420", ["RT"], 1), ("64421", ["RT"], 2), ("77002", ["26"], 1)]),
    ("Bilateral intercostal nerve blocks at T8 and T9 under fluoroscopy, 2 mL 0.5% ropivacaine at each nerve.",
     [("64420", ["50"], 1), ("64421", ["50"], 1), ("77002", ["26"], 1)]),
]


@pytest.mark.parametrize("text, expected", _LEVELS, ids=["right three levels", "both sides two levels"])
def test_pipeline_several_levels(text: str, expected: list[tuple[str, list[str], int]]) -> None:
    """The reader puts an intercostal block's levels on Procedure.levels (round 22, fam22)."""
    result = analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service="22")
    assert code_lines(result) == sorted(expected)
