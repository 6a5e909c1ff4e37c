"""Round-12 fixes of dev_fresh_be (NEC, n12b): speech-recognition dictation and transcription-service reports. Each
case failed before the change it tests (those marked 'guard' pin what was read before). Snippets are fictional,
written for these tests.

- A note whose first line only names the document ('PROCEDURE NOTE', 'OPERATIVE NOTE', 'Procedure note:') above one
  dictated paragraph: that line is the title, not a technique header, so the history run on under it (duration, care,
  function, indication) is read as history (ten of the batch's notes).
- Dictation splices clauses with commas: a negation in the clause before ('tramadol did not help, she can't stand
  long enough to ...') does not reach a limitation with its own subject after the comma.
- A limitation told with a degree adverb ('she can barely make it to the mailbox', 'can hardly turn his head').
- A pain score dictated with 'prior' for 'before' ('time out performed pain score prior 6/10') is no past event: the
  consent and time-out run on beside it are today's.
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
                                   "NRS prior"])
def test_a_score_dictated_as_prior_leaves_consent_and_time_out_today(score: str) -> None:
    v = _view(_PRIOR.format(score=score))
    assert v.findings & {"time_out", "consent"} == set()


def test_guard_a_prior_procedure_is_still_history() -> None:
    """guard: 'prior' before a procedure still tells an earlier one (its consent is not today's)."""
    v = _view(_PRIOR.format(score="pain score before").replace(
        "Risks and benefits discussed and consent signed time out performed",
        "Consent for his prior injection was signed. Time out performed."))
    assert "consent" in v.findings
