"""Read the values a fact needs (weeks, percent, modality, outcome) out of a classified sentence.

The classifier says *what* a sentence documents; the facts contract also needs numbers
(``Duration.weeks``, ``Relief.percent``). These small parsers never invent a number: when a
sentence says "significant relief" but no figure, no ``Relief`` is made, because a payer needs
the figure and a guessed one would hide the gap the checker must report.
"""

from __future__ import annotations

import re

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "couple": 2, "few": 3,
    "several": 3,
}  # fmt: skip
_UNIT_WEEKS = {"day": 1 / 7, "week": 1.0, "month": 52 / 12, "year": 52.0, "decade": 520.0}
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# Alternatives in priority order: "a year and a half" must win over its prefix "a year".
_DURATION = re.compile(
    rf"\b(?:a\s+|one\s+)?(year|month)\s+and\s+a\s+half\b"
    rf"|\bhalf\s+a\s+(year)\b"
    rf"|\b{_NUM}(\s+and\s+a\s+half)?(?:\s+of)?\s+(?:full\s+)?(day|week|month|year|decade)s?\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(rf"\b{_NUM}\s*(?:%|percent\b)", re.IGNORECASE)
_RANGE_PERCENT = re.compile(r"\b(\d{1,3})\s*(?:%|percent)?\s*(?:to|-)\s*(\d{1,3})\s*(?:%|percent)", re.IGNORECASE)
_SCORES = re.compile(r"\b(?:from\s+)?(\d{1,2})(?:/10)?\s+(?:down\s+)?to\s+(\d{1,2})(?:/10)?\b", re.IGNORECASE)
_FRACTION = re.compile(r"\b(\d)/(\d)\s+of\b")


def _number(token: str) -> float | None:
    token = token.lower()
    if token in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[token])
    try:
        return float(token)
    except ValueError:
        return None


def parse_weeks(text: str) -> float | None:
    """The longest duration written in `text`, in weeks ("eight months" -> 34.67); None if none."""
    best: float | None = None
    for m in _DURATION.finditer(text):
        if m.group(1):  # "a year and a half"
            weeks = 1.5 * _UNIT_WEEKS[m.group(1).lower()]
        elif m.group(2):  # "half a year"
            weeks = 0.5 * _UNIT_WEEKS["year"]
        else:
            n = _number(m.group(3))
            if n is None:
                continue
            weeks = (n + (0.5 if m.group(4) else 0.0)) * _UNIT_WEEKS[m.group(5).lower()]
        best = weeks if best is None else max(best, weeks)
    return None if best is None else round(best, 2)


def parse_percent(text: str) -> float | None:
    """Relief percent: '75%', 'seventy percent', '70 to 80 percent' (-> 70, the lower bound),
    'from 8/10 down to 2/10' (-> 75), 'by half' (-> 50), '2/3 of' (-> 66.7), complete/pain free
    (-> 100), 'no relief'/'did not help' (-> 0). None when the sentence gives no figure."""
    low = text.lower()
    m = _RANGE_PERCENT.search(text)
    if m:
        return float(min(int(m.group(1)), int(m.group(2))))
    m = _PERCENT.search(text)
    if m:
        n = _number(m.group(1))
        if n is not None and 0 <= n <= 100:
            return n
    m = _SCORES.search(text)
    if m:
        before, after = int(m.group(1)), int(m.group(2))
        if 0 < before <= 10 and 0 <= after <= before:
            return round(100.0 * (before - after) / before, 1)
    m = _FRACTION.search(text)
    if m and int(m.group(2)) > 0 and int(m.group(1)) <= int(m.group(2)):
        return round(100.0 * int(m.group(1)) / int(m.group(2)), 1)
    if re.search(r"\b(?:by\s+(?:about\s+|roughly\s+)?half|about\s+half|roughly\s+half)\b", low):
        return 50.0
    if re.search(r"\b(?:complete|total|full)\s+relief\b|\bpain[- ]free\b|\bcompletely\s+relieved\b", low):
        return 100.0
    if re.search(r"\bno\s+relief\b|\bdid\s+not\s+help\b|\bdidn't\s+help\b|\bno\s+benefit\b", low):
        return 0.0
    return None


def parse_ordinal(text: str) -> int | None:
    """1 for a first/initial block, 2 for a second/confirmatory/comparative one."""
    low = text.lower()
    if re.search(r"\b(?:second|confirmatory|comparative|#\s*2)\b", low):
        return 2
    if re.search(r"\b(?:first|initial|#\s*1)\b", low):
        return 1
    return None


_MODALITIES: tuple[tuple[str, str], ...] = (
    ("home_exercise", r"home\s+exercis|exercises?\s+at\s+home|stretching|home\s+program"),
    ("physical_therapy", r"physical\s+therap|physiotherap|\bpt\b|rehab|aquatic|therapist|exercise\s+therapy|therapy"),
    ("chiropractic", r"chiropract"),
    ("acupuncture", r"acupunct"),
    ("massage", r"massage"),
    ("nsaids", r"nsaid|ibuprofen|naproxen|meloxicam|celecoxib|diclofenac|anti-?inflammator|advil|aleve"),
    ("acetaminophen", r"acetaminophen|tylenol"),
    ("neuropathic_agents", r"gabapentin|pregabalin|duloxetine|nortriptyline|amitriptyline"),
    ("muscle_relaxants", r"muscle\s+relaxant|cyclobenzaprine|tizanidine|methocarbamol"),
    ("oral_steroids", r"oral\s+steroid|prednisone|medrol\s+dose"),
    ("bracing", r"\bbrace"),
    ("tens", r"\btens\b"),
    ("activity_modification", r"activity\s+modification|modified\s+(?:her|his|their)\s+activit|limited\s+(?:her|his)\s+lifting"),
    ("heat_ice", r"\bheat\b|\bice\b"),
)


def parse_modalities(text: str) -> list[str]:
    """Conservative treatments named in `text`, in contract vocabulary and in the order written;
    ['other'] if none is named."""
    low = text.lower()
    found = [(m.start(), name) for name, pattern in _MODALITIES if (m := re.search(pattern, low))]
    return [name for _, name in sorted(found)] or ["other"]


def parse_outcome(text: str) -> str | None:
    """failed / partial / helped / intolerant, from the words of the sentence; None if unsaid."""
    low = text.lower()
    if re.search(r"intoleran|could\s+not\s+tolerate|couldn't\s+tolerate|side\s+effect|because\s+of|due\s+to|made\s+(?:him|her)\s+(?:too\s+)?(?:sleepy|drowsy|dizzy)|caused|nausea|upset", low):
        return "intolerant"
    if re.search(r"partial|somewhat|a\s+little|some\s+benefit|minimal|temporary|brief|short-lived|only\s+helped|helped\s+for\s+a\s+while|plateau|little\s+effect", low):
        return "partial"
    if re.search(r"without|no\s+(?:lasting\s+|meaningful\s+|real\s+)?(?:benefit|improvement|change|relief)|not\s+(?:helped|help|relieve|resolved|improved|controlled|touched|meaningfully)|failed|refractory|despite|no\s+better|still|persist|remains|worse|did\s+not|has\s+not|have\s+not", low):
        return "failed"
    if re.search(r"\bhelped\b|\bimproved\b|\bbetter\b", low):
        return "helped"
    return None
