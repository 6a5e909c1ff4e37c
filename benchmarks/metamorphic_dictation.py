"""Dictation transforms for the metamorphic probe (`benchmarks/metamorphic.py`, NEC n12b, round 12): the same note
as a transcription service or a speech recogniser would hand it back.

Each transform is a pure `str -> str` function and keeps every fact the gold records; a rewrite that changes one
is a bug of the transform, not of the reader. They probe how the necessity and documentation readers take the
conventions of dictated notes (dev_fresh_be): a document title over the note, sentences spliced with commas, the
spoken punctuation a transcriptionist leaves in.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the harness loads this file by path; its sibling by name
from metamorphic_words import _on_prose  # type: ignore[import-not-found]  # noqa: E402

# A sentence end inside prose before a capitalised ordinary word ('... 9 months. She did PT ...'): not before a level,
# an all-caps word or a number, which a comma splice would blur ('... injected. L5-S1 was ...').
_SENTENCE_JOIN = re.compile(r"(?<=[a-z0-9)])\.[ \t]+(?=[A-Z][a-z]+\b)")
_TITLE = re.compile(r"^\s*(?:procedure|operative)\s+(?:note|report)\b", re.IGNORECASE)


def doc_title(text: str) -> str:
    """'PROCEDURE NOTE' on a line of its own above the note, as a transcription service heads its reports. Meaning
    kept: the line names the document, no fact. A note that already opens with such a title is left alone."""
    if _TITLE.match(text):
        return text
    return "PROCEDURE NOTE\n" + text


def _run_on(body: str, stop: str) -> str:
    """`body` with each sentence end before a capitalised ordinary word replaced by `stop`, that word lower-cased."""
    out, pos = [], 0
    for m in _SENTENCE_JOIN.finditer(body):
        out.append(body[pos:m.start()] + stop + body[m.end():m.end() + 1].lower())
        pos = m.end() + 1
    out.append(body[pos:])
    return "".join(out)


def comma_splice(text: str) -> str:
    """Sentences of a prose line run on with commas ('... for 9 months, she did PT ...'), as dictation is
    transcribed. Meaning kept: only the punctuation between two sentences changes; field labels and header lines
    stay, and no sentence that starts with a level, a number or capitals is joined."""
    return _on_prose(text, lambda body: _run_on(body, ", "))


def spoken_punctuation(text: str) -> str:
    """The sentence ends of prose lines dictated as words left in by the recogniser ('... did not help period she
    cannot stand ...'). Meaning kept: the spoken command stands where the stop was."""
    return _on_prose(text, lambda body: _run_on(body, " period "))


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "doc_title": doc_title,
    "comma_splice": comma_splice,
    "spoken_punctuation": spoken_punctuation,
}
