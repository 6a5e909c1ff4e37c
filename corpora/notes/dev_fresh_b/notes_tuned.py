"""The tuned fresh notes: the first 20 were written before any rule change, the next 11 after the first
round; the reader was tuned against all of them."""


def add_tuned(note, proc, code, drug, FULL_ESI) -> None:
    note("fb-tfesi-01", "operative_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Lumbosacral radiculopathy, left (M54.17).
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left L5 and S1 selective nerve root blocks under fluoroscopic guidance.

ANESTHESIA: Local only.

INDICATIONS: This is a 61-year-old gentleman with left buttock pain shooting down the back of the thigh into
the sole of the foot for the past five months. He completed eight weeks of physical therapy and a trial of
meloxicam, neither of which gave lasting benefit. He can no longer stand long enough to cook a meal. MRI of the
lumbar spine demonstrates a left paracentral L5-S1 disc extrusion displacing the descending S1 nerve root, with
left L5-S1 foraminal narrowing. Straight leg raise is positive on the left and the ankle reflex is diminished.
Pain today is 8/10.

DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives were explained and written informed consent was
signed. He was placed prone and a universal protocol time-out was carried out. The lumbosacral area was prepped
with ChloraPrep and draped. Using the C-arm, the left L5-S1 neuroforamen was squared in an oblique projection and
the skin was anesthetized with 2 mL of 1% lidocaine. A 22-gauge 3.5-inch Quincke needle was advanced to the
subpedicular zone. A second needle was directed into the posterior S1 foramen. After negative aspiration,
Isovue-M 200 was injected, 1.5 mL in total, outlining the L5 and S1 nerve roots with epidural flow and no
intravascular pattern. Then 80 mg of Kenalog 40 was divided between the two levels, each half mixed with 1 mL of
0.25% bupivacaine. AP and lateral fluoroscopic images were stored.

COMPLICATIONS: None.

DISPOSITION: Pain 3/10 on discharge. Discharged home in stable condition with a driver.
""",
         procedures=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                          levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                          sedation="local")],
         drugs=[drug("lidocaine", 20), drug("iopamidol", 1.5, "ml"), drug("triamcinolone_acetonide", 80),
                drug("bupivacaine", 5)],
         pain=(8, 3), necessity=FULL_ESI,
         codes=[code("64483", "LT"), code("64484", "LT"), code("J3301", units=8)],
         findings=[],
         comment="an L5 root block is the L5-S1 foramen; the S1 foramen is S1")

    note("fb-tfesi-02", "smarttext", """
Procedure Note - Interventional Pain
Procedure: Transforaminal epidural steroid injection (TF)
Laterality: B/L
Level(s): L4/5
Pre-op Dx: Lumbar radiculopathy M54.16
Post-op Dx: same
History: Bilateral anterior thigh and shin pain with tingling x 10 weeks. Completed 6 weeks of PT plus a
Medrol Dosepak without improvement. Cannot walk more than 10 minutes.
Imaging reviewed: MRI 03/2026 - broad-based L4-5 disc bulge with bilateral foraminal stenosis.
Consent: Signed, on chart.
Time out: Completed.
Sedation: None
Guidance: Fluoroscopy
Needle: 22 G 5 inch spinal
Contrast: Omnipaque 240, 2 mL total, periradicular and epidural spread on both sides
Injectate: Dexamethasone 10 mg/mL, 1 mL per side
Pain score pre: 6/10
Pain score post: 1/10
Complications: none
Disposition: Home with driver.
""",
         procedures=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar",
                          laterality="bilateral", levels=["L4-L5"], imaging="fluoroscopy", contrast=True,
                          intent="therapeutic", sedation="none")],
         drugs=[drug("iohexol", 2, "ml"), drug("dexamethasone_sodium_phosphate", 20)],
         pain=(6, 1), necessity=FULL_ESI,
         codes=[code("64483", "50"), code("J1100", units=20)],
         findings=["saved_images"],
         comment="no saved images stated")

    note("fb-ilesi-01", "shorthand", """
C-ILESI C7-T1 (fluoro)
Dx: cervical radiculopathy M54.12. R>L arm pain/paresthesias in C7 distribution x 4 mo. Failed PT x 6 wk +
gabapentin. Can't sleep or drive. MRI: C6-7 central HNP w/ bilat foraminal narrowing.
Pre 7/10.
Consent/TO done. Prone, prepped. C-arm AP + contralateral oblique. 18g Tuohy @ C7-T1, LOR to saline.
Isovue 300 1 cc -> epidural spread, no vasc. Depo-Medrol 80 mg + 2 cc PF NS injected. AP/CLO images saved.
Post 3/10. No cx. D/c home.
""",
         procedures=[proc("interlaminar_epidural", approach="interlaminar", region="cervical",
                          levels=["C7-T1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
         drugs=[drug("iopamidol", 1, "ml"), drug("methylprednisolone_acetate", 80)],
         pain=(7, 3), necessity=FULL_ESI,
         codes=[code("62321"), code("J1010", units=80)],
         findings=[])

    note("fb-caudal-01", "dictated_asr", """
Caudal epidural steroid injection.

The patient is a 72 year old woman with bilateral leg pain and numbness down both calves for about 9 months,
diagnosis lumbar spinal stenosis with neurogenic claudication M48.062. She did physical therapy for 8 weeks
and tried gabapentin and neither one helped. She can only stand at the sink for about 5 minutes. MRI from
January shows severe central canal stenosis at L3-4 and L4-5. Pain before the procedure 8 out of 10.

Consent was signed after we talked about risks including infection bleeding and headache. Time out done.
For anxiety she received conscious sedation with Versed 2 mg and fentanyl 50 mcg IV given by the nurse under
my direction. She was placed prone. Using the C arm the sacral hiatus was identified and a 20 gauge Tuohy needle
was placed through the sacral hiatus into the caudal epidural space. Omnipaque 300 3 mL showed epidural spread
up to L5 without vascular run off. Two views AP and lateral were saved. Then 80 mg of Depo Medrol with 8 cc of
preservative free normal saline were injected. No complications. Pain after 3 out of 10. Discharged home with
her husband.
""",
         procedures=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                          contrast=True, intent="therapeutic", sedation="moderate")],
         drugs=[drug("midazolam", 2), drug("fentanyl", 0.05), drug("iohexol", 3, "ml"),
                drug("methylprednisolone_acetate", 80)],
         pain=(8, 3), necessity=FULL_ESI,
         codes=[code("62323"), code("J1010", units=80)],
         findings=["sedation_details"],
         comment="sedation without start/stop times or an observer; not coded")

    note("fb-facet-01", "bulleted", """
Bilateral lumbar medial branch blocks - diagnostic #1

- Dx: lumbar spondylosis without myelopathy or radiculopathy, M47.816
- Axial low back pain worse with extension and rotation for 2 years; no radiation below the knee
- Failed 12 weeks of PT, NSAIDs and chiropractic care
- Difficulty bending to dress and unable to garden
- Pain before: 7/10
- Consent obtained; time-out performed
- Prone; fluoroscopic guidance with C-arm
- 25 g spinal needles placed at the junction of the superior articular and transverse processes for the
  L3 and L4 medial branches and at the sacral ala for the L5 dorsal ramus, bilaterally
- 0.3 mL Omnipaque 180 at each target confirmed no vascular spread
- 0.5 mL of 0.5% bupivacaine at each nerve (6 nerves)
- Pain after: 1/10 (85% relief at 30 minutes); patient will keep a pain diary
- No complications
""",
         procedures=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                          levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
         drugs=[drug("iohexol", 1.8, "ml"), drug("bupivacaine", 15)],
         pain=(7, 1), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64493", "50", "KX"), code("64494", "50", "KX")],
         findings=[],
         comment="L3+L4 MB and L5 dorsal ramus -> L4-L5 and L5-S1 joints")

    note("fb-facet-02", "operative_report", """
PROCEDURE: Rt C5-6 and C6-7 zygapophyseal (facet) joint injections, diagnostic.

PREOPERATIVE DIAGNOSIS: Cervical spondylosis, M47.812.
POSTOPERATIVE DIAGNOSIS: Same.
ANESTHESIA: None.

INDICATIONS: Right-sided neck pain radiating to the shoulder blade for 8 months, worse turning the head to the
right. Physical therapy for 10 weeks and NSAIDs failed. She cannot check her blind spot while driving.
Pre-procedure pain 6/10.

DESCRIPTION OF PROCEDURE: Informed consent obtained. Time-out performed. Prone with the neck flexed. Under
fluoroscopy the right C5-6 and C6-7 facet joints were identified in a lateral view. A 25-gauge spinal needle
entered each joint; 0.2 mL of Omnipaque 240 produced an arthrogram in each. Then 0.5 mL of a 1:1 mixture of 2%
lidocaine and Kenalog 40 was placed into each joint.

Post-procedure pain 2/10. No complications.
""",
         procedures=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="right",
                          levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                          sedation="none")],
         drugs=[drug("iohexol", 0.4, "ml"), drug("lidocaine", 10), drug("triamcinolone_acetonide", 20)],
         pain=(6, 2), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64490", "KX", "RT"), code("64491", "KX", "RT"), code("J3301", units=2)],
         findings=[],
         comment="0.5 mL of a 1:1 mix per joint = 0.25 mL of 20 mg/mL lidocaine and 0.25 mL of 40 mg/mL triamcinolone")

    note("fb-rfa-01", "dictated", """
Left lumbar radiofrequency rhizotomy

Diagnosis: lumbar facet arthropathy, M47.816. This patient has had left-sided low back pain for over three
years that is worse with standing and extension. She has done more than 3 months of physical therapy and
takes celecoxib without adequate relief; she can no longer lift her grandchild. She had two diagnostic medial
branch blocks at the same nerves this spring with 90% and 85% relief lasting the duration of the anesthetic.
Pain score going in is 7/10.

After consent and a time out, she was placed prone. With fluoroscopy, 18-gauge RF cannulas with 10 mm active
tips were positioned along the left L2, L3 and L4 medial branches and the left L5 dorsal ramus. Sensory testing
at 50 Hz reproduced her pain below 0.6 V, and 2 Hz motor testing up to 2 V produced no leg twitch. Each nerve
received 0.5 mL of 2% lidocaine, and lesions were made at 80 degrees Celsius for 90 seconds. At the end 40 mg of
Depo-Medrol was divided among the four lesion sites. No complications. Pain afterwards 3/10.
""",
         procedures=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                          levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy")],
         drugs=[drug("lidocaine", 40), drug("methylprednisolone_acetate", 40)],
         pain=(7, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64635", "LT"), code("64636", "LT", units=2), code("J1010", units=40)],
         findings=[],
         comment="levels only in the description: L2+L3, L3+L4, L4+L5 DR -> three joints")

    note("fb-rfa-02", "shorthand", """
Repeat RFA R lumbar facets at 4-5 and 5-1

Dx M47.816. R LBP x 4 yrs, failed PT/NSAIDs, limits walking + yard work. Prior RFA 03/2025 gave 80% relief for
9 months, now returning. Pre 6/10.
Consent, TO. Fluoro. RF probes to R L3 MB, L4 MB, L5 DR. Sensory/motor testing ok. 1 cc 2% lido each of the 3
sites. Lesions 85C x 90 sec. Post 2/10. No cx.
""",
         procedures=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                          levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
         drugs=[drug("lidocaine", 60)],
         pain=(6, 2), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64635", "RT"), code("64636", "RT")],
         findings=[],
         comment="'4-5 and 5-1' are the L4-L5 and L5-S1 joints; a repeat with 80% for 9 months")

    note("fb-genic-01", "operative_report", """
PROCEDURE PERFORMED: Right knee genicular nerve radiofrequency ablation (superomedial, superolateral and
inferomedial genicular nerves).

PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, right knee, M17.11.

INDICATIONS: Chronic right knee pain for 5 years, not a surgical candidate. Failed physical therapy, bracing,
NSAIDs and two steroid injections. A diagnostic genicular nerve block on 02/10/2026 gave 80% relief for 8 hours.
Walking is limited to one block. Pain 7/10 before the procedure.

DESCRIPTION: Consent signed, time-out done. Supine with a bolster under the knee. Under fluoroscopy three
cannulas were placed at the junctions of the shaft and epicondyles for the superomedial and superolateral nerves
and at the medial tibial shaft-condyle junction for the inferomedial nerve. Sensory stimulation reproduced
concordant pain; motor testing negative. 1 mL of 2% lidocaine was given at each site and each nerve was lesioned
at 80 C for 90 seconds.

Post-procedure 2/10. No complications.
""",
         procedures=[proc("genicular_rfa", target="knee", region="knee", laterality="right",
                          imaging="fluoroscopy")],
         drugs=[drug("lidocaine", 60)],
         pain=(7, 2), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64624", "RT")],
         findings=[])

    note("fb-gnb-01", "smarttext", """
GENICULAR NERVE BLOCK
Side: L
Guidance: Ultrasound
Diagnosis: Left knee osteoarthritis, M17.12
Indication: L knee pain x 3 yrs, failed PT and meloxicam, limited stairs. Candidate for RFA if positive.
Pre-procedure pain: 6/10
Consent: yes   Time-out: yes
Technique: With a linear probe, the superior lateral, superior medial and inferior medial genicular nerves were
located beside the genicular arteries. At each nerve 2 mL of 0.5% bupivacaine was injected; dexamethasone 4 mg
was added to the total injectate. Needle-to-nerve images saved to the chart.
Post-procedure pain: 1/10 (85% relief)
Complications: none
""",
         procedures=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left",
                          imaging="ultrasound", intent="diagnostic")],
         drugs=[drug("bupivacaine", 30), drug("dexamethasone_sodium_phosphate", 4)],
         pain=(6, 1), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64454", "LT"), code("J1100", units=4)],
         findings=[])

    note("fb-sij-01", "dictated", """
Left-sided sacroiliac joint injection under fluoroscopy

Diagnosis: sacroiliitis, left, M46.1. She has left buttock pain below the belt line for six months, positive
FABER, thigh thrust and compression on the left. Failed 8 weeks of PT and naproxen. Cannot sit through a
church service. Pre 8/10.

Consent signed and time-out completed. Prone. The inferior pole of the left SI joint was visualized with C-arm
and a 22 g spinal needle entered the joint; 0.5 mL Omnipaque 240 outlined the joint. Injected 40 mg
triamcinolone with 2 mL 0.5% ropivacaine. A single AP image was saved. Post 2/10, 75% relief. No complications.
This was a diagnostic and therapeutic injection.
""",
         procedures=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                          imaging="fluoroscopy", contrast=True)],
         drugs=[drug("iohexol", 0.5, "ml"), drug("triamcinolone_acetonide", 40), drug("ropivacaine", 10)],
         pain=(8, 2), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("27096", "LT"), code("J3301", units=4)],
         findings=["saved_images", "approach"],
         comment="one saved view; 'diagnostic and therapeutic' states no single intent")

    note("fb-silb-01", "operative_report", """
PROCEDURE: Right SI joint lateral branch radiofrequency neurotomy (L5 dorsal ramus, S1, S2 and S3 lateral branches)

DIAGNOSIS: Sacroiliac joint pain, right, M53.3.
HISTORY: Right SI region pain for 2 years; two SI lateral branch blocks gave 90% and 80% relief. Failed PT and
injections. Pain 6/10.
DESCRIPTION: Consent, time out. Prone. Under fluoroscopy a cooled RF introducer was placed at the right L5
dorsal ramus and lateral to the S1, S2 and S3 foramina. 1 mL of 1% lidocaine at each of the 4 sites. Cooled
radiofrequency lesions, 60 C probe temperature, 150 seconds each. Post 2/10. No complications.
""",
         procedures=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="right",
                          imaging="fluoroscopy")],
         drugs=[drug("lidocaine", 40)],
         pain=(6, 2), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True),
         codes=[code("64625", "RT")],
         findings=[])

    note("fb-stellate-01", "bulleted", """
Stellate ganglion block, right, ultrasound-guided

* Dx: Complex regional pain syndrome type I of right upper limb, G90.511
* Burning right hand pain with swelling and color change for 5 months, not improved by PT and gabapentin
* Pre: 7/10
* Consent and time-out done
* Supine, head slightly turned. Linear probe at C6; longus colli and carotid identified
* 25 g needle in plane to the prevertebral fascia; 5 mL of 0.5% ropivacaine in divided doses
* Image with needle in final position saved to the chart
* Horner's syndrome within 10 minutes; hand temperature up 2 degrees
* Post: 3/10
* No complications
""",
         procedures=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                          imaging="ultrasound")],
         drugs=[drug("ropivacaine", 25)],
         pain=(7, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True),
         codes=[code("64510"), code("76942")],
         findings=[])

    note("fb-lsb-01", "dictated", """
Lumbar sympathetic block.

Indication: CRPS type I of the left lower limb, G90.522, with burning foot pain and allodynia for 7 months
despite PT and duloxetine. Cannot wear a shoe. Pain before 8/10.

Consent obtained; time out. Prone. Using the C-arm a 20 g needle was directed to the anterolateral
border of the L2 vertebral body on the left side. Omnipaque 300, 2 mL, spread along the sympathetic chain
without vascular or psoas uptake. 10 mL of 0.25% bupivacaine was then injected. Foot temperature increased 3
degrees. Pain after 2/10. No complications.
""",
         procedures=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                          imaging="fluoroscopy", contrast=True)],
         drugs=[drug("iohexol", 2, "ml"), drug("bupivacaine", 25)],
         pain=(8, 2), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64520"), code("77002"), code("Q9967", units=2)],
         findings=[],
         comment="side only in the description")

    note("fb-tpi-01", "smarttext", """
Trigger Point Injection Procedure Note
Diagnosis: Myofascial pain syndrome, M79.18
Location: right upper trapezius (2 points), right levator scapulae (1), right rhomboid major (1)
Findings: palpable taut bands with local twitch response reproducing her headache and neck pain
Duration: 6 months; PT and home stretching without relief
Pre-procedure pain: 7/10
Consent: verbal and written   Time-out: yes
Medication: 1% lidocaine, 1 mL per trigger point
Post-procedure pain: 3/10 (about 60% better)
Complications: none
""",
         procedures=[proc("trigger_point", region="cervical")],
         drugs=[drug("lidocaine", 40)],
         pain=(7, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True),
         codes=[code("20553")],
         findings=[],
         comment="three muscles, four points")

    note("fb-tpi-02", "shorthand", """
TPI x2 muscles
Dx myofascial pain M79.18. L flank/low back pain 4 months, taut bands in L quadratus lumborum and L gluteus
medius. Pain 6/10. Consent, TO. Injected L QL and L glut med with total 4 mL 0.25% bupivacaine + Toradol 30 mg.
Tolerated. No cx.
""",
         procedures=[proc("trigger_point")],
         drugs=[drug("bupivacaine", 10), drug("ketorolac_tromethamine", 30)],
         pain=(6, None), necessity=dict(diagnosis=True, symptom_duration=True),
         codes=[code("20552"), code("J1885", units=2)],
         findings=["post_procedure_pain_score", "percent_relief"])

    note("fb-knee-01", "operative_report", """
PROCEDURE: Ultrasound-guided right knee intra-articular injection.
DIAGNOSIS: Unilateral primary osteoarthritis, right knee (M17.11).
INDICATION: Right knee pain and stiffness for 2 years; failed PT and oral NSAIDs. Pain 7/10, limits walking.
DESCRIPTION: Verbal and written consent; time-out. Supine. Suprapatellar recess visualized with a linear
transducer; a 22 g needle was advanced in plane into the joint under direct visualization. Injected Kenalog
40 mg with 4 cc 1% lidocaine. A permanent image was recorded.
POST: pain 2/10. No complications.
""",
         procedures=[proc("joint_injection", target="knee", region="knee", laterality="right",
                          imaging="ultrasound")],
         drugs=[drug("triamcinolone_acetonide", 40), drug("lidocaine", 40)],
         pain=(7, 2), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("20611", "RT"), code("J3301", units=4)],
         findings=[])

    note("fb-onb-01", "dictated", """
Bilateral greater occipital nerve blocks.

Diagnosis occipital neuralgia M54.81. Shooting pain from the base of the
skull over the scalp on both sides for 4 months, failed gabapentin and PT. Headaches disrupt work. Pain 8/10.

After consent and time-out, the greater occipital nerves were located by landmarks medial to the occipital
artery on both sides. On each side 3 mL of 0.5% bupivacaine with Kenalog 20 mg was injected. Pain after 1/10.
No complications.
""",
         procedures=[proc("occipital_nerve_block", target="greater_occipital", region="occipital",
                          laterality="bilateral", imaging="none")],
         drugs=[drug("bupivacaine", 30), drug("triamcinolone_acetonide", 40)],
         pain=(8, 1), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64405", "50"), code("J3301", units=4)],
         findings=[])

    note("fb-kypho-01", "operative_report", """
PROCEDURE PERFORMED: L1 balloon kyphoplasty, bipedicular.
PREOPERATIVE DIAGNOSIS: Osteoporotic compression fracture of L1 (M80.08XA).
ANESTHESIA: Monitored anesthesia care by the anesthesia team with midazolam 2 mg and fentanyl 100 mcg,
08:12 to 08:47.
INDICATIONS: Severe midline back pain since a fall 7 weeks ago. MRI shows an acute L1 compression fracture
with marrow edema and 40% height loss. Failed 6 weeks of bracing and analgesics. Bedbound most of the day.
Pain 9/10.
DESCRIPTION: Consent and time-out. Prone. Under biplanar fluoroscopy 11-gauge access cannulas were placed
through both L1 pedicles. Balloons were inflated to restore height, then 5 mL of PMMA cement was deposited
with no extravasation. Local: 10 mL of 1% lidocaine.
POSTOPERATIVE: Pain 3/10. No complications.
""",
         procedures=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                          imaging="fluoroscopy", sedation="mac")],
         drugs=[drug("lidocaine", 100)],
         pain=(9, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True, imaging_findings=True),
         codes=[code("22514")], pos="24", findings=[],
         comment="sedatives given by anesthesia are not the proceduralist's drugs (corpus convention)")

    note("fb-pump-01", "shorthand", """
ITB pump refill + reprogramming
Baclofen 2000 mcg/mL. Residual 3.2 mL withdrawn (expected 3.5). Refilled by me with 20 mL baclofen 2000 mcg/mL
under sterile technique. Dose increased 10% per spasticity; pump reprogrammed, new alarm date set.
Dx: spasticity due to multiple sclerosis, G35. Consent and time out. No complications.
""",
         procedures=[proc("pump_refill")],
         drugs=[drug("baclofen", 40)],
         pain=(None, None), necessity=dict(diagnosis=True),
         codes=[code("62370")],
         findings=["indication"],
         comment="no indication statement and no symptoms beside the diagnosis (common.indication)")

    add_tuned_second_round(note, proc, code, drug, FULL_ESI)


def add_tuned_second_round(note, proc, code, drug, FULL_ESI) -> None:
    note("fb-tfesi-03", "operative_report", """
PROCEDURE: RIGHT L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION

PREOPERATIVE DIAGNOSIS: Lumbar radiculopathy (M54.16).
INDICATIONS: 49-year-old with pain from the left hip down the lateral leg to the top of the foot for 3 months,
with numbness over the dorsum of the foot. Failed 6 weeks of physical therapy and a course of naproxen. Unable
to sit through a work shift. MRI: left foraminal disc protrusion at L4-5 abutting the exiting L4 nerve root.
Pre-procedure NRS 7.

PROCEDURE IN DETAIL: Consent was reviewed and signed. Time-out performed. Prone. Under fluoroscopy the left
L4-5 foramen was targeted with a 22-gauge needle in the safe triangle. Omnipaque 180, 1 mL, showed flow along
the left L4 root into the epidural space. Celestone Soluspan 6 mg/mL, 1 mL, was injected. Images: AP and
oblique saved.

Complications: none. NRS 2 after the injection.
""",
         procedures=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                          levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
         drugs=[drug("iohexol", 1, "ml"), drug("betamethasone_sodium_phosphate_acetate", 6)],
         pain=(7, 2), necessity=FULL_ESI,
         codes=[code("64483", "LT"), code("J0702")],
         findings=["laterality_conflict"],
         comment="title says right, the technique left: codes follow the technique")

    note("fb-tfesi-04", "operative_report", """
Cervical transforaminal epidural steroid injection, right C5-6, C6-7

Preoperative diagnosis: cervical radiculopathy, M54.12
Indication: right arm pain radiating to the thumb and index finger with tingling for 10 weeks, weak wrist
extension 4/5. Failed 5 weeks of PT and a prednisone taper without relief. Cannot work at the computer.
MRI: right C5-6 and C6-7 uncovertebral spurring with foraminal stenosis.
Pain before 8/10.

Sedation: due to severe anxiety, moderate sedation was given by me, midazolam 2 mg IV and fentanyl 50 mcg IV,
with an independent trained observer (RN) monitoring throughout. Start 10:02, stop 10:20.
Procedure: informed consent signed; time-out. Supine oblique. Under fluoroscopy 25 g needles were placed at the
posterior aspect of the right C5-6 and C6-7 foramina, targeting the C6 and C7 nerve roots. Isovue-M 200,
0.5 mL at each level, showed epidural spread without vascular pattern on live fluoroscopy. Dex 10mg was split
between the two levels. AP and oblique images saved.
Pain after 2/10. No complications.
""",
         procedures=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                          levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                          sedation="moderate")],
         drugs=[drug("midazolam", 2), drug("fentanyl", 0.05), drug("iopamidol", 1, "ml"),
                drug("dexamethasone_sodium_phosphate", 10)],
         pain=(8, 2), necessity=FULL_ESI,
         codes=[code("64479", "RT"), code("64480", "RT"), code("99152"), code("J1100", units=10)],
         findings=[],
         comment="18 minutes of moderate sedation by the proceduralist with an observer: 99152")

    note("fb-ilesi-02", "dictated", """
Lumbar translaminar epidural steroid injection at L5-S1.

Diagnosis: lumbar spinal stenosis with neurogenic claudication, M48.062. He has pain in both buttocks and legs
when walking for 6 months, eased by sitting, and can only walk 2 blocks. Twelve weeks of physical therapy and
gabapentin gave no lasting improvement. MRI shows moderate central stenosis at L4-5 and L5-S1.
Pain before 6/10.

Consent signed; time-out completed. Prone. Under fluoroscopic guidance an 18 g Tuohy needle entered the L5-S1
interlaminar space in the midline using loss of resistance to air. No contrast was used due to a documented
iodinated contrast allergy. Triamcinolone 80 mg with 4 mL preservative-free saline was injected. Two fluoroscopic
views (AP and lateral) were retained. No complications. Pain after 2/10.
""",
         procedures=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                          imaging="fluoroscopy", contrast=False, intent="therapeutic")],
         drugs=[drug("triamcinolone_acetonide", 80)],
         pain=(6, 2), necessity=FULL_ESI, pos="22",
         codes=[code("62323")],
         findings=[],
         comment="hospital outpatient: no drug line; contrast withheld for allergy")

    note("fb-facet-03", "bulleted", """
RIGHT THORACIC MEDIAL BRANCH BLOCKS (first diagnostic)

- Diagnosis: thoracic spondylosis, M47.814
- Right mid-back pain for 9 months, worse with twisting; failed 8 weeks of PT and NSAIDs
- Unable to sit at a desk more than 30 minutes
- Pain 6/10 before
- Consent signed, time out done
- Fluoroscopy: needles to the right T4, T5, T6 and T7 medial branches at the superolateral transverse processes
- 0.5 cc of 2% lidocaine at each of the four nerves
- Pain 1/10 after (83% relief)
- No complications
""",
         procedures=[proc("facet_injection", approach="medial_branch", region="thoracic", laterality="right",
                          levels=["T5-T6", "T6-T7", "T7-T8"], imaging="fluoroscopy", intent="diagnostic")],
         drugs=[drug("lidocaine", 40)],
         pain=(6, 1), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64490", "KX", "RT"), code("64491", "KX", "RT"), code("64492", "KX", "RT")],
         findings=["level_limit"],
         comment="thoracic nerves T4+T5 supply T5-T6 (offset 1): four nerves, three joints; a third joint is over the KB's limit")

    note("fb-rfa-03", "dictated", """
Cervical radiofrequency neurotomy, both sides.

Diagnosis: cervical spondylosis without myelopathy, M47.812. Axial neck pain for 3 years, failed PT, NSAIDs and
chiropractic care; she has trouble turning her head to reverse the car. Two diagnostic medial branch blocks gave
80% and 90% relief. Pain 7/10 before.

After consent and time-out, under fluoroscopy RF cannulas were placed along the C4, C5 and C6 medial branches
on both sides. Sensory and motor testing were appropriate. 1% lidocaine 3 mL total was used for the lesion sites,
and each nerve was lesioned at 80 degrees Celsius for 90 seconds. Pain 3/10 after. No complications.
""",
         procedures=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                          levels=["C4-C5", "C5-C6"], imaging="fluoroscopy")],
         drugs=[drug("lidocaine", 30)],
         pain=(7, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64633", "50"), code("64634", "50")],
         findings=[],
         comment="cervical C4+C5 -> C4-C5, C5+C6 -> C5-C6")

    note("fb-facet-04", "smarttext", """
Procedure: Left L4 through S1 facet joint injections (intra-articular), diagnostic
Pre-op diagnosis: Lumbar spondylosis M47.816
History: Left low back pain for 1 year, worse with standing; PT x 10 weeks and meloxicam failed. Cannot stand
long enough to cook.
Pre-procedure pain: 7/10
Consent: obtained   Time-out: performed
Imaging: fluoroscopy
Technique: 22 g needles into the left L4-5 and L5-S1 facet joints; arthrogram with 0.3 mL Omnipaque 240 each.
Medications: 1 mL of 0.5% bupivacaine with Kenalog 10 mg in each joint.
Post-procedure pain: 2/10
Complications: none
""",
         procedures=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                          levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
         drugs=[drug("iohexol", 0.6, "ml"), drug("bupivacaine", 10), drug("triamcinolone_acetonide", 20)],
         pain=(7, 2), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("64493", "KX", "LT"), code("64494", "KX", "LT"), code("J3301", units=2)],
         findings=[],
         comment="'L4 through S1' facet joints are L4-L5 and L5-S1")

    note("fb-si-02", "shorthand", """
B/L SIJ inj - CT guided
Dx sacroiliitis M46.1 (bilateral). Bilat buttock pain x 6 mo, failed PT 8 wks + NSAIDs, can't sit > 20 min.
Pre 7/10. Consent, time out. Prone in CT. Needles into inferior L and R SI joints under CT guidance.
Depo-Medrol 40 mg + 2 mL 0.25% bupivacaine into each joint. Representative axial CT images saved.
Post 1/10 (85% relief). Diagnostic. No cx.
""",
         procedures=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac",
                          laterality="bilateral", imaging="ct", intent="diagnostic")],
         drugs=[drug("methylprednisolone_acetate", 80), drug("bupivacaine", 10)],
         pain=(7, 1), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("27096", "50"), code("J1010", units=80)],
         findings=["contrast", "saved_images"],
         comment="no contrast and no reason; CT images saved without a view count")

    note("fb-tpi-03", "dictated", """
Chemodenervation / trigger point injections with botulinum toxin.

Diagnosis: cervical dystonia with myofascial pain, G24.3. Left neck pain with spasm for 2 years, failed PT and
tizanidine. Trigger points with twitch response in the left sternocleidomastoid, left splenius capitis and left
upper trapezius. Pain 6/10 before.

Consent and time-out. One 100-unit single-dose vial of Botox was reconstituted with 2 mL preservative-free
saline; the entire vial was used with no waste. Injected: left SCM 25 units, left splenius capitis 25 units,
left upper trapezius 50 units. Pain 4/10 after, 30% relief. No complications.
""",
         procedures=[proc("trigger_point", region="cervical")],
         drugs=[drug("onabotulinumtoxinA", 100, "units")],
         pain=(6, 4), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True),
         codes=[code("20553"), code("J0585", "JZ", units=100)],
         findings=[],
         comment="single-dose vial, nothing discarded: JZ")

    note("fb-scs-01", "operative_report", """
PROCEDURE PERFORMED: Spinal cord stimulator trial, two percutaneous leads.
PREOPERATIVE DIAGNOSIS: Post-laminectomy syndrome, M96.1.
INDICATIONS: Low back and bilateral leg pain for 4 years after L4-S1 fusion; failed PT, medications and ESIs.
Cleared by psychological evaluation in March. Cannot stand more than 10 minutes. Pain 8/10.
ANESTHESIA: Local, 1% lidocaine 10 mL.
DESCRIPTION: Consent and time-out. Prone. Under fluoroscopy a 14 g Tuohy needle entered the epidural space at
L1-L2 and two 8-contact leads were advanced with the tips at the top of T8 and mid T8, straddling midline.
Paresthesia coverage of both legs and back. Leads secured and connected to the external trial stimulator.
DISPOSITION: Pain 3/10 with stimulation. No complications.
""",
         procedures=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                          intent="therapeutic", sedation="local")],
         drugs=[drug("lidocaine", 100)],
         pain=(8, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True),
         codes=[code("63650", units=2), code("77003")],
         findings=[])

    note("fb-va-01", "operative_report", """
PROCEDURE: T11 and T12 vertebroplasty, bipedicular.
DIAGNOSIS: Age-related osteoporosis with current pathological vertebral fractures, M80.08XA.
INDICATION: Thoracolumbar pain for 8 weeks after lifting a box; MRI shows acute compression fractures of T11 and
T12 with marrow edema. Six weeks of bracing and analgesics did not help. She cannot get out of bed without help.
Pain 9/10 before.
ANESTHESIA: Moderate sedation administered by the anesthesia CRNA.
DESCRIPTION: Consent and time-out. Prone. Under biplane fluoroscopy 11 g needles were placed through both
pedicles at T11 and at T12 and PMMA cement was injected under live imaging, 3 mL per level, without leakage.
Local: 1% lidocaine 10 mL.
POST: Pain 3/10. No complications.
""",
         procedures=[proc("vertebral_augmentation", approach="vertebroplasty", region="thoracic",
                          levels=["T11", "T12"], imaging="fluoroscopy", sedation="moderate")],
         drugs=[drug("lidocaine", 100)],
         pain=(9, 3), necessity=dict(diagnosis=True, symptom_duration=True, conservative_care=True,
                                      functional_impairment=True, imaging_findings=True),
         codes=[code("22510"), code("22512")], pos="22",
         findings=["sedation_details"],
         comment="sedation by anesthesia without agents, doses or times")

    note("fb-pump-02", "smarttext", """
Intrathecal Pump Refill
Indication: scheduled refill; cancer-related pain G89.3
Performed by: RN, under physician supervision
Reservoir contents: Infumorph 25 mg/mL
Volume removed: 2.0 mL (expected 2.2 mL)
Volume instilled: 18 mL of Infumorph 25 mg/mL
Reprogramming: none; rate unchanged
Consent: verbal
Complications: none
""",
         procedures=[proc("pump_refill")],
         drugs=[drug("morphine", 450)],
         pain=(None, None), necessity=dict(diagnosis=True),
         codes=[code("95990")],
         findings=["time_out"])
