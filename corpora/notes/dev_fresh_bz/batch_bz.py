"""Sealed batch `dev_fresh_bz`: diagnoses, code validity, repeats and session frequency (30 notes).

Every note was written for this batch (fictional; no names, record numbers or birth dates) and labelled by
hand from its own text, following `corpora/README.md` and the KB (`coding/kb/*.yaml`), before Painpoint ever
read it. `fbz-*` notes use the seven templated layouts of the generated corpus (capitalised headers, title-case
headers, dictated paragraph, bullets, inline fields, odd spacing, boilerplate attestation); `fbz-h-*` notes are
free dictation and shorthand. The difficulty sits in the diagnosis lines (codes in many formats, invalid or
non-billable codes, diagnoses that do not support the procedure), in the history of earlier procedures (repeat
with and without a documented response, diagnostic blocks and their relief) and in session counts against the
KB frequency limits, with two payer profiles where the KB says what differs.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: N803 - the kit's names
    _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


OTHER_NEED = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment")


def _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: N803
    # 1. Repeat TFESI, response 70% for four months (documented): clean. Numbered codes after a dash.
    add("fbz-tfesi-01", "caps_headers", """
PROCEDURE NOTE

PROCEDURE PERFORMED: LEFT L4-L5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION, FLUOROSCOPIC GUIDANCE
DATE OF SERVICE: 06/12/2025
SETTING: OFFICE PROCEDURE SUITE

DIAGNOSES:
1. M51.16 - Intervertebral disc disorders with radiculopathy, lumbar region
2. M54.16 - Radiculopathy, lumbar region

HISTORY:
63-year-old woman with left buttock pain radiating down the lateral thigh and shin into the top of the foot for
about nine months. This is a repeat injection. Her first left L4-L5/L5-S1 transforaminal injection on 01/28/2025
cut her leg pain by roughly 70%, and the improvement held for four months before the pain began creeping back in
late May; during that stretch she went from walking less than half a mile to two miles a day. Before that
injection she completed eight weeks of supervised physical therapy and a trial of meloxicam, neither of which
brought lasting relief, and she keeps up her home exercises. Standing longer than 15 minutes or walking more than
a block brings the leg pain on again. Oswestry Disability Index today 44%.

EXAMINATION: Straight-leg raise positive on the left at 40 degrees. Reduced pinprick over the dorsum of the left
foot. Left EHL 4+/5. Reflexes symmetric.

IMAGING: MRI LUMBAR SPINE 11/2024 - LEFT FORAMINAL DISC PROTRUSION AT L4-L5 NARROWING THE LEFT NEURAL FORAMEN, AND
A LEFT PARACENTRAL PROTRUSION AT L5-S1 CONTACTING THE DESCENDING LEFT S1 ROOT; CONCORDANT WITH HER SYMPTOMS.

PRE-PROCEDURE PAIN: 7/10 (NRS)

CONSENT: Risks (bleeding, infection, nerve injury, dural puncture headache, transient numbness, steroid side
effects), benefits and alternatives reviewed; questions answered; written consent signed.

TIME-OUT: Completed before the procedure - correct patient, left side, L4-L5 and L5-S1 levels, procedure and
allergies confirmed.

SEDATION: NONE.

TECHNIQUE:
Prone position; lumbar region prepped with chlorhexidine and draped in sterile fashion. At each of the two entry
sites the skin and subcutaneous tissue were anesthetized with 2 mL of 1% lidocaine (4 mL total). Under fluoroscopic
guidance a 22-gauge 5-inch spinal needle was advanced by an oblique subpedicular approach into the left L4-L5
foramen and a second needle into the left L5-S1 foramen. Omnipaque 240, 1.5 mL at each level, outlined the nerve
root sleeves with epidural spread and no vascular or intrathecal uptake under live fluoroscopy. At each level
0.5 mL of Kenalog-40 (20 mg) mixed with 1 mL of 0.25% bupivacaine was injected slowly. Needles flushed and removed.

IMAGES: AP AND LATERAL IMAGES OF THE FINAL NEEDLE POSITIONS AND CONTRAST PATTERN SAVED TO THE RECORD.

POST-PROCEDURE PAIN: 2/10

COMPLICATIONS: NONE. Vital signs stable. Walked to recovery without new weakness.

