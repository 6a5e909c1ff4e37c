"""Notes of the sealed final-check batch bg: a mix of six sources, five notes each (generator-like layouts,
hand-dictated hard cases, speech-recognition dictation, academic notes with history and plans, procedure
logs / smart forms, community practices with a commercial payer); wordings of our own, gold labelled by hand
before any Painpoint run; the `findings` of each `add` are the deliberate gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _generated_like(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_hard(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _speech(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _academic(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _smart_forms(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _community(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _generated_like(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Source 1: generator-like layouts (caps headers, title case + attestation, bullets, inline fields, odd
    spacing + dictated paragraph), phrased by us."""
    add("fbg-tfesi-01", "caps_headers", """
PROCEDURE PERFORMED: RIGHT L4-L5 TRANSFORAMINAL EPIDURAL STEROID INJECTION
GUIDANCE: FLUOROSCOPY
DIAGNOSIS: LUMBAR DISC DISPLACEMENT WITH RADICULOPATHY, LUMBAR REGION (M51.16)
HISTORY: PAIN FROM THE RIGHT HIP DOWN THE OUTER THIGH TO THE SHIN FOR 4 MONTHS, WITH NUMBNESS OVER THE
MEDIAL ANKLE. RIGHT KNEE JERK IS REDUCED AND FEMORAL STRETCH REPRODUCES THE THIGH PAIN.
PRIOR TREATMENT: NINE WEEKS OF PHYSICAL THERAPY WITHOUT IMPROVEMENT; NAPROXEN STOPPED FOR STOMACH UPSET.
FUNCTION: CANNOT WALK A GROCERY AISLE OR CLIMB STAIRS AT WORK.
IMAGING: MRI WITH A RIGHT FORAMINAL DISC EXTRUSION AT L4-5 COMPRESSING THE EXITING RIGHT L4 ROOT.
CONSENT: SIGNED AFTER RISKS AND ALTERNATIVES WERE REVIEWED.
TIME-OUT: DONE, CORRECT PATIENT, SIDE AND LEVEL CONFIRMED.
PRE-PROCEDURE PAIN SCORE: 7/10
DESCRIPTION: PRONE ON THE TABLE. SKIN PREPPED AND DRAPED. 25 G SPINAL NEEDLE ADVANCED UNDER OBLIQUE VIEW TO
THE RIGHT L4-L5 NEURAL FORAMEN. OMNIPAQUE 240, 1 ML, SHOWED PERINEURAL AND EPIDURAL FLOW, NO VASCULAR PATTERN.
DEXAMETHASONE 10 MG WITH 1 ML OF 1% LIDOCAINE INJECTED SLOWLY.
IMAGES: AP AND LATERAL VIEWS STORED.
POST-PROCEDURE PAIN SCORE: 2/10
COMPLICATIONS: NONE. DISCHARGED AMBULATORY.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-10", codes=[line("64483", "RT"), line("J1100", units=10)],
        findings=[])

    add("fbg-mbb-01", "title_case_attestation", """
Procedure Name: Bilateral Cervical Medial Branch Blocks, C4-C5 And C5-C6 Facet Joints
Procedure Intent: Diagnostic (First Block)
Diagnosis: Cervical Spondylosis Without Myelopathy Or Radiculopathy (M47.812)
Clinical Summary: Axial neck pain on both sides for 9 months, worse looking up and turning to check traffic,
with no arm symptoms. Eight weeks of physical therapy did not help and celecoxib gave no relief.
CT Findings: Bilateral C4-5 and C5-6 facet hypertrophy.
Consent: Obtained In Writing
Time-Out: Performed
Pre-Procedure Pain: 6/10
Procedure Detail: Prone, neck slightly flexed. Under fluoroscopy a 25 g needle was placed at the waist of
the articular pillar at C4, C5 and C6 on the right and then on the left; 0.5 mL of 0.5% bupivacaine was
injected at each of the six medial branches.
Post-Procedure Pain: 1/10 (about 85% relief)
Complications: None
Attestation: I personally performed the procedure and reviewed the images. This note is accurate.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-04-21", pos="22",
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=["functional_impairment"],
        comment="no functional limitation stated; C4, C5, C6 medial branches = C4-C5 and C5-C6")

    add("fbg-ilesi-01", "bullets", """
Lumbar epidural steroid injection, interlaminar
- Level: L4-L5, right paramedian approach
- Dx: Spinal stenosis, lumbar region with neurogenic claudication (M48.062)
- Symptoms: 6 months of aching and numbness down both legs to the calves when standing or walking
- Previous care: 10 weeks of PT gave no relief; gabapentin caused dizziness and was stopped
- Function: walks no more than one block; gave up volunteering at the food bank
- MRI: severe central canal stenosis at L4-5 with ligamentum flavum thickening
- Consent: written, on the chart
- Time-out: done
- Pain before: 8/10
- Technique: 20 g Tuohy needle, loss of resistance to saline at L4-L5 under fluoroscopy
- Contrast: Isovue-M 200, 2 mL, epidural spread confirmed
- Injectate: Kenalog 80 mg (2 mL) plus 3 mL preservative-free saline
- Complications: none
- Disposition: home with a driver
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, None), need=ESI_NEED, dos="2026-01-27", pos="24", codes=[line("62323")],
        findings=["post_procedure_pain_score", "saved_images"],
        comment="no saved-image statement and no pain score after the injection")

    add("fbg-sij-01", "inline_fields", """
Procedure: right sacroiliac joint injection | Intent: therapeutic | Guidance: fluoroscopy | Side: right
Dx: sacroiliitis, not elsewhere classified (M46.1) | Duration: 8 months of right buttock pain below the PSIS
Care: PT 3 months - no lasting change; meloxicam - stopped, no benefit | Function: cannot sit through a drive
Exam: FABER +, thigh thrust +, Gaenslen +, distraction + | Prior: right SI diagnostic block 02/2026, 80% relief
Consent: yes | Time-out: yes | Pre: 7/10
Technique: 22 g spinal needle into the inferior right SI joint; Omnipaque 300 0.5 mL outlined the joint;
Depo-Medrol 40 mg with 1 mL of 0.25% bupivacaine injected | Images: AP and contralateral oblique saved
Post: 2/10 (about 70% relief) | Complications: none
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("bupivacaine", 2.5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-05-05", codes=[line("27096", "RT"), line("J1010", units=40)],
        findings=[])

    add("fbg-knee-01", "odd_spacing_dictated", """
LEFT    KNEE   INJECTION ,   FLUOROSCOPIC   GUIDANCE

Diagnosis  :  primary osteoarthritis ,  left knee   ( M17.12 )

This is a 71 year old with   left knee pain for three years that now stops her   from kneeling at church and
climbing the stairs at home .  Ice and   a knee sleeve no longer help .   After we went over the risks she
gave   consent ,  and a time-out was   done .   Pain before   :  6/10 .   Under fluoroscopy a 22 g needle was
placed   into the lateral   joint line ;   Kenalog 40 mg with   3 mL of 1% lidocaine was   injected .
Pain after   :  2/10 .    No complications .
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis",), dos="2025-10-14",
        codes=[line("20610", "LT"), line("77002"), line("J3301", units=4)], findings=[])


def _hand_hard(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Source 2: hand-dictated prose with hard cases (named branches, per-site solutions, contralateral
    repeat, side differing between title and body, invalid ICD-10 code, signed level correction)."""
    add("fbg-rfa-01", "hand_dictated", """
Left lumbar radiofrequency ablation. I treated the left L3 and L4 medial branches and the left L5 dorsal ramus
today for his lumbar spondylosis without radiculopathy (M47.816). He has had left-sided low back pain for two
years, worse when he gets up from a chair; twelve weeks of core therapy helped nothing and ibuprofen upset his
stomach. He can no longer mow his lawn or stand long enough to cook. Two diagnostic blocks of the same nerves,
with lidocaine in March and bupivacaine in April, gave 90% and 85% relief respectively. He consented after a
discussion of the risks, and we did a time-out. Pain was 7/10. Under fluoroscopy 1 mL of 1% lidocaine was
placed at each of the three sites, then 18 g cannulas were set along each nerve; sensory stimulation was
concordant below 0.5 V and 2 Hz motor testing gave no leg twitch. Each nerve was lesioned at 85 C for 90
seconds. Pain 2/10 afterwards. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-06-09", payer="medicare_cgs",
        codes=[line("64635", "LT"), line("64636", "LT")],
        findings=[], comment="L3+L4 MB and L5 DR = L4-L5 and L5-S1 joints")

    add("fbg-tfesi-02", "hand_dictated", """
Bilateral L5-S1 transforaminal epidural steroid injection, her second. The first, on the right and left at
L5-S1 in January, gave her about 60% relief that lasted four months before the leg pain crept back. She has
burning pain from both buttocks down the back of the thighs into the calves, left worse than right, for
eight months, with reduced ankle jerks on both sides. She did eight weeks of therapy without improvement and
could not tolerate duloxetine. She cannot sit through a movie or walk her dog. MRI shows bilateral foraminal
narrowing at L5-S1 from a broad disc bulge and facet overgrowth. Diagnosis: lumbosacral radiculopathy (M54.17).
Consent was signed and a time-out held. Pain 8/10 beforehand. Under fluoroscopy a 22 g needle was brought to
the right L5-S1 foramen; 0.5 mL of Omnipaque 240 showed neural outline without vascular uptake. I had mixed
2 mL of Kenalog 40 mg/mL with 2 mL of 1% lidocaine, and 1.5 mL of that mixture was injected. The same was
repeated on the contralateral side, with the same volumes of contrast and mixture. AP and oblique images
were saved. Pain 3/10 afterwards. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 60), given("lidocaine", 15)],
        pain=(8, 3), need=ESI_NEED, dos="2026-06-16", codes=[line("64483", "50"), line("J3301", units=6)],
        findings=[], comment="4 mL mixture (20 mg/mL triamcinolone, 5 mg/mL lidocaine), 1.5 mL per side; "
        "repeat after 60% relief for four months meets the response requirement")

    add("fbg-mbb-02", "hand_dictated", """
RIGHT L4-5 and L5-S1 medial branch blocks, diagnostic
She has had axial low back pain for a year, worse with extension and rotation, no radiating symptoms, due to
lumbar facet arthropathy (M47.816). Ten weeks of physical therapy brought no relief and naproxen was stopped
for reflux. She has had to give up her shifts as a cashier because she cannot stand. Consent obtained and a
time-out completed. Pain 7/10 before. With fluoroscopy, 22 g needles were placed on the left at the L3 and L4
medial branches and the left L5 dorsal ramus, and 0.5 mL of 0.5% bupivacaine was injected at each. Pain 2/10
at thirty minutes. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-07-07",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["laterality_conflict"],
        comment="title says right, every needle went on the left: codes follow the description")

    add("fbg-ilesi-02", "hand_dictated", """
Cervical interlaminar epidural steroid injection at C7-T1. Diagnosis cervical radiculopathy, M54.1. He has
had left neck pain spreading over the shoulder blade and down the back of the arm into the middle finger for
five months, with a weak left triceps and a diminished triceps reflex. Twelve weeks of therapy and traction did
not help; gabapentin made him dizzy. He cannot work overhead as an electrician. MRI shows a left paracentral
C6-7 disc protrusion narrowing the left lateral recess. Informed consent was signed and a time-out performed.
Pain 7/10. Under fluoroscopy an 18 g Tuohy needle entered the epidural space at C7-T1 by loss of resistance;
Omnipaque 240, 2 mL, showed epidural spread. Dexamethasone 10 mg in 2 mL of saline was injected. AP and
lateral images saved. Pain 3/10 after. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2025-12-02", codes=[line("62321"), line("J1100", units=10)],
        findings=["code_validity"], comment="M54.1 is a non-billable category (M54.12 for cervical)")

    add("fbg-ia-01", "hand_dictated", """
Right L4-5 facet joint intra-articular injection, diagnostic. He has right-sided axial low back pain for
seven months from lumbar spondylosis without radiculopathy (M47.816); extension and standing make it worse.
Two months of physical therapy failed and meloxicam did not touch it. He has stopped playing with his
grandchildren on the floor. We reviewed risks and he consented; a time-out was done. Pain 6/10. Under
fluoroscopy a 22 g needle was placed into the right facet joint and 0.5 mL of 2% lidocaine was injected.
Pain 1/10 at twenty minutes. No complications.
Addendum (signed by the proceduralist): the injection was performed at L5-S1, not L4-L5 as dictated above;
the right L5-S1 joint was the one injected.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 10)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-08-11", codes=[line("64493", "KX", "RT")], findings=[],
        comment="a signed addendum corrects the level to L5-S1: no conflict")


def _speech(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Source 3: speech-recognition dictation, levels and doses as words, run-on sentences."""
    add("fbg-caudal-01", "speech_recognition", """
Procedure caudal epidural steroid injection under fluoroscopy diagnosis lumbar spinal stenosis with
neurogenic claudication M48.062 this is a 77 year old woman with about a year of pain in the low back and
down both legs into the feet when she stands or walks comma she can't walk to the mailbox anymore and had to
stop her water aerobics period she has done physical therapy and she takes Tylenol period MRI shows severe
stenosis at L3-4 and L4-5 period consent was signed and the timeout was done pain 8 out of 10 before period
she was placed prone the sacral hiatus was found and a twenty gauge Tuohy needle was placed with loss of
resistance then three cc of Omnipaque two forty showed spread up to L5 with no vascular uptake then we
injected eighty milligrams of Depo-Medrol with two cc of one percent lidocaine and five cc of saline AP and
lateral images were saved pain 3 out of 10 after no complications she went home with her son
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(8, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-03-03",
        codes=[line("62323"), line("J1010", units=80)], findings=["conservative_care"],
        comment="therapy and Tylenol only listed, no outcome")

    add("fbg-tfesi-03", "speech_recognition", """
Left L5-S1 and S1 transforaminal epidural steroid injection
dictated. Diagnosis lumbosacral radiculopathy M54.17 he has had pain for five months shooting from the left
buttock down the back of the leg to the outside of the foot with numbness of the little toe and the left
ankle reflex is absent and straight leg raise is positive on the left at thirty degrees period physical therapy
for eight weeks did not help him and meloxicam did nothing period MRI shows a left paracentral disc extrusion at
L five S one compressing the left S one nerve root period consent signed timeout done pain 8 out of 10 period
using fluoroscopy a twenty two gauge needle went to the left L five S one foramen and a second needle to the
left S one foramen through the first sacral foramen one cc of Isovue M three hundred at each level showed the
nerve roots then six milligrams of Celestone was injected at each level AP and lateral images were saved pain
3 out of 10 afterward no complications
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(8, 3), need=minus(ESI_NEED, "functional_impairment"), dos="2026-09-22",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J0702", units=2)],
        findings=["functional_impairment"], comment="no functional limitation dictated")

    add("fbg-rfa-02", "speech_recognition", """
Procedure bilateral lumbar radiofrequency ablation of the L four five and L five S one facet joints
diagnosis lumbar spondylosis M47.816 she has had low back pain across both sides for three years worse with
standing and arching back and she had twelve weeks of physical therapy that did not help and naproxen that
hurt her stomach so she stopped it she cannot stand long enough to do the dishes or cook dinner period she had
two diagnostic medial branch blocks the first gave eighty percent relief and the second ninety percent relief
both for the duration of the local anesthetic period consent was obtained and the timeout was done pain 6 out
of 10 period under fluoroscopy on both sides the L three and L four medial branches and the L five dorsal
rami were targeted with one cc of two percent lidocaine at each of the six sites then eighteen gauge cannulas
sensory testing concordant motor testing negative and each was lesioned at eighty degrees for ninety seconds
pain 2 out of 10 at discharge no complications
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-02-17", pos="24",
        codes=[line("64635", "50"), line("64636", "50")], findings=[],
        comment="80 C is thermal; levels dictated in words")

    add("fbg-onb-01", "speech_recognition", """
Bilateral greater occipital nerve blocks dictated diagnosis occipital neuralgia M54.81 she has had
shooting pain from the base of the skull up over the top of the head on both sides for six months and both
greater occipital nerves are very tender and pressing them reproduces the pain period she gave consent after
we discussed bleeding infection and numbness period pain 7 out of 10 before period landmark technique the
occipital artery was palpated and a twenty five gauge needle was placed medial to it on the right and then
on the left and three cc of point two five percent bupivacaine with twenty milligrams of Kenalog was injected
on each side she tolerated it well no complications
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 15), given("triamcinolone_acetonide", 40)],
        pain=(7, None), need=("diagnosis",), dos="2026-03-31",
        codes=[line("64405", "50"), line("J3301", units=4)],
        findings=["post_procedure_pain_score", "time_out"], comment="no time-out and no score after the block")

    add("fbg-tpi-01", "speech_recognition", """
Trigger point injections dictated diagnosis myofascial pain of the neck and upper back M79.12 she has had
tight painful knots in the neck and shoulders for four months since starting a desk job and stretching and
massage have not helped period exam shows taut bands with twitch responses in the right trapezius the right
levator scapulae the left trapezius and the left rhomboid four muscles in all period consent was verbal and
written timeout done pain 5 out of 10 before period a twenty seven gauge needle was used and one cc of one
percent lidocaine was injected into each of the four muscles period pain 2 out of 10 after which is about
sixty percent better no complications
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 40)],
        pain=(5, 2), need=("diagnosis",), dos="2026-10-20", codes=[line("20553")], findings=[])


def _academic(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Source 4: academic notes with past procedures, medication lists and plans that are not today's work."""
    add("fbg-tfesi-04", "academic", """
DEPARTMENT OF ANESTHESIOLOGY - DIVISION OF PAIN MEDICINE
Procedure today: Right L4-L5 and L5-S1 transforaminal epidural steroid injections (repeat)
Diagnosis: Lumbar intervertebral disc disorder with radiculopathy (M51.16)
History of present illness: Right leg pain from the buttock along the lateral thigh and shin to the dorsum of
the foot for 10 months, with numbness of the great toe and weak right extensor hallucis longus.
Past interventions: right L4-5 medial branch blocks (2023, no benefit); right L5-S1 transforaminal injection on
2026-01-12 with 70% relief lasting about four months before the leg pain returned.
Conservative care: 12 weeks of physical therapy in 2025 without lasting change; gabapentin helps only partly.
Current medications: gabapentin 300 mg three times daily, meloxicam 15 mg daily, tizanidine 4 mg at bedtime.
Function: cannot sit through his teaching day or walk his usual two miles.
Imaging: MRI with right foraminal protrusions at L4-5 and L5-S1 abutting the exiting right L4 and L5 roots.
Consent: signed. Time-out: performed by the team.
Pre-procedure pain: 7/10
Technique: Prone; fluoroscopy. 22 g needles to the right L4-L5 and L5-S1 foramina. Omnipaque 180, 1 mL at each
level, outlined the roots without vascular uptake. Decadron 5 mg was injected at each level.
AP and oblique images were saved.
Post-procedure pain: 2/10. Complications: none.
Plan: if relief again lasts, a repeat could be considered in four months; a spinal cord stimulator discussion
if it does not; continue home exercise and the medications above. Follow-up in six weeks.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-05-19", pos="22",
        codes=[line("64483", "RT"), line("64484", "RT")], findings=[],
        comment="repeat after 70% relief for four months; medication list and plan are not today's drugs")

    add("fbg-mbb-03", "academic", """
UNIVERSITY SPINE CENTER - PAIN MEDICINE PROCEDURE NOTE
Procedure: Bilateral L3-L4 and L4-L5 facet medial branch blocks, second (confirmatory) diagnostic block
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
History: Axial low back pain for 18 months, worse with extension and prolonged standing, no leg pain. Two
months of physical therapy and a chiropractic course failed to relieve it; naproxen caused gastritis. She can
no longer garden or stand at the stove to cook.
Prior procedure: first diagnostic block of the same nerves on 2026-07-07 with 90% relief for six hours.
Medications: oxycodone 5 mg as needed, a methylprednisolone dose pack taken last month, omeprazole.
Imaging: MRI with bilateral facet arthropathy and effusions at L3-4 and L4-5.
Consent was signed and a time-out completed. Pre-procedure pain 7/10.
Technique: Fluoroscopy. 22 g needles at the L2, L3 and L4 medial branches on each side; 0.5 mL of 0.5%
Naropin (ropivacaine) at each of the six targets.
Post-procedure pain: 1/10 at 30 minutes (about 85% relief). Complications: none.
Plan: if the diary confirms concordant relief, radiofrequency ablation of the same nerves in four to six weeks;
continue core strengthening.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-07-28", payer="medicare_fcso",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        comment="L2+L3+L4 MB = L3-L4 and L4-L5; the dose pack is a past medication, the RFA a plan")

    add("fbg-scs-01", "academic", """
NEUROMODULATION SERVICE - SPINAL CORD STIMULATOR TRIAL
Diagnosis: Failed back surgery syndrome (M96.1) with chronic bilateral leg pain
History: Persistent burning pain in both legs for over three years after an L4-S1 fusion in 2021; lumbar
epidural injections in 2023 gave no lasting benefit. Physical therapy for 12 weeks and duloxetine failed, and
gabapentin caused sedation. She cannot walk beyond the house or sleep more than three hours.
Psychological evaluation: completed by our pain psychologist last month; no contraindication, cleared for a
trial.
Medications: hydrocodone-acetaminophen 10/325 twice daily, pregabalin 75 mg twice daily.
Consent: signed after discussion of infection, lead migration and dural puncture. Time-out: performed.
Pre-procedure pain: 8/10.  No sedation; she stayed awake for paresthesia mapping.
Technique: Prone; fluoroscopy. After 1% lidocaine 15 mL to the skin and tracks, two percutaneous 8-contact
leads were passed through 14 g Tuohy needles at L1-L2 and steered to the top of T8 and the middle of T9.
Mapping gave concordant coverage of both legs. Leads were anchored to the skin and dressed.
Post-procedure pain: 3/10 with stimulation on. Complications: none.
Plan: 7-day trial with a pain diary; a permanent implant will be discussed only if relief is 50% or more.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 150)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-04-14", codes=[line("63650", units=2), line("77003")], findings=[],
        comment="past fusion and epidurals, medication list and planned implant are not today's work")

    add("fbg-stellate-01", "academic", """
PAIN MEDICINE CLINIC - TEACHING SERVICE
Procedure: Left stellate ganglion block under fluoroscopy (third of a planned series)
Diagnosis: Complex regional pain syndrome type I of the left upper limb (G90.512)
History: Burning left hand pain with swelling, mottled colour and nail changes for seven months after a wrist
fracture. Left stellate blocks in June and July each gave about 60% relief for three weeks and let her resume
hand therapy.
Medications: pregabalin 100 mg twice daily, nortriptyline 25 mg at night, vitamin C.
Consent: written. Time-out: done.
Pre-procedure pain: 7/10
Technique: Supine, neck extended. Under fluoroscopy a 25 g needle was placed on the left C6 anterior tubercle
(Chassaignac). Omnipaque 240, 1 mL, spread along the prevertebral fascia without vascular uptake; 8 mL of 0.25%
bupivacaine was injected in divided doses with negative aspiration.
Result: left hand temperature rose by 2 degrees, left ptosis and miosis appeared.
Post-procedure pain: 3/10. Complications: none.
Plan: a fourth block in four weeks if the response holds; continue occupational therapy and mirror therapy.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20)],
        pain=(7, 3), need=("diagnosis",), dos="2026-08-25",
        codes=[line("64510"), line("77002"), line("Q9966")], findings=[])

    add("fbg-va-01", "academic", """
INTERVENTIONAL SPINE - PROCEDURE NOTE
Procedure: L1 balloon kyphoplasty, bilateral transpedicular, biplanar fluoroscopy
Diagnosis: Age-related osteoporosis with current pathological vertebral fracture (M80.08XA)
History: Severe mid-back pain since a fall from standing six weeks ago. She had a T12 vertebroplasty in 2024.
Six weeks of a thoracolumbar brace, calcitonin and scheduled analgesics have not relieved the pain and she
cannot get out of bed without help.
Imaging: MRI shows an acute L1 compression fracture with about 30% height loss and marrow edema on STIR; the
old T12 level is healed.
Medications: alendronate 70 mg weekly, calcium and vitamin D, oxycodone 5 mg as needed.
Consent: signed. Time-out: completed.  Anesthesia: local only, at her request.
Pre-procedure pain: 9/10
Technique: Prone. 1% lidocaine 20 mL and 0.5% bupivacaine 10 mL to the skin and both L1 pedicles. Bone access
needles were passed through each pedicle; balloons were inflated to create cavities, and 4 mL of PMMA cement
was placed under continuous lateral fluoroscopy without leakage.
Post-procedure pain: 3/10. Complications: none.
Plan: DEXA follow-up and endocrinology referral; continue alendronate.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 200), given("bupivacaine", 50)],
        pain=(9, 3), need=("diagnosis", "conservative_care", "imaging_findings"), dos="2026-11-03", pos="22",
        codes=[line("22514")], findings=[], comment="the 2024 T12 vertebroplasty is history, not today")


def _smart_forms(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Source 5: brief procedure logs and EMR smart forms with checkboxes and half-filled menus."""
    add("fbg-ilesi-03", "smart_form", """
[EPIDURAL SMARTFORM v3]
Procedure: (X) Interlaminar ESI   ( ) Transforaminal ESI   ( ) Caudal
Region: (X) Cervical  ( ) Thoracic  ( ) Lumbar          Level: C6-C7     Approach: midline
Diagnosis: Cervical radiculopathy (M54.12)
Radicular symptoms: right arm pain to the thumb and index finger, paresthesias; Spurling + on the right
Duration of symptoms: {4 months}
Conservative care: (X) PT 6 weeks - no improvement  (X) NSAIDs - intolerant (dyspepsia)  ( ) Chiropractic
Functional limitation: unable to drive more than 15 minutes or work at a computer
MRI: right paracentral C6-7 disc protrusion with right foraminal narrowing
Consent: (X) Yes  ( ) No        Time-out: (X) Yes  ( ) No
Guidance: (X) Fluoroscopy  ( ) CT
Contrast: ( ) Yes  ( ) No     Agent: ____     Volume: ____
Medication: betamethasone (Celestone) 6 mg / 1 mL, with 2 mL preservative-free saline
Images saved: (X) AP  (X) Lateral
Pain score pre: 7   post: 3
Complications: (X) None  ( ) Other: ____
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                    imaging="fluoroscopy", contrast=None, intent="therapeutic")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(7, 3), need=ESI_NEED, dos="2026-09-08", codes=[line("62321"), line("J0702")],
        findings=["contrast"], comment="contrast menu left blank: neither use nor a reason for none")

    add("fbg-genb-01", "smart_form", """
GENICULAR NERVE BLOCK - QUICK NOTE
Side: [X] Right  [ ] Left          Guidance: [X] Fluoroscopy  [ ] Ultrasound
Dx: primary osteoarthritis of knee
Indication: knee pain for 3 years limiting walking and stairs; failed PT and two intra-articular steroid
injections; considering genicular RF
Consent: [X]   Time-out: [X]
Targets: [X] superomedial  [X] superolateral  [X] inferomedial
Injectate per target: 2 mL 0.5% bupivacaine; dexamethasone 4 mg divided among the three targets
Pain pre: 6/10    Pain post: 1/10
Complications: [X] none
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 30), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 1), need=(), dos="2026-06-23", codes=[line("64454", "RT"), line("J1100", units=4)],
        findings=["diagnosis"], comment="knee osteoarthritis written without a side or code")

    add("fbg-tpi-02", "procedure_log", """
PROCEDURE LOG - TRIGGER POINT INJECTION
Dx: myofascial pain syndrome, low back (M79.18)
Reason: right low back and buttock muscle pain for 10 weeks limiting lifting at work; home stretching failed
Muscles: R quadratus lumborum, R gluteus medius (2)
Needle: 25 g 1.5 in
Injectate: lidocaine 1% ___ mL per muscle
Consent: verbal   Time-out: yes
Pain: pre 6/10  post 3/10
Complications: none
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", None)],
        pain=(6, 3), need=("diagnosis",), dos="2026-02-03", codes=[line("20552")],
        findings=["drug_dose", "percent_relief"],
        comment="volume blank in the template; relief only implied by the scores")

    add("fbg-pump-01", "procedure_log", """
INTRATHECAL PUMP REFILL LOG
Dx: spasticity with intrathecal baclofen pump
Indication: severe spasticity of both legs after a spinal cord injury; oral baclofen not tolerated (sedation)
Drug: baclofen 2000 mcg/mL
Residual volume withdrawn: 3.1 mL (expected 3.0 mL)
Volume placed in reservoir: 20 mL
Refilled by: [X] RN  [ ] MD/NP
Reprogrammed: [ ] Yes  [ ] No     New daily dose: ______
Consent: verbal on file    Time-out: done
Site: clean, no swelling. Complications: none
Next refill: 12 weeks
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 40)],
        pain=(None, None), need=(), dos="2026-01-13", codes=[line("95990")],
        findings=["approach"], comment="refilled by a nurse; reprogramming box left blank")

    add("fbg-lsb-01", "smart_form", """
SYMPATHETIC BLOCK TEMPLATE
Block: ( ) Stellate  (X) Lumbar sympathetic  ( ) Superior hypogastric  ( ) Impar
Side: ( ) R  (X) L     Level: L3 vertebral body, anterolateral
Diagnosis: complex regional pain syndrome type I of the left lower limb (G90.522)
Indication: left foot burning pain, allodynia and colour change for 6 months after an ankle fracture; not
responding to gabapentin and desensitisation therapy
Consent: (X) signed     Time-out: (X) done
Guidance: (X) Fluoroscopy   Contrast: (X) Isovue 300, 2 mL, spread along the anterolateral L3 body
Injectate: 0.25% Marcaine 10 mL
Pre pain: 8/10     Post pain: 3/10     Left foot temperature +2.5 C
Complications: (X) none
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-10-06", pos="22", codes=[line("64520"), line("77002", "26")],
        findings=[])


def _community(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Source 6: community practices billing a commercial payer (`commercial_generic` in payers.yaml: RT/LT
    lines for both sides, no KX, local anaesthetics billed in the office, no JW/JZ)."""
    add("fbg-tfesi-05", "community", """
Riverbend Pain & Spine - Office Procedure
Insurance: commercial plan
Procedure: bilateral L4-L5 transforaminal epidural steroid injections, fluoroscopic guidance
Diagnosis: lumbar radiculopathy (M54.16)
Story: six months of pain from both buttocks down the front and side of the thighs to the knees, worse on
standing, with numbness of both anterior thighs and a positive femoral stretch test on each side. Physical
therapy twice a week for ten weeks did not change it; meloxicam gave him heartburn. He has stopped coaching
his son's team and cannot stand at his job for more than half an hour.
MRI: broad-based L4-5 disc bulge with bilateral foraminal stenosis touching both exiting L4 roots.
Consent signed; time-out called. Pain 7/10 at the start.
Needles to the right and left L4-L5 foramina under fluoroscopy. Omnipaque 300, 1 mL each side, showed
perineural flow. Kenalog 40 mg with 1 mL of 1% lidocaine was injected on each side.
AP and oblique pictures kept in the chart. Pain 2/10 at checkout. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80), given("lidocaine", 20)],
        pain=(7, 2), need=ESI_NEED, dos="2026-03-17", payer="commercial_generic",
        codes=[line("64483", "RT"), line("64483", "LT"), line("J3301", units=8)], findings=[],
        comment="commercial payer: one line per side")

    add("fbg-mbb-04", "community", """
Hillcrest Interventional Pain - ASC procedure note
Payer: commercial
Procedure: Left C5-C6 and C6-C7 facet medial branch blocks, diagnostic, fluoroscopy
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
HPI: Left neck pain into the left trapezius for 8 months, worse turning to the left, no arm pain. She has done
physical therapy and chiropractic care. She can no longer turn to reverse her car or sleep on the left.
CT: left C5-6 and C6-7 facet arthropathy.
Consent obtained; time-out done. Pain 6/10 before.
Needles to the left C5, C6 and C7 medial branches; 0.5 mL of 0.5% bupivacaine at each.
Pain 1/10 at 30 minutes. Complications: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=minus(SPINE_NEED, "conservative_care"), dos="2026-05-26", pos="24",
        payer="commercial_generic", codes=[line("64490", "LT"), line("64491", "LT")],
        findings=["conservative_care"], comment="care only listed, no outcome; commercial payer: no KX")

    add("fbg-genrfa-01", "community", """
Valley Orthopedic Pain Associates
Commercial insurance.
LEFT KNEE GENICULAR NERVE RADIOFREQUENCY ABLATION
Dx: Unilateral primary osteoarthritis, left knee (M17.12)
Left knee pain for 5 years, bone on bone, not a candidate for replacement because of heart disease; cannot
walk a block or get up from a low chair. A left genicular nerve block in May gave 80% relief for six hours.
Consent was signed and a time-out was done. Pain 7/10.
Under fluoroscopy 1 mL of 2% Xylocaine at each of three sites; RF cannulas to the superomedial, superolateral
and inferomedial genicular nerves; sensory and motor testing appropriate; each lesioned at 80 C for 90 seconds.
Pain 2/10 on leaving the room.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=("diagnosis",), dos="2026-07-21", payer="commercial_generic", complications=None,
        codes=[line("64624", "LT")], findings=["complications"], comment="no statement on complications")

    add("fbg-sij-02", "community", """
Lakeshore Spine Clinic - in-office procedure (commercial insurance)
Procedure: bilateral sacroiliac joint injections, diagnostic, under fluoroscopy
Diagnosis: sacroiliitis (M46.1), both sides
Low back pain over both SI joints for 9 months, worse getting out of the car and rolling in bed; positive thigh
thrust, compression and FABER on each side. Eight weeks of physical therapy failed and ibuprofen did not help.
She can no longer walk her dog or sit through her daughter's games.
Consent signed; time-out done. Pain 7/10 before.
22 g needles into the inferior right and left SI joints; Omnipaque 300, 0.5 mL per side, confirmed
intra-articular spread; 2 mL of 0.5% Sensorcaine injected into each joint. AP and oblique views saved.
Pain 1/10 at 30 minutes, about 85% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-08-18", payer="commercial_generic",
        codes=[line("27096", "RT"), line("27096", "LT"), line("S0020")], findings=[],
        comment="commercial payer in the office: bupivacaine billed (S0020 per 30 mL, 4 mL = 1 unit)")

    add("fbg-impar-01", "community", """
Northside Pain Management (commercial plan)
Procedure: ganglion impar block, fluoroscopy
Diagnosis: coccydynia (M53.3)
Tailbone pain for 8 months after a fall on ice, worse sitting; a cushion, NSAIDs and pelvic floor therapy did
not help. She cannot sit through a work meeting.
Consent obtained. Time-out performed. Pain 8/10.
Trans-sacrococcygeal approach with a 22 g needle; Omnipaque 180, 1 mL, showed the apostrophe-shaped
retroperitoneal spread. Depo-Medrol 40 mg with 4 mL of 1% lidocaine was injected.
Pain 2/10 after. No complications.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2023-11-14", payer="commercial_generic",
        codes=[line("64999"), line("77002"), line("Q9965"), line("J1030")], findings=[],
        comment="before 2024-04-01: methylprednisolone 40 mg = J1030; contrast billed with a non-imaging code")
