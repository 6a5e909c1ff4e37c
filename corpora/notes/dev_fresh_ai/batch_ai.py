"""Notes of the sealed final-check batch ai: wordings of our own in five source styles (teaching-hospital op
note with attestation, OCR'd fax, ASC record with nursing sections, vendor export grid, letter/clinic visit),
gold labelled by hand before any Painpoint run; the `findings` of each `add` are the deliberate gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
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
    _last(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


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


def _last(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """The remaining epidurals, facet blocks, SI injections and other families."""
    add("fai-ilesi-02", "teaching_op_note", """
TEACHING SERVICE PROCEDURE NOTE
Universal protocol -- Site verified: yes. Consent on chart: yes. Time-out: yes (RN, fellow, attending).
Procedure: L3-L4 interlaminar epidural steroid injection, midline, fluoroscopy.
Diagnosis: Spinal stenosis, lumbar region with neurogenic claudication (M48.062).
History: For six months he gets cramping and numbness in both thighs and calves after standing or walking ten
minutes, relieved by sitting forward. Twelve weeks of therapy gave no relief; duloxetine caused nausea. He has
stopped golfing and cannot stand long enough to shower. MRI: moderate to severe central stenosis L3-4 from
ligamentum flavum buckling and facet overgrowth.
Pain before: 6/10.
Procedure: 20 g Tuohy at L3-L4 midline, loss of resistance to air-free saline. Omnipaque 180, 3 mL, showed
epidural spread cranially and caudally. Decadron 10 mg in 3 mL saline injected. AP and lateral views saved.
Pain after: 2/10. Complications: none.
Attending: I supervised the fellow throughout and was scrubbed for the needle placement.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L3-L4"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2026-01-20", codes=[line("62323"), line("J1100", units=10)],
        findings=[])

    add("fai-tfesi-03", "ocr_fax", """
** OUTSIDE RECORDS ** faxed 09/02/2026 ** pg 1
PROCEDURE: L C6-7 transforaminal epidural steroid
injection, fluoroscopy
DX: cervical radiculopathy (M54.12)
HPI: left arm pain from the shoulder blade to the middle
finger x 4 months with left triceps weakness 4/5. PT x 8
wks without relief, gabapentin no help.
MRI: L foraminal disc osteophyte C6-7 compressing the L C7
root.
Pre 7/1O -- Consent obtained. Time out done.
25g needle to the posterior L C6-7 foramen under fluoro.
Isovue-M 200 0.5 mL with live fluoro, no vascular flow.
Dexamethasone 4 mg (1 mL) injected. AP and oblique images saved.
Post 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2026-09-01",
        codes=[line("64479", "LT"), line("J1100", units=4)], findings=["functional_impairment"],
        comment="no functional limitation stated; OCR '7/1O' for 7/10")

    add("fai-tfesi-04", "asc_record", """
ASC PROCEDURE RECORD
Pre-op nursing: Allergies NKDA. BP 142/86. Consent signed. Pain 8/10 both legs.
Physician: Bilateral L5-S1 transforaminal epidural steroid injection under fluoroscopy for lumbosacral
radiculopathy (M54.17). Five months of pain down the backs of both legs to the soles with numbness of both
heels; both ankle reflexes absent. Physical therapy for six weeks did not help and naproxen raised his blood
pressure so it was stopped. He can no longer work his shifts at the warehouse. MRI: broad L5-S1 disc bulge
with bilateral foraminal stenosis affecting both L5 roots. Time-out done. 22 g needles to the right and left
L5-S1 foramina; Omnipaque 240, 1 mL each side, no vascular pattern. Kenalog 40 mg injected on each side.
AP and lateral images saved.
Post-op nursing: Pain 3/10. No complications. Discharged with his daughter.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-07-15", pos="24", codes=[line("64483", "50")], findings=[])

    add("fai-tfesi-05", "teaching_op_note", """
PROCEDURE NOTE (fellow documentation, attending attestation below)
Pre-procedure checklist: consent signed [x]  site marked [x]  time-out [x]  allergies reviewed [x]
Procedure: Repeat right S1 transforaminal epidural steroid injection, fluoroscopic guidance
Diagnosis: Lumbosacral radiculopathy (M54.17)
Interval history: The right S1 transforaminal injection on 01/13/2026 gave 60% relief of her right calf and
sole pain for four months; the pain and numbness along the outer right foot have returned over four weeks.
Symptoms began 11 months ago. Eight weeks of therapy failed before the first injection and tramadol made her
dizzy. She again cannot stand through her hairdressing shifts. MRI: right L5-S1 disc extrusion compressing the
right S1 root in the lateral recess.
Pre: 7/10.
Technique: 22 g needle through the right S1 posterior foramen; Omnipaque 240 1 mL outlined the S1 root without
vascular spread. Decadron 10 mg injected. AP and lateral images archived.
Post: 2/10. Complications: none.
Attending attestation: present for the entire procedure.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="right",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-06-16", codes=[line("64483", "RT"), line("J1100", units=10)],
        findings=[], comment="repeat after 60% relief for 4 months meets the response requirement")

    add("fai-ilesi-03", "vendor_export", """
ENCOUNTER EXPORT - INTERVENTIONAL PAIN
Procedure .............. Interlaminar ESI   Level: L5-S1   Approach: right paramedian
Diagnosis .............. Lumbar radiculopathy (M54.16)
Radicular pain ......... Yes: right buttock to lateral calf, tingling right great toe; SLR positive right
Duration ............... 10 weeks
Failed conservative .... Yes: PT 6 weeks no improvement; meloxicam no relief
Functional deficit ..... Yes: cannot sit through a 1 hour drive
Imaging ................ MRI right L4-5 and L5-S1 disc protrusions touching the right L5 and S1 roots
Consent ................ Yes    Time-out ........ Yes
Guidance ............... Fluoroscopy   Contrast: Omnipaque 240, 2 mL
Injectate .............. Celestone Soluspan 6 mg with 2 mL saline
Images saved ........... AP + lateral
Pre-procedure pain ..... [blank]
Post-procedure pain .... 2/10
Complications .......... None
CHARGES: 62323  J0702 x1
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(None, 2), need=ESI_NEED, dos="2026-11-03", codes=[line("62323"), line("J0702", units=1)],
        findings=["pre_procedure_pain_score"], comment="pre-procedure pain field blank")

    add("fai-mbb-02", "teaching_op_note", """
OPERATIVE REPORT - ACADEMIC PAIN CENTER
Attending physician present throughout; pain fellow performed the procedure under supervision.
Universal protocol: H&P current, consent signed, site marked, time-out completed before the first needle.
Procedure: Right C3, C4 and C5 medial branch blocks (C3-4 and C4-5 facet joints), diagnostic, fluoroscopy.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).
Indication: Right-sided neck pain for 18 months spreading to the right shoulder top, no arm symptoms,
reproduced by extension-rotation. Ten weeks of physical therapy did not help and NSAIDs were stopped for
kidney disease. She cannot check her blind spot while driving. X-ray and MRI: right C3-4 and C4-5 facet
arthropathy.
Pain pre: 6/10.
Technique: Lateral approach, 25 g needles to the right C3, C4 and C5 articular pillars; 2% lidocaine 0.5 mL
at each nerve.
Pain post: 1/10, about 85% relief; diary given.  Complications: none.
Attestation: I agree with the fellow's findings and plan.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-02-10",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[])

    add("fai-mbb-03", "ocr_fax", """
-- FAXED PROCEDURE NOTE -- page 1 of 1 --
Procedure: Left lumbar medial branch blocks, diagnostic #1: L2,
L3, L4 medial branches and L5 dorsal ramus (L3-4, L4-5, L5-S1
facet joints), fluoroscopic guidance.
Dx: lumbar spondylosis (M47.816)
Hx: left-sided low back pain worse with extension and twisting,
no radiation. PT 8 wks - no relief; Tylenol and ibuprofen with
no benefit. Unable to garden or lift laundry.
MRI: left L3-4 through L5-S1 facet hypertrophy with effusions.
Pre 7/10. Consent and time-out done.
22g needles to the 4 targets; 0.25% bupivacaine 0.5 mL each.
Post 1/10 (86% relief). No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 5)],
        pain=(7, 1), need=minus(SPINE_NEED, "symptom_duration"), dos="2026-03-24",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["symptom_duration", "level_limit"],
        comment="no duration of the back pain; three facet levels in one session (goldkit level_limit)")

    add("fai-rfa-02", "letter", """
Dear Dr. Referring Physician,

Your patient returned today for bilateral lumbar radiofrequency ablation of the L3 and L4 medial branches and
L5 dorsal rami (L4-5 and L5-S1 facet joints) for lumbar spondylosis (M47.816). He has had axial low back pain
for four years; physical therapy for three months and NSAIDs failed to give lasting relief, and he cannot
walk a full round of golf or lift his grandson. Two diagnostic medial branch blocks in April gave 90% and 85%
relief respectively. Pain today was 7/10.

After informed consent and a time-out, under fluoroscopy I numbed each of the six sites with 1 mL of 1%
lidocaine and placed 18 g RF cannulas along each nerve. Sensory and motor testing were appropriate, and each
nerve was lesioned at 80 degrees C for 90 seconds. Afterwards her pain was 2/10 and there were no
complications.

Kind regards,
Interventional Pain
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-05-26",
        codes=[line("64635", "50"), line("64636", "50")], findings=[],
        comment="'her pain' slip for a male patient in a letter; bilateral RFA")

    add("fai-sij-02", "ocr_fax", """
=== RECEIVED BY FAX  04/15/2026  PAGE 1/1 ===
PROCEDURE: Right sacroiliac joint injection, diagnostic,
under fluoroscopy with contrast.
DIAGNOSIS: Sacroiliitis (M46.1), right
Right buttock and groin pain for 5 months; Fortin finger
sign, thigh thrust and compression positive on the right.
Eight weeks of PT with no change; celecoxib no help.
Pre-procedure pain 8/10. Informed consent signed. Time out.
22g needle into the inferior right SI joint. Isovue-M 300
0.5 mL confirmed intra-articular flow. 0.5% bupivacaine 2 mL
injected.
One image saved.
Post pain 1/10 - 88% relief. Complications: none.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(8, 1), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-04-14", codes=[line("27096", "RT")],
        findings=["saved_images"], comment="one saved image (SI needs two views)")

    add("fai-sij-03", "asc_record", """
SURGERY CENTER - PROCEDURE RECORD
Nursing pre-procedure: vitals stable; allergy to codeine; pain 7/10 both buttocks; consent signed.
Physician paragraph: Bilateral sacroiliac joint injections under fluoroscopy for bilateral sacroiliitis
(M46.1). Pain over both sacral sulci for 9 months; thigh thrust and distraction positive on both sides. Twelve
weeks of PT gave no improvement and NSAIDs did not help. She cannot sit through her grandson's games. After
a time-out, 22 g needles entered the right and left SI joints; Omnipaque 240, 0.5 mL per side, showed
intra-articular spread. Kenalog 40 mg with 1 mL of 1% lidocaine injected into each joint. AP and oblique
images saved.
Nursing post-procedure: pain 2/10 (about 70% relief); no complications; discharged ambulatory.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 80), given("lidocaine", 20)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-08-25", pos="24", codes=[line("27096", "50")],
        findings=["approach"], comment="intent (diagnostic or therapeutic) never stated in words")

    add("fai-genrfa-01", "teaching_op_note", """
OPERATIVE NOTE
Attending present for the entire procedure; resident assisted.
Universal protocol: consent signed, site marked (right knee), time-out performed.
Procedure: Right genicular nerve radiofrequency ablation (superomedial, superolateral, inferomedial) under
fluoroscopy.
Diagnosis: Primary osteoarthritis, right knee (M17.11).
Indication: Right knee pain for 6 years, not a candidate for arthroplasty because of heart failure. Diagnostic
genicular nerve block on 03/03/2026 gave 80% relief for six hours. Pre-procedure pain 8/10.
Technique: Each site numbed with 1 mL of 2% lidocaine. 18 g RF cannulas placed at the three targets,
sensory testing concordant, motor testing negative; lesions 80 C for 90 seconds at each.
Post-procedure pain 3/10. Complications: none.
Attending attestation: I personally performed the key portions.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis",), dos="2026-04-07", codes=[line("64624", "RT")], findings=[])

    add("fai-lsb-01", "ocr_fax", """
//// FAX //// Regional Pain Consultants //// p1
PROCEDURE: Right lumbar sympathetic block at L3, fluoro-
scopic guidance with contrast.
DX: Complex regional pain syndrome I of right lower limb
(G90.521)
IND: burning right foot pain, allodynia and color change
x 7 months after ankle fracture.
Pre pain 8/10. Consent signed; time out.
22g needle to the anterolateral right L3 vertebral body.
Omnipaque 300 3 mL showed spread along the sympathetic chain,
no vascular flow. 0.25% bupivacaine 12 mL injected in divid-
ed doses. Right foot temperature rose 2.5 C.
Post pain 3/10. No complications.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 30)],
        pain=(8, 3), need=("diagnosis",), dos="2026-09-22",
        codes=[line("64520"), line("77002"), line("Q9967", units=3)], findings=[])

    add("fai-hip-01", "vendor_export", """
PROCEDURE: Hip joint injection    Side: [ ] R  [X] L
Guidance: Ultrasound [X] (image stored in PACS)   Fluoroscopy [ ]
Diagnosis: Primary osteoarthritis, left hip (M16.12)
Indication: left groin pain for 2 years, limping, cannot put on socks
Consent: Yes    Time-out: Yes
Injectate: Depo-Medrol 80 mg + 0.5% ropivacaine 4 mL
Pre pain: 7/10   Post pain: 2/10
Complications: None
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="left", imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 80), given("ropivacaine", 20)],
        pain=(7, 2), need=("diagnosis",), dos="2026-10-27", payer="medicare_cgs",
        codes=[line("20611", "LT"), line("J1010", units=80)], findings=[])

    add("fai-impar-01", "clinic_visit", """
Return visit for tailbone pain. Coccydynia (M53.3) for 9 months after a fall on the ice; sitting more than
15 minutes is unbearable and a cushion and NSAIDs have not helped. We proceeded today with a ganglion impar
block. Consent signed and time-out done. Prone; under fluoroscopy a 22 g needle was passed through the
sacrococcygeal junction; Isovue-M 300, 2 mL, showed the typical comma-shaped spread. Injected 4 mL of 0.5%
bupivacaine with 40 mg Kenalog. Pain 8/10 before and 2/10 after. No complications.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-03-31",
        codes=[line("64999"), line("77002"), line("Q9967", units=2), line("J3301", units=4)], findings=[])

    add("fai-rfa-03", "asc_record", """
AMBULATORY SURGERY CENTER
PRE-PROCEDURE (RN): Vitals stable. Allergies: latex. Pain 6/10 left neck. Consent signed and in chart.
PROCEDURE (MD): Left C5-6 facet joint radiofrequency neurotomy, C5 and C6 medial branches, fluoroscopy.
Diagnosis cervical spondylosis (M47.812). Left neck and upper shoulder pain for 2 years after a rear-end
collision; physical therapy for 3 months and NSAIDs brought no lasting relief. She cannot turn her head to
reverse the car. Two comparative medial branch blocks gave 90% (lidocaine) and 80% (bupivacaine) relief.
Time-out completed. 1 mL of 1% lidocaine at each site; 20 g RF cannulas along the C5 and C6 medial branches;
sensory and motor testing appropriate; lesions at 80 C for 90 seconds each.
POST-PROCEDURE (RN): Pain 2/10. No complications. Soft collar not needed. Discharged.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 20)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-10-13", pos="24", codes=[line("64633", "LT")], findings=[])

    add("fai-tpi-02", "asc_record", """
PROCEDURE ROOM RECORD
Nursing intake: pain 6/10 right neck and shoulder blade; consent signed; time-out called by RN.
Physician: Trigger point injections for myofascial pain of the neck (M79.12), present for 10 weeks. Exam shows
taut bands with referred pain in the right upper trapezius and right levator scapulae. 25 g needle; 0.25%
bupivacaine 2 mL into each of the two muscles.
Nursing discharge: pain 3/10. No complications.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 3), need=("diagnosis",), dos="2026-11-17", payer="medicare_cgs", codes=[line("20552")],
        findings=["percent_relief"], comment="relief only implied by pre/post scores")

    add("fai-mbb-04", "vendor_export", """
FACET PROCEDURE TEMPLATE (export)
Procedure .......... Medial branch block     Intent: [X] Diagnostic  [ ] Therapeutic
Block number ....... #2 (confirmatory)   First block 02/2026: 85% relief for 3 hours with lidocaine
Side ............... [ ] R  [ ] L  [X] Bilateral
Joint(s) ........... L4-L5 (L3 and L4 medial branches)
Diagnosis .......... Lumbar spondylosis without radiculopathy (M47.816)
Duration ........... 1 year         Conservative tx: PT 8 wks - failed; NSAIDs - failed
Function ........... cannot stand > 15 min at work
Guidance ........... Fluoroscopy
Consent  Yes   Time-out  Yes
Injectate .......... 0.5% bupivacaine 0.5 mL per nerve (4 nerves)
Pain pre/post ...... 6/10 -> 1/10 (83% relief)
Complications ...... None
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-03-03", codes=[line("64493", "50", "KX")], findings=[])
