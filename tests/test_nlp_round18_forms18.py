"""Round 18 (forms18): EMR form-field and template layouts of the session's form batch (dev_fresh_cv), read as
families; fictional snippets in our own wordings (never a corpus sentence), exact values, near misses beside.

- A vitals grid with a pain column whose rows are named by their time ("| Before | 130/80 | 72 | 5 |").
- A post label whose pre half was left blank on the same line ("NRS  pre: ___   post: 3").
- A post label left blank after a filled pre score ("Pre: 6   Post: --"): the blank is the post field, the 6 is pre.
- A unit word on the next line is no unit of a score ("Post-block pain: 2" over "Percent relief: 90%").
"""

from __future__ import annotations

import pytest

import nlp


def _scores(text: str) -> list[tuple[str, float]]:
    return [(p.timing, p.value) for p in nlp.extract(text).assessments.pain_scores]


_HEAD = ("Procedure: Right L4-5 transforaminal epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16)\n"
         "Consent: signed\n")
_TAIL = "\nUnder fluoroscopy a 22 g needle was placed at the right L4-5 foramen; dexamethasone 10 mg injected.\n"


# --- a vitals grid with a pain column ----------------------------------------------------------------------------

@pytest.mark.parametrize("grid, expected", [
    ("|          | BP      | Pulse | Pain |\n| Before   | 136/82  | 80    | 7    |\n| After    | 124/70  | 72    | 2    |\n",
     [("pre", 7.0), ("post", 2.0)]),
    ("| Time | SpO2 | NRS (0-10) |\n| Pre-procedure | 99% | 8 |\n| Post-procedure | 98% | 3 |\n",
     [("pre", 8.0), ("post", 3.0)]),
    ("|      | HR | Pain score |\n| Pre  | 66 | 5          |\n| Discharge | 64 | 1     |\n",
     [("pre", 5.0), ("post", 1.0)]),
])
def test_vitals_grid_pain_column(grid: str, expected: list) -> None:
    assert _scores(_HEAD + "VITALS\n" + grid + _TAIL) == expected


def test_vitals_grid_rows_named_by_clock_are_not_scores() -> None:
    # near miss: rows named by a clock time carry no pre/post timing; a pulse column is no pain
    grid = "|       | BP      | HR | Pain |\n| 09:10 | 136/82  | 80 | 7    |\n| 09:40 | 124/70  | 72 | 2    |\n"
    assert _scores(_HEAD + "VITALS\n" + grid + _TAIL) == []


# --- a blank pre label beside a filled post label --------------------------------------------------------------

@pytest.mark.parametrize("row, expected", [
    ("Pain score   Pre: ___    Post: 3", [("post", 3.0)]),
    ("NRS  pre --   post 4", [("post", 4.0)]),
    ("VAS   Pre-procedure: ***   Post-procedure: 1", [("post", 1.0)]),
])
def test_post_label_after_blank_pre(row: str, expected: list) -> None:
    assert _scores(_HEAD + row + _TAIL) == expected


def test_lone_post_label_without_pair_is_no_score() -> None:
    # near miss: a lone "Post: 2" with no pre half on its line and no earlier score stays unread
    assert _scores(_HEAD + "Post: 2" + _TAIL) == []


# --- a blank post label after a filled pre score ----------------------------------------------------------------

@pytest.mark.parametrize("row", [
    "Pain NRS:  Pre: 6   Post: --",
    "Pain (0-10)   Pre: 6    Post: ___",
    "NRS: Pre: 6  Post: ***",
])
def test_blank_post_label_does_not_time_the_pre_score(row: str) -> None:
    assert _scores(_HEAD + row + _TAIL) == [("pre", 6.0)]


def test_post_label_with_a_value_still_labels_the_next_score() -> None:
    # near miss: the post label has its own value, so both are read with their own timings
    assert _scores(_HEAD + "Pain NRS:  Pre: 6   Post: 2" + _TAIL) == [("pre", 6.0), ("post", 2.0)]


# --- a unit on the next line -------------------------------------------------------------------------------------

@pytest.mark.parametrize("rows, expected", [
    ("Pre-block pain: 8\nPost-block pain: 2\nPercent relief at 30 minutes: 75%", [("pre", 8.0), ("post", 2.0)]),
    ("Pain before: 6\nPain after: 1\nPercent improvement: 80%", [("pre", 6.0), ("post", 1.0)]),
])
def test_next_line_word_is_no_unit(rows: str, expected: list) -> None:
    assert _scores(_HEAD + rows + _TAIL) == expected


def test_same_line_unit_still_excludes() -> None:
    # near miss: a unit on the score's own line still makes it no score ("pain: 3 months")
    assert _scores(_HEAD + "Low back pain: 3 months, worse standing" + _TAIL) == []


# --- an earlier procedure in a care list, told with how long its relief lasted ------------------------------------

def _families(text: str) -> list[str]:
    return sorted(p.family for p in nlp.extract(text).procedures)


_SCS = ("Procedure: Percutaneous spinal cord stimulator trial, two leads\nDx: Failed back surgery syndrome (M96.1)\n"
        "{care}\nFluoroscopy. Tuohy needles at L1-2; leads advanced to T8 and T9 and anchored.\n")


