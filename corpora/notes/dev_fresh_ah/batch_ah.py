"""Notes of the sealed batch ah: wordings of our own by different kinds of authors in ordinary US pain
clinics (terse attending notes, verbose boilerplate with complications that did not happen and home drugs
that were not injected, copy-forward notes with leftovers from earlier visits, addenda correcting the side,
plans for other procedures). Gold labelled by hand before any Painpoint run; the `findings` of each `add`
are the elements a note deliberately leaves out."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    def minus(need: tuple, *gone: str) -> tuple:
        return tuple(k for k in need if k not in gone)

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
        codes=[line("62323"), line("J1010", units=80)], findings=["indication"],
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
