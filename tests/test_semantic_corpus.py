"""The labelled sentence corpus: well formed, every label in both splits, no shared sentences."""

from collections import Counter

from nlp.semantic.baseline import keyword_facts, elements_present
from nlp.semantic.corpus import Score, load_split, score
from nlp.semantic.labels import LABELS


def test_splits_cover_every_label_and_do_not_overlap() -> None:
    train, test = load_split("train"), load_split("test")
    assert set(Counter(e.label for e in train)) == set(LABELS)
    assert set(Counter(e.label for e in test)) == set(LABELS)
    assert not {e.text.lower() for e in train} & {e.text.lower() for e in test}
    assert len({e.id for e in train + test}) == len(train) + len(test)


def test_score_counts() -> None:
    gold = ["a", "a", "b", "none"]
    pred = [{"a"}, set(), {"a"}, set()]
    s = score("a", gold, pred)
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    assert s.precision == 0.5 and s.recall == 0.5 and s.f1 == 0.5
    assert Score(0, 0, 0).f1 == 1.0


def test_keyword_baseline() -> None:
    assert elements_present(keyword_facts("MRI shows an L4-5 protrusion.")) == {"imaging_findings"}
    assert elements_present(keyword_facts("Failed 6 weeks of physical therapy.")) == {"conservative_care"}
    assert elements_present(keyword_facts("She can no longer lift her grandson.")) == set()


def test_skip_cues_never_hit_a_training_necessity_statement() -> None:
    from nlp.semantic.candidates import skip_pattern

    pattern = skip_pattern()
    assert pattern is not None
    hits = [e.text for e in load_split("train") if e.label != "none" and pattern.search(e.text)]
    assert hits == []
    assert pattern.search("The skin was prepped and draped in sterile fashion.")
    assert pattern.search("Under fluoroscopic guidance the needle was advanced.")
