"""Sealed batch `dev_fresh_cz` (`fcz-*`): 30 fictional procedure notes exported from structured EMR forms.

Written for the session-18 sealed check ("precision, EMR form exports II"): dot-leader label/value columns, pipe
tables, key=value lists, Yes/No pick lists, checkbox grids ([x]/[ ], (X)/( ), the ballot-box glyphs), repeated
field blocks per level or side, medication tables, sedation flowsheets and vitals grids. No names, record numbers
or birth dates. Gold was labelled from the text by hand, following corpora/README.md, before any Painpoint run.
`build` receives the kit of `dev_fresh_d/make_notes.py`.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    """Queue the 30 notes: `_forms` (15 plainer forms) and `_hard` (15 hand cases)."""
    _forms(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hard(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _forms(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fcz-tfesi-01", "dot-leader form", """
SPINE PROCEDURE RECORD
Procedure ......................... Transforaminal epidural steroid injection, lumbar
Side .............................. Left
Level(s) .......................... L5-S1
Date of service ................... 06/16/2026
Setting ........................... Office procedure suite

INDICATION
Chief complaint ................... Left buttock and leg pain
Radiation ......................... Down posterior left thigh and calf to lateral foot; tingling in the small toe
Exam .............................. Straight leg raise positive on the left at 40 degrees; left ankle jerk diminished
Duration of symptoms .............. 5 months
Failed conservative tx ............ PT 8 wks, naproxen, home stretching - no relief
Functional limitation ............. Cannot stand > 10 min or walk > 1 block; ODI 44%
MRI lumbar ........................ L5-S1 left paracentral protrusion abutting the traversing left S1 root
Diagnosis ......................... Lumbar disc herniation with radiculopathy (M51.16)

PRE-PROCEDURE
Consent ........................... Signed, risks/benefits/alternatives reviewed
Time out .......................... Y
Pain score (NRS) .................. 7/10
Sedation .......................... None

PROCEDURE
Position .......................... Prone
Guidance .......................... Fluoroscopy
Skin local ........................ Lidocaine 1% 2 mL
Needle ............................ 22 g 3.5 in spinal needle, left L5-S1 foramen, subpedicular
Contrast .......................... Omnipaque 240, 1 mL; epidural and along the left S1 root, no vascular uptake
Injectate ......................... Kenalog-40 1 mL (40 mg) + preservative-free saline 1 mL
Images saved ...................... AP and lateral

