"""Sealed batch `dev_fresh_dt` (`fdt-*`): 30 fictional procedure notes in the register of PUBLISHED
medical-transcription sample pages, with their gold.

Written for this batch by a writer who had not read the corpus notes or Painpoint's reader rules; every wording
is the writer's own. Gold labelled from the text as written, by `corpora/README.md` and the KB, before and
without any Painpoint run. Two halves:

* `_template_half` (`fdt-<family>-NN`, 15 notes): the sample-page template (all-caps header block, numbered
  diagnoses, 'POSTOPERATIVE DIAGNOSIS: Same.', one long technique paragraph, DISPOSITION).
* `_hand_half` (`fdt-h-<family>-NN`, 15 notes): looser dictated pages with the hard cases (side written
  differently in title and body, a signed side correction, contrast allergy, moderate sedation by the
  proceduralist and by a CRNA/anaesthesia team, 'repeated on the other side', a single-dose vial with JZ, an
  office contrast line, stimulator trial and implant, kyphoplasty, pump refill).

Each call to `add` documents its gaps in `findings`; the README lists them.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: N803 - the kit's names
    _template_half(add, proc, line, given, ESI_NEED, minus)
    _hand_half(add, proc, line, given, ESI_NEED, minus)


# ----------------------------------------------------------------------------------------------------------
# Template half: the transcription-sample layout
# ----------------------------------------------------------------------------------------------------------


def _template_half(add, proc, line, given, ESI_NEED, minus):
    add("fdt-tfesi-01", "ts_caps_headers", """
PREOPERATIVE DIAGNOSES:
1. Left L5 lumbar radiculopathy (M54.16).
2. Left foraminal disc protrusion, L5-S1.

POSTOPERATIVE DIAGNOSES: Same.

PROCEDURE PERFORMED: Left L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance with epidurogram.

ANESTHESIA: Local.

ESTIMATED BLOOD LOSS: Negligible.

SPECIMENS: None.

COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: The patient is a 61-year-old male who has had pain in the left buttock and down the outside of the left leg into the top of the foot for about 4 months. He describes it as burning, with numbness over the great toe. He went through 8 weeks of physical therapy and took meloxicam daily over that time with no meaningful change in the leg pain, and a short course of oral steroids helped for only 2 days. He can no longer sit for more than 20 minutes, has stopped his morning walks and is having trouble doing his job as a mail carrier. His Oswestry Disability Index today is 44%. On exam straight leg raise is positive on the left at 40 degrees, there is mild weakness of the left extensor hallucis longus at 4/5, and decreased sensation along the dorsum of the left foot. MRI of the lumbar spine shows a left foraminal disc protrusion at L5-S1 which narrows the left neural foramen and abuts the exiting left L5 nerve root. Pain score prior to the procedure was 8/10.

PAST MEDICAL HISTORY: Type 2 diabetes, controlled on oral agents; hypertension; gout.

MEDICATIONS: Metformin 1000 mg twice daily, lisinopril 20 mg daily, allopurinol 300 mg daily, meloxicam 15 mg daily.

ALLERGIES: Sulfa drugs (rash).

SOCIAL HISTORY: Works full time delivering mail on a walking route. Does not smoke. Drinks alcohol rarely.

REVIEW OF SYSTEMS: Negative for fever, weight loss, bowel or bladder dysfunction or saddle numbness.

PHYSICAL EXAMINATION: Blood pressure 142/84, pulse 76. Walks with an antalgic gait favoring the left. Lumbar range of motion limited in flexion by leg pain. Motor strength 5/5 except as above. Reflexes 2+ at the knees, ankle reflexes 1+ and equal. Blood glucose this morning 131.

DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives of the procedure including but not limited to bleeding, infection, nerve damage, headache, allergic reaction and failure to relieve the pain were discussed with the patient, all questions were answered and written informed consent was signed. The patient was brought to the procedure suite and positioned prone on the fluoroscopy table with a pillow under the abdomen. A time-out was performed verifying the correct patient, procedure, site and side. The lumbosacral area was prepped with chlorhexidine times three and draped in the usual sterile manner. Using AP fluoroscopy the L5-S1 level was identified and the C-arm was rotated obliquely to the left until the superior articular process of S1 was seen beneath the L5 pedicle. The skin and subcutaneous tissue over the target were anesthetized with 3 mL of 1% lidocaine. A 22-gauge 3.5 inch Quincke spinal needle was then advanced in a coaxial fashion under intermittent fluoroscopy toward the left L5-S1 neural foramen, just below the pedicle. Lateral fluoroscopic view showed the needle tip in the posterior superior aspect of the foramen. Aspiration was negative for blood and cerebrospinal fluid. Under live fluoroscopy 1 mL of Omnipaque 240 was injected, which outlined the exiting left L5 nerve root and spread medially into the epidural space, without vascular runoff or intrathecal spread. After this 40 mg of Kenalog (1 mL of 40 mg/mL) mixed with 1 mL of 0.25% preservative free bupivacaine was slowly injected. The needle was flushed and removed and a bandage was applied. AP and lateral images were saved in the patient's record.

The patient tolerated the procedure well. At 15 minutes post procedure his pain was 3/10 and there was no new weakness. There were no complications.

