"""Round-11 metamorphic probe (fixer m2, NEC): the reader must read a note the same after a rewrite that keeps its
meaning -- chart abbreviations (w/o, pt, inj, cx), British spellings (anaesthesia, paraesthesia, programme, carried
out), units and number words, brand or generic drug names, level notation (`benchmarks/metamorphic.py`,
`benchmarks/metamorphic_words.py`). Every case here failed before the change it tests (those marked 'guard' pin what was read before), and pins the exact value the
note as first written was read with. Snippets are fictional, written for this probe.
"""

from __future__ import annotations

import pytest

from api.evaluation import DEFAULT_FINDING_SEVERITIES, NoteView, requirement_ids, result_view
from api.pipeline import analyze_text
from test_nlp_round8_probe import _NOTE

_REQUIREMENTS = requirement_ids()


def _view(**lines: str) -> NoteView:
    """The complete Medicare TFESI probe note (tests/test_nlp_round8_probe.py) with the given lines replaced
    (a key not in the note is added before the complications line)."""
    out = []
    for k, v in _NOTE.items():
        if k == "comp":
            out += [t for key, t in lines.items() if key not in _NOTE]
        out.append(lines.get(k, v))
    return result_view(analyze_text("\n".join(out) + "\n", payer="medicare"), DEFAULT_FINDING_SEVERITIES, _REQUIREMENTS)


# --- British spellings ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, sedation", [
    ("Anaesthesia: Local anaesthesia only.", "local"),
    ("Anaesthesia: none.", "none"),
])
def test_british_anaesthesia_field(line: str, sedation: str) -> None:
    assert [p["sedation"] for p in _view(anes=line).procedures] == [sedation]


def test_british_paraesthesia_is_radicular() -> None:
    v = _view(hpi="HPI: Low back pain with paraesthesias in the left foot for 8 months.")
    assert v.necessity["radicular_findings"] is True


def test_british_paraesthesia_is_a_complication() -> None:
    v = _view(comp="A transient paraesthesia occurred during needle placement and resolved.")
    assert v.complications == "paresthesia"


def test_british_programme_is_conservative_care() -> None:
    v = _view(care="Conservative care: stretching programme for 8 weeks without relief.")
    assert v.necessity["conservative_care"] is True and "conservative_care" not in v.findings


# --- chart abbreviations ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The patient tolerated the procedure w/o complications.",
    "Tolerated well, w/o cx.",
])
def test_without_shorthand_negates_complications(line: str) -> None:
    v = _view(comp=line)
    assert (v.complications, "complications" in v.findings) == ("none", False)


def test_lower_case_pt_is_the_patient_not_physical_therapy() -> None:
    v = _view(care="Conservative care: none documented. The pt gave written consent.")
    assert v.necessity["conservative_care"] is False


def test_capital_pt_is_still_physical_therapy() -> None:  # guard: read before and after
    v = _view(care="Conservative care: failed PT x 8 weeks.")
    assert v.necessity["conservative_care"] is True


@pytest.mark.parametrize("line, sedation", [
    ("Done w/o IV sedation.", "none"),
])
def test_without_shorthand_before_sedation(line: str, sedation: str) -> None:
    assert [p["sedation"] for p in _view(anes=line).procedures] == [sedation]


def test_nil_cx_is_no_complication() -> None:
    v = _view(comp="Post 2/10. Nil cx.")
    assert (v.complications, "complications" in v.findings) == ("none", False)


@pytest.mark.parametrize("line", [
    "Function: the pain keeps the pt from working a full shift.",
    "Function: ambulating w/ a cane since the pain began.",
])
def test_functional_impairment_in_shorthand(line: str) -> None:
    assert _view(func=line).necessity["functional_impairment"] is True


def test_trial_score_with_stimulation_in_shorthand() -> None:
    v = _view(post="Pain 8/10 before, 3/10 w/ stimulation.")
    assert v.pain == {"pre": 7.0, "post": 3.0}


# --- level notation ---------------------------------------------------------------------------------------------------

def test_a_level_slash_is_no_pain_score() -> None:
    """'T9/10' is the T9-T10 segment written with a slash, never a score of 9 out of 10."""
    assert _view(pre="Pain 6/10 today, allodynia R T9/10 dermatome.").pain == {"pre": 6.0, "post": 2.0}
    assert _view(pre="Pre-procedure: burning pain, allodynia R T9/10 dermatome.").pain == {"post": 2.0}


@pytest.mark.parametrize("line", [
    "The patient tolerated well w/o incident.",
])
def test_shorthand_none_phrases(line: str) -> None:
    v = _view(comp=line)
    assert (v.complications, "complications" in v.findings) == ("none", False)


@pytest.mark.parametrize("line", [
    "Function: struggles w/ the hoovering and the stairs.",
    "Function: she cannot lie on her rt side at night.",
    "Function: cannot lie on the L side since the pain began.",
])
def test_functional_impairment_with_abbreviated_words(line: str) -> None:
    assert _view(func=line).necessity["functional_impairment"] is True


# --- number words -----------------------------------------------------------------------------------------------------

def test_care_length_in_words_opening_its_clause() -> None:
    v = _view(care="Eight weeks therapy, oral steroids, no lasting help.")
    assert "conservative_care" not in v.findings


def test_care_length_in_words_after_a_clause_stays_apart() -> None:  # guard: 'for two weeks; PT' is not 2 weeks of PT
    v = _view(care="Gabapentin for two weeks; PT and HEP.")
    assert "conservative_care" in v.findings


@pytest.mark.parametrize("line", [
    "Conservative care: physical therapy w/ pelvic stabilization 8 weeks gave no lasting relief.",
    "Conservative care: PT for 8 weeks, a brace and three epidurals, none w/ durable benefit.",
])
def test_care_outcome_in_shorthand(line: str) -> None:
    assert "conservative_care" not in _view(care=line).findings


# --- abbreviated words: proc, inj, lvl ----------------------------------------------------------------------------------

def test_pain_level_abbreviated_before_the_proc() -> None:
    assert _view(pre="Pain lvl of 6 prior to the proc.").pain == {"pre": 6.0, "post": 2.0}


@pytest.mark.parametrize("line", ["The proc was uncomplicated.", "Inj uncomplicated."])
def test_uncomplicated_proc(line: str) -> None:
    v = _view(comp=line)
    assert (v.complications, "complications" in v.findings) == ("none", False)


@pytest.mark.parametrize("line", [
    "Conservative care: PT (3 courses, most recently ten weeks last fall) without lasting relief.",
    "Conservative care: two rounds of physical therapy, eight weeks each, without lasting relief.",
])
def test_care_length_in_words_set_apart(line: str) -> None:
    assert "conservative_care" not in _view(care=line).findings
