"""Sealed batch, part 2: nine facet notes (MBB, intra-articular, RFA), three SI joint notes and six others
(trigger points, genicular RFA, lumbar sympathetic block, SCS trial, kyphoplasty, pump refill). Written from
scratch in my own wordings; gold read from the text by the corpus rules before any tool read the notes. Four leave
out an element on purpose (conservative care, a second diagnostic block, stated percent relief and two saved
views, complications)."""

from make_notes import ESI_NEED, SPINE_NEED

SPINE_IMG = SPINE_NEED + ("imaging_findings",)


def build(add, proc, line, given) -> None:
    add("ft-mbb-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Bilateral L3 and L4 medial branch blocks and L5 dorsal ramus blocks (L4-L5 and L5-S1 facet joints),
first diagnostic block, under fluoroscopic guidance.
ANESTHESIA: Local.
COMPLICATIONS: None.

INDICATIONS: This 70-year-old man has a 2-year history of axial low back pain across the belt line, worse with
extension, rotation and prolonged standing, without radiating leg pain or neurologic deficit. Facet loading is
painful on both sides. MRI shows moderate bilateral facet arthropathy at L4-L5 and L5-S1 without canal or
foraminal stenosis. He has completed 3 months of physical therapy with core strengthening, several chiropractic
treatments and scheduled naproxen, none of which has brought the pain under control. Oswestry Disability Index
today is 46%. Pain before the block: 7/10.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after the risks and the diagnostic purpose of the block
were explained. The patient was placed prone and a time-out was called to confirm the patient, procedure and
levels. The lumbosacral region was prepped with chlorhexidine and draped in sterile fashion. Under fluoroscopy,
22-gauge spinal needles were directed to the junction of the superior articular process and transverse process
of L4 and L5 and to the sacral ala bilaterally. After negative aspiration, 0.5 mL of 0.5% bupivacaine was placed
at each of the six targets. No steroid was used. The needles were removed and bandages applied.

POSTPROCEDURE: On provocative maneuvers 20 minutes later his pain was 1/10, an 86% reduction. He was given a
pain diary and discharged in stable condition.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_IMG, dos="2026-01-27",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        comment="complete; function documented only as an Oswestry score; conservative care 'none of which has "
                "brought the pain under control'")

    add("ft-mbb-02", "smarttext", """
Procedure: Cervical medial branch block #2 (confirmatory), RIGHT C4-5 and C5-6 facets
Nerves: right C4, C5 and C6 medial branches
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy, M47.812
History of present illness: Right-sided neck pain spreading to the shoulder blade since early 2024, worse when
turning the head to the right and looking up. No arm pain, numbness or weakness.
Treatment to date: physical therapy 8 weeks (manual therapy and home program) - minimal change; diclofenac and
a soft collar - no meaningful benefit.
Function: cannot check the blind spot while driving and has stopped driving at night.
Imaging: cervical X-rays with right-sided facet arthrosis at C4-5 and C5-6.
Prior block: first right C4-6 medial branch block on 10/20/2026 - 85% relief for 5 hours, concordant with the
local anesthetic.
Pain before: 6/10
Consent: obtained (written)
Time-out: completed
Sedation: none
Guidance: fluoroscopy
Technique: Prone. 25 g needles to the waists of the right C4, C5 and C6 articular pillars on the lateral view.
0.5% bupivacaine 0.5 mL at each nerve.
Pain after: 1/10 with rotation and extension (83% improvement)
Complications: none
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_IMG, dos="2026-11-10",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[],
        comment="complete confirmatory block: the first gave 85% (>= 80%)")

    add("ft-mbb-03", "dictated", """
Left lumbar medial branch blocks, L3-4 and L4-5

She is a 66-year-old retired postal carrier with left-sided low back pain that has been present for about 3
years and has become steadily worse over the last year. The pain sits just to the left of the spine at the
belt line, sometimes spreads into the left buttock but never below the knee, and she has no numbness or
weakness. It is worst when she straightens up after bending, when she turns in bed and when she stands at the
stove; she now sits down to cook and cannot do her gardening. On exam there is tenderness over the left L3-4
and L4-5 facets and extension with rotation to the left reproduces her pain; the straight leg raise is
negative. Her lumbar MRI shows left greater than right facet hypertrophy with small effusions at L3-4 and L4-5
and only mild disc bulging. Diagnosis is lumbar spondylosis without radiculopathy, M47.816. This is a first,
diagnostic block to see whether the facet joints are the source of her pain before we consider radiofrequency
ablation.

Procedure: The purpose and risks were explained and she consented in writing. A time-out was performed. She
lay prone and the back was cleaned with chlorhexidine and draped. Her pain before starting was 6 out of 10.
Using fluoroscopy we placed 22 gauge needles on the left L2, L3 and L4 medial branches at the junction of the
superior articular process and the transverse process, and after negative aspiration injected 0.5 mL of 0.5%
ropivacaine at each of the three nerves. The needles were removed.

Fifteen minutes later she bent, twisted and stood and said her pain was 1 out of 10. She had no complications,
and she will keep a pain diary for the next 8 hours.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 7.5)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "functional_impairment", "imaging_findings"),
        dos="2026-04-28",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["conservative_care"],
        comment="incomplete on purpose: long narrative with no treatment history at all; L2-L4 medial branches "
                "= L3-L4 and L4-L5")

    add("ft-facet-01", "bulleted", """
Bilateral L4-5 facet joint injections (intra-articular), therapeutic
- Dx: lumbar facet arthropathy / spondylosis, M47.816
- Axial LBP since a fall 4 yrs ago; worse with standing and extension; no radicular symptoms
- Two diagnostic MBBs at L4-5 this summer: 90% then 85% relief, concordant
- Not an ablation candidate (pacemaker dependent); prefers steroid joint injections
- Has done PT twice (8 weeks each), massage and NSAIDs - pain persists
- Limits: stands < 10 min, stopped volunteering at the library
- Pain before: 7/10
- Consent signed; time-out done
- Prone, fluoroscopy; 22 g needle into each L4-5 facet joint (left and right)
- Omnipaque 240 0.2 mL per joint: arthrogram confirmed
- Kenalog 20 mg + 0.5 mL 0.25% bupivacaine per joint
- Pain after: 2/10
- Complications: none
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.4, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-10-13",
        codes=[line("64493", "50"), line("J3301", units=4)], findings=[],
        comment="complete therapeutic injection: two diagnostic blocks >= 80%; no KX on a therapeutic line")

    add("ft-mbb-04", "shorthand", """
R L5-S1 MBB #1 (dx) - fluoro
dx: lumbar spondylosis M47.816, R L5-S1 facet
LBP R-sided x 8 mo, worse w/ extension + standing, no leg sx, neg SLR.
MRI: R L5-S1 facet effusion + DJD.
failed: PT x 10 wk, meloxicam, TENS.
fxn: can't stand > 15 min at work (cashier), quit bowling.
pain pre 7/10
informed consent signed. time out.
prone. 22g to R L4 MB + R L5 DR under fluoro. 2% lido 0.5 mL each.
post: 2/10 w/ ext/rot. 71% relief.
no complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 20)],
        pain=(7, 2), need=SPINE_IMG, dos="2026-05-05",
        codes=[line("64493", "KX", "RT")], findings=[],
        comment="complete; L4 MB + L5 DR = L5-S1; today's 71% is this block's result, not a prior block")

    add("ft-rfa-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar facet syndrome; lumbar spondylosis (M47.816).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Bilateral radiofrequency neurotomy of the L3 and L4 medial branches and the L5 dorsal rami (L4-L5
and L5-S1 facet joints) with fluoroscopic guidance.
ANESTHESIA: Local.

