"""Compile rule regexes with a first-character guard: the same matches, found faster.

Python's `re` tries a pattern at every position of the text. For the rule regexes of this project
(long case-insensitive alternations such as `\\b(?:needle|entered|accessed|...)`) each try enters
every alternative in turn, and `re` has no fast scan for them (it skips ahead only to a literal or a
case-less character class). Most positions cannot start a match at all: "needle", "entered" and
"accessed" can only start with n, e or a. `compile_rule` reads the parsed pattern, collects the
characters a match can start with, and puts them first as a lookahead, `(?=[nea])(?:...)`, so a
position that cannot start a match is rejected with one class test.

The guard is zero-width and is a necessary condition of the original pattern (it lists every
character the pattern can consume first, under the same flags), so spans, groups, `match` at a
position and `search` within bounds are unchanged. Patterns where the first character cannot be
bounded cheaply (a possibly empty match, `.`, a negated class, a back-reference, inline global
flags) are compiled as written.

A guard is still one match attempt per position. `re` skips positions in C only for a pattern that starts
with a case-less literal or class; `compile_with_start_set` writes the characters a match can start with
into the compiled pattern's info block (what `re` does itself for `[0-9]...`), so case-insensitive rules
get that skip too. `StartSplitAlternation` searches a long alternation as a few such patterns split by
starting character (the same matches: at a position only the alternatives that can start there are tried,
in their written order), and `GatedPattern` answers "no match" for a note that lacks a word every match holds.

Every public answer here depends only on its arguments, this code and the Python version, and the analysis is most
of a pipeline load; `nlp.rule_cache` keeps the answers (compiled programs as the `_sre` code `re` would run) between
starts. Internally a compiled pattern is built as a program tuple (`_program`) and made into a pattern object by
`_sre.compile`, exactly as `re.compile` does.
"""

from __future__ import annotations

import logging
import re
from array import array
from functools import lru_cache
from re import _compiler, _parser
from re import _constants as C  # noqa: N812  (the parser's opcode names)
from typing import Any, Callable

import _sre

from nlp import rule_cache

logger = logging.getLogger(__name__)

#: What `_sre.compile` takes: (pattern, flags, code, groups - 1, groupindex, indexgroup), plain data so it can be kept,
#: with the code packed as bytes of `_sre.CODESIZE` words (a list of ints costs about five times the memory).
Program = tuple
_CODE_TYPE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)


def _parse(pattern: str, flags: int):  # noqa: ANN202  (a parser node)
    """A fresh parse of `pattern` (the caller may change it in place), with `flags` as a plain int: `re`'s parser and
    compiler test the flags bit by bit, and on a `RegexFlag` each test is a Python-level enum operation (`re.compile`
    turns them into an int first for the same reason); with `re.IGNORECASE` passed as given, those tests were a tenth
    of the rule analysis a cold start does."""
    return _parser.parse(pattern, int(flags))


@lru_cache(maxsize=256)
def _parse_shared(pattern: str, flags: int):  # noqa: ANN202  (a parser node)
    """The parse of `pattern` shared by the analyses that only read it (`_first_items`, `_required_literals`,
    `_min_width`, `_anchored`, `_holds_line_end_hyphen`): one rule is asked for its guard, start set, width and
    required words in a row, and a split alternation for those of each of its (up to a few hundred) alternatives,
    and each used to parse it again (half the parses of a cold start). 256 kept: about 6 MB in a process that
    analysed rules (none in one that read them all from the rule cache); 64 missed twice as often on a first note,
    1,024 held 45 MB. Never change the result in place; `_parse` gives a parse to edit. A pattern `re` refuses
    raises each time (errors are not kept)."""
    return _parser.parse(pattern, flags)


def _read_only_parse(pattern: str, flags: int):  # noqa: ANN202
    """`_parse_shared` keyed by the int flags (`RegexFlag.IGNORECASE` and 2 are one entry)."""
    return _parse_shared(pattern, int(flags))


def _code(parsed, flags: int) -> list[int]:  # noqa: ANN001
    """`re`'s compiler's code for `parsed`, told `flags` as a plain int (`_parse`)."""
    return _compiler._code(parsed, int(flags))


def _make(prog: Program) -> re.Pattern[str]:
    """The pattern object of `prog` (as `re`'s compiler makes it; `_sre` checks the code)."""
    return _sre.compile(prog[0], prog[1], array(_CODE_TYPE, prog[2]).tolist(), *prog[3:])


def _program(pattern: str, flags: int, parsed, code: list[int]) -> Program:  # noqa: ANN001
    """The arguments `re`'s compiler gives `_sre.compile` for `parsed` (the parse of `pattern`) running `code`."""
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        indexgroup[i] = name
    return (pattern, int(flags | parsed.state.flags), array(_CODE_TYPE, code).tobytes(),
            parsed.state.groups - 1, dict(parsed.state.groupdict), tuple(indexgroup))


def _plain(pattern: str, flags: int) -> Program:
    """The program of `re.compile(pattern, flags)` (`re._compiler.compile`: parse, code, the same arguments)."""
    flags = int(flags)
    parsed = _parse(pattern, flags)
    return _program(pattern, flags, parsed, _code(parsed, flags))


def _cached(key: tuple, compute: Callable[[], Any]) -> Any:
    """`compute()`, or its answer kept from an earlier start (`nlp.rule_cache`); `key` names the function and
    every argument the answer depends on."""
    return rule_cache.cache().get(key, compute)


def _cached_pattern(key: tuple, compute: Callable[[], Program]) -> re.Pattern[str]:
    """The pattern object of the program `compute()` builds, kept between starts; a kept program that `_sre`
    refuses (a damaged file that still verified) is built afresh."""
    cache = rule_cache.cache()
    prog = cache.get(key, compute)
    try:
        return _make(prog)
    except Exception as exc:  # noqa: BLE001
        logger.info("rule cache entry %s unusable (%s); compiled afresh", key[0], type(exc).__name__)
        prog = compute()
        cache.replace(key, prog)
        return _make(prog)

_CATEGORY_TEXT = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}
_TEXT_CATEGORY = {text: cat for cat, text in _CATEGORY_TEXT.items()}
_MAX_CLASS_ITEMS = 40  # beyond this, one class test stops being cheaper than the pattern itself
_MAX_GUARD_LETTERS = 19  # a guard that lets more letters through than this rejects too few positions


class _Unbounded(Exception):
    """The first character of a match cannot be listed as a class."""


def _char(code: int) -> str:
    return re.escape(chr(code)) if chr(code).isalnum() else "\\x{:02x}".format(code) if code < 0x100 else \
        "\\u{:04x}".format(code) if code < 0x10000 else "\\U{:08x}".format(code)


def _class_items(items: list, out: list[str]) -> None:
    for op, av in items:
        if op is C.LITERAL:
            out.append(_char(av))
        elif op is C.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY and av in _CATEGORY_TEXT:
            out.append(_CATEGORY_TEXT[av])
        else:  # NEGATE, unusual categories, big charsets
            raise _Unbounded


def _first(seq, out: list[str], flags: int) -> bool:
    """Add to `out` the class items a match of `seq` can start with; True when `seq` can match
    the empty string (its first character may then come from what follows)."""
    for op, av in seq:
        if op is C.LITERAL:
            out.append(_char(av))
            return False
        if op is C.IN:
            _class_items(av, out)
            return False
        if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            continue  # zero-width: the first character is consumed by what follows
        if op is C.BRANCH:
            nullable = False
            for alt in av[1]:
                nullable = _first(alt, out, flags) or nullable
            if not nullable:
                return False
            continue
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & ~flags & (re.IGNORECASE | re.UNICODE | re.LOCALE):
                raise _Unbounded  # the guard would match less than the pattern does here
            if not _first(sub, out, flags):
                return False
            continue
        if op is C.ATOMIC_GROUP:
            if not _first(av, out, flags):
                return False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            if not _first(sub, out, flags) and lo > 0:
                return False
            continue
        raise _Unbounded  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...
    return True


def _already_fast(op, av) -> bool:
    """Anchored at the start (`re` tries one position only) or already led by a lookahead guard."""
    return (op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)) or (op is C.ASSERT and av[0] == 1)


def _anchored(pattern: str, flags: int) -> bool:
    """Whether `re` tries `pattern` at the start only (`^` without MULTILINE, `\\A`): a starting set would make it
    try every position instead."""
    try:
        data = _read_only_parse(pattern, flags).data
    except (re.error, RecursionError):
        return True
    return bool(data) and data[0][0] is C.AT and data[0][1] in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)


def _first_items(pattern: str, flags: int, unless_fast: bool = False) -> list[str] | None:
    """The class items (`_first`) a match of `pattern` can start with; None when they cannot be listed, when
    inline global flags ("(?x)...") must stay first, or (`unless_fast`) when `re` already tries few positions."""
    try:
        parsed = _read_only_parse(pattern, flags)
        if parsed.state.flags & ~flags & ~re.UNICODE:
            return None
        if unless_fast and parsed.data and _already_fast(*parsed.data[0]):
            return None
        items: list[str] = []
        if _first(parsed, items, parsed.state.flags):
            return None
    except (_Unbounded, re.error, RecursionError):
        return None
    return items


def first_char_guard(pattern: str, flags: int = 0) -> str | None:
    """The lookahead `(?=[...])` listing what a match of `pattern` can start with, or None."""
    return _cached(("first_char_guard", pattern, int(flags)), lambda: _first_char_guard(pattern, flags))


def _first_char_guard(pattern: str, flags: int) -> str | None:
    items = _first_items(pattern, flags, unless_fast=True)
    if items is None:
        return None
    unique = list(dict.fromkeys(items))
    if len(unique) < 2 or len(unique) > _MAX_CLASS_ITEMS:  # one item: `re` already tests just that
        return None
    guard = f"(?=[{''.join(unique)}])"
    letters = re.compile(guard, flags & ~re.VERBOSE)
    if sum(1 for c in "abcdefghijklmnopqrstuvwxyz" if letters.match(c)) > _MAX_GUARD_LETTERS:
        return None  # most words pass such a guard: it would cost more than it saves
    return guard


