"""Wording transforms for the metamorphic probe (`benchmarks/metamorphic.py`): same meaning, other words.

Each transform is a pure `str -> str` function. Where it must choose between spellings (B/L or
bilat), it draws from a generator seeded by the text itself, so a note always gets the same rewrite.
Each applies only where the replacement is unambiguous; a rewrite that changes a fact the gold
records (a side, a level, a dose, a count) is a bug of the transform, not of the reader.

Field labels (`Procedure:` at the start of a line) and header-like lines are left alone by the
abbreviation transforms: they probe the wording of prose and field values, not section detection
(the layout transforms do that).
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable

# --- helpers -------------------------------------------------------------------------------------

# a field label: 'Label:' or a table row's label before a tab, a run of spaces ('Level          C6-C7') or a dotted
# leader ('Levels ....... [X] L3-L4'; a template's fixed label, so no shorthand there)
_LABEL = re.compile(r"^(\s*(?:[-*\u2022]\s+)?[A-Za-z][A-Za-z0-9 /&()'.,-]{0,40}?(?::(?=\s|$)|(?=\t| {3,}| ?\.{3,})))")


def _rng(text: str, salt: str) -> random.Random:
    """A generator seeded by the note and the transform, so runs are repeatable."""
    return random.Random(zlib.crc32(text.encode("utf-8")) ^ zlib.crc32(salt.encode("utf-8")))


def _is_header(line: str) -> bool:
    """A short line without sentence punctuation whose words are all capitalised (`PROCEDURE NOTE`)."""
    s = line.strip().rstrip(":")
    words = s.split()
    if not words or len(words) > 6 or any(ch in s for ch in ".;,:"):
        return False
    return all(w[0].isupper() or not w[0].isalpha() for w in words)


def _on_prose(text: str, fn: Callable[[str], str]) -> str:
    """Apply `fn` to each line's text after its field label; header-like lines stay as they are."""
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        end = line[len(body):]
        if _is_header(body):
            out.append(line)
            continue
        m = _LABEL.match(body)
        head = m.group(1) if m else ""
        out.append(head + fn(body[len(head):]) + end)
    return "".join(out)


def _like(src: str, repl: str) -> str:
    """`repl` in the case of `src` (UPPER, Capitalised or lower); abbreviations written in capitals keep them."""
    if repl != repl.lower():
        return repl
    if len(src) > 1 and src.isupper():
        return repl.upper()
    if src[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl


# --- (a) abbreviations ---------------------------------------------------------------------------

# Words after which 'right'/'left' is a side: anatomy, a level, a side word, a list of sides.
_ANATOMY = (
    r"sided|side|sides|knee|knees|hip|hips|shoulder|shoulders|leg|legs|lower|upper|buttock|buttocks|gluteal|arm|arms|"
    r"SI|SIJ|sacroiliac|lumbar|lumbosacral|cervical|thoracic|sacral|greater|lesser|third|occipital|medial|lateral|"
    r"genicular|facet|facets|transforaminal|paraspinal|paramedian|groin|foot|ankle|hand|wrist|elbow|neck|trochanteric|"
    r"superior|inferior|posterior|anterior|radicular|sciatic|stellate|ilioinguinal|intercostal|suprascapular|femoral|"
    r"nerve|nerves|neural|foramen|foraminal|foramina|subacromial|glenohumeral|radiculopathy|sacroiliitis|axial|"
    r"extremity|thigh|calf|heel|sphenopalatine|trigeminal|hypogastric|celiac|piriformis|pudendal|saphenous|obturator|"
    r"paracentral|posterolateral|interlaminar|L5-S1|intra-articular|hemilaminotomy|sided\b"
)
_SIDE = re.compile(
    r"(?<![A-Za-z/-])(?P<w>bilaterally|bilateral|right|left)(?![A-Za-z])"
    r"(?=(?P<lvl>\s+[CTLS]\d)|[\s-]+(?:" + _ANATOMY + r")\b|\s*(?:and|or|&|/|>|<)\s*(?:right|left|bilateral)\b)",
    re.IGNORECASE,
)
_SIDE_FIELD = re.compile(r"(?<![^\s:])(?P<w>bilateral|right|left)(?=\s*[.,;]?\s*$)", re.IGNORECASE)
_SIDE_TAIL = re.compile(r"(?:(?<=\bon the )|(?<=\bto the )|(?<=\bfrom the ))(?P<w>right|left)\b(?!-)", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|pt|patient|he|she|they|then|needle|needles|catheter)\s+$",
                          re.IGNORECASE)


