"""Input errors of the analysis pipeline, each with its own CLI exit code.

`read_note` and `analyze_text` raise these instead of letting a decoding or parsing error
surface as a traceback; the CLI prints `message` and exits with `exit_code`, the REST service
answers 422. Messages never quote note text (it may hold PHI): they give sizes and counts.
"""

from __future__ import annotations

# Exit codes of `painpoint analyze` (documented in its --help). 1 and 2 are Typer's own.
EXIT_EMPTY = 3
EXIT_TOO_LARGE = 4
EXIT_BINARY = 5
EXIT_NO_PROCEDURE = 6
EXIT_UNREADABLE = 7
EXIT_UNKNOWN_PAYER = 8
EXIT_INTERNAL = 9

# The largest note accepted: 1 MiB of UTF-8. Real procedure notes are 1-10 kB; a larger file is
# almost always a wrong file (an export, a PDF) and would only make the analysis slow.
MAX_NOTE_BYTES = 1024 * 1024


class BadNoteError(ValueError):
    """A note that cannot be analysed; `exit_code` is the CLI's exit status for its kind."""

    exit_code: int = 1
    kind: str = "bad_note"

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code


class EmptyNoteError(BadNoteError):
    exit_code = EXIT_EMPTY
    kind = "empty"


class NoteTooLargeError(BadNoteError):
    exit_code = EXIT_TOO_LARGE
    kind = "too_large"


class BinaryNoteError(BadNoteError):
    exit_code = EXIT_BINARY
    kind = "binary"


class NoProcedureError(BadNoteError):
    exit_code = EXIT_NO_PROCEDURE
    kind = "no_procedure"


class UnreadableNoteError(BadNoteError):
    exit_code = EXIT_UNREADABLE
    kind = "unreadable"
