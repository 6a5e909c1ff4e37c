"""Notes of the sealed untuned batch bk: procedure reports in the layout of published sample reports
(medical-transcription sample collections, textbook and journal 'technique' sections): OPERATIVE REPORT
headers with numbered diagnoses and procedures, long technique paragraphs, indications short or absent, pain
scores sometimes only in a closing nursing line. Wordings are our own; the gold was labelled by hand before any
Painpoint run, and the `findings` of each `add` are the deliberate gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _sacroiliac(add, proc, line, given, SPINE_NEED)
    _others(add, proc, line, given, SPINE_NEED)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Transforaminal, interlaminar and caudal epidurals (9 notes)."""
    add("fbk-tfesi-01", "sample_op_report", """
OPERATIVE REPORT

DATE OF PROCEDURE: 01/13/2026

PREOPERATIVE DIAGNOSES:
1. Lumbar disc herniation with radiculopathy (M51.16).
2. Left L5 radiculopathy.

POSTOPERATIVE DIAGNOSES:
1. Lumbar disc herniation with radiculopathy (M51.16).
2. Left L5 radiculopathy.

PROCEDURES PERFORMED:
1. Left L4-L5 and L5-S1 transforaminal epidural steroid injections.
2. Fluoroscopic guidance with epidurography.

SURGEON: Attending interventional pain physician.
ANESTHESIA: Local.
ESTIMATED BLOOD LOSS: Less than 1 mL.

INDICATIONS FOR PROCEDURE: This is a 64-year-old man with a three-month history of left low back pain that
radiates along the lateral thigh and shin to the top of the left foot, with numbness over the dorsum of the
foot. On examination the left straight-leg raise is positive at 45 degrees and great-toe extension is weak on
the left. A six-week course of physical therapy failed to relieve the leg pain, and a methylprednisolone dose
pack gave no lasting benefit. He can no longer walk his dog or stand long enough to cook dinner. MRI of the
lumbar spine shows a left foraminal disc extrusion at L4-L5 displacing the exiting left L4 and traversing L5
roots, with left lateral recess narrowing at L5-S1. The risks, benefits and alternatives, including bleeding,
infection, nerve injury, headache and no relief, were discussed and the patient gave written informed consent.

DESCRIPTION OF PROCEDURE: The patient was brought to the fluoroscopy suite and placed prone on the table with a
pillow beneath the abdomen. The lumbosacral region was prepped with chlorhexidine and draped in the usual
sterile fashion. Universal protocol was followed and a time-out confirmed the patient, procedure and left
side. Using AP and oblique views, the left L4-L5 and L5-S1 foramina were identified. The skin over each target
was anesthetized with 2 mL of 1% lidocaine. A 22-gauge 5-inch spinal needle was advanced under intermittent
fluoroscopy to the superior aspect of each foramen in the "safe triangle." Lateral views confirmed the
needle tips at the posterior foramen. Omnipaque 240, 1 mL at each level, outlined the exiting nerve roots and
flowed medially into the epidural space without vascular or intrathecal uptake. A solution of dexamethasone
10 mg (2.5 mL of 4 mg/mL) and 1 mL of 1% preservative-free lidocaine was divided equally between the two levels.
The needles were removed intact. AP and oblique images were saved to the record.

FINDINGS: Normal foraminal and epidural contrast spread at both levels.

DISPOSITION: The patient tolerated the procedure well with no complications. Pain was 7/10 before the
procedure and 2/10 in recovery. He was discharged home in stable condition.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent=None, sedation="local")],
        drugs=[given("lidocaine", 50), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-01-13",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)], findings=[],
        comment="lidocaine = 2 mL 1% at two skin sites (40 mg) + 1 mL 1% in the injectate (10 mg)")

    add("fbk-tfesi-02", "sample_op_report", """
PROCEDURE NOTE

PREOPERATIVE DIAGNOSIS: Right lumbosacral radiculopathy (M54.17).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.
ANESTHESIA: Local.
COMPLICATIONS: None.

INDICATIONS: Right buttock and posterior leg pain into the sole of the foot for four months, with an absent
right ankle reflex and a positive right slump test. He is unable to sit through a workday at his desk. MRI
demonstrates a right paracentral L5-S1 disc protrusion contacting the right S1 root and narrowing the right
L5-S1 foramen.

TECHNIQUE: After the procedure, its risks and its alternatives were explained, consent was signed. The patient
was positioned prone and the low back was prepped and draped sterilely. A time-out was completed. The right
L5-S1 foramen was squared off on an oblique fluoroscopic view and a 22-gauge spinal needle was advanced to the
six o'clock position of the right L5 pedicle. Isovue-M 200, 1 mL, demonstrated a neurogram along the right L5
root with epidural spread and no vascular pattern. Kenalog 40 mg with 1 mL of 0.25% bupivacaine was then
injected slowly. AP and lateral images were saved. The needle was withdrawn and a bandage applied.

NURSING: Pre-procedure pain 6/10. Vital signs stable. Discharged with a driver.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(6, None), need=minus(ESI_NEED, "conservative_care"), dos="2026-02-05", pos="24",
        codes=[line("64483", "RT")], findings=["conservative_care", "post_procedure_pain_score"],
        comment="no conservative care at all; only a pre-procedure score in the nursing line; 'Same.' postop "
                "diagnosis follows a coded preop diagnosis (no diagnosis finding)")

    add("fbk-tfesi-03", "journal_technique", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Cervical radiculopathy, right C7 (M54.12).
POSTOPERATIVE DIAGNOSIS: Cervical radiculopathy, right C7 (M54.12).
PROCEDURE PERFORMED: Right C6-C7 transforaminal epidural steroid injection with fluoroscopic guidance and
digital subtraction angiography.
ANESTHESIA: Local infiltration only.
ESTIMATED BLOOD LOSS: None.

INDICATIONS FOR PROCEDURE: Five months of right neck pain radiating over the triceps and dorsal forearm to the
middle finger, with a diminished right triceps reflex and weak elbow extension. Eight weeks of supervised
physical therapy and a trial of pregabalin did not improve the arm pain, and pregabalin caused sedation. She
cannot hold a hair dryer or sleep through the night. MRI shows a right C6-C7 uncovertebral osteophyte with
moderate right foraminal stenosis compressing the exiting C7 root.

CONSENT: The nature of the procedure, including the rare risks of stroke, spinal cord injury and paralysis,
was reviewed, and informed consent was obtained in writing.

TECHNIQUE: The patient was placed supine with the head turned slightly to the left. Universal protocol was
observed with a time-out before the skin was prepped. Using an ipsilateral oblique view, the right C6-C7
foramen was brought into profile and the skin was anesthetized with 1 mL of 1% lidocaine. A 25-gauge blunt-tip
needle was advanced onto the posterior half of the foramen, anterior to the superior articular process, and
the depth was confirmed on an AP view with the tip no further medial than the midpoint of the articular
pillar. Under live digital subtraction, Isovue-M 300, 0.5 mL, outlined the right C7 root sleeve with no
arterial or venous filling. Dexamethasone 4 mg (1 mL) mixed with 0.5 mL of 1% lidocaine was then injected.
AP and oblique images were archived.

FINDINGS: Foraminal and epidural contrast spread along the right C7 root.

DISPOSITION: No complications. Arm pain decreased from 8/10 before the injection to 3/10 afterward. Discharged
after 30 minutes of observation.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 15), given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 3), need=ESI_NEED, dos="2026-03-19", pos="22", payer="medicare_cgs",
        codes=[line("64479", "RT")], findings=[])

    add("fbk-tfesi-04", "sample_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).
POSTOPERATIVE DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).

