"""Sealed batch `dev_fresh_cx` (`fcx-*`): 30 fictional notes written to the corpus specification.

15 templated notes (`fcx-<family>-NN`: headers, boilerplate, bullets, inline fields, odd spacing) and 15
dictated ones (`fcx-h-<family>-NN`: prose without headers, one cut off). Gold labelled by hand from the text,
following corpora/README.md, before any Painpoint run. No names, record numbers or birth dates.
"""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fcx-tfesi-01", "capitalised_headers", """
RIGHT L4-5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION UNDER FLUOROSCOPY

Levels Treated: L4-5, L5-S1
Laterality: Right

INDICATION: Right-sided low back and leg pain for 7 months. The pain travels from the right buttock down the
lateral calf to the top of the foot with tingling in the great toe; positive straight leg raise on the right at
40 degrees. Physical therapy twice weekly for 10 weeks did not reduce the leg pain, and meloxicam upset his
stomach and was stopped. He cannot stand at work for more than 15 minutes and has stopped driving long distances.
IMAGING: MRI lumbar spine shows a right foraminal disc protrusion at L4-5 contacting the exiting L4 root and
right foraminal narrowing at L5-S1.
DIAGNOSIS: Lumbar radiculopathy (M54.16).

CONSENT: Risks, benefits and alternatives were reviewed and written informed consent was signed.
TIME-OUT: Performed with the team; correct patient, side and levels confirmed.

PROCEDURE: Prone on the fluoroscopy table. Sterile prep and drape. Under fluoroscopic guidance a 22-gauge spinal
needle was advanced to the right L4-5 neural foramen, subpedicular position. Omnipaque 240, 1 mL, outlined the
L4 root and the epidural space without vascular uptake. 1 mL of a solution containing 2 mL of 40 mg/mL
triamcinolone and 2 mL of 1% lidocaine was injected. The procedure was repeated at the remaining level (right
L5-S1 foramen, 1 mL Omnipaque 240, 1 mL of the same solution). AP and lateral images were saved.

