"""Round 6 (DRUG): dose wordings met in `dev_fresh_z`, as fictional snippets of the same families.

Every case gives the exact totals the reader must return and failed before its change; the guards (named so)
pin readings the change must keep.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _drugs(text: str) -> list[tuple[str, float | None]]:
    """(generic, total dose) of each drug read, in order."""
    return [(d.generic, d.dose) for d in extract(text).drugs]


# --- a per-site amount followed by its restated total without a unit: "40 mg/side (80 total)" -------------

@pytest.mark.parametrize("text, drugs", [
    # the number in parentheses is the whole amount (per-side amount x sides), not a count of 80 sites
    ("Bilateral L5-S1 TFESI. Depo-Medrol 40 mg/side (80 total) + 1% lido 1 mL/side.",
     [("methylprednisolone_acetate", 80.0), ("lidocaine", 20.0)]),
    ("Bilateral L4-5 transforaminal epidural steroid injection. Kenalog 40 mg per side (80 in total) was injected.",
     [("triamcinolone_acetonide", 80.0)]),
    ("Bilateral L5-S1 transforaminal ESI with dexamethasone 4 mg each side (8 total).",
     [("dexamethasone_sodium_phosphate", 8.0)]),
    ("Right L4-5 and L5-S1 transforaminal epidural injections: triamcinolone 20 mg at each level (40 total).",
     [("triamcinolone_acetonide", 40.0)]),
])
def test_restated_total_in_parentheses_is_no_site_count(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    ("Trigger point injections to the trapezius: 1 mL of 1% lidocaine per point (3 total).", [("lidocaine", 30.0)]),
    ("Trigger point injections: 2 mL of 0.5% bupivacaine at each point (4 sites).", [("bupivacaine", 40.0)]),
])
def test_guard_site_count_in_parentheses_still_counts(text: str, drugs: list) -> None:
    """A count of sites in parentheses ('(3 total)', '(4 sites)') still multiplies the per-site amount."""
    assert _drugs(text) == drugs
