"""Style transforms for the metamorphic probe (benchmarks/metamorphic.py): the same facts rendered in
the house styles that notes from another clinic arrive in - inline 'Label: value' fields or the same
labels over their own lines, a dictated paragraph instead of one sentence per line, sloppy spacing, a
signature boilerplate, post-procedure sections in another order, a one-word field said in a sentence.

Each transform is a pure `str -> str`; any pick is seeded from the note text (layout's `_rng`), so a run
is reproducible. None adds or drops a fact: the words added (attestation, dictated fields) name no
procedure, side, level, drug, score, consent, time-out, complication or sedation beyond what the
rewritten field already said.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable
from pathlib import Path


def _sibling(name: str):
    """The layout module beside this file (its header/field grammar is shared, not copied)."""
    key = f"_metamorphic_style_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, Path(__file__).resolve().parent / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


_L = _sibling("metamorphic_layout")
_rng, _is_header, _field_match, _is_field = _L._rng, _L._is_header, _L._field_match, _L._is_field
_HEADER_ALONE, _LIST_ITEM, _DOCUMENT = _L._HEADER_ALONE, _L._LIST_ITEM, _L._DOCUMENT

# A document title ('Procedure Note', 'PAIN CLINIC PROCEDURE RECORD') is no section label.
_MAX_INLINE = 160


def _plain(line: str) -> bool:
    """A prose line: not blank, not a header, a field, or a list item."""
    return bool(line.strip()) and not _is_header(line) and not _LIST_ITEM.match(line) and not _L._FIELD.match(line)


def inline_fields(text: str) -> str:
    """A labelled header alone on its line ('Consent:' or 'CONSENT') over a one-line value that ends its
    paragraph becomes 'Consent: value' on one line, as an inline-field template prints it. Document titles,
    list values and long values are left alone; the words are unchanged."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _HEADER_ALONE.match(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        after = lines[i + 2] if i + 2 < len(lines) else ""
        if (m and _is_header(line) and i and (m["colon"] or m["label"].isupper()) and not _DOCUMENT.search(m["label"])
                and _plain(nxt) and len(nxt.strip()) <= _MAX_INLINE and not after.strip()):
            out.append(f"{m['indent']}{m['label']}: {nxt.strip()}")
            i += 2
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


# A second field on the line, in a template column ('Yes        Time-out: Yes'): the line is a row, not one field.
_COLUMN_FIELD = re.compile(r"\S[ \t]{3,}[A-Za-z][A-Za-z /-]{0,30}:")


def _labelled_next(lines: list[str], i: int) -> bool:
    """Whether the next non-blank line after `i` opens a section of its own (a header or a field) or the note
    ends: only then does a label over its own line still cover just the one value. Before unlabelled prose
    ('History: ...' wrapped over a paragraph, or 'Pain: 8/10' over an unlabelled technique paragraph) a header
    alone would claim that prose too, which changes where it belongs."""
    for j in range(i + 1, len(lines)):
        if lines[j].strip():
            return _is_header(lines[j]) or bool(_field_match(lines, j))
    return True


def block_fields(text: str) -> str:
    """A one-clause 'Label: value' field becomes its label in capitals alone on a line over the value
    ('Consent: signed' -> 'CONSENT:' + newline + 'signed'), as a sectioned template prints it: the label
    still heads its value, and the next line is labelled as before."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        m = _field_match(lines, i)
        if m and _is_field(line) and i and _labelled_next(lines, i) and not _COLUMN_FIELD.search(m["value"]):
            out.extend([f"{m['indent']}{m['label'].upper()}:", f"{m['indent']}{m['value']}"])
        else:
            out.append(line)
    return "\n".join(out)


_CLOSES_SENTENCE = re.compile(r"[.!?][)\"']?[ \t]*$")


# A labelled item ('MBB (fluoroscopy): C5 and C6 ...') or a template column ('LINE 2  TPI ...'): a list row, not prose.
_ITEM_LINE = re.compile(r"^[^.:]{1,40}:|\S {2,}\S")


def _prose_sentence(line: str) -> bool:
    """A prose line that opens with a capital and closes a sentence, and is no labelled item or column row."""
    return _plain(line) and line[:1].isupper() and bool(_CLOSES_SENTENCE.search(line)) and not _ITEM_LINE.search(line)


def paragraph_join(text: str) -> str:
    """Consecutive prose lines of one paragraph, each a closed sentence opening with a capital, are joined
    into one dictated paragraph (a space for each line break). Headers, fields, list items, labelled items
    ('MBB (fluoroscopy): ...'), template columns and lines that do not close a sentence stay on their own lines."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if _prose_sentence(line) and _prose_sentence(prev):
            out[-1] = prev.rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


