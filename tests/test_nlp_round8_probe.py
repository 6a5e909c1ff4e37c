"""Round-8 paraphrase probe of the documentation elements (fixer N8c, NEC): finding PRECISION on unseen notes.

The first readings of the `dev_fresh_*` batches (rounds 5-8) flagged these elements most often although the note
documented them: approach (intent, PROC's), symptom_duration, indication, conservative_care, drug_dose (DRUG's),
imaging_guidance, time_out, post/pre-procedure pain score, functional_impairment, complications, consent. Each probe
below puts ONE paraphrase of one element into an otherwise complete Medicare TFESI note (every other element stated in
a form the reader knows, so the complete note raises no finding) and asserts the exact finding set of the analysis:
empty for a statement of the element (sentence, header field, checkbox row, bullet, 'Label: value', abbreviations,
British/international and dictated forms), `{element}` for a near-miss that must not count (planned, negated, another
person's, care without a stated outcome).

Snippets are fictional and written for this probe (no corpus wording). The cases marked `# new` failed before the change they
test (symptom duration: a duration closing the symptom clause after a dash, in brackets, after 'c.'/'some', or before
'in duration'/'plus'/'back', British '> 3/12'; pain scores: the timing in brackets 'Pain (pre): 7', the scale spelled
out 'numeric rating scale 7', a score 'seven of ten'; conservative care: 'measures exhausted' without 'have been'); the other present-statement cases are guards that pin what the
reader already read when the probe was written, so later rules cannot lose them.
"""

from __future__ import annotations

import pytest

from api.evaluation import DEFAULT_FINDING_SEVERITIES, requirement_ids, result_view
from api.pipeline import analyze_text

# The complete note: one line per element, each in a wording the reader knows; a probe replaces one line.
_NOTE = {
    "hpi": "HPI: Left leg pain radiating down the posterior thigh to the foot for 8 months.",
    "care": "Conservative care: physical therapy for 8 weeks and gabapentin without relief.",
    "func": "Function: unable to walk more than one block or sit through a work shift.",
    "img": "MRI lumbar spine: L5-S1 left paracentral disc protrusion contacting the left S1 nerve root.",
    "dx": "Diagnosis: Lumbar radiculopathy, lumbosacral region (M54.17).",
    "consent": "Risks, benefits and alternatives were discussed and written informed consent was obtained.",
    "to": "A time-out was performed confirming patient, procedure and side.",
    "pre": "Pre-procedure pain score 7/10.",
    "proc": ("Procedure: Left L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance. Contrast "
             "Omnipaque 240 1 mL confirmed epidural spread. Dexamethasone 10 mg with 1 mL 1% lidocaine injected. "
             "AP and lateral images were saved."),
    "post": "Post-procedure pain score 2/10.",
    "comp": "Complications: none.",
}
_REQUIREMENTS = requirement_ids()


def _findings(key: str, line: str) -> set[str]:
    """The finding elements of the complete note with its `key` line replaced by `line` (Medicare: the ESI
    necessity requirements apply)."""
    text = "\n".join(line if k == key else v for k, v in _NOTE.items()) + "\n"
    result = analyze_text(text, payer="medicare")
    return result_view(result, DEFAULT_FINDING_SEVERITIES, _REQUIREMENTS).findings


def test_the_complete_probe_note_raises_no_finding() -> None:
    assert _findings("hpi", _NOTE["hpi"]) == set()


# --- symptom_duration ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Left leg pain radiating to the foot - 8 months.", set()),                       # new: after a dash
    ("Left leg pain radiating to the foot \u2013 8 months.", set()),                  # new: en dash
    ("Left leg pain radiating to the foot (8 mo).", set()),                           # new: in brackets
    ("Left leg pain radiating to the foot (approx 8 months).", set()),
    ("Left leg pain radiating to the foot, c. 8 months.", set()),                     # new: 'c.' (circa)
    ("Left leg pain radiating to the foot dating back some eight months.", set()),    # new: 'some eight months'
    ("Left leg pain radiating to the foot, 8 months in duration.", set()),            # new
    ("Left leg pain radiating to the foot, eight months plus.", set()),               # new
    ("Left leg pain radiating to the foot. Pain started 8 months back.", set()),      # new: 'back' for 'ago'
    ("Left leg pain radiating to the foot. Sx > 3/12.", set()),                       # new: British '> 3/12'
    ("HPI: Left leg pain radiating down the posterior thigh to the foot x 8/12.", set()),
    ("Duration of symptoms: 8 months. Left leg pain radiating to the foot.", set()),
    ("Onset: 8 mo ago. Left leg pain radiating down the back of the thigh to the foot.", set()),
    ("- Sx duration: >6 months\n- Left leg pain radiating to the foot", set()),
    ("Left radicular leg pain to the foot, present for the past eight months.", set()),
    ("Left leg pain radiating to the foot which began roughly eight months ago after lifting a box.", set()),
    ("Left leg pain radiating to the foot, 8-month history.", set()),
    ("Left leg pain radiating to the foot of 8 months' duration.", set()),
    ("Left leg pain radiating to the foot for the last 8 mos.", set()),
    ("Symptom onset | 8 months ago\nLeft leg pain radiating to the foot", set()),
    # near-misses: the duration of a treatment, an earlier procedure, no duration at all
    ("Left leg pain radiating to the foot. PT - 8 weeks.", {"symptom_duration"}),
    ("Left leg pain radiating to the foot. Prior ESI (3 months ago) helped.", {"symptom_duration"}),
    ("Left leg pain radiating to the foot, started after a fall.", {"symptom_duration"}),
    ("Left leg pain radiating to the foot, relief (8 wk) from gabapentin.", {"symptom_duration"}),
])
def test_symptom_duration_probe(line: str, expected: set[str]) -> None:
    assert _findings("hpi", line) == expected


