"""Slowing password guessing: after `limit` failed logins for one user name within `window_s`,
further attempts for that name are refused until the oldest failure ages out.

Kept in memory per process (a restart or a second worker starts afresh); scrypt already makes each
guess cost ~0.1 s, this caps guesses per account at a handful per window. Counting by user name,
not by address, also covers guessing spread over many addresses.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque


class LoginThrottle:
    def __init__(self, limit: int = 5, window_s: float = 900.0) -> None:
        self.limit = limit
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _prune(self, key: str, now: float) -> deque[float]:
        failures = self._failures[key]
        while failures and now - failures[0] >= self.window_s:
            failures.popleft()
        return failures

    def retry_after(self, username: str, now: float | None = None) -> int:
        """Seconds until another attempt is allowed for this name; 0 when allowed now."""
        now = time.monotonic() if now is None else now
        with self._lock:
            failures = self._prune(username.lower(), now)
            if len(failures) < self.limit:
                return 0
            return max(1, int(failures[0] + self.window_s - now + 0.999))

    def failed(self, username: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            self._prune(username.lower(), now).append(now)

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(username.lower(), None)
