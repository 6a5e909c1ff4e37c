"""Painpoint's NLP layer: procedure-note text → `NoteFacts`.

`extract(text, source)` is the single entry point for facts; the spaCy pipeline behind it is built once
per process (`nlp.pipeline.get_pipeline()`). `read(text, ...)` is the same reading with the presence
verifier left for later: the caller (`api.pipeline.analyze_text`) asks it only about the elements the
documentation checker found missing with nothing read, then closes the reading. Nothing here logs note text.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Iterable

from coding.facts import DocumentedElement, NoteFacts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Reading", "extract", "read"]

PRESENCE_PIPE = "painpoint_presence"


class Reading:
    """One note read by the pipeline, its Doc kept open for an optional presence pass (`documented`).

    Why: the presence verifier's verdict is used only when a presence check fails having read nothing
    (a note in eight of the dev set), yet scoring every sentence of every note cost 3-4 ms a note. Close
    it (or use it as a context manager): closing frees the Doc at once, as `extract` always did."""

    def __init__(self, doc: "Doc", facts: NoteFacts, offsets: list[int] | None, text: str, read_text: str) -> None:
        self.doc: "Doc | None" = doc
        self.facts = facts
        self._offsets = offsets
        self._text = text
        self._read_text = read_text

    def documented(self, elements: Iterable[str] | None = None) -> list[DocumentedElement]:
        """The presence verifier's sentences for `elements` (None: every element the verifier has
        enabled), with evidence in the note's own offsets and characters like every other fact's;
        also on ``doc._.presence_elements``. Empty when the verifier is off, absent or the pipeline
        has no presence component. The facts are not changed: the caller decides what to keep."""
        if self.doc is None:
            raise RuntimeError("the reading is closed")
        from nlp.pipeline import get_pipeline
        from nlp.normalise import remap_evidence, restore_evidence

        nlp = get_pipeline()
        if PRESENCE_PIPE not in nlp.pipe_names:
            return []
        found = nlp.get_pipe(PRESENCE_PIPE).verify(self.doc, None if elements is None else frozenset(elements))
        if self._offsets is not None:
            remap_evidence(found, self._offsets)
        if self._read_text is not self._text:
            restore_evidence(found, self._text)
        return found

    def close(self) -> None:
        """Free the Doc. ConText's graph and modifiers (in `doc.user_data`) point back at it through
        their spans, so without this the Doc and everything on it would wait for the cyclic garbage
        collector; emptied, it is freed at once (measured: ~10% of the time per note)."""
        if self.doc is not None:
            self.doc.user_data.clear()
            self.doc = None

    def __enter__(self) -> "Reading":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read(text: str, source: str | None = None, date_of_service: dt.date | None = None) -> Reading:
    """Read one note with every pipeline component except the presence verifier: the facts hold no
    `documented_elements` until the caller asks (`Reading.documented`). Arguments as for `extract`."""
    from nlp.pipeline import get_pipeline  # first: it imports spaCy without torch (nlp.lean_imports)
    from nlp.build_necessity import DOS_KEY
    from nlp.normalise import compact_spaces, normalise, remap_evidence, restore_evidence

    nlp = get_pipeline()
    read_text = normalise(text)  # typographic hyphens/spaces/quotes to ASCII, one character for one (offsets exact)
    read_text, offsets = compact_spaces(read_text)  # 'sacro  iliac', 'prone , prepped': extra spaces out, offsets mapped back
    doc = nlp.make_doc(read_text)
    doc.user_data["painpoint_text"] = read_text  # spaCy keeps the text exactly; no need to rebuild it
    if date_of_service is not None:
        doc.user_data[DOS_KEY] = date_of_service
    doc._.source = source
    for name, proc in nlp.pipeline:
        if name != PRESENCE_PIPE:
            doc = proc(doc)
    facts = doc._.facts
    if offsets is not None:
        remap_evidence(facts, offsets)  # offsets into the note as written
    if read_text is not text:
        restore_evidence(facts, text)  # evidence shows the note's own characters
    return Reading(doc, facts, offsets, text, read_text)


def extract(text: str, source: str | None = None, date_of_service: dt.date | None = None) -> NoteFacts:
    """Read one note into facts. `source` is a file name or caller reference, never note text.
    `date_of_service` (the encounter's, when the caller knows it) dates relative onsets such as
    "since March" or "onset 3/2026"; without it the date written in the note is used.
    The presence verifier runs on every enabled element (`documented_elements` complete), so facts
    from here checked by `coding.engine.propose` give the findings `api.pipeline.analyze_text` gives."""
    with read(text, source, date_of_service) as reading:
        reading.facts.documented_elements = reading.documented()
        return reading.facts
