"""The 40 notes of the sealed final-check batch ad: five source styles in equal shares (teaching-hospital op
notes with fellow/attending attestation, OCR'd faxed outside records, ASC records with nursing sections,
other vendors' checkbox/billing-block exports, speech-recognition dictation and shorthand), wordings of our
own, gold labelled by hand before any Painpoint run. 23 notes are complete; 17 leave out or get wrong one
element (the `findings` of each `add`)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _teaching(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _fax(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _asc(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _vendor(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _dictation(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _teaching(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Teaching-hospital operative notes with universal-protocol fields and attestations (8 notes)."""
    add("fad-ilesi-01", "teaching_op_note", """
UNIVERSITY PAIN MEDICINE SERVICE - PROCEDURE NOTE
Procedure: Lumbar epidural steroid injection, interlaminar, L5-S1, right paramedian approach
Performed by: Pain medicine fellow. Attending: present and scrubbed for the entire procedure.
Pre-op diagnosis: Lumbosacral radiculopathy (M54.17)
Post-op diagnosis: Same
Universal protocol: Site marked: yes. Consent verified: yes (signed 2026-02-02). Time-out: performed with
all team members, patient identity, site and side confirmed. Allergies reviewed.
Anesthesia: local only
History: Pain from the right buttock down the back of the thigh to the outer ankle for 14 weeks, with a
diminished right Achilles reflex and reduced sensation over the lateral right foot. Physical therapy twice a
week for 6 weeks did not reduce the leg pain; meloxicam was stopped because of heartburn. She has had to stop
her shifts as a hospital volunteer and cannot sit through a meal. MRI lumbar spine: right paracentral L5-S1
disc extrusion with mass effect on the right S1 nerve root.
Pre-procedure NRS: 7/10
Technique: Prone. Chlorhexidine prep, sterile drape. Skin wheal with 1% lidocaine 3 mL. A 20 G Tuohy needle
was walked off the lamina to the right of midline at L5-S1 under AP and lateral fluoroscopy; loss of resistance
to air-free saline at 5.5 cm. Omnipaque 240, 2 mL, confirmed epidural spread with no vascular or intrathecal
pattern. Injected Depo-Medrol 80 mg (2 mL) with 2 mL preservative-free saline. AP and lateral images archived.
Post-procedure NRS: 2/10
Complications: none. EBL: none.
Attending attestation: I was present for the entire procedure, including the time-out, and agree with the
fellow's documentation.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-03", pos="22", codes=[line("62323")], findings=[])

    add("fad-tfesi-01", "teaching_op_note", """
OPERATIVE NOTE - INTERVENTIONAL PAIN (ACADEMIC MEDICAL CENTER)
Procedure: Left L5-S1 and S1 transforaminal epidural steroid injections
Operators: PGY-5 pain fellow (primary); supervising attending physician
Indication: Left leg pain along the posterior thigh and calf to the heel for 4 months with numbness of the
sole; positive straight leg raise on the left at 40 degrees. Diagnosis: lumbosacral radiculopathy (M54.17).
Treatment to date: physical therapy (8 weeks), home exercise program, acetaminophen and topical diclofenac.
Function: unable to walk his dog or stand at his workbench more than 20 minutes.
Imaging: MRI 12/2025 - left L5-S1 foraminal disc protrusion and left lateral recess narrowing at L5-S1.
Universal protocol: H&P updated. Consent: signed and witnessed. Site marking: left low back. Time-out:
completed before needle placement.
Pain score before: 8/10
Details: Prone, sterile prep. Under fluoroscopy a 22 G needle was placed into the left L5-S1 foramen from an
oblique view and a second 22 G needle through the left S1 posterior sacral foramen. Isovue-M 300, 1 mL at each
site, outlined the exiting nerve roots without vascular uptake on live fluoroscopy. Dexamethasone 4 mg was
injected at each level (8 mg total). AP and lateral views were saved.
Pain score after: 3/10. Complications: none.
Attestation: I supervised the fellow and was present for the key and critical portions of the procedure.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 8)],
        pain=(8, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-01-13", pos="22",
        codes=[line("64483", "LT"), line("64484", "LT")], findings=["conservative_care"],
        comment="care listed without an outcome; S1 foramen with L5-S1 in the same region is an add-on level")

    add("fad-rfa-01", "teaching_op_note", """
PROCEDURE NOTE - Department of Anesthesiology, Division of Pain Medicine
Procedure: Bilateral lumbar radiofrequency neurotomy of the L3 and L4 medial branches and the L5 dorsal rami
(L4-L5 and L5-S1 facet joints), fluoroscopic guidance
Fellow: performed under direct supervision. Attending: present throughout.
Diagnosis: Lumbosacral spondylosis without myelopathy or radiculopathy (M47.817)
Indication: Axial low back pain on both sides for 2 years, worse with standing and extension. Twelve weeks of
supervised physical therapy and a trial of NSAIDs gave no lasting benefit. She can no longer stand to cook a
meal or walk through a grocery store. Two sets of bilateral diagnostic medial branch blocks at these levels
gave 90% relief (lidocaine) and 85% relief (bupivacaine), each lasting the expected duration.
Universal protocol: consent signed; procedure site verified; time-out performed.
Pre-procedure pain: 7/10
Technique: Prone. 1% lidocaine 1 mL to the skin at each of six sites. 18 G 10 cm RF cannulas with 10 mm active
tips were placed parallel to the nerves under AP, oblique and lateral fluoroscopy. Sensory stimulation at 50 Hz
reproduced concordant back pain below 0.5 V; motor testing at 2 Hz up to 2 V produced no leg contraction.
Thermal lesions at 80 degrees C for 90 seconds were made at each nerve, each after 0.5 mL of 2% lidocaine.
Post-procedure pain: 3/10
Complications: none
Attending attestation: I was present for the entire procedure and agree with the findings and plan above.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-03-18", pos="22",
        codes=[line("64635", "50"), line("64636", "50")], findings=[],
        comment="lidocaine 6 x 1 mL 1% (60 mg) + 6 x 0.5 mL 2% (60 mg)")

    add("fad-mbb-01", "teaching_op_note", """
PAIN PROCEDURE RECORD (teaching service)
Procedure: Right cervical medial branch blocks, C3, C4 and C5 (C3-C4 and C4-C5 facet joints) - first
diagnostic block
Resident: PGY-4 anesthesiology resident; Attending physician present for the entire procedure.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
Indication: Right-sided neck pain radiating to the occiput for 9 months, worse turning to the right, with
no arm symptoms. Physical therapy for 10 weeks did not improve it; cyclobenzaprine caused grogginess. He cannot
check his blind spot when driving and has stopped reading in bed. CT neck: right C3-4 and C4-5 facet arthropathy.
Universal protocol: Consent: obtained and signed. Side marked: right. Time-out: completed.
NRS pre: 6/10
Procedure: Prone, head in a foam cradle. Under lateral fluoroscopy 25 G spinal needles were placed at the
centroid of the right C3, C4 and C5 articular pillars. 2% lidocaine 0.5 mL was injected at each of the three
sites.
NRS post: 1/10 (83% relief). Pain diary given.
Complications: none
Attending attestation: present and immediately available; I reviewed and agree with the resident's note.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-04-21", pos="22",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[])

    add("fad-scs-01", "teaching_op_note", """
OPERATIVE REPORT - Spinal cord stimulator trial
Surgeon: attending physician. Assistant: pain medicine fellow.
Preoperative diagnosis: Complex regional pain syndrome type I of the right lower limb (G90.521)
Procedure: Percutaneous placement of two epidural neurostimulator trial leads, fluoroscopic guidance
Anesthesia: local with the patient awake for mapping
Indications: Burning pain, allodynia and swelling of the right foot and ankle for 2 years after an ankle
fracture. Physical therapy with desensitization, gabapentin, duloxetine and four lumbar sympathetic blocks have
not given lasting relief. Pre-trial psychological evaluation (2026-04-30) found no contraindication and
cleared her for the trial.
Universal protocol: written consent on chart; site verified; time-out completed before incision.
Pain before: 8/10
Description: Prone. 1% lidocaine 10 mL infiltrated at the entry sites. Two 14 G Tuohy needles entered the
epidural space at L1-L2 with loss of resistance, one left and one right paramedian. Two 8-contact leads were
steered to the T10 and T11 vertebral bodies. Stimulation covered the right foot and ankle. Leads anchored to
the skin and dressed.
Pain after: 4/10 with stimulation. Complications: none. EBL minimal.
Attending attestation: I performed the procedure with the fellow assisting.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-05-12", pos="22",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fad-kypho-01", "teaching_op_note", """
PROCEDURE NOTE - Spine intervention (academic)
Procedure: L1 balloon kyphoplasty, bilateral transpedicular approach, biplane fluoroscopy
Fellow performed the procedure with the attending present for all key portions.
Diagnosis: Age-related osteoporosis with current pathological vertebral fracture (M80.08XA)
Indication: Sudden low back pain after lifting a laundry basket 5 weeks ago; four weeks of a TLSO brace,
calcitonin and oral analgesics have not controlled the pain and she is confined to a recliner. MRI: acute L1
compression fracture with STIR marrow edema, 30% loss of height, no retropulsion.
Universal protocol: consent signed; level confirmed on fluoroscopy at time-out.
Anesthesia: local
Pre-procedure pain: 9/10
Technique: Prone. 1% lidocaine 20 mL to skin and periosteum. Bilateral 11 G trocars through the L1 pedicles.
Inflatable bone tamps created cavities; 4 mL of PMMA cement was placed under lateral fluoroscopy without
leakage.
Post-procedure pain: 3/10. Complications: none.
Attestation: I was present for the entire procedure.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        dos="2026-06-16", pos="22", codes=[line("22514")], findings=[])

    add("fad-sij-01", "teaching_op_note", """
INTERVENTIONAL PAIN PROCEDURE - TEACHING ATTESTATION INCLUDED
Procedure: Left sacroiliac joint injection, diagnostic, with fluoroscopy and arthrography
Fellow: primary operator. Attending: present for needle placement and injection.
Diagnosis: Sacroiliitis, not elsewhere classified (M46.1)
Indication: Left buttock pain centered below the PSIS for 7 months; FABER, compression and thigh thrust
provoke the pain on the left. Eight weeks of physical therapy without relief; naproxen ineffective.
Universal protocol: consent signed; left side marked; time-out done.
Pre-procedure pain: 7/10
Technique: Prone. 25 G skin wheal with 1% lidocaine 2 mL. A 22 G spinal needle entered the inferior left SI
joint. Omnipaque 240, 0.5 mL, gave an arthrogram. Injected 0.5% bupivacaine 2 mL. Image saved.
Post-procedure pain: 1/10 (86% relief).
Complications: none
Attestation: I was present for the procedure and agree with the note.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(7, 1), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-07-07", pos="22",
        codes=[line("27096", "LT")],
        findings=["saved_images"], comment="one saved image without two views")

    add("fad-stellate-01", "teaching_op_note", """
PROCEDURE: Left stellate ganglion block, ultrasound-guided
Operators: pain fellow under direct supervision of the attending
Diagnosis: Complex regional pain syndrome I of left upper limb (G90.512)
Indication: Left hand burning pain, swelling, sweating and stiffness for 4 months after a carpal tunnel
release.
Universal protocol: consent signed; site marked; time-out completed.
Pre-procedure pain: 7/10
Technique: Supine with the head turned slightly right. A linear transducer at C6 showed the longus colli and
the carotid artery; color Doppler excluded vessels in the path. A 25 G needle was advanced in plane to the
prevertebral fascia over the left longus colli and 6 mL of 0.25% bupivacaine was injected after negative
aspiration. Needle position image saved to the chart. A left Horner's syndrome and warming of the left hand
followed.
Post-procedure pain: 3/10. Complications: none.
Attending attestation: present for the whole procedure.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 3), need=("diagnosis",), dos="2026-08-11", pos="22", codes=[line("64510"), line("76942", "26")],
        findings=[])


