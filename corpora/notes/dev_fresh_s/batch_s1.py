"""Sealed batch, part 1 (16 notes): epidurals (transforaminal, interlaminar, caudal) and facet work (medial
branch blocks, intra-articular, radiofrequency). Gold labelled by hand before any reading by Painpoint."""

from make_notes import ESI_NEED, SPINE_NEED, given, line, proc

ESI = "interlaminar_epidural"
TF = "transforaminal_epidural"
NO_FI = tuple(k for k in ESI_NEED if k != "functional_impairment")


def build(add) -> None:
    add("fs-tfesi-01", "operative_report", """
OPERATIVE REPORT
PREOPERATIVE DIAGNOSIS: Left L5 radiculopathy from L5-S1 foraminal stenosis (M54.17)
POSTOPERATIVE DIAGNOSIS: Same
PROCEDURE: Left L5-S1 transforaminal epidural steroid injection with fluoroscopic guidance and epidurography
ANESTHESIA: Local only
CLINICAL SUMMARY: Sixty-eight-year-old man whose left buttock and lateral calf pain began last spring, roughly nine
months ago, with tingling over the dorsum of the foot. Straight leg raise on the left reproduces the leg pain; EHL
4+/5 on the left. Eight weeks of supervised physiotherapy, meloxicam and a course of gabapentin have not helped. He
has given up his morning walks and cannot stand long enough to cook a meal. Lumbar MRI (December) shows a left
foraminal protrusion at L5-S1 narrowing the foramen and contacting the exiting left L5 nerve root. Numeric pain
score today 7/10.
PROCEDURE IN DETAIL: Risks including infection, bleeding, nerve injury and headache were reviewed and he signed
consent. Universal protocol time-out confirmed patient, side and level. Prone on the fluoroscopy table; the
lumbosacral area prepped with chlorhexidine. After an oblique view of the left L5-S1 foramen, 3 mL of 1% lidocaine
raised a skin wheal and a 22-gauge 5-inch spinal needle was steered to the subpedicular position. Lateral imaging
confirmed depth. Omnipaque 240, 1 mL, outlined the L5 root sleeve and spread medially into the epidural space with
no vascular or intrathecal pattern on live fluoroscopy. Dexamethasone 10 mg (preservative-free) in 1 mL of sterile
saline was then injected slowly. AP and lateral images were stored to PACS.
DISPOSITION: Tolerated well, no complications. Post-injection pain 2/10. Discharged ambulatory.
""",
        procs=[proc(TF, approach="transforaminal", region="lumbar", laterality="left", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-01-14", codes=[line("64483", "LT"), line("J1100", units=10)],
        findings=[])

    add("fs-tfesi-02", "smarttext", """
Procedure Note - Pain Center ASC
Procedure name: Transforaminal ESI
Side: Bilateral
Level(s): L4-L5, L5-S1
Guidance: Fluoroscopy
Pre-op Dx: Lumbar spinal stenosis with neurogenic claudication (M48.062); bilateral L5 radiculopathy
History of present illness: Both legs ache and go numb after about 5 minutes of walking, L>R, with burning into
both shins; symptoms for 14 months.
Prior treatment: home exercise and formal PT x 10 weeks, naproxen, duloxetine - no lasting benefit
Function: Oswestry 46%; now leans on a shopping cart to get around the store
Imaging: MRI L-spine 11/2025 - moderate central and bilateral foraminal stenosis at L4-5, bilateral foraminal
narrowing at L5-S1 with contact of both L5 roots
Pain score (pre): 8/10
Consent: Written, on chart
Time-out: Completed
Sedation: None
Technique: Prone. Under fluoroscopy, 22 g needles placed to the L4-5 and L5-S1 foramina on the right and on the
left. Isovue-M 300, 0.5 mL per foramen, showed perineural and epidural flow without vascular uptake. Each foramen
received triamcinolone 20 mg in 1 mL. Needles removed intact.
Images: AP and oblique images saved for each side
Pain score (post): 3/10
Complications: None
""",
        procs=[proc(TF, approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-03", pos="24", payer="medicare_cgs",
        codes=[line("64483", "50"), line("64484", "50")], findings=[],
        comment="ASC: no drug lines; four sites x 20 mg = 80 mg")

    add("fs-tfesi-03", "dictated_speech_recognition", """
Right S1 transforaminal epidural steroid injection.

This is a 59 year old woman seen for right sided sciatica period she describes pain shooting from the right buttock
down the back of the thigh into the heel and the outer border of the foot comma present for about 3 months period
she has numbness of the right lateral foot and the right ankle jerk is diminished period she tried physical therapy
for about 2 weeks but stopped because it hurt comma and has not taken any other medication period she can't sit
through a church service or drive more than 20 minutes period MRI lumbar spine shows a right paracentral disc
extrusion at L5 S1 compressing the traversing right S1 nerve root period diagnosis right S1 radiculopathy M54.17
period pain is 8 out of 10 today period.

New paragraph. Informed consent obtained in writing. Time out completed. She was positioned prone and the sacrum
was prepped and draped. Under flora scopic guidance the right S1 foramen was identified on an AP view with cephalad
tilt. The skin was numbed with 2 mL of 1 percent lidocaine. A 22 gauge spinal needle was advanced into the right S1
foramen. Omnipaque 180 1.5 mL showed spread along the S1 nerve root and into the ventral epidural space, no vascular
uptake. Depo Medrol 40 mg mixed with 1 mL of preservative free normal saline was injected. AP and lateral pictures
were saved. Needle removed. No complications. Pain after the procedure 3 out of 10. She was discharged with her
husband.
""",
        procs=[proc(TF, approach="transforaminal", region="sacral", laterality="right", levels=["S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("methylprednisolone_acetate", 40)],
        pain=(8, 3), need=tuple(k for k in ESI_NEED if k != "conservative_care"), dos="2026-02-18",
        codes=[line("64483", "RT"), line("J1010", units=40)], findings=["conservative_care"],
        comment="two weeks of PT, stopped, no medication: conservative care short of 4 weeks")

    add("fs-tfesi-04", "shorthand", """
R C7 TFESI (C6-7 foramen) - fluoro
Dx: cervical radic R C7, M54.12
HPI: R neck -> post arm -> middle finger pain + paresthesias x 5 mo, R triceps 4/5, dec triceps reflex. Failed PT
8 wk, gabapentin 300 tid, prednisone taper. Can't sleep >2-3 h, dropped out of his bowling league. Pain 7/10.
Consent done. Time-out done.
Supine oblique. 25 g 3.5" needle to post. aspect R C6-7 foramen under fluoro, tip confirmed AP. Isovue-M 200
0.3 mL live fluoro - no vascular uptake, epidural spread. Dexamethasone 10 mg/1 mL slowly. Images saved.
Post 3/10. No cx. D/c home w/ driver.
""",
        procs=[proc(TF, approach="transforaminal", region="cervical", laterality="right", levels=["C6-C7"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.3, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=tuple(k for k in ESI_NEED if k != "imaging_findings"), dos="2026-03-05",
        codes=[line("64479", "RT"), line("J1100", units=10)], findings=["imaging_findings", "saved_images"],
        comment="no MRI/CT finding anywhere; 'Images saved.' names no views")

    add("fs-tfesi-05", "bulleted", """
Left L3-L4 and L4-L5 transforaminal epidural steroid injections (repeat)

- Indication: left anterior thigh and medial shin pain with numbness, L4 distribution, since a lifting injury 7
  months ago; left quad 4/5, knee jerk reduced on the left
- Diagnosis: lumbar radiculopathy, left L4 (M54.16)
- Previous: same injection done in January - she says it helped some but the pain is back
- Tried: 6 weeks PT, celecoxib, tramadol; activity modification
- Function: cannot climb her stairs without stopping; sleep disrupted
- MRI 9/2025: left foraminal disc protrusions at L3-4 and L4-5 with left L3 and L4 root impingement
- Pain before: 6/10
- Consent signed; time-out held
- Fluoroscopy; prone; 22 g needles to the left L3-4 and L4-5 foramina (supraneural)
- Omnipaque 240 total 2 mL (1 mL per level): clean epidural and perineural spread, no intravascular flow
- Kenalog 20 mg at each level (40 mg total)
- Saved AP and lateral images
- Pain after: 2/10
- No complications
""",
        procs=[proc(TF, approach="transforaminal", region="lumbar", laterality="left", levels=["L3-L4", "L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(6, 2), need=tuple(k for k in ESI_NEED if k != "conservative_care"), dos="2026-03-24",
        payer="medicare_cgs", codes=[line("64483", "LT"), line("64484", "LT"), line("J3301", units=4)],
        findings=["conservative_care", "prior_procedure_response"],
        comment="stated repeat; 'helped some' is no documented response; 'Tried: 6 weeks PT, ...' states no outcome "
                "for the care (gold corrected after the first reading)")

    add("fs-ilesi-01", "operative_report", """
PROCEDURE: Interlaminar epidural steroid injection at L5-S1 (right paramedian) with fluoroscopic guidance
DIAGNOSIS: Intervertebral disc disorder with radiculopathy, lumbosacral region (M51.17)
ANESTHESIA: Local
INDICATIONS: Seventy-one-year-old retired teacher with right leg pain radiating to the lateral ankle for the past 5
months, worse with sitting, with a positive right straight leg raise at 40 degrees and decreased pinprick over the
right lateral foot. Twelve weeks of physical therapy and a trial of pregabalin gave no meaningful improvement. She
now needs a cane outside the home and stopped volunteering at the library. Lumbar MRI from October 2025: right
paracentral disc protrusion at L5-S1 abutting the right S1 nerve root. Baseline pain 6/10.
DESCRIPTION: After written informed consent and a time-out, the patient lay prone. Lumbosacral skin prepped and
draped. Under fluoroscopy the L5-S1 interspace was squared. 2 mL of 1% lidocaine to the skin. A 20-gauge Tuohy
needle advanced right paramedian with loss of resistance to saline at L5-S1, confirmed on the lateral view.
Omnipaque 180 2 mL gave an epidural pattern favoring the right, no vascular or subarachnoid spread. Triamcinolone
80 mg diluted with 3 mL preservative-free saline was injected. AP and lateral fluoroscopic images were archived.
POST-PROCEDURE: 1/10. No complications. Vitals stable; discharged home.
""",
        procs=[proc(ESI, approach="interlaminar", region="lumbar", levels=["L5-S1"], imaging="fluoroscopy",
                    contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 1), need=ESI_NEED, dos="2026-01-27", pos="22", codes=[line("62323")], findings=[])

    add("fs-ilesi-02", "dictated", """
Cervical epidural steroid injection, interlaminar, C6-C7.

History: He is a 64-year-old man with left-sided neck pain that travels over the shoulder blade and down the
outside of the arm into the thumb and index finger. This has been going on since August, a little over six months.
On exam Spurling's reproduces the arm pain on the left and the left biceps reflex is diminished. He completed 8
weeks of physical therapy, took meloxicam and a Medrol Dosepak without meaningful relief. Cervical MRI in November
showed a left C5-6 disc osteophyte complex with moderate left foraminal narrowing and contact of the exiting C6
root. Diagnosis cervical radiculopathy, C6, M54.12. He rates his pain an eight out of ten this morning.

Procedure: Risks and benefits discussed and consent signed. Time-out performed. Prone with the neck flexed on a
pillow. Under AP and contralateral oblique fluoroscopy, and after local infiltration with 2 mL of 1% lidocaine, an
18-gauge Tuohy needle was walked into the C6-C7 interlaminar space, left of midline, to loss of resistance.
Omnipaque 240, 1.5 mL, outlined the posterior epidural space on the contralateral oblique view. Dexamethasone 10 mg
with 2 mL of saline was injected. Images in AP and contralateral oblique projections were saved.

He tolerated it well with no complications. Pain afterwards two out of ten.
""",
        procs=[proc(ESI, approach="interlaminar", region="cervical", levels=["C6-C7"], imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 2), need=NO_FI, dos="2026-04-08", codes=[line("62321"), line("J1100", units=10)],
        findings=["functional_impairment"], comment="nothing on function or a disability scale; scores in words")

    add("fs-ilesi-03", "smarttext", """
INTERLAMINAR LUMBAR EPIDURAL STEROID INJECTION
Date of service: 05/12/2026
Level: L4-L5        Approach: interlaminar, midline
Imaging: fluoroscopy       Contrast: Omnipaque 240, 2 mL
Diagnosis: Lumbar radiculopathy, bilateral L5 (M54.16) with spinal stenosis at L4-5
Symptoms: Bilateral buttock and posterolateral leg pain to the tops of the feet, standing/walking intolerance, x 3
years
Exam: decreased pinprick L5 bilaterally, EHL 4/5 bilaterally
Conservative care: PT in 2024 and 2025 (about 8 weeks each), gabapentin, duloxetine, home exercise - failed
Functional status: walks less than one block; needs help carrying groceries
Imaging findings: MRI 03/2025 - L4-5 severe central stenosis with bilateral lateral recess narrowing
Injection history: This is her fifth lumbar epidural in the past 12 months. Each of the prior injections gave about
60% relief for 3 months.
Pre-procedure NRS: 7
Consent: yes (signed)     Time-out: yes
Procedure: Prone; skin wheal 2 mL 1% lidocaine; 18 g Tuohy to loss of resistance at L4-L5; contrast spread
confirmed epidural; triamcinolone 80 mg + 2 mL preservative-free saline injected.
Images saved: AP and lateral
Post-procedure NRS: 2
Complications: none
""",
        procs=[proc(ESI, approach="interlaminar", region="lumbar", levels=["L4-L5"], imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("lidocaine", 20), given("triamcinolone_acetonide", 80)],
        pain=(7, 2), need=ESI_NEED, dos="2026-05-12", codes=[line("62323"), line("J3301", units=8)],
        findings=["frequency"], comment="fifth lumbar ESI in 12 months (today included) > 4; prior response adequate")

    add("fs-caudal-01", "bulleted", """
Caudal epidural steroid injection - procedure note
* Reason: neurogenic claudication from multilevel lumbar stenosis (M48.062) in a patient with an L4-5 fusion that
  makes an interlaminar route impractical; bilateral buttock/thigh pain with walking and tingling down both legs to
  the calves, ongoing for 2 years
* Failed: PT (3 courses, most recently 10 weeks last fall), acetaminophen, gabapentin
* Function: standing limited to 10 minutes, stopped gardening
* CT myelogram 2025: severe stenosis at L3-4, moderate at L2-3 above the fusion
* Pain today 6/10 (NRS)
* Consent reviewed and signed; time-out with the nurse
* Prone, sacral hiatus palpated and confirmed on lateral fluoroscopy; 1% lidocaine 3 mL local; 20 g Tuohy into the
  caudal canal
* Omnipaque 240 5 mL: epidural filling up to L4 without vascular runoff
* Injected Depo-Medrol 80 mg + 8 mL preservative-free normal saline
* AP and lateral images stored
* 15 min after: pain 2/10, no complications, walked to the car
""",
        procs=[proc(ESI, approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                    intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, dos="2026-06-02", codes=[line("62323"), line("J1010", units=80)], findings=[])

    add("fs-mbb-01", "operative_report", """
PROCEDURE: Bilateral L4-L5 and L5-S1 facet joint nerve blocks (L3 and L4 medial branches, L5 dorsal rami),
diagnostic, first block
DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
INDICATION: Axial low back pain across the belt line for 2 years, worse with standing and twisting, no radiation
below the knees. Facet loading positive on both sides. Physical therapy (8 weeks), NSAIDs and a TENS unit have not
controlled it; she can no longer vacuum or stand to fold laundry. Pain before the procedure 7/10.
PROCEDURE: Consent was signed after a discussion of risks. A time-out was performed. Prone; sterile prep.
Fluoroscopy in oblique views. 25-gauge 3.5-inch needles were placed at the junctions of the superior articular and
transverse processes of L4 and L5 and at the sacral ala on each side (six needles). After negative aspiration,
0.5 mL of 0.5% bupivacaine was injected at each site. No skin local was used so as not to confound the block.
RESULT: Pain 1/10 at 30 minutes (about 85% relief); she will keep a pain diary for 6 hours.
COMPLICATIONS: None.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)], pain=(7, 1), need=SPINE_NEED, dos="2026-01-20",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fs-mbb-02", "smarttext", """
Procedure: Cervical medial branch block #2 (confirmatory), RIGHT
Target nerves: C3, C4, C5 medial branches (C3-4 and C4-5 facet joints)
Intent: Diagnostic
Dx: Cervical spondylosis, M47.812
Hx: Right-sided neck pain into the upper trapezius and occiput for 18 months, worse turning right; no arm
symptoms. PT 10 sessions, NSAIDs, muscle relaxant, chiropractic - failed. Unable to check his blind spot while
driving; NDI 38%.
Previous block: 1st right C3-C5 MBB on 01/13/2026 with lidocaine - approx. 60% relief for 2 hours.
Pre-procedure pain: 6/10
Consent: obtained    Time-out: performed
Guidance: fluoroscopy, lateral approach
Meds: 0.5% bupivacaine 0.4 mL at each of the 3 nerves
Post-procedure pain: 2/10
Complications: none
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 6)], pain=(6, 2), need=SPINE_NEED, dos="2026-02-10", payer="medicare_fcso",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["diagnostic_block_relief"],
        comment="confirmatory block after a first block of 60% (< 80%)")

    add("fs-mbb-03", "shorthand", """
L T7-8, T8-9 facet MBB (dx #1) - fluoro
Dx M47.814 thoracic spondylosis
L mid-back paraspinal pain T7-T9 x 8 mo after a fall; no radicular sx, no rib wrap. Worse w/ extension/rotation.
Failed PT 6 wk, NSAIDs, lidoderm. Can't sit >30 min at work. NRS 6/10.
Consent, TO. Prone, no sedation. 25 g needles to the L T6, T7, T8 medial branches (superolateral corners of the
T7, T8, T9 TPs) under fluoro, 0.5 mL 0.75% bupi each, no skin local.
Post 1/10 at 20 min (~85%). No cx.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="thoracic", laterality="left",
                    levels=["T7-T8", "T8-T9"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 11.25)], pain=(6, 1), need=SPINE_NEED, dos="2026-06-16",
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")], findings=[])

    add("fs-facet-ia-01", "dictated", """
Right L4-5 and L5-S1 intra-articular facet injections, therapeutic.

She is a 77-year-old woman with right-sided low back pain over the lower lumbar facets for about four years, no
leg symptoms. She has done physical therapy twice, most recently 6 weeks this spring, with home exercises,
acetaminophen and topical diclofenac, and the pain still keeps her from standing through a church service or
walking her dog more than a block. She had two sets of right L4-5 and L5-S1 medial branch blocks last year, with
90 percent and 80 percent relief respectively, but she has a pacemaker and declined radiofrequency ablation.
Diagnosis lumbar facet arthropathy, M47.816. Pain before the injection was 5/10.

Consent was signed and a time-out done. Prone, under fluoroscopy with an oblique view, a 22-gauge needle was placed
into the right L4-5 joint and then the right L5-S1 joint; Omnipaque 240, 0.2 mL per joint, showed an arthrogram in
each. Into each joint went 0.5 mL of Kenalog 40 mg/mL mixed with 0.5 mL of 0.5% bupivacaine.

Afterward her pain was 1/10. No complications.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.4, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(5, 1), need=SPINE_NEED, dos="2026-07-07",
        codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=4)], findings=[])

    add("fs-rfa-01", "operative_report", """
PROCEDURE: Bilateral L4-L5 and L5-S1 lumbar facet radiofrequency neurotomy (L3 and L4 medial branches and L5
dorsal ramus on each side)
DIAGNOSIS: Lumbar spondylosis, M47.816
SEDATION: None; local only
INDICATION: Eighty-year-old man, axial low back pain for more than 5 years, failed physical therapy, NSAIDs and a
back brace; limited to 15 minutes of standing, stopped golfing. Two separate diagnostic medial branch blocks of the
same nerves produced 90% and 85% relief. Pain today 7/10.
TECHNIQUE: Informed consent signed. Time-out. Prone under fluoroscopy. After 1 mL of 1% lidocaine at each of six
skin sites, 18-gauge 100 mm RF cannulae with 10 mm active tips were positioned parallel to the L3 and L4 medial
branches and the L5 dorsal ramus bilaterally, verified on oblique and lateral views. Sensory stimulation at 50 Hz
below 0.5 V reproduced concordant back pain; motor testing at 2 Hz to 1.5 V produced no leg contractions. Each
nerve received 1 mL of 2% lidocaine, then a thermal lesion at 80 °C for 90 seconds.
OUTCOME: Pain afterward 3/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 180)], pain=(7, 3), need=SPINE_NEED, dos="2026-03-31", pos="24",
        codes=[line("64635", "50"), line("64636", "50")], findings=[])

    add("fs-rfa-02", "dictated_speech_recognition", """
Left cervical radio frequency ablation comma C5 C6 and C6 C7 facet joints period.

Indication colon 69 year old man with left posterior neck pain across the base of the neck and the left shoulder
girdle comma going on about 3 years period no arm symptoms period he failed physical therapy comma NSAIDs and a
home traction unit period he cannot turn his head to back out of the driveway period two comparative medial branch
blocks of the left C5 comma C6 and C7 medial branches gave 90 percent and 80 percent relief period. Diagnosis
cervical spondylosis M47.812 period. Pain 6 out of 10 before.

Procedure colon consent was signed and time out performed period he received midazolam 2 mg IV period he was
placed prone and the neck prepped period under fluoroscopic guidance with oblique and lateral views comma three 20
gauge RF cannulas with 5 mm active tips were placed along the left C5 comma C6 and C7 medial branches period
sensory testing concordant comma motor testing negative for upper extremity contraction period each site got 0.5 mL
of 2 percent lidocaine then lesioning at 80 degrees Celsius for 90 seconds period.

Tolerated well comma no complications period pain 2 out of 10 afterwards period.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("lidocaine", 30)], pain=(6, 2), need=SPINE_NEED, dos="2026-04-21",
        codes=[line("64633", "LT"), line("64634", "LT")], findings=["sedation_details"],
        comment="IV midazolam with no start/stop time, no observer or minutes, no reason: no 99152")

    add("fs-rfa-03", "bulleted", """
Repeat right lumbar RFA - L3-4, L4-5, L5-S1
* Dx: M47.816 lumbar facet arthropathy; right axial LBP x 6 yrs
* Last right-sided RFA of these joints 01/2025: ~70% relief lasting 11 months, walking 2 miles again; pain back
  over the past 2 months
* Failed/ongoing: PT, home exercise, NSAIDs, acetaminophen
* Function now: can't stand at the kitchen counter >10 min; ODI 40%
* Pre NRS 7/10
* Consent signed, time out done, local anesthesia only
* Fluoro guided. 18 g 10 mm active-tip cannulae to the right L2, L3, L4 medial branches and right L5 dorsal ramus
* Sensory/motor stim appropriate; 0.5 mL 2% lidocaine per nerve
* Conventional thermal RF 85 °C x 90 s at each nerve
* Post NRS 3/10; no complications
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic",
                    sedation="local")],
        drugs=[given("lidocaine", 40)], pain=(7, 3), need=SPINE_NEED, dos="2026-08-11",
        codes=[line("64635", "RT"), line("64636", "RT", units=2)], findings=[],
        comment="repeat RFA with 70% relief for 11 months (>= 50% for 6 months)")