PAIN: 7/10 before, 2/10 after.
COMPLICATIONS: None.
DISPOSITION: Discharged home ambulatory; follow up in 3 weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-12", pos="11",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=4)], findings=[],
        comment="solution: 80 mg in 4 mL, 1 mL at each of 2 foramina = 40 mg triamcinolone; 1% lidocaine 20 mg in 4 mL = 10 mg")

    add("fcx-tfesi-02", "bullets", """
Cervical transforaminal epidural steroid injection - left C6-7

- Dx: Cervical radiculopathy (M54.12)
- History: 4 months of left neck pain shooting into the left forearm and middle finger; numbness of the middle
  finger, triceps reflex reduced on the left
- Conservative care: 8 weeks of cervical traction and PT with no lasting change; gabapentin stopped for dizziness
- Function: unable to work at a computer more than 20 minutes, wakes nightly from arm pain
- MRI: left C6-7 uncovertebral spurring with moderate foraminal stenosis compressing the C7 root
- Informed consent obtained; time-out completed
- Guidance: fluoroscopy, oblique foraminal view; needle tip in the posterior half of the left C6-7 foramen
- Contrast: Isovue-M 200, 0.5 mL, under live fluoroscopy, no vascular or intrathecal spread
- Injectate: Decadron (dexamethasone 10 mg/mL) 1 mL with Xylocaine 1% 0.5 mL
- Images saved.
- Pain score 6/10 pre, 2/10 post
- No complications; denies new weakness or numbness at discharge
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 5)],
        pain=(6, 2), need=ESI_NEED, dos="2025-04-08", pos="22",
        codes=[line("64479", "LT")], findings=["saved_images"])

    add("fcx-tfesi-03", "odd_spacing", """
PROCEDURE :   Bilateral  L5  selective nerve root blocks  (L5-S1 foramina)
Laterality :  Bilateral        Levels Treated :   L5-S1

Indication :   Low back pain with pain  radiating down the back of both thighs into both calves,  worse on the left,
numbness over the dorsum of both feet.   Symptoms for  6 months.   Eight weeks of supervised physical therapy
and a home program  failed to relieve the leg pain ;  naproxen gave only brief partial relief.
Imaging :   MRI  shows  bilateral L5-S1 foraminal stenosis from a broad based disc bulge and facet hypertrophy.
Diagnosis :   Lumbosacral radiculopathy  (M54.17).

Informed consent signed.    Time-out done.

Technique :   Prone.  Fluoroscopic guidance.   Left L5-S1 foramen approached with a 22 g needle ;  Isovue-M 200
1.5 mL  showed a clean L5 root outline.   Celestone (betamethasone 6 mg/mL) 1 mL  and  0.25% Sensorcaine 1 mL
were injected.   The procedure was repeated on the contralateral side with the same volumes.
AP and lateral views saved.

Pain   8/10  ->  3/10.       Complications :  none.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("betamethasone_sodium_phosphate_acetate", 12), given("bupivacaine", 5)],
        pain=(8, 3), need=minus(ESI_NEED, "functional_impairment"), dos="2025-11-04", pos="11",
        codes=[line("64483", "50"), line("J0702", units=2)], findings=["functional_impairment"])

    add("fcx-tfesi-04", "title_case_headers", """
Left L3-4, L4-5 And L5-S1 Transforaminal Epidural Steroid Injection

Levels Treated: L3-4, L4-5, L5-S1
Laterality: Left

History Of Present Illness: Nine months of left anterior thigh and medial shin pain with burning into the left
foot after a fall; weak left knee extension 4/5 and reduced left patellar reflex. Twelve weeks of physical
therapy did not help and duloxetine caused nausea. She can no longer climb the stairs at home and has stopped
gardening.
Imaging: MRI shows left foraminal stenosis at L3-4 and L4-5 and a left L5-S1 foraminal disc protrusion.
Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062).

Consent: Written informed consent obtained.
Time-Out: Completed before the first needle.

Procedure: Fluoroscopically guided left transforaminal injections at L3-4, L4-5 and L5-S1. Omnipaque 300, 1 mL
at each foramen, confirmed epidural flow along each root without vascular pattern. Depo-Medrol 80 mg total was
divided evenly among the three levels, each with Naropin 0.2% 1 mL. AP and lateral images saved at each level.

Pain Scores: 6/10 before, 3/10 after.
Complications: No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80), given("ropivacaine", 6)],
        pain=(6, 3), need=ESI_NEED, dos="2025-07-15", pos="24",
        codes=[line("64483", "LT"), line("64484", "LT", units=2)], findings=["level_limit"])

    add("fcx-ilesi-01", "capitalised_headers", """
CERVICAL INTERLAMINAR EPIDURAL STEROID INJECTION, C7-T1

Levels Treated: C7-T1

HISTORY: Right neck pain radiating to the right shoulder blade, lateral arm and thumb with numbness of the
thumb and index finger for 5 months; Spurling test positive on the right. Completed 6 weeks of physical therapy
and a trial of a soft collar without improvement; prednisone taper helped only for a few days. She cannot lift
her grandchild or sleep on her right side.
IMAGING: MRI cervical spine shows a right paracentral C5-6 disc osteophyte complex with right foraminal
narrowing.
DIAGNOSIS: Cervical radiculopathy (M54.12).

CONSENT: Informed consent obtained in writing.
TIME OUT: Completed.

PROCEDURE: Prone, fluoroscopy. An 18-gauge Tuohy needle entered the C7-T1 interspace just right of midline and
the epidural space was found by loss of resistance to saline. Omnipaque 240, 2 mL, gave an epidurogram spreading
cephalad without intrathecal or vascular flow. Kenalog 40 mg (1 mL of 40 mg/mL) diluted with 2 mL of
preservative-free saline was injected. AP and contralateral oblique images were saved.

PRE-PROCEDURE PAIN: 8/10. POST-PROCEDURE PAIN: 4/10.
COMPLICATIONS: None.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(8, 4), need=ESI_NEED, dos="2025-05-20", pos="11",
        codes=[line("62321"), line("J3301", units=4)], findings=[])

    add("fcx-ilesi-02", "boilerplate", """
Procedure: Lumbar interlaminar epidural steroid injection, L5-S1, right paramedian approach.

Pre-operative diagnosis: Lumbosacral radiculopathy (M54.17).
Indication: 66-year-old with right buttock and posterior thigh pain radiating to the lateral foot with
numbness of the small toe for 3 months. Walking is limited to one block and he can no longer play golf.
He has done physical therapy and takes meloxicam. MRI: right paracentral L5-S1 disc extrusion displacing the
right S1 root.

The procedure, its risks and alternatives were explained and the patient gave informed consent.

Under fluoroscopic guidance the L5-S1 interlaminar space was identified and a 20-gauge Tuohy needle was advanced
by a right paramedian approach using loss of resistance to air. Omnipaque 240, 2 mL, confirmed epidural spread
on AP and lateral views, which were saved. Depo-Medrol 80 mg with 1% lidocaine 2 mL and 2 mL of preservative-free
saline was injected slowly.

Pain before 7/10, after 3/10. There were no complications.

Attestation: I was present for and performed the entire procedure. This note was prepared using a standard
template and reviewed for accuracy.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), dos="2023-10-05", pos="11",
        codes=[line("62323"), line("J1040")], findings=["conservative_care", "time_out"],
        comment="care only listed (PT, meloxicam) with no stated outcome; no time-out written; 2023 methylprednisolone 80 mg = J1040")

    add("fcx-mbb-01", "title_case_headers", """
Bilateral L4-5 And L5-S1 Medial Branch Blocks (Diagnostic)

Levels Treated: L4-5, L5-S1
Laterality: Bilateral

Indication: Axial low back pain for 14 months, worse with extension and rotation, no radiation below the
knees. Physical therapy for 3 months and NSAIDs failed to control the pain. He cannot stand to cook a meal or
lift laundry. Facet loading is positive on both sides.
Diagnosis: Lumbar spondylosis without radiculopathy (M47.816).
Intent: Diagnostic, first block. Will consider RFA if relief is at least 80%.

Consent: Informed consent was reviewed and signed.
Time-Out: Performed.

Procedure: Prone. Under fluoroscopy, 25-gauge needles were placed at the junction of the superior articular
process and transverse process for the L3 and L4 medial branches and at the sacral ala for the L5 dorsal ramus
on the right; Xylocaine 2%, 0.5 mL, was injected at each nerve. The same was repeated on the left.

Pain Scores: 7/10 pre, 1/10 post, with extension now painless.
Complications: None.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 60)], pain=(7, 1), need=SPINE_NEED, dos="2026-01-13", pos="24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        comment="L3+L4 medial branches and L5 dorsal ramus = joints L4-L5, L5-S1; 6 nerves x 0.5 mL 2% = 60 mg")

    add("fcx-rfa-01", "capitalised_headers", """
LEFT L3-4, L4-5, L5-S1 RADIOFREQUENCY NEUROTOMY OF THE MEDIAL BRANCHES

INDICATION: Left-sided axial low back pain for 2 years. Two comparative medial branch blocks of the same levels
gave 90% and 85% relief. Home exercise and 8 weeks of formal PT did not help; NSAIDs failed. Unable to stand
more than 10 minutes at work.
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).

CONSENT: Obtained. TIME-OUT: Done.

SEDATION: Moderate sedation given by me with an independent trained observer (RN) monitoring. Midazolam 2 mg IV
and fentanyl 100 mcg IV. Start 09:02, end 09:26, total 24 minutes. Sedation was needed because of severe
procedural anxiety with spasm during earlier blocks.

PROCEDURE: Fluoroscopy. RF cannulae were placed along the left L2, L3 and L4 medial branches and the left L5
dorsal ramus. Sensory and motor testing confirmed placement, no leg contraction. 2% lidocaine, 1 mL, at each of
the 4 sites, then thermal lesioning at 80 C for 90 seconds at each nerve.

PAIN: 6/10 -> 4/10.
COMPLICATIONS: No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 100, "mcg"), given("lidocaine", 80)],
        pain=(6, 4), need=SPINE_NEED, dos="2026-04-14", pos="22",
        codes=[line("64635", "LT"), line("64636", "LT", units=2), line("99152"), line("99153")], findings=[],
        comment="L2/L3/L4 MB + L5 DR = joints L3-L4, L4-L5, L5-S1; moderate sedation by the proceduralist 24 min with observer")

    add("fcx-sij-01", "title_case_headers", """
Left Sacroiliac Joint Injection

Indication: Left buttock and posterior pelvic pain below L5 that does not go past the knee. Positive FABER,
thigh thrust and compression on the left. Physical therapy for 8 weeks with SI belt did not relieve it, and
NSAIDs were stopped for reflux. She cannot sit through a church service or get in and out of the car without
pain.
Diagnosis: Sacroiliitis (M46.1).
Intent: Diagnostic.

Consent: Informed consent was obtained.
Time-Out: Confirmed patient, site and side.

Procedure: Prone. Fluoroscopic guidance with caudal tilt to open the inferior joint line. A 22-gauge needle
entered the left SI joint; Omnipaque 240, 0.5 mL, showed an intra-articular arthrogram. Kenalog 40 mg with 0.5%
bupivacaine 2 mL was injected. AP and oblique images were saved.

Pain: 8/10 pre-procedure, 1/10 post-procedure, 85% relief during the anesthetic phase.
Complications: None.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 10)],
        pain=(8, 1), need=("diagnosis", "conservative_care", "functional_impairment"), dos="2026-06-03", pos="11",
        codes=[line("27096", "LT"), line("J3301", units=4)], findings=["symptom_duration"])

    add("fcx-tpi-01", "inline_fields", """
Trigger point injections. Site: right upper trapezius, right levator scapulae, right rhomboid major (3 muscles).
Dx: Myofascial pain syndrome (M79.18). Hx: right neck and shoulder-blade pain for 6 months; exam shows taut bands
with local twitch response and referred pain to the occiput in each muscle. Stretching program and massage for
8 weeks did not settle it. Consent: verbal and written informed consent. Time-out: yes. Technique: 27 g needle,
1% lidocaine 1 mL into each trigger point after aspiration. Pain pre 7/10, post 3/10, about 60% relief.
Complications: none. First trigger point injection this year. Plan: continue home stretching.
""", procs=[proc("trigger_point", target="muscle", region="cervical", imaging="none", intent="therapeutic")],
        drugs=[given("lidocaine", 30)], pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care"),
        dos="2026-08-18", pos="11", codes=[line("20553")], findings=[])

    add("fcx-gnb-01", "odd_spacing", """
GENICULAR  NERVE  BLOCK  -  RIGHT KNEE  (diagnostic)

Dx :  Primary osteoarthritis, right knee  (M17.11)
Hx :   Right knee pain for 3 years,  Kellgren-Lawrence grade 4 on x-ray,  not a surgical candidate.
       Failed PT,  bracing  and  two intra-articular steroid injections.   Walks less than one block.

Time-out :   done.

Procedure :  Supine,  knee flexed on a bolster.   Fluoroscopic  AP  and lateral views  used to target the
superomedial,  superolateral  and  inferomedial  genicular nerves  at the metaphysis-epiphysis junction.
0.5% Marcaine  1.5 mL  at each of the three nerves.

Pain :   7/10  before ,   1/10  after  (walked the hallway without pain).
Complications :   none .      Will consider genicular RFA if relief lasts through the anesthetic window.
""", procs=[proc("genicular_nerve_block", target="genicular", region="knee", laterality="right",
                 imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 22.5)], pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care",
                                                                "functional_impairment"),
        dos="2026-05-05", pos="11", consent=False, codes=[line("64454", "RT")], findings=["consent"])

    add("fcx-scs-01", "boilerplate", """
Procedure: Percutaneous spinal cord stimulator trial, two leads.

Diagnosis: Failed back surgery syndrome (M96.1).
Indication: Persistent burning pain in both legs for 4 years after an L4-S1 fusion. Physical therapy, gabapentin,
duloxetine and two rounds of epidural injections have failed to give lasting relief. She cannot walk more than
50 feet or stand long enough to shower.

Informed consent was obtained after discussion of risks, benefits and alternatives. A time-out was completed.

Under fluoroscopic guidance, 1% lidocaine 10 mL was infiltrated and a Tuohy needle entered the epidural space at
T12-L1 by loss of resistance. Two 8-contact percutaneous leads were advanced in the dorsal epidural space, tips
at the top of T8 and mid T8, one either side of midline. Intraoperative testing gave paresthesia covering both
legs. The leads were anchored to the skin and dressed.

Pain 8/10 before the trial, 3/10 in recovery with stimulation on. No complications.

This note was generated from the practice template and reviewed by the physician, who performed the procedure.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 100)], pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care",
                                                             "functional_impairment"),
        dos="2026-01-22", pos="11", codes=[line("63650", units=2), line("77003")], findings=["indication"],
        comment="no psychological evaluation documented (scs.psychological_evaluation reports as indication)")

    add("fcx-scs-02", "capitalised_headers", """
PERMANENT SPINAL CORD STIMULATOR IMPLANT: TWO PERCUTANEOUS LEADS AND IMPLANTABLE PULSE GENERATOR

DIAGNOSIS: Failed back surgery syndrome (M96.1).
INDICATION: Chronic bilateral leg and low back pain for 5 years after lumbar laminectomy. Conservative care with
physical therapy, medications and injections failed. The 7-day trial in June gave 70% reduction of leg pain and
halved his opioid use. Psychological evaluation cleared him for stimulation with no contraindication found.

CONSENT: Informed consent signed. TIME-OUT: Performed.

PROCEDURE: Prone. Fluoroscopic guidance throughout. Two 8-contact percutaneous leads were placed through a T12-L1
entry with tips at T8, positioned to the trial map, and anchored at the fascia. A subcutaneous pocket was made in
the right upper buttock, the leads tunnelled and connected to the pulse generator, and impedances checked. The
wounds were infiltrated with 0.25% bupivacaine 20 mL and closed in layers.

COMPLICATIONS: None. Estimated blood loss minimal.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("bupivacaine", 50)], pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care"),
        dos="2026-08-11", pos="24", codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[])

    add("fcx-kypho-01", "title_case_headers", """
L1 Balloon Kyphoplasty, Bilateral Transpedicular

Indication: Osteoporotic L1 compression fracture after lifting a box 7 weeks ago, with severe midline back pain
that keeps her in bed most of the day. Six weeks of a TLSO brace and analgesics failed to control the pain.
Imaging: MRI shows marrow edema of the L1 body with 30% height loss and no retropulsion.
Diagnosis: Osteoporotic compression fracture (M80.08XA).

Consent: Informed consent was signed.
Time-Out: Performed.

Procedure: Prone. Under biplane fluoroscopy, 1% lidocaine 5 mL was given on each side. Bilateral transpedicular
cannulas entered L1; balloon tamps created cavities and restored some height, and 4 mL of PMMA cement was placed
on each side without extravasation.

Post-procedure pain 3/10, sitting up comfortably.
Complications: None.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 100)], pain=(None, 3),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        dos="2025-03-03", pos="22", codes=[line("22514")], findings=["pre_procedure_pain_score"])

    add("fcx-hip-01", "bullets", """
Right hip intra-articular injection, fluoroscopic guidance

* Diagnosis: Primary osteoarthritis of the right hip (M16.11)
* Groin pain for 1 year, limping, cannot put on socks; PT and acetaminophen gave little benefit
* Consent: informed consent obtained; time-out done
* Supine; anterior approach to the right femoral head-neck junction under fluoroscopy
* Isovue 300, 2 mL: intra-articular spread confirmed
* Kenalog 40 mg with 1% lidocaine 3 mL injected
* Pain 6/10 before, 2/10 after with internal rotation
* No complications
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-09-09", pos="11",
        codes=[line("20610", "RT"), line("77002"), line("J3301", units=4), line("Q9967", units=2)], findings=[])


