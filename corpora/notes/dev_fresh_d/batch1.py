"""First untuned batch (15 notes): sides written in one place only, bilateral in many spellings, titles
that promise more than the body did, contralateral history, mixed sessions, facility places of service
and a methylprednisolone date before 2024-04-01. Gold labelled before Painpoint read the notes."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fd-tfesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Right-sided lumbar radiculopathy, M54.16.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Transforaminal epidural steroid injection at L4-5 and L5-S1 under fluoroscopic guidance.
ANESTHESIA: Local.
INDICATIONS: Six months of pain radiating from the right buttock down the lateral leg to the dorsum of the
foot with paresthesias. Physical therapy for 8 weeks and meloxicam did not help. She can no longer walk her
dog. MRI shows a right foraminal disc protrusion at L4-5 and foraminal narrowing at L5-S1. Pain today is 8/10.
DESCRIPTION OF PROCEDURE: Written consent was obtained after discussion of risks. A time-out confirmed
patient, site and procedure. Prone positioning, sterile prep. With the C-arm oblique, a 22-gauge spinal needle
was walked to the 6 o'clock position of the L4-5 foramen and a second needle to the L5-S1 foramen. Omnipaque
240, 1 mL at each level, showed perineural and epidural flow without vascular runoff. Through each needle 5 mg
of dexamethasone and 1 mL of 1% preservative-free lidocaine were given. AP and lateral views were saved.
DISPOSITION: Pain 3/10 at discharge. No complications. Home in stable condition.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="local")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", units=10)],
        findings=[], comment="side only in the diagnosis and indication; the technique names no side")

    add("fd-tfesi-02", "shorthand", """
