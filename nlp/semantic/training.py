"""Train the head and choose, per element, a threshold and whether to enable it.

Thresholds and enablement come from k-fold cross-validation on the *training* split, scored
the way the evaluation scores (rules-only baseline united with the matcher's facts). For each
element the threshold is the one with the best union F1 among those where

- the facts the matcher *adds* (sentences the rules missed) are at least 90% correct, and
- the union's precision is at least 0.90, or not below the rules' own where those are under 0.90;

and the element is enabled only where that F1 beats the rules alone. The test split is never
read here. A lexical prefilter (``prefilter.py``) is then fitted on the same folds to skip
sentences the matcher would not call an enabled element, at >= 98% recall of those it would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from coding.facts import NoteFacts
from nlp.semantic.baseline import elements_present, rule_extractor
from nlp.semantic.candidates import skip_pattern
from nlp.semantic.corpus import Example, Score, score
from nlp.semantic.head import LinearHead
from nlp.semantic.labels import ELEMENTS, LABELS
from nlp.semantic.matcher import SemanticHit
from nlp.semantic.merge import hit_to_facts
from nlp.semantic.prefilter import Prefilter

THRESHOLDS: tuple[float, ...] = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
MIN_PRECISION = 0.90


@dataclass
class ElementChoice:
    element: str
    enabled: bool
    threshold: float
    baseline: Score
    combined: Score
    added_precision: float = 1.0


def _folds(labels: Sequence[str], k: int, seed: int = 0) -> list[np.ndarray]:
    """Stratified fold index arrays (deterministic)."""
    rng = np.random.default_rng(seed)
    folds: list[list[int]] = [[] for _ in range(k)]
    for label in LABELS:
        idx = [i for i, lab in enumerate(labels) if lab == label]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            folds[j % k].append(i)
    return [np.array(sorted(f)) for f in folds]


def _semantic_ok(text: str, label: str, modifiers: Sequence[str]) -> bool:
    """Would a hit of `label` on this sentence become a fact (asserted, value parseable)?"""
    hit = SemanticHit(label=label, confidence=1.0, start=0, end=len(text), text=text, modifiers=tuple(modifiers))
    return hit.asserted and bool(hit_to_facts(hit))


def train(
    examples: Sequence[Example],
    embed: Callable[[Sequence[str]], np.ndarray],
    guard: Callable[[str], list[str]],
    model_name: str,
    k: int = 5,
    baseline: tuple[str, Callable[[str], NoteFacts]] | None = None,
    encoder_layers: int | None = None,
    encoder_int8: bool = False,
    encoder_quant: str = "",
    disabled: Sequence[str] = (),
    prefilter_recall: float | None = 0.98,
) -> tuple[LinearHead, list[ElementChoice], str]:
    """Fit the head on all `examples`; return it with per-element choices and the baseline name."""
    texts = [e.text for e in examples]
    gold = [e.label for e in examples]
    x = embed(texts)
    base_name, base_fn = baseline or rule_extractor()
    base_pred = [elements_present(base_fn(t)) for t in texts]

    # Out-of-fold probabilities.
    proba = np.zeros((len(texts), len(LABELS)), dtype=np.float32)
    for fold in _folds(gold, k):
        mask = np.ones(len(texts), dtype=bool)
        mask[fold] = False
        head = LinearHead.fit(x[mask], [gold[i] for i in np.flatnonzero(mask)], model_name)
        proba[fold] = head.predict_proba(x[fold])
    top = proba.argmax(1)
    top_label = [LABELS[i] for i in top]
    top_conf = proba[np.arange(len(texts)), top]
    skip = skip_pattern()
    usable = [
        lab != "none" and not (skip is not None and skip.search(t)) and _semantic_ok(t, lab, guard(t))
        for t, lab in zip(texts, top_label)
    ]

    choices: list[ElementChoice] = []
    for element in ELEMENTS:
        base = score(element, gold, base_pred)
        best: tuple[float, Score, float] | None = None
        floor = min(MIN_PRECISION, base.precision)
        for t in THRESHOLDS:
            sem = [usable[i] and top_label[i] == element and top_conf[i] >= t for i in range(len(texts))]
            pred = [b | ({element} if sem[i] else set()) for i, b in enumerate(base_pred)]
            added = [i for i, b in enumerate(base_pred) if sem[i] and element not in b]
            added_p = sum(gold[i] == element for i in added) / len(added) if added else 1.0
            s = score(element, gold, pred)
            if added_p >= MIN_PRECISION and s.precision >= floor and (best is None or s.f1 > best[1].f1 + 1e-9):
                best = (t, s, added_p)
        if best is not None and best[1].f1 > base.f1 + 1e-9:
            choices.append(ElementChoice(element, True, best[0], base, best[1], best[2]))
        else:
            choices.append(ElementChoice(element, False, 1.0, base, base))

    for c in choices:
        if c.element in disabled:
            c.enabled = False

    head = LinearHead.fit(x, gold, model_name)
    prefilter = None
    if prefilter_recall is not None:
        # The cascade must keep what the matcher would find: a sentence labelled with an enabled
        # element, or one the out-of-fold matcher called an enabled element above its threshold.
        on = {c.element: c.threshold for c in choices if c.enabled}
        positive = [
            gold[i] in on or (usable[i] and top_label[i] in on and top_conf[i] >= on[top_label[i]])
            for i in range(len(texts))
        ]
        prefilter = Prefilter.train(texts, positive, _folds(gold, k), prefilter_recall)
    head.prefilter = prefilter
    head.encoder_layers, head.encoder_int8, head.encoder_quant = encoder_layers, encoder_int8, encoder_quant
    head.thresholds = {c.element: c.threshold for c in choices}
    head.enabled = {c.element: c.enabled for c in choices}
    head.meta = {
        "trained_on": "corpora/sentences/train.jsonl",
        "examples": len(examples),
        "cv_folds": k,
        "prefilter": None
        if prefilter is None
        else {"target_recall": prefilter_recall, "cv_recall": prefilter.cv_recall, "cv_negatives_skipped": prefilter.cv_rejected},
        "baseline": base_name,
        "cv": {
            c.element: {
                "baseline_f1": round(c.baseline.f1, 4),
                "combined_f1": round(c.combined.f1, 4),
                "combined_precision": round(c.combined.precision, 4),
                "added_precision": round(c.added_precision, 4),
            }
            for c in choices
        },
    }
    return head, choices, base_name

