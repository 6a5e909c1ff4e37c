"""Sealed precision batch `dev_fresh_cg`: 30 EMR-template notes, labelled by hand before any Painpoint run.

Each note is a procedure note as an EMR template renders it once the physician filled it: SmartText fields with
pick-list values, check-box rows, pipe tables, dashed or coloned discrete fields, sections in any order, unused
template lines left 'N/A' or '--', and a few free-text comments. Seven notes leave one field blank (one element
each); every other element is documented to its requirement's standard.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    _tfesi(add, proc, line, given, ESI_NEED, minus)
    _ilesi(add, proc, line, given, ESI_NEED, minus)
    _facet(add, proc, line, given, SPINE_NEED, minus)
    _si(add, proc, line, given, SPINE_NEED, minus)
    _other(add, proc, line, given)


def _tfesi(add, proc, line, given, ESI_NEED, minus) -> None:
    add("fcg-tfesi-01", "emr-table", """
PAIN PROCEDURE NOTE                                   Date of service: 02/17/2026
Location: Clinic procedure suite

Procedure: Transforaminal epidural steroid injection, lumbar
Laterality: Left
Guidance: Fluoroscopy

Level | Side | Needle | Medication
L4-5 | Left | 22G 3.5" Quincke | dexamethasone 5 mg + 1 mL 1% lidocaine PF
L5-S1 | Left | 22G 3.5" Quincke | dexamethasone 5 mg + 1 mL 1% lidocaine PF

Drug supply: dexamethasone 10 mg/mL single-dose vial x1, 1 mL drawn up and used in full; wasted: 0 mg
Contrast: Omnipaque 240, 2 mL total; epidurogram with medial spread along the L4 and L5 roots, no vascular uptake.

Indication / HPI: Low back pain with left leg pain running down the lateral thigh into the top of the foot,
numbness over the dorsum of the left foot. Straight leg raise positive on the left at 40 degrees; EHL 4/5 left.
Duration of symptoms: 7 months
Prior treatment: Physical therapy x 10 weeks - no meaningful improvement; meloxicam 15 mg daily - stopped for
dyspepsia; home exercise program ongoing without benefit.
Functional status: Cannot stand longer than 10 minutes, has stopped working her cashier shifts.
Imaging: MRI lumbar 12/2025 - left foraminal disc protrusion at L4-5 and L5-S1 narrowing both left foramina.
Diagnosis: Lumbar disc herniation with radiculopathy (M51.16)

Pre-procedure VAS: 7
Post-procedure VAS: 2

[x] Informed consent signed
[x] Time-out performed
[x] Images saved (AP and lateral)
Sedation: None
Complications: None
Estimated blood loss: minimal
Specimens: N/A
Disposition: Home, ambulatory, with post-injection instructions.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-17", pos="11",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", "JZ", units=10)], findings=[],
        comment="Two foramina on one side: 64483 + 64484 x1. Single-dose vial used in full: JZ on J1100.")

    add("fcg-tfesi-02", "emr-checkbox", """
Ambulatory Surgery Center - Interventional Spine
PROCEDURE: Right L5-S1 and S1 transforaminal ESI
PRE-OP DX: Lumbosacral radiculopathy (M54.17)
POST-OP DX: Same

HISTORY
Pt reports 5 months of right buttock pain shooting into the posterior calf and the sole of the foot, worse with
sitting. Exam today: diminished right Achilles reflex, positive slump test on the right.
Tried: NSAIDs x 6 wks (no relief), PT 2x/week x 6 weeks - pain unchanged, gabapentin - caused dizziness.
Function: unable to sit through a 30 minute car ride; has stopped golfing and yard work.
MRI 08/2025: right paracentral L5-S1 extrusion displacing the traversing S1 root; mild right L5-S1 foraminal narrowing.

CHECKLIST
[x] Consent reviewed and signed
[x] Universal protocol / time out completed
[x] Fluoroscopic guidance
[x] Contrast used: Isovue-M 200, 1.5 mL
[x] AP and lateral images saved
[ ] Sedation  -- none given
[ ] Specimen

TECHNIQUE
Prone, prepped, draped. Right L5-S1 foramen entered under fluoroscopy, needle in the safe triangle; S1 foramen
entered through the right S1 posterior foramen. Contrast outlined the L5 and S1 roots without vascular runoff.
Each site: Kenalog 40 mg/mL 0.5 mL (20 mg) + bupivacaine 0.25% 1 mL.

Pain score: pre 8/10, post 3/10
Complications: none. Stable to recovery.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5), given("iopamidol", 1.5, "ml")],
        pain=(8, 3), need=ESI_NEED, dos="2025-09-08", pos="24",
        codes=[line("64483", "RT"), line("64484", "RT")], findings=[],
        comment="ASC: no drug lines. L5-S1 foramen and S1 foramen = two levels. The unchecked sedation box reads "
                "'none given'.")

    add("fcg-tfesi-03", "emr-smarttext", """
Procedure Note - Interventional Pain
Date of Service: 06/03/2026     Place: Hospital outpatient department

Procedure performed: Transforaminal epidural steroid injection - Bilateral - L4-L5
Anesthesia: Local
Sedation: None
Imaging guidance: Fluoroscopy (C-arm)
Contrast agent: Omnipaque 300
Contrast volume: 1 mL per side

Indications: Bilateral L4 radicular pain: anterior thigh and medial shin pain on both sides, left worse than right,
with reduced patellar reflexes bilaterally and positive femoral stretch tests.
Symptom duration: 4 months
Conservative therapy: Completed 8 weeks of formal PT; pain persisted. Duloxetine trial 10 weeks - no benefit.
Functional limitation: Difficulty climbing stairs; needs a cane for community distances.
Imaging findings: MRI 04/2026 - broad-based L4-5 disc bulge with facet hypertrophy, moderate bilateral foraminal stenosis.
Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062)