PROCEDURES:
1. Right L4-L5 transforaminal epidural steroid injection.
2. Left L4-L5 transforaminal epidural steroid injection.

ANESTHESIA: Local.
ESTIMATED BLOOD LOSS: Minimal.

INDICATIONS: Bilateral buttock and anterolateral thigh pain with tingling in both shins for six months, worse
with walking and relieved by sitting; bilateral L4-L5 foraminal narrowing from facet hypertrophy and a broad
disc bulge on MRI. She completed ten weeks of physical therapy without meaningful improvement and celecoxib did
not help.

DESCRIPTION OF PROCEDURE: Written consent was obtained after discussion of the risks. The patient was placed
prone and the lumbar region was prepped and draped. A time-out was performed. With oblique fluoroscopic views
a 22-gauge spinal needle was directed to each L4-L5 foramen, right and then left, and the position was checked
on a lateral view. Omnipaque 300, 1 mL per side, showed perineural and epidural flow without vascular uptake.
At each side Depo-Medrol 40 mg with 1 mL of 0.25% bupivacaine was injected. The needles were removed and the
skin cleaned.

The patient tolerated the procedure well without complication. Pain score 7/10 before and 3/10 after.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 5)],
        pain=(7, 3), need=minus(ESI_NEED, "functional_impairment"), dos="2026-04-22",
        codes=[line("64483", "50"), line("J1010", units=80)], findings=["functional_impairment", "saved_images"],
        comment="no functional limitation; nothing about saved images; 80 mg methylprednisolone is within its ceiling")

    add("fbk-tfesi-05", "sample_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS:
1. Left S1 radiculopathy.
2. Lumbosacral radiculopathy (M54.17).

POSTOPERATIVE DIAGNOSIS: Same as above.

PROCEDURE PERFORMED: Repeat left L5-S1 and S1 transforaminal epidural steroid injections, fluoroscopically
guided.

ANESTHESIA: Local. No sedation.

INDICATIONS FOR PROCEDURE: She returns with recurrent left buttock, posterior calf and lateral foot pain that
has been present for more than a year, with a positive left straight-leg raise and a reduced left ankle reflex.
Her previous left L5-S1 and S1 transforaminal injections on 05/12/2026 gave 70% relief that lasted four months.
Before those injections she had twelve weeks of physical therapy and gabapentin without relief. The pain again
keeps her from walking more than a block and from her part-time job. MRI shows a left L5-S1 disc herniation
compressing the left S1 root in the lateral recess.

PROCEDURE IN DETAIL: Informed consent was reviewed and signed. The patient was placed prone and the skin
prepped and draped. Time-out was completed. Under AP and oblique fluoroscopy, a 22-gauge needle was placed at
the left L5-S1 foramen and a second 22-gauge needle through the left S1 dorsal foramen. Isovue-M 200, 1 mL per
needle, confirmed perineural flow without vascular runoff. At each level Celestone Soluspan 6 mg (1 mL) with
1 mL of 1% lidocaine was injected. AP and lateral images were saved.

DISPOSITION: Pain 8/10 before and 3/10 after the procedure. No complications. Discharged ambulatory.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, dos="2026-10-06",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J0702", units=2)], findings=[],
        comment="repeat with 70% relief for four months (>= 50%, >= 90 days); second session in 12 months")

    add("fbk-ilesi-01", "textbook_sample", """
CERVICAL EPIDURAL STEROID INJECTION

PREOPERATIVE DIAGNOSIS: Cervical radiculopathy (M54.12).
POSTOPERATIVE DIAGNOSIS: Cervical radiculopathy (M54.12).
PROCEDURE: C7-T1 interlaminar epidural steroid injection, midline approach, under fluoroscopic guidance.
ANESTHESIA: Local only, no sedation.

INDICATIONS: Left neck pain radiating to the left forearm and ring and small fingers for three months, with
paresthesias in the left ulnar hand and a positive Spurling maneuver on the left. Seven weeks of physical
therapy did not reduce the arm symptoms and meloxicam caused stomach upset. She cannot type for more than a
few minutes or carry groceries.

PROCEDURE: The procedure was explained in detail and the patient signed the consent form. She was placed prone
with the neck flexed over a pillow. After sterile prep and drape, a time-out was performed. The C7-T1
interspace was identified on an AP view and the skin anesthetized with 2 mL of 1% lidocaine. An 18-gauge Tuohy needle was advanced in
the midline, and on a contralateral oblique view the loss-of-resistance technique with saline identified the
epidural space. Omnipaque 240, 1.5 mL, produced a linear epidural pattern without vascular or subarachnoid
spread. Kenalog 80 mg (2 mL) diluted with 3 mL of preservative-free saline was injected. AP and contralateral
oblique images were saved.

FINDINGS: Epidural contrast spreading cephalad to C5 and predominantly to the left.

DISPOSITION: No complications. Pain 6/10 before and 2/10 after. Discharged home.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 2), need=minus(ESI_NEED, "imaging_findings"), dos="2026-05-14", pos="24",
        codes=[line("62321")], findings=["imaging_findings"],
        comment="no MRI/CT finding in the note; 80 mg triamcinolone is within its ceiling")

    add("fbk-ilesi-02", "journal_technique", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Thoracic radiculopathy (M54.14), left T10 distribution.
POSTOPERATIVE DIAGNOSIS: Thoracic radiculopathy (M54.14), left T10 distribution.
PROCEDURE PERFORMED: T10-T11 interlaminar epidural steroid injection, left paramedian approach, with
fluoroscopic guidance and epidurography.
ANESTHESIA: Local.
ESTIMATED BLOOD LOSS: Nil.

INDICATIONS FOR PROCEDURE: Band-like left lower chest and flank pain following the T10 dermatome for five months,
with hyperesthesia along the band and no skin lesions at any time. Six weeks of physical therapy and
nortriptyline brought no improvement. The pain prevents her from sleeping on her left side and from lifting her
grandchild. MRI of the thoracic spine shows a left paracentral T10-T11 disc protrusion abutting the left T10
root.

DESCRIPTION OF PROCEDURE: Risks including dural puncture, headache, infection and bleeding were discussed and
written consent obtained. The patient was brought to the fluoroscopy suite and placed prone. The thoracic
region was prepped with chlorhexidine and draped. A time-out was held in accordance with universal protocol.
The T10-T11 interlaminar space was identified and the skin over the left paramedian entry point was
anesthetized with 2 mL of 1% lidocaine. A 20-gauge Tuohy needle was advanced under lateral fluoroscopy and the
epidural space entered with loss of resistance to air. Isovue-M 300, 1 mL, outlined the dorsal epidural space on
the left without vascular uptake. Dexamethasone 10 mg with 4 mL of preservative-free normal saline was
injected. Lateral and AP images were saved.

FINDINGS: Left-predominant dorsal epidural spread from T9 to T11.

DISPOSITION: Pain 7/10 before and 3/10 after. There were no complications. Discharged to home.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 20), given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2026-06-09", pos="22", codes=[line("62321")], findings=[])

    add("fbk-ilesi-03", "sample_op_report", """
OPERATIVE REPORT

DATE OF PROCEDURE: 11/08/2023

PREOPERATIVE DIAGNOSES:
1. Lumbar radiculopathy (M54.16).
2. Lumbar spinal stenosis with neurogenic claudication (M48.062).

POSTOPERATIVE DIAGNOSES: Unchanged.

PROCEDURE PERFORMED: L4-L5 interlaminar epidural steroid injection, right paramedian approach, under
fluoroscopy.

ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: Eight months of bilateral anterior thigh and right medial calf pain with numbness
in the right shin, worse with standing. Physical therapy for eight weeks and acetaminophen failed to relieve
it. He must sit down after walking one block. MRI shows moderate central canal stenosis at L4-L5 with right
lateral recess narrowing.

PROCEDURE IN DETAIL: Informed consent was obtained. The patient was placed prone and prepped and draped in a
sterile manner. A time-out was performed. The L4-L5 interspace was identified fluoroscopically. An 18-gauge
Tuohy needle was advanced to the right of midline and the epidural space was identified using loss of
resistance. Omnipaque 240, 2 mL, confirmed epidural spread without vascular uptake. A mixture of Depo-Medrol
80 mg (2 mL) and 2 mL of 1% lidocaine was injected. AP and lateral views were saved.

The patient tolerated the procedure well. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(None, None), need=ESI_NEED, dos="2023-11-08",
        codes=[line("62323"), line("J1040", units=1)],
        findings=["post_procedure_pain_score", "pre_procedure_pain_score"],
        comment="no pain score anywhere; dated before 2024-04-01 so 80 mg methylprednisolone is J1040 x1")

    add("fbk-caudal-01", "textbook_sample", """
CAUDAL EPIDURAL STEROID INJECTION

PREOPERATIVE DIAGNOSES:
1. Failed back surgery syndrome (M96.1).
2. Lumbar spinal stenosis with neurogenic claudication (M48.062).
POSTOPERATIVE DIAGNOSES: As above.
PROCEDURE: Caudal epidural steroid injection with fluoroscopic guidance and epidurogram.
ANESTHESIA: Local.

INDICATIONS: Two years after an L4-L5 laminectomy she has bilateral posterior thigh and calf pain with burning
in both feet, worse with standing. Twelve weeks of aquatic therapy did not relieve the leg pain and
duloxetine was stopped for nausea. She can no longer shop for groceries without a motorized cart. MRI shows
postoperative epidural fibrosis surrounding the L5 roots and recurrent stenosis at L3-L4.

TECHNIQUE: The procedure, risks and benefits were discussed and informed consent was obtained. The patient was
positioned prone with a pillow under the pelvis. The sacral hiatus was palpated and confirmed on a lateral
fluoroscopic view; after chlorhexidine prep and sterile drape a time-out was carried out. The skin was
infiltrated with 3 mL of 1% lidocaine and a 20-gauge spinal needle was passed through the sacrococcygeal
ligament into the caudal canal. Omnipaque 240, 3 mL, spread cephalad to S1 in a typical epidural "Christmas
tree" pattern without vascular uptake. Kenalog 40 mg (1 mL) with 2 mL of 0.5% ropivacaine and 5 mL of
preservative-free saline was injected. Lateral and AP images were stored.

DISPOSITION: Pain 8/10 before and 4/10 after. No complications. Discharged in stable condition.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 40),
               given("ropivacaine", 10)],
        pain=(8, 4), need=minus(ESI_NEED, "symptom_duration"), dos="2026-07-21",
        codes=[line("62323"), line("J3301", units=4)], findings=["symptom_duration"],
        comment="gold corrected (round 13, LEAD): 'Two years after an L4-L5 laminectomy she has ... pain' gives the time "
                "since surgery, not when the pain began: no symptom duration")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, intra-articular facet injections and facet radiofrequency (8 notes)."""
    add("fbk-mbb-01", "sample_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).
POSTOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).

PROCEDURES PERFORMED:
1. Bilateral L3 and L4 medial branch blocks and L5 dorsal ramus blocks (L4-L5 and L5-S1 facet joints),
   diagnostic.
2. Fluoroscopic needle guidance.

ANESTHESIA: Local. No sedation, so as not to confound the diagnostic response.
ESTIMATED BLOOD LOSS: None.

INDICATIONS FOR PROCEDURE: Axial low back pain across the belt line for two years, worse with prolonged standing
and extension and without radiation below the knees. A three-month home exercise and physical therapy program
failed to change the pain, and naproxen was discontinued because of elevated blood pressure. He has given up
golf and cannot stand at a counter for more than ten minutes. Lumbar MRI shows bilateral facet hypertrophy at
L4-L5 and L5-S1.

DESCRIPTION OF PROCEDURE: The procedure and its risks were explained and the patient signed an informed consent.
He was brought to the fluoroscopy suite and placed prone. The lumbar area was prepped and draped in sterile
fashion and a time-out was completed. Using AP and oblique views, the junctions of the superior articular and
transverse processes of L4 and L5 and the sacral ala were identified on both sides. A 22-gauge 3.5-inch spinal
needle was placed at each of the six targets. After negative aspiration, 0.5 mL of 0.5% bupivacaine was
injected at each target.

DISPOSITION: Pain 7/10 before the block and 1/10 at 30 minutes, an 85% reduction; he was given a pain diary. No
complications. Discharged ambulatory.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-17",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fbk-mbb-02", "sample_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Thoracic spondylosis (M47.814), right T7-T8 and T8-T9 facet joints.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Right T6, T7 and T8 medial branch blocks for the right T7-T8 and T8-T9 facet joints, diagnostic,
under fluoroscopy.
ANESTHESIA: Local.

INDICATIONS: Right-sided mid-back pain for nine months, reproduced by extension and rotation, without chest-wall
radiation. Physical therapy twice weekly for eight weeks did not help, and a lidocaine patch gave no relief.
CT shows right T7-T8 and T8-T9 facet arthropathy.

PROCEDURE: Consent was obtained in writing. The patient was placed prone, the thoracic spine prepped and draped,
and a time-out performed. Under AP fluoroscopy a 22-gauge needle was directed to the superolateral corner of
the right T7, T8 and T9 transverse processes in turn. 2% lidocaine, 0.5 mL, was injected at each of the three
sites.

FINDINGS: Pain 5/10 before and 1/10 afterward, about 80% relief. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="thoracic", laterality="right",
                    levels=["T7-T8", "T8-T9"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("lidocaine", 30)],
        pain=(5, 1), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-03-03", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["functional_impairment"],
        comment="no functional limitation stated")

    add("fbk-mbb-03", "journal_technique", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812).
