"""Per-element P/R/F1 on a sentence split: rules only vs rules + semantic.

"Rules + semantic" runs the real path: the matcher classifies every sentence in one batch and
:func:`~nlp.semantic.merge.merge_hits` adds its facts to the rules-only facts, so thresholds,
enablement, ConText and value parsing all count.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import spacy

from coding.facts import NoteFacts
from nlp.semantic.baseline import elements_present
from nlp.semantic.candidates import skip_pattern
from nlp.semantic.corpus import Example, Score, score
from nlp.semantic.labels import ELEMENTS
from nlp.semantic.matcher import SemanticMatcher
from nlp.semantic.merge import merge_hits


@dataclass
class Row:
    element: str
    support: int
    rules: Score
    combined: Score
    enabled: bool
    added: int = 0  # sentences where the matcher added the element the rules missed
    added_correct: int = 0

    @property
    def added_precision(self) -> float:
        return self.added_correct / self.added if self.added else 1.0


def evaluate(
    examples: Sequence[Example], matcher: SemanticMatcher, baseline: Callable[[str], NoteFacts]
) -> list[Row]:
    """One row per element, in :data:`ELEMENTS` order."""
    nlp = spacy.blank("en")
    docs = [nlp.make_doc(e.text) for e in examples]
    hits = matcher.classify([d[:] for d in docs])
    skip = skip_pattern()
    hits = [None if skip is not None and skip.search(e.text) else h for e, h in zip(examples, hits)]
    gold = [e.label for e in examples]
    rules_pred: list[set[str]] = []
    both_pred: list[set[str]] = []
    for example, hit in zip(examples, hits):
        facts = baseline(example.text)
        rules_pred.append(elements_present(facts))
        both_pred.append(elements_present(merge_hits(facts, [hit] if hit else [])))
    return [
        Row(
            element=e,
            support=sum(1 for g in gold if g == e),
            rules=score(e, gold, rules_pred),
            combined=score(e, gold, both_pred),
            enabled=matcher.head.enabled.get(e, True),
            added=sum(1 for r, b in zip(rules_pred, both_pred) if e in b and e not in r),
            added_correct=sum(1 for r, b, g in zip(rules_pred, both_pred, gold) if e in b and e not in r and g == e),
        )
        for e in ELEMENTS
    ]


def format_table(rows: Sequence[Row], baseline_name: str, split: str, rule_errors: int = 0) -> str:
    """A plain-text table (also valid Markdown)."""
    errors = f"; rule pipeline raised on {rule_errors} sentence(s), counted as no facts" if rule_errors else ""
    lines = [
        f"Split: {split}; rules-only baseline: {baseline_name}{errors}",
        "| element | n | rules P | rules R | rules F1 | +sem P | +sem R | +sem F1 | added (correct) | enabled |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.element} | {r.support} | {r.rules.precision:.2f} | {r.rules.recall:.2f} | {r.rules.f1:.2f} "
            f"| {r.combined.precision:.2f} | {r.combined.recall:.2f} | {r.combined.f1:.2f} "
            f"| {r.added} ({r.added_correct}) | {'yes' if r.enabled else 'no'} |"
        )
    return "\n".join(lines)
