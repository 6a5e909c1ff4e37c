"""Round 7a: open wording families of `dev_fresh_ad`, `ah`, `ai` and `d`, as fictional snippets of the same families.

Every case gives the exact reading the reader must return and failed before its change; the guards (named so) pin
readings the change must keep.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _scores(text: str) -> list[tuple[str | None, float, float]]:
    """(timing, value, scale max) of each pain score read, in order."""
    return [(p.timing, p.value, p.scale_max) for p in extract(text).assessments.pain_scores]


def _drugs(text: str) -> list[tuple[str, float | None, str | None]]:
    """(generic, total dose, concentration) of each drug read, in order."""
    return [(d.generic, d.dose, d.concentration) for d in extract(text).drugs]


# --- an ASC record's 'Physician:' paragraph opens with the procedure and goes on with the history ----------------

_ASC = ("ASC PROCEDURE RECORD\nPre-op nursing: Allergies NKDA. Consent signed. Pain 7/10.\n"
        "Physician: {title}. Six months of pain down the left leg to the foot. Physical therapy for eight weeks\n"
        "and meloxicam did not help. She can no longer lift her grandson. MRI: L5-S1 disc herniation compressing the\n"
        "left S1 root. Time-out done. 22 g needle to the left L5-S1 foramen; Omnipaque 240 1 mL. Kenalog 40 mg.\n"
        "Post-op nursing: Pain 2/10. No complications.\n")


@pytest.mark.parametrize("title", [
    "Left L5-S1 transforaminal epidural steroid injection under fluoroscopy for radiculopathy (M54.17)",
    "Left L5-S1 TFESI with fluoroscopy",
])
def test_provider_title_paragraph_keeps_its_history(title: str) -> None:
    facts = extract(_ASC.format(title=title))
    nec = facts.necessity
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in facts.procedures] == \
        [("transforaminal_epidural", "left", ["L5-S1"])]
    assert nec.symptom_duration is not None and nec.symptom_duration.weeks == 26.0
    assert [(c.modality, c.outcome) for c in nec.conservative_care] == [("physical_therapy", "failed"), ("nsaids", "failed")]
    assert len(nec.functional_impairment) == 1
    assert len(nec.imaging_findings) == 1


def test_guard_provider_name_line_stays_provider() -> None:
    text = "Physician: Dr. A. Example, attending. Fellow present.\nProcedure: Left L5-S1 TFESI under fluoroscopy.\n"
    assert [(p.family, p.laterality) for p in extract(text).procedures] == [("transforaminal_epidural", "left")]


# --- an OCR scan reads the 0 of '/10' as O or l ----------------------------------------------------------------

@pytest.mark.parametrize("pre", ["7/1O", "7/l0", "7/IO", "7/10"])
def test_ocr_ten_of_pain_scale(pre: str) -> None:
    text = f"Left L4-5 TFESI.\nPre {pre} -- Consent obtained. Time out done.\nPost 2/10. No complications.\n"
    assert _scores(text) == [("pre", 7.0, 10.0), ("post", 2.0, 10.0)]


def test_guard_ocr_ten_needs_no_letter_after() -> None:
    text = "Left L4-5 TFESI.\nSee the 3/IOM report. Time out done.\n"
    assert _scores(text) == []


# --- an earlier block's relief with its agent in brackets: '90% (lidocaine) and 80% (bupivacaine) relief' --------

@pytest.mark.parametrize("history", [
    "Two comparative medial branch blocks gave 90% (lidocaine) and 80% (bupivacaine) relief.",
    "Comparative MBBs provided 85% (lidocaine) and 90% (bupivacaine) pain relief.",
    "The medial branch blocks yielded 80% (bupivacaine) relief.",
])
def test_prior_block_percent_is_no_strength(history: str) -> None:
    text = (f"Left C5-6 facet radiofrequency neurotomy, C5 and C6 medial branches, fluoroscopy. {history}\n"
            "Time-out completed. 1 mL of 1% lidocaine at each site; RF cannulas along the C5 and C6 medial branches.\n")
    assert _drugs(text) == [("lidocaine", 20.0, "1%")]


def test_prior_relief_wrapped_before_todays_drug() -> None:
    text = ("Left C5-6 facet radiofrequency neurotomy, C5 and C6 medial branches, fluoroscopy. MBBs gave 90% (lidocaine)\n"
            "relief. Time-out. 1 mL of 0.5% bupivacaine at each site; RF cannulas along the C5 and C6 medial branches.\n")
    assert _drugs(text) == [("bupivacaine", 10.0, "0.5%")]


# --- a bare duration as one item of a comma list between the symptom and its signs -----------------------------

@pytest.mark.parametrize("line, weeks", [
    ("Symptoms ...... L lateral thigh and leg pain to the foot, 6 months; L quadriceps 4/5\n", 26.0),
    ("Both legs: buttock -> post thigh -> calf, 6 mo, numb soles, ankle jerks absent.\n", 26.0),
    ("R buttock -> lat calf -> dorsum foot, 10 wks, numb R great toe.\n", 10.0),
    ("L buttock -> lat calf -> dorsum foot x 4 mo, numb L great toe, L EHL 4/5.\n", 17.3333),
])
def test_list_item_or_numb_duration(line: str, weeks: float) -> None:
    text = "L5-S1 TFESI, fluoro.\n" + line + "MRI: L5-S1 foraminal stenosis.\nPre 8/10. Consent.\n"
    duration = extract(text).necessity.symptom_duration
    assert duration is not None and duration.weeks == weeks


def test_guard_list_item_without_symptom_is_no_duration() -> None:
    text = "L5-S1 TFESI, fluoro.\nFollow-up: clinic visit, 6 weeks, with the nurse.\nPre 8/10. Consent.\n"
    assert extract(text).necessity.symptom_duration is None


# --- care that 'has not given lasting relief' failed ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Physical therapy with desensitization and gabapentin have not given lasting relief.",
    "Physical therapy and gabapentin have not given her relief.",
])
def test_care_that_has_not_given_relief_failed(sentence: str) -> None:
    text = ("Spinal cord stimulator trial, two percutaneous leads.\nIndications: CRPS of the right foot for 2 years. "
            f"{sentence}\nTime-out completed.\n")
    assert sorted((c.modality, c.outcome) for c in extract(text).necessity.conservative_care) == \
        [("neuropathic_agents", "failed"), ("physical_therapy", "failed")]


# --- leave taken from work for the pain -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Has had to take leave from her warehouse job.",
    "He had to take time off from the factory.",
    "She is on leave from her nursing home job.",
])
def test_leave_from_work_is_functional_impairment(sentence: str) -> None:
    text = f"L4-L5 interlaminar ESI, fluoro.\nRight leg pain for 3 months. {sentence} MRI: L4-5 herniation.\n"
    assert len(extract(text).necessity.functional_impairment) == 1


def test_guard_leave_of_the_clinic_is_no_impairment() -> None:
    text = "L4-L5 interlaminar ESI, fluoro.\nRight leg pain for 3 months. Patient may leave from the recovery area.\n"
    assert extract(text).necessity.functional_impairment == []


# --- a list of block results, each with its date or agent in brackets ------------------------------------------

@pytest.mark.parametrize("line", [
    "Prior B/L L4/5 MBB x2: 85% (1/13/26) + 80% (2/3/26); declines RFA.",
    "Dx MBBs: 85% (lido, 3/10/26), 80% (bupi, 3/31/26).",
    "MBBs: 85% (lidocaine) and 80% (bupivacaine).",
])
def test_bracketed_block_results_both_read(line: str) -> None:
    text = f"R L5-S1 facet RFA (R L4 MB + L5 DR) - fluoro\nR-sided LBP x 3 yr.\n{line}\nPre 7/10. Consent, TO.\n"
    assert [(b.percent, b.ordinal) for b in extract(text).assessments.diagnostic_blocks] == [(85.0, 1), (80.0, 2)]


# --- a dictated diagnosis field without its colon is no radicular finding; claudication in words is one ----------

def _radicular(history: str) -> int:
    text = f"right L5 S1 transforaminal epidural steroid injection\n\nhistory {history}\n\nprocedure time out was done.\n"
    return len(extract(text).necessity.radicular_findings)


@pytest.mark.parametrize("history", [
    "59 year old woman with low back pain for four months. diagnosis lumbar radiculopathy M 54.16. pain is 7 out of 10.",
    "low back pain for a year. Diagnosis colon lumbar radiculopathy. pain is 6 out of 10.",
])
def test_dictated_diagnosis_alone_is_no_radicular_finding(history: str) -> None:
    assert _radicular(history) == 0


@pytest.mark.parametrize("history", [
    "aching and heaviness of both legs with walking for 14 months. Diagnosis is lumbar stenosis with neurogenic "
    "claudication.",
    "cramping heaviness in both thighs and calves when she walks period diagnosis lumbar spinal stenosis with "
    "neurogenic claudication period",
])
def test_guard_claudication_in_words_is_a_radicular_finding(history: str) -> None:
    assert _radicular(history) == 1


def test_guard_diagnosis_field_that_describes_symptoms_kept() -> None:
    assert _radicular("diagnosis lumbar radiculopathy with shooting pain down the right leg. pain 7 out of 10.") == 1
