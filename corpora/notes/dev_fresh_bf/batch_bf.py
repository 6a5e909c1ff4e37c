"""Notes of the sealed batch bf: ACADEMIC and MULTI-AUTHOR notes in wordings of our own (fellow- or
resident-written procedure notes with an attending attestation or addendum, long H&P-like histories listing
past procedures of other families and sides, medication lists of drugs not given today, imaging reports quoted
in full, plans naming future procedures). The reader must not bill or read as today what is history or plan.
Gold labelled by hand before any Painpoint run; the `findings` of each `add` are the deliberate gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _esi(add, proc, line, given, ESI_NEED, minus)
    _facet(add, proc, line, given, SPINE_NEED, minus)
    _si_and_mixed(add, proc, line, given, ESI_NEED, SPINE_NEED)
    _other(add, proc, line, given)


def _esi(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Epidurals: transforaminal, interlaminar, caudal."""
    add("fbf-tfesi-01", "fellow_note_attestation", """
DEPARTMENT OF ANESTHESIOLOGY - DIVISION OF PAIN MEDICINE
PROCEDURE NOTE (written by: pain medicine fellow; attending: present throughout)

HISTORY OF PRESENT ILLNESS
64-year-old woman referred back to the pain clinic for left leg pain. Since the end of last summer (about
six months) she has had pain from the left buttock down the lateral thigh and shin onto the top of the foot,
with pins and needles in the great toe. Walking the dog for more than ten minutes and standing to cook dinner
are no longer possible; she sleeps in a recliner. Eight weeks of physical therapy in the autumn did not change
the leg pain, and duloxetine was stopped after two weeks because of nausea.

PAST PAIN PROCEDURES
- Right L5-S1 transforaminal ESI (2023, outside practice), Depo-Medrol 80 mg: 70% relief for about 4 months.
- Bilateral L3-L4/L4-L5 radiofrequency ablation (2022): modest benefit, not repeated.
- Right knee steroid injection at an orthopedic office last spring.

CURRENT MEDICATIONS
Gabapentin 300 mg three times daily; oxycodone 5 mg at night as needed; methylprednisolone dose pack
(completed in December by her primary care physician); amlodipine 5 mg daily. No anticoagulants.

IMAGING (MRI lumbar spine without contrast, January 2026, report quoted)
"L3-4: mild disc bulge, no stenosis. L4-5: left foraminal disc protrusion with moderate to severe left foraminal
narrowing abutting the exiting left L4 nerve root. L5-S1: left subarticular protrusion contacting the traversing
left S1 root and moderate left foraminal narrowing. IMPRESSION: Left-sided L4-5 and L5-S1 foraminal stenosis."

EXAM: Left straight-leg raise positive at 45 degrees reproducing leg pain. Diminished sensation over the dorsum
of the left foot; EHL 4+/5 on the left. Right leg normal.

DIAGNOSIS: Lumbosacral radiculopathy, left (M54.17)

PROCEDURE PERFORMED TODAY: Left L4-5 and L5-S1 transforaminal epidural steroid injection, fluoroscopic guidance
Consent: risks (infection, bleeding, nerve injury, headache, steroid effects) discussed; written consent signed.
Time-out: performed with the nurse and radiology technologist; patient, side and levels confirmed.
Pre-procedure pain score 7/10.
Description: Prone. Sterile prep and drape. Under oblique fluoroscopy a 22-gauge curved spinal needle was
directed to the left L4-5 foramen and a second to the left L5-S1 foramen. Omnipaque 240, 1 mL at each level
(2 mL total), gave a clean perineural and epidural pattern with no vascular uptake on live fluoroscopy. At each
level 0.5 mL of dexamethasone 10 mg/mL (5 mg) with 1 mL of 1% preservative-free lidocaine was injected.
AP and lateral images were saved.
Post-procedure pain score 3/10. Complications: none. Discharged walking with her daughter.

PLAN: Pain diary for two weeks. If she gets more than 50% relief lasting three months, a repeat injection may be
considered; if not, discuss a spinal cord stimulator trial. Continue gabapentin.

ATTENDING ATTESTATION: I was present for the entire procedure, including the time-out, and agree with the
fellow's note as written.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(7, 3), need=ESI_NEED, dos="2026-02-12",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)], findings=[],
        comment="repeat by history (prior right L5-S1 TFESI, 70% for 4 months: meets 50%/90 days); history steroid "
                "Depo-Medrol and completed methylprednisolone pack are not today's drugs")

    add("fbf-tfesi-02", "resident_hp_long", """
PAIN MEDICINE PROCEDURE NOTE - RESIDENT DOCUMENTATION

Chief complaint: right leg pain, here for repeat right L5-S1 transforaminal epidural steroid injection.

HPI: 58-year-old man, warehouse supervisor, with right L5 radicular pain for 7 months: burning pain from the
right buttock along the lateral calf into the big toe, worse after sitting. He has been unable to work full
shifts since March and cannot drive more than twenty minutes. Physical therapy twice weekly for 10 weeks did not
relieve the leg pain; naproxen caused stomach upset and was stopped. His first right L5-S1 TFESI on 01/20/2026
gave about 40% relief, which lasted roughly three weeks before the pain returned to baseline.

Other procedures in the past: left shoulder subacromial injection (2024); cervical C6-7 interlaminar epidural
(2021) for neck and arm pain.

Medications: pregabalin 75 mg twice daily, tramadol 50 mg as needed, prednisone taper prescribed by urgent care
in April (finished), lisinopril.

MRI L-spine (12/2025), final report: "At L5-S1 there is a right foraminal disc extrusion with severe right
foraminal stenosis compressing the exiting right L5 nerve root. No central canal stenosis. Remaining levels
unremarkable."

Exam: positive right straight-leg raise at 30 degrees; weak right great-toe extension 4/5; decreased pinprick
over the right first web space.

Assessment: Lumbar disc disorder with radiculopathy, lumbosacral (M51.17), right.

Procedure: Repeat right L5-S1 transforaminal epidural steroid injection under fluoroscopy.
Informed consent reviewed and signed. Time-out done with all staff.
Pain before: 8/10.
Technique: prone, chlorhexidine prep. 22 g needle to the right L5-S1 foramen under oblique and lateral views.
Omnipaque 300 1 mL showed flow along the right L5 root into the epidural space, no intravascular spread.
Kenalog 40 mg (1 mL of 40 mg/mL) mixed with 1 mL of 0.25% bupivacaine injected slowly.
Two views (AP and lateral) saved to PACS.
Pain after: 4/10. No complications.

Plan: follow-up in 4 weeks. If this injection again gives only short relief, refer to spine surgery for a
discussion of microdiscectomy; SCS is not considered at this time.

Addendum by attending physician: I saw and examined the patient with the resident, was present for the entire
procedure and agree with the findings and plan.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(8, 4), need=ESI_NEED, dos="2026-05-19", payer="medicare_cgs",
        codes=[line("64483", "RT"), line("J3301", units=4)], findings=["prior_procedure_response"],
        comment="repeat ESI whose first injection gave 40% for three weeks (below 50% / 3 months)")

    add("fbf-tfesi-03", "teaching_addendum", """
INTERVENTIONAL PAIN - OPERATIVE NOTE (Fellow)
Procedure (as scheduled): RIGHT L5-S1 transforaminal epidural steroid injection
Place: ambulatory surgery center, fluoroscopy suite 2

Background: 71-year-old retired carpenter with 5 months of left-sided sciatica: pain from the left buttock down
the back of the thigh into the sole of the foot, numbness on the lateral edge of the left foot. He can no longer
walk the nine holes of golf he used to play and needs to stop after one block of walking. He completed a home
exercise program with a therapist for 6 weeks and then formal therapy for another 4, with no lasting change;
celecoxib did not help.
Previous interventions: caudal epidural steroid injection in 06/2025 with about 60% relief lasting five months;
right hip joint injection (2024) at another center; left carpal tunnel release (2019).
Home medications: gabapentin 600 mg at bedtime, acetaminophen 1 g twice daily, apixaban held for 3 days per
cardiology, Medrol Dosepak last year (no benefit).
MRI lumbar spine (05/2026) report: "L5-S1: broad-based disc bulge with left paracentral protrusion displacing the
left S1 nerve root; mild left foraminal narrowing. L4-5: facet hypertrophy, no stenosis. Impression: left L5-S1
disc protrusion with left S1 root displacement."
Exam: left SLR positive at 40 degrees; left Achilles reflex absent; calf raises weak on the left.
Diagnosis: Lumbosacral radiculopathy (M54.17)
Consent obtained in writing. Time-out completed. Pre-procedure pain 6/10.
Procedure description: Prone position, sterile prep. Under fluoroscopy, the needle was advanced to the LEFT L5-S1
neural foramen (symptomatic side). Isovue-M 300, 1 mL: contrast outlined the left S1 and L5 roots and the
epidural space without vascular pattern. Betamethasone 6 mg (1 mL Celestone Soluspan) with 1 mL of 1% lidocaine
was injected. Final needle position documented in AP and lateral views, both saved.
Post-procedure pain 2/10. No complications.
Plan: if >50% relief for 3 months, repeat as needed, no more than 4 per year; restart apixaban tomorrow.

Attending addendum: I was present for the key and critical portions and the entire injection. Agree with the
fellow's documentation.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("lidocaine", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2026-07-08", pos="24",
        codes=[line("64483", "LT")], findings=["laterality_conflict"],
        comment="scheduled title says RIGHT, needle went to the LEFT foramen (no signed correction): codes follow "
                "the description; prior caudal ESI 60% for five months is a repeat that meets 50%/90 days")

    add("fbf-tfesi-04", "academic_consult_procedure", """
SPINE CENTER - PAIN CONSULTATION AND SAME-DAY PROCEDURE
Author: PGY-4 anesthesiology resident; supervising physician: pain attending

Reason for visit: bilateral leg pain. 49-year-old nurse with nine months of pain radiating from both buttocks
down the posterior thighs to both calves, tingling in both soles, worse on the left some days and on the right on
others. She has reduced her hospital shifts to part time and cannot lift patients. Twelve weeks of supervised
physical therapy and a McKenzie program failed to relieve the leg pain; ibuprofen 600 mg gave no benefit.
Procedures before today: none to the lumbar spine. Left de Quervain injection in 2025 (hand clinic).
Medications: meloxicam 15 mg daily, cyclobenzaprine 10 mg at night, sertraline.
MRI lumbar spine report (08/2026): "L5-S1: disc degeneration with a broad posterior disc protrusion and bilateral
foraminal stenosis, moderate on the left and right, contacting both exiting L5 nerve roots. L4-5: normal."
Neuro exam: bilateral SLR positive at 50 degrees, symmetric decreased ankle reflexes.
Diagnosis: Intervertebral disc disorder with radiculopathy, lumbosacral region (M51.17)

Procedure: Bilateral L5-S1 transforaminal epidural steroid injection, fluoroscopically guided
Consent: written consent obtained after discussion of risks and alternatives.
Time-out: performed; procedure, levels and both sides confirmed.
Pain score before: 7/10.
Details: Prone. Each side: 22 g needle to the L5-S1 foramen with oblique, AP and lateral views; Isovue-M 200,
1 mL, confirmed epidural flow around the L5 root, no vascular uptake. On each side 1 mL of Celestone Soluspan
(6 mg betamethasone) with 1 mL of 0.2% ropivacaine was injected (left and right).
AP and lateral images of the final needle positions were saved.
Pain score after: 3/10. Complications: none.
Plan: reassess in 4 weeks; if relief is short-lived, consider a repeat or a surgical opinion.

Supervising physician attestation: I personally performed the critical portions of this procedure with the
resident and was present for its entirety.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("ropivacaine", 4)],
        pain=(7, 3), need=ESI_NEED, dos="2026-10-01", pos="24", payer="commercial_generic",
        codes=[line("64483", "LT"), line("64483", "RT")], findings=[],
        comment="commercial profile: bilateral as RT and LT lines; ASC, no drug lines; 12 mg betamethasone is at, "
                "not over, the ceiling")

    add("fbf-ilesi-01", "fellow_note_attestation", """
UNIVERSITY SPINE AND PAIN - PROCEDURE NOTE
Fellow author; attending physician present for the entire procedure (see attestation)

History: 67-year-old man with 4 months of pain radiating down the back of both legs to the heels, left more
than right, with numbness in both feet after standing. He can no longer stand long enough to shave and has given
up his volunteer shifts at the food bank. Gabapentin made him dizzy and was stopped; 8 weeks of physical therapy
did not help.
Prior procedures: L4-5 interlaminar epidural injection in 10/2025 with about 60% relief for four months; left
total hip arthroplasty 2018; right knee hyaluronic acid series in 2024 (outside clinic).
Medications: tamsulosin, atorvastatin, tramadol 50 mg as needed; Kenalog injection into the right knee last
year (listed by patient).
Imaging - MRI L-spine 11/2025, impression quoted: "1. L5-S1 central disc protrusion with moderate central canal
stenosis contacting both S1 nerve roots. 2. L4-5 mild disc bulge without stenosis."
Exam: bilateral diminished ankle jerks, positive slump test bilaterally.
Diagnosis: Radiculopathy, lumbosacral region (M54.17)

Procedure: L5-S1 interlaminar epidural steroid injection (midline), fluoroscopic guidance.
Written informed consent. Universal protocol time-out performed.
Pre-procedure pain: 6/10
Technique: Prone on the fluoroscopy table. The L5-S1 interspace was identified in AP view; an 18-gauge Tuohy
needle was advanced in the midline with loss of resistance to saline at 6 cm. Omnipaque 180, 2 mL, showed a
bilateral epidural spread without vascular or intrathecal uptake. Triamcinolone 80 mg (2 mL of 40 mg/mL) with
3 mL of preservative-free saline was injected. AP and lateral views saved.
Post-procedure pain: 2/10. Complications: none.
Plan: follow up in 6 weeks. Should the leg pain return, consider repeat L5-S1 interlaminar injection no sooner
than 3 months from today.

Attestation: I was present for the entire procedure and agree with the fellow's findings and plan.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 2), need=ESI_NEED, dos="2026-03-04",
        codes=[line("62323"), line("J3301", units=8)], findings=[],
        comment="repeat by history (prior L4-5 ILESI 60% for four months); the patient-listed Kenalog knee injection "
                "is history")

    add("fbf-ilesi-02", "resident_hp_long", """
HOSPITAL OUTPATIENT PAIN PROCEDURE - RESIDENT NOTE WITH ATTENDING ADDENDUM

Subjective: 55-year-old woman, bank teller, with 10 weeks of left neck pain shooting into the left shoulder
blade, lateral forearm and the thumb and index finger, with numbness of the thumb. She cannot work at the
computer for more than an hour and wakes at night. Six weeks of physical therapy with traction did not help;
meloxicam upset her stomach and was stopped.
Previous pain procedures: right C5-6 and C6-7 medial branch blocks in 2024 (about 80% relief for several hours;
she declined RFA); L4-5 interlaminar epidural in 2022.
Medications: gabapentin 100 mg three times daily, cyclobenzaprine 5 mg as needed, a short dexamethasone
taper from urgent care last month (finished), levothyroxine.
Imaging: MRI cervical spine 04/2026, report: "C5-6: left paracentral and foraminal disc osteophyte complex with
severe left foraminal narrowing, impinging the exiting left C6 nerve root. C6-7: mild bulge. No cord signal
abnormality."
Exam: Spurling positive on the left; left biceps and brachioradialis reflexes 1+; wrist extension 4/5 on the left.
Diagnosis: Cervical radiculopathy (M54.12)

Procedure: C7-T1 interlaminar epidural steroid injection (left paramedian), fluoroscopic guidance
Consent signed. Time-out performed by the whole team.
Pre-procedure NRS: 7/10
Technique: prone with the neck flexed. Contralateral oblique and lateral fluoroscopy; a 20-gauge Tuohy needle
entered the C7-T1 epidural space by loss of resistance to saline. Omnipaque 240, 1.5 mL, spread in the dorsal
epidural space toward the left C6-7 and C5-6 levels. Dexamethasone 10 mg (1 mL) with 2 mL of preservative-free
saline injected. One fluoroscopic image was saved to the record.
Post-procedure NRS: 3/10. No complications; neurologic exam unchanged.
Plan: follow up in 4 weeks; if >50% relief, a second injection may be offered; surgical referral if weakness
progresses.

Attending addendum: I was present for the entire procedure. Agree with the resident's note.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2026-06-23", pos="22",
        codes=[line("62321")], findings=["saved_images"],
        comment="one image saved (below two views); prior medial branch blocks and lumbar epidural are history")

    add("fbf-ilesi-03", "teaching_addendum", """
PAIN MEDICINE FELLOWSHIP - PROCEDURE DOCUMENTATION
Supervising attending physician present; fellow dictating.

HPI: 73-year-old woman with 6 months of right-sided pain radiating from the low back through the right buttock
and anterior thigh to the medial knee and shin, with numbness of the medial right shin. Eight weeks of physical
therapy gave no relief; acetaminophen and topical diclofenac did not help.
Past procedures: bilateral sacroiliac joint injections in 2025 with roughly 50% relief for two months; right
L4-5 and L5-S1 medial branch radiofrequency ablation in 2024; left knee arthroscopy 2016.
Current medications: oxycodone/acetaminophen 5/325 mg up to twice a day, gabapentin 300 mg at bedtime,
alendronate weekly.
Imaging: MRI of the lumbar spine, 07/2026 - "L3-4: right foraminal disc protrusion with severe right foraminal
stenosis and compression of the exiting right L3 root. L4-5: moderate central canal stenosis with facet
arthropathy. Impression: right L3-4 foraminal stenosis with L3 root compression; moderate L4-5 canal stenosis."
Exam: right knee jerk diminished, reduced sensation over the medial right shin, positive right femoral stretch.
Diagnosis: Lumbar radiculopathy (M54.16)

Procedure: L4-5 interlaminar epidural steroid injection, right paramedian, with fluoroscopy.
Consent obtained and signed. Time-out completed.
Pre-procedure pain: 8/10.
Description: Prone. Sterile technique. 18 g Tuohy needle via a right paramedian approach into the L4-5
interlaminar space, loss of resistance at 7 cm. Omnipaque 240, 3 mL, spread cephalad to L3 on the right without
vascular uptake. Depo-Medrol 80 mg (2 mL) and 2 mL of 1% lidocaine injected. AP and lateral images stored.
Post-procedure pain: 4/10. Complications: none.
Plan: diary for 2 weeks; if benefit is short, consider a right L3-4 transforaminal injection next time.

Addendum (attending): I was present for the whole procedure and confirm the documentation.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(8, 4), need=minus(ESI_NEED, "functional_impairment"), dos="2026-09-15", payer="medicare_fcso",
        codes=[line("62323"), line("J1010", units=80)], findings=["functional_impairment"],
        comment="no functional limitation stated anywhere; prior SI injections and RFA are other families")

    add("fbf-ilesi-04", "academic_consult_procedure", """
ACADEMIC PAIN PRACTICE - FOLLOW-UP WITH PROCEDURE
Written by: second-year pain fellow. Attending: in the room for the entire procedure.

Interval history: 62-year-old man with lumbar spinal stenosis and bilateral L5 radiculopathy for about 2 years:
aching and tingling from both buttocks to the outer calves after five minutes of walking, relieved by sitting.
He stopped bowling and cannot do his grocery shopping without a cart. Physical therapy for 12 weeks in 2025 did
not relieve the leg symptoms, and gabapentin up to 900 mg a day left him too drowsy.
This is his fifth lumbar epidural steroid injection in the past 12 months: earlier injections in January, March,
June and August 2026 each gave about 60% relief of the leg pain for two to three months.
Other procedures: right shoulder injection (2025, orthopedics); left L4-5 facet cyst rupture (2023).
Medications: tramadol 50 mg twice daily, duloxetine 60 mg, metformin.
MRI report (03/2025): "Severe central canal stenosis at L4-5 and moderate at L5-S1 with bilateral lateral recess
narrowing affecting both L5 nerve roots. IMPRESSION: multilevel lumbar stenosis, worst at L4-5."
Exam: bilateral EHL 4+/5, decreased sensation lateral calves, negative SLR.
Diagnosis: Spinal stenosis, lumbar region with neurogenic claudication (M48.062)

Procedure: L5-S1 interlaminar epidural steroid injection with fluoroscopic guidance
Consent reviewed; patient signed. Time-out performed.
Pain before the procedure: 7/10
Technique: Prone. 20 g Tuohy at the L5-S1 interspace, midline, loss of resistance to air and saline. Omnipaque 300,
2 mL, showed epidural flow to L4 bilaterally. Kenalog-40, 40 mg (1 mL), with 2 mL of 1% lidocaine injected.
AP and lateral fluoroscopic views saved.
Pain after: 3/10. No complications.
Plan: we discussed that epidurals are no longer giving durable benefit; refer to spine surgery for decompression
and consider a spinal cord stimulator trial if he is not a surgical candidate.

Attending attestation: present for the entire procedure; agree with the fellow's assessment and plan.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 20)],
        pain=(7, 3), need=ESI_NEED, dos="2026-11-10",
        codes=[line("62323"), line("J3301", units=4)], findings=["frequency", "prior_procedure_response"],
        comment="fifth lumbar ESI in 12 months (limit 4); the earlier ones lasted 'two to three months' (lower bound "
                "two months, below 3 months)")

    add("fbf-caudal-01", "fellow_note_attestation", """
PROCEDURE NOTE - CAUDAL EPIDURAL (fellow; attending attestation below)
Ambulatory surgery center

History: 81-year-old woman, 8 months of bilateral buttock and posterior leg pain on walking, heaviness of both
legs after two blocks that eases when she sits or leans forward on a shopping cart; numbness of both feet. She
can no longer walk to church or carry laundry downstairs. She completed 8 weeks of physical therapy in the spring
and takes meloxicam 7.5 mg daily.
Past interventions: bilateral L3-4 and L4-5 medial branch blocks in 2024 (short relief); right total knee
replacement 2019; left hip bursa injection in 2025.
Medications: meloxicam 7.5 mg daily, gabapentin 300 mg at night, warfarin held for five days (INR today 1.1),
metoprolol.
Imaging: MRI lumbar spine, 02/2026 - "Prior L4-5 laminectomy changes. L4-5: severe central canal stenosis with
redundant nerve roots. L3-4: moderate stenosis. L5-S1: mild bilateral foraminal narrowing."
Diagnosis: Spinal stenosis, lumbar region with neurogenic claudication (M48.062)

Procedure: Caudal epidural steroid injection under fluoroscopy
Consent: signed after discussion. Time-out completed.
Pre-procedure pain 8/10.
Technique: Prone with a pillow under the hips. The sacral hiatus was located in the lateral view; a 20 g Tuohy
needle entered the caudal canal with loss of resistance. Isovue-M 300, 3 mL, filled the caudal epidural space up
to L5 with no vascular runoff. Depo-Medrol 80 mg in 5 mL of 0.2% ropivacaine plus 5 mL of preservative-free
saline was injected. AP and lateral images saved.
Post-procedure pain 4/10. No complications. Discharged with her son.
Plan: restart warfarin tonight. If she has 50% relief or better for three months, a repeat caudal may be
offered; otherwise discuss minimally invasive lumbar decompression.

Attending attestation: I was present for the entire procedure and agree with the fellow's documentation.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("methylprednisolone_acetate", 80), given("ropivacaine", 10)],
        pain=(8, 4), need=minus(ESI_NEED, "conservative_care"), dos="2026-04-14", pos="24",
        codes=[line("62323")], findings=["conservative_care"],
        comment="therapy 'completed' and meloxicam taken, no outcome stated; prior medial branch blocks are history")


def _facet(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Facet medial branch blocks, intra-articular injections and radiofrequency ablation."""
    add("fbf-mbb-01", "resident_hp_long", """
PAIN CLINIC - PROCEDURE NOTE (resident author, attending supervision)

HPI: 59-year-old man, bus driver, with axial low back pain for 2 years, both sides, worse with standing, twisting
and getting out of the driver's seat; no pain below the knees. He cannot finish an 8-hour shift and has stopped
fishing. Physical therapy for 12 weeks and a home core program did not help; naproxen gave him heartburn and was
stopped; a TENS unit brought no change.
Procedure history: left L5-S1 transforaminal epidural in 2024 for sciatica, 80% relief of the leg pain for six
months; right knee arthroscopy 2020; a right greater trochanteric bursa injection at an outside clinic last year.
Medications: acetaminophen 1 g three times daily, tizanidine 2 mg at night, hydrocodone/acetaminophen 5/325 mg
rarely, omeprazole.
CT lumbar spine (05/2025) report: "Moderate to severe bilateral facet arthropathy at L4-5 and L5-S1 with joint
space narrowing and subchondral sclerosis. Mild disc height loss at L5-S1. No foraminal stenosis."
Exam: paraspinal tenderness over L4-S1 bilaterally, pain on extension-rotation both sides, normal neuro exam.
Diagnosis: Spondylosis without myelopathy or radiculopathy, lumbar region (M47.816)

Procedure: Bilateral L4-5 and L5-S1 facet medial branch blocks (first diagnostic block), fluoroscopy
Consent discussed and signed. Time-out performed with nursing.
Pre-procedure pain: 7/10
Technique: Prone. On each side a 22 g spinal needle was placed under fluoroscopy at the junction of the superior
articular and transverse processes for the L3 and L4 medial branches and at the sacral ala for the L5 dorsal
ramus (six targets). Omnipaque 180, 0.2 mL at each target, confirmed no vascular spread. 0.5 mL of 0.5%
bupivacaine was then injected at each of the six targets.
Post-procedure pain: 1/10 at 30 minutes, with the provocative movements now painless (about 85% relief).
Complications: none. Pain diary given.
Plan: if this block gives 80% or more relief for the expected duration, a confirmatory block with lidocaine,
then bilateral L4-5/L5-S1 radiofrequency ablation.

Attending attestation: I was present for the entire procedure and agree with the resident's documentation.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1.2, "ml"), given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-01-27",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        comment="first diagnostic block; the prior TFESI's 80% relief is another family; RFA is only planned")

    add("fbf-mbb-02", "fellow_note_attestation", """
DIVISION OF PAIN MEDICINE - CERVICAL MEDIAL BRANCH BLOCK (fellow note)

History: 52-year-old woman with right-sided neck pain for 18 months, spreading to the right upper trapezius and
the back of the head, worse looking over her right shoulder while driving; no arm symptoms. She has had to give
up swimming and cannot reverse-park her car. Ten weeks of physical therapy gave no lasting improvement and
ibuprofen irritated her stomach.
First diagnostic block: right C4-5 and C5-6 medial branch block with 2% lidocaine on 03/05/2026 gave 90% relief
lasting about two hours. Today is the confirmatory block with a longer-acting anesthetic.
Other past procedures: left C6-7 interlaminar epidural (2023) for arm pain, about 50% relief for three months;
left trigger point injections (2025).
Medications: sumatriptan as needed, celecoxib 200 mg (stopped), baclofen 10 mg at night, prednisone burst
in January (completed).
Imaging: MRI cervical spine (01/2026) - "Right-sided facet arthropathy at C4-5 and C5-6 with mild effusion at
C5-6. Disc bulges without cord or root compression."
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)

Procedure: Right C4-5 and C5-6 facet joint medial branch blocks (second, confirmatory diagnostic), fluoroscopic
guidance. Consent signed. Time-out performed.
Pre-procedure pain score: 6/10
Technique: prone, head in a cradle. Lateral fluoroscopy; 25 g spinal needles to the waists of the right C4, C5 and
C6 articular pillars for the C4, C5 and C6 medial branches. After negative aspiration, 0.5 mL of 0.75% bupivacaine
at each of the three targets.
Complications: none. She will record her pain every hour for eight hours in the diary provided.
Plan: if relief is again 80% or more, schedule right C4-5/C5-6 radiofrequency neurotomy.

Attending attestation: I supervised and was present for the entire procedure.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 11.25)],
        pain=(6, None), need=SPINE_NEED, dos="2026-04-02",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["post_procedure_pain_score"],
        comment="no post-procedure score; the first block's 90% relief meets the confirmatory 80%")

    add("fbf-mbb-03", "academic_consult_procedure", """
ACADEMIC PAIN SERVICE - NEW PATIENT EVALUATION AND PROCEDURE
Resident note, reviewed and co-signed by the attending

HPI: 68-year-old woman with left low back pain for 3 years, across the left lower lumbar region into the left
buttock, worse with standing at the sink and with extension, no leg pain. She cannot stand to cook a meal and
has stopped gardening. Physical therapy (16 visits) gave no improvement, and tramadol made her nauseated.
Previous interventions: right sacroiliac joint injection 2025 (50% relief for one month); bilateral L5-S1
transforaminal ESI 2024 for sciatica; right trapezius trigger point injections.
Medications: duloxetine 30 mg, acetaminophen as needed, alendronate, Medrol taper last fall for a gout flare.
Imaging: X-ray and MRI L-spine 06/2026, quoted: "Advanced left-sided facet arthropathy at L3-4, L4-5 and L5-S1
with small effusions; grade 1 degenerative anterolisthesis of L4 on L5. No central or foraminal stenosis."
Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)

Procedure: Left L3-4, L4-5 and L5-S1 facet medial branch blocks, diagnostic, fluoroscopy
Written consent on file. Time-out completed.
Pre-procedure pain: 8/10
Technique: Prone. Under fluoroscopy, 22 g needles were placed on the left at the L2, L3 and L4 medial branches and
the L5 dorsal ramus. 0.5 mL of 2% lidocaine was injected at each of the four targets.
Post-procedure pain: 2/10 (75% relief) at 20 minutes.
No complications.
Plan: repeat the blocks with bupivacaine; if concordant, left L3-S1 radiofrequency ablation.

Attending co-signature: I was present for the entire procedure.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 40)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-08-11", pos="24", payer="medicare_fcso",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["level_limit"],
        comment="three lumbar facet joints in one session; first diagnostic block, so no confirmatory threshold")

    add("fbf-facet-01", "teaching_addendum", """
PAIN MEDICINE - FACET JOINT INJECTION (fellow documentation, attending addendum)

HPI: 45-year-old man, chef, with bilateral low back pain for 14 months after a fall on a wet floor, localized to
the lower lumbar paraspinal region, worse with extension and standing for long periods; no radiating symptoms. He
now cannot work a full dinner service and has stopped running. He attended 10 weeks of physical therapy without
improvement, and meloxicam did not help at all.
Prior procedures: right L5-S1 transforaminal epidural (2025) - no benefit; left knee aspiration and injection
(2024, sports medicine).
Medications: cyclobenzaprine 10 mg at night, topical diclofenac, methylprednisolone dose pack last month
(no change).
MRI lumbar spine (09/2025) report: "Bilateral L4-5 facet arthropathy with joint effusions. Mild disc bulge at
L4-5 without stenosis. No nerve root compression."
Diagnosis: Spondylosis without myelopathy or radiculopathy, lumbar region (M47.816)

Procedure: Bilateral L4-5 intra-articular facet joint injections, diagnostic, under fluoroscopy
Consent: signed. Time-out: done.
Pre-procedure pain score 6/10.
Technique: Prone. Oblique fluoroscopy to open each L4-5 joint; 22 g needles entered the left and right L4-5 joints.
Omnipaque 240, 0.2 mL per joint, gave an arthrogram without extravasation. 1 mL of 0.5% bupivacaine was injected
into each joint.
Post-procedure pain score 1/10 (about 85% relief).
Complications: none.
Plan: if this diagnostic block is positive, plan bilateral L4-5 medial branch blocks and then RFA.

Attending addendum: I was present for the entire procedure and reviewed the images.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.4, "ml"), given("bupivacaine", 10)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-05-06",
        codes=[line("64493", "50", "KX")], findings=[],
        comment="the methylprednisolone dose pack is history; no drug line (only bupivacaine, never billed)")

    add("fbf-rfa-01", "fellow_note_attestation", """
UNIVERSITY PAIN CENTER - LUMBAR RADIOFREQUENCY ABLATION (fellow note)

History: 70-year-old man with right low back pain for 4 years, worse with standing and extension, no leg
symptoms; he can no longer walk a full round of golf and cannot stand at his workbench for more than 15 minutes.
Physical therapy for 12 weeks and a chiropractor gave no lasting relief; NSAIDs were stopped for kidney disease.
Diagnostic blocks: right L3, L4 medial branch and L5 dorsal ramus blocks on 01/13/2026 (lidocaine) with 90%
relief, and on 02/10/2026 (bupivacaine) with 85% relief, each lasting the expected duration.
Other history: bilateral L4-5 transforaminal epidural (2024), 50% relief of leg pain for about two months; left
knee injection elsewhere last year.
Medications: oxycodone 5 mg at bedtime, gabapentin 300 mg twice daily, tamsulosin.
CT lumbar spine report (2025): "Right greater than left facet arthropathy at L4-5 and L5-S1. No fracture."
Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)

Procedure: Right L4-5 and L5-S1 facet radiofrequency ablation (L3 and L4 medial branches, L5 dorsal ramus),
fluoroscopic guidance. Consent signed. Time-out completed.
Pre-procedure pain 7/10.
Technique: Prone. After skin wheals, 18 g 10 mm active-tip RF cannulas were placed parallel to the right L3 and L4
medial branches and the L5 dorsal ramus. Sensory testing at 50 Hz reproduced concordant pain below 0.5 V; motor
testing at 2 Hz showed no leg twitch. 1 mL of 2% lidocaine was injected at each site, then conventional thermal
lesions at 80 degrees C for 90 seconds were made at each of the three nerves. After lesioning, 0.5 mL of Kenalog
40 mg/mL was injected through each cannula.
Post-procedure pain 2/10. Complications: none.
Plan: follow up in 6 weeks; if the pain returns after at least 6 months of relief, repeat RFA may be offered.

Attending attestation: I was present for the entire procedure and agree with the fellow's note.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60), given("triamcinolone_acetonide", 60)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-24",
        codes=[line("64635", "RT"), line("64636", "RT"), line("J3301", units=6)], findings=[],
        comment="dual blocks 90% and 85%; thermal at exactly 80 C; triamcinolone 0.5 mL x 40 mg/mL x 3 = 60 mg")

    add("fbf-rfa-02", "resident_hp_long", """
PAIN MEDICINE PROCEDURE - RESIDENT NOTE, ATTENDING ATTESTATION

HPI: 66-year-old woman with bilateral axial low back pain at the lumbosacral junction for 5 years, worse with
standing and bending back, no leg symptoms. She cannot stand long enough to cook or clean and has given up her
walking group. Physical therapy (12 weeks) and NSAIDs gave no lasting benefit; tramadol made her constipated and
dizzy.
Repeat procedure: she had bilateral L4-5 radiofrequency ablation in January 2026 with about 70% relief that lasted
four months before the pain came back.
Other procedures: left L5-S1 transforaminal epidural (2023); right hip injection last year; left shoulder
subacromial injection.
Medications: acetaminophen 1 g three times daily, lidocaine patch, prednisone 5 mg daily for polymyalgia.
MRI report (2024): "Bilateral L4-5 facet arthropathy with hypertrophy; mild L4-5 disc bulge; no stenosis."
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)

