"""The whole coded result of a test snippet, for tests that assert it exactly rather than one finding's membership.

A test that only asks whether one finding is raised cannot see a wrong code line or a stray finding beside it; these
helpers give the full code lines and the full set of finding elements so a test can state both. `pytest` puts this
folder on the import path (rootdir-relative test files without packages), so tests import it as `_snippet`.
"""

from __future__ import annotations

from collections.abc import Iterable

ALL = ("error", "warning", "info")
NO_INFO = ("error", "warning")


def code_lines(result) -> list[tuple[str, list[str], int]]:  # noqa: ANN001
    """Every code line billed, as (code, sorted modifiers, units), sorted."""
    return sorted((c.code, sorted(c.modifiers), c.units) for c in result.codes)


def finding_elements(result, severities: Iterable[str] = ALL) -> set[str]:  # noqa: ANN001
    """The elements of every finding of the given severities (all by default)."""
    keep = set(severities)
    return {f.element for f in result.findings if f.severity in keep}


def whole(result, severities: Iterable[str] = ALL) -> tuple[list[tuple[str, list[str], int]], set[str]]:  # noqa: ANN001
    """(code lines, finding elements) of one analysis result: what a coder reads off the note as a whole."""
    return code_lines(result), finding_elements(result, severities)