def _fax(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """OCR'd faxed outside records: page banners, hard wraps, a few OCR slips (8 notes)."""
    add("fad-tfesi-02", "ocr_fax", """
03/03/2026 14:12  FROM: SPINE & PAIN ASSOC   TO: 555 0100        P. 001/002
PROCEDURE REPORT
Right L4-L5 transforaminal epidural steroid
injection under fluoroscopy
DIAGNOSIS: Lumbar radiculopathy (M54.16)
HISTORY: Right lateral thigh and shin pain into
the top of the foot for 3 rnonths with numbness of the
great toe and weak right ankle dorsiflexion (4/5).
Physical therapy for 6 weeks failed to help and
gabapentin was stopped for dizziness. He is unable
to stand at work for more than 1 hour. MRI shows a
right foraminal disc protrusion at L4-5 compressing the
exiting right L4 nerve root.
PAIN BEFORE: 8/10
Informed consent was obtained and a time-out was
performed. Prone. A 22 gauge needle was placed in the
right L4-5 foramen under fluoroscopy. Omnipaque 240
1 mL showed perineural flow and no vascular uptake.
Kenalog 40 mg with 1 mL of 1% lidocaine was injected.
AP and lateral images were saved.
03/03/2026 14:13  FROM: SPINE & PAIN ASSOC   TO: 555 0100        P. 002/002
PAIN AFTER: 2/10
COMPLICATIONS: None
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(8, 2), need=ESI_NEED, dos="2026-03-03", payer="medicare_cgs",
        codes=[line("64483", "RT"), line("J3301", units=4)], findings=[],
        comment="OCR slip '3 rnonths' still states the duration; page banner splits the note")

    add("fad-caudal-01", "ocr_fax", """
-- Received by fax 04/09/2026 09:41 -- Page 1 of 1 --
CAUDAL EPIDURAL STEROID INJECTION
Dx: Spinal stenosis, lumbar region with neurogenic
claudication M48.062
Hx: 78 y/o with aching in both buttocks and calves after
walking about 100 yards for 8 months, relieved by sitting
or leaning on a cart; tingling in both feet. PT x 10 wks
did not help; acetaminophen and gabapentin without benefit.
Can no longer walk to church or do her own shopping.
Pre-procedure pain 6/10.
Consent signed. Time out perforrned.
Prone. Sacral hiatus palpated and confirmed on lateral
fluoroscopy; 20 g Tuohy needle into the caudal canal.
Isovue-M 200 3 mL: epidural filling to L5 without vascular
runoff. Depo-Medrol 80 mg plus 0.25% bupivacaine 5 mL
and 5 mL normal saline injected.
AP and lateral views saved. Post 2/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 12.5)],
        pain=(6, 2), need=minus(ESI_NEED, "imaging_findings"), dos="2026-04-09",
        codes=[line("62323"), line("J1010", units=80)], findings=["imaging_findings"],
        comment="stenosis only in the diagnosis line; no imaging study or its result")

    add("fad-ilesi-02", "ocr_fax", """
PAGE 1/1   OUTSIDE RECORD - SCANNED
Procedure: Cervical interlaminar epidural steroid injection C6-C7
Diagnosis: Radiculopathy, cervical region (M54.12)
Left neck pain radiating down the left arm to the thumb and
index finger for 10 weeks, with decreased left biceps reflex
and tingling of the thumb. Six weeks of physical therapy gave
no relief and a Medrol dosepak helped only briefly.
MRI 02/2026: left C6-7 paracentral disc herniation with
narrowing of the left lateral recess.
Pre-procedure pain 7/10. Consent obtained. Tirne-out done.
Prone. Under fluoroscopy an 18 gauge Tuohy needle was
advanced at C6-7 left paramedian to loss of resistance.
Omnipaque 240 1 mL spread in the epidural space on the
contralateral oblique view. Dexamethasone 10 mg with 2 mL
preservative-free saline injected. AP and contralateral
oblique images stored.
Post 3/10.  No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=minus(ESI_NEED, "functional_impairment"), dos="2026-03-24", payer="medicare_fcso",
        codes=[line("62321"), line("J1100", units=10)], findings=["functional_impairment"],
        comment="no functional limitation written")

    add("fad-facet-ia-01", "ocr_fax", """
FAX  05/05/2026  11:02  PAIN CENTER             #0411  P.01
OPERATIVE NOTE: Bilateral L4-5 facet joint injections,
intra-articular, diagnostic
DIAGNOSIS: Lumbar spondylosis (M47.816)
HISTORY: Low back pain across both sides for 18 months,
worse with standing, twisting and extension, no leg pain.
Physical therapy for 12 weeks did not help and ibuprofen
caused stomach upset. She has stopped gardening and
cannot stand to fold laundry for more than 10 minutes.
PAIN PRE: 6/10
Consent signed, time-out completed. Prone. Fluoroscopy.
22 g needles into the left and right L4-5 facet joints;
Omnipaque 240 0.2 mL each confirmed intra-articular
spread. 0.75% bupivacaine 0.5 mL into each joint.
PAIN POST: 1/10 (83% relief).  Complications: none.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.4, "ml"), given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-05-05", codes=[line("64493", "50", "KX")], findings=[])

    add("fad-tpi-01", "ocr_fax", """
**** FAXED RECORD ****  pg 1 of 1
TRIGGER POINT INJECTIONS
Dx: Myalgia of auxiliary muscles, head and neck (M79.12)
Bilateral neck and shoulder girdle pain for 5 months;
palpable taut bands with twitch responses and referred
pain in the left and right upper trapezius and the left
levator scapulae. Headaches by afternoon; cannot work at
her sewing machine.
Pre 6/10. Consent and time-out documented.
Three muscles injected (L upper trapezius, R upper
trapezius, L levator scapulae) with 1 mL of 0.5%
lidocaine each via 25 g needle.
Post 2/10, approx 67% improvement. No cornplications.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 15)],
        pain=(6, 2), need=("diagnosis",), dos="2026-02-17", codes=[line("20553")], findings=[])

    add("fad-genrfa-01", "ocr_fax", """
FROM: ORTHO & PAIN PARTNERS    FAX 06/02/2026    PAGE 1
Procedure: Right knee genicular nerve radiofrequency
ablation (superomedial, superolateral, inferomedial)
Diagnosis: Unilateral primary osteoarthritis, right knee
(M17.11)
Indication: Right knee pain for 7 years, not a candidate
for knee replacement due to heart disease. Prior genicular
nerve block gave good relief.
Guidance: fluoroscopy
Pain before 8/10. Consent signed. Time-out performed.
1% lidocaine 2 mL at each of the 3 sites. 18 g RF cannulas
placed at the junctions of the shaft and epicondyles and
the medial tibial flare; sensory and motor testing done.
Thermal lesions 80 C x 90 sec at each nerve.
Pain after 3/10. No complications.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis",), dos="2026-06-02", codes=[line("64624", "RT")],
        findings=["diagnostic_block_relief"], comment="prior block relief not quantified ('good relief')")

    add("fad-pump-01", "ocr_fax", """
FAXED FROM NEUROSURGERY CLINIC 07/14/2026   p1/1
INTRATHECAL PUMP REFILL
Dx: Chronic pain due to malignancy (G89.3)
Indication: intrathecal morphine for cancer-related
pelvic pain; oral opioids caused confusion.
Consent on file, time-out done. Pump interrogated;
low reservoir alarm date in 9 days. Residual volume
2.5 mL withdrawn, as expected.
I refilled the pump: preservative-free morphine 25 mg/mL,
20 mL instilled into the reservoir with a 22 g non-coring
needle under sterile technique.
No complications. Return in 6 weeks.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",), dos="2026-07-14", codes=[line("95991")],
        findings=["approach"], comment="refilled by the author; whether the pump was reprogrammed is not said")

    add("fad-hip-01", "ocr_fax", """
== OUTSIDE RECORDS == scanned 08/18/2026 == Page 1 of 1
RIGHT HIP INTRA-ARTICULAR INJECTION, FLUOROSCOPIC
Diagnosis: Unilateral primary osteoarthritis, right hip
(M16.11)
Right groin pain with walking and putting on socks for
2 years; internal rotation painful and limited.
Pre-procedure pain 7/10. Consent and time out completed.
Supine. Under fluoroscopy a 22 g spinal needle was placed
at the right femoral head-neck junction. Omnipaque 240
1 mL confirmed an intra-articular arthrogram.
Kenalog 40 mg with 4 mL of 1% lidocaine injected.
Post-procedure pain 2/10.  Complications: none.
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2026-08-18",
        codes=[line("20610", "RT"), line("77002"), line("J3301", units=4), line("Q9966")], findings=[])


