"""The clinical tokenizer and the fast sentence splitter: exact tokens and sentence texts."""

from __future__ import annotations

import pytest

from nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(("painpoint_sentences",))


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Right L4-5 and L5-S1 TFESI", ["Right", "L4-5", "and", "L5-S1", "TFESI"]),
        ("L4/L5 L4-L5 L45 L5S1 C7-T1 T12-L1", ["L4/L5", "L4-L5", "L45", "L5S1", "C7-T1", "T12-L1"]),
        ("(L3,L4)medial", ["(", "L3", ",", "L4", ")", "medial"]),
        ("40mg of 40 mg/mL Kenalog", ["40", "mg", "of", "40", "mg/mL", "Kenalog"]),
        ("0.25% bupivacaine 1 cc 2cc 3mL", ["0.25", "%", "bupivacaine", "1", "cc", "2", "cc", "3", "mL"]),
        ("1/8th cc", ["1/8", "th", "cc"]),
        ("x2 \u00d73", ["x", "2", "\u00d7", "3"]),
        ("at 10:42, VAS 7/10", ["at", "10:42", ",", "VAS", "7/10"]),
        ("Dr. Smith", ["Dr.", "Smith"]),
    ],
)
def test_tokens(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_sentences_split_on_lines_and_full_stops_not_on_abbreviations(nlp) -> None:
    doc = nlp("PROCEDURE: Right L5 TFESI\nSeen by Dr. Smith today, approx. two hours. Pain 7/10. the needle\n"
              "was advanced with\n2 mL of saline.\n- Complications: none")
    assert [s.text.strip() for s in doc.sents] == [
        "PROCEDURE: Right L5 TFESI",
        "Seen by Dr. Smith today, approx. two hours.",
        "Pain 7/10.",
        "the needle\nwas advanced with\n2 mL of saline.",
        "- Complications: none",
    ]


def test_one_sentence_note_has_sentence_boundaries(nlp) -> None:
    doc = nlp("No complications")
    assert [s.text for s in doc.sents] == ["No complications"]
