"""The 30 notes of the sealed batch: written in wordings of our own, gold labelled before any Painpoint run.
About 60% are complete, 40% leave out one or two elements (the `findings` of each `add`)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    # ---------------- interlaminar / caudal epidurals ----------------
    add("fu-ilesi-01", "operative_report", """
OPERATIVE REPORT
Procedure performed: Lumbar epidural steroid injection, interlaminar, L5-S1, midline approach, under fluoroscopy.
Preoperative diagnosis: Lumbar radiculopathy (M54.16).
History: 67-year-old woman with pain from the left buttock down the back of the thigh to the lateral calf and
foot, with tingling in the small toes, present since early September (about 5 months). Straight-leg raise is
positive on the left at 40 degrees and the left ankle jerk is diminished. A 10-week course of formal physical
therapy and daily meloxicam gave her no meaningful improvement. She now cannot stand long enough to cook a meal
and has stopped her morning walks. Lumbar MRI 12/2025 shows an L5-S1 left paracentral disc extrusion
contacting the descending left S1 nerve root.
Pain before the procedure: 8/10.
Description: Informed consent was obtained after risks and alternatives were reviewed. A time-out confirmed
patient, procedure and level. Prone on the fluoroscopy table; sterile prep and drape. Skin anesthetized with
3 mL of 1% lidocaine. A 20-gauge Tuohy needle was advanced in the midline at L5-S1 with loss of resistance to
saline. Omnipaque 240, 2 mL, outlined the epidural space on the lateral view without vascular or intrathecal
spread. 80 mg of Depo-Medrol mixed with 3 mL preservative-free saline was injected. Anteroposterior and lateral
fluoroscopic images were stored.
Pain after: 3/10. Complications: none. Discharged ambulatory.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-03", codes=[line("62323"), line("J1010", units=80)],
        findings=[])

    add("fu-ilesi-02", "smarttext", """
Procedure: Interlaminar epidural steroid injection
Spinal level: L4-L5
Approach: right paramedian
Guidance: fluoroscopic
Diagnosis: Spinal stenosis, lumbar region with neurogenic claudication (M48.062)
Symptoms: bilateral leg heaviness and aching into both calves when walking, relieved by sitting; duration 8 months
Prior treatment: He did physical therapy and takes naproxen.
Function: walking limited to about 100 yards; needs a cart to shop
Imaging: MRI lumbar spine - moderate to severe central canal stenosis at L4-5 from facet and ligamentum hypertrophy
Pain score (pre): 7/10
Consent: written consent on file
Time-out: performed
Details: 18 g Tuohy needle, loss of resistance at L4-5; Isovue-M 200 1.5 mL with epidural spread; triamcinolone
(Kenalog) 80 mg diluted in 2 mL normal saline injected. Images: AP and lateral saved.
Pain score (post): 2/10
Complications: none
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1.5, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 2), need=minus(ESI_NEED, "conservative_care"), dos="2026-03-17", payer="medicare_cgs",
        codes=[line("62323"), line("J3301", units=8)], findings=["conservative_care"],
        comment="conservative care only listed, with no outcome")

    add("fu-ilesi-03", "dictated", """
cervical epidural steroid injection C6 C7 interlaminar

this is a 58 year old man seen for neck pain going into the right shoulder blade and down the right arm to the
thumb and index finger with numbness in those fingers. it started about four months ago after he was moving
furniture. on exam his right biceps reflex is reduced and wrist extension is four out of five. he went through
six weeks of physical therapy and a medrol dose pack and neither one helped his arm pain. he is a mechanic and
has not been able to work overhead since this started, he is on light duty. mri of the cervical spine shows a
right c5 c6 and c6 c7 foraminal narrowing from uncovertebral spurring worst at c6 7. diagnosis cervical
radiculopathy m54.12. pain today is seven out of ten.

consent was signed and we did a time out. he was placed prone and the neck was prepped. under fluoroscopy an
18 gauge tuohy needle was walked in a left paramedian... correction, right paramedian approach at c6 c7 and loss
of resistance was obtained. omnipaque 240 one milliliter showed epidural flow on the contralateral oblique view.
dexamethasone 10 milligrams with 2 milliliters of saline was injected. A P and contralateral oblique images were
saved. afterwards he rated his pain two out of ten. no complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-04-08", pos="22", codes=[line("62321")], findings=[])

    add("fu-caudal-01", "shorthand", """
Caudal ESI - fluoro
Dx: lumbosacral radiculopathy M54.17, s/p L4-S1 fusion 2019
Hx: 7 mo bilat post thigh + calf pain, R>L, burning soles; +SLR R. PT 8 wks -> no change; duloxetine -> nausea,
stopped. Can't sit > 20 min, quit choir.
Pre 6/10. Consent, TO.
Prone. 20 g Tuohy via sacral hiatus, LOR. Omnipaque 240 3 mL: caudal epidural fill to S1, no vascular. Kenalog 80
mg + 6 mL NS. AP + lat saved.
Post 2/10. No cx.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 2), need=minus(ESI_NEED, "imaging_findings"), dos="2026-01-21",
        codes=[line("62323"), line("J3301", units=8)], findings=["imaging_findings"],
        comment="no imaging result named; the fusion is history, not a finding")

    add("fu-ilesi-04", "bullets", """
Lumbar interlaminar ESI, L3-L4, left paramedian
- Indication: mechanical low back pain across the belt line for 1 year, worse with bending; no leg symptoms
- Diagnosis: lumbar radiculopathy, M54.16
- Conservative care: 3 months of PT without lasting relief; celecoxib partially helpful only
- Function: cannot lift laundry baskets or garden
- MRI: L3-4 broad-based disc bulge with mild bilateral foraminal narrowing
- Pre-procedure pain 6/10
- Consent signed, time-out done
- Fluoroscopy; 20 g Tuohy, LOR at L3-4 left paramedian; iohexol 300 1 mL epidural spread; dexamethasone 10 mg
  in 2 mL saline
- AP and lateral images retained
- Post-procedure pain 4/10; no complications
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L3-L4"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 4), need=minus(ESI_NEED, "radicular_findings"), dos="2026-05-12",
        codes=[line("62323"), line("J1100", units=10)], findings=["indication"],
        comment="radiculopathy named but only axial back pain described: radicular findings missing")

    # ---------------- transforaminal epidurals ----------------
    add("fu-tfesi-01", "operative_report", """
PROCEDURE NOTE
Procedure: Right L4-5 and L5-S1 transforaminal epidural steroid injections (right L4 and L5 nerve roots).
Diagnosis: Intervertebral disc disorder with radiculopathy, lumbar region (M51.16).
Indication: Pain radiating down the right anterolateral leg to the top of the foot for 3 months, with reduced
sensation over the dorsum of the foot and weak great-toe extension (4/5). Six weeks of therapy and a gabapentin
trial have not relieved it (gabapentin stopped for dizziness). He can no longer climb the stairs to his
apartment without stopping. MRI: right foraminal disc protrusion at L4-5 with severe right foraminal
narrowing; mild narrowing at L5-S1.
Pre-procedure NRS 9/10.
Consent obtained; universal protocol time-out completed.
Technique: Prone, fluoroscopy. Under oblique views a 22-gauge spinal needle was placed in the safe triangle of
the right L4-5 foramen and then the right L5-S1 foramen. Omnipaque 240, 1 mL at each level, showed perineural
and epidural spread without vascular uptake. At each level 5 mg dexamethasone with 1 mL 1% lidocaine
(preservative-free) was injected. AP and lateral images saved for both levels.
Post-procedure NRS 3/10. No complications. Discharged with a driver.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(9, 3), need=ESI_NEED, dos="2026-02-24",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", units=10)], findings=[])

    add("fu-tfesi-02", "smarttext", """
PROCEDURE: Transforaminal ESI   SIDE: Bilateral   LEVEL(S): L5-S1
DX: Lumbar spinal stenosis with neurogenic claudication M48.062; bilateral L5 radiculopathy
HPI: Both legs ache and go numb down the outer calves after 5 minutes of walking, for the past 6 months. Has had
8 weeks of PT and a home program; symptoms unchanged. Pregabalin caused leg swelling and was stopped. Stopped
volunteering at the food bank because he cannot stand.
IMAGING: MRI - bilateral L5-S1 foraminal stenosis, moderate on both sides, with facet overgrowth.
PAIN PRE: 7/10
CONSENT: Yes   TIME-OUT: Yes
PROCEDURE DETAIL: Fluoroscopic guidance. 22 g needles to the left and right L5-S1 foramina. Isovue-M 300 1 mL each
side, no intravascular spread. Betamethasone (Celestone Soluspan) 6 mg total, 3 mg per side, with 1 mL 1%
lidocaine per side. Images saved.
PAIN POST: 3/10
COMPLICATIONS: None
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("lidocaine", 20)],
        pain=(7, 3), need=ESI_NEED, dos="2026-06-02",
        codes=[line("64483", "50"), line("J0702", units=1)], findings=["saved_images"],
        comment="'Images saved.' without two views")

    add("fu-tfesi-03", "dictated", """
Left C6 transforaminal epidural steroid injection.

The patient is a 49 year old woman with left sided neck pain shooting into the lateral forearm and the thumb,
with pins and needles in the thumb, and a positive Spurling's to the left. Diagnosis cervical radiculopathy
M54.12. She has done physical therapy period she finished six weeks of it without improvement and
cyclobenzaprine made her too sleepy. CT myelogram shows a left C5-6 foraminal disc osteophyte complex narrowing
the left C5-6 foramen. Pain is rated 8 over 10.

After consent and a time out she was placed supine with the head turned. Using fluoroscopy a 25 gauge blunt
needle was advanced to the posterior aspect of the left C5-6 foramen. Isovue M 200 half a cc under live
fluoroscopy and digital subtraction showed no vascular pattern. Dexamethasone 4 mg was injected. AP and oblique
views were kept. Post procedure pain 3 over 10. She tolerated it well, no complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C5-C6"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 3), need=minus(ESI_NEED, "symptom_duration", "functional_impairment"), dos="2026-07-14",
        codes=[line("64479", "LT"), line("J1100", units=4)],
        findings=["functional_impairment", "symptom_duration"],
        comment="how long the arm pain lasted and what it keeps her from doing are not written")

    add("fu-tfesi-04", "bullets", """
Right S1 transforaminal ESI (repeat)
* Dx: lumbosacral radiculopathy (M54.17)
* Right posterior calf and lateral foot pain with numbness of the small toe since March (8 months); right
  ankle reflex absent; SLR positive on the right at 45 degrees
* Prior right S1 TFESI on 2026-07-09 gave about 70% relief for 15 weeks; pain has now returned
* Failed PT x 6 weeks and NSAIDs before the first injection
* Unable to walk his dog or sit through a drive longer than 30 minutes
* MRI: right L5-S1 paracentral protrusion displacing the right S1 root
* Pre 7/10
* Consent + time-out
* Fluoro; 22 g needle through the right S1 foramen (dorsal sacral foramen); Omnipaque 240 1 mL neurogram
  along S1; dexamethasone 10 mg
* AP/lateral images saved
* Post 2/10; no complications
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="right",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-11-03", payer="medicare_fcso",
        codes=[line("64483", "RT"), line("J1100", units=10)], findings=[])

    # ---------------- facet blocks and ablation ----------------
    add("fu-mbb-01", "operative_report", """
PROCEDURE: Bilateral lumbar medial branch blocks, diagnostic (first block)
Targets: L3 and L4 medial branches and L5 dorsal rami, both sides (L4-5 and L5-S1 facet joints)
DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
INDICATION: Axial low back pain for 2 years, worse with standing and twisting, no leg symptoms. Twelve weeks
of physical therapy, daily acetaminophen and ibuprofen brought no lasting benefit. She can stand at the sink for
only 10 minutes. MRI shows L4-5 and L5-S1 facet arthropathy with small effusions.
PRE-PROCEDURE PAIN: 7/10.
Informed consent reviewed and signed. Time-out performed.
Under fluoroscopic guidance 22 g spinal needles were placed at the junction of the superior articular and
transverse processes of L4 and L5 and at the sacral ala, on each side. 0.5 mL of 0.5% bupivacaine was given at
each of the six sites.
POST-PROCEDURE PAIN: 1/10 (about 85% relief). A pain diary was given.
COMPLICATIONS: None.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-01-13",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fu-mbb-02", "smarttext", """
Procedure: Medial branch block #2 (confirmatory), lumbar
Side: Right
Joints: L3-4, L4-5, L5-S1 (L2, L3, L4 medial branches and L5 dorsal ramus)
Intent: Diagnostic
Diagnosis: Lumbar facet arthropathy, M47.816
Symptom duration: 18 months of right-sided low back pain
Conservative care: PT 2025 x 8 weeks - no improvement; NSAIDs limited by reflux
Functional status: cannot do yard work; wakes when turning in bed
First MBB on 2026-02-10: 90% relief lasting 6 hours
Imaging guidance: fluoroscopy
Pre pain: 6/10
Consent: obtained / Time-out: completed
Medication: 0.5 mL of 2% lidocaine at each of the four nerves
Post pain: 1/10
Complications: none
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-02-26",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT"), line("64495", "KX", "RT")], findings=["level_limit"],
        comment="third lumbar joint: 64495 is billed and flagged as beyond the LCD level limit (corpora/README.md conventions)")

    add("fu-mbb-03", "shorthand", """
C MBB dx #1 - L C3-4, C4-5 (L C3, C4, C5 MB) - fluoro
Dx M47.812 cervical spondylosis
Axial L neck pain x 14 mo, HA at end of day, worse w/ rotation. Has done PT, chiro, NSAIDs. Can't check
blind spot driving. XR: L C3-5 facet hypertrophy.
Pre 7/10. Consent, TO.
Prone, 25 g needles to L C3, C4, C5 articular pillars (lateral view), 0.3 mL 0.75% ropivacaine each.
Post 2/10. No cx.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 6.75)],
        pain=(7, 2), need=minus(SPINE_NEED, "conservative_care"), dos="2026-03-05", payer="medicare_cgs",
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")], findings=["conservative_care"],
        comment="care listed with no outcome")

    add("fu-facet-ia-01", "dictated", """
Bilateral L4-5 intra-articular facet joint injections, therapeutic.

History. Seventy one year old woman with lumbar facet syndrome, M47.816, with four years of low back pain
that is worse standing and with extension. She did two courses of physical therapy, the last one eight weeks
long, which did not help, and she cannot take NSAIDs because of kidney disease. Standing to cook or shop is
limited to about ten minutes. Two sets of medial branch blocks at L4-5 in 2025 both gave her about 80 percent
relief, but she has a pacemaker dependence issue and ablation was deferred by cardiology, so we are doing
therapeutic joint injections. Her previous intra-articular injection in May gave 60 percent relief for about
four months. Pain today five out of ten.

Procedure. Consent, time out. Prone with fluoroscopy. 22 gauge needle into the left L4-5 facet joint and then
the right. Each joint received 0.5 mL of Kenalog 40 mixed with 0.5 mL of 0.5 percent bupivacaine.
Pain afterwards one out of ten. No complications.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(5, 1), need=SPINE_NEED, dos="2026-09-22",
        codes=[line("64493", "50"), line("J3301", units=4)], findings=[])

    add("fu-rfa-01", "operative_report", """
OPERATIVE NOTE
Procedure: Radiofrequency ablation of the right L3 and L4 medial branches and right L5 dorsal ramus
(right L4-5 and L5-S1 facet joints), fluoroscopic guidance.
Diagnosis: Lumbar spondylosis (M47.816).
Indication: Right-sided axial low back pain for 3 years. Physical therapy (12 weeks, 2025) and NSAIDs did not
help; he cannot stand at his workbench. Two diagnostic medial branch blocks at these levels: 90% relief with
lidocaine (2026-01-20) and 85% relief with bupivacaine (2026-02-05).
Pre-procedure pain 7/10.
Consent signed; time-out done.
Technique: Prone. Skin and tracks anesthetized with 1% lidocaine, 2 mL per level (6 mL). 18 g, 10 cm
cannulas with 10 mm active tips placed parallel to each nerve. Sensory stimulation at 50 Hz reproduced
concordant back pain below 0.5 V; 2 Hz motor testing at 2 V showed no leg contraction. 1 mL 2% lidocaine at
each site, then lesioning at 85 degrees C for 90 seconds at each nerve.
Post-procedure pain 2/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-03",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[])

    add("fu-rfa-02", "bullets", """
Bilateral cervical RFA (C5-6, C6-7)
- Dx: cervical spondylosis M47.812
- 3 years of bilateral posterior neck pain; failed PT x 10 weeks and meloxicam (no relief); cannot turn to
  reverse the car
- Had medial branch blocks before
- Pre-procedure pain 8/10
- Consent / time-out done
- Fluoroscopy; bilateral C5, C6, C7 medial branches; 20 g RF cannulas; sensory 0.4 V concordant, motor
  negative; 1 mL 2% lidocaine per site (6 sites); lesions 80 C x 90 s each
- Post pain 3/10
- No complications
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-08-18",
        codes=[line("64633", "50"), line("64634", "50")], findings=["diagnostic_block_relief"],
        comment="earlier blocks named without their relief; 80 C is thermal")

    add("fu-mbb-04", "dictated", """
right thoracic medial branch blocks T7-8 and T8-9, diagnostic

sixty four year old man with right mid back pain beside the spine for two years since a fall from a ladder,
worse with twisting and lying on his back. diagnosis thoracic spondylosis m47.814. he had eight weeks of
physical therapy in the fall and it did not change his pain, and he could not tolerate tramadol because of
constipation. he has stopped golf and cannot sleep more than three hours. ct of the chest shows right t7 8 and t8
9 facet arthropathy. this is a first diagnostic block. pain six out of ten.

consent signed, time out done. prone under fluoroscopy, 22 gauge needles were placed to the superolateral
corners of the right t7, t8 and t9 transverse processes for the t6, t7 and t8 medial branches, half a
milliliter of 2 percent lidocaine at each one. after the block his pain was zero out of ten, complete relief.
no complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="thoracic", laterality="right",
                    levels=["T7-T8", "T8-T9"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 0), need=SPINE_NEED, dos="2026-11-17",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[],
        comment="T6-T8 medial branches over the T7-T9 transverse processes serve the T7-8 and T8-9 joints")

    # ---------------- sacroiliac ----------------
    add("fu-sij-01", "smarttext", """
PROCEDURE: Left sacroiliac joint injection
INTENT: Diagnostic (first SI joint injection)
DIAGNOSIS: Sacroiliitis, not elsewhere classified (M46.1)
HISTORY: Left buttock pain below the belt line for 7 months; positive Gaenslen, thigh thrust and compression
on the left. PT for 6 weeks did not reduce it; naproxen gave only partial relief. Cannot sit through church.
PRE-PROCEDURE PAIN: 8/10
CONSENT: signed     TIME-OUT: done
TECHNIQUE: Fluoroscopy, inferior left SI joint entered with a 22 g needle. Iohexol 240 0.5 mL arthrogram.
Methylprednisolone 40 mg with 1.5 mL 0.5% bupivacaine. Images: AP and contralateral oblique, saved.
POST-PROCEDURE PAIN: 2/10, 75% relief
COMPLICATIONS: None
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("bupivacaine", 7.5)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-04-21",
        codes=[line("27096", "LT"), line("J1010", units=40)], findings=[],
        comment=None)

    add("fu-sij-02", "dictated", """
bilateral sacroiliac joint injections therapeutic

this gentleman has bilateral sacroiliac joint pain for about a year, m46.1, he did physical therapy for two
months which did not help and celebrex only took the edge off. he can't ride his bike or pick up his
grandchildren. diagnostic sacroiliac blocks in june relieved about eighty percent of his pain for the duration
of the anesthetic. his pain is six out of ten.

he signed the consent. prone, fluoroscopy. a 22 gauge needle was placed into each sacroiliac joint at the
inferior pole, omnipaque 240 half a milliliter each side showed the joint outline. 40 mg of kenalog with 1
milliliter of 1 percent lidocaine went into each joint. AP and oblique pictures saved. pain after three out of
ten, fifty percent better. there were no complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 80), given("lidocaine", 20)],
        pain=(6, 3), need=SPINE_NEED, dos="2026-10-06",
        codes=[line("27096", "50"), line("J3301", units=8)], findings=["time_out"])

    add("fu-sij-03", "shorthand", """
R SIJ inj, dx. POS 22.
M46.1 sacroiliitis. R buttock/groin pain 5 mo; +FABER, +thigh thrust R. PT 6 wk failed, ibuprofen no help.
Can't stand > 15 min.
Pre 7/10. Consent, TO. Fluoro, 22 g, Omnipaque 240 0.5 mL arthrogram, 2 mL 0.5% bupiv. AP + obl saved.
Post 1/10 (85% relief). No cx.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-06-30", pos="22", codes=[line("27096", "RT")], findings=[])

    # ---------------- trigger points ----------------
    add("fu-tpi-01", "bullets", """
Trigger point injections
- Dx: myofascial pain, M79.18
- Right neck and shoulder-blade pain for 3 months; cannot work at the computer more than an hour
- Exam: taut bands with local twitch and referred pain in the right upper trapezius, right levator scapulae and
  right rhomboid major
- 3 muscles injected with a 27 g needle, 2 mL of 1% lidocaine in each (6 mL)
- Pain 7/10 before, 2/10 after - roughly 70% relief
- Consent verbal and written; time-out done
- No complications; ice and stretching advised
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=("diagnosis",), dos="2026-05-19", codes=[line("20553")], findings=[])

    add("fu-tpi-02", "shorthand", """
TPI x2 - L QL, L gluteus medius
Dx M79.18 myofascial pain low back
L low back ache x 6 wk, can't sit at desk > 30 min.
Palpable tender nodules w/ twitch + referral in L QL and L glut med.
Consent, TO. 25 g, 0.25% bupiv 3 mL each (6 mL). Pre 6/10, post 3/10. Tol well, no cx.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 3), need=("diagnosis",), dos="2026-09-01", payer="medicare_fcso", codes=[line("20552")],
        findings=["percent_relief"], comment="relief only implied by the scores")

    # ---------------- joints and bursa ----------------
    add("fu-knee-01", "smarttext", """
Procedure: Right knee intra-articular corticosteroid injection, ultrasound guided
Diagnosis: Primary osteoarthritis, right knee (M17.11)
Indication: right knee pain with stairs and kneeling for 2 years; wakes her at night
Pain before: 8/10
Consent: yes     Time-out: yes
Technique: Superolateral approach with a 22 g needle under real-time ultrasound; needle tip seen in the
suprapatellar recess; image saved to the record. Injected triamcinolone 40 mg with 4 mL 1% lidocaine.
Pain after: 3/10
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(8, 3), need=("diagnosis",), dos="2026-02-17", consent=True, complications=None,
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=["complications"])

    add("fu-hip-01", "operative_report", """
PROCEDURE: Left hip intra-articular injection under fluoroscopy
DIAGNOSIS: Unilateral primary osteoarthritis, left hip (M16.12)
INDICATION: Left groin pain with walking for a year; limited internal rotation.
PRE-PROCEDURE PAIN: 7/10
Consent was obtained and a time-out performed. Supine; the left femoral head-neck junction was marked under
fluoroscopy. A 22 g spinal needle was advanced to bone; Omnipaque 240, 2 mL, confirmed an intra-articular
arthrogram. Depo-Medrol 80 mg with 4 mL 0.25% bupivacaine was injected.
POST-PROCEDURE PAIN: 2/10. No complications.
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="left", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 10)],
        pain=(7, 2), need=("diagnosis",), dos="2026-07-28",
        codes=[line("20610", "LT"), line("77002"), line("J1010", units=80), line("Q9966", units=2)], findings=[])

    add("fu-bursa-01", "dictated", """
right greater trochanteric bursa injection

she has lateral right hip pain over the greater trochanter for three months, painful to lie on that side,
diagnosis trochanteric bursitis of the right hip m70.61. pain is six out of ten. we discussed risks and she
consented, and we did a time out. landmark guided, the point of maximal tenderness over the right greater
trochanter was marked and a 22 gauge needle was placed to the bursa, kenalog 40 milligrams with 4 cc of 1
percent lidocaine was injected. afterward her pain was one out of ten. no complications.
""",
        procs=[proc("joint_injection", target="trochanteric_bursa", region="hip", laterality="right",
                    imaging="none", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(6, 1), need=("diagnosis",), dos="2026-08-11", codes=[line("20610", "RT"), line("J3301", units=4)],
        findings=[])

    # ---------------- genicular ----------------
    add("fu-gnb-01", "bullets", """
Left genicular nerve block (diagnostic, before RFA)
- Dx: primary osteoarthritis, left knee, M17.12
- Left knee pain for 4 years; failed PT, NSAIDs and 3 steroid injections; not a surgical candidate
- Pre 7/10
- Time-out done
- Fluoroscopy: 22 g needles to the superomedial, superolateral and inferomedial genicular nerves; 1.5 mL of 0.5%
  bupivacaine at each
- Post 1/10 (85% relief)
- No complications
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left",
                    imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 22.5)],
        pain=(7, 1), need=("diagnosis",), dos="2026-04-14", consent=False,
        codes=[line("64454", "LT")], findings=["consent"])

    add("fu-genrfa-01", "operative_report", """
PROCEDURE: Right knee genicular nerve radiofrequency ablation (superomedial, superolateral, inferomedial)
DIAGNOSIS: Primary osteoarthritis, right knee (M17.11)
INDICATION: Chronic right knee pain for 5 years, declined arthroplasty. Diagnostic genicular block on
2026-03-31 gave 90% relief for 7 hours.
PRE-PROCEDURE PAIN: 8/10
Consent signed; time-out completed. Fluoroscopy. Skin anesthetized with 1% lidocaine 2 mL per site (6 mL).
18 g RF cannulas with 10 mm active tips placed at the three nerves; sensory stimulation concordant at 0.5 V,
no motor response at 2 V. Thermal lesions at 85 C for 90 seconds, two lesions per nerve.
POST-PROCEDURE PAIN: 2/10. No complications.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 2), need=("diagnosis",), dos="2026-04-28", codes=[line("64624", "RT")], findings=[])

    # ---------------- sympathetic ----------------
    add("fu-lsb-01", "smarttext", """
Procedure: Left lumbar sympathetic block at L3
Diagnosis: Complex regional pain syndrome I of left lower limb (G90.522)
Indication: burning pain, allodynia, color and temperature change of the left foot for 6 months after an ankle
fracture
Pain pre: 8/10
Consent: signed   Time-out: done
Technique: Prone, fluoroscopy. 22 g, 15 cm needle to the anterolateral border of the L3 vertebral body on the
left. Omnipaque 240 3 mL: prevertebral spread, no vascular uptake. 10 mL of 0.25% bupivacaine injected in
divided doses.
Result: left foot skin temperature rose from 29 to 34 C
Pain post: 2/10
Complications: none
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 2), need=("diagnosis",), dos="2026-05-05",
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=[])

    # ---------------- spinal cord stimulator trial ----------------
    add("fu-scs-01", "operative_report", """
OPERATIVE REPORT: Percutaneous spinal cord stimulator trial, two 8-contact leads
Diagnosis: Postlaminectomy syndrome (M96.1) with chronic right leg radicular pain
Indication: Back and right leg pain for 4 years after L4-5 laminectomy and L4-S1 fusion. Physical therapy,
gabapentin, duloxetine and two rounds of epidurals have all failed to give lasting relief. Psychological
evaluation on 2026-05-20 cleared him for a trial with no contraindications.
Pain before: 8/10.
Consent signed. Time-out done. Prone; fluoroscopy. Local anesthesia only: 1% lidocaine 10 mL at the entry
sites. Via a left paramedian approach a 14 g Tuohy needle entered the epidural space at T12-L1 and the first
lead was steered to the top of T8; the second lead was placed through a second needle to the top of T9.
Intra-operative testing gave coverage of the back and right leg. Leads anchored to the skin and dressed.
Pain after: 4/10 with stimulation on. No complications.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-06-09", pos="24",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    # ---------------- vertebral augmentation ----------------
    add("fu-kypho-01", "operative_report", """
PROCEDURE: L1 balloon kyphoplasty, bilateral transpedicular, fluoroscopic guidance
DIAGNOSIS: Age-related osteoporosis with current pathological vertebral fracture, initial encounter (M80.08XA)
INDICATION: Severe mid-back pain for 7 weeks after bending to lift a box; 3 weeks of bracing and scheduled
tramadol have not let her walk more than a few steps. MRI: acute L1 compression fracture with marrow edema on
STIR and 30% height loss, no retropulsion.
PRE-PROCEDURE PAIN: 9/10
Consent signed; time-out done. Moderate sedation given by me with an RN monitoring independently: midazolam 2 mg
and fentanyl 100 mcg IV; sedation start 10:05, end 10:33 (28 minutes). Skin and periosteum infiltrated with 1%
lidocaine 10 mL. Bilateral transpedicular cannulas into L1; balloons inflated to restore height; 4 mL PMMA
cement placed under lateral fluoroscopy without extravasation.
POST-PROCEDURE PAIN: 3/10. No complications.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        dos="2026-09-15", pos="22", codes=[line("22514"), line("99152"), line("99153")], findings=[])

    # ---------------- pump refill ----------------
    add("fu-pump-01", "shorthand", """
Intrathecal pump refill (physician)
Dx: postlaminectomy syndrome M96.1, chronic pain on IT morphine
Ind: back/leg pain x 9 yrs, pump keeps her walking + off oral opioids; due per alarm date
Consent, TO. Pump interrogated. Residual 2.1 mL aspirated. Refilled w/ morphine 20 mg/mL, 20 mL into reservoir
via 22 g Huber needle, sterile technique. No cx. Next refill 90 days.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 400)],
        pain=(None, None), need=("diagnosis",), dos="2026-10-20",
        codes=[line("95991")], findings=["approach"],
        comment="interrogated but reprogramming not stated")
