"""A tokenizer for procedure notes, registered as ``painpoint.clinical_tokenizer.v1``.

spaCy's English tokenizer splits spinal levels ("L4-L5" → "L4", "-", "L5") and glues counts
("x2") and comma lists ("L3,L4"). Rules downstream read levels, doses and times far more
reliably when each is one token, so this tokenizer keeps levels, times, ratios ("7/10") and
concentrations ("mg/mL") whole and splits numbers from units ("40mg" → "40", "mg").
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.lang.en import English
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

# One spinal level or segment written without spaces: L4, L4-5, L4/L5, L4-L5, L45, L5S1, C7-T1, T12-L1.
LEVEL_TOKEN = r"[CTLSctls]\d{1,2}(?:[-/\u2013][CTLSctls]?\d{1,2}|[CTLSctls]\d)?"
# Times, ratios and fractions stay whole: 10:42, 7/10, 1/8.
NUMBER_TOKEN = r"\d{1,2}:\d{2}|\d+(?:\.\d+)?/\d+(?:\.\d+)?"
# Concentrations as one token: mg/mL, mcg/mL, mgI/mL, units/mL.
CONC_TOKEN = r"(?:mg|mcg|g|mgi|units?|meq)/(?:ml|cc)"

_TOKEN_MATCH = re.compile(rf"^(?:{LEVEL_TOKEN}|{NUMBER_TOKEN}|{CONC_TOKEN})$", re.IGNORECASE)

# Extra suffixes: units glued to numbers ("40mg", "2cc", "0.25%", "3ml", "8th").
# ... and a full stop after a name closing on one capital ("... with onabotulinumtoxinA.", "rimabotulinumtoxinB."; round 21,
# dose21, d1-013): spaCy keeps a stop after a capital as an abbreviation's ("U.S."), which hid the drug's name.
_EXTRA_SUFFIXES = [
    r"(?<=\d)(?i:mg/ml|mcg/ml|mg|mcg|ml|cc|mgi|g|kg|mins?|sec|s|hrs?|th|st|nd|rd)",
    r"(?<=[a-z]{4}[A-Z])\.",
]
# Extra prefixes: multiplication counts ("x2", "×3").
_EXTRA_PREFIXES = [r"[x\u00d7](?=\d)"]
# Extra infixes: commas and parentheses glued between words or levels ("L3,L4", "L4)medial").
# ... and a slash between a word of 3+ letters and a number ("40 Kenalog/4 cc 1% lidocaine": drug, then the next
# amount); "mg/4 cc", "mL/2", "L4/5" stay whole.
# ... and an amount glued to a drug's name in lower case ("Dex4mg", "lido1%", "kenalog40mg"; round 22, dose22c, d9-038): the
# unit is a suffix split off first, the empty infix then parts the name from the number. Capitals before a digit stay
# whole ("PHQ9", "GAD7", "L5", "T12").
_EXTRA_INFIXES = [r"(?<=[A-Za-z0-9])[,;](?=[A-Za-z0-9])", r"[()\[\]]", r"(?<=[A-Za-z]{3})/(?=\d)",
                  r"(?<=[A-Za-z][a-z]{2})(?=\d+(?:\.\d+)?$)"]


# spaCy's exceptions list "\n", "\t" and " " as special cases that yield the same single token the
# plain rules give them. A special case in a note stops spaCy caching every later word of that note
# (spaCy issue #1250 heuristic), so "\n" after a note's first line made the tokenizer re-split every
# word of every note: same tokens without them (tests/test_nlp_engine_equivalence.py), ~3x faster.
_PLAIN_WHITESPACE_RULES = frozenset({"\n", "\t", " "})


def build_tokenizer(nlp: Language) -> Tokenizer:
    """Return the clinical tokenizer for `nlp` (rule tables extend spaCy's English defaults)."""
    defaults = English.Defaults
    prefixes = list(defaults.prefixes) + _EXTRA_PREFIXES
    suffixes = _EXTRA_SUFFIXES + list(defaults.suffixes)
    infixes = list(defaults.infixes) + _EXTRA_INFIXES
    return Tokenizer(
        nlp.vocab,
        rules={k: v for k, v in defaults.tokenizer_exceptions.items() if k not in _PLAIN_WHITESPACE_RULES},
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=_TOKEN_MATCH.match,
        url_match=defaults.url_match,
    )


@registry.tokenizers("painpoint.clinical_tokenizer.v1")
def create_clinical_tokenizer() -> Callable[[Language], Tokenizer]:
    """Registry entry so a config can name this tokenizer instead of code wiring it."""
    return build_tokenizer
