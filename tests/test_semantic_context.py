"""Whole-sentence ConText: negated and hypothetical sentences are not asserted; failure words are."""

import pytest
import spacy

from nlp.semantic.context_guard import ContextGuard


@pytest.fixture(scope="module")
def guard_and_nlp():
    nlp = spacy.blank("en")
    return ContextGuard(nlp), nlp


@pytest.mark.parametrize(
    ("text", "modifiers"),
    [
        ("She denies any numbness, tingling, or weakness in the legs.", ["NEGATED_EXISTENCE"]),
        ("No radiating pain into the arms.", ["NEGATED_EXISTENCE"]),
        ("Reflexes are symmetric and sensation is intact.", ["NEGATED_EXISTENCE"]),
        ("If her pain persists we would consider a radiofrequency ablation.", ["HYPOTHETICAL"]),
        ("Her mother had chronic back pain.", ["FAMILY"]),
        ("She has done months of therapy and home exercises without benefit.", []),
        ("She can no longer lift her grandson.", []),
        ("He can't pick up his toddler anymore.", []),
        ("She cannot walk more than one block without stopping.", []),
        ("The prior injection at L4-5 gave no relief at all.", []),
        ("Pain radiates down the back of the left leg to the heel.", []),
    ],
)
def test_sentence_modifiers(guard_and_nlp, text: str, modifiers: list[str]) -> None:
    guard, nlp = guard_and_nlp
    assert guard.modifiers(nlp.make_doc(text)[:]) == modifiers


def test_guard_leaves_the_note_doc_untouched(guard_and_nlp) -> None:
    guard, nlp = guard_and_nlp
    doc = nlp.make_doc("She denies numbness in the legs.")
    guard.modifiers(doc[:])
    assert list(doc.spans) == []
