"""A lexical first stage (cascade) in front of the encoder: skip sentences that cannot be hits.

The encoder is most of the matcher's cost, and about half of the sentences it sees in a note
end up ``none`` (or an element that is switched off). A logistic regression over hashed word
unigrams and bigrams costs microseconds per sentence; its threshold is set on cross-validation
so that it keeps at least ``target_recall`` (default 0.98) of the sentences the full matcher
would call an enabled element (or that are labelled one), and the rest are never embedded.
Deterministic: CRC-32 hashing (not Python's salted ``hash``), weights stored in the head file.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import Sequence

import numpy as np

#: Hashed feature space (collisions are harmless at a few thousand distinct n-grams).
DIM = 1 << 14
FEATURES_VERSION = 1
_WORD = re.compile(r"[a-z]+|\d+")


def feature_indices(text: str) -> list[int]:
    """Hashed indices of the sentence's word unigrams and bigrams (digits as <num>), plus a
    '%' flag (relief percentages are the core of two elements)."""
    words = ["<num>" if w.isdigit() else w for w in _WORD.findall(text.lower())]
    grams = words + [a + " " + b for a, b in zip(words, words[1:])]
    if "%" in text:
        grams.append("<pct>")
    return sorted({zlib.crc32(g.encode("utf-8")) % DIM for g in grams})


def features(texts: Sequence[str]) -> np.ndarray:
    """(n, DIM) float32: unit-norm binary bags of :func:`feature_indices` (for training)."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for row, text in enumerate(texts):
        idx = feature_indices(text)
        if idx:
            out[row, idx] = 1.0 / np.sqrt(len(idx))
    return out


@dataclass
class Prefilter:
    """``keep = x @ weights + bias >= threshold``."""

    weights: np.ndarray  # (DIM,)
    bias: float
    threshold: float
    #: Cross-validated figures recorded at training (recall of positives, share of negatives skipped).
    cv_recall: float = 1.0
    cv_rejected: float = 0.0

    @staticmethod
    def fit_weights(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, lr: float = 5.0, epochs: int = 500) -> tuple[np.ndarray, float]:
        """Class-balanced logistic regression by full-batch gradient descent (deterministic)."""
        pos = max(float(y.sum()), 1.0)
        neg = max(float(len(y) - y.sum()), 1.0)
        sample_w = np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * neg))
        w = np.zeros(x.shape[1])
        b = 0.0
        xd = x.astype(np.float64)
        for _ in range(epochs):
            p = 1.0 / (1.0 + np.exp(-(xd @ w + b)))
            g = (p - y) * sample_w / len(y)
            w -= lr * (xd.T @ g + l2 * w)
            b -= lr * float(g.sum())
        return w, b

    @classmethod
    def train(cls, texts: Sequence[str], positive: Sequence[bool], folds: Sequence[np.ndarray], target_recall: float = 0.98) -> "Prefilter":
        """Threshold from out-of-fold scores: the highest one that keeps `target_recall` of the
        positives; then weights refitted on all sentences."""
        x = features(texts)
        y = np.asarray(positive, dtype=np.float64)
        oof = np.zeros(len(y))
        for fold in folds:
            mask = np.ones(len(y), dtype=bool)
            mask[fold] = False
            w, b = cls.fit_weights(x[mask], y[mask])
            oof[fold] = x[fold].astype(np.float64) @ w + b
        pos = np.sort(oof[y > 0])
        if len(pos) == 0:
            threshold = float("-inf")
        else:
            threshold = float(pos[int(np.floor((1.0 - target_recall) * len(pos)))])
        recall = float((pos >= threshold).mean()) if len(pos) else 1.0
        neg = oof[y == 0]
        rejected = float((neg < threshold).mean()) if len(neg) else 0.0
        w, b = cls.fit_weights(x, y)
        return cls(w.astype(np.float32), float(b), threshold, round(recall, 4), round(rejected, 4))

    def keep(self, texts: Sequence[str]) -> np.ndarray:
        """Boolean mask: which sentences go on to the encoder."""
        scores = np.empty(len(texts), dtype=np.float64)
        for i, text in enumerate(texts):  # sparse dot product: a few dozen weights per sentence
            idx = feature_indices(text)
            scores[i] = (float(self.weights[idx].sum()) / np.sqrt(len(idx)) if idx else 0.0) + self.bias
        return scores >= self.threshold
