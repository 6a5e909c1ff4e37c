"""spaCy component ``painpoint_presence``: which elements a note documents in words the rules miss.

Runs after ``painpoint_facts``. It scores every sentence of the note (the pipeline's own sentences,
section labels trimmed as in ``nlp.semantic.candidates.trim``: exactly what the verifier was trained
on) and keeps, per enabled element E, the best sentence with P(E | sentence) >= t_E that is not
negated or hypothetical ("consent will be obtained at the next visit" documents nothing). The
result goes on ``doc._.presence_elements`` and into ``NoteFacts.documented_elements``, where the
documentation checker reads it (`coding.documentation`). Evidence offsets are in the Doc's text;
`nlp.extract` / `nlp.Reading.documented` map them back to the note as written, like every other fact's.

Lazy in `api.pipeline.analyze_text`: `nlp.read` skips this component, and `verify` is called on the kept
Doc only for the elements whose presence check failed having read nothing (a note in eight of the dev
notes); ``doc._.presence_elements`` is then None (never asked) or those elements' sentences.

The verdict is per note, not per procedure: in a note with two procedures, a sentence for one can
hold back a missing-element finding for the other (shown as an info to confirm, never silently).
"""

# No `from __future__ import annotations`: spaCy validates factory arguments with pydantic v1.

import re
from functools import lru_cache
from pathlib import Path
from typing import List, Optional

import numpy as np
import yaml
from spacy.language import Language
from spacy.tokens import Doc

from coding.facts import DocumentedElement, Evidence, NoteFacts
from nlp.checkboxes import TICKED_BOX
from nlp.presence import enabled as env_enabled
from nlp.presence.model import DEFAULT_MODEL_PATH, PresenceModel, active_model_path, cached_model

ATTR = "presence_elements"
CUES_PATH = Path(__file__).resolve().parent / "not_asserted.txt"
SCOPE_PATH = Path(__file__).resolve().parent / "scope.yaml"
#: ConText categories that make a sentence say nothing about what was done to this patient (a relative's
#: limits or care document nothing: "Her spouse uses a walker and cannot climb stairs").
_NOT_ASSERTED = ("NEGATED_EXISTENCE", "HYPOTHETICAL", "FAMILY")


def register_extensions() -> None:
    """Idempotent registration of ``Doc._.presence_elements`` (None: the component did not run)."""
    if not Doc.has_extension(ATTR):
        Doc.set_extension(ATTR, default=None)


@Language.factory("painpoint_presence", default_config={"model_path": None, "elements": None, "enabled": True})
def create_presence(
    nlp: Language, name: str, model_path: Optional[str], elements: Optional[List[str]], enabled: bool
) -> "PresenceVerifier":
    """Factory: `elements` narrows the file's enabled elements (None: all of them); `enabled` False
    makes the component a no-op whatever the environment says."""
    register_extensions()
    return PresenceVerifier(nlp, Path(model_path) if model_path else DEFAULT_MODEL_PATH,
                            tuple(elements) if elements is not None else None, enabled)


