"""Round-13 fixes (NEC, n13b) from the sealed batches dev_fresh_bj (hand-dictated prose by five physicians with their
own habits) and dev_fresh_bk (published sample operative-report layout). Each case failed before the change it tests
(those marked 'guard' pin what must not be read; two of them, a pause of the
injection and a drug stopped, were misread before). Snippets are fictional, written for these tests.

- The time-out told as a pause or a stop by the team, with what it checked: a label ('Pause w/ RN: pt, L side,
  levels.', 'Paused at the table: name, left side, joint.'), a sentence ('We stopped with the nurse to confirm his
  name, the left knee and the three targets.'), a pause held ('A pause had been held by the whole team, and the
  patient, the level and the side had been confirmed.'), the team's check of name and site said without a pause
  ('we checked his name, the level and the procedure out loud with the nurse'), a stop before starting or named for
  safety. A pause in the injection, a drug stopped, 'time out of work/room/bed', 'a time out to use the restroom', 'Time-out
  not documented', 'Remember to perform time-out', '| Time-out | pending |' are none (the last seven were misread before:
  the round-13 paraphrase sets q1/q2).
- Function lost told in the passive or by habit ('Gardening had been given up', 'Standing at her job had been limited
  to half an hour', 'She has had to cancel most of her lessons', 'cannot keep her hand on the keys for more than a few
  minutes', 'He must sit down after walking one block'); and in the round-13 paraphrase sets' words ('waking many times
  in the night', 'cant sit through a movie', 'needing a cane', 'I haven't been able to walk the dog'), less a relative's
  limits ('Her spouse uses a walker'), ADLs performed independently and a disability scale still to be done.
- A contrast allergy stated in the allergy field is the reason a dictated 'No contrast.' leaves unsaid; a 'Contrast:'
  label whose field says none was used is no use.
- Consent told in the dictated passive ('written consent had been given'); a consent field not yet signed or still to
  come, and contrast not given, only at hand, or left out for a denied or a relative's allergy are no documentation
  (the round-13 paraphrase sets' near misses), while a reason told before or as a field ('Contrast omitted: documented
  iodinated contrast anaphylaxis') is one.
- A plan's threshold whose condition stands further back ('if the band of pain has not eased by at least half') is
  no prior response.
- Thoracic radicular pain told by its shape and skin signs ('Band-like ... pain following the T10 dermatome, with
  hyperesthesia along the band').
- The author's own refill told by its acts ('I then instilled 20 mL ... into the reservoir').
"""

from __future__ import annotations

import pytest

from api.evaluation import DEFAULT_FINDING_SEVERITIES, NoteView, requirement_ids, result_view
from api.pipeline import analyze_text

_REQUIREMENTS = requirement_ids()


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests pin the rules' reading (the presence verifier, merged at 17:57, is judged on its own, as its
    trainer's teacher is the rules alone)."""
    monkeypatch.setenv("PAINPOINT_PRESENCE", "0")


def _view(text: str) -> NoteView:
    """The note read and coded under Medicare, as the evaluation sees it."""
    return result_view(analyze_text(text, payer="medicare"), DEFAULT_FINDING_SEVERITIES, _REQUIREMENTS)


_TFESI = """Right L5-S1 transforaminal epidural steroid injection

Diagnosis: Lumbar radiculopathy (M54.16), right L5.

History: Pain from the right buttock down the back of the right leg into the foot for four months, with numbness
of the right big toe. Six weeks of physical therapy gave no relief and naproxen upset her stomach. {func}
MRI shows a right L5-S1 foraminal disc protrusion touching the exiting L5 root.

Pain before: 7/10.

{consent}
{timeout}

Under fluoroscopy a 22 g spinal needle was placed at the right L5-S1 foramen. {contrast} Dexamethasone
10 mg in 2 mL saline was injected. AP and lateral images were saved.

Pain after: 2/10. No complications. Home with her husband.
"""
_PARTS = {"func": "She can no longer walk her dog.",
          "consent": "Risks were explained and she signed the consent form.",
          "timeout": "A time-out was performed.",
          "contrast": "Omnipaque 240, 1 mL, showed epidural spread without vascular uptake."}


def _tfesi(**parts: str) -> NoteView:
    """A complete right L5-S1 TFESI note with some of its sentences replaced."""
    return _view(_TFESI.format(**{**_PARTS, **parts}))


