"""Keep the analysed rule regexes between starts, so a process does not redo the work `nlp.fast_regex` does.

Most of a pipeline load was rule compilation: several hundred patterns parsed, analysed (first-character guards,
start sets, inner guards, required words) and compiled to `re` programs by `nlp.fast_regex` at every start. Every
one of those results depends only on its arguments (the pattern text and flags), the engine code and the Python
version, so they are kept in one file and read back at the next start: the compiled programs themselves (the
`_sre` code lists `re` would run) and the small answers (required words, guards, widths).

* Where: `$PAINPOINT_CACHE_DIR`, else the platform's user cache folder (`$XDG_CACHE_HOME/painpoint`,
  `~/.cache/painpoint`; `~/Library/Caches/painpoint` on macOS; `%LOCALAPPDATA%\\painpoint\\Cache` on Windows).
  `PAINPOINT_CACHE_DIR=off` (or `0`, `none`, `false`) disables it: every start analyses the rules again.
* Keys: each entry is keyed by its function and arguments (the pattern text itself, so a changed rule simply
  misses and is analysed again); the file name carries a digest of the engine sources (`fast_regex.py`,
  `anchored.py`, this file) and the Python version, so a changed engine or interpreter never reads an older file.
* Safety: the file holds a CRC-32 of its payload (damage, not tampering: whoever can write the folder can write
  the code too); a file that does not verify, cannot be read or holds a program
  `_sre` refuses is ignored (analysed afresh and rewritten), and a folder that cannot be written only costs the
  saving. Both are logged at INFO with the path and the error type; patterns are rule text, and nothing here ever
  sees note text.
* Writes are atomic (a temporary file in the same folder, then `os.replace`), so concurrent processes at worst
  overwrite each other's additions, which the next start adds again. Each engine edit starts a new file; files of
  other engine versions beyond the four newest are removed when one is written.
"""

from __future__ import annotations

import atexit
import gc
import hashlib
import logging
import marshal
import os
import sys
import tempfile
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

logger = logging.getLogger(__name__)

ENV_VAR = "PAINPOINT_CACHE_DIR"
_OFF = {"off", "0", "none", "false", "no"}
_MAGIC = b"PPRC1\n"  # file format tag; the payload's CRC-32 (4 bytes, big-endian) follows, then the marshalled payload
_MAX_ENTRIES = 20000  # past this, a save keeps only the entries this process used (old rule versions drop out)
_KEEP_FILES = 4  # files of other engine versions (other checkouts, earlier edits) kept beside the one written
_ENGINE_FILES = ("fast_regex.py", "rule_cache.py", "anchored.py")
_MISSING = object()


def default_directory() -> Path | None:
    """The cache folder from `PAINPOINT_CACHE_DIR` or the platform's user cache folder; None when disabled."""
    env = os.environ.get(ENV_VAR)
    if env is not None:
        return None if env.strip().lower() in _OFF or not env.strip() else Path(env).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "painpoint" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "painpoint"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "painpoint"


