"""The vocabulary of long texts (`nlp.fast_regex._Vocabulary`): word answers read from a note's runs are the scans."""

from __future__ import annotations

from nlp.fast_regex import _INDEX_FROM, _known, _Vocabulary, _Words, holds_required


def _long(text: str) -> str:
    """`text` repeated past the length from which a text's runs are indexed."""
    return text * (1 + _INDEX_FROM // len(text))


WORDS = ["inject", "injection", "l5", "s1", "bupivacaine", "vacai", "0.25", "25", "knee", "block", "ml", "mg", "x",
         "ll", "dure", "procedures", "l5-s1", "steroid injection", "fluoroscopy", "tolerated"]


def test_a_run_holds_the_vocabulary_words_inside_it() -> None:
    vocab = _Vocabulary(frozenset({"inject", "injection", "ject", "tion", "x", "knee", "l5"}))
    assert sorted(vocab.inside("injections")) == ["inject", "injection", "ject", "tion"]
    assert vocab.inside("l5") == ("l5",)
    assert vocab.inside("s1") == ()
    assert vocab.inside("xx") == ("x",)


def test_vocabulary_answers_of_a_long_text_are_the_scans() -> None:
    """Words asked about one long text join the vocabulary of the next; there every vocabulary word is answered from the
    start (present or absent), and each answer, from the vocabulary or a scan, is `w in low`."""
    first = _long("right l5-s1 transforaminal epidural steroid injection; fluoroscopy guided, 2 ml of 0.25% bupivacaine. ")
    second = _long("left knee genicular block under ultrasound, 5 ml 1% lidocaine; the patient tolerated the procedure. ")
    for w in WORDS:
        assert holds_required(first, ((w,),)) is (w in first)
    known = _known(second)
    runs_words = [w for w in WORDS if w.isalnum()]  # words of letters and digits only: the vocabulary's
    assert set(runs_words) <= known.present | known.absent  # answered before any is asked
    assert known.present >= {w for w in runs_words if w in second}
    assert not known.absent & {w for w in WORDS if w in second}
    for w in WORDS:
        assert holds_required(second, ((w,),)) is (w in second)
    assert holds_required(second, (("block", "inject"), ("knee",), ("ml", "mg"))) is True
    assert holds_required(second, (("knee",), ("bupivacaine",))) is False


def test_a_text_without_the_vocabulary_keeps_only_the_words_asked() -> None:
    """`_Words` made without a vocabulary (as a caller outside `_known` makes it) answers only what it is asked."""
    low = _long("left knee genicular block under ultrasound. ")
    known = _Words(low)
    assert known.present == set() and known.absent == set()
    assert [known.scan(w) for w in ("knee", "hip", "genic")] == [True, False, True]


def test_note_scan_patterns_find_what_the_measure_patterns_find() -> None:
    """The measures component's patterns are gated also by two-letter and lookaround words, with the same matches."""
    from nlp.fast_regex import GatedPattern
    from nlp.rules import compiled_patterns, note_scan_patterns

    scans, plain = note_scan_patterns(), compiled_patterns()
    assert isinstance(scans["duration_slash"], GatedPattern) and scans["duration_slash"].words == (("12", "52"),)
    assert not isinstance(plain["duration_slash"], GatedPattern)  # no word of three letters every match holds
    assert scans["duration_history"].words[-1] == ("history", "hx", "duration")
    texts = ["Low back pain, 6 month hx. Pain for 6/12, 8/52 ago. VAS 45 mm; 3 yr history.",
             "Low back pain for six months, VAS 4/10, 12 mm needle."]
    for text in texts:
        for name in ("duration_history", "duration_slash", "pain_score_mm", "duration"):
            assert [(m.span(), m.groups()) for m in scans[name].finditer(text)] == [
                (m.span(), m.groups()) for m in plain[name].finditer(text)]
    assert [m.group(0) for m in scans["duration_slash"].finditer(texts[0])] == ["for 6/12", "8/52 ago"]
    assert list(scans["duration_history"].finditer(texts[1])) == []


def test_cased_literals_are_the_words_every_match_holds_as_written() -> None:
    """`cased_literals` reads only the case-sensitive parts of a pattern: the capitals of `(?-i:...)`, the words of a
    positive lookaround there, one of each alternation; nothing from a part read ignoring case."""
    import re

    from nlp.fast_regex import cased_literals

    assert cased_literals(r"(?-i:\bIC\b)(?=\s*signed)", re.I) == (("IC",),)
    assert cased_literals(r"(?-i:(?<![\w-])TO\b)(?=\s*done)", re.I) == (("TO",),)
    assert cased_literals(r"(?-i:\b(?:AP|PA|[Ll]ateral))\s+views?", re.I) == (("AP", "PA", "ateral"),)
    assert cased_literals(r"(?-i:A(?i:b)CD)", re.I) == (("CD",),)  # the caseless b parts the run
    assert cased_literals(r"\bIM\b|(?-i:IL)", re.I) == ()  # one alternative is read ignoring case
    assert cased_literals(r"ABC(?=XY)", 0) == (("ABC",), ("XY",))
    assert cased_literals(r"(?i:ab)CD", 0) == (("CD",),)
    rx = re.compile(r"(?-i:\bIC\b)(?=\s*signed)", re.I)
    for text in ("IC signed", "ic signed", "Ic signed", "consent: IC  signed"):
        assert bool(rx.search(text)) <= ("IC" in text)  # the words are a necessary condition


def test_phrase_target_spans_carry_their_rule() -> None:
    """Phrase targets store their rule as spaCy's `span._.target_rule` does: read back through the extension."""
    from nlp.components import TARGET_GROUP, _plain_extension
    from nlp.pipeline import get_pipeline

    nlp = get_pipeline()
    assert _plain_extension("target_rule") is True
    doc = nlp.make_doc("Right L5-S1 transforaminal epidural steroid injection under fluoroscopy with 2 mL lidocaine.")
    doc = nlp.get_pipe("painpoint_targets")(doc)
    spans = list(doc.spans[TARGET_GROUP])
    assert spans and all(s._.target_rule is not None and s._.target_rule.category == s.label_ for s in spans)
    assert {s.label_ for s in spans} >= {"PROC", "DRUG"}


def test_any_required_over_long_texts_answers_as_its_requirements_one_by_one() -> None:
    """`AnyRequired.holds` of a long text read against a vocabulary holding its words (its requirements filed under
    the words of their shortest entry, words outside runs scanned first) is `any(holds_required(low, r) ...)`, on the
    first text (words not yet in the vocabulary) and on the texts after it (read from the vocabulary)."""
    from nlp.fast_regex import AnyRequired

    reqs = [(("sacroiliac", "si joint"),), (("fluoro", "x-ray"), ("knee", "hip"), ("inject", "block")),
            (("rfa",), ("genicular",)), (("follow up",), ("weeks", "days"))]
    texts = [_long(t) for t in (
        "the patient returns for follow up in 2 weeks. ",   # a non-run word ("follow up") with a run word
        "left knee genicular block under x-ray guidance. ",  # three entries, one word outside runs ("x-ray")
        "genicular nerves were located; no rfa today. ",     # the two words of one requirement
        "right hip, fluoroscopy confirmed; rfa deferred. ",  # two of three entries only
        "sacroiliac joint injection on the left. ",          # a pooled one-entry word
        "nothing relevant in this sentence at all. ")]
    for _ in range(3):  # the first reading teaches the vocabulary its words; the later ones read them from it
        any_required = AnyRequired(reqs)
        for low in texts:
            assert any_required.holds(low) is any(holds_required(low, r) for r in reqs)
    assert [AnyRequired(reqs).holds(t) for t in texts] == [True, True, True, False, True, False]
