"""The 30 notes of sealed batch Y: procedure notes as different EMR templates and specialties write them (Epic,
Cerner PowerNote, athenaOne, eClinicalWorks, NextGen, ModMed; pain fellows, physiatry, IR, spine surgery, NP),
in wordings of our own; gold labelled by hand before any Painpoint run. 14 of 30 leave out an element."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    # ---------------- epidurals ----------------
    add("fy-ilesi-01", "epic_procedure_note", """
Procedure Note - Pain Management

Procedure: LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION
Level: L5-S1        Approach: interlaminar, left paramedian        Guidance: fluoroscopy
Performing provider: pain medicine fellow with attending present for the entire procedure

Pre-procedure diagnosis: Radiculopathy, lumbosacral region [M54.17]

Indications: 71 y.o. female with 5 months of left-sided low back pain shooting down the posterior thigh into the
lateral foot, with numbness along the lateral border of the foot. Exam today: positive seated slump and straight
leg raise on the left, left Achilles reflex 1+ versus 2+ on the right. She completed 8 weeks of supervised physical
therapy and a trial of gabapentin 300 mg TID; the therapy did not change her leg pain and the gabapentin was
stopped for dizziness. Pain keeps her from standing at church and from grocery shopping without a scooter.
MRI L-spine 01/2026: left subarticular disc protrusion at L5-S1 abutting the traversing left S1 root.

Pre-procedure pain (NRS): 8

Procedure details: The risks, benefits and alternatives were discussed and the patient signed consent. Universal
protocol: time out performed with all team members. Patient placed prone; lumbar area cleansed with chlorhexidine
and draped. 1% lidocaine, 2 mL, infiltrated at the skin. A 20 G 3.5 inch Tuohy needle was advanced under
intermittent fluoroscopy to the L5-S1 interlaminar space with loss of resistance to air. 2 mL Omnipaque 180
demonstrated epidural spread without vascular uptake. Kenalog-40, 80 mg (2 mL), with 2 mL preservative-free
normal saline, was injected slowly. Needle removed intact. Fluoroscopic images in AP and lateral projections were
saved to PACS.

