"""Sealed final-check batch `dev_fresh_dq` (`fdq-*`): 30 fictional notes with their gold, written by hand.

Fifteen notes in generator styles (`fdq-<family>-NN`) and fifteen hand-dictated notes (`fdq-h-<family>-NN`).
Each gold was labelled from the text as written, by corpora/README.md and the KB, before and without any
Painpoint run. `build` receives the kit of `dev_fresh_d/make_notes.py`.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: N803 - the kit's names
    _generated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


OTHER_NEED = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment")


def _generated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: N803
    # G1: lumbar TFESI, left, two foramina; mixed syringe split over the sites; 'Images saved.' only.
    add("fdq-tfesi-01", "caps_headers", """
LEFT L4-L5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION WITH FLUOROSCOPIC GUIDANCE

DIAGNOSIS: Lumbar disc herniation with radiculopathy (M51.16).

INDICATIONS: Low back pain with pain radiating down the left posterolateral thigh and calf to the top of the
foot for 5 months. Straight leg raise is positive on the left at 40 degrees and sensation is reduced over the
left L5 dermatome. Six weeks of physical therapy and a trial of meloxicam did not improve the leg pain. She
cannot stand long enough to cook a meal and has stopped walking her dog. MRI of the lumbar spine shows a left
paracentral L4-L5 disc extrusion displacing the traversing left L5 root and left foraminal narrowing at L5-S1.

PAIN SCORE BEFORE PROCEDURE: 7/10

CONSENT: Risks, benefits and alternatives were explained; written informed consent was signed.

TIME-OUT: Performed with the procedure team; patient, side, levels and procedure confirmed.

PROCEDURE: The patient was placed prone and the lumbar area was prepped and draped in sterile fashion. Under
fluoroscopic guidance a 22-gauge spinal needle was advanced to the left L4-L5 foramen and a second to the left
L5-S1 foramen using oblique and lateral views. Omnipaque 240, 1 mL at each level (2 mL total), outlined the
exiting roots and the epidural space without vascular uptake. A mixture of 1 mL Kenalog-40 (40 mg) and 2 mL
0.25% bupivacaine was drawn up in one syringe and 1.5 mL of the mixture was injected at each foramen.
Images saved.

SEDATION: None.

COMPLICATIONS: None.

PAIN SCORE AFTER PROCEDURE: 2/10

