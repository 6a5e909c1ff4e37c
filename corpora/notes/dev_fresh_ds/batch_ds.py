"""Sealed final-check batch `dev_fresh_ds` (`fds-*`): 30 fictional notes in the registers of PUBLISHED sources.

Four registers, written fresh for this batch by a writer who never read the corpus notes or the reader's rules:
transcription-sample reports (all-caps headers, long technique paragraphs), case-report procedure paragraphs
(past tense, third person), teaching examples (numbered steps) and documentation-checklist examples (short
fields). The gold of every note is written here by hand, from the text, under corpora/README conventions, before
and without any Painpoint run; `dose_ceiling` alone is added by the kit (`add`), by rule. No names, record numbers
or birth dates; ages and dates of service are invented.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    """Queue the 30 notes (15 `fds-<family>-NN`, 15 `fds-h-<family>-NN`) with the kit of dev_fresh_d."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED)
    _sacroiliac(add, proc, line, given)
    _soft_tissue_and_nerves(add, proc, line, given)
    _devices(add, proc, line, given)


# --------------------------------------------------------------------------------------------- epidurals


def _epidurals(add, proc, line, given, ESI_NEED, minus):
    add("fds-tfesi-01", "transcription", """
DATE OF PROCEDURE: 02/11/2025

PREOPERATIVE DIAGNOSIS: Lumbar foraminal stenosis with left lower extremity radiculopathy (M54.16).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 67-year-old man with a five-month history of pain travelling from the left buttock along the posterolateral thigh and calf to the top of the foot, with numbness over the great toe. Straight-leg raising on the left reproduces the leg pain at 40 degrees. He completed eight weeks of formal physical therapy and a course of gabapentin; neither produced meaningful improvement, and the gabapentin was stopped because of dizziness. The leg pain keeps him from standing long enough to prepare a meal and limits walking to about one block; his Oswestry score is 46%. MRI of the lumbar spine in December showed moderate left foraminal narrowing at L4-L5 and L5-S1 with contact on the exiting left L4 and L5 nerve roots.

DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives, including bleeding, infection, nerve injury, headache and steroid side effects, were reviewed and written informed consent was obtained. Pre-procedure pain was rated 8/10. The patient was brought to the procedure suite and positioned prone with a pillow beneath the abdomen. A time-out was performed confirming the patient, the procedure, the side and the levels. The lumbosacral area was prepped with chlorhexidine and draped in the usual sterile manner. Using fluoroscopy, the L4 inferior endplate was squared off and an oblique view obtained to place the target beneath the pedicle. The skin and subcutaneous tissue were anesthetized with 3 mL of 1% lidocaine. A 22-gauge 3.5-inch spinal needle was advanced under intermittent fluoroscopy to the superior aspect of the left L4-L5 foramen; a lateral image confirmed the tip in the posterior third of the foramen. After negative aspiration, 1.5 mL of Omnipaque 240 outlined the exiting nerve root and flowed medially into the epidural space, with no vascular uptake on live fluoroscopy. A mixture of 40 mg of Kenalog (1 mL) and 1 mL of 0.25% bupivacaine was then injected slowly. The same steps were repeated at the left L5-S1 foramen, where 1.5 mL of Omnipaque 240 again showed perineural and epidural spread, followed by 40 mg of Kenalog with 1 mL of 0.25% bupivacaine. The needles were flushed and withdrawn and bandages applied. Anteroposterior and lateral images of the final needle positions with contrast were saved to the record.

The patient tolerated the procedure well. There were no complications. Pain 15 minutes after the injection was 3/10. He was discharged ambulating with his wife, with written instructions, and will follow up in clinic in three weeks; a second injection will be considered only if relief is partial.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 5), given("lidocaine", 30),
               given("iohexol", 3, "ml")],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT")], findings=[],
        dos="2025-02-11", pos="24")

    add("fds-h-tfesi-01", "case_report", """
Left C6 transforaminal epidural steroid injection

Case description
A 58-year-old woman presented with four months of neck pain radiating into the right lateral forearm, thumb and index finger, with paresthesias in the same distribution. Spurling's maneuver toward the right reproduced the arm pain, and the right biceps and brachioradialis reflexes were diminished. Six weeks of physical therapy, a home traction program and scheduled naproxen had not reduced her symptoms. The arm pain woke her nightly and she could no longer work at a keyboard for more than twenty minutes (Neck Disability Index 42%). MRI of the cervical spine demonstrated a right paracentral and foraminal disc-osteophyte complex at C5-C6 narrowing the right C5-C6 foramen and abutting the exiting C6 root. The diagnosis was right C6 radiculopathy (M54.12).

After informed consent was documented and a time-out was completed, she was placed supine with the head rotated away from the side of injection. No sedation was administered. Her pain before the procedure was 7/10. Under fluoroscopic guidance, an ipsilateral oblique view was obtained to display the right C5-C6 neural foramen. The skin was anesthetized with 2 mL of 1% lidocaine, and a 25-gauge 2.5-inch blunt-tip needle was directed toward the posterior half of the foramen, staying against the superior articular process. Position was checked in the anteroposterior view, with the tip no further medial than the midpoint of the lateral mass. Under live fluoroscopy with digital subtraction, 1 mL of Isovue-M 300 outlined the right C6 root sleeve and flowed into the epidural space, with no vertebral or radicular arterial filling. Dexamethasone 10 mg (1 mL of 10 mg/mL, preservative free) was then injected. Anteroposterior and oblique images were stored. The needle was removed intact. There were no complications. Thirty minutes later her arm pain was 2/10 and strength was unchanged. She was discharged home.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C5-C6"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iopamidol", 1, "ml")],
        pain=(7, 2), need=ESI_NEED, codes=[line("64479", "RT")], findings=["laterality_conflict"],
        dos="2024-09-17", pos="22",
        comment="Title says left; symptoms, diagnosis and the needle are on the right: codes follow the description "
                "(RT) and the difference is a laterality_conflict.")

    add("fds-tfesi-02", "teaching", """
TEACHING CASE: Bilateral L5-S1 and S1 transforaminal epidural steroid injection

Date of service: 10/24/2023. Setting: office procedure suite.

Clinical summary: 71-year-old woman with seven months of pain in both buttocks and the backs of both legs to the heels, worse on the right, with a positive straight-leg raise on each side and reduced Achilles reflexes bilaterally. MRI shows a broad-based L5-S1 disc extrusion with bilateral lateral recess narrowing contacting both S1 roots and mild bilateral L5-S1 foraminal stenosis. Diagnosis: bilateral lumbosacral radiculopathy due to L5-S1 disc herniation (M51.17). Conservative treatment: ten weeks of physical therapy with a home exercise program and two courses of oral NSAIDs, which failed to relieve the leg pain. Function: she has stopped walking her dog and cannot sit through a church service; Oswestry 52%. Pain today before the procedure: 9/10.

Steps:
1. Informed consent was reviewed, including the risk of intravascular injection, and the form was signed.
2. Time-out: patient, procedure, bilateral sides and the L5-S1 and S1 levels verified by the team.
3. Prone positioning; sterile preparation with chlorhexidine and draping. No sedation was given.
4. Fluoroscopy: the L5 endplate was aligned and an oblique view used to find each L5-S1 foramen; the S1 foramina were identified on a cephalad-tilted AP view.
5. Local anesthesia: 1% lidocaine, 1 mL at each of four skin sites (4 mL total).
6. Needles: 22-gauge spinal needles advanced to the right and left L5-S1 foramina and into the right and left S1 foramina, each confirmed on AP and lateral views.
7. Contrast: Omnipaque 180, 1 mL per needle (4 mL total), showing nerve root and epidural spread at each site; no intravascular pattern on live fluoroscopy.
8. Injectate: at each of the four sites, 20 mg of Depo-Medrol (0.5 mL of 40 mg/mL) with 1 mL of 0.2% ropivacaine.
9. Images: AP and lateral views of the final needle positions with contrast were saved.
10. Needles removed; bandages applied.

Outcome: no complications; post-procedure pain 3/10 at 20 minutes. Discharged with a driver. Follow-up in 4 weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("ropivacaine", 8), given("lidocaine", 40),
               given("iohexol", 4, "ml")],
        pain=(9, 3), need=ESI_NEED,
        codes=[line("64483", "50"), line("64484", "50"), line("J1040")], findings=[],
        dos="2023-10-24", pos="11",
        comment="Methylprednisolone 20 mg at four sites = 80 mg, before 2024-04-01: J1040 x1.")

    add("fds-h-tfesi-02", "transcription", """
PROCEDURE NOTE

DATE: 06/03/2025
PROCEDURE: Left L3-L4, L4-L5 and L5-S1 transforaminal epidural steroid injections with fluoroscopy.
PREOPERATIVE DIAGNOSIS: Left lumbar radiculopathy (M54.16) with multilevel foraminal stenosis.
POSTOPERATIVE DIAGNOSIS: Same.
SURGEON: Attending pain physician.
ANESTHESIA: Local.

HISTORY: 74-year-old man with pain in the left anterior thigh, knee and medial shin for nine months, and more recently along the lateral calf. Examination: reduced left patellar reflex, decreased sensation over the medial shin and dorsum of the foot, positive femoral stretch test on the left. MRI: severe left foraminal stenosis at L3-L4 and L4-L5 and moderate at L5-S1 from facet hypertrophy and disc bulging. He has done twelve weeks of physical therapy and takes duloxetine; the leg pain persists despite both. He now uses a cane and can no longer climb the stairs to his bedroom; PROMIS physical function T-score 31. Because the symptoms span three roots, three levels were treated in this session.

DESCRIPTION: Risks and benefits were explained and the patient gave informed consent. Pain before the injection was 8/10. He was positioned prone and the back prepped and draped sterilely. Using AP and oblique fluoroscopy, the left L3-L4, L4-L5 and L5-S1 foramina were targeted in turn. Skin wheals were raised with 1% lidocaine, 4 mL in total. Three 22-gauge spinal needles were advanced to the supraneural position in each foramen and checked in the lateral view. Omnipaque 240, 1.5 mL per level (4.5 mL), demonstrated epidural and perineural flow with no vascular runoff. At each level 1 mL of Decadron 4 mg/mL with 1 mL of 0.25% bupivacaine was injected (dexamethasone 12 mg in total). AP and lateral images were saved. The needles were removed. Estimated blood loss: none.

COMPLICATIONS: None.
POST-PROCEDURE: Pain 2/10 at 20 minutes. Left leg strength unchanged. Discharged in stable condition.
PLAN: Follow up in 4 weeks; no further injection is scheduled at this time.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("dexamethasone_sodium_phosphate", 12), given("bupivacaine", 7.5), given("lidocaine", 40),
               given("iohexol", 4.5, "ml")],
        pain=(8, 2), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT", units=2), line("J1100", units=12)],
        findings=["level_limit", "time_out"], dos="2025-06-03", pos="11")

    add("fds-h-ilesi-01", "transcription", """
OPERATIVE REPORT

DATE OF SERVICE: 05/14/2024
PREOPERATIVE DIAGNOSIS: Cervical radiculopathy, left C7 (M54.12), from a C6-C7 disc protrusion.
POSTOPERATIVE DIAGNOSIS: Same.
OPERATION: Cervical interlaminar epidural steroid injection at C7-T1, fluoroscopically guided (repeat).
ANESTHESIA: Local.

INDICATIONS: This 62-year-old woman has had left arm pain radiating from the shoulder blade down the back of the arm to the middle finger for eleven months, with triceps weakness and a diminished left triceps reflex. MRI showed a left paracentral protrusion at C6-C7 indenting the thecal sac and narrowing the left lateral recess. She underwent a C7-T1 interlaminar epidural in December that gave roughly 70% relief lasting four months; the pain has since returned. Before that first injection she had completed eight weeks of physical therapy and taken meloxicam and gabapentin without adequate relief. The pain interferes with sleep and with lifting her grandchild; Neck Disability Index 38%. Pain score today 6/10.

DESCRIPTION OF OPERATION: Informed consent was obtained after discussion of risks including dural puncture, headache, infection, bleeding and spinal cord injury. The patient was placed prone with the neck flexed on a head rest. Time-out completed. After sterile prep and drape, the C7-T1 interlaminar space was identified under AP fluoroscopy and the skin over a left paramedian entry point was infiltrated with 2 mL of 1% lidocaine. An 18-gauge 3.5-inch Tuohy needle was advanced using contralateral oblique and lateral views and a loss-of-resistance technique with saline until the epidural space was entered at C7-T1. There was no CSF, blood or paresthesia. Omnipaque 240, 1.5 mL, spread in the posterior epidural space, left more than right, without vascular uptake. Then 80 mg of Depo-Medrol (2 mL of 40 mg/mL) diluted with 2 mL of preservative-free normal saline was injected slowly. The needle was withdrawn with the stylet replaced. One lateral image was saved to PACS.

The patient tolerated the procedure without complications and was observed for 20 minutes in recovery, then discharged home with her daughter.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 20), given("iohexol", 1.5, "ml")],
        pain=(6, None), need=ESI_NEED, codes=[line("62321")],
        findings=["post_procedure_pain_score", "saved_images"], dos="2024-05-14", pos="24",
        comment="Repeat ESI with a documented response (70% for four months): no prior_procedure_response. "
                "One saved view is below the two the requirement asks.")

    add("fds-ilesi-01", "case_report", """
Lumbar interlaminar epidural steroid injection: procedure report

A 76-year-old man was referred with a two-year history of low back pain and, for the past three months, bilateral buttock and posterior thigh pain that spread into both calves after he walked about 100 yards and eased when he sat or leaned forward. He also described tingling in both feet. Examination showed a negative straight-leg raise, intact strength and reduced pinprick sensation over both lateral calves. Prior management had included a course of physical therapy, a home exercise program and naproxen. He had given up golf and could stand at the kitchen counter for only ten minutes; his Oswestry Disability Index was 48%. Lumbar MRI demonstrated severe central canal stenosis at L4-L5 from ligamentum flavum thickening and a disc bulge, with moderate stenosis at L3-L4. The diagnosis was lumbar spinal stenosis with neurogenic claudication (M48.062), and an L4-L5 interlaminar epidural steroid injection was offered.

Written consent was obtained after the risks were explained. His pain before the procedure was 7/10. The patient was placed prone on the fluoroscopy table with a pillow under the abdomen, and a time-out confirmed identity, procedure and level. The lower back was prepped with chlorhexidine and draped. The L4-L5 interlaminar space was identified on an anteroposterior view, and 3 mL of 1% lidocaine was infiltrated at a right paramedian entry site. A 20-gauge Tuohy needle was advanced with intermittent lateral fluoroscopy and loss of resistance to saline into the epidural space at L4-L5. Aspiration was negative for blood and cerebrospinal fluid. Isovue-M 200, 2 mL, produced a smooth epidural pattern extending from L3 to S1 without vascular uptake. Celestone Soluspan 12 mg (2 mL of 6 mg/mL) mixed with 3 mL of preservative-free saline was then injected. Anteroposterior and lateral images documenting needle position and contrast spread were saved. The needle was removed and a sterile dressing applied. No complications occurred. Fifteen minutes later his pain was 4/10 and he walked to the recovery area without difficulty. He was scheduled for review in four weeks.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 12), given("lidocaine", 30),
               given("iopamidol", 2, "ml")],
        pain=(7, 4), need=minus(ESI_NEED, "conservative_care"), codes=[line("62323"), line("J0702", units=2)],
        findings=["conservative_care"], dos="2026-01-20", pos="11",
        comment="Care is listed ('had included a course of physical therapy, a home exercise program and naproxen') "
                "with neither an outcome nor a length: conservative_care.")

    add("fds-caudal-01", "checklist", """
PROCEDURE DOCUMENTATION CHECKLIST: caudal epidural steroid injection

Date of service: 08/05/2025
Place: office procedure room
Procedure: Caudal epidural steroid injection, fluoroscopic guidance
Diagnosis: Post-laminectomy syndrome (M96.1) with bilateral radicular leg pain
Symptom duration: recurrent bilateral leg pain for 8 months since L4-L5 laminectomy
Radicular findings: burning pain from both buttocks down the posterior thighs into the calves; diminished Achilles reflexes bilaterally; positive slump test on both sides
Imaging: contrast-enhanced MRI in March shows enhancing epidural fibrosis around both L5 roots at L4-L5; no recurrent disc herniation
Conservative care: physical therapy for 10 weeks and pregabalin; no lasting benefit from either
Functional status: walking limited to 10 minutes; unable to do yard work; ODI 44%
Prior epidural injections: none
Consent: written informed consent signed
Time-out: completed, all team members agreed
Sedation: none
Pre-procedure pain (NRS): 7/10
Position/prep: prone; sacral area prepped with chlorhexidine and draped sterilely
Local anesthetic: 1% lidocaine, 2 mL to skin and hiatus
Guidance: fluoroscopy, AP and lateral
Contrast: not given because of a documented allergy to iodinated contrast (hives); needle position confirmed on the lateral view within the sacral canal, negative aspiration, no resistance to injection
Approach: caudal through the sacral hiatus, 20-gauge Tuohy needle
Injectate: triamcinolone 80 mg (2 mL of Kenalog-40) with 6 mL preservative-free normal saline
Images saved: AP and lateral
Complications: none
Post-procedure pain (NRS): 3/10 at 15 minutes
Disposition: home with spouse; follow-up in 4 weeks
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=False, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 20)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("J3301", units=8)], findings=[],
        dos="2025-08-05", pos="11", payer="medicare_cgs",
        comment="No contrast, with a documented contrast allergy: no contrast finding.")


# --------------------------------------------------------------------------------------------- facets


def _facets(add, proc, line, given, SPINE_NEED):
    with_imaging = (*SPINE_NEED, "imaging_findings")

    add("fds-facet-01", "transcription", """
DATE OF PROCEDURE: 11/19/2024

PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.81); bilateral lower lumbar facet-mediated pain.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Bilateral L3 and L4 medial branch blocks and L5 dorsal ramus blocks (L4-L5 and L5-S1 facet joints), first diagnostic block, with fluoroscopic guidance.

