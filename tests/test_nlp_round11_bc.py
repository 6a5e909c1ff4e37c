"""Round-11b post-check fixes of dev_fresh_bc (PROC+NEC, B11). Each case failed before the change it tests (those
marked 'guard' pin what was read before). Snippets are fictional, written for these tests.

- A diagnosis named 'failed back surgery syndrome' (and its neck/spine/lumbar forms) is not a failed treatment: the
  sentence that names it and today's pump refill still reports the refill (fbc-pump-01, a letter).
- An interlaminar epidural's contrast pattern told by its range ('posterior epidural pattern over T8-T10') is where
  the contrast went, not a second entry level, so it raises no level conflict with the title (fbc-ilesi-04).
"""

from __future__ import annotations

import pytest

from api.evaluation import DEFAULT_FINDING_SEVERITIES, NoteView, requirement_ids, result_view
from api.pipeline import analyze_text

_REQUIREMENTS = requirement_ids()


def _view(text: str) -> NoteView:
    """The note read and coded under Medicare, as the evaluation sees it."""
    return result_view(analyze_text(text, payer="medicare"), DEFAULT_FINDING_SEVERITIES, _REQUIREMENTS)


# --- 'failed back surgery syndrome' is a diagnosis, not a failed treatment ------------------------------------------

@pytest.mark.parametrize("diagnosis", [
    "failed back surgery syndrome",
    "failed back syndrome",
    "failed-back-surgery syndrome",
    "failed neck surgery syndrome",
    "failed lumbar fusion syndrome",
    "failed spine surgery pain syndrome",
])
def test_failed_back_surgery_syndrome_does_not_hide_the_refill(diagnosis: str) -> None:
    v = _view(f"Dear Dr. Smith,\n\nYour patient with {diagnosis} came in today for her intrathecal pump refill.\n"
              "The refill was done by our clinic nurse (RN). I then reprogrammed the pump, raising the daily dose.\n")
    assert [p["family"] for p in v.procedures] == ["pump_refill"]
    assert v.codes == {("62369", (), 1)}


def test_guard_a_failed_treatment_still_reports_history() -> None:
    """guard: 'failed' before a procedure word still tells of an earlier treatment, not today's."""
    v = _view("Hello,\n\nShe failed a lumbar epidural steroid injection last year.\n")
    assert v.procedures == []


# --- an interlaminar epidural's contrast range is not an entry level ------------------------------------------------

_ILESI = ("EXAMINATION: FLUOROSCOPY-GUIDED THORACIC INTERLAMINAR EPIDURAL STEROID INJECTION, T9-T10\n"
          "TECHNIQUE: Prone. A 20-gauge Tuohy needle was advanced to the T9-T10 interlaminar space under fluoroscopy "
          "with loss of resistance to saline.\n"
          "FINDINGS: {spread} without vascular or intrathecal filling. 40 mg triamcinolone was injected.\n"
          "COMPLICATIONS: None.\n")


@pytest.mark.parametrize("spread", [
    "Omnipaque 180, 2 mL, showed a posterior epidural pattern over T8-T10",
    "Contrast distribution across T8-T10",
    "Contrast opacified the dorsal epidural space from T8 to T10",
    "The epidurogram outlined the posterior epidural space over T8-T10",
    "Contrast coverage spanning T8-T10",
])
def test_ilesi_contrast_range_is_not_an_entry_level(spread: str) -> None:
    v = _view(_ILESI.format(spread=spread))
    assert [p["levels"] for p in v.procedures] == [["T9-T10"]]
    assert "laterality_conflict" not in v.findings


def test_guard_ilesi_needle_at_a_second_level_still_conflicts() -> None:
    """guard: a needle placed at a level the title does not name is still a level conflict."""
    v = _view(_ILESI.format(spread="Contrast showed a posterior epidural pattern")
              .replace("advanced to the T9-T10", "advanced to the T8-T9"))
    assert "laterality_conflict" in v.findings


def test_guard_spread_from_the_entry_level_keeps_it() -> None:
    """Contrast spreading FROM a level starts at the needle: that level is the entry level, kept (failed with 51f2681)."""
    v = _view(_ILESI.format(spread="Contrast spread from T9-T10 cephalad")
              .replace("advanced to the T9-T10 interlaminar space", "advanced to the interlaminar space")
              .replace("INJECTION, T9-T10", "INJECTION"))
    assert [p["levels"] for p in v.procedures] == [["T9-T10"]]
