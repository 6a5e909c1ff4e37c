"""Literal-prefix search (`nlp.fast_regex.literal_prefixes`, `prefix_finditer`): a long text is searched only where
a word every match starts with occurs, and the matches must be exactly those of the pattern's own `finditer`."""

from __future__ import annotations

import re

import pytest

from nlp.fast_regex import (PREFIX_FROM, GatedPattern, StartSplitAlternation, compile_rule, gated_rule,
                            literal_prefixes, lowered_for_literals, prefix_finditer)

I = re.IGNORECASE

# Fictional note text, long enough for the prefix search (PREFIX_FROM), with the words in several cases.
_TEXT = ("Fluoroscopic IMAGES were saved. Views: AP and lateral. The image\nwas stored; no views of the left. "
         "Imaging: fluoro. Kenalog 40 mg; Time-out done. TIME OUT at 10:02. timeout.\nImages x3 saved. "
         "Previewed the image. Reviewing views ") * 3


def test_prefixes_of_a_word_list() -> None:
    assert literal_prefixes(r"\b(?:images?|views?)\b", I) == ("view", "image")
    # a class of two characters branches; a case-sensitive part lowers too (its matches lower to it)
    assert literal_prefixes(r"(?-i:TIME)[ -]out", I) == ("time out", "time-out")
    assert literal_prefixes(r"(?-i:TO)\s+done", I) is None  # two characters known: too common to look for
    assert literal_prefixes(r"(?<![\w-])time[\s-]?out\b", I) == ("time",)


@pytest.mark.parametrize("pattern", [r"\d+\s*mg", r"(?:pain|\d)\s*score", r"[a-z]+ing", r"x?y"])
def test_no_prefixes_when_a_match_can_start_otherwise(pattern: str) -> None:
    assert literal_prefixes(pattern, I) is None


def test_too_many_prefixes_are_not_listed() -> None:
    words = "|".join(f"w{c}rd" for c in "abcdefghijklmnopqrst")
    assert literal_prefixes(rf"\b(?:{words})", I) is None


@pytest.mark.parametrize("pattern", [
    r"\b(?:images?|views?)\b",
    r"(?<!pre)views?",  # a lookbehind reaching before the range's start
    r"\bimag(?:es?|ing)\b[^.]*",
    r"(?-i:TIME)\s?out",
    r"time[\s-]?out\b",
    r"(?:saved|stored)(?=;)",
    r"(?m)^images",
])
@pytest.mark.parametrize("bounds", [(0, None), (37, None), (5, 250), (120, 121 + PREFIX_FROM)])
def test_prefix_search_finds_what_finditer_finds(pattern: str, bounds: tuple[int, int | None]) -> None:
    rx = compile_rule(pattern, I)
    pre = literal_prefixes(pattern, I)
    assert pre is not None
    pos, end = bounds[0], len(_TEXT) if bounds[1] is None else bounds[1]
    low = lowered_for_literals(_TEXT)
    assert low is not None
    want = [(m.span(), m.group(0)) for m in rx.finditer(_TEXT, pos, end)]
    assert want, "the case must have matches to compare"
    assert [(m.span(), m.group(0)) for m in prefix_finditer(rx, pre, _TEXT, low, pos, end)] == want
    first = prefix_finditer(rx, pre, _TEXT, low, pos, end, first=True)
    assert [m.span() for m in first] == [want[0][0]]


def test_gated_pattern_with_prefixes_answers_as_the_pattern() -> None:
    rule = r"\b(?:images?|views?)\b"
    gated = gated_rule(rule, I)
    assert isinstance(gated, GatedPattern) and gated.prefixes == ("view", "image")
    rx = re.compile(rule, I)
    for bounds in [(), (10,), (10, 300), (-5, 10_000), (300, 20)]:
        assert [m.span() for m in gated.finditer(_TEXT, *bounds)] == [m.span() for m in rx.finditer(_TEXT, *bounds)]
        got, want = gated.search(_TEXT, *bounds), rx.search(_TEXT, *bounds)
        assert (got and got.span()) == (want and want.span())


def test_split_alternation_with_prefixed_buckets_matches_the_alternation() -> None:
    parts = [r"\bthe image", r"\btime[\s-]?out", r"\bthere\b", r"\band\s+views?", r"\barea\b", r"\bending\w*",
             r"\bimages?\b", r"\bin the\b", r"\bonce\b", r"\bon the\b", r"\bsaved\b", r"\bstored\b", r"\bno\s+views",
             r"\bat 10", r"\bt/o\b", r"\beach\b", r"\bover\b"]
    split = StartSplitAlternation(parts, I)
    # several buckets (split by first letter), some searched by their prefixes and one not ("the\s", "t/o", "th...")
    assert len(split.patterns) > 1 and 0 < len(split._prefixes) < len(split.patterns)
    whole = re.compile("|".join(f"(?:{p})" for p in parts), I)
    for pos, end in [(0, len(_TEXT)), (40, len(_TEXT) - 7), (3, 3 + PREFIX_FROM)]:
        assert [m.span() for m in split.finditer(_TEXT, pos, end)] == [m.span() for m in whole.finditer(_TEXT, pos, end)]
        assert split.search(_TEXT, pos, end).span() == whole.search(_TEXT, pos, end).span()


def test_cased_prefixes_are_read_as_written() -> None:
    from nlp.fast_regex import cased_prefixes

    assert cased_prefixes(r"(?-i:(?<![\w/-])(?:T/O|TO))(?=\s*x)", I) == ("TO", "T/O")
    assert cased_prefixes(r"(?-i:TIME)[ -]out", I) == ("TIME ", "TIME-")  # the case-insensitive "out" ends it
    assert cased_prefixes(r"\bIC\b", I) is None  # read ignoring case: any case may start a match
    assert cased_prefixes(r"(?-i:to)\s+x", I) is None  # two lower-case letters: too common to look for


@pytest.mark.parametrize("pattern", [r"(?-i:(?<![\w/-])(?:T/O|TO))\b", r"(?-i:TIME)[ -]?out", r"(?-i:\bImages?\b)"])
def test_cased_prefix_search_finds_what_finditer_finds(pattern: str) -> None:
    from nlp.fast_regex import cased_prefixes

    rx = compile_rule(pattern, I)
    pre = cased_prefixes(pattern, I)
    assert pre is not None
    text = _TEXT + " TO x2. T/O done. to do. TIME-OUT "
    want = [m.span() for m in rx.finditer(text)]
    assert want
    assert [m.span() for m in prefix_finditer(rx, pre, text, text, 0, len(text))] == want
