"""The presence verifier's weights: one numpy file, no pickles, no torch.

Why a plain ``.npz``: the file is data that ships with the package, must load in milliseconds in
a CLI that reads one note, and must never execute code when loaded (``allow_pickle=False``).
Arrays: ``elements`` (k names), ``weights`` (DIM x k float32, column per element, so one gather
of a sentence's feature rows scores every element at once), ``bias`` (k), ``thresholds`` (k: the
operating point t_E, already shifted as the training config says), ``enabled`` (k bools) and
``meta`` (JSON: format_version, training date, commit, folders trained on, feature config,
training config, per-element cross-validated figures).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from nlp.semantic.prefilter import DIM, FEATURES_VERSION, feature_indices

FORMAT_VERSION = 1
DEFAULT_MODEL_PATH = Path(__file__).resolve().parents[1] / "resources" / "presence_verifier.npz"


def active_model_path(default: Path = DEFAULT_MODEL_PATH) -> Path:
    """The verifier file in use: ``PAINPOINT_PRESENCE_MODEL`` (a retrained or a test file) or `default`.
    The component loads it and the service's result-cache key digests it, so both read it here."""
    return Path(os.environ.get("PAINPOINT_PRESENCE_MODEL") or default)
#: The featuriser the weights were trained over; a file naming another one is refused.
FEATURES = {"featuriser": "nlp.semantic.prefilter.feature_indices", "dim": DIM, "version": FEATURES_VERSION,
            "norm": "unit"}


class PresenceModelError(ValueError):
    """The file is not a presence verifier this code can use (format or features differ)."""


@dataclass(frozen=True)
class PresenceModel:
    """Per-element logistic regressions over unit-norm hashed word uni+bigram bags."""

    elements: tuple[str, ...]
    weights: np.ndarray  # (DIM, k)
    bias: np.ndarray  # (k,)
    thresholds: np.ndarray  # (k,) probabilities
    enabled: np.ndarray  # (k,) bool
    meta: dict[str, Any] = field(default_factory=dict)

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """(n, k) probabilities P(E | sentence): one gather of every sentence's feature rows and a
        segment sum (a per-sentence numpy call cost more than the arithmetic)."""
        indices = [feature_indices(text) for text in texts]
        logits = np.tile(self.bias.astype(np.float64), (len(texts), 1))
        sizes = np.array([len(idx) for idx in indices])
        present = sizes > 0
        if present.any():
            flat = np.fromiter((i for idx in indices for i in idx), dtype=np.int64, count=int(sizes.sum()))
            starts = np.concatenate([[0], np.cumsum(sizes[present])[:-1]])
            sums = np.add.reduceat(self.weights[flat].astype(np.float64), starts, axis=0)
            logits[present] += sums / np.sqrt(sizes[present])[:, None]
        return 1.0 / (1.0 + np.exp(-logits))

    def save(self, path: Path) -> None:
        """Write the file the loader reads (strings as unicode arrays, meta as one JSON string)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = dict(self.meta, format_version=FORMAT_VERSION, features=FEATURES)
        with open(path, "wb") as fh:
            np.savez_compressed(
                fh, elements=np.array(self.elements, dtype=np.str_), weights=self.weights.astype(np.float32),
                bias=self.bias.astype(np.float32), thresholds=self.thresholds.astype(np.float64),
                enabled=self.enabled.astype(bool), meta=np.array(json.dumps(meta, sort_keys=True), dtype=np.str_),
            )


def load_model(path: Path | str = DEFAULT_MODEL_PATH) -> PresenceModel:
    """Read and check a verifier file; raises `PresenceModelError` for another format or featuriser."""
    with np.load(Path(path), allow_pickle=False) as data:
        meta = json.loads(str(data["meta"]))
        if meta.get("format_version") != FORMAT_VERSION:
            raise PresenceModelError(f"presence verifier format {meta.get('format_version')!r}, expected {FORMAT_VERSION}")
        if meta.get("features") != FEATURES:
            raise PresenceModelError(f"presence verifier trained over other features: {meta.get('features')!r}")
        return PresenceModel(
            elements=tuple(str(e) for e in data["elements"]), weights=data["weights"], bias=data["bias"],
            thresholds=data["thresholds"], enabled=data["enabled"], meta=meta,
        )


@lru_cache(maxsize=4)
def cached_model(path: str) -> PresenceModel:
    """One loaded copy per file and process (the pipeline, tests and the trainer share it)."""
    return load_model(path)
