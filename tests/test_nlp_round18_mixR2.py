"""Round 18 (mixR2): necessity, repeat and level wordings behind the sealed batches dev_fresh_da / dev_fresh_db, read
by `nlp`; fictional snippets in our own wordings (never a corpus sentence), exact values, near misses beside.

- A ceiling on the relief the care gave ('none of which gave more than a few weeks of relief', 'nothing helped for
  longer than a week or two', 'never more than two weeks of benefit'): the care helped only briefly (partial).
- A repeat that is only planned, the plan written after it in a passive ('a repeat block will be considered if ...',
  'repeat ESI may be offered', 'a repeat injection is an option'): no repeat today.
- A walking distance ('walk past a block') and a disability index with its verb ('Oswestry Disability Index is 46%',
  'ODI score of 38%') before a percent: neither a block's result nor a prior procedure response.
- Contrast spread told with the space and side between the verb and the range ('spread in the dorsal epidural space,
  predominantly left-sided, over T9 to T11'): where the drug went, not a second interlaminar level.
- Trigger points pointed back at in shorthand ('each TP', 'between the 2 TPs', 'both TPs'): the muscles named in the
  exam are the ones injected.
- A hard-wrapped line that goes on with a side's abbreviation ('... numbness' + newline + 'R foot, x 5 mo'): one
  sentence, so the duration keeps its symptom.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2025, 3, 4)


def _esi(history: str, tail: str = "") -> str:
    return ("Right L5-S1 transforaminal epidural steroid injection\n"
            "Diagnosis: Lumbar radiculopathy (M54.16).\n"
            f"History: {history}\n"
            "Procedure: under fluoroscopy a needle was placed at the right L5-S1 foramen and 10 mg dexamethasone was "
            f"injected. No complications.\n{tail}")


def _care(history: str) -> dict[str, tuple[float | None, str | None]]:
    care = nlp.extract(_esi(history), date_of_service=DOS).necessity.conservative_care
    return {c.modality: (c.weeks, c.outcome) for c in care}


# --- a ceiling on the relief the care gave -------------------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("Eight weeks of physical therapy and naproxen, none of which gave more than a few weeks of relief.",
     {"physical_therapy": (8.0, "partial"), "nsaids": (None, "partial")}),
    ("She did physical therapy for 6 weeks, with no more than a week or two of relief.",
     {"physical_therapy": (6.0, "partial")}),
    ("Physical therapy for 10 weeks, which never gave more than two weeks of benefit.",
     {"physical_therapy": (10.0, "partial")}),
    # near miss: a tolerance, not the care's relief
    ("Physical therapy for 10 weeks. She has never been able to sit longer than twenty minutes.",
     {"physical_therapy": (10.0, None)}),
    # near miss: a course kept up for a while, no relief told
    ("Physical therapy for 10 weeks; none of which she attended for more than 3 weeks at a stretch.",
     {"physical_therapy": (10.0, None)}),
])
def test_relief_ceiling_is_partial(history, expected):
    assert _care(history) == expected


# --- a repeat only planned, the plan after it ----------------------------------------------------------------------

def _repeat(tail: str) -> bool:
    proc = nlp.extract(_esi("Leg pain for 4 months.", tail), date_of_service=DOS).procedures[0]
    return bool(proc.repeat and proc.repeat.value)


@pytest.mark.parametrize("tail, expected", [
    ("Plan: follow up in 3 weeks; a repeat injection will be considered only if the pain returns.\n", False),
    ("Plan: repeat ESI may be offered in three months.\n", False),
    ("Plan: a repeat epidural is an option should the relief fade.\n", False),
    ("Plan: repeat injection to be considered at follow-up.\n", False),
    # near miss: today's repeat, a later plan in its own clause
    ("Note: this is a repeat injection; another will be considered in the spring.\n", True),
])
def test_planned_repeat_after(tail, expected):
    assert _repeat(tail) is expected


# --- a walking distance or a disability index before a percent -----------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("Leg pain for 4 months. She cannot walk past a block, and her Oswestry Disability Index is 46%.", []),
    ("Leg pain for 4 months. He walks two blocks at most; ODI score of 38%.", []),
    ("Leg pain for 4 months. Walking is limited to half a block and the disability index measured 52%.", []),
    # near miss: a prior block's result stays one
    ("Leg pain for 4 months. The previous transforaminal block gave 70% relief for 4 months.", [70.0]),
])
def test_distance_and_index_are_no_prior_response(history, expected):
    facts = nlp.extract(_esi(history), date_of_service=DOS)
    assert [r.percent for r in facts.assessments.prior_procedure_response] == expected


# --- contrast spread with the space and side between the verb and the range ---------------------------------------

def _ilesi(spread: str) -> list[str]:
    text = ("Thoracic interlaminar epidural steroid injection at T8-T9\n"
            "Diagnosis: Thoracic radiculopathy (M54.14).\n"
            "Procedure: under fluoroscopy a Tuohy needle entered the T8-T9 interlaminar space by loss of resistance. "
            f"{spread} 80 mg triamcinolone was injected. No complications.\n")
    proc = nlp.extract(text, date_of_service=DOS).procedures[0]
    return sorted(lv.name for lv in proc.levels)


@pytest.mark.parametrize("spread, expected", [
    ("Omnipaque spread in the posterior epidural space, mostly on the right, over T8 to T10.", ["T8-T9"]),
    ("Contrast flowed within the dorsal epidural space, favoring the left side, up to T7-T8.", ["T8-T9"]),
    # near miss: a needle moved to another level after the spread is a level treated
    ("Contrast spread well. The needle was then redirected and a second needle entered the T9-T10 space.",
     ["T8-T9", "T9-T10"]),
])
def test_spread_over_range_after_descriptors(spread, expected):
    assert _ilesi(spread) == expected


# --- trigger points pointed back at in shorthand -------------------------------------------------------------------

def _tpi(technique: str) -> list[str]:
    text = ("Trigger point injections\n"
            "Diagnosis: Myofascial pain (M79.18).\n"
            "Exam: taut bands with a twitch response in the left rhomboid and left upper trap.\n"
            f"Procedure: {technique} No complications.\n")
    proc = nlp.extract(text, date_of_service=DOS).procedures[0]
    return sorted(m.value for m in proc.muscles)


@pytest.mark.parametrize("technique, expected", [
    ("27g needle; each TP: 1 mL 0.5% bupivacaine.", ["left rhomboid", "left upper trap"]),
    ("Lidocaine 1% 3 mL divided between the 2 TPs.", ["left rhomboid", "left upper trap"]),
    ("Both TPs injected with 2 mL 1% lidocaine.", ["left rhomboid", "left upper trap"]),
    # near miss: no pointing back, the exam names are not the ones injected
    ("1 mL 1% lidocaine injected.", []),
])
def test_tp_shorthand_points_back(technique, expected):
    assert _tpi(technique) == expected


# --- a wrapped line going on with a side abbreviation --------------------------------------------------------------

@pytest.mark.parametrize("lines, expected", [
    ("Dx: lumbar radiculopathy (M54.16). Pt reports burning pain down the lateral calf, tingling & numbness\n"
     "L foot, x 7 wks.", 7.0),
    ("Dx: lumbar radiculopathy (M54.16). Pt describes shooting pain down the back of the thigh, weakness\n"
     "Rt ankle dorsiflexion, x 3 mo.", 13.0),
    # near miss: a short line of its own, then a line about the side prepped
    ("Dx: lumbar radiculopathy (M54.16).\nPre: 7/10\nR side prepped x 2.", None),
])
def test_wrap_before_side_abbreviation(lines, expected):
    text = ("R L5-S1 TFESI, 2/4/25.\n\n" + lines + "\nPT x 6 wks, no help.\n"
            "Fluoro. 22g needle to R L5/S1 foramen. Dexamethasone 10 mg. No cx.\n")
    dur = nlp.extract(text, date_of_service=DOS).necessity.symptom_duration
    assert (round(dur.weeks, 1) if dur else None) == expected
