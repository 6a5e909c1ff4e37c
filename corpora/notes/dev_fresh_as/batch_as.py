"""Notes of the sealed batch as: combined sessions (two or three procedures, each with its own side, levels and
drugs; a planned part not done, a converted or attempted step) and notes whose author lists CPT/HCPCS codes or a
charge line, sometimes disagreeing with the text (the gold follows the text and the KB, never the author's
codes). Wordings our own; gold labelled by hand before any Painpoint run; `findings` are the deliberate gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _facets(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _others(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _epidurals(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Epidurals, alone or with a second procedure in the same session."""
    add("fas-tfesi-01", "combined_session", """
PROCEDURES THIS SESSION (2)
 1. Left L5-S1 transforaminal epidural steroid injection
 2. Left sacroiliac joint injection, therapeutic
Guidance: fluoroscopy for both.
Diagnoses: Lumbosacral radiculopathy (M54.17); sacroiliitis, left (M46.1)
History: Pain in the left buttock for five months, and since February it also runs down the outside of the left
leg to the top of the foot with pins and needles over the big toe. Left straight leg raise positive at 45 degrees;
left EHL 4/5. She did ten weeks of physical therapy without relief, and naproxen upset her stomach so she stopped
it. She has given up her walking group and cannot sit through a movie. MRI lumbar spine: left foraminal disc
protrusion at L5-S1 contacting the exiting L5 nerve root. Separate buttock pain below the left PSIS with positive
thigh thrust, FABER and compression; a diagnostic left SI block in April gave 80% relief for six hours.
Consent reviewed and signed; time-out done with the team.
Pre-procedure pain 8/10.
(1) Left L5-S1 TFESI: 22 g spinal needle to the left L5-S1 foramen under oblique view. Omnipaque 240, 1 mL, showed
epidural spread along the L5 root without vascular uptake. Injected dexamethasone 10 mg (1 mL) mixed with 1 mL of
1% preservative-free lidocaine.
(2) Left SI joint: 25 g needle into the inferior third of the left SI joint; 1 mL of Omnipaque 240 showed an
arthrogram. Injected triamcinolone 40 mg (1 mL) with 1 mL of 0.5% bupivacaine.
AP and lateral images of both needles saved.
Post-procedure pain 2/10, about 75% relief. No complications.
Charges: 64483-LT, 27096-LT, J1100 x10, J3301 x4
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10),
               given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(8, 2), need=ESI_NEED, dos="2026-05-19", payer="medicare_cgs",
        codes=[line("64483", "LT"), line("27096", "LT"), line("J1100", units=10), line("J3301", units=4)],
        findings=[])

    add("fas-tfesi-02", "code_list_footer", """
Procedure: Bilateral L4-5 and L5-S1 transforaminal epidural steroid injections (four needles), fluoroscopic
Dx: Spinal stenosis, lumbar, with neurogenic claudication (M48.062) and bilateral L5 radiculopathy
Story: Seven months of burning pain in both calves and the tops of both feet, worse on the right, after walking a
block; numbness over both first web spaces and weak great-toe extension on the right. Twelve weeks of therapy and
daily walking program without improvement; gabapentin left him too sleepy to drive. He can no longer do his own
grocery shopping. MRI: bilateral foraminal narrowing at L4-5 and L5-S1 with a broad disc bulge and facet overgrowth.
Consent signed. Time-out performed.
Pain before: 7/10
Needles placed to the right L4-5, right L5-S1, left L4-5 and left L5-S1 foramina. Isovue-M 300, 1 mL at each
foramen, confirmed epidural flow and no vascular pattern. At each foramen: betamethasone 3 mg (0.5 mL of Celestone
Soluspan 6 mg/mL) with 0.5 mL of 1% lidocaine.
Two views (AP, lateral) saved for each side.
Pain after: 3/10.  No complications.
CPT: 64483 x2, 64484 x2, J0702 x2
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 4, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("lidocaine", 20)],
        pain=(7, 3), need=ESI_NEED, dos="2026-02-10",
        codes=[line("64483", "50"), line("64484", "50"), line("J0702", units=2)],
        findings=[], comment="author bills per side; gold is one bilateral line for each code")

    add("fas-tfesi-03", "converted_step", """
OUTPATIENT HOSPITAL PROCEDURE NOTE
Planned: right L5-S1 transforaminal epidural steroid injection.
Performed: right S1 transforaminal epidural steroid injection (plan changed, see below).
Diagnosis: Lumbosacral disc disorder with radiculopathy, right (M51.17)
Indication: Nine weeks of right posterior thigh and calf pain into the sole, with numbness along the lateral
border of the right foot and an absent right ankle reflex. Completed a course of physical therapy; takes naproxen.
Standing to cook is limited to 10 minutes. MRI: right paracentral L5-S1 extrusion displacing the traversing S1 root.
Consent obtained, time-out completed.
Pain score 9/10 before.
An approach to the right L5-S1 foramen was attempted twice, but a hypertrophic facet blocked the path and the
attempt was abandoned before any injection. The needle was then directed to the right S1 foramen through the
posterior sacral opening. Omnipaque 180, 1 mL, outlined the S1 root without vascular spread. Kenalog 40 mg with
1 mL of 1% lidocaine injected there.
Images: AP and lateral saved.
Pain score after: 4/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["S1"], imaging=None, contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(9, 4), need=minus(ESI_NEED, "conservative_care"), dos="2026-08-04", pos="22",
        codes=[line("64483", "RT")],
        findings=["conservative_care", "imaging_guidance"],
        comment="care only listed/completed, no stated outcome; S1 foramen only; 'AP and lateral saved' names views "
                "but no modality: imaging null + imaging_guidance (as dev g-si-joint-injection-06; lead, round 7d)")

    add("fas-ilesi-01", "combined_session", """
Today: (a) L4-L5 interlaminar epidural steroid injection, (b) trigger point injections, right low back and hip.
Dx: Lumbar stenosis with neurogenic claudication (M48.062); myofascial pain, right lumbar and gluteal (M79.18).
Background: For six months both legs cramp and tingle from the buttocks into the calves when she walks or stands,
easing when she sits or bends forward. Eight weeks of therapy helped only for a few days at a time; meloxicam
caused ankle swelling and was stopped. She cannot stand long enough to cook dinner. MRI: moderate-to-severe
central stenosis at L4-5 from ligamentum flavum thickening and a bulging disc. Exam also shows taut bands with local
twitch and referred pain in the right gluteus medius, right quadratus lumborum and right lumbar paraspinal muscles.
Consent on file; time-out completed.
Pain before 8/10.
(a) Prone, fluoroscopy. 18 g Tuohy at L4-L5, midline, loss of resistance to saline; Omnipaque 240, 2 mL, showed an
epidural pattern. Depo-Medrol 80 mg with 2 mL saline injected. AP and lateral views saved.
(b) Each of the three muscles above was injected with 1 mL of 0.5% bupivacaine, 25 g needle, after aspiration.
Pain after 3/10, roughly 60% better. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("trigger_point", region="lumbar")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 15)],
        pain=(8, 3), need=ESI_NEED, dos="2026-06-23",
        codes=[line("62323"), line("20553"), line("J1010", units=80)], findings=[])

    add("fas-ilesi-02", "code_list_footer", """
CERVICAL EPIDURAL - C7-T1 interlaminar, fluoroscopic guidance
Diagnosis: Cervical radiculopathy, C6/C7 (M54.12)
Left arm pain from the shoulder blade to the middle finger for 4 months with numbness of the left middle finger and
a weak left triceps (4/5); Spurling positive on the left. Physical therapy twice a week for 8 weeks failed; she
could not tolerate tramadol (nausea). Cannot lift her laptop bag or sleep more than 3 hours. MRI: left
paracentral disc osteophyte at C6-7 narrowing the left foramen.
Consent: signed.  Time-out: yes.
Pre: 6/10
18 g Tuohy at C7-T1 paramedian left, loss of resistance to air-free saline. Isovue-M 300, 1.5 mL, spread
epidurally, more on the left. Kenalog 80 mg (2 mL) with 1 mL preservative-free saline given. AP and contralateral
oblique images saved.
Complications: none. Patient to call with her response.
BILLED: 62321, 77003, J3301 x8
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1.5, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, None), need=ESI_NEED, dos="2026-03-03",
        codes=[line("62321"), line("J3301", units=8)],
        findings=["post_procedure_pain_score"], comment="author's 77003 is included in 62321; no post score")

    add("fas-caudal-01", "planned_not_done", """
PROCEDURE NOTE
Planned: caudal epidural steroid injection and bilateral sacroiliac joint injections.
Done: caudal epidural steroid injection; LEFT sacroiliac joint injection. The RIGHT sacroiliac joint was NOT
injected: after the left side he became pale and clammy with a heart rate of 48 (vasovagal episode); he recovered
with leg elevation and fluids, and the right side was deferred to another day.
Diagnoses: Lumbar spinal stenosis with neurogenic claudication (M48.062); sacroiliitis, bilateral (M46.1)
Indication: Ten months of aching and heaviness in both legs from the buttocks down when he walks two blocks,
relieved by sitting; 12 weeks of PT did not change it and gabapentin caused dizziness. He stopped volunteering at
the food bank. MRI: severe L4-5 central stenosis. Buttock pain at both sacral sulci with positive provocation tests;
bilateral diagnostic SI blocks last month each gave 80% relief for the length of the anesthetic.
Consent signed; time-out completed.
Pain 8/10 before.
Caudal: 20 g Tuohy through the sacral hiatus; Omnipaque 300, 3 mL, filled the caudal canal without vascular
runoff; triamcinolone 40 mg with 5 mL of 0.25% bupivacaine injected. AP and lateral images saved.
Left SI joint: 22 g needle into the inferior left joint; Omnipaque 300, 0.5 mL, arthrogram; triamcinolone 40 mg
with 1 mL of 0.25% bupivacaine. AP and oblique images saved.
Pain 4/10 after, 50% relief.
Complication: vasovagal episode as above, resolved. Discharged with his wife.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging=None,
                    contrast=True, intent="therapeutic"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging=None, contrast=True, intent=None)],
        drugs=[given("iohexol", 3.5, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 15)],
        pain=(8, 4), need=ESI_NEED, dos="2026-09-29", complications="vasovagal",
        codes=[line("62322"), line("27096", "LT"), line("J3301", units=8)], findings=["approach", "imaging_guidance"],
        comment="right SI planned but not done; 80 mg triamcinolone in total is within the ceiling; SI intent not "
                "stated (prior diagnostic blocks make it therapeutic only by inference; gold corrected after the "
                "first reading); 'AP and lateral/oblique images saved' name views but no modality: imaging null, "
                "62322 + imaging_guidance (as dev g-si-joint-injection-06; lead, round 7d)")

    add("fas-tfesi-04", "terse_list", """
Proc: L TFESI L4-5 + L5-S1 under fluoro.
Dx: lumbar radiculopathy (M54.16), left L4 and L5.
6 mo L anterior thigh and shin pain, numb medial shin, L knee jerk reduced, L femoral stretch +.
PT x 10 wk - no help. Celecoxib - no help.
Can't kneel or climb stairs at work.
MRI: L foraminal stenosis L4-5 and L5-S1.
Time-out done.
NRS pre 7.
Needles to L L4-5 and L L5-S1 foramina. Omnipaque 240 1 mL each level - epidural spread, no vascular flow.
Decadron 10 mg/mL: 0.5 mL at each level, each mixed with 1 mL 1% Xylocaine.
AP + lateral saved.
NRS post 2. No cx.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(7, 2), need=ESI_NEED, dos="2026-01-13", consent=False,
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)],
        findings=["consent"], comment="no consent statement")

    add("fas-ilesi-03", "code_list_footer", """
HOSPITAL-BASED CLINIC - PROCEDURE
Thoracic interlaminar epidural steroid injection at T10-T11 with fluoroscopy
Diagnosis: Thoracic radiculopathy (M54.14)
Indication: Band-like pain wrapping around the right lower chest wall to the upper abdomen for 5 months, with
burning and reduced pinprick over the right T10 dermatome. Eight weeks of therapy without relief; pregabalin made
him dizzy. He has stopped golfing and wakes every night. MRI thoracic spine: right paracentral T10-11 disc protrusion
touching the exiting right T10 root.
Informed consent signed; time-out held.
Pre-procedure pain 7/10.
18 g Tuohy at T10-T11, right paramedian, loss of resistance at 5.5 cm. Omnipaque 240, 2 mL,
epidural spread without intrathecal or vascular pattern. Methylprednisolone 40 mg with 2 mL normal saline.
AP and lateral images saved.
Post-procedure pain 3/10. No complications.
Coded by proceduralist: 62323, J1010 x40
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 40)],
        pain=(7, 3), need=ESI_NEED, dos="2026-04-14", pos="22",
        codes=[line("62321")], findings=[],
        comment="author's 62323 is the lumbar code; thoracic is 62321; no drug line in the facility")

    add("fas-tfesi-05", "combined_session", """
Right C6-C7 transforaminal epidural (C7 root) under fluoroscopy, plus trigger point injections right upper back.
Diagnoses: Cervical radiculopathy (M54.12); myofascial pain of the right upper back (M79.18)
Right arm pain down the back of the arm to the middle finger for 3 months, with tingling of the middle finger and a
reduced right triceps reflex. Six weeks of therapy failed and ibuprofen gave her heartburn. She cannot hang laundry
or work at her desk more than an hour. Palpation: taut bands with twitch responses in the right upper trapezius and
right rhomboid major.
Consent and time-out done.
Pain 7/10 before.
TF: 25 g needle to the posterior right C6-C7 foramen, oblique view; Isovue-M 300, 0.5 mL, live fluoroscopy showed
no vascular spread; dexamethasone 4 mg (1 mL) injected. AP and oblique images saved.
TPI: each muscle injected with 1.5 mL of 1% lidocaine.
Pain 2/10 after (70% relief). No complications.
Charge line: 64479-RT, 20552, J1100 x4, 77003
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("trigger_point", region="thoracic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4), given("lidocaine", 30)],
        pain=(7, 2), need=minus(ESI_NEED, "imaging_findings"), dos="2026-10-06",
        codes=[line("64479", "RT"), line("20552"), line("J1100", units=4)],
        findings=["imaging_findings"], comment="no imaging study cited; author's 77003 is included in 64479")


def _facets(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Facet blocks and RFA, alone or combined."""
    add("fas-mbb-01", "code_list_footer", """
Procedures: (1) right C4-C5 and C5-C6 facet joint medial branch blocks, diagnostic; (2) trigger point injections.
Guidance: fluoroscopy for the medial branch blocks; landmarks for the trigger points.
Diagnoses: Cervical spondylosis without myelopathy or radiculopathy (M47.812); myalgia of the right neck and
shoulder girdle (M79.18)
Right-sided neck pain for 11 months, worse turning to the right and looking up, no arm symptoms. Ten weeks of
therapy did not help; diclofenac raised her blood pressure and was stopped. Cannot check her blind spot while
driving or read in bed. CT: right C4-5 and C5-6 facet arthropathy. Taut, twitching bands in the right upper
trapezius and right levator scapulae reproduce her shoulder pain.
Consent signed; time-out completed.
Pain 7/10 before.
(1) 25 g needles to the right C4, C5 and C6 medial branches (lateral view), 0.5 mL of 0.5% bupivacaine at each.
(2) Right upper trapezius and right levator scapulae: 2 mL of 1% lidocaine into each.
Pain 1/10 at 30 minutes, about 85% relief; diary given. No complications.
CPT listed by physician: 64490-RT, 64491-RT, 64492-RT, 20553
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic"),
               proc("trigger_point", region="cervical", imaging="none")],
        drugs=[given("bupivacaine", 7.5), given("lidocaine", 40)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-07-21", payer="medicare_fcso",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT"), line("20552")], findings=[],
        comment="two joints and two muscles: author's 64492 and 20553 are not supported")

    add("fas-mbb-02", "terse_list", """
BILATERAL LUMBAR MEDIAL BRANCH BLOCKS - DIAGNOSTIC #1
Levels: L3-4, L4-5, L5-S1 facet joints both sides (L2, L3, L4 medial branches and L5 dorsal rami)
Dx: lumbar spondylosis w/o myelopathy or radiculopathy (M47.816)
Axial LBP 2 yrs, worse with extension and rotation, no radiation below the knee.
PT 3 months - no lasting benefit; NSAIDs stopped for kidney function.
CT: multilevel facet hypertrophy L3-S1 bilaterally.
Consent signed, time-out done. Fluoro.
2% lidocaine 0.5 mL at each of the 8 targets.
Pain 6 -> 1 (80% relief) at 20 min.
No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 80)],
        pain=(6, 1), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-11-03",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX"), line("64495", "50", "KX")],
        findings=["functional_impairment", "level_limit"],
        comment="no functional limitation stated; three facet levels in one region: the third is not covered (KB "
                "limit.facet.levels; gold correction after the first reading, as dev_fresh_ae fae-mbb-04)")

    add("fas-facet-ia-01", "code_list_footer", """
Procedure: Left L4-L5 and L5-S1 intra-articular facet joint injections (diagnostic) under fluoroscopy.
Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)
Left low back pain over the facet line for 8 months, worse when she arches backwards; no leg pain. Physical therapy
for 9 weeks helped for only a day or two after each session; acetaminophen and ibuprofen without benefit. She has
had to stop gardening and cannot stand at the stove for a full meal. MRI: left L4-5 and L5-S1 facet effusions and
arthropathy.
Consent signed.
Pain 6/10 before.
22 g needles entered the left L4-L5 and left L5-S1 facet joints under oblique view; Omnipaque 240, 0.2 mL at each
joint, confirmed intra-articular spread. 0.75% bupivacaine 0.5 mL into each joint.
Pain 1/10 after, more than 80% relief. No complications.
Codes: 64493-LT-KX, 64494-LT-KX
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.4, "ml"), given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-05-05", payer="medicare_fcso",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")],
        findings=["time_out"], comment="no time-out; author's codes agree with the text")

    add("fas-rfa-01", "two_regions", """
RADIOFREQUENCY ABLATION AT TWO REGIONS - SAME SESSION
Region A: right C5-C6 and C6-C7 facet joints (right C5, C6 and C7 medial branches)
Region B: right L4-L5 and L5-S1 facet joints (right L3 and L4 medial branches, right L5 dorsal ramus)
Diagnoses: Cervical spondylosis (M47.812); lumbar spondylosis (M47.816)
History: Right neck pain for 2 years and right low back pain for 3 years, both axial, both worse with extension.
Twelve weeks of physical therapy for each region with no lasting change; NSAIDs caused gastritis. He cannot turn
his head to reverse the car or stand to shave. Dual comparative medial branch blocks: cervical (lidocaine then
bupivacaine) 90% and 85% relief; lumbar (lidocaine then bupivacaine) 80% and 90% relief, each for the expected
duration.
Consent signed. Time-out held.
Pain 7/10 before.
Fluoroscopy. Skin and tracts: 1% lidocaine 2 mL at each of the 6 targets. 18 g curved RF cannulas placed parallel
to each nerve; sensory stimulation reproduced his pain below 0.6 V; no motor response in the arm or leg at 2 V.
Each nerve lesioned at 85 degrees C for 90 seconds.
Pain 3/10 after. No complications.
Charge line: 64633-RT, 64634-RT, 64635-RT, 64636-RT
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic"),
               proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-08-18",
        codes=[line("64633", "RT"), line("64634", "RT"), line("64635", "RT"), line("64636", "RT")], findings=[])

    add("fas-rfa-02", "planned_not_done", """
Planned: bilateral L4-L5 and L5-S1 medial branch radiofrequency neurotomy.
Completed: LEFT side only. The right side was not done: after the left lesions she became lightheaded and
diaphoretic with a heart rate in the 40s (vasovagal); she recovered supine, and the right side will be scheduled
separately.
Dx: Lumbar spondylosis without radiculopathy (M47.816)
Indication: Axial low back pain for 4 years, left worse than right, worse standing. Therapy for 10 weeks did not
help and meloxicam caused swelling. She cannot stand through a church service. Two diagnostic medial branch blocks
at these levels gave 90% and 80% relief respectively.
Consent signed, time-out done.
Pre 7/10.
Fluoroscopy. Left L3 and L4 medial branches and left L5 dorsal ramus: 1 mL of 2% lidocaine at each site, 18 g RF
cannulas, sensory testing concordant, no motor response in the leg; each nerve lesioned for 90 seconds.
Post 4/10.
Complication: vasovagal episode, resolved without treatment beyond positioning.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 4), need=SPINE_NEED, dos="2026-03-24", complications="vasovagal",
        codes=[line("64635", "LT"), line("64636", "LT")],
        findings=["approach"], comment="right side not done; no lesion temperature stated (rfa.technique)")

    add("fas-mbb-03", "combined_session", """
Procedures: bilateral C5-C6 facet medial branch blocks (diagnostic) and bilateral greater occipital nerve blocks.
Diagnoses: Cervical spondylosis without myelopathy or radiculopathy (M47.812); occipital neuralgia (M54.81)
Axial neck pain on both sides for 9 months, worse with extension, without arm symptoms; separate shooting pain from
the base of the skull over the back of the head on both sides with tender occipital nerves. Eight weeks of therapy
failed to change either pain and naproxen upset her stomach. She cannot work at her computer more than 30 minutes.
MRI: bilateral C5-6 facet arthropathy.
Consent obtained. Time-out performed.
Pain 8/10 before.
MBB (fluoroscopy): C5 and C6 medial branches on each side, 0.5 mL of 0.5% bupivacaine at each of the 4 targets.
GON blocks (landmark, medial to the occipital artery): on each side 2 mL of 0.5% bupivacaine with Kenalog 20 mg.
Pain 2/10 after, 75% relief.
Complications: none.
Physician's codes: 64490-50-KX, 64405 x2, J3301 x4
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6"], imaging="fluoroscopy", intent="diagnostic"),
               proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 30), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-12-01",
        codes=[line("64490", "50", "KX"), line("64405", "50"), line("J3301", units=4)], findings=[],
        comment="author's 64405 x2 is one bilateral line")

    add("fas-rfa-03", "code_list_footer", """
Left C3-C4 and C4-C5 cervical facet radiofrequency neurotomy (left C3, C4 and C5 medial branches), fluoroscopy.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
Left upper neck pain for 3 years with headaches at the back of the skull on the left, worse looking up. PT for
16 weeks without lasting relief; she could not tolerate nortriptyline (dry mouth, fog). She cannot look up to
hang curtains or drive more than 20 minutes. Two diagnostic medial branch blocks at these joints: 90% relief with
lidocaine lasting 2 hours and 85% relief with bupivacaine lasting 6 hours.
Consent signed and time-out done.
Pain before: 6/10.
Each target: 1 mL of 2% lidocaine, 20 g RF cannula placed along the nerve; sensory stimulation concordant at
0.4 V; motor testing negative; lesion at 80 C for 90 seconds, rotated and repeated once.
Pain after: 3/10. No complications.
Charges entered: 64633-LT x2
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 3), need=SPINE_NEED, dos="2025-02-25",
        codes=[line("64633", "LT"), line("64634", "LT")], findings=[],
        comment="the second joint is the add-on 64634, not a second 64633; 80 C is thermal")


def _others(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """SI, TPI, joint, genicular, sympathetic, occipital, SCS trial, vertebral augmentation."""
    add("fas-sij-01", "combined_session", """
PROCEDURE LIST
  - Bilateral sacroiliac joint injections (therapeutic)
  - Right L5-S1 transforaminal epidural steroid injection
All under fluoroscopy.
Diagnoses: Sacroiliitis, bilateral (M46.1); lumbosacral radiculopathy, right (M54.17)
History: Pain over both sacral sulci for 8 months, worse rising from a chair, with positive thigh thrust, distraction
and FABER on both sides. Bilateral diagnostic SI blocks in June: 75% relief on the right and 80% on the left
during the anesthetic phase. For the last 4 months she also has right leg pain along the lateral calf to the
dorsum of the foot with numbness of the right great toe and a positive right straight leg raise. Physical therapy
for 12 weeks did not help; gabapentin caused swelling. She cannot walk her dog or sit through a meal. MRI: right
foraminal L5-S1 stenosis compressing the exiting right L5 root.
Consent signed; time-out completed.
Pain 8/10 before.
SI joints: 22 g needle into the lower pole of each joint; Isovue-M 300, 0.5 mL per side, arthrogram; Depo-Medrol
40 mg with 1 mL of 0.25% bupivacaine into each joint. AP and oblique images saved.
Right L5-S1 TFESI: needle to the right L5-S1 foramen; Isovue-M 300, 1 mL, epidural flow along the L5 root without
vascular uptake; dexamethasone 10 mg with 1 mL of 1% lidocaine. AP and lateral images saved.
Pain 3/10 afterwards.
No complications.
Billing: 27096-50, 64483-RT, J1010 x80, J1100 x10
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 5),
               given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-09-08",
        codes=[line("27096", "50"), line("64483", "RT"), line("J1010", units=80), line("J1100", units=10)],
        findings=["percent_relief"], comment="SI relief only implied by the scores")

    add("fas-sij-02", "code_list_footer", """
HOSPITAL OUTPATIENT DEPARTMENT - LEFT SACROILIAC JOINT INJECTION, DIAGNOSTIC
Diagnosis: Sacroiliitis, left (M46.1)
Left buttock and posterior thigh pain above the knee for 6 months; pain points to the left PSIS; three of five
provocation tests positive on the left. Home exercise and 8 weeks of PT without relief; ibuprofen did nothing.
She cannot sit through her grandson's games.
Consent signed; time-out done.
Pain before: 7/10
Fluoroscopy: 22 g needle into the inferior left SI joint; Omnipaque 240, 0.5 mL, intra-articular arthrogram.
2 mL of 2% lidocaine injected. AP and oblique images stored.
Pain after: 1/10 (85% relief). Pain diary given. No complications.
Facility/professional codes per scheduler: G0260-LT
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("lidocaine", 40)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-06-16", pos="22",
        codes=[line("27096", "LT")], findings=[],
        comment="the physician claim is 27096 in every place of service; G0260 is the facility code")

    add("fas-sij-03", "combined_session", """
Two procedures today, right side:
  1) Right sacroiliac joint injection, fluoroscopic, therapeutic
  2) Right greater trochanteric bursa injection, landmark guided
