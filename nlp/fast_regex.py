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
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  (the parser's opcode names)
from re import _parser

_CATEGORY_TEXT = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}
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


def first_char_guard(pattern: str, flags: int = 0) -> str | None:
    """The lookahead `(?=[...])` listing what a match of `pattern` can start with, or None."""
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & ~flags & ~re.UNICODE:
            return None  # inline global flags ("(?x)...") must stay first; keep the pattern as written
        if parsed.data and _already_fast(*parsed.data[0]):
            return None
        items: list[str] = []
        if _first(parsed, items, parsed.state.flags):
            return None
    except (_Unbounded, re.error, RecursionError):
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
    """`re.compile(pattern, flags)` with a first-character guard when one can be derived."""
    guard = first_char_guard(pattern, flags)
    if guard is None:
        return re.compile(pattern, flags)
    end = "\n)" if flags & re.VERBOSE else ")"  # a trailing comment in a verbose pattern ends at a newline
    return re.compile(f"{guard}(?:{pattern}{end}", flags)


def _literal_runs(seq, runs: list[tuple[str, ...]]) -> None:
    """Collect what every match of `seq` contains: runs of consecutive ASCII literals, as 1-tuples,
    and for an alternation whose every branch has such a run, the tuple of those (one of them)."""
    run: list[str] = []
    for op, av in seq:
        if op is C.LITERAL and av < 0x80:
            run.append(chr(av))
            continue
        if run:
            runs.append(("".join(run),))
            run = []
        if op is C.SUBPATTERN:
            _literal_runs(av[3], runs)
        elif op is C.ATOMIC_GROUP:
            _literal_runs(av, runs)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            _literal_runs(av[2], runs)  # the body occurs at least once
        elif op is C.BRANCH:
            options: list[str] = []
            for alt in av[1]:
                inner: list[tuple[str, ...]] = []
                _literal_runs(alt, inner)
                single = [r[0] for r in inner if len(r) == 1]
                if not single:
                    break
                options.append(max(single, key=len))
            else:
                runs.append(tuple(options))
        # anything else (classes, optional parts, assertions) contributes nothing required
    if run:
        runs.append(("".join(run),))


def required_literals(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """What every match of `pattern` contains, as lower-cased ASCII words of 3 characters or more:
    each entry lists alternatives, one of which is in every match. (("pump",),) for
    `\\bpump\\s+(?:analysis|interrogation)\\b`; (("saved", "stored"),) for `(?:saved|stored)`.
    Every entry having a word in `lowered_for_literals(text)` is then a necessary condition for a
    match, whatever the case flags (literals inside lookarounds are not collected)."""
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return ()
    runs: list[tuple[str, ...]] = []
    _literal_runs(parsed, runs)
    return tuple(dict.fromkeys(tuple(dict.fromkeys(w.lower() for w in r)) for r in runs
                               if all(len(w) >= 3 for w in r)))


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