_WORD_SPACE = re.compile(r"(?<=[A-Za-z]) (?=[A-Za-z])")
_STOP_OR_COMMA = re.compile(r"(?<=[a-z]{3})([.,])(?=[ \n]|$)")


def odd_spacing(text: str) -> str:
    """Sloppy spacing from a rushed typist or an OCR pass: some spaces between words doubled, a space before
    some commas and full stops, a blank line doubled, a tab before some prose lines. Whitespace only."""
    rng = _rng(text, "odd")
    text = _WORD_SPACE.sub(lambda m: "  " if rng.random() < 0.12 else " ", text)
    text = _STOP_OR_COMMA.sub(lambda m: " " + m[1] if rng.random() < 0.25 else m[1], text)
    text = re.sub(r"\n\n(?=\S)", lambda m: "\n\n\n" if rng.random() < 0.5 else "\n\n", text)
    lines = text.split("\n")
    return "\n".join("\t" + ln if _plain(ln) and rng.random() < 0.2 else ln for ln in lines)


_ATTESTATIONS = (
    "This note was electronically signed by the attending physician.",
    "Templated content in this document has been reviewed and edited as needed. Electronically signed.",
    "Attestation: I personally reviewed this documentation and agree with its contents.",
    "Portions of this note were dictated with voice recognition software; occasional transcription errors may occur.",
)


def attestation(text: str) -> str:
    """A fact-free boilerplate paragraph (electronic signature, templated content reviewed, dictation
    software) appended after or prepended before the note, as an EHR adds it; it names no clinical fact."""
    rng = _rng(text, "attest")
    para = rng.choice(_ATTESTATIONS)
    body = text.rstrip("\n")
    if rng.random() < 0.5:
        return para + "\n\n" + text
    return body + "\n\n" + para + "\n"


_LATE = re.compile(r"(?i)^\s*(?:follow[- ]?up|disposition|plan|discharge(?: instructions)?|instructions|return(?: visit)?|"
                   r"post[- ]?procedure(?: instructions| plan)?|recommendations?)\b")
_POST = re.compile(r"(?i)^\s*(?:complications?|post[- ]?procedure|disposition|follow[- ]?up|plan|e\.?b\.?l\.?|"
                   r"estimated blood loss|specimens?|condition|recovery|discharge|instructions|recommendations?)\b")


def _section_starts(lines: list[str]) -> list[int]:
    """Line indices where a section opens: a header alone on its line or a field line."""
    return [i for i, ln in enumerate(lines) if ln.strip() and (_is_header(ln) or _field_match(lines, i))]


def _label(line: str) -> str:
    return line.split(":")[0].strip().lower()


def section_order(text: str) -> str:
    """The note's last section, when it is a disposition/follow-up/plan section, swaps with the section
    before it when that one is also post-procedure (complications, disposition, condition, ...): these
    self-contained closing sections follow no fixed order across templates."""
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    tail = text[len("\n".join(lines)):]
    starts = _section_starts(lines)
    if len(starts) < 2:
        return text
    a, b = starts[-2], starts[-1]
    if not (_LATE.match(lines[b]) and _POST.match(lines[a])) or _label(lines[a]) == _label(lines[b]):
        return text
    first, last = lines[a:b], lines[b:]
    sep: list[str] = []
    while first and not first[-1].strip():  # a blank line between the two stays between them
        sep.insert(0, first.pop())
    return "\n".join(lines[:a] + last + sep + first) + tail


_DICTATED: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), s) for p, s in (
    (r"(?:informed )?consent: obtained\.?", "Informed consent was obtained."),
    (r"(?:informed )?consent: signed\.?", "The consent form was signed."),
    (r"time[- ]?out: (?:performed|done|completed|yes)\.?", "A time-out was performed."),
    (r"complications: none\.?", "There were no complications."),
    (r"(?:sedation|iv sedation): none\.?", "No sedation was given."),
    (r"(?:ebl|estimated blood loss): minimal\.?", "Estimated blood loss was minimal."),
    (r"disposition: (?:home|discharged home)\.?", "The patient was discharged home."),
))


def dictate_headers(text: str) -> str:
    """A one-line field whose whole value is a fixed safe word ('Consent: obtained', 'Complications: None',
    'Time-out: performed') is said as the sentence a dictating physician uses for it; nothing else changes."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        for rx, sentence in _DICTATED:
            if rx.fullmatch(stripped) and _field_match(lines, i):
                lines[i] = line[: len(line) - len(line.lstrip())] + sentence
                break
    return "\n".join(lines)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "inline_fields": inline_fields,
    "block_fields": block_fields,
    "paragraph_join": paragraph_join,
    "odd_spacing": odd_spacing,
    "attestation": attestation,
    "section_order": section_order,
    "dictate_headers": dictate_headers,
}
