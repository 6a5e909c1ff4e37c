"""Fast lookups over a processed Doc: section and sentence of a character offset, placeholders.

The fact builders ask "which section is this in?" and "which sentence?" thousands of times per
note; answering by bisection over precomputed boundaries keeps that off the hot path.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from nlp.components import TARGET_GROUP
from nlp.cues import cue
from nlp.extensions import text_of
from nlp.rules import document_title_phrases, preamble_rules, section_sources
from nlp.sentences import _FIELD_LABEL

TITLE_SECTIONS, HEADER_SECTIONS = section_sources()
PREAMBLE_SECTIONS, BOILERPLATE = preamble_rules()
_PREAMBLE_LINES = 6  # at most this many boilerplate lines or sections skipped before a title
_TITLE_BODY_LIMIT = 240  # characters of a "procedure" field that still read as its title
_TITLE_LINE_LIMIT = 200  # a note's first line longer than this is prose, not a title
DOCUMENT_TITLES = document_title_phrases()
_TITLE_SENTENCE_LIMIT = 100  # a title written as the first sentence of a paragraph is a short one
# The separator that ends a one-line note's first inline field: a pipe or a semicolon before the next 'Label:'.
_FIRST_FIELD_END = re.compile(r"[ \t]*[|;](?=[ \t]*" + _FIELD_LABEL + ")")
_TITLE_UNDER_DOC_LIMIT = 120  # a procedure title under a document title is one short line
_SEPARATORS = " \t:-\u2013\u2014*#_="


@dataclass
class Section:
    category: str | None
    start: int  # start of the header (or of the note)
    body_start: int  # first character after the header
    end: int


# Sections whose inline 'Today:' field starts today's account (lexicon `today_inline_field`).
_TODAY_FIELD_HOSTS = frozenset({"history", "indications"})


def _split_today_fields(text: str, sections: list[Section]) -> list[Section]:
    """A history field that runs on into today's account on the same line ('History: right L5 pain, failed PT, prior
    TFESI gave 60% relief. Today: repeat right L5-S1 TFESI under fluoroscopy ...'; round 21, fam21b): the inline
    'Today:' label after a sentence's end opens an unlabelled section there, so today's procedure, its side and its
    drugs are not read as history. Searched only inside history and indication fields (short)."""
    out: list[Section] = []
    label = cue("today_inline_field")
    for sec in sections:
        m = label.search(text, sec.body_start, sec.end) if sec.category in _TODAY_FIELD_HOSTS else None
        if m is None:
            out.append(sec)
            continue
        out.append(Section(sec.category, sec.start, sec.body_start, m.start()))
        out.append(Section(None, m.start(), m.end(), sec.end))
    return out


@dataclass
class NoteIndex:
    doc: Doc
    text: str
    sections: list[Section]
    sent_bounds: list[tuple[int, int]]
    placeholders: list[tuple[int, int]] = field(default_factory=list)
    _sec_starts: list[int] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list)
    _title_line: tuple[int, int] | None = None  # the note's title line, found once (`_note_title_line`)
    # the end of the title sentence opening a prose line, by the line's start (`_title_sentence_end`)
    _title_sentence: dict[int, int] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc) -> "NoteIndex":
        sections: list[Section] = []
        for sec in getattr(doc._, "sections", None) or []:
            title_start, title_end = sec.title_start, sec.title_end
            body_start, body_end = sec.body_start, sec.body_end
            n_chars = len(text_of(doc))
            start_char = doc[title_start].idx if title_start < len(doc) else n_chars
            body_char = doc[body_start].idx if body_start < len(doc) else n_chars
            if title_end > title_start:
                last = doc[title_end - 1]
                body_char = max(body_char, last.idx + len(last.text))
            end_char = doc[body_end - 1].idx + len(doc[body_end - 1].text) if body_end > 0 else 0
            sections.append(Section(sec.category, start_char, body_char, end_char))
        if not sections:
            sections = [Section(None, 0, 0, len(text_of(doc)))]
        sections = _split_today_fields(text_of(doc), sections)
        starts = doc.user_data.get("painpoint_sent_starts")
        text = text_of(doc)
        if starts is not None and len(doc):  # set by painpoint_sentences: no Span objects needed
            ends = starts[1:] + [len(text)]
            sents = [(a, b) for a, b in zip(starts, ends) if b > a]
        else:
            sents = [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else []
        idx = cls(doc, text_of(doc), sections, sents)
        idx._sec_starts = [s.start for s in sections]
        idx._sent_starts = [s[0] for s in sents]
        return idx

    def section_at(self, char: int) -> Section:
        i = bisect_right(self._sec_starts, char) - 1
        return self.sections[max(i, 0)]

    def category_at(self, char: int) -> str | None:
        sec = self.section_at(char)
        if char < sec.body_start and sec.category is not None:
            return sec.category  # on the header itself
        return sec.category

    def sentence_at(self, char: int) -> tuple[int, int]:
        if not self.sent_bounds:
            return (0, len(self.text))
        i = max(bisect_right(self._sent_starts, char) - 1, 0)
        return self.sent_bounds[i]

    def line_at(self, char: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, char) + 1
        end = self.text.find("\n", char)
        return (start, len(self.text) if end < 0 else end)

    def mention_source(self, char: int) -> str:
        """'title' for the note's first line and the first lines of the procedure field; 'header'
        for labelled fields (Levels:, Laterality:); 'body' for everything else."""
        sec = self.section_at(char)
        if sec.category is None:
            first_s, first_e = self._note_title_line()
            if first_e - first_s > _TITLE_LINE_LIMIT:
                first_e = self._title_sentence_end(first_s, first_e)
            return "title" if first_s <= char < first_e and first_e - first_s <= _TITLE_LINE_LIMIT else "body"
        if sec.category in TITLE_SECTIONS:
            if char < sec.body_start:
                return "title"
            first_s, first_e = self._first_line(sec.body_start)
            if first_e - first_s > _TITLE_LINE_LIMIT and (end := self._title_sentence_end(first_s, first_e)) < first_e:
                return "title" if char < end else "body"  # "Procedure: Right L4-5 facet injections. Under fluoroscopy ..."
            if first_s <= char < first_e or char - sec.body_start < _TITLE_BODY_LIMIT and "\n\n" not in \
                    self.text[sec.body_start : char]:
                return "title" if char - sec.body_start < _TITLE_BODY_LIMIT else "body"
            return "body"
        if sec.category in HEADER_SECTIONS:
            return "header"
        return "body"

    def preamble_end(self) -> int:
        """Where the note proper starts: the start of its title line, after any EHR boilerplate preamble (0 without
        one). Readers of the note's opening ('the first clinical sentence says why') start here."""
        return self._note_title_line()[0]

    def _note_title_line(self) -> tuple[int, int]:
        """The note's title line: its first non-blank line, after any EHR preamble before it (a leading section of a
        `PREAMBLE_SECTIONS` category; leading lines holding a `BOILERPLATE` phrase, 'This note was electronically signed
        ...', with the lines their sentence wraps onto), which names no procedure and must not take the title's place.
        Only a title in an unlabelled section counts (`mention_source`), as for a note that opens with it."""
        if self._title_line is None:
            first_s, first_e = self._find_title_line()
            if first_e - first_s > _TITLE_LINE_LIMIT:
                first_e = self._first_field_end(first_s, first_e)
            self._title_line = (first_s, first_e)
        return self._title_line

    def _first_field_end(self, start: int, end: int) -> int:
        """A one-line note of inline fields ('B/L GON blk | Dx: occipital neuralgia | ... | Consent: signed', 'L SIJ inj
        (dx #1); Dx: L sacroiliitis; ...'; round 18, short18): its first field, before the first pipe or semicolon that
        a 'Label:' follows, is the title, though the whole line runs past `_TITLE_LINE_LIMIT`; else the line's end
        (prose, no title)."""
        m = _FIRST_FIELD_END.search(self.text, start, end)
        return m.start() if m and m.start() - start <= _TITLE_LINE_LIMIT else end

    def _find_title_line(self) -> tuple[int, int]:
        pos, wrapped = 0, False
        for _ in range(_PREAMBLE_LINES):
            first_s, first_e = self._first_line(pos)
            if first_s >= len(self.text):
                return self._first_line(0)  # all boilerplate: the note's first line, as before
            sec = self.section_at(first_s)
            if sec.category in PREAMBLE_SECTIONS and sec.start <= first_s:
                pos, wrapped = max(sec.end, first_e), False
                continue
            if sec.category is not None or BOILERPLATE is None:
                break
            goes_on = wrapped and "\n\n" not in self.text[pos:first_s]  # the boilerplate sentence wraps onto this line
            if not (goes_on or BOILERPLATE.search(self.text, first_s, first_e)):
                break
            pos, wrapped = first_e, self.text[first_s:first_e].rstrip()[-1:] not in ".!?"
        first_s, first_e = self._first_line(pos)
        return self._title_under_document_title(first_s, first_e) or (first_s, first_e)

    def _title_under_document_title(self, first_s: int, first_e: int) -> tuple[int, int] | None:
        """The procedure's title line under a line that only names the document ('PROCEDURE NOTE' + newline + 'RIGHT
        L3-L4, L4-L5, L5-S1 RADIOFREQUENCY ABLATION'): a transcription service heads its reports so, and the line
        under it is the title the note would open with (its side and levels are the title's, which the technique's
        may contradict). Only a short line of its own (no stop inside it, not wrapped on) that names a procedure and
        opens no section: a dictated paragraph under the document title stays body (round 15, metamorphic doc_title)."""
        text = self.text
        if not DOCUMENT_TITLES or self.section_at(first_s).category is not None \
                or text[first_s:first_e].strip(_SEPARATORS).lower() not in DOCUMENT_TITLES:
            return None
        ns, ne = self._first_line(first_e)
        if ns >= len(text) or ne - ns > _TITLE_UNDER_DOC_LIMIT or self.section_at(ns).category is not None:
            return None
        line = text[ns:ne].rstrip()
        if any(line.find(stop, 0, len(line) - 1) >= 0 for stop in (". ", "; ")):
            return None  # a sentence and more: dictated prose under the document title
        after = text[ne + 1:ne + 2] if ne < len(text) else ""
        if after.islower():
            return None  # the line wraps on into a sentence
        spans = self.doc.spans[TARGET_GROUP] if TARGET_GROUP in self.doc.spans else ()
        if not any(sp.label_ == "PROC" and ns <= sp.start_char < ne for sp in spans):
            return None
        return ns, ne

    def _title_sentence_end(self, first_s: int, first_e: int) -> int:
        """Where the title ends in a note (or a procedure field) that opens with its title as the first sentence of a
        dictated paragraph ("Right sacroiliac joint injection. She describes pain over the left buttock ...", "Procedure:
        right L4-5 and L5-S1 facet injections. Under fluoroscopy ... left ..."; round 18, nec18): the end of
        that sentence when it is short, names a procedure and tells nothing (lexicon `title_sentence_not`: no verb, no
        earlier time, as in "Bilateral knee injections last year helped."); else `first_e` (the line is prose)."""
        if first_s not in self._title_sentence:
            self._title_sentence[first_s] = first_e
            s, e = self.sentence_at(first_s)
            text = self.text
            spans = self.doc.spans[TARGET_GROUP] if TARGET_GROUP in self.doc.spans else ()
            if s <= first_s < e < first_e and e - first_s <= _TITLE_SENTENCE_LIMIT and text[s:e].rstrip()[-1:] == "." \
                    and any(sp.label_ == "PROC" and first_s <= sp.start_char < e for sp in spans) \
                    and not cue("title_sentence_not").search(text, first_s, e):
                self._title_sentence[first_s] = e
        return self._title_sentence[first_s]

    def _first_line(self, start: int) -> tuple[int, int]:
        """The first non-blank line at or after `start`."""
        text = self.text
        n = len(text)
        while start < n and text[start] in " \t\r\n":
            start += 1
        end = text.find("\n", start)
        return start, n if end < 0 else end

    def in_header(self, char: int) -> bool:
        """True when `char` lies in a section header itself ("Consent:")."""
        sec = self.section_at(char)
        return sec.category is not None and sec.start <= char < sec.body_start

    def in_placeholder(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.placeholders)
