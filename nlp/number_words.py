"""Number words, written once for every reader that meets them spelled out.

Dictated notes spell levels ("L four five"), amounts ("forty milligrams"), scores and durations ("nine months");
each reader picks the range it accepts from these tables instead of keeping its own copy.
"""

from __future__ import annotations

CARDINALS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                        "eighty": 80, "ninety": 90}


def cardinals(low: int, high: int) -> dict[str, int]:
    """The cardinal words from `low` to `high` (inclusive): the spelled digits of an amount are 0-9, a spine
    level's 1-12."""
    return {w: v for w, v in CARDINALS.items() if low <= v <= high}


def alternation(values: "set[int] | range | tuple[int, ...]") -> str:
    """A regex alternation (no group) of the words above whose value is in `values`, longest word first.

    Why: a reader's pattern names the range of spelled numbers it accepts ("ten to fifteen", "the tens") instead of
    spelling the words out again, so the words live once, here."""
    wanted = set(values)
    words = [w for w, v in {**CARDINALS, **TENS}.items() if v in wanted]
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))
