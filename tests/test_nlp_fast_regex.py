"""The first-character guard of `nlp.fast_regex`: which patterns get one, and that it never
changes a match (spans, groups, `match` at a position, bounded `search`)."""

from __future__ import annotations

import re

import pytest

from nlp.fast_regex import compile_rule, first_char_guard

I = re.IGNORECASE


def test_guard_lists_first_characters_of_alternatives() -> None:
    assert first_char_guard(r"\b(?:needle|entered|accessed)\b", I) == "(?=[nea])"


def test_guard_skips_zero_width_and_optional_parts() -> None:
    # lookbehind and \b consume nothing; an optional "(" lets the digit come first
    assert first_char_guard(r"(?<![\w.])\(?\d+\s*mg|\bnone\b", I) == r"(?=[\x28\dn])"


def test_no_guard_where_it_cannot_help_or_cannot_be_bounded() -> None:
    assert first_char_guard(r"^\s*(?:no|none)\b", I) is None  # anchored: re tries one position
    assert first_char_guard(r"(?=[ab])(?:a|b)x", I) is None  # already guarded by hand
    assert first_char_guard(r"\bfoo", I) is None  # one literal first: re already tests just that
    assert first_char_guard(r"(?:a|b)?", I) is None  # may match the empty string
    assert first_char_guard(r".x|y", I) is None  # any character
    assert first_char_guard(r"[^a]x|y", I) is None  # negated class
    assert first_char_guard(r"(?x) a | b", I) is None  # inline global flags stay first
    assert first_char_guard(r"(?i:a)|b", 0) is None  # case-insensitive inside, sensitive outside


def test_verbose_pattern_ending_in_a_comment_still_compiles() -> None:
    rx = compile_rule("left | right  # a side", I | re.VERBOSE)
    assert [m.group(0) for m in rx.finditer("Right then LEFT")] == ["Right", "LEFT"]


CASES = [
    (r"\b(?:failed|failure\s+of|without\s+(?:relief|improvement))\b", I),
    (r"(?P<n>\d+(?:\.\d+)?|one|two)\s*(?P<u>weeks?|months?)", I),
    (r"(?<=pain\s)limits?\s+\w+|limits?\s+(?:walking|standing)|unable\s+to\s+\w+", I),
    (r"(?-i:\b(?P<both>R\s*and\s*L)\b)|\b(?P<side>left|right|bilateral)\b", I),
    (r"\bK(?:enalog|ELVIN)|\bs(?:ide)", I),  # letters with extra case folds (K, s)
]
TEXT = ("Failed PT for 6 weeks; failure of NSAIDs. Pain limits walking, unable to sit. R and L "
        "knee, then LEFT side; Kenalog-40 and \u212aelvin \u017fide; without  relief x two months.")


