"""Round 16b (n2a): necessity wording families behind the twelfth session's precision batches (dev_fresh_cb, cc, cd),
read by `nlp.build_necessity`; fictional snippets in our own wordings (never a corpus sentence), exact values, near
misses beside.

- Symptom duration: a bare "Duration:" field opening a history line ("Indication: Duration: 5 months."); a subjectless
  persistence predicate with an adverb ("Present steadily over the past seven months").
- Indication (radicular): thoracic pain told from the spine along or down the chest wall or ribs.
- Conservative care: its length before two kinds joined by "and" ("nine weeks of pool and gym therapy"), a total after
  a time adverbial ("... last spring, eleven weeks altogether"); outcomes "did not hold it", "produced little change"
  (failed), "gave only days of relief", "helped only slightly" (partial).
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 6, 2)


def _note(history: str, family: str = "tfesi") -> str:
    if family == "thoracic":
        title = "T7-T8 interlaminar epidural steroid injection"
        dx = "Thoracic radiculopathy (M54.14)."
        proc = "under fluoroscopy a Tuohy needle entered the T7-T8 epidural space; 80 mg methylprednisolone injected."
    else:
        title = "Left L5-S1 transforaminal epidural steroid injection"
        dx = "Lumbar radiculopathy (M54.16)."
        proc = "under fluoroscopy a needle was placed at the left L5-S1 foramen and 40 mg triamcinolone was injected."
    return f"{title}\nDiagnosis: {dx}\nIndication: {history}\nProcedure: {proc} No complications.\n"


def _weeks(history: str) -> float | None:
    d = nlp.extract(_note(history), date_of_service=DOS).necessity.symptom_duration
    return None if d is None else d.weeks


def _care(history: str) -> dict[str, tuple[float | None, str | None]]:
    care = nlp.extract(_note(history), date_of_service=DOS).necessity.conservative_care
    return {c.modality: (c.weeks, c.outcome) for c in care}


# --- symptom duration ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("Duration: 5 months. Aching down the left leg to the ankle.", 21.6667),
    ("Duration: 2 years; worse since the spring.", 104.0),
    # near misses: the length of relief, of a course of therapy
    ("Relief duration: 4 months after the last injection.", None),
    ("Therapy duration: 9 weeks.", None),
])
def test_a_bare_duration_field(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Present steadily over the past seven months. The pain runs down the left calf.", 30.3333),
    ("Ongoing, off and on, for the last 5 months.", 21.6667),
    # near miss: care done steadily, not the pain
    ("Physical therapy steadily for 9 weeks.", None),
])
def test_a_persistence_predicate_with_an_adverb(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected


# --- thoracic radicular pain told from the spine -------------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("The ache travels from the left of the spine down the left chest wall toward the sternum.", 1),
    ("Pain runs from below the shoulder blade along the right ribs.", 1),
    # near misses: the course denied, pain kept at the spine
    ("No pain travelling from the spine along the ribs.", 0),
    ("Pain stays between the shoulder blades.", 0),
])
def test_thoracic_course_from_the_spine(history: str, expected: int) -> None:
    assert len(nlp.extract(_note(history, "thoracic")).necessity.radicular_findings) == expected


# --- conservative care: length -------------------------------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("She did nine weeks of pool and gym physical therapy without relief.", {"physical_therapy": (9.0, "failed")}),
    ("Three blocks of physical therapy last spring, eleven weeks altogether, did not change the leg pain.",
     {"physical_therapy": (11.0, "failed")}),
    ("Physical therapy in 2025, seven weeks in all, with no relief.", {"physical_therapy": (7.0, "failed")}),
    # near miss: when the care ended, not how long it ran
    ("Physical therapy last spring, seven weeks ago, with no relief.", {"physical_therapy": (None, "failed")}),
])
def test_care_length_apart_or_before_two_kinds(history: str, expected: dict) -> None:
    assert _care(history) == expected


# --- conservative care: outcomes -----------------------------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("Physical therapy and meloxicam could not hold it.", {"physical_therapy": (None, "failed"), "nsaids": (None, "failed")}),
    ("Ibuprofen didn't contain the leg pain.", {"nsaids": (None, "failed")}),
    ("Six weeks of physical therapy made very little difference.", {"physical_therapy": (6.0, "failed")}),
    ("Gabapentin and physical therapy gave only hours of relief.",
     {"neuropathic_agents": (None, "partial"), "physical_therapy": (None, "partial")}),
    ("Naproxen eased the pain only slightly.", {"nsaids": (None, "partial")}),
    ("Naproxen helped only slightly.", {"nsaids": (None, "partial")}),
    # near misses: a drug held for the procedure, a big change
    ("Naproxen: did not hold it before the procedure.", {"nsaids": (None, None)}),
    ("Physical therapy for 8 weeks made a big difference.", {"physical_therapy": (8.0, None)}),
])
def test_care_outcomes(history: str, expected: dict) -> None:
    assert _care(history) == expected


# --- a part of a year as the onset ---------------------------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("Aching down the right leg since late 2024.", 91.2857),  # from 1 September 2024
    ("Numbness in the left foot since mid-2025.", 56.7143),  # from 1 May 2025
    ("Shooting pain into the left calf since early 2025.", 73.8571),  # unchanged guard: from 1 January 2025, as a bare year
    # near miss: a part of a year still to come says nothing
    ("Aching down the right leg since late 2026.", None),
])
def test_a_part_of_a_year_as_the_onset(history: str, expected: float | None) -> None:
    assert _weeks(history) == expected
