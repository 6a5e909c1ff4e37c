"""Notes of the sealed untuned batch ap: seven template styles rotated (capitalised headers, title-case
headers, dictated paragraphs, bullets, inline fields, odd spacing, boilerplate attestation; two truncated), in
wordings of our own; gold labelled by hand before any Painpoint run. The `findings` of each `add` are the
deliberate gaps (and coding findings such as level limits)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, SPINE_NEED)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Nine epidurals: five transforaminal, three interlaminar, one caudal."""
    add("fap-tfesi-01", "templated_caps", """
PROCEDURE PERFORMED: LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION
DIAGNOSIS: Lumbosacral radiculopathy (M54.17)
HISTORY OF PRESENT ILLNESS: Sixteen weeks of left-sided sciatica. Pain begins in the left buttock and runs
along the posterolateral thigh to the outer ankle, with pins-and-needles over the dorsum of the foot.
EXAMINATION: Seated slump and straight-leg raise reproduce the left leg pain; hypoesthesia in the left L5
dermatome; EHL 4+/5 on the left.
PRIOR TREATMENT: A six-week physiotherapy programme was completed without meaningful change; naproxen was
discontinued after it upset her stomach.
FUNCTIONAL STATUS: Sitting tolerance is down to about fifteen minutes; she has had to step away from her
part-time job stocking shelves.
IMAGING: MRI of the lumbar spine (12/2025) - left foraminal protrusion at L5-S1 abutting the exiting L5 root.
PRE-PROCEDURE NRS: 7/10
CONSENT: Risks including infection, bleeding, nerve injury and dural puncture reviewed; signed consent in chart.
TIME-OUT: Patient, site and side verified by the team before skin prep.
GUIDANCE: Fluoroscopy. CONTRAST: Omnipaque 240, 1.5 mL, neurogram along the L5 root, no vascular pattern.
MEDICATIONS: Decadron 10 mg/1 mL mixed with 1 mL of 1% Xylocaine (preservative free).
IMAGES: AP and oblique views archived.
POST-PROCEDURE NRS: 2/10
COMPLICATIONS: Nil.
DISPOSITION: Home with a driver.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-01-14", codes=[line("64483", "LT"), line("J1100", units=10)],
        findings=[])

    add("fap-tfesi-02", "dictated", """
Bilateral transforaminal epidural steroid injections, L4-5 and L5-S1.

This gentleman returns with pain that travels from both buttocks down the back of the thighs into the calves,
with pins-and-needles in the soles, present for the last five months. Straight leg raising is positive on
both sides at roughly forty-five degrees and both ankle jerks are sluggish. The working diagnosis is lumbar
disc herniation with radiculopathy (M51.16). He went through a course of physical therapy and takes meloxicam
daily. He no longer walks his dog and gave up his bowling league. The January MRI demonstrates a broad-based
L4-5 bulge and an L5-S1 protrusion with moderate narrowing of both neural foramina at each level.

He signed consent after we went over the risks. A pause to confirm identity, procedure and sides was held
before anything was opened. Prone position, sterile prep. Under fluoroscopic control a 22-gauge needle was
steered to each of the four foramina (right and left L4-5, right and left L5-S1). At every foramen Isovue-M
300, half a milliliter, outlined the exiting root and the epidural space without vascular uptake, and we then
delivered 0.25 mL of Kenalog-40 (10 mg) together with 1 mL of 0.25% Marcaine. Anteroposterior and lateral
films were saved.

His pain was 8/10 going in and 3/10 leaving. He tolerated it without complication and left with his wife.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 10)],
        pain=(8, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-02-03", payer="medicare_cgs",
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=4)],
        findings=["conservative_care"], comment="therapy and meloxicam only listed, no outcome stated")

    add("fap-tfesi-03", "inline", """
Procedure: R C6-7 transforaminal ESI; Guidance: fluoro with live contrast; Intent: therapeutic
Dx: Cervical radiculopathy (M54.12); Sx duration: 10 wks; Radicular: R arm pain to thumb and index finger, C6 hypesthesia, Spurling + on R
Prior care: PT 6 wks - no gain; prednisone taper - transient benefit only; Function: cannot work overhead, drives < 20 min
Imaging: MRI R C6-7 foraminal stenosis, severe, uncovertebral spurring; Pain pre: 6/10
Consent: written, on chart; Time-out: done; Contrast: Omnipaque 240 0.8 mL, no vascular runoff on DSA
Injectate: dexamethasone PF 4 mg (1 mL) + preservative-free NS 1 mL; Views saved: AP + oblique
Pain post: 1/10; Complications: none; Dispo: home, stable
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.8, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 1), need=ESI_NEED, dos="2026-03-05", pos="24", codes=[line("64479", "RT")], findings=[])

    add("fap-tfesi-04", "odd_spacing", """
PROCEDURE
    Left  S1  transforaminal epidural steroid injection


Diagnosis:		S1 radiculopathy, left  (M54.17)

Indication
  Pain from the left buttock to the sole and lateral foot for three months ;  numbness of the lateral
  foot  and  the little toe ,  absent left ankle reflex ,  SLR positive on the left at 35 degrees.
  Eight weeks of physical therapy  -  no relief .   Celecoxib  -  no benefit.
  Unable to  stand at the stove to cook  or  to sleep through the night.
  MRI :   left  L5-S1  paracentral extrusion displacing the descending left S1 root.

Pain  before :    7/10

Consent		signed
Time out		completed


Technique
  Prone.  Fluoroscopy.  22 g needle  through the left  S1  foramen  ( posterior sacral ).
  Isovue 300 ,  1 mL :  epidural spread ,  no vascular filling.
  Celestone Soluspan  6 mg  ( 1 mL )   injected slowly.
  One spot image  was retained.

Pain  after :   3/10
Complications :   none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(7, 3), need=ESI_NEED, dos="2026-04-21", codes=[line("64483", "LT"), line("J0702", units=1)],
        findings=["saved_images"], comment="one retained image (two views needed)")

    add("fap-tfesi-05", "bulleted", """
Right L3-4, L4-5 and L5-S1 transforaminal epidural injections (repeat)

Background
- Right anterior thigh and shin pain with burning over the medial shin, ~9 months
- Right knee jerk diminished; femoral stretch test positive on the right
- Lumbar foraminal stenosis (M48.061) with right radicular pain
- Earlier right-sided transforaminal injection in December 2025: about 70% relief that lasted roughly five months
- Therapy for 8 weeks did not help; duloxetine stopped for nausea
- Cannot climb the stairs at home without resting; stopped volunteering at the library
- MRI: right foraminal narrowing L3-4, L4-5, L5-S1 (moderate to severe), facet and ligamentum hypertrophy

Procedure
- Consent: signed after risks/benefits reviewed
- Time-out: performed with nursing and radiology tech
- Fluoroscopy; 22 g needles to the right L3-4, L4-5 and L5-S1 foramina
- Omnipaque 240, 1 mL per level: perineural and epidural flow, no intravascular pattern
- Per level: Depo-Medrol 20 mg + 0.2% Naropin 1 mL
- AP and lateral images kept in PACS

Outcome
- Pain 8/10 before, 2/10 after
- Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 60), given("ropivacaine", 6)],
        pain=(8, 2), need=ESI_NEED, dos="2026-05-12",
        codes=[line("64483", "RT"), line("64484", "RT", units=2), line("J1010", units=60)],
        findings=["level_limit"], comment="three foramina in one session; repeat with 70% relief for ~5 months")

    add("fap-ilesi-01", "boilerplate", """
INTERVENTIONAL PAIN SERVICES - PROCEDURE DOCUMENTATION
This document has been prepared in accordance with the practice's documentation and billing compliance
policy. The attending physician attests that the services described below were personally rendered, that the
documentation accurately reflects the work performed, and that the service was reasonable and necessary for
the diagnosis and treatment of the patient's condition. Charges are submitted only for services documented
herein. Any amendment to this record will be dated and signed.

Procedure: lumbar epidural steroid injection, interlaminar, L4-L5, left paramedian, fluoroscopic guidance.
Diagnosis: Lumbar radiculopathy (M54.16).
Indication: left L5 pattern leg pain with numbness over the top of the foot for the past 4 months; straight
leg raise positive on the left. A two-month home exercise program and gabapentin 300 mg three times daily
have not relieved the leg pain. MRI shows a left paracentral L4-5 herniation contacting the traversing L5 root.
Pre-procedure pain: 7/10. Consent was obtained in writing; the time-out was completed.
Technique: skin anesthetized with 3 mL of 1% lidocaine. An 18 g Tuohy needle reached the epidural space by
loss of resistance. Omnipaque 180, 2 mL, confirmed epidural spread. Depo-Medrol 80 mg with 3 mL of
preservative-free saline was injected. Two views (AP, lateral) preserved.
Post-procedure pain: 4/10. Complications: none.

ATTESTATION AND COMPLIANCE STATEMENT: I certify that I was physically present for the entire procedure. This
record may be disclosed for treatment, payment and health care operations as permitted by law. The coding
reflected on the claim was selected by the physician and reviewed by certified coding staff against current
payer policy. Medicare beneficiaries have been informed of their financial responsibility where applicable.
Electronically signed by the attending physician.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 4), need=minus(ESI_NEED, "functional_impairment"), dos="2026-06-09",
        codes=[line("62323"), line("J1010", units=80)],
        findings=["functional_impairment"], comment="no functional limitation stated")

    add("fap-ilesi-02", "templated_title", """
Procedure Name: Cervical Interlaminar Epidural Steroid Injection, C7-T1
Diagnosis: Cervical Radiculopathy (M54.12)
Symptom Duration: Seven months of left arm pain
Radicular Features: Pain from the left shoulder blade down the back of the arm to the middle finger; left
triceps 4/5; left triceps reflex trace
Conservative Management: Ten weeks of formal therapy and a trial of duloxetine; neither changed the arm pain
Functional Limitation: Sleeps no more than three hours at a stretch; has stopped playing piano
Imaging Review: MRI - C6-7 left paracentral disc extrusion indenting the left C7 root
Pre-Procedure Pain: 6/10
Informed Consent: Signed
Universal Protocol: Time-out held, all in agreement
Guidance: Fluoroscopy, contralateral oblique view for depth
Contrast: Isovue-M 300, 1.5 mL, epidurogram without intrathecal or vascular spread
Medication: Kenalog 60 mg diluted with 3 mL of preservative-free saline
Images: Anteroposterior and lateral radiographs stored
Post-Procedure Pain: 2/10
Complications: No untoward events
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1.5, "ml"), given("triamcinolone_acetonide", 60)],
        pain=(6, 2), need=ESI_NEED, dos="2026-07-15", pos="22", payer="medicare_fcso", codes=[line("62321")],
        findings=[])

    add("fap-ilesi-03", "dictated+truncated", """
Thoracic interlaminar epidural steroid injection at T9-10.

She describes a band of burning pain wrapping from the right mid back around to the front of the chest along
the T10 dermatome, with the shirt touching it being unpleasant, for five months now. Thoracic radiculopathy
(M54.14). Gabapentin was pushed to 1800 mg a day without any benefit, and six weeks of therapy did not change
the band of pain. She can no longer sit through a work shift at the call center. MRI of the thoracic spine
shows a right T9-10 foraminal disc protrusion. Pain today is 7/10.

Consent was reviewed and signed and we did a time-out. Prone on the table, fluoroscopy used throughout. A
20-gauge Tuohy needle was advanced at T9-10 in the midline with loss of resistance to air at about five
centimeters. Omnipaque 300, one milliliter, showed a good epidurogram. Then dexamethasone 10 mg diluted in 2 mL
of preservative-free saline was inje
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, None), need=ESI_NEED, dos="2026-08-04", complications=None,
        codes=[line("62321"), line("J1100", units=10)],
        findings=["complications", "post_procedure_pain_score", "saved_images"],
        comment="cut off mid-word after the injectate: no images, post score or complications")

    add("fap-caudal-01", "inline", """
Procedure: caudal epidural steroid injection; Guidance: fluoroscopy; Needle: 20 g Tuohy via sacral hiatus
Diagnosis: post-laminectomy syndrome (M96.1) with bilateral leg pain; Duration: two years since the L4-5 fusion
Radicular: aching and tingling down both legs to the feet, worse walking; decreased light touch both soles
Failed conservative care: PT 12 wks - no change; tramadol - constipation, stopped; Function: cannot shop without a cart, stopped golf
Pre pain: 6/10; Consent: verbal and written; Time-out: yes
Contrast: Omnipaque 240, 3 mL, filling the caudal canal up to S1 without vascular runoff
Medication: Kenalog 80 mg (2 mL) + 0.2% ropivacaine 5 mL; Images saved: AP & lateral
Post pain: 2/10; Complications: none
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80), given("ropivacaine", 10)],
        pain=(6, 2), need=minus(ESI_NEED, "imaging_findings"), dos="2026-09-01",
        codes=[line("62323"), line("J3301", units=8)],
        findings=["imaging_findings"], comment="no imaging study or findings mentioned")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Eight facet notes (blocks, intra-articular injections, RFA) and three SI joint notes."""
    add("fap-mbb-01", "templated_caps", """
PROCEDURE: BILATERAL L4-L5 AND L5-S1 FACET MEDIAL BRANCH BLOCKS (FIRST DIAGNOSTIC BLOCK)
DIAGNOSIS: LUMBAR SPONDYLOSIS WITHOUT RADICULOPATHY (M47.816)
INDICATION: Axial low back ache across the belt line of 20 months' standing, worse on arching back and on
rising from a chair, never below the knees. Twelve weeks of core-strengthening therapy produced no lasting
gain and diclofenac was stopped by her cardiologist. She can no longer stand long enough to iron or load the
dishwasher. CT: bilateral L4-5 and L5-S1 facet hypertrophy.
PRE-PROCEDURE PAIN SCORE: 6/10
CONSENT: Obtained after discussion of risks and alternatives.
TIME-OUT: Performed prior to needle placement.
IMAGING: Fluoroscopy, oblique and AP.
TECHNIQUE: 25 g spinal needles to the L3 and L4 medial branches and the L5 dorsal ramus, right and left. After
negative aspiration, 0.5% bupivacaine 0.5 mL was placed at each of the six targets.
POST-PROCEDURE PAIN SCORE: 1/10 at thirty minutes, roughly 83 percent relief; activity diary provided.
COMPLICATIONS: NONE.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-01-27", codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=[])

    add("fap-mbb-02", "odd_spacing", """
Procedure
	Right cervical medial branch blocks   -   C4 ,  C5  and  C6   ( C4-5 and C5-6 facet joints )
	Diagnostic


Dx
   Cervical spondylosis without myelopathy or radiculopathy  (M47.812)

History
   right-sided neck pain  x  2 years ,   worse looking up and turning right ,   no arm symptoms
   PT  for  ten weeks  -  no improvement ;   ibuprofen  -  no help ,  now avoided for reflux
   can't shoulder-check while driving ;  stopped swimming
   X-ray :   right C4-5 and C5-6 facet arthrosis

Pain  pre		7/10

Consent :  signed



Fluoroscopy ,  lateral approach ,  25 g needles  to the waists of the right C4 ,  C5 and C6 articular pillars .
2%  lidocaine   0.4 mL   at  each  nerve .

Pain  post		1/10   ( ~85% relief )
Complications		none
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 24)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-17", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        findings=["time_out"], comment="no time-out statement")

    add("fap-mbb-03", "bulleted", """
Left lumbar medial branch blocks - second (confirmatory) diagnostic block

Why
- Left low back pain for 14 months, worse with extension and standing, no leg symptoms
- Lumbar facet arthropathy (M47.816)
- First block (02/2026, lidocaine): 80% relief for about two hours
- 10 weeks of PT without relief; acetaminophen and naproxen not effective
- Unable to stand for a church service or carry groceries up the stairs
- MRI: left L3-4, L4-5, L5-S1 facet hypertrophy with small effusions

What was done
- Consent signed; time-out held
- Fluoroscopic guidance
- Targets: left L2, L3 and L4 medial branches and left L5 dorsal ramus (L3-4, L4-5, L5-S1 joints)
- 0.5% ropivacaine, 0.5 mL at each of the four targets

After
- Pain 6/10 -> 1/10, about 85% relief
- No complications; diary given
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 10)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-03-24", payer="medicare_cgs",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["level_limit"], comment="three facet joints in one session")

    add("fap-facet-01", "dictated", """
Right L4-5 and L5-S1 facet joint injections, intra-articular, therapeutic, under fluoroscopy.

He has had right-sided low back pain for three years that is worse with standing and leaning back. Lumbar
spondylosis without radiculopathy, M47.816. Physical therapy over twelve weeks gave him nothing lasting and
anti-inflammatories were stopped because of his kidneys. He has had to quit his warehouse job because he
cannot stand through a shift. Two sets of diagnostic medial branch blocks earlier this year relieved 90
percent and then 80 percent of his pain for the expected duration of the anesthetic, and he prefers
injections to ablation for now.

We reviewed the risks and he gave written consent; a time-out was performed. Prone. Using fluoroscopy a
22-gauge needle was guided into the inferior recess of the right L4-5 and then the right L5-S1 joint.
Isovue-M 300, 0.2 mL, gave an arthrogram in each joint. Into each joint went 0.5 mL of Kenalog-40 (20 mg)
with 0.5 mL of 0.5% bupivacaine. Pain 7/10 beforehand and 3/10 afterwards. No complications.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.4, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-04-07",
        codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=4)], findings=[])

    add("fap-facet-02", "boilerplate", """
PATIENT CARE RECORD - INTERVENTIONAL SPINE
Notice: this record contains confidential health information protected under federal and state law. It is
intended for use by the treating team and authorized payers only. Redisclosure without authorization is
prohibited. The procedure below was performed in an accredited office-based procedure suite meeting all
applicable infection control standards. Documentation follows the practice's compliance plan; coding is
based solely on the services documented.

Procedure: bilateral L5-S1 facet joint injections, intra-articular, therapeutic, fluoroscopically guided.
Diagnosis: Lumbosacral facet syndrome (M47.817).
Indication: low back pain centered over the lumbosacral junction for 18 months, worse with extension; PT for
ten weeks and meloxicam failed to help. She cannot work her shifts at the bakery. Bilateral L4 medial branch and
L5 dorsal ramus blocks on two occasions gave 85% and 90% relief. Pain before the procedure: 6/10.
Time-out: completed by the procedural team.
Procedure detail: with fluoroscopy a 22 g needle entered each L5-S1 facet joint (right, then left). Into each
joint: Depo-Medrol 20 mg and 0.5 mL of 1% lidocaine. Pain after: 2/10. Complications: none.

PHYSICIAN ATTESTATION: I performed the procedure described and the information above is true and complete to
the best of my knowledge. This service was medically necessary. The patient's insurance information has been
verified by the front office; coverage determinations are the responsibility of the payer. Signed
electronically; signature on file.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-05-19", consent=False,
        codes=[line("64493", "50"), line("J1010", units=40)],
        findings=["consent"], comment="no consent statement anywhere, despite the boilerplate")

    add("fap-rfa-01", "templated_title", """
Procedure: Left L4-L5 and L5-S1 Radiofrequency Neurotomy (L3, L4 Medial Branches; L5 Dorsal Ramus)
Diagnosis: Lumbar Spondylosis Without Radiculopathy (M47.816)
Duration of Symptoms: Four Years
Prior Treatment: Physical therapy for three months and two NSAIDs, each without durable benefit
Function: Cannot lift his grandchildren or stand at the workbench longer than 20 minutes
Diagnostic Blocks: Two comparative blocks - 90% (lidocaine) and 85% (bupivacaine) relief
Pre-Procedure Pain: 7/10
Consent: Signed and witnessed
Time-Out: Completed
Guidance: Fluoroscopy
Local Anesthetic: 1% lidocaine, 1 mL at each of the three sites
Lesioning: 18 g cannulas parallel to each nerve; sensory stimulation concordant below 0.5 V; no motor
response in the leg at 2 Hz; thermal lesions at 80 degrees C for 90 seconds per nerve
Post-Procedure Pain: 2/10
Complications: None
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-06-23", pos="24",
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[])

    add("fap-rfa-02", "inline", """
Procedure: B/L C5-6 facet RF neurotomy (C5 + C6 medial branches each side); Guidance: fluoro
Dx: cervical spondylosis w/o myelopathy or radiculopathy (M47.812); Duration: 3 yrs; Function: can't turn head to reverse the car, stopped cycling
Conservative care: PT x 12 wks, no lasting relief; NSAIDs not tolerated (GI bleed)
Diagnostic block: bilat C5 + C6 MBB 05/2026, 85% relief x 4 h
Pre: 6/10; Consent: signed; Time-out: yes
Local: 0.5% bupivacaine 0.5 mL at each of 4 sites; Lesion: 80 C x 90 s per nerve, motor testing negative
Post: 2/10; Complications: none
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-07-28", codes=[line("64633", "50")],
        findings=["diagnostic_block_relief"], comment="a single diagnostic block documented (two needed)")

    add("fap-rfa-03", "templated_caps", """
PROCEDURE: REPEAT RIGHT L5-S1 RADIOFREQUENCY ABLATION (RIGHT L4 MEDIAL BRANCH AND L5 DORSAL RAMUS)
DIAGNOSIS: LUMBAR SPONDYLOSIS WITHOUT RADICULOPATHY (M47.816)
HISTORY: Right lumbosacral pain for six years. The prior right L5-S1 ablation in November 2025 gave about
75% relief for seven months; pain has now returned to baseline. Physical therapy for 3 months and NSAIDs
before the first ablation did not help. She again cannot vacuum or walk the dog.
PRE-PROCEDURE PAIN: 8/10
CONSENT: WRITTEN. TIME-OUT: YES.
GUIDANCE: FLUOROSCOPY.
TECHNIQUE: 2% lidocaine 1 mL at each of the two sites; 20 g RF cannulas; sensory testing concordant, motor
testing without distal twitch; conventional thermal lesions, 85 C for 90 s at each nerve.
POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: NONE
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 40)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-08-18", codes=[line("64635", "RT")], findings=[],
        comment="repeat ablation with 75% relief for seven months")

    add("fap-sij-01", "odd_spacing", """
PROCEDURE :      Left   sacroiliac joint injection ,   therapeutic


Diagnosis
     Sacroiliitis ,  left   (M46.1)

Indication
     left buttock pain below the PSIS  for  eight months ;   thigh thrust ,  FABER  and  compression  positive on the left
     PT   x 8 weeks   -   no relief ;    meloxicam   -   not tolerated
     cannot sit through a movie  or  drive to see her grandchildren
     prior diagnostic left SI block  (03/2026) :   80% relief  for the duration of the anesthetic


Pain before		8/10
Consent		signed             Time-out		done

Fluoroscopy .   22 g needle  into the inferior left SI joint .
Isovue-M 300   0.5 mL  :  intra-articular pattern .
Kenalog  40 mg   +   0.5% bupivacaine  1 mL .
AP  and  contralateral oblique  views  stored .

Pain after		3/10     (roughly 60% relief)
Complications		none
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-09-15", codes=[line("27096", "LT"), line("J3301", units=4)],
        findings=[])

    add("fap-sij-02", "templated_title", """
Procedure: Bilateral Sacroiliac Joint Injections, Diagnostic
Diagnosis: Sacroiliitis (M46.1), Bilateral
Duration: One Year
Provocative Tests: Thigh Thrust, Distraction and Gaenslen Positive on Both Sides
Conservative Care: Physical therapy for twelve weeks - no improvement; NSAIDs - no improvement
Function: Unable to sit through a school concert or sleep on either side
Pre-Procedure Pain: 8/10
Consent: Signed
Time-Out: Performed
Guidance: Fluoroscopy
Contrast: Omnipaque 240, 0.5 mL per joint, intra-articular flow
Injectate: 0.5% bupivacaine 1.5 mL into each joint
Images: Images saved.
Post-Procedure Pain: 1/10, an estimated 90% relief
Complications: None
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 15)],
        pain=(8, 1), need=SPINE_NEED, dos="2026-10-06", pos="24", codes=[line("27096", "50")],
        findings=["saved_images"], comment="'Images saved.' states no views")

    add("fap-sirfa-01", "dictated", """
Right sacroiliac joint radiofrequency ablation.

She has had right sacroiliac region pain for more than two years. The diagnosis is sacroiliitis of the right
side, M46.1. Two lateral branch blocks this spring each took away about 80 percent of her pain for several
hours. Therapy, a belt and NSAIDs have failed, and she cannot garden or sit through church. Pain is 7/10 before
we start. She gave written consent and the team performed a time-out. Prone, fluoroscopy. The skin and deeper
tissue at each of four entry points were numbed with 1 mL of 1% lidocaine. 18-gauge cannulas were placed at
the right L5 dorsal ramus and the right S1, S2 and S3 lateral branches; sensory testing reproduced her pain and
motor testing produced no leg movement. Each was lesioned thermally at 80 degrees for 90 seconds. Pain 2/10
in recovery. No complications.
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-10-20", codes=[line("64625", "RT")], findings=[])


def _others(add, proc, line, given, SPINE_NEED) -> None:  # noqa: N803
    """Ten other families: trigger points, joint, genicular, sympathetic, occipital, SCS trial, kyphoplasty,
    pump refill."""
    add("fap-tpi-01", "inline", """
Procedure: trigger point injections, 4 muscles; Sites: R and L lumbar paraspinals, R quadratus lumborum, L gluteus medius
Dx: Myofascial pain syndrome (M79.18); Hx: low back muscle pain x 4 months after moving house; stretching and massage - partial relief only
Exam: taut bands with local twitch and referred pain at each site; Pre pain: 7/10
Consent: verbal, documented; Time-out: yes; Needle: 25 g 1.5 in; Sedation: none
Injectate: 1% lidocaine 1 mL per muscle; Post pain: 3/10 (55% relief); Complications: none
""",
        procs=[proc("trigger_point", region="lumbar", sedation="none")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 3), need=("diagnosis",), dos="2026-11-03", codes=[line("20553")], findings=[])

    add("fap-tpi-02", "boilerplate", """
OFFICE PROCEDURE NOTE - MUSCULOSKELETAL
The following documentation is provided in support of services billed to Medicare and other payers. The
rendering provider attests that the medical record accurately reflects the services provided on the date of
service, that the service was medically reasonable and necessary, and that no portion of this note was copied
forward without review. Patient education materials were offered. Questions regarding this claim should be
directed to the billing office.

Procedure: trigger point injection, left upper trapezius (three points within the one muscle).
Diagnosis: Myofascial pain of the left upper trapezius (M79.12).
Indication: left neck and shoulder-top pain for 10 weeks with a palpable taut band and referred pain into the
left temple; heat and stretching have helped little; headaches now cut her workday short.
Consent: verbal consent after a discussion of risks. Time-out: completed.
Pain prior: 6/10.
Details: 27 g needle; 1% lidocaine was infiltrated at each point after negative aspiration.
Pain following: 2/10, about 65% improvement. Complications: none.

The provider has reviewed the documentation above. Medicare patients were advised that routine services may
be subject to coinsurance. This note was electronically signed and is considered complete.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", None)],
        pain=(6, 2), need=("diagnosis",), dos="2026-11-17", payer="medicare_cgs", codes=[line("20552")],
        findings=["drug_dose"], comment="lidocaine volume never given")

    add("fap-shoulder-01", "bulleted", """
Right glenohumeral joint injection - ultrasound guided

Assessment
- Primary osteoarthritis, right shoulder (M19.011)
- Right shoulder pain for 3 years; cannot reach the top shelf or fasten her bra
- Prior PT and two oral NSAIDs gave little relief

Procedure
- Consent signed; time-out performed
- Posterior approach, 22 g spinal needle, real-time ultrasound; image of needle tip in the joint archived
- Injected: triamcinolone 40 mg (Kenalog-40, 1 mL) + 0.5% ropivacaine 4 mL
- Pain 7/10 before, 2/10 after
- Complications: none; ice and rest advised
""",
        procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="right", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("ropivacaine", 20)],
        pain=(7, 2), need=("diagnosis",), dos="2026-01-20", codes=[line("20611", "RT"), line("J3301", units=4)],
        findings=[])

    add("fap-genb-01", "bulleted", """
Left genicular nerve blocks (diagnostic, before possible RF ablation)

Indication
- Primary osteoarthritis, left knee (M17.12)
- Five years of left knee pain; total knee replacement declined; limps after one block of walking

Procedure
- Consent obtained; time-out done
- Fluoroscopic guidance, AP and lateral views
- Superolateral, superomedial and inferomedial genicular nerves targeted with 22 g needles
- 0.5% bupivacaine, 2 mL at each nerve

Result
- Pain 2/10 at 20 minutes
- No complications
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                    intent="diagnostic")],
        drugs=[given("bupivacaine", 30)],
        pain=(None, 2), need=("diagnosis",), dos="2026-02-24", codes=[line("64454", "LT")],
        findings=["pre_procedure_pain_score"], comment="no pain score before the block")

    add("fap-stellate-01", "odd_spacing", """
LEFT   STELLATE   GANGLION   BLOCK
   ultrasound guided


Diagnosis :
      CRPS type I ,  left upper limb   (G90.512)

Indication :
      burning pain ,  swelling ,  sweating and colour change of the left hand  for  six months
      after a wrist fracture ;   desensitisation therapy and gabapentin  -  little effect


Pre   8/10
Consent   -   signed
Time-out   -   done


Probe at C6 ,  in-plane approach .   25 g needle tip  anterior to the longus colli ,  beneath the prevertebral fascia .
Still image of the needle position  recorded .
0.5% ropivacaine   6 mL   in divided doses ,   aspiration negative .

Left hand warmed by 2 C ;  left ptosis and miosis noted .
Post   4/10
Complications   -   none
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left", imaging="ultrasound")],
        drugs=[given("ropivacaine", 30)],
        pain=(8, 4), need=("diagnosis",), dos="2026-03-10", codes=[line("64510"), line("76942")], findings=[])

    add("fap-lsb-01", "boilerplate", """
PROCEDURE RECORD - REGIONAL ANESTHESIA AND PAIN
Compliance statement: this note is generated from the practice's certified electronic health record template.
Services are billed only when performed and documented by the rendering physician. The physician has reviewed
the allergy list, medication list and anticoagulation status. Procedure room equipment was checked per
protocol. Patient privacy was maintained throughout.

Procedure: right lumbar sympathetic block at the L2 level under fluoroscopy with contrast.
Diagnosis: Complex regional pain syndrome type I, right lower limb (G90.521).
Indication: cold, mottled, allodynic right foot for seven months after a crush injury; desensitization and
pregabalin have not controlled it.
Pain before: 8/10. Consent form signed. Time-out done.
Technique: prone; a 20 cm 22 g needle was advanced to the anterolateral margin of the right L2 vertebral body.
Omnipaque 300, 3 mL, spread along the anterior psoas fascia without vascular uptake. 0.25% bupivacaine 10 mL was
injected in increments. The right foot skin temperature rose from 29 to 33 C.
Pain after: 3/10.

Attestation: I, the attending physician, performed this procedure in its entirety. The information in this
record is accurate. Claims are subject to audit; records are retained per state requirements. Electronically
signed.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L2"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-04-14", complications=None,
        codes=[line("64520"), line("77002"), line("Q9967", units=3)],
        findings=["complications"], comment="the outcome says nothing about complications")

    add("fap-onb-01", "bulleted+truncated", """
Bilateral greater occipital nerve blocks

History
- Occipital neuralgia (M54.81), both sides, for 9 months
- Shooting pain from the base of the skull to the vertex; tender over both greater occipital nerves
- Pain 8/10 today

Procedure
- Consent reviewed and signed; time-out completed
- Landmark technique, no imaging; 25 g needle medial to each occipital artery
- Each side: 0.5% bupivacaine 1.5 mL + Kenalog 10 mg
- Both sides injected; pressure held

After
- Pain at ten minu
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 15), given("triamcinolone_acetonide", 20)],
        pain=(8, None), need=("diagnosis",), dos="2026-05-05", complications=None,
        codes=[line("64405", "50"), line("J3301", units=2)],
        findings=["complications", "post_procedure_pain_score"], comment="cut off before the outcome")

    add("fap-scs-01", "templated_title", """
Procedure: Percutaneous Spinal Cord Stimulator Trial, Two Leads
Diagnosis: Failed Back Surgery Syndrome (M96.1)
History: Low back and right leg pain for four years since an L4-S1 fusion
Conservative Care: Physical therapy, gabapentin, duloxetine and two epidurals - none gave lasting relief
Function: Walks less than ten minutes; sleeps in a recliner
Psychological Evaluation: Completed 05/2026; cleared for a trial, no contraindication
Pre-Procedure Pain: 8/10
Consent: Written, including the risk of lead migration and infection
Time-Out: Completed
Anesthesia: 1% lidocaine 12 mL at the entry sites; no sedation, so she could map paresthesias
Guidance: Fluoroscopy
Technique: Two 8-contact percutaneous leads entered at T12-L1 by loss of resistance and were steered to the
top of T8 (left of midline) and the middle of T8 (right of midline); paresthesia covered the back and both legs;
leads anchored to the skin and connected to the external generator
Post-Procedure Pain: 3/10
Complications: None
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 120)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-06-16", pos="22", codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fap-kypho-01", "templated_caps", """
PROCEDURE: L1 BALLOON KYPHOPLASTY, BILATERAL TRANSPEDICULAR
DIAGNOSIS: AGE-RELATED OSTEOPOROTIC COMPRESSION FRACTURE OF L1, INITIAL ENCOUNTER (M80.08XA)
INDICATION: Sudden mid-back pain for six weeks after lifting a laundry basket; bedbound most of the day.
A lumbar brace, calcitonin and oral analgesics over six weeks have not eased the pain.
IMAGING FINDINGS: MRI - STIR edema throughout the L1 body with 35% anterior height loss, no retropulsion.
PRE-PROCEDURE PAIN: 9/10
CONSENT: Signed. TIME-OUT: Performed.
SEDATION: Moderate sedation given by me with an independent RN observer: midazolam 2 mg and fentanyl 100 mcg
IV. Start 08:12, end 08:46 (34 minutes).
GUIDANCE: Biplane fluoroscopy.
TECHNIQUE: 1% lidocaine 10 mL to skin and periosteum. 11 g trocars through both L1 pedicles; balloons inflated
to restore height; 3 mL of PMMA cement placed on each side with no extravasation. AP and lateral images saved.
POST-PROCEDURE PAIN: 4/10
COMPLICATIONS: NONE
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("lidocaine", 100), given("midazolam", 2), given("fentanyl", 0.1)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-07-07", pos="22", codes=[line("22514"), line("99152"), line("99153")], findings=[])

    add("fap-pump-01", "dictated", """
Intrathecal pump refill and reprogramming.

The pump delivers intrathecal hydromorphone for chronic pain syndrome (G89.4) after three lumbar operations;
oral opioids gave intolerable sedation before it was implanted. She reports the pain creeping up in the
evenings. Consent was confirmed and a time-out was done. Our clinic RN interrogated the pump, withdrew the
residual 3.1 mL (as expected) and, under sterile technique with a 22-gauge non-coring needle, instilled 18 mL of
hydromorphone 8 mg/mL into the reservoir. The RN then reprogrammed the daily dose up by ten percent per my
order. No complications. Next refill in about ten weeks.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 144)],
        pain=(None, None), need=("diagnosis",), dos="2026-08-25", codes=[line("62369")], findings=[])