Post-procedure pain (NRS): 3
Complications: None. Estimated blood loss: none.
Disposition: Discharged home in stable condition with a driver.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-22", codes=[line("62323"), line("J3301", units=8)], findings=[])

    add("fy-ilesi-02", "athenaone", """
PROCEDURE: Cervical epidural steroid injection (interlaminar)
Provider: Pain Management
ASSESSMENT: Cervical radiculopathy, C7 (M54.12)
HPI: Pt reports R arm pain radiating from the neck past the elbow into the middle finger, with paresthesias in
digits 2-3, for the past 4 months. Triceps 4+/5 on the right, diminished R triceps jerk. Failed 6 weeks of PT (no
improvement) and meloxicam (GI upset, stopped).
IMAGING: CT myelogram 12/2025 - right C6-7 foraminal stenosis with disc osteophyte complex.
PAIN SCORE: pre 7/10
CONSENT: Obtained, signed.
TIME OUT: Completed.
TECHNIQUE: Prone, neck flexed on pillow. Under fluoroscopy, an 18 g Tuohy was advanced at C7-T1 paramedian on
the right. Loss of resistance with saline. Contrast Isovue-M 300, 1 mL, confirmed epidural spread on contralateral
oblique view. Injected Depo-Medrol 80 mg with 1 mL preservative-free saline. AP and contralateral oblique images
retained.
PAIN SCORE: post 2/10
COMPLICATIONS: none
FOLLOW UP: 4 weeks
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2026-02-10",
        codes=[line("62321"), line("J1010", units=80)], findings=["functional_impairment"],
        comment="no activity or work limitation stated")

    add("fy-caudal-01", "cerner_powernote", """
*Procedure Note*
Procedure: Epidural injection, caudal approach, with fluoroscopic guidance
Diagnosis: Spinal stenosis, lumbar region with neurogenic claudication (M48.062)
History of present illness: 78 year old man, 14 months of bilateral buttock and calf pain with cramping and
heaviness in both legs after walking two blocks, eased by leaning forward on a cart. Left ankle dorsiflexion
is 4/5. He did twelve sessions of physical therapy and remains unable to walk farther than his mailbox despite
it; tramadol gave him constipation and confusion and was stopped. He can no longer do his own yard work.
MRI lumbar spine: severe central stenosis L3-4 and L4-5 with thickened ligamentum flavum; prior L4-5
laminectomy 2014.
Pain Assessment Pre: 7 /10
Consent: Informed consent signed by patient.   Time Out: Verified.
Description: Prone. Sacral hiatus identified on lateral fluoroscopy. A 22 gauge spinal needle was passed through
the sacrococcygeal ligament. Omnipaque 240, 5 mL: epidural filling to S1 without vascular runoff. Dexamethasone
10 mg in 8 mL of 0.9% saline injected. AP and lateral views saved.
Pain Assessment Post: 4 /10
Complications: No immediate complications noted.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 4), need=ESI_NEED, dos="2026-03-04", pos="22", codes=[line("62323")], findings=[])

    add("fy-tfesi-01", "ir_report", """
EXAM: FLUOROSCOPIC GUIDED RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION

CLINICAL HISTORY: Right L5 radicular pain for 3 months: pain from the right hip along the lateral leg to the
dorsum of the foot with numbness of the great toe; EHL 4/5 on the right. No relief after 6 weeks of physical
therapy; naproxen did not help. Unable to drive more than 15 minutes. Diagnosis: lumbar radiculopathy M54.16.
MRI 02/2026: right foraminal disc protrusion at L5-S1 compressing the exiting right L5 nerve root.

TECHNIQUE: The procedure, risks and alternatives were explained and written informed consent was obtained. A
time-out was performed. Pre-procedure pain 6/10. The patient was positioned prone. Under fluoroscopic guidance,
following local anesthesia with 1% lidocaine 3 mL, a 22-gauge curved spinal needle was advanced into the right
L5-S1 neural foramen (subpedicular approach). Injection of 1 mL iohexol 240 showed perineural and epidural spread
along the right L5 nerve root, with no vascular or intrathecal filling on live fluoroscopy. Dexamethasone 10 mg
mixed with 1 mL 1% lidocaine was then administered. AP and oblique spot images were stored.

FINDINGS: Contrast outlined the right L5 nerve root sleeve and extended into the anterior epidural space.

IMPRESSION:
1. Technically successful right L5-S1 transforaminal epidural steroid injection.
2. Post-procedure pain 2/10. No immediate complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 40), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2026-03-19", pos="22", codes=[line("64483", "RT")], findings=[])

    add("fy-tfesi-02", "ortho_brief_op", """
BRIEF OP NOTE
Surgeon: spine surgery attending
Pre-op dx: L4-5 and L5-S1 foraminal stenosis with left radiculopathy (M48.062, M54.16)
Post-op dx: same
Procedure: L TFESI L4-5 and L5-S1 under fluoro
Indication: 6 mo L leg pain to shin and top of foot, numb L foot, +SLR L; failed 10 wk PT and 2 NSAIDs with no
relief; can't work his shift at the warehouse. MRI: L foraminal stenosis L4-5, L5-S1 from disc bulge and facet
hypertrophy, L L4 and L5 roots crowded.
Anesthesia: local. Consent signed. Time out done.
Pain pre 8/10.
Findings/technique: 22 g needles to L L4-5 and L5-S1 foramina, Omnipaque 240 0.5 mL each with good
perineural flow, no vascular. Celestone Soluspan 6 mg per level (12 mg total). Images saved.
Pain post 3/10.
EBL: 0. Specimens: none. Complications: none. Dispo: home.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(8, 3), need=ESI_NEED, dos="2026-04-07",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J0702", units=2)], findings=["saved_images"],
        comment="'Images saved' with no views named")

    add("fy-tfesi-03", "physiatry_procedure_note", """
PROCEDURE NOTE - Physical Medicine & Rehabilitation

HPI: 64-year-old woman with bilateral L5 radicular symptoms for about 7 months - aching and burning from both
buttocks down the lateral legs to the tops of both feet, worse on the right. She has done physical therapy and
a home exercise program and takes acetaminophen. She has had to give up her part-time job as a cashier because
she cannot stand for a shift.
EXAM: Strength 5/5 except bilateral EHL 4+/5. Decreased pinprick over both dorsal feet. Straight leg raise
positive bilaterally at 50 degrees.
IMAGING: MRI lumbar spine 11/2025 shows bilateral L5-S1 foraminal narrowing from a broad-based disc bulge and
grade 1 spondylolisthesis.
ASSESSMENT: Lumbosacral radiculopathy, M54.17.

PROCEDURE: Bilateral L5-S1 transforaminal epidural steroid injections under fluoroscopy.
Pre-procedure pain 7/10. Consent signed after discussion. Time-out done.
In the prone position the skin over each foramen was numbed with 1% lidocaine, 2 mL per side. Under fluoroscopy 22 g spinal
needles were placed into the right and left L5-S1 foramina. Omnipaque 240, 1 mL per side, showed flow along each
L5 root without vascular uptake. Decadron 4 mg was given on each side. AP and lateral images were saved for both
sides.
Post-procedure pain 3/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 8)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-04-23",
        codes=[line("64483", "50"), line("J1100", units=8)], findings=["conservative_care"],
        comment="PT, home exercise and acetaminophen listed with no outcome")

    add("fy-tfesi-04", "eclinicalworks", """
Procedures: Cervical transforaminal epidural injection, right C6-C7
Reason for Appointment: 1. Procedure - neck and right arm pain
History of Present Illness: Neck pain with radiation to the right lateral forearm and thumb, with numbness of the
thumb, for 10 weeks following a fall. Right biceps and brachioradialis reflexes reduced; Spurling positive to
the right. Eight weeks of PT and a prednisone taper brought no lasting change. Unable to lift her grandson or
sleep on the right side.
Diagnostic Imaging: MRI C-spine - right C6-7 foraminal disc herniation contacting the right C7 root.
Assessments: 1. Radiculopathy, cervical region - M54.12 (Primary)
Procedure Notes: Verbal and written consent obtained. Time out taken. Pain 8/10 prior to start. Supine oblique
position. With fluoroscopy, a 25 g needle was guided to the posterior aspect of the right C6-7 foramen. Isovue-M
200, 0.8 mL, under live fluoroscopy with digital subtraction: no vascular pattern. Dexamethasone 10 mg (1 mL)
injected. Views: AP and oblique saved.
Patient tolerated well, no complications. Discharged with written instructions.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.8, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, None), need=ESI_NEED, dos="2026-05-12",
        codes=[line("64479", "RT"), line("J1100", units=10)], findings=["post_procedure_pain_score"])

    add("fy-ilesi-03", "nextgen", """
Interventional Procedure Documentation
Procedure Name: Thoracic epidural steroid injection, interlaminar, T10-T11
Primary Dx: Thoracic radiculopathy (M54.14)
Chief Complaint: band-like pain wrapping from the right mid back around to the right upper abdomen in the T10
dermatome, with allodynia along the band.
Treatment History: failed conservative management - 6 weeks of physical therapy made no difference; lidocaine
patches ineffective.
Functional Status: cannot wear a bra or sleep through the night; stopped driving.
Imaging Review: MRI thoracic spine: right paracentral T10-11 disc protrusion contacting the right T10 root.
Pre-Procedure VAS: 8/10
Consent: signed    Time-Out: done
Procedure Description: Prone. Fluoroscopy used to identify the T10-T11 interspace. 20 g Tuohy via right
paramedian approach, loss of resistance at 5 cm. Omnipaque 300, 2 mL, showed epidural spread. Triamcinolone
40 mg with 3 mL of saline injected. Anteroposterior and lateral images saved.
Post-Procedure VAS: 4/10
Complications: none
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(8, 4), need=minus(ESI_NEED, "symptom_duration"), dos="2026-06-03",
        codes=[line("62321"), line("J3301", units=4)], findings=["symptom_duration"],
        comment="no duration of symptoms anywhere")

    add("fy-tfesi-05", "modmed", """
PROCEDURE: Repeat right L4-L5 transforaminal ESI
DX: M51.16 Intervertebral disc disorders with radiculopathy, lumbar region
HPI: Right L4 radicular pain (anterior thigh to medial shin, numb medial ankle) since 09/2025. Her first right
L4-5 TFESI on 2026-02-16 reduced her leg pain by about 70% for 4 months; pain has now returned to 7/10. Before the
first injection she had 8 weeks of PT and celecoxib without benefit. Walking tolerance down to one block;
needs help putting on socks. MRI 10/2025: right foraminal L4-5 extrusion with L4 root impingement. Quad 4+/5 R,
patellar reflex decreased R.
PRE PAIN: 7/10
CONSENT/TIME OUT: consent signed, time out performed
PROCEDURE: Prone; fluoroscopy. 1% lidocaine 2 mL skin wheal. 22 g needle to the right L4-5 foramen. 1 mL
Omnipaque 240: good flow along the right L4 root, no vascular spread. Injected methylprednisolone 40 mg with
1 mL of 0.25% bupivacaine. AP + lateral images saved.
POST PAIN: 2/10
COMPLICATIONS: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40),
               given("bupivacaine", 2.5)],
        pain=(7, 2), need=ESI_NEED, dos="2026-07-08",
        codes=[line("64483", "RT"), line("J1010", units=40)], findings=[],
        comment="repeat with a quantified earlier response")

    # ---------------- facet blocks and RFA ----------------
    add("fy-mbb-01", "epic_procedure_note", """
Procedure Note - Interventional Pain

Procedure: Bilateral lumbar medial branch blocks (diagnostic #1), fluoroscopically guided
Targets: L3 and L4 medial branches and L5 dorsal ramus, right and left (L4-5 and L5-S1 facet joints)
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy [M47.816]

Indications: 69 y.o. male, axial low back pain for 2 years, worse with extension and rotation, no leg symptoms.
Physical therapy for 12 weeks and daily meloxicam gave him no lasting relief. He cannot stand to cook or walk
his dog more than 10 minutes. Facet loading reproduces the pain bilaterally.
Pre-procedure pain: 6/10

Procedure: Consent signed. Time-out performed. Prone. Under fluoroscopy a 22 G needle was placed at each target
(six in all). After negative aspiration, 0.5 mL of 0.5% bupivacaine was placed at each of the six nerves.
Post-procedure pain: 1/10 with provocative maneuvers. Pain diary given.
Complications: None.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-01-27",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fy-mbb-02", "ir_report", """
EXAM: RIGHT CERVICAL MEDIAL BRANCH BLOCKS C3-C6, FLUOROSCOPIC GUIDANCE

CLINICAL HISTORY: Right-sided neck pain for 18 months radiating to the occiput and shoulder, no arm symptoms.
Failed 10 weeks of physical therapy and cyclobenzaprine (sedation). Cannot turn head to check blind spot while
driving. Diagnostic block. Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812).

