"""Notes of the sealed untuned batch ao: wordings of our own imitating the pain-procedure operative reports that are
published on the web as medical-transcription samples (numbered PREOPERATIVE DIAGNOSES / PROCEDURES PERFORMED,
ANESTHESIA, INDICATIONS paragraph, one long DESCRIPTION OF PROCEDURE paragraph, DISPOSITION / PLAN). The gold was
labelled by hand from each text before any Painpoint run; the `findings` of each `add` are the deliberate gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, SPINE_NEED)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Transforaminal, interlaminar and caudal epidurals, and one combined TFESI + SI joint session."""
    add("fao-tfesi-01", "transcription_sample", """
PREOPERATIVE DIAGNOSES:
1. Lumbar disc herniation with radiculopathy (M51.16).
2. Left lower extremity radicular pain in the L4 and L5 distributions.

POSTOPERATIVE DIAGNOSES: Same.

PROCEDURES PERFORMED:
1. Left L4-L5 and L5-S1 transforaminal epidural steroid injection.
2. Fluoroscopic guidance for needle placement.
3. Interpretation of epidurogram.

ANESTHESIA: Local.

INDICATIONS: The patient is a 67-year-old gentleman who has had pain in the left buttock radiating down the
lateral thigh and across the shin into the top of the foot for the past five months, with numbness of the left
great toe. On examination his left extensor hallucis longus is 4/5 and the left straight leg raise reproduces his
leg pain at 45 degrees. He attended physical therapy twice a week for eight weeks without any improvement, and
gabapentin was stopped because it made him dizzy. He is no longer able to walk more than one block and has had to
give up his part-time job at the hardware store. MRI of the lumbar spine shows a left foraminal disc herniation at
L4-L5 and left foraminal narrowing at L5-S1 with contact of the exiting left L4 and L5 nerve roots. The risks,
benefits and alternatives of the procedure were discussed at length, and he wished to proceed.

DESCRIPTION OF PROCEDURE: After informed consent was obtained and signed, the patient was brought to the fluoroscopy
suite and placed in the prone position with a pillow under the abdomen. A time-out was performed confirming the
patient, the procedure, the side and the levels. The lumbar region was prepped with Betadine three times and
draped in the usual sterile fashion. Using AP and oblique fluoroscopic views the left L4-L5 and L5-S1 neural
foramina were identified, and a skin wheal was raised over each target with 1 mL of 1% lidocaine. A 22-gauge
3.5-inch Quincke spinal needle was then advanced under intermittent fluoroscopy to the superior aspect of the left
L4-L5 foramen, just below the pedicle, and a second needle was advanced in the same manner to the left L5-S1
foramen. Needle position was confirmed in the lateral view. After negative aspiration for blood and CSF, 1 mL of
Omnipaque 240 was injected through each needle, outlining the exiting nerve root and flowing medially into the
epidural space without any intravascular or intrathecal uptake. A solution of Kenalog 40 mg (1 mL) and 2 mL of
0.25% preservative-free Marcaine was then prepared, and half of it, 1.5 mL, was slowly injected at each level. AP
and lateral images were saved to the permanent record. The needles were removed intact and band-aids were applied.

The patient tolerated the procedure well. Preprocedure pain score was 8/10 and postprocedure pain score was 3/10.

COMPLICATIONS: None.

ESTIMATED BLOOD LOSS: Minimal.

DISPOSITION: The patient was discharged home in stable condition after a 20-minute observation period.

PLAN: Follow up in the clinic in two weeks to assess his response.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-12",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J3301", units=4)], findings=[],
        comment="Kenalog 40 mg in a 3 mL mixture, half per level: 40 mg triamcinolone and 5 mg bupivacaine in total")

    add("fao-tfesi-02", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Bilateral L5-S1 foraminal stenosis with lumbosacral radiculopathy (M54.17).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Bilateral L5-S1 transforaminal epidural steroid injections under fluoroscopy.

ANESTHESIA: Local.

INDICATIONS: This 74-year-old woman has had pain in both buttocks shooting down the backs of her legs into the
heels for about six months, with tingling of both soles that is worse when she stands. Her ankle reflexes are
absent bilaterally. She completed ten weeks of physical therapy with no relief, and meloxicam gave her gastritis and
was discontinued. She can no longer stand at the kitchen counter for more than ten minutes or do her own grocery
shopping. MRI demonstrates a grade 1 spondylolisthesis at L5-S1 with severe bilateral foraminal narrowing and
compression of both exiting L5 nerve roots.

DESCRIPTION OF PROCEDURE: The procedure, its risks, benefits and alternatives were explained to the patient and
written consent was obtained. She was taken to the procedure room and positioned prone on the fluoroscopy table,
and a time-out was called to confirm the correct patient, procedure and sites. The low back was prepped with
ChloraPrep and draped sterilely. Under AP and ipsilateral oblique fluoroscopy the right L5-S1 foramen was
identified, the skin was anesthetized with 1 mL of 1% lidocaine, and a 22-gauge spinal needle was advanced to the
safe triangle beneath the L5 pedicle; depth was checked on the lateral view. Aspiration was negative for blood and
CSF. Isovue-M 300, 1 mL, showed a nice neurogram along the right L5 root with epidural spread and no vascular
pattern, and then 40 mg of Depo-Medrol mixed with 1 mL of 1% Xylocaine was injected. The identical procedure was
then carried out on the left side with the same amounts of lidocaine, contrast, Depo-Medrol and Xylocaine. Needle
placement and contrast flow on both sides were confirmed in the AP, oblique and lateral views. Both needles were
withdrawn and band-aids placed. The patient tolerated the procedure well.

COMPLICATIONS: None.

PAIN SCORES: 7/10 before the procedure and 2/10 afterward.

DISPOSITION: Discharged home ambulatory with her son.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 40), given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 2), need=ESI_NEED, dos="2025-06-19",
        codes=[line("64483", "50"), line("J1010", units=80)], findings=["saved_images"],
        comment="views used to confirm placement, but the note never says any image was saved (esi.saved_images); "
                "'the same volumes' on the left doubles every amount")

    add("fao-tfesi-03", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Right S1 radiculopathy secondary to L5-S1 disc herniation (M51.17).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURES PERFORMED:
1. Right L5 and S1 transforaminal epidural steroid injections.
2. Fluoroscopic guidance and contrast interpretation.

ANESTHESIA: Monitored anesthesia care by the CRNA with midazolam 2 mg IV and fentanyl 50 mcg IV. Sedation start
time 0812, end time 0834. MAC was required because the patient has severe procedural anxiety and could not remain
still for a prior injection attempted under local anesthesia alone.

INDICATIONS: The patient is a 58-year-old man with a four-month history of right buttock pain radiating down the
back of the thigh and calf to the outer border of the foot, with numbness of the fourth and fifth toes. The right
Achilles reflex is diminished and the seated slump test is positive on the right. Eight weeks of physical therapy
did not help, and he could not tolerate naproxen because of heartburn. He has been unable to drive his delivery
route for the past month. MRI shows a right paracentral disc herniation at L5-S1 compressing the right S1 nerve root
in the lateral recess, with mild right L5-S1 foraminal narrowing.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after discussion of the risks and benefits. The patient was
placed prone and a time-out was performed verifying the patient, procedure, side and levels. The lumbosacral area
was prepped with ChloraPrep and draped in sterile fashion. The skin over the right L5-S1 foramen and over the right
S1 posterior foramen was infiltrated with 2 mL of 1% lidocaine at each site. Under AP and oblique fluoroscopic
guidance a 22-gauge spinal needle was placed in the right L5-S1 foramen, and a second 22-gauge needle was advanced
through the right S1 posterior sacral foramen. After negative aspiration for blood and CSF, 1 mL of Omnipaque 180
was injected through each needle, with spread along the L5 and S1 nerve roots and into the epidural space and no
vascular runoff. Decadron 10 mg (1 mL of 10 mg/mL) was then divided equally between the two needles. Spot images
in AP and lateral projections were saved to the permanent record. The needles were removed and the skin was
cleaned and dressed.

The patient tolerated the procedure well and was taken to recovery in stable condition. Preprocedure pain 7/10;
postprocedure pain 2/10.

COMPLICATIONS: There were no complications.

PLAN: Follow-up in three weeks.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="mac")],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-03-26", pos="22",
        codes=[line("64483", "RT"), line("64484", "RT")], findings=[],
        comment="L5 root at the L5-S1 foramen and the S1 foramen: two foramina; MAC by the CRNA with agents, doses, "
                "times and reason (no 99152); hospital outpatient, no drug lines")

    add("fao-ilesi-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Lumbar radiculopathy, right (M54.16).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: L5-S1 interlaminar epidural steroid injection, midline approach, under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS: The patient is a 63-year-old woman who presents with four months of low back pain radiating into the
right buttock, posterior thigh and calf, with intermittent burning in the sole of the right foot. Straight leg
raise is positive on the right at 50 degrees. She has done physical therapy in the past and takes meloxicam daily.
The pain keeps her from walking her dog and from sitting through a church service. MRI of the lumbar spine shows a
right paracentral disc protrusion at L5-S1 abutting the descending right S1 nerve root.

DESCRIPTION OF PROCEDURE: The risks and benefits were explained, questions were answered, and informed consent was
signed. The patient was placed prone on the fluoroscopy table. A time-out was performed. The back was prepped with
Betadine and draped in the usual sterile manner. The L5-S1 interspace was identified under AP fluoroscopy and the
skin and subcutaneous tissue were anesthetized with 3 mL of 1% lidocaine. A 20-gauge 3.5-inch Tuohy needle was
advanced in the midline under intermittent fluoroscopy, and the epidural space was entered using a loss of
resistance technique with preservative-free saline at the L5-S1 level, confirmed on the lateral view. Aspiration
was negative for blood and CSF. Omnipaque 240, 2 mL, produced a good epidurogram with spread over the L5 and S1
levels and no intravascular or subarachnoid spread. Then 80 mg of Depo-Medrol with 2 mL of 1% preservative-free
lidocaine and 2 mL of normal saline was injected slowly. AP and lateral images were saved. The needle was flushed
and removed, and a band-aid was applied.

The patient tolerated the procedure well, with pain going from 6/10 before the injection to 2/10 after.
COMPLICATIONS: None.

DISPOSITION: Home with her husband. She was told to call with any fever, headache or new weakness.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 50), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"), dos="2023-09-14",
        codes=[line("62323"), line("J1040")], findings=["conservative_care"],
        comment="therapy and meloxicam only listed, no outcome or length; before 2024-04-01: J1040 for 80 mg")

    add("fao-ilesi-02", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Cervical radiculopathy, left, C6 (M54.12).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURES PERFORMED:
1. Cervical epidural steroid injection at C7-T1, interlaminar approach, left paramedian.
2. Fluoroscopic needle guidance with epidurography.

ANESTHESIA: Local.

INDICATIONS: The patient is a 61-year-old right-handed man with a three-month history of left neck pain that
travels over the shoulder and down the lateral forearm into the thumb and index finger, with numbness of the left
thumb. The left biceps and brachioradialis reflexes are reduced and the Spurling maneuver reproduces his arm pain.
He completed six weeks of physical therapy with no meaningful improvement, and a prednisone taper helped for only a
few days. He is unable to sleep through the night or work at his computer for more than half an hour. MRI of the
cervical spine shows left-sided disc osteophyte complexes at C5-C6 and C6-C7 with moderate to severe left foraminal
stenosis at C5-C6.

DESCRIPTION OF PROCEDURE: After the risks, benefits and alternatives were reviewed and informed consent was
obtained, the patient was placed prone with the neck slightly flexed on a foam head rest. A time-out was completed.
The posterior neck and upper back were prepped with ChloraPrep and draped in a sterile fashion. The C7-T1
interlaminar space was identified under AP fluoroscopy, and the skin was anesthetized with 2 mL of 1% lidocaine.
An 18-gauge Tuohy needle was advanced slightly left of midline using the contralateral oblique view to monitor
depth, and the epidural space was entered with loss of resistance to saline. Aspiration was negative for blood and
CSF. Omnipaque 240, 1.5 mL, outlined the dorsal epidural space with spread to the left and cranially to C6 and no
vascular uptake. Kenalog 80 mg (2 mL) with 2 mL of preservative-free normal saline was then injected. AP and
contralateral oblique images were saved to PACS. The needle was removed with the stylet in place and a band-aid was
applied.

The patient tolerated the procedure well. Pain was 7/10 before and 3/10 after the injection.

COMPLICATIONS: None.

DISPOSITION: Discharged from the surgery center after 30 minutes of observation, neurologically intact.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 3), need=ESI_NEED, dos="2026-01-08", pos="24", codes=[line("62321")], findings=[],
        comment="80 mg triamcinolone is at, not above, the ceiling; ASC: no drug lines")

    add("fao-caudal-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Caudal epidural steroid injection with fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS: This 79-year-old gentleman has had aching, heaviness and tingling in both legs from the buttocks down
to the calves for about a year, coming on after he walks for five minutes and easing when he sits or leans forward
on a shopping cart. He went through eight weeks of physical therapy without any benefit, and gabapentin made him
too drowsy to continue. He can no longer walk through the grocery store or play with his grandchildren at the park.
He is on clopidogrel, which was held for seven days before the procedure with his cardiologist's approval.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after a full discussion. The patient was placed prone with a
pillow under the hips, and a time-out was performed. The sacral area was prepped with Betadine and draped in a
sterile manner, taking care to protect the gluteal cleft. The sacral hiatus was palpated and confirmed under lateral
fluoroscopy, and 2 mL of 1% lidocaine was infiltrated over it. A 20-gauge Tuohy needle was advanced through the
sacrococcygeal ligament into the caudal canal. After negative aspiration for blood and CSF, 5 mL of Omnipaque 240
was injected, demonstrating a good epidurogram ascending to the L5 level bilaterally without vascular runoff. A
solution of 80 mg of Kenalog (2 mL of 40 mg/mL), 5 mL of 0.25% Marcaine and 5 mL of preservative-free saline was
then injected slowly. AP and lateral images were saved. The needle was removed and a sterile dressing was applied.

The patient tolerated the procedure well. Pain scores were 8/10 before and 4/10 after the injection.

COMPLICATIONS: None.

DISPOSITION: Home in stable condition. He will resume his clopidogrel tomorrow.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 5, "ml"), given("triamcinolone_acetonide", 80),
               given("bupivacaine", 12.5)],
        pain=(8, 4), need=minus(ESI_NEED, "imaging_findings"), dos="2026-04-21", payer="medicare_cgs",
        codes=[line("62323"), line("J3301", units=8)], findings=["imaging_findings"],
        comment="no MRI or CT finding anywhere in the note")

    add("fao-ilesi-03", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Thoracic radiculopathy, right T10 (M54.14).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Repeat thoracic interlaminar epidural steroid injection at T9-T10 with fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS: The patient is a 69-year-old woman with a seven-month history of burning, band-like pain wrapping
from the right side of her mid back around the lower ribs to the upper abdomen, with hypersensitivity of the skin in
the right T10 dermatome. Six weeks of physical therapy produced no relief, and gabapentin and lidocaine patches did
not help. The pain wakes her at night and she cannot lift her laundry basket. MRI of the thoracic spine shows a
right paracentral disc protrusion at T9-T10 contacting the right T10 nerve root. This is her second thoracic
epidural; the first, on 04/28/2026, gave her about 40% relief that lasted roughly six weeks before the pain
returned to baseline.

DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was positioned prone, and a time-out was
performed confirming the correct patient and level. The thoracic area was prepped with ChloraPrep and draped
sterilely. The T9-T10 interlaminar space was located with AP fluoroscopy, the skin was anesthetized with 2 mL of 1%
lidocaine, and a 20-gauge Tuohy needle was advanced using a right paramedian approach with lateral views to follow
its depth. The epidural space was identified by loss of resistance to saline. Negative aspiration for blood and
CSF. Omnipaque 180, 1 mL, showed epidural spread favoring the right side without vascular or intrathecal pattern.
Celestone Soluspan 12 mg (2 mL) with 1 mL of preservative-free saline was injected. AP and lateral images were
saved. The needle was removed and a band-aid was applied.

The patient tolerated the procedure well. Preprocedure pain score was 7/10 and postprocedure pain score 3/10.

COMPLICATIONS: None.

PLAN: Return in four weeks.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 3), need=ESI_NEED, dos="2026-06-30",
        codes=[line("62321"), line("J0702", units=2)], findings=["prior_procedure_response"],
        comment="repeat after 40% relief for six weeks (needs 50% for 3 months)")

    add("fao-tfesi-04", "transcription_sample", """
PREOPERATIVE DIAGNOSES:
1. Lumbar radiculopathy, left L3 and L4 (M54.16).
2. Lumbar foraminal disc protrusions, L3-L4 and L4-L5.

POSTOPERATIVE DIAGNOSES: Same.

PROCEDURE PERFORMED: Left L3-L4 and L4-L5 transforaminal epidural steroid injections with fluoroscopy.

ANESTHESIA: Local.

INDICATIONS: The patient is a 71-year-old man with ten weeks of pain in the left groin and front of the thigh
running down over the knee to the medial shin. The left knee jerk is decreased and the femoral stretch test is
positive on the left. He had six weeks of physical therapy with no relief, and he cannot take anti-inflammatories
because of his kidney function. He now has trouble climbing the stairs in his home and getting in and out of the
car. MRI shows left foraminal disc protrusions at L3-L4 and L4-L5 impinging on the exiting left L3 and L4 nerve
roots.

DESCRIPTION OF PROCEDURE: After informed consent, the patient was placed prone on the fluoroscopy table. A time-out
was performed. The lumbar spine was prepped with Betadine and draped in a sterile fashion. The left L3-L4 and L4-L5
foramina were localized in the oblique projection, and 1 mL of 1% lidocaine was used to anesthetize the skin at
each site. Two 22-gauge spinal needles were advanced to the superior foramen at each level, and position was
checked in the AP and lateral views. After negative aspiration, Isovue-M 200, 1 mL at each level, showed
perineural and epidural spread with no vascular uptake. Depo-Medrol and 1 mL of 1% lidocaine were then injected at
each level. AP and oblique images were saved. The needles were removed and band-aids applied. The patient tolerated
the procedure without difficulty.

PAIN: 8/10 before, 4/10 after.

COMPLICATIONS: None.

DISPOSITION: Discharged home in good condition.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="local")],
        drugs=[given("lidocaine", 40), given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", None)],
        pain=(8, 4), need=ESI_NEED, dos="2025-11-18", payer="medicare_fcso",
        codes=[line("64483", "LT"), line("64484", "LT")], findings=["drug_dose"],
        comment="Depo-Medrol written without any amount: no drug line")

    add("fao-mixed-01", "transcription_sample", """
PREOPERATIVE DIAGNOSES:
1. Lumbosacral radiculopathy, right L5 (M54.17).
2. Right sacroiliitis (M46.1).

POSTOPERATIVE DIAGNOSES: Same.

PROCEDURES PERFORMED:
1. Right L5-S1 transforaminal epidural steroid injection.
2. Right sacroiliac joint injection, diagnostic.
3. Fluoroscopic guidance for both procedures.

ANESTHESIA: Local.

INDICATIONS: This is a 66-year-old woman with two pain generators, both present for six months. The first is pain
from the right buttock down the outer thigh and calf to the top of the foot with numbness of the right big toe and
weakness of right great toe extension. The second is a deep right buttock pain below the posterior superior iliac
spine, and the thigh thrust, FABER and compression tests are all positive on the right. Twelve weeks of physical therapy and
naproxen failed to relieve either pain. She cannot garden or stand long enough to cook a meal. MRI shows right
L5-S1 foraminal stenosis with compression of the exiting right L5 nerve root.

DESCRIPTION OF PROCEDURE: The risks and benefits of both procedures were discussed and informed consent was
obtained. The patient was placed prone, and a time-out was performed for both procedures. The low back and right
buttock were prepped with ChloraPrep and draped sterilely. The skin over the right L5-S1 foramen was anesthetized
with 2 mL of 1% lidocaine, and a 22-gauge spinal needle was advanced under oblique fluoroscopy into the right
L5-S1 foramen. After negative aspiration for blood and CSF, Omnipaque 240, 1 mL, showed flow along the right L5
root and into the epidural space. Kenalog 40 mg with 1 mL of 0.25% bupivacaine was injected. Attention was then
turned to the right sacroiliac joint. The inferior joint line was identified with a contralateral oblique tilt, the
skin was anesthetized with 2 mL of 1% lidocaine, and a 22-gauge spinal needle was advanced into the inferior right
sacroiliac joint. Omnipaque 240, 0.5 mL, confirmed an intra-articular arthrogram, and 2 mL of 0.5% bupivacaine was
injected into the joint. AP and lateral images of the transforaminal needle and AP and oblique images of the
sacroiliac joint injection were saved. Both needles were removed and band-aids were applied.

The patient tolerated the procedures well. Her pain was 8/10 before and 2/10 thirty minutes after, about 80%
relief, with the buttock pain completely gone during the anesthetic phase.

COMPLICATIONS: None.

DISPOSITION: Home. She will keep a pain diary for the next six hours.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 40), given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 12.5)],
        pain=(8, 2), need=ESI_NEED, dos="2026-07-14",
        codes=[line("64483", "RT"), line("27096", "RT"), line("J3301", units=4)], findings=[],
        comment="two procedures in one session; SI relief 80% stated (diagnostic, positive)")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, intra-articular facet injections and facet radiofrequency ablation."""
    add("fao-mbb-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816), lumbar facet syndrome.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Bilateral L4-L5 and L5-S1 facet joint medial branch blocks (L3 and L4 medial branches and L5
dorsal rami), diagnostic block number one, under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS: The patient is a 72-year-old woman with axial low back pain for two years, worse with standing,
arching backward and twisting, without any radiation into the legs. Facet loading reproduces her pain on both
sides. Twelve weeks of physical therapy did not help, and neither ibuprofen nor tramadol gave any relief. She is
unable to stand long enough to cook dinner and has stopped her water aerobics class. Imaging shows bilateral facet
arthropathy at L4-L5 and L5-S1.

DESCRIPTION OF PROCEDURE: After informed consent was obtained, the patient was placed prone and a time-out was
performed. The lumbar area was prepped with Betadine and draped in sterile fashion. Using AP and oblique
fluoroscopic views, the junctions of the superior articular and transverse processes of L4 and L5 and the sacral
ala were identified on each side. The skin at each of the six sites was anesthetized with 0.5 mL of 1% lidocaine,
and a 22-gauge spinal needle was advanced to each target, the right L3 and L4 medial branches and the right L5
dorsal ramus, and then the same three targets on the left. After negative aspiration, 0.5 mL of 0.5% bupivacaine
was injected at each of the six targets. The needles were removed and band-aids applied.

The patient tolerated the procedure well. Preprocedure pain was 7/10; at 30 minutes her pain was 1/10 with
facet-loading maneuvers, about 85% relief. She was given a pain diary.

COMPLICATIONS: None.

PLAN: Second confirmatory block if the diary confirms relief for the duration of the anesthetic.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        comment="nerves named: L3+L4 MB and L5 dorsal ramus = L4-L5 and L5-S1 joints")

    add("fao-mbb-02", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Right C4, C5 and C6 cervical medial branch blocks (C4-C5 and C5-C6 facet joints), diagnostic,
with fluoroscopic guidance.

ANESTHESIA: None; the injectate itself served as the local anesthetic.

INDICATIONS: This 64-year-old gentleman has had right-sided neck pain for about a year, spreading to the right
upper trapezius and the base of the skull, with no arm symptoms. The pain is reproduced with extension and rotation
to the right, and he is tender over the right C4-C5 and C5-C6 facets. Eight weeks of physical therapy gave no
improvement, and he could not tolerate NSAIDs because of reflux. X-rays show right-sided facet hypertrophy at C4-C5
and C5-C6.

DESCRIPTION OF PROCEDURE: After informed consent, the patient was placed in the left lateral decubitus position. A
time-out was performed. The right side of the neck was prepped with ChloraPrep and draped. Under lateral
fluoroscopy, the waists of the right C4, C5 and C6 articular pillars were identified. A 25-gauge 2.5-inch spinal
needle was advanced to each target with bone contact, and the position was confirmed in the AP view. After negative
aspiration, 0.5 mL of 2% lidocaine was injected at each of the three nerves. The needles were removed.

The patient tolerated the procedure well. His pain went from 6/10 before the block to 1/10 afterward, with full
rotation to the right.

COMPLICATIONS: None.

PLAN: Diary review by phone tomorrow; a second comparative block with bupivacaine if positive.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=minus(SPINE_NEED, "functional_impairment"), dos="2025-09-09", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["functional_impairment"],
        comment="no functional limitation stated (facet.functional_impairment)")

    add("fao-facet-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Lumbar facet arthropathy (M47.816).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURES PERFORMED:
1. Bilateral L3-L4, L4-L5 and L5-S1 facet joint injections.
2. Fluoroscopic guidance with arthrography.

ANESTHESIA: Local.

INDICATIONS: The patient is a 76-year-old man with low back pain across the belt line for three years, worse
with standing and walking and better with sitting, without leg pain. Physical therapy for three months gave no
lasting benefit, and NSAIDs and acetaminophen have not controlled the pain. He can no longer play a round of golf
or do his yard work. CT shows multilevel facet hypertrophy from L3-L4 to L5-S1 with small effusions.

DESCRIPTION OF PROCEDURE: After informed consent was obtained, the patient was positioned prone and a time-out was
performed. The lumbar region was prepped with Betadine and draped in sterile fashion. Under oblique fluoroscopy, the
L3-L4, L4-L5 and L5-S1 facet joints were identified on the right and then on the left, and the skin over each joint
was anesthetized with 0.5 mL of 1% lidocaine. A 22-gauge spinal needle was advanced into each of the six joints.
At each joint 0.3 mL of Omnipaque 180 confirmed an intra-articular position. A mixture of 2 mL of Kenalog 40 mg/mL
and 4 mL of 0.5% Marcaine was prepared, and 1 mL of it was injected into each of the six joints. The needles were
removed and the skin was cleaned. Band-aids were applied.

The patient tolerated the procedure well. Pain score before the procedure was 7/10 and after the procedure 3/10.

COMPLICATIONS: None.

DISPOSITION: Home with his wife.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 1.8, "ml"), given("triamcinolone_acetonide", 80),
               given("bupivacaine", 20)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-05-19",
        codes=[line("64493", "50"), line("64494", "50"), line("64495", "50"), line("J3301", units=8)],
        findings=["approach", "level_limit"],
        comment="intent never stated (no KX); three joints per side (level limit)")

    add("fao-rfa-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURES PERFORMED:
1. Right L4-L5 and L5-S1 facet radiofrequency neurotomy (right L3 and L4 medial branches and right L5 dorsal
ramus).
2. Fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS: The patient is a 68-year-old woman with right-sided low back pain for two years, worse with
extension and rotation, without radicular symptoms. She failed three months of physical therapy and could not
tolerate NSAIDs because of stomach upset. She is unable to stand long enough to fold laundry or shop. She had two
diagnostic medial branch blocks of the same nerves: on 01/13/2026 with lidocaine she had 90% relief for two hours,
and on 02/03/2026 with bupivacaine she had 85% relief for six hours.

DESCRIPTION OF PROCEDURE: After informed consent was obtained, the patient was placed prone and a time-out was
performed. The right low back was prepped with ChloraPrep and draped in sterile fashion. The skin at each of the
three entry sites was anesthetized with 1 mL of 1% lidocaine. Under oblique and AP fluoroscopy, 18-gauge RF
cannulas with 10 mm active tips were positioned parallel to the right L3 and L4 medial branches and the right L5
dorsal ramus, and lateral views confirmed the tips along the posterior third of the superior articular process.
Sensory stimulation at 50 Hz reproduced her back pain below 0.5 V, and motor stimulation at 2 Hz up to 2 V produced
multifidus twitching without leg movement. One mL of 2% lidocaine was injected through each cannula, and thermal
lesions were made at 80 degrees Celsius for 90 seconds at each site. The cannulas were removed and band-aids placed.

The patient tolerated the procedure well. Pain was 6/10 beforehand and 2/10 afterward.

COMPLICATIONS: None.

DISPOSITION: Discharged from the surgery center in stable condition.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 90)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-03-03", pos="24",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[],
        comment="lidocaine 30 mg skin + 60 mg through the cannulas")

    add("fao-rfa-02", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left L3-L4, L4-L5 and L5-S1 facet radiofrequency ablation (left L2, L3 and L4 medial branches
and left L5 dorsal ramus) under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS: This 70-year-old woman has had left-sided low back pain for four years, worse with standing and
twisting, with no leg symptoms. Physical therapy for ten weeks and home exercises did not help, and meloxicam was
stopped because of rising creatinine. She can no longer walk around the block or vacuum her house. She underwent a
diagnostic left lumbar medial branch block in August with 80% relief.

DESCRIPTION OF PROCEDURE: Informed consent was obtained and a time-out was performed. The patient was placed prone,
and the left lumbar area was prepped with Betadine and draped. Under fluoroscopy, the skin and tracks at each of
the four sites were anesthetized with 2 mL of 1% lidocaine. Eighteen-gauge curved RF cannulas were positioned along
the left L2, L3 and L4 medial branches and the left L5 dorsal ramus, confirmed in AP, oblique and lateral views.
Sensory testing reproduced concordant back pain below 0.6 V, and motor testing at 2 V produced no leg twitch. After
1 mL of 2% lidocaine was given through each cannula, lesions were made at 85 degrees Celsius for 90 seconds at each
of the four nerves. The cannulas were removed and band-aids were applied.

The patient tolerated the procedure well. Pain before 7/10, after 3/10.

DISPOSITION: Home in stable condition.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic",
                    sedation="local")],
        drugs=[given("lidocaine", 160)],
        pain=(7, 3), need=SPINE_NEED, dos="2025-10-07",
        complications=None,
        codes=[line("64635", "LT"), line("64636", "LT", units=2)], findings=["complications", "diagnostic_block_relief"],
        comment="one diagnostic block only (two at 80% or more needed); 'tolerated the procedure well' but no "
                "statement on complications")

    add("fao-rfa-03", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Lumbosacral spondylosis without radiculopathy (M47.817).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURES PERFORMED:
1. Repeat bilateral L4-L5 and L5-S1 radiofrequency neurotomy of the L3 and L4 medial branches and L5 dorsal rami.
2. Fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS: The patient is a 73-year-old man with bilateral axial low back pain for more than five years from
lumbosacral facet arthropathy. Physical therapy on two occasions and NSAIDs failed to help before his first
ablation. Dual medial branch blocks in 2025 gave 90% and 85% relief. His first bilateral radiofrequency ablation on
07/15/2025 gave him about 75% relief that lasted nine months, and over the past six weeks the pain has returned to
the point that he again cannot walk his dog or stand through a church service.

DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was placed prone and a time-out was performed.
The lumbar area was prepped with Betadine and draped in sterile fashion. At each of the six sites the skin was
anesthetized with 2 mL of 1% lidocaine. Under AP and oblique fluoroscopy, 18-gauge RF cannulas were placed parallel
to the right L3 and L4 medial branches and right L5 dorsal ramus, and then the left L3 and L4 medial branches and
left L5 dorsal ramus, with lateral views confirming depth. Sensory stimulation was concordant and motor stimulation
showed no radicular response. Thermal lesions were then made at 80 degrees Celsius for 90 seconds at each nerve.
The cannulas were removed and band-aids were applied.

The patient tolerated the procedure well. Preprocedure pain score 7/10, postprocedure pain score 2/10.

COMPLICATIONS: None.

DISPOSITION: Discharged home from the hospital outpatient unit.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-05-05", pos="22",
        codes=[line("64635", "50"), line("64636", "50")], findings=[],
        comment="repeat RFA after 75% relief for nine months; two RFA sessions in 12 months is within the limit")

    add("fao-mbb-03", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left L4-L5 facet joint medial branch blocks (L3 and L4 medial branches), second diagnostic
(confirmatory) block, under fluoroscopy.

ANESTHESIA: Local.

INDICATIONS: The patient is a 66-year-old woman with axial low back pain for 18 months, without radiation, worse
on standing and on extension. She failed eight weeks of physical therapy, and celecoxib gave her no relief. She has
difficulty standing at her job as a cashier for more than twenty minutes. Her first diagnostic medial branch block
of the same nerves on 07/14/2026 gave about 85% relief for three hours.

DESCRIPTION OF PROCEDURE: After informed consent was obtained, a time-out was performed and the patient was placed
prone. The back was prepped with ChloraPrep and draped. Under AP and oblique fluoroscopy, 22-gauge spinal needles
were placed at the bases of the right L4 and L5 superior articular processes, for the right L3 and L4 medial
branches. After negative aspiration, 0.5 mL of 0.5% ropivacaine was injected at each of the two nerves. The
needles were removed.

The patient tolerated the procedure well. Pain was 6/10 before and 1/10 after.

COMPLICATIONS: None.

PLAN: Review the pain diary; radiofrequency ablation will be considered.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("ropivacaine", 5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-08-11",
        codes=[line("64493", "KX", "RT")], findings=["laterality_conflict"],
        comment="title says left, the needles went to the right: codes follow the description (RT)")


def _others(add, proc, line, given, SPINE_NEED) -> None:  # noqa: N803
    """SI joints, trigger points, joints and bursae, genicular, sympathetic, occipital, SCS, kyphoplasty, pump."""
    add("fao-sij-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Left sacroiliitis (M46.1).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left sacroiliac joint injection, therapeutic, under fluoroscopic guidance with contrast.

ANESTHESIA: Local.

INDICATIONS: The patient is a 60-year-old woman with left low back and buttock pain centered just below the
posterior superior iliac spine for eight months, without radiation below the knee. Gaenslen, thigh thrust and
sacral compression tests are positive on the left. Eight weeks of physical therapy gave no improvement and
ibuprofen did not help. She cannot sit through a movie or walk more than two blocks. A diagnostic left sacroiliac
joint block with lidocaine on 03/12/2024 gave her 80% relief for the duration of the anesthetic.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after discussion of the risks and benefits. The patient was
positioned prone and a time-out was performed. The left buttock was prepped with Betadine and draped in a sterile
fashion. The inferior aspect of the left sacroiliac joint was identified with a slight contralateral oblique view,
and the skin was anesthetized with 2 mL of 1% lidocaine. A 22-gauge 3.5-inch spinal needle was advanced into the
joint. Omnipaque 240, 0.5 mL, outlined the joint capsule with no vascular uptake. Then 40 mg of Depo-Medrol with
1 mL of 0.25% bupivacaine was injected. AP and oblique images were saved. The needle was removed and a band-aid was
applied.

The patient tolerated the procedure well. Her pain went from 7/10 before to 2/10 after, about 70% relief.

COMPLICATIONS: None.

DISPOSITION: Home in stable condition.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40),
               given("bupivacaine", 2.5)],
        pain=(7, 2), need=SPINE_NEED, dos="2024-08-13",
        codes=[line("27096", "LT"), line("J1010", units=40)], findings=[],
        comment="therapeutic SI after an 80% diagnostic block")

    add("fao-sij-02", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Bilateral sacroiliac joint arthropathy (M46.1).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Bilateral sacroiliac joint injections, diagnostic, with fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS: This 77-year-old man has had pain over both sacral sulci and buttocks for six months, worse with
rising from a chair and with stairs. Thigh thrust and distraction tests are positive bilaterally. He completed
eight weeks of physical therapy without improvement, and acetaminophen and diclofenac gel have not helped. He can
no longer walk the length of the mall or sit through a drive of more than thirty minutes.

DESCRIPTION OF PROCEDURE: After informed consent was obtained, the patient was placed prone and a time-out was
performed. The sacral region was prepped with Betadine and draped. Beginning on the right, the inferior joint line
was visualized with fluoroscopy, the skin was anesthetized with 1 mL of 1% lidocaine, and a 22-gauge spinal needle
was advanced into the right sacroiliac joint. Isovue-M 200, 0.5 mL, demonstrated an arthrogram, and 2 mL of 0.5%
Marcaine with 20 mg of Kenalog was injected. The procedure was repeated on the left side with the same technique
and the same amounts. AP and oblique images of each joint were saved. The needles were removed and band-aids were
placed.

The patient tolerated the procedure well. Pain before the injections was 8/10 and afterward 2/10.

COMPLICATIONS: None.

PLAN: He will record his relief over the next six hours and call the office.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iopamidol", 1, "ml"), given("bupivacaine", 20),
               given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=SPINE_NEED, dos="2025-12-02",
        codes=[line("27096", "50"), line("J3301", units=4)], findings=["percent_relief"],
        comment="relief only implied by the scores; 'the same amounts' on the left doubles each drug")

    add("fao-sij-03", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Right sacroiliitis (M46.1).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURES PERFORMED:
1. Right sacroiliac joint injection, therapeutic.
2. Fluoroscopic guidance and arthrogram.

ANESTHESIA: Local.

INDICATIONS: The patient is a 57-year-old woman with right buttock and posterior hip pain for ten months after a
fall on the ice. Her pain is reproduced with FABER, thigh thrust and compression on the right. She did twelve weeks
of physical therapy without any improvement, and naproxen did not help. She cannot sit through her work shift or
lift her grandson. A diagnostic right sacroiliac joint injection on 08/18/2026 gave 90% relief while the
anesthetic lasted.

DESCRIPTION OF PROCEDURE: Informed consent was signed. The patient was placed prone, and a time-out was performed.
The right buttock was prepped with ChloraPrep and draped. The skin over the inferior right sacroiliac joint was
anesthetized with 1 mL of 1% lidocaine, and under fluoroscopy a 22-gauge spinal needle was advanced into the joint.
Omnipaque 300, 0.5 mL, demonstrated an intra-articular pattern. Then 6 mg of Celestone (1 mL) with 2 mL of 1%
lidocaine was injected. AP and oblique images were saved. The needle was removed and a band-aid applied.

The patient tolerated the procedure well. Pain 6/10 before and 1/10 after, 83% relief.

COMPLICATIONS: None.

DISPOSITION: Discharged home from the outpatient department.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 0.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-09-29", pos="22", codes=[line("27096", "RT")], findings=[],
        comment="hospital outpatient: 27096 on the physician claim, no drug line")

    add("fao-tpi-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Myofascial pain syndrome of the neck and upper back (M79.12).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Trigger point injections, four muscles.

ANESTHESIA: None.

INDICATIONS: The patient is a 59-year-old woman with neck and upper shoulder pain for five months, worse after
long days at the computer. Examination shows taut bands with local twitch responses and referred pain to the head
in the right and left upper trapezius and in the right and left levator scapulae.

DESCRIPTION OF PROCEDURE: Verbal and written consent were obtained and a time-out was performed. The patient was
seated leaning forward. Each trigger point was identified by palpation and the skin was cleaned with alcohol. A
25-gauge 1.5-inch needle was inserted into each trigger point with a twitch response, and after negative aspiration
2 mL of 1% lidocaine was injected into each of the four muscles: right upper trapezius, left upper trapezius, right
levator scapulae and left levator scapulae. Pressure was held and band-aids were applied.

The patient tolerated the procedure well. Pain was 7/10 before and 2/10 after, approximately 70% relief.

COMPLICATIONS: None.

PLAN: Stretching program and heat; return in six weeks.
""",
        procs=[proc("trigger_point", region="cervical", sedation="none")],
        drugs=[given("lidocaine", 80)],
        pain=(7, 2), need=("diagnosis",), dos="2026-01-27", codes=[line("20553")], findings=[])

    add("fao-tpi-02", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Myofascial pain syndrome, lumbar and gluteal region (M79.18).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Trigger point injections of the right quadratus lumborum and right gluteus medius.

ANESTHESIA: None.

INDICATIONS: The patient is a 62-year-old woman with right low back and hip pain from myofascial trigger points for
more than a year. Taut bands with reproduction of her usual pain are palpable in the right quadratus lumborum and
the right gluteus medius. This is her fourth trigger point injection session in the past 12 months; each earlier
session gave several weeks of relief.

DESCRIPTION OF PROCEDURE: Consent was obtained and a time-out was performed. The patient lay on her left side. The
skin was prepped with alcohol. Using a 25-gauge needle, 3 mL of 0.25% bupivacaine was injected into the trigger
point in each of the two muscles after negative aspiration. Band-aids were applied.

The patient tolerated the procedure well. Pain decreased from 6/10 to 2/10, about 60% relief.

COMPLICATIONS: None.
""",
        procs=[proc("trigger_point", region="lumbar", sedation="none")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 2), need=("diagnosis",), dos="2026-10-20", payer="medicare_cgs", codes=[line("20552")],
        findings=["frequency"], comment="fourth TPI session in 12 months (limit 3)")

    add("fao-knee-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, left knee, M17.1.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left knee intra-articular injection by landmark technique.

ANESTHESIA: Ethyl chloride spray.

INDICATIONS: The patient is a 71-year-old man with left knee pain for three years that now limits him to one block
of walking and makes stairs difficult. X-rays show medial compartment narrowing with osteophytes. His last knee
injection, eight months ago, gave good relief for about four months.

DESCRIPTION OF PROCEDURE: The risks and benefits were reviewed and consent was obtained. A time-out was performed.
With the knee extended, the superolateral approach was marked, and the skin was prepped with Betadine and sprayed
with ethyl chloride. A 22-gauge 1.5-inch needle was advanced into the joint, and 40 mg of Kenalog with 4 mL of 1%
lidocaine was injected without resistance. The needle was removed and a band-aid applied.

The patient tolerated the procedure well. Pain 8/10 before and 3/10 after.

COMPLICATIONS: None.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="none",
                    intent="therapeutic", sedation="local")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(8, 3), need=("diagnosis",), dos="2025-03-11",
        codes=[line("20610", "LT"), line("J3301", units=4)], findings=["code_validity"],
        comment="M17.1 is a category, not a billable code (M17.12 for the left knee)")

    add("fao-shoulder-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Right subacromial bursitis with rotator cuff tendinopathy.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Ultrasound-guided right subacromial bursa injection.

ANESTHESIA: None.

INDICATIONS: The patient is a 66-year-old woman with right shoulder pain for four months, worse with overhead
reaching and at night, with positive Neer and Hawkins impingement signs. Home exercises and naproxen have not
helped. She cannot reach the top shelf or fasten her bra.

DESCRIPTION OF PROCEDURE: After consent was obtained and a time-out performed, the patient was seated with the
right arm in extension and internal rotation. The shoulder was prepped with ChloraPrep. Using a linear ultrasound
transducer, the subacromial bursa was identified deep to the deltoid, and a 25-gauge needle was advanced in plane
into the bursa under direct visualization. Depo-Medrol 40 mg with 4 mL of 0.5% ropivacaine was injected, with
distension of the bursa seen on ultrasound. A permanent image of the needle in the bursa was saved to the record.
The needle was removed and a band-aid applied.

The patient tolerated the procedure well. Pain was 6/10 before and 1/10 after, with improved abduction.

COMPLICATIONS: None.
""",
        procs=[proc("joint_injection", target="subacromial_bursa", region="shoulder", laterality="right",
                    imaging="ultrasound", intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("ropivacaine", 20)],
        pain=(6, 1), need=("diagnosis",), dos="2024-02-20",
        codes=[line("20611", "RT"), line("J1030")], findings=[],
        comment="before 2024-04-01: J1030 for 40 mg; ultrasound with a saved image: 20611")

    add("fao-genrfa-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, left knee (M17.12).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left genicular nerve radiofrequency ablation of the superomedial, superolateral and
inferomedial genicular nerves under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS: The patient is a 78-year-old woman with left knee pain for six years who is not a surgical candidate
because of her heart disease. Injections and physical therapy have stopped helping. A diagnostic left genicular
nerve block on 02/17/2026 gave her 80% relief for eight hours.

DESCRIPTION OF PROCEDURE: Informed consent was obtained and a time-out was performed. The patient was placed supine
with a bolster under the left knee. The knee was prepped with Betadine and draped. Under AP and lateral
fluoroscopy, the three targets at the junctions of the shaft and the epicondyles of the femur and the medial tibial
condyle were identified, and the skin at each was anesthetized with 1 mL of 1% lidocaine. Eighteen-gauge RF
cannulas were advanced to each target. Sensory testing reproduced her knee pain and motor testing at 2 V produced no
leg movement. Then 1 mL of 2% lidocaine was injected through each cannula and thermal lesions were created at
80 degrees Celsius for 90 seconds at each site. The cannulas were removed and band-aids were applied.

The patient tolerated the procedure well. Pain 7/10 before and 2/10 after.

COMPLICATIONS: None.

DISPOSITION: Discharged home from the surgery center.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 90)],
        pain=(7, 2), need=("diagnosis",), dos="2026-04-14", pos="24", codes=[line("64624", "LT")], findings=[])

    add("fao-stellate-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Complex regional pain syndrome type I, left upper limb (G90.512).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left stellate ganglion block under fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS: The patient is a 55-year-old woman who developed burning pain, swelling, color changes and
hypersensitivity of the left hand after a wrist fracture six months ago. Occupational therapy and gabapentin have
not controlled her symptoms, and she cannot use her left hand to dress or cook.

DESCRIPTION OF PROCEDURE: Informed consent was obtained and a time-out was performed. The patient was placed supine
with a roll under the shoulders and the neck gently extended. The left anterior neck was prepped with ChloraPrep and
draped. Under AP fluoroscopy the left C6 anterior tubercle was identified, and the skin was anesthetized with 1 mL
of 1% lidocaine. A 22-gauge spinal needle was advanced to the junction of the C6 vertebral body and the transverse
process. After negative aspiration, Omnipaque 240, 2 mL, showed spread along the prevertebral fascia without
vascular uptake. Then 8 mL of 0.25% bupivacaine was injected in divided doses with frequent aspiration. The needle
was removed.

The patient tolerated the procedure well. Within fifteen minutes she developed a left Horner syndrome and the left
hand warmed by 2 degrees Celsius. Pain went from 8/10 to 3/10.

COMPLICATIONS: None.

PLAN: Series of up to three blocks with intensive occupational therapy.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 10), given("iohexol", 2, "ml"), given("bupivacaine", 20)],
        pain=(8, 3), need=("diagnosis",), dos="2026-02-03",
        codes=[line("64510"), line("77002"), line("Q9966", units=2)], findings=[],
        comment="office: fluoroscopy 77002 and Omnipaque 240 per mL (Q9966) beside 64510")

    add("fao-lsb-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Complex regional pain syndrome type I, right lower limb (G90.521).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURES PERFORMED:
1. Right lumbar sympathetic block at L3.
2. Fluoroscopic guidance.

ANESTHESIA: Local.

INDICATIONS: The patient is a 48-year-old man with burning pain, allodynia, swelling and skin color changes of the
right foot for seven months following an ankle sprain. Physical therapy, gabapentin and a course of prednisone have
not helped, and he is unable to bear full weight or wear a shoe on the right.

DESCRIPTION OF PROCEDURE: Informed consent was obtained and a time-out was performed. The patient was positioned
prone and the right lumbar region was prepped with Betadine and draped. The skin lateral to the L3 transverse
process was anesthetized with 2 mL of 1% lidocaine. Under oblique and lateral fluoroscopy a 20-gauge 5-inch needle
was advanced to the anterolateral margin of the L3 vertebral body. After negative aspiration, Isovue-M 200, 3 mL,
showed linear spread along the anterior border of the psoas and the sympathetic chain from L2 to L4 with no
vascular uptake. Then 15 mL of 0.25% bupivacaine was injected incrementally. The needle was removed.

The patient tolerated the procedure well. The right foot skin temperature rose from 29 to 33 degrees Celsius. Pain
was 7/10 before and 2/10 after.

COMPLICATIONS: None.

DISPOSITION: Home after 45 minutes of observation.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 20), given("iopamidol", 3, "ml"), given("bupivacaine", 37.5)],
        pain=(7, 2), need=("diagnosis",), dos="2025-08-26", pos="22",
        codes=[line("64520"), line("77002", "26")], findings=[])

    add("fao-onb-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Bilateral occipital neuralgia (M54.81).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Bilateral greater occipital nerve blocks.

ANESTHESIA: None.

INDICATIONS: The patient is a 65-year-old woman with shooting, electric pain starting at the base of the skull on
both sides and running over the top of the head to behind the eyes for nine months. Both greater occipital nerves
are exquisitely tender and pressing them reproduces her headache. Amitriptyline and physical therapy have not
helped, and the headaches keep her from reading and driving.

DESCRIPTION OF PROCEDURE: Informed consent was obtained, and a time-out was performed. The patient was seated with
the head flexed forward. The occipital protuberance and the mastoid processes were palpated, and the greater
occipital nerves were located medial to the occipital arteries on each side. The skin was cleaned with alcohol. On
the right, a 25-gauge needle was advanced to the occipital bone and withdrawn slightly, and after negative
aspiration 2 mL of 0.5% Marcaine with 4 mg of Decadron was injected. The same injection was performed on the left.
Pressure was held.

The patient tolerated the procedure well. Her pain decreased from 8/10 to 2/10.

COMPLICATIONS: None.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none", sedation="none")],
        drugs=[given("bupivacaine", 20), given("dexamethasone_sodium_phosphate", 8)],
        pain=(8, 2), need=("diagnosis",), dos="2026-06-09",
        codes=[line("64405", "50"), line("J1100", units=8)], findings=[],
        comment="'the same injection' on the left doubles both drugs")

    add("fao-scs-01", "transcription_sample", """
PREOPERATIVE DIAGNOSES:
1. Failed back surgery syndrome (M96.1).
2. Chronic bilateral lower extremity radicular pain.

POSTOPERATIVE DIAGNOSES: Same.

PROCEDURES PERFORMED:
1. Percutaneous placement of two spinal cord stimulator trial leads.
2. Fluoroscopic guidance for lead placement.
3. Intraoperative programming and testing.

ANESTHESIA: Local.

INDICATIONS: The patient is a 63-year-old man with three years of back pain and burning pain in both legs after an
L4-S1 fusion. He has failed physical therapy, gabapentin, duloxetine and two epidural steroid injections. His pain
keeps him from walking more than a block and from sleeping more than three hours at a time. He completed a
psychological evaluation on 01/22/2026 and was cleared for a stimulator trial without contraindication.

DESCRIPTION OF PROCEDURE: Informed consent was obtained and a time-out was performed. The patient was placed prone
and the thoracolumbar region was prepped with ChloraPrep and draped in sterile fashion. The skin and tissues over
the L1-L2 interspace were anesthetized with 15 mL of 1% lidocaine. Under fluoroscopic guidance a 14-gauge Tuohy
needle was advanced into the epidural space at L1-L2 by loss of resistance from a left paramedian approach, and an
eight-contact percutaneous lead was advanced to the top of T8. A second needle was placed from the right and a
second eight-contact lead was advanced to the middle of T8. Intraoperative testing produced paresthesia covering
both legs and the low back. The needles were removed, the leads were anchored to the skin, and a sterile dressing
was applied.

The patient tolerated the procedure well. Pain in the legs was 8/10 before and 3/10 with the stimulator on at the
end of the procedure.

COMPLICATIONS: None.

PLAN: Seven-day trial; remove the leads in the office.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 150)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-03-17", pos="22", codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fao-kypho-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Osteoporotic compression fracture of L1 (M80.08XA).

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: L1 balloon kyphoplasty, bilateral transpedicular approach, under fluoroscopic guidance.

