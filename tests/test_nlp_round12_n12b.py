"""Round-12 fixes of dev_fresh_be (NEC, n12b): speech-recognition dictation and transcription-service reports. Each
case failed before the change it tests (those marked 'guard' pin what was read before). Snippets are fictional,
written for these tests.

- A note whose first line only names the document ('PROCEDURE NOTE', 'OPERATIVE NOTE', 'Procedure note:') above one
  dictated paragraph: that line is the title, not a technique header, so the history run on under it (duration, care,
  function, indication) is read as history (ten of the batch's notes).
- Dictation splices clauses with commas: a negation in the clause before ('tramadol did not help, she can't stand
  long enough to ...') does not reach a limitation with its own subject after the comma.
- A limitation told with a degree adverb ('she can barely make it to the mailbox', 'can hardly turn his head').
- A pain score dictated with 'prior' for 'before' ('time out performed pain score prior 6/10', 'Pain 7/10 prior,
  consent obtained') is no past event: the consent and time-out run on beside it are today's.
- Found with the dictation probe (`benchmarks/metamorphic_dictation.py`: the dev notes with their sentences spliced by
  commas): a negated care outcome closed by a comma ('meloxicam without improvement, difficulty lifting'), the plan run
  on after the complications ('no complications, if no relief, ...'), a technique check's 'without' before the saved
  images ('without vascular uptake, images were saved'), 'after a fall' (an onset) before the day's score, a diagnosis
  said in a sentence that also reports the MRI ('..., diagnosis is lumbosacral radiculopathy M 54.17').
"""

from __future__ import annotations

import pytest

from api.evaluation import DEFAULT_FINDING_SEVERITIES, NoteView, requirement_ids, result_view
from api.pipeline import analyze_text

_REQUIREMENTS = requirement_ids()


def _view(text: str) -> NoteView:
    """The note read and coded under Medicare, as the evaluation sees it."""
    return result_view(analyze_text(text, payer="medicare"), DEFAULT_FINDING_SEVERITIES, _REQUIREMENTS)


_NECESSITY = {"conservative_care", "functional_impairment", "indication", "symptom_duration", "imaging_findings"}

# --- a first line that only names the document is the title ----------------------------------------------------

_DICTATED = ("{title}\n"
             "The patient is a pleasant 64-year-old man who has had pain in the low back and down the back of the left "
             "leg to the foot for about 7 months with numbness on the sole, MRI shows a left L5-S1 disc protrusion "
             "compressing the S1 root, he did physical therapy for 8 weeks that did not help and naproxen upset his "
             "stomach, he is unable to walk more than a block. DIAGNOSIS lumbar radiculopathy M54.16. PROCEDURE left "
             "L5-S1 transforaminal epidural steroid injection under fluoroscopy. CONSENT signed, a time out was done. "
             "Pain before 7/10. Prone, 22 gauge needle to the left L5-S1 foramen, Omnipaque 240 1 mL outlined the S1 "
             "root with no vascular uptake, then dexamethasone 10 mg with 1 mL of 1 percent lidocaine. COMPLICATIONS "
             "none. Pain after 2/10.\n"
             "Dictated but not read\n")


@pytest.mark.parametrize("title", ["PROCEDURE NOTE", "OPERATIVE NOTE", "Procedure note:", "PROCEDURE NOTE:",
                                   "\nPROCEDURE NOTE"])
def test_a_document_title_line_does_not_hide_the_dictated_history(title: str) -> None:
    v = _view(_DICTATED.format(title=title))
    assert v.findings & _NECESSITY == set()
    assert v.necessity["symptom_duration"] and v.necessity["conservative_care"]
    assert v.necessity["functional_impairment"] and v.necessity["imaging_findings"]


def test_guard_a_history_missing_from_a_titled_note_is_still_missing() -> None:
    """guard: under the title, a note that never states its care still lacks it."""
    text = _DICTATED.format(title="PROCEDURE NOTE").replace(
        "he did physical therapy for 8 weeks that did not help and naproxen upset his stomach, ", "")
    assert "conservative_care" in _view(text).findings


def test_guard_a_real_technique_header_on_the_first_line_stays_technique() -> None:
    """guard: 'DESCRIPTION OF PROCEDURE' names a section, not the document: a history sentence under it is still no
    history (its symptom duration is not read)."""
    v = _view("DESCRIPTION OF PROCEDURE\nPain for 9 months. Left L5-S1 TFESI under fluoroscopy, dexamethasone 10 mg.\n")
    assert "symptom_duration" in v.findings


# --- a comma-spliced clause with its own subject escapes the negation before it -------------------------------------

