"""Documentation wordings found by the first readings of `dev_fresh_av` (several procedures in one session, written
as smartforms, logs, charge sheets and flowsheets) and `dev_fresh_au` (radiology procedure reports) in round 8, fixer
N8a (necessity and documentation readers): a time-out documented by the clock time it was called or a bare Y ('TO
09:30.', 'Time out: 10:20', 'Consent Y   TO Y', 'Pause: Y'), radicular pain told as running down the backs of the
limbs or as pins-and-needles with hyphens, care 'unrelieved by' what was tried, a log's care and outcome cut at the
dash by a line wrap ('PT 8 wk' + newline + '- no change'), a second activity coordinated after a stated inability
('Can't tolerate a seat belt or sleep through the night'), and a prior diagnostic block whose date stands between
the block and its result ('L SI dx block 01/2026: 90% x 3 h').

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract

# --- time-out: the clock time it was called, a bare Y, a pause by its bare name -------------------------------------

_LOG_HEAD = "PAIN PROCEDURE LOG\nDx: M54.17 lumbosacral radiculopathy\n"
_LOG_BODY = "\nProcedure(s): 1) R L5-S1 TFESI, fluoro; dexamethasone 10 mg\nNo cx.\n"


@pytest.mark.parametrize("line", [
    "Timeout: 14:05 (RN, MD, tech)",                 # a colon field whose value opens with the time
    "Consent: on chart     Time-out: @ 0745",
    "Time out: 1310 hrs, RN/MD",
    "Consent signed.  TO 11:15.  Pre NRS 5/10",      # the abbreviation with the time
    "TO: 08:02",
    "T/O @ 0930 with RN",
    "T.O. 13:40",
    "Consent Y   TO Y   Pre 5/10",                   # a bare Y in a row of fields
    "Checklist: consent Y, TO Y, site marked Y",
    "Consent [x]   [X] TO   Site marked [x]",        # a ticked box before or after it, a tick, a plus
    "Consent \u2713  TO \u2713",
    "Time out: +",
    "Time out - \u221a",
    "08:10 Arrived, vitals stable\n08:32 TO\n08:35 Needle placed",  # a flowsheet entry's time, then the abbreviation
    "Consent + TO documented",                       # 'documented', 'ok', or who called it
    "TO ok",
    "TO by RN 09:12",
    "Pause: Y",                                      # a pause by its bare name with its value or time
    "Consent on chart. Pause done 10:02.",
])
def test_a_time_out_called_with_its_clock_time_or_a_bare_y_is_documented(line: str) -> None:
    time_out = extract(_LOG_HEAD + line + _LOG_BODY).time_out
    assert time_out is not None and time_out.value is True


@pytest.mark.parametrize("line", [
    "SEDATION 09:00 TO 09:30",          # a range's 'to' in capitals
    "PROCEDURE MOVED TO 1030 SLOT",      # a sentence's 'to' in capitals
    "Paused 10:20 for a vasovagal episode",
    "Consent [x]   [ ] TO",              # the box left empty
    "REFERRED TO MD FOR FOLLOW UP",       # a capitalised sentence's 'to' before a word
])
def test_guard_to_between_times_or_in_a_capitalised_sentence_is_no_time_out(line: str) -> None:
    assert extract(_LOG_HEAD + line + _LOG_BODY).time_out is None


def test_guard_a_time_out_field_answered_no_stays_not_done() -> None:
    time_out = extract(_LOG_HEAD + "Time out: N" + _LOG_BODY).time_out
    assert time_out is not None and time_out.value is False


@pytest.mark.parametrize("line", ["ICF signed", "ICF: on chart"])
def test_an_informed_consent_form_abbreviated_with_its_done_word_is_consent(line: str) -> None:
    consent = extract(_LOG_HEAD + line + _LOG_BODY).consent
    assert consent is not None and consent.value is True


# --- radicular findings: pain down the backs of the limbs, pins-and-needles -----------------------------------------

_ESI_REPORT = ("\nDIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).\n"
               "PROCEDURE: L4-L5 interlaminar epidural steroid injection under fluoroscopy.\n")


@pytest.mark.parametrize("history, value", [
    ("HISTORY: Aching from the buttocks down the backs of both thighs for six months.",
     "Aching from the buttocks down the backs of both thighs for six months."),
    ("HISTORY: Pins & needles in both feet when he walks.", "Pins & needles in both feet when he walks."),
    ("HISTORY: She reports pins-and-needles along the left shin.", "She reports pins-and-needles along the left shin."),
    ("HISTORY: Burning pain from the neck down to the elbow and into the right thumb.",
     "Burning pain from the neck down to the elbow and into the right thumb."),
])
def test_pain_down_the_backs_of_the_limbs_and_hyphenated_paresthesia_are_radicular(history: str, value: str) -> None:
    found = extract(history + _ESI_REPORT).necessity.radicular_findings
    assert [f.value for f in found] == [value]


def test_guard_axial_pain_from_the_back_to_the_buttock_is_not_radicular() -> None:
    history = "HISTORY: Aching pain from the low back into the buttocks, worse with standing."
    assert extract(history + _ESI_REPORT).necessity.radicular_findings == []


# --- conservative care: 'unrelieved by', and a log's outcome on the line after its dash -----------------------------

_TFESI = "\nProcedure: L L5-S1 TFESI under fluoroscopy.\n"


def _care(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.modality, c.weeks, c.outcome) for c in extract(text + _TFESI).necessity.conservative_care]


@pytest.mark.parametrize("history, care", [
    ("HISTORY: Low back pain for 3 months, unrelieved by a lumbar brace and ibuprofen for 6 weeks.",
     [("activity_modification", 6.0, "failed"), ("nsaids", 6.0, "failed")]),
    ("HISTORY: Low back pain for 3 months, unrelieved by 6 weeks of physical therapy and ibuprofen.",
     [("physical_therapy", 6.0, "failed"), ("nsaids", None, "failed")]),
    ("HISTORY: Neck pain for 3 months; NSAIDs unhelpful, PT 6 weeks unhelpful.",  # read 'helped' before
     [("nsaids", None, "failed"), ("physical_therapy", 6.0, "failed")]),
])
def test_care_unrelieved_by_what_was_tried_or_unhelpful_failed(history: str, care: list) -> None:
    assert _care(history) == care


@pytest.mark.parametrize("history", ["HPI: R leg pain to the foot x 6 mo. PT 8 wk (-).",
                                     "HPI: R leg pain to the foot x 6 mo. PT 8 wk: 0% relief."])
def test_a_log_minus_after_the_care_length_or_zero_percent_relief_failed(history: str) -> None:
    assert _care(history) == [("physical_therapy", 8.0, "failed")]


def test_guard_an_exam_sign_minus_is_no_care_outcome() -> None:
    assert _care("HPI: R leg pain to the foot x 6 mo. SLR (-), PT 6 wk helped.") == [("physical_therapy", 6.0, "helped")]


def test_an_outcome_on_the_line_after_the_dash_belongs_to_the_care_before_the_wrap() -> None:
    text = "HPI: R leg pain to the foot x 6 mo. Formal PT 10 wk\n- no benefit, duloxetine - no change."
    assert _care(text) == [("physical_therapy", 10.0, "failed"), ("neuropathic_agents", None, "failed")]


def test_guard_a_dash_list_item_naming_other_care_is_no_outcome_of_the_line_before() -> None:
    text = "HPI: R leg pain to the foot x 6 mo. PT 10 wk\n- meloxicam 15 mg daily\n- sleeps poorly."
    assert _care(text) == [("physical_therapy", 10.0, None), ("nsaids", None, None)]


# --- functional impairment: a second activity after a stated inability ---------------------------------------------

_IND = "Ind: L T8 band-like pain x 4 mo. "


@pytest.mark.parametrize("sentence", [
    "Cannot tolerate her bra strap on that side.",
    "Can't tolerate a seat belt or drive to work.",
    "He rarely sleeps through the night.",
])
def test_a_coordinated_activity_after_an_inability_or_lost_sleep_is_functional(sentence: str) -> None:
    found = extract(_IND + sentence + _TFESI).necessity.functional_impairment
    assert [f.value for f in found] == [sentence]


@pytest.mark.parametrize("sentence", [
    "Unable to tolerate gabapentin or NSAIDs.",
    "Cannot take NSAIDs or steroids due to CKD.",
    "He sleeps through the night.",
])
def test_guard_care_not_tolerated_or_good_sleep_is_no_impairment(sentence: str) -> None:
    assert extract(_IND + sentence + _TFESI).necessity.functional_impairment == []


# --- diagnostic block relief: the block's date between the block and its result -------------------------------------

_SIJ = "\nProcedure(s): 1) R SIJ inj, therapeutic - fluoro; Kenalog 40 mg.\n"


@pytest.mark.parametrize("history, percent", [
    ("Hx: R buttock pain x 7 mo; R SI dx block 03/2026: 85% x 4 h.", 85.0),
    ("Hx: R buttock pain x 7 mo; dx SIJ block on 2/4/2026 - 80%.", 80.0),
    ("Hx: R buttock pain x 7 mo; R SI dx block Jan 2026 = 90%, lasted the day.", 90.0),
])
def test_a_dated_diagnostic_block_result_without_a_relief_word_is_read(history: str, percent: float) -> None:
    facts = extract(history + _SIJ).assessments
    assert [b.percent for b in facts.diagnostic_blocks] == [percent]
    assert facts.prior_procedure_response == []


_RFA = "\n[1] RFA R L4-L5 + L5-S1 (L3, L4 MB + L5 DR), fluoro, 80 C x 90 s per site\n"


@pytest.mark.parametrize("history, percents", [
    # each result with its month and year but no separator, and an 'each' that belongs to the list
    ("Prior blocks: R L4-5/L5-S1 MBB x2: 03/2026 lido 85%, 04/2026 bupi 90% (each lasting the anaesthetic's span)",
     [85.0, 90.0]),
    ("Hx: R low back pain x 2 yr. R L4-5, L5-S1 MBB x2: 05/2026 88%, 06/2026 82%.", [88.0, 82.0]),
])
def test_two_dated_block_results_listed_one_by_one_are_two_diagnostic_blocks(history: str, percents: list) -> None:
    facts = extract(history + _RFA).assessments
    assert [b.percent for b in facts.diagnostic_blocks] == percents


def test_guard_one_result_shared_by_two_blocks_still_counts_twice() -> None:
    facts = extract("Hx: R low back pain x 2 yr; MBB x2, 90% relief each time." + _RFA).assessments
    assert [(b.percent, b.ordinal) for b in facts.diagnostic_blocks] == [(90.0, 1), (90.0, 2)]
