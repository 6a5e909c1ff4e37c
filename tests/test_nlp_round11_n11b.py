"""Documentation wordings found by reading `dev_fresh_bb` (copy-forward text, addenda, half-filled template menus, other
pain scales, pain diaries, dated durations; sealed, now development data) in round 11, fixer n11b (necessity and
documentation readers):

* pain scores on other 0-10 scales named in the label (Wong-Baker FACES, the Faces Pain Scale-Revised, the Defense and
  Veterans scale, 'NPS'/'VNRS', 'pain on the faces scale before: 8'), a VAS in millimetres with a timing word or
  named after the number ('VAS before: 70 mm', '70 mm on a 100 mm VAS'), a number told on its scale ('2 on the 0-10
  scale', '7 on a scale of 0 to 10'), a label holding its scale's range ('Pain score (NRS 0-10) pre: 7': the 0 is no
  score) or naming the procedure in its timing ('Pain before procedure - 7');
* a half-filled menu: a single-brace field left in the note ('{time-out documentation}') is a placeholder, a field
  answered by an empty box ('Consent: [ ] obtained', 'Consent obtained: [ ]') is not done, a field left blank
  ('Consent: _____ Time-out: _____', 'Yes [ ] No [ ]') documents nothing, and the next inline field's box
  ('Time-out: [X] completed') answers only its own field;
* complications as a checkbox flowsheet, boxes before or after their options, under a form's label ('Complications
  flowsheet:', 'Complication checklist:') or a question ('Any complications? No', 'Complications? [X] None'), and
  none ticked = not documented;
* symptom onsets told with an event and its date ('since a fall on the stairs in March 2023', 'since a move in June
  2025', 'since lifting a sofa in May 2025', 'since the fall on 03/14/2025', 'following a fall in March 2025', 'since
  MVC 03/2025', 'since 2025-03-14');
* conservative care told by the months it ran ('aquatic therapy Apr-Jun 2025', 'PT (Feb-Apr 2025)', 'PT from April to
  June 2025', 'PT 04/2025-06/2025', 'PT 1/15/2025 - 3/20/2025', 'Apr-Jun 2025: PT');
* the indication in a history below a template's side and level fields ('Side: [X] Left', 'Levels: L3-L4').

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact the
reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin what
the new rules must leave alone and the cases marked '# pinned' (read before by other rules, kept so the family stays
covered).
"""

from __future__ import annotations

import datetime as dt

import pytest

from nlp import extract

_ESI = "PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy\nDx: M54.17\n"
_KNEE = "PROCEDURE: Right knee joint injection under ultrasound\nDiagnosis: Primary osteoarthritis, right knee (M17.11)\n"
_TAIL = "\nConsent signed. Time-out done. Dexamethasone 10 mg injected. No complications.\n"


def _scores(text: str) -> list[tuple[str, float]]:
    return [(s.timing, s.value) for s in extract(text).assessments.pain_scores]


# --- pain scores on other named 0-10 scales ---------------------------------------------------------------------------

@pytest.mark.parametrize("before, after", [
    ("Wong-Baker FACES before: 6 (hurts even more).", "Wong-Baker FACES after: 2."),
    ("FACES pre: 6.", "FACES post: 2."),  # pinned
    ("Pain on the faces scale before: 6.", "Faces scale after: 2."),
    ("Faces Pain Scale-Revised before: 6.", "Faces Pain Scale-Revised after: 2."),
    ("FPS-R pre: 6", "FPS-R post: 2"),  # pinned
    ("DVPRS before: 6.", "DVPRS after: 2."),
    ("VNRS before: 6.", "VNRS after: 2."),
    ("Wong-Baker pre-procedure: 6.", "Wong-Baker post-procedure: 2."),  # pinned
    ("FACES score before: 6", "FACES score after: 2"),
    ("Pre-procedure FACES 6 (hurts even more)", "Post-procedure FACES 2 (hurts a little bit)"),
    ("NRS score before: 6", "NRS score after: 2"),
])
def test_a_score_on_another_named_scale_is_read(before: str, after: str) -> None:
    text = _KNEE + "Knee pain for 3 years.\n" + before + "\nKenalog 40 mg injected.\n" + after + _TAIL
    assert _scores(text) == [("pre", 6.0), ("post", 2.0)]


