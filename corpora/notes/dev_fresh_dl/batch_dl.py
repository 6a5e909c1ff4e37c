"""Sealed batch dev_fresh_dl (`fdl-*`): 30 fictional ASC / hospital-outpatient operative reports with gold.

Written from scratch for this batch (no corpus phrase pools read); gold labelled from the text by the
conventions of corpora/README.md before anyone ran Painpoint. `fdl-<family>-NN` are structured operative
reports (sectioned templates of several layouts), `fdl-h-<family>-NN` dictated operative narratives.
"""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdl-tfesi-01", "asc_caps", """
AMBULATORY SURGERY CENTER - OPERATIVE REPORT
PROCEDURE: Left L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy
PRE-OPERATIVE DIAGNOSIS: Lumbar radiculopathy, left L5 distribution (M54.16)
POST-OPERATIVE DIAGNOSIS: Same
ASA CLASS: II
ANESTHESIA: Local infiltration only, no IV sedation.
INDICATION: Eleven weeks of left buttock and lateral leg pain radiating to the dorsum of the foot with
tingling in the great toe; positive straight leg raise on the left at 40 degrees. Physical therapy twice weekly
for 6 weeks and a meloxicam course gave no meaningful change in the leg pain. She can no longer stand at her
workbench for more than 20 minutes. MRI: left foraminal disc protrusion at L4-L5 and moderate left L5-S1
foraminal narrowing contacting the exiting roots.
PRE-OP CHECKLIST: Identity, allergies (NKDA), anticoagulant hold and site marking verified. Informed consent
signed after risks, benefits and alternatives were reviewed.
TIME-OUT: Completed with the circulating nurse and radiology technologist.
POSITION/PREP: Prone on the fluoroscopy table; chlorhexidine prep, sterile drape.
PRE-PROCEDURE PAIN: 7/10.
TECHNIQUE: Skin wheals raised with 1% lidocaine, 3 mL total. Under oblique fluoroscopic views a 22-gauge spinal
needle was advanced to the left L4-L5 foramen and a second to the left L5-S1 foramen. Omnipaque 240, 1.5 mL in
total, outlined each exiting nerve root with epidural spread and no vascular uptake on live fluoroscopy. At each
foramen dexamethasone 5 mg (0.5 mL of 10 mg/mL) with 1 mL preservative-free saline was injected.
IMAGES: AP and lateral views archived to PACS.
INTRA-OP VITALS: HR 70-78, BP 128/76, SpO2 98% on room air.
SPECIMENS: None. EBL: Minimal.
COMPLICATIONS: None.
PACU: Handoff to PACU RN. Aldrete 10/10. Pain 2/10 at 20 minutes. Discharged ambulatory with escort.
Electronically signed by the attending interventional pain physician.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT")], findings=[],
        dos="2025-09-16", pos="24")

    add("fdl-tfesi-02", "hopd_titlecase", """
Hospital Outpatient Pain Procedure Suite - Operative Note
Procedure Performed: Bilateral L5-S1 Transforaminal Epidural Steroid Injection, Fluoroscopic Guidance
Preoperative Diagnosis: Lumbar Spinal Stenosis With Neurogenic Claudication (M48.062)
Postoperative Diagnosis: Unchanged
Indication: Bilateral posterior thigh and calf pain with numbness in both soles for 5 months, worse on
walking; ankle reflexes diminished on both sides. Aquatic therapy for 8 weeks and a trial of gabapentin failed to
relieve the leg symptoms; gabapentin also caused dizziness. Walking tolerance is down to one block and he stopped
golfing. MRI shows bilateral L5-S1 foraminal stenosis with lateral recess narrowing.
Anesthesia: Monitored anesthesia care provided by the anesthesiologist (separately documented). Propofol
infusion, 70 mg total, and midazolam 1 mg IV; anesthesia start 08:14, end 08:36. MAC was requested because of
severe claustrophobia and panic with a prior attempt under local that had to be aborted.
ASA Class: III
Consent: Written informed consent on the chart; risks including infection, bleeding and nerve injury discussed.
Time-Out: Performed; patient, procedure, bilateral sides and level confirmed.
Positioning and Prep: Prone, pillow under abdomen; ChloraPrep, sterile drapes.
Pain Score Before: 8/10
Description: Using oblique fluoroscopy a 22-gauge needle was placed into the right L5-S1 foramen and then the left
L5-S1 foramen. Isovue-M 200, 1 mL per side, showed perineural and epidural flow without intravascular pattern.
Kenalog-40, 0.5 mL (20 mg), with 1 mL saline was injected on each side.
Images Saved: AP and lateral for each side.
Intra-op Vitals: Stable throughout.
Specimens: None   EBL: Minimal
Complications: None apparent.
PACU Handoff: Report given to PACU RN; Aldrete 9 then 10. Pain Score After: 3/10.
Signed: attending physician, pain medicine.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="mac")],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "50")], findings=[], dos="2024-11-05", pos="22")

    add("fdl-tfesi-03", "asc_inline", """
Facility: ambulatory surgery center | Report type: operative report
Procedure: Right C6-C7 transforaminal epidural steroid injection | Guidance: fluoroscopy
Pre-op dx: Cervical radiculopathy, right C7 (M54.12) | Post-op dx: same
Anesthesia: local only (1% lidocaine 2 mL), no sedation | ASA: II
History: Right neck pain shooting into the triceps and middle finger for 4 months with paresthesias in the
middle finger and a reduced right triceps reflex. Six weeks of cervical traction and therapy plus oral steroids
did not help the arm pain. Cannot sleep on the right side; unable to lift his grandchild. MRI: right C6-C7
uncovertebral spurring with severe foraminal stenosis.
Consent: obtained, signed | Time-out: done with RN and tech | Pain before: 6/10
Position: supine, head turned left | Prep: chlorhexidine x2
Technique: Under oblique fluoroscopy a 25-gauge needle was walked to the posterior aspect of the right C6-C7
foramen. Omnipaque 240, 1 mL, under live and digital subtraction imaging, showed perineural spread without
vascular or intrathecal uptake. Dexamethasone 10 mg/mL, 0.6 mL (6 mg), was injected slowly.
Images: images were saved.
Vitals: stable | Specimens: none | EBL: minimal | Complications: none
PACU: handoff to PACU RN, Aldrete 10 | Pain after: 1/10 | Signed by the attending physician
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 6)],
        pain=(6, 1), need=ESI_NEED, codes=[line("64479", "RT")], findings=["saved_images"],
        dos="2026-02-12", pos="24")

    add("fdl-ilesi-01", "asc_caps", """
OPERATIVE REPORT - AMBULATORY SURGERY CENTER
PROCEDURE: Repeat cervical interlaminar epidural steroid injection, C7-T1, fluoroscopically guided
PREOPERATIVE DIAGNOSIS: Cervical radiculopathy (M54.12), bilateral upper extremities
POSTOPERATIVE DIAGNOSIS: Same
HISTORY: Neck pain radiating into both forearms with numbness of the thumbs and index fingers for over a year.
Prior C7-T1 interlaminar injection 5 months ago gave 60% relief that lasted about 4 months before symptoms
returned. Physical therapy for 10 weeks and duloxetine failed to control the arm pain. Unable to work at the
keyboard for more than 30 minutes. MRI: multilevel cervical spondylosis with central and bilateral foraminal
stenosis at C5-C6 and C6-C7.
ANESTHESIA: MAC by the anesthesiologist. Agents: propofol 60 mg IV in divided doses, midazolam 2 mg IV.
Anesthesia start 13:02, stop 13:20. Indication for MAC: prior vasovagal collapse during a cervical injection
under local with neck movement that made needle placement unsafe.
ASA: II
CONSENT: Informed consent obtained and witnessed.
TIME-OUT: Performed before prep.
POSITION: Prone, forehead in a padded cradle. PREP: chlorhexidine, sterile drape.
PAIN SCORE PRE: 6/10
PROCEDURE DETAILS: Skin and tract anesthetized with 1% lidocaine, 2 mL. A 20-gauge Tuohy needle was advanced at
the C7-T1 interspace, right paramedian, using loss of resistance to saline under AP and contralateral oblique
fluoroscopy. Omnipaque 240, 1.5 mL, confirmed epidural spread, no vascular filling. Dexamethasone 10 mg with
2 mL preservative-free saline was injected.
IMAGES: AP and contralateral oblique images saved to the record.
VITALS: stable. SPECIMENS: none. EBL: minimal.
COMPLICATIONS: None.
PACU: Handoff to PACU nurse; Aldrete 10. PAIN SCORE POST: 2/10.
ATTESTATION: I performed the procedure. Electronically signed.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, sedation="mac")],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=ESI_NEED, codes=[line("62321")], findings=[], dos="2025-03-18", pos="24",
        comment="Repeat with 60% relief for about 4 months (>= 50%, >= 90 days): prior response documented.")

    add("fdl-ilesi-02", "hopd_bullets", """
Outpatient procedure unit - operative note
- Procedure: lumbar interlaminar epidural steroid injection, L5-S1, under fluoroscopy
- Pre-op diagnosis: Lumbar disc herniation with radiculopathy (M51.16)
- Post-op diagnosis: same
- Indication: right leg pain down the posterior thigh to the heel for 10 weeks, with decreased right ankle
  jerk and calf numbness; 6 weeks of home exercise and physical therapy brought no improvement and naproxen
  upset his stomach; he has had to stop his delivery route because he cannot sit in the truck
- Anesthesia: local only, no sedation
- ASA: II
- Consent: signed informed consent in chart
- Time-out: completed
- Position: prone; prep with chlorhexidine
- Pain before: 7/10
- Technique: 1% lidocaine 3 mL to skin; 18-gauge Tuohy at L5-S1 midline, loss of resistance to air; Omnipaque
  240 2 mL with epidural spread on AP and lateral fluoroscopy; Kenalog-40 2 mL (80 mg) with 3 mL saline injected
- Images: AP and lateral views saved
- Vitals: stable; specimens: none; EBL: minimal
- Complications: none
- PACU: handoff to RN, Aldrete 10, pain after 3/10
- Signed by attending physician
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 3), need=minus(ESI_NEED, "imaging_findings"), codes=[line("62323")], findings=["imaging_findings"],
        dos="2026-06-09", pos="22", comment="No imaging study is mentioned. Kenalog 80 mg is at, not above, the ceiling.")

    add("fdl-mbb-01", "asc_titlecase", """
Ambulatory Surgery Center Operative Report
Procedure: Bilateral Lumbar Medial Branch Blocks, Diagnostic (First Block)
Targets: L3 And L4 Medial Branches And L5 Dorsal Ramus, Both Sides (L4-L5 And L5-S1 Facet Joints)
Preoperative Diagnosis: Lumbar Spondylosis Without Radiculopathy (M47.816)
Postoperative Diagnosis: Same
Indication: Axial low back pain for 2 years, worse with extension and rotation, no radiating leg pain. Physical
therapy for 12 weeks and NSAIDs provided only brief partial relief. Unable to stand at the sink long enough to
wash dishes; Oswestry 46%. Facet loading tenderness at L4-L5 and L5-S1 bilaterally.
Anesthesia: Local only; no sedation so that the diagnostic response can be judged.
ASA Class: II
Consent: Informed consent signed.
Time-Out: Performed.
Position/Prep: Prone; chlorhexidine prep; sterile drape.
Pre-Procedure Pain: 6/10
Technique: Under fluoroscopy a 22-gauge needle was placed at the junction of the superior articular and
transverse processes for the L3 and L4 medial branches and at the sacral ala for the L5 dorsal ramus on each
side. At each of the six targets 0.5 mL of 0.5% bupivacaine was injected after negative aspiration.
Intra-Op Vitals: Stable. Specimens: None. EBL: Minimal.
Complications: None.
PACU: Handoff to PACU RN, Aldrete 10. Post-Procedure Pain: 1/10 at 30 minutes; pain diary given.
Signature: attending physician.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 15)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2025-05-07", pos="24")

    add("fdl-mbb-02", "hopd_caps", """
HOSPITAL OUTPATIENT DEPARTMENT - PROCEDURE NOTE
PROCEDURE: Right cervical medial branch block, diagnostic, C3, C4 and C5 medial branches (C3-C4 and C4-C5
facet joints), fluoroscopic guidance
PRE-OP DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
POST-OP DIAGNOSIS: Same
INDICATION: Right-sided neck pain with suboccipital spread for 9 months, no arm symptoms. Eight weeks of
physical therapy and a cyclobenzaprine trial failed; pain persists daily. Turning the head to check traffic
while driving is limited.
ANESTHESIA: Local, no sedation.
ASA: I
CONSENT: Risks and benefits reviewed; informed consent signed.
POSITION: Prone; chlorhexidine prep.
PAIN SCORE BEFORE: 5/10
PROCEDURE: Under lateral fluoroscopy 25-gauge needles were placed at the waist of the right C3, C4 and C5
articular pillars. 2% lidocaine, 0.4 mL, was injected at each of the three sites.
VITALS: stable. SPECIMENS: none. EBL: minimal.
COMPLICATIONS: none.
PACU: handoff to PACU nurse, Aldrete 10. PAIN SCORE AFTER: 1/10.
Signed by the attending physician.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 24)], pain=(5, 1), need=SPINE_NEED,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["time_out"],
        dos="2026-01-20", pos="22", comment="No time-out is written.")

    add("fdl-rfa-01", "asc_caps", """
AMBULATORY SURGERY CENTER - OPERATIVE REPORT
PROCEDURE: Bilateral lumbar radiofrequency ablation of the L3 and L4 medial branches and L5 dorsal rami
(L4-L5 and L5-S1 facet joints)
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816)
POSTOPERATIVE DIAGNOSIS: Same
INDICATION: Axial low back pain for 3 years without leg symptoms. PT for 16 weeks, a home program and
NSAIDs failed to control it. Cannot walk more than 15 minutes or lift laundry baskets. Two diagnostic medial
branch blocks at these levels: 90% relief with lidocaine and 85% relief with bupivacaine, each for the expected
duration of the anesthetic. First ablation at these levels.
ANESTHESIA: Monitored anesthesia care by the anesthesiologist: propofol 80 mg total and fentanyl 50 mcg IV,
start 10:40, end 11:18. Sedation needed because of severe pain with lesioning during prior testing and inability
to remain prone for a multi-lesion procedure without it.
ASA: III
CONSENT: Signed after discussion of risks including neuritis and skin burn.
TIME-OUT: Completed.
POSITION/PREP: Prone; chlorhexidine; sterile drape; grounding pad on the thigh.
PRE-PROCEDURE PAIN: 7/10
TECHNIQUE: 18-gauge 10 mm active tip RF cannulas were placed parallel to each target nerve under AP, oblique and
lateral fluoroscopy. Sensory stimulation at 50 Hz reproduced back pressure below 0.5 V; motor stimulation at 2 Hz
to 2 V produced no leg contraction. Before lesioning 0.5 mL of 2% lidocaine was given at each of the six sites.
Thermal lesions were made at 80 degrees C for 90 seconds at each site.
INTRA-OP VITALS: stable. SPECIMENS: none. EBL: minimal.
COMPLICATIONS: None.
PACU: handoff to PACU RN; Aldrete 9 then 10; POST-PROCEDURE PAIN: 3/10.
Electronically signed, attending physician.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 60)], pain=(7, 3), need=SPINE_NEED,
        codes=[line("64635", "50"), line("64636", "50")], findings=[], dos="2025-10-14", pos="24")

    add("fdl-rfa-02", "hopd_inline", """
Setting: hospital outpatient pain unit | Operative report
Procedure: right cervical radiofrequency neurotomy, C5, C6 and C7 medial branches (C5-C6 and C6-C7 joints)
Pre-op diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812) | Post-op: same
History: right lower neck and shoulder-blade pain for 18 months; 10 weeks of physical therapy and NSAIDs gave no
lasting benefit. Cannot look over his shoulder to reverse the car. One diagnostic medial branch block at these
levels gave 85% relief for 3 hours. This is the first ablation.
Anesthesia: local only | ASA: II | Consent: informed consent signed | Time-out: performed
Position: prone; prep: chlorhexidine | Pain score before: 6/10
Technique: 20-gauge 10 mm curved RF cannulas placed along the right C5, C6 and C7 articular pillars on lateral
fluoroscopy; sensory stimulation reproduced the neck pain, no motor response at 2 V. 1% lidocaine, 1 mL, at
each site; thermal lesion 80 degrees C for 90 seconds at each site.
Vitals: stable | Specimens: none | EBL: minimal | Complications: none
PACU: handoff to PACU RN, Aldrete 10 | Pain score after: 2/10
Signed by the attending physician
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 30)], pain=(6, 2), need=SPINE_NEED,
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["diagnostic_block_relief"],
        dos="2026-04-21", pos="22", comment="Only one diagnostic block is documented; the first RFA needs two (>= 80%).")

    add("fdl-si-01", "asc_titlecase", """
Ambulatory Surgery Center - Operative Report
Procedure: Right Sacroiliac Joint Injection, Diagnostic, Fluoroscopic Guidance With Arthrogram
Preoperative Diagnosis: Sacroiliitis (M46.1), right
Postoperative Diagnosis: Same
Indication: Right buttock and posterior pelvic pain for 7 months; positive thigh thrust, compression and FABER on
the right. Physical therapy for 8 weeks and a sacroiliac belt failed to relieve it. Standing to cook is limited.
Anesthesia: Local only.
ASA Class: II
Consent: Written informed consent obtained.
Time-Out: Performed with the team.
Position And Prep: Prone; chlorhexidine; sterile field.
Pain Before: 7/10
Technique: 1% lidocaine 2 mL to skin. A 22-gauge spinal needle entered the inferior third of the right SI joint
under contralateral oblique fluoroscopy. Omnipaque 240, 0.5 mL, produced an intra-articular arthrogram without
vascular runoff. Injected 1.5 mL of 0.5% bupivacaine with triamcinolone 20 mg (Kenalog-40, 0.5 mL).
Images: AP and oblique views saved.
Vitals: stable. Specimens: none. EBL: minimal.
Complications: None.
PACU: Handoff to PACU RN, Aldrete 10. Pain After: 1/10, an 85% reduction during the anesthetic phase.
Signed: attending physician.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.5, "ml"), given("bupivacaine", 7.5),
               given("triamcinolone_acetonide", 20)],
        pain=(7, 1), need=SPINE_NEED, codes=[line("27096", "RT")], findings=[], dos="2025-07-22", pos="24")

    add("fdl-gnb-01", "office_caps", """
OFFICE PROCEDURE SUITE - OPERATIVE NOTE
PROCEDURE: Left genicular nerve block (superior lateral, superior medial and inferior medial genicular nerves),
diagnostic, fluoroscopic guidance
PRE-OP DIAGNOSIS: Unilateral primary osteoarthritis, left knee (M17.12)
POST-OP DIAGNOSIS: Same
INDICATION: Left knee pain for 4 years with Kellgren-Lawrence grade 4 changes; not a surgical candidate because of
cardiac disease. Bracing, PT and injections into the joint have failed. Block done to assess candidacy for
radiofrequency ablation.
ANESTHESIA: Local only. ASA: III
CONSENT: Signed informed consent.
TIME-OUT: Performed.
POSITION/PREP: Supine, knee flexed over a bolster; chlorhexidine prep.
PAIN BEFORE: 8/10 with knee bends.
TECHNIQUE: Under AP and lateral fluoroscopy 22-gauge needles were placed at the junction of the shaft and
epicondyle at the three target sites. 1 mL of 0.5% bupivacaine was injected at each.
VITALS: stable. SPECIMENS: none. EBL: none.
COMPLICATIONS: None.
POST-PROCEDURE: Pain 1/10 with knee bends at 20 minutes. Discharged home walking.
Signed by the attending physician.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="left", imaging="fluoroscopy",
                 intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 15)], pain=(8, 1), need=("diagnosis", "symptom_duration", "conservative_care"), codes=[line("64454", "LT")], findings=[],
        dos="2026-03-03", pos="11")

    add("fdl-scs-01", "asc_caps", """
AMBULATORY SURGERY CENTER - OPERATIVE REPORT
PROCEDURE: Percutaneous spinal cord stimulator trial, two 8-contact leads, fluoroscopic guidance
PREOPERATIVE DIAGNOSIS: Failed back surgery syndrome (M96.1) with bilateral leg pain
POSTOPERATIVE DIAGNOSIS: Same
INDICATION: Bilateral leg and low back pain for 3 years after an L4-S1 fusion. Physical therapy, gabapentin,
duloxetine and two epidural injections failed to give lasting relief. Psychological evaluation completed last
month; cleared for stimulation. Unable to walk more than 10 minutes.
ANESTHESIA: MAC by the anesthesia team: midazolam 2 mg and propofol 40 mg IV, start 07:58, stop 08:41.
ASA: III
CONSENT: Informed consent signed.
TIME-OUT: Completed.
POSITION/PREP: Prone; chlorhexidine; sterile drape.
PRE-PROCEDURE PAIN: 8/10
TECHNIQUE: 1% lidocaine, 10 mL, to skin and tract. Two 14-gauge Tuohy needles entered the epidural space at
L1-L2 by loss of resistance under fluoroscopy. Two percutaneous 8-contact leads were advanced to the top of T8
and the bottom of T9 near midline. Intraoperative testing gave paresthesia coverage of both legs. Leads anchored
to skin and dressed.
VITALS: stable. SPECIMENS: none. EBL: minimal.
COMPLICATIONS: None.
PACU: handoff to PACU RN; Aldrete 10; POST-PROCEDURE PAIN: 3/10. Device representative programmed the trial.
Signed by the attending physician.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 100)], pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care",
                                                             "functional_impairment"),
        codes=[line("63650", units=2), line("77003", "26")], findings=[], dos="2025-01-28", pos="24")

    add("fdl-kypho-01", "hopd_titlecase", """
Hospital Outpatient Department - Operative Report
Procedure: L1 Balloon Kyphoplasty, Bilateral Transpedicular, Fluoroscopic Guidance
Preoperative Diagnosis: Age-related osteoporosis with current pathological fracture, L1 vertebra (M80.08XA)
Postoperative Diagnosis: Same
Indication: Acute midline back pain for 7 weeks after a fall. MRI shows an L1 compression fracture with 30% height
loss and marrow edema on STIR. Six weeks of bracing, calcitonin and analgesics failed; she cannot sit up in a chair
or walk to the kitchen.
Anesthesia: Monitored anesthesia care by the anesthesiologist: propofol 110 mg and fentanyl 50 mcg IV, start
14:05, stop 14:49.
ASA Class: III
Consent: Informed consent signed, including cement leakage risk.
Time-Out: Performed.
Position And Prep: Prone on bolsters; chlorhexidine.
Pre-Procedure Pain: 9/10
Technique: 1% lidocaine 10 mL and 0.5% bupivacaine 10 mL were infiltrated to the periosteum. Under biplane
fluoroscopy, trocars were advanced through both L1 pedicles. Inflatable balloons created a cavity on each side
and partial height restoration was seen. PMMA cement, 4 mL in total, filled the cavities without extravasation.
Vitals: stable. Specimens: none. EBL: minimal.
Complications: None.
PACU: Handoff to PACU RN, Aldrete 10. Post-Procedure Pain: 3/10.
Signed: attending physician.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 100), given("bupivacaine", 50)], pain=(9, 3),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        codes=[line("22514")], findings=[], dos="2025-02-11", pos="22")

    add("fdl-kypho-02", "asc_inline", """
Facility: ambulatory surgery center | Operative report
Procedure: kyphoplasty T11 and T12, bilateral transpedicular balloon technique | Guidance: fluoroscopy
Pre-op dx: age-related osteoporosis with current pathological fracture of T11 and T12 (M80.08XA) | Post-op: same
History: mid-back pain for 6 weeks after lifting a grocery bag; 5 weeks of a TLSO brace and tramadol failed,
and she is confined to a recliner. MRI: acute compression fractures of T11 (25% height loss) and T12 (35% height
loss), both with STIR marrow edema.
Sedation: moderate sedation by me with an independent RN observer monitoring throughout; midazolam 4 mg and
fentanyl 100 mcg IV in divided doses; sedation start 09:10, end 09:45, 35 minutes of intraservice time.
ASA: III | Consent: signed | Time-out: performed
Position: prone on bolsters | Prep: chlorhexidine
Technique: 1% lidocaine, 15 mL in total, to skin and periosteum. Trocars advanced through both pedicles of T11
and then of T12 under biplane fluoroscopy; balloon tamps inflated to create cavities, then PMMA cement 3 mL at
T11 and 4 mL at T12 without leakage.
Vitals: stable | Specimens: none | EBL: minimal | Complications: none
PACU: handoff to PACU RN; Aldrete 10; pain after 2/10
Signed by the attending physician
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T11", "T12"],
                 imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 4), given("fentanyl", 0.1), given("lidocaine", 150)], pain=(None, 2),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        codes=[line("22513"), line("22515"), line("99152"), line("99153")],
        findings=["pre_procedure_pain_score"], dos="2026-05-19", pos="24",
        comment="No pre-procedure pain score. Moderate sedation by the proceduralist, observer, 35 min: 99152 + 99153 x1.")

    add("fdl-ilesi-03", "hopd_caps", """
HOSPITAL OUTPATIENT - OPERATIVE REPORT
PROCEDURE: Lumbar interlaminar epidural steroid injection, L4-L5, left paramedian, under fluoroscopy
PRE-OP DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062)
POST-OP DIAGNOSIS: Same
INDICATION: Pain and heaviness in both legs on walking for 8 months, relieved by sitting; numbness in the left
shin. PT for 6 weeks and gabapentin failed; she gave up grocery shopping. MRI: moderate central canal stenosis at
L4-L5 with ligamentum flavum hypertrophy.
ANESTHESIA: Local anesthetic only.
ASA: III
CONSENT: Obtained and signed.
TIME-OUT: Done.
POSITION/PREP: Prone; chlorhexidine.
PAIN SCORE PRE: 6/10
TECHNIQUE: 1% lidocaine 2 mL. 20-gauge Tuohy needle at L4-L5, left paramedian, loss of resistance to saline
under lateral fluoroscopy. Isovue-M 200, 2 mL, confirmed epidural spread. Methylprednisolone 80 mg (Depo-Medrol
2 mL) with 2 mL saline injected.
IMAGES: AP and lateral saved.
VITALS: stable. SPECIMENS: none. EBL: minimal.
PACU: handoff to RN, Aldrete 10. PAIN SCORE POST: 2/10.
Signed, attending physician.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 20), given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, codes=[line("62323")], findings=["complications"], complications=None,
        dos="2025-12-09", pos="22", payer="medicare_cgs", comment="No complications statement.")