ANESTHESIA: Monitored anesthesia care by the anesthesia service (see separate anesthesia record) and local.

INDICATIONS: The patient is an 81-year-old woman who fell at home seven weeks ago and has had severe midline pain at
the thoracolumbar junction since. MRI shows an acute L1 compression fracture with about 40% loss of height and
marrow edema on the STIR images. Six weeks in a TLSO brace with hydrocodone and calcitonin have not controlled her
pain, which remains 9/10 and keeps her bedbound.

DESCRIPTION OF PROCEDURE: Informed consent was obtained and a time-out was performed. The patient was placed prone
on the fluoroscopy table with bolsters. The back was prepped with ChloraPrep and draped in sterile fashion. Under
biplanar fluoroscopy, the L1 pedicles were identified, and the skin and periosteum were anesthetized with 5 mL of 1%
lidocaine on each side. Bone access trocars were advanced through both pedicles into the anterior third of the
vertebral body. Inflatable bone tamps were placed and inflated, creating a cavity with partial height restoration.
Polymethylmethacrylate cement was then injected under continuous lateral fluoroscopy, filling the cavities without
extravasation. The trocars were removed and the incisions closed with Steri-Strips.

The patient tolerated the procedure well. Pain was 9/10 before and 3/10 in recovery.

COMPLICATIONS: None.

