"""Sealed final-check batch `dev_fresh_dr` (`fdr-*`): 30 fictional notes in the registers of PUBLISHED procedure notes.

Every note was written by hand for this batch, in four published registers: medical-transcription samples (capitalised
headers, long technique paragraphs), case-report procedure paragraphs (past tense, third person), teaching examples
(numbered steps) and payer documentation-checklist examples (short fields). The `fdr-*` half holds the structured
registers (transcription samples, checklists, one teaching sample), the `fdr-h-*` half the narrative ones (case
reports, teaching cases, dictations). The gold of each note was labelled from its text before Painpoint ever read it,
following corpora/README.md and the KB (coding/kb/*.yaml); `comment` gives the reasoning of the hard cases.
No names, record numbers or birth dates: every note is fictional.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _narrative(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


# --------------------------------------------------------------------------------------------------------------------
# fdr-*: transcription samples, checklists, one teaching sample
# --------------------------------------------------------------------------------------------------------------------


def _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdr-tfesi-01", "transcription", """
PROCEDURE NOTE

DATE OF SERVICE: 02/11/2025

PREOPERATIVE DIAGNOSIS: Left lumbar radiculopathy (M54.1).

POSTOPERATIVE DIAGNOSIS: Left lumbar radiculopathy, L3 and L4 distribution.

PROCEDURE PERFORMED: Left L3-4 and L4-5 transforaminal epidural steroid injections under fluoroscopic guidance.

ANESTHESIA: Local.

ESTIMATED BLOOD LOSS: Negligible.

COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: This is a 67-year-old female with a four-month history of pain that starts in the left
buttock and runs along the anterolateral left thigh to the medial shin, with numbness over the left knee. Examination
at her last visit revealed a positive femoral stretch test on the left and a diminished left patellar reflex. MRI of
the lumbar spine from December 2024 demonstrates a left foraminal disc protrusion at L3-4 and moderate left foraminal
narrowing at L4-5, contacting the exiting L3 and L4 nerve roots. She completed six weeks of physical therapy without
meaningful change and could not continue gabapentin because it made her too drowsy to drive. She can no longer stand
at the stove long enough to cook or walk through a grocery store, and her Oswestry Disability Index is 44%. Her pain
before the procedure was rated 8/10.

DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives, including bleeding, infection, nerve injury, headache
and the possibility of no relief, were reviewed, and the patient gave written informed consent. She was taken to the
procedure room and positioned prone on the fluoroscopy table with a pillow under the abdomen. The lumbar area was
prepped with chlorhexidine and draped in sterile fashion. A time-out was held confirming the patient, procedure, side
and levels. Using fluoroscopy, the L3-4 and L4-5 neural foramina on the left were identified in an oblique view. The
skin overlying each target was anesthetized with 1.5 mL of 1% lidocaine (3 mL total). A 22-gauge 5-inch Quincke spinal
needle was advanced under intermittent fluoroscopy to the six o'clock position of the pedicle at each level, and
needle position was verified in AP and lateral views. After negative aspiration for blood and cerebrospinal fluid,
1 mL of Omnipaque 240 was injected at each level under live fluoroscopy, outlining the exiting nerve root and flowing
medially into the epidural space, with no vascular or intrathecal pattern. At each level a solution of 1 mL of
Depo-Medrol 40 mg/mL and 1 mL of 1% preservative-free lidocaine was then injected slowly. The Depo-Medrol was drawn from
two 1 mL single-dose vials, and no drug was wasted. The needles were removed with the stylets replaced. AP and lateral
images of the final needle position with contrast were saved to PACS.

The patient tolerated the procedure well. After 20 minutes in the recovery area her pain was 3/10 and she walked
without weakness. She was discharged with written instructions.

