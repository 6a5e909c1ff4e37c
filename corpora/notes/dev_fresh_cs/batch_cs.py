"""Sealed batch `dev_fresh_cs` (`fcs-*`): 30 notes in the style of published transcription samples.

All-caps headers, long transcribed narrative paragraphs, dictation artefacts. The gold of each note was
labelled from its text by the conventions of `corpora/README.md` before anyone ran Painpoint on it.
`fcs-*` are template-like operative reports; `fcs-h-*` are longer dictated narratives.
"""

SAMPLE = "sample_headers"
DICT = "sample_dictated"


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, minus)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:
    add("fcs-tfesi-01", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Left L5 radiculopathy (M54.17).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance.

SURGEON: Attending physician.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 58-year-old man with a 4-month history of low back pain radiating into the left buttock, posterolateral thigh and calf, and onto the dorsum of the left foot, with numbness over the great toe. On examination straight leg raise on the left reproduces the leg pain at 40 degrees and great toe extension is 4+/5 on the left. MRI of the lumbar spine shows a left foraminal disc protrusion at L5-S1 narrowing the left neural foramen and contacting the exiting left L5 nerve root. He completed 8 weeks of supervised physical therapy and a course of meloxicam and gabapentin without meaningful improvement. The pain keeps him from standing at his workbench for more than 15 minutes and he can no longer walk his dog around the block. He wishes to proceed.

DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives of the procedure, including infection, bleeding, nerve injury, headache and no relief, were explained and written consent was obtained. The patient was brought to the fluoroscopy suite and placed in the prone position. The lumbosacral area was prepped with chlorhexidine and draped in the usual sterile fashion. A time-out was performed confirming the patient, the procedure and the left side. Pain score before the injection was 7/10. The left L5-S1 foramen was identified under oblique fluoroscopy. The skin and subcutaneous tissue were anesthetized with 3 mL of 1% lidocaine. A 22-gauge 3.5-inch spinal needle was advanced under intermittent fluoroscopy toward the safe triangle beneath the left L5 pedicle. Lateral view confirmed the needle tip in the posterior foramen. After negative aspiration, 1.5 mL of Omnipaque 240 was injected under live fluoroscopy showing spread along the left L5 nerve root and into the epidural space, with no vascular or intrathecal pattern. Dexamethasone 10 mg (1 mL) was then injected slowly. The needle was flushed and removed. AP and lateral images were saved to the permanent record.

FINDINGS: Contrast outlined the exiting left L5 root with medial epidural flow.

ESTIMATED BLOOD LOSS: None.

SPECIMENS: None.

COMPLICATIONS: None.

DISPOSITION: The patient tolerated the procedure well. Pain score after the injection was 2/10 with some numbness in the left foot. He was discharged home in stable condition with written instructions and will follow up in clinic in 2 weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                  levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("J1100", units=10)], findings=[],
        dos="2026-02-17", pos="11")

    add("fcs-tfesi-02", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Lumbar disc herniation with radiculopathy (M51.16).

POSTOPERATIVE DIAGNOSIS: Same as preoperative diagnosis.

PROCEDURE PERFORMED: Bilateral L4-5 transforaminal epidural steroid injection with fluoroscopic guidance and epidurography.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: This 66-year-old woman has had pain in the low back and both legs, worse on the right, for about 7 months. She describes burning pain wrapping around the front of both shins to the medial ankles, with a positive femoral stretch on the right and diminished right patellar reflex. MRI shows a broad-based L4-L5 disc herniation with bilateral foraminal narrowing, more severe on the right, compressing both exiting L4 roots. She went through 10 weeks of physical therapy and a home exercise program, which did not relieve the leg pain, and she could not tolerate tramadol because of nausea. She now cannot walk more than one block or stand long enough to cook a meal.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after a discussion of the risks and benefits. The patient was taken to the procedure room and placed prone on the fluoroscopy table. The low back was prepped and draped in sterile fashion. A time-out was completed. Pre-procedure pain was rated 8/10. Using oblique fluoroscopic views, the right L4-5 foramen was identified and the skin was anesthetized with 1% lidocaine, 2 mL. A 22-gauge spinal needle was advanced to the superior aspect of the foramen. Omnipaque 180, 1 mL, showed a clean perineural and epidural spread without vascular uptake. A mixture of 20 mg of triamcinolone (Kenalog 0.5 mL) and 1 mL of 0.25% bupivacaine was injected. The same procedure was then carried out on the left at L4-5 with 2 mL of 1% lidocaine for the skin, 1 mL of Omnipaque 180 and the same mixture of 20 mg triamcinolone and 1 mL of 0.25% bupivacaine. An image was saved.

ESTIMATED BLOOD LOSS: Minimal.

SPECIMENS: None.

COMPLICATIONS: None.

DISPOSITION: After the procedure her pain was 3/10. She was observed for 20 minutes and discharged ambulatory with her husband.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                  levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "50")], findings=["saved_images"],
        dos="2025-06-09", pos="22")

    add("fcs-tfesi-03", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Cervical radiculopathy, right C7 (M54.12).
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Repeat right C6-C7 transforaminal epidural steroid injection under fluoroscopy.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 49-year-old woman with right neck and arm pain for the past 14 months, radiating over the back of the right arm into the middle finger, with paresthesias and a diminished right triceps reflex. MRI of the cervical spine demonstrates right uncovertebral hypertrophy at C6-7 with moderate to severe right foraminal stenosis. Physical therapy for 6 weeks and a trial of nortriptyline failed to control the arm pain. The pain interferes with her work as a hairdresser; she cannot hold her arm up for more than a few minutes. Her last right C6-C7 transforaminal injection in the spring gave 70% relief lasting about five months, and the pain has now returned.

DESCRIPTION OF PROCEDURE: The procedure, risks and benefits were reviewed and the patient signed the consent form. She was placed supine with the head rotated slightly to the left, prepped and draped in the usual sterile manner. Universal protocol was followed with a time-out before the start. Pain before the procedure was 6/10. Under oblique fluoroscopy the right C6-7 foramen was visualized. The skin was anesthetized with 1 mL of 1% lidocaine. A 25-gauge 2.5-inch blunt-tip needle was advanced to the posterior aspect of the foramen overlying the superior articular process. AP view confirmed the tip did not pass the midpoint of the articular pillar. Under live fluoroscopy with digital subtraction, 0.5 mL of Isovue-M 200 outlined the right C7 nerve root with no vascular uptake. Dexamethasone 4 mg in 1 mL was then injected. Oblique and AP images were stored.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: Post procedure pain 1/10. She was discharged in good condition.

D: 11/05/2024  T: 11/06/2024
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                  levels=["C6-C7"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 10), given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 1), need=ESI_NEED, codes=[line("64479", "RT")], findings=[], dos="2024-11-05", pos="24",
        comment="Repeat with a documented response (70% for about five months): no prior_procedure_response.")

    add("fcs-h-tfesi-01", DICT, """
PREOPERATIVE DIAGNOSIS: Lumbar radiculopathy (M54.16).

POSTOPERATIVE DIAGNOSIS: Lumbar radiculopathy (M54.16).

PROCEDURE PERFORMED: Right L4-5 and L5-S1 transforaminal epidural steroid injection.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: This is a 71-year-old gentleman who has had low back pain with pain shooting down the lateral left thigh and leg to the top of the left foot for about 5 months. He has a positive straight leg raise on the left and decreased sensation in the left L5 dermatome. His MRI dated in the summer showed multilevel degenerative change with left foraminal stenosis at L4-5 and L5-S1 from facet hypertrophy and a left foraminal protrusion at L5-S1. He did physical therapy twice a week for 2 months with no improvement in the leg pain, and diclofenac upset his stomach. He has had to give up golf and he is not able to walk through the grocery store without sitting down.

DESCRIPTION OF PROCEDURE: The procedure as well as its risks and benefits was explained to the patient and he gave his written consent. The patient was brought to the fluoroscopy suite and placed in the prone position with a pillow under the abdomen. The area was prepped and draped in the usual sterile fashion. A time-out was taken and all members of the team agreed. Pain score was 6/10 before the procedure. Under fluoroscopic guidance, the left L4-5 neural foramen was identified in the oblique view and the skin was infiltrated with 1% lidocaine, 2 mL. A 22-gauge Quincke needle was advanced to the six o'clock position under the left L4 pedicle. The same was done at the left L5-S1 foramen under the left L5 pedicle with another 2 mL of 1% lidocaine. Needle position on the left at both levels was confirmed in the AP and lateral views, and Omnipaque 300, 1 mL at each level, showed spread along the left L4 and left L5 nerve roots into the epidural space without vascular runoff. At each level 1 mL of Celestone Soluspan 6 mg/mL mixed with 1 mL of 0.2% ropivacaine was injected. Needles were removed intact. AP and lateral fluoroscopic images were saved for the record.

ESTIMATED BLOOD LOSS: Less than 1 mL.

COMPLICATIONS: No complications.

DISPOSITION: The patient tolerated the procedure well, the pain score afterwards was 2/10, and he was discharged home ambulatory.

Dictated but not read.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("ropivacaine", 4)],
        pain=(6, 2), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT"), line("J0702", units=2)], findings=["laterality_conflict"],
        dos="2025-09-23", pos="11",
        comment="Header says right, the description puts every needle on the left: codes follow the description "
                "(LT) and the difference is a laterality_conflict.")

    add("fcs-ilesi-01", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: L5-S1 interlaminar epidural steroid injection with fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 74-year-old man with over a year of low back pain and aching, heaviness and tingling down the backs of both legs when he walks, relieved by sitting and leaning forward. MRI shows severe central canal stenosis at L4-5 and moderate stenosis at L5-S1 from ligamentum flavum hypertrophy and a disc bulge, with bilateral lateral recess narrowing. He has been in physical therapy for 3 months and takes acetaminophen and gabapentin, and his walking tolerance has not improved. He can only walk about 100 yards before he has to stop and cannot stand in line at the bank.

DESCRIPTION OF PROCEDURE: After a full explanation of risks and benefits, informed consent was signed. The patient was placed prone on the fluoroscopy table. The lumbar area was prepped with Betadine and draped in sterile fashion. A time-out was performed. Pain level prior to the procedure was 7/10. The L5-S1 interlaminar space was identified under AP fluoroscopy and the skin was anesthetized with 3 mL of 1% lidocaine. A 20-gauge Tuohy needle was advanced in a paramedian approach slightly to the right of midline using loss of resistance to saline. Lateral fluoroscopy confirmed the needle tip in the posterior epidural space. Omnipaque 240, 2 mL, showed a good epidurogram spreading cephalad and bilaterally without intrathecal or vascular uptake. Then 80 mg of Depo-Medrol with 2 mL of preservative-free 1% lidocaine and 2 mL of normal saline was injected without resistance. AP and lateral images were saved. The needle was withdrawn and a bandage applied.

ESTIMATED BLOOD LOSS: None.

SPECIMENS: None.

COMPLICATIONS: None.

DISPOSITION: Pain level 3/10 after the injection. Discharged home in stable condition.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                  imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 50), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("J1040")], findings=[], dos="2023-10-17", pos="11")

    add("fcs-h-ilesi-01", DICT, """
PREOPERATIVE DIAGNOSIS: Cervical radiculopathy (M54.12).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Cervical epidural steroid injection, C7-T1 interlaminar approach, under fluoroscopy.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 55-year-old female office manager who has had neck pain with pain radiating into the left shoulder blade and down the outside of the left forearm into the thumb and index finger for the past 5 months. Spurling's maneuver on the left reproduces the arm pain and the left biceps reflex is diminished. Prior treatment has included a course of physical therapy in the spring and gabapentin 300 mg three times daily. Cervical MRI shows a left paracentral disc osteophyte complex at C5-6 with left foraminal narrowing. She is unable to work at her computer for more than 20 minutes at a time and wakes from sleep with arm pain most nights.

DESCRIPTION OF PROCEDURE: I explained the nature of the procedure and the risks including dural puncture, headache, infection, bleeding and nerve injury; all questions were answered and she signed the consent. She was brought back to the procedure room and positioned prone with her forehead on a foam rest. The lower cervical and upper thoracic area was prepped with chlorhexidine times 3 and draped in the usual sterile fashion. A time-out was called and the patient, procedure and level were verified. She rated her pain 7/10 before we started. The C7-T1 interspace was identified with AP fluoroscopy and the skin was numbed with 2 mL of 1% lidocaine. A 20-gauge Tuohy needle was advanced slightly left of midline under intermittent lateral and contralateral oblique views and the epidural space was entered at C7-T1 with loss of resistance to saline. Isovue-M 300, 1 mL, was injected and showed epidural spread extending up to C5 with left-sided predominance and no vascular or subarachnoid pattern. We then injected dexamethasone 10 mg diluted with 2 mL of preservative-free normal saline. Final contralateral oblique and AP images were saved. The needle was removed intact.

ESTIMATED BLOOD LOSS: Negligible.

COMPLICATIONS: None.

DISPOSITION: She tolerated the procedure well with no complications. After the injection her pain was 3/10. She was discharged to home with her daughter.

cc: Referring physician
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                  imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 20), given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), codes=[line("62321")],
        findings=["conservative_care"], dos="2026-04-14", pos="22",
        comment="PT and gabapentin are only listed, with neither length nor outcome: conservative_care.")

    add("fcs-h-ilesi-02", DICT, """
PREOPERATIVE DIAGNOSIS: Thoracic radiculopathy (M54.14).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: T9-T10 interlaminar epidural steroid injection under fluoroscopy with moderate sedation.

ANESTHESIA: Local and moderate sedation.

INDICATIONS FOR PROCEDURE: The patient is a 62-year-old man with 6 months of burning, band-like pain wrapping from the right mid back around the right chest wall to below the nipple line, in a T10 distribution, with hyperesthesia to light touch along that band. Thoracic MRI shows a right paracentral disc protrusion at T9-10 abutting the right T10 root. He has completed 6 weeks of physical therapy and took pregabalin for 2 months with no lasting relief. He cannot sleep on his right side, cannot sit through a full workday and has stopped doing yard work.

DESCRIPTION OF PROCEDURE: Risks, benefits and alternatives were explained and the patient gave written informed consent. He has marked needle anxiety and had a vasovagal episode during a previous dental injection, so moderate sedation was planned to allow him to hold still for a thoracic epidural. He was brought to the procedure suite, placed prone and monitored with pulse oximetry, blood pressure and ECG. A time-out was performed. Pain before the procedure was 8/10. Moderate sedation was administered by me with midazolam 2 mg IV and fentanyl 50 mcg IV, with an independent trained observer, the procedure nurse, monitoring the patient throughout; sedation start time 10:02 and end time 10:20, for a total of 18 minutes of intraservice time. The mid thoracic area was prepped and draped in the usual sterile fashion. The T9-10 interlaminar space was identified under AP fluoroscopy and the skin was anesthetized with 2 mL of 1% lidocaine. An 18-gauge Tuohy needle was advanced right paramedian under contralateral oblique views and the epidural space was entered with loss of resistance to saline. Omnipaque 240, 1.5 mL, demonstrated epidural spread over T8 to T11 without intrathecal or vascular uptake. Then 40 mg of triamcinolone was injected with 2 mL of normal saline. AP and contralateral oblique images were saved. The needle was removed.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: The patient was awake and conversant at the end of the procedure. Post-procedure pain 2/10. He was discharged home with his wife after meeting recovery criteria.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                  imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 50, "mcg"), given("lidocaine", 20), given("iohexol", 1.5, "ml"),
               given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=ESI_NEED, codes=[line("62321"), line("99152")], findings=[], dos="2025-01-28", pos="24",
        comment="Moderate sedation by the proceduralist with agents, doses, times, observer, 18 minutes and a "
                "justification: 99152 alone (under 23 minutes).")

    add("fcs-caudal-01", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Post-laminectomy syndrome (M96.1) with bilateral leg pain.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Caudal epidural steroid injection with fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 68-year-old woman who underwent an L4 to S1 laminectomy several years ago and has had recurrent low back pain radiating into both posterior thighs and calves with intermittent numbness of both feet for the past 9 months. MRI with and without contrast shows postoperative epidural fibrosis surrounding the L5 and S1 roots bilaterally without recurrent disc herniation. She has tried 8 weeks of aquatic therapy and duloxetine, neither of which reduced the leg pain. She is no longer able to walk her usual mile and has difficulty getting through a church service sitting.

DESCRIPTION OF PROCEDURE: The risks and benefits of the procedure were discussed and informed consent was obtained. The patient was placed prone with a pillow under the pelvis. The sacral area was prepped and draped in the usual sterile fashion. A time-out was performed. Her pain score was 8/10 before the procedure. The sacral hiatus was palpated and confirmed with lateral fluoroscopy. The skin was anesthetized with 2 mL of 1% lidocaine. A 20-gauge Tuohy needle was advanced through the sacrococcygeal ligament into the caudal canal. Omnipaque 240, 3 mL, showed epidural spread up to the L5 level bilaterally without vascular uptake. A solution of 80 mg of Kenalog, 4 mL of 0.25% bupivacaine and 5 mL of preservative-free saline was injected slowly. Two single-dose 1 mL vials of Kenalog-40 were used in full and nothing was discarded. AP and lateral images were saved.

ESTIMATED BLOOD LOSS: None.

SPECIMENS: None.

COMPLICATIONS: None.

DISPOSITION: The patient was monitored in recovery and discharged home in stable condition.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                  sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80),
               given("bupivacaine", 10)],
        pain=(8, None), need=ESI_NEED, codes=[line("62323"), line("J3301", "JZ", units=8)],
        findings=["post_procedure_pain_score"], dos="2026-07-08", pos="11")

    add("fcs-h-caudal-01", DICT, """
PREOPERATIVE DIAGNOSIS:
1. Lumbar spinal stenosis with neurogenic claudication (M48.062).
2. Chronic low back pain.

POSTOPERATIVE DIAGNOSIS: Same as above.

PROCEDURE: Caudal epidural steroid injection with epidurogram under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is an 81-year-old man who is not a surgical candidate because of cardiac disease. He has had low back pain with cramping pain and heaviness in both legs on walking for roughly 2 years, worse over the last 3 months. MRI of the lumbar spine shows multilevel spondylosis with moderate to severe central stenosis at L3-4 and L4-5 and a grade 1 anterolisthesis at L4-5. Because of prior surgery at L4-5 with a fusion, an interlaminar approach is not advisable and the caudal route was chosen. He went through 6 weeks of physical therapy last year and still has leg pain with walking, and he takes acetaminophen with only partial help. His walking is limited to about half a block with a cane and he needs help with shopping.

DESCRIPTION OF PROCEDURE: The procedure, including risks of bleeding, infection, nerve injury and no relief, was discussed and the patient signed the consent form. He was brought to the procedure room and positioned prone. The sacral region was prepped with chlorhexidine and draped in the usual sterile fashion. A time-out was performed to verify the correct patient and procedure. The patient reported a pain score of 6/10 prior to the procedure. Under lateral fluoroscopy the sacral hiatus was identified and the overlying skin was infiltrated with 1% lidocaine, 3 mL. A 3.5-inch 20-gauge Tuohy needle was advanced into the sacral canal. After negative aspiration, 5 mL of Omnipaque 180 produced a satisfactory epidurogram with spread to L4 and filling of the sacral and lower lumbar nerve root sleeves on both sides, without vascular uptake. A mixture of Depo-Medrol 80 mg and 8 mL of preservative-free normal saline was then injected. Lateral and AP images were saved to PACS. The needle was removed.

FINDINGS: Good caudal epidural spread to the L4 level.

ESTIMATED BLOOD LOSS: Minimal.

COMPLICATIONS: None.

DISPOSITION: The patient tolerated the procedure well, with a post procedure pain score of 3/10, and was discharged home with his son.

T: 02/14/2024
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                  sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 3), need=ESI_NEED, codes=[line("62323")], findings=[], dos="2024-02-13", pos="22",
        comment="6 weeks of PT with pain persisting ('still has leg pain') counts as failed care of 4 weeks or more; "
                "the uncoded 'Chronic low back pain' line beside a valid M48.062 raises no diagnosis finding.")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:
    add("fcs-mbb-01", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Bilateral L3, L4 medial branch and L5 dorsal ramus blocks (L4-5 and L5-S1 facet joints), diagnostic, under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 63-year-old man with axial low back pain across the belt line for more than 2 years, worse with extension and rotation and with prolonged standing, without radiation below the knees. Examination shows paraspinal tenderness over the lower lumbar facets bilaterally and pain on facet loading. Lumbar MRI shows facet arthropathy with hypertrophy at L4-5 and L5-S1 bilaterally. He completed 12 weeks of physical therapy with a core program and has taken naproxen daily, and his back pain remains unchanged. He cannot stand for more than 15 minutes or lift his grandchildren. These blocks are performed as the first diagnostic block to evaluate candidacy for radiofrequency ablation.

DESCRIPTION OF PROCEDURE: The procedure and its risks were explained and the patient signed informed consent. He was placed prone on the fluoroscopy table. The lumbar area was prepped and draped in the usual sterile fashion. A time-out was performed. Baseline pain score before the block was 6/10. Using fluoroscopy, the junction of the superior articular process and transverse process of L4 and L5 and the sacral ala were identified bilaterally. No skin local was used so as not to confound the block. At each of the six target points a 22-gauge spinal needle was advanced under oblique and AP fluoroscopy to bony contact, and after negative aspiration 0.5 mL of 0.5% bupivacaine was injected, for a total of 3 mL. The needles were removed.

ESTIMATED BLOOD LOSS: None.

SPECIMENS: None.

COMPLICATIONS: None.

DISPOSITION: The patient was asked to perform his provocative activities. At 30 minutes his pain was 1/10, more than 80% relief. A pain diary was given. He was discharged in stable condition.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2025-03-04", pos="11")

    add("fcs-h-mbb-01", DICT, """
PREOPERATIVE DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Right C4, C5 and C6 medial branch blocks, diagnostic, under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: This is a 57-year-old woman with right-sided neck pain for about 18 months that radiates to the right shoulder top and occiput but not into the arm, worse with looking over her right shoulder when driving. On exam there is tenderness over the right C4-5 and C5-6 facet joints with pain on right rotation and extension. X-rays and MRI of the cervical spine show right-sided facet arthropathy at C4-5 and C5-6 without foraminal stenosis. She has had 3 months of physical therapy and chiropractic care and takes ibuprofen, without improvement in the neck pain. The pain limits her ability to drive and to work at a desk for more than half an hour. This is a diagnostic block.

DESCRIPTION OF PROCEDURE: The nature of the procedure and its risks, including bleeding, infection and transient numbness, were explained and written consent was obtained. The patient was placed prone with her neck slightly flexed. The right posterior neck was prepped with chlorhexidine and draped in sterile fashion. Pre-procedure pain score was 7/10. Under lateral fluoroscopy the waists of the right C4, C5 and C6 articular pillars were identified. A 25-gauge 2-inch needle was advanced to the centroid of each articular pillar, with AP views confirming a lateral position. After negative aspiration 0.5 mL of 2% lidocaine was injected at each of the three medial branches, for 1.5 mL in total. The needles were removed and a bandage was placed.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: The patient was asked to turn her head and reproduce her usual activity. Post-procedure pain score was 1/10. She will keep a pain diary over the next 6 hours and return to clinic to review the response.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                  levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 1), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["time_out"],
        dos="2024-08-20", pos="24",
        comment="C4, C5 and C6 medial branches supply the C4-C5 and C5-C6 joints. No time-out in the note.")

    add("fcs-facet-01", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Lumbar facet arthropathy (M47.816).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Second (confirmatory) diagnostic left L2, L3 and L4 medial branch blocks for the L3-4 and L4-5 facet joints under fluoroscopy.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 52-year-old woman with left-sided low back pain for 3 years, with no radicular symptoms, worse with standing and arching backward. She has focal tenderness over the left L3-4 and L4-5 facets. MRI shows left L3-4 and L4-5 facet hypertrophy with small effusions. She has had 4 months of physical therapy, meloxicam and a lumbar brace, and the pain persists despite these. She is unable to stand at her job as a cashier for more than an hour and has given up gardening. Her first diagnostic left L2, L3 and L4 medial branch block 3 weeks ago gave 90% relief of her index pain for 6 hours, consistent with the expected duration of the anesthetic.

DESCRIPTION OF PROCEDURE: After discussion of the risks and benefits, informed consent was obtained. The patient was positioned prone. The skin of the left lumbar area was prepped and draped in the usual sterile fashion. A time-out was performed. Her pain score before the procedure was 6/10. Under fluoroscopic guidance the junctions of the left L3, L4 and L5 superior articular processes with their transverse processes were marked. A 22-gauge spinal needle was advanced to each target point. After negative aspiration, 0.5 mL of 0.75% bupivacaine was injected at each site, for 1.5 mL in total. The needles were withdrawn.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: Post procedure pain score 0/10 with standing and extension. She was discharged home in stable condition with a pain diary.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                  levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 11.25)],
        pain=(6, 0), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[], dos="2025-09-30", pos="22",
        comment="L2, L3 and L4 medial branches supply L3-L4 and L4-L5. Confirmatory block after a first block "
                "of 90%: no diagnostic_block_relief.")

    add("fcs-h-facet-01", DICT, """
PREOPERATIVE DIAGNOSIS: Lumbar facet syndrome, right L4-5 (M47.816).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Right L4-5 intra-articular facet joint injection under CT guidance, diagnostic.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 69-year-old retired postal worker with right low back pain for about 8 months, aching in quality and referred to the right buttock, without leg pain or neurologic deficit. Pain is reproduced with right-sided extension and rotation. CT of the lumbar spine shows severe right L4-5 facet arthrosis with a joint effusion. He went through 8 weeks of physical therapy and took celecoxib for 3 months with no improvement in his back pain. He can no longer carry his groceries in from the car or stand at the stove to cook. This injection is diagnostic.

DESCRIPTION OF PROCEDURE: The risks and benefits were explained to the patient and informed consent was signed. The patient was placed prone on the CT table. A time-out was performed. Pre-procedure pain was 5/10. A scout and limited axial images through L4-5 were obtained and the entry point over the right L4-5 facet joint was marked. The area was prepped and draped in the usual sterile fashion and the skin was anesthetized with 2 mL of 1% lidocaine. Under intermittent CT guidance a 22-gauge spinal needle was advanced into the posterior recess of the right L4-5 facet joint. After confirmation of intra-articular position, 40 mg of Depo-Medrol with 0.5 mL of 0.5% bupivacaine was injected into the joint. The needle was removed.

FINDINGS: Severe right L4-5 facet arthrosis; needle within the joint.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: Pain score after the injection was 1/10 with provocative maneuvers. He was discharged home.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                  levels=["L4-L5"], imaging="ct", intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 20), given("methylprednisolone_acetate", 40), given("bupivacaine", 2.5)],
        pain=(5, 1), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64493", "KX", "RT"), line("J1030")], findings=[], dos="2023-06-06", pos="11")

    add("fcs-rfa-01", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Bilateral radiofrequency ablation of the L3 and L4 medial branches and L5 dorsal rami (L4-5 and L5-S1 facet joints) under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 60-year-old woman with axial low back pain for more than 4 years, worse with extension, standing and rising from a chair, without radicular symptoms. Imaging shows bilateral L4-5 and L5-S1 facet arthropathy. She has failed 3 months of physical therapy, NSAIDs and a home exercise program. The pain prevents her from standing more than 20 minutes and from doing her housework. She had two diagnostic bilateral L3, L4 medial branch and L5 dorsal ramus blocks, the first giving 90% relief and the second 85% relief of her index pain, each lasting the expected duration of the anesthetic used.

DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives were discussed and informed consent was obtained. The patient was placed in the prone position and the low back was prepped and draped in the usual sterile fashion. A time-out was performed. Pain score before the procedure was 7/10. Under fluoroscopic guidance, the bilateral L3 and L4 medial branches and the L5 dorsal rami were targeted. At each of the six sites the skin was anesthetized with 1% lidocaine, 1 mL, and an 18-gauge 100 mm radiofrequency cannula with a 10 mm active tip was placed parallel to the nerve along the superior articular process. Position was confirmed in AP, oblique and lateral views. Sensory stimulation at 50 Hz reproduced concordant back pain below 0.5 V and motor stimulation at 2 Hz up to 2 V showed no radicular or lower extremity muscle twitch. After 1 mL of 2% lidocaine at each site, conventional thermal lesioning was carried out at 80 degrees Celsius for 90 seconds at each site. The cannulas were removed.

ESTIMATED BLOOD LOSS: Minimal.

COMPLICATIONS: None.

DISPOSITION: Post procedure pain score 2/10. She was discharged home with instructions to expect some soreness for 1 to 2 weeks.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 180)],
        pain=(7, 2), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64635", "50"), line("64636", "50")], findings=[], dos="2025-10-07", pos="24",
        comment="Lidocaine: 1% 1 mL for the skin (10 mg) and 2% 1 mL (20 mg) at each of six sites = 180 mg.")

    add("fcs-h-rfa-01", DICT, """
PREOPERATIVE DIAGNOSIS: Cervical facet arthropathy (M47.812).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Right C3, C4 and C5 medial branch radiofrequency neurotomy (C3-4 and C4-5 facet joints) with fluoroscopy.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 64-year-old man with right upper neck pain and right suboccipital headache for 2 years following a motor vehicle accident. Pain is worse with rotation to the right and with extension. MRI shows right C3-4 and C4-5 facet degeneration. Physical therapy for 10 weeks, a TENS unit and cyclobenzaprine failed to relieve the neck pain. He has trouble checking his blind spot while driving and cannot read for more than 20 minutes. He had a diagnostic right C3, C4 and C5 medial branch block 4 weeks ago with 90% relief for about 3 hours.

DESCRIPTION OF PROCEDURE: The procedure was described including the risks of numbness, neuritis, bleeding and infection, and informed consent was obtained. The patient was placed prone and the right neck was prepped and draped in the usual sterile manner. A time-out was performed. His pain was 7/10 before the procedure. Under lateral fluoroscopy, the right C3, C4 and C5 articular pillars were identified. After skin infiltration with 0.5 mL of 2% lidocaine at each entry point, a 20-gauge 100 mm curved radiofrequency cannula with a 10 mm active tip was advanced to lie along the waist of each articular pillar, confirmed in lateral and AP views. Sensory testing at 50 Hz produced concordant neck pain at less than 0.6 V at each site, and motor testing at 2 Hz to 2 V produced no arm muscle contraction. After the injection of 0.5 mL of 2% lidocaine at each site, thermal radiofrequency lesions were made at 80 degrees Celsius for 90 seconds, with a second lesion after repositioning the cannula slightly at each level. The cannulas were removed.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: His pain after the procedure was 3/10. He was discharged home in good condition.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                  levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["diagnostic_block_relief"],
        dos="2026-05-19", pos="11",
        comment="Only one diagnostic block is documented (90%); RFA asks for two of 80% or more. C3, C4 and C5 "
                "medial branches supply C3-C4 and C4-C5. Lidocaine 2%: 0.5 mL skin + 0.5 mL lesion x 3 = 60 mg.")


def _others(add, proc, line, given, minus) -> None:
    _si(add, proc, line, given)
    _knee_and_sympathetic(add, proc, line, given)
    _soft_tissue(add, proc, line, given)
    _augmentation_and_scs(add, proc, line, given)


SPINE4 = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment")


def _si(add, proc, line, given) -> None:
    add("fcs-si-01", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Sacroiliitis, left (M46.1).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left sacroiliac joint injection, diagnostic, under fluoroscopic guidance with arthrogram.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 47-year-old woman with left buttock and low back pain centered over the left sacroiliac joint for 6 months, with pain when sitting on the left side and climbing stairs. Three of five provocation tests are positive on the left (thigh thrust, FABER and compression). She completed 8 weeks of physical therapy with an SI belt and took ibuprofen without improvement. The pain keeps her from sitting through her workday and she has stopped running.

DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives were reviewed and informed consent was signed. The patient was placed prone on the fluoroscopy table. The left buttock and low back were prepped and draped in sterile fashion. A time-out was performed. Pre-procedure pain score 7/10. The inferior aspect of the left sacroiliac joint was visualized by rotating the C-arm until the anterior and posterior joint lines overlapped. The skin was anesthetized with 2 mL of 1% lidocaine. A 22-gauge 3.5-inch spinal needle was advanced into the inferior joint recess. Omnipaque 240, 0.5 mL, produced an arthrogram outlining the joint without vascular uptake. Then 1 mL of Kenalog 40 mg/mL with 2 mL of 0.5% bupivacaine was injected into the joint. AP and oblique images were saved.

ESTIMATED BLOOD LOSS: None.

SPECIMENS: None.

COMPLICATIONS: None.

DISPOSITION: At 20 minutes, with sitting and stair climbing, pain score was 1/10, an 86% reduction. Discharged in stable condition with a pain diary.
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="left", imaging="fluoroscopy", contrast=True,
                  intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 10)],
        pain=(7, 1), need=SPINE4, codes=[line("27096", "LT"), line("J3301", units=4)], findings=[],
        dos="2024-06-11", pos="11")

    add("fcs-h-si-01", DICT, """
PREOPERATIVE DIAGNOSIS: Right sacroiliac joint dysfunction (M53.3).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Repeat right sacroiliac joint injection, therapeutic, with fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 72-year-old man with right-sided low back and buttock pain over the right sacroiliac joint for about 2 years, worse with rising from a chair and walking on uneven ground. He has a positive Gaenslen's test, thigh thrust and distraction test on the right. He did 3 months of physical therapy and remains in pain despite daily meloxicam. His diagnostic right sacroiliac joint block in January gave 80% relief of his index pain. A therapeutic injection in February then gave 70% relief that lasted about four months, and the pain has gradually come back. He is again limited to walking about 15 minutes and cannot play with his grandchildren on the floor.

DESCRIPTION OF PROCEDURE: The procedure and its risks were discussed with the patient at length and written consent was obtained. He was taken to the fluoroscopy suite and placed prone. The right low back and buttock were prepped with chlorhexidine and draped in the usual sterile fashion. A time-out was performed. He rated his pain 6/10 before the injection. The right sacroiliac joint was identified with contralateral oblique fluoroscopy and the skin over the inferior third of the joint was anesthetized with 1% lidocaine, 2 mL. A 22-gauge spinal needle was guided into the joint with a characteristic give. Injection of 0.5 mL of Isovue-M 200 demonstrated an intra-articular arthrogram without vascular uptake. A mixture of 40 mg of triamcinolone and 2 mL of 0.25% bupivacaine was injected. The needle was removed. AP and oblique fluoroscopic images were saved.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: After the injection his pain was 2/10, a 67% improvement. He was discharged home.
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="right", imaging="fluoroscopy", contrast=True,
                  intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iopamidol", 0.5, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(6, 2), need=SPINE4, codes=[line("27096", "RT")], findings=[], dos="2025-07-08", pos="22",
        comment="Therapeutic repeat with a diagnostic block of 80% (75% needed) and a prior response of 70% for "
                "about four months: no diagnostic_block_relief or prior_procedure_response; 67% stated.")

    add("fcs-si-02", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Bilateral sacroiliitis (M46.1).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Bilateral sacroiliac joint injections, diagnostic, under fluoroscopy.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 39-year-old man with inflammatory back disease and bilateral buttock pain for the past year, worse in the morning and after sitting. Provocation tests are positive on both sides. MRI of the pelvis shows bilateral sacroiliac joint subchondral edema and erosions. He was treated with 10 weeks of physical therapy and scheduled naproxen, which have not relieved the buttock pain. He cannot sit through a movie or drive more than 30 minutes.

DESCRIPTION OF PROCEDURE: Risks and benefits were explained and the patient gave informed consent. He was placed prone and the lower back and buttocks were prepped and draped in the usual sterile fashion. A time-out was performed. Pain score was 8/10 prior to the injections. The right sacroiliac joint was visualized under fluoroscopy and the skin was anesthetized with 1% lidocaine, 2 mL. A 22-gauge spinal needle was advanced into the inferior joint. Omnipaque 240, 0.5 mL, confirmed intra-articular spread without vascular filling. Then 2 mL of 0.5% bupivacaine with 20 mg of triamcinolone was injected. The identical technique was used on the left side with 2 mL of 1% lidocaine for the skin, 0.5 mL of Omnipaque 240 and 2 mL of 0.5% bupivacaine with 20 mg of triamcinolone. AP and oblique views of each joint were saved.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: After 15 minutes the pain score was 2/10. He was discharged with a pain diary.
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="bilateral", imaging="fluoroscopy",
                  contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 40), given("iohexol", 1, "ml"), given("bupivacaine", 20),
               given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=SPINE4 + ("imaging_findings",), codes=[line("27096", "50")], findings=["percent_relief"],
        dos="2026-09-15", pos="24",
        comment="Pre 8 and post 2 are written but no percent relief is stated (si.percent_relief asks it stated).")