INDICATIONS: This 62-year-old man has had constant axial low back pain for more than 5 years, aggravated by
extension and standing and not radiating past the buttocks. A 12-week physical therapy course, NSAIDs, a lumbar
brace and an earlier round of chiropractic care have not relieved it. He has given up his job as a mechanic and
can no longer lift his grandchildren. Two separate diagnostic medial branch blocks at the same nerves, on
February 3 with lidocaine and February 24 with bupivacaine, gave 90% and 85% relief for durations concordant
with the anesthetics. MRI shows bilateral facet hypertrophy at L4-L5 and L5-S1. Pain before the procedure was
8/10.

DESCRIPTION OF PROCEDURE: Consent was obtained after the risks, including neuritis and numbness, were
explained. The patient was positioned prone, and a time-out was performed. The skin was prepped and draped.
Under fluoroscopy, 18-gauge 100-mm radiofrequency cannulae with 10-mm active tips were placed parallel to the
L3 and L4 medial branches and the L5 dorsal ramus on the right and on the left. Sensory stimulation at 50 Hz
reproduced his back pain below 0.5 V, and motor stimulation at 2 Hz up to 2 V caused no leg contraction at any
site. 1 mL of 2% lidocaine was injected through each cannula, and conventional thermal lesions were made at 80
degrees Celsius for 90 seconds at each of the 6 sites.

