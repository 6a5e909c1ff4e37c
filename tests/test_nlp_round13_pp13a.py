"""Round-13 paraphrase probe, new writers' sets (PP13a, NEC elements): wording families that the sets
`benchmarks/paraphrases_r13/q1` and `q2` showed misread. One test per family, with our own wordings (not the probe's
sentences); each failed before the change it tests. Snippets are fictional, written for this test.
"""

from __future__ import annotations

import pytest

from nlp import extract

_HISTORY = ("Procedure: Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"
            "Indications:\n"
            "{line}\n"
            "Under fluoroscopy a needle was placed at the left L4-5 foramen and dexamethasone 10 mg injected.\n")


def _necessity(line: str):
    return extract(_HISTORY.format(line=line), None, None).necessity


@pytest.mark.parametrize("line, element", [
    ("Mother had sciatica after her second pregnancy.", "radicular_findings"),
    ("His brother, who drove him in today, walks with a cane and cannot climb stairs.", "functional_impairment"),
    ("Her daughter had a lumbar MRI last year showing an L4-5 extrusion.", "imaging_findings"),
])
def test_a_relatives_history_is_not_the_patients(line: str, element: str) -> None:
    """A sentence whose subject is a relative documents nothing of the patient's (it was read as the element)."""
    assert getattr(_necessity(line), element) == []


def test_a_relatives_sentence_that_returns_to_the_patient_still_reads() -> None:
    """The guard ends where the patient becomes the subject again."""
    assert len(_necessity("His wife says he cannot walk to the mailbox anymore.").functional_impairment) == 1
    assert len(_necessity("Her husband notes her pain shoots down into the left calf.").radicular_findings) == 1


@pytest.mark.parametrize("line", [
    "Pt denies leg pain, paresthesias, or weakness of the feet.",
    "Negative for numbness in the feet, tingling, or shooting pain down either leg.",
])
def test_a_denied_list_denies_every_item(line: str) -> None:
    """The negation before a list reaches its later items (the third item, beyond the 30-character window, was read)."""
    assert _necessity(line).radicular_findings == []


def test_a_list_broken_by_an_affirmed_sign_still_reads() -> None:
    """'No weakness, but positive SLR on the left': the second clause is the patient's sign."""
    assert len(_necessity("No weakness, but positive SLR on the left at 30 degrees.").radicular_findings) == 1


@pytest.mark.parametrize("line, element", [
    ("Straight leg raise: neg on both sides.", "radicular_findings"),
    ("| Straight leg raising | negative |", "radicular_findings"),
    ("Sciatica symptoms were denied at intake.", "radicular_findings"),
    ("Oswestry questionnaire will be completed at the next visit.", "functional_impairment"),
    ("| ODI | not obtained |", "functional_impairment"),
])
def test_a_cue_denied_or_not_done_after_it_is_no_documentation(line: str, element: str) -> None:
    """A sign said to be negative after it, or a scale said to be planned or not done, is no finding."""
    assert getattr(_necessity(line), element) == []


def test_a_sign_negative_on_one_side_and_positive_on_the_other_reads() -> None:
    """'SLR negative on the right, positive on the left' affirms the sign."""
    assert len(_necessity("SLR negative on the right, positive on the left at 45 degrees.").radicular_findings) == 1


@pytest.mark.parametrize("line", [
    "Lumbar MRI 2024: no canal stenosis, no foraminal narrowing.",
    "CT L-spine negative for fracture or disc extrusion.",
])
def test_imaging_that_denies_every_finding_is_not_a_finding(line: str) -> None:
    """A study whose findings are all denied documents no concordant finding (it was read as imaging findings)."""
    assert _necessity(line).imaging_findings == []


def test_imaging_without_contrast_still_reads() -> None:
    """'MRI w/o contrast' negates nothing; the finding after it is read."""
    assert len(_necessity("MRI w/o contrast: L4-5 disc extrusion compressing the left L5 root.").imaging_findings) == 1


def test_function_said_to_be_intact_is_no_impairment() -> None:
    """'Completes ADLs on her own independently' says function is intact."""
    assert _necessity("She completes her ADLs independently at home.").functional_impairment == []


@pytest.mark.parametrize("line", [
    "Elevating the right leg straight brings on her buttock and thigh pain at 50 degrees.",
    "The straight leg test reproduces calf pain on the left.",
])
def test_straight_leg_test_in_other_word_orders_reads(line: str) -> None:
    """The straight-leg test written as 'raising the leg straight' or 'straight leg test' is a radicular sign."""
    assert len(_necessity(line).radicular_findings) == 1


@pytest.mark.parametrize("line", [
    "Exam: sluggish left Achilles reflex compared with the right.",
    "The knee jerk on the left had been clearly reduced.",
    "Dorsiflexion strength on the left was measured at 4/5.",
    "Hypaesthesia over the dorsum of the left foot.",
])
def test_reflex_strength_and_sensory_signs_in_exam_prose_read(line: str) -> None:
    """Reflex, strength and sensory signs in exam prose and British spelling are radicular signs."""
    assert len(_necessity(line).radicular_findings) == 1


@pytest.mark.parametrize("line", [
    'She says "it runs right down into my big toe."',
    '"My right foot feels like it is dead half the day," he says.',
    '"If I walk to the end of the street my legs give out," she says.',
])
def test_patient_quoting_the_pain_in_the_first_person_reads(line: str) -> None:
    """A patient's own words for radiating pain, a dead foot or legs giving out on walking are radicular symptoms."""
    assert len(_necessity(line).radicular_findings) == 1


