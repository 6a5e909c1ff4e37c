"""Cue regexes from resources/lexicon.yaml, compiled once per process.

A cue entry is either one regex string or a list of alternatives (joined with |); nested
mappings (e.g. timing → pre/post) compile per key.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from nlp.fast_regex import GatedPattern, StartSplitAlternation, compile_rule, gated_rule
from nlp.rules import lexicon

_FLAGS = re.IGNORECASE


def _pattern(value: Any) -> str:
    """A cue's regex text: one pattern, or a list of alternatives joined as groups."""
    return "|".join(f"(?:{v})" for v in value) if isinstance(value, list) else str(value)


def _compile(value: Any) -> re.Pattern[str]:
    return compile_rule(_pattern(value), _FLAGS)


@lru_cache(maxsize=None)
def cue(name: str) -> re.Pattern[str]:
    """One cue regex by name."""
    return _compile(lexicon(name))


@lru_cache(maxsize=None)
def span_cue(name: str) -> "re.Pattern[str] | StartSplitAlternation":
    """`cue(name)` for a whole-note `finditer` or `search` whose matches are read only by their span: searched as a
    `StartSplitAlternation` (the same matches, found by starting character and skipped where the note lacks their
    words); its matches' groups are a bucket's, not the cue's, so a caller reading groups keeps `cue`."""
    value = lexicon(name)
    try:
        return StartSplitAlternation([str(v) for v in value] if isinstance(value, list) else [str(value)], _FLAGS)
    except ValueError:  # an alternative's first character cannot be listed
        return cue(name)


@lru_cache(maxsize=None)
def note_cue(name: str) -> "re.Pattern[str] | GatedPattern":
    """`cue(name)` for a scan of a whole note, skipped for a note that lacks a word every match needs (`gated_rule`:
    the same program, so the same matches and groups; two-letter and lookaround words count, a note's word answers
    being read from its runs). Not for sentences or excerpts: there the word test of each new text costs about what
    the search does."""
    return gated_rule(_pattern(lexicon(name)), _FLAGS, min_len=2, lookarounds=True)


def cue_text(name: str) -> str:
    """One cue's regex text, for a rule whose structure (whitespace, brackets, anchors) stays in code around the
    cue's words: the vocabulary stays in the lexicon file."""
    return _pattern(lexicon(name))


@lru_cache(maxsize=None)
def cue_map(name: str) -> dict[str, re.Pattern[str]]:
    """A mapping cue (key → regex), in file order."""
    return {str(k): _compile(v) for k, v in lexicon(name).items()}


def compile_all() -> None:
    """Compile every cue now (at pipeline build) so the first note pays no compilation."""
    from nlp.rules import load_yaml

    for name, value in load_yaml("lexicon.yaml").items():
        if isinstance(value, dict):
            cue_map(name)
        else:
            cue(name)
