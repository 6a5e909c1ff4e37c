"""Sealed batch dg: 30 notes by internationally trained physicians (British/Commonwealth English, day-first
dates, VAS/NRS, generic or non-US brand names). Fifteen structured notes (`fdg-*`) and fifteen dictated or
shorthand notes (`fdg-h-*`); gold labelled by hand from the text, before any Painpoint run."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: C901 - one note after another
    _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdg-tfesi-01", "capitalised headers", """
LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION
Date of procedure: 14/03/2025
Setting: Day surgery centre

DIAGNOSIS: Lumbosacral radiculopathy (M54.17)

HISTORY: Patient is having pain since 7 months in the lower back going down the left leg to the lateral foot, with
pins and needles in the little toe. Ankle reflex reduced on the left. Straight leg raise positive at 40 degrees on
the left. Physiotherapy programme for 10 weeks, paracetamol and pregabalin - pain is not settling with these.
She cannot stand at the hob for more than 10 minutes and has stopped her part-time job.
MRI lumbar spine: left paracentral L5/S1 disc protrusion compressing the traversing left S1 root.

CONSENT: The patient was explained the procedure, its risks (bleeding, infection, nerve injury, dural puncture)
and alternatives. Written consent taken.

PROCEDURE: Time out was done confirming patient, side and level. Prone position. Skin prepared with chlorhexidine.
Under fluoroscopy a 22G spinal needle was advanced to the left L5-S1 intervertebral foramen. Omnipaque 240, 1.5ml,
outlined the left L5 root and epidural space with no vascular uptake. Injected dexamethasone 10mg with 1ml of 0.5%
bupivacaine (Marcain). AP and lateral images were saved. No sedation was given.

