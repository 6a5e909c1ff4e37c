"""The labelled sentence corpus (``corpora/sentences/{train,test}.jsonl``) and P/R/F1 scoring."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from nlp.semantic.labels import LABELS

SENTENCES_DIR = Path(__file__).resolve().parents[2] / "corpora" / "sentences"


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    label: str


def load_split(split: str, directory: Path = SENTENCES_DIR) -> list[Example]:
    """Read one split; a line with an unknown label is an error, not a silent skip."""
    path = directory / f"{split}.jsonl"
    out: list[Example] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row["label"] not in LABELS:
                raise ValueError(f"{path}:{lineno}: unknown label {row['label']!r}")
            out.append(Example(id=row["id"], text=row["text"], label=row["label"]))
    return out


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(element: str, gold: Sequence[str], predicted: Iterable[set[str]]) -> Score:
    """Sentence-level score of one element: gold is one label per sentence, predictions are sets."""
    tp = fp = fn = 0
    for g, p in zip(gold, predicted):
        if element in p:
            tp, fp = (tp + 1, fp) if g == element else (tp, fp + 1)
        elif g == element:
            fn += 1
    return Score(tp, fp, fn)
