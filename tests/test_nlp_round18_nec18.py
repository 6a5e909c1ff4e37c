"""Round 18 (nec18): necessity, response and side wording families behind the fourteenth session's sealed batches
(dev_fresh_cu, ct, cw, cx), read by `nlp`; fictional snippets in our own wordings (never a corpus sentence), exact
values, near misses beside.

- Care that led nowhere ('went through eight weeks of therapy and got nowhere', 'got her nowhere', 'never got him
  anywhere', 'came to nothing', 'fruitless') or made a minimal change ('with minimal change', 'negligible difference');
  not 'nowhere near as bad' nor 'minimal change disease'.
- A count or a date set apart from its block result by a list dash ('MBB x 2 - 85% and 90%', 'on 2026-02-14 - 80%
  relief') is no percent range; a written range ('60-70% relief') still is.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 6, 9)


def _note(history: str) -> str:
    return ("Right L5-S1 transforaminal epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16).\n"
            f"History: {history}\nProcedure: under fluoroscopy a needle was placed at the right L5-S1 foramen and "
            "10 mg dexamethasone was injected. No complications.\n")


def _care(history: str) -> dict[str, tuple[float | None, str | None]]:
    care = nlp.extract(_note(history), date_of_service=DOS).necessity.conservative_care
    return {c.modality: (c.weeks, c.outcome) for c in care}


# --- care that led nowhere, or changed little -----------------------------------------------------------------------

@pytest.mark.parametrize("history, expected", [
    ("She went through eight weeks of physical therapy, twice weekly, and got nowhere.",
     {"physical_therapy": (8.0, "failed")}),
    ("Chiropractic care for 6 weeks got her nowhere.", {"chiropractic": (6.0, "failed")}),
    ("A home exercise program for 2 months never got him anywhere.", {"home_exercise": (8.6667, "failed")}),
    ("Five weeks of acupuncture came to nothing.", {"acupuncture": (5.0, "failed")}),
    ("Physical therapy x 7 weeks with minimal change in the leg pain.", {"physical_therapy": (7.0, "failed")}),
    ("Chiropractic adjustments for 6 weeks - negligible difference.", {"chiropractic": (6.0, "failed")}),
    # near misses: care that did help; a diagnosis named 'minimal change'
    ("Physical therapy for 8 weeks; her pain is nowhere near as bad now.", {"physical_therapy": (8.0, None)}),
    ("Physical therapy for 8 weeks. History of minimal change disease.", {"physical_therapy": (8.0, None)}),
])
def test_care_that_led_nowhere(history, expected):
    assert _care(history) == expected


# --- a list dash between a count or date and a block result -------------------------------------------------------

def _blocks(text: str) -> list[tuple[float, int | None]]:
    return [(b.percent, b.ordinal) for b in nlp.extract(text, date_of_service=DOS).assessments.diagnostic_blocks]


@pytest.mark.parametrize("line, expected", [
    ("- Diagnostic blocks: right L4 and L5 medial branch blocks x 2 - 85% and 90% relief",
     [(85.0, 1), (90.0, 2)]),
    ("- Diagnostic blocks: MBB #1 - 80% relief, MBB #2 - 90% relief", [(80.0, 1), (90.0, 2)]),
    ("- Diagnostic blocks: first on 2026-02-14 - 80% relief; second on 2026-03-03 - 95% relief",
     [(80.0, 1), (95.0, 2)]),
])
def test_list_dash_is_no_percent_range(line, expected):
    text = ("Right L4-L5 radiofrequency ablation\n- Dx: lumbar facet arthropathy (M47.816)\n" + line + "\n"
            "- Technique: under fluoroscopy cannulas to the right L3 and L4 medial branches; thermal lesions at 80 C.\n")
    assert _blocks(text) == expected


def test_written_percent_range_keeps_its_lower_bound():
    text = ("Right L5-S1 transforaminal epidural steroid injection, repeat.\nHistory: she had 60-70% relief for five "
            "months from her last TFESI.\nProcedure: 10 mg dexamethasone at the right L5-S1 foramen.\n")
    prior = nlp.extract(text, date_of_service=DOS).assessments.prior_procedure_response
    assert [(p.percent, p.evidence[0].text) for p in prior] == [(60.0, "60-70%")]


# --- an earlier block and the ablation after it, in one sentence ----------------------------------------------------

@pytest.mark.parametrize("history", [
    "two right L4-5 medial branch blocks in 2024 (85% and 90%), then a right L4-L5 radiofrequency ablation in March "
    "2025 that gave 80% relief for nine months.",
    "two right L4-5 medial branch blocks (85% and 90%), followed by a right L4-L5 radiofrequency ablation last spring "
    "with 80% relief for nine months.",
])
def test_ablation_after_blocks_is_a_prior_response(history):
    text = ("Repeat right L4-L5 radiofrequency ablation\nDiagnosis: lumbar facet arthropathy (M47.816).\n"
            f"History: {history}\nProcedure: thermal lesions of the right L3 and L4 medial branches at 80 C.\n")
    a = nlp.extract(text, date_of_service=DOS).assessments
    assert [(b.percent, b.ordinal) for b in a.diagnostic_blocks] == [(85.0, 1), (90.0, 2)]
    assert [(p.percent, p.procedure) for p in a.prior_procedure_response] == [(80.0, "facet_rfa")]


def test_block_result_after_then_stays_a_block():
    """Near miss: the second result of the sentence names no other procedure in its clause."""
    text = ("Right L4-L5 radiofrequency ablation\nDiagnosis: lumbar facet arthropathy (M47.816).\n"
            "History: a right L4-5 medial branch block gave 90%, then a second block gave 85% relief.\n"
            "Procedure: thermal lesions of the right L3 and L4 medial branches at 80 C.\n")
    a = nlp.extract(text, date_of_service=DOS).assessments
    assert [b.percent for b in a.diagnostic_blocks] == [90.0, 85.0]
    assert a.prior_procedure_response == []


# --- scores written as a fall with no pain word, and a cue on the line above -------------------------------------

def _scores(body: str) -> list[tuple[str, float]]:
    text = ("Left L5-S1 transforaminal epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16).\n"
            "History: leg pain for 6 months.\n" + body)
    return [(p.timing, p.value) for p in nlp.extract(text, date_of_service=DOS).assessments.pain_scores]


@pytest.mark.parametrize("body, expected", [
    ("Under fluoroscopy 10 mg dexamethasone was injected at the left L5-S1 foramen. He went from 7/10 to 2/10. "
     "No complications.", [("pre", 7.0), ("post", 2.0)]),
    ("Under fluoroscopy 10 mg dexamethasone was injected at the left L5-S1 foramen. By discharge she had dropped "
     "from 9/10 down to 3/10.", [("pre", 9.0), ("post", 3.0)]),
    # a cue on the line the sentence wraps from
    ("Pain 8/10 before. Under fluoroscopy 10 mg dexamethasone was injected at the left L5-S1 foramen. At 20 minutes "
     "he walked to the car\nat 1/10. No complications.", [("pre", 8.0), ("post", 1.0)]),
    # near miss: two dates on the tenth of their months, running forwards
    ("She did PT from 1/10 to 3/10 without change. Under fluoroscopy 10 mg dexamethasone was injected at the left "
     "L5-S1 foramen.", []),
])
def test_score_pair_without_pain_word(body, expected):
    assert _scores(body) == expected


# --- a title written as the first sentence of a dictated paragraph ------------------------------------------------

def _dictated(first: str, needle_side: str) -> str:
    # one long line: the reader unwraps a dictated paragraph, so the title shares its line with the history
    return (f"{first} She has pain over the {needle_side} posterior superior iliac spine for 7 months; eight weeks of "
            f"physical therapy did not help. Diagnosis sacroiliitis, M46.1. This injection is diagnostic. Under "
            f"fluoroscopy a 22-gauge needle entered the inferior {needle_side} SI joint and 1 mL of 0.5% bupivacaine "
            f"was injected. No complications.\n")


@pytest.mark.parametrize("first", ["Right sacroiliac joint injection.", "Right SI joint injection under fluoroscopy.",
                                   "Procedure: right sacroiliac joint injection."])
def test_title_sentence_side_conflicts_with_needle(first):
    p = nlp.extract(_dictated(first, "left"), date_of_service=DOS).procedures[0]
    assert p.laterality == "left"
    assert p.intent == "diagnostic"
    assert sorted((m.source, m.value) for m in p.laterality_mentions) == [("body", "left"), ("title", "right")]


@pytest.mark.parametrize("first, source", [
    ("Right sacroiliac joint injection.", "title"),
    # near misses: an opening sentence that tells something is history, no title
    ("Right sacroiliac joint injection helped last year.", "body"),
    ("She returns for a right sacroiliac joint injection.", "body"),
])
def test_opening_sentence_source(first, source):
    from nlp.doc_index import NoteIndex
    from nlp.pipeline import get_pipeline

    idx = NoteIndex.build(get_pipeline()(_dictated(first, "left")))
    assert idx.mention_source(first.index("ight") - 1 if "ight" in first else 0) == source