def abbrev_side(text: str) -> str:
    """bilateral -> B/L or bilat, right -> R or rt, left -> L or lt, only where the word names a side.

    Meaning kept: these are the usual chart abbreviations for a side. 'right'/'left' are rewritten only
    before an anatomical word, a level, a side word or another side, after 'on/to/from the', or as a
    field's whole value, and never after a verb-taking subject ('the needle was left in place').
    A side before a level takes the two-letter form so 'L L4-5' never arises."""
    rng = _rng(text, "abbrev_side")

    def rep(m: re.Match) -> str:
        w = m.group("w")
        low = w.lower()
        if low.startswith("bilat"):
            return rng.choice(["B/L", _like(w, "bilat")])
        if low == "left" and _VERB_BEFORE.search(m.string[: m.start()]):
            return w
        short, two = ("R", "rt") if low == "right" else ("L", "lt")
        nxt = m.string[m.end(): m.end() + 1]
        if (m.groupdict().get("lvl")) or nxt == "-":
            return _like(w, two)
        return rng.choice([short, _like(w, two)])

    def fn(s: str) -> str:
        s = _SIDE.sub(rep, s)
        if _SIDE_FIELD.match(s.strip()):  # a field's whole value ('Laterality: Left')
            s = _SIDE_FIELD.sub(rep, s)
        return _SIDE_TAIL.sub(rep, s)

    return _on_prose(text, fn)


_WITH = re.compile(r"\b(with)(out)?\b(?=\s)(?!\s+(?:kind\s+|best\s+|warm\s+)?regards)", re.IGNORECASE)  # not a sign-off


def abbrev_with(text: str) -> str:
    """with -> w/, without -> w/o. Meaning kept: the standard chart shorthand for the same preposition."""
    return _on_prose(text, lambda s: _WITH.sub(lambda m: _like(m.group(0), "w/o" if m.group(2) else "w/"), s))


_TERMS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"\bpatient(s|'s)?\b", re.IGNORECASE), "pt"),
    (re.compile(r"\bprocedure(s)?\b", re.IGNORECASE), "proc"),
    (re.compile(r"\binjection(s)?\b", re.IGNORECASE), "inj"),
    (re.compile(r"\bfluoroscop(?:y|ic|ically)()\b", re.IGNORECASE), "fluoro"),
    (re.compile(r"\blevel(s)?\b", re.IGNORECASE), "lvl"),
    (re.compile(r"\bmedial branch(es)?\b", re.IGNORECASE), "MB"),
    (re.compile(r"\bhistory()\b", re.IGNORECASE), "hx"),
    (re.compile(r"\bcomplications?()\b", re.IGNORECASE), "cx"),
    (re.compile(r"\bminutes?()\b", re.IGNORECASE), "min"),
]


def abbrev_terms(text: str) -> str:
    """patient -> pt, procedure -> proc, injection -> inj, fluoroscopy -> fluoro, level -> lvl,
    medial branch -> MB, history -> hx, complications -> cx, minutes -> min.

    Meaning kept: each is the common chart abbreviation of that one word (plural 's' kept where the
    abbreviation takes one: pts, procs, lvls, MBs); field labels and headers are left alone."""

    def fn(s: str) -> str:
        for rx, abbr in _TERMS:
            def rep(m: re.Match, abbr: str = abbr) -> str:
                tail = m.group(1) or ""
                if tail.lower() == "es" or (tail.lower() == "s" and abbr in ("pt", "proc", "lvl")):
                    tail = "s"
                elif tail != "'s":
                    tail = ""
                return _like(m.group(0), abbr) + tail
            s = rx.sub(rep, s)
        return s

    return _on_prose(text, fn)