Proc: rt. L5-S1 TFESI (fluoro)
Dx: L5-S1 HNP w/ rt S1 radiculopathy M51.17
Hx: 5 mo rt buttock -> post calf pain + numb lat foot. PT x 8 wk, gabapentin, no help. Can't sit > 20 min at
work. MRI: rt paracentral HNP L5-S1 contacting the rt S1 root. Had a L L4-5 TFESI in 2025 for a different
episode, 70% relief x 6 mo; that side is quiet now.
Pre 7/10.
Consent signed. TO done.
Prone. 22g to rt L5-S1 foramen under fluoro. Isovue-M 300 1 mL: neurogram along the exiting root, no vascular
uptake. Kenalog 40 mg + 1 mL 0.25% bupi injected. AP/lat saved.
Post 2/10. No cx.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "RT"), line("J3301", units=4)],
        findings=[], comment="'rt.' side; contralateral (left) TFESI only in history, with its response")

    add("fd-tfesi-03", "dictated", """
this is a bilateral L4-5 and L5-S1 transforaminal epidural steroid injection dictated by the attending
the patient has had bilateral leg pain left worse than right going down the back of both thighs into the
calves for about 7 months period she has done 10 weeks of physical therapy and a Medrol dose pack without
lasting benefit and now has trouble standing long enough to cook a meal period MRI shows multilevel foraminal
stenosis worst at L4-5 and L5-S1 bilaterally period pain score before the procedure is 6 out of 10
informed consent was signed and a time out was performed period the patient was placed prone and the low back
prepped with chlorhexidine period using fluoroscopy needles were placed bilaterally at L4-5 and L5-S1 into the
superior aspect of each foramen period after negative aspiration iohexol 180 showed good epidural spread at
each of the 4 needles, 0.5 mL per needle period Depo-Medrol 80 mg total was divided among the 4 needles with
4 mL of preservative free normal saline period AP and lateral fluoroscopic images were retained
post procedure pain score 2 out of 10 period no complications
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED[1:], dos="2024-02-20",
        codes=[line("64483", "50"), line("64484", "50"), line("J1040")],
        findings=["diagnosis"], comment="before 2024-04-01: 80 mg methylprednisolone is one J1040; no diagnosis "
        "line and the indication names only leg pain (stenosis is an MRI finding): gold corrected after the first run")

    add("fd-tfesi-04", "smarttext", """
Procedure: Bilateral L4-5 transforaminal ESI
Laterality: Bilateral
Diagnosis: Lumbar radiculopathy M54.16
Indication: Buttock and leg pain for 4 months, at first in both legs, for the last 3 weeks left-sided only with
L5 dermatomal numbness on the left. Failed PT 6 weeks and NSAIDs. Unable to work full shifts. MRI: L4-5 disc
bulge with bilateral foraminal narrowing.
Pre-procedure pain: 6/10
Consent: signed   Time-out: yes
Imaging: fluoroscopy
Technique: Because today's symptoms are left-sided only, only the left L4-5 foramen was treated. A 22 g needle
was placed under the left L4 pedicle; Omnipaque 240 0.75 mL confirmed epidural flow. Dexamethasone 10 mg
injected. Two views (AP, lateral) saved. The right side was not injected.
Post-procedure pain: 1/10
Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.75, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 1), need=ESI_NEED, codes=[line("64483", "LT"), line("J1100", units=10)],
        findings=["laterality_conflict"], comment="title and Laterality field say bilateral; only the left was done")

    add("fd-mixed-01", "operative_report", """
PROCEDURES:
1. Left L5-S1 transforaminal epidural steroid injection
2. Left sacroiliac joint injection (diagnostic)
Both under fluoroscopic guidance.
DIAGNOSES: Lumbar radiculopathy (M54.16); sacroiliitis (M46.1).
HISTORY: Five months of left posterior hip pain, worse rising from a chair, with positive FABER and thigh thrust
on the left, plus left L5 radicular pain down the lateral shin. Completed 6 weeks of therapy and NSAIDs. Walking
limited to one block. MRI: left foraminal stenosis at L5-S1. Pain 7/10.
TECHNIQUE: Consent obtained; time-out held. Prone. A 22 g needle to the left L5-S1 foramen; Omnipaque 300 0.5 mL
with epidural flow; dexamethasone 6 mg injected. A second needle entered the inferior left SI joint; 0.5 mL
contrast showed an arthrogram; 40 mg triamcinolone with 1 mL 0.5% ropivacaine was injected. AP and lateral
images saved for each.
AFTER: Pain 2/10, about 70% relief. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 6),
               given("triamcinolone_acetonide", 40), given("ropivacaine", 5)],
        pain=(7, 2), need=tuple(e for e in ESI_NEED if e != "conservative_care"),
        codes=[line("64483", "LT"), line("27096", "LT"), line("J1100", units=6), line("J3301", units=4)],
        findings=["conservative_care", "percent_relief"],
        comment="two procedures in one session, both left; 'Completed 6 weeks of therapy' states no outcome "
                "(corpora/README conservative-care convention; gold corrected in the third round); the diagnostic "
                "SI block's 'about 70% relief' is below 75% (si.diagnostic_positive; gold corrected in round 7a)")

    add("fd-mixed-02", "bulleted", """
- Procedure: B/L diagnostic MBB (L3, L4 MB and L5 DR); trigger point injections
- Dx: lumbar spondylosis without radiculopathy M47.816; myofascial pain M79.18
- Axial low back pain x 2 yrs, worse with extension and twisting, no leg pain; failed PT, chiropractic and
  NSAIDs; can't stand > 15 min
- Taut bands with twitch response in the R and L lumbar paraspinals
- Pre 6/10
- Consent + time-out
- Fluoro: 22 g needles to the L3 and L4 medial branches and the L5 dorsal ramus on each side, 0.5 mL 0.5%
  bupivacaine at each of the 6 sites
- TPI: 27 g, 1 mL 1% lidocaine into the right and into the left lumbar paraspinal trigger point (2 muscles)
- Post 1/10 (85% relief); no complications
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic"),
               proc("trigger_point", region="lumbar")],
        drugs=[given("bupivacaine", 15), given("lidocaine", 20)],
        pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX"), line("20552")],
        findings=[], comment="bilateral MBB + TPI (no side modifiers on 20552)")

    add("fd-knee-01", "clinic", """
Office procedure note - knee injections
Dx: Primary osteoarthritis, bilateral knees (M17.0)
Both knees ache and swell with stairs for 3 years; failed PT, bracing and naproxen; can no longer kneel at
church. Pain 8/10.
Verbal and written consent. Time-out performed.
Landmark technique, no imaging. The left knee was injected first through a superolateral approach: 40 mg
Kenalog with 3 mL 1% lidocaine. The right knee was then done the same way with the same mixture.
Pain 3/10 after. Tolerated well, no complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="bilateral", imaging="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 60)],
        pain=(8, 3), need=SPINE_NEED, codes=[line("20610", "50"), line("J3301", units=8)],
        findings=[], comment="left then right: bilateral")

    add("fd-hip-01", "clinic", """
R hip intra-articular injection - hospital outpatient department
Diagnosis: unilateral primary OA, right hip, M16.11
Groin pain on the right with walking x 1 yr; left hip replaced 2022 and painless. PT and NSAIDs failed.
Difficulty putting on shoes. 7/10.
Consent; time-out.
Fluoroscopy: 22 g spinal needle to the femoral head-neck junction, Omnipaque 300 2 mL confirmed intra-articular
flow. Injected 80 mg methylprednisolone + 4 mL 0.5% ropivacaine. Image saved.
Post 2/10. No complications.
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("ropivacaine", 20)],
        pain=(7, 2), need=SPINE_NEED, pos="22", codes=[line("20610", "RT"), line("77002", "26")],
        findings=[], comment="POS 22: imaging -26, no drug lines; left hip only in history")

    add("fd-shoulder-01", "operative_report", """
ULTRASOUND-GUIDED SHOULDER INJECTION
Indication: Pain in the shoulder on the right for 5 months with night pain and a painful arc; adhesive
capsulitis, right shoulder (M75.01). Home exercises and NSAIDs for 8 weeks without improvement; cannot reach
overhead shelves. 6/10.
Consent and time-out completed.
With the patient seated, a linear probe showed the posterior glenohumeral joint. A 22 g needle was advanced in
plane into the joint; 1 mL (40 mg) triamcinolone and 4 mL of 1% lidocaine injected under direct visualization.
Representative image archived.
Post: 2/10. No complications.
""",
        procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("20611", "RT"), line("J3301", units=4)],
        findings=[], comment="side only in the indication ('on the right', 'right shoulder')")

    add("fd-onb-01", "shorthand", """
Procedure: bilateral GONB + bilateral lesser occipital nerve blocks
Dx: Occipital neuralgia (M54.81)
Hx: Shooting pain from the suboccipital region over both sides of the scalp for 8 months; failed amitriptyline
and PT; misses work 2 days a week. 8/10 today.
Consent signed, time-out done.
Landmark-guided. At each greater occipital nerve, medial to the occipital artery, 2 mL of 0.25% bupivacaine
with 2 mg dexamethasone. Each lesser occipital nerve received 1 mL 0.25% bupivacaine.
After: 2/10. No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital",
                    laterality="bilateral", imaging="none")],
        drugs=[given("bupivacaine", 15), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 2), need=SPINE_NEED,
        codes=[line("64405", "50"), line("64450", "50"), line("J1100", units=4)],
        findings=[])

    add("fd-genic-01", "clinic", """
Genicular nerve radiofrequency ablation, rt. knee
Dx: M17.11 primary OA, right knee
Chronic knee pain for 4 years, not a surgical candidate; failed PT and steroid injections; walking limited to
one block. Diagnostic genicular blocks 2 weeks ago gave 90% relief for 6 hours.
Pre 7/10
Consent, time-out, local only.
Fluoro. 18 g RF cannulae to the superomedial, superolateral and inferomedial genicular nerves. Sensory
stimulation at 0.4 V, motor testing negative. 1 mL 2% lidocaine at each site, then lesions at 80 C for 90 s.
Post 3/10. No complications.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                    sedation="local")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, codes=[line("64624", "RT")], findings=[])

    add("fd-tpi-01", "operative_report", """
TRIGGER POINT INJECTIONS
Diagnosis: Myofascial pain syndrome, neck and upper back, M79.18
Neck and upper shoulder pain for 6 months with tension-type headaches; a stretching program and cyclobenzaprine
failed; difficulty working at the computer.
Exam: palpable taut bands with referred pain in both upper trapezius and both levator scapulae muscles.
Pain 6/10 before.
Verbal consent; time-out.
25 g needle, 1 mL of 0.5% lidocaine into each trigger point: right and left upper trapezius, right and left
levator scapulae (4 muscles).
Post 2/10, 65% better. No complications.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 20)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("20553")], findings=[],
        comment="both sides written, but TPI carries no side modifiers")

    add("fd-lsb-01", "smarttext", """
Procedure: Right lumbar sympathetic block, L3 - ambulatory surgery center
Diagnosis: CRPS type I of the right lower limb (G90.521)
Indication: Burning pain, allodynia and colour change of the right foot since an ankle fracture 7 months ago;
failed gabapentin, desensitisation PT and a steroid taper. Cannot wear a shoe on that foot. 8/10.
Consent, time-out. Local anesthesia only.
Under fluoroscopy a 20 g needle was advanced to the anterolateral L3 vertebral body. Isovue 300, 3 mL, spread
along the sympathetic chain without vascular uptake. 10 mL of 0.25% bupivacaine injected in divided doses.
Foot temperature rose 2.5 C.
Post 3/10. No complications.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("iopamidol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=SPINE_NEED, pos="24", codes=[line("64520"), line("77002", "26")], findings=[],
        comment="POS 24: 77002-26, no drug or contrast lines; side only in the header and indication")

    add("fd-stellate-01", "shorthand", """
Stellate ganglion block, L
Dx: CRPS I, left upper limb, G90.512
Hx: Swelling, burning and stiffness of the left hand since wrist ORIF 5 months ago; failed OT and pregabalin;
unable to grip. Pain 7/10.
Consent, TO.
US-guided: longus colli identified at C6, 25 g needle in plane to the prevertebral fascia at C6 on the L side,
5 mL 0.5% ropivacaine with intermittent aspiration. Image saved. Horner's on the left within 10 min.
Post 2/10. No complications.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(7, 2), need=SPINE_NEED, codes=[line("64510"), line("76942")], findings=[])

    add("fd-facet-01", "operative_report", """
OPERATIVE REPORT
PREOPERATIVE DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy, M47.812.
PROCEDURE: Cervical medial branch blocks, C4-5 and C5-6 facet joints, right side first, then left.
Fluoroscopic guidance.
INDICATIONS: Neck pain, mostly right-sided but present on both sides, for 18 months, worse with rotation;
failed 3 months of therapy and NSAIDs; cannot turn to check traffic when driving. Pain 6/10. Diagnostic
block #1.
DESCRIPTION: Consent obtained; time-out. Prone. Lateral approach; 25 g needles at the C4, C5 and C6 medial
branches on the right, 0.3 mL 2% lidocaine each. The identical procedure was then carried out on the left.
DISPOSITION: Pain 1/10 (85% relief). No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 36)],
        pain=(6, 1), need=SPINE_NEED, pos="22",
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=[],
        comment="symptoms mostly right; both sides treated ('then carried out on the left'); POS 22")
