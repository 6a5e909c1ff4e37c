"""Notes of the sealed final-check batch bc: wordings of our own from six sources (EMR templates in varied
layouts, hand-dictated prose with hard cases, teaching-hospital notes with attestation, terse ASC logs and
charge notes with two procedures, radiology-style procedure reports, letters and clinic notes holding a
same-day procedure), five notes each; gold labelled by hand before any Painpoint run; the `findings` of each
`add` are the deliberate gaps and hard-case findings."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _emr(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _teaching(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _asc(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _radiology(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _letters(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _emr(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Source 1: EMR template notes (caps headers, title case, bullets, inline fields, odd spacing)."""
    add("fbc-tfesi-01", "emr_caps_headers", """
PROCEDURE NOTE - INTERVENTIONAL SPINE
PROCEDURE PERFORMED: RIGHT L4-5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTIONS, FLUOROSCOPIC GUIDANCE
PRE-OPERATIVE DIAGNOSIS: LUMBAR RADICULOPATHY (M54.16)
HISTORY: Pain began six months ago in the right low back and now travels down the outer right thigh and shin
to the top of the foot, with pins and needles in the right big toe. Weak right great toe extension (4/5) and a
positive right straight-leg raise at 45 degrees. He went to physical therapy twice a week for 8 weeks without
meaningful change, and a medrol dose pack gave two days of relief only. He can no longer walk his dog or stand
long enough to shower without sitting.
IMAGING: MRI lumbar spine 11/2025 - right foraminal disc bulges at L4-5 and L5-S1 narrowing the right L4 and L5
foramina.
PRE-PROCEDURE PAIN: 8/10
CONSENT: risks, benefits and alternatives reviewed; written consent signed.
TIME-OUT: performed with the nurse and radiology technologist; right side confirmed.
DESCRIPTION: Prone on the fluoroscopy table; skin prepped with chlorhexidine. Under oblique fluoroscopy a 22 g
spinal needle was guided to the right L4-5 foramen and a second to the right L5-S1 foramen. Omnipaque 240,
1 mL per level, outlined each nerve root without vascular or intrathecal spread. At each level we injected
dexamethasone 5 mg with 1 mL of 1% preservative-free lidocaine.
IMAGES: AP and lateral images saved for both levels.
POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: NONE. Discharged ambulatory.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-13",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", units=10)], findings=[])

    add("fbc-mbb-01", "emr_title_case", """
Interventional Pain Procedure Note
Procedure: Left Lumbar Medial Branch Blocks (Diagnostic), Fluoroscopic Guidance
Nerves Blocked: Left L2, L3 And L4 Medial Branches
Diagnosis: Lumbar Spondylosis Without Myelopathy Or Radiculopathy (M47.816)
History Of Present Illness: Left-sided low back ache for 9 months, worse when she leans back or turns, with no
pain below the buttock. Completed physical therapy and a home exercise program; naproxen.
Functional Status: She has stopped working in her garden and cannot stand at the stove for a full meal.
Imaging: MRI shows left L3-4 and L4-5 facet hypertrophy.
Pre-Procedure Pain Score: 6/10
Consent: Signed After Discussion Of Risks And Benefits
Time-Out: Completed
Procedure Details: Prone. Under fluoroscopy, 25 g spinal needles were placed at the junction of the transverse
process and superior articular process for the left L2 and L3 medial branches and at the left L4 target.
0.5% bupivacaine 0.5 mL was injected at each of the three nerves.
Post-Procedure Pain Score: 1/10 (about 85% relief). Pain diary given.
Complications: None
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=minus(SPINE_NEED, "conservative_care"), dos="2026-02-17",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["conservative_care"],
        comment="L2+L3+L4 medial branches = L3-L4 and L4-L5 joints; care listed as completed with no outcome")

    add("fbc-sij-01", "emr_bullets", """
SACROILIAC JOINT INJECTION - BILATERAL
* Intent: therapeutic
* Diagnosis: sacroiliitis, not elsewhere classified (M46.1), both sides
* Symptoms: pain over both PSIS regions into the buttocks for 8 months; thigh thrust, FABER and compression
  reproduce the pain on each side
* Prior care: 10 weeks of physical therapy with no lasting relief; celecoxib stopped for stomach upset
* Diagnostic blocks: bilateral SI joint blocks in 09/2025 with lidocaine gave 80% relief during the local
  anesthetic phase
* Function: cannot sit longer than 20 minutes or get in and out of the car without help
* Consent: written consent obtained
* Time-out: done, bilateral confirmed
* Guidance: fluoroscopy; Omnipaque 240, 0.5 mL per joint, arthrogram pattern seen on each side
* Injectate per joint: Kenalog 20 mg + 1 mL of 0.2% ropivacaine
* Images: AP and contralateral oblique saved
* Pain before: 7/10
* Pain after: 3/10
* Complications: none
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 4)],
        pain=(7, 3), need=SPINE_NEED, dos="2025-11-18", codes=[line("27096", "50"), line("J3301", units=4)],
        findings=["percent_relief"], comment="per-joint doses; relief only implied by the pre/post scores")

    add("fbc-ilesi-01", "emr_inline_fields", """
Proc: cervical interlaminar ESI | Level: C7-T1 | Approach: midline | Guidance: fluoroscopy | Side of symptoms: left
Dx: cervical radiculopathy (M54.12) | Duration: 4 months | Pre-pain: 7/10 | Post-pain: 2/10
Sx: aching from the left neck over the shoulder blade into the back of the arm and the middle finger, numbness
of the left long finger, left triceps reflex reduced.
Conservative: PT 6 wks - no benefit | gabapentin - too sedating, stopped | Function: cannot reach overhead at work or sleep through the night
MRI: left C6-7 paracentral disc herniation contacting the left C7 root.
Consent: yes, signed | Time-out: yes | Complications: none
Technique: 18 g Tuohy at C7-T1 by loss of resistance to saline; Omnipaque 240 1.5 mL showed epidural spread on
the lateral and contralateral oblique views; Kenalog 40 mg with 2 mL preservative-free saline injected.
Images: AP and contralateral oblique stored.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=ESI_NEED, dos="2026-03-05", pos="24", codes=[line("62321")], findings=[])

    add("fbc-tpi-01", "emr_odd_spacing", """
PROCEDURE :   Trigger   point   injections
DIAGNOSIS :   Myofascial pain syndrome ,  neck  and  upper  back   ( M79.12 )
HISTORY   :   neck  and  shoulder-blade  pain   x  4  months ,   worse  at  the  computer
EXAM      :   taut   bands   with   local   twitch   and   referred   pain   in   the
              right  upper  trapezius ,  left  upper  trapezius   and   right  rhomboid  major
CONSENT   :   verbal   and   written  ,   obtained
TIME  OUT :   performed
TECHNIQUE :   27 g   needle ;   1 %  lidocaine   1  mL   into   each   of   the   3   muscles
PAIN      :   pre   6/10     post   2/10     ( ~ 65 %  relief )
COMPLICATIONS :   none   ;   tolerated   well
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis",), dos="2026-04-09", payer="medicare_cgs", codes=[line("20553")],
        findings=[])


def _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Source 2: hand-dictated prose with hard cases."""
    add("fbc-rfa-01", "dictated", """
Lumbar radiofrequency neurotomy.
This is a gentleman with five years of axial low back pain across both sides of the low back, worse with
extension and prolonged standing, from lumbar facet arthropathy (M47.816). He did twelve weeks of physical
therapy without any lasting improvement and NSAIDs upset his stomach. He can no longer stand at his workbench
or play a round of golf. Two sets of diagnostic medial branch blocks at the same nerves, in January with
lidocaine and in February with bupivacaine, gave him 90% and 85% relief for the expected duration. Pain today
is 7/10. We talked through the risks, he signed consent, and we did a time-out.
Under fluoroscopy I started on the right: each target was numbed with 1 mL of 2% lidocaine, and 18 g RF
cannulas were placed along the right L3 and L4 medial branches and the right L5 dorsal ramus. Sensory
stimulation at 50 Hz was concordant below 0.5 V and 2 Hz motor testing gave no leg twitch; each nerve was
lesioned at 80 degrees C for 90 seconds. The same was then repeated on the contralateral side at the same three
nerves. Pain afterwards 2/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-24",
        codes=[line("64635", "50"), line("64636", "50")], findings=[],
        comment="medial branches named, not joints; second side only as 'repeated on the contralateral side'")

    add("fbc-tfesi-02", "dictated", """
Left L5-S1 transforaminal epidural steroid injection.
She is a retired teacher with three months of pain running from the right buttock down the back of the right
thigh and calf into the sole, with numbness along the outside of the right foot; the right ankle reflex is
absent and the slump test is positive on the right. Eight weeks of therapy and a course of meloxicam did
nothing for the leg pain. She cannot sit through a meal or walk to her mailbox. Her MRI shows a right
paracentral L5-S1 extrusion displacing the right S1 root and narrowing the right L5-S1 foramen. Diagnosis is
lumbosacral radiculopathy, M54.17.
Consent was signed and we held a time-out. Pain 8/10 beforehand. Under fluoroscopy a 22 gauge needle was
advanced into the right L5-S1 foramen; 1 mL of Isovue-M 200 showed a clean outline of the right L5 root with
no vascular uptake, and we injected 40 mg of Kenalog with 1 mL of 1% lidocaine. AP and lateral views were
saved. Pain 3/10 afterward. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-04-14",
        codes=[line("64483", "RT"), line("J3301", units=4)], findings=["laterality_conflict"],
        comment="title says left; symptoms, imaging and the needle are right: codes follow the description")

    add("fbc-ilesi-02", "dictated", """
Lumbar interlaminar epidural steroid injection, L4-L5.
This is her third lumbar epidural. The last one, in June, gave her about 70% relief that lasted four months
before the leg pain crept back. For the past seven months she has had pain shooting from the low back into
both posterior thighs and calves, left worse than right, with tingling in both feet; straight-leg raise is
positive on the left at 50 degrees. Physical therapy for ten weeks did not change the leg pain and duloxetine
was not tolerated. She has had to give up her part-time job at the library because she cannot stand or sit
for long. MRI shows a broad-based L5-S1 disc protrusion with bilateral lateral recess narrowing. Diagnosis
lumbosacral radiculopathy (M54.17).
After informed consent and a time-out, with her prone, fluoroscopy was used to identify the L5-S1 interspace,
and a 20 gauge Tuohy needle was advanced there in the midline with loss of resistance to saline. Omnipaque 180,
3 mL, showed epidural spread without vascular uptake. I injected 12 mg of Celestone Soluspan with 3 mL of
preservative-free saline. AP and lateral images were retained. Pain 7/10 before and 2/10 after. No
complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 2), need=ESI_NEED, dos="2026-10-20",
        codes=[line("62323"), line("J0702", units=2)], findings=["laterality_conflict"],
        comment="header level L4-L5, needle at L5-S1 (levels written differently); repeat with 70% x 4 months")

    add("fbc-mbb-02", "dictated", """
Bilateral cervical medial branch blocks, diagnostic.
Neck pain on both sides for over a year, into the tops of the shoulders, never into the arms, worse turning to
check traffic. Diagnosis cervical spondylosis without myelopathy or radiculopathy, M47.81. Physical therapy for
three months with no improvement; ibuprofen caused stomach pain. He cannot drive more than a few minutes or
look up to work on cars anymore. CT shows bilateral C4-5 and C5-6 facet arthropathy. Pain 6/10 before.
Consent signed; time-out completed. Under fluoroscopy, lateral approach, 25 gauge needles were walked onto
the articular pillars for the C4, C5 and C6 medial branches on the right and then the left. I mixed 2 mL of
0.5% bupivacaine with 2 mL of 2% lidocaine and gave 0.5 mL of the mixture at each of the six nerves. Pain after
1/10, roughly 85% relief. Diary given. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5), given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-05-12",
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=["code_validity"],
        comment="M47.81 is a category, not billable; 3 mL of a 1:1 mixture = 1.5 mL of each drug")

    add("fbc-tfesi-03", "dictated", """
Repeat left L4-L5 transforaminal epidural steroid injection.
He returns with left leg pain for five months, from the left hip down the front of the left shin to the
instep, with numbness of the left medial ankle and a reduced left knee jerk. The injection we did in the
spring helped some. Physical therapy for six weeks made no difference and gabapentin caused dizziness. He
cannot climb the stairs to his apartment without stopping. MRI shows a left foraminal L4-5 protrusion
compressing the exiting left L4 root. Diagnosis: lumbar radiculopathy (M54.16).
Consent reviewed and signed, time-out done. Pain 7 of 10. With fluoroscopy a 22 g needle was placed in the
left L4-5 foramen; Isovue-M 300, 1 mL, outlined the left L4 root without vascular runoff; dexamethasone 10 mg
with 1 mL of 0.25% bupivacaine was injected. AP and lateral images saved. Pain 2 of 10 afterward. No
complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 2.5)],
        pain=(7, 2), need=ESI_NEED, dos="2026-09-08", payer="medicare_fcso",
        codes=[line("64483", "LT"), line("J1100", units=10)], findings=["prior_procedure_response"],
        comment="a stated repeat whose earlier response is only 'helped some'")


def _teaching(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Source 3: academic / teaching-hospital notes with fellow and attending attestation."""
    add("fbc-caudal-01", "teaching_attestation", """
DEPARTMENT OF ANESTHESIOLOGY - DIVISION OF PAIN MEDICINE
Procedure note written by: pain medicine fellow.  Supervising attending: present for the whole procedure.
Procedure: caudal epidural steroid injection under fluoroscopy
Diagnosis: spinal stenosis, lumbar region with neurogenic claudication (M48.062)
Indication: For ten months both legs have cramped and burned from the buttocks to the calves after five
minutes of walking, with numb soles; it eases when she sits or bends forward. A 12-week physical therapy
program gave no improvement and pregabalin made her unsteady, so it was stopped. She has given up grocery
shopping and uses a wheelchair at the airport. MRI (10/2025) shows severe L4-5 central stenosis and moderate
L3-4 stenosis; prior L4-S1 fusion limits an interlaminar route.
Consent: written informed consent in the chart.  Time-out: completed by the whole team.
Pre-procedure pain: 8/10.
Technique: Prone, sterile prep. The sacral hiatus was identified on the lateral view and a 20 g Tuohy needle
entered the caudal canal. Omnipaque 240, 5 mL, spread cephalad to S1 without vascular uptake. Dexamethasone
10 mg, 0.25% bupivacaine 5 mL and 5 mL of preservative-free saline were injected. AP and lateral images saved.
Post-procedure pain: 3/10.  Complications: none.
Attending attestation: I was present for the entire procedure, reviewed the fellow's note and agree with it.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 12.5)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-27", pos="22", codes=[line("62323")], findings=[])

    add("fbc-genrfa-01", "teaching_attestation", """
ACADEMIC PAIN CENTER - PROCEDURE NOTE
Resident: performed under supervision.  Attending: present for all critical portions.
Procedure: Left knee genicular nerve radiofrequency ablation - superomedial, superolateral and inferomedial
genicular nerves - fluoroscopic guidance.
Diagnosis: Primary osteoarthritis, left knee (M17.12).
Indication: Left knee pain for 5 years that limits walking to one block; she declined knee replacement. A
diagnostic left genicular nerve block on 12/02/2025 with 0.5% bupivacaine relieved 75% of her pain for about
eight hours.
Consent signed; site marked; time-out done.  Pre-procedure pain: 7/10.
Technique: Supine with a bolster under the knee. Each site was anesthetized with 2 mL of 1% lidocaine. 18 g RF
cannulas were advanced to the three targets on AP and lateral views; sensory stimulation concordant, motor
stimulation without distal contraction; lesions at 80 degrees C for 90 seconds at each site.
Post-procedure pain: 2/10.  Complications: none.
Attestation (attending): I was present for the key and critical portions and agree with the resident's note.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=("diagnosis",), dos="2026-02-03", pos="22", codes=[line("64624", "LT")], findings=[])

    add("fbc-rfa-02", "teaching_attestation", """
OPERATIVE NOTE - TEACHING SERVICE
Fellow-dictated; attending physician present throughout.
Procedure: Repeat right cervical radiofrequency ablation, C5, C6 and C7 medial branches (C5-6 and C6-7 facet
joints), fluoroscopic guidance.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).
Indication: Right-sided neck pain for three years, worse with extension and rotation, without arm symptoms.
Therapy for ten weeks and NSAIDs failed before her first ablation. The previous right C5-7 RFA in 04/2025 gave
about 70% relief for seven months. MRI shows right C5-6 and C6-7 facet arthropathy.
Consent: signed.  Time-out: performed.  Pre-procedure pain: 7/10.
Technique: Prone, lateral approach. Each target was numbed with 1 mL of 1% lidocaine; 20 g RF cannulas were
placed along the right C5, C6 and C7 medial branches; sensory and motor testing were appropriate; lesions at
85 degrees C for 90 seconds.
Post-procedure pain: 2/10.  Complications: none.
Attending attestation: present for the entire procedure; I agree with the fellow's findings and plan.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 2), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-02-24", pos="22",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["functional_impairment"],
        comment="repeat RFA with 70% x 7 months meets the response rule; no functional limitation stated")

    add("fbc-tfesi-04", "teaching_attestation", """
UNIVERSITY SPINE AND PAIN CLINIC
Attending: present for the entire procedure.  Fellow: performed the procedure.
Procedure: Bilateral L5-S1 transforaminal epidural steroid injection with fluoroscopy
Diagnosis: Lumbosacral radiculopathy (M54.17)
Indication: Six months of pain from the low back into both buttocks and down the back of both legs to the
heels, with numbness of both soles and reduced ankle reflexes on both sides. Eight weeks of physical therapy
did not help and naproxen brought no relief. He has stopped driving his delivery route because he cannot sit
for more than 20 minutes.
Consent signed.  Time-out performed.  Pre-procedure NRS 8/10.
Technique: Prone. Under oblique fluoroscopy 22 g needles were placed at the right and left L5-S1 foramina.
Omnipaque 240, 1 mL each side, outlined the L5 roots; no vascular flow. Dexamethasone 5 mg was injected on each
side. AP and lateral images saved.
Post-procedure NRS 3/10.  Complications: none.
Attestation: I was present for the entire procedure and agree with the fellow's documentation.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2026-06-09",
        codes=[line("64483", "50"), line("J1100", units=10)], findings=["imaging_findings"],
        comment="no imaging study or result cited")

    add("fbc-va-01", "teaching_attestation", """
INTERVENTIONAL SPINE - OPERATIVE REPORT
Resident: assisted.  Attending surgeon: performed the procedure and was present throughout.
Procedure: T12 balloon kyphoplasty, bilateral transpedicular approach, biplanar fluoroscopy.
Diagnosis: Age-related osteoporosis with current pathological vertebral fracture (M80.08XA), T12.
Indication: Sudden mid-back pain after lifting a laundry basket seven weeks ago. Six weeks in a TLSO brace
with acetaminophen and tramadol did not control the pain, and she now cannot sit up for meals or walk to the
bathroom without help. MRI shows an acute T12 compression fracture with marrow edema and 35% height loss,
no retropulsion.
Consent: signed.  Time-out: done.  Pre-procedure pain: 9/10.
Anesthesia: local anesthesia only; she declined sedation.
Technique: Prone. 1% lidocaine 10 mL on each side down to the periosteum. Trocars were advanced through both
T12 pedicles on AP and lateral views, the balloons inflated to restore height, and 5 mL of PMMA cement was
delivered without extravasation.
Post-procedure pain: 3/10.  Complications: none.
Attending attestation: I performed the procedure with the resident assisting.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T12"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        dos="2026-03-12", pos="22", codes=[line("22513")], findings=[])


def _asc(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Source 4: terse ASC logs and charge-style notes, most with two procedures."""
    add("fbc-ilesi-03", "asc_charge_log", """
ASC PROCEDURE LOG / CHARGE SHEET
#1 ILESI L4-5, L paramedian, fluoro   CPT 62323
#2 TPI x2 muscles (L glut med, L QL)   CPT 20552
Dx: #1 lumbar radiculopathy M54.16  #2 myofascial pain M79.18
Hx: L leg pain buttock -> lat thigh -> lat calf x 5 mo, numb L lat foot, SLR + L. PT 8 wk failed; NSAIDs no help.
Can't work shifts at the warehouse. MRI: L4-5 L paracentral protrusion, L L5 root contact.
Exam: taut bands + twitch response L gluteus medius & L quadratus lumborum, referred pain reproduced.
Consent signed. Time-out done. Pre 7/10.
#1: 20g Tuohy L4-5 LOR saline. Omnipaque 240 3 mL epidurogram, no vasc. Depo-Medrol 80 mg + NS 3 mL.
    AP/lat saved.
#2: 25g, 1% lido 2 mL each TP.
Post 2/10 overall; TP area ~70% relief.
No cx.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("trigger_point", region="lumbar")],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 40)],
        pain=(7, 2), need=ESI_NEED, dos="2026-05-05", pos="24", codes=[line("62323"), line("20552")],
        findings=[], comment="left paramedian interlaminar (no laterality for 62323); two TPI muscles")

    add("fbc-mbb-03", "asc_charge_log", """
SURGERY CENTER - PHYSICIAN PROCEDURE LOG
Case 1: Bilateral L4-5 facet joint injections, intra-articular, diagnostic, fluoro.   64493-50-KX
Case 2: Left greater occipital nerve block, landmark.                                    64405-LT
Dx: lumbar spondylosis w/o radiculopathy (M47.816); occipital neuralgia (M54.81)
Hx: axial LBP both sides x 14 mo, worse extension; PT 3 mo - no relief; meloxicam - no relief. Can't lift
grandkids or stand > 15 min. Also 6 mo of shooting L occipital pain to the vertex; L GON tender, Tinel +.
Consent: signed.  Time-out: yes.  Pre pain 6/10.
Case 1: 22g into each L4-5 facet joint, Isovue-M 200 0.2 mL per joint confirms capsule, 0.5% bupi 0.5 mL
per joint.
Case 2: 25g at L superior nuchal line medial to the occipital artery; 0.5% bupivacaine 2 mL + Kenalog 20 mg.
Post pain 1/10 (85% relief at the back and the head).
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="diagnostic"),
               proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                    imaging="none")],
        drugs=[given("iopamidol", 0.4, "ml"), given("bupivacaine", 15), given("triamcinolone_acetonide", 20)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-06-23", pos="24", complications=None,
        codes=[line("64493", "50", "KX"), line("64405", "LT")], findings=["complications"],
        comment="complications never stated; two procedures")

    add("fbc-sij-02", "asc_charge_log", """
PROCEDURE ROOM LOG - CHARGES: 64483-RT, 27096-RT, J1100 x10, J3301 x4
Procedures: (1) Right L5-S1 TFESI  (2) Right SI joint injection, therapeutic. Both under fluoroscopy.
Diagnoses: lumbosacral radiculopathy M54.17; sacroiliitis M46.1, right
Indication: right buttock pain over the sulcus x 6 months, plus 4 months of right posterolateral leg pain to
the lateral foot with numb right small toe, right SLR positive. PT 8 weeks with no relief; ibuprofen failed.
Cannot sit through a workday. MRI: right L5-S1 foraminal stenosis compressing the right L5 root. Right SI
diagnostic block 01/2026 with lidocaine: 80% relief. SI provocation: 4 of 5 tests positive on the right.
Consent signed / time-out done. Pre 8/10.
(1) 22g to the right L5-S1 foramen, Omnipaque 300 1 mL neurogram, no vascular flow, dexamethasone 10 mg.
    AP and lateral images saved.
(2) 22g into the inferior right SI joint, Omnipaque 300 1 mL arthrogram, Kenalog 40 mg + 1% lidocaine 1 mL.
    AP and oblique images saved.
Post 2/10 (75% relief). Complications: none.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10),
               given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(8, 2), need=ESI_NEED, dos="2026-03-03",
        codes=[line("64483", "RT"), line("27096", "RT"), line("J1100", units=10), line("J3301", units=4)],
        findings=[])

    add("fbc-knee-01", "asc_charge_log", """
OFFICE PROCEDURE / CHARGE NOTE
1) L shoulder glenohumeral injection, US-guided, image saved to chart      20611-LT
2) L knee intra-articular injection, landmark                             20610-LT
Dx: primary OA left shoulder (M19.012); primary OA left knee (M17.12)
Indication: L shoulder pain x 2 yrs, can't reach a top shelf or fasten a bra; L knee pain x 3 yrs, stairs
one at a time. Prior injections > 6 months ago helped.
Consent signed. Time-out done. Pain pre: shoulder 7/10, knee 6/10.
1) Posterior approach, 22g under real-time US into the glenohumeral joint: Kenalog 40 mg + 1% lidocaine 3 mL.
2) Superolateral approach, 22g: Kenalog 40 mg + 1% lidocaine 3 mL.
Pain post: shoulder 2/10, knee 2/10. No complications.
""",
        procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="left", imaging="ultrasound"),
               proc("joint_injection", target="knee", region="knee", laterality="left", imaging="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 60)],
        pain=(7, 2), need=("diagnosis",), dos="2026-07-07", payer="medicare_cgs",
        codes=[line("20611", "LT"), line("20610", "LT"), line("J3301", units=8)], findings=[])

    add("fbc-impar-01", "asc_charge_log", """