@pytest.mark.parametrize(("pattern", "flags"), CASES)
def test_guarded_pattern_matches_exactly_as_written(pattern: str, flags: int) -> None:
    plain, guarded = re.compile(pattern, flags), compile_rule(pattern, flags)
    assert guarded.pattern != pattern  # each case does get a guard
    spans = lambda rx, *a: [(m.span(), m.groups()) for m in rx.finditer(TEXT, *a)]  # noqa: E731
    assert spans(guarded) == spans(plain)
    assert spans(guarded, 10, 60) == spans(plain, 10, 60)
    for pos in range(len(TEXT)):
        a, b = plain.match(TEXT, pos), guarded.match(TEXT, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_required_literals_of_a_pattern() -> None:
    from nlp.fast_regex import required_literals

    assert required_literals(r"\bpump\s+(?:analysis|interrogation)\b", I) == (("pump",), ("analysis", "interrogation"))
    # optional parts, short words and lookarounds require nothing
    assert required_literals(r"\bknees?(?:\s+joints?)?\s+injections?\b", I) == (("knee",), ("injection",))
    assert required_literals(r"\b(?:sacroiliac|SIJ?)\b", I) == ()
    assert required_literals(r"\bgreater(?=\s+and\s+lesser)", I) == (("greater",),)
    assert required_literals(r"(?:\s+(?:intra-?articular|steroid))+x", I) == (("articular", "steroid"),)
    assert required_literals(r"(?:foo|)bar", I) == (("bar",),)
    # an alternative made only of alternatives of its own brings all of them (one is in each of its matches)
    assert required_literals(r"\bsame\s+(?:mix|dose)\b|(?<=:)\s*(?:the\s+)?(?:same|identical|ditto)\b", I) == (
        ("same", "identical", "ditto"),)
    assert required_literals(r"\bsame\b|(?:it|ok)", I) == ()  # a short word among them: no requirement


def test_no_guard_that_most_letters_pass() -> None:
    assert first_char_guard(r"(?P<code>[A-TV-Z]\d{2}\.\d|[A-TV-Z]\d{2}(?=\)))", I) is None
    assert first_char_guard(r"(?P<code>[A-TV-Z]\d{2}\.\d|[A-TV-Z]\d{2}(?=\)))", 0) == "(?=[A-TV-Z])"  # capitals only
    assert first_char_guard(r"\b(?:abc|bcd|cde)", I) == "(?=[abc])"


def test_lowered_text_finds_every_word_a_case_insensitive_match_holds() -> None:
    from nlp.fast_regex import lowered_for_literals

    assert lowered_for_literals("Right KNEE Injection 40\u00b0") == "right knee injection 40\u00b0"
    assert lowered_for_literals("\u212anee") == "knee"  # KELVIN SIGN matches k and lowers to it
    for odd in ("\u0130njection", "\u0131njection", "\u017fteroid"):  # re.I matches i / s; lower() does not
        assert re.search("injection|steroid", odd, I)
        assert lowered_for_literals(odd) is None


def test_fold_exceptions_are_complete() -> None:
    """Every non-ASCII character that a case-insensitive ASCII letter matches either lowers to that
    letter or is listed as an exception (checked over all of Unicode)."""
    from nlp.fast_regex import _FOLD_EXCEPTIONS

    chars = "".join(chr(i) for i in range(0x80, 0x110000) if not 0xD800 <= i < 0xE000)
    for ch in set(re.findall("[a-z]", chars, I)):
        letter = next(c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(c, ch, I))
        assert ch in _FOLD_EXCEPTIONS or ch.lower() == letter, hex(ord(ch))


def test_start_alphabet_holds_every_character_an_ascii_class_matches() -> None:
    """`start_chars` lists starting characters only within START_ALPHABET: no other code point can match a
    case-insensitive ASCII class (checked over all of Unicode)."""
    from nlp.fast_regex import START_ALPHABET

    chars = "".join(chr(i) for i in range(0x80, 0x110000) if not 0xD800 <= i < 0xE000)
    assert set(re.findall(r"[\x00-\x7f]", chars, I)) == set(START_ALPHABET[128:])


def test_start_chars_of_a_pattern() -> None:
    from nlp.fast_regex import start_chars

    assert start_chars(r"\b(?:kenalog|sacral)\b", I) == frozenset("kKsS\u212a\u017f")
    assert start_chars(r"(?<!\w)\(?[0-9]x", 0) == frozenset("(0123456789")
    assert start_chars(r"\b\w+ing", I) is None  # \w starts with letters of every script
    assert start_chars(r"(?P<n>\d+)\s*weeks", I) is None  # \d: digits of every script
    assert start_chars(r"(?:ab)?", I) is None  # may match the empty string
    assert start_chars(r"\u00e9t\u00e9", I) is None  # a non-ASCII first character with another case
    assert start_chars(r"(?:=>|\u2192)\s*flare", I) == frozenset("=\u2192")  # an arrow has no case: itself only


@pytest.mark.parametrize(("pattern", "flags"), [c for c in CASES if not c[0].startswith("(?P<n>")])  # \d: no set
def test_compiled_with_start_set_matches_exactly_as_written(pattern: str, flags: int) -> None:
    from nlp.fast_regex import compile_with_start_set, start_chars

    chars = start_chars(pattern, flags)
    assert chars is not None
    plain, told = re.compile(pattern, flags), compile_with_start_set(pattern, flags, chars)
    assert (told.pattern, told.flags, told.groupindex, told.groups) == (plain.pattern, plain.flags, plain.groupindex,
                                                                        plain.groups)
    spans = lambda rx, *a: [(m.span(), m.groups()) for m in rx.finditer(TEXT, *a)]  # noqa: E731
    assert spans(told) == spans(plain) != []
    assert spans(told, 10, 60) == spans(plain, 10, 60)
    for pos in range(len(TEXT)):
        a, b = plain.search(TEXT, pos), told.search(TEXT, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_a_wrong_start_set_would_show() -> None:
    """The start set is what `re` skips by: told too little, it misses matches (so the tests above can fail)."""
    from nlp.fast_regex import compile_with_start_set

    assert [m.group(0) for m in compile_with_start_set(r"\b(?:left|right)\b", I, frozenset("lL")).finditer(
        "Right then left")] == ["left"]


def test_split_alternation_finds_the_matches_of_the_alternation() -> None:
    from nlp.fast_regex import StartSplitAlternation

    parts = [r"\bfailed\b", r"did\s+not\s+help", r"\bno\s+relief", r"(?:failure|fail)\s+of", r"\bnot\s+\w+ed\b",
             r"relief\s+(?:was\s+)?minimal", r"d(?:id|oes)n't\s+work"]
    parts += [rf"\bt{x}\b" for x in ("ried", "ook", r"ook\s+no", "hree", "wo", r"he\s+same")]  # many on t and e:
    parts += [rf"\be{x}\b" for x in ("ven", "nded", "ased", "ffect", "arly")]  # worth patterns of their own
    parts += [r"(?:=>|\u2192)\s*flare"]
    text = ("PT failed; failure of NSAIDs, it did not help and gave no relief. Not helped; relief minimal, "
            "didn't work. Not improved: FAILED. She tried two, took no more, the same early; ended, eased. PT \u2192 flare, "
            "=> flare.")
    split = StartSplitAlternation(parts, I)
    assert len(split.patterns) > 1
    plain = re.compile("|".join(f"(?:{p})" for p in parts), I)
    for pos, end in ((0, len(text)), (5, 40), (30, 31), (50, len(text))):
        assert [m.span() for m in split.finditer(text, pos, end)] == [m.span() for m in plain.finditer(text, pos, end)]
        a, b = plain.search(text, pos, end), split.search(text, pos, end)
        assert (a and a.span()) == (b and b.span())
    assert [m.group(0) for m in split.finditer(text)][:3] == ["failed", "failure of", "did not help"]
    with pytest.raises(ValueError):
        StartSplitAlternation([r"\w+ing", "foo"], I)


def test_rule_with_digits_first_or_without_guard_matches_exactly_as_written() -> None:
    """compile_rule gives a start set with whole categories (\\d) and to patterns too broad for a guard."""
    from nlp.fast_regex import _start_set

    many = r"\b(?:fa\w+|le\w+|ri\w+|wa\w+|si\w+|kn\w+|the|then|un\w+|pa\w+|mo\w+|NS\w+|x|tw\w+|ke\w+|pt|it|gi|de|ba|ca|ho|ye|ja)"
    digits = r"(?P<n>\d+)\s*(?:weeks?|months?)|\btwo\s+months"
    assert first_char_guard(many, I) is None and _start_set(many, I) is not None
    assert _start_set(digits, I) is not None and _start_set(digits, I)[1]  # \d as a category
    for pattern in (many, digits):
        plain, rule = re.compile(pattern, I), compile_rule(pattern, I)
        assert rule.pattern.endswith(pattern) or rule.pattern.endswith(f"(?:{pattern})")
        spans = [(m.span(), m.groups()) for m in plain.finditer(TEXT + " 12 weeks, \u0663 months")]
        assert spans == [(m.span(), m.groups()) for m in rule.finditer(TEXT + " 12 weeks, \u0663 months")] != []
    assert [m.group(0) for m in compile_rule(digits, I).finditer("\u0663 months")] == ["\u0663 months"]  # Arabic-Indic 3


def test_gated_pattern_answers_as_the_pattern() -> None:
    """A measures-file pattern gated by its required words finds what the pattern finds, and nothing in a text
    without them (whatever the bounds)."""
    from nlp.fast_regex import GatedPattern, gated_rule

    rx = gated_rule(r"\b(?:each|every)\s+(?:level|site)\b", I)
    assert isinstance(rx, GatedPattern) and rx.pattern.startswith(r"\b(?:each|every)")  # the pattern passes through
    plain = re.compile(r"\b(?:each|every)\s+(?:level|site)\b", I)
    for text in ("2 mL at EACH level, 1 mL every site", "2 mL at each of the levels", "\u0130 each level"):
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in rx.finditer(text, 3, 20)] == [m.span() for m in plain.finditer(text, 3, 20)]
        assert (rx.search(text) and rx.search(text).span()) == (plain.search(text) and plain.search(text).span())
        assert bool(rx.match(text, 10)) == bool(plain.match(text, 10))
    assert rx.search("each one of the levels") is None and list(rx.finditer("no word here")) == []
    assert not isinstance(gated_rule(r"\d+\s*mL", I), GatedPattern)  # no word of 3 letters every match holds


LOOKBEHIND_CASES = [
    (r"(?:(?<=SM,\s)|(?<=SL\sand\s)|(?<=IM/))SM(?=\s*\))", I),  # an alternation of lookbehinds, then literals
    (r"(?<![\w./:-])(?P<ba>[1-4])-(?P<bb>[2-5])|(?:(?<=\d-\d,\s)|(?<=\d-\d\sand\s))(?P<bs>5-1)(?![\w.])", I),
    (r"(?:(?<=lumbar\s)(?=[1-4]-[2-5])|(?<=cervical\s)(?=[1-7]-[2-7]))(?P<x>\d)-(?P<y>\d)|\bnone\b", I),
    (r"x(?-i:(?<=ax)(?:B|C))|(?<=\s)(?i:k)elvin", 0),  # case scopes: the guard sits in its alternative's scope
]
LB_TEXT = ("SM, SM) and SL and SM ) IM/SM); sm, sm) L4-5, 5-1 and 3-4 and 5-1; lumbar 4-5, cervical 5-6 "
           "thoracic 7-8; axB aXB axc \u212aelvin Kelvin kelvin none")


def test_inner_guard_before_leading_lookbehinds() -> None:
    """An alternative that starts with lookbehinds gets a lookahead of what it consumes first ("SM"), tried before
    them; a pattern without leading lookbehinds gets none."""
    from re import _constants as C  # noqa: N812
    from re import _parser

    from nlp.fast_regex import _inner_guards

    parsed = _parser.parse(LOOKBEHIND_CASES[0][0], I)
    assert _inner_guards(parsed, parsed.state.flags)
    op, (direction, sub) = parsed.data[0]
    assert (op, direction, list(sub)) == (C.ASSERT, 1, [(C.LITERAL, ord("S")), (C.LITERAL, ord("M"))])
    plain = _parser.parse(r"\bleft(?=\s)|(?<=x)", I)
    assert not _inner_guards(plain, plain.state.flags)


@pytest.mark.parametrize(("pattern", "flags"), LOOKBEHIND_CASES)
def test_inner_guarded_pattern_matches_exactly_as_written(pattern: str, flags: int) -> None:
    plain, guarded = re.compile(pattern, flags), compile_rule(pattern, flags)
    assert (guarded.groupindex, guarded.groups) == (plain.groupindex, plain.groups)
    spans = lambda rx, *a: [(m.span(), m.groups()) for m in rx.finditer(LB_TEXT, *a)]  # noqa: E731
    assert spans(guarded) == spans(plain) != []
    for a, b in ((2, 40), (30, 90), (40, 120)):
        assert spans(guarded, a, b) == spans(plain, a, b)
    for pos in range(len(LB_TEXT)):
        x, y = plain.match(LB_TEXT, pos), guarded.match(LB_TEXT, pos)
        assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups()))