_RUN_ON = ("Procedure: Bilateral L4-5 and L5-S1 medial branch blocks, diagnostic, under fluoroscopy.\n"
           "Diagnosis: Lumbar spondylosis without radiculopathy M47.816.\n"
           "The patient is a pleasant 59-year-old woman with axial low back pain for 2 years, she did 8 weeks of physical "
           "therapy without lasting benefit and ibuprofen did not help, {limit}. CT shows bilateral facet arthropathy "
           "at L4-5 and L5-S1. Consent signed, time out done. Pain before 6/10. 22 gauge needles to the L3 and L4 "
           "medial branches and the L5 dorsal ramus on each side, 0.5 mL of 0.5% bupivacaine at each. No "
           "complications. Pain after 1/10.\n")


@pytest.mark.parametrize("limit", [
    "she can't stand long enough to fold laundry",
    "she cannot walk her dog",
    "he can no longer lift his grandson",
    "her pain keeps her from sleeping through the night",
])
def test_a_limitation_after_a_comma_is_not_negated_by_the_clause_before(limit: str) -> None:
    v = _view(_RUN_ON.format(limit=limit))
    assert v.necessity["functional_impairment"]
    assert "functional_impairment" not in v.findings


def test_guard_a_denied_limitation_in_its_own_clause_is_still_negated() -> None:
    """guard: a negation inside the limitation's own clause still reaches it."""
    v = _view(_RUN_ON.format(limit="no trouble walking"))
    assert "functional_impairment" in v.findings


# --- a limitation told with a degree adverb -------------------------------------------------------------------------

@pytest.mark.parametrize("limit", [
    "she can barely make it to the mailbox",
    "he can hardly turn his head to back out of the driveway",
    "she could scarcely climb the stairs last week",
    "she is barely able to stand at the sink",
    "he can only make it to the end of the driveway",
    "she hardly manages the stairs",
])
def test_a_barely_managed_activity_is_a_functional_limitation(limit: str) -> None:
    v = _view(_RUN_ON.format(limit=limit).replace("ibuprofen did not help", "ibuprofen gave no relief"))
    assert v.necessity["functional_impairment"]
    assert "functional_impairment" not in v.findings


@pytest.mark.parametrize("phrase", ["she can barely feel the needle", "she can hardly wait for the injection"])
def test_guard_a_barely_that_is_no_activity_is_no_limitation(phrase: str) -> None:
    """guard: 'can barely feel' or 'can hardly wait' says nothing of function."""
    v = _view(_RUN_ON.format(limit=phrase))
    assert "functional_impairment" in v.findings


# --- 'pain score prior' is the pre-procedure score, not a past event ------------------------------------------------

_PRIOR = ("Lumbar interlaminar epidural steroid injection L3-4\n"
          "Diagnosis spinal stenosis of the lumbar region with neurogenic claudication M48.062\n"
          "The patient is a pleasant 78-year-old man with aching in both legs whenever he walks more than a block for "
          "the past year. Physical therapy for 3 months brought no improvement. MRI shows severe central stenosis at "
          "L3-4.\n"
          "Risks and benefits discussed and consent signed time out performed {score} 6/10. Prone, AP fluoroscopy, "
          "20 gauge Tuohy needle to the L3-4 interspace with loss of resistance, Isovue-M 200 3 mL confirmed epidural "
          "spread, then Depo-Medrol 80 mg with 3 mL of normal saline. No complications pain score after 2/10.\n")


@pytest.mark.parametrize("score", ["pain score prior", "pain prior", "VAS prior", "pain rating prior",
                                   "NRS prior", "pain 6/10 prior, and", "pain 6 out of 10 prior, and"])
def test_a_score_dictated_as_prior_leaves_consent_and_time_out_today(score: str) -> None:
    v = _view(_PRIOR.format(score=score))
    assert v.findings & {"time_out", "consent"} == set()


def test_guard_a_prior_procedure_is_still_history() -> None:
    """guard: 'prior' before a procedure still tells an earlier one (its consent is not today's)."""
    v = _view(_PRIOR.format(score="pain score before").replace(
        "Risks and benefits discussed and consent signed time out performed",
        "Consent for his prior injection was signed. Time out performed."))
    assert "consent" in v.findings


# --- a negated care outcome closed by a comma does not reach the limitation after it --------------------------------

