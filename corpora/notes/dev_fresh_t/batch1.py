"""Sealed batch, part 1: the twelve epidural notes (`ft-tfesi-*`, `ft-ilesi-*`). Written from scratch in my own
wordings; gold read from the text by the corpus rules before any tool read the notes. Seven are complete; five
leave out elements on purpose (conservative care too short; imaging findings and two saved views; symptom
duration; functional impairment; post-procedure score and time-out)."""

from make_notes import ESI_NEED


def build(add, proc, line, given) -> None:
    add("ft-tfesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Right L4 radiculopathy secondary to a right foraminal disc herniation at L4-L5 (M51.16).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Right L4-L5 transforaminal epidural steroid injection with fluoroscopic guidance and epidurography.
SURGEON: Attending pain physician.
ANESTHESIA: Local.
ESTIMATED BLOOD LOSS: Nil.
SPECIMENS: None.

INDICATIONS: The patient is a 67-year-old who presents with a 4-month history of pain in the right anterior
thigh and medial shin with numbness along the medial aspect of the leg. Examination reveals a diminished right
patellar reflex and a positive femoral stretch test on the right. An MRI of the lumbar spine shows a right
foraminal disc extrusion at L4-L5 narrowing the exit zone of the right L4 nerve root. The patient has completed 6
weeks of a supervised physical therapy program as well as a course of meloxicam and gabapentin, all without
meaningful improvement. The pain now keeps the patient from climbing the stairs at home and from standing long
enough to prepare a meal. Pain is rated 8/10 on arrival.

PROCEDURE IN DETAIL: The risks, benefits and alternatives, including infection, bleeding, nerve injury, headache
and failure to relieve pain, were explained, all questions were answered, and the patient signed informed
consent. The patient was brought into the procedure suite and placed in the prone position. A time-out was
performed verifying the correct patient, procedure, site and side. The lumbar area was prepped with ChloraPrep
and draped in the usual sterile fashion. Under AP fluoroscopy the right L4-L5 foramen was identified and the
C-arm was rotated obliquely. The skin was anesthetized with 3 mL of 1% lidocaine. A 22-gauge 5-inch spinal
needle was advanced with intermittent fluoroscopy into the right L4-L5 neuroforamen. Aspiration was negative for
blood and CSF. 1 mL of Omnipaque 240 was injected, outlining the exiting nerve root with epidural spread and no
vascular uptake. Dexamethasone 10 mg diluted with 1 mL of preservative-free normal saline was then injected
slowly. Permanent AP and lateral images were saved. The needle was removed intact and a bandage applied.

The patient tolerated the procedure well. There were no complications. Pain was 3/10 at discharge, and the
patient left the facility ambulatory in stable condition.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-14",
        codes=[line("64483", "RT"), line("J1100", units=10)], findings=[],
        comment="complete; transcription-sample layout; saline is a diluent")

    add("ft-tfesi-02", "dictated", """
dictation begins new paragraph this is a 72 year old gentleman seen today for a bilateral L5 S1 transforaminal
epidural steroid injection period he tells me the pain in both legs started back in the spring comma so roughly
8 months ago comma and runs from the buttocks down the outside of both calves to the tops of the feet with pins
and needles in the toes period on exam the straight leg raise reproduces the leg pain at about 40 degrees on
either side and the big toe extension is a little weak on the left period the MRI from last month shows
bilateral foraminal stenosis at L5 S1 from a broad based disc bulge and facet overgrowth pinching both exiting L5
roots period he went through physical therapy twice a week for about two months last fall and tried gabapentin
up to 900 mg a day comma and neither one touched the leg pain period he has had to give up his golf and can only
walk about 10 minutes before he has to sit down comma which is a big change for him period he has never had a
spinal injection before period impression colon lumbosacral radiculopathy comma bilateral comma M54.17 period
new paragraph he rates the pain a 7 out of 10 before we start period we went over the risks including infection
comma bleeding comma nerve injury and a spinal headache and he signed the consent form period a pause for the
cause was done confirming his name comma the procedure and both sides period he was positioned prone and the low
back was prepped with chlorhexidine and draped period under fluoroscopy the skin over each target was numbed
with 2 cc of 1 percent lidocaine per side period 22 gauge spinal needles were walked into the left and then the
right L5 S1 foramen period Isovue M 200 1 cc on each side gave a nice epidural and perineural pattern with no
vascular flow period Kenalog 40 mg was injected on each side period AP and lateral spot images were stored to
PACS period new paragraph afterwards he was at a 2 out of 10 and he tolerated it without any complications
period he will follow up in 3 weeks period end of dictation
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 40), given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-03",
        codes=[line("64483", "50"), line("J3301", units=8)], findings=[],
        comment="complete; speech-recognition dictation with spoken punctuation; 'neither one touched the leg pain' "
                "is the failed outcome of 8 weeks of PT; 'pause for the cause' is the time-out")

    add("ft-tfesi-03", "smarttext", """
Procedure: Transforaminal epidural steroid injection, LEFT L4-L5 and L5-S1
Pre-op Dx: Lumbar radiculopathy, left (M54.16)
Post-op Dx: Same
HPI: Left buttock and lateral leg pain x 10 weeks, numbness of the great toe; left EHL 4/5.
Conservative tx: 2 weeks of PT and 10 days of naproxen, no improvement so far.
Functional status: unable to drive more than 15 minutes; missing work.
Imaging: MRI L-spine (outside) - left subarticular protrusion at L4-L5 compressing the traversing L5 root;
left foraminal narrowing at L5-S1.
Pre-procedure pain: 8/10
Consent: Yes - written, risks/benefits reviewed
Time-out: Completed
Sedation: None
Guidance: Fluoroscopy
Technique: Prone. 25 g needles placed under oblique views to the left L4-L5 and L5-S1 foramina (subpedicular).
Contrast: Omnipaque 180, 1.5 mL total; epidural flow at both levels, no intravascular spread
Medication: Dexamethasone 10 mg total, divided equally between the two levels
Images: AP and lateral images saved to PACS
Post-procedure pain: 4/10
Complications: None
EBL: None
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 4), need=tuple(e for e in ESI_NEED if e != "conservative_care"), dos="2026-03-02",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)],
        findings=["conservative_care"],
        comment="incomplete on purpose: 2 weeks of PT and 10 days of naproxen fall short of 4 weeks")

    add("ft-tfesi-04", "shorthand", """
R S1 TFESI - fluoro
Dx: R S1 radiculopathy (M54.17)
S: 3 mo burning pain R post thigh/calf -> lat foot, numb 4th/5th toes. +SLR R @ 35 deg, absent R AJ.
MRI 1/26: R paracentral L5-S1 HNP w/ mass effect on the R S1 root.
Tried: PT x 6 wk + pregabalin 75 bid x 2 mo - no relief.
Fxn: off work (warehouse), can't sit > 20 min.
NRS pre 7.
Consent - risks d/w pt, signed. TO done.
Prone, fluoro. 22g 3.5" to the R S1 foramen via the posterior sacral foramen. Omnipaque 300 0.5 mL -> S1 root
outlined, no vasc uptake. Inj: Celestone 6 mg + 1 mL NS.
AP + lat saved.
NRS post 3. No cx. D/c home stable.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="right",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(7, 3), need=ESI_NEED, dos="2026-03-19",
        codes=[line("64483", "RT"), line("J0702", units=1)], findings=[],
        comment="complete; S1 foramen is level S1, sacral; betamethasone 6 mg = 1 unit J0702")

    add("ft-tfesi-05", "bulleted", """
LEFT L3-4 / L4-5 TRANSFORAMINAL ESI (repeat)
* Diagnosis: left lumbar radiculopathy from L3-4 and L4-5 foraminal stenosis (M48.061, M54.16)
* Pain pattern: left groin, anterior thigh and knee pain for about a year; numb patch over the left anterior
  knee; positive left femoral nerve stretch
* First left L3-4/L4-5 TFESI in March: roughly 60% improvement that held for 4 months before creeping back
* Before that: 3 months of home exercise with a therapist and two NSAIDs - not effective
* CT myelogram 2025: moderate left foraminal stenosis L3-4 and L4-5
* Needs a cane again; cannot get up from a low chair without help
* Today pain 6/10
* Risks explained, consent form signed; universal protocol time-out done
* Prone; fluoroscopic guidance; 22 g needles to the left L3-4 and L4-5 foramina
* Omnipaque 240 0.5 mL per level: clean epidural spread, no vascular pattern
* Dexamethasone 5 mg per level (10 mg total)
* Two views (AP and lateral) archived
* Pain after: 2/10
* No adverse events
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2026-08-11", pos="24",
        codes=[line("64483", "LT"), line("64484", "LT")], findings=[],
        comment="complete repeat: 60% for 4 months (>= 50% for >= 90 days); 'No adverse events' is the complication "
                "statement; ASC, so no drug lines")

    add("ft-tfesi-06", "operative_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Lumbar radiculopathy, right L5, M54.16.
POSTOPERATIVE DIAGNOSIS: Same.
OPERATION: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.
ANESTHESIA: Local anesthesia.
COMPLICATIONS: None.

INDICATIONS FOR PROCEDURE: This 58-year-old has had right-sided low back pain radiating to the lateral calf and
the top of the right foot for 6 months, with numbness of the first web space and a positive straight leg raise
on the right at 45 degrees. Four months of chiropractic care and a 10-week physical therapy course did not give
any lasting relief, and duloxetine was stopped for nausea. The pain wakes the patient several times a night and
has forced a leave from work as a school custodian. Pre-procedure pain is 9/10.

DESCRIPTION OF PROCEDURE: After informed consent was obtained in writing, the patient was taken to the
fluoroscopy suite and positioned prone. A time-out was completed. The lower back was prepped with Betadine and
draped. The right L5-S1 foramen was localized under fluoroscopy, and the skin and subcutaneous tissue were
infiltrated with 2 mL of 1% lidocaine. A 22-gauge Quincke needle was advanced into the foramen. After negative
aspiration, 1 mL of Omnipaque 240 showed epidural spread along the L5 nerve root without intravascular
injection. A mixture of triamcinolone 40 mg and 2 mL of 0.25% bupivacaine was then injected. Images were saved.

The patient tolerated the procedure well and reported pain of 2/10 after the injection. The patient was
discharged to home with written instructions.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(9, 2), need=tuple(e for e in ESI_NEED if e != "imaging_findings"), dos="2026-04-07",
        codes=[line("64483", "RT"), line("J3301", units=4)], findings=["imaging_findings", "saved_images"],
        comment="incomplete on purpose: no imaging study named at all; 'Images were saved.' states no two views")

    add("ft-tfesi-07", "dictated", """
Procedure note, dictated.

Procedure: left L4-5 transforaminal epidural steroid injection, fluoroscopically guided.

Diagnosis: left L5 radiculopathy, M54.16.

History: She describes a sharp, electric pain that starts in the left buttock and shoots down the back and side
of the leg into the top of the foot and the big toe, with a patch of numbness over the dorsum of the foot. Heel
walking is weak on the left and the straight leg raise is positive at 50 degrees. Her MRI shows a left
paracentral disc protrusion at L4-5 that displaces the traversing left L5 nerve root. She went to physical
therapy for 6 weeks and took a Medrol Dosepak followed by scheduled ibuprofen; none of it made a lasting
difference. She works as a hairdresser and can no longer stand through a full day of clients; she has cut back
to half days. She has not had any prior spinal injections.

Procedure in detail: We reviewed the risks, including bleeding, infection, nerve injury, increased pain and
the small risk of a spinal headache, and she gave written consent. Time-out was taken with the nurse, confirming
her identity, the left side and the L4-5 level. She was placed prone and the lumbar spine was prepped with
chlorhexidine and draped sterilely. Before starting, she rated her pain as 7 out of 10. Under fluoroscopic
guidance with an oblique view, the skin over the left L4-5 foramen was anesthetized with 2 mL of 1% lidocaine,
and a 22-gauge 3.5-inch spinal needle was advanced to the superior aspect of the foramen. On the lateral view
the tip sat in the posterior third of the foramen. After negative aspiration, 1 mL of Omnipaque 240 outlined
the L5 root and spread into the epidural space without any vascular or intrathecal pattern. We then injected
dexamethasone 10 mg in 1 mL of preservative-free saline. The needle was withdrawn. AP and lateral images were
captured and saved.

She tolerated it well with no complications. At the end she rated her pain as 2 out of 10. She was discharged
with her husband, and she will call us in 2 weeks with her response.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=tuple(e for e in ESI_NEED if e != "symptom_duration"), dos="2026-05-21",
        codes=[line("64483", "LT"), line("J1100", units=10)], findings=["symptom_duration"],
        comment="incomplete on purpose: long narrative that never says how long the leg pain has lasted (the 6 "
                "weeks belong to physical therapy, not to the symptoms)")

    add("ft-ilesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Cervical radiculopathy, C7, left greater than right (M54.12), with C6-C7 disc
herniation.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Cervical interlaminar epidural steroid injection at C7-T1 under fluoroscopic guidance with
epidurography; moderate sedation.
SURGEON: Attending physician, who also supervised the sedation.

INDICATIONS: For the past 5 months this patient has had neck pain radiating into the left more than the right
arm, down the back of the arm into the middle finger, with paresthesias and a reduced left triceps reflex. MRI
of the cervical spine shows a central and left paracentral disc herniation at C6-C7 flattening the ventral cord
and narrowing the left lateral recess. Eight weeks of physical therapy with traction, a cervical pillow and
celecoxib were tried and failed. The patient can no longer work at a computer for more than 30 minutes or lift
a grandchild. Pain is 8/10 today.

SEDATION: The patient has severe claustrophobia and procedural anxiety with a prior aborted procedure, so
moderate sedation was given by the operating physician: midazolam 2 mg IV and fentanyl 50 mcg IV in divided
doses. A registered nurse with no other duties monitored the patient throughout as the independent observer.
Sedation start 10:05, end 10:22 (17 minutes intraservice time).

DESCRIPTION OF PROCEDURE: Informed consent was obtained after discussing risks including dural puncture, spinal
cord injury, infection and bleeding. A time-out was performed. The patient was positioned prone with the neck
flexed on a cushion, prepped and draped. The C7-T1 interspace was identified under AP fluoroscopy and the skin
was anesthetized with 2 mL of 1% lidocaine. An 18-gauge Tuohy needle was advanced in a left paramedian approach
using contralateral oblique views, and the epidural space was entered by loss of resistance to saline. 1.5 mL of
Omnipaque 300 spread cephalad and to both sides in the epidural space without vascular uptake. Depo-Medrol 80 mg
with 2 mL of preservative-free normal saline was injected. AP and contralateral oblique images were saved.

DISPOSITION: No complications. Post-procedure pain 3/10. Discharged after 30 minutes of observation.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 20), given("iohexol", 1.5, "ml"),
               given("methylprednisolone_acetate", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-17",
        codes=[line("62321"), line("99152"), line("J1010", units=80)], findings=[],
        comment="complete with sedation fully documented (agents, doses, times, observer, 17 minutes, reason): one 99152")

    add("ft-ilesi-02", "dictated", """
Lumbar epidural steroid injection, interlaminar, L4-5

This is a 79-year-old woman who comes in today for her epidural. For about a year and a half she has had
aching and heaviness in both buttocks and the backs of both thighs whenever she walks, and the pain runs into
the calves if she keeps going; she has to stop and lean on a shopping cart after about one block, and sitting
relieves it. She also notices numbness in both feet after walking. Her lumbar MRI shows severe central canal
stenosis at L4-5 from a combination of a disc bulge, facet hypertrophy and thickened ligamentum flavum, with
moderate stenosis at L3-4. Her diagnosis is lumbar spinal stenosis with neurogenic claudication, M48.062. Over
the past year she has done two rounds of physical therapy, 8 weeks each, and takes acetaminophen and
meloxicam; the therapy helped for a week or two at a time but the symptoms always came back, and she has
plateaued. She has stopped going to church and to the grocery store on her own because of how little she can
walk. She has never had an injection in her back.
Today her pain is 6 out of 10.

I explained what we would be doing along with the risks of infection, bleeding, headache and nerve injury, and
she agreed and signed the form. We did a time-out to confirm who she is and what we were doing. She lay prone. With
fluoroscopy the L4-5 interlaminar space was marked and numbed with 3 cc of 1 percent lidocaine. An 18 gauge
Tuohy needle was advanced just right of midline with loss of resistance to air and saline, checked on the
lateral view. Aspiration was negative. About 2 cc of Omnipaque 240 gave an epidural pattern with no vascular
runoff. Then I injected triamcinolone 80 mg mixed with 3 cc of preservative-free normal saline. The needle was
flushed and removed. I saved an AP and a lateral picture. There were no complications, and she said the pain
was about a 3 out of 10 when she stood up to leave.
""",
        payer="medicare_cgs",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 3), need=ESI_NEED, dos="2026-06-09",
        codes=[line("62323"), line("J3301", units=8)], findings=[],
        comment="complete; PT 'helped for a week or two ... always came back' is a failed outcome; consent is "
                "'risks explained ... she agreed and signed the form'")

    add("ft-ilesi-03", "smarttext", """
PROCEDURE: Caudal epidural steroid injection with fluoroscopy
DIAGNOSIS: Lumbar post-laminectomy syndrome with bilateral lumbar radiculopathy (M96.1, M54.16)
REFERRING COMPLAINT: Bilateral posterior leg pain to the soles, numbness of both feet, reduced ankle reflexes
DURATION: Since spring 2025 (about 18 months), began 1 year after an L4-S1 laminectomy
PRIOR TREATMENT: Physical therapy 3 months, gabapentin and duloxetine - failed
IMAGING: MRI with contrast 9/2026 - epidural fibrosis around both S1 roots, no recurrent herniation
PAIN BEFORE: 7/10
CONSENT: informed consent signed
TIME OUT: performed
TECHNIQUE: Prone with a pillow under the pelvis. Under fluoroscopy the sacral hiatus was palpated and
anesthetized with 2 mL 1% lidocaine. A 20 g Tuohy needle was introduced through the sacrococcygeal ligament
into the caudal canal, confirmed on the lateral view. Omnipaque 240 4 mL filled the caudal epidural space up to
S1 bilaterally without vascular uptake. Methylprednisolone 80 mg in 8 mL preservative-free normal saline was
injected.
IMAGES SAVED: AP and lateral
PAIN AFTER: 3/10
COMPLICATIONS: none
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 4, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 3), need=tuple(e for e in ESI_NEED if e != "functional_impairment"), dos="2026-10-06",
        codes=[line("62323"), line("J1010", units=80)], findings=["functional_impairment"],
        comment="incomplete on purpose: no effect on daily function anywhere; caudal has no levels")

    add("ft-ilesi-04", "shorthand", """
L5-S1 ILESI, midline, fluoro
dx lumbar radic L>R, M54.16 / L5-S1 HNP
hpi: LBP + L>R leg pain to the heel x 4 mo, numb L sole, +SLR L 40, dec L AJ. MRI 7/26: L5-S1 central/L
paracentral extrusion touching both S1 roots, L worse.
PT x 6 wk + celebrex + HEP - failed. can't do shifts as a nurse aide, sleeps in recliner.
pre-proc pain 8
consent signed
prone. 3 mL 1% lido skin. 20g tuohy midline L5-S1, LOR saline @ 5.5 cm. omni 240 2 mL - epidural, no IV.
kenalog 80 mg + 2 mL PF NS. AP/lat saved.
no cx, d/c home w/ driver
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, None), need=ESI_NEED, dos="2026-09-15",
        codes=[line("62323"), line("J3301", units=8)], findings=["post_procedure_pain_score", "time_out"],
        comment="incomplete on purpose: no pain score after the injection and no time-out; 'omni 240' is Omnipaque")

    add("ft-ilesi-05", "dictated", """
Cervical epidural steroid injection

The patient is a 64-year-old retired electrician who comes today for a cervical interlaminar epidural. His
right arm pain began about 3 months ago without an injury; it burns from the top of the shoulder down the
outside of the arm and forearm into the thumb and index finger, and he has tingling in the thumb. On
examination his right biceps and brachioradialis reflexes are reduced and Spurling's maneuver reproduces the
arm pain on the right. His cervical MRI shows a right foraminal disc osteophyte complex at C5-6 with severe
right foraminal narrowing, and mild stenosis at C6-7. Working diagnosis: right C6 cervical radiculopathy,
M54.12, from C5-6 foraminal stenosis. He has been through 6 weeks of physical therapy, a prednisone taper and
nightly gabapentin; none of these has made a lasting difference, and the gabapentin made him too groggy to
drive. He cannot sleep more than 2 to 3 hours at a time and has had to stop working on his boat. He rates his
arm pain 7 out of 10 this morning.

We talked through the procedure, the expected benefit and the risks including dural puncture, headache,
infection, bleeding and the rare risk of spinal cord injury, and he signed the consent. A time-out confirmed
his name against the armband, the procedure and the level. No
sedation was used. He was placed prone with the neck flexed, prepped and draped. Under fluoroscopy the C6-7
interlaminar space was identified and the skin anesthetized with 2 mL of 1% lidocaine. A 20-gauge Tuohy needle
was advanced right paramedian with contralateral oblique views and loss of resistance to saline. 1 mL of
Isovue-M 300 outlined the dorsal epidural space spreading up to C5 without vascular uptake. Dexamethasone 10
mg in 2 mL of preservative-free saline was injected. AP and contralateral oblique images were saved.

Afterwards he described his arm pain as a 2 out of 10 and had full strength in both arms. He had no
complications and went home with his wife.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-07-23", pos="22",
        codes=[line("62321")], findings=[],
        comment="complete; hospital outpatient: no drug lines, imaging inside 62321")
