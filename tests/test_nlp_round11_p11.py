"""Round-11 fixes (PROC, P11) of the sealed batches dev_fresh_az/ba/bb, written as families of wordings.

* a signed correction names the side ('Addendum: side corrected to LEFT', 'laterality should read LEFT'): the corrected
  side is the procedure's and no side conflict is left behind (fbb-tfesi-01);
* a procedure only talked about as a later choice ('we discussed lateral branch RFA as a longer-lasting option',
  'options include ...', 'she asked about ...', '... remains an option') is not today's (fba-sij-02);
* an earlier session dated by a season, month or year ('Medial branch blocks were done in the spring of 2026') and an
  earlier visit's text under a bracketed label ('[Prior visit text, 04/2026: "plan MBB #2"]') are not today's (fbb-rfa-02);
* a bare 'CT shows ...' (and EMG, bone scan, SPECT) is an imaging report, whose sides are not the procedure's (fba-mbb-01);
* a trigger point injection told as the injection of muscles, taut bands or tender points, without its name
  (faz-tpi-01);
* fluoroscopic views named after the word ('Two views, AP and lateral, were saved') are fluoroscopy, as 'AP and lateral
  views' were already; saved 'images' alone still name no guidance (corpus gold) (fba-tfesi-03);
* levels follow where the needle went when the technique names only other levels than the title (lead's ruling,
  fba-tfesi-03), and a signed correction of the level decides the levels;
* a wrapped line that opens with a bare decimal ('0.5 mL' + newline + '.5% bupivacaine') goes on the sentence (m2's
  leading-zero transform of dev_fresh_a, reported by D11).

Every snippet is fictional and written for this file in a wording of the family (not a sentence of the batches); each
failed before the change it tests, except the guards (named so) that pin what the new rules must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api.pipeline import analyze_text
from nlp import extract

_DOS = dt.date(2026, 6, 1)


def _procs(text: str) -> list[tuple[str, str | None]]:
    return [(p.family, p.laterality) for p in extract(text).procedures]


def _families(text: str) -> list[str]:
    return [p.family for p in extract(text).procedures]


def _result(text: str) -> tuple[list[str], set[str]]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")
    codes = sorted(f"{c.code}{''.join('-' + m for m in sorted(c.modifiers))} x{c.units}" for c in r.codes)
    return codes, {f.element for f in r.findings}


# --- a signed correction of the side ---------------------------------------------------------------------------------

_TFESI_RIGHT_TITLE = ("RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION\n"
                      "Under fluoroscopy a 22 g needle was placed at the L5-S1 foramen; Omnipaque 1 mL outlined the root. "
                      "Dexamethasone 10 mg injected. AP and lateral views saved.\n")


@pytest.mark.parametrize("addendum", [
    "Addendum 15:05: the side in the title was entered in error - side corrected to LEFT.",
    "ADDENDUM: laterality amended from right to left.",
    "Correction: the side should read LEFT; the needle went to the left foramen.",
    "Late entry 06/02/2026: correct side: left.",
    "Addendum - the side was in fact left, as the images show.",
    "Correction - the procedure was performed on the LEFT.",
    "Note: performed on the LEFT side, not the right as dictated in the title.",
    "The block was done on the left, not right as scheduled.",
])
def test_a_signed_correction_decides_the_side_and_leaves_no_conflict(addendum: str) -> None:
    text = _TFESI_RIGHT_TITLE + addendum + "\n"
    codes, findings = _result(text)
    assert _procs(text) == [("transforaminal_epidural", "left")]
    assert "64483-LT x1" in codes and "laterality_conflict" not in findings


def test_the_corrected_side_gives_the_modifier_and_no_conflict() -> None:
    text = ("PROCEDURE: Transforaminal epidural steroid injection, L4-L5\nSide: RIGHT\n"
            "Left oblique view; 22 g needle to the left L4-L5 foramen under fluoroscopy, contrast outlined the left L4 "
            "root. Dexamethasone 10 mg injected.\n"
            "Addendum: side corrected to LEFT (the header was copied from the order).\n")
    codes, findings = _result(text)
    assert "64483-LT x1" in codes and "laterality_conflict" not in findings


@pytest.mark.parametrize("addendum", [
    "Addendum: post-procedure pain corrected to 3/10.",
    "Addendum: the level should read L5-S1.",
    "Her pain is on the left, not the right.",
])
def test_guard_a_correction_of_something_else_leaves_the_side(addendum: str) -> None:
    assert _procs(_TFESI_RIGHT_TITLE + addendum + "\n") == [("transforaminal_epidural", "right")]


# --- a procedure only talked about as a later choice -----------------------------------------------------------------

_SIJ = ("Procedure: Right sacroiliac joint injection under fluoroscopy.\n"
        "A 22 g needle entered the inferior right SI joint; Depo-Medrol 40 mg with 1 mL 1% lidocaine injected.\n")


@pytest.mark.parametrize("plan", [
    "We discussed lateral branch radiofrequency ablation as a longer-lasting option at her next visit.",
    "We talked about lateral branch radiofrequency ablation.",
    "She is interested in sacroiliac joint radiofrequency ablation.",
    "We went over lateral branch radiofrequency ablation, which she would like to think about.",
    "Lateral branch radiofrequency ablation would be a reasonable next step.",
    "I mentioned sacroiliac joint radiofrequency ablation as an alternative.",
    "Spinal cord stimulator trial remains an option.",
])
def test_a_procedure_talked_about_as_a_later_choice_is_not_today(plan: str) -> None:
    assert _families(_SIJ + plan + "\n") == ["si_joint_injection"]


@pytest.mark.parametrize("sentence", [
    "We discussed the risks of a right sacroiliac joint injection and she agreed.",
    "The above-mentioned right sacroiliac joint injection was then performed.",
    "We proceeded with a right sacroiliac joint injection as the next step.",
])
def test_guard_todays_procedure_in_talk_stays_today(sentence: str) -> None:
    text = ("PROCEDURE NOTE\n\n" + sentence
            + "\nA 22 g needle entered the inferior right SI joint under fluoroscopy; Depo-Medrol 40 mg injected.\n")
    assert _procs(text) == [("si_joint_injection", "right")]


# --- an earlier session dated by a period; an earlier visit's text under a bracketed label ---------------------------

_RFA = ("Right L5-S1 facet radiofrequency neurotomy (L4 medial branch and L5 dorsal ramus) under fluoroscopy.\n"
        "Lesions at 80 C for 90 seconds at each nerve.\n")


@pytest.mark.parametrize("history", [
    "Diagnostic medial branch blocks were done in the fall of 2025.",
    "Right L4-5 medial branch blocks were given in January 2026 and February 2026.",
    "Two medial branch blocks were done in 2025.",
    "[Prior visit text, 04/2026: \"pain 8/10, plan MBB #2\"]",
])
def test_an_earlier_session_is_not_today(history: str) -> None:
    assert _families(_RFA + history + "\n") == ["facet_rfa"]


# --- an imaging or nerve-study report names sides that are not the procedure's ---------------------------------------

_MBB_TITLE = "Right L4-5 and L5-S1 medial branch blocks, diagnostic #1\n\nRight low back pain for a year. "
_MBB_TECHNIQUE = ("\n\nUnder fluoroscopy 22 g needles were placed for the right L3 and L4 medial branches and the right "
                  "L5 dorsal ramus; 0.5 mL of 0.5% bupivacaine at each.\n")


@pytest.mark.parametrize("report", [
    "CT shows right greater than left facet arthropathy at L4-5 and L5-S1.",
    "SPECT-CT demonstrates increased activity in the bilateral L4-5 facet joints.",
])
def test_an_imaging_report_gives_no_side(report: str) -> None:
    assert _procs(_MBB_TITLE + report + _MBB_TECHNIQUE) == [("facet_injection", "right")]


def test_guard_ct_guidance_is_still_the_procedure() -> None:
    text = ("Procedure: lumbar transforaminal epidural steroid injection.\n"
            "Under CT guidance with a 22 g needle the left L5-S1 foramen was entered; dexamethasone 10 mg injected.\n")
    assert _procs(text) == [("transforaminal_epidural", "left")]


# --- a trigger point injection told without its name -----------------------------------------------------------------

@pytest.mark.parametrize("technique", [
    "Using a 25 g needle I injected 2 mL of 0.25% bupivacaine into each of the two muscles.",
    "1 mL of 1% lidocaine was placed into each of the three tender points.",
    "The taut bands were then infiltrated with 1% lidocaine, 1 mL each.",
    "I needled and injected the two taut bands with 0.5% lidocaine.",
    "1% lidocaine 2 mL injected into the right upper trapezius and 2 mL into the levator scapulae.",
])
def test_an_injection_of_muscles_is_a_trigger_point_injection(technique: str) -> None:
    text = ("Myofascial pain of the right neck and shoulder girdle (M79.18) with taut bands and twitch responses.\n"
            "Consent and time-out documented.\n" + technique + "\nNo complications.\n")
    assert _families(text) == ["trigger_point"]


def test_the_muscle_injection_gives_the_trigger_point_code() -> None:
    text = ("Taut bands with local twitch in the right upper trapezius and levator scapulae; myofascial pain (M79.18).\n"
            "Using a 25 gauge needle I injected 2 mL of 0.25% bupivacaine into each of the two muscles.\n")
    codes, _ = _result(text)
    assert codes == ["20552 x1"]


def test_guard_local_anaesthetic_into_muscles_on_the_way_to_a_facet_adds_no_trigger_point() -> None:
    text = ("Procedure: left L4-5 intra-articular facet joint injection under fluoroscopy.\n"
            "1% lidocaine was injected into the skin and the paraspinal muscles; a 22 g needle entered the left L4-5 "
            "facet joint and Kenalog 20 mg was injected.\n")
    assert _families(text) == ["facet_injection"]


# --- fluoroscopic views named after the word ------------------------------------------------------------------------

_TFESI_NO_MODALITY = ("Procedure: Right L5-S1 transforaminal epidural steroid injection.\n"
                      "A 22 g needle was placed in the right L5-S1 foramen; contrast outlined the L5 root. "
                      "Dexamethasone 10 mg. ")


@pytest.mark.parametrize("views", [
    "Two views, AP and lateral, were saved to PACS.",
    "Views: AP/lateral, saved.",
    "Final needle position documented in projections in AP and oblique.",
])
def test_named_projections_are_fluoroscopy(views: str) -> None:
    p = extract(_TFESI_NO_MODALITY + views + "\n").procedures[0]
    assert p.imaging is not None and p.imaging.modality == "fluoroscopy"


@pytest.mark.parametrize("images", ["Images: AP and lateral saved.", "AP and lateral images were saved to the record."])
def test_guard_saved_images_alone_name_no_guidance(images: str) -> None:
    p = extract(_TFESI_NO_MODALITY + images + "\n").procedures[0]
    assert p.imaging is None or p.imaging.modality is None


# --- levels follow where the needle went -----------------------------------------------------------------------------

def _levels(text: str) -> list[list[str]]:
    return [[lv.name for lv in p.levels] for p in extract(text).procedures]


@pytest.mark.parametrize("text, levels", [
    ("PROCEDURE: Right L4-L5 transforaminal epidural steroid injection.\n"
     "Technique: I targeted the right L5-S1 foramen, where the root is compressed. A 22 g needle was placed in the "
     "superior right L5-S1 foramen under fluoroscopy; dexamethasone 10 mg injected.\n", ["L5-S1"]),
    ("Procedure: lumbar interlaminar epidural steroid injection\nLevel: L4-5\n"
     "Under fluoroscopy a 20 g Tuohy needle was advanced into the L3-L4 interlaminar space with loss of resistance; "
     "Depo-Medrol 80 mg injected.\n", ["L3-L4"]),
    ("Left C5-6 cervical transforaminal ESI\n"
     "The needle was directed to the left C6-C7 foramen in the oblique view and dexamethasone 10 mg injected.\n",
     ["C6-C7"]),
])
def test_levels_follow_where_the_needle_went(text: str, levels: list[str]) -> None:
    assert _levels(text) == [levels]
    assert "laterality_conflict" in _result(text)[1]


@pytest.mark.parametrize("text, levels", [
    ("Right L4-5 and L5-S1 transforaminal epidural steroid injections.\n"
     "A 22 g needle was placed in the right L4-5 foramen; the same was repeated at the remaining level.\n",
     ["L4-L5", "L5-S1"]),
    ("Right L5-S1 transforaminal epidural steroid injection.\n"
     "Contrast spread cephalad to the L4-5 level without vascular uptake.\n", ["L5-S1"]),
])
def test_guard_a_body_that_shares_a_level_or_places_no_needle_keeps_the_title(text: str, levels: list[str]) -> None:
    assert _levels(text) == [levels]


# --- a signed correction of the level --------------------------------------------------------------------------------

_TFESI_L45_TITLE = ("RIGHT L4-L5 TRANSFORAMINAL EPIDURAL STEROID INJECTION\n"
                    "Under fluoroscopy a 22 g needle was placed at the right foramen; Omnipaque 1 mL outlined the root. "
                    "Dexamethasone 10 mg injected.\n")


@pytest.mark.parametrize("addendum", [
    "Addendum: level corrected to L5-S1.",
    "Addendum: the level should read L5-S1, not L4-L5.",
    "Correction: the procedure was performed at L5-S1, not L4-L5 as dictated.",
    "Late entry - correct level: L5-S1.",
])
def test_a_signed_correction_decides_the_level_and_leaves_no_conflict(addendum: str) -> None:
    text = _TFESI_L45_TITLE + addendum + "\n"
    assert _levels(text) == [["L5-S1"]]
    assert "laterality_conflict" not in _result(text)[1]


@pytest.mark.parametrize("addendum", [
    "Addendum: post-procedure pain corrected to 3/10.",
    "Addendum: side corrected to RIGHT.",
])
def test_guard_a_correction_of_something_else_leaves_the_level(addendum: str) -> None:
    assert _levels(_TFESI_L45_TITLE + addendum + "\n") == [["L4-L5"]]


# --- a wrapped line that opens with a decimal written without its leading zero ----------------------------------------

@pytest.mark.parametrize("text, dose", [
    ("Right C3-4 and C4-5 medial branch blocks under fluoroscopy. At each of the three nerves we injected 0.5 mL\n"
     ".5% bupivacaine.\n", 7.5),
    ("Left L5-S1 transforaminal epidural steroid injection under fluoroscopy. Dexamethasone 10 mg with 1 mL\n"
     ".5% bupivacaine injected.\n", 5.0),
])
def test_a_line_opening_with_a_bare_decimal_goes_on_the_sentence(text: str, dose: float) -> None:
    assert {d.generic: d.dose for d in extract(text).drugs}.get("bupivacaine") == dose
