"""A linear softmax head over sentence embeddings, stored as a small ``.npz`` (no pickles).

Why linear: a few hundred labelled sentences cannot train more than a linear layer without
memorising them, and a linear head is inspectable, tiny (8 x 384 weights) and instant to apply.
The artifact records the encoder name and a format version, and per element a probability
threshold and an ``enabled`` flag chosen by cross-validation on the training split (never on
the test split): an element stays off where the matcher did not raise F1 at precision >= 0.90.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from nlp.semantic.labels import ELEMENTS, LABELS
from nlp.semantic.prefilter import DIM as PREFILTER_DIM
from nlp.semantic.prefilter import FEATURES_VERSION as PREFILTER_FEATURES
from nlp.semantic.prefilter import Prefilter

FORMAT_VERSION = 1


@dataclass
class LinearHead:
    """Softmax regression: ``p = softmax(x @ W.T + b)`` over :data:`LABELS`."""

    weights: np.ndarray  # (n_labels, dim)
    bias: np.ndarray  # (n_labels,)
    labels: tuple[str, ...] = LABELS
    model_name: str = ""
    thresholds: dict[str, float] = field(default_factory=dict)
    enabled: dict[str, bool] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)
    #: Encoder variant the head was fitted on: first `encoder_layers` layers (None: all), int8.
    encoder_layers: int | None = None
    encoder_int8: bool = False
    #: "fp32", "dynamic" or "row" (see nlp.semantic.encoder); "" = from `encoder_int8` (old heads).
    encoder_quant: str = ""
    #: Lexical cascade in front of the encoder (None: every candidate is embedded).
    prefilter: Prefilter | None = None

    @property
    def quant(self) -> str:
        """The encoder variant this head needs."""
        return self.encoder_quant or ("dynamic" if self.encoder_int8 else "fp32")

    # --- training --------------------------------------------------------------------------

    @classmethod
    def fit(
        cls,
        x: np.ndarray,
        y: Sequence[str],
        model_name: str,
        l2: float = 1e-3,
        epochs: int = 1000,
        lr: float = 2.0,
        seed: int = 0,
    ) -> "LinearHead":
        """Fit by full-batch gradient descent on class-balanced cross-entropy (deterministic).

        Defaults (l2=1e-3, lr=2.0, 1000 epochs) were chosen by 5-fold CV on the training split.
        """
        labels = LABELS
        index = {label: i for i, label in enumerate(labels)}
        targets = np.array([index[label] for label in y])
        n, dim = x.shape
        k = len(labels)
        counts = np.bincount(targets, minlength=k).astype(np.float64)
        sample_w = (n / (k * np.maximum(counts, 1)))[targets]
        onehot = np.eye(k)[targets]
        rng = np.random.default_rng(seed)
        w = rng.normal(0, 0.01, size=(k, dim))
        b = np.zeros(k)
        xd = x.astype(np.float64)
        for _ in range(epochs):
            p = _softmax(xd @ w.T + b)
            g = (p - onehot) * sample_w[:, None] / n
            w -= lr * (g.T @ xd + l2 * w)
            b -= lr * g.sum(0)
        return cls(weights=w.astype(np.float32), bias=b.astype(np.float32), labels=labels, model_name=model_name)

    # --- inference -------------------------------------------------------------------------

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """(n, n_labels) probabilities."""
        return _softmax(x.astype(np.float32) @ self.weights.T + self.bias)

    def predict(self, x: np.ndarray) -> list[tuple[str, float]]:
        """Best label and its probability per row; a label below its threshold or disabled is 'none'."""
        proba = self.predict_proba(x)
        out: list[tuple[str, float]] = []
        for row in proba:
            i = int(row.argmax())
            label = self.labels[i]
            conf = float(row[i])
            if label != "none" and (not self.enabled.get(label, True) or conf < self.thresholds.get(label, 0.0)):
                label = "none"
            out.append((label, conf))
        return out

    # --- storage ---------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        """Write weights and a JSON header into one ``.npz`` (loadable with ``allow_pickle=False``)."""
        header = {
            "format_version": FORMAT_VERSION,
            "model_name": self.model_name,
            "labels": list(self.labels),
            "thresholds": {e: float(self.thresholds.get(e, 0.0)) for e in ELEMENTS},
            "enabled": {e: bool(self.enabled.get(e, True)) for e in ELEMENTS},
            "encoder": {"layers": self.encoder_layers, "int8": self.quant != "fp32", "quant": self.quant},
            "meta": self.meta,
        }
        arrays = {}
        if self.prefilter is not None:
            pf = self.prefilter
            header["prefilter"] = {
                "dim": PREFILTER_DIM,
                "features_version": PREFILTER_FEATURES,
                "bias": pf.bias,
                "threshold": pf.threshold,
                "cv_recall": pf.cv_recall,
                "cv_rejected": pf.cv_rejected,
            }
            arrays["prefilter_weights"] = pf.weights.astype(np.float32)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as fh:
            np.savez_compressed(
                fh, weights=self.weights, bias=self.bias, header=np.array(json.dumps(header, sort_keys=True)), **arrays
            )

    @classmethod
    def load(cls, path: Path, expect_model: str | None = None) -> "LinearHead":
        """Read a head; refuse one trained for another encoder or format."""
        with np.load(path, allow_pickle=False) as data:
            header = json.loads(str(data["header"]))
            weights, bias = data["weights"], data["bias"]
            prefilter = None
            pf = header.get("prefilter")
            if pf is not None:
                if pf.get("dim") != PREFILTER_DIM or pf.get("features_version") != PREFILTER_FEATURES:
                    raise ValueError(f"{path}: prefilter features {pf.get('features_version')} do not match; retrain")
                prefilter = Prefilter(
                    data["prefilter_weights"], float(pf["bias"]), float(pf["threshold"]),
                    float(pf.get("cv_recall", 1.0)), float(pf.get("cv_rejected", 0.0)),
                )  # fmt: skip
        if header.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{path}: head format {header.get('format_version')} != {FORMAT_VERSION}; retrain")
        if expect_model and header.get("model_name") != expect_model:
            raise ValueError(f"{path}: head trained for {header.get('model_name')!r}, not {expect_model!r}")
        return cls(
            weights=weights,
            bias=bias,
            labels=tuple(header["labels"]),
            model_name=header["model_name"],
            thresholds=dict(header["thresholds"]),
            enabled=dict(header["enabled"]),
            meta=dict(header.get("meta", {})),
            encoder_layers=header.get("encoder", {}).get("layers"),
            encoder_int8=bool(header.get("encoder", {}).get("int8", False)),
            encoder_quant=str(header.get("encoder", {}).get("quant") or ""),
            prefilter=prefilter,
        )


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
