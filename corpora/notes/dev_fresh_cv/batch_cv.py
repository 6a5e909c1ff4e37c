"""Sealed batch `dev_fresh_cv` (`fcv-*`): procedure notes exported from structured EMR procedure forms.

Every note imitates a vendor form export: `Field: value` lines, checkbox rows, pick-list answers, time-out
stamps, sedation and medication tables (lot numbers, NDC-like columns, volumes), vitals grids and pain rows.
Gold was labelled from the text as written, by the rules of corpora/README.md and tools/goldkit.py, before
Painpoint read any of it. Half are "template" notes (`fcv-<family>-NN`), half hand-filled forms with the hard
cases (`fcv-h-<family>-NN`). All fictional: no names, record numbers or birth dates.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _template(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _template(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    # 1 ---------------------------------------------------------------------------------------------
    add("fcv-tfesi-01", "emr_smartform", """
PROCEDURE DOCUMENTATION FORM - INTERVENTIONAL SPINE
Encounter type: Office procedure
Date of service: 02/11/2026
Procedure: Transforaminal epidural steroid injection
Laterality: Left
Levels: L4-5 and L5-S1 (foramina)
Pre-op diagnosis: Lumbar disc herniation with radiculopathy (M51.16)

HISTORY
Chief complaint: Left buttock and posterior thigh pain shooting into the lateral calf and top of the foot, with tingling of the great toe.
Symptom duration: 5 months
Conservative treatment: Physical therapy 10 weeks - no meaningful improvement; meloxicam 15 mg daily - ineffective; gabapentin - stopped for dizziness.
Functional status: Cannot stand longer than 10 minutes; unable to complete a full work shift.
Imaging: MRI lumbar spine - left paracentral L4-5 disc extrusion contacting the descending L5 root; mild L5-S1 foraminal narrowing on the left.
Exam: Positive straight leg raise on the left at 40 degrees; diminished sensation over the left L5 dermatome.

CONSENT
Written informed consent obtained: [X] Yes [ ] No
Risks discussed: [X] Bleeding [X] Infection [X] Nerve injury [X] Headache [X] Increased pain

TIME-OUT
Time-out: Performed at 09:14 - correct patient/site/side verified

PAIN SCORE (NRS 0-10)
Pre: 7    Post: 2

PROCEDURE DETAILS
Position: Prone
Prep: Chlorhexidine x3, sterile drape
Imaging guidance: Fluoroscopy
Needle: 22 g 3.5 in spinal needle, oblique approach to each foramen
Contrast: Omnipaque 240, 2 mL total - epidural and perineural spread, no vascular uptake
Images saved: AP and lateral views archived to PACS

MEDICATION ADMINISTRATION
| Drug                     | Conc.      | Vol.   | Dose  | Site              | Lot      |
| Dexamethasone sod. phos. | 10 mg/mL   | 0.5 mL | 5 mg  | L L4-5 foramen    | DX41207  |
| Dexamethasone sod. phos. | 10 mg/mL   | 0.5 mL | 5 mg  | L L5-S1 foramen   | DX41207  |
| Lidocaine (skin)         | 1%         | 3 mL   | 30 mg | skin              | LC88812  |
Total steroid: 10 mg

