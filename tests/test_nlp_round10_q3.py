"""Round-10 paraphrase probe (fixer q3, NEC): sedation details, saved images and the intent of a block.

The round-8 probe (tests/test_nlp_round8_probe.py) did not cover these elements. Its harness shape is reused: one
wording put into an otherwise complete note (every other element stated in a form the reader knows, so the complete
note raises no finding) and the exact finding set of the analysis asserted: empty for a statement of the element
(sentence, header field, checkbox row, bullet, 'Label: value', abbreviations, British and dictated forms), the
element for a near-miss that must not count (planned, negated, unticked, a view without saving, sedation without its
times). Intent is probed on a Medicare lumbar medial branch block note: an unread intent raises `approach`; a read
therapeutic intent raises `diagnostic_block_relief` (a therapeutic block needs two prior diagnostic blocks).

Snippets are fictional and written for this probe (no corpus wording). Cases marked `# new` failed before the change
they test (intent: 'Indication for block: diagnostic', 'Purpose: dx', a ticked box after 'Block type:'/'Type of
block:', 'comparative/confirmatory ... block', 'Test block', 'to confirm ... the pain generator'; images 'sent/pushed/
uploaded to PACS/the EMR'; sedation times as a range of four-digit clock times 'from 0910 to 0932'); the other cases pin
what the reader already read, so later rules cannot lose them.
"""

from __future__ import annotations

import pytest

from api.evaluation import DEFAULT_FINDING_SEVERITIES, requirement_ids, result_view
from api.pipeline import analyze_text

_REQUIREMENTS = requirement_ids()
_IMAGES = "AP and lateral images were saved."
_ESI = "\n".join([
    "HPI: Left leg pain radiating down the posterior thigh to the foot for 8 months.",
    "Conservative care: physical therapy for 8 weeks and gabapentin without relief.",
    "Function: unable to walk more than one block or sit through a work shift.",
    "MRI lumbar spine: L5-S1 left paracentral disc protrusion contacting the left S1 nerve root.",
    "Diagnosis: Lumbar radiculopathy, lumbosacral region (M54.17).",
    "Risks, benefits and alternatives were discussed and written informed consent was obtained.",
    "A time-out was performed confirming patient, procedure and side.",
    "Pre-procedure pain score 7/10.",
    "Procedure: Left L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance. Contrast Omnipaque "
    "240 1 mL confirmed epidural spread. Dexamethasone 10 mg with 1 mL 1% lidocaine injected. " + _IMAGES,
    "Post-procedure pain score 2/10.",
    "Complications: none.",
]) + "\n"
_MBB = "\n".join([
    "HPI: Axial low back pain worse with extension and rotation for 9 months, no radicular symptoms.",
    "Conservative care: physical therapy for 8 weeks and NSAIDs without relief.",
    "Function: unable to stand more than 15 minutes or lift groceries.",
    "Imaging: MRI lumbar spine shows bilateral L4-L5 and L5-S1 facet arthropathy.",
    "Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).",
    "Risks, benefits and alternatives were discussed and written informed consent was obtained.",
    "A time-out was performed confirming patient, procedure and side.",
    "Pre-procedure pain score 7/10.",
    "{intent}",
    "Procedure: Right L4 and L5 medial branch blocks and L5 dorsal ramus block under fluoroscopic guidance. 0.5 mL "
    "0.5% bupivacaine injected at each level. AP and oblique images were saved.",
    "Post-procedure pain score 1/10, 85% relief.",
    "Complications: none.",
]) + "\n"


def _findings(text: str) -> set[str]:
    """The finding elements of a Medicare analysis of `text`."""
    return result_view(analyze_text(text, payer="medicare"), DEFAULT_FINDING_SEVERITIES, _REQUIREMENTS).findings


def test_the_complete_probe_notes_raise_no_finding() -> None:
    assert _findings(_ESI) == set()
    assert _findings(_MBB.format(intent="Intent: diagnostic.")) == set()
    assert _findings(_MBB.format(intent="")) == {"approach"}


