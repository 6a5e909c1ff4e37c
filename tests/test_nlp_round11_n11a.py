"""Template wordings of documentation elements found by reading `dev_fresh_az` (EMR template notes in seven layouts) in
round 11, fixer N11a (necessity and documentation readers): a time-out or consent field's value a template or scribe
picks ('Time-out: complete', 'called, all in agreement', 'held', 'OK', 'by RN', a lone mark; 'Consent: informed', 'on
chart'), saved views written on the line under their label ('IMAGES:' + newline + 'AP AND LATERAL VIEWS ARCHIVED.'),
several 'Label: value' fields on one line that each tell their own procedure's result ('Prior RF: ... 70% relief
Earlier MBBs: 90%'), a diagnostic block the field label calls prior ('Prior diagnostic block: ... during the anesthetic
phase'), a job stopped or a function/work-status field whose value is a limitation, and an onset field written as a
span ('Onset: 6 months').

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact the
reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin what
the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract

_HEAD = "PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy\nDx: M54.17\n"
_HIST = "HISTORY: Leg pain for 6 months.\n"
_TAIL = "\nDexamethasone 10 mg injected. No complications.\n"


# --- time-out: the value of its field ---------------------------------------------------------------------------------

@pytest.mark.parametrize("field", [
    "Time-out: complete",
    "TIME OUT: COMPLETE",
    "Timeout - Complete",
    "Time-out ....... complete",
    "Time-out: called, all in agreement",
    "Time out: held",
    "Time-out: taken",
    "Time-out: conducted",
    "Time-out: carried out",
    "Time out: all agreed",
    "Time-out: correct patient, side and level",
    "Time-out: per protocol",
    "Time-out: OK",
    "Time-out: by RN",
    "Time-out: executed",
    "Time-out: acknowledged by all",
    "Time-out: x",
    "Time-out: (+)",
    "Consent: signed   Time-out: complete   Sedation: none",
])
def test_a_time_out_field_with_a_template_value_is_documented(field: str) -> None:
    facts = extract(_HEAD + _HIST + "Consent signed.\n" + field + _TAIL)
    assert facts.time_out is not None and facts.time_out.value is True


@pytest.mark.parametrize("field, value", [
    ("Time-out: not held", False),
    ("Time-out: pending", None),
    ("Time-out: ____", None),
    ("Time-out: incomplete", None),
    ("Time out: never called", None),
])
def test_guard_a_time_out_field_not_done_stays_undocumented(field: str, value: bool | None) -> None:
    facts = extract(_HEAD + _HIST + "Consent signed.\n" + field + _TAIL)
    assert (facts.time_out.value if facts.time_out is not None else None) is value


@pytest.mark.parametrize("field", [
    "Consent: informed",
    "Consent: on the chart",
    "Consent: in EMR",
    "Consent: scanned",
    "Consent: current",
    "Consent: patient agrees",
])
def test_a_consent_field_with_a_template_value_is_documented(field: str) -> None:
    facts = extract(_HEAD + _HIST + field + "\nTime-out done." + _TAIL)
    assert facts.consent is not None and facts.consent.value is True


def test_guard_a_consent_field_said_missing_stays_false() -> None:
    facts = extract(_HEAD + _HIST + "Consent: not on chart" + "\nTime-out done." + _TAIL)
    assert facts.consent is not None and facts.consent.value is False


# --- saved images: the views on the line under the label -------------------------------------------------------------

@pytest.mark.parametrize("block", [
    "SAVED IMAGES:\nPA AND OBLIQUE VIEWS STORED.",
    "Images saved:\nAP and lateral",
    "IMAGES RETAINED:\nAP AND LATERAL.",
    "Permanent images:\nAP view, lateral view.",
    "Saved views:\nAP + lateral.",
])
def test_saved_views_on_the_line_under_their_label_are_counted(block: str) -> None:
    imaging = extract(_HEAD + _HIST + "Consent signed. Time-out done.\n" + block + _TAIL).procedures[0].imaging
    assert imaging is not None and (imaging.saved_images, imaging.views) == (True, 2)


@pytest.mark.parametrize("field", [
    "Image capture: AP, lateral",
    "Image documentation: AP and lateral views",
    "Documented images: AP, oblique",
    "Images to PACS: AP, lateral",
    "PACS: AP and lateral images",
    "Spot films: AP, lateral",
    "Saved: AP, lateral",
    "Images: saved x2",
])
def test_an_image_record_field_is_saved_images_with_its_views(field: str) -> None:
    imaging = extract(_HEAD + _HIST + "Consent signed. Time-out done.\n" + field + _TAIL).procedures[0].imaging
    assert imaging is not None and (imaging.saved_images, imaging.views) == (True, 2)


@pytest.mark.parametrize("field", ["Image capture: none", "Images to PACS: not sent", "PACS: n/a"])
def test_guard_an_image_record_field_said_empty_is_no_saved_image(field: str) -> None:
    imaging = extract(_HEAD + _HIST + "Consent signed. Time-out done.\n" + field + _TAIL).procedures[0].imaging
    assert imaging is not None and not imaging.saved_images


# --- prior procedure response and diagnostic blocks on an inline-field line ------------------------------------------

_RFA_HEAD = "Procedure: RIGHT L4-L5 radiofrequency neurotomy (repeat)   Guidance: fluoroscopy   Lesion: 80 C x 90 s\n"


@pytest.mark.parametrize("line, procedure", [
    ("Last RF: 10 months ago - 75% relief lasting 8 months   Dx MBBs: 95% and 80% relief", None),
    ("Prior RF - 75% x 8 months | Dx MBBs - 95% / 80%", None),
    ("Previous neurotomy: 75% relief for 8 months\tMBBs: 95%, 80%", "facet_rfa"),
])
def test_each_inline_field_tells_its_own_procedures_result(line: str, procedure: str | None) -> None:
    text = (_RFA_HEAD + "Dx: M47.816   Duration: 3 years\n" + line + "\n"
            "Consent: signed   Time-out: done   NRS pre/post 7->2   Complications: none\n")
    a = extract(text).assessments
    assert [(r.percent, r.procedure) for r in a.prior_procedure_response] == [(75.0, procedure)]
    assert a.prior_procedure_response[0].duration_days == pytest.approx(8 * 4.3333 * 7, abs=1.0)
    assert sorted(r.percent for r in a.diagnostic_blocks) == [80.0, 95.0]


def test_guard_a_later_fields_duration_is_not_the_reliefs() -> None:
    text = (_HEAD + "Prior ESI: 60% relief   Onset: 6 months\n"
            "Consent signed. Time-out done.\nPre 7/10, post 2/10." + _TAIL)
    a = extract(text).assessments
    assert [(r.percent, r.duration_days) for r in a.prior_procedure_response] == [(60.0, None)]


@pytest.mark.parametrize("line", [
    "Prior diagnostic block: left SI block with 85% relief during the anesthetic phase",
    "Previous dx SIJ injection - 85% relief immediately after, for the duration of the anesthetic",
    "Earlier diagnostic SI injection: 85% relief during the local anesthetic phase",
])
def test_a_block_the_field_calls_prior_is_a_diagnostic_block_not_todays_relief(line: str) -> None:
    text = ("PROCEDURE: Left sacroiliac joint injection, therapeutic, under fluoroscopy\nDx: M46.1\n"
            "HISTORY: Left buttock pain for 8 months.\n" + line + "\nConsent signed. Time-out done.\n"
            "Methylprednisolone 40 mg injected. Post-procedure pain 2/10. No complications.\n")
    a = extract(text).assessments
    assert [r.percent for r in a.diagnostic_blocks] == [85.0]
    assert [r.percent for r in a.percent_relief] == []


def test_guard_relief_prior_to_discharge_stays_todays() -> None:
    text = ("PROCEDURE: Left sacroiliac joint injection, diagnostic, under fluoroscopy\nDx: M46.1\n"
            "HISTORY: Left buttock pain for 8 months.\nConsent signed. Time-out done.\n"
            "Lidocaine 2 mL injected. Prior to discharge 90% relief during the anesthetic phase. No complications.\n")
    a = extract(text).assessments
    assert [r.percent for r in a.percent_relief] == [90.0]


# --- functional impairment: a job lost, a template field ------------------------------------------------------------

@pytest.mark.parametrize("history", [
    "HISTORY: Leg pain for 6 months. She has had to stop her cleaning job.",
    "HISTORY: Leg pain for 6 months. He quit his roofing job in the spring.",
    "HISTORY: Leg pain for 6 months. Resigned from her nursing position.",
    "HISTORY: Leg pain for 6 months. She has gone part-time.",
    "HISTORY: Leg pain for 6 months. Dropped to part-time hours.",
    "HISTORY: Leg pain for 6 months. Took early retirement because of the pain.",
    "HISTORY: Leg pain for 6 months.\nFunction: limited",
    "HISTORY: Leg pain for 6 months.\nFunction: decreased",
    "HISTORY: Leg pain for 6 months.\nMobility - restricted",
    "HISTORY: Leg pain for 6 months.\nWork status: light duty",
    "HISTORY: Leg pain for 6 months.\nWork: unable",
    "HISTORY: Leg pain for 6 months.\nEmployment: not working",
])
def test_a_job_lost_or_a_limited_function_field_is_functional_impairment(history: str) -> None:
    assert extract(_HEAD + history + "\nConsent signed. Time-out done." + _TAIL).necessity.functional_impairment


@pytest.mark.parametrize("text", [
    "HISTORY: Leg pain for 6 months.\nThe patient was left in the prone position for 10 minutes.",
    "HISTORY: Leg pain for 6 months.\nWe stopped the injection of contrast at 1 mL.",
    "HISTORY: Leg pain for 6 months.\nFunction: normal   Work: full duty",
])
def test_guard_no_job_lost_is_no_impairment(text: str) -> None:
    assert extract(_HEAD + text + "\nConsent signed. Time-out done." + _TAIL).necessity.functional_impairment == []


# --- symptom duration: an onset field written as a span ---------------------------------------------------------------

@pytest.mark.parametrize("line, weeks", [
    ("Dx: M54.12   Onset: 4 months   Repeat: yes - second right C6-7 TFESI", 17.3333),
    ("Onset: 4 months", 17.3333),
    ("Chronicity: 2 years", 104.0),
    ("Since: 4 months", 17.3333),
    ("Onset .... 4 months", 17.3333),
])
def test_an_onset_field_written_as_a_span_is_the_symptom_duration(line: str, weeks: float) -> None:
    text = "PROCEDURE: Right C6-7 transforaminal epidural steroid injection under fluoroscopy\n" + line + \
           "\nConsent signed. Time-out done.\nDexamethasone 4 mg injected. No complications.\n"
    duration = extract(text).necessity.symptom_duration
    assert duration is not None and duration.weeks == pytest.approx(weeks, abs=0.01)


# --- symptom duration: an onset field dated in full, a 'Since:' field ------------------------------------------------

_DATED = ("Date of service: 09/15/2026\nPROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy\n"
          "Dx: M54.17\n{}\nConsent signed. Time-out done.\nDexamethasone 4 mg injected. No complications.\n")


@pytest.mark.parametrize("line, weeks", [
    ("Symptom onset: 1/15/2026", 243 / 7),
    ("Onset date: 02/01/2026", 226 / 7),
    ("Since: Jan 2026", 257 / 7),
    ("Since: 2025", 622 / 7),
])
def test_an_onset_field_dated_in_full_or_a_since_field_gives_the_duration(line: str, weeks: float) -> None:
    duration = extract(_DATED.format(line)).necessity.symptom_duration
    assert duration is not None and duration.weeks == pytest.approx(weeks, abs=0.01)


@pytest.mark.parametrize("line", ["Symptom onset: 2/30/2026", "Symptom onset: 10/02/2026"])
def test_guard_an_impossible_or_later_onset_date_is_no_duration(line: str) -> None:
    assert extract(_DATED.format(line)).necessity.symptom_duration is None
