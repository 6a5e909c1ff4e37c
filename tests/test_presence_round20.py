"""pv20 (issue 3): the presence verifier covers prior_procedure_response and symptom_duration only with guards for
the three families that made the s19 retrain hold back TRUE findings.

* a result hoped for, expected or aimed at is not asserted (`nlp/presence/not_asserted.txt`);
* a prior response whose sentence names body sites, none of them the procedure's region, is another procedure's
  (`coding/kb/requirements.yaml` meta `presence_sites`), and one the rules read and set aside as another family's
  was judged already (the relief check's entries are among the facts `_unparsed` compares);
* a history element is not documented under a technique, complications or disposition header
  (`nlp/presence/sections.yaml`).

The verifier is a hand-built file (one strong bigram per element, as in tests/test_presence_verifier.py): these tests
are about what the component and the checker do with a verdict. The note and every wording are written for this file
(fictional, no corpus sentence). Each case marked `# new` failed before the change; the others are guards.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from api.evaluation import DEFAULT_FINDING_SEVERITIES, requirement_ids, result_view
from api.pipeline import analyze_text
from nlp.presence.component import _future_cues
from nlp.presence.model import PresenceModel
from nlp.semantic.prefilter import DIM
from test_presence_verifier import _bigram

_REQUIREMENTS = requirement_ids()

# A repeat Medicare lumbar TFESI, complete but for the slots: {dur} the symptoms' duration, {X} a history line,
# {T} a sentence in the technique.
NOTE = """HISTORY: Right buttock and posterior leg pain into the calf{dur}, worse with standing.
Tried: a home exercise course with a therapist for 10 weeks and meloxicam, neither of which settled it.
Limits: cannot sit through a church service or carry groceries up the stairs.
{X}
MRI: right L5-S1 foraminal disc protrusion narrowing the exiting right L5 root.
Diagnosis: lumbosacral radiculopathy (M54.17).
She signed the consent after risks and alternatives were reviewed. Time-out held with the full team, site marked.
Pain before the procedure: 6/10.
TECHNIQUE: Repeat right L5-S1 transforaminal epidural steroid injection under fluoroscopy. {T}Iohexol 1 mL outlined \
the right L5 root and epidural space. Dexamethasone 10 mg with 1 mL 1% lidocaine was given. AP and lateral images stored.
Pain after the procedure: 2/10.
Complications: none.
"""
# A prior response the rules read (met), for the cases about the duration.
PRIOR_READ = "The previous TFESI gave 70% relief for 5 months."
DURATION = " for 7 months"


@pytest.fixture
def verifier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """prior_procedure_response fires on 'big improvement', symptom_duration on 'moved house'; nothing else."""
    fires = {"prior_procedure_response": ("big", "improvement"), "symptom_duration": ("moved", "house")}
    weights = np.zeros((DIM, len(fires)), dtype=np.float32)
    for column, words in enumerate(fires.values()):
        weights[_bigram(*words), column] = 60.0
    path = tmp_path / "pv20.npz"
    PresenceModel(tuple(fires), weights, np.full(len(fires), -4.0), np.full(len(fires), 0.9),
                  np.ones(len(fires), dtype=bool), {"trained": "test"}).save(path)
    monkeypatch.setenv("PAINPOINT_PRESENCE_MODEL", str(path))
    monkeypatch.delenv("PAINPOINT_PRESENCE", raising=False)
    return path


def _read(x: str = "", t: str = "", dur: str = DURATION) -> tuple[set[str], list[str]]:
    """(finding elements as `painpoint eval` counts them, elements shown as presence.unparsed infos)."""
    result = analyze_text(NOTE.format(X=x, T=t, dur=dur), payer="medicare", date_of_service=dt.date(2026, 5, 4),
                          place_of_service="11")
    view = result_view(result, DEFAULT_FINDING_SEVERITIES, _REQUIREMENTS)
    return view.findings, [f.element for f in result.findings if f.id == "presence.unparsed"]


def test_the_note_lacks_only_what_its_slots_give(verifier: Path) -> None:
    assert _read() == ({"prior_procedure_response"}, [])
    assert _read(PRIOR_READ) == (set(), [])
    assert _read(PRIOR_READ, dur="") == ({"symptom_duration"}, [])


# --- a hoped-for, expected or aimed-for result --------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "not_asserted"), [
    ("He is hoping to get half a year of relief out of this round.", True),             # new
    ("She hopes that today's block gives her 60 percent relief for months.", True),     # new
    ("Goal: at least 50% improvement in the leg pain.", True),                          # new
    ("The goal of today's injection is 80% relief lasting three months.", True),        # new
    ("We anticipate benefit for roughly 3 months, as with the first one.", True),       # new
    ("Relief of 50% or more is expected after this injection.", True),                  # new
    ("Aiming for six months of benefit this time.", True),                              # new
    ("Target of a 50% reduction in her pain scores.", True),                            # new
    ("The hoped-for response never came.", True),                                       # new
    # a result that happened, said beside such a word, still counts; a goal of function or the needle's aim is no result
    ("As expected, the first TFESI gave 80% relief for 4 months.", False),
    ("The last epidural did better than expected: 70% relief for five months.", False),
    ("He got the expected 75% relief for 4 months from the first ESI.", False),
    ("She hoped to avoid surgery, but the first ESI gave 70% relief for 4 months.", False),
    ("Her goal is to walk her dog around the block again.", False),
    ("The needle was aimed at the lower third of the foramen.", False),
    ("The target was the right L5-S1 foramen.", False),
])
def test_a_hoped_for_result_is_not_asserted(sentence: str, not_asserted: bool) -> None:
    assert bool(_future_cues().search(sentence)) is not_asserted


def test_a_hoped_for_improvement_holds_nothing_back(verifier: Path) -> None:
    assert _read("She is hoping for a big improvement again this time.") == ({"prior_procedure_response"}, [])  # new
    # guard: the improvement the last one brought is a response the rules do not read
    assert _read("Her last one brought a big improvement that lasted through the summer.") == (
        set(), ["prior_procedure_response"])


# --- a response naming another body site than the procedure's ------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("Her knee shot in March brought a big improvement that lasted through the summer.",
     ({"prior_procedure_response"}, [])),                                                                  # new
    ("A cervical block last year was a big improvement for her neck, not for this leg.",
     ({"prior_procedure_response"}, [])),                                                                  # new
    ("The shoulder injection in the winter was a big improvement for months.",
     ({"prior_procedure_response"}, [])),                                                                  # new
    # the procedure's own region (a lumbar level, the word lumbar beside another site) or no site at all: held back for review
    ("Her L4-5 shot in March brought a big improvement that lasted through the summer.",
     (set(), ["prior_procedure_response"])),
    ("The lumbar injection in March brought a big improvement, and her knee is fine.",
     (set(), ["prior_procedure_response"])),
    ("Her first one brought a big improvement that lasted through the summer.",
     (set(), ["prior_procedure_response"])),
])
def test_a_response_at_another_site_is_another_procedures(verifier: Path, line: str,
                                                           expected: tuple[set[str], list[str]]) -> None:
    assert _read(line) == expected


def test_a_response_the_rules_set_aside_as_another_familys_holds_nothing_back(verifier: Path) -> None:
    """The rules read '70% for 5 months' as the trigger point injections' response (no site word in the sentence):
    they judged that sentence, so the verifier's reading of it changes nothing."""
    assert _read("Trigger point injections in March gave her a big improvement, 70% for 5 months.") == (
        {"prior_procedure_response"}, [])                                                                   # new


