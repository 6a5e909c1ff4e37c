"""Round 17 (care17): conservative-care outcomes in the wording families behind the thirteenth session's batches
(dev_fresh_cf, cm, cn), read by `nlp.build_necessity`; fictional snippets in our own wordings (never a corpus
sentence), exact values, near misses beside.

- The pain as subject that did not lessen: 'the ache did not get any less', 'her sciatica has not come down',
  'the buttock pain had not shifted', 'symptoms have not decreased'.
- Care that did not bring the pain down: 'hasn't gotten the pain down', 'did not bring her symptoms down'.
- The same pain without its article ('pain stayed same') and 'no different' ('was no different afterwards').
- The course ended with the pain it began with: 'came out of therapy with the same neck pain', 'no fewer episodes
  than before', 'as much pain as at the outset', 'just as severe as when she started'.
- A walking distance the care did not extend; the pain that stayed ('the burning persisted', not 'remained well
  controlled'); 'took the edge off' (partial).
- A length told by a clause of going after the care ('referred to PT in March, went for seven weeks') or after its
  frequency ('twice a week for a full six weeks'), not a 'went 6 weeks ago'; care that 'hardly dented the ache'.
- Layouts: an outcome after a list whose last item follows 'before that' (a demonstrative, no relative clause), and a
  dotted dosing shorthand ('p.r.n.', 'q.h.s.') that does not end the sentence before a lower-case word.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 6, 9)


def _note(history: str, family: str = "tfesi") -> str:
    if family == "si":
        title = "Left sacroiliac joint injection, therapeutic"
        proc = ("under fluoroscopy a spinal needle entered the left SI joint and 40 mg triamcinolone was injected. "
                "No complications.")
        dx = "Sacroiliitis (M46.1)."
    else:
        title = "Right L4-L5 transforaminal epidural steroid injection"
        proc = ("under fluoroscopy a needle was placed at the right L4-L5 foramen and 10 mg dexamethasone was "
                "injected. No complications.")
        dx = "Lumbar radiculopathy (M54.16)."
    return f"{title}\nDiagnosis: {dx}\nHistory: {history}\nProcedure: {proc}\n"


def _care(history: str, family: str = "tfesi") -> dict[str, tuple[float | None, str | None]]:
    care = nlp.extract(_note(history, family), date_of_service=DOS).necessity.conservative_care
    return {c.modality: (c.weeks, c.outcome) for c in care}


# --- the pain did not lessen --------------------------------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("Seven weeks of chiropractic care; the ache did not get any less.", {"chiropractic": (7.0, "failed")}),
    ("She tried a home exercise program for 6 weeks but her sciatica has not come down.",
     {"home_exercise": (6.0, "failed")}),
    ("He attended physical therapy for 10 weeks. The buttock pain had not shifted.",
     {"physical_therapy": (10.0, "failed")}),
    ("Meloxicam daily for 2 months and her symptoms have not decreased.", {"nsaids": (8.6667, "failed")}),
    ("Six weeks of acupuncture hasn't gotten the pain down.", {"acupuncture": (6.0, "failed")}),
    # near miss: the pain that lessened after all
    ("Seven weeks of chiropractic care; the ache did not get any less until the last week, then settled.",
     {"chiropractic": (7.0, None)}),
])
def test_pain_did_not_lessen(history: str, expected: dict) -> None:
    assert _care(history) == expected


# --- the same pain, no different ----------------------------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("Duloxetine for 3 months, pain stayed same.", {"neuropathic_agents": (13.0, "failed")}),
    ("Eight weeks of supervised therapy; her leg was no different afterwards.", {"physical_therapy": (8.0, "failed")}),
    ("He came out of 6 weeks of physiotherapy with the same shooting pain.", {"physical_therapy": (6.0, "failed")}),
    ("She did twelve weeks of physical therapy and had no fewer flare-ups than before.",
     {"physical_therapy": (12.0, "failed")}),
    ("A TENS unit for 5 weeks; she had as much pain as at the outset.", {"activity_modification": (5.0, "failed")}),
    ("Eight weeks of PT and the sciatica is just as severe as when she started.",
     {"physical_therapy": (8.0, "failed")}),
    # near misses: the same something else, and a patient no different from others
    ("He finished 6 weeks of physiotherapy with the same therapist.", {"physical_therapy": (6.0, None)}),
    ("Eight weeks of supervised therapy; she is no different from other patients in her motivation.",
     {"physical_therapy": (8.0, None)}),
])
def test_same_pain_at_the_end(history: str, expected: dict) -> None:
    assert _care(history) == expected


# --- function not extended, pain that stayed, the edge taken off --------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("Nine weeks of aquatic therapy did not lengthen her walking distance.",
     {"physical_therapy": (9.0, "failed")}),
    ("Gabapentin for 6 weeks, and the burning persisted.", {"neuropathic_agents": (6.0, "failed")}),
    ("Ibuprofen for six weeks only takes the edge off.", {"nsaids": (6.0, "partial")}),
    ("Diclofenac for 5 weeks took some of the edge off.", {"nsaids": (5.0, "partial")}),
    # near miss: the pain that stayed controlled
    ("Gabapentin for 6 weeks, and the burning remained well controlled.", {"neuropathic_agents": (6.0, None)}),
])
def test_function_and_lasting_pain(history: str, expected: dict) -> None:
    assert _care(history) == expected


# --- layouts: 'before that', dotted dosing shorthand --------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("Chiropractic and naproxen prior to that did not help.",
     {"chiropractic": (None, "failed"), "nsaids": (None, "failed")}),
    ("Massage and a TENS unit after that gave no relief.",
     {"massage": (None, "failed"), "activity_modification": (None, "failed")}),
    # near miss: a true relative clause stays the last care's
    ("Massage and a TENS unit that gave her a rash.",
     {"massage": (None, None), "activity_modification": (None, "intolerant")}),
])
def test_outcome_after_before_that(history: str, expected: dict) -> None:
    assert _care(history, "si") == expected


@pytest.mark.parametrize("history, expected", [
    ("PT for 7 weeks, cyclobenzaprine q.h.s. and meloxicam; the pain is not improved.",
     {"physical_therapy": (7.0, "failed"), "muscle_relaxants": (None, "failed"), "nsaids": (None, "failed")}),
    ("Home exercises for 6 weeks, oxycodone p.r.n. and ibuprofen; no change in the leg.",
     {"home_exercise": (6.0, "failed"), "opioids": (None, "failed"), "nsaids": (None, "failed")}),
])
def test_dotted_shorthand_keeps_the_sentence(history: str, expected: dict) -> None:
    assert _care(history) == expected


def test_dotted_shorthand_before_a_capital_still_ends_a_sentence() -> None:
    """A dotted shorthand before a capital may end its sentence: the next sentence's outcome is not the list's."""
    care = _care("PT for 7 weeks, cyclobenzaprine q.h.s. Meloxicam gave her heartburn.")
    assert care == {"physical_therapy": (7.0, None), "muscle_relaxants": (None, None), "nsaids": (None, "intolerant")}


# --- the length in a clause of going, or after a frequency; care that barely touched the pain ---------------------

@pytest.mark.parametrize("history, expected", [
    ("She was referred to physical therapy in March, went for seven weeks; nothing changed.",
     {"physical_therapy": (7.0, "failed")}),
    ("Acupuncture, which he kept up for 9 weeks, gave no relief.", {"acupuncture": (9.0, "failed")}),
    ("Chiropractic care twice a week for a full six weeks without benefit.", {"chiropractic": (6.0, "failed")}),
    ("Physiotherapy 2x/week for 10 weeks, no change.", {"physical_therapy": (10.0, "failed")}),
    # near miss: when it was, not how long
    ("Physical therapy in 2024, went 6 weeks ago, no change.", {"physical_therapy": (None, "failed")}),
])
def test_length_after_going_or_frequency(history: str, expected: dict) -> None:
    assert _care(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Celecoxib for 7 weeks hardly dented the ache.", {"nsaids": (7.0, "failed")}),
    ("A home exercise program for 8 weeks; it scarcely touched her leg pain.", {"home_exercise": (8.0, "failed")}),
    # near miss: the pills barely touched, not the pain
    ("She barely touched the duloxetine.", {"neuropathic_agents": (None, None)}),
])
def test_care_that_barely_touched_the_pain(history: str, expected: dict) -> None:
    assert _care(history) == expected
