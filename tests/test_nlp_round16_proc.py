"""Round 16 (PROC): wording families that the sealed batches dev_fresh_bu … bz showed misread in procedures, sides and
code lines: a later ablation named as the question today's block answers ('will decide whether she goes on to RFA') or
as ruled out ('RFA is not planned because of ...'); a stimulator implant named by the act before the device or by its
generator pocket; false laterality conflicts from a neighbour level named by position ('the level above'), a spread
range right after its noun ('epidural spread T9 to T12') and an earlier session told by its result ('the right-sided
ablation gave 70% relief'); an ultrasound image printed or filed in the chart (76942). Fictional snippets written for
these tests, in wordings other than the batch notes'; each variant failed before its change, each near miss passes."""

from __future__ import annotations

import pytest
from test_nlp_round15_proc import _DOS, _codes, _families

from api.pipeline import analyze_text
from nlp import extract


# --- a later ablation named as the question today's block answers, or as ruled out -----------------------------------

_GNB = ("Right knee genicular nerve blocks, diagnostic.\n"
        "Knee arthritis for six years; {line}\n"
        "Under fluoroscopy a 22 g needle was placed at the superomedial, superolateral and inferomedial genicular nerves;\n"
        "2 mL of 0.25% bupivacaine at each nerve. Pain 7/10 before, 2/10 after.\n")


@pytest.mark.parametrize("line", [
    "this block will decide whether he goes on to radiofrequency ablation.",
    "the block is meant to judge whether he moves on to radiofrequency ablation.",
    "the block is meant to test whether radiofrequency ablation is worth doing later.",
    "the aim is to establish whether genicular radiofrequency ablation suits him.",
    "radiofrequency ablation is not advisable because of his pacemaker, so blocks alone were chosen.",
    "radiofrequency ablation is contraindicated for now, so blocks alone were chosen.",
    "radiofrequency ablation would not be appropriate with his pacemaker.",
    "RFA cannot be offered while he is anticoagulated.",
    "the block is a test for later radiofrequency ablation.",
    "this is a step toward an eventual genicular RFA.",
])
def test_ablation_named_as_the_question_or_ruled_out_is_not_done_today(line: str) -> None:
    """Only the block is today's: no genicular ablation drafted, no ablation code line."""
    text = _GNB.format(line=line)
    assert _families(text) == [("genicular_nerve_block", "right")]
    assert _codes(text) == ["64454-RT x1"]


def test_ablation_brought_in_for_the_planned_session_is_today() -> None:
    """Near miss: 'for the planned RFA' names today's session, not a later one."""
    text = ("Left L4-5 and L5-S1 radiofrequency ablation.\n"
            "She was brought to the suite for the planned radiofrequency ablation and positioned prone. 18 g RF cannulas were\n"
            "placed along the left L3 and L4 medial branches and the left L5 dorsal ramus; lesions at 80 C for 90 seconds.\n")
    assert _families(text) == [("facet_rfa", "left")]


def test_ablation_done_after_a_check_is_still_today() -> None:
    """Near miss: a 'to see whether' clause about today's needle check, then the ablation reported done."""
    text = ("Right L4-5 and L5-S1 medial branch radiofrequency ablation.\n"
            "Motor testing at 2 Hz was done to see whether the leg moved; none. Radiofrequency ablation of the right L3\n"
            "and L4 medial branches and the L5 dorsal ramus was then performed at 80 C for 90 seconds each.\n")
    assert _families(text) == [("facet_rfa", "right")]


# --- a stimulator implant named by the act before the device, or by its generator pocket -----------------------------

_SCS_BODY = ("Failed back surgery syndrome with leg pain; the trial last month gave 60% relief.\n"
             "Prone, no sedation. Under fluoroscopy a Tuohy needle entered the epidural space at T12-L1 and two\n"
             "percutaneous leads were steered to the top of T8. {line}\n"
             "The incisions were closed in layers. No complications.\n")


@pytest.mark.parametrize("title,line", [
    ("Insertion of a dorsal column stimulator system.", "The leads were anchored to the fascia."),
    ("Implant of the SCS system, two leads and a rechargeable battery.", "The leads were anchored to the fascia."),
    ("Permanent SCS placement, thoracic.", "The leads were anchored to the fascia."),
    ("Spinal cord stimulator system implant (T8).", "The leads were anchored to the fascia."),
    ("Thoracic stimulator procedure.", "The leads were tunnelled to a right flank IPG pocket and connected."),
    ("Thoracic stimulator procedure.", "Through a flank incision the non-rechargeable generator was connected and sutured."),
])
def test_stimulator_implant_named_by_the_act_or_its_pocket(title: str, line: str) -> None:
    text = title + "\n" + _SCS_BODY.format(line=line)
    assert _families(text) == [("scs_implant", None)]


