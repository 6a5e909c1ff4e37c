"""Notes of the sealed final-check batch bb: real-life document history and scales (copy-forwarded prior
text marked as prior, addenda and late entries, half-filled template menus whose placeholders count as
missing, VAS/NRS words/faces scales, pain-diary relief, dated durations and conservative care, sedation
given by the nurse on the physician's order, flowsheet complications). Gold labelled by hand before any
Painpoint run; the `findings` of each `add` are the deliberate gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _esi(add, proc, line, given, ESI_NEED, minus)
    _facet_si(add, proc, line, given, SPINE_NEED, minus)
    _other(add, proc, line, given)


def _esi(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Epidurals: transforaminal, interlaminar, caudal."""
    add("fbb-tfesi-01", "addendum_sedation", """
PROCEDURE NOTE - Transforaminal epidural steroid injection, L4-L5, under fluoroscopy
Header side: RIGHT
Diagnosis: Radiculopathy, lumbar region (M54.16)
History: Pain from the left buttock down the outer thigh to the top of the foot since the fall on the ice in
January 2026, with numbness over the dorsum of the foot; left L5 dermatomal sensory loss and weak great-toe
extension on exam. 14 sessions of physio (Feb-Mar 2026) did not change the leg pain, and naproxen upset her
stomach and was stopped. She can no longer walk her dog or stand long enough to shower without sitting.
MRI 03/2026: left foraminal disc protrusion at L4-5 narrowing the left L4-5 foramen, touching the L4 root.
Pre-procedure pain: eight out of ten (NRS).
Consent signed; time-out done with nurse and tech.
Sedation: at my order the procedure RN gave midazolam 1 mg IV at 08:12 and fentanyl 25 mcg IV at 08:13 for
marked procedural anxiety (prior vasovagal episode with a dental block); the circulating RN monitored as
independent observer. Sedation start 08:12, end 08:26 (14 min).
Technique: Prone. Left oblique view, 22 g needle to the left L4-L5 foramen. Omnipaque 240, 1 mL: clean
perineural flow along the left L4 root, no vascular uptake. Injected dexamethasone 10 mg (1 mL) plus 1 mL
of 1% lidocaine preservative free. AP and lateral views saved.
Post-procedure pain: 2/10.  Complications: none.
Addendum 14:20: the side in the header above was entered in error - side corrected to LEFT. The needle
and the injection were on the left, as described in the technique.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="moderate")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10),
               given("midazolam", 1), given("fentanyl", 0.025)],
        pain=(8, 2), need=ESI_NEED, dos="2026-04-21",
        codes=[line("64483", "LT"), line("99152"), line("J1100", units=10)], findings=[],
        comment="pre score in words; header side corrected by a signed addendum, so no side conflict remains; "
                "sedation given by the RN on the physician's order is the proceduralist's moderate sedation")

    add("fbb-tfesi-02", "copy_forward", """
Interventional Spine - Procedure
*** Copied forward from visit of 11/04/2025 (PRIOR, not today): "Plan: right L5-S1 TFESI if no better.
Pain 6-7/10." ***
TODAY: Right L5-S1 and right S1 transforaminal epidural steroid injection, fluoroscopic.
Dx: Lumbosacral radiculopathy (M54.17).
HPI: Right posterior thigh and calf pain with burning of the sole since about August 2025 (over 6 months),
positive right straight-leg raise at 35 degrees, absent right ankle reflex. Conservative care: PT Jan-Mar
2026 (12 visits), home stretching, meloxicam. Cannot sit through a work shift or drive more than 20 minutes.
MRI 12/2025: right paracentral L5-S1 extrusion contacting the right S1 root.
Pre: NRS 7/10. Consent on chart. Time-out with all staff.
Procedure: Prone, prepped. Needles to the right L5-S1 foramen and the right S1 foramen. Isovue-M 300, 1 mL at
each level, epidural spread without vascular flow. Kenalog 40 mg (1 mL) at each level with 1 mL 0.25%
bupivacaine at each level. Images (AP/lateral) kept.
Post: NRS 3/10. Complications: none.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 5)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-04-07",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=8)], findings=["conservative_care"],
        comment="care listed with dates but no outcome; the copied-forward prior range 6-7/10 is not today's score")

    add("fbb-tfesi-03", "vas_scale", """
CERVICAL TRANSFORAMINAL EPIDURAL - LEFT C6-C7
Diagnosis: Cervical radiculopathy (M54.12)
Indication: Left neck pain running into the dorsal forearm and middle finger since March 2025, numb middle
finger, left triceps reflex reduced. Physical therapy twice a week Sept-Nov 2025 without benefit; gabapentin
stopped for dizziness. She cannot lift a coffee pot or work at her computer more than 30 minutes. MRI
10/2025: left uncovertebral spur at C6-7 with moderate left foraminal stenosis.
VAS before: 7.0 cm on the 10 cm line.
Consent signed and witnessed; time-out performed.
Fluoroscopy, oblique view: 25 g needle to the posterior left C6-C7 foramen; Omnipaque 240 0.5 mL under live
and digital subtraction showed epidural spread without vascular uptake. Dexamethasone 4 mg (1 mL) injected.
Two views (AP and oblique) stored.
VAS after: 2.0 cm. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=ESI_NEED, dos="2026-01-13",
        codes=[line("64479", "LT"), line("J1100", units=4)], findings=[],
        comment="VAS in cm on a 10 cm line = 0-10 scale")

    add("fbb-tfesi-04", "diary_relief", """
REPEAT TRANSFORAMINAL ESI - LEFT L5-S1
Dx: Lumbar radiculopathy (M54.16)
History: left leg pain into the calf since spring 2025 with a positive left slump test and reduced left
ankle jerk; PT x 8 weeks (fall 2025) gave no lasting relief and celecoxib did not help. Unable to stand at
the register for a full shift. MRI: left L5-S1 foraminal protrusion abutting the left L5 root.
Prior: left L5-S1 TFESI on 12/02/2025 - per patient it helped some; pain diary not returned.
Pre pain 6/10. Consent obtained. Time-out completed.
Fluoro; left L5-S1 foramen; Isovue 300 1 mL neurogram; Celestone 6 mg (1 mL) with 1 mL 1% Xylocaine.
AP + lateral images saved. Post pain 2/10. Complications: none.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("lidocaine", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2026-03-03",
        codes=[line("64483", "LT"), line("J0702", units=1)], findings=["prior_procedure_response"],
        comment="stated repeat whose earlier response is only 'helped some'")

    add("fbb-tfesi-05", "flowsheet", """
PROCEDURE: Bilateral L4-L5 and L5-S1 transforaminal epidural steroid injections (fluoroscopy)
DIAGNOSIS: Spinal stenosis, lumbar region with neurogenic claudication (M48.062)
INDICATION: Since the summer of 2024 both legs burn and go numb from the buttocks to the calves after
5 minutes of walking, with bilateral L5 sensory loss. PT 16 sessions (Feb-Apr 2025) without improvement;
gabapentin made him too sleepy. He has quit bowling and cannot shop without a cart. CT myelogram: bilateral
lateral recess and foraminal stenosis at L4-5 and L5-S1.
Pain before: 8/10.   Consent: yes.   Time-out: yes.
Needles to both L4-L5 and both L5-S1 foramina. Omnipaque 300 0.5 mL at each of the 4 sites. At each site
1 mL of a mixture of 2 mL Kenalog 40 mg/mL + 2 mL 0.25% bupivacaine. AP and lateral saved.
Pain after: 3/10.
COMPLICATIONS FLOWSHEET: Bleeding [ ]  Dural puncture [ ]  Vasovagal [ ]  None [X]
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 5)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-17", pos="22",
        codes=[line("64483", "50"), line("64484", "50")], findings=[],
        comment="solution 1 mL of (40 mg/mL + 0.25%) 1:1 at 4 sites = 80 mg and 5 mg; facility, no drug lines")

    add("fbb-ilesi-01", "words_scale", """
Lumbar interlaminar epidural steroid injection L4-L5, midline, fluoroscopy
Assessment: Lumbar disc herniation with radiculopathy (M51.16)
Indication: low back and right leg pain shooting to the shin since a lifting injury in October 2025,
positive right SLR, numb medial shin. Physiotherapy 6 weeks in Dec 2025-Jan 2026 without benefit;
ibuprofen caused gastritis. Cannot lift her toddler. MRI 01/2026: right paracentral L4-5 herniation
compressing the traversing right L5 root.
Pre-procedure pain: severe, 9/10.  Consent form signed.  Time-out held.
Prone. 20 g Tuohy, loss of resistance at L4-L5. Isovue-M 200 2 mL confirmed epidural spread. Depo-Medrol
80 mg with 3 mL preservative-free saline injected. Two views saved.
After the injection her pain went from severe to mild; walked to recovery. Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(9, None), need=ESI_NEED, dos="2026-02-26",
        codes=[line("62323"), line("J1010", units=80)], findings=["post_procedure_pain_score"],
        comment="post-procedure pain in words with no number")

    add("fbb-ilesi-02", "late_entry", """
LATE ENTRY (written 03/20/2026 for the procedure of 03/19/2026)
Procedure: Thoracic interlaminar epidural steroid injection at T10-T11, fluoroscopic guidance
Diagnosis: Radiculopathy, thoracic region (M54.14)
Indication: band-like right lower chest wall pain wrapping to the upper abdomen along T10 since November
2025, with allodynia in that band; thoracic MRI shows a right paracentral T10-11 disc protrusion touching
the right T10 root. Lidocaine patches and 8 weeks of PT failed to help; nortriptyline was not tolerated
(dry mouth, palpitations). He cannot sleep on his right side or bend to tie his shoes.
Pain pre: 7/10. Informed consent documented. Time-out completed.
20 g Tuohy at T10-T11 paramedian right, loss of resistance to saline; Omnipaque 240 2 mL epidurogram, no
vascular or intrathecal pattern. Triamcinolone 40 mg in 2 mL saline injected. AP and lateral saved.
Pain post: 2/10. Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=ESI_NEED, dos="2026-03-19",
        codes=[line("62321"), line("J3301", units=4)], findings=[],
        comment="late entry dated the day after; DOS is the procedure day")

    add("fbb-ilesi-03", "copy_forward", """
Lumbar interlaminar ESI, L5-S1 - fluoroscopy
Dx: Lumbar radiculopathy (M54.16)
--- copied from 09/2025 note (prior) ---
Left leg pain to the ankle since 2024 with left S1 numbness; PT 12 weeks failed, NSAIDs not tolerated.
Cannot work a full shift. MRI: left L5-S1 protrusion contacting the left S1 root.
--- end of copied text ---
Today: this is her fifth lumbar epidural in the past 12 months. The last one (11/2025) gave 60% relief
for 4 months by her pain diary; leg pain has returned to baseline.
Pain 7/10 before. Consent signed, time-out done.
Tuohy at L5-S1, loss of resistance; Omnipaque 300 2 mL; dexamethasone 10 mg with 2 mL 0.25% Sensorcaine.
AP and lateral saved. Pain 2/10 after. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 5)],
        pain=(7, 2), need=ESI_NEED, dos="2026-03-24",
        codes=[line("62323"), line("J1100", units=10)], findings=["frequency"],
        comment="five lumbar ESI sessions in 12 months (limit 4); the copied-forward history, marked as prior, "
                "still documents duration, care, function and imaging")

    add("fbb-caudal-01", "diary_relief", """
CAUDAL EPIDURAL STEROID INJECTION (fluoroscopic)
Diagnosis: Failed back surgery syndrome (M96.1); bilateral L5 and S1 radicular leg pain after L4-S1 fusion
2022.
History: Aching and burning in both posterior legs to the heels since mid-2024, numb soles, reduced ankle
jerks both sides. Aquatic therapy Apr-Jun 2025 brought no change; duloxetine stopped for nausea. Cannot
walk the length of the grocery store. MRI with contrast 2025: epidural fibrosis around the L5 and S1 roots
both sides, no recurrent disc. Last caudal 06/2025: pain diary showed 3/4 better (about 75%) for 4 months.
Pre-procedure NRS 8/10. Consent reviewed and signed. Time-out.
20 g Tuohy through the sacral hiatus; Isovue-M 300 5 mL spread to L5 both sides, no vascular runoff.
Injected Depo-Medrol 80 mg, 5 mL 0.2% Naropin and 5 mL saline. AP and lateral images archived.
Post NRS 3/10. Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 5, "ml"), given("methylprednisolone_acetate", 80), given("ropivacaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2025-11-04",
        codes=[line("62323"), line("J1010", units=80)], findings=[],
        comment="repeat with diary relief '3/4 better (about 75%) for 4 months'")


def _facet_si(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Facet blocks, intra-articular facet, facet RFA and SI joint."""
    add("fbb-mbb-01", "diary_relief", """
Procedure: Bilateral lumbar medial branch blocks, first diagnostic block, L4-L5 and L5-S1 facet joints
Guidance: fluoroscopy
Diagnosis: Spondylosis without myelopathy or radiculopathy, lumbar region (M47.816)
History: Axial low back pain across the belt line since the spring of 2024, worse rising from a chair and
with extension-rotation, no leg pain. PT Sept-Nov 2025 (3 months) without lasting benefit; diclofenac stopped
for reflux. She cannot stand to cook or walk her usual mile. CT 2025: bilateral L4-5 and L5-S1 facet
hypertrophy with effusions.
Pre-block pain 6/10. Consent signed. Time-out completed.
Skin wheals with 1% lidocaine, 3 mL total. 22 g needles to the L3 and L4 medial branches and L5 dorsal ramus
on each side; 0.5 mL of 0.5% bupivacaine at each of the 6 targets.
Post-block pain 1/10 at 20 minutes. Pain diary given: record the percent relief each hour for 6 hours.
Complications: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-01-27",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fbb-mbb-02", "template_menu", """
MEDIAL BRANCH BLOCK - TEMPLATE v3
Side: [ ] Right  [X] Left  [ ] Bilateral
Intent: [X] Diagnostic #1  [ ] Diagnostic #2  [ ] Therapeutic
Diagnosis: ***
Levels (joints): L3-L4, L4-L5   Nerves: L2, L3, L4 medial branches
HPI: Left-sided low back pain, no radiation below the buttock, present since a move in June 2025; worse
with standing and arching back. Eight weeks of PT ended in Dec 2025 with no improvement; acetaminophen and
meloxicam gave no relief. He has stopped golfing and cannot do yard work.
Imaging: MRI 11/2025 left L3-4 and L4-5 facet arthropathy with fluid.
Pain before: 7/10   Pain after: 1/10
Consent: [X] signed   Time-out: [X] done   Guidance: [X] fluoroscopy  [ ] ultrasound
Medication: 0.5 mL 0.75% bupivacaine at each of the 3 nerves.
Complications: [X] none  [ ] other: {describe}
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 11.25)],
        pain=(7, 1), need=minus(SPINE_NEED, "diagnosis"), dos="2026-02-03",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["diagnosis"],
        comment="diagnosis field left as '***' and no diagnosis named elsewhere; 0.75% = 7.5 mg/mL")

    add("fbb-mbb-03", "diary_relief", """
Right cervical medial branch blocks - second (confirmatory) diagnostic block
Facet joints: C4-C5 and C5-C6 (C4, C5 and C6 medial branches), fluoroscopic guidance
Dx: Cervical spondylosis without radiculopathy (M47.812)
Neck pain on the right spreading to the shoulder blade since a rear-end collision in February 2025; no arm
symptoms. Twelve physiotherapy sessions (spring 2025) and a TENS unit did not help; cyclobenzaprine made him
groggy. He cannot check his blind spot to drive or read for more than 15 minutes. X-ray and MRI: right C4-5
and C5-6 facet arthropathy.
First block 01/2026 (lidocaine): pain diary 85% relief for 2 hours, then back to baseline.
Pre pain 6/10. Consent obtained. Time-out performed.
0.3 mL of 0.5% bupivacaine at each of the 3 medial branches.
Post pain 1/10 (about 85% relief). Complications: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 4.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-02-12",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[])

    add("fbb-facetia-01", "template_menu", """
Procedure: Bilateral L4-L5 intra-articular facet joint injections, therapeutic, fluoroscopy
Diagnosis: Lumbar spondylosis (M47.816)
HPI: axial low back pain for 2 years, worse with extension; PT 2025 x 10 weeks without relief, NSAIDs
stopped for kidney function. Cannot stand for Mass or carry groceries. MRI: bilateral L4-5 facet
arthropathy with effusions.
Diagnostic blocks: MBB #1 09/2025 diary 90% relief x 6 h; MBB #2 10/2025 diary 85% relief x 8 h.
Pre pain 7/10.  Consent: signed.
Time-out: {time-out documentation}
22 g needle into each L4-L5 facet joint; Kenalog 20 mg with 0.5 mL 0.25% Marcaine in each joint.
Post pain 3/10.  Complications: none.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-03-10",
        codes=[line("64493", "50"), line("J3301", units=4)], findings=["time_out"],
        comment="time-out field left as a template placeholder")

    add("fbb-rfa-01", "diary_relief", """
LEFT LUMBAR RADIOFREQUENCY ABLATION - L3 and L4 medial branches, L5 dorsal ramus (L4-L5, L5-S1 joints)
Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)
History: left axial low back pain since 2023, worse with standing and twisting. PT (Jan-Mar 2025) and a home
programme gave no lasting relief; naproxen was not tolerated. She cannot stand at the sink for 10 minutes.
Diagnostic MBBs: #1 11/2025 lidocaine - diary 95% relief for 2 hours; #2 12/2025 bupivacaine - diary
near-complete relief, 90%, for 6 hours.
Pre pain 7/10. Consent signed. Time-out.
Fluoroscopy. 1 mL 2% lidocaine at each of 3 sites. 18 g cannulas parallel to each nerve; sensory stimulation
50 Hz at 0.4 V concordant, motor 2 Hz without leg twitch; thermal lesions 80 C x 90 s at each.
Post pain 2/10.  Complications: none.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-01-20",
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[])

    add("fbb-rfa-02", "copy_forward", """
Right L5-S1 facet radiofrequency neurotomy (L4 medial branch and L5 dorsal ramus) - fluoroscopy
Diagnosis: Spondylosis of the lumbosacral region without radiculopathy (M47.817)
Subjective: right low back pain for over a year (since summer 2024); physical therapy 8 weeks in 2025 did not
help and ibuprofen caused GI upset. Cannot sit through a movie or do housework. Medial branch blocks were done
in the spring of 2026 and helped.
[Prior visit text, 04/2026: "pain 8/10, plan MBB #2"]
Today pre-procedure pain 6/10. Consent on chart; time-out completed.
2% lidocaine 1 mL at each site. 18 g RF cannulas, sensory 50 Hz < 0.5 V, motor 2 Hz negative; lesions at
85 C for 90 seconds.
Post pain 2/10. Complications: none.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-06-09",
        codes=[line("64635", "RT")], findings=["diagnostic_block_relief"],
        comment="prior blocks only 'helped', no percent; copied-forward 8/10 is a prior score")

    add("fbb-rfa-03", "flowsheet", """
Repeat bilateral cervical radiofrequency ablation, C5-C6 facet joints (C5 and C6 medial branches)
Dx: Cervical spondylosis (M47.812)
Neck pain both sides since 2022; PT for 8 weeks in 2025 and two courses of NSAIDs failed. Cannot turn
head to reverse the car.
Prior RFA 06/2025: 70% relief lasting 8 months per diary and clinic notes; pain has returned. That session is
the only other cervical RFA in the past 12 months.
Pre: 7/10. Consent documented. Time-out. Fluoroscopy.
1% lidocaine 1 mL at each of 4 sites. Cannulas to both C5 and C6 medial branches, sensory/motor testing
satisfactory, lesions 80 C x 90 s.
Post: 2/10.
Flowsheet - Complications: None.  Vital signs stable.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-04-14",
        codes=[line("64633", "50")], findings=[],
        comment="repeat with 70% for 8 months (>= 180 days); second cervical RFA in 12 months is within 2")

    add("fbb-sij-01", "diary_relief", """
LEFT SACROILIAC JOINT INJECTION - therapeutic, fluoroscopy
Dx: Sacroiliitis, not elsewhere classified (M46.1) - left
HPI: left buttock pain below the PSIS since a fall on the stairs in March 2023; 3 of 5 provocation tests
positive (thigh thrust, compression, Gaenslen). Physio 15 sessions Apr-Jun 2023 gave no relief; meloxicam
did not help. Cannot sit through a meal or walk a block.
Diagnostic left SI block 09/2023 (lidocaine): pain diary 80% relief over the first 6 hours.
Pre pain 7/10. Consent signed. Time-out.
Omnipaque 300, 1 mL arthrogram; Depo-Medrol 40 mg with 1 mL 1% lidocaine into the left SI joint.
AP and oblique images stored.
Post pain 2/10 (about 70% relief). Complications: none.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2024-02-20",
        codes=[line("27096", "LT"), line("J1030")], findings=[],
        comment="dated before 2024-04-01: methylprednisolone 40 mg is one J1030 unit")

    add("fbb-sij-02", "flowsheet", """
Right SI joint injection - DIAGNOSTIC
Diagnosis: Sacroiliitis (M46.1), right
History: right buttock and groin pain since 10/2025 (about 6 months); Fortin finger sign positive; PT 8 weeks
without relief and NSAIDs not tolerated. Difficulty getting out of a car and climbing stairs.
Pain before: 8/10. Consent: yes. Time-out: yes.
Fluoroscopy: right SI joint entered inferiorly, Isovue 300 0.5 mL arthrogram. Injected 2 mL 2% lidocaine.
One spot image saved.
Pain after: 1/10 (about 85% relief).
Complications flowsheet: [X] none  [ ] hematoma  [ ] vasovagal
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("lidocaine", 40)],
        pain=(8, 1), need=SPINE_NEED, dos="2026-04-28", codes=[line("27096", "RT")],
        findings=["saved_images"], comment="one saved image (SI needs two views)")

    add("fbb-sij-03", "template_menu", """
Bilateral sacroiliac joint injections, therapeutic - ASC record
Diagnosis: Sacroiliitis, not elsewhere classified (M46.1), bilateral
Indication: both buttocks ache since 2024, worse on stairs and rolling in bed; PT 12 weeks (2025) without
benefit, NSAIDs ineffective. Cannot walk more than 10 minutes. Bilateral diagnostic SI blocks 11/2025: diary
80% relief on each side for the anesthetic duration.
Pre-procedure pain: ___ /10
Consent signed. Time-out completed. Fluoroscopy.
Each joint: Isovue 300 0.5 mL, then triamcinolone 40 mg with 2 mL 0.2% ropivacaine. AP and oblique saved.
Post-procedure pain 2/10; relief about 70%. Complications: none.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 80), given("ropivacaine", 8)],
        pain=(None, 2), need=SPINE_NEED, dos="2026-05-19", pos="24", codes=[line("27096", "50")],
        findings=["pre_procedure_pain_score"], comment="pre-procedure pain blank in the template")


