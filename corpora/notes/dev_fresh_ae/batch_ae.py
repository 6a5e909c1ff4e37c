"""The 30 notes of the sealed untuned batch ae: letters to the referring physician, full clinic-visit notes
whose procedure comes last, same-day procedure + plan notes, brief bedside notes and NP/PA-performed
procedures, in wordings of our own; necessity facts spread over HPI, exam and plan. Gold labelled by hand
before any Painpoint run; 17 notes complete, 13 leave out one element or exceed a limit (each `add`'s
`findings`)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, SPINE_NEED, minus)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Interlaminar, caudal and transforaminal epidurals (9 notes)."""
    add("fae-ilesi-01", "letter", """
Dear Dr. ___,

Thank you for referring your patient, a 59-year-old man, for evaluation of left leg pain. He describes four
months of pain running from the left buttock down the back of the thigh and calf to the sole, with tingling in
the little toes. The left ankle jerk is absent and straight-leg raise on the left reproduces the leg pain at
40 degrees. Eight weeks of physical therapy with you did not change the leg pain, and meloxicam upset his
stomach so he stopped it. He has had to give up golf and cannot stand at the grill at his restaurant job for
more than twenty minutes. His MRI shows a left paracentral L5-S1 disc extrusion compressing the left S1 root.
My impression is lumbosacral radiculopathy (M54.17).

Today I performed an L5-S1 interlaminar epidural steroid injection, left paramedian, under fluoroscopy. He
signed consent and we completed a time-out. His pain was 8/10 beforehand. A 20-gauge Tuohy needle reached the
epidural space by loss of resistance; 2 mL of Omnipaque 240 confirmed epidural spread without vascular uptake,
and Kenalog 80 mg (2 mL) with 3 mL of preservative-free saline was injected. AP and lateral images were saved.
There were no complications and he left at 3/10.

I will see him again in four weeks. Sincerely,
Interventional Pain Medicine
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-12", payer="medicare_fcso",
        codes=[line("62323"), line("J3301", units=8)], findings=[])

    add("fae-ilesi-02", "clinic_visit", """
PAIN CLINIC FOLLOW-UP VISIT
HPI: 71-year-old woman with right arm pain for 5 months, radiating from the neck over the shoulder blade to
the thumb and index finger with numbness of the thumb. Six weeks of therapy did not help and gabapentin made
her too dizzy to continue. She can no longer lift her grandchild or hold a book to read.
ROS: no fever, no weight loss, no bowel or bladder change.
PMH: hypertension, hypothyroidism. Meds: amlodipine, levothyroxine. Allergies: NKDA.
Exam: decreased sensation in the right C6 dermatome, right biceps reflex 1+, Spurling positive on the right.
Imaging: MRI cervical spine shows a right C5-6 disc osteophyte complex narrowing the right foramen.
Assessment/Plan:
1. Cervical radiculopathy, right C6 (M54.12) - proceed with epidural today.
2. Hypertension (I10) - per primary care.
Pain 7/10.
Procedure: C7-T1 interlaminar epidural steroid injection, midline, fluoroscopy. Consent signed, time-out done.
Loss of resistance at C7-T1; Isovue-M 300 1 mL showed epidural spread; dexamethasone 10 mg with 2 mL saline
injected. Images saved. No complications. Pain 2/10 after.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-03", codes=[line("62321"), line("J1100", units=10)],
        findings=["saved_images"], comment="'Images saved.' without two views")

    add("fae-ilesi-03", "same_day_plan", """
Procedure and plan note - thoracic interlaminar ESI T9-T10
Reason: band-like burning pain around the right lower chest wall for 3 months with allodynia in the right T9
dermatome; 6 weeks of physical therapy and lidocaine patches without relief; she cannot lie on her right side
or wear a bra. MRI thoracic: right T9-10 disc protrusion contacting the right T9 root. Dx thoracic
radiculopathy (M54.14). Pain 6/10.
Done today: consent and time-out; prone, fluoroscopy; 20 g Tuohy at T9-T10 right paramedian, loss of
resistance; Omnipaque 300 1 mL epidurogram; Depo-Medrol 80 mg with 2 mL saline. AP and lateral views saved.
Pain 2/10 after; no complications.
Plan: call in 2 weeks with percent relief; consider a second injection only if relief fades.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, dos="2026-03-16", payer="medicare_cgs",
        codes=[line("62321"), line("J1010", units=80)], findings=[])

    add("fae-caudal-01", "letter", """
Dear Dr. ___,

Thank you for sending your patient, a 78-year-old woman, with neurogenic claudication. For eight months she has
had aching and heaviness in both buttocks and the backs of both legs after walking about half a block, relieved
by sitting; both feet tingle when she stands in line. Twelve weeks of physical therapy and a trial of duloxetine
did not improve her walking distance. She has stopped going to church because she cannot walk from the parking
lot. My impression is spinal stenosis of the lumbar region with neurogenic claudication (M48.062).

Today I performed a caudal epidural steroid injection under fluoroscopy. She gave written consent and we did a
time-out. Pain before was 7/10. Through the sacral hiatus a 20-gauge Tuohy needle entered the caudal canal;
Omnipaque 240 4 mL spread up to L5 without vascular uptake, and triamcinolone 80 mg with 5 mL of 0.25%
bupivacaine and 4 mL saline was injected. AP and lateral images were saved. No complications; pain 3/10.

Sincerely,
Interventional Pain Medicine
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 12.5)],
        pain=(7, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2026-04-07",
        codes=[line("62323"), line("J3301", units=8)], findings=["imaging_findings"],
        comment="no imaging study or result anywhere in the letter")

    add("fae-tfesi-01", "clinic_visit", """
NEW PATIENT CONSULTATION
HPI: 64-year-old man with left leg pain for 4 months running down the outer thigh and shin to the top of the
foot, with numbness of the big toe. Physical therapy for 8 weeks gave no relief; naproxen was stopped for
heartburn. He cannot walk his dog more than a block and has stopped working in his garden.
ROS: negative for fever, weight loss, saddle numbness. PMH: type 2 diabetes, hyperlipidemia.
Meds: metformin, atorvastatin. Allergies: penicillin (rash).
Exam: weak left big-toe extension 4/5, decreased pinprick in the left L5 dermatome, straight-leg raise positive
on the left at 45 degrees.
Imaging review: MRI lumbar spine shows a left foraminal L4-5 disc protrusion compressing the exiting left L4
and a lateral recess narrowing at L5-S1 on the left.
Assessment/Plan:
1. Lumbar radiculopathy, left L5 (M54.16) - transforaminal ESI today.
2. Type 2 diabetes (E11.9) - check glucose at home for 3 days after steroid.
Pain 8/10 on arrival.
Procedure: Left L4-5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy. Consent signed,
time-out. 22 g needles to the left L4-5 and L5-S1 foramina; Omnipaque 240 1 mL at each showed root outlines,
no vascular flow; dexamethasone 5 mg with 1 mL of 1% lidocaine at each level. AP and oblique images saved.
No complications. Pain 3/10 at discharge.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, dos="2026-05-11",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)], findings=[])

    add("fae-tfesi-02", "letter", """
Dear Dr. ___,

I saw your patient, a 57-year-old woman, today for right arm pain. For six months she has had pain from the
right side of the neck into the triceps and the middle finger, with tingling of the middle finger. The right
triceps reflex is diminished. Physical therapy for ten weeks did not help and she could not tolerate
nortriptyline because of dry mouth. Her MRI shows right C6-7 foraminal stenosis from uncovertebral spurring
contacting the right C7 root. Diagnosis: cervical radiculopathy (M54.12).

Today I performed a right C6-7 transforaminal epidural steroid injection with fluoroscopy. Consent and a
time-out were completed. Pain was 7/10. A 25-gauge needle reached the posterior right C6-7 foramen; Isovue-M 200
0.5 mL under live fluoroscopy showed no vascular pattern, and dexamethasone 10 mg was injected. AP and oblique
images were saved. No complications. Pain afterward 3/10.

Sincerely,
Interventional Pain Medicine
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=minus(ESI_NEED, "functional_impairment"), dos="2026-06-15",
        codes=[line("64479", "RT"), line("J1100", units=10)], findings=["functional_impairment"],
        comment="no functional limitation written")

    add("fae-tfesi-03", "bedside", """
Bedside note - bilateral L5-S1 TFESI, fluoroscopy suite
Low back pain with pain down both legs to the calves for 5 months, numb soles bilaterally, SLR positive on both
sides. PT 8 weeks failed; tramadol did not help. Can't stand to cook a meal. MRI: broad L5-S1 disc bulge with
bilateral foraminal narrowing touching both L5 roots. Dx lumbar radiculopathy M54.16. Pain 7/10.
Consent, time-out. 22 g needles to the right and left L5-S1 foramina; Omnipaque 180 1 mL per side, no
vascular flow. Betamethasone 6 mg per side. AP and lateral images saved. Pain 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 2), need=ESI_NEED, dos="2026-07-08", codes=[line("64483", "50"), line("J0702", units=2)],
        findings=[])

    add("fae-tfesi-04", "clinic_visit", """
FOLLOW-UP VISIT
HPI: 68-year-old woman with right anterior thigh pain to the knee for 3 months with numbness over the front of
the thigh. She completed physical therapy for 6 weeks and took ibuprofen. She has stopped climbing the stairs at
home and sleeps downstairs.
ROS: otherwise negative. PMH: osteoporosis. Meds: alendronate. Allergies: sulfa.
Exam: right quadriceps 4/5, right knee jerk reduced, femoral stretch test positive on the right.
Imaging: MRI shows a right far-lateral L3-4 disc protrusion compressing the exiting right L3 root.
Assessment/Plan: 1. Lumbar radiculopathy (M54.16) - right L3-4 TFESI today. 2. Osteoporosis (M81.0).
Pain 6/10.
Procedure: Right L3-4 transforaminal ESI, fluoroscopy. Consent, time-out. 22 g needle to the right L3-4
foramen; Omnipaque 240 1 mL, no vascular spread; triamcinolone 40 mg with 1 mL of 0.25% bupivacaine. AP and
oblique images saved. No complications. Pain 2/10.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L3-L4"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"), dos="2026-08-19",
        codes=[line("64483", "RT"), line("J3301", units=4)], findings=["conservative_care"],
        comment="therapy and ibuprofen only listed as completed/taken, no outcome")

    add("fae-tfesi-05", "letter", """
Dear Dr. ___,

Thank you for referring your patient, a 49-year-old man, with left S1 radicular pain. He reports three months of
pain down the back of the left leg into the heel and the outer foot, with numbness of the outer foot; the left
ankle reflex is reduced. Six weeks of physical therapy failed and pregabalin caused leg swelling. He cannot sit
through a work shift as a dispatcher. MRI: left L5-S1 disc protrusion displacing the left S1 root.
Impression: lumbosacral radiculopathy (M54.17).

Today I performed a left S1 transforaminal epidural steroid injection with fluoroscopy. Consent and time-out
were completed; pain was 8/10. A 22-gauge needle entered the left S1 foramen; Omnipaque 240 1 mL outlined the
S1 root with no vascular runoff. Depo-Medrol 40 mg with 1 mL of 1% lidocaine was injected. AP and lateral images
were saved. No complications; pain 2/10 at discharge.

Sincerely,
Interventional Pain Medicine
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="left",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(8, 2), need=ESI_NEED, dos="2026-09-09", codes=[line("64483", "LT"), line("J1010", units=40)],
        findings=[])


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, intra-articular facet injections and facet RFA (8 notes)."""
    add("fae-mbb-01", "letter", """
Dear Dr. ___,

Your patient, a 66-year-old woman, returns with axial low back pain on the left for two years, worse when she
leans back or twists and not travelling below the buttock. Twelve weeks of physical therapy gave no lasting
benefit and celecoxib raised her blood pressure, so it was stopped. She can no longer vacuum or stand at the
sink long enough to wash dishes. Her MRI shows left facet hypertrophy at L4-5 and L5-S1. My diagnosis is lumbar
spondylosis without myelopathy or radiculopathy (M47.816).

Today I performed a first diagnostic left medial branch block at the L3 and L4 medial branches and the L5
dorsal ramus, covering the L4-L5 and L5-S1 facet joints, under fluoroscopy. Consent and time-out were done;
pain was 7/10. 0.5 mL of 0.75% bupivacaine was placed at each of the three targets. Pain afterward was 1/10,
about 85% relief, and she will keep a pain diary. No complications.

Sincerely,
Interventional Pain Medicine
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 11.25)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-01-27",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[])

    add("fae-mbb-02", "clinic_visit", """
CLINIC VISIT
HPI: 60-year-old man with neck pain on both sides, worse looking up and turning to park the car, no arm
symptoms. He drives for a living and now cannot turn his head to check his blind spot. Physical therapy for
8 weeks did not help; ibuprofen caused reflux.
ROS: negative for arm weakness. PMH: GERD. Meds: omeprazole. Allergies: none known.
Exam: paraspinal tenderness over C4-5 and C5-6 on both sides, pain with extension-rotation, normal strength
and reflexes in both arms.
Imaging: cervical MRI with bilateral C4-5 and C5-6 facet arthropathy, no stenosis.
Assessment/Plan: Cervical spondylosis without myelopathy or radiculopathy (M47.812) - diagnostic medial branch
blocks today.
Pain 6/10.
Procedure: Bilateral C4, C5 and C6 medial branch blocks (C4-5 and C5-6 facet joints), fluoroscopy, lateral
approach. Consent signed, time-out. 0.5 mL of 2% lidocaine at each of six targets. Pain 1/10 afterward, 80%
relief. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 1), need=minus(SPINE_NEED, "symptom_duration"), dos="2026-02-18",
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=["symptom_duration"],
        comment="no duration of the neck pain anywhere in the visit")

    add("fae-mbb-03", "bedside", """
Bedside note - right lumbar MBB #2 (confirmatory)
Right low back pain 18 months, no leg pain. PT 10 wk without improvement; naproxen gave partial relief only.
Cannot lift boxes at work. MRI right L3-4, L4-5 facet hypertrophy. Dx lumbar spondylosis M47.816.
First block 2026-02-24 with lidocaine: 90% relief for 2 hours. Pain today 6/10.
Consent, time-out. Fluoroscopy. Right L2, L3, L4 medial branches: 0.5% bupivacaine 0.5 mL each.
Pain 1/10 after. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-03-10", payer="medicare_fcso",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[])

    add("fae-mbb-04", "letter", """
Dear Dr. ___,

I saw your patient, a 72-year-old woman, for right-sided low back pain of three years' duration, without
radiation into the legs, worse on standing and rolling over in bed. She finished eight weeks of physical
therapy without change, and acetaminophen does little. She has given up her walking group and needs help with
grocery shopping. CT shows right L3-4, L4-5 and L5-S1 facet arthropathy. Diagnosis: lumbar spondylosis
(M47.816).

Today I performed diagnostic right medial branch blocks at L2, L3 and L4 and the L5 dorsal ramus (L3-L4, L4-L5
and L5-S1 facet joints) with fluoroscopy. Consent and time-out completed. Pain was 7/10. Ropivacaine 0.5%,
0.5 mL at each of the four nerves. Pain after 2/10, roughly 70% relief. No complications.

Sincerely,
Interventional Pain Medicine
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-04-21",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT"), line("64495", "KX", "RT")],
        findings=["level_limit"], comment="three facet joints in one region: the third is not covered")

    add("fae-facet-ia-01", "same_day_plan", """
Procedure and plan - bilateral L4-5 intra-articular facet injections, therapeutic
Low back pain for 14 months centred at the belt line, worse with extension; 12 weeks of PT and home exercise
without relief, meloxicam caused ankle swelling. She stopped gardening and can stand only 15 minutes. MRI:
bilateral L4-5 facet effusions and hypertrophy. Dx lumbar spondylosis M47.816. Two rounds of bilateral L3 and
L4 medial branch blocks this spring gave 85% and then 80% relief; she prefers steroid injections to ablation.
Pain 7/10.
Done: consent and time-out. Fluoroscopy, 22 g needles into the right and left L4-5 facet joints; Kenalog 20 mg
with 0.5 mL of 0.5% bupivacaine in each joint. Pain 2/10 after. No complications.
Plan: follow up in 6 weeks; home exercise.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-05-19", codes=[line("64493", "50"), line("J3301", units=4)],
        findings=[])

    add("fae-facet-ia-02", "clinic_visit", """
CLINIC VISIT
HPI: 58-year-old man with left neck pain for 10 months without arm pain, worse turning left. Physical therapy
for 8 weeks without relief and cyclobenzaprine made him too drowsy. He cannot work overhead as an electrician.
ROS: negative. PMH: sleep apnea. Meds: none. Allergies: latex.
Exam: tender over the left C5-6 facet, pain with left extension-rotation, neurologically intact arms.
Imaging: cervical CT with left C5-6 facet arthropathy.
Prior: left C5 and C6 medial branch blocks on 2026-04-28 and 2026-05-19 relieved 90% and 85% of the pain for
the life of the anesthetic; he wants to avoid ablation for now.
Assessment/Plan: Cervical spondylosis (M47.812) - intra-articular facet steroid injection today.
Pain 6/10.
Procedure: Left C5-6 intra-articular facet injection, therapeutic, fluoroscopy. Consent signed, time-out.
22 g needle into the left C5-6 facet joint; Depo-Medrol 20 mg with 0.5 mL of 1% lidocaine. No complications.
Pain 2/10 after.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="left",
                    levels=["C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 20), given("lidocaine", 5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-06-23", codes=[line("64490", "LT"), line("J1010", units=20)],
        findings=[])

    add("fae-rfa-01", "letter", """
Dear Dr. ___,

Your patient, a 69-year-old man, has had right low back pain for four years without leg symptoms. Ten weeks of
physical therapy failed and diclofenac upset his stomach. He cannot stand long enough to shave or walk to his
mailbox. Two diagnostic right medial branch blocks at L3, L4 and the L5 dorsal ramus gave 90% and 80% relief
for the duration of each anesthetic. Diagnosis: lumbar spondylosis (M47.816).

Today I performed radiofrequency ablation of the right L3 and L4 medial branches and the right L5 dorsal ramus
(L4-L5 and L5-S1 facet joints) under fluoroscopy. Consent and time-out were completed; pain was 7/10. The skin
at each site was numbed with 2 mL of 1% lidocaine. After sensory and motor testing each nerve was lesioned at
85 degrees Celsius for 90 seconds. Pain afterward 3/10. No complications.

Sincerely,
Interventional Pain Medicine
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-07-14", pos="24", codes=[line("64635", "RT"), line("64636", "RT")],
        findings=[])

    add("fae-rfa-02", "same_day_plan", """
Procedure + plan - left cervical RFA, C3-4 and C4-5 facets
Left neck pain for 2 years, no arm pain; PT 8 wk no change, tizanidine too sedating. Cannot turn head to drive.
Dx cervical spondylosis M47.812. Diagnostic left C3, C4, C5 medial branch blocks earlier this year "helped".
Pain 8/10.
Done: consent, time-out, fluoroscopy. 1% lidocaine 1 mL at each of three sites. Left C3, C4 and C5 medial
branches lesioned at 80 C for 90 s after sensory and motor testing. Pain 3/10. No complications.
Plan: recheck 6 weeks.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-08-04", codes=[line("64633", "LT"), line("64634", "LT")],
        findings=["diagnostic_block_relief"], comment="prior blocks 'helped' with no quantified relief")


def _others(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """SI joint, trigger points, joints, genicular, sympathetic, occipital, SCS, augmentation, pump (13 notes)."""
    add("fae-sij-01", "letter", """
Dear Dr. ___,

Your patient, a 63-year-old woman, has right buttock pain below the belt line for ten months, worse getting out
of the car and rolling in bed. FABER, thigh thrust and compression tests are positive on the right. Physical
therapy for eight weeks with a sacroiliac belt did not help, and naproxen only partly eased it. She can no longer
walk through the grocery store. A diagnostic right SI joint block on 2026-01-20 gave 85% relief for four hours.
Diagnosis: sacroiliitis (M46.1), right.

Today I performed a therapeutic right sacroiliac joint injection under fluoroscopy. Consent and time-out were
completed; pain 8/10. A 22-gauge needle entered the inferior right SI joint; Omnipaque 240 0.5 mL gave an
arthrogram, and triamcinolone 40 mg with 1 mL of 0.5% ropivacaine was injected. AP and oblique images were
saved. Pain 2/10 afterward, 75% relief. No complications.

Sincerely,
Interventional Pain Medicine
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 5)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-02-10", codes=[line("27096", "RT"), line("J3301", units=4)],
        findings=[])

    add("fae-sij-02", "clinic_visit", """
CLINIC VISIT
HPI: 55-year-old man with pain over both sacroiliac joints for 7 months, worse climbing stairs and after
sitting. Six weeks of therapy gave no change; ibuprofen helped only partly. He stopped coaching his son's team.
Diagnostic bilateral SI blocks on 2026-02-17 relieved 80% of the pain for five hours.
ROS: negative. PMH: psoriasis. Meds: topical steroid cream. Allergies: NKDA.
Exam: Gaenslen, FABER and thigh thrust positive on both sides; hips rotate freely.
Assessment/Plan: Sacroiliitis, bilateral (M46.1) - therapeutic injections today.
Pain 7/10.
Procedure: Bilateral SI joint injections, fluoroscopy. Time-out done. 22 g needle into each SI joint; Isovue-M
300 0.5 mL per side; Depo-Medrol 40 mg with 1 mL of 1% lidocaine per side. AP and oblique images saved.
Pain 2/10 after (70% relief). No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-24", consent=False,
        codes=[line("27096", "50"), line("J1010", units=80)], findings=["consent"], comment="no consent statement")

    add("fae-sij-03", "bedside", """
Bedside note - left SI joint block, diagnostic
Left sacral sulcus pain for 6 months, no radiation past the knee; PT 8 weeks failed, acetaminophen no help.
Can't sit through a movie or drive an hour. 4 of 5 provocation tests positive on the left. Dx sacroiliitis
M46.1, left. Pain 6/10.
Consent, time-out. Fluoroscopy; 22 g into the left SI joint, Omnipaque 180 0.5 mL arthrogram, 2% lidocaine
1.5 mL. AP and oblique views saved. Pain 1/10 after, 83% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-10-13", pos="22", payer="medicare_cgs",
        codes=[line("27096", "LT")], findings=[])

    add("fae-tpi-01", "np_procedure", """
Nurse practitioner procedure note - trigger point injections
Indication: neck and upper back ache for 4 months; cannot sit at her sewing machine more than 30 minutes.
Exam: taut bands with a local twitch response and referred pain in the left upper trapezius, left levator
scapulae and right upper trapezius.
Diagnosis: myofascial pain, neck (M79.12).
Consent signed, time-out completed. Pain 7/10 before.
Three muscles injected with a 25 g needle, 1 mL of 1% lidocaine in each.
Pain 3/10 afterward. No complications. Performed by the nurse practitioner.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 3), need=("diagnosis",), dos="2026-01-06", codes=[line("20553")],
        findings=["percent_relief"], comment="relief only implied by the pre and post scores")

    add("fae-tpi-02", "same_day_plan", """
Visit + procedure: trigger point injections, lower back
Right low back muscle pain for 3 months; she cannot stand at the stove to cook for more than 20 minutes.
Palpable taut band with a twitch response and pain referred to the buttock in the right quadratus lumborum and
the right gluteus medius. Dx myalgia, other site (M79.18). Pain 6/10.
Consent and time-out done. Each of the two muscles received 2 mL of 0.25% bupivacaine through a 25 g needle.
Pain 2/10 after, 65% relief. No complications.
Plan: stretching program, recheck in 4 weeks.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 2), need=("diagnosis",), dos="2026-05-05", payer="medicare_cgs", codes=[line("20552")], findings=[])

    add("fae-knee-01", "np_procedure", """
PA procedure note - right knee injection
Dx: primary osteoarthritis, right knee (M17.11). Right knee pain with walking and stairs for 4 years; swelling
in the evenings. Pain 7/10.
Consent obtained. Seated, knee flexed; landmark-guided anterolateral approach with a 22 g needle. Depo-Medrol
40 mg with 4 mL of 1% lidocaine injected without resistance.
Pain 2/10 after. No complications. Performed by the physician assistant.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="none",
                    intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2026-06-02", payer="medicare_cgs",
        codes=[line("20610", "RT"), line("J1010", units=40)],
        findings=["time_out"])

    add("fae-gnb-01", "letter", """
Dear Dr. ___,

Thank you for referring your patient, a 74-year-old man, with left knee osteoarthritis (M17.12). His left knee
has hurt for six years; injections no longer help and he is not a candidate for replacement. Pain today 8/10.

Today I performed a diagnostic left genicular nerve block under fluoroscopy after consent and a time-out. The
superomedial, superolateral and inferomedial genicular nerves were each injected with 0.5% bupivacaine. His pain
fell to 2/10 (75% relief). No complications. If the relief holds I will offer radiofrequency ablation.

Sincerely,
Interventional Pain Medicine
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                    intent="diagnostic")],
        drugs=[given("bupivacaine", None)],
        pain=(8, 2), need=("diagnosis",), dos="2026-07-21", codes=[line("64454", "LT")], findings=["drug_dose"],
        comment="bupivacaine without a volume")

    add("fae-stellate-01", "clinic_visit", """
CLINIC VISIT
HPI: 47-year-old woman with burning pain, swelling and color change of the left hand for 5 months after a
wrist fracture. Desensitization therapy has not helped.
PMH: asthma. Meds: albuterol. Allergies: NKDA.
Exam: left hand cool and mottled, allodynia over the dorsum, reduced grip.
Assessment/Plan: Complex regional pain syndrome I of the left upper limb (G90.512) - stellate ganglion block.
Pain 8/10.
Procedure: Left stellate ganglion block at C6, fluoroscopy. Consent and time-out. 25 g needle to the left C6
anterior tubercle; Isovue-M 300 1 mL showed spread along the longus colli without vascular uptake; 6 mL of 0.25%
bupivacaine injected. Left Horner's sign and hand warming followed. Pain 3/10 after.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 1, "ml"), given("bupivacaine", 15)],
        pain=(8, 3), need=("diagnosis",), dos="2026-08-11", complications=None,
        codes=[line("64510"), line("77002"), line("Q9967")], findings=["complications"],
        comment="no statement on complications")

    add("fae-impar-01", "letter", """
Dear Dr. ___,

Your patient, a 52-year-old woman, has had tailbone pain for ten months since a fall on the ice, worse sitting.
A cushion and NSAIDs have not helped. Diagnosis: coccygodynia (M53.3). Pain 7/10.

Today I performed a ganglion impar block under fluoroscopy after consent and a time-out. A 22-gauge needle
passed through the sacrococcygeal junction; Omnipaque 240 2 mL showed retroperitoneal spread, and dexamethasone
4 mg with 4 mL of 0.25% bupivacaine was injected. Pain 1/10 afterward. No complications.

Sincerely,
Interventional Pain Medicine
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 4), given("bupivacaine", 10)],
        pain=(7, 1), need=("diagnosis",), dos="2026-09-15",
        codes=[line("64999"), line("77002"), line("Q9966", units=2), line("J1100", units=4)], findings=[])

    add("fae-onb-01", "np_procedure", """
Physician assistant procedure note - right greater occipital nerve block
Dx: occipital neuralgia (M54.81). Stabbing pain from the right base of the skull to the crown for 5 months,
several attacks a day; tender over the right greater occipital nerve. Pain 8/10.
Consent signed and time-out done. Landmark technique medial to the occipital artery on the right with a 25 g
needle: Kenalog 40 mg with 2 mL of 0.5% bupivacaine. No complications. Performed by the physician assistant.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                    imaging="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 10)],
        pain=(8, None), need=("diagnosis",), dos="2026-10-06", payer="medicare_fcso",
        codes=[line("64405", "RT"), line("J3301", units=4)], findings=["post_procedure_pain_score"],
        comment="no pain score after the block")

    add("fae-scs-01", "letter", """
Dear Dr. ___,

Your patient, a 61-year-old man, has had low back and right leg pain for four years after an L4-5 fusion.
Physical therapy, gabapentin, duloxetine and two epidurals have not given lasting relief, and opioids made him
confused. His psychological evaluation on 2026-05-14 cleared him for neuromodulation. Diagnosis:
postlaminectomy syndrome (M96.1). Pain 8/10.

Today I placed two percutaneous 8-contact trial leads under fluoroscopy after written consent and a time-out.
1% lidocaine 10 mL at the entry sites; through a left paramedian approach at L1-2 the leads were steered to the
top of T8 and T9, and stimulation covered the back and right leg. Pain 3/10 with stimulation. No complications.

Sincerely,
Interventional Pain Medicine
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-06-30", pos="22",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fae-kypho-01", "same_day_plan", """
Procedure and plan - L1 kyphoplasty, bilateral transpedicular, fluoroscopy
Severe upper lumbar pain for 5 weeks after lifting a laundry basket; 4 weeks of a brace, acetaminophen and
tramadol have not controlled it and she cannot walk to the bathroom alone. MRI: acute L1 compression fracture
with marrow edema, 30% height loss, posterior wall intact. Dx age-related osteoporosis with current pathological
vertebral fracture, initial encounter (M80.08XA). Pain 9/10.
Consent signed, time-out done. Local anesthesia only: 1% lidocaine 10 mL. Balloons inflated through both L1
pedicles and 4 mL of cement placed under lateral fluoroscopy; no extravasation. Pain 4/10. No complications.
Plan: brace as needed, bone health referral.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        dos="2026-10-20", pos="22", codes=[line("22514")], findings=[])

    add("fae-pump-01", "np_procedure", """
NP note - intrathecal baclofen pump refill
Dx: spastic quadriplegic cerebral palsy (G80.0). Pump controls leg spasms so he can transfer to his wheelchair;
oral baclofen was too sedating.
Consent and time-out. Pump interrogated; residual 2.5 mL aspirated, as expected.
Refill performed by the nurse practitioner: baclofen 500 mcg/mL, 20 mL placed in the reservoir through a 22 g
Huber needle with sterile technique. Pump not reprogrammed; settings unchanged. No complications.
Next refill in 3 months.
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 10)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-17", codes=[line("95991")], findings=[],
        comment="refilled by a nurse practitioner (a qualified professional, not clinical staff)")
