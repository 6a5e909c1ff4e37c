"""The engine's faster stand-ins for medspaCy internals give medspaCy's results exactly: pruning
of overlapping matches, ConText modifier scopes, and sentence starts written in one pass."""

from __future__ import annotations

import random

from medspacy.common.util import prune_overlapping_matches
from medspacy.context import ConTextRule
from medspacy.context.context_modifier import ConTextModifier
from spacy.attrs import SENT_START

from nlp.components import _sentence_scope, prune_longest
from nlp.pipeline import build_pipeline
from nlp.sentences import SENT_TOKEN_STARTS

NOTE = ("PROCEDURE: Right L4-5 TFESI.\nHISTORY: No prior injections. Pain for 6 months, denies weakness.\n"
        "Will consider RFA if relief is not lasting. Patient has no fever\nand no numbness.")


def test_prune_longest_equals_medspacy_on_random_matches() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        matches = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 30)
            matches.append((rng.randint(1, 4), start, start + rng.randint(1, 6)))
        assert prune_longest(list(matches)) == prune_overlapping_matches(list(matches))


def test_prune_longest_keeps_the_first_of_two_equally_long_overlaps() -> None:
    assert prune_longest([(2, 3, 5), (1, 4, 6), (3, 10, 11)]) == [(2, 3, 5), (3, 10, 11)]


def test_sentence_scope_equals_medspacy_scope() -> None:
    doc = build_pipeline(("painpoint_sentences",))(NOTE)
    starts = doc.user_data[SENT_TOKEN_STARTS]
    assert len(starts) == 5
    checked = 0
    for direction in ("FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE"):
        for max_scope in (None, 1, 3, 50):
            rule = ConTextRule("no", "NEGATED_EXISTENCE", direction=direction, max_scope=max_scope)
            for start in range(len(doc) - 1):
                expected = ConTextModifier(rule, start, start + 2, doc)
                got = _sentence_scope(rule, start, start + 2, starts, len(doc))
                assert got == (expected._scope_start, expected._scope_end), (direction, max_scope, start)
                checked += 1
    assert checked == 16 * (len(doc) - 1)


def test_sentence_starts_are_token_flags_as_the_setter_writes_them() -> None:
    splitter = build_pipeline(("painpoint_sentences",))
    doc = splitter(NOTE)
    flags = doc.to_array(SENT_START).tolist()
    assert [i for i, f in enumerate(flags) if f == 1] == doc.user_data[SENT_TOKEN_STARTS]
    assert [s.start for s in doc.sents] == doc.user_data[SENT_TOKEN_STARTS]
    one = splitter("one sentence only")
    assert [t.is_sent_start for t in one] == [True, None, False]  # the last token records "decided"


def test_trusted_evidence_is_what_model_construct_builds() -> None:
    from coding.facts import Evidence
    from nlp.context import trusted_evidence

    fast, slow = trusted_evidence(3, 9, "L4-5 x", "procedure"), Evidence.model_construct(
        start=3, end=9, text="L4-5 x", section="procedure")
    assert fast == slow
    assert fast.model_fields_set == slow.model_fields_set == {"start", "end", "text", "section"}
    assert fast.model_dump_json() == slow.model_dump_json() == \
        '{"start":3,"end":9,"text":"L4-5 x","section":"procedure"}'
    fast.section = None  # assignment still works (fields-set is the instance's own)
    assert trusted_evidence(0, 1, "x", None).model_fields_set is not fast.model_fields_set


def test_tokenizer_without_whitespace_special_cases_gives_the_same_tokens() -> None:
    """nlp.tokenizer drops spaCy's "\\n", "\\t" and " " special cases (they disabled its cache);
    every token and attribute is as with the full exception list."""
    import spacy
    from spacy.lang.en import English

    from nlp.tokenizer import build_tokenizer

    ours = build_tokenizer(spacy.blank("en"))
    full = build_tokenizer(spacy.blank("en"))
    full.rules = dict(English.Defaults.tokenizer_exceptions)  # as spaCy ships them
    assert "\n" not in ours.rules and "\n" in full.rules and "\xa0" in ours.rules
    rng = random.Random(11)
    pieces = ["\n", "\t", " ", "  ", "\xa0", "\r\n", "\n\n", "\u2003", "\\n", "L4-5", "40mg", "can't", ":)", "(",
              "Dr.", "x2", "10:42", "\u2014", "e.g.", "word", ",", ".", "mg/mL", "'s", "\u00d7", "*", "a.m."]
    texts = [NOTE] + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(1500)]

    def tokens(doc):  # noqa: ANN001, ANN202
        return [(t.text, t.whitespace_, t.norm_, t.lower_, t.shape_, t.is_space, t.like_num, t.idx) for t in doc]

    for text in texts:
        assert tokens(ours(text)) == tokens(full(text)), repr(text)