TECHNIQUE: A time-out was performed. Pre-procedure pain score 7/10. Patient prone. Under fluoroscopic guidance
25-gauge needles were placed at the right C3, C4, C5 and C6 medial branches (C3-4, C4-5 and C5-6 facet joints).
0.5 mL of 2% lidocaine was injected at each nerve.

FINDINGS: Needle tips at the waists of the articular pillars on lateral view.

IMPRESSION: Right C3-C6 medial branch blocks. Post-procedure pain 2/10. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-02-18", consent=False,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT"), line("64492", "KX", "RT")],
        findings=["consent", "level_limit"], comment="no consent statement; three joints on one side")

    add("fy-facet-ia-01", "ortho_brief_op", """
BRIEF OPERATIVE NOTE
Procedure: Left L4-5 facet joint intra-articular injection, therapeutic, under fluoroscopy
Pre-op Dx: Lumbar facet arthropathy L4-5 (M47.816)
Hx: L axial LBP x 14 mo, worse standing/twisting; PT 3 months and ibuprofen without relief; limits lifting at
work (stocker). Pain pre 6/10.
Anesthesia: local. Consent: signed. Time out: yes.
Technique: prone, L oblique view, 22 g spinal needle into L L4-5 facet joint, arthrogram with 0.3 mL Omnipaque
240, then Kenalog 20 mg + 0.5 mL 0.5% Marcaine.
Pain post 2/10. Complications: none. EBL nil.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.3, "ml"), given("triamcinolone_acetonide", 20), given("bupivacaine", 2.5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-03-11",
        codes=[line("64493", "LT"), line("J3301", units=2)], findings=["diagnostic_block_relief"],
        comment="therapeutic facet injection with no diagnostic block results")

    add("fy-rfa-01", "cerner_powernote", """
*Procedure Note*
Procedure: Radiofrequency ablation, right lumbar medial branches L2, L3, L4 (L3-4 and L4-5 facet joints)
Diagnosis: Spondylosis without myelopathy or radiculopathy, lumbar region (M47.816)
History: Right low back pain for 3 years. Home exercise program and 8 weeks of PT were not helpful; NSAIDs
stopped for kidney disease. Unable to garden or stand at the sink for dishes.
Diagnostic blocks: right L2-L4 medial branch block 2026-01-08 with 90% relief for 6 hours; confirmatory block
2026-01-29 with 85% relief.
Pain Assessment Pre: 7 /10
Consent: signed.   Time Out: performed.
Description: Prone; fluoroscopy. 1% lidocaine 1 mL at each of 3 sites. 18 g 10 cm RF cannulas with 10 mm
active tips placed parallel along each medial branch. Motor stimulation at 2 Hz to 2 V without leg contraction.
Thermal lesions at 80 degrees Celsius for 90 seconds at each nerve.
Pain Assessment Post: 2 /10
Complications: None.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-02-24", pos="24",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[])

    add("fy-rfa-02", "athenaone", """
PROCEDURE: Cervical radiofrequency neurotomy, bilateral, C4-5 and C5-6 facet joints
ASSESSMENT: Cervical spondylosis (M47.812)
HPI: Bilateral posterior neck pain x 2 years, no radicular features. Completed 3 months of PT without relief;
NSAIDs not tolerated (reflux). Unable to do overhead work as an electrician.
DIAGNOSTIC BLOCKS: two sets of bilateral C4, C5, C6 medial branch blocks, 03/2026 (85% relief) and 04/2026
(90% relief).
PAIN SCORE: pre 6/10
CONSENT: signed   TIME OUT: yes
TECHNIQUE: Prone; fluoroscopy. Bilateral C4, C5 and C6 medial branches. After sensory and motor testing, each
nerve received 0.5 mL 2% lidocaine, then conventional RF lesioning at 80 C for 90 s.
PAIN SCORE: post 3/10
COMPLICATIONS: none
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 3), need=SPINE_NEED, dos="2026-05-05",
        codes=[line("64633", "50"), line("64634", "50")], findings=[])

    add("fy-mbb-03", "modmed", """
PROCEDURE: L L5-S1 MBB (L4 MB, L5 DR), dx #1
DX: M47.816 lumbar spondylosis
HPI: L sided LBP, axial, aggravated by extension. PT + NSAIDs failed (no improvement). Can't sit through a
movie or drive to see her daughter.
PRE PAIN: 5/10
CONSENT/TIME OUT: consent signed, time out performed
PROCEDURE: Prone, fluoro. 25 g needles to L L4 MB and L L5 DR. 0.75% bupivacaine 0.5 mL each.
POST PAIN: 0/10
COMPLICATIONS: none
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(5, 0), need=minus(SPINE_NEED, "symptom_duration"), dos="2026-06-16", payer="medicare_cgs",
        codes=[line("64493", "KX", "LT")], findings=["symptom_duration"])

    add("fy-rfa-03", "ortho_brief_op", """
BRIEF OP NOTE
Procedure: Repeat left L4-5, L5-S1 radiofrequency ablation (L3, L4 MB + L5 DR)
Dx: lumbar facet spondylosis M47.816
Hx: L axial back pain x 4 yrs. Prior L RFA of the same nerves 2025-08-12 gave 75% relief lasting 9 months,
now recurred. Failed PT and NSAIDs before the original RFA (no lasting benefit). Can't play golf or lift
grandkids.
Anesthesia: local. Consent signed. Time out done. Pre pain 7/10.
Technique: prone, fluoro, 18 g RF cannulas along L L3, L4 MB and L5 DR; motor testing negative; 1 mL of 2%
lidocaine per site; thermal lesions 85 C x 90 sec each.
Post pain 3/10.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-05-27", complications=None,
        codes=[line("64635", "LT"), line("64636", "LT")], findings=["complications"],
        comment="repeat RFA with a quantified earlier response; no complications statement")

    add("fy-facet-ia-02", "ir_report", """
EXAM: CT-GUIDED BILATERAL L4-5 FACET JOINT INJECTIONS (DIAGNOSTIC)

CLINICAL HISTORY: Low back pain for 1 year, axial, worse with extension. No relief after 8 weeks of physical
therapy and acetaminophen. Unable to stand more than 15 minutes at work as a teacher. Lumbar spondylosis
(M47.816).

TECHNIQUE: Written consent was obtained and a time-out performed. Pre-procedure pain 6/10. Prone on the CT
table. Limited axial images localized the L4-5 facet joints. 22-gauge needles were advanced into the right and
left L4-5 facet joints under intermittent CT guidance. 1 mL of 0.5% bupivacaine was injected into each joint.

FINDINGS: Moderate bilateral L4-5 facet arthropathy with joint space narrowing and osteophytes.

IMPRESSION: Bilateral L4-5 intra-articular facet injections. Post-procedure pain 2/10. No complications.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="ct", intent="diagnostic")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-08-04", pos="22",
        codes=[line("64493", "50", "KX")], findings=[])

    # ---------------- sacroiliac ----------------
    add("fy-sij-01", "epic_procedure_note", """
Procedure Note - Pain Management

Procedure: RIGHT SACROILIAC JOINT INJECTION, DIAGNOSTIC, WITH FLUOROSCOPY AND CONTRAST
Diagnosis: Sacroiliitis, not elsewhere classified [M46.1]

Indications: 58 y.o. female with right buttock and posterior pelvic pain below L5 for 9 months, worse rising
from a chair and climbing stairs. Positive thigh thrust, FABER and compression on the right (3 of 5 provocation
tests). 8 weeks of pelvic stabilization PT and naproxen gave no meaningful relief. She has stopped her water
aerobics class.
Pre-procedure pain: 7/10

Procedure: Consent signed; time-out performed. Prone. The inferior right SI joint was opened on a contralateral
oblique fluoroscopic view. A 22 G spinal needle entered the joint; 0.5 mL Omnipaque 240 produced an arthrogram
without vascular spread. 2 mL of 0.5% bupivacaine was injected. AP and oblique images saved.
Post-procedure pain: 1/10 - 85% relief during the anesthetic phase.
Complications: None.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-03", codes=[line("27096", "RT")], findings=[])

    add("fy-sij-02", "physiatry_procedure_note", """
PROCEDURE NOTE - PM&R Spine
HPI: 66-year-old man with left buttock pain for 6 months since a fall on the ice, pain over the left PSIS that
does not go below the knee. Failed a 6-week course of PT (no change) and diclofenac gel (no help). Sitting in
the car more than 20 minutes is intolerable.
EXAM: Tender left sulcus; positive distraction, thigh thrust and Gaenslen's on the left. Neuro intact.
ASSESSMENT: Left sacroiliac joint pain, M53.3.
PLAN/PROCEDURE: Left SI joint injection, diagnostic.
Written consent. Time-out done. Pain before 7/10. Prone under fluoroscopy; 22 g needle into the left SI joint
through the inferior recess; Isovue-M 300, 0.5 mL, confirmed an intra-articular spread. Injected 2 mL of 2%
lidocaine. AP and oblique images saved. Pain after 1/10. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("lidocaine", 40)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-04-14", pos="22", codes=[line("27096", "LT")],
        findings=["percent_relief"], comment="relief only implied by the scores")

    add("fy-sij-03", "ortho_brief_op", """
BRIEF OP NOTE
Procedure: R SI joint injection (therapeutic) w/ fluoroscopy
Dx: R sacroiliitis M46.1
Hx: R SIJ pain x 1 yr; PT 10 wk + meloxicam, no relief. Diagnostic R SIJ block 2026-03-02 gave 80% relief.
Limits walking >1 block.
Anesthesia: local. Consent signed. Time out done. Pre pain 6/10.
Technique: prone, 22 g needle into R SIJ inferior pole, Omnipaque 240 0.5 mL arthrogram, Kenalog 40 mg +
2 mL 0.25% Marcaine. Image saved.
Post pain 2/10, 65% better. Complications none.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-05-19",
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=["saved_images"],
        comment="one saved image")

    # ---------------- trigger points, joints ----------------
    add("fy-tpi-01", "np_clinic_note", """
Nurse Practitioner Procedure Note - Trigger Point Injections
Dx: Myalgia, other site (M79.18) - myofascial pain left neck/shoulder girdle
S: 3 months of left neck and shoulder aching; headaches at the end of each workday; cannot finish a shift at
the keyboard.
O: Taut bands with twitch response and referred pain in the left upper trapezius, left levator scapulae and left
splenius capitis.
Procedure: Verbal and written consent; time-out completed. Pain before 6/10. Each of the 3 muscles injected with
1.5 mL of 1% lidocaine via 27 g needle (4.5 mL total).
Pain after 2/10, about 65% improved. No complications; bandages applied.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 45)],
        pain=(6, 2), need=("diagnosis",), dos="2026-03-24", codes=[line("20553")], findings=[])

    add("fy-tpi-02", "eclinicalworks", """
Procedures: Trigger point injection(s), 1 or 2 muscles
Assessments: 1. Myofascial pain syndrome - M79.18
HPI: low back muscle pain for 2 months, worse bending; unable to vacuum or lift laundry basket.
Exam: two exquisitely tender trigger points in the right low back, each with a twitch response and
referral to the buttock.
Procedure Notes: Consent obtained. Time-out done. Pre 7/10. 0.5% Sensorcaine 2 mL injected at each point
(4 mL total) with a 25 g needle. Post 3/10, ~55% relief. Tolerated well. No complications.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("bupivacaine", 20)],
        pain=(7, 3), need=("diagnosis",), dos="2026-06-23", codes=[line("20552")], findings=["muscle_count"],
        comment="points located but no muscle named")

    add("fy-knee-01", "modmed", """
PROCEDURE: L knee intra-articular injection, US guided
DX: M17.12 Unilateral primary osteoarthritis, left knee
HPI: L knee pain x 2 yrs, worse on stairs; limits walking to 1 block. Failed PT and topical diclofenac.
CONSENT/TIME OUT: consent signed, time out performed
PRE PAIN: 7/10
PROCEDURE: Supine, knee slightly flexed. Linear probe at the superolateral recess; 22 g needle advanced in-plane
into the suprapatellar recess under real-time ultrasound. Injected Depo-Medrol 40 mg + 4 mL 1% Xylocaine.
Permanent image recorded and stored.
POST PAIN: 2/10
COMPLICATIONS: none
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2026-07-21", codes=[line("20611", "LT"), line("J1010", units=40)],
        findings=[])

    add("fy-genrfa-01", "ir_report", """
EXAM: FLUOROSCOPIC-GUIDED RADIOFREQUENCY ABLATION OF THE RIGHT GENICULAR NERVES

CLINICAL HISTORY: Right knee osteoarthritis (M17.11) with 3 years of pain; not a surgical candidate. Right
genicular nerve block 2026-05-05 gave 85% relief.

TECHNIQUE: Informed consent signed. Time-out performed. Pre-procedure pain 8/10. Supine. Under AP and lateral
fluoroscopy, 18-gauge RF cannulas were placed at the superomedial, superolateral and inferomedial genicular
nerves. Sensory and motor testing confirmed safe placement. 1 mL of 2% lidocaine at each site, then thermal
lesioning at 80 degrees C for 90 seconds per site.

FINDINGS: Tricompartmental degenerative change of the right knee.

IMPRESSION: Right genicular RFA, 3 nerves. Post-procedure pain 3/10. No complications.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis",), dos="2026-06-30", pos="22", codes=[line("64624", "RT")], findings=[])

    # ---------------- sympathetic, occipital ----------------
    add("fy-stellate-01", "anesthesia_pain_fellow", """
ANESTHESIOLOGY PAIN SERVICE - PROCEDURE NOTE
Procedure: Left stellate ganglion block, ultrasound-guided
Diagnosis: Complex regional pain syndrome I of left upper limb (G90.512)
Indication: burning pain, swelling and color change of the left hand for 5 months after a wrist fracture;
unable to grip.
Pre-block pain: 8/10. Consent: signed. Time-out: performed.
Technique: Supine, head turned right. Linear probe at C6; the needle was advanced in-plane to the prevertebral
fascia anterior to longus colli under real-time ultrasound. After negative aspiration, 0.5% ropivacaine 5 mL
was injected in divided doses. Ultrasound image saved to the record. Left Horner's syndrome and hand warming
followed.
Post-block pain: 3/10. Complications: none.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-08-11", pos="22", codes=[line("64510"), line("76942", "26")],
        findings=[])

    add("fy-lsb-01", "cerner_powernote", """
*Procedure Note*
Procedure: Right lumbar sympathetic block at L3, fluoroscopic guidance
Diagnosis: Complex regional pain syndrome I of right lower limb (G90.521)
Indication: right foot burning, allodynia, swelling and sweating for 7 months after an ankle sprain.
Consent: signed.   Time Out: done.
Description: Prone. 22 g 15 cm needle to the anterolateral L3 vertebral body on the right under fluoroscopy.
Omnipaque 240, 3 mL, spread along the anterolateral vertebral bodies without vascular uptake. 0.25% bupivacaine
10 mL injected. Right foot temperature rose 3 degrees.
Pain Assessment Post: 2 /10
Complications: None.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(None, 2), need=("diagnosis",), dos="2026-09-08",
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=["pre_procedure_pain_score"])

    add("fy-onb-01", "physiatry_procedure_note", """
PROCEDURE NOTE
HPI: 52-year-old woman with occipital headaches on both sides, shooting from the base of the skull to the
vertex, for 8 months; misses 2 workdays a month.
EXAM: Tender over both greater occipital nerves with reproduction of her pain; Tinel positive bilaterally.
ASSESSMENT: Occipital neuralgia (M54.81).
PROCEDURE: Bilateral greater occipital nerve blocks, landmark technique.
Consent obtained in writing; time-out done. Pain before 6/10. A 27 g needle was placed medial to the occipital
artery on each side; 2 mL of 0.5% Marcaine with 10 mg Kenalog injected per side.
Pain after 1/10. No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital",
                    laterality="bilateral", imaging="none", intent="therapeutic")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(6, 1), need=("diagnosis",), dos="2026-10-13", codes=[line("64405", "50"), line("J3301", units=2)],
        findings=[])

    # ---------------- stimulator, augmentation, pump ----------------
    add("fy-scs-01", "ortho_brief_op", """
BRIEF OP NOTE
Procedure: Percutaneous SCS trial, 2 leads
Pre-op dx: Failed back surgery syndrome (M96.1) with bilateral leg pain
Hx: Back and bilateral leg pain for 3 years after L4-S1 fusion; failed PT, gabapentin and epidurals (no lasting
relief). Cannot walk more than 5 min.
Anesthesia: local. Consent signed. Time out done. Pain pre 8/10.
Technique: prone, fluoro; 14 g Tuohy needles via L2-3 interlaminar paramedian entries; two 8-contact leads
advanced to top of T8 and mid T8. Paresthesia mapping covered back and both legs. Leads secured to skin.
Pain post 3/10 with stim. Complications: none.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-08-25", pos="24",
        codes=[line("63650", units=2), line("77003", "26")], findings=["indication"],
        comment="no psychological evaluation mentioned")

    add("fy-vertebro-01", "ir_report", """
EXAM: FLUOROSCOPIC-GUIDED T12 VERTEBROPLASTY

CLINICAL HISTORY: Osteoporotic compression fracture of T12 (M80.08XA) with 6 weeks of severe midline back pain
despite a TLSO brace and oxycodone; confined to bed. MRI: acute T12 fracture with STIR marrow edema, 25% height
loss, no retropulsion.

TECHNIQUE: Consent signed, time-out performed. Pre-procedure pain 9/10. Local anesthesia with 10 mL 1% lidocaine
(no sedation). Prone. A unipedicular left transpedicular 11-gauge needle was advanced into the anterior third
of T12 under biplane fluoroscopy. 3.5 mL of PMMA cement was injected without extravasation. No cavity creation.

FINDINGS: Good interdigitation across the midline.

IMPRESSION: T12 vertebroplasty. Post-procedure pain 3/10. No complications.
""",
        procs=[proc("vertebral_augmentation", approach="vertebroplasty", region="thoracic", levels=["T12"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        dos="2026-09-29", pos="22", codes=[line("22510")], findings=[])

    add("fy-pump-01", "np_clinic_note", """
Intrathecal Baclofen Pump Refill - clinic RN with NP supervising
Dx: Spastic quadriplegic cerebral palsy (G80.0); pump keeps spasticity controlled and allows transfers with one
helper.
Consent on file, verbal consent today. Time-out performed. Pump interrogated; reservoir residual 2.8 mL,
withdrawn. Refill performed by the clinic RN: baclofen 2000 mcg/mL, 20 mL instilled via 22 g Huber needle.
No change to the programmed dose; not reprogrammed. Tolerated well, no complications.
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 40)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-10", codes=[line("95990")], findings=[])