# --- (b) units and amounts -----------------------------------------------------------------------

_ML = re.compile(r"(?<=\d)(\s?)(?:mLs?|mls?|ML|cc)\b(?!/)")


def units_volume(text: str) -> str:
    """mL <-> cc after a number. Meaning kept: one cubic centimetre is one millilitre."""
    return _ML.sub(lambda m: m.group(1) + ("mL" if m.group(0).strip() == "cc" else "cc"), text)


_MG = re.compile(r"(?<=\d)(\s?)(mg|milligrams?)\b(?!/)", re.IGNORECASE)


def units_mass(text: str) -> str:
    """mg <-> milligrams after a number. Meaning kept: the symbol and the word name the same unit."""

    def rep(m: re.Match) -> str:
        if m.group(2).lower() == "mg":
            number = re.search(r"[\d.]+$", m.string[: m.start()]).group(0)
            return " milligram" + ("" if number in ("1", "1.0") else "s")
        return m.group(1) + "mg"

    return _MG.sub(rep, text)


_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_COUNTED = (
    r"mL|ml|cc|mg|mcg|levels?|sites?|needles?|injections?|weeks?|months?|years?|days?|hours?|minutes?|sessions?|"
    r"times|joints?|nerves?|branches|segments?|vials?|attempts?|visits?|lesions?|cycles?|treatments?|passes"
)
_AMOUNT = re.compile(
    r"(?<!point )(?:(?<![\d.,/:\w-])(?P<d>10|[1-9])|(?<![\w-])(?P<w>" + "|".join(_WORDS) + r"))"
    r"(?=\s(?:" + _COUNTED + r")\b(?![/-]))",
    re.IGNORECASE,
)


def number_words(text: str) -> str:
    """Digits 1-10 <-> words before a unit or a counted noun ('2 mL' <-> 'two mL', 'three levels' <-> '3 levels').

    Meaning kept: the same amount or count spelled another way. Never inside decimals (also spoken ones,
    'zero point five cc'), ranges ('1-2 weeks'), scores ('7/10'), levels ('L4') or dates, nor before 'mg/mL'."""

    def rep(m: re.Match) -> str:
        if m.group("w"):
            return str(_WORDS.index(m.group("w").lower()) + 1)
        word = _WORDS[int(m.group("d")) - 1]
        before = m.string[: m.start()].rstrip()
        sentence_start = not before or before.endswith((".", "!", "?", ":"))  # not a wrapped line's first word
        return word.capitalize() if sentence_start else word

    return _AMOUNT.sub(rep, text)


_ZERO_PCT = re.compile(r"(?<![\d.])0(\.\d+\s?%)|(?<![\w.])(\.\d+\s?%)")


def leading_zero(text: str) -> str:
    """'0.25%' <-> '.25%'. Meaning kept: a leading zero before a decimal point changes no value."""
    return _ZERO_PCT.sub(lambda m: m.group(1) if m.group(1) else "0" + m.group(2), text)


# --- (c) brand <-> generic drug names ------------------------------------------------------------

