"""Round 18, second fix round (formsR2): EMR form exports read by layout, not by one vendor's labels (dev_fresh_cz);
fictional snippets in our own wordings (never a corpus sentence), exact values, near misses beside.

- A key=value field dump ('time_out=done', 'pain_before=8', 'symptom_duration=7 months'): a snake_case key at a line's
  start is a field label in words, its '=' the label's colon (`nlp.normalise.compact_spaces`); a blank, '***' or
  '--' value is no value, and evidence offsets point into the note as written.
- Sedation flowsheets and dot-leader blocks: a time's label before a long leader ('Stop ........ 13:45'), the opening and
  closing rows with their word after the time in table cells ('| 08:50 | start |', '| 09:12 | end |'), the
  intraservice time after a colon or a leader, and a 'Reason:' line under the sedation's header as its reason.
- Yes/No pick lists written as questions: the answer and its detail stay with the question ('Images saved? Yes - AP
  and lateral' counts two views; 'Images saved? No' is none saved); 'N/A' closing a study's field is a blank value, so
  the next field ('Diagnosis: ...') is no row of that study.
- Score fields side by side or under block headings: 'Pre-procedure: 6/10    Post-procedure: 2/10' (the next label
  naming the procedure labels the next score), 'Pre' / 'After' alone on a line over 'Pain score ...... 2/10'.
- A template's filled bracket as a field's answer ('| Complications | [None] |', 'Complications: {None}').
- The full duration label before a table bar or leader, its value going on after a comma ('| Duration of symptoms | 2
  years, bilateral buttock pain |'); a care's duration field ('| Duration of PT | 6 weeks |') is none.
- Table rows whose answer is the next cell: '| Intent | Diagnostic |' (the intent), '| Time out | ____ |' (blank: not
  documented), '| Time out | N/A |' (denied).
- An SCS lead count as a form's count field ('Number of leads: 2 (8-contact)', '| # of leads | 2 |').
- A checkbox line of RF techniques: only the ticked option is the technique ('[x] Conventional thermal  [ ] Cooled').
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 6, 3)

_KV = ("procedure=left L4-L5 transforaminal epidural steroid injection\ndx=Lumbar radiculopathy (M54.16)\n"
       "{dur}\nguidance=fluoroscopy\ninjectate=triamcinolone 40 mg\n{to}\n{pre}\n{post}\ncomplications=none\n")


def _kv(dur: str, to: str, pre: str, post: str):
    text = _KV.format(dur=dur, to=to, pre=pre, post=post)
    return text, nlp.extract(text, date_of_service=DOS)


@pytest.mark.parametrize("dur, to, pre, post, weeks, scores", [
    ("symptom_duration=7 months", "time_out=done", "pain_before=8", "pain_after=2", 30.3333, [("pre", 8.0), ("post", 2.0)]),
    ("duration_of_pain = 5 months", "timeout=yes", "pre_pain_score=6/10", "post_pain_score=1/10", 21.6667,
     [("pre", 6.0), ("post", 1.0)]),
])
def test_key_value_fields_read_as_labels(dur, to, pre, post, weeks, scores):
    text, facts = _kv(dur, to, pre, post)
    assert facts.necessity.symptom_duration is not None
    assert facts.necessity.symptom_duration.weeks == pytest.approx(weeks, abs=1e-3)
    assert facts.time_out is not None and facts.time_out.value is True
    assert [(p.timing, p.value) for p in facts.assessments.pain_scores] == scores


def test_key_value_evidence_points_into_the_note():
    text, facts = _kv("symptom_duration=7 months", "time_out=done", "pain_before=8", "pain_after=2")
    ev = facts.time_out.evidence[0]
    assert text[ev.start:ev.end] == ev.text == "time_out"
    ev = facts.necessity.symptom_duration.evidence[0]
    assert text[ev.start:ev.end] == ev.text == "duration=7 months"


def test_key_value_blank_values_are_missing():
    _, facts = _kv("symptom_duration=", "time_out=", "pain_pre=", "pain_post=")
    assert facts.necessity.symptom_duration is None
    assert facts.time_out is None
    assert facts.assessments.pain_scores == []
    _, facts = _kv("complaint=back pain", "time_out=N/A", "pain_pre=***", "pain_post=--")
    assert facts.time_out is None or facts.time_out.value is False
    assert facts.assessments.pain_scores == []


_TF = ("Left L4-L5 transforaminal epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16).\n"
       "Under fluoroscopy a needle was placed at the left L4-L5 foramen and 40 mg triamcinolone was injected.\n{}"
       "No complications.\n")
_LEADER = "." * 28


def _sed(block: str):
    sed = nlp.extract(_TF.format(block), date_of_service=DOS).procedures[0].sedation
    return None if sed is None else (sed.type, sed.start_time, sed.stop_time, sed.intraservice_minutes, sed.justification)


@pytest.mark.parametrize("block, expected", [
    (f"Moderate sedation, given by me\n  Observer {_LEADER} RN, independent\n  Start {_LEADER} 09:40\n"
     f"  Midazolam {_LEADER} 2 mg at 09:41, 1 mg at 09:50\n  Stop {_LEADER} 10:05\n"
     f"  Intraservice time {_LEADER} 25 minutes\n", ("moderate", "09:40", "10:05", 25, None)),
    ("Sedation log (moderate, by me)\nReason: cannot lie prone for long because of severe spasm\n"
     "Observer: RN, no other duties\n| time | event | dose |\n| 08:50 | start | |\n| 08:51 | midazolam | 2 mg IV |\n"
     "| 09:12 | end | |\nIntra-service time: 22 min\n",
     ("moderate", "08:50", "09:12", 22, "cannot lie prone for long because of severe spasm")),
    ("Sedation record\n| 07:30 | sedation started |\n| 07:31 | fentanyl | 50 mcg |\n| 07:52 | sedation ended |\n",
     ("moderate", "07:30", "07:52", 22, None)),
])
def test_sedation_flowsheet_times_and_reason(block, expected):
    assert _sed(block) == expected


def test_reason_for_visit_is_no_sedation_reason():
    assert _sed("Moderate sedation by me: midazolam 2 mg IV.\nReason for visit: low back pain\n") == \
        ("moderate", None, None, None, None)


_RF = ("Right L3-L4 and L4-L5 lumbar medial branch radiofrequency ablation\nDiagnosis: Lumbar spondylosis (M47.816).\n"
       "Technique: {}\nLesions at 80 C for 90 seconds at each nerve.\n")


@pytest.mark.parametrize("line, technique", [
    ("[x] Conventional thermal  [ ] Pulsed  [ ] Cooled", "thermal"),
    ("(X) Thermal  ( ) Pulsed  ( ) Cooled RF", "thermal"),
    ("[ ] Thermal  [x] Pulsed  [ ] Cooled", "pulsed"),
    ("cooled RF", "cooled"),
])
def test_rf_technique_only_the_ticked_option(line, technique):
    rf = nlp.extract(_RF.format(line), date_of_service=DOS).procedures[0].radiofrequency
    assert rf is not None and rf.technique == technique


_Q = ("Right T9-T10 interlaminar epidural steroid injection\nDuration of symptoms: 6 months\n{}\n"
      "Fluoroscopy? Yes\n{}\nInjectate: triamcinolone 40 mg\nComplications? None\n")


@pytest.mark.parametrize("study, images, findings, saved", [
    ("CT thoracic spine: N/A\nDiagnosis: Thoracic radiculopathy (M54.14)", "Images saved? Yes - AP and lateral", [], (True, 2)),
    ("MRI: n/a\nDx: Thoracic radiculopathy (M54.14)", "Were images stored? YES, AP + lateral views", [], (True, 2)),
    ("MRI: T9-T10 right foraminal disc protrusion\nDiagnosis: Thoracic radiculopathy (M54.14)", "Images saved? No",
     ["T9-T10 right foraminal disc protrusion"], (False, None)),
    ("Diagnosis: Thoracic radiculopathy (M54.14)", "Images stored - none", [], (False, None)),
])
def test_form_questions_and_blank_study_fields(study, images, findings, saved):
    facts = nlp.extract(_Q.format(study, images), date_of_service=DOS)
    img = facts.procedures[0].imaging
    assert [x.value for x in facts.necessity.imaging_findings] == findings
    assert (img.saved_images, img.views) == saved


@pytest.mark.parametrize("observer, present", [
    ("Independent observer: ______", None),
    ("Independent observer - N/A", None),
    ("Independent observer: RN with no other duties", True),
])
def test_blank_observer_field_is_no_observer(observer, present):
    block = (f"Moderate sedation by me\n{observer}\n| 08:38 | sedation start |\n| 08:40 | midazolam 2 mg IV |\n"
             "| 08:55 | sedation end |\n")
    sed = nlp.extract(_TF.format(block), date_of_service=DOS).procedures[0].sedation
    assert (sed.start_time, sed.stop_time, sed.independent_observer) == ("08:38", "08:55", present)


_SC = ("Left L4-L5 transforaminal epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16).\n\n{}\n\n"
       "Under fluoroscopy a needle was placed at the left L4-L5 foramen and 40 mg triamcinolone was injected.\n\n{}\n")
_DOTS = "." * 20


@pytest.mark.parametrize("before, after, scores", [
    ("PAIN\nPre-procedure: 6/10        Post-procedure: 2/10", "", [("pre", 6.0), ("post", 2.0)]),
    ("Pre-injection: 8/10    Post-injection: 3/10", "", [("pre", 8.0), ("post", 3.0)]),
    (f"Pre\nConsent {_DOTS} signed\nPain score {_DOTS} 7/10", f"After\nPain score {_DOTS} 2/10", [("pre", 7.0), ("post", 2.0)]),
])
def test_score_fields_side_by_side_and_under_block_headings(before, after, scores):
    facts = nlp.extract(_SC.format(before, after), date_of_service=DOS)
    assert [(p.timing, p.value) for p in facts.assessments.pain_scores] == scores


@pytest.mark.parametrize("field, value", [
    ("| Complications | [None] |", "none"),
    ("Complications: {None}", "none"),
    ("Complications: [Vasovagal]", "vasovagal"),
    ("Complications: [ ] None  [ ] Other", None),
])
def test_filled_bracket_complication_answer(field, value):
    facts = nlp.extract(_SC.format(f"Pain score {_DOTS} 7/10", field), date_of_service=DOS)
    assert (facts.complications.value if facts.complications else None) == value


@pytest.mark.parametrize("row, weeks", [
    ("| Duration of symptoms | 2 years, bilateral buttock pain |", 104.0),
    ("| Duration of pain | 9 months, worse on standing |", 39.0),
    (f"Duration of symptoms {_DOTS} 4 months, left leg", 17.3333),
    ("| Duration of PT | 6 weeks, no relief |", None),
])
def test_duration_label_in_table_rows(row, weeks):
    facts = nlp.extract(_SC.format(row, ""), date_of_service=DOS)
    got = facts.necessity.symptom_duration
    assert (round(got.weeks, 4) if got else None) == weeks


_MBB = ("| CERVICAL MEDIAL BRANCH BLOCK | |\n|---|---|\n| Side | Right |\n| Facet joints | C4-C5, C5-C6 |\n{}\n"
        "| Guidance | Fluoroscopy |\n| Medication | Lidocaine 2%, 0.5 mL at each medial branch |\n{}\n| Complications | None |\n")


@pytest.mark.parametrize("intent_row, time_out_row, intent, time_out", [
    ("| Intent | Diagnostic |", "| Time out | ____ |", "diagnostic", None),
    ("| Purpose | Therapeutic |", "| Time-out | done |", "therapeutic", True),
    ("| Intent | Diagnostic |", "| Time out | N/A |", "diagnostic", False),
    ("| Intent | ____ |", "| Time out | Y |", None, True),
])
def test_table_row_cells_answer_their_label(intent_row, time_out_row, intent, time_out):
    facts = nlp.extract(_MBB.format(intent_row, time_out_row), date_of_service=DOS)
    assert facts.procedures[0].intent == intent
    assert (facts.time_out.value if facts.time_out else None) == time_out


_SCS = ("SPINAL CORD STIMULATOR TRIAL - LEAD PLACEMENT\nDiagnosis: Post-laminectomy syndrome (M96.1)\n"
        "Leads: [x] Percutaneous  [ ] Paddle\n{}\nEntry: T12-L1 interlaminar, 14 g Tuohy\nGuidance: [x] Fluoroscopy\n")


@pytest.mark.parametrize("field, count", [
    ("Number of leads: 2 (8-contact)", 2),
    ("| # of leads | 2 |", 2),
    ("Number of leads: 1", 1),
])
def test_lead_count_field(field, count):
    proc = nlp.extract(_SCS.format(field), date_of_service=DOS).procedures[0]
    assert [(d.kind, d.count) for d in proc.devices] == [("lead", count)]
