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
_SOFT_WRAP = re.compile(r"\n(?:[ \t]*\n)?(?=[ \t]*[A-Za-z0-9(\u00b0])")
# ... also across one blank line when the next line goes on in lower case ('The team paused to verify' + blank line +
# 'identity, procedure ...': a re-flowed export's stray paragraph break inside a sentence; round 12, N12).
_BLANK_WRAP_NEXT = re.compile(r"[ \t]*[a-z]")
# Before a capital the line must stop on a word that cannot end a sentence (a connector, preposition, article,
# auxiliary or a verb that wants its object: 'failed' + newline + 'PT/NSAIDs', 'made at 80 degrees' + newline +
# 'Celsius', 'placed into the' + newline + 'Right ...'; written in lower case, so an ALL CAPS note keeps its lines),
# and the next line must not open a field ('Plan: ...'). A line closed by a semicolon goes on ('no benefit;' + newline +
# 'NSAIDs stopped ...'), and so does an ALL CAPS title of a wrap's width (`_title_wraps`).
# (round 12, m3) also a procedure's adjective that needs its noun ('Will consider genicular' + newline + 'RFA if ...') and
# a verb that wants its object ('declines' + newline + 'RFA.'); the function words also in Title Case ('The' + newline +
# 'January MRI demonstrates ...'; not the lone 'A', and never in an ALL CAPS note).
_OPEN_WORDS = ("and", "or", "of", "with", "the", "a", "an", "to", "in", "on", "at", "for", "by", "from", "into", "onto",
               "via", "under", "over", "than", "was", "were", "is", "are", "has", "have", "had", "failed", "tried",
               "including", "despite", "after", "showing", "shows", "showed", "reveals", "revealed", "demonstrates",
               "demonstrated", "degrees", "both", "his", "her", "their", "genicular", "medial", "lumbar", "cervical",
               "thoracic", "sacroiliac", "transforaminal", "interlaminar", "radiofrequency", "declines", "declined",
               "prefers", "consider", "considering", "underwent", "received")
_WRAP_OPEN_WORD = re.compile(r"(?:^|[ \t(])(?:" + "|".join(_OPEN_WORDS) + r")[ \t]*$")
_WRAP_OPEN_TITLE = re.compile(r"(?:^|[ \t(])(?:" + "|".join(w.capitalize() for w in _OPEN_WORDS if len(w) > 1)
                              + r")[ \t]*$")
_WRAP_FIELD_NEXT = re.compile(r"[ \t]*[A-Za-z][A-Za-z /()-]{0,30}(?::(?![0-9])|[ \t]\.{3,})")  # also 'Laterality .....'
# ... or, below the title line, on an adjective before a procedure's capitalised name ('Positive diagnostic' + newline +
# 'SIJ injection previously, 75% reduction'; round 12, N12); a title ending on one ('... SI joint block, diagnostic')
# is a line of its own.
_WRAP_ADJECTIVE = re.compile(r"(?:^|[ \t(])(?:diagnostic|therapeutic|confirmatory|prior|previous|repeat|bilateral)[ \t]*$")
_WRAP_LINE_END = re.compile(r"[A-Za-z0-9,;)%][ \t]*$")
_WRAP_NOT_AFTER = re.compile(r"[ \t]*(?:[a-z][A-Za-z /()-]{0,30}:(?![0-9])|(?:[0-9]{1,2}|[a-z])[.)][ \t]|[0-9]{1,2}:[0-9]{2}|"
                             r"[0-9]{3,4}\b(?!%)|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2}|[a-z]{2,12}[ \t]+[0-9]{1,2}/10\b)")