Sedation: None
Complications: None apparent
EBL: Minimal
Disposition: Discharged ambulatory after 20 minutes observation
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 30), given("iohexol", 2, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-11", pos="11",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)], findings=[])

    # 2 ---------------------------------------------------------------------------------------------
    add("fcv-tfesi-02", "emr_checkbox", """
ASC OPERATIVE RECORD - PAIN SERVICE
DOS: 2025-09-23
Procedure performed: Right C6-7 transforaminal epidural steroid injection
Side: [X] Right [ ] Left [ ] Bilateral
Level(s): C6-C7

Indication / HPI: Sharp pain from the right side of the neck radiating over the shoulder, down the lateral forearm into the thumb and index finger, with numbness of the thumb. Symptoms present for 4 months.
Prior treatment: 8 weeks of supervised PT and cervical traction - pain persisted; naproxen - no relief.
Functional limitation: Unable to turn head to drive; drops objects with the right hand; sleep disrupted nightly.
MRI C-spine: Right C6-7 uncovertebral spur with moderate-to-severe right foraminal stenosis.
Diagnosis: Cervical radiculopathy, C6-C7 level (M54.12)

Consent signed: [X] Yes [ ] No
Time-out: ________
Anesthesia: [X] Local only [ ] Moderate sedation [ ] MAC

Pain NRS    Pre: 8    Post: 3

Technique: Fluoroscopy-guided. Right oblique view to align the C6-7 foramen; 25 g needle advanced to the posterior aspect of the foramen. Isovue-M 200, 1 mL under live fluoroscopy with digital subtraction: no vascular or intrathecal pattern.
Injectate: Dexamethasone 10 mg/mL, 1 mL (10 mg) + preservative-free saline 1 mL.
Saved images: 2 (AP and oblique)

Complications: [X] None [ ] Vasovagal [ ] Paresthesia [ ] Other
Discharge: Stable, to home with escort.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 1, "ml")],
        pain=(8, 3), need=ESI_NEED, dos="2025-09-23", pos="24",
        codes=[line("64479", "RT")], findings=["time_out"])

    # 3 ---------------------------------------------------------------------------------------------
    add("fcv-ilesi-01", "emr_table", """
Procedure Note (Office) | Interlaminar Epidural Steroid Injection
Service date: 01/28/2026
Approach: Interlaminar, midline
Level: L5-S1
Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062)

Indication: Bilateral buttock and leg pain with aching and heaviness down both legs to the calves when walking, numbness in both feet after standing. Onset 7 months ago.
Failed conservative measures: PT 3 months - symptoms unchanged; home exercise program and acetaminophen - inadequate relief.
Function: Walking tolerance 1 block; needs a cart to shop.
Imaging: MRI 11/2025 - severe central canal stenosis at L4-5 and moderate at L5-S1, ligamentum flavum hypertrophy.

Consent: Informed consent reviewed and signed. Sedation risks and alternatives explained.
Time-out: Performed at 10:02 - correct patient, procedure, level verified by team.
Sedation justification: Severe procedural anxiety with a failed attempt under local only at an outside clinic.

MODERATE SEDATION RECORD
Administered by: Proceduralist (self)
Independent trained observer: RN, present throughout, monitoring only
Start: 10:05   Stop: 10:29   Total intraservice time: 24 min
| Time  | Agent      | Dose   | Route |
| 10:05 | Midazolam  | 2 mg   | IV    |
| 10:06 | Fentanyl   | 50 mcg | IV    |
Monitoring: SpO2, ECG, NIBP q5 min. Lowest SpO2 96%.

VITALS
|        | BP      | HR | SpO2 | Pain |
| Pre    | 142/84  | 78 | 98%  | 6    |
| Post   | 128/76  | 70 | 97%  | 1    |

Technique: Fluoroscopy, AP and lateral. 20 g Tuohy needle, loss of resistance to saline at L5-S1. Omnipaque 180, 2 mL, confirmed epidural spread. AP and lateral images saved.
Injectate: Kenalog-40 2 mL (80 mg) with 3 mL preservative-free saline.

Complications: None apparent
Post-procedure: Tolerated well; recovery 30 min; discharged with escort.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("triamcinolone_acetonide", 80), given("midazolam", 2), given("fentanyl", 50, "mcg"),
               given("iohexol", 2, "ml")],
        pain=(6, 1), need=ESI_NEED, dos="2026-01-28", pos="11",
        codes=[line("62323"), line("99152"), line("99153"), line("J3301", units=8)], findings=[],
        comment="Moderate sedation by the proceduralist, observer and 24 min documented: 99152 + 99153 x1.")

    # 4 ---------------------------------------------------------------------------------------------
    add("fcv-ilesi-02", "emr_checkbox", """
HOSPITAL OUTPATIENT PROCEDURE FORM
Date: 06/17/2025
Procedure: Cervical interlaminar epidural steroid injection
Level: C7-T1
Approach: [X] Interlaminar [ ] Transforaminal

Diagnosis: Cervical foraminal stenosis with radiculopathy (M48.02)
History: Burning pain from the neck into both arms, worse on the left, with paresthesias in the fourth and fifth fingers bilaterally. Duration: 6 months.
Conservative care: 10 weeks of PT without improvement; duloxetine - no effect; oral prednisone taper - relief lasted only a few days.
Functional: Unable to work overhead; difficulty dressing and lifting a grandchild.
Imaging: MRI - multilevel foraminal narrowing C5-6 and C6-7, disc osteophyte complex at C6-7.

Informed consent: [X] Obtained [ ] Declined
Time-out: 13:40 - performed, all verified
Sedation: [X] None [ ] Moderate [ ] MAC

Pain score  Pre: __    Post: 2

Technique: Fluoroscopy, contralateral oblique view. 18 g Tuohy, loss of resistance to air and saline at C7-T1, left paramedian. Contrast: Isovue-M 300, 1.5 mL - epidural spread confirmed.
Images saved: [ ] Yes [X] No
Medication: Celestone Soluspan 6 mg/mL, 1 mL (6 mg) + 1 mL preservative-free normal saline.

Complications: None apparent
Disposition: Home.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("iopamidol", 1.5, "ml")],
        pain=(None, 2), need=ESI_NEED, dos="2025-06-17", pos="22",
        codes=[line("62321")], findings=["pre_procedure_pain_score", "saved_images"])

    # 5 ---------------------------------------------------------------------------------------------
    add("fcv-caudal-01", "emr_smartform", """
PAIN CLINIC PROCEDURE NOTE
Visit date: 10/19/2023
Procedure: Caudal epidural steroid injection
Route: Via sacral hiatus
Diagnosis 1: Post-laminectomy syndrome (M96.1)
Diagnosis 2: Lumbosacral radiculopathy (M54.17)

Subjective: Constant low back pain with radiating pain into both legs, left worse than right, to the soles, with burning and numbness of the left foot. Present for 9 months since an L4-5 laminectomy in 2021 (symptoms recurred early this year).
Conservative care: 12 weeks of aquatic PT - pain unchanged; tramadol - not tolerated (nausea); gabapentin 900 mg/day - partial relief only.
Functional impairment: Sitting tolerance 20 minutes; stopped volunteering.
Imaging: MRI with contrast - epidural fibrosis surrounding the left L5 and S1 roots, no recurrent disc.

Consent: [X] Discussed risks/benefits/alternatives [X] Signed
Time-out: Performed 08:31 - patient, procedure, site confirmed
Sedation: None

Pain score: Pre 7 / Post 3

Technique:
- Imaging: Fluoroscopic guidance
- Needle: 20 g Tuohy through the sacral hiatus
- Contrast: Omnipaque 240, 4 mL; filling of the sacral canal to S1 without intravascular runoff
- Images: AP and lateral saved
- Injectate: Depo-Medrol 80 mg (2 mL of 40 mg/mL) + 0.25% bupivacaine 4 mL + 4 mL normal saline

Complications: None
Disposition: Discharged home, ambulatory.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("bupivacaine", 10), given("iohexol", 4, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2023-10-19", pos="11",
        codes=[line("62323"), line("J1040")], findings=[])

    # 6 ---------------------------------------------------------------------------------------------
    add("fcv-mbb-01", "emr_table", """
AMBULATORY SURGERY CENTER - PROCEDURE REPORT
Date of service: 03/04/2026
Procedure: Bilateral lumbar medial branch blocks (diagnostic, first block)
Nerves targeted: L3 and L4 medial branches and L5 dorsal ramus, right and left
Facet joints covered: L4-L5, L5-S1 bilaterally
Intent: Diagnostic

Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)
Symptoms: Axial low back pain across the belt line, worse with extension and rotation, no leg symptoms. Duration 14 months.
Conservative care: 12 weeks of core strengthening PT - no lasting benefit; NSAIDs and chiropractic care - did not reduce the pain.
Function: Unable to stand at the workbench more than 15 minutes; cannot garden.
MRI: Bilateral facet arthropathy with effusions at L4-5 and L5-S1.

Consent: Signed, on chart.
Time-out: Performed at 07:52 - correct patient/site/side verified
Sedation: None, local only

Pain (0-10)   Pre: 6   Post: 1   (post measured at 30 min with provocative maneuvers)

Technique: Fluoroscopy-guided, prone. 22 g spinal needles placed at the junction of the superior articular and transverse processes at L4 and L5 and at the sacral ala, bilaterally. Omnipaque 240, 0.2 mL per needle, no vascular spread.

MEDICATION ADMINISTRATION
| Site           | Drug                 | Volume  |
| R L3 MB        | Bupivacaine 0.5%     | 0.5 mL  |
| R L4 MB        | Bupivacaine 0.5%     | 0.5 mL  |
| R L5 DR        | Bupivacaine 0.5%     | 0.5 mL  |
| L L3 MB        | Bupivacaine 0.5%     | 0.5 mL  |
| L L4 MB        | Bupivacaine 0.5%     | 0.5 mL  |
| L L5 DR        | Bupivacaine 0.5%     | 0.5 mL  |
Total bupivacaine 0.5%: 3 mL

Complications: None apparent
Disposition: Pain diary given; home.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15), given("iohexol", 1.2, "ml")],
        pain=(6, 1), need=SPINE_NEED, dos="2026-03-04", pos="24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    # 7 ---------------------------------------------------------------------------------------------
    add("fcv-mbb-02", "emr_smartform", """
Procedure Form: Cervical Medial Branch Block
Date: 07/08/2025
Side: Right
Medial branches: C4, C5, C6 (joints C4-5, C5-6)
Intent: Diagnostic - second (confirmatory) block
Prior block: Right C4-6 MBB on 06/10/2025 gave 85% relief for 6 hours.

Dx: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
HPI: Right-sided neck pain into the upper trapezius and occiput, no arm symptoms, ongoing for 2 years.
Conservative treatment: PT 8 weeks - failed; cyclobenzaprine - sedating, stopped; NSAIDs - no relief.
Functional: Cannot check blind spot while driving; reading limited to 15 minutes.

Consent: obtained, signed
Time-out: Performed 11:20, correct patient / side / levels
Sedation: none

Pain: Pre 7  Post 1

Procedure: Fluoroscopy, lateral approach. 25 g needles to the articular pillars of C4, C5 and C6 on the right. Lidocaine 2%, 0.5 mL at each of the three branches (1.5 mL total).

Complications: ______
Disposition: Discharged with pain log.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 1), need=SPINE_NEED, dos="2025-07-08", pos="11", complications=None,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["complications"])

    # 8 ---------------------------------------------------------------------------------------------
    add("fcv-rfa-01", "emr_table", """
ASC PROCEDURE NOTE - RADIOFREQUENCY ABLATION
Date of service: 04/15/2026
Procedure: Left L4-L5 and L5-S1 facet radiofrequency neurotomy (L3, L4 medial branches and L5 dorsal ramus)
Laterality: Left

Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)
History: Left axial low back pain for 18 months, worse with standing and extension.
Conservative care: PT 12 weeks - pain unchanged; NSAIDs - no benefit; massage therapy - short-lived relief.
Functional status: Unable to walk more than 20 minutes; cannot lift laundry basket.
Diagnostic blocks: 01/20/2026 left L3-L5 MBB - 90% relief; 02/17/2026 left L3-L5 MBB - 85% relief (dual concordant).

Consent: [X] Signed
Time-out: 12:05 - performed; correct patient, side, levels.

Sedation justification: Patient unable to lie prone for the lesioning time without sedation owing to severe positional pain.
MODERATE SEDATION
Performed by: Proceduralist; Observer: Circulating RN (independent)
Start 12:08 / End 12:24 (16 min)
Midazolam 1 mg IV at 12:08; Midazolam 1 mg IV at 12:15 (total 2 mg)

Pain score   Pre: 5   Post: 2

Technique: Fluoroscopy. 18 g 10 mm active tip cannulae parallel to the L3 and L4 medial branches and the L5 dorsal ramus. Motor stimulation 2 Hz to 2 V without radicular response. Lidocaine 2%, 1 mL at each site (3 mL). Thermal lesions at 80 C for 90 seconds, two lesions per nerve.

Complications: None apparent
Discharge: Stable.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left", levels=["L4-L5", "L5-S1"],
                 imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("lidocaine", 60)],
        pain=(5, 2), need=SPINE_NEED, dos="2026-04-15", pos="24",
        codes=[line("64635", "LT"), line("64636", "LT"), line("99152")], findings=[])

    # 9 ---------------------------------------------------------------------------------------------
    add("fcv-sij-01", "emr_checkbox", """
OFFICE PROCEDURE - SACROILIAC JOINT INJECTION
DOS: 05/06/2026
Joint: [X] Right [ ] Left [ ] Bilateral
Intent: [X] Diagnostic [ ] Therapeutic
Guidance: [X] Fluoroscopy [ ] Ultrasound [ ] CT

Diagnosis: Sacroiliitis, right (M46.1)
Pain: Right buttock pain over the posterior superior iliac spine, 3 of 5 provocative tests positive (thigh thrust, compression, FABER). Duration: 8 months.
Conservative care: PT with SI belt for 8 weeks - no improvement; ibuprofen - gastric upset, stopped.
Function: Unable to climb stairs without rest; sleep interrupted nightly.

Consent: [X] Yes [ ] No
Time-out: Performed at 14:22 - correct patient/site/side verified
Sedation: None

Pre-procedure pain: 7
Post-procedure pain: 1
Percent relief (anesthetic phase, 30 min): 85%

Technique: 22 g spinal needle into the inferior third of the right SI joint under fluoroscopy. Isovue-M 200, 1 mL: intra-articular arthrogram, no vascular uptake. AP and oblique images saved.

MEDICATIONS
| Drug             | Strength  | Amount | NDC (last 4) |
| Triamcinolone    | 40 mg/mL  | 1 mL   | -0047        |
| Bupivacaine      | 0.5%      | 2 mL   | -0110        |

Complications: None apparent
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 10), given("iopamidol", 1, "ml")],
        pain=(7, 1), need=SPINE_NEED, dos="2026-05-06", pos="11",
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=[])

    # 10 --------------------------------------------------------------------------------------------
    add("fcv-tpi-01", "emr_table", """
Trigger Point Injection - Procedure Record
Date: 08/20/2025
Location: Left upper back / neck
Diagnosis: Myofascial pain syndrome (M79.18)

Exam: Palpable taut bands with reproduction of referred pain and local twitch response in the left upper trapezius, left levator scapulae and left rhomboid major.
Muscles injected (count): 3

Consent: Verbal and written consent obtained.
Time-out: 15:10 performed - site verified
Sedation: None

| Muscle               | Drug           | Volume |
| L upper trapezius    | Lidocaine 1%   | 2 mL   |
| L levator scapulae   | Lidocaine 1%   | 2 mL   |
| L rhomboid major     | Lidocaine 1%   | 2 mL   |
Total lidocaine 1%: 6 mL (60 mg)

Pain   Pre: 6   Post: 2
Relief: approximately 65% immediately after injection.

Technique: 27 g needle, fan technique into each trigger point after aspiration. Landmark guided, no imaging.
Complications: None apparent
""", procs=[proc("trigger_point", region="cervical", imaging="none", sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=("diagnosis",), dos="2025-08-20", pos="11",
        codes=[line("20553")], findings=["indication"])

    # 11 --------------------------------------------------------------------------------------------
    add("fcv-onb-01", "emr_checkbox", """
NEUROLOGY/PAIN OFFICE PROCEDURE
Date: 11/04/2025
Procedure: Greater occipital nerve block
Side: [ ] Right [ ] Left [X] Bilateral
Diagnosis: Occipital neuralgia (M54.81)
Indication: Shooting paroxysmal pain from the suboccipital region to the vertex on both sides, tenderness over both greater occipital nerves.

Consent obtained: [ ] Yes [ ] No
Time-out: 16:02 - performed
Imaging: None (landmark)

Pain  Pre: 8  Post: 3

MEDICATION LOG
| Drug                 | Conc.     | Vol per side | Total  | Vial        | Wasted |
| Methylprednisolone   | 40 mg/mL  | 0.5 mL       | 40 mg  | single-dose | 0 mL   |
| Bupivacaine          | 0.5%      | 2 mL         | 20 mg  |             |        |

Technique: 25 g needle medial to the occipital artery at the superior nuchal line on each side, negative aspiration, injectate divided equally.
Complications: None apparent
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("bupivacaine", 20)],
        pain=(8, 3), need=("diagnosis",), dos="2025-11-04", pos="11", consent=False,
        codes=[line("64405", "50"), line("J1010", "JZ", units=40)], findings=["consent"],
        comment="Consent row left unchecked in both boxes: not documented. Single-dose vial, 0 mL wasted: JZ.")

    # 12 --------------------------------------------------------------------------------------------
    add("fcv-knee-01", "emr_smartform", """
Musculoskeletal Procedure Note
Date of service: 12/09/2025
Procedure: Intra-articular knee injection
Laterality: Left
Guidance: Ultrasound (permanent image recorded)

Diagnosis: Primary osteoarthritis, left knee (M17.12)
Indication: Medial left knee pain with effusion, failed oral NSAIDs and a home exercise program.

Consent: Written, signed
Time-out: Performed 10:45 - correct patient/site/side verified
Sedation: None

Pain: Pre 6 / Post 2

Technique: Superolateral approach, 22 g needle visualized entering the suprapatellar recess under ultrasound; image saved to the chart.
Medication: Triamcinolone acetonide 40 mg (1 mL of 40 mg/mL) + lidocaine 1% 4 mL
Complications: None apparent
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="left",
                 imaging="ultrasound", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2025-12-09", pos="11",
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=[])

    # 13 --------------------------------------------------------------------------------------------
    add("fcv-gnb-01", "emr_table", """
HOSPITAL OUTPATIENT - PAIN PROCEDURE
Date: 09/30/2025
Procedure: Genicular nerve block, right knee
Nerves: Superomedial, superolateral and inferomedial genicular nerves
Guidance: Fluoroscopy

Diagnosis: Primary osteoarthritis, right knee (M17.11)
Indication: Chronic right knee pain, not a surgical candidate, assessment for genicular radiofrequency.

Consent: Signed after discussion of risks.
Time-out: 08:15 - performed, right knee marked and verified
Sedation: None

| Nerve           | Drug              | Volume |
| Superomedial    | Bupivacaine 0.5%  | 1.5 mL |
| Superolateral   | Bupivacaine 0.5%  | 1.5 mL |
| Inferomedial    | Bupivacaine 0.5%  | 1.5 mL |

Pain score   Pre: 7   Post: 1

Complications: None apparent
""", procs=[proc("genicular_nerve_block", target="genicular_nerves", region="knee", laterality="right",
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("bupivacaine", 22.5)],
        pain=(7, 1), need=("diagnosis",), dos="2025-09-30", pos="22",
        codes=[line("64454", "RT")], findings=[])

    # 14 --------------------------------------------------------------------------------------------
    add("fcv-stellate-01", "emr_checkbox", """
ASC PROCEDURE RECORD
Date of service: 02/25/2026
Procedure: Stellate ganglion block
Side: [ ] Right [X] Left
Guidance: [X] Ultrasound, image saved [ ] Fluoroscopy

Diagnosis: Complex regional pain syndrome type I of left upper limb (G90.512)
Indication: Burning pain, allodynia, swelling and color change of the left hand for 5 months after a wrist fracture.

Consent: [X] Signed
Time-out: Performed 09:40 - patient, side, procedure confirmed
Sedation: None

Pain NRS:  Pre: 8   Post: --

Technique: In-plane approach at C6 anterior to the longus colli, 22 g needle, hydrodissection observed. Ropivacaine 0.5%, 5 mL (25 mg) in divided doses with negative aspiration.
Result: Left Horner sign and hand warming of 2 degrees C at 20 minutes.
Complications: None apparent
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left", imaging="ultrasound",
                 sedation="none")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, None), need=("diagnosis",), dos="2026-02-25", pos="24",
        codes=[line("64510"), line("76942", "26")], findings=["post_procedure_pain_score"])

    # 15 --------------------------------------------------------------------------------------------
    add("fcv-pump-01", "emr_smartform", """
INTRATHECAL PUMP REFILL - ENCOUNTER FORM
Date: 10/07/2025
Diagnosis: Chronic pain syndrome with intrathecal drug delivery system (G89.4)
Device: Programmable intrathecal pump, 20 mL reservoir

Refill performed by: Physician (attending), skill required for the reservoir access
Consent: Verbal consent documented
Time-out: 13:05 - performed

Expected residual: 2.8 mL   Actual residual withdrawn: 2.9 mL
New drug placed: Morphine sulfate preservative-free 25 mg/mL, 20 mL (500 mg)
Reprogrammed: [X] Yes - daily dose increased 5% per telemetry [ ] No
Next alarm date: 12/30/2025

Complications: None apparent
""", procs=[proc("pump_refill", target="intrathecal_pump")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",), dos="2025-10-07", pos="11",
        codes=[line("62370")], findings=["indication"])


def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    # 16 --------------------------------------------------------------------------------------------
    add("fcv-h-tfesi-01", "hand_emr_form", """
Procedure: B/L L5-S1 TFESI
Date: 03/17/2026   Place: office
Foramina: L5-S1 right and left

Dx: Lumbar disc herniation with radiculopathy (M51.16)
Hx: repeat TFESI; last one 4 mo ago gave "some relief". Pain down both legs to the heels with numbness of the soles, x 8 months.
Tried: PT 8 wk - no change; gabapentin - drowsy, stopped; celecoxib - no help.
Function: can't sit through a meal, stopped driving.
MRI: broad-based L5-S1 disc protrusion narrowing both lateral recesses.

Consent: signed
Time-out: done 08:02, all verified
Sedation reason: vasovagal syncope during a previous injection under local.
Sedation (by me, RN observer present): start 08:05 stop 08:17 = 12 min; midazolam 1 mg IV 08:05.

Pain 0-10: pre 8, post 3

Fluoro. 22 g needles to the R and L L5-S1 foramina. Omnipaque 240 1 mL each side, no vascular flow. AP + lat saved.
Dexamethasone 5 mg each side (10 mg total).
Complications: none
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("midazolam", 1), given("iohexol", 2, "ml")],
        pain=(8, 3), need=ESI_NEED, dos="2026-03-17", pos="11",
        codes=[line("64483", "50"), line("99152"), line("J1100", units=10)], findings=["prior_procedure_response"],
        comment="A stated repeat whose earlier response is only 'some relief': prior_procedure_response. "
                "Moderate sedation by the proceduralist, observer, 12 min: 99152 only.")

    # 17 --------------------------------------------------------------------------------------------
    add("fcv-h-tfesi-02", "hand_emr_form", """
HOPD Procedure Form
DOS: 01/13/2026
Procedure: Transforaminal ESI
Side: LEFT
Levels: L4-L5, L5-S1
Payer: Medicare

Dx: Lumbar radiculopathy (M54.16)
Subjective: Right leg pain from the buttock down the front of the shin into the big toe, weak right ankle dorsiflexion (4/5), 3 months.
Conservative: PT 6 weeks - no relief; NSAIDs - no benefit.
ADLs: cannot walk the dog; difficulty with stairs.
Imaging: MRI - right foraminal disc protrusion at L4-5 compressing the exiting L4 and abutting L5.

Consent: yes, signed
Time-out: 07:30 performed
Sedation: none
Pain: pre 7 post 2

Technique: Fluoroscopy. Needles placed into the right L4-5 and right L5-S1 foramina; Isovue-M 200 1 mL at each level, good perineural flow. AP and lateral images saved. Kenalog 40 mg divided between the two levels with 1% lidocaine 2 mL.
Complications: none
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 20), given("iopamidol", 2, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2026-01-13", pos="22",
        codes=[line("64483", "RT"), line("64484", "RT")], findings=["laterality_conflict"],
        comment="Form side field says LEFT; the symptoms and the technique put both needles on the right: codes follow "
                "the description (RT), laterality_conflict.")

    # 18 --------------------------------------------------------------------------------------------
    add("fcv-h-tfesi-03", "hand_emr_form", """
Office Procedure - Epidural
Date: 05/20/2026
Procedure: Left transforaminal epidural steroid injection, L3-4, L4-5 and L5-S1
Dx: Lumbar spinal stenosis with neurogenic claudication (M48.062)

HPI: Left anterior thigh and medial shin pain with numbness along the left shin, worse walking, 10 months.
Failed: 12 weeks PT (no improvement), meloxicam (no benefit), acupuncture x 6 sessions (no change).
Function: walks half a block then sits; stopped grocery shopping.
CT myelogram: left lateral recess and foraminal stenosis L3-4 through L5-S1.

Consent - signed.  Time-out - 09:55 done.  Sedation - none.
Pain scores: 8 before, 3 after.

Fluoroscopic guidance. Left L3-4, L4-5 and L5-S1 foramina entered with 22 g needles; Omnipaque 240, 1 mL per level, perineural spread. AP and lateral images stored.
Dexamethasone 4 mg per level = 12 mg total; 0.5 mL 1% lidocaine per level.
Complications: none apparent.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 12), given("lidocaine", 15), given("iohexol", 3, "ml")],
        pain=(8, 3), need=ESI_NEED, dos="2026-05-20", pos="11", payer="medicare_cgs",
        codes=[line("64483", "LT"), line("64484", "LT", units=2), line("J1100", units=12)], findings=["level_limit"])

    # 19 --------------------------------------------------------------------------------------------
    add("fcv-h-ilesi-01", "hand_emr_form", """
EPIDURAL - OFFICE
Service date: 07/22/2025
Procedure: L4-L5 interlaminar epidural steroid injection, right paramedian
Dx: Lumbar disc herniation with radiculopathy (M51.16)

Hx: right-sided sciatica down the back of the thigh to the lateral foot with pins and needles, present 4 months.
Treatments: PT x 8 weeks - pain persisted; prednisone burst - relief lasted two days; tramadol - no help.
Functional limits: unable to sit more than 15 minutes, missed work for 3 weeks.
MRI: right paracentral L4-5 protrusion displacing the traversing L5 nerve root.

Allergies: Iodinated contrast - hives.
Consent: signed. Time-out: performed 14:30, correct level confirmed.
Sedation: none.
Pain: 6 pre-procedure; 2 post-procedure.

Technique: Fluoroscopy, AP and lateral. 20 g Tuohy, loss of resistance to saline at L4-5.
Contrast: [X] Not used - contrast allergy; epidural placement confirmed by loss of resistance and lateral view.
Images: AP and lateral views saved.
Injectate: Depo-Medrol 80 mg (2 mL) + 2 mL preservative-free saline.
Complications: none.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=False, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, dos="2025-07-22", pos="11",
        codes=[line("62323"), line("J1010", units=80)], findings=[],
        comment="No contrast, with the allergy given as the reason: no contrast finding.")

    # 20 --------------------------------------------------------------------------------------------
    add("fcv-h-ilesi-02", "hand_emr_form", """
ASC Procedure - Thoracic Epidural
Date: 04/02/2026
Procedure: T10-T11 interlaminar epidural steroid injection
Dx: Thoracic radiculopathy (M54.14)

Indication: band-like pain wrapping from the mid back around the left chest wall at the T10 dermatome with hypersensitivity of the skin, 5 months.
Conservative care: completed PT x 8 weeks, NSAIDs, lidocaine patches.
Function: can't lift grocery bags; sleep disturbed.
MRI T-spine: left paracentral T10-11 disc protrusion.

Consent: signed
Time-out: 11:12 performed - level verified
Sedation: none
Pain: pre 7, post 3

Technique: fluoroscopy, 20 g Tuohy, loss of resistance at T10-11, left paramedian. Omnipaque 180 1.5 mL - epidural spread confirmed; AP and lateral images saved.
Medication: Kenalog-40 1 mL (40 mg) + 2 mL saline
Complications: none apparent
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("iohexol", 1.5, "ml")],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-04-02", pos="24",
        codes=[line("62321")], findings=["conservative_care"],
        comment="Care only listed as completed, no outcome stated: conservative_care.")

    # 21 --------------------------------------------------------------------------------------------
    add("fcv-h-facet-01", "hand_emr_form", """
Office Procedure Form - Facet Joint Injection
DOS: 09/09/2025
Procedure: Left L5-S1 intra-articular facet joint injection
Intent: Therapeutic
Dx: Lumbosacral facet syndrome (M47.817)

History: left low back and buttock pain, no radiation below the knee, 2 years.
Prior diagnostic blocks: L L4 MB + L5 DR block 04/2025 - 90% relief; repeat confirmatory block 05/2025 - 80% relief. Not an RFA candidate (cardiac device).
Conservative therapy: PT 10 weeks - no lasting benefit; NSAIDs - GI intolerance.
Function: cannot stand to cook a meal; stopped bowling.

Consent: signed.  Time-out: 10:10 done, side and level confirmed.  Sedation: none.
Pain: pre 6 / post 2.

Fluoroscopy, oblique view; 22 g needle into the left L5-S1 facet joint; Omnipaque 180 0.3 mL arthrogram.
Injected: triamcinolone 20 mg (0.5 mL of 40 mg/mL) + 0.5 mL bupivacaine 0.25%.
Complications: none apparent.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 1.25), given("iohexol", 0.3, "ml")],
        pain=(6, 2), need=SPINE_NEED, dos="2025-09-09", pos="11",
        codes=[line("64493", "LT"), line("J3301", units=2)], findings=[])

    # 22 --------------------------------------------------------------------------------------------
    add("fcv-h-rfa-01", "hand_emr_form", """
ASC - RF Neurotomy Record
Date: 06/03/2026
Procedure: Bilateral C4-5 and C5-6 facet radiofrequency ablation (C4, C5, C6 medial branches each side)
Repeat: yes - prior bilateral cervical RFA 09/2025, 70% relief lasting 8 months, pain returning.
Dx: Cervical spondylosis without myelopathy or radiculopathy (M47.812)

Neck pain on both sides, no arm symptoms, 4 years. PT and NSAIDs over many years - no durable benefit; trigger point injections - relief for days only.
Function: rotation limited, cannot drive on highways; reading limited.

Consent: signed
Time-out: 07:45 performed (site/side/levels)
Sedation: none - local only
Pain: pre 6   post 2

Fluoroscopy; 20 g RF cannulae to the C4, C5 and C6 medial branches bilaterally; sensory stimulation at 50 Hz < 0.5 V reproduced pain; motor at 2 Hz negative. Lidocaine 2% 0.5 mL per site (6 sites, 3 mL). Conventional thermal RF at 80 C for 60 s per lesion.
Complications: none apparent
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-06-03", pos="24",
        codes=[line("64633", "50"), line("64634", "50")], findings=[],
        comment="Repeat RFA with 70% relief for 8 months (>= 50%, >= 6 months): no prior_procedure_response finding.")

    # 23 --------------------------------------------------------------------------------------------
    add("fcv-h-sij-01", "hand_emr_form", """
SI JOINT INJECTION - Office
DOS: 11/18/2025
Procedure: bilateral sacroiliac joint injections, therapeutic
Dx: Sacroiliitis (M46.1)

Hx: bilateral buttock pain below L5 for 1 year, positive thigh thrust and compression tests bilaterally.
Prior diagnostic SI injections 06/2025: 80% relief both sides.
Conservative: PT 12 weeks + SI belt - no improvement; NSAIDs - failed.
Function: unable to walk more than 15 minutes; cannot sit through church service.

Consent: signed
Time-out: 13:30 done
Sedation: none
Pain: pre 7, post 3; relief after injection 55%.

Fluoroscopy: 22 g needles into the inferior aspect of each SI joint; Isovue-M 200 1 mL per side, arthrogram confirmed.
Images saved: 1 (AP)
Medication: Celestone 6 mg (1 mL) per side = 12 mg; bupivacaine 0.25% 1 mL per side.
Complications: none apparent
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 12), given("bupivacaine", 5), given("iopamidol", 2, "ml")],
        pain=(7, 3), need=SPINE_NEED, dos="2025-11-18", pos="11",
        codes=[line("27096", "50"), line("J0702", units=2)], findings=["saved_images"])

    # 24 --------------------------------------------------------------------------------------------
    add("fcv-h-tpi-01", "hand_emr_form", """
TPI record
Date: 03/31/2026
Dx: Myofascial pain of the lumbar paraspinals (M79.18)
Exam: taut bands with local twitch response in the right quadratus lumborum and right lumbar erector spinae, referred pain to the buttock on palpation.
Muscles: 2

Consent: verbal + written
Time-out: 10:58 performed
Sedation: none

Injected: 0.5% bupivacaine 3 mL per muscle (6 mL = 30 mg), 25 g needle, landmark technique, no imaging.
Pain: Pre 7  Post 3
Complications: none apparent
""", procs=[proc("trigger_point", region="lumbar", imaging="none", sedation="none")],
        drugs=[given("bupivacaine", 30)],
        pain=(7, 3), need=("diagnosis",), dos="2026-03-31", pos="11",
        codes=[line("20552")], findings=["percent_relief", "indication"],
        comment="Relief implied only by pre/post scores: percent_relief.")

    # 25 --------------------------------------------------------------------------------------------
    add("fcv-h-scs-01", "hand_emr_form", """
ASC Operative Form - Spinal Cord Stimulator Trial
Date: 08/12/2025
Procedure: Percutaneous SCS trial, two 8-contact leads
Lead tips: T8 and T9 (midline and left of midline)
Dx: Failed back surgery syndrome (M96.1)

Indication: low back and bilateral leg pain since an L4-S1 fusion, 3 years.
Failed care: PT 16 weeks - no improvement; two TFESIs - relief for 2 weeks only; opioid therapy - side effects; CBT - coping improved, pain unchanged.
Psych evaluation: completed 06/2025 - cleared, no contraindication.

Consent: signed
Time-out: 12:00 performed
Sedation: none - local; patient awake for mapping
Pain: pre 8 / post 3 (trial stimulation on)

Fluoroscopy (AP and lateral). 14 g Tuohy needles at L1-2 left paramedian; leads advanced under fluoroscopy to T8 and T9. Lidocaine 1% 10 mL for skin and track. Intraoperative mapping: paresthesia coverage of back and both legs > 80%. Leads anchored to skin.
Complications: none apparent
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2025-08-12", pos="24",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    # 26 --------------------------------------------------------------------------------------------
    add("fcv-h-kypho-01", "hand_emr_form", """
Hospital Outpatient Procedure Form - Vertebral Augmentation
DOS: 10/28/2025
Procedure: L1 kyphoplasty (balloon cavity creation, bipedicular)
Dx: Osteoporotic compression fracture (M80.08XA)

Hx: acute midline pain at the thoracolumbar junction after a minor fall, 4 weeks.
MRI: acute L1 compression fracture with marrow edema on STIR, 30% height loss, no retropulsion.
Function: bedbound most of the day, needs help to get out of bed.

Consent: signed
Time-out: 09:10 - performed, level L1 verified by counting
MODERATE SEDATION (by proceduralist; independent RN observer present)
Start 09:14  End 09:42  Total 28 min
Midazolam 2 mg IV, fentanyl 100 mcg IV (09:14)

Pain: pre 9 / post 4

Fluoroscopy biplane. 11 g trocars through both L1 pedicles; balloon tamps inflated to create a cavity; PMMA 4.5 mL placed, no extravasation. Lidocaine 1% 10 mL local.
Complications: none apparent
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 100, "mcg"), given("lidocaine", 100)],
        pain=(9, 4), need=("diagnosis", "imaging_findings", "functional_impairment", "symptom_duration"),
        dos="2025-10-28", pos="22",
        codes=[line("22514"), line("99152"), line("99153")], findings=["conservative_care"],
        comment="No conservative management of the fracture documented: conservative_care (va.conservative_care). "
                "Sedation by the proceduralist, observer, 28 min: 99152 + 99153 x1.")

    # 27 --------------------------------------------------------------------------------------------
    add("fcv-h-pump-02", "hand_emr_form", """
ITP Refill - Nursing Procedure Flowsheet
Date: 02/03/2026
Dx: Severe spasticity of both legs after spinal cord injury; intrathecal baclofen pump in place
Refill by: clinical RN under supervision (no physician skill needed)
Consent: verbal consent on file and reconfirmed
Time-out: 14:15 - performed

Residual withdrawn: 3.1 mL (expected 3.0 mL)
Refill: baclofen 2000 mcg/mL, 20 mL (40 mg) into the reservoir
Reprogramming: [ ] Yes [X] No - dose unchanged
Complications: none apparent
""", procs=[proc("pump_refill", target="intrathecal_pump")],
        drugs=[given("baclofen", 40)],
        pain=(None, None), need=("diagnosis",), dos="2026-02-03", pos="11",
        codes=[line("95990")], findings=["indication"])

    # 28 --------------------------------------------------------------------------------------------
    add("fcv-h-lsb-01", "hand_emr_form", """
Office Procedure - Lumbar Sympathetic Block
Date: 12/16/2025
Side: Left   Level: L3
Dx: Complex regional pain syndrome type I of left lower limb (G90.522)
Hx: burning pain, cold mottled skin and swelling of the left foot for 7 months after an ankle sprain.

Consent: signed.  Time-out: 08:40 performed.  Sedation: none.
Pain: pre 8 / post 3

Fluoroscopy-guided. 22 g needle to the anterolateral L3 vertebral body on the left; Omnipaque 300, 3 mL showing linear prevertebral spread without vascular uptake. Bupivacaine 0.25% 10 mL (25 mg) in divided doses.
Result: left foot temperature rose 3 degrees C.
Complications: none apparent
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left", levels=["L3"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("bupivacaine", 25), given("iohexol", 3, "ml")],
        pain=(8, 3), need=("diagnosis",), dos="2025-12-16", pos="11",
        codes=[line("64520"), line("77002"), line("Q9967", units=3)], findings=[])

    # 29 --------------------------------------------------------------------------------------------
    add("fcv-h-grfa-01", "hand_emr_form", """
Office - Genicular RFA
DOS: 01/21/2026
Procedure: Right genicular nerve radiofrequency ablation (superomedial, superolateral, inferomedial)
Dx: Primary osteoarthritis, right knee (M17.11)
Prior diagnostic genicular block 11/2025: 80% relief for 8 hours.

Consent: signed  |  Time-out: 15:20 performed  |  Sedation: none
Pain: pre 7 post 3

Fluoroscopy AP and lateral; 18 g cannulae to each nerve target; sensory and motor testing appropriate. Lidocaine 2% 1 mL per site (3 mL). Thermal lesions 80 C x 90 s, two per nerve.
Complications: none apparent
""", procs=[proc("genicular_rfa", target="genicular_nerves", region="knee", laterality="right", imaging="fluoroscopy",
                 sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=("diagnosis",), dos="2026-01-21", pos="11",
        codes=[line("64624", "RT")], findings=["indication"])

    # 30 --------------------------------------------------------------------------------------------
    add("fcv-h-hip-01", "hand_emr_form", """
HOPD Procedure Form - Hip Injection
DOS: 05/12/2026
Procedure: Right hip intra-articular injection under fluoroscopy
Dx: Unilateral primary osteoarthritis, right hip (M16.1)
Hx: right groin pain with limited internal rotation; failed NSAIDs.

Consent: signed
Time-out: 12:35 performed - right hip verified
Sedation: none
Pain: pre 7, post 2

Fluoroscopy; 22 g spinal needle to the femoral head-neck junction; Omnipaque 240 2 mL arthrogram.
Injected: Kenalog 40 mg + lidocaine 1% 4 mL.
Complications: none apparent
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="right",
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40), given("iohexol", 2, "ml")],
        pain=(7, 2), need=("diagnosis",), dos="2026-05-12", pos="22",
        codes=[line("20610", "RT"), line("77002", "26")], findings=["code_validity"],
        comment="M16.1 is a non-billable category (the right hip leaf is M16.11): code_validity; the text names the "
                "side, so no diagnosis finding.")
