"""Round 7b (NECL): documentation elements in the layouts of `dev_fresh_al` (word-processor Unicode, odd spacing,
abbreviated and misspelled field labels, inline field runs, bullet lists), as fictional snippets of each family.

Every case gives the exact reading the reader must return and failed before its change; the guards (named so) pin
readings the change must keep.
"""

from __future__ import annotations

import pytest

from nlp import extract

_TITLE = "Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"


def _read(text: str, element: str) -> bool | str | None:
    """The value the reader gives a documentation element (time_out, consent, complications) after a TFESI title."""
    fact = getattr(extract(_TITLE + text), element)
    return None if fact is None else fact.value


def _time_out(text: str) -> bool | None:
    return _read(text, "time_out")


def _consent(text: str) -> bool | None:
    return _read(text, "consent")


def _complications(text: str) -> str | None:
    return _read(text, "complications")


# --- a time-out written with a word processor's hyphen, runs of spaces, or as 'T/O' ---------------------------------

@pytest.mark.parametrize("text", [
    "Consent \u2014 signed.  Time\u2013out \u2014 done.\n",  # an en dash for the hyphen
    "Consent: yes   T/O: yes\nPre: 8/10\n",
    "consent signed, t/o done, prone.\n",
    "Consent/T/O done. Prone.\n",
    "Consent: yes   T.O.: done\n",
])
def test_time_out_in_word_processor_and_shorthand_forms(text: str) -> None:
    assert _time_out(text) is True


@pytest.mark.parametrize("text", [
    "Consent signed \u2014 time\u2011out done. Pre-procedure pain 7/10.\n",  # non-breaking hyphen (normalised)
    "Consent  signed .    Time  out  done .    Pain   before   7/10\n",  # runs of spaces (phrase targets step over)
])
def test_guard_normalised_time_out_forms_still_read(text: str) -> None:
    assert _time_out(text) is True


@pytest.mark.parametrize("text", [
    "Pain was present at the time. Out of work for a month.\n",  # 'time' and 'out' in separate sentences
    "Lifting is limited; T/O pending.\n",  # no done-word after the abbreviation, no item punctuation
])
def test_guard_no_time_out_from_near_forms(text: str) -> None:
    assert _time_out(text) is None


# --- a misspelled field label still labels its field ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Concent: signed.   Time out: done\n", True),
    ("Consnet - yes\nTime-out: done\n", True),
    ("Cosent: declined\n", False),
])
def test_misspelled_consent_label(text: str, expected: bool) -> None:
    assert _consent(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("Pain post: 2/10\nComplicatons: none\n", "none"),
    ("Pain post: 2/10\nCompilcations: none\n", "none"),
    ("Pain post: 2/10\nComplciations: site soreness, ice given\n", "site soreness, ice given"),
])
def test_misspelled_complications_label(text: str, expected: str) -> None:
    assert _complications(text) == expected


def test_guard_a_real_word_one_letter_off_is_no_consent() -> None:
    assert _consent("Content: 2 mL of 0.25% bupivacaine\n") is None


# --- inline field runs and dictated runs: a consent field beside 'Cx: none' is no risk talk ---------------------------

@pytest.mark.parametrize("text", [
    "Consent signed, no complications, discharged home.\n",
    "Pre 8/10, consent and time-out done, post 2/10, no cx, home.\n",
])
def test_negated_complication_beside_a_consent_clause(text: str) -> None:
    assert _complications(text) == "none"


def test_guard_inline_field_run_complications() -> None:
    assert _complications("Proc: R L5-S1 TFESI; Consent: yes; Time-out: yes; Pre: 8/10; Post: 2/10; Cx: none\n") == "none"


def test_guard_complications_in_risk_talk_are_not_today_s() -> None:
    # the risks named in the consent discussion say nothing about today's complications
    assert _complications("Risks including bleeding, infection and no guarantee of relief were discussed and consent "
                          "was signed.\n") is None


# --- care that 'never helped' failed ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("History: right neck pain for 5 years; PT 10 weeks and NSAIDs never helped.",
     [("physical_therapy", "failed"), ("nsaids", "failed")]),
    ("History: neck pain. Physical therapy never really worked.", [("physical_therapy", "failed")]),
    ("History: neck pain. Meloxicam never gave her any relief.", [("nsaids", "failed")]),
])
def test_care_that_never_helped_failed(sentence: str, expected: list) -> None:
    care = extract("Right C5-C6 facet radiofrequency ablation under fluoroscopy.\n" + sentence + "\n").necessity
    assert [(c.modality, c.outcome) for c in care.conservative_care] == expected


def test_guard_care_that_helped_helped() -> None:
    care = extract("Right C5-C6 facet radiofrequency ablation under fluoroscopy.\nHistory: PT helped.\n").necessity
    assert [(c.modality, c.outcome) for c in care.conservative_care] == [("physical_therapy", "helped")]


# --- a timing word after a score is the score's even when a relief percent follows ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("* Pain 8/10 before, 2/10 after - 80% relief\n", [("pre", 8.0), ("post", 2.0)]),
    ("Pain 7/10 pre, 3/10 post - 57 percent better.\n", [("pre", 7.0), ("post", 3.0)]),
])
def test_post_score_before_a_relief_percent(text: str, expected: list) -> None:
    scores = extract(_TITLE + text).assessments.pain_scores
    assert [(p.timing, p.value) for p in scores] == expected


def test_guard_cue_labelling_the_next_score() -> None:
    scores = extract(_TITLE + "Post: 3/10 (pre 7/10)\n").assessments.pain_scores
    assert [(p.timing, p.value) for p in scores] == [("post", 3.0), ("pre", 7.0)]


