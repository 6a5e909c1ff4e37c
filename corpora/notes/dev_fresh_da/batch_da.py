"""Sealed batch `dev_fresh_da` (`fda-*`): 30 fictional notes in published-description styles, with gold.

Written by hand for the batch focus 'precision, published-style descriptions': teaching-site technique
descriptions, society-style worked examples, case-report paragraphs, partly filled residency templates and
physician-blog examples. Gold labelled from the text as written, before and without any Painpoint run.
`fda-*` are template / technique-description notes, `fda-h-*` case-report and blog-style prose.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: C901 - one flat list of notes
    _templates(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _prose(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _templates(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fda-tfesi-01", "technique description", """
PROCEDURE: Left L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance.
INDICATION: The patient is a 64-year-old man with an 11-week history of left lumbosacral radicular pain radiating along the posterolateral thigh and calf into the lateral border of the foot, accompanied by paresthesias in the S1 dermatome and a diminished left Achilles reflex. Symptoms have persisted despite six weeks of supervised physical therapy and a course of naproxen, neither of which afforded meaningful relief. He is unable to stand for longer than ten minutes or to walk beyond a block, and his Oswestry Disability Index is 46%. Magnetic resonance imaging demonstrates a left paracentral disc extrusion at L5-S1 with effacement of the lateral recess and contact upon the traversing left S1 nerve root.
DIAGNOSIS: Lumbosacral radiculopathy, left, due to L5-S1 disc extrusion (M51.17).
CONSENT: The risks, benefits and alternatives of the procedure, including infection, bleeding, nerve injury, headache and transient numbness, were discussed, questions were answered, and written informed consent was obtained.
DESCRIPTION OF PROCEDURE: The patient was placed in the prone position on the fluoroscopy table and a time-out was performed confirming patient, procedure, side and level. The lumbosacral region was prepared with chlorhexidine and draped in the usual sterile fashion. The left L5-S1 intervertebral foramen was identified by oblique fluoroscopic projection and the overlying skin and subcutaneous tissue were anesthetized with 2 mL of 1% lidocaine. A 22-gauge 3.5-inch Quincke spinal needle was advanced under intermittent fluoroscopy toward the superior aspect of the foramen in the so-called safe triangle, beneath the pedicle. Final needle position was confirmed in anteroposterior and lateral projections. After negative aspiration for blood and cerebrospinal fluid, 1 mL of iohexol (Omnipaque 240) was injected under live fluoroscopy, demonstrating epidural spread along the exiting nerve root and into the medial epidural space without vascular uptake. A solution of 10 mg of dexamethasone sodium phosphate (1 mL of 10 mg/mL) and 1 mL of 1% preservative-free lidocaine was then slowly injected. The needle was withdrawn with the stylet in place and a sterile bandage applied. Anteroposterior and lateral images were saved to the permanent record.
Pain score was 7/10 before and 3/10 after the injection. There were no complications. The patient was observed for 20 minutes and discharged ambulatory in stable condition.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                  levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2025-02-11", pos="11",
        codes=[line("64483", "LT"), line("J1100", units=10)], findings=[])

    add("fda-tfesi-02", "society worked example", """
Bilateral L4-L5 and L5-S1 Transforaminal Epidural Steroid Injections

Indication: A 71-year-old woman presents with bilateral buttock and posterior leg pain that radiates below the knees, with numbness over the dorsum of both feet, for approximately five months. Pain increases with standing and walking and is relieved by sitting. She has completed eight weeks of physical therapy, a trial of gabapentin and scheduled acetaminophen without lasting improvement, and gabapentin was stopped because of dizziness. She can no longer walk her dog or do her grocery shopping; ODI 52%. MRI of the lumbar spine shows multilevel degenerative change with moderate bilateral foraminal narrowing at L4-L5 and severe bilateral foraminal narrowing at L5-S1 with impingement of the exiting L4 and L5 nerve roots.
Diagnosis: Spinal stenosis, lumbar region, with neurogenic claudication (M48.062).
Informed consent was obtained after discussion of risks including bleeding, infection, nerve damage and spinal headache. A time-out was completed with all team members in agreement.
Technique: With the patient prone, the lumbar spine was prepped and draped in sterile fashion. Under fluoroscopic guidance, the skin overlying each target was infiltrated with 1 mL of 1% lidocaine, four sites in all. A 22-gauge spinal needle was directed to the subpedicular position of the L4-L5 and L5-S1 foramina on the right and then on the left. Epidural spread of Isovue-M 300 contrast, 0.5 mL at each foramen (2 mL total), outlined the exiting nerve roots with no intravascular or intrathecal pattern. At each of the four foramina 0.5 mL of triamcinolone acetonide 40 mg/mL (20 mg) mixed with 1 mL of 0.25% bupivacaine was injected, for a total of 80 mg of triamcinolone. Anteroposterior and lateral fluoroscopic images of final needle placement with contrast were saved.
Pre-procedure pain 8/10; post-procedure pain 4/10. No complications were encountered. The patient tolerated the procedure well and left the center with her husband.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 40), given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80),
               given("bupivacaine", 10)],
        pain=(8, 4), need=ESI_NEED, dos="2025-08-19", pos="24",
        codes=[line("64483", "50"), line("64484", "50")], findings=[])

    add("fda-ilesi-01", "technique description", """
Lumbar Interlaminar Epidural Steroid Injection, L5-S1, midline approach

Clinical summary: 55-year-old man with eight months of low back pain radiating down the right leg to the great toe, with numbness in the L5 distribution and a positive straight leg raise at 40 degrees on the right. Pain has not responded to twelve weeks of physical therapy or to a methylprednisolone dose pack and meloxicam. He has stopped working as a carpenter and can sit only twenty minutes at a time. MRI: broad-based L5-S1 disc protrusion with a right paracentral component narrowing the right lateral recess.
Diagnosis: Lumbar disc herniation with radiculopathy (M51.16).
Consent: Written informed consent was obtained after the risks of dural puncture, headache, infection, bleeding and nerve injury were reviewed.
Time-out: performed prior to the start of the procedure.
Procedure: The patient was positioned prone with a pillow under the abdomen to reduce lumbar lordosis. After sterile preparation and draping, the L5-S1 interlaminar space was identified with anteroposterior fluoroscopy and the skin was infiltrated with 3 mL of 1% lidocaine. A 20-gauge 3.5-inch Tuohy needle was advanced in a paramedian trajectory toward the ligamentum flavum, and the epidural space was entered by the loss-of-resistance technique with preservative-free normal saline. Lateral fluoroscopy confirmed needle depth. Injection of 2 mL of Omnipaque 240 produced a typical epidural contrast pattern extending cephalad to L4 without intrathecal or vascular spread. A total volume of 4 mL consisting of 2 mL of triamcinolone acetonide 40 mg/mL and 2 mL of preservative-free normal saline was then injected slowly. Anteroposterior and lateral images were stored.
Pain before: 6/10. Pain after: 2/10.
Complications: none. Discharged home after 20 minutes of observation.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                  imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 2), need=ESI_NEED, dos="2026-01-27", pos="11",
        codes=[line("62323"), line("J3301", units=8)], findings=[])

    add("fda-ilesi-02", "residency template", """
ATTENDING PROCEDURE NOTE - CERVICAL INTERLAMINAR EPIDURAL STEROID INJECTION
Level: C7-T1
Approach: interlaminar, right paramedian
Guidance: fluoroscopy
Diagnosis: Cervical radiculopathy (M54.12)
History: 49-year-old woman, right-sided neck pain radiating into the lateral forearm, thumb and index finger for 4 months, with paresthesias in the C6 distribution and weakness of wrist extension (4/5). Imaging: MRI cervical spine shows right C5-C6 and C6-C7 foraminal stenosis from uncovertebral hypertrophy and a small right C6-C7 disc osteophyte complex. Prior treatment: she completed a course of physical therapy and takes meloxicam daily. Function: she has had to stop overhead work at her job and wakes nightly from arm pain; NDI 38%.
Consent: risks, benefits and alternatives reviewed; informed consent signed.
Time out: [x] completed
Procedure details: Patient prone with the neck flexed. Sterile prep and drape. Skin wheal with 2 mL of 1% lidocaine. Under AP and contralateral oblique fluoroscopic views, an 18-gauge Tuohy needle was advanced to the C7-T1 interlaminar space and the epidural space was identified by loss of resistance to saline. 1.5 mL of Omnipaque 240 confirmed epidural spread over the right C6 and C7 levels. Injectate: 80 mg of methylprednisolone acetate (2 mL of Depo-Medrol 40 mg/mL) with 1 mL of preservative-free saline. AP and contralateral oblique images saved.
Pain: pre 7/10, post 4/10.
Complications: none.
Disposition: discharged home with escort.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                  imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 4), need=minus(ESI_NEED, "conservative_care"), dos="2025-06-03", pos="24",
        codes=[line("62321")], findings=["conservative_care"],
        comment="Therapy only listed ('completed a course of physical therapy and takes meloxicam daily'): no stated "
                "outcome and no length, so esi.conservative_care is not met.")

    add("fda-mbb-01", "technique description", """
Procedure: Bilateral L4-L5 and L5-S1 lumbar medial branch blocks (first diagnostic block).

Background: A 67-year-old man with axial low back pain of more than two years' duration, worse with lumbar extension and rotation and with prolonged standing, without radiation below the buttocks. He has failed twelve weeks of physical therapy, an extended course of NSAIDs and chiropractic care with no durable benefit. He can stand for only 15 minutes and has given up golf; ODI 40%. Examination reveals bilateral paraspinal tenderness at L4 to S1 and pain on facet loading. Neurological examination is normal. CT shows bilateral facet arthropathy at L4-L5 and L5-S1.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).
Intent: diagnostic. This is the first of two planned diagnostic blocks.
Informed consent was obtained in writing after a full discussion. Time-out was performed.
Description: The patient lay prone. The lumbar region was sterilely prepared and draped. Under fluoroscopic guidance, the target points for the L3 and L4 medial branches (junction of the superior articular process and transverse process) and for the L5 dorsal ramus (junction of the sacral ala and the S1 superior articular process) were identified bilaterally. The skin at each of the six entry sites was anesthetized with 0.5 mL of 1% lidocaine (3 mL total). A 22-gauge 3.5-inch spinal needle was advanced to each target, position confirmed in AP and oblique views, and after negative aspiration 0.5 mL of 0.5% bupivacaine was injected at each nerve, a total of 3 mL. No steroid was given.
Pain scores: 6/10 before the block; 1/10 at 30 minutes, with provocative maneuvers that previously reproduced his pain now painless. A pain diary was provided.
Complications: none.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED + ("imaging_findings",), dos="2025-10-07", pos="11",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fda-mbb-02", "residency template", """
PAIN MEDICINE FELLOWSHIP - PROCEDURE NOTE
Procedure performed: Right C3-C4 and C4-C5 cervical medial branch blocks, second (confirmatory) diagnostic block
Attending present for the entire procedure.
Indication: Right-sided posterior neck pain with referral to the occiput and upper trapezius for 14 months; worse with extension and rotation to the right. Failed eight weeks of physical therapy, cervical traction and NSAIDs; amitriptyline was not tolerated. Function: cannot check her blind spot while driving, reading limited to 20 minutes. NDI 42%.
Prior diagnostic block: right C3, C4 and C5 medial branch blocks with lidocaine three weeks ago gave 90% relief of the index pain lasting 2 hours.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).
Intent: diagnostic (confirmatory).
Consent: obtained, signed, witnessed.
Time-out: done.
Technique: Prone position, head rotated slightly. Sterile prep and drape. With lateral fluoroscopy, the right C3, C4 and C5 medial branches were targeted at the waist of the corresponding articular pillars. The skin was anesthetized with 1 mL of 1% lidocaine at each site. A 25-gauge 2.5-inch needle was placed at each target, confirmed in lateral and AP views, and 0.3 mL of 0.75% bupivacaine was injected at each (0.9 mL in total).
Pain score: 6/10 pre, 0/10 post at 30 minutes.
Complications: none. Sedation: none.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                  levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 6.75)],
        pain=(6, 0), need=SPINE_NEED, dos="2026-04-14", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[])

    add("fda-rfa-01", "technique description", """
BILATERAL L4-L5 AND L5-S1 RADIOFREQUENCY ABLATION OF THE MEDIAL BRANCHES AND L5 DORSAL RAMI

Indication: This 73-year-old woman has had axial low back pain for six years, aggravated by extension and prolonged standing. Physical therapy over ten weeks, NSAIDs and a lumbar brace failed to control the pain; she now needs to sit down after 10 minutes of cooking and has given up gardening. ODI 44%. Two separate diagnostic medial branch blocks of the bilateral L3 and L4 medial branches and L5 dorsal rami produced 85% and 80% relief respectively, each for the duration of the anesthetic.
Diagnosis: Lumbosacral spondylosis without myelopathy or radiculopathy (M47.817).
Informed consent was obtained. A time-out was performed.
Sedation: Moderate sedation was administered by me because the patient had been unable to tolerate the prolonged prone positioning and sensory testing during her previous blocks without anxiolysis; midazolam 2 mg and fentanyl 50 mcg IV were given in divided doses. Sedation start 09:12, end 09:41, 29 minutes of intraservice time, with an independent trained observer (registered nurse) monitoring the patient throughout.
Description: The patient was placed prone and the lumbar region was prepped and draped. Using an oblique, slightly caudal fluoroscopic view, 18-gauge 10-cm curved radiofrequency cannulae with 10-mm active tips were placed parallel to the L3 and L4 medial branches along the junction of the superior articular and transverse processes and to the L5 dorsal ramus in the groove at the sacral ala, bilaterally. Position was confirmed in AP and lateral projections. Sensory stimulation at 50 Hz reproduced concordant back pain below 0.5 V and motor stimulation at 2 Hz up to 1.5 V produced no fasciculation of the lower extremities. After 1 mL of 2% lidocaine was injected through each of the six cannulae, thermal lesions were created at 80 degrees Celsius for 90 seconds at each site.
Pain scores: 7/10 before, 3/10 after.
Complications: none. Discharged with her daughter after recovery.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 50, "mcg"), given("lidocaine", 120)],
        pain=(7, 3), need=SPINE_NEED, dos="2025-11-18", pos="24",
        codes=[line("64635", "50"), line("64636", "50"), line("99152"), line("99153")], findings=[],
        comment="Moderate sedation by the proceduralist with observer, 29 minutes and a reason: 99152 + 99153 x1 "
                "((29 - 8) // 15 = 1).")

    add("fda-si-01", "society worked example", """
Example: Left Sacroiliac Joint Injection (Diagnostic)

Indication: A 62-year-old woman with left buttock and posterior pelvic pain below the L5 level for 7 months, maximal over the left sacral sulcus, following a fall. Three of five provocation tests (thigh thrust, compression and Gaenslen) are positive on the left. She failed six weeks of physical therapy with core stabilization and a course of diclofenac, neither of which reduced the pain, and she now cannot sit through a church service or climb stairs without a handrail.
Diagnosis: Sacroiliitis, not elsewhere classified (M46.1).
Intent: diagnostic.
Consent: informed consent was obtained in writing. Time-out was performed with the nurse and technologist.
Procedure: The patient was positioned prone and the left sacroiliac joint was prepared and draped in a sterile manner. Under fluoroscopic guidance with contralateral oblique angulation the inferior one-third of the joint line was visualized. After skin infiltration with 2 mL of 1% lidocaine, a 22-gauge 3.5-inch spinal needle was advanced into the inferior joint recess. Injection of 1 mL of Omnipaque 240 showed an intra-articular arthrogram outlining the joint capsule without vascular uptake. A total of 2 mL of 0.5% bupivacaine was then injected. AP and oblique images were saved.
Results: Pain 7/10 before and 1/10 thirty minutes after the injection, an 85% reduction of her typical pain during provocative maneuvers.
No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                  imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("bupivacaine", 10)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-04-22", pos="11", codes=[line("27096", "LT")], findings=[])

    add("fda-tpi-01", "physician blog example", """
Trigger Point Injections - how I document them

Here is a typical note from clinic. Patient is a 46-year-old office worker with right neck and shoulder girdle pain for 5 months, worse at the end of the workday.
Exam: Palpable taut bands with exquisitely tender nodules in the right upper trapezius, right levator scapulae and right rhomboid major; compression of each reproduces her referred pain toward the occiput and scapula, and a local twitch response is elicited in the trapezius.
Diagnosis: Myofascial pain syndrome, right cervicothoracic region (M79.18).
Consent: Verbal and written informed consent obtained. Time-out performed.
Procedure: After cleansing with alcohol, each trigger point was fixed between two fingers and a 25-gauge 1.5-inch needle was introduced into the taut band; after negative aspiration, 2 mL of 0.25% bupivacaine was injected into each of the three muscles (trapezius, levator scapulae, rhomboid major), 6 mL in total, with fanning of the needle until the twitch responses ceased.
Pain: 7/10 before, 2/10 after, about 70% relief at 10 minutes.
Complications: none; tolerated well, stretching program reviewed.
""", procs=[proc("trigger_point", region="other", laterality="right")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2026-02-05", pos="11",
        codes=[line("20553")], findings=[])

    add("fda-occ-01", "residency template", """
PROCEDURE: Bilateral greater occipital nerve blocks, landmark technique
INDICATION: 38-year-old woman with bilateral occipital neuralgia for 10 months: paroxysmal shooting pain from the suboccipital region to the vertex, tenderness over both greater occipital nerves with reproduction of her pain, and 12 headache days per month that keep her from work.
DIAGNOSIS: Occipital neuralgia (M54.81).
CONSENT: Risks including infection, bleeding, alopecia at the injection site and vasovagal reaction were explained; informed consent obtained.
TIME-OUT: Performed.
DESCRIPTION: The patient was seated with the neck slightly flexed. The occipital artery was palpated one third of the distance from the external occipital protuberance to the mastoid process on each side. After skin preparation with chlorhexidine, a 25-gauge 1.5-inch needle was advanced medial to the pulsation until contact with the occiput, withdrawn slightly, and after negative aspiration 2.5 mL of a mixture of 2 mL of 0.5% bupivacaine and 0.25 mL of triamcinolone acetonide 40 mg/mL (10 mg) diluted with 0.25 mL of saline was injected in a fan pattern on the right and the same on the left. Total: triamcinolone 20 mg, bupivacaine 20 mg.
PRE-PROCEDURE PAIN: 6/10.
COMPLICATIONS: none.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                  imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(6, None), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2025-09-09", pos="11",
        codes=[line("64405", "50"), line("J3301", units=2)], findings=["post_procedure_pain_score"])

    add("fda-stellate-01", "technique description", """
Left Stellate Ganglion Block, Fluoroscopically Guided (anterior paratracheal approach at C6)

Indication: 52-year-old man with complex regional pain syndrome type I of the left upper limb after a distal radius fracture 9 months ago: burning pain, allodynia, swelling, color and temperature asymmetry of the left hand, and loss of grip that prevents him from working as a mechanic. Budapest criteria are met.
Diagnosis: Complex regional pain syndrome I of left upper limb (G90.512).
Consent: informed consent was obtained after a discussion of risks including hoarseness, Horner syndrome, intravascular injection, seizure and pneumothorax. A time-out was performed.
Procedure: The patient lay supine with the neck slightly extended. After sterile preparation, the left C6 anterior tubercle (Chassaignac's tubercle) was identified under AP fluoroscopy and the skin anesthetized with 1 mL of 1% lidocaine. A 22-gauge 2-inch needle was advanced to the junction of the vertebral body and the uncinate process at C6, then withdrawn 1-2 mm. After negative aspiration, 1 mL of Omnipaque 240 showed longitudinal spread along the prevertebral fascia without vascular uptake. Then 8 mL of 0.25% bupivacaine was injected incrementally with repeated aspiration. A left Horner syndrome and a 2.5 degree Celsius rise in the temperature of the left hand followed within 15 minutes.
Pain was 8/10 before the block and 4/10 after.
Complications: none. Discharged home after 30 minutes of observation.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left", imaging="fluoroscopy",
                  contrast=True)],
        drugs=[given("lidocaine", 10), given("iohexol", 1, "ml"), given("bupivacaine", 20)],
        pain=(8, 4), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2026-03-03", pos="22",
        codes=[line("64510"), line("77002", "26")], findings=[])

    add("fda-knee-01", "society worked example", """
Ultrasound-Guided Right Knee Intra-articular Corticosteroid Injection

A 69-year-old man with right knee osteoarthritis, Kellgren-Lawrence grade 3 on standing radiographs, has had medial knee pain for two years that now limits walking to 15 minutes despite a home exercise program, topical diclofenac and a knee sleeve.
Diagnosis: Unilateral primary osteoarthritis, right knee (M17.11).
Consent was obtained after discussion of post-injection flare, infection and transient glucose elevation. Time-out performed.
With the patient supine and the knee extended, a high-frequency linear transducer was placed in the suprapatellar long-axis view and the suprapatellar recess with a small effusion was identified. After sterile preparation, the skin was anesthetized with 1 mL of 1% lidocaine. A 22-gauge 1.5-inch needle was advanced in-plane from lateral to medial into the recess under continuous ultrasound visualization, and a total volume of 5 mL consisting of 1 mL of triamcinolone acetonide 40 mg/mL and 4 mL of 1% lidocaine was injected with visible distension of the recess. A representative image of the needle within the joint was saved to the record.
Pre-injection pain 6/10; post-injection pain 2/10.
There were no complications.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("lidocaine", 50), given("triamcinolone_acetonide", 40)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"), dos="2025-12-02", pos="11",
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=[])

    add("fda-scs-01", "residency template", """
PROCEDURE NOTE: Percutaneous spinal cord stimulator trial, two leads
Indication: 58-year-old man with failed back surgery syndrome after L4-S1 fusion in 2021, with constant bilateral leg pain greater than back pain for more than three years. He has failed physical therapy, two transforaminal epidural injections without lasting benefit, gabapentin (sedation) and duloxetine, and a spine surgeon has advised against further surgery. He walks less than one block and sleeps 3 hours a night. Psychological evaluation completed on 2026-06-10: cleared for neuromodulation, no contraindication.
Diagnosis: Postlaminectomy syndrome (M96.1).
Consent: informed consent obtained; device representative present. Time-out performed.
Procedure details: Prone on the fluoroscopy table. Sterile prep and drape of the thoracolumbar region. After infiltration of the skin and tract with 10 mL of 1% lidocaine, a 14-gauge Tuohy needle was introduced at the L1-L2 interspace by a left paramedian approach and the epidural space entered by loss of resistance to saline. An 8-contact percutaneous lead was advanced under fluoroscopic guidance to the top of T8 just left of midline. A second Tuohy needle was placed at T12-L1 and a second 8-contact lead was advanced to the top of T9 just right of midline. Intraoperative testing produced paresthesia coverage of both legs. Both leads were anchored to the skin and dressed.
Pain: 8/10 pre-procedure, 5/10 at discharge with stimulation on.
Complications: none. Trial period: 7 days.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 5), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-07-21", pos="24", codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fda-pump-01", "residency template", """
Intrathecal pump refill
Device: programmable intrathecal drug delivery system, reservoir capacity 20 mL.
Indication: chronic pain syndrome with intrathecal drug delivery system (G89.4); scheduled refill.
Consent: verbal consent obtained. Time-out performed.
Procedure: The pump was interrogated: residual volume expected 2.4 mL. The skin over the pump was prepped with chlorhexidine, the template placed and the center access port entered with a 22-gauge non-coring needle. Residual volume of 2.3 mL was aspirated and discarded. The reservoir was refilled by me with 20 mL of preservative-free morphine 25 mg/mL (500 mg). The pump was not reprogrammed; the daily dose remains 2.5 mg/day. The alarm date was updated in the pump.
Complications: none.
""", procs=[proc("pump_refill", target="intrathecal_pump", region="other")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",), dos="2026-05-12", pos="11",
        codes=[line("95991")], findings=[])


def _prose(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fda-h-tfesi-01", "case report", """
Right C6-C7 transforaminal epidural steroid injection

A 58-year-old woman with a 9-month history of right-sided neck pain radiating to the dorsal forearm and middle finger, accompanied by paresthesias in the C7 dermatome and a diminished right triceps reflex, was referred for interventional management. Eight weeks of physical therapy and a course of celecoxib had failed to relieve her symptoms, and she was no longer able to work at her computer for more than thirty minutes (NDI 40%). MRI demonstrated a right foraminal disc osteophyte complex at C6-C7 with severe right foraminal stenosis and compression of the exiting C7 root. The diagnosis was cervical radiculopathy (M54.12).
After informed consent was obtained and a time-out performed, the patient was positioned supine with the head turned to the left. Under fluoroscopic guidance in an ipsilateral oblique view, the skin was infiltrated with 1 mL of 1% lidocaine and a 25-gauge 2.5-inch short-bevel needle was advanced to the posterior aspect of the right C6-C7 foramen, anterior to the superior articular process. Under live fluoroscopy with digital subtraction, 1 mL of Isovue-M 200 outlined the exiting nerve root and spread medially into the epidural space, with no vascular uptake. Then 1 mL of dexamethasone 10 mg/mL (10 mg) mixed with 1 mL of preservative-free 1% lidocaine was injected. Images were saved.
Her pain was 7/10 before and 2/10 after the injection. No complications occurred, and she was discharged after 30 minutes.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                  levels=["C6-C7"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2025-05-20", pos="22",
        codes=[line("64479", "RT")], findings=["saved_images"],
        comment="'Images were saved.' names no views: esi.saved_images (min_views 2) is not met.")

    add("fda-h-tfesi-02", "case report", """
Right L5-S1 and S1 transforaminal epidural injection

A 61-year-old man presented with a four-month history of right buttock pain radiating down the posterior thigh and calf to the sole of the foot, with numbness of the lateral foot and an absent right ankle jerk. Straight leg raise was positive on the right at 35 degrees. MRI of the lumbar spine revealed a right L5-S1 foraminal and subarticular disc herniation compressing the right S1 root and narrowing the right L5-S1 foramen. Despite seven weeks of physical therapy, a tapering oral prednisone course and tramadol, his pain persisted unchanged, and he had been unable to return to his job as a delivery driver because he could not sit in the truck for more than 20 minutes. The diagnosis was lumbosacral radiculopathy (M54.17).
Written informed consent was obtained and a time-out was performed. With the patient prone and under fluoroscopic guidance, the skin was anesthetized with 4 mL of 1% lidocaine. A 22-gauge spinal needle was advanced to the right L5-S1 foramen beneath the L5 pedicle, and a second needle was placed through the right S1 posterior sacral foramen. Omnipaque 300, 1 mL at each needle, produced neurograms of the right L5 and S1 roots with epidural flow and no vascular pattern. Methylprednisolone acetate 40 mg (1 mL of 40 mg/mL) with 1 mL of 0.25% bupivacaine was injected at each level, a total of 80 mg of methylprednisolone. AP and lateral images of the final needle positions were saved.
The pain score decreased from 8/10 to 3/10. No complications were noted.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                  levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80),
               given("bupivacaine", 5)],
        pain=(8, 3), need=ESI_NEED, dos="2023-09-14", pos="11",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1040")], findings=[],
        comment="Two foramina (L5-S1 and the S1 foramen): primary + one add-on. Methylprednisolone 80 mg before "
                "2024-04-01: one J1040 unit.")

    add("fda-h-caudal-01", "case report", """
Caudal epidural steroid injection

A 74-year-old man with a history of L3-L5 laminectomy presented with bilateral lower extremity radicular pain, burning along the anterolateral legs into the dorsum of both feet with numbness in the L5 distributions. Physical therapy for eight weeks and gabapentin did not reduce his pain, and gabapentin caused unsteadiness. He was unable to walk more than 100 feet without stopping and had given up volunteering. MRI with gadolinium showed postoperative epidural fibrosis surrounding the L4 and L5 roots and recurrent moderate foraminal stenosis at L4-L5, without a new disc herniation. His diagnosis was post-laminectomy syndrome (M96.1) with bilateral radicular pain.
The procedure was explained and informed consent was signed; a time-out was completed. He was placed prone with a pillow under the pelvis. The sacral hiatus was palpated between the sacral cornua and confirmed under lateral fluoroscopy. Following skin infiltration with 2 mL of 1% lidocaine, a 20-gauge Tuohy needle was introduced through the sacrococcygeal ligament into the caudal epidural canal. Injection of 5 mL of Omnipaque 240 demonstrated a filling pattern in the sacral canal ascending to the L5 level without intravascular spread. A total volume of 12 mL consisting of 2 mL of triamcinolone acetonide 40 mg/mL and 10 mL of preservative-free normal saline was injected. AP and lateral views were saved.
Pain was 7/10 before and 4/10 after the injection. He had no complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 5, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 4), need=minus(ESI_NEED, "symptom_duration"), dos="2024-10-29", pos="22",
        codes=[line("62323")], findings=["symptom_duration"],
        comment="No duration of the radicular pain is stated (the laminectomy has no date either): esi.symptom_duration.")

    add("fda-h-ilesi-01", "physician blog example", """
Repeat lumbar interlaminar ESI - an example of documenting the prior response

My patient, a 68-year-old retired teacher, returned for a repeat L4-L5 interlaminar epidural steroid injection. She has neurogenic claudication from lumbar spinal stenosis: aching and heaviness in both buttocks and thighs with standing and walking, relieved by sitting, present for about two years. Her first L4-L5 interlaminar ESI, done five months ago, gave her 70% relief of leg pain that lasted four months before the symptoms gradually returned. Before that first injection she had failed ten weeks of physical therapy and NSAIDs. Today she can again walk only about two blocks and cannot stand long enough to cook a meal. Her MRI shows severe central canal stenosis at L4-L5 from ligamentum flavum hypertrophy and facet hypertrophy.
Diagnosis: Spinal stenosis, lumbar region, with neurogenic claudication (M48.062).
Informed consent was obtained and a time-out was performed. Under fluoroscopic guidance, with the patient prone, the L4-L5 interlaminar space was identified and the skin was anesthetized with 3 mL of 1% lidocaine. An 18-gauge Tuohy needle entered the epidural space at L4-L5 by loss of resistance to air and saline. Omnipaque 240, 2 mL, confirmed epidural spread without vascular or subarachnoid filling. Dexamethasone 10 mg (1 mL of 10 mg/mL, drawn from a single-dose vial with nothing discarded) in 3 mL of preservative-free saline was injected. AP and lateral images were saved.
Pain scores: 6/10 before, 2/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                  imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2026-05-26", pos="11",
        codes=[line("62323"), line("J1100", "JZ", units=10)], findings=[],
        comment="Repeat with a documented response (70% for four months, at least 50% for 90 days): no "
                "prior_procedure_response. Single-dose vial, nothing discarded, after 2023-07-01: JZ.")

    add("fda-h-ilesi-02", "case report", """
Thoracic interlaminar epidural steroid injection at T9-T10

A 59-year-old man presented with a 3-month history of left-sided band-like pain wrapping around the lower chest wall from the back to the upper abdomen in the T10 dermatome, with dysesthesia to light touch along that band. Physical therapy for six weeks and a course of gabapentin were both stopped because the pain had not changed. The pain woke him several times a night and prevented him from lifting at work. The diagnosis was thoracic radiculopathy (M54.14).
After informed consent and a time-out, the patient was placed prone. Under fluoroscopic guidance the T9-T10 interlaminar space was identified and the skin anesthetized with 2 mL of 1% lidocaine. A 20-gauge Tuohy needle was advanced via a left paramedian approach and the epidural space was identified with loss of resistance to saline. Contrast (Omnipaque 240, 1.5 mL) spread in the dorsal epidural space, predominantly left-sided, over T9 to T11. A total volume of 3 mL consisting of 1 mL of triamcinolone acetonide 40 mg/mL and 2 mL of preservative-free normal saline was injected. AP and lateral images were saved.
Pre-procedure pain 7/10; post-procedure pain 3/10.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                  imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2026-08-11", pos="11",
        complications=None, codes=[line("62321"), line("J3301", units=4)],
        findings=["complications", "imaging_findings"],
        comment="No MRI or CT finding is written; no statement about complications.")

    add("fda-h-facet-01", "case report", """
Left L4-L5 and L5-S1 intra-articular facet joint injections (therapeutic)

A 66-year-old woman with a 3-year history of left-sided axial low back pain, worse with standing, extension and twisting, had failed twelve weeks of physical therapy, NSAIDs and a course of acupuncture without relief. She could no longer vacuum or garden and stood at most 15 minutes (ODI 38%). Two diagnostic left L4-L5 and L5-S1 medial branch blocks with lidocaine and then bupivacaine had produced 85% and 90% relief of her index pain, respectively, consistent with the expected duration of each anesthetic. Because she declined radiofrequency ablation, therapeutic intra-articular injections were offered. Her diagnosis was lumbar spondylosis without myelopathy or radiculopathy (M47.816).
Written informed consent was obtained and a time-out performed. With the patient prone, under fluoroscopic guidance with ipsilateral oblique rotation to open the joint lines, the skin over each joint was infiltrated with 1 mL of 1% lidocaine. A 22-gauge 3.5-inch spinal needle was advanced into the inferior recess of the left L4-L5 and then the left L5-S1 zygapophysial joint. A small amount (0.2 mL) of Omnipaque 240 at each joint produced an arthrogram. Into each joint 0.5 mL of triamcinolone acetonide 40 mg/mL (20 mg) mixed with 0.5 mL of 0.25% bupivacaine was injected, for a total of 40 mg of triamcinolone.
Her pain score was 6/10 before and 2/10 after the injections. No complications were noted.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.4, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 2.5)],
        pain=(6, 2), need=SPINE_NEED, dos="2025-03-18", pos="11",
        codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", units=4)], findings=[])

    add("fda-h-mbb-01", "case report", """
Left L3-L4 and L4-L5 medial branch blocks

A 70-year-old man was evaluated for left-sided low back pain of 18 months' duration that worsened with lumbar extension and did not radiate past the buttock. Ten weeks of physical therapy and a trial of meloxicam had failed to relieve it. Examination showed tenderness over the left L3 to L5 facet joints with pain on extension-rotation to the left and a normal neurologic examination. CT revealed left-sided facet hypertrophy at L3-L4 and L4-L5. The diagnosis was lumbar facet arthropathy (M47.816), and a first diagnostic block was planned.
Written informed consent was obtained. The patient was positioned prone and under fluoroscopic guidance the left L2 and L3 medial branches and the left L4 medial branch were targeted at the junction of the superior articular process and the transverse process. The skin was anesthetized with 1 mL of 1% lidocaine at each of the three sites. 22-gauge spinal needles were positioned on each target and confirmed in oblique and AP projections; 0.5 mL of 0.5% bupivacaine was injected at each medial branch after negative aspiration, 1.5 mL in total, with diagnostic intent.
Pain decreased from 7/10 before the block to 2/10 thirty minutes later. There were no complications.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                  levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 7.5)],
        pain=(7, 2), need=minus(SPINE_NEED, "functional_impairment") + ("imaging_findings",), dos="2026-06-30",
        pos="22", codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")],
        findings=["functional_impairment", "time_out"],
        comment="L2, L3 and L4 medial branches = L3-L4 and L4-L5 joints. No functional limitation or scale and "
                "no time-out written.")

    add("fda-h-rfa-01", "case report", """
Right C5-C6 and C6-C7 cervical radiofrequency neurotomy

A 63-year-old woman presented with right-sided posterior neck pain radiating to the shoulder blade for four years, worse with rotation to the right and extension. She had failed physical therapy for eight weeks, NSAIDs and a cervical pillow, and reported that the pain prevented her from driving more than 20 minutes (NDI 36%). A right C5, C6 and C7 medial branch block three months earlier had given 90% relief for six hours. Her diagnosis was cervical spondylosis without myelopathy or radiculopathy (M47.812).
After informed consent and a time-out, she was positioned prone. Under fluoroscopic guidance, 20-gauge 10-cm RF cannulae with 10-mm active tips were placed along the right C5, C6 and C7 medial branches at the lateral waist of the articular pillars, confirmed in lateral and AP views. Sensory stimulation reproduced her neck pain below 0.5 V, and motor testing to 2 V produced no upper limb contraction. After 0.5 mL of 2% lidocaine through each cannula (1.5 mL in total), conventional thermal lesions were made at 85 degrees Celsius for 90 seconds at each nerve.
Pain scores were 6/10 before and 3/10 after. No complications occurred.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                  levels=["C5-C6", "C6-C7"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 3), need=SPINE_NEED, dos="2025-07-15", pos="22",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["diagnostic_block_relief"],
        comment="Only one diagnostic block documented; rfa.diagnostic_block_relief asks for two with 80% or more.")

    add("fda-h-si-01", "physician blog example", """
A therapeutic right sacroiliac joint injection, written up the way I teach residents

The patient is a 57-year-old woman with right posterior pelvic pain centered on the sacral sulcus for 11 months, worse with rising from a chair and climbing stairs; she now climbs only one flight and can no longer take her morning walks. She failed eight weeks of physical therapy with pelvic stabilization and a course of ibuprofen; neither helped. A diagnostic right SI joint injection with bupivacaine two months ago gave 80% relief of her index pain during the anesthetic phase. Diagnosis: sacroiliitis, right (M46.1).
Intent: therapeutic.
I obtained written informed consent and we performed a time-out. Prone, sterile prep. Under fluoroscopic guidance, with the right SI joint line opened by contralateral oblique tilt, the skin was anesthetized with 2 mL of 1% lidocaine and a 22-gauge spinal needle entered the inferior joint recess. 0.5 mL of Omnipaque 240 gave an intra-articular arthrogram. I then injected methylprednisolone acetate 40 mg (1 mL of 40 mg/mL) and 1 mL of 0.5% bupivacaine. AP and oblique views were saved.
Pain 7/10 before, 2/10 after, which she called 70% relief of her usual pain. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                  imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40),
               given("bupivacaine", 5)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2024-06-25", pos="11", codes=[line("27096", "RT"), line("J1010", units=40)], findings=[])

    add("fda-h-tpi-01", "case report", """
Trigger point injections, left lumbar region

A 51-year-old man with left-sided low back pain for 6 months after a lifting strain had palpable taut bands with twitch responses and referral of pain into the buttock in the left quadratus lumborum and left gluteus medius. He had failed physical therapy and cyclobenzaprine. The diagnosis was myofascial pain syndrome (M79.18).
After informed consent and a time-out, the skin over each trigger point was cleansed with alcohol. A 25-gauge 1.5-inch needle was introduced into the taut band of the left quadratus lumborum and then of the left gluteus medius, and 2 mL of 1% lidocaine was injected into each after negative aspiration (4 mL in total).
His pain was 8/10 before the injections and 3/10 afterward. No complications.
""", procs=[proc("trigger_point", region="other", laterality="left")],
        drugs=[given("lidocaine", 40)],
        pain=(8, 3), need=("diagnosis", "symptom_duration"), dos="2025-10-21", pos="11",
        codes=[line("20552")], findings=["percent_relief"],
        comment="Relief only implied by the pre/post scores: tpi.percent_relief (README: still listed).")

    add("fda-h-gnb-01", "case report", """
Right genicular nerve block under fluoroscopy

A 76-year-old woman with right knee osteoarthritis (M17.11) had 4 years of anterior and medial knee pain, limiting her walking to 10 minutes, despite physical therapy, NSAIDs and two intra-articular corticosteroid injections. She was not a surgical candidate. A diagnostic genicular nerve block was performed ahead of planned radiofrequency ablation.
Informed consent was obtained and a time-out was performed. With the patient supine and the knee flexed over a bolster, the superolateral, superomedial and inferomedial genicular nerves were targeted under fluoroscopic guidance at the junctions of the femoral and tibial shafts with the epicondyles. After skin infiltration with 1 mL of 1% lidocaine at each site, a 22-gauge 3.5-inch spinal needle was advanced to the periosteum at each target, confirmed in AP and lateral views, and 1.5 mL of 0.5% bupivacaine was injected at each nerve (4.5 mL total).
Pain was 7/10 before and 1/10 after the block. No complications occurred.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 22.5)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-09-15", pos="24", codes=[line("64454", "RT")], findings=[])

    add("fda-h-grfa-01", "case report", """
Left genicular nerve cooled radiofrequency ablation

A 72-year-old man with left knee osteoarthritis (M17.12) had three years of medial and anterior knee pain that limited walking to one block, despite physical therapy, acetaminophen, topical NSAIDs and hyaluronic acid injections; a total knee arthroplasty was deferred for cardiac reasons. A diagnostic left genicular nerve block three weeks earlier had given 85% relief.
Informed consent was obtained and a time-out performed. The patient was supine with the knee slightly flexed. Pre-procedure pain was 7/10. Under fluoroscopic guidance, 17-gauge cooled radiofrequency introducers were placed at the left superolateral, superomedial and inferomedial genicular nerves, confirmed in AP and lateral views. After sensory testing and motor testing without distal muscle contraction, 1 mL of 2% lidocaine was given through each introducer, and cooled radiofrequency lesions were created at each target for 150 seconds with the probe tip at 60 degrees Celsius.
No complications occurred; he was discharged ambulating with a cane.
""", procs=[proc("genicular_rfa", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(7, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-01-28", pos="24", codes=[line("64624", "LT")], findings=["post_procedure_pain_score"])

    add("fda-h-lsb-01", "case report", """
Right lumbar sympathetic block at L3

A 47-year-old woman developed complex regional pain syndrome type I of the right lower limb (G90.521) after an ankle fracture 7 months ago, with burning pain, mechanical allodynia, edema and a cool, mottled right foot. Physical therapy with desensitization and gabapentin had not improved her pain, and she was unable to bear full weight on the foot.
A time-out was performed. With the patient prone, the right L3 vertebral body was identified under fluoroscopic guidance and the skin was anesthetized with 2 mL of 1% lidocaine. A 22-gauge 5-inch spinal needle was advanced from a right paramedian entry to the anterolateral margin of the L3 vertebral body, confirmed in the lateral view. Omnipaque 240, 3 mL, spread longitudinally along the anterolateral vertebral bodies without psoas or vascular pattern. Then 10 mL of 0.25% bupivacaine was injected incrementally. The temperature of the right foot rose by 3 degrees Celsius within 10 minutes.
Pain was 8/10 before and 3/10 after the block. There were no complications.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                  levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-10-06", pos="24", consent=False, codes=[line("64520"), line("77002", "26")],
        findings=["consent"])

    add("fda-h-shoulder-01", "physician blog example", """
Fluoroscopic left glenohumeral joint injection - example write-up

A 70-year-old retired electrician has had left shoulder pain and stiffness for 18 months from primary osteoarthritis of the left shoulder (M19.012), with loss of external rotation, so he can no longer reach overhead or sleep on that side. Physical therapy and naproxen have not helped.
Informed consent was obtained and a time-out performed. The patient was supine with the arm in slight external rotation. Under fluoroscopic guidance, the junction of the middle and inferior thirds of the medial humeral head was marked and the skin was anesthetized with 2 mL of 1% lidocaine. A 22-gauge 3.5-inch spinal needle was advanced vertically to the humeral head, and 1 mL of Omnipaque 300 confirmed intra-articular flow around the humeral head and into the axillary recess. A total volume of 5 mL consisting of 1 mL of methylprednisolone acetate 40 mg/mL (40 mg) and 4 mL of 0.5% ropivacaine was injected.
Pain: 6/10 before, 1/10 after. No complications.
""", procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="left", imaging="fluoroscopy",
                  contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40),
               given("ropivacaine", 20)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2024-02-20", pos="11",
        codes=[line("20610", "LT"), line("77002"), line("J1030"), line("Q9967")], findings=[],
        comment="Joint injection codes do not include imaging: 77002, and in the office the contrast is billed "
                "by iodine strength (Omnipaque 300: Q9967 x1). Methylprednisolone 40 mg before 2024-04-01: J1030.")

    add("fda-h-kypho-01", "case report", """
L1 balloon kyphoplasty

An 81-year-old woman with osteoporosis sustained an L1 fracture lifting a laundry basket and presented with severe midline thoracolumbar pain for 6 weeks that confined her mostly to bed and made walking to the bathroom difficult. Bracing, calcitonin and oral analgesics for those six weeks had failed to control the pain. MRI showed an acute L1 compression fracture with 30% anterior height loss and bone marrow edema on STIR images, without retropulsion. The diagnosis was age-related osteoporosis with current pathological vertebral fracture (M80.08XA).
Informed consent was obtained and a time-out was performed. The patient was positioned prone. Under biplanar fluoroscopic guidance, the skin and periosteum over both L1 pedicles were infiltrated with 10 mL of 0.5% bupivacaine. Bilateral transpedicular access into the L1 vertebral body was obtained with 11-gauge trocars; inflatable bone tamps were inserted and inflated to create cavities with partial height restoration, and a total of 4.5 mL of polymethylmethacrylate cement was deposited under continuous lateral fluoroscopy without extravasation.
Pain: 9/10 before and 3/10 after the procedure. No complications; she ambulated in recovery.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                  imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 50)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"), dos="2025-03-04", pos="22", codes=[line("22514")], findings=[])

    add("fda-h-pump-01", "case report", """
Intrathecal pump refill and reprogramming

A 64-year-old man with chronic pain syndrome (G89.4) managed with intrathecal hydromorphone presented for a scheduled refill. He reported increased lower extremity pain over the past month, 7/10. After consent was obtained and a time-out completed, the pump was interrogated and the reservoir accessed under sterile technique with a non-coring needle; 1.8 mL of residual drug was removed. The reservoir was filled with 20 mL of hydromorphone 10 mg/mL (200 mg). The daily dose was increased by 10% from 1.2 mg/day to 1.32 mg/day with a new simple continuous program, and the new settings and alarm date were confirmed on interrogation.
No complications.
""", procs=[proc("pump_refill", target="intrathecal_pump", region="other")],
        drugs=[given("hydromorphone", 200)],
        pain=(7, None), need=("diagnosis",), dos="2026-09-29", pos="11",
        codes=[line("62370")], findings=["approach"],
        comment="Reprogrammed, but the note does not say who refilled the pump (pump.performed_by): the author is "
                "assumed for the code (62370) and the element is listed.")
