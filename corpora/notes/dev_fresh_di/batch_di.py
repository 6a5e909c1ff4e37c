"""Sealed batch `dev_fresh_di` (`fdi-*`): one month of a six-physician group practice, labelled by hand.

Six writing habits (the `style` of each note): numbered steps, a long boilerplate template edited little,
two-line notes, a narrative letter, a procedure template pasted under a clinic visit, and tables. The gold of
every note was written from its text by `corpora/README.md`, before any Painpoint run.
Ids `fdi-<family>-NN` (numbered, boilerplate, table), `fdi-h-<family>-NN` (two-line, letter, clinic paste).
"""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _numbered(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _boilerplate(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _two_line(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _letter(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _clinic_paste(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _table(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


# ------------------------------------------------------------------ physician A: numbered steps
def _numbered(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = "numbered_steps"
    add("fdi-tfesi-01", S, """
LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION
Date of service: 05/04/2026

1. Indication: left buttock pain that travels down the back of the thigh into the outer calf and the top of the foot, present for 9 weeks.
2. Diagnosis: left L5-S1 disc extrusion with radiculopathy (M51.17).
3. Treatment so far: six weeks of supervised physical therapy and a course of meloxicam; neither relieved the leg pain.
4. Function: she cannot stand longer than 10 minutes and has given up her morning walks. Oswestry 44%.
5. MRI lumbar spine: left paracentral extrusion at L5-S1 abutting the traversing left S1 root and narrowing the left L5-S1 foramen.
6. Exam: straight-leg raise positive on the left at 40 degrees; left ankle reflex reduced. No bowel or bladder change.
7. Risks (infection, bleeding, nerve injury, headache, no relief) reviewed; she signed the consent form.
8. Time-out held: patient, procedure, side and level confirmed.
9. Pain before the procedure: 7/10.
10. Prone on the table, prepped and draped. Skin numbed with 1% lidocaine, 2 mL.
11. Under fluoroscopy a 22-gauge spinal needle was walked to the left L5-S1 neural foramen in the oblique view.
12. Omnipaque 240, 1.5 mL, outlined the exiting left L5 root with epidural spread and no vascular uptake.
13. Injected dexamethasone 10 mg (1 mL of 10 mg/mL) mixed with 1 mL of 1% lidocaine.
14. One fluoroscopic image was saved to the chart.
15. No complications. Pain after the procedure: 2/10.
16. Home with her driver. We will consider a repeat only if relief lasts three months or more.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 30), given("iohexol", 1.5, "ml")],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("J1100", units=10)],
        findings=["saved_images"], dos="2026-05-04", pos="11",
        comment="One saved image: a stated count below two views is saved_images. Skin lidocaine 20 mg + 10 mg in the injectate.")

    add("fdi-ilesi-01", S, """
CERVICAL INTERLAMINAR EPIDURAL STEROID INJECTION, C7-T1
Date: 05/05/2026   Facility: ambulatory surgery center

1. Diagnosis: cervical radiculopathy (M54.12).
2. Indication: right arm pain radiating to the thumb and index finger with numbness of both fingers for 3 months.
3. Conservative care: 8 weeks of physical therapy plus gabapentin 300 mg three times daily; the arm pain persisted through both.
4. Function: cannot lift her grandson or sleep on the right side; Neck Disability Index 38%.
5. MRI cervical spine: right C6-C7 foraminal narrowing from uncovertebral spurring, with contact of the right C7 root.
6. Exam: Spurling positive on the right; triceps reflex diminished on the right.
7. Consent: procedure, alternatives and risks including dural puncture explained; written consent obtained.
8. Time-out performed.
9. Pre-procedure pain score 8/10.
10. Prone with the neck flexed on a pillow. The C7-T1 interspace was marked under fluoroscopy.
11. An 18-gauge Tuohy needle was advanced in the midline at C7-T1 with loss of resistance to saline.
12. Isovue-M 300, 2 mL, showed epidural spread in the AP and contralateral oblique views, without intrathecal or vascular pattern.
13. Injected Kenalog-40, 1 mL (40 mg), with 3 mL preservative-free saline.
14. AP and contralateral oblique images were saved.
15. Complications: none.
16. Post-procedure pain score 3/10. Discharged with written instructions.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 40), given("iopamidol", 2, "ml")],
        pain=(8, 3), need=ESI_NEED, codes=[line("62321")], findings=[], dos="2026-05-05", pos="24")

    add("fdi-mbb-01", S, """
BILATERAL LUMBAR MEDIAL BRANCH BLOCKS (DIAGNOSTIC, FIRST)
DOS 05/06/2026

1. Diagnosis: lumbar spondylosis without myelopathy or radiculopathy (M47.816).
2. History: axial low back pain across both sides of the belt line for 2 years, worse with extension and rotation. No radiating leg pain.
3. Prior care: physical therapy for 10 weeks and daily naproxen, without lasting relief.
4. Intent: diagnostic block, first of two.
5. Consent reviewed and signed.
6. Time-out completed.
7. Pain before: 6/10. No sedation was given.
8. Prone, prepped and draped. Under fluoroscopic guidance 22-gauge needles were placed at the bilateral L3 and L4 medial branches and the bilateral L5 dorsal rami.
9. 0.3 mL Omnipaque 240 at each site showed no vascular spread.
10. 0.5 mL of 0.5% bupivacaine at each of the six nerves (3 mL in all).
11. Complications: none.
12. Pain after: 1/10 at 30 minutes. Pain diary given.
13. Plan: if this block gives 80% or more relief, a confirmatory block; we will consider radiofrequency ablation only after that.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("iohexol", 1.8, "ml"), given("bupivacaine", 15)],
        pain=(6, 1), need=minus(SPINE_NEED, "functional_impairment"),
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=["functional_impairment"], dos="2026-05-06", pos="11",
        comment="L3 + L4 medial branches and L5 dorsal ramus = L4-L5 and L5-S1 joints. No functional deficit or disability scale written.")

    add("fdi-rfa-01", S, """
BILATERAL L4-L5 AND L5-S1 RADIOFREQUENCY ABLATION
Date of service 05/07/2026, ambulatory surgery center

1. Diagnosis: lumbar spondylosis (M47.81).
2. History: axial low back pain for 3 years. Physical therapy and NSAIDs gave no meaningful relief. He stopped bowling and cannot stand at his workbench longer than 15 minutes; ODI 42%.
3. Diagnostic blocks: bilateral L3, L4 medial branch and L5 dorsal ramus blocks on 02/10/2026 and 03/03/2026 gave 90% and 85% relief for the expected duration of the anesthetic.
4. Consent signed after discussion of neuritis, numbness and infection.
5. Time-out done.
6. Sedation: severe procedural anxiety with a vasovagal episode during the first diagnostic block, so moderate sedation was given by me with an independent RN observer monitoring. Midazolam 2 mg IV and fentanyl 50 mcg IV. Sedation start 08:05, end 08:27; intraservice time 22 minutes.
7. Pain before: 7/10.
8. Prone. Under fluoroscopy, 18-gauge RF cannulas with 10 mm active tips were placed along the bilateral L3 and L4 medial branches and the bilateral L5 dorsal rami.
9. Sensory stimulation at 50 Hz reproduced the back pain below 0.5 V; motor testing at 2 Hz up to 2 V caused no leg contraction.
10. 1 mL of 2% lidocaine at each of the six sites before lesioning.
11. Thermal lesions at 80 degrees C for 90 seconds at each site.
12. No complications.
13. Pain after: 4/10 (expected soreness). Follow up in 4 weeks.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 50, "mcg"), given("lidocaine", 120)],
        pain=(7, 4), need=SPINE_NEED,
        codes=[line("64635", "50"), line("64636", "50"), line("99152")],
        findings=["code_validity"], dos="2026-05-07", pos="24",
        comment="M47.81 is a category, not a billable code (code_validity); the text 'lumbar spondylosis' supports M47.816, so no diagnosis finding. Moderate sedation by the proceduralist, observer and 22 min: 99152 only (99153 needs 23 min).")

    add("fdi-stellate-01", S, """
RIGHT STELLATE GANGLION BLOCK
05/08/2026, office procedure suite

1. Diagnosis: complex regional pain syndrome type I of the right upper limb (G90.511).
2. Indication: burning pain, swelling and color change of the right hand since a wrist fracture 7 months ago, not controlled by gabapentin and occupational therapy.
3. Consent obtained in writing.
4. Time-out performed.
5. Pain before the block: 6/10. Right palm temperature 30.1 C.
6. Supine, neck slightly extended. Under fluoroscopic guidance a 25-gauge needle was placed on the right C6 anterior tubercle (Chassaignac tubercle) and withdrawn 2 mm.
7. Omnipaque 300, 1 mL, spread along the longus colli without vascular uptake.
8. Bupivacaine 0.25%, 8 mL, injected in divided doses with negative aspiration.
9. Right Horner syndrome at 10 minutes; right palm temperature rose to 33.0 C.
10. Complications: none.
11. Pain after the block: 3/10.
12. Second block in two weeks if the response holds.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20)],
        pain=(6, 3), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("64510"), line("77002"), line("Q9967")], findings=[], dos="2026-05-08", pos="11",
        comment="64510 does not include imaging: 77002 for fluoroscopy; in the office the contrast (iohexol 300, 1 mL) is Q9967 x1.")


# ------------------------------------------------------------------ physician B: long boilerplate template
_B_HEAD = """PROCEDURE NOTE - INTERVENTIONAL PAIN
Place: {place}
Date of service: {dos}
Attending: interventional pain physician (template v3)
"""
_B_TAIL = """
DISPOSITION: The patient was observed in recovery, met discharge criteria, and left ambulatory with a responsible adult.
Discharge instructions were reviewed verbally and in writing, including signs of infection and when to call.
Follow-up: clinic in 2-4 weeks to assess response.
This template was reviewed and edited by the attending physician.
"""


def _boilerplate(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = "boilerplate_template"
    add("fdi-tfesi-02", S, _B_HEAD.format(place="hospital outpatient department", dos="05/11/2026") + """
PREOPERATIVE DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Bilateral L4-L5 and L5-S1 transforaminal epidural steroid injections under fluoroscopic guidance with contrast.
ANESTHESIA: Local.
INDICATIONS: The patient is a 71-year-old with bilateral buttock and posterior leg pain, heaviness and tingling that come on after walking one block and ease with sitting, for 6 months. Twelve weeks of physical therapy and a daily NSAID left the leg pain unchanged. He can no longer walk his dog or shop without a cart to lean on; ODI 48%. MRI of the lumbar spine shows moderate central and bilateral foraminal stenosis at L4-L5 and L5-S1. There are no red flags.
INFORMED CONSENT: The risks, benefits and alternatives, including bleeding, infection, nerve injury, spinal headache, allergic reaction, elevated blood sugar and lack of relief, were explained. All questions were answered and written informed consent was obtained.
TIME-OUT: A time-out was performed with all team members, confirming patient identity, procedure, site and side.
PRE-PROCEDURE PAIN: 8/10.
DESCRIPTION OF PROCEDURE: The patient was placed prone. The lumbar region was prepped with chlorhexidine and draped in the usual sterile fashion. Under fluoroscopic guidance, 22-gauge spinal needles were advanced to the bilateral L4-L5 and L5-S1 foramina using an oblique approach. Omnipaque 240, 1 mL at each level (4 mL total), showed spread along the exiting nerve roots into the epidural space with no vascular or intrathecal uptake. At each of the four foramina, 3 mg dexamethasone and 1 mL of 0.25% bupivacaine were injected. Needles were removed intact. AP and oblique images of the final needle positions and contrast spread were saved.
ESTIMATED BLOOD LOSS: Minimal.
COMPLICATIONS: None.
POST-PROCEDURE PAIN: 4/10.
""" + _B_TAIL, procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                            levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("iohexol", 4, "ml"), given("dexamethasone_sodium_phosphate", 12), given("bupivacaine", 10)],
        pain=(8, 4), need=ESI_NEED, codes=[line("64483", "50"), line("64484", "50")], findings=[],
        dos="2026-05-11", pos="22", payer="medicare_cgs")

    add("fdi-ilesi-02", S, _B_HEAD.format(place="office", dos="05/12/2026") + """
PREOPERATIVE DIAGNOSIS: Lumbar radiculopathy (M54.16).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Lumbar interlaminar epidural steroid injection at L5-S1 under fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS: The patient reports left leg pain from the buttock to the lateral ankle with intermittent numbness of the left foot for 4 months. She has done physical therapy and takes naproxen. She is unable to sit through a work shift at her desk job; ODI 40%. MRI shows a broad-based L5-S1 disc bulge with left lateral recess narrowing and contact of the left S1 root.
INFORMED CONSENT: The risks, benefits and alternatives, including bleeding, infection, nerve injury, spinal headache, allergic reaction, elevated blood sugar and lack of relief, were explained. All questions were answered and written informed consent was obtained.
TIME-OUT: A time-out was performed with all team members, confirming patient identity, procedure, site and side.
PRE-PROCEDURE PAIN: 6/10.
DESCRIPTION OF PROCEDURE: The patient was placed prone. The lumbar region was prepped with chlorhexidine and draped in the usual sterile fashion. The skin over the L5-S1 interspace was anesthetized with 2 mL of 1% lidocaine. Under fluoroscopic guidance, a 20-gauge Tuohy needle was advanced at L5-S1 using loss of resistance to saline. Isovue-M 200, 2 mL, confirmed epidural spread without vascular or intrathecal uptake. Depo-Medrol 80 mg (2 mL) with 2 mL preservative-free normal saline was injected. The needle was removed intact. AP and lateral images were saved.
ESTIMATED BLOOD LOSS: Minimal.
COMPLICATIONS: None.
POST-PROCEDURE PAIN: 2/10.
""" + _B_TAIL, procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                            imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 20), given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"),
        codes=[line("62323"), line("J1010", units=80)], findings=["conservative_care"], dos="2026-05-12", pos="11",
        comment="'She has done physical therapy and takes naproxen.' lists care with no outcome and no length: conservative_care.")

    add("fdi-mbb-02", S, _B_HEAD.format(place="ambulatory surgery center", dos="05/13/2026") + """
PREOPERATIVE DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Right C4-C5 and C5-C6 facet joint medial branch blocks (right C4, C5 and C6 medial branches), diagnostic, second (confirmatory) block, under fluoroscopic guidance.
ANESTHESIA: Local. No sedation.
INDICATIONS: Right-sided axial neck pain for 1 year, worse with looking over the right shoulder. Eight weeks of physical therapy and NSAIDs were of no benefit. He cannot turn his head to reverse the car; NDI 30%. No arm symptoms. The first diagnostic block at the same nerves on 04/06/2026 with lidocaine gave 85% relief lasting 3 hours.
INFORMED CONSENT: The risks, benefits and alternatives, including bleeding, infection, nerve injury, spinal headache, allergic reaction, elevated blood sugar and lack of relief, were explained. All questions were answered and written informed consent was obtained.
TIME-OUT: A time-out was performed with all team members, confirming patient identity, procedure, site and side.
PRE-PROCEDURE PAIN: 5/10.
DESCRIPTION OF PROCEDURE: The patient was placed prone. The cervical region was prepped with chlorhexidine and draped in the usual sterile fashion. Under fluoroscopic guidance, 25-gauge spinal needles were placed at the waists of the right C4, C5 and C6 articular pillars in the lateral view. After negative aspiration, 0.5 mL of 0.5% bupivacaine was injected at each medial branch. Needles were removed intact.
ESTIMATED BLOOD LOSS: Minimal.
COMPLICATIONS: None.
POST-PROCEDURE PAIN: 0/10.
""" + _B_TAIL, procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                            levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(5, 0), need=SPINE_NEED, codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[],
        dos="2026-05-13", pos="24", comment="Confirmatory block after an 85% first block: no diagnostic_block_relief finding.")

    add("fdi-sij-01", S, _B_HEAD.format(place="office", dos="05/14/2026") + """
PREOPERATIVE DIAGNOSIS: Sacroiliitis, left (M46.1).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Left sacroiliac joint injection, diagnostic, under fluoroscopic guidance with contrast.
ANESTHESIA: Local.
INDICATIONS: Left buttock pain below the belt line, pointing to the left posterior superior iliac spine, for 5 months. Physical therapy for 6 weeks failed to change the pain. FABER, thigh thrust and compression tests are positive on the left. She cannot sit through a church service.
INFORMED CONSENT: The risks, benefits and alternatives, including bleeding, infection, nerve injury, spinal headache, allergic reaction, elevated blood sugar and lack of relief, were explained. All questions were answered and written informed consent was obtained.
TIME-OUT: A time-out was performed with all team members, confirming patient identity, procedure, site and side.
PRE-PROCEDURE PAIN: 8/10.
DESCRIPTION OF PROCEDURE: The patient was placed prone. The sacral region was prepped with chlorhexidine and draped in the usual sterile fashion. Under fluoroscopic guidance, a 22-gauge spinal needle was advanced into the inferior third of the left sacroiliac joint. Omnipaque 240, 0.5 mL, gave an arthrogram outlining the joint without vascular uptake. Triamcinolone 40 mg with 2 mL of 0.25% bupivacaine was injected. The needle was removed intact. AP and oblique images were saved.
ESTIMATED BLOOD LOSS: Minimal.
COMPLICATIONS: None.
POST-PROCEDURE PAIN: 2/10, 75% relief at 30 minutes with provocative maneuvers repeated.
""" + _B_TAIL, procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                            imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "LT"), line("J3301", units=4)], findings=[], dos="2026-05-14", pos="11")

    add("fdi-tpi-01", S, _B_HEAD.format(place="office", dos="05/15/2026") + """
PREOPERATIVE DIAGNOSIS: Myofascial pain of the neck and upper back (M79.12).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Trigger point injections, three muscles.
ANESTHESIA: None.
INDICATIONS: Right neck and shoulder-blade pain for 5 months. Examination shows palpable taut bands with local twitch responses and referred pain toward the right occiput in the right upper trapezius, right levator scapulae and right rhomboid major.
INFORMED CONSENT: The risks, benefits and alternatives, including bleeding, infection, nerve injury, spinal headache, allergic reaction, elevated blood sugar and lack of relief, were explained. All questions were answered and written informed consent was obtained.
TIME-OUT: A time-out was performed with all team members, confirming patient identity, procedure, site and side.
PRE-PROCEDURE PAIN: 7/10.
DESCRIPTION OF PROCEDURE: The skin was cleaned with alcohol. Each trigger point was isolated between two fingers and a 25-gauge needle was inserted with a fanning technique. A total of 6 mL of 1% lidocaine mixed with 20 mg triamcinolone (0.5 mL of Kenalog-40) was divided among the right upper trapezius, right levator scapulae and right rhomboid major. Pressure was held after each injection.
ESTIMATED BLOOD LOSS: Minimal.
COMPLICATIONS: None.
POST-PROCEDURE PAIN: 3/10, a 57% improvement.
""" + _B_TAIL, procs=[proc("trigger_point", region="cervical", sedation="none")],
        drugs=[given("lidocaine", 60), given("triamcinolone_acetonide", 20)],
        pain=(7, 3), need=("diagnosis", "symptom_duration"),
        codes=[line("20553"), line("J3301", units=2)], findings=[], dos="2026-05-15", pos="11",
        comment="Template wording about spinal headache and blood sugar is boilerplate left unedited; three muscles named: 20553.")


# ------------------------------------------------------------------ physician C: two-line notes
def _two_line(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = "two_line"
    add("fdi-h-tfesi-01", S, """
05/18/26 R L5-S1 TFESI. Hx: R L5 radicular pain buttock to dorsum of foot x 10 wk (M54.17), 6 wk PT + gabapentin w/o relief, can't walk >1 block or sleep thru night, MRI R L5-S1 foraminal protrusion contacting exiting L5 root; pre 8/10; consent signed, time-out done.
Proc: fluoro-guided R L5-S1 TF, Omnipaque 180 1 mL w/ epidural flow, no vascular uptake, Kenalog 40 mg + 1 mL 0.5% bupivacaine; AP + lat images saved; no complications, home w/ spouse.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(8, None), need=ESI_NEED, codes=[line("64483", "RT"), line("J3301", units=4)],
        findings=["post_procedure_pain_score"], dos="2026-05-18", pos="11")

    add("fdi-h-facet-01", S, """
5/19/26 Therapeutic L L4-5 + L5-S1 facet inj. L-sided axial LBP x 18 mo (lumbar spondylosis M47.816), failed 8 wk PT + meloxicam, ODI 40%, can't stand to cook; two dx MBBs (2/2026, 3/2026) gave 80% and 90% relief; no leg sx; pre 6/10; consent + time-out.
Intra-articular L L4-5 and L5-S1 under fluoro, 0.5 mL Omnipaque 240 arthrogram each, Depo-Medrol 20 mg + 0.5 mL 1% lidocaine per joint (40 mg / 10 mg total); post 2/10; no cx.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("64493", "LT"), line("64494", "LT")], findings=[],
        dos="2026-05-19", pos="24", comment="Two diagnostic blocks of 80% and 90% support the therapeutic injection; ASC: no drug lines.")

    add("fdi-h-sij-01", S, """
5/20/26 B/L SIJ inj, therapeutic. B/L SI jt pain below L5 (sacroiliitis M46.1), PT 6 wk + NSAIDs failed; dx B/L SIJ blocks 1/2026 gave 80% relief; + FABER and thigh thrust bilat; can't sit >20 min; pre 7/10; consent + time-out.
Fluoro-guided B/L SIJ, Isovue-M 200 0.5 mL each side w/ intra-articular spread, 40 mg Kenalog + 1 mL 0.25% bupi per side; AP and oblique views saved; post 3/10; no cx.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 5)],
        pain=(7, 3), need=("diagnosis", "conservative_care", "functional_impairment"),
        codes=[line("27096", "50"), line("J3301", units=8)], findings=["percent_relief", "symptom_duration"],
        dos="2026-05-20", pos="11",
        comment="Percent relief only implied by 7 -> 3 (not stated): percent_relief. No duration of the SI pain: symptom_duration.")

    add("fdi-h-tpi-01", S, """
5/21/26 TPI. Myofascial neck pain (M79.12) w/ taut bands, twitch response and referred pain to occiput in L trapezius + L levator scapulae x 4 mo; pre 6/10; verbal + written consent.
TPI x 2 muscles (L upper trap, L levator) w/ 25G needle, 2 mL 1% lidocaine each (40 mg total); post 2/10, 67% relief; no complications.
""", procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis", "symptom_duration"), codes=[line("20552")], findings=["time_out"],
        dos="2026-05-21", pos="11")

    add("fdi-h-occ-01", S, """
5/22/26 B/L GON blocks. Occipital neuralgia (M54.81): shooting pain from skull base over both sides of scalp x 5 mo, Tinel + over both greater occipital nerves, topiramate not tolerated; pre 8/10; consent, time-out.
Landmark technique, no imaging: 2 mL 0.5% bupivacaine + 10 mg Kenalog each side (20 mg triamcinolone total); post 1/10.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(8, 1), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("64405", "50"), line("J3301", units=2)], findings=["complications"], complications=None,
        dos="2026-05-22", pos="11")


# ------------------------------------------------------------------ physician D: narrative letter
def _letter(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = "letter"
    add("fdi-h-tfesi-02", S, """
Interventional Pain Clinic
05/25/2026

Dear colleague,

Thank you for sending back your patient, whom I saw today for a repeat left L4-L5 and L5-S1 transforaminal epidural steroid injection. As you know, she has had left leg pain for six months, running from the groin across the front of the shin to the top of the foot, with numbness over the medial shin. Her diagnosis is lumbar disc herniation with radiculopathy (M51.16). She completed eight weeks of physical therapy and a home program, and she stopped duloxetine after two weeks because of nausea; the leg pain persisted through all of it. She has had to give up gardening and her Oswestry score today is 46%. Her MRI shows left foraminal protrusions at L4-L5 and L5-S1 that contact the exiting left L4 and L5 roots. Her first epidural, in November 2025, gave her 70% relief that lasted four months before the pain returned.

We went over the risks again and she signed the consent form. After a time-out confirming side and levels, and with her pain at 7/10, I placed 22-gauge needles under fluoroscopy into the left L4-L5 and L5-S1 foramina. Omnipaque 300, 1 mL at each level, outlined the nerve roots and the epidural space with no vascular pattern. At each level I injected dexamethasone 5 mg (0.5 mL of 10 mg/mL) with 1 mL of 0.2% ropivacaine. Anteroposterior and oblique images were stored in her record.

There were no complications. Her pain was 3/10 when she left the recovery area. I will see her in six weeks and will let you know how she does.

With kind regards,
Interventional pain service
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("ropivacaine", 4)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)],
        findings=[], dos="2026-05-25", pos="11",
        comment="Repeat with 70% relief for four months (>= 50%, >= 90 days): no prior_procedure_response finding.")

    add("fdi-h-caudal-01", S, """
Hospital Outpatient Pain Procedures
05/26/2026

Dear colleague,

I performed a caudal epidural steroid injection today for your patient with lumbar spinal stenosis with neurogenic claudication (M48.062). For about a year he has had aching and heaviness in both legs, buttocks to calves, that comes on after five minutes of standing or walking and eases when he sits or leans forward. He went through ten weeks of physical therapy without any gain in his walking distance, and he now cannot stand long enough to shave without sitting down.

He signed the consent form after we discussed the risks. With his pain at 6/10, he lay prone and the sacral hiatus was located with fluoroscopy. A 20-gauge Tuohy needle entered the caudal canal, and Omnipaque 240, 3 mL, showed cephalad epidural spread to about S1 with no vascular uptake. I then injected 80 mg of triamcinolone (2 mL of Kenalog-40) diluted with 6 mL of preservative-free saline. AP and lateral images were kept.

He had no complications, and his pain was 3/10 before he went home. I will see him again in a month.

Yours sincerely,
Interventional pain service
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 3), need=minus(ESI_NEED, "imaging_findings"), codes=[line("62323")],
        findings=["imaging_findings", "time_out"], dos="2026-05-26", pos="22",
        comment="No MRI/CT findings and no time-out. 80 mg triamcinolone is at the ceiling, not over it. Caudal for M48.062: no region mismatch.")

    add("fdi-h-rfa-01", S, """
Ambulatory Surgery Center, Pain Service
05/27/2026

Dear colleague,

Your patient returned today for a repeat right cervical radiofrequency ablation of the C5-C6 and C6-C7 facet joints. Her right-sided neck pain, from cervical spondylosis without myelopathy or radiculopathy (M47.812), has been present for three years; physical therapy and traction did not help before her first ablation. The pain keeps her from driving more than a few minutes and her NDI is 36%. Her previous ablation at these levels in April 2025 gave her 70% relief for nine months, and the pain has now returned to its former level.

She gave written consent, and we held a time-out. Her pain was 6/10 beforehand. She had local anesthesia only. Under fluoroscopy I placed 20-gauge RF cannulas on the right C5, C6 and C7 medial branches, confirmed the positions with sensory and motor testing, and injected 0.5 mL of 2% lidocaine at each nerve. I then made thermal lesions at 85 degrees C for 90 seconds at each of the three nerves.

Her pain was 4/10 at discharge. I have asked her to call me if the soreness does not settle within two weeks.

With best wishes,
Interventional pain service
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 4), need=SPINE_NEED, codes=[line("64633", "RT"), line("64634", "RT")],
        findings=["complications"], complications=None, dos="2026-05-27", pos="24",
        comment="Repeat RFA with 70% for nine months (>= 50%, >= 180 days); the earlier session was 13 months ago (no frequency). Complications not stated.")

    add("fdi-h-genblock-01", S, """
Interventional Pain Clinic
05/28/2026

Dear colleague,

I saw your patient today for a right genicular nerve block. He has primary osteoarthritis of the right knee (M17.11) with pain for two years, and he is not a candidate for knee replacement at present because of his heart disease. Physical therapy and a steroid injection into the joint last year helped only for a few weeks.

He signed the consent form and we held a time-out. His pain was 7/10. Using ultrasound, I identified the superolateral, superomedial and inferomedial genicular nerves beside their arteries and injected a mixture of bupivacaine and triamcinolone at each of the three nerves. There were no complications. His pain was 2/10 walking in the hallway afterwards.

If this block gives him at least 50% relief over the coming week, we will consider genicular radiofrequency ablation.

Kind regards,
Interventional pain service
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("bupivacaine", None), given("triamcinolone_acetonide", None)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care"), codes=[line("64454", "RT")],
        findings=["drug_dose"], dos="2026-05-28", pos="11",
        comment="Drugs named without amounts: drug_dose, and no J3301 line (no dose). Ultrasound is included in 64454.")

    add("fdi-h-scs-01", S, """
Ambulatory Surgery Center, Pain Service
05/29/2026

Dear colleague,

Today I placed a percutaneous spinal cord stimulator trial for your patient with failed back surgery syndrome (M96.1) and bilateral leg pain. His back and leg pain have persisted for three years since his L4-S1 fusion in 2023, despite physical therapy, gabapentin, duloxetine and two epidural injections that gave no lasting relief. He walks less than a block and sleeps poorly. His psychological evaluation in March 2026 cleared him for stimulation with no contraindication found.

He signed the consent form, and a time-out was held. His pain was 8/10 before we started. He had local anesthesia only. Under fluoroscopy, after 10 mL of 1% lidocaine to the skin, I entered the epidural space at T12-L1 with a Tuohy needle and advanced two eight-contact percutaneous leads, the first with its tip at the top of T8 and the second at the middle of T9. Intraoperative testing gave paresthesia over both legs and the low back. The leads were anchored to the skin and dressed.

There were no complications. In recovery his pain was 4/10 with the stimulator on. The trial will run for seven days.

Yours sincerely,
Interventional pain service
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("63650", units=2), line("77003", "26")], findings=[], dos="2026-05-29", pos="24")


