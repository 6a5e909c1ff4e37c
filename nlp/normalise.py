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
# A hard wrap inside a sentence (a fixed-width export, a pasted e-mail, a re-wrapped dictation): the line stops on a
# word, digit, comma, bracket or '%' (no stop, colon or semicolon) and the next line goes on in lower case or with a
# number ('Pre-procedure pain' + newline + '8/10.', '... along the anterolateral' + newline + 'thigh'). Its newline
# becomes a space, one character for one, so every line-scoped cue ('pain 8/10', 'MRI ... shows', 'radiating to the
# leg') reads the sentence as one line. Not joined: a short line (under `_WRAP_MIN_LINE`: a field or a list of
# terse lower-case lines, 'Sedation: none' + newline + 'consent signed'), a next line that opens a field
# ('sedation: none') or a terse score ('post 1/10, no cx'), a list bullet ('1. ', '2) ', 'b. ') or a clock/date entry ('1420 ...', '14:20', '3/12/2026'),
# a number after a capitalised word (a drug's strength, 'Depo-Medrol' + newline + '80 mg/mL', stays as written).
# A note with fewer stops than half its lines does not punctuate (dictated lower case, 'pain 6 out of 10' + newline +
# 'informed consent was signed'): its line ends may end sentences, so nothing is joined there.
# The scan starts only at a newline (a literal start), so a note without line breaks costs one search.
_SOFT_WRAP = re.compile(r"\n(?:[ \t]*\n)?(?=[ \t]*[A-Za-z0-9])")
# ... also across one blank line when the next line goes on in lower case ('The team paused to verify' + blank line +
# 'identity, procedure ...': a re-flowed export's stray paragraph break inside a sentence; round 12, N12).
_BLANK_WRAP_NEXT = re.compile(r"[ \t]*[a-z]")
# Before a capital the line must stop on a word that cannot end a sentence (a connector, preposition, article,
# auxiliary or a verb that wants its object: 'failed' + newline + 'PT/NSAIDs', 'made at 80 degrees' + newline +
# 'Celsius', 'placed into the' + newline + 'Right ...'; written in lower case, so an ALL CAPS note keeps its lines),
# and the next line must not open a field ('Plan: ...'). A line closed by a semicolon goes on ('no benefit;' + newline +
# 'NSAIDs stopped ...'), and so does an ALL CAPS title of a wrap's width (`_title_wraps`).
_WRAP_OPEN_WORD = re.compile(r"(?:^|[ \t(])(?:and|or|of|with|the|a|an|to|in|on|at|for|by|from|into|onto|via|under|over|"
                             r"than|was|were|is|are|has|have|had|failed|tried|including|despite|after|showing|shows|"
                             r"showed|reveals|revealed|demonstrates|demonstrated|degrees|both|his|her|their)[ \t]*$")
# ... or, below the title line, on an adjective before a procedure's capitalised name ('Positive diagnostic' + newline +
# 'SIJ injection previously, 75% reduction'; round 12, N12); a title ending on one ('... SI joint block, diagnostic')
# is a line of its own.
_WRAP_ADJECTIVE = re.compile(r"(?:^|[ \t(])(?:diagnostic|therapeutic|confirmatory|prior|previous|repeat|bilateral)[ \t]*$")
_WRAP_FIELD_NEXT = re.compile(r"[ \t]*[A-Za-z][A-Za-z /()-]{0,30}:(?![0-9])")
_WRAP_LINE_END = re.compile(r"[A-Za-z0-9,;)%][ \t]*$")
_WRAP_NOT_AFTER = re.compile(r"[ \t]*(?:[a-z][A-Za-z /()-]{0,30}:(?![0-9])|(?:[0-9]{1,2}|[a-z])[.)][ \t]|[0-9]{1,2}:[0-9]{2}|"
                             r"[0-9]{3,4}\b|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2}|[a-z]{2,12}[ \t]+[0-9]{1,2}/10\b)")
