"""Documentation wordings (events, scores, earlier results, necessity) found by the first reading of `dev_fresh_u`
and the leftover false findings of `dev_fresh_g`/`dev_fresh_h` (round 5, fixer D: NEC + ASM areas).

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _scores(text: str) -> list[tuple[str, float]]:
    return [(p.timing, p.value) for p in extract(text).assessments.pain_scores]


# --- time-out and complications said without their key word -----------------------------------------

@pytest.mark.parametrize("text", [
    "Consent: signed after R/B/A\nTime-out: verified\nSedation: none",  # a field after another field's header
    "A pause confirmed the patient's name, the side and the level with the nurse.",
    "We paused to verify the patient, procedure and laterality.",
    "Patient identity, procedure and side were confirmed with the team before the block.",
])
def test_time_out_in_other_words(text: str) -> None:
    facts = extract(text)
    assert facts.time_out is not None and facts.time_out.value is True


@pytest.mark.parametrize("text", [
    "The injection was uncomplicated.",
    "Uncomplicated procedure; she walked out.",
    "No problems were encountered, and she went home.",
    "No issues were noted.",
])
def test_no_complications_in_other_words(text: str) -> None:
    facts = extract(text)
    assert facts.complications is not None and facts.complications.value == "none"


@pytest.mark.parametrize("text", [
    "No difficulty was encountered advancing the needle to the foramen.",
    "History: uncomplicated type 2 diabetes.",
])
def test_guard_technique_and_history_are_no_complication_statement(text: str) -> None:
    assert extract(text).complications is None


# --- post scores in new shapes ------------------------------------------------------------------------

@pytest.mark.parametrize("text, scores", [
    ("Pain pre 8. Lesions made at each nerve. Post 3.", [("pre", 8.0), ("post", 3.0)]),
    ("Pre 6, post 1.", [("pre", 6.0), ("post", 1.0)]),
    ("VAS: 7 (pre) | 3 (post)", [("pre", 7.0), ("post", 3.0)]),
    ("His pain was an eight before and a three afterwards.", [("pre", 8.0), ("post", 3.0)]),
    ("Pain today is a six. Injected. Afterwards her pain was down to a two.", [("pre", 6.0), ("post", 2.0)]),
    ("VAS 6 before; VAS 1 @ 20 min", [("pre", 6.0), ("post", 1.0)]),
])
def test_post_score_shapes(text: str, scores: list[tuple[str, float]]) -> None:
    assert _scores(text) == scores


@pytest.mark.parametrize("text", ["Post 2.", "Omnipaque 1 mL. Post 3 weeks of PT."])
def test_guard_a_lone_post_label_is_no_score(text: str) -> None:
    assert _scores(text) == []


# --- earlier block results --------------------------------------------------------------------------

def _blocks(text: str) -> list[tuple[float, int | None]]:
    return [(r.percent, r.ordinal) for r in extract(text).assessments.diagnostic_blocks]


@pytest.mark.parametrize("text, blocks", [
    ("Left L4-5 RFA. Two prior MBBs (3/2: 85%, 3/16: 90%).", [(85.0, 1), (90.0, 2)]),
    ("Left L4-5 RFA. Prior MBBs (95%, 80%).", [(95.0, 1), (80.0, 2)]),
    ("Left SI joint injection, therapeutic. A diagnostic SI block in May relieved roughly ninety percent of her pain.",
     [(90.0, None)]),
    ("Left SI joint injection, therapeutic. Her diagnostic SI block eased 85% of the pain for 6 hours.",
     [(85.0, None)]),
])
def test_block_results_in_brackets_and_relief_verbs(text: str, blocks: list[tuple[float, int | None]]) -> None:
    assert _blocks(text) == blocks


# --- saved views dictated letter by letter ----------------------------------------------------------

@pytest.mark.parametrize("text, views", [
    ("Interlaminar ESI at L5-S1 under fluoroscopy. A P and lateral images were saved.", 2),
    ("Interlaminar ESI at L5-S1 under fluoroscopy. Antero-posterior and oblique images were saved.", 2),
    ("Interlaminar ESI at L5-S1 under fluoroscopy. A P image saved.", None),
])
def test_dictated_view_letters(text: str, views: int | None) -> None:
    img = extract(text).procedures[0].imaging
    assert (img.saved_images, img.views) == (True, views)


# --- conservative care that has not let the patient do something -----------------------------------

@pytest.mark.parametrize("text, care", [
    ("Two months of PT have not let him get back to work.", [("physical_therapy", "failed")]),
    ("Naproxen hasn't allowed her to sleep through the night.", [("nsaids", "failed")]),
])
def test_care_that_did_not_let_the_patient_function(text: str, care: list[tuple[str, str]]) -> None:
    assert [(c.modality, c.outcome) for c in extract(text).necessity.conservative_care] == care


def test_guard_care_that_let_the_patient_function_is_no_failure() -> None:
    assert [(c.modality, c.outcome) for c in extract("PT has let her walk again.").necessity.conservative_care] == [
        ("physical_therapy", None)]


# --- neurogenic claudication and numb limbs in everyday words ---------------------------------------

@pytest.mark.parametrize("text", [
    "L4-5 ILESI. His calves cramp and burn after about ten minutes of standing.",
    "L4-5 ILESI. Her legs feel heavy when she walks more than two blocks.",
    "L5-S1 TFESI. Both feet went numb and tingle at night.",
])
def test_claudication_and_numb_limbs_are_radicular(text: str) -> None:
    assert len(extract(text).necessity.radicular_findings) == 1


def test_guard_numb_skin_after_local_is_not_radicular() -> None:
    assert extract("Knee injection. The skin went numb after the lidocaine.").necessity.radicular_findings == []


# --- when an earlier relief ended is no duration of it; durations in teen words ------------------------

def test_relief_until_weeks_ago_is_read_from_its_dates() -> None:
    """'in May ... until about two weeks ago' on 2026-03-10: from the end of May 2025 to 2026-02-24 (269 days),
    not a relief of two weeks."""
    import datetime as dt
    facts = extract("Repeat bilateral SI joint injections. Her SI joint injections in May gave 70% relief until about"
                    " two weeks ago.", date_of_service=dt.date(2026, 3, 10))
    assert [(r.percent, r.duration_days) for r in facts.assessments.prior_procedure_response] == [(70.0, 269.0)]


@pytest.mark.parametrize("text, weeks", [
    ("Right buttock and thigh pain when walking, for sixteen months.", 69.3333),
    ("Neck pain for the past thirteen weeks.", 13.0),
])
def test_teen_number_words_in_durations(text: str, weeks: float) -> None:
    assert extract(text).necessity.symptom_duration.weeks == weeks


# --- intent in shorthand right after the procedure ---------------------------------------------------

@pytest.mark.parametrize("text, intent", [
    ("L SIJ inj, dx. Fluoro.", "diagnostic"),
    ("Right L3-4 MBB (dx), fluoro.", "diagnostic"),
    ("L SIJ inj, tx. Fluoro.", "therapeutic"),
])
def test_shorthand_intent_after_the_procedure(text: str, intent: str) -> None:
    assert [p.intent for p in extract(text).procedures] == [intent]


@pytest.mark.parametrize("text", ["Left SI joint injection, dx M46.1.", "Left SI joint injection.\nDx: sacroiliitis"])
def test_guard_a_diagnosis_label_is_no_intent(text: str) -> None:
    assert [p.intent for p in extract(text).procedures] == [None]


def test_duration_in_brackets_after_an_onset() -> None:
    """'since the fall (about 6 wk)': the bracket gives the length even where the date of service is not known."""
    assert extract("Left neck and arm pain since the fall (about 6 wk).").necessity.symptom_duration.weeks == 6.0


def test_views_in_brackets_on_the_next_line() -> None:
    img = extract("Interlaminar ESI at L4-5 under fluoroscopy. Images were saved\n(AP, lateral).").procedures[0].imaging
    assert (img.saved_images, img.views) == (True, 2)


@pytest.mark.parametrize("text, scores", [
    ("Pain now: 8/10. Fluoroscopy; right L5 TFESI. Post: 2/10.", [("pre", 8.0), ("post", 2.0)]),
    ("Pre 8/10. Right L5 TFESI. Pain now 2/10.", [("pre", 8.0), ("post", 2.0)]),
])
def test_a_now_score_before_a_post_score_is_the_pre_score(text: str, scores: list[tuple[str, float]]) -> None:
    assert _scores(text) == scores


@pytest.mark.parametrize("text, why", [
    ("Left L4 TFESI. Moderate sedation: midazolam 2 mg IV by me, RN observer. Indication for sedation: needle phobia"
     " with prior syncope.", "needle phobia with prior syncope"),
    ("Left L4 TFESI. Moderate sedation: midazolam 1 mg IV by me. Sedation rationale - unable to lie prone for long.",
     "unable to lie prone for long"),
    ("Left L4 TFESI. Moderate sedation: midazolam 1 mg IV by me. Reason for sedation: none.", None),
])
def test_sedation_reason_as_a_labelled_field(text: str, why: str | None) -> None:
    assert extract(text).procedures[0].sedation.justification == why


@pytest.mark.parametrize("text", [
    "Intrathecal pump refill with 20 mL. The daily dose was not changed.",
    "Intrathecal pump refill with 20 mL; we did not adjust the rate.",
])
def test_pump_settings_left_alone_is_no_reprogramming(text: str) -> None:
    assert [p.pump_reprogrammed for p in extract(text).procedures] == [False]


def test_a_pump_note_naming_only_the_spasticity_has_a_diagnosis() -> None:
    facts = extract("Intrathecal pump refill\n\nSpasticity after a spinal cord injury, baclofen pump. Refilled with 20 mL.")
    assert [d.text for d in facts.necessity.diagnoses] == ["Spasticity"]


def test_guard_a_pump_setting_change_is_no_indication() -> None:
    """'per spasticity' gives the reason for a dose change, not for the refill (corpora/README: a refill with a
    diagnosis alone is an indication finding)."""
    facts = extract("ITB pump refill + reprogramming\nRefilled with 20 mL. Rate raised 15% per spasticity; pump"
                    " reprogrammed.\nDx: spasticity, G35.")
    assert facts.necessity.indication is None


def test_worded_scores_after_a_timing_label() -> None:
    assert _scores("Pain before: seven. Right L5 TFESI. Pain after: one.") == [("pre", 7.0), ("post", 1.0)]


@pytest.mark.parametrize("text", [
    "Right L5 TFESI. Correct patient, procedure and side confirmed.",
    "Right L5 TFESI. Site verified with the patient and the nurse.",
])
def test_time_out_as_a_verification_without_its_word(text: str) -> None:
    facts = extract(text)
    assert facts.time_out is not None and facts.time_out.value is True


@pytest.mark.parametrize("text, care", [
    ("Left L5 TFESI. Massage therapy helped only temporarily.", [("massage", "partial")]),
    ("Left L5 TFESI. Naproxen helped a bit.", [("nsaids", "partial")]),
    ("Left L5 TFESI. Meloxicam irritated her stomach.", [("nsaids", "intolerant")]),
])
def test_care_outcomes_brief_help_and_stomach_upset(text: str, care: list[tuple[str, str]]) -> None:
    assert [(c.modality, c.outcome) for c in extract(text).necessity.conservative_care] == care


@pytest.mark.parametrize("text, weeks", [
    ("Right SI joint injection. Buttock pain since she slipped on the ice four months ago.", 17.3333),
    ("Left L5 TFESI. 7 mos of leg pain, worse sitting.", 30.3333),
])
def test_durations_a_place_word_is_no_care_and_abbreviated_units(text: str, weeks: float) -> None:
    assert extract(text).necessity.symptom_duration.weeks == weeks


def test_guard_pain_at_rest_is_no_rest_care() -> None:
    assert extract("Left L5 TFESI. Leg pain even at rest for 6 months.").necessity.conservative_care == []


def test_a_hyphenated_length_before_two_coordinated_cares() -> None:
    facts = extract("Left L5 TFESI. Leg pain for 6 months. She finished an 8-week core strengthening and physical"
                    " therapy program without relief.")
    assert [(c.modality, c.weeks, c.outcome) for c in facts.necessity.conservative_care] == [
        ("home_exercise", 8.0, "failed"), ("physical_therapy", 8.0, "failed")]


def test_an_empty_checkbox_is_no_time_out() -> None:
    facts = extract("[x] Consent\n[ ] Time-out\nRight SI joint injection under fluoroscopy.")
    assert facts.time_out is not None and facts.time_out.value is False


def test_two_labelled_scores_on_one_line() -> None:
    assert _scores("Pre pain: 8/10      Post pain: 3/10") == [("pre", 8.0), ("post", 3.0)]


def test_sedation_reason_first_across_a_wrapped_line() -> None:
    text = ("Right C4-5 RFA. She has marked needle anxiety and could not keep still for her blocks\nunder local, so"
            " moderate sedation was given: midazolam 2 mg IV by me.")
    assert extract(text).procedures[0].sedation.justification == "needle anxiety"