DISPOSITION: Discharged home in stable condition with written instructions.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5), given("iohexol", 2, "ml")],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT")],
        findings=["saved_images"], dos="2025-03-18", pos="22",
        comment="'Images saved.' with no view count or views named: saved_images (min_views 2).")

    # G2: cervical ILESI C6-C7, bullets; no functional limitation and no time-out written.
    add("fdq-ilesi-01", "bullets", """
Procedure: Cervical interlaminar epidural steroid injection, C6-C7, fluoroscopic guidance
Diagnosis: Cervical radiculopathy (M54.12)

History:
- Neck pain radiating into the right arm, lateral forearm and thumb for 10 weeks
- Numbness of the right thumb and index finger; Spurling test reproduces the arm pain on the right
- Completed 6 weeks of physical therapy and gabapentin without meaningful change in the arm pain
- MRI cervical spine: C5-C6 and C6-C7 disc-osteophyte complexes with right foraminal stenosis at C5-C6

Pre-procedure:
- Pain 6/10
- Consent: risks, benefits and alternatives discussed; written consent signed
- Not on anticoagulants

Technique:
- Prone, sterile prep and drape
- 20-gauge Tuohy needle, right paramedian approach at C6-C7, loss of resistance with saline
- Isovue-M 300, 2 mL: epidural spread, no intrathecal or vascular pattern
- Injectate: dexamethasone (Decadron) 10 mg diluted with 2 mL preservative-free saline
- AP and lateral views saved

Post-procedure:
- Pain 3/10
- No complications
- Follow-up in 4 weeks; a second injection may be considered if relief is partial
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 2, "ml")],
        pain=(6, 3), need=minus(ESI_NEED, "functional_impairment"), codes=[line("62321"), line("J1100", units=10)],
        findings=["functional_impairment", "time_out"], dos="2024-08-14", pos="11", payer="medicare_cgs",
        comment="Saline is a diluent, not an injectate; 'a second injection may be considered' is a plan, not a repeat.")

    # G3: caudal ESI 2023, Depo-Medrol 80 mg (J1040); no conservative care; M48.06 ended 2017-09-30.
    add("fdq-caudal-01", "titlecase_headers", """
Caudal Epidural Steroid Injection Under Fluoroscopy

Diagnosis: Lumbar Spinal Stenosis With Neurogenic Claudication (M48.06)

Indication: Bilateral buttock and posterior thigh pain with standing and walking, eased by sitting or leaning
forward, present for 8 months, with aching and heaviness in both legs after one block of walking. Walking
tolerance is limited to one block and she cannot shop without leaning on a cart. MRI of the lumbar spine shows
severe central canal stenosis at L3-L4 and L4-L5 from facet and ligamentum flavum hypertrophy.

Pain Before: 6/10

Consent: Written informed consent obtained after discussing infection, bleeding, headache and nerve injury.

Time-Out: Performed; patient, procedure and site confirmed.

Procedure Details: Prone with a pillow under the pelvis. The sacral hiatus was identified on the lateral
fluoroscopic view and a 22-gauge spinal needle was advanced through the sacrococcygeal ligament into the caudal
canal. Omnipaque 300, 5 mL, filled the caudal epidural space to the mid-sacrum without vascular uptake.
Depo-Medrol 80 mg (2 mL of 40 mg/mL) was injected with 2 mL of 1% lidocaine and 4 mL of preservative-free
normal saline. AP and lateral images were saved.

Sedation: None.

Complications: None.

Pain After: 3/10
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 20), given("iohexol", 5, "ml")],
        pain=(6, 3), need=minus(ESI_NEED, "conservative_care"), codes=[line("62323"), line("J1040")],
        findings=["code_validity", "conservative_care"], dos="2023-10-05", pos="11",
        comment="M48.06 was deleted on 2017-09-30 (code_validity); the text still reads as M48.062, which supports a "
                "caudal ESI. 80 mg methylprednisolone before 2024-04-01 is one J1040 unit and is not above the 80 mg ceiling.")

    # G4: bilateral L3-L4 + L4-L5 diagnostic MBB, L2/L3/L4 medial branches, repeated on the contralateral side.
    add("fdq-mbb-01", "odd_spacing", """
PROCEDURE :   Bilateral  L3-4  and  L4-5  lumbar  medial  branch  blocks   ( first  diagnostic  block )
DIAGNOSIS :  Lumbar  spondylosis  without  myelopathy  or  radiculopathy  ( M47.816 )

HISTORY :   Axial  low  back  pain ,  worse  with  extension  and  rotation ,  for  2  years .   No  radiation  below  the  knee .
   Failed  12  weeks  of  PT  and  home  exercise ;   naproxen  gave  only  partial  relief .
   Pain  limits  standing  to  15  minutes ;   ODI  42% .

PRE-PROCEDURE  PAIN :   7/10

CONSENT :   signed ,   risks  and  benefits  reviewed
TIME  OUT :   completed  with  the  team

TECHNIQUE :
   Prone .   Skin  anesthetized  with  1%  lidocaine ,  3  mL  total .
   Fluoroscopy  used  to  find  the  junction  of  the  superior  articular  and  transverse  processes  of  L3 ,  L4  and  L5 ;
   22  g  needles  placed  on  the  right  L2 ,  L3  and  L4  medial  branches .
   0.5  mL  of  0.5%  bupivacaine  injected  at  each  medial  branch .
   The  same  was  repeated  on  the  contralateral  side .
   Contrast  was  not  used .

SEDATION :   none

POST-PROCEDURE  PAIN :   1/10   ( 86%  relief  at  30  minutes )
COMPLICATIONS :   none
PLAN :   pain  diary ;   if  80%  relief  or  more  again  after  a  confirmatory  block ,   will  consider  radiofrequency  ablation .
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=False, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15), given("lidocaine", 30)], pain=(7, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2025-11-06", pos="24",
        comment="L2, L3, L4 medial branches supply the L3-L4 and L4-L5 joints; 6 nerves x 0.5 mL of 5 mg/mL = 15 mg. "
                "'will consider radiofrequency ablation' is a plan.")

    # G5: right C4-C5 + C5-C6 thermal RFA, template boilerplate, two positive diagnostic blocks.
    add("fdq-rfa-01", "boilerplate", """
Pain Management Procedure Note [standard template]

Procedure performed: Radiofrequency ablation (neurotomy) of the right C4, C5 and C6 medial branches, right
C4-C5 and C5-C6 facet joints
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
Indication: Right-sided axial neck pain for 3 years, worse with rotation, limiting driving and overhead work
(NDI 38%). Physical therapy for 10 weeks and NSAIDs failed to control the pain. Two diagnostic medial branch
blocks at the same levels on 11/04/2025 and 12/02/2025 gave 90% and 85% relief respectively.

Pre-procedure pain score: 6/10 (NRS)

Standard pre-procedure elements:
[x] Informed consent reviewed and signed
[x] Universal protocol time-out performed
[x] Allergies reviewed
[x] Anticoagulation reviewed

Sedation: none.

Technique: The patient was placed prone and the posterior neck was prepped and draped in the usual sterile
manner. Under fluoroscopic guidance, an 18-gauge 10 cm RF cannula with a 10 mm active tip was positioned along
the right C4 medial branch and confirmed on the lateral view. Sensory stimulation at 50 Hz reproduced concordant
pain below 0.5 V; motor stimulation at 2 Hz up to 2 V caused no arm fasciculation. The site was anesthetized with
0.5 mL of 2% lidocaine and lesioned at 80 degrees C for 90 seconds, and 0.5 mL of 0.5% bupivacaine was then
injected through the cannula. The same was repeated at the remaining levels, the right C5 and C6 medial branches.

Complications: none.

Post-procedure pain score: 2/10

Attestation: I personally performed the procedure and was present for its entirety. This note was prepared
with a standardized template; every field was reviewed and edited for this patient.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 7.5)], pain=(6, 2), need=SPINE_NEED,
        codes=[line("64633", "RT"), line("64634", "RT")], findings=[], dos="2026-02-10", pos="24",
        comment="'The same was repeated at the remaining levels' (C5, C6): three sites x 0.5 mL of 2% lidocaine = 30 mg "
                "and x 0.5 mL of 0.5% bupivacaine = 7.5 mg; C4-C6 medial branches = C4-C5 and C5-C6 joints.")

    # G6: left SI joint injection, diagnostic, inline fields; pre and post scores but no percent relief stated.
    add("fdq-sij-01", "inline_fields", """
Procedure: Left sacroiliac joint injection. Intent: diagnostic. Guidance: fluoroscopy. Dx: Sacroiliitis (M46.1).
Hx: Left buttock pain below L5 over the posterior superior iliac spine for 9 months; 3 of 5 provocation tests positive (thigh thrust, compression, FABER). PT: 8 weeks plus home stretching without lasting relief. Meds: ibuprofen upset her stomach and was stopped. Function: cannot sit through a church service; walking limited to 20 minutes.
Pre-procedure pain: 8/10. Consent: written, signed. Time-out: done. Sedation: none.
Technique: Prone; contralateral oblique view of the inferior left SI joint; 22-gauge spinal needle into the joint. Contrast: Omnipaque 240, 0.5 mL, intra-articular spread, no vascular uptake. Injectate: 2 mL 0.5% bupivacaine and 0.5 mL Kenalog-40 (20 mg). Images: AP and oblique saved.
Complications: none. Post-procedure pain: 3/10. Plan: relief diary for 6 hours; follow-up in 2 weeks.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 20), given("iohexol", 0.5, "ml")],
        pain=(8, 3), need=OTHER_NEED, codes=[line("27096", "LT"), line("J3301", units=2)],
        findings=["percent_relief"], dos="2025-06-24", pos="11",
        comment="Percent relief only implied by 8/10 -> 3/10 (62.5%, below the 75% that makes a diagnostic SI block "
                "positive): si.percent_relief asks for it stated.")

    # G7: TPI, 3 muscles, bullets; no consent; fourth session in 12 months (TPI limit 3).
    add("fdq-tpi-01", "bullets", """
TRIGGER POINT INJECTIONS
* Diagnosis: Myofascial pain of the neck and upper back (M79.12)
* Exam: palpable taut bands with a local twitch response and referred pain in the left upper trapezius, left
  levator scapulae and left rhomboid major
* Duration: 14 months; a stretching program and cyclobenzaprine were tried without lasting benefit
* Sessions: this is her fourth trigger point injection session in the past 12 months (earlier sessions in
  January, April and July)
* Pre-injection pain: 8/10
* Time-out: performed
* Technique: landmark-based, no imaging; 25-gauge 1.5 inch needle; each trigger point injected after negative
  aspiration
* Injectate: 1% lidocaine (Xylocaine), 2 mL per muscle, 6 mL total
* Muscles injected: left upper trapezius, left levator scapulae, left rhomboid major (3 muscles)
* Post-injection pain: 2/10, 75% relief
* Complications: none; tolerated well
* Plan: home stretching; no further injections planned this year
""", procs=[proc("trigger_point", region="cervical", imaging="none")],
        drugs=[given("lidocaine", 60)], pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("20553")], findings=["consent", "frequency"], dos="2025-10-02", pos="11", consent=False,
        comment="Fourth TPI session in a rolling 12 months, today included (limit 3): frequency. No consent statement.")

    # G8: bilateral GON blocks, landmark, one solution split between the sides.
    add("fdq-onb-01", "caps_headers", """
BILATERAL GREATER OCCIPITAL NERVE BLOCKS

DIAGNOSIS: Occipital neuralgia (M54.81), bilateral.

HISTORY: Paroxysmal shooting pain from the suboccipital region to the vertex on both sides for 7 months, with
tenderness over both greater occipital nerves and reproduction of the pain on pressure. Topiramate and physical
therapy did not control it. The headaches keep her from working at her computer for more than an hour.

PRE-PROCEDURE PAIN: 8/10

CONSENT: Written informed consent obtained.

TIME OUT: Completed.

GUIDANCE: None; landmark technique with the occipital artery palpated.

PROCEDURE: A solution of 2 mL 0.5% bupivacaine and 1 mL triamcinolone 40 mg/mL (Kenalog-40) was prepared.
With a 25-gauge needle placed medial to the right occipital artery at the superior nuchal line, 1.5 mL was
injected at the right greater occipital nerve after negative aspiration. The remaining 1.5 mL was injected at
the left greater occipital nerve in the same way.

COMPLICATIONS: None.

POST-PROCEDURE PAIN: 2/10
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 40)], pain=(8, 2), need=OTHER_NEED,
        codes=[line("64405", "50"), line("J3301", units=4)], findings=[], dos="2025-07-15", pos="11")

    # G9: right genicular nerve block, three named branches, fluoroscopy; no post-procedure score.
    add("fdq-gnb-01", "odd_spacing", """
RIGHT    GENICULAR   NERVE   BLOCK    ( diagnostic )

Dx :   Primary  osteoarthritis ,  right  knee   ( M17.11 )
Hx :    right  knee  pain  x  4  years ;   failed  PT ,  NSAIDs  and  two  intra-articular  steroid  injections  with  short  relief ;
        walking  limited  to  10  minutes ;   declines  arthroplasty .
Pre  pain :    8 / 10

Consent   and   time-out   done .

Fluoroscopic   guidance   ( AP  and  lateral ) .    22  g  spinal  needles  to  the  superomedial ,  superolateral  and
inferomedial   genicular   nerves   at   the   junctions   of   the   femoral   shaft  with  the  epicondyles   and   of   the
tibial   shaft   with   the   medial   condyle .
Each   branch :    1.5  mL   0.5%   ropivacaine   ( Naropin ) .

No   complications .
Patient   to   keep   a   pain   log   over   the   next   6   hours ;    RF   ablation   will   be   considered   if   relief   is   50%   or   more .
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                 intent="diagnostic")],
        drugs=[given("ropivacaine", 22.5)], pain=(8, None), need=OTHER_NEED, codes=[line("64454", "RT")],
        findings=["post_procedure_pain_score"], dos="2024-12-03", pos="22",
        comment="Three branches x 1.5 mL of 5 mg/mL = 22.5 mg. 'RF ablation will be considered' is a plan.")

    # G10: left lumbar sympathetic block at L3, dictated paragraph, office: 77002 and contrast by strength.
    add("fdq-lsb-01", "dictated_paragraph", """
LEFT LUMBAR SYMPATHETIC BLOCK. The patient returns with complex regional pain syndrome type I of the left lower
limb (G90.522) that followed an ankle fracture 10 months ago, with burning pain, allodynia, color change and
swelling of the left foot; gabapentin and graded desensitization therapy have not helped, and she cannot bear
weight long enough to do her own shopping. Pain today is 8/10. After informed consent was signed and a time-out
was held, she was placed prone and the L3 vertebral body was identified under fluoroscopy. A 22-gauge 15 cm
needle was advanced from the left to the anterolateral margin of L3, and 3 mL of Omnipaque 300 outlined the
sympathetic chain without vascular or psoas spread. Fifteen milliliters (15 mL) of 0.2% ropivacaine were injected
in divided doses. Skin temperature of the left foot rose from 29.1 to 33.4 degrees C within 15 minutes. Pain
afterward was 3/10. She will return in two weeks, and a second block will be considered if the relief lasts.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                 levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("ropivacaine", 30)], pain=(8, 3), need=OTHER_NEED,
        codes=[line("64520"), line("77002"), line("Q9967", units=3)], findings=["complications"], dos="2026-04-21",
        pos="11", complications=None,
        comment="64520 does not include imaging: 77002 and, in the office, contrast per mL by iodine strength "
                "(Omnipaque 300 -> Q9967). Complications are never mentioned.")

    # G11: left hip intra-articular injection under ultrasound with a saved image; Depo-Medrol 80 mg after 2024-04-01.
    add("fdq-joint-01", "titlecase_headers", """
Ultrasound-Guided Left Hip Intra-Articular Injection

Diagnosis: Unilateral Primary Osteoarthritis, Left Hip (M16.12)

History: Left groin pain for 2 years, worse with stairs and with putting on socks and shoes. Physical therapy
and scheduled acetaminophen have not controlled it. She now walks only short distances with a cane.

Pain Before: 7/10

Consent: Verbal and written consent obtained.

Time-Out: Completed.

Technique: Supine. A curvilinear transducer was placed in an anterior oblique plane over the left femoral neck.
A 22-gauge spinal needle was advanced in plane to the femoral head-neck junction and capsular distension was
seen. Depo-Medrol 80 mg (2 mL of 40 mg/mL) with 4 mL of 1% lidocaine was injected. A permanent ultrasound image
of the needle position was saved to the chart.

Complications: None.

Pain After: 2/10
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="left",
                 imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 40)], pain=(7, 2), need=OTHER_NEED,
        codes=[line("20611", "LT"), line("J1010", units=80)], findings=[], dos="2025-01-28", pos="11")

    # G12: balloon kyphoplasty T11 + T12, moderate sedation by the proceduralist for 39 minutes.
    add("fdq-va-01", "boilerplate", """
INTERVENTIONAL SPINE PROCEDURE REPORT (standard template, reviewed)

Procedure: Bilateral transpedicular balloon kyphoplasty, T11 and T12
Diagnosis: Age-related osteoporosis with current pathological vertebral fractures, T11 and T12 (M80.08XA)
Indication: Acute mid-back pain since a fall 7 weeks ago, 9/10 on standing, in bed most of the day.
Six weeks of bracing, calcitonin and oral analgesics gave no improvement. MRI: acute compression fractures of
T11 (30% height loss) and T12 (35% height loss) with marrow edema on STIR.

Pre-procedure pain: 9/10
Consent: The risks, including cement leakage, infection, bleeding and new fractures, the benefits and the
alternatives were discussed; written consent was signed.
Time-out: Completed per universal protocol.
Sedation: Moderate sedation administered by me with midazolam 2 mg IV and fentanyl 100 mcg IV; an independent
trained RN observer monitored the patient throughout. Start 08:12, stop 08:51 (39 minutes).

Technique: Under biplanar fluoroscopy, 11-gauge access cannulas were placed bilaterally through the pedicles
of T11 and T12. Inflatable bone tamps created a cavity in each body. Polymethylmethacrylate cement, 3 mL at
T11 and 3.5 mL at T12, was delivered under continuous lateral fluoroscopy with no extravasation.

Complications: None.
Post-procedure pain: 3/10

Attestation: I was present for the entire procedure. Template elements were reviewed for accuracy.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T11", "T12"],
                 imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 100, "mcg")], pain=(9, 3),
        need=(*OTHER_NEED, "imaging_findings"),
        codes=[line("22513"), line("22515"), line("99152"), line("99153", units=2)], findings=[], dos="2025-05-13",
        pos="22", comment="Two thoracic bodies with cavity creation: 22513 + 22515. 39 minutes by the proceduralist with an observer: "
                          "99152 + 99153 x 2 (23-37 min one unit, 38-52 min two).")

    # G13: SCS trial, two percutaneous leads, office, inline fields.
    add("fdq-scs-01", "inline_fields", """
Procedure: Spinal cord stimulator trial, percutaneous, 2 leads. Guidance: fluoroscopy. Dx: Failed back surgery syndrome (M96.1) with chronic bilateral lower extremity radicular pain.
History: Low back and bilateral leg pain for 3 years after an L4-S1 fusion; burning pain down both legs to the feet. Physical therapy, gabapentin, duloxetine and two epidural injections have failed. Function: sitting limited to 20 minutes, unable to work. Psych: psychological evaluation on 04/22/2026 cleared her for neuromodulation, no contraindication.
Pre-procedure pain: 8/10. Consent: signed. Time-out: done. Sedation: none. Local: 1% lidocaine 10 mL at the entry sites.
Technique: Prone. Two 14-gauge Tuohy needles entered the epidural space at L1-L2 (left and right paramedian) by loss of resistance. Two 8-contact percutaneous leads were advanced under fluoroscopy to the top of T8 (left) and the middle of T9 (right). Paresthesia mapping covered both legs and the low back. Leads sutured to the skin and connected to the external trial generator.
Complications: none. Post-procedure pain: 4/10 with stimulation on. Trial length: 7 days.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 100)], pain=(8, 4), need=(*OTHER_NEED, "radicular_findings"),
        codes=[line("63650", units=2), line("77003")], findings=[], dos="2026-06-09", pos="11")

    # G14: morphine pump refill with reprogramming by the physician.
    add("fdq-pump-01", "caps_headers", """
INTRATHECAL PUMP REFILL AND REPROGRAMMING

DIAGNOSIS: Chronic pain syndrome (G89.4); failed back surgery syndrome.

INDICATION: Scheduled refill; the low-reservoir alarm date is in 9 days, and she reports more evening leg pain
on the current dose.

CONSENT: Verbal consent obtained for refill and dose change.

TIME-OUT: Performed.

INTERROGATION: Programmable pump interrogated with the clinician programmer; reservoir volume 2.8 mL, consistent
with the expected volume.

PROCEDURE: Performed by me. The skin over the pump was prepped with chlorhexidine. Using the template, a
22-gauge non-coring needle entered the central reservoir port; 2.6 mL of old drug was aspirated and discarded.
The reservoir was refilled with 20 mL of preservative-free morphine 25 mg/mL (500 mg).

REPROGRAMMING: Daily dose increased from 4.0 mg/day to 4.4 mg/day; new alarm date entered and confirmed.

COMPLICATIONS: None.
""", procs=[proc("pump_refill")], drugs=[given("morphine", 500)], pain=(None, None), need=("diagnosis",),
        codes=[line("62370")], findings=[], dos="2024-09-10", pos="11")

    # G15: right SI lateral branch blocks (L5 dorsal ramus, S1-S3), dictated paragraph; no pre-procedure score.
    add("fdq-sinb-01", "dictated_paragraph", """
RIGHT L5 DORSAL RAMUS AND S1, S2, S3 LATERAL BRANCH BLOCKS. Diagnosis is right sacroiliac joint pain (M53.3).
She has had right buttock pain below the belt line for 2 years; physical therapy and chiropractic care have not
relieved it, and she cannot stand for more than 10 minutes at a time. This is a diagnostic block. Consent was
obtained and a time-out was performed. She was placed prone and no sedation was given. Under fluoroscopy a
22-gauge needle was placed at the junction of the right S1 superior articular process and the sacral ala for the
L5 dorsal ramus, and then at the lateral margins of the right S1, S2 and S3 posterior foramina for the lateral
branches. At each of the four sites 0.5 mL of 0.5% bupivacaine was injected. There were no complications. After
30 minutes her pain was 1/10, which she rated as 90% relief, and she will record her relief for the next 6 hours.
If it holds, a confirmatory block and then radiofrequency ablation will be considered.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10)], pain=(None, 1), need=OTHER_NEED, codes=[line("64451", "RT")],
        findings=["pre_procedure_pain_score"], dos="2025-08-19", pos="24",
        comment="SI joint nerve block (64451), not facet work, although the L5 dorsal ramus is named.")


