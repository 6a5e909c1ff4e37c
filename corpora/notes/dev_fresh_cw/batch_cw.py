"""Sealed batch `dev_fresh_cw` (coding hard cases): 15 structured notes (`fcw-*`) and 15 dictated notes (`fcw-h-*`).

Every note and its gold were written by hand for this batch, labelled from the text before Painpoint read it
(corpora/README.md conventions; Medicare physician claim unless the note's payer says otherwise).
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    # 1. bilateral two-joint diagnostic MBB + bilateral diagnostic SI joint, office
    add("fcw-facetsi-01", "caps_headers", """
PROCEDURE NOTE - INTERVENTIONAL SPINE

PROCEDURES PERFORMED:
1. Bilateral lumbar medial branch blocks, L4-L5 and L5-S1 facet joints (diagnostic)
2. Bilateral sacroiliac joint injections (diagnostic)

DIAGNOSES:
1. Lumbar spondylosis without radiculopathy (M47.816)
2. Sacroiliitis (M46.1)

INDICATION:
Axial low back pain across the belt line and both buttocks for 14 months. No leg symptoms. Eight weeks of
supervised physical therapy and daily meloxicam did not reduce the pain. Oswestry 44%; she can no longer stand
at the stove long enough to cook a meal. Facet loading reproduces pain on both sides, and Gaenslen and thigh
thrust are positive bilaterally.

CONSENT:
Risks, benefits and alternatives reviewed; written consent signed.

TIME-OUT:
Completed with the full team before the first needle.

TECHNIQUE:
Prone, sterile prep and drape. Under fluoroscopy, 22-gauge needles were placed on the medial branches of L3 and
L4 and on the L5 dorsal ramus on the right, then the same three targets on the left. Each received 0.5 mL of
0.5% bupivacaine. Next each sacroiliac joint was entered at its inferior pole; intra-articular position was
confirmed with 1 mL of Omnipaque 240 per side, then 2 mL of 0.5% bupivacaine was placed in each joint.
AP and oblique images were saved for each joint.

PAIN SCORES:
Before: 7/10. At 30 minutes: 1/10, an 85% reduction; she bent and walked the hall without her usual pain.

COMPLICATIONS:
None.

PLAN:
Pain diary for 8 hours; return in two weeks to review the diary.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic"),
            proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("bupivacaine", 35), given("iohexol", 2, "ml")], pain=(7, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX"), line("27096", "50")], findings=[],
        dos="2025-03-12", pos="11",
        comment="Two families in one session: facet lines 50+KX (diagnostic), 27096-50 beside them (no PTP modifier in the KB).")

    # 2. right two-level TFESI, office, methylprednisolone 80 mg before 2024-04-01 (one J1040); time-out left out
    add("fcw-tfesi-01", "title_headers", """
Transforaminal Epidural Steroid Injection

Procedure: Right L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy
Diagnosis: Lumbar disc herniation with radiculopathy (M51.16)

History: Burning pain from the right buttock down the lateral calf to the top of the foot for 10 weeks, with
numbness over the dorsum of the foot and a positive straight-leg raise on the right at 40 degrees.
Six weeks of physical therapy and a prednisone taper gave no lasting relief. She has had to stop her
part-time job because she cannot sit through a shift.
Imaging: MRI shows a right foraminal disc protrusion at L4-L5 contacting the exiting L4 root and right
foraminal narrowing at L5-S1.

Consent: Obtained in writing after discussion of bleeding, infection, nerve injury and headache.

Technique: Prone. Using fluoroscopy the right L4-L5 and L5-S1 foramina were approached from an oblique
view. After 1 mL of Omnipaque 240 at each level showed a good epidural and perineural pattern with no
vascular runoff, each level received 0.5 mL of methylprednisolone (Depo-Medrol) 80 mg/mL and 1 mL of 1%
lidocaine. AP and lateral images were stored.

Pain: 8/10 before, 3/10 after.
Complications: None. Discharged ambulatory.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(8, 3), need=ESI_NEED,
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1040")], findings=["time_out"],
        dos="2023-10-18", pos="11")

    # 3. bilateral two-joint lumbar RFA in an ASC; post score left out
    add("fcw-rfa-01", "bullets", """
Lumbar radiofrequency neurotomy, bilateral L3-L4 and L4-L5

- Diagnosis: lumbar facet arthropathy (M47.816)
- Pain history: axial low back pain for 3 years, worse with extension and twisting
- Failed care: physical therapy x 12 weeks and naproxen, neither of which lessened the pain
- Function: Oswestry 48%; cannot stand at church services or walk the dog past the end of the street
- Diagnostic blocks: two medial branch blocks at these joints, 90% relief and then 85% relief
- Consent: signed after risks and benefits were reviewed
- Time-out: done
- Pre-procedure pain: 6/10
- Guidance: fluoroscopy
- Targets: L2, L3 and L4 medial branches on each side (L3-L4 and L4-L5 joints)
- Sensory and motor testing: concordant at each site, no leg contraction at 2 Hz
- Anesthetic: 1 mL of 2% lidocaine at each of the 6 lesion sites
- Lesions: conventional thermal radiofrequency at 80 degrees C for 90 seconds per site
- Complications: none
- Disposition: home with a driver
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 120)], pain=(6, None), need=SPINE_NEED,
        codes=[line("64635", "50"), line("64636", "50")], findings=["post_procedure_pain_score"],
        dos="2024-09-05", pos="24")

    # 4. left genicular RFA (three nerves = one code), office
    add("fcw-genrfa-01", "inline_fields", """
Procedure: Left knee genicular nerve radiofrequency ablation. Diagnosis: Primary osteoarthritis, left knee (M17.12).
Indication: Left knee pain for 4 years, Kellgren-Lawrence grade 4, not a surgical candidate; diagnostic genicular block on the left six weeks ago gave 80% relief for the duration of the anesthetic.
Consent: Written consent on file. Time-out: Performed. Imaging: Fluoroscopy, AP and lateral.
Targets: Superomedial, superolateral and inferomedial genicular nerves, left knee.
Anesthetic: 1% lidocaine 2 mL at each target.
Lesion: Thermal RF, 80 C for 90 seconds at each nerve, after sensory stimulation reproduced the knee pain.
Pain score: Pre 7/10; Post 2/10.
Complications: None.
""", procs=[proc("genicular_rfa", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)], pain=(7, 2), need=("diagnosis",),
        codes=[line("64624", "LT")], findings=[], dos="2025-11-20", pos="11")

    # 5. right stellate block under ultrasound with a saved image, hospital outpatient; consent left out
    add("fcw-stellate-01", "odd_spacing", """
PROCEDURE :   Right  stellate  ganglion  block ,  ultrasound  guided

DIAGNOSIS :   Complex regional pain syndrome type I of the right upper limb  (G90.511)

INDICATION :  Burning pain, swelling and color change of the right hand since a wrist fracture 7 months ago ;
              allodynia to light touch .

TIME OUT :    Completed .

TECHNIQUE :   Supine , head turned slightly left .  A linear probe identified the C6 anterior tubercle ,
              the longus colli and the carotid artery .  A 25-gauge needle was advanced in plane to the
              fascia over the longus colli and 5 mL of 0.5% ropivacaine was injected in small aliquots after
              negative aspiration .  A representative ultrasound image was saved to the record .

RESULT :      Horner sign and a 2.1 C rise in right hand temperature at 15 minutes .
              Pain 8/10 before ,  3/10 after .

COMPLICATIONS :  None .
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right", imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)], pain=(8, 3), need=("diagnosis",),
        codes=[line("64510"), line("76942", "26")], findings=["consent"], consent=False,
        dos="2024-05-14", pos="22")

    # 6. L5-S1 interlaminar ESI, office, 60 mg methylprednisolone before 2024-04-01 = one J1040 unit
    add("fcw-ilesi-01", "boilerplate", """
LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION, L5-S1

Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062).
History: Aching and heaviness in both calves and the backs of the thighs after walking two blocks, for 5
months, eased by sitting forward. She did home exercises and physical therapy for 8 weeks and took
celecoxib; the leg pain did not change. She has given up grocery shopping on foot. MRI: moderate central
canal stenosis at L4-L5 and L5-S1 with ligamentum flavum thickening.

