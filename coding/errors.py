"""Errors the coding layer raises for bad requests (as opposed to findings about a note)."""

from __future__ import annotations


class CodingError(ValueError):
    """A request the engine cannot honour; the message says what to change."""


class UnknownPayerError(CodingError):
    """The payer name is not a profile in `coding/kb/payers.yaml`."""

    def __init__(self, payer: str, known: list[str]) -> None:
        self.payer = payer
        self.known = sorted(known)
        super().__init__(f"unknown payer {payer!r}; known payers: {', '.join(self.known)}")