@pytest.mark.parametrize("history", [
    "PT x 6 weeks and meloxicam without improvement, difficulty lifting and driving",
    "tried PT (6 visits) - no change, pain wakes him at night",
    "PT for 10 weeks without sustained benefit; ibuprofen not tolerated, unable to stand for more than 15 minutes",
    "cyclobenzaprine - no help; PT not yet started, pain limits walking to 10 minutes",
    "six weeks of physiotherapy have not helped at all, cannot drive to work",
    "PT and naproxen gave no relief period cannot sit through a movie",
])
def test_a_closed_negated_outcome_does_not_negate_the_limitation(history: str) -> None:
    v = _view(_RUN_ON.replace("she did 8 weeks of physical therapy without lasting benefit and ibuprofen did not help, "
                              "{limit}", history))
    assert v.necessity["functional_impairment"]


def test_guard_a_denied_list_of_limitations_stays_negated() -> None:
    """guard: a denial names no outcome word: the limitations listed after it stay denied."""
    v = _view(_RUN_ON.format(limit="she denies weakness, numbness, difficulty walking"))
    assert "functional_impairment" in v.findings


# --- the plan run on after the complications statement --------------------------------------------------------------

@pytest.mark.parametrize("tail", [
    "Pain score 4 out of 10 after, no complications, if no relief, SCS trial to be discussed.",
    "Complications: none, if no relief, will consider a repeat injection.",
    "There were no complications, will repeat if pain persists.",
])
def test_no_complications_before_a_plan_after_a_comma_is_today(tail: str) -> None:
    v = _view(_DICTATED.format(title="PROCEDURE NOTE").replace("COMPLICATIONS none. Pain after 2/10.", tail))
    assert v.complications == "none"
    assert "complications" not in v.findings


def test_guard_complications_only_in_a_plan_are_no_statement() -> None:
    """guard: a plan that names complications says nothing of today's."""
    v = _view(_DICTATED.format(title="PROCEDURE NOTE").replace("COMPLICATIONS none. ", "If complications occur, call. "))
    assert "complications" in v.findings


# --- a technique check's negation before the saved images -----------------------------------------------------------

@pytest.mark.parametrize("images", [
    "confirmed epidural spread without vascular uptake, images were saved to PACS (AP, lateral)",
    "showed no intravascular flow, AP and lateral images saved",
])
def test_images_saved_after_a_negated_technique_check(images: str) -> None:
    v = _view(_DICTATED.format(title="PROCEDURE NOTE").replace("outlined the S1 root with no vascular uptake", images))
    assert "saved_images" not in v.findings


@pytest.mark.parametrize("images", ["no images were saved", "images were not saved"])
def test_guard_images_not_saved_stay_not_saved(images: str) -> None:
    v = _view(_DICTATED.format(title="PROCEDURE NOTE").replace(
        "outlined the S1 root with no vascular uptake", "outlined the S1 root, " + images))
    assert "saved_images" in v.findings


# --- 'after a fall' is the pain's onset, not the timing of the day's score ------------------------------------------

_SIJ = ("Right SI joint injection\n\nDx: R sacroiliitis M46.1\n"
        "R SI pain for 3 months {onset}, PT 6 weeks without relief, pain 8/10.\n"
        "Consent signed, time out. Under fluoroscopy 22 g needle into the R SIJ, Omnipaque 240 0.5 mL "
        "intra-articular, AP/oblique images saved.\nInjected 40 mg triamcinolone + 1 mL 0.5% bupivacaine.\n"
        "No complications. Post 4/10.\n")


@pytest.mark.parametrize("onset", ["after a fall", "after a car accident", "following a lifting injury",
                                   "after her lumbar fusion"])
def test_after_an_injury_is_no_post_cue_for_the_days_score(onset: str) -> None:
    v = _view(_SIJ.format(onset=onset))
    assert v.pain == {"pre": 8.0, "post": 4.0}
    assert "pre_procedure_pain_score" not in v.findings


# --- a diagnosis said in a sentence that also reports the MRI -------------------------------------------------------

@pytest.mark.parametrize("dx, label, code", [
    ("diagnosis is lumbosacral radiculopathy M 54.17", "lumbosacral radiculopathy", "M54.17"),
    ("diagnosis is lumbosacral radiculopathy", "lumbosacral radiculopathy", None),
    ("she was diagnosed with lumbar radiculopathy M54.16", "lumbar radiculopathy", "M54.16"),
])
def test_a_diagnosis_said_after_the_mri_in_one_sentence(dx: str, label: str, code: str | None) -> None:
    text = ("Left L5-S1 transforaminal epidural steroid injection.\n\nThis is a 70 year old woman with pain down the "
            f"left leg for 6 months, an MRI from last year shows foraminal narrowing at L5 S1, {dx}.\n")
    dxs = analyze_text(text, payer="medicare").facts.necessity.diagnoses
    assert [(d.text, d.icd10) for d in dxs] == [(label, code)]


