"""Spinal level arithmetic: parse what a note writes into normalised vertebrae, joints and ranges.

Notes write one level many ways (L4-5, L4/L5, L45, L5S1); the facts contract wants one spelling
('L4-L5', 'L5-S1', 'C7-T1', 'T12-L1' for segments, 'L5' for roots and bodies).
"""

from __future__ import annotations

import re

from nlp.number_words import cardinals

_COUNTS = {"C": 7, "T": 12, "L": 5, "S": 5}
SEQUENCE: tuple[str, ...] = tuple(f"{r}{i}" for r in "CTLS" for i in range(1, _COUNTS[r] + 1))
_INDEX = {name: i for i, name in enumerate(SEQUENCE)}
REGION_OF_LETTER = {"C": "cervical", "T": "thoracic", "L": "lumbar", "S": "sacral"}
# Number words a dictated level spells after its letter ("L four five"): the `level` pattern's groups wan/wbn.
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth")  # the `level` pattern's group oa
_REGION_LETTER = {"cervical": "C", "thoracic": "T", "lumbar": "L", "sacral": "S"}
_WORD_NUMBERS = {**cardinals(1, 12), "for": 4}  # 'L for five': a recogniser's homophone (the pattern asks 'five' after it)


def vertebra(letter: str, number: str) -> str | None:
    name = f"{letter.upper()}{int(number)}"
    return name if name in _INDEX else None


def parse_level(match: re.Match[str], letter: str = "L") -> list[str]:
    """Vertebrae named by one `level` pattern match: one ('L5'), two ('L4','L5') or a range expanded.

    'L45' and 'C56' (two glued digits beyond the region's count) read as the adjacent pair.
    Lumbar shorthand without letters ("4-5 and 5-1", matched only in such a list) is L4-L5 and L5-S1.
    Other digits-only pairs ("the 6-7 level", "C5-6 and 6-7") have no letter of their own: `letter` is the
    region the caller read from the words around them (lumbar when nothing says otherwise), so a cervical
    note's "the 6-7 level" is C6-C7 rather than nothing, and its "4-5 level" C4-C5 rather than L4-L5.
    Returns [] when the text is not a real level (e.g. 'L9').
    """
    groups = match.groupdict()
    if groups.get("bs") or groups.get("lsj"):  # "5-1" in a list; 'the lumbosacral facet'
        return ["L5", "S1"]
    if groups.get("oa"):  # 'the fifth lumbar nerve root', 'the third and fourth lumbar medial branches'
        region = (groups.get("ob") or groups.get("oc") or "thoracic").lower()  # 'the sixth intercostal nerve': T6
        name = vertebra(_REGION_LETTER[region], str(_ORDINALS.index(groups["oa"].lower()) + 1)) if region else None
        return [name] if name else []
    if groups.get("ba"):  # digits-only lumbar shorthand in a list ending at 5-1 ("4-5 and 5-1")
        upper, lower = int(groups["ba"]), int(groups["bb"])
        return [f"L{upper}", f"L{lower}"] if lower == upper + 1 else []
    if groups.get("lx") or groups.get("cx") or groups.get("dx"):  # "the 4-5 level", "C5-6 and 6-7", "3-4 and 4-5"
        key = "l" if groups.get("lx") else "c" if groups.get("cx") else "d"
        upper, lower = groups[f"{key}x"], groups[f"{key}y"]
        first, second = vertebra(letter, upper), vertebra(letter, lower)
        return [first, second] if first and second and int(lower) == int(upper) + 1 else []
    if groups.get("wa"):  # dictated: "L four five", "L five S one", "T twelve L one"
        a, an = groups["wa"], str(_WORD_NUMBERS[groups["wan"].lower()])
        b, bn = groups.get("wb"), groups.get("wbn") and str(_WORD_NUMBERS[groups["wbn"].lower()])
    else:
        a = match.group("a").upper()
        an = match.group("an").replace("l", "1")  # OCR: 'Tl2' is T12
        b = match.group("b") or match.group("b2")
        bn = (match.group("bn") or match.group("bn2") or "").replace("l", "1") or None
    if bn is None and len(an) == 2 and int(an) > _COUNTS[a] and a in "CL":
        first, second = vertebra(a, an[0]), vertebra(a, an[1])
        if first and second and _INDEX[second] == _INDEX[first] + 1:
            return [first, second]
        return []
    first = vertebra(a, an)
    if first is None:
        return []
    if bn is None:
        return [first]
    if groups.get("sp") and int(bn) != int(an) + 1:
        return [first]  # "L4 2 ..." (no dash): the number after a space is a pair's only when it is the next one
    second = vertebra(b.upper() if b else a, bn)
    if second is None:
        # "L5-1" style: S1 after L5
        if not b and a == "L" and an == "5" and bn == "1":
            second = "S1"
        else:
            return [first]
    i, j = _INDEX[first], _INDEX[second]
    if j <= i:
        return [first]
    return list(SEQUENCE[i : j + 1])


def segment(upper: str, lower: str) -> str:
    return f"{upper}-{lower}"


def joints_of(vertebrae: list[str]) -> list[str]:
    """Consecutive vertebrae → the segments between them: ['L3','L4','L5'] → ['L3-L4','L4-L5']."""
    return [segment(vertebrae[k], vertebrae[k + 1]) for k in range(len(vertebrae) - 1)]


def next_vertebra(name: str) -> str | None:
    i = _INDEX.get(name)
    return SEQUENCE[i + 1] if i is not None and i + 1 < len(SEQUENCE) else None


def sort_key(level: str) -> tuple[int, str]:
    head = level.split("-")[0]
    return (_INDEX.get(head, 999), level)


def region_of(level: str) -> str | None:
    return REGION_OF_LETTER.get(level[:1].upper())
