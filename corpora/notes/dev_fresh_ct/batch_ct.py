"""Sealed batch dev_fresh_ct: 30 clinic visit records, each with an embedded procedure note.

Every note is a whole clinic visit (HPI with durations, prior care and its outcome, ROS, history, medications,
allergies, exam with neuro findings, imaging review, assessment/plan) followed by a PROCEDURE NOTE. Home
medications named in the history (gabapentin, meloxicam, ...) are never administered drugs; pain ranges in the HPI
are not the procedure's pre/post scores. Gold labelled by hand from the text, before any Painpoint run.
`fct-<family>-NN` notes are laid out in fixed clinic templates (caps headers, title headers, bullets, inline fields,
numbered A/P, dictated paragraphs, odd spacing); `fct-h-<family>-NN` notes are free dictation.
"""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fct-tfesi-01", "caps_headers", """
PAIN MEDICINE CLINIC - RETURN VISIT WITH PROCEDURE

HISTORY OF PRESENT ILLNESS:
64-year-old woman returns for left leg pain. The pain starts in the left buttock and shoots along the outer thigh and
shin onto the top of the foot, with tingling of the big toe. It has been going on for roughly 5 months. Worst 9/10,
best 4/10. She finished 8 weeks of supervised physical therapy with minimal benefit, and gabapentin 300 mg three
times daily caused dizziness, so she stopped it. She can no longer sit through a 30-minute car ride and has given up
walking her dog.

REVIEW OF SYSTEMS: No bowel or bladder change, no fever, no weight loss. Otherwise negative.

PAST MEDICAL HISTORY: Hypertension, hypothyroidism.
MEDICATIONS: Lisinopril, levothyroxine, meloxicam 15 mg daily.
ALLERGIES: Codeine (nausea).

EXAM: Antalgic gait. Straight-leg raise positive on the left at 40 degrees. Extensor hallucis longus 4+/5 on the
left, 5/5 on the right. Decreased light touch over the dorsum of the left foot. Reflexes symmetric.

IMAGING REVIEW: MRI lumbar spine shows a left foraminal disc protrusion at L5-S1 contacting the exiting left L5
nerve root, concordant with her symptoms.

ASSESSMENT/PLAN:
Lumbar radiculopathy, lumbosacral region (M54.17), left L5 distribution. Proceed today with a left L5-S1
transforaminal epidural steroid injection.

