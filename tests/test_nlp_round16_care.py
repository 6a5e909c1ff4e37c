"""Round 16 (care): conservative-care outcomes in the wording families behind the twelfth session's batches
(dev_fresh_bw, by, bz), read by `nlp.build_necessity`; fictional snippets in our own wordings (never a corpus
sentence), exact values, near misses beside.

- Care said to fall short: 'has not been enough', 'proved insufficient', 'were not sufficient on their own' (partial
  relief, as the lexicon's 'not nearly enough').
- The pain that never gave way after the care: 'the sciatica never let up', 'the ache never settled'.
- Care that does not keep the pain down: 'none has held the pain at bay', 'nothing kept her symptoms in check'.
- Care that no longer works: 'no longer controls the pain', 'no longer effective'.
- A collective relative clause with a past verb: 'none of which yielded durable relief'.
- Care that did not stop or take away the pain: 'did not stop the buttock pain', 'didn't take the pain away'.
- Layouts: the care's own 'Outcome:' line under a checkbox field (a new label line the sectionizer opens as a section
  of its own), the length after a comma in a checkbox item ('[x] Physical therapy, 6 weeks'), and an outcome cut by
  a hard wrap in a note written in capitals.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 5, 12)


def _note(history: str, family: str = "tfesi", label: str = "History") -> str:
    if family == "rfa":
        title = "Right L4-L5 and L5-S1 facet radiofrequency ablation"
        proc = ("under fluoroscopy cannulae were placed at the right L3 and L4 medial branches and the L5 dorsal ramus; "
                "thermal lesions at 80 C for 90 seconds. No complications.")
        dx = "Lumbar spondylosis without radiculopathy (M47.816)."
    else:
        title = "Left L5-S1 transforaminal epidural steroid injection"
        proc = ("under fluoroscopy a needle was placed at the left L5-S1 foramen and 40 mg triamcinolone was "
                "injected. No complications.")
        dx = "Lumbar radiculopathy (M54.16)."
    return f"{title}\nDiagnosis: {dx}\n{label}: {history}\nProcedure: {proc}\n"


def _care(history: str, family: str = "tfesi", label: str = "History") -> dict[str, tuple[float | None, str | None]]:
    care = nlp.extract(_note(history, family, label), date_of_service=DOS).necessity.conservative_care
    return {c.modality: (c.weeks, c.outcome) for c in care}


# --- care said to fall short ------------------------------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("A home exercise program and naproxen have not been sufficient on their own.",
     {"home_exercise": (None, "partial"), "nsaids": (None, "partial")}),
    ("Eight weeks of physical therapy proved insufficient.", {"physical_therapy": (8.0, "partial")}),
    ("She did PT for 6 weeks and takes ibuprofen; neither has been adequate.",
     {"physical_therapy": (6.0, "partial"), "nsaids": (None, "partial")}),
    # near miss: care said to be enough
    ("A home exercise program and naproxen have been sufficient until this month.",
     {"home_exercise": (None, None), "nsaids": (None, None)}),
    # near miss: not enough of something other than the care's effect
    ("Physical therapy for 6 weeks; insurance coverage was not sufficient to continue it.",
     {"physical_therapy": (6.0, None)}),
])
def test_care_that_falls_short(history: str, expected: dict) -> None:
    assert _care(history, "rfa") == expected


# --- the pain never gave way --------------------------------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("Nine weeks of chiropractic adjustments; the sciatica never let up.", {"chiropractic": (9.0, "failed")}),
    ("Physical therapy for 10 weeks, and the ache in the calf never settled.", {"physical_therapy": (10.0, "failed")}),
    ("Meloxicam for two months, but the burning never really subsided.", {"nsaids": (8.6667, "failed")}),
    # near miss: never tried; the pain eased on its own
    ("She has never tried physical therapy; the ache eased on its own.", {}),
])
def test_pain_that_never_gave_way(history: str, expected: dict) -> None:
    assert _care(history) == expected


# --- care that does not keep the pain down ------------------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("Ibuprofen, a TENS unit and two rounds of PT; none has held the pain at bay.",
     {"nsaids": (None, "failed"), "activity_modification": (None, "failed"), "physical_therapy": (None, "failed")}),
    ("Meloxicam and a home exercise program; nothing kept her symptoms in check.",
     {"nsaids": (None, "failed"), "home_exercise": (None, "failed")}),
    ("Acetaminophen no longer controls the low back pain.", {"acetaminophen": (None, "failed")}),
    ("Celecoxib and a home exercise program are no longer effective.",
     {"nsaids": (None, "failed"), "home_exercise": (None, "failed")}),
    # near misses: a drug no longer taken, a patient who no longer works
    ("She is no longer taking meloxicam.", {"nsaids": (None, None)}),
    ("After PT he no longer works as a roofer.", {"physical_therapy": (None, None)}),
])
def test_care_that_does_not_keep_the_pain_down(history: str, expected: dict) -> None:
    assert _care(history, "rfa") == expected


# --- a collective relative clause; care that did not stop the pain ------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("He has tried naproxen, duloxetine and acupuncture, none of which yielded durable relief.",
     {"nsaids": (None, "failed"), "neuropathic_agents": (None, "failed"), "acupuncture": (None, "failed")}),
    ("Six weeks of aquatic therapy and ibuprofen did not stop the buttock pain.",
     {"physical_therapy": (6.0, "failed"), "nsaids": (None, "failed")}),
    ("Physical therapy for 8 weeks didn't take the leg pain away.", {"physical_therapy": (8.0, "failed")}),
    # near miss: care that was not stopped
    ("Physical therapy for 8 weeks did not stop her from driving.", {"physical_therapy": (8.0, None)}),
])
def test_collective_relative_and_pain_not_stopped(history: str, expected: dict) -> None:
    assert _care(history) == expected


# --- layouts: the outcome line of a checkbox field, a length after a comma, a capitals wrap ----------------------

def _template(care_lines: str) -> str:
    return ("LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION\n"
            "Diagnosis: M54.16 Lumbar radiculopathy\n"
            f"{care_lines}\n"
            "Consent: [x] signed\n"
            "Technique: under fluoroscopy a needle to the left L5-S1 foramen; triamcinolone 40 mg injected.\n"
            "Complications: [x] none\n")


def _template_care(care_lines: str) -> dict[str, tuple[float | None, str | None]]:
    care = nlp.extract(_template(care_lines), date_of_service=DOS).necessity.conservative_care
    return {c.modality: (c.weeks, c.outcome) for c in care}


@pytest.mark.parametrize("care_lines, expected", [
    ("Conservative care: [x] Physical therapy, 6 weeks  [x] Naproxen  [ ] acupuncture\n  Result: no meaningful relief.",
     {"physical_therapy": (6.0, "failed"), "nsaids": (None, "failed")}),
    ("Prior treatment: [x] chiropractic, 2 months  [x] home exercise\nResponse: did not help.",
     {"chiropractic": (8.6667, "failed"), "home_exercise": (None, "failed")}),
    # near miss: the next label reports something else
    ("Conservative care: [x] Physical therapy, 6 weeks  [x] Naproxen\nImaging: unchanged disc bulge.",
     {"physical_therapy": (6.0, None), "nsaids": (None, None)}),
    # near miss: the outcome field under another field is not the care's
    ("Conservative care: [x] Physical therapy, 6 weeks  [x] Naproxen\nImaging: L5-S1 protrusion\nResult: no relief.",
     {"physical_therapy": (6.0, None), "nsaids": (None, None)}),
])
def test_checkbox_care_and_its_outcome_line(care_lines: str, expected: dict) -> None:
    assert _template_care(care_lines) == expected


@pytest.mark.parametrize("care_lines, expected", [
    ("HISTORY: PAIN DOWN THE LEFT LEG FOR A YEAR. MANAGED WITH 10 WEEKS OF PHYSICAL THERAPY AND MELOXICAM WITHOUT\n"
     "LASTING RELIEF. CANNOT WALK A BLOCK.", {"physical_therapy": (10.0, "failed"), "nsaids": (None, "failed")}),
    ("HISTORY: LEFT LEG PAIN FOR A YEAR. 8 WEEKS OF CHIROPRACTIC CARE, NAPROXEN AND GABAPENTIN, NONE OF WHICH\n"
     "HELPED. CANNOT WALK A BLOCK.",
     {"chiropractic": (8.0, "failed"), "nsaids": (None, "failed"), "neuropathic_agents": (None, "failed")}),
    # near miss: the next capital line is a field of its own
    ("HISTORY: LEFT LEG PAIN FOR A YEAR. 8 WEEKS OF CHIROPRACTIC CARE AND NAPROXEN\n"
     "MRI: NO CHANGE SINCE 2024.", {"chiropractic": (8.0, None), "nsaids": (None, None)}),
])
def test_outcome_cut_by_a_wrap_in_capitals(care_lines: str, expected: dict) -> None:
    assert _template_care(care_lines) == expected


# --- faint or no benefit, persisting pain; lengths told with 'during', 'over', 'a full', 'approx.'; 'ago' -------------

@pytest.mark.parametrize("history, expected", [
    ("Ten weeks of chiropractic care, with little, if any, lasting relief.", {"chiropractic": (10.0, "failed")}),
    ("She was managed with meloxicam and physical therapy for 3 months, with ongoing leg pain.",
     {"nsaids": (13.0, "failed"), "physical_therapy": (13.0, "failed")}),
    ("Acupuncture for 2 months helped only a tiny bit.", {"acupuncture": (8.6667, "partial")}),
    ("Physiotherapy during seven weeks; the leg is only marginally better.", {"physical_therapy": (7.0, "partial")}),
    # near miss: care planned for the persisting pain (not listed at all since round 20, tgap20: a plan is no care tried)
    ("With persistent leg pain she will start physical therapy next week.", {}),
])
def test_faint_benefit_and_persisting_pain(history: str, expected: dict) -> None:
    assert _care(history) == expected


@pytest.mark.parametrize("history, expected", [
    ("Chiropractic care during 9 weeks, no change.", {"chiropractic": (9.0, "failed")}),
    ("Physical therapy for a full six weeks, no relief.", {"physical_therapy": (6.0, "failed")}),
    ("PT for approx. 3 months was stopped after the pain flared.", {"physical_therapy": (13.0, "failed")}),
    # near miss: when the care was, not how long
    ("Physical therapy, about 4 months ago, no change.", {"physical_therapy": (None, "failed")}),
])
def test_care_lengths_in_more_words(history: str, expected: dict) -> None:
    assert _care(history) == expected


# --- care stopped for a side effect, told with other verbs and connectors ---------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("Pregabalin was ceased owing to somnolence.", {"neuropathic_agents": (None, "intolerant")}),
    ("Duloxetine was withdrawn on account of persistent nausea.", {"neuropathic_agents": (None, "intolerant")}),
    ("Gabapentin, weaned off secondary to dizziness.", {"neuropathic_agents": (None, "intolerant")}),
    # near miss: stopped for a reason that is no side effect
    ("Pregabalin was ceased owing to its cost.", {"neuropathic_agents": (None, None)}),
])
def test_care_stopped_for_a_side_effect(history: str, expected: dict) -> None:
    assert _care(history) == expected