# ------------------------------------------------------------------ physician E: clinic visit + pasted template
_E_PROC = """
------------------------------------------------------------
PROCEDURE NOTE (pasted template)
"""


def _clinic_paste(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = "clinic_paste"
    add("fdi-h-tfesi-03", S, """
CLINIC VISIT 05/01/2026
Chief complaint: right leg pain.
HPI: Right leg pain from the hip down the front and outside of the thigh and the shin to the ankle for 5 months, with tingling of the right shin. Three months of physical therapy and ibuprofen have not changed it. He can no longer climb the stairs at home and has moved his bed downstairs. ODI 52%.
Imaging: MRI lumbar spine shows right foraminal stenosis at L3-L4, L4-L5 and L5-S1 from disc bulges and facet hypertrophy.
Exam: reduced right patellar reflex, weak right ankle dorsiflexion 4/5, positive right femoral stretch test.
Assessment: lumbar radiculopathy (M54.16), multilevel.
Plan: right L3-L4, L4-L5 and L5-S1 transforaminal injections today.
""" + _E_PROC + """Procedure: Right transforaminal epidural steroid injection, L3-L4, L4-L5, L5-S1.
Consent: signed. Time-out: completed.
Pre-procedure pain: 8/10.
Technique: Prone. Fluoroscopic guidance. 22-gauge needles to the right L3-L4, L4-L5 and L5-S1 foramina. Isovue-M 300, 1 mL per level, showed perineural and epidural flow without vascular uptake.
Medication: dexamethasone 4 mg (1 mL of 4 mg/mL) at each level, 12 mg total.
Images: AP and oblique views saved.
Complications: none.
Post-procedure pain: 4/10.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 3, "ml"), given("dexamethasone_sodium_phosphate", 12)],
        pain=(8, 4), need=ESI_NEED,
        codes=[line("64483", "RT"), line("64484", "RT", units=2), line("J1100", units=12)],
        findings=["level_limit"], dos="2026-05-01", pos="11",
        comment="Three foramina in one session: level_limit; add-on 64484 x2.")

    add("fdi-h-mbb-01", S, """
CLINIC VISIT 05/02/2026
HPI: Right low back pain for 14 months, axial, worse with standing and twisting; no pain below the knee. He has done 8 weeks of physical therapy and takes celecoxib; the pain is no better with either. He stopped golfing and cannot stand at the sink to wash dishes; ODI 38%.
Exam: right paraspinal tenderness at L4-S1, pain on right extension-rotation; straight-leg raise negative.
Assessment: lumbar spondylosis without myelopathy or radiculopathy (M47.816), right-sided facet pain.
Plan: right L4-L5 and L5-S1 diagnostic medial branch block today (first block).
""" + _E_PROC + """LEFT L4-L5, L5-S1 MEDIAL BRANCH BLOCK
Intent: diagnostic.
Consent: obtained. Time-out: done. Sedation: none.
Pain before: 6/10.
Technique: Prone under fluoroscopy. 22-gauge needles were placed at the right L3 and L4 medial branches and the right L5 dorsal ramus. After negative aspiration, 0.5 mL of 2% lidocaine was injected at each of the three nerves.
Complications: no complications.
Pain after: 1/10.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")],
        findings=["laterality_conflict"], dos="2026-05-02", pos="11",
        comment="The pasted template title says LEFT; the visit, plan and the needles are right: codes follow the description (RT), laterality_conflict.")

    add("fdi-h-sij-02", S, """
CLINIC VISIT 05/19/2026
HPI: Right buttock pain below the belt line over the right PSIS for 8 months, worse rising from a chair and climbing stairs. Six weeks of physical therapy with an SI belt gave no lasting benefit. A diagnostic right SI joint injection on 03/24/2026 gave 90% relief for six hours. Her right knee replacement from 2019 is doing well.
Exam: positive right FABER, right thigh thrust and compression; lumbar facet loading not painful.
Assessment: right sacroiliac joint dysfunction (M53.3).
Plan: therapeutic right SI joint injection today.
""" + _E_PROC + """Procedure: Right sacroiliac joint injection, therapeutic.
Consent: signed. Time-out: done.
Pre-procedure pain: 6/10.
Technique: Prone. Fluoroscopic guidance. 22-gauge needle into the inferior right SI joint. Omnipaque 240 0.5 mL: intra-articular spread. Injected methylprednisolone 40 mg with 1 mL of 0.5% ropivacaine.
Images: AP and contralateral oblique saved.
Complications: none.
Post-procedure pain: 2/10, about 65% relief.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("ropivacaine", 5)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "RT")], findings=[], dos="2026-05-19", pos="22",
        comment="Therapeutic SI after a 90% diagnostic block; the right knee replacement is another body part, not a side conflict.")

    add("fdi-h-genrfa-01", S, """
CLINIC VISIT 05/20/2026
HPI: Left knee pain for 4 years from primary osteoarthritis, worst on stairs and after standing. Her right knee was replaced in 2021 and does not hurt. She had a diagnostic left genicular nerve block last month, which helped. Physical therapy, NSAIDs and a hyaluronic acid series did not give lasting relief.
Assessment: primary osteoarthritis, left knee (M17.12).
Plan: left genicular radiofrequency ablation today.
""" + _E_PROC + """Procedure: Left genicular nerve radiofrequency ablation (superolateral, superomedial and inferomedial genicular nerves).
Consent: signed. Time-out: done.
Pre-procedure pain: 7/10.
Technique: Supine, knee on a bolster. Fluoroscopic guidance. 18-gauge RF cannulas at the three nerves; sensory testing reproduced the knee pain, no motor response to 2 V. 1 mL of 2% lidocaine at each nerve. Thermal lesions at 80 degrees C for 90 seconds at each nerve.
Complications: none.
Post-procedure pain: 3/10.
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care"), codes=[line("64624", "LT")],
        findings=["diagnostic_block_relief"], dos="2026-05-20", pos="24",
        comment="'which helped' gives no relief amount: diagnostic_block_relief. The replaced right knee is another joint, no side conflict.")

    add("fdi-h-kypho-01", S, """
CLINIC VISIT 05/21/2026
HPI: Mid-back pain at the thoracolumbar junction since a fall at home 6 weeks ago. Since the fall she has used a thoracolumbar brace and acetaminophen. She lives alone with a walker. Pain is worst rolling in bed and standing up, and she now needs help to bathe.
Imaging: MRI 05/12/2026 shows an acute L1 compression fracture with marrow edema on STIR and 30% anterior height loss; no retropulsion.
Assessment: osteoporotic compression fracture of L1 (M80.08XA).
Plan: L1 kyphoplasty today.
""" + _E_PROC + """Procedure: L1 balloon kyphoplasty, bipedicular.
Consent: signed. Time-out: done. Local anesthesia only, no sedation.
Pre-procedure pain: 8/10.
Technique: Prone. Biplanar fluoroscopy. 1% lidocaine 10 mL and 0.5% bupivacaine 10 mL to the skin and periosteum. Trocars were placed through both L1 pedicles, balloons were inflated to create cavities, and PMMA cement was injected under continuous lateral fluoroscopy with no extravasation.
Complications: none.
Post-procedure pain: 3/10.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 100), given("bupivacaine", 50)],
        pain=(8, 3), need=("diagnosis", "functional_impairment"), codes=[line("22514")],
        findings=["conservative_care"], dos="2026-05-21", pos="22",
        comment="Brace and acetaminophen only listed as used, with no outcome: conservative_care (va.conservative_care).")


# ------------------------------------------------------------------ physician F: tables
def _table(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = "table"
    add("fdi-tfesi-03", S, """
TRANSFORAMINAL EPIDURAL STEROID INJECTION - PROCEDURE RECORD

| Field | Entry |
|---|---|
| Date | 05/08/2026 |
| Setting | Office |
| Side | Left |
| Level | L4-L5 foramen |
| Diagnosis | Lumbar radiculopathy, right (M54.16) |
| Symptoms | Right lateral thigh and shin pain with tingling of the right big toe, 7 weeks |
| Prior care | PT 6 weeks, prednisone taper: no relief |
| Function | Cannot drive more than 15 minutes; ODI 42% |
| MRI | Right foraminal disc protrusion at L4-L5 compressing the exiting right L4 root |
| Consent | Written, signed |
| Time-out | Done |
| Pain pre / post | 7/10 / 3/10 |

| Step | Detail |
|---|---|
| Guidance | Fluoroscopy, oblique view |
| Needle | 22-gauge spinal needle to the right L4-L5 neural foramen |
| Contrast | Omnipaque 240, 1 mL: perineural and epidural spread, no vascular uptake |
| Injectate | Triamcinolone 40 mg + 1 mL 1% lidocaine |
| Images saved | AP and oblique |
| Complications | None |
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("J3301", units=4)],
        findings=["laterality_conflict"], dos="2026-05-08", pos="11", payer="medicare_cgs",
        comment="Side field Left; symptoms, MRI and the needle are right: codes follow the description (RT), laterality_conflict.")

    add("fdi-ilesi-03", S, """
LUMBAR INTERLAMINAR EPIDURAL - PROCEDURE RECORD

| Item | Value |
|---|---|
| Date of service | 05/11/2026 |
| Place | Office |
| Diagnosis | Lumbar disc herniation with radiculopathy (M51.16) |
| Radicular symptoms | Pain down both posterior thighs into the calves, worse on the left, with numbness of the left sole |
| Duration | 3 months |
| Conservative care | PT 8 weeks and naproxen; pain unchanged |
| Function | Unable to work his shifts as a mail carrier; ODI 50% |
| MRI | Central L4-L5 disc extrusion with bilateral lateral recess narrowing |
| Allergy | Iodinated contrast (hives and throat swelling) |
| Consent | Signed |
| Time-out | Performed |
| Pre-procedure pain | 6/10 |

| Procedure | Value |
|---|---|
| Approach | Interlaminar, L4-L5, midline |
| Guidance | Fluoroscopy, AP and lateral |
| Contrast | Not used because of the contrast allergy; loss of resistance to air and saline |
| Skin | 3 mL 1% lidocaine |
| Injectate | Dexamethasone 10 mg with 3 mL preservative-free saline |
| Images | AP and lateral saved |
| Complications | None |
| Post-procedure pain | 2/10 |
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=False)],
        drugs=[given("lidocaine", 30), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=ESI_NEED, codes=[line("62323"), line("J1100", units=10)], findings=[],
        dos="2026-05-11", pos="11", comment="Contrast left out for a documented contrast allergy: no contrast finding.")

    add("fdi-mbb-03", S, """
MEDIAL BRANCH BLOCK - PROCEDURE RECORD

| Field | Entry |
|---|---|
| Date | 05/12/2026 |
| Setting | Ambulatory surgery center |
| Procedure | Left L3-L4 and L4-L5 facet medial branch blocks (left L2, L3, L4 medial branches) |
| Intent | Diagnostic, second block |
| Diagnosis | Lumbar spondylosis without myelopathy or radiculopathy (M47.816) |
| History | Left axial low back pain 2 years; PT 12 weeks and diclofenac without benefit; cannot carry groceries; ODI 34% |
| First block | 04/14/2026, 60% relief for 4 hours |
| Time-out | Done |
| Sedation | None |
| Pain pre / post | 5/10 / 2/10 |

| Step | Detail |
|---|---|
| Guidance | Fluoroscopy |
| Needles | 22-gauge at the left L2, L3 and L4 medial branches |
| Injectate | 0.5 mL of 0.75% bupivacaine per nerve (1.5 mL) |
| Complications | None |
| Plan | Review both blocks with the patient at follow-up before any ablation |
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 11.25)],
        pain=(5, 2), need=SPINE_NEED, codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")],
        findings=["consent", "diagnostic_block_relief"], consent=False, dos="2026-05-12", pos="24",
        payer="medicare_fcso",
        comment="Second diagnostic block after only 60% from the first: diagnostic_block_relief. No consent row.")

    add("fdi-rfa-02", S, """
RADIOFREQUENCY ABLATION - PROCEDURE RECORD

| Field | Entry |
|---|---|
| Date | 05/13/2026 |
| Setting | Office |
| Procedure | Left L3-L4, L4-L5 and L5-S1 facet radiofrequency ablation (left L2, L3, L4 medial branches and L5 dorsal ramus) |
| Diagnosis | Lumbosacral spondylosis without myelopathy or radiculopathy (M47.817) |
| History | Left axial low back pain 4 years; PT and home exercise did not help; cannot garden; ODI 40% |
| Diagnostic blocks | 01/15/2026 and 02/12/2026, 90% relief each |
| Consent | Signed |
| Time-out | Done |
| Pain pre / post | 6/10 / 3/10 |

| Step | Detail |
|---|---|
| Guidance | Fluoroscopy |
| Cannulas | 18-gauge, 10 mm active tip, at the four nerves |
| Testing | Sensory concordant below 0.6 V; no motor response in the leg at 2 V |
| Local | 1 mL of 0.5% bupivacaine per nerve (4 mL) |
| Lesions | One lesion at each nerve, 90 seconds |
| Complications | None |
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 20)],
        pain=(6, 3), need=SPINE_NEED, codes=[line("64635", "LT"), line("64636", "LT", units=2)],
        findings=["approach"], dos="2026-05-13", pos="11",
        comment="Lesion technique and temperature not stated (rfa.technique): approach.")

    add("fdi-pump-01", S, """
INTRATHECAL PUMP REFILL AND REPROGRAMMING

| Field | Entry |
|---|---|
| Date | 05/14/2026 |
| Setting | Office |
| Diagnosis | Chronic pain syndrome with intrathecal drug delivery system (G89.4) |
| Indication | Scheduled refill; back and leg pain less controlled over the last month |
| Consent | Verbal consent for refill and dose change |
| Time-out | Done |
| Performed by | Physician (I accessed the reservoir and refilled the pump) |

| Step | Detail |
|---|---|
| Interrogation | Reservoir 2.1 mL, alarm date matched |
| Access | Sterile prep, template, 22-gauge non-coring needle into the reservoir port |
| Residual | 2.0 mL withdrawn and discarded |
| Refill | Morphine 25 mg/mL, 20 mL placed in the reservoir (500 mg) |
| Reprogramming | Daily dose raised from 3.0 to 3.3 mg/day, simple continuous mode |
| Complications | None |
""", procs=[proc("pump_refill", target="intrathecal_pump")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",), codes=[line("62370")], findings=[], dos="2026-05-14", pos="11",
        comment="Refilled by the physician and reprogrammed: 62370. The dose is the amount placed (20 mL x 25 mg/mL).")
