"""The note as HTML with every evidence span marked, built from character offsets.

Each piece of note text is escaped here, one by one, and only our own `<mark>` tags are added, so
the result can be marked safe without trusting the note. Overlapping spans are handled by cutting
the text at every span boundary: each piece lists all the references (code lines, findings,
diagnoses) whose evidence covers it, which the page's script uses to light up one reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup, escape

_REF = re.compile(r"^[a-z]+-[0-9]+$")


def highlight(text: str, spans: Iterable[tuple[int, int, str]]) -> Markup:
    """`spans` are (start, end, ref) with half-open offsets; out-of-range offsets are clamped and
    empty spans dropped, so a bad offset never breaks the page."""
    cleaned: list[tuple[int, int, str]] = []
    for start, end, ref in spans:
        if not _REF.match(ref):
            raise ValueError(f"bad reference {ref!r}")
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        if end > start:
            cleaned.append((start, end, ref))
    cuts = sorted({0, len(text), *(s for s, _, _ in cleaned), *(e for _, e, _ in cleaned)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        refs = sorted({ref for s, e, ref in cleaned if s <= a and b <= e})
        if refs:
            out.append(f'<mark class="ev" data-refs="{" ".join(refs)}">{piece}</mark>')
        else:
            out.append(str(piece))
    return Markup("".join(out))