def _knee_and_sympathetic(add, proc, line, given) -> None:
    add("fcs-h-genic-01", DICT, """
PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, right knee (M17.11).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Right genicular nerve block (superior lateral, superior medial and inferior medial genicular nerves) under fluoroscopic guidance, diagnostic.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 77-year-old woman with severe right knee pain from tricompartmental osteoarthritis for over 5 years. Standing radiographs show bone-on-bone medial joint space narrowing with osteophytes. She has had physical therapy, intra-articular steroid and hyaluronic acid injections with only brief benefit, and she is not a candidate for knee replacement because of her heart disease. She walks with a walker and can manage only short household distances. This diagnostic block is performed to determine whether she is a candidate for genicular radiofrequency ablation.

DESCRIPTION OF PROCEDURE: The risks and benefits were discussed and informed consent was obtained. She was placed supine with a bolster under the right knee. The right knee was prepped and draped in sterile fashion. A time-out was performed. Pain score before the block was 8/10. Under AP fluoroscopy the junctions of the femoral shaft with the lateral and medial epicondyles and of the tibial shaft with the medial tibial condyle were identified. At each of the three target points a 22-gauge 3.5-inch spinal needle was advanced to bony contact, with lateral fluoroscopy confirming a position at the midpoint of the bone. After negative aspiration 1 mL of 0.5% bupivacaine was injected at each site, for 3 mL in total. The needles were removed.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: After 30 minutes she walked in the hallway and reported a pain score of 2/10, 75% relief. She was discharged home.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy", intent="diagnostic",
                  sedation="local")],
        drugs=[given("bupivacaine", 15)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64454", "RT")], findings=[], dos="2025-12-02", pos="11")

    add("fcs-genrfa-01", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, left knee (M17.12).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left genicular nerve radiofrequency ablation of the superior lateral, superior medial and inferior medial genicular nerves under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 70-year-old man with left knee osteoarthritis and chronic knee pain for 6 years, with Kellgren-Lawrence grade 4 changes on radiographs. He has failed physical therapy, NSAIDs and two intra-articular steroid injections and declines arthroplasty. A diagnostic left genicular nerve block 3 weeks ago gave 85% relief of his knee pain for the duration of the anesthetic.

DESCRIPTION OF PROCEDURE: The risks and benefits were discussed and informed consent was signed. The patient was positioned supine with the left knee slightly flexed over a bolster. The knee was prepped and draped in the usual sterile fashion. A time-out was performed. Pain score before the procedure was 7/10. Under AP and lateral fluoroscopy the three target points were identified. The skin at each site was anesthetized with 2 mL of 1% lidocaine. An 18-gauge 100 mm radiofrequency cannula with a 10 mm active tip was advanced to each target. Sensory stimulation at 50 Hz reproduced concordant knee pain below 0.5 V, and motor testing at 2 Hz up to 2 V produced no distal muscle contraction. Each site was then anesthetized with 1 mL of 2% lidocaine and thermal lesions were made at 80 degrees Celsius for 90 seconds, two lesions per nerve. The cannulas were removed and bandages applied.

ESTIMATED BLOOD LOSS: Minimal.

COMPLICATIONS: None.

DISPOSITION: Pain score after the procedure 3/10. He was discharged home ambulating independently.
""", procs=[proc("genicular_rfa", region="knee", laterality="left", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        codes=[line("64624", "LT")], findings=[], dos="2026-01-20", pos="24",
        comment="Lidocaine: 1% 2 mL (20 mg) + 2% 1 mL (20 mg) at each of three sites = 120 mg.")

    add("fcs-h-stellate-01", DICT, """
PREOPERATIVE DIAGNOSIS: Complex regional pain syndrome type I, left upper limb (G90.512).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Left stellate ganglion block under ultrasound guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 44-year-old woman who developed burning pain, swelling, color change and allodynia of the left hand and forearm after a distal radius fracture 7 months ago. Her hand is cool and mottled and she guards it. She has been in occupational therapy with desensitization and takes gabapentin. She cannot use her left hand for dressing or cooking. This block is performed to facilitate her therapy.

DESCRIPTION OF PROCEDURE: The risks, including hoarseness, Horner's syndrome, vascular injection and seizure, were explained and informed consent was obtained. The patient was placed supine with the head turned slightly to the right. The left anterior neck was prepped and draped in the usual sterile fashion. A time-out was performed. Using a linear ultrasound transducer in a transverse position at the level of C6, the carotid artery, the longus colli muscle and the C6 anterior tubercle were identified. The skin was anesthetized with 1 mL of 1% lidocaine. A 22-gauge needle was advanced in plane from lateral to medial until the tip lay beneath the prevertebral fascia over the longus colli. After negative aspiration, 5 mL of 0.5% ropivacaine was injected in increments with real-time visualization of spread. A representative ultrasound image was saved to the chart. The needle was removed.

FINDINGS: Within 10 minutes a left-sided Horner's syndrome developed and the left hand temperature rose by 2.5 degrees Celsius.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: Her pain afterward was 3/10 and she was able to make a fist. She was observed for 30 minutes and discharged home.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left", imaging="ultrasound",
                  sedation="local")],
        drugs=[given("lidocaine", 10), given("ropivacaine", 25)],
        pain=(None, 3), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64510"), line("76942", "26")], findings=["pre_procedure_pain_score"],
        dos="2025-04-22", pos="22", comment="No pain score before the block.")

    add("fcs-h-celiac-01", DICT, """
PREOPERATIVE DIAGNOSIS: Neoplasm related pain (G89.3) from adenocarcinoma of the pancreatic head.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Celiac plexus block, posterior bilateral retrocrural approach, under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 66-year-old man with locally advanced pancreatic cancer and constant epigastric pain boring through to the mid back for 3 months, poorly controlled on escalating opioids, which cause constipation and sedation. CT of the abdomen shows a 4 cm mass in the pancreatic head encasing the celiac axis. The pain keeps him from sleeping and from eating a full meal. This is a diagnostic block with local anesthetic before a planned neurolytic block.

DESCRIPTION OF PROCEDURE: The risks, including hypotension, diarrhea, bleeding and injury to nearby structures, were discussed with the patient and his wife, and informed consent was signed. He was placed prone with a pillow under the abdomen. Intravenous fluids were running. The mid back was prepped and draped in the usual sterile fashion. A time-out was performed. Pain score prior to the procedure was 9/10. Under fluoroscopy the L1 vertebral body was identified and oblique views were used to plan bilateral entry points below the 12th ribs. The skin was anesthetized with 1% lidocaine, 3 mL on each side. Two 22-gauge 15 cm needles were advanced toward the anterolateral L1 vertebral body, the left needle first, with lateral fluoroscopy confirming the tips just anterior to the vertebral body. After negative aspiration, Omnipaque 300, 2 mL on each side, showed retrocrural spread along the anterior vertebral body without vascular uptake. Then 10 mL of 0.25% bupivacaine was injected through each needle, 20 mL in total. The needles were cleared and removed.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: At 45 minutes his pain was 3/10. He was discharged with his wife after 2 hours of observation.
""", procs=[proc("sympathetic_block", target="celiac", imaging="fluoroscopy", contrast=True,
                  sedation="local")],
        drugs=[given("lidocaine", 60), given("iohexol", 4, "ml"), given("bupivacaine", 50)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64530"), line("77002"), line("Q9967", units=4)], findings=[], dos="2024-09-10", pos="11",
        comment="Celiac plexus: midline target, no side. 64530 does not include imaging: 77002, and in the office "
                "Omnipaque 300 (300 mg iodine/mL) 4 mL is Q9967 x 4.")


def _soft_tissue(add, proc, line, given) -> None:
    add("fcs-tpi-01", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Myofascial pain of the neck and upper back (M79.12).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Trigger point injections, right upper trapezius, right levator scapulae and right rhomboid major.

ANESTHESIA: None.

INDICATIONS FOR PROCEDURE: The patient is a 41-year-old dental hygienist with right neck and shoulder blade pain for 5 months. Examination reveals palpable taut bands with exquisitely tender trigger points in the right upper trapezius, right levator scapulae and right rhomboid major, each reproducing her referred pain toward the neck and medial scapula, with a local twitch response on snapping palpation. Six weeks of physical therapy with stretching and dry needling and a trial of cyclobenzaprine did not give lasting relief. The pain limits her ability to work through a full day of patient care.

DESCRIPTION OF PROCEDURE: The risks and benefits were explained and verbal and written consent were obtained. The patient was seated leaning forward on the procedure table. A time-out was performed. Her pain score before the injections was 7/10. Each trigger point was isolated between two fingers and the skin was cleaned with alcohol. A 25-gauge 1.5-inch needle was inserted into the trigger point until a twitch was elicited, and after negative aspiration 2 mL of 1% lidocaine was injected in a fanning pattern into each of the three muscles, 6 mL in total. Pressure was held and bandages were applied.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: Pain score after the injections was 2/10, approximately 70% relief, with improved neck rotation. Home stretching program reviewed.
""", procs=[proc("trigger_point", sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20553")], findings=[], dos="2026-03-03", pos="11",
        comment="Three muscles named: 20553.")

    add("fcs-h-tpi-01", DICT, """
PREOPERATIVE DIAGNOSIS: Myofascial pain syndrome of the low back and gluteal region (M79.18).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Trigger point injections into the left quadratus lumborum and left gluteus medius.

ANESTHESIA: None.

INDICATIONS FOR PROCEDURE: The patient is a 58-year-old man with left low back and hip pain for 4 months after a lifting injury. On examination there are two discrete trigger points in the left quadratus lumborum and one in the left gluteus medius, each with a palpable taut band and reproducing his pain referral into the buttock and lateral hip, with a positive jump sign. He has done home exercises and stretching and took naproxen for 6 weeks without enough relief. He has difficulty bending to tie his shoes and cannot sit in the car for more than 30 minutes.

DESCRIPTION OF PROCEDURE: The patient was placed in the right lateral decubitus position. A time-out was performed. His pain before the injections was 6/10. The skin over each trigger point was prepped with alcohol. A solution of 6 mL of 0.25% bupivacaine and Toradol 30 mg was prepared. Using a 25-gauge 2-inch needle, each of the three trigger points was entered until a local twitch was obtained and, after negative aspiration, one third of the solution was injected at each, for the whole 6 mL of bupivacaine and 30 mg of Toradol. Pressure was applied.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: His pain after the injections was 2/10, a 67% relief, and he could bend forward with less pain. He will continue his stretching program.
""", procs=[proc("trigger_point", sedation="none")],
        drugs=[given("bupivacaine", 15), given("ketorolac_tromethamine", 30)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20552"), line("J1885", units=2)], findings=["consent"], dos="2024-05-14", pos="11",
        consent=False, comment="Two muscles (three trigger points): 20552. No consent statement.")

    add("fcs-occip-01", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Occipital neuralgia, bilateral (M54.81).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Bilateral greater occipital nerve blocks, landmark-guided.

ANESTHESIA: None.

INDICATIONS FOR PROCEDURE: The patient is a 36-year-old woman with 8 months of lancinating pain starting at the base of the skull on both sides and shooting over the back of the head to the vertex, with tenderness over both greater occipital nerves and a positive Tinel sign bilaterally. Gabapentin and physical therapy have not controlled it. The headaches cause her to miss work two to three days a month.

DESCRIPTION OF PROCEDURE: The procedure, risks and benefits were discussed with the patient and informed consent was obtained. She was seated with her neck flexed and head resting on a pillow on the procedure table. A time-out was performed. Pre-procedure pain score was 8/10. The occipital artery was palpated on the right along the superior nuchal line, about one third of the distance from the occipital protuberance to the mastoid process, and the greater occipital nerve was located just medial to it. The skin was cleaned with chlorhexidine. A 27-gauge 1.5-inch needle was advanced to the occiput and withdrawn slightly, and after negative aspiration 2 mL of 0.5% bupivacaine with 10 mg of triamcinolone was injected. The identical block was performed on the left side with 2 mL of 0.5% bupivacaine and 10 mg of triamcinolone. Pressure was held at both sites.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

DISPOSITION: At 10 minutes she reported numbness of the scalp on both sides and a pain score of 2/10. Discharged home.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                  imaging="none", sedation="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64405", "50"), line("J3301", units=2)], findings=[], dos="2025-07-15", pos="11")

    add("fcs-h-occip-01", DICT, """
PREOPERATIVE DIAGNOSIS: Right occipital neuralgia (M54.81).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Right greater and lesser occipital nerve blocks under ultrasound guidance.

ANESTHESIA: None.

INDICATIONS FOR PROCEDURE: This 52-year-old man has had right-sided occipital headaches for a year, with paroxysms of shooting pain from the right suboccipital region over the right posterior scalp and behind the right ear. There is tenderness over the right greater and lesser occipital nerves with reproduction of his pain. Topiramate and amitriptyline were stopped because of side effects. He has been unable to sleep on his back and the headaches interrupt his work as a truck dispatcher.

DESCRIPTION OF PROCEDURE: The risks and benefits were explained and the patient provided written consent. He was positioned prone with his head in a cradle. A time-out was performed. Pre-procedure pain was 7/10. The right posterior neck and occiput were cleaned with chlorhexidine. With a linear ultrasound probe placed transversely over the C2 spinous process and moved laterally, the right greater occipital nerve was identified superficial to the obliquus capitis inferior muscle, and 3 mL of 0.5% ropivacaine with 4 mg of dexamethasone was injected around it in plane with a 25-gauge needle. The probe was then moved to the posterior border of the sternocleidomastoid at the level of the mastoid, where the right lesser occipital nerve was identified and surrounded with 2 mL of 0.5% ropivacaine. Images of both nerve targets with the needle were saved to the record.

ESTIMATED BLOOD LOSS: None.

DISPOSITION: After the blocks his pain was 1/10 with numbness over the right occiput and behind the right ear. He was discharged.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                  imaging="ultrasound", sedation="none")],
        drugs=[given("ropivacaine", 25), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64405", "RT"), line("64450", "RT"), line("76942", "26")], findings=["complications"],
        dos="2026-10-06", pos="22", complications=None,
        comment="Lesser occipital is 64450; ultrasound with saved images: 76942, professional component in a "
                "facility. Complications are not mentioned.")


def _augmentation_and_scs(add, proc, line, given) -> None:
    add("fcs-kypho-01", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Osteoporotic compression fracture of L1, initial encounter (M80.08XA).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: L1 balloon kyphoplasty, bilateral transpedicular approach, under biplanar fluoroscopic guidance.

ANESTHESIA: Local with moderate sedation.

INDICATIONS FOR PROCEDURE: The patient is an 82-year-old woman with osteoporosis who developed severe mid to low back pain after a fall 7 weeks ago. MRI of the lumbar spine shows an acute L1 compression fracture with about 35% loss of anterior vertebral body height and marrow edema on STIR images, with no retropulsion. She has been treated for 6 weeks with a thoracolumbar brace, acetaminophen and tramadol, with no improvement in her pain. She is now mostly confined to bed or a recliner and needs help with bathing and toileting.

DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives, including cement leakage, infection, bleeding, new fractures and neurologic injury, were discussed and informed consent was obtained. The patient was brought to the procedure room and positioned prone on chest and pelvic bolsters. A time-out was performed. Pre-procedure pain score was 9/10. Moderate sedation was administered by me with midazolam 3 mg IV and fentanyl 100 mcg IV in divided doses, with a registered nurse as independent trained observer monitoring her vital signs, oxygen saturation and level of consciousness throughout. Sedation started at 08:15 and ended at 08:45, 30 minutes of intraservice time. The back was prepped and draped in the usual sterile fashion. Using biplanar fluoroscopy, the L1 pedicles were identified. The skin, subcutaneous tissue and periosteum over each pedicle were anesthetized with a total of 20 mL of 1% lidocaine and 10 mL of 0.5% bupivacaine. Bone access needles were advanced through both L1 pedicles into the posterior third of the vertebral body under AP and lateral fluoroscopy. A drill was passed and inflatable bone tamps were placed and inflated bilaterally, creating cavities with partial restoration of height. The balloons were removed and a total of 5 mL of polymethylmethacrylate cement was injected under continuous lateral fluoroscopy with good interdigitation and no extravasation. The cannulas were removed and the wounds dressed.

ESTIMATED BLOOD LOSS: Minimal.

SPECIMENS: None.

COMPLICATIONS: None.

DISPOSITION: She was monitored in recovery and was able to sit up with a pain score of 3/10. Discharged home with her daughter after 2 hours.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                  imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 3), given("fentanyl", 100, "mcg"), given("lidocaine", 200), given("bupivacaine", 50)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("22514"), line("99152"), line("99153")], findings=[], dos="2025-02-25", pos="22",
        comment="Moderate sedation by the proceduralist, 30 minutes with an observer: 99152 + 99153 x 1.")

    add("fcs-h-kypho-01", DICT, """
PREOPERATIVE DIAGNOSIS: Osteoporotic compression fractures of T11 and T12 (M80.08XA).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: T11 and T12 percutaneous vertebroplasty under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 79-year-old man with known osteoporosis who has had severe thoracolumbar pain for 2 months since bending to lift a bag of soil. CT of the thoracolumbar spine shows compression fractures of T11 and T12, and MRI shows bone marrow edema on STIR within both the T11 and the T12 vertebral bodies, with about 25% height loss at each and an intact posterior wall. He has worn a TLSO brace for 6 weeks and has been on scheduled acetaminophen and low-dose oxycodone without improvement in the pain. He can no longer walk to the mailbox and needs help getting out of bed.

DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives of the procedure were reviewed with the patient and his wife, and informed consent was signed. The patient was placed prone on the fluoroscopy table with bolsters. The thoracolumbar region was prepped and draped in the usual sterile fashion. A time-out was performed. Pre-procedure pain score was 8/10. Under AP and lateral fluoroscopy the left T11 and left T12 pedicles were identified. The skin and periosteum were anesthetized with 15 mL of 1% lidocaine and 10 mL of 0.25% bupivacaine divided between the two levels. An 11-gauge bone biopsy needle was advanced through the left T11 pedicle into the anterior third of the vertebral body, and the same was done at T12. No balloon or cavity creation was used. Polymethylmethacrylate cement, 3 mL at T11 and 3.5 mL at T12, was injected directly through the needles under continuous lateral fluoroscopy with good fill and no extravasation. The needles were removed and the sites dressed.

ESTIMATED BLOOD LOSS: Minimal.

COMPLICATIONS: None.

DISPOSITION: Two hours later he was up in a chair with a pain score of 2/10 and was discharged home.
""", procs=[proc("vertebral_augmentation", approach="vertebroplasty", region="thoracic", levels=["T11", "T12"],
                  imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 150), given("bupivacaine", 25)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("22510"), line("22512")], findings=[], dos="2026-08-11", pos="24")

    add("fcs-scs-01", SAMPLE, """
PREOPERATIVE DIAGNOSIS: Failed back surgery syndrome (M96.1) with chronic low back and bilateral leg pain.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Percutaneous spinal cord stimulator trial with placement of two 8-contact epidural leads under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 59-year-old man who underwent an L4-S1 fusion 4 years ago and has had persistent low back pain and burning pain in both legs for more than 3 years since. He has failed physical therapy, gabapentin and duloxetine, multiple epidural steroid injections and a revision evaluation that did not recommend further surgery. He completed a psychological evaluation for neuromodulation last month and was cleared to proceed. He cannot stand more than 10 minutes and has stopped working.

DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives were explained, and the patient signed informed consent. He was placed prone on the fluoroscopy table. The thoracolumbar area was prepped and draped in the usual sterile fashion. A time-out was performed. Pain score before the procedure was 8/10. The patient remained awake for intraoperative testing. Under AP fluoroscopy the T12-L1 interspace was identified and the skin and paramedian tissue were anesthetized with 10 mL of 1% lidocaine. A 14-gauge Tuohy needle was advanced into the epidural space at T12-L1 on the left of midline using loss of resistance, and a second Tuohy needle was placed on the right. Under live fluoroscopy one 8-contact percutaneous lead was advanced through each needle to the top of T8, one on each side of midline, confirmed in AP and lateral views. Intraoperative testing gave concordant paresthesia coverage of the low back and both legs. The needles were removed, the leads were anchored to the skin with sutures and covered with sterile dressings and connected to the external trial stimulator.

ESTIMATED BLOOD LOSS: Minimal.

COMPLICATIONS: None.

DISPOSITION: In recovery, with the stimulator on, his pain score was 2/10. He was discharged home for a 7-day trial with instructions and will return for lead removal.
""", procs=[proc("scs_trial", approach="percutaneous", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("63650", units=2), line("77003")], findings=[], dos="2025-08-26", pos="11")

    add("fcs-h-scs-01", DICT, """
PREOPERATIVE DIAGNOSIS: Complex regional pain syndrome type I of the right lower limb (G90.521).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Spinal cord stimulator trial, percutaneous placement of two epidural leads, with fluoroscopy.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: The patient is a 46-year-old woman who developed complex regional pain syndrome of the right foot and ankle after an ankle fracture 2 years ago, with burning pain, allodynia, swelling and color change. She has failed physical and occupational therapy, gabapentin, nortriptyline and a series of three lumbar sympathetic blocks that each gave only a few days of relief. She is unable to wear a shoe on the right foot and walks only short distances with crutches.

DESCRIPTION OF PROCEDURE: The procedure and its risks, including infection, bleeding, lead migration, dural puncture and failure to relieve pain, were discussed and the patient signed the consent form. She was placed prone on the fluoroscopy table. The lower thoracic and lumbar area was prepped and draped in the usual sterile fashion. A time-out was performed. Her pain score at the start was 7/10. The skin and subcutaneous tissue at the L1-2 level were anesthetized with 8 mL of 1% lidocaine. Two 14-gauge Tuohy needles were introduced in a paramedian oblique approach into the epidural space at L1-2 with loss of resistance to saline. Two percutaneous leads were advanced under live fluoroscopy, the first to the top of T10 just right of midline and the second to the mid T11 body in the midline. Intraoperative testing produced paresthesia coverage of the right foot and ankle. The needles were withdrawn and the leads secured to the skin and attached to the trial generator. Final AP and lateral images were saved.

ESTIMATED BLOOD LOSS: Minimal.

COMPLICATIONS: None.

DISPOSITION: Pain score 3/10 with stimulation in recovery. Discharged home for the trial period.
""", procs=[proc("scs_trial", approach="percutaneous", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 80)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("63650", units=2), line("77003", "26")], findings=["indication"], dos="2026-06-02", pos="24",
        comment="No psychological evaluation documented (scs.psychological_evaluation reports as indication).")
