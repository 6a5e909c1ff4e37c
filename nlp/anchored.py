"""Scan the measures patterns only near a word every match must hold, instead of over the whole note.

The measures component scans each note whole with every pattern of patterns.yaml. A duration holds a unit word
('days?|weeks?|...'), a score pattern a scale name ('pain|NRS|VAS'), and each whole-note scan tries its number words
and lead words ("for", "of", "a") at every word of the note: the twelve duration patterns alone were a millisecond a
note. `plan` derives from each pattern (per alternative of a top-level alternation) an anchor: a run of items that
match a finite list of words, the run whose shortest word is longest; `AnchoredFamily` finds those words in the
lowered note (`str.find`, once per note and word), keeps the places where the rest of the alternative from its anchor
on matches, and scans the pattern only in windows around them. Nothing is listed by hand: a pattern added to the file
gets its anchor from its own text, and one without an anchor of two letters or more, or whose reach cannot be bounded,
is scanned whole as before (as is a note that cannot be lowered letter for letter).

Why the matches are the same as `finditer` over the whole note:
* every match holds the anchor run of the alternative that matched (a top-level item, never optional), starting at a
  place where one of its words occurs and where the rest of the alternative matches: the places kept are all such;
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

from nlp.fast_regex import _cached, _code, _make, _program, lowered_once

#: Characters an unbounded repeat may consume for the pattern still to be boundable: whitespace, digits and a few
#: marks (what `\s*`, `\d+`, `[ \t]*` take). A repeat over letters or a negated class makes a pattern unbounded.
_FREE_CATEGORIES = {C.CATEGORY_SPACE: r"\s", C.CATEGORY_DIGIT: r"\d"}
_MIN_HEAD = 2  # an anchor word of one letter would be met at almost every word
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


class _Plan:
    """How one pattern of the family is scanned: its compiled program, per alternative the words its anchor item
    starts with and the regex of the anchor item and the rest of the alternative (`anchors`: (heads, suffix)), the
    most non-free characters a match holds before its anchor (`before`) and in all (`width`), and the regexes that
    walk over non-free characters forward and backward (`ahead`, `back`)."""

    __slots__ = ("rx", "gate", "anchors", "before", "width", "ahead", "back", "heads")

    def __init__(self, rx: re.Pattern[str], gate, anchors: list[tuple[frozenset[str], re.Pattern[str]]],  # noqa: ANN001
                 before: int, width: int, free: str) -> None:
        self.rx, self.gate, self.anchors, self.before, self.width = rx, gate, anchors, before, width
        self.heads = frozenset(h for heads, _ in anchors for h in heads)
        cls = f"[{free}]" if free else None
        step = f"(?:{cls}*[^{free}])" if cls else "(?:.)"
        # past `width + _MARGIN` non-free characters, or to the text's end when fewer follow (an attempt may then run
        # over the free characters after the last of them)
        self.ahead = re.compile(f"{step}{{{width + _MARGIN}}}|.*", re.DOTALL)
        self.back = re.compile(f"{step}{{0,{before}}}{cls + '*' if cls else ''}", re.DOTALL)


def _alternatives(items: list) -> list[list]:
    """The alternatives of a pattern: those of a lone top-level alternation (bare or in a non-capturing group),
    else the pattern itself."""
    if len(items) == 1 and items[0][0] is C.BRANCH:
        return [list(b) for b in items[0][1][1]]
    if len(items) == 1 and items[0][0] is C.SUBPATTERN and items[0][1][0] is None and len(items[0][1][3]) == 1 \
            and items[0][1][3][0][0] is C.BRANCH and not items[0][1][1] and not items[0][1][2]:
        return [list(b) for b in items[0][1][3][0][1][1]]
    return [items]


def _anchor_of(alt: list) -> tuple[int, frozenset[str]] | None:
    """Where to anchor `alt`: the start of a run of items that match a finite list of words (a literal word, a
    group of alternative words), the run whose shortest word is longest (fewest places in a note), with the words
    a match of the run starts with; None when every such word is shorter than `_MIN_HEAD`."""
    best = None
    for k in range(len(alt)):
        words: list[str] | None = None
        for j in range(k + 1, len(alt) + 1):  # the longest run from k whose words can be listed
            try:
                words = _literals(alt[k:j])
            except _Unbounded:
                break
        if not words:
            continue
        heads = _heads(words)
        if "" in heads:
            continue
        key = (min(map(len, heads)), -len(heads))
        if key[0] >= _MIN_HEAD and (best is None or key > best[0]):
            best = (key, k, heads)
    return None if best is None else (best[1], best[2])


def plan(pattern: str, flags: int, compiled) -> _Plan | None:  # noqa: ANN001
    """The scan plan of `pattern` (compiled as `compiled`, a pattern or a `GatedPattern`), or None when one of its
    alternatives has no anchor item (`_anchor_of`) or its reach cannot be bounded. The analysis depends only on the
    pattern, so it is kept between starts with the other rule analyses (`nlp.rule_cache`)."""
    data = _cached(("anchored_plan", 2, _MIN_HEAD, _MAX_LITERALS, pattern, int(flags)), lambda: _plan_data(pattern, flags))
    if data is None:
        return None
    anchors, before, width, free = data
    return _Plan(getattr(compiled, "rx", compiled), getattr(compiled, "_absent", None),
                 [(frozenset(heads), _make(prog)) for heads, prog in anchors], before, width, free)


def _plan_data(pattern: str, flags: int) -> tuple | None:
    """`plan`'s analysis as plain data: per alternative (its anchor words, the program of the alternative from its
    anchor on), `before`, `width` and the class of free characters."""
    try:
        parsed = _parser.parse(pattern, int(flags))
        all_flags = int(flags) | (parsed.state.flags & (re.MULTILINE | re.DOTALL | re.IGNORECASE | re.VERBOSE))
        free: set[str] = set()
        anchors, before, width = [], 0, 0
        for alt in _alternatives(list(parsed.data)):
            found = _anchor_of(alt)
            if found is None:
                return None
            k, heads = found
            ahead = _width(alt[:k], free)
            before, width = max(before, ahead), max(width, ahead + _width(alt[k:], free))
            rest = _parser.SubPattern(parsed.state, list(alt[k:]))
            anchors.append((tuple(sorted(heads)), _program(pattern, all_flags, rest, _code(rest, all_flags))))
    except (_Unbounded, re.error, RecursionError):
        return None
    return tuple(anchors), before, width, "".join(sorted(free))


class AnchoredFamily:
    """The patterns of a family scanned near their anchors (`plan`); `finditer(name, text)` gives the matches of
    `finditer` over the whole text, in order. Patterns without a plan are scanned whole."""

    def __init__(self, sources: dict[str, str], flags: int, compiled: dict) -> None:
        self.compiled = compiled
        self.plans = {name: p for name, pattern in sources.items()
                      if (p := plan(pattern, flags, compiled[name])) is not None}
        #: the text last asked about, its lowered form, word -> places, [its reverse]: replaced as one value, so two
        #: threads reading two notes never mix their answers (nothing is kept across notes)
        self._note: tuple = (None, None, {}, [""])

    def patterns(self) -> dict:
        """Every pattern of the family by name: those with a plan as `AnchoredPattern`, the others as compiled."""
        return {name: AnchoredPattern(self, name) if name in self.plans else rx for name, rx in self.compiled.items()}

    def _note_of(self, text: str) -> tuple:
        note = self._note
        if note[0] is not text:
            note = self._note = (text, lowered_once(text), {}, [""])
        return note

    @staticmethod
    def _places(note: tuple, word: str) -> list[int]:
        """Where `word` occurs in the note's lowered text (overlaps included), found once per note and word."""
        found = note[2].get(word)
        if found is None:
            low, found, q = note[1], [], -1
            while (q := low.find(word, q + 1)) >= 0:
                found.append(q)
            note[2][word] = found
        return found

    def finditer(self, name: str, text: str) -> list[re.Match[str]]:
        p = self.plans.get(name)
        if p is None:
            return list(self.compiled[name].finditer(text))
        if p.gate is not None and p.gate(text):
            return []
        note = self._note_of(text)
        if note[1] is None:  # a text that cannot be lowered letter for letter: scanned whole
            return list(self.compiled[name].finditer(text))
        # the places where the anchor and the rest of one of the pattern's alternatives match, in order
        places = sorted({q for heads, suffix in p.anchors for w in heads for q in self._places(note, w)
                         if suffix.match(text, q)})
        if not places:
            return []
        if not note[3][0]:
            note[3][0] = text[::-1]
        n, rev, back, ahead, rx = len(text), note[3][0], p.back, p.ahead, p.rx
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
            hi = min(n, ahead.match(text, last).end() + 1)
            for m in rx.finditer(text, start, hi):
                if m.start() > last:
                    break
                out.append(m)
                cur = m.end()
        return out


class AnchoredPattern:
    """A pattern of a family as the measures component uses it: `finditer` over a whole text is the family's anchored
    scan (`AnchoredFamily.finditer`); with bounds, and every other method, it is the pattern's own."""

    __slots__ = ("family", "name", "compiled", "match", "search", "fullmatch")

    def __init__(self, family: AnchoredFamily, name: str) -> None:
        self.family, self.name, self.compiled = family, name, family.compiled[name]
        # the pattern's own, read once (a measure asks `match` at each side or level it reads)
        self.match, self.search, self.fullmatch = self.compiled.match, self.compiled.search, self.compiled.fullmatch

    def finditer(self, text: str, *bounds: int):  # noqa: ANN201  (matches, in order, as re's)
        return self.family.finditer(self.name, text) if not bounds else self.compiled.finditer(text, *bounds)

    def __getattr__(self, attr: str):  # noqa: ANN204
        return getattr(self.compiled, attr)
