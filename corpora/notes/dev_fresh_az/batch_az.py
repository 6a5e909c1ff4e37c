"""Notes of the sealed batch az: EMR template notes in seven layouts a practice's note builder renders
(ALL-CAPS headers, Title Case headers, dictated paragraphs, bullet lists, inline 'Field: value' lines, odd
spacing, boilerplate attestations), in template wordings of our own; gold labelled by hand before any Painpoint
run. The `findings` of each `add` are the deliberate gaps (about 40% of the notes); two notes are cut off."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    add("faz-tfesi-01", "caps_headers", """
PROCEDURE NOTE - INTERVENTIONAL SPINE

PROCEDURE PERFORMED:
LEFT L4-L5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION, FLUOROSCOPIC GUIDANCE

DIAGNOSIS:
LUMBAR RADICULOPATHY (M54.16)

HISTORY / INDICATION:
Left-sided leg pain for 5 months running from the buttock over the lateral thigh and shin to the top of the
foot, with pins and needles over the dorsum of the left foot. Left EHL weakness 4/5; straight leg raise on the
left positive at 45 degrees. A 10-week course of physical therapy gave no lasting benefit and a Medrol dosepak
only helped for a few days. Unable to walk his dog or stand long enough to cook.

IMAGING REVIEWED:
MRI lumbar spine: left foraminal disc herniation at L4-5 narrowing the left L4 exit zone; left subarticular
protrusion at L5-S1 abutting the traversing left S1 nerve root.

UNIVERSAL PROTOCOL:
PATIENT ID X2, SITE MARKED, PAUSE PERFORMED. WRITTEN CONSENT ON CHART.

PRE-PROCEDURE PAIN (NRS): 8

TECHNIQUE:
Prone. Betadine prep. Under fluoroscopy the left L4-L5 and L5-S1 foramina were targeted with 22 g needles in
the oblique view. Omnipaque 300, 1 mL per level, showed perineural and epidural flow, no intravascular pattern.
At each level: dexamethasone 5 mg with 1 mL of 1% lidocaine PF.

IMAGES:
AP AND LATERAL VIEWS ARCHIVED.