# --- conservative_care (Medicare ESI: 4 weeks of care with a stated outcome) -------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Conservative management including 8 weeks of physiotherapy and meloxicam has failed.", set()),
    ("[x] Physical therapy 8 wk  [x] NSAIDs  - failed", set()),
    ("Failed conservative therapy: PT x 8 weeks, NSAIDs, chiropractic.", set()),
    ("She has completed 8 weeks of physiotherapy and taken naproxen with little benefit.", set()),
    ("Has done PT for 2 months, tried Lyrica; pain persists.", set()),
    ("Physical therapy for 8 weeks, NSAIDs and a medrol dose pack gave only temporary relief.", set()),
    ("Has had 8 weeks of physio, paracetamol and naproxen, none of which helped.", set()),
    ("Previous management: physiotherapy 6 weeks, pregabalin 75 mg bd - not effective.", set()),
    ("Conservative Rx: PT 8 wk, NSAID, HEP - failed", set()),
    ("Therapies tried | PT 8 wk, gabapentin | no relief", set()),
    ("Ongoing pain despite 8 weeks of physical therapy and medication management.", set()),
    ("Pain refractory to 8 weeks of physical therapy and NSAIDs.", set()),
    ("Pain has not responded to PT (8 weeks) or NSAIDs.", set()),
    ("Failed PT x 8 wks/NSAIDs/muscle relaxants.", set()),
    ("Tx hx: PT (6 wk), meloxicam, tizanidine; minimal relief.", set()),
    ("Eight weeks of physiotherapy did not help.", set()),
    ("Physical therapy x 2 months, without significant improvement.", set()),
    ("Conservative measures exhausted (PT 8 wk, HEP, NSAIDs).", set()),                  # new: 'exhausted' alone
    ("PT 8 wk, NSAIDs; non-operative management exhausted.", set()),                     # new
    ("Conservative options all exhausted: PT 8 wk, NSAIDs.", set()),                     # new
    # near-misses: planned, without an outcome, negated
    ("Will start physical therapy for 8 weeks.", {"conservative_care"}),
    ("Completed PT x 8 weeks and home exercise.", {"conservative_care"}),
    ("No physical therapy has been tried.", {"conservative_care"}),
    ("Physical therapy planned for 6 weeks, then reassess.", {"conservative_care"}),
    ("Will continue PT for 8 weeks until conservative measures are exhausted.", {"conservative_care"}),
])
def test_conservative_care_probe(line: str, expected: set[str]) -> None:
    assert _findings("care", line) == expected


# --- functional_impairment -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Functional status: cannot stand longer than 10 minutes.", set()),
    ("She has difficulty walking more than half a block.", set()),
    ("ADLs: needs help with dressing and bathing because of the pain.", set()),
    ("Pain limits his ability to work and to sleep.", set()),
    ("Oswestry Disability Index 46%.", set()),
    ("ODI: 42%", set()),
    ("Walking tolerance: 1 block. Sitting tolerance: 15 min.", set()),
    ("- Function: can't lift her grandchild, struggles with stairs", set()),
    ("Impact on function: off work since September, sleep disturbed.", set()),
    ("He is no longer able to play golf or do yard work.", set()),
    ("Reduced mobility; walks with a cane because of leg pain.", set()),
    ("She can only walk 50 metres before stopping.", set()),
    ("He has had to give up work as a labourer.", set()),
    ("Sitting tolerance less than 30 min.", set()),
    ("Struggles to get in and out of the car.", set()),
    ("She is housebound because of the pain.", set()),
])
def test_functional_impairment_probe(line: str, expected: set[str]) -> None:
    assert _findings("func", line) == expected


# --- time_out --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Universal protocol time-out completed.", set()),
    ("Time out: done.", set()),
    ("[x] Time-out", set()),
    ("Time-out: Yes", set()),
    ("Surgical pause performed prior to the procedure.", set()),
    ("A procedural pause was held to verify the patient, site and side.", set()),
    ("Final verification ('time out') was completed before the needle was placed.", set()),
    ("Timeout called by RN; correct patient, procedure, side confirmed.", set()),
    ("- Time-out: confirmed", set()),
    ("Safety checklist completed including time out.", set()),
    ("Time out completed @ 0930.", set()),
    ("TO performed.", set()),
    ("Team pause: completed", set()),
    ("Correct patient, procedure and site verified in a time-out.", set()),
    ("A 'time out' was observed.", set()),
    ("Timeout: Y", set()),
    # near-misses: planned, negated
    ("Time out to be performed in the procedure room.", {"time_out"}),
    ("No time out was documented.", {"time_out"}),
    ("Time out: not done", {"time_out"}),
])
def test_time_out_probe(line: str, expected: set[str]) -> None:
    assert _findings("to", line) == expected


