"""Layout transforms for the metamorphic probe (benchmarks/metamorphic.py): the same words, laid out
the way another EHR export, template, scribe or word processor would lay them out.

Each transform is a pure `str -> str`; where it picks (a width, a bullet), the pick is seeded from the
note text, so a run is reproducible. None adds, drops or reorders a word: only whitespace, line breaks,
header case, bullets and typographic forms of the same characters change.
"""

from __future__ import annotations

import random
import re
import textwrap
import zlib
from collections.abc import Callable

# A header alone on its line: a few words of letters, ending in a colon or written in capitals.
_WORD = r"[A-Za-z][A-Za-z'/&()-]*"
_HEADER_ALONE = re.compile(rf"^(?P<indent>[ \t]*)(?P<label>{_WORD}(?: {_WORD}){{0,5}})(?P<colon>:?)[ \t]*$")
# 'Label: value' on one line: a capitalised label of at most five words, then the value.
_FIELD = re.compile(rf"^(?P<indent>[ \t]*)(?P<label>[A-Z][A-Za-z'/&()-]*(?: {_WORD}){{0,4}}):(?P<space>[ \t]+)(?P<value>\S.*)$")
# A line that ends where a new line can start a field: blank, or closing on a stop, colon or bracket.
_CLOSED = re.compile(r"(?:^|[.:;!?)\]])[ \t]*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022+>]|\d{1,2}[.)]|[a-z][.)])\s")
# A sentence end: a lower-case letter, digit, ')' or '%' before the stop, a capital after; not a title
# or Latin abbreviation ('Dr. Lee', 'approx. 2 mL', 'e.g. Kenalog').
_SENTENCE_END = re.compile(r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bvs\.)(?<!\bSt\.)(?<!\be\.g\.)(?<!\bi\.e\.)"
                           r"(?<=[a-z0-9)%][.!?]) (?=[A-Z(])")


def _rng(text: str, salt: str) -> random.Random:
    """A generator seeded by the note itself, so each note always gets the same pick."""
    return random.Random(zlib.crc32((salt + "\0" + text).encode("utf-8")))


def _is_header(line: str) -> bool:
    """A section header alone on its line ('Indications:', 'TECHNIQUE', 'Procedure Note')."""
    m = _HEADER_ALONE.match(line)
    if not m:
        return False
    label = m["label"]
    return bool(m["colon"]) or (label.upper() == label and any(c.isalpha() for c in label)) or label.istitle()


def _field_match(lines: list[str], i: int) -> re.Match[str] | None:
    """`_FIELD` on line `i` unless the line before runs on into it ('... MRI report' + newline + 'summarised: left
    paracentral ...' is a wrapped sentence, not a field)."""
    m = _FIELD.match(lines[i])
    if m and i and not (_CLOSED.search(lines[i - 1]) or _is_header(lines[i - 1]) or _FIELD.match(lines[i - 1])):
        return None
    return m


def _is_field(line: str) -> bool:
    """A 'Label: value' field line whose value is one clause (no sentence boundary inside)."""
    m = _FIELD.match(line)
    return bool(m) and not _SENTENCE_END.search(m["value"])


def hard_wrap(text: str) -> str:
    """Hard-wrap prose lines longer than a width of 60-78 columns (seeded), as a fixed-width export or a
    pasted e-mail does. Headers, list items and one-clause 'Label: value' lines stay whole. Only a space
    becomes a line break, so every word and its order are kept."""
    width = _rng(text, "wrap").randint(60, 78)
    out = []
    for line in text.split("\n"):
        if len(line) <= width or _is_header(line) or _LIST_ITEM.match(line) or _is_field(line):
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        out.extend(textwrap.wrap(line, width=width, initial_indent="", subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False) or [line])
    return "\n".join(out)


