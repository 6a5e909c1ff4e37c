"""Round 19 (issue 3, gap19): reader gaps left open at the end of the fourteenth session, each fixed as a wording
family, as fictional snippets written for these tests (never a corpus sentence). Each case gives exact values and
failed before its change; the guards (named so) pin readings the change must keep.

1. An order or booking field naming the joints asked for ('Levels requested ..... L2-L3, L3-L4', 'Scheduled levels:',
   'Facet joints ordered') over the nerves actually blocked (a list of nerve rows with their drug, or 'We blocked the
   ... medial branches ..., covering the L4-5 and L5-S1 facet joints'): the blocked nerves' joints are the levels and
   the order field is a differing header mention (laterality_conflict), as fcz-h-mbb-01.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)


def _result(text: str, dos: dt.date = DOS):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service="11", source="r19")


def _lines(text: str, dos: dt.date = DOS) -> list[tuple[str, list[str], int]]:
    """The code lines billed for `text` in the office under Medicare."""
    return sorted((c.code, sorted(c.modifiers), c.units) for c in _result(text, dos).codes)


def _elements(text: str) -> set[str]:
    return {f.element for f in _result(text).findings}


# --- 1. an order field's joints against the nerves blocked --------------------------------------------------------------

_ORDER_ROWS = ("LUMBAR FACET BLOCK (MEDIAL BRANCHES)\nSide ............ Right\nLevels requested ........ L2-L3, L3-L4\n"
               "Intent: diagnostic\nGuidance: fluoroscopy\nConsent: signed. Time-out: done.\n\nNerves anesthetized\n"
               "  right L3 medial branch ..... bupivacaine 0.5%, 0.5 mL\n"
               "  right L4 medial branch ..... bupivacaine 0.5%, 0.5 mL\n"
               "  right L5 dorsal ramus ...... bupivacaine 0.5%, 0.5 mL\n\nComplications: none\n")
_ORDER_PROSE = ("Lumbar medial branch block\nScheduled levels: L3-4 and L4-5\nLaterality: left\nIntent: diagnostic\n"
                "Consent obtained; time-out performed. Fluoroscopic guidance.\n"
                "We blocked the left L3 and L4 medial branches and the left L5 dorsal ramus with 0.5 mL of 2% lidocaine "
                "each, covering the L4-5 and L5-S1 facet joints.\nNo complications.\n")
_ORDER_AGREES = ("Lumbar medial branch block\nLevels ordered: L4-5, L5-S1\nLaterality: left\nIntent: diagnostic\n"
                 "Consent obtained; time-out performed. Fluoroscopic guidance.\n"
                 "Needles were placed at the left L3 and L4 medial branches and the left L5 dorsal ramus; 0.5 mL of 2% "
                 "lidocaine at each.\nNo complications.\n")


@pytest.mark.parametrize("text, side, header", [
    (_ORDER_ROWS, "RT", "L2-L3, L3-L4"),
    (_ORDER_PROSE, "LT", "L3-L4, L4-L5"),
])
def test_order_field_gives_way_to_the_blocked_nerves(text: str, side: str, header: str) -> None:
    proc = extract(text).procedures[0]
    assert [lv.name for lv in proc.levels] == ["L4-L5", "L5-S1"]
    assert [(m.source, m.value) for m in proc.level_mentions] == [("header", header), ("body", "L4-L5, L5-S1")]
    assert _lines(text) == [("64493", ["KX", side], 1), ("64494", ["KX", side], 1)]
    assert "laterality_conflict" in _elements(text)


def test_guard_order_field_that_matches_the_nerves_raises_no_conflict() -> None:
    proc = extract(_ORDER_AGREES).procedures[0]
    assert [lv.name for lv in proc.levels] == ["L4-L5", "L5-S1"]
    assert [(m.source, m.value) for m in proc.level_mentions] == [("header", "L4-L5, L5-S1")]
    assert _lines(_ORDER_AGREES) == [("64493", ["KX", "LT"], 1), ("64494", ["KX", "LT"], 1)]
    assert "laterality_conflict" not in _elements(_ORDER_AGREES)
