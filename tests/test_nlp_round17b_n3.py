"""Round 17b (n3): necessity wordings behind the fourteenth session's vendor batches (dev_fresh_cq), read by
`nlp.build_necessity`; fictional snippets in our own wordings (never a corpus sentence), exact values, near misses.

- A grid row or template field whose label asks how long the symptoms have lasted ('How long | Seven months',
  'Length of symptoms ..... 10 wks', 'How long has it been going on | Five months', 'Symptom onset: ... ; present 5 months'): the
  label says whose span the value is, so no symptom word need stand beside it. Not a label of another span
  ('Duration of relief', 'How long did the block help'), nor a value that is no duration ('N/A', 'unknown').
- A history field run on after a column gap on the diagnosis line ('Dx: ... (M79.18)  Hx: upper back ache ...'): the
  indication; not a field that names no symptom ('Hx: HTN, diabetes').
- A vendor grid's free-text box ('Free text:', 'Physician narrative:') holds the narrative, not the blank row above
  it: trigger point findings told there count.
- The medial branches as the object of an ablating verb ('were lesioned', 'nerves burned'): the earlier ablation's
  result, no diagnostic block's; branches 'blocked' stay a block.
- The sensory sign told modality first ('sensation to pinprick is decreased', 'light touch reduced') is a radicular
  finding; not 'sensation intact' nor 'is not decreased'.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 3, 10)


def _grid(row: str) -> str:
    return ("Pain Clinic Procedure Record\nItem | Entry\nProcedure | Right L5-S1 transforaminal epidural steroid injection\n"
            "Diagnoses | M54.16 Lumbar radiculopathy\nHistory |\n" + row + "\n"
            "Procedure Details |\nGuidance | Fluoroscopy\nDetails | Under fluoroscopy a needle was placed at the right "
            "L5-S1 foramen and 10 mg dexamethasone was injected. No complications.\n")


def _weeks(row: str) -> float | None:
    d = nlp.extract(_grid(row), date_of_service=DOS).necessity.symptom_duration
    return d.weeks if d else None


@pytest.mark.parametrize("row, expected", [
    ("How long | Seven months", 30.3333),
    ("How long | 14 months", 60.6667),
    ("Length of symptoms ..... 10 wks", 10.0),
    ("How long has it been going on | Five months", 21.6667),
    ("Length of complaint: eight months", 34.6667),
    ("Symptom onset: Right leg pain came back 3 months after a discectomy; present 5 months", 21.6667),
])
def test_duration_field_value(row: str, expected: float) -> None:
    assert _weeks(row) == expected


@pytest.mark.parametrize("row", [
    "Duration of relief | 3 months",           # another span's label
    "How long did the block help | 2 months",  # a question about the prior block
    "How long | N/A",                          # no duration
    "How long | unknown, 4 months of PT tried",  # no duration of the symptoms
])
def test_not_a_duration_field(row: str) -> None:
    assert _weeks(row) is None


# --- a history field run on inside the diagnosis line ---------------------------------------------------------------

def _compact(dx_line: str) -> str:
    return ("Proc: Trigger point injections, two muscles  DOS: 03/10/2026\n" + dx_line + "\n"
            "Consent: Written consent obtained.  Time out: Done.  Sedation: None.\n"
            "Technique: Two trigger points were injected with 2 mL of 1% lidocaine each without imaging.\n"
            "Complications: None.\n")


@pytest.mark.parametrize("line, expected", [
    ("Dx: Myalgia (M79.18)  Hx: Upper back ache with knots referring into the shoulder blade.",
     "Upper back ache with knots referring into the shoulder blade."),
    ("Dx: Myalgia, other site (M79.18)   HPI: left neck pain with tight bands in the trapezius.",
     "left neck pain with tight bands in the trapezius."),
])
def test_inline_history_is_the_indication(line: str, expected: str) -> None:
    ind = nlp.extract(_compact(line), date_of_service=DOS).necessity.indication
    assert ind is not None and ind.value == expected


def test_inline_history_without_symptoms_is_no_indication() -> None:
    assert nlp.extract(_compact("Dx: Myalgia (M79.18)  Hx: HTN, diabetes."), date_of_service=DOS).necessity.indication is None


# --- a grid's free-text narrative box ---------------------------------------------------------------------------------

def _tpi_grid(box: str) -> str:
    return ("Pain Clinic Procedure Record\nItem | Entry\nProcedure | Trigger point injections\n"
            "Diagnoses | M79.18 Myalgia, other site\nProcedure Details |\nInjectate | lidocaine 1% 1 mL per muscle\n"
            "Complications |\n\n" + box + "\n")


@pytest.mark.parametrize("box, expected", [
    ("Free text:\nTwitch responses came up at two tender points in the left trapezius, which were then injected.",
     ["Twitch responses came up at two tender points in the left trapezius, which were then injected."]),
    ("Physician narrative:\nA taut band was felt in each levator scapulae and injected after aspiration.",
     ["A taut band was felt in each levator scapulae and injected after aspiration."]),
    ("Free text:\nNo taut band could be felt; the tender spots were injected.", []),
])
def test_free_text_box_is_the_narrative(box: str, expected: list[str]) -> None:
    found = nlp.extract(_tpi_grid(box), date_of_service=DOS).necessity.exam_findings
    assert [f.value for f in found] == expected


# --- medial branches told as ablated ---------------------------------------------------------------------------------

def _rfa(history: str) -> str:
    return ("Repeat left L4-L5 and L5-S1 radiofrequency ablation\nHistory: Left low back pain for five years. " + history +
            "\nDiagnosis: lumbar spondylosis (M47.816).\nProcedure: Under fluoroscopy RF cannulas were placed on the left L3, "
            "L4 and L5 medial branches and lesioned at 80 degrees for 90 seconds. No complications.\n")


@pytest.mark.parametrize("history", [
    "Her left L3, L4 and L5 medial branches were lesioned a year ago, with 80% relief for nine months.",
    "The left medial branch nerves burned in 2025 gave 80% relief lasting nine months.",
])
def test_ablated_branches_are_the_prior_ablation(history: str) -> None:
    a = nlp.extract(_rfa(history), date_of_service=DOS).assessments
    assert [(r.percent, r.duration_days) for r in a.prior_procedure_response] == [(80.0, 273.0)]
    assert a.diagnostic_blocks == []


def test_blocked_branches_stay_a_block() -> None:
    a = nlp.extract(_rfa("Her left L3, L4 and L5 medial branches were blocked twice, with 90% relief for six hours."),
                    date_of_service=DOS).assessments
    assert [r.percent for r in a.diagnostic_blocks] == [90.0] and a.prior_procedure_response == []


# --- the sensory sign told modality first --------------------------------------------------------------------------

@pytest.mark.parametrize("history, found", [
    ("A band of burning around the right ribs; pinprick is dulled in a right T11 distribution.", True),
    ("Girdle-like ache, light touch reduced in a bilateral T9 or T10 distribution.", True),
    ("Midline thoracic ache only; sensation intact, no deficit in any T10 distribution.", False),
    ("Midline thoracic ache only; sensation to light touch is not decreased anywhere.", False),
])
def test_sensory_sign_modality_first(history: str, found: bool) -> None:
    text = ("T10-T11 interlaminar epidural steroid injection\nHistory: " + history + "\nDiagnosis: thoracic spondylosis.\n"
            "Procedure: Under fluoroscopy an 18-gauge Tuohy needle entered the T10-T11 epidural space and 6 mg "
            "betamethasone was injected. No complications.\n")
    assert bool(nlp.extract(text, date_of_service=DOS).necessity.radicular_findings) is found