class PresenceVerifier:
    """Pipeline component; the weights load on the first note (pipeline builds stay as fast as before)."""

    def __init__(self, nlp: Language, model_path: Path, elements: tuple[str, ...] | None, enabled: bool) -> None:
        self.nlp = nlp
        self.model_path = model_path
        self.elements = elements
        self.enabled = enabled
        self._guard = None
        self._triggers: frozenset[str] | None = None

    @property
    def model(self) -> PresenceModel | None:
        """The loaded verifier (``PAINPOINT_PRESENCE_MODEL`` names another file: a retrained or a test
        one), or None when the file is absent (a fresh checkout before training)."""
        path = active_model_path(self.model_path)
        if not path.exists():
            return None
        return cached_model(str(path))

    def _not_asserted(self, sent) -> bool:
        """True when the sentence states a plan or future step (`not_asserted.txt`) or ConText reads it
        as negated or hypothetical (built on first need: only sentences above a threshold are asked,
        a handful per note)."""
        if _future_cues().search(sent.text):
            return True
        if self._guard is None:
            from nlp.semantic.context_guard import ContextGuard

            self._guard = ContextGuard(self.nlp, categories=_NOT_ASSERTED)
            self._triggers = _trigger_words(self._guard.context.rules, self.nlp)
        # ConText marks nothing without one of its trigger phrases: a sentence holding none of their first
        # words is asserted (an exact shortcut; half of the component's time went to the guard)
        if self._triggers is not None and not self._triggers & {t.lower_ for t in sent}:
            return False
        return bool(self._guard.modifiers(sent))

    def __call__(self, doc: Doc) -> Doc:
        """Every enabled element, into ``doc._.presence_elements`` and the facts (`nlp.extract`'s way;
        `nlp.read` skips the component and asks `verify` later, only when a check needs it)."""
        found = self.verify(doc)
        facts = doc._.get("facts") if Doc.has_extension("facts") else None
        if isinstance(facts, NoteFacts):
            facts.documented_elements = found
        return doc

    def verify(self, doc: Doc, elements: frozenset[str] | None = None) -> list[DocumentedElement]:
        """Per enabled element (of `elements` when given), the best sentence over its threshold that
        is asserted; also set on ``doc._.presence_elements``. An element's verdict never depends on
        which others are asked, so asking for a few gives exactly their entries of the full list."""
        doc._.set(ATTR, [])
        model = self.model
        if not self.enabled or not env_enabled() or model is None:
            return []
        columns = [j for j, e in enumerate(model.elements)
                   if model.enabled[j] and (self.elements is None or e in self.elements)
                   and (elements is None or e in elements)]
        if not columns:
            return []
        sents = sentences(doc)
        if not sents:
            return []
        probs = model.scores([s.text for s in sents])
        found: list[DocumentedElement] = []
        categories: list[str | None] | None = None
        for j in columns:
            above = [i for i in np.argsort(-probs[:, j], kind="stable") if probs[i, j] >= model.thresholds[j]]
            barred, not_for = _scope().get(model.elements[j], (frozenset(), None))
            for i in above:
                sent = sents[i]
                if barred:
                    categories = categories if categories is not None else _token_sections(doc)
                    if categories[sent.start] in barred:
                        continue
                if not_for is not None and not_for.search(sent.text):
                    continue
                if _placeholder_only(sent) or self._not_asserted(sent):
                    continue
                evidence = Evidence(start=sent.start_char, end=sent.end_char, text=sent.text)
                found.append(DocumentedElement(element=model.elements[j], score=round(float(probs[i, j]), 4),
                                               evidence=[evidence]))
                break
        doc._.set(ATTR, found)
        return found


def _trigger_words(rules: list, nlp: Language) -> frozenset[str] | None:
    """Lower-case words one of which every negation or hypothetical ConText rule needs as its first
    token (a literal's first word; a pattern's leading token values up to its first required token).
    None when a rule's start cannot be read that way: then every sentence goes to the guard."""
    words: set[str] = set()
    for rule in rules:
        if rule.category not in _NOT_ASSERTED:
            continue
        if rule.pattern is None:
            first = nlp.make_doc(rule.literal.lower())  # tokenised as ConText's phrase matcher does
            if len(first):
                words.add(first[0].lower_)
            continue
        for token in rule.pattern:
            lower = token.get("LOWER") if isinstance(token, dict) else None
            if isinstance(lower, str):
                words.add(lower.lower())
            elif isinstance(lower, dict) and isinstance(lower.get("IN"), list):
                words.update(str(w).lower().split()[0] for w in lower["IN"] if str(w).strip())
            else:
                return None
            if token.get("OP") not in ("?", "*"):
                break
    return frozenset(words)


