"""Loaders that turn Painpoint's rule files (YAML beside the components) into medspaCy rules.

Rules are data so clinicians can extend vocabularies without touching engine code; this module
is the only place that knows the file layouts. medspaCy tokenizes literal phrases with the
pipeline's own tokenizer, so a rule written "L4-5" or "procedure(s)" matches the note's tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from medspacy.context import ConTextRule
from medspacy.ner import TargetRule
from medspacy.section_detection import SectionRule
from spacy.language import Language

from nlp.fast_regex import gated_rule

RESOURCES = Path(__file__).parent / "resources"
#: libyaml's parser when PyYAML was built with it: the same safe constructors (the same data; a test reads every
#: resource file both ways), about ten times faster than the pure-Python parser, which was a fifth of a pipeline load.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load_yaml(name: str) -> dict[str, Any]:
    """Read one resource file (cached: rule files never change while a process runs)."""
    with open(RESOURCES / name, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=YAML_LOADER)  # noqa: S506  (a safe loader)


def _phrases(entry: dict[str, Any], where: str) -> list[str]:
    """The entry's phrases, refusing YAML's non-strings (an unquoted `no` loads as False)."""
    phrases = entry.get("phrases", [])
    bad = [p for p in phrases if not isinstance(p, str)]
    if bad:
        raise ValueError(f"{where}: quote these phrases, YAML did not read them as text: {bad}")
    return phrases


def _no_duplicates(literals: list[str], path: str) -> None:
    """A phrase in two rules makes medspaCy keep one of them at random; refuse the file instead."""
    seen: set[str] = set()
    dupes = sorted({x.lower() for x in literals if x.lower() in seen or seen.add(x.lower())})
    if dupes:
        raise ValueError(f"{path}: phrases listed more than once: {dupes}")


@lru_cache(maxsize=None)
def _whole_word(word: str) -> re.Pattern[str]:
    """`word` as a whole word (not inside another word or a hyphenated name), compiled once for every phrase."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)


def _shorthand_forms(phrase: str, shorthand: dict[str, list[str]]) -> list[str]:
    """The phrase with one of its words written in chart shorthand (shorthand.yaml): 'SI joint inj' for 'SI joint
    injection', 'MB blocks' for 'medial branch blocks'. A note writes the same procedure either way."""
    out: list[str] = []
    for word, forms in shorthand.items():
        rx = _whole_word(word)
        # each form also takes the shorthand of the words before it ('lat branch blks' for 'lateral branch blocks')
        for written in [phrase] + out:
            if written.lower() != word and rx.search(written):  # never a bare 'MB' or 'inj' on its own
                out += [rx.sub(form, written) for form in forms]
    return out


def target_rules(nlp: Language, path: str = "targets.yaml") -> list[TargetRule]:
    """One TargetRule per phrase (PhraseMatcher on lower-cased tokens: fast at any rule count);
    the entry's `meta` becomes the rule metadata. Each phrase also gets its chart-shorthand forms (shorthand.yaml)
    unless a phrase of the file already says them."""
    rules: list[TargetRule] = []
    data = load_yaml(path)
    shorthand = load_yaml("shorthand.yaml").get("phrase_shorthand", {}) if path == "targets.yaml" else {}
    listed = {p.lower() for entries in data.values() for e in entries for p in e.get("phrases", []) if isinstance(p, str)}
    for category, entries in data.items():
        for entry in entries:
            meta = dict(entry.get("meta") or {})
            for phrase in _phrases(entry, f"{path}:{category}"):
                rules.append(TargetRule(phrase, category, metadata=meta))
                for form in _shorthand_forms(phrase, shorthand):
                    if form.lower() not in listed:
                        listed.add(form.lower())
                        rules.append(TargetRule(form, category, metadata=meta))
            for rx in entry.get("regex", []):  # compositional names ("R SIJ steroid injection")
                rules.append(TargetRule(rx, category, pattern=rx, metadata=meta))
    _no_duplicates([r.literal for r in rules if not isinstance(r.pattern, str)], path)
    return rules


def context_rules(nlp: Language, path: str = "context.yaml") -> list[ConTextRule]:
    """ConText modifiers; phrases match lower-cased tokens."""
    rules: list[ConTextRule] = []
    for entry in load_yaml(path)["rules"]:
        for phrase in _phrases(entry, f"{path}:{entry['category']}"):
            rules.append(
                ConTextRule(
                    phrase,
                    entry["category"],
                    direction=entry["direction"],
                    max_scope=entry.get("max_scope"),
                )
            )
    _no_duplicates([r.literal for r in rules], path)
    return rules