def _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fcx-h-tfesi-01", "hand_prose", """
LEFT L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION

This is a 58-year-old man seen for pain that starts in the right buttock and runs down the outside of the right
leg to the ankle, with numbness along the right shin, for the past 5 months. He went through 9 weeks of
physical therapy without any change in the leg pain and tramadol made him nauseated. He has had to stop his
delivery route because he cannot walk or drive for long. MRI shows a right foraminal disc herniation at L4-5
compressing the exiting L4 nerve root. Diagnosis is lumbar radiculopathy, M54.16. He denies bowel or bladder
changes. Informed consent was obtained and a time-out was carried out. With the patient prone and under
fluoroscopy, a 22-gauge needle was directed to the right L4-5 foramen. One mL of Omnipaque 240 outlined the
right L4 root with no vascular runoff, and dexamethasone 10 mg with 1 mL of 1% lidocaine was injected. AP and
lateral views were saved. Pain went from 7/10 to 2/10. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2025-09-16", pos="11",
        codes=[line("64483", "RT"), line("J1100", units=10)], findings=["laterality_conflict"],
        comment="title says left; symptoms, imaging and the needle are right: codes follow the description")

    add("fcx-h-ilesi-01", "hand_prose+truncated", """
Thoracic interlaminar epidural steroid injection at T10-11. She returns with band-like pain wrapping around the
right lower ribs to the upper abdomen, with burning and light-touch allodynia along the right T10 dermatome,
present for 8 months. Physical therapy for 6 weeks and gabapentin did not ease it, and lidocaine patches only
dulled it for an hour or two. She has trouble sitting through a workday and cannot wear a fitted waistband.
This is her second thoracic epidural; the first one in May gave about 60% relief that lasted four months.
Diagnosis thoracic radiculopathy, M54.14. Consent was reviewed and signed, and we did a time-out. Prone under
fluoroscopy, a 20-gauge Tuohy needle was walked into the T10-11 interlaminar space from a right paramedian
approach using loss of resistance to saline. Omnipaque 240, 1.5 mL, spread in the posterior epidural space
without vascular uptake and AP and lateral images were kept. Kenalog 40 mg mixed with 3 mL of preservative-free
saline was injected. Pain 6/10 before and 2/10 afterward. There were no complications. She will return in six
weeks and if the relief holds we could
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(6, 2), need=minus(ESI_NEED, "imaging_findings"), dos="2026-10-06", pos="22",
        codes=[line("62321")], findings=["imaging_findings"],
        comment="repeat with a documented response (60% for four months); no imaging findings stated")

    add("fcx-h-caudal-01", "hand_prose", """
Caudal epidural steroid injection. She has had pain in both buttocks and down the backs of both legs into the
calves with tingling in the feet for two years, worse with standing and walking. She can stand only about ten
minutes at the sink. Physical therapy for 12 weeks and a home exercise program did not lessen the leg symptoms,
and pregabalin caused swelling and was stopped. MRI shows severe central stenosis at L4-5 with moderate stenosis
at L3-4. Diagnosis lumbar spinal stenosis with neurogenic claudication, M48.062. This is her fifth caudal
epidural in the past 12 months; the last one, eleven weeks ago, gave about 70% relief that held for roughly
eight weeks. She has a documented iodinated contrast allergy (hives), so no contrast was used; needle position
was confirmed by loss of resistance and a lateral fluoroscopic view, with no blood or CSF on aspiration. Consent
was signed and a time-out done. Prone, the sacral hiatus was entered with a 20-gauge needle under fluoroscopy
and Depo-Medrol 40 mg with Naropin 0.2% 5 mL and 5 mL of normal saline was injected. AP and lateral images were
saved. Pain 7/10 before, 4/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=False, intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("ropivacaine", 10)],
        pain=(7, 4), need=ESI_NEED, dos="2024-02-20", pos="11",
        codes=[line("62323"), line("J1030")], findings=["frequency", "prior_procedure_response"],
        comment="fifth lumbar/sacral epidural in 12 months (limit 4); prior response 70% for about 8 weeks (< 90 days); "
                "contrast withheld for a stated allergy; 40 mg methylprednisolone before 2024-04-01 = J1030")

    add("fcx-h-mbb-01", "hand_prose", """
Bilateral cervical medial branch blocks. He has had neck pain across the lower neck into both upper shoulders for
a year, worse when he looks up or turns to check traffic, with no arm symptoms. Eight weeks of physical therapy
and naproxen brought no meaningful change, and he can no longer do overhead work at his job. Facet loading is
painful on both sides at C5-6 and C6-7. Diagnosis cervical spondylosis without myelopathy or radiculopathy,
M47.812. These are diagnostic blocks. Informed consent was obtained and a time-out performed. Prone under
fluoroscopy, 25-gauge needles were placed on the waists of the right C5, C6 and C7 articular pillars for the
medial branches, and 0.3 mL of 0.5% bupivacaine was injected at each. The same was repeated on the contralateral
side. Pain was 6/10 before and 1/10 after, and he could look up without pain. No complications. If he keeps at
least 80% relief for the duration of the anesthetic we will consider radiofrequency ablation.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 9)], pain=(6, 1), need=SPINE_NEED, dos="2026-05-19", pos="11",
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=[],
        comment="C5, C6, C7 medial branches = joints C5-C6, C6-C7; 6 nerves x 0.3 mL 0.5% = 9 mg")

    add("fcx-h-rfa-01", "hand_prose", """
Right cervical radiofrequency neurotomy. She has right-sided neck pain toward the shoulder blade for 3 years
without arm symptoms. Physical therapy for 10 weeks and NSAIDs failed, and she can no longer drive more than
short distances because of pain turning her head. One diagnostic medial branch block of the right C4, C5 and C6
medial branches gave 90% relief for six hours. Diagnosis cervical facet arthropathy, M47.812. Consent was
obtained and a time-out completed. With fluoroscopic guidance, RF cannulas were positioned on the right C4, C5
and C6 medial branches; sensory stimulation reproduced her pain and motor testing showed no arm contraction.
0.5 mL of 2% lidocaine was placed at each site and lesions were made at 80 degrees for 60 seconds. Pain 7/10
before, 5/10 after. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)], pain=(7, 5), need=SPINE_NEED, dos="2026-07-07", pos="11",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["diagnostic_block_relief"],
        comment="only one diagnostic block documented; C4, C5, C6 medial branches = joints C4-C5, C5-C6")

    add("fcx-h-sij-01", "hand_prose", """
Right sacroiliac joint injection. She describes pain over the left posterior superior iliac spine and into the
left buttock for 7 months, worse rolling in bed and climbing stairs, and she has had to give up her walking
group. Three of five provocation tests were positive on the left. Eight weeks of physical therapy and a
sacroiliac belt did not help, and ibuprofen only took the edge off for an hour. Diagnosis sacroiliitis, M46.1.
This injection is diagnostic. Consent was signed and a time-out done. Prone, under fluoroscopy, a 22-gauge needle
was guided into the inferior left SI joint and 0.5 mL of Isovue-M 200 showed an intra-articular pattern. Celestone
6 mg (1 mL) with 1 mL of 1% Xylocaine was injected. AP and oblique images were stored. Pain went from 7/10 to
1/10, about 80% relief in recovery. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 10)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-12-02", pos="24", codes=[line("27096", "LT")], findings=["laterality_conflict"],
        comment="title says right; the history, exam and needle are left: codes follow the description")

    add("fcx-h-sijnb-01", "hand_prose", """
Left sacroiliac lateral branch blocks. He has had left low buttock pain at the sacral sulcus for 10 months after
a fall on the ice, with pain on sitting and on rising from a chair. Physical therapy for 8 weeks did not change
it. Diagnosis sacroiliitis, M46.1. These are diagnostic dorsal ramus and lateral branch blocks in anticipation
of possible radiofrequency ablation. Consent was obtained. Prone with fluoroscopic guidance, 25-gauge needles were
placed at the left L5 dorsal ramus at the sacral ala and lateral to the left S1, S2 and S3 posterior foramina,
and 0.5 mL of 0.5% bupivacaine was injected at each of the four sites. Pain 6/10 before and 1/10 after. No
complications. We will consider RF ablation if he again reports at least 75% relief.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 10)], pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care",
                                                              "functional_impairment"),
        dos="2026-03-24", pos="11", codes=[line("64451", "LT")], findings=["time_out"])

    add("fcx-h-sirfa-01", "hand_prose", """
Right sacroiliac joint radiofrequency ablation using cooled RF. Right sacroiliac pain for 2 years. Two
diagnostic lateral branch blocks gave 80% and 85% relief. Diagnosis sacroiliitis, M46.1. Consent was signed and
a time-out was completed. Prone, with fluoroscopy, cooled RF probes were placed at the right L5 dorsal ramus and
at the right S1, S2 and S3 lateral branches; after 1 mL of 2% lidocaine at each of the four sites, cooled
radiofrequency lesions were made at each site for 150 seconds. Pain 7/10 before and 5/10 after. No
complications.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 80)], pain=(7, 5), need=("diagnosis", "symptom_duration"),
        dos="2026-04-28", pos="24", codes=[line("64625", "RT")], findings=[])

    add("fcx-h-grfa-01", "hand_prose", """
Left knee genicular radiofrequency ablation. Left knee pain for 4 years from primary osteoarthritis of the left
knee, M17.12; she is not a candidate for replacement. A diagnostic genicular block last month gave 80% relief.
Consent obtained; time-out performed. Supine with the knee over a bolster, under fluoroscopy, RF cannulas were
placed at the superomedial, superolateral and inferomedial genicular nerves. After sensory and motor testing,
2 mL of 1% lidocaine went in at each nerve and thermal lesions were made at 80 degrees for 90 seconds.
Pre-procedure pain 8/10. No complications; discharged walking with a cane.
""", procs=[proc("genicular_rfa", target="genicular", region="knee", laterality="left", imaging="fluoroscopy",
                 intent="therapeutic")],
        drugs=[given("lidocaine", 60)], pain=(8, None), need=("diagnosis", "symptom_duration"),
        dos="2026-09-29", pos="11", codes=[line("64624", "LT")], findings=["post_procedure_pain_score"])

    add("fcx-h-onb-01", "hand_prose", """
Bilateral greater occipital nerve blocks. She has shooting pain from the base of the skull over the top of the
head on both sides for 6 months, with tenderness over both greater occipital nerves. Diagnosis occipital
neuralgia, M54.81. Consent was obtained and a time-out was performed. By landmark technique, medial to the
occipital artery at the superior nuchal line, Kenalog 10 mg with 1.5 mL of 0.5% Marcaine was injected on the
right, and the same was done on the left. Pain 6/10 before and 2/10 after.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 15)], pain=(6, 2), need=("diagnosis",),
        dos="2026-02-03", pos="11", complications=None, codes=[line("64405", "50"), line("J3301", units=2)],
        findings=["complications"])

    add("fcx-h-pnb-01", "hand_prose", """
Right suprascapular nerve block under ultrasound guidance. Right shoulder pain from glenohumeral arthritis for 2
years, primary osteoarthritis of the right shoulder, M19.011; he cannot reach overhead or sleep on that side.
Consent was obtained and a time-out completed. Seated, the suprascapular notch was found with a linear probe and
a 22-gauge needle advanced in plane to the nerve beneath the transverse scapular ligament. Dexamethasone 4 mg
with 5 mL of 0.5% ropivacaine was injected with spread seen around the nerve, and a representative image was
saved to the record. Pain 7/10 before, 2/10 after. No complications.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound", intent="therapeutic")],
        drugs=[given("dexamethasone_sodium_phosphate", 4), given("ropivacaine", 25)], pain=(7, 2), need=("diagnosis",),
        dos="2025-10-14", pos="11", codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)], findings=[])

    add("fcx-h-stellate-01", "hand_prose", """
Left stellate ganglion block. She has complex regional pain syndrome type I of the left upper limb, G90.512,
with burning pain, swelling and color change of the left hand for 5 months. Consent was obtained and a
time-out completed. Supine under fluoroscopy, a 22-gauge needle was placed on the left C6 anterior tubercle
(Chassaignac's tubercle) and withdrawn slightly; 1 mL of Omnipaque 240 showed spread along the prevertebral
fascia without vascular uptake, and 8 mL of 0.25% bupivacaine was injected in divided doses. A left Horner's
syndrome developed and the left palm warmed by 2 degrees. Pain went from 7/10 to 4/10. No complications.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20)], pain=(7, 4), need=("diagnosis",),
        dos="2026-06-16", pos="11", codes=[line("64510"), line("77002"), line("Q9966")], findings=[])

    add("fcx-h-lsb-01", "hand_prose", """
Right lumbar sympathetic block at L3. He has complex regional pain syndrome type I of the right lower limb,
G90.521, after an ankle fracture, with burning foot pain, allodynia and a cold, mottled right foot for 8 months.
Consent was obtained and a time-out done. Prone under fluoroscopy, a 20-gauge needle was advanced to the
anterolateral border of the L3 vertebral body on the right; 2 mL of Isovue-M 200 spread along the anterior
psoas margin, and 10 mL of Naropin 0.2% was injected. The right foot temperature rose by 3 degrees. Pain 8/10
before, 3/10 after. No complications.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                 levels=["L3"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("ropivacaine", 20)], pain=(8, 3), need=("diagnosis",),
        dos="2025-08-26", pos="22", codes=[line("64520"), line("77002", "26")], findings=[])

    add("fcx-h-impar-01", "hand_prose", """
Ganglion impar block. Coccydynia, M53.3, for 14 months after a fall, with pain sitting more than a few minutes.
Consent was obtained and a time-out performed. Prone under lateral fluoroscopy, a 22-gauge needle was passed
through the sacrococcygeal junction to the anterior surface; 1 mL of Omnipaque 180 outlined the retroperitoneal
space in the expected comma shape, and 4 mL of 0.25% bupivacaine with a small volume of Kenalog was injected.
Pain 7/10 before and 2/10 after. No complications.
""", procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 10), given("triamcinolone_acetonide", None)],
        pain=(7, 2), need=("diagnosis", "symptom_duration"), dos="2026-11-03", pos="11",
        codes=[line("64999"), line("77002"), line("Q9965")], findings=["drug_dose"],
        comment="triamcinolone given without an amount: dose null, no J3301 line")

    add("fcx-h-pump-01", "hand_prose", """
Intrathecal pump refill and reprogramming. Chronic pain syndrome, G89.4, with an intrathecal morphine pump
placed three years ago. Consent was obtained and a time-out performed. I accessed the reservoir through the
central port with a non-coring needle under sterile technique, withdrew 3 mL of residual drug, and refilled the
pump with 18 mL of morphine 25 mg/mL. The pump was then reprogrammed to increase the daily dose by 10% for
breakthrough leg pain, and the new settings and next refill date were confirmed on the programmer. No
complications.
""", procs=[proc("pump_refill", target="intrathecal_pump", intent="therapeutic")],
        drugs=[given("morphine", 450)], pain=(None, None), need=("diagnosis",), dos="2026-07-21", pos="11",
        codes=[line("62370")], findings=[])