ANESTHESIA: Local.

CLINICAL HISTORY: This is a 69-year-old man with axial low back pain across the belt line for two years, worse with extension and rotation and when rising from a chair, without radiation below the knees and without numbness or weakness. Examination shows paraspinal tenderness over L4 to S1 on both sides and pain on facet loading; the neurologic examination is normal. MRI demonstrates bilateral facet hypertrophy with small effusions at L4-L5 and L5-S1 and no stenosis. He completed a 10-week physical therapy program and uses celecoxib daily; the back pain continues despite both. He cannot stand at his workbench longer than 15 minutes and has stopped fishing; ODI 40%.

DESCRIPTION OF PROCEDURE: After the risks and benefits were explained, informed consent was signed. Pre-procedure pain was 7/10 on the numeric scale. The patient was placed prone and a time-out was performed. The lumbar area was prepped and draped sterilely. Under AP and oblique fluoroscopy, the junction of the superior articular process and transverse process was identified at L4 and L5 on each side, and the groove at the base of the sacral ala was identified for the L5 dorsal ramus. After skin infiltration with 1% lidocaine (3 mL total), 22-gauge spinal needles were placed at the six targets. Omnipaque 240, 0.2 mL per needle, showed no vascular uptake. At each target 0.5 mL of 0.5% bupivacaine was injected, 3 mL in total. The needles were removed and the skin cleaned.