POST-PROCEDURE PAIN (NRS): 3
EBL: NIL. COMPLICATIONS: NONE. DISCHARGED AMBULATORY.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-03",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)], findings=[])

    add("faz-tfesi-02", "title_headers", """
Procedure Note
Procedure: Right L5-S1 Transforaminal Epidural Steroid Injection
Guidance: Fluoroscopy
Diagnosis: Lumbosacral Radiculopathy (M54.17)
History: Right buttock and posterior thigh pain shooting into the calf and sole, with numbness along the
lateral border of the right foot. Right ankle reflex absent. Completed six weeks of physical therapy; takes
naproxen. Cannot sit through a 30-minute drive or sleep on his right side.
Imaging: MRI shows a right paracentral L5-S1 disc protrusion contacting the right S1 nerve root.
Consent: Signed After Risks Reviewed
Time Out: Completed
Pre Pain: 7/10
Details: Prone position, sterile prep. A 22 g needle was advanced to the right L5-S1 foramen under fluoroscopy;
Isovue-M 300, 1 mL, outlined the right S1 root without vascular runoff. Kenalog 40 mg (1 mL) injected slowly.
Saved Images: AP, Lateral
Post Pain: 2/10
Complications: None Noted
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=minus(ESI_NEED, "symptom_duration", "conservative_care"), dos="2026-03-12",
        payer="medicare_cgs", codes=[line("64483", "RT"), line("J3301", units=4)],
        findings=["conservative_care", "symptom_duration"],
        comment="no duration of the leg pain; therapy and naproxen listed without an outcome")

    add("faz-tfesi-03", "bullets", """
Bilateral L5-S1 transforaminal ESI - procedure summary
- Dx: lumbosacral radiculopathy, M54.17
- Symptoms: 4 months of pain from both buttocks down the back of both legs to the heels, burning in both soles
- Exam: bilateral positive straight leg raise at 50 degrees; Achilles reflexes diminished on both sides
- Prior care: 8 weeks of PT without improvement; duloxetine stopped after nausea
- Function: can no longer walk to the mailbox; needs a cane outdoors
- MRI: broad-based L5-S1 disc bulge with bilateral foraminal stenosis compressing both L5 roots
- Consent: obtained in writing
- Time-out: called, all in agreement
- Pre NRS: 9/10
- Technique: fluoroscopy; 22 g needles to the right and left L5-S1 foramina; Omnipaque 240 1 mL each side
  showing epidural spread
- Injectate per side: betamethasone (Celestone Soluspan) 6 mg + 1 mL 0.25% bupivacaine
- Images stored: AP and lateral
- Post NRS: 4/10
- Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("bupivacaine", 5)],
        pain=(9, 4), need=ESI_NEED, dos="2026-04-21",
        codes=[line("64483", "50"), line("J0702", units=2)], findings=[])

    add("faz-tfesi-04", "inline_fields", """
CERVICAL TFESI   Side: Left   Level: C6-C7   Guidance: fluoro   Contrast: Isovue-M 300 0.5 mL
Dx: Cervical radiculopathy (M54.12)   Onset: 6 months   Repeat: yes - second left C6-7 TFESI
Sx: left neck pain into the triceps and middle finger, numb left middle finger   Triceps reflex: reduced L
Prior Tx: PT 10 wk - no relief   Gabapentin - sedating, stopped   Function: cannot drive or work at a desk
MRI C-spine: left C6-7 foraminal stenosis from uncovertebral spurring, C7 root compressed
Prior injection response: the first one helped some
Consent: signed   Time-out: done   Pre: 7/10   Post: 3/10
Injectate: dexamethasone 4 mg (1 mL)   Views saved: AP + oblique   Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 3), need=ESI_NEED, dos="2026-05-05",
        codes=[line("64479", "LT"), line("J1100", units=4)], findings=["prior_procedure_response"],
        comment="a repeat whose earlier response is only 'helped some'")

    add("faz-tfesi-05", "odd_spacing", """
TRANSFORAMINAL  EPIDURAL  STEROID  INJECTION   L4-L5   

Dx:   lumbar radiculopathy  (M54.16)	
HPI:	pain radiating down the leg along the front of the shin to the big toe for
7 months,   with tingling in the great toe;   weak dorsiflexion 4/5.  

Conservative tx:  PT x 12 weeks   -   no change.   Meloxicam  -  GI upset, stopped.
Functional:  unable to  climb stairs  at home	
MRI:  foraminal disc protrusion at L4-5 compressing the exiting L4 root.

Repeat procedure: the prior L4-L5 TFESI gave 70% relief
lasting 5 months.   

Consent:  obtained.     Time out:  done.    
Pre-pain 6/10
Under fluoroscopy a 22 g needle was placed at the L4-L5 foramen;   Omnipaque 240  1 mL  showed
perineural flow.  Depo-Medrol 80 mg injected.
Images saved:   AP and lateral  
Post-pain  2/10	
Complications:   none  
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, dos="2026-06-09", payer="medicare_fcso",
        codes=[line("64483"), line("J1010", units=80)], findings=["laterality"],
        comment="the side of the foramen is never written")

    add("faz-ilesi-01", "dictated", """
This is a lumbar interlaminar epidural steroid injection at L4-L5 done today under fluoroscopic guidance for
lumbar radiculopathy, M54.16. She has had pain in the low back radiating down the back of the right leg to the
ankle for four months with numbness over the right calf, and the right straight-leg raise is positive. Nine
weeks of physical therapy did nothing for it and ibuprofen upset her stomach so she stopped it. She cannot stand
at the sink long enough to wash dishes. Written consent was signed and we did a time-out before starting. Her
pain before the procedure was 7 out of 10. In the prone position, after sterile prep, an 18 gauge Tuohy needle
was advanced at L4-L5 to the epidural space using loss of resistance to saline. Omnipaque 240, 2 mL, gave a
good epidurogram. Depo-Medrol 80 mg diluted with 3 mL of preservative-free saline was injected. An image was
saved. Afterwards her pain was 3 out of 10. There were no complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2026-05-19",
        codes=[line("62323"), line("J1010", units=80)], findings=["imaging_findings", "saved_images"],
        comment="no imaging study described; one saved image")

    add("faz-ilesi-02", "attestation", """
Lumbar interlaminar epidural steroid injection with fluoroscopy.
Diagnosis: lumbar radiculopathy (M54.16).
Indication: eight months of low back and left leg pain radiating down the lateral thigh to the foot with
numbness of the left lateral foot; left ankle jerk absent. Physical therapy for 8 weeks failed and
cyclobenzaprine left him too sleepy. He has had to stop his part-time job. MRI: left L5-S1 disc extrusion
displacing the left S1 root.
Consent signed; universal protocol followed with time-out.
Moderate sedation by me for marked procedural anxiety: midazolam 2 mg IV.
Pre-procedure pain 8/10. Prone, sterile prep, 20 g Tuohy needle to the epidural space with loss of resistance,
Omnipaque 300, 3 mL, confirmed epidural spread. Kenalog 80 mg with 2 mL of saline was injected.
AP and lateral images saved. Pain afterwards 3/10. No complications.

ATTESTATION: I was present for the entire procedure, including all critical portions, and I personally
supervised the fellow. I have reviewed and agree with the documentation above. This note was generated from
the practice's standard procedure macro and edited by me.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80), given("midazolam", 2)],
        pain=(8, 3), need=ESI_NEED, dos="2026-07-14",
        codes=[line("62323"), line("J3301", units=8)], findings=["levels", "sedation_details"],
        comment="the interspace is never named; moderate sedation without times, observer or minutes")

    add("faz-ilesi-03", "caps_headers+truncated", """
CERVICAL EPIDURAL STEROID INJECTION

APPROACH: INTERLAMINAR, C7-T1, MIDLINE
GUIDANCE: FLUOROSCOPY
DIAGNOSIS: CERVICAL RADICULOPATHY, M54.12
HPI: 3 MONTHS OF RIGHT NECK AND SHOULDER PAIN RADIATING DOWN THE RIGHT ARM TO THE THUMB AND INDEX FINGER WITH
NUMBNESS OF THE RIGHT THUMB. SPURLING POSITIVE ON THE RIGHT. PT X 6 WEEKS FAILED; NAPROXEN NO HELP. CANNOT
LIFT HER ARM TO COMB HER HAIR OR DRIVE.
MRI: RIGHT C5-6 DISC OSTEOPHYTE COMPLEX WITH RIGHT FORAMINAL STENOSIS AND C6 ROOT IMPINGEMENT.
CONSENT: SIGNED. TIME-OUT: PERFORMED.
PAIN BEFORE: 8/10
PROCEDURE: PRONE, CHLORHEXIDINE PREP. 20 G TUOHY AT C7-T1 TO THE EPIDURAL SPACE BY LOSS OF RESISTANCE.
ISOVUE-M 300, 2 ML, EPIDURAL SPREAD ON AP AND LATERAL IMAGES, BOTH SAVED. DEXAMETHASONE 10 MG WITH 2 ML SALINE
INJECTED. THE NEEDLE WAS WITHDRAWN AND THE PATI
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, None), need=ESI_NEED, dos="2026-08-04", pos="22", complications=None,
        codes=[line("62321")], findings=["complications", "post_procedure_pain_score"],
        comment="cut off mid-sentence before the post-procedure score and complications")

    add("faz-caudal-01", "title_headers", """
Caudal Epidural Steroid Injection
Diagnosis: Spinal Stenosis, Lumbar Region With Neurogenic Claudication (M48.062)
Indication: For 10 months, aching and heaviness in both buttocks and calves after walking two blocks, with
numbness in both feet, eased by sitting or leaning forward. Physical therapy twice weekly for 12 weeks
without relief; gabapentin caused dizziness. Unable to shop or walk the dog.
Imaging: MRI shows severe central canal stenosis at L3-4 and L4-5 from facet and ligamentum flavum hypertrophy.
Consent: Obtained, Risks And Alternatives Discussed
Time-Out: Verified
Pre-Procedure Pain: 7/10
Procedure: Prone. Sacral hiatus entered with a 20 g Tuohy needle under fluoroscopy. Isovue-M 200, 3 mL,
filled the caudal canal without vascular uptake. Kenalog 40 mg with 6 mL of 0.25% bupivacaine injected.
Images: AP And Lateral Saved
Post-Procedure Pain: 3/10
Complications: None
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 15)],
        pain=(7, 3), need=ESI_NEED, dos="2026-09-08",
        codes=[line("62323"), line("J3301", units=4)], findings=[])

    add("faz-mbb-01", "bullets", """
* Procedure: bilateral L4-L5 and L5-S1 lumbar medial branch blocks (diagnostic #1)
* Diagnosis: lumbar spondylosis without myelopathy or radiculopathy (M47.816)
* History: axial low back pain for 2 years, worse with extension and rotation; no radiation below the knee
* Failed care: PT x 3 months - no improvement; NSAIDs - partial, short-lived relief
* Function: cannot stand longer than 15 minutes; stopped bowling
* Imaging: MRI with bilateral L4-5 and L5-S1 facet hypertrophy and effusions
* Consent: reviewed and signed
* Time-out: completed
* Pain pre: 7/10
* Guidance: fluoroscopy
* Targets: L3 and L4 medial branches and L5 dorsal ramus, right and left
* Injectate: 0.5% bupivacaine 0.5 mL at each of the 6 targets
* Pain post: 1/10 at 20 minutes
* Complications: none
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-01-27",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("faz-mbb-02", "inline_fields", """
Proc: cervical medial branch block   Intent: diagnostic   Side: RIGHT   Joints: C5-C6, C6-C7
Dx: cervical spondylosis w/o myelopathy or radiculopathy (M47.812)   Duration: 9 months
Pain pattern: right posterior neck into the upper trapezius, no arm symptoms   Worse: extension, turning right
Prior care: PT 8 weeks - not helpful   Tizanidine - no effect
CT neck: right C5-6 and C6-7 facet arthropathy
Consent: yes   Time-out: yes   Pre NRS: 6   Post NRS: 1   Adverse events: none; no complications
Targets: right C5, C6, C7 medial branches   Agent: 2% lidocaine 0.5 mL per nerve
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-02-17",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        findings=["functional_impairment", "imaging_guidance"],
        comment="no guidance modality written; no limitation of daily function")

    add("faz-mbb-03", "attestation", """
Left L3-L4 and L4-L5 medial branch blocks, second (confirmatory) diagnostic block, fluoroscopic guidance.
Diagnosis: lumbar facet arthropathy / spondylosis, M47.816.
Left-sided low back pain for 18 months, worse with standing and arching backwards; physical therapy for
10 weeks without improvement and acetaminophen without benefit. She cannot work a full shift at the bakery.
The first diagnostic block on the left at these levels gave 90% relief of her usual pain for 6 hours.
Consent and time-out documented. Pre-procedure pain 6/10. 22 g needles to the left L2, L3 and L4 medial
branches under fluoroscopy; 0.5 mL of 2% lidocaine at each. Post-procedure pain 0/10. Complications: none.

Teaching physician statement: I was present for the entire procedure and directed the resident. I reviewed
the images and agree with the findings and plan as documented.
Billing attestation: services documented by the resident were personally verified by the teaching physician.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 0), need=SPINE_NEED, dos="2026-03-03", pos="24",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[])

    add("faz-mbb-04", "odd_spacing", """
RIGHT  L5-S1  MEDIAL BRANCH BLOCK    -   diagnostic   

Dx:   lumbar spondylosis  (M47.816)  
Right low back / upper buttock pain x 14 months,  worse
with twisting.    No radicular symptoms.

PT for 3 months  -  did not help.		Naproxen - ulcer history, stopped.
Function:  cannot garden  or  lift groceries.   
MRI:  right L5-S1 facet arthrosis.

Consent:  signed      Time-out:  yes
NRS pre   7/10    
Fluoroscopy; 25 g needles to the right L4 medial branch and right L5 dorsal ramus,
0.5 mL  of  0.5% ropivacaine each.  

NRS post   2/10
Complications:   none   
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-10-20", payer="medicare_fcso",
        codes=[line("64493", "KX", "RT")], findings=[])

    add("faz-facetia-01", "dictated", """
Today I performed therapeutic intra-articular facet joint injections at left L4-L5 and L5-S1 under fluoroscopy
for lumbar spondylosis, M47.816. She has had left low back pain for over a year that is worse with standing and
extension, without leg symptoms. Twelve weeks of physical therapy and a home program gave no lasting change and
naproxen was stopped for reflux. She can no longer work in her garden or stand to cook. Two diagnostic medial
branch blocks at these levels gave 85% and then 90% relief. Consent was signed and a time-out was done. Pain
before was 6 of 10. With 22 gauge needles in each joint, confirmed on the oblique view, I injected Kenalog 20 mg
with 0.5 mL of 0.5% bupivacaine into each of the two joints. Pain after was 2 of 10. No complications.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-06-23",
        codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", units=4)], findings=[])

    add("faz-rfa-01", "caps_headers", """
RADIOFREQUENCY ABLATION - LUMBAR

PROCEDURE: BILATERAL L4-L5 AND L5-S1 FACET RADIOFREQUENCY NEUROTOMY (L3, L4 MEDIAL BRANCHES, L5 DORSAL RAMUS)
DIAGNOSIS: LUMBAR SPONDYLOSIS WITHOUT RADICULOPATHY (M47.816)
INDICATION: AXIAL LOW BACK PAIN FOR 3 YEARS. PT FOR 12 WEEKS WITHOUT BENEFIT; NSAIDS STOPPED FOR RENAL
FUNCTION. UNABLE TO WALK MORE THAN 10 MINUTES OR LIFT LAUNDRY. MRI: BILATERAL L4-5 AND L5-S1 FACET ARTHROPATHY.
DIAGNOSTIC BLOCKS: TWO MEDIAL BRANCH BLOCKS WITH 90% AND 85% RELIEF.
CONSENT: SIGNED. TIME-OUT: COMPLETED.
PAIN PRE: 7/10
TECHNIQUE: FLUOROSCOPY. 18 G 10 MM ACTIVE TIP CANNULAE PARALLEL TO EACH NERVE. SENSORY AT 0.4 V, NO MOTOR
RESPONSE IN THE LEGS AT 2 V. 1 ML OF 2% LIDOCAINE AT EACH OF 6 SITES, THEN THERMAL LESION 85 C FOR 90 SECONDS.
PAIN POST: 2/10
COMPLICATIONS: NONE
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-04-14", pos="24",
        codes=[line("64635", "50"), line("64636", "50")], findings=[])

    add("faz-rfa-02", "title_headers", """
Cervical Radiofrequency Ablation
Procedure: Right C4-C5 And C5-C6 Medial Branch Radiofrequency Neurotomy
Diagnosis: Cervical Spondylosis Without Myelopathy Or Radiculopathy (M47.812)
History: Right-sided neck pain for 2 years with headaches at the base of the skull; PT for 8 weeks and
meloxicam failed. Cannot check blind spots while driving.
Imaging: CT shows right C4-5 and C5-6 facet degeneration.
Diagnostic Blocks: Two Right C4-C6 Medial Branch Blocks, 85% And 80% Relief
Consent: Signed
Time-Out: Done
Guidance: Fluoroscopy
Technique: Lidocaine infiltrated at each target. Thermal lesions 80 C for 90 seconds at the right C4, C5 and
C6 medial branches after sensory testing.
Post Pain: 2/10
Complications: None
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", None)],
        pain=(None, 2), need=SPINE_NEED, dos="2026-05-26",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["drug_dose", "pre_procedure_pain_score"],
        comment="lidocaine amount not given; no pre-procedure score")

    add("faz-rfa-03", "inline_fields", """
Procedure: LEFT L5-S1 RF neurotomy (repeat)   Targets: L4 MB, L5 DR   Guidance: fluoroscopy   Lesion: 90 C x 90 s
Dx: lumbar spondylosis (M47.816)   Duration: 4 years   Function: unable to stand at work > 20 min
Prior RF: 11 months ago - 70% relief lasting 9 months   Earlier MBBs: 90% and 85% relief
Failed care: PT 12 wk without relief; NSAIDs not tolerated (reflux)
Consent: signed   Time-out: performed   NRS pre/post 8→3   Complications: none
Local: 1% lidocaine 2 mL at each of the two targets
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 40)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-11-10", payer="medicare_cgs",
        codes=[line("64635", "LT")], findings=[])

    add("faz-sij-01", "bullets", """
1. Procedure: right sacroiliac joint injection, therapeutic, fluoroscopic guidance
2. Diagnosis: sacroiliitis, not elsewhere classified, right (M46.1)
3. History: right buttock pain below the PSIS for 6 months; positive FABER, thigh thrust and distraction
4. Failed care: PT 8 weeks with no relief; ibuprofen without benefit
5. Prior diagnostic block: right SI block with 80% relief during the anesthetic phase
6. Function: cannot sit longer than 20 minutes or walk a block
7. Consent: signed; time-out: done
8. Pre-procedure pain: 7/10
9. Technique: 22 g spinal needle into the inferior right SI joint; Omnipaque 300 1 mL showed an arthrogram
10. Injectate: Depo-Medrol 40 mg + 2 mL 1% lidocaine
11. Saved views: AP and oblique
12. Post-procedure pain: 2/10 (71% relief)
13. Complications: none
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 20)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-07-28",
        codes=[line("27096", "RT"), line("J1010", units=40)], findings=[])

    add("faz-sij-02", "odd_spacing", """
BILATERAL   SACROILIAC  JOINT  INJECTION  - diagnostic 

Dx:  sacroiliitis  (M46.1),  both sides
Buttock pain on both sides x 8 months ,  worse rising from a chair.
Provocation tests positive  bilaterally.  

PT 10 weeks   -  no improvement.    Celecoxib  -  no relief.  
Cannot sit through a meal  or drive  more than 15 min.

Time-out:   done   
Pre pain  8/10 

Fluoroscopy.   22 g needles into the right and left SI joints; Isovue-M 300 0.5 mL each side,
arthrogram confirmed.  0.5% bupivacaine 2 mL per joint.
Images:   AP and oblique  saved  

Post pain 1/10 
Complications:   none 
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 1, "ml"), given("bupivacaine", 20)],
        pain=(8, 1), need=SPINE_NEED, dos="2026-08-18", consent=False,
        codes=[line("27096", "50")], findings=["consent", "percent_relief"],
        comment="no consent statement; relief only implied by the scores")

    add("faz-sij-03", "attestation", """
Left sacroiliac joint block, diagnostic, under fluoroscopy.
Diagnosis: sacroiliitis, left, M46.1. Left buttock and groin pain for 5 months after a fall, positive
compression and thigh thrust on the left. Six weeks of PT failed and tramadol caused nausea. She cannot walk her
usual mile or sleep on her left side.
Consent obtained. Time-out performed. Pre-block pain 8/10.
A 22 g needle entered the inferior left SI joint; Isovue-M 300 0.5 mL confirmed intra-articular spread; 1.5 mL
of 2% lidocaine was injected. AP and oblique images saved.
Post-block pain 1/10, approximately 88% relief. No complications.

Attestation: I personally performed this procedure. I was present for the entire procedure. Documentation
was prepared using the practice procedure template and reviewed for accuracy.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("lidocaine", 30)],
        pain=(8, 1), need=SPINE_NEED, dos="2026-09-29", pos="24",
        codes=[line("27096", "LT")], findings=[])

    add("faz-tpi-01", "dictated", """
She returns with right-sided neck and shoulder girdle pain of three months' duration that keeps her from
reaching overhead cupboards. On examination there are taut bands with local twitch responses in the right upper
trapezius and right levator scapulae, pressure on each reproducing her pain toward the head. The diagnosis is
myofascial pain (M79.18). After discussing the risks she gave verbal consent and we confirmed site and side in a
time-out. Her pain was 7 of 10. Using a 25 gauge needle I injected 2 mL of 0.25% bupivacaine into each of the
two muscles. Her pain afterwards was 3 of 10, about 60% better. No complications occurred.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 10)],
        pain=(7, 3), need=("diagnosis",), dos="2026-02-24", codes=[line("20552")], findings=[])

    add("faz-tpi-02", "inline_fields", """
TPI   Region: low back / gluteal   Dx: myofascial pain syndrome (M79.18)   Consent: verbal, documented
Muscles: L quadratus lumborum, R quadratus lumborum, L gluteus medius, R gluteus medius   Needle: 27 g
Injectate: 1% lidocaine 1 mL per muscle   Pain pre: 6/10   Pain post: 3/10   Relief: ~50%
Complications: nil   Dispo: home, stretching handout
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 3), need=("diagnosis",), dos="2026-03-31", codes=[line("20553")],
        findings=["indication", "time_out"],
        comment="no trigger point examination findings; no time-out")

    add("faz-knee-01", "caps_headers", """
JOINT INJECTION - MAJOR JOINT

PROCEDURE: RIGHT KNEE INTRA-ARTICULAR INJECTION, ULTRASOUND GUIDED
DIAGNOSIS: PRIMARY OSTEOARTHRITIS, RIGHT KNEE (M17.11)
INDICATION: RIGHT KNEE PAIN FOR 3 YEARS, WORSE ON STAIRS; HAS TO STOP AFTER ONE FLIGHT.
CONSENT: VERBAL AND WRITTEN.  TIME-OUT: YES.
PAIN BEFORE: 6/10
TECHNIQUE: SUPEROLATERAL APPROACH WITH A 22 G NEEDLE UNDER REAL-TIME ULTRASOUND; NEEDLE TIP IN THE
SUPRAPATELLAR RECESS. PERMANENT IMAGE RECORDED AND STORED. INJECTED KENALOG 40 MG WITH 3 ML OF 1% XYLOCAINE.
PAIN AFTER: 2/10
COMPLICATIONS: NONE. BAND-AID APPLIED.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis",), dos="2026-04-28",
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=[])

    add("faz-genb-01", "bullets", """
• Procedure: right genicular nerve block under fluoroscopy
• Diagnosis: primary osteoarthritis of the right knee (M17.11)
• Indication: right knee pain for 4 years, not a candidate for replacement, cannot walk through the store
• Consent signed • Time-out done
• Targets: superolateral, superomedial and inferomedial genicular nerves, right knee
• Injectate: 2 mL of 0.5% Marcaine at each target
• NRS before 8/10 • NRS after 2/10
• Complications: none
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right",
                    imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 30)],
        pain=(8, 2), need=("diagnosis",), dos="2026-06-02",
        codes=[line("64454", "RT")], findings=[])

    add("faz-stellate-01", "title_headers", """
Stellate Ganglion Block
Side: Left
Diagnosis: Complex Regional Pain Syndrome Type I Of Left Upper Limb (G90.512)
Indication: Burning pain, swelling and color change of the left hand for 7 months after a wrist fracture.
Consent: Signed
Time-Out: Performed
Guidance: Ultrasound, Image Saved To The Record
Pre-Procedure Pain: 8/10
Procedure: Supine, head turned slightly right. A 25 g needle was advanced under ultrasound to the prevertebral
fascia over the left C6 longus colli; 5 mL of 0.5% ropivacaine injected in divided doses after negative
aspiration.
Result: Left Horner syndrome and a warm left hand at 15 minutes.
Post-Procedure Pain: 3/10
Complications: None
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-07-07",
        codes=[line("64510"), line("76942")], findings=[])

    add("faz-impar-01", "odd_spacing", """
GANGLION   IMPAR   BLOCK   

Dx:  coccygodynia  (M53.3)   
Tailbone pain x 1 year,   worse sitting.   
Consent:  signed.      Time out:  done.   

Pre   pain   8/10
Fluoroscopy,  lateral view.   22 g needle through the
sacrococcygeal junction;  Omnipaque 300   2 mL  showed a retroperitoneal "apostrophe".	
Injected  4 mL  of 0.5% bupivacaine  with  Depo-Medrol 40 mg.  

Post   pain   2/10   
Complications:   none  
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 20), given("methylprednisolone_acetate", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-08-25",
        codes=[line("64999"), line("77002"), line("Q9967", units=2), line("J1010", units=40)], findings=[])

    add("faz-onb-01", "inline_fields", """
Procedure: bilateral greater occipital nerve block   Guidance: landmark   Needle: 25 g
Dx: occipital neuralgia (M54.81)   Hx: shooting pain from the occiput over both sides of the scalp x 6 months
Tender: both greater occipital nerves, Tinel positive   Consent: signed   Time-out: complete
Injectate per side: 2 mL 0.5% bupivacaine + Kenalog 10 mg
Pre: 7/10  Post: 1/10  Complications: none
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(7, 1), need=("diagnosis",), dos="2026-09-15",
        codes=[line("64405", "50"), line("J3301", units=2)], findings=[])

    add("faz-scs-01", "attestation", """
Spinal cord stimulator trial - percutaneous lead placement.
Diagnosis: failed back surgery syndrome (M96.1) with chronic bilateral leg pain.
History: low back and bilateral leg pain for 3 years after an L4-S1 fusion; PT, gabapentin, duloxetine and two
epidurals gave no lasting relief. She can no longer walk more than 50 feet or sit through a meal.
Psychological evaluation completed; she was cleared for a stimulator trial.
Consent signed; time-out performed with the full team.
Pre-procedure pain 8/10.
Prone under fluoroscopy. After 10 mL of 1% lidocaine skin and track infiltration, two 8-contact percutaneous
leads were introduced through 14 g Tuohy needles at T12-L1 and steered to the top of T8 and the middle of T8.
Paresthesia mapping covered both legs and the low back. Leads sutured and dressed.
Post-procedure pain 6/10. No complications.

Attestation: I was present for the entire procedure and performed the key portions myself. This note follows
the clinic's stimulator trial template and was reviewed by me before signing.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 6), need=SPINE_NEED, dos="2026-10-06",
        codes=[line("63650", units=2), line("77003")], findings=[])

    add("faz-va-01", "dictated+truncated", """
This is a kyphoplasty of the L1 vertebral body performed under biplanar fluoroscopy for an osteoporotic
compression fracture, M80.08XA. She fell at home seven weeks ago and has had severe midline back pain since,
keeping her in bed most of the day. Six weeks of a brace, calcitonin and scheduled acetaminophen did not relieve
her pain. MRI shows an acute L1 compression fracture with marrow edema on STIR and 30% loss of height. Consent
was signed and a time-out completed. Pain before the procedure was 9 of 10. Through bilateral transpedicular
11 gauge cannulas, after 10 mL of 1% lidocaine at each entry site, inflatable bone tamps created cavities, and
polymethylmethacrylate was placed under continuous lateral fluoroscopy with good fill and no
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 200)],
        pain=(9, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                              "imaging_findings"),
        dos="2026-11-03", pos="22", complications=None,
        codes=[line("22514")], findings=["complications", "post_procedure_pain_score"],
        comment="cut off mid-sentence before the post-procedure score and complications; 10 mL at each of two sites")

    add("faz-pump-01", "caps_headers", """
INTRATHECAL PUMP REFILL AND REPROGRAMMING

DIAGNOSIS: FAILED BACK SURGERY SYNDROME (M96.1)
INDICATION: INTRATHECAL HYDROMORPHONE FOR INTRACTABLE LOW BACK AND LEG PAIN NOT CONTROLLED BY ORAL OPIOIDS.
PERFORMED BY: PHYSICIAN (MYSELF)
CONSENT: VERBAL, ON FILE.  TIME-OUT: DONE.
PROCEDURE: PUMP INTERROGATED; RESIDUAL VOLUME WITHDRAWN AS EXPECTED. RESERVOIR REFILLED WITH HYDROMORPHONE
PER THE CURRENT PRESCRIPTION THROUGH A 22 G NON-CORING NEEDLE. DAILY RATE INCREASED BY 10% AND THE PUMP
REPROGRAMMED; NEW ALARM DATE SET.
COMPLICATIONS: NONE.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", None)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-24", codes=[line("62370")],
        findings=["drug_dose"], comment="refill drug named without volume or concentration")
