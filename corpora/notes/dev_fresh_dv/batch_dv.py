"""Notes of the sealed final-check batch `dev_fresh_dv` (`fdv-*`), written by hand with their gold.

`_emr` holds 15 notes in a practice's own registers (EMR templates, dictation, bullets, odd spacing, one cut
off); `_published` holds 15 in the registers of published text (transcription-sample pages with capitalised
headers, case-report paragraphs in the past tense, numbered teaching steps, short checklist fields). Each note's
gold was labelled from the text by the conventions of `corpora/README.md`, before and without any Painpoint run.
"""


def _emr(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdv-tfesi-01", "templated", """
PAIN MANAGEMENT PROCEDURE NOTE
Date of service: 02/11/2025        Location: office procedure suite
Procedure: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy
Pre-op dx: Lumbar radiculopathy, left (M54.16)

Indication: 58 y/o with left buttock pain shooting down the posterior thigh into the lateral foot with
tingling in the little toe x 5 months. Straight leg raise positive on the left at 40 degrees, diminished left
ankle jerk. Eight weeks of physical therapy and a Medrol dose pack gave no meaningful improvement; meloxicam
upset her stomach and was stopped. She cannot sit through a work shift or walk her dog more than one block.
MRI lumbar spine: left paracentral L5-S1 disc extrusion contacting the traversing left S1 root.

Pain score before: 7/10.
Consent: risks/benefits/alternatives reviewed, written consent on chart.
Time-out: completed with correct patient, side and level confirmed.

Technique: Prone. Skin prepped with chlorhexidine and draped. The left L5-S1 foramen was squared off in
oblique view and the skin anesthetized. A 22 g 3.5 in spinal needle was walked into the superior aspect of the
foramen (subpedicular). Lateral view confirmed depth. Omnipaque 240, 2 mL, outlined the exiting root and
spread medially into the epidural space without vascular uptake under live fluoro. Injectate: Depo-Medrol
80 mg with 1 mL 0.25% Marcaine, given slowly.
AP and lateral images saved to PACS.

Complications: none. Tolerated well, ambulated out.
Pain after: 2/10.
Plan: f/u 3 wks; HEP.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("methylprednisolone_acetate", 80), given("bupivacaine", 2.5), given("iohexol", 2, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2025-02-11", pos="11",
        codes=[line("64483", "LT"), line("J1010", units=80)], findings=[])

    add("fdv-tfesi-02", "templated", """
Procedure Date: 06/03/2025   Facility: ambulatory surgery center
PROCEDURE PERFORMED: Bilateral L4-5 and L5-S1 transforaminal epidural steroid injections
DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062)

HPI / Indication
- Both legs ache and go numb after 5 minutes of standing, calves > thighs, for 7 months
- Aquatic therapy 10 weeks, then land PT: no lasting change; gabapentin caused dizziness
- Now unable to shop or stand to cook
- MRI: moderate central and bilateral foraminal stenosis L4-5, L5-S1 from facet and ligamentum hypertrophy

Pre-procedure pain 8/10
Informed consent signed. Universal protocol time-out done.

Details
Prone, sterile prep. Fluoroscopic guidance. At each of the four foramina (L4-5 and L5-S1, right then left) a
22 g needle was placed in the safe triangle; Isovue-M 300 showed perineural and epidural flow, no intravascular
pattern. Each site received 0.5 mL Kenalog-40 mixed with 1 mL 0.5% Naropin.
Images saved.

Complications: none
Post-procedure pain 3/10
Disposition: home with driver
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 80), given("ropivacaine", 20), given("iopamidol", None)],
        pain=(8, 3), need=ESI_NEED, dos="2025-06-03", pos="24",
        codes=[line("64483", "50"), line("64484", "50")], findings=["saved_images"],
        comment="Gap: 'Images saved.' states no views. 0.5 mL of 40 mg/mL x 4 sites = 80 mg (at the ceiling, not "
                "over); 1 mL of 0.5% ropivacaine x 4 = 20 mg. Contrast volume not stated: iopamidol dose null "
                "(contrast is not an injectate, so no drug_dose).")

    add("fdv-ilesi-01", "dictated", """
Cervical interlaminar epidural, C7-T1.

This is a 49-year-old man seen today for right arm pain. He describes a burning pain from the right side of
the neck over the shoulder blade and down the back of the arm into the middle finger, present for about four
months, with weakness of the right triceps on exam and a reduced triceps reflex. He did six weeks of
cervical traction and therapy and a course of prednisone without any relief. MRI of the cervical spine shows a
right foraminal disc osteophyte complex at C6-7 narrowing the right C7 foramen. Diagnosis is cervical
radiculopathy, M54.12.

Pain 6/10 before. Consent was obtained in writing after we discussed infection, bleeding, dural puncture and
nerve injury. We did a time-out.

He was placed prone with the neck flexed on a pillow. Under fluoroscopy the C7-T1 interspace was marked and
anesthetized with 2 mL of 1% lidocaine. An 18-gauge Tuohy needle was advanced with loss of resistance to
saline using a contralateral oblique view to judge depth. After negative aspiration, 1.5 mL of Isovue-M 300
spread in the dorsal epidural space on AP and contralateral oblique views, both saved. I then gave 10 mg of
Decadron diluted with 3 mL of preservative-free saline.

No complications. Pain 2/10 after. He will follow up in four weeks.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iopamidol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2026-05-04", pos="11",
        codes=[line("62321"), line("J1100", units=10)], findings=["functional_impairment"],
        comment="Gap: no functional limitation is described.")

    add("fdv-caudal-01", "bullets", """
CAUDAL EPIDURAL STEROID INJECTION
* DOS: 09/22/2026  * POS: outpatient hospital
* Dx: Post-laminectomy syndrome (M96.1) with bilateral leg pain
* Hx: L4-L5 decompression 2021. Since then pain in both legs into the feet with pins and needles, worse on
  walking, 14 months. Decreased light touch L5 both feet.
* Tried: PT twice a week for 3 months, duloxetine, tramadol -- still unable to walk more than 10 minutes,
  gave up volunteering.
* Imaging: MRI w/wo contrast shows epidural fibrosis around both L5 roots, no recurrent disc
* Pain pre: 6/10
* Consent: signed; time-out performed
* Technique: prone, sacral cornua palpated, 1% lidocaine to skin. Under fluoroscopy a 20 g Tuohy needle entered
  the caudal canal through the sacrococcygeal ligament; lateral view showed the tip below S3. Omnipaque 240 3 mL
  filled the sacral canal up to S1 with no vascular runoff. Injected Celestone Soluspan 12 mg (2 mL) in 8 mL
  preservative-free normal saline.
* Images: AP + lateral saved
* Complications: none
* Pain post: 3/10
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("betamethasone_sodium_phosphate_acetate", 12), given("lidocaine", None)],
        pain=(6, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-09-22", pos="22",
        codes=[line("62323")], findings=["conservative_care", "drug_dose"],
        comment="Skin lidocaine given without an amount: lidocaine dose null, drug_dose. Care listed ('Tried: ...') with only "
                "a functional limitation after it ('still unable to walk ...'): no stated outcome, conservative_care "
                "(corpora/README; gold corrected in post21).")

    add("fdv-mbb-01", "inline_fields", """
Procedure: R lumbar medial branch blocks (diagnostic #1)   Date: 09/16/2025   Setting: office
Nerves: right L3 and L4 medial branches, right L5 dorsal ramus
Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)
Indication: axial low back pain, right > left, no leg radiation, 2 years; worse with extension and rotation,
paraspinal tenderness over the lower facets. Failed 12 weeks of core strengthening PT and scheduled naproxen
(no better). Limits: can't stand at work bench > 20 min, stopped golfing.
Pre pain: 6/10    Consent: verbal and written consent obtained    Time-out: yes    Sedation: none
Technique: Prone. Fluoroscopy used. 25 g spinal needles placed at the junction of the superior articular and
transverse processes at L4 and L5 and at the sacral ala groove for the L5 dorsal ramus; Omnipaque 300 0.2 mL at
each confirmed no vascular spread. 0.5% bupivacaine 0.5 mL injected at each of the three targets.
Post pain: 1/10 (at 30 minutes; pain diary given)
Complications: none
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("iohexol", 0.6, "ml"), given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2025-09-16", pos="11",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[],
        comment="L3+L4 medial branches and L5 dorsal ramus = joints L4-L5 and L5-S1.")

    add("fdv-mbb-02", "odd_spacing", """
CERVICAL   MEDIAL  BRANCH   BLOCK  --  BILATERAL
DOS  08/27/2024        Site:   hospital outpatient department

Dx :   Cervical spondylosis without myelopathy or radiculopathy (M47.812)
Hx :   neck pain  both sides, into the trapezius ridge, no arm symptoms , 18 months.   Rotating the head to
back the car out is hard; can't read more than 15 min .  PT 8 weeks + chiropractic  --  no help.
Celecoxib  partial relief only.
Intent :   diagnostic

Pre-procedure  pain  7/10 .    Consent  signed .

Procedure :
   Prone, fluoroscopy.  Left C4, C5 and C6 medial branches targeted at the waist of the articular pillars on
   lateral view ;  each blocked with 0.5 mL 2% lidocaine.
   The same was repeated on the contralateral side  (right C4, C5, C6).
   No contrast given.

Complications :  none .     Post-procedure pain  2/10 .
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", contrast=False, intent="diagnostic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, dos="2024-08-27", pos="22",
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=["time_out"],
        comment="Gap: no time-out. C4, C5 and C6 medial branches = joints C4-C5 and C5-C6; 0.5 mL of 2% at six "
                "nerves = 60 mg.")

    add("fdv-rfa-01", "templated", """
RADIOFREQUENCY ABLATION - LUMBAR
Date: 01/20/2026                Place: hospital outpatient
Procedure: Left L4-L5 and L5-S1 facet denervation (left L3 and L4 medial branches, left L5 dorsal ramus)
Diagnosis: Lumbar facet arthropathy (M47.816)

Indication: left-sided low back pain for 3 years, non-radiating. Two separate diagnostic left medial branch
blocks at these nerves gave 90% and 85% relief for the duration of the anesthetic. PT 3 months and NSAIDs
failed. Pain keeps her from lifting her grandchild and from housework.
Pain score pre: 7/10
Consent: signed after discussion of neuritis, numbness and infection. Time out: done.

Procedure: prone, fluoroscopy. 18 g 10 cm RF cannulae with 10 mm active tips placed parallel to each nerve
along the base of the superior articular process (L4, L5) and the sacral ala (L5 dorsal ramus). Sensory
stimulation at 50 Hz reproduced concordant back pain below 0.5 V; 2 Hz motor testing to 2 V produced no leg
movement. 1 mL 2% lidocaine given through each cannula, then lesions at 80 degrees C for 90 seconds, two per
nerve after rotating the cannula.

Complications: none. Pain score post: 3/10. Post-procedure neuritis precautions reviewed.
""", procs=[proc("facet_rfa", region="lumbar", laterality="left", levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-01-20", pos="22",
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[])

    add("fdv-sij-01", "dictated", """
Right sacroiliac joint injection.

Date of service October 15, 2024, office. The patient returns with right buttock pain centered just below the
posterior superior iliac spine, present for 6 months, worse rising from a chair and rolling in bed; Fortin
finger sign, thigh thrust and FABER all reproduce it on the right. Eight weeks of pelvic stabilization PT did
not help and ibuprofen only took the edge off. Diagnosis sacroiliitis, right, M46.1. This is a diagnostic
injection.

Pre-procedure pain 8/10. Time-out was performed.

Prone. Under fluoroscopy the inferior third of the right SI joint was opened with a slight contralateral tilt.
A 22-gauge needle was placed into the joint and 1 mL of Omnipaque 300 gave an intra-articular arthrogram
without vascular uptake. AP and oblique images were saved. I then injected Kenalog 40 mg with 1 mL of 1%
Xylocaine.

No complications. Pain after 2/10, which is 75% relief; she was able to sit and stand without her usual catch.
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="right", imaging="fluoroscopy",
                 contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(8, 2), need=SPINE_NEED,
        dos="2024-10-15", pos="11", consent=False,
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=["consent"],
        comment="Gap: consent not documented. Relief 75% is not below the 75% threshold.")

    add("fdv-tpi-01", "bullets", """
Trigger Point Injections
- Date: 04/08/2026 - clinic
- Dx: Myofascial pain syndrome (M79.18)
- Neck/upper back myofascial pain x 8 months; taut bands with twitch response and referred pain
- Stretching program + cyclobenzaprine: little benefit
- Pain before: 7/10
- Consent obtained (verbal + written); time-out done
- Muscles injected (4): right upper trapezius, left upper trapezius, right levator scapulae, left rhomboid major
- Each point: 27 g needle, 2 mL of 1% lidocaine, fanned after twitch elicited
- No imaging used
- Complications: none
- Reports about 50% improvement in tightness before leaving
""", procs=[proc("trigger_point", imaging="none")],
        drugs=[given("lidocaine", 80)],
        pain=(7, None), need=("diagnosis",), dos="2026-04-08", pos="11",
        codes=[line("20553")], findings=["post_procedure_pain_score"],
        comment="Gap: no post-procedure pain score (percent improvement given). Four muscles: 20553.")

    add("fdv-stellate-01", "templated", """
PROCEDURE: Left stellate ganglion block, ultrasound guided
DATE: 03/02/2026      LOCATION: office
DIAGNOSIS: Complex regional pain syndrome type I of left upper limb (G90.512)
INDICATION: Burning pain, swelling, color change and cold allodynia of the left hand since a distal radius
fracture 7 months ago, not controlled by gabapentin and desensitization therapy.
PRE-PROCEDURE PAIN: 8/10
CONSENT: written informed consent obtained. TIME-OUT: completed.
DESCRIPTION: Supine, head turned slightly right. Linear probe at C6 showed the carotid, the longus colli and the
C6 anterior tubercle. A 25 g needle was advanced in plane to the prevertebral fascia over the longus colli;
after negative aspiration 5 mL of 0.5% Naropin was injected in divided doses with spread seen beneath the
fascia. Representative image saved to the record.
RESULT: left hand temperature rose from 29.1 to 33.4 C; ipsilateral ptosis and miosis noted.
POST-PROCEDURE PAIN: 3/10. COMPLICATIONS: none; no hoarseness.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left", imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-03-02", pos="11",
        codes=[line("64510"), line("76942")], findings=[])

    add("fdv-knee-01", "dictated", """
Right knee injection.

She comes back for her right knee. Known primary osteoarthritis of the right knee, M17.11, with medial joint
line pain and crepitus, pain 7 out of 10 today. We talked about the risks including infection and a steroid
flare, and she gave consent. Time-out done, right knee marked.

Seated with the knee bent, the anterolateral soft spot was prepped with chlorhexidine. No imaging was used;
landmark technique. Using a 22-gauge needle I injected Kenalog with 4 mL of 1% lidocaine into the joint.
Smooth flow, no resistance.

No complications. Pain 3/10 after; she walked out without her cane. Discussed hyaluronic acid if this wears off
early.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="none")],
        drugs=[given("triamcinolone_acetonide", None), given("lidocaine", 40)],
        pain=(7, 3), need=("diagnosis",), dos="2023-12-05", pos="11",
        codes=[line("20610", "RT")], findings=["drug_dose"],
        comment="Gap: Kenalog without a dose, so no J3301 line.")

    add("fdv-kypho-01", "templated", """
Procedure: Kyphoplasty T12 and L1, bilateral transpedicular
Date of Service: 07/14/2026   POS: outpatient hospital
Diagnosis: Osteoporotic compression fracture (M80.08XA)

Indication: 81-year-old with sudden midline thoracolumbar pain after lifting a laundry basket 5 weeks ago.
Five weeks of a TLSO brace, calcitonin and scheduled acetaminophen have not touched the
pain; she is now bedbound except for transfers. MRI: acute edema on STIR in the T12 and L1 bodies with 30%
height loss at L1, no retropulsion.
Pain before: 9/10
Consent: signed by patient. Time-out performed.

Technique: Prone on bolsters. Biplane fluoroscopy. Local with 5 mL 1% lidocaine at each of four entry sites.
Bilateral 11 g trocars advanced transpedicular into the anterior third of T12 and then L1. Balloons inflated
to partial height restoration; cavities filled with PMMA cement under continuous lateral imaging, no leak.

Complications: none
Pain after: 4/10
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T12", "L1"],
                 imaging="fluoroscopy")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"), dos="2026-07-14", pos="22",
        codes=[line("22513"), line("22515")], findings=[])

    add("fdv-pump-01", "inline_fields", """
Intrathecal pump refill and reprogramming | Date: 11/04/2025 | Office
Dx: Chronic pain syndrome with intrathecal drug delivery system (G89.4)
Reason: scheduled refill; low reservoir alarm in 9 days. Pain on current dose 5/10, wants a small increase.
Consent: yes, signed. Time-out: done.
Refill: Pump interrogated. Reservoir accessed with the template and a 22 g non-coring needle; 2.1 mL residual
withdrawn (matched expected). I refilled the reservoir with 20 mL morphine 25 mg/mL (preservative-free).
Reprogramming: daily rate raised 10% (simple continuous); new alarm date entered; reprogrammed and verified by
telemetry.
Complications: none. Pain after: 5/10. Next refill in about 10 weeks.
""", procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(5, 5), need=("diagnosis",), dos="2025-11-04", pos="11",
        codes=[line("62370")], findings=[],
        comment="Refilled by the author ('I refilled') and reprogrammed: 62370. 20 mL x 25 mg/mL = 500 mg.")

    add("fdv-scs-01", "dictated", """
Spinal cord stimulator trial, percutaneous two-lead placement.

This 62-year-old has failed back surgery syndrome, M96.1, after an L4 to S1 fusion in 2020, with constant
burning pain in the low back and both legs for more than three years. Twelve weeks of physical therapy,
duloxetine, gabapentin and two rounds of epidurals all failed to give lasting benefit; he has stopped working
and walks only around the house. Psychological evaluation cleared him for a trial. Pain today 8/10.

Consent was signed after we reviewed infection, lead migration and dural puncture. We did a time-out.

Prone, prepped and draped. Under fluoroscopy, 1% lidocaine 10 mL was infiltrated, and two 14-gauge Tuohy
needles were placed at T12-L1 and L1-L2 using a left and right paramedian approach. Two eight-contact
percutaneous leads were steered to the top of T8 and the middle of T8, just either side of midline.
Intraoperative testing gave concordant paresthesia over the back and both legs. The leads were anchored
to the skin and dressed.

No complications. Pain 8/10 at discharge, trial stimulation to begin tomorrow with the representative.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 8), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-06-09", pos="11",
        codes=[line("63650", units=2), line("77003")], findings=[],
        comment="Two percutaneous leads: 63650 x 2 with 77003 (office, no 26). Earlier epidurals and the 2020 "
                "fusion are history only.")

    add("fdv-ilesi-02", "dictated+truncated", """
L4-L5 interlaminar ESI

Date of service 10/07/2025, ambulatory surgery center. Patient is a 55-year-old woman with bilateral L5
radicular pain, left worse than right, shooting down the lateral legs to the dorsum of the feet with numbness,
for five months. She has had ten weeks of PT and a trial of pregabalin, both without lasting benefit, and now
cannot stand long enough to cook a meal. MRI shows a broad based L4-5 disc bulge with moderate bilateral lateral
recess narrowing. Diagnosis: lumbar disc herniation with radiculopathy (M51.16). Pre-procedure pain 7/10.
Written consent obtained. Time-out performed.

Prone. With fluoroscopic guidance the L4-L5 interspace was identified and the skin anesthetized with 3 mL of 1%
lidocaine. A 20-gauge Tuohy needle was advanced just left of midline using loss of resistance to saline, with
lateral views to follow depth. Omnipaque 240, 2 mL, confirmed epidural spread in AP and lateral projections,
both saved. Then 80 mg of triamcinolone with 2 mL preservative-free saline was injected. The needle was
removed and the patient was taken to recov
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, None), need=ESI_NEED, dos="2025-10-07", pos="24", complications=None,
        codes=[line("62323")], findings=["complications", "post_procedure_pain_score"],
        comment="Cut off before complications and the post score. 'just left of midline' is the needle path of an "
                "interlaminar (a BI-0 code with no side); laterality left null.")


def _published(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdv-h-tfesi-01", "transcription", """
PREOPERATIVE DIAGNOSIS: Right lumbosacral radiculopathy (M54.17).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Right L5 selective nerve root block at the right L5-S1 foramen with fluoroscopic guidance.
ANESTHESIA: Local. No sedation was given.
INDICATIONS: The patient is a 44-year-old male with a 10-week history of right leg pain radiating into the
calf and the top of the foot, with numbness in the first web space and a weak right extensor hallucis longus.
He completed 6 weeks of physical therapy and a steroid taper without improvement, and he is unable to drive for
more than 20 minutes or to lift at work. MRI of the lumbar spine demonstrated a right foraminal disc protrusion
at L5-S1 compressing the exiting right L5 nerve root. Preprocedure pain was rated 8/10. Risks and benefits
were discussed and informed consent was obtained. A spinal cord stimulator was mentioned only as a distant
option and is not planned.
DESCRIPTION OF PROCEDURE: The patient was brought to the procedure room and placed prone. A time-out was
completed confirming the right side and the L5-S1 level. The lumbosacral area was prepped with ChloraPrep and
draped in sterile fashion. Using an ipsilateral oblique fluoroscopic view the right L5-S1 neural foramen was
identified, and the skin was anesthetized with 1 mL of 1% lidocaine. A 22-gauge spinal needle was directed
toward the 6 o'clock position of the L5 pedicle, and its position was confirmed on AP and lateral views, which
were saved. Injection of 1 mL of Omnipaque 240 showed contrast tracking along the right L5 nerve root and into
the epidural space, with no intravascular or intrathecal spread. Dexamethasone 10 mg (1 mL) with 1 mL of 1%
lidocaine was then injected slowly. The needle was removed and a bandage applied.
COMPLICATIONS: None.
DISPOSITION: Postprocedure pain 2/10. The patient left in stable condition.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 2), need=ESI_NEED, dos="2022-06-14", pos="24",
        codes=[line("64483", "RT")], findings=[],
        comment="Selective nerve root block of L5 through the L5-S1 foramen = transforaminal at foramen L5-S1. "
                "The spinal cord stimulator is only mentioned.")

    add("fdv-h-tfesi-02", "case_report", """
Procedure: Left C6-C7 transforaminal epidural steroid injection.

A 51-year-old woman presented with a 4-month history of neck pain radiating down the right arm into the thumb and
index finger, with paresthesias in the same distribution and a diminished right brachioradialis reflex. She had
failed 8 weeks of physical therapy and a trial of gabapentin, which did not reduce her pain, and she could no
longer type at work for more than a few minutes. MRI showed right C6-C7 foraminal stenosis from an uncovertebral
osteophyte. The diagnosis was cervical radiculopathy (M54.12). Her pain was 7/10 before the procedure. Written
informed consent was obtained and a time-out was performed.

With the patient supine and the head turned away, the right C6-C7 foramen was visualized under fluoroscopy in an
oblique view. A 25-gauge blunt-tip needle was advanced to the posterior aspect of the right C6-C7 foramen, and
0.5 mL of Omnipaque 240 under live fluoroscopy with digital subtraction showed epidural spread along the right C7
root without vascular uptake; AP and oblique images were saved. Dexamethasone 6 mg was injected. There were no
complications, and her pain was 3/10 afterward.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 6)],
        pain=(7, 3), need=ESI_NEED, dos="2025-03-18", pos="22",
        codes=[line("64479", "RT")], findings=["laterality_conflict"],
        comment="Title says left; symptoms, foramen and needle are right: codes follow the description, conflict.")

    add("fdv-h-ilesi-01", "teaching_steps", """
Thoracic interlaminar epidural steroid injection, T10-T11 -- worked example

Indication: 66-year-old with band-like pain wrapping around the right lower chest wall to the upper abdomen
along the T10 dermatome, with allodynia, for 5 months. Diagnosis: thoracic radiculopathy (M54.14). He has tried
physical therapy and a lidocaine patch. The pain wakes him nightly and he can no longer lift boxes at work. MRI:
small right paracentral T10-T11 disc protrusion. Pain before: 6/10.

Steps:
1. Informed consent was signed and a time-out was carried out.
2. Prone on the fluoroscopy table; T10-T11 interspace identified on AP view and marked.
3. Skin and track anesthetized with 2 mL of 1% lidocaine.
4. A 20-gauge Tuohy needle was advanced with loss of resistance to saline, checked on a contralateral oblique
   view.
5. Omnipaque 240, 1 mL, outlined the dorsal epidural space on AP and contralateral oblique images (saved).
6. Kenalog 60 mg in 2 mL preservative-free saline was injected.
7. Needle withdrawn; no complications. Pain after: 2/10.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 60)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"), dos="2024-03-20", pos="11",
        codes=[line("62321"), line("J3301", units=6)], findings=["conservative_care"],
        comment="Gap: PT and a lidocaine patch are only listed as tried, with no outcome or length.")

    add("fdv-h-caudal-01", "checklist", """
Procedure: caudal epidural steroid injection (sacral hiatus approach)
Date: 09/12/2023
Place of service: office (11)
Diagnosis: post-laminectomy syndrome (M96.1) with bilateral leg pain
Radicular symptoms: burning pain both posterior thighs and calves, numb soles
Duration: 2 years
Conservative care: PT 12 weeks, gabapentin, home exercise -- failed
Function: cannot walk a grocery aisle, stopped gardening
Imaging: MRI - scar around the L5 roots bilaterally, L5-S1 laminectomy defect
Prior injection: second caudal; the first (March 2023) gave 60% relief for 4 months
Consent: signed
Time-out: done
Pre-procedure pain: 7/10
Guidance: fluoroscopy
Contrast: Omnipaque 240 3 mL, epidurogram without vascular uptake
Medication: Depo-Medrol 80 mg + 0.25% bupivacaine 5 mL
Images saved: AP and lateral
Complications: none
Post-procedure pain: 4/10
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 12.5)],
        pain=(7, 4), need=ESI_NEED, dos="2023-09-12", pos="11",
        codes=[line("62323"), line("J1040")], findings=[],
        comment="A repeat with a documented response (60% for 4 months). Depo-Medrol 80 mg before 2024-04-01: "
                "J1040 x 1.")

    add("fdv-h-rfa-01", "transcription", """
PROCEDURE: Right C5-C6 and C6-C7 cervical facet rhizotomy (radiofrequency neurotomy of the right C5, C6 and C7
medial branches) under fluoroscopic guidance.
PREOPERATIVE DIAGNOSIS: Cervical facet arthropathy (M47.812).
INDICATIONS: Right posterior neck pain for 2 years, not radiating, limiting the patient's ability to check blind
spots while driving and to sleep through the night. Physical therapy for 10 weeks and NSAIDs failed to help.
Two diagnostic right C5, C6 and C7 medial branch blocks on separate days gave 85% and 90% relief lasting the
expected duration of the local anesthetic. Informed consent was obtained.
DESCRIPTION OF PROCEDURE: The patient was placed prone and a time-out was performed. Under fluoroscopy, 20-gauge
RF cannulae with 10 mm active tips were advanced to the right C5, C6 and C7 articular pillars in lateral and
oblique views. Sensory stimulation at 50 Hz reproduced the familiar neck pain and motor stimulation at 2 Hz to
2 V produced no upper limb contraction. Each site was anesthetized with 0.5 mL of 2% lidocaine, and
radiofrequency lesions were made at 80 degrees Celsius for 90 seconds at each nerve.
COMPLICATIONS: None.
POSTPROCEDURE PAIN: 3/10.
""", procs=[proc("facet_rfa", region="cervical", laterality="right", levels=["C5-C6", "C6-C7"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 30)],
        pain=(None, 3), need=SPINE_NEED, dos="2025-08-05", pos="24",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["pre_procedure_pain_score"],
        comment="Gap: no pre-procedure pain score. C5, C6, C7 medial branches = joints C5-C6, C6-C7.")

    add("fdv-h-sirfa-01", "case_report", """
Case: radiofrequency lesioning of the left L5 dorsal ramus and S1-S3 lateral branches

A 60-year-old woman had left sacroiliac joint pain for 18 months (diagnosis: sacroiliitis, left, M46.1), with
pain over the left posterior superior iliac spine that kept her from sitting through a church service. Two
fluoroscopic left lateral branch blocks had each given more than 80% relief for several hours. Her pain was 6/10
before the procedure. After written consent and a time-out, she was placed prone. Under fluoroscopy, an 18-gauge
RF cannula was placed at the left sacral ala for the L5 dorsal ramus, and a strip of lesions was made lateral to
the S1, S2 and S3 foramina. Sensory testing reproduced her buttock pain and motor testing produced no lower limb
movement. At each of the four positions 1 mL of 1% lidocaine was given before conventional thermal lesions at
85 degrees Celsius for 90 seconds. She had no complications, and her pain was 4/10 at discharge.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 4), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2025-04-22", pos="22",
        codes=[line("64625", "LT")], findings=[],
        comment="Less common name: L5 dorsal ramus and S1-S3 lateral branch lesioning is SI joint RFA (64625).")

    add("fdv-h-sij-01", "teaching_steps", """
Bilateral sacroiliac joint injection (therapeutic) -- teaching example

Background: 57-year-old man with bilateral buttock pain below the PSIS for 9 months, three of five provocation
tests positive on each side. Diagnosis: sacroiliitis (M46.1). Physical therapy for 8 weeks and NSAIDs gave no
relief; he cannot sit through a meal. Diagnostic SI joint blocks last month gave 80% relief on both sides.

1. Consent: written consent signed. Time-out completed.
2. Pre-procedure pain: 7/10.
3. Position prone; fluoroscopy C-arm rotated to separate the anterior and posterior joint lines on each side.
4. Right side: 22-gauge spinal needle into the inferior joint; Isovue-M 200 0.5 mL showed an arthrogram with no
   vascular uptake; 1 mL Celestone (6 mg) with 1 mL 0.25% Sensorcaine injected.
5. Left side: the same steps were repeated on the contralateral side with the same contrast volume and mixture.
6. A single image of the right needle was saved.
7. Complications: none. Post-procedure pain: 2/10, about 70% relief.
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="bilateral", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 12), given("bupivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-02-17", pos="11",
        codes=[line("27096", "50"), line("J0702", units=2)], findings=["saved_images"],
        comment="Gap: one saved image. Celestone 6 mg x 2 sides = 12 mg, J0702 x 2; 0.25% x 1 mL x 2 = 5 mg.")

    add("fdv-h-ssn-01", "checklist", """
Procedure: Right suprascapular nerve block
Date: 05/19/2026 | Setting: office
Diagnosis: chronic right shoulder pain due to rotator cuff arthropathy
Indication: night pain and pain with overhead reach for 1 year; not a surgical candidate
Pre-procedure pain: 7/10
Consent: written
Time-out: yes
Guidance: ultrasound, in plane, needle tip in the suprascapular notch; image saved
Medication: dexamethasone 4 mg + ropivacaine 0.5% 5 mL
Complications: none
Post-procedure pain: 2/10
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound")],
        drugs=[given("dexamethasone_sodium_phosphate", 4), given("ropivacaine", 25)],
        pain=(7, 2), need=("diagnosis",), dos="2026-05-19", pos="11",
        codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)], findings=[])

    add("fdv-h-lsb-01", "case_report", """
Lumbar sympathetic block

A 38-year-old man developed burning pain, swelling, sweating and color change of the left foot eight months after
an ankle sprain, and was diagnosed with complex regional pain syndrome type I of the left lower limb (G90.522).
Gabapentin and graded motor imagery had not helped. His pain was 8/10. After informed consent was obtained and a
time-out performed, he was positioned prone and a left lumbar sympathetic block was performed at the L3 vertebral
level under fluoroscopic guidance. A 22-gauge needle was advanced to the anterolateral border of the L3 body, and
3 mL of Omnipaque 180 spread cephalad and caudad along the anterior vertebral bodies without psoas or vascular
pattern. Then 10 mL of 0.25% bupivacaine was injected in 3 mL increments. The left foot warmed by 3 degrees C.
There were no complications, and his pain fell to 3/10.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left", levels=["L3"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2024-11-12", pos="11",
        codes=[line("64520"), line("77002"), line("Q9965", units=3)], findings=[],
        comment="Office: 77002 and the contrast (Omnipaque 180, iodine 100-199: Q9965 per mL) are billed beside "
                "64520, which does not include imaging.")

    add("fdv-h-gnb-01", "teaching_steps", """
Diagnostic genicular nerve block, right knee -- step by step

Indication: chronic right knee pain from primary osteoarthritis of the right knee (M17.11), 4 years, after
failed physical therapy, NSAIDs and two steroid injections; not a candidate for knee replacement. If this block
gives 50% or more relief, radiofrequency ablation of the genicular nerves will be planned.

1. Consent obtained in writing; time-out done with the right knee marked.
2. Pain before the block: 6/10.
3. Supine with a bolster under the knee; fluoroscopy used in AP and lateral views.
4. Superomedial, superolateral and inferomedial genicular nerves targeted at the junction of the shaft and
   the epicondyle (tibial condyle for the inferomedial).
5. At each nerve 1 mL of 0.5% bupivacaine was injected.
6. Pain 30 minutes after: 1/10 with kneeling and stair testing.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=("diagnosis",), dos="2025-12-02", pos="11", complications=None,
        codes=[line("64454", "RT")], findings=["complications"],
        comment="Gap: complications not documented. The RFA is planned only.")

    add("fdv-h-scs-01", "transcription", """
PROCEDURE: Permanent spinal cord stimulator implantation: two percutaneous epidural leads and implantable pulse
generator (IPG), right upper buttock pocket.
PREOPERATIVE DIAGNOSIS: Failed back surgery syndrome (M96.1).
INDICATIONS: The patient has had low back and bilateral leg pain for 4 years after an L4-S1 fusion. Physical
therapy for 4 months, medication management and epidural injections failed. Psychological evaluation found no
contraindication. A 7-day trial last month gave 70% pain relief with improved walking tolerance.
Informed consent was obtained.
DESCRIPTION OF PROCEDURE: The patient was positioned prone and a time-out was performed. Under fluoroscopic
guidance two Tuohy needles were placed at T12-L1, and two eight-contact percutaneous leads were advanced to the
top of T8 and the middle of T8. Testing reproduced the trial paresthesia coverage. The leads were anchored to the
fascia with the anchors provided and tunneled to a pocket in the right upper buttock, where the IPG was
connected and placed. Wounds were irrigated and closed in layers. 1% lidocaine 20 mL was used for local
anesthesia.
COMPLICATIONS: None.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 200)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-08-25", pos="22",
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[],
        comment="IPG = implantable pulse generator: 63685. Two percutaneous leads 63650 x 2; facility: 77003-26. "
                "Pain scores are not asked for an implant.")

    add("fdv-h-pump-01", "checklist", """
Procedure: intrathecal baclofen pump refill
Date: 01/13/2026 | Office
Diagnosis: spasticity from spinal cord injury with intrathecal baclofen pump
Indication: scheduled refill; low reservoir alarm due next week
Consent: on file, re-signed today. Time-out: done
Pump interrogated: yes, 3.4 mL remaining
Refilled by: clinic RN
Drug placed: baclofen 2000 mcg/mL, 18 mL
Programming changes: none; rate unchanged
Complications: none
""", procs=[proc("pump_refill")],
        drugs=[given("baclofen", 36)],
        pain=(None, None), need=("diagnosis",), dos="2026-01-13", pos="11",
        codes=[line("95990")], findings=[],
        comment="Refilled by clinical staff, not reprogrammed: 95990. 18 mL x 2 mg/mL = 36 mg.")

    add("fdv-h-tfesi-03", "case_report", """
Two procedures in one session: right L4-L5 transforaminal epidural injection and right knee injection

A 67-year-old man was seen on 10/06/2026 in the office for two problems. For 6 months he had right anterior thigh
and medial shin pain with numbness over the medial shin and a reduced right knee jerk, from a right foraminal
L4-L5 disc protrusion compressing the exiting L4 root on MRI (diagnosis: lumbar radiculopathy, M54.16). Ten weeks
of physical therapy and naproxen had not relieved it, and he could no longer climb the stairs at home. He also had
primary osteoarthritis of the right knee (M17.11) with effusion and medial joint line pain. His pain was 8/10.
Written consent for both procedures was obtained and a time-out was performed.

Under fluoroscopy, a 22-gauge needle was placed into the right L4-L5 foramen; 1 mL of Isovue-M 300 outlined the
right L4 root and the epidural space without vascular uptake, with AP and lateral images saved, and 40 mg of
Depo-Medrol with 1 mL of 1% lidocaine was injected. He was then turned supine, and the right knee was injected
through a superolateral approach by landmarks, without imaging, with Kenalog 40 mg and 3 mL of 1% lidocaine. There
were no complications, and his pain was 3/10 at discharge.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True),
                proc("joint_injection", target="knee", region="knee", laterality="right", imaging="none")],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 40),
               given("triamcinolone_acetonide", 40)],
        pain=(8, 3), need=ESI_NEED, dos="2026-10-06", pos="11",
        codes=[line("64483", "RT"), line("20610", "RT"), line("J1010", units=40), line("J3301", units=4)],
        findings=[],
        comment="Two-procedure session; lidocaine 10 mg (TF) + 30 mg (knee) = 40 mg.")

    add("fdv-h-facet-01", "transcription", """
PROCEDURE: Left L3-L4, L4-L5 and L5-S1 intra-articular facet joint injections, diagnostic, under fluoroscopy.
PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).
INDICATIONS: The patient is a 70-year-old woman with left-sided low back pain for 1 year, worse with standing and
extension, without radicular features. Physical therapy for 8 weeks and acetaminophen did not relieve it. She can
no longer walk her usual mile or stand to cook. Pain before the procedure was 6/10.
CONSENT: Written informed consent was obtained.
DESCRIPTION OF PROCEDURE: In the prone position, after a time-out, the left L3-L4, L4-L5 and L5-S1 facet joints
were visualized with oblique fluoroscopy. A 22-gauge spinal needle was placed into each joint, position was
confirmed with 0.2 mL of Omnipaque 300, and 0.5 mL of 0.5% bupivacaine was injected into each joint.
COMPLICATIONS: None.
POSTPROCEDURE: Pain 2/10; a pain diary was given for the next 6 hours.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.6, "ml"), given("bupivacaine", 7.5)],
        pain=(6, 2), need=SPINE_NEED, dos="2025-05-06", pos="24",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["level_limit"],
        comment="Three facet joints in one session: level_limit (the gold still bills each joint as written).")

    add("fdv-h-tfesi-04", "dictated", """
Repeat left L4-L5 and L5-S1 transforaminal epidural steroid injections.

Date of service 07/22/2025, office. This is her third transforaminal injection this year; the earlier ones helped
some. She still has left leg pain down the lateral thigh and shin into the big toe, with numbness in the L5
distribution and a weak left ankle dorsiflexion, for 10 months. She finished 3 months of physical therapy and
tried gabapentin without improvement and remains unable to work a full shift. MRI shows left lateral recess
stenosis at L4-5 and a left foraminal protrusion at L5-S1. Remote L4-5 microdiscectomy in 2019. Diagnosis:
lumbar disc herniation with radiculopathy (M51.16). Pain 7/10 before. Consent was signed and a time-out done.

Under fluoroscopy, 22-gauge needles were placed in the left L4-5 and L5-S1 foramina; Omnipaque 240, 1 mL at each
level, showed epidural flow along the exiting roots without vascular uptake. AP and lateral images were saved.
Kenalog 40 mg was injected at each level. No complications. Pain 3/10 afterward.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 3), need=ESI_NEED, dos="2025-07-22", pos="11",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J3301", units=8)],
        findings=["prior_procedure_response"],
        comment="Gap: a repeat whose earlier response is only 'helped some'. Third in the year: within the limit. "
                "The 2019 microdiscectomy is history.")


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    """Queue the 30 notes of the batch."""
    _emr(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _published(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
