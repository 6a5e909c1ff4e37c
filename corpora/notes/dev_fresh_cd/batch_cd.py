"""Sealed precision batch `dev_fresh_cd` (30 fictional notes, no names, record numbers or birth dates).

Every note is nearly complete; each also carries text a reader can take for today's facts or for missing ones:
earlier procedures with dates, relief and side, medication and allergy lists, negated review of systems, plans,
family history, a copied-forward prior note, a second body region, vitals and discharge instructions. The gold
of each note was labelled from its text by corpora/README conventions, before any Painpoint run.
"""

TF = dict(approach="transforaminal", imaging="fluoroscopy", intent="therapeutic")
IL = dict(approach="interlaminar", imaging="fluoroscopy", intent="therapeutic")


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _tfesi(add, proc, line, given, ESI_NEED, minus)
    _ilesi(add, proc, line, given, ESI_NEED, minus)
    _facet(add, proc, line, given, SPINE_NEED)
    _rfa_si(add, proc, line, given, SPINE_NEED)
    _other(add, proc, line, given)


def _tfesi(add, proc, line, given, ESI_NEED, minus):
    add("fcd-tfesi-01", "emr_template", """
PAIN MANAGEMENT PROCEDURE NOTE
Date of service: 02/12/2026          Location: Spine clinic, procedure room 2

PROCEDURE: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy

HISTORY OF PRESENT ILLNESS:
66 y/o woman with left leg pain that began in the spring of 2025 (about 10 months). Pain starts in the left buttock
and shoots down the back of the thigh and the outer calf into the little toe, with numbness along the lateral foot.
She had a left L5-S1 transforaminal injection here on 08/14/2025 and reports about 70% relief that lasted roughly
five months; pain crept back over the holidays. Eight weeks of physical therapy in early 2025 did not change the leg
pain, and meloxicam upset her stomach, so she stopped it. She can no longer stand long enough to cook a meal and has
given up her walking group.
Remote history: right knee arthroscopy 2019; right knee cortisone shot by orthopedics 11/2025 (helped).

IMAGING: MRI lumbar spine 06/2025: left paracentral disc protrusion at L5-S1 narrowing the left lateral recess and
contacting the traversing left S1 root; mild facet arthropathy L4-5.

MEDICATIONS: apixaban 5 mg BID (held 3 days per cardiology, last dose 02/08), oxycodone-acetaminophen 5/325 mg one
tablet up to twice daily as needed, gabapentin 300 mg three times daily, atorvastatin.
ALLERGIES: sulfa (rash). No known contrast allergy.
FAMILY HISTORY: father had a lumbar fusion; sister with chronic low back pain.
ROS: denies fever, chills, weight loss, saddle numbness, bowel or bladder incontinence, new weakness. All other
systems negative.
EXAM: Vitals BP 138/82, HR 74, RR 16, SpO2 97% RA. Positive straight leg raise on the left at 40 degrees, reduced
left ankle reflex, ankle plantarflexion 5/5.

DIAGNOSIS: Left lumbosacral radiculopathy, S1 (M54.17)

CONSENT: Risks, benefits and alternatives were reviewed; she signed written consent.
TIME-OUT: Performed with the nurse and radiology tech confirming patient, procedure, side and level.

DESCRIPTION: Prone. Sterile prep and drape. Pre-procedure pain 7/10. Skin wheal with lidocaine 1%, 2 mL. Under
fluoroscopy a 22-gauge spinal needle was advanced to the left L5-S1 foramen in the safe triangle. Omnipaque 240,
1 mL, outlined the exiting root and spread into the epidural space without vascular uptake. Injected triamcinolone
40 mg/mL, 1 mL, with 1 mL lidocaine 1%. AP, lateral and oblique images saved. No sedation.

POST: Pain 2/10 at 20 minutes. No complications.

PLAN: Repeat in 3 months if this one helps as much as the last. Resume apixaban tomorrow morning. If relief fades
early, will consider surgical consultation.
DISCHARGE INSTRUCTIONS: no driving today; ice for soreness; call for fever, new weakness, or loss of bowel or
bladder control.
""", procs=[proc("transforaminal_epidural", region="lumbar", laterality="left", levels=["L5-S1"], contrast=True,
                 sedation="none", **TF)],
        drugs=[given("iohexol", 1, "ml"), given("lidocaine", 30), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("J3301", units=4)], findings=[],
        dos="2026-02-12", pos="11",
        comment="Repeat of the 08/2025 left L5-S1 TFESI with 70% relief for about five months (documented). "
                "Skin lidocaine 2 mL 1% plus 1 mL 1% in the injectate = 30 mg.")

    add("fcd-h-tfesi-02", "dictated", """
Right L4-5 and L5-S1 transforaminal epidural steroid injections, done at the surgery center.

This is a 58-year-old man with right leg pain for about five months, radiating from the right buttock across the
lateral thigh to the lateral calf and the top of the foot, with tingling in the same band. On exam his straight leg
raise is positive on the right at 45 degrees and great toe extension is slightly weak on the right. The MRI from
March shows moderate right foraminal stenosis at L4-5 and at L5-S1 from disc bulging and facet overgrowth. He did
ten weeks of physical therapy with no improvement, and duloxetine was stopped after two weeks because of nausea.
He has had to stop working his shifts at the warehouse and cannot walk more than a block before he has to sit.
He also mentions left knee pain from osteoarthritis, which his primary doctor is following and which we did not
address today. Back in 2024 he had lumbar medial branch blocks at another practice that gave him about 50% relief
for two weeks. His sister has scoliosis and his mother had back surgery.
Medications are tamsulosin, lisinopril, and tramadol 50 mg as needed. He has an allergy to iodinated contrast, with
hives and throat tightness after a CT in 2019. He denies fevers, bowel or bladder changes, and unintended weight loss.
Blood pressure 144/88, pulse 70.

Diagnosis: right lumbar radiculopathy (M54.16) from L4-5 and L5-S1 foraminal stenosis.

After we went through the risks, benefits and alternatives he gave informed consent and signed the form. We did
a time-out with the whole team confirming the right side and both levels. He rated his pain 8/10 before we began.
He lay prone, the back was prepped with chlorhexidine and draped, and the skin over each entry point was numbed with
1% lidocaine, 3 mL in all. Under fluoroscopy spinal needles were placed in the right L4-5 and right L5-S1 foramina.
Because of his contrast allergy no contrast was injected; needle position was confirmed on AP, lateral and oblique
views with negative aspiration for blood and CSF. Dexamethasone 5 mg was injected at each level. AP and lateral
images were saved. No sedation was used.

He reported his pain at 3/10 before leaving. There were no complications. He will follow up in four weeks; if this
does not help we will consider a spinal cord stimulator evaluation. He was told to watch for fever or new leg
weakness and to call us.
""", procs=[proc("transforaminal_epidural", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
                 contrast=False, sedation="none", **TF)],
        drugs=[given("lidocaine", 30), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT")], findings=[],
        dos="2025-06-17", pos="24",
        comment="No contrast, with the reason (iodinated contrast allergy): no contrast finding. Facility: no drug lines.")

    add("fcd-h-tfesi-03", "operative_report", """
OPERATIVE REPORT

Procedure: Left C6-7 transforaminal epidural steroid injection (C7 nerve root), fluoroscopic guidance.
Preoperative and postoperative diagnosis: Left cervical radiculopathy, C7 (M54.12).

Indications: 61-year-old man with neck pain and pain radiating through the left triceps into the left middle finger
since late 2024, with numbness of the middle finger and a diminished left triceps reflex. MRI (01/2025) shows left
C6-7 foraminal narrowing from an uncovertebral spur. Eight weeks of physical therapy brought only partial relief,
and gabapentin made him dizzy. He cannot work overhead, drops small objects, and wakes most nights with arm pain.
He had a left C6-7 transforaminal injection on 05/13/2025 with about 60% relief for four months; pain returned in
September. He also has right hip pain (trochanteric), not treated today.
Medications: clopidogrel (held 7 days, cleared by cardiology), metoprolol, acetaminophen. Allergies: penicillin.
Review of systems negative for fever, gait change, bowel or bladder dysfunction, and hand clumsiness.

----- Prior procedure note, 05/13/2025, copied forward for reference only (not today's procedure) -----
Left C6-7 TFESI. Dexamethasone 10 mg. Isovue-M 200 1 mL. Pain 8/10 before, 2/10 after. No complications.
----- end of copied text -----

Consent: Written informed consent obtained today after discussion of risks including infection, bleeding, nerve
injury and stroke.
Time-out: completed; correct patient, side and level confirmed.

Description of procedure: Supine-oblique position. Pre-procedure pain 6/10. The skin was prepped and draped and
infiltrated with 1 mL of 1% lidocaine. Under fluoroscopy a 25-gauge needle was advanced to the posterior aspect of
the left C6-7 foramen. Under live fluoroscopy with digital subtraction, Isovue-M 200, 0.5 mL, showed a foraminal
and epidural pattern without vascular uptake. Dexamethasone 4 mg (1 mL of 4 mg/mL) was injected slowly. AP and
oblique images were stored. No sedation was given.

Post-procedure: pain 1/10. Complications: none. Neurologically intact before discharge.
Plan: Follow-up in six weeks; consider repeat only if relief again lasts three months or more.
""", procs=[proc("transforaminal_epidural", region="cervical", laterality="left", levels=["C6-C7"], contrast=True,
                 sedation="none", **TF)],
        drugs=[given("lidocaine", 10), given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 1), need=ESI_NEED, codes=[line("64479", "LT"), line("J1100", units=4)], findings=[],
        dos="2025-11-04", pos="11",
        comment="The copied-forward 05/2025 note (dexamethasone 10 mg, 8/10 to 2/10) is history, not today's doses "
                "or scores. Repeat with 60% relief for four months documented.")

    add("fcd-tfesi-04", "bullets", """
Bilateral L5-S1 TFESI

Hx
- 71 yo man, pain down both legs (L worse than R) for 7 months, posterior thighs to the calves, pins and needles in
  both soles
- Bilateral SLR positive at 50 degrees; Achilles reflexes reduced both sides
- MRI 12/2025: grade 1 L5-S1 spondylolisthesis with bilateral foraminal stenosis, moderate to severe
- PT x 12 weeks: no improvement; celecoxib only took the edge off; gabapentin stopped for confusion
- Can't walk more than 10 minutes, stopped volunteering at the library, sleep broken by leg pain
- No prior epidurals. Prior right shoulder subacromial injection 2024
- Meds: aspirin 81 mg (continued), metformin, hydrocodone 5 mg at night as needed
- Allergies: latex
- FHx: brother with spinal stenosis
- ROS: no fever, no weight loss, no saddle anesthesia, no urinary retention
- Vitals: BP 150/86, HR 68, Temp 36.7

Dx
- Bilateral lumbosacral radiculopathy (M54.17)

Procedure
- Consent: reviewed and signed
- Time-out done, bilateral L5-S1 confirmed
- Pain before: 8/10
- Prone, sterile prep; lidocaine 1% 1 mL skin each side
- Fluoroscopic guidance; needles to the right and left L5-S1 foramina
- Isovue-M 200, 1 mL each side: epidural flow along both L5 roots, no vascular runoff
- Each side: Celestone Soluspan 6 mg/mL 1 mL + bupivacaine 0.25% 1 mL
- Image saved
- No sedation

After
- Pain 3/10
- No complications; ambulating, strength at baseline
- Plan: if less than 50% relief at follow-up, refer for surgical opinion; consider repeat in 3 months if helpful
- Discharge: no driving today, call for fever or new numbness
""", procs=[proc("transforaminal_epidural", region="lumbar", laterality="bilateral", levels=["L5-S1"], contrast=True,
                 sedation="none", **TF)],
        drugs=[given("lidocaine", 20), given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("bupivacaine", 5)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "50"), line("J0702", units=2)], findings=["saved_images"],
        dos="2026-07-08", pos="11",
        comment="'Image saved' states one image, not two views: saved_images.")

    add("fcd-tfesi-05", "inline_fields", """
Procedure: Right S1 transforaminal epidural steroid injection | Guidance: fluoroscopy | Date: 10/17/2023
Indication: Right leg pain x 6 months, from the buttock down the back of the calf to the heel and sole, with
numbness of the lateral foot; right ankle jerk absent; SLR positive right at 35 degrees.
Imaging: MRI 07/2023 right paracentral L5-S1 disc extrusion compressing the right S1 root.
Conservative care: PT 8 weeks without benefit; naproxen and a medrol dose pack gave short-lived relief only.
Function: unable to sit through church or drive more than 15 minutes; stopped bowling.
Past procedures: right SI joint injection 04/2023 (about 30% relief, short). Left shoulder arthroscopy 2018.
Medications: tramadol 50 mg PRN, metformin, lisinopril.  Allergies: NKDA.
Family history: mother with lumbar stenosis.
ROS: negative for fever, chills, bowel/bladder changes, weight loss.
Vitals: BP 132/78  HR 80  SpO2 98%
Diagnosis: Right S1 radiculopathy (M54.17)
Consent: signed after discussion of risks and benefits.
Time-out: done (patient, procedure, right side, S1).
Pre-procedure pain: 7/10
Technique: Prone. Prep/drape. Skin: lidocaine 1% 2 mL. Needle through the right S1 posterior foramen under AP and
lateral fluoroscopy. Contrast: Omnipaque 300, 1 mL, S1 root and epidural outline, no vascular uptake.
Injectate: Depo-Medrol 40 mg (1 mL) + lidocaine 1% 1 mL. Images: AP and lateral saved.
Sedation: none.
Post-procedure pain: 3/10
Complications: none.
Plan: follow-up 4 weeks; if helpful may repeat no sooner than 3 months; discussed surgical referral if not.
""", procs=[proc("transforaminal_epidural", region="sacral", laterality="right", levels=["S1"], contrast=True,
                 sedation="none", **TF)],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("J1030", units=1)], findings=[],
        dos="2023-10-17", pos="11", payer="medicare_cgs",
        comment="Before 2024-04-01: methylprednisolone 40 mg is J1030 x1. The medrol dose pack is oral history.")

    add("fcd-h-tfesi-06", "dictated", """
Left L4-5 transforaminal epidural steroid injection, hospital outpatient department.

She is a 69-year-old woman with left leg pain for eight months that runs from the left hip over the front of the
shin to the inner ankle, with numbness over the medial shin; her left knee jerk is reduced and a femoral stretch
test is positive on the left. MRI in January showed a left foraminal disc protrusion at L4-5 contacting the exiting
left L4 root. Twelve weeks of physical therapy did not help, and she could not tolerate nortriptyline because of dry
mouth and grogginess. She now needs a cane in the house and has stopped driving to see her grandchildren.
This is her second left L4-5 transforaminal injection; the first one in March helped somewhat for a while.
She also had a right carpal tunnel release last year. Her brother had a lumbar discectomy.
She takes warfarin for atrial fibrillation, held five days with an INR of 1.1 this morning, plus metoprolol and
oxycodone 5 mg as needed. No drug allergies. She denies fever, weight loss, and any bowel or bladder trouble.
Temperature 36.6, pressure 128/74.

Diagnosis: left lumbar radiculopathy, L4 (M54.16).

Informed consent was signed after we discussed the risks. We paused for a time-out to confirm her identity, the left
side and the L4-5 level. Her pain was 7/10 on arrival. Prone, prepped and draped. The skin was numbed with 2 mL of
1% lidocaine. A curved spinal needle was guided under fluoroscopy into the left L4-5 foramen. One milliliter of
Omnipaque 240 spread along the L4 root and into the epidural space with no vascular pattern. We injected Kenalog
40 mg with 1 mL of 0.25% bupivacaine. AP and lateral images were saved. No sedation.

Afterward her pain was 3/10. No complications. She restarts warfarin tonight. We will consider a repeat in three
months only if she gets at least 50% relief, and we asked her to keep a pain diary.
""", procs=[proc("transforaminal_epidural", region="lumbar", laterality="left", levels=["L4-L5"], contrast=True,
                 sedation="none", **TF)],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 2.5)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "LT")], findings=["prior_procedure_response"],
        dos="2026-09-29", pos="22",
        comment="Stated repeat ('her second'); 'helped somewhat for a while' is no documented response.")

    add("fcd-tfesi-07", "capitalised_headers", """
INTERVENTIONAL PAIN - PROCEDURE RECORD

PROCEDURE PERFORMED: RIGHT L3-4 AND L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTIONS WITH FLUOROSCOPY

INDICATIONS: 64-YEAR-OLD MAN WITH 4 MONTHS OF RIGHT ANTERIOR THIGH AND MEDIAL SHIN PAIN WITH BURNING PARESTHESIAS,
RIGHT QUADRICEPS 4/5, REDUCED RIGHT PATELLAR REFLEX. MRI 09/2024: RIGHT FORAMINAL DISC PROTRUSIONS AT L3-4 AND L4-5
WITH CONTACT OF THE EXITING L3 AND L4 ROOTS. PHYSICAL THERAPY FOR 6 WEEKS GAVE NO LASTING RELIEF; PREGABALIN CAUSED
LEG SWELLING AND WAS STOPPED. HE CANNOT CLIMB THE STAIRS TO HIS BEDROOM WITHOUT STOPPING AND HAS QUIT GARDENING.

PRIOR PROCEDURES: RIGHT L4-5 AND L5-S1 RADIOFREQUENCY ABLATION 2023 FOR AXIAL BACK PAIN, ABOUT 80% RELIEF FOR 10
MONTHS. NO PRIOR EPIDURAL INJECTIONS.
OTHER COMPLAINTS: LEFT SHOULDER PAIN, TO BE SEEN BY ORTHOPEDICS.
MEDICATIONS: APIXABAN (HELD 3 DAYS), AMLODIPINE, ACETAMINOPHEN 1 G TID.
ALLERGIES: MORPHINE (ITCHING).
FAMILY HISTORY: NO SPINE DISEASE KNOWN.
REVIEW OF SYSTEMS: NO FEVER, NO NIGHT SWEATS, NO BOWEL OR BLADDER INCONTINENCE, NO FALLS.
VITALS: BP 136/80, HR 66, RR 14, SPO2 96%.

DIAGNOSIS: RIGHT LUMBAR RADICULOPATHY, L3 AND L4 (M54.16).

CONSENT: WRITTEN INFORMED CONSENT ON FILE, SIGNED TODAY.
TIME-OUT: PERFORMED, RIGHT SIDE AND BOTH LEVELS VERIFIED.
PRE-PROCEDURE PAIN SCORE: 8/10.

TECHNIQUE: PRONE, STERILE PREP. LIDOCAINE 1% 1 ML TO THE SKIN AT EACH SITE. UNDER FLUOROSCOPY NEEDLES WERE PLACED
IN THE RIGHT L3-4 AND RIGHT L4-5 FORAMINA. ISOVUE-M 300, 0.75 ML PER LEVEL, CONFIRMED PERINEURAL AND EPIDURAL FLOW
WITHOUT INTRAVASCULAR SPREAD. DEXAMETHASONE 4 MG INJECTED AT EACH LEVEL. AP AND LATERAL IMAGES SAVED TO PACS.
SEDATION: NONE.

POST-PROCEDURE PAIN SCORE: 2/10.
COMPLICATIONS: NONE.
PLAN: RECHECK IN 4 WEEKS. IF RADICULAR PAIN PERSISTS DESPITE INJECTIONS, MAY CONSIDER A SPINAL CORD STIMULATOR TRIAL.
RESUME APIXABAN TOMORROW.
""", procs=[proc("transforaminal_epidural", region="lumbar", laterality="right", levels=["L3-L4", "L4-L5"],
                 contrast=True, sedation="none", **TF)],
        drugs=[given("lidocaine", 20), given("iopamidol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 8)],
        pain=(8, 2), need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", units=8)],
        findings=[], dos="2024-12-03", pos="11",
        comment="The 2023 RFA (other family) is history; no prior epidural, so not a repeat. 'Quadriceps 4/5' is strength.")


def _ilesi(add, proc, line, given, ESI_NEED, minus):
    add("fcd-ilesi-01", "emr_template", """
Procedure Note - Interventional Spine

Procedure: Lumbar interlaminar epidural steroid injection, L5-S1, midline approach, fluoroscopic guidance
Date: 03/25/2025     Setting: office procedure suite

History: 47-year-old man with three months of left leg pain from the buttock to the sole of the foot with numbness
of the lateral foot; straight leg raise positive on the left at 30 degrees, left ankle reflex diminished. MRI
02/2025: left paracentral L5-S1 disc herniation abutting the left S1 root. Six weeks of physical therapy and a home
program did not improve the leg pain; naproxen helped only partly. He cannot sit through a 20-minute drive and has
missed two weeks of work. Past history: right L4-5 microdiscectomy in 2015 with full recovery. An attempt at an
injection elsewhere last year was stopped after he fainted on the table.
Medications: hydrocodone-acetaminophen 5/325 mg as needed, sertraline. Allergies: none known.
Family history: non-contributory. ROS: denies fever, weight loss, saddle numbness, bowel or bladder change.
Vitals: BP 124/76, HR 82, SpO2 99%.

Diagnosis: Lumbar disc herniation at L5-S1 with left radiculopathy (M51.17)

Consent: risks, benefits and alternatives discussed; written consent signed.
Time-out: completed before sedation and prep.
Sedation: moderate sedation given by me because of severe needle anxiety and his prior vasovagal collapse during an
attempted injection. Midazolam 2 mg IV. Start 08:41, end 08:56 (15 minutes face-to-face). An RN independently
monitored level of consciousness, SpO2 and vital signs throughout.

Technique: Prone. Pain before the procedure 7/10. Prep and drape. Skin and track anesthetized with 1% lidocaine,
3 mL. A 20-gauge Tuohy needle entered the L5-S1 interlaminar space in the midline using loss of resistance to air.
Omnipaque 240, 2 mL, gave an epidural pattern on AP and lateral views, no vascular or intrathecal spread.
Injected Kenalog 80 mg (2 mL of 40 mg/mL) with 3 mL preservative-free saline. AP and lateral views saved.

Post: pain 3/10 at 30 minutes, awake and oriented. No complications.
Plan: Consider a repeat epidural in 2-3 months if he gets at least 50% relief; otherwise surgical opinion.
Discharge: a driver took him home; no driving for 24 hours after sedation.
""", procs=[proc("interlaminar_epidural", region="lumbar", levels=["L5-S1"], contrast=True, sedation="moderate", **IL)],
        drugs=[given("midazolam", 2), given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("J3301", units=8), line("99152")], findings=[],
        dos="2025-03-25", pos="11",
        comment="Moderate sedation by the proceduralist with agent, dose, times, 15 minutes, observer and reason: "
                "99152 x1, no sedation finding. The aborted injection last year is history without a response.")

    add("fcd-h-ilesi-02", "dictated", """
Cervical interlaminar epidural steroid injection at C7-T1, done at the ambulatory surgery center.

This is a 59-year-old woman with neck pain and pain and tingling radiating into both forearms and both middle
fingers, right more than left, since the spring, about seven months. Spurling's test reproduces the right arm pain
and her right triceps reflex is reduced. Her MRI shows a broad disc-osteophyte complex at C6-7 with bilateral
foraminal narrowing. She has been through physical therapy and takes meloxicam and gabapentin. She can no longer
turn her head to back the car out, has put down her knitting, and wakes two or three times a night.
She had two cervical epidurals in 2024, in March and October, each giving about 70% relief for six months. She also
has low back pain that her primary doctor manages. Her mother had neck surgery.
Medications include the meloxicam and gabapentin, levothyroxine, and alprazolam as needed. Codeine gives her
vomiting. She denies fever, gait imbalance, hand clumsiness, and bowel or bladder problems. Pressure 130/70.

Diagnosis: cervical radiculopathy (M54.12), bilateral C7.

She signed consent after we reviewed the risks, including dural puncture and infection. Time-out performed with the
nurse and radiographer. Pain before the injection was 6/10. Prone on a chest roll; prep and drape. The skin was
numbed with 2 mL of 1% lidocaine. Using AP and contralateral oblique fluoroscopy, a Tuohy needle entered the C7-T1
interlaminar space by loss of resistance. Omnipaque 240, 1.5 mL, showed epidural spread over C6 to T2 with no
vascular uptake. Dexamethasone 10 mg with 2 mL of preservative-free saline was injected. AP and contralateral
oblique images saved. She did not receive any sedation.

Pain afterward was 2/10. No complications. Follow-up in six weeks. Discharge instructions given: watch for headache
worse on standing, fever, or weakness.
""", procs=[proc("interlaminar_epidural", region="cervical", levels=["C7-T1"], contrast=True, sedation="none", **IL)],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"), codes=[line("62321")], findings=["conservative_care"],
        dos="2026-05-19", pos="24",
        comment="Care only listed ('has been through physical therapy and takes meloxicam and gabapentin'): no outcome. "
                "Repeat with 70% for six months documented; the 2024 sessions are outside 12 months.")

    add("fcd-h-caudal-01", "operative_report", """
OPERATIVE NOTE

Procedure: Caudal epidural steroid injection under fluoroscopy.
Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062).

Indication: 76-year-old man with about a year of burning pain and heaviness down both legs to the calves when he
walks, eased by sitting or leaning on a cart. MRI 05/2024: severe central canal stenosis at L4-5 and moderate at
L3-4, with marked narrowing of the interlaminar windows; the caudal route was chosen for that reason. Physical
therapy twice a week for 8 weeks produced little change, and celecoxib helped only slightly. He can walk about one
block and has stopped doing his own grocery shopping. His first caudal injection, 11/2023, gave about 60% relief
for roughly four months.
Also complains of right thumb base arthritis, not addressed. Family history: father with spinal stenosis.
Medications: warfarin (held 5 days; INR 1.2 this morning), furosemide, oxycodone 5 mg every 8 hours as needed.
Allergies: NKDA. ROS: no fever, no weight loss, no saddle anesthesia, no change in bladder control.
Vitals: BP 148/84, HR 64, SpO2 95%.

Consent: signed informed consent after discussion of risks and alternatives.
Time-out: performed per protocol.
Pre-procedure pain: 8/10.

Procedure: Prone with a pillow under the hips. Prep and drape over the sacrum. Skin numbed with 2 mL of 1% lidocaine.
Under lateral fluoroscopy a 20-gauge needle was passed through the sacrococcygeal ligament into the caudal canal.
Omnipaque 240, 3 mL, filled the caudal epidural space up to S1 with no vascular runoff. Injected methylprednisolone
80 mg (Depo-Medrol 2 mL), ropivacaine 0.2% 5 mL and preservative-free saline 3 mL. AP and lateral images archived.
No sedation.

Post-procedure pain: 4/10. Complications: none.
Plan: resume warfarin tonight; return in 6 weeks; repeat caudal only if relief of 50% or more lasts three months.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", contrast=True, sedation="none",
                 imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80),
               given("ropivacaine", 10)],
        pain=(8, 4), need=ESI_NEED, codes=[line("62323"), line("J1010", units=80)], findings=[],
        dos="2024-08-20", pos="11",
        comment="Repeat of the 11/2023 caudal with 60% for about four months (documented); two sessions in 12 months.")

    add("fcd-ilesi-03", "bullets", """
L4-5 interlaminar ESI (lumbar), fluoroscopic

* 62 yo woman, low back and bilateral L5 leg pain for 9 months: lateral legs to the tops of both feet, numbness of
  both big toes; SLR positive bilaterally at 50 degrees; EHL 4+/5 both sides
* MRI 01/2025: central and bilateral subarticular stenosis at L4-5 from disc bulge and ligamentum flavum thickening
* Therapy: PT 10 weeks - no lasting benefit; ibuprofen and gabapentin - partial at best
* Function: stands only 10 minutes at the sink, stopped her part-time cashier job
* Prior: L4-5 interlaminar ESI 04/08/2025 -> about 60% relief for 4 months
* Also today: right hand numbness at night, likely carpal tunnel; referred to hand clinic
* Meds: apixaban (held 3 days), tramadol 50 mg PRN, losartan. Allergies: sulfa
* FHx: mother and brother with chronic back pain
* ROS negative: fever, chills, weight loss, bowel/bladder incontinence
* Vitals: 134/82, HR 72, SpO2 98%
* Dx: lumbar radiculopathy (M54.16), bilateral L5
* Consent signed; time-out done
* Pain pre: 7/10
* Prone, prep/drape, lidocaine 1% 2 mL skin; 18 g Tuohy into the L4-5 interlaminar space, paramedian, loss of
  resistance to saline 2 mL
* Isovue-M 300 2 mL: epidural spread, no vascular filling; AP + lateral images saved
* Injected betamethasone (Celestone) 12 mg = 2 mL
* Sedation: none
* Pain post: 2/10; no complications
* Plan: follow-up 6 weeks; repeat at the earliest in 3 months if she again gets 50% or more
""", procs=[proc("interlaminar_epidural", region="lumbar", levels=["L4-L5"], contrast=True, sedation="none", **IL)],
        drugs=[given("lidocaine", 20), given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 2), need=ESI_NEED, codes=[line("62323")], findings=[], dos="2025-10-07", pos="22",
        comment="Repeat with 60% for 4 months documented. Saline is the loss-of-resistance medium (diluent).")

    add("fcd-ilesi-04", "odd_spacing", """
THORACIC   EPIDURAL   --   interlaminar ,  T10-11

Date  10/13/2026        Place :  office


HPI :  55 y/o man ,  5 months of burning , band-like pain wrapping around the RIGHT lower chest wall from the
spine to the upper abdomen ,  with touch sensitivity in the right T10 dermatome .   No rash ever ( not shingles ).
MRI  T-spine  08/2026 :  right paracentral T10-11 disc protrusion indenting the right T10 root region .
Tried :  PT  6 weeks  --  no change .   Lidocaine 5% patches  --  no relief .   Gabapentin  --  too sedating .
Function :  cannot sleep on the right side ,  stopped swimming laps ,  misses work shifts .
Prior procedures :  right T10 and T11 intercostal nerve blocks  07/2026  ( 2 days of relief ) .
Meds :  gabapentin ( stopped ) ,  oxycodone 5 mg PRN ,  omeprazole .
Allergies :  shellfish ( hives )  --  has had iodinated contrast before without reaction .
FHx :  no neurologic disease .
ROS :  denies fever ,  weight loss ,  leg weakness ,  bowel or bladder change .
Vitals :  BP 126/78   HR 70   T 36.9


Dx :  thoracic radiculopathy  ( M54.14 )

Consent  --  signed .     Time out  --  done .
Pain  before :  6/10

Prone .   Prep ,  drape .   Lidocaine 1%  2 mL  skin .
Fluoro :  Tuohy needle ,  T10-11 interlaminar space ,  loss of resistance .
Omnipaque 240  1 mL  :  epidural spread ,  no vascular uptake .
Kenalog  40 mg  +  preservative-free saline 2 mL  injected .
Saved :  AP and lateral .
Sedation :  none .

Pain  after :  2/10 .      Complications :  none .
Plan :  recheck 4 weeks ;  if helpful ,  repeat no sooner than 3 months .
""", procs=[proc("interlaminar_epidural", region="thoracic", levels=["T10-T11"], contrast=True, sedation="none", **IL)],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(6, 2), need=ESI_NEED, codes=[line("62321"), line("J3301", units=4)], findings=[],
        dos="2026-10-13", pos="11",
        comment="Lidocaine patches are home medication (not administered today); intercostal blocks are another family.")


def _facet(add, proc, line, given, SPINE_NEED):
    add("fcd-mbb-01", "emr_template", """
PROCEDURE NOTE
Procedure: Bilateral L4-L5 and L5-S1 medial branch blocks (diagnostic, first block), fluoroscopic guidance
Nerves: L3 and L4 medial branches and L5 dorsal ramus, right and left
Date: 01/20/2026    Location: clinic procedure room

Indication: 68-year-old woman with axial low back pain for about two years, worse with extension and twisting, no
leg symptoms; tender over the lower facets on both sides. Physical therapy for 8 weeks did not reduce the pain, and
NSAIDs help only partially. She cannot stand longer than 15 minutes to cook and has stopped gardening. Imaging:
lumbar MRI 2025 with bilateral facet arthropathy L4-5 and L5-S1.
Past procedures: left L5-S1 transforaminal injection 2024 for leg pain (about 50% relief, two months).
Medications: naproxen 500 mg BID, cyclobenzaprine at night, apixaban held 3 days. Allergies: iodinated contrast
(rash). Family history: mother with osteoporosis and back pain. ROS: no fever, no leg weakness, no bowel or
bladder change. Vitals: BP 140/80, HR 76.

Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)

Consent signed after discussion. Time-out performed, bilateral levels confirmed.
Pre-procedure pain: 6/10.
Technique: Prone. Prep and drape. Under fluoroscopy 22-gauge needles were placed at the junction of the superior
articular and transverse processes for the L3 and L4 medial branches and at the sacral ala groove for the L5 dorsal
ramus, on each side. No contrast was used (allergy). Bupivacaine 0.5%, 0.5 mL, was injected at each of the six
nerves. No sedation.
Post-procedure pain: 1/10 at 30 minutes with provocative maneuvers. No complications.
Plan: pain diary for 8 hours. If this block gives 80% relief, a second confirmatory block; then will consider
radiofrequency ablation.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=False, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2026-01-20", pos="11",
        comment="Medial branches L3, L4 and L5 dorsal ramus name the L4-L5 and L5-S1 joints. Planned RFA is no procedure.")

    add("fcd-h-mbb-02", "dictated", """
Right C4-5 and C5-6 cervical medial branch blocks, diagnostic, at the surgery center.

She is a 57-year-old woman with right-sided neck pain for 18 months that spreads to the right shoulder blade and
the back of the head, worse turning to the right; no arm pain, numbness or weakness. Exam shows tenderness over the
right C4-5 and C5-6 facets. Cervical MRI shows right-sided facet arthropathy at C4-5 and C5-6 without foraminal
stenosis. Ten weeks of physical therapy did not help, and tizanidine made her too sleepy to work. She cannot check
her blind spot while driving and has had to cut back her hours as a dental hygienist.
She had a left shoulder subacromial injection last year with good relief and a carpal tunnel release in 2022.
Medications are sertraline, ibuprofen as needed, and the tizanidine, now stopped. No allergies. She denies fevers,
hand clumsiness, or trouble walking. Her father had neck arthritis. Pressure 122/76, pulse 68.

Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812).

The risks and benefits were discussed and she signed consent. Her pain before the block was 7/10. Prone, prepped
and draped. Under fluoroscopy, with lateral views, 25-gauge needles were placed on the right C4, C5 and C6 medial
branches at the waists of the articular pillars. Lidocaine 2%, 0.3 mL, was placed at each nerve. No sedation was used.
Thirty minutes later her pain was 2/10 with neck rotation. No complications.
She will keep a pain log for six hours. If she gets 80% or more relief we will schedule a second block, and if both
are positive she may be a candidate for radiofrequency ablation.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 18)], pain=(7, 2), need=SPINE_NEED,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["time_out"], dos="2025-05-27", pos="24",
        comment="No time-out or pause is written. C4, C5, C6 medial branches: joints C4-C5 and C5-C6.")

    add("fcd-h-facet-03", "operative_report", """
OPERATIVE REPORT

Procedure: Left L4-5 and L5-S1 intra-articular facet joint injections, therapeutic, under fluoroscopy.
Diagnosis: Lumbar facet arthropathy (M47.816).

Indications: 72-year-old man with left-sided low back pain for three years, no radiating leg pain. Left L4-5 and L5-S1
medial branch blocks on 09/10/2024 and 10/01/2024 gave 90% and 85% relief for the duration of the anesthetic.
Radiofrequency ablation was offered but he declined it. Physical therapy for 12 weeks and a home program did not
relieve the pain; acetaminophen and topical diclofenac give little benefit. He can walk only 15 minutes and has
stopped fishing from his boat.
He also has bilateral knee osteoarthritis and received a right knee injection in 2023. Family history of arthritis.
Medications: clopidogrel continued (low-risk procedure per guideline), metoprolol, tamsulosin. Allergies: latex.
Review of systems: no fever, no weight loss, no bowel or bladder dysfunction, no leg numbness.
Vitals: BP 146/78, HR 62, SpO2 96%.

Consent: written informed consent obtained.
Time-out: held before the start; left side and both levels verified.
Pre-procedure pain: 7/10.

Description: Prone. Prep and drape. Skin numbed with 2 mL of 1% lidocaine. Under fluoroscopy, with an oblique
view, 22-gauge needles were advanced into the left L4-5 and L5-S1 facet joints. Omnipaque 240, 0.2 mL per joint,
gave an arthrogram of each joint. Each joint received triamcinolone 20 mg with 0.5 mL of 0.25% bupivacaine.
No sedation.

Post-procedure pain: 3/10. Complications: none.
Plan: follow-up 6 weeks; he may reconsider ablation if the benefit is short.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.4, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 2.5)],
        pain=(7, 3), need=SPINE_NEED, codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", units=4)],
        findings=[], dos="2025-01-14", pos="11",
        comment="Therapeutic facet injection with two diagnostic blocks of 90% and 85% documented: no "
                "diagnostic_block_relief. First therapeutic session: no repeat.")

    add("fcd-mbb-04", "inline_fields", """
Procedure: Right L5-S1 medial branch block, second (confirmatory) diagnostic block | Date: 05/05/2026 | POS: office
Nerves: right L4 medial branch and right L5 dorsal ramus | Guidance: fluoroscopy
History: 63 y/o man, right-sided axial low back pain x 14 months, worse standing and with extension; no leg pain.
First right L5-S1 medial branch block 04/14/2026: 85% relief for 6 hours.
Conservative care: PT 8 weeks - no improvement; meloxicam - GI upset, stopped; chiropractic 6 weeks - no lasting change.
Function: cannot stand through a church service; stopped coaching youth baseball.
Other: left hip replacement 2021. Prior left hip bursa injection 2025 (good relief).
Meds: metformin, lisinopril, tramadol PRN. Allergies: NKDA.
FHx: father had "bad back". ROS: negative for fever, bowel/bladder change, leg weakness.
Vitals: BP 128/80, HR 78, T 36.6
Diagnosis: Lumbar spondylosis without radiculopathy (M47.81)
Consent: signed.
Time-out: done, right side verified.
Pain before: 6/10
Technique: prone, sterile prep; 22 g needles under fluoroscopy to the right L4 medial branch and right L5 dorsal ramus;
lidocaine 2% 0.5 mL at each. No sedation.
Pain after: 0/10 with extension and twisting.
Complications: none.
Plan: if relief again 80% or more, schedule right L5-S1 radiofrequency ablation.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right", levels=["L5-S1"],
                 imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 20)], pain=(6, 0), need=SPINE_NEED, codes=[line("64493", "KX", "RT")],
        findings=["code_validity"], dos="2026-05-05", pos="11",
        comment="M47.81 is a non-billable category (needs the region character): code_validity. The text names the "
                "lumbar region, so the diagnosis itself is specific. First block 85%: no diagnostic_block_relief.")

    add("fcd-mbb-05", "bullets", """
Bilateral cervical medial branch blocks, C5-6 and C6-7 - diagnostic

- Pt: 70 yo woman, bilateral lower neck pain x 3 years into both upper trapezius areas, no arm symptoms
- Worse with looking up and turning; facet tenderness C5-7 both sides
- X-ray/MRI 2023: facet arthropathy C5-6, C6-7 bilaterally; no cord or root compression
- Failed: PT 12 weeks (no change), NSAIDs (stomach pain), massage (brief relief only)
- Limits: can't read in bed, can't do overhead shelves, drives only short distances
- Past: lumbar laminectomy 2012; left TFESI L5 2022 with relief
- Meds: omeprazole, amlodipine, acetaminophen. Allergy: penicillin
- Fam hx: none relevant. ROS: no fever, no hand weakness, no gait change
- Vitals 138/84, HR 70
- Dx: cervical spondylosis without myelopathy or radiculopathy (M47.812)
- Consent signed; time-out completed
- Pain pre: 6/10
- Prone; fluoroscopy; 25 g needles to the C5, C6 and C7 medial branches on the right and on the left
- Bupivacaine 0.5% 0.4 mL at each of the 6 nerves
- No sedation
- Pain post: 1/10 on rotation and extension
- No complications
- Plan: pain diary; second block if >= 80%; RFA would be discussed after that
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 12)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=[], dos="2024-06-25", pos="22",
        payer="medicare_cgs", comment="C5, C6, C7 medial branches on both sides: joints C5-C6 and C6-C7, bilateral.")