def engine_digest() -> str:
    """What every cached answer depends on besides its own arguments: the engine sources and the interpreter (the
    `_sre` program format and `re`'s parser and compiler change between Python versions)."""
    import _sre

    h = hashlib.sha256()
    here = Path(__file__).parent
    for name in _ENGINE_FILES:
        h.update((here / name).read_bytes())
    h.update(f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}".encode())
    return h.hexdigest()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for the block (resumed after; left alone when someone else paused it).

    For work that allocates a great many objects and leaves no garbage cycles: collections are triggered by the count
    of allocations, and the older-generation ones walk the whole heap (the loaded spaCy pipeline included) to find
    nothing. Analysing a rule builds hundreds of thousands of short-lived parser nodes that reference counting frees
    (about a quarter of a cold start's rule analysis went to collections), and importing the rule stack and building
    the pipeline make objects that live as long as the process (a fifth of a warm load: `nlp.pipeline`). Cycles made
    in the block are found by the first collection after it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class RuleCache:
    """Answers of the rule engine keyed by (function name, arguments), read from and written to one file.

    `directory` None: in memory only (nothing read or written)."""

    def __init__(self, directory: Path | None, digest: str | None = None) -> None:
        self.digest = digest or engine_digest()
        self.path = None if directory is None else Path(directory) / f"rules-{self.digest[:24]}.bin"
        self.entries: dict[tuple, Any] = {}
        self.used: set[tuple] = set()
        self.dirty = False
        self.loaded = 0  # entries read from the file (0 on a cold start)
        self._writable = self.path is not None
        if self.path is not None:
            self._load()

    def _load(self) -> None:
        assert self.path is not None
        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            logger.info("rule cache %s not readable (%s); analysing the rules afresh", self.path, type(exc).__name__)
            return
        try:
            if not blob.startswith(_MAGIC):
                raise ValueError("not a rule cache file")
            check, payload = blob[len(_MAGIC):len(_MAGIC) + 4], blob[len(_MAGIC) + 4:]
            if zlib.crc32(payload).to_bytes(4, "big") != check:
                raise ValueError("checksum mismatch")
            data = marshal.loads(payload)
            if not isinstance(data, dict) or data.get("engine") != self.digest or not isinstance(data.get("entries"), dict):
                raise ValueError("another engine's file")
        except Exception as exc:  # noqa: BLE001  (any unreadable file is only a cold start)
            logger.info("rule cache %s ignored (%s); analysing the rules afresh", self.path, type(exc).__name__)
            self.dirty = True  # rewrite it with good entries
            return
        self.entries = data["entries"]
        self.loaded = len(self.entries)

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """The answer for `key`, computed (and kept for the next save) when missing."""
        value = self.entries.get(key, _MISSING)
        if value is _MISSING:
            with collector_paused():
                value = compute()
            self.entries[key] = value
            self.dirty = True
        self.used.add(key)
        return value

    def replace(self, key: tuple, value: Any) -> None:
        """Put a recomputed answer in place of a stored one that could not be used."""
        self.entries[key] = value
        self.used.add(key)
        self.dirty = True

    def save(self) -> bool:
        """Write the entries when something was added (atomically); False when nothing was written."""
        if not (self.dirty and self._writable and self.path is not None):
            return False
        entries = self.entries
        if len(entries) > _MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self.used}
        tmp = None
        try:
            payload = marshal.dumps({"engine": self.digest, "entries": entries})
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".rules-", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
            os.replace(tmp, self.path)
            tmp = None
            self._drop_old_files()
        except (OSError, ValueError) as exc:
            logger.info("rule cache %s not written (%s); rules are analysed at every start", self.path,
                        type(exc).__name__)
            self._writable = False  # one try per process
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
            return False
        self.dirty = False
        return True

    def _drop_old_files(self) -> None:
        """Remove the files of older engine versions beyond the `_KEEP_FILES` most recently written (each edit of the
        engine starts a new file; another checkout sharing the folder keeps its own while it is in use)."""
        assert self.path is not None
        try:
            others = [p for p in self.path.parent.glob("rules-*.bin") if p != self.path]
            if len(others) > _KEEP_FILES:
                for old in sorted(others, key=lambda p: p.stat().st_mtime, reverse=True)[_KEEP_FILES:]:
                    old.unlink(missing_ok=True)
        except OSError:  # another process removed one first: its own clean-up
            pass


_CACHE: list[RuleCache] = []
_AT_EXIT: list[bool] = []


def cache() -> RuleCache:
    """The process-wide cache, opened on first use from `PAINPOINT_CACHE_DIR` (saved at exit when changed)."""
    if not _CACHE:
        _CACHE.append(RuleCache(default_directory()))
        if not _AT_EXIT:
            _AT_EXIT.append(True)
            atexit.register(save)
    return _CACHE[0]


def save() -> bool:
    """Write the process-wide cache now when it gained entries (after a pipeline build; again at exit)."""
    return bool(_CACHE) and _CACHE[0].save()


def reset(new: RuleCache | None = None) -> None:
    """Forget the process-wide cache (tests; a changed `PAINPOINT_CACHE_DIR`): the next use opens it again."""
    _CACHE.clear()
    if new is not None:
        _CACHE.append(new)
