"""Round 13 (PROC+DRUG, second round): the wording families the NEC engineer's pool sweep of dev_fresh_bi posted for
PROC: a title's bracketed intent wrapped onto the next line past a stray blank line (the odd-spacing layout), and the
sonography / echo words for ultrasound guidance (20611 for 20610 and the like). Fictional snippets written for these
tests, in wordings other than the batch's; each case failed before its change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api.pipeline import analyze_text
from nlp import extract

_DOS = dt.date(2026, 3, 10)


def _codes(text: str) -> list[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")
    return sorted(f"{c.code}{''.join('-' + m for m in sorted(c.modifiers))} x{c.units}" for c in r.codes)


# --- a title's intent wrapped onto the next line -----------------------------------------------------------------

_SI_TAIL = ("  Sacroiliitis M46.1.  History:\tOnset about ten\nmonths ago.  Consent:\tInformed consent obtained.\n"
            "Time-out:\tDone.  Under fluoroscopy the\nneedle entered the joint; 1 mL Omnipaque 240 showed spread, then "
            "40 mg Kenalog-40 injected.\n")


@pytest.mark.parametrize(("head", "intent"), [
    ("Left sacroiliac joint injection\n\n(diagnostic).", "diagnostic"),
    ("Left sacroiliac joint injection \t\n\n(therapeutic).", "therapeutic"),
    ("Left SI joint injection\n\n(diagnostic block)", "diagnostic"),
    ("Left sacroiliac joint injection\n[diagnostic]", "diagnostic"),
])
def test_title_intent_wrapped_past_a_blank_line_is_read(head: str, intent: str) -> None:
    """The bracket that opens the next written line after the title's name is the title's intent."""
    assert extract(head + _SI_TAIL).procedures[0].intent == intent


def test_a_bracket_after_a_closed_title_line_is_no_intent() -> None:
    """A bracket with no intent word on the next line ('(M46.1)') gives none (SI has no default intent)."""
    assert extract("Left sacroiliac joint injection.\n\n(M46.1) sacroiliitis." + _SI_TAIL).procedures[0].intent is None


# --- the sonography / echo words for ultrasound guidance ----------------------------------------------------------

_HIP = ("Left hip joint injection.\nIndication: left hip osteoarthritis M16.12.\nProcedure: Anterior approach to the "
        "left hip joint {guid}; image saved. 40 mg Kenalog-40 and 3 mL 1% lidocaine injected.\n")


@pytest.mark.parametrize("guid", [
    "with real-time sonography",
    "under sonography",
    "sonographically guided",
    "under ultrasonographic control",
    "echo-guided",
    "using POCUS",
])
def test_sonography_words_are_ultrasound_guidance(guid: str) -> None:
    """'sonography', 'sonographically', 'ultrasonographic', 'echo-guided', 'POCUS' name ultrasound guidance: 20611."""
    text = _HIP.format(guid=guid)
    assert extract(text).procedures[0].imaging.modality == "ultrasound"
    assert _codes(text) == ["20611-LT x1", "J3301 x4"]


def test_sonography_of_the_past_is_no_guidance() -> None:
    """A prior sonography in the history is no guidance of today's injection."""
    p = extract("Left hip joint injection. History: prior sonography of the hip was unremarkable.").procedures[0]
    assert p.imaging is None