# A field's label before its separator ('Time-out --', 'Consent:', 'Timeout |'): the words a template prints itself.
# A table row's label cell opens with its bar ('| Time out | ____ |', pvx): the bar is part of the label.
_FIELD_LABEL = re.compile(r"^\s*(?:\|\s*)?[A-Za-z][\w /()'&-]{0,40}?\s*(?::|\?|-{2,}|\u2013|\u2014|\|)")
# A line offered with an empty box before or after it and no box ticked ('[ ] Time-out performed', 'Time-out done [ ]'):
# an option not chosen.
_UNTICKED_LINE = re.compile(rf"^(?!.*(?:{TICKED_BOX}))\s*(?:\[\s*\].*|.*\[\s*\]\s*)$")  # ticked: nlp.checkboxes
# What is left of a value that says nothing: separators, blanks, 'N/A' ('Time-out: N/A', 'Time-out -- ', 'Time-out: ___').
_EMPTY_VALUE = re.compile(r"^[\s\-\u2013\u2014:._|/*]*(?:(?:n\s*/\s*a|not\s+applicable)\b[\s.\-|]*)?$", re.IGNORECASE)


def _placeholder_only(sent) -> bool:
    """True when the sentence's content is a template placeholder: its text with the template holes the
    measures found blanked (`nlp.measures` placeholders: '***', '___', '{{...}}', an unticked '[ ]' option),
    less a field label, says nothing ('Time-out -- ***', 'Consent: [ ] obtained', 'Time-out: N/A'). An
    unfilled field documents nothing, like a negated or planned sentence (round 17v, fcg-mbb-02). A sentence running
    over lines (template rows) says nothing only when none of its lines does."""
    doc, base = sent.doc, sent.start_char
    text = list(sent.text)
    measures = doc._.get("measures") if Doc.has_extension("measures") else None
    for p in getattr(measures, "placeholders", None) or ():
        for k in range(max(p.start, base), min(p.end, sent.end_char)):
            text[k - base] = " "
    return all(_UNTICKED_LINE.match(raw) or _empty_field(line)
               for raw, line in zip(sent.text.split("\n"), "".join(text).split("\n")))


def _empty_field(line: str) -> bool:
    """Whether one line, its placeholders blanked, is a label with an empty value (or nothing at all)."""
    label = _FIELD_LABEL.match(line)
    return bool(_EMPTY_VALUE.match(line[label.end():] if label is not None else line))


@lru_cache(maxsize=1)
def _scope() -> dict[str, tuple[frozenset[str], "re.Pattern[str] | None"]]:
    """Element -> (sections where it cannot be documented, one regex for the sentences that are no statement of it)
    from `scope.yaml` (data; pv20). Element-scoped, unlike `not_asserted.txt`."""
    data = yaml.safe_load(SCOPE_PATH.read_text(encoding="utf-8")) or {}
    sections = data.get("not_documented_in") or {}
    cues = data.get("not_for") or {}
    return {element: (frozenset(sections.get(element) or ()),
                      re.compile("|".join(f"(?:{c})" for c in cues[element]), re.IGNORECASE) if cues.get(element) else None)
            for element in set(sections) | set(cues)}


def _token_sections(doc: Doc) -> list[str | None]:
    """The section category of every token (None everywhere in a note without sections)."""
    from nlp.semantic.candidates import _sections_of

    found = _sections_of(doc)
    return found[0] if found is not None else [None] * len(doc)


@lru_cache(maxsize=1)
def _future_cues() -> "re.Pattern[str]":
    """One regex for the cues in `not_asserted.txt` (data: a clinician can add a wording)."""
    lines = [line.strip() for line in CUES_PATH.read_text(encoding="utf-8").splitlines()]
    return re.compile("|".join(f"(?:{line})" for line in lines if line and not line.startswith("#")), re.IGNORECASE)


def sentences(doc: Doc) -> list:
    """The note's sentences as the verifier was trained on them: section titles and leading labels
    trimmed, sentences without a word left out."""
    from nlp.semantic.candidates import _sections_of, _sentences, trim

    found = _sections_of(doc)
    titles = found[1] if found is not None else set()
    out = []
    for raw in _sentences(doc):
        s = trim(raw, titles)
        if len(s) and any(t.is_alpha for t in s):
            out.append(s)
    return out



