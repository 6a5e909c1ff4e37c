"""Notes of the sealed batch au: image-guided spine and joint procedures reported the way a radiology
information system holds them (EXAM/PROCEDURE title, HISTORY, COMPARISON, CONSENT, TECHNIQUE, MEDICATIONS,
FLUOROSCOPY TIME with dose, FINDINGS, COMPLICATIONS, numbered IMPRESSION, attestation), fluoroscopy- and
CT-guided. Wordings our own; gold labelled by hand before any Painpoint run; the `findings` of each `add`
are the deliberate gaps (drug doses in a MEDICATIONS block are the only mention, so nothing is counted twice)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, SPINE_NEED, minus)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Interlaminar, caudal and transforaminal epidurals (10 notes, 5 with a deliberate gap)."""
    add("fau-ilesi-01", "radiology_report", """
EXAM: FLUOROSCOPY-GUIDED LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION, L4-L5

HISTORY: Seven months of aching pain from both buttocks down the backs of the thighs into both calves,
with pins-and-needles in the feet, brought on by walking. Eight weeks of supervised physical therapy and a
course of naproxen gave no relief. She can no longer walk farther than one block or stand long enough to
cook a meal.
DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).

COMPARISON: MRI lumbar spine 01/14/2026: severe central canal stenosis at L4-L5 from disc bulge and
ligamentum flavum thickening, with narrowing of both lateral recesses.

CONSENT: Risks including infection, bleeding, headache, nerve injury and no relief were discussed; the
patient gave written informed consent. A time-out confirming patient, procedure and level was performed.

TECHNIQUE: Prone on the fluoroscopy table; the lower back was prepped with chlorhexidine and draped. Under
intermittent fluoroscopic guidance the skin was anesthetized and an 18-gauge Tuohy needle was advanced in the
midline into the L4-L5 interlaminar space using loss of resistance to saline. An epidurogram was obtained,
followed by injection of the steroid solution listed below. The needle was removed intact.

MEDICATIONS: Lidocaine 1%, 3 mL, skin and soft tissue. Omnipaque 240, 2 mL. Kenalog-40 (triamcinolone
acetonide) 80 mg in 2 mL, mixed with 2 mL preservative-free saline.

FLUOROSCOPY TIME: 0.6 minutes. Reference air kerma 9 mGy. DAP 2.4 Gy*cm2.

FINDINGS: Epidurogram shows contrast spreading cranially and caudally in the dorsal epidural space without
intravascular or intrathecal opacification. AP and lateral images stored to PACS.
Pain score 7/10 before the injection and 2/10 at 15 minutes afterwards.

COMPLICATIONS: None.

IMPRESSION:
1. Technically successful L4-L5 interlaminar epidural steroid injection.
2. No immediate complication.

Attending radiologist: I performed the procedure and reviewed the images.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-03", codes=[line("62323"), line("J3301", units=8)],
        findings=[])

    add("fau-ilesi-02", "radiology_report", """
PROCEDURE: Cervical epidural steroid injection, interlaminar, C7-T1, under fluoroscopy

CLINICAL INDICATION: Left arm pain radiating from the shoulder to the thumb and index finger with numbness of
those fingers for 4 months; left triceps reflex reduced. Six weeks of physical therapy did not help and
gabapentin caused dizziness, so it was stopped. He has had to stop working as a mechanic because he cannot
hold tools overhead.
DIAGNOSIS: Cervical radiculopathy (M54.12).

COMPARISON: MRI cervical spine 03/02/2026 demonstrates a left paracentral disc extrusion at C6-C7 narrowing
the left lateral recess and foramen.

CONSENT: Informed consent was obtained after discussion of risks, benefits and alternatives. Time-out held.

PROCEDURE DETAILS: The patient lay prone with the neck slightly flexed. After sterile preparation, a 20-gauge
Tuohy needle was advanced at C7-T1 with a left paramedian trajectory under intermittent fluoroscopic guidance.
Loss of resistance was reached and confirmed by contrast on the contralateral oblique view. The injectate
was then given slowly.

MEDICATIONS: Isovue-M 300, 1.5 mL. Celestone Soluspan (betamethasone) 6 mg in 1 mL with 1 mL normal saline.

FLUOROSCOPY TIME: 0.9 min; air kerma 14 mGy; DAP 3.0 Gy*cm2.

FINDINGS: Epidurogram outlines the dorsal epidural space at C7-T1, layering more to the left; no vascular
uptake. AP and contralateral oblique images saved.
Post-procedure pain 3/10 at 20 minutes.

COMPLICATIONS: None.

IMPRESSION:
1. Successful C7-T1 interlaminar cervical epidural steroid injection.

Resident: procedure performed with the attending radiologist present throughout. Attending: I agree.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(None, 3), need=ESI_NEED, dos="2026-03-19", pos="22", codes=[line("62321")],
        findings=["pre_procedure_pain_score"], comment="only a post-procedure pain score is reported")

    add("fau-ilesi-03", "radiology_report", """
EXAM: L5-S1 INTERLAMINAR EPIDURAL INJECTION WITH FLUOROSCOPIC GUIDANCE

HISTORY: Right leg pain for 10 weeks radiating along the lateral calf into the top of the foot, with weakness
of great toe extension and tingling. A six-week home exercise and physical therapy program did not improve
it, and ibuprofen upset his stomach. He cannot sit through a work shift or drive more than 20 minutes.
DIAGNOSIS: Lumbar radiculopathy (M54.16).

COMPARISON: MRI lumbar spine 05/28/2026 - right paracentral L5-S1 disc protrusion displacing the traversing
right S1 root and abutting the L5 root in the lateral recess.

CONSENT: Written consent on file after the risks were reviewed with the patient. Universal protocol time-out
completed.

TECHNIQUE: Prone. Sterile prep and drape. Under intermittent fluoroscopic guidance a 20-gauge Tuohy needle
was advanced through a right paramedian interlaminar approach at L5-S1 until loss of resistance to air.
Contrast confirmed epidural placement before the medications below were injected.

MEDICATIONS: Isovue-M 200, 3 mL. Depo-Medrol 80 mg (2 mL of 40 mg/mL) with 2 mL of 0.25% bupivacaine.

FLUOROSCOPY TIME: 0.4 minutes, 6 mGy, DAP 1.8 Gy*cm2.

FINDINGS: Contrast opacifies the epidural space with spread along the right L5-S1 lateral recess; no
vascular or subarachnoid filling. Two views (AP and lateral) retained.
Pain before 6/10; after 1/10.

COMPLICATIONS: None.

IMPRESSION:
1. Right paramedian L5-S1 interlaminar epidural steroid injection without complication.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 5)],
        pain=(6, 1), need=ESI_NEED, dos="2026-07-21", payer="medicare_cgs",
        codes=[line("62323"), line("J1010", units=80)], findings=[])

    add("fau-caudal-01", "radiology_report", """
PROCEDURE: CAUDAL EPIDURAL STEROID INJECTION (FLUOROSCOPIC)

HISTORY: Prior L4-5 laminectomy in 2019. For 9 months, left leg pain radiating down the posterior thigh and
calf to the heel with numbness along the lateral foot; left ankle reflex absent. Physical therapy for
12 weeks failed, and duloxetine was stopped for nausea. Unable to walk his dog or stand at church services.
DIAGNOSIS: Lumbar radiculopathy (M54.16), post-laminectomy.
Caudal approach chosen because of the postsurgical changes at L4-5.

COMPARISON: MRI lumbar spine with and without contrast, 11/03/2025: enhancing epidural scar surrounding the
left S1 root at L5-S1 and a small recurrent left L5-S1 disc protrusion.

CONSENT: The procedure, its risks and alternatives were explained; the patient consented in writing.
Time-out performed before the start.

TECHNIQUE: Prone with a pillow under the hips. After sterile prep, the sacral hiatus was localized under
fluoroscopy. A 22-gauge spinal needle was advanced through the sacrococcygeal ligament into the caudal
epidural space; lateral fluoroscopy confirmed position. Epidurogram, then the injectate below.

MEDICATIONS: Omnipaque 240, 5 mL. Dexamethasone sodium phosphate 10 mg (1 mL of 10 mg/mL) with 4 mL of
preservative-free 1% lidocaine.

FLUOROSCOPY TIME: 0.5 min. Air kerma 11 mGy. DAP 3.6 Gy*cm2.

FINDINGS: Contrast fills the sacral canal and ascends to the L5 level, preferentially along the left; no
vascular runoff. AP and lateral views archived.
Pre-procedure pain 8/10. Post-procedure pain 3/10.

COMPLICATIONS: No complications.

IMPRESSION:
1. Successful caudal epidural steroid injection.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 40)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-13", pos="22", codes=[line("62323")], findings=[])

    add("fau-caudal-02", "radiology_report", """
EXAM: Caudal epidural injection under fluoroscopy

HISTORY: Both legs become heavy and ache from the buttocks into the calves after walking about five minutes,
with tingling in both feet, for the past year; sitting relieves it. She has completed physical therapy and
takes meloxicam. She now uses a shopping cart to get through the store and has given up her walking group.
DIAGNOSIS: Spinal stenosis, lumbar region with neurogenic claudication (M48.062).

COMPARISON: CT myelogram 04/22/2026: multilevel stenosis, severe at L3-L4 and L4-L5.

CONSENT: Informed consent obtained (written). Time-out done.

TECHNIQUE: Prone. Under fluoroscopic guidance a 20-gauge Tuohy needle was placed through the sacral hiatus
into the caudal canal. Contrast was injected to confirm epidural spread, followed by the medications below.

MEDICATIONS: Omnipaque 240, 3 mL. Kenalog 40 mg (1 mL) with 5 mL of 0.25% bupivacaine.

FLUOROSCOPY TIME: 0.3 minutes (5 mGy; DAP 1.2 Gy*cm2).

FINDINGS: Epidural contrast ascends to L4 bilaterally without intravascular filling. AP and lateral images
saved.
NRS pain 7/10 pre, 4/10 post.

COMPLICATIONS: None.

IMPRESSION:
1. Caudal epidural steroid injection completed as planned.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 12.5)],
        pain=(7, 4), need=minus(ESI_NEED, "conservative_care"), dos="2026-05-12",
        codes=[line("62323"), line("J3301", units=4)], findings=["conservative_care"],
        comment="therapy only listed as completed, no outcome stated")
    _transforaminal(add, proc, line, given, ESI_NEED, minus)


def _transforaminal(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Transforaminal epidurals / selective nerve root blocks, fluoroscopic and CT-guided (5 notes)."""
    add("fau-tfesi-01", "radiology_report", """
EXAM: LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION (SELECTIVE NERVE ROOT BLOCK), FLUOROSCOPIC GUIDANCE

CLINICAL INDICATION: Left buttock and posterolateral leg pain to the lateral ankle for 5 months with
numbness over the dorsum of the left foot; left straight leg raise positive at 45 degrees. Ten weeks of
physical therapy with no improvement; tramadol not tolerated (nausea). Cannot stand at work longer than
15 minutes.
DIAGNOSIS: Lumbosacral radiculopathy (M54.17).

COMPARISON: MRI lumbar spine 12/09/2025: left foraminal L5-S1 disc protrusion compressing the exiting left
L5 nerve root.

CONSENT: Written informed consent obtained. Time-out performed with the technologist and nurse.

TECHNIQUE: Prone. Sterile prep. Under intermittent fluoroscopic guidance, with oblique angulation, a 22-gauge
Quincke needle was advanced to the inferior aspect of the left L5-S1 neural foramen in the safe triangle.
Contrast was injected under live fluoroscopy, then the medications below.

MEDICATIONS: Isovue-M 300, 1 mL. Decadron (dexamethasone) 10 mg, 1 mL, with 1 mL of 1% lidocaine.

FLUOROSCOPY TIME: 0.7 minutes. 10 mGy. DAP 2.1 Gy*cm2.

FINDINGS: Contrast outlines the left L5 nerve root sleeve and extends into the anterior epidural space.
No vascular uptake on live imaging. AP and oblique images saved to PACS.
Pain 8/10 before; 2/10 15 minutes after.

COMPLICATIONS: None.

IMPRESSION:
1. Left L5-S1 transforaminal epidural steroid injection, technically successful.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(8, 2), need=ESI_NEED, dos="2026-01-27", codes=[line("64483", "LT"), line("J1100", units=10)],
        findings=[])

    add("fau-tfesi-02", "radiology_report", """
PROCEDURE: RIGHT L4-L5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTIONS

HISTORY: Right anterior thigh and medial shin pain with numbness for 4 months; right knee reflex diminished.
Physical therapy twice weekly for 8 weeks failed to help; celecoxib gave no benefit. She cannot climb stairs
at home and has stopped gardening.
DIAGNOSIS: Lumbar radiculopathy (M54.16).

COMPARISON: MRI 02/17/2026 shows right foraminal stenosis at L4-L5 and L5-S1 with a far-lateral L4-L5 disc
protrusion contacting the right L4 root.

CONSENT: Obtained in writing. A time-out was performed.

TECHNIQUE: Prone. Sterile technique. Under intermittent fluoroscopic guidance, 22-gauge Quincke needles were
placed in the right L4-L5 and L5-S1 foramina. Contrast injected at each level before the medication, which
was divided equally between the two levels.

MEDICATIONS: Omnipaque 300, 0.5 mL per level. Dexamethasone 4 mg per level. Ropivacaine 0.2%, 1 mL per
level.

FLUOROSCOPY TIME: 1.1 minutes. Air kerma 16 mGy. DAP 4.4 Gy*cm2.

FINDINGS: Perineural and epidural contrast along the right L4 and L5 roots; no intravascular pattern.
Representative images archived.
Pain 7/10 pre-procedure and 3/10 post-procedure.

COMPLICATIONS: None.

IMPRESSION:
1. Right L4-L5 and L5-S1 transforaminal epidural steroid injections.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 8), given("ropivacaine", 4)],
        pain=(7, 3), need=ESI_NEED, dos="2026-03-10", pos="22", codes=[line("64483", "RT"), line("64484", "RT")],
        findings=["saved_images"], comment="'Representative images archived' names no views")

    add("fau-tfesi-03", "radiology_report", """
EXAM: RIGHT S1 SELECTIVE NERVE ROOT BLOCK / TRANSFORAMINAL EPIDURAL INJECTION, FLUOROSCOPY

HISTORY: This is a repeat right S1 transforaminal injection. Prior right S1 injection on 03/05/2026 helped
somewhat. Right posterior calf and sole pain with numbness of the lateral foot for 8 months; right ankle jerk
absent. Physical therapy for 8 weeks without relief; gabapentin caused sedation. He can walk only 10 minutes
before stopping.
DIAGNOSIS: Lumbosacral radiculopathy (M54.17).

COMPARISON: MRI 01/20/2026: right paracentral L5-S1 disc extrusion contacting the right S1 root.

CONSENT: Informed consent signed. Time-out performed.

TECHNIQUE: Prone. Sterile prep. Under intermittent fluoroscopic guidance, with cranial tilt to align the
S1 foramen, a 22-gauge spinal needle was advanced through the right dorsal S1 foramen. Contrast confirmed
perineural spread before a therapeutic injection.

MEDICATIONS: Omnipaque 240, 1 mL. Celestone (betamethasone) 6 mg in 1 mL.

FLUOROSCOPY TIME: 0.5 min. 7 mGy. DAP 1.6 Gy*cm2.

FINDINGS: Contrast outlines the right S1 root and tracks into the ventral epidural space. No vascular
uptake. AP and lateral images saved.
Pain score 6/10 before; 2/10 after.

COMPLICATIONS: None.

IMPRESSION:
1. Right S1 transforaminal epidural steroid injection.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="right",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(6, 2), need=ESI_NEED, dos="2026-06-09", codes=[line("64483", "RT"), line("J0702", units=1)],
        findings=["prior_procedure_response"], comment="repeat; earlier response 'helped somewhat' is not quantified")

    add("fau-tfesi-04", "radiology_report", """
EXAM: CT-GUIDED RIGHT C5-C6 TRANSFORAMINAL EPIDURAL STEROID INJECTION (RIGHT C6 NERVE ROOT)

HISTORY: Right neck pain radiating to the lateral forearm and thumb with numbness of the thumb for 3 months;
right brachioradialis reflex reduced. Ten weeks of physical therapy and an oral steroid taper did not help.
DIAGNOSIS: Cervical radiculopathy (M54.12).

COMPARISON: MRI cervical spine 07/08/2026: right uncovertebral spurring with moderate to severe right C5-C6
foraminal stenosis.

CONSENT: Risks including stroke and spinal cord injury were discussed; written consent was obtained.
Time-out completed.

TECHNIQUE: Supine with the head turned to the left. Localizing CT images were obtained. Under intermittent
CT fluoroscopic guidance a 25-gauge needle was advanced to the posterior aspect of the right C5-C6 foramen.
A small amount of contrast was injected under CT, then the medications below.

MEDICATIONS: Omnipaque 240, 0.5 mL. Dexamethasone 4 mg (1 mL of 4 mg/mL).

CT DOSE: CTDIvol 6.2 mGy; DLP 38 mGy*cm.

FINDINGS: Contrast surrounds the exiting right C6 root and enters the lateral epidural space; no vertebral
artery opacification. Images in two views (axial needle-tip and axial post-contrast) saved to PACS.
Pre-procedure pain 6/10; post-procedure pain 2/10 at 15 minutes.

COMPLICATIONS: None.

IMPRESSION:
1. CT-guided right C5-C6 transforaminal epidural steroid injection.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C5-C6"], imaging="ct", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2026-08-11", pos="22",
        codes=[line("64479", "RT")], findings=["functional_impairment"], comment="no functional limitation stated")

    add("fau-tfesi-05", "radiology_report", """
EXAM: BILATERAL L4-L5 TRANSFORAMINAL EPIDURAL STEROID INJECTIONS, FLUOROSCOPIC GUIDANCE

HISTORY: Pain from both hips into the lateral thighs and shins, with tingling of both great toes, for
6 months. Three months of physical therapy gave no improvement and naproxen caused reflux. He cannot walk
around the grocery store or play with his grandchildren.
DIAGNOSIS: Lumbar radiculopathy (M54.16).

COMPARISON: MRI lumbar spine 04/01/2026: grade 1 degenerative spondylolisthesis at L4-L5 with moderate
bilateral foraminal stenosis compressing both exiting L4 roots.

CONSENT: Written consent obtained after discussion. Time-out completed.

TECHNIQUE: Prone. Sterile prep and drape. Under intermittent fluoroscopic guidance, 22-gauge Quincke
needles were advanced into the right and left L4-L5 foramina. Contrast was injected on each side, then the
medications below were divided between the two sides.

MEDICATIONS: Omnipaque 240, 1 mL each side. Kenalog 20 mg (0.5 mL) each side. Lidocaine 1%, 1 mL each side.

FLUOROSCOPY TIME: 0.9 minutes; air kerma 12 mGy; DAP 3.3 Gy*cm2.

FINDINGS: Contrast outlines both L4 roots and spreads into the epidural space without vascular filling.
AP and oblique images of each side stored.
Pain 8/10 before, 3/10 after.

COMPLICATIONS: None.

IMPRESSION:
1. Bilateral L4-L5 transforaminal epidural steroid injections without complication.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, dos="2026-09-29", codes=[line("64483", "50"), line("J3301", units=4)],
        findings=[])


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, intra-articular facet injections and RF neurotomy (7 notes, 3 with a gap)."""
    add("fau-mbb-01", "radiology_report", """
EXAM: BILATERAL L4-L5 AND L5-S1 FACET JOINT MEDIAL BRANCH BLOCKS (DIAGNOSTIC), FLUOROSCOPIC GUIDANCE

HISTORY: Axial low back pain for 2 years, worse with standing and extension, without leg symptoms. Sixteen
weeks of physical therapy failed to help and meloxicam was stopped for dyspepsia. She cannot stand long
enough to fold laundry or sit through a movie.
DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

COMPARISON: CT lumbar spine 10/02/2025: bilateral facet arthropathy at L4-L5 and L5-S1.

CONSENT: Written informed consent. Time-out performed.

TECHNIQUE: Prone. Sterile prep. Under intermittent fluoroscopic guidance, 22-gauge spinal needles were placed
on each side at the junction of the superior articular and transverse processes of L4 and L5 (L3 and L4
medial branches) and at the sacral ala (L5 dorsal ramus). After negative aspiration the anesthetic below
was placed at each of the six targets.

MEDICATIONS: Bupivacaine 0.5%, 0.5 mL at each of 6 sites.

FLUOROSCOPY TIME: 1.4 minutes; air kerma 18 mGy; DAP 5.2 Gy*cm2.

FINDINGS: Needle tips at the expected medial branch locations on AP and oblique projections.
Pain 6/10 before; 1/10 at 30 minutes (approximately 85% relief). Pain diary provided.

COMPLICATIONS: None.

IMPRESSION:
1. Diagnostic bilateral L4-L5 and L5-S1 medial branch blocks.
2. Immediate relief about 85%.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-02-17",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fau-mbb-02", "radiology_report", """
PROCEDURE: Right C3-C4 and C4-C5 cervical facet medial branch blocks, diagnostic, fluoroscopy

HISTORY: Right-sided neck pain for 18 months radiating to the suboccipital region, worse with rotation;
no arm symptoms. Twelve weeks of physical therapy did not help and a trial of cyclobenzaprine caused
drowsiness. He cannot check his blind spot when driving.
DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

COMPARISON: Cervical spine radiographs 06/30/2026: right C3-C4 and C4-C5 facet hypertrophy.

TECHNIQUE: Prone. Sterile preparation. Time-out performed. Under intermittent fluoroscopic guidance
25-gauge needles were placed at the waists of the right C3, C4 and C5 articular pillars (right C3, C4 and C5
medial branches), confirmed on lateral view, and the anesthetic below was injected at each.

MEDICATIONS: Lidocaine 2%, 0.3 mL at each of 3 sites.

FLUOROSCOPY TIME: 0.8 min. 7 mGy. DAP 1.1 Gy*cm2.

FINDINGS: Needle tips on the lateral mass waists at the three targeted levels.
Pre-block pain 7/10. Post-block pain 1/10 at 20 minutes (roughly 85% relief).

COMPLICATIONS: None.

IMPRESSION:
1. Right C3-C4 and C4-C5 diagnostic medial branch blocks.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 18)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-07-14", pos="22", consent=False,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["consent"],
        comment="no consent statement anywhere in the report")

    add("fau-mbb-03", "radiology_report", """
EXAM: LEFT L3-L4, L4-L5 AND L5-S1 MEDIAL BRANCH BLOCKS (DIAGNOSTIC)

HISTORY: Left-sided low back pain for 8 months, worse bending backward and rising from a chair; no
radiating leg pain. Physical therapy for 10 weeks without benefit; naproxen not tolerated. He has had to
stop golf and cannot stand to wash dishes for more than a few minutes.
DIAGNOSIS: Lumbar spondylosis (M47.816).

COMPARISON: MRI lumbar spine 08/19/2026: left-sided facet arthropathy with small effusions at L3-L4, L4-L5
and L5-S1.

CONSENT: Informed consent obtained. Time-out performed.

TECHNIQUE: Prone. Sterile technique. Under intermittent fluoroscopic guidance 22-gauge needles were placed
on the left at the L2, L3 and L4 medial branches and the left L5 dorsal ramus. Anesthetic below at each of
the four targets.

MEDICATIONS: Bupivacaine 0.75%, 0.5 mL per site, 4 sites.

FLUOROSCOPY TIME: 1.2 minutes. 13 mGy. DAP 3.9 Gy*cm2.

FINDINGS: Satisfactory needle position at all four targets on oblique views.
Pain score 7/10 before, 1/10 after (over 80% relief).

COMPLICATIONS: None.

IMPRESSION:
1. Left L3-L4, L4-L5 and L5-S1 diagnostic medial branch blocks.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-09-08",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["level_limit"], comment="three lumbar joints in one session")

    add("fau-mbb-04", "radiology_report", """
EXAM: BILATERAL C5-C6 FACET MEDIAL BRANCH BLOCKS, DIAGNOSTIC, UNDER FLUOROSCOPY

HISTORY: Mid-neck pain on both sides for 14 months, worse looking up, without radiating arm pain. Physical
therapy for 3 months and a course of diclofenac brought no lasting relief. She can no longer work at a
computer for more than half an hour.
DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

COMPARISON: CT cervical spine 01/05/2026: bilateral C5-C6 facet degeneration.

CONSENT: Signed consent after discussion of risks and benefits. Time-out done.

TECHNIQUE: Prone. Sterile technique. Under intermittent fluoroscopic guidance, 25-gauge needles were placed
on the right and left C5 and C6 articular pillars (C5 and C6 medial branches), checked on lateral view, and
the anesthetic below was given at each of the four targets.

MEDICATIONS: Bupivacaine 0.5%, 0.3 mL per target.

FLUOROSCOPY TIME: 0.9 minutes. 8 mGy. DAP 1.4 Gy*cm2.

FINDINGS: Appropriate needle positions bilaterally.
Pain 6/10 before; 0/10 at 30 minutes (complete relief).

COMPLICATIONS: None.

IMPRESSION:
1. Bilateral C5-C6 diagnostic medial branch blocks; complete short-term relief.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 6)],
        pain=(6, 0), need=SPINE_NEED, dos="2026-04-21", codes=[line("64490", "50", "KX")], findings=[])

    add("fau-facet-01", "radiology_report", """
EXAM: CT-GUIDED BILATERAL L4-L5 FACET JOINT INJECTIONS (INTRA-ARTICULAR, THERAPEUTIC)

HISTORY: Axial low back pain for 3 years, worse with extension and standing; no leg pain. Twelve weeks of
physical therapy and NSAIDs gave no lasting relief. She cannot stand at the sink or walk her dog. Two
diagnostic medial branch blocks at L4-L5 (02/2026 with lidocaine and 03/2026 with bupivacaine) gave 90% and
85% relief. She prefers steroid injections to radiofrequency ablation for now.
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).

COMPARISON: CT lumbar spine 01/12/2026: bilateral L4-L5 facet arthropathy with joint effusions.

CONSENT: Written consent obtained. Time-out performed.

TECHNIQUE: Prone in the CT gantry. Localizer and axial images were obtained. Under intermittent CT
guidance, 22-gauge needles were advanced into the right and left L4-L5 facet joints. A small volume of
contrast was given on each side and an arthrogram confirmed intra-articular position before the therapeutic
injectate below was placed.

MEDICATIONS: Omnipaque 300, 0.3 mL per joint. Triamcinolone 20 mg with 0.5 mL of 0.5% bupivacaine into
each joint.

CT DOSE: CTDIvol 9.8 mGy; DLP 110 mGy*cm.

FINDINGS: Arthrograms of both L4-L5 facet joints without extravasation.
Pre-procedure pain 7/10. Post-procedure pain 2/10.

COMPLICATIONS: None.

IMPRESSION:
1. CT-guided bilateral L4-L5 intra-articular facet injections.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="ct", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.6, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-05-05", codes=[line("64493", "50"), line("J3301", units=4)],
        findings=[])

    add("fau-facet-02", "radiology_report", """
PROCEDURE: Right L5-S1 facet joint injection, therapeutic, fluoroscopic guidance

HISTORY: Right low back and buttock pain for 6 months, worse with twisting and extension, no radiation
below the knee. Physical therapy for 8 weeks did not help and ibuprofen caused gastritis. Unable to lift
boxes at work.
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).

