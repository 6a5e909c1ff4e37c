"""Round 16b (n2b): pain scores, relief and prior responses in the wording families behind the twelfth session's second
round of batches (dev_fresh_cb, cc, cd), read by `nlp.measures` and `nlp.build_assessments`, and the repeat cue of
`nlp.build_procedures`; fictional snippets in our own wordings (never a corpus sentence), exact values, near misses
beside.

- The pain by another name or under a plural label: 'His headache sat at 8/10 as he came in', 'Ratings: ...'.
- A second score told back to the first by a pronoun after a later time: '... ; half an hour later in recovery it was
  a 2', 'and afterwards he called it a 1'.
- Relief told as a drop or a fall: 'a drop of about 75 percent', 'a fall of 80%'.
- A home product's strength before its dose form: 'lidocaine 4% patches', 'diclofenac 1% gel' (no relief).
- A diagnostic block named as a repeat or a second one before an ablation: 'the repeat confirmatory block', 'her
  second diagnostic block' (today's ablation is no repeat).
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 6, 9)

_TFESI = ("Right L4-L5 transforaminal epidural steroid injection\n"
          "Diagnosis: Lumbar radiculopathy (M54.16).\n"
          "Procedure: under fluoroscopy a needle was placed at the right L4-L5 foramen and 40 mg triamcinolone was "
          "injected.\n")


def _scores(text: str) -> list[tuple[str, float]]:
    facts = nlp.extract(text, date_of_service=DOS)
    return [(s.timing, s.value) for s in facts.assessments.pain_scores]


# --- the pain by another name, a plural label ---------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("His headache sat at 8/10 as he came in.", [("pre", 8.0)]),
    ("The ache in her neck was 5/10 when she lay down on the table.", [("pre", 5.0)]),
    ("Ratings: 6/10 when she arrived and 2/10 after.", [("pre", 6.0), ("post", 2.0)]),
    # near miss: a fraction of ten with no pain word is no score
    ("She attended 6/10 of the planned sessions.", []),
])
def test_pain_by_another_name(line, expected):
    assert _scores(_TFESI + line + "\n") == expected


# --- a second score told back by a pronoun after a later time -----------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Scores: he put it at 7 out of 10 on the intake sheet; half an hour later in recovery it was a 2.",
     [("pre", 7.0), ("post", 2.0)]),
    ("Pain was 8/10 before we began, and afterwards he called it a 1.", [("pre", 8.0), ("post", 1.0)]),
    ("Pain 6/10 to start; by discharge it had dropped to 3.", [("pre", 6.0), ("post", 3.0)]),
    # near miss: no later time between them (a count, not a score)
    ("Pain 6/10 in the leg; it was 3 weeks since the fall.", [("pre", 6.0)]),
    # near miss: the number after the pronoun is a dose
    ("Pain 7/10 before the block; afterwards it was 2 mL of bupivacaine that we gave.", [("pre", 7.0)]),
])
def test_score_told_back_by_pronoun(line, expected):
    assert _scores(_TFESI + line + "\n") == expected


# --- relief told as a drop or a fall ------------------------------------------------------------------------------

_SIJ = ("Left sacroiliac joint injection - diagnostic\n"
        "Diagnosis: Sacroiliitis, left (M46.1).\n"
        "Procedure: under fluoroscopy a spinal needle entered the left SI joint and 2 mL of 0.5% bupivacaine was "
        "injected.\n")


@pytest.mark.parametrize("line, expected", [
    ("Response\nPain 8 of 10 before; 2 of 10 after walking - a drop of about 75 percent.\n", [75.0]),
    ("Post-procedure: 1/10 on standing, a fall of 80% from her baseline.\n", [80.0]),
    # near miss: a saturation that dropped is no relief
    ("Post-procedure: 2/10. Her oxygen saturation dropped to 94% briefly.\n", []),
])
def test_relief_as_drop(line, expected):
    facts = nlp.extract(_SIJ + line, date_of_service=DOS)
    assert [r.percent for r in facts.assessments.percent_relief] == expected


# --- a home product's strength ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("History: PT 8 weeks without benefit. Lidocaine 4% patches brought no relief.\n", []),
    ("History: Diclofenac 1% gel and ice, neither helped.\n", []),
    # near miss: a prior procedure's result beside the home patch still counts
    ("History: prior right L4-L5 TFESI gave 70% relief for 5 months; uses lidocaine 5% patches.\n", [70.0]),
])
def test_strength_before_dose_form(line, expected):
    facts = nlp.extract(_TFESI + line, date_of_service=DOS)
    assert [r.percent for r in facts.assessments.prior_procedure_response] == expected


# --- a diagnostic block named as a repeat before an ablation ------------------------------------------------------

_RFA = ("Left L3-L4 and L4-L5 facet radiofrequency ablation\n"
        "Diagnosis: Lumbar spondylosis without radiculopathy (M47.816).\n"
        "History: {history}\n"
        "Procedure: under fluoroscopy cannulae were placed at the left L2 and L3 medial branches and the L4 medial "
        "branch; thermal lesions at 80 C for 90 seconds. No complications.\n")


@pytest.mark.parametrize("history, repeat", [
    ("The first medial branch block gave 90% and the repeat confirmatory block 80%.", False),
    ("Her second diagnostic block brought 85% relief for six hours.", False),
    # near miss: a repeat of the ablation itself
    ("This is a repeat RFA; the last one gave 70% relief for 9 months.", True),
])
def test_repeat_diagnostic_block_is_no_repeat(history, repeat):
    facts = nlp.extract(_RFA.format(history=history), date_of_service=DOS)
    flag = facts.procedures[0].repeat
    assert bool(flag and flag.value) is repeat
