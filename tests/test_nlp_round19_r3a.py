"""Round 19 (issue 3, r3a): reader gaps of the interpreter-mediated and patient-quoted batch (dev_fresh_do) and the
dictation-heavy batch (dev_fresh_dp), each fixed as a wording family, as fictional snippets written for these tests
(never a corpus sentence). Each case gives exact values and failed before its change; the guards (named so) pin
readings the change must keep.

1. 'right' as an adverb of time ('Right after the injections she ...', 'Right before the needle ...') is no side: a
   one-sided note gains no right side and no laterality_conflict. 'the right after that' keeps the side.
2. A post score followed by the patient's quoted comparison ('3 out of 10; he says "about half as bad as before."')
   keeps its label: the 'before' inside a quote opened after the score does not time it. A score inside the quote
   ('"an 8 right now," she said before we started') is still timed by the words after the quote.
3. Care with the pain still there ('still sore', 'remains painful', 'stays sore') failed; care with relief of only an
   hour, a day or a week 'or two' ('only an hour or two of relief', 'only a week or so of help') helped partly (brief
   relief without a number is r2b's rule). An exam's 'painful on extension' says nothing of the care.
4. An earlier session named by its place in the series right before the procedure ('The last intra-articular left SI
   injection gave ...', 'His latest right knee steroid injection wore off ...') is not a second procedure today. A
   step of today's procedure ('The last step was a right L5-S1 TFESI') stays today's.
5. Functional limits in everyday words: a rest forced every half or quarter of a distance ('stops every half block to
   sit on a bench', 'sits down every quarter mile') and an outing or task not done since the pain took it ('has not
   gone to the market alone since summer', "hasn't driven since March", 'has not been to church in months'); never a
   drug or procedure not had since ('has not taken ibuprofen since May').
6. A same-again-at-levels clause that goes on to the other side ('the same was done at the right L5-S1 joint and
   mirrored on the opposite side'): the other side's sites count, so the mixture's share is given at every joint.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _snippet import whole
from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)


def _result(text: str):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service="11", source="r19")


def _sides(text: str) -> list[tuple[str, str | None]]:
    return [(p.family, p.laterality) for p in extract(text).procedures]


# --- 1. 'right' as an adverb ------------------------------------------------------------------------------------------

_TPI = ("Trigger point injections, left trapezius and left levator scapulae.\nMyofascial neck pain for a year, M79.18. "
        "Consent signed. Time-out done. Pain 7/10.\n1% lidocaine 1 mL into the left upper trapezius and 1 mL into the "
        "left levator scapulae. Right after the injections she turned her head freely; pain 3/10, 50% relief.\n"
        "No complications.")
_ANKLE = ("Left ankle injection.\nAnkle arthritis, M19.072. Consent signed. Time-out. Pain 6/10. Under ultrasound 40 mg "
          "Kenalog into the left ankle joint. {}")


def test_right_after_is_no_side_in_a_trigger_point_note() -> None:
    assert _sides(_TPI) == [("trigger_point", "left")]
    # two muscles, no side modifier; no laterality_conflict, only the missing trigger-point exam (indication)
    assert whole(_result(_TPI)) == ([("20552", [], 1)], {"indication"})


@pytest.mark.parametrize("tail", [
    "Right after the injection she stood up; pain 2/10.",
    "Right before the needle she was anxious. Pain 2/10 after.",
])
def test_right_as_adverb_of_time_is_no_side(tail: str) -> None:
    text = _ANKLE.format(tail)
    assert _sides(text) == [("joint_injection", "left")]
    # no laterality_conflict; ultrasound without a saved image codes 20605 (code_validity), no complications are told
    assert whole(_result(text)) == ([("20605", ["LT"], 1), ("J3301", [], 4)], {"code_validity", "complications"})


def test_guard_the_right_after_the_left_is_a_side() -> None:
    text = ("Bilateral knee injections.\nConsent signed. Time-out. Pain 6/10. Under ultrasound the left knee was "
            "injected first and the right after that, 40 mg Kenalog each. Pain 2/10.")
    assert _sides(text) == [("joint_injection", "bilateral")]


# --- 2. a quote after the post score ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "post"), [
    ('Pain before: 7/10.\nPost-procedure pain\n3 out of 10; he says "about half as bad as before."\n', 3.0),
    ('Pain before: 7/10.\nPost-procedure pain\n2/10, in his words "like before the accident."', 2.0),
])
def test_quote_after_a_post_score_does_not_time_it(text: str, post: float) -> None:
    assert [(p.value, p.timing) for p in extract(text).assessments.pain_scores] == [(7.0, "pre"), (post, "post")]


def test_quote_after_a_post_score_alone_is_post() -> None:
    text = 'Post-procedure pain\n2/10 - she says "better than it was before."'
    assert [(p.value, p.timing) for p in extract(text).assessments.pain_scores] == [(2.0, "post")]


def test_guard_score_inside_a_quote_timed_by_its_tail() -> None:
    text = 'She told us "an 8 right now," before we started. Consent signed.'
    assert [(p.value, p.timing) for p in extract(text).assessments.pain_scores] == [(8.0, "pre")]


# --- 3. care still painful, relief short -----------------------------------------------------------------------------

_CARE = "Right L5-S1 transforaminal epidural steroid injection.\nRight leg pain for 8 months. {}\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Physiotherapy for ten weeks, still sore.", [("physical_therapy", 10.0, "failed")]),
    ("Twelve weeks of PT and a home program; the back remains painful.",
     [("physical_therapy", 12.0, "failed"), ("home_exercise", 12.0, "failed")]),
    ("Six weeks of PT; her leg stays sore.", [("physical_therapy", 6.0, "failed")]),
    ("Chiropractic for six weeks gave only a week or so of help.", [("chiropractic", 6.0, "partial")]),
    ("Naproxen for two months gives only an hour or two of relief.", [("nsaids", 8.6667, "partial")]),
])
def test_care_outcome_still_painful_or_short_relief(sentence: str, expected: list) -> None:
    got = [(c.modality, c.weeks, c.outcome) for c in extract(_CARE.format(sentence)).necessity.conservative_care]
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "Completed PT for 8 weeks. Extension is painful on exam.",
    "PT for 8 weeks; the knee is painful when kneeling.",
])
def test_guard_painful_without_still_is_no_outcome(sentence: str) -> None:
    got = [(c.modality, c.weeks, c.outcome) for c in extract(_CARE.format(sentence)).necessity.conservative_care]
    assert got == [("physical_therapy", 8.0, None)]


# --- 4. the last session named before the procedure ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Left sacroiliac joint lateral branch block, diagnostic.\nPain over the left SI joint for a year. The last "
     "intra-articular left SI injection gave good but short relief.\nUnder fluoroscopy 0.5 mL of 0.5% bupivacaine at "
     "the left L5 dorsal ramus and S1, S2, S3 lateral branches.", [("si_joint_nerve_block", "left")]),
    ("Right genicular nerve block.\nHis latest right knee steroid injection wore off within weeks.\nUnder ultrasound "
     "5 mL ropivacaine at the superomedial, superolateral and inferomedial genicular nerves.",
     [("genicular_nerve_block", "right")]),
    ("Right genicular nerve block.\nThe most recent knee injection, a right intra-articular steroid shot, was useful."
     "\nUnder ultrasound 5 mL ropivacaine at the superomedial, superolateral and inferomedial genicular nerves.",
     [("genicular_nerve_block", "right")]),
])
def test_last_session_named_before_the_procedure_is_history(text: str, expected: list) -> None:
    assert _sides(text) == expected


def test_guard_last_step_of_today_is_todays_procedure() -> None:
    text = ("Procedure note.\nConsent signed. The last step was a right L5-S1 transforaminal epidural steroid injection "
            "under fluoroscopy.")
    assert _sides(text) == [("transforaminal_epidural", "right")]


# --- 5. functional limits in everyday words --------------------------------------------------------------------------

_FI = ("Lumbar interlaminar epidural steroid injection, L5-S1.\nHISTORY: Low back and bilateral leg pain for a year. {}\n"
       "PRE-PROCEDURE PAIN: 6/10.\n")


@pytest.mark.parametrize("sentence", [
    "She stops every half block to sit on a bench.",
    "He sits down every quarter mile on his walks.",
    "She has not gone to the market alone since summer.",
    "He hasn't driven since March because of the leg pain.",
    "She has not been to church in months.",
])
def test_functional_limit_in_everyday_words(sentence: str) -> None:
    assert [x.value for x in extract(_FI.format(sentence)).necessity.functional_impairment] == [sentence]


@pytest.mark.parametrize("sentence", [
    "She has not taken ibuprofen since May.",
    "He has not had an injection since 2024.",
    "She has not been seen here since last year.",
])
def test_guard_nothing_had_since_is_no_functional_limit(sentence: str) -> None:
    assert extract(_FI.format(sentence)).necessity.functional_impairment == []


# --- 6. the same at levels, then the other side ----------------------------------------------------------------------

@pytest.mark.parametrize("rest", [
    "the same was done at the right L5-S1 joint and mirrored on the opposite side.",
    "the same was done at the right L5-S1 joint and then likewise on the left at both levels.",
])
def test_same_at_levels_then_the_other_side(rest: str) -> None:
    text = ("Bilateral L4-5, L5-S1 facet joint injections.\nFluoroscopy. Kenalog-40 1 mL was mixed with 1% lidocaine "
            "1 mL. The needle entered the right L4-5 joint and 0.5 mL of the mixture was placed; " + rest)
    assert [(d.generic, d.dose) for d in extract(text).drugs] == [("triamcinolone_acetonide", 40.0),
                                                                  ("lidocaine", 10.0)]


def test_guard_same_at_levels_on_one_side_only() -> None:
    text = ("Right L3-4, L4-5, L5-S1 facet joint injections.\nFluoroscopy. Kenalog-40 1.5 mL was mixed with 1% "
            "lidocaine 1.5 mL. The needle entered the right L3-4 joint and 0.5 mL of the mixture was placed; the same "
            "was done at the right L4-5 and L5-S1 joints.")
    assert [(d.generic, d.dose) for d in extract(text).drugs] == [("triamcinolone_acetonide", 30.0),
                                                                  ("lidocaine", 7.5)]