ASC LOG  |  Ganglion impar block, fluoroscopy  |  CPT 64999 + 77002-26
Dx: coccydynia (M53.3)
Ind: tailbone pain x 8 months after a fall down stairs, can't sit > 10 min; cushion, NSAIDs and PT 6 wk - no help
Consent: signed   Time-out: done   Pre: 8/10
22g through the sacrococcygeal disc on lateral fluoro; Omnipaque 240 2 mL retroperitoneal "comma" spread;
0.25% bupivacaine 4 mL + Kenalog 20 mg.
Post: 2/10   Complications: none
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 10), given("triamcinolone_acetonide", 20)],
        pain=(8, 2), need=("diagnosis",), dos="2026-08-11", pos="24",
        codes=[line("64999"), line("77002", "26")], findings=[])


def _radiology(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Source 5: radiology-style procedure reports (EXAM / HISTORY / TECHNIQUE / FINDINGS / IMPRESSION)."""
    add("fbc-lsb-01", "radiology_report", """
EXAM: FLUOROSCOPICALLY GUIDED LEFT LUMBAR SYMPATHETIC BLOCK AT L3
CLINICAL HISTORY: Complex regional pain syndrome I of left lower limb (G90.522). Burning pain, swelling,
mottling and cold intolerance of the left foot for six months after a bunion operation; the foot cannot bear
a sock or bed sheet.
CONSENT: The procedure, risks and alternatives were explained and written consent obtained.
TIME-OUT: Performed before the procedure with all staff.
PRE-PROCEDURE PAIN: 8/10
TECHNIQUE: Prone. After local skin infiltration, a 22-gauge 5-inch needle was advanced under intermittent
fluoroscopy to the anterolateral margin of the left L3 vertebral body. Omnipaque 240, 3 mL, was injected.
FINDINGS: Contrast spread longitudinally along the anterolateral vertebral bodies from L2 to L4, consistent
with the sympathetic chain; no vascular, psoas or intrathecal spread. 10 mL of 0.25% bupivacaine was then
injected in divided doses. Skin temperature of the left foot rose from 28.1 to 32.4 C.
POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: None.
IMPRESSION: Technically successful left L3 lumbar sympathetic block with sympathetic response.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-05-19",
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=[])

    add("fbc-ilesi-04", "radiology_report", """
EXAMINATION: FLUOROSCOPY-GUIDED THORACIC INTERLAMINAR EPIDURAL STEROID INJECTION, T9-T10
INDICATION: Thoracic radiculopathy (M54.14). Band-like burning pain wrapping from the right mid-back around the
right lower ribs to the upper abdomen for five months, with allodynia along the right T9 dermatome. He can no
longer sleep on his right side or sit through a church service. MRI thoracic spine: right paracentral T9-10
disc protrusion contacting the exiting right T9 root.
CONSENT: Obtained in writing.  TIME-OUT: Completed.
PRE-PROCEDURE PAIN SCORE: 7/10
TECHNIQUE: Prone. Right paramedian approach; a 20-gauge Tuohy needle was advanced to the T9-T10 interlaminar
space under AP and lateral fluoroscopy with loss of resistance to saline at 6 cm.
FINDINGS: Omnipaque 180, 2 mL, showed a posterior epidural pattern over T8-T10 without vascular or intrathecal
filling. 40 mg triamcinolone (Kenalog) with 2 mL preservative-free saline was injected. Two views (AP and
lateral) archived to PACS.
POST-PROCEDURE PAIN SCORE: 3/10
COMPLICATIONS: None.
IMPRESSION: Uncomplicated right paramedian T9-T10 interlaminar epidural steroid injection.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-07-21", pos="22",
        codes=[line("62321")], findings=["conservative_care"], comment="no conservative care of any kind mentioned")

    add("fbc-mbb-04", "radiology_report", """
PROCEDURE: RIGHT L4-L5 AND L5-S1 FACET JOINT INJECTIONS (INTRA-ARTICULAR) UNDER FLUOROSCOPY
HISTORY: Lumbar spondylosis without radiculopathy (M47.816). Right-sided low back pain for 10 months, worse
with standing and extension, no radiation into the leg. Failed 8 weeks of physical therapy; diclofenac gave
no relief. Unable to stand long enough to cook or do laundry.
CONSENT: Written informed consent obtained.  TIME-OUT: Performed.
PRE-PROCEDURE PAIN: 6/10
TECHNIQUE: Prone oblique. 22-gauge spinal needles were advanced into the right L4-5 and L5-S1 facet joints.
FINDINGS: Omnipaque 180, 0.3 mL per joint, outlined each joint capsule without extravasation. 0.5%
bupivacaine 1 mL was injected into each joint.
POST-PROCEDURE PAIN: 2/10
COMPLICATIONS: None.
IMPRESSION: Successful right L4-5 and L5-S1 intra-articular facet injections.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 0.6, "ml"), given("bupivacaine", 10)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-08-04", pos="22",
        codes=[line("64493", "RT"), line("64494", "RT")], findings=["approach"],
        comment="intent (diagnostic or therapeutic) never stated, so no KX")

    add("fbc-tfesi-05", "radiology_report", """
EXAM: LEFT C6-C7 TRANSFORAMINAL EPIDURAL STEROID INJECTION UNDER FLUOROSCOPY WITH DIGITAL SUBTRACTION
HISTORY: Cervical radiculopathy (M54.12). Left neck pain with shooting pain down the back of the left arm to the
middle finger for four months, numb left middle finger, weak left triceps 4/5. Physical therapy for 8 weeks
without benefit; a prednisone taper helped for only three days. She cannot blow-dry her hair or carry
groceries. MRI: left C6-7 foraminal disc-osteophyte complex with severe left foraminal stenosis compressing the
left C7 root.
CONSENT: Written consent signed.  TIME-OUT: Completed with the team.
PRE-PROCEDURE PAIN: 7/10
TECHNIQUE: Supine oblique. A 25-gauge blunt-tip needle was positioned at the posterior aspect of the left C6-7
foramen. Under live digital subtraction, Omnipaque 240, 0.5 mL, outlined the left C7 nerve root with no
vertebral artery or radicular artery filling. Dexamethasone 4 mg (1 mL) was injected.
FINDINGS: AP and oblique images saved.
POST-PROCEDURE PAIN: 2/10
COMPLICATIONS: None.
IMPRESSION: Uncomplicated left C6-C7 transforaminal epidural steroid injection.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=ESI_NEED, dos="2026-09-29", pos="22", codes=[line("64479", "LT")], findings=[])

    add("fbc-sij-03", "radiology_report", """
PROCEDURE: RIGHT SACROILIAC JOINT INJECTION, DIAGNOSTIC, FLUOROSCOPIC GUIDANCE
HISTORY: Sacroiliitis, right (M46.1). Right buttock pain below the PSIS for five months, worse rising from a
chair; thigh thrust, compression and Gaenslen tests positive on the right. Six weeks of physical therapy
without relief and naproxen without benefit. She cannot sit through a movie.
CONSENT: Written informed consent.  TIME-OUT: Performed.
PRE-PROCEDURE PAIN: 7/10
TECHNIQUE: Prone. A 22-gauge spinal needle was advanced into the inferior right sacroiliac joint.
FINDINGS: Isovue-M 200, 0.5 mL, confirmed intra-articular spread without vascular uptake. 2% lidocaine 1.5 mL
and 0.5% bupivacaine 1 mL were injected. AP and contralateral oblique images stored.
POST-PROCEDURE PAIN: 1/10 (about 85% relief during the anesthetic phase).
COMPLICATIONS: None.
IMPRESSION: Positive diagnostic right sacroiliac joint injection.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("lidocaine", 30), given("bupivacaine", 5)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-10-13",
        codes=[line("27096", "RT")], findings=[])