# --- a bullet list's 'Type:' field gives the intent --------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("SI JOINT BLOCK\n* Side: left\n* Type: diagnostic\n* 22 g needle into the left SI joint under fluoroscopy\n",
     "diagnostic"),
    ("Left SI joint injection under fluoroscopy.\nBlock type: therapeutic\n", "therapeutic"),
])
def test_type_field_is_the_intent(text: str, expected: str) -> None:
    assert [p.intent for p in extract(text).procedures] == [expected]


def test_guard_needle_type_is_no_intent() -> None:
    text = "Left SI joint injection under fluoroscopy.\nNeedle type: 22 g spinal\n"
    assert [p.intent for p in extract(text).procedures] == [None]


# --- one field of an inline field run is its own statement: a prior block's result is no relief of today's ----------

_FIELD_RUN = ("Right SI joint injection (therapeutic) - fluoroscopy\n"
              "Proc: R SI joint inj; Intent: therapeutic; Prior dx block: R SI 01/2026, 80% relief; Consent: yes; "
              "Pre: 8/10; Post: 2/10; Relief: {now}; Cx: none\n")


def test_guard_inline_field_run_keeps_the_prior_block_apart() -> None:
    a = extract(_FIELD_RUN.format(now="75%")).assessments
    assert ([r.percent for r in a.percent_relief], [r.percent for r in a.diagnostic_blocks]) == ([75.0], [80.0])


def test_guard_semicolon_clauses_without_labels_stay_one_sentence() -> None:
    text = ("Right SI joint injection under fluoroscopy.\nPre 8/10; post 2/10; 75% relief; she was pleased; no "
            "complications.\n")
    a = extract(text).assessments
    assert ([r.percent for r in a.percent_relief], a.diagnostic_blocks) == ([75.0], [])


# --- shorthand complication labels the sections do not know ---------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Compl: none\n", "none"),
    ("Comps - none\n", "none"),
    ("AE: none\n", "none"),
    ("Cx - nil\n", "none"),
    ("Complications = 0\n", "none"),
    ("Compl: site soreness, ice applied.\n", "site soreness, ice applied"),
])
def test_shorthand_complication_label(line: str, expected: str) -> None:
    assert _complications("Pain post 2/10.\n" + line) == expected


@pytest.mark.parametrize("line", ["Compl: ***\n", "Cx:\n", "Good compliance with the home program.\n"])
def test_guard_blank_or_running_text_complication_label(line: str) -> None:
    assert _complications("Pain post 2/10.\n" + line) is None



@pytest.mark.parametrize("text", [
    "Risks including infection and bleeding were discussed, no complications guaranteed.\n",
    "Consent signed after the risks were reviewed, no complications can be promised.\n",
])
def test_guard_a_promise_of_no_complications_is_risk_talk(text: str) -> None:
    assert _complications(text) is None


@pytest.mark.parametrize("text", ["Complications: ____\n", "Complicatons: ***\n", "Concent: ____\n"])
def test_guard_a_blank_labelled_field_documents_nothing(text: str) -> None:
    facts = extract(_TITLE + text)
    assert (facts.complications, facts.consent) == (None, None)


# --- fields side by side on one line: each field's value is its own ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Consent obtained    Timeout completed    Complications none\n", (True, True, "none")),  # flattened columns
    ("CONSENT:SIGNED TIMEOUT:DONE CX:NONE\n", (True, True, "none")),
    ("1) Consent: signed 2) Time-out: done 3) Complications: none\n", (True, True, "none")),
    ("Consent: Signed | Time-out: Done | Complications: None\n", (True, True, "none")),
    ("Consent obtained.Time-out performed.No complications.\n", (True, True, "none")),  # no space after the stops
])
def test_fields_side_by_side(text: str, expected: tuple) -> None:
    f = extract(_TITLE + text)
    got = (f.consent and f.consent.value, f.time_out and f.time_out.value, f.complications and f.complications.value)
    assert got == expected


@pytest.mark.parametrize("text", ["Time out was not performed.\n", "A time-out was not done.\n"])
def test_time_out_not_performed_after_the_word(text: str) -> None:
    assert _time_out(text) is False


@pytest.mark.parametrize("text", ["No time-out performed.\n", "Time-out: not done.\n"])
def test_guard_time_out_negated_before_or_in_its_field(text: str) -> None:
    assert _time_out(text) is False


# --- an em dash separates a field from its value as a colon does ------------------------------------------------------

@pytest.mark.parametrize("line", ["Duration \u2014 6 months\n", "\u2022 Duration \u2014 6 months\n",
                                  "Symptom duration \u2014 6 months\n"])
def test_em_dash_duration_field(line: str) -> None:
    duration = extract(_TITLE + line).necessity.symptom_duration
    assert duration is not None and duration.weeks == 26.0


# --- one label for the pair of scores: the pre score comes first -------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Pre/post pain: 8/10 / 2/10\n", [("pre", 8.0), ("post", 2.0)]),
    ("Pain pre/post: 7/10, 3/10\n", [("pre", 7.0), ("post", 3.0)]),
    ("Pre- and post-procedure pain: 6/10 and 1/10\n", [("pre", 6.0), ("post", 1.0)]),
    ("Pre/Post NRS 8/10 & 2/10\n", [("pre", 8.0), ("post", 2.0)]),
])
def test_paired_pre_post_label(line: str, expected: list) -> None:
    scores = extract(_TITLE + line).assessments.pain_scores
    assert [(p.timing, p.value) for p in scores] == expected
