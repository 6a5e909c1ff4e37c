"""`_SplitCue` keeps its answers for one note: asked again about the same span it gives the same matches, a list
the caller may change without touching the next answer, and a new note is searched afresh."""

from __future__ import annotations

from nlp.build_necessity import _SplitCue


def test_answers_are_kept_per_note_and_never_shared() -> None:
    cue = _SplitCue([r"\bfailed\b", r"\bdid\s+not\s+help\b", r"\bhelped\b"])
    note = "PT failed. Gabapentin did not help; ice helped a little."
    first = cue.finditer(note, 0, len(note))
    assert [m.group(0) for m in first] == ["failed", "did not help", "helped"]
    first.clear()  # the caller's list is its own
    assert [m.span() for m in cue.finditer(note, 0, len(note))] == [(3, 9), (22, 34), (40, 46)]
    assert cue.search(note, 10, len(note)).group(0) == "did not help"
    assert cue.search(note, 10, len(note)).group(0) == "did not help"
    assert cue.search(note, 35, 39) is None
    other = "Injections helped; NSAIDs failed."  # another note: searched afresh, not answered from the last
    assert [m.group(0) for m in cue.finditer(other, 0, len(other))] == ["helped", "failed"]
    assert cue.search(other, 10, len(other)).group(0) == "helped"
