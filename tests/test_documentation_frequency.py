"""Session frequency limits (`*.frequency`) and the SCS psychological evaluation (`scs.psychological_*`):
which history entries count, the rolling window, regions, intents, the payer settings that resolve
the facet conflict and the unconfirmed clearance rule, and the exact findings. Facts are fictional."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from coding.documentation import check_documentation
from coding.facts import NoteFacts
from coding.knowledge import KnowledgeBase, load_kb, load_kb_from

DOS = dt.date(2026, 11, 20)
FREQUENCY_IDS = {"esi.frequency", "facet.frequency", "facet.frequency_total", "rfa.frequency", "si.frequency",
                 "tpi.frequency"}

ILESI = {"family": "interlaminar_epidural", "approach": "interlaminar", "region": "lumbar"}
CAUDAL = {"family": "interlaminar_epidural", "approach": "caudal", "region": "sacral"}
CERVICAL_TF = {"family": "transforaminal_epidural", "approach": "transforaminal", "region": "cervical"}
FACET_THER = {"family": "facet_injection", "approach": "medial_branch", "intent": "therapeutic", "region": "lumbar"}
RFA = {"family": "facet_rfa", "region": "lumbar"}
SI_THER = {"family": "si_joint_injection", "intent": "therapeutic", "region": "sacroiliac"}
SI_DX = {"family": "si_joint_injection", "intent": "diagnostic", "region": "sacroiliac"}
TPI = {"family": "trigger_point"}


def history(text: str, **fields: Any) -> dict[str, Any]:
    return {"evidence": [{"start": 0, "end": len(text), "text": text}], **fields}


def frequency(procedure: dict[str, Any], sessions: list[dict[str, Any]], payer: str = "medicare",
              dos: dt.date = DOS, kb: KnowledgeBase | None = None) -> list[tuple[str, str, str, str, list[str]]]:
    facts = NoteFacts.model_validate({"procedures": [procedure], "prior_sessions": sessions})
    found = check_documentation(facts, [], kb or load_kb(), payer, dos)
    return [(f.id, f.severity, f.message, f.fix, [e.text for e in f.evidence]) for f in found if f.id in FREQUENCY_IDS]


FIFTH_ESI = history("fifth lumbar epidural in the past 12 months", procedure="lumbar epidural", region="lumbar",
                    prior_count=4, window_days=365)


def test_fifth_esi_in_a_year_is_over_the_limit() -> None:
    assert frequency(ILESI, [FIFTH_ESI]) == [(
        "esi.frequency", "error",
        "More ESI sessions in this spinal region than the LCD allows (4 per region per rolling 12 months). "
        "The history counts 5 sessions in the past 12 months, this one included (limit 4).",
        "This is ESI session 5 in this region in the past 12 months (the LCD allows 4); reason for this session: ___; "
        "an ABN was signed (bill with modifier GA).",
        ["fifth lumbar epidural in the past 12 months"],
    )]


def test_fourth_esi_this_year_is_within_the_limit() -> None:
    fourth = history("fourth lumbar ESI this year", procedure="lumbar ESI", region="lumbar", prior_count=3,
                     window_days=365)
    assert frequency(ILESI, [fourth]) == []


def test_caudal_history_counts_for_a_lumbar_session_and_not_for_a_cervical_one() -> None:
    sixth_caudal = history("sixth caudal epidural in the last 12 months", procedure="caudal epidural",
                           region="sacral", prior_count=5, window_days=365)
    assert [f[0] for f in frequency(ILESI, [sixth_caudal])] == ["esi.frequency"]
    assert [f[0] for f in frequency(CAUDAL, [FIFTH_ESI])] == ["esi.frequency"]
    assert frequency(CERVICAL_TF, [FIFTH_ESI]) == []  # another region's sessions


def test_dates_count_only_inside_the_rolling_window() -> None:
    dated = history("prior injections 11/2025, 1/2026, 4/2026 and 7/2026",
                    prior_dates=["2025-11-01", "2026-01-01", "2026-04-01", "2026-07-01"])
    # 2025-11-01 is 384 days before the date of service: three earlier sessions count, four in all.
    assert frequency(ILESI, [dated]) == []
    assert [f[4] for f in frequency(ILESI, [dated], dos=dt.date(2026, 10, 20))] == [
        ["prior injections 11/2025, 1/2026, 4/2026 and 7/2026"]
    ]  # 353 days: all four count, five sessions


def test_entries_restating_the_same_sessions_are_not_added_up() -> None:
    count = history("had 2 epidurals earlier this year", procedure="epidurals", prior_count=2, window_days=365)
    last = history("last TFESI 6 weeks ago", procedure="TFESI", last_days_ago=42)
    assert frequency(ILESI, [count, last]) == []


def test_a_count_over_a_longer_window_says_nothing_about_twelve_months() -> None:
    two_years = history("fifth ESI in two years", procedure="ESI", prior_count=4, window_days=730)
    assert frequency(ILESI, [two_years]) == []


def test_another_familys_sessions_do_not_count() -> None:
    rfas = history("third RFA in the past 12 months", procedure="RFA", prior_count=5, window_days=365)
    assert frequency(ILESI, [rfas]) == []
    assert frequency(FACET_THER, [rfas]) == []  # 'facet' patterns, but an ablation is another family's session


def test_third_rfa_in_a_year_is_over_the_limit() -> None:
    third = history("third RFA in the past 12 months", procedure="RFA", prior_count=2, window_days=365)
    assert [(f[0], f[1], f[3]) for f in frequency(RFA, [third])] == [(
        "rfa.frequency", "error",
        "This is RFA session 3 in this region in the past 12 months (the LCD allows 2); reason for this session: ___; "
        "an ABN was signed (bill with modifier GA).",
    )]


def test_facet_limit_per_intent_for_noridian_and_in_total_for_fcso() -> None:
    diagnostic = history("four diagnostic facet blocks this year", procedure="diagnostic facet blocks",
                         intent="diagnostic", prior_count=4, window_days=365)
    # Noridian (the Medicare profile): 4 diagnostic + 4 therapeutic, so a first therapeutic session passes.
    assert frequency(FACET_THER, [diagnostic]) == []
    assert [(f[0], f[1]) for f in frequency(FACET_THER, [diagnostic], payer="medicare_fcso")] == [
        ("facet.frequency_total", "warning")
    ]
    unstated = history("had 4 facet injections this year", procedure="facet injections", prior_count=4,
                       window_days=365)
    assert [(f[0], f[1]) for f in frequency(FACET_THER, [unstated])] == [("facet.frequency", "warning")]


def test_si_limit_is_for_therapeutic_sessions_only() -> None:
    many = history("fifth SI joint injection this year", procedure="SI joint injection", prior_count=4,
                   window_days=365)
    assert [f[0] for f in frequency(SI_THER, [many])] == ["si.frequency"]
    assert frequency(SI_DX, [many]) == []


def test_fourth_trigger_point_session_is_over_the_tpi_limit() -> None:
    fourth = history("fourth trigger point session in the last 12 months", procedure="trigger point session",
                     prior_count=3, window_days=365)
    generic = history("had 3 injections in the past year", procedure=None, prior_count=3, window_days=365)
    assert [f[0] for f in frequency(TPI, [fourth])] == ["tpi.frequency"]
    assert [f[0] for f in frequency(TPI, [generic])] == ["tpi.frequency"]  # unnamed sessions count
    assert frequency(TPI, [history("third TPI session this year", procedure="TPI session", prior_count=2,
                                   window_days=365)]) == []


def test_limits_apply_from_the_lcd_dates() -> None:
    assert frequency(ILESI, [FIFTH_ESI], dos=dt.date(2021, 12, 4)) == []
    assert frequency(ILESI, [FIFTH_ESI], payer="commercial_generic") == []


# --- SCS psychological evaluation ----------------------------------------------------------------

SCS = {"family": "scs_trial", "approach": "percutaneous"}


def psych(evaluation: dict[str, Any] | None, indication: str | None = None, payer: str = "medicare",
          kb: KnowledgeBase | None = None) -> list[tuple[str, str, str]]:
    necessity: dict[str, Any] = {}
    if evaluation is not None:
        necessity["psychological_evaluation"] = {"evidence": [{"start": 0, "end": 5, "text": "psych"}], **evaluation}
    if indication is not None:
        necessity["indication"] = {"value": indication}
    facts = NoteFacts.model_validate({"procedures": [SCS], "necessity": necessity})
    found = check_documentation(facts, [], kb or load_kb(), payer, DOS)
    return [(f.id, f.severity, f.message) for f in found if f.id.startswith("scs.psychological")]


MISSING = "The psychological evaluation before stimulation is not documented (or the note says it is pending or did not clear the patient)."


@pytest.mark.parametrize(("evaluation", "indication", "expected"), [
    ({"cleared": True}, None, []),
    ({}, None, []),  # documented without a result: enough unless the payer asks for the result
    (None, "failed back surgery; psychological evaluation completed", []),  # integrator JSON without the field
    (None, None, [("scs.psychological_evaluation", "error", f"{MISSING} No psychological evaluation is mentioned.")]),
    ({"performed": False}, None,
     [("scs.psychological_evaluation", "error", f"{MISSING} The note says the evaluation has not been done.")]),
    ({"cleared": False}, None,
     [("scs.psychological_evaluation", "error", f"{MISSING} The note says the evaluation did not clear the patient.")]),
])
def test_psychological_evaluation(evaluation: dict[str, Any] | None, indication: str | None,
                                  expected: list[tuple[str, str, str]]) -> None:
    assert psych(evaluation, indication) == expected


def test_clearance_is_asked_only_where_the_payer_setting_is_on(tmp_path: Path) -> None:
    kb_dir = Path(load_kb().directory)
    for name in kb_dir.glob("*.yaml"):
        shutil.copy(name, tmp_path / name.name)
    payers = yaml.safe_load((tmp_path / "payers.yaml").read_text(encoding="utf-8"))
    payers["profiles"]["medicare"]["values"]["scs_psych_clearance_stated"] = True
    (tmp_path / "payers.yaml").write_text(yaml.safe_dump(payers, sort_keys=False), encoding="utf-8")
    strict = load_kb_from(tmp_path)
    assert psych({}, kb=strict) == [(
        "scs.psychological_clearance", "warning",
        "The result of the psychological evaluation (patient cleared, no contraindication) is not stated. "
        "The evaluation's result is not stated.",
    )]
    assert psych({"cleared": True}, kb=strict) == []
    assert psych({}) == []