def test_a_diagnosis_still_to_be_excluded_is_no_finding() -> None:
    """'r/o L5 radiculopathy' asks a question; it documents no radicular finding."""
    assert _necessity("EMG ordered to r/o L5 radiculopathy.").radicular_findings == []


_REPEAT = ("Procedure: Repeat left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"
           "Indications:\n"
           "{line}\n"
           "Pre-procedure pain score: 6/10.\n"
           "Under fluoroscopy a needle was placed at the left L4-5 foramen and dexamethasone 10 mg injected.\n"
           "Post-procedure pain score: 1/10.\n")


def _prior(line: str) -> list[tuple[float | None, float | None]]:
    facts = extract(_REPEAT.format(line=line), None, None)
    return [(r.percent, r.duration_days) for r in facts.assessments.prior_procedure_response]


@pytest.mark.parametrize("line, percent, days", [
    ("His previous epidural took away 75% of the leg pain, and that relief lasted a solid five months.", 75.0, 151.6667),
    ("Prior TFESI: 65 percent better, during 3 months.", 65.0, 91.0),
    ("The earlier injection helped about 70% and it kept up for some fourteen weeks.", 70.0, 98.0),
])
def test_how_long_a_prior_result_lasted_told_with_words_around_the_span(line: str, percent: float, days: float) -> None:
    """'lasted a solid five months', 'during 3 months', 'kept up for some fourteen weeks': the span is the relief's."""
    assert _prior(line) == [(percent, pytest.approx(days, abs=0.01))]


_NOTE = ("PROCEDURE NOTE\n\nDate of service: 05/20/2026\n"
         "Procedure: Repeat right L4-L5 transforaminal epidural steroid injection under fluoroscopy\n"
         "Preoperative diagnosis: Lumbar radiculopathy, right (M54.16)\n\n"
         "HISTORY / INDICATIONS:\n{line}\n\nPre-procedure pain score: 6/10.\n\n"
         "PROCEDURE:\nUnder fluoroscopic guidance a needle was advanced to the right L4-L5 foramen and dexamethasone "
         "10 mg was injected.\n\nNo complications.\nPost-procedure pain score: 1/10.\n")


@pytest.mark.parametrize("line, percent", [
    ("Following the 08/2025 transforaminal ESI she had 70% relief for 5 months.", 70.0),
    ("After the Oct. 2025 injection he reported 75% relief for 5 months.", 75.0),
])
def test_a_prior_procedure_dated_after_following_the_is_history_not_today(line: str, percent: float) -> None:
    """'Following the 08/2025 ESI ...', 'After the Oct. 2025 injection ...': a dated earlier procedure's result, not
    today's ('after the' / 'following the' read as after today's procedure)."""
    from api.pipeline import analyze_text

    prior = analyze_text(_NOTE.format(line=line)).assessments.prior_procedure_response
    assert [(r.percent, r.duration_days) for r in prior] == [(percent, pytest.approx(151.6667, abs=0.01))]


def test_a_relatives_prior_result_is_not_the_patients() -> None:
    """'Her mother got 90% relief from an epidural for a year' is no prior response of the patient."""
    assert _prior("Her mother got 90% relief from an epidural for a year.") == []


@pytest.mark.parametrize("line", [
    "His late father suffered from leg pain for 15 years.",
    '"My brother has had sciatica for years," she says.',
])
def test_a_relatives_duration_is_not_the_patients(line: str) -> None:
    """A relative's history as the subject, also with 'late' or the patient's own 'my', is no symptom duration."""
    assert _necessity(line).symptom_duration is None


def test_a_relatives_conservative_care_is_not_the_patients() -> None:
    """'His wife went to physical therapy for 10 weeks without relief' is no care the patient tried."""
    assert _necessity("His wife went to physical therapy for 10 weeks without relief.").conservative_care == []


_RFA = ("Procedure: Left L4-L5 and L5-S1 lumbar facet radiofrequency ablation under fluoroscopy.\n"
        "Indications:\n"
        "{line}\n"
        "RF cannulas were placed on the left L3 and L4 medial branches and lesions made at 80 degrees C for 90 seconds.\n")


def _blocks(line: str) -> list[tuple[float, int | None]]:
    facts = extract(_RFA.format(line=line), None, None)
    return [(b.percent, b.ordinal) for b in facts.assessments.diagnostic_blocks]


@pytest.mark.parametrize("line, percent", [
    ("Both diagnostic MBBs at left L3, L4 and L5 (1/8 and 1/29) gave >85% relief of the back pain.", 85.0),
    ("On both occasions the medial branch blocks at L4-5 and L5-S1 brought about 90% relief.", 90.0),
    ("Comparative blocks, first with lidocaine and then with bupivacaine, gave 80% relief each.", 80.0),
])
def test_one_result_said_of_two_diagnostic_blocks_counts_for_both(line: str, percent: float) -> None:
    """A result shared by two blocks, with levels or dates between 'both' and the percent, or blocks that are two by
    definition (comparative), is each block's result (it was read as one block's)."""
    assert _blocks(line) == [(percent, 1), (percent, 2)]


@pytest.mark.parametrize("line", [
    "Sagittal T2-weighted images: right L4-5 paracentral extrusion displacing the traversing L5 root.",
    "Resonance of the lumbar spine: L5-S1 protrusion narrowing the left foramen.",
])
def test_a_study_named_by_its_sequences_or_as_resonance_is_imaging(line: str) -> None:
    """An MRI named by its sequences or as 'resonance' (a second-language writer's word) is a study; its findings are imaging findings."""
    assert len(_necessity(line).imaging_findings) == 1
