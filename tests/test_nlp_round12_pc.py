"""Round-12 post-check fixes (PC) for the final sealed batch dev_fresh_bg and dev_fresh_bh's leftovers: one test per
wording family, with snippets written for this test (fictional, not the notes' own lines); each failed before its
change.
"""

from __future__ import annotations

import pytest

from api.evaluation import DEFAULT_FINDING_SEVERITIES, NoteView, requirement_ids, result_view
from api.pipeline import analyze_text
from nlp import extract

_REQUIREMENTS = requirement_ids()


def _view(text: str) -> NoteView:
    """The note read and coded under Medicare, as the evaluation sees it."""
    return result_view(analyze_text(text, payer="medicare"), DEFAULT_FINDING_SEVERITIES, _REQUIREMENTS)

_SYMP_MENU = ("SYMPATHETIC BLOCK FORM\n"
              "Block: {menu}\n"
              "Side: ( ) Right  (X) Left\n"
              "Dx: CRPS type I of the left leg\n"
              "Fluoroscopy used; 3 mL contrast, then 12 mL 0.5% ropivacaine injected.\n")


def _targets(text: str) -> list[tuple[str, str | None]]:
    return [(p.family, p.target) for p in extract(text, None, None).procedures]


@pytest.mark.parametrize("menu", [
    "( ) Stellate  (X) Lumbar sympathetic  ( ) Impar",
    "( ) Stellate  (x) Lumbar sympathetic  ( ) Impar",
    "( ) Stellate  (*) Lumbar sympathetic  ( ) Impar",
    "( ) Stellate  (\u2022) Lumbar sympathetic chain  ( ) Impar",
    "[ ] Stellate  [X] Lumbar sympathetic  [ ] Impar",
    "Lumbar sympathetic",
])
def test_chosen_radio_option_names_the_block(menu: str) -> None:
    """A 'Block:' menu's chosen option or value, the bare target without 'block', is the procedure (it read none)."""
    assert _targets(_SYMP_MENU.format(menu=menu)) == [("sympathetic_block", "lumbar_sympathetic")]


@pytest.mark.parametrize("menu", [
    "(*) Stellate  ( ) Lumbar sympathetic  ( ) Impar",
    "(\u2022) Stellate ganglion  ( ) Lumbar sympathetic",
])
def test_unchosen_radio_option_is_not_read(menu: str) -> None:
    """Filled radio buttons ('(*)', '(•)') choose; an empty '( )' option is not the procedure."""
    assert _targets(_SYMP_MENU.format(menu=menu)) == [("sympathetic_block", "stellate")]


@pytest.mark.parametrize("repeat", [
    "The same was repeated on the contralateral side, with the same volumes of contrast and mixture.",
    "The same was then done on the right, with identical amounts of contrast and solution.",
    "Same on the right.",
])
def test_share_of_a_mixture_repeated_on_the_other_side(repeat: str) -> None:
    """A share of a mixture given on one side and repeated on the other is given twice (it was counted once)."""
    text = ("Bilateral L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"
            "A 22 g needle was placed at the left L4-5 foramen and 1 mL of Isovue 200 outlined the nerve root. "
            "We drew up 2 mL of triamcinolone 40 mg/mL with 2 mL of 1% lidocaine, and 2 mL of that solution was "
            f"injected. {repeat}\n")
    assert _view(text).drugs["triamcinolone_acetonide"] == (80.0, "mg")


_REFILL = ("INTRATHECAL PUMP REFILL\n"
           "Dx: spasticity with an intrathecal baclofen pump\n"
           "Old reservoir volume 2.8 mL removed; 20 mL of baclofen 1000 mcg/mL placed.\n"
           "Refilled by: {by}\n"
           "Reprogrammed: {reprog}\n"
           "Consent on file. Complications: none\n")


@pytest.mark.parametrize(("by", "reprog", "code"), [
    ("[X] RN  [ ] MD/NP", "[ ] Yes  [ ] No", "95990"),
    ("(*) nurse  ( ) physician", "______", "95990"),
    ("[ ] RN  [X] MD", "( ) Y  ( ) N", "95991"),
    ("[X] RN  [ ] MD/NP", "[X] Yes  [ ] No", "62369"),
])
def test_refill_menu_ticks_who_and_blank_reprogramming(by: str, reprog: str, code: str) -> None:
    """The ticked 'Refilled by' option says who refilled; a 'Reprogrammed' field left blank is no reprogramming
    (the label alone was read as one, and the unticked staff/physician menu said nothing)."""
    assert [c[0] for c in _view(_REFILL.format(by=by, reprog=reprog)).codes] == [code]


@pytest.mark.parametrize(("fill", "doses"), [
    ("The reservoir was filled with 18 mL of morphine 10 mg/mL with bupivacaine 4 mg/mL.",
     {"morphine": (180.0, "mg"), "bupivacaine": (72.0, "mg")}),
    ("Reservoir refilled: 20 mL of hydromorphone 5 mg/mL and clonidine 0.1 mg/mL.",
     {"hydromorphone": (100.0, "mg"), "clonidine": (2.0, "mg")}),
    ("Drug: morphine 20 mg/mL\nResidual withdrawn: 2.5 mL\nVolume placed in reservoir: 20 mL",
     {"morphine": (400.0, "mg")}),
    ("Drug: morphine 20 mg/mL\nVolume added to the pump: 15 mL", {"morphine": (300.0, "mg")}),
])
def test_pump_fill_volume_and_admixture(fill: str, doses: dict[str, tuple[float, str]]) -> None:
    """A refill's volume field naming where it went, and the second drug of an admixture sharing the first's volume,
    give each drug its dose (they were read with none: a false drug_dose finding)."""
    text = ("Intrathecal pump refill. Dx: failed back surgery syndrome (M96.1).\n"
            f"{fill}\n"
            "The pump was not reprogrammed. Refill performed by the clinic nurse. No complications.\n")
    assert _view(text).drugs == doses