COMPARISON: MRI lumbar spine 06/02/2026: right L5-S1 facet arthropathy with edema.

CONSENT: Written consent obtained. Time-out performed.

TECHNIQUE: Prone oblique. Under intermittent fluoroscopic guidance a 22-gauge needle was advanced into the
inferior recess of the right L5-S1 facet joint. Contrast arthrogram confirmed intra-articular position, then
the steroid mixture was injected.

MEDICATIONS: Omnipaque 240, 0.5 mL. Depo-Medrol 40 mg with 0.5 mL of 1% lidocaine.

FLUOROSCOPY TIME: 0.4 minutes; 5 mGy; DAP 0.9 Gy*cm2.

FINDINGS: Arthrogram of the right L5-S1 facet joint, no vascular uptake.
Pain 6/10 pre; 2/10 post.

COMPLICATIONS: None.

IMPRESSION:
1. Therapeutic right L5-S1 intra-articular facet injection.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-06-23", pos="22", codes=[line("64493", "RT")],
        findings=["diagnostic_block_relief"], comment="therapeutic facet injection without prior diagnostic blocks")

    add("fau-rfa-01", "radiology_report", """
EXAM: RIGHT L4-L5 AND L5-S1 RADIOFREQUENCY ABLATION OF THE MEDIAL BRANCHES, FLUOROSCOPIC GUIDANCE

HISTORY: Right axial low back pain for 4 years, worse with extension. Physical therapy for 12 weeks with no
lasting improvement; NSAIDs not tolerated (GI bleed history). Cannot walk a full round of golf or stand
to cook. Dual diagnostic medial branch blocks: 04/2026 lidocaine 90% relief, 05/2026 bupivacaine 85% relief,
each for the expected duration of the anesthetic.
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).

COMPARISON: None.

CONSENT: Written informed consent. Time-out performed.

TECHNIQUE: Prone. Sterile prep. Under intermittent fluoroscopic guidance, 18-gauge RF cannulas with 10 mm
active tips were placed parallel to the right L3 and L4 medial branches and the right L5 dorsal ramus.
Sensory stimulation at 50 Hz reproduced concordant pain below 0.5 V; motor stimulation at 2 Hz to 2 V showed
no radicular twitch. After anesthetic at each site, thermal lesions were made at 80 degrees C for 90 seconds.

MEDICATIONS: Lidocaine 2%, 1 mL at each of 3 sites before lesioning. Bupivacaine 0.5%, 0.5 mL at each of
3 sites after lesioning.

FLUOROSCOPY TIME: 2.1 minutes. 25 mGy. DAP 7.0 Gy*cm2.

FINDINGS: Cannula positions confirmed on AP and oblique views.
Pre-procedure pain 7/10; post-procedure 2/10.

COMPLICATIONS: None.

IMPRESSION:
1. Right L4-L5 and L5-S1 facet radiofrequency neurotomy (L3, L4 medial branches; L5 dorsal ramus).
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60), given("bupivacaine", 7.5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-07-07", pos="22",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[])


def _others(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Sacroiliac joints (3 notes), then joints, augmentation and sympathetic blocks."""
    add("fau-sij-01", "radiology_report", """
EXAM: LEFT SACROILIAC JOINT INJECTION, THERAPEUTIC, UNDER FLUOROSCOPY

HISTORY: Left buttock pain below the posterior superior iliac spine for 6 months; positive thigh thrust,
FABER and compression tests. Eight weeks of physical therapy failed and naproxen gave no benefit. She cannot
sit through a church service or walk more than two blocks. Diagnostic left SI joint block on 03/10/2026 with
lidocaine gave 80% relief for the duration of the anesthetic.
DIAGNOSIS: Sacroiliitis, not elsewhere classified (M46.1), left.

COMPARISON: Pelvis radiograph 01/2026: mild left SI joint sclerosis.

CONSENT: Informed written consent obtained. Time-out performed.

TECHNIQUE: Prone. Sterile prep. The C-arm was rotated to separate the anterior and posterior joint lines.
Under intermittent fluoroscopic guidance a 22-gauge spinal needle was advanced into the inferior third of the
left SI joint. An arthrogram confirmed intra-articular position; the medications below followed.

MEDICATIONS: Omnipaque 240, 0.5 mL. Depo-Medrol 40 mg (1 mL) with 1 mL of 1% lidocaine.

FLUOROSCOPY TIME: 0.6 minutes. 8 mGy. DAP 2.0 Gy*cm2.

FINDINGS: Contrast outlines the left SI joint without extravasation. AP and oblique images saved.
Pain 7/10 before, 2/10 after the injection (about 70% relief).

COMPLICATIONS: None.

IMPRESSION:
1. Therapeutic left sacroiliac joint injection.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-04-14", codes=[line("27096", "LT"), line("J1010", units=40)],
        findings=[])

    add("fau-sij-02", "radiology_report", """
EXAM: CT-GUIDED RIGHT SACROILIAC JOINT INJECTION (THERAPEUTIC)

HISTORY: Right buttock and groin pain for 9 months after a fall; three provocative SI tests positive. Physical
therapy for 10 weeks with no improvement; NSAIDs not tolerated. He cannot climb the stairs to his bedroom
without stopping. Prior diagnostic right SI joint block (05/2026) gave 90% relief during the anesthetic phase.
DIAGNOSIS: Sacroiliitis (M46.1), right.

COMPARISON: CT pelvis 04/2026: right SI joint subchondral sclerosis and erosions.

CONSENT: Written consent signed. Time-out completed.

TECHNIQUE: Prone in the CT gantry. Under CT guidance a 22-gauge spinal needle was advanced into the
posterior inferior right SI joint. Contrast confirmed intra-articular spread; then the medications below.

MEDICATIONS: Isovue 300, 0.5 mL. Kenalog 40 mg (1 mL) with 2 mL of 0.25% bupivacaine.

CT DOSE: CTDIvol 8.1 mGy; DLP 96 mGy*cm.

FINDINGS: Intra-articular contrast within the right SI joint. Images in two views (axial and oblique
reformat) saved.
Pain 8/10 pre-injection; 3/10 post-injection.

COMPLICATIONS: None.

IMPRESSION:
1. CT-guided right SI joint injection.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="ct", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-08-04", pos="22", codes=[line("27096", "RT")],
        findings=["percent_relief"], comment="relief only implied by pre/post scores")

    add("fau-sij-03", "radiology_report", """
PROCEDURE: BILATERAL SACROILIAC JOINT INJECTIONS, DIAGNOSTIC, FLUOROSCOPIC GUIDANCE

HISTORY: Low back pain centred over both SI joints for 5 months, with positive distraction, thigh thrust
and compression tests on each side. Physical therapy for 6 weeks without relief; acetaminophen and
ibuprofen no help. He cannot stand through his shift at the warehouse.
DIAGNOSIS: Sacroiliitis, not elsewhere classified (M46.1), bilateral.

COMPARISON: MRI pelvis 02/2026: mild bilateral SI joint degenerative change.

CONSENT: Consent obtained in writing. Time-out performed.

TECHNIQUE: Prone. Sterile prep. Under intermittent fluoroscopic guidance 22-gauge needles were placed into
the inferior aspect of the right and left SI joints. Contrast confirmed intra-articular position on each
side before the anesthetic below.

MEDICATIONS: Omnipaque 300, 0.5 mL per side. Bupivacaine 0.5%, 2 mL per side.

FLUOROSCOPY TIME: 1.0 minutes. 12 mGy. DAP 3.4 Gy*cm2.

FINDINGS: Bilateral SI joint arthrograms. AP and oblique images of each joint saved.
Pain 6/10 before the block and 1/10 at 30 minutes, about 85% relief.

COMPLICATIONS: None.

IMPRESSION:
1. Diagnostic bilateral SI joint injections; positive response (about 85% relief).
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-03-03", pos="22", codes=[line("27096", "50")], findings=[])
    _joints(add, proc, line, given)
    _augmentation_sympathetic(add, proc, line, given)


def _joints(add, proc, line, given) -> None:  # noqa: N803
    """Hip, shoulder and knee arthrograms with injection (5 notes, 2 with a gap)."""
    add("fau-hip-01", "radiology_report", """
EXAM: FLUOROSCOPY-GUIDED RIGHT HIP JOINT INJECTION

HISTORY: Right groin pain with limited internal rotation for 1 year; difficulty putting on shoes.
DIAGNOSIS: Primary osteoarthritis, right hip (M16.11).

COMPARISON: Right hip radiographs 05/2026: moderate superolateral joint space narrowing.

CONSENT: Risks and benefits reviewed; verbal and written consent obtained. Time-out performed.

TECHNIQUE: Supine. The right femoral head-neck junction was marked under fluoroscopy and prepped. A 22-gauge
spinal needle was advanced to the femoral neck. A small amount of contrast produced an arthrogram that
confirmed intra-articular position; the medications below were injected.

MEDICATIONS: Omnipaque 240, 2 mL. Kenalog 40 mg (1 mL) with 4 mL of 0.5% ropivacaine.

FLUOROSCOPY TIME: 0.3 minutes. 3 mGy. DAP 0.8 Gy*cm2.

FINDINGS: Contrast outlines the right hip joint capsule and recesses.
Pain 7/10 pre-injection; 2/10 post-injection at 10 minutes.

COMPLICATIONS: None.

IMPRESSION:
1. Right hip intra-articular injection under fluoroscopy.
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 20)],
        pain=(7, 2), need=("diagnosis",), dos="2026-06-16",
        codes=[line("20610", "RT"), line("77002"), line("J3301", units=4), line("Q9966", units=2)], findings=[])

    add("fau-hip-02", "radiology_report", """
PROCEDURE: LEFT HIP ARTHROGRAM AND THERAPEUTIC INJECTION, FLUOROSCOPIC GUIDANCE

CLINICAL INDICATION: Left hip pain for 8 months limiting walking; osteoarthritis.
DIAGNOSIS: Primary osteoarthritis, left hip (M16.12).

COMPARISON: Radiographs 02/2026.

CONSENT: Written informed consent. Time-out performed.

TECHNIQUE: Supine. Under fluoroscopic guidance a 20-gauge spinal needle was advanced into the left hip joint
via an anterior approach. Arthrogram confirmed intra-articular position, followed by the medications below.

MEDICATIONS: Isovue-M 200, 1 mL. Methylprednisolone acetate 80 mg (2 mL) with 3 mL of 1% lidocaine.

FLUOROSCOPY TIME: 0.4 min; 4 mGy; DAP 1.0 Gy*cm2.

FINDINGS: Intra-articular contrast distending the left hip capsule.
Pre-procedure pain 8/10; post-procedure pain 3/10.

IMPRESSION:
1. Left hip intra-articular steroid injection.
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="left", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 30)],
        pain=(8, 3), need=("diagnosis",), dos="2026-10-06", pos="22", complications=None,
        codes=[line("20610", "LT"), line("77002", "26")], findings=["complications"],
        comment="no complications statement")

    add("fau-hip-03", "radiology_report", """
EXAM: CT-GUIDED RIGHT HIP INJECTION

HISTORY: Right hip pain for 2 years with pain on weight bearing; body habitus limited fluoroscopic
visualization, so CT guidance was used. Unable to walk more than one block.
DIAGNOSIS: Primary osteoarthritis, right hip (M16.11).

COMPARISON: CT pelvis 09/2026.

CONSENT: Written consent obtained. Time-out performed.

TECHNIQUE: Supine in the CT gantry. Under intermittent CT guidance a 20-gauge spinal needle was advanced
into the right hip joint at the femoral head-neck junction. Contrast confirmed intra-articular placement;
the medications below were given.

MEDICATIONS: Omnipaque 300, 1 mL. Dexamethasone 8 mg (2 mL of 4 mg/mL) with 4 mL of 0.25% bupivacaine.

CT DOSE: CTDIvol 11 mGy; DLP 140 mGy*cm.

FINDINGS: Intra-articular contrast in the right hip.
Pain 6/10 before; 1/10 after.

COMPLICATIONS: None.

IMPRESSION:
1. CT-guided right hip intra-articular injection.
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="ct",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 8), given("bupivacaine", 10)],
        pain=(6, 1), need=("diagnosis",), dos="2026-11-10", pos="22", payer="commercial_generic",
        codes=[line("20610", "RT"), line("77012", "26")], findings=[])

    add("fau-shoulder-01", "radiology_report", """
EXAM: RIGHT GLENOHUMERAL JOINT INJECTION UNDER FLUOROSCOPY

HISTORY: Right shoulder pain and stiffness for 10 months; cannot reach overhead to a kitchen shelf.
DIAGNOSIS: Primary osteoarthritis, right shoulder (M19.011).

COMPARISON: Right shoulder radiographs 03/2026: glenohumeral joint space loss with inferior osteophyte.

CONSENT: Consent obtained in writing. Time-out performed.

TECHNIQUE: Supine with the arm in external rotation. Under fluoroscopic guidance a 22-gauge spinal needle was
advanced via an anterior approach into the right glenohumeral joint; an arthrogram confirmed intra-articular
position. The medications below were injected.

MEDICATIONS: Omnipaque 300, 1 mL. Betamethasone (Celestone) 6 mg with 4 mL of 1% lidocaine.

FLUOROSCOPY TIME: 0.2 minutes. 2 mGy. DAP 0.4 Gy*cm2.

FINDINGS: Contrast fills the right glenohumeral joint and subscapularis recess.
Pain 6/10 before and 2/10 after.

COMPLICATIONS: None.

IMPRESSION:
1. Right glenohumeral joint injection.
""",
        procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2026-05-26",
        codes=[line("20610", "RT"), line("77002"), line("J0702", units=1), line("Q9967", units=1)], findings=[])

    add("fau-knee-01", "radiology_report", """
EXAM: FLUOROSCOPIC LEFT KNEE ARTHROGRAM WITH INJECTION

HISTORY: Left knee pain for 3 years; cannot kneel or use stairs.
DIAGNOSIS: Knee osteoarthritis.

COMPARISON: Left knee radiographs 07/2026: medial compartment narrowing.

CONSENT: Written consent obtained. Time-out performed.

TECHNIQUE: Supine. Under fluoroscopic guidance a 22-gauge needle was advanced into the left knee joint by a
lateral suprapatellar approach. Contrast confirmed intra-articular position; the medications below were
injected.

MEDICATIONS: Omnipaque 240, 1 mL. Triamcinolone acetonide 40 mg with 3 mL of 1% lidocaine.

FLUOROSCOPY TIME: 0.2 minutes. 1 mGy. DAP 0.3 Gy*cm2.

FINDINGS: Contrast outlines the left knee joint and suprapatellar recess.
Pain 7/10 pre; 3/10 post.

COMPLICATIONS: None.

IMPRESSION:
1. Left knee intra-articular injection under fluoroscopy.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
        pain=(7, 3), need=(), dos="2026-08-25",
        codes=[line("20610", "LT"), line("77002"), line("J3301", units=4), line("Q9966", units=1)],
        findings=["diagnosis"], comment="'Knee osteoarthritis' without side or code (specificity)")


def _augmentation_sympathetic(add, proc, line, given) -> None:  # noqa: N803
    """Vertebral augmentation (3 notes, 1 with a gap) and sympathetic blocks (2 notes, 1 with a gap)."""
    va_need = ("diagnosis", "symptom_duration", "conservative_care", "imaging_findings")
    add("fau-va-01", "radiology_report", """
EXAM: L1 BALLOON KYPHOPLASTY, FLUOROSCOPIC GUIDANCE

HISTORY: Severe mid-back pain for 6 weeks after lifting a laundry basket, not controlled by a brace and
oral analgesics for 5 weeks; now confined to bed most of the day.
DIAGNOSIS: Age-related osteoporosis with current pathological fracture, vertebra (M80.08XA).

COMPARISON: MRI thoracolumbar spine 02/20/2026: acute L1 compression fracture with 30% height loss and
marrow edema on STIR images; no retropulsion.

CONSENT: Risks including cement leakage, infection and neurologic injury discussed; written consent
obtained. Time-out performed.

TECHNIQUE: Prone. Performed under local anesthesia only; no intravenous sedation. Under biplane fluoroscopic
guidance, bipedicular 11-gauge access cannulas were advanced into the L1 vertebral body. Inflatable bone
tamps were expanded to create cavities, which were filled with PMMA cement under continuous lateral
fluoroscopy.

MEDICATIONS: Lidocaine 1%, 10 mL for skin and periosteum.

FLUOROSCOPY TIME: 6.8 minutes. Reference air kerma 210 mGy. DAP 38 Gy*cm2.

FINDINGS: Good cement fill of the L1 body with interdigitation across the midline; no extravasation into the
canal, foramina or veins. Partial height restoration.
Pain 9/10 before the procedure; 3/10 in recovery.

COMPLICATIONS: None.

IMPRESSION:
1. L1 balloon kyphoplasty without complication.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(9, 3), need=va_need, dos="2026-03-03", pos="22", codes=[line("22514")], findings=[])

    add("fau-va-02", "radiology_report", """
PROCEDURE: PERCUTANEOUS VERTEBROPLASTY, L1 AND L2

HISTORY: Low back pain for 2 months after a fall, despite a brace and tramadol for 6 weeks; she walks only
with assistance.
DIAGNOSIS: Age-related osteoporosis with current pathological fracture, vertebra (M80.08XA).

COMPARISON: CT lumbar spine 09/15/2026: acute L1 compression fracture with anterior wedging.

CONSENT: Written consent obtained. Time-out performed.

TECHNIQUE: Prone. Under local anesthesia (no sedation) and biplane fluoroscopic guidance, 13-gauge needles
were placed transpedicularly into the L1 and L2 vertebral bodies. PMMA cement was injected at each level under
lateral fluoroscopic monitoring; no cavity was created.

MEDICATIONS: Lidocaine 1%, 8 mL.

FLUOROSCOPY TIME: 5.2 minutes. 160 mGy. DAP 29 Gy*cm2.

FINDINGS: Cement fills L1 and L2 without epidural or venous leakage.
Pain 8/10 before; 4/10 after.

COMPLICATIONS: None.

IMPRESSION:
1. Vertebroplasty at L1 and L2.
""",
        procs=[proc("vertebral_augmentation", approach="vertebroplasty", region="lumbar", levels=["L1", "L2"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 80)],
        pain=(8, 4), need=va_need[:3], dos="2026-09-22", pos="22",
        codes=[line("22511"), line("22512")], findings=["imaging_findings"],
        comment="imaging shows a fracture at L1 only; L2 also treated")

    add("fau-va-03", "radiology_report", """
EXAM: T8 VERTEBROPLASTY UNDER FLUOROSCOPY

HISTORY: Thoracic back pain for 5 weeks after a cough, unrelieved by a thoracolumbar brace and
oxycodone for 4 weeks; unable to sit up for meals.
DIAGNOSIS: Age-related osteoporosis with current pathological fracture, vertebra (M80.08XA).

COMPARISON: MRI thoracic spine 05/11/2026: acute T8 compression fracture with STIR hyperintense marrow
edema and 25% loss of height.

CONSENT: Written informed consent. Time-out performed.

TECHNIQUE: Prone. Local anesthesia only, no sedation. Under biplane fluoroscopic guidance an 11-gauge needle
was advanced through the left T8 pedicle into the anterior third of the vertebral body. PMMA cement was
injected under lateral fluoroscopy without cavity creation.

MEDICATIONS: Bupivacaine 0.25%, 10 mL.

FLUOROSCOPY TIME: 4.1 minutes. 120 mGy. DAP 21 Gy*cm2.

FINDINGS: Satisfactory cement fill of T8 crossing the midline; no leakage.
Pain 8/10 pre; 2/10 post.

COMPLICATIONS: None.

IMPRESSION:
1. T8 vertebroplasty.
""",
        procs=[proc("vertebral_augmentation", approach="vertebroplasty", region="thoracic", levels=["T8"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("bupivacaine", 25)],
        pain=(8, 2), need=va_need, dos="2026-05-19", pos="22", codes=[line("22510")], findings=[])

    add("fau-lsb-01", "radiology_report", """
EXAM: CT-GUIDED LEFT LUMBAR SYMPATHETIC BLOCK, L2 AND L3

HISTORY: Burning left foot pain with allodynia, swelling and color change for 8 months after a left ankle
fracture.
DIAGNOSIS: Complex regional pain syndrome I of left lower limb (G90.522).

COMPARISON: None.

CONSENT: Written consent obtained after discussion of risks.

TECHNIQUE: Prone in the CT gantry. Under intermittent CT guidance 22-gauge needles were advanced to the
anterolateral margins of the left L2 and L3 vertebral bodies. Contrast confirmed spread along the
sympathetic chain without vascular or psoas uptake; the anesthetic below was divided between the needles.

MEDICATIONS: Omnipaque 300, 2 mL. Bupivacaine 0.25%, 10 mL.

CT DOSE: CTDIvol 12 mGy; DLP 160 mGy*cm.

FINDINGS: Contrast along the left lumbar sympathetic chain at L2 and L3. Left foot skin temperature rose
by 2 degrees C.
Pain 8/10 before; 3/10 after.

COMPLICATIONS: None.

IMPRESSION:
1. CT-guided left lumbar sympathetic block at L2 and L3.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L2", "L3"], imaging="ct", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-10-20",
        codes=[line("64520"), line("77012"), line("Q9967", units=2)], findings=["time_out"],
        comment="no time-out documented")

    add("fau-impar-01", "radiology_report", """
EXAM: GANGLION IMPAR BLOCK, FLUOROSCOPIC GUIDANCE

HISTORY: Coccygeal pain for 1 year, worse sitting; a cushion and NSAIDs have not helped.
DIAGNOSIS: Coccygodynia (M53.3).

COMPARISON: Sacrococcygeal radiographs 04/2026: no fracture.

CONSENT: Written consent obtained. Time-out performed.

TECHNIQUE: Prone. Under intermittent fluoroscopic guidance a 22-gauge spinal needle was advanced through the
sacrococcygeal junction to its anterior surface. Contrast on the lateral view showed a retroperitoneal
"apostrophe" spread anterior to the junction; the medications below were injected.

MEDICATIONS: Isovue-M 300, 1 mL. Bupivacaine 0.5%, 4 mL, with triamcinolone 40 mg.

FLUOROSCOPY TIME: 0.5 min. 6 mGy. DAP 1.3 Gy*cm2.

FINDINGS: Appropriate retrorectal contrast spread without vascular uptake.
Pain 7/10 pre-procedure; 1/10 post-procedure.

COMPLICATIONS: None.

IMPRESSION:
1. Ganglion impar block.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iopamidol", 1, "ml"), given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(7, 1), need=("diagnosis",), dos="2026-11-17",
        codes=[line("64999"), line("77002"), line("Q9967", units=1), line("J3301", units=4)], findings=[])
