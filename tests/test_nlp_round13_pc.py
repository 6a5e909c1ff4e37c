"""Round 13 (PC13): wording families that the final sealed batch dev_fresh_bl showed misread. Fictional snippets
written for these tests, with wordings other than the batch notes'; each case failed before its change.

- A stellate ganglion block named act first, as an order name or a dictated title ('Sympathetic block, right stellate
  ganglion', 'Nerve block: left stellate', 'blockade of the right stellate ganglion') or with the sympathetic adjective
  after the ganglion ('left stellate sympathetic block'): no procedure was read, so no code line was proposed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api.pipeline import analyze_text

_DOS = dt.date(2026, 6, 9)


def _codes(text: str, pos: str = "11") -> list[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service=pos)
    return sorted(f"{c.code}{''.join('-' + m for m in sorted(c.modifiers))} x{c.units}" for c in r.codes)


_SGB_BODY = ("\nCRPS of the right hand. Consent obtained. A 25 g needle was advanced under ultrasound guidance to the "
             "prevertebral fascia at C6; 5 mL of 0.25% bupivacaine injected after negative aspiration. An image was "
             "saved. Horner's syndrome followed. No complications.\n")


@pytest.mark.parametrize("title", [
    "Sympathetic block, right stellate ganglion, under ultrasound.",
    "Cervical sympathetic block - right stellate.",
    "Nerve block: right stellate ganglion.",
    "Today: blockade of the right stellate ganglion with ultrasound.",
    "Right stellate sympathetic block under ultrasound.",
])
def test_stellate_named_act_first(title: str) -> None:
    assert _codes(title + _SGB_BODY, pos="24") == ["64510 x1", "76942-26 x1"]


def test_stellate_named_in_history_only_is_no_block() -> None:
    """guard: a stellate ganglion mentioned as anatomy, with no act on it, proposes no code."""
    text = ("Follow-up visit. The stellate ganglion lies anterior to the C7 transverse process; we discussed it. "
            "No procedure today.\n")
    assert _codes(text) == []


# --- levels: a title's level pair shifted by one in the technique --------------------------------------------------

def _levels(text: str) -> list[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")
    return [lv.name for p in r.facts.procedures for lv in p.levels]


@pytest.mark.parametrize("title, body, expected", [
    ("LEFT L4-5 AND L5-S1 FACET JOINT INJECTIONS", "the left L3-L4 and L4-L5 facet joints", ["L3-L4", "L4-L5"]),
    ("Right C4-5, C5-6 facet injections", "the right C5-C6 and C6-C7 facet joints", ["C5-C6", "C6-C7"]),
])
def test_levels_follow_needles_shifted_by_one(title: str, body: str, expected: list[str]) -> None:
    text = (f"{title}\n\nAxial neck or back pain for a year. Consent signed; time-out performed. Under fluoroscopy "
            f"22 g needles were advanced into {body}, intra-articular. 1 mL of 0.5% bupivacaine with 10 mg "
            "triamcinolone per joint. No complications. Diagnostic intent.\n")
    assert _levels(text) == expected


def test_levels_fewer_in_body_keep_title() -> None:
    """guard: a body that repeats one of the title's levels ('repeated at L5-S1') leaves the title's pair."""
    text = ("LEFT L4-5 AND L5-S1 FACET JOINT INJECTIONS\n\nConsent signed. Under fluoroscopy a 22 g needle was advanced "
            "into the left L5-S1 facet joint, then the next joint up. 1 mL of 0.5% bupivacaine in each. No "
            "complications. Diagnostic intent.\n")
    assert _levels(text) == ["L4-L5", "L5-S1"]


# --- intent: the intent word before its noun --------------------------------------------------------------------------

def _intent(text: str) -> list[str | None]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")
    return [p.intent for p in r.facts.procedures]


_FACET = ("Left L4-5 and L5-S1 facet joint injections.\nConsent signed. Under fluoroscopy 22 g needles were advanced "
          "into the left L4-L5 and L5-S1 facet joints. 1 mL of 0.5% bupivacaine in each. No complications. {line}\n")


@pytest.mark.parametrize("line, expected", [
    ("Diagnostic intent.", "diagnostic"),
    ("Done with therapeutic intent.", "therapeutic"),
    ("Therapeutic purpose", "therapeutic"),
])
def test_intent_word_before_its_noun(line: str, expected: str) -> None:
    assert _intent(_FACET.format(line=line)) == [expected]


def test_intent_word_before_its_noun_left_open() -> None:
    """guard: an intent still to be settled states none (the facet default then stands, as before)."""
    assert _intent(_FACET.format(line="Diagnostic intent undecided.")) == _intent(_FACET.format(line=""))
