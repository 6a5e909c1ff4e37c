"""Notes of the sealed final-check batch ai: wordings of our own in five source styles (teaching-hospital op
note with attestation, OCR'd fax, ASC record with nursing sections, vendor export grid, letter/clinic visit),
gold labelled by hand before any Painpoint run; the `findings` of each `add` are the deliberate gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    add("fai-tfesi-01", "teaching_op_note", """
UNIVERSITY PAIN SERVICE - OPERATIVE NOTE
Attending: present for the entire procedure.  Fellow: performed under direct supervision.
Universal protocol: site marked (Y)  consent verified (Y)  time-out completed with the whole team (Y)
Procedure: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy
Diagnosis: Lumbar radiculopathy, lumbosacral (M54.17)
Indication: Four months of left buttock pain shooting down the back of the thigh and calf to the lateral foot,
with tingling in the little toe. Left straight-leg raise reproduces the leg pain at 40 degrees and the left
ankle jerk is diminished. Eight weeks of supervised therapy brought no improvement; meloxicam gave him reflux
and was stopped. He cannot stand at his workbench for more than twenty minutes. MRI (February 2026) shows a
left foraminal L5-S1 disc protrusion compressing the exiting left L5 root.
Pre-procedure NRS: 8/10
Technique: Prone, prepped with chlorhexidine and draped. Oblique view; a 22 g spinal needle was walked to the
left L5-S1 foramen. Isovue-M 300, 1 mL, outlined the left L5 root and epidural space, no vascular uptake.
Dexamethasone 10 mg (1 mL) with 1 mL of 1% lidocaine (preservative free) was injected.
Images: AP and lateral saved to PACS.
Post-procedure NRS: 2/10.  Complications: none.
Attestation: I was present for the key portions and agree with the fellow's documentation.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(8, 2), need=ESI_NEED, dos="2026-03-17", codes=[line("64483", "LT"), line("J1100", units=10)],
        findings=[])

    add("fai-ilesi-01", "ocr_fax", """
--- FAX RECEIVED 05/12/2026 10:41  PAGE 1 OF 2 ---
OUTSIDE RECORD - SURGERY CENTER
PROCEDURE: Cervical interlaminar epidural steroid injecti
on, C6-C7, midline, fluoroscopic guidance
DX: Cervical radiculopathy M54.12
HPI: Right neck pain radiating into the radial forearm and thumb
for 5 months, numbness of the right thumb and index finger; right
biceps reflex 1+. PT twice weekly for 10 weeks failed to help;
gabapentin caused dizziness. Unable to lift her grandchild or
work at the keyboard. MRI C-spine: right paracentral C5-6 and C6-7
disc osteophyte complexes with right foraminal narrowing at C6-7.
Pain before: 7/10
Consent signed. Time out performed.
18g Tuohy at C6-C7, loss of resistance to saline. Omnipaque 240
1 mL epidurogram. Kenalog 80 mg (2 mL) and 2 mL saline injected.
Images saved.
--- PAGE 2 OF 2 ---
Pain after: 3/10. No complications. D/C home stable.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 3), need=ESI_NEED, dos="2026-05-11", pos="24", codes=[line("62321")],
        findings=["saved_images"], comment="'Images saved.' states no views")

    add("fai-mbb-01", "asc_record", """
AMBULATORY SURGERY CENTER PROCEDURE RECORD
PRE-OP NURSING: ID band checked. NPO since midnight. Vitals BP 138/82, HR 74. Allergies: none known.
Pre-procedure pain: 6/10.  Consent form signed and witnessed.
PHYSICIAN NOTE: Bilateral L4-L5 and L5-S1 facet joint medial branch blocks, diagnostic, fluoroscopic
guidance. Dx lumbar spondylosis without radiculopathy (M47.816). Axial low back pain for 14 months, worse
with standing and twisting, no leg symptoms. Twelve weeks of physical therapy did not help and diclofenac
was stopped for heartburn. She cannot vacuum or stand to cook a meal. CT shows bilateral facet arthropathy at
L4-5 and L5-S1. After the time-out, 22 g needles were placed at the L3 and L4 medial branches and the L5
dorsal ramus on each side; 0.5 mL of 0.5% bupivacaine at each of the six targets.
POST-OP NURSING: Pain 1/10 at 30 minutes (about 85% relief); pain diary given. No complications. Discharged
ambulatory with her husband.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-04-08", pos="24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fai-sij-01", "vendor_export", """
PROCEDURE DOCUMENTATION (exported)
Procedure ............ Sacroiliac joint injection      Side: [ ] R  [X] L  [ ] Bilat
Intent ............... [ ] Diagnostic  [X] Therapeutic
Diagnosis ............ Sacroiliitis, not elsewhere classified (M46.1), left
Pain duration ........ 7 months, left buttock below the PSIS
Exam ................. Thigh thrust  Yes   FABER  Yes   Compression  Yes
Conservative care .... PT 8 weeks - no relief; ibuprofen - no benefit
Prior dx block ....... Left SI block 03/2026 with lidocaine: 85% relief for the duration of the anesthetic
Function ............. cannot walk more than one block or sit through church
Consent .............. Yes        Time-out .......... Yes
Guidance ............. Fluoroscopy   Contrast: Omnipaque 300 1 mL
Injectate ............ Depo-Medrol 40 mg + 1% lidocaine 1 mL into the left SI joint
Images saved ......... AP and oblique
Pain pre/post ........ 7 / 2  (about 70% relief)
Complications ........ None
BILLING: 27096-LT  J1010 x40
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-06-02", codes=[line("27096", "LT"), line("J1010", units=40)],
        findings=[])

    add("fai-pump-01", "letter", """
Dear Dr. Referring Colleague,

I saw our mutual patient today for her intrathecal pump refill. Diagnosis: failed back surgery syndrome
(M96.1). I personally performed the refill. The pump was interrogated; 2.5 mL residual was withdrawn and
matched the expected volume. Under sterile technique I placed 20 mL of preservative-free morphine 10 mg/mL
into the reservoir through a 22 g non-coring needle. The pump was not reprogrammed; her daily dose is
unchanged. Consent was confirmed and a time-out done. There were no complications. Next refill in 3 months.

With kind regards,
Pain Medicine
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 200)],
        pain=(None, None), need=("diagnosis",), dos="2026-07-09", codes=[line("95991")],
        findings=["indication"], comment="only a diagnosis states why the pump is used")

    add("fai-tpi-01", "clinic_visit", """
Follow-up visit. Low back muscle pain on the right for 3 months after a lifting strain, now limiting her
gardening; stretching and heat helped little. Exam: taut bands with twitch responses and referred pain in the
right quadratus lumborum, right lumbar paraspinals and right gluteus medius.
Assessment: myofascial pain syndrome, low back (M79.18).
Plan/procedure today: trigger point injections to the three muscles above, 27 g needle, 2 mL of 1% lidocaine
in each. Pain 7/10 before and 3/10 after, roughly 55% relief. Tolerated well, no complications.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=("diagnosis",), dos="2026-08-19", consent=False, codes=[line("20553")],
        findings=["consent", "time_out"], comment="no consent or time-out statement")

    add("fai-genb-01", "vendor_export", """
PROCEDURE: Genicular nerve block, LEFT knee      Guidance: Ultrasound  [X]   Fluoroscopy [ ]
Diagnosis: Primary osteoarthritis, left knee (M17.12)
Indication: left knee pain for 2 years, not a surgical candidate, cannot climb stairs
Consent obtained: Yes    Time-out: Yes
Targets: superomedial, superolateral and inferomedial genicular nerves
Injectate: 0.5% ropivacaine 3 mL at each target
Pre-procedure pain: 7/10
Post-procedure pain: __
Complications: None
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("ropivacaine", 45)],
        pain=(7, None), need=("diagnosis",), dos="2026-09-15", codes=[line("64454", "LT")],
        findings=["post_procedure_pain_score"], comment="post-procedure pain field left blank")
    _more(add, proc, line, given, ESI_NEED, SPINE_NEED)


def _more(add, proc, line, given, ESI_NEED, SPINE_NEED) -> None:  # noqa: N803
    """Further notes: RFA, caudal, occipital, sympathetic, joint, epidurals."""
    add("fai-rfa-01", "ocr_fax", """
==== Fax from Lakeside Spine Associates ==== p. 1/1
PROCEDURE: Right lumbar radiofrequency neurotomy, L3 and L4 medial
branches and L5 dorsal ramus (L4-5, L5-S1 facet joints)
Dx: Lumbar spondylosis w/o radiculopathy (M47.816)
Hx: R low back pain x 3 yrs, worse w/ extension. PT 10 wk with no
lasting benefit, NSAIDs not tolerated (GI upset). Cannot stand
to do dishes > 10 min. Dual diagnostic MBBs: 02/2026 lidocaine
90% relief, 03/2026 bupivacaine 80% relief, each lasting the
expected anesthetic duration.
Pre pain 7/10. Consent obtained, time-out completed.
Fluoro. 1 mL of 2% lidocaine at each of 3 sites. 18g RF cannulas
placed parallel to each nerve; sensory 50 Hz concordant < 0.5 V,
motor 2 Hz no radicular twitch. Iesioned 85 C x 90 sec each.
Post pain 2/10. No complications. Pt d/c'd amb-
ulatory.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-04-28", codes=[line("64635", "RT"), line("64636", "RT")],
        findings=[])

    add("fai-caudal-01", "teaching_op_note", """
OPERATIVE NOTE - RESIDENT/FELLOW WITH ATTENDING ATTESTATION
Procedure: Caudal epidural steroid injection with fluoroscopic guidance
Diagnosis: Spinal stenosis, lumbar region with neurogenic claudication (M48.062)
Indication: For 8 months both legs ache and go heavy from the buttocks to the calves after she walks about
two blocks; leaning on a cart or sitting relieves it. Physical therapy for 10 weeks gave no improvement and
gabapentin made her too drowsy to continue. She has stopped her church volunteering because she cannot stand
in line. MRI shows severe central canal stenosis at L4-5.
Pre-procedure pain: 7/10.  Written consent on chart.
Technique: Prone. A 20 g Tuohy needle entered the sacral hiatus with loss of resistance. Omnipaque 240, 4 mL,
filled the caudal canal to L5 without vascular runoff. Methylprednisolone 80 mg (Depo-Medrol) with 4 mL of
0.25% bupivacaine and 4 mL saline was injected. AP and lateral images retained.
Post-procedure pain: 3/10.  Complications: none.
Attending attestation: I was present for the entire procedure and agree with the above.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2026-02-24", codes=[line("62323"), line("J1010", units=80)],
        findings=["time_out"], comment="universal-protocol time-out never stated; neurogenic claudication described")

    add("fai-onb-01", "letter", """
Dear Colleague,

Thank you for referring your patient with right-sided occipital neuralgia (M54.81). For seven months she has
had electric, stabbing pain from the right base of the skull over the scalp to the forehead, and the right
greater occipital nerve is exquisitely tender. Today, after we discussed the risks and she gave verbal and
written consent, and after a time-out, I performed a right greater occipital nerve block by landmark technique:
2 mL of 0.5% bupivacaine with dexamethasone 4 mg. Her pain fell from 8/10 to 1/10 within ten minutes. There
were no complications. I will see her again in six weeks.

Sincerely,
Pain Clinic
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                    imaging="none")],
        drugs=[given("bupivacaine", 10), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 1), need=("diagnosis",), dos="2026-10-06",
        codes=[line("64405", "RT"), line("J1100", units=4)], findings=[])

    add("fai-stellate-01", "asc_record", """
SURGERY CENTER RECORD
Nursing admission: IV started left hand, vitals stable, allergies: sulfa. Pain 7/10 right hand.
Consent: signed. Time-out: performed by RN, MD, tech.
Physician procedure note: Right stellate ganglion block, ultrasound guided. Diagnosis: complex regional pain
syndrome type I of the right upper limb (G90.511). Burning right hand pain with swelling and color change for
5 months. Probe at C6; the needle was placed anterior to the longus colli under real-time view, and an image
of the needle tip was saved. 5 mL of 0.5% ropivacaine injected in divided doses after negative aspiration.
Nursing recovery: right hand warm, mild right ptosis noted. Pain 3/10. No complications. Discharged 45 min.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(7, 3), need=("diagnosis",), dos="2026-05-20", pos="24",
        codes=[line("64510"), line("76942", "26")], findings=[])

    add("fai-knee-01", "clinic_visit", """
Clinic visit: right knee osteoarthritis follow-up. Right knee pain for 4 years, now waking her at night and
limiting stairs. Diagnosis: primary osteoarthritis, right knee (M17.11). Last injection 7 months ago helped
well. Options discussed; she wants another injection today.
Procedure: right knee intra-articular injection, ultrasound-guided, permanent image saved. Verbal consent;
time-out done. Lateral suprapatellar approach, 22 g needle. Injected Kenalog 40 mg with 4 mL of 1% lidocaine.
Pain 6/10 before, 2/10 after. No complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2026-06-30", codes=[line("20611", "RT"), line("J3301", units=4)],
        findings=[])

    add("fai-tfesi-02", "vendor_export", """
PROCEDURE NOTE EXPORT
Procedure: Transforaminal ESI     Side: [X] Right  [ ] Left     Levels: L4-L5, L5-S1 foramina
Diagnosis: Intervertebral disc disorder with radiculopathy, lumbar region (M51.16)
Radicular symptoms: Yes - right anterior shin and medial foot pain, numbness dorsum of foot
Duration: 3 months
Conservative care: PT 6 weeks - completed; home exercise
Functional limitation: Yes - cannot walk her dog or sit through a workday
Imaging: MRI right foraminal protrusions L4-5 and L5-S1 contacting the right L4 and L5 roots
Guidance: Fluoroscopy   Contrast: Isovue-M 200, 2 mL total
Injectate: Celestone 6 mg at each level with 1 mL 1% lidocaine each
Images: AP and oblique saved  Y
Consent Y   Time-out Y   Pre 7/10   Post 3/10   Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("lidocaine", 20)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "functional_impairment", "imaging_findings",
                           "radicular_findings"), dos="2026-08-04", payer="medicare_fcso",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J0702", units=2)], findings=["conservative_care"],
        comment="care completed with no stated outcome")