Procedure: Repeat bilateral L4-5 facet radiofrequency ablation (L3 and L4 medial branches on both sides),
fluoroscopy. Consent signed. Time-out performed.
Pre-procedure pain: 6/10
Technique: Prone. 18 g RF cannulas placed to the L3 and L4 medial branches bilaterally (four nerves) under AP and
oblique views. Sensory stimulation concordant at 0.4-0.6 V; no motor response to the legs at 2 Hz. 2 mL of 1%
lidocaine at each site, then lesions at 85 degrees C for 90 seconds at each nerve.
Post-procedure pain: 2/10. Complications: none.
Plan: follow up 6 weeks. If relief again lasts only four months, consider a trial of basivertebral nerve ablation
or SCS referral.

Attestation: I was present for the entire procedure and agree with the resident's findings.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 80)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-09-29", pos="24",
        codes=[line("64635", "50")], findings=["prior_procedure_response"],
        comment="repeat RFA after 70% relief for four months (below 6 months); second lumbar RFA in 12 months is "
                "within the limit of 2; prednisone for polymyalgia is a home drug")

    add("fbf-rfa-03", "teaching_addendum", """
CERVICAL RADIOFREQUENCY NEUROTOMY - FELLOW OPERATIVE NOTE (attending addendum follows)

HPI: 57-year-old woman, violinist, with left lower neck pain for 2 years after a rear-end collision, spreading to
the left shoulder blade; no arm radiation. She cannot practise more than 20 minutes or turn her head to change
lanes. Physical therapy for 3 months and massage gave no lasting benefit; naproxen did not help.
Diagnostic blocks: left C5, C6 and C7 medial branch blocks on 08/04/2026 with 85% relief and on 09/01/2026 with
80% relief, each for the duration of the local anesthetic.
Other history: right C5-6 interlaminar epidural 2022 for arm pain; left occipital nerve block (2024) for headaches.
Medications: amitriptyline 10 mg at night, ibuprofen as needed, methocarbamol.
MRI cervical spine (2025) quoted: "Left C5-6 and C6-7 facet arthropathy. Mild disc bulges at C5-6. No cord
compression, no foraminal stenosis."
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)

Procedure: Left C5-6 and C6-7 facet radiofrequency neurotomy (left C5, C6 and C7 medial branches), fluoroscopy
Consent obtained. Time-out done.
Pre-procedure pain: 7/10
Technique: Prone. 20 g curved RF cannulas to the left C5, C6 and C7 medial branches in lateral and AP views.
Sensory stimulation concordant at less than 0.5 V; no motor response in the arm at 2 Hz up to 2 V. 0.5 mL of 2%
lidocaine at each site, then thermal lesions at 80 C for 90 seconds, two lesions per nerve.
Post-procedure pain: 3/10. No complications.
Plan: soft collar not needed; follow up in 8 weeks. Right-sided blocks may be considered if right neck pain
develops.

Attending addendum: I was present for the entire procedure; agree with the fellow's note.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-11-17",
        codes=[line("64633", "LT"), line("64634", "LT")], findings=[],
        comment="dual blocks 85% and 80% (at the threshold); thermal at 80 C")


def _si_and_mixed(add, proc, line, given, ESI_NEED, SPINE_NEED) -> None:  # noqa: N803
    """Sacroiliac joint injections and the two-procedure notes."""
    add("fbf-sij-01", "fellow_note_attestation", """
PAIN MEDICINE - SACROILIAC JOINT INJECTION (fellow note with attending attestation)

History: 61-year-old woman with right buttock pain below the posterior superior iliac spine for 8 months after a
misstep off a curb, worse rising from a chair and climbing stairs, occasionally into the posterior right thigh.
She cannot sit through a film or walk her dog more than ten minutes. Physical therapy with SI belt use for 8 weeks
did not relieve it; ibuprofen gave no benefit.
Exam: right thigh thrust, FABER, distraction and compression tests all reproduce her pain.
Diagnostic block: right SI joint block with 2% lidocaine on 12/09/2025 gave 80% relief for the duration of the
anesthetic.
Other procedures: left L5-S1 transforaminal epidural in 2024 (40% relief, short-lived); left knee injection at an
orthopedic clinic; right carpal tunnel injection.
Medications: gabapentin 100 mg at night, meloxicam 15 mg (stopped), oxycodone 5 mg for flares.
Imaging: pelvis X-ray and MRI (10/2025): "Mild right sacroiliac joint subchondral sclerosis without erosions.
Lumbar spine: mild multilevel spondylosis, no stenosis."
Diagnosis: Sacroiliitis, not elsewhere classified (M46.1), right

Procedure: Right sacroiliac joint injection, therapeutic, fluoroscopic guidance
Consent signed. Time-out confirmed patient, side and procedure.
Pre-procedure pain score: 8/10
Technique: Prone. Contralateral oblique view to separate the joint lines; a 22 g needle entered the inferior
third of the right SI joint. Omnipaque 300, 0.5 mL, outlined the joint capsule without vascular uptake. Kenalog
40 mg (1 mL) with 1 mL of 0.5% bupivacaine injected. AP and oblique images saved.
Post-procedure pain score: 2/10, which she described as about 75% relief.
Complications: none.
Plan: if the relief lasts 3 months or more, therapeutic injections may be repeated; if not, consider SI joint
radiofrequency ablation of the lateral branches.

Attending attestation: present for the entire procedure; agree with the above.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-02-18",
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=[],
        comment="positive diagnostic block (80%) before a therapeutic injection; the earlier TFESI was on the left")

    add("fbf-sij-02", "resident_hp_long", """
ACADEMIC SPINE CENTER - RESIDENT PROCEDURE NOTE

HPI: 48-year-old woman, postpartum two years, with left sacroiliac region pain for 14 months, sharp with rolling
in bed and climbing stairs, no pain below the knee. Physical therapy for pelvic girdle pain for 12 weeks did not
relieve it and naproxen did not help. She cannot lift her toddler or sit through a work meeting.
Exam: left Gaenslen, thigh thrust and compression tests positive; lumbar exam normal.
Prior interventions: left SI joint diagnostic block with bupivacaine in 03/2026 with 85% relief for about six
hours; right greater trochanteric bursa injection (2025); cervical medial branch blocks (2024).
Medications: acetaminophen, ibuprofen as needed, sertraline; a Medrol Dosepak from urgent care in May (done).
Imaging: MRI pelvis (01/2026) impression: "Mild left sacroiliac joint degenerative change with small anterior
osteophytes; no sacroiliitis or fracture."
Diagnosis: Sacroiliitis, not elsewhere classified (M46.1), left

Procedure: Left sacroiliac joint injection (therapeutic), fluoroscopically guided
Consent reviewed and signed. Time-out performed.
Pre-procedure pain: 7/10
Technique: Prone. 22 g spinal needle to the inferior left SI joint under oblique fluoroscopy. Isovue-M 200, 0.5 mL,
confirmed an intra-articular pattern. Methylprednisolone 40 mg (1 mL) with 1 mL of 1% lidocaine was injected.
AP and oblique images were saved.
Post-procedure pain: 3/10.
No complications.
Plan: follow up in 6 weeks; SI fusion consultation if therapeutic injections do not give lasting benefit.

Attending attestation: I was present for the entire procedure and agree with the resident's note.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-06-09", pos="24", payer="medicare_cgs",
        codes=[line("27096", "LT")], findings=["percent_relief"],
        comment="relief only implied by pre/post scores; the diagnostic block's 85% is the prior block, not today's")

    add("fbf-mixed-01", "academic_consult_procedure", """
UNIVERSITY PAIN MEDICINE - CONSULT AND PROCEDURES (fellow author, attending attestation)

HPI: 69-year-old man with left leg pain for 5 months: shooting pain from the left buttock down the lateral thigh
and calf to the top of the foot, tingling in the left great toe, and a separate deep ache over the left sacroiliac
region when rising from a chair. He stopped playing tennis and cannot stand in line at the store. Physical therapy
for 8 weeks did not help the leg pain; gabapentin made him foggy and was stopped.
Exam: left SLR positive at 45 degrees, weak left EHL 4/5; left thigh thrust, FABER and compression positive.
Past procedures: right L4-5 medial branch radiofrequency ablation (2024); right knee steroid injection last year;
cervical epidural in 2019.
Medications: tramadol 50 mg twice daily, acetaminophen, finasteride, prednisone taper (finished last month).
MRI lumbar spine (03/2026) report: "L5-S1: left foraminal disc protrusion with moderate left foraminal narrowing
contacting the exiting left L5 nerve root. Mild bilateral sacroiliac degenerative changes."
Diagnoses: 1. Lumbosacral radiculopathy, left (M54.17). 2. Sacroiliitis, not elsewhere classified (M46.1), left.

Procedures today (both left, fluoroscopic guidance):
1. Left L5-S1 transforaminal epidural steroid injection.
2. Left sacroiliac joint injection, diagnostic.
Consent: signed for both procedures. Time-out performed for both.
Pre-procedure pain score: 8/10
1) Prone. 22 g needle to the left L5-S1 foramen. Omnipaque 240, 1 mL, showed flow along the left L5 root into the
epidural space, no vascular spread. Dexamethasone 10 mg (1 mL) with 1 mL of 1% lidocaine injected. AP and lateral
images saved.
2) 22 g needle into the inferior left SI joint; Omnipaque 240, 0.5 mL, outlined the joint. 2 mL of 2% lidocaine
injected into the joint. AP and oblique images saved.
Post-procedure pain score: 1/10, about 85% relief of the buttock pain at 30 minutes.
Complications: none.
Plan: if the diagnostic SI block stays positive on his diary, therapeutic left SI injection next; reassess leg pain
in 4 weeks.