def _rfa_si(add, proc, line, given, SPINE_NEED):
    add("fcd-rfa-01", "emr_template", """
PROCEDURE: Right L4-L5 and L5-S1 radiofrequency ablation (therapeutic) of the right L3 and L4 medial branches and
the right L5 dorsal ramus, fluoroscopic guidance
DATE OF SERVICE: 03/31/2026          SETTING: office

HISTORY: 74-year-old man with right-sided low back pain for four years, worse with standing and extension, no leg
pain. Right L4-L5/L5-S1 medial branch blocks: 01/13/2026 with 90% relief and 02/10/2026 with 85% relief, each for
the anesthetic's duration. He did 12 weeks of physical therapy without relief and stopped diclofenac for
reflux. He cannot walk the length of the grocery store or stand at his workbench. Left-sided back pain is minimal.
Prior: right L5-S1 transforaminal epidural 2022 for sciatica (resolved).
MEDICATIONS: tramadol 50 mg PRN, pantoprazole, aspirin 81 mg (continued). ALLERGIES: none.
FAMILY HISTORY: brother with ankylosing spondylitis. ROS: no fever, no weight loss, no bowel/bladder symptoms.
VITALS: BP 130/76, HR 60, SpO2 97%.
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816)

CONSENT: Written informed consent signed.
TIME-OUT: Completed; right side and levels confirmed.
PRE-PROCEDURE PAIN: 7/10

TECHNIQUE: Prone. Prep and drape. Under fluoroscopy 18-gauge, 10 mm active-tip RF cannulas were placed along the
right L3 and L4 medial branches and the right L5 dorsal ramus. Sensory stimulation at 50 Hz reproduced the back pain
below 0.5 V; motor stimulation at 2 Hz to 2 V showed no leg movement. Each site was anesthetized with 1 mL of 2%
lidocaine, then lesioned at 85 degrees C for 90 seconds, with a second lesion after rotating the cannula. No sedation.

POST-PROCEDURE PAIN: 3/10. COMPLICATIONS: none.
PLAN: expect post-ablation soreness for 1-2 weeks. Will consider the left side only if left pain becomes limiting.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
                 imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(7, 3), need=SPINE_NEED,
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[], dos="2026-03-31", pos="11",
        comment="Two diagnostic blocks of 90% and 85%. The planned left side is no procedure.")

    add("fcd-h-rfa-02", "dictated", """
Bilateral L5-S1 radiofrequency ablation, repeat, done at the surgery center.

This 66-year-old woman has bilateral low back pain at the lumbosacral junction for six years, without leg pain.
Her first bilateral L5-S1 ablation on 06/10/2025 gave about 75% relief for nine months, and the pain has now come
back to baseline. Before that first ablation she had two medial branch blocks in early 2025 with 90% and 80% relief.
She has done physical therapy for 8 weeks in the past without benefit and is intolerant of NSAIDs because of kidney
disease. She cannot vacuum or carry laundry and sleeps poorly because of the pain.
Separately she reports right heel pain, which podiatry is treating. Her mother had degenerative scoliosis.
Medications: hydrocodone 5 mg twice daily as needed, amlodipine, calcitriol. Allergies: iodinated contrast
(hives). She denies fever, urinary changes, and leg weakness. Vitals: pressure 142/80, pulse 74.

Diagnosis: lumbosacral spondylosis without radiculopathy (M47.817).

We discussed the risks and she signed consent. Time-out completed with staff. Pain before: 6/10. Prone, prepped and
draped. Under fluoroscopy RF cannulas were placed on the L4 medial branch and the L5 dorsal ramus on the right and
on the left. Sensory testing reproduced her usual pain; motor testing at 2 volts gave no leg contraction. Each of
the four nerves received 1.5 mL of 1% lidocaine and was lesioned at 80 degrees Celsius for 90 seconds. No sedation.
Pain after: 2/10. No complications. She was told to expect soreness for a week or two and to call for fever or leg
weakness. Follow-up in 6 weeks.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral", levels=["L5-S1"],
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(6, 2), need=SPINE_NEED, codes=[line("64635", "50")], findings=[],
        dos="2026-08-18", pos="24",
        comment="Repeat RFA with 75% for nine months (over six months) documented; the 06/2025 session is more than "
                "12 months before. Intent is not written (null).")

    add("fcd-h-rfa-03", "operative_report", """
OPERATIVE REPORT

Procedure: Left C3-4 and C4-5 cervical facet radiofrequency ablation (left C3, C4 and C5 medial branches), therapeutic,
under fluoroscopy.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

Indication: 60-year-old man with left upper neck pain and occipital-region headaches for 2 years after a car
accident, no arm pain. Left C3, C4 and C5 medial branch blocks on 06/17/2025 and 07/08/2025 gave 85% and 90%
relief. Physical therapy for 10 weeks and a cervical pillow did not help; amitriptyline caused morning grogginess. He
cannot turn his head to reverse the car and has stopped playing guitar.
Past: right L5-S1 transforaminal injection 2020. Lumbar back pain is stable and not addressed today.
Medications: sumatriptan as needed, lisinopril. Allergies: NKDA. Family history: migraine in mother.
ROS: no fever, no arm numbness, no balance change. Vitals: BP 128/82, HR 72.

Consent: informed consent signed.
Time-out: completed; left side and levels confirmed.
Pre-procedure pain: 7/10.

Description: Prone, head in a cradle. Prep and drape. Under fluoroscopy 20-gauge RF cannulas were placed on the
left C3, C4 and C5 medial branches at the articular pillars, confirmed on lateral views. Sensory stimulation
reproduced his pain; motor stimulation at 2 V showed no arm contraction. Bupivacaine 0.5%, 0.5 mL, was injected at
each site before lesioning at 80 degrees C for 60 seconds. No sedation.

Post-procedure pain: 3/10. Complications: none.
Plan: soreness expected for 1-2 weeks; follow-up 8 weeks.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left", levels=["C3-C4", "C4-C5"],
                 imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("bupivacaine", 7.5)], pain=(7, 3), need=SPINE_NEED,
        codes=[line("64633", "LT"), line("64634", "LT")], findings=[], dos="2025-09-09", pos="22",
        comment="C3, C4 and C5 medial branches: joints C3-C4 and C4-C5. 80 C is thermal.")

    add("fcd-sij-01", "emr_template", """
SACROILIAC JOINT INJECTION - PROCEDURE NOTE
Date: 04/21/2026     Site: office
Procedure: Right sacroiliac joint injection, therapeutic, fluoroscopic guidance with contrast

History: 56-year-old woman with right buttock and posterior pelvic pain for eight months, worse rising from a chair
and climbing stairs; positive thigh thrust, FABER and compression tests on the right. Right SI joint diagnostic block
12/16/2025: 80% relief for 5 hours. Six weeks of physical therapy with an SI belt brought no lasting benefit and
ibuprofen helped only a little. She cannot sit through her grandson's games and has given up her exercise class.
Prior: left L5-S1 transforaminal epidural 2024 for sciatica (resolved); right knee arthroscopy 2015.
Medications: ibuprofen PRN, levothyroxine. Allergies: codeine (nausea). No contrast allergy.
Family history: sister with lupus. ROS: negative for fever, rash, bowel or bladder change.
Vitals: BP 118/72, HR 66, SpO2 99%.

Diagnosis: Sacroiliitis, right (M46.1)
Consent: signed after risks and benefits reviewed.
Time-out: performed, right side marked and confirmed.
Pre-procedure pain: 8/10

Technique: Prone. Prep and drape. Skin: 2 mL of 1% lidocaine. A 22-gauge needle entered the inferior right SI joint
under fluoroscopy. Omnipaque 240, 0.5 mL, showed an intra-articular pattern. Injected triamcinolone 40 mg with 1 mL
of 0.5% bupivacaine. AP and contralateral oblique images saved. No sedation.

Post-procedure pain: 3/10, about 60% relief of her usual pain at 20 minutes. No complications.
Plan: follow-up 6 weeks; repeat no more often than every 3 months if relief is at least 50%.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(8, 3), need=SPINE_NEED, codes=[line("27096", "RT"), line("J3301", units=4)], findings=[],
        dos="2026-04-21", pos="11",
        comment="Therapeutic SI after a diagnostic block of 80% (at least 75%); the block's relief is diagnostic relief, "
                "not a prior therapeutic response, so this is the first therapeutic session.")

    add("fcd-h-sij-02", "dictated", """
Left sacroiliac joint injection, diagnostic, hospital outpatient.

He is a 68-year-old man with left buttock pain just below the belt line for seven months, worse with prolonged
sitting and with climbing into his truck. Three of five provocative tests are positive on the left. He did physical
therapy for eight weeks without any improvement and naproxen upset his stomach. He can no longer sit through a
two-hour drive and has had to give up golf. His lumbar MRI shows only mild degenerative change without stenosis.
He had a right hip injection in 2024 that gave him 40% relief, and his right knee was replaced in 2020. No family
history of inflammatory arthritis. He takes atorvastatin, metformin and acetaminophen. Allergic to sulfa drugs.
He denies fever, rashes, and any change in bowel or bladder habits. Blood pressure 136/84, pulse 72.

Diagnosis: left sacroiliitis (M46.1).

He gave written consent after we went over the risks and benefits. We did a time-out confirming the left side.
Pain before the injection was 7/10. He lay prone and the area was prepped and draped; 2 mL of 1% lidocaine numbed
the skin. Under fluoroscopy a spinal needle was placed into the lower left SI joint, and 0.5 mL of Isovue-M 200
outlined the joint without vascular uptake. We injected 1.5 mL of 2% lidocaine. AP and oblique images were saved.
No sedation was given.

At 20 minutes his pain was 2/10 with the same provocative maneuvers. No complications. He will record his pain over
the next six hours; if the block is positive we will discuss a therapeutic injection or ablation.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 50), given("iopamidol", 0.5, "ml")], pain=(7, 2), need=SPINE_NEED,
        codes=[line("27096", "LT")], findings=["percent_relief"], dos="2025-02-11", pos="22",
        comment="No percent relief stated for today's block (the 40% belongs to a 2024 hip injection); the scores 7 to 2 "
                "imply 71%, under the 75% that makes a diagnostic SI block positive.")

    add("fcd-sij-03", "bullets", """
Bilateral SI joint injections (therapeutic, repeat)

- 73 yo woman, bilateral low buttock pain x 2 years; worse getting out of the car and turning in bed
- Diagnostic bilateral SI blocks 11/2024: 85% relief
- Last bilateral therapeutic SI injections 05/20/2025: 60% relief lasting about 4 months
- PT 8 weeks 2024: no improvement; celecoxib: partial relief only
- Function: cannot walk her dog around the block or stand to cook dinner
- Also: neck stiffness, chronic, not addressed today
- Meds: celecoxib, alendronate, oxycodone 5 mg at bedtime PRN. Allergy: penicillin
- FHx: daughter with psoriatic arthritis
- ROS: no fever, no new weakness, no incontinence
- Vitals: 126/74, HR 80
- Dx: sacroiliitis, bilateral (M46.1)
- Consent signed; time-out done
- Pain pre: 7/10
- Prone, prep, fluoroscopy; 22 g needles into the lower third of the right and left SI joints
- Omnipaque 240 1 mL per side: intra-articular pattern
- Each side: methylprednisolone 40 mg + bupivacaine 0.25% 1 mL
- AP and oblique images saved for both sides
- No sedation
- Pain post: 2/10, about 70% relief at 15 minutes
- No complications
- Plan: follow-up 8 weeks; repeat only if relief lasts 3 months or more
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, codes=[line("27096", "50"), line("J1010", units=80)], findings=[],
        dos="2026-01-27", pos="11",
        comment="Repeat with 60% for about 4 months documented; diagnostic block 85%.")


