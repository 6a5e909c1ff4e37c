"""spaCy component ``painpoint_semantic_necessity``: classify candidate sentences, store hits.

Add it after the rule components. It writes ``doc._.semantic_hits`` (a list of
:class:`~nlp.semantic.matcher.SemanticHit`, or None when it did not run); with rule facts on
the doc, a hit the merge would discard anyway (element already documented by the rules in that
sentence, or no value the contract needs) is left out before ConText runs on it. When the rule
pipeline has already put its facts on ``doc._.facts`` (a ``NoteFacts``), the component skips
the sentences those facts explain (necessity evidence overlapping them: rules win; or any other
fact's evidence inside them, such as a pain score, a drug or consent), which are not embedded and writes the merged facts back to ``doc._.facts``. Otherwise
:func:`nlp.semantic.apply_semantic` merges the hits later. ``pipe`` embeds the candidate
sentences of a whole batch of notes in one encoder call.
"""

# No `from __future__ import annotations` here: spaCy validates factory arguments with pydantic v1,
# which needs the factory's annotations as real types, not strings.

from pathlib import Path
from typing import Iterable, Iterator, List, Optional

from spacy.language import Language
from spacy.tokens import Doc

from coding.facts import NoteFacts

from nlp.semantic.candidates import DEFAULT_SECTIONS, candidate_sentences
from nlp.semantic.matcher import SemanticHit, SemanticMatcher, get_matcher
from nlp.semantic.merge import all_evidence, explained_by_rules, hit_to_facts, merge_hits, rule_evidence
from nlp.semantic.settings import env_enabled

HITS_ATTR = "semantic_hits"


def register_extensions() -> None:
    """Idempotent registration of ``Doc._.semantic_hits``."""
    if not Doc.has_extension(HITS_ATTR):
        Doc.set_extension(HITS_ATTR, default=None)


@Language.factory(
    "painpoint_semantic_necessity",
    default_config={
        "sections": list(DEFAULT_SECTIONS),
        "include_unsectioned": True,
        "min_words": 3,
        "head_path": None,
        "apply_context": True,
        "batch_size": 64,
    },
)
def create_semantic_necessity(
    nlp: Language,
    name: str,
    sections: List[str],
    include_unsectioned: bool,
    min_words: int,
    head_path: Optional[str],
    apply_context: bool,
    batch_size: int,
) -> "SemanticNecessity":
    """Factory: every option above is a config value, so a pipeline config can tune it."""
    register_extensions()
    return SemanticNecessity(
        nlp,
        sections=tuple(sections),
        include_unsectioned=include_unsectioned,
        min_words=min_words,
        head_path=Path(head_path) if head_path else None,
        apply_context=apply_context,
        batch_size=batch_size,
    )


class SemanticNecessity:
    """Pipeline component; the encoder and head load on the first doc, once per process."""

    def __init__(
        self,
        nlp: Language,
        sections: tuple[str, ...] = DEFAULT_SECTIONS,
        include_unsectioned: bool = True,
        min_words: int = 3,
        head_path: Path | None = None,
        apply_context: bool = True,
        batch_size: int = 64,
    ) -> None:
        self.nlp = nlp
        self.sections = sections
        self.include_unsectioned = include_unsectioned
        self.min_words = min_words
        self.head_path = head_path
        self.apply_context = apply_context
        self.batch_size = batch_size

    @property
    def matcher(self) -> SemanticMatcher:
        return get_matcher(self.nlp, self.head_path, self.apply_context)

    def __call__(self, doc: Doc) -> Doc:
        self._process([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        size = batch_size or self.batch_size
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                self._process(batch)
                yield from batch
                batch = []
        if batch:
            self._process(batch)
            yield from batch

    def _process(self, docs: list[Doc]) -> None:
        """Classify the candidate sentences of all `docs` in one encoder call."""
        if not env_enabled():  # PAINPOINT_SEMANTIC=0 also holds for a pipeline built earlier
            for doc in docs:
                doc._.set(HITS_ATTR, [])
            return
        owners: list[int] = []
        spans = []
        sections: list[str | None] = []
        rule_facts = [_facts_of(doc) for doc in docs]
        for i, doc in enumerate(docs):
            facts = rule_facts[i]
            explained = rule_evidence(facts) if facts is not None else []
            other = all_evidence(facts) if facts is not None else []
            for sent, section in candidate_sentences(doc, self.sections, self.include_unsectioned, self.min_words):
                if _explained(sent.start_char, sent.end_char, explained, other):
                    continue
                owners.append(i)
                spans.append(sent)
                sections.append(section)
        per_doc: list[list[SemanticHit]] = [[] for _ in docs]
        if spans:

            def keep(i: int, label: str) -> bool:
                facts = rule_facts[owners[i]]
                if facts is None:
                    return True
                probe = SemanticHit(label, 1.0, spans[i].start_char, spans[i].end_char, spans[i].text)
                return not explained_by_rules(facts, probe) and bool(hit_to_facts(probe))

            for owner, hit in zip(owners, self.matcher.classify(spans, sections, keep)):
                if hit is not None:
                    per_doc[owner].append(hit)
        for doc, hits, facts in zip(docs, per_doc, rule_facts):
            doc._.set(HITS_ATTR, hits)
            if facts is not None and hits:  # no hit: the rule facts stand as they are
                doc._.set("facts", merge_hits(facts, hits))


def _explained(start: int, end: int, necessity: list, other: list) -> bool:
    """True when the rules already read the sentence [start, end): necessity evidence that
    overlaps it (rules win), or any other fact's evidence lying inside it (a pain score, a
    drug, consent, vitals: the sentence states something else). Evidence wider than the
    sentence (a whole section) does not count for the latter."""
    if any(ev.start < end and start < ev.end for ev in necessity):
        return True
    return any(start <= ev.start and ev.end <= end and ev.end > ev.start for ev in other)


def _facts_of(doc: Doc) -> NoteFacts | None:
    """The rule pipeline's facts on this doc, if it has put them there."""
    if not Doc.has_extension("facts"):
        return None
    facts = doc._.get("facts")
    return facts if isinstance(facts, NoteFacts) else None
