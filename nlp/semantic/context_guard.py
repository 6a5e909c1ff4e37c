"""Negation, hypothetical and family context for a whole classified sentence, with medspaCy ConText.

ConText modifies target spans, and a modifier never modifies a target it overlaps, so the
whole sentence cannot be the target. Instead every content token of the sentence is a
one-token target, and the sentence counts as negated (or hypothetical, or about a relative)
when at least `min_fraction` of its content tokens are: "denies numbness or tingling in the
legs" is negated, "months of therapy without benefit" is not. The default rules are medspaCy's;
``resources/context_rules.json`` adds phrases such as "no longer" and "without relief" that
describe the finding rather than deny it (PSEUDO), and normal-exam words ("intact", "5/5")
that deny a radicular finding.

The guard works on a copy of the sentence (`Span.as_doc`) and its own span group and
attributes, so it never touches the rule pipeline's entities or their ConText results.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span

EXTRA_RULES = Path(__file__).resolve().parent / "resources" / "context_rules.json"
_GROUP = "painpoint_semantic_targets"
#: ConText category -> our Span attribute.
_ATTRS = {
    "NEGATED_EXISTENCE": "pp_semantic_negated",
    "HYPOTHETICAL": "pp_semantic_hypothetical",
    "FAMILY": "pp_semantic_family",
}


def _register() -> None:
    for attr in _ATTRS.values():
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=False)


class ContextGuard:
    """Tells whether a sentence is negated, hypothetical or about a family member."""

    def __init__(self, nlp: Language, categories: tuple[str, ...] = tuple(_ATTRS), min_fraction: float = 0.5):
        from medspacy.context import ConText, ConTextRule

        _register()
        self.categories = tuple(c for c in categories if c in _ATTRS)
        self.min_fraction = min_fraction
        self.context = ConText(
            nlp,
            name="painpoint_semantic_context",
            rules="default",
            input_span_type="group",
            span_group_name=_GROUP,
            span_attrs={c: {_ATTRS[c]: True} for c in self.categories},
        )
        self.context.add(ConTextRule.from_json(str(EXTRA_RULES)))

    def modifiers(self, sentence: Span) -> list[str]:
        """ConText categories that govern the sentence (empty when it asserts what it says)."""
        doc = sentence.as_doc()
        for i, token in enumerate(doc):  # ConText scopes modifiers to the sentence
            token.is_sent_start = i == 0
        targets = [doc[i : i + 1] for i, t in enumerate(doc) if t.is_alpha and not t.is_stop and len(t) > 1]
        if not targets:
            return []
        doc.spans[_GROUP] = targets
        self.context(doc)
        found = []
        for category in self.categories:
            attr = _ATTRS[category]
            hits = sum(1 for span in doc.spans[_GROUP] if getattr(span._, attr))
            if hits / len(targets) >= self.min_fraction:
                found.append(category)
        return found
