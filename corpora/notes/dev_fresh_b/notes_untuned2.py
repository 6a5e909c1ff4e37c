"""The second untuned check: 10 notes written after every rule change of this round; gold labelled before
Painpoint read them, and nothing was changed after their first run (see README.md)."""


def add_untuned2(note, proc, code, drug, FULL_ESI) -> None:
    note("fb-v-tfesi-01", "operative_report", """
PROCEDURE: Right S1 transforaminal epidural steroid injection with fluoroscopy.
DIAGNOSIS: Radiculopathy, lumbosacral region, M54.17.
HISTORY: Right buttock and posterior calf pain into the lateral foot with numbness for 4 months. Failed 6 weeks
of PT and oral steroids. Cannot sit through a movie. MRI: right L5-S1 paracentral disc herniation contacting the
S1 root.
TECHNIQUE: Consent signed, time-out. Prone. Under fluoroscopy a 22 g needle was directed into the right S1 dorsal
foramen. Omnipaque 180, 0.5 mL, outlined the S1 root with epidural spread. Dexamethasone PF 10 mg/mL, 1 mL,
injected. AP and lateral images stored.
POST: Pain 2/10. Complications: none.
""",
         procedures=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="right",
                          levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
         drugs=[drug("iohexol", 0.5, "ml"), drug("dexamethasone_sodium_phosphate", 10)],
         pain=(None, 2), necessity=FULL_ESI,
         codes=[code("64483", "RT"), code("J1100", units=10)],
         findings=["pre_procedure_pain_score"])

    note("fb-v-ilesi-01", "smarttext", """
Procedure: C6-7 interlaminar epidural steroid injection
Diagnosis: Cervical radiculopathy M54.12
HPI: Left arm pain to the middle finger with tingling x 3 months; failed 6 wks PT and NSAIDs; unable to sleep.
MRI: C6-7 left paracentral disc protrusion.
Pre-procedure pain: 8/10
Consent: signed   Time-out: completed
IV sedation: Versed 1 mg and fentanyl 25 mcg given by me for claustrophobia; RN independent observer present;
start 10:14, end 10:29.
Guidance: fluoroscopy
Technique: 18 g Tuohy to the C6-7 interlaminar space, loss of resistance to saline. Omnipaque 240 1 mL: epidural
spread. Triamcinolone 40 mg with 2 mL saline injected. AP and lateral images saved.
Post-procedure pain: 2/10
Complications: none
""",
         procedures=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                          imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
         drugs=[drug("midazolam", 1), drug("fentanyl", 0.025), drug("iohexol", 1, "ml"),
                drug("triamcinolone_acetonide", 40)],
         pain=(8, 2), necessity=FULL_ESI,
         codes=[code("62321"), code("99152"), code("J3301", units=4)],
         findings=[],
         comment="15 minutes of moderate sedation by the proceduralist with an observer")

    note("fb-v-facet-01", "dictated", """
Bilateral L5-S1 facet joint injections, therapeutic.

Diagnosis: lumbar spondylosis, M47.816. Low back pain for 3 years, worse with extension, failed PT and NSAIDs;
difficulty standing at work. Two diagnostic medial branch blocks at L5-S1 gave 80% and 85% relief. She is not
ready for ablation. Pain 6/10 before.

Consent, time-out. Under fluoroscopy a 22 g needle entered each L5-S1 facet joint. Kenalog 20 mg and 0.5 mL of
0.5% bupivacaine were injected into each joint. Pain 2/10 afterwards. No complications.
""",
         procedures=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                          levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
         drugs=[drug("triamcinolone_acetonide", 40), drug("bupivacaine", 5)],
         pain=(6, 2), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64493", "50"), code("J3301", units=4)],
         findings=[])

    note("fb-v-rfa-01", "bulleted", """
RIGHT L2-3 MEDIAL BRANCH RADIOFREQUENCY NEUROTOMY
- Dx: lumbar facet arthropathy M47.816
- Right upper lumbar pain for 2 years; failed PT, NSAIDs; limits bending
- Two MBBs with 90% and 80% relief
- Pain before 7/10
- Consent, time-out, local only
- Fluoroscopy; RF cannulas to the right L1 and L2 medial branches
- Motor testing negative, lesions at 80 C x 90 s
- Pain after 3/10; no complications
""",
         procedures=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                          levels=["L2-L3"], imaging="fluoroscopy", sedation="local")],
         drugs=[],
         pain=(7, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64635", "RT")],
         findings=[])

    note("fb-v-sijnb-01", "operative_report", """
PROCEDURE: Left sacroiliac joint lateral branch blocks (L5 dorsal ramus, S1-S3 lateral branches), diagnostic.
DIAGNOSIS: Sacroiliac joint pain, left, M53.3.
INDICATION: Left SI joint pain for 1 year after a fall; intra-articular injection helped only 2 weeks. Pain 6/10.
TECHNIQUE: Consent and time-out. Prone. Under fluoroscopy 25 g needles were placed at the left L5 dorsal ramus and
lateral to the S1, S2 and S3 foramina. 0.5 mL of 0.5% bupivacaine at each of the 4 sites.
RESULT: Pain 1/10, 83% relief. No complications.
""",
         procedures=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="left",
                          imaging="fluoroscopy", intent="diagnostic")],
         drugs=[drug("bupivacaine", 10)],
         pain=(6, 1), necessity=dict(diagnosis=True, symptom_duration=True),
         codes=[code("64451", "LT")],
         findings=[])

    note("fb-v-onb-01", "smarttext", """
Greater occipital nerve block
Side: Right
Diagnosis: Occipital neuralgia M54.81
Indication: Right occipital shooting pain for 6 months, failed gabapentin; headaches interfere with work.
Pre-procedure pain: 7/10
Consent: obtained   Time-out: done
Guidance: ultrasound; the nerve was seen superficial to the obliquus capitis inferior; image saved to PACS.
Medication: 3 mL 0.25% bupivacaine + dexamethasone 4 mg
Post-procedure pain: 1/10
Complications: none
""",
         procedures=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                          imaging="ultrasound")],
         drugs=[drug("bupivacaine", 7.5), drug("dexamethasone_sodium_phosphate", 4)],
         pain=(7, 1), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64405", "RT"), code("76942"), code("J1100", units=4)],
         findings=[])

    note("fb-v-lsb-01", "dictated", """
Right lumbar sympathetic block, CT-guided.

Diagnosis complex regional pain syndrome type I of the right lower limb, G90.521. Burning right foot pain with
color change for 8 months despite gabapentin and physical therapy; unable to bear weight for long. Pain 8/10.

Consent and time-out. Prone in the CT suite. Under CT guidance a 22 g needle was advanced to the anterolateral
right L3 vertebral body. 2 mL of Omnipaque 300 confirmed spread along the sympathetic chain. 15 mL of 0.2%
ropivacaine was injected. The right foot warmed by 2 degrees. Pain 3/10. No complications.
""",
         procedures=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                          imaging="ct", contrast=True)],
         drugs=[drug("iohexol", 2, "ml"), drug("ropivacaine", 30)],
         pain=(8, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64520"), code("77012"), code("Q9967", units=2)],
         findings=[])

    note("fb-v-knee-01", "shorthand", """
Rt knee injection, US guided
Dx R knee OA M17.11. Pain 3 yrs, failed PT/NSAIDs, can't do stairs. Pre 7/10.
Consent, time out. Linear probe, lateral suprapatellar approach, needle seen entering the recess.
Kenalog-40 1 mL + 4 mL 1% lidocaine. Post 3/10. No cx.
""",
         procedures=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
         drugs=[drug("triamcinolone_acetonide", 40), drug("lidocaine", 40)],
         pain=(7, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("20610", "RT"), code("J3301", units=4)],
         findings=[],
         comment="ultrasound without a saved image: 20610, not 20611")

    note("fb-v-tpi-01", "dictated", """
Trigger point injections, lumbar paraspinals.

Diagnosis myofascial pain syndrome M79.18. Low back muscle pain for 4 months with palpable trigger points in the
left and right lumbar paraspinals; failed stretching and PT. Pain 7/10 before.

Consent and time out. 2 mL of 0.5% lidocaine was injected into the trigger points on each side. Pain 4/10 after.
No complications.
""",
         procedures=[proc("trigger_point", region="lumbar")],
         drugs=[drug("lidocaine", 20)],
         pain=(7, 4), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True),
         codes=[code("20552")],
         findings=["percent_relief"],
         comment="relief only implied by the scores")

    note("fb-v-pump-01", "operative_report", """
PROCEDURE: Intrathecal baclofen pump refill, fluoroscopically guided.
INDICATION: The patient presents for refill; spastic diplegia, G80.1. The port is deep and could not be accessed
by nursing, requiring the skill of the physician.
DESCRIPTION: Consent and time-out. Under fluoroscopic guidance I accessed the port; 1.8 mL residual was removed
(expected 2.0 mL). The reservoir was filled with 20 mL of Lioresal 2000 mcg/mL. The program was not changed; rate
unchanged.
COMPLICATIONS: None.
""",
         procedures=[proc("pump_refill")],
         drugs=[drug("baclofen", 40)],
         pain=(None, None), necessity=dict(diagnosis=True),
         codes=[code("95991")],
         findings=[])
