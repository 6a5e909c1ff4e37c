"""Pain scores, prior responses and diagnostic blocks as the twelfth session's sealed batches word them (round 16,
fixer nec2: `dev_fresh_bu` ... `dev_fresh_bz`), by wording family:

* a post score timed by the patient leaving told 'on discharge' before the rating ('On discharge he rated the pain
  2 out of 10'), or by the end of the stay in recovery after it ('2/10 by the end of the recovery period'); 'on
  discharge from rehab' is another stay;
* in a 'Pain scores' section, an uncued score after the section's pre score is the post score;
* a prior response told as the pain, with its site or kind, cut in half ('cut his radiating pain by half for five
  months'), never pills cut in half; as analgesia ('60% analgesia for four months', never local analgesia) or as the
  pain 'down by' / 'lower by' / 'less by' a percent; its length 'for a good four months', '4+ months', 'for a good
  half year', 'for 3 1/2 months' (never the length of the pain or of therapy before it), or 'until early this year';
* a repeat told as coming back 'for another' injection or as having had 'the same' injection before, never a plan
  ('will come back for another injection') nor today's other side;
* results listed under a heading naming the diagnostic blocks count as block results even when the item names no
  block ('#2 ..., same nerves with bupivacaine: 85% relief for 6 hours').

Each snippet is fictional and in our own words. Each family test failed on the reader before the change it tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api.evaluation import DEFAULT_FINDING_SEVERITIES, requirement_ids, result_view
from api.pipeline import analyze_text
from nlp import extract

_REQUIREMENTS = requirement_ids()

_HEAD = ("PROCEDURE: Left L5-S1 transforaminal epidural steroid injection\nCONSENT: Written consent was signed.\n"
         "DESCRIPTION OF PROCEDURE: A 22-gauge needle was advanced to the left L5-S1 foramen under fluoroscopy; "
         "dexamethasone 10 mg was injected.\nCOMPLICATIONS: None.\n")


def _scores(text: str) -> list[tuple[str, float]]:
    return [(p.timing, p.value) for p in extract(text).assessments.pain_scores]


def _findings(text: str) -> set[str]:
    result = analyze_text(text, payer="medicare")
    return result_view(result, DEFAULT_FINDING_SEVERITIES, _REQUIREMENTS).findings


# --- post score: 'on discharge' before it, the end of recovery after it ---------------------------------------------


@pytest.mark.parametrize("line", [
    "PAIN SCORES: Pre-procedure 6/10. On discharge he rated the pain 2 out of 10.",
    "PAIN SCORES: Before the needle 6/10. On discharge, the patient put his pain at 2/10.",
    "PAIN SCORES: Pre-procedure 6/10. Pain 2/10 by the end of the recovery period.",
    "PAIN SCORES: 6/10 before starting. 2 out of 10 at the close of his observation time.",
])
def test_discharge_and_end_of_recovery_time_the_post_score(line: str) -> None:
    assert _scores(_HEAD + line + "\n") == [("pre", 6.0), ("post", 2.0)]


def test_discharge_from_another_stay_is_no_post_score() -> None:
    text = (_HEAD + "PAIN SCORES: Pre-procedure 6/10.\n"
            "HISTORY: On discharge from rehab last spring he rated the pain 5 out of 10.\n")
    assert _scores(text) == [("pre", 6.0), ("baseline", 5.0)]


# --- an uncued second score in a 'Pain scores' section ------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "PAIN SCORES: Pre-procedure 6/10. Walking the hallway he gave it 2 out of 10.",
    "PAIN SCORES: Before: 6/10. Seated in the chair with his wife: 2/10.",
])
def test_second_uncued_score_in_a_pain_scores_section_is_the_post_score(line: str) -> None:
    assert _scores(_HEAD + line + "\n") == [("pre", 6.0), ("post", 2.0)]


def test_second_score_with_its_own_history_cue_stays_a_baseline() -> None:
    assert _scores(_HEAD + "PAIN SCORES: Pre-procedure 6/10. At its worst last month 9/10.\n") == [
        ("pre", 6.0), ("baseline", 9.0)]


def test_single_uncued_score_in_a_pain_scores_section_stays_pre() -> None:
    assert _scores(_HEAD + "PAIN SCORES: 6/10.\n") == [("pre", 6.0)]


# --- prior response: the pain cut in half ------------------------------------------------------------------------

_REPEAT_ESI = ("Right L5-S1 transforaminal epidural steroid injection (repeat).\nDiagnosis: Right L5 radiculopathy "
               "(M54.16).\nHistory: Right leg pain into the foot for 8 months. {h}\nTechnique: A 22-gauge needle was "
               "advanced to the right L5-S1 foramen under fluoroscopy; dexamethasone 10 mg was injected.\n"
               "Pain 7/10 before and 2/10 after.\n")


def _prior(h: str) -> list[tuple[float, float | None]]:
    return [(r.percent, r.duration_days) for r in extract(_REPEAT_ESI.format(h=h)).assessments.prior_procedure_response]


@pytest.mark.parametrize(("h", "days"), [
    ("Her last TFESI cut her leg pain in half for about four months.", 121.3333),
    ("The previous epidural cut his radiating pain by half for five months before it returned.", 151.6667),
    ("The prior injection cut her low back pain in half, and that lasted about four months.", 121.3333),
])
def test_pain_cut_in_half_with_its_site_is_a_prior_response(h: str, days: float) -> None:
    assert _prior(h) == [(50.0, days)]


def test_pills_cut_in_half_are_no_response() -> None:
    assert _prior("She cut her pain pills in half after the last injection four months ago.") == []


@pytest.mark.parametrize(("h", "expected"), [
    ("The last injection gave 60% analgesia for four months.", [(60.0, 121.3333)]),
    ("Since her previous ESI, analgesia of at least 55% held for 15 weeks.", [(55.0, 105.0)]),
    ("After her previous epidural the leg pain was down by 60% for 5 months.", [(60.0, 151.6667)]),
    ("His pain stayed lower by about 65 percent for four months after the last ESI.", [(65.0, 121.3333)]),
])
def test_analgesia_and_less_by_tell_a_prior_response(h: str, expected: list) -> None:
    assert _prior(h) == expected


@pytest.mark.parametrize(("h", "days"), [
    ("The previous ESI helped 60% for a solid 5 months.", 151.6667),
    ("Her last epidural made her 55% better for a good four months.", 121.3333),
    ("Prior TFESI, March: 70% relief of the leg pain, 4+ months.", 121.3333),
    ("After the last ESI she felt about sixty percent better for a good half year.", 182.0),
    ("The previous injection helped about 70% for 3 1/2 months.", 106.1667),
])
def test_relief_lengths_with_a_qualifier_plus_or_half(h: str, days: float) -> None:
    assert [d for _, d in _prior(h)] == [days]


@pytest.mark.parametrize("h", [
    "After 6+ months of pain, the last ESI gave 70% relief.",
    "After a good four months of therapy, the last ESI gave 70% relief.",
])
def test_a_length_of_pain_or_therapy_is_no_relief_length(h: str) -> None:
    assert [d for _, d in _prior(h)] == [None]


@pytest.mark.parametrize(("h", "days"), [
    ("The last epidural in July helped 70% until early this year.", 154.0),
    ("Her previous ESI in August gave 60% relief that lasted into the start of this year.", 123.0),
    ("Her previous ESI in August gave 60% relief through this year's holidays.", None),
])
def test_relief_until_this_year_lasts_to_the_years_first_day(h: str, days: float | None) -> None:
    text = _REPEAT_ESI.replace("History:", "Date of service: 03/10/2026\nHistory:").format(h=h)
    facts = extract(text, date_of_service=dt.date(2026, 3, 10))
    assert [r.duration_days for r in facts.assessments.prior_procedure_response] == [days]


def test_local_analgesia_strength_is_no_response() -> None:
    assert _prior("The previous ESI was done under 1% lidocaine local analgesia 4 months ago.") == []


# --- a repeat told as 'another' injection or 'the same' injection before -------------------------------------------

_TF = ("Left L4-L5 transforaminal epidural steroid injection.\nDiagnosis: Left L5 radiculopathy (M54.16).\n"
       "History: {h} Left leg pain into the shin for 8 months.\n"
       "Technique: A 22-gauge needle was advanced to the left L4-L5 foramen under fluoroscopy; dexamethasone 10 mg was "
       "injected.\nPain 7/10 before and 2/10 after.\n")


def _repeat(h: str) -> list[bool | None]:
    return [p.repeat.value if p.repeat else None for p in extract(_TF.format(h=h)).procedures]


@pytest.mark.parametrize("h", [
    "He is back today for another left L4-L5 transforaminal injection.",
    "She returns for another lumbar epidural.",
    "She had the same injection in the spring and felt it helped some.",
    "He underwent this same procedure last year with some help.",
])
def test_another_or_the_same_injection_makes_a_repeat(h: str) -> None:
    assert _repeat(h) == [True]


@pytest.mark.parametrize("h", [
    "She will come back for another injection if the relief fades.",
    "He does not want to come back for another injection.",
    "She is here for another opinion about her back.",
    "The same injection was then repeated at L5-S1.",
    "He had the same injection on the other side as well.",
])
def test_plans_refusals_and_todays_other_sites_make_no_repeat(h: str) -> None:
    assert _repeat(h) == [None]


_ESI_FULL = """Indication: shooting pain from the left buttock to the heel for 9 months, with numbness of the lateral foot.
Treatment so far: 8 weeks of physical therapy and gabapentin, neither of which helped.
Function: she cannot walk past the mailbox or finish a shift at the register.
MRI of the lumbar spine: a left L5-S1 disc extrusion touching the left S1 root.
Diagnosis: Lumbar radiculopathy, lumbosacral region (M54.17).
{X}
Consent: she signed the consent form after we reviewed bleeding, infection and nerve injury.
Time-out: done, with patient, level and left side confirmed.
Pain before the injection: 7/10.
Procedure: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy. Iohexol 240, 1 mL, outlined the \
S1 root and the epidural space. Dexamethasone 10 mg and 1 mL of 1% lidocaine were injected. AP and lateral images kept.
Pain after the injection: 2/10.
Complications: none.
"""


def test_repeat_without_a_documented_response_is_a_finding() -> None:
    line = "She comes back for another left L5-S1 transforaminal injection; the last one helped a little."
    assert _findings(_ESI_FULL.replace("{X}", line)) == {"prior_procedure_response"}


def test_repeat_with_the_pain_cut_in_half_for_months_is_met() -> None:
    line = "She comes back for another one; the last injection cut her sciatic pain in half for five months."
    assert _findings(_ESI_FULL.replace("{X}", line)) == set()


def test_repeat_with_the_pain_cut_in_half_briefly_falls_short() -> None:
    line = "She comes back for another one; the last injection cut her sciatic pain in half for three weeks."
    assert _findings(_ESI_FULL.replace("{X}", line)) == {"prior_procedure_response"}


# --- block results listed under a heading that names the blocks ---------------------------------------------------

_RFA = """Right L4-L5 and L5-S1 facet radiofrequency ablation (right L3, L4 medial branches and L5 dorsal ramus).
History: Axial low back pain without radiation for 2 years, worse with extension.
Conservative care: physical therapy for 12 weeks and NSAIDs without relief.
Function: unable to stand more than 15 minutes.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).
{X}
Consent: written consent signed after discussing risks.
Time-out: performed.
Pre-procedure pain score 7/10.
Technique: under fluoroscopic guidance, RF cannulas were placed at the right L3 and L4 medial branches and the L5 dorsal \
ramus. Thermal lesions were made at 80 degrees C for 90 seconds at each nerve after 1 mL 2% lidocaine per nerve.
Post-procedure pain score 2/10.
Complications: none.
"""


@pytest.mark.parametrize("blocks", [
    "DIAGNOSTIC BLOCKS:\n - #1 03/02/2026, right L3, L4, L5 medial branch blocks, lidocaine: 90% relief for 2 hours\n"
    " - #2 03/23/2026, the same targets with bupivacaine: 80% relief for 5 hours",
    "Prior diagnostic blocks:\n - first, right L3-L5 MBB with lidocaine: 85% relief x 3 hours\n"
    " - repeated three weeks later, same nerves, bupivacaine: 90% relief x 7 hours",
])
def test_items_under_a_block_heading_are_block_results(blocks: str) -> None:
    facts = extract(_RFA.replace("{X}", blocks))
    assert len(facts.assessments.diagnostic_blocks) == 2
    assert facts.assessments.prior_procedure_response == []
    assert _findings(_RFA.replace("{X}", blocks)) == set()


def test_an_earlier_ablation_under_a_block_heading_stays_a_prior_response() -> None:
    blocks = ("DIAGNOSTIC BLOCKS:\n - 03/02/2026, right L3, L4, L5 medial branch blocks, lidocaine: 90% relief for 2 hours\n"
              " - right L4-L5 and L5-S1 RFA in 2024: 80% relief for 10 months")
    facts = extract(_RFA.replace("{X}", blocks))
    assert [b.percent for b in facts.assessments.diagnostic_blocks] == [90.0]
    assert [r.percent for r in facts.assessments.prior_procedure_response] == [80.0]