POSTOPERATIVE DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812).
PROCEDURE PERFORMED: Left C4, C5 and C6 medial branch blocks (C4-C5 and C5-C6 facet joints), second
diagnostic (confirmatory) block, fluoroscopically guided.
ANESTHESIA: Local. No sedation.

INDICATIONS FOR PROCEDURE: Left posterior neck pain for fourteen months with referral to the left shoulder
girdle and no arm symptoms. Ten weeks of physical therapy and cervical traction failed, and NSAIDs were
stopped for reflux. She cannot turn her head to back out of the driveway. MRI shows left C4-C5 and C5-C6 facet
arthropathy. The first left C4-C6 medial branch block on 08/04/2026 with lidocaine gave 90% relief for two hours.

TECHNIQUE: Informed consent was confirmed. The patient was placed prone with the forehead on a padded rest and
the neck prepped and draped. Universal protocol was followed, including a time-out. On a true lateral view the
waists of the left C4, C5 and C6 articular pillars were marked, and 25-gauge needles were advanced from a
posterolateral approach to the center of each pillar; AP views confirmed the tips on the lateral margins. 0.5%
bupivacaine, 0.5 mL, was injected at each nerve.

DISPOSITION: Pain 6/10 before and 1/10 at 30 minutes, 83% relief. No complications. Discharged with a pain diary.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-08-25", payer="medicare_fcso",
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")], findings=[],
        comment="confirmatory block after a first block with 90% relief")

    add("fbk-facet-01", "textbook_sample", """
LUMBAR FACET JOINT INJECTION

PREOPERATIVE DIAGNOSIS: Lumbar facet arthropathy.
POSTOPERATIVE DIAGNOSIS: Lumbar facet arthropathy.
PROCEDURE: Bilateral L4-L5 and L5-S1 intra-articular facet joint injections, diagnostic, with fluoroscopic
guidance.
ANESTHESIA: Local.

INDICATIONS: Axial low back pain for eighteen months, worse with extension and twisting, without radicular
features. Twelve weeks of physical therapy produced no improvement and ibuprofen gave no relief. She is unable
to work a full shift at the bakery. MRI reveals facet effusions and hypertrophy at L4-L5 and L5-S1 bilaterally.

TECHNIQUE: The patient gave informed consent. She was placed prone, prepped and draped. A time-out was done.
With the C-arm rotated obliquely until each joint line opened, a 22-gauge spinal needle was advanced into the
inferior recess of the right and left L4-L5 and L5-S1 facet joints. A small amount of Omnipaque 240, 0.2 mL per
joint, confirmed intra-articular placement. 0.5 mL of 2% lidocaine was then injected into each of the four joints.

DISPOSITION: Pain 7/10 before and 2/10 after, about 70% relief. No complications. Discharged home.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                    sedation="local")],
        drugs=[given("iohexol", 0.8, "ml"), given("lidocaine", 40)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-09-10", pos="22",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fbk-mbb-04", "sample_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816), right L3-L4 through L5-S1.
POSTOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816), right L3-L4 through L5-S1.
PROCEDURE PERFORMED: Right L2, L3 and L4 medial branch blocks and right L5 dorsal ramus block (right L3-L4,
L4-L5 and L5-S1 facet joints), diagnostic, fluoroscopic guidance.
ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: Right low back pain for three years, worse with extension, standing and rolling in
bed, not radiating past the buttock. Physical therapy for four months did not help; tramadol and meloxicam have
not relieved it. He can no longer do yard work or carry firewood. MRI: right-sided facet hypertrophy from
L3-L4 to L5-S1.

DESCRIPTION OF PROCEDURE: After written informed consent the patient was placed prone and prepped and draped
sterilely. A time-out was completed. Under AP and oblique fluoroscopy, 22-gauge needles were placed at the
right L2, L3 and L4 medial branches and the right L5 dorsal ramus. 0.5% ropivacaine, 0.5 mL, was given at each
of the four targets.

DISPOSITION: Pain 6/10 before and 1/10 afterward (83% relief). No complications. Diary provided.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic",
                    sedation="local")],
        drugs=[given("ropivacaine", 10)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-05-05",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT"), line("64495", "KX", "RT")],
        findings=["level_limit"], comment="three facet joints in one session (goldkit level_limit)")

    add("fbk-rfa-01", "sample_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).
POSTOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).

PROCEDURES PERFORMED:
1. Bilateral L3 and L4 medial branch radiofrequency neurotomy.
2. Bilateral L5 dorsal ramus radiofrequency neurotomy.
(L4-L5 and L5-S1 facet joints.)

ANESTHESIA: Local.
ESTIMATED BLOOD LOSS: Minimal.

INDICATIONS FOR PROCEDURE: Chronic axial low back pain for four years. Physical therapy for three months, a
home exercise program and NSAIDs failed to provide lasting relief. She cannot stand long enough to prepare a
meal or walk through a grocery store. Two sets of diagnostic bilateral L3, L4 medial branch and L5 dorsal ramus
blocks gave 85% and 90% relief respectively.

DESCRIPTION OF PROCEDURE: Written informed consent was obtained. The patient was brought to the fluoroscopy suite
and placed prone. The low back was prepped and draped in the usual sterile fashion. Universal protocol was
followed with a time-out. Using AP and oblique views, the skin at each of the six entry points was
anesthetized with 1 mL of 1% lidocaine. 18-gauge 10-cm radiofrequency cannulas with 10-mm active tips were
advanced parallel to the course of each nerve, at the junction of the superior articular and transverse
processes of L4 and L5 and at the sacral ala. Lateral views confirmed the positions. Sensory stimulation at
50 Hz reproduced concordant back pain below 0.5 V, and motor stimulation at 2 Hz to 2 V produced no leg
movement. Conventional thermal lesions were made at 80 degrees C for 90 seconds at each site.

DISPOSITION: Pain 7/10 before and 2/10 after. No complications. Discharged ambulatory with her daughter.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-06-23", pos="24",
        codes=[line("64635", "50"), line("64636", "50")], findings=[])

    add("fbk-rfa-02", "journal_technique", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Cervical facet arthropathy, left C3-C4 and C4-C5.
POSTOPERATIVE DIAGNOSIS: Cervical facet arthropathy, left C3-C4 and C4-C5.
PROCEDURE PERFORMED: Left C3, C4 and C5 medial branch radiofrequency ablation under fluoroscopic guidance.
ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: Left upper neck pain with occipital referral for two years. Physical therapy for
twelve weeks and two NSAIDs failed. She cannot look up to hang laundry or turn to check traffic. A left C3-C5
medial branch block with Sensorcaine on 06/02/2026 gave 85% relief for five hours.

TECHNIQUE: Informed consent was obtained after the risks, including transient neuritis and numbness, were
discussed. The patient lay prone with the neck slightly flexed. After sterile prep and a time-out, the skin at
each of the three targets was infiltrated with 0.5 mL of 2% lidocaine. Under lateral and AP fluoroscopy, 20-gauge
radiofrequency cannulas were placed along the waists of the left C3, C4 and C5 articular pillars. Sensory
testing at 50 Hz reproduced the familiar neck pain and motor testing at 2 Hz produced no upper-limb
contraction. Thermal lesions were created at 80 degrees Celsius for 90 seconds at each nerve.

DISPOSITION: Pain 6/10 before and 2/10 after. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-07-14",
        codes=[line("64633", "LT"), line("64634", "LT")], findings=["diagnostic_block_relief"],
        comment="only one diagnostic block documented before RFA (two at >= 80% asked); Sensorcaine was given at that "
                "earlier block, not today")

    add("fbk-rfa-03", "sample_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Lumbosacral facet syndrome (M47.817), right L5-S1.
POSTOPERATIVE DIAGNOSIS: Lumbosacral facet syndrome (M47.817), right L5-S1.
PROCEDURE PERFORMED: Repeat right L4 medial branch and L5 dorsal ramus radiofrequency neurotomy (right L5-S1
facet joint), fluoroscopic guidance.
ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: Right lower lumbosacral pain for five years. Physical therapy for eight weeks and
NSAIDs did not give lasting relief. The right L5-S1 radiofrequency neurotomy done ten months ago gave 70% relief
that lasted eight months; the pain has now returned and again keeps him from bending to garden or sitting
through a drive of more than thirty minutes.

DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was positioned prone and prepped and draped.
A time-out was performed. Under oblique fluoroscopy the skin over the right L4 medial branch and the right L5
dorsal ramus was anesthetized with 1.5 mL of 1% lidocaine at each site. 18-gauge radiofrequency cannulas were
placed, sensory stimulation reproduced his usual pain and motor stimulation showed no leg contraction. Lesions
were made at 85 degrees C for 90 seconds at each nerve.

DISPOSITION: Pain 8/10 before and 3/10 after. No complications. Discharged to home.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 30)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-10-20", pos="22", payer="medicare_cgs",
        codes=[line("64635", "RT")], findings=[],
        comment="repeat RFA with 70% relief for eight months (>= 50%, >= 180 days); second session in 12 months")


def _sacroiliac(add, proc, line, given, SPINE_NEED) -> None:  # noqa: N803
    """Sacroiliac joint injections (3 notes)."""
    add("fbk-sij-01", "sample_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Sacroiliitis (M46.1), right.
POSTOPERATIVE DIAGNOSIS: Sacroiliitis (M46.1), right.
PROCEDURE PERFORMED: Right sacroiliac joint injection, therapeutic, under fluoroscopic guidance with arthrogram.
ANESTHESIA: Local.
ESTIMATED BLOOD LOSS: None.

INDICATIONS FOR PROCEDURE: Right buttock pain below the posterior superior iliac spine for eight months, with
positive thigh thrust, FABER and sacral compression tests on the right. Physical therapy for ten weeks failed to
help and diclofenac gave no benefit. She cannot sit through a church service or climb the stairs to her
apartment without stopping. A diagnostic right sacroiliac joint block on 12/09/2025 with lidocaine gave 80%
relief for the duration of the anesthetic.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after a discussion of risks and alternatives. The
patient was placed prone and the right buttock prepped and draped. A time-out was carried out. The C-arm was
rotated until the medial and lateral joint lines of the inferior right sacroiliac joint were superimposed. A
22-gauge spinal needle was advanced into the inferior joint recess, and Omnipaque 240, 0.5 mL, produced an
intra-articular arthrogram without vascular uptake. Celestone Soluspan 6 mg (1 mL) with 1 mL of 0.5% ropivacaine
was injected. AP and contralateral oblique images were saved.

DISPOSITION: Pain 8/10 before and 2/10 after, about 75% relief. No complications. Discharged home.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("iohexol", 0.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("ropivacaine", 5)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-01-27",
        codes=[line("27096", "RT"), line("J0702", units=1)], findings=[])

    add("fbk-sij-02", "sample_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Bilateral sacroiliac joint arthropathy.
POSTOPERATIVE DIAGNOSIS: Bilateral sacroiliac joint arthropathy.
PROCEDURES PERFORMED:
1. Right sacroiliac joint injection, diagnostic.
2. Left sacroiliac joint injection, diagnostic.
ANESTHESIA: Local.

INDICATIONS: Pain over both sacral sulci for seven months with positive distraction, thigh thrust and Gaenslen
tests bilaterally. Eight weeks of physical therapy did not change the pain and celecoxib did not help. He can no
longer sit through a movie or drive more than twenty minutes.

DESCRIPTION OF PROCEDURE: The procedure was explained and consent was signed. The patient was placed prone and
prepped and draped. Time-out performed. Under fluoroscopy a 22-gauge spinal needle was placed into the inferior
aspect of each sacroiliac joint; Isovue-M 300, 0.5 mL per side, showed intra-articular spread. 1.5 mL of 2%
lidocaine was injected into each joint. AP and oblique views were stored.

No complications.

NURSING NOTE: Pain 8/10 on arrival; 2/10 at 30 minutes. Discharged with pain diary.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("iopamidol", 1, "ml"), given("lidocaine", 60)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-04-07", pos="24",
        codes=[line("27096", "50")], findings=["percent_relief"],
        comment="relief only implied by the nursing pre/post scores (75%), never stated")

    add("fbk-sij-03", "textbook_sample", """
SACROILIAC JOINT INJECTION

PREOPERATIVE DIAGNOSIS: Sacroiliitis, not elsewhere classified (M46.1), left.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Left sacroiliac joint injection with corticosteroid (therapeutic), fluoroscopically guided.
ANESTHESIA: Local.

INDICATIONS: Left buttock and posterior thigh pain for one year with three positive provocative tests on the
left. Twelve weeks of physical therapy brought no relief and meloxicam did not help. She can walk only one
block before stopping. A diagnostic left sacroiliac joint injection in June 2026 gave 90% relief during the
local anesthetic phase.

TECHNIQUE: Consent was obtained after explanation of the risks. The patient lay prone; the left sacroiliac
region was prepped and draped. With the C-arm angled to open the inferior joint, a 22-gauge needle was advanced
into the left sacroiliac joint and Omnipaque 300, 0.5 mL, outlined the joint capsule. Triamcinolone 40 mg
(1 mL) with 1 mL of 1% lidocaine was injected. AP and oblique images saved.

DISPOSITION: Pain 7/10 before and 2/10 after, 70% improvement. No complications. Discharged home.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-09-01",
        codes=[line("27096", "LT"), line("J3301", units=4)], findings=["time_out"],
        comment="no time-out or universal protocol statement")


