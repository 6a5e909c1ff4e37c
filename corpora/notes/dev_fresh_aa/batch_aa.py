"""The 30 notes of the sealed batch aa: teaching-hospital and academic-fellowship styles (fellow- or
resident-written op notes with attending attestations, hospital EHR op-note templates with colon fields and
sub-bullets, universal-protocol and quality-registry fields, levels given only in a table row, a numbered list
header or an addendum), mostly hospital outpatient (POS 22). Gold labelled by hand before any Painpoint run;
18 notes are complete, 12 leave out one element (the `findings` of each `add`)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, SPINE_NEED, minus)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Interlaminar, caudal and transforaminal epidurals (8 notes)."""
    add("faa-ilesi-01", "teaching_op_note", """
UNIVERSITY PAIN MEDICINE CENTER - PROCEDURE NOTE
Author: Pain Medicine Fellow (PGY-5)
Attending: Interventional pain faculty

Procedure performed: Cervical epidural steroid injection, interlaminar, C6-C7, right paramedian
Pre-procedure diagnosis: Cervical disc displacement with radiculopathy, C6-C7 (M50.123)
Post-procedure diagnosis: Same

Indication: 58 y/o retired machinist with 14 weeks of right neck pain shooting down the back of the arm to the
middle finger, with tingling of the index and middle fingers. Exam: right triceps 4+/5, diminished right
triceps reflex, Spurling's positive on the right. Six weeks of supervised PT did not reduce the arm pain;
gabapentin 300 mg TID was stopped for dizziness. He can no longer lift his grandchild or work at his bench
for more than 20 minutes. MRI C-spine: right paracentral C6-7 disc herniation compressing the right C7 root.

Pre-procedure verification: H&P reviewed, labs n/a, anticoagulation: none, allergies: NKDA
Universal protocol: site marked, time-out performed with all team members in agreement
ASA class: II
Anesthesia: local only
Pre-procedure NRS: 7/10

Technique: Patient prone on the fluoroscopy table. Chlorhexidine prep x 3, sterile drape. Skin wheal with
3 mL 1% lidocaine. 20 g Tuohy advanced at C6-7 right of midline with loss of resistance to saline under
contralateral oblique view.
Findings: Omnipaque 240, 1.5 mL - linear epidural spread along the right C6-7 interspace, no intravascular or
intrathecal pattern.
Medication: dexamethasone 10 mg (1 mL) with 2 mL preservative-free normal saline.
Images: AP and contralateral oblique stored in PACS.
Specimens: none    Drains: none    Implants: none    EBL: minimal
Complications: none
Post-procedure NRS: 2/10. Discharged ambulatory from the recovery area.

Attending attestation: I was present for the entire procedure, including needle placement and injection, and
agree with the fellow's note as written.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-01-12", pos="22", consent=False, codes=[line("62321")],
        findings=["consent"], comment="the universal-protocol line names site marking and the time-out, not consent "
                                      "(gold corrected after the first reading)")

    add("faa-ilesi-02", "ehr_template", """
OPERATIVE / PROCEDURE REPORT (Hospital Outpatient Procedure Unit)
Procedure: Lumbar interlaminar epidural steroid injection
  - Level: L4-L5
  - Approach: left paramedian
  - Guidance: fluoroscopy with epidurography
Diagnosis: Lumbar radiculopathy (M54.16)
History of present illness:
  - Left posterolateral thigh and calf pain into the top of the foot for 5 months
  - Numbness of the left great toe; left EHL 4/5; straight leg raise positive on the left at 40 degrees
  - Physical therapy 8 weeks and a medrol dosepak: leg pain unchanged
  - Imaging: MRI 11/2025 left paracentral L4-5 extrusion displacing the left L5 root
Pre-procedure pain score: 8/10
Universal protocol: consent signed and in chart; time-out completed
ASA: II
Procedure detail:
  - Prone, sterile prep and drape, 1% lidocaine 4 mL local
  - 18 g Tuohy, loss of resistance at L4-5 left paramedian
  - Isovue-M 200 3 mL: epidural contrast pattern, no vascular uptake
  - Triamcinolone (Kenalog-40) 80 mg diluted with 4 mL preservative-free saline injected
  - AP and lateral fluoroscopic images saved
Wound class: I (clean)
Complications: none
Post-procedure pain score: 3/10
Teaching physician statement: I personally performed the key portions of this procedure with the resident and
was immediately available throughout.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 40), given("iopamidol", 3, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=minus(ESI_NEED, "functional_impairment"), dos="2026-02-03", pos="22",
        payer="medicare_cgs", codes=[line("62323")], findings=["functional_impairment"],
        comment="no functional limitation documented")

    add("faa-ilesi-03", "teaching_op_note", """
Thoracic Epidural Steroid Injection - Resident Procedure Note

Level: T9-T10 interlaminar, midline.
Diagnosis: Thoracic radiculopathy, M54.14.
HPI: 71-year-old woman with a band of burning pain around the right lower chest wall for four months, with
allodynia in the right T9 distribution. Acupuncture and a lidocaine patch for 6 weeks gave no relief and
pregabalin caused leg swelling. She has stopped her water aerobics class and cannot sleep more than 3 hours.
CT myelogram: right foraminal osteophyte at T9-10 narrowing the exit of the right T9 root.
Pain before: 6/10.
Consent: signed by patient. Time out: done.
Under fluoroscopy a 20 gauge Tuohy needle entered the T9-10 epidural space by loss of resistance. Omnipaque 300,
1 mL, confirmed epidural spread. Depo-Medrol 80 mg in 2 mL of saline injected. Images saved.
Pain after: 3/10. No complications.
Attending: I was present for the critical portions and the entire injection.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 3), need=ESI_NEED, dos="2026-03-09", pos="22", codes=[line("62321")], findings=["saved_images"],
        comment="'Images saved.' without two views")

    add("faa-caudal-01", "ehr_template", """
PROCEDURE: Caudal epidural steroid injection
LOCATION: Hospital outpatient department, fluoroscopy suite 2
DIAGNOSIS: Spinal stenosis, lumbar region with neurogenic claudication (M48.062)
INDICATION: Bilateral buttock and posterior leg aching with heaviness after walking two blocks for 10 months,
relieved by sitting; bilateral calf numbness while walking. Completed 12 weeks of physical therapy without
improvement; duloxetine discontinued for nausea. He had to give up his volunteer job at the food bank because
he cannot stand in line. MRI: severe L4-5 central canal stenosis with redundant nerve roots.
PRE-PROCEDURE VERIFICATION: consent, H&P, site (midline) confirmed
TIME-OUT: performed
ANESTHESIA: local
PRE-PROCEDURE PAIN: 7/10
EQUIPMENT: 20 g 3.5 inch Tuohy needle
DETAILS: Prone. Sacral hiatus palpated and confirmed on lateral view. Needle through the sacrococcygeal ligament.
Omnipaque 240 4 mL: caudal epidural filling to S1 without venous runoff. Betamethasone (Celestone Soluspan)
12 mg with 5 mL of 0.25% bupivacaine and 3 mL saline.
IMAGES: AP and lateral saved
SPECIMENS: none
COMPLICATIONS: none
POST-PROCEDURE PAIN: 2/10
ATTESTATION: Fellow performed under my direct supervision; I was present for the entire procedure.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("iohexol", 4, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("bupivacaine", 12.5)],
        pain=(7, 2), need=ESI_NEED, dos="2026-04-15", pos="22", codes=[line("62323")], findings=[])

    add("faa-caudal-02", "teaching_op_note", """
Caudal ESI (academic spine clinic, procedure room)
Dx: lumbosacral radiculopathy M54.17.
Hx: right buttock to lateral foot pain for 6 months with numbness of the lateral right foot and an absent right
ankle jerk. Physical therapy x 10 weeks - no benefit; celecoxib - GI upset, stopped. Cannot walk her dog or
stand to cook. MRI: right S1 lateral recess stenosis from an L5-S1 disc bulge with facet overgrowth.
Pre-procedure pain 8/10. Informed consent signed.
Procedure: prone, prep/drape, 22 g spinal needle via the sacral hiatus under fluoroscopy; Isovue-M 300 3 mL
showed caudal epidural spread; triamcinolone 40 mg + 0.2% ropivacaine 5 mL injected. AP and lateral images
archived.
Post-procedure pain 3/10. Complications: none.
Attending addendum: I was present for the key and critical portions of the procedure.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-05-18", pos="22", payer="medicare_fcso",
        codes=[line("62323")], findings=["time_out"], comment="no time-out or universal protocol statement")

    add("faa-tfesi-01", "table_row", """
PAIN FELLOWSHIP PROCEDURE NOTE - TRANSFORAMINAL EPIDURAL STEROID INJECTION

Level | Side | Needle | Medication
L5-S1 | Left | 22 g 3.5" Quincke | dexamethasone 10 mg + 1 mL 1% lidocaine

Diagnosis: Lumbar radiculopathy (M54.16)
Indication: Left buttock and posterior calf pain to the sole of the foot for 3 months, with numbness of the
lateral foot; left SLR positive at 45 degrees; left ankle reflex diminished. Eight weeks of physical therapy
without relief and NSAIDs did not help. Cannot sit through a 1-hour drive or work her shifts as a cashier.
MRI: left paracentral L5-S1 herniation contacting the left S1 root in the lateral recess.
Pre-procedure pain: 8/10
Consent: written. Time-out: yes.
Guidance: fluoroscopy; Omnipaque 240 1 mL showed perineural flow along the exiting nerve without vascular
uptake; AP and oblique images saved.
Complications: none. Post-procedure pain: 2/10.
Attending: I personally performed the key portions of this procedure.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10), given("iohexol", 1, "ml")],
        pain=(8, 2), need=ESI_NEED, dos="2026-06-08", pos="22", codes=[line("64483", "LT")], findings=[])

    add("faa-tfesi-02", "numbered_list", """
Operative note - hospital outpatient
1. Bilateral L4-5 transforaminal epidural steroid injections
   a. Guidance: fluoroscopy, contrast Omnipaque 240 1 mL per side
   b. Medication: Kenalog 40 mg per side with 1 mL 0.5% bupivacaine per side
2. Diagnosis: Spinal stenosis, lumbar region with neurogenic claudication (M48.062)
3. Indication: aching and numbness in both anterior thighs and shins for 7 months with walking; bilateral
   L4 dermatomal hypoesthesia. Physical therapy and ibuprofen. Walks less than one block; stopped shopping.
   MRI: bilateral L4-5 foraminal stenosis with contact of both exiting L4 roots.
4. Pre-procedure pain 7/10; consent signed; time-out completed.
5. Technique: prone; 22 g needles to the left and right L4-5 foramina; contrast outlined each L4 root;
   AP and lateral views saved.
6. Post-procedure pain 2/10; no complications.
Attending attestation: present for the entire procedure.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 10)],
        pain=(7, 2), need=minus(ESI_NEED, "conservative_care"), dos="2026-07-13", pos="22",
        codes=[line("64483", "50")], findings=["conservative_care"],
        comment="physical therapy and ibuprofen only listed, no outcome")

    add("faa-tfesi-03", "teaching_op_note", """
Cervical Transforaminal ESI - Fellow Note
Procedure: left C5-6 transforaminal epidural steroid injection under fluoroscopy (C6 nerve root).
Diagnosis: cervical radiculopathy, M54.12.
Indication: left lateral arm and forearm pain to the thumb for 4 months, with numbness of the thumb and weak
left biceps (4/5). PT 6 weeks - no change; meloxicam - no relief. Cannot drive because turning the head
worsens the arm pain. MRI: left C5-6 uncovertebral spur with severe left foraminal stenosis.
Pre-procedure pain 7/10. Consent signed. Universal protocol and time-out completed.
Technique: supine oblique; 25 g spinal needle to the posterior aspect of the left C5-6 foramen; Isovue-M 300
0.5 mL under live fluoroscopy showed no vascular uptake; dexamethasone 4 mg injected. AP and oblique images
saved.
Post-procedure pain 2/10. Complications: none.
Teaching physician: I was present for the whole procedure.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C5-C6"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=ESI_NEED, dos="2026-08-17", pos="22", codes=[line("64479", "LT")], findings=[])


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, intra-articular facet injections and facet RFA (8 notes)."""
    add("faa-mbb-01", "ehr_template", """
PROCEDURE NOTE (Academic Medical Center - Spine Procedures)
Procedure: Diagnostic lumbar medial branch blocks, first block
  - Side: bilateral
  - Nerves: L3 and L4 medial branches, L5 dorsal ramus
  - Facet joints targeted: L4-L5 and L5-S1
  - Guidance: fluoroscopy
Diagnosis: Spondylosis without myelopathy or radiculopathy, lumbosacral region (M47.817)
History:
  - Axial low back pain across the belt line for 18 months, worse with extension and standing, no leg pain
  - Physical therapy 10 weeks with a home program: no lasting benefit; naproxen: partial relief only
  - Function: cannot stand to cook a meal; Oswestry 44%
Pre-procedure pain: 7/10
Universal protocol: consent signed, time-out performed
Sedation: none
Medication: 0.5% bupivacaine 0.5 mL at each of 6 nerves
Post-procedure pain: 1/10 (86% relief at 30 minutes); pain diary given
Complications: none
Registry: facet block #1 of 2, diagnostic, submitted to the spine quality registry
Attending attestation: I was present for the entire procedure and reviewed the fellow's note.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-01-21", pos="22",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("faa-mbb-02", "numbered_list", """
Resident procedure note - cervical medial branch blocks (diagnostic #1)
1. Right C3-4 and C4-5 facet joints (right C3, C4 and C5 medial branches)
2. Diagnosis: cervical spondylosis, M47.812
3. History: right upper neck pain radiating to the occiput, worse with rotation to the right; no arm symptoms.
   PT 8 weeks - no improvement; NSAIDs - no help. Cannot check her blind spot when driving.
4. Consent signed; time-out completed; fluoroscopy; 25 g needles to the centroid of the right C3, C4 and C5
   articular pillars on the lateral view.
5. 2% lidocaine 0.4 mL at each of the three nerves.
6. Pain 6/10 before and 1/10 after (83% relief). No complications.
Attending: present for needle placement and injection.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 24)],
        pain=(6, 1), need=minus(SPINE_NEED, "symptom_duration"), dos="2026-02-16", pos="22",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["symptom_duration"],
        comment="how long the neck pain has lasted is not written")

    add("faa-mbb-03", "teaching_op_note", """
Lumbar MBB - confirmatory (second) diagnostic block, left
Diagnosis: lumbar facet arthropathy (M47.816).
Indication: left low back pain for 2 years, worse with twisting and prolonged standing. PT 12 weeks and
acetaminophen gave no relief; she cannot vacuum or stand at church. First left L3-L4 / L4-L5 medial branch
block (lidocaine) on 2026-02-02 gave 90% relief for 2 hours.
Pre-procedure pain: 6/10. Consent signed; time-out done.
Procedure: fluoroscopy; 22 g needles to the left L2, L3 and L4 medial branches; 0.5% bupivacaine 0.5 mL each.
Post-procedure pain: 0/10, 100% relief.
Complications: none.
Faculty attestation: I personally performed the key portions.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 0), need=SPINE_NEED, dos="2026-02-23", pos="24",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[])

    add("faa-facet-ia-01", "ehr_template", """
PROCEDURE: Intra-articular facet joint injections, therapeutic
LEVELS / SIDE: see table
  Level | Side | Needle | Medication
  L4-5 | Right | 22 g | Depo-Medrol 40 mg + 0.5 mL 1% lidocaine
  L5-S1 | Right | 22 g | Depo-Medrol 40 mg + 0.5 mL 1% lidocaine
DIAGNOSIS: Lumbar spondylosis (M47.816)
INDICATION: right low back pain for 3 years, worse with standing; two sets of right L4-5/L5-S1 medial branch
blocks gave 85% and 80% relief, and she declined radiofrequency ablation. PT for 12 weeks failed to relieve the
pain. She cannot walk more than 10 minutes.
PRE-PROCEDURE PAIN: 6/10
TIME-OUT: performed
GUIDANCE: fluoroscopy, joint entry confirmed on oblique view
POST-PROCEDURE PAIN: 2/10
COMPLICATIONS: none
ATTENDING: I was present for the entire procedure.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 10)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-03-16", pos="22", consent=False,
        codes=[line("64493", "RT"), line("64494", "RT")], findings=["consent"], comment="no consent statement")

    add("faa-facet-ia-02", "teaching_op_note", """
Cervical facet joint injection, intra-articular - diagnostic
Left C2-3 facet joint under fluoroscopy.
Diagnosis: cervical spondylosis, M47.812.
HPI: left upper neck pain and occipital headache for 9 months; PT 8 weeks and a trial of tizanidine - no
improvement. Limits reading and computer work to 20 minutes.
Pre-procedure pain 7/10. Consent signed. Time-out done.
Posterior approach, patient prone; 25 g needle into the left C2-3 joint; Omnipaque 240 0.2 mL arthrogram;
0.5 mL 0.5% bupivacaine injected.
Post-procedure pain 1/10 (85% relief). Complications: none.
Attending: present throughout.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="left",
                    levels=["C2-C3"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.2, "ml"), given("bupivacaine", 2.5)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-04-06", pos="22", payer="medicare_cgs",
        codes=[line("64490", "KX", "LT")], findings=[])

    add("faa-rfa-01", "ehr_template", """
OPERATIVE REPORT - RADIOFREQUENCY NEUROTOMY
Procedure: Lumbar radiofrequency ablation of the medial branches, bilateral
  - Nerves: L3 and L4 medial branches and L5 dorsal rami, both sides
  - Joints: L4-L5 and L5-S1
Diagnosis: lumbar facet arthropathy (M47.816)
Indication: bilateral axial low back pain for 4 years; PT 12 weeks and NSAIDs without lasting relief; cannot
garden or walk the dog more than 10 minutes. Two sets of bilateral diagnostic medial branch blocks on 2026-01-08
and 2026-01-29 gave 90% and 85% relief.
Pre-procedure pain: 7/10
Universal protocol: consent signed; time-out performed
Technique: fluoroscopy; 18 g 10 cm RF cannulae with 10 mm active tips parallel to each nerve; sensory
stimulation at 50 Hz below 0.5 V and no motor response in the leg at 2 Hz; 1 mL 2% lidocaine at each of 6 sites;
thermal lesions at 80 C for 90 seconds at each site.
Post-procedure pain: 3/10
Complications: none
Implants: none. Specimens: none.
Attending attestation: I was present for the entire procedure.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-03-02", pos="22",
        codes=[line("64635", "50"), line("64636", "50")], findings=[])

    add("faa-rfa-02", "numbered_list", """
Fellow op note - cervical radiofrequency ablation
1. Right C5-6 and C6-7 facet joints: right C5, C6 and C7 medial branches
2. Diagnosis: cervical spondylosis without myelopathy, M47.812
3. Right neck pain for 2 years; PT 8 weeks failed; NSAIDs caused reflux. Cannot turn to reverse the car.
   Two right C5-C7 medial branch blocks: 80% and 90% relief.
4. Consent and time-out; fluoroscopy; 20 g 5 mm active tip cannulae; motor testing negative in the arm.
5. Lidocaine 1% was placed at each site before lesioning; 80 C for 90 s at each nerve.
6. Pain 8/10 before, 4/10 after. No complications.
Attending: I personally performed the key portions of this procedure.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", None)],
        pain=(8, 4), need=SPINE_NEED, dos="2026-05-04", pos="22",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["drug_dose"],
        comment="lidocaine without an amount")

    add("faa-rfa-03", "teaching_op_note", """
Thoracic medial branch radiofrequency ablation - left T7-8 (left T6 and T7 medial branches)
Dx: thoracic spondylosis, M47.814.
Hx: left midback pain for 14 months, worse twisting; PT 8 weeks did not help; acetaminophen ineffective.
Cannot lift laundry baskets. Diagnostic blocks of the left T6 and T7 medial branches on 2026-04-13 and
2026-05-04 gave 85% and 90% relief.
Pre 6/10. Consent signed, time-out done. Fluoroscopy. 1% lidocaine 2 mL at each of two sites. Conventional RF
at 85 C for 90 seconds per lesion.
Post 2/10. No complications.
Attending attestation: present for the entire procedure.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="thoracic", laterality="left",
                    levels=["T7-T8"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-06-15", pos="22", payer="medicare_fcso",
        codes=[line("64633", "LT")], findings=[])


def _others(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Sacroiliac, trigger point, joint/bursa, genicular, sympathetic, occipital, SCS, augmentation, pump (14)."""
    add("faa-sij-01", "ehr_template", """
PROCEDURE: Sacroiliac joint injection - left - fluoroscopic guidance with arthrogram
INTENT: diagnostic
DIAGNOSIS: Sacroiliitis, not elsewhere classified (M46.1)
INDICATION:
  - Left buttock pain below the PSIS for 8 months, no radiation below the knee
  - Provocation: thigh thrust, compression and FABER positive on the left
  - PT 8 weeks: no relief; meloxicam: no relief
  - Function: unable to sit through a meal or drive 30 minutes
PRE-PROCEDURE VERIFICATION: consent signed, site marked, time-out completed
ASA: III
PRE-PROCEDURE PAIN: 8/10
DETAILS: prone; 22 g spinal needle into the inferior third of the left SI joint; Isovue-M 200 1 mL
intra-articular spread; Kenalog 40 mg with 2 mL 0.5% ropivacaine injected. AP and oblique images saved.
POST-PROCEDURE PAIN: 1/10 (about 85% relief)
COMPLICATIONS: none
ATTENDING ATTESTATION: I was present for the entire procedure.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 10)],
        pain=(8, 1), need=SPINE_NEED, dos="2026-02-09", pos="22", codes=[line("27096", "LT")], findings=[])

    add("faa-sij-02", "teaching_op_note", """
Bilateral SI joint injections - resident note
Diagnosis: sacroiliitis M46.1.
History: pain over both sacroiliac joints for a year, worse rising from a chair; Gaenslen, thigh thrust and
distraction positive on both sides. PT 6 weeks with no benefit; ibuprofen gave only partial relief. Cannot
stand at her job as a teacher for a full lesson.
Consent signed; time-out done. Under fluoroscopy, 22 g needles into the inferior pole of each SI joint;
Omnipaque 240 0.5 mL each side; Depo-Medrol 40 mg + 1 mL 1% lidocaine per joint. AP and oblique images saved.
Pain 7/10 before, 3/10 after. No complications.
Attending: present for the key portions of the procedure.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-07-20", pos="22", codes=[line("27096", "50")],
        findings=["approach", "percent_relief"],
        comment="relief only implied by the pre/post scores; intent not stated (si.intent; gold corrected after the "
                "first reading)")

    add("faa-sirfa-01", "ehr_template", """
PROCEDURE: Right sacroiliac joint radiofrequency ablation (lateral branch neurotomy)
TARGETS: right L5 dorsal ramus; right S1, S2, S3 lateral branches
DIAGNOSIS: Sacroiliitis (M46.1)
INDICATION: right SI joint pain for 2 years; two right lateral branch blocks gave 85% and 80% relief
PRE-PROCEDURE PAIN: 7/10
CONSENT: signed. TIME-OUT: performed.
TECHNIQUE: fluoroscopy; 1% lidocaine 2 mL at each of 4 entry sites; cooled RF probes at each target, 60 C for
150 seconds.
POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: none
TEACHING PHYSICIAN: I was present for the entire procedure.
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 80)],
        pain=(7, 3), need=("diagnosis",), dos="2026-09-14", pos="22", codes=[line("64625", "RT")], findings=[])

    add("faa-tpi-01", "numbered_list", """
Trigger point injection - clinic procedure note (resident)
1. Muscles: left upper trapezius, left levator scapulae, left rhomboid major
2. Diagnosis: myofascial pain syndrome, M79.18
3. Indication: left neck and shoulder-blade pain for 3 months; palpable taut bands with a local twitch response
   and pain referred to the left occiput in each muscle
4. Consent signed; time-out done
5. 0.25% bupivacaine 2 mL into each of the three muscles, 27 g needle
6. Pain 7/10 before, 2/10 after (70% relief); no complications
Attending: I was present for the procedure.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 2), need=("diagnosis",), dos="2026-01-26", pos="22", codes=[line("20553")], findings=[])

    add("faa-tpi-02", "ehr_template", """
PROCEDURE: Trigger point injections, lumbar paraspinal
MUSCLES: right lumbar paraspinals and right quadratus lumborum
DIAGNOSIS: Myalgia of other site (M79.18)
INDICATION: right low back pain for 10 weeks; taut bands with twitch response and referred pain to the buttock
CONSENT: signed    TIME-OUT: completed
MEDICATION: 1% lidocaine 3 mL per muscle
PRE/POST PAIN: 6/10 -> 2/10, about 65% relief
COMPLICATIONS: none
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=("diagnosis",), dos="2026-10-05", pos="22", payer="medicare_cgs",
        codes=[line("20552")], findings=[])

    add("faa-knee-01", "teaching_op_note", """
Right knee intra-articular injection with ultrasound guidance - fellow note
Diagnosis: unilateral primary osteoarthritis, right knee (M17.11).
Right knee pain for 4 years, worse on stairs. Pre-procedure pain 7/10.
Consent signed. Time-out performed. Supine; superolateral approach; 22 g needle advanced into the suprapatellar
recess under real-time ultrasound; a permanent image of the needle in the joint was saved. Triamcinolone 40 mg
with 4 mL 1% lidocaine injected.
Post-procedure pain 2/10. No complications.
Attending attestation: present for the key portions.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2026-03-23", pos="22", codes=[line("20611", "RT")], findings=[])

    add("faa-bursa-01", "ehr_template", """
PROCEDURE: Greater trochanteric bursa injection, left, ultrasound guided
DIAGNOSIS: Trochanteric bursitis, left hip (M70.62)
INDICATION: lateral left hip pain for 5 months, cannot lie on the left side
CONSENT: signed    TIME-OUT: done
DETAILS: side-lying; linear probe over the left greater trochanter; 22 g needle into the bursa under real-time
ultrasound with image saved; Depo-Medrol 40 mg + 0.5% ropivacaine 3 mL injected
POST-PROCEDURE PAIN: 1/10
COMPLICATIONS: none
""",
        procs=[proc("joint_injection", target="trochanteric_bursa", region="hip", laterality="left",
                    imaging="ultrasound", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("ropivacaine", 15)],
        pain=(None, 1), need=("diagnosis",), dos="2026-04-20", pos="22", codes=[line("20611", "LT")],
        findings=["pre_procedure_pain_score"], comment="no pain score before the injection")

    add("faa-genrfa-01", "teaching_op_note", """
Left genicular nerve radiofrequency ablation - fellow operative note
Targets: left superomedial, superolateral and inferomedial genicular nerves.
Diagnosis: unilateral primary osteoarthritis, left knee (M17.12).
Indication: left knee pain for 7 years, not a surgical candidate; diagnostic genicular nerve block on 2026-04-27
gave 85% relief for 6 hours.
Pre-procedure pain 8/10. Consent signed; time-out done. Fluoroscopy. 1% lidocaine 2 mL at each site. Thermal
lesions 80 C for 90 s at each of the three nerves after sensory and motor testing.
Post-procedure pain 3/10. No complications.
Attending attestation: I was present for the entire procedure.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis",), dos="2026-05-26", pos="22", codes=[line("64624", "LT")], findings=[])

    add("faa-stellate-01", "ehr_template", """
PROCEDURE: Stellate ganglion block, left, ultrasound guided
DIAGNOSIS: Complex regional pain syndrome I of left upper limb (G90.512)
INDICATION: burning pain, swelling and color change of the left hand for 4 months after a distal radius fracture
PRE-PROCEDURE PAIN: 8/10
CONSENT: signed    TIME-OUT: done
DETAILS: supine; linear probe at C6; 25 g needle to the prevertebral fascia over the longus colli under real-time
ultrasound, image saved; 0.5% ropivacaine 6 mL in divided doses with negative aspiration. Left Horner's syndrome
and warming of the left hand followed.
COMPLICATIONS: none
ATTENDING: I was present for the entire procedure.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 30)],
        pain=(8, None), need=("diagnosis",), dos="2026-06-22", pos="22",
        codes=[line("64510"), line("76942", "26")], findings=["post_procedure_pain_score"],
        comment="no pain score after the block")

    add("faa-lsb-01", "teaching_op_note", """
Lumbar sympathetic block at L2 - fellow note
Diagnosis: CRPS type I of right lower limb (G90.521).
Burning foot pain with allodynia and a cool, mottled foot for 6 months after an ankle sprain.
Pre-procedure pain 7/10. Consent signed; time-out completed.
Prone; fluoroscopy; 22 g 15 cm needle to the anterolateral L2 vertebral body; Omnipaque 240 3 mL showed
prevertebral spread without vascular uptake; 0.25% bupivacaine 12 mL injected in divided doses. Foot
temperature rose from 27 to 33 C. Post-procedure pain 3/10. No complications.
Attending: present for the entire procedure.
Addendum (fellow): side of the block omitted above - the needle was placed on the RIGHT, the symptomatic side.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L2"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 30)],
        pain=(7, 3), need=("diagnosis",), dos="2026-08-10", pos="22",
        codes=[line("64520"), line("77002", "26")], findings=[])

    add("faa-onb-01", "numbered_list", """
Occipital nerve block - headache clinic (resident note)
1. Right greater occipital nerve block, landmark technique medial to the occipital artery
2. Diagnosis: occipital neuralgia, M54.81
3. Indication: stabbing pain from the right base of the skull to the vertex for 5 months
4. Pre-procedure pain 8/10; consent signed; time-out done
5. 0.5% bupivacaine 2 mL with triamcinolone 20 mg, 25 g needle
6. Post-procedure pain 2/10; no complications
Attending: I was present for the procedure.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                    imaging="none")],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 20)],
        pain=(8, 2), need=("diagnosis",), dos="2026-09-28", pos="22", codes=[line("64405", "RT")], findings=[])

    add("faa-scs-01", "ehr_template", """
OPERATIVE REPORT
Procedure: Percutaneous spinal cord stimulator trial, two 8-contact leads
Location: Main OR, hospital outpatient
Diagnosis: Postlaminectomy syndrome (M96.1)
Indication:
  - Low back and bilateral leg pain for 6 years after L4-S1 fusion
  - PT, gabapentin, duloxetine and two epidural injections failed; opioids caused constipation and sedation
  - Psychological evaluation 2026-05-12: cleared for neuromodulation
Pre-procedure pain: 8/10
Anesthesia: local with the patient awake for testing
Universal protocol: consent signed; time-out performed
Technique: prone; fluoroscopy; 1% lidocaine 10 mL at the entry site; two 14 g Tuohy needles at T12-L1 left
paramedian with loss of resistance; leads advanced to the top of T8 and T9; paresthesia mapping covered both legs
and the low back; leads anchored to the skin.
Implants: two trial leads (removed at end of trial). Specimens: none. EBL: minimal.
Post-procedure pain: 3/10
Complications: none
Attending attestation: I was present for the entire procedure.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-06-01", pos="22",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("faa-kypho-01", "teaching_op_note", """
L1 Balloon Kyphoplasty - Fellow Operative Note (Main OR)
Diagnosis: age-related osteoporosis with current pathological fracture, vertebra (M80.08XA).
Indication: severe upper lumbar pain for 5 weeks after lifting a bag of soil; 4 weeks of a brace, scheduled
acetaminophen and tramadol have not controlled it and she cannot walk to the bathroom unaided.
Pre-procedure pain 9/10. Consent signed; time-out performed.
Moderate sedation given by me with an independent RN observer: midazolam 2 mg and fentanyl 100 mcg IV, start
08:05, stop 08:31 (26 minutes).
Bilateral transpedicular approach at L1 under fluoroscopy; 1% lidocaine 10 mL; balloons inflated to restore
height; 4 mL PMMA cement per side, no extravasation.
Post-procedure pain 4/10. No complications.
Attending attestation: I was present for the entire procedure.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-07-27", pos="22",
        codes=[line("22514"), line("99152"), line("99153")], findings=["imaging_findings"],
        comment="no imaging study or result for the fracture")

    add("faa-pump-01", "ehr_template", """
PROCEDURE: Intrathecal pump refill
DIAGNOSIS: Spastic quadriplegic cerebral palsy (G80.0)
INDICATION: severe spasticity controlled on intrathecal baclofen
CONSENT: verbal. TIME-OUT: done.
DETAILS: pump interrogated; 2 mL residual withdrawn; baclofen 1000 mcg/mL, 20 mL placed into the reservoir by
the fellow physician via a 22 g Huber needle with sterile technique.
COMPLICATIONS: none
NEXT REFILL: 3 months
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 20)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-02", pos="22", codes=[line("95991")],
        findings=["approach"],
        comment="refilled by the fellow physician; reprogramming not stated: 95991 and the approach finding")