_WRAP_MIN_LINE = 30
# ... and fewer stops than one per this many characters: a punctuated note hard-wrapped at a narrow width has as many
# stops per character as before but twice the lines (dev notes: 90% of punctuated notes write a stop every 83
# characters or fewer, half of the unpunctuated ones every 276 or more)
_CHARS_PER_STOP = 100
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
# ... or on any word when the next line opens with a pain score or a span of time ('... at each site. Post' + newline +
# '1/10.', 'Completed' + newline + '12 weeks of physical therapy'): a score or a duration is no drug's strength.
_WRAP_WORD_END = re.compile(r"(?:^|[ \t])[A-Za-z][A-Za-z-]*[ \t]*$")
_SCORE_OR_SPAN_NEXT = re.compile(r"[ \t]*\d{1,2}(?:\.\d)?(?:[ \t]*/[ \t]*10\b|[ \t]+(?:days?|weeks?|months?|years?)\b)")
# A bracket going on from a line that stops on a word ('... iodinated contrast allergy' + newline + '(hives, anaphylaxis
# risk) so no contrast was used', a title's '(therapeutic, repeat)'), not a list marker ('(1) ', '(b) ').
_LIST_BRACKET = re.compile(r"[ \t]*\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)")
# A temperature's unit wrapped from its number ('lesions 80' + newline + 'C for 90 seconds', '85' + newline + '°C').
_NUMBER_END = re.compile(r"\d[ \t]*$")
_TEMPERATURE_NEXT = re.compile(r"[ \t]*(?:\u00b0[ \t]?)?[CF](?![\w-])")
# A label closing a line after the line's own prose or another field ('... 1/10. Relief during the anesthetic phase:',
# '... 70% relief. COMPLICATIONS:', 'Prior dx block ....... Left SI block 03/2026 with lidocaine:', '| Guidance:'): the
# value wrapped to the next line; a label alone on its line (a header) keeps its break.
_INLINE_LABEL_END = re.compile(r"(?:[.;|][ \t]|\.{2,}[^:\n]*?[ \t])[ \t]*[A-Za-z(][^.:;|\n]{0,60}:[ \t]*$"
                               r"|[A-Za-z)][ \t]*\.{3,}[ \t]*$")  # ... or a dotted leader with no value ('Time-out .....')
# A lower-case word closing a line that cannot end a sentence keeps its sentence going even when the next line looks
# like a lower-case label ('Conservative care to' + newline + 'date: 10 weeks of physical therapy').
_LOWER_LABEL_NEXT = re.compile(r"[ \t]*[a-z][A-Za-z /()-]{0,30}:(?![0-9])")
# The next line goes on the line's phrase whatever closes it: 'of' never opens a line ('10 ML' + newline + 'OF 0.25%
# BUPIVACAINE'), nor does a dose's frequency ('gabapentin 300 mg' + newline + 'TID (stopped for sedation)').
_OF_NEXT = re.compile(r"[ \t]*(?i:of)[ \t]")
_FREQUENCY_NEXT = re.compile(r"[ \t]*(?:TID|BID|QID|QHS|QD|PRN|(?i:daily|nightly|at[ \t]+bedtime))\b")


def _title_wraps(text: str, line_start: int, at: int) -> bool:
    """Whether the note's first line, ALL CAPS and of a wrap's width (`_TITLE_WRAP_LINE`), goes on in capitals on the
    next line, without a colon (a note written all in capitals keeps its other lines): one title wrapped ('BILATERAL L5 DORSAL RAMUS AND S1-S3 LATERAL BRANCH NERVE' + newline + 'BLOCKS')."""
    if at - line_start < _TITLE_WRAP_LINE or not text[at - 1 : at].isalpha() or text[:line_start].strip():
        return False
    end = text.find("\n", at + 1)
    nxt = text[at + 1 : end if end >= 0 else len(text)]
    line = text[line_start:at]
    return line.isupper() and nxt.isupper() and ":" not in nxt and ":" not in line


_DOCUMENT_TITLES: frozenset[str] | None = None  # sections.yaml `document_titles`, read on first use
_BOILERPLATE = None  # sections.yaml `boilerplate_phrases` as one pattern (nlp.rules.preamble_rules)
_PREAMBLE_LINES = 6  # as nlp.doc_index: at most this many leading document-title or boilerplate lines


