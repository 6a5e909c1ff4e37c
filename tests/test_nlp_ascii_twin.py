"""ASCII twins (`nlp.fast_regex.ascii_twin`): a rule compiled with `re.ASCII` reads an ASCII-safe text exactly as the
rule does (spans and groups), and is used only there: a note with a character beyond ASCII, or with one of the ASCII
separators Unicode counts as whitespace, is read by the rule itself."""

from __future__ import annotations

import re

from nlp import fast_regex
from nlp.fast_regex import GATE_FROM, StartSplitAlternation, ascii_safe, ascii_twin, compile_rule, gated_rule

I = re.IGNORECASE

PATTERNS = [
    r"\b(?P<n>\d+(?:\.\d+)?)\s*(?P<u>mg|ml|cc)\b",
    r"(?<![\w/.])(?P<v>\d{1,2})\s*/\s*10\b",
    r"\bpain\s+(?:score|level)s?\s*(?:of|was|:)?\s*(?P<v>\d+)",
    r"(?-i:\b[LR]\b)\s+(?:SI|knee)\b|\bleft\b|\bright\b",
    r"[A-TV-Z]\d{2}\.[0-9A-Z]{1,4}",
    r"\W+done\w*\s*\.",
]
TEXTS = [
    "Pain score: 7. Kenalog 40 MG and 2 ml of 1% lidocaine; 3/10 after. L SI joint, LEFT knee, right hip. M54.16 done.",
    "VAS 8/10 -> 2/10\n\tR knee 1.5 cc Depo-Medrol 40mg/ml\nDx M47.816, m54.5; PAIN LEVEL 6. Doneness.",
]


def test_ascii_safe_texts() -> None:
    assert ascii_safe("Left L4-5 TFESI, 2 mL 1% lidocaine.\n\tDone.")
    assert not ascii_safe("caf\u00e9")  # beyond ASCII
    assert not ascii_safe("a\x1cb")  # a separator: whitespace to Unicode, not to ASCII
    assert re.search(r"a\sb", "a\x1cb") and not re.search(r"a\sb", "a\x1cb", re.ASCII)


def test_twin_matches_as_the_rule_in_ascii_safe_texts() -> None:
    for pattern in PATTERNS:
        rule, twin = compile_rule(pattern, I), ascii_twin(pattern, I)
        assert twin is not None and twin.flags & re.ASCII
        for text in TEXTS:
            assert ascii_safe(text)
            assert [(m.span(), m.groups()) for m in twin.finditer(text)] == [
                (m.span(), m.groups()) for m in rule.finditer(text)]
            assert [(m.span(), m.groups()) for m in twin.finditer(text)]  # every pattern matches something here


def test_no_twin_for_a_pattern_naming_a_letter_unicode_folds_onto_ascii() -> None:
    assert ascii_twin("\u017fame", I) is None  # long s: 'same' in Unicode mode only
    assert ascii_twin("[\u0100-\u017f]x", I) is None  # a range holding it
    assert ascii_twin("\u212a", I) is None  # KELVIN SIGN
    assert re.search("\u017fame", "same", I) and not re.search("\u017fame", "same", I | re.ASCII)
    assert ascii_twin(r"(?a:\w+)", I) is not None and ascii_twin(r"(?u)\w+", I) is None


def test_gated_rule_and_split_alternation_read_a_long_ascii_safe_note_with_twins_only() -> None:
    pad = " filler words" * (GATE_FROM // 10)
    note = TEXTS[0] + pad
    unsafe = TEXTS[0] + pad + " caf\u00e9"
    gated = gated_rule(r"\blidocaine\b|\bkenalog\s+(?P<s>\d+)", I)
    assert gated._rx(note) is not gated.rx and gated._rx(unsafe) is gated.rx and gated._rx(TEXTS[0]) is gated.rx
    for text in (note, unsafe):
        assert [(m.span(), m.groups()) for m in gated.finditer(text)] == [
            (m.span(), m.groups()) for m in re.finditer(r"\blidocaine\b|\bkenalog\s+(?P<s>\d+)", text, I)]
    parts = [r"\bleft\b", r"\bright\b", r"\bknee\b", r"\blidocaine\b", r"\bforty\s*mg\b"]
    split = StartSplitAlternation(parts, I)
    plain = re.compile("|".join(f"(?:{p})" for p in parts), I)
    pats = split._buckets(note)
    runs = split._runs(note, pats, 0, len(note))
    assert all(r.flags & re.ASCII for r in runs) and split._runs(unsafe, split._buckets(unsafe), 0, len(unsafe)) \
        == split._buckets(unsafe)
    assert split._runs(note, pats, 0, 50) is pats  # a short range: the buckets themselves
    for text in (note, unsafe):
        assert [m.span() for m in split.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert split.search(text, 10).span() == plain.search(text, 10).span()
    assert fast_regex.ascii_safe(note) and not fast_regex.ascii_safe(unsafe)