def test_start_chars_with_a_caseless_non_ascii_letter_written_as_itself() -> None:
    """"\u00bd" (one half) is a digit to `str.isalnum`, so the guard writes it unescaped; it has no case and starts
    a match only as itself, so the pattern still gets a start set."""
    from nlp.fast_regex import start_chars

    assert start_chars("[\u00bd\u00bc]\\s*ml|one", I) == frozenset("\u00bd\u00bcoO")
    assert start_chars("\u00e9t\u00e9|x", I) is None  # a cased non-ASCII letter: its other case is beyond the set
    rx, plain = compile_rule("(?<![\\d.])(?:[\u00bd\u00bc]|one|two)\\s*ml\\b", I), re.compile(
        "(?<![\\d.])(?:[\u00bd\u00bc]|one|two)\\s*ml\\b", I)
    text = "\u00bd ml, \u00bc mL, 1\u00bd ml, ONE ml and two mls, two ml"
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)] != []


def test_alternatives_led_by_a_letter_start_with_its_case_sensitive_class() -> None:
    """`(?i)six|kelvin` is compiled with `[Ss\u017f]ix|[Kk\u212a]elvin` first tests (what `re` can skip an alternative
    by); the class holds every character the letter matches, so the special folds still match."""
    from re import _constants as C  # noqa: N812
    from re import _parser

    from nlp.fast_regex import _inner_guards

    parsed = _parser.parse(r"\b(?:six|kelvin|\d+)\b", I)
    assert _inner_guards(parsed, parsed.state.flags)
    first = [alt[0] for alt in parsed.data[1][1][1]]
    assert first[0][0] is C.SUBPATTERN and first[0][1][:3] == (None, 0, I)  # case-sensitive inside
    assert first[0][1][3].data == [(C.IN, [(C.LITERAL, ord(c)) for c in "Ss\u017f"])]
    assert first[1][1][3].data == [(C.IN, [(C.LITERAL, ord(c)) for c in "Kk\u212a"])]
    assert first[2][0] is C.MAX_REPEAT  # not a letter: as written
    pattern = r"\b(?:one|two|six|kelvin|item|(?-i:ten))\b"
    text = "ONE, Two, \u017fix, \u212aelvin, \u0130tem, \u0131tem, item, TEN, ten"
    rx, plain = compile_rule(pattern, I), re.compile(pattern, I)
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(rx.finditer(text))) == 8


