"""Notes of the sealed batch ah: wordings of our own by different kinds of authors in ordinary US pain
clinics (terse attending notes, verbose boilerplate with complications that did not happen and home drugs
that were not injected, copy-forward notes with leftovers from earlier visits, addenda correcting the side,
plans for other procedures). Gold labelled by hand before any Painpoint run; the `findings` of each `add`
are the elements a note deliberately leaves out."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    add("fah-ilesi-01", "terse", """
L5-S1 ILESI, fluoro.
Dx: lumbar radiculopathy M54.16.
Hx: L leg pain to lat calf x 4 mo, numb L dorsum foot, +SLR L. PT 8 wk - no help. Naproxen - GI upset, stopped.
Can't stand > 10 min at work.
MRI: L paracentral L5-S1 protrusion, contacts L S1 root.
Pain 7/10. Consent signed. Time-out done.
20 g Tuohy, L paramedian, LOR saline. Omnipaque 240 2 mL, epidural pattern. Kenalog 80 mg + NS 3 mL.
AP/lat saved.
Post 2/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 2), need=ESI_NEED, dos="2026-01-12", codes=[line("62323"), line("J3301", units=8)], findings=[],
        comment="no intent written; side of the paramedian approach not a gold laterality for ILESI")

    add("fah-ilesi-02", "verbose_boilerplate", """
PROCEDURE NOTE - CERVICAL INTERLAMINAR EPIDURAL STEROID INJECTION, C7-T1

ALLERGIES: Sulfa (rash). Codeine (nausea).
HOME MEDICATIONS: gabapentin 300 mg three times daily; oxycodone 5 mg every 6 hours as needed; lisinopril 10 mg
daily; atorvastatin 20 mg at bedtime. None of these was given today.

PAST PROCEDURES: Right L4-5 transforaminal epidural in 2023 at an outside clinic; left knee injection 2024.

INDICATION: This 61-year-old retired machinist has had five months of pain from the right side of the neck
down the back of the right arm into the middle finger, with tingling in the index and middle fingers and a
reduced right triceps reflex. Physical therapy for ten weeks did not improve the arm pain, and a course of
meloxicam was stopped because of heartburn. He can no longer hold a fishing rod or carry groceries with the
right hand. MRI of the cervical spine shows a right foraminal disc osteophyte complex at C6-7 narrowing the
right C7 foramen. Diagnosis: cervical radiculopathy, M54.12. Pain before the procedure: 8/10.

RISKS AND BENEFITS: The patient was advised of bleeding, infection, nerve damage, paralysis, dural puncture with
headache, allergic reaction, elevated blood sugar and the possibility of no relief. The alternatives, including
no procedure, were discussed. All questions were answered and written consent was obtained.

PROCEDURE: A time-out confirmed the patient, procedure and site. He lay prone; the lower neck was prepped with
chlorhexidine and draped. Local skin anesthesia with 1% lidocaine 3 mL. Under fluoroscopy a 20-gauge Tuohy needle
was advanced at C7-T1 just right of midline to loss of resistance. Isovue-M 300, 1 mL, outlined the epidural
space on the contralateral oblique view without vascular uptake. Dexamethasone 10 mg diluted with 2 mL of
preservative-free saline was injected. AP and contralateral oblique images were saved.

POST-PROCEDURE: No complications. Specifically no bleeding, no new weakness and no headache. Pain after the
procedure: 3/10. Discharged ambulatory.
PLAN: Follow up in three weeks. If the arm pain returns, consider right C6-7 transforaminal injection.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-03", codes=[line("62321"), line("J1100", units=10)], findings=[],
        comment="home gabapentin/oxycodone not injected; prior L4-5 TFESI 2023 is history, not a repeat")

    add("fah-caudal-01", "copy_forward", """
Caudal epidural steroid injection (fluoroscopic)
Interval history (carried from 2025-09-10 visit): bilateral L4-5 facet injections, 40% relief for two weeks.
Diagnosis: lumbar spinal stenosis with neurogenic claudication, M48.062.
HPI: Eight months of aching in both buttocks and calves after walking two blocks, relieved by sitting.
Physical therapy for 12 weeks brought no relief; gabapentin caused dizziness and was stopped. She has quit her
walking group and cannot shop without leaning on a cart.
MRI: severe central canal stenosis at L4-5.
Pre-procedure pain 6/10.
Consent signed; time-out held.
Procedure today: prone, sacral hiatus located on the lateral view, 20 g Tuohy needle placed. Omnipaque 180 5 mL
filled the caudal epidural space without venous runoff. Depo-Medrol 80 mg with 4 mL of 0.25% bupivacaine and
4 mL normal saline injected. AP and lateral images saved.
Post 2/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 10)],
        pain=(6, 2), need=minus(ESI_NEED, "radicular_findings"), dos="2026-03-09",
        codes=[line("62323"), line("J1010", units=80)], findings=[],
        comment="claudication only, no radicular symptoms or signs described; old facet visit carried forward")

    add("fah-tfesi-01", "addendum", """
Procedure: Left L4-5 transforaminal epidural steroid injection under fluoroscopy.
Dx: lumbar radiculopathy (M54.16). Left anterior thigh and medial shin pain for 3 months with numbness over the
left medial shin; left knee reflex diminished. Six weeks of physical therapy without improvement; duloxetine not
tolerated (nausea). Unable to climb stairs at home. MRI: left foraminal L4-5 protrusion compressing the exiting
left L4 root. Pain 8/10 before.
Informed consent obtained, time-out performed. Prone. 22 g spinal needle to the left L4-5 foramen, subpedicular.
Omnipaque 240 1 mL: neural outline, no vascular spread. Dexamethasone 10 mg + 1 mL 1% lidocaine (10 mg).
AP and lateral images saved. Post 3/10. Complications: none.

ADDENDUM (same day): The title of the preliminary report read "right"; the injection was on the LEFT as
described above and as marked at the time-out.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-04-15",
        codes=[line("64483", "LT"), line("J1100", units=10)], findings=[],
        comment="addendum corrects a side that is not in the note's current title; no side conflict remains")

    add("fah-tfesi-02", "terse", """
B/L L5-S1 TFESI. Fluoro.
Dx M54.17. Both legs: buttock -> post thigh -> calf, 6 mo, numb soles, ankle jerks absent both sides.
PT 3 mo failed. Can't walk the dog.
MRI: bilateral foraminal stenosis L5-S1, both L5 roots compressed.
Pre 7. Consent. TO.
22 g each side, Isovue-M 200 1 mL per side, Celestone 6 mg per side.
Post 3. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 3), need=ESI_NEED, dos="2026-05-20",
        codes=[line("64483", "50"), line("J0702", units=2)], findings=["saved_images"],
        comment="'PT 3 mo failed' is care with an outcome; no saved images stated")

    add("fah-facet-mbb-01", "terse", """
Diagnostic MBB #1, bilateral L4-5 + L5-S1 facets (L3, L4 MB + L5 DR each side). Fluoro.
Dx: lumbar spondylosis M47.816.
Axial LBP both sides x 18 mo, worse w/ extension, no leg sx. PT 10 wk - no lasting benefit. NSAIDs - no change.
Can't garden or vacuum.
Pre 7/10. Consent. TO.
22 g, 0.5 mL 0.5% bupivacaine per nerve, 6 nerves.
Post 1/10 (85% relief). Diary given. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-17",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fah-facet-ia-01", "verbose_boilerplate", """
PROCEDURE: Right C4-5 and C5-6 cervical facet joint intra-articular injections, therapeutic, fluoroscopic
guidance.

ALLERGIES: Penicillin (hives); latex.
MEDICATIONS AT HOME: tramadol 50 mg twice daily as needed; cyclobenzaprine 10 mg at bedtime; gabapentin 600 mg
three times daily. These were not administered during the procedure.
PRIOR INTERVENTIONS: Left L5-S1 transforaminal injection in 2022; right shoulder injection in 2024.

HISTORY: A 68-year-old woman with right-sided neck pain for two years, worse turning the head to the right and
looking up, without arm symptoms. Physical therapy for eight weeks and daily home exercises gave no lasting
relief, and naproxen was stopped after a rise in blood pressure. She has stopped driving because she cannot
check her blind spot. Diagnosis: cervical spondylosis without myelopathy or radiculopathy, M47.812.

CONSENT: The risks were reviewed at length: bleeding, infection, nerve injury, spinal cord injury, paralysis,
stroke, allergic reaction, increased pain and failure to relieve pain. She accepted these risks and signed the
consent form. A time-out was performed.

DESCRIPTION: Prone position, sterile prep. Under fluoroscopy a 25-gauge spinal needle was placed into the right
C4-5 joint and then the right C5-6 joint. Into each joint 0.5 mL of 0.5% bupivacaine mixed with 10 mg of
triamcinolone was injected (20 mg triamcinolone in all).

RESULT: Pain 6/10 before and 2/10 after, roughly 65% relief. There were no complications; in particular no
bleeding, no numbness of the arms and no dizziness.
PLAN: If relief fades, discuss diagnostic medial branch blocks and possible radiofrequency ablation.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("bupivacaine", 5), given("triamcinolone_acetonide", 20)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-03-24",
        codes=[line("64490", "RT"), line("64491", "RT"), line("J3301", units=2)], findings=["diagnostic_block_relief"],
        comment="therapeutic facet injection with no diagnostic blocks (two with 80% needed); home "
        "tramadol/cyclobenzaprine/gabapentin not injected; MBB/RFA only planned")

    add("fah-facet-rfa-01", "copy_forward", """
Radiofrequency ablation, left L3 and L4 medial branches and L5 dorsal ramus (L4-L5, L5-S1 facets)
[Copied from 2025-11-04 note: "Diagnostic MBB #1 left L4-5/L5-S1 with lidocaine - 90% relief for 2 hours."]
[Copied from 2025-12-02 note: "Diagnostic MBB #2 left L4-5/L5-S1 with bupivacaine - 85% relief for 6 hours."]
Diagnosis: lumbar facet arthropathy, M47.816.
Left low back pain for 2 years, worse standing and twisting. PT 12 weeks without improvement; celecoxib gave
only partial relief. Cannot stand long enough to cook a meal.
Today: consent signed, time-out done. Prone, fluoroscopy. 1% lidocaine 2 mL at each of three sites. 18 g RF
cannulas along the left L3 and L4 medial branches and the left L5 dorsal ramus; sensory stimulation reproduced the
back pain, motor testing showed no leg twitch. Lesions at 80 C for 90 seconds each.
Pain 7/10 before, 4/10 after. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 4), need=SPINE_NEED, dos="2026-04-08", codes=[line("64635", "LT"), line("64636", "LT")],
        findings=[], comment="copied earlier MBB results are the diagnostic blocks; no intent stated in words")

    add("fah-si-01", "addendum", """
Procedure: Left sacroiliac joint injection with fluoroscopy and contrast.
Diagnosis: sacroiliitis, M46.1. Left buttock pain below the PSIS for 5 months; FABER and thigh thrust positive on
the left. Eight weeks of PT did not help; ibuprofen upset her stomach. Cannot sit through church or drive more
than 20 minutes.
Pain before: 7/10. Consent obtained and time-out completed.
22 g spinal needle into the inferior left SI joint; Omnipaque 300 1 mL showed an arthrogram. 2 mL of 0.25%
bupivacaine with Depo-Medrol 40 mg injected. AP and oblique images saved.
Pain after: 2/10, 70% relief. No complications.
Addendum: the scheduling order listed the right SI joint; the left joint was injected, as confirmed with the
patient at the time-out.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 5), given("methylprednisolone_acetate", 40)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-05-12", codes=[line("27096", "LT"), line("J1010", units=40)],
        findings=["approach"], comment="the right side is only an order's error corrected in the addendum, not the title, "
        "header or description of this note: no side conflict")

    add("fah-tpi-01", "terse", """
TPIs L upper trap, L levator scap, L rhomboid major.
Dx myofascial pain M79.18. L upper back pain 3 mo. Can't lift grandchild.
Palpable taut bands w/ twitch and referral in each.
27 g, 1% lidocaine 1 mL per muscle, 3 muscles.
Pre 6/10, post 2/10 (~65% better). No complications.
""",
        procs=[proc("trigger_point", region="thoracic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis",), dos="2026-06-02", consent=False, codes=[line("20553")],
        findings=["consent", "time_out"], comment="no consent and no time-out written")

    add("fah-knee-01", "verbose_boilerplate", """
PROCEDURE: Right knee intra-articular injection, ultrasound guided.
ALLERGIES: No known drug allergies.
HOME MEDICATIONS: oxycodone 5 mg every 8 hours as needed, acetaminophen 1000 mg twice daily, metformin 500 mg
twice daily. None of these was given in clinic.
INDICATION: Right knee pain for one year from primary osteoarthritis of the right knee (M17.11), worse on stairs.
Prior care: physical therapy for eight weeks without benefit. He now cannot walk more than a block.
The patient was advised of bleeding, infection, nerve damage, skin discoloration, post-injection flare and
elevated blood glucose; verbal and written consent were obtained. Time-out performed.
Under ultrasound, a 22-gauge needle entered the right suprapatellar recess from a lateral approach; needle in the
joint was confirmed and an image was saved. Injected Kenalog 40 mg with 4 mL of 1% lidocaine.
Pain 7/10 before, 3/10 after. No complications; no bleeding or infection occurred.
PLAN: Consider right genicular nerve blocks if relief lasts less than three months.
""",
        procs=[proc("joint_injection", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(7, 3), need=("diagnosis",), dos="2026-06-23", payer="medicare_fcso",
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=[])

    add("fah-tfesi-03", "copy_forward", """
CERVICAL TRANSFORAMINAL EPIDURAL STEROID INJECTION - RIGHT C6-7
History (copied forward from the 2025-10-21 visit): "Right C5-6 TFESI planned; awaiting MRI."
Current: right neck pain shooting into the right thumb and index finger for 4 months, with numbness of the right
thumb and a weak right biceps reflex; Spurling test positive on the right. Ten weeks of physical therapy did not
relieve the arm pain and gabapentin caused dizziness. He cannot work overhead as an electrician. MRI (January
2026): right foraminal disc osteophyte at C6-7 compressing the right C7 root. Diagnosis: cervical radiculopathy
M54.12. Pain 8/10 pre-procedure.
Consent signed. Time-out done. Supine, head turned left. Under fluoroscopy a 25 g needle was placed at the
posterior aspect of the right C6-7 foramen. Isovue-M 300 0.5 mL under live fluoroscopy showed no vascular uptake.
Dexamethasone 4 mg with 0.5 mL of 1% lidocaine (5 mg) injected. AP and oblique images saved.
Post-procedure 3/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4), given("lidocaine", 5)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-26",
        codes=[line("64479", "RT"), line("J1100", units=4)], findings=[],
        comment="old planned C5-6 level carried forward in history; C6-7 was injected")

    add("fah-tfesi-04", "verbose_boilerplate", """
PROCEDURE: Right L4-5 and L5-S1 transforaminal epidural steroid injections under fluoroscopic guidance.
ALLERGIES: Iodinated contrast listed by an outside clinic as "itching" - premedicated per protocol.
HOME MEDICATIONS: gabapentin 300 mg three times daily, oxycodone 10 mg twice daily, aspirin 81 mg daily (held
seven days), sertraline 50 mg daily. Not administered today.
PRIOR PROCEDURES: left L3-4 interlaminar epidural in 2021; bilateral L3-4 facet injections in 2022.
INDICATION: Three months of right buttock and lateral leg pain into the top of the right foot with numbness over
the right great toe and weak right great toe extension. Physical therapy for six weeks without improvement;
meloxicam without relief. MRI: right foraminal stenosis at L4-5 and L5-S1 affecting the right L4 and L5 roots.
Diagnosis: lumbar radiculopathy, M54.16. Pre-procedure pain 7/10.
RISKS: We discussed bleeding, infection, nerve damage, paralysis, spinal headache, allergic reaction to contrast,
stroke, facial flushing, insomnia and elevated blood sugar. The patient understood and signed the consent.
PROCEDURE: Time-out completed. Prone, sterile prep and drape. Under fluoroscopy 22-gauge needles were placed in
the right L4-5 and right L5-S1 foramina. Omnipaque 240 1 mL at each level showed spread along the nerve roots, no
vascular uptake. At each level Kenalog 20 mg with 1 mL of 0.25% bupivacaine was injected. AP and lateral images
were saved.
POST: 2/10. No complications. No flushing, no new numbness, no headache.
PLAN: Return in 4 weeks; if axial pain persists, consider right L4-5 and L5-S1 medial branch blocks.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2026-07-07",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=4)],
        findings=["functional_impairment"], comment="no functional limitation among pages of boilerplate")

    add("fah-ilesi-03", "terse", """
T9-10 ILESI, fluoro. Dx thoracic radiculopathy M54.14.
R band-like pain around R lower ribs, allodynia R T9-T10 dermatome.
PT 6 wk no help; lidoderm no help. Can't sleep on R side, stopped volunteering.
MRI: R T9-10 disc protrusion touching R T9 root.
Pre 6/10. Consent, TO.
20 g Tuohy, LOR, Omnipaque 240 1 mL. Decadron 10 mg + NS 2 mL. AP + lat saved.
Post 2/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=minus(ESI_NEED, "symptom_duration"), dos="2026-08-11", payer="medicare_cgs",
        codes=[line("62321"), line("J1100", units=10)], findings=["symptom_duration"],
        comment="no duration of the symptoms")

    add("fah-tfesi-05", "followup_plan", """
Left S1 transforaminal epidural steroid injection, fluoroscopy.
This is her fifth lumbar epidural in the past 12 months; the fourth, on 2026-07-01, gave 60% relief for 3 months.
Dx: lumbosacral radiculopathy M54.17. Left posterior calf and heel pain for a year with numb left lateral foot,
absent left ankle reflex. PT for 8 weeks without change; pregabalin stopped for swelling. She cannot walk her
grandchildren to school. MRI: left L5-S1 paracentral extrusion compressing the left S1 root.
Pre 7/10. Consent signed, time-out held.
22 g needle through the left S1 foramen; Omnipaque 300 1 mL outlined the left S1 root. Celestone 6 mg with 1 mL
of 0.5% ropivacaine (5 mg). AP and lateral images saved.
Post 2/10. No complications.
Plan: left L5-S1 surgical consult; schedule right SI joint injection next month; spinal cord stimulator
evaluation if no lasting relief.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="left",
                    levels=["S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("ropivacaine", 5)],
        pain=(7, 2), need=ESI_NEED, dos="2026-10-06",
        codes=[line("64483", "LT"), line("J0702", units=1)], findings=["frequency"],
        comment="fifth lumbar/sacral epidural in 12 months (limit 4); planned SI and SCS not coded")

    add("fah-caudal-02", "copy_forward", """
Repeat caudal ESI under fluoroscopy.
Prior visit text (2026-05-04, carried forward): "Caudal ESI #1 performed. Plan reassess 4 wk."
Since then: about 40% less leg pain for four weeks, now back to baseline.
Dx: lumbar radiculopathy M54.16, both legs. Bilateral posterior thigh and calf burning for 9 months with tingling
of both soles; straight-leg raise positive on both sides. PT 8 weeks failed; tramadol stopped for nausea.
Cannot walk through the grocery store. MRI: L5-S1 broad disc bulge with bilateral lateral recess narrowing.
Pre 7/10. Consent signed; time-out.
20 g Tuohy through the sacral hiatus, Omnipaque 180 4 mL caudal epidurogram, no venous uptake. Kenalog 80 mg with
5 mL 0.9% saline. AP and lateral saved.
Post 3/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 4, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 3), need=ESI_NEED, dos="2026-06-15", pos="22", codes=[line("62323")],
        findings=["prior_procedure_response"], comment="repeat after 40% relief for 4 weeks (needs 50% for 3 months)")

    add("fah-facet-mbb-02", "copy_forward", """
Diagnostic medial branch blocks, left C5-6 and C6-7 facet joints (left C5, C6, C7 medial branches)
HPI copied from intake 2025-12-15: "Left neck pain x 1 yr, no arm symptoms." Still accurate today.
Worse with rotation to the left and extension. PT for 8 weeks with no improvement; diclofenac stopped for
reflux. She cannot reverse her car or read in bed.
Dx: cervical spondylosis M47.812.
Consent signed; time-out completed. Prone, fluoroscopy. 25 g needles to the left C5, C6 and C7 medial branches;
0.5 mL of 2% lidocaine at each (30 mg total).
Pain 6/10 before, 1/10 after. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-01-27", payer="medicare_cgs",
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")], findings=[])

    add("fah-facet-ia-02", "followup_plan", """
Bilateral L4-5 lumbar facet joint intra-articular injections with steroid, fluoroscopic guidance.
Dx: lumbar spondylosis without radiculopathy (M47.816). Low back pain across both sides for 10 months, worse
after standing, no radiation. Completed PT x 3 months and a home exercise program; meloxicam. She can no longer
stand to do the dishes.
Consent and time-out documented. Prone. 22 g needles into the right and left L4-5 facet joints. Depo-Medrol 20 mg
with 0.5 mL of 0.25% bupivacaine into each joint.
Pain 7/10 before, 3/10 after. No complications.
Plan: bilateral L4-5 and L5-S1 diagnostic medial branch blocks in 3 weeks, then RFA if two blocks each give 80%.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy")],
        drugs=[given("methylprednisolone_acetate", 40), given("bupivacaine", 2.5)],
        pain=(7, 3), need=minus(SPINE_NEED, "conservative_care"), dos="2026-09-08", pos="22",
        codes=[line("64493", "50")], findings=["approach", "conservative_care"],
        comment="care only listed, no outcome; intent not stated in words (no KX); planned MBB/RFA not coded")

    add("fah-facet-rfa-02", "terse", """
R C5-6, C6-7 facet RFA (R C5, C6, C7 MB). Fluoro.
Dx cervical spondylosis M47.812. R neck pain 3 yr. PT 12 wk - no help. NSAIDs - partial, brief. Can't turn head
to drive.
Prior: R C5-6/C6-7 MBB 2026-03-10 - 90% x 3 h.
Consent. TO. 1% lido 1 mL x 3. 20 g cannulas, sensory + motor testing OK, 80 C x 90 s each.
Pre 7/10, post 3/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-04-21", codes=[line("64633", "RT"), line("64634", "RT")],
        findings=["diagnostic_block_relief"], comment="only one diagnostic block documented (two needed)")

    add("fah-facet-mbb-03", "verbose_boilerplate", """
PROCEDURE: Right L3-4, L4-5 and L5-S1 diagnostic lumbar medial branch blocks (right L2, L3, L4 medial branches and
L5 dorsal ramus), fluoroscopic guidance.
ALLERGIES: Morphine (itching).
HOME MEDICATIONS: gabapentin 300 mg three times daily, hydrocodone-acetaminophen 5/325 every 6 hours as needed,
amlodipine 5 mg daily. None was given in the procedure suite.
PRIOR PROCEDURES: Left L4-5 transforaminal epidural 2024; right knee arthroscopy 2019.
HISTORY: Right-sided low back pain for 14 months, worse with standing and twisting, no pain below the knee.
Physical therapy for 12 weeks did not help and ibuprofen caused stomach pain. He has stopped golfing and cannot
mow his lawn. Diagnosis: spondylosis without myelopathy or radiculopathy, lumbar region, M47.816.
CONSENT: The patient was advised of bleeding, infection, nerve damage, paralysis, allergic reaction and
temporary leg numbness. He signed the consent. A time-out was completed.
PROCEDURE: Prone, sterile prep. Under fluoroscopy 22-gauge needles were placed at the four target nerves and
0.5 mL of 0.5% ropivacaine was injected at each.
RESULT: Pain 7/10 before and 1/10 afterwards. Pain diary given. No complications: no bleeding, no leg weakness.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 10)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-05-26",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT"), line("64495", "KX", "RT")],
        # gold correction after the first reading: a third lumbar facet level (64495) is the level_limit finding, as
        # in every other dev note billing 64495/64492
        findings=["level_limit"])

    add("fah-si-02", "terse", """
Diagnostic R SI jt inj, fluoro. Dx sacroiliitis M46.1.
R SI pain 8 mo, + thigh thrust, + compression R. PT 8 wk - no relief. Celecoxib - no help. Can't sit > 20 min.
Pre 8/10. Consent. TO.
22 g into inferior R SI joint, Omnipaque 240 0.5 mL arthrogram. 2% lidocaine 2 mL.
AP + oblique saved. Post 2/10. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("lidocaine", 40)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-07-14", codes=[line("27096", "RT")],
        findings=["percent_relief"], comment="diagnostic SI block: relief only implied by the scores")

    add("fah-si-rfa-01", "followup_plan", """
Left sacroiliac joint radiofrequency ablation (left L5 dorsal ramus and S1-S3 lateral branches), fluoroscopy.
Dx: sacroiliitis M46.1. Left SI pain 2 years. Two diagnostic left lateral branch blocks gave 85% and 80% relief.
Consent signed; time-out done. 1% lidocaine 2 mL at each of four sites. RF cannulas placed; sensory and motor
testing; lesions at 80 C for 90 seconds.
Pain 7/10 before, 3/10 after. No complications.
Plan: right SI joint injection next visit; continue home exercise.
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 80)],
        pain=(7, 3), need=("diagnosis",), dos="2026-08-04", codes=[line("64625", "LT")], findings=[])

    add("fah-genic-01", "terse", """
Diagnostic genicular nerve block, L knee (SM, SL, IM genicular n.), US guided.
Dx: primary OA left knee M17.12. Pain 2 yr, can't walk > 1 block. PT + NSAIDs failed. Planning RFA if >= 50%.
Consent. TO.
25 g, 0.5% bupivacaine 2 mL at each of 3 nerves.
Pre 7/10, post 2/10. No complications.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="ultrasound",
                    intent="diagnostic")],
        drugs=[given("bupivacaine", 30)],
        pain=(7, 2), need=("diagnosis",), dos="2026-02-10", codes=[line("64454", "LT")], findings=[])

    add("fah-stellate-01", "verbose_boilerplate", """
PROCEDURE: Right stellate ganglion block under ultrasound guidance.
ALLERGIES: None known.
HOME MEDICATIONS: gabapentin 300 mg three times daily; duloxetine 60 mg daily; oxycodone 5 mg at bedtime as
needed. Not given today.
PRIOR PROCEDURES: Right stellate ganglion block 2025-12-02 at another practice (result not available).
INDICATION: Complex regional pain syndrome type I of the right upper limb (G90.511) after a wrist fracture, with
burning pain, swelling and color change of the right hand.
RISKS: The patient was advised of bleeding, infection, nerve damage, hoarseness, difficulty swallowing, seizure,
pneumothorax and paralysis. She signed the consent. A time-out was performed.
PROCEDURE: Supine. With a linear probe at C6, a 25-gauge needle was advanced to the prevertebral fascia anterior
to the longus colli; the image was saved. After negative aspiration Naropin 0.5% 5 mL was injected in
increments.
RESULT: Warmth and ptosis of the right side within ten minutes. Pain 8/10 before, 3/10 after.
COMPLICATIONS: None. No hoarseness or dysphagia.
PLAN: Occupational therapy; consider a second block in two weeks.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-03-17", codes=[line("64510"), line("76942")], findings=[])

    add("fah-lsb-01", "copy_forward", """
Left lumbar sympathetic block at L3, fluoroscopy
[Carried forward from 2026-02-24: "Left L2 lumbar sympathetic block performed, good warming."]
Today: CRPS type I of the left lower limb (G90.522), burning and allodynia of the left foot for 7 months.
Consent signed, time-out done. Prone. 22 g needle to the anterolateral L3 vertebral body on the left. Omnipaque
240 3 mL showed paravertebral spread, no vascular uptake. 0.25% bupivacaine 10 mL injected. Left foot
temperature rose 2 degrees.
Pain before 8/10. No complications.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, None), need=("diagnosis",), dos="2026-05-05",
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=["post_procedure_pain_score"],
        comment="no pain score after the block; the prior L2 level is a leftover from an earlier note")

    add("fah-impar-01", "terse", """
Ganglion impar block, fluoro.
Dx coccygodynia M53.3. Tailbone pain 8 mo after fall, can't sit > 15 min. Cushion + NSAIDs - no relief.
Consent. TO.
22 g via sacrococcygeal junction. Omnipaque 180 2 mL, retroperitoneal "comma" spread. Marcaine 0.5% 4 mL +
Kenalog 40 mg.
Pre 8/10, post 2/10. No complications.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-06-30",
        codes=[line("64999"), line("77002"), line("Q9965", units=2), line("J3301", units=4)], findings=[])

    add("fah-occipital-01", "addendum", """
Procedure: left greater occipital nerve block, landmark technique.
Dx: occipital neuralgia (M54.81). Shooting pain from the left base of the skull to the left vertex for 6 months,
tender left greater occipital nerve, Tinel positive. Pain 7/10.
Consent signed; time-out performed. 25 g needle medial to the occipital artery on the left; after negative
aspiration 2 mL of 0.5% bupivacaine with Kenalog 20 mg injected.
Pain 2/10 afterwards. No complications.
Addendum: the order and the header of the draft said bilateral; only the left side was injected today.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                    imaging="none")],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 20)],
        pain=(7, 2), need=("diagnosis",), dos="2026-07-28", codes=[line("64405", "LT"), line("J3301", units=2)],
        findings=[], comment="addendum corrects a draft header that is not part of this note: no side conflict")

    add("fah-scs-01", "verbose_boilerplate", """
PROCEDURE: Percutaneous spinal cord stimulator trial, two epidural leads, fluoroscopic guidance.
ALLERGIES: Adhesive tape.
HOME MEDICATIONS: oxycodone 10 mg every 8 hours, gabapentin 600 mg three times daily, senna. Not given today.
PRIOR PROCEDURES: L4-S1 fusion 2022; left L5-S1 transforaminal injections 2024 and 2025.
INDICATION: Persistent low back and left leg pain for four years after lumbar fusion. Physical therapy for 12
weeks, gabapentin and two epidural injections failed to give lasting relief; nortriptyline was not tolerated.
He cannot work or walk more than ten minutes. The psychological evaluation on 2026-07-09 cleared him for
neuromodulation. Diagnosis: postlaminectomy syndrome (M96.1) with chronic pain.
RISKS: The patient was advised of bleeding, infection, nerve damage, paralysis, spinal headache, lead migration
and the chance that the trial does not help. Consent was signed. Time-out performed.
PROCEDURE: Prone. Skin and tissue infiltrated with 1% lidocaine 10 mL. Two 14-gauge Tuohy needles entered the
epidural space at L1-2 with loss of resistance; the leads were advanced to the top of T8 and T9. Stimulation
covered the low back and left leg. Leads sutured and dressed.
Pain 8/10 before, 3/10 with stimulation. No complications.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-08-18", pos="24",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fah-kypho-01", "terse", """
L1 kyphoplasty, bilateral transpedicular, fluoro. Local only.
Dx: osteoporotic L1 compression fx M80.08XA. Back pain 5 wk after lifting; brace + acetaminophen + tramadol x 4
wk - no control; bedbound.
MRI: acute L1 fx, edema on STIR, 30% height loss.
Pre 9/10. Consent. TO. 1% lido 15 mL. Balloons inflated both pedicles, 4 mL cement, no leak.
Post 4/10. No complications.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 150)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        dos="2026-09-15", pos="22", codes=[line("22514")], findings=[])

    add("fah-pump-01", "copy_forward", """
Intrathecal pump refill and reprogramming
[Copied from 2026-07-20: "Morphine 20 mg/mL, 18 mL placed, daily dose 2.0 mg."]
Dx: chronic pain syndrome G89.4 with failed back surgery.
Consent. TO. Pump interrogated; residual 2.5 mL withdrawn, matches expected. I refilled the reservoir with
morphine 25 mg/mL, 20 mL, through a 22 g Huber needle. I reprogrammed the daily dose to 2.2 mg. Alarm date set.
No complications. Next refill in 3 months.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",), dos="2026-10-20", codes=[line("62370")], findings=["indication"],
        comment="copied July refill is history; today's morphine 25 mg/mL x 20 mL = 500 mg")
