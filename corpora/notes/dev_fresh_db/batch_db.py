"""Batch db: an everyday month of a pain practice, 30 fictional notes (no names, record numbers or birth dates).

`fdb-<family>-NN` are structured templates (capitalised headers, title-case headers, bullets, inline fields,
boilerplate attestation); `fdb-h-<family>-NN` are dictated by four fictional physicians: A terse, B verbose,
C abbreviations, D numbered steps. Gold labelled from the text by hand, before any Painpoint run.
"""

from __future__ import annotations

MB = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment")


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: N803, C901 - one note per block
    """Queue the 30 notes of the batch."""

    # ------------------------------------------------------------------ templates (15)
    add("fdb-tfesi-01", "capitalised headers", """
PROCEDURE: LEFT L4-5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION UNDER FLUOROSCOPY
DATE OF SERVICE: 02/11/2025
PRE-PROCEDURE DIAGNOSIS: Lumbar disc herniation with radiculopathy, L4-5 (M51.16)
INDICATIONS: Five months of left buttock and lateral leg pain radiating to the top of the foot, with numbness
in the L5 distribution and a positive straight leg raise on the left. MRI of the lumbar spine shows a left
paracentral L4-5 disc extrusion contacting the traversing L5 root and left foraminal narrowing at L5-S1.
Ten weeks of physical therapy and daily naproxen have not relieved the leg pain. She can no longer walk more
than one block or stand long enough to cook a meal.
CONSENT: Risks, benefits and alternatives were reviewed; written informed consent was signed.
TIME-OUT: Performed with the whole team confirming patient, site, side and procedure.
SEDATION: None.
PRE-PROCEDURE PAIN: 8/10
TECHNIQUE: Prone on the table, skin prepped and draped sterilely. Under fluoroscopic guidance a 22-gauge
spinal needle was advanced to the left L4-5 neural foramen and a second needle to the left L5-S1 foramen.
Omnipaque 240, 1.5 mL in total, outlined the exiting roots with epidural spread and no vascular uptake. At
each level 1 mL of Kenalog 40 mg/mL mixed with 1 mL of 0.25% bupivacaine was injected slowly.
IMAGES: AP and lateral fluoroscopic images saved to the record.
POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: None.
DISPOSITION: Discharged ambulatory. Follow-up in two weeks; a repeat injection will be considered only if the
relief wanes.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                 sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 5), given("iohexol", 1.5, "ml")],
        pain=(8, 3), need=ESI_NEED, dos="2025-02-11", pos="11",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J3301", units=8)], findings=[])

    add("fdb-tfesi-02", "title-case headers", """
Procedure Note
Procedure: Right S1 Transforaminal Epidural Steroid Injection
Location: Ambulatory Surgery Center
Diagnosis: Lumbosacral Radiculopathy, Right (M54.17)
History: Sharp pain from the right buttock down the back of the thigh and calf into the lateral foot, with
reduced right ankle reflex and numbness along the outer border of the foot. Six weeks of supervised physical
therapy and a gabapentin trial brought no improvement in the leg pain. He has had to stop working on his
feet and cannot sit through a car ride of half an hour.
Imaging: MRI shows a right-sided L5-S1 disc herniation displacing the right S1 nerve root.
Consent: Procedure, risks and alternatives explained; informed consent obtained and signed.
Time-Out: Completed before the start of the procedure.
Pre-Procedure Pain Score: 7/10
Description: Prone position, sterile preparation. With fluoroscopy the right S1 foramen was identified on an
AP view and a 22-gauge needle was placed through it. Isovue-M 200, 1 mL, showed spread along the S1 root
without vascular runoff. Decadron 10 mg with 1 mL of 1% lidocaine was then injected.
Image saved to PACS.
Post-Procedure Pain Score: 2/10
Complications: None noted.
Plan: Home exercise program; clinic review in three weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="right",
                 levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10), given("iopamidol", 1, "ml")],
        pain=(7, 2), need=minus(ESI_NEED, "symptom_duration"), dos="2024-08-20", pos="24",
        codes=[line("64483", "RT")], findings=["saved_images", "symptom_duration"],
        comment="No length of symptoms anywhere (the six weeks are the therapy's); one image saved, no second view.")

    add("fdb-tfesi-03", "inline fields", """
Procedure: bilateral L4-L5 transforaminal epidural steroid injection | Date: 10/05/2023 | Setting: office
Diagnosis: lumbar spinal stenosis with neurogenic claudication (M48.062)
Symptoms: burning pain radiating down both legs into the calves after five minutes of walking, for 9 months
Function: unable to do his grocery shopping or walk his dog; uses a cart to lean on
Conservative treatment: physical therapy for 8 weeks and meloxicam
MRI: moderate central and bilateral foraminal stenosis at L4-L5 from facet and ligamentum hypertrophy
Consent: signed | Time-out: done | Sedation: none
Pain before: 6/10
Technique: prone; fluoroscopy; 22 g needles to the right and then the left L4-L5 foramina; Omnipaque 180,
2 mL in total, with good epidural flow on both sides; methylprednisolone 40 mg and 1 mL of 1% lidocaine
injected on each side
Images: AP and oblique views saved
Pain after: 2/10 | Complications: none
Plan: walking program; will consider a repeat only if relief lasts less than three months
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"), dos="2023-10-05", pos="11",
        codes=[line("64483", "50"), line("J1040", units=1)], findings=["conservative_care"],
        comment="Care listed without any outcome; the plan to repeat makes no repeat. Methylprednisolone 80 mg before 2024-04-01: J1040 x1.")

    add("fdb-ilesi-01", "bullets", """
Cervical interlaminar epidural steroid injection, C7-T1
- Setting: hospital outpatient department
- Diagnosis: cervical radiculopathy (M54.12)
- History: aching in the left side of the neck spreading into the left arm and thumb for 4 months, with
  tingling in the thumb and index finger and a weak left wrist extension
- Prior care: six weeks of physical therapy and a medrol dose pack; the arm pain came back each time
- Function: cannot lift her grandson or hold a phone to her ear; wakes every night
- MRI: C5-6 and C6-7 disc osteophyte complexes with left foraminal narrowing, worst at C6-7
- Consent: informed consent signed after discussion of risks
- Time-out: performed
- Pain before: 6/10
- Fluoroscopy used throughout; 18-gauge Tuohy needle advanced at C7-T1 by loss of resistance to saline
- Omnipaque 300, 1 mL, confirmed epidural spread on AP and lateral views, both saved
- Injected: dexamethasone 10 mg with 2 mL preservative-free saline
- Pain after: 2/10
- Complications: none
- Discharged with a driver
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iohexol", 1, "ml")],
        pain=(6, 2), need=ESI_NEED, dos="2026-01-14", pos="22",
        codes=[line("62321")], findings=[])

    add("fdb-ilesi-02", "boilerplate attestation", """
CAUDAL EPIDURAL STEROID INJECTION

Date of service: 06/03/2025. Place: office procedure suite.
Diagnosis: Lumbosacral radiculopathy (M54.17).
Indication: Shooting pain from the low back into both buttocks and the backs of both thighs, with pins and
needles in both feet, present since last autumn (seven months). Physical therapy twice weekly for 8 weeks and
a course of oral prednisone failed to relieve it. Prior L5-S1 laminectomy. MRI shows epidural scarring around
both S1 roots and a recurrent small disc bulge at L5-S1.

The procedure, its risks (including infection, bleeding, headache and nerve injury), its benefits and the
alternatives were explained, questions were answered and consent was given in writing. A time-out confirmed
the correct patient and procedure. No sedation was used.

Pain score before the procedure: 7/10.
The patient lay prone. After sterile preparation the skin over the sacral hiatus was numbed with 3 mL of 1%
lidocaine. Under fluoroscopy a 20-gauge Tuohy needle entered the caudal canal through the sacral hiatus.
Isovue-M 200, 3 mL, filled the caudal epidural space up to S1 with no vascular pattern. Celestone Soluspan
12 mg (2 mL) mixed with 8 mL of normal saline was injected. AP and lateral images were saved.
Pain score after the procedure: 3/10. There were no complications.

I attest that I personally performed the procedure described above and was present for its entirety.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic", sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 12), given("lidocaine", 30),
               given("iopamidol", 3, "ml")],
        pain=(7, 3), need=minus(ESI_NEED, "functional_impairment"), dos="2025-06-03", pos="11",
        codes=[line("62323"), line("J0702", units=2)], findings=["functional_impairment"])

    add("fdb-mbb-01", "title-case headers", """
Procedure: Bilateral Lumbar Medial Branch Blocks, L4-L5 And L5-S1 Facet Joints
Date Of Service: 09/17/2025
Intent: Diagnostic (first block)
Diagnosis: Lumbar Spondylosis Without Myelopathy Or Radiculopathy (M47.816)
Indication: Axial low back pain for two years, worse with extension and twisting, no leg symptoms. Twelve
weeks of physical therapy did not change it and naproxen upset her stomach so she stopped it. She cannot
stand at the sink for more than 15 minutes and has given up gardening.
Consent: Written consent obtained after discussing risks and benefits.
Time-Out: Performed.
Pre-Procedure Pain: 6/10
Procedure Details: Prone, sterile prep. Under fluoroscopic guidance 22-gauge needles were placed at the
L3 and L4 medial branches and the L5 dorsal ramus on each side. At each of the six targets 0.5 mL of 0.5%
bupivacaine was injected after negative aspiration. No steroid was given.
Post-Procedure Pain: 1/10 at thirty minutes
Complications: None
Plan: Pain diary for 8 hours. If this block and a confirmatory block each give 80% relief or more, we will
consider radiofrequency ablation.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=MB, dos="2025-09-17", pos="11",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fdb-mbb-02", "inline fields", """
Procedure: right cervical medial branch block, C4-5 and C5-6 facets, second (confirmatory) diagnostic block
Place: surgery center | Date: 11/06/2024
Dx: cervical spondylosis without myelopathy or radiculopathy (M47.812)
Hx: right-sided neck pain into the shoulder blade for 14 months, no arm symptoms; 10 weeks of physical therapy
and meloxicam without improvement; cannot check her blind spot while driving or read for more than 20 minutes
First diagnostic block (6 weeks ago): 85% relief lasting 5 hours
Consent: signed | Time-out: completed | Sedation: none
Technique: prone; fluoroscopy; 25 g needles to the right C4, C5 and C6 medial branches at the waists of the
articular pillars; 0.4 mL of 2% lidocaine at each branch
Post: 1/10 | Complications: none
Plan: if relief again reaches 80%, schedule right C4-5 and C5-6 radiofrequency ablation
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 24)],
        pain=(None, 1), need=MB, dos="2024-11-06", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["pre_procedure_pain_score"])

    add("fdb-facet-01", "capitalised headers", """
PROCEDURE: LEFT L3-4, L4-5 AND L5-S1 INTRA-ARTICULAR FACET JOINT INJECTIONS (THERAPEUTIC)
DATE: 04/21/2026
DIAGNOSIS: Lumbar facet arthropathy (M47.816)
HISTORY: Left-sided low back pain for over a year, worse when rising from a chair and with extension; no
radiating leg pain. Six months of physical therapy and a home exercise program did not reduce the pain. She
cannot garden or sit through a church service.
PRIOR BLOCKS: Two diagnostic medial branch blocks at these joints gave 90% and 85% relief.
CONSENT: Informed consent obtained and documented.
TIME-OUT: Performed prior to the procedure.
PAIN BEFORE: 7/10
PROCEDURE: Prone. Sterile prep and drape. Under fluoroscopy a 22-gauge needle entered each of the left L3-4,
L4-5 and L5-S1 facet joints. At each joint 0.5 mL of Kenalog-40 (20 mg) with 0.5 mL of 0.25% bupivacaine was
injected into the joint.
PAIN AFTER: 2/10
COMPLICATIONS: None.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 60), given("bupivacaine", 3.75)],
        pain=(7, 2), need=MB, dos="2026-04-21", pos="11",
        codes=[line("64493", "LT"), line("64494", "LT"), line("64495", "LT"), line("J3301", units=6)],
        findings=["level_limit"])

    add("fdb-rfa-01", "boilerplate attestation", """
RADIOFREQUENCY ABLATION OF THE RIGHT L4-5 AND L5-S1 FACET JOINTS

Date of service: 03/27/2025. Location: ambulatory surgery center.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).
Indication: Right-sided axial low back pain for three years, non-radiating. Physical therapy over 3 months,
NSAIDs and a TENS unit all failed to give lasting relief. She can no longer vacuum or stand to cook. Two
separate diagnostic medial branch blocks of the right L3 and L4 medial branches and L5 dorsal ramus gave 90%
and 85% relief.