PLAN: Follow up in 4 weeks; continue the home exercise program.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 40), given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(7, 2), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT"), line("J3301", units=4)],
        findings=[], dos="2025-06-12", pos="11",
        comment="Repeat TFESI with a documented response (70% for four months, with a walking gain): no "
                "prior_procedure_response. Kenalog from an unstated container: no JZ/JW.")

    # 2. Repeat TFESI at the threshold exactly: 50% for three months = 90 days: clean.
    add("fbz-tfesi-02", "title_headers", """
Interventional Pain Procedure Note

Procedure: Repeat Right L4-L5 Transforaminal Epidural Steroid Injection
Date Of Service: 09/03/2025
Place: Ambulatory Surgery Center
Dx: Lumbar radiculopathy, right side (M54.16)

Indication: 71-year-old man with right anterior thigh and medial shin pain for roughly seven months, with numbness
along the medial shin. Exam shows a reduced right patellar reflex and a positive right femoral stretch test. MRI of
the lumbar spine (03/2025) shows a right foraminal disc extrusion at L4-L5 with severe foraminal narrowing
compressing the exiting right L4 nerve root, matching his symptoms. He did six weeks of physical therapy without
any change in the leg pain, and gabapentin made him dizzy, so it was stopped. He needs the handrail for every
stair and has given up golf; Oswestry score 38%.

Response To Prior Injection: The right L4-L5 transforaminal injection on 04/30/2025 gave him 50% relief of the leg
pain that lasted three months, until early August.

Pre-Procedure Pain Score: 6/10

Consent: The procedure, its risks and the alternatives were explained, and he signed the consent form.

Time-Out: Done in the room with the whole team; right side and L4-L5 level verified.

Sedation: None requested, none given.

Description: Prone. Sterile prep with chlorhexidine and drape. Skin over the right L4-L5 target infiltrated with
2 mL of 1% lidocaine. Using intermittent fluoroscopy a 22-gauge needle was guided into the right L4-L5 foramen in
the safe triangle. Omnipaque 300, 1 mL, showed flow along the L4 root and into the epidural space without vascular
filling. Injected 40 mg Kenalog (1 mL of 40 mg/mL) with 1 mL of 1% preservative-free lidocaine.

Images: Two views (AP and lateral) of the needle tip and contrast spread saved.

Post-Procedure Pain Score: 2/10

Complications: None.

Disposition: Home with his wife after 20 minutes of observation.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(6, 2), need=ESI_NEED,
        codes=[line("64483", "RT")],
        findings=[], dos="2025-09-03", pos="24",
        comment="Prior response exactly at both thresholds (50%, three months = 90 days): met, no finding.")

    # 3. Cervical ILESI, code written without its dot (M5412 = M54.12, valid); second ESI in 12 months with a
    #    documented response: clean.
    add("fbz-ilesi-01", "dictated", """
Cervical interlaminar epidural steroid injection, C6-C7, performed 11/18/2024 in the hospital outpatient procedure
area. The patient is a 58-year-old man with left-sided neck pain that shoots into the left shoulder blade, down the
back of the arm and into the thumb and index finger, present for eight months, with tingling in the same fingers.
On exam Spurling's maneuver reproduces the arm pain on the left, the left biceps reflex is diminished and wrist
extension is 4/5 on the left. MRI of the cervical spine from March shows disc-osteophyte complexes at C5-C6 and
C6-C7 with moderate left foraminal stenosis at both levels. He went through ten weeks of physical therapy with
cervical traction and took naproxen, and the arm pain did not budge. He can no longer work overhead as an
electrician and wakes several times a night; Neck Disability Index 42%. This is the second cervical epidural in
the last twelve months: the first, on 06/10/2024, gave him about 60% relief of the arm pain for roughly four
months. Assessment: cervical radiculopathy, M5412. Pain before the procedure was 6/10. Consent was obtained in
writing after we went over the risks, including dural puncture, nerve or spinal cord injury, infection and
bleeding. A time-out confirmed the patient, level and procedure. No sedation was used. With the patient prone, the
posterior neck was prepped and draped and the skin at C6-C7 was numbed with 3 mL of 1% lidocaine. Under
fluoroscopy a 20-gauge Tuohy needle was advanced through a left paramedian approach using loss of resistance to
saline, with contralateral oblique views to judge depth. Isovue-M 300, 1.5 mL, spread in the dorsal epidural space
from C5 to T1 without vascular uptake or intrathecal flow. We then gave 6 mg of betamethasone (Celestone Soluspan,
1 mL) diluted with 2 mL of preservative-free saline. AP and contralateral oblique images were stored. There were
no complications; afterwards his pain was 2/10 and his strength was unchanged.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30), given("iopamidol", 1.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(6, 2), need=ESI_NEED,
        codes=[line("62321")],
        findings=[], dos="2024-11-18", pos="22",
        comment="'M5412' is M54.12 written without its dot (valid, supports a cervical ESI). Two cervical sessions "
                "in 12 months; repeat with 60% for about four months: no finding.")

    # 4. Lumbar ILESI: fifth lumbar ESI in 12 months (frequency); response to the last one has no duration
    #    (prior_procedure_response). Single-dose vial with a discarded amount: J1010 + J1010-JW.
    add("fbz-ilesi-02", "bullets", """
LUMBAR EPIDURAL - PROCEDURE NOTE
• Date of service: 10/20/2025
• Procedure: interlaminar epidural steroid injection, L4-L5, fluoroscopic guidance
• Dx: lss w/ neurogenic claudication - m48.062
• History:
  – 76 y/o woman, bilateral buttock and posterior thigh pain spreading to both calves with walking, eased by
    sitting or leaning on a shopping cart, x 2 years
  – both feet go numb after ~5 min of standing
  – walking limited to about 100 yards; stopped volunteering at the library
  – PT 12 weeks plus a daily home program, acetaminophen and celecoxib: leg symptoms unchanged
  – MRI 2024: severe central canal stenosis at L4-L5 from facet and ligamentum flavum hypertrophy, moderate at L3-L4
• Lumbar ESIs in the past 12 months: 12/2024, 03/2025, 06/2025, 08/2025
• Response to the last ESI (08/2025): about 50% better standing and walking tolerance
• Pre-procedure pain: 8/10
• Consent: risks/benefits/alternatives discussed; form signed
• Time-out: done, L4-L5 confirmed
• Sedation: none
• Technique:
  – prone over a pillow; sterile prep and drape
  – skin wheal with 3 mL of 1% lidocaine
  – 18-gauge Tuohy needle to the L4-L5 interlaminar space, midline, under fluoroscopy; loss of resistance to saline
  – Omnipaque 180, 2 mL: epidural spread on AP and lateral views, no vascular runoff
  – methylprednisolone (Depo-Medrol 80 mg/mL, single-dose vial): 0.75 mL = 60 mg injected, the remaining
    0.25 mL (20 mg) discarded; diluted with 2 mL preservative-free saline
• Images: AP + lateral saved
• Post-procedure pain: 4/10
• Complications: none
• Plan: return in 4 weeks; spine surgery referral discussed
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 60)],
        pain=(8, 4), need=ESI_NEED,
        codes=[line("62323"), line("J1010", units=60), line("J1010", "JW", units=20)],
        findings=["frequency", "prior_procedure_response"], dos="2025-10-20", pos="11",
        comment="Four dated lumbar ESIs in the past 12 months plus today = 5 > 4 (esi.frequency). The last ESI's "
                "response (50%) has no duration, so the 3-month standard is not documented. Single-dose vial: "
                "60 mg given (J1010 x60) and 20 mg discarded (J1010-JW x20).")

    # 5. First diagnostic MBB, bilateral; diagnosis is radiculopathy (not on the closed facet list); no
    #    functional impairment written.
    add("fbz-mbb-01", "inline_fields", """
Procedure: bilateral lumbar medial branch blocks, diagnostic block #1   Date: 02/09/2026   Place: office
Levels: L4-L5 and L5-S1 facet joints (L3 and L4 medial branches and L5 dorsal rami, both sides)   Guidance: fluoroscopy   Intent: diagnostic
Dx: M54.16 Radiculopathy, lumbar region
HPI: Low back pain across the belt line, worse on both sides with extension and twisting, for 18 months; it does not travel below the buttocks. No leg numbness or weakness.
Treatment so far: PT 8 weeks and ibuprofen, no lasting improvement; chiropractic x 6 visits made it worse.
Exam: Paraspinal tenderness L4-S1 bilaterally; extension-rotation reproduces the pain on both sides; SLR negative bilaterally; strength and sensation intact.
Imaging: MRI 2025 - bilateral facet arthropathy at L4-L5 and L5-S1 with small effusions; no foraminal stenosis.
Pre-procedure pain: 6/10   Consent: written, risks reviewed   Time-out: yes, bilateral L4-5 and L5-S1 verified   Sedation: none (a block under sedation would not be diagnostic)
Technique: Prone; prep and drape. Skin: 1% lidocaine, 3 mL total. 22-gauge needles to the junction of the superior articular and transverse processes of L4 and L5 and to the sacral ala groove for the L5 dorsal rami, both sides, under fluoroscopy. Omnipaque 240, 0.3 mL per needle (1.8 mL total): no vascular spread. Injectate: 0.5% bupivacaine 0.5 mL at each of the six nerves (3 mL total).
Saved images: AP and oblique.
Post-procedure pain: 1/10 at 30 min (about 85% relief); pain diary given for the next 8 hours.
Complications: none.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                 sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 1.8, "ml"), given("bupivacaine", 15)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=["diagnosis", "functional_impairment"], dos="2026-02-09", pos="11",
        comment="The only diagnosis is a radiculopathy code (M54.16), which does not support facet procedures "
                "(facet.diagnosis_support). Pain worse with extension is a symptom, not a functional limitation: "
                "functional_impairment is left out on purpose.")

    # 6. Second (confirmatory) diagnostic MBB after 85% relief; non-billable category M47.81; complications left
    #    out. FCSO profile: two facet sessions in total, within its limit.
    add("fbz-mbb-02", "odd_spacing", """
PROCEDURE :   Left  L5-S1   medial branch block   ( second diagnostic / confirmatory block )
DOS :  03/02/2026        Setting :   ASC
Diagnosis :   Lumbar facet arthropathy      M47.81

History :   68 yo man ,  left-sided low back pain above the buttock ,  worse standing and rising from a chair ,
for  two  years .   Physical therapy  10 weeks  and  meloxicam  --  no  meaningful  change .   Cannot stand at his
workbench longer than 20 min ;   ODI  32 % .
MRI  2025 :   left L5-S1 facet hypertrophy with edema ,   discs unremarkable .
First diagnostic block   ( left L4 medial branch + L5 dorsal ramus ,  bupivacaine ,   02/11/2026 ) :    85 %  relief
lasting  about  5  hours .

Pre-procedure pain :    5/10
Consent  :   signed after discussion of risks
Time out  :    performed ,   LEFT  L5-S1  confirmed
Sedation :   none

Procedure :    prone ,   sterile prep .    Skin  1%  lidocaine  2 mL .    Under  fluoroscopy   22 g needles placed at the
left  S1  superior articular process / sacral ala junction   ( L5 dorsal ramus )   and at the left L5  SAP / transverse
process junction   ( L4 medial branch ) .    Omnipaque 240   0.3 mL  each  --  no  vascular  uptake .    2%  lidocaine
0.5 mL  at each target   ( 1 mL  total ) .
Images saved :    AP   and   oblique

Post-procedure pain :    0/10    at 20 minutes    ( 100 %  relief ) .    Diary  for  duration .
Discharged with his son ;   phone check in one week .
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 40), given("iohexol", 0.6, "ml")],
        pain=(5, 0), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64493", "KX", "LT")],
        findings=["code_validity", "complications"], dos="2026-03-02", pos="24", complications=None,
        payer="medicare_fcso",
        comment="M47.81 is the non-billable parent of M47.812-M47.817 (code_validity); the description supports "
                "the facet procedure, so no diagnosis finding. First block 85% >= 80: no diagnostic_block_relief. "
                "medicare_fcso: two facet sessions in 12 months in total. Complications left out on purpose.")

    # 7. Second diagnostic cervical MBB after only 60% relief from the first: diagnostic_block_relief.
    add("fbz-mbb-03", "attestation", """
PROCEDURE REPORT - HOSPITAL OUTPATIENT DEPARTMENT
Date of service: 05/14/2025
Procedure: Left cervical medial branch blocks, C4-C5 and C5-C6 facet joints (left C4, C5 and C6 medial branches),
second diagnostic block.
Diagnosis: Cervical spondylosis w/o myelopathy or radiculopathy [M47.812]

Indication: 61-year-old woman with left posterior neck pain spreading to the upper trapezius and the base of the
skull for 14 months, with no arm symptoms. Eight weeks of physical therapy, a cervical pillow and diclofenac gel
failed to relieve it. Limited rotation makes reversing the car unsafe, and she has stopped highway driving;
NDI 36%. CT of the cervical spine shows left C4-C5 and C5-C6 facet degeneration. First diagnostic block
(04/23/2025, same nerves, lidocaine): approximately 60% relief for about 3 hours. A second diagnostic block with
bupivacaine was chosen to clarify the pain generator.

Pre-procedure pain: 6/10 (NRS).
Informed consent: risks, benefits and alternatives discussed; written consent on the chart.
Universal protocol: time-out performed confirming identity, left side and levels.
Sedation: none.

Technique: Prone with the neck slightly flexed; posterior neck prepped and draped; skin infiltrated with 1.5 mL of
1% lidocaine. Under fluoroscopy in lateral and AP projections a 25-gauge needle was placed on the waist of the left
C4, C5 and C6 articular pillars. Omnipaque 240, 0.2 mL through each needle, showed no vascular uptake. 0.5% bupivacaine
0.4 mL per nerve (1.2 mL total).
Images: lateral and AP views saved.
Post-procedure pain: 2/10.
Complications: none.

ATTESTATION: I personally performed this procedure and was present for its entirety. The risks, benefits and
alternatives were reviewed with the patient beforehand and all questions were answered. This report was prepared
with voice recognition software; occasional transcription errors may remain despite review. Electronically
signed by the attending physician.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="left",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                 sedation="none")],
        drugs=[given("lidocaine", 15), given("iohexol", 0.6, "ml"), given("bupivacaine", 6)],
        pain=(6, 2), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")],
        findings=["diagnostic_block_relief"], dos="2025-05-14", pos="22",
        comment="Confirmatory diagnostic block after a first block of about 60% (< 80%): "
                "facet.diagnostic_block_relief_confirmatory.")

    # 8. First facet RFA after two blocks of 90% and 85%; code without its dot (M47816); 80 C exactly: clean.
    add("fbz-rfa-01", "caps_headers", """
PROCEDURE: RIGHT L3-L4 AND L4-L5 FACET RADIOFREQUENCY ABLATION (RIGHT L2, L3 AND L4 MEDIAL BRANCHES)
DATE OF SERVICE: 05/20/2026
FACILITY: AMBULATORY SURGERY CENTER
DIAGNOSIS: M47816 LUMBAR SPONDYLOSIS WITHOUT MYELOPATHY OR RADICULOPATHY

INDICATION: 66-YEAR-OLD MAN WITH RIGHT-SIDED AXIAL LOW BACK PAIN FOR THREE YEARS, WORSE WITH EXTENSION; NO
RADIATING LEG SYMPTOMS. TREATED WITH 12 WEEKS OF PHYSICAL THERAPY, NAPROXEN AND TIZANIDINE WITHOUT DURABLE
BENEFIT. HE HAS STOPPED WALKING HIS DOG AND CANNOT STAND AT THE GRILL LONGER THAN 10 MINUTES; ODI 36%.
MRI: RIGHT L3-L4 AND L4-L5 FACET ARTHROPATHY.

DIAGNOSTIC BLOCKS:
 - #1 01/14/2026, RIGHT L2, L3, L4 MEDIAL BRANCH BLOCKS WITH LIDOCAINE: 90% RELIEF FOR 2 HOURS
 - #2 02/04/2026, SAME NERVES WITH BUPIVACAINE: 85% RELIEF FOR 6 HOURS
THIS IS HIS FIRST RADIOFREQUENCY ABLATION.

PRE-PROCEDURE PAIN: 6/10
CONSENT: RISKS INCLUDING NEURITIS, INFECTION, BLEEDING AND NERVE INJURY DISCUSSED; WRITTEN CONSENT SIGNED.
TIME-OUT: PERFORMED; RIGHT SIDE AND LEVELS CONFIRMED.
SEDATION: NONE.

TECHNIQUE: PRONE; STERILE PREP AND DRAPE. SKIN ANESTHETIZED WITH 3 ML OF 1% LIDOCAINE. UNDER FLUOROSCOPY, 18-GAUGE
10-CM RF CANNULAS WITH 10-MM ACTIVE TIPS WERE PLACED PARALLEL TO THE RIGHT L2, L3 AND L4 MEDIAL BRANCHES ALONG THE
SUPERIOR ARTICULAR PROCESS - TRANSVERSE PROCESS JUNCTIONS OF L3, L4 AND L5. SENSORY STIMULATION AT 50 HZ REPRODUCED
CONCORDANT BACK PAIN BELOW 0.5 V; MOTOR STIMULATION AT 2 HZ UP TO 2 V PRODUCED MULTIFIDUS TWITCH WITHOUT ANY LOWER
EXTREMITY CONTRACTION. 1 ML OF 2% LIDOCAINE THROUGH EACH CANNULA BEFORE LESIONING. CONVENTIONAL THERMAL LESIONS AT
80 DEGREES C FOR 90 SECONDS AT EACH NERVE.

POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: NONE
""", procs=[proc("facet_rfa", region="lumbar", laterality="right", levels=["L3-L4", "L4-L5"],
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 90)],
        pain=(6, 3), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64635", "RT"), line("64636", "RT")],
        findings=[], dos="2026-05-20", pos="24",
        comment="Two diagnostic blocks of 90% and 85%: met. Thermal 80 C exactly is covered. 'M47816' = M47.816 "
                "without its dot.")

    # 9. Repeat cervical RFA: prior RFA gave 75% for 5 months (< 6 months): prior_procedure_response.
    add("fbz-rfa-02", "title_headers", """
Procedure: Repeat Left Cervical Radiofrequency Ablation, C5-C6 And C6-C7 Facet Joints
Date Of Service: 04/15/2026
Location: Office Procedure Room
Diagnosis: Cervical Facet Arthropathy - M47.812

History: 59-year-old woman with left-sided axial neck pain for four years, without arm pain. Physical therapy for
three months and NSAIDs did not help. She cannot turn her head to check her blind spot and has stopped driving at
night; NDI 40%. MRI (2024) shows left C5-C6 and C6-C7 facet arthropathy. Her original diagnostic medial branch
blocks in 2024 gave 90% and 80% relief.

Prior Ablation: Left C5-C6 and C6-C7 radiofrequency ablation on 09/10/2025 gave 75% relief for five months; the
pain has been back since mid-February. RFA sessions in the past 12 months: one (09/2025).

Pre-Procedure Pain: 7/10
Consent: Discussed risks including neuritis and numbness; signed.
Time-Out: Performed; left side, levels confirmed.
Sedation: None.

Technique: Prone with the neck flexed; prepped and draped. Skin infiltrated with 2 mL of 1% lidocaine. Under
fluoroscopy, RF cannulas were placed along the left C5, C6 and C7 medial branches at the articular pillars.
Sensory stimulation concordant below 0.5 V; no arm contraction at 2 Hz motor testing. 0.5 mL of 2% lidocaine at
each nerve, then thermal lesions at 85 degrees C for 90 seconds, two lesions per nerve.

Post-Procedure Pain: 3/10
Complications: None
""", procs=[proc("facet_rfa", region="cervical", laterality="left", levels=["C5-C6", "C6-C7"],
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 50)],
        pain=(7, 3), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64633", "LT"), line("64634", "LT")],
        findings=["prior_procedure_response"], dos="2026-04-15", pos="11",
        comment="Repeat RFA needs >= 50% for >= 6 months (180 days); five months (150 days) falls short. Two RFA "
                "sessions in 12 months: within the limit.")

    # 10. Therapeutic SI injection after an 80% diagnostic block; only one saved image: saved_images.
    add("fbz-si-01", "bullets", """
SACROILIAC JOINT INJECTION
- DOS: 12/04/2025 (office)
- Procedure: left sacroiliac joint injection, therapeutic, fluoroscopic guidance
- Dx: Sacroiliitis, left - M46.1
- Pain: left buttock / posterior pelvic pain below L5 for 8 months; no radiation past the knee
- Provocation tests: FABER, thigh thrust, compression and Gaenslen positive on the left (4 of 5)
- Failed care: 6 weeks of PT with core stabilization and an SI belt, no improvement; naproxen upset her stomach
- Function: can't sit through a church service or a car ride over 30 min; ODI 30%
- Diagnostic left SI block 10/16/2025 (lidocaine): 80% relief for 3 hours
- Pre-procedure pain: 6/10
- Consent signed; time-out done (left SI joint)
- Sedation: none
- Technique: prone, prep/drape, skin 2 mL of 1% lidocaine; 22-gauge spinal needle into the inferior left SI joint
  under fluoroscopy; Isovue-M 200 1 mL with intra-articular spread; injected Kenalog 40 mg (1 mL) + 0.2%
  ropivacaine 2 mL
- Imaging: spot image stored
- Post-procedure pain: 1/10, about 80% relief
- Complications: none
- Plan: follow up in 6 weeks
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="left", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40),
               given("ropivacaine", 4)],
        pain=(6, 1), need=OTHER_NEED,
        codes=[line("27096", "LT"), line("J3301", units=4)],
        findings=["saved_images"], dos="2025-12-04", pos="11",
        comment="Therapeutic SI injection after an 80% diagnostic block (>= 75): no diagnostic_block_relief. "
                "'Spot image stored' is one image, below the two views asked (saved_images).")

    # 11. Bilateral therapeutic SI: fifth therapeutic session in 12 months: frequency.
    add("fbz-si-02", "inline_fields", """
Procedure: bilateral sacroiliac joint injections; Intent: therapeutic; Guidance: fluoroscopy; Date: 08/11/2025; Setting: hospital outpatient
Dx: M53.3 (SI joint dysfunction)
Symptoms: bilateral low buttock pain below L5, worse sitting and rolling over in bed; Duration: 3 years; Radiation: none below the thigh
Prior care: two courses of PT (8 weeks each), SI belt, NSAIDs; pain persists despite all of them
Function: sitting tolerance 20 minutes; had to stop working as a cashier; ODI 40%
Diagnostic block: bilateral SI blocks 06/2024, 90% relief
Therapeutic SI sessions in the past 12 months: 09/2024, 11/2024, 02/2025, 05/2025
Response to the 05/2025 injection: 60% relief for three months
Pre pain: 7/10; Post pain: 2/10; Relief: 70%
Consent: written; Time-out: yes; Sedation: none
Technique: prone; skin 1% lidocaine 2 mL each side; 22-gauge needles into the inferior third of each SI joint; Omnipaque 240 1 mL each side, intra-articular pattern; each joint: Depo-Medrol 40 mg + 0.25% bupivacaine 2 mL
Images: AP and oblique views of both joints saved
Complications: none
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="bilateral", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80),
               given("bupivacaine", 10)],
        pain=(7, 2), need=OTHER_NEED,
        codes=[line("27096", "50")],
        findings=["frequency"], dos="2025-08-11", pos="22",
        comment="Four dated therapeutic SI sessions in the past 12 months plus today = 5 > 4 (si.frequency). The "
                "repeat's response (60% for three months) and the diagnostic block (90%) are documented.")

    # 12. TPI with an expired code (M79.1 ended 2021-09-30): code_validity; time-out left out.
    add("fbz-tpi-01", "dictated", """
Trigger point injections, right neck and upper back, office, 02/23/2026. This 47-year-old woman, who works at a
desk, has had an aching right neck and shoulder-blade pain for about a year, with headaches at the end of the
workday. A stretching program with physical therapy for six weeks and cyclobenzaprine at night did not settle it.
She cannot get through a full workday at the computer without stopping to lie down. On examination there are taut
bands with exquisitely tender trigger points in the right upper trapezius (two points), the right levator scapulae
and the right rhomboid major, each reproducing her referred pain with a local twitch response. Diagnosis: myalgia
M79.1. Pain before the injections was 7/10. We reviewed the risks, including pneumothorax, bleeding and infection,
and she gave verbal and written consent. No sedation. Each point was prepped with alcohol. Using a 25-gauge
1.5-inch needle, 1.5 mL of 1% lidocaine was injected at each of the four trigger points (6 mL total) after
negative aspiration, needling each band until the twitch faded. Afterwards her pain was 3/10, about 60% relief, and
neck rotation improved. Complications: none. She will continue home stretching and return in six weeks.
""", procs=[proc("trigger_point", sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=OTHER_NEED,
        codes=[line("20553")],
        findings=["code_validity", "diagnosis", "time_out"], dos="2026-02-23", pos="11",
        comment="M79.1 was a billable code only until 2021-09-30 (expanded to M79.10-M79.18): code_validity. "
                "The diagnosis 'myalgia' names no muscle site, and its code is not valid on the date of service: "
                "common.diagnosis_specificity (the icd10.yaml myofascial rule needs the site; the site in the title "
                "and exam does not make the diagnosis specific, as the knee side does not in fbz-knee-01; gold "
                "corrected after the first reading). "
                "Three muscles (trapezius, levator scapulae, rhomboid major; four points): 20553. Time-out left out.")

    # 13. Knee injection under ultrasound; diagnosis 'Osteoarthritis of knee' without side or code: diagnosis.
    add("fbz-knee-01", "odd_spacing", """
KNEE  INJECTION   --   office
Date of service :   05/06/2025
Procedure :    RIGHT knee intra-articular injection ,    ultrasound guided
Diagnosis :     Osteoarthritis of knee

HPI :   72 y/o man ,   right knee pain   x  3 years ,   worse on stairs .   He can no longer walk his dog around the
block .    X-ray :   medial joint-space narrowing ,   osteophytes .    Home exercise ,   acetaminophen ,   topical
diclofenac   --   not enough .    Last injection   01/2025   gave   ~70 %  relief   for  about  3  months .
Pre-procedure pain :    6/10
Consent :    verbal and written ,   risks reviewed .    Time-out   done ,    RIGHT knee .
Procedure :    supine ,   knee flexed 20 deg .    Sterile prep .    Linear transducer ,   suprapatellar recess
identified ;   small effusion .    22 g needle in-plane ,   lateral approach ,   into the recess .
Injected   Kenalog-40  1 mL   ( 40 mg )   +   1%  lidocaine  4 mL .    Permanent ultrasound image of the needle in
the joint saved to the chart .
Post-procedure pain :    2/10
Complications :    none    .
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(6, 2), need=(*OTHER_NEED, "imaging_findings"),
        codes=[line("20611", "RT"), line("J3301", units=4)],
        findings=["diagnosis"], dos="2025-05-06", pos="11",
        comment="'Osteoarthritis of knee' with no code and no side: common.diagnosis_specificity (the knee OA "
                "codes need the side). A repeat joint injection has no prior-response requirement.")

    # 14. Genicular RFA after an 80% diagnostic genicular block: clean.
    add("fbz-grfa-01", "attestation", """
PROCEDURE NOTE
Date of Service: 07/08/2026        Facility: ambulatory surgery center
Preoperative diagnosis: M17.12 — unilateral primary osteoarthritis, left knee
Procedure: Left genicular nerve radiofrequency ablation (superolateral, superomedial and inferomedial genicular
nerves) under fluoroscopic guidance

Indication: 78-year-old woman with left knee pain for six years who is not a candidate for knee replacement
because of her heart disease. Physical therapy, two steroid injections in the past and NSAIDs have not controlled
the pain; she walks less than a block and needs a cane at home. Diagnostic left genicular nerve block on
05/27/2026: 80% relief for 8 hours.

Pre-procedure pain score: 7/10
Consent: Risks, benefits and alternatives discussed; written consent signed.
Time-out: Performed; left knee confirmed.
Anesthesia: Local only; no sedation.

Description: Supine with a bolster under the knee; prepped and draped. Skin at three entry points infiltrated with
3 mL of 1% lidocaine in total. With AP and lateral fluoroscopy, 18-gauge RF cannulas were advanced to the junction
of the femoral shaft and the lateral and medial epicondyles and to the junction of the tibial shaft and medial
condyle. Sensory stimulation at 50 Hz was concordant below 0.6 V; 2 Hz motor testing gave no distal movement.
1 mL of 2% lidocaine was given at each site, then thermal lesions at 80 degrees C for 90 seconds, two per nerve.

Post-procedure pain score: 3/10
Complications: None.

I, the attending physician, was present for the entire procedure and personally performed all key portions.
The patient's questions were answered and she agrees with the plan. This note was generated with dictation
software and reviewed for accuracy.
""", procs=[proc("genicular_rfa", target="genicular", region="knee", laterality="left", imaging="fluoroscopy",
                 sedation="none")],
        drugs=[given("lidocaine", 90)],
        pain=(7, 3), need=OTHER_NEED,
        codes=[line("64624", "LT")],
        findings=[], dos="2026-07-08", pos="24",
        comment="Prior diagnostic genicular block documented (80%); M17.12 names the left knee, matching the side.")

    # 15. Bilateral GON block under ultrasound; the diagnosis line holds no diagnosis: diagnosis.
    add("fbz-onb-01", "inline_fields", """
Procedure: bilateral greater occipital nerve blocks; Guidance: ultrasound; Date: 02/14/2024; Site: clinic
Diagnosis: see referral letter.
Indication: sharp, shooting pain starting at the base of the skull on both sides and running over the back of the head toward the crown, daily for 8 months; tender over both greater occipital nerves with a positive Tinel sign on each side. Amitriptyline and 6 weeks of PT brought no change. Missing two workdays a week.
Pre-procedure pain: 7/10; Consent: obtained, written; Time-out: performed; Sedation: none
Technique: seated, neck flexed; chlorhexidine prep; linear probe; the greater occipital nerve identified on each side between the obliquus capitis inferior and semispinalis capitis at C2; 25-gauge needle in-plane; each side: 1.5 mL of 0.5% bupivacaine + 20 mg methylprednisolone (0.5 mL of 40 mg/mL). Ultrasound images showing the needle beside each nerve were saved.
Post-procedure pain: 1/10; numbness over the back of the scalp on both sides.
Complications: none.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="ultrasound", sedation="none")],
        drugs=[given("bupivacaine", 15), given("methylprednisolone_acetate", 40)],
        pain=(7, 1), need=("symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64405", "50"), line("76942"), line("J1030")],
        findings=["diagnosis"], dos="2024-02-14", pos="11",
        comment="'Diagnosis: see referral letter.' holds no diagnosis and the indication names symptoms only "
                "(common.diagnosis). Methylprednisolone 40 mg before 2024-04-01: J1030 x1.")


