"""`nlp.anchored`: a family of rules scanned only near their anchor group gives the matches of a whole-text
`finditer` (spans and groups), and a rule whose reach cannot be bounded is scanned whole."""

from __future__ import annotations

import re

from nlp.anchored import AnchoredFamily, plan
from nlp.fast_regex import gated_rule
from nlp.measures import DURATION_PATTERNS
from nlp.rules import load_yaml, note_scan_patterns

I = re.IGNORECASE | re.VERBOSE

# Our own wordings: durations near each other, at line starts and ends, in brackets, in a table row, with a number
# far before its unit over a long blank run, a unit word inside other words ('today', 'more', 'hrs' of a time).
TEXTS = (
    "Back pain for 8 months, worse over the past 2 wks; seen today and more than once.\n",
    "HPI: 6 mo of L leg pain (about 3 months of PT), 2 years ago an MVA. Pain 1 year.\n"
    "| Duration | 9 months |\n- 5 yrs of neck pain\nsince June (4 wk)\n",
    "for          \n\n\n\n         7 weeks, x 6/12, 3/52 history, two-week history, a few years",
    "Onset: 10 days, then for years; c. 8 months. Started 3 weeks before this visit. 12:52 hrs, 52 mg.",
    "MONTHS of pain, FOR 4 MONTHS, a year of care, approx 1 yr; some 6 weeks - 5 days, 4 weeks plus",
    "",
)


def _spans(matches) -> list:  # noqa: ANN001
    return [(m.span(), m.groups()) for m in matches]


def _family() -> tuple[AnchoredFamily, dict]:
    compiled = note_scan_patterns()
    return AnchoredFamily(load_yaml("patterns.yaml")["patterns"], I, compiled), compiled


def test_every_duration_pattern_is_planned() -> None:
    family, _ = _family()
    assert set(DURATION_PATTERNS) <= set(family.plans)
    assert "pain_score_rated" in family.plans and "level" not in family.plans  # 'level' opens on one letter


def test_anchored_matches_equal_whole_scans() -> None:
    family, compiled = _family()
    for text in TEXTS:
        for name in family.plans:
            assert _spans(family.finditer(name, text)) == _spans(compiled[name].finditer(text)), (name, text)


def test_matches_found_in_a_long_text_equal_whole_scans() -> None:
    family, compiled = _family()
    text = " ".join(TEXTS * 40)  # a long note: gates and literal prefixes of the whole-note scan take part
    for name in family.plans:
        whole = _spans(compiled[name].finditer(text))
        assert _spans(family.finditer(name, text)) == whole
    # "for 8 months", "over the past 2 wks"
    assert _spans(family.finditer("duration", text))[:2] == [((10, 22), ("8", None, "months", None)),
                                                               ((30, 49), ("2", None, "wks", None))]


def _plan(pattern: str):  # noqa: ANN202
    return plan(pattern, I, re.compile(pattern, I))


def test_unbounded_or_unanchored_pattern_gets_no_plan() -> None:
    assert plan(r"\bfor\s+[a-z ]*(?P<u>days?)\b", I, gated_rule(r"\bfor\s+[a-z ]*(?P<u>days?)\b", I)) is None  # letters
    assert _plan(r"(?:x\s+(?P<u>days?))?x") is None  # the only word is optional
    assert _plan(r"(?P<n>\d)\s*(?P<u>days?)\s+(?P=n)") is None  # a back-reference
    assert _plan(r"\d+\s*[a-z]\b|weeks") is None  # an alternative holds no word of two letters or more


def test_plan_anchors_on_the_longest_words_and_bounds_the_reach() -> None:
    bounded = _plan(r"\bfor\s+(?P<n>\d+)\s*(?P<u>days?|wks?)\b")
    assert bounded is not None and bounded.heads == frozenset({"for"})  # 'for' (3) before 'day'/'wk' (2)
    assert (bounded.before, bounded.width) == (0, 7)  # "for", then "days"; the \s and \d runs are free
    either = _plan(r"\bpain\s+(?P<v>\d)|(?P<w>\d)\s*(?:weeks?|months?)")
    assert either is not None and either.heads == frozenset({"pain", "week", "month"})
    assert (either.before, either.width) == (1, 7)  # the digit before "months", then "months"


def test_a_match_running_into_the_free_characters_that_end_a_text() -> None:
    pattern = r"\bfor\s+(?:days?|weeks?)\s+\d+"  # after the unit only free characters (spaces, digits) follow
    family = AnchoredFamily({"x": pattern}, I, {"x": re.compile(pattern, I)})
    for text in ("pain for days 123", "pain for weeks   4567\n", "for days 1 and for weeks 22"):
        assert _spans(family.finditer("x", text)) == _spans(re.finditer(pattern, text, I)) != []


def test_family_falls_back_to_whole_scan_without_plan() -> None:
    rx = re.compile(r"\bfor\s+[a-z ]*(?P<u>days?)\b", I)
    family = AnchoredFamily({"odd": r"\bfor\s+[a-z ]*(?P<u>days?)\b"}, I, {"odd": rx})
    text = "for many long days and for days"
    assert _spans(family.finditer("odd", text)) == _spans(rx.finditer(text))