PAIN: VAS 7/10 before, VAS 2/10 after.
COMPLICATIONS: Nil. No complications noted. Discharged home with an escort.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 5), given("iohexol", 1.5, "ml")],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT")], findings=[], dos="2025-03-14", pos="24")

    add("fdg-tfesi-02", "title-case headers", """
Right L4-5 And L5-S1 Transforaminal Epidural Injection

Date: 21/11/2024
Place: Outpatient clinic procedure room

Diagnosis: Lumbar disc herniation with radiculopathy (M51.16)

Indication: Right sided sciatica for 5 months, shooting down the posterior thigh into the calf, worse on coughing.
Reduced sensation over the right medial shin and dorsum of foot; right knee jerk diminished. He has tried 12 weeks of
supervised physiotherapy, naproxen and amitriptyline; none of these have given any lasting benefit. He is unable to
walk more than 200 metres and has been off work as a bus driver.
Imaging: MRI shows a right foraminal disc extrusion at L4/5 with a smaller bulge at L5/S1 narrowing the right foramen.

Consent: Risks and benefits were discussed and the patient gave written informed consent.
Time Out: Completed with the nurse; correct side and levels confirmed.
Sedation: None.

Procedure: Prone on the table. Under fluoroscopic guidance, 22-gauge needles placed at the right L4-L5 and right L5-S1
foramina. Isovue-M 200 (iopamidol) 1ml at each level - good epidural spread, no intravascular flow. Triamcinolone
(Kenacort-A 40) 40mg with lidocaine 2% 1ml was given at each level. AP and oblique views saved to the record.

Pain Scores: NRS 8 pre-procedure, NRS 3 post-procedure.
Complications: None. Vitals stable, walked out of the room.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 40), given("iopamidol", 2, "ml")],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=8)],
        findings=[], dos="2024-11-21", pos="11", payer="medicare_cgs")

    add("fdg-tfesi-03", "bullets", """
Bilateral L5-S1 transforaminal epidural steroid injection
- Date: 23 September 2025
- Hospital outpatient theatre
- Diagnosis: Lumbar radiculopathy (M54.16)
- Symptoms: pain in both legs radiating to the feet, left more than right, since 9 months; numbness over both soles
- Conservative treatment: 3 months of physiotherapy and oral analgesics (paracetamol, codeine) without improvement
- Function: can only sit for 20 minutes, unable to do gardening or shopping
- MRI: bilateral L5/S1 foraminal stenosis with disc-osteophyte complex contacting both exiting L5 roots
- Consent: obtained in writing after explaining risks of infection, bleeding, headache, nerve damage
- Time-out: performed
- Sedation: none
- Technique: fluoroscopy-guided, prone; needles to the left and right L5-S1 foramina; Omnipaque 240 1ml each side with
  epidural flow and no vascular pattern
- Injectate: dexamethasone 4mg + ropivacaine 0.2% 2ml each side
- A single image was saved
- Pain: VAS 6/10 before, 1/10 after
- No complications; observed 30 minutes and discharged
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 8), given("ropivacaine", 8), given("iohexol", 2, "ml")],
        pain=(6, 1), need=ESI_NEED, codes=[line("64483", "50")], findings=["saved_images"], dos="2025-09-23", pos="22",
        comment="One saved image only: esi.saved_images asks for two views.")

    add("fdg-ilesi-01", "dictated paragraph", """
Cervical interlaminar epidural steroid injection at C7-T1, performed on 26/10/2023 in the clinic procedure room.
Diagnosis is cervical radiculopathy (M54.12). The patient is having neck pain radiating into the left arm down to the
middle finger since 6 months, with paraesthesia and weakness of the left triceps. Cervical MRI showed a left
paracentral disc protrusion at C6/7 indenting the thecal sac and narrowing the left exit foramen. She had physiotherapy
for 8 weeks and gabapentin, but the arm pain persisted and gabapentin made her too drowsy to continue. She is
unable to hold the hairdryer or sleep on the left side. The procedure was explained to the patient including risks and
written consent was obtained. A time out was held. No sedation. In prone position under fluoroscopy the C7-T1
interlaminar space was entered by loss of resistance to saline using an 18G Tuohy needle, paramedian left approach.
Epidural spread confirmed with 1ml iopamidol (Isovue-M 200) on AP and lateral views, both saved. Injected
methylprednisolone (Depo-Medrone) 80mg diluted with 3ml preservative-free saline. Pain score NRS 7 before and NRS 3
after. There were no complications. Stable on discharge.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("iopamidol", 1, "ml")],
        pain=(7, 3), need=ESI_NEED, codes=[line("62321"), line("J1040")], findings=[], dos="2023-10-26", pos="11")

    add("fdg-ilesi-02", "inline fields", """
Procedure: Lumbar interlaminar epidural steroid injection, L4-L5. Date of service: 17/02/2026. Location: hospital day unit.
Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062).
History: Pain in the low back and both buttocks radiating into both thighs and calves on walking, since 1 year. Tingling in
both feet. She has done physiotherapy for 8 weeks and takes paracetamol and naproxen. Walking distance reduced to 100 m; she
has given up her daily walk to the market.
Imaging: MRI: severe central canal stenosis at L4/5 from facet hypertrophy and ligamentum flavum thickening.
Consent: Procedure explained, questions answered, written consent signed.
Time out: Done.
Sedation: Nil.
Technique: Prone, fluoroscopy. 18G Tuohy needle, midline interlaminar approach at L4-L5, loss of resistance to air.
Omnipaque 300 2ml showed epidural spread, AP and lateral images saved.
Injectate: triamcinolone 60mg (1.5ml of 40mg/ml) with 4ml normal saline.
Pain: VAS 8/10 pre, VAS 4/10 post.
Complications: None.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 60), given("iohexol", 2, "ml")],
        pain=(8, 4), need=minus(ESI_NEED, "conservative_care"), codes=[line("62323")], findings=["conservative_care"],
        dos="2026-02-17", pos="22",
        comment="Physiotherapy and analgesics are only listed, with no outcome: conservative care is not documented.")

    add("fdg-caudal-01", "odd spacing", """
CAUDAL   EPIDURAL  STEROID  INJECTION

Date :  19/05/2025          Clinic procedure room

Diagnosis :   Lumbar spinal stenosis with neurogenic claudication (M48.062)

History :  Burning pain radiating down both legs to the calves when walking , since 2 years.  Numbness of both feet.
Eight weeks of physiotherapy did not help ;  pregabalin was stopped due to dizziness.
Walking tolerance is 5 minutes ,  he can no longer do his own shopping.

Consent :   obtained  ( written )      Time out :  performed      Sedation :  none

Technique :   Prone.   Sacral hiatus identified under fluoroscopy ,  22G needle into the caudal epidural space.
Omnipaque 300   3ml  -  epidural spread up to L5 ,  no vascular uptake.   AP and lateral images saved.
Injected methylprednisolone 80mg with bupivacaine 0.25% 8ml and 2ml saline.

Pain :   NRS 6 before ,   NRS 2 after
Complications :   none
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("bupivacaine", 20), given("iohexol", 3, "ml")],
        pain=(6, 2), need=minus(ESI_NEED, "imaging_findings"), codes=[line("62323"), line("J1010", units=80)],
        findings=["imaging_findings"], dos="2025-05-19", pos="11", comment="No imaging result is written.")

    add("fdg-mbb-01", "capitalised headers", """
BILATERAL L4-L5 AND L5-S1 MEDIAL BRANCH BLOCKS (DIAGNOSTIC)
DATE: 8 April 2026          DAY SURGERY UNIT

DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816)

