"""Round-10 paraphrase probe (fixer q1, NEC) of the elements the round-8 probe did not cover: indication,
imaging_findings and imaging_guidance.

Same harness as tests/test_nlp_round8_probe.py: one wording is put into an otherwise complete Medicare TFESI note and
the exact finding set is asserted -- empty where the wording states the element (physician sentence, scribe or
template field, flowsheet/checkbox row, bullet, 'Label: value', abbreviations, radiology and British/international
forms, dictation), `{element}` for a near-miss that must not count (a planned or negated study, guidance of another
procedure, pain without a radicular or diagnostic reason). Snippets are fictional and written for this probe; cases
marked `# new` failed before the change they test (lexicon.yaml imaging findings 'imping*' -- 'impinge*' missed
'impinging' -- and British 'prolapse', modality 'XR'; targets.yaml fluoroscopy 'II guidance'/'II-guided'/'under II';
context.yaml 'not available'/'unavailable' as a backward negation). The other cases are guards.
"""

from __future__ import annotations

import pytest

from test_nlp_round8_probe import _NOTE, _findings

_DUR = " Symptoms for 8 months."
_PROC_BARE = ("Procedure: Left L5-S1 transforaminal epidural steroid injection. Contrast Omnipaque 240 1 mL confirmed "
              "epidural spread. Dexamethasone 10 mg with 1 mL 1% lidocaine injected. AP and lateral images were saved.")


# --- indication (the procedure's reason: radicular findings, exam signs, diagnosis-driven) ---------------------------

@pytest.mark.parametrize("line, expected", [
    ("HPI: Left leg pain radiating down the posterior thigh to the foot." + _DUR, set()),
    ("Indication: left L5-S1 radiculopathy." + _DUR, set()),
    ("Indications for procedure: left S1 radicular pain." + _DUR, set()),
    ("Reason for procedure: lumbar radiculopathy, left." + _DUR, set()),
    ("Reason for referral - sciatica, left leg." + _DUR, set()),
    ("Left sciatica, pain shooting below the knee into the foot." + _DUR, set()),
    ("Pain radiates to the left calf and foot with numbness in the S1 dermatome." + _DUR, set()),
    ("Exam: positive straight leg raise on the left at 40 degrees." + _DUR, set()),
    ("Left SLR positive, diminished left ankle jerk." + _DUR, set()),
    ("Clinical indication: radicular leg pain L > R." + _DUR, set()),
    ("- Indication: L S1 radiculitis" + "\n- Symptoms for 8 months.", set()),
    ("C/O left buttock pain radiating down the leg to the lateral foot." + _DUR, set()),
    ("Pt reports lt leg pain that travels down to the foot." + _DUR, set()),
    ("Dermatomal pain in the left L5 distribution." + _DUR, set()),
    ("Presenting complaint: left-sided radicular symptoms into the foot." + _DUR, set()),
    ("Positive Lasegue sign on the left, paraesthesia in the S1 dermatome." + _DUR, set()),
    ("Sciatica down the left leg to the foot." + _DUR, set()),
    ("Radiculopathy left lower extremity." + _DUR, set()),
    ("Neurogenic claudication with bilateral leg pain on walking." + _DUR, set()),
    ("Indication \u2014 left S1 radiculopathy." + _DUR, set()),
    ("Indication | Lumbar radicular pain, left" + "\nSymptoms for 8 months.", set()),
    # near-misses: axial pain only, a denied radiation ('Dx: lumbar radiculopathy.' alone is left out: whether a
    # diagnosis field alone is the indication is an open gold question in cross.md, fah-pump-01)
    ("Axial low back pain without leg symptoms." + _DUR, {"indication"}),
    ("Low back pain, denies radiation into the legs." + _DUR, {"indication"}),
])
def test_indication_paraphrases(line: str, expected: set[str]) -> None:
    assert _findings("hpi", line) == expected