@pytest.mark.parametrize("before, after, expected", [
    ("VAS before: 70 mm.", "VAS after: 20 mm.", [("pre", 7.0), ("post", 2.0)]),
    ("VAS (mm) pre: 65 mm", "VAS (mm) post: 15 mm", [("pre", 6.5), ("post", 1.5)]),
    ("Pain before the block 70 mm on a 100 mm VAS.", "Pain after the block 20 mm on the VAS.", [("pre", 7.0), ("post", 2.0)]),
    ("Pre-procedure pain: 7 on the 0-10 scale.", "Post-procedure: 2 on the 0-10 scale.", [("pre", 7.0), ("post", 2.0)]),
    ("Before the injection she rated her pain 7 on a scale of 0 to 10.", "Afterwards 2 on a scale of 0 to 10.",
     [("pre", 7.0), ("post", 2.0)]),
    ("Pain prior: 7 on a 10-point scale.", "Pain after: 2 on a 10-point scale.", [("pre", 7.0), ("post", 2.0)]),  # pinned
    ("Pre-procedure VAS: 70mm", "Post-procedure VAS: 20mm", [("pre", 7.0), ("post", 2.0)]),  # pinned
    ("Pain score (NRS 0-10) pre: 7", "Pain score (NRS 0-10) post: 2", [("pre", 7.0), ("post", 2.0)]),
    ("Pain intensity (VAS 0-10) before: 7", "Pain intensity (VAS 0-10) after: 2", [("pre", 7.0), ("post", 2.0)]),
    ("Pain before procedure - 7", "Pain after procedure - 2", [("pre", 7.0), ("post", 2.0)]),
    ("Pain prior to the injection = 7", "Pain following the injection = 2", [("pre", 7.0), ("post", 2.0)]),
])
def test_a_vas_in_millimetres_or_a_score_on_its_scale_is_read(before: str, after: str,
                                                               expected: list[tuple[str, float]]) -> None:
    text = _KNEE + "Knee pain for 3 years.\n" + before + "\nKenalog 40 mg injected.\n" + after + _TAIL
    assert _scores(text) == expected


def test_guard_a_face_word_that_is_no_scale_gives_no_score() -> None:
    text = _KNEE + "Knee pain for 3 years; she faces 2 more weeks off work.\nKenalog 40 mg injected." + _TAIL
    assert _scores(text) == []


# --- a half-filled menu: placeholders and empty boxes for consent and time-out ---------------------------------------

@pytest.mark.parametrize("line, consent, time_out", [
    ("Consent: [ ] obtained    Time-out: [X] completed", False, True),
    ("Consent: [ ] signed", False, None),
    ("Consent: \u2610 signed | Time-out: \u2611 done", False, True),
    ("Consent: [X] obtained    Time-out: [ ] completed", True, False),
    ("Consent: signed\nTime-out: {time-out documentation}", True, None),
    ("Consent: {consent statement}\nTime-out: performed", None, True),
    ("Consent: _____ Time-out: _____", None, None),
    ("Consent obtained: [ ]  Time-out performed: [X]", False, True),
    ("Consent obtained: [X]   Time-out performed: [ ]", True, False),
    ("Consent obtained: Yes [ ] No [ ]", None, None),
    ("Time-out: ***  Consent: ***", None, None),
])
def test_an_empty_box_or_a_brace_field_documents_nothing(line: str, consent: bool | None,
                                                          time_out: bool | None) -> None:
    f = extract(_KNEE + "Knee pain for 3 years.\n" + line + "\nKenalog 40 mg injected. No complications.\n")
    assert (f.consent and f.consent.value, f.time_out and f.time_out.value) == (consent, time_out)


def test_guard_a_ticked_menu_still_documents_consent_and_time_out() -> None:
    f = extract(_KNEE + "Consent: [X] signed   Time-out: [X] done\nKenalog 40 mg injected. No complications.\n")
    assert (f.consent.value, f.time_out.value) == (True, True)


# --- complications as a checkbox flowsheet ---------------------------------------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("Complications flowsheet: [X] none  [ ] hematoma  [ ] vasovagal", "none"),
    ("COMPLICATION CHECKLIST: Bleeding [ ]  Dural puncture [ ]  Vasovagal [ ]  None [X]", "none"),
    ("Complications: Bleeding [ ]  Vasovagal [X]  None [ ]", "vasovagal"),
    ("Complication checklist: [ ] none  [x] vasovagal  [ ] hematoma", "vasovagal"),
    ("Complications: Hematoma ( )  None (X)", "none"),
    ("Complications flowsheet: [ ] none  [ ] hematoma  [ ] vasovagal", None),
    ("Complications: [ ] none  [ ] bleeding", None),
    ("Complications: [X] None", "none"),
    ("Complications? [X] None", "none"),
    ("Any complications? No", "none"),
])
def test_a_complications_flowsheet_is_read_by_its_ticks(line: str, value: str | None) -> None:
    f = extract(_KNEE + "Consent signed. Time-out done.\nKenalog 40 mg injected.\n" + line + "\n")
    assert (f.complications and f.complications.value) == value