HISTORY: Axial low back pain for 14 months, worse on extension and rotation, no radiation below the knees. Facet
loading positive on both sides. Six months of physiotherapy, core programme and regular NSAIDs - pain unchanged.
She cannot stand to cook for more than 15 minutes and has difficulty getting out of a chair.

CONSENT: The procedure was explained to the patient and written consent was taken.
TIME OUT: Done before starting.
SEDATION: None.

PROCEDURE: First diagnostic block. Prone. Under fluoroscopy 22G needles were placed at the L3 and L4 medial
branches and the L5 dorsal ramus on the right and on the left (six nerves). No contrast used. Bupivacaine 0.5%
0.5ml injected at each nerve.

PAIN SCORE: VAS 7/10 before; VAS 1/10 at 30 minutes. Pain diary given.
COMPLICATIONS: None.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=False, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(7, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2026-04-08", pos="24")

    add("fdg-mbb-02", "title-case headers", """
Right L3-4 And L4-5 Medial Branch Block - Second (Confirmatory) Diagnostic Block
Date: 29/07/2025          Hospital Outpatients

Diagnosis: Lumbar Spondylosis Without Radiculopathy (M47.816)

History: Right sided low back pain since 2 years, aggravated by extension. Physiotherapy for 3 months and
diclofenac gave no relief. Difficulty bending to put on shoes and cannot lift his grandchild.
The first medial branch block on 02/06/2025 gave 85% relief for 5 hours.

Consent: Written consent obtained after explanation of risks.
Sedation: None given.

Procedure: Prone. Using fluoroscopy, needles positioned at the right L2, L3 and L4 medial branches. Lidocaine 2%
0.5ml injected at each branch.

Pain: NRS 6 pre, NRS 1 post.
Complications: No complications.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=["time_out"], dos="2025-07-29",
        pos="22", comment="L2, L3 and L4 medial branches = L3-L4 and L4-L5 joints. No time-out is written.")

    add("fdg-facet-01", "bullets", """
Left L4-5 and L5-S1 intra-articular facet joint injections (therapeutic)
* Date: 16/10/2025, clinic procedure suite
* Diagnosis: Lumbar facet arthropathy / lumbar spondylosis (M47.816)
* Pain since 18 months in the left low back and buttock, no leg symptoms
* Physiotherapy for 12 weeks and ibuprofen - no sustained improvement
* Unable to stand at work beyond 30 minutes; sleep disturbed
* Two diagnostic medial branch blocks earlier this year gave 90% and 85% relief respectively
* Consent: written, after explaining the procedure and risks
* Time-out completed
* No sedation
* Fluoroscopy guided, oblique view; 22G needle into the left L4-L5 and left L5-S1 facet joints, intra-articular
  position confirmed with Omnipaque 240 0.5ml in total
* Each joint: triamcinolone 20mg with 0.5ml bupivacaine 0.25%
* VAS 7/10 before, 3/10 after
* No complications
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5), given("iohexol", 0.5, "ml")],
        pain=(7, 3), need=SPINE_NEED, codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", units=4)],
        findings=[], dos="2025-10-16", pos="11")

    add("fdg-rfa-01", "dictated paragraph", """
Bilateral L4-L5 and L5-S1 radiofrequency denervation of the facet joints, 27 June 2024, day surgery centre.
Diagnosis lumbosacral spondylosis (M47.817). The patient is having axial low back pain since 3 years, with no radiation
to the legs. She has completed a physiotherapy programme of 10 weeks and takes paracetamol and celecoxib, with no
lasting relief. She is unable to walk her dog or do housework for more than a short time. Two diagnostic medial branch
blocks gave 90% and 85% relief. The procedure was explained to the patient and written consent was taken. Time out
performed. No sedation was given. Under fluoroscopy, RF cannulae were placed on the L3 and L4 medial branches and the L5
dorsal ramus on both sides. Sensory and motor testing satisfactory. After lidocaine 2% 1ml at each nerve, conventional
thermal lesions were made at 85 degrees C for 90 seconds at each of the six nerves. VAS 8/10 before and VAS 4/10
after. No complications.
""", procs=[proc("facet_rfa", region="lumbar", laterality="bilateral", levels=["L4-L5", "L5-S1"],
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 120)], pain=(8, 4), need=SPINE_NEED,
        codes=[line("64635", "50"), line("64636", "50")], findings=[], dos="2024-06-27", pos="24")

    add("fdg-rfa-02", "inline fields", """
Procedure: Right C4-C5 and C5-C6 facet radiofrequency ablation. Date: 19/08/2025. Location: hospital outpatient theatre.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).
History: Right sided neck pain for 2 years radiating to the shoulder blade, not into the arm. Eight weeks of physiotherapy and
NSAIDs failed to relieve it. She cannot turn her head to reverse the car.
Prior blocks: A diagnostic medial branch block in March gave 85% relief for 6 hours.
Consent: written informed consent obtained. Time out: performed. Sedation: none.
Technique: Supine-oblique under fluoroscopy, RF cannulae to the right C4, C5 and C6 medial branches, sensory and motor
stimulation satisfactory. Lidocaine 1% 0.5ml at each, then thermal lesioning at 80 C for 90 s at each nerve.
Pain score: NRS 7 pre, NRS 3 post.
Complications: none.
""", procs=[proc("facet_rfa", region="cervical", laterality="right", levels=["C4-C5", "C5-C6"],
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 15)], pain=(7, 3), need=SPINE_NEED,
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["diagnostic_block_relief"], dos="2025-08-19",
        pos="22", comment="Only one diagnostic block is documented; rfa.diagnostic_block_relief asks for two of >= 80%.")

    add("fdg-sij-01", "odd spacing", """
LEFT  SACROILIAC  JOINT  INJECTION   (therapeutic)

Date :  18/12/2024        Clinic

Diagnosis :  Sacroiliitis (M46.1)
History :  Left buttock pain since 10 months ,  3 of 5 provocation tests positive.
Physiotherapy 8 weeks and NSAIDs  -  no improvement.
A diagnostic left SI joint block in September gave 80% relief.

Consent :  written consent taken          Time out :  done          Sedation :  none

Technique :  Prone ,  fluoroscopy.   22G needle into the inferior left SI joint ,  intra-articular position
confirmed with Omnipaque 240  0.5ml.   AP and oblique images saved.
Injected triamcinolone 40mg  +  bupivacaine 0.5%  1.5ml.

Pain :  VAS 7/10 before ,  VAS 1/10 after  ( about 85% relief )
Complications :  none
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 7.5), given("iohexol", 0.5, "ml")],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("27096", "LT"), line("J3301", units=4)], findings=[], dos="2024-12-18", pos="11")

    add("fdg-sij-02", "bullets", """
Right sacroiliac joint injection - diagnostic
- 30 April 2025, hospital outpatient department
- Diagnosis: Sacroiliac joint dysfunction (M53.3)
- Right sided low back and buttock pain since 6 months; positive thigh thrust and compression tests
- Physiotherapy over 10 weeks and paracetamol did not reduce the pain
- Sedation: nil
- Prone, fluoroscopy; 22G needle into the lower third of the right SI joint
- Isovue-M 200 (iopamidol) 0.5ml confirmed intra-articular spread; AP and oblique images saved
- Lidocaine 2% 2ml injected
- VAS 6/10 before, 1/10 at 20 minutes (80% relief)
- No complications
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 40), given("iopamidol", 0.5, "ml")], pain=(6, 1),
        need=("diagnosis", "symptom_duration", "conservative_care"), codes=[line("27096", "RT")],
        findings=["consent", "time_out"], consent=False, dos="2025-04-30", pos="22")

    add("fdg-tpi-01", "title-case headers", """
Trigger Point Injections - Left Upper Back

Date: 22/01/2026          Outpatient Clinic

Diagnosis: Myalgia, other site (M79.18) - myofascial pain left upper back

Findings: Palpable taut bands with local twitch response and referred pain in the left trapezius, left levator scapulae
and left rhomboid major.
History: Pain since 6 months, not settling with 6 weeks of stretching exercises and paracetamol.

Consent: Verbal and written consent taken.
Time Out: Done.

Procedure: After skin preparation with chlorhexidine, a 25G needle was used to inject lidocaine 1% 2ml into the trigger
point in each of the three muscles (left trapezius, left levator scapulae, left rhomboid major). Total 6ml.

Pain: VAS 7/10 before, 2/10 after - about 70% relief.
Complications: None.
""", procs=[proc("trigger_point")], drugs=[given("lidocaine", 60)], pain=(7, 2),
        need=("diagnosis", "symptom_duration", "conservative_care"), codes=[line("20553")], findings=[], dos="2026-01-22", pos="11")

    add("fdg-gon-01", "inline fields", """
Procedure: Bilateral greater occipital nerve block. Date: 26/02/2025. Place: pain clinic.
Diagnosis: Occipital neuralgia (M54.81).
History: Shooting pain from the base of the skull to the vertex on both sides since 5 months, tender over both greater
occipital nerves.
Consent: Risks explained; the patient gave written consent. Time out: completed. Sedation: none.
Technique: Landmark technique, no imaging. At the point one third of the way from the occipital protuberance to the mastoid,
bupivacaine 0.5% 2ml with methylprednisolone 20mg was injected on each side after negative aspiration.
Pain after: NRS 2.
Complications: nil; no complications.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none", sedation="none")],
        drugs=[given("bupivacaine", 20), given("methylprednisolone_acetate", 40)], pain=(None, 2),
        need=("diagnosis", "symptom_duration"), codes=[line("64405", "50"), line("J1010", units=40)],
        findings=["pre_procedure_pain_score"], dos="2025-02-26", pos="11", payer="medicare_fcso")


def _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdg-h-tfesi-01", "dictated paragraph", """
Right S1 transforaminal epidural injection, done on the 21st of May 2026 at the day surgery centre.
This gentleman is having right leg pain since 5 months, radiating along the back of the thigh and calf to the sole and
the little toe, with numbness of the lateral border of the foot and an absent right ankle jerk. MRI showed a large right
L5/S1 disc herniation compressing the S1 nerve root. Diagnosis: S1 radiculopathy, lumbosacral (M54.17). He did
physiotherapy for 2 months and took pregabalin and tramadol; the pain did not improve and the tramadol caused
vomiting. He cannot sit through his shift as a taxi driver. He is allergic to iodinated contrast (urticaria and
wheeze), so no contrast was used; needle position was confirmed on AP and lateral fluoroscopic images, both saved.
The procedure and its risks were explained and he signed the consent form. Time out completed. No sedation. Prone, skin
infiltrated with lidocaine 1% 1ml, then a 22G needle was advanced through the right S1 posterior foramen under
fluoroscopy. After negative aspiration, dexamethasone 10mg was injected. VAS 8/10 before, VAS 3/10 after. No
complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["S1"], imaging="fluoroscopy", contrast=False, sedation="none")],
        drugs=[given("lidocaine", 10), given("dexamethasone_sodium_phosphate", 10)], pain=(8, 3), need=ESI_NEED,
        codes=[line("64483", "RT")], findings=[], dos="2026-05-21", pos="24",
        comment="Contrast withheld for a documented allergy: no contrast finding.")

    add("fdg-h-tfesi-02", "dictated paragraph", """
Repeat left L4-5 transforaminal epidural, clinic procedure room, 27/01/2026.
Lady with left lumbar radiculopathy from an L4/5 disc (M51.16). Her pain radiates down the front of the left thigh
and over the medial shin to the ankle, with reduced left knee reflex; having pain since 14 months. MRI shows a left
foraminal disc protrusion at L4/5 compressing the exiting L4 root. Physiotherapy for 3 months and naproxen did not
relieve it. She cannot climb the stairs at home without stopping. Her previous injection at this level, 5 months ago,
gave her 60% relief lasting 4 months and the pain has now returned. The patient was explained the procedure once
more and written consent was taken. Time out done. No sedation given. Prone, fluoroscopy; a 22G needle was placed in the
left L4-L5 foramen, Omnipaque 240 1ml showed spread along the L4 root into the epidural space, no vascular uptake, AP and
lateral images saved. Given dexamethasone 8mg and 0.5% bupivacaine 1ml. NRS 7 before, NRS 2 after. Complications: none.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 8), given("bupivacaine", 5), given("iohexol", 1, "ml")],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("J1100", units=8)], findings=[],
        dos="2026-01-27", pos="11", payer="medicare_cgs",
        comment="Repeat with 60% relief for 4 months: the prior response meets 50% for 90 days.")

    add("fdg-h-tfesi-03", "dictated paragraph", """
RIGHT L5-S1 TFESI
Date: 17/06/2025, hospital day case unit.
Diagnosis lumbar radiculopathy (M54.16). Pain since 4 months in the back radiating into the left buttock, lateral thigh
and top of the left foot, with weak left big toe extension. MRI: left foraminal stenosis at L5/S1 with contact of the
exiting left L5 nerve root. Physiotherapy for 6 weeks and diclofenac - still having pain despite these. She is unable to
do her job as a nurse as she cannot stand for long. Explained the procedure and written consent taken. Time out done.
No sedation. Prone, under fluoroscopy a 22G needle was guided to the left L5-S1 foramen. Iopamidol (Isovue-M 300) 1ml
confirmed perineural and epidural spread, no vascular run-off; AP and lateral views saved. Injected betamethasone
(Celestone Soluspan) 6mg. VAS 7/10 pre, VAS 2/10 post. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("iopamidol", 1, "ml")], pain=(7, 2),
        need=ESI_NEED, codes=[line("64483", "LT")], findings=["laterality_conflict"], dos="2025-06-17", pos="22",
        comment="Title says right; the needle went to the left L5-S1 foramen (left symptoms): codes follow the description.")

    add("fdg-h-ilesi-01", "dictated paragraph", """
Thoracic interlaminar epidural steroid injection T9-T10, 15/08/2024, hospital outpatient theatre.
Diagnosis thoracic radiculopathy (M54.14). Since 6 months the patient is having a burning band-like pain wrapping around
the right side of the chest wall to the upper abdomen, following the T10 dermatome, with allodynia over that strip. CT
and MRI show a right T9/10 disc protrusion with foraminal narrowing. Eight weeks of physiotherapy gave no benefit and he
could not tolerate pregabalin because of oedema of the ankles. Pain disturbs his sleep and he can no longer play bowls.
The procedure was explained with its risks and written consent was obtained. Time out done. No sedation. In the prone
position under fluoroscopy an 18G Tuohy needle was advanced at T9-T10 by a right paramedian interlaminar approach,
loss of resistance to saline. Omnipaque 240 1ml showed epidural spread, AP and lateral images kept. Triamcinolone 40mg
in 3ml saline injected. VAS before 8/10. Patient comfortable, no complications, discharged with written advice.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("iohexol", 1, "ml")], pain=(8, None), need=ESI_NEED,
        codes=[line("62321")], findings=["post_procedure_pain_score"], dos="2024-08-15", pos="22")

    add("fdg-h-mbb-01", "shorthand", """
R L3-4, L4-5, L5-S1 MBB (diagnostic) - 09/12/2025, clinic.
Dx: lumbar facet arthropathy, lumbar spondylosis (M47.816).
Hx: R sided axial LBP since 2 yrs, worse with extension and standing, no radicular sx. 12 wk physio and NSAIDs - no
benefit. Can't stand to wash up or walk > 15 min.
Consent: written, risks explained. Time out: done. Sedation: nil.
Prone, fluoro. 22G needles to R L2, L3, L4 medial branches and R L5 dorsal ramus. Lidocaine 2% 0.5ml each (4 nerves).
NRS 6 pre, NRS 1 post.
No complications.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 40)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT"), line("64495", "KX", "RT")],
        findings=["level_limit"], dos="2025-12-09", pos="11",
        comment="L2, L3, L4 medial branches and L5 dorsal ramus = L3-L4, L4-L5, L5-S1: three joints in one session.")

    add("fdg-h-grfa-01", "dictated paragraph", """
Right knee genicular nerve radiofrequency ablation, 3rd of September 2025, day surgery centre.
Diagnosis: unilateral primary osteoarthritis of the right knee (M17.11). Knee pain since 4 years; X-ray shows
tricompartmental osteoarthritis. Not a candidate for knee replacement due to cardiac disease. Physiotherapy for 3 months,
paracetamol and two steroid injections have not helped. A diagnostic genicular nerve block of the right knee in July gave 80% relief.
She cannot walk more than 100 metres. The procedure was explained; written consent taken. Time out performed. No
sedation. Under fluoroscopy, RF cannulae were placed at the superolateral, superomedial and inferomedial genicular
nerves. After sensory and motor testing and lidocaine 2% 1ml at each site, conventional thermal lesions at 80 degrees
C for 90 seconds were made. VAS 7/10 before, 3/10 after. No complications.
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                 sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care",
                                                            "functional_impairment", "imaging_findings"),
        codes=[line("64624", "RT")], findings=[], dos="2025-09-03", pos="24")

    add("fdg-h-gnb-01", "dictated paragraph", """
Left genicular nerve block under ultrasound, clinic, 11/11/2025.
Diagnosis: left knee primary osteoarthritis (M17.12). Pain for 3 years; X-ray shows medial joint space loss and
osteophytes. She has had physiotherapy for 8 weeks and paracetamol with little benefit. The patient was explained the
procedure and risks, consent taken. Time out. No sedation. Using ultrasound, the superolateral, superomedial and
inferomedial genicular nerves of the left knee were identified beside the genicular arteries and each was injected with
bupivacaine 0.5% 2ml and triamcinolone 10mg. Images saved. NRS 8 before, NRS 3 after. Patient walked out comfortably.
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="ultrasound",
                 sedation="none")],
        drugs=[given("bupivacaine", 30), given("triamcinolone_acetonide", 30)], pain=(8, 3),
        need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        codes=[line("64454", "LT"), line("J3301", units=3)], findings=["complications"], complications=None,
        dos="2025-11-11", pos="11", comment="No statement about complications.")

    add("fdg-h-stellate-01", "dictated paragraph", """
Left stellate ganglion block, 14/10/2025, hospital day unit.
Diagnosis: complex regional pain syndrome type I of the left upper limb (G90.512), since 7 months after a wrist
fracture; oedema, colour change and allodynia of the left hand. The procedure was explained and she signed the consent.
Time out done. No sedation. Supine, neck slightly extended. Under ultrasound guidance the left C6 anterior tubercle and
longus colli were identified; a 25G needle was placed under the prevertebral fascia and ropivacaine 0.2% 5ml injected in
increments with negative aspiration. Image saved. Horner's syndrome developed with temperature rise of the left hand.
Pain VAS 7/10 before, 3/10 after. No complications.
""", procs=[proc("sympathetic_block", target="stellate", laterality="left", imaging="ultrasound", sedation="none")],
        drugs=[given("ropivacaine", 10)], pain=(7, 3), need=("diagnosis", "symptom_duration"),
        codes=[line("64510"), line("76942", "26")], findings=[], dos="2025-10-14", pos="22")

    add("fdg-h-lsb-01", "dictated paragraph", """
Right lumbar sympathetic block at L3, clinic procedure room, 24/04/2025.
Diagnosis: complex regional pain syndrome type I, right lower limb (G90.521). Burning pain, oedema and colour change of
the right foot since 9 months after an ankle sprain. The patient was explained the procedure; written consent obtained.
Time out completed. No sedation. Prone. Under fluoroscopy a 22G spinal needle was advanced to the anterolateral border of
the L3 vertebral body on the right. Omnipaque 240 3ml showed a linear prevertebral spread, no vascular or psoas uptake.
Bupivacaine 0.25% 10ml was injected in divided doses. The right foot warmed by 2 degrees. VAS 8/10 before, 3/10 after.
No complications.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", laterality="right", levels=["L3"], imaging="fluoroscopy",
                 contrast=True, sedation="none")],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)], pain=(8, 3), need=("diagnosis", "symptom_duration"),
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=[], dos="2025-04-24", pos="11",
        comment="Sympathetic block codes do not include imaging: 77002 and contrast (240 mg I/mL, 3 mL) in the office.")

    add("fdg-h-hip-01", "dictated paragraph", """
Right hip intra-articular injection under fluoroscopy, 28/05/2025, hospital outpatient department.
Diagnosis: primary osteoarthritis of the right hip (M16.11). Groin pain since 1 year, X-ray shows superior joint space
narrowing. Paracetamol and physiotherapy for 10 weeks have not helped; she cannot put on her socks. Procedure explained and consent
given in writing. Time out done. No sedation. Supine. Under fluoroscopy a 22G spinal needle was advanced to the
femoral head-neck junction; Omnipaque 240 1ml confirmed intra-articular spread. Triamcinolone 40mg with bupivacaine
0.25% 4ml injected. NRS 7 pre, NRS 2 post. There were no complications.
""", procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="fluoroscopy",
                 contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 10), given("iohexol", 1, "ml")], pain=(7, 2),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        codes=[line("20610", "RT"), line("77002", "26")], findings=[], dos="2025-05-28", pos="22")

    add("fdg-h-scs-01", "dictated paragraph", """
Spinal cord stimulator trial, percutaneous, two leads. Hospital theatre, 10th of February 2026.
Diagnosis failed back surgery syndrome (M96.1) after L4-S1 fusion, with burning radicular pain radiating down both legs since 3 years. He
has had 6 months of physiotherapy, a pain management programme, gabapentin and two epidurals, all without lasting relief. Psychological
evaluation was completed in January and he was cleared for the trial. Procedure explained and written consent obtained.
Time out done. No sedation. Prone; skin and tissues infiltrated with lidocaine 1% 10ml. Under fluoroscopy, two
percutaneous leads were introduced at T12-L1 through Tuohy needles and steered to the top of T8 and mid T8. Paraesthesia
mapping covered both legs. Leads anchored and connected to the external generator. Pain VAS 8/10 before, with stimulation
on VAS 3/10. No complications.
""", procs=[proc("scs_trial", approach="percutaneous", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 100)], pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "radicular_findings"),
        codes=[line("63650", units=2), line("77003", "26")], findings=[], dos="2026-02-10", pos="22")

    add("fdg-h-va-01", "dictated paragraph", """
Kyphoplasty L1, 05/03/2026, hospital day unit.
Diagnosis: age-related osteoporotic compression fracture of L1 (M80.08XA). Severe back pain since a fall 8 weeks ago.
MRI shows bone marrow oedema in the L1 vertebral body with 30% height loss. Six weeks of a brace, paracetamol and
tramadol gave no meaningful relief; she is bedbound most of the day. Procedure explained; written consent. Under
fluoroscopy, after lidocaine 1% 10ml to the skin and periosteum, bipedicular trocars were placed into L1, balloons
inflated to restore height and bone cement was injected with no leak. VAS 9/10 before and 4/10 after. No complications.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)], pain=(9, 4),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        codes=[line("22514")], findings=["time_out"], dos="2026-03-05", pos="22")

    add("fdg-h-pump-01", "dictated paragraph", """
Intrathecal pump refill and reprogramming, pain clinic, 19/03/2026.
Diagnosis: chronic pain syndrome (G89.4) with implanted intrathecal drug delivery system. Consent taken. Time out done.
I accessed the reservoir port with a Huber needle under sterile technique, aspirated 2ml residual, and refilled
the pump with 20ml of morphine 25mg/ml. I reprogrammed the daily dose up by 10% and the next refill is due in 3 months.
No complications.
""", procs=[proc("pump_refill")], drugs=[given("morphine", 500)], pain=(None, None),
        need=("diagnosis",), codes=[line("62370")], findings=["indication"], dos="2026-03-19", pos="11",
        comment="Only a diagnosis says why (no symptom history, duration or functional limit): common.indication fails.")

    add("fdg-h-tpi-01", "dictated paragraph", """
Trigger point injections with botulinum toxin, right neck, clinic, 13/11/2025.
Diagnosis: myofascial pain of the neck (M79.12). Pain since 2 years; palpable taut bands with twitch responses and
referred headache in the right splenius capitis, right trapezius, right levator scapulae and right semispinalis
capitis. Consent taken after explaining risks. Time out done. Botox (onabotulinumtoxinA) 100 units from a single-dose
vial was reconstituted with 2ml saline; 20 units were injected into each of the four muscles (80 units total) and 20
units discarded. NRS 6 before, NRS 4 after, about 30% relief. No complications.
""", procs=[proc("trigger_point")], drugs=[given("onabotulinumtoxinA", 80, "units")], pain=(6, 4),
        need=("diagnosis", "symptom_duration"),
        codes=[line("20553"), line("J0585", units=80), line("J0585", "JW", units=20)], findings=[], dos="2025-11-13",
        pos="11")

    add("fdg-h-pnb-01", "dictated paragraph", """
Right suprascapular nerve block under ultrasound, clinic, 29/09/2025.
Diagnosis: primary osteoarthritis of the right shoulder (M19.011). Shoulder pain since 1 year, unable to lift the arm to
comb her hair. The patient was explained the procedure; consent obtained. Time out done. No sedation. Sitting; the
suprascapular notch was identified with ultrasound and a 22G needle placed beside the nerve. Bupivacaine 0.5% 5ml with
dexamethasone added was injected. Image saved. NRS 7 before, NRS 2 after. No complications.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound", sedation="none")],
        drugs=[given("bupivacaine", 25), given("dexamethasone_sodium_phosphate", None)], pain=(7, 2),
        need=("diagnosis", "symptom_duration", "functional_impairment"), codes=[line("64418", "RT"), line("76942")],
        findings=["drug_dose"], dos="2025-09-29", pos="11", comment="Dexamethasone given without an amount: no J1100 line.")