DISPOSITION: Discharged to home with her daughter the same day.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="mac")],
        drugs=[given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-07-28", pos="22", codes=[line("22514")], findings=["sedation_details"],
        comment="MAC with no agents, doses or times in the note ('see separate anesthesia record')")

    add("fao-pump-01", "transcription_sample", """
PREOPERATIVE DIAGNOSIS: Spasticity of both lower extremities due to multiple sclerosis, with intrathecal baclofen
pump in place.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Intrathecal pump interrogation, refill and reprogramming.

INDICATIONS: The patient is a 54-year-old woman with severe spasticity of both legs for more than ten years that
did not respond to oral baclofen and tizanidine. Since the pump was implanted her transfers and sleep have improved,
but over the past month her spasms have increased again, interfering with her transfers to the wheelchair.

DESCRIPTION OF PROCEDURE: Consent was obtained and a time-out was performed. The pump was interrogated with the
programmer, and the reservoir volume and alarm date were confirmed. The abdomen over the pump was prepped with
ChloraPrep and draped. I personally performed the refill. The reservoir was accessed with a 22-gauge non-coring
needle through the template, and 3.2 mL of residual drug was withdrawn, matching the expected volume. Then 20 mL of
preservative-free baclofen (Lioresal Intrathecal) 2000 mcg/mL was instilled into the reservoir. The needle was
removed. The pump was then reprogrammed to increase the daily dose by 10%, from 200 mcg/day to 220 mcg/day, and the
new alarm date was recorded.

The patient tolerated the procedure well.

COMPLICATIONS: None.

PLAN: Next refill in three months.
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 40)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2026-09-01",
        codes=[line("62370")], findings=[],
        comment="refilled by the physician and reprogrammed: 62370; 20 mL x 2 mg/mL = 40 mg")