PLAN: Follow-up in 3 weeks with a pain diary. We will consider a repeat injection only if she reports at least 50%
relief lasting 3 months.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 50), given("methylprednisolone_acetate", 80), given("iohexol", 2, "ml")],
        pain=(8, 3), need=ESI_NEED, dos="2025-02-11", pos="11",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1010", "JZ", units=80)],
        findings=["code_validity"],
        comment="M54.1 is the non-billable radiculopathy category (icd10.yaml billable: false): code_validity. The "
                "text 'left lumbar radiculopathy' still reads as M54.16 (region written), so no diagnosis finding. "
                "Foramina L3-L4 and L4-L5; methylprednisolone 2 x 40 mg after 2024-04-01 = J1010 x80, single-dose "
                "vials with nothing wasted = JZ. 'Will consider a repeat' is a plan, not a repeat.")

    add("fdr-ilesi-01", "transcription", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Cervical radiculopathy, left C7 (M54.12).

POSTOPERATIVE DIAGNOSIS: Cervical radiculopathy, left C7 (M54.12).

PROCEDURE: Cervical interlaminar epidural steroid injection at C7-T1 with fluoroscopic guidance.

ANESTHESIA: None. The patient declined sedation.

COMPLICATIONS: None apparent.

HISTORY: The patient is a 49-year-old right-handed man with ten weeks of left neck pain radiating over the back of the
arm and the dorsal forearm into the middle finger, with tingling in the same distribution. Triceps strength is 4+/5 on
the left and the left triceps reflex is reduced. MRI of the cervical spine in August 2024 showed a left paracentral
C6-7 disc extrusion effacing the left lateral recess and contacting the C7 root. Six weeks of supervised physical
therapy and a tapering course of oral steroids did not help. He cannot work at his computer for more than 30 minutes
and wakes every night with arm pain; Neck Disability Index is 36%. Pre-procedure pain on the numeric rating scale was
7/10.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after a discussion of the risks, including dural puncture,
infection, bleeding and nerve injury. The patient was placed prone with the neck flexed on a foam support, and
standard monitors were applied. The lower cervical and upper thoracic area was prepped with chlorhexidine three times
and draped. A time-out was performed. The C7-T1 interspace was identified on AP fluoroscopy, and the skin and
subcutaneous tissue were anesthetized with 2 mL of 1% lidocaine. A 20-gauge 3.5-inch Tuohy needle was advanced in a
slightly paramedian trajectory using contralateral oblique and lateral views, and loss of resistance to saline was
obtained at a depth consistent with the epidural space. Injection of 1.5 mL of Omnipaque 240 outlined the epidural
space with cephalad spread to C5 and no vascular uptake. Dexamethasone 10 mg (1 mL of 10 mg/mL) diluted with 2 mL of
preservative-free normal saline was then injected. The needle was removed intact. One spot image of the contrast
pattern was saved.

DISPOSITION: Vital signs remained stable. Fifteen minutes after the injection his pain was 2/10. He was discharged home
ambulatory with post-injection instructions and will follow up in 2 weeks.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2024-09-17", pos="24",
        codes=[line("62321")],
        findings=["saved_images"],
        comment="'One spot image ... was saved': a stated count below two views (esi.saved_images min_views 2). "
                "Saline is a diluent. ASC: no drug lines; 62321 includes the imaging.")

    add("fdr-caudal-01", "checklist", """
EPIDURAL STEROID INJECTION - PROCEDURE DOCUMENTATION CHECKLIST

Date of service: 10/05/2023
Setting: Office procedure suite
Procedure: Caudal epidural steroid injection
Approach: Caudal, through the sacral hiatus
Image guidance: Fluoroscopy
Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062)
Symptoms: Bilateral buttock and posterior thigh pain with tingling in both calves, brought on by walking or standing
  and eased by sitting
Duration of symptoms: 6 months
Conservative therapy: Physical therapy x 8 weeks; meloxicam; home exercise program
Functional status: Walking tolerance 1 block; has stopped volunteering at the library; ODI 40%
Imaging: MRI lumbar spine 08/2023 - severe central canal stenosis at L4-5, moderate at L3-4
Prior epidural injections: None
Consent: Signed informed consent on file after discussion of risks, benefits and alternatives
Pre-procedure pain (NRS 0-10): 7
Skin local: 1% lidocaine, 3 mL
Needle: 20-gauge Tuohy through the sacral hiatus, tip below S3 on the lateral view
Contrast: Isovue-M 200, 3 mL - epidural filling up to L4, no vascular uptake
Injectate: Celestone Soluspan (betamethasone 6 mg/mL) 2 mL (12 mg) from a multi-dose vial, with ropivacaine 0.2%
  5 mL and preservative-free saline 3 mL
Images saved: AP and lateral
Sedation: None
Complications: None
Post-procedure pain (NRS 0-10): 2
Disposition: Home with driver; return in 3 weeks
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30), given("iopamidol", 3, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("ropivacaine", 10)],
        pain=(7, 2), need=minus(ESI_NEED, "conservative_care"), dos="2023-10-05", pos="11",
        codes=[line("62323"), line("J0702", units=2)],
        findings=["conservative_care", "time_out"],
        comment="Conservative care is only listed (PT, meloxicam, home exercise) with no outcome: a finding "
                "(corpora/README conservative care). No time-out line. Caudal: no levels (the MRI levels are "
                "history). Betamethasone 12 mg = J0702 x2 (6 mg per unit), multi-dose vial so no JZ; contrast is "
                "part of 62323.")

    add("fdr-mbb-01", "transcription", """
PROCEDURE NOTE - LUMBAR MEDIAL BRANCH BLOCKS

PRE-PROCEDURE DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

PROCEDURE: Bilateral L3 and L4 medial branch blocks and bilateral L5 dorsal ramus blocks, first diagnostic block,
under fluoroscopic guidance.

SEDATION: None, withheld so as not to confound the diagnostic response.

INDICATION: 72-year-old man with 14 months of bilateral low back pain that is worse with extension and rotation,
without radiation below the knees, and a normal neurologic examination. MRI shows facet hypertrophy with joint
effusions at L4-5 and L5-S1. Despite 8 weeks of physical therapy and daily naproxen the pain persists; therapy gave
only brief relief. He can no longer stand long enough to play golf or do yard work. Oswestry Disability Index 38%.
Pre-procedure pain 7/10 on the numeric rating scale.

DETAILS OF PROCEDURE: After the procedure and its risks were explained, informed consent was obtained. The patient was
positioned prone, a time-out was performed, and the low back was prepped and draped. Under fluoroscopy, the targets
were identified at the junction of the superior articular process and transverse process of L4 and L5 on both sides
(L3 and L4 medial branches) and at the groove between the sacral ala and the S1 superior articular process for the L5
dorsal rami. A skin wheal of 0.5 mL of 1% lidocaine was raised at each of the six entry sites. A 22-gauge 3.5-inch
spinal needle was placed to each target, and position was confirmed in oblique and AP views. At each target 0.3 mL of
Omnipaque 240 showed no vascular runoff (1.8 mL in all). Then 0.5 mL of 0.5% bupivacaine (Marcaine) was injected at
each of the six targets, 3 mL in all. No steroid was injected.

POST-PROCEDURE: At 30 minutes, pain with extension was 1/10 (86% relief). Complications: none. He was given a pain diary
to record his relief every hour for 8 hours.

PLAN: If the diary confirms at least 80% relief for the expected duration of bupivacaine, a confirmatory block will be
scheduled, followed by radiofrequency neurotomy if concordant.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                    sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 1.8, "ml"), given("bupivacaine", 15)],
        pain=(7, 1), need=minus(ESI_NEED, "radicular_findings"), dos="2025-06-03", pos="11",
        payer="medicare_fcso",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=[],
        comment="L3 + L4 medial branches and the L5 dorsal ramus supply the L4-L5 and L5-S1 joints. First diagnostic "
                "block: KX on each line, bilateral 50. 'Pain persists despite PT ... only brief relief' is care with "
                "an outcome. The confirmatory block and RFA are plans. medicare_fcso changes nothing here (no "
                "earlier sessions).")

    add("fdr-facet-01", "checklist", """
FACET JOINT INJECTION - STRUCTURED PROCEDURE RECORD

Date: 07/07/2026          Setting: Hospital outpatient department
Procedure: Intra-articular facet joint injections, left L2-3, L3-4, L4-5 and L5-S1, therapeutic
Indication: Left-sided axial low back pain for 3 years; pain on facet loading; no radicular features
Diagnosis: Lumbosacral spondylosis without myelopathy or radiculopathy (M47.817)
Prior diagnostic blocks: Left lumbar medial branch blocks 02/2026 - 90% relief for 6 hours; confirmatory blocks
  03/2026 - 85% relief for 7 hours
Why not radiofrequency ablation: Implanted cardiac defibrillator; cardiology advised against RF lesioning
Conservative care: PT 12 weeks, NSAIDs and home exercise - pain persists despite all three
Function: Unable to stand more than 10 minutes; ODI 46%
Imaging: CT lumbar spine - left-sided facet arthropathy from L2-3 through L5-S1
Consent: Written informed consent signed
Time-out: Completed (patient, side, levels)
Sedation: None
Guidance: Fluoroscopy, oblique view for each joint
Contrast: Omnipaque 240, 0.2 mL per joint (0.8 mL) - arthrogram in each joint
Injectate: Kenalog-40 2 mL (80 mg) mixed with 0.5% bupivacaine 2 mL (4 mL); 0.75 mL into each of the four joints;
  the remaining 1 mL discarded
Pre-procedure pain: 7/10
Post-procedure pain: 2/10
Complications: None
Disposition: Discharged after 20 minutes of observation
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True,
                    intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 0.8, "ml"), given("triamcinolone_acetonide", 60), given("bupivacaine", 7.5)],
        pain=(7, 2), need=minus(ESI_NEED, "radicular_findings"), dos="2026-07-07", pos="22",
        codes=[line("64493", "LT"), line("64494", "LT"), line("64495", "LT")],
        findings=["level_limit"],
        comment="Four joints in one region: 64495 once for the third and fourth joints; third and later facet levels "
                "are the level_limit finding. Mixture multiplied out: 3 of 4 mL used, so 60 mg triamcinolone and "
                "7.5 mg bupivacaine. Two diagnostic blocks of 90% and 85% meet the therapeutic rule; they are "
                "diagnostic-block relief, not a prior-procedure response (not a repeat). Hospital outpatient: no "
                "drug lines.")

    add("fdr-rfa-01", "transcription", """
PROCEDURE: Bilateral L4-L5 and L5-S1 lumbar facet radiofrequency neurotomy (bilateral L3 and L4 medial branches and
L5 dorsal rami).

PREOPERATIVE DIAGNOSIS: Lumbar facet arthropathy (M47.816).

ANESTHESIA: Local.

INDICATIONS: The patient is a 63-year-old man with bilateral axial low back pain that is worse with prolonged standing
and with extension. Two separate diagnostic medial branch blocks of these nerves produced 90% and 80% relief,
respectively, each lasting the expected duration of the local anesthetic. He has completed a course of physical
therapy and has tried meloxicam and tramadol, none of which gave lasting relief. The pain keeps him from standing for
more than 15 minutes and from lifting his grandchildren; his Oswestry score is 48%. Preprocedure pain score is 7/10.

DESCRIPTION OF PROCEDURE: After informed consent was reviewed and signed, the patient was placed prone on the
fluoroscopy table. A time-out was completed. The lumbar region was prepped with chlorhexidine and draped. Using
fluoroscopy with an ipsilateral oblique and caudal tilt, 18-gauge 100 mm radiofrequency cannulae with 10 mm active tips
were placed parallel to the course of the L3 and L4 medial branches at the junction of the superior articular process
and transverse process, and along the L5 dorsal ramus at the sacral ala, on both sides (six cannulae). Lateral views
confirmed placement. Sensory stimulation at 50 Hz produced concordant back pain below 0.5 V, and motor stimulation at
2 Hz up to 2 V produced no contraction in the legs. At each site 1 mL of 2% lidocaine was injected, and thermal lesions
were made at 85 degrees C for 90 seconds. A total of 4 mg of dexamethasone mixed with 3 mL of 0.25% bupivacaine was then
divided evenly among the six sites. The cannulae were removed and bandages applied. The patient tolerated the procedure
without complications and was discharged in stable condition with a driver.

PLAN: Follow up in 4 weeks. Resume the home exercise program in 1 week.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 120), given("dexamethasone_sodium_phosphate", 4), given("bupivacaine", 7.5)],
        pain=(7, None), need=("diagnosis", "conservative_care", "functional_impairment"), dos="2026-01-13", pos="24",
        codes=[line("64635", "50"), line("64636", "50")],
        findings=["post_procedure_pain_score", "symptom_duration"],
        comment="Deliberate gaps: no symptom duration (facet.symptom_duration asks 3 months) and no post-procedure "
                "score. Thermal 85 C; two diagnostic blocks of 90% and 80%. ASC: no drug lines.")

    add("fdr-sij-01", "checklist", """
SACROILIAC JOINT INJECTION - DOCUMENTATION ELEMENTS

Date of service: 11/20/2024
1. Indication / diagnosis: Right sacroiliitis (M46.1); pain below L5 over the right posterior superior iliac spine
   and into the right buttock
2. Duration: 8 months
3. Provocation tests: FABER, thigh thrust, compression and Gaenslen positive on the right (4 of 5)
4. Conservative care: 6 weeks of physical therapy for pelvic stabilization and an SI belt - pain unchanged
5. Intent: Diagnostic (first SI joint injection)
6. Side: Right
7. Guidance: Fluoroscopy
8. Needle: 22-gauge 3.5-inch spinal needle, intra-articular, into the inferior third of the joint
9. Injectate: 2 mL of 0.5% bupivacaine (Sensorcaine); skin local 1% lidocaine 2 mL; no steroid
10. Images: AP and 25-degree oblique images saved to the record
11. Pain score before: 7/10 (NRS)
12. Pain score 30 minutes after: 1/10 - 86% relief
13. Consent: Written consent obtained
14. Time-out: Performed
15. Sedation: None
16. Complications: None
17. Plan: If at least 75% relief is confirmed on the diary, discuss a therapeutic injection or a lateral branch
    evaluation
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10), given("lidocaine", 20)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2024-11-20", pos="11",
        codes=[line("27096", "RT")],
        findings=["contrast"],
        comment="Deliberate gap: contrast is never mentioned (si.contrast). 86% relief is stated and above 75%. No "
                "billable drug (local anaesthetics only).")

    add("fdr-sinb-01", "transcription", """
PROCEDURE: Left L5 dorsal ramus and left S1, S2 and S3 lateral branch blocks (sacroiliac joint nerve blocks),
diagnostic, under fluoroscopic guidance.

DIAGNOSIS: Left sacroiliitis (M46.1).

ANESTHESIA: Local.

INDICATION: 58-year-old woman with a 2-year history of left buttock pain below L5, with 3 of 5 provocation tests
positive on the left. Three months of physical therapy did not help, and two intra-articular injections gave only
short-lived relief. She is being evaluated for lateral branch radiofrequency ablation. Pre-procedure pain 6/10.

DESCRIPTION OF PROCEDURE: Consent was obtained after discussion of the risks and alternatives. The patient was placed
prone, a time-out was held, and the lumbosacral area was prepped and draped. Under AP fluoroscopy with a slight caudal
tilt, the skin was anesthetized with 0.5 mL of 1% lidocaine at each of four entry sites. A 25-gauge 3.5-inch needle was
placed at the junction of the L5 transverse process and the sacral ala for the L5 dorsal ramus, and needles were placed
at the lateral margins of the S1, S2 and S3 posterior sacral foramina on the left. Contrast was not used. After
negative aspiration, 0.5 mL of 0.5% bupivacaine was injected at each of the four targets (2 mL total).

RESULT: Thirty minutes later her pain with provocative maneuvers was 1/10. There were no complications.

PLAN: Pain diary. If she obtains at least 75% relief with this and a second block, we will proceed to lateral branch
radiofrequency ablation.
""",
        procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=False, intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 20), given("bupivacaine", 10)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2025-04-08", pos="24",
        codes=[line("64451", "LT")],
        findings=[],
        comment="L5 dorsal ramus + S1-S3 lateral branches = 64451 (imaging included). The earlier intra-articular "
                "injections are history; RFA is a plan.")

    add("fdr-tpi-01", "checklist", """
TRIGGER POINT INJECTION NOTE

Date: 02/27/2024
Indication: Left neck and shoulder pain for 5 months that limits computer work, despite daily stretching and NSAIDs
Diagnosis: Myofascial pain syndrome, left neck and shoulder girdle (M79.12)
Exam: Palpable taut bands with local twitch responses and referred pain to the left occiput and scapula
Muscles injected (3): left upper trapezius (2 points), left levator scapulae (1 point), left rhomboid major (1 point)
Guidance: Palpation; no imaging
Needle: 25-gauge 1.5-inch
Medication: 4 mL of 1% lidocaine (Xylocaine) mixed with 1 mL of Kenalog-10 (triamcinolone 10 mg/mL, multi-dose
  vial) = 5 mL; 1.25 mL at each of the 4 points; entire mixture used
Prior trigger point sessions in the last 12 months: none
Consent: Verbal and written consent obtained
Time-out: Done
Pre-injection pain: 6/10
Post-injection pain: 2/10
Complications: None; hemostasis with pressure
Instructions: Heat, stretching program; follow up in 4 weeks
""",
        procs=[proc("trigger_point", laterality="left", imaging="none")],
        drugs=[given("lidocaine", 40), given("triamcinolone_acetonide", 10)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2024-02-27", pos="11",
        codes=[line("20553"), line("J3301", units=1)],
        findings=["percent_relief"],
        comment="Deliberate gap: pre and post scores but no stated percent relief (tpi.percent_relief asks it "
                "stated). Three muscles = 20553. Kenalog-10 from a multi-dose vial: J3301 x1 without JZ.")

    add("fdr-onb-01", "transcription", """
PROCEDURE NOTE

DATE: 05/16/2023

PREOPERATIVE DIAGNOSIS: Occipital neuralgia, bilateral (M54.81).

PROCEDURE: Bilateral greater occipital nerve blocks, landmark technique.

ANESTHESIA: None.

INDICATIONS: 44-year-old woman with 9 months of shooting pain from the suboccipital region over the vertex on both
sides, tenderness over both greater occipital nerves with a positive Tinel sign, and headaches five days a week that
make her miss work. Pain today is 8/10.

TECHNIQUE: The procedure, its risks and the alternatives were explained and she gave consent. She was seated, leaning
forward with her forehead on a padded table. A time-out was performed. The occipital artery was palpated one third of
the way from the external occipital protuberance to the mastoid process on each side. After an alcohol prep, a
25-gauge 1.5-inch needle was advanced medial to the artery to the occiput and withdrawn slightly, and after negative
aspiration 2 mL of 0.5% bupivacaine with 1 mL of dexamethasone 4 mg/mL was injected on each side in a fanning
pattern. The dexamethasone came from single-dose vials. No imaging was used.

RESULT: Ten minutes later her pain was 2/10, with scalp numbness in both greater occipital distributions. No
complications.

PLAN: Headache diary; return in 6 weeks; consider a repeat block if the relief lasts.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none", sedation="none")],
        drugs=[given("bupivacaine", 20), given("dexamethasone_sodium_phosphate", 8)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2023-05-16", pos="11",
        codes=[line("64405", "50"), line("J1100", units=8)],
        findings=[],
        comment="Bilateral GON block = 64405-50. Dexamethasone 2 x 4 mg = J1100 x8; DOS before 2023-07-01, so no JZ "
                "although the vials are single-dose. Landmark technique: no guidance line.")

    add("fdr-pnb-01", "transcription", """
PROCEDURE: Right suprascapular nerve block with ultrasound guidance.

DIAGNOSIS: Primary osteoarthritis, right shoulder (M19.011).

INDICATION: 81-year-old man with 2 years of right shoulder pain who is not a surgical candidate because of cardiac
disease. Physical therapy and oral analgesics failed. The pain wakes him at night and keeps him from dressing himself.
Pre-procedure pain 8/10.

DESCRIPTION: Consent was obtained. The patient was seated and a time-out was performed. A high-frequency linear
transducer was placed in the suprascapular fossa, and the suprascapular nerve and artery were identified beneath the
transverse scapular ligament at the notch. After chlorhexidine prep and a skin wheal of 1 mL of 1% lidocaine, a
22-gauge 80 mm block needle was advanced in plane from lateral to medial. Five mL of 0.5% ropivacaine (Naropin) and
40 mg of methylprednisolone acetate (Depo-Medrol 40 mg/mL, one 1 mL single-dose vial, none discarded) were injected,
with visible spread around the nerve. A still image documenting the needle position was saved to the chart.

RESULT: Pain 3/10 at 15 minutes. Complications: none. Discharged home.
""",
        procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("lidocaine", 10), given("ropivacaine", 25), given("methylprednisolone_acetate", 40)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-04-14", pos="11",
        codes=[line("64418", "RT"), line("76942"), line("J1010", "JZ", units=40)],
        findings=[],
        comment="Somatic block: ultrasound with a saved image is 76942 (no 26 in the office). Methylprednisolone "
                "40 mg after 2024-04-01 = J1010 x40 with JZ (single-dose, none discarded). M19.011 does not support a "
                "nerve block but is not known not to: no diagnosis finding.")

    add("fdr-gnb-01", "transcription", """
PROCEDURE: RIGHT knee genicular nerve blocks (superolateral, superomedial and inferomedial genicular nerves) under
fluoroscopic guidance.

PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, left knee (M17.12).

INDICATION: 69-year-old woman with 5 years of left knee pain and Kellgren-Lawrence grade 4 changes on radiographs, who
has declined total knee arthroplasty. Physical therapy, bracing, and intra-articular steroid and hyaluronic acid
injections have failed. She cannot walk more than two blocks. She is being evaluated for genicular radiofrequency
ablation. Pre-procedure pain with weight bearing 7/10.

DESCRIPTION: Informed consent was obtained. The patient was positioned supine with a bolster under the left knee. A
time-out confirmed the left knee. The knee was prepped and draped. Under AP fluoroscopy, 22-gauge 3.5-inch needles
were placed at the junction of the shaft and metaphysis of the lateral and medial femoral condyles and of the medial
tibial condyle, and a lateral view confirmed depth at mid-shaft. After negative aspiration, 2 mL of 0.5% bupivacaine
was injected at each of the three sites (6 mL total). No steroid was used.

RESULT: Thirty minutes later, pain on stepping up a stair was 1/10. No complications.

ADDENDUM (same day): The side in the procedure heading was dictated as RIGHT in error. Side corrected to LEFT; the
left knee was treated, as documented in the description.
""",
        procs=[proc("genicular_nerve_block", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 30)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2025-12-09", pos="22",
        codes=[line("64454", "LT")],
        findings=[],
        comment="Heading says RIGHT, the description and diagnosis say left, and a signed same-day addendum "
                "corrects the side to LEFT: the corrected side stands and no laterality_conflict is raised "
                "(corpora/README, sides written twice). 64454 includes the imaging.")

    add("fdr-stellate-01", "teaching_steps", """
Sample procedure note: right stellate ganglion block, ultrasound guided

Indication: 37-year-old with complex regional pain syndrome type I of the right upper limb (G90.511) for 7 months after a
distal radius fracture, with allodynia, swelling, and color and temperature change of the right hand despite 10 weeks
of occupational therapy and neuropathic medication. She cannot grip a cup or type. Pre-procedure pain 6/10.

1. Consent: Risks including hoarseness, difficulty swallowing, vascular injection, seizure and pneumothorax were
   discussed; written consent was signed.
2. Monitoring: Pulse oximetry, blood pressure and ECG; intravenous access in place. No sedation was given.
3. Time-out: Patient, procedure and side confirmed.
4. Position: Supine, head turned slightly toward the opposite side.
5. Scan: Linear probe at the level of the C6 transverse process; anterior tubercle, longus colli, carotid artery and
   vertebral vessels identified.
6. Prep: Chlorhexidine; sterile probe cover.
7. Needle: 25-gauge 50 mm needle in plane, lateral to medial, to the fascia over longus colli, avoiding the thyroid
   vessels.
8. Injection: After negative aspiration, 5 mL of 0.25% bupivacaine in 1 mL aliquots, with real-time spread beneath the
   prevertebral fascia. Image saved.
9. Result: Within 10 minutes, right ptosis and miosis; right hand skin temperature rose from 29.1 to 33.4 degrees C.
   Pain 3/10.
10. Complications: None. Observed for 30 minutes and discharged.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound", sedation="none")],
        drugs=[given("bupivacaine", 12.5)],
        pain=(6, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2024-06-25", pos="11",
        codes=[line("64510"), line("76942")],
        findings=[],
        comment="64510 has bilateral indicator 0 (Medicare profile): no RT. Ultrasound with a saved image = 76942, "
                "no 26 in the office.")

    add("fdr-lsb-01", "transcription", """
PROCEDURE: Left lumbar sympathetic block at L3 under fluoroscopic guidance.

DIAGNOSIS: Complex regional pain syndrome type I of the left lower limb (G90.522).

ANESTHESIA: Local.

INDICATION: 52-year-old man with 8 months of burning pain, allodynia and mottled, cool skin of the left foot following
an ankle sprain. Gabapentin and 12 weeks of desensitization therapy have not helped, and he cannot wear a shoe on the
left. Pre-procedure pain 7/10. Baseline left foot skin temperature 27.8 degrees C.

DESCRIPTION OF PROCEDURE: Consent was obtained after a discussion of the risks, including bleeding, infection, genitofemoral
neuralgia and intravascular injection. The patient was placed prone and a time-out was performed. The skin was prepped
and draped. The L3 endplates were squared in the AP view and the image intensifier was rotated about 25 degrees to the
left. The skin and needle track were anesthetized with 2 mL of 1% lidocaine. A 22-gauge 5-inch needle was advanced to
the anterolateral surface of the L3 vertebral body, and the lateral view showed the tip at the anterior vertebral
margin. Isovue-M 200, 3 mL, showed linear paravertebral spread along the anterolateral vertebral bodies from L2 to L4
without intravascular or psoas spread. Ten mL of 0.25% bupivacaine was injected in divided doses with intermittent
aspiration.

RESULT: Left foot temperature rose to 32.6 degrees C within 15 minutes and pain decreased to 3/10. There were no
complications. He was discharged with a responsible adult.

PLAN: Repeat block combined with physical therapy if the relief outlasts the local anesthetic.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 20), given("iopamidol", 3, "ml"), given("bupivacaine", 25)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-03-18", pos="11",
        codes=[line("64520"), line("77002"), line("Q9966", units=3)],
        findings=[],
        comment="64520 (bilateral indicator 0: no LT) + 77002 for fluoroscopy. 64520 does not include imaging, so in "
                "the office the contrast is billed: Isovue-M 200 (200 mg iodine/mL) = Q9966 per mL x3. One needle "
                "at L3 (the spread to L2-L4 is the contrast pattern).")

    add("fdr-scst-01", "transcription", """
OPERATIVE NOTE

PREOPERATIVE DIAGNOSIS: Failed back surgery syndrome (M96.1) with chronic bilateral lower extremity radicular pain.

PROCEDURE: Percutaneous placement of two temporary spinal cord stimulator trial leads under fluoroscopic guidance.

ANESTHESIA: Local, with the patient awake for intraoperative testing.

INDICATIONS: 61-year-old man, status post L4-S1 fusion in 2021, with 4 years of back and bilateral leg pain, the legs
worse than the back. Physical therapy, gabapentin, duloxetine and epidural injections have not given lasting relief,
and he is not a candidate for further surgery. He cannot walk more than 5 minutes or sit through a meal. Psychological
evaluation: referral placed; the report is not yet available. Pre-procedure pain 8/10.

DESCRIPTION OF PROCEDURE: The consent form was reviewed and signed. The patient was positioned prone on the fluoroscopy
table with a pillow under the abdomen. A prophylactic intravenous antibiotic was given within 60 minutes of needle
placement. A time-out was performed, and the back was prepped and draped. Using AP fluoroscopy, the L1-L2 interspace was
identified, and 15 mL of 1% lidocaine was infiltrated into the skin and the paramedian needle tracts. Two 14-gauge Tuohy
needles were placed into the epidural space at L1-L2 through paramedian approaches using loss of resistance. Two
8-contact percutaneous leads were advanced under live fluoroscopy, the first to the top of T8 just off midline and the
second to the middle of T8 on the other side of midline. Intraoperative testing with the manufacturer's representative
produced paresthesia coverage of both legs and the low back. The needles were withdrawn, and the leads were sutured to
the skin and covered with a sterile occlusive dressing. Final AP and lateral images were saved.

The patient tolerated the procedure without complications. In recovery, with stimulation on, his pain was 3/10. He was
discharged with trial instructions; lead removal is planned in 7 days.
""",
        procs=[proc("scs_trial", approach="percutaneous", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 150)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "radicular_findings"),
        dos="2025-07-22", pos="24", payer="medicare_cgs",
        codes=[line("63650", units=2), line("77003", "26")],
        findings=["indication"],
        comment="Deliberate gap: the psychological evaluation is not yet available (scs.psychological_evaluation, "
                "reported under indication). Two percutaneous leads = 63650 x2; fluoroscopy 77003 with 26 in the ASC. "
                "medicare_cgs changes nothing here. The unnamed antibiotic is not a gold drug.")


# --------------------------------------------------------------------------------------------------------------------
# fdr-h-*: case reports, teaching cases, dictations
# --------------------------------------------------------------------------------------------------------------------


def _narrative(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdr-h-tfesi-01", "case_report", """
Procedure

A 54-year-old man presented with a 3-month history of right-sided neck pain radiating across the lateral arm and
forearm into the thumb, with paresthesias in the same distribution. Examination showed a positive Spurling maneuver on
the right, weakness of wrist extension (4/5) and a diminished right brachioradialis reflex. Magnetic resonance imaging
demonstrated right C5-6 foraminal stenosis from uncovertebral and facet hypertrophy compressing the exiting C6 root.
Six weeks of physical therapy and cervical traction had produced no improvement, and gabapentin had been stopped because
of dizziness. His pain kept him from driving and interrupted his sleep (Neck Disability Index 40%). A right C5-6
transforaminal epidural steroid injection was offered for cervical radiculopathy (M54.12).

After written informed consent was obtained, the patient was placed supine with the head turned away from the side of
injection. A time-out confirmed the side and level. The skin was prepped with chlorhexidine and 1 mL of 1% lidocaine
was infiltrated at the entry site. Under fluoroscopic guidance in the oblique foraminal view, a 25-gauge 3.5-inch
blunt-tip needle was advanced to the posterior aspect of the right C5-6 foramen, and depth was confirmed in the
anteroposterior view with the tip no further medial than the midpoint of the articular pillar. Under live fluoroscopy
with digital subtraction, 1 mL of iohexol (Omnipaque 240) outlined the C6 root sleeve with epidural flow and no
vertebral or radicular artery filling. A test dose of 1 mL of 1% lidocaine produced no neurologic change over 90
seconds, after which 10 mg of dexamethasone sodium phosphate (1 mL of 10 mg/mL) was injected. Anteroposterior and
oblique images were saved. No sedation was used, and there were no complications. The pain score fell from 7/10 before
the injection to 2/10 at 20 minutes, and he was discharged after 30 minutes of observation.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C5-C6"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2024-05-14", pos="22",
        codes=[line("64479", "RT")],
        findings=[],
        comment="The C6 root exits the C5-C6 foramen: one cervical level, 64479-RT. Lidocaine 10 mg skin + 10 mg "
                "test dose. Hospital outpatient: no drug lines.")

    add("fdr-h-tfesi-02", "teaching_steps", """
Worked example: documenting a bilateral lumbar transforaminal epidural steroid injection

Patient: 59-year-old woman.
Diagnosis: Lumbosacral disc herniation with radiculopathy (M51.17).
History: 8 months of pain in the back of both thighs and calves, worse on the left, with numbness along the outer
border of both feet; straight-leg raise positive on both sides at 40 degrees. MRI shows broad-based L4-5 and L5-S1 disc
protrusions narrowing the L4-5 and L5-S1 foramina on both sides. Eight weeks of physical therapy and meloxicam gave no
relief. Oswestry Disability Index 46%; she cannot walk for more than 10 minutes. This is her second transforaminal
injection: the first, in October 2022, gave 70% relief that lasted five months before the pain returned.
Pre-procedure pain: 8/10.

Step 1. Informed consent: risks, benefits and alternatives reviewed; written consent signed.
Step 2. Time-out: patient, procedure, bilateral sides and the L4-5 and L5-S1 levels confirmed.
Step 3. Position: prone on the fluoroscopy table; no sedation.
Step 4. Prep and drape in sterile fashion.
Step 5. Skin: 1 mL of 1% lidocaine at each of the four entry sites.
Step 6. Needles: 22-gauge 3.5-inch spinal needles to the subpedicular (safe triangle) position at the L4-5 and L5-S1
        foramina on both sides under oblique fluoroscopy; the lateral view confirmed depth.
Step 7. Contrast: 1 mL of Omnipaque 300 at each needle showed perineural and epidural spread without vascular uptake
        (4 mL in all).
Step 8. Injectate: one 1 mL single-dose vial of Depo-Medrol 80 mg/mL was mixed with 2 mL of 1% lidocaine, and the
        3 mL was divided evenly among the four needles (0.75 mL, or 20 mg of methylprednisolone, at each). Nothing
        was discarded.
Step 9. Images: AP and lateral images saved.
Step 10. Outcome: pain 3/10 after 20 minutes; no complications; discharged with a driver.
Step 11. Plan: follow up in 4 weeks.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 60), given("iohexol", 4, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2023-06-13", pos="11",
        codes=[line("64483", "50"), line("64484", "50"), line("J1040")],
        findings=[],
        comment="Repeat with a documented response (70% for five months, above 50% for 3 months): no finding; 2 "
                "sessions in 12 months. Bilateral two foramina: 64483-50 + 64484-50 x1. Methylprednisolone 80 mg "
                "before 2024-04-01 = J1040 x1; dated before 2023-07-01, so no JZ for the single-dose vial. 'Worse on the left' "
                "describes symptoms, not the side treated.")

    add("fdr-h-ilesi-01", "dictated", """
Procedure note, dictated. Lumbar interlaminar epidural steroid injection, L5-S1, right paramedian.

She is a 46-year-old nurse with seven weeks of right buttock pain shooting down the back of the thigh and the outside
of the calf into the top of the foot, with numbness of the big toe and a straight-leg raise positive on the right at
35 degrees. Diagnosis is right L5 lumbar radiculopathy, M54.16. Six weeks of physical therapy made no difference, and
naproxen upset her stomach, so she stopped it. She has not been able to finish a shift on her feet and is sleeping in a
recliner. No MRI has been done yet; one has been ordered and is waiting on insurance. She has an anaphylactic reaction
to iodinated contrast, so we did not use contrast today. Pain before we started was 7/10.

I went over the risks, including infection, bleeding, a headache from a wet tap, nerve damage and the chance it does
not help, and she signed the consent. Prone with a pillow under the hips, time-out done, back prepped with chlorhexidine
and draped. AP fluoroscopy to square up the L5-S1 interspace, skin numbed with 3 mL of 1% lidocaine, and a 20-gauge
Tuohy needle advanced just right of midline with a lateral view to follow the depth. Loss of resistance with
preservative-free saline at about 6 cm. Without contrast, the position was confirmed on the lateral view at the
spinolaminar line. Negative aspiration. I injected 80 mg of Kenalog, two 1 mL single-dose vials of 40 mg/mL with
none wasted, diluted with 4 mL of preservative-free saline. AP and lateral images were saved. No sedation. No
complications. She was walking fine afterward and her pain was 4/10. Follow-up in 3 weeks, and we will go over the MRI
then.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=False, sedation="none")],
        drugs=[given("lidocaine", 30), given("triamcinolone_acetonide", 80)],
        pain=(7, 4), need=minus(ESI_NEED, "imaging_findings"), dos="2026-05-20", pos="11",
        codes=[line("62323"), line("J3301", "JZ", units=8)],
        findings=["imaging_findings"],
        comment="Deliberate gap: no MRI yet (esi.imaging_findings). No contrast, with a documented anaphylactic "
                "reaction to contrast: no contrast finding. Triamcinolone 80 mg is at, not over, the ceiling. "
                "J3301 x8 with JZ (single-dose vials, none wasted).")

    add("fdr-h-ilesi-02", "case_report", """
A 71-year-old man developed a vesicular rash and severe burning pain in a band around the left side of the chest in
the T8 dermatome. Acute herpes zoster was diagnosed, and valacyclovir was started within 48 hours of the rash, with
gabapentin added a few days later. Two weeks after onset the pain remained 9/10, with allodynia to light touch along the
left T8 dermatome, and he could sleep for only two hours at a time. MRI of the thoracic spine showed no disc herniation
or mass and mild enhancement of the left T8 nerve root. With a diagnosis of acute herpes zoster with left T8 radicular
pain (B02.29), a thoracic interlaminar epidural steroid injection was performed at T8-T9.

After informed consent was obtained, the patient was placed prone and a time-out was completed. Under fluoroscopic
guidance the T8-9 interlaminar space was identified, and the skin was anesthetized with 2 mL of 1% lidocaine. A
20-gauge Tuohy needle was advanced through a paramedian approach, and loss of resistance to saline was obtained.
Injection of 1 mL of iohexol (Omnipaque 300) showed epidural spread over three segments. Dexamethasone 10 mg with 1 mL
of 0.25% bupivacaine and 2 mL of preservative-free saline was then injected. Anteroposterior and lateral images were
stored. No sedation was used, and there were no complications. Thirty minutes later his pain was 4/10, and he was
discharged home.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T8-T9"],
                    imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10),
               given("bupivacaine", 2.5)],
        pain=(9, 4), need=("diagnosis", "functional_impairment", "imaging_findings", "radicular_findings"),
        dos="2024-08-06", pos="22",
        codes=[line("62321")],
        findings=[],
        comment="Acute herpes zoster (B02.x) is exempt from esi.symptom_duration and esi.conservative_care: two "
                "weeks of pain and ten days of antivirals raise nothing (the necessity booleans stay false: neither "
                "meets its 4-week standard). Imaging, radicular findings and function are documented.")

    add("fdr-h-mbb-01", "case_report", """
A 66-year-old woman was evaluated for a 2-year history of right-sided neck pain, worse with rotation and extension,
without arm symptoms. Neurologic examination was normal. Radiographs showed right-sided facet arthropathy at C4-5 and
C5-6. Physical therapy and NSAIDs over 3 months had failed to relieve the pain, which limited her ability to check her
blind spot while driving (Neck Disability Index 32%). The diagnosis was cervical facet arthropathy (M47.812). A first
diagnostic block of the right C4, C5 and C6 medial branches, performed 3 weeks earlier, had produced 60% relief lasting
4 hours. A second, confirmatory diagnostic block of the same nerves was performed.

After informed consent was obtained, the patient was placed prone with the neck slightly flexed, and a time-out was
performed. The posterior neck was prepped and draped. Under lateral fluoroscopy, a 25-gauge 2-inch needle was placed at
the centroid of the right C4, C5 and C6 articular pillars. Contrast was not used. At each of the three targets 0.5 mL of
0.75% bupivacaine was injected. Sedation was not given, and there were no complications. Her pain, 6/10 before the
block, was 2/10 with rotation at 30 minutes (67% relief).
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", contrast=False, intent="diagnostic",
                    sedation="none")],
        drugs=[given("bupivacaine", 11.25)],
        pain=(6, 2), need=minus(ESI_NEED, "radicular_findings"), dos="2025-05-27", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        findings=["diagnostic_block_relief"],
        comment="C4, C5 and C6 medial branches supply the C4-C5 and C5-C6 joints (cervical table: same level and "
                "the level below). A confirmatory diagnostic block after only 60% relief from the first: "
                "facet.diagnostic_block_relief_confirmatory (80% needed). KX on every diagnostic line.")

    add("fdr-h-rfa-01", "teaching_steps", """
TEACHING CASE - LUMBAR RADIOFREQUENCY NEUROTOMY

Procedure: Left L3-4, L4-5 and L5-S1 facet radiofrequency neurotomy
Diagnosis: Lumbosacral spondylosis without myelopathy or radiculopathy (M47.817)
Background: 74-year-old man with right-sided low back pain for 2 years and no leg symptoms. Two diagnostic blocks of
the right L2, L3 and L4 medial branches and the right L5 dorsal ramus gave 85% and 90% relief, each lasting as long as
the anesthetic. Twelve weeks of physical therapy and NSAIDs brought no lasting relief. He has stopped gardening;
Oswestry Disability Index 42%. Pre-procedure pain 6/10.

Step 1. Risks and benefits discussed; consent signed.
Step 2. Time-out; prone positioning; no sedation.
Step 3. Prep and drape.
Step 4. Under fluoroscopy, four 18-gauge 100 mm curved radiofrequency cannulae with 10 mm active tips were placed
        along the right L2, L3 and L4 medial branches at the base of the superior articular processes and along the
        right L5 dorsal ramus in the groove between the sacral ala and the S1 superior articular process.
Step 5. Sensory testing at 50 Hz reproduced his usual pain below 0.6 V; motor testing at 2 Hz up to 2.0 V produced
        only a multifidus twitch and no leg contraction.
Step 6. 1 mL of 2% lidocaine through each cannula.
Step 7. Thermal lesions at 80 degrees C for 90 seconds at each of the four sites.
Step 8. A mixture of 1 mL of Kenalog-40 (one single-dose vial, 40 mg) and 3 mL of 0.25% bupivacaine was prepared, and
        1 mL was injected through each cannula; all 4 mL was used and none was discarded.
Step 9. Cannulae removed; bandages applied.
Step 10. Pain 3/10 at discharge; no complications.
Step 11. Follow-up in 6 weeks.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 80), given("triamcinolone_acetonide", 40), given("bupivacaine", 7.5)],
        pain=(6, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-02-10", pos="11",
        codes=[line("64635", "RT"), line("64636", "RT", units=2), line("J3301", "JZ", units=4)],
        findings=["laterality_conflict"],
        comment="The procedure line says Left; the background and every needle in the technique are right-sided: "
                "codes follow the description (RT) and the difference is a laterality_conflict. L2, L3, L4 medial "
                "branches + L5 dorsal ramus = joints L3-L4, L4-L5, L5-S1 (64636 x2). Thermal at exactly 80 C is "
                "thermal. Office: triamcinolone 40 mg = J3301 x4, single-dose vial fully used = JZ.")

    add("fdr-h-sij-01", "case_report", """
A 62-year-old woman with a 2-year history of pain in both buttocks below the belt line, worse on rising from a chair,
returned for repeat therapeutic bilateral sacroiliac joint injections. Four of five provocation tests were positive on
each side. Diagnostic bilateral sacroiliac joint injections in January 2025 had produced 80% relief. Her last
therapeutic injections, in May, helped for a while. Eight weeks of physical therapy had not produced lasting benefit.
The diagnosis was bilateral sacroiliitis (M46.1).

After informed consent and a time-out, she was positioned prone and both sides were prepped and draped. Under
fluoroscopic guidance with contralateral oblique tilt, a 22-gauge spinal needle was advanced into the inferior third of
each sacroiliac joint. On each side 0.5 mL of iopamidol (Isovue-M 300) produced an intra-articular arthrogram, and 1 mL
of betamethasone sodium phosphate and acetate (Celestone Soluspan 6 mg/mL) with 2 mL of 0.25% bupivacaine was
injected. Images of each joint were saved in AP and oblique projections. She received no sedation. Her pain decreased
from 8/10 to 2/10 (75% relief) at 20 minutes, and no complications occurred.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iopamidol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("bupivacaine", 10)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2025-09-09", pos="22",
        codes=[line("27096", "50")],
        findings=["prior_procedure_response"],
        comment="A stated repeat therapeutic SI injection whose last response is only 'helped for a while': no "
                "documented 50% for 3 months (si.prior_procedure_response). The diagnostic block's 80% meets the 75% "
                "therapeutic rule. 27096-50; hospital outpatient: no drug lines.")

    add("fdr-h-sirfa-01", "dictated", """
Left sacroiliac joint cooled radiofrequency ablation.

This 57-year-old man has had left sacroiliac joint pain for 3 years. Diagnosis is left sacroiliac joint arthropathy,
M46.1. Two rounds of lateral branch blocks gave him 80 and 85 percent relief. He has done physical therapy and worn an
SI belt without lasting help, and he can no longer play a round of golf. His pain is 6/10 this morning.

Consent signed, time-out done. Prone, prepped and draped. No sedation; he preferred to stay awake. Under fluoroscopy I
placed 17-gauge introducers for the cooled radiofrequency probes at the left L5 dorsal ramus and lateral to the left
S1, S2 and S3 posterior foramina. Motor testing showed no leg contraction. Before each lesion 1 mL of 2% lidocaine went
through the introducer, four sites in all. Cooled radiofrequency lesions were made at a probe temperature of 60 degrees
C for 150 seconds at each site.

He tolerated it fine with no complications, and his pain was 3/10 when he left. Follow-up in 6 weeks.
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 80)],
        pain=(6, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-11-18", pos="24",
        codes=[line("64625", "LT")],
        findings=[],
        comment="Cooled RF is a technique the KB accepts for SI joint RFA (genicular_rfa.technique: thermal or "
                "cooled): 64625-LT, imaging included.")

    add("fdr-h-tpi-01", "case_report", """
A 48-year-old hairdresser had a 3-year history of pain in the right shoulder girdle and upper back, with palpable taut
bands and twitch responses in the right upper trapezius, levator scapulae, rhomboid minor and infraspinatus muscles
that reproduced her referred pain. The diagnosis was myofascial pain syndrome of the right shoulder girdle and upper
back (M79.18). Previous trigger point injections with a local anesthetic had given only a few days of relief each time,
physical therapy and a home stretching program had not helped, and she could no longer work full shifts. This was her
fourth trigger point injection session in the preceding twelve months, and onabotulinumtoxinA was chosen.

A 100-unit vial of Botox was reconstituted with 2 mL of preservative-free saline (5 units per 0.1 mL). After informed
consent and a time-out, with the patient seated, each trigger point was localized by palpation, and 20 units were
injected into each of the four muscles through a 27-gauge needle (80 units in total). The remaining 20 units in the
single-dose vial were discarded, and the wastage was recorded. No imaging was used. Pain was 6/10 before and 3/10
fifteen minutes after the injections, a 50% immediate reduction. There were no complications.
""",
        procs=[proc("trigger_point", laterality="right", imaging="none")],
        drugs=[given("onabotulinumtoxinA", 80, "units")],
        pain=(6, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-01-28", pos="11",
        codes=[line("20553"), line("J0585", units=80), line("J0585", "JW", units=20)],
        findings=["frequency"],
        comment="Fourth TPI session in 12 months counting this one: above the 3 of tpi.frequency. Four muscles = "
                "20553. Botox 80 units given (J0585 x80) and 20 units of the single-dose vial discarded (J0585-JW "
                "x20). Saline is the diluent.")

    add("fdr-h-joint-01", "teaching_steps", """
Example note: fluoroscopically guided right hip injection

Indication: 68-year-old man with right groin pain for 14 months from primary osteoarthritis of the right hip (M16.11).
He cannot put on his socks or walk his dog. Physical therapy and acetaminophen have not helped, and he wishes to delay
arthroplasty.

1. Consent: risks of infection, bleeding, steroid flare and no relief explained; consent signed.
2. Time-out performed; right side marked.
3. Supine on the fluoroscopy table; groin prepped and draped.
4. Under AP fluoroscopy the junction of the femoral head and neck was targeted, and the skin and needle track were
   anesthetized with 3 mL of 1% lidocaine.
5. A 22-gauge 3.5-inch spinal needle was advanced to bone at the head-neck junction.
6. 2 mL of Omnipaque 300 confirmed an intra-articular pattern outlining the capsule.
7. 2 mL of Depo-Medrol 40 mg/mL drawn from a multi-dose vial and 4 mL of 0.5% bupivacaine were injected.
8. An image of the arthrogram was saved.
9. Needle removed, bandage applied. No complications.
10. Discharged walking; follow up in 6 weeks.
""",
        procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="right",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80),
               given("bupivacaine", 20)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2024-03-12", pos="11",
        codes=[line("20610", "RT"), line("77002"), line("J1040"), line("Q9967", units=2)],
        findings=["post_procedure_pain_score", "pre_procedure_pain_score"],
        comment="Deliberate gap: no pain score at all (common.*_pain_score_other). Major joint without ultrasound = "
                "20610 + 77002 for fluoroscopy. Office: methylprednisolone 80 mg before 2024-04-01 = J1040 x1 (multi-dose vial: no JZ); "
                "20610 does not include imaging, so Omnipaque 300 is billed as Q9967 x2.")

    add("fdr-h-joint-02", "teaching_steps", """
Sample brief procedure note - ultrasound-guided glenohumeral joint injection

Diagnosis: Glenohumeral osteoarthritis.
Indication: Shoulder pain for 1 year that limits overhead reaching and sleep; no relief from 8 weeks of physical
therapy and oral NSAIDs. Pain before the injection 7/10.
Consent: Risks of infection, bleeding, steroid flare and skin depigmentation reviewed; written consent obtained.
Time-out: Completed.
Technique: Seated, posterior approach. A curvilinear transducer was placed parallel to the infraspinatus, and the
humeral head, glenoid and posterior labrum were identified. After a chlorhexidine prep and a skin wheal of 2 mL of 1%
lidocaine, a 22-gauge 3.5-inch needle was advanced in plane from lateral to medial into the joint between the humeral
head and the posterior labrum. One mL of Kenalog-40 (40 mg) with 2 mL of 1% lidocaine was injected, with visible
distension of the joint capsule. A representative ultrasound image was saved.
After: Pain 3/10 at 10 minutes. No complications. Follow-up in 6 weeks.
""",
        procs=[proc("joint_injection", approach="intra_articular", target="shoulder", region="shoulder",
                    imaging="ultrasound")],
        drugs=[given("lidocaine", 40), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-06-02", pos="22",
        codes=[line("20611")],
        findings=["diagnosis", "laterality"],
        comment="Deliberate gaps: no side anywhere (common.laterality; the code line gets no RT/LT) and a diagnosis "
                "without side or code ('Glenohumeral osteoarthritis' maps to M19.019, side missing: "
                "common.diagnosis_specificity). Ultrasound with a saved image = 20611, which includes the guidance.")

    add("fdr-h-grfa-01", "case_report", """
A 77-year-old woman with primary osteoarthritis of the right knee (M17.11) had 6 years of knee pain, and radiographs
showed tricompartmental joint space loss. Physical therapy, bracing, NSAIDs and intra-articular steroid injections had
failed, and her comorbidities precluded arthroplasty. She could walk only half a block. A diagnostic genicular nerve
block 4 weeks earlier had produced 80% relief lasting 8 hours, and genicular radiofrequency ablation was performed.

After informed consent was obtained, she was placed supine with a pillow under the right knee, and a time-out was held.
The knee was prepped and draped. Under fluoroscopic guidance, 18-gauge 100 mm radiofrequency cannulae with 10 mm active
tips were placed at the superolateral genicular, superomedial genicular and inferomedial genicular nerves where the
shaft meets the epicondyles and the medial tibial condyle, and the lateral view confirmed the depth. Sensory stimulation
reproduced her knee pain below 0.5 V, and motor stimulation at 2 Hz produced no distal contraction. Lidocaine 2% was
infiltrated through each cannula, and thermal lesions were created at 80 degrees C for 90 seconds at each nerve. After
lesioning, 1 mL of 0.25% bupivacaine was injected at each site. Pain was 7/10 before and 4/10 after the procedure. No
complications occurred, and she was discharged home.
""",
        procs=[proc("genicular_rfa", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", None), given("bupivacaine", 7.5)],
        pain=(7, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-03-03", pos="24",
        codes=[line("64624", "RT")],
        findings=["drug_dose"],
        comment="Deliberate gap: lidocaine given without an amount (common.drug_dose_other applies when drugs are "
                "given), so its gold dose is null. The prior diagnostic genicular block (80%) and the thermal "
                "technique are documented. 64624-RT includes imaging.")

    add("fdr-h-scsi-01", "transcription", """
OPERATIVE REPORT - IMPLANTATION OF SPINAL CORD STIMULATOR

Preoperative diagnosis: Complex regional pain syndrome type I, left lower limb (G90.522).

Procedures: 1. Placement of two percutaneous epidural neurostimulator leads. 2. Placement of an implantable pulse
generator in the right upper buttock. 3. Fluoroscopic guidance.

Anesthesia: Monitored anesthesia care by the anesthesia service; local infiltration by the surgeon.

Indications: 45-year-old woman with 4 years of CRPS of the left foot and ankle after a crush injury, refractory to
physical and occupational therapy, gabapentinoids, antidepressants and a series of lumbar sympathetic blocks. She can
no longer stand long enough to shop for groceries. A psychological evaluation in July 2025 found no contraindication
and cleared her for stimulation. A 7-day percutaneous trial in September produced a 70% reduction in her pain, and she
cut her opioid use in half.

Description: After informed consent was confirmed, the patient was brought to the operating room and monitored
anesthesia care was begun by the anesthesia team. She was positioned prone on chest rolls. A prophylactic intravenous
antibiotic was given. A time-out was performed, and the back and right buttock were prepped and draped. Under
fluoroscopic guidance the T12-L1 interspace was localized. A total of 20 mL of 1% lidocaine with epinephrine was used for
the skin, the needle tracts and the generator site. Through a 2 cm midline incision, two 14-gauge Tuohy needles entered
the epidural space at T12-L1 by loss of resistance, and two 8-contact percutaneous leads were advanced, the first to the
top of T10 over the physiologic midline and the second staggered at mid-T10. Intraoperative testing with the patient
awake enough to respond gave paresthesias covering the foot and ankle. The leads were anchored to the fascia with the
manufacturer's anchors. Extensions were tunneled to a pocket in the right upper buttock and connected to the pulse
generator, with normal impedances. The wounds were irrigated and closed in layers, and sterile dressings were applied.
AP and lateral fluoroscopic images were saved. Estimated blood loss 20 mL. No complications. She went to the recovery
unit in stable condition.
""",
        procs=[proc("scs_implant", approach="percutaneous", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 200)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-10-28", pos="22",
        codes=[line("63650", units=2), line("63685"), line("77003", "26")],
        findings=["sedation_details"],
        comment="Deliberate gap: MAC by the anesthesia service with no agents, doses or times (sedation.details); "
                "its drugs are not gold drugs (anaesthesia record). Trial 70% and a cleared psychological "
                "evaluation are documented. Two leads 63650 x2 + generator 63685 + 77003-26 (hospital outpatient). "
                "Pain scores are not asked for an implant.")

    add("fdr-h-kypho-01", "case_report", """
An 82-year-old woman with known osteoporosis presented with 6 weeks of severe mid-back pain that began after she lifted
a laundry basket. MRI showed acute compression fractures of T11 and T12 with marrow edema on STIR images and 30% and 40%
loss of height, respectively, without retropulsion. Despite 6 weeks of a thoracolumbar brace, scheduled acetaminophen
and a short course of opioids, her pain remained 9/10 and she was confined to bed. The diagnosis was age-related
osteoporosis with current pathological vertebral fractures of T11 and T12 (M80.08XA), and balloon kyphoplasty at T11 and
T12 was recommended.

Informed consent was obtained. In the procedure room, moderate sedation was administered by the operating physician,
with a registered nurse serving as the independent trained observer and monitoring the patient throughout: midazolam
3 mg and fentanyl 100 mcg IV in divided doses, sedation start 10:05 and end 10:47, 42 minutes of intraservice time. The
patient was positioned prone, a time-out was performed, and the back was prepped and draped. Under biplanar
fluoroscopy, 5 mL of 1% lidocaine was infiltrated at each of the four pedicle entry sites (20 mL in all). Transpedicular
access was obtained on both sides at T11 and T12 with 11-gauge trocars, and inflatable bone tamps were inflated to create
cavities, restoring partial height. The tamps were removed, and polymethylmethacrylate cement was delivered under
continuous lateral fluoroscopy, 3.5 mL at T11 and 4 mL at T12, with no extravasation. The trocars were removed and
dressings applied. There were no complications. Two hours later she stood and walked with a walker, and her pain was
3/10.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T11", "T12"],
                    imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 3), given("fentanyl", 100, "mcg"), given("lidocaine", 200)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2024-12-03", pos="22", payer="medicare_cgs",
        codes=[line("22513"), line("22515"), line("99152"), line("99153", units=2)],
        findings=[],
        comment="Balloon kyphoplasty (cavity creation), first body thoracic: 22513 + 22515 x1, imaging included. "
                "Moderate sedation by the proceduralist with an independent observer, 42 minutes: 99152 + 99153 x2 "
                "((42 - 8) // 15). Midazolam and fentanyl are the proceduralist's own, so gold drugs. Fracture on "
                "MRI at both levels. medicare_cgs changes nothing here.")

    add("fdr-h-pump-01", "checklist", """
INTRATHECAL PUMP REFILL - CLINIC FLOWSHEET

Date: 08/25/2026
Indication: Chronic pain syndrome (G89.4) after multiple lumbar operations; intrathecal morphine therapy since 2019
Device: Programmable pump with a 20 mL reservoir, right lower quadrant
Refill performed by: Attending physician (deep pocket, port difficult to access)
Time-out: Completed
Access: Template placed over the pump; reservoir port located by palpation; chlorhexidine prep
Needle: 22-gauge non-coring Huber needle
Residual volume withdrawn: 2.4 mL (expected 2.6 mL)
Drug placed in reservoir: Infumorph (preservative-free morphine) 25 mg/mL, 20 mL
Site after refill: No swelling, no signs of pocket infection
Complications: None
Next refill: in 12 weeks
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",), consent=False, dos="2026-08-25", pos="11",
        codes=[line("95991")],
        findings=["approach", "consent"],
        comment="Deliberate gaps: the flowsheet never says whether the pump was reprogrammed (pump.reprogramming, "
                "element approach), and no consent. Refill by the physician, reprogramming not stated: 95991. Gold "
                "dose is the amount placed in the reservoir: 20 mL x 25 mg/mL = 500 mg.")
