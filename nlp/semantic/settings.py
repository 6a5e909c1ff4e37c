"""Run-time switches for the semantic matcher, read from the environment.

The matcher is optional: a deployment without the ``semantic`` extra, or one that wants the
rules' exact behaviour, must be able to switch it off without code changes. Environment
variables (not a config file) because the CLI, the REST service and CI all start from a shell.

- ``PAINPOINT_SEMANTIC``: ``1``/``true``/``on``/``yes`` switches the matcher on; unset or
  ``0``/``false``/``off``/``no`` leaves it off. Opt-in: it adds about 6-8 ms of CPU to a
  3,000-character note (rules-only analysis about 13 ms), measured in ``benchmarks/semantic.py``.
- ``PAINPOINT_TORCH_THREADS``: intra-op threads for torch (default 1). Measured on the 2-core
  machine: with 2 threads, any other load on the box makes torch's spinning threads fight it
  (single-note latency went from ~35 ms to ~470 ms); one thread per process, and one process
  per core (server workers, batch jobs), uses both cores without that collapse.
- ``PAINPOINT_SEMANTIC_HEAD``: path of a trained head (``.npz``) to use instead of the packaged one.
- ``PAINPOINT_SEMANTIC_CACHE``: how many distinct sentence embeddings to keep (default 4096,
  about 6 MB; 0 turns the cache off, as the benchmark's cold figures do).
"""

from __future__ import annotations

import os
from pathlib import Path

_OFF = frozenset({"0", "false", "off", "no"})
_ON = frozenset({"1", "true", "on", "yes"})

#: The packaged head trained by ``painpoint train semantic``.
DEFAULT_HEAD_PATH = Path(__file__).resolve().parent / "resources" / "head.npz"


def switched_off(variable: str) -> bool:
    """True when the environment variable `variable` says off ('0', 'false', 'off', 'no'): the one
    reading of an on/off switch for every optional component (semantic matcher, presence verifier)."""
    return os.environ.get(variable, "").strip().lower() in _OFF


def env_enabled() -> bool:
    """True only when ``PAINPOINT_SEMANTIC`` switches the matcher on (it is opt-in)."""
    return os.environ.get("PAINPOINT_SEMANTIC", "").strip().lower() in _ON


def env_switched_off() -> bool:
    """True when ``PAINPOINT_SEMANTIC`` explicitly says off (as ``--no-semantic`` sets it)."""
    return switched_off("PAINPOINT_SEMANTIC")


def torch_threads() -> int:
    """Threads torch may use in this process."""
    raw = os.environ.get("PAINPOINT_TORCH_THREADS", "").strip()
    if raw:
        try:
            return max(1, int(raw))
        except ValueError:
            pass
    return 1


def head_path() -> Path:
    """Where the trained head is read from."""
    raw = os.environ.get("PAINPOINT_SEMANTIC_HEAD", "").strip()
    return Path(raw) if raw else DEFAULT_HEAD_PATH


def embedding_cache_size() -> int:
    """Distinct sentences whose embeddings are kept in memory."""
    raw = os.environ.get("PAINPOINT_SEMANTIC_CACHE", "").strip()
    try:
        return max(0, int(raw)) if raw else 4096
    except ValueError:
        return 4096