_WRAP_MIN_LINE = 30
# The procedure field's own first line ('PROCEDURE: Right superolateral, superomedial and inferomedial genicular nerve'
# + newline + 'blocks ...'): the title reader has its own wrap rules there (and reads the long one-line form worse), so
# it keeps its line break. The long one-line genicular form is read since round 11 (targets.yaml); whether this
# exception can go is still to be measured with the hard_wrap transform.
_PROCEDURE_LABEL = re.compile(r"[ \t]*(?i:procedures?)(?:[ \t]+[A-Za-z]+)?[ \t]*:")
# A line closing on a dose ('dexamethasone (DECADRON) injection 10 mg' + newline + 'bupivacaine ...'): one item of a
# medication list; the next line is the next item.
_DOSE_CLOSES = re.compile(r"\d[ \t]*(?:mg|mcg|ml|mL|cc|units?|%)[ \t]*$")
_TITLE_WRAP_LINE = 45  # an ALL CAPS title line this long that goes on in capitals was wrapped
# A template's columns ('Side: R   Guidance: fluoro   Omnipaque 180 1 mL'): a tab or three spaces between words; such a
# line is a row of fields, never a wrapped sentence.
_COLUMN_GAP = re.compile(r"[^\s:](?:[ ]{3,}|\t)(?=\S)")  # not the gap after a label ('INDICATIONS:<TAB>Right-sided ...')
# Before a number, the line must stop on a lower-case word or a comma ('pain' + newline + '8/10', 'the' + newline +
# '2 mL'), not on a capitalised name or a bracket.
_WRAP_BEFORE_NUMBER = re.compile(r"(?:^|[ \t])[a-z][A-Za-z-]*,?[ \t]*$")


def _title_wraps(text: str, line_start: int, at: int) -> bool:
    """Whether the note's first line, ALL CAPS and of a wrap's width (`_TITLE_WRAP_LINE`), goes on in capitals on the
    next line, without a colon (a note written all in capitals keeps its other lines): one title wrapped ('BILATERAL L5 DORSAL RAMUS AND S1-S3 LATERAL BRANCH NERVE' + newline + 'BLOCKS')."""
    if at - line_start < _TITLE_WRAP_LINE or not text[at - 1 : at].isalpha() or text[:line_start].strip():
        return False
    end = text.find("\n", at + 1)
    nxt = text[at + 1 : end if end >= 0 else len(text)]
    line = text[line_start:at]
    return line.isupper() and nxt.isupper() and ":" not in nxt and ":" not in line


def _join_wraps(text: str) -> str:
    """`text` with each hard wrap inside a sentence (`_SOFT_WRAP`) written as a space instead of a newline."""
    if text.count(".") * 2 < text.count("\n"):
        return text  # a note that does not punctuate its sentences (dictated lower case): a line may end one
    joins = []
    title_end = text.find("\n", len(text) - len(text.lstrip()))  # the end of the note's first line (its title)
    for m in _SOFT_WRAP.finditer(text):
        at = m.start()
        nxt = m.end()  # where the next line starts (after the blank line, if any)
        if nxt - at > 1 and not _BLANK_WRAP_NEXT.match(text, nxt):
            continue
        line_start = text.rfind("\n", 0, at) + 1
        if len(text[line_start:at].rstrip()) < _WRAP_MIN_LINE or not _WRAP_LINE_END.search(text, max(line_start, at - 4), at):
            continue
        if nxt - at > 1 and line_start <= title_end:
            continue  # the title line, then a blank line and a dictated history in lower case: two blocks
        if _WRAP_NOT_AFTER.match(text, nxt) or _COLUMN_GAP.search(text, line_start, at) \
                or _DOSE_CLOSES.search(text, max(line_start, at - 16), at) or _PROCEDURE_LABEL.match(text, line_start):
            continue
        if text[nxt : nxt + 8].lstrip(" \t")[:1].isupper() and (
                _WRAP_FIELD_NEXT.match(text, nxt) or not (_WRAP_OPEN_WORD.search(text, max(line_start, at - 16), at)
                                                             or (_WRAP_ADJECTIVE.search(text, max(line_start, at - 16), at)
                                                                 and line_start > title_end)
                                                             or text[:at].rstrip(" \t").endswith(";")
                                                             or _title_wraps(text, line_start, at))):
            continue
        if text[nxt : nxt + 8].lstrip(" \t")[:1].isdigit() and not _WRAP_BEFORE_NUMBER.search(text, line_start, at):
            continue  # a name and its number ('Depo-Medrol' + newline + '80 mg/mL'), a code's bracket ('(M79.18)' +
            # newline + '8 mo ...'): the number opens its own line
        joins.append(at)
        if nxt - at > 1:
            joins.append(nxt - 1)
    if not joins:
        return text
    chars = list(text)
    for at in joins:
        chars[at] = " "
    return "".join(chars)


def normalise(text: str) -> str:
    """`text` with each typographic character of `_TWINS` replaced by its ASCII twin and each carriage return by a
    space (before a newline) or a newline (alone): the same length, so offsets stay exact."""
    if "\r" in text:
        text = _CR.sub(lambda m: " \n" if m.group("lf") else "\n", text)
    text = _join_wraps(text)
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