def _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdl-h-tfesi-01", "dictated_op", """
Operative report, office-based procedure suite.

Procedure: right L3-L4 transforaminal epidural steroid injection with fluoroscopy.
Preoperative and postoperative diagnosis: lumbar radiculopathy (M54.16), right L3.

This gentleman has had right anterior thigh pain running to the medial knee for 4 months with a weak right
quadriceps and a diminished right knee jerk. He did 7 weeks of physical therapy and took celecoxib without
improvement. He can no longer climb the stairs to his bedroom. MRI shows a right foraminal disc extrusion at
L3-L4 compressing the exiting L3 root.

Informed consent was signed. Time-out was done with the nurse. Pain before the procedure 8/10.

Sedation: moderate sedation administered by me with the RN as independent observer. Midazolam 2 mg and
fentanyl 50 mcg IV. Start 09:02, end 09:19, intraservice time 17 minutes. Sedation was needed for severe
procedural anxiety; he could not hold still prone at his consultation exam.

He was placed prone and prepped with chlorhexidine. Under oblique fluoroscopy a 22-gauge needle reached the right
L3-L4 foramen. Isovue-M 200, 1 mL, outlined the L3 root with epidural flow and no vascular uptake. I injected
Depo-Medrol 40 mg in 1 mL with 1 mL saline. AP and lateral images were saved. No complications; EBL minimal,
no specimens.