# --- pre- and post-procedure pain scores -------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Pre-op pain 7/10.", set()),
    ("Pre NRS 7", set()),
    ("Pain score prior to injection: 7 out of 10.", set()),
    ("VAS pre: 7/10", set()),
    ("Baseline pain 7/10.", set()),
    ("Pre-procedure VAS 70 mm.", set()),
    ("She rated her pain at 7/10 before the injection.", set()),
    ("- Pre-procedure pain: 7/10", set()),
    ("Pain on arrival: 7/10.", set()),
    ("Pre-block pain 7/10.", set()),
    ("Pre procedure NPRS = 7/10", set()),
    ("Pain 7/10 pre-procedure.", set()),
    ("Pain score before starting: 7/10", set()),
    ("Pain (pre): 7", set()),                                                 # new: the timing in brackets
    ("Pain (before): 7", set()),                                              # new
    ("Pre-procedure numeric rating scale 7.", set()),                         # new: the scale spelled out
    ("Numerical pain rating scale (pre-procedure): 7", set()),              # new
    ("Pain rating pre-injection seven of ten.", set()),                       # new: 'of ten'
    # near-miss: a score of another visit
    ("Pain score at the last visit 7/10.", {"pre_procedure_pain_score"}),
])
def test_pre_procedure_pain_score_probe(line: str, expected: set[str]) -> None:
    assert _findings("pre", line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Post-op pain 2/10.", set()),
    ("Post NRS 2", set()),
    ("Pain score following injection: 2 out of 10.", set()),
    ("VAS post: 2/10", set()),
    ("Pain at discharge 2/10.", set()),
    ("Post-procedure VAS 20 mm.", set()),
    ("She rated her pain at 2/10 after the injection.", set()),
    ("NRS after: 2/10", set()),
    ("Post-block pain 2/10.", set()),
    ("Post procedure NPRS = 2/10", set()),
    ("Pain 2/10 after the injection.", set()),
    ("15 minutes after the injection her pain was 2/10.", set()),
    ("In recovery the pain was 2/10.", set()),
    ("Pain improved to 2/10 in recovery.", set()),
    ("Pain (post): 2", set()),                                                # new: the timing in brackets
    ("Pain (after): 2", set()),                                               # new
    ("Post-procedure numerical rating scale 2.", set()),                      # new: the scale spelled out
    ("Pain rating post-injection two of ten.", set()),                        # new: 'of ten'
    # near-miss: a count, not a score
    ("Two of ten patients in her group felt better after the injection.", {"post_procedure_pain_score"}),
])
def test_post_procedure_pain_score_probe(line: str, expected: set[str]) -> None:
    assert _findings("post", line) == expected


# --- complications ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("No complications.", set()),
    ("There were no immediate complications.", set()),
    ("The patient tolerated the procedure well without complication.", set()),
    ("EBL: minimal. Complications: nil.", set()),
    ("Adverse events: none.", set()),
    ("[x] No complications", set()),
    ("No untoward events.", set()),
    ("Complications: \u00d8", set()),
    ("Compl: none", set()),
    ("The procedure was uncomplicated.", set()),
    ("Complications - nil noted", set()),
    ("Complications: N", set()),
    ("Complications/adverse events: none", set()),
    ("No immediate adverse reactions.", set()),
    ("Tolerated well, no issues.", set()),
    # near-misses: the risk talk
    ("Risk of complications discussed.", {"complications"}),
    ("Complications were reviewed with the patient before the procedure.", {"complications"}),
])
def test_complications_probe(line: str, expected: set[str]) -> None:
    assert _findings("comp", line) == expected


# --- consent ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Consent: signed.", set()),
    ("Written consent on chart.", set()),
    ("[x] Consent signed", set()),
    ("Consent: Y", set()),
    ("Risks and benefits were reviewed and the patient agreed to proceed.", set()),
    ("Procedure explained; patient consented.", set()),
    ("- Consent: obtained", set()),
    ("Consent form signed and witnessed.", set()),
    ("Verbal and written consent obtained.", set()),
    ("Pt consented.", set()),
    ("Written informed consent is on file.", set()),
    ("Informed consent: yes", set()),
    ("The patient wished to proceed and signed consent.", set()),
    ("Consent taken.", set()),
    ("Consent was taken from the patient.", set()),
    # near-misses: refused, negated
    ("Patient declined to sign consent.", {"consent"}),
    ("Consent: not obtained", {"consent"}),
])
def test_consent_probe(line: str, expected: set[str]) -> None:
    assert _findings("consent", line) == expected
