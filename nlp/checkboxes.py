"""Unchecked options of template checkboxes: words a form prints but the author did not tick.

A checkbox template lists every option and marks the chosen ones ("Procedure: [X] Interlaminar ESI  [ ] Transforaminal
ESI", "Side: [X] Right  [ ] Left", "Consent signed ... Yes [X]  No [ ]"). An unticked option is not asserted, so its
words must not become a procedure, side, level, modality or event. Each unticked box with its option is returned as a
template placeholder: the measures skip sides, levels and scores inside placeholders and the note context drops target
spans there, so the whole reader ignores it in one place.

Which side of the box its option lies on is decided per line by the first box: a box that opens the line's values
(after the line start, a label's colon, leader dots or a column gap) puts options after boxes ("[X] Fluoro [ ] US"),
one written right after a word puts them before ("Yes [X]  No [ ]").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nlp.measures import Mention

# A box, ticked or not: "[ ]", "[x]", "[X]", "[✓]", "☐", "☒", "□", "■", and round ones "( )", "(X)". An empty "[]" is a
# box too; an empty "()" is not (a round box needs its blank or its mark). A radio button is filled with "*", "•" or
# "●" as often as with "X" ("(*) Lumbar sympathetic  ( ) Impar").
_BOX = re.compile(r"\[[ \t]{0,2}(?P<mark>[xX\u2713\u2714\u2717\u221a])?[ \t]{0,2}\]|(?P<glyph>[\u2610\u2611\u2612\u25a1\u25a0])"
                  r"|\((?:[ \t]{1,2}|[ \t]?(?P<rmark>[xX\u2713\u2714*\u2022\u25cf])[ \t]?)\)")
_UNTICKED_GLYPHS = frozenset("\u2610\u25a1")
# A ticked box only (the ticked forms of `_BOX`), for readers that ask which option a field ticks.
TICKED_BOX = r"\[[ \t]{0,2}[xX\u2713\u2714\u2717\u221a][ \t]{0,2}\]|[\u2611\u2612\u25a0]|\([ \t]?[xX\u2713\u2714*\u2022\u25cf][ \t]?\)"
_BOX_CHARS = ("[", "\u2610", "\u2611", "\u2612", "\u25a1", "\u25a0", "( )", "(x)", "(X)", "(\u2713)", "(\u2714)", "(*)", "(\u2022)", "(\u25cf)")
# Where an option's words stop: a column gap (2+ spaces or a tab), a cell border, or a new field's colon; or a spaced
# dash before a named dose, the field's value after its last option ("[x] Moderate  [ ] Deep - midazolam 2 mg IV,
# fentanyl 50 mcg IV; start 09:30"; round 16, pp15 q3 p12): the agent given is no part of the unticked option.
_OPTION_END = re.compile(r"[ \t]{2,}|\t|\||:|[ \t]+[-\u2013\u2014][ \t]+(?=[A-Za-z][\w-]+[ \t]+\d+(?:\.\d+)?[ \t]*(?:mg|mcg)\b)")
# The start of a line's values: nothing, a label's colon, leader dots or a column gap right before the first box.
# (Multiline: the search starts at the line's start, where a plain "^" matches only at the note's first character.)
_OPENS_VALUES = re.compile(r"(?m)(?:^|:|\.{2,}|[ \t]{2,}|\t|[-\u2013\u2014])[ \t]*$")


def unchecked_options(text: str) -> list[tuple[int, int]]:
    """(start, end) of every unticked box together with its option's words, in text order."""
    if not any(c in text for c in _BOX_CHARS):
        return []
    by_line: dict[int, list[re.Match[str]]] = {}
    for m in _BOX.finditer(text):
        by_line.setdefault(text.rfind("\n", 0, m.start()) + 1, []).append(m)
    out: list[tuple[int, int]] = []
    for line_start, boxes in by_line.items():
        if not any(_unticked(b) for b in boxes):
            continue
        line_end = text.find("\n", boxes[-1].end())
        line_end = len(text) if line_end < 0 else line_end
        after = bool(_OPENS_VALUES.search(text, line_start, boxes[0].start()))
        if after and len(boxes) == 1 and not text[line_start:boxes[0].start()].strip():
            after = False  # a lone box opening its line is a checklist item ("[ ] Time-out"): its words stay readable,
            # so the event readers take the empty box as "not done"; only a line of several boxes is a choice
        for i, box in enumerate(boxes):
            if not _unticked(box):
                continue
            if after:
                stop = boxes[i + 1].start() if i + 1 < len(boxes) else line_end
                words = text[box.end():stop]
                cut = _OPTION_END.search(words.lstrip(" \t"))
                lead = len(words) - len(words.lstrip(" \t"))
                end = box.end() + lead + (cut.start() if cut else len(words) - lead)
                if cut and cut.group() == ":" and lead >= 2:  # "Consent obtained: [ ]  Time-out done: [X]": across a
                    end = box.end()  # column gap, words closed by a colon label the next field; the box is the answer
                out.append((box.start(), len(text[:end].rstrip(" \t"))))
            else:
                begin = boxes[i - 1].end() if i else line_start
                words = text[begin:box.start()].rstrip(" \t")
                cuts = list(_OPTION_END.finditer(words))
                start = begin + (cuts[-1].end() if cuts else 0)
                start += len(text[start:box.start()]) - len(text[start:box.start()].lstrip(" \t"))
                out.append((start, box.end()))
    return sorted(out)


def _unticked(box: re.Match[str]) -> bool:
    glyph = box.group("glyph")
    if glyph:
        return glyph in _UNTICKED_GLYPHS
    if box.group(0).startswith("("):
        return box.group("rmark") is None
    return box.group("mark") is None


def with_unchecked_options(text: str, placeholders: list[Mention]) -> list[Mention]:
    """`placeholders` with every unticked option added as one; a bare box inside one is replaced by it."""
    from nlp.measures import Mention

    options = unchecked_options(text)
    if not options:
        return placeholders
    kept = [p for p in placeholders if not any(s <= p.start and p.end <= e for s, e in options)]
    return sorted(kept + [Mention(s, e, text[s:e]) for s, e in options], key=lambda p: p.start)
