"""The linear head: training, thresholds/enablement, and the .npz artifact."""

from pathlib import Path

import numpy as np
import pytest

from nlp.semantic.head import LinearHead
from nlp.semantic.labels import ELEMENTS, LABELS


def _data() -> tuple[np.ndarray, list[str]]:
    """One tight cluster per label around an axis: linearly separable by construction."""
    rng = np.random.default_rng(1)
    xs, ys = [], []
    for i, label in enumerate(LABELS):
        centre = np.zeros(16)
        centre[i] = 1.0
        for _ in range(10):
            xs.append(centre + rng.normal(0, 0.05, 16))
            ys.append(label)
    return np.array(xs, dtype=np.float32), ys


def test_fit_separates_clusters_and_predicts_labels() -> None:
    x, y = _data()
    head = LinearHead.fit(x, y, model_name="test-encoder")
    assert [label for label, _ in head.predict(x)] == y
    assert head.weights.shape == (len(LABELS), 16)


def test_threshold_and_disabled_element_fall_back_to_none() -> None:
    x, y = _data()
    head = LinearHead.fit(x, y, model_name="test-encoder")
    first = x[y.index("imaging_findings")][None, :]
    assert head.predict(first)[0][0] == "imaging_findings"
    head.enabled = {"imaging_findings": False}
    assert head.predict(first)[0][0] == "none"
    head.enabled = {}
    head.thresholds = {"imaging_findings": 1.01}
    assert head.predict(first)[0][0] == "none"


def test_save_load_round_trip(tmp_path: Path) -> None:
    x, y = _data()
    head = LinearHead.fit(x, y, model_name="test-encoder")
    head.thresholds = {e: 0.5 for e in ELEMENTS}
    head.enabled = {e: e != "radicular_findings" for e in ELEMENTS}
    head.meta = {"examples": 80}
    path = tmp_path / "head.npz"
    head.save(path)
    loaded = LinearHead.load(path, expect_model="test-encoder")
    np.testing.assert_array_equal(loaded.weights, head.weights)
    np.testing.assert_array_equal(loaded.bias, head.bias)
    assert loaded.labels == LABELS
    assert loaded.thresholds == head.thresholds
    assert loaded.enabled["radicular_findings"] is False
    assert loaded.meta == {"examples": 80}
    # Stored without pickles: plain numpy can read it with pickling refused.
    with np.load(path, allow_pickle=False) as data:
        assert sorted(data.files) == ["bias", "header", "weights"]


def test_load_refuses_other_encoder(tmp_path: Path) -> None:
    x, y = _data()
    path = tmp_path / "head.npz"
    LinearHead.fit(x, y, model_name="encoder-a").save(path)
    with pytest.raises(ValueError, match="trained for 'encoder-a'"):
        LinearHead.load(path, expect_model="encoder-b")


def test_packaged_head_matches_encoder_and_labels() -> None:
    from nlp.semantic.encoder import MODEL_NAME
    from nlp.semantic.settings import DEFAULT_HEAD_PATH

    head = LinearHead.load(DEFAULT_HEAD_PATH, expect_model=MODEL_NAME)
    assert head.labels == LABELS
    assert head.weights.shape == (len(LABELS), 384)
    assert set(head.thresholds) == set(ELEMENTS) == set(head.enabled)
    assert head.meta["trained_on"] == "corpora/sentences/train.jsonl"
