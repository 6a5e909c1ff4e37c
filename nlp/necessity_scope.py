"""How far a necessity cue reaches inside its sentence (round 13, PP13a).

Why: the sentence readers of `nlp.build_necessity` (`_sentence_facts`: functional impairment, radicular findings,
imaging findings) took a cue as documentation wherever it stood, so near misses a new writer wrote read as the
element: a relative's history ("Father had sciatica"), the later items of a denied list ("Denies radiating pain,
numbness or tingling"), a sign said to be negative after it ("SLR negative bilaterally"), a scale never filled in
("ODI to be completed at f/u"), a normal study ("MRI: no disc herniation, no stenosis"). Each test here looks only at
the sentence the cue stands in (no whole-note pass); the wordings are data in `nlp/resources/necessity_scope.yaml`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from nlp.fast_regex import GatedPattern, compile_rule, gated_rule
from nlp.measures import number, weeks
from nlp.number_words import alternation
from nlp.rules import lexicon

_FILE = "necessity_scope.yaml"


@lru_cache(maxsize=None)
def _rx(name: str) -> "re.Pattern[str]":
    """One pattern of the scope file, compiled once (guarded by `compile_rule`)."""
    return compile_rule(str(lexicon(name, _FILE)), re.IGNORECASE)


def relative_subject(text: str, s: int, start: int) -> bool:
    """Whether the sentence at `s` opens on a relative as its subject, or a later clause before the cue at `start` does
    (`relative_clause_subject`, round 18), and the patient is not named again before the cue ("Her sister is having
    sciatica ..."; but "His wife says he limps" is the patient's)."""
    m = _rx("relative_subject").match(text, s, start)
    if m is None:  # a relative as a later clause's subject ("He drives a truck, and his wife has trouble sitting")
        for m in _rx("relative_clause_subject").finditer(text, max(s, start - 100), start):
            pass
        if m is None:
            return False
    return _rx("patient_subject").search(text, m.end(), start) is None


def list_continues(text: str, prev_end: int, start: int) -> bool:
    """Whether text[prev_end:start] only joins two items of one list (commas, a conjunction, at most three words), so a
    negation of the earlier item reaches the later one; a cue inside the denied one ("shooting pain" of "shooting pain
    down either leg") is denied with it."""
    return start < prev_end or _rx("list_gap").fullmatch(text, prev_end, start) is not None


def denied_list_before(text: str, s: int, start: int) -> bool:
    """Whether the cue at `start` is an item of a templated negative list opened earlier in its sentence ("ROS:
    negative for fever, weight loss, bowel or bladder changes, saddle anesthesia, leg weakness"): the opener
    (`denial_list_opener`) is followed by nothing but list items (`denial_list_items`) up to the cue. A review of
    systems copied into every note would otherwise document radicular signs or functional limits it denies. Looks back
    at most 300 characters of the sentence; no whole-note pass."""
    lo = max(s, start - 300)
    for m in _rx("denial_list_opener").finditer(text, lo, start):
        if _rx("denial_list_items").fullmatch(text, m.end(), start) is not None:
            return True
    return False


def negated_after(text: str, end: int, sentence_end: int) -> bool:
    """Whether the words right after a cue deny it or say it was not done ("SLR negative bilaterally", "symptoms: none
    reported", "ODI to be completed"), and the rest of the sentence affirms nothing ("..., positive on the left")."""
    m = _rx("negated_after").match(text, end, sentence_end)
    if m is None:
        return False
    return _rx("affirmed_after").search(text, m.end(), sentence_end) is None


def imaging_negated_before(text: str, s: int, start: int) -> bool:
    """Whether an imaging finding at `start` is named only to be denied ("no disc herniation", "negative for
    fracture"); "MRI without contrast shows a protrusion" is not (the negation must stand right before the finding)."""
    return _rx("imaging_negated_before").search(text, max(s, start - 60), start) is not None


def imaging_other_part(text: str, s: int, start: int) -> bool:
    """Whether the clause of the imaging finding at `start` (from the sentence start `s` or its last ';') reports a
    study of a limb joint and names no part of the spine ("MRI of the left knee showed a meniscal tear")."""
    lo = max(s, text.rfind(";", s, start) + 1)
    return _rx("imaging_other_part").search(text, lo, start) is not None and _rx("imaging_spine").search(text, lo, start) is None


def instruction_clause(text: str, s: int, start: int) -> bool:
    """Whether the cue at `start` is a warning sign of discharge instructions (round 19, teach19): its clause (from the
    sentence start `s`, or its last ';' or ':') opens on an instruction to call, report, seek care or return, or the
    ';' clause frames what follows as warning signs or as what the patient was told to report ("Report fever, new
    weakness, or trouble passing urine"). Only the words before the cue are read."""
    semi = max(s, text.rfind(";", s, start) + 1)
    lo = max(semi, text.rfind(":", s, start) + 1)
    return _rx("instruction_opening").match(text, lo, start) is not None \
        or _rx("instruction_frame").search(text, semi, start) is not None


def functional_intact(text: str, s: int, e: int, start: int) -> bool:
    """Whether the functional cue at `start` is named as intact ("performs all ADLs independently")."""
    return any(m.start() <= start < m.end() for m in _rx("functional_intact").finditer(text, s, e))


def is_age(text: str, start: int, end: int) -> bool:
    """Whether the duration span text[start:end] is a person's age ("Woman of 77 years", "58 years old"), not how
    long the symptoms lasted (round 15, nec1)."""
    own_of = text[start : start + 3].lower() == "of "
    return (own_of and _rx("age_before").search(text, max(0, start - 25), start) is not None) \
        or _rx("age_after").match(text, end) is not None


def age_onsets(text: str) -> "list[re.Match[str]]":
    """Onsets told as the patient's age ("began at age 52", "since the age of 40"; round 17, dur17)."""
    return list(_rx("age_onset").finditer(text))


def years_since_onset_age(text: str, onset: "re.Match[str]") -> float | None:
    """The whole years the symptoms have lasted at the least when their onset is the age in `onset` ("Leg pain began
    at age 52" in a 54-year-old: 1 year; the ranges convention keeps the lower bound); None without the patient's age
    (the note's first age pattern outside the onset's span) or with under a year between the two ages."""
    for m in _rx("patient_age").finditer(text):
        if onset.start() <= m.start() < onset.end():
            continue
        years = int(next(v for v in m.groupdict().values() if v)) - int(onset.group("n")) - 1
        return float(years) if years >= 1 else None
    return None


def pronoun_symptom_after(text: str, end: int, sentence_end: int) -> bool:
    """Whether a pronoun standing for the pain follows the duration ending at `end` ("..., it has steadily worsened",
    "..., she has lived with this"): the sentence before named the symptom (round 15, nec1)."""
    return _rx("pronoun_symptom_after").match(text, end, sentence_end) is not None


def pronoun_onset_before(text: str, s: int, start: int) -> bool:
    """Whether the onset before the duration at `start` names the pain by a pronoun ("She first noticed it 6 months
    ago", "It first showed up around five months back"): the sentence before named the symptom (round 15, nec1b)."""
    return _rx("pronoun_onset_before").search(text, max(s, start - 110), start) is not None


def flare_after(text: str, end: int, sentence_end: int) -> bool:
    """Whether a flare follows the fronted duration ending at `end` ("Over the last month his pain has crept up"): the
    span of the worsening, which gives way to an older onset or a longer history written elsewhere (round 16, dur)."""
    return _rx("flare_after").match(text, end, sentence_end) is not None


# Where the date forms of the lexicon's `since_date` begin, after its lead words ("since", "onset", "began in").
_SINCE_DATE_PART = r")\s*(?:(?P<part>early|late|mid)[\s-]+)?(?:the\s+)?(?:(?P<last>"


@lru_cache(maxsize=1)
def until_onset() -> GatedPattern:
    """`until_onset` then a date: the date forms of `since_date` (same group names, so `_onset` reads them) or 'this/
    last year' (group `ryear`), "She was well until early this year" (round 16, dur). One scan, skipped for a note
    without the word 'until'."""
    since = str(lexicon("since_date"))
    date = since[since.index(_SINCE_DATE_PART) + 1 :]
    pattern = (str(lexicon("until_onset", _FILE)) + "(?:" + date
               + r"|(?:(?:early|late|mid)[\s-]+)?(?P<ryear>this|last)\s+year\b)")
    return gated_rule(pattern, re.IGNORECASE, min_len=2, lookarounds=True)


def radicular_elsewhere(words: list[tuple[str, int, int]], sentence: str) -> bool:
    """Whether a sentence's radicular cue words (text, start, end) are only words other pictures share (shooting pain,
    allodynia, paresthesia, 'radiating to') and the sentence tells that other picture: CRPS signs, the scalp of
    occipital neuralgia, a stimulator's test, the arm denied (round 15, nec1b). A word inside that other picture's own
    words ('not into the arm') is its denial, no radicular word (round 19, intl19)."""
    spans = [(m.start(), m.end()) for m in _rx("radicular_elsewhere").finditer(sentence)]
    denied = [(m.start(), m.end()) for m in _rx("radicular_limb_denied").finditer(sentence)]
    if denied and not any(all(not (a <= m.start() < b) for a, b in denied) for m in _rx("radicular_limb").finditer(sentence)):
        spans += denied  # the only limbs named are denied ones
    if not words or not spans:
        return False
    shared = _rx("radicular_shared")
    return all(shared.fullmatch(w) or any(a <= s and e <= b for a, b in spans) for w, s, e in words)


def radicular_as_risk(starts: list[int], sentence: str) -> bool:
    """Whether every radicular cue word of a sentence (its starts) comes after a consent or risk cue: a risk named at
    consent ('Consent signed after discussing numbness over the buttock'), not a symptom (round 19, intl19)."""
    m = _rx("radicular_risk").search(sentence)
    return m is not None and bool(starts) and all(s > m.start() for s in starts)


def since_then_after(text: str, end: int, sentence_end: int) -> int | None:
    """Where "and has since experienced" (or "ever since she has had") ends after an onset dated back to `end`, so the
    symptom named next is the duration's ("fell seven weeks ago and has since experienced mid-back pain"); else None."""
    m = _rx("since_then_after").match(text, end, sentence_end)
    return None if m is None else m.end()


def more(name: str) -> list[str]:
    """The scope file's further wordings of the lexicon list cue `name` (none for most)."""
    return [str(p) for p in (lexicon("more", _FILE).get(name) or [])]


def uncertain_before(text: str, s: int, start: int) -> bool:
    """Whether the cue at `start` is a diagnosis still to be excluded ("rule out radiculopathy", "r/o L5 radic")."""
    return _rx("uncertain_before").search(text, max(s, start - 40), start) is not None


@lru_cache(maxsize=1)
def _lasting() -> "re.Pattern[str]":
    """`relief_lasting` with its number words filled in (one to twenty-four, spelled once in `nlp.number_words`)."""
    return compile_rule(str(lexicon("relief_lasting", _FILE)).replace("{n}", alternation(range(1, 20))), re.IGNORECASE)


def relief_lasting_days(text: str, s: int, e: int) -> float | None:
    """Days a prior result lasted when the sentence tells it with words around the span ("the benefit lasted a good
    four months", "90 percent, during 4 months", "for a good half a year", "4+ months"): the first such span in
    text[s:e], or None."""
    m = _lasting().search(text, s, e)
    if m is None:
        return None
    if m.group("half"):
        return 182.0  # "for a good half a year": 26 weeks
    if m.group("n6"):  # "for 3 1/2 months"
        return round(weeks(float(m.group("n6")) + 0.5, m.group("u6")) * 7, 4)
    # a range counts its lower bound ("between 4 and 6"), "4+ months" its number
    n = number(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5"))
    unit = m.group("u") or m.group("u2") or m.group("u3") or m.group("u4") or m.group("u5")
    return None if n is None else round(weeks(n, unit) * 7, 4)


def shared_block_before(text: str, s: int, start: int) -> bool:
    """Whether the percent at `start` is one result said of each of two blocks before it, with levels or dates between
    ("Both confirmatory MBBs at R L4-5 and L5-S1 resulted in >80%")."""
    return _rx("shared_block_before").search(text, max(s, start - 120), start) is not None


def two_blocks(sentence: str) -> bool:
    """Whether the sentence names two blocks without a count ("comparative blocks", "lidocaine, then bupivacaine")."""
    return _rx("two_blocks").search(sentence) is not None