# brand spellings -> the generic (every pair lies in one entry's `names` in coding/kb/drugs.yaml;
# tests/test_metamorphic.py checks that). The generic -> brand direction takes the first brand.
BRANDS: dict[str, str] = {
    "Kenalog": "triamcinolone",
    "Depo-Medrol": "methylprednisolone",
    "Decadron": "dexamethasone",
    "Celestone": "betamethasone",
    "Marcaine": "bupivacaine",
    "Sensorcaine": "bupivacaine",
    "Naropin": "ropivacaine",
    "Xylocaine": "lidocaine",
    "Omnipaque": "iohexol",
    "Isovue": "iopamidol",
}
_GENERIC_BRAND = {g: b for b, g in reversed(list(BRANDS.items()))}
# A salt after the generic goes with it ('triamcinolone acetonide' -> 'Kenalog'); a product form
# after it ('lidocaine patch') or a suffix after a brand ('Kenalog-40', 'Isovue-M') is another
# product (an oral 'methylprednisolone taper' is no Depo-Medrol), so that mention is left as written. Betamethasone's two salts ('sodium phosphate and
# betamethasone acetate') name one product whose dose is given once; it is left alone too.
_SALT = r"(?:\s+(?:acetonide|acetate|sodium\s+phosphate|hydrochloride|HCl))?"
_FORM = r"(?![-\w]|\s+(?:patch|patches|cream|ointment|jelly|gel|viscous|sodium|acetate|phosphate|soluspan|taper|dose\s*pack|dosepak|tablets?|orally)\b)"
# A brand with a bare strength number ('Kenalog 40 1 cc', 'Kenalog 10') is the product 'Kenalog-40' spelt
# with a space: 'triamcinolone 40' would read as 40 mg, another dose, so it is left as written too. A contrast
# medium's iodine number ('Omnipaque 240') names no dose and is rewritten.
_STRENGTH_NAME = (r"(?:(?<=mnipaque)|(?<=sovue)|(?!\s+\d+(?!\d|\.\d)"
                  r"(?!\s*(?:%|(?:mg|mcg|milligrams?|percent|units?)\b|/))))")
_DRUG = re.compile(
    r"(?<![\w-])(?P<name>" + "|".join(re.escape(b) for b in BRANDS) + r"|Depo\s?Medrol"
    + r"|" + "|".join(_GENERIC_BRAND) + r")(?P<salt>" + _SALT + r")" + _FORM + _STRENGTH_NAME,
    re.IGNORECASE,
)


def brand_generic(text: str) -> str:
    """Brand <-> generic drug names (Kenalog <-> triamcinolone, Marcaine <-> bupivacaine, ...).

    Meaning kept: the brand and the generic name the same drug (coding/kb/drugs.yaml lists both
    under one entry); the dose, concentration and volume written beside it are untouched."""

    def rep(m: re.Match) -> str:
        name, salt = m.group("name"), m.group("salt")
        low = name.lower()
        if low.startswith("depo"):
            low = "depo-medrol"
        generic = next((g for b, g in BRANDS.items() if b.lower() == low), None)
        if generic is not None:  # a brand: the generic, capitalised at a sentence start
            before = m.string[max(0, m.start() - 2): m.start()]
            start = m.start() == 0 or before.endswith("\n") or before in (". ", ": ")
            out = generic.upper() if name.isupper() and len(name) > 3 else generic
            return (out.capitalize() if start and out.islower() else out) + salt
        if salt and "betamethasone" == low:
            return m.group(0)
        brand = _GENERIC_BRAND[low]
        return brand.upper() if name.isupper() else brand

    return _DRUG.sub(rep, text)


# --- (d) British spellings -----------------------------------------------------------------------

_BRITISH: list[tuple[re.Pattern, str]] = [
    (re.compile(r"\b(an|par|dys|hyper|hypo)esthe", re.IGNORECASE), r"\1aesthe"),
    (re.compile(r"\bedema", re.IGNORECASE), "oedema"),
    (re.compile(r"\bhem(orrhag|atom|ostas|ostat|odynam|oglobin)", re.IGNORECASE), r"haem\1"),
    (re.compile(r"\bischemi", re.IGNORECASE), "ischaemi"),
    (re.compile(r"\borthopedic", re.IGNORECASE), "orthopaedic"),
    (re.compile(r"\b(locali|visuali|sterili|utili|minimi|optimi|stabili|immobili|organi|recogni|characteri|"
                r"hospitali|authori|normali|centrali|anaestheti)z(e|ed|es|ing|ation)\b", re.IGNORECASE),
     r"\1s\2"),
    (re.compile(r"\b(tum|col|behavi|hum)or(s)?\b", re.IGNORECASE), r"\1our\2"),
    (re.compile(r"\bprogram(s)?\b", re.IGNORECASE), r"programme\1"),
    (re.compile(r"\bcounseling\b", re.IGNORECASE), "counselling"),
    (re.compile(r"\b(was|were|is|are|been|be)\s+performed\b", re.IGNORECASE), r"\1 carried out"),
]