Attestation: The procedure, its risks (infection, bleeding, dural puncture, nerve injury), benefits and
alternatives were explained and the patient gave informed consent. A time-out confirming the patient, the
procedure and the level was performed before the procedure. I was present for the entire procedure.

Procedure: Prone on the fluoroscopy table. Skin infiltrated with 3 mL of 1% lidocaine. A 20-gauge Tuohy needle
was advanced at the L5-S1 interspace, midline, with loss of resistance to saline. 2 mL of Omnipaque 240 showed
epidural spread without intrathecal or vascular pattern; AP and lateral images were saved. Injected: 60 mg
methylprednisolone acetate (1.5 mL of 40 mg/mL) with 2 mL of preservative-free normal saline.

Pain: 6/10 before and 2/10 after. Complications: none.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("methylprednisolone_acetate", 60), given("lidocaine", 30), given("iohexol", 2, "ml")],
        pain=(6, 2), need=ESI_NEED,
        codes=[line("62323"), line("J1040")], findings=[], dos="2024-02-07", pos="11",
        comment="60 mg before 2024-04-01: fewest units is one J1040 (up to 80 mg), not J1030 + J1020.")

    # 7. C7-T1 interlaminar ESI in an ASC, FCSO payer; imaging findings left out
    add("fcw-cesi-01", "caps_headers", """
CERVICAL EPIDURAL STEROID INJECTION

PROCEDURE: C7-T1 interlaminar epidural steroid injection with fluoroscopic guidance.
DIAGNOSIS: Cervical radiculopathy (M54.12).

HISTORY: Sharp pain from the left side of the neck over the shoulder blade into the thumb and index finger for
3 months, with tingling in the same fingers and a diminished left biceps reflex. Physical therapy for 6 weeks and
gabapentin did not ease it; gabapentin was stopped for dizziness. He cannot sleep on the left side or lift his
grandchild.

CONSENT: Informed consent obtained and signed.
TIME-OUT: Performed.

DESCRIPTION: Prone with the neck flexed. Contralateral oblique fluoroscopy guided an 18-gauge Tuohy needle at
C7-T1, paramedian left, into the epidural space by loss of resistance. Omnipaque 240, 1.5 mL, outlined the
epidural space; AP and contralateral oblique views were saved. Dexamethasone 10 mg (1 mL of 10 mg/mL) with
2 mL of saline was injected.

PAIN: 7/10 pre, 4/10 post.
COMPLICATIONS: No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iohexol", 1.5, "ml")], pain=(7, 4),
        need=minus(ESI_NEED, "imaging_findings"), codes=[line("62321")], findings=["imaging_findings"],
        dos="2026-02-10", pos="24", payer="medicare_fcso")

    # 8. bilateral L5-S1 + S1 TFESI (two foramina each side), office, Kenalog JZ; saved views left out
    add("fcw-tfesi-02", "title_headers", """
Bilateral Transforaminal Epidural Injection

Procedure: Bilateral L5-S1 and S1 transforaminal epidural steroid injections
Diagnosis: Lumbosacral radiculopathy (M54.17)

Indication: Pain radiating down the back of both legs to the heels for 4 months, right worse than left, with
reduced ankle jerks on both sides. NSAIDs and 7 weeks of physical therapy did not help. He now needs a cane
and can walk only 10 minutes. MRI: broad-based L5-S1 disc bulge with bilateral foraminal narrowing and
contact of both S1 roots.

Consent: Signed. Time-out: Done.

Procedure: Prone, fluoroscopic guidance. Needles were placed at the right and left L5-S1 foramina and through
the right and left S1 foramina. Omnipaque 240, 0.5 mL at each of the four sites, confirmed epidural flow.
Each site received 0.5 mL of Kenalog-40 (triamcinolone 40 mg/mL) and 1 mL of 0.25% bupivacaine. The Kenalog
was drawn from two 1 mL single-dose vials, both used completely with no waste. Images saved to PACS.

Pain scores: 7/10 before, 2/10 after.
Complications: None.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 10), given("iohexol", 2, "ml")],
        pain=(7, 2), need=ESI_NEED,
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", "JZ", units=8)], findings=["saved_images"],
        dos="2026-06-03", pos="11")

    # 9. right three-joint cervical diagnostic MBB: KX on every line, third joint = 64492, level limit
    add("fcw-mbb-01", "bullets", """
Cervical medial branch block - right C4-C5, C5-C6, C6-C7 (diagnostic, first block)

* Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812)
* History: right-sided neck pain for 9 months, worse turning to the right; no arm symptoms
* Conservative care: 10 weeks of physical therapy and a home traction unit, pain unchanged
* Function: Neck Disability Index 38%; cannot check his blind spot when driving
* Consent: obtained, form signed
* Time-out: completed
* Guidance: fluoroscopy, lateral approach
* Nerves blocked: right C4, C5, C6 and C7 medial branches, covering the C4-C5, C5-C6 and C6-C7 joints
* Injectate: 0.5 mL of 0.5% bupivacaine per nerve
* Pain: 6/10 before; 1/10 at 20 minutes with full rotation
* Complications: none
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 10)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT"), line("64492", "KX", "RT")],
        findings=["level_limit"], dos="2025-07-22", pos="22")

    # 10. superior hypogastric block, office: 64517 + 77002 + J3301 + contrast (not imaging-inclusive); pre score left out
    add("fcw-hypogastric-01", "inline_fields", """
Procedure: Superior hypogastric plexus block under fluoroscopy. Diagnosis: Neoplasm-related pelvic pain, cervical cancer (G89.3).
Indication: Deep midline pelvic pain after chemoradiation; opioids limited by sedation.
Consent: Informed consent signed. Time-out: Performed with nursing.
Technique: Prone. Bilateral posterior paramedian needles to the anterolateral L5-S1 junction under fluoroscopy. Omnipaque 300, 3 mL total, showed retroperitoneal spread along the sacral promontory without vascular uptake.
Injectate: 8 mL of 0.25% bupivacaine with triamcinolone 40 mg, split between the two needles.
Post-procedure pain: 3/10.
Complications: None.
""", procs=[proc("sympathetic_block", target="superior_hypogastric", imaging="fluoroscopy", contrast=True)],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40), given("iohexol", 3, "ml")],
        pain=(None, 3), need=("diagnosis",),
        codes=[line("64517"), line("77002"), line("J3301", units=4), line("Q9967", units=3)],
        findings=["pre_procedure_pain_score"], dos="2025-01-28", pos="11",
        comment="Contrast billed: 64517 does not include imaging, office, Omnipaque 300 = 300 mg iodine/mL (Q9967 per mL).")

    # 11. left lumbar sympathetic block at L3 in an ASC: 64520 (no side modifier) + 77002-26
    add("fcw-lsb-01", "odd_spacing", """
Procedure   :  LEFT lumbar sympathetic block   ,  L3
Diagnosis   :  CRPS type I , left lower limb (G90.522)
Indication  :  Cold, mottled, painful left foot since an ankle sprain 10 months ago ; pain with socks and bedsheets .
Consent     :  Reviewed and signed .
Time-out    :  Done .
Technique   :  Prone .  Fluoroscopy :  oblique view to the anterolateral L3 vertebral body on the left .
               Omnipaque 180 ,  2 mL ,  spread along the anterolateral vertebral column without vascular uptake .
               10 mL of 0.25% bupivacaine injected in divided doses .
Result      :  Left foot skin temperature up 2.5 C .   Pain  7/10  ->  2/10 .
Complications :  None .
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left", levels=["L3"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("bupivacaine", 25), given("iohexol", 2, "ml")], pain=(7, 2), need=("diagnosis",),
        codes=[line("64520"), line("77002", "26")], findings=[], dos="2023-12-05", pos="24")

    # 12. bilateral therapeutic intra-articular facet, office, J1010 x80 with JZ; function left out
    add("fcw-facet-01", "boilerplate", """
BILATERAL L4-L5 AND L5-S1 INTRA-ARTICULAR FACET JOINT INJECTIONS (THERAPEUTIC)

Diagnosis: Lumbosacral facet syndrome (M47.817).
History: Low back pain on both sides for 2 years, worse standing and leaning back. Twelve weeks of physical
therapy and two NSAIDs failed to give relief. Two diagnostic medial branch blocks at L4-L5 and L5-S1 this
spring gave 90% and 85% relief.

Attestation: Risks, benefits and alternatives were discussed; the patient understood and signed consent. A
time-out was performed before the procedure. The physician was present for all key portions.

Procedure: Prone. Under fluoroscopy, 22-gauge spinal needles were placed into the right and left L4-L5 and
L5-S1 facet joints; a trace of contrast confirmed an arthrogram at each. Each joint received 0.5 mL of
methylprednisolone 40 mg/mL (20 mg) with 0.5 mL of 0.5% bupivacaine. The Depo-Medrol came from two 1 mL
single-dose vials; both were emptied and nothing was wasted.

Pain: 7/10 before, 3/10 after.
Complications: none.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80), given("bupivacaine", 10)], pain=(7, 3),
        need=minus(SPINE_NEED, "functional_impairment"),
        codes=[line("64493", "50"), line("64494", "50"), line("J1010", "JZ", units=80)],
        findings=["functional_impairment"], dos="2024-11-13", pos="11")

    # 13. left two-level cervical TFESI, hospital outpatient: 64479-LT + 64480-LT, no drug lines
    add("fcw-tfesi-03", "caps_headers", """
LEFT C5-C6 AND C6-C7 TRANSFORAMINAL EPIDURAL STEROID INJECTION

DIAGNOSIS: Cervical foraminal stenosis with radiculopathy (M48.02).
INDICATION: Pain from the left neck into the lateral forearm and middle finger for 6 months, with weakness of
left elbow extension (4/5) and a positive Spurling test on the left. Eight weeks of physical therapy and
duloxetine have not reduced the arm pain. She cannot type for more than 15 minutes. CT myelogram: left
uncovertebral spurs narrowing the C5-C6 and C6-C7 foramina.
CONSENT: Written informed consent.
TIME-OUT: Performed.
PROCEDURE: Supine, head turned right. Under fluoroscopy in the oblique view, needles were placed at the
posterior aspect of the left C5-C6 and C6-C7 foramina. Isovue-M 200, 0.5 mL per level, showed epidural and
perineural spread with no vascular filling on live and digital subtraction imaging. Dexamethasone 4 mg was
injected at each level. AP and oblique images saved.
PAIN: 8/10 before, 4/10 after.
COMPLICATIONS: None.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 8), given("iopamidol", 1, "ml")], pain=(8, 4),
        need=ESI_NEED, codes=[line("64479", "LT"), line("64480", "LT")], findings=[],
        dos="2025-04-09", pos="22")

    # 14. left two-joint cervical RFA with moderate sedation by the proceduralist (99152 + 99153); care left out
    add("fcw-rfa-02", "inline_fields", """
Procedure: Left C5-C6 and C6-C7 cervical medial branch radiofrequency ablation. Diagnosis: Cervical facet arthropathy (M47.812).
History: Left neck and upper trapezius pain for 3 years. Neck Disability Index 46%; he cannot reverse the car or hold his head up to read. Two diagnostic medial branch blocks at left C5-C6 and C6-C7: 90% and 80% relief.
Sedation reason: Severe procedural anxiety with involuntary head movement during both diagnostic blocks, which made needle placement near the vertebral artery unsafe without sedation.
Consent: Signed for the procedure and for moderate sedation. Time-out: Performed.
Sedation: Moderate sedation administered by me, midazolam 2 mg IV and fentanyl 50 mcg IV; an RN monitored the patient throughout as independent observer. Sedation start 09:02, end 09:29 (27 minutes intraservice).
Guidance: Fluoroscopy. Targets: left C5, C6 and C7 medial branches.
Anesthetic: 0.5 mL of 2% lidocaine at each of the 3 nerves.
Lesion: Thermal RF, 85 C for 90 s per lesion.
Pain: 6/10 pre; 2/10 post.
Complications: None.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 30), given("midazolam", 2), given("fentanyl", 50, "mcg")], pain=(6, 2),
        need=minus(SPINE_NEED, "conservative_care"),
        codes=[line("64633", "LT"), line("64634", "LT"), line("99152"), line("99153")],
        findings=["conservative_care"], dos="2026-09-15", pos="11",
        comment="27 min intraservice: 99152 + 99153 x1 ((27-8)//15).")

    # 15. bilateral therapeutic SI, office, CGS payer, J3301 x8 (no container stated); contrast left unsaid
    add("fcw-sij-01", "title_headers", """
Bilateral Sacroiliac Joint Injection

Procedure: Bilateral sacroiliac joint steroid injection, therapeutic, fluoroscopic guidance
Diagnosis: Sacroiliitis (M46.1)

History: Pain over both posterior superior iliac spines and buttocks for 8 months. Physical therapy for 6 weeks
and ibuprofen failed. A diagnostic bilateral SI joint block in May gave 80% relief for the anesthetic's duration.

Consent: Obtained and signed. Time-out: Completed.

Technique: Prone. Under fluoroscopy each joint was entered at the inferior third with a 22-gauge needle.
Each joint received 1 mL of triamcinolone 40 mg/mL and 1.5 mL of 0.5% bupivacaine. AP and oblique images of
each joint were saved.

Outcome: Pain 6/10 before, 1/10 after, about 80% relief.
Complications: None.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 15)], pain=(6, 1),
        need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("27096", "50"), line("J3301", units=8)], findings=["contrast"],
        dos="2024-07-30", pos="11", payer="medicare_cgs")


