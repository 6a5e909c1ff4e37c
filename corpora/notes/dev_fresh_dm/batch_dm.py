"""Sealed batch dev_fresh_dm: 30 procedure notes buried in copied-forward text and templated negatives.

Every note and its gold were written by hand for this batch (no phrase pools of other batches); the gold was
labelled from the text before Painpoint read any of it. `build` receives the kit of `dev_fresh_d/make_notes.py`.
"""

ROS_A = ("ROS: Constitutional: denies fever, chills, night sweats or unintended weight loss. GU/GI: denies new bowel "
         "or bladder incontinence or retention. Neuro: denies saddle anesthesia, denies progressive weakness. "
         "All other systems reviewed and negative.")
ROS_B = ("Review of systems (carried forward, reviewed today): negative for fevers, chills, chest pain, shortness of "
         "breath, bowel/bladder changes, saddle numbness, gait instability. Positive only as per HPI.")
EXAM_GEN = ("General: alert, oriented x3, in no acute distress. HEENT: normocephalic. CV: regular rate and rhythm. "
            "Resp: unlabored, clear bilaterally. Abdomen: soft, non-tender. Skin: warm, dry, intact over the planned "
            "site, no rash or erythema. Psych: appropriate mood and affect.")
CONSENT_A = ("Informed consent: The procedure, its alternatives and its risks, including but not limited to bleeding, "
             "infection, nerve damage, increased pain, allergic reaction, dural puncture headache, paralysis and "
             "death, were explained in detail. All questions were answered and written consent was signed and "
             "placed in the chart.")
CONSENT_B = ("CONSENT: Risks/benefits/alternatives reviewed (bleeding, infection, nerve injury, spinal headache, "
             "steroid side effects such as elevated glucose, facial flushing and insomnia, and rarely stroke, "
             "paralysis or death). Patient verbalized understanding and signed consent.")


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdm-tfesi-01", "headers", f"""
PAIN MEDICINE PROCEDURE NOTE

DATE OF SERVICE: 02/11/2025
PROCEDURE: Left L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy

PRE-OPERATIVE DIAGNOSIS: Lumbar radiculopathy, left (M54.16)
POST-OPERATIVE DIAGNOSIS: Same

HISTORY OF PRESENT ILLNESS (copied forward from 01/14/2025 visit, updated):
Left buttock and posterolateral thigh pain extending to the lateral calf and the top of the foot for 7 months,
with tingling in the left great toe. Eight weeks of supervised physical therapy and a home program did not
reduce the leg pain; meloxicam caused dyspepsia and was stopped. She can no longer walk her dog more than one
block and cannot sit through a work shift. MRI lumbar spine 11/2024: left foraminal disc protrusion at L4-L5
narrowing the exit zone of the left L4 root and a left paracentral protrusion at L5-S1 abutting the descending
left S1 root. Straight-leg raise positive on the left at 40 degrees.

OUTCOME MEASURES: ODI 48%. PEG 7.3. PROMIS Pain Interference T-score 66.

{ROS_A}

CURRENT MEDICATIONS: oxycodone-acetaminophen 5/325 mg every 6 hours as needed, gabapentin 300 mg three times
daily, duloxetine 60 mg daily, lidocaine 4% patch to low back 12 hours on/12 off, atorvastatin 20 mg.
ALLERGIES: No known drug allergies.

PHYSICAL EXAM:
{EXAM_GEN}
Spine: tenderness over the left lower lumbar paraspinals. Strength 5/5 throughout except 4+/5 left EHL.
Sensation decreased over the left L5 dermatome. Reflexes 2+ and symmetric.

PLAN FROM LAST VISIT (carried forward): Consider left L4-5 and L5-S1 TFESI; if relief under 50%, will discuss
surgical referral. Continue HEP.

{CONSENT_A}

TIME-OUT: Performed with the whole team confirming patient identity, procedure, side and levels.

PRE-PROCEDURE PAIN: 6/10

DESCRIPTION OF PROCEDURE:
The patient was placed prone. The lumbar area was prepped with chlorhexidine and draped sterilely. Under AP and
oblique fluoroscopic views the left L4-L5 and L5-S1 foramina were identified. The skin was anesthetized with 3 mL
of 1% lidocaine in total. A 22-gauge 3.5-inch spinal needle was advanced to the left L4-L5 foramen in the
safe triangle, then a second needle to the left L5-S1 foramen. Isovue-M 200, 1 mL at each level (2 mL in total),
outlined the exiting roots with epidural spread and no vascular uptake under live fluoroscopy. Dexamethasone
10 mg/mL from a single-dose vial, 0.5 mL (5 mg) per level, was injected slowly, the whole 10 mg vial used with no
amount discarded. Needles were removed intact. AP and lateral images were saved to PACS.

