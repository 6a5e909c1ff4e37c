"""Round 17 (evt17): the events of the procedure day in the wording families behind the thirteenth session's batches
(dev_fresh_ce, cf, cg, ch, cj, cm), read by `nlp.build_assessments`, `nlp.build_events` and the rules; fictional
snippets in our own wordings (never a corpus sentence), exact values, near misses beside.

- EMR template fields with a double dash, a table bar or a dot leader before the value ('NRS post -- 1', 'VAS pre | 5',
  'Pain score (0-10) ...... before 6'); a '***' or '--' blank is no value.
- A later score followed by its interval ('0/10 after 20 minutes', '1/10 at fifteen minutes'): the interval's number
  is no next score, so the score is the post score.
- The time-out abbreviation in a dashed field ('TO -- done'), and a dashed time-out field left '***' or '--'.
- The sedation's reason after a verb of giving ('administered by me because she has ...'), before an arrow in shorthand
  ('claustrophobia -> mod sedation'), or pointed back to ('because of this documented needle phobia').
- Saved views written in short ('AP/CLO saved', 'Saved lat/AP') or as the needle position documented with its images.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 6, 3)

_TFESI = ("Left L4-L5 transforaminal epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16).\n{}\n"
          "Under fluoroscopy a needle was placed at the left L4-L5 foramen and 40 mg triamcinolone was injected.\n{}\n")


def _scores(before: str = "", after: str = "") -> list[tuple[str, float]]:
    facts = nlp.extract(_TFESI.format(before, after), date_of_service=DOS)
    return [(p.timing, p.value) for p in facts.assessments.pain_scores]


def _time_out(fields: str) -> bool | None:
    t = nlp.extract(_TFESI.format(fields, "No complications."), date_of_service=DOS).time_out
    return None if t is None else t.value


def _sedation(text: str) -> tuple[str | None, str | None]:
    facts = nlp.extract(_TFESI.format(text, "No complications."), date_of_service=DOS)
    sed = facts.procedures[0].sedation
    return (sed.type, sed.justification) if sed else (None, None)


def _images(text: str) -> tuple[bool | None, int | None]:
    facts = nlp.extract(_TFESI.format("Consent signed.", text), date_of_service=DOS)
    img = facts.procedures[0].imaging
    return (img.saved_images, img.views) if img else (None, None)


# --- template score fields --------------------------------------------------------------------------------------

@pytest.mark.parametrize("fields, expected", [
    ("NRS pre -- 8 ; NRS post -- 1", [("pre", 8.0), ("post", 1.0)]),
    ("VAS pre | 5\nVAS post | 0", [("pre", 5.0), ("post", 0.0)]),
    ("Pain before -- 9\nPain after -- 3", [("pre", 9.0), ("post", 3.0)]),
    ("Pain score (0-10) .......... before 6, after 2", [("pre", 6.0), ("post", 2.0)]),
    # near misses: a blank post field, a field left 'N/A'
    ("Pain pre -- 7\nPain post -- ***", [("pre", 7.0)]),
    ("VAS pre | N/A\nVAS post | --", []),
])
def test_template_score_fields(fields, expected):
    assert _scores(fields) == expected


# --- a later score followed by its interval ---------------------------------------------------------------------

@pytest.mark.parametrize("after, expected", [
    ("Pain 8/10 before the block and 0/10 after 20 minutes in recovery.", [("pre", 8.0), ("post", 0.0)]),
    ("She rated her pain 6/10 before, 2/10 at fifteen minutes.", [("pre", 6.0), ("post", 2.0)]),
    ("NRS 9/10 pre, 3/10 after 45 min, about 65 percent better.", [("pre", 9.0), ("post", 3.0)]),
    # near miss: the label after the first score names the next one ('Post: 2/10 (pre 7/10)')
    ("Post: 2/10 (pre 7/10)", [("post", 2.0), ("pre", 7.0)]),
])
def test_score_then_interval_is_post(after, expected):
    assert _scores(after=after) == expected


# --- time-out fields --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fields, expected", [
    ("Consent -- signed | TO -- done | Sedation -- none", True),
    ("Consent - signed ; TO - performed", True),
    ("Time-out -- completed", True),
    # near misses: the field left as a template placeholder, or blank
    ("Consent -- signed\nTime-out -- ***", None),
    ("Consent -- signed\nTime out -- --", None),
    ("Consent -- signed\nTimeout -- N/A", False),
])
def test_time_out_dash_fields(fields, expected):
    assert _time_out(fields) == expected


# --- sedation reasons -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Moderate sedation was administered by me because she has marked needle phobia. Midazolam 1 mg IV, RN observer.",
     ("moderate", "she has marked needle phobia")),
    ("Claustrophobia -> mod sedation by me, versed 2 mg IV, RN observing, 0810-0826.", ("moderate", "Claustrophobia")),
    ("Known vasovagal syncope => moderate sedation, midazolam 1 mg.", ("moderate", "Known vasovagal syncope")),
    ("Because of this well documented needle phobia, moderate sedation with midazolam 2 mg IV was given by me.",
     ("moderate", "needle phobia")),
    # near misses: an arrow to no sedation; sedation given with no reason
    ("Anxious -> no sedation, local only.", ("none", None)),
    ("Moderate sedation administered by me. Midazolam 2 mg IV, RN observer.", ("moderate", None)),
])
def test_sedation_reasons(text, expected):
    assert _sedation(text) == expected


# --- saved views ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("AP/CLO saved.", (True, 2)),
    ("Saved lat/AP.", (True, 2)),
    ("Stored AP + CLO.", (True, 2)),
    ("Tip position documented with AP and lateral fluoroscopic images.", (True, 2)),
    ("Contrast spread documented on two views.", (True, 2)),
    # near misses: one view only, views looked at but not kept
    ("Saved AP only.", (None, None)),
    ("Documented with one AP image.", (True, None)),
    ("Needle confirmed on AP and lateral views.", (None, None)),
])
def test_saved_views(text, expected):
    assert _images(text) == expected


# --- complications field left '--' ------------------------------------------------------------------------------

def _complications(fields: str) -> str | None:
    c = nlp.extract(_TFESI.format("Consent signed.", fields), date_of_service=DOS).complications
    return None if c is None else c.value


@pytest.mark.parametrize("fields, expected", [
    ("Complications -- none", "none"),
    ("Cx -- nil", "none"),
    ("Complications -- brief dizziness", "brief dizziness"),
    # near misses: the field left as a dash or a line, nothing said
    ("Complications -- --", None),
    ("Compl: --", None),
])
def test_complications_dash_blank(fields, expected):
    assert _complications(fields) == expected


# --- the sedation field answered after a double dash or a table bar ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Consent -- signed | Sedation -- none", ("none", None)),
    ("Sedation | Nil", ("none", None)),
    ("Sedation -- local", ("local", None)),
    # near misses: a sedative given despite the field; 'none of' is no answer
    ("Sedation -- none\nMidazolam 1 mg IV was given by me.", ("moderate", None)),
    ("Sedation -- none of the listed agents apart from midazolam 1 mg IV.", ("moderate", None)),
])
def test_sedation_dash_field(text, expected):
    assert _sedation(text) == expected
