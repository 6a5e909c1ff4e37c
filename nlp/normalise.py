"""Offset-exact text normalisation before the pipeline reads a note.

Word processors, speech recognisers and EMR exports write typographic characters where the rules (YAML
phrases and regexes) expect ASCII: a non-breaking hyphen in "time‑out" or "intra‑articular", a figure or
minus dash in "L4‒5", a no-break or thin space inside "10 mg", curly quotes in "can’t", a multiplication sign
in "PT ×12 weeks". Teaching every rule each variant would multiply the patterns; instead each such character
is replaced by its ASCII twin BEFORE tokenising. Every replacement is one character for one character, so
every offset the reader reports stays exact; `restore_evidence` then puts the note's own characters back
into the evidence text, so a caller highlighting `note[start:end]` sees what the note says.

Kept as they are on purpose: the en and em dash with a space beside them (a field separator "Consent — signed",
"Time-out – done"); between two letters or digits ("L4–5", "L5–S1", "C5—6", "2–3 weeks") either is a hyphen, as
every level and range rule reads it (an en dash there once lost the region of "T7–8 and 8-9" and the "repeat" of
"Repeat right L4–L5 TFESI"), the bullet "•" (the sentence splitter reads it), "½"/"°"/"µ" (no
one-character ASCII twin; the drug reader knows them or not on its own).
A note of plain ASCII (almost all) costs one `str.isascii` call.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from coding.facts import Evidence

# One character for one character (offsets stay exact). Keys are the typographic forms, values ASCII.
_TWINS: dict[str, str] = {
    # hyphens and minus signs that are not the en/em dash: hyphen, non-breaking hyphen, figure dash, minus,
    # small and full-width hyphen-minus
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
    # spaces: no-break, figure, narrow no-break, thin, hair, en/em/three/four/six-per-em, punctuation space
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u3000": " ",
    # quotes and primes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    # multiplication sign ("x 6 weeks", "80 C x 90 s"), full-width colon and slash, fraction slash
    "\u00d7": "x", "\uff1a": ":", "\uff0f": "/", "\u2044": "/",
}
# Line ends of Windows (CRLF) and old Mac (CR) files: the rules know the newline only. A carriage return before a
# newline becomes a space (the line's trailing space, which the readers step over); one alone is the line break.
_CR = re.compile(r"\r(?P<lf>\n)?")
# An en dash, em dash or horizontal bar written between two letters/digits is a hyphen ("L4–5", "L4—L5", "C5—6",
# "T12—L1"); with spaces around it, it separates a field from its value and stays.
_JOINING_DASH = "(?<=[A-Za-z0-9])[\u2013\u2014\u2015](?=[A-Za-z0-9])"
_TWIN_CHARS = re.compile("[" + "".join(_TWINS) + "]|" + _JOINING_DASH)


def normalise(text: str) -> str:
    """`text` with each typographic character of `_TWINS` replaced by its ASCII twin and each carriage return by a
    space (before a newline) or a newline (alone): the same length, so offsets stay exact."""
    if "\r" in text:
        text = _CR.sub(lambda m: " \n" if m.group("lf") else "\n", text)
    if text.isascii():
        return text
    return _TWIN_CHARS.sub(lambda m: _TWINS.get(m.group(), "-"), text)


def restore_evidence(obj: Any, original: str) -> None:
    """Set every `Evidence.text` found in `obj` (facts, nested models, lists) back to `original[start:end]`:
    the reader worked on the normalised text, the caller shows the note's own characters."""
    if isinstance(obj, Evidence):
        obj.text = original[obj.start : obj.end]
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            value = getattr(obj, name)
            if value is not None and not isinstance(value, (str, int, float, bool)):
                restore_evidence(value, original)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            restore_evidence(item, original)
    elif isinstance(obj, dict):
        for item in obj.values():
            restore_evidence(item, original)
