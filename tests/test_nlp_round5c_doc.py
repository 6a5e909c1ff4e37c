"""Documentation wordings found by the first reading of `dev_fresh_y` (round 5c, fixer DY: NEC + ASM areas), and two
open context items: a time-out that "was held" took place, and a consent form that "was not signed" is no consent.

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract

_TITLE = "Procedure: Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"


# --- a time-out, pause or huddle that "was held" took place ("was held" negates a drug, not a safety check) ----

@pytest.mark.parametrize("sentence", [
    "A time out was held.",
    "A time-out was held with the whole team before the prep.",
    "Universal protocol followed and a timeout was held.",
])
def test_time_out_that_was_held_took_place(sentence: str) -> None:
    facts = extract(_TITLE + "Written consent signed. " + sentence)
    assert facts.time_out is not None and facts.time_out.value is True


@pytest.mark.parametrize("sentence", ["A time out was not held.", "Consent reviewed. Time-out not held before the prep."])
def test_time_out_not_held_is_negated(sentence: str) -> None:
    facts = extract(_TITLE + "Written consent signed. " + sentence)
    assert facts.time_out is not None and facts.time_out.value is False


def test_guard_time_out_not_held_stays_negated() -> None:
    facts = extract(_TITLE + "Written consent signed. No time out was held.")
    assert facts.time_out is not None and facts.time_out.value is False


# --- a consent form that was not signed is no consent ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The consent form was not signed.",
    "Written consent not yet signed by the patient.",
    "Consent form unsigned at the time of the procedure.",
])
def test_unsigned_consent_is_no_consent(sentence: str) -> None:
    facts = extract(_TITLE + sentence + " Time-out performed.")
    assert facts.consent is not None and facts.consent.value is False


def test_guard_signed_consent_stays_given() -> None:
    facts = extract(_TITLE + "The consent form was signed. Time-out performed.")
    assert facts.consent is not None and facts.consent.value is True


# --- a post score followed by a dash and the relief: "1/10 - 85% relief" is 85%, not a range from 10 to 85 ---------

@pytest.mark.parametrize("line, percent", [
    ("Post-procedure pain: 1/10 - 85% relief during the anesthetic phase.", 85.0),
    ("Post: 2/10 - 75 percent better.", 75.0),
    ("Pain after the block 0/10 \u2013 100% relief.", 100.0),
])
def test_relief_after_a_dashed_post_score(line: str, percent: float) -> None:
    text = ("Procedure: Right sacroiliac joint injection, diagnostic, with fluoroscopy.\nPre-procedure pain: 7/10\n"
            + line)
    assert [r.percent for r in extract(text).assessments.percent_relief] == [percent]


def test_guard_percent_range_stays_a_range() -> None:
    text = ("Procedure: Right sacroiliac joint injection, diagnostic, with fluoroscopy.\n"
            "Pre 8/10, post 2/10, 70-80% relief.")
    assert [r.percent for r in extract(text).assessments.percent_relief] == [70.0]


# --- pain that has come back to a score in the history is the baseline, not a post score ---------------------------

@pytest.mark.parametrize("sentence, percent", [
    ("Her last right L4-5 TFESI in March gave about 70% relief for 4 months; pain has now returned to 7/10.", 70.0),
    ("His previous epidural helped about 60% for three months, and the pain is now back up to 8/10.", 60.0),
])
def test_pain_returned_to_a_score_is_no_post_score(sentence: str, percent: float) -> None:
    text = ("PROCEDURE: Repeat left L4-L5 transforaminal ESI\nHPI: Left leg pain. " + sentence + "\n"
            "PROCEDURE: Prone; fluoroscopy; 40 mg methylprednisolone injected.\n")
    a = extract(text).assessments
    assert [(p.value, p.timing) for p in a.pain_scores if p.timing == "post"] == []
    assert [r.percent for r in a.prior_procedure_response] == [percent]
    assert a.percent_relief == []


# --- a block's result on a wrapped line keeps the block named on the line before -----------------------------------

def test_wrapped_second_block_result_is_a_block_result() -> None:
    text = ("PROCEDURE: Lumbar radiofrequency ablation, left L4-5 and L5-S1 facet joints\n"
            "DIAGNOSTIC BLOCKS: two sets of left L3, L4 medial branch and L5 dorsal ramus blocks, 05/2026 (80% relief) and 06/2026\n"
            "(85% relief).\n"
            "TECHNIQUE: Prone; fluoroscopy; lesioning at 80 C for 90 s at each nerve.\n")
    a = extract(text).assessments
    assert sorted(r.percent for r in a.diagnostic_blocks) == [80.0, 85.0]
    assert a.prior_procedure_response == []


# --- transfers that need a helper are a functional impairment (a pump refill's diagnosis with its impact) ----------

@pytest.mark.parametrize("sentence", [
    "Dx: multiple sclerosis with spasticity; transfers need two-person assist.",
    "Requires assistance for bed-to-chair transfers.",
    "Transfers require one-person assist.",
    "Dependent for all transfers.",
    "Spasticity controlled on the pump; allows transfers with a helper.",
])
def test_transfers_needing_a_helper_are_functional_impairment(sentence: str) -> None:
    facts = extract("Intrathecal baclofen pump refill.\n" + sentence)
    assert len(facts.necessity.functional_impairment) == 1


def test_guard_independent_transfers_are_no_impairment() -> None:
    facts = extract("Intrathecal baclofen pump refill.\nIndependent transfers; walks in the community.")
    assert facts.necessity.functional_impairment == []


# --- a code's range copied into the title ("1 or 2 muscles") is no count of the muscles treated ---------------------

@pytest.mark.parametrize("title", [
    "Procedures: Trigger point injection(s), 1 or 2 muscles",
    "Procedure: TPI, 1-2 muscles",
    "Procedure: Trigger point injections, one or two muscles",
])
def test_muscle_range_in_the_title_is_no_count(title: str) -> None:
    facts = extract(title + "\nTwo tender points in the low back were injected with 2 mL each.")
    assert [m.value for m in facts.procedures[0].muscles] == []


def test_guard_stated_muscle_count_still_counts() -> None:
    facts = extract("Procedure: Trigger point injections into 3 muscles of the upper back.")
    assert [m.value for m in facts.procedures[0].muscles] == [
        "muscle 1 of 3 (count stated)", "muscle 2 of 3 (count stated)", "muscle 3 of 3 (count stated)"]
