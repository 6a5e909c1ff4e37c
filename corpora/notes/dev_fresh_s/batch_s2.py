"""Sealed batch, part 2 (14 notes): SI joint, trigger points, joints and bursa, genicular, sympathetic, SCS trial,
vertebral augmentation, pump refill, occipital block and one more TFESI. Gold labelled by hand before any reading
by Painpoint."""

from make_notes import ESI_NEED, SPINE_NEED, given, line, proc

SI_NEED = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment")
DX_ONLY = ("diagnosis",)


def build(add) -> None:
    add("fs-sij-01", "operative_report", """
PROCEDURE: Left sacroiliac joint injection, diagnostic, fluoroscopically guided with arthrography
DIAGNOSIS: Sacroiliitis, left (M46.1)
INDICATION: Left buttock and posterior iliac pain for 7 months, point tenderness over the left sulcus, 4 of 5
provocation tests positive (thigh thrust, compression, distraction, FABER). Six weeks of PT with an SI belt and
NSAIDs failed. She cannot sleep on her left side or climb stairs without holding the rail. Pre-procedure pain 8/10.
DETAILS: Risks explained; consent signed. Time-out completed. Prone. Fluoroscope rotated to clear the inferior joint
line. 1 mL of 1% lidocaine to the skin; 22-gauge spinal needle into the inferior left SI joint. Omnipaque 240
0.5 mL: intra-articular arthrogram without extravasation. 2 mL of 0.5% bupivacaine injected. Images saved in AP and
oblique views.
RESPONSE: Pain 1/10 at 30 minutes, 88% relief; provocation maneuvers now painless.
COMPLICATIONS: None.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 10), given("iohexol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(8, 1), need=SI_NEED, dos="2026-02-24", codes=[line("27096", "LT")], findings=[])

    add("fs-sij-02", "shorthand", """
R SIJ inj - therapeutic
Dx M46.1 R sacroiliitis. R SI pain since 2024 (>18 mo). PT x 8 wk + NSAID + SI belt failed. Unable to sit through
a meal. Dx R SIJ block 2/2026: 80% relief x 6 hrs.
Pain pre 7/10.
Consent/TO done. Fluoro. 22 g into inferior R SIJ, Isovue-M 300 0.5 mL arthrogram. Inj Kenalog 40 mg + 2 mL 0.25%
bupivacaine. AP/obl saved.
Pain post 3/10. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 3), need=SI_NEED, dos="2026-05-05", codes=[line("27096", "RT"), line("J3301", units=4)],
        findings=["percent_relief"], comment="relief only implied by pre/post scores")

    add("fs-sirfa-01", "smarttext", """
PROCEDURE: Bilateral sacroiliac joint lateral branch radiofrequency ablation (cooled RF)
Nerves: L5 dorsal ramus and S1, S2, S3 lateral branches, each side
Diagnosis: Sacroiliitis, bilateral, M46.1
History: bilateral SI joint pain x 3 years; two lateral branch blocks gave 80% relief; failed PT, NSAIDs and SI
joint injections that lasted 6 weeks each
Function: unable to walk more than 15 min, stopped working part-time
Pre-procedure pain: 7/10
Sedation: local only
Consent: signed    Time-out: performed
Technique: Prone, fluoroscopy. 1% lidocaine 10 mL total for skin and tracks. Cooled RF probes placed at the L5
dorsal ramus and lateral to the S1, S2, S3 foramina on the right, then the left. Lesions at 60 °C (cooled) for
2 min 30 s each.
Post-procedure pain: 3/10
Complications: none
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)], pain=(7, 3), need=SI_NEED, dos="2026-09-15", pos="24",
        codes=[line("64625", "50")], findings=[])

    add("fs-tpi-01", "shorthand", """
TPI x 3 muscles - R quadratus lumborum, R gluteus medius, L lumbar paraspinal (longissimus)
Dx: myofascial pain syndrome, low back/gluteal, M79.18
Taut bands with jump sign and referred pain in each muscle; pain x 4 months despite a stretching program & PT
6 wks.
Pre 6/10.
Consent. TO. 25 g needle; 2 mL 1% lidocaine into each trigger point (6 mL total), fanning technique.
Post 2/10 = 67% relief. No cx.
""",
        procs=[proc("trigger_point", intent="therapeutic")],
        drugs=[given("lidocaine", 60)], pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care"),
        dos="2026-01-08", payer="commercial_generic", codes=[line("20553")], findings=[],
        comment="commercial payer: lidocaine has no drug line under any profile, so the claim is the same")

    add("fs-tpi-02", "dictated", """
Trigger point injections, upper back.

Patient returns with myofascial pain in the upper back with several tender taut bands that twitch on palpation and
refer pain toward the shoulder blades. Diagnosis myofascial pain, M79.18. She has had these for about a year, and
stretching and massage have not held. Pain 7/10 at the start of the visit.

Time out done. After an alcohol prep, multiple trigger points in the upper back were injected with a total of 4 mL
of 0.25% bupivacaine using a 27 gauge needle. There were no complications. Pain after 3/10, roughly 55% better.
""",
        procs=[proc("trigger_point", intent="therapeutic")],
        drugs=[given("bupivacaine", 10)], pain=(7, 3), need=("diagnosis", "symptom_duration"),
        dos="2026-10-06", consent=False, codes=[line("20552")], findings=["consent", "muscle_count"],
        comment="muscles not named: the lower code 20552; no consent")

    add("fs-knee-01", "bulleted", """
Right knee intra-articular corticosteroid injection with ultrasound guidance
- Dx: primary osteoarthritis of the right knee, M17.11
- Medial joint line pain and swelling x 2 years; flares despite PT, NSAIDs, bracing; limited to 1 block walking
- Pain before 7/10
- Consent signed; time-out
- Superolateral suprapatellar approach under ultrasound (linear probe), needle seen entering the suprapatellar
  recess; image saved to the chart
- 1% lidocaine 3 mL skin; Kenalog 40 mg + 4 mL 1% lidocaine injected
- Pain after 2/10; no complications
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 70), given("triamcinolone_acetonide", 40)], pain=(7, 2), need=SI_NEED,
        dos="2026-03-17", codes=[line("20611", "RT"), line("J3301", units=4)], findings=[])

    add("fs-bursa-01", "shorthand", """
Subacromial bursa inj, RT shoulder (landmark, no imaging)
Dx: subacromial bursitis / impingement, right shoulder - M75.51
Lateral shoulder pain 4 mo, painful arc, + Neer/Hawkins; 6 wk PT no better. Can't reach overhead shelves.
Pain 6/10 pre.
Consent verbal + written, TO done. Posterior approach, 25 g 1.5". Injected 1 mL Kenalog-40 (40 mg) + 4 mL 1%
lidocaine, flowed easily.
Post 1/10. No cx. Ice at home.
""",
        procs=[proc("joint_injection", target="subacromial_bursa", region="shoulder", laterality="right",
                    imaging="none", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(6, 1), need=SI_NEED,
        dos="2026-11-03", codes=[line("20610", "RT"), line("J3301", units=4)], findings=[],
        comment="M75.51 (bursitis of right shoulder) is a valid billable code even where the KB does not list it")

    add("fs-genic-01", "operative_report", """
PROCEDURE: Right genicular nerve radiofrequency ablation (superomedial, superolateral and inferomedial genicular
nerves) under fluoroscopy
DIAGNOSIS: Primary osteoarthritis, right knee (M17.11)
INDICATION: Chronic right knee pain for 6 years in a patient who is not a surgical candidate because of COPD;
failed PT, NSAIDs, steroid and hyaluronic acid injections. A diagnostic genicular nerve block on 02/17/2026 gave 90%
relief for 7 hours. Walking tolerance 10 minutes. Pain before 8/10.
TECHNIQUE: Consent signed, time-out done. Supine, knee bolstered. AP and lateral fluoroscopy. 1% lidocaine 2 mL per
site for skin. Three 18-gauge RF cannulae with 10 mm active tips to the SM, SL and IM genicular nerve targets
(junction of the shaft and the epicondyle or tibial metaphysis). Sensory stimulation concordant, motor negative.
1 mL 2% lidocaine per nerve, then conventional thermal RF at 80 °C for 90 seconds, two lesions per nerve.
RESULT: Pain after 3/10. No complications.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 120)], pain=(8, 3), need=SI_NEED, dos="2026-04-14",
        codes=[line("64624", "RT")], findings=[])

    add("fs-lsb-01", "smarttext", """
Procedure: Lumbar sympathetic block, LEFT, L3 level
Guidance: Fluoroscopy (AP, oblique, lateral)
Diagnosis: Complex regional pain syndrome type I of the left lower limb (G90.522)
History: Burning left foot and ankle pain with allodynia, color and temperature change and swelling since an ankle
fracture 9 months ago; failed PT/desensitization, gabapentin, a prednisone burst.
Function: unable to wear a shoe or bear full weight on the left
Pre-block pain: 8/10; left foot temperature 29.8 °C
Consent: signed   Time-out: performed   Sedation: none
Technique: Prone. 2 mL 1% lidocaine skin. 22 g 5" needle to the anterolateral L3 vertebral body on the left;
Omnipaque 240 3 mL showed linear prevertebral spread, no vascular or psoas uptake. Injected 10 mL 0.25% bupivacaine
in divided doses.
Post-block: pain 3/10; left foot temperature up to 33.6 °C
Complications: none
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 3, "ml"), given("bupivacaine", 25)], pain=(8, 3),
        need=SI_NEED, dos="2026-07-21", codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=[])

    add("fs-scs-01", "dictated", """
Spinal cord stimulator trial, percutaneous, two eight-contact leads.

History: Sixty-three-year-old man with failed back surgery syndrome after an L4 to S1 fusion in 2021, with
persistent burning pain in both legs, worse on the right, and axial low back pain for over four years. He has tried
physical therapy on three occasions, gabapentin, duloxetine, a transforaminal injection series and a caudal
epidural without lasting relief, and is not a candidate for further surgery per his spine surgeon. He can walk
about 50 feet and sleeps 3 hours at a time. Diagnosis post-laminectomy syndrome, lumbar, M96.1. Pain is 8/10.

Procedure: After written consent and a time-out, he was positioned prone. Under fluoroscopy, after 10 mL of 1%
lidocaine to the skin and tracks, two 14-gauge Tuohy needles were placed into the epidural space at T12-L1 by loss
of resistance, right and left paramedian. Two eight-contact percutaneous leads were advanced under live
fluoroscopy, tips at the top of T8 and mid T8, and test stimulation covered both legs and the low back. The leads
were anchored to the skin and dressed. No complications.

He rated his pain 3/10 with stimulation in recovery and went home with the trial for 7 days.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 100)], pain=(8, 3), need=SI_NEED, dos="2026-08-25", pos="22",
        codes=[line("63650", units=2), line("77003", "26")], findings=["indication"],
        comment="no psychological evaluation documented")

    add("fs-kypho-01", "operative_report", """
OPERATIVE NOTE
PROCEDURE: L1 balloon kyphoplasty, bilateral transpedicular, under fluoroscopic guidance
PREOPERATIVE DIAGNOSIS: Osteoporotic compression fracture of L1, initial encounter (M80.08XA)
ANESTHESIA: Local
INDICATIONS: Seventy-eight-year-old woman with midline thoracolumbar pain since a fall 7 weeks ago. MRI 09/2026
shows an acute L1 compression fracture with 30% height loss and marrow edema on STIR, no retropulsion. Four weeks of
bracing, calcitonin and oxycodone have not controlled the pain; she is bedbound except for toileting. Pain 9/10.
TECHNIQUE: Consent signed; time-out. Prone on a Jackson table. Biplanar fluoroscopy. 1% lidocaine 10 mL to the skin
and periosteum over both L1 pedicles. 11-gauge access cannulae placed transpedicular on both sides into the L1
body. Balloon tamps inflated, creating cavities with partial height restoration. 4 mL of PMMA cement placed under
continuous lateral fluoroscopy with no extravasation. AP and lateral images saved.
POSTOPERATIVE: Pain 3/10 lying supine, sitting up with assistance. No complications.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)], pain=(9, 3), need=SI_NEED + ("imaging_findings",), dos="2026-09-29",
        pos="22", codes=[line("22514")], findings=[])

    add("fs-pump-01", "shorthand", """
Intrathecal pump refill - office
Dx: failed back surgery syndrome M96.1, chronic intractable pain
Pump interrogated: reservoir 3.2 mL (expected 3.0 mL), alarm date 07/30/2026.
Consent on file, reconfirmed. Time-out done.
Sterile prep; 22 g Huber needle placed into the reservoir port by me by palpation; 3.2 mL aspirated and discarded.
Refilled with 20 mL preservative-free morphine 25 mg/mL.
Pt tolerated, no complications. Return in 10 wks.
""",
        procs=[proc("pump_refill")], drugs=[given("morphine", 500)], pain=(None, None), need=DX_ONLY,
        dos="2026-06-23", codes=[line("95991")], findings=["approach", "indication"],
        comment="physician refilled ('by me'); reprogramming not stated: 95991 and the approach finding; a diagnosis "
                "with no indication or symptom history is an indication finding (common.indication, all families; "
                "gold corrected after the first reading)")

    add("fs-onb-01", "bulleted", """
Bilateral greater occipital nerve blocks
- Dx: occipital neuralgia, bilateral (M54.81) - shooting pain from the suboccipital region over the vertex on both
  sides for 8 months, Tinel's positive over both GONs; failed gabapentin, amitriptyline, PT
- Headache pain 7/10 before
- Consent obtained; time-out performed
- Landmark technique, one third of the way from the occipital protuberance to the mastoid, medial to the occipital
  artery pulse; 25 g needle, negative aspiration
- Each side: Kenalog and 0.5% bupivacaine
- Pain 2/10 after, scalp numb on both sides
- No complications
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", None), given("bupivacaine", None)], pain=(7, 2),
        need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-10-20",
        codes=[line("64405", "50")], findings=["drug_dose"], comment="no amounts: no J3301 line")

    add("fs-tfesi-06", "smarttext", """
Pain Management - Procedure Documentation
Procedure: Transforaminal epidural steroid injection, left L4-L5
Diagnosis: Lumbar radiculopathy, left L4 (ICD-10 M54.1)
Symptom history: left anterior thigh and knee pain with numbness over the medial shin, onset 4 months ago after
moving furniture; left patellar reflex trace; femoral stretch test positive on the left
Conservative treatment: 6 weeks of physical therapy, meloxicam 15 mg daily, gabapentin 300 mg TID - inadequate
relief
Functional limitation: cannot climb the stairs to her bedroom, sleeping on the couch
Imaging: MRI 07/2026 left foraminal protrusion at L4-5 compressing the exiting left L4 root
Pre-procedure pain (NRS): 7/10
Consent: informed consent signed
Universal protocol: time-out completed
Technique: prone; fluoroscopic guidance; 1% lidocaine 2 mL local; 22 g Quincke to the left L4-5 foramen
(subpedicular); Omnipaque 180, 1 mL, neurogram along the L4 root and epidural spread, no vascular uptake;
betamethasone (Celestone Soluspan) 6 mg / 1 mL + 1 mL preservative-free saline injected
Saved images: AP and lateral
Post-procedure pain (NRS): 2/10
Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(7, 2), need=ESI_NEED, dos="2026-09-09", codes=[line("64483", "LT"), line("J0702")],
        findings=["code_validity"], comment="M54.1 is a non-billable category (needs a fifth character)")
