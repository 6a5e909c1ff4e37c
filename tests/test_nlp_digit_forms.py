"""The cheaper regex forms of the speed pass find exactly what the full patterns find where they are used."""

from __future__ import annotations

import re

from nlp.build_drugs import _DIGIT_FORMS
from nlp.fast_regex import required_literals
from nlp.rules import compiled_patterns

# Amounts in digits, none of the words the dictated branches need ("milligram", "microgram", "units", "percent").
_TEXTS = [
    "Kenalog 40 mg/mL, 1 mL at each of 3 levels with 2 mL of 0.25% bupivacaine.",
    "dex 10 mg, .5 mg/cc, 3mg.4 mg and 12 u; ten mg of nothing, two mg/ml, forty mg per one ml",
    "Depo-Medrol 80 mg/1 mL; 1.5% lido 4 mL; 100 mcg fentanyl in 25 mcg increments; 8mg/2ml",
]


def _all(rx, text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def test_digit_forms_exist_and_match_the_full_patterns_without_their_words() -> None:
    full = compiled_patterns()
    for name, (words, rx) in _DIGIT_FORMS.items():
        assert rx is not None, name  # the patterns file still has the shape the cut expects
        for text in _TEXTS:
            assert not any(w in text.lower() for w in words)
            assert _all(rx, text) == _all(full[name], text)
        assert all(_all(rx, text) for text in _TEXTS[1:]), name  # not vacuous: amounts of each kind are found


def test_digit_forms_drop_the_dictated_branches() -> None:
    _, mass = _DIGIT_FORMS["mass"]
    _, conc = _DIGIT_FORMS["concentration"]
    assert [m.group(0) for m in mass.finditer("Four milligrams and 4 mg")] == ["4 mg"]
    assert [m.group(0) for m in conc.finditer("one percent and 1%")] == ["1%"]


def test_required_literals_of_lookarounds_and_short_words() -> None:
    kp = r"\bKP\b(?=\s+(?:at\s+|of\s+)?[TL]\d{1,2}\b)"
    assert required_literals(kp, re.IGNORECASE) == ()
    assert required_literals(kp, re.IGNORECASE, min_len=2, lookarounds=True) == (("kp",),)
    sm = r"\bSM(?=\s*,\s*(?:the\s+)?genicular)"
    assert required_literals(sm, re.IGNORECASE, lookarounds=True) == (("genicular",),)
    assert required_literals(r"\bSM(?!\s*genicular)", re.IGNORECASE, min_len=2, lookarounds=True) == (("sm",),)
