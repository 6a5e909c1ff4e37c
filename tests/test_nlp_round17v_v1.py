"""Round 17v (v1): rule gaps the old presence verifier hid (issue 3), read by `nlp.build_assessments` and the
verifier's placeholder skip (`nlp.presence.component`); fictional snippets in our own wordings (never a corpus
sentence), exact values, near misses beside.

- A pre-procedure score labelled by the start itself: 'Pain level prior to starting: 5', 'Pain before we began: 7'
  (not 'before starting gabapentin: 8', nor a duration after the number).
- A score timed by a place the patient waits in before the procedure: holding area, waiting room, pre-op bay (a score
  in the recovery area stays after; an earlier visit's stays baseline).
- The verifier skips a sentence whose content is a template placeholder ('Time-out: ___', '[ ] Time-out done').
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 7, 14)

_NOTE = ("Right L5-S1 transforaminal epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16).\n{}\n"
         "With fluoroscopic guidance a needle reached the right L5-S1 foramen and 10 mg dexamethasone was given.\n"
         "No complications.\n")


def _scores(text: str) -> list[tuple[str, float]]:
    facts = nlp.extract(_NOTE.format(text), date_of_service=DOS)
    return [(p.timing, p.value) for p in facts.assessments.pain_scores]


@pytest.mark.parametrize("text, want", [
    ("Pain level prior to starting: 5", [("pre", 5.0)]),
    ("Pain before we began: 7.", [("pre", 7.0)]),
    ("PRE-PROCEDURE PAIN: pain level before I started 4.", [("pre", 4.0)]),
    ("Pain score before beginning: 3", [("pre", 3.0)]),
])
def test_score_labelled_by_the_start(text: str, want: list[tuple[str, float]]) -> None:
    assert _scores(text) == want


@pytest.mark.parametrize("text", [
    "Pain level before starting gabapentin: 8.",  # the start of a drug, no score label
    "Pain level before starting: 4 weeks of symptoms.",  # a duration
])
def test_start_near_misses(text: str) -> None:
    assert _scores(text) == []


_INDICATION = "Indications: Buttock and calf pain for 4 months despite home exercise. {}"


@pytest.mark.parametrize("sentence, want", [
    ("While in the holding area she put her pain at 8/10.", [("pre", 8.0)]),
    ("Her pain was 6/10 in the waiting room.", [("pre", 6.0)]),
    ("Pain 5/10 at the holding unit.", [("pre", 5.0)]),
    ("Pain at her previous appointment was 6/10.", [("baseline", 6.0)]),  # near miss: an earlier visit
])
def test_score_timed_by_a_pre_procedure_place(sentence: str, want: list[tuple[str, float]]) -> None:
    assert _scores(_INDICATION.format(sentence)) == want


def test_recovery_place_stays_after() -> None:
    """Near miss: a room after the procedure."""
    assert _scores("Pain 7/10 before. Pain was 2/10 in the recovery bay.") == [("pre", 7.0), ("post", 2.0)]


def _skipped(text: str) -> list[tuple[str, bool]]:
    from nlp.presence.component import _placeholder_only, sentences

    reading = nlp.read(text)
    try:
        return [(s.text, _placeholder_only(s)) for s in sentences(reading.doc)]
    finally:
        reading.close()


def test_placeholder_sentences_are_skipped() -> None:
    got = dict(_skipped("Timeout -- ___\nPatient identity confirmed.\nUniversal protocol: n/a\n"
                        "Sedation: {{SEDATION}}\n"))
    # (round 18, formsR2: 'n/a' closing its row is a blank value, no connector, so the two template rows are two sentences)
    assert got == {"Timeout -- ___": True, "Patient identity confirmed.": False, "n/a": True, "{{SEDATION}}": True}


@pytest.mark.parametrize("line, want", [
    ("[ ] Pause for safety completed", True),  # an option not ticked
    ("Pause for safety completed [ ]", True),
    ("[X] Pause for safety completed", False),  # near miss: ticked
    ("Pause for safety -- completed by the team", False),  # near miss: a filled value
])
def test_unticked_and_filled_lines(line: str, want: bool) -> None:
    assert [flag for _, flag in _skipped(line + "\n")] == [want]


def test_verifier_does_not_hold_back_an_unfilled_time_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the verifier on, a placeholder time-out field is no evidence: the sentence is not its time-out."""
    monkeypatch.setenv("PAINPOINT_PRESENCE", "1")
    reading = nlp.read(_NOTE.format("Consent signed.\nTime out -- ***"))
    try:
        found = reading.documented(["time_out"])
    finally:
        reading.close()
    assert [d.evidence[0].text for d in found if "***" in d.evidence[0].text] == []


@pytest.mark.parametrize("row, want", [
    # pvx (s19): a template TABLE row opens with its cell bar; `_FIELD_LABEL` wanted a letter first, so a blank
    # '| Time out | ____ |' row (scored 1.0 by a retrain) held back a true time-out finding.
    ("| Pause for safety | ______ |", True),  # a blank cell
    ("| Universal protocol | n/a |", True),
    ("| Site verification:  | *** |", True),  # a colon in the label cell, a starred blank
    ("| Pause for safety |  -- |", True),
    ("| Pause for safety | done at 09:12 by the team |", False),  # near miss: a filled cell
    ("| Pause for safety | yes |", False),
])
def test_table_row_with_an_empty_value_is_a_placeholder(row: str, want: bool) -> None:
    got = _skipped("Procedure record\n" + row + "\n")
    assert [flag for text, flag in got if "|" in text] == [want]