def _letters(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Source 6: letters and clinic notes that contain a same-day procedure."""
    add("fbc-onb-01", "clinic_note", """
Headache clinic follow-up.
She returns with bilateral occipital neuralgia (M54.81): for eight months, stabbing, electric pains start at
the base of the skull on both sides and shoot over the scalp, with tenderness over both greater occipital
nerves that reproduces the pain. Preventive medication has not helped and she misses work two days a week.
We discussed a same-day nerve block; she gave written consent and we performed a time-out.
Procedure: bilateral greater occipital nerve blocks under ultrasound guidance at the level of C2, with an
image of each needle position saved to the record. On each side 2 mL of 0.5% bupivacaine with 20 mg of
methylprednisolone (Depo-Medrol) was injected around the nerve.
Pain went from 7/10 before to 1/10 ten minutes after. No complications. Follow up in 8 weeks.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital",
                    laterality="bilateral", imaging="ultrasound")],
        drugs=[given("bupivacaine", 20), given("methylprednisolone_acetate", 40)],
        pain=(7, 1), need=("diagnosis",), dos="2026-02-10",
        codes=[line("64405", "50"), line("76942"), line("J1010", units=40)], findings=[])

    add("fbc-pump-01", "letter", """
Dear Dr. Referring Physician,

Your patient with failed back surgery syndrome (M96.1) came in today for her intrathecal morphine pump refill.
The pump treats constant low back and leg pain after two lumbar operations that oral opioids could not control
without sedation, and it keeps her walking with a cane. She agreed to the visit plan and consent was
confirmed; we did a time-out before accessing the pump.

The refill itself was done by our pain clinic nurse (RN): 1.5 mL of residual was withdrawn, matching the
expected volume, and 18 mL of preservative-free morphine 10 mg/mL was placed in the reservoir. I then
reprogrammed the pump, raising the daily dose by 10% because her evening pain has been creeping up. There were
no complications.

Her next refill is due in about three months.

Sincerely,
Interventional Pain Clinic
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 180)],
        pain=(None, None), need=("diagnosis",), dos="2026-04-21", codes=[line("62369")], findings=[],
        comment="refill by the RN (clinical staff) with reprogramming: 62369; 18 mL x 10 mg/mL = 180 mg")

    add("fbc-genb-01", "clinic_note", """
Knee clinic visit.
Left knee osteoarthritis (M17.12) with pain for four years; she uses a cane, cannot kneel, and has had two
steroid injections with short benefit. She is being considered for radiofrequency ablation, so today we did a
diagnostic left genicular nerve block. Written consent obtained; time-out done.
Under ultrasound guidance a 22 g needle was placed next to the superomedial, superolateral and inferomedial
genicular nerves, and 2 mL of 0.5% bupivacaine was injected at each. Pain 7/10 before and 1/10 at 20 minutes,
about 85% relief. No complications. Pain diary given.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="ultrasound",
                    intent="diagnostic")],
        drugs=[given("bupivacaine", 30)],
        pain=(7, 1), need=("diagnosis",), dos="2026-06-16", payer="medicare_cgs", codes=[line("64454", "LT")],
        findings=[])

    add("fbc-caudal-02", "letter", """
Dear Dr. Primary Care,

Thank you for sending your patient back to us. He describes burning pain from the low back into both buttocks
and down the backs of both legs to the calves, with tingling in both feet, from lumbar radiculopathy (M54.16)
after his old laminectomy. Eight weeks of physical therapy did not relieve it and gabapentin made him too
drowsy to drive. He now cannot walk across a parking lot without stopping. His MRI shows epidural scarring at
L4-5 and L5-S1 with bilateral foraminal narrowing at L5-S1.

Today we went ahead with a caudal epidural steroid injection. He signed consent and we held a time-out. Under
fluoroscopy a 20 g Tuohy needle entered the sacral hiatus; Omnipaque 240, 8 mL, spread up to L4 without
vascular uptake, and we injected Depo-Medrol 80 mg with 4 mL of 0.25% bupivacaine. AP and lateral images were
saved. His pain went from 8/10 to 3/10, and there were no complications.

Best regards,
Spine and Pain Clinic
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 8, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 10)],
        pain=(8, 3), need=minus(ESI_NEED, "symptom_duration"), dos="2024-02-20",
        codes=[line("62323"), line("J1040")], findings=["symptom_duration"],
        comment="how long the leg pain has lasted is never said; before 2024-04-01 methylprednisolone 80 mg is J1040 x1")

    add("fbc-stellate-01", "clinic_note", """
Return clinic visit - CRPS.
Complex regional pain syndrome type I of the left upper limb (G90.512) since a wrist fracture seven months
ago: burning pain, swelling, shiny skin and color change of the left hand; she cannot button clothes or hold a
cup with that hand. Pain today 8/10. We proceeded with a left stellate ganglion block in the clinic.
Consent signed and a time-out done. Under ultrasound at C6, a 25 g needle was guided in-plane to the fascia
over the left longus colli and a still image of the needle position was saved. Ropivacaine 0.5% was injected
in divided doses after negative aspiration. Within 15 minutes she had a left Horner's sign and a warm left
hand; pain 3/10. No complications.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", None)],
        pain=(8, 3), need=("diagnosis",), dos="2026-11-10", codes=[line("64510"), line("76942")],
        findings=["drug_dose"], comment="ropivacaine named but no volume or amount")