def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: N803
    # 16. Repeat bilateral TFESI; the earlier one 'helped some': prior_procedure_response. Dx code without dot.
    add("fbz-h-tfesi-01", "hand_prose", """
Bilateral L5-S1 transforaminal epidural steroid injection - 08/21/2024, office procedure suite.

She is 69 and comes back for another bilateral L5-S1 transforaminal injection. Her lumbosacral radiculopathy
(M5417) has given her burning pain down the back of both legs into the soles and little toes for about fourteen
months, worse on the right; both ankle jerks are absent and straight-leg raising reproduces the leg pain on each
side at 50 degrees. MRI from last winter shows a broad L5-S1 disc protrusion with bilateral subarticular and
foraminal narrowing contacting both S1 roots. She did physical therapy twice a week for two months and has taken
duloxetine for a year; neither made the leg pain tolerable. She quit her water aerobics class and can only stand
long enough to cook a simple meal; Oswestry 46%. She had the same injection in the spring and felt it helped some.

Pain today was 8/10 before we started. Consent form signed after we talked through the risks and what to expect.
Time-out done, both sides and L5-S1 confirmed. No sedation.

Prone, prepped and draped. The skin on each side was numbed with 2 mL of 1% lidocaine. Under fluoroscopy, 22-gauge
needles went to the right and left L5-S1 foramina by a subpedicular approach. Omnipaque 240, 1 mL each side, gave
good perineural and epidural flow with nothing vascular. Each side received dexamethasone 4 mg (one 1 mL
single-dose vial of 4 mg/mL, fully used, none wasted) with 1 mL of 1% lidocaine. AP and lateral images saved.

Afterwards her pain was 3/10. No complications. She will follow up in a month; we talked about a surgical opinion
if this one again only helps a little.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 60), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 8)],
        pain=(8, 3), need=ESI_NEED,
        codes=[line("64483", "50"), line("J1100", "JZ", units=8)],
        findings=["prior_procedure_response"], dos="2024-08-21", pos="11",
        comment="'Another' / 'the same injection in the spring' make it a repeat; 'helped some' is no documented "
                "response. Two single-dose dexamethasone vials fully used: J1100-JZ x8.")

    # 17. Cervical TFESI whose diagnosis names the lumbosacral region (template carry-over): diagnosis;
    #     conservative care only listed: conservative_care. A planned repeat makes no repeat.
    add("fbz-h-tfesi-02", "hand_shorthand", """
Pain clinic - HOPD - 02/11/2025
Proc: R C6-7 TFESI (C7 root), fluoro
Dx: Lumbosacral radiculopathy (M54.17)
S: 54M, R arm pain from the neck through the triceps into the middle finger x 5 mo, numb middle finger. Did PT and
tried gabapentin. Can't lift his grandson or sleep on the R side; NDI 38%.
O: Spurling + on R, R triceps reflex diminished, triceps 4/5 R.
MRI C-spine 12/2024: R foraminal disc-osteophyte at C6-7, severe R foraminal stenosis compressing the exiting R C7 root.
Pre pain 7/10.
Consent signed after risks reviewed (incl. stroke / spinal cord injury with cervical TF). Time-out: R C6-7 confirmed.
No sedation.
Procedure: supine, head turned to the L; prepped. 1 mL 1% lidocaine to skin. Under fluoro, 25 g needle to the
posterior aspect of the R C6-7 foramen on the oblique view, depth checked on AP. Isovue-M 300 0.8 mL under live
fluoro with DSA: no vascular uptake, flow along the C7 root. Dexamethasone 10 mg (1 mL of 10 mg/mL) injected slowly.
AP and oblique images saved.
Post pain 3/10. No cx.
Plan: will consider repeat in 3 mo if needed.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 10), given("iopamidol", 0.8, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"),
        codes=[line("64479", "RT")],
        findings=["conservative_care", "diagnosis"], dos="2025-02-11", pos="22",
        comment="Diagnosis names the lumbosacral region (M54.17) for a cervical procedure: region mismatch "
                "(esi.diagnosis_support). 'Did PT and tried gabapentin' states no outcome or length. 'Will "
                "consider repeat' plans one and makes no repeat.")

    # 18. Caudal ESI: fourth lumbar/sacral ESI in 12 months (within), repeat with a documented response;
    #     before 2024-04-01: J1040.
    add("fbz-h-caudal-01", "hand_prose", """
Caudal epidural steroid injection, 11/07/2023, office.

Diagnosis: post-laminectomy syndrome — M96.1, with bilateral leg pain.

She is 74, four years out from an L4-S1 decompression and fusion, with aching and burning in both legs, left more
than right, down to the calves for the past 10 months, and numbness over the left calf; straight-leg raise is
positive on the left at 45 degrees. CT myelogram in June showed scarring around both L5 roots and moderate stenosis
at L3-L4 above the fusion. She completed 8 weeks of aquatic therapy and takes pregabalin, and the leg pain has not
eased. She can shop for only 10 minutes and has stopped gardening; ODI 52%.

Injections this year: caudal epidurals in March and July and a left L4-L5 transforaminal injection in May, so
today's caudal is her fourth lumbar-region epidural in the past 12 months. The July caudal gave 60% relief of the
leg pain lasting about three and a half months.

Pre-procedure pain 7/10. Consent signed. Time-out done. No sedation.

Technique: prone with a pillow under the pelvis. The sacral hiatus was palpated and confirmed on lateral
fluoroscopy, the skin was numbed with 3 mL of 1% lidocaine, and a 20-gauge Tuohy needle was passed through the
sacrococcygeal ligament into the caudal canal. Omnipaque 240, 3 mL, spread cephalad in the epidural space to L5
with no vascular or intrathecal pattern. Injected Depo-Medrol 80 mg (2 mL of 40 mg/mL) with 2 mL of 1% lidocaine
and 6 mL of preservative-free saline. AP and lateral images saved.

After the injection her pain was 3/10. No complications. Walked out without difficulty.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=True, sedation="none")],
        drugs=[given("lidocaine", 50), given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 3), need=ESI_NEED,
        codes=[line("62323"), line("J1040")],
        findings=[], dos="2023-11-07", pos="11",
        comment="Caudal and transforaminal lumbar sessions count together (lumbar/sacral): 4 in 12 months with "
                "today, at the limit, no finding. Repeat with 60% for about 3.5 months (> 90 days). 80 mg before "
                "2024-04-01: J1040 x1.")

    # 19. Lumbar ILESI with M54.5 (ended 2021-09-30; low back pain does not support an ESI): code_validity and
    #     diagnosis. A prior RFA response does not make the ESI a repeat.
    add("fbz-h-ilesi-01", "hand_dictation", """
Date of service 01/26/2026, surgery center. Lumbar interlaminar epidural steroid injection at L5-S1.

Diagnosis: M54.5 - low back pain.

History: 57-year-old man with low back pain for years who since September has had pain shooting from the right
buttock down the back of the thigh and calf to the outer foot, with tingling in the little toe. Straight-leg raise
is positive on the right at 35 degrees and the right ankle reflex is absent. MRI of the lumbar spine from November
shows a right paracentral L5-S1 disc extrusion displacing the right S1 root. Six weeks of physical therapy and an
oral steroid taper did not help the leg. He cannot sit through a full shift as a truck dispatcher; ODI 40%. In
2024 he had a right L4-L5 and L5-S1 facet radiofrequency ablation that gave 70% relief of his back pain for nine
months. This is his first epidural.

Pre-procedure pain 8/10. Written consent after discussing the risks. Time-out confirmed L5-S1. No sedation.

Technique: Prone. Sterile prep. 3 mL of 1% lidocaine to the skin. Under fluoroscopy a 20-gauge Tuohy needle was
walked to the L5-S1 interlaminar space by a right paramedian approach, with loss of resistance to saline at 6 cm.
Omnipaque 240, 2 mL, gave epidural spread on AP and lateral views, more on the right, without a vascular pattern.
Kenalog 80 mg (2 mL of 40 mg/mL) with 2 mL of preservative-free normal saline. AP and lateral images saved.

Post-procedure pain 4/10. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 4), need=ESI_NEED,
        codes=[line("62323")],
        findings=["code_validity", "diagnosis"], dos="2026-01-26", pos="24",
        comment="M54.5 ended 2021-09-30 (code_validity) and low back pain does not support an ESI "
                "(esi.diagnosis_support), although the history describes S1 radicular pain. The prior facet RFA "
                "response names another procedure: this first ESI is no repeat.")

    # 20. Thoracic ILESI, 'fifth epidural' without a window (a repeat, no count); response 60% for 'three to
    #     four months' (lower bound 3 months: met); imaging findings left out.
    add("fbz-h-ilesi-02", "hand_prose", """
Thoracic epidural steroid injection, interlaminar, T10-T11 - hospital outpatient, 03/19/2025.

ICD-10: M54.14 thoracic radiculopathy.

64-year-old woman with band-like burning pain wrapping from the right mid-back around the right lower ribs to the
upper abdomen along the T10 dermatome for 9 months, with skin sensitivity in the same band. Cardiac and
gastrointestinal workups were negative. She tried 8 weeks of PT and gabapentin: gabapentin made her too sleepy and
PT did not change the pain. She can't wear a bra or sleep on her right side and has cut her work hours in half;
baseline NRS 7.

This is her fifth epidural injection. The first three were lumbar injections years ago; the fourth was a T10-T11
interlaminar injection on 10/02/2024, which gave her about 60% relief lasting three to four months, and she slept
through the night again.

Pre-procedure pain 7/10. Risks reviewed; consent signed. Time-out performed. No sedation.

Prone, prepped and draped. 2 mL of 1% lidocaine to the skin. Under fluoroscopy a 20-gauge Tuohy needle was placed
at T10-T11 by a right paramedian approach with loss of resistance to saline. Omnipaque 240, 1.5 mL: epidural
spread T9 to T12, no vascular uptake. Injected Celestone Soluspan 12 mg (2 mL of 6 mg/mL) with 1 mL of
preservative-free saline. AP and lateral views saved.

Post-procedure pain 2/10. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 2), need=minus(ESI_NEED, "imaging_findings"),
        codes=[line("62321")],
        findings=["imaging_findings"], dos="2025-03-19", pos="22",
        comment="'Fifth epidural injection' has no 12-month window: a repeat, not a session count (two "
                "cervical/thoracic sessions in 12 months). 'Three to four months' counts its lower bound, 90 days: "
                "met. No MRI/CT finding is written (imaging_findings left out on purpose). Betamethasone 12 mg is "
                "at, not over, its ceiling.")

    # 21. Therapeutic facet IA under the FCSO profile: 5 facet sessions in 12 months in total (4 allowed in
    #     total by FCSO; only 3 therapeutic): frequency. Single-dose Kenalog, none discarded: JZ.
    add("fbz-h-facet-01", "hand_prose", """
Bilateral L4-L5 and L5-S1 intra-articular facet joint injections, therapeutic - office, 10/28/2026.

71-year-old woman with axial low back pain across both sides of the lumbosacral junction for six years, worse with
standing and extension, with no leg symptoms. Twelve weeks of physical therapy, NSAIDs and a TENS unit were tried
and the pain persisted. She can stand only 15 minutes at a time and has given up gardening; ODI 36%. MRI (2025)
shows bilateral L4-L5 and L5-S1 facet arthropathy with joint effusions.

Facet procedures over the past year: diagnostic medial branch blocks on 11/12/2025 (92% relief for 7 hours) and
12/03/2025 (88% for 5 hours); therapeutic intra-articular injections on 03/11/2026 and 07/01/2026. The July
injection gave about 70% relief lasting three months, and the pain has been back since early October. She declined
radiofrequency ablation after we discussed it.

Pre-procedure pain 7/10. Consent signed. Time-out done. No sedation.

Prone; prepped. 1 mL of 1% lidocaine at each of four skin sites (4 mL). Under fluoroscopy 22-gauge needles were
placed into the inferior recesses of the right and left L4-L5 and L5-S1 facet joints. Omnipaque 240, 0.2 mL per
joint, gave arthrograms with no vascular uptake. Each joint received 10 mg of triamcinolone (0.25 mL of Kenalog-40)
with 0.5 mL of 0.25% bupivacaine. The Kenalog came from a single-dose 1 mL vial; all 40 mg were used, none
discarded.

Post-procedure pain 2/10. No complications.

Assessment: Lumbar facet arthropathy (M47.816).
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                 sedation="none")],
        drugs=[given("lidocaine", 40), given("iohexol", 0.8, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(7, 2), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64493", "50"), line("64494", "50"), line("J3301", "JZ", units=4)],
        findings=["frequency"], dos="2026-10-28", pos="11", payer="medicare_fcso",
        comment="medicare_fcso counts facet injection sessions in total (payers.yaml facet_frequency_total): two "
                "diagnostic + two therapeutic in the past 12 months + today = 5 > 4. Under the default Noridian "
                "rule it would be 3 therapeutic (no finding). Two blocks of 92%/88% and a 70% / three-month "
                "response are documented. Diagnosis in the assessment only.")

    # 22. Therapeutic MBB under the default profile: 2 diagnostic + 3 therapeutic sessions in 12 months (per
    #     intent within Noridian's 4): clean.
    add("fbz-h-mbb-01", "hand_prose", """
Right L3-L4 and L4-L5 therapeutic medial branch blocks (right L2, L3 and L4 medial branches) - surgery center,
08/05/2026.

Diagnosis: lumbar spondylosis without radiculopathy, M47.816.

62-year-old man with right-sided axial low back pain for five years, no leg radiation, worse standing and leaning
back. Ten weeks of physical therapy, NSAIDs and chiropractic care gave no lasting relief. He cannot stand at his
workbench longer than 20 minutes; ODI 34%. MRI shows right L3-L4 and L4-L5 facet hypertrophy.

Diagnostic blocks of the same nerves: 09/17/2025 with lidocaine, 100% relief for 2 hours; 10/08/2025 with
bupivacaine, 80% relief for 6 hours. Radiofrequency ablation was not pursued because his cardiologist advised
against it with his implanted defibrillator. Therapeutic medial branch blocks on 12/10/2025 and 04/01/2026; after
the April session he had 65-70% relief for three to four months. Today is his third therapeutic session in 12
months.

Pre-procedure pain 6/10. Consent signed. Time-out done. No sedation.

Prone; prepped. 3 mL of 1% lidocaine to the skin. Under fluoroscopy 22-gauge needles were placed at the junctions
of the superior articular and transverse processes of right L3, L4 and L5. Omnipaque 240, 0.3 mL at each, with no
vascular filling. Each nerve received 0.5 mL of 0.5% bupivacaine with 2 mg of dexamethasone.

Post-procedure pain 2/10. No complications.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                 sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 0.9, "ml"), given("bupivacaine", 7.5),
               given("dexamethasone_sodium_phosphate", 6)],
        pain=(6, 2), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64493", "RT"), line("64494", "RT")],
        findings=[], dos="2026-08-05", pos="24",
        comment="Default medicare (Noridian) counts facet sessions per intent: 3 therapeutic and 2 diagnostic in "
                "12 months, both within 4 (the FCSO total of 5 would not be). Ranges count their lower bound: "
                "65% for three months meets 50% / 90 days. 'Without radiculopathy' is the facet code's title.")

    # 23. Bilateral RFA after blocks of 80% and 70%: diagnostic_block_relief; consent left out.
    add("fbz-h-rfa-01", "hand_prose", """
Bilateral L4-L5 and L5-S1 radiofrequency neurotomy - hospital outpatient, 10/01/2025.

Dx M47.817 (lumbosacral spondylosis).

66-year-old man with low back pain across both sides of the lumbosacral junction for more than three years, no leg
pain. Twelve weeks of PT, NSAIDs and a weight-loss program have not helped. He can no longer walk 18 holes and
stops yard work after 10 minutes; ODI 34%. MRI shows bilateral L4-L5 and L5-S1 facet arthropathy.

Diagnostic medial branch blocks of the same nerves: the first on 07/30/2025 with lidocaine, 80% relief for 2 hours;
the second on 08/20/2025 with bupivacaine, 70% relief for 4 hours.

Pre-procedure pain 6/10. Time-out done. No sedation.

Prone; prepped and draped. 1 mL of 1% lidocaine at each of the six entry points (6 mL). Under fluoroscopy 18-gauge
RF cannulas with 10 mm active tips were laid parallel to the bilateral L3 and L4 medial branches and L5 dorsal rami.
Sensory testing at 50 Hz was concordant below 0.5 V; motor testing at 2 Hz to 2.0 V gave no radicular response.
0.5 mL of 2% lidocaine through each cannula, then lesions at 85 degrees C for 90 seconds each.

Post-procedure pain 3/10. No complications.
""", procs=[proc("facet_rfa", region="lumbar", laterality="bilateral", levels=["L4-L5", "L5-S1"],
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 120)],
        pain=(6, 3), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64635", "50"), line("64636", "50")],
        findings=["consent", "diagnostic_block_relief"], dos="2025-10-01", pos="22", consent=False,
        comment="RFA needs two diagnostic blocks each >= 80%: the second gave 70%. Consent left out on purpose.")

    # 24. Repeat RFA (response 70% for 8 months: met) but the third lumbar RFA session in 12 months:
    #     frequency; post-procedure score left out. CGS profile (no junction levels, so nothing differs).
    add("fbz-h-rfa-02", "hand_prose", """
Repeat right L4-L5 and L5-S1 radiofrequency ablation - office procedure suite, 09/15/2026.

Dx: M47.816 lumbar spondylosis.

He is 70, with right-more-than-left axial lumbosacral pain for seven years. Physical therapy for 12 weeks and
NSAIDs failed before his first ablation. He originally had two diagnostic medial branch blocks in 2025 (95% and
90% relief). Lumbar ablations in the last year: right L4-L5 and L5-S1 on 11/10/2025 and left L4-L5 and L5-S1 on
12/08/2025. The right-sided ablation gave about 70% relief for 8 months and let him walk his two miles a day again;
the right side has hurt again since July, and the left is still doing well. He now cannot stand longer than
15 minutes; ODI 30% (48% before the first ablation). MRI: facet arthropathy from L4 to S1.

Pre-procedure pain 6/10. Consent signed. Time-out done. No sedation.

Prone; prepped. 1 mL of 1% lidocaine at each of three entry sites. Under fluoroscopy, 18-gauge RF cannulas were
placed along the right L3 and L4 medial branches and the right L5 dorsal ramus; stimulation was concordant with no
leg contraction. 1 mL of 2% lidocaine at each, then thermal lesions at 85 degrees C for 90 seconds.

No complications. Discharged walking.
""", procs=[proc("facet_rfa", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 90)],
        pain=(6, None), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64635", "RT"), line("64636", "RT")],
        findings=["frequency", "post_procedure_pain_score"], dos="2026-09-15", pos="11", payer="medicare_cgs",
        comment="Right and left ablations on separate days are separate lumbar RFA sessions: 2 + today = 3 > 2 "
                "(rfa.frequency). The repeat's response (70% for 8 months) meets 50% / 6 months. Post-procedure "
                "score left out on purpose. medicare_cgs changes only T12-L1/L1-L2 work, absent here.")

    # 25. Diagnostic SI block with 50% relief (< 75%): percent_relief.
    add("fbz-h-si-01", "hand_prose", """
Left sacroiliac joint injection, diagnostic - office, 07/22/2025.

Working diagnosis: left SI joint pain (M53.3).

54-year-old woman with left buttock pain below the belt line for 7 months, worse climbing stairs and getting up
from a chair, not spreading beyond the back of the thigh. Thigh thrust, distraction, compression and FABER are
positive on the left. Eight weeks of PT and an SI belt brought no improvement, and NSAIDs gave her gastritis. She
cannot sit more than 20 minutes at her desk; ODI 28%.

Pre-procedure pain 8/10. Consent signed. Time-out done. No sedation.

Prone; prepped. 2 mL of 1% lidocaine to the skin. Under fluoroscopy a 22-gauge needle entered the inferior left SI
joint; Omnipaque 240, 0.5 mL, outlined the joint without vascular flow. Injected 1.5 mL of 2% lidocaine. AP and
oblique images saved.

After 30 minutes, while climbing the clinic stairs, her pain was 4/10: 50% relief. This is not a positive
diagnostic block, so we will not move on to therapeutic SI injections and will look for another pain generator.

No complications.
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="left", imaging="fluoroscopy",
                 contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 50), given("iohexol", 0.5, "ml")],
        pain=(8, 4), need=OTHER_NEED,
        codes=[line("27096", "LT")],
        findings=["percent_relief"], dos="2025-07-22", pos="11",
        comment="A diagnostic SI block is positive at >= 75% relief; 50% is below it (si.diagnostic_positive, "
                "element percent_relief).")

    # 26. TPI, two muscles, third session in 12 months (at the limit), percent relief stated: clean.
    add("fbz-h-tpi-01", "hand_prose", """
Trigger point injections, left gluteus medius and piriformis - office, 09/30/2026.

M79.18 - myofascial pain, left gluteal region.

58-year-old man with a deep left buttock ache for 10 months, worse sitting and driving; no numbness or leg
weakness and a negative straight-leg raise. There are taut, tender bands in the left gluteus medius and piriformis
that refer pain into the back of the thigh, with a twitch response on snapping palpation. Home stretching, PT for
6 weeks and diclofenac have not eased the ache. Sitting is limited to 30 minutes and he has had to give up long
drives.

This is his third trigger point session in the past 12 months (the others in 02/2026 and 06/2026), each giving
several weeks of benefit.

Pre-injection pain 6/10. Consent signed. Time-out confirmed the left side. No sedation; landmark technique without
imaging.

Each muscle received 3 mL of 1% lidocaine through a 22-gauge 3.5-inch needle after negative aspiration, fanning
through the band.

Afterwards his pain was 2/10, about 65% relief. No complications.
""", procs=[proc("trigger_point", imaging="none", sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=OTHER_NEED,
        codes=[line("20552")],
        findings=[], dos="2026-09-30", pos="11",
        comment="Three TPI sessions in 12 months with today: at the limit of 3, no finding. Two muscles: 20552.")

    # 27. Lumbar sympathetic block; CRPS code G90.52 is a non-billable category (needs the sixth character):
    #     code_validity. Office: 64520 + 77002 + contrast Q9967.
    add("fbz-h-lsb-01", "hand_prose", """
Left lumbar sympathetic block at L3 - office, 03/25/2026.

Dx: CRPS type 1 of the left lower extremity, G90.52.

41-year-old woman with burning pain, color change, swelling and allodynia of the left foot and ankle since an ankle
fracture 11 months ago; the left foot runs about 2 degrees colder than the right. She meets the Budapest criteria.
Ten weeks of desensitization therapy with PT, gabapentin and an oral steroid taper have failed. She cannot wear a
shoe or bear weight for more than a few steps and uses crutches.

Pre-procedure pain 7/10. Consent signed. Time-out done. No sedation.

Prone. Skin numbed with 2 mL of 1% lidocaine. Under fluoroscopy a 22-gauge 5-inch needle was advanced to the
anterolateral margin of the L3 vertebral body on the left. Omnipaque 300, 3 mL, spread along the anterolateral
vertebral bodies from L2 to L4 with no psoas or vascular uptake. 10 mL of 0.25% bupivacaine given in increments.

Left foot skin temperature rose from 28.1 to 32.4 degrees C within 15 minutes. Post-procedure pain 3/10. No
complications.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                 levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(7, 3), need=OTHER_NEED,
        codes=[line("64520"), line("77002"), line("Q9967", units=3)],
        findings=["code_validity"], dos="2026-03-25", pos="11",
        comment="G90.52 is the non-billable CRPS-I lower-limb category (G90.521/.522/.523/.529 are the codes): "
                "code_validity; the words give limb and side, so no specificity finding. Contrast billed in the "
                "office with a code that does not include imaging: Omnipaque 300 = Q9967 x3.")

    # 28. L1 kyphoplasty: clean.
    add("fbz-h-kypho-01", "hand_prose", """
L1 balloon kyphoplasty - hospital outpatient, 04/09/2025.

Diagnosis: age-related osteoporotic compression fracture of L1 (M80.08XA).

81-year-old woman with sudden low back pain after lifting a laundry basket 7 weeks ago. MRI in March: acute L1
compression fracture with marrow edema on STIR and 30% anterior height loss, no retropulsion. Six weeks of a TLSO
brace, calcitonin nasal spray and scheduled acetaminophen with tramadol have not helped: pain is still 9/10 on
standing and she cannot walk to the bathroom without help. DEXA T-score -3.1.

Pre-procedure pain 9/10. Consent signed (risks including cement leakage, new fracture and infection). Time-out
done. Local anesthesia only; she declined sedation.

Prone on bolsters with biplanar fluoroscopy. 15 mL of 1% lidocaine to the skin and down to the periosteum of both
L1 pedicles. Bilateral transpedicular access with 11-gauge cannulas; balloon tamps inflated to create cavities with
partial height restoration. 2.5 mL of PMMA cement each side (5 mL total) under live lateral fluoroscopy, with no
extravasation.

Post-procedure pain 4/10 lying and sitting. No complications.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 150)],
        pain=(9, 4), need=(*OTHER_NEED, "imaging_findings"),
        codes=[line("22514")],
        findings=[], dos="2025-04-09", pos="22",
        comment="Fracture on MRI at the treated level, failed bracing and analgesics, kyphoplasty stated: clean.")

    # 29. SCS trial, two percutaneous leads, psychological clearance: clean.
    add("fbz-h-scs-01", "hand_prose", """
Spinal cord stimulator trial, percutaneous, two leads - surgery center, 06/03/2026.

Diagnoses: failed back surgery syndrome (M96.1); chronic pain syndrome (G89.4).

60-year-old man with constant low back pain and pain radiating down both legs to the feet, left worse, for four
years since an L4-S1 fusion. Two epidurals (2024 and 2025) gave only brief relief; 12 weeks of PT, duloxetine and
pregabalin failed, and pregabalin was stopped for leg swelling. He walks less than a block and no longer drives.
Psychological evaluation in 05/2026 by the pain psychologist found no contraindication and cleared him for the
trial.

Pre-procedure pain 8/10. Consent signed. Time-out done. No sedation (awake for mapping).

Prone. 10 mL of 1% lidocaine to the skin and deeper tissue. Under fluoroscopy two Tuohy needles entered the
epidural space at T12-L1 and L1-L2 by a left paramedian approach, and two 8-contact percutaneous leads were steered
up to the top and the middle of T8, either side of midline. Intraoperative testing gave paresthesia over the low
back and both legs. Leads anchored to the skin and connected to the external generator.

Post-procedure pain 5/10 with stimulation on. No complications. Seven-day trial.
""", procs=[proc("scs_trial", approach="percutaneous", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 5), need=(*OTHER_NEED, "radicular_findings"),
        codes=[line("63650", units=2), line("77003", "26")],
        findings=[], dos="2026-06-03", pos="24",
        comment="Two percutaneous leads: 63650 x2 with 77003-26 in the ASC. Psychological clearance, failed care "
                "and four years of pain documented.")

    # 30. Repeat lumbar TFESI (L5-S1 and S1 foramina); three cervical ESIs in the year do not count toward the
    #     lumbar limit; uncoded assessment at the end: clean.
    add("fbz-h-tfesi-03", "hand_prose", """
Right L5-S1 and S1 transforaminal epidural steroid injections - office, 10/14/2026.

63-year-old woman with right buttock and calf pain running into the outer foot, with numbness of the little toe,
for 9 months. The right ankle reflex is absent and straight-leg raise is positive on the right at 40 degrees. MRI
of the lumbar spine (02/2026) shows a right paracentral L5-S1 disc herniation compressing the right S1 root.
Eight weeks of PT and meloxicam did not stop the leg pain. She cannot sit longer than 20 minutes and had to stop
working full days; ODI 42%.

Injections over the past year: three cervical epidurals for her separate neck and arm problem (11/2025, 02/2026
and 06/2026), and one right L5-S1 and S1 transforaminal injection on 05/13/2026, which relieved about 80% of her
leg pain for four months and got her back to full days at work.

Pre-procedure pain 7/10. Consent signed. Time-out done. No sedation.

Prone; prepped. 2 mL of 1% lidocaine at each of the two skin sites. Under fluoroscopy a 22-gauge needle was placed
in the right L5-S1 foramen (subpedicular) and a second through the right S1 posterior sacral foramen. Omnipaque
240, 1 mL at each, flowed along the L5 and S1 roots into the epidural space with no vascular uptake. At each level
20 mg of triamcinolone (0.5 mL of Kenalog-40) with 1 mL of 0.25% bupivacaine. AP and lateral images saved.

Post-procedure pain 2/10. No complications.

Assessment:
1. Right S1 radiculopathy
2. L5-S1 disc herniation, right paracentral
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(7, 2), need=ESI_NEED,
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=4)],
        findings=[], dos="2026-10-14", pos="11",
        comment="ESI limits count per region group: cervical (3) and lumbar (2 with today) apart, both within 4. "
                "Repeat with 80% for four months. S1 foramen is level 'S1'. Uncoded assessment 'Right S1 "
                "radiculopathy' supports the ESI (lumbosacral).")
