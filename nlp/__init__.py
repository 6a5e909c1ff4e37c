"""Painpoint's NLP layer: procedure-note text → `NoteFacts`.

`extract(text, source)` is the single entry point; the spaCy pipeline behind it is built once
per process (`nlp.pipeline.get_pipeline()`). Nothing here logs note text.
"""

from __future__ import annotations

from coding.facts import NoteFacts

__all__ = ["extract"]


def extract(text: str, source: str | None = None) -> NoteFacts:
    """Read one note into facts. `source` is a file name or caller reference, never note text."""
    from nlp.pipeline import get_pipeline

    nlp = get_pipeline()
    doc = nlp.make_doc(text)
    doc.user_data["painpoint_text"] = text  # spaCy keeps the text exactly; no need to rebuild it
    doc._.source = source
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc._.facts