def _title_end(text: str) -> int:
    """The end of the note's title line: its first line, or the first one under lines that only name the document or
    hold an EHR's boilerplate ('PROCEDURE NOTE' + newline + 'RIGHT L4-5 and L5-S1 medial branch blocks, diagnostic';
    round 15, metamorphic doc_title and attestation), which keeps its own line as the title does (-1 for a note of one
    line)."""
    global _DOCUMENT_TITLES, _BOILERPLATE
    if _DOCUMENT_TITLES is None:
        from nlp.rules import document_title_phrases, preamble_rules
        _DOCUMENT_TITLES, _BOILERPLATE = document_title_phrases(), preamble_rules()[1]
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    for _ in range(_PREAMBLE_LINES):
        if end < 0:
            return end if start == len(text) - len(text.lstrip()) else len(text)
        line = text[start:end]
        if line.strip(" \t:-*#=").lower() not in _DOCUMENT_TITLES \
                and not (_BOILERPLATE is not None and _BOILERPLATE.search(line)):
            return end
        start = len(text) - len(text[end:].lstrip())  # a document title or an EHR's boilerplate line: the next one
        end = text.find("\n", start)
    return end


def _join_wraps(text: str) -> str:
    """`text` with each hard wrap inside a sentence (`_SOFT_WRAP`) written as a space instead of a newline."""
    stops = text.count(".")
    punctuated = not (stops * 2 < text.count("\n") and stops * _CHARS_PER_STOP < len(text))
    if not punctuated and "(" not in text:
        return text  # a note that does not punctuate its sentences (dictated lower case): a line may end one (only a
        # bracket going on from a word is still joined there)
    joins = []
    title_end = _title_end(text)  # the end of the note's first line (its title)
    for m in _SOFT_WRAP.finditer(text):
        at = m.start()
        nxt = m.end()  # where the next line starts (after the blank line, if any)
        if nxt - at > 1 and not _BLANK_WRAP_NEXT.match(text, nxt):
            continue
        line_start = text.rfind("\n", 0, at) + 1
        if len(text[line_start:at].rstrip()) < _WRAP_MIN_LINE:
            continue
        if nxt - at > 1 and line_start <= title_end:
            continue  # the title line, then a blank line and a dictated history in lower case: two blocks
        first = text[nxt : nxt + 8].lstrip(" \t")[:1]
        if not punctuated and first != "(":
            continue
        if nxt - at == 1 and text[at - 1 : at].rstrip(" \t") in (":", ".", "") \
                and _INLINE_LABEL_END.search(text, max(line_start, at - 140), at):
            if not (_WRAP_NOT_AFTER.match(text, nxt) or _WRAP_FIELD_NEXT.match(text, nxt) or _LIST_BRACKET.match(text, nxt)):
                joins.append(at)  # '... Relief during the anesthetic phase:' + newline + '100%.'
            continue
        if not _WRAP_LINE_END.search(text, max(line_start, at - 4), at):
            continue
        if first in ("(", "\u00b0"):
            if (first == "(" and not _LIST_BRACKET.match(text, nxt) and not _PROCEDURE_LABEL.match(text, line_start)) \
                    or (first == "\u00b0" and _NUMBER_END.search(text, max(line_start, at - 4), at)):
                joins.append(at)  # '... allergy' + newline + '(hives)', '85' + newline + '°C'
            continue
        if _COLUMN_GAP.search(text, line_start, at) or _PROCEDURE_LABEL.match(text, line_start):
            continue
        if nxt - at == 1 and (_OF_NEXT.match(text, nxt) or _FREQUENCY_NEXT.match(text, nxt)):
            joins.append(at)  # '10 ML' + newline + 'OF 0.25% BUPIVACAINE', '300 mg' + newline + 'TID'
            continue
        open_end = _WRAP_OPEN_WORD.search(text, max(line_start, at - 16), at)
        if (_WRAP_NOT_AFTER.match(text, nxt) and not (open_end and _LOWER_LABEL_NEXT.match(text, nxt))) \
                or _DOSE_CLOSES.search(text, max(line_start, at - 16), at):
            continue
        if first.isupper() and (
                _WRAP_FIELD_NEXT.match(text, nxt) or not (open_end or text[:at].rstrip(" \t").endswith(";")
                                                          or (_WRAP_ADJECTIVE.search(text, max(line_start, at - 16), at)
                                                              and line_start > title_end)
                                                          or (_WRAP_OPEN_TITLE.search(text, max(line_start, at - 16), at)
                                                              and not text[line_start:at].isupper())
                                                          or _title_wraps(text, line_start, at)
                                                          or (_TEMPERATURE_NEXT.match(text, nxt)
                                                              and _NUMBER_END.search(text, max(line_start, at - 4), at)))):
            continue
        if first.isdigit() and not (_WRAP_BEFORE_NUMBER.search(text, line_start, at) or (
                _SCORE_OR_SPAN_NEXT.match(text, nxt) and _WRAP_WORD_END.search(text, max(line_start, at - 30), at))):
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