HOIST_PATTERN = (r"(?:\b(?:arm|leg)\s+ache\b)|(?:\bcramp(?P<s>s)?)|(?:tingl\w*)|(?:\b(?<=leg\s)spasms?)"
                 r"|(?:\bnumb\w*)|(?:\b)")
HOIST_TEXT = "Leg ache, arm cramps; tingling in the leg spasm, numbness. legache armcramp xnumb ARM ACHE"


def test_alternatives_sharing_a_leading_anchor_test_it_once() -> None:
    """Consecutive alternatives that start with the same anchor are written as that anchor before an alternation of
    their rests (`\\b(?:arm ache|cramps)`), so each rest starts with a case-sensitive test `re` skips it by; an
    alternative without the anchor between them keeps the runs apart, in order."""
    from re import _constants as C  # noqa: N812
    from re import _parser

    from nlp.fast_regex import _inner_guards

    parsed = _parser.parse(HOIST_PATTERN, I)
    assert _inner_guards(parsed, parsed.state.flags)
    alts = parsed.data[0][1][1]
    assert [alt[0] for alt in alts] == [(C.AT, C.AT_BOUNDARY), (C.SUBPATTERN, alts[1][0][1]), (C.AT, C.AT_BOUNDARY)]
    assert [len(alt[1][1][1]) for alt in (alts[0], alts[2])] == [2, 3]  # the runs' rests: 2, then 3 (one empty)
    first_rest = alts[0][1][1][1][0]
    assert first_rest[0][0] is C.BRANCH  # "(?:arm|leg)": each word now opens with its case-sensitive class
    assert first_rest[0][1][1][0][0][0] is C.SUBPATTERN