POST-PROCEDURE
Pain score (NRS) .................. 3/10
Complications ..................... [None]
Disposition ....................... Home with driver, stable
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "LT"), line("J3301", units=4)], findings=[],
        dos="2026-06-16", pos="11")

    add("fcz-tfesi-02", "pipe table", """
| Field | Entry |
|---|---|
| Procedure | Bilateral lumbar transforaminal epidural steroid injection |
| Levels | L4-L5 and L5-S1, both sides |
| Place | Ambulatory surgery center |
| Date | 2026-01-27 |
| Duration of symptoms | 7 months |
| Symptoms | Burning pain into both legs, right worse than left, to the dorsum of both feet |
| Neuro exam | Bilateral positive slump test; decreased sensation L5 dermatome bilaterally |
| Failed conservative tx | Physical therapy 10 weeks, gabapentin 300 mg TID, meloxicam: no meaningful relief |
| Functional limitation | Unable to sit through a meal; stopped working part time; ODI 52% |
| Imaging | MRI: L4-5 and L5-S1 bilateral foraminal narrowing with disc-osteophyte complex contacting the exiting roots |
| Diagnosis | Lumbar spinal stenosis with neurogenic claudication (M48.062) |
| Consent obtained? | Yes |
| Time out | Y |
| Pre-procedure pain | 8/10 |

| Site | Needle | Drug | Strength | Volume | Route |
|---|---|---|---|---|---|
| Right L4-L5 foramen | 22 g Quincke | Dexamethasone | 4 mg/mL | 0.75 mL | transforaminal |
| Right L4-L5 foramen | same | Bupivacaine | 0.25% | 1 mL | transforaminal |
| Right L5-S1 foramen | 22 g Quincke | Dexamethasone | 4 mg/mL | 0.75 mL | transforaminal |
| Right L5-S1 foramen | same | Bupivacaine | 0.25% | 1 mL | transforaminal |
| Left L4-L5 foramen | 22 g Quincke | Dexamethasone | 4 mg/mL | 0.75 mL | transforaminal |
| Left L4-L5 foramen | same | Bupivacaine | 0.25% | 1 mL | transforaminal |
| Left L5-S1 foramen | 22 g Quincke | Dexamethasone | 4 mg/mL | 0.75 mL | transforaminal |
| Left L5-S1 foramen | same | Bupivacaine | 0.25% | 1 mL | transforaminal |

| Guidance | Fluoroscopy |
| Contrast | Isovue-M 200, 4 mL total, 1 mL per foramen, periradicular flow, no intravascular pattern |
| Images archived | ☐ |
| Post-procedure pain | 4/10 |
| Complications | [None] |
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 12), given("bupivacaine", 10), given("iopamidol", 4, "ml")],
        pain=(8, 4), need=ESI_NEED, codes=[line("64483", "50"), line("64484", "50")], findings=["saved_images"],
        dos="2026-01-27", pos="24")

    add("fcz-ilesi-01", "key=value list", """
form=EPIDURAL_INJECTION_V3
procedure=lumbar epidural steroid injection, interlaminar
level=L5-S1
approach=interlaminar, midline, loss of resistance to saline
pos=office
dos=2025-09-09
symptom_duration=4 months
symptoms=shooting pain from low back into the right calf and heel, numbness sole of right foot
exam=SLR positive right 35 deg; right plantarflexion 4+/5
conservative_tx=PT 6 wks (no change in leg pain); prednisone taper - failed; ibuprofen - no relief
functional_limitation=unable to stand > 10 min; cannot lift grandchild; ODI 40%
mri=L5-S1 right paracentral extrusion compressing the right S1 root
dx=Lumbar disc herniation with radiculopathy, M51.16
consent=written, on chart
timeout=Y
pain_pre=6/10
imaging=fluoroscopy
contrast=Omnipaque 180, 2 mL, epidurogram confirms spread, no vascular or intrathecal flow
skin_local=lidocaine 1% 3 mL
injectate=Depo-Medrol 80 mg (40 mg/mL x 2 mL) + preservative-free saline 2 mL
images_saved=2 views (AP, lateral)
sedation=moderate, by proceduralist
sedation_reason=severe procedural anxiety; previous attempt without sedation aborted because of movement
sedation_observer=RN, independent trained observer, monitoring throughout
sedation_meds=midazolam 2 mg IV; fentanyl 50 mcg IV
sedation_start=09:02
sedation_end=09:20
sedation_intraservice_min=18
vitals_pre=BP 138/82 HR 76 SpO2 98%
vitals_post=BP 126/78 HR 70 SpO2 97%
pain_post=2/10
complications=[None]
disposition=discharged ambulatory with escort
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("iohexol", 2, "ml"), given("lidocaine", 30), given("methylprednisolone_acetate", 80),
               given("midazolam", 2), given("fentanyl", 50, "mcg")],
        pain=(6, 2), need=ESI_NEED, codes=[line("62323"), line("99152"), line("J1010", units=80)], findings=[],
        dos="2025-09-09", pos="11")

    add("fcz-ilesi-02", "checkbox grid", """
CERVICAL EPIDURAL - PROCEDURE FORM            Facility: hospital outpatient department      DOS: 02/24/2026

Procedure:   [x] Interlaminar ESI   [ ] Transforaminal ESI   [ ] Caudal
Region:      [x] Cervical   [ ] Thoracic   [ ] Lumbar
Level:       C7-T1
Guidance:    [x] Fluoroscopy   [ ] CT   [ ] None

HISTORY
Duration of symptoms: 9 weeks
Pain pattern: [x] Neck   [x] Radiating to right arm   [x] Paresthesias right thumb and index finger
Exam: [x] Spurling positive right   [x] Biceps reflex reduced right   [ ] Normal
Conservative therapy completed:
  [ ] Physical therapy   [ ] NSAIDs   [ ] Oral steroids   [ ] Home exercise program   [ ] Chiropractic
Functional limitation: cannot turn head to drive, wakes 3-4 times a night with arm pain; NDI 38%
Imaging: MRI C-spine - C6-C7 right foraminal disc protrusion narrowing the right C7 foramen
Diagnosis: Cervical radiculopathy (M54.12)

SAFETY
Consent signed: [x] Yes  [ ] No
Time out: [x] Yes  [ ] No
Allergies: NKDA

PAIN
Pre-procedure: 7/10        Post-procedure: 3/10

TECHNIQUE
Needle: 20 g Tuohy, paramedian right, loss of resistance at C7-T1
Contrast: [x] Omnipaque 240 - 1.5 mL, epidural spread confirmed on contralateral oblique
Injectate: Kenalog 40 mg/mL 1.5 mL + preservative-free saline 1 mL
Images saved: [x] AP   [x] Contralateral oblique

OUTCOME
Complications: [x] None  [ ] Dural puncture  [ ] Vasovagal  [ ] Other
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 60)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), codes=[line("62321")],
        findings=["conservative_care"], dos="2026-02-24", pos="22")

    add("fcz-caudal-01", "yes/no pick list", """
CAUDAL EPIDURAL STEROID INJECTION - STRUCTURED NOTE
Date of service: 10/17/2023     Location: clinic procedure room

Prior lumbar surgery? Yes - L4-L5 laminectomy and discectomy, 2019
Leg symptoms? Yes - aching and burning in both legs to the calves, left more than right
Numbness? Yes - both feet, patchy
Duration of symptoms: 14 months since recurrence
Failed conservative tx: PT 12 wks, duloxetine, tramadol - pain persists
Functional limitation: walks < 15 min before sitting down; unable to do yard work; ODI 48%
MRI with contrast: enhancing epidural fibrosis at L4-5 with left foraminal stenosis; no recurrent herniation
Diagnosis: Post-laminectomy syndrome, lumbar (M96.1), with bilateral radicular leg pain

Consent obtained? Yes
Time out completed? Yes
Anticoagulants held? N/A - none taken
Pre-procedure pain (0-10): 8
Sedation? No

Approach: caudal, via the sacral hiatus
Imaging: fluoroscopy
Contrast: Isovue-M 200, 5 mL - filling to L4 without vascular runoff
Medications:
  drug               | dose / strength   | volume | route
  Depo-Medrol        | 40 mg/mL          | 2 mL   | caudal epidural
  Bupivacaine        | 0.25%             | 4 mL   | caudal epidural
  Normal saline      | -                 | 4 mL   | caudal epidural
Saved images: AP and lateral
Post-procedure pain (0-10): 5
Complications? No
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 sedation="none")],
        drugs=[given("iopamidol", 5, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 10)],
        pain=(8, 5), need=ESI_NEED, codes=[line("62323"), line("J1040")], findings=[], dos="2023-10-17", pos="11")

    add("fcz-mbb-01", "dot-leader form", """
FACET / MEDIAL BRANCH BLOCK
Procedure type .................... Medial branch block, diagnostic (first block)
Side .............................. Bilateral
Joints targeted ................... L4-L5, L5-S1
Nerves blocked .................... L3 and L4 medial branches, L5 dorsal ramus, each side
Date .............................. 04/07/2026
Place ............................. Office

History
Duration of symptoms .............. 2 years
Pain pattern ...................... Axial low back pain, worse with extension and rotation, no leg radiation
Failed conservative tx ............ PT 8 weeks + home program, celecoxib: pain unchanged
Functional limitation ............. Cannot stand at work > 20 min; ODI 36%
Diagnosis ......................... Lumbar spondylosis without myelopathy or radiculopathy (M47.816)

Pre
Consent ........................... Obtained in writing
Time out .......................... Done
Pain score ........................ 6/10

Technique
Guidance .......................... Fluoroscopy, oblique views for each target
Needle ............................ 25 g 3.5 in, to junction of superior articular and transverse processes
Contrast .......................... Not used
Injectate per nerve ............... Bupivacaine 0.5%, 0.5 mL
Nerves injected ................... 6 (3 per side)

Post
Pain score ........................ 1/10
Pain diary ........................ Given; to record relief every hour for 8 hours
Complications ..................... None
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=False, intent="diagnostic")],
        drugs=[given("bupivacaine", 15)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2026-04-07", pos="11")

    add("fcz-mbb-02", "pipe table", """
| CERVICAL MEDIAL BRANCH BLOCK | |
|---|---|
| Date of service | 03/03/2026 |
| Place of service | ASC |
| Block number | 2 of 2 (confirmatory) |
| Intent | Diagnostic |
| Side | Right |
| Facet joints | C4-C5, C5-C6 |
| Nerves | Right C4, C5, C6 medial branches |
| Duration of symptoms | 18 months |
| Pain pattern | Right-sided neck pain into the suprascapular area, no arm symptoms |
| Failed conservative tx | PT 2 courses (12 wks total), cyclobenzaprine, NSAIDs: persistent pain |
| Functional limitation | Cannot check blind spot when driving; NDI 30% |
| Diagnosis | Cervical spondylosis without myelopathy or radiculopathy (M47.812) |
| First block result | Right C4-C6 MBB on 02/10/2026: 60% relief for 3 hours |
| Consent | Signed |
| Time out | ____ |
| Pre-procedure pain | 6/10 |
| Guidance | Fluoroscopy, lateral view |
| Medication | Lidocaine 2%, 0.5 mL at each medial branch (3 sites) |
| Post-procedure pain | 2/10 |
| Complications | None |
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)], pain=(6, 2), need=SPINE_NEED,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        findings=["diagnostic_block_relief", "time_out"], dos="2026-03-03", pos="24",
        comment="Confirmatory diagnostic block after a first block with 60% relief: below the 80% the second block "
                "needs (facet.diagnostic_block_relief_confirmatory). Time-out field left blank.")

    add("fcz-facet-01", "key=value list", """
procedure_name=Lumbar facet joint injection, intra-articular
intent=therapeutic
side=left
joint=L4-L5
dos=2026-08-04
pos=11 (office)
duration=3 years of left-sided low back pain
pain_pattern=axial, left paraspinal, worse with standing and extension
conservative_tx=PT 3 months and daily home program; meloxicam 15 mg; acetaminophen -> no relief
functional_limitation=unable to garden or vacuum; sleeps in recliner; ODI 38%
diagnostic_block_1=left L3/L4 MBB 01/2026: 90% relief for 6 h
diagnostic_block_2=left L3/L4 MBB 02/2026: 85% relief for 7 h
diagnosis=Lumbar facet arthropathy - lumbar spondylosis without radiculopathy (M47.816)
consent=yes, signed
time_out=Y
pain_pre=7
guidance=fluoroscopy, ipsilateral oblique
contrast=Omnipaque 180 0.2 mL, arthrogram confirms intra-articular position
injectate=Kenalog-40 0.5 mL (20 mg) + bupivacaine 0.25% 1 mL
pain_post=2
complications=None
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.2, "ml"), given("triamcinolone_acetonide", 20), given("bupivacaine", 2.5)],
        pain=(7, 2), need=SPINE_NEED, codes=[line("64493", "LT"), line("J3301", units=2)], findings=[],
        dos="2026-08-04", pos="11")

    add("fcz-rfa-01", "checkbox grid", """
RADIOFREQUENCY ABLATION - LUMBAR MEDIAL BRANCH          DOS 05/19/2026     POS: ASC

Side:        [ ] Left   [x] Right   [ ] Bilateral
Joints:      [ ] L2-L3  [x] L3-L4  [x] L4-L5  [ ] L5-S1
Nerves:      right L2, L3 and L4 medial branches
Technique:   [x] Conventional thermal  [ ] Pulsed  [ ] Cooled
Lesion:      80 degrees C x 90 seconds per lesion, 2 lesions per nerve
Guidance:    [x] Fluoroscopy  [ ] CT

Indication
  Duration of symptoms: 4 years
  Failed conservative tx: PT 10 wks, NSAIDs, lumbar brace - no relief
  Functional limitation: cannot stand to cook a meal; ODI 42%
  Diagnostic MBB #1: right L2-L4 MBB, 85% relief x 6 h
  Diagnostic MBB #2: right L2-L4 MBB, 90% relief x 7 h
  Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)

