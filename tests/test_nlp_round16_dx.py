"""Round 16 (issue 3, DX): diagnosis, code validity and session-frequency wording families behind the sealed batches
dev_fresh_bu ... bz, as fictional snippets written for these tests (never a corpus sentence). Each case gives exact
values and failed before its change; the guards (named so) pin readings the change must keep.

- Earlier sessions listed by date under a procedure and a window ('Lumbar ESIs in the past 12 months: 12/2024,
  03/2025', 'Lumbar ablations in the last year: right ... on 11/10/2025 and left ... on 12/08/2025', a list split by
  intent 'diagnostic ... on A and B; therapeutic ... on C and D', months named alone under 'this year') are the
  sessions the frequency limits count (fbz-ilesi-02, fbz-si-02, fbz-h-rfa-02, fbz-h-facet-01).
- The checker counts the distinct dates of all the entries about the family, so a list split by intent adds up under
  the FCSO total and stays per intent under Noridian.
- Plural procedure names ('ESIs', 'RFAs', 'MBBs') name their family in the KB's procedure patterns.
- A diagnosis line that only points to another document ('see referral letter', 'per referring provider', 'refer to
  clinic note dated ...') holds no diagnosis (fbz-onb-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from coding.documentation import check_documentation
from coding.facts import NoteFacts
from coding.knowledge import load_kb
from nlp import extract


def _frequency(text: str, dos: dt.date, payer: str = "medicare") -> list[tuple[str, str]]:
    """(finding id, message detail) of the frequency findings for `text` in the office."""
    result = pipeline.analyze_text(text, payer=payer, date_of_service=dos, place_of_service="11", source="r16dx")
    return [(f.id, f.message.split(". ", 1)[1] if ". " in f.message else f.message)
            for f in result.findings if f.element == "frequency"]


def _sessions(text: str, dos: dt.date) -> list[tuple[str | None, str | None, str | None, list[str]]]:
    """(procedure, region, intent, ISO dates) of each prior-session entry with dates."""
    return [(e.procedure, e.region, e.intent, [d.isoformat() for d in e.prior_dates])
            for e in extract(text, date_of_service=dos).prior_sessions if e.prior_dates]


# --- dated lists under a window -------------------------------------------------------------------------------------

_CESI = ("Cervical interlaminar epidural steroid injection at C7-T1 under fluoroscopy.\n"
         "Neck and left arm pain into the thumb for 8 months; PT for 10 weeks did not help. {history}\n"
         "Consent signed. Time-out done. Loss of resistance at C7-T1; contrast confirmed epidural spread. "
         "Dexamethasone 10 mg injected. No complications.\n")


@pytest.mark.parametrize("history", [
    "Cervical ESIs within the last 12 months: 11/2025, 01/2026, 04/2026, 07/2026.",
    "Neck epidurals over the past year were on 11/04/2025, 01/13/2026, 04/21/2026 and 07/28/2026.",
    "Cervical injections in the past 12 months - C6-7 on 11/04/2025 and 01/13/2026, C7-T1 on 04/21/2026 and 07/28/2026.",
    "Cervical ESI history (last 12 mo): 11/2025, 01/2026, 04/2026, 07/2026.",
    "Neck ESIs done, past year: 11/03/25, 01/12/26, 04/20/26 and 07/27/26.",
    "Within the last 12 months: cervical epidurals on 11/2025, 01/2026, 04/2026 and 07/2026.",
    "She received cervical ESIs over the past year on 11/2025, 01/2026, 04/2026 and 07/2026.",
])
def test_dated_list_under_a_window_counts_each_session(history: str) -> None:
    assert _frequency(_CESI.format(history=history), dt.date(2026, 10, 6)) == [
        ("esi.frequency", "The history counts 5 sessions in the past 12 months, this one included (limit 4).")
    ]


def test_dated_list_reads_its_procedure_region_and_dates() -> None:
    text = "Lumbar RFAs in the past year: left L3-L5 on 02/04/2026 and right L3-L5 on 06/10/2026.\n"
    assert _sessions(text, dt.date(2026, 9, 1)) == [("Lumbar RFAs", "lumbar", None, ["2026-02-04", "2026-06-10"])]


def test_dated_list_split_by_intent_counts_in_total_for_fcso_and_per_intent_for_noridian() -> None:
    text = ("Bilateral L4-L5 facet joint injections, therapeutic, under fluoroscopy.\n"
            "Axial low back pain for 3 years; 10 weeks of PT without relief; cannot stand to cook.\n"
            "Facet interventions over the past 12 months: diagnostic MBBs on 01/06/2026 (90%) and 01/27/2026 (85%); "
            "therapeutic intra-articular injections on 04/14/2026 and 08/18/2026.\n"
            "Consent signed. Time-out done. Triamcinolone 20 mg into each joint. No complications.\n")
    dos = dt.date(2026, 11, 3)
    assert _sessions(text, dos) == [
        ("diagnostic MBBs", None, "diagnostic", ["2026-01-06", "2026-01-27"]),
        ("Facet interventions", None, "therapeutic", ["2026-04-14", "2026-08-18"]),
    ]
    assert _frequency(text, dos, payer="medicare_fcso") == [
        ("facet.frequency_total", "The history counts 5 sessions in the past 12 months, this one included (limit 4).")
    ]
    assert _frequency(text, dos) == []  # Noridian: 2 therapeutic + today = 3 of 4


def test_months_named_alone_under_this_year_are_the_latest_such_months() -> None:
    text = ("Trigger point injections, left trapezius and rhomboid.\n"
            "Trigger point sessions this year: February, May and August, each with a few weeks of relief.\n"
            "Consent signed. Lidocaine 1% 2 mL at each of 3 points. No complications.\n")
    dos = dt.date(2026, 10, 5)
    assert _sessions(text, dos) == [("Trigger point sessions", None, None, ["2026-02-01", "2026-05-01", "2026-08-01"])]
    assert _frequency(text, dos) == [
        ("tpi.frequency", "The history counts 4 sessions in the past 12 months, this one included (limit 3).")
    ]


def test_list_names_another_region_for_its_later_dates() -> None:
    text = ("Injections in the past year: two cervical epidurals (12/2025 and 03/2026) and then a left L5-S1 "
            "transforaminal injection on 06/09/2026.\n")
    assert _sessions(text, dt.date(2026, 10, 1)) == [
        ("two cervical epidurals", "cervical", None, ["2025-12-01", "2026-03-01"]),
        ("a left L5-S1 transforaminal injection", "lumbar", None, ["2026-06-09"]),
    ]


def test_guard_a_list_of_therapy_visits_or_none_counts_nothing() -> None:
    dos = dt.date(2026, 10, 6)
    assert _sessions("Physical therapy visits in the past 12 months: 01/2026, 03/2026, 05/2026, 07/2026.\n", dos) == []
    assert _sessions("Lumbar ESIs in the past 12 months: none.\n", dos) == []
    assert _sessions("In the past 12 months: PT on 01/2026 and 03/2026, then a lumbar MRI on 05/2026.\n", dos) == []
    assert _sessions("Over the past year: MRI 01/2026, EMG 03/2026.\n", dos) == []
    assert _frequency(_CESI.format(history="Lumbar ESIs in the last 12 months: 11/2025, 01/2026, 04/2026, 07/2026."),
                      dos) == []  # another region's sessions


def test_guard_a_month_year_date_after_a_prior_field_is_no_count() -> None:
    """'Prior ESIs in the past year: 12/2025' is one dated session, never a count of 12."""
    text = _CESI.format(history="Prior cervical ESIs in the past year: 12/2025 and 04/2026.")
    assert _frequency(text, dt.date(2026, 10, 6)) == []
    assert _sessions(text, dt.date(2026, 10, 6)) == [("Prior cervical ESIs", "cervical", None, ["2025-12-01", "2026-04-01"])]


# --- the checker: distinct dates over entries; plural names -----------------------------------------------------------

def _history(text: str, **fields) -> dict:
    return {"evidence": [{"start": 0, "end": len(text), "text": text}], **fields}


def _facts_frequency(procedure: dict, sessions: list[dict], payer: str = "medicare") -> list[str]:
    facts = NoteFacts.model_validate({"procedures": [procedure], "prior_sessions": sessions})
    found = check_documentation(facts, [], load_kb(), payer, dt.date(2026, 11, 20))
    return [f.id for f in found if f.element == "frequency"]


SI_THER = {"family": "si_joint_injection", "intent": "therapeutic", "region": "sacroiliac"}
FACET_THER = {"family": "facet_injection", "approach": "medial_branch", "intent": "therapeutic", "region": "lumbar"}


def test_dates_of_separate_entries_add_up() -> None:
    first = _history("SI injections 01/2026 and 03/2026", procedure="SI injections", prior_dates=["2026-01-01", "2026-03-01"])
    later = _history("SI injections 06/2026 and 09/2026", procedure="SI injections", prior_dates=["2026-06-01", "2026-09-01"])
    assert _facts_frequency(SI_THER, [first, later]) == ["si.frequency"]
    assert _facts_frequency(SI_THER, [first]) == []


def test_guard_a_month_restated_with_its_day_is_one_session() -> None:
    listed = _history("SI injections 01/2026, 03/2026, 06/2026", procedure="SI injections",
                      prior_dates=["2026-01-01", "2026-03-01", "2026-06-01"])
    last = _history("last SI injection 06/17/2026", procedure="SI injection", prior_dates=["2026-06-17"])
    assert _facts_frequency(SI_THER, [listed, last]) == []  # 3 earlier sessions + today = 4


def test_plural_procedure_names_name_their_family() -> None:
    esis = _history("Lumbar ESIs", procedure="Lumbar ESIs", region="lumbar",
                    prior_dates=["2026-01-01", "2026-03-01", "2026-05-01", "2026-07-01"])
    assert _facts_frequency({"family": "interlaminar_epidural", "region": "lumbar"}, [esis]) == ["esi.frequency"]
    rfas = _history("Lumbar RFAs", procedure="Lumbar RFAs", region="lumbar",
                    prior_dates=["2026-01-01", "2026-03-01", "2026-05-01", "2026-07-01"])
    assert _facts_frequency(FACET_THER, [rfas]) == []  # ablations are not facet injection sessions
    assert _facts_frequency({"family": "facet_rfa", "region": "lumbar"}, [rfas]) == ["rfa.frequency"]


# --- a diagnosis line that points elsewhere ---------------------------------------------------------------------------

_ONB = ("Procedure: left greater occipital nerve block under ultrasound\n"
        "Diagnosis: {dx}\n"
        "Indication: throbbing pain over the back of the left side of the head for 5 months; 6 weeks of PT did not "
        "change it; misses work twice a month.\n"
        "Consent signed. Time-out done. Pain 6/10 before. 0.5% bupivacaine 2 mL beside the left greater occipital "
        "nerve. Pain 1/10 after. Complications: none.\n")


def _diagnosis_ids(dx: str) -> list[str]:
    result = pipeline.analyze_text(_ONB.format(dx=dx), payer="medicare", date_of_service=dt.date(2026, 3, 10),
                                   place_of_service="11", source="r16dx")
    return sorted(f.id for f in result.findings if f.element == "diagnosis")


@pytest.mark.parametrize("dx", [
    "see referral letter.",
    "Per referring provider.",
    "Refer to clinic note dated 02/11/2026.",
    "See attached H&P",
    "as documented in the neurology consult note",
    "as per neurology",
])
def test_diagnosis_line_pointing_to_another_document_is_no_diagnosis(dx: str) -> None:
    assert _diagnosis_ids(dx) == ["common.diagnosis"]


@pytest.mark.parametrize("dx", [
    "Left occipital neuralgia (M54.81) - see referral letter for details",
    "Occipital neuralgia, left; per referring provider",
    "Left occipital neuralgia per neurology",
])
def test_guard_a_diagnosis_beside_a_reference_stands(dx: str) -> None:
    assert _diagnosis_ids(dx) == []