def _other(add, proc, line, given) -> None:  # noqa: N803
    """Trigger points, joints, genicular, sympathetic, occipital, pump, vertebral augmentation."""
    add("fbb-tpi-01", "diary_relief", """
Trigger point injections - right neck and upper back
Diagnosis: Myofascial pain, other site (M79.18)
Since a whiplash injury in May 2025 she has had right neck and shoulder-blade muscle pain; 6 weeks of
massage and stretching brought little change. Taut bands with local twitch and referred pain found in the
right upper trapezius, right levator scapulae and right rhomboid major.
Pre pain 6/10. Consent given verbally and signed. Time-out.
25 g needle; 1 mL of 1% lidocaine into each of the three muscles.
Post pain 2/10, about 60% better by her report at 15 minutes. Complications: none.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis",), payer="medicare_cgs", dos="2026-02-05", codes=[line("20553")], findings=[])

    add("fbb-tpi-02", "words_scale", """
Clinic procedure: trigger point injections, left neck
Assessment: myofascial pain syndrome of the neck (M79.18)
Left neck pain for 4 months with tender taut bands and twitch responses in the left upper trapezius and the
left levator scapulae; heat and home stretching have not helped.
Verbal and written consent. Time-out held.
27 g needle, 2 mL 0.25% bupivacaine in each of the 2 muscles.
Pain went from severe to mild before she left. Complications: none.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 10)],
        pain=(None, None), need=("diagnosis",), dos="2026-03-12", codes=[line("20552")],
        findings=["percent_relief", "post_procedure_pain_score", "pre_procedure_pain_score"],
        comment="pain told only in words (severe to mild): no numbers, no percent")

    add("fbb-knee-01", "faces_scale", """
Right knee injection, ultrasound guided
Diagnosis: Unilateral primary osteoarthritis, right knee (M17.11)
Right knee pain for 3 years, worse on stairs; PT and topical diclofenac helped only briefly.
Wong-Baker FACES before: 8 (hurts whole lot). Consent signed; time-out completed.
Linear probe, superolateral approach, in-plane 22 g needle into the suprapatellar recess; image with the
needle in the joint saved. Injected Kenalog 40 mg with 4 mL 1% lidocaine.
FACES after: 4. Complications: none.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(8, 4), need=("diagnosis",), payer="medicare_cgs", dos="2026-01-29",
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=[])

    add("fbb-genb-01", "template_menu", """
GENICULAR NERVE BLOCK - LEFT KNEE (fluoroscopy)
Diagnosis: Primary osteoarthritis, left knee (M17.12)
Indication: left knee pain for 4 years, not a candidate for replacement, cannot walk a block.
Consent: [ ] obtained    Time-out: [X] completed
Targets: superomedial, superolateral and inferomedial genicular nerves; 2 mL 0.5% bupivacaine at each.
Pain pre 7/10, post 2/10. Complications: none.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left",
                    imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 30)],
        pain=(7, 2), need=("diagnosis",), dos="2026-05-05", consent=False,
        codes=[line("64454", "LT")], findings=["consent"], comment="consent box left unticked")

    add("fbb-genrfa-01", "addendum_sedation", """
Right knee genicular radiofrequency ablation - fluoroscopy
Diagnosis: Primary osteoarthritis, right knee (M17.11)
Right knee pain since 2021; failed PT and two steroid injections. Genicular block 12/2025: pain diary
80% relief for 8 hours.
Pre pain 8/10. Consent signed. Time-out.
Sedation by the nurse on my order: midazolam 2 mg IV and fentanyl 50 mcg IV; a second RN observed
throughout. Start 09:40, stop 09:58 (18 min).
1% lidocaine 2 mL at each of 3 sites; cannulas to the superomedial, superolateral and inferomedial genicular
nerves; sensory testing concordant; lesions 80 C x 90 s.
Post pain 3/10. Complications: none.
Addendum 11:05: the lesion temperature was checked against the generator log - 80 C confirmed.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                    sedation="moderate")],
        drugs=[given("lidocaine", 60), given("midazolam", 2), given("fentanyl", 0.05)],
        pain=(8, 3), need=("diagnosis",), dos="2026-02-19",
        codes=[line("64624", "RT"), line("99152")], findings=[])

    add("fbb-stellate-01", "vas_scale", """
Right stellate ganglion block, ultrasound guided
Dx: Complex regional pain syndrome I of right upper limb (G90.511)
Burning, swelling and color change of the right hand since a wrist fracture in April 2025; occupational
therapy Jun-Sep 2025 and gabapentin brought little change.
VAS before 6.0 cm. Consent signed. Time-out.
Short-axis view at C6, 25 g needle in-plane anterior to longus colli; 5 mL 0.5% ropivacaine. Saved image
with the needle tip. Right Horner's sign and 2 C hand warming at 10 minutes.
VAS after 2.0 cm. Complications: none.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(6, 2), need=("diagnosis",), dos="2026-03-05",
        codes=[line("64510"), line("76942")], findings=[])

    add("fbb-lsb-01", "flowsheet", """
Right lumbar sympathetic block at L3, fluoroscopy
Dx: Complex regional pain syndrome I of right lower limb (G90.521)
Right foot burning and allodynia since ankle surgery 08/2025; PT and pregabalin failed.
Pain 8/10 before. Consent signed. Time-out completed.
22 g needle to the anterolateral L3 body on the right; Omnipaque 240 3 mL showed paravertebral spread
without vascular uptake; 10 mL 0.25% bupivacaine. Right foot warmed 3 C.
Pain 3/10 after.
POST-PROCEDURE FLOWSHEET  Vitals: stable   Complications: ***   Disposition: home
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-04-02", complications=None,
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=["complications"],
        comment="complications field left as a placeholder")

    add("fbb-impar-01", "faces_scale", """
Ganglion impar block - fluoroscopy
Diagnosis: Coccydynia (M53.3)
Tailbone pain since a fall onto the ice in February 2025; cushions, NSAIDs and pelvic floor therapy
(8 sessions) did not help. Pain on the faces scale before: 8. Consent signed. Time-out.
22 g needle through the sacrococcygeal junction; Isovue 300 2 mL outlined the retroperitoneal space anterior
to the coccyx. Injected 4 mL 0.25% bupivacaine with dexamethasone 4 mg.
Faces scale after: 2. Complications: none.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("bupivacaine", 10), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 2), need=("diagnosis",), dos="2026-05-12",
        codes=[line("64999"), line("77002"), line("Q9967", units=2), line("J1100", units=4)], findings=[])

    add("fbb-onb-01", "words_scale", """
Bilateral greater occipital nerve blocks (landmark)
Diagnosis: Occipital neuralgia (M54.81)
Shooting pain from the base of the skull over both sides of the scalp since 09/2025; amitriptyline and
physical therapy did not help. Tender both greater occipital nerves, Tinel positive each side.
Pain before: 7/10. Consent signed. Time-out done.
At each side: 2 mL 0.5% bupivacaine with triamcinolone 20 mg, 25 g needle medial to the occipital artery.
Pain after: 1/10. Complications: none.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital",
                    laterality="bilateral", imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(7, 1), need=("diagnosis",), dos="2026-01-15",
        codes=[line("64405", "50"), line("J3301", units=4)], findings=[])

    add("fbb-pump-01", "late_entry", """
Late entry - intrathecal pump refill (clinic)
Diagnosis: Failed back surgery syndrome (M96.1). Intrathecal hydromorphone since 2021 for intractable back
and leg pain after three lumbar operations; oral opioids were not tolerated.
The refill was performed by the clinic pump nurse under my supervision. Interrogation: 3.1 mL residual,
as expected. 20 mL of hydromorphone 10 mg/mL placed in the reservoir. Pump was not reprogrammed; daily dose
unchanged. Consent confirmed. Time-out performed. Complications: none. Next refill in 90 days.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 200)],
        pain=(None, None), need=("diagnosis",), dos="2026-06-16",
        codes=[line("95990")], findings=[],
        comment="clinical staff refill without reprogramming = 95990")

    add("fbb-va-01", "addendum_sedation", """
L1 balloon kyphoplasty, bipedicular, fluoroscopy - hospital outpatient
Diagnosis: Collapsed vertebra, lumbar region, initial encounter (M48.56XA)
Osteoporotic L1 compression fracture after a fall on 01/10/2026; 6 weeks of bracing, calcitonin and opioids
failed, she is bed-bound by pain. MRI: L1 marrow edema on STIR with 30% height loss, no retropulsion.
Pre pain 9/10. Consent signed. Time-out.
Moderate sedation given by the RN on my order: midazolam 2 mg IV, fentanyl 100 mcg IV; independent RN
observer. Start 10:05, stop 10:41 (36 min).
1% lidocaine 10 mL to skin and periosteum. Bipedicular trocars, balloons inflated, cement placed.
Post pain 4/10. Complications: none.
Addendum: level confirmed by counting from the sacrum on AP and lateral views - L1.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("lidocaine", 100), given("midazolam", 2), given("fentanyl", 0.1)],
        pain=(9, 4), need=("diagnosis",), dos="2026-02-24", pos="22",
        codes=[line("22514"), line("99152"), line("99153")], findings=[])