def test_hoisted_anchor_pattern_matches_exactly_as_written() -> None:
    plain, hoisted = re.compile(HOIST_PATTERN, I), compile_rule(HOIST_PATTERN, I)
    assert (hoisted.groupindex, hoisted.groups) == (plain.groupindex, plain.groups)
    spans = lambda rx, *a: [(m.span(), m.groups()) for m in rx.finditer(HOIST_TEXT, *a)]  # noqa: E731
    assert spans(hoisted) == spans(plain) != []
    for a, b in ((0, 8), (5, 30), (36, 60), (60, len(HOIST_TEXT))):
        assert spans(hoisted, a, b) == spans(plain, a, b)
    for pos in range(len(HOIST_TEXT) + 1):
        x, y = plain.match(HOIST_TEXT, pos), hoisted.match(HOIST_TEXT, pos)
        assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups()))


def test_holds_required_answers_as_the_word_tests_it_keeps() -> None:
    """`holds_required` gives `all(any(w in low for w in alts) for alts in words)`, also when the same text is asked
    again with other words (answers kept per word) and when another text follows (answers never carried over)."""
    from nlp.fast_regex import holds_required

    low = "right l5 transforaminal injection under fluoroscopy"
    assert holds_required(low, (("injection", "block"), ("fluoro",))) is True
    assert holds_required(low, (("block",),)) is False
    assert holds_required(low, (("block", "injection"),)) is True  # 'block' kept as absent, 'injection' as present
    assert holds_required(low, ()) is True  # no required word: nothing rules the pattern out
    other = "left knee block"
    assert holds_required(other, (("block",),)) is True  # a new text: 'block' asked afresh
    assert holds_required(other, (("injection", "block"), ("fluoro",))) is False
    assert holds_required(low, (("fluoro",), ("knee",))) is False


def test_split_alternation_buckets_with_inner_guards_match_case_folds_as_written() -> None:
    """A bucket's word lists start with case-sensitive classes (`_bucket_program`): the characters `re` folds onto a
    letter (KELVIN SIGN for k, long s for s, dotted I for i) still match where the plain alternation matches them."""
    from nlp.fast_regex import StartSplitAlternation

    parts = [r"\b(?:kneels?|squats?|sits?)\b", r"\b(?:stands?|kicks?)\s+up\b", r"\b(?:itching|ice)\b",
             r"\b(?:walks?|works?)\s+(?:less|slowly)\b", r"\bwakes?\s+up\b"]
    text = ("He \u212aneels, ſits and \u0130TCHING; kicks up, walks slowly, \u017ftands up. "
            "Works less; wakes up; KICKS UP; squat; sitting.")
    split = StartSplitAlternation(parts, I)
    plain = re.compile("|".join(f"(?:{p})" for p in parts), I)
    assert [m.span() for m in split.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in split.finditer(text, 4, 40)] == [m.span() for m in plain.finditer(text, 4, 40)]
    assert [m.group(0) for m in split.finditer(text)] == [
        "\u212aneels", "ſits", "\u0130TCHING", "kicks up", "walks slowly", "\u017ftands up", "Works less", "wakes up",
        "KICKS UP", "squat"]


def test_holds_line_end_hyphen_only_where_every_match_holds_one() -> None:
    """The hyphen-at-line-end rules are skipped for a note without such a break: only patterns proven to need one."""
    from nlp.fast_regex import LINE_END_HYPHEN, holds_line_end_hyphen

    assert holds_line_end_hyphen(r"\b(?:bu-[ \t]*\n[ \t]*pivacaine|bupi-[ \t]*\n[ \t]*vacaine)\b", I) is True
    assert holds_line_end_hyphen(r"x(?:a-[ \t]*\nb|cd-\ne)", I) is True  # in every alternative
    assert holds_line_end_hyphen(r"a-[ \t]*\nb|c", I) is False  # one alternative without it
    assert holds_line_end_hyphen(r"(?:a-[ \t]*\nb)?c", I) is False  # optional
    assert holds_line_end_hyphen(r"a-\s*\nb", I) is False  # \s* may hold other line breaks: not proven
    assert holds_line_end_hyphen(r"(?<![\w-])(?:no|without)[ \t]*\n\s*sedation\b", I) is False
    assert [m.span() for m in LINE_END_HYPHEN.finditer("bupi- \n vacaine; a-b\nc -\t\n")] == [(4, 7), (23, 26)]


def test_lowered_once_keeps_the_recent_texts_and_forgets_the_oldest() -> None:
    """The note's lowered text survives excerpts asked about in between (one object per text while kept); past
    `_RECENT` texts the oldest is computed afresh, with the same value."""
    from nlp import fast_regex
    from nlp.fast_regex import lowered_once

    note = "Right L5 TFESI under FLUORO. " * 3
    first = lowered_once(note)
    excerpts = [f"Sentence {k} of the NOTE." for k in range(3)]
    assert [lowered_once(x) for x in excerpts] == [f"sentence {k} of the note." for k in range(3)]
    assert lowered_once(note) is first and first == note.lower()
    for k in range(fast_regex._RECENT):
        lowered_once(f"Other text {k}")
    again = lowered_once(note)
    assert again == first and again is not first  # forgotten, computed again
    assert len(fast_regex._LOWERED) <= fast_regex._RECENT


