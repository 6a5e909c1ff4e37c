"""The analysis pipeline: note text → facts (`nlp.extract`) → codes and findings
(`coding.engine.propose`) → one `AnalysisResult`; plus `read_note`, which validates a file.

Input checks live here so every entry point (CLI, REST, evaluation) refuses the same bad input
with the same message: empty or whitespace-only, larger than `MAX_NOTE_BYTES`, binary (NUL
bytes or mostly control characters). Text that is not UTF-8 is decoded with replacement
characters and reported in `notices`. Logs carry lengths, sources and timings, never text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import time
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from api.errors import (
    MAX_NOTE_BYTES,
    BinaryNoteError,
    EmptyNoteError,
    NoteTooLargeError,
    UnreadableNoteError,
)
from coding.result import AnalysisResult, CodingResult

if TYPE_CHECKING:
    from nlp import Reading

log = logging.getLogger("painpoint.pipeline")

NO_PROCEDURE_NOTICE = "No procedure was found in the note; no procedure codes were proposed."
_CONTROL_OK = frozenset("\t\n\r\f\v")
#: The control characters not in `_CONTROL_OK` (below a space, less tab, line feed, vertical tab, form feed, carriage
#: return): counted in C; a Python loop over every character of the sample was a note's hundredth.
_CONTROL_BAD = re.compile("[\x00-\x08\x0e-\x1f]")
_MAX_CONTROL_SHARE = 0.10  # more control characters than this in the sample → not text
_MAX_REPLACEMENT_SHARE = 0.30  # more undecodable bytes than this → not text
_SAMPLE = 8192


def _size_error(size: int) -> NoteTooLargeError:
    return NoteTooLargeError(
        f"note is {size / 1024 / 1024:.1f} MB; the limit is {MAX_NOTE_BYTES // 1024} KB "
        "(is this the right file?)"
    )


def validate_text(text: str) -> None:
    """Raise a `BadNoteError` for text no procedure note can be: empty, huge or binary."""
    if not text or not text.strip():
        raise EmptyNoteError("note is empty (no text besides whitespace)")
    if len(text) > MAX_NOTE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_NOTE_BYTES:
        raise _size_error(len(text.encode("utf-8", "surrogatepass")))
    if "\x00" in text:
        raise BinaryNoteError("note contains NUL bytes: it looks like a binary file, not text")
    sample = text[:_SAMPLE]
    control = len(_CONTROL_BAD.findall(sample))
    if control > _MAX_CONTROL_SHARE * len(sample):
        raise BinaryNoteError(f"note is mostly non-text ({control} control characters in the first "
                              f"{len(sample)}): it looks like a binary file")
    replaced = sample.count("\ufffd")
    if replaced > _MAX_REPLACEMENT_SHARE * len(sample):
        raise BinaryNoteError(f"note is mostly undecodable bytes ({replaced} of {len(sample)} characters)")


def read_note(path: str | Path) -> tuple[str, list[str]]:
    """Read one note file: (text, notices). Raises `BadNoteError` subclasses with clear messages."""
    p = Path(path)
    try:
        if not p.is_file():
            raise UnreadableNoteError(f"{p}: not a file" if p.exists() else f"{p}: no such file")
        size = p.stat().st_size
        if size > MAX_NOTE_BYTES:
            raise _size_error(size)
        data = p.read_bytes()
    except OSError as exc:
        raise UnreadableNoteError(f"{p}: cannot read ({exc.strerror or exc.__class__.__name__})") from exc
    notices: list[str] = []
    if b"\x00" in data[:_SAMPLE] or (data and data.count(b"\x00") > 0):
        raise BinaryNoteError(f"{p.name}: contains NUL bytes; it looks like a binary file, not a text note")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        notices.append(
            f"The file is not valid UTF-8: {bad} undecodable byte sequence(s) were replaced with U+FFFD; "
            "words containing them may be missed."
        )
    validate_text(text)
    return text, notices


def analyze_text(
    text: str,
    *,
    payer: str = "medicare",
    date_of_service: dt.date | None = None,
    place_of_service: str | None = None,
    source: str | None = None,
    notices: list[str] | None = None,
) -> AnalysisResult:
    """Analyse one note. The date and place of service given here win over those in the note.

    `notices` (e.g. from `read_note`) are carried into the result. A note naming no procedure
    still gets a result (diagnoses and findings can be useful), with a notice saying so.
    """
    from coding.engine import propose
    from nlp import read

    validate_text(text)
    started = time.perf_counter()
    with read(text, source, date_of_service) as reading:
        facts = reading.facts
        extracted = time.perf_counter()
        facts.encounter.payer = payer
        if date_of_service is not None:
            facts.encounter.date_of_service = date_of_service
        if place_of_service is not None:
            facts.encounter.place_of_service = place_of_service
        coded = propose(facts, payer=payer, date_of_service=facts.encounter.date_of_service)
        coded = _with_presence(reading, coded, payer)
    all_notices = list(notices or [])
    if not facts.procedures:
        all_notices.append(NO_PROCEDURE_NOTICE)
    result = AnalysisResult(
        source=source,
        procedures=facts.procedures,
        drugs=facts.drugs,
        assessments=facts.assessments,
        necessity=facts.necessity,
        codes=coded.codes,
        diagnoses=coded.diagnoses,
        findings=coded.findings,
        kb_version=coded.kb_version,
        facts=facts,
        notices=all_notices,
    )
    log.debug(
        "analyzed note source=%s chars=%d procedures=%d codes=%d extract_ms=%.1f code_ms=%.1f",
        source, len(text), len(facts.procedures), len(coded.codes),
        (extracted - started) * 1000, (time.perf_counter() - extracted) * 1000,
    )
    return result


def _with_presence(reading: Reading, coded: CodingResult, payer: str) -> CodingResult:
    """The presence verifier, lazily: only when a presence check failed having read nothing
    (`CodingResult.presence_unread`) are the kept Doc's sentences scored, for those elements alone;
    a sentence found goes into `facts.documented_elements` and the note is checked again. The same
    findings as scoring every note for every element (an element's verdict is its own, and
    `check_documentation` reads the verifier only for such failures), for a fraction of the cost:
    `documented_elements` now holds the sentences of the elements the checker asked about."""
    from coding.engine import propose

    if not coded.presence_unread:
        return coded
    documented = reading.documented(sorted(coded.presence_unread))
    if not documented:
        return coded
    facts = reading.facts
    facts.documented_elements = documented
    return propose(facts, payer=payer, date_of_service=facts.encounter.date_of_service)


@lru_cache(maxsize=1)
def _rules_digest() -> str:
    """A digest of the NLP rule files (`nlp/resources/*.yaml`), read once per process like the rules."""
    import nlp

    digest = hashlib.sha256()
    for path in sorted((Path(nlp.__file__).parent / "resources").glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return "rules-" + digest.hexdigest()[:12]


def analysis_fingerprint() -> str:
    """Everything besides the request that decides `analyze_text`'s result: the KB version, the NLP
    rules, whether the semantic matcher runs and whether the presence verifier runs (with which
    weights). Part of the service's result-cache key, so a result is never served across a change of
    any of them."""
    from coding.knowledge import load_kb
    from nlp.presence import enabled as presence_enabled
    from nlp.semantic import enabled

    presence = f"presence-{_presence_digest()}" if presence_enabled() else "presence-off"
    return f"{load_kb().version}|{_rules_digest()}|semantic-{'on' if enabled() else 'off'}|{presence}"


def _presence_digest() -> str:
    """A short digest of the presence verifier file in use (none when it is absent)."""
    from nlp.presence.model import active_model_path

    path = active_model_path()
    if not path.exists():
        return "none"
    stat = path.stat()
    return _file_digest(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=8)
def _file_digest(path: str, size: int, mtime_ns: int) -> str:
    """sha256 prefix of a file, kept per (path, size, mtime): hashed once per version of the file."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]