# --- approach: the intent of a block -----------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Indication for block: diagnostic (1st of 2).", set()),                   # new: 'Indication for block:'
    ("Purpose: dx.", set()),                                                   # new: abbreviation after a label
    ("Block #2 (confirmatory) - comparative local anesthetic block.", set()),  # new: comparative ... block
    ("Type of block: [x] Diagnostic [ ] Therapeutic", set()),                  # new: was read therapeutic
    ("Block type: [x] Diagnostic [ ] Therapeutic", set()),                     # new: was read therapeutic
    ("Test block: yes.", set()),                                               # new
    ("The block is performed to confirm the facet joints as the pain generator.", set()),  # new
    ("Intent: [x] Diagnostic [ ] Therapeutic", set()),
    ("Type of block: [ ] Therapeutic [x] Diagnostic", set()),
    ("This is a confirmatory second medial branch block before radiofrequency ablation.", set()),
    ("- Diagnostic MBB #1", set()),
    ("Prognostic medial branch block to predict response to radiofrequency neurotomy.", set()),
    ("Second diagnostic block, comparative, with bupivacaine.", set()),
    ("Goal of procedure: diagnostic.", set()),
    ("Dx MBB number one.", set()),
    ("Title: DIAGNOSTIC LUMBAR MEDIAL BRANCH BLOCK", set()),
    ("Diagnostic vs therapeutic: diagnostic", set()),
    # therapeutic: read, so the prior diagnostic blocks are asked for
    ("Intent: therapeutic, for pain relief.", {"diagnostic_block_relief"}),
    ("Therapeutic medial branch block for pain relief.", {"diagnostic_block_relief"}),
    ("Purpose: tx.", {"diagnostic_block_relief"}),                             # new
    # near-misses: no intent of today's block
    ("Test block: no.", {"approach"}),
    ("No diagnostic block has been done before.", {"approach"}),
])
def test_block_intent(line: str, expected: set[str]) -> None:
    assert _findings(_MBB.format(intent=line)) == expected


# --- saved_images ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("AP and lateral fluoroscopic images were sent to PACS.", set()),          # new
    ("AP and lateral views pushed to PACS.", set()),                           # new
    ("Final AP and lateral images uploaded to the EMR.", set()),               # new
    ("AP and lateral images were stored.", set()),
    ("Images archived to PACS (AP and lateral).", set()),
    ("Representative AP and lateral spot films retained for the permanent record.", set()),
    ("Hard copy images: AP, lateral.", set()),
    ("Images saved: AP/lateral.", set()),
    ("Two images saved in the record.", set()),
    ("Permanent images (AP and lateral) obtained and saved.", set()),
    ("Saved images: AP and lateral views x 2.", set()),
    ("Images stored in patient chart: yes (AP + lat).", set()),
    ("Image capture: AP and lateral saved to PACS.", set()),
    # near-misses: views taken or reviewed but not kept, not saved, to be saved, saved without two views
    ("AP and lateral views were obtained.", {"saved_images"}),
    ("AP and lateral images were reviewed.", {"saved_images"}),
    ("AP and lateral images were sent to the radiologist.", {"saved_images"}),
    ("Images were not saved.", {"saved_images"}),
    ("Images will be saved to PACS.", {"saved_images"}),
    ("Representative images were saved.", {"saved_images"}),
])
def test_saved_images(line: str, expected: set[str]) -> None:
    assert _findings(_ESI.replace(_IMAGES, line)) == expected


# --- sedation_details --------------------------------------------------------------------------------------------

_FULL = "; independent observer present; needed for severe anxiety."


@pytest.mark.parametrize("line, expected", [
    ("Conscious sedation with versed 2 mg IV and fentanyl 50 mcg IV from 0910 to 0932" + _FULL, set()),  # new
    ("IV sedation with midazolam 2 mg and fentanyl 50 mcg from 0910 until 0932" + _FULL, set()),       # new
    ("Conscious sedation with versed 2 mg IV and fentanyl 50 mcg IV given by RN under my direction from 09:10 to "
     "09:32" + _FULL, set()),
    ("Moderate sedation: midazolam 2 mg IV and fentanyl 50 mcg IV; start 09:10, stop 09:32 (22 min intraservice). "
     "Independent trained observer RN Smith monitored. Sedation required for severe procedural anxiety despite oral "
     "anxiolysis.", set()),
    ("Sedation: Midazolam 2mg IV, Fentanyl 50mcg IV. Sedation start 09:10 stop 09:32. Intraservice time 22 minutes. "
     "Observer: J. Smith RN. Reason: severe claustrophobia and anxiety.", set()),
    ("IV sedation - midazolam 2 mg, fentanyl 50 micrograms, start time 0910 end time 0932, independent observer "
     "present, for marked procedural anxiety.", set()),
    ("Sedation: none. Local anaesthetic only.", set()),
    ("No sedation was given.", set()),
    ("Sedation: local only.", set()),
    ("Anesthesia: local.", set()),
    ("Sedation [ ] Yes [x] No", set()),
    ("Patient declined sedation; procedure performed under local.", set()),
    ("Sedation was offered but declined.", set()),
    ("Sedation: planned for next procedure.", set()),
    # near-misses: sedation given without its clock times
    ("Conscious sedation with versed 2 mg IV and fentanyl 50 mcg IV" + _FULL, {"sedation_details"}),
    ("Conscious sedation with versed 2 mg IV and fentanyl 50 mcg IV from 1998 to 2003" + _FULL, {"sedation_details"}),
])
def test_sedation_details(line: str, expected: set[str]) -> None:
    assert _findings(_ESI.replace(_IMAGES, _IMAGES + "\n" + line)) == expected
