"""The untuned check: 15 notes written after the rule changes, gold labelled before Painpoint read them.
No rule was changed for them (see README.md)."""


def add_untuned(note, proc, code, drug, FULL_ESI) -> None:
    FACET = dict(diagnosis=True, symptom_duration=True, conservative_care=True, functional_impairment=True)

    note("fb-u-tfesi-01", "smarttext", """
Pain Procedure Note
Procedure: Rt L45 TFESI
Level: L4/L5
Laterality: Right
Diagnosis: Radiculopathy, lumbar region (M54.16)
HPI: Right anterior thigh and medial shin pain with numbness for 7 weeks. Completed 5 weeks of PT and meloxicam
with no benefit. Can't walk the dog.
Imaging: MRI - right L4-5 foraminal disc protrusion compressing the exiting L4 root.
Pre-procedure pain score: 7/10
Consent signed. Time out completed.
Sedation: none
Description: Prone. With fluoroscopic guidance a 22 g spinal needle was advanced into the right L4-5 foramen.
Omnipaque-240 1.5 cc demonstrated periradicular and epidural flow, no vascular uptake. Decadron 10 mg was injected.
AP/lat images saved.
Post-procedure pain score: 2/10
Complications: none
""",
         procedures=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                          levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                          sedation="none")],
         drugs=[drug("iohexol", 1.5, "ml"), drug("dexamethasone_sodium_phosphate", 10)],
         pain=(7, 2), necessity=FULL_ESI,
         codes=[code("64483", "RT"), code("J1100", units=10)],
         findings=[])

    note("fb-u-tfesi-02", "dictated_asr", """
Bilateral L5-S1 transforaminal epidural steroid injection

This is a 66 year old man with pain going down both legs into the calves with pins and needles for about four
months diagnosis lumbar radiculopathy M54.16. He did eight weeks of physical therapy and took naproxen and none of
it helped. He can't stand in the kitchen long enough to make dinner. Pain today is 7 out of 10.

We discussed the risks and he signed the consent and we did a time out. He was prone and the low back was prepped.
Under fluoro the L5-S1 foramen on the right was targeted with a 22 gauge needle and then the left side the same
way. Isovue 200 1 cc on each side showed good epidural spread and no vascular pattern. Then Depo Medrol 40 mg was
injected on each side. Two views were saved AP and lateral. No complications. Pain after the procedure 3 out of 10.
""",
         procedures=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar",
                          laterality="bilateral", levels=["L5-S1"], imaging="fluoroscopy", contrast=True,
                          intent="therapeutic")],
         drugs=[drug("iopamidol", 2, "ml"), drug("methylprednisolone_acetate", 80)],
         pain=(7, 3), necessity=dict(FULL_ESI, imaging_findings=False),
         codes=[code("64483", "50"), code("J1010", units=80)],
         findings=["imaging_findings"],
         comment="no imaging finding is named")

    note("fb-u-ilesi-01", "operative_report", """
PROCEDURE PERFORMED: Thoracic interlaminar epidural steroid injection, T10-11.
PREOPERATIVE DIAGNOSIS: Thoracic radiculopathy, M54.14.
INDICATIONS: Band-like pain wrapping around the right lower chest wall in a T10 distribution for 3 months,
with burning and numbness. Failed 6 weeks of physical therapy and gabapentin. Unable to sleep more than 3 hours.
MRI shows a right paracentral T10-11 disc protrusion.
ANESTHESIA: Local.
DESCRIPTION OF PROCEDURE: Consent was signed and time-out performed. Prone. Under fluoroscopy the T10-11
interlaminar space was entered with a 20 g Tuohy needle using loss of resistance to saline. Omnipaque 180, 2 mL,
confirmed epidural spread. Kenalog 40 mg with 3 mL of preservative-free saline was injected. AP and lateral images
were saved.
Pre-procedure pain 6/10; post-procedure pain 3/10. No complications.
""",
         procedures=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                          imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
         drugs=[drug("iohexol", 2, "ml"), drug("triamcinolone_acetonide", 40)],
         pain=(6, 3), necessity=FULL_ESI,
         codes=[code("62321"), code("J3301", units=4)],
         findings=[])

    note("fb-u-caudal-01", "smarttext", """
Procedure: Caudal epidural steroid injection
Approach: caudal
Diagnosis: Spinal stenosis, lumbar region with neurogenic claudication (M48.062)
History: Bilateral buttock and leg pain with walking, relieved by sitting, for 1 year. Failed PT x 8 weeks and
gabapentin. Limited to walking 1 block. MRI: multilevel central stenosis L3-S1.
Pre-procedure pain: 8/10
Consent: signed
Time-out: done
Guidance: Fluoroscopy
Technique: 20 g Tuohy needle through the sacral hiatus into the caudal canal.
Medication: triamcinolone 80 mg in 10 mL normal saline
Images: AP and lateral saved
Post-procedure pain: 4/10
Complications: none
""",
         procedures=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                          intent="therapeutic")],
         drugs=[drug("triamcinolone_acetonide", 80)],
         pain=(8, 4), necessity=FULL_ESI,
         codes=[code("62323"), code("J3301", units=8)],
         findings=["contrast"],
         comment="no contrast and no reason given")

    note("fb-u-facet-01", "bulleted", """
Confirmatory lumbar medial branch blocks, bilateral

- Dx: lumbar facet arthropathy M47.816
- Axial back pain for 18 months, failed 3 months of PT and NSAIDs; cannot lift laundry
- First MBB on 03/02/2026 gave 85% relief for 6 hours
- Pain before: 6/10
- Consent and time-out documented
- Fluoroscopy. Both sides: L2, L3 and L4 medial branches targeted with 25 g needles
- 0.5 mL of 0.5% ropivacaine per nerve
- Pain after: 1/10
- No complications
""",
         procedures=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                          levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
         drugs=[drug("ropivacaine", 15)],
         pain=(6, 1), necessity=FACET,
         codes=[code("64493", "50", "KX"), code("64494", "50", "KX")],
         findings=[],
         comment="L2+L3 -> L3-L4, L3+L4 -> L4-L5; six nerves")

    note("fb-u-facet-02", "shorthand", """
R C4-5 MBB #1 (diagnostic)
Dx cervical spondylosis M47.812. R neck pain x 1 yr, failed PT/NSAIDs. Pre 5/10.
Consent + time out. Fluoro lateral view. 25g needles to R C4 and C5 medial branches (articular pillars).
2% lido 0.5 mL each. Post 1/10. No complications.
""",
         procedures=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                          levels=["C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
         drugs=[drug("lidocaine", 20)],
         pain=(5, 1), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True),
         codes=[code("64490", "KX", "RT")],
         findings=["functional_impairment"])

    note("fb-u-rfa-01", "dictated", """
Right lumbar facet radiofrequency lesioning.

Diagnosis lumbar spondylosis M47.816. Right-sided axial low back pain for 2 years that limits walking; failed PT
and NSAIDs. Pain 6/10 beforehand.

Consent and time-out were completed. Under fluoroscopy, RF cannulas were positioned at the right L3 and L4 medial
branches. After sensory and motor testing, lesioning was performed at 85 degrees C for 90 seconds at each nerve.
Kenalog 20 mg total was injected through the cannulas afterwards. Pain 2/10 after. No complications.
""",
         procedures=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                          levels=["L4-L5"], imaging="fluoroscopy")],
         drugs=[drug("triamcinolone_acetonide", 20)],
         pain=(6, 2), necessity=FACET,
         codes=[code("64635", "RT"), code("J3301", units=2)],
         findings=["diagnostic_block_relief"],
         comment="no diagnostic blocks documented before a first RFA")

    note("fb-u-genic-01", "operative_report", """
PROCEDURE: Bilateral genicular nerve blocks (both knees), diagnostic.
DIAGNOSIS: Bilateral primary osteoarthritis of knee, M17.0.
INDICATIONS: Knee pain in both knees for 4 years, worse on stairs; failed PT, NSAIDs and injections. Considering RFA.
Pain 7/10 before.
TECHNIQUE: Consent and time-out. Supine. Under fluoroscopy, on each knee the SM, SL and IM genicular nerves were
targeted; 1.5 mL of 0.5% bupivacaine was injected per nerve.
RESULT: Pain 1/10 after. No complications.
""",
         procedures=[proc("genicular_nerve_block", target="knee", region="knee", laterality="bilateral",
                          imaging="fluoroscopy", intent="diagnostic")],
         drugs=[drug("bupivacaine", 45)],
         pain=(7, 1), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64454", "50")],
         findings=[],
         comment="three nerves per knee, both knees: 9 mL of 5 mg/mL")

    note("fb-u-sij-01", "dictated", """
Left SI joint injection, fluoroscopically guided.

Dx: sacroiliac joint dysfunction, left, M53.3. Left low back and buttock pain for 5 months with positive Gaenslen
and thigh thrust tests. Failed 6 weeks of PT and naproxen; she cannot sit to drive more than 20 minutes.
Pre-procedure pain 7/10.

Consent obtained, time out. Prone. The left SI joint was entered at its inferior third with a 22 g needle under
C-arm guidance; 0.5 cc of Isovue-M 300 confirmed intra-articular spread. Then Celestone 6 mg with 1 mL of 1%
lidocaine was injected. AP and oblique images saved. Post-procedure pain 1/10, 85% relief. This was a diagnostic
injection. No complications.
""",
         procedures=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                          imaging="fluoroscopy", contrast=True, intent="diagnostic")],
         drugs=[drug("iopamidol", 0.5, "ml"), drug("betamethasone_sodium_phosphate_acetate", 6),
                drug("lidocaine", 10)],
         pain=(7, 1), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("27096", "LT"), code("J0702")],
         findings=[])

    note("fb-u-stellate-01", "operative_report", """
PROCEDURE: Left stellate ganglion block with fluoroscopic guidance.
DIAGNOSIS: Complex regional pain syndrome I of left upper limb, G90.512.
INDICATION: Left hand burning, swelling and allodynia for 4 months despite gabapentin and occupational therapy.
Pain 7/10.
DESCRIPTION: Consent, time-out. Supine. Under fluoroscopy a 22 g needle was placed at the junction of the left C6
vertebral body and transverse process. Omnipaque 300, 1 mL, showed spread along the prevertebral fascia without
vascular uptake. 8 mL of 0.25% bupivacaine was injected in increments.
POST: Ptosis and warmth of the left hand. Pain 3/10. No complications.
""",
         procedures=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                          imaging="fluoroscopy", contrast=True)],
         drugs=[drug("iohexol", 1, "ml"), drug("bupivacaine", 20)],
         pain=(7, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True),
         codes=[code("64510"), code("77002"), code("Q9967")],
         findings=[])

    note("fb-u-tpi-01", "smarttext", """
Trigger point injections
Dx: myofascial pain syndrome M79.18
Exam: taut bands with twitch response in the bilateral upper trapezius and right rhomboid major
Symptoms for 5 months; failed PT and stretching
Pre-procedure pain: 6/10
Consent and time-out: done
Muscles injected: left upper trapezius, right upper trapezius, right rhomboid major (5 points in total)
Medication: 1% lidocaine 0.5 mL at each of 5 points
Post-procedure pain: 3/10, 50% relief
Complications: none
""",
         procedures=[proc("trigger_point")],
         drugs=[drug("lidocaine", 25)],
         pain=(6, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True),
         codes=[code("20553")],
         findings=[])

    note("fb-u-knee-01", "shorthand", """
L knee IA injection (landmark)
Dx L knee primary OA M17.12. Pain x 2 yrs, failed PT and NSAIDs, limits stairs. Pre 6/10.
Consent, time out. Lateral suprapatellar approach by palpation. Depo-Medrol 40 mg/1 mL + 3 mL 1% lidocaine.
Post 2/10. No complications.
""",
         procedures=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="none")],
         drugs=[drug("methylprednisolone_acetate", 40), drug("lidocaine", 30)],
         pain=(6, 2), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("20610", "LT"), code("J1010", units=40)],
         findings=[])

    note("fb-u-pump-01", "dictated", """
Intrathecal pump refill and reprogramming.

The patient presents for refill of her intrathecal pump for chronic pain after multiple spine surgeries,
diagnosis post-laminectomy syndrome M96.1. Consent was verified and a time out performed. I personally
accessed the reservoir port under sterile technique, withdrew 2.6 mL (expected 2.8 mL), and refilled the pump
with 20 mL of hydromorphone 10 mg/mL. The daily dose was increased by 5% and the pump was reprogrammed. No
complications.
""",
         procedures=[proc("pump_refill")],
         drugs=[drug("hydromorphone", 200)],
         pain=(None, None), necessity=dict(diagnosis=True),
         codes=[code("62370")],
         findings=[])

    note("fb-u-kypho-01", "operative_report", """
PROCEDURE: T12 and L1 balloon kyphoplasty.
PREOPERATIVE DIAGNOSIS: Osteoporotic compression fractures T12 and L1, M80.08XA.
ANESTHESIA: General endotracheal anesthesia, per anesthesia record.
INDICATIONS: Acute back pain after a fall 5 weeks ago; MRI shows acute compression fractures of T12 and L1 with
edema. Failed bracing and analgesics for 5 weeks. Cannot walk without a walker. Pain 8/10.
DESCRIPTION: Consent and time-out. Prone. Under biplane fluoroscopy, bipedicular access at T12 and L1, balloon
inflation with height restoration, then PMMA cement at each level without extravasation.
POSTOPERATIVE: Pain 3/10. No complications.
""",
         procedures=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic",
                          levels=["T12", "L1"], imaging="fluoroscopy", sedation="general")],
         drugs=[],
         pain=(8, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True, imaging_findings=True),
         codes=[code("22513"), code("22515")], pos="22",
         findings=["sedation_details"],
         comment="general anaesthesia by anesthesia without agents, doses or times; T12 primary, L1 add-on")

    note("fb-u-tfesi-03", "dictated", """
Left L4-5 transforaminal epidural steroid injection, repeated on the contralateral side.

Diagnosis: lumbar radiculopathy, M54.16. Bilateral L4 radicular pain into the anterior shins for 6 months;
failed PT for 8 weeks and gabapentin; she cannot stand to cook. MRI: broad L4-5 disc bulge with bilateral
foraminal stenosis. This is her second TFESI; the first, 6 months ago, gave 60% relief for 4 months.
Pre-procedure pain 7/10.

Consent and time-out. Under fluoroscopy a 22 g needle was placed in the left L4-5 foramen; 1 mL of Omnipaque 240
showed epidural flow and 1 mL of Kenalog-40 was injected. The same procedure was then repeated on the
contralateral side. AP and lateral images were saved. Post-procedure pain 2/10. No complications.
""",
         procedures=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar",
                          laterality="bilateral", levels=["L4-L5"], imaging="fluoroscopy", contrast=True,
                          intent="therapeutic")],
         drugs=[drug("iohexol", 2, "ml"), drug("triamcinolone_acetonide", 80)],
         pain=(7, 2), necessity=FULL_ESI,
         codes=[code("64483", "50"), code("J3301", units=8)],
         findings=[],
         comment="the contralateral repeat doubles the per-side amounts")
