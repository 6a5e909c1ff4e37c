"""Sealed batch `dev_fresh_br`: 30 published-report style notes (transcription samples, textbook reports,
journal case reports), written fresh; gold labelled from the text by corpora/README conventions."""

TX = "published_transcription"
CR = "case_report"


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    FACET_NEED = SPINE_NEED + ("imaging_findings",)

    # 1 ---------------------------------------------------------------------------------------------
    add("fbr-tfesi-01", TX, """
PREOPERATIVE DIAGNOSIS:
1. Right lumbar radiculopathy, M54.16.
2. Lumbar disc protrusion L4-5 and L5-S1.

POSTOPERATIVE DIAGNOSIS:
Same as preoperative.

PROCEDURE PERFORMED:
Right L4-5 and L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance.

ANESTHESIA:
Local.

INDICATIONS:
The patient is a 64-year-old female with a 5-month history of right buttock pain radiating down the lateral thigh and calf into the dorsum of the foot, with tingling in the great toe. Straight leg raise on the right reproduces the leg pain at 40 degrees. She completed eight weeks of physical therapy and a course of meloxicam without meaningful relief. She can no longer stand long enough to cook a meal and has stopped her daily walks. MRI of the lumbar spine shows a right foraminal disc protrusion at L4-5 and a right paracentral protrusion at L5-S1 contacting the traversing S1 root. Pain today is 7/10.

DESCRIPTION OF PROCEDURE:
The risks, benefits and alternatives were discussed and informed consent was signed. The patient was brought to the procedure suite and placed prone on the fluoroscopy table. A time-out was performed confirming patient, procedure, side and levels. The low back was prepped with chlorhexidine and draped in sterile fashion. The right L4-5 foramen was identified under oblique fluoroscopic view and the skin was anesthetized with 2 cc of 1% lidocaine. A 22-gauge 3.5-inch spinal needle was advanced to the 6 o'clock position of the right L4 pedicle. Lateral view confirmed position in the posterior foramen. After negative aspiration, 0.75 cc of Omnipaque 240 outlined the exiting nerve root with epidural spread and no vascular uptake. A mixture of 1 cc Kenalog 40 mg/cc and 1 cc of 0.25% bupivacaine was injected. The same technique was used at the right L5-S1 foramen, with 2 cc of 1% lidocaine to the skin, 0.75 cc of Omnipaque 240, and 1 cc Kenalog 40 mg/cc with 1 cc of 0.25% bupivacaine. AP and lateral images were saved to the record. The needles were removed intact.

The patient tolerated the procedure well. There were no complications. Post-procedure pain was 2/10. She was discharged home with written instructions.

D: 03/18/2025 14:05
T: 03/18/2025 16:40
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 5), given("lidocaine", 40),
               given("iohexol", 1.5, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2025-03-18", pos="11",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=8)], findings=[])

    # 2 ---------------------------------------------------------------------------------------------
    add("fbr-tfesi-02", TX, """
PREOPERATIVE DIAGNOSIS: Left cervical radiculopathy, C7, M54.12.
POSTOPERATIVE DIAGNOSIS: Left cervical radiculopathy, C7, M54.12.
PROCEDURE PERFORMED: Left C6-7 transforaminal epidural steroid injection with fluoroscopy.
ANESTHESIA: Local.
INDICATIONS: This 52-year-old man has had left neck pain radiating through the posterior arm and forearm into the middle finger for 10 weeks, with numbness of the middle finger and a diminished left triceps reflex. He has had six weeks of physical therapy with cervical traction and a Medrol Dosepak, neither of which relieved the arm pain. He cannot work overhead and wakes several times a night from the pain.
DESCRIPTION OF PROCEDURE: After informed consent was obtained, the patient was brought to the procedure suite and positioned supine with the head turned slightly to the right. A time-out was called. The left neck was prepped and draped in the usual sterile manner. Under oblique fluoroscopy the left C6-7 neural foramen was visualized. The skin was infiltrated with 1 cc of 1% lidocaine. A 25-gauge 2.5-inch needle was advanced to the posterior aspect of the foramen, staying on the anterior surface of the superior articular process. AP view showed the tip no further medial than the midpoint of the articular pillar. Under live fluoroscopy 0.5 cc of Isovue-M 200 showed spread along the C7 root without vascular pattern. Then 10 mg of dexamethasone (1 cc of 10 mg/cc) mixed with 1 cc of preservative-free 1% lidocaine was injected slowly. Images were saved. The needle was withdrawn.
Pre-procedure pain 6/10, post-procedure 3/10. The patient tolerated the procedure well without complications and was discharged in stable condition.
D: 09/10/2024
T: 09/11/2024
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                  levels=["C6-C7"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iopamidol", 0.5, "ml")],
        pain=(6, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2024-09-10", pos="24",
        codes=[line("64479", "LT")], findings=["imaging_findings", "saved_images"],
        comment="No imaging study is mentioned (imaging_findings); 'Images were saved.' states no views (saved_images).")

    # 3 ---------------------------------------------------------------------------------------------
    add("fbr-tfesi-03", TX, """
PREOPERATIVE DIAGNOSIS:
1. Bilateral L5 radiculopathy.
2. Lumbar spinal stenosis, L5-S1, with neurogenic claudication (M48.062).

POSTOPERATIVE DIAGNOSIS:
Same.

PROCEDURE PERFORMED:
1. Bilateral L5-S1 transforaminal epidural steroid injections.
2. Fluoroscopic guidance with epidurography.
3. Moderate sedation administered by the proceduralist.

ANESTHESIA:
Moderate sedation with IV midazolam and fentanyl.

INDICATIONS:
This 71-year-old man reports 4 months of bilateral leg pain running from the buttocks down the lateral legs to the tops of both feet, with numbness over both first web spaces. Symptoms persist despite 6 weeks of supervised physical therapy and gabapentin, which he stopped because of dizziness. He now walks only half a block before needing to sit. MRI demonstrates severe bilateral foraminal narrowing at L5-S1 with compression of both exiting L5 roots. Sedation was needed because he had a vasovagal episode and could not hold still during an attempted awake injection last year, despite oral diazepam.

DESCRIPTION OF PROCEDURE:
Written informed consent was obtained. The patient was brought to the procedure suite and placed prone. A time-out was completed. Standard monitors were applied and a registered nurse, who had no other duties, monitored the patient throughout as an independent trained observer. I administered midazolam 2 mg IV and fentanyl 50 mcg IV. Sedation start time 09:02.

The lumbosacral area was prepped and draped. The right L5-S1 foramen was targeted using an oblique view. After 2 cc of 1% lidocaine to the skin, a 22-gauge spinal needle was placed into the superior aspect of the foramen. Lateral view confirmed depth. Omnipaque 300, 1 cc, produced a clean neurogram of the L5 root with epidural flow. Dexamethasone 4 mg (1 cc of 4 mg/cc) was injected. The identical procedure was carried out on the left at L5-S1 with 2 cc of 1% lidocaine, 1 cc of Omnipaque 300 and dexamethasone 4 mg. AP and lateral images were stored for each side. Sedation stop time 09:20; total intraservice time 18 minutes.

The patient tolerated the procedure well. No complications. Pain 8/10 before and 3/10 after. Discharged to home with his wife after meeting recovery criteria.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                  levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("dexamethasone_sodium_phosphate", 8), given("lidocaine", 40), given("iohexol", 2, "ml"),
               given("midazolam", 2), given("fentanyl", 0.05)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-20", pos="11",
        codes=[line("64483", "50"), line("99152"), line("J1100", units=8)], findings=[])

    # 4 ---------------------------------------------------------------------------------------------
    add("fbr-tfesi-04", TX, """
PREOPERATIVE DIAGNOSIS: Left lumbar radiculopathy with multilevel foraminal stenosis L3-4, L4-5 and L5-S1 (M48.062).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left L3-4, L4-5 and L5-S1 transforaminal epidural steroid injections under fluoroscopy.

ANESTHESIA: Local.

INDICATIONS: A 77-year-old man with 6 months of left anterior thigh, knee and medial shin pain, worse with standing, with a reduced left patellar reflex and numbness over the medial shin. He did 8 weeks of physical therapy and tried duloxetine; neither helped the leg pain. He has given up golf and needs a cane to get through a grocery store. MRI shows moderate-to-severe left foraminal stenosis at L3-4, L4-5 and L5-S1.

DESCRIPTION OF PROCEDURE: The procedure, risks and alternatives were explained and informed consent was obtained. The patient was brought to the procedure suite and positioned prone. Time-out was performed. After sterile prep and drape, the left L3-4, L4-5 and L5-S1 foramina were localized in turn with oblique fluoroscopy. Skin wheals were raised with a total of 4 cc of 1% lidocaine. Three 22-gauge spinal needles were advanced to the superior posterior quadrant of each foramen, confirmed in AP and lateral views. Omnipaque 240, 1 cc at each level, showed epidural and perineural spread with no intravascular flow. A solution of Depo-Medrol 80 mg (2 cc) and 3 cc of 0.25% bupivacaine, 5 cc total, was divided equally among the three levels. AP and lateral images were saved.

The patient tolerated the procedure well. No complications were noted. Pain was 8/10 before the injection and 4/10 afterward.

D: 10/05/2023 T: 10/06/2023
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                  levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("methylprednisolone_acetate", 80), given("bupivacaine", 7.5), given("lidocaine", 40),
               given("iohexol", 3, "ml")],
        pain=(8, 4), need=ESI_NEED, dos="2023-10-05", pos="22",
        codes=[line("64483", "LT"), line("64484", "LT", units=2)], findings=["level_limit"])

    # 5 ---------------------------------------------------------------------------------------------
    add("fbr-ilesi-01", TX, """
PREOPERATIVE DIAGNOSIS: Thoracic radiculopathy, right T10 (M54.14).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Repeat thoracic interlaminar epidural steroid injection at T10-11 under fluoroscopic guidance.
ANESTHESIA: Local.

INDICATIONS: This 59-year-old woman has a 7-month history of burning, band-like pain wrapping from the right mid back around the right lower ribs to the upper abdomen, with allodynia in the right T10 dermatome. MRI shows a right paracentral T10-11 disc protrusion contacting the right T10 root. She remained symptomatic after 6 weeks of physical therapy and a trial of pregabalin, which failed to control the pain. Her previous T10-11 interlaminar injection gave 60% relief that lasted about 4 months before the pain returned.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after discussion of risks including dural puncture and infection. The patient was brought to the procedure suite, placed prone, and a time-out was held. The thoracic region was prepped and draped sterilely. The T10-11 interspace was identified on AP fluoroscopy and the skin anesthetized with 2 cc of 1% lidocaine. A 20-gauge Tuohy needle was advanced using a paramedian approach with loss of resistance to saline. Contralateral oblique and lateral views confirmed the needle in the dorsal epidural space. Omnipaque 240, 2 cc, showed epidural spread over T9 to T11 without intrathecal or vascular pattern. Then 80 mg of triamcinolone (Kenalog 40 mg/cc, 2 cc) diluted with 2 cc of preservative-free saline was injected. AP and lateral images were saved. The needle was removed.

The patient tolerated the procedure well. There were no complications. Pain score 6/10 before and 2/10 after the injection.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                  imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(6, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2025-07-22", pos="24",
        codes=[line("62321")], findings=["functional_impairment"],
        comment="Repeat with 60% relief for about 4 months (>= 50% for >= 90 days): no prior_procedure_response. "
                "No functional limitation is described.")

    # 6 ---------------------------------------------------------------------------------------------
    add("fbr-ilesi-02", TX, """
PREOPERATIVE DIAGNOSIS
1. Lumbar spinal stenosis with neurogenic claudication, M48.062.
2. Bilateral lower extremity radicular pain.

POSTOPERATIVE DIAGNOSIS
Same as above.

PROCEDURE PERFORMED
Lumbar interlaminar epidural steroid injection, L4-5, with fluoroscopic guidance.

ANESTHESIA
Local.

INDICATIONS
The patient is a 74-year-old man with 9 months of bilateral buttock and posterior thigh pain that radiates into both calves with numbness in both feet after walking two blocks. MRI shows severe central canal stenosis at L4-5 from ligamentum flavum hypertrophy and a broad disc bulge. He completed 12 weeks of home exercise and physical therapy and took naproxen; his leg symptoms did not improve. He can no longer walk his dog or stand to do the dishes.

DESCRIPTION OF PROCEDURE
After the risks and benefits were explained, the patient signed an informed consent. He was brought to the procedure suite and positioned prone with a pillow under the abdomen. A time-out was conducted. The lumbar area was prepped with Betadine and draped. Using AP fluoroscopy the L4-5 interlaminar space was identified, and 3 cc of 1% lidocaine was infiltrated in the skin. An 18-gauge Tuohy needle was advanced slightly left of midline, and the epidural space was identified by loss of resistance to air at a depth of 6 cm. A lateral view confirmed needle depth. Two cc of Isovue-M 300 demonstrated epidural spread with no vascular runoff or subarachnoid spread. Depo-Medrol 80 mg (2 cc of 40 mg/cc) with 3 cc of preservative-free normal saline was injected without resistance. AP and lateral images were retained. The needle was removed and a bandage applied.

The patient tolerated the procedure well. No complications occurred. Pain before the procedure was 7/10 and afterward 3/10.

D: 11/14/2023
T: 11/15/2023
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                  imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 30), given("iopamidol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2023-11-14", pos="11",
        codes=[line("62323"), line("J1040")], findings=[])

    # 7 ---------------------------------------------------------------------------------------------
    add("fbr-caudal-01", TX, """
PREOPERATIVE DIAGNOSIS: Post-laminectomy syndrome, lumbar (M96.1), with bilateral radicular leg pain.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Caudal epidural steroid injection under fluoroscopy.
ANESTHESIA: Local.

INDICATIONS: A 68-year-old woman who underwent L4-5 laminectomy three years ago returns with 8 months of recurrent pain radiating down the back of both legs to the heels, with numbness of both soles. MRI with contrast shows epidural fibrosis surrounding the L5 and S1 roots bilaterally without recurrent herniation. Six weeks of aquatic therapy and nortriptyline did not reduce the leg pain. She now sits for no more than 15 minutes and has stopped attending church because of it. Caudal approach was chosen because of the prior laminectomy.

DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was brought to the procedure suite and placed prone. The sacral area was prepped and draped in sterile fashion. The sacral hiatus was palpated and confirmed on lateral fluoroscopy. The skin was infiltrated with 2 cc of 1% lidocaine. A 20-gauge Tuohy needle was passed through the sacrococcygeal ligament into the caudal canal. Omnipaque 240, 3 cc, outlined the caudal epidural space with cephalad spread to L5 and no vascular uptake. A solution of 80 mg of Depo-Medrol (2 cc) with 8 cc of preservative-free saline was injected slowly. AP and lateral views were saved. The needle was removed.

The patient tolerated the procedure well and there were no complications. Pain 8/10 before, 5/10 after.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                  contrast=True, sedation="local")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 20), given("iohexol", 3, "ml")],
        pain=(8, 5), need=ESI_NEED, dos="2024-08-06", pos="11",
        codes=[line("62323"), line("J1010", units=80)], findings=["time_out"])

    # 8 ---------------------------------------------------------------------------------------------
    add("fbr-mbb-01", TX, """
PREOPERATIVE DIAGNOSES:
1. Lumbar spondylosis without myelopathy or radiculopathy, M47.816.
2. Lumbar disc degeneration, M51.36.

POSTOPERATIVE DIAGNOSES:
Same.

PROCEDURE PERFORMED:
Bilateral L3 and L4 medial branch and L5 dorsal ramus blocks (L4-5 and L5-S1 facet joints), diagnostic, with fluoroscopic guidance.

ANESTHESIA:
Local.

INDICATIONS:
This 66-year-old man has had axial low back pain for 2 years, worse with extension and rotation and without radiation below the knees. Neurologic examination is normal. MRI shows facet hypertrophy with effusions at L4-5 and L5-S1. Physical therapy for 10 weeks, chiropractic care and daily ibuprofen gave no lasting relief. He cannot stand at his workbench more than 20 minutes. This is the first diagnostic block.

DESCRIPTION OF PROCEDURE:
The procedure was explained and informed consent obtained. The patient was brought to the procedure suite and positioned prone. A time-out was performed. The lumbar spine was prepped and draped. Under fluoroscopy, the junction of the superior articular process and transverse process of L4 and L5 and the sacral ala were marked on each side. Each skin entry was anesthetized with 0.5 cc of 1% lidocaine, 3 cc in all. A 22-gauge spinal needle was advanced to each of the six targets: L3 medial branch, L4 medial branch and L5 dorsal ramus on the right and the same three on the left. Omnipaque 240, 0.3 cc per site, confirmed no vascular spread. Then 0.5 cc of 0.5% bupivacaine was injected at each of the six sites. Needles were removed.

The patient tolerated the procedure well with no complications. Pain was 6/10 before and 1/10 at 30 minutes. He will keep a pain diary for the next 8 hours.

D: 05/13/2025 T: 05/13/2025
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                  sedation="local")],
        drugs=[given("bupivacaine", 15), given("lidocaine", 30), given("iohexol", 1.8, "ml")],
        pain=(6, 1), need=FACET_NEED, dos="2025-05-13", pos="24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=["code_validity"],
        comment="M51.36 ended 2024-09-30 (now M51.360-M51.369): code_validity; M47.816 supports the facet block.")

    # 9 ---------------------------------------------------------------------------------------------
    add("fbr-facet-01", TX, """
PREOPERATIVE DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812), right.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Right C3-4, C4-5 and C5-6 intra-articular facet joint injections, diagnostic, under fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS: This 61-year-old woman has right-sided neck pain for 14 months, radiating to the right shoulder girdle and suboccipital region, aggravated by looking up and turning right, without arm symptoms. She failed 8 weeks of physical therapy and cyclobenzaprine; neither eased the neck pain. She can no longer reverse her car or work at a computer for more than 30 minutes. MRI shows right-sided facet arthropathy from C3-4 to C5-6.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was brought to the procedure suite and placed prone with a chest roll. Time-out completed. The posterior neck was prepped and draped. With lateral fluoroscopy, the right C3-4, C4-5 and C5-6 facet joints were identified. After skin anesthesia with 1 cc of 1% lidocaine at each entry, a 25-gauge spinal needle was advanced into the posterior aspect of each joint. Omnipaque 240, 0.2 cc per joint, showed an arthrogram at each level. Then 0.5 cc of 2% lidocaine was injected into each joint. The needles were withdrawn.
The patient tolerated the procedure well. No complications. Pre-procedure pain 5/10; post-procedure pain 1/10 with full rotation restored.
""", procs=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="right",
                  levels=["C3-C4", "C4-C5", "C5-C6"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                  sedation="local")],
        drugs=[given("lidocaine", 60), given("iohexol", 0.6, "ml")],
        pain=(5, 1), need=FACET_NEED, dos="2026-04-07", pos="22",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT"), line("64492", "KX", "RT")],
        findings=["level_limit"])

    # 10 --------------------------------------------------------------------------------------------
    add("fbr-rfa-01", TX, """
PREOPERATIVE DIAGNOSIS: Lumbar facet arthropathy, left L2-3 through L5-S1 (M47.816).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Radiofrequency ablation of the left L1, L2, L3 and L4 medial branches and left L5 dorsal ramus (left L2-3, L3-4, L4-5 and L5-S1 facet joints) under fluoroscopy.
ANESTHESIA: Local.

INDICATIONS: This 70-year-old man has left-sided low back pain for 3 years, worse with standing and extension. He failed physical therapy for 12 weeks and NSAIDs, with no improvement. He cannot stand long enough to shave and has given up yard work. Two separate diagnostic medial branch blocks at these levels gave 90% and 85% relief for the duration of the anesthetic.

DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was brought to the procedure suite and positioned prone. A time-out was performed. The left lumbar area was prepped and draped sterilely. Under fluoroscopic guidance, 18-gauge 100 mm RF cannulas with 10 mm active tips were placed parallel to the course of the left L1, L2, L3 and L4 medial branches at the junction of the superior articular process and transverse process, and along the left L5 dorsal ramus at the sacral ala. Positions were confirmed in AP, oblique and lateral views. Sensory stimulation at 50 Hz reproduced concordant back pain below 0.5 V, and motor stimulation at 2 Hz up to 2 V produced no leg contraction. Each site was anesthetized with 1 cc of 2% lidocaine, and thermal lesions were made at 80 degrees C for 90 seconds at each of the five nerves. The cannulas were removed.

The patient tolerated the procedure well without complications. Pain 7/10 before and 4/10 after.
""", procs=[proc("facet_rfa", region="lumbar", laterality="left", levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"],
                  imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(7, 4), need=SPINE_NEED, dos="2025-10-28", pos="24",
        codes=[line("64635", "LT"), line("64636", "LT", units=3)], findings=[])

    # 11 --------------------------------------------------------------------------------------------
    add("fbr-si-01", TX, """
PREOPERATIVE DIAGNOSIS: Left sacroiliitis (M46.1).
POSTOPERATIVE DIAGNOSIS: Left sacroiliitis (M46.1).
PROCEDURE PERFORMED: Diagnostic left sacroiliac joint injection with fluoroscopic guidance and arthrography.
ANESTHESIA: Local.
INDICATIONS: The patient is a 57-year-old woman with left buttock and posterior pelvic pain below L5 for 7 months, pointing to the left PSIS. FABER, thigh thrust and compression tests are positive on the left. She has done 8 weeks of pelvic stabilization therapy and takes celecoxib, but the pain has not improved. Sitting in a car longer than 20 minutes is intolerable.
DESCRIPTION OF PROCEDURE: The procedure was reviewed and informed consent signed. She was brought to the procedure suite and positioned prone. Time-out was performed. After sterile prep and drape, the inferior third of the left sacroiliac joint was aligned with contralateral oblique fluoroscopy. The skin was numbed with 2 cc of 1% lidocaine. A 22-gauge spinal needle entered the joint with a give. Omnipaque 240, 0.5 cc, produced an arthrogram of the joint without vascular spread. Then 2 cc of 0.5% bupivacaine was injected. AP and oblique images were saved. The needle was removed.
The patient tolerated the procedure well. No complications. Pre-procedure pain 6/10. Post-procedure pain 2/10 on provocative maneuvers 20 minutes later.
D: 09/16/2025  T: 09/17/2025
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="left", imaging="fluoroscopy",
                  contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 10), given("lidocaine", 20), given("iohexol", 0.5, "ml")],
        pain=(6, 2), need=SPINE_NEED, dos="2025-09-16", pos="11",
        codes=[line("27096", "LT")], findings=["percent_relief"],
        comment="Relief is only implied by the pre/post scores: percent_relief (corpora/README).")

    # 12 --------------------------------------------------------------------------------------------
    add("fbr-tpi-01", TX, """
PREOPERATIVE DIAGNOSIS: Myofascial pain syndrome, right neck and upper back (M79.18).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Trigger point injections, three muscles: right upper trapezius, right levator scapulae and right rhomboid major.
ANESTHESIA: None.
INDICATIONS: A 45-year-old office worker with right neck and shoulder blade pain for 6 months that has not responded to stretching, massage therapy and ibuprofen. Examination shows taut bands with exquisitely tender trigger points and a local twitch response in the right upper trapezius, right levator scapulae and right rhomboid major, each reproducing her referred pain toward the occiput and scapula. Pain at rest today is 7/10.
DESCRIPTION OF PROCEDURE: Verbal and written consent was obtained. The patient was brought to the procedure room and seated leaning forward. A time-out was done. Each trigger point was isolated between two fingers, the skin prepped with alcohol, and a 25-gauge 1.5-inch needle inserted into the band until a twitch was elicited. After negative aspiration 2 cc of 1% lidocaine was injected in a fanning pattern at each of the three muscles, 6 cc in all. Pressure was held and bandages applied.
The patient tolerated the procedure well, with no complications. She reported about 70% relief of her neck pain before leaving and will continue home stretching.
""", procs=[proc("trigger_point", region="cervical", sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(7, None), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-03-03", pos="11",
        codes=[line("20553")], findings=["post_procedure_pain_score"])

    # 13 --------------------------------------------------------------------------------------------
    add("fbr-gnb-01", TX, """
PREOPERATIVE DIAGNOSIS: Unilateral primary osteoarthritis, right knee (M17.11).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Right genicular nerve block (superomedial, superolateral and inferomedial genicular nerves) under fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS: This 79-year-old man has had right knee pain for 2 years with Kellgren-Lawrence grade 4 changes. He failed physical therapy, acetaminophen and two intra-articular steroid injections, none of which gave lasting benefit, and he is not a surgical candidate because of cardiac disease. He can walk only to his mailbox. The block is diagnostic before considering radiofrequency ablation.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was brought to the procedure suite and positioned supine with a bolster under the right knee. Time-out was performed. The knee was prepped and draped. Under AP and lateral fluoroscopy, targets were identified at the junctions of the femoral shaft with the medial and lateral epicondyles and of the tibial shaft with the medial tibial condyle. Each skin site received 1 cc of 1% lidocaine. A 22-gauge spinal needle was walked off bone at each target. A mixture of 6 cc of 0.5% bupivacaine and 1 cc of Celestone Soluspan 6 mg/cc was prepared and 2.3 cc was injected at each of the three nerves, using the whole mixture. Needles were removed.
The patient tolerated the procedure well. No complications. Knee pain 7/10 before and 2/10 after on stair stepping.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy",
                  intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 30), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 30)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-12-09", pos="11",
        codes=[line("64454", "RT"), line("J0702")], findings=[])

    # 14 --------------------------------------------------------------------------------------------
    add("fbr-pump-01", TX, """
DIAGNOSIS: Chronic pain syndrome (G89.4) with implanted intrathecal drug delivery system.
PROCEDURE PERFORMED: Intrathecal pump refill and reprogramming by the physician.
ANESTHESIA: None.
INDICATIONS: The patient is a 63-year-old man with failed back surgery and an intrathecal morphine pump placed four years ago, due for refill. Over the last month his leg and back pain have crept up and he is again using his cane full time; no signs of overdose or withdrawal.
DESCRIPTION OF PROCEDURE: Consent for refill and dose adjustment was obtained. Time-out performed. The pump was interrogated; reservoir volume 2.6 cc, matching the expected volume. The abdomen was prepped with chlorhexidine and the template placed over the pump. I accessed the reservoir port with a 22-gauge non-coring needle and aspirated 2.5 cc, which was discarded as waste. I then filled the reservoir with 18 cc of preservative-free morphine 25 mg/cc, checking for return every 5 cc. The needle was withdrawn. The pump was reprogrammed with a 10% increase in the daily dose, and the new alarm date was set.
The patient tolerated the refill well without complications. Next refill in 10 weeks.
""", procs=[proc("pump_refill", sedation="none")],
        drugs=[given("morphine", 450)],
        pain=(None, None), need=("diagnosis", "functional_impairment"), dos="2024-12-03", pos="11",
        codes=[line("62370")], findings=[])

    # 15 --------------------------------------------------------------------------------------------
    add("fbr-kypho-01", TX, """
PREOPERATIVE DIAGNOSIS: Osteoporotic compression fractures of L1 and L2 (M80.08XA).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Bilateral transpedicular balloon kyphoplasty, L1 and L2, under biplane fluoroscopy.
ANESTHESIA: Monitored anesthesia care provided by the anesthesiology service.

INDICATIONS: This 82-year-old woman fell at home 7 weeks ago and has severe midline back pain at the thoracolumbar junction. MRI shows acute compression fractures of L1 and L2 with marrow edema on STIR sequences and 30% loss of vertebral height at L1 and 25% at L2, without retropulsion. Six weeks of bracing, calcitonin and tramadol failed to relieve the pain; she is confined to bed and a recliner. Pain today is 9/10.

DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was brought to the procedure suite and positioned prone on bolsters. The anesthesiologist administered propofol 110 mg and fentanyl 75 mcg; anesthesia start 08:12, end 08:51. A time-out was performed. The back was prepped and draped. Under biplane fluoroscopy, the pedicles of L1 and L2 were marked bilaterally and the skin and periosteum infiltrated with 20 cc of 1% lidocaine in total. Trocars were advanced through both pedicles of L1 into the posterior third of the vertebral body, followed by drills and inflatable bone tamps. The balloons were inflated under lateral fluoroscopy with partial height restoration. Polymethylmethacrylate cement of toothpaste consistency was injected into the cavities, 3.5 cc at L1. The same steps were carried out at L2 with 3 cc of cement. No cement extravasation was seen. The cannulas were removed and pressure applied.

The patient tolerated the procedure well. No complications. In recovery, pain was 4/10.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1", "L2"],
                  imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"), dos="2026-05-19", pos="22",
        codes=[line("22514"), line("22515")], findings=[])

    # 16 --------------------------------------------------------------------------------------------
    add("fbr-h-tfesi-01", CR, """
Case Report: Transforaminal Epidural Steroid Injection for Acute L5 Radiculopathy

A 58-year-old man presented with 10 weeks of right buttock pain radiating along the lateral thigh and calf to the dorsum of the foot. Examination showed a positive straight leg raise on the right at 35 degrees, weakness of right great toe extension and reduced sensation over the right first web space. MRI of the lumbar spine demonstrated a right foraminal disc extrusion at L5-S1 compressing the exiting right L5 nerve root. He had completed six weeks of physical therapy and a course of gabapentin without improvement, and he had been unable to sit for more than 20 minutes or return to his job as a delivery driver.

After written informed consent was obtained, he underwent a right L5-S1 transforaminal epidural steroid injection in the office under fluoroscopic guidance. The skin over the right L5-S1 foramen was anesthetized with 2 mL of 1% lidocaine, and a 22-gauge spinal needle was advanced beneath the right L5 pedicle into the foramen. Injection of 1 mL of Omnipaque 180 showed spread along the L5 root into the epidural space without vascular uptake. Dexamethasone 10 mg (1 mL) was then injected. Pain on the numeric rating scale fell from 8 before the injection to 3 at 20 minutes after. There were no complications.

Results: At two weeks the patient reported pain of 2/10 and had returned to work; at three months the pain was 1/10 and the straight leg raise was negative.

Discussion: Transforaminal delivery places the steroid close to the inflamed root; nonparticulate dexamethasone was chosen to limit the risk of embolic injury.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                  levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iohexol", 1, "ml")],
        pain=(8, 3), need=ESI_NEED, dos="2024-02-12", pos="11",
        codes=[line("64483", "RT"), line("J1100", units=10)], findings=["saved_images", "time_out"],
        comment="A case report: no time-out and no saved views are mentioned.")

    # 17 --------------------------------------------------------------------------------------------
    add("fbr-h-tfesi-02", TX, """
PREOPERATIVE DIAGNOSIS: Right L4 radiculopathy (M54.16).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Left L4-5 transforaminal epidural steroid injection with fluoroscopy.
ANESTHESIA: Local.
INDICATIONS: A 49-year-old man with 3 months of right anterior thigh and medial shin pain with a diminished right knee jerk and numbness over the right medial shin. MRI shows a right foraminal disc protrusion at L4-5 compressing the exiting right L4 root. Seven weeks of physical therapy and meloxicam did not help. He has been unable to climb the stairs at his job site.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. He was brought to the procedure suite and placed prone. Time-out performed. The lumbar region was prepped and draped. The right L4-5 neural foramen was targeted under oblique fluoroscopy, the skin was anesthetized with 2 cc of 1% lidocaine, and a 22-gauge spinal needle was advanced beneath the right L4 pedicle into the foramen. Lateral view confirmed the tip in the posterior foramen. Omnipaque 240, 1 cc, outlined the right L4 root. Kenalog 40 mg (1 cc) with 1 cc of 1% preservative-free lidocaine was injected. AP and lateral images were saved. The needle was removed.
The patient tolerated the procedure well and there were no complications. Pain 7/10 before and 3/10 after.
D: 08/25/2026
T: 08/26/2026
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                  levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30), given("iohexol", 1, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2026-08-25", pos="24",
        codes=[line("64483", "RT")], findings=["laterality_conflict"],
        comment="Header says left; the indication and the needle are right: codes follow the description, "
                "laterality_conflict.")

    # 18 --------------------------------------------------------------------------------------------
    add("fbr-h-pnb-01", TX, """
PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, right shoulder (M19.011).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Right suprascapular nerve block under ultrasound guidance.
ANESTHESIA: None.
INDICATIONS: A 76-year-old woman with right shoulder pain for 18 months from glenohumeral arthritis, no longer a candidate for arthroplasty because of lung disease. Physical therapy and two intra-articular injections helped only briefly. She cannot comb her hair or reach a shelf with the right arm.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. She was brought to the procedure room and seated. A time-out was held. The right shoulder was prepped with chlorhexidine. A linear ultrasound probe in a sterile sheath was placed over the suprascapular fossa and the suprascapular nerve and artery were seen at the floor of the notch. A 22-gauge block needle was advanced in-plane from medial to lateral. After negative aspiration, 8 cc of 0.5% ropivacaine with 40 mg of triamcinolone (1 cc) was injected around the nerve with spread seen beneath the transverse scapular ligament. A representative ultrasound image was saved to the chart.
The patient tolerated the procedure well. No complications. Pain was 8/10 before and 3/10 after with overhead reach.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                  imaging="ultrasound", sedation="none")],
        drugs=[given("ropivacaine", 40), given("triamcinolone_acetonide", 40)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-02-11", pos="22",
        codes=[line("64418", "RT"), line("76942", "26")], findings=[])

    # 19 --------------------------------------------------------------------------------------------
    add("fbr-h-ilesi-01", TX, """
PREOPERATIVE DIAGNOSIS: Lumbosacral disc herniation with radiculopathy, L5-S1 (M51.17), left.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Lumbar interlaminar epidural steroid injection, L5-S1, fluoroscopically guided.
ANESTHESIA: Local.
INDICATIONS: This 55-year-old woman returns for her third lumbar epidural. She has had left buttock and posterior leg pain to the sole for 8 months, with numbness of the left small toe and a positive left straight leg raise. MRI shows a left paracentral L5-S1 herniation abutting the left S1 root. She continues to have leg pain despite 10 weeks of physical therapy and gabapentin. She has had to stop working her shifts at the store because she cannot stand for them. The previous injection helped some.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. She was brought to the procedure suite and placed prone. A time-out was performed. The lumbosacral area was prepped and draped. The L5-S1 interlaminar space was identified in AP view and the skin infiltrated with 3 cc of 1% lidocaine. A 20-gauge Tuohy needle was advanced just left of midline with loss of resistance to saline. Isovue-M 200, 2 cc, confirmed epidural spread on AP and lateral views, with no vascular or intrathecal pattern. Kenalog 80 mg (2 cc of 40 mg/cc) with 2 cc of preservative-free saline was injected. AP and lateral images were saved.
The patient tolerated the procedure well. No complications. Pain 7/10 pre-procedure and 2/10 post-procedure.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                  imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 30), given("iopamidol", 2, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2026-06-02", pos="11",
        codes=[line("62323"), line("J3301", units=8)], findings=["prior_procedure_response"],
        comment="'her third lumbar epidural' makes a repeat (no window: no frequency count); 'helped some' is no "
                "documented response.")

    # 20 --------------------------------------------------------------------------------------------
    add("fbr-h-mbb-01", TX, """
PREOPERATIVE DIAGNOSIS: Cervical facet arthropathy, right C5-6 and C6-7 (M47.812).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Second (confirmatory) diagnostic right C5, C6 and C7 medial branch blocks, for the right C5-6 and C6-7 facet joints, under fluoroscopy.
ANESTHESIA: Local.
INDICATIONS: This 63-year-old woman has had right lower neck pain for 11 months, radiating over the right trapezius without arm symptoms and worse with extension. She has completed physical therapy and takes meloxicam. She can no longer turn to check her blind spot while driving. MRI shows right facet hypertrophy at C5-6 and C6-7. Her first diagnostic medial branch block at these levels gave 85% relief for 6 hours.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was brought to the procedure suite and positioned prone. Time-out done. The neck was prepped and draped. On lateral fluoroscopy, the centroids of the right C5, C6 and C7 articular pillars were identified. After 0.5 cc of 1% lidocaine at each skin entry, a 25-gauge needle was advanced to each target and position confirmed in AP view. At each of the three medial branches 0.5 cc of 0.5% bupivacaine was injected. The needles were removed.
The patient tolerated the procedure well without complications. Pain 6/10 before and 1/10 at 30 minutes.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                  levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 7.5), given("lidocaine", 15)],
        pain=(6, 1), need=minus(FACET_NEED, "conservative_care"), dos="2025-11-04", pos="11",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["conservative_care"],
        comment="Care is only listed ('completed physical therapy and takes meloxicam'), no outcome: "
                "conservative_care (corpora/README).")

    # 21 --------------------------------------------------------------------------------------------
    add("fbr-h-facet-01", TX, """
PREOPERATIVE DIAGNOSIS: Lumbosacral spondylosis without radiculopathy (M47.817), bilateral L4-5 and L5-S1.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Bilateral L4-5 and L5-S1 intra-articular facet joint injections, therapeutic, with fluoroscopy.
ANESTHESIA: Local.
INDICATIONS: This 72-year-old woman has axial low back pain for 4 years, worse with standing and twisting. She did 3 months of physical therapy and took diclofenac with no improvement. She can no longer stand to cook or garden. Two diagnostic medial branch blocks gave 85% and 90% relief. She is not a candidate for radiofrequency ablation because of a cardiac device, so therapeutic intra-articular injections are planned.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was brought to the procedure suite and positioned prone. A time-out was performed. The lumbar spine was prepped and draped. Under oblique fluoroscopy, the L4-5 and L5-S1 facet joints were visualized on the right and then on the left. Skin at each entry was numbed with 1 cc of 1% lidocaine. A 22-gauge spinal needle entered each of the four joints. At each joint 0.5 cc of triamcinolone 40 mg/cc (20 mg) mixed with 0.5 cc of 0.25% bupivacaine was injected. The needles were withdrawn.
Pain was 6/10 before the injections and 2/10 afterward. She was discharged home with her daughter.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 5), given("lidocaine", 40)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-02-10", pos="11", complications=None,
        codes=[line("64493", "50"), line("64494", "50"), line("J3301", units=8)], findings=["complications"])

    # 22 --------------------------------------------------------------------------------------------
    add("fbr-h-rfa-01", CR, """
Repeat Cervical Medial Branch Radiofrequency Neurotomy: A Case Report

A 66-year-old woman with 3 years of axial neck pain from right C4-5 and C5-6 facet arthropathy (M47.812) was seen for a repeat procedure. Her pain worsened when looking over her right shoulder, and she had stopped driving on the highway because she could not check traffic. Physical therapy and tizanidine had not controlled the pain. Two diagnostic medial branch blocks had given 90% and 80% relief, and a right C4-5 and C5-6 radiofrequency neurotomy 14 months earlier had given 70% relief lasting 9 months.

After informed consent and a time-out, she was placed prone and given moderate sedation with intravenous midazolam. Under fluoroscopic guidance, 20-gauge RF cannulas were placed along the right C4, C5 and C6 medial branches at the waists of the articular pillars, confirmed in lateral and AP views. Sensory testing reproduced her neck pain below 0.6 V and motor testing showed no upper limb contraction at 2 V. After injection of 0.5 mL of 2% lidocaine at each nerve, thermal lesions were made at 80 C for 90 seconds. She tolerated the procedure well with no complications. Pain was 7/10 before and 3/10 after.

Results: At 6 weeks she reported 75% relief, pain of 2/10, and had resumed highway driving.
""", procs=[proc("facet_rfa", region="cervical", laterality="right", levels=["C4-C5", "C5-C6"],
                  imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 30), given("midazolam", None)],
        pain=(7, 3), need=SPINE_NEED, dos="2025-06-24", pos="24",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["sedation_details"],
        comment="Moderate sedation without dose, times, observer or reason: sedation_details (no 99152). Repeat RFA "
                "with 70% for 9 months (>= 180 days): no prior_procedure_response.")

    # 23 --------------------------------------------------------------------------------------------
    add("fbr-h-sinb-01", TX, """
PREOPERATIVE DIAGNOSIS: Left sacroiliitis (M46.1).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Left L5 dorsal ramus and S1, S2 and S3 lateral branch blocks (nerves to the left sacroiliac joint) under fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS: This 60-year-old man has left sacroiliac joint pain for 2 years. A fluoroscopic left SI joint injection last year gave 90% relief for 5 hours. Physical therapy and naproxen have failed. He cannot sit through a movie. These lateral branch blocks are done to select him for radiofrequency ablation.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was brought to the procedure suite and positioned prone. Time-out was performed. After sterile prep and drape, the left L5 dorsal ramus was targeted at the junction of the sacral ala and the S1 superior articular process, and the S1, S2 and S3 lateral branches at the lateral margins of the left posterior sacral foramina, each under AP fluoroscopy. The skin at each site received 1 cc of 1% lidocaine. At each of the four targets 0.5 cc of 0.5% bupivacaine was injected. The needles were removed.
The patient tolerated the procedure well without complications. Pain was 7/10 before the block and 2/10 after.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="left",
                  imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 10), given("lidocaine", 40)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-09-15", pos="24",
        codes=[line("64451", "LT")], findings=[])

    # 24 --------------------------------------------------------------------------------------------
    add("fbr-h-sirfa-01", TX, """
PREOPERATIVE DIAGNOSIS: Right sacroiliitis (M46.1).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Cooled radiofrequency ablation of the right L5 dorsal ramus and S1-S3 lateral branches (right sacroiliac joint).
ANESTHESIA: Local.
INDICATIONS: This 67-year-old woman has right sacroiliac joint pain for 3 years. Two lateral branch blocks each gave 80% relief. Physical therapy and NSAIDs failed. She cannot walk a full aisle of the grocery store.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was brought to the procedure suite and positioned prone. A time-out was performed. The sacral area was prepped and draped. Under fluoroscopic guidance, 17-gauge introducers were placed at the right L5 dorsal ramus and lateral to the right S1, S2 and S3 posterior foramina. Each site was anesthetized with 1 cc of 2% lidocaine. Cooled radiofrequency probes were inserted and lesions made at 60 degrees C for 150 seconds at each position. The introducers were removed.
The patient tolerated the procedure well. No complications. Pain 6/10 before and 3/10 after.
""", procs=[proc("si_joint_rfa", region="sacroiliac", laterality="right", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 80)],
        pain=(6, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-08-19", pos="22",
        codes=[line("64625", "RT")], findings=[])

    # 25 --------------------------------------------------------------------------------------------
    add("fbr-h-grfa-01", TX, """
PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, left knee (M17.12).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Left genicular nerve radiofrequency ablation (superomedial, superolateral and inferomedial) under fluoroscopy.
ANESTHESIA: Local.
INDICATIONS: A 74-year-old man with left knee pain for 5 years and advanced tricompartmental arthritis. He declined knee replacement. Physical therapy, a cane and hyaluronic acid injections no longer help. A diagnostic left genicular nerve block gave 80% relief for 8 hours.
DESCRIPTION OF PROCEDURE: The patient was brought to the procedure suite and positioned supine with the left knee slightly flexed. A time-out was performed. The knee was prepped and draped. Under AP and lateral fluoroscopy, RF cannulas were placed at the superomedial, superolateral and inferomedial genicular targets. Sensory stimulation reproduced concordant pain and motor testing was negative. Each site received 2 cc of 1% lidocaine, and thermal lesions were made at 80 degrees C for 90 seconds. The cannulas were removed.
The patient tolerated the procedure well without complications. Pain 6/10 before and 3/10 after.
""", procs=[proc("genicular_rfa", region="knee", laterality="left", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-10-06", pos="11",
        consent=False, codes=[line("64624", "LT")], findings=["consent"])

    # 26 --------------------------------------------------------------------------------------------
    add("fbr-h-onb-01", TX, """
PREOPERATIVE DIAGNOSIS: Occipital neuralgia, bilateral (M54.81).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Bilateral greater occipital nerve blocks, landmark technique, no imaging.
ANESTHESIA: None.
INDICATIONS: This 48-year-old woman has shooting pain from the base of the skull to the vertex on both sides for 9 months, with tenderness over both greater occipital nerves and a positive Tinel sign. Amitriptyline and physical therapy have not helped.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. She was brought to the procedure room and seated with the neck flexed. A time-out was performed. The occipital artery was palpated on each side one-third of the way from the occipital protuberance to the mastoid. After alcohol prep, a 25-gauge needle was advanced to the occiput just medial to the artery on the right and withdrawn slightly. After negative aspiration, 2 cc of 0.5% bupivacaine and 0.5 cc of Kenalog 40 mg/cc (20 mg) were injected. The same was repeated on the left with 2 cc of 0.5% bupivacaine and 20 mg of Kenalog.
The patient tolerated the procedure well with no complications. Her head pain was 2/10 fifteen minutes after the injections.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                  imaging="none", sedation="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(None, 2), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2025-04-15", pos="11",
        codes=[line("64405", "50"), line("J3301", units=4)], findings=["pre_procedure_pain_score"])

    # 27 --------------------------------------------------------------------------------------------
    add("fbr-h-stellate-01", TX, """
PREOPERATIVE DIAGNOSIS: Complex regional pain syndrome type I of the left upper limb (G90.512).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Left stellate ganglion block under fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS: This 44-year-old woman developed burning pain, swelling, color change and allodynia of the left hand after a distal radius fracture 5 months ago. Occupational therapy and gabapentin have not controlled it. She cannot use the left hand to dress.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was brought to the procedure suite and positioned supine with the neck slightly extended. A time-out was performed. The left anterior neck was prepped and draped. Under AP fluoroscopy, the junction of the left C6 transverse process and vertebral body was identified, and the skin was infiltrated with 1 cc of 1% lidocaine. A 25-gauge needle was advanced to bone and withdrawn 2 mm. Omnipaque 240, 1 cc, spread along the prevertebral fascia without vascular uptake. Then 8 cc of 0.25% bupivacaine was injected in divided doses with frequent aspiration. A left Horner syndrome developed and left hand skin temperature rose from 29 to 34 degrees C.
The patient tolerated the procedure well. No complications. Pain was 7/10 before and 3/10 after.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                  imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("bupivacaine", 20), given("lidocaine", 10), given("iohexol", 1, "ml")],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2024-05-21", pos="24",
        codes=[line("64510"), line("77002", "26")], findings=[])

    # 28 --------------------------------------------------------------------------------------------
    add("fbr-h-scs-01", CR, """
Spinal Cord Stimulator Trial in Failed Back Surgery Syndrome: A Case Report

A 61-year-old woman presented with failed back surgery syndrome (M96.1) after an L4-S1 fusion, with 4 years of low back and bilateral leg pain. Physical therapy, gabapentin, duloxetine and two epidural injections had not relieved her pain, and she could walk less than one block. A psychological evaluation by a pain psychologist found no contraindication and cleared her for a trial.

After informed consent and a time-out, she was positioned prone. The skin and tract at T12-L1 were infiltrated with 10 mL of 1% lidocaine. Two 8-contact percutaneous leads were introduced through 14-gauge Tuohy needles using a paramedian approach and steered under fluoroscopy to the top of T8 and the middle of T8, just to the left and right of midline. Intraoperative testing produced paresthesia covering both legs and the low back. The leads were anchored to the skin and connected to an external generator. There were no complications. Pain was 8/10 before the procedure and 3/10 in recovery with stimulation.

Results: Over the 7-day trial she reported 65% relief and walked a quarter mile; she proceeded to permanent implantation.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-01-28", pos="22",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    # 29 --------------------------------------------------------------------------------------------
    add("fbr-h-scsimp-01", TX, """
PREOPERATIVE DIAGNOSIS: Failed back surgery syndrome (M96.1) with chronic bilateral leg pain.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: 1. Percutaneous placement of two spinal cord stimulator leads. 2. Placement of implantable pulse generator, left flank. 3. Fluoroscopic guidance.
ANESTHESIA: Monitored anesthesia care by the anesthesiology team.
INDICATIONS: This 57-year-old man has had back and bilateral leg pain for 5 years after an L5-S1 laminectomy and fusion. Physical therapy, medications and epidural injections failed to provide relief. His recent 7-day stimulator trial gave 70% relief of leg pain and he was able to return to part-time work.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was brought to the operating room and placed prone. The anesthesiology team gave propofol 150 mg and fentanyl 100 mcg; start 07:40, stop 08:42. A time-out was performed. The back and left flank were prepped and draped. The skin was anesthetized with 20 cc of 1% lidocaine. Two Tuohy needles were placed into the epidural space at T12-L1 under fluoroscopy, and two percutaneous 8-contact leads were advanced to T8 and T9. Testing reproduced the trial coverage. The leads were anchored to the fascia and tunneled to a pocket in the left flank where the pulse generator was connected and placed. Wounds were irrigated and closed in layers.
The patient tolerated the procedure well. There were no complications.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 200)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-03-25", pos="24",
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=["indication"],
        comment="No psychological evaluation is mentioned (scs.psychological_evaluation, element indication).")

    # 30 --------------------------------------------------------------------------------------------
    add("fbr-h-hip-01", TX, """
PREOPERATIVE DIAGNOSIS: Unilateral primary osteoarthritis, left hip (M16.12).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Left hip intra-articular injection under fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS: This 69-year-old woman has left groin pain for a year with moderate joint space narrowing on radiographs. Physical therapy and naproxen have not helped, and she limps after walking a block.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. She was brought to the procedure suite and positioned supine. A time-out was performed. The left groin was prepped and draped. The femoral head-neck junction was marked under AP fluoroscopy, lateral to the femoral vessels. The skin was anesthetized with 2 cc of 1% lidocaine. A 22-gauge spinal needle was advanced to bone at the femoral head-neck junction. Omnipaque 300, 2 cc, showed an arthrogram. Then 40 mg of triamcinolone (1 cc) with 4 cc of 0.5% ropivacaine was injected. The needle was removed.
The patient tolerated the procedure well. No complications. Pain was 8/10 before and 2/10 after.
""", procs=[proc("joint_injection", target="hip", region="hip", laterality="left", imaging="fluoroscopy",
                  contrast=True, sedation="local")],
        drugs=[given("triamcinolone_acetonide", 40), given("ropivacaine", 20), given("lidocaine", 20),
               given("iohexol", 2, "ml")],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-11-10", pos="22",
        codes=[line("20610", "LT"), line("77002", "26")], findings=[])
