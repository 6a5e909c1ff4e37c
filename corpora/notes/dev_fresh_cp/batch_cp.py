"""Sealed precision batch dev_fresh_cp: 30 long academic notes (fellow + attending, teaching hospital).

Each note carries many sections (chief complaint, HPI, past interventional history with dates and results,
medications, allergies, ROS, exam, imaging, assessment, plan, procedure, post-procedure, attestation), so that
every element today's procedure requires is written once among a lot of unrelated text. Six notes leave one
element out on purpose (`findings`). Gold labelled by hand from the text, never by running Painpoint.
"""

ATTEST = "Teaching physician attestation: I was present for the entire procedure, including needle placement and injection, and I agree with the fellow's documentation above."


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    spine_img = SPINE_NEED + ("imaging_findings",)

    # ------------------------------------------------------------------ transforaminal epidural (7)
    add("fcp-tfesi-01", "academic_headers", """
INTERVENTIONAL PAIN MEDICINE - PROCEDURE NOTE (FELLOW)

CHIEF COMPLAINT: Right leg pain worse than back pain.

HISTORY OF PRESENT ILLNESS: 58-year-old man referred from the spine surgery clinic. He describes a burning, electric pain that starts in the right buttock and travels along the lateral thigh and shin to the top of the right foot, with tingling in the great toe. Symptoms began after he lifted a water heater roughly seven months ago and have not settled since. At its worst the pain reaches 9/10 in the evenings. He can no longer walk his dog beyond the end of the street, has stopped playing golf, and wakes two or three times a night from the leg pain.

CONSERVATIVE TREATMENT: Ten weeks of supervised physical therapy (core stabilisation, McKenzie program) ended in August without any lasting change in the leg pain. Naproxen caused dyspepsia and was stopped; gabapentin 300 mg three times daily left him sedated at work.

PAST INTERVENTIONAL HISTORY: None. No previous epidural steroid injections or spine surgery.

CURRENT MEDICATIONS: Acetaminophen 1 g twice daily, omeprazole 20 mg daily, lisinopril 10 mg daily.

ALLERGIES: Penicillin (hives).

REVIEW OF SYSTEMS: Negative for fever, weight loss, night sweats, saddle numbness, urinary retention or bowel incontinence. Positive for sleep disturbance.

PHYSICAL EXAM: Antalgic gait favouring the right. Straight-leg raise positive on the right at 35 degrees, reproducing pain below the knee; negative on the left. Extensor hallucis longus 4/5 on the right, 5/5 on the left. Diminished light touch over the dorsum of the right foot. Reflexes symmetric.

IMAGING: MRI lumbar spine (outside study, reviewed on our system): right paracentral disc extrusion at L4-L5 contacting the descending right L5 nerve root, with mild right foraminal narrowing at L5-S1. No high-grade central stenosis.

ASSESSMENT: Lumbar disc herniation with radiculopathy, right L5 distribution (M51.16).

PLAN: Right L4-L5 and L5-S1 transforaminal epidural steroid injection today. Continue home exercise program. Follow up in clinic in four weeks.

PROCEDURE: Right L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy.
Written informed consent was obtained after discussing risks including infection, bleeding, nerve injury, headache and steroid effects; alternatives were reviewed. A time-out confirming patient, side, levels and procedure was completed before the prep. Pain before the procedure: 8/10.
The patient lay prone on the fluoroscopy table. The skin was prepped with chlorhexidine and draped. The skin was anesthetized with a total of 4 mL of 1% lidocaine. Under fluoroscopic guidance a 22-gauge 3.5-inch spinal needle was advanced to the right L4-L5 foramen and a second needle to the right L5-S1 foramen using an oblique subpedicular approach. Omnipaque 240, 1 mL at each level, outlined the exiting nerve roots with epidural spread and no vascular uptake on live fluoroscopy. At each level 5 mg of dexamethasone (1.25 mL of 4 mg/mL) was injected slowly, for a total of 10 mg.
AP and lateral fluoroscopic images were saved to the record.
There were no complications. Estimated blood loss minimal.

POST-PROCEDURE: Observed 20 minutes. Pain after the injection 3/10. Strength unchanged. Discharged ambulatory with a driver and written instructions.

""" + ATTEST,
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT", units=1)], findings=[],
        dos="2025-02-18", pos="22")

    add("fcp-tfesi-02", "academic_headers", """
PAIN MEDICINE FELLOWSHIP - PROCEDURE NOTE

CHIEF COMPLAINT: Recurrent left buttock and calf pain.

HPI: 66-year-old woman, known to our service, with left S1-pattern pain for the past 14 months: aching in the left buttock with a sharp band down the back of the thigh into the calf and the outer border of the foot. She now walks less than ten minutes before needing to sit, cannot stand long enough to cook a meal, and has given up her water aerobics class.

PRIOR TREATMENT: Physical therapy for twelve weeks in 2023, which gave her no relief of the leg symptoms. Duloxetine was stopped because of nausea. She continues a daily walking program as tolerated.

PAST INTERVENTIONAL HISTORY: Left L5-S1 transforaminal epidural steroid injection on 2023-11-07 with about 60% relief of the leg pain that lasted four months before the pain gradually returned. No spine surgery.

MEDICATIONS: Levothyroxine 75 mcg, amlodipine 5 mg, calcium with vitamin D, acetaminophen as needed.

ALLERGIES: No known drug allergies.

ROS: Denies fever, chills, new weakness, bladder or bowel changes, saddle anesthesia. Reports poor sleep from leg pain. All other systems reviewed and negative.

EXAM: Slow but steady gait. Seated slump test positive on the left. Left ankle reflex diminished compared with the right. Mild weakness of left plantar flexion (can do only six single-leg heel raises). Decreased pinprick on the lateral left foot.

IMAGING: MRI lumbar spine from 2023 shows a left foraminal disc protrusion at L5-S1 with moderate left foraminal stenosis and contact of the exiting left L5 and traversing S1 roots. Mild facet arthropathy at L4-L5.

IMPRESSION: Lumbosacral radiculopathy, left (M54.17). Repeat procedure given the good response last time.

PROCEDURE PERFORMED: Repeat left L5-S1 transforaminal epidural steroid injection, fluoroscopic guidance.
Consent: risks, benefits and alternatives were discussed and she signed the consent form. Universal protocol time-out completed with the whole team. Pre-procedure pain 7/10.
Technique: prone position, sterile prep and drape. 3 mL of 1% lidocaine to the skin. A 22-gauge spinal needle was guided with fluoroscopy to the left L5-S1 neuroforamen. Omnipaque 300, 1 mL, showed good epidural and perineural flow along the left nerve root, no intravascular or intrathecal pattern. Injectate: triamcinolone 40 mg (Kenalog-40, 1 mL) mixed with 1 mL of 0.25% bupivacaine.
One spot image was stored.
No complications occurred.

POST-PROCEDURE: Vital signs stable. Post-procedure pain 2/10. Discharged home with her husband.

FOLLOW-UP: Clinic in six weeks; call for fever or new weakness.

""" + ATTEST,
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 2.5)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT")], findings=["saved_images"],
        dos="2024-08-06", pos="24",
        comment="Gap: a single stored image (a stated count below two views). Repeat with 60% relief for four months.")

    add("fcp-tfesi-03", "academic_titled", """
Department of Anesthesiology, Division of Pain Medicine
Procedure Note

Chief Complaint
Right arm pain and numbness of the middle finger.

History of Present Illness
This 49-year-old right-handed electrician presents with right neck pain radiating over the back of the shoulder, down the posterior arm and forearm into the right middle finger. Onset was gradual, about nine months ago. He now drops tools, cannot work overhead for more than a few minutes, and has trouble sleeping on the right side.

Treatment to Date
He completed eight weeks of cervical traction and physical therapy with no improvement in the arm pain. A six-day methylprednisolone dose pack in the spring gave relief for a week only. Meloxicam 15 mg daily has not helped.

Prior Interventions
None.

Medications
Meloxicam 15 mg daily, sertraline 50 mg daily, cyclobenzaprine 5 mg at night as needed.

Allergies
Sulfa drugs (rash).

Review of Systems
No gait imbalance, no hand clumsiness on the left, no bowel or bladder symptoms. No fevers. Remaining systems negative.

Examination
Spurling maneuver reproduces right arm pain. Triceps strength 4/5 on the right. Right triceps reflex 1+, left 2+. Reduced sensation over the right middle finger. Hoffmann sign negative bilaterally.

Imaging
Cervical MRI: uncovertebral hypertrophy and a disc osteophyte complex at C6-C7 causing severe right foraminal stenosis; the left foramen is patent. No cord signal change.

Assessment
Cervical radiculopathy, right C7 (M54.12).

Plan
Right C6-C7 transforaminal epidural steroid injection today with non-particulate steroid.

Procedure
Right C6-C7 transforaminal epidural steroid injection with fluoroscopic guidance.
The procedure, its risks (including spinal cord injury and stroke), benefits and alternatives were explained and informed consent was signed. A time-out was performed before starting. Pain score before the injection: 6/10.
The patient was positioned supine with the head turned to the left. After sterile prep, the skin was infiltrated with 2 mL of 1% lidocaine. Using an oblique fluoroscopic view, a 25-gauge blunt-tip needle was advanced to the posterior aspect of the right C6-C7 neural foramen. Under live and digital subtraction imaging, Isovue-M 200, 1 mL, outlined the nerve root and epidural space without vascular filling. Dexamethasone 4 mg (1 mL) was then injected.
AP and oblique images were saved.
There were no complications.

Post-Procedure
Monitored for 30 minutes. Neurologic exam unchanged. Pain score after the injection: 2/10. Discharged with a companion.

""" + ATTEST,
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 2), need=ESI_NEED, codes=[line("64479", "RT")], findings=[], dos="2025-10-09", pos="22")

    add("fcp-tfesi-04", "academic_headers", """
OUTPATIENT PAIN CLINIC - PROCEDURE NOTE

CHIEF COMPLAINT: Both legs ache and go numb with walking.

HPI: 74-year-old retired teacher with pain in both buttocks and the backs of both thighs into the calves for about two years, worse over the past six months. Walking more than one block brings on heaviness and numbness of both legs that eases only when she sits; she now uses a shopping cart for support and has stopped attending church because of standing. Average pain this week 6/10.

CONSERVATIVE CARE: Physical therapy with flexion-based exercise for six weeks this spring did not change her walking tolerance. Gabapentin was not tolerated (dizziness). Acetaminophen helps only slightly.

INTERVENTIONAL HISTORY: Bilateral L5-S1 transforaminal epidural steroid injection on 2025-07-15 with roughly 65% improvement in leg pain and walking that lasted about five months.

MEDICATIONS: Acetaminophen 650 mg three times daily, metformin 500 mg twice daily, losartan 50 mg daily, apixaban held for three days before today per cardiology.

ALLERGIES: Codeine (vomiting).

ROS: No fever, no weight loss, no saddle numbness, no new incontinence. Positive for leg fatigue with walking.

EXAM: Stooped posture. Lumbar extension reproduces bilateral buttock and thigh pain. Straight-leg raise negative bilaterally. Decreased vibration sense at both great toes. Ankle reflexes absent bilaterally. Strength 5/5 throughout. Pedal pulses palpable.

IMAGING: MRI lumbar spine: severe bilateral foraminal stenosis at L5-S1 from a broad disc bulge and facet hypertrophy with grade 1 anterolisthesis; moderate central canal stenosis at L4-L5.

ASSESSMENT: Spinal stenosis, lumbar region, with neurogenic claudication (M48.062), bilateral L5-S1 foraminal component.

PLAN: Repeat bilateral L5-S1 transforaminal epidural steroid injection today. Resume apixaban tomorrow morning.

PROCEDURE NOTE: Bilateral L5-S1 transforaminal epidural steroid injection, fluoroscopically guided.
Consent was reviewed with the patient and signed. Time-out performed, confirming identity, procedure and both sides. Pain prior to procedure: 7/10.
In the prone position the lumbosacral area was prepped and draped. 2 mL of 1% lidocaine was used for skin anesthesia on each side. Under fluoroscopy, 22-gauge needles were placed into the right and left L5-S1 foramina. Omnipaque 240, 1 mL per side, confirmed epidural spread along both L5 roots without vascular runoff. Dexamethasone 5 mg was injected on each side.
Permanent AP and lateral images were recorded.
The patient tolerated the procedure well. No complications.

POST-PROCEDURE: Pain after the procedure: 3/10. Ambulated to the car with her daughter.

""" + ATTEST,
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "50"), line("J1100", units=10)], findings=[],
        dos="2026-05-12", pos="11",
        comment="Office: dexamethasone 10 mg billed J1100 x10 (no container stated, so no JZ). Intake average 6/10 is not the pre-procedure score.")

    add("fcp-h-tfesi-01", "academic_dictated", """
Pain Medicine Procedure Note, dictated by the pain fellow.

Chief complaint: left anterior thigh and knee pain.

History: This is a 61-year-old man with left-sided leg pain for the last eleven months, which he describes as a deep ache in the groin and front of the thigh with pins and needles over the inner knee and shin. He had to leave his warehouse job because he can no longer climb ladders or carry loads, and he has trouble getting in and out of the car. A home exercise program and eight weeks of formal physical therapy made no difference to the thigh pain, tramadol made him constipated and confused, and he stopped it.

Past interventional history: a left L4-L5 facet injection in 2022 at another practice that did not help. No epidural injections before today.

Medications at home: lidocaine 5% patch to the low back daily, tamsulosin 0.4 mg, rosuvastatin 10 mg, aspirin 81 mg (continued).

Allergies: none known.

Review of systems is negative for fever, chills, unintentional weight loss, saddle anesthesia and bladder dysfunction, positive for numbness of the left shin.

Exam: femoral stretch test positive on the left. Quadriceps 4/5 on the left with a reduced left patellar reflex. Decreased light touch over the medial left knee and shin. Hip range of motion full and painless.

Imaging: his lumbar MRI shows a left foraminal disc protrusion at L3-L4 compressing the exiting left L3 root and left lateral recess narrowing at L4-L5 affecting the L4 root.

Assessment: lumbar radiculopathy, left L3 and L4 (M54.16).

Plan: left L3-L4 and L4-L5 transforaminal epidural steroid injection, which we did today.

Procedure: after a discussion of the risks and benefits he gave written consent. We did a time-out with the nurse and radiology technologist. He rated his pain 9/10 beforehand. With the patient prone and the back prepped and draped, we anesthetized the skin with 4 mL of 1% lidocaine in total. Using fluoroscopy we placed a 22-gauge needle to the left L3-L4 foramen and a second one at the left L4-L5 foramen. Omnipaque 180, 1.5 mL at each level, gave a clean epidural and perineural pattern with no vascular uptake. Each level then received 0.5 mL of Celestone Soluspan (6 mg/mL) with 1 mL of 0.25% bupivacaine, so 6 mg of betamethasone in all. Two fluoroscopic views, AP and lateral, were archived to PACS. No complications.

Afterwards he rested in recovery for twenty minutes and his pain was 4/10. He left with his wife.

""" + ATTEST,
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 40), given("iohexol", 3, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("bupivacaine", 5)],
        pain=(9, 4), need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT", units=1)], findings=[],
        dos="2026-09-22", pos="22",
        comment="Home lidocaine patch is a medication-list entry, not an administered drug; lidocaine = 40 mg skin only. Prior facet injection is another family, so no repeat.")

    add("fcp-h-tfesi-02", "academic_dictated", """
Interventional pain procedure note.

Chief complaint: right buttock and calf pain with numbness of the sole.

History of present illness: a 53-year-old woman, a nurse, with right-sided sciatica for five months. The pain runs from the right buttock down the back of the thigh and calf to the heel and the sole, with numbness of the little toe. She can no longer finish a twelve-hour shift, has trouble putting on her shoes and socks, and cannot sit through a meal. She completed a course of physical therapy over eight weeks and takes meloxicam.

Past interventional history: no prior spinal injections or surgery.

Medications: meloxicam 7.5 mg daily, oral contraceptive, vitamin D.

Allergies: latex (contact dermatitis); latex-free setup used.

Review of systems: no fevers, night sweats or weight loss; no bowel or bladder changes; no saddle numbness.

Examination: straight-leg raise positive on the right at 40 degrees. Right ankle reflex absent, left 2+. Weak right toe walking. Reduced pinprick over the right lateral foot and sole.

Imaging: MRI of the lumbar spine showing a right-sided L5-S1 disc extrusion displacing the traversing right S1 nerve root in the lateral recess.

Assessment: right S1 radiculopathy (M54.17) secondary to the L5-S1 disc extrusion.

Plan: right S1 transforaminal epidural steroid injection today; reassess in four weeks.

Procedure: right S1 transforaminal epidural steroid injection under fluoroscopy. Risks and alternatives were reviewed and informed consent was signed. A time-out was carried out. Pre-procedure pain 6/10. Prone position, sterile prep. The skin was numbed with 3 mL of 1% lidocaine. With the fluoroscope aligned on the right S1 posterior foramen, a 22-gauge needle was advanced into the right S1 foramen. Isovue-M 300, 1 mL, showed flow along the S1 root and into the epidural space; no vascular pattern. Dexamethasone 10 mg was injected. AP and lateral images were saved. There were no complications.

Post-procedure: pain 1/10 at discharge. Mild numbness of the right foot from the local anesthetic was explained.

""" + ATTEST,
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 1), need=minus(ESI_NEED, "conservative_care"), codes=[line("64483", "RT")],
        findings=["conservative_care"], dos="2024-11-14", pos="22",
        comment="Gap: physical therapy and meloxicam are listed without any outcome (no failure stated).")

    add("fcp-h-tfesi-03", "academic_titled", """
Division of Pain Medicine - Procedure Note

Chief Complaint: Left shoulder blade and arm pain.

History of Present Illness: 57-year-old woman with left-sided neck pain spreading to the shoulder blade and down the outer arm to the thumb and index finger for the past ten months. She has had to stop driving long distances, cannot lift her grandson, and her sleep is broken by arm pain most nights.

Conservative Management: Six weeks of physical therapy and cervical traction failed to relieve the arm pain; pregabalin caused leg swelling and was discontinued; acupuncture for a month brought no lasting benefit.

Prior Procedures: No prior epidural injections. Left carpal tunnel release in 2019 (nerve conduction studies this year show no recurrence).

Medications: Venlafaxine 75 mg, levothyroxine 50 mcg, acetaminophen.

Allergies: Iodine-containing antiseptic caused skin irritation in the past; chlorhexidine used instead.

Review of Systems: No gait change, no bowel or bladder complaints, no fever. Positive for left hand tingling.

Physical Exam: Spurling test positive on the left. Biceps and wrist extensors 4/5 on the left. Left brachioradialis reflex reduced. Diminished sensation over the left thumb and index finger.

Imaging: Cervical MRI shows left foraminal stenosis at C5-C6 (severe) and C6-C7 (moderate) from uncovertebral spurs, no cord compression.

Assessment: Cervical radiculopathy, left C6 and C7 (M54.12).

Plan: Left C5-C6 and C6-C7 transforaminal epidural steroid injection today.

Procedure: Left C5-C6 and C6-C7 transforaminal epidural steroid injection, fluoroscopic guidance.
Consent: The patient signed informed consent after risks, including vascular injury, were discussed.
Time-out completed. Initial pain 7/10.
Supine, head rotated to the right. Chlorhexidine prep. 2 mL of 1% lidocaine for the skin. Blunt 25-gauge needles were placed at the left C5-C6 and C6-C7 foramina in the oblique view. Isovue-M 200, 0.8 mL per level, with digital subtraction, showed perineural and epidural spread without arterial uptake. Dexamethasone 3 mg was injected at each level.
Images: AP and oblique views saved.
Complications: None.

Post-Procedure: Pain 2/10 after 30 minutes of observation. Discharged with her husband.

""" + ATTEST,
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iopamidol", 1.6, "ml"), given("dexamethasone_sodium_phosphate", 6)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64479", "LT"), line("64480", "LT", units=1)], findings=[],
        dos="2026-01-27", pos="24")

    # ------------------------------------------------------------------ interlaminar / caudal (5)
    add("fcp-ilesi-01", "academic_headers", """
PAIN MEDICINE PROCEDURE NOTE - TEACHING SERVICE

CHIEF COMPLAINT: Pain and heaviness in both legs with standing and walking.

HPI: 69-year-old man with three years of low back pain and, for the past eight months, aching and cramping in both thighs and calves that comes on after about five minutes of walking and resolves with sitting or leaning forward. He can no longer walk through the grocery store without leaning on the cart, stopped volunteering at the food bank, and needs to sit to shave.

NONOPERATIVE CARE: Twelve weeks of physical therapy in 2024 without improvement in walking tolerance; celecoxib gave him no relief and was stopped; he declined opioids.

PRIOR INTERVENTIONS: L5-S1 interlaminar epidural steroid injection on 2024-06-18 with about 70% relief of leg symptoms lasting six months.

MEDICATIONS: Tamsulosin, metoprolol succinate 50 mg, aspirin 81 mg, vitamin B12.

ALLERGIES: NKDA.

ROS: Negative for fever, chills, saddle numbness, new urinary incontinence, weight loss. Positive for leg cramps.

EXAM: Forward-flexed gait. Pain with lumbar extension reproducing bilateral thigh symptoms. Strength full. Patellar reflexes 1+, ankle reflexes trace bilaterally. Romberg negative. Distal pulses present.

IMAGING: Lumbar MRI: severe central canal stenosis at L4-L5 and moderate at L5-S1 from ligamentum flavum hypertrophy and disc bulging, bilateral lateral recess narrowing.

ASSESSMENT: Lumbar spinal stenosis with neurogenic claudication (M48.062).

PLAN: Repeat L5-S1 interlaminar epidural steroid injection today, given the prior response. Surgical referral discussed; he prefers to defer.

PROCEDURE: L5-S1 interlaminar epidural steroid injection, midline approach, fluoroscopic guidance.
Informed consent obtained and signed. Time-out performed with all staff present. Pre-procedure pain 8/10.
Prone with a pillow under the abdomen. Sterile prep and drape. The skin over the L5-S1 interspace was anesthetized with 3 mL of 1% lidocaine. A 20-gauge Tuohy needle was advanced under fluoroscopy to the L5-S1 interlaminar space, and the epidural space was identified by loss of resistance to saline. Omnipaque 240, 2 mL, produced an epidurogram with bilateral spread and no intrathecal or vascular filling. A mixture of 80 mg of triamcinolone (2 mL of Kenalog-40) and 3 mL of preservative-free normal saline was injected.
AP and lateral fluoroscopic images were saved.
No complications.

POST-PROCEDURE: Pain 4/10 at discharge. Neuro exam unchanged. Left with his son.

""" + ATTEST,
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 4), need=ESI_NEED, codes=[line("62323")], findings=[], dos="2025-04-03", pos="22",
        comment="80 mg triamcinolone is at, not over, the ceiling. Repeat with 70% for six months.")

    add("fcp-ilesi-02", "academic_titled", """
Pain Medicine Fellowship Clinic
Procedure Note

Chief Complaint: Neck pain with left arm pain.

History of Present Illness: 45-year-old software developer with left neck pain radiating across the trapezius, down the lateral arm and into the left thumb for about seven months. He cannot type for more than twenty minutes, has stopped his gym routine and sleeps in a recliner.

Conservative Therapy: Eight weeks of physical therapy with traction and a home program did not relieve the arm symptoms; a prednisone taper gave a few days of benefit; ibuprofen does not help.

Past Interventional History: None before today.

Medications: Ibuprofen as needed, escitalopram 10 mg daily.

Allergies: Seasonal allergies only; no drug allergies.

Review of Systems: Negative for myelopathic symptoms (no balance problems, no hand clumsiness), fever or weight loss.

Physical Examination: Positive Spurling test on the left reproducing thumb paresthesias. Left biceps 4+/5. Left biceps reflex diminished. Sensation reduced over the left thumb.

Imaging: Cervical MRI reveals a left paracentral disc protrusion at C5-C6 with left foraminal narrowing and contact with the exiting left C6 root; mild degenerative change at C6-C7.

Assessment: Cervical radiculopathy (M54.12), left C6.

Plan: Cervical interlaminar epidural steroid injection at C7-T1 with left paramedian approach.

Procedure: C7-T1 interlaminar epidural steroid injection, fluoroscopically guided.
Written consent was signed after discussion of risks (dural puncture, headache, infection, bleeding, neurologic injury). A time-out was done. Pain before: 7/10.
Prone on the table with the neck flexed. Sterile prep. The skin was infiltrated with 2 mL of 1% lidocaine. Using a left paramedian approach and the contralateral oblique view, an 18-gauge Tuohy needle entered the C7-T1 epidural space by loss of resistance. Omnipaque 240, 1 mL, showed epidural spread favouring the left with no vascular or subarachnoid pattern. Injected: triamcinolone acetonide 40 mg (1 mL) with 2 mL of preservative-free saline.
AP and contralateral oblique images were saved to PACS.
No complications were encountered.

Post-Procedure: After 20 minutes his pain was 3/10. Discharged in good condition.

""" + ATTEST,
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62321")], findings=[], dos="2026-03-19", pos="24")

    add("fcp-caudal-01", "academic_headers", """
PAIN MEDICINE - PROCEDURE NOTE

CHIEF COMPLAINT: Back and bilateral leg pain after lumbar fusion.

HPI: 63-year-old woman who underwent L4-S1 posterior instrumented fusion in 2021. Since about a year after surgery she has had recurrent low back pain with burning that travels down the backs of both legs to the calves, left slightly more than right, with numbness of both soles at night. The pain has been present continuously for the past sixteen months.

CONSERVATIVE TREATMENT: Fourteen weeks of aquatic and land-based physical therapy did not lessen the leg pain; nortriptyline gave dry mouth and no benefit; a TENS unit gave no lasting relief.

PAST INTERVENTIONAL HISTORY: No epidural injections since her fusion. Spinal cord stimulation has been discussed; she is not interested at this time.

MEDICATIONS: Acetaminophen, sertraline 100 mg, omeprazole, alendronate weekly.

ALLERGIES: Morphine (itching).

ROS: Denies fevers, chills, saddle anesthesia, new bladder or bowel changes. Endorses night-time leg numbness.

EXAM: Well-healed midline incision. Straight-leg raise positive bilaterally at 50 degrees, producing calf pain. Ankle reflexes absent bilaterally. Decreased pinprick on both soles. Strength 5/5.

IMAGING: CT myelogram of the lumbar spine: solid posterolateral fusion L4-S1 with hardware intact; epidural fibrosis around the L5 and S1 roots bilaterally; no new stenosis at L3-L4.

ASSESSMENT: Post-laminectomy syndrome (M96.1) with bilateral radicular leg pain.

PLAN: Caudal epidural steroid injection today, as the posterior elements are fused.

PROCEDURE: Caudal epidural steroid injection under fluoroscopy.
Consent: informed consent was obtained in writing. Time-out: completed before the prep. Pain before the procedure 6/10.
Prone. The sacral hiatus was identified by palpation and lateral fluoroscopy. After sterile prep, 3 mL of 1% lidocaine was infiltrated. A 20-gauge spinal needle entered the caudal epidural space through the sacrococcygeal ligament. Omnipaque 240, 3 mL, confirmed cephalad epidural spread to the S1 level on both sides without vascular uptake. Injected: methylprednisolone 80 mg (Depo-Medrol 40 mg/mL, 2 mL) with 4 mL of 0.25% bupivacaine and 4 mL of preservative-free saline.
AP and lateral images were saved.
No complications.

POST-PROCEDURE: Pain 3/10 after 20 minutes. Discharged with her husband.

""" + ATTEST,
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80),
               given("bupivacaine", 10)],
        pain=(6, 3), need=minus(ESI_NEED, "functional_impairment"), codes=[line("62323")],
        findings=["functional_impairment"], dos="2024-10-22", pos="22",
        comment="Gap: no activity or function limited by the pain is written anywhere.")

    add("fcp-h-ilesi-01", "academic_dictated", """
Pain procedure note, fellow dictation.

Chief complaint: right-sided band of pain around the chest wall.

History: 71-year-old man with a band-like burning pain wrapping from the right mid-back around the right side of the chest to below the nipple line for the past six months, with skin sensitivity in the same strip. He has no rash and never had shingles. He cannot lie on his right side, stopped swimming, and cannot wear a fitted shirt because of the sensitivity.

What has been tried: a lidocaine 5% patch and physical therapy for six weeks, neither of which helped; gabapentin up to 900 mg a day left him unsteady and was tapered off.

Past interventional history: right T8 and T9 intercostal nerve blocks in 2025 with a day of relief only.

Medications: apixaban (held three days before today), amiodarone, furosemide.

Allergies: none.

Review of systems negative for fever, weight loss, cough, chest pressure, bowel or bladder change.

Exam: allodynia in the right T9-T10 dermatomes posteriorly and laterally. No rash or scarring. Lower extremity strength, reflexes and gait normal. Cardiac workup by his cardiologist was unrevealing.

Imaging: thoracic MRI with a right paracentral disc protrusion at T10-T11 contacting the right T10 root; no cord compression or signal change.

Assessment: thoracic radiculopathy (M54.14), right T10, due to the T10-T11 disc protrusion.

Plan: thoracic interlaminar epidural steroid injection at T10-T11.

Procedure: T10-T11 interlaminar epidural steroid injection, right paramedian approach, under fluoroscopy. The patient gave informed consent. His pain was 6/10 at the start. He was placed prone and the skin was prepped and draped. 3 mL of 1% lidocaine went into the skin and soft tissue. An 18-gauge Tuohy needle was advanced to the T10-T11 interlaminar space under AP and lateral fluoroscopy and the epidural space was entered with loss of resistance. Omnipaque 240, 1.5 mL, spread in the dorsal epidural space toward the right, with no vascular or subarachnoid pattern. We injected dexamethasone 10 mg with 3 mL of preservative-free saline. AP and lateral images were saved. There were no complications.

Post-procedure: he rested twenty minutes; pain 2/10. He was discharged with his wife. Apixaban may restart tomorrow.

""" + ATTEST,
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=ESI_NEED, codes=[line("62321")], findings=["time_out"], dos="2025-12-02", pos="22",
        comment="Gap: no time-out anywhere. Prior intercostal blocks are another family (no ESI repeat); the home lidocaine patch is history, not an administered drug.")

    add("fcp-h-ilesi-02", "academic_dictated", """
Pain clinic procedure note.

Chief complaint: right leg pain.

History of present illness: 56-year-old roofer with right lower back pain radiating down the lateral right thigh and lateral calf into the top of the foot for four months, with intermittent numbness of the first web space. He has been off work for six weeks because he cannot climb, and he can sit for only about twenty minutes before he must stand up.

Prior care: physical therapy, two sessions a week for six weeks, plus a home stretching program, with no meaningful relief of the leg pain; cyclobenzaprine did nothing; ibuprofen 800 mg three times a day upset his stomach.

Past interventional history: none.

Medications: omeprazole, cyclobenzaprine at night, nicotine patch.

Allergies: no known drug allergies.

Review of systems: no fevers, no bowel or bladder dysfunction, no saddle numbness, no weight loss.

Examination: straight-leg raise positive on the right at 45 degrees. Right ankle dorsiflexion 4+/5, EHL 4/5. Reduced light touch in the right first web space. Reflexes symmetric.

Imaging: lumbar MRI shows a right paracentral disc protrusion at L4-L5 with right lateral recess stenosis and compression of the traversing right L5 nerve root.

Assessment: lumbar radiculopathy (M54.16), right L5.

Plan: L4-L5 interlaminar epidural steroid injection, right paramedian.

Procedure: L4-5 interlaminar epidural steroid injection under fluoroscopic guidance. Risks, benefits and alternatives were discussed and he signed consent. Time-out done. Pain before the injection 7/10. Prone position, sterile prep, 2 mL of 1% lidocaine for the skin. A 20-gauge Tuohy needle was walked to the L4-L5 interlaminar space from a right paramedian entry and loss of resistance to air identified the epidural space. Isovue-M 200, 2 mL, showed epidural spread on the right without vascular uptake. Injectate was Depo-Medrol 40 mg (1 mL) with 2 mL of preservative-free saline. AP and lateral images were saved. No complications.

Post-procedure: pain 3/10. Discharged ambulatory.

""" + ATTEST,
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 40)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("J1030", units=1)], findings=[],
        dos="2023-09-14", pos="11",
        comment="Before 2024-04-01: methylprednisolone 40 mg is J1030 x1; no container stated, so no JZ. PT 2x/week for six weeks = 6 weeks.")

    # ------------------------------------------------------------------ facet injection (5)
    add("fcp-mbb-01", "academic_headers", """
INTERVENTIONAL SPINE - PROCEDURE NOTE

CHIEF COMPLAINT: Axial low back pain.

HPI: 60-year-old woman with aching pain across the lower back, worse on the right than the left, present for about two years. Pain is worse with standing, twisting and getting up from a chair and eases lying down. It does not travel below the knees. She can stand at the kitchen counter for only ten minutes, has stopped gardening, and needs help with vacuuming.

CONSERVATIVE CARE: Physical therapy for ten weeks with a lumbar stabilization program helped only briefly; ibuprofen and diclofenac gel gave partial relief at best; chiropractic care for two months provided no lasting benefit.

PAST INTERVENTIONAL HISTORY: None.

MEDICATIONS: Diclofenac 1% gel, escitalopram, levothyroxine.

ALLERGIES: Shellfish (hives); no reaction to contrast in the past.

ROS: No leg weakness, no numbness, no fever, no bladder or bowel symptoms.

EXAM: Paraspinal tenderness over the lower lumbar facets, right more than left. Pain with extension and rotation to either side. Straight-leg raise negative bilaterally. Neurologic exam normal. SI provocation tests negative.

IMAGING: Lumbar MRI shows bilateral facet arthropathy with effusions at L4-L5 and L5-S1; discs without herniation; no stenosis.

ASSESSMENT: Lumbar spondylosis without myelopathy or radiculopathy (M47.816), facet-mediated pain.

PLAN: Bilateral L4-L5 and L5-S1 diagnostic medial branch blocks today; if relief is 80% or more, a confirmatory block and then radiofrequency ablation.

PROCEDURE: Bilateral L4-L5 and L5-S1 diagnostic lumbar medial branch blocks (bilateral L3 and L4 medial branches and L5 dorsal rami), fluoroscopic guidance.
She signed informed consent. A time-out was completed. Pre-procedure pain 6/10.
Prone; sterile prep and drape. 4 mL of 1% lidocaine total for skin anesthesia. Using fluoroscopy, 22-gauge spinal needles were placed at the junction of the superior articular and transverse processes of L4 and L5 for the L3 and L4 medial branches and at the sacral ala for the L5 dorsal ramus, on both sides. After negative aspiration, 0.5 mL of 0.5% bupivacaine was injected at each of the six nerves (3 mL total).
No complications.

POST-PROCEDURE: Pain 1/10 at 30 minutes with provocative maneuvers (about 85% relief). Pain diary given for the next six hours.

""" + ATTEST,
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 40), given("bupivacaine", 15)],
        pain=(6, 1), need=spine_img, codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        dos="2025-05-20", pos="22")

    add("fcp-mbb-02", "academic_titled", """
Pain Medicine Division - Procedure Note

Chief Complaint: Right-sided neck pain.

History of Present Illness: 52-year-old dental hygienist with right posterior neck pain for fourteen months, spreading to the right upper shoulder and base of the skull but not into the arm. Rotating her head to the right while driving is painful, she cannot work a full day leaning over patients, and she has trouble reading in bed.

Conservative Management: Twelve weeks of physical therapy and a home posture program brought no lasting change; naproxen and topical diclofenac helped only partially; massage gave relief for a day at a time.

Prior Interventions: Right upper trapezius trigger point injections in 2024 without benefit.

Medications: Naproxen 500 mg as needed, sumatriptan for migraine, vitamin D.

Allergies: NKDA.

Review of Systems: No arm weakness or numbness, no gait change, no fever.

Examination: Tenderness over the right C5-C6 and C6-C7 facet columns. Pain with extension-rotation to the right. Spurling negative. Upper limb strength, sensation and reflexes normal.

Imaging: Cervical X-rays and MRI show right-sided facet arthropathy at C5-C6 and C6-C7 without foraminal or central stenosis.

Assessment: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

Plan: Right C5-C6 and C6-C7 diagnostic medial branch blocks.

Procedure: Right C5-C6 and C6-C7 diagnostic cervical medial branch blocks (right C5, C6 and C7 medial branches), fluoroscopic guidance.
Consent signed after discussion. Time-out performed. Pain before the block: 5/10.
Prone with the neck slightly flexed. Sterile prep. 2 mL of 1% lidocaine for the skin. Under lateral and AP fluoroscopy, 25-gauge needles were placed at the waists of the right C5, C6 and C7 articular pillars. Bupivacaine 0.5%, 0.4 mL, was injected at each of the three nerves.
No complications.

Post-Procedure: Observed for 30 minutes. She was given a pain diary to record her response every hour for six hours and will report it by phone tomorrow.

""" + ATTEST,
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 20), given("bupivacaine", 6)],
        pain=(5, None), need=spine_img, codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        findings=["post_procedure_pain_score"], dos="2026-06-30", pos="24",
        comment="Gap: no pain score after the block (a diary is planned). Prior trigger points are another family.")

    add("fcp-h-mbb-01", "academic_dictated", """
Procedure note, pain fellowship clinic.

Chief complaint: left low back pain.

History: a 64-year-old man with left-sided lower back pain for three years, aching, worse with standing still, arching backwards and rolling in bed; no leg pain. He has had to stop bowling and can only do half an hour of yard work. Physical therapy for eight weeks last year and a home program did not help, and meloxicam gave only partial relief.

Interventional history: first left L3-L4 and L4-L5 diagnostic medial branch block on 2026-01-13 with bupivacaine, after which he reported 85% relief for six hours. Today is the second, confirmatory diagnostic block before radiofrequency ablation.

Medications: meloxicam 15 mg, metformin, lisinopril, atorvastatin.

Allergies: none.

Review of systems: no numbness or weakness of the legs, no fever, no weight loss, no bladder change.

Exam: tenderness over the left L3-L4 and L4-L5 facets; facet loading on the left reproduces his pain; straight-leg raise negative; neurologic exam intact.

Imaging: lumbar MRI with moderate left facet hypertrophy at L3-L4 and L4-L5, no disc herniation, no stenosis.

Assessment: lumbar facet arthropathy, lumbar spondylosis (M47.816).

Procedure: second diagnostic medial branch block, left L3-L4 and L4-L5 facet joints, targeting the left L2, L3 and L4 medial branches, with fluoroscopic guidance. Consent for the procedure was signed. We performed a time-out. Pain beforehand 6/10. Prone, prepped and draped sterile; the skin was anesthetized with 3 mL of 1% lidocaine. Under fluoroscopy 22-gauge needles were placed at the left L3, L4 and L5 transverse process - superior articular process junctions, and after negative aspiration 0.5 mL of 0.5% bupivacaine was injected at each site. No complications.

Post-procedure: at 30 minutes he performed his usual painful movements and rated his pain 1/10. He will keep a diary.

""" + ATTEST,
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 7.5)],
        pain=(6, 1), need=spine_img, codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[],
        dos="2026-02-10", pos="11",
        comment="Second diagnostic block; the first gave 85% (at or above 80%), so no diagnostic_block_relief.")

    add("fcp-facet-01", "academic_headers", """
PAIN MEDICINE PROCEDURE NOTE

CHIEF COMPLAINT: Right low back pain.

HPI: 55-year-old man with right-sided low back pain for about a year, localized just off the midline at the belt line, worse with extension, prolonged standing and turning to the right. No leg symptoms. He has cut back to part-time work as a mechanic because he cannot stand under a vehicle for long and he no longer carries groceries up the stairs.

CONSERVATIVE CARE: Eight weeks of physical therapy completed in the winter without lasting improvement; ibuprofen only partly effective; a lumbar brace was not helpful.

PAST INTERVENTIONAL HISTORY: Right L5-S1 transforaminal epidural injection in 2021 for sciatica, which resolved. No facet procedures.

MEDICATIONS: Ibuprofen as needed, sildenafil, fish oil.

ALLERGIES: None known.

ROS: Negative for fever, weight loss, bowel or bladder change, leg numbness or weakness.

EXAM: Focal tenderness over the right L4-L5 facet. Extension-rotation to the right reproduces his pain. Straight-leg raise negative. Neurologic exam normal.

IMAGING: Lumbar MRI: right L4-L5 facet arthropathy with a small joint effusion and synovial thickening; no neural compression.

ASSESSMENT: Lumbar spondylosis (M47.816), right L4-L5 facet arthropathy.

PLAN: Right L4-L5 diagnostic intra-articular facet injection.

PROCEDURE: Right L4-L5 intra-articular facet joint injection, diagnostic, under fluoroscopy.
Consent was signed. Time-out completed. Pre-procedure pain 7/10.
Prone; sterile prep. 2 mL of 1% lidocaine for the skin. With an ipsilateral oblique fluoroscopic view a 22-gauge needle was advanced into the right L4-L5 facet joint. Omnipaque 180, 0.3 mL, produced an arthrogram confined to the joint. 1 mL of 0.5% bupivacaine was then injected into the joint.
No complications.

POST-PROCEDURE: Pain 2/10 with extension and rotation after 30 minutes. Discharged home.

""" + ATTEST,
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.3, "ml"), given("bupivacaine", 5)],
        pain=(7, 2), need=spine_img, codes=[line("64493", "KX", "RT")], findings=[], dos="2024-06-11", pos="22",
        comment="The 2021 transforaminal injection is another family and outside any 12-month window.")

    add("fcp-h-facet-01", "academic_titled", """
Interventional Pain Service - Procedure Note

Chief Complaint: Low back pain at the belt line on both sides.

History of Present Illness: 68-year-old woman with bilateral lumbosacral pain for the past eighteen months, aching and stiff, worst in the morning and with standing upright after sitting. She no longer walks her usual two miles and has difficulty getting out of low chairs and into the bath. There are no leg symptoms.

Conservative Treatment: Physical therapy for three months and a daily home program failed to relieve the pain; acetaminophen and topical NSAIDs helped a little; duloxetine was stopped for nausea.

Past Interventional History: Bilateral SI joint injections in 2024 gave no relief, arguing against the SI joint as the source.

Medications: Acetaminophen 1 g three times daily, diclofenac gel, anastrozole.

Allergies: Erythromycin.

Review of Systems: No fever, no weight loss, no leg weakness or numbness, no incontinence.

Examination: Bilateral tenderness over the L5-S1 facets. Pain with extension and with extension-rotation to either side. Neurologic examination intact. SI provocation maneuvers negative.

Imaging: MRI lumbar spine: advanced bilateral facet arthropathy at L5-S1 with joint effusions; mild disc desiccation; no stenosis.

Assessment: Spondylosis of the lumbosacral region without myelopathy or radiculopathy (M47.817).

Plan: Bilateral L5-S1 intra-articular facet injections, diagnostic.

Procedure: Bilateral L5-S1 diagnostic intra-articular facet joint injections under fluoroscopic guidance.
Informed consent: signed after discussion.
Time-out: performed.
Pre-procedure pain: 8/10.
Prone. Sterile prep and drape. Each side received 2 mL of 1% lidocaine to the skin. With oblique fluoroscopy, a 22-gauge needle was placed into the right L5-S1 facet joint and then into the left. Omnipaque 240, 0.2 mL per joint, confirmed intra-articular spread. 1 mL of 0.5% bupivacaine was injected into each joint.
Complications: none.

Post-Procedure: Pain 2/10 after 30 minutes of activity in recovery. Discharged with her husband.

""" + ATTEST,
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 40), given("iohexol", 0.4, "ml"), given("bupivacaine", 10)],
        pain=(8, 2), need=spine_img, codes=[line("64493", "50", "KX")], findings=[], dos="2025-08-26", pos="24",
        comment="The 2024 SI joint injections are another family.")

    # ------------------------------------------------------------------ facet RFA (3)
    add("fcp-rfa-01", "academic_headers", """
PAIN MEDICINE - RADIOFREQUENCY PROCEDURE NOTE

CHIEF COMPLAINT: Chronic axial low back pain.

HPI: 67-year-old man with bilateral low back pain for four years, aching, worse with standing, extension and twisting, no radiation below the buttocks. He has given up golf, can stand to cook for only fifteen minutes and struggles to lift his grandchildren.

CONSERVATIVE CARE: Physical therapy for twelve weeks in 2024 did not provide lasting relief; NSAIDs were stopped because of kidney function; tramadol was ineffective.

DIAGNOSTIC BLOCKS: Bilateral L4-L5 and L5-S1 medial branch blocks on 2025-07-08 with 90% relief and on 2025-08-05 with 85% relief, each lasting the expected duration of the anesthetic.

MEDICATIONS: Amlodipine, allopurinol, acetaminophen.

ALLERGIES: NSAIDs (renal insufficiency, intolerance).

ROS: No leg weakness or numbness, no bowel or bladder symptoms, no fever.

EXAM: Bilateral lower lumbar facet tenderness; extension-rotation painful both sides; neurologic exam normal.

IMAGING: Lumbar MRI with bilateral facet arthropathy at L4-L5 and L5-S1; no stenosis.

ASSESSMENT: Lumbar spondylosis without radiculopathy (M47.816).

PLAN: Bilateral L4-L5 and L5-S1 radiofrequency ablation today.

PROCEDURE: Bilateral L4-L5 and L5-S1 facet radiofrequency ablation (bilateral L3 and L4 medial branches and L5 dorsal rami), fluoroscopic guidance.
Written informed consent was obtained. A time-out was completed. Pain before: 6/10.
Prone; sterile prep and drape. Skin was anesthetized with 4 mL of 1% lidocaine. 18-gauge, 10 mm active-tip RF cannulas were positioned parallel to each target nerve under AP, oblique and lateral fluoroscopy. Sensory stimulation at 50 Hz reproduced concordant back pain below 0.5 V; motor stimulation at 2 Hz to 2 V produced no leg muscle contraction. Before each lesion 0.5 mL of 2% lidocaine was injected (3 mL total). Conventional thermal radiofrequency lesions were made at 80 °C for 90 seconds at each of the six nerves.
No complications.

POST-PROCEDURE: Pain 3/10. Leg strength normal. Discharged with his wife; expect soreness for up to two weeks.

""" + ATTEST,
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(6, 3), need=spine_img, codes=[line("64635", "50"), line("64636", "50", units=1)], findings=[],
        dos="2025-09-16", pos="22",
        comment="Lidocaine 40 mg skin + 60 mg (3 mL of 2%) before the lesions = 100 mg.")

    add("fcp-rfa-02", "academic_titled", """
Division of Pain Medicine - Procedure Note

Chief Complaint: Left low back pain.

History of Present Illness: 59-year-old woman with left-sided low back pain for three years, deep and aching, worse with standing and arching backwards, without radiation into the leg. She has stopped her dance class, cannot sit through a movie, and needs breaks when cleaning the house.

Conservative Therapy: Ten weeks of physical therapy and a home core program did not reduce the pain; naproxen gave partial relief only; a trial of yoga for two months did not help.

Diagnostic Blocks: Left L3-L4, L4-L5 and L5-S1 medial branch blocks on 2026-02-17 (80% relief) and 2026-03-10 (90% relief) with concordant duration.

Medications: Naproxen as needed, bupropion, estradiol.

Allergies: Adhesive tape (skin irritation).

Review of Systems: Negative for fever, leg numbness or weakness, bladder or bowel symptoms.

Examination: Left lower lumbar paraspinal tenderness; pain with left extension-rotation; normal neurologic examination.

Imaging: Lumbar MRI with left-predominant facet arthropathy from L3-L4 through L5-S1; no stenosis or disc herniation.

Assessment: Lumbar spondylosis (M47.816), left L3-L4 through L5-S1 facet-mediated pain.

Plan: Left L3-L4, L4-L5 and L5-S1 radiofrequency ablation.

Procedure: Left L3-L4, L4-L5 and L5-S1 radiofrequency neurotomy (left L2, L3 and L4 medial branches and L5 dorsal ramus) with fluoroscopic guidance.
Consent: signed. Time-out: done. Pre-procedure pain 7/10.
Prone; prepped and draped. 5 mL of 1% lidocaine for skin and tract. Four 18-gauge RF cannulas were placed along the course of each nerve. Sensory testing (50 Hz) gave concordant pain at less than 0.6 V and motor testing (2 Hz) showed no lower-extremity contraction up to 2 V. 0.5 mL of 0.5% bupivacaine was injected through each cannula (2 mL total) and thermal lesions were created at 85 °C for 90 seconds at each nerve.
No complications.

Post-Procedure: Pain 4/10. Discharged with a friend.

""" + ATTEST,
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 50), given("bupivacaine", 10)],
        pain=(7, 4), need=spine_img, codes=[line("64635", "LT"), line("64636", "LT", units=2)], findings=[],
        dos="2026-04-21", pos="24")

    add("fcp-h-rfa-01", "academic_dictated", """
Radiofrequency ablation note, dictated by the pain fellow.

Chief complaint: right neck pain with headaches.

History: a 62-year-old man with right posterior neck pain for two and a half years that spreads to the top of the right shoulder blade; no arm pain or numbness. He cannot check his blind spot when driving, so his wife drives him, and he has stopped woodworking because looking down at the bench is painful. Physical therapy for nine weeks, a cervical pillow and home traction did not give lasting relief, and he cannot take NSAIDs because of a prior GI bleed.

Diagnostic blocks: right C5-C6 and C6-C7 comparative medial branch blocks, with lidocaine on 2026-08-11 giving 85% relief for two hours and with bupivacaine on 2026-09-01 giving 90% relief for five hours.

Medications: pantoprazole, metoprolol, acetaminophen.

Allergies: ibuprofen (GI bleed).

Review of systems: negative for arm weakness, balance problems, fever, weight loss.

Exam: tender right C5-C6 and C6-C7 facet columns; painful extension-rotation to the right; upper limb neurologic exam normal.

Imaging: cervical MRI with right facet arthropathy at C5-C6 and C6-C7, no foraminal or central stenosis.

Assessment: cervical spondylosis without myelopathy or radiculopathy (M47.812).

Procedure: right C5-C6 and C6-C7 cervical facet radiofrequency ablation (right C5, C6 and C7 medial branches) under fluoroscopy. He signed consent after we talked through the risks. Time-out done. Pain 6/10 beforehand. Prone, neck flexed, sterile prep. The skin was numbed with 2 mL of 1% lidocaine. 20-gauge RF cannulas were placed along the right C5, C6 and C7 articular pillars under lateral and AP views. Sensory stimulation at 50 Hz reproduced his neck pain below 0.5 V and motor testing at 2 Hz showed no arm contraction. After 0.5 mL of 2% lidocaine at each nerve, thermal lesions were made at 80 °C for 60 seconds, two lesions per nerve. No complications.

Post-procedure: pain 3/10 in recovery; discharged with his wife.

""" + ATTEST,
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 50)],
        pain=(6, 3), need=spine_img, codes=[line("64633", "RT"), line("64634", "RT", units=1)], findings=[],
        dos="2026-10-06", pos="22",
        comment="Lidocaine 20 mg skin + 30 mg (1.5 mL of 2%) before the lesions = 50 mg.")

    # ------------------------------------------------------------------ SI joint injection (3)
    add("fcp-sij-01", "academic_headers", """
PAIN MEDICINE PROCEDURE NOTE

CHIEF COMPLAINT: Right buttock pain.

HPI: 47-year-old woman with right buttock and posterior hip pain below the belt line for ten months, beginning after a fall on the ice. Pain is worse rising from sitting, climbing stairs and rolling in bed; it does not go below the knee. She has had to stop running and cannot sit through her daughter's soccer games.

CONSERVATIVE CARE: Physical therapy for eight weeks including pelvic stabilization and an SI belt gave no lasting relief; naproxen only took the edge off; chiropractic manipulation helped for a day or two at a time.

PAST INTERVENTIONAL HISTORY: None.

MEDICATIONS: Naproxen as needed, oral contraceptive, cetirizine.

ALLERGIES: NKDA.

ROS: No leg numbness or weakness, no bowel or bladder symptoms, no fever, no rash.

EXAM: Tenderness over the right sacral sulcus. Positive thigh thrust, distraction, compression and Gaenslen tests on the right (4 of 5 provocation tests). Lumbar range of motion nearly full. Neurologic exam normal.

IMAGING: Pelvis X-rays and lumbar MRI unremarkable apart from mild right SI joint sclerosis; no disc herniation.

ASSESSMENT: Sacroiliitis, right (M46.1).

PLAN: Right sacroiliac joint injection today, diagnostic, with local anesthetic and steroid.

PROCEDURE: Right sacroiliac joint injection, diagnostic, fluoroscopically guided.
Informed consent was signed. Time-out completed. Pre-procedure pain 7/10.
Prone; sterile prep and drape. 2 mL of 1% lidocaine to the skin. The inferior aspect of the right SI joint was identified with contralateral oblique fluoroscopy and a 22-gauge spinal needle was advanced into the joint. Omnipaque 240, 0.5 mL, produced an arthrogram outlining the joint with no vascular uptake. Injected: 2 mL of 0.5% bupivacaine with triamcinolone 40 mg (1 mL).
AP and oblique images were saved.
No complications.

POST-PROCEDURE: After 30 minutes and provocative testing her pain was 1/10, which she reported as 85% relief. Pain diary given.

""" + ATTEST,
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.5, "ml"), given("bupivacaine", 10),
               given("triamcinolone_acetonide", 40)],
        pain=(7, 1), need=spine_img, codes=[line("27096", "RT")], findings=[], dos="2024-05-07", pos="22")

    add("fcp-h-sij-01", "academic_dictated", """
Pain clinic procedure note, fellow.

Chief complaint: left-sided low back and buttock pain.

History: a 72-year-old man with left buttock pain centred just below the dimple of Venus for about a year, radiating into the back of the left thigh but not below the knee. Getting out of the car and climbing stairs are the worst; he has stopped his morning walks and cannot sit in church for a whole service. A six-week course of physical therapy with SI stabilization did not help, and acetaminophen with topical diclofenac gave only partial relief; he avoids oral NSAIDs because of his kidneys.

Past interventional history: left L4-L5 and L5-S1 medial branch blocks in 2024 with no relief.

Medications: acetaminophen, diclofenac gel, tamsulosin, warfarin (INR 1.4 this morning after holding).

Allergies: none known.

Review of systems: no fevers, no leg weakness, no bladder or bowel trouble.

Exam: left sacral sulcus tenderness; Patrick (FABER), thigh thrust and compression tests positive on the left; lumbar facet loading not painful; neurologic exam intact.

Imaging: pelvic CT from last year with degenerative sclerosis and anterior osteophytes of the left SI joint; lumbar MRI without neural compression.

Assessment: left sacroiliitis (M46.1).

Procedure: left SI joint injection, diagnostic, with fluoroscopy. He signed the consent form. Time-out performed with the team. Pain before 6/10. Prone, sterile prep, 3 mL of 1% lidocaine in the skin. A 22-gauge needle was placed into the lower third of the left sacroiliac joint under fluoroscopy. Isovue-M 200, 0.5 mL, confirmed intra-articular spread. We then injected Kenalog 40 mg (1 mL) with 2 mL of 0.25% bupivacaine. AP and contralateral oblique views were saved. No complications.

Post-procedure: pain 1/10 after walking in the hallway, about 80% relief. Warfarin restarts tonight.

""" + ATTEST,
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 30), given("iopamidol", 0.5, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(6, 1), need=spine_img, codes=[line("27096", "LT"), line("J3301", units=4)], findings=[],
        dos="2026-07-14", pos="11",
        comment="Office: triamcinolone 40 mg = J3301 x4 (no container stated, so no JZ). Prior medial branch blocks are another family.")

    add("fcp-sij-02", "academic_titled", """
Interventional Pain Medicine - Procedure Note

Chief Complaint: Pain in both buttocks.

History of Present Illness: 39-year-old woman, eighteen months postpartum, with pain over both sacroiliac joints for fourteen months, worse on stairs, turning in bed and standing on one leg to dress. She cannot carry her toddler for more than a few minutes and has stopped jogging.

Conservative Care: Pelvic floor and pelvic girdle physical therapy for twelve weeks failed to relieve the pain; a sacroiliac belt and ibuprofen helped only partially.

Past Interventional History: None.

Medications: Ibuprofen as needed, prenatal vitamin.

Allergies: Amoxicillin (rash).

Review of Systems: No urinary or bowel changes, no leg numbness or weakness, no fever.

Examination: Tenderness over both sacral sulci. Thigh thrust, compression and distraction positive bilaterally. Lumbar exam and neurologic exam unremarkable.

Imaging: MRI of the pelvis: bilateral subchondral sclerosis of the iliac side of the SI joints without active inflammation; lumbar spine normal.

Assessment: Sacroiliitis, bilateral (M46.1).

Plan: Bilateral SI joint injections, diagnostic.

Procedure: Bilateral sacroiliac joint injections, diagnostic, under fluoroscopic guidance.
Time-out performed. Pre-procedure pain 8/10.
Prone. Sterile prep and drape. 2 mL of 1% lidocaine was used for the skin on each side. Under fluoroscopy a 22-gauge needle was advanced into the inferior portion of the right SI joint and then the left. Omnipaque 240, 0.5 mL per side, produced joint arthrograms without vascular uptake. 1.5 mL of 0.5% bupivacaine was injected into each joint.
Images: AP and oblique fluoroscopic views saved for each side.
Complications: none.

Post-Procedure: Pain 2/10 after 30 minutes with provocative maneuvers, about 80% relief. Discharged with her partner.

""" + ATTEST,
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 40), given("iohexol", 1, "ml"), given("bupivacaine", 15)],
        pain=(8, 2), need=spine_img, codes=[line("27096", "50")], findings=["consent"], dos="2025-11-18", pos="24",
        consent=False, comment="Gap: no consent anywhere in the note.")

    # ------------------------------------------------------------------ other families (7)
    add("fcp-gnb-01", "academic_headers", """
PAIN MEDICINE PROCEDURE NOTE

CHIEF COMPLAINT: Right knee pain.

HPI: 76-year-old woman with right knee pain for six years, aching along the medial and front of the knee, worse with stairs and after walking more than two blocks. Orthopedic surgery considers her a poor candidate for knee replacement because of heart failure. She uses a cane outdoors and can no longer do her own grocery shopping.

CONSERVATIVE CARE: Physical therapy for quadriceps strengthening for eight weeks without lasting relief; two intra-articular steroid injections in 2025, each helping for about three weeks; topical diclofenac partly helpful; oral NSAIDs are contraindicated.

PAST INTERVENTIONAL HISTORY: Right knee intra-articular steroid injections (see above). No genicular procedures.

MEDICATIONS: Furosemide, carvedilol, sacubitril-valsartan, diclofenac gel, acetaminophen.

ALLERGIES: Lisinopril (cough).

ROS: No fever, no calf swelling, no giving way. Dyspnea at baseline.

EXAM: Right knee with medial joint line tenderness, crepitus, small effusion, flexion to 105 degrees, varus alignment. Ligaments stable. Distal pulses intact.

IMAGING: Standing right knee X-rays: severe medial compartment joint space loss with osteophytes and subchondral sclerosis (Kellgren-Lawrence grade 4).

ASSESSMENT: Unilateral primary osteoarthritis, right knee (M17.11).

PLAN: Right genicular nerve block today as a prognostic step before radiofrequency ablation.

PROCEDURE: Right genicular nerve block (superolateral, superomedial and inferomedial genicular nerves) under fluoroscopic guidance.
Informed consent was signed. A time-out was done. Pain before the block 7/10.
Supine with a pillow under the knee. Sterile prep. 3 mL of 1% lidocaine for skin anesthesia. Using AP and lateral fluoroscopy, 22-gauge needles were placed at the junction of the shaft and epicondyle of the femur laterally and medially and at the junction of the shaft and medial condyle of the tibia. 2 mL of 0.5% bupivacaine was injected at each of the three nerves.
No complications.

POST-PROCEDURE: Pain 1/10 with walking and stair testing at 30 minutes. Discharged with her son.

""" + ATTEST,
        procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 30)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64454", "RT")], findings=[], dos="2025-03-25", pos="24")

    add("fcp-h-onb-01", "academic_dictated", """
Headache and pain clinic procedure note.

Chief complaint: left-sided back-of-the-head pain.

History: a 44-year-old woman with shooting, electric pain starting at the left base of the skull and running over the top of the head to behind the left eye for eight months, several times a day, with tenderness of the scalp when brushing her hair. She misses about four days of work a month and cannot lie on a pillow on the left side. Amitriptyline at night and eight weeks of physical therapy for neck posture did not reduce the attacks; gabapentin caused weight gain.

Past interventional history: none.

Medications: amitriptyline 10 mg, sumatriptan as needed (not helpful for these attacks), oral contraceptive.

Allergies: no known drug allergies.

Review of systems: no vision change, no weakness, no fever, no jaw claudication.

Exam: exquisite tenderness over the left greater occipital nerve at the superior nuchal line with a positive Tinel sign reproducing her pain; decreased pinprick over the left occipital scalp; cranial nerves normal.

Imaging: brain MRI normal; cervical X-rays with mild degenerative changes only.

Assessment: occipital neuralgia, left (M54.81).

Procedure: left greater occipital nerve block, landmark-guided; no imaging was used. She gave written consent. Time-out performed. Pain before the block 8/10. Sitting position, head flexed. After alcohol prep, a 25-gauge needle was introduced medial to the left occipital artery at the superior nuchal line, and after negative aspiration we injected 2 mL of 0.5% bupivacaine with 40 mg of methylprednisolone (Depo-Medrol 40 mg/mL, 1 mL). Pressure was held. No complications.

Post-procedure: numbness over the left occiput, pain 2/10 at 15 minutes. Headache diary to continue.

""" + ATTEST,
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                    imaging="none")],
        drugs=[given("bupivacaine", 10), given("methylprednisolone_acetate", 40)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64405", "LT"), line("J1010", units=40)], findings=[], dos="2024-09-10", pos="11",
        comment="Office, after 2024-04-01: methylprednisolone 40 mg = J1010 x40 (no container stated, so no JZ).")

    add("fcp-h-tpi-01", "academic_titled", """
Pain Medicine Clinic - Procedure Note

Chief Complaint: Neck and upper back muscle pain.

History of Present Illness: 50-year-old office manager with aching, knotted pain in the neck and between the shoulder blades for two years, with tension-type headaches in the afternoons. She cannot work at her computer for more than an hour without stopping and has stopped swimming.

Conservative Treatment: Physical therapy with ergonomic training for eight weeks, massage and a home stretching program helped only briefly; cyclobenzaprine made her drowsy.

Past Interventional History: Trigger point injections in the same muscles on 2025-01-14 gave about 60% relief for two months.

Medications: Cyclobenzaprine at night (rarely), magnesium, ibuprofen as needed.

Allergies: Codeine (nausea).

Review of Systems: No arm numbness or weakness, no fever, no weight loss.

Examination: Taut bands with palpable, reproducible trigger points and local twitch responses in the right upper trapezius, left upper trapezius, right levator scapulae and right rhomboid major. Neck range of motion mildly reduced. Upper limb neurologic exam normal.

Imaging: Cervical X-rays with mild loss of lordosis, otherwise normal.

Assessment: Myofascial pain syndrome (M79.18), cervical and upper thoracic muscles.

Plan: Trigger point injections in four muscles today.

Procedure: Trigger point injections, 4 muscles: right upper trapezius, left upper trapezius, right levator scapulae and right rhomboid major.
Consent: verbal and written consent obtained. Time-out: done. Pain before: 7/10.
Each trigger point was identified by palpation and the skin cleaned with alcohol. Using a 25-gauge 1.5-inch needle and a fanning technique, 1 mL of 1% lidocaine mixed with 1 mL of 0.25% bupivacaine was injected into each muscle (4 mL of each in total). No imaging was used.
Complications: none.

Post-Procedure: Pain 3/10 at ten minutes with improved neck rotation; she estimates about 60% relief. Stretching program reviewed.

""" + ATTEST,
        procs=[proc("trigger_point", imaging="none")],
        drugs=[given("lidocaine", 40), given("bupivacaine", 10)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("20553")], findings=[], dos="2025-06-24", pos="11",
        comment="Four muscles: 20553. The January session plus today is two in 12 months (limit 3).")

    add("fcp-h-knee-01", "academic_dictated", """
Sports and pain clinic procedure note.

Chief complaint: right knee pain.

History: a 69-year-old man with right knee pain for four years, aching at the inside of the knee, worse on stairs and after walking his dog more than fifteen minutes; he has given up doubles tennis. Physical therapy for eight weeks, weight loss of ten pounds and a knee sleeve have not controlled the pain; meloxicam is only partly effective.

Past injections: right knee steroid injection on 2025-12-02 with good relief for three months.

Medications: meloxicam 7.5 mg, metformin, atorvastatin.

Allergies: none known.

Review of systems: no fevers, no locking or giving way, no calf pain or swelling, no rash, no other joint swelling; otherwise negative.

Exam: right knee with a small effusion, medial joint line tenderness, crepitus, flexion to 115 degrees; stable ligaments.

Imaging: right knee X-rays with moderate medial joint space narrowing and osteophytes.

Assessment: primary osteoarthritis, right knee (M17.11).

Procedure: right knee intra-articular injection with ultrasound guidance. Written consent signed. Time-out completed. Pain 6/10 before. Supine, knee slightly flexed. After chlorhexidine prep and 4 mL of 1% lidocaine to the skin, a 22-gauge needle was advanced under real-time ultrasound into the suprapatellar recess, with the needle tip seen within the joint fluid. We injected 40 mg of triamcinolone (Kenalog-40, 1 mL from a single-dose vial; the whole vial was given and nothing was discarded). An ultrasound image showing the needle in the joint was saved to the record. No complications.

Post-procedure: pain 2/10 on walking. Ice and relative rest for two days.

""" + ATTEST,
        procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("lidocaine", 40), given("triamcinolone_acetonide", 40)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("20611", "RT"), line("J3301", "JZ", units=4)], findings=[], dos="2026-08-18", pos="11",
        comment="Ultrasound with a saved image: 20611. Single-dose vial, nothing discarded, after 2023-07-01: JZ.")

    add("fcp-h-lsb-01", "academic_headers", """
PAIN MEDICINE PROCEDURE NOTE - SYMPATHETIC BLOCK

CHIEF COMPLAINT: Burning pain of the left foot.

HPI: 41-year-old man with burning pain, cold sensitivity and colour change of the left foot and ankle for seven months after an ankle fracture treated in a cast. He cannot tolerate a sock or shoe on the left foot, walks with crutches and has been unable to return to his job as a delivery driver.

TREATMENT TO DATE: Physical therapy with graded motor imagery and desensitization for ten weeks without improvement; gabapentin and nortriptyline without benefit; a prednisone burst early on did not help.

PAST INTERVENTIONAL HISTORY: None.

MEDICATIONS: Gabapentin 600 mg three times daily (tapering), vitamin C.

ALLERGIES: None.

ROS: No fever, no back pain, no bowel or bladder symptoms.

EXAM: Left foot cooler by 2 degrees, mottled and shiny with swelling; allodynia to light touch over the entire foot; reduced ankle range of motion. Budapest criteria met.

IMAGING: Left foot X-rays with patchy osteopenia; triple-phase bone scan with increased uptake in the left foot and ankle.

ASSESSMENT: Complex regional pain syndrome type I of the left lower limb (G90.522).

PLAN: Left lumbar sympathetic block.

PROCEDURE: Left lumbar sympathetic block at L3 under fluoroscopy.
Written informed consent obtained. Time-out completed. Pre-procedure pain 8/10.
Prone. Temperature probes were placed on both great toes. Sterile prep. 3 mL of 1% lidocaine for the skin. A 22-gauge 5-inch needle was advanced under oblique and lateral fluoroscopy to the anterolateral margin of the L3 vertebral body on the left. Omnipaque 240, 3 mL, spread along the anterolateral vertebral bodies in the sympathetic chain without psoas or vascular uptake. 10 mL of 0.25% bupivacaine was injected in divided doses.
No complications.

POST-PROCEDURE: Left great toe temperature rose from 28 to 33 degrees C with warmth and reduced allodynia. Pain 3/10 at 30 minutes. Discharged with his partner.

""" + ATTEST,
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64520"), line("77002", "26")], findings=[], dos="2026-11-03", pos="22",
        comment="Fluoroscopy is billed separately for a sympathetic block, with 26 in the hospital outpatient department.")

    add("fcp-h-ssnb-01", "academic_dictated", """
Pain medicine procedure note, fellow dictation.

Chief complaint: right shoulder pain.

History: a 78-year-old woman with right shoulder pain for three years, deep and aching, worse at night and with reaching overhead or behind her back. She can no longer hang laundry or fasten her bra, and she wakes when rolling onto the right side. Physical therapy for eight weeks and two intra-articular steroid injections last year helped only for a few weeks; she cannot take NSAIDs because of kidney disease, and orthopedics does not recommend replacement given her heart disease.

Past interventional history: right glenohumeral steroid injections in 2025, each helping about three weeks.

Medications: acetaminophen, apixaban, metoprolol, furosemide.

Allergies: tramadol (confusion).

Review of systems: no neck pain, no arm numbness, no fever.

Exam: right shoulder with painful, restricted active and passive motion (abduction 80 degrees, external rotation 20 degrees), crepitus; rotator cuff strength limited by pain; neck exam normal.

Imaging: right shoulder X-rays with severe glenohumeral joint space loss and an inferior humeral head osteophyte.

Assessment: primary osteoarthritis, right shoulder (M19.011).

Procedure: right suprascapular nerve block with ultrasound guidance. She signed consent. Time-out completed. Pain before 7/10. Seated, arm at her side. After chlorhexidine prep and 2 mL of 1% lidocaine to the skin, a 22-gauge needle was guided in-plane under ultrasound to the floor of the right suprascapular notch beside the suprascapular artery. 5 mL of 0.5% bupivacaine with 4 mg of dexamethasone was injected with spread seen beneath the transverse scapular ligament. A representative ultrasound image was saved to the record. No complications.

Post-procedure: pain 2/10 with abduction at 20 minutes.

""" + ATTEST,
        procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("lidocaine", 20), given("bupivacaine", 25), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64418", "RT"), line("76942", "26")], findings=[], dos="2024-12-10", pos="24",
        comment="Ultrasound with a saved image: 76942, with 26 in the ASC.")

    add("fcp-h-pump-01", "academic_titled", """
Intrathecal Therapy Clinic - Procedure Note

Chief Complaint: Scheduled intrathecal pump refill.

History of Present Illness: 67-year-old man with failed back surgery syndrome after three lumbar operations, treated with an implanted intrathecal morphine pump since 2019. Pain control has been acceptable but he reports more leg pain in the evenings over the past month, limiting his evening walks. No new weakness, no bowel or bladder change, no signs of withdrawal or overdose.

Past Interventional History: Pump implantation 2019, pump replacement for battery end-of-life in 2025. Successful spinal cord stimulator trial in 2017 was not pursued.

Medications: Intrathecal morphine (current dose 2.4 mg/day), acetaminophen, duloxetine 60 mg.

Allergies: Oxycodone (pruritus).

Review of Systems: No fever, no headache, no swelling at the pump site, no confusion or excessive sleepiness.

Examination: Pump pocket in the left lower abdomen well healed, no erythema or fluid. Alert, pupils normal, gait steady with a cane.

Device Interrogation: Reservoir volume before refill 2.1 mL as expected; alarm date within range; no pump errors.

Assessment: Failed back surgery syndrome (M96.1) with chronic pain syndrome (G89.4), managed with an intrathecal morphine pump.

Procedure: Intrathecal pump refill and reprogramming, performed by me.
The patient gave verbal and written consent. A time-out was done, confirming drug, concentration and volume with a second clinician.
The pump was located by palpation and with the template. After chlorhexidine prep and sterile draping, a 22-gauge non-coring needle was inserted into the central reservoir port; 2.1 mL of residual drug was aspirated and wasted per protocol. 20 mL of preservative-free morphine 25 mg/mL was then placed in the reservoir through a filter, aspirating every 5 mL to confirm position. I then reprogrammed the pump, increasing the daily dose by 10% to 2.64 mg/day, and confirmed the new settings and next refill date by telemetry.
Complications: none.

Post-Procedure: Observed for 30 minutes without sedation or respiratory change. Return for refill in about 90 days; call sooner for withdrawal or oversedation symptoms.

""" + ATTEST,
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",),
        codes=[line("62370")], findings=[], dos="2025-01-28", pos="11",
        comment="Refilled and reprogrammed by the physician: 62370. Morphine placed = 20 mL x 25 mg/mL = 500 mg.")
