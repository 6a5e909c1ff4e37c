"""Notes of the sealed final-check batch dz: 30 hand-written notes in the registers a practice writes or receives
(practice EMR template with boilerplate, dictated prose, interventional-radiology report, British operation note,
published transcription sample or case-report paragraph, note with a correcting addendum). Gold was labelled by
hand from the text before any Painpoint run; each note's `findings` are its deliberate gaps, conflicts and limits."""

# ruff: noqa: E501


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    _emr(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _ir(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _addendum(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _british(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _published(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


# --------------------------------------------------------------------------- practice EMR template (6)
def _emr(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    add("fdz-tfesi-01", "emr_template", """
RIVERBEND SPINE & PAIN - PROCEDURE NOTE
Procedure: Transforaminal epidural steroid injection, LEFT L4-5 and L5-S1
Side: Left        Levels: L4-L5, L5-S1        Guidance: Fluoroscopy
Date of service: 06/12/2025        Setting: office procedure suite

Indication / HPI:
Left buttock and posterolateral leg pain running to the top of the foot for 5 months, with tingling in the
great toe. Straight leg raise positive on the left at 40 degrees. Eight weeks of supervised physical therapy and a
course of meloxicam did not reduce the leg pain. She cannot stand at work longer than 20 minutes and wakes most
nights from the pain.
Imaging: MRI lumbar spine (04/2025) shows a left paracentral L4-5 disc protrusion contacting the traversing L5
root and left foraminal narrowing at L5-S1.
Diagnosis: Lumbar disc herniation with radiculopathy (M51.16)

Pre-procedure pain (NRS): 7/10
Consent: Risks, benefits and alternatives reviewed; written consent signed and scanned.
Time-out: Completed per protocol [x]
Sedation: None requested.

Procedure details:
Patient prone; skin prepped with chlorhexidine and draped in the usual sterile fashion. Under fluoroscopy a 22 g
3.5 inch spinal needle was advanced to the left L4-5 foramen and a second needle to the left L5-S1 foramen by a
subpedicular approach. Omnipaque 180, 1 cc at each level, outlined the exiting root and the epidural space with no
vascular runoff. Kenalog 40 mg (1 cc) was then injected at each level. Needles removed intact.
Images: AP and lateral images saved to the record.

Post-procedure pain (NRS): ***/10
Complications: None.
Disposition: Discharged ambulatory; follow-up in 2 weeks.

This note was created from a structured template. All fields were reviewed by the performing physician.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)], pain=(7, None), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT"), line("J3301", units=8)],
        findings=["post_procedure_pain_score"], dos="2025-06-12", pos="11",
        comment="post-procedure score left as the template placeholder '***/10': not documented")

    add("fdz-facet-01", "emr_template", """
PROCEDURE NOTE (AMBULATORY SURGERY CENTER)
Procedure: Bilateral lumbar medial branch blocks - diagnostic block #1
Targets: L3 and L4 medial branches and L5 dorsal ramus, both sides
Sedation: none
Pre-op diagnosis: Lumbar spondylosis without radiculopathy (M47.816)

History: Axial low back pain, worse with extension and twisting, for 14 months; no radiation below the knees.
Completed 10 weeks of physical therapy without meaningful change; naproxen upset her stomach and was stopped.
Pain limits standing to about 15 minutes and she has given up gardening. Facet loading is painful on both sides.

Consent: [X] Written informed consent obtained after discussing bleeding, infection, nerve injury and the chance of
no relief.
Time-out: [X] Performed with all team members present.
Pre-procedure pain: 6/10

Technique: Prone. Fluoroscopy used to identify each target. On the right, 22 g needles were placed at the junction
of the superior articular and transverse processes of L4 and L5 (L3 and L4 medial branches) and in the groove at
the sacral ala (L5 dorsal ramus). Aspiration negative at each. Bupivacaine 0.5%, 0.5 mL, was injected at each of
the three targets. The same technique was then repeated on the contralateral side.
No contrast was used.

Post-procedure pain: 1/10 at 30 minutes (about 85% reduction); pain diary given.
Complications: none.
Plan: If the second diagnostic block also gives 80% or more relief, will consider radiofrequency ablation. No
ablation was done today.

Attestation: I personally performed the procedure and the note above is accurate. Electronically signed.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=False, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2026-02-03", pos="24",
        comment="L3+L4 medial branches and L5 dorsal ramus = joints L4-L5 and L5-S1; 0.5 mL of 0.5% at 6 targets = 15 mg")

    add("fdz-sij-01", "emr_template", """
Procedure: Right sacroiliac joint injection (diagnostic)
Laterality: Right
Imaging: Fluoroscopy with contrast
Diagnosis: Sacroiliitis, not elsewhere classified (M46.1)

Subjective: Right buttock and posterior thigh pain below the belt line for 9 months, worse getting up from a chair.
Three of five provocation tests positive (thigh thrust, FABER, compression). A home exercise program and 8 weeks of
physical therapy gave no lasting relief; diclofenac did not help either. She cannot sit through a 30-minute drive.

Consent: obtained and signed.
Time-out: done.
Pre-procedure pain: 7/10

Procedure: Prone. After sterile prep the inferior third of the right SI joint was brought into view with an
oblique fluoroscopic projection. A 22 g spinal needle entered the joint. Isovue-M 200, 0.5 mL, gave an
intra-articular arthrogram. 2 mL of bupivacaine 0.5% was injected.
Images: AP and oblique views saved.

Post-procedure pain: 1/10 at 20 minutes with provocation - 85% relief.
Complications: ***
Follow-up: pain diary for 6 hours; return in 2 weeks.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("bupivacaine", 10)], pain=(7, 1), need=SPINE_NEED,
        codes=[line("27096", "RT")], findings=["complications"], dos="2026-01-20", pos="11", complications=None,
        comment="complications field left as the placeholder '***': not documented")

    add("fdz-ilesi-01", "emr_template", """
HOSPITAL OUTPATIENT PAIN CENTER - PROCEDURE DOCUMENTATION
Procedure: Cervical interlaminar epidural steroid injection, C6-7
Approach: Interlaminar
Guidance: Fluoroscopy

Indication: Neck pain radiating into the lateral forearm and thumb with numbness for 4 months; diminished right
brachioradialis reflex. Six weeks of physical therapy did not help and gabapentin was stopped for dizziness. She
cannot drive because of limited neck rotation and drops objects from the hand.
MRI: C5-6 and C6-7 disc-osteophyte complexes with foraminal stenosis at C6-7.
Diagnosis: Cervical radiculopathy (M54.12)

Consent: signed.    Time-out: performed.
Pre-procedure pain: 8/10
Sedation: Moderate sedation administered by the proceduralist because of marked procedural anxiety and inability
to lie still at a previous attempt. Midazolam 2 mg IV and fentanyl 50 mcg IV. Start 09:14, stop 09:32
(18 minutes). Independent trained observer: RN monitoring vital signs and oximetry throughout.

Technique: Prone with the neck flexed. Loss of resistance to saline at C6-7 with an 18 g Tuohy needle. Omnipaque
240, 1 cc, confirmed epidural spread without intravascular uptake on AP and lateral views; images saved.
Depo-Medrol 80 mg with 2 cc preservative-free saline was injected.

Post-procedure pain: 3/10
Complications: None.

Template version 4.2 - content verified by the attending physician.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("iohexol", 1, "ml"),
               given("methylprednisolone_acetate", 80)], pain=(8, 3), need=ESI_NEED,
        codes=[line("62321"), line("99152")], findings=[], dos="2023-10-05", pos="22",
        comment="moderate sedation by the proceduralist, 18 min with an observer: 99152 only; no drug lines at POS 22")

    add("fdz-rfa-01", "emr_template", """
PROCEDURE: Radiofrequency ablation, right lumbar medial branches
Nerves: L1, L2, L3, L4 medial branches and L5 dorsal ramus - right
Sedation: none
Pre-procedure pain score: ____/10

History: Right-sided axial low back pain for 3 years. Two medial branch blocks of the same nerves gave 90%
relief (February) and 85% relief (March), each for the duration of the anesthetic. Twelve weeks of physical
therapy and NSAIDs failed to relieve the pain; he cannot lift his grandchildren and standing is limited to
10 minutes.
Dx: Lumbar spondylosis without radiculopathy (M47.816)

Consent: reviewed and signed.   Time-out: completed.

Technique: Prone. Under fluoroscopy an 18 g, 10 cm RF cannula with a 10 mm active tip was laid parallel to the
L1 medial branch at the junction of the L2 superior articular and transverse processes. Sensory stimulation at
50 Hz reproduced concordant pain below 0.5 V; motor stimulation at 2 Hz up to 2 V gave no leg contraction. 1 mL of
lidocaine 1% was injected and a thermal lesion made at 80 C for 90 seconds. The same steps were repeated at the
remaining levels (L2, L3 and L4 medial branches and the L5 dorsal ramus).

Post-procedure pain: 3/10
Complications: none
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 50)], pain=(None, 3), need=SPINE_NEED,
        codes=[line("64635", "RT"), line("64636", "RT", units=3)], findings=["pre_procedure_pain_score"],
        dos="2026-05-19", pos="24",
        comment="L1-L4 medial branches + L5 dorsal ramus = four joints L2-L3..L5-S1; pre score left as '____': not documented; 1 mL 1% x 5 nerves = 50 mg")

    add("fdz-tpi-01", "emr_template", """
Clinic Procedure Template - Trigger Point Injections
Muscles injected (count): 4 - left upper trapezius, right upper trapezius, left rhomboid major, right levator
scapulae
Diagnosis: Myofascial pain syndrome (M79.18)
Exam: palpable taut bands with a local twitch response and referred pain toward the occiput in each muscle listed.
History: neck and shoulder-blade pain for 7 months; a stretching program and cyclobenzaprine did not relieve it.
Consent: verbal and written consent obtained.
Time-out: yes
Pre-procedure pain: 6/10
Procedure: After an alcohol prep each trigger point was fixed between two fingers and injected with Xylocaine 1%
through a 25 g 1.5 inch needle using a fanning technique.
Post-procedure pain: 2/10; patient reports about 65% relief.
Complications: None.
Standard post-injection instructions given (heat, gentle stretching, call for fever or weakness).
""", procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", None)], pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("20553")], findings=["drug_dose"], dos="2025-11-04", pos="11",
        comment="lidocaine named without any volume: dose null, drug_dose")


# --------------------------------------------------------------------------- interventional-radiology report (5)
def _ir(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    add("fdz-ilesi-02", "ir_report", """
EXAM: FLUOROSCOPY-GUIDED LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION, L4-L5

CLINICAL HISTORY: Bilateral buttock and calf pain with paresthesias in both feet, worse with walking, for
7 months. Three months of physical therapy and NSAIDs have failed, with persistent pain. Unable to walk more than
one block or stand long enough to cook. Diagnosis: lumbar spinal stenosis with neurogenic claudication (M48.062).
Referred by the spine clinic.

TECHNIQUE: The procedure, risks and alternatives were explained and written informed consent was obtained. A
time-out was performed. Pre-procedure pain 6/10. The patient was placed prone. No sedation was given. The skin
over L4-L5 was anesthetized. Under intermittent fluoroscopy a 20-gauge Tuohy needle was advanced in the midline
into the L4-L5 interlaminar space using loss of resistance to saline. Omnipaque 180, 3 mL, was injected under
live fluoroscopy.

FINDINGS: Contrast spread in the posterior epidural space from L3 to S1 without vascular or intrathecal uptake.
AP and lateral images were archived. 80 mg of Kenalog (2 mL) with 3 mL of preservative-free normal saline was
then injected.

IMPRESSION:
1. Technically successful L4-L5 interlaminar epidural steroid injection.
2. Post-procedure pain 2/10. No immediate complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80)], pain=(6, 2),
        need=minus(ESI_NEED, "imaging_findings"), codes=[line("62323")], findings=["imaging_findings"],
        dos="2024-02-14", pos="22",
        comment="no MRI/CT result anywhere: the FINDINGS section describes the contrast pattern of the procedure itself")

    add("fdz-caudal-01", "ir_report", """
EXAM: CAUDAL EPIDURAL STEROID INJECTION UNDER FLUOROSCOPY

CLINICAL HISTORY: 74-year-old with post-laminectomy syndrome (M96.1) after an L4-S1 fusion, with posterior thigh
and leg pain on both sides and numbness of both soles for 2 years. Gabapentin and two courses of physical therapy
(12 weeks in all) did not relieve the leg pain. He can no longer walk his dog or stand in the shower. CT myelogram:
postoperative change from L4 to S1 with epidural fibrosis around the left S1 root and moderate L3-4
adjacent-segment stenosis.

TECHNIQUE: Informed consent was obtained in writing. Time-out performed. Pain before the procedure 7/10. Prone.
Through the sacral hiatus, under lateral fluoroscopy, a 20 g spinal needle was advanced into the caudal epidural
canal. Isovue-M 200, 5 mL, filled the epidural space up to L5 without vascular uptake. AP and lateral images
stored. 80 mg Depo-Medrol with 5 mL of 0.9% saline was injected.

FINDINGS: Caudal epidural contrast pattern; no intrathecal spread.

IMPRESSION: Successful caudal epidural steroid injection. Pain after the injection 4/10. No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic")],
        drugs=[given("iopamidol", 5, "ml"), given("methylprednisolone_acetate", 80)], pain=(7, 4), need=ESI_NEED,
        codes=[line("62323"), line("J1040")], findings=[], dos="2023-08-15", pos="11",
        comment="caudal: no levels; methylprednisolone 80 mg before 2024-04-01 = J1040 x1")

    add("fdz-lsb-01", "ir_report", """
EXAM: LEFT LUMBAR SYMPATHETIC BLOCK, FLUOROSCOPIC GUIDANCE

CLINICAL HISTORY: Complex regional pain syndrome type I of the left lower limb (G90.522) since an ankle fracture
8 months ago: burning pain, allodynia, and color and temperature change of the left foot. Desensitization
therapy has stalled.

TECHNIQUE: Informed consent was obtained. Time-out completed. Prone. Under fluoroscopy a 22-gauge 5-inch needle
was advanced from the left to the anterolateral margin of the L3 vertebral body. Omnipaque 300, 2 mL, spread
along the anterolateral vertebral column without vascular or psoas uptake. 10 mL of Naropin 0.2% was injected in
divided doses after negative aspiration.

FINDINGS: Left foot skin temperature rose from 29.1 to 33.4 C within 15 minutes.

IMPRESSION: Technically successful left L3 lumbar sympathetic block. No complications.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left", levels=["L3"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("ropivacaine", 20)], pain=(None, None),
        need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("64520"), line("77002"), line("Q9967", units=2)],
        findings=["post_procedure_pain_score", "pre_procedure_pain_score"], dos="2026-07-07", pos="11",
        comment="sympathetic block codes exclude imaging: 77002 and, in the office, contrast by iodine strength (300 -> Q9967) per mL")

    add("fdz-sijnb-01", "ir_report", """
EXAM: LEFT SACROILIAC JOINT LATERAL BRANCH BLOCKS (L5 DORSAL RAMUS, S1-S3 LATERAL BRANCHES), FLUOROSCOPIC GUIDANCE

CLINICAL HISTORY: Left sacroiliac joint pain (sacroiliitis, M46.1) for 2 years. Two earlier intra-articular SI
injections helped for a few days each. Being considered for lateral branch radiofrequency ablation; a diagnostic
block is requested.

TECHNIQUE: Consent signed. Time-out. Pre-procedure pain 6/10. No sedation. Under fluoroscopy 25 g spinal needles
were placed in the groove of the left sacral ala and at the lateral margins of the left S1, S2 and S3 posterior
sacral foramina. Bupivacaine 0.5%, 0.5 mL, was injected at each of the four sites.

FINDINGS: Needle positions confirmed on AP projection.

IMPRESSION: Left SI joint lateral branch blocks. Post-procedure pain 1/10 with provocative maneuvers. No
complications. Will proceed to lateral branch radiofrequency ablation only if the pain diary shows 75% or greater
relief.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10)], pain=(6, 1), need=("diagnosis", "symptom_duration"),
        codes=[line("64451", "LT")], findings=[], dos="2025-04-22", pos="22",
        comment="RFA only planned: no si_joint_rfa procedure")

    add("fdz-hip-01", "ir_report+truncated", """
EXAM: FLUOROSCOPIC-GUIDED RIGHT HIP JOINT INJECTION

CLINICAL HISTORY: Right groin pain from primary osteoarthritis of the right hip (M16.11) for 18 months despite
physical therapy and meloxicam; walking limited to short distances.

TECHNIQUE: The risks and benefits were discussed and written consent was obtained. Time-out performed.
Pre-procedure pain 8/10. Supine. Under fluoroscopy a 22-gauge spinal needle was advanced to the right femoral
head-neck junction. Omnipaque 240, 2 mL, confirmed intra-articular position. Kenalog 40 mg, drawn from a
single-dose vial holding 80 mg (the unused 40 mg was discarded), mixed with 4 mL of 0.5% Marcaine, was injected.

FINDINGS: Contrast outlined the joint capsule with no extravasation.

IMPRESSION: Successful right hip injection. Post-procedure pain 3/10. The patient tolerated the procedure and was
discharged with
""", procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="fluoroscopy",
                 contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 20)], pain=(8, 3),
        need=SPINE_NEED, codes=[line("20610", "RT"), line("77002"), line("J3301", units=4), line("J3301", "JW", units=4),
                                 line("Q9966", units=2)],
        findings=["complications"], dos="2025-10-21", pos="11", complications=None,
        comment="cut off before complications were stated; 40 mg discarded from a single-dose vial = JW x4; Omnipaque 240 = Q9966")


# --------------------------------------------------------------------------- addendum corrects level / side / dose (4)
def _addendum(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    add("fdz-tfesi-02", "addendum", """
Procedure Note
Procedure: Left L5-S1 transforaminal epidural steroid injection
Diagnosis: Lumbosacral radiculopathy (M54.17)

Indication: Pain from the buttock down the back of the leg to the outer foot, with numbness of the little toe,
for 4 months; ankle reflex absent. MRI: L5-S1 foraminal disc protrusion compressing the exiting L5 root. Eight
weeks of PT and naproxen brought no improvement. Cannot sit longer than 20 minutes at a time.

Consent signed; time-out done.
Pain before: 8/10.
Under fluoroscopy a 22 g needle was advanced into the L5-S1 foramen by an oblique approach. Omnipaque 240, 1 mL:
perineural and epidural flow, no vascular pattern. AP and lateral images saved. Depo-Medrol 80 mg (2 mL) injected.
Pain after: 3/10. No complications.

ADDENDUM (same day, signed): The injection was performed on the RIGHT side, not the left as dictated above. Side
corrected to right, L5-S1. The patient's symptoms are right-sided.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80)], pain=(8, 3), need=ESI_NEED,
        codes=[line("64483", "RT"), line("J1010", units=80)], findings=[], dos="2024-05-20", pos="11",
        comment="signed addendum corrects the side: right stands, no laterality conflict")

    add("fdz-facet-02", "addendum", """
Procedure: Right C3-4 and C4-5 cervical facet medial branch blocks (diagnostic)
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)

Neck pain on the right with headache at the base of the skull, no arm symptoms. Eight weeks of physical therapy did
not help and cyclobenzaprine made him too sleepy to work. He cannot turn his head to check his blind spot when
driving. Tender over the right articular pillar.

Consent obtained; time-out.
Pain 6/10 before.
Prone. Under fluoroscopy with lateral views, 25 g needles were placed on the right articular pillars at the C4, C5
and C6 medial branches (supplying the C4-5 and C5-6 facet joints). 0.5 mL of 2% lidocaine at each nerve.
Pain 1/10 at 20 minutes. No complications. No sedation.

Addendum: level correction - the blocks were performed at C4-5 and C5-6, not C3-4 and C4-5 as written in the
procedure line.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30)], pain=(6, 1), need=minus(SPINE_NEED, "symptom_duration"),
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["symptom_duration"],
        dos="2026-03-03", pos="24",
        comment="addendum corrects the levels (C4-C5, C5-C6 stand, no conflict); no duration of the neck pain (the 8 weeks are the therapy's, not the symptoms')")

    add("fdz-knee-01", "addendum", """
Left knee intra-articular injection, ultrasound guided.
Dx: primary osteoarthritis, left knee (M17.12). Knee pain for 3 years; physical therapy and two months of
diclofenac gel without relief. Stairs one at a time.
Consent signed. Time out. Pain 7/10 pre.
Supine, knee slightly flexed. Linear probe over the suprapatellar recess; 22 g needle advanced in plane into the
recess and an image with the needle in the recess was saved to the chart. Injected Kenalog 80 mg with 4 mL of 1%
Xylocaine.
Pain 2/10 post. No complications.

Addendum - dose correction: Kenalog 40 mg (1 mL) was injected, not 80 mg as dictated. Lidocaine volume unchanged.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(7, 2), need=SPINE_NEED,
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=[], dos="2026-04-08", pos="11",
        comment="addendum corrects the steroid dose to 40 mg; ultrasound with a saved image = 20611")

    add("fdz-sirfa-01", "addendum", """
PROCEDURE: Right sacroiliac joint lateral branch radiofrequency ablation
INDICATION: Sacroiliitis (M46.1), SI joint pain for 3 years. Two lateral branch blocks, each with 80% relief for the
duration of the anesthetic. PT and NSAIDs without benefit; cannot walk more than 10 minutes.
Consent signed. Time-out performed. No sedation.
Pain before: 7/10.
TECHNIQUE: Prone. Under fluoroscopy, RF cannulas were placed at the L5 dorsal ramus and along the lateral margins
of the S1, S2 and S3 foramina. Sensory testing concordant; motor testing negative. 2 mL of 1% lidocaine at each of
the four sites, then conventional thermal lesions at 80 C for 90 seconds at each site.
Pain after: 3/10. No complications.

ADDENDUM: Side corrected - this was the LEFT sacroiliac joint (left L5 dorsal ramus and S1-S3 lateral branches).
Electronically signed.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 80)], pain=(7, 3), need=SPINE_NEED,
        codes=[line("64625", "LT")], findings=[], dos="2026-10-13", pos="11",
        comment="signed side correction: left stands, no conflict; 2 mL 1% x 4 = 80 mg")


# --------------------------------------------------------------------------- dictated prose without headers (6)
def _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    add("fdz-h-tfesi-01", "dictated_prose", """
Right C6-7 transforaminal epidural steroid injection. This is a 61-year-old woman with right arm pain going into
the middle finger with pins and needles for the past 10 weeks, and her right triceps is 4+/5. MRI of the cervical
spine shows right foraminal stenosis at C6-7 from uncovertebral hypertrophy. She did six weeks of physical therapy
and an oral steroid taper and neither one helped. Diagnosis is cervical foraminal stenosis with radiculopathy,
M48.02. I went over the risks including stroke and spinal cord injury and she signed the consent. We did a
time-out. Her pain going in was 7 out of 10. She lay supine with the head turned slightly to the left, and under
fluoroscopy in the oblique view a 25 gauge needle was walked to the posterior half of the right C6-7 foramen. Half a
cc of Isovue-M 300 under live digital subtraction showed spread along the nerve root with no vascular uptake, and
we saved AP and oblique images. Then Decadron 10 mg, which is 1 cc of the 10 mg per cc, went in slowly. Afterwards
she was 3 out of 10. No complications and she went home with her husband driving.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 10)], pain=(7, 3),
        need=minus(ESI_NEED, "functional_impairment"), codes=[line("64479", "RT"), line("J1100", units=10)],
        findings=["functional_impairment"], dos="2025-09-03", pos="11",
        comment="no functional limitation anywhere; 'head turned to the left' is positioning, not the side")

    add("fdz-h-ilesi-01", "dictated_prose", """
Thoracic epidural, interlaminar, T9-10, repeat. He comes back for his second thoracic epidural; the first one in
November gave him about 60 percent relief that lasted four months before the band of pain around the right lower
chest wall came back. The pain follows the right T10 dermatome with allodynia and has been there for a year and a
half. MRI showed a right T9-10 disc protrusion indenting the thecal sac and narrowing the right foramen. He tried
physical therapy and gabapentin, but the gabapentin left him foggy and therapy did not change the pain. He has not
been able to sleep on that side or get through a work shift. Diagnosis thoracic radiculopathy, M54.14. Consent
signed, time-out done. Pain 8/10 beforehand. Because he was very anxious I gave him moderate IV sedation with
Versed. Prone, under fluoroscopy, an 18 gauge Tuohy needle entered the T9-10 interlaminar space with loss of
resistance at about 6 cm. Omnipaque 240, 2 cc, showed epidural spread from T8 to T11, and AP and lateral images
were saved. Celestone 6 mg (1 cc) with 2 cc preservative-free saline was injected. He was 3/10 afterwards. No
complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", None), given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(8, 3), need=ESI_NEED, codes=[line("62321")], findings=["sedation_details"], dos="2025-03-27", pos="24",
        comment="repeat with 60% relief for four months (>= 50% for >= 90 days): no prior-response finding; moderate "
                "sedation by the proceduralist with no dose, times, minutes or observer: sedation_details, no 99152")

    add("fdz-h-genrfa-01", "dictated_prose", """
Left knee genicular nerve radiofrequency ablation. She has had left knee osteoarthritis pain for six years,
M17.12, is not a surgical candidate because of her heart, and had 70% relief for the day after a diagnostic left
genicular nerve block in May. Consent was reviewed and signed. Time out. Her pain was 8/10 before we started.
Under fluoroscopy with AP and lateral views, RF cannulas were placed at the superomedial, superolateral and
inferomedial genicular nerves where the shaft meets the condyles and the tibial plateau. After sensory testing and
motor testing with no distal motor response, 2 mL of 1% lidocaine went in at each site and conventional thermal
lesions were made at 80 degrees for 90 seconds at each. Pain 2/10 in recovery. No complications. I told her the
full benefit can take two to three weeks to show.
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)], pain=(8, 2), need=("diagnosis", "symptom_duration"),
        codes=[line("64624", "LT")], findings=[], dos="2026-06-30", pos="11",
        comment="prior diagnostic genicular block 70% documented; thermal technique stated")

    add("fdz-h-pump-01", "dictated_prose", """
Intrathecal pump refill and reprogramming. He is here for his scheduled refill; failed back surgery syndrome,
M96.1, on intrathecal morphine for the past four years. The pump was interrogated and showed 2.1 mL left in the
reservoir with the low-reservoir alarm date next week. Consent obtained. Time-out done. I refilled the pump myself:
with sterile prep and the template over the port, I withdrew the 2.1 mL residual and then instilled 20 mL of
preservative-free morphine 25 mg/mL. I then reprogrammed the daily dose from 3.0 to 3.2 mg per day for his evening
breakthrough pain. No sedation. No complications, and the pocket looks clean. Next refill in about 12 weeks.
""", procs=[proc("pump_refill", sedation="none")],
        drugs=[given("morphine", 500)], pain=(None, None), need=("diagnosis",),
        codes=[line("62370")], findings=[], dos="2026-08-11", pos="11",
        comment="refilled and reprogrammed by the physician: 62370; dose placed = 20 mL x 25 mg/mL")

    add("fdz-h-pnb-01", "dictated_prose", """
Right suprascapular nerve block under ultrasound. He has chronic right shoulder pain due to rotator cuff arthropathy
for two years and can no longer lift the arm to comb his hair. Written consent after we talked about pneumothorax and
nerve injury. Seated. With a linear probe in the suprascapular fossa the nerve was found beside the artery under the
transverse ligament and the needle was brought in plane; an image of the needle tip at the notch was saved. Five mL
of 0.5% bupivacaine with Kenalog 40 mg, from a single-dose 1 mL vial that was used completely with nothing wasted,
was injected around the nerve. Pain 7/10 before and 2/10 after. No complications.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", laterality="right", imaging="ultrasound")],
        drugs=[given("bupivacaine", 25), given("triamcinolone_acetonide", 40)], pain=(7, 2),
        need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64418", "RT"), line("76942"), line("J3301", "JZ", units=4)], findings=["time_out"],
        dos="2026-09-15", pos="11",
        comment="single-dose vial with nothing discarded after 2023-07-01: JZ; no time-out stated")

    add("fdz-h-kypho-01", "dictated_prose", """
L1 kyphoplasty, bilateral transpedicular. She is 79 with a painful osteoporotic L1 compression fracture from a fall
seven weeks ago, M80.08XA. MRI shows marrow edema in the L1 body with 30% height loss and no retropulsion. Six
weeks in a TLSO brace with calcitonin and oxycodone have not controlled the pain, and she cannot walk to the
bathroom without help. Point tender over L1. Consent signed by the patient; time-out held. Pain 9/10 in pre-op.
Monitored anesthesia care was given by the anesthesia service: propofol 110 mg in total, 07:42 to 08:20. Prone,
biplane fluoroscopy. After 10 mL of 1% lidocaine to the skin and periosteum on each side, 11 gauge access cannulas
were passed through both L1 pedicles. Balloons were inflated to make cavities and 4.5 mL of PMMA cement was placed
(2.2 mL right, 2.3 mL left) under continuous lateral fluoroscopy with no extravasation. Pain 4/10 in recovery. No
complications.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 200)], pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care",
                                                            "functional_impairment", "imaging_findings"),
        codes=[line("22514")], findings=[], dos="2025-12-02", pos="22",
        comment="MAC by the anesthesia service with agent, dose and times: no sedation finding, no sedation code; "
                "lidocaine 10 mL of 1% on each side = 200 mg")