Consent: Written informed consent obtained after risks/benefits/alternatives discussed.
Time-out: Completed, correct patient/site/side confirmed.

Description: Prone. Skin over each L4-L5 foramen anesthetized. Under fluoroscopy a 22-gauge spinal needle was
advanced to the left L4-L5 foramen, then the right. Contrast showed perineural flow without intravascular spread.
Injectate each side: dexamethasone 4 mg + ropivacaine 0.2% 1 mL.
Saved images: AP and oblique, each side.

Pre-procedure pain score: 6/10
Post-procedure pain score: ***
Complications: None apparent.
Follow-up: 2 weeks, call sooner for new weakness.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 8), given("ropivacaine", 4), given("iohexol", 2, "ml")],
        pain=(6, None), need=ESI_NEED, dos="2026-06-03", pos="22",
        codes=[line("64483", "50")], findings=["post_procedure_pain_score"],
        comment="Gap: the post-procedure score field was left '***'.")

    add("fcg-tfesi-04", "emr-dashed", """
INTERVENTIONAL PAIN - PROCEDURE RECORD
Date - 11/19/2024
Setting - Hospital outpatient
Procedure - Cervical transforaminal epidural injection
Side - RIGHT
Level - C6-C7
Guidance - Fluoroscopy, live contrast (digital subtraction)
Sedation - None requested
Specimen - --

History - 3 months of right neck pain radiating over the lateral forearm into the thumb and index finger,
tingling in the same fingers; Spurling sign positive on the right; right biceps reflex diminished.
Prior care - Physical therapy for 6 weeks and a course of prednisone; neither improved the arm pain.
Function - Drops objects with the right hand, cannot work at a computer for more than 20 minutes.
MRI - Right C6-7 uncovertebral spur with severe right foraminal narrowing.
Diagnosis - Cervical radiculopathy (M54.12)

Consent - Signed, on chart
Time out - Yes, documented 09:42
Pain before - 7
Procedure detail - Supine oblique approach. A 25-gauge needle was guided to the posterior aspect of the right C6-C7
foramen. Omnipaque 240 0.8 mL under live fluoroscopy showed no vascular uptake. Injected dexamethasone 6 mg
(1.5 mL of 4 mg/mL) with no local anesthetic.
Images - AP and oblique images stored.
Pain after - 3
Complications - None
Plan - Reassess in 4 weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 6), given("iohexol", 0.8, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2024-11-19", pos="22",
        codes=[line("64479", "RT")], findings=[])

    add("fcg-tfesi-05", "emr-sections", """
4. POST-PROCEDURE
   Pain score after: 2/10. Vitals stable. Discharged with driver.
   Complications: none.

1. PROCEDURE
   Left L3-4 and L4-5 transforaminal epidural steroid injections under fluoroscopy.
   Office procedure room. DOS 04/22/2025.

3. TECHNIQUE
   Informed consent obtained in writing. Time-out done with RN.
   Moderate sedation administered by me: midazolam 2 mg IV in divided doses. Sedation start 13:05, end 13:30
   (25 minutes intraservice); independent trained observer (RN) monitored SpO2, HR, BP throughout.
   Reason for sedation: severe procedural anxiety with a vasovagal episode during a prior dental procedure.
   22G needles to the left L3-4 and left L4-5 foramina. Iohexol 240, 1 mL per level, confirmed epidural flow.
   Each level: methylprednisolone 40 mg (Depo-Medrol 40 mg/mL, 1 mL).
   AP and lateral fluoroscopic images saved to PACS.

2. INDICATION
   Left anterior thigh and knee pain with numbness in the L3-L4 distribution, quadriceps 4+/5, positive
   femoral nerve stretch on the left. Ongoing for 6 months.
   Conservative: PT 8 weeks without durable improvement; naproxen and tizanidine, little effect.
   Function: unable to walk more than one block or kneel.
   MRI: left foraminal protrusions at L3-4 and L4-5 with contact of the exiting roots.
   Dx: Lumbar radiculopathy (M54.16)
   Pain score before: 8/10
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                 sedation="moderate")],
        drugs=[given("methylprednisolone_acetate", 80), given("midazolam", 2), given("iohexol", 2, "ml")],
        pain=(8, 2), need=ESI_NEED, dos="2025-04-22", pos="11",
        codes=[line("64483", "LT"), line("64484", "LT"), line("99152"), line("99153"), line("J1010", units=80)],
        findings=[],
        comment="Moderate sedation by the proceduralist, 25 min with an observer: 99152 + 99153 x1. Container not "
                "stated: no JZ. 80 mg methylprednisolone is within the ceiling.")

    add("fcg-h-tfesi-01", "emr-smarttext-comments", """
** Spine Procedure Note **
DOS: 03/14/2023   POS: office
Procedure: {Right} {S1} transforaminal epidural steroid injection (repeat)
Primary dx: S1 radiculopathy, right - M54.17

Subjective: Right buttock-to-heel pain with burning along the lateral foot for 9 months. Ankle reflex absent on
the right, SLR positive at 45 degrees.
Last injection (right S1 TFESI, 09/2022): 70% relief lasting about 4 months, now wearing off.
Conservative measures: 12 weeks of PT and a home program with no lasting change; gabapentin not tolerated (fog).
Functional impact: cannot stand at work > 20 min, sleep broken by leg pain.
Imaging: MRI 2022 - right L5-S1 disc extrusion compressing the right S1 root.
  >> Physician comment: pain pattern identical to last year; good response last time, so repeating the same level.

Pre VAS: 7   Post VAS: 1
Consent: obtained, signed
Time-out: performed
Sedation: none
Guidance: fluoroscopy; AP + lateral images saved
Contrast: Isovue-M 200, 1 mL, neurogram along right S1 root, no vascular pattern
Medication: methylprednisolone 40 mg (Depo-Medrol 40 mg/mL, 1 mL) + 1% lidocaine 1 mL
Complications: none
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 10), given("iopamidol", 1, "ml")],
        pain=(7, 1), need=ESI_NEED, dos="2023-03-14", pos="11",
        codes=[line("64483", "RT"), line("J1030")], findings=[],
        comment="Repeat with 70% relief for about 4 months (>= 50% for >= 3 months): no prior-response finding. "
                "Before 2024-04-01 methylprednisolone 40 mg is J1030 x1; before 2023-07-01 no JZ. The template's "
                "leftover braces around the pick-list values are part of the rendering.")

    add("fcg-h-tfesi-02", "emr-dashed-abbrev", """
PROC: L TFESI L5/S1   | DOS 09/29/2026 | ASC
Dx -- Lumbar radiculopathy, L5 (M54.16)
HPI -- 62 y/o w/ L posterolateral leg pain to the great toe x 5 mo, paresthesias L foot dorsum, + SLR L 35 deg,
       weak L EHL 4/5.
Conservative tx -- PT 6 wks, meloxicam, HEP.
Fx -- can't walk dog > 10 min, missed work x 3 wks.
MRI -- L foraminal HNP L5-S1 w/ L5 root impingement.
Consent -- yes, signed
Time-out -- done
Sedation -- none
Guidance -- fluoro, Omnipaque 240 1 mL, no intravascular flow
Needle -- 22G 3.5in to L L5-S1 foramen
Injectate -- Celestone Soluspan 6 mg (1 mL) + 0.25% bupivacaine 1 mL
Images -- AP/lat saved
VAS pre -- 6 ; VAS post -- 2
Complications -- none
F/u -- 3 wks
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("bupivacaine", 2.5), given("iohexol", 1, "ml")],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"), dos="2026-09-29", pos="24",
        codes=[line("64483", "LT")], findings=["conservative_care"],
        comment="Gap: care only listed (PT 6 wks, meloxicam, HEP) with no outcome stated: conservative_care.")