Diagnoses: Sacroiliitis, right (M46.1); trochanteric bursitis, right hip (M70.61)
Right low buttock pain for 7 months with positive compression and thigh-thrust tests; a right SI block with
lidocaine in May gave 90% relief for 4 hours. PT for 10 weeks did not help; naproxen gave reflux. Separately the
point of the right hip is tender and she cannot lie on her right side. Walking is limited to 15 minutes.
Consent signed; time-out completed.
Pre-procedure pain: 7/10
1) 22 g needle into the right SI joint; Omnipaque 300, 0.5 mL, arthrogram; Kenalog 40 mg with 1 mL of 1%
lidocaine. Image stored.
2) 22 g needle to the right trochanteric bursa at the point of maximal tenderness; Kenalog 40 mg with 4 mL of
0.25% bupivacaine.
Post-procedure pain: 2/10, 70% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("joint_injection", target="trochanteric_bursa", region="hip", laterality="right",
                    imaging="none", intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 80), given("lidocaine", 10),
               given("bupivacaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-07-07",
        codes=[line("27096", "RT"), line("20610", "RT"), line("J3301", units=8)],
        findings=["saved_images"], comment="'Image stored.' is a single image, no two views")

    add("fas-tpi-01", "combined_session", """
Occipital nerve blocks and trigger point injections
Diagnoses: Occipital neuralgia (M54.81); myofascial pain, neck and upper back (M79.18)
Four months of shooting pain from the nape over the back of the head on both sides, with tenderness over both
greater occipital nerves, and tight ropy bands with twitch responses in both upper trapezius muscles and both
splenius capitis muscles that reproduce her headache. Physical therapy for 6 weeks and amitriptyline did not help.
She has missed work twice a week.
Consent signed, time-out performed.
Pain before 7/10.
Greater occipital nerve blocks, both sides, landmark technique: 3 mL of 0.25% bupivacaine per side.
Trigger points: right upper trapezius, left upper trapezius, right splenius capitis, left splenius capitis, 1 mL of
1% lidocaine each.
Pain after 3/10. No complications.
Super-bill: 64405-50, 20553
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none"),
               proc("trigger_point", region="cervical", imaging="none")],
        drugs=[given("bupivacaine", 15), given("lidocaine", 40)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-04-28",
        codes=[line("64405", "50"), line("20553")],
        findings=["percent_relief"], comment="TPI relief only implied by the scores")

    add("fas-tpi-02", "code_list_footer", """
Trigger point injections - left upper back
Dx: Myofascial pain syndrome, left upper back (M79.18)
3 months of aching left upper back pain between the shoulder blade and spine after moving house; stretching and
heat for 6 weeks gave little change. Cannot carry groceries on the left. Exam: taut bands with jump sign and
referred pain in the left levator scapulae and left rhomboid major.
Consent signed and time-out done.
Pain 6/10 before.
In each of the two muscles: 0.25 mL of Depo-Medrol 40 mg/mL with 1 mL of 1% lidocaine, 27 g needle.
Pain 2/10 after, about 65% relief. No complications.
Codes entered: 20553 x2, J1030
""",
        procs=[proc("trigger_point", region="thoracic")],
        drugs=[given("methylprednisolone_acetate", 20), given("lidocaine", 20)],
        pain=(6, 2), need=SPINE_NEED, dos="2024-02-13", payer="medicare_cgs",
        codes=[line("20552"), line("J1020")], findings=[],
        comment="two muscles: one 20552 line, not 20553 x2; 20 mg before 2024-04-01 is one J1020")

    add("fas-joint-01", "combined_session", """
Procedures: right knee joint injection (ultrasound) and left greater trochanteric bursa injection (landmark).
Diagnoses: Primary osteoarthritis, right knee (M17.11); trochanteric bursitis, left hip (M70.62)
Right knee pain for 3 years, worse on stairs, with crepitus and an effusion; left lateral hip pain for 5 months,
tender over the greater trochanter, cannot sleep on the left side. Home exercise and acetaminophen without benefit.
Consent signed; time-out done.
Pain 7/10 before.
Right knee: ultrasound-guided superolateral approach, needle seen entering the suprapatellar recess, image saved;
triamcinolone 40 mg with 4 mL of 1% lidocaine.
Left trochanteric bursa: triamcinolone 40 mg with 3 mL of 0.25% bupivacaine at the point of maximal tenderness.
Pain 2/10 after. No complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="therapeutic"),
               proc("joint_injection", target="trochanteric_bursa", region="hip", laterality="left",
                    imaging="none", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 40), given("bupivacaine", 7.5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-10-20",
        codes=[line("20611", "RT"), line("20610", "LT"), line("J3301", units=8)], findings=[])

    add("fas-genb-01", "code_list_footer", """
Bilateral genicular nerve blocks (both knees), fluoroscopic guidance
Diagnosis: Bilateral primary osteoarthritis of knee (M17.0)
Both knees ache for 4 years, worse going downstairs and rising from chairs; he is not a candidate for knee
replacement because of heart disease. He can walk only 10 minutes.
Consent signed; time-out performed.
Pain before 8/10.
On each knee the superomedial, superolateral and inferomedial genicular nerves were targeted at the junction of
the shaft and the condyle / tibial plateau; 2 mL of 0.5% bupivacaine at each of the 6 targets.
Pain after 2/10, 75% better. No complications.
CPT: 64454 x2, 77002
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="bilateral",
                    imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 60)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2025-11-18",
        codes=[line("64454", "50")], findings=[],
        comment="one bilateral line; imaging is included in 64454")

    add("fas-genb-02", "terse_list", """
L knee genicular nerve block, US guided.
Dx: primary OA left knee (M17.12).
L knee pain 2 yrs, failed PT and injections, can't do stairs.
Consent + time-out done.
Pain 7/10 pre.
SM, SL, IM genicular nerves identified beside the genicular arteries; 0.5% ropivacaine injected at each.
Image saved.
Pain 3/10 post. No cx.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", None)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-05-26",
        codes=[line("64454", "LT")], findings=["drug_dose"], comment="no volume of ropivacaine stated")

    add("fas-lsb-01", "code_list_footer", """
LEFT LUMBAR SYMPATHETIC BLOCK AT L3, fluoroscopic guidance
Diagnosis: Complex regional pain syndrome I of left lower limb (G90.522)
Burning pain, swelling, color change and allodynia of the left foot for 7 months after an ankle fracture;
desensitization therapy and gabapentin without benefit. Cannot wear a shoe on the left.
Consent signed. Time-out completed.
Pain 8/10 before; left foot skin temperature 29.4 C.
22 g needle to the anterolateral L3 vertebral body on the left; Omnipaque 240, 3 mL, spread along the
anterolateral vertebral column without vascular or psoas uptake. 10 mL of 0.25% bupivacaine in divided doses.
Left foot temperature rose to 33.8 C.  Pain 3/10 after.  No complications.
Codes: 64520-LT, 77003, Q9966 x3
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-11-17", payer="medicare_cgs",
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=[],
        comment="64520 takes no side modifier; guidance is 77002, not the author's 77003")

    add("fas-stellate-01", "converted_step", """
Right stellate ganglion block under ultrasound
Diagnosis: Complex regional pain syndrome I of right upper limb (G90.511)
Right hand burning, swelling and sweating for 5 months after a wrist fracture; occupational therapy 8 weeks and
prednisone taper without benefit. Cannot button clothing.
Consent and time-out documented.
An anterior approach at C6 was attempted first, but the vertebral artery lay in the path; the needle was withdrawn
and redirected to the C6 level from the lateral side, tip seen beneath the prevertebral fascia over longus colli.
Image saved. 5 mL of 0.5% ropivacaine injected in 1 mL aliquots after negative aspiration.
Horner's sign and a rise in right hand temperature followed. Pain 2/10 after. No complications.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(None, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-02-03",
        codes=[line("64510"), line("76942")],
        findings=["pre_procedure_pain_score"], comment="no pain score before; first path abandoned before injection")

    add("fas-impar-01", "code_list_footer", """
Ganglion impar block, fluoroscopy
Diagnosis: Coccygodynia (M53.3)
Coccyx pain for 10 months after a fall on the ice, worse sitting; a donut cushion and NSAIDs did not help. She
cannot sit through a work meeting.
Consent signed, time-out done.
Pain 8/10 before.
22 g needle through the sacrococcygeal junction to the anterior surface; Omnipaque 300, 2 mL, showed a retroperitoneal
"apostrophe" spread. Injected 4 mL of 0.5% bupivacaine with 40 mg of triamcinolone.
Pain 2/10 after. No complications.
Codes: 64517, 77002, Q9967 x2, J3301 x4
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-06-30",
        codes=[line("64999"), line("77002"), line("Q9967", units=2), line("J3301", units=4)], findings=[],
        comment="ganglion impar is 64999, not the author's 64517 (superior hypogastric)")

    add("fas-onb-01", "planned_not_done", """
Planned: bilateral greater occipital nerve blocks. Done: RIGHT only - she declined the left side after the right
injection because the left pain had settled over the past week.
Diagnosis: Occipital neuralgia (M54.81)
Right-sided lancinating pain from the occiput to the vertex for 5 months; right GON tender with a positive Tinel
sign. Six weeks of PT and gabapentin gave no relief. She cannot lie on her pillow or work on screens.
Consent signed; time-out done at the bedside.
Pain 7/10 before.
Landmark technique, medial to the right occipital artery: 2 mL of 0.5% bupivacaine with Kenalog 10 mg.
Pain 1/10 after. No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                    imaging="none")],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 10)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-08-25",
        codes=[line("64405", "RT"), line("J3301", units=1)],
        findings=[], comment="left side planned, declined by the patient: right only")

    add("fas-scs-01", "code_list_footer", """
Spinal cord stimulator trial - two percutaneous leads, fluoroscopy
Diagnosis: Failed back surgery syndrome (M96.1) with chronic right leg radicular pain
Right leg and low back pain for 4 years after an L4-S1 fusion; 12 weeks of therapy, two epidurals and
duloxetine gave no lasting relief, and gabapentin caused confusion. She cannot walk more than half a block or sit
more than 20 minutes.
Consent signed. Time-out completed.
Pain 8/10 before.
Two 8-contact leads placed through 14 g Tuohy needles entering at L1-L2, tips advanced to the top of T8 (left)
and mid-T8 (right) under fluoroscopy; 1% lidocaine 10 mL for skin and tracts. Paresthesia mapping covered the
right leg and low back. Leads anchored and dressed.
Pain 3/10 with stimulation. No complications.
Charge line: 63650, 63655, 77003
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-12-08",
        codes=[line("63650", units=2), line("77003")],
        findings=["indication"], comment="no psychological evaluation; 63655 (paddle) not done")

    add("fas-kypho-01", "planned_not_done", """
Planned: kyphoplasty at T12 and L1. Done: L1 only. At T12 the pedicle was too narrow to cannulate safely and the
level was abandoned before any cannula entered the vertebral body.
Diagnosis: Age-related osteoporosis with current pathological vertebral fracture (M80.08XA), L1
Severe mid-back pain for 5 weeks after lifting a box, not controlled by bracing and oral analgesics; she is
bed-bound most of the day. MRI: acute L1 compression fracture with marrow edema; old healed T12 wedge.
Consent signed, time-out done.
Pain 9/10 before.
Bilateral transpedicular approach at L1 under biplane fluoroscopy; 1% lidocaine 20 mL for skin and periosteum.
Balloons inflated and 4 mL of PMMA cement placed on each side with good fill and no leak.
Pain 4/10 after. No complications.
Codes listed: 22514, 22515
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-10-13", pos="22",
        codes=[line("22514")], findings=[], comment="T12 planned, not done: no 22515")