PROCEDURE NOTE:
Procedure: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.
Consent: Risks, benefits and alternatives reviewed; written consent signed.
Time-out performed with the nurse confirming patient, side and level.
Pre-procedure pain: 7/10.
Prone position, sterile prep and drape. Skin wheal with 2 mL of 1% lidocaine. A 22-gauge spinal needle was advanced
to the left L5-S1 neural foramen under fluoroscopy. Omnipaque 240, 1 mL, showed epidural spread along the L5 root
without vascular uptake. Injected 1 mL Kenalog-40 (40 mg) mixed with 1 mL 0.25% bupivacaine.
AP and lateral images saved. No sedation.
Tolerated well; no complications. Post-procedure pain 3/10. Discharged ambulatory.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                  levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 2.5)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "LT"), line("J3301", units=4)], findings=[],
        dos="2026-02-17", pos="11")

    add("fct-tfesi-02", "title_headers", """
Spine and Pain Center - Clinic Note

History of Present Illness
Seventy-one-year-old man with right-sided leg pain radiating down the back of the thigh and calf to the lateral
ankle, with numbness of the little toe. Present for the past four months; worse with standing and walking. He rates
it 6 to 9 out of 10. Ten weeks of physical therapy and a home stretching program did not reduce the pain; naproxen
gave only brief relief. He now walks less than a block before stopping and has had to give up volunteering at the
food bank.

Review of Systems
Denies saddle numbness, incontinence, fevers or night sweats.

Past Medical History
Type 2 diabetes, atrial fibrillation (apixaban held 3 days per cardiology).

Medications
Metformin, metoprolol, apixaban (held).

Allergies
No known drug allergies.

Examination
Positive straight-leg raise on the right. Ankle reflex absent on the right, 1+ on the left. Plantar flexion 4/5 on the
right. Reduced pinprick along the lateral right foot.

Imaging Review
No lumbar imaging available. MRI of the lumbar spine was ordered and is pending insurance review.

Assessment and Plan
1. Lumbar radiculopathy (M54.16), right, L5 and S1 pattern.
2. Plan: right L4-L5 and L5-S1 transforaminal epidural steroid injections today in the hospital procedure suite.

Procedure Note
Procedure: Right L4-5 and L5-S1 transforaminal epidural steroid injection.
Informed consent was obtained after discussing risks including bleeding, infection and nerve injury.
A time-out confirmed the correct patient, procedure, side and levels.
Pre-procedure pain 8/10.
Under fluoroscopic guidance, needles were placed into the right L4-L5 and right L5-S1 foramina. Isovue-M 200, 1.5 mL
in total, confirmed epidural flow without intravascular pattern. At each level, dexamethasone 5 mg (0.5 mL of
10 mg/mL) with 1 mL of 1% lidocaine was injected.
Two views (AP and lateral) were saved.
No complications. Pain after the procedure 4/10.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(8, 4), need=minus(ESI_NEED, "imaging_findings"),
        codes=[line("64483", "RT"), line("64484", "RT", units=1)], findings=["imaging_findings"],
        dos="2025-09-09", pos="22")

    add("fct-cesi-01", "bullets", """
Interventional Spine - Follow-up and Procedure

HPI
- 58 y/o man, right neck pain with pain down the right arm to the thumb and index finger
- Duration: since early spring, now about 3 months
- Pain 5-8/10; numbness of the right thumb tip
- Failed care: 6 weeks of cervical traction and PT without improvement; prednisone taper helped for only 4 days
- Function: cannot hold the steering wheel with his right hand for more than a few minutes; drops cups at work

ROS
- Negative for gait change, bowel or bladder symptoms, fever

PMH / Meds / Allergies
- Hyperlipidemia; atorvastatin, acetaminophen as needed
- Allergic to penicillin (rash)

Exam
- Spurling test positive on the right
- Wrist extension 4/5 right; brachioradialis reflex diminished on the right
- Decreased sensation over the right thumb

Imaging review
- MRI cervical spine: right paracentral disc protrusion at C5-C6 narrowing the right lateral recess, contacting
  the right C6 root

Assessment / Plan
- Cervical radiculopathy (M54.12), right C6
- Cervical interlaminar epidural steroid injection at C7-T1 today

Procedure note
- Procedure: cervical interlaminar epidural steroid injection, C7-T1, midline approach
- Consent: signed after discussion of risks including dural puncture and infection
- Time-out: completed
- Sedation: none
- Pre-procedure pain: 6/10
- Skin infiltrated with 3 mL of 1% lidocaine
- 20-gauge Tuohy needle advanced under fluoroscopy with loss of resistance to saline
- Isovue-M 300, 1 mL, confirmed epidural spread on the contralateral oblique view
- Injectate: triamcinolone 40 mg (1 mL) diluted with 2 mL preservative-free saline
- AP and contralateral oblique images saved
- Complications: none; tolerated well
- Post-procedure pain: 2/10
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                  imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30), given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(6, 2), need=ESI_NEED, codes=[line("62321")], findings=[], dos="2024-11-05", pos="24")

    add("fct-caudal-01", "dictated", """
Clinic visit and caudal epidural.

This 77-year-old woman comes back for pain in both legs brought on by walking. She describes heaviness and burning in
the buttocks and down both thighs after about 5 minutes on her feet, eased by sitting or leaning on a shopping cart.
The leg symptoms have been present for about 7 months. She rates the pain 6 to 8 out of 10 when walking. She now
shops only with a motorized cart and had to stop her church choir because she cannot stand through the service.

Treatment so far: She has done a course of physical therapy. She takes acetaminophen. She has also used a lumbar
corset.

Review of systems is negative for bowel or bladder change, fever and weight loss. Past history: osteoporosis,
hypertension, cataract surgery. Medications: alendronate, amlodipine, acetaminophen. Allergies: sulfa.

On examination she stands with a forward stoop. Strength is 5/5 in both legs. Reflexes are 1+ and symmetric at the
knees, absent at the ankles. Straight-leg raise is negative bilaterally. Pedal pulses are palpable.

I reviewed her MRI: severe central canal stenosis at L4-L5 with ligamentum flavum thickening and a grade 1
spondylolisthesis, moderate stenosis at L3-L4.

Assessment: Lumbar spinal stenosis with neurogenic claudication (M48.062). Plan: caudal epidural steroid injection
today.

Procedure: Caudal epidural steroid injection. After I explained the risks and benefits she gave written consent.
We did a time-out. Pre-procedure pain 6/10. Prone, sterile prep. Under fluoroscopic guidance a 20-gauge needle was
passed through the sacral hiatus into the caudal canal. Omnipaque 240, 2 mL, outlined the caudal epidural space with
cephalad spread and no vascular runoff. I injected Depo-Medrol 80 mg (2 mL of 40 mg/mL) with 5 mL of 0.25%
bupivacaine and 5 mL of preservative-free saline. AP and lateral images were saved. There were no complications. Pain
after the injection 3/10.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 12.5)],
        pain=(6, 3), need=minus(ESI_NEED, "conservative_care"), codes=[line("62323"), line("J1040", units=1)],
        findings=["conservative_care"], dos="2023-05-16", pos="11",
        comment="care only listed (PT, acetaminophen, corset) with no stated outcome: conservative_care")

    add("fct-mbb-01", "numbered_ap", """
PAIN CLINIC NOTE

Subjective: 66-year-old man with low back pain across the belt line, no leg symptoms. Pain for about a year and a
half, worse with standing, twisting and getting out of a chair, better lying down. Scores range from 4/10 in the
morning to 8/10 by evening. Twelve weeks of physical therapy and core work plus daily ibuprofen did not change the
pain. Cannot stand at the workbench for more than 20 minutes; Oswestry 38%.

ROS: No leg weakness, numbness, bowel or bladder problems, fevers.
PMH: COPD, benign prostatic hyperplasia. Meds: tiotropium, tamsulosin, ibuprofen. Allergies: none known.

Objective: Paraspinal tenderness over the lower lumbar facets bilaterally; pain on extension with rotation to either
side. Neuro: strength 5/5, sensation intact, reflexes 2+ and symmetric, straight-leg raise negative.

Imaging: Lumbar MRI shows bilateral facet arthropathy with hypertrophy at L4-L5 and L5-S1, no stenosis or root
contact.

Assessment and plan:
1. Lumbar spondylosis without radiculopathy (M47.816), bilateral L4-L5 and L5-S1 facet pain.
   - First diagnostic medial branch block today, bilateral.
2. COPD - stable, continue inhaler.
3. If the block gives at least 80% relief, a confirmatory block, then consider radiofrequency ablation.

Procedure: Bilateral L4-L5 and L5-S1 diagnostic medial branch blocks (bilateral L3 and L4 medial branches and L5
dorsal rami).
Consent was obtained in writing. A time-out was performed. Pain before the procedure: 6/10.
Using fluoroscopy, a 22-gauge needle was placed at each of the six target points (bilateral L3 and L4 medial branches
at the junction of the superior articular and transverse processes, and the bilateral L5 dorsal rami at the sacral
ala groove). 0.5 mL of 0.5% bupivacaine was injected at each nerve. No sedation.
No complications. Post-procedure pain 1/10; pain diary given.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2026-06-02", pos="11")

    add("fct-facet-01", "inline_fields", """
Visit type: Established patient, procedure visit
Chief complaint: Right low back pain
HPI: 59-year-old woman. Right-sided low back pain for 2 years, no radiation past the buttock. Average pain 6/10.
Prior care: PT for 3 months and a chiropractor for 6 weeks, still painful; celecoxib upset her stomach. Diagnostic
blocks: right L4-L5 and L5-S1 medial branch blocks in February 2026 and March 2026 gave 90% and 85% relief for the
duration of the anesthetic. She declines radiofrequency ablation for now and prefers a steroid joint injection.
Function: stops housework after 15 minutes of standing; cannot lift her grandchild.
ROS: Negative except as above.
PMH: Fibromyalgia, migraine. Medications: duloxetine, sumatriptan. Allergies: latex.
Exam: Tender right L4-5 and L5-S1 facets, pain with right extension-rotation. Strength 5/5, sensation intact,
reflexes symmetric, negative straight-leg raise.
Imaging review: MRI lumbar spine with right greater than left facet hypertrophy and effusion at L4-L5 and L5-S1.
Assessment: Lumbosacral spondylosis without radiculopathy (M47.817), right.
Plan: Therapeutic right L4-L5 and L5-S1 intra-articular facet joint injections today.
Procedure: Right L4-L5 and L5-S1 facet joint injections, intra-articular, therapeutic.
Consent: Written consent on file for today.
Time-out: Done.
Pre-procedure pain: 6/10
Guidance: Fluoroscopy, oblique view to open each joint.
Technique: 22-gauge needle into each joint; Omnipaque 300, 0.3 mL per joint, showed an arthrogram.
Injectate per joint: 0.5 mL Kenalog-40 (20 mg) with 0.5 mL 0.5% bupivacaine.
Complications: None.
Post-procedure pain: 2/10
Disposition: Home with driver.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.6, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=4)],
        findings=[], dos="2026-04-14", pos="11")

    add("fct-rfa-01", "title_headers", """
Ambulatory Surgery Center - Pain Procedure Visit

History
Sixty-eight-year-old man with left-sided axial low back pain for over 3 years. Pain 5 to 8/10, worse with prolonged
standing and bending. Physical therapy (12 weeks), a home exercise program and diclofenac gel failed to give lasting
relief. Two diagnostic left L4-L5 and L5-S1 medial branch blocks (with different local anesthetics) gave 100% and 85%
relief respectively. He cannot stand long enough to cook a meal and has stopped golfing.

Review of Systems
No leg numbness or weakness, no bowel or bladder symptoms.

Medical History / Medications / Allergies
Coronary disease with stent in 2019 on aspirin; gout on allopurinol. No drug allergies.

Examination
Left-sided paraspinal tenderness at L4-S1, pain on extension and left rotation. Normal strength, sensation and
reflexes in both legs.

Imaging
CT lumbar spine: left L4-L5 and L5-S1 facet arthropathy with osteophytes.

Assessment and Plan
Lumbar spondylosis without radiculopathy (M47.816), left L4-L5 and L5-S1. Radiofrequency ablation today.

Procedure Note
Procedure: Left L4-L5 and L5-S1 radiofrequency ablation (left L3 and L4 medial branches and left L5 dorsal ramus).
Consent: informed consent signed.
Time-out: performed.
Sedation: local anesthetic only, no sedation.
Pre-procedure pain: 6/10.
Under fluoroscopic guidance, 18-gauge RF cannulas with 10 mm active tips were placed parallel to each target nerve.
Sensory stimulation at 50 Hz reproduced his back pain below 0.5 V; motor stimulation at 2 Hz produced no leg
contraction. Each nerve received 1 mL of 2% lidocaine before lesioning. Thermal lesions at 80 degrees C for 90
seconds were made at each of the three nerves.
Complications: none. Post-procedure pain 4/10.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(6, 4), need=SPINE_NEED,
        codes=[line("64635", "LT"), line("64636", "LT", units=1)], findings=[], dos="2025-03-11", pos="24")

    add("fct-si-01", "caps_headers", """
PAIN MEDICINE CLINIC

HPI: 52-year-old woman with right buttock and low back pain below the belt line, over the right sacroiliac joint,
for 18 months. Pain 5 to 9/10. Eight weeks of physical therapy with sacroiliac belt, and meloxicam, did not help. A
diagnostic right SI joint block in March 2024 gave 90% relief for the duration of the anesthetic. A therapeutic right
SI joint injection in November 2024 gave about 70% relief that lasted five months; the pain has now returned. She
cannot sit through a work shift or climb stairs without pausing.

ROS: No leg weakness, no bowel or bladder change.
PMH: Obesity, sleep apnea on CPAP. MEDICATIONS: meloxicam. ALLERGIES: iodine-containing skin prep (itching).

EXAM: Tender over the right sacral sulcus. Positive right FABER, thigh thrust, compression and distraction tests
(4 of 5 provocation maneuvers). Neuro intact in both legs. Lumbar facets non-tender.

IMAGING REVIEW: Pelvis X-ray shows mild sclerosis at the right SI joint. Lumbar MRI without stenosis.

ASSESSMENT: Sacroiliitis, not elsewhere classified (M46.1), right.
PLAN: Repeat therapeutic right sacroiliac joint injection today.

PROCEDURE NOTE
Procedure: Right sacroiliac joint injection, intra-articular, therapeutic, under fluoroscopy.
Consent: Obtained in writing after risks and benefits were reviewed.
Time-out: Performed.
Pre-procedure pain: 7/10.
Chlorhexidine prep (iodine avoided). Skin anesthetized with 2 mL of 1% lidocaine. A 22-gauge spinal needle was
advanced into the inferior third of the right SI joint. Omnipaque 300, 0.5 mL, produced an arthrogram without
vascular uptake. Injected 1 mL Kenalog-40 (40 mg) and 2 mL of 0.2% ropivacaine.
AP and contralateral oblique images were saved.
Post-procedure pain: 2/10, about 70% relief.
Complications: None.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                  imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40),
               given("ropivacaine", 4)],
        pain=(7, 2), need=SPINE_NEED, codes=[line("27096", "RT"), line("J3301", units=4)], findings=[],
        dos="2025-07-22", pos="11")

    add("fct-tpi-01", "bullets", """
Clinic note - myofascial pain follow-up

HPI
* 47-year-old office worker with left neck and upper back pain for 8 months
* Aching knot between the shoulder blade and neck, spreading to the back of the head with headaches 3 days a week
* Pain 4-7/10; physical therapy (6 weeks) and massage gave short-lived relief; cyclobenzaprine made her too sleepy
* Hard to finish a workday at the computer

ROS
* No arm numbness or weakness, no fevers

History
* Anxiety; sertraline. No known allergies.

Exam
* Palpable taut bands with local twitch response in the left upper trapezius, left levator scapulae and left
  rhomboid major; pressing each reproduces her referred pain
* Neck range of motion mildly limited; arm strength, reflexes and sensation normal

Imaging review
* Cervical X-rays: mild C5-C6 disc narrowing, no instability

Assessment / Plan
* Myofascial pain syndrome, left neck and upper back (M79.18)
* Trigger point injections today; continue home stretching

Procedure
* Trigger point injections, three muscles: left upper trapezius, left levator scapulae, left rhomboid major
* Verbal and written consent obtained; time-out done
* Pain before: 5/10
* 25-gauge needle, 2 mL of 1% lidocaine into each trigger point (6 mL total) after negative aspiration; twitch
  response elicited in each
* Pain after: 2/10, 60% relief
* No complications; bandages applied
""", procs=[proc("trigger_point")], drugs=[given("lidocaine", 60)], pain=(5, 2), need=("diagnosis",),
        codes=[line("20553")], findings=[], dos="2026-09-15", pos="11")

    add("fct-gon-01", "odd_spacing", """
HEADACHE  AND  PAIN  CLINIC     Follow-up visit

HPI :   39-year-old man ,  shooting  and  electric  pain  from  the  base  of  the  skull  over  the  top  of  the  head
on  both  sides  , for  about  a  year .  Attacks  several  times  a  day ,  7-9/10 .   Tried  topiramate
(word-finding  trouble ,  stopped)  and  nortriptyline  (no  help) .   Misses  work  two  days  a  month .

ROS :   No  visual  loss ,  no  weakness ,  no  fever .
PMH :   Migraine  without  aura .    Meds :   rizatriptan  as  needed .    Allergies :   none .

EXAM :   Marked  tenderness  over  both  greater  occipital  nerves ,  Tinel  sign  positive  bilaterally  with
tingling  to  the  vertex .   Cranial  nerves  intact .   Neck  range  of  motion  full .

IMAGING :   MRI  brain  normal  last  year .

A/P :   Occipital  neuralgia  (M54.81) ,  bilateral .   Bilateral  greater  occipital  nerve  blocks  today .

PROCEDURE :   Bilateral  greater  occipital  nerve  block ,  landmark  technique ,  no  imaging .
Consent :   signed .     Time-out :   completed .
Pre-procedure  pain :   7/10 .
After  alcohol  prep ,  a  25-gauge  needle  was  placed  medial  to  the  occipital  artery  on  each  side  at  the
superior  nuchal  line .   Each  side  received  2  mL  of  0.5%  bupivacaine  with  10  mg  triamcinolone  (0.25  mL  of
Kenalog-40) .
Complications :   none .   Scalp  numbness  noted  on  both  sides .   Discharged .
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                  imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)], pain=(7, None), need=("diagnosis",),
        codes=[line("64405", "50"), line("J3301", units=2)], findings=["post_procedure_pain_score"],
        dos="2024-08-20", pos="11")

    add("fct-gnb-01", "numbered_ap", """
ORTHOPEDIC PAIN CLINIC

Subjective: 73-year-old woman with right knee pain for 4 years, medial and anterior, worse on stairs. Pain 6-8/10.
Two steroid knee injections last year each helped for about six weeks; a hyaluronic acid series did nothing. She is
not a surgical candidate because of heart failure. She uses a cane and cannot walk through the grocery store.

ROS: No fevers, no calf pain, no locking.
PMH: Heart failure with reduced ejection fraction, chronic kidney disease stage 3. Meds: sacubitril-valsartan,
furosemide. Allergies: NSAIDs (kidney).

Objective: Right knee with medial joint line tenderness, small effusion, crepitus, range 5-100 degrees. Ligaments
stable. Distal neurovascular exam intact.

Imaging: Standing knee X-rays show severe medial joint space narrowing and osteophytes in the right knee.

Assessment and plan:
1. Unilateral primary osteoarthritis, right knee (M17.11).
   - Diagnostic right genicular nerve block today; if positive, radiofrequency ablation.
2. Heart failure - euvolemic, no change.

Procedure: Right genicular nerve block, diagnostic (superomedial, superolateral and inferomedial genicular nerves).
Consent signed. Time-out completed. Pre-procedure pain 7/10.
Under fluoroscopy, a 22-gauge needle was walked to the junction of the shaft and epicondyle at each of the three
targets, confirmed on AP and lateral views. 1 mL of 0.5% bupivacaine was injected at each nerve (3 mL total).
Post-procedure pain 1/10 with stair climbing in clinic. No complications.
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                  intent="diagnostic")],
        drugs=[given("bupivacaine", 15)], pain=(7, 1), need=("diagnosis",), codes=[line("64454", "RT")],
        findings=[], dos="2025-12-02", pos="11")

    add("fct-grfa-01", "inline_fields", """
Setting: Ambulatory surgery center
HPI: 70-year-old man with left knee pain for 6 years after a meniscectomy, now bone-on-bone. Pain 5-8/10, walks
half a block. Steroid injections no longer help; he declines knee replacement. A diagnostic left genicular nerve
block on 2026-02-24 gave 85% relief for six hours.
ROS: Negative for fever, rash, calf swelling.
PMH: Prostate cancer in remission, hypertension. Meds: losartan. Allergies: none known.
Exam: Left knee varus, crepitus, medial joint line tenderness, range 0-95 degrees, stable ligaments, intact distal
pulses and sensation.
Imaging: X-rays with severe medial compartment narrowing, left knee.
Assessment: Unilateral primary osteoarthritis, left knee (M17.12).
Plan: Left genicular radiofrequency ablation today.
Procedure: Left genicular nerve radiofrequency ablation (superomedial, superolateral, inferomedial).
Consent: Signed after discussion of risks.
Time-out: Performed.
Pre-procedure pain: 6/10
Guidance: Fluoroscopy.
Technique: 18-gauge cannulas with 10 mm active tips at each target; sensory stimulation reproduced knee pain; no
motor response at 2 Hz. 1 mL of 2% lidocaine per site before lesioning. Thermal lesions, 80 degrees C for 90
seconds, at each of the three nerves.
Complications: None.
Post-procedure pain: 3/10
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)], pain=(6, 3), need=("diagnosis",), codes=[line("64624", "LT")], findings=[],
        dos="2026-03-24", pos="24")

    add("fct-knee-01", "dictated", """
Office visit with knee injection.

The patient is a 62-year-old woman with left knee pain for about two years, worse going downstairs and after
gardening. She rates it 5 to 7 out of 10. Physical therapy last spring strengthened her quads but the pain is the
same, and acetaminophen takes the edge off only. She can no longer kneel at church or garden.

Review of systems: no fevers, chills or calf pain. History of hypothyroidism and osteopenia. Medications:
levothyroxine, vitamin D. Allergies: none known.

Exam: left knee with mild effusion, medial joint line tenderness and crepitus; range of motion 0 to 115 degrees;
ligaments stable; neurovascularly intact.

Knee X-rays reviewed: moderate medial joint space narrowing and marginal osteophytes in the left knee.

Assessment: Unilateral primary osteoarthritis, left knee (M17.12). Plan: ultrasound-guided left knee injection
today; continue quad strengthening.

Procedure: Left knee intra-articular injection under ultrasound guidance. I reviewed the risks and she gave
verbal and written consent. Time-out done. Pre-injection pain 7/10. With a linear probe in the suprapatellar
recess, a 22-gauge needle was advanced in plane into the joint; the needle tip in the recess was seen and a
permanent image was saved to the record. I injected 40 mg of triamcinolone (1 mL Kenalog-40) with 4 mL of 1%
lidocaine. No complications. Pain afterwards 2/10.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="left",
                  imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(7, 2), need=("diagnosis",),
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=[], dos="2026-10-06", pos="11")

    add("fct-hip-01", "caps_headers", """
HOSPITAL OUTPATIENT PAIN CLINIC

HISTORY OF PRESENT ILLNESS: 67-year-old man with right groin pain radiating to the front of the thigh for 10 months,
worse with putting on socks and getting out of the car. Pain 6-9/10. Physical therapy for 8 weeks, no lasting
change; tramadol caused constipation. Walks with a cane; gave up his morning walk.

REVIEW OF SYSTEMS: No fever, no back pain, no leg numbness.

PAST MEDICAL HISTORY: Diabetes, obstructive sleep apnea. MEDICATIONS: insulin glargine, metformin. ALLERGIES:
Shellfish (hives).

EXAM: Painful, restricted internal rotation of the right hip (10 degrees); positive FADIR on the right. Lumbar exam
unremarkable. Strength, sensation and reflexes normal in both legs.

IMAGING REVIEW: Pelvis and right hip X-rays with superolateral joint space narrowing and subchondral cysts of the
right hip.

ASSESSMENT/PLAN: Unilateral primary osteoarthritis, right hip (M16.11). Right hip joint injection today; orthopedic
referral for arthroplasty evaluation.

PROCEDURE NOTE:
Procedure: Right hip intra-articular injection under fluoroscopy.
Informed consent signed.
Pre-procedure pain: 8/10.
Supine. The right femoral head-neck junction was marked under fluoroscopy, prepped with chlorhexidine. A 22-gauge
spinal needle was advanced to bone at the head-neck junction. Omnipaque 240, 1 mL, confirmed intra-articular flow.
Injected methylprednisolone 40 mg (1 mL Depo-Medrol 40 mg/mL) with 3 mL of 0.5% ropivacaine.
Complications: none. Post-procedure pain: 3/10.
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="right",
                  imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("ropivacaine", 15)],
        pain=(8, 3), need=("diagnosis",), codes=[line("20610", "RT"), line("77002", "26")], findings=["time_out"],
        dos="2025-05-13", pos="22")

    add("fct-shoulder-01", "numbered_ap", """
SPORTS AND PAIN MEDICINE

Subjective: 69-year-old retired carpenter with right shoulder pain for 3 years, deep and aching, worse at night and
reaching overhead. Pain 4-8/10. Home exercises and diclofenac gel have not helped enough. He cannot lift a gallon
of milk to the top shelf and sleeps in a recliner.

ROS: No neck pain radiating to the arm, no numbness, no fevers.
PMH: Gout, hyperlipidemia. Medications: allopurinol, rosuvastatin. Allergies: none.

Objective: Right shoulder with global loss of motion (forward flexion 110, external rotation 20 degrees), crepitus,
pain at end range. Rotator cuff strength 5/5. Spurling negative. Sensation and reflexes intact in the right arm.

Imaging: Right shoulder X-rays show glenohumeral joint space loss with an inferior humeral head osteophyte.

Assessment and plan:
1. Primary osteoarthritis, right shoulder (M19.011) - glenohumeral joint injection today.
2. Gout - no flare; continue allopurinol.

Procedure: Right glenohumeral joint injection, posterior approach, landmark guided, no imaging.
Consent obtained and signed; time-out completed. Pre-procedure pain 6/10.
Prepped with chlorhexidine. A 22-gauge 1.5 inch needle was directed from the posterior soft spot toward the coracoid
into the joint; no resistance felt. Injected Depo-Medrol 40 mg (1 mL) with 3 mL of 1% lidocaine.
Post-procedure pain 2/10. He tolerated it well; complications: none.
""", procs=[proc("joint_injection", approach="intra_articular", target="shoulder", region="shoulder",
                  laterality="right", imaging="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 30)], pain=(6, 2), need=("diagnosis",),
        codes=[line("20610", "RT"), line("J1030", units=1)], findings=[], dos="2024-02-27", pos="11")


def _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fct-h-tfesi-01", "hand_prose", """
Return visit, bilateral leg pain, with procedure.

He is a 60-year-old man with pain in both legs, left a little worse than right, running from the buttocks down the
backs of the thighs and calves to the soles, with numb heels. This has been going on for the past five months and
began after he moved his daughter's furniture. At its worst it is a 9, at best a 5. He did eight weeks of physical
therapy through the spring and it did nothing for the leg pain; a Medrol Dosepak in March helped for about a week
and the pain came right back. He is a mail carrier and has been on light duty because he cannot finish his route;
he can walk perhaps ten minutes.

ROS negative for saddle anesthesia, urinary retention, fever. History of GERD and high cholesterol; takes
omeprazole and simvastatin. No allergies.

On exam he has a positive seated slump test on both sides, ankle jerks are absent bilaterally, and toe walking is
weak on both sides. Light touch is reduced along the lateral borders of both feet.

MRI from January reviewed with him: broad-based disc extrusion at L5-S1 with bilateral foraminal narrowing, touching
both S1 roots; no central stenosis.

Impression: Lumbosacral radiculopathy (M54.17), bilateral S1. We agreed on bilateral L5-S1 transforaminal
injections today.

Procedure: bilateral L5-S1 transforaminal epidural steroid injections. We went over bleeding, infection, nerve
injury and headache; he signed consent. Time-out with the team. Pain before we started was 8/10. Prone on the
fluoroscopy table. Under fluoroscopy a needle was guided to the left L5-S1 foramen and then the right. On each side
0.5 mL of Omnipaque 240 showed flow along the root into the epidural space with no vascular filling, and I injected
dexamethasone 4 mg (1 mL of 4 mg/mL) with 1 mL of 1% lidocaine. AP and lateral images were saved for both sides.
No complications. Afterwards his pain was 4/10 and he walked out with his wife.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                  levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 8), given("lidocaine", 20)],
        pain=(8, 4), need=ESI_NEED, codes=[line("64483", "50"), line("J1100", units=8)], findings=[],
        dos="2026-07-28", pos="11")

    add("fct-h-tfesi-02", "hand_prose", """
ASC visit. Left arm pain, repeat cervical transforaminal injection.

This 55-year-old right-handed woman is back with the same left arm pain she had last spring: from the left shoulder
blade down the back of the arm into the middle finger, with the finger going numb when she types. The arm pain has
been present for a little over a year. Her first left C6-7 transforaminal injection in May gave her roughly 70
percent relief that lasted about four months, and over the last month the pain has crept back to where it was.
Before any injections she did 10 weeks of therapy with traction, and gabapentin, neither of which eased the arm pain.
She now cannot blow-dry her hair or carry groceries with the left arm, and sleep is broken most nights.

ROS is otherwise negative; no hand clumsiness, no gait change. Past history of breast cancer treated in 2015, no
recurrence; anxiety. Meds: anastrozole was stopped in 2022, now sertraline only. No drug allergies.

Exam: Spurling maneuver reproduces the arm pain on the left. Triceps 4/5 on the left; triceps reflex reduced on the
left. Decreased sensation over the left middle finger. Hoffmann negative.

MRI cervical spine (reviewed again today): left uncovertebral spurring and disc osteophyte at C6-C7 with severe left
foraminal stenosis, compressing the exiting left C7 root.

Impression: Cervical radiculopathy (M54.12), left C7. Repeat left C6-C7 transforaminal epidural steroid injection
today.

Procedure: Left C6-C7 transforaminal epidural steroid injection. Consent was reviewed and signed. We did a time-out.
No sedation. Pre-procedure pain 7/10. Supine with head turned to the right. Under fluoroscopy in the oblique view a
25-gauge needle was advanced to the posterior half of the left C6-7 foramen. Isovue-M 300, 1 mL, under live
fluoroscopy with digital subtraction, showed epidural flow without arterial filling. I injected dexamethasone 6 mg
(1.5 mL of 4 mg/mL) and 0.5 mL of 1% lidocaine. Two views saved, oblique and AP. No complications; post-procedure
pain 2/10.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                  levels=["C6-C7"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 6), given("lidocaine", 5)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64479", "LT")], findings=[], dos="2025-10-21", pos="24",
        comment="repeat with a documented prior response (70% for about four months, over 90 days): no finding")

    add("fct-h-ilesi-01", "hand_prose", """
Clinic follow-up and lumbar epidural.

67-year-old woman with pain in the right buttock and down the outside of the right leg to the ankle, on and off for
three years and constant since last winter, about ten months now. This is her third lumbar epidural in the past 12
months; the June injection gave 60% relief that held for four months. Before that she had completed a 12-week PT
program without lasting relief, and duloxetine was stopped for nausea. She rates the leg pain 5 to 8/10 and can
stand at the stove for only ten minutes; she has stopped line dancing.

ROS: no bladder or bowel change, no fever.
PMH: rheumatoid arthritis on methotrexate, hypertension. Meds: methotrexate, folic acid, valsartan. Allergy:
morphine (itching).

Exam: straight-leg raise positive on the right at 50 degrees, reduced sensation along the right lateral calf,
extensor hallucis longus 4+/5 on the right.

Imaging: MRI lumbar spine shows a right paracentral disc protrusion at L4-L5 compressing the traversing right L5
root, with moderate lateral recess stenosis.

Impression: Lumbar intervertebral disc disorder with radiculopathy (M51.16), right L5. Plan: repeat L4-L5
interlaminar epidural steroid injection.

Procedure: L4-L5 interlaminar epidural steroid injection, midline. Consent signed. Time-out. Pre 7/10. Prone; skin
wheal with 2 mL 1% lidocaine. Under fluoroscopy an 18-gauge Tuohy needle entered the epidural space at L4-L5 by loss
of resistance to saline. Omnipaque 240, 2 mL, showed epidural spread. Injected Kenalog-40, 2 mL (80 mg), with 3 mL of
preservative-free normal saline. One image saved. No complications. Post 3/10.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                  imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("J3301", units=8)], findings=["saved_images"],
        dos="2026-11-03", pos="11",
        comment="one saved image: saved_images; third ESI in 12 months (within 4); 80 mg triamcinolone is at the "
                "ceiling, not above it")

    add("fct-h-ilesi-02", "hand_prose", """
Hospital outpatient. Thoracic epidural.

71-year-old man with burning pain wrapping around the right side of the chest from the mid back to below the right
nipple, along the T9-T10 band. It has been present for five months, with no rash at any time. Eight weeks of
physical therapy made no difference, and pregabalin was stopped after a month because of leg swelling. Pain ranges
from 5 to 8 out of 10.

ROS negative for fever, weight loss, cough, bowel or bladder change. History of prostate cancer treated with
radiation in 2018, PSA undetectable; hypertension. Medications: amlodipine. Allergies: none known.

Exam: allodynia and reduced pinprick in the right T9-T10 dermatome. Legs: strength 5/5, reflexes 2+, no clonus.

Imaging reviewed: thoracic MRI with a right foraminal disc protrusion at T9-T10 contacting the exiting right T9
root; no cord signal change and no metastatic disease.

Assessment: Thoracic radiculopathy (M54.14), right T9. Plan: thoracic interlaminar epidural steroid injection at
T9-T10.

Procedure: T9-T10 interlaminar epidural steroid injection, paramedian approach. Written consent on the chart.
Time-out performed. Pre-procedure pain 6/10. Prone. Under fluoroscopy a 20-gauge Tuohy needle was advanced to the
T9-T10 interlaminar space, epidural space found by loss of resistance to saline. Omnipaque 240, 1.5 mL, spread in the
dorsal epidural space. Injected 80 mg methylprednisolone (2 mL Depo-Medrol) with 2 mL preservative-free saline.
AP and lateral images saved. No complications. Post-procedure pain 2/10.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                  imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1.5, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=minus(ESI_NEED, "functional_impairment"), codes=[line("62321")],
        findings=["functional_impairment"], dos="2024-06-18", pos="22",
        comment="no activity or function limit and no disability scale written: functional_impairment")

    add("fct-h-mbb-01", "hand_prose", """
Neck pain follow-up, second diagnostic block.

63-year-old woman with right-sided neck pain at the base of the skull and top of the shoulder, no arm symptoms, for
about two years since a rear-end collision. Pain 4-7/10. PT for 12 weeks and a TENS unit gave nothing lasting, and
tizanidine made her groggy. She can no longer check her blind spot when driving and stops reading after 15 minutes.
Neck Disability Index 42%. Her first right C3, C4 and C5 medial branch block on April 28 gave 90% relief for five
hours.

ROS negative. PMH: hypothyroidism, osteoarthritis of the hands. Meds: levothyroxine. NKDA.

Exam: tenderness over the right C3-4 and C4-5 facet columns, pain with right rotation and extension. Arm strength,
sensation and reflexes normal; Spurling negative.

Imaging: cervical MRI with right C3-C4 and C4-C5 facet arthropathy, no disc herniation, no cord or root compression.

Impression: Cervical spondylosis without myelopathy or radiculopathy (M47.812). Second, confirmatory diagnostic
block today; if again positive, plan radiofrequency ablation.

Procedure: right C3-C4 and C4-C5 diagnostic medial branch blocks (right C3, C4 and C5 medial branches). Consent
signed. Time-out. Pain before 6/10. Prone, fluoroscopic guidance, lateral approach; a 25-gauge needle placed on the
waist of each articular pillar at C3, C4 and C5 with AP and lateral confirmation. 0.5 mL of 0.5% bupivacaine at each
nerve. No complications. Pain after 1/10; she will keep a pain diary.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                  levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[], dos="2026-05-19", pos="11")

    add("fct-h-rfa-02", "hand_prose", """
ASC procedure visit. Repeat lumbar radiofrequency ablation, both sides.

72-year-old man with axial low back pain across both sides for over 6 years. Failed PT (two courses of 8 weeks),
chiropractic and NSAIDs over the years; he still cannot stand at the sink to shave without leaning, and stopped
bowling. He had two positive bilateral L4-L5 and L5-S1 medial branch blocks in 2024 (90% and 80%), then a bilateral
L4-L5 and L5-S1 radiofrequency ablation in February 2025 that gave 75% relief for ten months. Pain is back to
5-8/10.

ROS negative for leg symptoms, fever, bowel or bladder change. PMH: atrial fibrillation on apixaban (held 3 days),
hypertension. Meds: apixaban, diltiazem. Allergies: none.

Exam: bilateral lower lumbar paraspinal tenderness, pain with extension. Neuro normal in both legs.

Imaging: MRI lumbar spine from 2024 with bilateral L4-5 and L5-S1 facet arthropathy.

Assessment: Lumbar spondylosis without radiculopathy (M47.816). Plan: repeat bilateral RFA today.

Procedure: Bilateral L4-L5 and L5-S1 radiofrequency ablation (bilateral L3 and L4 medial branches, bilateral L5
dorsal rami). Consent signed; time-out done. Pre-procedure pain 6/10. Under fluoroscopy, 18-gauge RF cannulas were
placed along each of the six nerves; sensory testing reproduced concordant back pain, motor testing showed no leg
twitch. Each nerve got 0.5 mL of 2% lidocaine, then a thermal lesion at 85 degrees C for 90 seconds. Post-procedure
pain 4/10. Discharged home with his son.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)], pain=(6, 4), need=SPINE_NEED,
        codes=[line("64635", "50"), line("64636", "50", units=1)], findings=["complications"], complications=None,
        dos="2026-01-13", pos="24",
        comment="repeat RFA with 75% relief for ten months (over 180 days); two sessions in 12 months; "
                "complications never addressed")

    add("fct-h-si-02", "hand_prose", """
Office visit with diagnostic SI joint injection.

56-year-old man, left buttock pain just below the dimple, sometimes into the back of the left thigh but never below
the knee, for 9 months since a fall on the ice. Rates it 6-9/10. Physical therapy for 6 weeks and an SI belt did not
help; ibuprofen did not help either. He cannot sit through a movie and gets out of the car in stages.

ROS negative. History of kidney stones, asthma. Meds: albuterol. Allergies: none known.

Exam: tender left sacral sulcus; positive thigh thrust, distraction, compression and Gaenslen's on the left.
Straight-leg raise negative; lower limb strength, sensation and reflexes normal.

Imaging: lumbar MRI with mild disc bulges only; pelvis X-ray normal.

Assessment: Sacroiliitis (M46.1), left. Plan: diagnostic left SI joint injection with local anesthetic only.

Procedure: Left sacroiliac joint injection, diagnostic, fluoroscopic guidance. He signed consent. Time-out. Pre-
procedure pain 8/10. Skin wheal with 1 mL of 1% lidocaine. A 22-gauge needle was guided into the lower third of the
left SI joint; 0.5 mL Omnipaque 240 outlined the joint. I injected 2 mL of 0.5% bupivacaine. A single AP image was
saved. After 20 minutes of walking and sitting his pain was 1/10, roughly 85 percent relief. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                  imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 10), given("iohexol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(8, 1), need=SPINE_NEED, codes=[line("27096", "LT")], findings=["saved_images"],
        dos="2026-08-11", pos="11", comment="a single saved view: saved_images")

    add("fct-h-tpi-02", "hand_prose", """
Follow-up, right upper back pain; trigger point injections.

44-year-old hairdresser with right upper back and shoulder girdle pain for the last 7 months, a band of ache between
the right shoulder blade and the neck. 4-8/10. Massage and a month of PT helped only while she was there; naproxen
upsets her stomach. She has to stop after three clients a day.

ROS negative for arm numbness or weakness. PMH: asthma. Meds: fluticasone inhaler. No allergies.

Exam: palpable taut bands with twitch responses and referred pain into the shoulder in the right upper trapezius and
the right rhomboid. Neck motion full; arm strength, reflexes and sensation normal.

Imaging: none needed.

Assessment: Myofascial pain, right upper back and shoulder girdle (M79.18). Plan: trigger point injections today.

Procedure: trigger point injections, right upper trapezius and right rhomboid (2 muscles). Consent obtained;
time-out done. Pain before the injections 7/10. Each trigger point was injected with 2 mL of 1% lidocaine and 10 mg
of triamcinolone (0.25 mL Kenalog-40), with twitch responses. Pain after 3/10. No complications. Stretching
handout given.
""", procs=[proc("trigger_point")], drugs=[given("lidocaine", 40), given("triamcinolone_acetonide", 20)],
        pain=(7, 3), need=("diagnosis",), codes=[line("20552"), line("J3301", units=2)],
        findings=["percent_relief"], dos="2025-04-08", pos="11",
        comment="pre and post scores only, no percent relief stated: percent_relief (tpi.percent_relief is stated: true)")

    add("fct-h-gon-02", "hand_prose", """
Office visit, left occipital pain, nerve block under ultrasound.

50-year-old woman with sharp, shooting pain from the left base of the skull over the left scalp to behind the eye,
for eight months since a whiplash injury. Attacks daily, 6-9/10. Gabapentin up to 900 mg a day and two months of
physical therapy did not touch it. She is missing work.

ROS negative for vision loss or weakness. History: depression, irritable bowel. Meds: bupropion. Allergies: latex.

Exam: exquisite tenderness over the left greater occipital nerve at the nuchal line with tingling into the scalp;
right side non-tender. Neuro exam otherwise normal.

Imaging: cervical X-rays normal.

Assessment: Occipital neuralgia, left (M54.81). Plan: left greater occipital nerve block under ultrasound.

Procedure: Left greater occipital nerve block, ultrasound guided. Consent signed; time-out. Pre 6/10. Linear probe
over the obliquus capitis inferior at C2; the left greater occipital nerve was seen superficial to the muscle and a
25-gauge needle was placed next to it in plane. Injected 3 mL of 0.5% bupivacaine with dexamethasone 4 mg (1 mL of
4 mg/mL). An ultrasound image of the needle beside the nerve was saved to the chart. Post 1/10, no complications.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                  imaging="ultrasound")],
        drugs=[given("bupivacaine", 15), given("dexamethasone_sodium_phosphate", 4)], pain=(6, 1),
        need=("diagnosis",), codes=[line("64405", "LT"), line("76942"), line("J1100", units=4)], findings=[],
        dos="2026-09-29", pos="11")

    add("fct-h-knee-02", "hand_prose", """
Office visit, both knees.

74-year-old woman with pain in both knees for years, the last 18 months much worse, 5-8/10, worse on stairs and
after standing at church. Physical therapy last fall and acetaminophen have not helped enough; she cannot take
NSAIDs because of her kidneys. She now uses a walker outside the house.

ROS: no fevers, no calf swelling. PMH: chronic kidney disease stage 3b, diabetes. Meds: insulin, atorvastatin.
Allergies: none.

Exam: bilateral knee crepitus, medial joint line tenderness and small effusions on both sides, range 5-105 degrees
both knees, stable ligaments, pulses intact.

Imaging: standing X-rays with medial joint space narrowing and osteophytes in both knees.

Assessment: Bilateral primary osteoarthritis of knee (M17.0). Plan: bilateral knee steroid injections today; we
went over glucose monitoring afterwards.

Procedure: Bilateral knee intra-articular injections, landmark technique, no imaging. Time-out with the medical
assistant. Pre-procedure pain 6/10. Each knee was prepped with chlorhexidine and entered from the superolateral
approach with a 22-gauge needle; each received Kenalog-40, 1 mL (40 mg), with 3 mL of 1% lidocaine. No complications.
Post-procedure pain 2/10.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="bilateral",
                  imaging="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 60)], pain=(6, 2), need=("diagnosis",),
        codes=[line("20610", "50"), line("J3301", units=8)], findings=["consent"], consent=False,
        dos="2026-04-28", pos="11", comment="no consent statement anywhere: consent")

    add("fct-h-shoulder-02", "hand_prose", """
Hospital outpatient clinic. Left shoulder.

66-year-old man with deep left shoulder pain for two and a half years, worse at night and with reaching behind his
back. He describes it as severe most days. Physical therapy twice and NSAIDs did not help; an orthopedic surgeon
wants to delay replacement because of his heart. He cannot lift his arm to shave or reach a cupboard.

ROS negative for neck pain, arm numbness or fever. PMH: coronary artery disease with bypass in 2023, type 2
diabetes. Meds: clopidogrel, metformin, metoprolol. Allergies: none.

Exam: left shoulder with painful, restricted motion in all planes (abduction 80 degrees, external rotation 15),
crepitus; cuff strength 5/5; neck exam benign; neurovascularly intact.

Imaging: left shoulder X-rays with severe glenohumeral joint space loss and inferior osteophytes.

Assessment: Primary osteoarthritis, left shoulder (M19.012). Plan: ultrasound-guided left glenohumeral injection
today.

Procedure: Left glenohumeral joint injection, posterior approach under ultrasound guidance. Consent signed.
Time-out completed. A curvilinear probe showed the posterior joint line; a 22-gauge spinal needle was advanced in
plane into the joint and the needle position image was saved. I injected 40 mg triamcinolone (1 mL Kenalog-40) and
4 mL of 1% lidocaine. Pain afterwards 2/10. No complications.
""", procs=[proc("joint_injection", approach="intra_articular", target="shoulder", region="shoulder",
                  laterality="left", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(None, 2), need=("diagnosis",),
        codes=[line("20611", "LT")], findings=["pre_procedure_pain_score"], dos="2025-11-18", pos="22",
        comment="pain described only in words before the injection ('severe most days'): pre_procedure_pain_score; "
                "no drug line in a facility")

    add("fct-h-hip-02", "hand_prose", """
Office visit, left hip.

58-year-old woman, former runner, with left groin pain for 14 months that now wakes her at night. 5-8/10. Eight
weeks of PT did not help and meloxicam gave her heartburn. She cannot put on her left shoe without help and has
stopped walking her usual two miles.

ROS negative for back pain, numbness, fever. PMH: GERD, osteopenia. Meds: pantoprazole, calcium. Allergies:
amoxicillin.

Exam: left hip internal rotation 5 degrees and painful, positive FADIR and log roll on the left. Back exam normal;
strength, sensation and reflexes normal.

Imaging: left hip X-ray with superior joint space narrowing and a cam deformity.

Assessment: Unilateral primary osteoarthritis, left hip (M16.12). Plan: left hip injection today.

Procedure: Left hip intra-articular injection with ultrasound guidance. Consent signed, time-out completed. Pre-
injection pain 7/10. A curvilinear probe was aligned along the femoral neck; a 22-gauge spinal needle was advanced in
plane to the anterior head-neck junction under real-time ultrasound. No image was saved because the archive was
down. Injected 2 mL Depo-Medrol 40 mg/mL (80 mg) with 4 mL of 1% lidocaine. Pain 2/10 afterwards. No complications.
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="left",
                  imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 40)], pain=(7, 2), need=("diagnosis",),
        codes=[line("20610", "LT"), line("J1010", units=80)], findings=[], dos="2026-10-20", pos="11",
        comment="ultrasound without a saved image: 20610, not 20611")

    add("fct-h-gnb-02", "hand_prose", """
Left knee pain, diagnostic genicular nerve block.

76-year-old man with left knee pain for five years, medial and front of the knee, 6-9/10. Injections of steroid and
gel, PT and a brace no longer help; he is not a candidate for knee replacement because of severe COPD. He cannot
walk to the mailbox without stopping.

ROS: chronic dyspnea, otherwise negative. PMH: COPD on home oxygen at night, hypertension. Meds: budesonide-
formoterol, amlodipine. Allergies: none.

Exam: left knee varus with crepitus and medial joint line tenderness, no effusion, range 0-100 degrees; ligaments
stable; distal pulses and sensation intact.

Imaging: left knee X-rays with severe medial compartment narrowing.

Assessment: Unilateral primary osteoarthritis, left knee (M17.12). Plan: diagnostic left genicular nerve block to
decide about radiofrequency ablation.

Procedure: Left genicular nerve block, diagnostic, ultrasound guided. Consent signed, time-out done. Pre-procedure
pain 8/10. With a linear probe, the superomedial, superolateral and inferomedial genicular nerves were found beside
the genicular arteries at the shaft-epicondyle junctions; at each, 2 mL of 0.25% bupivacaine was injected through a
25-gauge needle. Post-procedure pain 2/10 on walking the hallway. No complications.
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="ultrasound",
                  intent="diagnostic")],
        drugs=[given("bupivacaine", 15)], pain=(8, 2), need=("diagnosis",), codes=[line("64454", "LT")], findings=[],
        dos="2026-06-23", pos="11")

    add("fct-h-tfesi-03", "hand_prose", """
Clinic visit and right L4-5 transforaminal injection with moderate sedation.

61-year-old man with right thigh and shin pain for 3 months: from the front of the right thigh across the knee to
the inner shin and ankle, with numbness over the inner shin. Six weeks of PT and a course of meloxicam gave no relief;
oxycodone from urgent care made him confused and was stopped. He has missed work as a forklift driver for five weeks
and cannot climb the stairs to his apartment without resting.

ROS negative for bowel or bladder change, fever. PMH: generalized anxiety disorder with severe procedural anxiety,
hypertension. Meds: escitalopram, lisinopril. Allergies: none known.

Exam: femoral nerve stretch test positive on the right, knee extension 4/5 on the right, patellar reflex diminished
on the right, reduced pinprick over the right medial shin.

MRI: right foraminal disc protrusion at L4-L5 compressing the exiting right L4 root.

Assessment: Lumbar radiculopathy (M54.16), right L4. Plan: right L4-L5 transforaminal epidural steroid injection
with moderate sedation given his severe procedural anxiety, with panic and inability to hold still prone when
awake.

Procedure: Right L4-L5 transforaminal epidural steroid injection. Consent signed, including for sedation. Time-out
done. Pre-procedure pain 7/10. Moderate sedation was administered by me with a registered nurse as independent
observer monitoring pulse oximetry, blood pressure and responsiveness: midazolam 2 mg IV and fentanyl 50 mcg IV.
Sedation start 09:12, end 09:31 (19 minutes of intraservice time). Skin wheal with 2 mL of 1% lidocaine. Under
fluoroscopy, a 22-gauge needle was placed into the right L4-5 foramen; Omnipaque 240, 1 mL, showed epidural and
perineural flow without vascular uptake. Injected 1 mL Kenalog-40 (40 mg) with 1 mL of 1% lidocaine. AP and
lateral images saved. No complications. Post-procedure pain 3/10; discharged after recovery criteria were met.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                  levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 50, "mcg"), given("lidocaine", 30), given("iohexol", 1, "ml"),
               given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("99152"), line("J3301", units=4)],
        findings=[], dos="2026-03-03", pos="11",
        comment="moderate sedation by the proceduralist, observer, agents, doses, times and justification written; "
                "19 minutes: 99152 only")

    add("fct-h-ilesi-03", "hand_prose", """
Surgery center, lumbar epidural. New left leg pain.

48-year-old woman with left leg pain that began three weeks ago after lifting a suitcase: from the left buttock down
the back of the thigh and calf to the heel, with numbness of the little toe. Pain 7-10/10. She started naproxen ten
days ago without relief. She cannot sit at her desk for more than 15 minutes and has been sleeping in a chair.

ROS negative for saddle anesthesia, incontinence, fever. PMH: migraine. Meds: naproxen, sumatriptan as needed.
Allergies: none.

Exam: straight-leg raise positive on the left at 30 degrees with crossed sign negative, ankle reflex absent on the
left, plantar flexion 4+/5 on the left, reduced light touch along the lateral left foot.

MRI lumbar spine: large left paracentral disc extrusion at L5-S1 compressing the traversing left S1 root.

Assessment: Lumbar intervertebral disc disorder with radiculopathy, lumbosacral region (M51.17), left S1. She
requests an injection now rather than waiting; we discussed that a surgical consult is also reasonable.

Procedure: L5-S1 interlaminar epidural steroid injection, left paramedian. Consent reviewed and signed. Time-out
performed. Pre-procedure pain 8/10. Under fluoroscopy a 20-gauge Tuohy needle was advanced to the L5-S1 epidural
space by loss of resistance to saline; Isovue-M 200, 1 mL, confirmed epidural spread toward the left. Injected
Celestone Soluspan 12 mg (2 mL of 6 mg/mL) with 2 mL of preservative-free saline. AP and lateral images saved. No
complications. Post-procedure pain 4/10.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", laterality="left",
                  levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(8, 4), need=minus(ESI_NEED, "symptom_duration", "conservative_care"), codes=[line("62323")],
        findings=["conservative_care", "symptom_duration"], dos="2025-01-28", pos="24",
        comment="pain for three weeks (under 4) and ten days of naproxen (under 4 weeks of care)")