# Sloppy spacing inside a line (a rushed typist, an OCR pass): two spaces between two letters ('sacro  iliac joint',
# 'History of  Present Illness') or a space before a comma or full stop after a word ('prone , prepped', 'well .').
# spaCy makes each extra space a token of its own, so a phrase ('sacro iliac joint') or a header no longer matches.
# These spaces are dropped before reading (`compact_spaces`) and every offset is mapped back (`remap_evidence`).
# Three or more spaces are a template's column gap and a tab an indent or a column: both are kept.
# A stop only where it closes a sentence (a line's end or a capital after it) and never after a line's first word: a
# dotted leader ('Complications . none', 'Consent ....... yes') is a field, not a sentence end.
# Every match is one space, written first (each alternative's lookbehind then reads that space too: `(?<=[A-Za-z] )` is
# `(?<=[A-Za-z])` before it), so `re` looks for the space in C instead of trying three alternatives at every character
# (s18: a fifth of the time, the same matches).
_EXTRA_SPACE = re.compile(r" (?:(?<=[A-Za-z] )(?= [A-Za-z])|(?<=[A-Za-z]{2} )(?=,[ \t\n])|"
                          r"(?<=[A-Za-z]{2} )(?=(?P<stop>\.)(?:[ \t]*\n|[ \t]*$|[ \t]+[A-Z])))")


# A key=value export (an EMR's or a device's field dump: 'time_out=Y', 'pain_pre=7', 'symptom_duration=11 months',
# 'diagnostic_block_1=left L3/L4 MBB ...'): a line opens with a one-word or snake_case key and '='. The rules read a
# field as 'Label: value' with the label in words, so the key's underscores become spaces and its '=' a colon and a
# space ('time out: Y', 'symptom duration: 11 months'); offsets are mapped back like the dropped spaces. Only a key
# without spaces at a line's start: 'Pain prior to the injection = 7' and an '=' inside a value stay as written.
_KEY_VALUE = re.compile(r"(?m)^[ \t]*[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*[ \t]*=(?![=>])")


def _key_value_edits(text: str) -> list[tuple[int, str]]:
    """(offset, replacement) for each key=value key's underscores and '=' (`_KEY_VALUE`); none without an '='."""
    if "=" not in text:
        return []
    edits: list[tuple[int, str]] = []
    for m in _KEY_VALUE.finditer(text):
        key = m.group()
        edits.extend((m.start() + i, " ") for i, ch in enumerate(key[:-1]) if ch == "_")
        after = text[m.end() : m.end() + 1]
        edits.append((m.end() - 1, ":" if after in ("", " ", "\t", "\n") else ": "))
    return edits