@pytest.mark.parametrize("care", [
    "Back pain since the fusion. Medial branch blocks - relief lasting two weeks; acupuncture did nothing.",
    "Pain after fusion. Caudal epidural steroid injections - short-lived relief; chiropractic - no help.",
    "Axial pain 5 years; NSAIDs - no durable relief; trigger point injections - relief x 10 days.",
    "Failed care: PT 12 weeks; two interlaminar ESIs - benefit for about a month.",
])
def test_earlier_procedure_with_a_relief_span_is_not_today(care: str) -> None:
    assert _families(_SCS.format(care=care)) == ["scs_trial"]


def test_expected_relief_span_does_not_date_today() -> None:
    # near miss: the relief hoped for from today's procedure is no earlier result
    note = ("Procedure: Left L4-5 interlaminar epidural steroid injection under fluoroscopy, expected relief for "
            "several weeks.\nDx: Lumbar radiculopathy (M54.16)\nTuohy needle at L4-5, 80 mg triamcinolone.\n")
    assert _families(note) == ["interlaminar_epidural"]


def test_relief_span_in_hours_does_not_date_a_block() -> None:
    # near miss: a diagnostic block's relief in hours is read today ("for 6 hours" is the diary of today's block)
    note = ("Diagnostic right L4-5 and L5-S1 medial branch blocks under fluoroscopy; bupivacaine 0.5 mL at each "
            "target. Patient to log relief for 6 hours.\n")
    assert _families(note) == ["facet_injection"]


# --- a time-out's clock time beside a sedation record ----------------------------------------------------------

def _sedation(text: str) -> tuple:
    sed = nlp.extract(text).procedures[0].sedation
    return sed.start_time, sed.stop_time, sed.intraservice_minutes


_KYPHO = ("Procedure: T12 kyphoplasty, bipedicular\nDx: Osteoporotic compression fracture (M80.08XA)\n"
          "{timeout}\nMODERATE SEDATION (self-administered by the proceduralist; RN observer in the room)\n"
          "Start 10:05   End 10:31   Total 26 min\nMidazolam 2 mg IV, fentanyl 50 mcg IV\n"
          "Fluoroscopy biplane; trocars through both T12 pedicles, balloon inflated, cement placed.\n")


@pytest.mark.parametrize("timeout", [
    "Time-out: 10:02 - performed, level verified",
    "Time out: 10:02 (site, side and level confirmed)",
    "Time-out performed at 10:02 with the whole team",
    "Time-out completed 10:02 - patient and level checked",
])
def test_time_out_clock_is_not_sedation_start(timeout: str) -> None:
    assert _sedation(_KYPHO.format(timeout=timeout)) == ("10:05", "10:31", 26)


def test_sedation_times_on_the_time_out_line_still_read() -> None:
    # near miss: the sedation's own start and end written after the time-out on one line are read
    note = ("Procedure: T12 kyphoplasty, bipedicular\nDx: Osteoporotic compression fracture (M80.08XA)\n"
            "Time-out 10:02; moderate sedation started 10:05, ended 10:29, midazolam 2 mg IV.\n"
            "Fluoroscopy biplane; trocars through both T12 pedicles, balloon inflated, cement placed.\n")
    assert _sedation(note) == ("10:05", "10:29", 24)


# --- a symptom span after a state word, with no 'for' ------------------------------------------------------------

def _weeks(history: str) -> float | None:
    import datetime as dt

    note = ("Procedure: Right L4-L5 interlaminar epidural steroid injection\nDx: Lumbar radiculopathy (M54.16)\n"
            f"Hx: {history}\nTuohy needle at L4-5 under fluoroscopy, 80 mg triamcinolone.\n")
    d = nlp.extract(note, date_of_service=dt.date(2026, 3, 1)).necessity.symptom_duration
    return d.weeks if d else None


@pytest.mark.parametrize("history, weeks", [
    ("burning pain from the hip to the outer shin with tingling, present 5 months.", 21.6667),
    ("left calf pain and numbness in the sole, ongoing 5 months.", 21.6667),
    ("shooting pain down the right leg, constant 3 months.", 13.0),
    ("aching in both legs when walking, persistent 10 weeks.", 10.0),
])
def test_state_word_before_the_span(history: str, weeks: float) -> None:
    assert _weeks(history) == pytest.approx(weeks, abs=1e-3)


@pytest.mark.parametrize("history", [
    "left leg pain to the ankle. Ongoing 6 weeks of physical therapy without change.",
    "left leg pain to the ankle. Relief from the prior ESI was present 3 weeks.",
    "left leg pain to the ankle. Pain constant 8/10.",
])
def test_state_word_near_misses(history: str) -> None:
    assert _weeks(history) is None


def test_time_out_of_sedation_is_the_sedation_end() -> None:
    # near miss: "Time out of sedation" is the sedation's end, not a time-out label
    note = ("Procedure: T12 kyphoplasty, bipedicular\nDx: Osteoporotic compression fracture (M80.08XA)\n"
            "Sedation: midazolam 1 mg IV. Time into sedation: 11:04. Time out of sedation: 11:30.\n"
            "Fluoroscopy biplane; trocars through both T12 pedicles, balloon inflated, cement placed.\n")
    assert _sedation(note) == ("11:04", "11:30", 26)