Safety
  Consent: [x] Signed
  Time out: [x] Done
  Motor stimulation 2 Hz: [x] No leg contraction at 2 V

Medications
  Lidocaine 2%  | 1 mL per nerve before lesioning | 3 nerves

Sedation flowsheet (moderate, administered by the proceduralist)
  Reason: unable to tolerate prone positioning and lesioning because of severe pain and anxiety
  Observer: independent RN, continuous monitoring
  | time  | agent     | dose    | BP     | HR | SpO2 |
  | 10:05 | start     |         | 142/84 | 80 | 98%  |
  | 10:06 | midazolam | 2 mg IV |        |    |      |
  | 10:06 | fentanyl  | 50 mcg  |        |    |      |
  | 10:14 | midazolam | 1 mg IV | 130/78 | 74 | 97%  |
  | 10:14 | fentanyl  | 50 mcg  |        |    |      |
  | 10:31 | end       |         | 124/76 | 70 | 98%  |
  Intraservice time: 26 min

Pain: pre 7/10, post 4/10
Complications: [x] None  [ ] Other
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 60), given("midazolam", 3), given("fentanyl", 100, "mcg")],
        pain=(7, 4), need=SPINE_NEED,
        codes=[line("64635", "RT"), line("64636", "RT"), line("99152"), line("99153")], findings=[],
        dos="2026-05-19", pos="24")

    add("fcz-sij-01", "yes/no pick list", """
SACROILIAC JOINT INJECTION
Date: 07/14/2026        Site of service: office

Side: RIGHT
Intent: Diagnostic
SI-region pain? Yes - right buttock below the PSIS, no radiation past the knee
Duration of symptoms: 8 months
Provocation tests positive? Yes - FABER, thigh thrust, compression (3 of 5)
Failed conservative tx: PT 6 wks with SI belt - no relief; NSAIDs - gastritis, stopped
Functional limitation: cannot climb stairs without rail; cannot sit > 30 min
Diagnosis: Sacroiliitis, right (M46.1)

Consent obtained? Yes
Time out? Yes
Pre-procedure pain: 7/10
Guidance: fluoroscopy
Contrast: Omnipaque 240, 0.5 mL - intra-articular outline of the right SI joint
Injectate: Bupivacaine 0.5% 2 mL + Depo-Medrol 40 mg (1 mL)
Images saved: 2 views - AP and oblique
Post-procedure pain: 1/10
Relief at 30 minutes: 85%
Complications? No
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 10), given("methylprednisolone_acetate", 40)],
        pain=(7, 1), need=SPINE_NEED, codes=[line("27096", "RT"), line("J1010", units=40)], findings=[],
        dos="2026-07-14", pos="11")

    add("fcz-tpi-01", "key=value list", """
visit_type=procedure
procedure=trigger point injections
dos=2026-01-20
pos=office
side=right
muscles=upper trapezius; levator scapulae; rhomboid major
muscle_count=3
exam=taut bands with local twitch response in each muscle, pressure reproduces pain referred to the right neck
history=right upper back and neck pain for 1 year, worse at computer work
dx=Myalgia, other site - myofascial pain right upper back (M79.18)
consent=verbal and written
timeout=Y
pain_pre=7/10
needle=27 g 1.25 in
medication=lidocaine 1% (preservative free), 1 mL per muscle, 3 mL total
pain_post=3/10
percent_relief=
complications=none
""", procs=[proc("trigger_point", laterality="right")],
        drugs=[given("lidocaine", 30)], pain=(7, 3), need=("diagnosis",), codes=[line("20553")],
        findings=["percent_relief"], dos="2026-01-20", pos="11")

    add("fcz-onb-01", "pipe table", """
| OCCIPITAL NERVE BLOCK | |
|---|---|
| Date of service | 03/31/2026 |
| Place | Office |
| Nerve | Greater occipital |
| Side | Bilateral |
| Indication | Shooting and burning pain from the base of the skull over the vertex, both sides, 8 months |
| Exam | Tenderness and Tinel sign over both greater occipital nerves |
| Diagnosis | Occipital neuralgia (M54.81) |
| Consent | Yes, signed |
| Time out | Y |
| Pre-procedure pain | 8/10 |
| Guidance | Landmark, medial to the occipital artery |

| Side | Drug | Strength | Volume | Dose |
|---|---|---|---|---|
| Right | Bupivacaine | 0.5% | 2 mL | 10 mg |
| Right | Dexamethasone | 4 mg/mL | 0.5 mL | 2 mg |
| Left | Bupivacaine | 0.5% | 2 mL | 10 mg |
| Left | Dexamethasone | 4 mg/mL | 0.5 mL | 2 mg |

| Post-procedure pain | 2/10 |
| Complications | [None] |
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("bupivacaine", 20), given("dexamethasone_sodium_phosphate", 4)], pain=(8, 2),
        need=("diagnosis", "symptom_duration"), codes=[line("64405", "50"), line("J1100", units=4)], findings=[],
        dos="2026-03-31", pos="11", payer="medicare_cgs")

    add("fcz-gnb-01", "checkbox grid", """
GENICULAR NERVE BLOCK                     Date of service: 09/29/2026     Office

Knee:        ☐ Right   ☑ Left
Nerves:      ☑ Superolateral   ☑ Superomedial   ☑ Inferomedial
Guidance:    ☑ Fluoroscopy   ☐ Ultrasound
Purpose:     ☑ Diagnostic, before radiofrequency ablation

Indication: left knee pain 3 years, worse on stairs, failed PT and two steroid injections; walks < 2 blocks
Diagnosis: Unilateral primary osteoarthritis, left knee (M17.12)

Consent signed:  ☑
Time out:        ☑
Pre-procedure pain: 7/10

Medication: bupivacaine 0.5%, 1.5 mL at each of the 3 genicular nerves

Post-procedure pain: N/A
Complications:   ☑ None   ☐ Hematoma   ☐ Other
""", procs=[proc("genicular_nerve_block", region="knee", laterality="left", imaging="fluoroscopy",
                 intent="diagnostic")],
        drugs=[given("bupivacaine", 22.5)], pain=(7, None), need=("diagnosis", "symptom_duration"),
        codes=[line("64454", "LT")], findings=["post_procedure_pain_score"], dos="2026-09-29", pos="11")

    add("fcz-knee-01", "dot-leader form", """
JOINT INJECTION
Joint ............................. Knee
Side .............................. Right
Date .............................. 10/13/2026
Location .......................... Office
Indication ........................ Right knee pain and swelling 2 years, stiffness after sitting
Diagnosis ......................... Unilateral primary osteoarthritis, right knee (M17.11)
Consent ........................... Written consent obtained
Time out .......................... Y
Pain before ....................... 6/10
Guidance .......................... Ultrasound, superolateral approach; image saved to chart
Needle ............................ 22 g 1.5 in
Medication ........................ Kenalog-40 1 mL (40 mg) + lidocaine 1% 4 mL
Pain after ........................ 2/10
Complications ..................... None
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="right",
                 imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(6, 2),
        need=("diagnosis", "symptom_duration"), codes=[line("20611", "RT"), line("J3301", units=4)], findings=[],
        dos="2026-10-13", pos="11", payer="medicare_cgs")

    add("fcz-pump-01", "key=value list", """
encounter=intrathecal pump refill and reprogramming
dos=2026-07-07
pos=11
dx=Chronic pain syndrome (G89.4); failed back surgery syndrome (M96.1)
pump=programmable intrathecal pump, 20 mL reservoir
performed_by=physician (refill and programming done by me)
consent=yes
timeout=Y
expected_residual=2.1 mL
actual_residual=2.0 mL
drug=morphine sulfate preservative-free
concentration=25 mg/mL
volume_added=20 mL
reprogrammed=yes - daily dose increased 5% for breakthrough leg pain
next_refill=in 70 days
complications=none
""", procs=[proc("pump_refill")], drugs=[given("morphine", 500)], pain=(None, None), need=("diagnosis",),
        codes=[line("62370")], findings=[], dos="2026-07-07", pos="11")


def _hard(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fcz-h-tfesi-01", "field blocks per level", """
PROCEDURE NOTE - LUMBAR TFESI
Procedure: LEFT L5-S1 transforaminal epidural steroid injection
Date of service: 05/05/2026 | POS: 11

[History]
Duration of symptoms: 10 weeks
Leg symptoms: sharp pain from the right buttock down the back of the right leg to the heel; right calf numbness
Exam: SLR positive on the right at 30 degrees; right Achilles reflex absent
Failed conservative tx: 6 weeks of PT and a medrol dose pack, still has leg pain despite both
Functional limitation: cannot sit through a 30-minute drive; missed 3 weeks of work; ODI 46%
MRI: L5-S1 right subarticular herniation displacing the right S1 root
Diagnosis: Lumbosacral radiculopathy (M54.17)

[Pre-procedure]
Consent: signed | Time out: Y | Pain: 8/10

[Level block 1 of 1]
Level: L5-S1
Side: RIGHT
Needle: 22 g, advanced under fluoroscopy to the right L5-S1 neural foramen
Contrast: Omnipaque 240 1 mL, right S1 nerve root outlined, no vascular uptake
Medication: dexamethasone 10 mg/mL, 1 mL
Skin: lidocaine 1% 2 mL

[Images]
Saved: AP and lateral

[Post-procedure]
Pain: 3/10
Complications: none
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("J1100", units=10)],
        findings=["laterality_conflict"], dos="2026-05-05", pos="11",
        comment="Title says LEFT; the level block, the needle and the symptoms are right: codes follow the "
                "description (RT) and the difference is a laterality_conflict.")

    add("fcz-h-tfesi-02", "field blocks per level", """
REPEAT TRANSFORAMINAL EPIDURAL - LUMBAR, LEFT
Date of service ..................... 12/09/2025
Place of service .................... Hospital outpatient
Procedure history ................... Repeat procedure; last left L4-L5 / L5-S1 TFESI 07/2025
Response to prior ESI ............... 70% relief of leg pain lasting 4 months, walking distance doubled
Duration of symptoms ................ 16 months
Symptoms ............................ left anterolateral thigh and shin pain with numbness over the dorsum of the left foot
Exam ................................ weak left EHL 4/5, reduced sensation L5 dermatome on the left
Failed conservative tx .............. PT 8 wks, gabapentin - not tolerated (dizziness), NSAIDs - no relief
Functional limitation ............... cannot walk > 1 block; ODI 40%
MRI ................................. left L4-5 foraminal stenosis and left L5-S1 lateral recess stenosis
Diagnosis ........................... Lumbar radiculopathy (M54.16)
Consent ............................. signed today
Time out ............................ Y
Pre-procedure pain .................. 7/10
Guidance ............................ fluoroscopy

--- Level: left L4-L5 foramen ---
Needle .............................. 22 g curved-tip
Contrast ............................ Isovue-M 200, 1 mL, periradicular spread
Drug ................................ triamcinolone 20 mg (Kenalog-40 0.5 mL)
Local anesthetic .................... ropivacaine 0.2%, 1 mL

--- Level: left L5-S1 foramen ---
Needle .............................. 22 g curved-tip
Contrast ............................ Isovue-M 200, 1 mL, periradicular spread
Drug ................................ triamcinolone 20 mg (Kenalog-40 0.5 mL)
Local anesthetic .................... ropivacaine 0.2%, 1 mL

Images saved ........................ AP and lateral at each level
Post-procedure pain ................. 2/10
Complications ....................... none
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 4)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT")], findings=[],
        dos="2025-12-09", pos="22",
        comment="Repeat with a documented response (70% for 4 months): no prior_procedure_response.")

    add("fcz-h-tfesi-03", "key=value list", """
procedure=transforaminal epidural steroid injection, right S1
repeat=yes (third TFESI at this level; last one 05/2026)
prior_esi_response=
dos=2026-11-03
pos=office
symptom_duration=11 months
symptoms=right posterior thigh and calf pain with burning in the lateral right foot
exam=SLR positive right 45 deg; decreased pinprick S1 dermatome right
conservative_tx=PT 8 wks and home program - no relief; duloxetine - nausea, stopped
functional=unable to stand for a shift at work; ODI 42%
mri=right L5-S1 foraminal and lateral recess narrowing, right S1 root contact
dx=Lumbosacral radiculopathy (M54.17)
consent=signed
time_out=Y
pain_pre=6/10
guidance=fluoroscopy
needle=22 g through the right S1 posterior foramen
contrast=Omnipaque 240 1 mL, S1 root outlined, no vascular flow
injectate=Celestone 6 mg/mL 1 mL + lidocaine 1% 1 mL
images=AP + lateral saved
pain_post=2/10
complications=none
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 10)],
        pain=(6, 2), need=ESI_NEED, codes=[line("64483", "RT"), line("J0702")],
        findings=["prior_procedure_response"], dos="2026-11-03", pos="11",
        comment="A stated repeat whose prior-response field is empty.")

    add("fcz-h-tfesi-04", "checkbox grid", """
TRANSFORAMINAL ESI - LUMBAR                  DOS: 03/17/2026        Place: ASC

Side:    ( ) Right   (X) Left   ( ) Bilateral
Levels:  ( ) L2-L3   (X) L3-L4   (X) L4-L5   (X) L5-S1
Guidance: (X) Fluoroscopy  ( ) CT

Duration of symptoms: 6 months
Leg symptoms: (X) Radiating left leg pain  (X) Numbness left shin and foot  ( ) None
Exam: (X) Femoral stretch positive left  (X) Diminished left patellar reflex
Failed conservative tx: PT 8 weeks, NSAIDs and tramadol - no lasting relief
Functional limitation: cannot walk through a store; uses a cane; ODI 50%
MRI: multilevel left foraminal stenosis L3-4, L4-5 and L5-S1 with root contact
Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062)

Consent: (X) Signed   Time out: (X) Done
Pre-procedure pain: 8/10

Medication table
| Level          | Drug           | Dose  | Volume |
| Left L3-L4     | dexamethasone  | 4 mg  | 1 mL   |
| Left L4-L5     | dexamethasone  | 4 mg  | 1 mL   |
| Left L5-S1     | dexamethasone  | 4 mg  | 1 mL   |
Contrast: (X) Omnipaque 240 - 1 mL per level, neural outline, no vascular flow
Images saved: (X) AP  (X) Lateral

Post-procedure pain: 3/10
Complications: (X) None  ( ) Other
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 12), given("iohexol", 3, "ml")], pain=(8, 3), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT", units=2)], findings=["level_limit"],
        dos="2026-03-17", pos="24", comment="Three transforaminal levels in one session: level_limit.")

    add("fcz-h-ilesi-01", "yes/no pick list", """
THORACIC EPIDURAL STEROID INJECTION
Date of service: 02/13/2024     Setting: office

Interlaminar approach? Yes        Level: T10-T11
Band-like pain? Yes - right-sided, wrapping from the mid back around the right lower ribs to the upper abdomen
Dermatomal numbness? Yes - right T10 distribution
Duration of symptoms: 5 months
Failed conservative tx: PT 6 weeks and lidocaine patches - no relief; gabapentin - drowsy, stopped
Functional limitation: ______
MRI thoracic spine: N/A
Diagnosis: Thoracic radiculopathy (M54.14)

Consent obtained? Yes
Time out? Yes
Pre-procedure pain: 7/10
Fluoroscopy? Yes
Contrast? Yes - Omnipaque 240, 2 mL, epidural spread over T9-T11
Injectate: Depo-Medrol 40 mg/mL 1.5 mL + preservative-free saline 1.5 mL
Images saved? Yes - AP and lateral
Post-procedure pain: 3/10
Complications? None
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 60)], pain=(7, 3),
        need=minus(ESI_NEED, "functional_impairment", "imaging_findings"),
        codes=[line("62321"), line("J1040")], findings=["functional_impairment", "imaging_findings"],
        dos="2024-02-13", pos="11", comment="Dated before 2024-04-01: 60 mg methylprednisolone is J1040 x1.")

    add("fcz-h-ilesi-02", "sedation flowsheet", """
LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION
DOS 10/20/2026 | Office

Indication
- Duration of symptoms: 8 months
- Symptoms: heaviness and cramping in both legs after walking 5 minutes, relieved by sitting and bending forward
- Failed conservative tx: PT 12 visits (no change), NSAIDs (no relief), walker
- Functional limitation: cannot shop or walk the dog; ODI 46%
- MRI: severe central canal stenosis at L4-5 with ligamentum flavum hypertrophy
- Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062)

Safety: Consent = yes | Time out = Y | Allergies = none known
Pain pre: 7/10

Procedure
- Level: L4-L5, interlaminar, paramedian left, 18 g Tuohy, loss of resistance to saline
- Guidance: fluoroscopy
- Contrast: Omnipaque 180, 2 mL, epidural spread confirmed, no vascular or intrathecal flow
- Injectate: dexamethasone 10 mg/mL 1 mL + preservative-free saline 3 mL
- Images saved: AP and lateral

Moderate sedation (by proceduralist)
- Reason for sedation: severe claustrophobia and anxiety in the prone position
- Independent observer: ______
| Time  | Event / drug          | BP     | HR | SpO2 |
| 08:38 | sedation start        | 150/88 | 84 | 97%  |
| 08:40 | midazolam 2 mg IV     |        |    |      |
| 08:41 | fentanyl 25 mcg IV    |        |    |      |
| 08:55 | sedation end          | 132/80 | 72 | 96%  |

Pain post: 2/10
Complications: None
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("midazolam", 2),
               given("fentanyl", 25, "mcg")],
        pain=(7, 2), need=ESI_NEED, codes=[line("62323"), line("J1100", units=10)], findings=["sedation_details"],
        dos="2026-10-20", pos="11",
        comment="Moderate sedation by the proceduralist with the observer field blank: sedation_details, and no "
                "99152 (needs an independent observer).")

    add("fcz-h-mbb-01", "dot-leader form", """
LUMBAR MEDIAL BRANCH BLOCK
Date ................................ 06/30/2026
Place ............................... Office
Side ................................ Left
Facet joints ordered ................ L3-L4, L4-L5
Intent .............................. Diagnostic, first block
Duration of symptoms ................ 14 months
Failed conservative tx .............. PT 8 wks, NSAIDs, lumbar traction: no improvement
Functional limitation ............... cannot bend to load the dishwasher; ODI 34%
Diagnosis ........................... Lumbar spondylosis without radiculopathy (M47.816)
Consent ............................. obtained
Time out ............................ Y
Pain before ......................... 5/10
Guidance ............................ fluoroscopy

Targets blocked
  left L3 medial branch ............. ropivacaine 0.5%, 0.5 mL
  left L4 medial branch ............. ropivacaine 0.5%, 0.5 mL
  left L5 dorsal ramus .............. ropivacaine 0.5%, 0.5 mL
  Joints covered .................... left L4-L5 and L5-S1 facet joints

Pain after .......................... 1/10
Complications ....................... None
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 7.5)], pain=(5, 1), need=SPINE_NEED,
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["laterality_conflict"],
        dos="2026-06-30", pos="11",
        comment="Header orders joints L3-L4, L4-L5; the blocked nerves (L3, L4 MB, L5 dorsal ramus) and the "
                "'joints covered' line give L4-L5 and L5-S1: levels follow the description, the difference is a "
                "laterality_conflict (corpora/README 'Sides and levels written twice').")

    add("fcz-h-rfa-01", "dot-leader form", """
LUMBAR RADIOFREQUENCY NEUROTOMY
Date of service ..................... 12/02/2025
Place ............................... Hospital outpatient department
Side ................................ Left
Joints .............................. L4-L5, L5-S1
Nerves lesioned ..................... left L3 and L4 medial branches, left L5 dorsal ramus
Duration of symptoms ................ 3 years
Failed conservative tx .............. PT twice (16 wks total), NSAIDs, yoga - no lasting relief
Functional limitation ............... cannot stand > 15 min; ODI 40%
Diagnosis ........................... Lumbar spondylosis without radiculopathy (M47.816)
Diagnostic block #1 ................. left L3, L4 MB + L5 DR: 85% relief for 6 hours
Diagnostic block #2 ................. left L3, L4 MB + L5 DR: 60% relief for 4 hours
Consent ............................. signed
Time out ............................ Y
Pain before ......................... 6/10
Guidance ............................ fluoroscopy
Sensory / motor testing ............. concordant at 0.4 V; no radicular motor response at 2 V
Local anesthetic .................... lidocaine 2%, 0.5 mL at each of 3 nerves before lesioning
Lesion .............................. conventional thermal, 85 degrees C for 90 seconds, two lesions per nerve
Pain after .......................... 4/10
Complications ....................... None
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 30)], pain=(6, 4), need=SPINE_NEED,
        codes=[line("64635", "LT"), line("64636", "LT")], findings=["diagnostic_block_relief"],
        dos="2025-12-02", pos="22", comment="Second diagnostic block gave 60%: below the 80% each block needs.")

    add("fcz-h-sij-01", "field blocks per side", """
| SACROILIAC JOINT INJECTION - BILATERAL | |
|---|---|
| DOS | 02/10/2026 |
| POS | 11 office |
| Intent | Therapeutic |
| Repeat? | Yes - second therapeutic injection in the last 12 months, counting today |
| Prior diagnostic SI block | 09/2025: 80% relief both sides |
| Prior therapeutic SI injection | 10/2025: 60% relief lasting 4 months |
| Duration of symptoms | 2 years, bilateral buttock pain below the belt line |
| Failed conservative tx | PT 8 wks with SI stabilisation and NSAIDs - only partial, short-lived relief |
| Functional limitation | cannot sit > 20 min or roll over in bed without pain |
| Diagnosis | Sacroiliitis (M46.1), bilateral |
| Consent | signed |
| Time out | Y |
| Pre-procedure pain | 7/10 |
| Guidance | fluoroscopy |

| Side | Contrast | Steroid | Local anesthetic |
|---|---|---|---|
| Right SI joint | Omnipaque 240 0.5 mL, intra-articular | triamcinolone 40 mg (Kenalog-40 1 mL) | bupivacaine 0.25% 2 mL |
| Left SI joint | Omnipaque 240 0.5 mL, intra-articular | triamcinolone 40 mg (Kenalog-40 1 mL) | bupivacaine 0.25% 2 mL |

| Images saved | two views per side (AP, oblique) |
| Post-procedure pain | 2/10 |
| Percent relief | 70% at 20 minutes |
| Complications | none |
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 10)],
        pain=(7, 2), need=SPINE_NEED, codes=[line("27096", "50"), line("J3301", units=8)], findings=[],
        dos="2026-02-10", pos="11",
        comment="Therapeutic repeat with a positive diagnostic block (80%) and 60% for 4 months: complete.")

    add("fcz-h-tpi-01", "key=value list", """
procedure=trigger point injection with onabotulinumtoxinA
dos=2026-08-25
pos=office
side=left
muscles=upper trapezius | levator scapulae | splenius capitis | rhomboid minor
exam=palpable taut bands with twitch response and referred pain to the left occiput and shoulder in all 4 muscles
history=left neck and upper back myofascial pain 2 years; lidocaine TPIs in 2024 gave 1-2 days of relief only
dx=Myalgia of auxiliary muscles, head and neck (M79.12)
consent=signed, toxin-specific consent
time_out=Y
pain_pre=7/10
drug=Botox, single-dose 100-unit vial, reconstituted with 2 mL preservative-free saline
dose_by_muscle=25 units each x 4 muscles
total_injected=100 units
wasted=0 units
pain_post=4/10
percent_relief=40%
complications=none
""", procs=[proc("trigger_point", laterality="left")], drugs=[given("onabotulinumtoxinA", 100, "units")],
        pain=(7, 4), need=("diagnosis", "symptom_duration"),
        codes=[line("20553"), line("J0585", "JZ", units=100)], findings=[], dos="2026-08-25", pos="11",
        comment="Single-dose vial used completely (0 wasted) after 2023-07-01: JZ on the drug line.")

    add("fcz-h-stellate-01", "checkbox grid", """
STELLATE GANGLION BLOCK                      DOS 04/14/2026      Office procedure room

Side:          [ ] Right   [x] Left
Level:         anterior tubercle of C6
Guidance:      [x] Fluoroscopy   [ ] Ultrasound
Indication:    burning pain, swelling and colour change of the left hand and forearm since a wrist fracture 7 months ago
Diagnosis:     Complex regional pain syndrome I of left upper limb (G90.512)

Consent:       [x] signed
Time out:      [x] done
Pre-procedure pain: 6/10

Contrast:      Omnipaque 240, 2 mL, spread along the prevertebral plane, no vascular uptake
Medication:    bupivacaine 0.25%, 8 mL, incremental with aspiration
Result:        left Horner sign at 10 minutes; left hand skin temperature up 2.5 C

Post-procedure pain: 3/10
Complications: [ ] None   [ ] Hoarseness   [ ] Hematoma   [ ] Other
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 20)], pain=(6, 3), need=("diagnosis",),
        codes=[line("64510"), line("77002"), line("Q9966", units=2)], findings=["complications"], complications=None,
        dos="2026-04-14", pos="11",
        comment="Complications grid with no box ticked: not documented. Office: 77002 and contrast Q9966 (240) per mL.")

    add("fcz-h-va-01", "sedation flowsheet", """
VERTEBRAL AUGMENTATION (KYPHOPLASTY)
Date of service ..................... 04/21/2026
Place ............................... Hospital outpatient
Level ............................... L1
Approach ............................ bilateral transpedicular, balloon kyphoplasty (cavity created before cement)
Indication .......................... severe mid-back pain after a fall 7 weeks ago, pain with standing and turning in bed
MRI ................................. acute L1 compression fracture, 30% height loss, marrow edema on STIR
Failed conservative tx .............. TLSO brace and oral analgesics 6 weeks - pain persists, bed-bound most of the day
Diagnosis ........................... Age-related osteoporosis with current pathological fracture, vertebra, initial (M80.08XA)
Consent ............................. signed
Time out ............................ Y
Pain before ......................... 9/10
Guidance ............................ biplane fluoroscopy
Local anesthetic .................... lidocaine 1%, 10 mL along both pedicle tracts
Cement .............................. PMMA 4 mL total, no extravasation

Moderate sedation by the proceduralist
  Independent observer .............. RN, trained in sedation monitoring
  Start ............................. 13:10
  Midazolam ......................... 1 mg at 13:11, 1 mg at 13:25, 1 mg at 13:36
  Fentanyl .......................... 50 mcg at 13:11, 50 mcg at 13:25
  Stop .............................. 13:45
  Intraservice time ................. 35 minutes
  Vitals ............................ stable throughout, SpO2 >= 95%

Pain after .......................... 4/10
Complications ....................... None
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 100), given("midazolam", 3), given("fentanyl", 100, "mcg")], pain=(9, 4),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        codes=[line("22514"), line("99152"), line("99153")], findings=[], dos="2026-04-21", pos="22")

    add("fcz-h-scs-01", "checkbox grid", """
SPINAL CORD STIMULATOR TRIAL - LEAD PLACEMENT          DOS: 09/08/2026      Place: ASC

Indication
  Diagnosis: Post-laminectomy syndrome (M96.1) with bilateral leg pain
  Duration of symptoms: 5 years
  Failed treatments: [x] L4-S1 fusion 2021  [x] PT  [x] Medications (gabapentin, duloxetine, opioids)  [x] ESIs - each gave under 2 weeks
  Psychological evaluation: [ ] Completed / cleared   [x] Pending
  Functional limitation: walks < 10 min; stopped working

Safety
  Consent: [x] signed    Time out: [x] Y
  Pre-procedure pain: 8/10

Procedure
  Leads: [x] Percutaneous  [ ] Paddle (laminotomy)
  Number of leads: 2 (8-contact)
  Entry: T12-L1 interlaminar, left paramedian, 14 g Tuohy
  Lead tips: T8 (left of midline) and T8-T9 (right of midline)
  Guidance: [x] Fluoroscopy
  Local: lidocaine 1% 8 mL
  Paresthesia mapping: coverage of both legs and low back

Post-procedure pain: 5/10
Complications: [x] None
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 80)], pain=(8, 5), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("63650", units=2), line("77003", "26")], findings=["indication"], dos="2026-09-08", pos="24",
        comment="Psychological evaluation ticked 'Pending': scs.psychological_evaluation (indication).")

    add("fcz-h-pump-02", "yes/no pick list", """
INTRATHECAL PUMP REFILL
Date: 06/02/2026        Site: office

Diagnosis: Chronic pain syndrome (G89.4)
Low-reservoir alarm date: 06/09/2026
Refill performed by: clinic RN (clinical staff), physician available in the suite
Consent? Yes
Time out? Yes
Residual volume withdrawn: 1.8 mL (expected 2.0 mL)
Drug added: hydromorphone 10 mg/mL, 18 mL
Reprogrammed? ___
Complications? None
""", procs=[proc("pump_refill")], drugs=[given("hydromorphone", 180)], pain=(None, None), need=("diagnosis",),
        codes=[line("95990")], findings=["approach"], dos="2026-06-02", pos="11",
        comment="Refilled by clinical staff; the reprogramming answer is blank: refill only (95990) and the "
                "pump.reprogramming finding (approach).")

    add("fcz-h-hip-01", "checkbox grid", """
HIP JOINT INJECTION - FLUOROSCOPIC                     Date of service: 01/13/2026     POS 11

Side:           ☐ Right   ☑ Left
Indication:     left groin pain 18 months, limping, cannot put on socks; failed PT and NSAIDs
Diagnosis:      Unilateral primary osteoarthritis, left hip (M16.12)

Consent obtained?   ☐ Yes   ☐ No
Time out:           ☑ Yes
Pre-procedure pain: 7/10

Guidance:       ☑ Fluoroscopy   ☐ Ultrasound
Needle:         22 g spinal, anterolateral approach to the femoral head-neck junction
Contrast:       Isovue-M 200, 1 mL, intra-articular arthrogram
Medication:
  | drug          | strength  | volume | site            |
  | Depo-Medrol   | 40 mg/mL  | 1 mL   | left hip joint  |
  | Ropivacaine   | 0.5%      | 4 mL   | left hip joint  |

Post-procedure pain: 2/10
Complications:  ☑ None
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="left",
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 40), given("ropivacaine", 20)],
        pain=(7, 2), need=("diagnosis", "symptom_duration"),
        codes=[line("20610", "LT"), line("77002"), line("J1010", units=40), line("Q9966")], findings=["consent"],
        consent=False, dos="2026-01-13", pos="11",
        comment="Consent pick list with neither box ticked: not documented. 20610 does not include imaging: 77002 "
                "and, in the office, contrast Q9966 (Isovue-M 200) per mL.")
