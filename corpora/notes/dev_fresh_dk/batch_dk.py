"""Sealed batch `dev_fresh_dk`: 30 office procedure notes from a multispecialty group, with gold.

Written fresh for this batch (no corpus phrasing read); gold labelled by hand from each text under
corpora/README.md before any Painpoint run. `build` receives the kit of `dev_fresh_d/make_notes.py`.
"""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _spec_half(add, proc, line, given, ESI_NEED, minus)
    _hand_half(add, proc, line, given, ESI_NEED, minus)


JOINT_NEED = ("diagnosis", "symptom_duration", "functional_impairment")


def _spec_half(add, proc, line, given, ESI_NEED, minus):
    # 1. orthopaedic brevity, landmark knee aspiration + injection
    add("fdk-knee-01", "shorthand", """
ORTHOPAEDIC CLINIC - PROCEDURE NOTE
Procedure: R knee aspiration and injection
Dx: Primary osteoarthritis, right knee (M17.11)
Indication: R knee effusion and pain, limiting stairs and walking; NSAIDs no longer controlling it.
Pain 7/10 before.
Risks/benefits reviewed, consent obtained and signed. Time-out done, R knee marked.
Chlorhexidine prep. Superolateral approach, no imaging. Aspirated 30 cc straw-colored fluid. Injected 40 mg Kenalog + 4 cc 1% lido.
Band-aid. No cx. Pain 3/10 after.
F/u 6 wks prn.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="right",
                 imaging="none", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(7, 3),
        need=JOINT_NEED, codes=[line("20610", "RT"), line("J3301", units=4)], findings=[],
        dos="2025-06-12")

    # 2. sports medicine, ultrasound knee with a saved image, single-dose vial none wasted (JZ)
    add("fdk-knee-02", "title-case headers", """
Sports Medicine Procedure Note

Procedure: Ultrasound-Guided Left Knee Injection
Diagnosis: Primary Osteoarthritis Of The Left Knee (M17.12)
History: Recreational tennis player with 5 months of medial left knee pain; cannot finish a set and stairs are painful. A home exercise program and naproxen gave little lasting benefit.
Ultrasound Findings: Small suprapatellar effusion, medial joint space narrowing with osteophytes, no popliteal cyst.
Pre-Procedure Pain: 6/10
Consent: Written consent signed after discussion of infection, bleeding, post-injection flare and skin depigmentation.
Time-Out: Completed with the patient and the medical assistant.
Technique: Left knee prepped with chlorhexidine. Under real-time ultrasound, in-plane lateral approach to the suprapatellar recess; needle tip seen within the effusion. Injected triamcinolone 40 mg (Kenalog-40, 1 mL single-dose vial, none wasted) with 4 mL 1% lidocaine. A representative image was saved to the chart.
Post-Procedure Pain: 2/10
Complications: None.
Return To Play: Light hitting in 48 hours, match play as tolerated after one week.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="left",
                 imaging="ultrasound", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(6, 2),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        codes=[line("20611", "LT"), line("J3301", "JZ", units=4)], findings=[], dos="2025-09-03")

    # 3. rheumatology, both knees, Depo-Medrol before the J1010 switch (J1040 for 80 mg)
    add("fdk-knee-03", "capitalised headers", """
RHEUMATOLOGY PROCEDURE NOTE

PROCEDURE: Bilateral intra-articular knee injections, landmark guided.
DIAGNOSIS: Bilateral primary osteoarthritis of knees (M17.0). Seropositive rheumatoid arthritis on methotrexate, no active synovitis today.
INDICATION: Pain in both knees for over a year, walking limited to about one block and rising from a chair is difficult.
EXAM: 28-joint count 0 swollen, 2 tender (both knees). Patellofemoral crepitus bilaterally. ESR 14, CRP 0.4 last month.
PRE-PROCEDURE PAIN: 6/10 in both knees.
CONSENT: Risks including infection, post-injection flare and a transient rise in glucose were reviewed; the patient gave written consent.
TIME OUT: Performed; both knees confirmed.
TECHNIQUE: Each knee prepped with povidone-iodine; anteromedial approach with the knee flexed. Right knee: Depo-Medrol 40 mg with 3 mL 1% lidocaine. Left knee: Depo-Medrol 40 mg with 3 mL 1% lidocaine. No fluid obtained.
POST-PROCEDURE PAIN: 2/10.
COMPLICATIONS: None.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="bilateral",
                 imaging="none", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 60)], pain=(6, 2),
        need=JOINT_NEED, codes=[line("20610", "50"), line("J1040")], findings=[], dos="2023-09-19")

    # 4. physiatry, ultrasound hip with a saved image; no post-procedure score (gap)
    add("fdk-hip-01", "dictated paragraph", """
Ultrasound-guided right hip intra-articular injection.

The patient has right hip osteoarthritis (M16.11) with groin pain for 8 months, worse putting on socks and getting out of a car. Physical therapy for 6 weeks and meloxicam helped only partly. Pain today is 7/10. Written consent was obtained after a discussion of risks and benefits, and a time-out was performed. With the patient supine, the right anterior hip was prepped and draped. Using a curvilinear probe in an oblique sagittal plane along the femoral neck, a 22-gauge spinal needle was advanced in-plane to the anterior head-neck junction. Triamcinolone 40 mg and 4 mL of 0.5% ropivacaine were injected with distension of the capsule seen. An image was saved. There were no complications. Follow-up in 4 weeks.
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="right",
                 imaging="ultrasound", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("ropivacaine", 20)], pain=(7, None),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=["post_procedure_pain_score"],
        dos="2026-02-17")

    # 5. physiatry, fluoroscopic hip in the office: 77002 and the contrast line (20610 does not include imaging)
    add("fdk-hip-02", "bullets", """
Procedure note - left hip joint injection under fluoroscopy

- Diagnosis: primary osteoarthritis of the left hip (M16.12)
- Indication: left groin and anterior thigh pain for 1 year; limp after 15 minutes of walking; failed 8 weeks of PT and celecoxib
- Pain before: 8/10
- Consent: informed consent signed
- Time-out: done, left side verified
- Supine, left hip prepped with chlorhexidine
- Fluoroscopic guidance; 22 g spinal needle to the lateral femoral head-neck junction
- Omnipaque 240, 2 mL: intra-articular spread outlining the joint
- Injected methylprednisolone 80 mg with 4 mL 0.25% bupivacaine
- Pain after: 3/10
- Complications: none
- Plan: recheck in 6 weeks, continue home exercise
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 10)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20610", "LT"), line("77002"), line("J1010", units=80), line("Q9966", units=2)], findings=[],
        dos="2025-01-22")

    # 6. orthopaedic inline fields, subacromial injection; no time-out (gap)
    add("fdk-shoulder-01", "inline fields", """
Procedure: R shoulder subacromial injection | Dx: R subacromial bursitis with impingement | Hx: 3 mo lateral shoulder pain, can't reach overhead or sleep on R side; Neer and Hawkins positive | Pain pre: 6/10 | Consent: verbal consent after risks reviewed | Prep: chlorhexidine | Approach: posterolateral, beneath the acromion, no imaging | Meds: 40 mg Kenalog + 4 cc 1% lido | No complications | Pain post: 1/10 | Plan: PT referral, cuff strengthening
""", procs=[proc("joint_injection", target="subacromial_bursa", region="shoulder", laterality="right",
                 imaging="none", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(6, 1),
        need=JOINT_NEED, codes=[line("20610", "RT"), line("J3301", units=4)], findings=["time_out"],
        dos="2024-11-05")

    # 7. physiatry trigger points, three muscles (20553)
    add("fdk-tpi-01", "capitalised headers", """
PHYSICAL MEDICINE AND REHABILITATION - TRIGGER POINT INJECTIONS

DIAGNOSIS: Myofascial pain syndrome of the left neck and shoulder girdle (M79.12).
HISTORY: Left neck and upper back pain for 5 months after a change to laptop work; headaches at the end of the workday. Stretching program and cyclobenzaprine helped only a little.
EXAM: Palpable taut bands with local twitch responses and referred pain in the left upper trapezius, left levator scapulae and left rhomboid major.
PAIN BEFORE: 7/10.
CONSENT: Discussed bleeding, infection, pneumothorax and soreness; verbal and written consent obtained.
TIME-OUT: Performed.
PROCEDURE: Skin prepped with alcohol. Using a 25-gauge needle, each trigger point was entered until a twitch was elicited and 1 mL of 1% lidocaine was injected: left upper trapezius, left levator scapulae, left rhomboid major (3 muscles, 3 mL total).
PAIN AFTER: 2/10, about 70% relief.
COMPLICATIONS: None.
PLAN: Heat, stretching, ergonomic changes; recheck in 4 weeks.
""", procs=[proc("trigger_point", target="muscle", region="cervical", laterality="left", imaging="none",
                 intent="therapeutic")],
        drugs=[given("lidocaine", 30)], pain=(7, 2), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("20553")], findings=[], dos="2025-04-08")

    # 8. bullets; a deleted code (M54.5 after 2021-09-30) and relief only as scores (gaps)
    add("fdk-tpi-02", "bullets", """
Trigger point injection note

* Diagnoses: low back pain (M54.5); myofascial pain of the right lumbar paraspinals and quadratus lumborum (M79.18)
* Complaint: right low back pain for 4 months, worse bending and lifting groceries
* Exam: taut bands with jump sign in the right lumbar paraspinals and right quadratus lumborum, pain referred to the buttock
* Pre-injection pain 8/10
* Consent: risks explained, written consent on file for today
* Time-out completed
* Alcohol prep; 27 g needle; 3 mL of 1% lidocaine into each of 2 muscles (right lumbar paraspinal, right quadratus lumborum), 6 mL total
* Post-injection pain 3/10
* No complications
* Plan: core program, follow up 1 month
""", procs=[proc("trigger_point", target="muscle", region="lumbar", laterality="right", imaging="none",
                 intent="therapeutic")],
        drugs=[given("lidocaine", 60)], pain=(8, 3), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("20552")], findings=["code_validity", "percent_relief"], dos="2025-03-11")

    # 9. neurology headache clinic, bilateral GON blocks, landmark
    add("fdk-onb-01", "dictated paragraph", """
Headache Clinic - Occipital Nerve Blocks

Assessment: Occipital neuralgia (M54.81) superimposed on chronic migraine without aura. She reports 18 headache days a month for the past 2 years with shooting pain from the occiput to the vertex on both sides. MIDAS 38 and HIT-6 64 today. Topiramate and two preventive trials have not reduced headache days. On exam there is tenderness over both greater occipital nerves with reproduction of her pain.

Headache pain before the procedure was 6/10. The risks, including infection, bleeding, dizziness and local hair thinning, were discussed and she gave verbal consent. A time-out was done. The greater occipital nerve was located by palpation medial to the occipital artery on each side at the superior nuchal line; after alcohol prep, 2.5 mL of 0.5% bupivacaine was injected on the right and 2.5 mL of 0.5% bupivacaine on the left with a 27-gauge needle after negative aspiration. Bilateral greater occipital nerve blocks were completed. Pain after the blocks was 1/10 with numbness over the scalp on both sides. No complications. Headache diary to continue; return in 8 weeks.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none", intent="therapeutic")],
        drugs=[given("bupivacaine", 25)], pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("64405", "50")], findings=[], dos="2025-10-14")

    # 10. neurology, ultrasound GON block with a saved image; dexamethasone with a discarded amount (JW)
    add("fdk-onb-02", "title-case headers", """
Neurology Procedure Note

Procedure: Right Greater Occipital Nerve Block, Ultrasound Guided
Diagnosis: Occipital Neuralgia (M54.81), Right
History: Eight months of right-sided stabbing occipital pain radiating to the right eye, with tenderness at the right greater occipital nerve. HIT-6 62. Gabapentin caused sedation and was stopped.
Pain Before: 7/10
Consent: Written informed consent obtained.
Time-Out: Performed with correct side confirmed.
Technique: Patient seated, neck flexed. After chlorhexidine prep, a linear probe was placed over the right C2 level and the greater occipital nerve identified between the obliquus capitis inferior and semispinalis capitis. A 25-gauge needle was advanced in-plane and 2 mL of 0.5% bupivacaine with dexamethasone 4 mg was deposited around the nerve. Dexamethasone drawn from a 10 mg/mL 1 mL single-dose vial; 0.4 mL given and the remaining 6 mg discarded. Image of the needle at the nerve saved to the record.
Pain After: 2/10
Complications: None.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                 imaging="ultrasound", intent="therapeutic")],
        drugs=[given("bupivacaine", 10), given("dexamethasone_sodium_phosphate", 4)], pain=(7, 2),
        need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("64405", "RT"), line("76942"), line("J1100", units=4), line("J1100", "JW", units=6)],
        findings=[], dos="2024-12-03", payer="medicare_cgs")

    # 11. physiatry, diagnostic genicular block, hospital outpatient (64454 includes imaging)
    add("fdk-gnb-01", "capitalised headers", """
PROCEDURE: Right genicular nerve block (superomedial, superolateral and inferomedial), diagnostic.
DIAGNOSIS: Primary osteoarthritis, right knee (M17.11).
INDICATION: Right knee pain for 3 years, not a surgical candidate; walking limited to 10 minutes; steroid injections no longer help. Evaluating for radiofrequency ablation.
PRE-PROCEDURE PAIN: 7/10.
CONSENT: Informed consent signed.
TIME OUT: Performed.
TECHNIQUE: Supine with a bolster under the right knee. Under fluoroscopic guidance a 22-gauge needle was placed to bone at the junction of the shaft and epicondyle for the superomedial and superolateral genicular nerves and at the junction of the shaft and medial tibial condyle for the inferomedial genicular nerve. At each site 1.5 mL of 0.5% bupivacaine was injected (4.5 mL total).
POST-PROCEDURE PAIN: 1/10, about 85% relief with walking in the recovery area.
COMPLICATIONS: None.
DISPOSITION: Pain diary for 8 hours; RF scheduling if relief holds.
""", procs=[proc("genicular_nerve_block", target="genicular_nerves", region="knee", laterality="right",
                 imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 22.5)], pain=(7, 1), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64454", "RT")], findings=[], dos="2026-05-19", pos="22")

    # 12. physiatry caudal ESI in the office, triamcinolone 80 mg (at the ceiling, not over it)
    add("fdk-caudal-01", "title-case headers", """
Caudal Epidural Steroid Injection

Diagnosis: Lumbar Spinal Stenosis With Neurogenic Claudication (M48.062)
History: Nine months of aching pain in both buttocks and the backs of both thighs with numbness in both feet after walking; standing in line or walking more than 10 minutes forces her to sit. Physical therapy for 8 weeks without relief; gabapentin caused dizziness and was stopped.
Imaging: MRI lumbar spine shows severe central canal stenosis at L4-L5 with moderate bilateral lateral recess narrowing.
Pre-Procedure Pain: 6/10
Consent: Written consent obtained after discussion of risks including infection, bleeding, headache and nerve injury.
Time-Out: Completed.
Sedation: None.
Technique: Prone. Sacral hiatus identified on lateral fluoroscopy and prepped with chlorhexidine. A 22-gauge needle entered the caudal epidural space; 3 mL of Isovue-M 200 showed epidural spread to S1 without vascular uptake. Triamcinolone 80 mg (2 mL Kenalog-40) diluted with 6 mL preservative-free normal saline was injected slowly. AP and lateral images were saved.
Post-Procedure Pain: 3/10
Complications: None.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic", sedation="none")],
        drugs=[given("iopamidol", 3, "ml"), given("triamcinolone_acetonide", 80)], pain=(6, 3), need=ESI_NEED,
        codes=[line("62323"), line("J3301", units=8)], findings=[], dos="2024-07-23")

    # 13. bullets, lumbar interlaminar ESI in the office, methylprednisolone after the J1010 switch
    add("fdk-ilesi-01", "bullets", """
L4-L5 interlaminar epidural steroid injection

- Dx: lumbar disc herniation with radiculopathy (M51.16)
- Symptoms: left buttock and lateral leg pain to the dorsum of the foot for 14 weeks, tingling in the left great toe, positive straight leg raise on the left
- Function: cannot sit through a work shift; walking limited to 2 blocks
- Conservative care: 6 weeks of PT and an oral prednisone taper, still has pain despite both
- MRI: left paracentral disc extrusion at L4-L5 contacting the traversing left L5 root
- Pain before: 8/10
- Consent signed; time-out performed
- Prone, L4-L5 interspace marked on AP fluoroscopy, chlorhexidine prep
- 18 g Tuohy, loss of resistance to saline, lateral view confirms depth
- Omnipaque 180, 2 mL: epidural spread, no intrathecal or vascular pattern
- Injected methylprednisolone 80 mg with 3 mL preservative-free saline
- AP and lateral images saved
- Pain after: 4/10
- Complications: none
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)], pain=(8, 4), need=ESI_NEED,
        codes=[line("62323"), line("J1010", units=80)], findings=[], dos="2024-08-20")

    # 14. dictated, diagnostic right SI joint injection (anaesthetic only), stated relief
    add("fdk-sij-01", "dictated paragraph", """
Right sacroiliac joint injection, diagnostic.

Diagnosis is right sacroiliitis (M46.1). She has had right buttock pain below the belt line for 7 months, with positive thigh thrust, compression and FABER on the right. Physical therapy for 8 weeks and naproxen did not improve it. She cannot sit longer than 20 minutes. Pain before the injection was 6/10.

Consent was signed and a time-out performed. Prone; the right lower SI joint was squared off under fluoroscopy and prepped. A 22-gauge spinal needle was advanced into the inferior joint. Omnipaque 240, 0.5 mL, outlined the joint without vascular spread. Then 2 mL of 0.5% bupivacaine was injected. AP and oblique images were saved. After the injection her pain was 1/10 with provocative maneuvers, which is 83% relief, a positive diagnostic block. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 10)], pain=(6, 1),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "RT")], findings=[], dos="2023-11-28", payer="medicare_cgs")

    # 15. inline fields, bilateral therapeutic SI joints after a positive diagnostic block (JZ)
    add("fdk-sij-02", "inline fields", """
Procedure: Bilateral sacroiliac joint injections, therapeutic
Diagnosis: Sacroiliitis (M46.1), bilateral
Duration: 10 months
Prior diagnostic block: bilateral SI joint blocks with bupivacaine in September gave 80% relief for 6 hours
Conservative care: PT 8 weeks and meloxicam; pain persists despite both
Function: unable to stand at work for more than 30 minutes
Pre-procedure pain: 7/10
Consent: written, signed
Time-out: performed
Guidance: fluoroscopy, Isovue-M 200 0.5 mL per joint confirming intra-articular spread
Injectate per joint: triamcinolone 40 mg (Kenalog-40 1 mL single-dose vial, no wastage) + 1 mL 0.5% bupivacaine
Images: AP and contralateral oblique saved for each side
Post-procedure pain: 2/10 (71% relief)
Complications: none
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 10)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "50"), line("J3301", "JZ", units=8)], findings=[], dos="2025-12-09")


def _hand_half(add, proc, line, given, ESI_NEED, minus):
    # 16. rheumatology, ultrasound used but no image kept: 20610, not 20611
    add("fdk-h-shoulder-02", "prose", """
Rheumatology clinic. Left glenohumeral joint injection.

Primary osteoarthritis, left shoulder (M19.012), in a patient with psoriatic arthritis that is quiet on her current biologic (no swollen joints on a 66/68 count, CRP normal). Left shoulder pain for 6 months with loss of external rotation; she cannot reach the top shelf or fasten her bra. Pain 6/10 today. Consent was discussed and signed, and we did a time-out. Posterior approach with the patient seated; the ultrasound probe was used to watch the needle enter the joint between the humeral head and the posterior labrum, but no images were retained. Methylprednisolone 40 mg with 3 mL of 1% lidocaine injected without resistance. Pain 2/10 afterwards. No complications. Pendulum and wall-walk exercises reviewed.
""", procs=[proc("joint_injection", approach="intra_articular", target="shoulder", region="shoulder",
                 laterality="left", imaging="ultrasound", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 30)], pain=(6, 2), need=JOINT_NEED,
        codes=[line("20610", "LT"), line("J1010", units=40)], findings=[], dos="2024-05-14",
        comment="Ultrasound watched the needle but no image was retained: 20610 without 76942 or 20611.")

    # 17. sports medicine, ultrasound trigger points with a saved image (20552 + 76942)
    add("fdk-h-tpi-03", "prose", """
Sports medicine - trigger point injections under ultrasound

Distance runner with right buttock pain for 3 months that stops her runs at 5 km; foam rolling and a month of hip strengthening did not settle it. Diagnosis myofascial pain of the right gluteal muscles (M79.18). Exam today: tender taut bands with referral down the posterior thigh in the right gluteus medius and right piriformis; no radicular signs. Pain 5/10 before. Verbal and written consent obtained; time-out done.

With a linear and then curvilinear probe, each band was targeted under direct ultrasound visualization with a 22-gauge needle, staying clear of the sciatic nerve at the piriformis. Total 5 mL of 1% lidocaine between the right gluteus medius and right piriformis (2 muscles). Image saved. Pain 2/10 after, she rates it about 60% better. No complications. Return to running: easy 3 km in 2 days, build as tolerated.
""", procs=[proc("trigger_point", target="muscle", region="other", laterality="right", imaging="ultrasound",
                 intent="therapeutic")],
        drugs=[given("lidocaine", 50)], pain=(5, 2), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("20552"), line("76942")], findings=[], dos="2026-01-27",
        comment="Two muscles: 20552; ultrasound guidance with a saved image is separately reported (76942) in the office.")

    # 18. neurology shorthand, headache scales only, no 0-10 pain score (gaps)
    add("fdk-h-onb-03", "shorthand", """
Neuro HA clinic - L GON blk

A: L occipital neuralgia (M54.81), episodic migraine w/o aura.
L occipital shooting pain x 6 mo, 3-4 attacks/day, triggered by brushing hair. Failed amitriptyline (dry mouth) and gabapentin (no benefit). MIDAS 24, HIT-6 66. Tinel + over L GON.
Consent obtained. Time-out done.
L GON at superior nuchal line, medial to occipital a., landmark. EtOH prep. 27 g needle, neg aspiration: 1 mL 2% lido + 2 mL 0.5% bupi + triamcinolone 20 mg.
Scalp numb L, occipital tenderness gone after the block.
No complications.
RTC 6 wk, keep HA diary.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                 imaging="none", intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("bupivacaine", 10), given("triamcinolone_acetonide", 20)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("64405", "LT"), line("J3301", units=2)],
        findings=["post_procedure_pain_score", "pre_procedure_pain_score"], dos="2026-03-24",
        comment="MIDAS and HIT-6 are disability scales, not a 0-10 pain score: no pre or post pain score.")

    # 19. ASC genicular block under ultrasound; consent not documented (gap)
    add("fdk-h-gnb-02", "prose", """
Left genicular nerve block, ultrasound guided - ambulatory surgery center.

Left knee pain from primary osteoarthritis of the left knee (M17.12) for 4 years; she is not ready for arthroplasty, and steroid and gel injections give less than a month of benefit. Walking the dog is limited to 10 minutes. Pain before the block 8/10. Time-out completed with the nurse.

Supine, knee slightly flexed. Under ultrasound the superomedial, superolateral and inferomedial genicular nerves were found beside the genicular arteries at the metaphysis-epiphysis junctions, and 2 mL of 0.25% bupivacaine was placed at each (6 mL total) with a 22-gauge needle. After 20 minutes she walked the hallway at 2/10. No complications. If relief is reproduced, radiofrequency ablation will be discussed.
""", procs=[proc("genicular_nerve_block", target="genicular_nerves", region="knee", laterality="left",
                 imaging="ultrasound", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)], pain=(8, 2), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64454", "LT")], findings=["consent"], consent=False, dos="2025-07-15", pos="24")

    # 20. caudal ESI in the hospital outpatient suite; care listed without outcome, one image (gaps)
    add("fdk-h-caudal-02", "dictated paragraph", """
Caudal epidural steroid injection.

Post-laminectomy syndrome (M96.1). Since an L4-L5 laminectomy two years ago he has had burning pain down the back of both legs to the heels with numbness of both soles. He can stand only 15 minutes before he must sit. He has done physical therapy and takes meloxicam. MRI shows enhancing epidural scar at L4-L5 and moderate bilateral L5-S1 foraminal narrowing. Pain today 7/10.

Written consent was obtained and a time-out performed. Prone. Under fluoroscopy the sacral hiatus was entered with a 20-gauge needle; Omnipaque 240, 3 mL, showed caudal epidural filling to L5 without vascular runoff. Dexamethasone 10 mg with 5 mL preservative-free saline was injected. Image saved. Pain afterwards 4/10. No complications; discharged ambulating.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("dexamethasone_sodium_phosphate", 10)], pain=(7, 4),
        need=minus(ESI_NEED, "conservative_care"), codes=[line("62323")],
        findings=["conservative_care", "saved_images"], dos="2026-06-02", pos="22",
        comment="PT and meloxicam are listed with no outcome; 'Image saved.' states no two views.")

    # 21. cervical interlaminar ESI in the ASC
    add("fdk-h-ilesi-02", "capitalised headers", """
CERVICAL INTERLAMINAR EPIDURAL STEROID INJECTION, C7-T1

DIAGNOSIS: Cervical radiculopathy (M54.12).
HISTORY: Right neck pain radiating to the thumb and index finger for 10 weeks with numbness in the same fingers; diminished right biceps reflex. Six weeks of physical therapy and oral prednisone failed to relieve it. He cannot drive more than 20 minutes or sleep on his right side.
IMAGING: MRI cervical spine: right C5-C6 disc-osteophyte complex with moderate right foraminal stenosis.
PRE-PROCEDURE PAIN: 8/10.
CONSENT: Signed after a discussion of dural puncture, infection, bleeding and spinal cord injury.
TIME-OUT: Performed.
SEDATION: None; local only.
PROCEDURE: Prone, C7-T1 interspace identified on AP fluoroscopy. 20-gauge Tuohy needle advanced with loss of resistance to saline under contralateral oblique views. Isovue-M 200, 1.5 mL, confirmed epidural spread. Triamcinolone 40 mg with 2 mL preservative-free saline injected. AP and contralateral oblique images saved.
POST-PROCEDURE PAIN: 3/10.
COMPLICATIONS: None.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iopamidol", 1.5, "ml"), given("triamcinolone_acetonide", 40)], pain=(8, 3), need=ESI_NEED,
        codes=[line("62321")], findings=[], dos="2025-02-25", pos="24")

    # 22. repeat lumbar ILESI with a documented response; no functional limitation written (gap)
    add("fdk-h-ilesi-03", "prose", """
Repeat L5-S1 interlaminar epidural steroid injection.

Diagnosis lumbosacral radiculopathy (M54.17). Left buttock and posterior calf pain into the lateral foot with numbness of the little toe for 9 months; absent left ankle reflex. PT for 8 weeks and duloxetine without adequate relief. MRI: left L5-S1 paracentral protrusion compressing the left S1 root. The first L5-S1 epidural in March gave about 60% relief for 4 months before the leg pain returned. Pain 7/10 today.

Consent signed; time-out done. Prone, fluoroscopy. L5-S1 interspace entered with an 18-gauge Tuohy needle by loss of resistance to saline, confirmed with 2 mL Omnipaque 180. Dexamethasone 10 mg with 2 mL saline injected. AP and lateral images saved. Pain 4/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)], pain=(7, 4),
        need=minus(ESI_NEED, "functional_impairment"), codes=[line("62323"), line("J1100", units=10)],
        findings=["functional_impairment"], dos="2025-08-19")

    # 23. orthopaedic SI joint injection, intent not stated (gap)
    add("fdk-h-sij-03", "shorthand", """
L SIJ injection under fluoro - hospital outpatient.

Dx: L sacroiliitis (M46.1). L buttock/posterior pelvic pain x 5 mo, worse rolling in bed and climbing stairs, can't sit through a movie. + Gaenslen, thigh thrust, compression on L. PT 6 wk and ibuprofen, no improvement.
Pain pre 6/10.
Consent signed. Time-out done.
Prone, L inferior SIJ visualized, 22 g spinal needle into the joint. Omnipaque 300 0.5 cc: arthrogram, no vascular uptake. Injected Celestone 6 mg (1 cc) + 1 cc 0.5% bupi. AP and oblique views saved.
Pain post 1/10, 80% relief.
No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 0.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("bupivacaine", 5)], pain=(6, 1),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "LT")], findings=["approach"], dos="2024-10-08", pos="22",
        comment="Neither diagnostic nor therapeutic is written (si.intent, element approach).")

    # 24. orthopaedic: header side differs from where the needle went (codes follow the description)
    add("fdk-h-knee-04", "shorthand", """
Procedure: Right knee injection
Dx: Primary OA left knee (M17.12).
Left knee pain x 2 yr, worse on stairs and kneeling, can't walk 18 holes anymore. Tylenol and PT without lasting relief.
Pain 8/10 pre.
Consent given, signed. Time-out.
Left knee prepped with Betadine. Anterolateral approach, knee flexed 90 degrees, no imaging. Injected 40 mg Kenalog + 5 cc 1% lido into the left knee. No effusion to aspirate.
Pain 4/10 post. No complications.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="left",
                 imaging="none", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 50)], pain=(8, 4), need=JOINT_NEED,
        codes=[line("20610", "LT"), line("J3301", units=4)], findings=["laterality_conflict"], dos="2026-04-07",
        comment="Title says right, the needle went into the left knee: LT, laterality_conflict.")

    # 25. rheumatology: knee OA with no side and no code (specificity gap)
    add("fdk-h-knee-05", "prose", """
Rheumatology - right knee injection with ultrasound guidance.

Diagnosis: Knee osteoarthritis. Gout in remission on allopurinol, last flare over a year ago; uric acid 5.1. Right knee pain for 8 months, limping after half a mile. No warmth or effusion on exam; tender joint count 1 (right knee), swollen 0.

Pain 5/10 before. Consent obtained in writing; time-out performed. Supine, knee extended. A linear probe located the suprapatellar recess of the right knee and the needle was followed in-plane into it; image stored in the chart. Kenalog 40 mg and 4 mL 1% lidocaine injected. Pain 1/10 after. No complications. Weight loss and quadriceps exercises discussed.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="right",
                 imaging="ultrasound", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(5, 1),
        need=("symptom_duration", "functional_impairment"),
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=["diagnosis"], dos="2026-08-11",
        comment="'Knee osteoarthritis' gives no side and no code (common.diagnosis_specificity); gout names no code "
                "and the KB's specificity table does not cover it.")

    # 26. trigger points: fourth session in 12 months (TPI limit 3)
    add("fdk-h-tpi-04", "prose", """
Trigger point injections, neck and upper back.

Myofascial pain of the neck and upper back (M79.12) for over 2 years, with tension headaches and trouble working at a computer for more than an hour. Home stretching and tizanidine help little. This is her fourth trigger point session in the past 12 months; the last one, 3 months ago, gave about 2 weeks of benefit. Today there are taut bands with referred pain in the bilateral upper trapezius and the right splenius capitis.

Pain 6/10 before. Consent signed; time-out performed. After alcohol prep, 2 mL of 1% lidocaine was injected into each point: right upper trapezius, left upper trapezius, right splenius capitis (3 muscles, 6 mL total). Pain 3/10 afterwards, 50% relief. No complications. Referred back to physical therapy; further injections not planned.
""", procs=[proc("trigger_point", target="muscle", region="cervical", laterality="bilateral", imaging="none",
                 intent="therapeutic")],
        drugs=[given("lidocaine", 60)], pain=(6, 3), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("20553")], findings=["frequency"], dos="2025-11-18",
        comment="Fourth session in a rolling 12 months (today included) is over the TPI limit of 3.")

    # 27. shorthand caudal ESI with the steroid amount left out (gap); before the J1010 switch, so no line either way
    add("fdk-h-caudal-03", "shorthand", """
Caudal ESI

Dx: Lumbar spinal stenosis with neurogenic claudication (M48.062).
B/L buttock and calf pain w/ walking x 1 yr, tingling both feet; walks < 1 block before sitting. PT x 8 wk and gabapentin - no relief. MRI: severe L3-L4 and L4-L5 central stenosis.
Pain 7/10 pre.
Consent signed. Time-out done. No sedation.
Prone, fluoro. 22 g needle through sacral hiatus, lateral view confirms. Omnipaque 180 2 mL - epidural pattern, no vascular. Injected Depo-Medrol + 8 mL NS. AP and lateral images saved.
Pain 4/10 post. No cx.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", None)], pain=(7, 4), need=ESI_NEED,
        codes=[line("62323")], findings=["drug_dose"], dos="2024-02-13",
        comment="Depo-Medrol without an amount: dose null, no drug line.")

    # 28. orthopaedic hip under fluoroscopy in the hospital outpatient suite; steroid not named (gap)
    add("fdk-h-hip-03", "shorthand", """
R hip injection, fluoroscopic - HOPD

Dx: primary OA R hip (M16.11). Groin pain x 1 yr, can't tie shoes, limps after 1 block. Failed NSAIDs and PT.
Pain 7/10 pre. Consent signed. Time-out.
Supine, R hip prepped. Fluoro guidance, 20 g spinal needle to femoral head-neck junction. Omnipaque 300 1 cc - intra-articular. Injected 1 cc steroid + 4 cc 1% lido.
Pain 2/10 post. No complications.
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("lidocaine", 40)], pain=(7, 2), need=JOINT_NEED,
        codes=[line("20610", "RT"), line("77002", "26")], findings=["drug_name"], dos="2025-05-06", pos="22",
        comment="'1 cc steroid' names no drug: drug_name (README: an unnamed steroid beside a named anaesthetic).")

    # 29. neurology, bilateral GON blocks; nothing said about complications (gap)
    add("fdk-h-onb-04", "dictated paragraph", """
Bilateral greater occipital nerve blocks - headache clinic.

Chronic migraine without aura with bilateral occipital neuralgia (M54.81). Fifteen or more headache days a month for 3 years; MIDAS 52. Propranolol and topiramate were not tolerated. Tender over both greater occipital nerves with radiation to the vertex.

Pain before the blocks 7/10. Verbal consent obtained and a time-out performed. Landmark technique at the superior nuchal line on each side, one third of the way from the occipital protuberance to the mastoid. On each side 3 mL of 0.25% bupivacaine with triamcinolone 10 mg was injected after negative aspiration. Pain after the blocks 3/10 with occipital numbness on both sides. She will log headache days and return in 3 months.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none", intent="therapeutic")],
        drugs=[given("bupivacaine", 15), given("triamcinolone_acetonide", 20)], pain=(7, 3),
        need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("64405", "50"), line("J3301", units=2)], findings=["complications"], complications=None,
        dos="2026-09-15")

    # 30. genicular block on the left for a diagnosis coded on the right knee
    add("fdk-h-gnb-03", "dictated paragraph", """
Left genicular nerve block under fluoroscopy.

Diagnosis: Primary osteoarthritis of right knee (M17.11). She has had knee pain for 2 years, limiting walking to 15 minutes; physical therapy and two steroid injections gave only brief relief.

Pain before 6/10. Consent was signed and a time-out done. Supine with a bolster; the left knee was prepped. Using AP and lateral fluoroscopy, a 22-gauge needle was placed to the superomedial, superolateral and inferomedial genicular nerve sites of the left knee, and 1 mL of 0.5% bupivacaine was injected at each. Pain after 1/10 on walking. No complications.
""", procs=[proc("genicular_nerve_block", target="genicular_nerves", region="knee", laterality="left",
                 imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)], pain=(6, 1), need=("symptom_duration", "functional_impairment"),
        codes=[line("64454", "LT")], findings=["diagnosis"], dos="2026-10-06",
        comment="The written code names the right knee, the block was on the left: the diagnosis does not support "
                "the procedure's side (common.diagnosis_support); the procedure side is written once, so no "
                "laterality_conflict.")