def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: N803
    # H1: cervical SNRBs, clipped; title LEFT, body and diagnosis R -> laterality_conflict.
    add("fdq-h-tfesi-01", "hand_clipped", """
Proc: LEFT C6 and C7 selective nerve root blocks
Dx: cerv radiculopathy, R C6-7 (M54.12)
HPI: pt w/ R arm pain x 3 mo radiating to R thumb, index + middle fingers, paresthesias same distribution, +Spurling R. Failed PT x 6 wk + gabapentin (sedating, stopped). Can't sleep > 2 hrs, can't lift grandchild. MRI C-spine: R foraminal stenosis C5-6 and C6-7, uncovertebral spurs.
Pre: 7/10.
Consent signed, time out done.
Prone, fluoro. Oblique view, 25g 3.5" needle to posterior aspect of R C5-6 foramen (C6 root), lateral view confirmed depth. Omnipaque 240 0.5 mL -> root outline, no vascular uptake on live fluoro. Dex 4 mg + 0.5 mL 1% lido injected.
Same sequence at R C6-7 foramen (C7 root): 0.5 mL Omnipaque 240, then dex 4 mg + 0.5 mL 1% lido.
AP + lat images saved.
No sedation. No cx.
Post: 2/10.
F/u 3 wk.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 8), given("lidocaine", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64479", "RT"), line("64480", "RT")],
        findings=["laterality_conflict"], dos="2025-10-14", pos="24",
        comment="Title says LEFT; the diagnosis and every needle are right: codes follow the description (RT), "
                "and the difference is laterality_conflict. C6 and C7 roots -> C5-C6 and C6-C7 foramina.")

    # H2: thoracic ILESI, verbose; contrast anaphylaxis -> no contrast (accepted reason); no imaging findings.
    add("fdq-h-ilesi-01", "hand_verbose", """
Procedure note: thoracic interlaminar epidural steroid injection, T10-T11

This is a very pleasant patient whom I am seeing again for a band of burning pain that wraps from the right side
of the mid back around the lower ribs toward the upper abdomen, following the right T10 dermatome, which has now
been present for approximately five months. The pain is worse when she twists or takes a deep breath, and she
describes dysesthesia of the skin along the same band. She has worked through eight weeks of a formal physical
therapy program and has taken gabapentin up to 900 mg daily as well as a lidocaine patch, none of which has made
a meaningful difference in her pain. She tells me she can no longer sit through a full workday at her desk and
that she is sleeping poorly. Her working diagnosis is thoracic radiculopathy (M54.14). No herpetic rash was ever
present.

Of note, she has a documented history of anaphylaxis to iodinated contrast during a CT scan several years ago,
and for that reason no contrast was used today; epidural placement was confirmed by loss of resistance and by the
fluoroscopic position of the needle.

After a thorough discussion of the risks, which include infection, bleeding, dural puncture with headache, nerve
injury and the small risk of spinal cord injury at this level, as well as the benefits and alternatives, she
signed written consent. We performed a time-out confirming her identity, the procedure and the level. Her pain
before the procedure was 6 out of 10.

She was positioned prone, and the thoracic region was prepped and draped in the usual sterile manner. Under
fluoroscopic guidance the T10-T11 interlaminar space was identified, and a 20-gauge Tuohy needle was advanced by a
right paramedian approach until loss of resistance to saline was obtained at a depth of 5.5 cm. After negative
aspiration for blood and cerebrospinal fluid, we injected 10 mg of dexamethasone diluted in 3 mL of
preservative-free normal saline. AP and lateral fluoroscopic images were saved to document the needle position.

No sedation was given. There were no complications, and she walked to recovery without difficulty. Her pain
afterward was 4 out of 10. She will follow up in four weeks to review her response.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=False, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10)], pain=(6, 4), need=minus(ESI_NEED, "imaging_findings"),
        codes=[line("62321")], findings=["imaging_findings"], dos="2024-03-12", pos="22",
        comment="No contrast with a documented anaphylaxis (accepted reason): no contrast finding. Gabapentin and the "
                "lidocaine patch are history, not injectates. No MRI or CT finding is described.")

    # H3: bilateral L5-S1 TFESI, narrative, repeated on the contralateral side; Celestone 6 mg a side = 12 mg (J0702 x 2).
    add("fdq-h-tfesi-02", "hand_narrative", """
Bilateral L5-S1 transforaminal epidural steroid injection

She is back for a repeat injection. Her first bilateral L5-S1 transforaminal injection in mid-December gave her
roughly 60% relief of the leg pain, and that relief held for about four months; the pain has crept back over the
last several weeks. She describes pain running from both buttocks down the back of each thigh into the calves,
left slightly worse than right, with tingling along the soles. It began about two years ago. Physical therapy
twice weekly for 10 weeks last year and a course of meloxicam did nothing for the leg pain. She has had to give up
her part-time job stocking shelves because she cannot stand for more than 15 minutes. Her MRI from last fall shows
bilateral foraminal narrowing at L5-S1 from a broad-based disc bulge and facet hypertrophy, contacting both
exiting L5 roots. Diagnosis: lumbosacral radiculopathy (M54.17).

Pre-procedure pain was 7/10. We went over the risks again and she signed consent; the time-out was completed with
the whole team.

With her prone, we squared off the L5-S1 endplates under fluoroscopy and obliqued to the right. A 22-gauge spinal
needle was walked into the safe triangle below the right L5 pedicle, and the lateral view confirmed the tip in
the posterior foramen. Isovue-M 300, 1 mL, spread along the L5 root and into the epidural space with no vascular
runoff. I then injected 1 mL of Celestone Soluspan (6 mg) with 1 mL of 1% lidocaine. The procedure was then
repeated on the contralateral side in the same way, with the same contrast and injectate volumes. AP and lateral
images were saved for each side.

She had no sedation. No complications. Pain afterward 2/10. She understands that we do not schedule these in a
series; we will see her back in six weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12), given("lidocaine", 20)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "50"), line("J0702", units=2)], findings=[],
        dos="2024-05-20", pos="11",
        comment="Repeat with 60% relief for about four months (>= 50%, >= 90 days): no prior_procedure_response. "
                "Betamethasone 12 mg is at, not above, its 12 mg ceiling.")

    # H4: three-level left TFESI, prose without headers; Kenalog and bupivacaine without amounts.
    add("fdq-h-tfesi-03", "hand_prose", """
Left L3-4, L4-5 and L5-S1 transforaminal epidural steroid injections were performed today under fluoroscopy
for left lumbar radiculopathy (M54.16) from multilevel foraminal stenosis. He has had 6 months of pain down the
front and outside of the left thigh and shin, with numbness over the left medial shin, a diminished left patellar
reflex and ankle dorsiflexion weakness graded 4/5. Physical therapy for 8 weeks and naproxen did not help. He
cannot walk more than a block and has stopped playing golf. A CT myelogram showed moderate left foraminal stenosis
at L3-L4, L4-L5 and L5-S1. Starting pain was 8/10. Consent was signed after a discussion of risks, benefits and
alternatives, and a time-out was done. With him prone, the left foramina were targeted in turn with 22-gauge
needles using oblique views; 1 mL of Omnipaque 180 at each level showed perineural and epidural flow without
vascular uptake. Kenalog mixed with 0.25% bupivacaine was then injected at each of the three levels. AP and
lateral images were kept. No sedation and no complications. Ending pain was 3/10.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", None), given("bupivacaine", None)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT", units=2)],
        findings=["drug_dose", "level_limit"], dos="2025-12-02", pos="22", payer="medicare_cgs",
        comment="Three foramina in one region (LCD allows two): level_limit; the add-on still carries 2 units. "
                "Neither the steroid nor the anaesthetic has an amount: drug_dose.")

    # H5: left L3 + L4 MB and L5 DR (= L4-L5, L5-S1), confirmatory diagnostic block, list-heavy; no time-out.
    add("fdq-h-mbb-01", "hand_list", """
Lumbar medial branch blocks #2 (confirmatory), left

Diagnosis:
1. Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
2. Left lower lumbar facet-mediated pain

Why today:
- Left-sided low back pain, 18 months, non-radiating
- Worse with extension, standing, rolling in bed
- Failed: 12 weeks of PT; meloxicam; chiropractic - no lasting benefit
- Limits: can stand only 10 min at the sink; ODI 38%
- Block #1 (08/19/2025, same nerves): 90% relief for 2 hours

Before:
- Pain 6/10
- Consent reviewed, signed
- Anticoagulation: none

Targets (left):
- L3 medial branch
- L4 medial branch
- L5 dorsal ramus

Technique:
- Prone; fluoroscopy, oblique and AP views
- 22 g 3.5 in needles to each target
- Omnipaque 240, 0.2 mL per target: no vascular spread
- 0.5% bupivacaine (Marcaine) 0.5 mL per target, 1.5 mL total

After:
- Pain 0/10 at 30 min (100% relief)
- Complications: none
- Sedation: none given

Plan:
- Pain diary 8 h
- If 80% relief or better again -> RF ablation of the left L4-L5 and L5-S1 joints
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("iohexol", 0.6, "ml"), given("bupivacaine", 7.5)], pain=(6, 0), need=SPINE_NEED,
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["time_out"], dos="2025-09-16",
        pos="11", payer="medicare_fcso",
        comment="L3 + L4 medial branches and the L5 dorsal ramus supply the L4-L5 and L5-S1 joints. The first block's "
                "90% meets the 80% for a confirmatory block. RF ablation is a plan.")

    # H6: bilateral thoracic intra-articular facet injections T7-T8 + T8-T9, diagnostic; cut off before the outcome.
    add("fdq-h-facet-01", "hand_dictated+truncated", """
THORACIC FACET JOINT INJECTIONS, BILATERAL T7-8 AND T8-9

Dx: Thoracic spondylosis (M47.814).

Mid-back pain between the shoulder blades for over a year, axial, worse with twisting and with prolonged sitting;
no radiation around the chest wall. Six months of PT and NSAIDs have not relieved it. She can no longer sit
through a two-hour drive. A CT of the chest showed facet arthropathy from T6 to T10. This is a diagnostic
injection, the first of two planned.

Pain 7/10 before. Consent signed; time-out held.

Prone on the fluoroscopy table. With caudal tilt, 25-gauge 3.5-inch needles entered the inferior recesses of the
right T7-T8 and T8-T9 facet joints; 0.2 mL of Isovue-M 200 in each gave an arthrogram, and 0.5 mL of 0.5%
Sensorcaine was injected into each joint. The same was then carried out on the left at T7-T8 and T8-T9 with
identical volumes. The needles were removed and she was taken to recovery, where her pain
""", procs=[proc("facet_injection", approach="intra_articular", region="thoracic", laterality="bilateral",
                 levels=["T7-T8", "T8-T9"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.8, "ml"), given("bupivacaine", 10)], pain=(7, None),
        need=(*SPINE_NEED, "imaging_findings"), codes=[line("64490", "50", "KX"), line("64491", "50", "KX")],
        findings=["complications", "post_procedure_pain_score"], dos="2026-03-03", pos="24", complications=None,
        comment="Cut off mid-sentence before the post-procedure score and any statement on complications. "
                "Four joints x 0.5 mL of 5 mg/mL = 10 mg.")

    # H7: right L2-L3 to L5-S1 RF rhizotomy (4 joints), repeat, clipped; moderate sedation by me, 22 min.
    add("fdq-h-rfa-01", "hand_clipped", """
R L2-S1 RF rhizotomy (repeat)
Dx: lumbar facet arthropathy / spondylosis (M47.816)
Hx: R axial LBP x 6 yrs. Last RFA same nerves 11/2024 -> ~75% relief x 9 mo, now back to baseline. Initial dx MBBs 2023 (both >80%). PT/HEP, NSAIDs w/o adequate relief. Can't stand > 15 min, ODI 44%.
Pre 7/10. Consent signed. Time out done.
Sedation: severe procedural anxiety, vasovagal episode at last RFA under local only -> moderate sedation by me, midazolam 2 mg + fentanyl 50 mcg IV, RN as indep. observer. Start 10:05, end 10:27 (22 min).
Tech: prone, fluoro. 18 g 100 mm RF cannulae, 10 mm active tip, parallel to R L1, L2, L3, L4 MB and L5 DR (4 jts: L2-3, L3-4, L4-5, L5-S1). Sensory 50 Hz < 0.6 V concordant; motor 2 Hz to 2 V, no LE fasciculation. 1 mL 2% lido per site, then lesion 85 C x 90 s each.
Post 3/10. No cx.
Plan: f/u 6 wk, HEP.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 100), given("midazolam", 2), given("fentanyl", 50, "mcg")], pain=(7, 3),
        need=SPINE_NEED, codes=[line("64635", "RT"), line("64636", "RT", units=3), line("99152")], findings=[],
        dos="2026-01-20", pos="11",
        comment="L1-L4 medial branches and the L5 dorsal ramus = 4 joints L2-L3..L5-S1 (64636 x 3). Repeat RFA after "
                "75% for 9 months (>= 180 days). 22 minutes of moderate sedation with an observer and a reason: 99152 only.")

    # H8: left SI joint lateral branch RF lesioning, plain short paragraphs.
    add("fdq-h-sirfa-01", "hand_plain", """
Left sacroiliac joint lateral branch radiofrequency lesioning

Diagnosis: left sacroiliac joint dysfunction (M53.3).

Two lateral branch blocks in January and February of this year each relieved her left buttock pain by more than
80%, for as long as the anesthetic was expected to last. The pain has been present for three years and has not
responded to physical therapy, an SI belt or NSAIDs; she is unable to sit for more than half an hour.

Pain before: 6/10. Consent was signed and a time-out performed. No sedation.

Under fluoroscopy, RF cannulae were placed at the left L5 dorsal ramus where it crosses the sacral ala and lateral
to the left S1, S2 and S3 posterior foramina. After sensory and motor testing, each of the four sites received
1 mL of 1% lidocaine, and thermal lesions were made at 80 degrees C for 90 seconds.

No complications. Pain after: 2/10.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 40)], pain=(6, 2), need=OTHER_NEED, codes=[line("64625", "LT")], findings=[],
        dos="2025-04-08", pos="24")

    # H9: left genicular RFA, narrative, branches named, prior diagnostic block 80%.
    add("fdq-h-grfa-01", "hand_narrative", """
Genicular nerve radiofrequency ablation, left knee

This gentleman has had left knee pain from primary osteoarthritis of the left knee (M17.12) for six years. He has
worked through physical therapy, a hinged brace, NSAIDs and several steroid injections without lasting relief, and
he has declined knee replacement because of his cardiac history. Stairs and walking more than ten minutes are now
the limiting activities. A diagnostic block of the superomedial, superolateral and inferomedial genicular nerves
on June 4 gave him 80% relief for the day.

Today his pain was 7/10. After consent and a time-out, with the knee bolstered and under fluoroscopy, three RF
cannulae were placed in turn: at the junction of the femoral shaft and the medial epicondyle for the superomedial
genicular nerve, at the junction of the femoral shaft and the lateral epicondyle for the superolateral nerve, and
at the junction of the tibial shaft and the medial condyle for the inferomedial nerve. Position was confirmed in
AP and lateral views. Sensory stimulation reproduced his knee pain at each site and motor testing showed no distal
response. Each site received 1 mL of 2% lidocaine before a thermal lesion at 80 degrees C for 90 seconds.

No sedation was needed. No complications occurred. His pain at discharge was 2/10.
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                 sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(7, 2), need=OTHER_NEED, codes=[line("64624", "LT")], findings=[],
        dos="2024-07-09", pos="11")

    # H10: right stellate ganglion block under ultrasound with a saved image, terse.
    add("fdq-h-stellate-01", "hand_terse", """
R stellate ganglion blk, US-guided
Dx: CRPS I R upper limb (G90.511), after distal radius fx 8 mo ago. Burning, allodynia, edema R hand, can't grip a cup. OT, prednisone taper, gabapentin - no help.
Pain pre 8/10. Consent + time out done. No sedation.
Supine, neck extended. Linear probe at C6: carotid, longus colli, C6 anterior tubercle seen. 25 g needle in plane lat to med to the fascia over longus colli. Naropin 0.5% 5 mL in increments, neg aspiration. Image saved to chart.
R Horner's at 10 min, R hand temp up 2.4 C.
Post 3/10. No cx.
F/u 1 wk, 2nd block if good response.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right", imaging="ultrasound",
                 sedation="none")],
        drugs=[given("ropivacaine", 25)], pain=(8, 3), need=OTHER_NEED, codes=[line("64510"), line("76942")],
        findings=[], dos="2024-11-19", pos="11",
        comment="64510 has bilateral indicator 0 under Medicare: no side modifier. Ultrasound with a saved image: 76942.")

    # H11: ganglion impar block, prose without headers, hospital outpatient: 64999 + 77002-26.
    add("fdq-h-impar-01", "hand_prose", """
Ganglion impar (ganglion of Walther) block under fluoroscopy for coccydynia (M53.3) of 14 months' duration after a
fall on ice. Sitting is limited to 15 minutes and she uses a cushion everywhere. The coccygeal pain has persisted
through eight weeks of pelvic floor physical therapy and NSAIDs. Pain before the block was 8/10. Written consent
was obtained and a time-out was done. She lay prone, and a 22-gauge spinal needle was passed through the
sacrococcygeal junction under lateral fluoroscopy until its tip lay just anterior to it. Isovue-M 200, 1 mL,
spread in a retroperitoneal comma shape without a vascular or rectal pattern. I injected 4 mL of 0.25%
bupivacaine with 20 mg of triamcinolone (Kenalog). Sedation was not used. No complications. Pain afterward was
2/10. She will sit on a wedge cushion and call with her response in 2 weeks.
""", procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy", contrast=True,
                 sedation="none")],
        drugs=[given("iopamidol", 1, "ml"), given("bupivacaine", 10), given("triamcinolone_acetonide", 20)],
        pain=(8, 2), need=OTHER_NEED, codes=[line("64999"), line("77002", "26")], findings=[], dos="2026-08-25",
        pos="22", comment="Ganglion impar: unlisted 64999, midline (no side); fluoroscopy 77002 with 26 in a facility.")

    # H12: right suprascapular nerve block under ultrasound with a saved image, list-heavy, office.
    add("fdq-h-pnb-01", "hand_list", """
Procedure: Right suprascapular nerve block, ultrasound guided

Indication:
  - Right shoulder pain for 2 years from primary osteoarthritis of the right shoulder (M19.011)
  - Not a surgical candidate; failed PT and two intra-articular injections
  - Limits: can't reach overhead, can't sleep on the right side

Pre-procedure:
  - Pain 7/10
  - Written consent
  - Time-out completed

Procedure:
  - Seated; linear transducer over the suprascapular fossa
  - Suprascapular nerve beneath the transverse scapular ligament identified, artery alongside
  - 22 g 3.5" needle in plane, lateral to medial
  - Injected: 6 mL of 0.5% ropivacaine + dexamethasone 4 mg (1 mL of 4 mg/mL)
  - Spread beneath the ligament seen
  - Ultrasound image with the needle tip saved (permanent record)

Post:
  - Pain 2/10
  - Complications: none
  - Sedation: none
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound", sedation="none")],
        drugs=[given("ropivacaine", 30), given("dexamethasone_sodium_phosphate", 4)], pain=(7, 2), need=OTHER_NEED,
        codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)], findings=[], dos="2025-04-29", pos="11")

    # H13: permanent SCS implant, verbose; MAC by a CRNA (drugs on the anesthesia record, not listed).
    add("fdq-h-scsimp-01", "hand_verbose", """
Operative note: permanent spinal cord stimulator implantation

Indication: This is a patient with failed back surgery syndrome (M96.1) following an L4-L5 laminectomy and fusion
four years ago, with constant burning pain down the right leg into the foot and aching low back pain that has been
present for more than three years. Over that time she has tried, without adequate relief, a long course of
physical therapy, gabapentin and later pregabalin, duloxetine, two transforaminal epidural injections and a course
of cognitive behavioural therapy. She cannot walk more than one block or sit for longer than 20 minutes. Her
psychological evaluation before the trial found no contraindication to neuromodulation. A seven-day percutaneous
trial in January gave her approximately 65% reduction in leg and back pain, with better sleep and walking
tolerance, and she wished to proceed with a permanent system.

Consent: The risks, including infection, bleeding, lead migration, dural puncture, nerve injury and the need for
revision, were reviewed along with the benefits and alternatives, and she signed written consent.

Time-out: Completed with nursing and anesthesia before incision.

Anesthesia: Monitored anesthesia care was provided by the CRNA of the anesthesia service, with a propofol infusion
(210 mg in total) and fentanyl 50 mcg IV, from 07:42 to 09:10.

Procedure: She was positioned prone and prepped and draped in sterile fashion. Under fluoroscopy, two 14-gauge
Tuohy needles entered the epidural space at L1-L2 through left and right paramedian approaches by loss of
resistance. Two 8-contact percutaneous leads were advanced to the top of T8 and the top of T9 near midline.
Intraoperative testing gave paresthesia over the right leg and the low back. The leads were anchored to the
fascia and tunneled to a pocket in the left upper buttock, where the implantable pulse generator was connected and
impedances were normal. Incisions were irrigated and closed in layers. A total of 20 mL of 0.25% bupivacaine with
epinephrine was infiltrated at the incisions.

Estimated blood loss: 10 mL. Complications: none. She went to recovery in stable condition.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("bupivacaine", 50)], pain=(None, None), need=(*OTHER_NEED, "radicular_findings"),
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[], dos="2025-02-25", pos="22",
        comment="Propofol and fentanyl were given by the CRNA (anaesthesia claim): not listed; the sedation facts are "
                "complete (agents, doses, times). Trial 65% (>= 50%).")

    # H14: baclofen pump refill by the clinic RN, terse; whether it was reprogrammed is not said.
    add("fdq-h-pump-01", "hand_terse", """
ITB pump refill.
Dx: spasticity due to multiple sclerosis.
Indication: scheduled refill, low reservoir.
Refill done by clinic RN under my supervision. Pump interrogated; 3.1 mL remaining, matches expected. Residual aspirated. Reservoir filled with baclofen 2000 mcg/mL, 20 mL.
Consent on file, verbal today. Time-out done. Sterile technique, 22 g non-coring needle. No cx.
Next refill ~3 mo.
""", procs=[proc("pump_refill")], drugs=[given("baclofen", 40)], pain=(None, None), need=("diagnosis",),
        codes=[line("95990")], findings=["approach"], dos="2026-10-06", pos="11",
        comment="Refilled by clinical staff (95990); interrogated but never says whether it was reprogrammed: approach "
                "(pump.reprogramming). 2000 mcg/mL x 20 mL = 40 mg placed in the reservoir.")

    # H15: SI joint injection, header fields say LEFT, the needle went right -> laterality_conflict; J1030 (2024-02).
    add("fdq-h-sij-01", "hand_header_fields", """
Procedure: LEFT sacroiliac joint injection (therapeutic)
Side: Left
Physician: attending, pain medicine
Anesthesia: local

Dx: Sacroiliitis (M46.1).

Dictation: She presents for a repeat sacroiliac joint injection. A diagnostic SI joint block in March 2023 gave 90%
relief, and the therapeutic injection in August 2023 gave 70% relief that lasted 5 months. She describes pain in
the right buttock below the belt line for 18 months, with a positive Fortin finger sign and positive thigh thrust
and compression tests on the right. Eight weeks of physical therapy and NSAIDs did not give lasting relief. She
cannot sleep on her right side or tolerate car rides longer than 30 minutes.

Pain before: 7/10. Consent signed. Time-out completed.

Prone. Under fluoroscopy the inferior third of the right SI joint was opened with a contralateral oblique tilt,
and a 22-gauge spinal needle entered the joint. Omnipaque 300, 0.5 mL, gave an arthrogram with no vascular
uptake. I injected 1 mL of Depo-Medrol 40 mg/mL with 1 mL of 0.5% bupivacaine. AP and oblique images were saved.

Pain after: 2/10, about 70% relief. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=OTHER_NEED, codes=[line("27096", "RT"), line("J1030")],
        findings=["laterality_conflict"], dos="2024-02-13", pos="11",
        comment="Title and Side field say LEFT; history, examination and the needle are right: codes follow the "
                "description (RT) and the difference is laterality_conflict. Repeat after 70% for 5 months; the "
                "diagnostic block gave 90%. 40 mg methylprednisolone before 2024-04-01: J1030 x 1.")