def crlf(text: str) -> str:
    """Windows line endings (CRLF), as a note saved or pasted on Windows has; only the line separator
    changes."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def double_space_tabs(text: str) -> str:
    """Two spaces after each sentence end (typewriter habit) and a tab between a field label and its
    value (a template's column): whitespace only."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        m = _field_match(lines, i)
        if m:
            line = f"{m['indent']}{m['label']}:\t{m['value']}"
        out.append(_SENTENCE_END.sub("  ", line))
    return "\n".join(out)


def blank_lines_trailing(text: str) -> str:
    """A blank line before each section header and one to three trailing spaces on every non-blank line,
    as template output and copy-paste leave them: whitespace only."""
    rng = _rng(text, "trailing")
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and (_is_header(line) or _field_match(lines, i)) and out and out[-1].strip() and not _is_header(out[-1]):
            out.append("")
        out.append(line + " " * rng.randint(1, 3) if line.strip() else line)
    return "\n".join(out)


def _flip_case(label: str) -> str:
    """ALL CAPS -> Title Case (short words, likely acronyms like MRI or IV, kept), else -> ALL CAPS."""
    letters = [c for c in label if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return re.sub(r"[A-Za-z][A-Za-z']*", lambda m: m[0] if len(m[0]) <= 3 else m[0].capitalize(), label)
    return label.upper()


def _header_case(text: str, keep_colon: bool) -> str:
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        m = _HEADER_ALONE.match(line)
        if m and _is_header(line):
            colon = m["colon"] if keep_colon else ""
            line = f"{m['indent']}{_flip_case(m['label'])}{colon}"
        else:
            f = _field_match(lines, i)
            if f:
                line = f"{f['indent']}{_flip_case(f['label'])}:{f['space']}{f['value']}"
        out.append(line)
    return "\n".join(out)


def header_case(text: str) -> str:
    """Section and field labels switch case (ALL CAPS <-> Title Case), colons kept: templates differ
    only in how they print the same label."""
    return _header_case(text, keep_colon=True)


def header_case_nocolon(text: str) -> str:
    """As `header_case`, and a header alone on its line loses its colon ('TECHNIQUE'), as many templates
    print it; a header's own line still marks where the section starts."""
    return _header_case(text, keep_colon=False)


_DOCUMENT = re.compile(r"(?i)\b(?:note|record|report|form|summary|sheet|log)\b")
_TECHNIQUE = re.compile(r"(?i)\b(?:procedure|technique|description|details?|narrative|operative|course)\b")


def _technique_lines(lines: list[str]) -> list[int]:
    """Indices of the plain lines under a procedure/technique header alone on its line, up to the next
    header or field line. A line that goes on from the one before (indented, opening in lower case, or after
    a line that does not close: 'lido-' + newline + 'caine') is part of that line's item and gets no bullet."""
    idx: list[int] = []
    inside = False
    for i, line in enumerate(lines):
        if _is_header(line):  # a document title ('SURGERY CENTER PROCEDURE RECORD') opens no technique
            inside = bool(_TECHNIQUE.search(line)) and not _DOCUMENT.search(line)
            continue
        if _FIELD.match(line) and _is_field(line):
            inside = False
            continue
        if inside and line.strip() and not _LIST_ITEM.match(line) and line[0].isupper() \
                and (_CLOSED.search(lines[i - 1]) or _is_header(lines[i - 1])):
            idx.append(i)
    return idx


def bullets(text: str) -> str:
    """Each plain line of the procedure/technique section gets a bullet ('- ', '* ' or '\u2022 ', one
    style per note), as a bulleted template prints the steps; the words are unchanged."""
    mark = _rng(text, "bullet").choice(["- ", "* ", "\u2022 "])
    lines = text.split("\n")
    for i in _technique_lines(lines):
        indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
        lines[i] = indent + mark + lines[i].lstrip()
    return "\n".join(lines)


_TECHNIQUE_LABEL = re.compile(r"(?i)^(?:technique|procedure\s+(?:details?|description|narrative|technique)|description(?:\s+of"
                              r"\s+(?:the\s+)?procedure)?|details?(?:\s+of\s+(?:the\s+)?procedure)?|procedure\s+in\s+detail|narrative)$")


def bullet_sentences(text: str) -> str:
    """The procedure/technique section one sentence per bulleted line, as a scribe lists the steps; a one-line
    technique field ('Technique: Prone. Sterile prep. ...') becomes its label over the bulleted sentences. Only
    the spaces between sentences become line breaks and bullets."""
    mark = _rng(text, "bullet").choice(["- ", "* ", "\u2022 "])
    lines = text.split("\n")
    for i in reversed(range(len(lines))):
        m = _field_match(lines, i)
        if m and _TECHNIQUE_LABEL.match(m["label"]) and _SENTENCE_END.search(m["value"]):
            lines[i:i + 1] = [f"{m['indent']}{m['label']}:", m["value"]]
    for i in reversed(_technique_lines(lines)):
        parts = _SENTENCE_END.split(lines[i].strip())
        lines[i:i + 1] = [mark + p for p in parts]
    return "\n".join(lines)


_LEVEL_RANGE = re.compile(r"\b([CTLS]\d{1,2})-((?:[CTLS])?\d{1,2})\b")


def en_dash(text: str) -> str:
    """Level ranges with an en dash (L4\u20135, L5\u2013S1), as a word processor's autocorrect writes them:
    the same two levels."""
    return _LEVEL_RANGE.sub(lambda m: f"{m[1]}\u2013{m[2]}", text)


def curly_quotes(text: str) -> str:
    """Curly apostrophes and quotes (patient\u2019s, \u201cpop\u201d), as a word processor types them: the same
    punctuation."""
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    text = re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text)
    return re.sub(r"(?<![\w])'([^'\n]*)'(?![\w])", "\u2018\\1\u2019", text)


_NUM_UNIT = re.compile(r"(?<=\d) (?=(?:mg|mL|ml|cc|mcg|%|cm|mm|G|g|gauge|inch|minutes?|min|mo(?:nths?)?|weeks?|wk|years?|yrs?|/10)\b)")


def nbsp(text: str) -> str:
    """Non-breaking spaces between a number and its unit (40\u00a0mg, 3\u00a0months) and after 'Dr.', as word
    processors and web forms insert them: a space all the same."""
    text = _NUM_UNIT.sub("\u00a0", text)
    return re.sub(r"\bDr\. ", "Dr.\u00a0", text)


_TIMES = re.compile(r"(?<![A-Za-z])(\d+(?:\.\d+)?)\s?x\s?(?=\d)|(?<![A-Za-z])x\s?(?=\d+\b)|(?<=\d)\s?x(?![A-Za-z])")


def times_sign(text: str) -> str:
    """The multiplication sign for an 'x' count or dimension (x2 -> \u00d72, 3 x 2 cm -> 3 \u00d7 2 cm), as
    typeset text has it: the same count."""
    def sub(m: re.Match[str]) -> str:
        return m[0].replace("x", "\u00d7")
    return _TIMES.sub(sub, text)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "hard_wrap": hard_wrap,
    "crlf": crlf,
    "double_space_tabs": double_space_tabs,
    "blank_lines_trailing": blank_lines_trailing,
    "header_case": header_case,
    "header_case_nocolon": header_case_nocolon,
    "bullets": bullets,
    "bullet_sentences": bullet_sentences,
    "en_dash": en_dash,
    "curly_quotes": curly_quotes,
    "nbsp": nbsp,
    "times_sign": times_sign,
}
