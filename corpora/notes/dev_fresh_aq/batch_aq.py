"""Notes of the sealed untuned batch aq: hard cases of real practice in wordings of our own (shorthand and
full prose), gold labelled by hand before any Painpoint run; the `findings` of each `add` are the gaps and
coding findings the note carries (documentation, side/level conflicts, code validity, frequency)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, SPINE_NEED, minus)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Transforaminal, interlaminar and caudal epidurals."""
    add("faq-tfesi-01", "shorthand", """
PROC: B/L TFESI L4/5 & L5/S1 under fluoro
Dx: lumbar radiculopathy M54.16
HPI: 68M, LBP w/ radiating pain down both legs to lat calves x 5 mo, numb dorsum of both feet, +SLR B/L at
45 deg. PT x 8 wk w/o relief; naproxen -> GI bleed hx, stopped. Can't walk > 1 block, quit bowling.
MRI 4/26: B/L foraminal stenosis L4/5 & L5/S1 w/ contact of exiting L4 and L5 roots both sides.
Pre 7/10. Consent signed, risks reviewed. Time out done.
Prone, prepped. 22g spinal needles to each of 4 foramina (R+L L4/5, R+L L5/S1) under fluoro. Omnipaque 240
0.5 mL at each, good perineural flow, no vasc uptake. Dexamethasone 3 mg at each foramen (12 mg total).
AP/lat images saved.
Post 2/10. VSS. pt tol well. no cx. f/u 2 wk.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 12)],
        pain=(7, 2), need=ESI_NEED, dos="2026-05-05",
        codes=[line("64483", "50"), line("64484", "50"), line("J1100", units=12)], findings=[],
        comment="bilateral two-level TFESI in shorthand; 3 mg x 4 foramina")

    add("faq-tfesi-02", "header_fields", """
PROCEDURE: Left L5-S1 transforaminal epidural steroid injection
SIDE: Left
DIAGNOSIS: Intervertebral disc disorder with radiculopathy, lumbar region (M51.16)
HISTORY: Pain from the right buttock down the back of the right thigh into the calf for 10 weeks, with
pins-and-needles along the outer right foot; right straight-leg raise positive at 35 degrees. Six weeks of
physical therapy made no difference and meloxicam upset her stomach. She has stopped working at the bakery
because she cannot stand through a shift. MRI: right paracentral L5-S1 disc extrusion contacting the right S1
root and narrowing the right L5-S1 foramen.
Pre-procedure pain: 8/10. Informed consent obtained in writing. Time-out performed.
DESCRIPTION: Prone on the table. Under fluoroscopy a 22 g needle was advanced to the RIGHT L5-S1 neural
foramen. Isovue-M 200, 1 mL, outlined the right L5 root with no vascular runoff. 40 mg of triamcinolone
(Kenalog) with 1 mL of 1% preservative-free lidocaine was injected. AP and lateral images saved.
Post-procedure pain: 3/10. Complications: none.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-17", payer="medicare_cgs",
        codes=[line("64483", "RT"), line("J3301", units=4)], findings=["laterality_conflict"],
        comment="header and SIDE say left, the description and history say right: codes follow the needle (RT)")

    add("faq-tfesi-03", "dictated", """
Left T7-8 transforaminal epidural steroid injection for acute herpes zoster.

She developed a band of blistering rash around the left chest wall at the T7 level nine days ago, followed by
burning, lancinating pain in the same band with allodynia to light touch; valacyclovir was started on the
second day. The pain keeps her awake most of the night and she cannot wear a bra or a fitted shirt.
Diagnosis: acute herpes zoster with radicular neuralgia, left T7 dermatome (B02.29). MRI of the thoracic spine
showed no disc herniation or mass, with faint enhancement of the left T7 root. Pain today 9/10.

Consent for the injection was signed after discussion of risks. A time-out was held. With fluoroscopy a 22 g
needle was placed at the left T7-8 foramen; 1 mL of Omnipaque 240 spread along the T7 root and into the
epidural space without vascular filling. Dexamethasone 10 mg with 1 mL of 1% lidocaine was injected slowly.
AP and lateral views were saved. Afterwards her pain was 4/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="thoracic", laterality="left",
                    levels=["T7-T8"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(9, 4), need=minus(ESI_NEED, "symptom_duration", "conservative_care"), dos="2026-08-11",
        codes=[line("64479", "LT"), line("J1100", units=10)], findings=[],
        comment="acute zoster (B02.29): exempt from the 4-week duration and conservative-care rules")

    add("faq-tfesi-04", "dictated", """
Repeat right L4-5 transforaminal epidural steroid injection

Indication: right L4 radiculopathy (M54.16) with pain from the right hip over the front of the thigh to the
inner shin for 7 months, numbness of the medial right shin and a reduced right knee jerk. Ten weeks of
physical therapy did not help; gabapentin caused dizziness and was stopped. He cannot climb the stairs to his
bedroom without stopping. MRI: right foraminal L4-5 disc protrusion compressing the exiting right L4 root.
The right L4-5 TFESI on 09/26/2023 gave about 40% relief that lasted three weeks; his pain is back to baseline.

Pain before: 7/10. Consent signed; time-out completed. Under fluoroscopy a 22 g needle was placed in the right
L4-5 foramen; Omnipaque 300, 1 mL, showed perineural spread without vascular uptake. Depo-Medrol 80 mg was
injected with 1 mL of 0.25% bupivacaine. Two views (AP and oblique) saved. Pain after: 3/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 2.5)],
        pain=(7, 3), need=ESI_NEED, dos="2023-11-14",
        codes=[line("64483", "RT"), line("J1040", units=1)], findings=["prior_procedure_response"],
        comment="repeat after 40% relief for three weeks (needs 50% for 3 months); 80 mg before 2024-04-01: J1040 x1")

    add("faq-tfesi-05", "shorthand", """
Repeat L S1 TFESI
Dx: lumbosacral radiculopathy (M54.17)
S: L buttock/post thigh/calf pain to sole x 6 mo, tingling L heel, absent L ankle jerk. PT 3x/wk x 6 wk - no
change. Celecoxib - no help. Can't sit > 20 min at desk job.
MRI: L paracentral L5-S1 HNP compressing L S1 root.
Pre 6/10. Consent. Time out.
25g needle to the L S1 foramen via the posterior sacral foramen under fluoro. Isovue-M 300 0.5 mL, root
outlined, no vasc. Celestone 6 mg (1 mL) + 1 mL NS. Single AP image saved.
Post 2/10. no cx. f/u 3 wk.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="left",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(6, 2), need=ESI_NEED, dos="2026-04-21", codes=[line("64483", "LT"), line("J0702", units=1)],
        findings=["prior_procedure_response", "saved_images"],
        comment="stated repeat with no earlier response; one saved view (ESI needs two)")

    add("faq-ilesi-01", "op_note", """
PROCEDURE: C7-T1 interlaminar epidural steroid injection, fluoroscopy, monitored anesthesia care
DIAGNOSIS: Cervical radiculopathy (M54.12)
INDICATION: Left neck pain radiating over the shoulder and down the back of the arm to the middle finger for
4 months, with left triceps weakness and a reduced triceps jerk. Eight weeks of physical therapy failed and
prednisone taper gave no lasting benefit. She cannot lift pots or sleep on her left side. MRI: left
paracentral C6-7 disc protrusion and left foraminal narrowing with contact of the C7 root.
ANESTHESIA: Monitored anesthesia care by the CRNA of the anesthesia service: midazolam 2 mg and fentanyl 50 mcg
IV; anesthesia start 10:05, end 10:31. Sedation was needed because of severe needle phobia with a vasovagal
episode during an attempted injection last year.
Pre-procedure pain 8/10. Written consent on file. Time-out with the whole team.
TECHNIQUE: Prone. 18 g Tuohy needle at C7-T1 midline, loss of resistance to saline, Omnipaque 240 1.5 mL
epidurogram with epidural spread, no intravascular or intrathecal pattern. Kenalog 80 mg with 2 mL saline
injected. AP and contralateral oblique images retained.
Post-procedure pain 3/10. Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="mac")],
        drugs=[given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-06-09", pos="24", codes=[line("62321")], findings=[],
        comment="MAC by the CRNA (billed on the anesthesia claim, not 99152); agents, doses, times and a reason stated")

    add("faq-ilesi-02", "dictated", """
Lumbar interlaminar epidural steroid injection, L5-S1, right paramedian approach.

This is her fifth lumbar epidural in the past 12 months. Each of the earlier ones helped by roughly 60% but the
relief wore off after about six weeks. She has lumbosacral radiculopathy (M54.17) with pain from the low back
into the right buttock and posterolateral leg for two years, with numbness of the right lateral foot. She has
been through twelve weeks of therapy without improvement and cannot tolerate NSAIDs because of kidney disease.
She can no longer walk her dog. MRI: right L5-S1 disc protrusion abutting the right S1 root.

Pain 7/10 before. Consent signed and time-out held. Under fluoroscopy a 20 g Tuohy needle entered the L5-S1
epidural space on the right of midline by loss of resistance. Omnipaque 180, 2 mL, confirmed epidural spread.
Triamcinolone 40 mg with 3 mL of saline injected. AP and lateral images stored. Pain 3/10 after; no complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=ESI_NEED, dos="2026-09-29", payer="medicare_fcso",
        codes=[line("62323"), line("J3301", units=4)], findings=["frequency", "prior_procedure_response"],
        comment="fifth lumbar ESI in 12 months (limit 4); earlier relief 60% for six weeks (needs 3 months)")

    add("faq-caudal-01", "op_note", """
PROCEDURE: Caudal epidural steroid injection with fluoroscopic guidance
DIAGNOSIS: Spinal stenosis, lumbar region with neurogenic claudication (M48.06)
INDICATION: For 9 months both legs tire, ache and tingle from the buttocks to the feet after five minutes of
standing or walking, relieved by sitting. Physical therapy for 12 weeks and a course of duloxetine gave no
improvement. She has had to give up her volunteer shifts at the food bank. MRI: severe multilevel central
stenosis L3-4 and L4-5 with a prior L5-S1 fusion.
Pre-procedure pain: 6/10. Consent: signed. Time-out: done.
TECHNIQUE: Prone. 20 g Tuohy needle through the sacral hiatus with loss of resistance. Omnipaque 240, 5 mL,
filled the caudal canal up to L4 without vascular runoff. Celestone Soluspan 12 mg (2 mL) with 5 mL of
preservative-free saline injected. AP and lateral images saved.
Post-procedure pain: 2/10. Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(6, 2), need=ESI_NEED, dos="2026-03-03", pos="22", codes=[line("62323")], findings=["code_validity"],
        comment="M48.06 is a category (needs the 6th character: M48.061/M48.062); 62323 only in the hospital outpatient department")

    add("faq-ilesi-03", "op_note", """
PROCEDURE: L4-L5 interlaminar epidural steroid injection, midline, fluoroscopy, moderate sedation
DIAGNOSIS: Lumbar radiculopathy (M54.16)
HISTORY: Left leg pain from the buttock to the shin for 5 months with numbness of the big toe and weak left
great-toe extension. Completed physical therapy and home exercises; takes acetaminophen. She cannot stand long
enough to cook dinner. MRI: left paracentral L4-5 disc extrusion displacing the traversing left L5 root.
Pre-procedure pain: 8/10.  Consent signed.  Time-out performed.
SEDATION: Moderate sedation administered by me with an independent trained RN observer monitoring throughout:
midazolam 2 mg and fentanyl 75 mcg IV. Sedation start 09:02, end 09:27 (25 minutes). Reason: marked anxiety
and muscle spasm that prevented her holding the prone position at the last attempt.
TECHNIQUE: 20 g Tuohy at L4-L5 midline; loss of resistance to saline; Isovue-M 200, 2 mL, epidural spread.
Decadron 10 mg with 2 mL of 1% lidocaine (preservative free) injected. AP and lateral views saved.
Post-procedure pain: 3/10. Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.075), given("iopamidol", 2, "ml"),
               given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(8, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-07-21",
        codes=[line("62323"), line("J1100", units=10), line("99152"), line("99153")], findings=["conservative_care"],
        comment="care completed with no stated outcome; proceduralist moderate sedation 25 min with observer: 99152 + 99153")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, intra-articular facet injections and facet RF."""
    add("faq-mbb-01", "shorthand", """
R L3 and L4 MB and L5 DR blocks - dx #1
Dx: lumbar spondylosis w/o radic (M47.816)
S: R-sided axial LBP x 9 mo, worse w/ ext/rotation, no leg sx. PT x 10 wk w/o relief, NSAIDs -> GI upset, d/c'd.
Can't stand > 15 min to cook. CT: R L4/5 and L5/S1 facet arthropathy.
Pre 6/10. Consent signed. TO done.
Fluoro. 22g needles to R L3 MB, R L4 MB, R L5 DR. 0.5% bupivacaine 0.5 mL each.
Post 1/10 at 30 min (~85% relief). pain diary given. VSS. pt tol well. no cx. f/u 2 wk.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-01-27",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[],
        comment="L3 + L4 medial branches and L5 dorsal ramus = L4-L5 and L5-S1 joints")

    add("faq-mbb-02", "dictated", """
Ultrasound-guided left cervical medial branch blocks, C4, C5 and C6 (C4-5 and C5-6 facet joints), diagnostic.

Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812). Left-sided neck pain for 16
months, worse looking up and turning left, no arm symptoms. Ten weeks of physical therapy brought no relief and
ibuprofen did not help. She cannot reverse the car or look up to hang laundry. MRI: left C4-5 and C5-6 facet
hypertrophy. Pain before the block 6/10.

After written consent and a time-out, with the patient lying on her right side, a linear probe identified the
left C4, C5 and C6 articular pillars; a 25 g needle was guided in plane to each medial branch and 0.5 mL of 1%
lidocaine was placed at each. Pain after: 1/10 (about 85% relief). No complications; block diary handed over.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C4-C5", "C5-C6"], imaging="ultrasound", intent="diagnostic")],
        drugs=[given("lidocaine", 15)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-06-23",
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")], findings=["imaging_guidance"],
        comment="ultrasound guidance (facet LCD asks for fluoroscopy or CT); KB facet codes do not depend on imaging")

    add("faq-rfa-01", "op_note", """
PROCEDURE: Right L4-5 pulsed radiofrequency of the L3 and L4 medial branches, fluoroscopy
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816)
HISTORY: Right axial low back pain for 2 years, worse on extension. Physical therapy for 3 months failed and
NSAIDs were stopped for reflux. He cannot stand at church or carry groceries. Two diagnostic medial branch
blocks of the right L3 and L4 medial branches gave 85% and 80% relief for the duration of the anesthetic. He
has an implanted defibrillator and prefers a non-destructive treatment.
Pre-procedure pain: 7/10. Consent signed. Time-out done.
TECHNIQUE: 1 mL of 1% lidocaine at each site. 20 g RF cannulas placed on the right L3 and L4 medial branches;
sensory stimulation concordant below 0.5 V. Pulsed radiofrequency at 42 degrees C, 2 Hz, for 120 seconds x 2
cycles at each nerve; no thermal lesion was made.
Post-procedure pain: 3/10. Complications: none.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right", levels=["L4-L5"],
                    imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 20)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-04-14", codes=[line("64999")], findings=["approach"],
        comment="pulsed RF is not destruction: 64999; not thermal at 80 C or more (rfa.technique: approach)")

    add("faq-rfa-02", "dictated", """
Repeat bilateral L4-5 and L5-S1 radiofrequency neurotomy (L3 and L4 medial branches, L5 dorsal rami).

Lumbar spondylosis without radiculopathy (M47.816): axial low back pain for 6 years. Physical therapy and
NSAIDs did not help before his first ablation. Function: he cannot stand long enough to shave or walk to the
mailbox when the pain is back. The bilateral RF neurotomy on 02/11/2025 gave 75% relief that lasted ten months;
the pain has returned over the last two months.

Pain today 8/10. Consent signed; time-out held. Under fluoroscopy each of the six sites was anesthetized with
1 mL of 2% lidocaine. 18 g cannulas were placed parallel to the nerves, sensory and motor testing were
appropriate, and thermal lesions were made at 85 degrees C for 90 seconds each. Pain afterwards 3/10. There were
no complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-01-13", payer="medicare_cgs",
        codes=[line("64635", "50"), line("64636", "50")], findings=[],
        comment="repeat RFA after 75% relief for ten months meets the 50%/6-month rule")

    add("faq-rfa-03", "op_note", """
PROCEDURE: Left C5-6 and C6-7 facet radiofrequency ablation (C5, C6 and C7 medial branches), fluoroscopy
DIAGNOSIS: Cervical spondylosis (M47.812)
HISTORY: Left neck and shoulder-blade pain for 3 years. PT for 12 weeks and NSAIDs failed. She cannot turn to
check traffic or work at her computer more than an hour. This is her third cervical RFA in the past 12 months;
the last one (05/2026) gave 80% relief for about four months.
Pain pre: 7/10. Consent signed. Time-out performed.
TECHNIQUE: 1% lidocaine 1 mL at each of the three sites; 20 g cannulas to the left C5, C6 and C7 medial
branches; sensory and motor testing appropriate; lesions at 85 C for 90 seconds each.
Pain post: 2/10. Complications: none.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-09-15",
        codes=[line("64633", "LT"), line("64634", "LT")], findings=["frequency", "prior_procedure_response"],
        comment="third cervical RFA in 12 months (limit 2); last relief lasted four months (needs six)")

    add("faq-facet-01", "header_fields", """
PROCEDURE: Bilateral L4-5 facet joint intra-articular injections, therapeutic, fluoroscopic guidance
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816)
HISTORY: Axial low back pain for 18 months, worse standing and twisting. Eight weeks of physical therapy did not
help and diclofenac raised her blood pressure. She cannot vacuum or stand in line at the store. CT: bilateral
L4-5 facet arthropathy with small effusions.
PAIN: 7/10 before.
CONSENT: signed.   TIME-OUT: completed.
TECHNIQUE: 22 g needles into the right and left L4-5 facet joints. In each joint 0.5 mL of Kenalog 40 mg/mL with
0.5 mL of 0.5% bupivacaine.
PAIN AFTER: 3/10.   COMPLICATIONS: none.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-03-24",
        codes=[line("64493", "50"), line("J3301", units=4)], findings=["diagnostic_block_relief"],
        comment="therapeutic facet injection with no diagnostic blocks documented; 20 mg x 2 joints")

    add("faq-mbb-03", "shorthand", """
L L2, L3, L4 MBB (L3/4, L4/5 facets) - dx #2 (confirmatory)
Dx: lumbar spondylosis (M47.816)
LBP L side x 14 mo, no radic sx. PT x 8 wk no benefit; NSAIDs no benefit. Can't lift grandkids or garden.
MRI: L L3-4 and L4-5 facet hypertrophy.
1st MBB 03/2026 (lido): ~60% relief x 2 hr.
Pre 6/10. Consent. Time out.
Fluoro, 22g to L L2, L3, L4 MB. 2% lidocaine 0.5 mL ea.
Post 2/10. no cx.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-04-28", payer="medicare_fcso",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["diagnostic_block_relief"],
        comment="confirmatory block after a first block of 60% (needs 80%)")

    add("faq-mbb-04", "op_note", """
PROCEDURE: Right C5-6 facet joint medial branch blocks (C5 and C6 medial branches), diagnostic, fluoroscopy
DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.81)
INDICATION: Right neck pain for 10 months reaching the top of the shoulder, worse with extension; no arm
symptoms. Physical therapy for 8 weeks and NSAIDs failed. He has trouble turning his head while driving his
delivery van. X-ray: right C5-6 facet arthropathy.
Pain before: 7/10. Consent signed. Time-out completed.
TECHNIQUE: Lateral approach, 25 g needles to the right C5 and C6 articular pillars; 0.5 mL of 0.5% Marcaine at
each nerve.
Pain after: 1/10 (90% relief). Complications: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 5)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-10-20", codes=[line("64490", "KX", "RT")], findings=["code_validity"],
        comment="M47.81 is a category (needs the region character, M47.812)")


