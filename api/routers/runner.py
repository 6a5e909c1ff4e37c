"""Runs the analyzer for the REST and CDS routers: off the event loop, one at a time per worker
process (a capacity limiter: the NLP is CPU-bound Python, extra threads only fight over the GIL),
abandonable on time-out, with bad-input errors of the pipeline mapped to 422, and a result cache.

The cache exists because an EHR fires note-sign hooks repeatedly on the same unchanged note; it is
keyed by a SHA-256 of the note plus the coding inputs, lives in process memory only, and holds
results (which quote evidence spans) rather than whole notes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import anyio

from api.deps import Analyzer
from api.schemas.errors import ApiError


def _input_error_types() -> list[tuple[type[BaseException], str]]:
    """The pipeline's bad-input exceptions, looked up lazily so this layer loads without them."""
    found: list[tuple[type[BaseException], str]] = []
    try:
        from api.errors import BadNoteError

        found.append((BadNoteError, "bad_note"))
    except ImportError:  # pragma: no cover - only if the pipeline module is absent
        pass
    try:
        from coding.errors import UnknownPayerError

        found.append((UnknownPayerError, "unknown_payer"))
    except ImportError:  # pragma: no cover - until the coding layer lands
        pass
    return found


# `api.errors.BadNoteError.kind` → our error code.
_NOTE_ERRORS = {"empty": "empty_note", "too_large": "note_too_large", "binary": "binary_note",
                "unreadable": "unreadable_note", "no_procedure": "no_procedure"}


def input_error(exc: BaseException) -> ApiError | None:
    """The 422 for a bad-input exception of the pipeline or engine; None for anything else (a bug)."""
    for kind, code in _input_error_types():
        if isinstance(exc, kind):
            if code == "bad_note":
                code = _NOTE_ERRORS.get(getattr(exc, "kind", ""), "bad_note")
            return ApiError(422, code, str(exc) or code.replace("_", " "))
    return None


class ResultCache:
    """A bounded LRU of analysis results, thread-safe, in process memory only (never persisted).

    Bounded by entry count (`size`; 0 turns the cache off). `fingerprint` names what besides the
    request decides a result (`api.pipeline.analysis_fingerprint`: KB version, NLP rules, semantic
    matcher on/off); it is part of every key, so a change of any of them is a miss, not a stale hit.
    """

    def __init__(self, size: int, fingerprint: Callable[[], str] | None = None) -> None:
        self.size = size
        self.fingerprint = fingerprint or (lambda: "")
        self._data: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._data)

    def get(self, key: str) -> Any | None:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: str, value: Any) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def key(self, text: str, payer: str, dos: dt.date | None, pos: str | None, source: str | None) -> str:
        """SHA-256 of the note and every input that changes the result; the note itself is not kept."""
        return cache_key(text, payer, dos, pos, source, self.fingerprint())


def cache_key(
    text: str, payer: str, dos: dt.date | None, pos: str | None, source: str | None, fingerprint: str = ""
) -> str:
    h = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    for part in (payer, dos.isoformat() if dos else "", pos or "", source or "", fingerprint):
        h.update(b"\0" + part.encode())
    return h.hexdigest()


async def run_analysis(
    analyzer: Analyzer,
    cache: ResultCache,
    limiter: anyio.CapacityLimiter,
    text: str,
    *,
    payer: str,
    date_of_service: dt.date | None,
    place_of_service: str | None,
    source: str | None,
) -> Any:
    """The `AnalysisResult` for one note; raises :class:`ApiError` (422) for bad input."""
    if not text.strip():
        raise ApiError(422, "empty_note", "the note is empty")
    key = cache.key(text, payer, date_of_service, place_of_service, source)
    hit = cache.get(key)
    if hit is not None:
        return hit

    def call() -> Any:
        return analyzer(
            text, payer=payer, date_of_service=date_of_service, place_of_service=place_of_service, source=source
        )

    try:
        result = await anyio.to_thread.run_sync(call, abandon_on_cancel=True, limiter=limiter)
    except Exception as exc:
        raise input_error(exc) or exc
    cache.put(key, result)
    return result