def test_split_alternation_skips_buckets_whose_words_the_note_lacks() -> None:
    """A bucket is searched only in a note holding every word one of its alternatives needs (`required_literals`);
    the matches stay those of the plain alternation, in every range."""
    from nlp import fast_regex
    from nlp.fast_regex import StartSplitAlternation

    parts = [r"\bfailed\b", r"did\s+not\s+help", r"\bno\s+relief", r"(?:failure|fail)\s+of"]
    parts += [rf"\bt{x}\b" for x in ("ried", "ook", r"ook\s+no", "hree", "wo", r"he\s+same")]  # a bucket on t
    parts += [rf"\be{x}\b" for x in ("ven", "nded", "ased", "ffect", "arly")]  # and one on e
    split = StartSplitAlternation(parts, I)
    plain = re.compile("|".join(f"(?:{p})" for p in parts), I)
    assert len(split.patterns) == 3
    pad = " zz" * (fast_regex.GATE_FROM // 3)  # a note-long text: a sentence is searched by every bucket (below)
    text = "PT FAILED; no relief, it did not help. Ended early, eased." + pad  # no word of the t bucket
    assert len(split._buckets(text)) == 2
    for pos, end in ((0, len(text)), (4, 30), (23, len(text))):
        assert [m.span() for m in split.finditer(text, pos, end)] == [m.span() for m in plain.finditer(text, pos, end)]
        a, b = plain.search(text, pos, end), split.search(text, pos, end)
        assert (a and a.span()) == (b and b.span())
    assert [m.group(0) for m in split.finditer(text)] == ["FAILED", "no relief", "did not help", "Ended", "early",
                                                          "eased"]
    other = "She tried two; took no more." + pad  # only the t bucket's words
    assert len(split._buckets(other)) == 1
    # at "took no" the first alternative, "took", wins, as in the plain alternation
    assert [m.group(0) for m in split.finditer(other)] == ["tried", "two", "took"]
    assert split.finditer("nothing here at all") == [] and split.search("nothing here at all") is None
    # a sentence shorter than GATE_FROM is searched by every bucket, with the same matches
    short = "She tried two; took no more."
    assert len(split._buckets(short)) == 3
    assert [m.span() for m in split.finditer(short)] == [m.span() for m in plain.finditer(short)] == [(4, 9), (10, 13),
                                                                                                       (15, 19)]


def test_flat_alternatives_write_out_only_what_matches_the_same() -> None:
    """Top-level alternatives, and a leading word-boundary group distributed over the rest ((A|B)C = AC|BC in order);
    a quantified group, a class holding bars or parentheses and a back-reference are left as written."""
    from nlp.fast_regex import _flat_alternatives, _top_alternatives

    assert _flat_alternatives(r"\b(?:a|b(?:c|d))\s+x|\bq") == [r"\b(?:a)\s+x", r"\b(?:b(?:c|d))\s+x", r"\bq"]
    assert _flat_alternatives(r"\b(?:a|b)?x|y[|(]z") == [r"\b(?:a|b)?x", r"y[|(]z"]
    assert _flat_alternatives(r"\b(?:a|[)|]b)\s+w") == [r"\b(?:a)\s+w", r"\b(?:[)|]b)\s+w"]
    assert _flat_alternatives(r"(?:a|b)") == [r"(?:a|b)"]
    assert _flat_alternatives(r"(a)\1|b") == [r"(a)\1|b"]
    assert _flat_alternatives(r"\b(?:a|b)(?P<n>\d)|c") == [r"\b(?:a|b)(?P<n>\d)", "c"]
    assert _top_alternatives("a||b") is None and _top_alternatives("a)|(b") is None


def test_split_alternation_of_written_out_list_cues_matches_the_lexicon_alternation() -> None:
    """The functional and radicular list cues, planned on their written-out alternatives, find the matches of the
    lexicon's own alternation, word for word, in a text that names many of them (and in a range of it)."""
    from nlp.fast_regex import StartSplitAlternation
    from nlp.rules import lexicon

    text = ("Pain limits walking; she cannot stand more than 10 minutes and uses a cane. Pain radiates down the left "
            "leg into the foot with numbness in an L5 distribution; straight leg raise positive. Unable to lift her "
            "grandchild, no longer plays golf, sitting tolerance 20 minutes, wakes her up at night, difficulty with "
            "stairs, sleeps in a recliner, missed work. Shooting pain down the right arm; decreased sensation.")
    for name in ("functional", "radicular"):
        parts = [str(p) for p in lexicon(name)]
        split = StartSplitAlternation(parts, I)
        plain = re.compile("|".join(f"(?:{p})" for p in parts), I)
        found = [m.span() for m in plain.finditer(text)]
        assert len(found) >= 5
        assert [m.span() for m in split.finditer(text)] == found
        assert [m.span() for m in split.finditer(text, 30, 250)] == [m.span() for m in plain.finditer(text, 30, 250)]


def test_span_cue_finds_the_spans_of_the_cue() -> None:
    """`span_cue` (a whole-note cue searched by starting character) gives the spans and matched text of `cue`."""
    from nlp.cues import cue, span_cue
    from nlp.fast_regex import StartSplitAlternation

    text = ("Trigger point injections into the right upper trapezius and left rhomboid, bilateral lumbar paraspinals. "
            "This is a repeat procedure. The patient tolerated the procedure well without complications; no untoward "
            "events. Safety pause performed before the injection.")
    for name in ("muscles", "repeat_procedure", "complication_none_phrase", "time_out_other"):
        split, plain = span_cue(name), cue(name)
        assert isinstance(split, StartSplitAlternation)
        assert [(m.span(), m.group(0)) for m in split.finditer(text)] == [
            (m.span(), m.group(0)) for m in plain.finditer(text)]
    assert [m.group(0) for m in span_cue("muscles").finditer(text)] == ["upper trapezius", "rhomboid",
                                                                  "lumbar paraspinals"]


def test_hyphen_break_starts_at_the_hyphen_and_finds_what_the_lookbehind_form_found() -> None:
    """`_HYPHEN_BREAK` is written hyphen first (so `re` skips to hyphens); its spans are those of the lookbehind-first
    form: two letters before the hyphen, blanks, one line break, blanks, two lower-case letters after."""
    from nlp.components import _HYPHEN_BREAK

    before = re.compile(r"(?<=[A-Za-z]{2})-[ \t]*\n[ \t]*(?=[a-z]{2})")
    text = "transfor-\naminal; L5-\nS1; x-\nray; injec- \t\n  tions; a-\nb; Mid-\nLine; re-\n\nentry; OK-\nok"
    assert [m.span() for m in _HYPHEN_BREAK.finditer(text)] == [m.span() for m in before.finditer(text)] == [
        (8, 10), (39, 45), (83, 85)]  # "transfor-", "injec-", "OK-"


def test_any_required_answers_as_its_requirements_one_by_one() -> None:
    """`AnyRequired(reqs).holds(low)` is `any(holds_required(low, r) for r in reqs)`: pooled one-entry words, the
    alternatives needing several entries, and an alternative needing no word (always live)."""
    from nlp.fast_regex import AnyRequired, holds_required

    reqs = [(("block", "blk"),), (("fluoro",), ("knee", "hip")), (("genicular",),), (("rfa",), ("genicular",))]
    texts = ["left knee block", "fluoroscopy of the left knee", "genicular nerves", "fluoro guidance", "nothing here",
             "rfa"]
    for low in texts:
        assert AnyRequired(reqs).holds(low) is any(holds_required(low, r) for r in reqs)
    assert [AnyRequired(reqs).holds(t) for t in texts] == [True, True, True, False, False, False]
    assert AnyRequired([*reqs, ()]).holds("nothing here") is True  # an alternative that needs no word
    assert AnyRequired([]).holds("anything") is False  # no alternative at all


def test_word_answers_of_a_long_text_read_from_its_runs_are_the_scans() -> None:
    """For a long text a letters-and-digits word is looked for in the text's distinct runs (`_Words`); every answer is
    `w in low`: words inside longer runs, whole runs, words across punctuation or spaces, and words of two letters."""
    from nlp.fast_regex import _INDEX_FROM, _Words

    low = ("right l5-s1 transforaminal epidural steroid injection; fluoroscopy guided, 2 ml of 0.25% bupivacaine. "
           "the patient tolerated the procedure well. ") * (1 + _INDEX_FROM // 100)
    assert len(low) >= _INDEX_FROM
    words = ["inject", "injection", "l5", "s1", "l5-s1", "5-s", "steroid injection", "bupivacaine", "vacai", "0.25",
             "25", "knee", "block", "ml", "mg", "tolerated the", "dure", "procedures", "x", "ll", "well. the"]
    known = _Words(low)
    assert [known.scan(w) for w in words] == [w in low for w in words]
    assert known.present == {w for w in words if w in low} and known.absent == {w for w in words if w not in low}


def test_note_cue_gives_the_cue_matches_and_groups_and_skips_a_note_without_its_words() -> None:
    """`note_cue` is `cue` gated on required words: the same spans and groups where the note holds an intent word,
    and no match (without a scan) where it holds none."""
    from nlp.cues import cue, note_cue

    note = ("Procedure: right L5-S1 TFESI.\nIntent: therapeutic\nThe patient tolerated it well. "
            "This was diagnostic.\n") * 8
    gated, plain = note_cue("intent_field"), cue("intent_field")
    found = [(m.span(), m.groupdict()) for m in gated.finditer(note)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(note)]
    assert len(found) == 16 and found[0][1]["i"] == "therapeutic" and found[1][1]["i5"] == "diagnostic"
    assert list(gated.finditer("Procedure: right L5-S1 TFESI. Tolerated well.\n" * 20)) == []


def test_split_alternation_scans_a_whole_note_as_the_alternatives_it_can_match() -> None:
    """Over a range of `SPLIT_FROM` characters or more, a bucket most of whose alternatives need a word the note
    lacks is searched as one program per alternative that can match (s18); spans, groups and the alternative that wins
    at a place stay those of the plain alternation, in every range, and a sentence is still searched by the buckets."""
    from nlp import fast_regex
    from nlp.fast_regex import StartSplitAlternation

    parts = [r"\bgoal\s*(?::|-)\s*(?P<g>relief|diagnosis)", r"\bpurpose\s*:\s*(?P<p>diagnostic|therapeutic)",
             r"\bplan\s+of\s+care\s*:\s*\w+", r"\bprimary\s+aim\s*:\s*\w+", r"\bpurely\s+(?P<q>diagnostic)\b",
             r"\bpurpose\s*:\s*\w+", r"\bgrade\s+of\s+(?:relief|pain)"]
    split = StartSplitAlternation(parts, I)
    plain = re.compile("|".join(f"(?:{p})" for p in parts), I)
    filler = "The patient was positioned prone and the skin was cleaned and draped in the usual way. "
    text = (filler * 12 + "PURPOSE: therapeutic. Purpose: follow-up visit in six weeks. " + filler * 10
            + "Her buttock ache eased by half. " + filler * 4)  # no goal, plan, aim, grade: those alternatives sleep
    assert len(text) >= fast_regex.SPLIT_FROM
    buckets = split._buckets(text)
    programs = split._split(buckets, text)
    assert any(p not in split.patterns for p in programs)  # some bucket is searched as its live alternatives
    for pos, end in ((0, len(text)), (500, len(text)), (0, 1400), (1040, 1100)):
        got = [(m.span(), m.group(0), {k: v for k, v in m.groupdict().items() if v}) for m in split.finditer(text, pos, end)]
        want = [(m.span(), m.group(0), {k: v for k, v in m.groupdict().items() if v}) for m in plain.finditer(text, pos, end)]
        assert got == want
        a, b = plain.search(text, pos, end), split.search(text, pos, end)
        assert (a and a.span()) == (b and b.span())
    found = [(m.group(0), m.groupdict().get("p"), m.groupdict().get("g")) for m in split.finditer(text)]
    assert found == [("PURPOSE: therapeutic", "therapeutic", None), ("Purpose: follow", None, None)]
    assert all("g" in m.re.groupindex for m in split.finditer(text))  # the bucket's groups, numbered as its own
    # at "PURPOSE: therapeutic" the named alternative (written before the bare one) wins, as in the plain alternation
    sentence = "Purpose: diagnostic block of the left L5 dorsal ramus."
    assert [m.span() for m in split.finditer(sentence)] == [m.span() for m in plain.finditer(sentence)] == [(0, 19)]


def test_required_marks_of_a_pattern() -> None:
    """The rarer marks every match holds: an arrow written three ways, a table's pipe, tab or two spaces; common
    punctuation, letters and optional parts give none."""
    from nlp.fast_regex import required_marks

    assert required_marks(r"\bpain\b[^.\n]{0,30}?(?:-+>|=>|\u2192)\s*\d", I) == (("->", "=>", "\u2192"),)
    assert required_marks(r"(?m)^[^\n]*(?:\||\t|[ ]{2,})\w+$", I) == (("|", "\t", "  "),)
    assert required_marks(r"\bscore\s*\|\s*\d+\s*\|", I) == (("|",), )
    assert required_marks(r"\bpre\s*:\s*\d+(?:\s*->)?", I) == ()  # ':' is common, the arrow optional
    assert required_marks(r"\d+\s*(?:->|to)\s*\d+", I) == ()  # one branch holds no mark
    assert required_marks(r"(?:a|b)=>c|d", I) == ()  # a top-level branch without one


def test_gated_pattern_skips_a_text_without_its_marks() -> None:
    """A whole text that holds every word but none of the marks a match needs is not searched, and the answers are
    the pattern's own either way."""
    from nlp.fast_regex import GatedPattern, gated_rule

    pattern = r"\banxiety\b[^.\n]{0,30}?(?:-+>|=>|\u2192)\s*(?:sedation|MAC)\b"
    rx, plain = gated_rule(pattern, I), re.compile(pattern, I)
    assert isinstance(rx, GatedPattern) and rx.marks == (("->", "=>", "\u2192"),)
    filler = " The patient tolerated the procedure well." * 12  # past the length a text is gated from
    for text in ("Anxiety --> sedation." + filler, "Anxiety \u2192 MAC." + filler, "Anxiety, so sedation." + filler,
                 "anxiety => no sedation" + filler):
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert (rx.search(text) and rx.search(text).span()) == (plain.search(text) and plain.search(text).span())
    assert rx._absent("Anxiety, so sedation." + filler) and not rx._absent("Anxiety -> sedation." + filler)