@pytest.mark.parametrize(("history", "percent"), [
    ("Past interventions: right L4-5 medial branch blocks (2023, no benefit); right L5-S1 transforaminal injection "
     "in March with 75% relief for five months.", 75.0),
    ("Prior procedures: SI joint injection 2024, minimal help; left L5-S1 TFESI last spring, 80% relief for 4 months; "
     "physical therapy.", 80.0),
])
def test_prior_result_belongs_to_its_own_list_item(history: str, percent: float) -> None:
    """In a ';' list of earlier procedures, a relief belongs to its own item's procedure, not the list's first
    (it was given to the first, so the repeat ESI read no prior response)."""
    text = ("Procedure: Left L5-S1 transforaminal epidural steroid injection (repeat).\n"
            f"{history}\n"
            "Under fluoroscopy a needle was placed at the left L5-S1 foramen and dexamethasone 10 mg injected.\n")
    prior = extract(text, None, None).assessments.prior_procedure_response
    assert [(r.percent, r.procedure) for r in prior] == [(percent, "transforaminal_epidural")]


_DICTATED_RFA = ("procedure right lumbar radiofrequency ablation of the L four five and L five S one facet joints "
                 "diagnosis lumbar spondylosis M47.816 low back pain for two years period she had two diagnostic "
                 "medial branch blocks the first gave {first} relief and the second {second} relief both for the "
                 "duration of the anesthetic period under fluoroscopy the right L three and L four medial branches "
                 "and the L five dorsal ramus were lesioned at {temp} for ninety seconds\n"
                 "pain 2 out of 10 at discharge no complications\n")


@pytest.mark.parametrize(("temp", "celsius"), [
    ("eighty degrees", 80.0), ("eighty-five degrees Celsius", 85.0), ("ninety degrees C", 90.0),
])
def test_spelled_lesion_temperature(temp: str, celsius: float) -> None:
    """A dictated lesion temperature in words is read (it was missed: a false 'approach' finding)."""
    text = _DICTATED_RFA.format(first="eighty percent", second="ninety percent", temp=temp)
    assert extract(text, None, None).procedures[0].radiofrequency.temperature_c == celsius


@pytest.mark.parametrize(("first", "second"), [("eighty percent", "ninety percent"), ("85%", "90 percent")])
def test_unpunctuated_dictation_splits_on_spoken_period(first: str, second: str) -> None:
    """A note with no written full stop whose stops are the spoken 'period' mid-line is split there, so the
    diagnostic blocks' results are read as the blocks' (they were taken for today's relief)."""
    text = _DICTATED_RFA.format(first=first, second=second, temp="eighty degrees")
    blocks = extract(text, None, None).assessments.diagnostic_blocks
    assert sorted(b.percent for b in blocks) == [80.0 if first.startswith("eighty") else 85.0, 90.0]


def test_recovery_period_of_a_punctuated_note_is_no_stop() -> None:
    """The guard: 'period' in its own sense in a written note stays a word (no split inside 'recovery period was')."""
    from nlp.sentences import _unpunctuated_dictation
    assert not _unpunctuated_dictation("The recovery period was short. The waiting period was two weeks.\n")


@pytest.mark.parametrize(("field", "used"), [
    ("Contrast: ( ) Yes  ( ) No     Agent: ____", None),
    ("Contrast: [ ] Yes  [ ] No", None),
    ("Contrast: ______", None),
    ("Contrast: (X) Yes  ( ) No     Agent: Omnipaque 240, 2 mL", True),
])
def test_unanswered_contrast_field_says_nothing(field: str, used: bool | None) -> None:
    """A 'Contrast:' menu left blank is no contrast use (the label itself was read as one, hiding the finding)."""
    text = ("Procedure: C6-C7 interlaminar epidural steroid injection under fluoroscopy.\n"
            f"{field}\n"
            "Medication: dexamethasone 10 mg with 2 mL saline injected at C6-7.\n")
    c = extract(text, None, None).procedures[0].contrast
    assert (c.used if c else None) is used


@pytest.mark.parametrize(("field", "weeks"), [
    ("Duration of symptoms: {4 months}", 17.3333),
    ("Symptoms: {10 weeks}", 10.0),
    ("Duration of symptoms: {duration}", None),
])
def test_braced_filled_duration_is_read(field: str, weeks: float | None) -> None:
    """A SmartForm value printed in braces with its unit ('{4 months}') is a filled value, read as the symptom
    duration (it was taken for an unfilled '{...}' field); a braced field name stays a hole."""
    text = ("Procedure: C6-C7 interlaminar epidural steroid injection under fluoroscopy.\n"
            "Diagnosis: cervical radiculopathy (M54.12)\n"
            f"{field}\n"
            "Dexamethasone 10 mg injected at C6-7.\n")
    dur = extract(text, None, None).necessity.symptom_duration
    assert (dur.weeks if dur else None) == weeks