def _ilesi(add, proc, line, given, ESI_NEED, minus) -> None:
    add("fcg-ilesi-01", "emr-checkbox", """
OFFICE PROCEDURE NOTE -- Lumbar Interlaminar Epidural Steroid Injection
Date: 01/12/2026
Level: L5-S1   Approach: interlaminar, midline   Needle: 20G Tuohy
Technique: loss of resistance to saline

Clinical summary
- Bilateral buttock and posterior leg pain to the calves, L>R, with tingling in both feet; positive bilateral SLR
- Symptoms for 8 months
- PT twice weekly for 8 weeks, then a home program: pain unchanged; celecoxib gave no benefit
- Can no longer stand to cook a meal or walk through a grocery store
- MRI 10/2025: central L5-S1 disc protrusion with bilateral lateral recess narrowing contacting both S1 roots
- Dx: Lumbar disc herniation with radiculopathy (M51.16)

Safety checks
[x] Consent signed
[x] Time-out performed
[x] Fluoroscopy used
[x] Contrast: Omnipaque 300 2 mL, epidurogram confirmed
[x] Two views saved (AP, lateral)
[ ] Sedation (none)
[x] Anticoagulants held: N/A, not on any

Medication: Kenalog 40 mg/mL, 2 mL (80 mg) diluted with 4 mL preservative-free saline

Pain: 7/10 before, 3/10 after
Complications: None
Comment: tolerated well, will track relief in diary.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("iohexol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2026-01-12", pos="11",
        codes=[line("62323"), line("J3301", units=8)], findings=[],
        comment="Saline is a diluent. 80 mg triamcinolone is at, not over, the ceiling. Container not stated: no JZ.")

    add("fcg-ilesi-02", "emr-smarttext", """
Procedure Date: 12/02/2025
Facility: Hospital outpatient
Procedure Name: Cervical epidural steroid injection, interlaminar
Level: C7-T1
Laterality: Midline, right paramedian
Local anesthetic: --
Sedation: None
Guidance: Fluoroscopy
Contrast: Omnipaque 300, 1.5 mL
Medication: Dexamethasone 10 mg in 2 mL preservative-free saline
Catheter: N/A

Reason for procedure: Right arm pain along the C7 dermatome to the middle finger with numbness, triceps 4/5 and
reduced triceps reflex on the right.
Duration: 6 months
Prior therapies: PT 8 weeks and NSAIDs failed to relieve the arm pain.
Function: Cannot lift her grandchild or carry groceries with the right arm.
MRI: C6-7 right paracentral disc osteophyte complex narrowing the right lateral recess.
Diagnosis: Cervical radiculopathy (M54.12)

Consent: Signed
Time-out: Done
Description: Prone, 18G Tuohy advanced at C7-T1 right paramedian with loss of resistance; contrast spread in the
dorsal epidural space without vascular or intrathecal flow; medication injected slowly.
Images: Saved to PACS.
Pain before: 6/10     Pain after: 2/10
Complications: None
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iohexol", 1.5, "ml")],
        pain=(6, 2), need=ESI_NEED, dos="2025-12-02", pos="22",
        codes=[line("62321")], findings=["saved_images"],
        comment="Gap: 'Saved to PACS.' names no views: saved_images. Interlaminar is not a paired family: "
                "laterality null although a right paramedian entry is written.")

    add("fcg-ilesi-03", "emr-table", """
ASC PROCEDURE DOCUMENTATION
Procedure: Lumbar epidural steroid injection, interlaminar approach, L4-L5
DOS: 08/15/2024

Pre-procedure assessment
Complaint | Detail
Radicular symptoms | Bilateral buttock and leg pain spreading to both calves when walking, numbness in both feet
Exam | Decreased pinprick bilateral L5 dermatomes, negative SLR, weak bilateral hip abductors
Duration | > 1 year (14 months)
Conservative care | PT 12 weeks - no lasting change; meloxicam - GI upset, stopped
Function | Walks only 5 minutes before sitting; gave up volunteering
Imaging | MRI 05/2024 severe central canal stenosis L4-5 with ligamentum flavum hypertrophy
Diagnosis | Lumbar spinal stenosis with neurogenic claudication (M48.062)

Procedure data
Item | Value
Consent | Obtained, signed
Time-out | Completed
Sedation | None
Guidance | Fluoroscopy
Contrast | Isovue-M 300, 2 mL
Needle | 18G Tuohy, L4-L5 interspace, left paramedian
Medication | Depo-Medrol 80 mg (2 mL) with 3 mL saline
Images saved | AP and lateral
VAS pre | 8
VAS post | 4
Complications | None
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("iopamidol", 2, "ml")],
        pain=(8, 4), need=ESI_NEED, dos="2024-08-15", pos="24",
        codes=[line("62323")], findings=[])

    add("fcg-h-caudal-01", "emr-smarttext-comments", """
Caudal Epidural Steroid Injection
Encounter date: 05/06/2026   Place of service: office

Diagnosis: Post-laminectomy syndrome, lumbar (M96.1) with bilateral radicular leg pain
History of present illness: Status post L4-S1 fusion 2021. Bilateral posterior thigh and calf pain with burning
in both soles for 10 months; positive SLR on both sides, absent ankle jerks bilaterally.
Therapies tried: aquatic therapy 8 weeks and pregabalin; pain unchanged by either.
Function: Needs to lie down after 15 minutes of standing; no longer drives long distances.
Imaging: CT myelogram 02/2026 - epidural fibrosis surrounding both S1 roots below the fusion.
  Physician comment: caudal route chosen because of the fusion hardware at L4-S1.

Consent ..................... signed
Time out .................... completed
IV sedation ................. none
Imaging guidance ............ fluoroscopy
Needle ...................... 20G through the sacral hiatus
Contrast .................... Omnipaque 240, 3 mL, filling both S1 sleeves, no vascular uptake
Injectate ................... triamcinolone 40 mg (Kenalog 40, 1 mL) + 0.25% bupivacaine 4 mL + 5 mL PF saline
Images ...................... AP and lateral saved
Pain score (0-10) ........... before 7, after 3
Adverse events .............. none; no complications
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 10), given("iohexol", 3, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2026-05-06", pos="11",
        codes=[line("62323"), line("J3301", units=4)], findings=[],
        comment="Caudal: region sacral, no levels; 0.25% x 4 mL = 10 mg bupivacaine.")

    add("fcg-h-ilesi-01", "emr-dashed-abbrev", """
THORACIC IL-ESI -- PROCEDURE NOTE
Date -- 03/25/2025 ; hospital outpatient
Level -- T10-T11, interlaminar, L paramedian
Dx -- Thoracic radiculopathy (M54.14)
Hx -- Band-like L chest-wall pain wrapping around to the upper abdomen along T10-T11, with allodynia over the
      same band, x 5 months. Not shingles (no rash ever).
Tx so far -- PT 6 wks (no help), lidocaine patches and gabapentin: no relief.
Fx -- can't wear a bra or seat belt comfortably, sleep interrupted nightly.
MRI -- L paracentral T10-11 disc protrusion contacting the L T10 root.
Consent -- signed ; Time-out -- done ; Sedation -- none
Fluoro -- yes ; Contrast -- Omnipaque 240 1 mL, epidurogram ok
Drug -- dexamethasone 8 mg + 2 mL saline
Images -- AP + lateral saved
Pain -- 6 -> 1
Complications -- none
Comments -- -- 
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 8), given("iohexol", 1, "ml")],
        pain=(6, 1), need=ESI_NEED, dos="2025-03-25", pos="22",
        codes=[line("62321")], findings=[])


def _facet(add, proc, line, given, SPINE_NEED, minus) -> None:
    add("fcg-mbb-01", "emr-table", """
Hospital Outpatient - Pain Procedure
Procedure: Bilateral lumbar medial branch blocks (diagnostic, first block)
Date of Service: 04/14/2026

Target nerve | Side | Needle | Local anesthetic
L3 medial branch | Left | 22G 3.5" | 0.5% bupivacaine 0.5 mL
L4 medial branch | Left | 22G 3.5" | 0.5% bupivacaine 0.5 mL
L5 dorsal ramus | Left | 22G 3.5" | 0.5% bupivacaine 0.5 mL
L3 medial branch | Right | 22G 3.5" | 0.5% bupivacaine 0.5 mL
L4 medial branch | Right | 22G 3.5" | 0.5% bupivacaine 0.5 mL
L5 dorsal ramus | Right | 22G 3.5" | 0.5% bupivacaine 0.5 mL

Intent: Diagnostic (to test the L4-L5 and L5-S1 facet joints before possible radiofrequency ablation)
Guidance: Fluoroscopy, oblique and AP views
Contrast: None (not needed for medial branch block)
Sedation: None - patient needs to report pain accurately afterward

Indication: Axial low back pain across the belt line, worse with extension and twisting, without leg symptoms;
paraspinal tenderness over L4-S1 bilaterally.
Duration: 2 years
Conservative care: PT 10 weeks and chiropractic care gave only temporary relief; NSAIDs no longer help.
Function: Unable to stand at the sink to wash dishes; quit bowling.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)

