"""Round-10 paraphrase probe (q2, NEC) of the relief elements the round-8 probe did not cover: percent_relief (relief
after today's block), diagnostic_block_relief (the results of the diagnostic blocks before an ablation) and
prior_procedure_response (relief and its length after an earlier injection).

Same harness shape as tests/test_nlp_round8_probe.py: one wording put into an otherwise complete Medicare note (every
other element in a form the reader knows) and the exact finding set asserted: empty for a statement of the element
(sentence, header field, checkbox row, bullet, 'Label: value', abbreviations, British and dictated forms), the element
for a near-miss that must not count (another procedure or region, an expected relief, too little or too short relief,
a planned block, one block where two are needed).

Snippets are fictional and written for this probe (no corpus wording). The cases marked `# new` failed before the
change they test: the unit written 'per cent' or 'pct' after digits; a template field 'Percent improvement: 85.'
closed by a full stop; 'response' as a relief word ('Prior ESI response: 80% x 3 mo'); 'after/following the
first/last/prior injection' tells an earlier injection, not today's; British 'lasting 4/12'; 'both ... blocks provided
greater than 80%' with up to seven words between 'both' and the percent. The others are guards that pin what the
reader already read.
"""

from __future__ import annotations

import pytest

from api.evaluation import DEFAULT_FINDING_SEVERITIES, requirement_ids, result_view
from api.pipeline import analyze_text

_REQUIREMENTS = requirement_ids()

# A repeat Medicare TFESI: every element but the prior ESI's response, which the probe line gives.
_ESI = """HPI: Left leg pain radiating down the posterior thigh to the foot for 8 months.
Conservative care: physical therapy for 8 weeks and gabapentin without relief.
Function: unable to walk more than one block or sit through a work shift.
MRI lumbar spine: L5-S1 left paracentral disc protrusion contacting the left S1 nerve root.
Diagnosis: Lumbar radiculopathy, lumbosacral region (M54.17).
{X}
Risks, benefits and alternatives were discussed and written informed consent was obtained.
A time-out was performed confirming patient, procedure and side.
Pre-procedure pain score 7/10.
Procedure: Repeat left L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance. Contrast Omnipaque \
240 1 mL confirmed epidural spread. Dexamethasone 10 mg with 1 mL 1% lidocaine injected. AP and lateral images were saved.
Post-procedure pain score 2/10.
Complications: none.
"""

# A first Medicare lumbar facet RFA: every element but the two diagnostic blocks' results.
_RFA = """HPI: Axial low back pain without radiation for 2 years, worse with extension and rotation.
Conservative care: physical therapy for 12 weeks and NSAIDs without relief.
Function: unable to stand more than 15 minutes.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).
{X}
Risks, benefits and alternatives were discussed and written informed consent was obtained.
A time-out was performed confirming patient, procedure and side.
Pre-procedure pain score 7/10.
Procedure: Right L4-L5 and L5-S1 facet joint radiofrequency ablation (medial branches of L3, L4 and dorsal ramus of L5) \
under fluoroscopic guidance. Thermal lesions were made at 80 degrees C for 90 seconds at each level. 1 mL 2% lidocaine \
per level. AP and oblique images saved.
Post-procedure pain score 2/10.
Complications: none.
"""

# A diagnostic Medicare SI joint injection: every element but the stated relief after it.
_SI = """HPI: Right buttock pain below L5 for 8 months, worse with sitting.
Exam: positive FABER, thigh thrust and compression on the right (3 of 5 provocative tests).
Conservative care: physical therapy for 8 weeks and NSAIDs without relief.
Function: unable to sit more than 20 minutes.
Diagnosis: Sacroiliitis, right (M46.1).
Risks, benefits and alternatives were discussed and written informed consent was obtained.
A time-out was performed confirming patient, procedure and side.
Pre-procedure pain score 7/10.
Procedure: Diagnostic right sacroiliac joint injection under fluoroscopic guidance. Contrast Omnipaque 240 0.5 mL \
confirmed intra-articular spread. 2 mL 0.5% bupivacaine injected. AP and lateral images were saved.
Post-procedure pain score 1/10.
{X}
Complications: none.
"""


def _findings(note: str, line: str) -> set[str]:
    """The finding elements of `note` with its probe slot filled by `line` (Medicare: the necessity rules apply)."""
    result = analyze_text(note.replace("{X}", line), payer="medicare")
    return result_view(result, DEFAULT_FINDING_SEVERITIES, _REQUIREMENTS).findings


def test_each_probe_note_lacks_only_its_element() -> None:
    assert _findings(_ESI, "") == {"prior_procedure_response"}
    assert _findings(_RFA, "") == {"diagnostic_block_relief"}
    assert _findings(_SI, "") == {"percent_relief"}