In recovery his Aldrete was 10 and he said he felt comfortable. He was discharged with his wife.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L3-L4"], imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("iopamidol", 1, "ml"),
               given("methylprednisolone_acetate", 40)],
        pain=(8, None), need=ESI_NEED, codes=[line("64483", "RT"), line("99152"), line("J1030")],
        findings=["post_procedure_pain_score"], dos="2023-10-03", pos="11",
        comment="Office: Depo-Medrol 40 mg before 2024-04-01 is J1030; container not stated, so no JZ. "
                "17 min moderate sedation by the proceduralist with an observer: 99152 only. No post score.")

    add("fdl-h-tfesi-02", "dictated_op", """
ASC operative report.

Title: RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION.
Diagnosis: lumbosacral radiculopathy (M54.17), left S1.

History: 3 months of left buttock and calf pain into the lateral foot with a reduced left ankle reflex and
numbness along the lateral foot. Physical therapy for 6 weeks and a Medrol dosepak did not relieve the leg
pain. She cannot stand long enough to cook dinner. MRI shows a left paracentral L5-S1 disc protrusion
displacing the left S1 root.

Anesthesia was local only. ASA II. Consent was signed after discussion. Time-out performed. Pain 7 out of 10
before starting.

After chlorhexidine prep with the patient prone, a 22-gauge needle was guided under fluoroscopy into the left
L5-S1 foramen. Omnipaque 240, 1 mL, showed flow along the left S1 root and into the epidural space without
vascular pattern. Triamcinolone 40 mg (Kenalog-40, 1 mL) was injected. AP and lateral images were saved.
There were no complications. EBL minimal. No specimens.

PACU: Aldrete 10, pain 2 out of 10, discharged with her daughter.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)], pain=(7, 2), need=ESI_NEED,
        codes=[line("64483", "LT")], findings=["laterality_conflict"], dos="2025-04-29", pos="24",
        comment="Title says right; the needle went into the left L5-S1 foramen (left S1 radiculopathy): codes "
                "follow the description (LT) and the difference is a laterality conflict.")

    add("fdl-h-ilesi-01", "dictated_op", """
Hospital outpatient department, procedure note.

Procedure: caudal epidural steroid injection under fluoroscopy.
Diagnosis: post-laminectomy syndrome (M96.1) with bilateral leg pain.

She has had burning pain in both legs, worse on the right, with numbness in both feet for two years since her
L4-L5 laminectomy, and an absent right ankle jerk. Six months of physical therapy, pregabalin and a TENS unit
have not controlled it; pregabalin caused weight gain. She now uses a cane and cannot walk through a store. MRI
shows postoperative epidural fibrosis at L4-L5 and L5-S1 with moderate foraminal narrowing.

Consent signed. Time-out completed. Pain was 7/10 before.

I administered moderate sedation with the circulating RN as independent observer: midazolam 3 mg and fentanyl
75 mcg IV, start 11:04, end 11:30, 26 minutes. Sedation was needed because of a history of vasovagal syncope
during injections under local.

Prone, chlorhexidine prep. 1% lidocaine, 2 mL, at the sacral hiatus. A 20-gauge Tuohy needle entered the
caudal canal under lateral fluoroscopy. Omnipaque 300, 3 mL, spread cephalad to L5 without vascular uptake.
Celestone 12 mg (2 mL of 6 mg/mL) with 8 mL preservative-free saline was injected. AP and lateral images saved.

No complications; EBL minimal; no specimen. In PACU her Aldrete was 10 and pain 3/10.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 sedation="moderate")],
        drugs=[given("midazolam", 3), given("fentanyl", 0.075), given("lidocaine", 20), given("iohexol", 3, "ml"),
               given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("99152"), line("99153")], findings=[],
        dos="2024-08-20", pos="22",
        comment="26 min of proceduralist moderate sedation with an observer: 99152 + 99153 x1. Betamethasone 12 mg is at the ceiling.")

    add("fdl-h-mbb-01", "dictated_op", """
Ambulatory surgery center. Operative report.

Procedure: left L4-L5 facet joint intra-articular injection, diagnostic, fluoroscopic guidance.
Preoperative diagnosis: lumbar spondylosis without radiculopathy (M47.816).

Left-sided low back pain for 6 months, worse with standing and extension, no leg symptoms. PT for 8 weeks and
ibuprofen did not help. He has stopped working in his garden. Tender over the left L4-L5 facet.

Anesthesia: monitored anesthesia care by the anesthesiologist, propofol 50 mg IV, 10:05 to 10:18. ASA II.
Consent signed; time-out performed. Pain 6/10 before.

Prone, chlorhexidine prep. Under oblique fluoroscopy a 22-gauge needle entered the left L4-L5 facet joint.
0.5% bupivacaine, 1 mL, was injected into the joint. No complications. EBL minimal. No specimens.

PACU handoff to the RN: Aldrete 10, pain 1/10 at 30 minutes.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L4-L5"], imaging="fluoroscopy", intent="diagnostic", sedation="mac")],
        drugs=[given("bupivacaine", 5)], pain=(6, 1), need=SPINE_NEED, codes=[line("64493", "KX", "LT")],
        findings=["sedation_details"], dos="2025-12-02", pos="24",
        comment="MAC for a facet injection with agents, dose and times but no reason given (sedation.justification).")

    add("fdl-h-rfa-01", "dictated_op", """
Operative report, ambulatory surgery center.

Procedure: repeat left lumbar radiofrequency ablation, L2 and L3 medial branches and L4 medial branch
(L3-L4 and L4-L5 facet joints).
Diagnosis: lumbar spondylosis without radiculopathy (M47.816).

Left axial low back pain for 4 years. Her previous left-sided ablation at these levels 14 months ago gave 70%
relief for 9 months. PT for 12 weeks and NSAIDs had failed before that. The pain has returned and limits her to
20 minutes of standing.

Consent signed. Time-out performed. Pain 7/10 before.

Moderate sedation was given by me with an independent RN observer: midazolam 2 mg and fentanyl 100 mcg IV,
start 12:10, end 12:34, 24 minutes. She could not tolerate the lesioning under local at the prior session.

Prone, chlorhexidine prep. 18-gauge RF cannulas placed along the left L2, L3 and L4 medial branches under
fluoroscopy, sensory and motor testing appropriate. 2% lidocaine, 1 mL at each site, then thermal lesions at
85 degrees C for 90 seconds. No complications; EBL minimal.

PACU: Aldrete 10; pain 2/10; discharged with her husband.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 60)], pain=(7, 2),
        need=SPINE_NEED, codes=[line("64635", "LT"), line("64636", "LT"), line("99152"), line("99153")],
        findings=[], dos="2024-06-11", pos="24",
        comment="Repeat RFA: 70% for 9 months (>= 50%, >= 180 days). 24 min sedation: 99152 + 99153 x1.")

    add("fdl-h-si-01", "dictated_op", """
Hospital outpatient department. Procedure note.

Procedure: left sacroiliac joint injection, therapeutic, under fluoroscopy.
Diagnosis: sacroiliitis (M46.1), left.

Left buttock pain for 10 months with positive provocation tests on the left. Physical therapy for 10 weeks did
not relieve it. A diagnostic left SI block in July gave 80% relief. She cannot sit through a church service.

Local anesthesia only. Consent signed. Time-out done. Pain before 7/10.

Prone, chlorhexidine prep. A 22-gauge needle entered the inferior left SI joint on contralateral oblique
fluoroscopy; Omnipaque 240, 0.5 mL, gave an arthrogram without vascular spread. Injected Depo-Medrol 40 mg with
2 mL of 0.2% ropivacaine. AP and oblique images saved. No complications. EBL minimal. No specimens.

PACU: Aldrete 10. Pain after 3/10.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("ropivacaine", 4)],
        pain=(7, 3), need=SPINE_NEED, codes=[line("27096", "LT")], findings=["percent_relief"],
        dos="2026-09-08", pos="22", payer="medicare_cgs",
        comment="Percent relief only implied by the 7 and 3 scores: percent_relief (corpora/README).")

    add("fdl-h-grfa-01", "dictated_op", """
ASC operative report.

Procedure: right genicular nerve radiofrequency ablation, superior lateral, superior medial and inferior medial
genicular nerves, under fluoroscopy.
Diagnosis: unilateral primary osteoarthritis, right knee (M17.11).

Right knee pain for 6 years; not a candidate for replacement. A diagnostic right genicular nerve block last month
gave 80% relief for 6 hours.

Anesthesia: MAC by the anesthesiologist, propofol 60 mg and midazolam 1 mg IV, start 15:20, stop 15:52. ASA III.
Consent signed. Time-out done. Pain before 8/10.

Supine with the knee on a bolster, chlorhexidine prep. 18-gauge RF cannulas placed at the three targets on AP and
lateral fluoroscopy; sensory testing reproduced knee pain, motor testing negative. 1% lidocaine, 2 mL at each site,
then thermal lesions at 80 degrees C for 90 seconds each. No complications. EBL minimal. No specimens.

PACU handoff, Aldrete 10, pain 2/10.
""", procs=[proc("genicular_rfa", region="knee", laterality="right", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 60)], pain=(8, 2), need=("diagnosis", "symptom_duration"), codes=[line("64624", "RT")], findings=[],
        dos="2025-11-18", pos="24")

    add("fdl-h-scs-01", "dictated_op", """
Hospital outpatient department operative report.

Procedure: percutaneous spinal cord stimulator trial, two leads.
Diagnosis: complex regional pain syndrome type I, right lower limb (G90.521).

Right foot and ankle burning pain with allodynia and color change for 2 years after an ankle fracture. Physical
therapy, gabapentin, nortriptyline and three lumbar sympathetic blocks gave only brief relief. She cannot wear a
shoe on the right foot.

Local anesthesia only. Consent signed. Time-out performed. Pain 9/10 before.

Prone, chlorhexidine prep. 1% lidocaine, 8 mL. Two 14-gauge Tuohy needles entered the epidural space at T12-L1 by
loss of resistance under fluoroscopy, and two 8-contact percutaneous leads were steered to T10-T11, covering the
right foot with paresthesia on testing. Leads secured and dressed. No complications. EBL minimal.

PACU: Aldrete 10, pain 4/10.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 80)], pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care",
                                                          "functional_impairment"),
        codes=[line("63650", units=2), line("77003", "26")], findings=["indication"], dos="2026-07-14", pos="22",
        comment="No psychological evaluation is mentioned (scs.psychological_evaluation, element indication).")

    add("fdl-h-scs-02", "dictated_op", """
Hospital outpatient operative report.

Procedure: permanent spinal cord stimulator implantation: two percutaneous 8-contact leads and an implantable
pulse generator in the right upper buttock.
Diagnosis: failed back surgery syndrome (M96.1) with bilateral leg pain.

Bilateral leg and back pain for 4 years after two lumbar surgeries. PT, gabapentin, duloxetine and epidurals failed.
Psychological evaluation in March cleared her for stimulation. The 7-day trial in May gave 70% relief of her leg
pain and she walked twice as far.

Anesthesia: MAC by the anesthesiologist with propofol infusion, 280 mg total, and midazolam 2 mg IV; start
07:45, end 09:05. ASA III. Consent signed. Time-out done. Preoperative IV antibiotic given per protocol.

Prone, chlorhexidine prep. 1% lidocaine with epinephrine, 20 mL, and 0.25% bupivacaine, 10 mL, to the incisions.
Two Tuohy needles entered the epidural space at L1-L2 under fluoroscopy; the leads were placed at T8-T9,
testing gave coverage of both legs. Leads anchored to fascia through a midline incision, tunneled to a pocket in
the right upper buttock and connected to the generator. Wounds closed in layers. No complications. EBL 20 mL.
No specimens.

PACU: Aldrete 10, pain 4/10.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 200), given("bupivacaine", 25)], pain=(None, 4),
        need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[], dos="2025-06-24", pos="22",
        comment="Pre/post scores are not required for an implant; the trial response is 70%.")

    add("fdl-h-kypho-01", "dictated_op", """
Hospital outpatient operative report.

Procedure: T9 kyphoplasty, bilateral transpedicular, under fluoroscopy.
Diagnosis: age-related osteoporosis with current pathological fracture, T9 (M80.08XA).

Mid-back pain for 5 weeks after a cough; MRI shows a T9 compression fracture with 40% height loss and marrow
edema. A month of bracing, calcitonin and opioids failed and he is unable to walk to the bathroom without help.

Anesthesia: MAC by the anesthesiologist, propofol 90 mg and fentanyl 25 mcg IV, start 10:15, stop 10:50. ASA III.
Consent signed. Time-out performed. Pain before 8/10.

Prone, chlorhexidine prep, 1% lidocaine 12 mL to skin and periosteum. Trocars placed through both T9 pedicles on
biplane fluoroscopy; balloons inflated to create cavities, then 3.5 mL of PMMA cement placed with good fill.
EBL minimal. No specimens.

PACU: Aldrete 10, pain 2/10, discharged home the same day.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T9"],
                 imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 120)], pain=(8, 2),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        codes=[line("22513")], findings=["complications"], complications=None, dos="2024-09-10", pos="22",
        comment="No complications statement.")

    add("fdl-h-stellate-01", "dictated_op", """
Hospital outpatient department, procedure note.

Procedure: left stellate ganglion block, ultrasound guided.
Diagnosis: complex regional pain syndrome type I, left upper limb (G90.512).

Left hand pain, swelling and color change for 8 months after a wrist fracture, with allodynia; occupational therapy
and gabapentin did not help. She cannot grip a cup with the left hand.

Local anesthesia only. Consent signed. Time-out done. Pain before 7/10.

Supine, neck slightly extended, chlorhexidine prep. Using a linear ultrasound probe at C6, a 25-gauge needle was
advanced in plane to the prevertebral fascia anterior to the longus colli, avoiding the carotid and vertebral
artery. Ropivacaine 0.5%, 5 mL, was injected in increments. An image of the needle position was saved. Left Horner's
syndrome and warming of the left hand followed. No complications.

PACU: Aldrete 10, pain 2/10.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left", imaging="ultrasound",
                 sedation="local")],
        drugs=[given("ropivacaine", 25)], pain=(7, 2), need=SPINE_NEED, codes=[line("64510"), line("76942", "26")],
        findings=[], dos="2025-08-05", pos="22")

    add("fdl-h-symp-01", "dictated_op", """
ASC operative report.

Procedure: right lumbar sympathetic block at L3 under fluoroscopy.
Diagnosis: complex regional pain syndrome type I, right lower limb (G90.521).

Right foot burning pain with cold, mottled skin for 14 months; PT and pregabalin failed; she cannot bear weight
on the right for more than a few minutes.

Anesthesia: MAC by the anesthesiologist, midazolam 2 mg and propofol 30 mg IV, start 08:40, stop 08:58. ASA II.
Consent signed. Time-out done. Pain before 8/10.

Prone, chlorhexidine prep. Under oblique and lateral fluoroscopy a 20-gauge needle was advanced to the
anterolateral border of the L3 vertebral body on the right. Omnipaque 240, 2 mL, spread along the sympathetic
chain without vascular uptake. 0.25% bupivacaine, 10 mL, was injected. The right foot temperature rose by 3
degrees. No complications.

PACU: Aldrete 10, pain 3/10.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                 levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="mac")],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 25)], pain=(8, 3), need=SPINE_NEED,
        codes=[line("64520"), line("77002", "26")], findings=[], dos="2026-08-18", pos="24")

    add("fdl-h-symp-02", "dictated_op", """
Hospital outpatient department, operative report.

Procedure: superior hypogastric plexus block, bilateral posterior approach, under fluoroscopy.
Diagnosis: other chronic pain (G89.29), chronic pelvic pain after pelvic radiation.

Pelvic pain for 2 years after radiation for cervical cancer; opioids and pregabalin give only partial relief and
cause sedation. She cannot sit for more than 15 minutes.

Local anesthesia only. Time-out done. Pain before 7/10.

Prone, chlorhexidine prep. Two 22-gauge needles advanced under fluoroscopy to the anterolateral L5-S1 interspace,
one from each side. Omnipaque 240, 3 mL in total, spread in front of the sacral promontory without vascular uptake.
0.5% bupivacaine, 4 mL each side, was injected. No complications. EBL minimal.

PACU: Aldrete 10, pain 3/10.
""", procs=[proc("sympathetic_block", target="superior_hypogastric", imaging="fluoroscopy", contrast=True,
                 sedation="local")],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 40)], pain=(7, 3), need=SPINE_NEED,
        codes=[line("64517"), line("77002", "26")], findings=["consent"], consent=False, dos="2024-04-16", pos="22",
        comment="Midline target: no side. Consent is not documented.")

    add("fdl-h-onb-01", "dictated_op", """
Office procedure room, procedure note.

Procedure: bilateral greater occipital nerve blocks, landmark technique without imaging.
Diagnosis: occipital neuralgia (M54.81).

Shooting pain from the base of the skull over both sides of the scalp for 9 months, tender over both greater
occipital nerves; triptans and amitriptyline failed.

Local technique, no sedation. Consent signed. Time-out done. Pain before 6/10.

Seated, alcohol prep. A 25-gauge needle was placed medial to the occipital artery pulse on each side. On each
side 2 mL of 0.5% bupivacaine with triamcinolone 10 mg (0.25 mL of Kenalog-40) was injected. No complications.

Pain after 1/10. Discharged home.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none", sedation="local")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)], pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("64405", "50"), line("J3301", units=2)], findings=[], dos="2026-11-03", pos="11",
        comment="Office: triamcinolone 20 mg = J3301 x2; container not stated, so no JZ.")

    add("fdl-h-hip-01", "dictated_op", """
Office procedure suite, operative note.

Procedure: left hip joint injection under fluoroscopy.
Diagnosis: unilateral primary osteoarthritis, left hip (M16.12).

Left groin pain for 2 years, worse with walking; PT and naproxen helped only briefly. She cannot put on her left
sock.

Local anesthesia only. Consent signed. Time-out done. Pain before 7/10.

Supine, chlorhexidine prep. 1% lidocaine, 3 mL, to the skin. Under AP fluoroscopy a 22-gauge spinal needle was
advanced to the left femoral head-neck junction. Omnipaque 300, 1 mL, gave an intra-articular arthrogram. Injected
Depo-Medrol 40 mg (1 mL) with 3 mL of 0.25% bupivacaine. No complications. EBL none.

Pain after 2/10.
""", procs=[proc("joint_injection", target="hip", region="hip", laterality="left", imaging="fluoroscopy",
                 contrast=True, sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40),
               given("bupivacaine", 7.5)],
        pain=(7, 2), need=SPINE_NEED,
        codes=[line("20610", "LT"), line("77002"), line("J1030"), line("Q9967")], findings=[],
        dos="2024-02-27", pos="11",
        comment="Office, joint injection code without imaging: 77002 (global), Depo-Medrol 40 mg before "
                "2024-04-01 = J1030, contrast 300 mgI/mL 1 mL = Q9967 x1; container not stated, so no JZ.")