def section_rules(nlp: Language, path: str = "sections.yaml") -> list[SectionRule]:
    """One phrase rule per header phrase (matched on lower-cased tokens by a PhraseMatcher).

    Whether a match really is a header (starts a line, ends with a colon or the line, or is in
    capitals) is decided by the sectionizer (nlp/components.py), not by the rule.
    """
    rules: list[SectionRule] = []
    for category, phrases in load_yaml(path)["sections"].items():
        for phrase in _phrases({"phrases": phrases}, f"{path}:{category}"):
            rules.append(SectionRule(phrase, category))
    return rules


def title_if_procedure_categories(path: str = "sections.yaml") -> frozenset[str]:
    """Header categories that are the note's title when their own line names a procedure."""
    return frozenset(load_yaml(path).get("title_if_procedure", ()))


def field_ends_at_code_categories(path: str = "sections.yaml") -> frozenset[str]:
    """Section categories whose inline field ends with the sentence closing on an ICD-10 code (sections.yaml)."""
    return frozenset(load_yaml(path).get("field_ends_at_code", ()))


def list_ends_at_prose_categories(path: str = "sections.yaml") -> frozenset[str]:
    """Categories whose list under a header alone on its line ends at a blank line before prose."""
    return frozenset(load_yaml(path).get("list_ends_at_prose", ()))


def header_ends_at_field_categories(path: str = "sections.yaml") -> frozenset[str]:
    """Categories whose header alone on its line ends at the next 'Label: value' line (sections.yaml)."""
    return frozenset(load_yaml(path).get("header_ends_at_field", ()))


def qualified_label_categories(path: str = "sections.yaml") -> frozenset[str]:
    """Section categories whose label may carry a bracketed qualifier before its colon (sections.yaml)."""
    return frozenset(load_yaml(path).get("qualified_label", ()))


def technique_unless_named_categories(path: str = "sections.yaml") -> frozenset[str]:
    """Title categories whose inline field reads as the technique when its first line is narrative (sections.yaml)."""
    return frozenset(load_yaml(path).get("technique_unless_named", ()))


def preamble_rules(path: str = "sections.yaml") -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The section categories and the boilerplate phrases of an EHR preamble that may come before a note's title
    (sections.yaml `preamble_categories`, `boilerplate_phrases`); the phrases as one case-insensitive pattern."""
    data = load_yaml(path)
    phrases = [re.escape(p).replace(r"\ ", r"\s+") for p in data.get("boilerplate_phrases", ())]
    rx = re.compile(r"(?i)\b(?:" + "|".join(phrases) + r")\b") if phrases else None
    return frozenset(data.get("preamble_categories", ())), rx
def document_title_phrases(path: str = "sections.yaml") -> frozenset[str]:
    """Header phrases that name the document itself: alone on the note's first line they are its title (sections.yaml)."""
    return frozenset(p.lower() for p in load_yaml(path).get("document_titles", ()))


def section_sources() -> tuple[frozenset[str], frozenset[str]]:
    """Section categories whose mentions count as title and as header fields."""
    data = load_yaml("sections.yaml")
    return frozenset(data["title_categories"]), frozenset(data["header_categories"])


@lru_cache(maxsize=None)
def compiled_patterns(path: str = "patterns.yaml") -> dict[str, re.Pattern[str]]:
    """Every regex of the measures file, compiled once per process (case-insensitive, verbose), with
    a first-character guard and, where every match holds a word, skipped for a note without it (`nlp.fast_regex`)."""
    return {name: gated_rule(rx, re.IGNORECASE | re.VERBOSE) for name, rx in load_yaml(path)["patterns"].items()}


@lru_cache(maxsize=None)
def note_scan_patterns(path: str = "patterns.yaml") -> dict[str, re.Pattern[str]]:
    """`compiled_patterns(path)` for the measures component, which scans each note whole with them: gated also by the
    two-letter words and the lookaround words every match holds (`gated_rule`; "hx" of `duration_history`, "12"/"52"
    of `duration_slash`), which the note's word answers give without a scan. The same programs, so the same matches."""
    return {name: gated_rule(rx, re.IGNORECASE | re.VERBOSE, min_len=2, lookarounds=True)
            for name, rx in load_yaml(path)["patterns"].items()}


def lexicon(name: str, path: str = "lexicon.yaml") -> Any:
    """A word list or mapping from the lexicon file (e.g. conservative-care modalities)."""
    return load_yaml(path)[name]