The patient tolerated the procedure well. There were no complications. At 30 minutes he performed his usual provoking activities; pain was 1/10, approximately 85% relief. He was given a pain diary to record relief over the next 8 hours.

PLAN: If relief is confirmed, a second, confirmatory medial branch block will be scheduled; radiofrequency ablation may be considered if both blocks are positive.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                 sedation="local")],
        drugs=[given("bupivacaine", 15), given("lidocaine", 30), given("iohexol", 1.2, "ml")],
        pain=(7, 1), need=with_imaging, codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=["code_validity"], dos="2024-11-19", pos="24",
        comment="M47.81 is a non-billable category (the leaf is M47.816): code_validity; the words support facet work.")

    add("fds-h-facet-01", "checklist", """
Documentation checklist: cervical facet joint injection
DOS: 03/25/2025 | POS: office
Procedure: Right C5-C6 intra-articular facet joint injection, therapeutic, under fluoroscopy
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
Pain history: right-sided axial neck pain spreading to the upper trapezius for 18 months; no arm symptoms
Exam: tenderness over the right C5-C6 facet; pain with extension and right rotation; normal strength, reflexes and sensation
Conservative care: 12 weeks of physical therapy and a daily cervical home program, plus acetaminophen and diclofenac gel; pain unchanged
Function: cannot turn to check the blind spot while driving; stopped painting; NDI 34%
Imaging: CT shows right C5-C6 facet arthrosis with joint space narrowing
Diagnostic block history: right C5-C6 medial branch block on 01/14/2025 gave 90% relief for 6 hours
Why a therapeutic injection rather than RFA: the patient declined radiofrequency ablation
Consent: signed after risk review
Time-out: done
Sedation: none
Pain before: 6/10
Technique: prone, sterile prep; posterior approach to the right C5-C6 joint with a 25-gauge needle; skin 1% lidocaine 1 mL; intra-articular position confirmed with a 0.3 mL Omnipaque 240 arthrogram
Injectate: Kenalog 20 mg (0.5 mL of 40 mg/mL) with 0.5 mL of 0.5% bupivacaine
Complications: none
Pain after: 2/10 at 20 minutes
Follow-up: 6 weeks
""", procs=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="right",
                 levels=["C5-C6"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 2.5), given("lidocaine", 10),
               given("iohexol", 0.3, "ml")],
        pain=(6, 2), need=with_imaging, codes=[line("64490", "RT"), line("J3301", units=2)],
        findings=["diagnostic_block_relief"], dos="2025-03-25", pos="11",
        comment="A therapeutic facet injection needs two diagnostic blocks of 80% or more; one is documented.")

    add("fds-facet-02", "teaching", """
Teaching example: thoracic facet joint injection (diagnostic)

Setting: hospital outpatient procedure unit, 04/07/2026.
Patient: 64-year-old woman.
Indication: left-sided mid-back pain at the bra line for eight months, worse with twisting and prolonged sitting, with no band-like chest wall pain and no leg symptoms. Physical therapy for 8 weeks and naproxen did not help. She has had to stop her part-time job as a cashier because standing and turning aggravate the pain; ODI 36%. CT shows left T8-T9 and T9-T10 facet arthropathy. Diagnosis: thoracic spondylosis (M47.814).
Intent: diagnostic (first block).

Steps
1. Consent: risks including pneumothorax discussed; written consent signed.
2. Time-out held; side and levels confirmed with the patient.
3. Position prone; skin prepped with chlorhexidine; sterile drapes. No sedation.
4. Baseline pain recorded: 7/10.
5. Fluoroscopy: AP view with caudal tilt to open the left T8-T9 and T9-T10 joints.
6. Skin: 1% lidocaine, 1 mL at each entry (2 mL).
7. Needles: 25-gauge spinal needle into the inferior recess of each joint.
8. Confirmation: 0.2 mL Omnipaque 240 per joint produced an arthrogram without vascular spread.
9. Injection: 0.5 mL of 2% lidocaine into each joint.
10. Needles withdrawn; no complications.
11. Post-procedure pain: 2/10 at 20 minutes; the patient was given a diary to log relief.
12. Plan: repeat the diagnostic block only if relief of 80% or more is recorded; medial branch radiofrequency ablation to be discussed afterwards.
""", procs=[proc("facet_injection", approach="intra_articular", region="thoracic", laterality="left",
                 levels=["T8-T9", "T9-T10"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                 sedation="none")],
        drugs=[given("lidocaine", 40), given("iohexol", 0.4, "ml")],
        pain=(7, 2), need=with_imaging, codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")],
        findings=[], dos="2026-04-07", pos="22",
        comment="Lidocaine 20 mg at the skin and 20 mg in the joints = 40 mg. 'Repeat ... only if' is a plan.")

    add("fds-h-facet-02", "case_report", """
The patient, a 72-year-old man with 14 months of right-sided low back pain localized over the lower lumbar facets without radiating leg pain, had failed 12 weeks of physical therapy and a trial of meloxicam, which caused dyspepsia and was stopped. His pain prevented him from standing to cook and limited walking to 20 minutes (ODI 42%). Radiographs and MRI showed facet arthropathy at L3-L4, L4-L5 and L5-S1 on the right with no neural compression. The clinical diagnosis was lumbar facet arthropathy (M47.816), and a first diagnostic medial branch block was planned.

On the day of the procedure, informed consent was obtained and pre-procedure pain was recorded as 6/10. The patient was positioned prone and a time-out was carried out. Following sterile preparation, fluoroscopy was used to identify the targets for the right L2, L3 and L4 medial branches at the junction of the superior articular and transverse processes of L3, L4 and L5, and for the right L5 dorsal ramus at the sacral ala. Skin wheals were raised with 4 mL of 1% lidocaine in total. Four 22-gauge spinal needles were positioned, and after negative aspiration 0.5 mL of 0.5% Marcaine was delivered at each target (2 mL in all). No contrast was used. The patient tolerated the procedure and no complications were observed. Thirty minutes later, after provocative maneuvers, his pain was 1/10. He left with a diary to record his response over the following six hours. Three joints were included because the tenderness and the imaging changes spanned all three levels.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=False, intent="diagnostic")],
        drugs=[given("bupivacaine", 10), given("lidocaine", 40)],
        pain=(6, 1), need=with_imaging,
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT"), line("64495", "KX", "RT")],
        findings=["level_limit"], dos="2024-07-09", pos="11", payer="medicare_fcso",
        comment="Right L2, L3, L4 medial branches and L5 dorsal ramus = joints L3-L4, L4-L5, L5-S1: a third level.")

    add("fds-rfa-01", "transcription", """
PROCEDURE NOTE

DATE OF SERVICE: 10/14/2025
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816), right-sided facet-mediated low back pain.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Radiofrequency ablation of the right L1, L2, L3 and L4 medial branches and the right L5 dorsal ramus (right L2-L3, L3-L4, L4-L5 and L5-S1 facet joints) with fluoroscopic guidance; moderate sedation.

INDICATION: 70-year-old woman with right low back pain for three years. Two diagnostic medial branch blocks at these levels, on 07/08/2025 with lidocaine and on 08/05/2025 with bupivacaine, gave 90% and 85% relief respectively, each lasting the expected duration of the anesthetic. She has been through physical therapy (16 weeks), chiropractic care and NSAIDs, and the pain has persisted despite all three. She cannot stand long enough to shower without sitting down; ODI 46%. No radicular symptoms.

SEDATION: Moderate sedation was directed by me. Reason: severe procedural anxiety not controlled by oral lorazepam at the prior blocks, and prolonged prone positioning for a four-joint ablation. Midazolam 2 mg IV and fentanyl 50 mcg IV were given. Sedation start 08:12, end 08:37 (intraservice time 25 minutes). An independent registered nurse monitored oxygen saturation, blood pressure, heart rate and level of consciousness throughout.

DESCRIPTION: Informed consent was obtained in writing. Pain before the procedure was 7/10. The patient was positioned prone and a time-out was performed. The right lumbar area was prepped and draped. The skin was infiltrated with 5 mL of 1% lidocaine. With oblique and caudally tilted fluoroscopy, 18-gauge 10-cm radiofrequency cannulae with 10-mm active tips were placed parallel to each medial branch along the junction of the superior articular and transverse processes of L2, L3, L4 and L5, and along the groove between the S1 superior articular process and the sacral ala for the L5 dorsal ramus. Placement was confirmed on the lateral view. Sensory stimulation at 50 Hz reproduced the back pain below 0.5 V; motor stimulation at 2 Hz up to 1.5 V produced multifidus twitching without leg contraction. After 1 mL of 2% lidocaine through each cannula, conventional thermal lesions were made at 85 °C for 90 seconds at each of the five nerves. The cannulae were removed.

COMPLICATIONS: None.
POST-PROCEDURE: Pain 3/10 in recovery, with expected procedural soreness. Discharged with her husband after meeting discharge criteria.
PLAN: Follow up in 6 weeks; benefit usually begins within 2 to 4 weeks.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 150), given("midazolam", 2), given("fentanyl", 50, "mcg")],
        pain=(7, 3), need=SPINE_NEED,
        codes=[line("64635", "RT"), line("64636", "RT", units=3), line("99152"), line("99153")],
        findings=[], dos="2025-10-14", pos="24",
        comment="Moderate sedation by the proceduralist, observer, reason and 25 minutes: 99152 + 99153 x1.")

    add("fds-h-rfa-01", "case_report", """
A 66-year-old woman with right-sided neck pain referring to the occiput and shoulder girdle for more than two years underwent cervical medial branch radiofrequency neurotomy after two positive diagnostic blocks: comparative blocks of the right C3, C4, C5 and C6 medial branches gave 85% and then 90% relief. She had not improved with 14 weeks of physical therapy, cervical traction and diclofenac, and the pain had made it impossible for her to reverse the car or read for long (NDI 40%). CT demonstrated right-sided facet arthrosis from C3-C4 to C5-C6. Her diagnosis was cervical facet arthropathy (M47.812).

The procedure was performed in the hospital outpatient suite. After informed consent was obtained and a time-out completed, she was placed prone with the neck slightly flexed; no sedation was used. Her pain before the procedure was 6/10. The right posterolateral neck was prepped and draped. Under lateral and AP fluoroscopy, 20-gauge 10-cm cannulae with 5-mm active tips were advanced to the waists of the right C3, C4, C5 and C6 articular pillars, targeting the medial branches that supply the right C3-C4, C4-C5 and C5-C6 facet joints. Sensory testing reproduced her neck pain, and motor testing at 2 Hz showed no upper extremity contraction. Each site received 0.5 mL of 2% lidocaine, after which radiofrequency lesions were created at each target. The cannulae were withdrawn and adhesive dressings applied. She had no complications. Pain 30 minutes after the procedure was 4/10 with expected soreness, and she was discharged home.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C3-C4", "C4-C5", "C5-C6"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 4), need=with_imaging, codes=[line("64633", "RT"), line("64634", "RT", units=2)],
        findings=["approach"], dos="2024-12-03", pos="22",
        comment="Neither the technique (thermal) nor a temperature is written: rfa.technique (approach).")


# --------------------------------------------------------------------------------------------- sacroiliac


def _sacroiliac(add, proc, line, given):
    history = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment")

    add("fds-si-01", "checklist", """
SI JOINT INJECTION: DOCUMENTATION CHECKLIST
Date of service: 05/06/2025          Site: office (POS 11)
Procedure: Left sacroiliac joint injection, diagnostic, fluoroscopically guided
Diagnosis: Left sacroiliac joint pain (M53.3)
Pain location: below L5, over the left posterior superior iliac spine and into the left buttock; no pain below the knee
Duration: 6 months
Provocation tests positive on the left: thigh thrust, compression, Gaenslen, sacral thrust (4 of 5)
Other causes: hip examination normal; no radicular signs
Conservative care: physical therapy 8 weeks with pelvic stabilization, home exercise, ibuprofen; pain unchanged
Function: cannot sit through a 30-minute drive; stopped walking for exercise; ODI 38%
Time-out: performed
Sedation: none
Pre-procedure pain (NRS 0-10): 7
Guidance: fluoroscopy; inferior third of the left SI joint entered with a 22-gauge spinal needle
Skin anesthetic: 2 mL 1% lidocaine
Contrast: Omnipaque 240, 0.5 mL, intra-articular spread without vascular uptake
Injectate: 2 mL 0.5% bupivacaine (no steroid; diagnostic block)
Images saved: two views (AP and contralateral oblique)
Complications: none
Post-procedure pain at 30 min: 1
Percent relief: 86%
Diagnostic result: positive (75% or more)
Next step: therapeutic injection to be discussed at follow-up
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10), given("lidocaine", 20), given("iohexol", 0.5, "ml")],
        pain=(7, 1), need=history, codes=[line("27096", "LT")], findings=["consent"], consent=False,
        dos="2025-05-06", pos="11")

    add("fds-h-si-01", "case_report", """
Bilateral sacroiliac joint injections were performed in a 68-year-old woman with a 10-month history of pain over both sacroiliac joints, below L5, spreading to the buttocks and posterior thighs but not below the knees. Three or more provocation maneuvers were positive on each side. She had completed 8 weeks of physical therapy and a home stabilization program and had taken acetaminophen and meloxicam, with minimal benefit. Getting in and out of a car and standing from a low chair were markedly limited (ODI 44%). Diagnostic fluoroscopically guided injections of both SI joints with bupivacaine in November had provided 80% relief for the duration of the anesthetic. The diagnosis was bilateral sacroiliitis (M46.1), and therapeutic injections were recommended.

In the ambulatory surgery center, written informed consent was obtained and a time-out performed. No sedation was given. Pain before the procedure was 6/10. With the patient prone, the lower back and buttocks were prepared and draped. Under fluoroscopy the inferior pole of each joint was brought into view by rotating the C-arm, and after 1 mL of 1% lidocaine at each skin entry a 22-gauge needle was guided into the right and then the left SI joint. Isovue-M 300, 0.5 mL per side, confirmed intra-articular spread with no vascular uptake. Each joint received 40 mg of methylprednisolone (1 mL of 40 mg/mL) and 2 mL of 0.25% bupivacaine. AP and oblique images of each joint were saved. No complications occurred. At 20 minutes her pain was 2/10, a 67% reduction. She will return in 6 weeks for reassessment.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("bupivacaine", 10), given("lidocaine", 20),
               given("iopamidol", 1, "ml")],
        pain=(6, 2), need=history, codes=[line("27096", "50")], findings=[], dos="2026-02-24", pos="24",
        comment="First therapeutic session after a positive (80%) diagnostic block; not a repeat.")

    add("fds-sinb-01", "teaching", """
Worked example: right sacroiliac lateral branch nerve block (diagnostic, before radiofrequency ablation)

Background: 61-year-old man with right SI joint pain below L5 for 18 months. Two earlier intra-articular right SI joint injections helped only for a few days. Diagnosis: right sacroiliitis (M46.1). Physical therapy for 12 weeks and NSAIDs did not change the pain. Sitting is limited to 20 minutes.
Setting: office procedure room, 09/09/2025.

1. Consent: risks, benefits and alternatives explained; written consent obtained.
2. Time-out: right side confirmed.
3. Pre-block pain score: 6/10 while sitting.
4. Positioning: prone, sterile prep and drape; no sedation.
5. Fluoroscopy: AP view with cephalad tilt to align the S1 and S2 posterior foramina; the groove between the S1 superior articular process and the sacral ala located for the L5 dorsal ramus.
6. Skin: 1% lidocaine, 3 mL across the entry sites.
7. Needles: 25-gauge spinal needles placed at the L5 dorsal ramus target and at the lateral margins of the right S1, S2 and S3 foramina (four needles). Contrast: 0.2 mL of Omnipaque 240 at each target (0.8 mL) excluded vascular spread.
8. Injectate: 0.5 mL of 0.5% bupivacaine at each of the four targets (2 mL total).
9. Post-block: pain 1/10 at 30 minutes while sitting; 83% relief. Diary given.
10. Complications: none.
11. Plan: if relief lasts the expected duration, schedule right SI joint radiofrequency ablation.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10), given("lidocaine", 30), given("iohexol", 0.8, "ml")],
        pain=(6, 1), need=history, codes=[line("64451", "RT")], findings=[], dos="2025-09-09", pos="11")

    add("fds-h-sirfa-01", "transcription", """
OPERATIVE NOTE

DATE: 10/22/2024
PREOPERATIVE DIAGNOSIS: Left sacroiliitis (M46.1).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Left sacroiliac joint radiofrequency ablation, cooled technique (L5 dorsal ramus and S1, S2 and S3 lateral branches), fluoroscopic guidance.
ANESTHESIA: Local.

INDICATIONS: 57-year-old woman with left SI joint pain for two years. Two left lateral branch blocks, in May and June, gave 85% and 80% relief. Physical therapy, a sacroiliac belt and NSAIDs did not give lasting relief. The pain limits sitting at work to 30 minutes.

DESCRIPTION: Informed consent was obtained. A time-out was performed. Pre-procedure pain was 7/10. The patient lay prone; the left sacral region was prepped and draped in sterile fashion. Under fluoroscopy, 17-gauge introducers were placed at the L5 dorsal ramus groove on the sacral ala, at two positions lateral to each of the left S1 and S2 posterior foramina and at one position lateral to the left S3 foramen. Sensory stimulation reproduced concordant pain at each position. Each of the six sites received 1 mL of 2% lidocaine. Cooled radiofrequency lesions were then created with the probe held at 60 °C for 150 seconds at each site. The introducers were removed and bandages applied.

POST-PROCEDURE: Pain 3/10 in the recovery area. Discharged with her partner; follow-up in 4 weeks.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 3), need=history, codes=[line("64625", "LT")], findings=["complications"],
        complications=None, dos="2024-10-22", pos="22")


# --------------------------------------------------------------------------------------------- soft tissue, nerves, joints, sympathetic


def _soft_tissue_and_nerves(add, proc, line, given):
    history = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment")

    add("fds-tpi-01", "checklist", """
Trigger point injection: procedure checklist
Date: 11/18/2025   Location: clinic (office)
Diagnosis: Myofascial pain syndrome of the neck and upper back (M79.12)
Examination: palpable taut bands with local twitch responses and referred pain toward the left occiput and scapula in the left upper trapezius, left levator scapulae and left rhomboid major
History: pain for 5 months; stretching program and cyclobenzaprine without benefit
Consent: verbal and written consent obtained
Time-out: yes
Muscles injected (3): left upper trapezius, left levator scapulae, left rhomboid major
Needle: 27-gauge 1.25-inch
Injectate: 3 mL of 0.25% bupivacaine mixed with Toradol 30 mg (1 mL of 30 mg/mL), divided equally among the three muscles
Pain before: 7/10
Pain after: 3/10
Complications: none; hemostasis with pressure
Plan: continue home stretching; reassess in 4 weeks
""", procs=[proc("trigger_point")],
        drugs=[given("bupivacaine", 7.5), given("ketorolac_tromethamine", 30)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("20553"), line("J1885", units=2)], findings=["percent_relief"], dos="2025-11-18", pos="11",
        comment="Relief is only implied by the pre/post scores; the TPI requirement asks for it stated.")

    add("fds-h-tpi-01", "case_report", """
Case description: botulinum toxin trigger point injection

A 59-year-old man with a 3-year history of right-sided neck and shoulder girdle pain from myofascial pain syndrome of the right trapezius and levator scapulae (M79.12) was treated in the office. Examination showed taut bands with reproducible referred pain in both muscles. He had undergone physical therapy and dry needling without lasting change, lidocaine trigger point injections in 2022 had given relief for less than a week, and tizanidine had caused sedation. The pain limited overhead work and disturbed his sleep.

After written informed consent and a time-out, the patient was seated. His pain was 8/10. OnabotulinumtoxinA (Botox) from a single-use 100-unit vial was reconstituted with 2 mL of preservative-free normal saline. Without image guidance, 50 units were injected into the right upper trapezius across four points and 30 units into the right levator scapulae across two points, 80 units in total. The remaining 20 units in the vial were discarded, and the wastage was witnessed and recorded. He tolerated the injections with no complications. His pain was 6/10 immediately afterwards, about 25% relief, which was expected because the toxin takes one to two weeks to act. Review in six weeks.
""", procs=[proc("trigger_point", imaging="none")],
        drugs=[given("onabotulinumtoxinA", 80, "units")],
        pain=(8, 6), need=history,
        codes=[line("20552"), line("J0585", units=80), line("J0585", "JW", units=20)], findings=[],
        dos="2024-08-13", pos="11",
        comment="Two muscles: 20552. 80 units given from a single-use 100-unit vial, 20 discarded: J0585 x80 and "
                "J0585-JW x20. The 2022 lidocaine injections are history, not today's drug.")

    add("fds-occ-01", "transcription", """
PROCEDURE: Bilateral greater and lesser occipital nerve blocks.
DATE OF SERVICE: 03/03/2026
PREOPERATIVE DIAGNOSIS: Bilateral occipital neuralgia (M54.81).
POSTOPERATIVE DIAGNOSIS: Same.
ANESTHESIA: None.

INDICATION: 48-year-old woman with 8 months of paroxysmal shooting pain from the base of the skull over the vertex on both sides, with scalp allodynia and a Tinel's sign over both greater occipital nerves. Triptans, gabapentin and physical therapy have not reduced the attacks, which occur daily and keep her from working at a computer.

TECHNIQUE: The procedure, risks and benefits were explained and informed consent was obtained. A time-out confirmed the patient and the bilateral sites. Baseline pain was 8/10. With the patient seated and the head flexed, the greater occipital nerve on each side was located just medial to the occipital artery along the superior nuchal line, and the lesser occipital nerve about two-thirds of the way from the external occipital protuberance toward the mastoid process. No imaging was used; landmarks and palpation of the artery guided needle placement. The skin was cleansed with alcohol and a small amount of 1% lidocaine was infiltrated superficially. Using a 25-gauge 1.5-inch needle, after negative aspiration, 1.5 mL of 0.5% bupivacaine mixed with 0.25 mL of Kenalog-40 (10 mg) was injected at each of the four nerves (right and left greater, right and left lesser occipital), for 40 mg of triamcinolone in total. Pressure was held. There were no complications. After 10 minutes she reported numbness over the occiput and pain of 2/10.

PLAN: Headache diary; repeat blocks may be considered if relief is sustained.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 30), given("lidocaine", None)],
        pain=(8, 2), need=history,
        codes=[line("64405", "50"), line("64450", "50"), line("J3301", units=4)], findings=["drug_dose"],
        dos="2026-03-03", pos="11",
        comment="Greater occipital 64405-50, lesser occipital 64450-50. 'A small amount of 1% lidocaine' has no "
                "amount: lidocaine dose null, drug_dose.")

    add("fds-h-pnb-01", "case_report", """
Suprascapular nerve block for glenohumeral osteoarthritis: procedure summary

A 77-year-old man with chronic right shoulder pain for 2 years due to right glenohumeral osteoarthritis (M19.011), not a candidate for arthroplasty because of cardiac disease, was referred after intra-articular steroid injections and physical therapy had failed to give lasting relief. He could not reach overhead or sleep on the right side.

The block was performed in the office under ultrasound guidance. Written informed consent was obtained and a time-out completed. Pre-procedure pain was 7/10. The patient sat with the right arm resting in his lap. A linear high-frequency transducer was placed in the suprascapular fossa parallel to the scapular spine, and the suprascapular nerve was seen beside the suprascapular artery on the floor of the fossa beneath the transverse scapular ligament. After a skin wheal with 1 mL of 1% lidocaine, a 22-gauge 80-mm block needle was advanced in plane from medial to lateral under continuous visualization. Following negative aspiration, 5 mL of 0.5% Naropin with dexamethasone 4 mg (1 mL of 4 mg/mL) was injected, spreading around the nerve. A still ultrasound image of the needle tip and the injectate spread was saved to the record. There were no complications. At 20 minutes his pain was 3/10 and he could abduct the arm further with less pain. He will be reassessed in 4 weeks; pulsed radiofrequency of the nerve was discussed as a later option but not planned.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound")],
        drugs=[given("dexamethasone_sodium_phosphate", 4), given("ropivacaine", 25), given("lidocaine", 10)],
        pain=(7, 3), need=history, codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)],
        findings=[], dos="2025-01-28", pos="11")

    add("fds-gnb-01", "teaching", """
Teaching case: left genicular nerve block under fluoroscopy

Summary: 80-year-old woman with left knee osteoarthritis (M17.12), Kellgren-Lawrence grade 4 changes, knee pain for 4 years, unfit for arthroplasty. Intra-articular steroid and hyaluronic acid injections and physical therapy have not controlled the pain. She walks less than one block and needs a rolling walker. This block is diagnostic, ahead of possible radiofrequency ablation. Office procedure, 04/16/2024.

1. Explain the procedure and obtain written consent; complete the time-out with the left knee marked.
2. Position supine with a pillow under the knee.
3. Prep the knee with chlorhexidine and drape.
4. Obtain a true AP view; mark the junctions of the femoral shaft with the medial and lateral epicondyles and of the tibial shaft with the medial condyle.
5. Anesthetize the skin with 1% lidocaine, 1 mL at each of three sites.
6. Advance a 22-gauge 3.5-inch needle to bone at each target (superomedial, superolateral and inferomedial genicular nerves) and confirm depth on the lateral view at the midpoint of the bone.
7. Inject 1.5 mL of 0.5% bupivacaine at each site (4.5 mL total) after negative aspiration.
8. Remove the needles; apply bandages.
9. Result: no complications; pain with walking in the hallway 30 minutes later was 1/10.
10. Plan: record relief in a diary; if relief is at least 50%, proceed to genicular radiofrequency ablation.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="left", imaging="fluoroscopy",
                 intent="diagnostic")],
        drugs=[given("bupivacaine", 22.5), given("lidocaine", 30)],
        pain=(None, 1), need=history, codes=[line("64454", "LT")], findings=["pre_procedure_pain_score"],
        dos="2024-04-16", pos="11")

    add("fds-h-grfa-01", "transcription", """
PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, right knee (M17.11).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Radiofrequency ablation of the right superomedial, superolateral and inferomedial genicular nerves under fluoroscopic guidance.
DATE: 07/22/2025
ANESTHESIA: Local.

INDICATIONS: 73-year-old man with right knee pain for 6 years, worse on stairs, that limits walking to 10 minutes. He has exhausted physical therapy, bracing, NSAIDs and intra-articular injections without lasting benefit. A diagnostic right genicular nerve block on 06/10/2025 gave 75% relief for 8 hours. He wishes to avoid knee replacement.

DESCRIPTION: Informed consent was obtained and a time-out performed. Pre-procedure pain was 6/10. The patient was supine with the knee slightly flexed over a bolster; the right knee was prepped and draped. Under AP and lateral fluoroscopy, three 18-gauge 10-cm RF cannulae with 10-mm active tips were advanced to the superomedial, superolateral and inferomedial targets. Sensory stimulation at 50 Hz reproduced knee pain below 0.6 V, and motor stimulation at 2 Hz up to 2 V caused no distal muscle contraction. Each site received 1 mL of 2% Xylocaine. Thermal lesions were made at 80 °C for 90 seconds at each site, with a second lesion after rotating the cannula. The cannulae were removed.

COMPLICATIONS: None.
POST-PROCEDURE: Pain 3/10. Discharged home; follow-up in 6 weeks.
""", procs=[proc("genicular_rfa", region="knee", laterality="right", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 3), need=history, codes=[line("64624", "RT")], findings=[], dos="2025-07-22", pos="24",
        payer="medicare_cgs")

    add("fds-symp-01", "case_report", """
Procedure report: left lumbar sympathetic block

A 45-year-old man developed complex regional pain syndrome type I of the left lower limb (G90.522) after an ankle fracture 9 months earlier, with burning pain, allodynia, a cool mottled left foot, swelling and hair changes. Gabapentin, a desensitization program and mirror therapy had not helped; he could not bear a sock or shoe on the left foot and walked with crutches.

In the office procedure room, written informed consent was obtained and a time-out performed. No sedation was given. Baseline pain was 8/10 and the skin temperature over the left great toe was 28.1 °C. He was positioned prone. After sterile preparation, the L3 vertebral body was identified under fluoroscopy in an oblique view, and 3 mL of 1% lidocaine was used for the skin and needle track. A 22-gauge 5-inch spinal needle was advanced to the anterolateral margin of the left L3 vertebral body, confirmed on the lateral view. Omnipaque 300, 3 mL, spread longitudinally along the anterolateral vertebral column without psoas, vascular or epidural spread. Then 10 mL of 0.25% Sensorcaine was injected in divided doses. The needle was removed. No complications occurred. Within 15 minutes the left toe temperature rose to 33.4 °C and pain fell to 4/10. Physical therapy was arranged to begin within 48 hours.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                 levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("bupivacaine", 25), given("lidocaine", 30), given("iohexol", 3, "ml")],
        pain=(8, 4), need=history, codes=[line("64520"), line("77002"), line("Q9967", units=3)],
        findings=[], dos="2025-12-09", pos="11",
        comment="Office, code without included imaging: 77002 and the contrast by iodine strength (300: Q9967 x3).")

    add("fds-h-symp-01", "transcription", """
PROCEDURE: Right stellate ganglion block, ultrasound guided.
DATE OF SERVICE: 05/19/2026
PREOPERATIVE DIAGNOSIS: Complex regional pain syndrome type I, right upper limb (G90.511).
POSTOPERATIVE DIAGNOSIS: Same.
SEDATION: Moderate (conscious) sedation administered by me: midazolam 1 mg IV and fentanyl 25 mcg IV.

INDICATIONS: 52-year-old woman, 7 months after a distal radius fracture, with burning right hand pain, edema, color change and allodynia. Occupational therapy and pregabalin have not controlled her symptoms, and she cannot grip utensils or type with the right hand.

DESCRIPTION: Informed consent was obtained and a time-out performed. Pre-procedure pain was 7/10. The patient lay supine with the head slightly extended. After sterile preparation of the right anterior neck, a linear ultrasound probe was placed at the level of the C6 transverse process to show the anterior tubercle, the longus colli, the carotid artery and the internal jugular vein; color Doppler confirmed no vessels in the needle path. The skin was anesthetized with 1 mL of 1% lidocaine. A 25-gauge 2-inch needle was advanced in plane from lateral to medial until the tip lay beneath the prevertebral fascia over the longus colli. After negative aspiration, 5 mL of 0.5% ropivacaine was injected incrementally, with spread seen beneath the fascia. A representative ultrasound image showing the needle and the spread was recorded and stored.

RESULT: Right Horner's syndrome with ptosis and miosis within 10 minutes; right hand temperature rose by 2.5 °C. Pain 3/10 at 30 minutes. No complications; no hoarseness or dysphagia.

PLAN: Further blocks only if each gives meaningful benefit; continue occupational therapy.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                 imaging="ultrasound", sedation="moderate")],
        drugs=[given("ropivacaine", 25), given("lidocaine", 10), given("midazolam", 1), given("fentanyl", 25, "mcg")],
        pain=(7, 3), need=history, codes=[line("64510"), line("76942", "26")], findings=["sedation_details"],
        dos="2026-05-19", pos="22",
        comment="Moderate sedation by the proceduralist with agents and doses but no times, observer or minutes: "
                "sedation_details, and no 99152.")

    add("fds-h-joint-01", "checklist", """
Procedure checklist: hip joint injection
Date: 06/25/2024 | Setting: hospital outpatient department
Procedure ordered: LEFT hip intra-articular injection with fluoroscopy
Diagnosis: Primary osteoarthritis of the right hip (M16.11)
Symptoms: right groin and anterior thigh pain for 14 months, worse with weight bearing; night pain
Treatment so far: physical therapy, walking aid, naproxen; inadequate relief
Function: cannot put on socks or shoes on that side; walking tolerance 10 minutes
Consent: obtained, risks explained
Time-out: completed before skin prep
Pre-injection pain: 6/10
Description: Supine. Right anterior hip prepped and draped. Under fluoroscopy a 22-gauge 3.5-inch spinal needle was directed to the right femoral head-neck junction after skin infiltration with 2 mL of 1% lidocaine. Intra-articular position confirmed with 2 mL of Omnipaque 240. Injected 40 mg triamcinolone (1 mL Kenalog-40) with 3 mL of 0.25% bupivacaine into the right hip joint.
Complications: none
Post-injection pain: 1/10
Follow-up: 6 weeks with orthopedics
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="right",
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 7.5), given("lidocaine", 20),
               given("iohexol", 2, "ml")],
        pain=(6, 1), need=history, codes=[line("20610", "RT"), line("77002", "26")],
        findings=["laterality_conflict"], dos="2024-06-25", pos="22",
        comment="The order line says LEFT; diagnosis and the needle are right: codes follow the description (RT), "
                "with a laterality_conflict.")


# --------------------------------------------------------------------------------------------- devices


def _devices(add, proc, line, given):
    add("fds-scs-01", "transcription", """
PROCEDURE: Percutaneous spinal cord stimulator trial, two epidural leads, fluoroscopic guidance.
DATE OF SERVICE: 04/15/2025
PREOPERATIVE DIAGNOSIS: Failed back surgery syndrome (M96.1) with bilateral lower extremity neuropathic pain.
POSTOPERATIVE DIAGNOSIS: Same.
ANESTHESIA: Monitored anesthesia care by the anesthesia team (CRNA): propofol 120 mg total in divided boluses and fentanyl 50 mcg; anesthesia start 10:05, end 10:58.

INDICATIONS: 63-year-old man who underwent an L4-S1 fusion three years ago and has had persistent burning pain in both legs, worse on the left, for more than two years since surgery. He has tried physical therapy, gabapentin, duloxetine, a caudal epidural and a course of acupuncture, and the pain has persisted despite each. He walks less than 10 minutes and has stopped driving.

DESCRIPTION: Informed consent was obtained. A time-out was completed. Preoperative pain was 8/10. A prophylactic IV antibiotic was given. The patient was positioned prone on pillows, and the thoracolumbar area was prepped and draped. Under AP fluoroscopy the L1-L2 interlaminar space was marked, and the skin and deeper tissue were infiltrated with 10 mL of 1% lidocaine. A 14-gauge Tuohy needle was advanced from a left paramedian entry into the epidural space at L1-L2 by loss of resistance, and an 8-contact percutaneous lead was steered to the top of T8 just left of midline. A second Tuohy needle was placed at L1-L2 from the right, and a second 8-contact lead was advanced to the middle of the T8 vertebral body just right of midline. Intraoperative testing produced paresthesia covering both legs and the low back. The leads were anchored to the skin with sutures and connected to the external trial stimulator, and sterile dressings were applied. Final AP and lateral images were saved.

COMPLICATIONS: None.
POSTOPERATIVE: Pain 4/10 in recovery with the stimulator on. He was discharged with instructions to keep the dressing dry; lead removal is planned in 7 days.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("63650", units=2), line("77003", "26")], findings=["indication"], dos="2025-04-15", pos="24",
        comment="No psychological evaluation is mentioned: scs.psychological_evaluation (indication). MAC by the "
                "anesthesia team: its drugs are not listed; agents, doses and times are written.")

    add("fds-h-scsimp-01", "case_report", """
Following a 7-day percutaneous trial that reduced her bilateral leg and back pain by about 70% and allowed her to halve her oxycodone, a 58-year-old woman with failed back surgery syndrome (M96.1) underwent permanent spinal cord stimulator implantation in the hospital outpatient operating room. Her pain had been present for four years despite two lumbar operations, physical therapy, gabapentin and epidural injections, and a preimplant psychological evaluation had found no contraindication to stimulation.

Informed consent was confirmed and a time-out completed. Monitored anesthesia care was provided by the anesthesiology service (propofol 180 mg in divided doses and fentanyl 100 mcg; 07:40 to 09:05). With the patient prone, the back and right flank were prepped and draped. The incision sites and the pocket were infiltrated with 20 mL of 1% lidocaine with epinephrine. Two 14-gauge Tuohy needles were placed at T12-L1 through a small midline incision using loss of resistance, and two 8-contact percutaneous leads were advanced under fluoroscopy to the top of T8, one on each side of midline, matching the trial positions. Intraoperative testing confirmed paresthesia coverage of both legs. The leads were anchored to the fascia and tunneled to a pocket created in the right upper buttock, where the implantable pulse generator was connected and secured. Impedances were normal. Before closure, 10 mL of 0.25% bupivacaine was placed along the wounds, and the wounds were closed in layers. AP and lateral fluoroscopic images of the final lead position were saved. No complications occurred.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 200), given("bupivacaine", 25)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[], dos="2026-06-30", pos="22",
        comment="Trial response 70% (at least 50%) and a psychological evaluation without contraindication are written.")

    add("fds-va-01", "teaching", """
Teaching file: two-level balloon kyphoplasty

Case: 81-year-old woman with osteoporosis and back pain since lifting a laundry basket 7 weeks ago. MRI shows acute compression fractures of T11 and T12 with marrow edema on STIR and about 30% height loss at each level; no retropulsion. Diagnosis: age-related osteoporosis with current pathological vertebral fractures (M80.08XA). Bracing, calcitonin, and scheduled acetaminophen and tramadol for 6 weeks failed to control the pain; she remains in bed most of the day and cannot walk to the bathroom without help.
Setting: hospital outpatient; date 03/11/2025.

Steps
1. Consent signed after discussing cement leakage, infection, bleeding and new fractures.
2. Time-out: levels T11 and T12 confirmed on fluoroscopy by counting from the sacrum and from the twelfth rib.
3. Pain before the procedure: 9/10 when turning in bed.
4. Moderate sedation directed by the proceduralist: midazolam 2 mg IV and fentanyl 100 mcg IV; start 09:10, end 09:48 (38 minutes); an independent RN observer monitored vital signs and responsiveness throughout.
5. Prone positioning on bolsters; sterile preparation.
6. Local anesthesia: 10 mL of 1% lidocaine to the skin and 10 mL of 0.5% bupivacaine to the periosteum of the four pedicles.
7. Access: bilateral transpedicular 11-gauge cannulae at T11 and T12 under biplane fluoroscopy.
8. Cavity creation: inflatable bone tamps expanded in each vertebral body, partly restoring height.
9. Cement: PMMA, 3.5 mL at T11 and 4 mL at T12, under continuous lateral fluoroscopy without extravasation.
10. Cannulae removed; pressure and dressings.
11. Complications: none.
12. Pain after: 4/10 at one hour; able to sit up.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T11", "T12"],
                 imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 100), given("bupivacaine", 50), given("midazolam", 2), given("fentanyl", 100, "mcg")],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("22513"), line("22515"), line("99152"), line("99153", units=2)], findings=[],
        dos="2025-03-11", pos="22",
        comment="38 minutes of moderate sedation by the proceduralist with an observer: 99152 + 99153 x2.")

    add("fds-h-pump-01", "checklist", """
Intrathecal pump refill: clinic checklist
Date: 02/27/2024
Indication: chronic pain syndrome (G89.4) after multiple lumbar surgeries; intrathecal morphine since 2019
Consent: patient agrees; consent on file for ongoing refills, reconfirmed today
Time-out: performed
Performed by: physician (myself)
Pump: 20 mL programmable reservoir; interrogated before the refill
Expected residual: 2.4 mL; withdrawn: 2.1 mL (within range)
Access: reservoir located by palpation; refill kit template applied; port accessed with a 22-gauge non-coring needle after chlorhexidine prep
Drug placed: preservative-free morphine sulfate 25 mg/mL, 18 mL (450 mg)
Complications: none; no signs of pocket infection or withdrawal
Pain today: 4/10, stable
Next refill: in about 12 weeks
""", procs=[proc("pump_refill")],
        drugs=[given("morphine", 450)],
        pain=(4, None), need=("diagnosis",), codes=[line("95991")], findings=["approach"],
        dos="2024-02-27", pos="11",
        comment="Refilled by the physician; whether the pump was reprogrammed is not said: pump.reprogramming "
                "(approach), and the refill code without reprogramming (95991).")