def _other(add, proc, line, given):
    dx = ("diagnosis",)
    add("fcd-gnb-01", "title_case_headers", """
Genicular Nerve Block - Procedure Note
Date Of Service: 07/15/2025
Procedure: Right Genicular Nerve Block (Superomedial, Superolateral And Inferomedial), Diagnostic, Ultrasound Guided

History: 77-year-old woman with right knee pain for six years from osteoarthritis, worse on stairs and after
walking. Injections of the right knee with steroid in 2023 and 2024 helped for about six weeks each. She is not a
surgical candidate because of heart failure. Left total knee replacement 2021, doing well. She also has low back
stiffness that is not being treated today.
Medications: furosemide, carvedilol, apixaban (continued; low-bleeding-risk block), acetaminophen. Allergies:
iodinated contrast (hives), adhesive tape.
Family History: mother with knee replacements.
Review Of Systems: no fever, no calf swelling, no falls, no chest pain today.
Vitals: BP 122/70, HR 64, SpO2 95%.

Diagnosis: Primary osteoarthritis, right knee (M17.11)

Consent: Informed consent signed after reviewing risks, including bleeding on apixaban.
Time-Out: Performed; right knee marked and confirmed.
Pre-Procedure Pain: 7/10

Procedure: Supine with the knee slightly flexed. Sterile prep. Under ultrasound the superomedial, superolateral and
inferomedial genicular nerves were located beside their arteries at the metaphysis-epiphysis junctions. At each
site 2 mL of 0.25% bupivacaine was injected; dexamethasone 4 mg was added to the total mixture. A representative
ultrasound image was saved. No sedation.

Post-Procedure Pain: 2/10 with stair stepping in the hallway. Complications: None.
Plan: if relief is 50% or more, will consider genicular radiofrequency ablation at the next visit.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="ultrasound", intent="diagnostic",
                 sedation="none")],
        drugs=[given("bupivacaine", 15), given("dexamethasone_sodium_phosphate", 4)], pain=(7, 2), need=dx,
        codes=[line("64454", "RT"), line("J1100", units=4)], findings=[], dos="2025-07-15", pos="11",
        comment="Earlier knee steroid injections and the left knee replacement are history; planned RFA is no procedure.")

    add("fcd-h-knee-01", "dictated", """
Left knee injection under ultrasound, office.

This 69-year-old man has left knee pain from osteoarthritis for about four years, worse with squatting and walking
downhill, with a small effusion on exam and crepitus. X-rays last year showed medial joint space narrowing and
osteophytes. He had a left knee steroid injection in January that gave him about three months of relief, and a
course of physical therapy. His right shoulder is also sore from rotator cuff tendinopathy, which we will look at
next visit. Medications are lisinopril, atorvastatin and meloxicam. No known allergies. His father had both knees
replaced. He denies fever, calf pain or swelling, and recent falls. Blood pressure 132/80, pulse 70.

Diagnosis: primary osteoarthritis, left knee (M17.12).

We discussed risks, including infection and a temporary rise in blood sugar, and he signed consent. We did a
time-out and confirmed the left knee. His pain was 6/10 beforehand. With the knee slightly bent, the skin was
prepped with chlorhexidine. Using a linear ultrasound probe in the suprapatellar recess, a 22-gauge needle was
guided into the joint, and we injected triamcinolone 40 mg mixed with 4 mL of 1% lidocaine. An image of the needle
in the recess was saved. No sedation. Afterward his pain was 2/10 with walking. He was told to rest the knee for a
day, use ice, and call for redness, warmth or fever. Follow-up in three months; if relief is short we will discuss
gel injections or a genicular block.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound",
                 sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(6, 2), need=dx,
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=["complications"], complications=None,
        dos="2024-10-29", pos="11",
        comment="Ultrasound with a saved image: 20611. Nothing states whether any complication occurred.")

    add("fcd-h-onb-01", "dictated", """
Bilateral greater occipital nerve blocks, office.

She is a 44-year-old woman with occipital headaches for two years: shooting, electric pain from the base of the
skull over the back of the head on both sides, with tenderness over both greater occipital nerves and a positive
Tinel sign bilaterally. Her last blocks in July helped about two months. Topiramate caused word-finding trouble and
amitriptyline made her gain weight. Her migraines are separate and managed by neurology with rimegepant; she also
has a right wrist ganglion, not treated. Medications: rimegepant as needed, sertraline, oral contraceptive.
Allergies: none. Her mother has migraines. She denies fever, vision change, weakness, or neck stiffness with fever.
Blood pressure 116/72.

Diagnosis: bilateral occipital neuralgia (M54.81).

We confirmed her identity and both sides in a time-out. Pain before: 7/10. Seated, head flexed. The skin was
cleaned with alcohol. Using the landmark technique, without imaging, a 25-gauge needle was placed medial to the
occipital artery on each side, and we injected 2 mL of 0.5% bupivacaine with methylprednisolone 20 mg on the right
and the same on the left. Pain after: 1/10 with palpation. No complications. She may return in three months if the
relief lasts; next time we can consider adding lesser occipital blocks.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("bupivacaine", 20), given("methylprednisolone_acetate", 40)], pain=(7, 1), need=dx,
        codes=[line("64405", "50"), line("J1010", units=40)], findings=["consent"], consent=False,
        dos="2026-11-17", pos="11", comment="No consent statement anywhere. Landmark technique: no guidance code.")

    add("fcd-h-tpi-01", "dictated", """
Trigger point injections, left neck and upper back, office.

This 52-year-old woman has had left-sided neck and shoulder girdle pain for a year since starting a desk job, with
taut bands and twitch responses in the left upper trapezius, levator scapulae and splenius capitis that reproduce
her headache. Her last trigger point session, in February, gave her about six weeks of relief. Stretching with
physical therapy and cyclobenzaprine at night have helped only partly. Cervical MRI showed mild disc bulging without
root compression. She also has right plantar fasciitis that podiatry follows. Medications: cyclobenzaprine 5 mg at
night, ibuprofen, levothyroxine. Allergy: amoxicillin. Her sister has fibromyalgia. She denies fever, arm
numbness, or weakness. Blood pressure 120/74.

Diagnosis: myofascial pain, neck and upper back (M79.12).

After discussing risks including pneumothorax she signed consent. We confirmed the sites in a time-out. Pain before:
6/10. Each trigger point was cleaned with alcohol and injected with a 27-gauge needle: left upper trapezius 2 mL,
left levator scapulae 2 mL, and left splenius capitis 2 mL, all of 1% lidocaine, three muscles in total. No
complications. Pain after: 3/10, about 50% relief. She will continue home stretching; she may return for another
session in about three months if needed.
""", procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 60)], pain=(6, 3), need=dx, codes=[line("20553")], findings=[],
        dos="2025-08-05", pos="11", comment="Three muscles: 20553. The February session makes two in 12 months.")

    add("fcd-h-stellate-01", "dictated", """
Right stellate ganglion block under ultrasound, ambulatory surgery center.

This 49-year-old man developed complex regional pain syndrome of the right hand after a distal radius fracture
eight months ago: burning pain, swelling, a cooler and sweatier right hand, shiny skin, and stiff fingers. Physical
and occupational therapy with mirror therapy has helped some; pregabalin made him unsteady. His first right stellate
block in October gave roughly 50% relief for three weeks. Left knee pain from an old meniscus tear is not part of
today's visit. Medications: duloxetine, ibuprofen, omeprazole. Allergies: none. Family history noncontributory.
He denies fever, voice change, or shortness of breath. Blood pressure 128/78, pulse 76, SpO2 98%.

Diagnosis: complex regional pain syndrome type I, right upper limb (G90.511).

He signed consent after we discussed risks including hoarseness, drooping eyelid, and vascular injection. Time-out
completed, right side confirmed. Pain before: 7/10. Supine with the neck slightly extended. Sterile prep. With a
linear ultrasound probe at the C6 level, a 22-gauge needle was advanced lateral to the carotid artery to the
prevertebral fascia over the longus colli, avoiding the thyroid vessels. After negative aspiration we injected 5 mL of
0.5% ropivacaine in divided doses. The final needle image was saved. No sedation was given. Within 15 minutes he had
a right Horner's sign and the right hand warmed by 2 degrees, as expected from the block. Pain after: 3/10. No
complications. He will continue therapy right after the block; plan a series of up to three blocks if each helps.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right", imaging="ultrasound",
                 sedation="none")],
        drugs=[given("ropivacaine", 25)], pain=(7, 3), need=dx, codes=[line("64510"), line("76942", "26")],
        findings=[], dos="2026-01-06", pos="24",
        comment="Horner's sign and warming are the block's intended effect, not complications. Facility: 76942-26.")

    add("fcd-h-pump-01", "dictated", """
Intrathecal pump refill and reprogramming, office.

He is a 67-year-old man with failed back surgery syndrome after three lumbar operations, with an implanted
intrathecal morphine pump since 2019. He used to take oral long-acting morphine and oxycodone 10 mg four times a day
before the pump; now he takes oxycodone 5 mg only on bad days. His back and leg pain has crept up over the past
month, and he walks less in the evenings. No new weakness, no bowel or bladder change, no fever, no headache. His
pump site looks clean. His right shoulder pain is being treated by orthopedics.
Medications: oxycodone 5 mg as needed, senna, lisinopril. Allergies: none.

Diagnosis: failed back surgery syndrome (M96.1).

He signed consent for the refill. Time-out done. I performed the refill myself: the abdomen was prepped with
chlorhexidine, the template placed, and a non-coring needle entered the reservoir port. Residual volume 3.4 mL was
withdrawn (expected 3.6 mL). We then placed 20 mL of preservative-free morphine 25 mg/mL in the reservoir. Using
the clinician programmer, I reprogrammed the daily dose from 4.0 to 4.4 mg per day. No complications. Next refill in
about 10 weeks; alarm date set. He knows to call for withdrawal symptoms, oversedation, or fever.
""", procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)], pain=(None, None), need=dx, codes=[line("62370")], findings=[],
        dos="2025-12-09", pos="11",
        comment="Physician refilled and reprogrammed: 62370. Reservoir dose 20 mL x 25 mg/mL = 500 mg; oral opioids "
                "and the daily rate are not today's administered doses.")

    add("fcd-pnb-01", "title_case_headers", """
Suprascapular Nerve Block - Procedure Note
Date: 04/16/2024     Location: Office

Procedure: Right Suprascapular Nerve Block Under Ultrasound Guidance
History: 81-year-old man with right shoulder pain from glenohumeral arthritis for three years, worse at night and
when reaching overhead. A right glenohumeral steroid injection in 2023 helped for two months. He is not a candidate
for shoulder replacement because of lung disease. Left hip pain is stable and was not treated.
Medications: tiotropium, apixaban (continued), tramadol 50 mg PRN. Allergies: NKDA.
Family History: none relevant. Review Of Systems: denies fever, new numbness of the arm, chest pain.
Vitals: BP 134/76, HR 82, SpO2 93% on room air.

Diagnosis: Primary osteoarthritis, right shoulder (M19.011)
Consent: Signed after reviewing risks, including pneumothorax and bleeding.
Time-Out: Performed, right shoulder confirmed.
Pre-Procedure Pain: 8/10

Technique: Seated. Sterile prep. With a linear probe over the suprascapular fossa, a 22-gauge needle was advanced in
plane to the suprascapular notch beneath the transverse ligament. Injected 5 mL of 0.5% bupivacaine with
dexamethasone 4 mg. Image with the needle at the notch saved to the record. No sedation.
Post-Procedure Pain: 3/10 with shoulder abduction. Complications: none.
Plan: repeat block or pulsed radiofrequency may be considered if relief lasts at least a month.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound", sedation="none")],
        drugs=[given("bupivacaine", 25), given("dexamethasone_sodium_phosphate", 4)], pain=(8, 3), need=dx,
        codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)], findings=[], dos="2024-04-16", pos="11",
        comment="Ultrasound with a saved image in the office: 76942 without 26.")