Risks, benefits and alternatives were discussed and written consent obtained. A time-out was completed.

Sedation: Moderate sedation was administered by me because she could not tolerate lying prone for the
lesioning without it (severe anxiety and spasm). Midazolam 2 mg and fentanyl 50 mcg IV. A registered nurse
independently monitored the patient throughout. Sedation start 10:02, end 10:27; intraservice time 25 minutes.

Pre-procedure pain: 7/10.
Technique: Under fluoroscopic guidance 18-gauge RF cannulae were placed along the right L3 and L4 medial
branches and the right L5 dorsal ramus. Sensory stimulation reproduced the back pain and motor testing showed
no leg contraction. 1 mL of 2% lidocaine was given through each cannula, then a thermal lesion was made at
80 degrees C for 90 seconds at each nerve.
Post-procedure pain: 3/10. Complications: none.

I attest that I performed this procedure and that the above documentation is accurate.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("lidocaine", 60), given("midazolam", 2), given("fentanyl", 50, "mcg")],
        pain=(7, 3), need=MB, dos="2025-03-27", pos="24",
        codes=[line("64635", "RT"), line("64636", "RT"), line("99152"), line("99153")], findings=[])

    add("fdb-si-01", "title-case headers", """
Procedure: Left Sacroiliac Joint Injection, Therapeutic
Date Of Service: 07/08/2025
Diagnosis: Sacroiliitis, Left (M46.1)
Indication: Left buttock pain below the belt line for six months, worse with stairs and rolling in bed,
positive FABER, thigh thrust and compression tests on the left. She did physical therapy.
Prior Diagnostic Block: Left sacroiliac joint block with lidocaine in May gave 80% relief for the duration
of the anesthetic.
Consent: Informed consent signed.
Pre-Procedure Pain: 8/10
Procedure: Prone, sterile prep. Under fluoroscopy a 22-gauge needle entered the inferior third of the left
sacroiliac joint. Omnipaque 240, 0.5 mL, showed an intra-articular arthrogram. Kenalog 40 mg with 2 mL of
0.25% bupivacaine was injected. AP and oblique images were saved.
Post-Procedure Pain: 2/10 (75% relief at 20 minutes)
Complications: None
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="left", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5), given("iohexol", 0.5, "ml")],
        pain=(8, 2), need=("diagnosis", "symptom_duration"), dos="2025-07-08", pos="11",
        codes=[line("27096", "LT"), line("J3301", units=4)], findings=["conservative_care", "time_out"],
        comment="'She did physical therapy.' has neither a length nor an outcome; no time-out.")

    add("fdb-si-02", "bullets", """
BILATERAL SACROILIAC JOINT BLOCKS (DIAGNOSTIC)
* Date: 05/14/2024, hospital outpatient
* Diagnosis: sacroiliac joint dysfunction, both sides (M53.3)
* Pain over both posterior superior iliac spines for 5 months, three of five provocation tests positive on
  each side; 8 weeks of physical therapy and a sacroiliac belt gave no relief
* Consent signed; time-out done
* Pain before: 5/10
* Fluoroscopic guidance; 22-gauge needle into the lower pole of each sacroiliac joint
* Isovue-M 200, 0.5 mL per side, confirmed intra-articular spread
* 1.5 mL of 2% lidocaine into each joint
* Two views (AP and contralateral oblique) saved for each side
* Pain after: 1/10, 80% relief
* No complications
* Plan: if the relief holds, therapeutic steroid injection next visit
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="bilateral", imaging="fluoroscopy",
                 contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 60), given("iopamidol", 1, "ml")],
        pain=(5, 1), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2024-05-14", pos="22",
        codes=[line("27096", "50")], findings=[])

    add("fdb-tpi-01", "inline fields", """
Procedure: trigger point injections x3 muscles | Date: 02/02/2026 | Office
Dx: myofascial pain of the neck and shoulder girdle (M79.12)
Exam: taut bands with local twitch and referred pain in the left upper trapezius, left levator scapulae and
right rhomboid major
Duration: 5 months; stretching and a muscle relaxant have not helped
Pain before: 6/10
Injected: 1 mL of 1% lidocaine into each of the three trigger points with a 25 g needle, after alcohol prep
Pain after: 3/10, 50% relief
Time-out: done | Complications: none
""", procs=[proc("trigger_point", region="other", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 3), need=("diagnosis", "symptom_duration"), dos="2026-02-02", pos="11", consent=False,
        codes=[line("20553")], findings=["consent"])

    add("fdb-gnb-01", "capitalised headers", """
PROCEDURE: RIGHT GENICULAR NERVE BLOCK (SUPEROLATERAL, SUPEROMEDIAL AND INFEROMEDIAL)
DATE OF SERVICE: 10/29/2025
DIAGNOSIS: Primary osteoarthritis of the right knee (M17.11)
INDICATION: Right knee pain for four years; not a surgical candidate; failed physical therapy, two steroid
injections and a hyaluronic acid series. Cannot walk more than half a block.
INTENT: Diagnostic, before considering radiofrequency ablation.
CONSENT: Written consent signed.
TIME-OUT: Completed.
PAIN BEFORE: 7/10
PROCEDURE: Supine with a bolster under the knee. Under fluoroscopy 22-gauge needles were placed at the
superolateral and superomedial femoral and the inferomedial tibial genicular nerves. 2 mL of 0.5% bupivacaine
was injected at each nerve.
PAIN AFTER: 2/10 on walking in the hallway
COMPLICATIONS: None.
PLAN: If relief is 50% or more, will consider genicular radiofrequency ablation.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy",
                 intent="diagnostic")],
        drugs=[given("bupivacaine", 30)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-10-29", pos="11", codes=[line("64454", "RT")], findings=[])

    add("fdb-occ-01", "capitalised headers", """
PROCEDURE:   BILATERAL  GREATER OCCIPITAL  NERVE BLOCKS
DATE:   06/09/2026        PLACE:  clinic
DIAGNOSIS:  Occipital neuralgia (M54.81)
INDICATION:  Stabbing pain from the base of the skull over the back of the head on both sides for 8 months,
tender over both greater occipital nerves, headaches four days a week despite amitriptyline.
CONSENT:   Verbal and written consent obtained.
TIME-OUT:   Done.
PAIN BEFORE:   7/10
TECHNIQUE:  Landmark-based, no imaging. After alcohol prep a 25-gauge needle was placed medial to the
occipital artery on each side. Each side received 2 mL of 0.5% bupivacaine with 10 mg of triamcinolone.
COMPLICATIONS:   None.
PLAN:   Headache diary; follow up in four weeks.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none", intent="therapeutic")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(7, None), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-06-09", pos="11",
        codes=[line("64405", "50"), line("J3301", units=2)], findings=["post_procedure_pain_score"])

    add("fdb-pump-01", "inline fields", """
Procedure: intrathecal pump refill and reprogramming | Date: 12/02/2025 | Office
Indication: chronic low back and leg pain from failed back surgery syndrome (M96.1); reservoir due for refill
Consent: verbal consent obtained today | Time-out: done
Refill: performed by me; residual 2.5 mL withdrawn and wasted; reservoir filled with 20 mL of morphine
25 mg/mL (preservative-free) through the refill port with a non-coring needle under sterile technique
Reprogramming: daily dose increased by 10% per telemetry; new settings confirmed and printed
Complications: none | Next refill in about 60 days
""", procs=[proc("pump_refill", intent="therapeutic")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",), dos="2025-12-02", pos="11",
        codes=[line("62370")], findings=[])

    # ------------------------------------------------------------------ dictated (15)
    # Dr A, terse
    add("fdb-h-tfesi-01", "dictated terse", """
Left L4-5 TFESI.

Dx: R L4-5 disc protrusion with right L5 radiculopathy (M51.16).
Right leg pain to the great toe x 3 mo, tingling top of foot, weak R EHL. PT 6 wk, no help. Gabapentin made
him dizzy, stopped. Can't walk more than 10 min or sleep through the night. MRI: R paracentral L4-5
protrusion compressing the L5 root.
Consent signed. Time-out done. No sedation.
Pain 7/10.
Prone. Fluoro. 22 g needle to the right L4-5 foramen. Omnipaque 240 1 mL: epidural flow, no vascular.
Dexamethasone 10 mg + 1 mL 1% lidocaine. AP + lateral saved.
Post 2/10. No complications. Home.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10), given("iohexol", 1, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2024-06-18", pos="11",
        codes=[line("64483", "RT"), line("J1100", units=10)], findings=["laterality_conflict"],
        comment="Title says left; the history, diagnosis and the needle are right: codes follow the description.")

    # Dr B, verbose
    add("fdb-h-tfesi-02", "dictated verbose", """
Repeat left L5-S1 transforaminal epidural steroid injection, performed at the surgery center on 05/20/2025.

This is a pleasant woman whom I have been seeing for left-sided sciatica due to lumbosacral radiculopathy
(M54.17). The pain starts in the left buttock and travels down the back of the leg to the heel, with numbness
on the sole of the foot, and it has been present for roughly a year. Before her first injection she went
through ten weeks of formal physical therapy and tried both naproxen and gabapentin, none of which settled
the leg pain. The MRI from last fall shows a left L5-S1 foraminal disc protrusion abutting the exiting L5 and
the traversing S1 roots. Her first left L5-S1 transforaminal injection in January gave her roughly 70% relief
that lasted about four months, and the pain has now crept back to the point where she again has trouble
standing at work for more than an hour and has stopped her evening walks.

We went over the risks, including bleeding, infection, nerve injury and a temporary rise in blood sugar,
and she signed the consent form. A formal time-out was carried out with the nursing staff. She declined
sedation. She rated her pain at 6/10 before we began.

She was positioned prone and the skin prepped with chlorhexidine. Using fluoroscopy, I obtained an oblique
view of the left L5-S1 foramen and advanced a 22-gauge curved spinal needle to the safe triangle. Omnipaque
300, 1 mL, produced a clear outline of the nerve root with medial spread into the epidural space and no
vascular or intrathecal filling. I then injected 40 mg of triamcinolone with 1 mL of 0.25% bupivacaine.
AP and lateral images were saved.

Afterwards her pain was 1/10. There were no complications, and she walked out with her husband.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5), given("iohexol", 1, "ml")],
        pain=(6, 1), need=ESI_NEED, dos="2025-05-20", pos="24",
        codes=[line("64483", "LT")], findings=[],
        comment="Repeat with a documented response (70% for about four months, over 90 days).")

    # Dr C, abbreviations
    add("fdb-h-tfesi-03", "dictated abbreviations", """
B/L L5/S1 TFESI, OV proc rm, 3/3/26.

Dx: LS radiculopathy (M54.17). Pt c/o LBP w/ radiating pain down B/L LEs to the feet, numbness both soles,
x 7 mo. PT x 8 wks w/o relief; NSAIDs → GI upset, d/c'd. Can't stand > 15 min, stopped driving.
Consent obtained & signed. TO done. No sed.
Pre: 8/10.
Pt prone, prepped & draped. Under fluoro, 22g needle to R L5/S1 foramen then L L5/S1 foramen. Omnipaque 240
2 mL total → good perineural & epidural spread B/L, no vasc uptake. Depo-Medrol 40 mg + 1 mL 1% lido each side.
AP/lat imgs saved.
Post: 3/10. No cx. D/c'd home w/ spouse.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(8, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2026-03-03", pos="11",
        codes=[line("64483", "50"), line("J1010", units=80)], findings=["imaging_findings"])

    # Dr D, numbered steps
    add("fdb-h-ilesi-01", "dictated numbered", """
Lumbar interlaminar epidural steroid injection at L5-S1, hospital outpatient, 02/13/2024.

Diagnosis: lumbar spinal stenosis with neurogenic claudication (M48.062).
History: pain radiating from the low back into both posterior thighs and calves after a few minutes of
standing or walking, for two years. Physical therapy for 12 weeks and daily acetaminophen and meloxicam failed
to control it. She can no longer walk through the grocery store without sitting down. MRI: severe central
stenosis at L4-5 and moderate at L5-S1. This is her third lumbar epidural in the past 12 months; she says the
last one helped some.

1. Consent: risks and benefits reviewed, consent signed.
2. Time-out performed with the team.
3. Pre-procedure pain 7/10.
4. Prone, sterile prep and drape; fluoroscopy used to mark the L5-S1 interspace.
5. 20-gauge Tuohy needle advanced at L5-S1 by loss of resistance to saline.
6. Isovue-M 200, 2 mL: epidural spread on AP and lateral views, both saved.
7. Injected Depo-Medrol 80 mg with 3 mL of preservative-free saline.
8. Post-procedure pain 3/10.
9. No complications; discharged home.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80), given("iopamidol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2024-02-13", pos="22",
        codes=[line("62323")], findings=["prior_procedure_response"],
        comment="Third epidural in 12 months: a repeat (3 sessions, within 4); 'helped some' is no documented response.")

    # Dr A, terse
    add("fdb-h-ilesi-02", "dictated terse", """
C6-7 interlaminar ESI.

Dx: cervical radiculopathy (M54.12).
Neck and right arm pain to the middle finger x 4 mo. Numb R 3rd finger, triceps 4/5. PT 8 wk + NSAIDs, no
relief. Can't work at the computer, drops cups. MRI: R C6-7 disc herniation, C7 root compressed.
Consent signed. Time-out.
Pain 8/10.
Prone. Fluoro. 20 g Tuohy at C6-7, LOR saline. Kenalog 60 mg (1.5 mL) + 2 mL saline. AP + lat saved.
Post 4/10. Home.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                 imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 60)],
        pain=(8, 4), need=ESI_NEED, dos="2025-11-12", pos="11", complications=None,
        codes=[line("62321"), line("J3301", units=6)], findings=["complications", "contrast"],
        comment="No contrast and no reason for going without; no statement about complications.")

    # Dr B, verbose
    add("fdb-h-mbb-01", "dictated verbose", """
Left lumbar medial branch blocks for the L3-4 and L4-5 facet joints, first diagnostic block, in the office
on 09/10/2024.

The patient is a retired carpenter with left-sided low back pain that has been present for about eighteen
months. It is worst when he leans back or twists, it does not travel into the leg, and he has no numbness
or weakness. He completed three months of physical therapy and a home exercise program without any lasting
change, and diclofenac gave him heartburn so he stopped it. He can no longer work in his shop for more than
half an hour and has trouble getting out of a low chair. The diagnosis is lumbar spondylosis without
myelopathy or radiculopathy (M47.816), with left L3-4 and L4-5 facet hypertrophy on the MRI.

I explained that this is a diagnostic block and that, should he have two positive blocks, we will consider
radiofrequency ablation. He signed the consent. A time-out was done. No sedation was given. His pain score
before the block was 5/10.

With the patient prone and the back prepped, I used fluoroscopy to place a 22-gauge needle at the junction
of the superior articular and transverse processes for the left L2, L3 and L4 medial branches, and injected
0.5 mL of 0.5% ropivacaine at each. After twenty minutes his pain with extension was 1/10. There were no
complications. He will keep a pain diary for the next six hours.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("ropivacaine", 7.5)],
        pain=(5, 1), need=MB, dos="2024-09-10", pos="11",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[])

    # Dr C, abbreviations
    add("fdb-h-facet-01", "dictated abbreviations", """
Repeat R L4-5 & L5-S1 IA facet inj (therapeutic), OV, 8/25/26.

Dx: lumbar facet arthropathy (M47.816). Pt w/ R-sided axial LBP x 3 yrs, worse w/ ext & rotation, no radic sx.
PT x 12 wks & HEP → no change; Celebrex ineffective.
Dx MBBs x2 (2025): 85% & 90% relief.
Last IA facet inj 5 mo ago → 60% relief x 4 mo.
Consent signed. TO done.
Pre: 6/10.
Prone, sterile prep. Fluoro-guided 22g needles into R L4-5 & L5-S1 facet jts. Each jt: Kenalog 20 mg
(0.5 mL) + 0.5 mL 0.25% bupi.
Post: 2/10. No cx.
F/u 6 wks; will consider RFA if relief shorter next time.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(6, 2), need=minus(MB, "functional_impairment"), dos="2026-08-25", pos="11",
        codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=4)],
        findings=["functional_impairment"],
        comment="Repeat therapeutic injection with 60% relief for 4 months (over 90 days); no limitation of function stated.")

    # Dr D, numbered steps
    add("fdb-h-rfa-01", "dictated numbered", """
Repeat bilateral L4-5 and L5-S1 radiofrequency ablation, hospital outpatient, 08/05/2025.

Diagnosis: lumbar spondylosis without myelopathy or radiculopathy (M47.816).
History: axial low back pain on both sides for five years, no leg pain. Physical therapy, NSAIDs and yoga over
many months failed. Bending to put on shoes and standing in line are limited by pain. Her first bilateral L4-5
and L5-S1 ablation nine months ago gave 70% relief lasting seven months; the pain has now returned.

1. Consent signed after the usual discussion.
2. Time-out completed.
3. Pain before: 7/10.
4. Prone, prepped and draped; fluoroscopy throughout.
5. 18-gauge RF cannulae placed at the L3 and L4 medial branches and the L5 dorsal ramus on the right, then on
   the left.
6. Sensory and motor testing at each cannula; no leg capture.
7. 0.5 mL of 2% lidocaine at each of the six sites.
8. Thermal lesions at 80 degrees C for 90 seconds at each site.
9. No complications; discharged with her daughter.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, None), need=MB, dos="2025-08-05", pos="22",
        codes=[line("64635", "50"), line("64636", "50")], findings=["post_procedure_pain_score"],
        comment="Repeat RFA with 70% relief for seven months (over 180 days); second session in 12 months (within 2).")

    # Dr A, terse
    add("fdb-h-si-01", "dictated terse", """
Left SIJ injection.

Dx: right sacroiliitis (M46.1).
Right buttock pain below L5 x 8 mo. 4/5 provocation tests positive on the right. PT 8 wk, no change.
Right SI diagnostic block in March: 90% relief.
Therapeutic injection today. Consent signed. Time-out.
Pain 5/10.
Prone. Fluoro. 22 g into the inferior right SI joint. Omnipaque 240 0.5 mL: arthrogram. Celestone 6 mg
(1 mL) + 1 mL 1% lidocaine. AP + oblique saved.
Post 1/10, 80% relief. No complications.
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="right", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 10),
               given("iohexol", 0.5, "ml")],
        pain=(5, 1), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-05-19", pos="24",
        codes=[line("27096", "RT")], findings=["laterality_conflict"],
        comment="Title says left; diagnosis, history and the needle are right: codes follow the description.")

    # Dr B, verbose
    add("fdb-h-gnrfa-01", "dictated verbose", """
Left genicular nerve radiofrequency ablation, office procedure room, 10/13/2026.

This gentleman has end-stage osteoarthritis of the left knee (M17.12) with pain for six years. He has been
told he is not a candidate for knee replacement because of his heart disease. Physical therapy, a cane,
topical diclofenac and several steroid injections have each helped only briefly. He now struggles to walk to
the mailbox. A diagnostic block of the left superolateral, superomedial and inferomedial genicular nerves
in August gave him 75% relief for the day.

A time-out was held and no sedation was used. His pain before we started was 6/10.

He lay supine with a pillow under the knee. Under fluoroscopy I placed 18-gauge RF cannulae at the left
superolateral and superomedial femoral and the inferomedial tibial genicular nerves, confirmed sensory
concordance and the absence of motor response, and injected 1 mL of 2% lidocaine through each cannula. I
then made thermal lesions at 80 degrees C for 90 seconds at each nerve.

At discharge he reported 2/10 pain. There were no complications.
""", procs=[proc("genicular_rfa", region="knee", laterality="left", imaging="fluoroscopy", intent="therapeutic",
                 sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-10-13", pos="11", consent=False,
        codes=[line("64624", "LT")], findings=["consent"])

    # Dr C, abbreviations
    add("fdb-h-tpi-01", "dictated abbreviations", """
TPI x2, OV, 12/3/24.

Dx: myofascial pain, neck (M79.12). Pt w/ R neck/shoulder pain x 6 mo; stretching & cyclobenzaprine no help.
Exam: taut bands w/ twitch response & referred pain in R upper trap & R levator scap.
Consent signed. TO done.
Pre: 6/10.
25g needle; each TP: 2 mL 1% lido. Kenalog 10 mg split between the 2 TPs.
Post: 3/10. No cx.
""", procs=[proc("trigger_point", region="other", intent="therapeutic")],
        drugs=[given("lidocaine", 40), given("triamcinolone_acetonide", 10)],
        pain=(6, 3), need=("diagnosis", "symptom_duration"), dos="2024-12-03", pos="11",
        codes=[line("20552"), line("J3301", units=1)], findings=["percent_relief"],
        comment="Relief only implied by the scores (6 to 3); no percentage stated.")

    # Dr D, numbered steps
    add("fdb-h-lsb-01", "dictated numbered", """
Left lumbar sympathetic block at L3, office, 04/15/2025.

Diagnosis: complex regional pain syndrome type I of the left lower limb (G90.522).
History: burning pain, swelling, color change and allodynia of the left foot and ankle for seven months
after an ankle fracture, despite gabapentin, desensitization therapy and a mirror therapy program.

1. Consent reviewed and signed.
2. Time-out performed.
3. Pain before: 8/10; left foot skin temperature 29.5 C.
4. Prone; fluoroscopy used to place a 22-gauge needle at the anterolateral border of the L3 vertebral body
   on the left.
5. Omnipaque 300, 3 mL, showed a linear spread along the sympathetic chain without vascular uptake.
6. 10 mL of 0.5% ropivacaine injected in divided doses.
7. After 20 minutes the left foot was warm (34.1 C) and pain was 3/10.
8. No complications; discharged home.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                 levels=["L3"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("ropivacaine", 50), given("iohexol", 3, "ml")],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2025-04-15", pos="11",
        codes=[line("64520"), line("77002"), line("Q9967", units=3)], findings=[])

    # Dr B, verbose
    add("fdb-h-scs-01", "dictated verbose", """
Percutaneous spinal cord stimulator trial, two leads, office procedure suite, 01/22/2025.

This man has failed back surgery syndrome (M96.1) after an L4 to S1 fusion, with constant pain in the low
back and down the left leg for four years. He has been through physical therapy, a pain psychology program,
gabapentin and duloxetine, and two rounds of epidurals, none of which gave more than a few weeks of relief.
He walks with a cane and cannot sit for longer than twenty minutes. His psychological evaluation last month
found no contraindication and cleared him for the trial.

We reviewed the risks, including infection, lead migration and a spinal headache, and he signed the consent.
A time-out was completed. No sedation was given. His pain was 8/10 before the trial.

In the prone position, after prepping the back, I anesthetized the skin and the needle tracks with 10 mL of
1% lidocaine. Under fluoroscopy, two Tuohy needles entered the epidural space at L1-2 by loss of resistance,
and two eight-contact leads were steered up to the top of T8 and the middle of T9. Intraoperative testing
gave paresthesia over the back and the left leg. The leads were anchored to the skin and dressed.

With the trial program running, his pain was 3/10. There were no complications. He will return in seven days
for removal and review of his diary.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                 intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-01-22", pos="11",
        codes=[line("63650", units=2), line("77003")], findings=[])

    # Dr A, terse
    add("fdb-h-kypho-01", "dictated terse", """
L1 kyphoplasty.

Dx: age-related osteoporosis with current L1 fracture (M80.08XA).
Fell at home 3 wk ago. Severe midline pain at the thoracolumbar junction, can't get out of bed without help.
MRI: acute L1 compression fracture, 30% height loss, marrow edema on STIR.
Consent signed. Time-out. No sedation, local only.
Pain 9/10.
Prone. Biplane fluoro. Skin and periosteum: 10 mL 1% lidocaine. Bilateral transpedicular trocars into L1.
Balloons inflated, cavity created, PMMA placed. No extravasation. AP + lateral saved.
Post 3/10. No complications.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "functional_impairment"), dos="2026-07-07", pos="22",
        codes=[line("22514")], findings=["conservative_care"],
        comment="Nothing about bracing, analgesics or rest before the procedure.")

    # Dr C, abbreviations
    add("fdb-h-tfesi-04", "dictated abbreviations", """
R L3/4, L4/5, L5/S1 TFESI, OV, 8/29/23.

Dx: lumbar disc disorder w/ radiculopathy (M51.16). Pt c/o R leg pain to ant thigh & medial shin, numbness
R foot, x 5 mo. PT x 6 wks + meloxicam → no improvement. Can't climb stairs or walk > 1 block. MRI: R
foraminal stenosis L3-4 through L5-S1 w/ multilevel disc bulges.
Consent signed. TO done. No sed.
Pre: 8/10.
Prone. Fluoro. 22g needles to R L3/4, L4/5 & L5/S1 foramina. Omnipaque 240 3 mL total: perineural flow at each
level, no vasc. Dexamethasone 4 mg at each level (12 mg total).
AP & lat imgs saved.
Post: 4/10. No cx.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                 sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 12), given("iohexol", 3, "ml")],
        pain=(8, 4), need=ESI_NEED, dos="2023-08-29", pos="11",
        codes=[line("64483", "RT"), line("64484", "RT", units=2), line("J1100", units=12)],
        findings=["level_limit"],
        comment="Three foramina in one region: over the two-level limit; all three coded.")