def _asc(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """ASC procedure records: nursing sections around a short physician paragraph (8 notes)."""
    add("fad-tfesi-03", "asc_record", """
SURGERY CENTER PROCEDURE RECORD
PRE-OP NURSING: Arrived ambulatory with spouse. NPO since midnight. Allergies: none known. Anticoagulants:
none. BP 138/82, HR 72, SpO2 98%. Pain 7/10 low back and both legs. Consent for procedure signed and in chart.
PHYSICIAN NOTE: Bilateral L4-L5 transforaminal epidural steroid injection. Dx: lumbar spinal stenosis
(M48.061) with bilateral L4 radiculopathy. He has had 5 months of pain in both anterior thighs and shins with
numbness of the medial shins and reduced knee jerks on both sides. Ten weeks of PT without benefit; duloxetine
not tolerated (nausea). Cannot walk more than one block or climb stairs at home. MRI: bilateral L4-5 foraminal
stenosis, moderate to severe, from disc bulge and facet hypertrophy. Time-out performed. Prone, fluoroscopy.
22 g needles to the left and right L4-5 foramina; Omnipaque 240 1 mL per side with perineural spread and no
vascular flow. Celestone Soluspan 6 mg per side injected. AP and oblique images saved. No complications.
INTRA-OP NURSING: Procedure start 08:05, end 08:19. Patient tolerated well; no sedation given.
PACU / DISCHARGE: Pain 2/10. Vital signs stable. Ambulated without difficulty. Discharge instructions given;
discharged home with spouse at 08:50.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-24", pos="24", codes=[line("64483", "50")], findings=[])

    add("fad-ilesi-03", "asc_record", """
AMBULATORY SURGERY CENTER - PAIN PROCEDURE
NURSING ADMISSION: Patient identified x2. Consent verified. Pain 8/10 right leg. BP 150/88, HR 80. IV placed
in the left hand. Patient anxious about needles.
SEDATION (RN under physician order): midazolam 1 mg IV given.
PHYSICIAN PARAGRAPH: L4-L5 interlaminar epidural steroid injection, right paramedian, fluoroscopic guidance.
Diagnosis: lumbar disc herniation with radiculopathy (M51.16). Right posterolateral leg pain to the dorsum of
the foot for 3 months with a positive right straight leg raise and reduced sensation in the right L5
dermatome. Eight weeks of physical therapy did not relieve the leg pain; naproxen ineffective. Has had to take
leave from her warehouse job. MRI: right paracentral L4-5 herniation contacting the right L5 root. Time-out
performed. 20 g Tuohy to loss of resistance at L4-L5 right of midline; Isovue-M 200 2 mL confirmed epidural
spread. Kenalog 80 mg with 3 mL preservative-free saline injected. AP and lateral images saved. No
complications.
RECOVERY NURSING: Pain 3/10 at 30 minutes. Alert, oriented, tolerating fluids. Discharged with her daughter.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="minimal")],
        drugs=[given("midazolam", 1), given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-03-31", pos="24", codes=[line("62323")],
        findings=["sedation_details"], comment="midazolam without start/stop times; anxiety noted by nursing only")

    add("fad-mbb-02", "asc_record", """
ASC PROCEDURE RECORD - MEDIAL BRANCH BLOCK
PRE-PROCEDURE NURSING: Identity, site and side (LEFT) verified with patient. Consent signed. Pain 6/10 left
low back. Vitals within normal limits. Fall risk: low.
PHYSICIAN: Left L4-5 and L5-S1 medial branch blocks (L3, L4 medial branches and L5 dorsal ramus),
confirmatory second block, fluoroscopy. Dx: lumbar spondylosis without radiculopathy (M47.816). Left low back
pain for 14 months, worse with extension; 8 weeks of PT and home exercise without lasting relief, celecoxib
helped only partly. Cannot stand long enough to cook dinner. First block with lidocaine on 2026-04-07 gave 85%
relief for 2 hours. Time-out done. Prone; 22 g needles to the left L4 and L5 transverse process junctions and
the left sacral ala; 0.5% bupivacaine 0.5 mL at each of the three sites. No complications.
POST-PROCEDURE NURSING: Pain 1/10 at 30 minutes; pain diary reviewed with patient. Discharged ambulatory.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-04-28", pos="24",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[])

    add("fad-rfa-02", "asc_record", """
SURGERY CENTER RECORD - RADIOFREQUENCY ABLATION
NURSING PRE-OP: Consent signed. Right side confirmed. Pain 7/10 right neck. Pacemaker: none. BP 132/78.
PHYSICIAN NOTE: Right C5-C6 and C6-C7 cervical facet radiofrequency ablation (right C5, C6 and C7 medial
branches) under fluoroscopy. Diagnosis: cervical spondylosis (M47.812). Right neck and shoulder blade pain for
3 years; PT 12 weeks and NSAIDs without lasting benefit; cannot turn his head to reverse the car or work at a
computer. A right C5-C7 medial branch block on 2026-03-10 gave 85% relief for 3 hours. Time-out done. Prone;
1% lidocaine 1 mL at each of three sites; 20 g RF cannulas placed along the right C5, C6 and C7 articular
pillars on lateral view, sensory stimulation concordant, no motor response to 2 V in the arm. 2% lidocaine
0.5 mL before each lesion; lesions 80 C for 90 seconds. No complications.
NURSING POST-OP: Pain 2/10. Neck dressing dry. Discharged home at 10:40.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-05-19", pos="24", payer="medicare_cgs",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["diagnostic_block_relief"],
        comment="one diagnostic block documented; RFA needs two at >= 80%")

    add("fad-sij-02", "asc_record", """
ASC PROCEDURE RECORD
NURSING ADMIT: Consent signed; both sides verified. Pain 7/10 low back and both buttocks. On aspirin 81 mg,
continued per physician.
PHYSICIAN: Bilateral sacroiliac joint injections, therapeutic, fluoroscopic guidance with arthrography.
Dx: bilateral sacroiliitis (M46.1). Buttock pain below both PSIS for 2 years, positive thigh thrust and
compression on both sides; PT 8 weeks failed and meloxicam gave only partial relief. Diagnostic
bilateral SI blocks on 2025-09-16 gave 80% relief. Her last bilateral SI injection on 2026-01-20 gave 70%
relief for 4 months. Time-out performed. 22 g needles into the inferior left
and right SI joints; Omnipaque 240 0.5 mL per side confirmed arthrograms. 1 mL Depo-Medrol 40 mg/mL and 1 mL
0.5% bupivacaine into each joint. AP and oblique images saved. No complications.
NURSING DISCHARGE: Pain 2/10 (71% relief). Ambulating independently.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 10)],
        pain=(7, 2), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-06-09", pos="24",
        codes=[line("27096", "50")], findings=[])

    add("fad-gnb-01", "asc_record", """
SURGERY CENTER - GENICULAR NERVE BLOCK
NURSING: Consent signed; left knee marked. Pain 8/10 left knee. Vitals stable.
PHYSICIAN: Left genicular nerve block (superomedial, superolateral, inferomedial), diagnostic, ultrasound
guidance. Dx: primary osteoarthritis, left knee (M17.12). Left knee pain for 6 years despite PT, NSAIDs and
injections; evaluating for RFA. Time-out done. Each nerve was located beside its genicular artery with a
linear probe and 2 mL of 0.5% ropivacaine was injected at each. Images saved. No complications.
NURSING POST: Pain 1/10 at 30 minutes (88% relief). Discharged with a pain diary.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left",
                    imaging="ultrasound", intent="diagnostic")],
        drugs=[given("ropivacaine", 30)],
        pain=(8, 1), need=("diagnosis",), dos="2026-07-21", pos="24", codes=[line("64454", "LT")], findings=[])

    add("fad-lsb-01", "asc_record", """
ASC PROCEDURE RECORD - SYMPATHETIC BLOCK
NURSING PRE: Consent signed. Right leg verified. Pain 7/10 right foot. Baseline skin temperature right foot
27.5 C.
PHYSICIAN: Right lumbar sympathetic block at L3 under fluoroscopy. Dx: CRPS type I, right lower limb
(G90.521). Burning right foot pain with allodynia and color change for 6 months after a crush injury. Time-out
done. Prone. 22 g 15 cm needle to the anterolateral right L3 vertebral body; Omnipaque 240 2 mL showed
prevertebral linear spread without vascular uptake. 0.25% bupivacaine 12 mL in divided doses. No
complications.
NURSING POST: Right foot 33 C at 20 minutes. Pain 2/10. Discharged with spouse.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 30)],
        pain=(7, 2), need=("diagnosis",), dos="2026-08-25", pos="24", codes=[line("64520"), line("77002", "26")],
        findings=[])

    add("fad-caudal-02", "asc_record", """
AMBULATORY SURGERY CENTER PROCEDURE NOTE
NURSING: Consent signed. Pain 6/10 both legs. No anticoagulants. BP 144/84.
PHYSICIAN: Repeat caudal epidural steroid injection, fluoroscopy. Dx: lumbar spinal stenosis with neurogenic
claudication (M48.062). Bilateral buttock and posterior thigh pain with standing and walking for 1 year,
tingling in both feet; PT 12 weeks and gabapentin without benefit; she cannot walk through the grocery store.
MRI: severe L4-5 central canal stenosis. The prior caudal injection in March helped some. Time-out performed.
20 g Tuohy through the sacral hiatus; Omnipaque 180 5 mL showed caudal epidural spread; Kenalog 80 mg with
6 mL of 0.2% ropivacaine injected. AP and lateral images saved. No complications.
NURSING DISCHARGE: Pain 3/10. Ambulating with her walker. Home with son.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("triamcinolone_acetonide", 80), given("ropivacaine", 12)],
        pain=(6, 3), need=ESI_NEED, dos="2026-09-15", pos="24", codes=[line("62323")],
        findings=["prior_procedure_response"], comment="repeat; 'helped some' is no quantified response")