def _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    # 1. right two-level TFESI + left SI joint, ASC, medicare_facility profile (G0260)
    add("fcw-h-tfesi-01", "dictated", """
Right L4-5 and L5-S1 transforaminal epidural and left SI joint injection

She is a 66-year-old woman with two separate problems. First, for about 3 months she has had shooting pain
from the right hip down the front of the shin to the big toe, with numbness on top of the foot and weak right
ankle dorsiflexion. MRI shows a right foraminal disc protrusion at L4-5 and a smaller one at L5-S1, touching
the right L4 and L5 roots. Physical therapy twice weekly for 6 weeks and a Medrol Dosepak did not make a
dent in the leg pain. She has stopped her morning walks and needs help with laundry. Second, pain over the left
PSIS for over a year with positive Patrick and thigh thrust on the left only; six weeks of physical therapy
and NSAIDs for that pain were also unsuccessful. Diagnoses: lumbar radiculopathy (M54.16) and left sacroiliitis
(M46.1).

Consent was signed after we talked about bleeding, infection, nerve injury and a temporary numb leg. We did a
time-out. Pain before was 8/10.

With her prone and under fluoroscopy I placed needles at the right L4-5 and L5-S1 foramina. Omnipaque 240,
1 mL at each, flowed along the nerve roots into the epidural space without vascular uptake, and I saved AP
and lateral pictures. I injected dexamethasone 5 mg with 1 mL of 1% lidocaine at each level. I then turned
to the left SI joint, entered its lower pole, confirmed the arthrogram with 0.5 mL of Omnipaque 240, saved AP
and oblique images, and injected 2 mL of 0.5% bupivacaine as a diagnostic block. At 20 minutes her leg pain
was 2/10 and the buttock pain about 80% better. No complications. She went home with her husband.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True),
            proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("bupivacaine", 10),
               given("iohexol", 2.5, "ml")], pain=(8, 2), need=ESI_NEED,
        codes=[line("64483", "RT"), line("64484", "RT"), line("G0260", "LT")], findings=[],
        dos="2025-08-19", pos="24", payer="medicare_facility",
        comment="medicare_facility profile: the SI joint line is G0260 (27096 on the physician claim otherwise); no drug lines in an ASC.")

    # 2. commercial payer: bilateral confirmatory MBB as RT/LT lines, no KX, hospital outpatient
    add("fcw-h-mbb-01", "dictated", """
Confirmatory medial branch blocks, both sides, L4-5 and L5-S1 facets.

This is his second diagnostic block. The first, three weeks ago with lidocaine, took his back pain from 7 to
1, about 85 percent, for two hours. Today's block uses a longer-acting agent to confirm. His axial back pain
goes back 18 months; he did 10 weeks of physical therapy and chiropractic without any lasting change and takes
acetaminophen. Oswestry today is 40 percent; he has stopped golfing and can only stand 15 minutes. Diagnosis
is lumbar spondylosis without radiculopathy, M47.816.

I explained the block again and he signed consent. Time-out was held. Before the block he rated his pain
7 out of 10.

Prone, fluoroscopic guidance. On each side I placed a 22-gauge needle at the junction of the superior
articular and transverse processes of L4 and L5 for the L3 and L4 medial branches, and at the sacral ala for
the L5 dorsal ramus. Each of the six needles got 0.5 mL of 0.75% bupivacaine. After 30 minutes he was 0 out
of 10 with extension and rotation. No complications. He will keep a pain log.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 22.5)], pain=(7, 0), need=SPINE_NEED,
        codes=[line("64493", "LT"), line("64493", "RT"), line("64494", "LT"), line("64494", "RT")], findings=[],
        dos="2025-06-17", pos="22", payer="commercial_generic",
        comment="commercial_generic: bilateral and add-on bilateral as RT and LT lines, no KX; no drug lines outside the office.")

    # 3. repeat left RFA whose earlier response is not quantified ('helped some'): prior_procedure_response
    add("fcw-h-rfa-01", "dictated", """
Repeat left L4-5 and L5-S1 radiofrequency ablation.

She has had left low back pain for 4 years, worse on standing up from a chair. She had this same procedure
on the left last year and says it helped some; the pain is back in its old pattern. Physical therapy and
meloxicam, taken before the first ablation and again this winter, did not control it. She has stopped her water aerobics class and Oswestry is
36 percent. Diagnosis: lumbar facet arthropathy, M47.816.

Consent signed, time-out done, pain 7/10.

Prone under fluoroscopy. I placed 18-gauge RF cannulas parallel to the left L3 and L4 medial branches and the
left L5 dorsal ramus. Sensory stimulation reproduced her back pain and 2 Hz motor testing showed multifidus
twitch only. I gave 1 mL of 2% lidocaine through each cannula and lesioned each nerve at 90 degrees C for
90 seconds. Pain after: 3/10. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)], pain=(7, 3), need=SPINE_NEED,
        codes=[line("64635", "LT"), line("64636", "LT")], findings=["prior_procedure_response"],
        dos="2026-04-22", pos="24")

    # 4. bilateral genicular nerve blocks, office, 80 mg methylprednisolone before 2024-04-01 (J1040)
    add("fcw-h-gnb-01", "dictated", """
Bilateral genicular nerve blocks.

Both knees have ached for 6 years, with morning stiffness and pain on stairs. X-rays show bone-on-bone medial
compartments on both sides. Diagnosis: primary osteoarthritis of both knees, M17.0. She is not ready for
replacement and wants to know whether ablation would help.

Consent was signed and we did a time-out. Pain 8/10 before.

With fluoroscopy I located the superomedial, superolateral and inferomedial genicular nerves at each knee and
injected 1 mL of a mixture made for each knee from 1 mL of Depo-Medrol 40 mg/mL and 2 mL of 1% lidocaine,
so each knee received 40 mg of methylprednisolone and 20 mg of lidocaine. At 30 minutes she climbed the clinic steps
at 2/10 in both knees. No complications.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="bilateral", imaging="fluoroscopy")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 40)], pain=(8, 2), need=("diagnosis",),
        codes=[line("64454", "50"), line("J1040")], findings=[], dos="2024-03-20", pos="11")

    # 5. repeat L4-5 interlaminar ESI, office, two days after the J1010 switch: J1010-JZ x80; complications unsaid
    add("fcw-h-ilesi-01", "dictated", """
Interlaminar epidural steroid injection at L4-5.

This is his third lumbar epidural in the past 12 months. The last one in December gave about 60 percent relief of the
leg pain for four months. He again has burning pain down the back of both thighs into the calves when walking
more than a block, present now for 6 weeks, with tingling in both feet. He finished 8 weeks of physical
therapy and stays on his home program, without relief of the legs. He cannot do his own shopping. MRI from
last fall: severe central stenosis at L4-5 from a disc bulge and facet overgrowth. Diagnosis: lumbar spinal
stenosis with neurogenic claudication, M48.062.

Consent reviewed and signed. Time-out. Pain 7/10.

Prone, fluoroscopy. 1% lidocaine 2 mL to the skin. Tuohy needle at L4-5 interlaminar, slightly left of
midline, loss of resistance at 6 cm. Omnipaque 240, 2 mL, gave a clean epidural spread; AP and lateral
images saved. I injected Depo-Medrol 80 mg from a single-dose 80 mg/mL vial, all of it, none wasted, with
3 mL of preservative-free saline. Pain 3/10 at discharge.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED, complications=None,
        codes=[line("62323"), line("J1010", "JZ", units=80)], findings=["complications"],
        dos="2024-04-02", pos="11")

    # 6. caudal ESI, hospital outpatient, betamethasone 12 mg; conservative care only listed
    add("fcw-h-caudal-01", "dictated", """
Caudal epidural steroid injection.

Failed back surgery syndrome, M96.1, after an L4-S1 fusion two years ago. Over the past 5 months he has had
aching and pins and needles down both legs to the soles, left more than right, with a diminished left ankle
reflex. He has done physical therapy and takes gabapentin and tramadol. He can sit only 20 minutes and has given
up driving. CT myelogram shows epidural scarring around both S1 roots below the fusion.

We went over the risks and he signed consent. Time-out done. Pain 8/10.

Prone, sterile prep, fluoroscopic guidance. A 20-gauge needle entered the sacral hiatus; Isovue-M 300, 4 mL,
filled the caudal canal up to S1 without vascular uptake. AP and lateral images were kept. I injected
Celestone Soluspan 2 mL (12 mg betamethasone) with 8 mL of preservative-free saline. Afterward 4/10.
No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 12), given("iopamidol", 4, "ml")], pain=(8, 4),
        need=minus(ESI_NEED, "conservative_care"), codes=[line("62323")], findings=["conservative_care"],
        dos="2025-10-07", pos="22")

    # 7. title says left, needles went right: RT codes and a side conflict; office dexamethasone JZ
    add("fcw-h-tfesi-02", "dictated", """
LEFT L5-S1 transforaminal epidural steroid injection

He has had electric pain from the right buttock down the back of the right leg to the outside of the foot for
10 weeks, with a positive straight-leg raise on the right and a weak right calf raise. Six weeks of physical
therapy and naproxen have not helped. He is off work as a mail carrier. MRI: right paracentral L5-S1 disc
extrusion compressing the right S1 root. Diagnosis: lumbosacral radiculopathy, M54.17.

Consent signed. Time-out. Pain 9/10.

Under fluoroscopy a 22-gauge needle was guided to the right L5-S1 foramen. 1 mL of Omnipaque 240 outlined the
right S1 root and the epidural space without vascular flow; AP and lateral images were saved. I injected
dexamethasone 10 mg (one 1 mL single-dose vial of 10 mg/mL, fully used, nothing discarded) with 1 mL of 1%
lidocaine. He was 3/10 afterward. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10), given("iohexol", 1, "ml")],
        pain=(9, 3), need=ESI_NEED,
        codes=[line("64483", "RT"), line("J1100", "JZ", units=10)], findings=["laterality_conflict"],
        dos="2026-01-13", pos="11", comment="Title LEFT, every needle sentence right: codes follow the description.")

    # 8. celiac plexus block in the hospital outpatient department: 64530 + 77002-26
    add("fcw-h-celiac-01", "dictated", """
Celiac plexus block.

Neoplasm-related pain from pancreatic adenocarcinoma, G89.3: constant epigastric pain boring through to the
back despite long-acting opioids, which cause constipation and sedation. Pain before the block: 8/10. Consent was signed
after discussing hypotension, diarrhea and the small risk of paralysis. We did a time-out.

Prone, fluoroscopic guidance. Two 22-gauge needles were advanced from the left and right to the anterolateral
L1 vertebral body. Omnipaque 300, 5 mL in total, spread in front of the aorta without vascular uptake. I then
injected 20 mL of 0.25% bupivacaine, 10 mL through each needle. Thirty minutes later the pain was 2 out of 10.
No complications.
""", procs=[proc("sympathetic_block", target="celiac", imaging="fluoroscopy", contrast=True)],
        drugs=[given("bupivacaine", 50), given("iohexol", 5, "ml")], pain=(8, 2), need=("diagnosis",),
        codes=[line("64530"), line("77002", "26")], findings=[], dos="2025-05-06", pos="22")

    # 9. left L5-S1 therapeutic facet + left therapeutic SI, office, 2023 methylprednisolone 80 mg total; local dose unsaid
    add("fcw-h-facetsi-01", "dictated", """
Left L5-S1 facet joint injection and left sacroiliac joint injection, both therapeutic.

He has had left low back and buttock pain for 16 months. Physical therapy for 3 months and diclofenac did not
help. Oswestry is 42 percent; he has stopped working in his garden. Diagnoses: lumbosacral spondylosis without
radiculopathy (M47.817) and left sacroiliitis (M46.1). Two medial branch blocks at the left L5-S1 joint in
the spring gave 90 and 85 percent relief, and a diagnostic left SI joint block gave 80 percent.

He signed consent and we held a time-out. Pain before: 6/10.

Under fluoroscopy I numbed the skin with lidocaine and entered the left L5-S1 facet joint; a trace of Omnipaque
confirmed an arthrogram and I injected Depo-Medrol 40 mg with 0.5 mL of 0.5% bupivacaine. I then entered the
inferior left SI joint, confirmed it with 0.5 mL of Omnipaque 240 (AP and oblique images saved) and injected
Depo-Medrol 40 mg with 1.5 mL of 0.5% bupivacaine. At 20 minutes he was 2/10, about 75 percent better. No
complications.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
            proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", None), given("bupivacaine", 10),
               given("iohexol", None)], pain=(6, 2), need=SPINE_NEED,
        codes=[line("64493", "LT"), line("27096", "LT"), line("J1040")], findings=["drug_dose"],
        dos="2023-11-29", pos="11",
        comment="Methylprednisolone 40 mg at each of two sites = 80 mg before 2024-04-01: one J1040. Lidocaine and the first contrast mention have no amount.")

    # 10. right genicular RFA (cooled) with no prior block result
    add("fcw-h-genrfa-01", "dictated", """
Right knee cooled radiofrequency ablation of the genicular nerves.

Right knee pain for 3 years from primary osteoarthritis, M17.11. He wants to avoid a knee replacement. Injections
of steroid and hyaluronic acid have given little relief.

Consent signed, time-out done, pain 7/10.

Supine with a bolster under the knee. Using fluoroscopy I placed 17-gauge cooled RF introducers at the
superomedial, superolateral and inferomedial genicular nerves of the right knee. After 2 mL of 1% lidocaine
at each site I lesioned each nerve with cooled radiofrequency for 150 seconds. Pain after: 3/10. No
complications.
""", procs=[proc("genicular_rfa", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)], pain=(7, 3), need=("diagnosis",),
        codes=[line("64624", "RT")], findings=["diagnostic_block_relief"], dos="2026-07-08", pos="24")

    # 11. three-level left TFESI (two add-on units, level limit); radicular symptoms not described
    add("fcw-h-tfesi-03", "dictated", """
Left L3-4, L4-5, L5-S1 transforaminal epidural steroid injections.

Diagnosis: lumbar radiculopathy, M54.16. She has had low back pain for 5 months that has not improved with
8 weeks of physical therapy or with celecoxib; she can no longer vacuum or carry groceries. MRI shows multilevel
left foraminal stenosis at L3-4, L4-5 and L5-S1 from facet overgrowth and disc bulging.

Consent signed. Time-out performed. Pain 7/10.

Prone, fluoroscopy. Needles at the left L3-4, L4-5 and L5-S1 foramina; Omnipaque 240, 1 mL at each level,
showed epidural flow without vascular uptake; AP and lateral images saved. Each level received triamcinolone
20 mg with 1 mL of 0.25% bupivacaine. Pain afterwards 4/10. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 60), given("bupivacaine", 7.5), given("iohexol", 3, "ml")],
        pain=(7, 4), need=minus(ESI_NEED, "radicular_findings"),
        codes=[line("64483", "LT"), line("64484", "LT", units=2)], findings=["indication", "level_limit"],
        dos="2024-10-16", pos="22")

    # 12. left stellate under fluoroscopy, office: 64510 + 77002 + Q9966 (contrast separately billed)
    add("fcw-h-stellate-01", "dictated", """
Left stellate ganglion block with fluoroscopy.

Complex regional pain syndrome type I of the left upper limb, G90.512, after a crush injury to the left hand
9 months ago: burning pain, sweating and a cold, purple hand. Consent was signed and we did a time-out. Pain
9/10 before.

Supine with the neck extended. Under fluoroscopy I placed a 25-gauge needle on the left C6 anterior tubercle,
then injected 1 mL of Omnipaque 240 to confirm spread along the longus colli without vascular filling, and
injected 6 mL of 0.25% bupivacaine in 2 mL aliquots. Left ptosis and miosis appeared within 10 minutes and the
hand warmed. Pain 4/10 at discharge. No complications.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left", imaging="fluoroscopy",
                 contrast=True)],
        drugs=[given("bupivacaine", 15), given("iohexol", 1, "ml")], pain=(9, 4), need=("diagnosis",),
        codes=[line("64510"), line("77002"), line("Q9966")], findings=[], dos="2023-08-09", pos="11",
        comment="Office, code without imaging: 77002 and contrast Q9966 (240 mg iodine/mL, 1 mL) are billed.")

    # 13. fifth thoracic epidural in 12 months: frequency; earlier response documented
    add("fcw-h-ilesi-02", "dictated", """
Thoracic interlaminar epidural steroid injection, T9-10.

This is her fifth thoracic epidural within the past 12 months. Each of the four before gave about 60 percent
relief that lasted roughly three months. She has band-like pain wrapping around the right chest wall at the
T9-T10 dermatomes with hyperesthesia, for 2 years, from a T9-10 disc herniation seen on MRI with right
foraminal narrowing. Physical therapy and a lidocaine patch for 3 months did not help. She cannot sleep lying
down and has stopped her volunteer job. Diagnosis: thoracic radiculopathy, M54.14.

Consent signed. Time-out. Pain 8/10.

Prone, fluoroscopy. Loss-of-resistance entry at T9-10 right paramedian with a 20-gauge Tuohy; Omnipaque 240,
1.5 mL, confirmed epidural spread; AP and lateral images saved. I injected Kenalog 80 mg with 2 mL of saline.
Pain 3/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 80), given("iohexol", 1.5, "ml")], pain=(8, 3), need=ESI_NEED,
        codes=[line("62321")], findings=["frequency"], dos="2025-12-02", pos="24")

    # 14. left genicular nerve block under ultrasound, office: 64454-LT (imaging included), Kenalog JZ
    add("fcw-h-gnb-02", "dictated", """
Left genicular nerve block, ultrasound guided.

Left knee pain for 5 years from primary osteoarthritis of the left knee, M17.12. She is being considered for
ablation. Consent signed and time-out done. Pain 6/10.

With a linear probe I found the superomedial, superolateral and inferomedial genicular arteries and placed a
22-gauge needle beside each nerve in plane, saving an image of each. Each site got 2 mL of 0.5% bupivacaine,
and the superomedial site also got Kenalog 40 mg (a 1 mL single-dose vial, used completely with none left
over). At 30 minutes she was 1/10 walking. No complications.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("bupivacaine", 30), given("triamcinolone_acetonide", 40)], pain=(6, 1), need=("diagnosis",),
        codes=[line("64454", "LT"), line("J3301", "JZ", units=4)], findings=[], dos="2026-10-20", pos="11")

    # 15. bilateral lumbar RFA with sedation by the proceduralist but no observer: no 99152, sedation finding
    add("fcw-h-rfa-02", "dictated", """
Bilateral L4-5 and L5-S1 radiofrequency ablation with moderate sedation.

Axial low back pain for 4 years. Physical therapy for 12 weeks and NSAIDs failed. Oswestry 50 percent; he can
no longer stand to shave. Two diagnostic medial branch blocks at bilateral L4-5 and L5-S1 gave 95 and 90
percent relief. Diagnosis: lumbar spondylosis without radiculopathy, M47.816. Sedation is needed because he
has a severe tremor from Parkinson disease that moved the needles during both diagnostic blocks.

Consent signed for the procedure and sedation. Time-out. Pain 7/10.

I gave midazolam 2 mg and fentanyl 100 mcg IV myself, starting at 14:10; the procedure ended at 14:32. Under
fluoroscopy I placed cannulas on the L3 and L4 medial branches and the L5 dorsal ramus on each side,
anesthetized each with 1 mL of 2% lidocaine and lesioned at 85 degrees C for 90 seconds. Pain 2/10 in
recovery. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 100, "mcg"), given("lidocaine", 120)], pain=(7, 2),
        need=SPINE_NEED, codes=[line("64635", "50"), line("64636", "50")], findings=["sedation_details"],
        dos="2025-02-25", pos="11",
        comment="Moderate sedation by the proceduralist with no independent observer: not coded (99152 needs one), sedation_details.")