def _others(add, proc, line, given, SPINE_NEED) -> None:  # noqa: N803
    """Sympathetic, stimulator trial, augmentation, genicular, trigger point, joint, occipital, pump (10 notes)."""
    add("fbk-stellate-01", "journal_technique", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Complex regional pain syndrome type I of the left upper limb (G90.512).
POSTOPERATIVE DIAGNOSIS: Complex regional pain syndrome type I of the left upper limb (G90.512).
PROCEDURES PERFORMED:
1. Left stellate ganglion block, diagnostic.
2. Ultrasound guidance with permanent image recording.
ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: Burning pain, swelling, color change and allodynia of the left hand for five months
after a distal radius fracture, limiting her to one-handed dressing. Occupational therapy and gabapentin have
not controlled the pain.

TECHNIQUE: After informed consent and a time-out, the patient was positioned supine with the head turned slightly
to the right. A linear transducer was placed transversely at the left anterior neck, identifying the carotid
artery, the longus colli and the prevertebral fascia; color Doppler excluded vessels along the planned path. A
25-gauge needle was advanced in plane from lateral to medial until the tip lay beneath the prevertebral fascia
over the longus colli. After negative aspiration, 5 mL of 0.25% bupivacaine was injected in divided doses with
real-time spread visualized. A representative image was saved to the record.

FINDINGS: Left Horner syndrome and a rise in left palm temperature of 2 degrees C within 10 minutes.

DISPOSITION: Pain 7/10 before and 3/10 after. No complications; no hoarseness or dysphagia. Discharged.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 12.5)],
        pain=(7, 3), need=("diagnosis",), dos="2026-02-10", codes=[line("64510"), line("76942")], findings=[])

    add("fbk-lsb-01", "sample_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Complex regional pain syndrome I of right lower limb (G90.521).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Right lumbar sympathetic block under fluoroscopic guidance with contrast.
ANESTHESIA: Local.

INDICATIONS: Right foot burning pain, cold intolerance and mottling for seven months after a crush injury,
with allodynia to light touch; she cannot wear a shoe on the right. Physical therapy with desensitization and
duloxetine have not helped.

DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was placed prone and the right flank prepped
and draped. A time-out was performed. Using an oblique fluoroscopic view, a 22-gauge 5-inch needle was advanced
to the anterolateral margin of the vertebral body, and a lateral view confirmed the tip at its anterior third.
Isovue-M 300, 3 mL, spread in a linear cephalocaudal pattern along the anterior psoas margin without vascular
or psoas uptake. 15 mL of 0.2% ropivacaine was injected in 5-mL increments.

FINDINGS: Right great-toe temperature rose from 29.4 to 33.1 degrees C.

DISPOSITION: Pain 8/10 before and 4/10 after. No complications. Discharged after observation.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("iopamidol", 3, "ml"), given("ropivacaine", 30)],
        pain=(8, 4), need=("diagnosis",), dos="2026-02-24", pos="24",
        codes=[line("64520"), line("77002", "26")], findings=["levels"],
        comment="the vertebral level of the block is never named")

    add("fbk-scs-01", "sample_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSES:
1. Failed back surgery syndrome (M96.1).
2. Chronic bilateral lower extremity radicular pain.
POSTOPERATIVE DIAGNOSES: As above.
PROCEDURE PERFORMED: Percutaneous placement of two epidural spinal cord stimulator trial leads with fluoroscopic
guidance.
ANESTHESIA: Local; the patient was kept awake for intraoperative stimulation mapping.
ESTIMATED BLOOD LOSS: Less than 5 mL.

INDICATIONS FOR PROCEDURE: He has had constant bilateral leg and low back pain for three years, since an L4-S1
fusion. Physical therapy, gabapentin, duloxetine and two epidural injections all failed to give meaningful relief, and he
cannot walk more than half a block or sleep more than three hours. A psychological evaluation on 02/18/2026
cleared him for spinal cord stimulation with no contraindication found.

DESCRIPTION OF PROCEDURE: The risks of infection, bleeding, dural puncture and lead migration were reviewed and
informed consent was signed. He received preoperative cefazolin and was placed prone. The lumbar and lower
thoracic region was prepped and draped. A time-out was completed. The skin and subcutaneous tissue at the
L1-L2 level were anesthetized with 10 mL of 1% lidocaine. Under AP and lateral fluoroscopy, a 14-gauge Tuohy
needle was advanced through a left paramedian approach into the epidural space with loss of resistance, and an
eight-contact percutaneous lead was steered to the top of T8 just left of midline. A second needle and lead were
placed to the right of midline with the tip at mid-T8. Intraoperative testing produced paresthesia covering both
legs and the low back. The leads were anchored to the skin and connected to the external trial generator.

DISPOSITION: Pain 8/10 before and 3/10 in recovery with stimulation on. No complications. Discharged with
instructions for the seven-day trial.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-03-31", pos="24", codes=[line("63650", units=2), line("77003", "26")], findings=[],
        comment="cefazolin is an antibiotic, not a gold drug; uncoded radicular line under a coded M96.1")

    add("fbk-va-01", "sample_op_report", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Age-related osteoporosis with current pathological fracture, vertebra, L1 (M80.08XA).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: L1 balloon kyphoplasty, bilateral transpedicular approach, under biplanar fluoroscopy.
ANESTHESIA: Local with moderate sedation administered by the proceduralist.
ESTIMATED BLOOD LOSS: Minimal.

INDICATIONS FOR PROCEDURE: Severe midline back pain for seven weeks after lifting a bag of potting soil. MRI shows
an acute L1 compression fracture with 35% height loss and marrow edema on STIR images; no retropulsion. Six weeks
of bracing, calcitonin and scheduled analgesics did not relieve the pain, and she is confined to a chair.

DESCRIPTION OF PROCEDURE: Informed consent was obtained. The patient was placed prone on bolsters. Moderate
sedation was given by me: midazolam 2 mg and fentanyl 100 mcg IV, with continuous monitoring by an independent
registered nurse observer; sedation start 09:10, end 09:38, total 28 minutes. A time-out was performed. The
skin and periosteum over both L1 pedicles were anesthetized with 10 mL of 1% lidocaine and 10 mL of 0.5%
bupivacaine. Under AP and lateral fluoroscopy, 11-gauge access cannulas were advanced through both pedicles into
the anterior two-thirds of the vertebral body. Inflatable bone tamps were expanded to create cavities with
partial height restoration, and a total of 5 mL of polymethylmethacrylate cement was delivered under continuous
lateral fluoroscopy without extravasation.

DISPOSITION: Pain 9/10 before and 4/10 after. No complications. Admitted for overnight observation.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 100), given("bupivacaine", 50)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-05-19", pos="22", codes=[line("22514"), line("99152"), line("99153")], findings=[],
        comment="28 min of proceduralist moderate sedation with an observer: 99152 + 99153 x1")

    add("fbk-genrfa-01", "journal_technique", """
OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, left knee (M17.12).
POSTOPERATIVE DIAGNOSIS: Primary osteoarthritis, left knee (M17.12).
PROCEDURE PERFORMED: Left genicular nerve radiofrequency ablation (superolateral, superomedial and inferomedial
genicular nerves) under fluoroscopic guidance.
ANESTHESIA: Local.

INDICATIONS FOR PROCEDURE: Left knee pain for five years; she declines arthroplasty. A diagnostic left genicular
nerve block on 07/14/2026 gave 80% relief for six hours.

TECHNIQUE: Informed consent was obtained and a time-out was performed. The patient lay supine with a bolster
under the left knee. On an AP view the junctions of the femoral shaft with the medial and lateral epicondyles
and of the tibial shaft with the medial condyle were marked. The skin at each site was anesthetized with 1 mL of
2% lidocaine. 18-gauge radiofrequency cannulas were advanced to bone at the three targets and withdrawn 2 mm, and
lateral views placed the tips at the midpoint of the bone. Sensory testing reproduced concordant knee pain and
motor testing at 2 V produced no distal contraction. Thermal lesions at 80 degrees C for 90 seconds were made at
each target.

DISPOSITION: Pain 7/10 before and 2/10 after. No complications.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                    sedation="local")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=("diagnosis",), dos="2026-08-11", codes=[line("64624", "LT")], findings=[])

    add("fbk-tpi-01", "textbook_sample", """
TRIGGER POINT INJECTIONS

DIAGNOSIS: Myofascial pain syndrome of the upper back (M79.18).
PROCEDURE: Trigger point injections, four muscles: right and left upper trapezius and right and left rhomboid
major.
ANESTHESIA: None.

INDICATIONS: Upper back and shoulder-blade pain for four months after a change to a standing desk job; stretching,
massage and ibuprofen did not help, and she cannot work a full day at the keyboard.

TECHNIQUE: Verbal and written consent were obtained and a time-out was done. The skin over each muscle was cleaned
with alcohol. A 27-gauge needle was inserted into each of the four muscles, and 1 mL of 1% lidocaine was injected
into each after negative aspiration.

DISPOSITION: Pain 6/10 before and 2/10 after, about 65% relief. No complications.
""",
        procs=[proc("trigger_point", region="thoracic", sedation="none")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2026-06-30", payer="medicare_cgs",
        codes=[line("20553")], findings=["indication"],
        comment="no taut band, twitch or referred pain described (tpi.trigger_points_found)")

    add("fbk-knee-01", "sample_op_report", """
PROCEDURE NOTE

PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, right knee (M17.11).
POSTOPERATIVE DIAGNOSIS: Primary osteoarthritis, right knee (M17.11).
PROCEDURE: Right knee intra-articular corticosteroid injection, therapeutic, with ultrasound guidance and
permanent image recording.
ANESTHESIA: Local.

INDICATIONS: Right knee pain and swelling for three years, now limiting walking to ten minutes; home exercises and
acetaminophen no longer control it.

TECHNIQUE: After informed consent and a time-out, the patient was positioned supine with the knee slightly
flexed. A linear transducer identified the suprapatellar recess with a small effusion. The skin was prepped with
chlorhexidine and a 22-gauge needle was advanced in plane into the recess. Depo-Medrol 40 mg (1 mL) with 4 mL of
1% lidocaine was injected with visible distension of the recess. An image of the needle in the joint was saved.

DISPOSITION: Pain 7/10 before and 3/10 after. No complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="therapeutic", sedation="local")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(7, 3), need=("diagnosis",), dos="2026-09-29", codes=[line("20611", "RT"), line("J1010", units=40)],
        findings=[])

    add("fbk-onb-01", "textbook_sample", """
OCCIPITAL NERVE BLOCKS

DIAGNOSIS: Occipital neuralgia (M54.81).
PROCEDURE: Bilateral greater occipital nerve blocks, landmark technique without imaging.
ANESTHESIA: None.

INDICATIONS: Shooting pain from the base of the skull to the vertex on both sides for six months, with
tenderness over both greater occipital nerves; it wakes her at night. Amitriptyline did not help.

TECHNIQUE: Informed consent was obtained and a time-out performed. The occipital artery was palpated on each side
one-third of the way from the occipital protuberance to the mastoid process. A 25-gauge needle was advanced to
the occiput just medial to the artery and withdrawn slightly. On each side 2 mL of 0.5% bupivacaine was
injected, with Kenalog added to the syringe.

DISPOSITION: Pain 8/10 before and 2/10 after, with numbness over both occipital scalps. No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none", sedation="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", None)],
        pain=(8, 2), need=("diagnosis",), dos="2026-10-15", codes=[line("64405", "50")], findings=["drug_dose"],
        comment="Kenalog named without an amount: no J3301 line can be counted")

    add("fbk-pump-01", "sample_op_report", """
PROCEDURE NOTE

DIAGNOSIS: Failed back surgery syndrome (M96.1) with chronic intractable pain.
PROCEDURE: Intrathecal pump refill with electronic analysis and reprogramming.

INDICATIONS: He has had constant low back and bilateral leg pain for six years after two lumbar fusions, with
oral opioids ineffective and poorly tolerated; an intrathecal hydromorphone pump has held his pain near 4/10.
The reservoir alarm date is next week. He asks for a small increase because evening pain limits his walking.

TECHNIQUE: Consent was confirmed and a time-out performed. The pump was interrogated with the clinician
programmer. I prepped the skin over the pump with chlorhexidine, located the central reservoir port with the
template and entered it with a 22-gauge non-coring needle; 1.8 mL of residual drug was aspirated, matching the
expected volume. I then instilled 20 mL of preservative-free hydromorphone 10 mg/mL into the reservoir. The daily
dose was reprogrammed from 1.2 mg to 1.32 mg per day (10% increase) and the new alarm date set.

DISPOSITION: No complications. Next refill in about ten weeks.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 200)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2026-11-10",
        codes=[line("62370")], findings=[],
        comment="refilled and reprogrammed by the author: 62370; '4/10' is the usual pain level, not a score today")

    add("fbk-impar-01", "textbook_sample", """
GANGLION IMPAR BLOCK

PREOPERATIVE DIAGNOSIS: Coccygodynia (M53.3).
POSTOPERATIVE DIAGNOSIS: Coccygodynia (M53.3).
PROCEDURES PERFORMED:
1. Ganglion impar block.
2. Fluoroscopic guidance with contrast.
ANESTHESIA: Local.

TECHNIQUE: The procedure was reviewed and written consent obtained. The patient was placed prone with a pillow
under the hips, and the sacrococcygeal region was prepped and draped. A time-out was completed. On a lateral
fluoroscopic view the sacrococcygeal junction was identified; the skin was anesthetized with 2 mL of 1% lidocaine
and a 22-gauge spinal needle was passed through the junction until the tip lay just anterior to it. Omnipaque
240, 2 mL, spread in a retroperitoneal "apostrophe" pattern anterior to the coccyx without vascular uptake.
6 mL of 0.25% bupivacaine with Depo-Medrol 40 mg was injected.

DISPOSITION: Pain 8/10 before and 3/10 after. No complications. Discharged in stable condition.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True, sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("bupivacaine", 15),
               given("methylprednisolone_acetate", 40)],
        pain=(8, 3), need=("diagnosis",), dos="2026-07-07",
        codes=[line("64999"), line("77002"), line("Q9966", units=2), line("J1010", units=40)], findings=["indication"],
        comment="no indication paragraph: a diagnosis with no history, duration or limitation")