def test_guard_the_complete_note_has_no_finding() -> None:
    assert _tfesi().findings == set()


# --- the time-out told as a pause or a stop -------------------------------------------------------------------------

@pytest.mark.parametrize("timeout", [
    "Pause w/ RN: pt, R side, level.",
    "Pause w/ team:\npt, proc, level.",
    "Team paused: patient, procedure, right side, level.",
    "Paused at the table: name, right side, level. All agreed.",
    "Pause before the first needle: right patient, right side, the level read back by the room.",
    "Huddle - pt, site, level confirmed.",
    "We stopped with the nurse to confirm her name, the right side and the level.",
    "Before we began, everyone in the room stopped and agreed on her name, the procedure and the\nlevel.",
    "The nurse, the radiographer and I stopped to confirm her identity, the right side and the level.",
    "We stopped as a team to agree on her name, the right side and the level.",
    "The nurse and I paused to agree on her name, the right side and the target.",
    "In the room we all\nstopped and confirmed her name, the level and the plan before the drapes went on.",
    "A pause had been held by the whole team, and the patient, the level and the side had been\nconfirmed.",
    "Before the needle went in we checked her name, the level and the procedure out loud with the nurse.",
    "Her name, the site and the side were confirmed during a brief pause.",
])
def test_a_pause_or_stop_that_checks_the_patient_is_a_time_out(timeout: str) -> None:
    assert "time_out" not in _tfesi(timeout=timeout).findings


@pytest.mark.parametrize("timeout", [
    "We stopped the gabapentin and will check her sugars on the right day.",
    "The injection was paused to confirm spread at the level on the right side.",
    "We paused the injection and confirmed the needle tip at the right L5-S1 level.",
    "The nurse confirmed her name and date of birth.",
    "Aspirin paused: 5 days, restarted tomorrow.",
])
def test_guard_a_pause_that_is_no_safety_check_is_no_time_out(timeout: str) -> None:
    assert "time_out" in _tfesi(timeout=timeout).findings


@pytest.mark.parametrize("timeout", [
    "We stopped, before beginning, to agree among ourselves upon the patient, the level and the side.",
    "Team paused before starting; the patient stated the procedure in her own words.",
    "The safety stop was made prior to the procedure, identity and site correct.",
    "Pause for safety: made, all correct.",
])
def test_a_stop_before_starting_or_named_for_safety_is_a_time_out(timeout: str) -> None:
    assert "time_out" not in _tfesi(timeout=timeout).findings


@pytest.mark.parametrize("timeout", [
    "He has taken some time out of work for this appointment.",
    "Time in room: 08:55. Time out of room: 09:35.",
    "Patient took a time out to use the restroom before the procedure.",
    "Time out policy reviewed at staff meeting.",
    "Time-out not documented.",
    "A time-out had not been documented.",
    "Remember to perform time-out.",
    "| Time-out | pending |",
])
def test_guard_time_out_in_its_everyday_sense_denied_or_still_to_do_is_none(timeout: str) -> None:
    assert "time_out" in _tfesi(timeout=timeout).findings


# --- function lost, told in the passive or by habit ---------------------------------------------------------------

@pytest.mark.parametrize("func", [
    "Shopping and her daily walk with the dog had been given up.",
    "Gardening and standing at the workbench have been given up.",
    "Standing at her job as a cashier had been limited to half an hour.",
    "She has had to cancel most of her lessons.",
    "He has had to skip his bowling nights.",
    "She cannot keep her right hand on the keys for more than a few minutes.",
    "The tingling wakes her most nights.",
    "He must sit down after walking one block.",
    "She stops after walking half a block.",
])
def test_function_lost_in_the_passive_or_by_habit_is_an_impairment(func: str) -> None:
    assert "functional_impairment" not in _tfesi(func=func).findings


@pytest.mark.parametrize("func", [
    "Smoking had been given up years ago.",
    "She has had to stop taking naproxen.",
    "She cannot lie flat for more than a few minutes.",
])
def test_guard_a_habit_a_drug_or_the_procedure_position_is_no_impairment(func: str) -> None:
    assert "functional_impairment" in _tfesi(func=func).findings