# --- symptom onset told with an event and its date -------------------------------------------------------------------

@pytest.mark.parametrize("history, weeks", [
    ("HISTORY: Left leg pain since a fall on the stairs in March 2025.", 61.4286),
    ("HISTORY: Left leg pain since the fall onto the ice in March 2025.", 61.4286),
    ("HISTORY: Low back pain present since a move in March 2025.", 61.4286),
    ("HISTORY: Low back pain since lifting a sofa in March 2025.", 61.4286),
    ("HISTORY: Leg pain since the car accident at work in March 2025.", 61.4286),  # pinned
    ("HISTORY: Leg pain since the fall on 03/14/2025.", 59.5714),
    ("HISTORY: Leg pain since March 14, 2025.", 61.4286),
    ("HISTORY: Leg pain since 2025-03-14.", 61.4286),
    ("HISTORY: Leg pain began after a fall on 03/14/2025.", 59.5714),
    ("HISTORY: Leg pain following a fall in March 2025.", 61.4286),
    ("HISTORY: Leg pain after a slip at the grocery store in March 2025.", 61.4286),
    ("HISTORY: Leg pain since MVC 03/2025.", 61.4286),
    ("HISTORY: Leg pain since her work injury (03/2025).", 61.4286),
])
def test_an_onset_told_with_an_event_and_its_date_is_a_duration(history: str, weeks: float) -> None:
    d = extract(_ESI + history + _TAIL, date_of_service=dt.date(2026, 5, 5)).necessity.symptom_duration
    assert d is not None and d.weeks == weeks


def test_guard_a_date_after_an_injection_is_no_onset() -> None:
    text = _ESI + "HISTORY: Leg pain, better since the injection in March 2025 for a while." + _TAIL
    assert extract(text, date_of_service=dt.date(2026, 5, 5)).necessity.symptom_duration is None


# --- conservative care told by the months it ran ---------------------------------------------------------------------

@pytest.mark.parametrize("care", [
    "Aquatic therapy Apr-Jun 2025 brought no change.",
    "Physical therapy twice a week Sept-Nov 2025 without benefit.",
    "PT (Feb-Apr 2025) without improvement.",
    "Physical therapy from April to June 2025 did not help.",
    "PT 04/2025-06/2025, no relief.",
    "Apr-Jun 2025: physical therapy, no change.",
    "Physical therapy Nov 2024 - Jan 2025 failed.",
    "PT between January and March 2026 gave no relief.",
    "PT 1/15/2025 - 3/20/2025 without relief.",
    "Physical therapy (01/06/25 to 03/03/25) did not help.",
])
def test_care_told_by_its_months_has_a_length(care: str) -> None:
    got = extract(_ESI + "HISTORY: Leg pain for 6 months. " + care + _TAIL).necessity.conservative_care
    assert [(c.modality, c.weeks, c.outcome) for c in got] == [("physical_therapy", 8.6667, "failed")]


@pytest.mark.parametrize("care", [
    "Physical therapy in May, no relief.",
    "Physical therapy Jun-Jun 2025, no relief.",
])
def test_guard_one_month_is_no_length(care: str) -> None:
    got = extract(_ESI + "HISTORY: Leg pain for 6 months. " + care + _TAIL).necessity.conservative_care
    assert [(c.modality, c.weeks) for c in got] == [("physical_therapy", None)]


# --- the indication below a template's side and level fields ---------------------------------------------------------

def test_the_history_below_a_template_menu_is_the_indication() -> None:
    text = ("MEDIAL BRANCH BLOCK TEMPLATE\nSide: [ ] Right  [X] Left\nLevels: L3-L4, L4-L5\n"
            "HPI: Left low back pain without radiation, worse with extension.\n"
            "Consent: signed. Time-out: done.\nBupivacaine 0.5% 0.5 mL at each nerve.\nComplications: none.\n")
    ind = extract(text).necessity.indication
    assert ind is not None and ind.value == "HPI: Left low back pain without radiation, worse with extension."