The patient tolerated the procedure without complications. Pain at discharge was 3/10.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 120)],
        pain=(8, 3), need=SPINE_IMG, dos="2026-03-24",
        codes=[line("64635", "50"), line("64636", "50")], findings=[],
        comment="complete: two diagnostic blocks 90% and 85%, thermal at 80 C")

    add("ft-rfa-02", "smarttext", """
Procedure: Repeat radiofrequency ablation, RIGHT C5-6 and C6-7 facet joints (C5, C6, C7 medial branches)
Diagnosis: Cervical spondylosis, M47.812
HPI: Right lower neck pain for 6 years, no arm symptoms. Last RFA at the same nerves on 11/18/2025 gave about
75% pain relief that lasted 8 months before the pain returned. Earlier care: PT 12 weeks, NSAIDs, chiropractic
adjustments - did not help.
Functional impact: trouble reversing the car and reading at a desk; NDI 38%.
Imaging: MRI - right C5-6 and C6-7 facet arthropathy.
Pre-procedure pain: 7/10
Consent: written consent signed
Time-out: verified
Guidance: fluoroscopy
Technique: Prone. 18 g RF cannulae to the right C5, C6 and C7 medial branches on the lateral view. Sensory
testing concordant; motor testing negative for the arm. 0.5 mL 2% lidocaine through each cannula, then thermal
lesioning at 85 C for 90 seconds per nerve.
Post-procedure pain: 3/10
Complications: none
""",
        payer="medicare_fcso",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 3), need=SPINE_IMG, dos="2026-09-29", pos="24",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=[],
        comment="complete repeat: 75% for 8 months (>= 50% for >= 180 days); two sessions in 12 months is the limit")

    add("ft-rfa-03", "dictated", """
Left lumbar radiofrequency ablation, L3-4 and L4-5

This 74-year-old woman returns for radiofrequency ablation of her left L3-4 and L4-5 facet joints. She has had
left-sided low back pain for about 4 years, aching and worse with standing and walking upright, never going
below the knee. She did 10 weeks of physical therapy last year and takes meloxicam and acetaminophen; her pain
has not improved with any of these. She now uses a walker for anything longer than the trip to the mailbox and
has stopped going to her grandson's ball games. Her diagnosis is lumbar spondylosis without radiculopathy,
M47.816, and her MRI shows left-predominant facet arthropathy at L3-4 and L4-5. In August she had a left L2, L3
and L4 medial branch block with bupivacaine that gave her 90 percent relief for about 6 hours. She is eager to
proceed.

She rated her pain 8 out of 10 before the procedure. Consent was obtained and signed after a discussion of
risks including numbness, neuritis and infection. A time-out was completed. She was positioned prone, prepped
and draped. Under fluoroscopy, 18 gauge radiofrequency cannulae with 10 mm active tips were placed along the
left L2, L3 and L4 medial branches. Sensory testing reproduced her back pain and motor testing did not move the
leg. One mL of 2% lidocaine was given through each cannula and lesions were made at 85 degrees for 90 seconds
at each level. The cannulae were removed. She had no complications. Her pain was 2 out of 10 in recovery.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 2), need=SPINE_IMG, dos="2026-10-20",
        codes=[line("64635", "LT"), line("64636", "LT")], findings=["diagnostic_block_relief"],
        comment="incomplete on purpose: only one diagnostic block documented (the LCD asks for two >= 80%)")

    add("ft-mbb-05", "bulleted", """
BILATERAL CERVICAL MEDIAL BRANCH BLOCKS - second diagnostic (comparative) block
- Levels: C5-6 and C6-7 facet joints; C5, C6 and C7 medial branches on both sides
- Diagnosis: cervical facet arthropathy (M47.812)
- Neck pain across the base of the neck since a rear-end collision in 2023, both sides equally, worse with
  looking up; no arm pain or paresthesias
- X-rays and CT: bilateral facet degeneration at C5-6 and C6-7
- Tried: 4 months of PT, cervical traction, cyclobenzaprine and naproxen - no lasting relief
- Function: unable to look up to hang laundry; has given up driving on the highway
- First comparative block (lidocaine) 9/29: 90% relief for 2 hours
- Pre-block pain: 5/10
- Consent reviewed and signed; time-out completed
- Prone, fluoroscopy; 25 g spinal needles to the C5, C6 and C7 medial branches, right then left
- 0.3 mL 0.5% ropivacaine per nerve (6 nerves)
- Post-block pain: 0/10 - 100% relief on provocation
- No complications
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 9)],
        pain=(5, 0), need=SPINE_IMG, dos="2026-10-15",
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=[],
        comment="complete; first block 90% (>= 80%); 6 nerves x 0.3 mL x 5 mg/mL")

    add("ft-si-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Left sacroiliitis (M46.1).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Left sacroiliac joint injection under fluoroscopic guidance with arthrogram, diagnostic.
ANESTHESIA: Local.

INDICATIONS: The patient reports 8 months of left buttock and posterior hip pain centered below the posterior
superior iliac spine, worse when climbing stairs and rolling in bed. Four of five provocation tests (distraction,
compression, thigh thrust and Gaenslen's) reproduce the pain on the left. Pelvic X-rays show left SI joint
sclerosis. Six weeks of physical therapy with pelvic stabilization and a trial of meloxicam did not relieve the
pain. The patient can no longer walk the dog or sit through a church service. Pain on arrival: 7/10.

PROCEDURE DETAILS: Written informed consent was obtained. The patient was positioned prone, and a time-out was
performed. The left buttock was prepped and draped sterilely. The inferior aspect of the left sacroiliac joint
was identified under fluoroscopy with a slight contralateral tilt. A 22-gauge 3.5-inch spinal needle was
advanced into the joint. 0.5 mL of Omnipaque 240 produced an arthrogram outlining the joint capsule. Then 1.5 mL
of 0.5% bupivacaine with 40 mg of triamcinolone was injected. AP and oblique images were stored.

POSTPROCEDURE: With repeat provocation the pain was 1/10, approximately 85% relief. No complications. The patient
will record relief in a diary for the next 6 hours.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 7.5), given("triamcinolone_acetonide", 40)],
        pain=(7, 1), need=SPINE_IMG, dos="2026-02-24",
        codes=[line("27096", "LT"), line("J3301", units=4)], findings=[],
        comment="complete diagnostic SI injection with stated 85% relief")

    add("ft-si-02", "dictated", """
Bilateral sacroiliac joint injections, therapeutic

He is a 69-year-old gentleman whose pain sits over both sacroiliac joints and both buttocks and has been
there for close to 2 years. It is worse getting out of the car and turning over in bed, and he can only stand
long enough to shave before he has to sit. On exam thigh thrust, compression and FABER are positive on both
sides. Imaging shows degenerative change of both sacroiliac joints. He spent 3 months in physical therapy with a
sacroiliac belt and takes celecoxib daily, and the pain has stayed the same. The diagnosis is bilateral
sacroiliitis, M46.1. In March he had bilateral diagnostic sacroiliac joint injections here and got 80 percent
relief that lasted about four months. Today is a therapeutic injection. He rates the pain at 6 out of 10.

We went over the risks again and he signed consent. Time-out completed. He was prone, prepped and draped.
Using fluoroscopy, the skin over each joint was anesthetized with 1 mL of 1% lidocaine, and a 22 gauge needle
was placed into the inferior third of the left and then the right sacroiliac joint. Isovue-M 200, 0.5 mL on
each side, confirmed intra-articular flow. Into each joint we injected methylprednisolone 40 mg. AP and oblique
images of both joints were saved. He did well with no complications. After the injections he said the pain was
a 2 out of 10, about 70 percent better, and he walked out on his own.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=SPINE_IMG, dos="2026-09-02",
        codes=[line("27096", "50"), line("J1010", units=80)], findings=[],
        comment="complete therapeutic: diagnostic injection 80% (>= 75%) lasting about four months (>= 90 days)")

    add("ft-si-03", "smarttext", """
Procedure: Right SI joint injection - diagnostic
Diagnosis: Sacroiliitis, right (M46.1)
Onset/duration: right buttock pain for 5 months after a misstep off a curb
Provocative exam: positive FABER, thigh thrust and compression on the right
Prior treatment: physical therapy 6 weeks, ibuprofen - failed
Function: unable to sit through a work shift at the call center
Pre-procedure NRS: 8
Consent: signed
Time-out: completed
Guidance: fluoroscopy
Technique: Prone. 1 mL of 1% lidocaine to the skin. 22 g needle into the inferior right SI joint; Omnipaque 240
0.5 mL arthrogram. 2 mL of 0.2% ropivacaine injected.
Image saved.
Post-procedure NRS: 2
Complications: none
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 10), given("iohexol", 0.5, "ml"), given("ropivacaine", 4)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-06-30",
        codes=[line("27096", "RT")], findings=["percent_relief", "saved_images"],
        comment="incomplete on purpose: relief only implied by the scores (75%), one saved image")

    add("ft-tpi-01", "shorthand", """
TPIs x3 muscles - R trap / levator / rhomboid
Dx: myofascial pain syndrome, R upper back (M79.18)
8 mo R upper back + neck pain; taut bands w/ local twitch + referred pain on palpation in the R upper trapezius,
levator scapulae and rhomboid major.
Stretching program + PT 6 wk + cyclobenzaprine - no better.
Can't carry groceries or sleep on the R side.
Pre 6/10.
Consent (verbal + written) ok. TO done.
27g 1.25": 1 mL 1% lido per point, 1 point each muscle (3 total), needling until twitch extinguished.
Post 1/10 = ~85% relief. No cx, tol well.
""",
        payer="commercial_generic",
        procs=[proc("trigger_point")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-04-14",
        codes=[line("20553")], findings=[],
        comment="complete; commercial payer; lidocaine is never billed")

    add("ft-genic-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Primary osteoarthritis of the right knee (M17.11).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Right genicular nerve radiofrequency ablation (superomedial, superolateral and inferomedial
genicular nerves) under fluoroscopic guidance.
ANESTHESIA: Local.

INDICATIONS: This 76-year-old has had right knee pain for 7 years with Kellgren-Lawrence grade 4 changes on
standing X-rays. Physical therapy, a hinged brace, two intra-articular steroid injections and hyaluronic acid
injections no longer help, and medical comorbidities make knee replacement too risky. Walking is limited to
household distances. A diagnostic genicular nerve block on 8/12/2026 gave 80% relief for the duration of the
anesthetic. Pain on arrival: 8/10.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after a discussion of risks. A time-out confirmed the
right knee. The patient was supine with the knee slightly flexed on a bolster; the knee was prepped and draped.
Under AP and lateral fluoroscopy, 18-gauge RF cannulae with 10-mm active tips were placed at the junctions of
the shaft and the epicondyles for the superomedial and superolateral genicular nerves and at the medial tibial
flare for the inferomedial genicular nerve. Sensory stimulation reproduced the knee pain; motor stimulation
produced no leg movement. 1 mL of 2% lidocaine was injected through each cannula, and a conventional thermal
lesion was made at 80 degrees Celsius for 90 seconds at each site.

The patient tolerated the procedure well with no complications. Pain at discharge was 2/10.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                    sedation="local")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 2), need=SPINE_IMG, dos="2026-09-08",
        codes=[line("64624", "RT")], findings=[], comment="complete; prior diagnostic genicular block 80%")

    add("ft-lsb-01", "dictated", """
Right lumbar sympathetic block at L3

This is a 52-year-old woman with complex regional pain syndrome type I of the right lower limb, G90.521, after
an ankle fracture 9 months ago. She describes burning pain from the ankle to the mid shin with allodynia to the
touch of bedsheets, a purplish color change, swelling and a cooler right foot. Desensitization therapy with
physical therapy for 3 months, gabapentin and a short course of prednisone have not changed the pain. She
cannot wear a shoe on the right foot and has been off work since the injury. This is her first sympathetic
block.

Before we started she rated the pain 8 out of 10 and the skin temperature was 29.1 degrees on the right foot
and 32.4 on the left. Risks and benefits were reviewed and she signed the consent. A time-out was done. She was
placed prone and prepped. Under fluoroscopy the skin was numbed with 2 mL of 1% lidocaine and a 22 gauge 5 inch
needle was guided to the anterolateral margin of the right L3 vertebral body. Omnipaque 240, 3 mL, spread
cranially and caudally along the sympathetic chain without vascular or psoas uptake. We then injected 10 mL of
0.25% bupivacaine in divided doses. Within 15 minutes the right foot temperature rose to 33.6 degrees and she
rated the pain 2 out of 10. She was observed in recovery for 30 minutes and went home with her sister.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-07-14", complications=None,
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=["complications"],
        comment="incomplete on purpose: nothing says whether there were complications")

    add("ft-scs-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Post-laminectomy syndrome, lumbar (M96.1), with chronic right lumbar radiculopathy
(M54.16).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Percutaneous spinal cord stimulator trial, placement of two 8-contact epidural leads, with
fluoroscopic guidance.
ANESTHESIA: Local.

INDICATIONS: This 61-year-old has had low back and right leg pain for 5 years, since an L4-S1 decompression and
fusion. Revision surgery was not recommended. Physical therapy, gabapentin, duloxetine, two transforaminal
epidurals and a radiofrequency ablation have failed to control the pain. The patient walks less than a block
and sleeps in a recliner. A psychological evaluation on 9/3/2026 found no contraindication and cleared the
patient for a trial. Pain today: 8/10.

DESCRIPTION OF PROCEDURE: Informed consent was signed after a discussion of the risks, including infection,
bleeding, dural puncture and lead migration. A time-out was performed. The patient was placed prone and the
back was prepped and draped. Under fluoroscopy, the skin and subcutaneous tissue were infiltrated with 10 mL of
1% lidocaine. A 14-gauge Tuohy needle entered the epidural space at L1-L2 on the left paramedian by loss of
resistance, and the first lead was advanced to the top of T8. A second needle was placed one level lower and
the second lead was advanced to the middle of T9. Intraoperative testing gave paresthesia coverage of the low
back and right leg. The needles were withdrawn and the leads were anchored to the skin and dressed sterilely.

The patient tolerated the procedure without complications. Pain 3/10 in recovery with the trial program.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=ESI_NEED[:4], dos="2026-09-22", pos="24",
        codes=[line("63650", units=2), line("77003", "26")], findings=[],
        comment="complete; ASC: fluoroscopy 77003 with 26")

    add("ft-kypho-01", "bulleted", """
BALLOON KYPHOPLASTY T12
* Dx: age-related osteoporotic compression fracture of T12, initial encounter (M80.08XA)
* 4 weeks of severe mid back pain after lifting a bag of potting soil; mostly in bed since, needs help to walk to
  the bathroom
* MRI: acute T12 compression fracture with marrow edema on STIR, 35% height loss, no retropulsion
* Tried: TLSO brace and oxycodone/acetaminophen for 4 weeks - pain unchanged, opioid causing confusion
* Pain before: 9/10
* Consent signed; time-out performed
* Prone; biplanar fluoroscopy; 15 mL of 1% lidocaine to skin and periosteum
* Bilateral transpedicular 11 g access at T12; balloons inflated to restore height; 2.5 mL cement per side, no
  extravasation
* Pain after: 3/10
* No complications; up walking with a walker 2 hours later
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T12"],
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 150)],
        pain=(9, 3), need=ESI_NEED[:5], dos="2026-05-12", pos="22",
        codes=[line("22513")], findings=[], comment="complete; hospital outpatient; one thoracic level (22513)")

    add("ft-pump-01", "smarttext", """
Procedure: Intrathecal pump interrogation, refill and reprogramming
Diagnosis: Chronic pain syndrome (G89.4) with lumbar post-laminectomy syndrome (M96.1)
Performed by: attending physician (refill personally performed)
Consent: written consent on file, reviewed today
Time-out: done
Interrogation: reservoir 3.2 mL remaining (expected 3.0 mL); alarm log clear; next refill due in 60 days
Refill: reservoir accessed with the template and a 22 g Huber needle under sterile technique; residual drug
withdrawn; 20 mL of preservative-free morphine 25 mg/mL placed in the reservoir
Programming: daily dose increased from 3.0 to 3.3 mg/day for worsening leg pain; new settings printed
Pain before: 7/10; after: 6/10
Complications: none
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(7, 6), need=("diagnosis",), dos="2026-11-03",
        codes=[line("62370")], findings=["indication"],
        comment="physician refill with reprogramming = 62370; morphine has no KB drug line (as in dev_extra); a "
                "diagnosis with no indication or symptom history is an indication finding (common.indication, all "
                "families, as dev_fresh_b fb-pump-01; gold corrected after the first reading)")