# --------------------------------------------------------------------------- British / Commonwealth operation note (5)
def _british(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    add("fdz-h-tfesi-02", "uk_operation_note", """
Operation: Right L5/S1 and S1 transforaminal epidural injections
Anaesthetic: Local - 1% lidocaine 4 ml to skin
Indication: Right S1 radiculopathy with sciatica to the sole of the foot and paraesthesia of the lateral toes for
5 months; reduced right ankle jerk. MRI: right paracentral L5/S1 disc extrusion compressing the right S1 nerve
root. Ten weeks of physiotherapy and amitriptyline have not settled the leg pain; he has been off work as a postman
since the spring.
Diagnosis: Lumbosacral disc prolapse with radiculopathy (M51.17)
Consent: Written consent taken; risks of infection, bleeding, headache, nerve damage and failure discussed.
WHO checklist and time-out completed.
Pre-procedure pain score 7/10.
Procedure: Prone. Skin prepared with chlorhexidine. Under fluoroscopic guidance a 22G spinal needle was advanced
to the right L5/S1 foramen and a second needle through the right S1 foramen. Omnipaque 240, 0.5 ml at each level,
outlined the nerve roots with epidural flow and no vascular uptake. Depo-Medrol 40 mg injected at each level. One
image stored on PACS.
Findings: Good perineural spread around the right L5 and S1 roots.
Post-op instructions: Home with an escort; no driving today; may resume usual activities tomorrow. Pain score
2/10 in recovery. No complications. Review in clinic in 6 weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 40), given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80)], pain=(7, 2),
        need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT")], findings=["saved_images"],
        dos="2025-07-08", pos="22",
        comment="foramina L5-S1 and S1; a single stored image is below the two views asked")

    add("fdz-h-onb-01", "uk_operation_note", """
Operation: Bilateral greater occipital nerve blocks
Anaesthetic: None required
Indication: Occipital neuralgia (M54.81) - lancinating pain from the nuchal line over the vertex on both sides for
14 months, with tenderness and a positive Tinel's sign over both greater occipital nerves. Amitriptyline and
pregabalin tried without benefit.
Consent: Verbal and written consent; risks of bleeding, infection, local hair loss and temporary numbness explained.
Time-out completed.
Pre-procedure pain score 8/10.
Procedure: Seated with the neck flexed. Landmark technique, no imaging: the occipital artery was palpated a third of
the way from the occipital protuberance to the mastoid and a 25G needle inserted just medial to it. Kenalog 20 mg
with 2 ml 0.5% Marcaine injected on the right; repeated identically on the left.
Findings: Immediate numbness in the distribution of both nerves.
Post-op instructions: Ice as needed; headache diary for 4 weeks. Pain score 2/10 at 10 minutes. No complications.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 20)], pain=(8, 2),
        need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("64405", "50"), line("J3301", units=4)], findings=[], dos="2026-01-13", pos="11",
        comment="20 mg + 2 ml 0.5% per side, repeated on the left: 40 mg and 20 mg in all")

    add("fdz-h-scs-01", "uk_operation_note", """
Operation: Percutaneous spinal cord stimulator trial - two 8-contact leads
Anaesthetic: Local infiltration (1% lidocaine 10 ml); patient awake for intra-operative testing; no sedation.
Indication: Failed back surgery syndrome (M96.1) with bilateral leg pain worse than back pain for 4 years after an
L4-S1 fusion. Has failed physiotherapy and a pain-management programme, could not tolerate pregabalin (dizziness),
and epidurals gave only brief relief. Psychological evaluation by the clinical psychologist in March found no
contraindication. Walks less than 100 yards.
Consent: Written consent after discussion of infection, lead migration and dural puncture.
Time-out: WHO checklist completed.
Pre-op pain score 8/10.
Procedure: Prone. Fluoroscopy. Through a 14G Tuohy needle, paramedian at T12/L1, the first lead was steered to the
top of T8; the second lead was placed through a separate entry beside it to the same level. Paraesthesia mapping
covered both legs. Leads anchored to the skin and connected to the external trial stimulator.
Findings: Concordant coverage of both legs.
Post-op instructions: Keep dressings dry; trial for 7 days with a diary. Pain 3/10 with stimulation in recovery. No
complications.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", intent="therapeutic",
                 sedation="local")],
        drugs=[given("lidocaine", 100)], pain=(8, 3), need=SPINE_NEED,
        codes=[line("63650", units=2), line("77003")], findings=[], dos="2026-05-05", pos="11",
        comment="two leads = 63650 x2 with 77003 (office: no 26); earlier epidurals are history only")

    add("fdz-h-facet-01", "uk_operation_note", """
Operation: Right T7/8 and T8/9 facet joint injections
Anaesthetic: Local
Indication: Thoracic back pain on one side, 10 months, paravertebral tenderness over T7 to T9, worse with rotation.
CT shows facet arthropathy at these levels. She has had physiotherapy. Cannot sit at her desk for more than an hour.
Diagnosis: Thoracic spondylosis (M47.814)
Consent: Written, risks explained. Time-out: yes.
Pre-procedure pain score 7/10.
Procedure: Prone. Under fluoroscopy, 25G spinal needles were placed into the LEFT T7/8 and T8/9 facet joints from
below; 0.3 ml Omnipaque 240 at each confirmed capsular filling. Each joint then received 1 ml 0.25% bupivacaine
(diagnostic, no steroid).
Findings: Arthrogram of both joints; no vascular uptake.
Post-op instructions: Pain diary for 8 hours. Pain score 2/10 at 30 minutes. No complications.
""", procs=[proc("facet_injection", approach="intra_articular", region="thoracic", laterality="left",
                 levels=["T7-T8", "T8-T9"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.6, "ml"), given("bupivacaine", 5)], pain=(7, 2),
        need=minus(SPINE_NEED, "conservative_care"),
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")],
        findings=["conservative_care", "laterality_conflict"], dos="2025-11-25", pos="24",
        comment="title says right, needles went into the left joints: codes follow the description, conflict; "
                "physiotherapy only listed, no outcome")

    add("fdz-h-scsimp-01", "uk_operation_note", """
Operation: Implantation of permanent spinal cord stimulator - two percutaneous leads and a rechargeable implantable
pulse generator in the buttock
Anaesthetic: Local infiltration (1% lidocaine, 20 ml in total); patient awake, no sedation.
Indication: Complex regional pain syndrome type I of the right lower limb (G90.521) for 3 years. The trial in May gave
a 70% reduction in pain with less opioid use. Psychology assessment completed and cleared. Physiotherapy, mirror
therapy and medication have not controlled the pain; she cannot stand for more than 10 minutes.
Consent: Written consent; infection, lead migration and revision explained.
Time-out: WHO checklist and time-out completed.
Procedure: Prone. Under fluoroscopy two percutaneous leads were introduced at T12/L1 and steered to T10 and T11 with
paraesthesia mapping to the foot. Leads anchored to the fascia and tunnelled to a subcutaneous pocket where the
generator was connected and implanted.
Findings: Good coverage of the painful area.
Post-op instructions: Antibiotic cover per protocol; wound check at 10 days. No complications.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 200)], pain=(None, None), need=SPINE_NEED,
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[], dos="2026-06-23", pos="22",
        comment="implant: pain scores not required; trial response 70% documented; facility imaging with 26")