# --- percent_relief (today's block) ----------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Pain relief post: 80 pct", set()),                                                 # new: 'pct'
    ("Percent improvement: 85.", set()),                                                 # new: field closed by '.'
    ("Relief after the block: 85 per cent.", set()),                                     # new: 'per cent' after digits
    ("Relief: 85%.", set()),
    ("Patient reports 85% relief of her typical pain 30 minutes after the injection.", set()),
    ("She estimates eighty percent improvement during the anaesthetic phase.", set()),
    ("- % relief: 90", set()),
    ("[x] >75% relief", set()),
    ("Pain 7/10 before and 1/10 after; relief of roughly 85%.", set()),
    ("Post block relief 100 percent.", set()),
    ("Patient states near complete relief (90 per cent).", set()),
    ("Relief achieved: 85 % of baseline pain.", set()),
    # near-misses: another procedure's relief, an expected relief, a plan to record it
    ("She reports 85% relief from a prior knee injection.", {"percent_relief"}),
    ("Expected relief 80% or more.", {"percent_relief"}),
    ("Pain diary to record percent relief.", {"percent_relief"}),
])
def test_percent_relief(line: str, expected: set[str]) -> None:
    assert _findings(_SI, line) == expected


# --- prior_procedure_response (an earlier ESI) -----------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Previous epidural steroid injection provided 75 per cent relief for 16 weeks.", set()),   # new: 'per cent'
    ("Prior ESI response: 80% x 3 mo", set()),                                                  # new: 'response'
    ("Seen after the first transforaminal injection with 70 percent reduction in leg pain for four months.",
     set()),                                                                                    # new: 'after the first'
    ("Her leg pain improved 70% for 4 months following the last epidural.", set()),             # new: 'following the last'
    ("Log: prior ESI relief 70 pct, lasting 4/12.", set()),                                     # new: pct, 'lasting 4/12'
    ("Prior ESI: 70 pct relief x 4/12.", set()),                                                # new: 'pct'
    ("Response to prior ESI: 70% relief x 4 months.", set()),
    ("Prior injection (left L5-S1 TFESI, 6 months ago): 60% improvement for 4 mo.", set()),
    ("Last TFESI gave her about two thirds relief lasting four months.", set()),
    ("She had good relief (70%) from her previous injection lasting 5 months.", set()),
    ("- Previous TFESI: relief 70 %, duration 4 months", set()),
    ("The first injection gave seventy percent relief for three months.", set()),
    # near-misses: another region's injection, too little and too short, a hope for today's
    ("She reports 70% relief for 4 months after a knee injection.", {"prior_procedure_response"}),
    ("Prior ESI gave 20% relief lasting 2 weeks.", {"prior_procedure_response"}),
    ("She hopes for 70% relief for months after today's injection.", {"prior_procedure_response"}),
])
def test_prior_procedure_response(line: str, expected: set[str]) -> None:
    assert _findings(_ESI, line) == expected


# --- diagnostic_block_relief (two blocks before the ablation) -------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("First diagnostic block: 90 per cent relief; second diagnostic block: 85 per cent relief.", set()),  # new
    ("Both diagnostic medial branch nerve blocks provided greater than 80% relief.", set()),    # new: 7 words after 'both'
    ("Diagnostic MBB #1: 90% relief. Diagnostic MBB #2: 85% relief.", set()),
    ("Dual diagnostic medial branch blocks (lidocaine, then bupivacaine) each gave >80% relief for the duration of the "
     "anesthetic.", set()),
    ("MBB 1 (lidocaine) 90% relief lasting 2 hours; MBB 2 (bupivacaine) 85% relief lasting 6 hours.", set()),
    ("Two comparative blocks were positive with 90% and 85% relief.", set()),
    ("- MBB x2: 90% / 85% relief", set()),
    ("Medial branch block 1 gave ninety percent relief and block 2 gave eighty-five percent relief.", set()),
    ("Diagnostic blocks: 1) 90% relief for 3 hrs 2) 85% relief for 6 hrs", set()),
    ("Prior diagnostic MBBs on 1/5 and 1/19 provided 90% and 85% relief respectively.", set()),
    ("MBB results: #1 90%, #2 85%.", set()),
    ("Two diagnostic medial branch blocks gave 90% and 85% relief.", set()),
    # near-misses: blocks only planned, one block where two are needed
    ("Two diagnostic medial branch blocks are planned.", {"diagnostic_block_relief"}),
    ("One diagnostic medial branch block gave 90% relief.", {"diagnostic_block_relief"}),
])
def test_diagnostic_block_relief(line: str, expected: set[str]) -> None:
    assert _findings(_RFA, line) == expected