Pre-procedure pain (NRS): 7
Post-procedure pain (NRS): 1 at 30 minutes, pain diary given
Consent: written, signed
Time-out: [x] completed
Complications: none
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=False, intent="diagnostic",
                 sedation="none")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-04-14", pos="22",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        comment="L3 + L4 MB and L5 dorsal ramus on each side = joints L4-L5 and L5-S1. 6 x 0.5 mL of 0.5% = 15 mg.")

    add("fcg-mbb-02", "emr-dashed", """
PROCEDURE NOTE
Procedure -- Right cervical medial branch block, diagnostic
Levels -- C4, C5 and C6 medial branches (C4-C5 and C5-C6 facet joints)
Date -- 10/20/2025 ; ASC

Indication -- Right-sided neck pain with suboccipital and shoulder-top referral, worse turning the head to the right;
              facet loading positive on the right. No arm symptoms.
Duration -- 9 months
Conservative care -- PT 8 weeks with traction, NSAIDs: pain unchanged.
Function -- Cannot check blind spot while driving; limits computer work to 30 minutes.
Dx -- Cervical spondylosis without myelopathy or radiculopathy (M47.812)

Consent -- Signed
Time-out -- ***
Sedation -- None
Guidance -- Fluoroscopy, lateral view
Approach -- Posterior lateral, 25G needles to the waist of each articular pillar
Medication -- 2% lidocaine 0.4 mL at each of the three medial branches
Contrast -- --
Pain pre -- 6
Pain post -- 1
Complications -- None
Discharge -- Home with pain diary
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 24)],
        pain=(6, 1), need=SPINE_NEED, dos="2025-10-20", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["time_out"],
        comment="Gap: the time-out field was left '***'. 3 x 0.4 mL of 2% = 24 mg. Contrast line left '--': "
                "contrast null (not asked for facet work).")

    add("fcg-mbb-03", "emr-checkbox", """
Office Procedure - Lumbar Medial Branch Block #2 (confirmatory)
DOS: 07/07/2026

Target: LEFT L4 medial branch and L5 dorsal ramus (L5-S1 facet joint)
Intent: [ ] therapeutic  [x] diagnostic
Block #1 (05/2026, same nerves, lidocaine): 90% relief for 2 hours, per diary

History: Left low back pain over the lumbosacral junction, worse with standing and extension, 14 months.
Failed care: 8 weeks of PT and home exercise - no improvement; cyclobenzaprine and ibuprofen - minimal effect.
Function: Unable to lift her toddler or vacuum.
Diagnosis: Lumbosacral facet syndrome (M47.817)

[x] Consent obtained and signed
[x] Time-out performed
[x] Fluoroscopic guidance
[ ] Contrast
[ ] IV sedation - none given
Needles: 22G to the junction of the superior articular process and transverse process at L5, and to the sacral ala
Medication: Ropivacaine 0.5%, 0.5 mL at each target (longer-acting agent for the comparative block)

Pain before: 6/10
Pain after: 0/10 at 30 minutes
Complications: [x] None
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=False, intent="diagnostic", sedation="none")],
        drugs=[given("ropivacaine", 5)],
        pain=(6, 0), need=SPINE_NEED, dos="2026-07-07", pos="11",
        codes=[line("64493", "KX", "LT")], findings=[],
        comment="Confirmatory diagnostic block after a first one of 90%: no diagnostic_block_relief finding. "
                "Local anaesthetic only: no drug line.")

    add("fcg-h-fj-01", "emr-smarttext-comments", """
Lumbar Facet Joint Injection - Procedure Note
Service date: 10/13/2026     Location: office
Procedure: Bilateral L4-L5 intra-articular facet joint injections, therapeutic
Diagnosis: Lumbar facet arthropathy (M47.816)

History: Bilateral low back pain over L4-5 for 3 years, worse with extension and prolonged standing.
Diagnostic medial branch blocks: 06/2026 first block 85% relief; 07/2026 comparative block 80% relief.
  Physician comment: patient declined radiofrequency ablation (pacemaker concerns), so joint injections instead.
Conservative care: PT 12 weeks, stopped without benefit; NSAIDs caused reflux.
Function: Cannot stand long enough to shower without sitting; stopped gardening.

Consent: signed informed consent     Time-out: performed
Sedation: none
Imaging: fluoroscopy; arthrogram confirmed each joint
Contrast: Omnipaque 240, 0.3 mL per joint
Injectate per joint: triamcinolone 10 mg (0.25 mL of Kenalog 40) + 0.25% bupivacaine 0.5 mL
Pain: 7/10 before, 2/10 after
Complications: none
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 2.5), given("iohexol", 0.6, "ml")],
        pain=(7, 2), need=SPINE_NEED, dos="2026-10-13", pos="11",
        codes=[line("64493", "50"), line("J3301", units=2)], findings=[],
        comment="Therapeutic facet after two diagnostic blocks of 85% and 80% (>= 80%): no finding; no KX on a "
                "therapeutic line. 2 x 0.5 mL of 0.25% = 2.5 mg.")

    add("fcg-h-mbb-01", "emr-dashed-abbrev", """
MBB -- R L2 & L3 MB (L3-L4 facet) -- diagnostic
DOS -- 06/11/2024 | HOPD
Dx -- Lumbar spondylosis w/o radiculopathy (M47.816)
Hx -- R upper lumbar axial pain x 18 mo, no radiation below knee, worse w/ ext + rotation; R L3-4 paraspinal ttp.
Cons. tx -- PT 8 wks: no change; ibuprofen + tramadol: partial, short-lived relief only.
Fx -- cannot walk > 15 min; unable to do yard work.
Consent -- signed | TO -- completed | Sedation -- none
Fluoro -- yes, oblique views
Needles -- 22G x 2
Meds -- bupivacaine 0.5% 0.5 mL each nerve
NRS -- pre 5, post 0
Post -- no cx, ambulating at baseline
MD comment -- pt asked about RF; will discuss after diary review.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L3-L4"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 5)],
        pain=(5, 0), need=SPINE_NEED, dos="2024-06-11", pos="22",
        codes=[line("64493", "KX", "RT")], findings=[],
        comment="R L2 and L3 medial branches = the L3-L4 joint (as the header says).")

    add("fcg-rfa-01", "emr-table", """
Radiofrequency Ablation - Lumbar Medial Branches
DOS: 03/03/2026          Facility: Ambulatory surgery center
Side: Right
Intent: Therapeutic neurotomy

Diagnostic block history
Date | Block | Relief
11/2025 | R L3, L4 MB + L5 DR, lidocaine | 90%
12/2025 | R L3, L4 MB + L5 DR, bupivacaine | 85%

Lesion table
Nerve | Joint | Probe | Settings
R L3 medial branch | L4-L5 | 18G 10 mm active tip | 80 C x 90 s, two lesions
R L4 medial branch | L4-L5, L5-S1 | 18G 10 mm active tip | 80 C x 90 s, two lesions
R L5 dorsal ramus | L5-S1 | 18G 10 mm active tip | 80 C x 90 s, two lesions

Motor stimulation at 2 Hz: multifidus twitch only, no leg movement. Before each lesion 1 mL of 2% lidocaine.

Indication: Right low back pain over L4-S1, 3 years, worse with standing and extension.
Conservative care: PT 8 weeks and a home program without relief; meloxicam stopped (no effect).
Function: Unable to work a full shift standing; stopped walking for exercise.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)

Consent: Signed          Time-out: Performed
Sedation: None           Guidance: Fluoroscopy
Pain before: 7/10        Pain after: 4/10
Complications: None
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 4), need=SPINE_NEED, dos="2026-03-03", pos="24",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[],
        comment="Thermal RF at 80 C (thermal by the README); two diagnostic blocks of 90% and 85%.")

    add("fcg-rfa-02", "emr-sections", """
C. PROCEDURE DETAILS
Bilateral cervical radiofrequency neurotomy of the C3, C4 and C5 medial branches (C3-C4 and C4-C5 facet joints).
Fluoroscopy-guided, lateral approach, 20G curved RF cannulae, 5 mm active tip. Sensory stimulation at 50 Hz
concordant below 0.5 V; no motor response in the arm at 2 Hz. 1% lidocaine 0.5 mL at each of the six nerves, then
conventional (thermal) lesioning at 85 degrees C for 60 seconds per nerve.

A. ENCOUNTER
Date: 07/30/2025
Place: Hospital outpatient department
Sedation: None; patient awake for stimulation testing.

D. SAFETY / OUTCOME
Consent: signed before the procedure.
Time-out: completed.
Pain scores: pre 6/10, post 3/10.
Complications: none.

B. INDICATIONS
Bilateral posterior neck pain with occipital and upper trapezius referral, 2 years.
Diagnostic MBBs at the same nerves: 80% relief (lidocaine), then 90% relief (bupivacaine).
Physical therapy 12 weeks and cervical traction failed; NSAIDs and muscle relaxants without benefit.
Function: Unable to turn the head to back up the car; reading limited to 15 minutes.
Dx: Cervical facet arthropathy (M47.812)
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                 levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 3), need=SPINE_NEED, dos="2025-07-30", pos="22",
        codes=[line("64633", "50"), line("64634", "50")], findings=[],
        comment="C3, C4 and C5 medial branches as written = the C3-C4 and C4-C5 joints named in the note.")

    add("fcg-h-rfa-01", "emr-smarttext-comments", """
LUMBAR RADIOFREQUENCY ABLATION
Date: 08/25/2026    Office
Laterality: Left
Nerves: L2 and L3 and L4 medial branches, L5 dorsal ramus
Joints treated: L3-L4, L4-L5, L5-S1
Technique: Thermal RF, 90 degrees C for 90 seconds at each nerve, parallel placement, 18G 10 mm tip
Guidance: Fluoroscopy
Sedation: None
Local: 0.5% bupivacaine 0.5 mL through each cannula before lesioning

Diagnostic blocks: 04/2026 left L2-L5 MBB 100% relief x 4 h; 05/2026 second comparative block 85% relief x 8 h.
Indication: Left lower lumbar pain for 4 years, axial, worse with extension and rising from a chair.
Conservative care: 10 weeks of PT, no benefit; duloxetine caused nausea and was stopped.
Function: Cannot stand through a church service; gave up golf.
Diagnosis: Lumbar facet arthropathy (M47.816)
  >> MD note: first-ever RF ablation for this patient; motor stimulation negative for leg contraction at all levels.

Consent: obtained, signed
Time-out: done
Pre-procedure pain: 8
Post-procedure pain: 3
Complications: none
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("bupivacaine", 10)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-08-25", pos="11",
        codes=[line("64635", "LT"), line("64636", "LT", units=2)], findings=[],
        comment="L2, L3, L4 MB + L5 DR = three joints: 64635 + 64636 x2. 4 x 0.5 mL of 0.5% = 10 mg. A "
                "first RF ablation after two diagnostic blocks of 100% and 85%.")


def _si(add, proc, line, given, SPINE_NEED, minus) -> None:
    add("fcg-si-01", "emr-smarttext", """
Sacroiliac Joint Injection
Date of service: 02/24/2026
Place of service: Hospital outpatient
Side: Right
Intent: Diagnostic
Guidance: Fluoroscopy
Contrast: Omnipaque 240, 0.5 mL, arthrogram outlining the inferior joint recess
Sedation: None
Needle: 22G 3.5" spinal, inferior third of the joint

Indication: Right buttock and posterior pelvic pain below L5, pointing to the right PSIS; positive FABER, thigh
thrust and compression tests on the right (3 of 5 provocation tests).
Symptom duration: 6 months
Conservative treatment: PT 8 weeks with SI belt - no relief; NSAIDs - no relief.
Function: Cannot sit longer than 20 minutes or climb stairs without a rail.
Diagnosis: Sacroiliitis, right (M46.1)

Consent: Signed        Time-out: Completed
Medication: 2% lidocaine 1 mL + 0.5% bupivacaine 1.5 mL into the joint
Images: AP and contralateral oblique saved
Pre-procedure pain: 7/10
Post-procedure pain: 1/10
Percent relief: 85% at 30 minutes
Complications: None
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 20), given("bupivacaine", 7.5), given("iohexol", 0.5, "ml")],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-24", pos="22",
        codes=[line("27096", "RT")], findings=[],
        comment="Diagnostic SI with 85% relief (>= 75%): no percent_relief finding.")

    add("fcg-si-02", "emr-checkbox", """
OFFICE PROCEDURE: BILATERAL SACROILIAC JOINT INJECTIONS - THERAPEUTIC
DOS 05/19/2025

Background: Bilateral SI region pain for 1 year after a fall on the ice, positive Gaenslen and thigh thrust on both
sides. Diagnostic bilateral SI injections 02/2025 with lidocaine: 85% relief for 6 hours.
Conservative care: PT 10 weeks, NSAIDs and a pelvic belt; the pain did not improve.
Function: Unable to sit through meals or drive more than 20 minutes.
Diagnosis: Sacroiliitis (M46.1), bilateral

[x] Informed consent signed
[x] Time-out completed
[x] Fluoroscopy
[x] Contrast - Isovue-M 200 0.5 mL each side, intra-articular spread confirmed
[x] Two views (AP and oblique) saved
[ ] Sedation - not used
[x] Therapeutic intent

Injectate each side: triamcinolone 20 mg (Kenalog 40, 0.5 mL) + 0.25% bupivacaine 1 mL
Pre: 6/10   Post: 2/10   Relief: 70%
Complications: none
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5), given("iopamidol", 1, "ml")],
        pain=(6, 2), need=SPINE_NEED, dos="2025-05-19", pos="11",
        codes=[line("27096", "50"), line("J3301", units=4)], findings=[],
        comment="Therapeutic SI after a diagnostic block of 85% (>= 75%); first therapeutic session, not a repeat. "
                "Sedation box unchecked with 'not used': none.")

    add("fcg-h-si-01", "emr-dashed-abbrev", """
SIJ INJ -- LEFT -- diagnostic
DOS -- 12/10/2024 ; ASC
Dx -- L sacroiliitis (M46.1)
Hx -- L buttock pain x 7 mo, worse w/ sit-to-stand & rolling in bed; + FABER, + thigh thrust, + distraction on L.
Tried -- PT 6 wks + SI belt: no better; naproxen: no help.
Fx -- can't sit > 15 min at work.
Consent -- signed ; TO -- done ; Sedation -- none
Fluoro -- yes ; Contrast -- Omnipaque 240 0.5 mL, arthrogram ok
Needle -- 22G, inferior L SIJ
Meds -- 1% lidocaine 2 mL + 0.5% Marcaine 1 mL
Images -- AP + oblique saved
NRS -- pre 6 ; post 2
% relief -- --
Complications -- none
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 20), given("bupivacaine", 5), given("iohexol", 0.5, "ml")],
        pain=(6, 2), need=SPINE_NEED, dos="2024-12-10", pos="24",
        codes=[line("27096", "LT")], findings=["percent_relief"],
        comment="Gap: the '% relief' field left '--'; pre/post scores only imply it (README: still percent_relief).")