@pytest.mark.parametrize("plan", [
    "If relief passes 50%, implantation of a spinal cord stimulator system will be scheduled.",
    "A permanent SCS will be considered after the trial week.",
])
def test_trial_note_naming_a_later_implant_stays_a_trial(plan: str) -> None:
    """Near miss: a trial whose plan names the implant; the trial's external generator has no pocket."""
    text = ("Spinal cord stimulator trial.\n"
            + _SCS_BODY.format(line="The leads were taped down and joined to the external generator.") + plan + "\n")
    assert _families(text) == [("scs_trial", None)]


# --- no false laterality_conflict: the neighbour level named by where it lies, a spread range, an earlier session ----

def _conflicts(text: str) -> list[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="22")
    return sorted(f.id for f in r.findings if f.element == "laterality_conflict")


@pytest.mark.parametrize("line", [
    "The identical injection was then done one level higher with its own needle.",
    "The same was repeated at the adjacent level through a second needle.",
])
def test_neighbour_level_named_by_position_is_the_titles_other_level(line: str) -> None:
    text = ("Left L3-4 and L4-5 transforaminal epidural steroid injections.\n"
            "Under fluoroscopy a 22 g needle was placed in the left L4-5 foramen; 1 mL of Omnipaque 240 outlined the L4\n"
            "root, then 10 mg dexamethasone with 1 mL saline was injected. " + line + "\n")
    assert _conflicts(text) == []


def test_a_different_body_level_still_conflicts() -> None:
    """Near miss: the body names another level outright, no position word."""
    text = ("Left L3-4 and L4-5 transforaminal epidural steroid injections.\n"
            "Under fluoroscopy a 22 g needle was placed in the left L5-S1 foramen; 1 mL of Omnipaque 240 outlined the S1\n"
            "root, then 10 mg dexamethasone with 1 mL saline was injected.\n")
    assert _conflicts(text) == ["laterality_conflict.levels"]


@pytest.mark.parametrize("spread", ["contrast flow: T8 through T11", "epidural filling T8 to T11 without uptake"])
def test_spread_range_after_the_noun_is_no_level_mention(spread: str) -> None:
    text = ("Thoracic interlaminar epidural steroid injection at T9-T10.\n"
            f"A 20 g Tuohy needle entered the epidural space at T9-T10 by loss of resistance; Omnipaque 240 2 mL, {spread}.\n"
            "Triamcinolone 40 mg with 2 mL saline was injected.\n")
    assert _conflicts(text) == []
    assert [lv.name for lv in extract(text).procedures[0].levels] == ["T9-T10"]


@pytest.mark.parametrize("history", [
    "Her left-sided ablation last spring brought roughly 80% relief; the left has flared up again since May and the right"
    " has been still fine.",
    "The right-sided lesioning provided over 75% relief for ten months, and the right is still doing well.",
])
def test_earlier_session_told_by_its_result_adds_no_side(history: str) -> None:
    text = ("Repeat left L4-L5 and L5-S1 radiofrequency ablation.\n" + history + "\n"
            "Under fluoroscopy 18 g RF cannulas were placed along the left L3 and L4 medial branches and the left L5 dorsal\n"
            "ramus; lesions at 80 C for 90 seconds each.\n")
    assert _families(text) == [("facet_rfa", "left")]
    assert _codes(text) == ["64635-LT x1", "64636-LT x1"]


# --- an ultrasound image kept on paper earns its guidance line --------------------------------------------------------

_USG = ("Left suprascapular nerve block under ultrasound guidance.\n"
        "With a linear probe the left suprascapular nerve was seen in the notch and a 22 g needle advanced in plane;\n"
        "5 mL of 0.5% ropivacaine was injected. {line}\n")


@pytest.mark.parametrize("line", [
    "Two still images were printed for the record.",
    "A sonographic picture of the needle tip was filed in the chart.",
    "We printed the final needle image.",
])
def test_ultrasound_image_printed_or_filed_counts_as_saved(line: str) -> None:
    assert _codes(_USG.format(line=line)) == ["64418-LT x1", "76942 x1"]


def test_images_not_printed_earn_no_guidance_line() -> None:
    """Near miss: the images said not to be printed, and a printed sheet that is no image."""
    text = _USG.format(line="Images were not printed; the discharge instructions were printed and filed.")
    assert _codes(text) == ["64418-LT x1"]
