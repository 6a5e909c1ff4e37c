"""Scan a family of rules that all hold one anchor group (a duration's unit word) only near where it can occur.

The measures component scans each note whole with every pattern of patterns.yaml. Twelve duration patterns each
hold a unit word (`(?P<u>days?|weeks?|...)`), and each whole-note scan tries its number words and lead words
("for", "of", "a") at every word of the note: a millisecond a note for a few dozen matches. `AnchoredFamily`
finds the places where a unit group can match once per note (one scan of all the groups together), then scans
each pattern only in small windows around its own places. The window bounds are derived from the pattern itself
(`_reach`), so a pattern added to the file joins the family without a word list, and one whose reach cannot be
bounded is scanned whole as before.

Why the matches are the same as `finditer` over the whole note:
* every match holds its anchor group (a top-level item of the pattern, never optional), which starts at a place
  where the group's own regex matches, and where the rest of the pattern after it (`suffix`) matches: the places
  kept for the pattern are all such places;
* between a match's start and its anchor the pattern consumes at most `before` characters other than those its
  unbounded repeats may take (`free`: whitespace, digits, a few punctuation marks), so each match starts in the
  window `[back(q, before), q]` of its anchor `q`; a window scan starts where finditer would resume (after the
  last match) when that is later;
* a scan is told to stop at `endpos` (`re` treats the text as ending there, which would change `$`, `\\b` and
  lookaheads near it): every attempt that starts in a window examines at most `width` non-free characters ahead
  (its bounded items and lookaheads, each counted at its widest), so `endpos` is put past that many non-free
  characters after the window's last start, where no attempt starting in the window can look. Lookbehinds look
  back into the whole text (the `pos` of a search does not hide the text before it).
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  (the parser's opcode names)
from re import _parser
from typing import Iterable

from nlp.fast_regex import lowered_once

#: Characters an unbounded repeat may consume for the pattern still to be boundable: whitespace, digits and a few
#: marks (what `\s*`, `\d+`, `[ \t]*` take). A repeat over letters or a negated class makes a pattern unbounded.
_FREE_CATEGORIES = {C.CATEGORY_SPACE: r"\s", C.CATEGORY_DIGIT: r"\d"}
_MARGIN = 3  # non-free characters past the widest attempt: `\b`, `$` and a lookahead's first test look one past


class _Unbounded(Exception):
    """The pattern's reach cannot be bounded (an unbounded repeat over non-free characters, a back-reference)."""


def _free_body(body: list) -> str | None:
    """The class text of a repeat body that takes only free characters, else None."""
    if len(body) != 1:
        return None
    op, av = body[0]
    if op is C.LITERAL:
        return re.escape(chr(av)) if not chr(av).isalpha() else None
    if op is C.IN:
        parts = []
        for iop, iav in av:
            if iop is C.CATEGORY and iav in _FREE_CATEGORIES:
                parts.append(_FREE_CATEGORIES[iav])
            elif iop is C.LITERAL and not chr(iav).isalpha():
                parts.append(re.escape(chr(iav)))
            else:
                return None
        return "".join(parts)
    return None


def _width(items: Iterable, free: set[str]) -> int:
    """The most non-free characters the items consume or look at ahead (lookbehinds: none; unbounded repeats over
    free characters: none, their class added to `free`)."""
    total = 0
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY):
            total += 1
        elif op is C.AT:
            continue
        elif op is C.SUBPATTERN:
            total += _width(av[3], free)
        elif op is C.ATOMIC_GROUP:
            total += _width(av, free)
        elif op is C.BRANCH:
            total += max((_width(b, free) for b in av[1]), default=0)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, body = av
            if hi == C.MAXREPEAT:
                cls = _free_body(list(body))
                if cls is None:
                    raise _Unbounded
                free.add(cls)
            else:
                total += hi * _width(body, free)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, body = av
            if direction > 0:  # a lookahead looks ahead as far as its body reaches
                total += _width(body, free)
            else:
                _width(body, free)  # refuse what cannot be bounded anywhere
        else:  # back-references, conditionals: the suffix alone would not decide
            raise _Unbounded
    return total


_MAX_LITERALS = 256


def _literals(items: Iterable) -> list[str]:
    """Every string the items can match, lower-cased (the anchor group of a rule lists its unit words), or
    `_Unbounded` when they are more than `_MAX_LITERALS` or not a finite list of ASCII letters and digits."""
    out = [""]
    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av).lower()
            if not (ch.isascii() and ch.isalnum()):
                raise _Unbounded
            alts = [ch]
        elif op is C.SUBPATTERN:
            alts = _literals(av[3])
        elif op is C.BRANCH:
            alts = [w for b in av[1] for w in _literals(b)]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            alts = ["", *_literals(av[2])]
        else:
            raise _Unbounded
        out = [a + b for a in out for b in alts]
        if len(out) > _MAX_LITERALS:
            raise _Unbounded
    return out


def _heads(words: Iterable[str]) -> frozenset[str]:
    """The words none of the others starts (a text holds a word of `words` at a place only where one of these
    starts)."""
    words = set(words)
    return frozenset(w for w in words if not any(v != w and w.startswith(v) for v in words))


def _group_source(pattern: str, name: str) -> tuple[int, int] | None:
    """Where the source of top-level group `name` starts and ends in `pattern` (its `(` and past its `)`), or None
    when it is not at paren depth 0."""
    opener = f"(?P<{name}>"
    depth, i, in_class, start = 0, 0, False, None
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern.startswith("]", i + 1) or pattern.startswith("^]", i + 1):
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif c == "(":
            if depth == 0 and pattern.startswith(opener, i):
                start = i
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and start is not None:
                return start, i + 1
        i += 1
    return None