def _other(add, proc, line, given) -> None:
    add("fcg-tpi-01", "emr-table", """
Trigger Point Injection Note
DOS: 11/03/2026   Office

Diagnosis: Myofascial pain, neck and upper back (M79.12)
Indication: Taut bands with twitch responses and referred pain on palpation in the muscles listed below,
ongoing 4 months despite stretching program and PT.

Muscle | Side | Needle | Injectate
Trapezius (upper) | Left | 27G 1.25" | 1% lidocaine 1 mL
Trapezius (upper) | Right | 27G 1.25" | 1% lidocaine 1 mL
Levator scapulae | Left | 27G 1.25" | 1% lidocaine 1 mL
Rhomboid major | Right | 27G 1.25" | 1% lidocaine 1 mL

Total muscles injected: 4
Consent: verbal and written consent obtained
Time-out: done
Guidance: None (palpation)
Sedation: None
Pain pre: 7/10   Pain post: 3/10
Relief: 60% immediately after injection
Complications: None; hemostasis with pressure
""", procs=[proc("trigger_point", imaging="none", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 3), need=("diagnosis",), dos="2026-11-03", pos="11",
        codes=[line("20553")], findings=[],
        comment="Four muscles (three or more): 20553, no modifiers; lidocaine is never billed.")

    add("fcg-gon-01", "emr-checkbox", """
Occipital Nerve Block - Office Procedure
DOS: 01/28/2025
Procedure: Bilateral greater occipital nerve blocks, landmark technique (no imaging)
Diagnosis: Occipital neuralgia (M54.81)
Indication: Shooting pain from the base of the skull over the vertex on both sides for 5 months, tender over both
greater occipital nerves with reproduction of the pain; failed gabapentin and nortriptyline.

[x] Consent signed
[x] Time-out
[ ] Ultrasound
[ ] Fluoroscopy
[ ] Sedation - none
Medication per side: 0.5% bupivacaine 2 mL + dexamethasone 2 mg
Needle: 25G 1.5", medial to the occipital artery at the superior nuchal line
Pain score: 8 before, 2 after
Complications: none
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none", intent="therapeutic", sedation="none")],
        drugs=[given("bupivacaine", 20), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 2), need=("diagnosis",), dos="2025-01-28", pos="11",
        codes=[line("64405", "50"), line("J1100", units=4)], findings=[],
        comment="Landmark technique: no guidance line. Container not stated: no JZ. Sedation box unchecked with 'none': none.")

    add("fcg-h-knee-01", "emr-smarttext-comments", """
Large Joint Injection - Knee
Date of service: 05/27/2026   Clinic
Laterality: Right
Joint: Knee, intra-articular (superolateral approach)
Guidance: Ultrasound - needle visualized entering the suprapatellar recess; permanent image saved to chart
Diagnosis: Primary osteoarthritis, right knee (M17.11)
Indication: Right knee pain with swelling for 2 years, worse on stairs; moderate effusion; failed NSAIDs and PT.
  Physician comment: prefers injection over surgery for now.

Informed consent: ***
Time-out: performed
Sedation: none
Medication: triamcinolone acetonide 40 mg (Kenalog 40, 1 mL) + 1% lidocaine 4 mL
Aspiration: 15 mL straw-colored fluid, not sent
Pain before: 6/10     Pain after: 2/10
Complications: none
""", procs=[proc("joint_injection", target="knee", approach="intra_articular", region="knee", laterality="right",
                 imaging="ultrasound", intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2026-05-27", pos="11", consent=False,
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=["consent"],
        comment="Gap: the consent field left '***'. Ultrasound with a saved image: 20611.")

    add("fcg-h-gnb-01", "emr-table", """
GENICULAR NERVE BLOCK
DOS: 10/06/2026   Hospital outpatient
Side: Right knee     Intent: Diagnostic, before planned genicular RF ablation
Diagnosis: Primary osteoarthritis of right knee (M17.11)
History: Right knee pain 3 years, Kellgren-Lawrence grade 4, not a surgical candidate (BMI, cardiac risk);
failed PT, NSAIDs and two intra-articular steroid injections.

Nerve | Landmark | Needle | Medication
Superomedial genicular | femoral shaft-epicondyle junction, medial | 22G 3.5" | 0.5% bupivacaine 2 mL
Superolateral genicular | femoral shaft-epicondyle junction, lateral | 22G 3.5" | 0.5% bupivacaine 2 mL
Inferomedial genicular | tibial shaft-epicondyle junction, medial | 22G 3.5" | 0.5% bupivacaine 2 mL

Guidance: Fluoroscopy (AP and lateral)
Sedation: None
Consent: Signed
Time-out: Done
Pain (NRS): pre 8, post 2 (75% relief)
Complications: ***
""", procs=[proc("genicular_nerve_block", target="genicular", region="knee", laterality="right",
                 imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 30)],
        pain=(8, 2), need=("diagnosis",), dos="2026-10-06", pos="22", complications=None,
        codes=[line("64454", "RT")], findings=["complications"],
        comment="Gap: the complications field left '***'. 64454 includes imaging.")

    add("fcg-h-stellate-01", "emr-dashed", """
STELLATE GANGLION BLOCK
Date - 08/12/2025 ; hospital outpatient
Side - LEFT
Guidance - Ultrasound, in-plane lateral approach at C6; image of needle tip deep to the prevertebral fascia saved
Dx - Complex regional pain syndrome type I of left upper limb (G90.512)
Indication - Burning pain, swelling, color and temperature change of the left hand for 5 months after a distal
             radius fracture; failed PT/OT, gabapentin and a prednisone taper.
Consent - signed
Time out - done
Sedation - none
Medication - 0.5% ropivacaine 5 mL, incremental with negative aspiration
Outcome - Horner sign within 10 minutes; left hand temperature rose from 29 to 33 C
Pain - 7 before / 3 after
Complications - none
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                 imaging="ultrasound", intent="therapeutic", sedation="none")],
        drugs=[given("ropivacaine", 25)],
        pain=(7, 3), need=("diagnosis",), dos="2025-08-12", pos="22",
        codes=[line("64510"), line("76942", "26")], findings=[],
        comment="Stellate block 64510 (no side modifier) + ultrasound with a saved image 76942-26 in a facility.")

    add("fcg-h-pump-01", "emr-smarttext", """
Intrathecal Pump Refill and Reprogramming
Date: 06/30/2026    Location: clinic
Diagnosis: Chronic pain syndrome (G89.4), intrathecal drug delivery system in place
Pump: programmable intrathecal pump, 20 mL reservoir
Performed by: Refilled and reprogrammed by me (attending physician)

Consent: verbal and written consent on file, reconfirmed today
Time-out: performed
Prep: Chlorhexidine, sterile template placed over the pump
Residual volume withdrawn: 3.0 mL (expected 3.2 mL)
Medication placed: morphine 20 mg/mL, 18 mL into the reservoir
Programming: daily dose increased from 4.0 to 4.4 mg/day (10% increase), alarm date reset
Imaging: N/A
Sedation: none
Complications: none
Next refill: about 60 days
""", procs=[proc("pump_refill", intent="therapeutic", sedation="none")],
        drugs=[given("morphine", 360)],
        pain=(None, None), need=("diagnosis",), dos="2026-06-30", pos="11",
        codes=[line("62370")], findings=["indication"],  # gold correction (round 17, nec17): diagnosis only
        comment="Refilled and reprogrammed by the physician: 62370. Dose = 18 mL x 20 mg/mL in the reservoir.")

    add("fcg-h-kypho-01", "emr-sections", """
IMAGING REVIEW: MRI 11/2025 - acute L1 compression fracture with marrow edema on STIR, 30% height loss, no
retropulsion. DEXA T-score -3.1.

PROCEDURE: Bilateral transpedicular balloon kyphoplasty, L1.
DATE/PLACE: 12/09/2025, hospital outpatient.

INDICATION: Painful osteoporotic L1 compression fracture (M80.08XA), 7 weeks of pain despite a TLSO brace and
oral analgesics, with no improvement; bed-bound most of the day, unable to walk to the mailbox.

PRE-OP: Consent signed. Time-out completed. Pain 9/10.
ANESTHESIA: Local only - 1% lidocaine 10 mL per side to the periosteum. No IV sedation.
TECHNIQUE: Biplane fluoroscopy. Trocars placed through both L1 pedicles, balloons inflated with restoration of
some height, cavities filled with 3 mL PMMA per side; no extravasation.
POST-OP: Pain 4/10. Complications: none. Neuro exam unchanged.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2025-12-09", pos="22",
        codes=[line("22514")], findings=[],
        comment="Lumbar kyphoplasty one body: 22514, imaging included, no modifiers. 2 x 10 mL of 1% = 200 mg.")
