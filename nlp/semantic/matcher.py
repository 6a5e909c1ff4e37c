"""Classify sentences into necessity elements: encoder + linear head + ConText guard.

One :class:`SemanticMatcher` per process and head (``get_matcher``): loading the encoder costs
seconds, applying it to a 3,000-character note's candidate sentences costs milliseconds.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from spacy.language import Language
from spacy.tokens import Span

from nlp.semantic.context_guard import ContextGuard
from nlp.semantic.encoder import MODEL_NAME, get_encoder
from nlp.semantic.head import LinearHead
from nlp.semantic.settings import head_path


@dataclass(frozen=True)
class SemanticHit:
    """One sentence the matcher assigned to a necessity element."""

    label: str
    confidence: float
    start: int  # character offsets into the note
    end: int
    text: str
    section: str | None = None
    modifiers: tuple[str, ...] = field(default=())  # ConText categories; non-empty => not asserted

    @property
    def asserted(self) -> bool:
        """False when ConText found the sentence negated, hypothetical or about a relative."""
        return not self.modifiers


class SemanticMatcher:
    """Embeds sentences in one batch, classifies them, and checks ConText on the positives only."""

    def __init__(self, nlp: Language, head: LinearHead, apply_context: bool = True) -> None:
        self.head = head
        self.encoder = get_encoder(head.encoder_layers, quant=head.quant)
        self.guard = ContextGuard(nlp) if apply_context else None
        #: Sentences classified since load, before the prefilter (the benchmark reports it).
        self.candidates = 0

    def classify(
        self,
        sentences: Sequence[Span],
        sections: Sequence[str | None] | None = None,
        keep: Callable[[int, str], bool] | None = None,
    ) -> list[SemanticHit | None]:
        """One entry per sentence, aligned with the input: a hit, or None for ``none``.

        `keep(i, label)` False drops sentence i's hit before ConText runs on it (the caller
        knows the hit would be discarded anyway, e.g. the rules already hold that element):
        ConText is the matcher's second-largest cost after the encoder."""
        if not sentences:
            return []
        texts = [s.text.strip() for s in sentences]
        self.candidates += len(texts)
        hits: list[SemanticHit | None] = [None] * len(sentences)
        rows = list(range(len(sentences)))
        if self.head.prefilter is not None:  # cascade: lexically hopeless sentences are not embedded
            rows = [i for i, ok in zip(rows, self.head.prefilter.keep(texts)) if ok]
            if not rows:
                return hits
        vectors = self.encoder.embed([texts[i] for i in rows])
        for i, (label, conf) in zip(rows, self.head.predict(vectors)):
            if label == "none" or (keep is not None and not keep(i, label)):
                continue
            sent = sentences[i]
            modifiers = tuple(self.guard.modifiers(sent)) if self.guard else ()
            hits[i] = (
                SemanticHit(
                    label=label,
                    confidence=round(conf, 4),
                    start=sent.start_char,
                    end=sent.end_char,
                    text=sent.text,
                    section=sections[i] if sections else None,
                    modifiers=modifiers,
                )
            )
        return hits


_lock = threading.Lock()
_matchers: dict[tuple[int, str, bool], SemanticMatcher] = {}


def load_head(path: Path | None = None) -> LinearHead:
    """The trained head (default: packaged, or ``PAINPOINT_SEMANTIC_HEAD``), checked against the encoder."""
    return LinearHead.load(path or head_path(), expect_model=MODEL_NAME)


def get_matcher(nlp: Language, path: Path | None = None, apply_context: bool = True) -> SemanticMatcher:
    """The matcher for this pipeline and head, built once per process."""
    resolved = str((path or head_path()).resolve())
    key = (id(nlp.vocab), resolved, apply_context)
    with _lock:
        if key not in _matchers:
            _matchers[key] = SemanticMatcher(nlp, load_head(Path(resolved)), apply_context)
        return _matchers[key]