@pytest.mark.parametrize("func", [
    "Ambulation had been restricted to approximately 50 metres before the onset of limiting pain.",
    "The sleep is very bad, she is waking many times in the night from this pain.",
    "She says she cant sit through a movie or drive to work because of the leg pain.",
    "Pt reports needing a cane for household ambulation since onset.",
    "For putting on the socks and shoes she needs help of her husband now.",
    "She told me: I haven't been able to walk the dog in months.",
    "Sleep: 3-4 hours per night due to pain.",
    "PROMIS physical function T-score 34 (impaired).",
])
def test_function_lost_in_the_new_writers_words_is_an_impairment(func: str) -> None:
    assert "functional_impairment" not in _tfesi(func=func).findings


@pytest.mark.parametrize("func", [
    "Able to perform all ADLs independently without difficulty.",
    "No functional limitation had been reported; activities of daily living had been performed independently.",
    "Her spouse uses a walker and cannot climb stairs.",
    "Her husband, who came with her today, has great difficulty walking since his hip operation.",
    "ODI to be completed at f/u visit.",
    "An Oswestry Disability Index was to be administered at the next visit.",
])
def test_guard_intact_function_a_relatives_limits_or_a_scale_still_to_do_is_none(func: str) -> None:
    assert "functional_impairment" in _tfesi(func=func).findings


# --- contrast left out for an allergy stated in the allergy field -------------------------------------------------

@pytest.mark.parametrize("allergy", [
    "ALLERGY: iodinated contrast. Hives and throat tightness after a CT scan.",
    "Allergies: IV dye (anaphylaxis).",
    "She is allergic to iodinated contrast.",
])
def test_a_contrast_allergy_in_its_own_field_explains_no_contrast(allergy: str) -> None:
    text = _TFESI.format(**{**_PARTS, "contrast": "No contrast today; position confirmed on AP and oblique views."})
    text = text.replace("Pain before: 7/10.", allergy + "\n\nPain before: 7/10.")
    view = _view(text)
    assert "contrast" not in view.findings
    assert view.procedures[0]["contrast"] is False


@pytest.mark.parametrize("allergy", ["Allergies: none. No contrast allergy.", "Allergies: NKDA."])
def test_guard_no_contrast_without_an_allergy_stays_a_finding(allergy: str) -> None:
    text = _TFESI.format(**{**_PARTS, "contrast": "No contrast today; position confirmed on AP and oblique views."})
    text = text.replace("Pain before: 7/10.", allergy + "\n\nPain before: 7/10.")
    assert "contrast" in _view(text).findings


def test_a_contrast_label_whose_field_says_none_was_used_is_no_use() -> None:
    field = ("\n\nContrast: she had an anaphylactoid reaction to iodinated contrast during a heart catheterisation, so no "
             "contrast was used; needle position was confirmed on multiplanar views.\n\n")
    view = _tfesi(contrast=field)
    assert view.procedures[0]["contrast"] is False
    assert "contrast" not in view.findings


def test_guard_a_contrast_label_with_an_amount_is_a_use() -> None:
    view = _tfesi(contrast="\n\nContrast: 1 mL, epidural spread without vascular uptake.\n\n")
    assert view.procedures[0]["contrast"] is True


@pytest.mark.parametrize("contrast", [
    "Contrast was drawn up but not used.",
    "Contrast was considered but not given.",
    "Contrast had not been administered; no reason had been recorded.",
    "Contrast available in the room.",
    "Contrast to be used at the next injection.",
    "Patient denies allergy to contrast.",
    "The patient's sister has allergy to contrast dye.",
])
def test_guard_contrast_not_given_only_at_hand_or_a_denied_or_anothers_allergy_is_a_finding(contrast: str) -> None:
    assert "contrast" in _tfesi(contrast=contrast).findings


@pytest.mark.parametrize("contrast", [
    "As she has had a serious reaction to iodinated contrast in the past, no contrast was used.",
    "Contrast omitted: documented iodinated contrast anaphylaxis; needle position confirmed in 2 views.",
    "Contrast was not given because patient has allergy to it with anaphylaxis before.",
])
def test_contrast_left_out_for_a_stated_allergy_is_no_finding(contrast: str) -> None:
    view = _tfesi(contrast=contrast)
    assert "contrast" not in view.findings
    assert view.procedures[0]["contrast"] is False