def _vendor(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Other EHR vendors' exports: checkbox and Yes/No grids, billing blocks (8 notes)."""
    add("fad-tfesi-04", "vendor_grid", """
=== PROCEDURE DOCUMENTATION (exported) ===
Procedure ............ Transforaminal ESI, lumbar
Laterality ........... [ ] Right  [X] Left  [ ] Bilateral
Levels ............... [X] L3-L4  [X] L4-L5  [X] L5-S1
Guidance ............. [X] Fluoroscopy  [ ] CT  [ ] Ultrasound
Diagnosis ............ Lumbar radiculopathy - M54.16
Symptoms ............. L anterior/lateral thigh and leg pain to the foot, 6 months; L quadriceps 4/5; L patellar
                       reflex 1+
Conservative tx ...... PT 8 wks: [X] no relief   NSAIDs: [X] not tolerated (GI)
Function ............. Cannot walk > 1 block; stopped volunteering at the library
Imaging .............. MRI: L foraminal stenosis L3-4 (mod), L4-5 (severe), L5-S1 (mod)
Pre-pain (0-10) ...... 8
Consent signed ....... Yes [X]  No [ ]
Time-out ............. Yes [X]  No [ ]
Contrast ............. Omnipaque 240, 1 mL per level
Medication ........... Decadron 4 mg per level (12 mg total)
Images saved ......... [X] AP  [X] Oblique
Post-pain (0-10) ..... 3
Complications ........ [X] None
--- BILLING ---
CPT: 64483-LT x1; 64484-LT x2   HCPCS: J1100 x12   ICD-10: M54.16
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("dexamethasone_sodium_phosphate", 12)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-20",
        codes=[line("64483", "LT"), line("64484", "LT", units=2), line("J1100", units=12)],
        findings=["level_limit"], comment="three transforaminal levels in one region")

    add("fad-ilesi-04", "vendor_grid", """
PROCEDURE NOTE  |  Interlaminar Epidural Steroid Injection - Thoracic
Level: T9-T10     Approach: left paramedian     Imaging: fluoroscopy
Diagnosis: Radiculopathy, thoracic region (M54.14)
History of present illness: band-like pain around the left chest wall at the T9-10 level for 4 months with
hypersensitivity to clothing and decreased light touch in the left T9 and T10 dermatomes.
Prior treatment            | Duration | Outcome
Physical therapy           | 6 weeks  | no improvement
Gabapentin                 | 2 months | stopped, dizziness
Functional status: cannot sleep on the left side or lift grocery bags; off work as a bus driver.
Imaging: MRI thoracic spine - left paracentral T9-10 disc protrusion abutting the left T10 root.
Pain pre: 7/10          Pain post: 2/10
Informed consent: Y     Time-out: Y      Complications: N
Narrative: 20 g Tuohy at T9-10 left paramedian, loss of resistance; Omnipaque 300 1.5 mL epidurogram;
Celestone Soluspan 12 mg (2 mL) with 1 mL preservative-free saline injected. AP and lateral images saved.
Charges: 62321 | J0702 x2 | M54.14
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-10", payer="medicare_fcso",
        codes=[line("62321"), line("J0702", units=2)], findings=[])

    add("fad-mbb-03", "vendor_grid", """
>> Structured Procedure Note (vendor export) <<
Procedure: Lumbar facet medial branch blocks, diagnostic #1
Side: Bilateral (Y)   Right (N)   Left (N)
Joints: L3-4, L4-5, L5-S1
Nerves: L2, L3, L4 medial branches and L5 dorsal rami, both sides
Diagnosis code: M47.81 - spondylosis without myelopathy or radiculopathy, lumbar region
Pain duration: 3 years, axial low back pain worse with extension
Failed conservative care: Yes - PT 10 weeks no relief; NSAIDs partial only
Functional deficit: Yes - cannot stand > 15 min; stopped bowling
Fluoroscopy: Yes    Contrast: No
Consent: Yes        Time-out: Yes
Pre NRS: 7          Post NRS: 1   (86% relief)
Injectate: 0.5% bupivacaine 0.5 mL per nerve, 8 nerves
Complications: None
BILLING BLOCK: 64493-50-KX; 64494-50-KX; 64495-50-KX
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=False,
                    intent="diagnostic")],
        drugs=[given("bupivacaine", 20)],  # 0.5 mL x 8 nerves = 4 mL of 0.5% (5 mg/mL) (gold correction, round 7c)
        pain=(7, 1), need=SPINE_NEED, dos="2026-03-10",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX"), line("64495", "50", "KX")],
        findings=["code_validity", "level_limit"],
        comment="M47.81 is a category, not billable without a sixth character; a third lumbar facet level is past "
                "the LCD limit (gold correction, round 6d: level_limit as in fah-facet-mbb-03)")

    add("fad-rfa-03", "vendor_grid", """
PROCEDURE: Radiofrequency ablation, lumbar medial branches
[ ] Right  [X] Left
Nerves treated: L1, L2, L3 medial branches (L2-3 and L3-4 facet joints)
Diagnosis: M47.816 Spondylosis w/o myelopathy or radiculopathy, lumbar
Symptom duration: 20 months
Conservative care failed: [X] PT 8 weeks - no benefit  [X] NSAIDs - ineffective
Functional limitation: unable to lift her grandson; cannot vacuum
Diagnostic blocks: #1 2026-02-03 lidocaine 85% relief; #2 2026-02-24 bupivacaine 90% relief
Guidance: [X] Fluoroscopy
Consent: [X] Yes   Time-out: [X] Yes
Pain before: 7/10
Local: 1% lidocaine 2 mL per site x 3
Lesion parameters: 85 C x 90 s per nerve after sensory/motor testing
Pain after: 3/10
Complications: [X] None
BILLING: 64635-LT, 64636-LT
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L2-L3", "L3-L4"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-04-14", payer="medicare_cgs",
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[])

    add("fad-sij-03", "vendor_grid", """
Sacroiliac Joint Injection - Structured Note
Side .................. Right
Intent ................ Therapeutic
Diagnosis ............. Sacroiliitis (M46.1)
Duration .............. 5 months
Conservative care ..... PT 6 weeks: no relief; ibuprofen: no help
Prior SI injection .... none
Diagnostic SI block .. 2026-04-28: 85% relief for 5 hours
Guidance .............. Fluoroscopy, AP and oblique images saved
Contrast .............. Isovue-M 200, 0.5 mL - arthrogram confirmed
Consent ............... Signed
Universal time-out .... ____
Medication ............ Depo-Medrol 40 mg + 1% lidocaine 1 mL
Pain pre / post ....... 8 / 2 (75% relief)
Complications ......... None
Billing ............... 27096-RT; J1010 x40
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(8, 2), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-05-26",
        codes=[line("27096", "RT"), line("J1010", units=40)], findings=["time_out"],
        comment="time-out field left blank")

    add("fad-onb-01", "vendor_grid", """
PROCEDURE: Occipital nerve block - greater occipital
Right [X]   Left [X]   (bilateral)
Guidance: landmark, no imaging
Diagnosis: Occipital neuralgia M54.81
Indication: paroxysmal stabbing pain from the upper neck over the back of the scalp on both sides for 8 months;
Tinel sign over both greater occipital nerves
Pre-procedure pain: 8/10
Consent: Y   Time-out: Y
Per side: Depo-Medrol 20 mg + 0.25% bupivacaine 2 mL
Post-procedure pain: 2/10
Complications: none
Billing: 64405-50 ; J1010 x40
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("bupivacaine", 10)],
        pain=(8, 2), need=("diagnosis",), dos="2026-06-23", codes=[line("64405", "50"), line("J1010", units=40)],
        findings=[])

    add("fad-tpi-02", "vendor_grid", """
Trigger Point Injection Note (export)
Muscles injected: [X] L gluteus medius  [X] L piriformis  [ ] other
Number of muscles: 2
Diagnosis: Myalgia, other site (M79.18)
Exam: taut bands with local twitch response and referred pain into the left buttock
Symptoms: left buttock pain for 4 months; cannot sit through a church service
Sessions: this is her fourth trigger point injection session in the past 12 months
Pre pain: 6/10     Post pain: 2/10 (67% relief)
Consent: Yes       Time-out: Yes
Medication: 0.5% ropivacaine 3 mL per muscle
Complications: none
Charge: 20552
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("ropivacaine", 30)],
        pain=(6, 2), need=("diagnosis",), dos="2026-07-28", codes=[line("20552")], findings=["frequency"],
        comment="fourth TPI session in 12 months (limit 3)")

    add("fad-knee-01", "vendor_grid", """
Joint Injection - Knee
Side: [X] Right  [ ] Left
Guidance: [X] Ultrasound (image saved)  [ ] Landmark
Diagnosis: Primary osteoarthritis of right knee (M17.11)
Indication: right knee pain with stairs and rising from a chair for 4 years; effusion on exam
Pre-pain: 7/10     Post-pain: 2/10
Consent: Yes   Time-out: Yes
Approach: superolateral suprapatellar recess, 22 g needle under in-plane ultrasound
Medication: Depo-Medrol 40 mg + 1% lidocaine 4 mL
Complications: None
Billing: 20611-RT; J1010 x40
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2026-09-08", payer="commercial_generic",
        codes=[line("20611", "RT"), line("J1010", units=40)], findings=[])