POST-PROCEDURE PAIN: 2/10
COMPLICATIONS: None. No paresthesias, no heme, no CSF.
DISPOSITION: Discharged ambulatory in stable condition; instructed to keep a pain diary. Follow up in 3 weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2025-02-11", pos="11",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", "JZ", units=10)], findings=[],
        comment="Lidocaine patch in the home medication list is not administered; only the 3 mL skin lidocaine counts. "
                "Dexamethasone from a single-dose vial with nothing discarded at POS 11 after 2023-07-01: JZ.")

    add("fdm-tfesi-02", "bullets", f"""
Interventional Spine - Procedure Note
- Date: 08/19/2024   Location: hospital outpatient procedure suite
- Procedure: RIGHT L3-L4 transforaminal epidural steroid injection, fluoroscopic guidance
- Dx: Right lumbar radiculopathy (M54.16)
- HPI (copied from intake):
  - Right anterior thigh and medial knee pain, burning, for about 5 months
  - Quad weakness on stairs; numbness over the right medial shin
  - Physical therapy and naproxen; home stretching
  - Cannot stand at the kitchen counter more than 10 minutes; ODI 42%
  - MRI 06/2024: right foraminal disc extrusion at L3-L4 compressing the exiting right L3 nerve root
- ROS: denies fever or chills; denies bowel or bladder dysfunction; denies saddle anesthesia
- Meds: tramadol 50 mg q8h PRN, cyclobenzaprine 10 mg qhs, amlodipine
- Exam: femoral stretch test positive on the right; right patellar reflex 1+ vs 2+ on the left
- Outcome tools: PEG 6.7; PHQ-2 negative
- Consent: the nature of the procedure and the risks (infection, bleeding, nerve injury, allergic reaction,
  paralysis, death) were reviewed and consent was signed
- Time out completed, right side marked
- Pain before: 7/10
- Technique:
  - prone, sterile prep and drape
  - skin local: 1% lidocaine 2 mL
  - 22 g Quincke needle to the right L3-L4 neuroforamen under fluoroscopy
  - Omnipaque 240, 1.5 mL: perineural and epidural flow, no intravascular pattern on live imaging
  - injected triamcinolone 40 mg (Kenalog-40, 1 mL) with 1 mL preservative-free saline
  - AP and lateral fluoroscopic images saved
- Pain after: 3/10
- Complications: none; denies new numbness or weakness, no bowel/bladder change
- Plan: pain diary; follow up 4 weeks; will consider repeat only if relief is 50% or more for at least 3 months
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L3-L4"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), dos="2024-08-19", pos="22",
        codes=[line("64483", "RT")], findings=["conservative_care"],
        comment="PT, naproxen and stretching are only listed, with neither a length nor an outcome.")

    add("fdm-ilesi-01", "inline", f"""
Procedure: Cervical interlaminar epidural steroid injection, C7-T1, midline, fluoroscopically guided
Date of service: 10/05/2023
Place: office procedure room
Indication: Bilateral neck pain radiating into both arms, worse on the right, to the thumb and index finger,
for 6 months. Paresthesias in the right C6 distribution; right biceps reflex diminished; Spurling positive on
the right.
Diagnosis: Cervical radiculopathy (M54.12)
Imaging: MRI cervical spine 07/2023 - broad disc-osteophyte complex at C5-C6 with bilateral foraminal stenosis,
moderate on the right, contacting the right C6 root.
Conservative care: 10 weeks of physical therapy with cervical traction, ended without improvement;
prednisone taper gave no lasting benefit.
Function: NDI 38%; unable to work at a computer more than 30 minutes; sleep disrupted nightly.
Prior plan (copied forward): consider CESI; if no better, neurosurgery consult; possible C5-6 ACDF discussed.
ROS: no fever, no chills, no myelopathic symptoms, no bowel or bladder changes, no gait change.
Home medications: hydrocodone-acetaminophen 10/325 mg twice daily, pregabalin 75 mg twice daily, naproxen held
for 5 days.
Exam: {EXAM_GEN}
Consent: {CONSENT_B}
Time-out: done, all in agreement.
Pre-procedure pain score: 7/10.
Technique: Prone, neck flexed. Sterile prep and drape. Skin and tract anesthetized with 1% lidocaine, 2 mL.
A 20-gauge 3.5-inch Tuohy needle was advanced at C7-T1 under AP and contralateral oblique fluoroscopy;
loss of resistance with preservative-free saline. Omnipaque 240, 1.5 mL, confirmed epidural spread without
intrathecal or vascular pattern. Methylprednisolone acetate 80 mg (Depo-Medrol 40 mg/mL, 2 mL) with 2 mL of
preservative-free saline was injected. AP and contralateral oblique images were saved.
Post-procedure pain score: 3/10.
Complications: no complications; no paresthesia, no blood, no CSF return.
Disposition: home with driver; follow-up 4 weeks.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 3), need=ESI_NEED, dos="2023-10-05", pos="11",
        codes=[line("62321"), line("J1040")], findings=[],
        comment="Methylprednisolone 80 mg before 2024-04-01: one J1040 unit.")

    add("fdm-ilesi-02", "attestation", f"""
Lumbar Interlaminar Epidural Steroid Injection

Date: May 6, 2026. Ambulatory surgery center.

History (carried forward from the new patient visit and updated): Low back pain with radiation down the
posterior left leg to the heel for 9 months, with numbness of the lateral foot. Twelve weeks of physical
therapy and a course of celecoxib brought no meaningful relief. She has had to cut her work hours in half because
she cannot stand for more than 15 minutes. ODI 52%. MRI 02/2026: L5-S1 left paracentral disc herniation
displacing the left S1 nerve root. SLR positive on the left; left Achilles reflex absent.

Diagnosis: Lumbar disc herniation with radiculopathy, L5-S1 (M51.17).

{ROS_B}

Medications: morphine sulfate ER 15 mg every 12 hours, acetaminophen 1 g three times daily, sertraline.

Plan from last note (carried forward): L5-S1 interlaminar ESI; may consider left S1 TFESI if the interlaminar
approach fails; continue HEP.

{CONSENT_A}

A time-out was completed before the procedure.

Pain prior to procedure: 8/10.

Procedure: The patient was positioned prone. After sterile prep and drape, the L5-S1 interlaminar space was
identified under fluoroscopy, slightly left of midline. The skin was anesthetized with 1% lidocaine, 3 mL. A
20-gauge Tuohy needle was advanced using loss of resistance to saline and the epidural space was entered on the
first pass. Omnipaque 240, 2 mL, showed epidural spread along the left L5-S1 interspace with no vascular or
intrathecal pattern. Triamcinolone 80 mg (Kenalog-40, 2 mL) diluted with 3 mL of normal saline was injected.
Images were saved.

Pain after procedure: 4/10. The patient tolerated the procedure well. No complications.

Attestation: I was present for and performed the entire procedure. The above history, review of systems and
examination were reviewed, updated where needed and are accurate as of today.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 4), need=ESI_NEED, dos="2026-05-06", pos="24",
        codes=[line("62323")], findings=["saved_images"],
        comment="'Images were saved.' names no views. Morphine ER is a home medication, not administered. "
                "Triamcinolone 80 mg is at, not above, the ceiling.")

    add("fdm-mbb-01", "headers", f"""
FACET / MEDIAL BRANCH BLOCK - PROCEDURE REPORT

Date of Service: 06/17/2025          Setting: Office

Procedure: Bilateral L3 and L4 medial branch blocks and L5 dorsal ramus blocks (L4-L5 and L5-S1 facet joints),
first diagnostic block.
Intent: Diagnostic.

Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Indication: Predominantly axial low back pain across the belt line for 2 years, worse with extension and
rotation, without radiation below the knees. Paraspinal tenderness over L4-S1 bilaterally, facet loading
positive both sides. Twelve weeks of core-stabilization physical therapy and daily NSAIDs failed to relieve
the pain. He can no longer garden or lift his grandchildren; ODI 40%.
MRI: multilevel facet arthropathy, worst at L4-L5 and L5-S1; no canal or foraminal stenosis.

ROS: negative for fever, weight loss, bowel or bladder changes, saddle anesthesia, leg weakness.
Medications: tapentadol 50 mg every 8 hours as needed, acetaminophen, lisinopril.

Plan (copied from last visit, unchanged): Plan MBB x2. If both give 80% or better relief, will consider RFA of
the bilateral L4-5 and L5-S1 facets.

Consent: {CONSENT_B}
Time Out: performed per universal protocol.
Pre-procedure Pain: 7/10.

Procedure: Prone. Sterile prep and drape. Skin wheals with 1% lidocaine, 4 mL total. Under fluoroscopy a
22-gauge needle was placed at the junction of the superior articular and transverse processes for the L3 and L4
medial branches and at the sacral ala for the L5 dorsal ramus, on each side (six needles). Omnipaque 240, 0.2 mL
at each target, showed no vascular uptake. Bupivacaine 0.5%, 0.5 mL, was injected at each of the six targets.
No steroid was given.

Post-procedure Pain: 1/10 at 30 minutes with provocative maneuvers (86% relief). Pain diary given.
Complications: none.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 40), given("iohexol", 1.2, "ml"), given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2025-06-17", pos="11",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        comment="'will consider RFA' is a copied-forward plan, not a procedure done.")

    add("fdm-mbb-02", "bullets", f"""
Procedure Note - Cervical Medial Branch Block #2 (confirmatory)
* DOS: 09/30/2025 | HOPD
* Procedure: Right C3, C4 and C5 medial branch blocks (C3-C4 and C4-C5 facet joints), diagnostic
* Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
* History (carried forward, reviewed):
  * right-sided axial neck pain with suboccipital spread for 18 months, worse turning to the right
  * failed 10 weeks of PT and chiropractic care; meloxicam ineffective
  * cannot check blind spots while driving; NDI 34%
  * first right C3-C5 MBB on 09/02/2025: 85% relief for 6 hours
  * CT cervical: right C3-C4 and C4-C5 facet hypertrophy
* ROS: denies fever, chills, arm weakness, gait or bowel/bladder change
* Medications: oxycodone 5 mg daily PRN, tizanidine 4 mg qhs
* Plan from previous note (copied): repeat MBB for confirmation -> right C3-C5 RFA if again 80% or better
* {CONSENT_B}
* Pre-procedure pain 6/10
* Procedure: lateral decubitus, right side up. Sterile prep and drape. Under fluoroscopy 25-gauge needles were
  placed at the waists of the right C3, C4 and C5 articular pillars. 2% lidocaine, 0.5 mL, at each of the three
  nerves. Lateral image saved.
* Post-procedure pain 0/10 at 20 minutes (100% relief)
* Complications: none; no vasovagal reaction, no dysphagia
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 0), need=SPINE_NEED, dos="2025-09-30", pos="22",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["time_out"],
        comment="No time-out is written. The first block's 85% relief meets the confirmatory standard.")

    add("fdm-rfa-01", "paragraph", f"""
Radiofrequency ablation, right lumbar facets. 01/13/2026, ambulatory surgery center.

This is a 68-year-old with right-sided axial low back pain for more than 3 years from lumbar facet arthropathy
(lumbar spondylosis, M47.816). Physical therapy for 3 months, NSAIDs and a home program all failed to give
lasting relief. The pain keeps him from walking more than 20 minutes or standing to cook; ODI 38%. Two
diagnostic right L3, L4 medial branch and L5 dorsal ramus blocks were done: the first with lidocaine gave 90%
relief, the second with bupivacaine 85% relief, each lasting the expected duration of the anesthetic. {ROS_A}
Medications include hydrocodone 5/325 mg twice daily and meloxicam 15 mg. Exam again unremarkable apart from
right paraspinal tenderness and pain on extension-rotation. The copied-forward plan from his last visit reads:
"MBB #2 then RFA if concordant; consider SI evaluation if not." {CONSENT_A} Time-out was held with the nurse and
technologist. Pre-procedure pain 7/10.

With the patient prone and after sterile prep, the right L3 and L4 medial branches and the right L5 dorsal
ramus were targeted under fluoroscopy (L4-L5 and L5-S1 facet joints) with 18-gauge, 10 mm active-tip RF cannulas
placed parallel to the nerves, positions confirmed in AP, oblique and lateral views. Sensory stimulation at 50 Hz
reproduced the back pain below 0.5 V; motor stimulation at 2 Hz up to 2 V produced no leg muscle contraction.
Each site received 2% lidocaine, 1 mL, and thermal lesions were made at 80 degrees C for 90 seconds at each of the
three nerves. Post-procedure pain 3/10. No complications. He will follow up in 6 weeks.
""", procs=[proc("facet_rfa", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-01-13", pos="24",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[])

    add("fdm-rfa-02", "headers", f"""
PROCEDURE: Left L3-L4, L4-L5 and L5-S1 lumbar facet radiofrequency neurotomy (left L2, L3, L4 medial branches and
L5 dorsal ramus)
DATE: 11/05/2024
SETTING: Office-based procedure suite

DIAGNOSIS: Spondylosis of the lumbar region without myelopathy or radiculopathy, M47.816

HISTORY (copied forward): Left-sided low back pain for 4 years, non-radiating, worse with standing and
extension. Failed physical therapy (14 weeks) and chiropractic care; celecoxib gave only partial relief. She
cannot stand long enough to shop for groceries; ODI 44%; PROMIS physical function T-score 36.
Diagnostic blocks: left L2-L5 MBB #1 on 09/10/2024 - 90% relief; MBB #2 on 10/01/2024 - 80% relief.

REVIEW OF SYSTEMS: denies fever, chills, bowel or bladder incontinence, saddle anesthesia; positive for back pain.
MEDICATIONS: buprenorphine 7.5 mcg/hour transdermal patch weekly, celecoxib 200 mg daily.

{CONSENT_A}
TIME-OUT: completed.
PRE-PROCEDURE PAIN: 8/10

PROCEDURE DETAIL: Prone, sterile prep and drape. Under fluoroscopic guidance 20-gauge curved RF cannulas were
positioned along the left L2, L3 and L4 medial branches and the left L5 dorsal ramus. Sensory testing reproduced
concordant pain; motor testing at 2 V showed no lower extremity response. 2% lidocaine 1 mL was given through
each cannula, then conventional thermal radiofrequency lesioning was carried out at 85 C for 90 seconds per
nerve. 0.5% bupivacaine 0.5 mL was injected through each cannula on withdrawal.

POST-PROCEDURE PAIN: 4/10
COMPLICATIONS: None apparent.
PLAN: Follow up 6 weeks; expect post-ablation soreness for up to 2 weeks.
""", procs=[proc("facet_rfa", region="lumbar", laterality="left", levels=["L3-L4", "L4-L5", "L5-S1"],
                 imaging="fluoroscopy")],
        drugs=[given("lidocaine", 80), given("bupivacaine", 10)],
        pain=(8, 4), need=SPINE_NEED, dos="2024-11-05", pos="11",
        codes=[line("64635", "LT"), line("64636", "LT", units=2)], findings=[])

    add("fdm-si-01", "headers", f"""
SACROILIAC JOINT INJECTION - LEFT, THERAPEUTIC

Date of Service: 03/04/2025. Office.
Diagnosis: Sacroiliitis, not elsewhere classified (M46.1), left.

HPI (carried forward and updated): Left buttock pain below L5 over the sacral sulcus for 8 months, worse rising
from a chair and climbing stairs. 3 of 5 provocation tests positive on the left (thigh thrust, compression,
FABER). 6 weeks of pelvic-stabilization physical therapy and ibuprofen did not help. Unable to walk more than
two blocks. A diagnostic left SI joint injection with bupivacaine on 01/21/2025 gave 80% relief for 5 hours.

ROS: No fever, chills, bowel or bladder changes. Otherwise negative.
Medications: hydrocodone 7.5/325 mg up to twice daily, gabapentin 600 mg at night.
Prior plan (copied): "Diagnostic L SIJ block; if 75% or greater, therapeutic injection with steroid."

Consent: {CONSENT_B}
Time-out: completed with correct side verified.
Pain before procedure: 7/10.

Procedure: Prone. Sterile prep and drape. Skin anesthetized with 1% lidocaine, 3 mL. Under fluoroscopy a
22-gauge spinal needle entered the inferior third of the left sacroiliac joint. Omnipaque 300, 1 mL, outlined
the joint with intra-articular spread. Injected triamcinolone 40 mg (Kenalog-40, 1 mL) and 0.2% ropivacaine,
2 mL. AP and contralateral oblique views saved.
Pain after procedure: 2/10, 70% relief at 20 minutes.
Complications: none.
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="left", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic", approach="intra_articular")],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40),
               given("ropivacaine", 4)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-03-04", pos="11", codes=[line("27096", "LT"), line("J3301", units=4)], findings=[])

    add("fdm-si-02", "inline", f"""
Procedure: Right sacroiliac joint injection, diagnostic
DOS: 06/12/2024 | POS: hospital outpatient
Dx: Right sacroiliitis (M46.1)
Symptoms: right-sided low buttock pain below the posterior superior iliac spine for 5 months.
Exam: Fortin finger sign positive; thigh thrust, distraction and Gaenslen positive on the right.
Conservative care: 8 weeks of physical therapy failed; NSAIDs gave no benefit.
Function: unable to sleep on the right side or sit through a movie.
ROS: neg for fever/chills, no bowel or bladder changes, no leg weakness.
Meds: tramadol 50 mg PRN, acetaminophen.
Plan copied from last note: diagnostic right SIJ block, and if positive consider lateral branch RFA.
Consent: informed consent obtained after discussion of risks incl. infection, bleeding, nerve injury, paralysis.
Time-out: performed.
Pre-procedure pain: 7/10.
Technique: prone; sterile; lidocaine 1% 2 mL to skin; 22 g needle into the right SI joint under fluoroscopy;
Isovue-M 300, 0.5 mL, confirmed intra-articular spread; bupivacaine 0.5% 2 mL injected; AP and oblique images saved.
Post-procedure pain: 1/10 at 30 minutes while repeating provocative maneuvers.
Complications: none.
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="right", imaging="fluoroscopy",
                 contrast=True, intent="diagnostic", approach="intra_articular")],
        drugs=[given("lidocaine", 20), given("iopamidol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2024-06-12", pos="22", codes=[line("27096", "RT")], findings=["percent_relief"],
        comment="Pre and post scores only; the percent relief the SI requirement asks to be stated is not written.")

    add("fdm-tpi-01", "bullets", f"""
TRIGGER POINT INJECTIONS
- Date: 02/24/2026 (clinic)
- Diagnosis: Myalgia of other site, right upper back and neck (M79.18)
- HPI (copied from prior visit): right neck and shoulder-girdle pain, 1 year; worse with desk work
- Exam today: taut bands with twitch response and referred pain into the right scapula at the right upper
  trapezius, right levator scapulae and right rhomboid minor
- ROS: denies fever, denies chills, denies arm weakness or numbness
- Meds: hydrocodone-acetaminophen 5/325 PRN, baclofen 10 mg three times daily, topical diclofenac
- PEG 6; PROMIS pain interference 61
- Consent: risks incl. bleeding, infection, pneumothorax, bruising, allergic reaction reviewed; consent signed
- Time out performed
- Pain pre-procedure: 6/10
- Procedure: sterile prep over each point; a 25 g needle into each trigger point with a fan technique;
  total 6 mL of 1% lidocaine mixed with Kenalog divided among the 3 muscles
- Patient reports 60% relief of the neck pain after the injections
- Complications: none; breath sounds equal afterwards
- Plan (carried forward): continue stretching, consider dry needling course
""", procs=[proc("trigger_point", region="other")],
        drugs=[given("lidocaine", 60), given("triamcinolone_acetonide", None)],
        pain=(6, None), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2026-02-24", pos="11",
        codes=[line("20553")], findings=["drug_dose", "post_procedure_pain_score"],
        comment="Three muscles named: 20553. Kenalog has no amount (dose null, no J3301 line). Baclofen is a home "
                "medication. Percent relief is stated; the post score is not.")

    add("fdm-gnrfa-01", "headers", f"""
GENICULAR NERVE RADIOFREQUENCY ABLATION - LEFT KNEE

Date: 12/02/2025. Ambulatory surgery center.
Diagnosis: Unilateral primary osteoarthritis, left knee (M17.12).
History (copied forward): Left knee pain for 5 years, Kellgren-Lawrence grade 4; failed PT, NSAIDs, two
steroid injections and viscosupplementation; not a surgical candidate because of cardiac disease. Walks less
than one block. WOMAC pain 15/20.
Diagnostic left genicular nerve block on 10/28/2025: 80% relief for 8 hours.
ROS: denies fever, chills, calf swelling.
Medications: tramadol 50 mg twice daily, apixaban held 3 days per cardiology.
Plan (carried forward): left genicular RFA if block positive; TKA not advised.
{CONSENT_A}
Time-out: performed.
Pre-procedure pain: 8/10.
Procedure: Supine, knee flexed over a bolster. Sterile prep. Under fluoroscopy, cooled radiofrequency probes were
placed at the superolateral, superomedial and inferomedial genicular nerves, each at the junction of shaft and
epiphysis, confirmed in AP and lateral views. Sensory stimulation concordant; motor stimulation negative. 2%
lidocaine, 1 mL, at each site. Cooled RF lesions, 2 minutes 30 seconds at each of the three nerves.
Post-procedure pain: 3/10.
Complications: none.
""", procs=[proc("genicular_rfa", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-12-02", pos="24", codes=[line("64624", "LT")], findings=[])

    add("fdm-lsb-01", "attestation", f"""
Lumbar Sympathetic Block, Left

Date of service 04/23/2024, hospital-based ambulatory surgery center.

Diagnosis: Complex regional pain syndrome I of left lower limb (G90.522).
Interval history (carried forward): burning left foot and ankle pain after a fracture 14 months ago, with
allodynia, color change and swelling. Desensitization therapy and gabapentin have not controlled it. Previous
left lumbar sympathetic block 2 months ago gave 60% relief for 3 weeks.
{ROS_B}
Medications: gabapentin 900 mg three times daily, hydromorphone 2 mg at bedtime as needed, nortriptyline.
Prior plan carried forward: repeat LSB series; SCS evaluation if response fades.
{CONSENT_B}
Time-out completed. Baseline left foot temperature 29.1 C.
Pre-procedure pain: 7/10.

Procedure: Prone. Sterile prep and drape. Under fluoroscopy a 22-gauge 5-inch needle was advanced to the
anterolateral border of the L3 vertebral body on the left. Omnipaque 240, 3 mL, spread along the anterolateral
vertebral column without vascular or psoas uptake. Injected 0.25% bupivacaine, 10 mL, in divided doses with
negative aspiration. Left foot temperature rose to 33.8 C within 15 minutes.
Post-procedure pain: 3/10.
Complications: none; no leg weakness, no hematuria.

I attest that I personally performed this procedure and that the history and ROS above, carried forward from
the prior encounter, were reviewed with the patient today.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left", levels=["L3"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2024-04-23", pos="24",
        codes=[line("64520"), line("77002", "26")], findings=[],
        comment="Hydromorphone is a home medication, not given.")

    add("fdm-scst-01", "headers", f"""
SPINAL CORD STIMULATOR TRIAL - PERCUTANEOUS LEAD PLACEMENT

DATE OF SERVICE: 10/21/2025
PLACE: Hospital outpatient department
DIAGNOSIS: Postlaminectomy syndrome, lumbar (M96.1); chronic bilateral leg radicular pain.
HISTORY (copied forward from consultation): Low back and bilateral leg pain for 6 years after L4-S1 fusion in
2020. Failed PT (16 weeks), medication trials (gabapentin, duloxetine, opioids), two epidural series and
a revision discussion; he is not a candidate for further surgery. Walks only with a cane, unable to work.
ODI 58%.
PSYCHOLOGICAL EVALUATION: completed 09/2025 by pain psychology; cleared for trial, no contraindications.
ROS: negative for fever, chills, bowel/bladder changes.
MEDICATIONS: oxycodone 10 mg every 8 hours, gabapentin 800 mg three times daily, senna.
PLAN (carried forward): SCS trial, 7 days; permanent implant if 50% or greater relief.
{CONSENT_A}
TIME-OUT: completed.
ANESTHESIA: Monitored anesthesia care by the anesthesia team (CRNA): midazolam 2 mg IV and propofol 120 mg IV
in divided boluses; anesthesia start 08:12, end 08:58.
PRE-PROCEDURE PAIN: 8/10
PROCEDURE: Prone. Sterile prep and drape. Skin and tracts anesthetized with 1% lidocaine, 10 mL. Using a
paramedian approach two 14-gauge Tuohy needles entered the epidural space at L1-L2 by loss of resistance under
fluoroscopy. Two 8-contact percutaneous leads were advanced to the top of T8 and the middle of T9. Intraoperative
testing gave paresthesia coverage of the low back and both legs. Leads anchored to the skin and dressed.
POST-PROCEDURE PAIN: 3/10 in recovery with the stimulator on.
COMPLICATIONS: No complications.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-10-21", pos="22", codes=[line("63650", units=2), line("77003", "26")], findings=[],
        comment="Midazolam and propofol were given by the anesthesia team: not listed; sedation details are written.")

    add("fdm-pump-01", "inline", """
Procedure: Intrathecal pump refill
Date: 07/08/2026 | Office
Diagnosis: Chronic pain syndrome (G89.4); failed back surgery syndrome (M96.1)
Pump: programmable intrathecal pump, implanted 2019; reservoir 20 mL.
Interval history (copied from last refill note): stable pain control, no new weakness, no signs of withdrawal or
overdose. ROS: denies fever, headache, pump-site redness, bowel or bladder changes.
Oral medications: oxycodone 5 mg up to twice daily for breakthrough pain, docusate.
Pain today: 5/10 (unchanged). PEG 5.
Consent: verbal and written consent obtained for refill; risks incl. infection, pocket fill, overdose reviewed.
Time-out: performed.
Technique: The pump was located by palpation and the template applied. Sterile prep. A 22-gauge non-coring
needle entered the reservoir port. 3.2 mL of residual drug withdrawn, matching the expected volume. I refilled the
reservoir with 20 mL of preservative-free morphine 25 mg/mL. Needle withdrawn, bandage applied.
Next refill: in 3 months.
Complications: none.
""", procs=[proc("pump_refill", region="lumbar")],
        drugs=[given("morphine", 500)],
        pain=(5, None), need=("diagnosis",), dos="2026-07-08", pos="11",
        codes=[line("95991")], findings=["approach"],
        comment="The physician refilled; whether the pump was reprogrammed is not said (pump.reprogramming).")


def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdm-h-tfesi-01", "dictated", f"""
Right S1 transforaminal epidural steroid injection, 04/29/2025, done in the office.

She returns for the injection we talked about. Her history, copied from the March note: shooting pain from the
right buttock down the back of the thigh and calf into the sole and little toe for 5 months, with numbness along
the lateral foot and a weak right calf raise. She did 8 weeks of physical therapy and took naproxen without any
real improvement in the leg pain. SLR positive on the right at 35 degrees, ankle jerk diminished on the right.
Diagnosis S1 radiculopathy, M54.17. ROS today is the same template as before, no fevers, no chills, no change in
bowel or bladder, no saddle numbness. She takes tramadol 50 mg as needed and gabapentin 300 mg at night.

I went over the procedure and the usual list of risks, bleeding, infection, nerve injury, headache, a reaction
to the medicines, very rarely paralysis or death, and she signed the consent form. Time-out done. Pain before we
started was 7/10.

Prone, sterile prep. 1% lidocaine 2 mL to the skin. Under fluoroscopy I placed a 22-gauge needle through the
right S1 foramen from a posterior approach. Omnipaque 240, 1 mL, flowed along the right S1 root and into the
epidural space, no vascular runoff. Then Kenalog 40 mg in 1 mL with 1 mL of 1% preservative-free lidocaine.
AP and lateral pictures saved. Pain afterwards 2/10. No complication. Plan is her diary and a call in 2 weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=minus(ESI_NEED, "functional_impairment", "imaging_findings"), dos="2025-04-29", pos="11",
        codes=[line("64483", "RT"), line("J3301", units=4)], findings=["functional_impairment", "imaging_findings"],
        comment="No imaging and no functional limitation or scale are written. Lidocaine 20 mg skin + 10 mg with "
                "the steroid.")

    add("fdm-h-tfesi-02", "dictated", f"""
Bilateral L4-L5 transforaminal epidural steroid injection. Date 03/17/2026. Hospital outpatient.

This is her third epidural, the last one in the fall took the edge off for a while. The copied history says:
neurogenic claudication and bilateral lateral thigh and shin pain for 2 years from L4-L5 degenerative
spondylolisthesis with bilateral foraminal stenosis on MRI, both L4 roots compressed in the foramina. Failed
12 weeks of physical therapy and NSAIDs, both without benefit. She can stand only 5 minutes and walks less than
a block before her legs give out; ODI 56%. Diagnosis spinal stenosis, lumbar region with neurogenic
claudication (M48.062). Her ROS is negative for fever, chills, incontinence and saddle anesthesia; home meds
include hydrocodone 5/325 twice a day and pregabalin.

Consent after the usual discussion of risks, including bleeding, infection, nerve damage, paralysis and death.
Time-out was completed. Pain 8/10 before.

Prone. Sterile prep and drape. Local skin 1% lidocaine 2 mL on each side. Under fluoroscopy 22-gauge needles to
the left and right L4-L5 foramina; Omnipaque 240, 1 mL per side, with good perineural and epidural spread; then
dexamethasone 4 mg on each side. Saved images in AP and oblique. Afterwards 4/10. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 8)],
        pain=(8, 4), need=ESI_NEED, dos="2026-03-17", pos="22",
        codes=[line("64483", "50")], findings=["prior_procedure_response"],
        comment="'Her third epidural' makes it a repeat; 'took the edge off for a while' is no quantified response.")

    add("fdm-h-tfesi-03", "dictated", f"""
Left L5-S1 TFESI - repeat. 02/14/2024, office.

He had a left L5-S1 transforaminal injection 5 months ago that gave about 60 percent relief of the leg pain for
4 months; the pain has slowly come back. Still left lateral leg pain into the dorsum of the foot, numbness in the
web space, weak left EHL. Symptoms for a year and a half. Failed a 10-week PT program and meloxicam before the
first injection. Walking is limited to 15 minutes and he stopped golfing. MRI: left foraminal stenosis at L5-S1
with compression of the exiting left L5 root. Diagnosis lumbar radiculopathy M54.16.

Copied forward from the last visit: "pain 8/10, ODI 46%, plan repeat TFESI in 3-4 months if relief 50% or more."
Today: ODI 40%, pain before the procedure 6/10. ROS unchanged and negative for red flags: no fever, no weight
loss, no bowel or bladder incontinence. Medications: tramadol 50 mg twice daily, oxycodone 5 mg on bad days.

{CONSENT_A} Time-out taken.

Prone, prep, drape. 1% lidocaine 2 mL skin. 22 g needle to the left L5-S1 foramen under fluoroscopy, Isovue-M
200, 1 mL, outlined the left L5 root with epidural flow. Depo-Medrol 40 mg with 1 mL preservative-free saline.
AP and lateral films saved. Pain 1/10 after. No complications, no new numbness.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 40)],
        pain=(6, 1), need=ESI_NEED, dos="2024-02-14", pos="11",
        codes=[line("64483", "LT"), line("J1030")], findings=[],
        comment="Repeat with 60% relief for 4 months (>= 50%, >= 90 days). The copied 'pain 8/10' is the last visit's; "
                "today's pre score is 6. Methylprednisolone 40 mg before 2024-04-01: J1030.")

    add("fdm-h-ilesi-01", "dictated", f"""
Caudal epidural steroid injection. December 5, 2023. Surgery center.

Indication: Bilateral buttock and leg aching and heaviness with walking, relieved by sitting and leaning forward,
for 14 months; neurogenic claudication from multilevel lumbar stenosis, worst at L3-L4 and L4-L5 on MRI with
severe central canal narrowing. Lumbar spinal stenosis with neurogenic claudication, M48.062. Prior lumbar
laminectomy at L4-L5 in 2015, so the caudal route was chosen. Six months of PT, a walking program, and NSAIDs
did not change his walking tolerance. He walks 100 feet before he must sit; ODI 50%.
Template ROS: no fever, no chills, no bowel or bladder incontinence, no saddle anesthesia. Meds: tapentadol ER
100 mg twice daily, acetaminophen.
Plan copied from his October note: caudal ESI; consider SCS evaluation if no better.

Time-out performed. Pain 7/10.

Prone over a pillow. Sterile prep and drape of the sacrum. 1% lidocaine 3 mL to the skin. Under fluoroscopy a
20-gauge Tuohy needle went through the sacrococcygeal ligament into the sacral hiatus. Omnipaque 240, 5 mL,
showed epidural filling up to S1 without vascular uptake. Celestone Soluspan 12 mg (2 mL) diluted with 8 mL of
preservative-free saline was injected. AP and lateral images saved. Pain 3/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 5, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 3), need=ESI_NEED, dos="2023-12-05", pos="24", consent=False,
        codes=[line("62323")], findings=["consent"],
        comment="No consent statement of any kind. Neurogenic claudication counts as the radicular indication; "
                "lumbar stenosis fits a caudal ESI. Betamethasone 12 mg is at the ceiling, not above.")

    add("fdm-h-ilesi-02", "dictated", f"""
Thoracic interlaminar epidural steroid injection at T9-T10, office, September 22, 2026.

Band-like pain wrapping around the left lower chest wall to the upper abdomen for 5 months, with dysesthesia in
the left T10 dermatome; thoracic radiculopathy, M54.14. MRI thoracic: left paracentral disc protrusion at T9-T10
contacting the left T10 root. 8 weeks of PT and a lidocaine patch plus gabapentin did not reduce the pain.
She cannot lie on her left side and has stopped swimming; PEG 7, ODI 36%. Template ROS: negative for fever, chills,
weight loss, bowel/bladder change, leg weakness. Home meds: hydromorphone 2 mg twice daily as needed, gabapentin,
levothyroxine. The plan from last time, copied: "T9-10 IL ESI; if no response consider intercostal blocks."

{CONSENT_B} Time-out done.

Because of severe procedural anxiety and a vasovagal episode at a prior injection she asked for sedation:
moderate sedation was given by me, midazolam 2 mg IV and fentanyl 50 mcg IV, with the RN as independent observer
monitoring continuously; sedation start 10:02, end 10:18 (16 minutes).

Pain 8/10 before. Prone, sterile prep and drape. 1% lidocaine 2 mL to skin. Under fluoroscopy a 20-gauge Tuohy
needle was advanced at T9-T10 just left of midline, loss of resistance to saline on the first pass, Omnipaque 240
1 mL epidural, no intrathecal spread. Kenalog 60 mg (1.5 mL) with 1.5 mL saline. AP and lateral images saved.
Pain after 2/10. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                 imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 50, "mcg"), given("lidocaine", 20),
               given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 60)],
        pain=(8, 2), need=ESI_NEED, dos="2026-09-22", pos="11",
        codes=[line("62321"), line("99152"), line("J3301", units=6)], findings=[],
        comment="Hydromorphone is a home medication. Moderate sedation by the proceduralist, 16 minutes, RN observer, "
                "justified: 99152 only. The lidocaine patch in the history is not administered.")

    add("fdm-h-facet-01", "dictated", f"""
Bilateral L4-L5 intra-articular facet joint injections, therapeutic. Office, August 6, 2025.

Axial low back pain for 3 years, worse with standing and extension, from L4-L5 facet arthropathy with joint
effusions on MRI; lumbar spondylosis M47.816. Physical therapy for 12 weeks and naproxen did not help. She cannot
stand at work more than 20 minutes; ODI 42%. A single diagnostic bilateral L4-L5 medial branch block in June gave
85 percent relief. Copied plan: "facet injections; consider RFA." ROS template negative for fever, chills,
weight loss, bowel or bladder changes, saddle anesthesia. Medications: tramadol, duloxetine, meloxicam.

{CONSENT_A} Time-out completed.

Pain 6/10 before. Prone, sterile prep. 1% lidocaine 2 mL to the skin over each joint (4 mL). Under fluoroscopy a
22-gauge needle entered each L4-L5 facet joint, left and right, from an oblique approach; a small volume of
Omnipaque 240, 0.3 mL per joint, gave an arthrogram. In each joint Kenalog 20 mg with 0.5% bupivacaine 0.5 mL.
Pain 2/10 after. No complications.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 40), given("iohexol", 0.6, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(6, 2), need=SPINE_NEED, dos="2025-08-06", pos="11",
        codes=[line("64493", "50"), line("J3301", units=4)], findings=["diagnostic_block_relief"],
        comment="Therapeutic facet injection needs two diagnostic blocks of 80% or more; one is documented.")

    add("fdm-h-rfa-01", "dictated", f"""
Repeat bilateral L4-L5 and L5-S1 radiofrequency ablation, hospital outpatient, 10/27/2026.

He had bilateral L4-L5/L5-S1 RFA 13 months ago with 80 percent relief for 10 months before the pain returned;
before that, two diagnostic blocks gave 90 and 85 percent. Same axial back pain for 6 years, lumbar facet
arthropathy, M47.816. PT and NSAIDs failed long ago and the home program has not held it. He can walk only 15
minutes; ODI 40%. The ROS is copied forward and negative: no fever, chills, bowel or bladder change, no leg weakness.
Home meds include hydrocodone 10/325 three times daily and cyclobenzaprine. The old plan line "MBB x2 then RFA"
is still in the chart and was not repeated.

{CONSENT_B} Time-out with the team.

Pain 7/10. Prone. Under fluoroscopy RF cannulas were placed along the L3 and L4 medial branches and the L5 dorsal
ramus on both sides. Motor testing negative at 2 V on each. 2% lidocaine 0.5 mL per nerve, then thermal lesions
at 85 degrees Celsius for 90 seconds, six nerves in all. Pain 3/10 after. No complications.
""", procs=[proc("facet_rfa", region="lumbar", laterality="bilateral", levels=["L4-L5", "L5-S1"],
                 imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-10-27", pos="22",
        codes=[line("64635", "50"), line("64636", "50")], findings=[],
        comment="Repeat RFA: 80% for 10 months (>= 50%, >= 180 days).")

    add("fdm-h-sinb-01", "dictated", f"""
Right sacroiliac joint lateral branch blocks (right L5 dorsal ramus and S1, S2, S3 lateral branches), office,
05/20/2025. Diagnostic.

Right SI joint pain for 2 years, sacroiliitis M46.1; two intra-articular right SI injections last year gave
short relief only. PT and NSAIDs failed. Pain limits sitting to 20 minutes. Template ROS negative; denies
bowel or bladder change. Medications: oxycodone 5 mg as needed, celecoxib.
Copied plan: "SIJ lateral branch blocks; SI RFA if positive."

{CONSENT_A} Time-out done.

Pain 6/10. Prone. 1% lidocaine 2 mL to skin. Under fluoroscopy 25-gauge needles at the right L5 dorsal ramus
and the lateral margins of the right S1, S2 and S3 foramina; 0.5% bupivacaine 0.5 mL at each of the four sites.
Pain 1/10 at 30 minutes. No complications.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 20), given("bupivacaine", 10)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-05-20", pos="11", codes=[line("64451", "RT")], findings=[])

    add("fdm-h-sirfa-01", "dictated", f"""
Left sacroiliac joint radiofrequency ablation, ambulatory surgery center, April 14, 2026.

Left SI joint pain for 3 years (sacroiliitis, M46.1), two positive left lateral branch blocks at 85 and 80 percent.
Failed PT and medications; cannot sit through a drive longer than 30 minutes. ROS as before, all negative including
no bowel or bladder symptoms. Meds copied: tramadol 50 mg twice daily, duloxetine.

{CONSENT_B} Time-out.

Pain 7/10 before. Prone. Under fluoroscopy RF cannulas at the left L5 dorsal ramus and the left S1, S2 and S3
lateral branches; 2% lidocaine 1 mL at each of the four; thermal radiofrequency lesions at 85 C for 90 seconds
each. Pain 3/10 after. No complications.
""", procs=[proc("si_joint_rfa", region="sacroiliac", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 80)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-04-14", pos="24", codes=[line("64625", "LT")], findings=[])

    add("fdm-h-scsi-01", "dictated", f"""
Permanent spinal cord stimulator implant, percutaneous leads, hospital outpatient, 08/11/2026.

Complex regional pain syndrome of the right lower limb, G90.521, for 4 years after an ankle fracture. Failed
PT, desensitization, sympathetic blocks and medications. Psychology cleared her in 2026 with no contraindication.
Her 7-day trial in July gave 70 percent relief of the foot pain and she cut her opioid use in half. Copied ROS:
negative for fever, chills, bleeding problems, bowel or bladder change. Medications: hydromorphone 2 mg every 6
hours as needed (now rarely), gabapentin.

{CONSENT_A} Time-out completed.

Anesthesia by the CRNA, monitored anesthesia care: midazolam 2 mg and propofol 180 mg in total, 07:40 to 08:55.

Prone. Sterile prep. 1% lidocaine 20 mL for the tracts and the pocket incision, later 0.25% bupivacaine 20 mL in
the wounds. Two 8-contact percutaneous leads were passed through Tuohy needles at T12-L1 and L1-L2 under
fluoroscopy to the T10 and T11 levels; paresthesia mapping covered the right foot. Leads anchored to fascia,
tunneled to a right upper buttock pocket and connected to a rechargeable pulse generator. Wounds closed in
layers. No complications.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic",
                 imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 200), given("bupivacaine", 50)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-08-11", pos="22",
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[],
        comment="Midazolam and propofol given by the CRNA: not listed. The trial response is 70%.")

    add("fdm-h-onb-01", "dictated", f"""
Bilateral greater occipital nerve blocks, office, 06/02/2026.

Occipital neuralgia, M54.81, for 2 years: shooting pain from the suboccipital region over the vertex on both
sides, Tinel positive over both greater occipital nerves. Copied-forward ROS: no fever, vision change, weakness,
or bowel/bladder change. Headache diary: 18 headache days a month. Home meds: topiramate, sumatriptan, tramadol
as needed. Plan from last visit carried forward: "GON blocks; Botox for migraine if no better."

{CONSENT_B} Time-out performed.

Pain 7/10 before. Seated, landmark technique, no imaging. After alcohol prep, a 25-gauge needle medial to the
occipital artery on each side; on each side 0.5% bupivacaine 2 mL with Kenalog 20 mg. Pain 2/10 after. No
complications.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=("diagnosis", "symptom_duration"), dos="2026-06-02", pos="11",
        codes=[line("64405", "50"), line("J3301", units=4)], findings=[])

    add("fdm-h-pnb-01", "dictated", f"""
Right suprascapular nerve block with ultrasound guidance, office, January 28, 2025.

Right shoulder pain for a year from glenohumeral osteoarthritis, primary osteoarthritis of the right shoulder
M19.011; not a candidate for arthroplasty yet. Cannot reach overhead or sleep on the right. Template ROS is
negative for fever, chills, chest pain, shortness of breath, bowel or bladder change. Meds: hydrocodone 5/325 at
night, acetaminophen.

Risks and possible complications, including pneumothorax, bleeding, infection, nerve injury and allergic
reaction, were explained and she gave written consent. Time-out done.

Pain 8/10 before. Seated. Under ultrasound the right suprascapular notch was identified; a 22-gauge needle was
advanced in plane to the nerve beneath the transverse scapular ligament; 0.5% ropivacaine 8 mL with
dexamethasone 4 mg spread around the nerve. Ultrasound image saved to the chart. Pain 2/10 at 15 minutes.
Discharged home with sling precautions.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound")],
        drugs=[given("ropivacaine", 40), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2025-01-28", pos="11", complications=None,
        codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)], findings=["complications"],
        comment="'Risks and possible complications' is consent language; no statement of complications of the block.")

    add("fdm-h-gnb-01", "dictated", f"""
Right genicular nerve block, diagnostic, under ultrasound. Office, 10/15/2024.

Right knee osteoarthritis, primary, M17.11, for 6 years; failed PT, NSAIDs, steroid and hyaluronic acid
injections. Cannot walk more than a block. Copied ROS negative: no fever, no calf swelling. Medications:
tramadol, meloxicam held, apixaban continued. Plan from last visit carried forward: "genicular block; RFA if
50% or more."

{CONSENT_A} Time-out done.

Pain 7/10 before. Supine. 1% lidocaine 3 mL to skin. Under ultrasound the superomedial, superolateral and
inferomedial genicular nerves were found beside the genicular arteries; 0.5% bupivacaine 2 mL at each of the
three. Pain 1/10 at 30 minutes, 85% relief with walking. No complications.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="ultrasound",
                 intent="diagnostic")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 30)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2024-10-15", pos="11", codes=[line("64454", "RT")], findings=[])

    add("fdm-h-hip-01", "dictated", f"""
Right hip intra-articular injection under fluoroscopy. Hospital outpatient, 08/29/2023.

Right hip osteoarthritis, primary, M16.11, groin pain for 2 years, worse with stairs; failed PT and NSAIDs.
Copied template ROS negative for fever, chills, bowel or bladder change. Home meds: oxycodone 5 mg once daily as
needed, celecoxib. Prior plan copied forward: "IA hip injection; ortho referral for THA discussion."

{CONSENT_B} Time-out done.

Pain 6/10 before. Supine. Under fluoroscopy a 22-gauge spinal needle was advanced to the right femoral head-neck
junction; Omnipaque 240 1 mL confirmed intra-articular spread; Kenalog 40 mg with 0.5% ropivacaine 4 mL injected.
Pain 1/10 after. No complications.
""", procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="fluoroscopy",
                 contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 20)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2023-08-29", pos="22",
        codes=[line("20610", "RT"), line("77002", "26")], findings=[])

    add("fdm-h-va-01", "dictated", f"""
L1 kyphoplasty, hospital outpatient, July 15, 2025.

Osteoporotic compression fracture of L1, M80.08XA, 6 weeks old, with severe focal back pain. MRI: acute L1
fracture with marrow edema on STIR and 30 percent height loss. Bracing, calcitonin and oral analgesics failed over
6 weeks; she is largely bed-bound. ROS template: no fever, no bowel or bladder change, no leg weakness. Home
medications: oxycodone 5 mg every 6 hours, alendronate, vitamin D.

{CONSENT_A} Time-out completed.

Moderate sedation by me with the RN as independent observer: midazolam 2 mg and fentanyl 100 mcg IV, start
09:05, end 09:41 (36 minutes).

Prone. 1% lidocaine 10 mL and 0.5% bupivacaine 10 mL to the skin and periosteum. Bilateral transpedicular
trocars into L1 under biplanar fluoroscopy; balloon tamps inflated to create cavities, restoring some height;
PMMA cement filled the cavities without extravasation. Pain 3/10 after in recovery. No complications.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 100, "mcg"), given("lidocaine", 100), given("bupivacaine", 50)],
        pain=(None, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                                 "imaging_findings"),
        dos="2025-07-15", pos="22",
        codes=[line("22514"), line("99152"), line("99153")], findings=["pre_procedure_pain_score"],
        comment="No pain score before the procedure. Moderate sedation 36 minutes by the proceduralist: 99152 + 99153 x1.")
