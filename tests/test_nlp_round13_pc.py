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


# --- conservative care: 'neither/none' with a verb of lessening ------------------------------------------------------

_ESI = ("Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nLeft L5 radicular leg pain for five "
        "months (M54.16). {care} Cannot walk more than a block. MRI: left L5-S1 foraminal stenosis.\nConsent signed. "
        "Time-out done. Pre 7/10. A 22 g needle was placed in the left L5-S1 foramen; Omnipaque 1 mL, then "
        "dexamethasone 10 mg. Post 2/10. No complications.\n")


@pytest.mark.parametrize("care", [
    "Ten weeks of physical therapy and naproxen were tried; neither lessened the pain.",
    "She did 3 months of PT and took meloxicam, none of which reduced her leg pain.",
    "Chiropractic for 8 weeks and gabapentin: neither one has really budged the pain.",
])
def test_care_failed_neither_lessened(care: str) -> None:
    r = analyze_text(_ESI.format(care=care), payer="medicare", date_of_service=_DOS, place_of_service="11")
    assert "conservative_care" not in {f.element for f in r.findings}
    assert {c.outcome for c in r.facts.necessity.conservative_care} == {"failed"}


# --- radicular findings in a flattened note's pipe-separated history field -------------------------------------------

@pytest.mark.parametrize("field", [
    "| Hx: Electric pain down the right leg to the big toe; numb dorsum of the foot.",
    "| History: Burning pain into the right calf and foot, SLR positive at 40 degrees.",
])
def test_radicular_in_pipe_history_field(field: str) -> None:
    text = ("Procedure: Right L5-S1 transforaminal epidural injection | Dx: Lumbar radiculopathy (M54.16). "
            f"{field} | Prep: Consent obtained. | Proc: 22 g needle to the right L5-S1 foramen under fluoroscopy; "
            "dexamethasone 10 mg. | Post: No complications.\n")
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")
    assert len(r.facts.necessity.radicular_findings) == 1


def test_radicular_pipe_field_ends_at_next_pipe() -> None:
    """guard: weakness told in the technique field after the history field is not a radicular finding."""
    text = ("Procedure: Right L5-S1 transforaminal epidural injection | Dx: Low back pain (M54.50). | Hx: Axial back "
            "pain for a year. | Proc: 22 g needle to the right L5-S1 foramen; transient leg weakness afterwards.\n")
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")
    assert r.facts.necessity.radicular_findings == []


# --- function: an activity cut down to a spell or a distance ---------------------------------------------------------

_MBB = ("Right L4-5 and L5-S1 facet joint injections.\nAxial right low back pain for two years (M47.816); PT for "
        "ten weeks failed. {func}\nConsent signed. Under fluoroscopy needles into the right L4-L5 and L5-S1 facet "
        "joints; 1 mL 0.5% bupivacaine each. Pre 7/10, post 2/10. No complications. Diagnostic intent.\n")


@pytest.mark.parametrize("func", [
    "Her walks have been restricted to one block.",
    "Cooking is confined to ten minutes at a time.",
    "Errands are limited to short trips near home.",
])
def test_function_activity_cut_down(func: str) -> None:
    r = analyze_text(_MBB.format(func=func), payer="medicare", date_of_service=_DOS, place_of_service="11")
    assert [f.value for f in r.facts.necessity.functional_impairment] == [func]


# --- complications: a note cut off mid-list after its 'no ...' --------------------------------------------------------

_CX = ("Right L4-5 and L5-S1 facet joint injections.\nConsent signed. Under fluoroscopy needles into the right L4-L5 "
       "and L5-S1 facet joints; 1 mL 0.5% bupivacaine each. Post 2/10. {end}")


@pytest.mark.parametrize("end", ["No bleeding, infection and", "Without complications or", "No hematoma,"])
def test_complications_cut_off_mid_list_say_nothing(end: str) -> None:
    r = analyze_text(_CX.format(end=end), payer="medicare", date_of_service=_DOS, place_of_service="11")
    assert r.facts.complications is None


@pytest.mark.parametrize("end", ["No complications", "No bleeding or infection.\n"])
def test_complications_whole_statement_still_none(end: str) -> None:
    """guard: a complete statement at the note's end, with or without its full stop."""
    r = analyze_text(_CX.format(end=end), payer="medicare", date_of_service=_DOS, place_of_service="11")
    assert r.facts.complications.value == "none"