def _dictation(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Speech-recognition dictation and terse shorthand (8 notes)."""
    add("fad-ilesi-05", "speech_dictation", """
this is a dictated note for a repeat cervical interlaminar epidural steroid injection at C7 T1

history the patient is a 64 year old gentleman with left sided neck pain radiating into the left forearm and
the ring and little fingers for the past 8 months with numbness of the little finger and weakness of finger
abduction on the left. diagnosis cervical radiculopathy M 54.12. he did physical therapy for eight weeks with
no improvement and gabapentin made him too sleepy. he is unable to work at his carpentry job or hold a hammer.
MRI demonstrates a left C7 T1 foraminal disc osteophyte complex with compression of the left C8 nerve root.
his previous cervical epidural on 12/09/2025 gave about 70 percent relief for four months. pain today 7 out
of 10.

procedure consent was signed and a time out was carried out. prone on the table, sterile prep. under
fluoroscopy an 18 gauge to e. needle was advanced at C7 T1 left of midline with loss of resistance. 1 mL of
Omnipaque 300 showed epidural contrast on the contralateral oblique. Depo Medrol 80 milligrams with 2 mL of
sterile saline was injected. AP and contralateral oblique images were saved. post procedure pain 2 out of 10.
no complications. end of dictation.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 2), need=ESI_NEED, dos="2026-05-05", codes=[line("62321"), line("J1010", units=80)],
        findings=[], comment="repeat with 70% relief for 4 months (meets 50% for 90 days); 'to e.' = Tuohy")

    add("fad-tfesi-05", "shorthand", """
R L5-S1 TFESI, fluoro
Dx: lumbosacral radiculopathy M54.17
L buttock -> lat calf -> dorsum foot x 4 mo, numb L great toe, L EHL 4/5, +SLR L.
PT 6 wk -> no change; meloxicam -> no help. Can't work (landscaper), can't sleep > 3 h.
MRI: L L5-S1 foraminal protrusion, severe L foraminal stenosis, L L5 root contact.
Pre 8/10. Consent, TO.
Prone. 22 g to the L L5-S1 foramen, oblique view. Omnipaque 240 1 mL -> neural outline, no vasc.
Dexamethasone 10 mg + 1% lido 1 mL. AP + oblique saved.
Post 2/10. No cx.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(8, 2), need=ESI_NEED, dos="2026-06-30", payer="medicare_fcso",
        codes=[line("64483", "LT"), line("J1100", units=10)], findings=["laterality_conflict"],
        comment="title says right, symptoms and needle are left: codes follow the description")

    add("fad-tfesi-06", "speech_dictation", """
right L5 S1 transforaminal epidural steroid injection

history 59 year old woman with low back pain for four months. diagnosis lumbar radiculopathy M 54.16. she
completed six weeks of physical therapy without any improvement and naproxen did not help. she cannot stand
long enough to cook or do her housework. MRI shows a right L5 S1 foraminal disc protrusion with moderate right
foraminal narrowing. pain is 7 out of 10.

procedure informed consent was signed and time out was done. prone. fluoroscopy. a 22 gauge needle was placed
into the right L5 S1 foramen. Omnipaque 240 one mL showed perineural spread with no vascular uptake. Depo
Medrol 80 milligrams with one mL of 1 percent lidocaine was injected. AP and lateral views saved. pain after
the injection 3 out of 10. no complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 10)],
        pain=(7, 3), need=minus(ESI_NEED, "radicular_findings"), dos="2026-07-22",
        codes=[line("64483", "RT"), line("J1010", units=80)], findings=["indication"],
        comment="only low back pain described: no radicular symptom or sign")

    add("fad-facet-ia-02", "shorthand", """
B/L L4/5 facet IA inj - therapeutic - fluoro
Dx: lumbar facet arthropathy M47.816
Axial LBP x 2 yr, worse ext/rotation. PT 12 wk: no relief. NSAIDs: GI upset, stopped.
Can't stand > 15 min, quit pickleball.
Prior B/L L4/5 MBB x2: 85% (1/13/26) + 80% (2/3/26); declines RFA.
Pre 6/10. Consent + TO.
22 g into L + R L4/5 joints, Omnipaque 240 0.3 mL each -> arthrogram.
Kenalog 20 mg + lidocaine into each joint.
Post 2/10. No cx.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.6, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", None)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-08-04",
        codes=[line("64493", "50"), line("J3301", units=4)], findings=["drug_dose"],
        comment="lidocaine without an amount")

    add("fad-impar-01", "speech_dictation", """
ganglion impar block under fluoroscopy

indication 55 year old woman with tailbone pain for 10 months after childbirth, worse sitting, not helped by a
cushion, physical therapy or anti inflammatories. diagnosis coccydynia M 53.3. pain 8 out of 10.

procedure consent signed. time out done. prone with a pillow under the hips. on the lateral view a 22 gauge
needle was passed through the sacrococcygeal junction into the retrorectal space. Omni paque 240 2 mL showed
the typical comma shaped spread anterior to the coccyx. 3 mL of 0.5 percent bupivacaine and Depo Medrol 40
milligrams were injected. pain afterward 2 out of 10. no complications.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 15), given("methylprednisolone_acetate", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-09-29",
        codes=[line("64999"), line("77002"), line("Q9966", units=2), line("J1010", units=40)], findings=[],
        comment="'Omni paque' is a speech-recognition split of Omnipaque")

    add("fad-rfa-04", "shorthand", """
R L5-S1 facet RFA (R L4 MB + L5 DR) - fluoro
Dx: lumbosacral spondylosis w/o radic M47.817
R-sided LBP x 3 yr, no leg sx. PT 8 wk + HEP: no lasting help; NSAIDs partial only.
Can't garden or carry laundry upstairs.
Dx MBBs: 90% (lido, 3/10/26), 80% (bupi, 3/31/26).
Pre 7/10. Consent signed, TO.
1% lido 2 mL/site x2. 18 g RF cannulas along R L4 MB + R L5 DR. Sensory 0.4 V concordant, motor neg to 2 V.
Lesions 80 C x 90 s x2.
Post 3/10. No cx.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-10-13", codes=[line("64635", "RT")], findings=[])

    add("fad-mbb-04", "shorthand", """
L L4/5 MBB dx #1 (L L3 + L4 MB) - fluoro
Dx: lumbar spondylosis M47.816
L LBP x 10 mo, worse standing/extension. PT 10 wk: no relief. Ibuprofen: no help.
Can't stand to cook dinner.
Consent, TO.
22 g to L L4 + L5 TP/SAP junctions. 0.5% bupi 0.5 mL each.
Post 1/10. No cx. Diary given.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 5)],
        pain=(None, 1), need=SPINE_NEED, dos="2026-11-03", payer="medicare_cgs",
        codes=[line("64493", "KX", "LT")], findings=["pre_procedure_pain_score"],
        comment="no pain score before the block")

    add("fad-sirfa-01", "speech_dictation", """
right sacroiliac joint radiofrequency ablation of the L5 dorsal ramus and S1 S2 and S3 lateral branches

history 68 year old man with right sacroiliac joint pain for three years diagnosis sacroiliitis M 46.1.
two right lateral branch blocks gave 85 percent and 80 percent relief. therapeutic joint injections no longer
last. pain 7 out of 10.

procedure the consent form was signed and a time out was done. prone under fluoroscopy. 1 percent lidocaine 2
mL at each of four sites. 18 gauge RF cannulas were placed at the right L5 dorsal ramus and lateral to the
right S1 S2 and S3 posterior foramina, with strip lesions at 80 degrees for 90 seconds at each site after
sensory and motor testing. pain afterward 3 out of 10. no complications.
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 80)],
        pain=(7, 3), need=("diagnosis",), dos="2026-11-17", codes=[line("64625", "RT")], findings=[])