# --------------------------------------------------------------------------- published sample page / case paragraph (4)
def _published(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    add("fdz-h-sij-01", "published_sample", """
SAMPLE REPORT - PAIN MANAGEMENT
PROCEDURE NOTE

PREOPERATIVE DIAGNOSIS: Sacroiliitis (M46.1).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Left sacroiliac joint injection under fluoroscopic guidance (diagnostic).
ANESTHESIA: Local.

INDICATIONS: The patient is a 66-year-old gentleman with a one-year history of low back and buttock pain.
Gaenslen and thigh thrust tests are positive. He completed 8 weeks of physical therapy with no improvement, and
NSAIDs did not help. He is unable to walk for more than 15 minutes.

DESCRIPTION OF PROCEDURE: After informed consent was obtained, a time-out was performed and the patient was placed
prone. The right sacroiliac joint was identified under fluoroscopy, and a 22-gauge spinal needle was advanced into
its inferior aspect. 1 cc of Omnipaque 180 produced an arthrogram. AP and oblique images were saved. Then 2 cc of
0.5% Sensorcaine was injected. Pre-procedure pain was 8/10; post-procedure pain was 1/10. There were no
complications. The patient was discharged in stable condition.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 10)], pain=(8, 1), need=SPINE_NEED,
        codes=[line("27096", "RT")], findings=["laterality_conflict", "percent_relief"], dos="2026-02-17", pos="24",
        comment="procedure line says left, the needle went into the right joint: codes follow the description, conflict; "
                "relief only implied by 8 -> 1")

    add("fdz-h-tfesi-03", "published_case", """
Case 2. A 58-year-old man presented with six months of bilateral buttock and anterolateral leg pain, dysaesthesia
over the dorsum of both feet and weakness of great toe extension (4/5 on both sides). MRI demonstrated an L4-L5 disc
herniation with bilateral foraminal narrowing. His diagnosis was lumbar disc herniation with radiculopathy (M51.16).
A 10-week course of physical therapy and duloxetine failed to relieve his leg pain, and he had stopped working as a
carpenter because he could not kneel or climb ladders. Just before the injection his pain was 7/10 on the VAS. Under fluoroscopic
guidance, bilateral L4-L5 transforaminal injections were performed through a subpedicular approach; 1 mL of
Isovue-M 300 at each foramen confirmed epidural spread without vascular uptake, and AP and lateral fluoroscopic
images were saved (Figure 1). Betamethasone (Celestone Soluspan) 6 mg in 1 mL was injected at each foramen. Thirty
minutes later his VAS was 2/10, and no complications occurred.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)], pain=(7, 2),
        need=ESI_NEED, codes=[line("64483", "50")], findings=["consent", "time_out"], dos="2024-09-10", pos="22",
        consent=False, comment="case paragraph: no consent, no time-out; 6 mg at each of two foramina = 12 mg (at the ceiling, not above)")

    add("fdz-h-genblock-01", "published_sample", """
MEDICAL TRANSCRIPTION SAMPLE: GENICULAR NERVE BLOCK

PROCEDURE: Right genicular nerve block, ultrasound guided.
PREPROCEDURE DIAGNOSIS: Primary osteoarthritis, right knee (M17.11).
INDICATION: Chronic right knee pain for 5 years, not a candidate for arthroplasty. Physical therapy and two
intra-articular steroid injections gave no lasting benefit. We are considering genicular radiofrequency ablation.
CONSENT: The risks, benefits and alternatives were discussed and informed consent was signed.
TIME-OUT: Performed.
PREPROCEDURE PAIN: 7/10.
DESCRIPTION: The patient was supine with a pillow under the knee. Using a high-frequency linear transducer, the
superolateral, superomedial and inferomedial genicular nerves were identified beside their genicular arteries. At
each nerve 2 mL of 0.5% bupivacaine was injected in plane after negative aspiration.
POSTPROCEDURE PAIN: 1/10.
COMPLICATIONS: None.
PLAN: If relief exceeds 50% for the duration of the anesthetic, we will consider genicular radiofrequency ablation.
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="ultrasound",
                 intent="diagnostic")],
        drugs=[given("bupivacaine", 30)], pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("64454", "RT")], findings=[], dos="2026-09-29", pos="11",
        comment="RFA only considered: no genicular_rfa; earlier knee injections are history")

    add("fdz-h-rfa-01", "published_case", """
A 64-year-old woman with right-sided cervical facet pain (cervical spondylosis without myelopathy or
radiculopathy, M47.812) of four years' duration returned for repeat radiofrequency neurotomy. Her first right
C4-C5, C5-C6 and C6-C7 neurotomy, 11 months earlier, had given 70% relief lasting nine months; before it, two comparative
medial branch blocks had each given 90% relief. Neck pain again limited her to 20 minutes of reading and disturbed
her sleep, and physical therapy and NSAIDs had not helped since the pain returned. Pre-procedure NRS was 7/10.
After informed consent and a time-out, with the patient prone, the right C4, C5, C6 and C7 medial branches were
targeted under fluoroscopy with 20-gauge cannulae with 10-mm active tips, lateral views confirming position. Motor
stimulation at 2 Hz produced no upper-limb response. Each nerve received 0.5 mL of 2% lidocaine before a thermal
lesion at 80 C for 90 seconds, followed by a second lesion after moving the cannula 2 mm. Post-procedure NRS was
2/10. There were no complications and she was discharged home.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6", "C6-C7"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 40)], pain=(7, 2), need=SPINE_NEED,
        codes=[line("64633", "RT"), line("64634", "RT", units=2)], findings=[], dos="2026-08-18", pos="24",
        comment="repeat RFA with 70% relief for nine months (>= 50% for >= 180 days); second session in 12 months "
                "is within the limit of two; C4-C7 medial branches = joints C4-C5, C5-C6, C6-C7; 0.5 mL 2% x 4 = 40 mg")
