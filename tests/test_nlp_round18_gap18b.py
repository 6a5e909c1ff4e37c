"""Round 18 (gap18b): reader gaps left open by gap18, read by wording family; our own wordings, near misses beside.

1. A form field named by its sedation level (or MAC) and answered no ('IV sedation ....... No', 'Moderate sedation: N/A',
   'MAC - none'): no sedation, so no sedation details are asked for; a field answered yes with an agent stays given.
   targets.yaml SEDATION (`supersedes`, read by `nlp.components.RegexTargets`).
2. A nerve head with its verb before a level list ('Medial branches blocked at L3, L4 and L5', 'were anesthetized at the
   L3 and L4 levels'): patterns.yaml `nerve_head_before`; a level named as anatomy ('disc bulge at L4-5') heads no nerves.
3. Paraphrase families: a length closing a care list past one unnamed item (`build_necessity._list_tail_weeks`), a
   hedge before a span's number ('for what sounds like 6 to 8 weeks'), 'a little better, but not much' (partial), a
   symptom span told with 'long' ('current episode now ten weeks long': patterns `duration_long`, `_OWN_LONG`), the
   onset as the dating verb's object ('dates the onset of her leg pain to March of last year'), a PEG score with a value
   (lexicon `functional_scale`).
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp
from coding.engine import propose

DOS = dt.date(2026, 3, 9)

_ILESI = ("Right L5-S1 interlaminar epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16).\n{}\n"
          "Under fluoroscopy a Tuohy needle reached the L5-S1 epidural space and 80 mg methylprednisolone was "
          "injected. No complications.\n")


def _sedation(field: str) -> tuple[str | None, list[str], bool]:
    """The sedation type, its agents, and whether a sedation_details finding is raised."""
    facts = nlp.extract(_ILESI.format(field), date_of_service=DOS)
    sed = facts.procedures[0].sedation
    asked = any(f.element == "sedation_details" for f in propose(facts, date_of_service=DOS).findings)
    return (sed.type if sed else None, sed.agents if sed else [], asked)


@pytest.mark.parametrize("field, expected", [
    ("IV sedation ........ No", ("none", [], False)),
    ("Moderate sedation: N/A", ("none", [], False)),
    ("Conscious sedation given: not applicable", ("none", [], False)),
    ("MAC - n/a", ("none", [], False)),
    ("Intravenous sedation? No.", ("none", [], False)),
    ("IV sedation | none | --", ("none", [], False)),
    # near misses: the field answered yes with an agent, or 'no' opening other words
    ("IV sedation ....... Yes, midazolam 1 mg", ("moderate", ["midazolam"], True)),
    ("IV sedation: no concerns; midazolam 2 mg given by me", ("moderate", ["midazolam"], True)),
])
def test_a_sedation_level_field_answered_no(field: str, expected: tuple) -> None:
    assert _sedation(field) == expected


_MBB = ("Left lumbar medial branch block\nDiagnosis: Lumbar spondylosis (M47.816).\n{}\n"
        "Under fluoroscopy 22 gauge needles were placed. {} 0.5 mL of 0.5% bupivacaine at each target. "
        "No complications.\n")


def _levels(before: str, technique: str) -> list[str]:
    facts = nlp.extract(_MBB.format(before, technique), date_of_service=DOS)
    return [lv.name if hasattr(lv, "name") else str(lv) for lv in facts.procedures[0].levels]


@pytest.mark.parametrize("before, technique, expected", [
    ("", "Medial branches blocked at L3, L4 and L5.", ["L4-L5", "L5-S1"]),
    ("", "The medial branches were targeted at L2 and L3.", ["L3-L4"]),
    ("", "Medial branch nerves were anaesthetised at the L4 and L5 levels.", ["L5-S1"]),
    ("", "The medial branches were then blocked bilaterally at L3, L4 and L5.", ["L4-L5", "L5-S1"]),
    # near misses: a level named as anatomy in imaging or history, the nerve verb without a level after it
    ("Imaging: broad disc bulge at L4-5.", "The medial branches were blocked.", []),
    ("History: prior fusion at L4 and L5.", "The medial branches were blocked.", []),
])
def test_a_nerve_head_with_its_verb_before_a_level_list(before: str, technique: str, expected: list[str]) -> None:
    assert _levels(before, technique) == expected


# --- 3. paraphrase families ---------------------------------------------------------------------------------------

_TFESI = ("Right L4-L5 transforaminal epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16).\n"
          "History: {}\n"
          "Under fluoroscopy a needle was placed at the right L4-L5 foramen and 40 mg triamcinolone was injected. "
          "No complications.\n")


def _care(history: str) -> list[tuple[str, float | None, str | None]]:
    facts = nlp.extract(_TFESI.format(history), date_of_service=DOS)
    return [(c.modality, c.weeks, c.outcome) for c in facts.necessity.conservative_care]


@pytest.mark.parametrize("history, expected", [
    # a length closing a care list, past one last item the lexicon does not name (gap19: 'over-the-counter analgesics'
    # is now named, as care modality 'analgesics'; a foam roller stays unnamed)
    ("Right leg pain for 7 months. Managed with physiotherapy, massage and a foam roller over a period of ten "
     "weeks, with persistent symptoms.",
     [("physical_therapy", 10.0, "failed"), ("massage", 10.0, "failed")]),
    ("Right leg pain for 7 months. Meloxicam and a supervised pilates-based programme over 2 months did not help.",
     [("nsaids", 8.6667, "failed")]),
    # a hedge before the number
    ("Right leg pain for 7 months. Chiropractor for what seems like 5 to 6 weeks, no better.",
     [("chiropractic", 5.0, "failed")]),
    ("Right leg pain for 7 months. Ibuprofen for maybe 3 months without relief.", [("nsaids", 13.0, "failed")]),
    # better by a little, then taken back: partial
    ("Right leg pain for 7 months. Six weeks of physio left him slightly better but not by much.",
     [("physical_therapy", 6.0, "partial")]),
    # near misses: a time ago after the list, better without the taking back
    ("Right leg pain for 7 months. Physiotherapy and massage, then a fall 2 months ago, no help.",
     [("physical_therapy", None, "failed"), ("massage", None, "failed")]),
    ("Right leg pain for 7 months. Six weeks of physio made him a little better.", [("physical_therapy", 6.0, None)]),
])
def test_care_lengths_and_outcomes(history: str, expected: list) -> None:
    assert _care(history) == expected


# The history under a header of its own line, as a sectioned template prints it: the label's word 'history' is not in
# the sentence, so the sentence itself must say whose span it is.
_HEADED = _TFESI.replace("History: {}", "HISTORY:\n{}")


def _weeks(history: str) -> float | None:
    d = nlp.extract(_HEADED.format(history), date_of_service=DOS).necessity.symptom_duration
    return None if d is None else d.weeks


@pytest.mark.parametrize("history, expected", [
    ("Back trouble on and off in the past; the present episode is now six weeks long.", 6.0),
    ("The problem is ten weeks long.", 10.0),
    ("He dates the onset of his right leg pain to June of last year.", 40.1429),
    ("She traces the start of the leg pain back to October 2025.", 22.7143),
    # near misses: a span with 'long' owned by care or relief, a relative's onset
    ("Knee surgery last year. The PT course was 6 weeks long.", None),
    ("She dates her sister's sciatica to June of last year.", None),
])
def test_symptom_spans_told_with_long_or_a_dated_onset(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Right leg pain for 7 months despite PT for 8 weeks. PEG score 6.", True),
    ("Right leg pain for 7 months despite PT for 8 weeks. PEG: 7.3/10.", True),
    # near misses: the laxative, a PEG of 0, no value
    ("Right leg pain for 7 months despite PT for 8 weeks. Takes PEG 3350 daily.", False),
    ("Right leg pain for 7 months despite PT for 8 weeks. PEG score 0.", False),
    ("Right leg pain for 7 months despite PT for 8 weeks. PEG score to be collected.", False),
])
def test_a_peg_score_with_a_value(history: str, expected: bool) -> None:
    a = nlp.extract(_TFESI.format(history), date_of_service=DOS).assessments
    assert bool(a.functional_scales) is expected