def compile_rule(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` with a first-character guard when one can be derived, and inner guards before
    lookbehinds that lead an alternative (`_inner_guards`)."""
    return _cached_pattern(("compile_rule", pattern, int(flags)), lambda: _rule_program(pattern, flags))


def _rule_program(pattern: str, flags: int) -> Program:
    """The program of `compile_rule(pattern, flags)`."""
    guard = first_char_guard(pattern, flags)
    if guard is None:
        found = None if _anchored(pattern, flags) else _start_set(pattern, flags)
        return _guarded_program(pattern, flags, found)
    end = "\n)" if flags & re.VERBOSE else ")"  # a trailing comment in a verbose pattern ends at a newline
    guarded = f"{guard}(?:{pattern}{end}"
    return _guarded_program(guarded, flags, _start_set(pattern, flags))


def _guarded_program(pattern: str, flags: int,
                     found: tuple[frozenset[str], frozenset[int]] | None) -> Program:
    """`pattern` compiled with inner guards where some alternative starts with lookarounds, told its start set
    (`found`, `compile_with_start_set`) when there is one; as `re.compile` would otherwise."""
    try:
        parsed = _parse(pattern, flags)
        guarded = _inner_guards(parsed, parsed.state.flags)
    except (re.error, RecursionError):
        guarded = False
    if not guarded:
        return _plain(pattern, flags) if found is None else _start_set_program(pattern, flags, *found)
    return _start_set_program(pattern, flags, *(found or (None, frozenset())), parsed=parsed)


_ZERO_WIDTH_CHECKS = (C.ASSERT, C.ASSERT_NOT)
_MAX_GUARD_LITERALS = 4  # a literal guard longer than this rejects no more positions in practice


def _zero_width_only(seq) -> bool:
    """`seq` consumes nothing: only lookarounds and anchors (an alternation of lookbehinds)."""
    return all(op in _ZERO_WIDTH_CHECKS or op is C.AT or (op is C.BRANCH and all(_zero_width_only(a) for a in av[1]))
               for op, av in seq)


def _lookbehind(op, av) -> bool:  # noqa: ANN001
    """A lookbehind, or an alternation holding one."""
    return (op in _ZERO_WIDTH_CHECKS and av[0] < 0) or (op is C.BRANCH and any(_lookbehind(*x) for a in av[1] for x in a))


def _lead_guard(seq, flags: int):  # noqa: ANN202  (a parser node or None)
    """A lookahead listing what `seq` consumes first, to put before the lookbehinds it starts with: at a position
    where that cannot follow, `re` then skips those lookbehinds (an alternation of a dozen of them is tried at
    every position its alternative could start at) with one test. The lookahead is a necessary condition of `seq`
    (the literals it starts with, or the class of its first characters, `_first`), so matches are unchanged.
    None when `seq` does not start with a lookbehind (a lookahead is a guard already), or its first character cannot
    be bounded."""
    k = 0
    checked = False
    while k < len(seq) and (seq[k][0] in _ZERO_WIDTH_CHECKS or seq[k][0] is C.AT or (
            seq[k][0] is C.BRANCH and all(_zero_width_only(a) for a in seq[k][1][1]))):
        checked = checked or _lookbehind(*seq[k])
        k += 1
    if not checked or k == len(seq) or (seq[0][0] is C.ASSERT and seq[0][1][0] > 0):
        return None  # no lookbehind first, nothing after it, or led by a lookahead (a guard) already
    rest = seq[k:]
    lits = []
    for op, av in rest.data[:_MAX_GUARD_LITERALS]:
        if op is not C.LITERAL:
            break
        lits.append((op, av))
    if lits:
        return (C.ASSERT, (1, _parser.SubPattern(seq.state, lits)))
    items: list[str] = []
    try:
        if _first(rest, items, flags):
            return None
    except _Unbounded:
        return None
    unique = list(dict.fromkeys(items))
    if len(unique) > _MAX_CLASS_ITEMS:
        return None
    return _parse(f"(?=[{''.join(unique)}])", flags & ~re.VERBOSE).data[0]


def _caseless_first(alt, flags: int) -> bool:
    """Write the case-insensitive letter an alternative starts with as the case-sensitive class of every character it
    matches (`(?i)o` as `(?-i:[Oo])`, `(?i)k` as `(?-i:[Kk\u212a])`), in place. `re` tries an alternative whose
    first test is a case-sensitive literal or class only at a position whose character passes it; one that starts
    with a case-insensitive letter it enters everywhere, so an alternation of twenty number words was entered twenty
    times at every position. The class holds exactly the characters the letter matches under `flags` (all are in
    `START_ALPHABET`), so matches are unchanged. True when written."""
    if not alt.data or alt.data[0][0] is not C.LITERAL or not flags & re.IGNORECASE or flags & re.LOCALE:
        return False
    code = alt.data[0][1]
    if code >= 0x80 or not chr(code).isalpha():
        return False
    chars = _caseless_chars(code, int(flags & (re.IGNORECASE | re.ASCII | re.UNICODE)))
    sub = _parser.SubPattern(alt.state, [(C.IN, [(C.LITERAL, c) for c in chars])])
    alt.data[0] = (C.SUBPATTERN, (None, 0, re.IGNORECASE, sub))
    return True


@lru_cache(maxsize=None)
def _caseless_chars(code: int, flags: int) -> tuple[int, ...]:
    """The code points of `START_ALPHABET` that the letter `code` matches under `flags` (`_caseless_first`), sorted;
    asked for every alternative of every long word list, so each letter's answer is found once (at most 26 x the
    few case flags)."""
    letter = re.compile(re.escape(chr(code)), flags)
    return tuple(sorted(ord(c) for c in START_ALPHABET if letter.fullmatch(c)))


def _hoist_anchors(alts: list) -> bool:
    """Write each run of two or more consecutive alternatives that start with the same anchor (`\\b`, `^`: an `AT`
    item) as one alternative, that anchor then an alternation of their rests, in place (`(?:\\bleg pain)|(?:\\baching)`
    as `\\b(?:leg pain|aching)`). `re` skips an alternative whose first test is a literal or class the character
    fails without entering it (the test `_caseless_first` writes); one that starts with an anchor it enters, so a
    bucket of forty phrases each written after a `\\b` was entered forty times at every position holding one of its
    letters (15 us a sentence). The anchor is zero-width and tested at the same place either way, and the rests are
    tried in their written order, as are the alternatives after the run, so matches, spans and groups are unchanged.
    True when written."""
    out: list = []
    changed = False
    k = 0
    while k < len(alts):
        head = alts[k].data[0] if alts[k].data else None
        j = k + 1
        if head is not None and head[0] is C.AT:
            while j < len(alts) and alts[j].data and alts[j].data[0] == head:
                j += 1
        if j - k < 2:
            out.append(alts[k])
            k += 1
            continue
        state = alts[k].state
        rests = [_parser.SubPattern(state, a.data[1:]) for a in alts[k:j]]
        out.append(_parser.SubPattern(state, [head, (C.BRANCH, (None, rests))]))
        changed = True
        k = j
    if changed:
        alts[:] = out
    return changed


def _inner_guards(seq, flags: int) -> bool:
    """Put `_lead_guard`s, in place, before the lookbehinds that start `seq` or any alternative inside it, and make
    alternatives start with a case-sensitive test (`_caseless_first`), anchors shared by consecutive alternatives
    tested once before them (`_hoist_anchors`); never inside a lookaround (a lookbehind's width must stay as
    written). True when something was changed."""
    changed = False
    for i in range(len(seq.data) - 1, -1, -1):
        op, av = seq.data[i]
        if op is C.BRANCH and _hoist_anchors(av[1]):
            changed = True
            if len(av[1]) == 1:  # every alternative started with the anchor: the anchor, then their alternation
                seq.data[i : i + 1] = av[1][0].data
    for op, av in seq:
        if op is C.BRANCH:
            for alt in av[1]:
                changed = _inner_guards(alt, flags) or changed
                changed = _caseless_first(alt, flags) or changed
        elif op is C.SUBPATTERN:
            changed = _inner_guards(av[3], _compiler._combine_flags(flags, av[1], av[2])) or changed
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            changed = _inner_guards(av[2], flags) or changed
        elif op is C.ATOMIC_GROUP:
            changed = _inner_guards(av, flags) or changed
    guard = _lead_guard(seq, flags)
    if guard is not None:
        seq.data.insert(0, guard)
        changed = True
    return changed


def _literal_runs(seq, runs: list[tuple[str, ...]], lookarounds: bool = False, cased: bool = False,
                  caseless: bool = False) -> None:
    """Collect what every match of `seq` contains: runs of consecutive ASCII literals, as 1-tuples,
    and for an alternation whose every branch has such a run, the tuple of those (one of them). With `cased`
    (`cased_literals`), runs of the literals read case-sensitively instead (`caseless`: whether `seq` is read ignoring
    case), as written."""
    run: list[str] = []
    for op, av in seq:
        if op is C.LITERAL and (not caseless if cased else av < 0x80):
            run.append(chr(av))
            continue
        if run:
            runs.append(("".join(run),))
            run = []
        if op is C.SUBPATTERN:
            inner = bool((caseless or av[1] & re.IGNORECASE) and not av[2] & re.IGNORECASE)
            _literal_runs(av[3], runs, lookarounds, cased, inner)
        elif op is C.ATOMIC_GROUP:
            _literal_runs(av, runs, lookarounds, cased, caseless)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            _literal_runs(av[2], runs, lookarounds, cased, caseless)  # the body occurs at least once
        elif op is C.ASSERT and lookarounds:
            _literal_runs(av[1], runs, lookarounds, cased, caseless)  # a positive lookaround: in the whole text
        elif op is C.BRANCH:
            options: list[str] = []
            for alt in av[1]:
                inner_runs: list[tuple[str, ...]] = []
                _literal_runs(alt, inner_runs, lookarounds, cased, caseless)
                single = [r[0] for r in inner_runs if len(r) == 1]
                if single:
                    options.append(max(single, key=len))
                elif inner_runs:  # only alternatives of its own ("(?:same|identical)"): one is in its every match
                    options.extend(min(inner_runs, key=lambda r: (min(map(len, r)) < 3, len(r))))
                else:
                    break
            else:
                runs.append(tuple(options))
        # anything else (classes, optional parts, assertions) contributes nothing required
    if run:
        runs.append(("".join(run),))


def required_literals(pattern: str, flags: int = 0, min_len: int = 3,
                      lookarounds: bool = False) -> tuple[tuple[str, ...], ...]:
    """`_required_literals`, kept between starts (`nlp.rule_cache`)."""
    return _cached(("required_literals", pattern, int(flags), min_len, lookarounds),
                   lambda: _required_literals(pattern, flags, min_len, lookarounds))


def _required_literals(pattern: str, flags: int, min_len: int, lookarounds: bool) -> tuple[tuple[str, ...], ...]:
    """What every match of `pattern` contains, as lower-cased ASCII words of 3 characters or more:
    each entry lists alternatives, one of which is in every match. (("pump",),) for
    `\\bpump\\s+(?:analysis|interrogation)\\b`; (("saved", "stored"),) for `(?:saved|stored)`.
    Every entry having a word in `lowered_for_literals(text)` is then a necessary condition for a
    match, whatever the case flags (literals inside lookarounds are not collected). For a search over a whole text
    (no bounds), `lookarounds` also collects the words of positive lookarounds (the text holds them too) and
    `min_len` 2 the two-letter words of shorthand rules ("KP", "VP"): still necessary, only too common to be worth
    testing for most patterns. (Public as `required_literals`.)"""
    try:
        parsed = _read_only_parse(pattern, flags)
    except (re.error, RecursionError):
        return ()
    runs: list[tuple[str, ...]] = []
    _literal_runs(parsed, runs, lookarounds)
    return tuple(dict.fromkeys(tuple(dict.fromkeys(w.lower() for w in r)) for r in runs
                               if all(len(w) >= min_len for w in r)))


#: Marks common enough in notes that a gate on them would skip nothing (`required_marks`): a token needs another.
_COMMON_MARKS = frozenset(" \n.,:;-/()'\"%")


def _uncased(ch: str) -> bool:
    """A character `re` reads the same with and without IGNORECASE (no letter has it as a case variant)."""
    return not (_sre.ascii_iscased(ord(ch)) if ord(ch) < 0x80 else _sre.unicode_iscased(ord(ch)))


def _mark_tokens(run: str) -> list[str]:
    """The stretches of uncased characters of a literal run that are worth a gate: holding a mark outside
    `_COMMON_MARKS` ("->", "|", "\t", an arrow sign), or two spaces or more. Each is in every text the run is in."""
    out, cur = [], []
    for ch in (*run, None):
        if ch is not None and _uncased(ch) and not ch.isalnum():
            cur.append(ch)
            continue
        tok = "".join(cur)
        if tok and (any(c not in _COMMON_MARKS for c in tok) or tok.strip(" ") == "" and len(tok) >= 2):
            out.append(tok)
        cur = []
    return out


def _mark_runs(seq, runs: list[tuple[str, ...]]) -> None:
    """Collect what every match of `seq` contains as runs of consecutive literals of any character (`_literal_runs`
    for marks): a repeat of one literal at least m times gives m of it, which the literals after it follow; an
    alternation whose every branch holds a mark token (`_mark_tokens`) gives the tuple of one token of each."""
    run: list[str] = []

    def flush() -> None:
        if run:
            runs.append(("".join(run),))
            run.clear()

    for op, av in seq:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and len(av[2]) == 1 and av[2][0][0] is C.LITERAL:
            flush()  # "-+>": the last dash is right before the ">"; "[ ]{2,}": two spaces
            run.extend(chr(av[2][0][1]) * min(av[0], 8))
            continue
        flush()
        if op is C.SUBPATTERN:
            _mark_runs(av[3], runs)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            _mark_runs(av[2], runs)  # the body occurs at least once
        elif op is C.BRANCH:
            options: list[str] = []
            for alt in av[1]:
                inner: list[tuple[str, ...]] = []
                _mark_runs(alt, inner)
                single = [t for r in inner if len(r) == 1 for t in _mark_tokens(r[0])]
                if single:
                    options.append(single[0])
                    continue
                entries = [r for r in inner if all(_mark_tokens(w) == [w] for w in r)]
                if not entries:
                    break
                options.extend(entries[0])
            else:
                runs.append(tuple(options))
        # anything else (classes, optional parts, lookarounds, atomic groups) contributes nothing required
    flush()


def required_marks(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """What every match of `pattern` contains among the rarer marks of a note (`_mark_tokens`: "->" or an arrow sign
    of a pre/post pair, "|" or a tab or two spaces of a table), each entry listing alternatives one of which is in every
    match, as written (no letter, so case never matters). `required_literals` reads only words; a pattern whose
    words every note holds ('anxiety ... -> sedation') is then skipped by a note without its marks. Kept between
    starts (`nlp.rule_cache`)."""
    return _cached(("required_marks", 1, pattern, int(flags)), lambda: _required_marks(pattern, flags))


def _required_marks(pattern: str, flags: int) -> tuple[tuple[str, ...], ...]:
    try:
        parsed = _read_only_parse(pattern, flags)
    except (re.error, RecursionError):
        return ()
    runs: list[tuple[str, ...]] = []
    _mark_runs(parsed, runs)
    out = []
    for r in runs:
        if len(r) == 1:
            out.extend((t,) for t in _mark_tokens(r[0]))
        else:
            out.append(r)
    return tuple(dict.fromkeys(out))


def holds_marks(text: str, marks: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `text` holds one token of every entry of `marks` (`required_marks`)."""
    return all(any(t in text for t in alts) for alts in marks)


#: A word hyphenated at a line end: the hyphen, spaces or tabs, the line break (`holds_line_end_hyphen`).
LINE_END_HYPHEN = re.compile(r"-[ \t]*\n")


def cased_literals(pattern: str, flags: int = 0, min_len: int = 2) -> tuple[tuple[str, ...], ...]:
    """What every match of `pattern` contains, as written, from its case-sensitive parts (`(?-i:TO)`, `(?-i:\\bIC\\b)`):
    each entry lists alternatives, one of which is in every match exactly (a case-sensitive literal matches only its own
    character), with the words of positive lookarounds (for a search over a whole text, which holds them too). A rule
    for the capitals "TO" or "IC" then needs no scan of a note that never writes them, though every note holds "to".
    Kept between starts (`nlp.rule_cache`)."""
    return _cached(("cased_literals", pattern, int(flags), min_len), lambda: _cased_literals(pattern, flags, min_len))


def _cased_literals(pattern: str, flags: int, min_len: int) -> tuple[tuple[str, ...], ...]:
    try:
        parsed = _read_only_parse(pattern, flags)
    except (re.error, RecursionError):
        return ()
    runs: list[tuple[str, ...]] = []
    _literal_runs(parsed, runs, True, cased=True, caseless=bool(parsed.state.flags & re.IGNORECASE))
    return tuple(dict.fromkeys(tuple(dict.fromkeys(r)) for r in runs if all(len(w) >= min_len for w in r)))


def holds_line_end_hyphen(pattern: str, flags: int = 0) -> bool:
    """Whether every match of `pattern` holds a hyphen, then only spaces or tabs, then a line break (what
    `LINE_END_HYPHEN` finds): the rules that read a word an OCR scan hyphenated across a line end ("bu-" + newline +
    "pivacaine"). A note without one cannot match them anywhere. Proven on the parsed pattern (`_holds_break`);
    False when it cannot be, kept between starts (`nlp.rule_cache`)."""
    return _cached(("holds_line_end_hyphen", pattern, int(flags)), lambda: _holds_line_end_hyphen(pattern, flags))


def _holds_line_end_hyphen(pattern: str, flags: int) -> bool:
    try:
        parsed = _read_only_parse(pattern, flags)
    except (re.error, RecursionError):
        return False
    return _holds_break(list(parsed))


def _blanks_only(item) -> bool:  # noqa: ANN001  (a parser node)
    """A repeat (any count) of a class of only spaces and tabs: `[ \t]*`."""
    op, av = item
    if op is not C.MAX_REPEAT and op is not C.MIN_REPEAT:
        return False
    body = list(av[2])
    return len(body) == 1 and body[0][0] is C.IN and all(
        o is C.LITERAL and a in (0x20, 0x09) for o, a in body[0][1])


def _holds_break(seq: list) -> bool:
    """`seq` (parsed items, each one required in order) consumes a hyphen, a run of `_blanks_only` or nothing, a line
    break, in a row: at its own level, in every alternative of an alternation it holds, or inside a group it holds."""
    for k, (op, av) in enumerate(seq):
        if op is C.LITERAL and av == 0x2D and (seq[k + 1 : k + 2] == [(C.LITERAL, 0x0A)] or (
                k + 2 < len(seq) and _blanks_only(seq[k + 1]) and seq[k + 2] == (C.LITERAL, 0x0A))):
            return True
        if op is C.BRANCH and av[1] and all(_holds_break(list(alt)) for alt in av[1]):
            return True
        if op is C.SUBPATTERN and _holds_break(list(av[3])):
            return True
    return False


# Non-ASCII characters that match an ASCII letter under IGNORECASE but whose `str.lower()` is not
# that letter (dotted and dotless i, long s); every other such character (KELVIN SIGN) lowers to it.
_FOLD_EXCEPTIONS = ("\u0130", "\u0131", "\u017f")


def lowered_for_literals(text: str) -> str | None:
    """`text.lower()` when it can be searched for `required_literals` words (every text character
    that a case-insensitive ASCII letter matches lowers to that letter), else None (then a regex
    must be run to know)."""
    if not text.isascii() and any(ch in text for ch in _FOLD_EXCEPTIONS):
        return None
    return text.lower()


# Every character that a case-insensitive class of ASCII characters can match: ASCII itself and the four non-ASCII
# characters `re` folds onto an ASCII letter (dotted and dotless i, long s, KELVIN SIGN; found by testing every code
# point against `(?i)[\x00-\x7f]`).
START_ALPHABET = tuple(chr(c) for c in (*range(128), 0x130, 0x131, 0x17F, 0x212A))


def _start_set(pattern: str, flags: int) -> tuple[frozenset[str], frozenset[int]] | None:
    """What a match of `pattern` can start with: characters of `START_ALPHABET` and categories (\\d, \\w, \\s and
    their negations, whole); None when that cannot be shown (a possibly empty match, `.`, a negated class, a
    non-ASCII character, inline global flags)."""
    items = _first_items(pattern, flags)
    if items is None:
        return None
    extra = {ch for ch in map(_uncased_char, items) if ch is not None}  # "\u2192" (an arrow): itself only
    items = [it for it in items if _uncased_char(it) is None]
    if any(it.startswith(("\\u", "\\U")) or not it.isascii() for it in items):
        return None  # a cased character beyond \xff, or a range there, can start a match outside START_ALPHABET
    if any(int(x, 16) > 0x7F for it in items for x in re.findall(r"\\x([0-9a-f]{2})", it)):
        return None
    categories = frozenset(_TEXT_CATEGORY[it] for it in items if it in _TEXT_CATEGORY)
    listed = [it for it in items if it not in _TEXT_CATEGORY]
    if not listed:
        return frozenset(extra), categories
    cls = re.compile(f"[{''.join(dict.fromkeys(listed))}]", flags & ~re.VERBOSE)
    return frozenset(c for c in START_ALPHABET if cls.match(c)) | extra, categories


_ONE_CHAR = re.compile(r"\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8})")


def _uncased_char(item: str) -> str | None:
    """The non-ASCII character a class item lists alone, when it has no other case (then it matches only itself,
    with or without IGNORECASE): "\\u2192" is "\u2192"; None for anything else."""
    if len(item) == 1 and not item.isascii():
        ch = item  # `_char` leaves a letter or digit unescaped ("\u00bd", one half)
    elif _ONE_CHAR.fullmatch(item):
        ch = chr(int(item[2:], 16))
    else:
        return None
    return ch if not ch.isascii() and ch.lower() == ch == ch.upper() and ch.casefold() == ch else None


def start_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Exactly the characters a match of `pattern` can start with, when they are all in `START_ALPHABET` or are
    non-ASCII characters without case listed alone (its first character is a listed class, under `flags`); None when that cannot be shown (as `_start_set`, or a
    category such as \\w or \\d, which holds characters of every script)."""
    return _cached(("start_chars", pattern, int(flags)), lambda: _start_chars(pattern, flags))


def _start_chars(pattern: str, flags: int) -> frozenset[str] | None:
    found = _start_set(pattern, flags)
    return None if found is None or found[1] else found[0]


def min_width(pattern: str, flags: int = 0) -> int:
    """The fewest characters a match of `pattern` consumes (0 when that cannot be read)."""
    return _cached(("min_width", pattern, int(flags)), lambda: _min_width(pattern, flags))


def _min_width(pattern: str, flags: int) -> int:
    try:
        return _read_only_parse(pattern, flags).getwidth()[0]
    except (re.error, RecursionError):
        return 0


def compile_with_start_set(pattern: str, flags: int, chars: frozenset[str] | None,
                           categories: frozenset[int] = frozenset(), parsed=None) -> re.Pattern[str]:  # noqa: ANN001
    """`re.compile(pattern, flags)`, told that every match starts with one of `chars` (the caller's proof, e.g.
    `start_chars`; `categories`: whole categories such as \\d it can also start with). `re` searches a pattern that starts with a case-less literal or class by skipping, in C, every
    position whose character is not in that set; it derives no such set for a case-insensitive letter, so each
    position costs a full match attempt. This writes the set into the compiled pattern's info block (the same block
    `re` writes for `[0-9]...`); the pattern itself is unchanged and still checks its first character, so matches,
    spans and groups are those of `re.compile(pattern, flags)`. Falls back to that when `re` already has a faster
    prefix or the pattern can match the empty string. `parsed`: the parse of `pattern` with zero-width guards added
    (`_inner_guards`), compiled instead of `pattern` itself (`chars` None: with no start set)."""
    return _make(_start_set_program(pattern, flags, chars, categories, parsed))


def _start_set_program(pattern: str, flags: int, chars: frozenset[str] | None,
                       categories: frozenset[int] = frozenset(), parsed=None) -> Program:  # noqa: ANN001
    """The program of `compile_with_start_set`."""
    fallback = parsed is None
    if parsed is None:
        parsed = _parse(pattern, flags)
    code = _code(parsed, flags)
    if chars is None or code[0] is not C.INFO or code[2] != 0 or code[3] == 0:
        return _plain(pattern, flags) if fallback else _sre_program(pattern, flags, parsed, code)
    charset, _cased = _compiler._optimize_charset([(C.LITERAL, ord(c)) for c in sorted(chars)])
    charset += [(C.CATEGORY, cat) for cat in sorted(categories)]
    cs_code: list[int] = []
    _compiler._compile_charset(charset, (flags | parsed.state.flags) & (re.UNICODE | re.ASCII), cs_code)
    info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4], *cs_code]
    info[1] = len(info) - 1
    return _sre_program(pattern, flags, parsed, info + code[1 + code[1]:])


def _sre_program(pattern: str, flags: int, parsed, code: list[int]) -> Program:  # noqa: ANN001
    """The program of the pattern object `re.compile(pattern, flags)` would make, running `code` (the same program
    with a start set or zero-width guards added); `re.compile`'s own when `_sre` refuses it."""
    prog = _program(pattern, flags, parsed, code)
    try:
        _make(prog)
    except (RuntimeError, TypeError, ValueError):
        return _plain(pattern, flags)
    return prog


# Rough share of text positions holding each character (lower case; notes are mostly lower-case prose): what a
# bucket's alternatives cost is how often its characters occur.
_LETTER_SHARE = dict(zip("etaoinsrhldcumfpgwybvkxjqz", (
    .10, .075, .065, .065, .06, .06, .055, .05, .04, .035, .03, .03, .025, .022, .02, .018, .016, .014, .014, .012,
    .008, .006, .002, .002, .001, .001)))


def _share(chars: "frozenset[str] | set[str]") -> float:
    """The share of a note's positions holding one of `chars` (`_LETTER_SHARE`; capitals are rarer than their
    lower-case twins, which are counted)."""
    return sum(_LETTER_SHARE.get(c, 0.002) for c in chars if c.isascii() and not c.isupper())


_SCAN_COST = 3.0  # one bucket's pass over a position (a set test in C), against one alternative tried there
_TRY_COST = 4.0


def _told_start_set(prog: Program, chars: frozenset[str]) -> bool:
    """Whether `prog` (a `_bucket_program`) searches with the start set `chars` it was told (not none, nor one `re`
    derived itself): then its search starts a match only at those characters."""
    code = array(_CODE_TYPE)
    code.frombytes(prog[2])
    if len(code) < 5 or code[0] != C.INFO or code[2] != C.SRE_INFO_CHARSET:
        return False
    charset, _cased = _compiler._optimize_charset([(C.LITERAL, ord(c)) for c in sorted(chars)])
    told: list[int] = []
    _compiler._compile_charset(charset, prog[1] & (re.UNICODE | re.ASCII), told)
    return code[5 : 5 + len(told)].tolist() == told


def _bucket_program(pattern: str, flags: int, chars: frozenset[str]) -> Program:
    """The program of one `StartSplitAlternation` bucket: told its start set, and with the inner guards of
    `compile_rule` (`_inner_guards`: each alternative, and each word list inside one, starts with a case-sensitive
    test, so `re` enters at a position only the words that can start with its character). The start set lets `re`
    skip the positions no alternative can start at; the guards spare it, at the positions left, the words of the
    bucket that start with another letter (a bucket of forty phrases each opening with a list of verbs was
    entered forty times, each verb tried, at every position holding one of its letters). Guards are necessary
    conditions, so matches are those of `re.compile(pattern, flags)`."""
    try:
        parsed = _parse(pattern, flags)
        guarded = _inner_guards(parsed, parsed.state.flags)
    except (re.error, RecursionError):
        guarded = False
    return _start_set_program(pattern, flags, chars, parsed=parsed) if guarded else \
        _start_set_program(pattern, flags, chars)


def _structure(pattern: str) -> list[tuple[int, str]] | None:
    """The parentheses and bars of `pattern` outside escapes and classes, with their positions; None when it cannot be
    read plainly (an open class, inline global flags, a back-reference)."""
    if re.search(r"\(\?[aiLmsux]+\)|\\[1-9]|\(\?P=", pattern):
        return None
    out: list[tuple[int, str]] = []
    k, n = 0, len(pattern)
    while k < n:
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        if c == "[":  # a class: up to its closing bracket (a "]" first in it is a character)
            k += 2 if pattern[k + 1 : k + 2] == "^" else 1
            k += 1 if pattern[k : k + 1] == "]" else 0
            while k < n and pattern[k] != "]":
                k += 2 if pattern[k] == "\\" else 1
            if k >= n:
                return None
        elif c in "()|":
            out.append((k, c))
        k += 1
    return out


def _top_alternatives(pattern: str) -> list[str] | None:
    """`pattern` split at its top-level `|` (outside groups and classes); None when it cannot be read plainly or an
    alternative is empty."""
    marks = _structure(pattern)
    if marks is None:
        return None
    out: list[str] = []
    depth, start = 0, 0
    for k, c in marks:
        depth += 1 if c == "(" else -1 if c == ")" else 0
        if depth < 0:
            return None
        if c == "|" and depth == 0:
            out.append(pattern[start:k])
            start = k + 1
    out.append(pattern[start:])
    return None if depth or any(not x for x in out) else out


def _flat_alternatives(pattern: str) -> list[str]:
    """Alternatives whose ordered alternation matches exactly as `pattern` does: its top-level alternatives, and a
    leading `\\b(?:A|B)rest` written out as `\\b(?:A)rest`, `\\b(?:B)rest` ((A|B)C tries AC, then BC: the same match at
    every position; not when a quantifier follows the group or the rest captures a group). A bucket of
    `StartSplitAlternation` then holds only the words that can start with its characters, and gates on each one's own
    required words."""
    tops = _top_alternatives(pattern)
    if tops is None:
        return [pattern]
    out: list[str] = []
    for t in tops:
        marks = _structure(t) if t.startswith("\\b(?:") else None
        close, depth = None, 0
        for k, c in marks or ():
            depth += 1 if c == "(" else -1 if c == ")" else 0
            if depth == 0:
                close = k
                break
        rest = "" if close is None else t[close + 1 :]
        inner = None if close is None or rest.startswith(("*", "+", "?", "{")) or re.search(r"\((?!\?)|\(\?P<", rest) \
            else _top_alternatives(t[5:close])  # a group captured in the rest would be written out twice
        out += [f"\\b(?:{a}){rest}" for a in inner] if inner and len(inner) > 1 else [t]
    return out


#: Texts shorter than this (a sentence, an excerpt) are searched by every bucket of a `StartSplitAlternation` without
#: asking first which buckets' words they hold: for a short text each bucket's scan is a few microseconds, while the
#: word tests of a new text (hundreds of words over a bucket's alternatives, each asked of the text) cost several times
#: that. A bucket left out has no match in the text, so searching it too finds the same matches.
GATE_FROM = 400


class StartSplitAlternation:
    """The alternation `(?:p1)|(?:p2)|...` searched as a few patterns, one per set of starting characters, each told
    its starting set (`compile_with_start_set`), so `re` skips in C the positions where none of its alternatives can
    start; at a position only the alternatives that can start with its character are tried, in their written order.
    `finditer` and `search` give exactly the matches of the single alternation: the next match is the leftmost
    start at or after the previous match's end among the buckets (starting sets are disjoint, so one bucket
    answers for a position, with the same alternative the alternation would take there)."""

    def __init__(self, parts: list[str], flags: int) -> None:
        key = ("StartSplitAlternation", 4, tuple(parts), int(flags))
        found = _cached(key, lambda: self._plan(parts, flags))
        if found is None:
            raise ValueError("an alternative's first character cannot be listed")
        try:
            self.min_width, self.patterns = found[0], [_make(prog) for prog in found[1]]
        except Exception as exc:  # noqa: BLE001  (a kept program `_sre` refuses: plan afresh)
            logger.info("rule cache entry %s unusable (%s); compiled afresh", key[0], type(exc).__name__)
            found = self._plan(parts, flags)
            rule_cache.cache().replace(key, found)
            self.min_width, self.patterns = found[0], [_make(prog) for prog in found[1]]  # type: ignore[index]
        #: per bucket, the required words of its alternatives (`required_literals`, asked as `AnyRequired`), or None when
        #: some alternative needs none: a bucket none of whose alternatives can match in a note is not searched there.
        self._words: list[AnyRequired | None] = [
            None if any(not w for w in ws) else AnyRequired(ws)
            for ws in (tuple(required_literals(found[3][i], flags) for i in alts) for alts in found[2])]
        self._gated = any(ws is not None for ws in self._words)
        #: (the text last asked about, its live buckets), replaced as one value so threads never mix two notes' answers
        self._seen: tuple[str | None, list[re.Pattern[str]]] = (None, self.patterns)
        #: by bucket (its id), the literal prefixes its matches start with (`literal_prefixes`), where it has them, and
        #: the characters it is searched at (its start set: an alternative that can also start with a character of
        #: another bucket is found there by that one): over a long range it is tried only where a prefix occurs at one
        #: of those characters (`prefix_finditer`, the same matches)
        self._prefixes: dict[int, tuple[tuple[str, ...], frozenset[str] | None]] = {
            id(rx): (pre, chars) for rx, alts, chars in zip(self.patterns, found[2], found[4])
            if (pre := literal_prefixes("|".join(f"(?:{found[3][i]})" for i in alts), flags))}
        #: by bucket (its id) searched over a long range, its alternatives split by the words a note holds (`_split`):
        #: (its position among the buckets, the flat alternatives, their required words, all those words, start set)
        self._flags, self._flat = flags, found[3]
        self._splits: dict[int, tuple[int, tuple[int, ...], tuple[tuple[tuple[str, ...], ...], ...], frozenset[str],
                                      frozenset[str]]] = {
            id(rx): (b, alts, reqs, frozenset(w for r in reqs for e in r for w in e), chars)
            for b, (rx, alts, chars) in enumerate(zip(self.patterns, found[2], found[4]))
            if chars is not None and len(alts) > 1
            and (reqs := tuple(required_literals(found[3][i], flags) for i in alts))}
        #: (bucket, its words a note holds) -> the alternatives it is searched as in such a note, () for itself
        self._live_alts: dict[tuple[int, frozenset[str]], tuple[int, ...]] = {}
        self._shares: dict[int, tuple[float, tuple[float, ...]]] = {}  # bucket -> `_worth_splitting`'s shares
        self._in_vocab: dict[int, _Vocabulary] = {}  # bucket -> a vocabulary holding all its words (`_alt_programs_for`)
        self._alt_programs: dict[tuple[int, int], re.Pattern[str] | None] = {}  # (bucket, alternative) -> its program
        #: (the note last asked about, by bucket id the programs it is searched as over a long range of it)
        self._split_seen: tuple[str | None, dict[int, list[re.Pattern[str]]]] = (None, {})

    @staticmethod
    def _plan(parts: list[str], flags: int) -> tuple[int, tuple[Program, ...], tuple[tuple[int, ...], ...],
                                                     tuple[str, ...], tuple[frozenset[str], ...]] | None:
        """(the fewest characters a match consumes, the buckets' programs, the indices of each bucket's alternatives
        in the flat alternatives, the flat alternatives: `parts` written out by `_flat_alternatives` where each piece's
        first character can be listed, each bucket's start set); None when some alternative's first character cannot
        be listed."""
        if not parts or any(start_chars(p, flags) is None for p in parts):
            return None
        flat: list[str] = []
        for p in parts:
            pieces = _flat_alternatives(p)
            flat += pieces if all(start_chars(x, flags) is not None for x in pieces) else [p]
        parts = flat
        starts = [start_chars(p, flags) for p in parts]
        by_key: dict[tuple[int, ...], set[str]] = {}
        extra = sorted({c for s in starts for c in s if c not in START_ALPHABET})  # type: ignore[union-attr]
        for c in (*START_ALPHABET, *extra):
            key = tuple(i for i, s in enumerate(starts) if c in s)  # type: ignore[operator]
            if key:
                by_key.setdefault(key, set()).add(c)
        buckets = [(set(k), chars) for k, chars in by_key.items()]

        def cost(alts: set[int], chars: set[str]) -> float:
            return _SCAN_COST + _share(chars) * len(alts) * _TRY_COST

        while len(buckets) > 1:  # merge the pair whose merging saves most
            best = None
            for i in range(len(buckets)):
                for j in range(i + 1, len(buckets)):
                    (ai, ci), (aj, cj) = buckets[i], buckets[j]
                    gain = cost(ai, ci) + cost(aj, cj) - cost(ai | aj, ci | cj)
                    if gain > 0 and (best is None or gain > best[0]):
                        best = (gain, i, j)
            if best is None:
                break
            _, i, j = best
            merged = (buckets[i][0] | buckets[j][0], buckets[i][1] | buckets[j][1])
            buckets = [b for k, b in enumerate(buckets) if k not in (i, j)] + [merged]
        width = min(min_width(p, flags) for p in parts)  # a shorter range holds no match
        progs = tuple(_bucket_program("|".join(f"(?:{parts[i]})" for i in sorted(alts)), flags, frozenset(chars))
                      for alts, chars in buckets)
        return width, progs, tuple(tuple(sorted(alts)) for alts, _ in buckets), tuple(parts), tuple(
            frozenset(chars) if _told_start_set(prog, frozenset(chars)) else None for prog, (_, chars) in zip(progs, buckets))

    def _buckets(self, text: str) -> list[re.Pattern[str]]:
        """The buckets that can match somewhere in `text`: one of their alternatives has every word it needs in the
        note (`holds_required`); decided once per text object (a builder searches the same note section by section).
        A bucket left out has no match anywhere in `text`, so the matches found are the same."""
        if len(text) < GATE_FROM:
            return self.patterns  # a sentence or an excerpt: its word tests would cost more than the scans they save
        seen = self._seen
        if seen[0] is not text:
            low = lowered_once(text) if self._gated else None
            seen = self._seen = (text, self.patterns if low is None else [
                rx for rx, ws in zip(self.patterns, self._words)
                if ws is None or ws.holds(low)])
        return seen[1]

    def _split(self, pats: list[re.Pattern[str]], text: str) -> list[re.Pattern[str]]:
        """`pats` (the buckets live in `text`, for a range of `SPLIT_FROM` characters or more) with each bucket most of
        whose alternatives cannot match in this note (a word each needs is absent: `required_literals`) replaced by one
        program per alternative that can (`_alt_program`), in their written order. A whole-note scan of a bucket of
        ten phrases tried every phrase at each place one of them may start, though a note holds the words of two or
        three; the programs of those alone scan it in a third of the time. The matches are the same: at a place, the
        first alternative in written order that matches there is the bucket's match, and the merge in `finditer`
        takes, at the leftmost start, the first program in this order (the alternatives left out match nowhere in
        the note)."""
        seen = self._split_seen
        if seen[0] is not text:
            seen = self._split_seen = (text, {})
        out: list[re.Pattern[str]] = []
        for rx in pats:
            progs = seen[1].get(id(rx))
            if progs is None:
                progs = seen[1][id(rx)] = self._alt_programs_for(rx, text)
            out += progs
        return out

    def _alt_programs_for(self, rx: re.Pattern[str], text: str) -> list[re.Pattern[str]]:
        """The programs bucket `rx` is searched as over a long range of `text` (`_split`): `[rx]` itself unless at most
        `_SPLIT_MAX` of its alternatives, and fewer than all, can match in the note."""
        plan = self._splits.get(id(rx))
        low = None if plan is None else lowered_once(text)
        if low is None:
            return [rx]
        b, alts, reqs, words, _chars = plan  # type: ignore[misc]
        known = _known(low)
        vocab = known.vocab
        if vocab is None or self._in_vocab.get(b) is not vocab:  # else every word of the bucket is answered already
            for w in words - known.present - known.absent:  # every word of the bucket answered for the note
                known.scan(w)
            if vocab is not None and words <= vocab.words:
                self._in_vocab[b] = vocab
        held = frozenset(known.present.intersection(words))
        live = self._live_alts.get((b, held))
        if live is None:
            if len(self._live_alts) >= _MAX_LIVE_SETS:
                self._live_alts = {}
            live = self._live_alts[(b, held)] = self._worth_splitting(
                rx, tuple(k for k, r in enumerate(reqs) if all(not held.isdisjoint(e) for e in r)))
        return [self._alt_programs[(b, k)] for k in live] if live else [rx]  # type: ignore[misc]

    def _worth_splitting(self, rx: re.Pattern[str], live: tuple[int, ...]) -> tuple[int, ...]:
        """`live` (the alternatives of bucket `rx` that can match in a note) when searching them one by one is likely
        cheaper than the bucket: at most `_SPLIT_MAX` of them, fewer than all, and the places they can start at (their
        start sets among the bucket's characters, by `_LETTER_SHARE`) not many more than the bucket's; else ().
        Measured over the dev notes' long-range bucket searches (s18): a bucket of ten phrases of which one can match
        was scanned in a sixth of the time, three phrases starting with the bucket's one letter in twice the time."""
        b, alts, _reqs, _words, chars = self._splits[id(rx)]
        if not live or len(live) == len(alts) or len(live) > _SPLIT_MAX:
            return ()
        shares = self._shares.get(b)
        if shares is None:  # the bucket's share of a note's places, and each alternative's among them
            flat, flags = self._flat, self._flags
            shares = self._shares[b] = (_share(chars), tuple(
                _share(chars & (start_chars(flat[i], flags) or chars)) for i in alts))
        if sum(shares[1][k] for k in live) >= _SPLIT_SHARE * shares[0] \
                or any(self._alt_program(rx, k) is None for k in live):
            return ()
        return live

    def _alt_program(self, rx: re.Pattern[str], k: int) -> re.Pattern[str] | None:
        """The `k`-th alternative of bucket `rx` alone (a bucket with groups: the bucket with every other alternative
        made unable to match, `(?!)` before it, so the groups are the bucket's, numbered as its own), told the start set
        of that alternative among the bucket's characters; None when `re` keeps a start set of its own (the program
        could then start a match at a character of another bucket, whose own alternatives come first there). Compiled
        once (kept in the rule cache)."""
        b, alts, _reqs, _words, chars = self._splits[id(rx)]
        if (b, k) not in self._alt_programs:
            flat, flags = self._flat, self._flags
            pattern = f"(?:{flat[alts[k]]})" if not rx.groups else \
                "|".join(f"(?:{flat[i]})" if j == k else f"(?:(?!){flat[i]})" for j, i in enumerate(alts))
            own = chars & (start_chars(flat[alts[k]], flags) or chars)
            prog = _cached(("StartSplitAlternation.alternative", 1, pattern, int(flags), tuple(sorted(own))),
                           lambda: _bucket_program(pattern, flags, own))
            told = _told_start_set(prog, own)
            found = self._alt_programs[(b, k)] = _make(prog) if told else None
            if found is not None and (pre := literal_prefixes(flat[alts[k]], flags)):
                self._prefixes[id(found)] = (pre, own)
        return self._alt_programs[(b, k)]

    def _lowered(self, text: str, pos: int, end: int) -> str | None:
        """The lowered text to find bucket prefixes in (`prefix_finditer`), for a range of `PREFIX_FROM` characters or
        more; None when the range is shorter, no bucket has prefixes or the text cannot be lowered."""
        if not self._prefixes or min(end, len(text)) - max(pos, 0) < PREFIX_FROM:
            return None
        return lowered_once(text)

    def _search(self, rx: re.Pattern[str], text: str, low: str | None, pos: int, end: int) -> re.Match[str] | None:
        """`rx.search(text, pos, end)` for a bucket, found by its prefixes over a long range (`_lowered`)."""
        plan = None if low is None else self._prefixes.get(id(rx))
        if plan is None:
            return rx.search(text, pos, end)
        found = prefix_finditer(rx, plan[0], text, low, *_bounds(text, (pos, end)), first=True,  # type: ignore[misc]
                                at=plan[1])
        return found[0] if found else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        low = self._lowered(text, pos, end)
        pats = self._buckets(text)
        if self._splits and min(end, len(text)) - max(pos, 0) >= SPLIT_FROM:
            pats = self._split(pats, text)
        found = [m for m in (self._search(rx, text, low, pos, end) for rx in pats) if m is not None]
        return min(found, key=lambda m: m.start()) if found else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if end - max(pos, 0) < self.min_width:
            return []
        pats = self._buckets(text)
        if not pats:
            return []
        low = self._lowered(text, pos, end)
        if self._splits and min(end, len(text)) - max(pos, 0) >= SPLIT_FROM:
            pats = self._split(pats, text)
        if len(pats) == 1:
            plan = None if low is None else self._prefixes.get(id(pats[0]))
            if plan is not None:
                return prefix_finditer(pats[0], plan[0], text, low, *_bounds(text, (pos, end)),  # type: ignore[misc]
                                       at=plan[1])
            return list(pats[0].finditer(text, pos, end))
        search = self._search
        nxt = [search(rx, text, low, pos, end) for rx in pats]
        out: list[re.Match[str]] = []
        cur = pos
        while True:
            best = None
            for i, m in enumerate(nxt):
                if m is not None and m.start() < cur:  # inside the match just taken: look again from its end
                    m = nxt[i] = search(pats[i], text, low, cur, end)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return out
            out.append(best)
            cur = best.end()  # never empty: every alternative starts with a character


#: A bucket is searched over a long range as its alternatives that can match in the note (`StartSplitAlternation._split`)
#: when there are at most this many: each is a scan of the range of its own.
_SPLIT_MAX = 3
_MAX_LIVE_SETS = 4096  # answers kept per alternation (the words held differ from note to note), then read afresh
_SPLIT_SHARE = 1.25  # ... and the places they start at, together, at most this share of the bucket's (`_worth_splitting`)
#: ... over a range of at least this many characters (a whole note): for a shorter one, telling which alternatives
#: can match costs more than the scans it saves.
SPLIT_FROM = 1500


#: Texts whose answers are kept (`lowered_once`, `holds_required`): a note, and the sentences and excerpts the builders
#: ask about between its scans (with one kept, each excerpt made the note's own answers be computed again).
_RECENT = 16
_LOWERED: dict[int, tuple[str, str | None]] = {}  # id(text) -> (text, its `lowered_for_literals`)


def _remember(cache: dict, key: object, entry: tuple) -> tuple:
    """Keep `entry` under `id(key)`, forgetting the oldest entry past `_RECENT`; each entry holds its key object, so
    an id is never reused while it is kept."""
    if len(cache) >= _RECENT:
        cache.pop(next(iter(cache), None), None)
    cache[id(key)] = entry
    return entry


def lowered_once(text: str) -> str | None:
    """`lowered_for_literals(text)`, computed once for each of the recent texts asked about (every gated pattern and
    list cue asks about the same note)."""
    hit = _LOWERED.get(id(text))
    if hit is None or hit[0] is not text:
        hit = _remember(_LOWERED, text, (text, lowered_for_literals(text)))
    return hit[1]


_WORD_RUN = re.compile(r"[a-z0-9]+")
_IS_RUN: dict[str, bool] = {}  # rule word -> whether it is one run of [a-z0-9] (the words of the rules: a bounded set)
_INDEX_FROM = 600  # a shorter text is scanned as it is: its index would cost more than the scans it saves
_RUN_FLOORS = (12, 10, 8, 6, 4, 1)


class _Vocabulary:
    """The letters-and-digits words asked about long texts so far (rule words: a bounded set), and for each run of
    letters and digits met in a long text the vocabulary words inside it. A rule word of letters and digits is in a
    text exactly when it is inside one of the text's maximal runs, so the vocabulary words of a long text are the union
    of its runs' ones: read from runs seen before (notes share most of their words), each answer is then a set test
    instead of a scan. The vocabulary grows only between texts (`extend`): a run's words are those of the vocabulary
    it was read against, so a word asked first in one text joins it when the next text is indexed, and the runs are
    read again."""

    __slots__ = ("words", "runs", "shortest", "longest")
    _MAX_RUNS = 100_000  # runs kept; past this they are read afresh (a process reading many new notes)

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self.runs: dict[str, tuple[str, ...]] = {}
        self.shortest = min(map(len, words), default=1)
        self.longest = max(map(len, words), default=0)

    def inside(self, run: str) -> tuple[str, ...]:
        """The vocabulary words inside `run` (kept per run)."""
        found = self.runs.get(run)
        if found is None:
            words, n, lo, hi = self.words, len(run), self.shortest, self.longest
            found = tuple({run[i:j] for i in range(n - lo + 1) for j in range(i + lo, min(n, i + hi) + 1)
                           if run[i:j] in words})
            if len(self.runs) >= self._MAX_RUNS:
                self.runs = {}
            self.runs[run] = found
        return found


#: (the vocabulary of long texts, replaced as one value so threads never mix two), and the words asked since it was made
_VOCABULARY = _Vocabulary(frozenset())
_NEW_WORDS: set[str] = set()


def _vocabulary() -> _Vocabulary:
    """The vocabulary for the next long text: the current one, or one extended by the words asked since it was made."""
    global _VOCABULARY
    vocab = _VOCABULARY
    if _NEW_WORDS:
        new = frozenset(_NEW_WORDS)
        _NEW_WORDS.difference_update(new)
        vocab = _VOCABULARY = _Vocabulary(vocab.words | new)
    return vocab


class _Words:
    """The words asked about one lowered text, and the answers (`present`, `absent`). A word of letters and digits
    only lies inside one maximal run of them, so it is in the text exactly when it is in one of the text's distinct
    runs at least as long as itself, and then its first four and its last four characters are four consecutive ones of
    such a run: for a long text a word whose first or last four are nowhere in its runs is absent without a scan, and the others are looked
    for in the runs, joined (a fraction of the note). A few hundred rule words are asked about each note and most are
    absent: each was a scan of the whole note. With `vocab` (`_known`), a long text's answers for the vocabulary
    words (`_Vocabulary`) are read from its runs at once, and are in `present` and `absent` from the start; a word
    outside it is looked for as above and joins the vocabulary of the next long text."""

    __slots__ = ("low", "present", "absent", "_runs", "_heads", "_joined", "_learn", "vocab")

    def __init__(self, low: str, vocab: _Vocabulary | None = None) -> None:
        self.low = low
        self.present: set[str] = set()
        self.absent: set[str] = set()
        self._runs: set[str] | None = None
        self._heads: set[str] = set()
        self._joined: tuple[tuple[int, str], ...] = ()
        self._learn = vocab is not None and len(low) >= _INDEX_FROM
        #: the vocabulary read from the text's runs: each of its words is in `present` or `absent` from the start
        self.vocab = vocab if self._learn else None
        if self._learn:
            runs = self._runs = set(_WORD_RUN.findall(low))
            present = self.present
            inside = vocab.inside  # type: ignore[union-attr]
            for r in runs:
                found = inside(r)
                if found:
                    present.update(found)
            absent = self.absent = set(vocab.words)  # type: ignore[union-attr]
            absent -= present

    def scan(self, w: str) -> bool:
        """`w in self.low`, kept in `present` or `absent`."""
        hit = self._find(w)
        (self.present if hit else self.absent).add(w)
        return hit

    def _find(self, w: str) -> bool:
        low = self.low
        if len(low) < _INDEX_FROM:
            return w in low
        run = _IS_RUN.get(w)
        if run is None:
            run = _IS_RUN[w] = _WORD_RUN.fullmatch(w) is not None
        if not run:
            return w in low
        if self._learn:
            _NEW_WORDS.add(w)
        runs = self._runs
        if runs is None:
            runs = self._runs = set(_WORD_RUN.findall(low))
        if w in runs:
            return True
        if not self._joined:
            self._heads = {r[i : i + 4] for r in runs for i in range(len(r) - 3)}
            # "\x00" joins the runs: never in a rule word, so no word is found across two runs
            self._joined = tuple((k, "\x00".join(r for r in runs if len(r) >= k)) for k in _RUN_FLOORS)
        n = len(w)
        if n >= 4 and (w[:4] not in self._heads or w[-4:] not in self._heads):
            return False
        for k, joined in self._joined:
            if n >= k:
                return w in joined
        return w in low


_HELD: dict[int, tuple[str, _Words]] = {}  # id(lowered text) -> (it, the words asked about it and their answers)


def _known(low: str) -> _Words:
    """The words already asked about `low` and their answers (kept for the recent text objects asked about)."""
    entry = _HELD.get(id(low))
    if entry is None or entry[0] is not low:
        entry = _remember(_HELD, low, (low, _Words(low, _vocabulary() if len(low) >= _INDEX_FROM else None)))
    return entry[1]


def holds_required(low: str, words: tuple[tuple[str, ...], ...]) -> bool:
    """Whether every entry of `words` (`required_literals`) has a word in `low` (a `lowered_for_literals` text):
    `all(any(w in low for w in alts) for alts in words)`, the same answer, with each word's answer kept for the text.
    The rules of one note ask about the same few hundred words ("injection", "block", "needle") over and over, and
    each `in` is a scan of the whole note; the answers are kept for the recent text objects asked about."""
    entry = _HELD.get(id(low))  # `_known`, its kept answer read here: this is asked hundreds of times a note
    return _holds(entry[1] if entry is not None and entry[0] is low else _known(low), words)


def _holds(known: _Words, words: tuple[tuple[str, ...], ...]) -> bool:
    """`holds_required` for the text of `known`."""
    present, absent = known.present, known.absent
    for alts in words:
        if not present.isdisjoint(alts):
            continue
        for w in alts:
            if w not in absent and known.scan(w):
                break
        else:
            return False
    return True


class AnyRequired:
    """Whether any of several requirements (`required_literals` answers) holds in a lowered text:
    `any(holds_required(low, r) for r in reqs)`, the same answer, asked with set operations. Split cues and
    `StartSplitAlternation` buckets hold hundreds of alternatives, most needing one word of a few: those words are
    pooled (`singles`), so a bucket is live when one of them is among the note's words already found, or is found now
    among those not yet asked about; only the alternatives needing words of several entries are asked one by one."""

    __slots__ = ("always", "singles", "rest", "_words", "_extra", "_vocab", "_opening", "_others")

    def __init__(self, reqs: "list[tuple[tuple[str, ...], ...]] | tuple[tuple[tuple[str, ...], ...], ...]") -> None:
        #: some alternative needs no word: every text can hold a match
        self.always = any(not r for r in reqs)
        self.singles: frozenset[str] = frozenset(w for r in reqs if len(r) == 1 for w in r[0])
        # an alternative one of whose entries has only pooled words holds whenever a pooled word is found: left out
        self.rest: tuple[tuple[tuple[str, ...], ...], ...] = tuple(dict.fromkeys(
            r for r in reqs if len(r) > 1 and not any(self.singles.issuperset(alts) for alts in r)))
        #: the words asked about that a vocabulary can hold (runs of letters and digits) and the others ("x-ray",
        #: "follow up"), and the vocabulary last seen holding all the former (`_answered`)
        words = self.singles.union(w for r in self.rest for e in r for w in e)
        self._words = frozenset(w for w in words if _WORD_RUN.fullmatch(w))
        self._extra = words - self._words
        self._vocab: _Vocabulary | None = None
        #: each requirement of `rest` filed under the words of its shortest entry (one of which it needs), with its
        #: other entries: in a note whose words are all answered, only the requirements filed under a word it holds
        #: are asked about (`holds`)
        opening: dict[str, list[tuple[tuple[str, ...], ...]]] = {}
        for r in self.rest:
            first = min(range(len(r)), key=lambda k: len(r[k]))
            for w in r[first]:
                opening.setdefault(w, []).append(r[:first] + r[first + 1:])
        self._others = {w: tuple(rs) for w, rs in opening.items()}
        self._opening = frozenset(self._others)

    def holds(self, low: str) -> bool:
        if self.always:
            return True
        known = _known(low)
        singles = self.singles
        present = known.present
        if not present.isdisjoint(singles):
            return True
        vocab = known.vocab
        if vocab is not None and (self._vocab is vocab or self._answered(vocab)):
            # a long text read against a vocabulary holding every run word asked about: once the other words are
            # answered, each word is in `present` or `absent`, and a requirement holds when each of its entries has a
            # present word
            if self._extra:
                for w in self._extra.difference(present, known.absent):
                    known.scan(w)
                if not present.isdisjoint(singles):
                    return True
            for w in present.intersection(self._opening):
                for others in self._others[w]:
                    for alts in others:
                        if present.isdisjoint(alts):
                            break
                    else:
                        return True
            return False
        for w in singles - known.absent:  # each word asked at most once per text: its answer is kept
            if known.scan(w):
                return True
        return any(_holds(known, r) for r in self.rest)

    def _answered(self, vocab: _Vocabulary) -> bool:
        """Whether `vocab` holds every run word asked about (kept: the vocabulary only grows, as a new object); the
        ones it lacks join the vocabulary of the next long text (`_vocabulary`)."""
        missing = self._words - vocab.words
        if not missing:
            self._vocab = vocab
            return True
        _NEW_WORDS.update(missing)
        return False


#: The most literal prefixes a pattern is searched by (`literal_prefixes`), their longest and shortest useful length.
_MAX_PREFIXES = 16
_PREFIX_LEN = 8
_MIN_PREFIX = 4  # three letters are often a common word ("the", "not", "was"): too many places to try
#: A range shorter than this (a sentence) is searched by the pattern itself: finding its prefixes would cost more.
PREFIX_FROM = 400


class _TooMany(Exception):
    """More literal prefixes than are worth looking for (`literal_prefixes`)."""


_STOP = object()  # in `_prefix_walk`: the prefix ends here (what follows a repeat's first pass is not read)


def literal_prefixes(pattern: str, flags: int = 0, cased: bool = False) -> tuple[str, ...] | None:
    """The lower-cased literal strings (at most `_MAX_PREFIXES`, each `_MIN_PREFIX` to `_PREFIX_LEN` characters) one of
    which the characters every match of `pattern` consumes first are, once lowered (`\\b(?:images?|views?)` gives
    ("image", "view")): in a `lowered_for_literals` text, a match can start only where one of them occurs, so a long
    text is searched by finding those (`str.find`, fast) and trying the pattern at each (`prefix_finditer`) instead of
    at every position whose character could start a match. Zero-width items (anchors, lookarounds) consume nothing and
    are passed over; a class of a few literals branches; an optional item branches; a repeated item gives its first
    pass; anything else ends the prefix there (still true of every match). None when a match can start with fewer
    characters known, or they fan out too far. With `cased`, `cased_prefixes`. Kept between starts (`nlp.rule_cache`)."""
    return _cached(("literal_prefixes", cased, _MIN_PREFIX, _PREFIX_LEN, _MAX_PREFIXES, pattern, int(flags)),
                   lambda: _literal_prefixes(pattern, flags, cased))


def _literal_prefixes(pattern: str, flags: int, cased: bool) -> tuple[str, ...] | None:
    try:
        parsed = _read_only_parse(pattern, flags)
        found: set[str] = set()
        if cased:
            ic = bool(parsed.state.flags & re.IGNORECASE)
            _cased_walk([(op, av, ic) for op, av in parsed.data], "", found)
        else:
            _prefix_walk(list(parsed.data), "", found)
    except (_TooMany, re.error, RecursionError):
        return None
    if not found or not all(len(w) >= _MIN_PREFIX or (cased and len(w) >= 2 and any("A" <= c <= "Z" for c in w))
                            for w in found):
        return None
    return _covering(found)


def _covering(found: set[str]) -> tuple[str, ...]:
    """`found` less the prefixes that start with a shorter one of them (it adds no place to try), shortest first."""
    kept: list[str] = []
    for w in sorted(found, key=lambda w: (len(w), w)):
        if not any(w.startswith(k) for k in kept):
            kept.append(w)
    return tuple(kept)


def _prefix_end(cur: str, found: set[str]) -> None:
    found.add(cur)
    if len(found) > _MAX_PREFIXES:
        raise _TooMany


def _prefix_walk(items: list, cur: str, found: set[str]) -> None:
    """Add to `found` the prefixes (`literal_prefixes`) of a match of `items` (parsed items in order) after `cur`."""
    k = 0
    while k < len(items):
        if len(cur) >= _PREFIX_LEN:
            break
        op, av = items[k]
        rest = items[k + 1 :]
        if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            k += 1  # zero-width: the next character is consumed by what follows
            continue
        if op is C.LITERAL:
            ch = chr(av)
            if not ch.isascii() and not ch.lower() == ch == ch.upper():
                break  # a cased non-ASCII letter: what its case-insensitive matches lower to is not listed
            cur += ch.lower()  # a letter read with or without case lowers to this in a lowered text
            k += 1
            continue
        if op is C.IN:
            chars = {chr(a) for o, a in av if o is C.LITERAL}
            if len(chars) != len(av) or len(chars) > 3 or not all(c.isascii() for c in chars):
                break
            for ch in sorted({c.lower() for c in chars}):
                _prefix_walk(rest, cur + ch, found)
            return
        if op is C.SUBPATTERN:
            _prefix_walk(list(av[3].data) + rest, cur, found)
            return
        if op is C.BRANCH:
            for alt in av[1]:
                _prefix_walk(list(alt.data) + rest, cur, found)
            return
        if op is C.MAX_REPEAT or op is C.MIN_REPEAT:
            lo, hi, sub = av
            if lo == 0 and hi == 1:  # optional: with it and without it
                _prefix_walk(rest, cur, found)
                _prefix_walk(list(sub.data) + rest, cur, found)
                return
            if lo >= 1:  # its first pass, then the prefix ends
                _prefix_walk([*sub.data, (_STOP, None)], cur, found)
                return
        break  # anything else (categories, repeats that may be empty, _STOP): the prefix ends here
    _prefix_end(cur, found)


def cased_prefixes(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """`literal_prefixes` as written, for a pattern whose matches start with case-sensitive literals (`(?-i:ICF?)`,
    `(?-i:TO)`): the strings (at most `_MAX_PREFIXES`) one of which the text itself holds where a match starts, found
    in the text rather than its lowered form. Capitals are rare in a note, so two characters suffice when one is an
    upper-case letter; otherwise `_MIN_PREFIX`. A case-insensitive letter ends the prefix (its match may be any case).
    None when a match can start with fewer characters known, or they fan out too far. Kept between starts."""
    return literal_prefixes(pattern, flags, cased=True)


def _uncased(ch: str) -> bool:
    """A character that a case-insensitive pattern matches only as itself (a digit, a sign)."""
    return ch.lower() == ch == ch.upper() and (ch.isascii() or ch.casefold() == ch)


def _cased_walk(items: list, cur: str, found: set[str]) -> None:
    """`_prefix_walk` as written: `items` are (op, av, ignore case there)."""
    k = 0
    while k < len(items):
        if len(cur) >= _PREFIX_LEN:
            break
        op, av, ic = items[k]
        rest = items[k + 1 :]
        if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            k += 1
            continue
        if op is C.LITERAL:
            ch = chr(av)
            if ic and not _uncased(ch):
                break
            cur += ch
            k += 1
            continue
        if op is C.IN:
            chars = {chr(a) for o, a in av if o is C.LITERAL}
            if len(chars) != len(av) or len(chars) > 3 or (ic and not all(_uncased(c) for c in chars)):
                break
            for ch in sorted(chars):
                _cased_walk(rest, cur + ch, found)
            return
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            inner = bool((ic or add_flags & re.IGNORECASE) and not del_flags & re.IGNORECASE)
            _cased_walk([(o, a, inner) for o, a in sub.data] + rest, cur, found)
            return
        if op is C.BRANCH:
            for alt in av[1]:
                _cased_walk([(o, a, ic) for o, a in alt.data] + rest, cur, found)
            return
        if op is C.MAX_REPEAT or op is C.MIN_REPEAT:
            lo, hi, sub = av
            if lo == 0 and hi == 1:
                _cased_walk(rest, cur, found)
                _cased_walk([(o, a, ic) for o, a in sub.data] + rest, cur, found)
                return
            if lo >= 1:
                _cased_walk([*((o, a, ic) for o, a in sub.data), (_STOP, None, ic)], cur, found)
                return
        break
    _prefix_end(cur, found)


def prefix_finditer(rx: re.Pattern[str], prefixes: tuple[str, ...], text: str, low: str, pos: int,
                    end: int, first: bool = False, at: frozenset[str] | None = None) -> list[re.Match[str]]:
    """`list(rx.finditer(text, pos, end))` (with `first`, only its first match) for a pattern every match of which
    starts with one of `prefixes` (`literal_prefixes`) in `low`, the `lowered_for_literals` text of `text` (the same
    length: the same offsets): the positions where a prefix occurs inside the range are the only ones a match can start
    at, so the pattern is tried there, left to right, each next try after the last match's end, as `finditer` goes
    (every match holds its prefix, so none is empty). `rx.match(text, q, end)` at a position is the attempt `finditer`
    makes there: lookbehinds, `\\b` and `^` see the text before it alike. The same matches, found in a fraction of a
    scan when the prefixes are rare. `at`: the characters `rx`'s search starts a match at, when its start set holds
    fewer than its matches can start with (a `StartSplitAlternation` bucket); a position holding another is skipped
    as that search skips it (`match` reads no start set)."""
    prefixes = _present(low, prefixes)
    find, match = low.find, rx.match
    out: list[re.Match[str]] = []
    if not prefixes:
        return out
    if len(prefixes) == 1:
        w = prefixes[0]
        q = find(w, pos, end)
        while q >= 0:
            if at is None or text[q] in at:
                m = match(text, q, end)
                if m is not None:
                    out.append(m)
                    if first:
                        break
                    q = find(w, m.end(), end)  # the next try starts after the match, as `finditer`'s
                    continue
            q = find(w, q + 1, end)
        return out
    if not first:  # every occurrence, in order
        seen: set[int] = set()
        for w in prefixes:
            q = find(w, pos, end)
            while q >= 0:
                seen.add(q)
                q = find(w, q + 1, end)
        cur = pos
        for q in sorted(seen):
            if q >= cur and (at is None or text[q] in at):
                m = match(text, q, end)
                if m is not None:
                    out.append(m)
                    cur = m.end()
        return out
    # the first match of several prefixes: each one's next occurrence, found as far as needed (a match found early
    # leaves the rest of the range unread)
    nxt = [find(w, pos, end) for w in prefixes]
    while True:
        q = min((x for x in nxt if x >= 0), default=-1)
        if q < 0:
            return out
        after = q + 1
        if at is None or text[q] in at:
            m = match(text, q, end)
            if m is not None:
                out.append(m)
                return out
        for i, x in enumerate(nxt):
            if 0 <= x < after:
                nxt[i] = find(prefixes[i], after, end)


_PRESENT: dict[int, tuple[str, dict[tuple[str, ...], tuple[str, ...]]]] = {}  # id(lowered text) -> (it, answers)


def _present(low: str, prefixes: tuple[str, ...]) -> tuple[str, ...]:
    """The `prefixes` that occur anywhere in `low`, kept per recent text: a note's ranges (its sections, clauses) are
    searched by the same patterns over and over, and a prefix absent from the note would be looked for through each."""
    entry = _PRESENT.get(id(low))
    if entry is None or entry[0] is not low:
        entry = _remember(_PRESENT, low, (low, {}))
    found = entry[1].get(prefixes)
    if found is None:
        found = entry[1][prefixes] = tuple(w for w in prefixes if w in low)
    return found


def _bounds(text: str, bounds: tuple[int, ...]) -> tuple[int, int]:
    """`re`'s reading of (pos, endpos) for `text`: clipped to it."""
    n = len(text)
    pos = min(max(bounds[0], 0), n) if bounds else 0
    end = min(max(bounds[1], 0), n) if len(bounds) > 1 else n
    return pos, end


class GatedPattern:
    """A compiled pattern that answers "no match" without searching a text that lacks a word every match contains
    (`required_literals`): the pattern cannot match anywhere in such a text, whatever the bounds. Everything else
    is the pattern's own (`finditer`, `search`, `match`, `fullmatch` are gated; other attributes pass through).
    With `prefixes` (`literal_prefixes`), a range of `PREFIX_FROM` characters or more of a text it can match in is
    searched at the places where one of them occurs (`prefix_finditer`: the same matches)."""

    __slots__ = ("rx", "words", "prefixes", "marks", "_text", "_skip")

    def __init__(self, rx: re.Pattern[str], words: tuple[tuple[str, ...], ...],
                 prefixes: tuple[str, ...] | None = None, marks: tuple[tuple[str, ...], ...] = ()) -> None:
        self.rx, self.words, self.prefixes, self.marks = rx, words, prefixes, marks
        self._text: str | None = None
        self._skip = False

    def _absent(self, text: str) -> bool:
        """Decided once per text object (a builder asks about the same note at many bounds); never for a text shorter
        than `GATE_FROM` (a sentence or an excerpt: its word tests cost more than the search they would spare). The
        marks every match holds (`required_marks`) are looked for in the text as it is (they have no case)."""
        if text is not self._text:
            self._text = text
            if len(text) < GATE_FROM or not (self.words or self.marks):
                self._skip = False
            elif self.marks and not holds_marks(text, self.marks):
                self._skip = True
            elif self.words:
                low = lowered_once(text)
                self._skip = low is not None and not holds_required(low, self.words)
            else:
                self._skip = False
        return self._skip

    def _by_prefix(self, text: str, bounds: tuple[int, ...], first: bool) -> list[re.Match[str]] | None:
        """The matches (`first`: the first) found by prefix (`prefix_finditer`), or None when the range is short, the
        pattern has no prefixes or the text cannot be lowered."""
        if self.prefixes is None or len(text) < PREFIX_FROM:
            return None
        pos, end = _bounds(text, bounds)
        if end - pos < PREFIX_FROM:
            return None
        low = lowered_once(text)
        if low is None:
            return None
        return prefix_finditer(self.rx, self.prefixes, text, low, pos, end, first)

    def finditer(self, text: str, *bounds: int):  # noqa: ANN201  (an iterator of matches, as re's)
        if self._absent(text):
            return iter(())
        found = self._by_prefix(text, bounds, False)
        return self.rx.finditer(text, *bounds) if found is None else iter(found)

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        if self._absent(text):
            return None
        found = self._by_prefix(text, bounds, True)
        if found is None:
            return self.rx.search(text, *bounds)
        return found[0] if found else None

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return None if self._absent(text) else self.rx.match(text, *bounds)

    def fullmatch(self, text: str, *bounds: int) -> re.Match[str] | None:
        return None if self._absent(text) else self.rx.fullmatch(text, *bounds)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self.rx, name)


def gated_rule(pattern: str, flags: int = 0, min_len: int = 3,
               lookarounds: bool = False) -> "re.Pattern[str] | GatedPattern":
    """`compile_rule(pattern, flags)`, gated by its required words when it has any (`GatedPattern`;
    `required_literals` with `min_len` and `lookarounds`), and searched by its literal prefixes over a long range when
    it has them (`literal_prefixes`). The gate asks about the whole text whatever the bounds, so
    the words of positive lookarounds may count (the text holds them too), and so may two-letter words ("hx" of a
    history, "12" of "6/12", "mm" of a VAS in millimetres): for a scan of a whole note, whose answers are read from
    its runs (`_Vocabulary`), a short word costs no scan. Gated too by the rarer marks every match holds
    (`required_marks`: the arrow of 'anxiety -> sedation', the pipe or tab of a table), found with `in`."""
    rx = compile_rule(pattern, flags)
    words = required_literals(pattern, flags, min_len, lookarounds)
    prefixes = literal_prefixes(pattern, flags)
    marks = required_marks(pattern, flags)
    return GatedPattern(rx, words, prefixes, marks) if words or prefixes or marks else rx