def _british_case(rx: re.Pattern, repl: str, s: str) -> str:
    def rep(m: re.Match) -> str:
        out = m.expand(repl)
        src = m.group(0)
        if src.isupper():
            return out.upper()
        if src[:1].isupper():
            return out[:1].upper() + out[1:]
        return out[:1].lower() + out[1:] if m.group(0)[:1].islower() else out

    return rx.sub(rep, s)


def british(text: str) -> str:
    """US -> British spellings (anaesthesia, oedema, haemorrhage, localised, paraesthesia, programme)
    and 'was performed' -> 'was carried out'.

    Meaning kept: the same words in the other standard spelling; 'performed' is replaced only in the
    passive ('was/were performed'), where 'carried out' says exactly the same."""
    for rx, repl in _BRITISH:
        text = _british_case(rx, repl, text)
    return text


# --- (e) level notation --------------------------------------------------------------------------

_LEVEL_SPAN = re.compile(
    r"(?<![\w/-])(?P<r>[CTL])(?P<a>\d{1,2})(?P<sep>-(?P=r)?|/)(?P<b>\d{1,2})(?![\w.]*\d|[-/]\w|\.\d)"
)
_JUNCTION = re.compile(r"(?<![\w/-])(?P<a>C7|T12|L5)(?P<sep>[-/])(?P<b>T1|L1|S1)(?![\w-]|/\w)")


def level_notation(text: str) -> str:
    """Level spans in another notation: L4-5 <-> L4-L5 <-> L4/5, and L5-S1 <-> L5/S1 (also C7-T1, T12-L1).

    Meaning kept: all name the same segment. The slash form is used only for adjacent levels
    (L4/5); a longer span (L3-5) only swaps between L3-5 and L3-L5. 'L4/L5' (two nerves or one
    segment) is never produced or read."""
    rng = _rng(text, "level_notation")

    def span(m: re.Match) -> str:
        r, a, b, sep = m.group("r"), int(m.group("a")), int(m.group("b")), m.group("sep")
        if b <= a:
            return m.group(0)
        forms = [f"{r}{a}-{b}", f"{r}{a}-{r}{b}"] + ([f"{r}{a}/{b}"] if b == a + 1 else [])
        current = f"{r}{a}{sep}{b}"
        others = [f for f in forms if f != current]
        return rng.choice(others) if others else m.group(0)

    def junction(m: re.Match) -> str:
        return m.group("a") + ("/" if m.group("sep") == "-" else "-") + m.group("b")

    return _JUNCTION.sub(junction, _LEVEL_SPAN.sub(span, text))


# --- (f) sentence-initial 'The patient' -----------------------------------------------------------

_THE_PATIENT = re.compile(r"(?m)(?:^|(?<=[.!?:]\s)|(?<=[.!?]\s\s))([ \t]*)The patient\b")


def pt_initial(text: str) -> str:
    """Sentence-initial 'The patient' -> 'Pt'. Meaning kept: the chart shorthand for the same subject."""
    return _THE_PATIENT.sub(lambda m: m.group(1) + "Pt", text)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "abbrev_side": abbrev_side,
    "abbrev_with": abbrev_with,
    "abbrev_terms": abbrev_terms,
    "units_volume": units_volume,
    "units_mass": units_mass,
    "number_words": number_words,
    "leading_zero": leading_zero,
    "brand_generic": brand_generic,
    "british": british,
    "level_notation": level_notation,
    "pt_initial": pt_initial,
}