# OCR and fax slips (a scanned or faxed report read back by a character recogniser): a digit one for the letter l or
# I inside a word ('Kena1og', 'b1ock', 'Bi1atera1', 'we11', 'F1uoroscopy', 'R1GHT'), a capital O for a zero in a
# number ('4O mg', '2O mg', 'O.5%'), a letter l for a one before a percent ('l% lidocaine'), 'rn' for the 'm' of a unit
# after a number ('4O rng', '2 rnL', '6 rng/rnL'), a bar for a word's capital I ('|mages saved'). Each is put right
# before reading so every drug, procedure and level rule reads the word it means; offsets are mapped back like the
# dropped spaces. Never touched: levels ('L1', 'S1', 'T12-L1'), 'x1', 'A1c', 'H2O', a bar between fields ('| Dx:').
# One search of the note (about 0.1 ms for 3,000 characters).
_OCR_SLIP = re.compile(  # no groups: each branch then opens on its character and the search runs in C (0.07 ms)
    r"1(?<=[a-z]1)1*(?=[a-z])|1(?<=[a-z]{2}1)1*(?![\w.])|1(?<=[A-Z]1)(?=[a-z]{2})"  # b1ock, we11, epidura1, F1uoro
    r"|1(?<=[A-Z]1)(?=[A-Z]{3})|1(?<=[A-Z]{3}1)(?=[A-Z])"  # R1GHT, BI1ATERAL
    r"|O(?<=\dO)(?!\w)|O(?<![\w.]O)(?=\.\d)"  # 4O mg, 2O, O.5% (a number's start checked in code)
    r"|l(?<![\w.]l)(?=(?:\.\d+)?%)"  # l% lidocaine
    r"|rn(?<=[\dO/]rn)(?=(?:g|L|l|cg)\b)|rn(?<=[\dO] rn)(?=(?:g|L|l|cg)\b)"  # 4O rng, 2 rnL, rng/rnL
    r"|\|(?<!\S\|)(?=[a-z]{3})"  # |mages
)
_NUMBER_START = re.compile(r"(?<![\w.])\d{1,3}$")  # the '4' of '4O', never the '2' of 'H2O'


def _ocr_edits(text: str) -> list[tuple[int, str]]:
    """(offset, replacement) for each OCR slip of `_OCR_SLIP`: one character for one, 'rn' of a unit to 'm'."""
    edits: list[tuple[int, str]] = []
    for m in _OCR_SLIP.finditer(text):
        at, slip = m.start(), m.group()
        if slip == "rn":
            edits.extend(((at, "m"), (at + 1, "")))
        elif slip == "O":
            if text[at - 1 : at].isdigit() and not _NUMBER_START.search(text, max(0, at - 4), at):
                continue  # 'H2O', a code's letter
            edits.append((at, "0"))
        elif slip == "l":
            edits.append((at, "1"))
        elif slip == "|":
            edits.append((at, "I"))
        else:  # ones in a word: a capital I among capitals, else a small l
            twin = "I" if text[at + len(slip) : at + len(slip) + 1].isupper() or text[at - 1 : at].isupper() and \
                text[at + 1 : at + 2].isupper() else "l"
            edits.extend((i, twin) for i in range(at, at + len(slip)))
    return edits


def compact_spaces(text: str) -> tuple[str, list[int] | None]:
    """`text` without the extra spaces of `_EXTRA_SPACE` and with key=value keys as labels (`_KEY_VALUE`), and for
    each character of the result (and its end) the offset of that character in `text`; (`text`, None) when there is
    nothing to change (almost every note: one or two searches)."""
    edits = _key_value_edits(text) + _ocr_edits(text)
    if not edits and "  " not in text and " ," not in text and " ." not in text:
        return text, None
    edits.extend((m.start(), "") for m in _EXTRA_SPACE.finditer(text)
                 if m.group("stop") is None or " " in text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip())
    if not edits:
        return text, None
    edits.sort()
    parts: list[str] = []
    keep: list[int] = []
    prev = 0
    for at, replacement in edits:
        parts.append(text[prev:at])
        keep.extend(range(prev, at))
        parts.append(replacement)
        keep.extend([at] * len(replacement))
        prev = at + 1
    parts.append(text[prev:])
    keep.extend(range(prev, len(text)))
    keep.append(len(text))  # the end offset
    return "".join(parts), keep


def remap_evidence(obj: Any, offsets: list[int]) -> None:
    """Map every `Evidence` start/end in `obj` from the compacted text back to the note (`compact_spaces`)."""
    if isinstance(obj, Evidence):
        end = max(obj.end, obj.start)
        obj.start = offsets[min(obj.start, len(offsets) - 1)]
        obj.end = offsets[min(end - 1, len(offsets) - 1)] + 1 if end > 0 else 0
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            value = getattr(obj, name)
            if value is not None and not isinstance(value, (str, int, float, bool)):
                remap_evidence(value, offsets)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            remap_evidence(item, offsets)
    elif isinstance(obj, dict):
        for item in obj.values():
            remap_evidence(item, offsets)


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