class _Plan:
    """How one pattern of the family is scanned: its compiled program, the regex of its anchor group and the rest
    of the pattern (`suffix`), the most non-free characters before the anchor (`before`) and in all (`width`), and
    the regexes that walk over non-free characters forward and backward (`ahead`, `back`)."""

    __slots__ = ("rx", "gate", "suffix", "before", "width", "ahead", "back", "heads")

    def __init__(self, rx: re.Pattern[str], gate, suffix: re.Pattern[str], before: int, width: int,  # noqa: ANN001
                 free: str, heads: frozenset[str]) -> None:
        self.rx, self.gate, self.suffix, self.before, self.width, self.heads = rx, gate, suffix, before, width, heads
        cls = f"[{free}]" if free else None
        step = f"(?:{cls}*[^{free}])" if cls else "(?:.)"
        self.ahead = re.compile(f"{step}{{0,{width + _MARGIN}}}", re.DOTALL)
        self.back = re.compile(f"{step}{{0,{before}}}{cls + '*' if cls else ''}", re.DOTALL)


def plan(pattern: str, flags: int, compiled, group: str = "u") -> _Plan | None:  # noqa: ANN001
    """The scan plan of `pattern` (compiled as `compiled`, a pattern or a `GatedPattern`) anchored on its group
    `group`, or None when the group is not a top-level item or the pattern's reach cannot be bounded."""
    where = _group_source(pattern, group)
    if where is None:
        return None
    try:
        parsed = _parser.parse(pattern, int(flags))
        items = list(parsed.data)
        index = parsed.state.groupdict.get(group)
        at = next((k for k, (op, av) in enumerate(items) if op is C.SUBPATTERN and av[0] == index), None)
        if at is None:
            return None
        free: set[str] = set()
        before = _width(items[:at], free)
        width = before + _width(items[at:], free)
        heads = _heads(_literals(items[at][1][3]))
        if "" in heads:
            return None
        global_flags = parsed.state.flags & ~int(flags) & (re.MULTILINE | re.DOTALL | re.IGNORECASE | re.VERBOSE)
        suffix = re.compile(pattern[where[0]:], int(flags) | global_flags)
    except (_Unbounded, re.error, RecursionError):
        return None
    rx = getattr(compiled, "rx", compiled)
    gate = getattr(compiled, "_absent", None)
    return _Plan(rx, gate, suffix, before, width, "".join(sorted(free)), heads)


class AnchoredFamily:
    """The patterns of a family scanned near their anchors (`plan`); `finditer(name, text)` gives the matches of
    `finditer` over the whole text, in order. Patterns without a plan are scanned whole."""

    def __init__(self, sources: dict[str, str], flags: int, compiled: dict, group: str = "u") -> None:
        self.compiled = compiled
        self.plans = {name: p for name, pattern in sources.items()
                      if (p := plan(pattern, flags, compiled[name], group)) is not None}
        #: every word that starts an anchor group's match, for one `str.find` pass per word over the lowered note
        self.heads = sorted(_heads(w for p in self.plans.values() for w in p.heads))
        #: per pattern, the head words a match of its own anchor group can start with
        self._own = {name: tuple(w for w in self.heads if any(h.startswith(w) for h in p.heads))
                     for name, p in self.plans.items()}
        self._text: str | None = None
        self._places: dict[str, list[int]] | None = {}
        self._rev: str = ""

    def _places_of(self, text: str) -> dict[str, list[int]] | None:
        """Where each head word occurs in `text` (overlaps included), found once per text; None when the text cannot
        be lowered letter for letter (then every pattern is scanned whole)."""
        if text is not self._text:
            self._text, self._rev = text, ""
            low = lowered_once(text)
            if low is None:
                self._places = None
            else:
                places: dict[str, list[int]] = {}
                for w in self.heads:
                    q = low.find(w)
                    while q >= 0:
                        places.setdefault(w, []).append(q)
                        q = low.find(w, q + 1)
                self._places = places
        return self._places

    def _anchors(self, name: str, p: _Plan, text: str) -> list[int] | None:
        """The places where `p`'s anchor group and the rest of its pattern match, in order."""
        found = self._places_of(text)
        if found is None:
            return None
        suffix = p.suffix.match
        qs = sorted(q for w in self._own[name] for q in found.get(w, ()))
        return [q for q in qs if suffix(text, q)]

    def finditer(self, name: str, text: str) -> list[re.Match[str]]:
        p = self.plans.get(name)
        if p is None:
            return list(self.compiled[name].finditer(text))
        if p.gate is not None and p.gate(text):
            return []
        places = self._anchors(name, p, text)
        if places is None:
            return list(self.compiled[name].finditer(text))
        if not places:
            return []
        if not self._rev:
            self._rev = text[::-1]
        n, rev, back, ahead, rx = len(text), self._rev, p.back, p.ahead, p.rx
        out: list[re.Match[str]] = []
        cur = 0
        i = 0
        while i < len(places):
            lo = n - back.match(rev, n - places[i]).end()
            last = places[i]
            i += 1
            while i < len(places) and n - back.match(rev, n - places[i]).end() <= last:
                last = places[i]
                i += 1
            start = max(lo, cur)
            if start > last:
                continue
            hi = ahead.match(text, last).end()
            hi = min(n, hi + 1)
            for m in rx.finditer(text, start, hi):
                if m.start() > last:
                    break
                out.append(m)
                cur = m.end()
        return out
