"""Round 7f (sixth session, after the final check): a procedure named in a long sentence whose other,
semicolon-separated clauses tell the history behind it (a failed treatment, an earlier result) is today's
procedure; the history clause no longer hides it. Wordings are our own (dev_fresh_an fan-impar-01's family)."""

from __future__ import annotations

import datetime as dt

from api.pipeline import analyze_text


def _families_and_codes(text: str) -> tuple[list[str], list[tuple[str, tuple[str, ...], int]]]:
    result = analyze_text(text, payer="medicare", date_of_service=dt.date(2026, 3, 2), place_of_service="11")
    families = [p.family for p in result.facts.procedures]
    codes = sorted((c.code, tuple(sorted(c.modifiers)), c.units) for c in result.codes)
    return families, codes


def test_a_failed_treatment_in_a_later_semicolon_clause_leaves_the_procedure_today() -> None:
    text = ("ASC RECORD\nVitals: BP 120/80.\nPHYSICIAN NOTE: Ganglion impar block under fluoroscopy for coccydynia, "
            "9 months since a fall; sitting pain; a cushion and NSAIDs failed. Consent signed.\n"
            "Injected 4 mL of 0.5% ropivacaine.\n")
    families, codes = _families_and_codes(text)
    assert families == ["sympathetic_block"]
    assert codes == [("64999", (), 1), ("77002", (), 1)]


def test_guard_a_declined_procedure_in_its_own_clause_is_still_not_today() -> None:
    text = ("Right L4-5 facet joint injection under fluoroscopy.\n"
            "Prior R L4/5 MBB x2: 85% and 80% relief; declines RFA.\n"
            "Injected 1 mL of 40 mg/mL triamcinolone.\n")
    families, _ = _families_and_codes(text)
    assert families == ["facet_injection"]


def test_guard_a_failed_treatment_in_the_procedure_clause_still_makes_it_history() -> None:
    text = ("Vitals: BP 120/80.\nNote: the L5-S1 epidural last spring failed.\n"
            "Today: right SI joint injection under fluoroscopy.\n")
    families, _ = _families_and_codes(text)
    assert families == ["si_joint_injection"]