def test_guard_a_condition_only_on_the_mri_is_no_diagnosis() -> None:
    """guard: 'MRI shows ... radiculopathy' with no diagnosis said is still an imaging finding."""
    text = ("Left L5-S1 transforaminal epidural steroid injection.\n\nThis is a 70 year old woman with leg pain, MRI "
            "shows a disc protrusion with radiculopathy.\n")
    assert analyze_text(text, payer="medicare").facts.necessity.diagnoses == []


# --- the dictation transforms of the metamorphic probe ---------------------------------------------------------------

def _dictation():
    """`benchmarks/metamorphic_dictation.py`, loaded by path as the probe's harness loads it."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "metamorphic_dictation.py"
    spec = importlib.util.spec_from_file_location("_test_metamorphic_dictation", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dictation_transforms_keep_labels_levels_and_capitals() -> None:
    m = _dictation()
    text = "Pain for 9 months. She did PT. L5-S1 was injected. No complications.\nDiagnosis: x. Y.\n"
    assert m.comma_splice(text) == ("Pain for 9 months, she did PT. L5-S1 was injected, no complications.\n"
                                    "Diagnosis: x. Y.\n")
    assert m.spoken_punctuation(text) == ("Pain for 9 months period she did PT. L5-S1 was injected period no "
                                          "complications.\nDiagnosis: x. Y.\n")
    assert m.doc_title(text) == "PROCEDURE NOTE\n" + text
    assert m.doc_title("Procedure Note\n" + text) == "Procedure Note\n" + text


# --- a symptom duration before a comma-spliced clause about an earlier procedure ------------------------------------

def test_a_duration_before_a_spliced_clause_naming_a_procedure_is_the_symptoms() -> None:
    text = ("Left L4-L5 and L5-S1 facet RFA (repeat)\n\nDx: lumbar spondylosis M47.816\n"
            "Left low back pain for 6 years, the last left L4-5/L5-S1 RFA in January gave roughly 60% relief that lasted "
            "about 4 months, home exercise and NSAIDs failed, pain limits standing and bending.\n")
    d = analyze_text(text, payer="medicare").facts.necessity.symptom_duration
    assert d is not None and d.weeks == 312.0


def test_guard_a_procedure_duration_is_no_symptom_duration() -> None:
    """guard: 'an ESI 2 months ago' dates the procedure, not the pain."""
    text = "Left L5-S1 TFESI\n\nBack pain, an ESI 2 months ago helped.\n"
    assert analyze_text(text, payer="medicare").facts.necessity.symptom_duration is None


# --- a care list run on over comma-cut clauses, closed by a collective outcome ---------------------------------------

_LONG_RUN_ON = ("PROCEDURE PERFORMED: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n\n"
                "INDICATIONS: This is a 61-year-old man whose leg pain began after he twisted lifting a crate last winter, "
                "since then he has had a burning pain from the left buttock down the back of the thigh into the outer "
                "calf and the top of the foot, he went to a physical therapy program twice a week for 8 weeks, then "
                "took naproxen and a short prednisone taper, {outcome}, he now sleeps in a recliner and has stopped "
                "refereeing youth hockey, on exam the left ankle jerk is diminished.\n")


@pytest.mark.parametrize("outcome", ["none of it made a meaningful dent in the leg pain", "neither gave any relief",
                                     "all without relief"])
def test_a_collective_outcome_covers_care_in_an_earlier_clause(outcome: str) -> None:
    care = analyze_text(_LONG_RUN_ON.format(outcome=outcome), payer="medicare").facts.necessity.conservative_care
    assert {c.modality: c.outcome for c in care}["physical_therapy"] == "failed"


def test_guard_another_drugs_own_outcome_is_not_the_therapys() -> None:
    """guard: with no collective word, the last drug's own 'helped' stays its own."""
    care = analyze_text(_LONG_RUN_ON.format(outcome="the taper helped for a week"),
                        payer="medicare").facts.necessity.conservative_care
    assert {c.modality: c.outcome for c in care}["physical_therapy"] is None


# --- a stop the speech recogniser spelt out ends the clause -----------------------------------------------------------

def test_no_complications_before_a_spoken_period_and_a_plan() -> None:
    v = _view(_DICTATED.format(title="PROCEDURE NOTE").replace(
        "COMPLICATIONS none. Pain after 2/10.", "Pain after 2/10. Complications: none period if no relief, will "
                                               "consider a repeat injection."))
    assert v.complications == "none"