DISPOSITION: The patient was discharged home in stable condition accompanied by his wife. He will keep a pain diary and return to clinic in 2 weeks. He was told to call for fever, increasing pain, or new weakness or numbness.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 2.5)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "LT"), line("J3301", units=4)], findings=[],
        dos="2025-02-11", pos="11")

    add("fdt-tfesi-02", "ts_numbered_dx", """
PREOPERATIVE DIAGNOSIS:
1. Lumbar spinal stenosis with neurogenic claudication (M48.062).
2. Bilateral L4 and L5 radicular pain.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Bilateral L4-L5 and L5-S1 transforaminal epidural steroid injections with fluoroscopy.

ANESTHESIA: Local only.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 74-year-old female with 7 months of aching and numbness in both legs, from the buttocks down the back and sides of the thighs to the shins, brought on by standing and walking and eased by sitting or leaning on a shopping cart. She completed 6 weeks of physical therapy without improvement and could not tolerate gabapentin because of dizziness. She is now able to walk only about one block and cannot stand long enough to cook a meal. MRI shows moderate central canal stenosis at L4-L5 with bilateral foraminal narrowing at L4-L5 and L5-S1 from facet hypertrophy and disc bulging. Reflexes are symmetric, strength is intact, and she has decreased pinprick over both lateral calves. Pain today is 7/10.

PROCEDURE IN DETAIL: After risks and benefits were reviewed the patient gave written informed consent. She was taken to the procedure room and placed prone, and a time out was completed with the nursing staff confirming patient name, procedure, levels and that both sides were to be done. The low back was prepped with Betadine and draped sterilely. Skin wheals were raised with 1% lidocaine, 1 mL at each of the four entry points. Under fluoroscopic guidance, using oblique views, 22 gauge spinal needles were advanced to the bilateral L4-L5 and L5-S1 neural foramina. Needle depth was confirmed on lateral fluoroscopy. After negative aspiration, Isovue-M 200 was injected, 1 cc at each level for a total of 4 cc, showing perineural and epidural flow at all four sites and no intravascular pattern on live fluoroscopy. A solution was made of 1 mL of dexamethasone 10 mg/mL and 3 mL of 1% preservative-free lidocaine and 1 mL of this was injected at each foramen. Needles were removed intact. A single AP spot image was saved to PACS. The patient tolerated the procedure well. Post procedure pain was 2/10.

DISPOSITION: To recovery, then home with her son. Follow up in the clinic in 3 weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 70), given("iopamidol", 4, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "50"), line("64484", "50")], findings=["saved_images"],
        dos="2024-09-17", pos="24",
        comment="One saved view ('A single AP spot image was saved'): below the two views esi.saved_images asks.")

    add("fdt-tfesi-03", "ts_history_detail", """
PREOPERATIVE DIAGNOSES:
1. Right C7 cervical radiculopathy (M54.12).
2. Right C6-C7 foraminal stenosis.

POSTOPERATIVE DIAGNOSES: Same as above.

PROCEDURE: Repeat right C6-C7 transforaminal epidural steroid injection (right C7 selective nerve root), fluoroscopically guided.

ANESTHESIA: Local.

EBL: Minimal.

SPECIMENS: None.

COMPLICATIONS: None.

HISTORY/INDICATIONS: This 57-year-old right-handed woman has had neck pain spreading to the right shoulder blade, the back of the arm and into the middle finger for the past 5 months, with tingling in the same distribution. Physical therapy for 8 weeks and scheduled ibuprofen did not reduce the arm pain. She has dropped objects with the right hand, has trouble keeping up with her computer work and wakes 2 to 3 times a night with arm pain; Neck Disability Index is 36%. Exam: Spurling maneuver reproduces the arm pain on the right, the right triceps reflex is diminished and triceps strength is 4/5. MRI of the cervical spine shows uncovertebral and facet spurring with moderate to severe right foraminal stenosis at C6-C7. She underwent the same injection on the right at C6-C7 about 10 weeks ago and reports roughly 60% improvement in the arm pain which lasted about 6 weeks before the pain came back to baseline, and she would like it repeated. Pre-procedure pain 6/10.

DESCRIPTION OF PROCEDURE: The procedure, its risks including stroke, spinal cord injury, infection and bleeding, and the alternatives were discussed and informed consent was obtained. The patient was placed supine with the head turned slightly to the left. The right side of the neck was prepped with chlorhexidine and draped. An oblique fluoroscopic view was obtained to open up the right C6-C7 foramen. 1 mL of 1% lidocaine was used for skin anesthesia. A 25-gauge 2.5 inch needle was advanced toward the posterior half of the foramen, staying on the anterior surface of the superior articular process. AP view showed the tip not beyond the middle of the articular pillar. Under live fluoroscopy with digital subtraction 1 mL of Omnipaque 300 outlined the C7 root with medial epidural flow and no arterial filling. Then 10 mg of dexamethasone sodium phosphate (Decadron 10 mg/mL, 1 mL) with 0.5 mL of 1% preservative free lidocaine was injected over one minute. The needle was withdrawn. AP and oblique images were saved.

Patient tolerated procedure well. Post-procedure pain 2/10. Neuro checks were normal in recovery.

DISPOSITION: Home in stable condition. She will follow up in 4 weeks. A further repeat injection would not be offered unless the response lasts longer than this time.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                levels=["C6-C7"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 15), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=ESI_NEED, codes=[line("64479", "RT")],
        findings=["prior_procedure_response", "time_out"], dos="2026-05-06", pos="22",
        comment="A stated repeat whose earlier injection gave 60% for about 6 weeks (under 90 days): "
                "prior_procedure_response. No time-out is written (left out on purpose).")

    add("fdt-ilesi-01", "ts_caps_headers", """
PREOPERATIVE DIAGNOSIS:
1. Lumbar disc herniation with radiculopathy, L5-S1 (M51.16).
2. Bilateral S1 radicular pain, right worse than left.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Lumbar epidural steroid injection, L5-S1, interlaminar approach, with fluoroscopic guidance and epidurography.

ANESTHESIA: Local anesthetic. No sedation.

ESTIMATED BLOOD LOSS: Less than 1 mL.

SPECIMENS: None.

COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: The patient is a 49 year old female warehouse supervisor with a 10 week history of low back pain and pain shooting into both buttocks and down the back of the legs to the calves and heels, right more than left. Six weeks of supervised physical therapy, home exercises and scheduled naproxen did not improve the leg pain. She cannot stand longer than 15 minutes to cook, has stopped playing golf and has been on light duty at work; ODI is 40%. Exam shows a positive seated slump test bilaterally, the right ankle reflex is absent and the left is 1+, plantar flexion strength 5/5. MRI done 3 weeks ago shows a broad-based disc herniation at L5-S1 with narrowing of both lateral recesses and contact with both S1 nerve roots, greater on the right. Because her symptoms are in both legs an interlaminar approach was chosen. Pain before the procedure was 7/10.

DESCRIPTION OF PROCEDURE: After discussion of the procedure, its risks (including dural puncture and headache, infection, bleeding, nerve injury and a temporary increase in pain), benefits and alternatives, informed consent was obtained in writing. The patient was brought to the procedure suite and placed in the prone position. A time-out was called and all team members agreed on patient identity, procedure and level. The lumbar region was prepped with chlorhexidine and draped in the usual sterile fashion. Under AP fluoroscopy the L5-S1 interlaminar space was identified and the skin marked just right of midline. The skin was infiltrated with 2 mL of 1% lidocaine. A 20 gauge 3.5 inch Tuohy needle was advanced under intermittent fluoroscopic guidance, with lateral imaging used as the needle approached the ligamentum flavum. Using loss of resistance technique with preservative free saline the epidural space was entered on the first pass. There was no blood or CSF on aspiration. 2 mL of Omnipaque 240 was injected and showed a typical epidural spread pattern in the AP and lateral views extending to both sides, with no vascular uptake and no intrathecal flow. Then 80 mg of Depo-Medrol (2 mL of 40 mg/mL) diluted with 3 mL of preservative free normal saline was injected slowly without resistance or paresthesia. The needle was removed with the stylet replaced. AP and lateral images documenting needle position and contrast spread were saved.

The patient tolerated the procedure well and was taken to the recovery area in good condition. Her pain 20 minutes after the injection was 4/10. Motor and sensory examination of the lower extremities was unchanged.

DISPOSITION: Discharged home with her husband. Follow-up in 2 to 3 weeks to assess response. Post-procedure instructions were given verbally and in writing.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 4), need=ESI_NEED, codes=[line("62323"), line("J1010", units=80)], findings=[],
        dos="2024-06-20", pos="11")

    add("fdt-ilesi-02", "ts_run_on", """
PREOPERATIVE DIAGNOSES:
1. Cervical radiculopathy, bilateral (M54.12).
2. Cervical spinal stenosis, C5-C6 and C6-C7.

POSTOPERATIVE DIAGNOSES: Same.

OPERATION: Cervical epidural steroid injection at C7-T1 via interlaminar approach under fluoroscopy.

ANESTHESIA: MAC.

ESTIMATED BLOOD LOSS: Minimal.

COMPLICATIONS: None apparent.

INDICATIONS: 66-year-old man with approximately 3 months of neck pain going into both arms and into the thumbs and index fingers on both sides with tingling, worse when he looks up. He did 6 weeks of physical therapy and takes gabapentin and still has the arm pain despite both. He is having difficulty lifting his grandchild, with driving because of turning his neck, and with sleep; NDI is 42%. Exam shows decreased biceps and brachioradialis reflexes bilaterally and diminished sensation over both thumbs. MRI of the cervical spine shows multilevel degenerative change with moderate foraminal stenosis bilaterally at C5-C6 and C6-C7 and mild central stenosis at C5-C6. Pain is 7/10 today.

PROCEDURE IN DETAIL: The risks and benefits of the procedure were reviewed with the patient and informed consent was signed. He was brought to the procedure suite and positioned prone with the neck slightly flexed on a prone pillow. Monitored anesthesia care was provided by the anesthesia service. Time-out was performed. The lower cervical and upper thoracic area was prepped with chlorhexidine and draped in sterile fashion, the C7-T1 interspace was identified on AP fluoroscopy and the skin was anesthetized with 2 mL of 1% lidocaine, an 18-gauge Tuohy needle was advanced at C7-T1 just off midline and then under contralateral oblique views toward the interlaminar space, loss of resistance to saline was obtained at a depth checked on the contralateral oblique view, aspiration was negative, 1.5 mL of Omnipaque 240 was injected which demonstrated epidural spread with no vascular uptake and no subdural pattern, then 40 mg of Kenalog-40 (1 mL) with 2 mL of preservative-free normal saline was injected without difficulty and the needle was removed intact. AP and contralateral oblique images were saved to the electronic record.

Post procedure he was awake and conversant, pain score 3/10, moving all extremities with no new deficit.

DISPOSITION: Discharged to home after meeting recovery criteria, follow up 3 weeks.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                imaging="fluoroscopy", contrast=True, sedation="mac")],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62321")], findings=["sedation_details"],
        dos="2023-10-03", pos="22",
        comment="MAC by the anaesthesia service with no agents, doses, times or reason for sedation written: "
                "sedation_details (details and the ESI justification). No sedative is listed: the agents belong "
                "to the anaesthesia record and none is named.")

    add("fdt-caudal-01", "ts_run_on", """
PREOPERATIVE DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Caudal epidural steroid injection with fluoroscopic guidance and contrast epidurogram.

ANESTHESIA: Local.

ESTIMATED BLOOD LOSS: None.

SPECIMENS: None.

COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: The patient is an 81-year-old woman who for about a year has had aching, heaviness and numbness in both buttocks and down the back of both thighs into the calves when she walks or stands, which settles when she sits down or bends forward. She has been through a course of physical therapy, uses acetaminophen and wears a lumbar corset. Her walking is now limited to about half a block and she has to sit down partway through grocery shopping. MRI shows severe central canal stenosis at L3-L4 and L4-L5 with a grade 1 degenerative spondylolisthesis at L4-L5. A caudal approach was chosen because of the multilevel stenosis. She is not interested in surgery. Pre-procedure pain 6/10.

DESCRIPTION OF PROCEDURE: The procedure and its risks were explained and she signed the consent form. She was brought to the procedure suite and placed prone with a pillow under the pelvis. A time-out was completed. The sacral area was prepped with chlorhexidine x3 and draped, the sacral hiatus was palpated and confirmed on lateral fluoroscopy and the skin was anesthetized with 3 cc of 1% Xylocaine, a 20-gauge Tuohy needle was directed through the sacrococcygeal ligament into the sacral canal under lateral fluoroscopic view with a give felt as the ligament was crossed, aspiration was negative for blood or CSF, 5 cc of Omnipaque 240 was injected under live fluoroscopy showing filling of the sacral epidural canal extending cephalad and outlining the sacral nerve roots, no vascular uptake. 80 mg of Depo-Medrol (2 cc) and 8 cc of 0.2% Naropin were then injected. The needle was removed. AP and lateral images were saved.

She tolerated the procedure well. Post-procedure pain 3/10. No complications.

DISPOSITION: Discharged home with her daughter in stable condition. Follow up in 4 weeks.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80),
               given("ropivacaine", 16)],
        pain=(6, 3), need=minus(ESI_NEED, "conservative_care"), codes=[line("62323"), line("J1040")],
        findings=["conservative_care"], dos="2023-03-14", pos="11",
        comment="Care only listed ('been through a course of physical therapy, uses acetaminophen and wears a "
                "lumbar corset'), with no outcome and no length: conservative_care. Caudal: no levels asked; the "
                "MRI levels are not treated levels. Depo-Medrol 80 mg before 2024-04-01: J1040 x1.")

    add("fdt-mbb-01", "ts_numbered_dx", """
PREOPERATIVE DIAGNOSES:
1. Lumbar spondylosis without myelopathy or radiculopathy (M47.81).
2. Lumbar facet arthropathy, L4-L5 and L5-S1, bilateral.

POSTOPERATIVE DIAGNOSES: Same.

PROCEDURE PERFORMED: Bilateral L3 and L4 medial branch blocks and L5 dorsal ramus blocks under fluoroscopic guidance (second diagnostic block).

ANESTHESIA: None. No sedation and no skin local anesthetic were used so as not to confound the diagnostic block.

EBL: None.

COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 67-year-old male retired carpenter with axial low back pain across the belt line for more than 2 years, worse with standing, extension and twisting, without radiation below the knees. Twelve weeks of physical therapy, NSAIDs and chiropractic care gave no lasting relief. He cannot stand at his workbench longer than 20 minutes and has difficulty getting out of bed in the morning; ODI 38%. Facet loading is positive on both sides and the neurologic exam is normal. MRI shows bilateral facet hypertrophy with small effusions at L4-L5 and L5-S1 and no neural compression. The first diagnostic medial branch block at the same levels with lidocaine a month ago gave 85% relief lasting about 2 hours. Today he returns for the confirmatory block with bupivacaine. Pre-procedure pain 8/10.

DESCRIPTION OF PROCEDURE: The nature of the diagnostic block, its risks and the expected short duration of relief were discussed and he gave written informed consent. He was brought to the procedure suite and placed prone. Time out was performed confirming patient, procedure, both sides and levels. The lumbar area was prepped and draped in sterile fashion. Using oblique fluoroscopic views, 22-gauge spinal needles were placed at the junction of the superior articular process and transverse process of L4 and L5 on each side for the L3 and L4 medial branches, and at the junction of the sacral ala and the S1 superior articular process on each side for the L5 dorsal rami. Position was confirmed in AP and lateral views. After negative aspiration 0.5 mL of Omnipaque 240 was injected through each of the six needles with no vascular spread, followed by 0.5 mL of 0.5% bupivacaine through each needle. All needles were removed intact.

The patient tolerated the procedure well and was taken to recovery. At 30 minutes his pain with the provocative maneuvers that usually bother him was 1/10, which he rated as 88% relief. He was given a pain diary to complete over the next 8 hours.

PLAN: If this block is concordant with the first, he will be scheduled for bilateral L4-L5 and L5-S1 radiofrequency ablation.

DISPOSITION: Home in stable condition.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                sedation="none")],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 15)],
        pain=(8, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=["code_validity"],
        dos="2025-07-08", pos="24", payer="medicare_fcso",
        comment="Nerves only (L3, L4 medial branches, L5 dorsal ramus) -> joints L4-L5, L5-S1. M47.81 is a "
                "non-billable category: code_validity; line 2 (facet arthropathy -> M47.816) still supports the "
                "facet block. Confirmatory block after 85% from the first: no diagnostic_block_relief.")

    add("fdt-facet-01", "ts_numbered_dx", """
PREOPERATIVE DIAGNOSIS:
1. Cervical spondylosis without myelopathy or radiculopathy (M47.812).
2. Left C5-C6 and C6-C7 facet arthropathy.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left C5-C6 and C6-C7 intra-articular facet joint injections, therapeutic, under fluoroscopic guidance.

ANESTHESIA: Local.

ESTIMATED BLOOD LOSS: Minimal.

COMPLICATIONS: None.

INDICATIONS: 70-year-old female with left-sided axial neck pain for approximately 3 years, referring to the left upper trapezius and shoulder blade but not into the arm. Physical therapy, home cervical traction and diclofenac gel gave no lasting relief. Two diagnostic medial branch blocks at the same levels in 2024 gave 90% and 85% relief. Her last therapeutic intra-articular injection at these joints was 5 months ago and gave about 70% relief for 4 months; the pain has now returned to baseline. She does not wish to pursue radiofrequency ablation at this time. CT of the cervical spine shows left-sided facet arthrosis at C5-C6 and C6-C7. Pre-procedure pain 7/10.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after a discussion of risks and benefits. The patient was brought to the procedure suite and positioned prone with the forehead on a padded support. A time-out was held. The posterior neck was prepped with chlorhexidine and draped in the usual sterile manner. Using lateral and ipsilateral oblique fluoroscopic views the left C5-C6 and C6-C7 facet joints were identified. Skin over each entry point was anesthetized with 1 mL of 1% lidocaine. A 22-gauge 3.5 inch spinal needle was advanced into each joint from a posterior approach. Intra-articular placement was confirmed with 0.2 mL of Isovue-M 200 at each joint, which outlined the joint capsule. A mixture of 1 mL Kenalog-40 (40 mg) and 1 mL of 0.5% bupivacaine was prepared and 1 mL was injected into each joint. The needles were removed intact and bandages applied.

Patient tolerated the procedure well. Post-procedure pain 2/10. No complications.

DISPOSITION: Discharged home. Follow up in 6 weeks.
""", procs=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="left",
                levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                sedation="local")],
        drugs=[given("lidocaine", 20), given("iopamidol", 0.4, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        codes=[line("64490", "LT"), line("64491", "LT"), line("J3301", units=4)],
        findings=["functional_impairment"], dos="2026-02-19", pos="11",
        comment="Repeat therapeutic injection with two diagnostic blocks >= 80% and a prior therapeutic response "
                "of 70% for 4 months: no relief finding. No functional limitation or disability scale is written "
                "(left out on purpose).")

    add("fdt-facet-02", "ts_run_on", """
PREOPERATIVE DIAGNOSIS: Thoracic spondylosis (M47.814), right-sided mid back pain.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Right T7-T8, T8-T9 and T9-T10 facet joint medial branch blocks (T6, T7, T8 and T9 medial branches), diagnostic, with fluoroscopic guidance.

ANESTHESIA: Local.

ESTIMATED BLOOD LOSS: None.

SPECIMENS: None.

COMPLICATIONS: None.

INDICATIONS: 58-year-old male with right-sided mid-back pain for 8 months, paraspinal, without radiation around the chest wall. 8 weeks of physical therapy and naproxen did not help. He cannot sit through a church service or a movie and the pain wakes him when he rolls onto his back; ODI 30%. There is tenderness over the right T7 through T10 facets. CT shows right-sided facet arthropathy from T7-T8 through T9-T10. Pain 6/10 before the procedure.

PROCEDURE IN DETAIL: The patient was brought to the procedure suite and placed prone on the fluoroscopy table. Timeout was performed. The thoracic area was prepped and draped in the usual sterile fashion, using AP fluoroscopy with slight ipsilateral oblique the superolateral corners of the right T7, T8, T9 and T10 transverse processes were identified, skin was anesthetized with 1 mL of 1% lidocaine at each of four sites and a 22-gauge 3.5-inch spinal needle was advanced to each target until bone was contacted, position was confirmed in AP and lateral views and after negative aspiration 0.5 mL of 0.5% bupivacaine was injected at each of the four targets. The needles were removed.

The patient tolerated the procedure well. At 30 minutes pain was 1/10. Pain diary given.

PLAN: If the response is concordant on a second diagnostic block, right T7-T10 radiofrequency ablation will be considered.
""", procs=[proc("facet_injection", approach="medial_branch", region="thoracic", laterality="right",
                levels=["T7-T8", "T8-T9", "T9-T10"], imaging="fluoroscopy", intent="diagnostic",
                sedation="local")],
        drugs=[given("lidocaine", 40), given("bupivacaine", 10)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT"), line("64492", "KX", "RT")],
        findings=["consent", "level_limit"], dos="2024-11-12", pos="22", consent=False,
        comment="Three thoracic joints in one session: 64492 once and level_limit. No consent is written "
                "(left out on purpose).")

    add("fdt-rfa-01", "ts_history_detail", """
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816), right L3-L4 and L4-L5 facet mediated pain.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Right L3-L4 and L4-L5 facet joint radiofrequency ablation (right L2, L3 and L4 medial branch radiofrequency neurotomy) with fluoroscopic guidance.

ANESTHESIA: Local. Patient declined IV sedation.

ESTIMATED BLOOD LOSS: Minimal.

COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: 72-year-old woman with right-sided low back pain for 18 months, no radicular component, worse with standing and extension. Conservative measures including a 10-week physical therapy program, NSAIDs and a TENS unit failed to control the pain. She has to stop and sit after 10 minutes of standing, can no longer do her gardening, and her ODI is 46%. MRI of the lumbar spine: right L3-L4 and L4-L5 facet arthropathy, no stenosis. She had two separate diagnostic medial branch blocks at these levels, the first with lidocaine giving 90% relief and the second with bupivacaine giving 80% relief, each lasting the expected duration of the local anesthetic. Pain prior to procedure 7/10.

DESCRIPTION OF PROCEDURE: Risks including infection, bleeding, neuritis, numbness and worsening pain were discussed, questions were answered and consent was signed. The patient was placed prone in the procedure suite. A time-out was performed to confirm the patient, side and levels. Chlorhexidine prep and sterile draping of the lumbar region. The skin at each of three entry sites was anesthetized with 1 mL of 1% lidocaine. Under fluoroscopic guidance 18-gauge 100 mm radiofrequency cannulas with 10 mm active tips were placed parallel to the course of the right L2, L3 and L4 medial branches at the junction of the superior articular process and transverse process of L3, L4 and L5, using oblique and lateral views. Sensory stimulation at 50 Hz produced concordant back pain below 0.5 V at each level and motor stimulation at 2 Hz up to 2.0 V gave multifidus twitching without any lower extremity contraction. 1 mL of 2% lidocaine was then injected through each cannula and after 60 seconds thermal lesions were made at 80 degrees Celsius for 90 seconds at each level. The cannulas were removed.

Patient tolerated the procedure well. Pain after the procedure 4/10, with expected soreness at the sites. No complications.

DISPOSITION: Home with her husband. Follow up in 4 weeks. She understands it may take 2 to 4 weeks for the full effect.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 90)],
        pain=(7, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[], dos="2025-10-21", pos="24",
        payer="medicare_cgs")

    add("fdt-si-01", "ts_caps_headers", """
PREOPERATIVE DIAGNOSIS: Right sacroiliitis (M46.1).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Right sacroiliac joint injection, diagnostic, under fluoroscopic guidance with arthrogram.

ANESTHESIA: Local.

ESTIMATED BLOOD LOSS: None.

SPECIMENS: None.

COMPLICATIONS: None.

INDICATIONS: 63-year-old woman with right buttock and posterior pelvic pain below L5 for 6 months, pointing to the right posterior superior iliac spine, worse with rolling in bed and climbing stairs. She has given up her walking group because of it. Eight weeks of physical therapy with pelvic stabilization and daily NSAIDs have not helped. FABER, Gaenslen and thigh thrust tests reproduce her pain on the right; lumbar facet loading is negative and she has no leg symptoms. Pre-procedure pain 7/10.

DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives were discussed and the patient signed informed consent. She was brought to the procedure suite and placed prone. Time-out was done verifying correct patient, procedure and right side. The right low back and buttock were prepped with chlorhexidine and draped. The C-arm was angled to separate the anterior and posterior joint lines of the right SI joint and the inferior aspect of the joint was identified. 2 mL of 1% lidocaine anesthetized the skin. A 22-gauge 3.5 inch spinal needle was advanced into the inferior pole of the right SI joint. 0.5 mL of Isovue-M 200 showed intra-articular spread outlining the joint without vascular uptake. 40 mg Kenalog (1 mL) mixed with 2 mL of 0.5% Marcaine was then injected into the joint. The needle was removed. AP and oblique images were saved to the chart.

She tolerated the procedure well. At 20 minutes after the injection her pain was 1/10 with provocative maneuvers, approximately 85% relief, which is a positive diagnostic response. There were no complications.

DISPOSITION: Discharged home. Follow up in 2 weeks to review her pain diary.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iopamidol", 0.5, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 10)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=[], dos="2025-04-02", pos="11")

    add("fdt-tpi-01", "ts_short", """
PREOPERATIVE DIAGNOSIS: Myofascial pain syndrome of the neck and upper back (M79.12).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Trigger point injections, right trapezius, right levator scapulae, right rhomboid major and right infraspinatus.

ANESTHESIA: None.

COMPLICATIONS: None.

INDICATIONS: The patient is a 52-year-old female with chronic right neck and shoulder girdle pain for 2 years. On exam today there are palpable taut bands with local twitch responses and referred pain in the right upper trapezius, right levator scapulae, right rhomboid major and right infraspinatus. This is her fourth trigger point injection session in the past 12 months; the earlier sessions each helped for several weeks. Pain is 7/10 prior to injection.

PROCEDURE: After verbal and written consent was obtained and a time-out completed, the skin over each trigger point was cleaned with alcohol. Each trigger point was fixed between two fingers and a 25-gauge 1.5 inch needle was introduced into the taut band, and after negative aspiration 2 mL of 1% lidocaine was injected into each of the four muscles with a fanning technique, 8 mL in total. Pressure was held and bandages applied.

The patient tolerated the injections well without complication. Pain after injection 3/10. She was encouraged to continue her home stretching program.
""", procs=[proc("trigger_point", sedation="none")],
        drugs=[given("lidocaine", 80)],
        pain=(7, 3), need=("diagnosis", "symptom_duration"), codes=[line("20553")],
        findings=["frequency", "percent_relief"], dos="2024-02-27", pos="11",
        comment="'fourth trigger point injection session in the past 12 months' counts today: 4 > 3 (frequency). "
                "Pre 7 and post 3 are written but no percent relief is stated (left out on purpose).")

    add("fdt-onb-01", "ts_short", """
PREOPERATIVE DIAGNOSIS: Bilateral occipital neuralgia (M54.81).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Bilateral greater occipital nerve blocks and bilateral lesser occipital nerve blocks.

ANESTHESIA: None.

GUIDANCE: Landmark technique, no imaging.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

INDICATIONS: 44-year-old woman with 14 months of stabbing, electric pain from the base of the skull over the back of the head on both sides, with scalp tenderness and pain reproduced by pressure over both the greater and lesser occipital nerves. Migraine preventives and physical therapy have not controlled the pain and she misses about 6 days of work a month. Pain score 8/10 at the start of the visit.

PROCEDURE IN DETAIL: The risks including infection, bleeding, hair loss at the site and failure to relieve pain were reviewed and she gave informed consent. A time-out was completed. She was seated, leaning forward with her head on a padded table. The occipital protuberance and mastoid processes were palpated. A solution of 4 mL of 0.5% bupivacaine and 1 mL of Kenalog-40 (40 mg) was drawn up. After alcohol prep a 27-gauge needle was inserted just medial to the occipital artery pulse on each side, about one-third of the way from the occipital protuberance to the mastoid, and after negative aspiration 2 mL was injected at each greater occipital nerve. The needle was then redirected laterally at the junction of the middle and lateral thirds on each side and 0.5 mL was injected at each lesser occipital nerve. Pressure was held.

She tolerated the procedure well with no complications. At 10 minutes her headache was 2/10 and she had numbness over the back of the scalp on both sides.

DISPOSITION: Home. Headache diary; return in 4 weeks.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                imaging="none", sedation="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64405", "50"), line("64450", "50"), line("J3301", units=4)], findings=[],
        dos="2026-08-04", pos="11",
        comment="Greater (64405) and lesser (64450) occipital nerves, each on both sides (50). The whole 5 mL "
                "solution was used (2 + 2 + 0.5 + 0.5 mL): bupivacaine 20 mg, triamcinolone 40 mg.")

    add("fdt-symp-01", "ts_caps_headers", """
PREOPERATIVE DIAGNOSIS: Complex regional pain syndrome type I of the left lower limb (G90.522).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Left lumbar sympathetic block at L3 under fluoroscopic guidance.

ANESTHESIA: Local.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: None.

INDICATIONS: 39-year-old man who sustained a left ankle fracture 7 months ago, treated with open reduction and internal fixation, and who since then has burning pain of the left foot and ankle with allodynia to light touch, intermittent swelling, a mottled purplish color and a cooler left foot. He has tried gabapentin, desensitization therapy and graded motor imagery without improvement. He is unable to wear a shoe on the left foot and walks with a cane. Pain today 8/10.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after risks including bleeding, infection, nerve injury, genitofemoral neuralgia and temporary leg weakness were discussed. Temperature probes were placed on both great toes. He was positioned prone and a time-out was performed. The left lumbar area was prepped and draped. The skin at the entry point was anesthetized with 2 mL of 1% lidocaine. Using oblique fluoroscopic views a 22-gauge 5-inch spinal needle was advanced to the anterolateral aspect of the L3 vertebral body on the left and the final position was confirmed on the lateral view at the anterior vertebral margin. After negative aspiration 2 mL of Omnipaque 240 was injected showing linear spread along the anterolateral vertebral bodies with no psoas, vascular or epidural spread. 15 mL of 0.25% bupivacaine was then injected in divided doses. The needle was removed.

Within 15 minutes the left great toe temperature rose from 28.4 to 33.6 degrees Celsius with visible venodilation. Pain decreased to 3/10. He tolerated the procedure well. No complications.

DISPOSITION: Recovery for 30 minutes, then home. He will resume physical therapy this week.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("bupivacaine", 37.5)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64520"), line("77002", "26")], findings=[], dos="2024-05-15", pos="22")

    add("fdt-gnb-01", "ts_numbered_dx", """
PREOPERATIVE DIAGNOSIS:
1. Primary osteoarthritis, left knee (M17.12).
2. Chronic left knee pain, not a surgical candidate.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Left genicular nerve blocks (superolateral, superomedial and inferomedial genicular nerves), diagnostic, with fluoroscopic guidance.

ANESTHESIA: Local.

EBL: None.

COMPLICATIONS: None.

INDICATIONS: 76-year-old man with left knee pain for 3 years from tricompartmental osteoarthritis. Because of his cardiac history he has been advised against knee replacement. Intra-articular steroid and hyaluronic acid injections, a course of physical therapy and topical NSAIDs have not given lasting relief. He walks less than 2 blocks before he has to stop. X-rays show severe medial joint space narrowing with osteophytes. This diagnostic block is to see whether he is a candidate for radiofrequency ablation. Pain before the block 7/10.

PROCEDURE: The procedure and its risks were explained and informed consent was obtained. A time-out was performed. The patient was placed supine with a bolster under the left knee and the knee was prepped with chlorhexidine and draped. AP fluoroscopy was used to identify the junction of the femoral shaft with the lateral and medial epicondyles and of the tibial shaft with the medial tibial condyle. The skin at each site was anesthetized with 1 mL of 1% lidocaine. 22-gauge 3.5 inch spinal needles were advanced to bone at each target and a lateral view confirmed the tips at the midpoint of the bone. After negative aspiration 2 mL of 0.5% bupivacaine was injected at each of the three targets. The needles were removed.

He tolerated the procedure well. At 30 minutes his pain on walking was 1/10, about 85% relief. No complications.

PLAN: If relief holds through the duration of the anesthetic he will be scheduled for left genicular radiofrequency ablation.
""", procs=[proc("genicular_nerve_block", target="genicular", region="knee", laterality="left",
                imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 30)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64454", "LT")], findings=[], dos="2023-08-29", pos="24")


# ----------------------------------------------------------------------------------------------------------
# Hand half: dictated transcription pages with the hard cases
# ----------------------------------------------------------------------------------------------------------


def _hand_half(add, proc, line, given, ESI_NEED, minus):
    add("fdt-h-tfesi-01", "ts_dictated_conflict", """
PROCEDURE NOTE

PREOPERATIVE DIAGNOSIS: Left L4 radiculopathy secondary to foraminal disc protrusion at L4-L5.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: RIGHT L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION UNDER FLUOROSCOPY.

ANESTHESIA: Local.

HISTORY: The patient is a pleasant 68-year-old gentleman seen today for his scheduled injection. He has had pain in the left anterior thigh wrapping around the knee into the medial shin for about 3 months since lifting bags of mulch, with numbness of the medial left shin, Physical therapy twice weekly for 6 weeks and meloxicam did not help his leg pain at all. On exam the left knee jerk is diminished, quadriceps is 4+/5 on the left and the femoral stretch test is positive on the left. MRI shows a left foraminal disc protrusion at L4-L5 compressing the exiting left L4 nerve root. He has had to give up his part time job at the hardware store because he cannot stand at the register, and he cannot climb the stairs at home without pulling himself up on the rail. Pain today 7/10. He denies bowel or bladder changes.

DESCRIPTION OF PROCEDURE: I explained the procedure with its risks and benefits and answered his questions and he signed consent. He was then brought to the procedure suite and placed in the prone position. A time-out was performed with the team. The lumbar area was prepped with chlorhexidine and draped. With the fluoroscope in an oblique view on the left side the left L4-5 neuroforamen was identified and the skin was anesthetized with 2 mL of 1 percent lidocaine. A 22-gauge spinal needle was advanced into the left L4-5 foramen below the L4 pedicle under intermittent fluoro, and the lateral view confirmed placement in the upper foramen. Negative aspiration. 1 mL of Omnipaque 300 under live fluoroscopy outlined the left L4 nerve root with flow into the epidural space and no vascular pattern. Then 1 mL Celestone Soluspan (6 mg) and 1 mL of 1% preservative free lidocaine were injected. The needle was removed. AP and lateral images were saved. Complications: None. The Patient tolerated the procedure well, post injection pain was 2/10 and left leg strength was unchanged.

PLAN: Follow up in 3 weeks. Continue home exercise program. If he does not improve, surgical referral will be considered.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"),
               given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("J0702")],
        findings=["laterality_conflict"], dos="2026-01-13", pos="11",
        comment="The procedure heading says RIGHT; the diagnosis, history, exam, MRI and every needle sentence say "
                "left. Codes and side follow the description (LT) and the difference is a laterality_conflict.")

    add("fdt-h-ilesi-01", "ts_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSES:
1. Lumbar radiculopathy (M54.16), left greater than right.
2. L4-L5 disc bulge with bilateral lateral recess narrowing.
3. Allergy to iodinated contrast (anaphylaxis).

POSTOPERATIVE DIAGNOSES: Same.

OPERATION: Lumbar interlaminar epidural steroid injection at L4-L5 with fluoroscopic guidance, without contrast.

ANESTHESIA: Local (1% lidocaine).

BLOOD LOSS: Minimal.

SPECIMENS: none.

COMPLICATIONS: none.

INDICATIONS FOR OPERATION: 55-year-old female with 4 months of low back pain with pain radiating into both legs down the lateral thighs to the lateral calves, left worse than right, with pins and needles on the top of the left foot. She has done a home exercise program, physical therapy for 6 weeks and ibuprofen, all without significant relief. She has cut her shifts as a hair stylist in half because she cannot stand through them and her sleep is poor; ODI 42%. Straight leg raise is positive on the left at 50 degrees with diminished sensation in the left L5 dermatome. MRI: L4-L5 broad based disc bulge with facet hypertrophy causing lateral recess narrowing on both sides, left more than right, contacting the traversing L5 roots. She had an anaphylactic reaction to iodinated contrast during a CT scan some years ago, so no contrast will be used today. Preprocedure pain score 8/10.

PROCEDURE: After the risks, benefits and alternatives were explained, including that epidural placement would be confirmed without contrast, informed consent was obtained. The patient was placed prone on the fluoroscopy table. Time-out was performed. The lumbar region was prepped with chlorhexidine and draped in sterile fashion. The L4-L5 interspace was identified under AP fluoroscopy and the skin was anesthetized with 2 mL of 1% lidocaine. A 20 gauge Tuohy needle was advanced in a left paramedian approach under intermittent fluoroscopy with lateral views, and loss of resistance to saline was obtained at 5.5 cm. There was no heme or CSF. Because of the contrast anaphylaxis the position of the needle tip in the posterior epidural space was verified on AP and lateral fluoroscopic views instead of with an epidurogram. 80 mg of triamcinolone (Kenalog-40, 2 mL) mixed with 3 mL of preservative-free saline was injected in increments without paresthesia. The needle was removed. AP and lateral images of the final needle position were saved.

She tolerated the procedure well. Post procedure pain 3/10. She was observed for 20 minutes with no sign of allergic reaction or neurologic change.

DISPOSITION: Home with her partner. Follow up in 3 weeks.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                imaging="fluoroscopy", contrast=False, sedation="local")],
        drugs=[given("lidocaine", 20), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, codes=[line("62323"), line("J3301", units=8)], findings=[],
        dos="2025-05-28", pos="11",
        comment="No contrast, with the reason written (anaphylaxis to iodinated contrast): no contrast finding. "
                "Triamcinolone 80 mg is at, not over, its ceiling.")

    add("fdt-h-rfa-01", "ts_op_report_sedation", """
OPERATIVE NOTE

PREOPERATIVE DIAGNOSES:
1. Cervical spondylosis without myelopathy or radiculopathy (M47.812).
2. Left cervical facet syndrome, C3-C4 through C6-C7.

POSTOPERATIVE DIAGNOSES: Same.

PROCEDURE: Left C3-4, C4-5, C5-6 and C6-7 cervical facet radiofrequency ablation (left C3, C4, C5, C6 and C7 medial branch neurotomy), fluoroscopically guided, with moderate sedation.

ANESTHESIA: Moderate (conscious) sedation administered by the proceduralist, plus local.

ESTIMATED BLOOD LOSS: Minimal.

SPECIMENS: None.

COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: This is a 62 year old female with a two year history of left sided neck pain referring to the occiput and the left shoulder girdle, without arm symptoms or weakness, worse with rotation and looking up. She has failed physical therapy, a home exercise program, NSAIDs and a course of muscle relaxants. She has difficulty checking her blind spot when driving and can no longer work at her computer for more than 30 minutes; NDI 40%. Two separate diagnostic left cervical medial branch blocks of the C3 through C7 medial branches gave 90% and 85% relief of her index pain, for durations consistent with the local anesthetic used. X-rays and MRI show multilevel left-sided facet arthropathy from C3-C4 through C6-C7 with no foraminal or central stenosis. Her pain today is 6/10. During both diagnostic blocks she became very anxious and could not stay still on the table despite an oral anxiolytic, and one block had to be paused; for that reason moderate sedation is planned for this longer procedure.

PAST MEDICAL HISTORY: Generalized anxiety disorder, hyperlipidemia, gastroesophageal reflux, migraine without aura.

MEDICATIONS: Sertraline 100 mg daily, atorvastatin 20 mg daily, omeprazole 20 mg daily, acetaminophen as needed.

ALLERGIES: No known drug allergies.

PHYSICAL EXAMINATION: Pleasant, anxious-appearing woman. Tenderness over the left C3 through C7 articular pillars, pain with extension and left rotation, which is limited to about 50 degrees. Spurling maneuver negative on both sides. Upper extremity strength 5/5, reflexes 2+ and symmetric, sensation intact. Airway Mallampati class II. ASA class II.

DESCRIPTION OF PROCEDURE: The risks, including infection, bleeding, neuritis, dysesthesias, numbness of the skin of the neck and failure to relieve pain, and the risks of sedation were explained, and informed consent was obtained and signed. The patient was brought to the procedure suite and placed prone with the head on a foam support, and standard monitors (pulse oximetry, blood pressure, ECG and capnography) were applied. Time out was performed. Moderate sedation was administered by me: midazolam 2 mg IV and fentanyl 50 mcg IV in divided doses. An independent trained registered nurse observer, whose only duty was monitoring the patient, was present throughout. Sedation start 07:40. The posterior neck was prepped with chlorhexidine and draped in sterile fashion. Using lateral and oblique fluoroscopic views the articular pillars of C3 through C7 on the left were identified. The skin at five entry points was anesthetized with 1 mL of 1% lidocaine each. 20-gauge 100 mm RF cannulas with 10 mm active tips were advanced to the waist of the articular pillars of C3, C4, C5, C6 and C7 on the left and their position confirmed on AP and lateral views. Sensory stimulation at 50 Hz reproduced concordant neck pain at less than 0.6 V at each level and motor stimulation at 2 Hz to 2 V gave no upper extremity contraction. After 0.5 mL of 2% lidocaine through each cannula, lesions were created at 85 degrees Celsius for 90 seconds at each site. 0.5 mL of 0.25% bupivacaine was then injected through each cannula and the cannulas were removed. Sedation end 08:12, total intraservice time 32 minutes. Vital signs were stable throughout, lowest SpO2 95%.

The patient tolerated the procedure well. In recovery her pain was 3/10. She was awake and alert, Aldrete score 10.

DISPOSITION: Discharged with her husband after recovery criteria were met. Follow up in 6 weeks.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                levels=["C3-C4", "C4-C5", "C5-C6", "C6-C7"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 50, "mcg"), given("lidocaine", 100),
               given("bupivacaine", 6.25)],
        pain=(6, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64633", "LT"), line("64634", "LT", units=3), line("99152"), line("99153")],
        findings=[], dos="2026-03-24", pos="22",
        comment="Four joints: 64633 + 64634 x3. Moderate sedation by the proceduralist with agents, doses, "
                "start/stop, an independent observer and a written reason: 32 min -> 99152 + 99153 x1.")

    add("fdt-h-si-01", "ts_dictated_repeat_side", """
PROCEDURE NOTE - BILATERAL SACROILIAC JOINT INJECTIONS

PREOPERATIVE DIAGNOSIS: Bilateral sacroiliac joint dysfunction (M53.3).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Bilateral sacroiliac joint injections, therapeutic, with fluoroscopic guidance and contrast.

ANESTHESIA: Local

COMPLICATIONS: none

INDICATIONS: 71 y/o female with low back and buttock pain below the belt line over both SI joints for approximately 2 years, worse getting up from a chair and rolling over, with positive provocative tests (thigh thrust, compression, distraction and FABER) on both sides and no radicular signs. She had 8 weeks of physical therapy and NSAIDs without lasting benefit. Diagnostic bilateral SI joint injections in January gave 80% relief of her typical pain. Her last therapeutic bilateral SI joint injections in early March, five months ago, gave about 70% relief which lasted 4 months and she was able to get back to water aerobics; the pain has now returned and she has had to stop her water aerobics class again. This will be her second therapeutic session this year. Pain 6/10 today.

DESCRIPTION: The procedure was explained including risks of bleeding, infection, nerve injury and steroid side effects, and written consent was obtained. The patient was positioned prone on the fluoroscopy table. Time-out was performed confirming the patient and that both sides were planned. The low back and buttocks were prepped with chlorhexidine and draped in a sterile fashion. Starting on the right, the C-arm was rotated to separate the joint lines of the right SI joint and the inferior third of the joint was identified; the skin was anesthetized with 2 mL of 1% lidocaine and a 22 gauge 3.5 inch spinal needle was advanced into the joint. 0.5 mL of Omnipaque 240 showed intra-articular spread with no vascular uptake, and then 1 mL of Kenalog-40 (40 mg) with 2 mL of 0.25% bupivacaine was injected. The needle was removed. The same procedure was then repeated on the left side with the same volumes of lidocaine, contrast, Kenalog and bupivacaine. AP and oblique views of each side were saved.

She tolerated it well. In recovery her pain was 1/10, about 80% relief.

PLAN: Follow-up in 6 weeks, continue home exercises.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 40), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 80),
               given("bupivacaine", 10)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "50")], findings=[], dos="2024-08-06", pos="22",
        comment="'repeated on the left side with the same volumes': every dose counted twice. Therapeutic repeat "
                "with a positive diagnostic block (80%) and a prior response of 70% for 4 months: no finding.")

    add("fdt-h-sinb-01", "ts_dictated", """
PRE-PROCEDURE DIAGNOSIS: Left sacroiliac joint pain (M53.3).

POST-PROCEDURE DIAGNOSIS: Same.

PROCEDURE: Left sacroiliac joint lateral branch nerve blocks (left L5 dorsal ramus and S1, S2 and S3 lateral branches), diagnostic, under fluoroscopy.

ANESTHESIA: Local.

COMPLICATIONS: None.

HISTORY: This is a 66-year-old man with left sided low back and buttock pain centered over the left SI joint for about 10 months. A course of physical therapy did not help. He had two intra-articular left SI joint injections last year which helped only briefly, and he is being evaluated for radiofrequency ablation of the joint's nerve supply, so a diagnostic lateral branch block is done today. Pain 7/10 before the block.

DESCRIPTION OF THE PROCEDURE: After informed consent the patient was placed prone. Time-out was called. The sacral area was prepped and draped in sterile fashion. Under AP and slightly oblique fluoroscopy the left sacral ala and the left S1, S2 and S3 posterior sacral foramina were identified. The skin was anesthetized with 0.5 mL of 1% lidocaine at each of four sites. A 25-gauge 3.5 inch spinal needle was placed at the junction of the left sacral ala and the S1 superior articular process for the L5 dorsal ramus, and one needle each was placed at the lateral margin of the left S1, S2 and S3 foramina. After negative aspiration 0.2 mL of Isovue-M 300 was injected at each needle with no vascular spread, followed by 0.5 mL of 0.5% bupivacaine at each target. Needles were removed.

He tolerated the procedure well. At 30 minutes his pain was 2/10 with his usual aggravating movements, about 70% relief. He will keep a pain diary for the next 6 hours.

PLAN: If the block is positive, he will be scheduled for left SI joint lateral branch radiofrequency ablation.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="left",
                imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iopamidol", 0.8, "ml"), given("bupivacaine", 10)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("64451", "LT")], findings=[], dos="2025-03-18", pos="24", payer="medicare_cgs")

    add("fdt-h-sirfa-01", "ts_dictated", """
PREOPERATIVE DIAGNOSIS: Right sacroiliitis (M46.1).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Right sacroiliac joint radiofrequency ablation using cooled radiofrequency (right L5 dorsal ramus and S1, S2 and S3 lateral branches) under fluoroscopic guidance.

ANESTHESIA: Local. No IV sedation was given.

ESTIMATED BLOOD LOSS: Minimal.

COMPLICATIONS: None.

INDICATIONS: 59-year-old woman with right SI joint pain for 2 years that has not responded to physical therapy, NSAIDs and two intra-articular SI joint injections with short-lived relief. Two diagnostic right lateral branch blocks gave 80% and 75% relief. She cannot sit through a work shift or walk more than 15 minutes. Pain 6/10 before the procedure.

DESCRIPTION OF PROCEDURE: The risks and benefits were discussed and informed consent was obtained. The patient was placed prone. A time out was performed. The right sacral region was prepped and draped in sterile fashion. Using fluoroscopy the right S1, S2 and S3 posterior foramina and the right sacral ala were identified and marked. The skin at each of six entry sites was anesthetized with 1 mL of 1% lidocaine. Introducers were placed to the L5 dorsal ramus at the sacral ala, two lesion sites lateral to the S1 foramen, two lateral to the S2 foramen and one lateral to the S3 foramen, and the cooled radiofrequency probes were inserted. Motor stimulation at 2 Hz to 2 V produced no lower extremity movement. 1 mL of 2% lidocaine was injected through each introducer. Cooled radiofrequency lesions were then made at each of the six sites for 150 seconds with a probe temperature of 60 degrees Celsius. The probes and introducers were removed and bandages were applied.

She tolerated the procedure well and was discharged home with her husband. She was told soreness at the sites may last 1 to 2 weeks. Follow up in 4 weeks.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="right",
                imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 180)],
        pain=(6, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64625", "RT")], findings=["post_procedure_pain_score"], dos="2026-06-16", pos="24",
        comment="No pain score after the procedure (left out on purpose).")

    add("fdt-h-tpi-01", "ts_dictated_vial", """
PROCEDURE NOTE

DIAGNOSIS: Myofascial pain syndrome, left trapezius and left levator scapulae (M79.12).

PROCEDURE: Trigger point injections with onabotulinumtoxinA (Botox), left upper trapezius and left levator scapulae.

ANESTHESIA: None.

INDICATIONS: 47-year-old woman with left neck and shoulder girdle pain for 3 years with tension-type headaches. Examination today again shows taut bands with twitch responses and referred pain into the left neck and head in the left upper trapezius and left levator scapulae. Stretching, physical therapy and lidocaine trigger point injections gave only short relief. This is her second session of the year. Pain before the procedure 6/10.

PROCEDURE IN DETAIL: Risks including weakness, neck discomfort, flu-like symptoms and difficulty swallowing were reviewed and she gave consent. A time out was done. One 100-unit single-dose vial of Botox was reconstituted with 2 mL of preservative-free normal saline. After alcohol prep, 50 units were injected into the left upper trapezius over five points and 50 units into the left levator scapulae over three points, with a 30-gauge needle after negative aspiration at each point. The entire vial was used and no toxin was discarded.

She tolerated the injections with no complications. Pain after the injections was 4/10, about 33% immediate relief, and she understands the full effect takes 1 to 2 weeks. Return in 12 weeks.
""", procs=[proc("trigger_point", sedation="none")],
        drugs=[given("onabotulinumtoxinA", 100, "units")],
        pain=(6, 4), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("20552"), line("J0585", "JZ", units=100)], findings=[], dos="2025-09-09", pos="11",
        comment="Two muscles: 20552. 100 units from a single-dose vial, none discarded, after 2023-07-01: J0585 "
                "x100 with JZ. Saline is the diluent. Lidocaine appears only in the history.")

    add("fdt-h-pnb-01", "ts_dictated_ultrasound", """
PREOPERATIVE DIAGNOSIS: Right shoulder osteoarthritis (M19.011), chronic right shoulder pain.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Right suprascapular nerve block under ultrasound guidance.

ANESTHESIA: Local.

COMPLICATIONS: None.

INDICATIONS: 79-year-old man with right shoulder pain for over a year from glenohumeral osteoarthritis with a chronic rotator cuff tear. He is not a candidate for shoulder replacement at this time. An intra-articular steroid injection in the spring helped for 3 weeks. He can no longer lift his arm to comb his hair or reach a shelf, and night pain keeps him awake. Pain 7/10 today.

PROCEDURE: Informed consent was obtained. Time out was completed. He was seated with the right arm resting in his lap. The right suprascapular fossa was prepped with chlorhexidine. With a linear high-frequency transducer placed in the coronal plane over the suprascapular fossa the suprascapular nerve and artery were identified at the floor of the fossa beneath the supraspinatus muscle. The skin was anesthetized with 1 mL of 1% lidocaine. A 22-gauge 3.5 inch block needle was advanced in plane from medial to lateral under continuous ultrasound visualization to lie next to the nerve. After negative aspiration, ropivacaine with dexamethasone 4 mg was injected around the nerve with spread seen in the fossa. An ultrasound image showing the needle next to the nerve was saved in the chart. The needle was removed.

He tolerated the procedure well with no complications. Pain after the block was 2/10, with improved range of motion.

PLAN: If the block helps for several weeks he may be offered pulsed radiofrequency of the suprascapular nerve.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                imaging="ultrasound", sedation="local")],
        drugs=[given("lidocaine", 10), given("ropivacaine", None), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)], findings=["drug_dose"],
        dos="2026-04-21", pos="11",
        comment="Ropivacaine is named without volume or concentration (left out on purpose): drug_dose; "
                "dexamethasone 4 mg is dosed (J1100 x4). Ultrasound with a saved image: 76942. The intra-articular "
                "injection that helped 3 weeks is another procedure.")

    add("fdt-h-grfa-01", "ts_addendum", """
PROCEDURE: Left genicular nerve radiofrequency ablation.

PREOPERATIVE DIAGNOSIS: Right knee osteoarthritis (M17.11).

POSTOPERATIVE DIAGNOSIS: Same.

ANESTHESIA: Local.

COMPLICATIONS: None.

INDICATIONS: The patient is a 69 year old woman with right knee pain for 4 years from osteoarthritis, worse with stairs and standing. Physical therapy, NSAIDs, a steroid injection and a series of gel injections have not helped for long and she does not want knee replacement. She can only walk about 10 minutes. A diagnostic right genicular nerve block last month gave 90% relief for about 8 hours. Pain 7/10 today.

PROCEDURE IN DETAIL: After informed consent was obtained the patient was brought to the procedure room and positioned supine with a pillow under the right knee. Time-out was performed and the right knee was marked. The right knee was prepped with chlorhexidine and draped in sterile fashion. Under AP and lateral fluoroscopy the superolateral, superomedial and inferomedial genicular nerve targets on the right were identified. The skin at each site was anesthetized with 1 mL of 1% lidocaine. 18 gauge 100 mm RF cannulas with 10 mm active tips were advanced to each target and the position was confirmed in both views. Sensory stimulation at 50 Hz reproduced her knee pain below 0.5 V and motor stimulation at 2 Hz up to 2 V produced no leg movement. 1 mL of 2% lidocaine was injected through each cannula, and thermal radiofrequency lesions were made at 80 degrees Celsius for 90 seconds at each of the three sites. The cannulas were removed.

The patient tolerated the procedure well. Pain after the procedure was 3/10. Discharged home with her daughter, follow up in 4 weeks.

ADDENDUM: The procedure heading of this note was transcribed in error as left. The procedure was performed on the RIGHT knee as consented and marked. Side corrected to RIGHT. Electronically signed by the attending physician.
""", procs=[proc("genicular_rfa", target="genicular", region="knee", laterality="right", imaging="fluoroscopy",
                sedation="local")],
        drugs=[given("lidocaine", 90)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64624", "RT")], findings=[], dos="2025-11-04", pos="22",
        comment="Heading says left; the body says right throughout and a signed addendum corrects the side to "
                "RIGHT: the corrected side stands and no laterality_conflict is raised.")

    add("fdt-h-stellate-01", "ts_dictated_ultrasound", """
PREOPERATIVE DIAGNOSIS: Complex regional pain syndrome type I, right upper limb (G90.511).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Right stellate ganglion block under ultrasound guidance.

ANESTHESIA: None.

INDICATIONS: 45 year old woman who developed burning pain, swelling, color and temperature change and allodynia of the right hand and forearm after a distal radius fracture 9 months ago. Occupational therapy, gabapentin and a steroid taper did not help. She cannot grip, type or dress herself without help. Pain 7/10.

PROCEDURE: Risks including hoarseness, difficulty swallowing, vascular injection, seizure and pneumothorax were discussed and she gave informed consent. A time-out was performed. She was placed supine with the head turned slightly to the left. The right anterior neck was prepped with chlorhexidine. A linear ultrasound transducer was placed transversely at the level of the C6 transverse process, and the carotid artery, the longus colli muscle and the prevertebral fascia were identified. The skin was anesthetized with 1 mL of 1% lidocaine. A 25-gauge needle was advanced in plane from lateral to medial to lie beneath the prevertebral fascia over the longus colli, avoiding the thyroid and vessels. After negative aspiration 5 mL of 0.5% ropivacaine (Naropin) was injected in small increments with spread seen beneath the fascia. An ultrasound image of the needle and spread was saved to the record.

Within 10 minutes she had a right ptosis and miosis, consistent with a successful block, and the right hand temperature rose by 2.5 degrees. Pain after the block was 3/10.

DISPOSITION: Observed for 30 minutes and discharged with her sister. Follow up in 2 weeks; a series of blocks with occupational therapy is planned.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                imaging="ultrasound", sedation="none")],
        drugs=[given("lidocaine", 10), given("ropivacaine", 25)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64510"), line("76942")], findings=["complications"], dos="2024-12-10", pos="11",
        complications=None,
        comment="Nothing says whether there were complications (left out on purpose); ptosis and miosis are "
                "written as the sign of a successful block. Ultrasound with a saved image: 76942 in the office.")

    add("fdt-h-hip-01", "ts_op_report", """
PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, right hip (M16.11).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Right hip intra-articular steroid injection under fluoroscopic guidance with arthrogram.

ANESTHESIA: Local.

ESTIMATED BLOOD LOSS: None.

COMPLICATIONS: Brief vasovagal episode after the injection, resolved.

INDICATIONS FOR PROCEDURE: 73-year-old man with right groin and anterior thigh pain for 2 years from hip osteoarthritis. He walks with a cane, has trouble putting on socks and shoes, and is waiting for hip replacement in the spring. Acetaminophen, NSAIDs and physical therapy no longer control the pain. X-rays show severe joint space narrowing of the right hip with subchondral sclerosis. Pain 8/10 today.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after risks and benefits were discussed. The patient was brought to the procedure suite and placed supine. A time-out was performed. The right groin was prepped with chlorhexidine and draped. Under fluoroscopy the junction of the right femoral head and neck was identified and the femoral artery was palpated and marked medially. The skin was anesthetized with 3 mL of 1% lidocaine. A 22-gauge 3.5 inch spinal needle was advanced to bone at the superolateral femoral head-neck junction. 2 mL of Omnipaque 240 showed an intra-articular arthrogram outlining the joint capsule, with no vascular uptake. Then 40 mg of Depo-Medrol (1 mL of 40 mg/mL) and 4 mL of 0.25% bupivacaine were injected into the joint. The needle was removed and a bandage was applied.

After the needle was removed he became lightheaded and diaphoretic with a heart rate of 52, consistent with a vasovagal reaction; he was laid flat with the legs raised and given oral fluids and recovered fully within 10 minutes. Pain after the injection was 2/10.

DISPOSITION: Discharged home with his wife in stable condition after 30 minutes. Follow up with orthopedics as planned.
""", procs=[proc("joint_injection", target="hip", approach="intra_articular", region="hip", laterality="right",
                imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 40),
               given("bupivacaine", 10)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("20610", "RT"), line("77002"), line("J1030"), line("Q9966", units=2)], findings=[],
        dos="2023-11-09", pos="11", complications="vasovagal",
        comment="Major joint under fluoroscopy in the office: 20610 + 77002. Depo-Medrol 40 mg before "
                "2024-04-01: J1030 x1. Contrast with a code that does not include imaging, in the office: "
                "Omnipaque 240 (200-299 mg iodine/mL) 2 mL -> Q9966 x2.")

    add("fdt-h-scstrial-01", "ts_op_report_sedation", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSES:
1. Failed back surgery syndrome (M96.1).
2. Chronic bilateral lower extremity radicular pain.

POSTOPERATIVE DIAGNOSES: Same.

PROCEDURE: Percutaneous placement of two epidural spinal cord stimulator trial leads under fluoroscopic guidance, with moderate sedation.

ANESTHESIA: Local with moderate sedation administered by the proceduralist.

ESTIMATED BLOOD LOSS: Less than 5 mL.

SPECIMENS: None.

COMPLICATIONS: None.

INDICATIONS: 64-year-old man who underwent an L4 to S1 fusion several years ago and has had constant burning pain in both legs, the left more than the right, and low back pain ever since, now for more than 3 years. Physical therapy, gabapentin, duloxetine, two rounds of epidural steroid injections and a revision decompression did not give lasting relief. He can stand for only about 10 minutes and has given up driving for more than short trips; ODI 52%. MRI shows postoperative changes with epidural fibrosis at L5-S1 and no new stenosis. After discussion of the options he wishes to proceed with a stimulator trial. Pain today 8/10.

DESCRIPTION OF PROCEDURE: The risks including infection, bleeding, dural puncture and headache, lead migration, nerve injury and the possibility that the trial would not help were discussed and informed consent was signed. The patient was brought to the procedure suite and placed prone with pillows under the abdomen. Time out was performed. Moderate sedation was administered by me with midazolam 2 mg IV and fentanyl 50 mcg IV, with an independent registered nurse monitoring him throughout; sedation started at 10:05. The thoracolumbar area was prepped with chlorhexidine and draped in sterile fashion. The skin and tissues were anesthetized with 10 mL of 1% lidocaine. Under AP and lateral fluoroscopy a 14-gauge Tuohy needle was advanced into the epidural space at L1-L2 on the left using loss of resistance, and a second Tuohy needle was placed one level lower at L2-L3 on the right. An 8-contact percutaneous lead was advanced through each needle under fluoroscopy to the top of T8 and the middle of T9 respectively, just off midline. Intraoperative testing gave concordant paresthesia over more than 80% of both legs and the low back. The needles were removed, the leads were secured to the skin with sutures and a sterile dressing, and the leads were connected to the external stimulator. Sedation ended at 10:41 (36 minutes).

He tolerated the procedure well. In recovery with the stimulator on his pain was 3/10. He was instructed in the use of the device, keeping the dressing dry and restricting bending and lifting.

DISPOSITION: Home with his wife. Trial review and lead removal in 7 days.
""", procs=[proc("scs_trial", approach="percutaneous", imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 50, "mcg"), given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings", "radicular_findings"),
        codes=[line("63650", units=2), line("77003", "26"), line("99152"), line("99153")],
        findings=["indication"], dos="2025-01-28", pos="24",
        comment="No psychological evaluation is mentioned (left out on purpose): scs.psychological_evaluation, "
                "reported as indication. Two percutaneous leads: 63650 x2 with 77003-26 in the ASC. Moderate "
                "sedation by the proceduralist, observer, 36 min: 99152 + 99153 x1.")

    add("fdt-h-scsimplant-01", "ts_op_report_long", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSES:
1. Failed back surgery syndrome (M96.1).
2. Chronic bilateral lower extremity neuropathic pain.

POSTOPERATIVE DIAGNOSES: Same.

PROCEDURES PERFORMED:
1. Percutaneous implantation of two epidural spinal cord stimulator leads.
2. Placement of implantable pulse generator, right upper buttock.
3. Fluoroscopic guidance.

ANESTHESIA: Monitored anesthesia care by the anesthesia team, with local anesthesia.

ESTIMATED BLOOD LOSS: 20 mL.

SPECIMENS: None.

DRAINS: None.

COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: The patient is a 58-year-old woman with persistent burning pain in both legs and the low back for 4 years after two lumbar operations. Physical therapy, anticonvulsants, antidepressants, epidural injections and a period of long-acting opioids failed to control the pain, and the opioids caused constipation and sedation. She completed a psychological evaluation with a pain psychologist before her trial, which found no contraindication and cleared her for stimulation. Her 7-day percutaneous trial last month gave about 70% reduction in her leg pain and she cut her breakthrough opioid use by half; she was able to walk her dog again for the first time in 2 years. She wishes to proceed with a permanent system. Pain today 7/10.

PAST MEDICAL HISTORY: Hypertension, hypothyroidism, depression in remission, osteopenia.

PAST SURGICAL HISTORY: L4-L5 laminectomy and discectomy, later L4 to S1 posterior fusion; cholecystectomy; percutaneous stimulator trial last month.

MEDICATIONS: Pregabalin 75 mg twice daily, oxycodone 5 mg up to twice daily as needed, levothyroxine, amlodipine, vitamin D.

ALLERGIES: Penicillin (hives).

PHYSICAL EXAMINATION: Alert and oriented, in no distress. Healed midline lumbar incision. The trial lead exit site is clean with no erythema. Strength is 5/5 in both lower extremities, sensation is decreased over both lateral feet, reflexes are 1+ and symmetric. Gait is slow but steady without an assistive device.

LABORATORY: Preoperative blood count and coagulation studies were within normal limits.

DESCRIPTION OF PROCEDURE: The patient was identified in the preoperative area and the risks of the procedure, including infection, bleeding, epidural hematoma, paralysis, dural puncture, lead migration, hardware failure and the need for revision, were reviewed, and informed consent was confirmed. She was brought to the operating room and placed prone on a radiolucent table with all pressure points padded. Monitored anesthesia care was provided by the anesthesia team, who administered midazolam 2 mg IV and fentanyl 100 mcg IV; anesthesia start time 08:05, end time 09:32. A time-out was performed confirming the patient, procedure and generator site. The low back and right buttock were prepped with chlorhexidine and draped in the usual sterile fashion. Under AP fluoroscopy the T12-L1 interspace was identified. The skin and subcutaneous tissue along the planned midline incision were infiltrated with 20 mL of 1% lidocaine with epinephrine. A 4 cm incision was made down to the supraspinous fascia. Through this incision two 14-gauge Tuohy needles were advanced into the epidural space at T12-L1 using a loss of resistance technique, one on each side of midline. Two 8-contact percutaneous leads were then steered under live fluoroscopy to the top of T8 and the top of T9, matching the positions of the trial leads. Intraoperative testing with the patient awake produced concordant paresthesias over both legs and the low back. The needles were withdrawn and the leads were anchored to the fascia with suture anchors. Lateral fluoroscopy confirmed dorsal epidural position. The leads were tunneled subcutaneously to a pocket made in the right upper buttock through a 5 cm incision, after infiltrating the pocket site with 20 mL of 0.25% bupivacaine. The leads were connected to the implantable pulse generator, impedances were checked and were within normal limits, and the generator was placed in the pocket with the logo facing out. Both wounds were irrigated with sterile saline and closed in layers with absorbable sutures and skin adhesive. Sterile dressings were applied.

FINDINGS: Dorsal epidural lead position at T8-T9 on lateral fluoroscopy with the two arrays staggered by about half a vertebral body. Impedances within normal limits on all 16 contacts. Concordant paresthesia coverage of both legs and the low back at low amplitude.

The patient tolerated the procedure well and was taken to recovery in stable condition. The device representative programmed the system in recovery with three programs, and the patient was shown how to use the remote control and charger.

DISPOSITION: Discharged home the same day after recovery. Wound check in 10 days. No bending, lifting or twisting for 6 weeks.
""", procs=[proc("scs_implant", approach="percutaneous", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 200), given("bupivacaine", 50)],
        pain=(7, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[],
        dos="2025-03-11", pos="24",
        comment="Psychological clearance, a 70% trial response and failed care are written: no finding. MAC by "
                "the anaesthesia team with agents, doses and times: its midazolam and fentanyl are not listed "
                "(anaesthesia record). Implants need no pain scores.")

    add("fdt-h-va-01", "ts_op_report_sedation", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Osteoporotic compression fractures, L1 and L2 (M80.08XA).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: L1 and L2 balloon kyphoplasty, bilateral transpedicular approach, under fluoroscopic guidance.

ANESTHESIA: Moderate sedation administered by the CRNA, with local anesthesia.

ESTIMATED BLOOD LOSS: Minimal.

COMPLICATIONS: None.

INDICATIONS: 82-year-old woman with known osteoporosis who fell at home 5 weeks ago and has had severe mid and low back pain since, unable to get out of bed without help or walk further than the bathroom. Four weeks of a thoracolumbar brace, scheduled acetaminophen and tramadol and activity modification have not relieved her pain. Preoperative imaging was reviewed. The procedure was discussed with the patient and her son. Pain 9/10 today.

PROCEDURE: Informed consent was confirmed. The patient was brought to the procedure room and placed prone on chest rolls. Moderate sedation was given by the CRNA with midazolam 2 mg and fentanyl 100 mcg IV, sedation 13:02 to 13:48. A time out was performed. The back was prepped and draped in sterile fashion. Biplane fluoroscopy was used throughout. The skin and periosteum over both pedicles of L1 and L2 were anesthetized with a total of 20 mL of 1% lidocaine. At L1 trocars were advanced through both pedicles into the vertebral body under AP and lateral fluoroscopy, and the cavities were created with inflatable bone tamps on each side. The balloons were removed and 3 mL of bone cement was placed in L1 under continuous lateral fluoroscopy with good interdigitation and no extravasation. The same procedure was then performed at L2 and 3.5 mL of cement was placed. The trocars were removed and pressure held.

The patient tolerated the procedure well and after recovery her back pain was 4/10. She was able to sit up with minimal pain.

DISPOSITION: Admitted for overnight observation. Continue osteoporosis treatment as directed by her primary physician.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1", "L2"],
                imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("22514"), line("22515")], findings=["imaging_findings"], dos="2026-07-14", pos="22",
        comment="'Preoperative imaging was reviewed' states no fracture finding for either level (left out on "
                "purpose): imaging_findings. Moderate sedation by the CRNA with agents, doses and times: no "
                "99152 and its agents are not listed.")

    add("fdt-h-pump-01", "ts_short_pump", """
PROCEDURE NOTE: INTRATHECAL PUMP REFILL AND REPROGRAMMING

DIAGNOSIS: Chronic pain syndrome (G89.4) with intrathecal morphine pump; failed back surgery syndrome (M96.1).

PROCEDURE: Refill of intrathecal drug delivery pump with electronic analysis and reprogramming.

ANESTHESIA: None.

HISTORY: 70-year-old man with an intrathecal morphine pump for chronic back and leg pain, seen for his scheduled refill. He reports his pain is 6/10 and that it has crept up over the last month, with more difficulty walking his usual distance. No new weakness, no signs of withdrawal or overdose, no problems at the pump site.

PROCEDURE: Risks and benefits were reviewed and consent was obtained. The pump was interrogated with the programmer; the reservoir volume was recorded as 2.5 mL, with the alarm date two weeks away. The skin over the pump was prepped with chlorhexidine and the refill kit template was placed. The refill was performed by me. A 22-gauge noncoring needle was inserted into the reservoir port and 2.5 mL of residual drug was withdrawn, matching the expected volume. The reservoir was refilled with 20 mL of morphine 25 mg/mL (500 mg) through the filter. The needle was removed. The pump was then reprogrammed from 3.5 mg/day to 3.8 mg/day and the new reservoir volume and next alarm date were entered and confirmed.

There were no complications. He tolerated the refill well. Next refill in about 10 weeks.
""", procs=[proc("pump_refill", sedation="none")],
        drugs=[given("morphine", 500)],
        pain=(6, None), need=("diagnosis", "functional_impairment"),
        codes=[line("62370")], findings=["time_out"], dos="2026-10-06", pos="11",
        comment="Refilled by the physician and reprogrammed: 62370. Morphine 20 mL x 25 mg/mL = 500 mg placed in "
                "the reservoir; no drug line (no code for it in the KB).")
