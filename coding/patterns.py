"""Knowledge-base regexes, compiled once each.

The KB keeps its patterns as text (YAML); the checks used to call `re.search(pattern, text, flags)`,
which looks the pattern up in `re`'s module cache on every call, converts the flag enum each time,
and recompiles whenever that cache (shared with every library in the process) has evicted it.
"""

from __future__ import annotations

import re
from functools import lru_cache

_IGNORECASE = int(re.IGNORECASE)


@lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = _IGNORECASE) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, kept for the life of the process."""
    return re.compile(pattern, flags)


def search(pattern: str, text: str, flags: int = _IGNORECASE) -> bool:
    """True when `re.search(pattern, text, flags)` finds a match (case-insensitive by default)."""
    return compiled(pattern, flags).search(text) is not None