def _others(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """SI joint, sympathetic, pump, trigger point, occipital, genicular, joint, SCS and augmentation notes."""
    add("faq-sij-01", "dictated", """
Ultrasound-guided left sacroiliac joint injection, therapeutic.

Left buttock pain below the PSIS for 8 months; thigh thrust, FABER and compression positive on the left.
Physical therapy for 10 weeks did not help and naproxen gave no relief. She cannot sit through a movie or drive
more than half an hour. A diagnostic left SI joint block in 12/2025 gave 80% relief for the life of the
anesthetic. Diagnosis: sacroiliitis, left (M46.1). Pain before 7/10.

Consent signed; time-out performed. With a curvilinear probe over the lower left SI joint, a 22 g needle was
advanced in plane into the joint cleft and one image of the needle in the joint was saved. Kenalog 40 mg with
1 mL of 1% lidocaine was injected. Pain after 2/10, roughly 70% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="ultrasound", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-02-10",
        codes=[line("20552"), line("76942"), line("J3301", units=4)],
        findings=["contrast", "imaging_guidance", "saved_images"],
        comment="SI by ultrasound: 20552 + 76942 (saved image); LCD asks fluoroscopy/CT, contrast and two views")

    add("faq-sij-02", "header_fields", """
PROCEDURE: Right sacroiliac joint injection, diagnostic
GUIDANCE: Fluoroscopy with contrast
DIAGNOSIS: Sacroiliitis, bilateral (M46.1)
HISTORY: Pain over both sacral sulci for 6 months, worse rising from a chair; thigh thrust and distraction
positive on both sides. Eight weeks of physical therapy with no change; celecoxib no help. She can no longer
walk the dog.
Pre-procedure pain: 8/10. Consent obtained and signed. Time-out performed.
DESCRIPTION: 22 g needles were placed into the inferior right and left SI joints. Omnipaque 240, 0.5 mL on each
side, showed intra-articular spread. 0.5% bupivacaine 2 mL injected into each joint. AP and oblique images
saved.
Post-procedure pain: 1/10 (about 88% relief). Complications: none.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20)],
        pain=(8, 1), need=SPINE_NEED, dos="2026-05-19", codes=[line("27096", "50")], findings=["laterality_conflict"],
        comment="title says right, the description injects both joints: codes follow the description (27096-50)")

    add("faq-sij-03", "op_note", """
PROCEDURE: Repeat right sacroiliac joint injection, therapeutic, fluoroscopy
DIAGNOSIS: Sacroiliitis, right (M46.1)
HISTORY: Right SI pain for 2 years. PT for 3 months and NSAIDs failed. She cannot sit through her grandson's
soccer games. Diagnostic right SI block in 2024: 90% relief. The last right SI injection (08/2025) gave 70%
relief that lasted four months.
Pre: 7/10. Consent signed. Time-out done.
TECHNIQUE: 22 g needle into the inferior right SI joint; Isovue-M 300 0.5 mL confirmed intra-articular flow.
Depo-Medrol 40 mg with 1 mL of 1% lidocaine injected. AP and oblique images saved.
Post: 2/10, about 70% relief. Complications: none.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-02-03", codes=[line("27096", "RT"), line("J1010", units=40)],
        findings=[], comment="repeat after 70% relief for four months meets the response rule")

    add("faq-impar-01", "dictated", """
Ganglion impar block under fluoroscopy.

Coccydynia (M53.3) for 14 months since childbirth; sitting is painful after ten minutes, and a donut cushion,
pelvic floor therapy and NSAIDs have not helped. Pain 8/10 today. Consent was signed and a time-out done.
Prone; a 22 g needle was passed through the sacrococcygeal disc under lateral fluoroscopy. Omnipaque 180, 2 mL,
showed retroperitoneal spread anterior to the coccyx without vascular uptake. Injected 5 mL of 0.2% ropivacaine
with Celestone 6 mg. Pain 2/10 after. No complications.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("ropivacaine", 10), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(8, 2), need=("diagnosis",), dos="2026-07-07",
        codes=[line("64999"), line("77002"), line("Q9965", units=2), line("J0702", units=1)], findings=[],
        comment="ganglion impar: 64999 + 77002; contrast in the office with a code that excludes imaging")

    add("faq-pump-01", "shorthand", """
ITP refill
Dx: failed back surgery syndrome (M96.1), intractable low back and leg pain x 9 yr on IT morphine.
Consent verbal. Site cleaned w/ chlorhexidine. 22g Huber needle into the reservoir; 3.1 mL residual withdrawn.
Reservoir filled with 20 mL of preservative-free morphine 20 mg/mL. Next refill due in 10 wk.
no cx. pt tol well.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 400)],
        pain=(None, None), need=("diagnosis",), dos="2026-08-25", codes=[line("95991")], findings=["approach", "time_out"],
        comment="says neither who refilled nor whether the pump was reprogrammed (approach); the author is assumed: 95991")

    add("faq-stellate-01", "op_note", """
PROCEDURE: Left stellate ganglion block, ultrasound guided
DIAGNOSIS: Complex regional pain syndrome I of the left upper limb (G90.51)
INDICATION: Burning pain, swelling and mottling of the left hand for 6 months after a wrist fracture; she cannot
button a shirt or hold a cup with the left hand.
Pre-procedure pain 8/10. Consent signed. Time-out done.
TECHNIQUE: Linear probe at C6 on the left; a 25 g needle passed in plane to the prevertebral fascia over the
longus colli, avoiding the thyroid vessels; a permanent image of the needle tip was stored. 4 mL of 0.5%
Naropin injected in divided doses after negative aspiration. Left Horner's syndrome and a warm left hand followed.
Post-procedure pain 3/10. Complications: none.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 20)],
        pain=(8, 3), need=("diagnosis",), dos="2026-03-17", codes=[line("64510"), line("76942")],
        findings=["code_validity"], comment="G90.51 is a category (needs the side character, G90.512)")

    add("faq-lsb-01", "header_fields", """
PROCEDURE: Left lumbar sympathetic block at L3 with fluoroscopy and contrast
DIAGNOSIS: Complex regional pain syndrome I of left lower limb (G90.522)
INDICATION: Burning left foot pain with allodynia, sweating and color change for 5 months after a crush injury;
he cannot bear a sock or walk more than a few steps.
PRE-PROCEDURE PAIN: 9/10
CONSENT: signed.   TIME-OUT: performed.
TECHNIQUE: 22 g needle to the anterolateral border of the left L3 vertebral body. Isovue-M 200, 2 mL, spread
along the sympathetic chain with no vascular or psoas pattern. 10 mL of 0.25% bupivacaine in divided doses.
Left foot skin temperature rose 3 C.
COMPLICATIONS: none.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("bupivacaine", 25)],
        pain=(9, None), need=("diagnosis",), dos="2026-10-06",
        codes=[line("64520"), line("77002"), line("Q9966", units=2)], findings=["post_procedure_pain_score"],
        comment="no pain score after the block")

    add("faq-tpi-01", "shorthand", """
TPIs x 4 muscles
Dx: myofascial pain syndrome, low back (M79.18)
Low back muscle pain x 5 mo after moving house. Taut bands w/ twitch and referred pain: L lumbar paraspinals,
R lumbar paraspinals, R quadratus lumborum, R gluteus medius. Stretching/heat helped little. Can't garden.
Consent verbal + written. Time out.
27g needle, 1% lidocaine 1 mL into each of the 4 muscles.
Pre 7/10, post 3/10 (~60% relief). no cx. f/u 4 wk.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 3), need=("diagnosis",), dos="2026-11-10", codes=[line("20553")], findings=[])

    add("faq-onb-01", "shorthand", """
B/L GON blocks (landmark)
Dx: occipital neuralgia (M54.81), both sides x 6 mo; shooting pain from the base of the skull to the vertex,
tender over both greater occipital nerves; headaches keep her from work 3 d/wk.
Consent signed. TO done. Pre 8/10.
25g needle medial to the occipital artery each side: Depo-Medrol 20 mg + 2 mL 0.5% Sensorcaine per side.
Post 1/10. VSS. no cx. f/u 6 wk.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("bupivacaine", 20)],
        pain=(8, 1), need=("diagnosis",), dos="2026-06-02", codes=[line("64405", "50"), line("J1010", units=40)],
        findings=[])

    add("faq-genb-01", "header_fields", """
PROCEDURE: Genicular nerve block, LEFT knee, fluoroscopy
DIAGNOSIS: Primary osteoarthritis, right knee (M17.11)
INDICATION: Right knee pain for 3 years; not fit for knee replacement; cannot walk around the grocery store.
CONSENT: Yes.  TIME-OUT: Yes.
PRE-PROCEDURE PAIN: 7/10
DESCRIPTION: Supine, right knee prepped. Under fluoroscopy 22 g needles were placed at the superomedial,
superolateral and inferomedial genicular nerves of the right knee; 2 mL of 0.25% bupivacaine at each.
POST-PROCEDURE PAIN: 2/10.  COMPLICATIONS: none.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right",
                    imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 2), need=("diagnosis",), dos="2026-09-08", payer="medicare_cgs",
        codes=[line("64454", "RT")], findings=["laterality_conflict"],
        comment="header says LEFT, the diagnosis and description say right: codes follow the description")

    add("faq-shoulder-01", "dictated", """
Left glenohumeral joint injection under ultrasound.

Primary osteoarthritis of the left shoulder (M19.012) with 2 years of pain and stiffness; she cannot reach the
top shelf or fasten her bra. Pain 6/10. After verbal and written consent and a time-out, a posterior approach
was used with a 22 g spinal needle guided in plane into the glenohumeral joint; a permanent ultrasound image of
the needle in the joint was saved. Injected Kenalog 40 mg with 3 mL of 1% Xylocaine. Pain 2/10 afterwards.
No complications.
""",
        procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="left",
                    imaging="ultrasound", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis",), dos="2026-04-07", codes=[line("20611", "LT"), line("J3301", units=4)],
        findings=[])

    add("faq-scs-01", "op_note", """
PROCEDURE: Percutaneous spinal cord stimulator trial, two leads, fluoroscopy
DIAGNOSIS: Failed back surgery syndrome (M96.1) with right leg radicular pain
HISTORY: Back and right leg pain for 4 years after an L4-S1 fusion. Physical therapy, gabapentin, duloxetine and
two epidurals failed. He cannot walk more than 100 feet or sleep through the night. Psychological evaluation on
02/2026 cleared him for the trial.
Pre-procedure pain: 8/10. Consent signed. Time-out performed.
TECHNIQUE: Prone. 1% lidocaine 10 mL at the entry sites. Two 14 g Tuohy needles entered the epidural space at
T12-L1 by loss of resistance; two 8-contact percutaneous leads were steered to the top of T8 and the bottom of
T9. Paresthesia mapping covered the back and right leg. Leads anchored and dressed.
Post-procedure pain: 3/10 with stimulation. Complications: none.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-03-31", codes=[line("63650", units=2), line("77003")], findings=[])

    add("faq-va-01", "op_note", """
PROCEDURE: L1 balloon kyphoplasty, bilateral transpedicular, fluoroscopy, moderate sedation
DIAGNOSIS: Age-related osteoporotic compression fracture, L1 (M80.08XA)
HISTORY: Sudden upper lumbar pain after lifting a bag of soil 5 weeks ago; a brace and oral analgesics have not
helped and she is confined to a chair. MRI: acute L1 compression fracture with 30% height loss and marrow edema
on STIR.
Pre-procedure pain: 9/10. Consent signed. Time-out held.
SEDATION: Moderate sedation by me, midazolam 3 mg and fentanyl 100 mcg IV in divided doses.
TECHNIQUE: 1% lidocaine 10 mL to the skin and periosteum. Bilateral 11 g trocars through the L1 pedicles;
balloons inflated to restore height and create cavities; 4 mL of PMMA cement placed without leak.
Post-procedure pain: 3/10. Complications: none.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 3), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-05-26", pos="22", codes=[line("22514")], findings=["sedation_details"],
        comment="moderate sedation by the proceduralist without times, minutes or observer: no 99152 line")
