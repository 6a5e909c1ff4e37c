"""Round 18 (nec18b): two reader gaps left open by nec18, in our own fictional wordings (never a corpus sentence), exact
values, near misses beside.

- A score pair dated to an earlier time or procedure in a note without sections ('After her TFESI last spring she went
  from 8/10 to 2/10', 'In March he went from 9/10 to 2/10 after ...', 'Previously ...', 'her last block took her from
  7 to 3') is that procedure's response, never today's pre and post scores; today's pair stays today's ('after
  today's injection', 'pre 8/10, post 3/10').
- A body sentence that names the procedure done with one side ('Right lumbar facet joint injections were performed
  today.') and a technique that puts every needle on the other side: the technique's side codes and the difference is
  a laterality conflict; genuinely bilateral notes ('right and left', 'the same was repeated on the left side',
  'bilateral') stay bilateral with no conflict.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp
from api import pipeline

DOS = dt.date(2026, 6, 9)


# --- a score pair dated to an earlier time or procedure ------------------------------------------------------------

def _read(sentence: str) -> tuple[list[tuple[str, float]], list[tuple[float, str | None, float | None]]]:
    text = ("Left L5-S1 transforaminal epidural steroid injection for lumbar radiculopathy (M54.16). She has had leg "
            f"pain for 6 months. {sentence} Under fluoroscopy 10 mg dexamethasone was injected at the left L5-S1 "
            "foramen. No complications.\n")
    a = nlp.extract(text, date_of_service=DOS).assessments
    return ([(p.timing, p.value) for p in a.pain_scores],
            [(p.percent, p.procedure, p.duration_days) for p in a.prior_procedure_response])


@pytest.mark.parametrize("sentence, scores, prior", [
    ("After her TFESI last spring she went from 8/10 to 2/10 for four months.",
     [("baseline", 8.0), ("baseline", 2.0)], [(75.0, "transforaminal_epidural", 121.3333)]),
    ("In March he went from 9/10 to 2/10 after a left L5-S1 TFESI.",
     [("baseline", 9.0), ("baseline", 2.0)], [(77.8, "transforaminal_epidural", None)]),
    ("Previously she went from 8/10 to 3/10 for three months.",
     [("baseline", 8.0), ("baseline", 3.0)], [(62.5, None, 91.0)]),
    ("Last summer her pain went from 7 to 2 after a left L5 transforaminal injection.",
     [("baseline", 7.0), ("baseline", 2.0)], [(71.4, "transforaminal_epidural", None)]),
    ("The TFESI she had on 2/14/2026 took her from 8/10 to 3/10.",
     [("baseline", 8.0), ("baseline", 3.0)], [(62.5, "transforaminal_epidural", None)]),
    # a procedure that took the patient from one number to a lower one, with no pain word nor '/10'
    ("Her last block took her from 7 to 3.", [("baseline", 7.0), ("baseline", 3.0)], [(57.1, None, None)]),
    # (the bare 'epidural' names the earlier procedure since round 20, tgap20)
    ("Back in 2025 an epidural brought him from an 8 down to a 2 for half a year.",
     [("baseline", 8.0), ("baseline", 2.0)], [(75.0, "epidural", 182.0)]),
    ("Her first injection got her from 9 to 4 for ten weeks.",
     [("baseline", 9.0), ("baseline", 4.0)], [(55.6, None, 70.0)]),
])
def test_earlier_score_pair_is_a_prior_response(sentence, scores, prior):
    assert _read(sentence) == (scores, prior)


@pytest.mark.parametrize("sentence, scores", [
    ("She went from 8/10 to 3/10 after today's injection.", [("pre", 8.0), ("post", 3.0)]),
    ("Pre 8/10, post 3/10.", [("pre", 8.0), ("post", 3.0)]),
    # the earlier time sits in another clause
    ("Last spring she had a TFESI that helped; after the injection she went from 8/10 to 2/10.",
     [("pre", 8.0), ("post", 2.0)]),
    # the clause names today, though it names an earlier time as well
    ("Her pain went from 8/10 to 2/10 this morning after the injection, better than last spring.",
     [("pre", 8.0), ("post", 2.0)]),
    # a rise is no response
    ("Her last block took her from 3 to 7.", []),
])
def test_today_score_pair_stays_today(sentence, scores):
    assert _read(sentence) == (scores, [])


# --- a summary sentence's side against the needle's side ------------------------------------------------------------

def _facets(body: str) -> tuple[list[tuple[str, list[str], int]], list[str]]:
    text = ("Lumbar facet joint injection\nDiagnosis: lumbar spondylosis (M47.816).\nHistory: axial low back pain for 8 "
            f"months; PT for 8 weeks did not help.\n{body}\n")
    r = pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service="11", source="r18")
    return (sorted((c.code, sorted(c.modifiers), c.units) for c in r.codes),
            sorted(f.id for f in r.findings if f.id.startswith("laterality_conflict")))


def _needles(side: str) -> str:
    return (f" Under fluoroscopy, 22-gauge needles were placed into the {side} L4-L5 and {side} L5-S1 facet joints and "
            "1 mL of 0.25% bupivacaine with 10 mg triamcinolone was injected at each. No complications.")


_LEFT = [("64493", ["LT"], 1), ("64494", ["LT"], 1), ("J3301", [], 2)]
_RIGHT = [("64493", ["RT"], 1), ("64494", ["RT"], 1), ("J3301", [], 2)]
_BOTH = [("64493", ["50"], 1), ("64494", ["50"], 1), ("J3301", [], 4)]
_CONFLICT = ["laterality_conflict.side"]


@pytest.mark.parametrize("body, lines", [
    ("Right lumbar facet joint injections were performed today." + _needles("left"), _LEFT),
    ("Today, right L4-L5 and L5-S1 facet joint injections were performed." + _needles("left"), _LEFT),
    ("We performed right L4-5 and L5-S1 facet injections today." + _needles("left"), _LEFT),
    ("Left lumbar facet joint injections were done under fluoroscopy." + _needles("right"), _RIGHT),
])
def test_summary_side_yields_to_the_needle(body, lines):
    assert _facets(body) == (lines, _CONFLICT)


@pytest.mark.parametrize("body, lines", [
    ("Right and left lumbar facet joint injections were performed today." + _needles("left"), _BOTH),
    ("Right lumbar facet joint injections were performed today." + _needles("right")
     + " The same was repeated on the left side.", _BOTH),
    ("Bilateral lumbar facet joint injections were performed today." + _needles("left"), _BOTH),
    ("Right lumbar facet joint injections were performed today." + _needles("right"), _RIGHT),
])
def test_summary_side_near_misses(body, lines):
    assert _facets(body) == (lines, [])


def test_summary_side_in_other_families():
    si = ("Sacroiliac joint injection\nDiagnosis: sacroiliitis (M46.1).\nHistory: buttock pain for 7 months; PT for 8 "
          "weeks did not help.\nA left sacroiliac joint injection was carried out today. Under fluoroscopy a 22-gauge "
          "needle entered the inferior right SI joint and 1 mL of 0.5% bupivacaine with 40 mg triamcinolone was "
          "injected. No complications.\n")
    r = pipeline.analyze_text(si, payer="medicare", date_of_service=DOS, place_of_service="11", source="r18")
    assert sorted((c.code, sorted(c.modifiers), c.units) for c in r.codes) == [("27096", ["RT"], 1), ("J3301", [], 4)]
    assert sorted(f.id for f in r.findings if f.id.startswith("laterality_conflict")) == _CONFLICT
    tf = ("Transforaminal epidural steroid injection\nDiagnosis: lumbar radiculopathy (M54.16).\nHistory: leg pain for "
          "6 months; PT for 8 weeks did not help.\nRight L5-S1 transforaminal epidural steroid injection was performed "
          "under fluoroscopy. A 22-gauge needle was advanced to the left L5-S1 foramen and 10 mg dexamethasone was "
          "injected. No complications.\n")
    p = nlp.extract(tf, date_of_service=DOS).procedures[0]
    assert p.laterality == "left"
    assert sorted((m.source, m.value) for m in p.laterality_mentions) == [("body", "left"), ("title", "right")]