# --- consent in the dictated passive ------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["given", "taken"])
def test_consent_given_after_a_negated_clause_is_consent(verb: str) -> None:
    consent = ("Its possible harms and the choice of not proceeding had been explained, and written consent had been "
               f"{verb}.")
    view = _tfesi(consent=consent)
    assert "consent" not in view.findings
    assert view.consent is True


def test_guard_consent_not_given_stays_missing() -> None:
    assert "consent" in _tfesi(consent="Risks were explained; written consent was not given today.").findings


@pytest.mark.parametrize("consent", [
    "CONSENT: Consent form not yet signed.",
    "CONSENT: | Consent | not signed |",
    "CONSENT: Risks to be reviewed and consent obtained prior to next injection.",
    "I shall obtain her consent once her daughter has arrived.",
])
def test_guard_consent_not_yet_signed_or_still_to_come_is_missing(consent: str) -> None:
    assert "consent" in _tfesi(consent=consent).findings


# --- a plan's threshold is no prior response ------------------------------------------------------------------------

def test_a_threshold_with_its_condition_further_back_is_no_prior_response() -> None:
    text = _TFESI.replace("Home with her husband.", "Home with her husband.\n\nI will see her in three weeks; if the "
                          "pain in her leg\nhas not eased by at least half, a second level or a surgical opinion will "
                          "be discussed.")
    view = _view(text.format(**_PARTS))
    assert "prior_procedure_response" not in view.findings


# --- thoracic radicular pain by its shape and skin signs ----------------------------------------------------------

_THORACIC = """OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Thoracic radiculopathy (M54.14), left T10 distribution.
PROCEDURE PERFORMED: T10-T11 interlaminar epidural steroid injection, left paramedian approach, with fluoroscopic
guidance.

INDICATIONS FOR PROCEDURE: {pain} for five months. Six weeks of physical therapy and nortriptyline brought no
improvement. The pain prevents her from lifting her grandchild. MRI of the thoracic spine shows a left paracentral
T10-T11 disc protrusion.

DESCRIPTION OF PROCEDURE: Risks were discussed and written consent obtained. A time-out was held. A 20-gauge
Tuohy needle was advanced under fluoroscopy to the T10-T11 epidural space with loss of resistance. Isovue-M 300,
1 mL, outlined the epidural space without vascular uptake. Dexamethasone 10 mg with 4 mL of saline was injected.
Lateral and AP images were saved.

DISPOSITION: Pain 7/10 before and 3/10 after. There were no complications.
"""


@pytest.mark.parametrize("pain", [
    "Band-like left lower chest and flank pain following the T10 dermatome",
    "Burning pain across the left lower chest with hyperesthesia over the skin of the flank",
])
def test_thoracic_radicular_pain_by_its_shape_or_skin_sign(pain: str) -> None:
    assert "indication" not in _view(_THORACIC.format(pain=pain)).findings


def test_guard_axial_thoracic_pain_is_no_radicular_finding() -> None:
    assert "indication" in _view(_THORACIC.format(pain="Aching mid-back pain between the shoulder blades")).findings


# --- the author's own pump refill ---------------------------------------------------------------------------------

_PUMP = """PROCEDURE NOTE

DIAGNOSIS: Failed back surgery syndrome (M96.1) with chronic intractable pain.
PROCEDURE: Intrathecal pump refill with electronic analysis and reprogramming.

INDICATIONS: Constant low back and leg pain for six years; an intrathecal hydromorphone pump holds it near 4/10.

TECHNIQUE: Consent was confirmed and a time-out performed. The pump was interrogated with the clinician programmer.
The skin over the pump was prepped with chlorhexidine. {act} The daily dose was reprogrammed from 1.2 mg to
1.32 mg per day.

DISPOSITION: No complications. Next refill in about ten weeks.
"""


@pytest.mark.parametrize("act", [
    "I then instilled 20 mL of hydromorphone 10 mg/mL into the reservoir.",
    "I entered the central port with a 22-gauge non-coring needle and 20 mL of hydromorphone was instilled.",
])
def test_the_authors_refill_acts_name_the_physician(act: str) -> None:
    assert "approach" not in _view(_PUMP.format(act=act)).findings


def test_guard_a_refill_by_nobody_named_stays_a_finding() -> None:
    act = "20 mL of hydromorphone 10 mg/mL was instilled into the reservoir."
    assert "approach" in _view(_PUMP.format(act=act)).findings