# --- imaging_findings ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    (_NOTE["img"], set()),
    ("MRI L-spine: L5/S1 left paracentral disc protrusion abutting the traversing left S1 root.", set()),
    ("Imaging: MRI 03/2026 shows L5-S1 disc herniation with left foraminal stenosis.", set()),
    ("Per outside report, MRI demonstrates a left L5-S1 disc extrusion compressing the S1 nerve root.", set()),
    ("Lumbar MRI reviewed: broad-based disc bulge at L4-5 and L5-S1 with moderate foraminal narrowing.", set()),
    ("MR lumbar spine (outside): L5-S1 herniated nucleus pulposus, left.", set()),
    ("CT lumbar spine revealed L5-S1 left foraminal stenosis.", set()),
    ("MRI findings: L5-S1 left-sided disc protrusion with impingement of the S1 nerve root.", set()),
    ("X-rays of the lumbar spine show degenerative disc disease at L5-S1.", set()),
    ("Recent MRI: L5/S1 disc prolapse with left S1 nerve root compression.", set()),
    ("MRI: L5-S1 disc protrusion, left foraminal narrowing.", set()),
    ("Imaging reviewed - MRI lumbar spine with L5-S1 HNP contacting the left S1 nerve root.", set()),
    ("MRI of the lumbar spine demonstrated a left L5-S1 disc herniation.", set()),
    ("Radiology: MRI L spine - L5-S1 left paracentral disc extrusion.", set()),
    ("MRI scan of the lumbar spine showed an L5/S1 disc prolapse impinging the left S1 root.", set()),  # new
    ("MRI: L4/5 disc prolapsed to the left.", set()),  # new: British 'prolapse'
    ("CT L-spine: L5-S1 osteophyte impinging on the exiting left L5 root.", set()),  # new: 'impinging'
    ("MRI report (outside facility): L5-S1 left paracentral herniation.", set()),
    ("MRI dated 2 March notable for L5-S1 foraminal stenosis, left worse than right.", set()),
    ("XR L-spine: multilevel spondylosis, L5-S1 disc space narrowing.", set()),  # new: 'XR'
    ("Lumbar XR (flex/ext): grade 1 spondylolisthesis L4-5.", set()),  # new
    ("Lumbar radiographs demonstrate grade 1 anterolisthesis of L4 on L5.", set()),
    ("CT myelogram: left L5-S1 lateral recess stenosis.", set()),
    ("MRI LS spine - L4/5 and L5/S1 disc desiccation with left foraminal encroachment.", set()),
    ("Imaging | MRI L-spine: L5-S1 left disc protrusion", set()),
    # near-misses: an ordered or pending study states no finding
    ("MRI lumbar spine has been ordered.", {"imaging_findings"}),
    ("No imaging available for review.", {"imaging_findings"}),
])
def test_imaging_findings_paraphrases(line: str, expected: set[str]) -> None:
    assert _findings("img", line) == expected


# --- imaging_guidance ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("extra, expected", [
    (" The procedure was performed under fluoroscopic guidance.", set()),
    (" Performed under C-arm guidance.", set()),
    (" Needle placed under C-arm.", set()),
    (" Needle advanced under image intensifier control.", set()),
    (" Needle position confirmed with the image intensifier.", set()),
    (" Needle placed under II guidance.", set()),  # new: 'II' = image intensifier
    (" Fluoro-guided needle placement.", set()),
    (" Needle advanced with live fluoroscopy.", set()),
    (" Guidance: fluoroscopy.", set()),
    (" Imaging guidance: fluoroscopic.", set()),
    (" [x] Fluoroscopy", set()),
    (" (fluoroscopic guidance)", set()),
    (" Needle placement using fluoroscopy in AP and oblique views.", set()),
    (" Fluoroscopically guided needle placement.", set()),
    (" Under x-ray guidance the needle was advanced.", set()),
    (" Image guidance: CT.", set()),
    (" CT-guided needle placement.", set()),
    (" Needle advanced under CT fluoroscopy.", set()),
    (" Fluoro time: 24 seconds.", set()),
    (" Under fluoro, the needle was advanced.", set()),
    (" Needle advanced with fluoro.", set()),
    (" Fluoroscopy: yes", set()),
    (" Guidance | Fluoroscopy", set()),
    (" Imaging: C-arm.", set()),
    (" Using biplanar fluoroscopy the needle was advanced.", set()),
    (" Under radiographic guidance the needle was placed.", set()),
    (" Needle advanced under X-ray screening.", set()),
    (" Using an image intensifier the needle was advanced.", set()),
    (" II-guided needle placement.", set()),  # new
    (" Image-intensifier guided needle placement.", set()),  # new: hyphenated
    (" Under screening the needle was advanced.", set()),  # new: British 'screening' for fluoroscopy
    (" Under fluoroscopic visualization the needle was advanced.", set()),
    (" Needle advanced under intermittent fluoroscopy.", set()),
    (" Needle advanced under fluoroscopic control.", set()),
    # near-misses: guidance declined / not used; a modality the ESI rule does not accept (ultrasound) or none named
    (" Needle placed under image guidance.", {"imaging_guidance"}),
    (" Needle placed under ultrasound guidance.", {"imaging_guidance"}),
    (" US-guided needle placement.", {"imaging_guidance"}),
    (" Sonographic guidance was used.", {"imaging_guidance"}),
    (" No fluoroscopy was used.", {"imaging_guidance"}),
    (" Fluoroscopy was not available.", {"imaging_guidance"}),  # new: 'not available' negates
    (" C-arm unavailable today; landmark technique.", {"imaging_guidance"}),  # new
    (" Grade II spondylolisthesis noted.", {"imaging_guidance"}),  # 'II' alone is no guidance
])
def test_imaging_guidance_paraphrases(extra: str, expected: set[str]) -> None:
    assert _findings("proc", _PROC_BARE + extra) == expected
