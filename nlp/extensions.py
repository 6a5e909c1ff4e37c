"""Doc/Span extensions Painpoint's components read and write, registered once.

Components publish results on the Doc (`doc._.measures`, `doc._.facts`) instead of returning
them, the spaCy way, so a caller can inspect any stage of the pipeline.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    if not Span.has_extension("meta"):
        Span.set_extension("meta", getter=lambda span: span._.target_rule.metadata or {})
    if not Doc.has_extension("measures"):
        Doc.set_extension("measures", default=None)
    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", default=None)
    if not Doc.has_extension("source"):
        Doc.set_extension("source", default=None)


def text_of(doc: Doc) -> str:
    """`doc.text`, computed once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get("painpoint_text")
    if text is None:
        text = doc.user_data["painpoint_text"] = doc.text
    return text
