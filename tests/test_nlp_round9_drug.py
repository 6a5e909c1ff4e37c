"""Round 9 (DRUG, D9): dose wordings of the families met in dev_fresh_ay (the seventh session's final check), as
fictional snippets written for these tests.

Every case gives the exact totals the reader must return and failed before its change; the guards (named so) pin
readings the change must keep.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _drugs(text: str) -> list[tuple[str, float | None]]:
    """(generic, total dose) of each drug read, in order."""
    return [(d.generic, d.dose) for d in extract(text).drugs]


_BILAT_TWO_LEVELS = "PROCEDURE: Bilateral L4-5 and L5-S1 transforaminal epidural steroid injection.\n"
_RIGHT_TWO_LEVELS = "PROCEDURE: Right L4-5 and L5-S1 transforaminal epidural steroid injection.\n"


# --- amounts of one site, then "repeated at the remaining level(s) / on the other side": given at every site --------

@pytest.mark.parametrize("text, drugs", [
    (_BILAT_TWO_LEVELS + "The first target was reached; dexamethasone 3 mg with 0.5 mL of 1% lidocaine was given. "
     "Repeated at the remaining level, then on the contralateral side in the same way.",
     [("dexamethasone_sodium_phosphate", 12.0), ("lidocaine", 20.0)]),
    (_BILAT_TWO_LEVELS + "A needle was placed at the right L4-5 foramen and dexamethasone 4 mg was injected. "
     "This was repeated at the other levels on both sides.",
     [("dexamethasone_sodium_phosphate", 16.0)]),
    (_BILAT_TWO_LEVELS + "Needle to the foramen, 1 mL contrast, then Kenalog 20 mg in 1 mL. "
     "The same was done at the remaining sites.",
     [("triamcinolone_acetonide", 80.0)]),
    (_RIGHT_TWO_LEVELS + "Needle to the upper foramen, then dexamethasone 5 mg was injected. "
     "Identical injection at the next level.",
     [("dexamethasone_sodium_phosphate", 10.0)]),
    ("PROCEDURE: Bilateral SI joint injection, diagnostic.\nLeft joint: 22 g needle into the inferior joint line, "
     "Omnipaque 300 0.5 mL with intra-articular spread, then 2 mL of 0.5% bupivacaine. Same technique repeated in "
     "the opposite joint, so both joints were treated.",
     [("iohexol", 1.0), ("bupivacaine", 20.0)]),
])
def test_amounts_then_repeated_at_the_remaining_sites(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_a_total_is_not_multiplied_by_a_later_repeat() -> None:
    text = (_BILAT_TWO_LEVELS + "Dexamethasone 12 mg total was divided between the four foramina. "
            "Repeated at the remaining level, then on the contralateral side.")
    assert _drugs(text) == [("dexamethasone_sodium_phosphate", 12.0)]


# --- a percent relief written right after a local anesthetic's name is no strength: the earlier block's result ------

@pytest.mark.parametrize("text, drugs", [
    ("Comparative MBBs: 04/2024 lidocaine 90 %, 05/2024 bupivacaine 80 %.\n"
     "Fluoroscopy. 1 mL 1% lidocaine at each of the six sites; lesioned 85 C x 90 s each.",
     [("lidocaine", 60.0)]),
    ("MBB #1 (lido) 85%, MBB #2 (bupi) 70%. Today 2 mL 1% lidocaine to the skin.",
     [("lidocaine", 20.0)]),
    ("Dx blocks: lidocaine - 85%; Marcaine: 75%. Skin: 2 mL 1% lidocaine.",
     [("lidocaine", 20.0)]),
])
def test_relief_percent_after_an_anesthetic_name_is_no_strength(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    ("Skin wheal: lidocaine 1% 3 mL.", [("lidocaine", 30.0)]),
    # (already read before: a comma after the percent makes it a prior result sentence)
    ("Prior MBBs: lido 90%, bupi 80%.\nR L4-5 MBB: 0.5 mL 2% lidocaine at each of 3 nerves.",
     [("lidocaine", 30.0)]),
    ("Skin: Xylocaine: 2% 5 mL.", [("lidocaine", 100.0)]),
    ("Knee injection: bupivacaine 0.5% 4 mL with Kenalog 40 mg.",
     [("bupivacaine", 20.0), ("triamcinolone_acetonide", 40.0)]),
])
def test_guard_a_real_strength_after_the_name_stays(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs
