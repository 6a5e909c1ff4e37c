"""The 30 notes of sealed batch V: pain procedure reports in the style of those published on the web as
transcription samples and teaching examples (academic operative reports with PREOPERATIVE DIAGNOSIS /
PROCEDURE PERFORMED / DESCRIPTION OF PROCEDURE headers and long technique paragraphs, residency-style notes,
radiology-department reports), in wordings of our own. Gold labelled by hand before any Painpoint run.
13 of the 30 leave out one or two elements (the `findings` of each `add`)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    # ---------------- interlaminar / caudal epidurals ----------------
    add("fv-ilesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbosacral radiculopathy (M54.17).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Lumbar interlaminar epidural steroid injection at L5-S1 under fluoroscopic guidance.
SURGEON: Attending pain physician.
ANESTHESIA: Local.
INDICATIONS FOR PROCEDURE: The patient is a 62-year-old gentleman with a four-month history of low back pain
radiating down the posterior aspect of the left thigh and calf into the lateral foot, with numbness along the
lateral border of the left foot. Examination shows a positive straight-leg raise on the left at 35 degrees and a
diminished left Achilles reflex. He completed eight weeks of supervised physical therapy and a course of
naproxen, neither of which relieved the leg pain. He is no longer able to walk more than one block or sit
through a church service. MRI of the lumbar spine demonstrates a left paracentral disc protrusion at L5-S1
abutting the traversing left S1 nerve root. His pain before the procedure was rated 7/10.
DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives of the procedure were explained and informed
consent was obtained. The patient was brought to the procedure suite and placed in the prone position with a
pillow beneath the abdomen. A time-out was performed to verify the patient, the procedure and the level. The
lower back was prepped with chlorhexidine and draped in the usual sterile fashion. The L5-S1 interlaminar space
was identified under AP fluoroscopy and a skin wheal was raised with 2 mL of 1% lidocaine. An 18-gauge 3.5-inch
Tuohy needle was advanced through a left paramedian approach, and the needle depth was checked on the lateral
view. The epidural space was entered using a loss-of-resistance technique with preservative-free saline.
Aspiration was negative for blood and cerebrospinal fluid. Omnipaque 240, 2 mL, was injected and showed
epidural spread without intravascular or intrathecal uptake. Then 80 mg of Depo-Medrol (2 mL of 40 mg/mL) mixed
with 2 mL of preservative-free normal saline was slowly injected. The needle was removed intact and a bandage
applied. AP and lateral images were saved to the record.
ESTIMATED BLOOD LOSS: Minimal.
COMPLICATIONS: None.
DISPOSITION: The patient tolerated the procedure well. Pain after the injection was 2/10. He was discharged home
in stable condition with a driver.
PLAN: Follow up in clinic in three weeks.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 2), need=ESI_NEED, dos="2026-01-14", codes=[line("62323"), line("J1010", units=80)],
        findings=[], comment="'Postoperative diagnosis: Same.' refers to the preoperative line: a diagnosis is documented")

    add("fv-ilesi-02", "operative_report", """
PROCEDURE REPORT

PREOPERATIVE DIAGNOSIS: Cervical radiculopathy (M54.12).
POSTOPERATIVE DIAGNOSIS: Cervical radiculopathy (M54.12).
PROCEDURE: Cervical epidural steroid injection, interlaminar approach, C7-T1, with fluoroscopy.
ANESTHESIA: Local anesthetic only.
INDICATIONS: This 55-year-old woman reports seven months of neck pain radiating into the right shoulder, down the
dorsal forearm and into the middle finger, with paresthesias of the right middle finger. Her right triceps
reflex is depressed and right elbow extension is 4/5. Six weeks of cervical traction and therapy did not change
her arm symptoms, and an oral steroid taper gave only two days of partial relief. She has had to stop
working as a hairdresser because holding her arms up aggravates the pain. MRI shows a right paracentral disc
herniation at C6-C7 with flattening of the right C7 root and mild canal narrowing. Pain today is 8/10.
DESCRIPTION OF PROCEDURE: The procedure, its risks (including infection, bleeding, headache, nerve injury) and
alternatives were discussed, and written consent was signed. The patient lay prone with her forehead on a foam
support. The posterior neck and upper back were prepped with povidone-iodine and draped sterilely. Using an AP
fluoroscopic view, the C7-T1 interspace was marked, and the skin was infiltrated with 2 mL of 1% lidocaine. A
20-gauge Tuohy needle was directed toward the C7-T1 interlaminar space slightly right of midline and advanced in
contralateral oblique views. Loss of resistance was obtained at a depth consistent with the epidural space. After
negative aspiration, 1.5 mL of Isovue-M 300 demonstrated a linear epidural contrast pattern extending cephalad
to C6. Then triamcinolone acetonide 40 mg (1 mL of 40 mg/mL) diluted with 2 mL of preservative-free saline was
injected over one minute. A single spot film was saved to PACS. The needle was withdrawn.
FINDINGS: Epidural contrast pattern at C7-T1 without vascular runoff.
ESTIMATED BLOOD LOSS: None.
COMPLICATIONS: None apparent.
POST-PROCEDURE: Pain 3/10 at discharge; right arm numbness unchanged. Discharged with a companion.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iopamidol", 1.5, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-05", pos="22", payer="medicare_cgs", codes=[line("62321")],
        findings=["saved_images", "time_out"],
        comment="one saved spot film (fewer than two views); no time-out written")

    add("fv-caudal-01", "radiology_report", """
EXAMINATION: FLUOROSCOPICALLY GUIDED CAUDAL EPIDURAL STEROID INJECTION

CLINICAL HISTORY: 78-year-old man with aching and heaviness in both buttocks and down the backs of both legs to
the calves when walking, with numbness in both feet, present for 10 months and relieved by sitting or leaning
forward. He can no longer walk through the grocery store without leaning on a cart and has given up golf.
Prior treatment: physical therapy and gabapentin. Referred with lumbar spinal stenosis with neurogenic
claudication (M48.062). MRI of 01/2026: severe central canal stenosis at L4-L5 with bilateral lateral recess
narrowing, moderate at L3-L4. Pain before the procedure: 8/10.

CONSENT: The procedure, risks and alternatives were discussed with the patient and written informed consent
was obtained. A time-out was completed before starting.

TECHNIQUE: The patient was positioned prone. The sacral hiatus was localized with lateral fluoroscopy and the
overlying skin was prepped and draped in sterile fashion. After local anesthesia with 3 mL of 1% lidocaine, a
20-gauge Tuohy needle was advanced through the sacrococcygeal ligament into the caudal epidural space under
lateral fluoroscopic guidance. Aspiration was negative. Omnipaque 180, 5 mL, was injected and filled the sacral
canal up to the S1 segment with epidural spread and no vascular or intrathecal filling. 80 mg of
methylprednisolone acetate diluted in 8 mL of preservative-free normal saline was then injected. AP and lateral
images were archived.

FINDINGS: Satisfactory caudal epidural contrast spread.

COMPLICATIONS: None immediate.

IMPRESSION: Technically successful caudal epidural steroid injection. Pain after the injection 3/10. The patient
left the department ambulatory.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(8, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-03-19", pos="22", codes=[line("62323")],
        findings=["conservative_care"],
        comment="'Prior treatment: physical therapy and gabapentin.' lists care with no outcome")

    add("fv-ilesi-03", "operative_report", """
DATE OF PROCEDURE: 04/22/2026

PREOPERATIVE DIAGNOSIS: Lumbar disc herniation with radiculopathy (M51.16).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED:
1. Lumbar epidural steroid injection, L4-L5, interlaminar.
2. Fluoroscopic needle guidance with epidurography.
SURGEON: Staff anesthesiologist, pain medicine.
ANESTHESIA: Monitored anesthesia care with local infiltration.
INDICATIONS: 46-year-old woman with right leg pain for three months following a lifting injury at work. The pain
travels from the right buttock over the anterolateral thigh and shin to the top of the foot, with tingling over
the dorsum of the foot; extensor hallucis longus strength is 4/5 on the right. Physical therapy for six weeks
and a trial of meloxicam produced no improvement, and gabapentin was stopped because of dizziness. She is unable
to work her shifts as a warehouse picker and cannot sit longer than 20 minutes. MRI demonstrates a right
paracentral disc extrusion at L4-L5 compressing the right L5 nerve root in the lateral recess. Preprocedure pain
score 9/10.
DESCRIPTION OF PROCEDURE: Informed consent was obtained after discussion of risks including infection, bleeding,
dural puncture headache and nerve damage. The patient was taken to the procedure room and placed prone. The
anesthesia team administered intravenous sedation and monitored the patient throughout. A time-out was
performed. The lumbar region was prepared with chlorhexidine and draped. Under AP fluoroscopy the L4-L5
interlaminar space was identified and the skin was anesthetized with 3 mL of 1% lidocaine. A 20-gauge Tuohy
needle was advanced in a right paramedian trajectory with intermittent lateral views. Loss of resistance to
saline was obtained. Negative aspiration. Omnipaque 240, 2 mL, confirmed epidural spread on AP and lateral
views without vascular pattern. Dexamethasone 10 mg (1 mL of 10 mg/mL) with 3 mL of preservative-free saline was
injected. The needle was removed. AP and lateral images were saved.
ESTIMATED BLOOD LOSS: Less than 1 mL.
COMPLICATIONS: None.
DISPOSITION: To recovery in stable condition. Pain 3/10 in recovery.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="mac")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(9, 3), need=ESI_NEED, dos="2026-04-22", pos="24", codes=[line("62323")],
        findings=["sedation_details"],
        comment="MAC sedation given: no agents, doses or times, and no reason for sedating an ESI")

    # ---------------- transforaminal epidurals ----------------
    add("fv-tfesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar radiculopathy (M54.16).
POSTOPERATIVE DIAGNOSIS: Lumbar radiculopathy (M54.16).
PROCEDURES PERFORMED:
1. Right L4 and L5 transforaminal epidural steroid injections (right L4-L5 and L5-S1 foramina).
2. Fluoroscopic guidance and contrast epidurography.
ANESTHESIA: Local.
INDICATIONS: 69-year-old woman with five months of right lower extremity pain running from the lateral hip over
the anterolateral thigh and shin into the dorsum of the foot, with numbness over the right medial shin and great
toe. Her right patellar reflex is reduced and right ankle dorsiflexion is 4+/5. She completed a 10-week home
exercise and physical therapy program, and tramadol gave only partial, short-lived relief. She can no longer do
her own housework or walk her granddaughter to school. MRI shows right foraminal disc protrusions at L4-L5 and
L5-S1 with moderate to severe right foraminal narrowing at both levels contacting the exiting L4 and L5 roots.
Pain before the procedure: 8/10.
DESCRIPTION OF PROCEDURE: After informed consent was obtained, the patient was placed prone on the fluoroscopy
table and a time-out was completed. The lumbosacral area was prepped and draped in sterile fashion. The right L4-L5
foramen was visualized using an ipsilateral oblique fluoroscopic view with the endplates squared. The skin at the
target was anesthetized with 2 mL of 1% lidocaine, and a 22-gauge 5-inch spinal needle was advanced toward the
safe triangle beneath the pedicle. Final needle position was confirmed in AP and lateral views. After negative
aspiration, 1 mL of Omnipaque 240 outlined the right L4 nerve root and flowed into the epidural space with no
vascular uptake. The same technique was repeated at the right L5-S1 foramen, again with 2 mL of 1% lidocaine to
the skin and 1 mL of Omnipaque 240, which outlined the L5 root. At each level, 0.5 mL of Kenalog-40 (20 mg)
mixed with 1 mL of 0.25% bupivacaine was injected. The needles were removed. AP and lateral images were saved for
both levels.
ESTIMATED BLOOD LOSS: Minimal.
COMPLICATIONS: None.
DISPOSITION: Pain 2/10 after the procedure. Discharged home with her husband.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="local")],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(8, 2), need=ESI_NEED, dos="2026-05-07",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=4)], findings=[])

    add("fv-tfesi-02", "residency_note", """
PAIN MEDICINE FELLOW PROCEDURE NOTE
Attending present for the entire procedure.

Procedure: Bilateral L5-S1 transforaminal epidural steroid injection (bilateral L5 nerve roots) under
fluoroscopy.
Indication: Bilateral L5 radiculopathy due to lumbosacral foraminal stenosis (M48.07).
History: 74-year-old man, 9 months of burning pain along the lateral calves and the tops of both feet, worse on
standing, with decreased pinprick over both L5 dermatomes and weak toe extension bilaterally. A twelve-week course
of PT and a home program did not reduce his leg pain; duloxetine was stopped after two weeks because of nausea.
He has stopped driving to visit family because he cannot tolerate the car, and he needs a cane outdoors.
Imaging: CT myelogram shows severe bilateral L5-S1 foraminal stenosis from disc-osteophyte complex and facet
hypertrophy.
Pre-procedure VAS: 7/10.
Consent: risks, benefits and alternatives reviewed; consent form signed.
Time-out: completed with the nurse and radiology technologist.
Technique: Prone. Sterile prep with chlorhexidine x3 and drape. Left L5-S1 foramen approached first in an
oblique view; skin wheal with 2 mL of 1% lidocaine; 22 g spinal needle advanced under intermittent fluoroscopy
to the 6 o'clock position of the L5 pedicle; depth confirmed on lateral view. Negative aspiration. Isovue-M 200,
1 mL, showed a perineural and epidural pattern. Injected Decadron 5 mg with 1 mL of 1% preservative-free
lidocaine. Identical technique on the right side (2 mL of 1% lidocaine to skin, Isovue-M 200 1 mL, Decadron 5 mg
with 1 mL of 1% lidocaine). No vascular or intrathecal flow on either side. AP and lateral images saved.
Post-procedure VAS: 2/10.
Complications: none. EBL nil.
Disposition: home with wife; pain diary given.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 60), given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-06-10", payer="medicare_fcso",
        codes=[line("64483", "50"), line("J1100", units=10)], findings=[])

    add("fv-tfesi-03", "operative_report", """
PREOPERATIVE DIAGNOSIS: Cervical radiculopathy (M54.12).
POSTOPERATIVE DIAGNOSIS: Same.
OPERATION: Left C7 selective transforaminal epidural steroid injection (left C6-C7 neural foramen).
ANESTHESIA: Local.
INDICATIONS: A 52-year-old man with two months of pain from the left side of the neck through the posterior arm
into the middle finger, with numbness of the left middle finger and a weak left triceps (4/5). He has been
through six weeks of therapy with no relief of the arm pain, and cyclobenzaprine caused excessive drowsiness.
He cannot work at his desk for more than an hour and has stopped swimming. Outside imaging was reviewed with the
patient. Pain score today is 6/10.
DESCRIPTION OF PROCEDURE: Written informed consent was obtained. The patient was positioned supine with the head
rotated slightly to the right. A time-out was conducted. The left neck was prepped and draped sterilely. Using
an ipsilateral oblique fluoroscopic view, the left C6-C7 foramen was identified. The skin was anesthetized with
1 mL of 1% lidocaine. A 25-gauge 2.5-inch blunt-tip needle was advanced onto the posterior half of the foramen at
the level of the superior articular process. The needle tip position was confirmed in the AP view. Under live
fluoroscopy with digital subtraction, 1 mL of Isovue-M 200 outlined the left C7 nerve root with no arterial or
venous filling. Dexamethasone 4 mg (1 mL of 4 mg/mL) was then injected slowly. AP and oblique images were saved.
ESTIMATED BLOOD LOSS: Nil.
COMPLICATIONS: None.
DISPOSITION: Pain 1/10 before discharge. Discharged in stable condition.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 10), given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 1), need=minus(ESI_NEED, "imaging_findings"), dos="2026-07-01", pos="22",
        codes=[line("64479", "LT")], findings=["imaging_findings"],
        comment="imaging 'reviewed' with no finding written")

    add("fv-tfesi-04", "transcription_sample", """
PROCEDURE NOTE

PREOPERATIVE DIAGNOSIS: Lumbar intervertebral disc herniation with radiculopathy (M51.16).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Repeat right L4-L5 transforaminal epidural steroid injection under fluoroscopic guidance.

HISTORY: The patient is a 66-year-old female who returns with recurrent pain in the right anterior thigh and
medial knee, with numbness over the medial leg and a diminished right knee jerk. Symptoms began eight months ago.
Her previous right L4-L5 transforaminal injection in April helped some, and the leg pain has gradually returned.
Before that injection she had failed six weeks of physical therapy and a course of celecoxib. She is having
difficulty climbing stairs and has had to stop her water aerobics. MRI shows a right foraminal disc extrusion at
L4-L5 with severe right foraminal stenosis impinging on the exiting right L4 nerve root. She rates her pain at
7/10 today.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after explanation of the risks and benefits. The patient
was placed in the prone position and a time-out was called to confirm side and level. The lumbar area was
prepped with chlorhexidine and draped. Under oblique fluoroscopic imaging the right L4-L5 neural foramen was
identified and the overlying skin was infiltrated with 2 mL of 1% lidocaine. A 22-gauge 3.5-inch Quincke needle
was advanced to the superior aspect of the foramen and final position was checked on AP and lateral
projections. Aspiration was negative for blood and CSF. One milliliter of Omnipaque 240 was injected,
demonstrating flow along the right L4 nerve root into the epidural space without vascular uptake. Celestone
Soluspan 6 mg (1 mL) with 1 mL of 0.25% bupivacaine was then injected. AP and lateral images were kept.

COMPLICATIONS: None.

POST-PROCEDURE: Pain 3/10 fifteen minutes after the injection. The patient was discharged home ambulating
independently.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("bupivacaine", 2.5)],
        pain=(7, 3), need=ESI_NEED, dos="2026-08-12", payer="medicare_cgs",
        codes=[line("64483", "RT"), line("J0702", units=1)], findings=["prior_procedure_response"],
        comment="repeat injection; the earlier one 'helped some': no quantified response or its duration")

    add("fv-tfesi-05", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbosacral radiculopathy, left S1 (M54.17).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Left S1 transforaminal epidural steroid injection with fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS FOR PROCEDURE: 58-year-old man with six months of left buttock pain shooting down the back of the leg
to the heel and the sole, with numbness of the lateral left foot. The left ankle reflex is absent and
straight-leg raising reproduces the leg pain at 40 degrees. He has failed two months of physical therapy and
a course of ibuprofen without meaningful improvement. MRI of the lumbar spine shows a left L5-S1 disc extrusion
displacing the left S1 nerve root. Pain prior to the injection was 7/10.
DESCRIPTION OF PROCEDURE: The patient was identified, the procedure was explained and informed consent was
signed. He was placed prone and a time-out was performed. The sacral area was prepped and draped in a sterile
manner. Under AP fluoroscopy with cephalad tilt the left S1 posterior foramen was aligned. The skin was
anesthetized with 2 mL of 1% lidocaine and a 22-gauge 3.5-inch spinal needle was advanced into the left S1
foramen. Depth was confirmed on the lateral view. Aspiration was negative. Omnipaque 240, 1 mL, outlined the left
S1 root and spread into the ventral epidural space without vascular flow. 40 mg of methylprednisolone acetate
(1 mL) with 1 mL of 1% preservative-free lidocaine was injected. AP and lateral images were stored.
COMPLICATIONS: None.
DISPOSITION: Post-procedure pain 2/10. Discharged ambulatory.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="left",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40)],
        pain=(7, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2026-09-09",
        codes=[line("64483", "LT"), line("J1010", units=40)], findings=["functional_impairment"],
        comment="nothing says what the leg pain keeps him from doing")

    # ---------------- facet: medial branch blocks, intra-articular, radiofrequency ----------------
    add("fv-mbb-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Bilateral L3 and L4 medial branch blocks and L5 dorsal ramus blocks (bilateral L4-L5 and
L5-S1 facet joints), diagnostic, under fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS: 71-year-old man with axial low back pain across the lower lumbar region for about two years, worse
with standing, extension and twisting and without radiation below the knees. Facet loading reproduces the pain on
both sides. Twelve weeks of physical therapy with a core program, and scheduled acetaminophen with diclofenac
gel, have not improved the pain. He has had to stop working in his garden and cannot stand at the counter long
enough to prepare a meal. Pain before the block: 7/10.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was placed prone and a time-out was
performed. The lumbar spine was prepped with chlorhexidine and draped in sterile fashion. Using oblique
fluoroscopic views, the junction of the superior articular process and transverse process was identified at L4
and L5 on each side, and the sacral ala was identified on each side. At each of the six target sites a skin
wheal was raised with 0.5 mL of 1% lidocaine and a 22-gauge 3.5-inch spinal needle was advanced to bony contact
at the target. Positions were confirmed in AP and oblique views. After negative aspiration, 0.5 mL of 0.5%
bupivacaine was injected at each site. The needles were withdrawn and bandages applied.
COMPLICATIONS: None.
POST-PROCEDURE ASSESSMENT: At 30 minutes the patient reported pain of 1/10, about 85% relief, with extension and
rotation that had previously provoked the pain. He was given a pain diary to complete over the next 8 hours.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-01-27",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fv-mbb-02", "operative_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Lumbar facet syndrome, right, with lumbar spondylosis (M47.816).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURES:
1. Right L2, L3 and L4 medial branch blocks.
2. Right L5 dorsal ramus block.
3. Fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS: 64-year-old woman with right-sided low back pain for 18 months, radiating into the right buttock
but not below the knee. Pain is worst with extension and rotation to the right. She has tried physical therapy
for three months and NSAIDs without improvement; chiropractic treatment aggravated the pain. She has stopped
bowling and cannot vacuum her house. These are diagnostic blocks to determine candidacy for radiofrequency
ablation. Pre-procedure pain score: 8/10.
DESCRIPTION OF PROCEDURE: After informed consent was obtained, the patient was placed prone on the fluoroscopy
table and a universal protocol time-out was completed. The back was prepped and draped in the usual sterile
fashion. With oblique fluoroscopic imaging, needle targets were identified at the junction of the superior
articular process and the transverse process of L3, L4 and L5 on the right, and at the groove between the right
sacral ala and superior articular process of S1. A 22-gauge spinal needle was advanced to each target with bony
contact. Final positions were confirmed in the AP projection. After negative aspiration, 0.5 mL of 2% lidocaine
was injected at each of the four sites. Needles were removed intact.
ESTIMATED BLOOD LOSS: Negligible.
COMPLICATIONS: None.
RESULTS: The patient rated her pain 2/10 twenty minutes after the blocks (75% improvement) and could extend and
rotate without pain. Discharged home with a pain diary.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 40)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-02-18", pos="24",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT"), line("64495", "KX", "RT")],
        findings=["level_limit"],
        comment="L2+L3 -> L3-L4, L3+L4 -> L4-L5, L4+L5 dorsal ramus -> L5-S1: three joints, the third not covered")

    add("fv-mbb-03", "residency_note", """
Resident Procedure Note - Interventional Pain Service

Procedure: Left cervical medial branch blocks at C4, C5 and C6 (left C4-C5 and C5-C6 facet joints), first
diagnostic block, fluoroscopically guided.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).
Indication: Left-sided neck pain extending to the left upper trapezius and the base of the skull, worse with
looking over the left shoulder, no arm symptoms. Tenderness over the left C4-C6 facet columns. Physical therapy
for eight weeks gave no lasting benefit, and NSAIDs upset her stomach and were stopped. She has given up driving on
the highway because she cannot turn her head to check traffic. Plain films show multilevel facet arthropathy,
most marked at C4-C5 and C5-C6 on the left.
Pre-procedure pain: 7/10.
Consent: obtained and signed after discussing risks, benefits and alternatives.
Time-out: done.
Description: Patient placed prone with a pillow under the chest and the neck slightly flexed. Sterile prep and
drape. Under lateral fluoroscopy the centroids of the left C4, C5 and C6 articular pillars were identified. After
skin infiltration, a 25-gauge 2-inch needle was advanced to each articular pillar waist in the lateral view and
checked in the AP view. After negative aspiration, 0.3 mL of 0.5% ropivacaine was injected at each of the three
targets. Needles removed.
Post-procedure pain: 1/10 with neck rotation, roughly 90% relief.
Patient instructed to record her pain hourly for the next six hours.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 4.5)],
        pain=(7, 1), need=minus(SPINE_NEED, "symptom_duration"), dos="2026-03-31", complications=None,
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")],
        findings=["complications", "symptom_duration"],
        comment="how long the neck pain has lasted is not written; no complications statement. The skin "
                "infiltration names no drug, so no drug is read from it")

    add("fv-facet-ia-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar facet arthropathy, right L4-L5 and L5-S1 (M47.816).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Diagnostic right L4-L5 and L5-S1 intra-articular facet joint injections under fluoroscopic
guidance with arthrography.
SURGEON: Attending physician, with pain medicine fellow assisting.
ANESTHESIA: Local.
INDICATIONS: 59-year-old woman with right lower back pain for one year, aggravated by standing and extension,
with paraspinal tenderness over the right lower facets and no neurologic deficit. Six months of physical
therapy, a home exercise program and meloxicam have failed to control the pain. She had to leave her job as a
cashier because she cannot stand through a shift. CT shows right-sided L4-L5 and L5-S1 facet hypertrophy with
joint space narrowing. Pain today is 6/10.
DESCRIPTION OF PROCEDURE: The risks and benefits were reviewed and informed consent was obtained. She was placed
prone and a time-out was performed. After sterile prep and drape, the right L4-L5 facet joint was visualized in
an ipsilateral oblique view. The skin was anesthetized with 1 mL of 1% lidocaine and a 22-gauge spinal needle was
advanced into the inferior recess of the joint. A small amount of Omnipaque 240 (0.3 mL) produced an arthrogram
confirming intra-articular placement, and 1 mL of 0.5% bupivacaine was injected. The same steps were carried out
at the right L5-S1 joint (1 mL of 1% lidocaine to skin, Omnipaque 240 0.3 mL, 1 mL of 0.5% bupivacaine).
ESTIMATED BLOOD LOSS: None.
COMPLICATIONS: None.
POST-PROCEDURE: At 30 minutes her pain was 1/10 with provocative maneuvers, representing more than 80% relief.
Discharged home; she will keep a pain log.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                    sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.6, "ml"), given("bupivacaine", 10)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-04-15", pos="22", payer="medicare_cgs",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[])

    add("fv-mbb-04", "operative_report", """
PREOPERATIVE DIAGNOSIS: Thoracic spondylosis (M47.814).
POSTOPERATIVE DIAGNOSIS: Thoracic spondylosis (M47.814).
PROCEDURE PERFORMED: Diagnostic medial branch blocks for the right T7-T8 and T8-T9 facet joints, fluoroscopically
guided.
ANESTHESIA: Local.
INDICATIONS: The patient is a 67-year-old woman with right mid-back pain below the scapula for the past 14 months
after a fall, without radiation around the chest wall. Pain is reproduced by thoracic extension and rotation and
by pressure over the right T7-T9 facets. She has completed eight weeks of physical therapy and uses a lidocaine
patch, with no real change in her pain. She is unable to carry groceries or sleep on her back because of the
pain. Thoracic MRI shows facet arthropathy at T7-T8 and T8-T9 on the right without disc herniation. Pain score
before the procedure: 6/10.
DESCRIPTION OF PROCEDURE: Consent was obtained in writing after a discussion of risks including pneumothorax. In
the prone position a time-out was performed. The mid-thoracic region was prepped and draped in sterile fashion.
Under AP fluoroscopy the superolateral corners of the right transverse processes serving the medial branches of
the T7-T8 and T8-T9 facet joints were marked. The skin at each of three entry points was anesthetized with 1 mL of
1% lidocaine, and a 22-gauge 3.5-inch needle was advanced to bony contact at each target, staying over bone on the
lateral view. After negative aspiration, 0.5 mL of 0.5% ropivacaine was injected at each of the three target
points.
ESTIMATED BLOOD LOSS: Minimal.
COMPLICATIONS: None. No respiratory symptoms; lung fields unchanged on fluoroscopy.
RESULT: Pain 0/10 at 30 minutes (100% relief) with extension and rotation. Pain diary given.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="thoracic", laterality="right",
                    levels=["T7-T8", "T8-T9"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 30), given("ropivacaine", 7.5)],
        pain=(6, 0), need=SPINE_NEED, dos="2026-10-21", payer="medicare_fcso",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[])

    add("fv-rfa-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Right L3 and L4 medial branch and L5 dorsal ramus radiofrequency neurotomy (right L4-L5 and
L5-S1 facet joints), with fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS: 68-year-old man with right low back pain for three years, worse with standing and extension, with no
radicular symptoms. Physical therapy for 12 weeks and NSAIDs did not help, and he remains unable to stand long
enough to finish a round of golf or to lift his grandchildren. He underwent a diagnostic right L3, L4 medial
branch and L5 dorsal ramus block on 03/10/2026 with 90% relief for the duration of the anesthetic, and a
confirmatory block on 04/02/2026 with 85% relief. Pain today is 7/10.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was placed prone and a time-out was
performed. After sterile prep and drape, an oblique fluoroscopic view was used to identify the junction of the
superior articular process and transverse process of L4 and L5 and the sacral ala on the right. The skin was
anesthetized with 3 mL of 1% lidocaine in total, and 18-gauge 100 mm radiofrequency cannulae with 10 mm active
tips were advanced parallel to the course of each nerve, positions confirmed in AP and lateral views. Sensory
stimulation at 50 Hz reproduced concordant back pain below 0.5 V at each site, and motor stimulation at 2 Hz up
to 2 V produced multifidus twitching without leg muscle contraction. After negative aspiration, 1 mL of 2%
lidocaine was injected through each cannula. Thermal lesions were created at 80 degrees Celsius for 90 seconds
at each of the three nerves. The cannulae were removed.
ESTIMATED BLOOD LOSS: Minimal.
COMPLICATIONS: None.
DISPOSITION: Pain 2/10 after the procedure. Discharged home with his wife.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 90)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-05-20", pos="22",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[])

    add("fv-rfa-02", "radiology_report", """
PAIN MANAGEMENT PROCEDURE REPORT

PROCEDURE: Bilateral cervical radiofrequency ablation of the C5, C6 and C7 medial branches (bilateral C5-C6 and
C6-C7 facet joints) under fluoroscopy.
DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812).
CLINICAL INFORMATION: 72-year-old woman with bilateral posterior neck pain for four years, worse looking up and
turning, without arm symptoms. Physical therapy for three months and daily naproxen did not help. She cannot
look up to hang laundry or reach her kitchen cabinets. A bilateral C5, C6 and C7 medial branch block in July
gave 90% relief of her neck pain for several hours. Pain score before the procedure 8/10.
CONSENT AND SAFETY: Risks including numbness, burning pain and infection were discussed and written informed
consent was signed. A time-out was performed before the procedure.
TECHNIQUE: Prone position. The posterior neck was prepped with chlorhexidine and draped sterilely. Under lateral
and AP fluoroscopy, 20-gauge 100 mm RF cannulae with 10 mm active tips were placed along the waist of the left
and right C5 and C6 articular pillars and over the C7 superior articular processes. Sensory testing at 50 Hz
reproduced the neck pain at less than 0.6 V; motor testing at 2 Hz to 2 V produced no arm contraction. After
0.5 mL of 2% lidocaine through each of the six cannulae, lesions were made at 80 degrees Celsius for 90 seconds,
with a second lesion at each site after rotating the cannula.
COMPLICATIONS: None.
RESULT: Post-procedure pain 3/10. The patient was discharged in stable condition.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-09-30", pos="24",
        codes=[line("64633", "50"), line("64634", "50")], findings=["diagnostic_block_relief"],
        comment="one diagnostic block with its relief; the LCD asks for two")

    # ---------------- sacroiliac joint ----------------
    add("fv-sij-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Sacroiliitis, left (M46.1).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Diagnostic left sacroiliac joint injection under fluoroscopic guidance with arthrogram.
ANESTHESIA: Local.
INDICATIONS: 57-year-old woman with left buttock and posterior pelvic pain below L5 for eight months, worse rising
from a chair and climbing stairs. FABER, thigh thrust and compression tests are positive on the left. Eight weeks
of physical therapy with pelvic stabilization exercises and a sacroiliac belt provided no lasting benefit, and
naproxen was stopped because of heartburn. She can no longer walk her dog around the block. Pain before the
procedure: 7/10.
DESCRIPTION OF PROCEDURE: The procedure was explained and informed consent was obtained. The patient was placed
prone and a time-out was performed. The left buttock was prepped and draped in sterile fashion. The inferior
aspect of the left sacroiliac joint was visualized by rotating the C-arm until the anterior and posterior joint
lines overlapped. The skin was anesthetized with 2 mL of 1% lidocaine, and a 22-gauge 3.5-inch spinal needle was
advanced into the inferior joint space. Omnipaque 240, 0.5 mL, outlined the joint without vascular uptake. Then
2 mL of 0.5% bupivacaine was injected into the joint. AP and oblique images were saved.
ESTIMATED BLOOD LOSS: None.
COMPLICATIONS: None.
RESULT: At 20 minutes her pain was 1/10 on provocative testing, approximately 85% relief.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-25", codes=[line("27096", "LT")], findings=[])

    add("fv-sij-02", "residency_note", """
PM&R RESIDENT PROCEDURE NOTE (teaching case)

Procedure: Bilateral sacroiliac joint injections, therapeutic, fluoroscopically guided.
Diagnosis: Sacroiliac joint dysfunction, bilateral (M53.3).
HPI: 61 y/o man, bilateral low buttock pain over both PSIS regions for 16 months, worse with prolonged sitting and
transitions. Positive Gaenslen and thigh thrust bilaterally. Physical therapy x 10 weeks did not relieve the pain
and NSAIDs caused GI upset. His diagnostic bilateral SI joint injections in February gave 80% relief that lasted
about four months; pain has now returned to baseline. He cannot sit through a
2-hour drive or a movie.
Pre-procedure pain: 6/10.
Consent: informed consent signed after discussing risks, benefits, alternatives.
Time-out: performed prior to the procedure.
Procedure details: Prone. Chlorhexidine prep, sterile drape. Left SI joint first: C-arm rotated to separate the
joint lines; skin wheal with 2 mL of 1% lidocaine; 22 g 3.5" spinal needle into the inferior third of the joint.
Isovue-M 200 0.5 mL showed an intra-articular pattern. Injected Kenalog 40 mg (1 mL) with 2 mL of 0.25%
bupivacaine. Right SI joint done the same way with the same amounts (2 mL of 1% lidocaine, 0.5 mL Isovue-M 200,
Kenalog 40 mg with 2 mL of 0.25% bupivacaine). AP and oblique fluoroscopic images saved for each side.
EBL: none. Complications: none.
Post-procedure pain: 2/10.
Plan: follow up in 4 weeks; continue home stretching program.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 40), given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 80),
               given("bupivacaine", 10)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-07-22",
        codes=[line("27096", "50"), line("J3301", units=8)], findings=["percent_relief"],
        comment="today's relief only implied by the 6 -> 2 scores; the earlier injections' 80% for 4 months is the "
                "diagnostic block relief and the prior response")

    add("fv-sij-03", "radiology_report", """
EXAMINATION: Fluoroscopy-guided right sacroiliac joint injection.

INDICATION: Diagnostic right sacroiliac joint injection for right sacroiliac joint pain (M53.3). The patient is a
49-year-old woman with right posterior pelvic and buttock pain since a fall on the ice five months ago. Thigh
thrust, distraction and FABER are positive on the right. She completed 6 weeks of physical therapy without
improvement, and ibuprofen helped only partially. She has had to stop running and cannot sit through her work
meetings. Pre-procedure pain 8/10.

PROCEDURE: Risks, benefits and alternatives were explained and informed consent was obtained. A time-out was
performed. The patient lay prone. The right lower sacroiliac region was sterilely prepped and draped. The skin
was anesthetized with 2 mL of 1% lidocaine. Under fluoroscopic guidance a 22-gauge spinal needle was advanced into
the inferior aspect of the right sacroiliac joint, with position confirmed in AP and oblique projections, and both
views were saved. A mixture of 2 mL of 0.5% bupivacaine and 40 mg of Depo-Medrol was injected without resistance.

COMPLICATIONS: None.

IMPRESSION: Successful right sacroiliac joint injection. Post-procedure pain 1/10, approximately 90% relief of her
typical pain during provocative maneuvers.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 20), given("bupivacaine", 10), given("methylprednisolone_acetate", 40)],
        pain=(8, 1), need=SPINE_NEED, dos="2026-10-07", pos="22", payer="medicare_fcso",
        codes=[line("27096", "RT")], findings=["contrast"], comment="no contrast and no reason for omitting it")

    # ---------------- trigger points, joints and bursae ----------------
    add("fv-tpi-01", "clinic_procedure_note", """
PROCEDURE NOTE: TRIGGER POINT INJECTIONS

DIAGNOSIS: Myofascial pain of the neck and upper back (M79.12).
INDICATION: 54-year-old woman with right-sided neck and shoulder-girdle pain for six months. Examination shows
taut bands with palpable trigger points and a local twitch response in the right upper trapezius, right levator
scapulae and right splenius capitis, each reproducing her referred headache and shoulder pain. Stretching,
massage and a home exercise program for eight weeks gave no lasting relief. She cannot work at her computer for
more than 30 minutes. Pain before the injections: 7/10.
CONSENT: The risks, including pneumothorax, bleeding and infection, were discussed and verbal and written consent
were obtained.
TIME-OUT: Performed, confirming the patient, site and side.
DESCRIPTION: With the patient seated, each trigger point was localized by palpation and the skin was cleaned with
alcohol. A 25-gauge 1.5-inch needle was inserted into each trigger point, with a twitch response elicited, and
after negative aspiration 2 mL of 1% lidocaine was injected into each of the three muscles using a fanning
technique. Pressure was held and bandages applied.
COMPLICATIONS: None.
RESULT: Pain 2/10 afterwards, about 70% relief, with improved cervical rotation.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-03-04", codes=[line("20553")], findings=[])

    add("fv-knee-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, left knee (M17.12).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Ultrasound-guided left knee intra-articular corticosteroid injection.
INDICATIONS: 76-year-old man with left knee pain for three years, worse over the last four months, limiting him
to walking about two blocks and making stairs difficult. Radiographs show medial compartment joint space
narrowing with osteophytes. Acetaminophen and a home quadriceps program have not controlled the pain.
Pain before the injection: 8/10.
DESCRIPTION OF PROCEDURE: Risks and benefits were discussed and informed consent was obtained. A time-out was
performed. The patient was supine with the knee slightly flexed over a bolster. The lateral suprapatellar recess
was identified with a linear ultrasound transducer, and a small effusion was seen. The skin was prepped with
chlorhexidine, and under sterile technique 2 mL of 1% lidocaine was infiltrated. A 22-gauge 1.5-inch needle was
advanced in plane under continuous ultrasound visualization into the suprapatellar recess, and 40 mg of
methylprednisolone acetate (1 mL of 40 mg/mL) mixed with 2 mL of 1% lidocaine was injected, with the injectate
seen distending the recess. A permanent ultrasound image documenting the needle within the joint was saved to the
record.
COMPLICATIONS: None.
DISPOSITION: Pain 3/10 after the injection. He was told to limit strenuous activity for 48 hours.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 40), given("methylprednisolone_acetate", 40)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-04-08", codes=[line("20611", "LT"), line("J1010", units=40)], findings=[])

    add("fv-bursa-01", "clinic_procedure_note", """
PROCEDURE: Right greater trochanteric bursa injection.
DIAGNOSIS: Trochanteric bursitis of the right hip.
INDICATION: 63-year-old woman with lateral right hip pain for five months, worse lying on the right side and
climbing stairs, with point tenderness over the right greater trochanter. Physical therapy for six weeks and
ibuprofen did not relieve it. She cannot sleep on her right side. Pain before the injection: 6/10.
CONSENT: Risks, benefits and alternatives explained; informed consent obtained.
TIME-OUT: Done.
TECHNIQUE: Landmark guided. The patient lay on her left side. The point of maximal tenderness over the right
greater trochanter was marked and prepped with chlorhexidine. A 22-gauge 3.5-inch spinal needle was advanced to
the bone and withdrawn slightly, and after negative aspiration a mixture of 40 mg of Kenalog (1 mL of 40 mg/mL)
and 3 mL of 1% lidocaine was injected into the bursa. A bandage was applied.
COMPLICATIONS: None.
RESULT: Pain 1/10 at discharge.
""",
        procs=[proc("joint_injection", target="trochanteric_bursa", region="hip", laterality="right",
                    imaging="none", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-05-13", payer="commercial_generic", codes=[line("20610", "RT"), line("J3301", units=4)],
        findings=[], comment="commercial payer: the claim is the same; lidocaine is never billed")

    # ---------------- genicular ----------------
    add("fv-gnb-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Primary osteoarthritis of the right knee (M17.11).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Diagnostic right genicular nerve block (superior lateral, superior medial and inferior medial
genicular nerves) under fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS: 73-year-old woman with right knee pain for more than five years with tricompartmental osteoarthritis
on radiographs. She is not a surgical candidate because of cardiac disease. Intra-articular steroid injections
and physical therapy no longer control her pain. She can walk only inside the house. This block is to assess
candidacy for genicular radiofrequency ablation. Pain before the procedure: 7/10.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was placed supine with a bolster under the
right knee and a time-out was performed. The knee was prepped and draped in sterile fashion. A skin wheal was
raised at each entry site with 1% lidocaine. Under AP fluoroscopy, 22-gauge 3.5-inch spinal needles were advanced
to the junction of the femoral shaft and the lateral epicondyle, the junction of the femoral shaft and the medial
epicondyle, and the junction of the tibial shaft and the medial tibial condyle. Depth was confirmed in the lateral
view at the midpoint of the bone. After negative aspiration, 2 mL of 0.5% bupivacaine was injected at each of the
three sites.
COMPLICATIONS: None.
RESULT: Post-procedure pain 1/10 with walking and stair climbing in the clinic.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                    intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", None), given("bupivacaine", 30)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-06-03", codes=[line("64454", "RT")], findings=["drug_dose"],
        comment="the skin lidocaine has no amount")

    # ---------------- sympathetic blocks ----------------
    add("fv-stellate-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Complex regional pain syndrome type I of the left upper limb (G90.512).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Left stellate ganglion block under ultrasound guidance.
ANESTHESIA: Local.
INDICATIONS: 45-year-old woman with burning pain, swelling, color change and allodynia of the left hand and
forearm for five months after a distal radius fracture. Occupational therapy with desensitization and gabapentin
have not helped. She cannot use her left hand to dress or cook. Pain before the block: 8/10.
DESCRIPTION OF PROCEDURE: The risks, including hoarseness, ptosis, seizure and vascular injection, were discussed
and informed consent was obtained. A time-out was performed. The patient lay supine with the neck slightly
extended. The left anterior neck was prepped and draped in sterile fashion. With a linear ultrasound probe
positioned at the C6 level, the longus colli muscle, the carotid artery and the C6 anterior tubercle were
identified. A 25-gauge 2-inch needle was advanced in plane, lateral to medial, until its tip lay on the fascia of
the longus colli. After negative aspiration, 5 mL of 0.25% bupivacaine was injected in 1 mL increments with
spread seen beneath the prevertebral fascia. An ultrasound image of the final needle position was saved.
COMPLICATIONS: None.
RESULT: Within 15 minutes a left Horner's syndrome appeared and the skin temperature of the left hand rose by
2 degrees Celsius. Pain 3/10 after the block.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound", sedation="local")],
        drugs=[given("bupivacaine", 12.5)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-07-08", pos="22", codes=[line("64510"), line("76942", "26")], findings=[])

    add("fv-lsb-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Complex regional pain syndrome type I, right lower limb (G90.521).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Right lumbar sympathetic block at L3 under fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS: 39-year-old man with burning right foot and ankle pain, cold mottled skin, swelling and hair changes
for seven months following an ankle sprain. He has not improved with physical therapy, pregabalin and a
prednisone burst. He is unable to bear weight on the right foot for more than a few minutes. Pain before the
block: 9/10.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was positioned prone, and a time-out was
performed. The right lumbar region was prepped and draped. Using an oblique fluoroscopic view, the anterolateral
margin of the L3 vertebral body was identified. The skin was anesthetized with 3 mL of 1% lidocaine, and a
22-gauge 5-inch spinal needle was advanced to the anterolateral edge of the L3 vertebral body, confirmed in the
lateral view. After negative aspiration, 3 mL of Isovue-M 300 spread longitudinally along the anterolateral
vertebral column without psoas or vascular spread. Then 10 mL of 0.2% ropivacaine was injected in divided doses.
COMPLICATIONS: None.
RESULT: The right foot warmed from 29 to 33 degrees Celsius within 20 minutes. Pain 3/10 after the block.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 30), given("iopamidol", 3, "ml"), given("ropivacaine", 20)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-08-26", payer="medicare_cgs",
        codes=[line("64520"), line("77002"), line("Q9967", units=3)], findings=[])

    add("fv-impar-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Coccydynia (M53.3).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Ganglion impar block, fluoroscopically guided, transsacrococcygeal approach.
ANESTHESIA: Local.
INDICATIONS: 50-year-old woman with midline pain at the tip of the tailbone for ten months after childbirth,
worse sitting and rising from a seat. A coccyx cushion, NSAIDs and pelvic floor therapy for three months have not
helped. She cannot sit through her workday. Pain before the block: 7/10.
DESCRIPTION OF PROCEDURE: Informed consent was obtained and a time-out was completed. The patient was placed prone
with a pillow under the pelvis. The sacrococcygeal area was prepped and draped. Under lateral fluoroscopy the
sacrococcygeal junction was identified and the skin over it was anesthetized with 2 mL of 1% lidocaine. A 22-gauge
3.5-inch spinal needle was passed through the sacrococcygeal disc until the tip lay just anterior to it. Omnipaque
180, 2 mL, produced a comma-shaped retroperitoneal spread anterior to the sacrococcygeal junction with no vascular
or rectal pattern. Then 4 mL of 0.5% bupivacaine with 40 mg of triamcinolone was injected.
COMPLICATIONS: None.
DISPOSITION: Pain 2/10 after the block. Discharged home.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True, sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("bupivacaine", 20),
               given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-09-23",
        codes=[line("64999"), line("77002"), line("J3301", units=4), line("Q9965", units=2)], findings=[])

    # ---------------- occipital ----------------
    add("fv-occ-01", "clinic_procedure_note", """
PROCEDURE: Bilateral greater occipital nerve blocks.
DIAGNOSIS: Occipital neuralgia (M54.81).
INDICATION: 44-year-old woman with shooting and aching pain from the base of the skull over both sides of the
scalp to the vertex for the past year, with tenderness and a positive Tinel sign over both greater occipital
nerves. Topiramate and physical therapy have failed to control the headaches, and she misses two to three days of
work a month. Pain before the procedure: 7/10.
CONSENT: Risks and benefits were reviewed and she gave informed consent.
TIME-OUT: Completed.
TECHNIQUE: Landmark technique without imaging. Seated, head flexed. The greater occipital nerve was located
medial to the occipital artery pulse along the superior nuchal line on each side. After alcohol prep, a 25-gauge
1.5-inch needle was advanced to the occiput and withdrawn slightly, and after negative aspiration 2 mL of 0.5%
bupivacaine with 20 mg of triamcinolone (0.5 mL of 40 mg/mL) was injected on the left, and the same mixture on
the right.
COMPLICATIONS: None.
RESULT: Pain 1/10 at 10 minutes, with numbness over both occipital scalps.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none", intent="therapeutic")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-10-14", codes=[line("64405", "50"), line("J3301", units=4)], findings=[])

    # ---------------- neuromodulation, augmentation, pump ----------------
    add("fv-scs-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Failed back surgery syndrome (M96.1) with chronic bilateral lower extremity radicular
pain.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED:
1. Percutaneous placement of two eight-contact epidural spinal cord stimulator trial leads.
2. Fluoroscopic guidance for needle and lead placement.
3. Intraoperative programming.
ANESTHESIA: Local.
INDICATIONS: 60-year-old man who underwent L4-S1 fusion in 2022 and has had persistent burning pain in both legs,
left worse than right, for the past three years. He failed 12 weeks of physical therapy, gabapentin and
duloxetine (both stopped for sedation), and two epidural injections without lasting relief. He walks less than
one block and has stopped working. Pain before the procedure: 8/10.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was placed prone on the fluoroscopy table
and a time-out was performed. The thoracolumbar area was prepped and draped in sterile fashion. Under AP
fluoroscopy the L1-L2 interlaminar space was identified, and the skin and subcutaneous tissue were infiltrated
with 10 mL of 1% lidocaine. Two 14-gauge Tuohy needles were advanced into the epidural space at L1-L2 by a
paramedian approach using loss of resistance to saline, one on each side. Through each needle an eight-contact
percutaneous lead was advanced under fluoroscopy into the dorsal epidural space, the left lead to the top of T8
and the right lead to the middle of T8, confirmed on the lateral view. Intraoperative testing produced
paresthesia coverage of both legs and the feet. The needles were removed, and the leads were anchored to the
skin with sutures and covered with sterile dressings. AP and lateral images were saved.
ESTIMATED BLOOD LOSS: Less than 5 mL.
COMPLICATIONS: None.
DISPOSITION: Pain 4/10 in recovery with the stimulator on. Discharged home with trial instructions; lead removal
planned in 7 days.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "radicular_findings"),
        dos="2026-10-28", pos="24", codes=[line("63650", units=2), line("77003", "26")], findings=["indication"],
        comment="no psychological evaluation mentioned (scs.psychological_evaluation reports as indication)")

    add("fv-kypho-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Osteoporotic compression fracture of L2 (M80.08XA).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: L2 balloon kyphoplasty, bilateral transpedicular approach, under biplane fluoroscopy.
ANESTHESIA: Moderate sedation administered by the proceduralist, with local anesthesia.
INDICATIONS: 81-year-old woman with severe midline low back pain for seven weeks after bending to lift a laundry
basket. MRI shows an acute L2 compression fracture with 30% loss of anterior vertebral body height and marrow
edema on STIR images, without retropulsion. Six weeks of a lumbar brace, calcitonin and oral analgesics have not
improved the pain, and she is confined to bed or a recliner for most of the day. Pain before the procedure:
9/10.
DESCRIPTION OF PROCEDURE: Informed consent was obtained. A time-out was performed. The patient was placed prone on
the procedure table. Moderate sedation was administered by me with a registered nurse present as an independent
observer monitoring pulse oximetry, blood pressure and level of consciousness: midazolam 2 mg and fentanyl 100 mcg
IV in divided doses. Sedation start 09:12, end 09:41 (29 minutes of intraservice time). The back was prepped and
draped in sterile fashion. Under AP and lateral fluoroscopy the L2 pedicles were identified, and the skin and
periosteum over each pedicle were anesthetized with 5 mL of 1% lidocaine per side. Trocars were advanced through
both pedicles into the anterior third of the vertebral body. Inflatable bone tamps were inserted and inflated to
create cavities with partial height restoration. The cavities were filled with 4.5 mL of polymethylmethacrylate
under continuous lateral fluoroscopy, with no extravasation. The cannulas were removed and pressure was held.
ESTIMATED BLOOD LOSS: Minimal.
COMPLICATIONS: None.
DISPOSITION: Pain 3/10 in recovery. Kept flat for one hour, then discharged with her daughter.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L2"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-11-04", pos="22", codes=[line("22514"), line("99152"), line("99153")], findings=[])

    add("fv-pump-01", "clinic_procedure_note", """
PROCEDURE: Intrathecal pump refill and reprogramming.
DIAGNOSIS: Chronic pain syndrome (G89.4) with implanted intrathecal drug delivery system, failed back surgery.
INDICATION: 70-year-old man with intractable low back and bilateral leg pain for nine years, managed with
intrathecal morphine since 2021. He presents for his scheduled refill; the pump alarm date is in one week. Over
the past month his pain has crept up and he can no longer walk to his mailbox, so a dose increase was
discussed. Pain today: 6/10.
CONSENT: The refill and dose change were explained and he consented.
TIME-OUT: Performed, confirming patient, device and drug.
DESCRIPTION: The pump was interrogated with the clinician programmer: reservoir volume 2.1 mL expected, low
reservoir alarm not yet triggered. The pump site in the right lower abdomen was prepped with chlorhexidine, and
the reservoir port was located with the template. A 22-gauge non-coring Huber needle was inserted into the port
and 2.0 mL of residual drug was withdrawn and discarded. Then 20 mL of preservative-free morphine 25 mg/mL was
injected into the reservoir slowly with intermittent aspiration to confirm placement. The needle was removed. I
then reprogrammed the pump to increase the daily dose by 10%, from 4.0 mg/day to 4.4 mg/day, and updated the
reservoir volume and alarm date. The refill and the reprogramming were performed personally by the attending
physician.
COMPLICATIONS: None.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(6, None), need=("diagnosis", "symptom_duration", "functional_impairment"),
        dos="2026-11-18", codes=[line("62370")], findings=[],
        comment="refilled and reprogrammed by the physician")