# --- element-scoped guards (nlp/presence/scope.yaml): the section, the time since an operation ----------------------

def test_a_history_sentence_under_the_technique_documents_no_duration(verifier: Path) -> None:
    sentence = "Symptoms date from when she moved house."
    assert _read(PRIOR_READ, t=sentence + " ", dur="") == ({"symptom_duration"}, [])  # new
    # guard: the same sentence in the history is held back for review
    assert _read(PRIOR_READ + " " + sentence, dur="") == (set(), ["symptom_duration"])


@pytest.mark.parametrize(("line", "expected"), [
    ("Two years after her lumbar fusion she moved house, and the leg pain is constant.",
     ({"symptom_duration"}, [])),                                                                          # new
    ("She moved house eighteen months out from her fusion; the aching in both legs is daily.",
     ({"symptom_duration"}, [])),                                                                          # new
    # guards: the pain began then, or the sentence names no operation
    ("The leg pain began when she moved house, two years after her lumbar fusion.",
     (set(), ["symptom_duration"])),
    ("Two years after she moved house the leg pain is constant.",
     (set(), ["symptom_duration"])),
])
def test_the_time_since_an_operation_is_no_symptom_duration(verifier: Path, line: str,
                                                             expected: tuple[set[str], list[str]]) -> None:
    assert _read(PRIOR_READ + " " + line, dur="") == expected