Attending attestation: I was present for the entirety of both procedures.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 50)],
        pain=(8, 1), need=ESI_NEED, dos="2026-07-21",
        codes=[line("64483", "LT"), line("27096", "LT"), line("J1100", units=10)], findings=[],
        comment="two procedures, both left; a diagnostic SI block with 85% relief is positive; prior RFA and cervical "
                "epidural are history")

    add("fbf-mixed-02", "teaching_addendum", """
HEADACHE AND PAIN CLINIC - PROCEDURE NOTE (resident, attending addendum)

History: 44-year-old woman with right occipital headaches for 9 months: shooting pain from the right base of the
skull over the scalp toward the right eye, with scalp tenderness, plus aching in the right upper neck muscles.
She misses two workdays a month. Amitriptyline made her drowsy; 8 weeks of physical therapy helped only briefly.
Exam: Tinel sign over the right greater occipital nerve reproduces the headache; taut bands with local twitch
responses and referred pain in the right upper trapezius and right splenius capitis.
Prior procedures: left greater occipital nerve block (2025) with 60% relief for a month; onabotulinumtoxinA for
migraine at another center (2024); right C2-3 medial branch block (no benefit).
Medications: topiramate 50 mg twice daily, rizatriptan as needed, ibuprofen, a prednisone burst in 2025.
MRI brain (2025) report: "No intracranial abnormality." Cervical X-ray: mild C5-6 disc narrowing.
Diagnoses: Occipital neuralgia (M54.81), right; myofascial pain syndrome of the neck (M79.18).

Procedures:
1. Right greater occipital nerve block, landmark technique (medial to the occipital artery at the superior nuchal
line), no imaging.
2. Trigger point injections, right upper trapezius and right splenius capitis.
Consent signed. Time-out performed.
Pain before: 7/10
Technique: after aspiration, 2 mL of 0.5% bupivacaine with 20 mg triamcinolone (0.5 mL of 40 mg/mL) was injected
around the right greater occipital nerve. Then a 27 g needle into each trigger point with 1 mL of 1% lidocaine in
each of the two muscles.
Pain after: 2/10, about 70% relief.
No complications.
Plan: headache diary; if relief is brief, consider occipital nerve pulsed radiofrequency or onabotulinumtoxinA.

Attending addendum: I was present for both procedures and agree.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                    imaging="none"),
               proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 20), given("lidocaine", 20)],
        pain=(7, 2), need=("diagnosis",), dos="2026-10-06",
        codes=[line("64405", "RT"), line("20552"), line("J3301", units=2)], findings=[],
        comment="two muscles (20552); the prior left occipital block and botulinum toxin are history")


def _other(add, proc, line, given) -> None:
    """Trigger points, joints, genicular, sympathetic, occipital, SCS trial, augmentation, pump refill."""
    add("fbf-tpi-01", "resident_hp_long", """
PAIN CLINIC VISIT WITH PROCEDURE - RESIDENT NOTE

HPI: 39-year-old office manager with left upper back and neck-shoulder pain for 5 months, worse after long days at
the computer, with headaches from the left neck. Stretching, a standing desk and 6 weeks of physical therapy
helped only partly.
Exam: taut bands with local twitch responses and referred pain in the left upper trapezius, left levator scapulae
and left rhomboid major; cervical range of motion full, neuro exam normal.
Prior procedures: right C5-6 interlaminar epidural (2024) for arm pain with about 70% relief; left shoulder
subacromial injection last year; bilateral L4-5 facet injections (2023).
Medications: cyclobenzaprine 5 mg at night, ibuprofen 400 mg as needed, sumatriptan.
Imaging: cervical MRI (2024) report: "C5-6 right paracentral disc protrusion, mild right foraminal narrowing."
Diagnosis: Myofascial pain syndrome, left upper back and neck (M79.18)

Procedure: Trigger point injections, left upper trapezius, left levator scapulae and left rhomboid major.
Time-out performed.
Pre-procedure pain: 6/10
Technique: each trigger point was localized by palpation, cleaned with alcohol, and injected with a 27 g needle:
1 mL of 1% lidocaine in each of the three muscles.
Post-procedure pain: 2/10 (about 65% relief). No complications.
Plan: daily stretching; repeat trigger point injections in 6-8 weeks if helpful, no more than three sessions;
consider a cervical epidural again if right arm pain returns.

Attending attestation: I saw the patient with the resident and was present for the procedure.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis",), dos="2026-03-31", consent=False,
        codes=[line("20553")], findings=["consent"],
        comment="no consent statement; three muscles (two neck-shoulder, rhomboid upper back: region cervical); the prior cervical ESI and facet injections are history")

    add("fbf-knee-01", "academic_consult_procedure", """
SPORTS AND PAIN MEDICINE - CONSULTATION WITH PROCEDURE (fellow, attending attestation)

HPI: 72-year-old man with right knee pain for 3 years, worse on stairs and after walking 15 minutes; morning
stiffness of 20 minutes. Physical therapy and a brace gave partial relief; acetaminophen helps a little.
Prior procedures: left knee steroid injection at an outside orthopedic office in 2025 (good relief for 4 months);
right L4-5 transforaminal epidural (2023); right greater occipital nerve block (2022).
Medications: acetaminophen 1 g twice daily, topical diclofenac, losartan, a methylprednisolone taper last winter
for bronchitis.
Imaging: right knee radiographs (07/2026): "Moderate medial compartment joint space narrowing with osteophytes and
subchondral sclerosis. Mild patellofemoral arthritis. Impression: moderate tricompartmental osteoarthritis, medial
worse."
Diagnosis: Unilateral primary osteoarthritis, right knee (M17.11)

Procedure: Right knee intra-articular injection, ultrasound guided
Consent signed. Time-out performed.
Pre-procedure pain 6/10
Technique: supine, knee slightly flexed. Under ultrasound, a 22 g needle was advanced into the right suprapatellar
recess with a lateral in-plane approach; 40 mg triamcinolone (1 mL of Kenalog-40) mixed with 4 mL of 1% lidocaine
was injected with visible distension of the recess. A labeled ultrasound image was saved in the record.
Post-procedure pain 2/10. Complications: none.
Plan: if relief is under 3 months, consider right genicular nerve blocks and then genicular radiofrequency
ablation; total knee arthroplasty discussion with orthopedics.

Attending attestation: I was present for the entire procedure.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2026-05-27", payer="commercial_generic",
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=[],
        comment="left knee injection and other blocks are history; genicular blocks/RFA only planned")

    add("fbf-genrfa-01", "fellow_note_attestation", """
PAIN MEDICINE - GENICULAR RADIOFREQUENCY ABLATION (fellow note, attending attestation)

HPI: 76-year-old woman with left knee osteoarthritis and pain for 6 years, not a surgical candidate because of
heart failure; she cannot walk to her mailbox without stopping. Intra-articular steroid and hyaluronic acid
injections gave only weeks of benefit.
Diagnostic block: left superomedial, superolateral and inferomedial genicular nerve blocks on 07/28/2026 with 0.5%
bupivacaine gave 80% relief for about eight hours.
Other procedures: right total knee arthroplasty (2019); right genicular RFA (2025) with 60% relief for 8 months;
L5-S1 interlaminar epidural (2023).
Medications: tramadol 50 mg as needed, acetaminophen, furosemide, apixaban (held 2 days).
Imaging: left knee X-ray report (2026): "Severe medial tibiofemoral joint space loss, bone-on-bone, with large
osteophytes. Impression: severe osteoarthritis of the left knee."
Diagnosis: Unilateral primary osteoarthritis, left knee (M17.12)

Procedure: Left knee genicular nerve radiofrequency ablation (superomedial, superolateral and inferomedial
genicular nerves), fluoroscopic guidance
Consent signed. Time-out completed.
Pre-procedure pain: 8/10
Technique: supine with a bolster under the knee. Under AP and lateral fluoroscopy, 18 g RF cannulas were placed at
the junction of the shaft and the epiphysis for the three nerves. Sensory stimulation at 50 Hz reproduced knee pain
below 0.6 V; no motor response at 2 Hz. 1 mL of 2% lidocaine at each site, then conventional thermal lesions at
80 C for 90 seconds at each nerve.
Post-procedure pain: 3/10. No complications.
Plan: follow up in 6 weeks; restart apixaban tomorrow.

Attestation: I was present for the entire procedure.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis",), dos="2026-08-25",
        codes=[line("64624", "LT")], findings=[],
        comment="the prior right-knee RFA and arthroplasty are history; diagnostic left block 80%")

    add("fbf-stellate-01", "teaching_addendum", """
PAIN MEDICINE - STELLATE GANGLION BLOCK (fellow documentation, attending addendum)

HPI: 46-year-old woman with complex regional pain syndrome of the right arm for 7 months after a distal radius
fracture: burning pain, swelling, color and temperature changes of the right hand, allodynia to the sleeve. She
cannot use the right hand to write or dress. Occupational therapy with desensitization for 10 weeks and gabapentin
have not controlled it.
Prior procedures: right stellate ganglion block #1 on 01/06/2026 with 60% relief for ten days; left knee
arthroscopy (2015); L4-5 interlaminar epidural (2022).
Medications: gabapentin 600 mg three times daily, nortriptyline 25 mg, a prednisone taper in December (finished),
oxycodone 5 mg as needed.
Diagnosis: Complex regional pain syndrome I of right upper limb (G90.511)

Procedure: Right stellate ganglion block (second in series)
Consent signed. Time-out performed.
Pre-procedure pain: 7/10; right hand temperature 30.1 C.
Technique: supine with the neck slightly extended. The right C6 anterior tubercle was palpated; the carotid was
retracted laterally and a 25 g needle was directed to the tubercle, then withdrawn 2 mm. After negative aspiration
and a 0.5 mL test dose, 6 mL of 0.25% bupivacaine was injected in increments.
Result: right Horner syndrome within 10 minutes; right hand temperature rose to 33.4 C.
Post-procedure pain: 3/10. No complications.
Plan: a third block in 2 weeks if benefit continues; consider a dorsal root ganglion or spinal cord stimulator trial
if the response does not last.

Attending addendum: I was present for the entire procedure.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 3), need=("diagnosis",), dos="2026-02-03",
        codes=[line("64510")], findings=["imaging_guidance"],
        comment="no imaging guidance stated (palpation only), so no 77002/76942 line")

    add("fbf-lsb-01", "fellow_note_attestation", """
UNIVERSITY PAIN CENTER - LUMBAR SYMPATHETIC BLOCK (fellow note, attending attestation)

HPI: 53-year-old man with complex regional pain syndrome of the left leg for 10 months after an ankle fracture
repair: burning pain, mottled cool foot, edema and allodynia below the left knee. He uses a cane and cannot wear a
shoe on the left. Physical therapy with mirror therapy and pregabalin have not controlled the pain.
Prior procedures: left lumbar sympathetic block in 08/2026 with 70% relief for three weeks; right shoulder
injection (2024); cervical C6-7 interlaminar epidural (2021).
Medications: pregabalin 150 mg twice daily, duloxetine 60 mg, oxycodone 5 mg as needed; a Medrol Dosepak in
the summer without benefit.
Diagnosis: Complex regional pain syndrome I of left lower limb (G90.522)

Procedure: Left lumbar sympathetic block at L3, fluoroscopic guidance
Consent signed. Time-out performed.
Pre-procedure pain: 8/10; left foot temperature 28.0 C.
Technique: Prone. Under oblique and lateral fluoroscopy a 20 g 15 cm needle was advanced to the anterolateral
border of the L3 vertebral body on the left. Omnipaque 240, 3 mL, spread along the anterolateral vertebral bodies
without vascular or psoas uptake. 10 mL of 0.25% bupivacaine was injected in divided doses.
Result: left foot temperature rose to 32.5 C with venodilation.
Post-procedure pain: 3/10. Complications: none.
Plan: repeat the block in 3-4 weeks; refer for a spinal cord stimulator trial evaluation (psychology visit to be
scheduled).

Attending attestation: I was present for the entire procedure and reviewed the images.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-10-20",
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=[],
        comment="office: 64520 without imaging included, 77002 and Omnipaque 240 (Q9966) per mL")

    add("fbf-onb-01", "resident_hp_long", """
NEUROLOGY-PAIN JOINT CLINIC - PROCEDURE NOTE (resident author; attending attestation)

HPI: 34-year-old man with bilateral occipital headaches for 6 months after a rugby injury: shooting, electric
pain from the base of the skull over the vertex on both sides, with scalp tenderness. He has missed classes weekly.
Propranolol and amitriptyline were not tolerated; physical therapy for the neck brought no change.
Exam: tenderness and a positive Tinel sign over both greater occipital nerves; normal neurological exam.
Prior procedures: right greater occipital nerve block 2025 (50% relief for 6 weeks); lumbar L5-S1 transforaminal
epidural (2024) after a disc herniation; left shoulder AC joint injection.
Medications: topiramate 25 mg twice daily, naproxen as needed, a dexamethasone taper from the emergency department
last month (finished).
MRI brain and cervical spine (2026): "No intracranial abnormality. Mild C5-6 disc bulge."
Diagnosis: Occipital neuralgia (M54.81), bilateral

Procedure: Bilateral greater occipital nerve blocks, landmark technique, no imaging
Consent signed.
Pre-procedure pain: 7/10
Technique: seated, head flexed. On each side the occipital artery was palpated at the superior nuchal line and a
25 g needle was placed just medial to it. After aspiration, 2 mL of 0.5% bupivacaine with 10 mg of triamcinolone
(0.25 mL of 40 mg/mL) was injected on each side.
Post-procedure pain: 1/10. Complications: none.
Plan: headache diary; if blocks help less than 4 weeks, consider occipital nerve stimulation evaluation or
onabotulinumtoxinA.

Attending attestation: I was present for the procedure.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(7, 1), need=("diagnosis",), dos="2026-04-28",
        codes=[line("64405", "50"), line("J3301", units=2)], findings=["time_out"],
        comment="no time-out statement; the dexamethasone taper and prior right block are history")

    add("fbf-scs-01", "academic_consult_procedure", """
NEUROMODULATION SERVICE - SPINAL CORD STIMULATOR TRIAL (fellow note with attending attestation)
Hospital outpatient department

HPI: 60-year-old woman with failed back surgery syndrome after an L4-S1 fusion in 2021: constant burning pain in
both legs, left more than right, and low back pain for 4 years. She walks less than a block and needs help with
housework. Physical therapy (12 weeks in 2025), gabapentin and duloxetine failed to relieve the leg pain, and
opioids caused sedation. A psychological evaluation on 05/12/2026 cleared her for neuromodulation with no
contraindication.
Prior procedures: bilateral L5-S1 transforaminal epidurals (three in 2024-2025, each about 30% relief for a few
weeks); left SI joint injection (2025); right knee injection.
Medications: gabapentin 600 mg three times daily, duloxetine 60 mg, oxycodone 10 mg twice daily, a steroid taper in
March (finished).
Imaging: MRI thoracic spine (04/2026) report: "No stenosis or cord lesion from T6 to T12; adequate dorsal CSF
space for lead placement."
Diagnosis: Failed back surgery syndrome (M96.1) with bilateral lower extremity radicular pain

Procedure: Percutaneous spinal cord stimulator trial, two 8-contact leads, fluoroscopic guidance
Consent signed. Time-out performed.
Pre-procedure pain: 8/10
Technique: Prone, local anesthesia only (no sedation). 1% lidocaine 10 mL for skin and tract. Under fluoroscopy two
14 g Tuohy needles entered the epidural space at T12-L1 by loss of resistance; two 8-contact percutaneous leads were
steered to the top of T8 and the middle of T8. Intraoperative testing gave paresthesia coverage of both legs. Leads
secured to the skin and dressed.
Post-procedure pain: 4/10 with stimulation on. No complications.
Plan: 7-day trial with a pain and activity diary; if 50% or more relief and improved function, permanent implant.

Attending attestation: I was present for the entire procedure.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-06-30", pos="22",
        codes=[line("63650", units=2), line("77003", "26")], findings=[],
        comment="two leads; the permanent implant is only planned; prior epidurals are history")

    add("fbf-kypho-01", "fellow_note_attestation", """
SPINE INTERVENTION SERVICE - KYPHOPLASTY (fellow note, attending attestation)
Hospital outpatient

HPI: 79-year-old woman with sudden mid-to-low back pain for 7 weeks after lifting a laundry basket, worse with
standing and turning in bed; she now needs a walker and help with bathing. A thoracolumbar brace for 6 weeks,
calcitonin and acetaminophen with tramadol failed to relieve the pain.
Prior procedures: T12 vertebroplasty in 2024 for an osteoporotic fracture (good relief); bilateral knee injections
(2025); L4-5 interlaminar epidural (2023).
Medications: alendronate, calcium and vitamin D, tramadol 50 mg as needed, prednisone 10 mg daily for COPD.
Imaging: MRI thoracolumbar spine (10/2026) report: "Acute L1 compression fracture with 30% anterior height loss and
marrow edema on STIR. Chronic healed T12 fracture with prior cement augmentation. No retropulsion."
Diagnosis: Age-related osteoporosis with current pathological fracture, vertebra (M80.08XA), L1

Procedure: L1 balloon kyphoplasty (bipedicular, cavity creation) under biplane fluoroscopy
Consent signed. Time-out performed.
Sedation: moderate sedation given by me with an independent registered nurse monitoring; midazolam 2 mg and
fentanyl 100 mcg IV in divided doses; sedation start 09:12, end 09:44 (32 minutes of intraservice time).
Pre-procedure pain: 9/10
Technique: Prone. 1% lidocaine 10 mL to skin and periosteum over both L1 pedicles. 11 g trocars were advanced
through both pedicles into the L1 body; balloon tamps were inflated to create cavities and restore height, then
filled with 3.5 mL of PMMA cement in total under continuous lateral fluoroscopy, without extravasation.
Post-procedure pain: 4/10. Complications: none.
Plan: bone density follow-up with endocrinology; T11 or T10 would be treated only if new fractures appear.

Attending attestation: I was present for the entire procedure.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-11-03", pos="22",
        codes=[line("22514"), line("99152"), line("99153")], findings=[],
        comment="the healed T12 fracture and its 2024 vertebroplasty are history; 32 minutes: 99152 + 99153 x1")

    add("fbf-pump-01", "teaching_addendum", """
INTRATHECAL THERAPY CLINIC - PUMP REFILL AND REPROGRAMMING (fellow note; attending addendum)

Indication: intrathecal hydromorphone for chronic post-laminectomy pain of the low back and both legs (failed back
surgery syndrome), pump implanted in 2022 after a successful trial; oral opioids had caused sedation.
Diagnosis: Failed back surgery syndrome (M96.1)
History: L3-S1 fusion (2019); multiple lumbar epidurals and an SCS trial (2021, failed); right hip injection in
2024. Oral medications: acetaminophen, gabapentin 300 mg three times daily, oxycodone 5 mg for breakthrough
(rarely), a prednisone taper in September.
Today: pump interrogated; residual 3.2 mL matched the expected volume. The attending physician personally performed
the refill with a 22 g non-coring needle under sterile technique: 18 mL of hydromorphone 10 mg/mL was placed into
the reservoir. Because of increased leg pain, the daily dose was increased by 10% and the pump was reprogrammed;
alarm date set.
Consent confirmed. Time-out performed. Complications: none.
Plan: next refill in 8 weeks; consider adding intrathecal bupivacaine if pain persists.

Attending addendum: I performed the refill and the reprogramming myself.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 180)],
        pain=(None, None), need=("diagnosis",), dos="2026-07-14",
        codes=[line("62370")], findings=[],
        comment="physician refill with reprogramming: 62370; intrathecal bupivacaine is only a plan")

    add("fbf-impar-01", "resident_hp_long", """
PELVIC PAIN AND INTERVENTIONAL CLINIC - RESIDENT PROCEDURE NOTE
Ambulatory surgery center

HPI: 58-year-old woman with tailbone pain for 11 months after a fall on ice, worse sitting and rising from a
chair. She sits on a cushion and has stopped driving long distances. A coccyx cushion, pelvic floor therapy and
NSAIDs failed.
Prior procedures: coccygeal steroid injection without imaging (2026, primary care) with brief relief; left L5-S1
transforaminal epidural (2024); right SI joint injection (2025) with 50% relief.
Medications: celecoxib 200 mg daily, gabapentin 100 mg at night, sertraline.
Imaging: dynamic coccyx X-rays (2026): "Mild hypermobility of the sacrococcygeal joint; no fracture."
Diagnosis: Coccygodynia (M53.3)

Procedure: Ganglion impar block, fluoroscopic guidance
Consent signed. Time-out done.
Pre-procedure pain: 7/10
Technique: Prone. Through the sacrococcygeal junction a 22 g needle was advanced under lateral fluoroscopy to just
anterior to the junction. Isovue-M 300, 2 mL, produced a retroperitoneal comma-shaped spread. 4 mL of 0.5%
bupivacaine with 40 mg triamcinolone (1 mL) was injected.
Post-procedure pain: 2/10. Complications: none.
Plan: if relief is only short, consider radiofrequency ablation of the ganglion impar.

Attending attestation: I was present for the entire procedure.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2026-09-22", pos="24",
        codes=[line("64999"), line("77002", "26")], findings=[],
        comment="ganglion impar: 64999 with fluoroscopy 77002-26 in the ASC; no drug lines outside the office")
