"""Any text gives facts, never an exception: fuzzed notes and odd shapes real notes take."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coding.facts import NoteFacts
from nlp import extract

_WORDS = st.sampled_from([
    "L4-5", "L5-S1", "C7-T1", "left", "right", "bilateral", "TFESI", "RFA", "medial branch", "Kenalog 40 mg",
    "2 mL", "0.25%", "bupivacaine", "at each level", "7/10", "80%", "relief", "no", "will consider", "Procedure:",
    "\n", "\n\n", "Complications:", "***", "____", "{{SIDE}}", "(", ")", ";", ".", "x2", "10:42", "solution",
    "Laterality:", "Levels:", "sedation", "midazolam 2 mg", "contrast", "fluoroscopy", "M54.16", "for 6 months",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=60).map(" ".join))
def test_any_mix_of_clinical_fragments_gives_valid_facts(text: str) -> None:
    facts = extract(text)
    assert isinstance(facts, NoteFacts)
    for p in facts.procedures:
        for ev in p.evidence:
            assert text[ev.start : ev.end] == ev.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_gives_valid_facts(text: str) -> None:
    assert isinstance(extract(text), NoteFacts)


def test_truncated_note_keeps_what_it_has() -> None:
    text = "PROCEDURE: Right L4-5 TFESI under fluoroscopy\nTECHNIQUE: The needle was advanced to the right L4-5 fora"
    (proc,) = extract(text).procedures
    assert (proc.family, proc.laterality, [lv.name for lv in proc.levels]) == (
        "transforaminal_epidural", "right", ["L4-L5"])


def test_odd_spacing_and_bullets() -> None:
    text = "   PROCEDURE :   Left   L5-S1   interlaminar   ESI\n\n  *  Complications:   none\n\t- Consent obtained."
    facts = extract(text)
    assert [(p.family, p.approach, p.laterality) for p in facts.procedures] == [
        ("interlaminar_epidural", "interlaminar", "left")]
    assert facts.complications.value == "none"
    assert facts.consent.value is True
