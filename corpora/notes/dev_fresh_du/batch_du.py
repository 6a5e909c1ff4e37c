"""Sealed batch `dev_fresh_du` (`fdu-*`): 30 fictional procedure notes in the register of PUBLISHED sources, with gold.

Three registers, ten notes each, all written by hand for this batch (no corpus phrase pool was read):
* journal case reports' procedure paragraphs (`case_report`: past tense, third person, equipment brands, needle gauges,
  outcome at follow-up), ids `fdu-h-*`;
* society / textbook teaching examples (`teaching`: numbered steps, pearls, a sample documentation box), five `fdu-h-*`
  and five `fdu-*`;
* payer or compliance documentation checklists (`checklist`: labelled fields, Yes/No boxes, reviewer comments), `fdu-*`.

The gold of every note was labelled from its text, by the conventions of `corpora/README.md` and the KB
(`coding/kb/*.yaml`), before and without any Painpoint run. `build` takes the kit of `dev_fresh_d/make_notes.py`.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 (kit names)
    _case_reports(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _teaching(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _checklists(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


# --------------------------------------------------------------------------------------------------------------
# (a) journal case reports
# --------------------------------------------------------------------------------------------------------------


def _case_reports(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    add("fdu-h-tfesi-01", "case_report", """
Two-level transforaminal epidural steroid injection for lumbar radiculopathy from a foraminal disc herniation: a case report

Case presentation
A 58-year-old woman presented with a 10-week history of left buttock, anterolateral thigh and shin pain extending to the dorsum of the foot, with numbness over the medial shin. Leg pain was 8/10 on the numeric rating scale (NRS); she could stand for only about 10 minutes, and her Oswestry Disability Index was 46%. Six weeks of supervised physical therapy, naproxen and gabapentin had not reduced the leg pain. Examination showed a positive femoral stretch test and a reduced patellar reflex on the left, weakness of left ankle dorsiflexion (4/5), and a positive left straight-leg raise at 45 degrees. MRI showed a left foraminal disc protrusion at L4-L5 compressing the exiting left L4 root, and left L5-S1 foraminal narrowing from a disc bulge and facet hypertrophy affecting the exiting L5 root. The diagnosis was left lumbar radiculopathy due to disc herniation (M51.16). After a discussion of risks, benefits and alternatives, written informed consent was obtained for left L4 and L5 transforaminal epidural steroid injections.

Procedure
She was positioned prone on the fluoroscopy table (OEC Elite, GE Healthcare); no sedation was given. After chlorhexidine skin preparation, each entry point was infiltrated with 2 mL of 1% lidocaine (4 mL in total). Using oblique fluoroscopic views, a 22-gauge, 3.5-inch Quincke needle was advanced to the subpedicular region of the left L4-L5 foramen and a second to the left L5-S1 foramen, and their positions were checked in anteroposterior and lateral views. At each level 1 mL of iohexol (Omnipaque 240) outlined the exiting root and flowed medially into the epidural space, with no vascular or intrathecal filling on live fluoroscopy. A solution of 1 mL dexamethasone sodium phosphate 10 mg/mL and 3 mL of 1% preservative-free lidocaine was prepared, and 2 mL of it was injected slowly at each level. Anteroposterior and lateral images of the final needle position and contrast spread were saved at both levels (Fig. 1).

Outcome
There were no complications. Fifteen minutes after the injection her leg pain was 2/10. At 4 weeks she reported about 75% improvement and was walking her dog again; at 3 months the improvement persisted and no repeat injection was planned.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 70), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 2), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT")],
        findings=["time_out"], dos="2025-06-12", pos="24",
        comment="Case-report register: no time-out is written (the gap). Roots named (L4, L5) map to the L4-L5 and "
                "L5-S1 foramina. Lidocaine 4 mL 1% at the skin + the 3 mL of 1% in the 4-mL solution, all of which was "
                "injected (2 mL x 2) = 70 mg; dexamethasone 10 mg. The 75% at 4 weeks is this injection's own "
                "follow-up, not a prior response (no repeat).")

    add("fdu-h-ilesi-01", "case_report", """
Cervical interlaminar epidural steroid injection for multilevel foraminal stenosis in an older adult: case report

A 71-year-old man was referred with 5 months of right neck and arm pain radiating over the lateral forearm into the thumb and index finger, with paresthesias in the same fingers. The pain woke him nightly, and he had stopped driving because turning his head to the right reproduced the arm pain; his Neck Disability Index was 42%. Eight weeks of physical therapy with cervical traction, followed by pregabalin (stopped for dizziness), had not lessened the arm pain. Spurling's test was positive on the right and the right brachioradialis reflex was reduced. MRI showed uncovertebral and facet hypertrophy with severe right C5-C6 and moderate right C6-C7 foraminal stenosis. He was diagnosed with cervical foraminal stenosis with right C6 radiculopathy (M48.02, M54.12). Because the disease involved two levels, an interlaminar injection at C7-T1 was chosen. Informed consent was obtained in writing.

Technique. In the prone position with the neck slightly flexed, and after a time-out confirming patient, side and level, the C7-T1 interspace was identified under fluoroscopy (Siemens Cios Alpha). The skin was infiltrated with 3 mL of 1% lidocaine. An 18-gauge, 3.5-inch Tuohy needle was advanced in a right paramedian trajectory using contralateral oblique views, and the epidural space was entered with loss of resistance to saline. Iopamidol (Isovue-M 300), 1.5 mL, produced a linear epidural spread extending cephalad on the right without vascular uptake. Triamcinolone acetonide (Kenalog-40) 40 mg mixed with 2 mL of preservative-free normal saline was then injected, and the needle was removed intact. No sedation was used.

Follow-up. He tolerated the procedure with no complications. Arm pain fell from 7/10 before the injection to 3/10 at discharge. At 6 weeks he reported 60% relief and had returned to driving.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30), given("iopamidol", 1.5, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=ESI_NEED,
        codes=[line("62321")],
        findings=["saved_images"], dos="2024-09-18", pos="22",
        comment="Fluoroscopy and contrast are described, but no saved images (let alone two views) are stated: the gap. "
                "Saline is the loss-of-resistance medium and the diluent, never an injectate.")

    add("fdu-h-rfa-01", "case_report", """
Radiofrequency neurotomy of four lumbar facet joints for multilevel facetogenic pain: a case report

A 66-year-old woman had an 18-month history of right-sided axial low back pain referred into the right buttock but not below the knee, worse with extension and rotation. She could stand at the kitchen counter for only 15 minutes and had given up gardening. Twelve weeks of physical therapy, a home exercise programme and meloxicam had not relieved the pain. There were no radicular symptoms, and the neurological examination was normal. MRI showed right-predominant facet arthropathy from L2-L3 to L5-S1 without disc herniation or stenosis. The diagnosis was lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Two diagnostic medial branch blocks on separate days, the first with a short-acting and the second with a long-acting local anesthetic, gave 90% and 85% relief respectively, each lasting as long as its anesthetic would be expected to. She consented in writing to thermal radiofrequency ablation after a discussion of its risks, benefits and alternatives.

Procedure. After a time-out, she lay prone without sedation. Under fluoroscopic guidance (Ziehm Vision RFD), 18-gauge, 100-mm curved radiofrequency cannulas with 10-mm active tips were placed parallel to the right L1, L2, L3 and L4 medial branches and the right L5 dorsal ramus. Sensory stimulation at 50 Hz was perceived below 0.5 V at every target, and motor stimulation at 2 Hz up to 2 V produced no leg fasciculation. The skin had been anesthetized with 5 mL of 1% lidocaine, and each target received 1 mL of 2% lidocaine before lesioning (5 mL in total). Lesions were made at 80 degrees C for 90 seconds at each nerve (Stryker MultiGen 2 generator).

Results. There were no complications. Her pain score was 7/10 before and 3/10 after the procedure. At 6 months she reported 70% sustained relief and was gardening again.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 150)],
        pain=(7, 3), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64635", "RT"), line("64636", "RT", units=3)],
        findings=[], dos="2025-02-04", pos="24", payer="medicare_cgs",
        comment="Nerves named instead of joints: L1+L2 MB = L2-L3, L2+L3 = L3-L4, L3+L4 = L4-L5, L4 MB + L5 dorsal ramus "
                "= L5-S1 (four joints: 64635-RT + 64636-RT x3). The two earlier diagnostic blocks' "
                "anesthetics (unnamed) were given on other days; today's lidocaine is 5 mL 1% + "
                "5 mL 2% = 150 mg. 80 degrees C counts as thermal. The 70% at 6 months is this ablation's follow-up.")

    add("fdu-h-stellate-01", "case_report", """
Ultrasound-guided stellate ganglion block for complex regional pain syndrome of the upper limb: case report

A 44-year-old right-handed woman had 5 months of burning pain, swelling, allodynia and color change in the right hand that began after a distal radius fracture treated in a cast. She met the Budapest criteria, and complex regional pain syndrome type I of the right upper limb (G90.511) was diagnosed. Gabapentin, a prednisone taper and occupational therapy with graded motor imagery gave little benefit; she could not hold a cup or type. Baseline pain was 8/10.

After written informed consent and a time-out, she lay supine with the neck slightly extended. A linear 12-4 MHz transducer (SonoSite X-Porte) was placed at the right C6 level; the longus colli, the carotid artery and the C6 anterior tubercle were identified, and color Doppler excluded vessels in the needle path. A 25-gauge, 2-inch needle was advanced in plane, lateral to medial, until the tip lay beneath the prevertebral fascia over the longus colli. After negative aspiration, 5 mL of 0.5% ropivacaine was injected in 1-mL aliquots and spread beneath the fascia. A permanent image of the needle tip and injectate spread was stored in the record. No sedation was given.

Within 10 minutes the right hand had warmed by 2.1 degrees C and a right Horner syndrome had appeared, confirming sympathetic blockade. Pain fell to 3/10. There were no complications. A series of blocks combined with intensive occupational therapy was planned.

Discussion. Ultrasound shows the vertebral and inferior thyroid arteries and the esophagus, which fluoroscopy cannot, and allows a smaller injectate volume.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound", sedation="none")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64510"), line("76942", "26")],
        findings=[], dos="2025-10-07", pos="22",
        comment="Stellate block, bilateral indicator 0 (no side modifier); ultrasound with a stored image = 76942, with 26 "
                "in the hospital outpatient department. Horner syndrome is the expected sign of the block, not a "
                "complication. 'fluoroscopy' appears only in the discussion.")

    add("fdu-h-kypho-01", "case_report", """
Two-level balloon kyphoplasty for painful osteoporotic compression fractures: a case report

A 79-year-old woman with osteoporosis (femoral neck T-score -3.1) presented with 7 weeks of severe mid-back pain that began when she lifted a laundry basket. Pain was 9/10, worse on standing and rolling in bed, and she had spent most days in a recliner. Six weeks of a thoracolumbar brace, calcitonin nasal spray, acetaminophen and tramadol had failed to control it. Radiographs showed new compression deformities of T11 (30% anterior height loss) and T12 (40% anterior height loss); MRI confirmed bone marrow edema on STIR images at both T11 and T12, without retropulsion or canal compromise. The diagnosis was osteoporotic compression fractures of T11 and T12 (M80.08XA). She gave informed consent after the risks, including cement leakage and rib fracture, were discussed.

Procedure. Monitored anesthesia care was provided by the anesthesia service. After a time-out, she was positioned prone on a radiolucent frame, and biplanar fluoroscopy was used throughout. Skin and periosteum at each of the four pedicle entry sites were anesthetized with 5 mL of 0.5% bupivacaine with epinephrine (20 mL in total). At T11 and then T12, 11-gauge access cannulas were advanced through both pedicles (bilateral transpedicular approach). Inflatable bone tamps (Kyphon Xpander II) were expanded to create a cavity and partially restore height, and high-viscosity polymethylmethacrylate cement was delivered under continuous lateral fluoroscopy: 3.5 mL at T11 and 4.0 mL at T12. No cement extravasation was seen.

Outcome. There were no complications. Back pain was 3/10 in the recovery unit, and at the 2-week visit she was walking with a cane.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T11", "T12"],
                    imaging="fluoroscopy", sedation="mac")],
        drugs=[given("bupivacaine", 100)],
        pain=(9, 3), need=minus(ESI_NEED, "radicular_findings"),
        codes=[line("22513"), line("22515")],
        findings=["sedation_details"], dos="2023-08-22", pos="22",
        comment="MAC by the anesthesia service is sedation given, and its agents, doses and start/stop times are not "
                "written (sedation.details): the gap. Anesthesia drugs would not be listed anyway. Balloon tamps = cavity "
                "creation (kyphoplasty): 22513 for T11 + 22515 x1; imaging is included. Bupivacaine 4 x 5 mL of 0.5% = "
                "100 mg.")

    add("fdu-h-scs-01", "case_report", """
Percutaneous spinal cord stimulator trial for persistent radicular pain after lumbar fusion: case report

A 61-year-old man had persistent bilateral leg pain, right worse than left, for 3 years after an L4-S1 instrumented fusion. The diagnosis was failed back surgery syndrome (M96.1) with chronic bilateral lower extremity radicular pain. Physical therapy, duloxetine, gabapentin, two transforaminal epidural injections and a course of cognitive behavioural therapy had not given lasting relief. His Oswestry Disability Index was 52%, and leg pain was 8/10. A psychological evaluation by a pain psychologist found no contraindication to neuromodulation. Written informed consent was obtained.

Technique. Moderate sedation was administered by the performing physician, with a registered nurse acting as independent observer and monitoring the patient throughout: midazolam 2 mg IV and fentanyl 50 mcg IV, sedation start 09:12, end 09:40 (28 minutes of intraservice time). After a time-out and sterile preparation, the skin and subcutaneous tissue at L1-L2 were infiltrated with 10 mL of 1% lidocaine. Using a paramedian oblique approach under fluoroscopy, two 14-gauge Tuohy needles entered the epidural space at L1-L2 by loss of resistance. Two 8-contact percutaneous leads (Abbott Octrode) were advanced in the dorsal epidural space, the left lead to the superior endplate of T8 and the right lead to mid-T8, straddling the midline. Intraoperative testing gave paresthesia coverage of both legs. The leads were anchored to the skin and connected to an external pulse generator.

Outcome. There were no complications. Leg pain was 3/10 after programming in the recovery area. During the 7-day trial he reported 65% leg pain relief and walked twice as far, and permanent implantation was scheduled.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 100), given("midazolam", 2), given("fentanyl", 50, "mcg")],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "radicular_findings"),
        codes=[line("63650", units=2), line("77003"), line("99152"), line("99153")],
        findings=[], dos="2026-01-20", pos="11",
        comment="Office trial: 63650 per lead (2) + 77003 (no 26 in the office). Moderate sedation by the proceduralist "
                "with an independent observer, 28 minutes: 99152 + 99153 x1 ((28-8)//15). The proceduralist's own "
                "midazolam and fentanyl are listed. The two earlier transforaminal injections are history only.")

    add("fdu-h-grfa-01", "case_report", """
Cooled radiofrequency ablation of the genicular nerves for knee osteoarthritis in a patient unfit for arthroplasty: case report

A 74-year-old man with severe osteoarthritis of the left knee (Kellgren-Lawrence grade 4; primary osteoarthritis, left knee, M17.12) and heart failure that made him a poor candidate for arthroplasty reported 3 years of left knee pain rated 7/10, limiting walking to one block. Acetaminophen, topical diclofenac, physical therapy and two intra-articular steroid injections had failed. An ultrasound-guided diagnostic block of the superomedial, superolateral and inferomedial genicular nerves two weeks earlier had produced 80% relief lasting 6 hours.

After informed consent and a time-out, the patient was positioned supine with a bolster under the left knee. The skin at each of the three targets was anesthetized with 2 mL of 1% lidocaine (6 mL in total). Under fluoroscopic guidance with anteroposterior and lateral views, 17-gauge introducers were advanced to the junction of the shaft and epiphysis of the femur (superomedial and superolateral) and of the tibia (inferomedial). Sensory stimulation reproduced concordant pain below 0.6 V, and motor testing at 2 Hz was negative. Cooled radiofrequency lesions (Coolief, 4-mm active tip) were created at 60 degrees C for 150 seconds at each site.

No complications occurred. Immediately afterwards knee pain was 2/10. At 6 months he reported 60% pain reduction and was walking half a mile.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64624", "LT")],
        findings=[], dos="2024-11-05", pos="24",
        comment="Cooled RF is an accepted genicular technique (genicular_rfa.technique: thermal or cooled), so 60 degrees "
                "C raises nothing; the prior diagnostic genicular block's result (80%) is documented.")

    add("fdu-h-tpi-01", "case_report", """
Neurotoxin trigger point injections for refractory cervical myofascial pain: case report

A 52-year-old woman who works at a computer had 2 years of right-sided neck and shoulder-girdle pain with tension-type headaches. Examination found taut bands with local twitch responses and referred pain in the right upper trapezius, right levator scapulae and right splenius capitis. The diagnosis was myofascial pain syndrome of the neck (M79.12). Ten weeks of stretching-based physical therapy, cyclobenzaprine and ibuprofen had not reduced the pain, which was 7/10; she could work at the computer for only 30 minutes at a time.

After written consent and a time-out, the contents of one 100-unit single-dose vial of onabotulinumtoxinA (Botox) were reconstituted with 2 mL of preservative-free normal saline (5 units per 0.1 mL). Each trigger point was localized by palpation and injected through a 27-gauge needle: 30 units into the right upper trapezius (three points), 30 units into the right levator scapulae (two points) and 20 units into the right splenius capitis (two points), 80 units in total. The remaining 20 units in the vial were discarded.

There were no complications. Her pain at the end of the visit was 5/10. Six weeks later she reported fewer headaches and could work for 2 hours without a break.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("onabotulinumtoxinA", 80, "units")],
        pain=(7, 5), need=SPINE_NEED,
        codes=[line("20553"), line("J0585", units=80), line("J0585", "JW", units=20)],
        findings=["percent_relief"], dos="2025-04-15", pos="11",
        comment="Three muscles: 20553. 80 units given and 20 discarded from a single-dose vial: J0585 x80 + J0585-JW x20 "
                "(office). Pre 7 and post 5 are written but no percent relief is stated (tpi.percent_relief asks for "
                "it stated): the gap. Saline is the diluent.")

    add("fdu-h-pump-01", "case_report", """
Intrathecal pump refill with dose titration for vertebral metastatic pain: case report

A 68-year-old man with prostate cancer metastatic to the lumbar spine and pelvis had an intrathecal drug delivery system (SynchroMed II, 20-mL reservoir) implanted 8 months earlier for refractory cancer-related pain (G89.3). He presented for a scheduled refill, reporting increasing low back and right hip pain and more frequent use of his breakthrough medication.

The refill was performed by the treating pain physician (the first author). After a time-out, and with the patient's verbal and written consent, the pump was interrogated with the clinician programmer: no alarms, expected residual volume 2.1 mL. The skin over the pump was prepared with chlorhexidine and, using the refill template, the central reservoir port was entered with a 22-gauge non-coring needle; 2.0 mL of residual drug was aspirated, in keeping with the expected volume. The reservoir was filled with 20 mL of preservative-free morphine sulfate 20 mg/mL. The pump was then reprogrammed to raise the daily dose by 15%, from 4.0 to 4.6 mg/day, and the next refill date was set.

No complications occurred. He was asked to record breakthrough doses in a diary and to return in 6 weeks, sooner if drowsiness developed.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 400)],
        pain=(None, None), need=("diagnosis",),
        codes=[line("62370")],
        findings=[], dos="2026-03-03", pos="11",
        comment="Refilled by the physician and reprogrammed: 62370. The dose is what went into the reservoir, 20 mL x "
                "20 mg/mL = 400 mg (the daily rates are settings, not doses given). No pain score is written.")

    add("fdu-h-caudal-01", "case_report", """
Fluoroscopically guided caudal epidural steroid injection for post-laminectomy syndrome: case report

A 63-year-old man presented 2 years after an L4-L5 laminectomy and discectomy with 9 months of recurrent bilateral buttock and posterior thigh pain radiating to both calves, worse on the left, with numbness of both soles. He could walk only 200 m and had stopped playing golf. Neurological examination showed reduced ankle reflexes on both sides. Gadolinium-enhanced MRI showed enhancing epidural fibrosis surrounding both L5 nerve roots at L4-L5, with no recurrent herniation. The diagnosis was post-laminectomy syndrome (M96.1) with bilateral radicular pain. Pain was 7/10.

Informed consent was obtained. After a time-out, the patient was positioned prone with a pillow under the pelvis. The sacral hiatus was identified by palpation and lateral fluoroscopy, and the skin was infiltrated with 3 mL of 1% lidocaine. A 20-gauge, 3.5-inch spinal needle was passed through the sacrococcygeal ligament into the caudal canal. Iohexol (Omnipaque 240), 5 mL, outlined the sacral epidural space and spread cephalad to L5 without vascular runoff. Methylprednisolone acetate (Depo-Medrol) 80 mg diluted with 8 mL of preservative-free saline was injected. Anteroposterior and lateral fluoroscopic images were saved. No sedation was administered.

No complications were observed. At discharge his leg pain was 4/10. He reported 50% relief at his 4-week follow-up.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                    sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 4), need=minus(ESI_NEED, "conservative_care"),
        codes=[line("62323")],
        findings=["conservative_care"], dos="2023-05-16", pos="22",
        comment="No conservative care is mentioned at all (esi.conservative_care): the gap. Caudal: no level (L4-L5 and L5 "
                "are the surgery and the contrast spread). Methylprednisolone 80 mg is at, not over, its ceiling; no drug "
                "line in the hospital outpatient department.")


# --------------------------------------------------------------------------------------------------------------
# (b) society / textbook teaching examples
# --------------------------------------------------------------------------------------------------------------


def _teaching(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    add("fdu-h-tfesi-02", "teaching", """
WORKED EXAMPLE: CERVICAL TRANSFORAMINAL EPIDURAL STEROID INJECTION
(teaching case with a sample documentation box)

Clinical vignette: a 49-year-old man with 3 months of right arm pain radiating from the shoulder along the radial forearm to the thumb, with paresthesias in the thumb and index finger. Biceps reflex reduced on the right; Spurling's test positive on the right. Arm pain 7/10; he cannot lift his grandchild or sleep on his right side. Six weeks of physical therapy with traction, meloxicam and gabapentin failed to relieve the arm pain. MRI: right C5-C6 foraminal disc-osteophyte complex compressing the exiting right C6 root. Diagnosis: cervical radiculopathy, right C6 (M54.12).

Step 1 - Consent and safety. Written informed consent was obtained (risks discussed included spinal cord infarction, vascular injection, infection and headache). A time-out confirmed side and level. Anticoagulants: none taken.
Step 2 - Positioning. Supine, head turned slightly to the left. No sedation, so that the patient could report paresthesia or unusual symptoms.
Step 3 - Imaging. The fluoroscope was rotated obliquely to profile the right C5-C6 foramen.
Step 4 - Needle. After a skin wheal with 1 mL of 1% lidocaine, a 25-gauge, 2.5-inch short-bevel needle was advanced onto the posterior half of the foramen against the superior articular process, then into the foramen under the anteroposterior view, no further than the midpoint of the articular pillar.
Step 5 - Contrast. Under live fluoroscopy with digital subtraction, 1 mL of iohexol (Omnipaque 300) outlined the right C6 root sleeve and flowed into the epidural space; there was no arterial or venous filling.
Step 6 - Injection. Dexamethasone 10 mg (1 mL of 10 mg/mL, non-particulate) was injected with 1 mL of preservative-free normal saline.
Step 7 - Images. AP and oblique images with contrast were saved to PACS.

Pearl: use only a non-particulate steroid in the cervical foramen; particulate suspensions (triamcinolone, methylprednisolone) have been linked to embolic cord and brainstem infarction.
Pearl: if the contrast shows a vascular pattern, stop and reposition rather than inject.

Sample documentation box
Pre-procedure pain: 7/10 | Post-procedure pain: 1/10 | Complications: none | Discharged ambulatory after 30 minutes of observation
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C5-C6"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 10), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 1), need=ESI_NEED,
        codes=[line("64479", "RT")],
        findings=[], dos="2025-08-26", pos="24",
        comment="The C6 root exits the C5-C6 foramen. The pearl names triamcinolone and methylprednisolone only as "
                "drugs to avoid: not given. AP + oblique saved = two views.")

    add("fdu-h-ilesi-02", "teaching", """
TUTORIAL: LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION AT L5-S1
Illustrative case from a fellows' procedure course

Case: a 57-year-old woman with 4 months of left-sided sciatica - pain from the buttock down the back of the thigh and calf to the sole, with numbness of the lateral foot. Left straight-leg raise positive at 35 degrees; left ankle jerk absent. MRI: left paracentral L5-S1 disc protrusion compressing the left S1 root. She completed 8 weeks of physical therapy and took naproxen, and the leg pain is unchanged. Diagnosis: lumbosacral radiculopathy, left S1, due to L5-S1 disc herniation (M51.17). Pre-procedure pain 8/10 (NRS).

Step 1. The indication was confirmed and written informed consent obtained; the risks discussed were dural puncture headache, infection, bleeding and nerve injury.
Step 2. Time-out: correct patient, procedure and level (L5-S1), left paramedian approach.
Step 3. The patient was positioned prone with a pillow under the abdomen to open the interlaminar space. No sedation was needed.
Step 4. The L5 endplate was squared on an AP fluoroscopic view, and the C-arm was then tilted to a 50-degree contralateral oblique to profile the ventral interlaminar line.
Step 5. The skin was anesthetized with 2 mL of 1% lidocaine, and a 20-gauge, 3.5-inch Tuohy needle was advanced toward the left L5-S1 interlaminar window.
Step 6. Loss of resistance to saline was felt at 5.5 cm.
Step 7. Iopamidol (Isovue-M 200), 2 mL, spread in the epidural space over the left S1 root with no intrathecal or vascular pattern. AP and contralateral oblique images were saved.
Step 8. Betamethasone sodium phosphate/acetate (Celestone Soluspan) 12 mg (2 mL of 6 mg/mL) was injected with 2 mL of preservative-free normal saline.
Step 9. The needle was removed and a dressing applied; she was observed for 20 minutes. No complications.

Pearl: the contralateral oblique view keeps the needle depth visible; a lateral view can be hard to read at L5-S1 in larger patients.
Pearl: do not repeat the injection routinely - a repeat is reasonable only when the first one gives at least 50% relief for 3 months.

Disposition: home with a responsible adult; follow-up in 4 weeks.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(8, None), need=minus(ESI_NEED, "functional_impairment"),
        codes=[line("62323"), line("J0702", units=2)],
        findings=["functional_impairment", "post_procedure_pain_score"], dos="2024-05-09", pos="11",
        comment="Two gaps: no functional limitation or disability scale (a pain score is not one), and no post-procedure "
                "score. Betamethasone 12 mg = 2 units of J0702 (6 mg each) in the office, at but not over its ceiling. "
                "The pearl on repeats is general advice: this is no repeat.")

    add("fdu-h-sij-01", "teaching", """
Teaching file - Fluoroscopically guided sacroiliac joint injection (therapeutic, repeat)

Background for the learner: a 64-year-old woman with right sacroiliac joint pain for 14 months (pain below L5 over the right posterior superior iliac spine, referred to the right buttock and groin, no neurological deficit; four of five provocation tests positive on the right). Diagnosis: sacroiliitis, right (M46.1). Ten weeks of physical therapy with pelvic stabilization exercises and daily celecoxib did not reduce the pain. A diagnostic right SI joint block gave 90% relief for 3 hours. A therapeutic injection 4 months ago gave 50% relief, but the pain returned after 6 weeks. Sitting tolerance is 20 minutes.

Step 1 - Consent: the risks (infection, bleeding, transient leg numbness) and alternatives were reviewed, and she signed the consent form.
Step 2 - Time-out completed: right SI joint, therapeutic injection.
Step 3 - Prone positioning. The C-arm was rotated contralaterally until the medial and lateral joint lines of the inferior third of the right SI joint separated.
Step 4 - Local: 3 mL of 1% lidocaine to the skin. A 22-gauge, 3.5-inch spinal needle was advanced into the inferior joint recess.
Step 5 - Confirmation: 0.5 mL of Omnipaque 240 produced an arthrogram outlining the joint, without vascular uptake. AP and oblique images were saved.
Step 6 - Injectate: triamcinolone acetonide (Kenalog-40) 40 mg with 1 mL of 0.5% bupivacaine, 2 mL in total.
Step 7 - Observation: pain went from 6/10 before to 1/10 after the injection, 83% relief. No complications.

Pearl: capsular spread is common; if the contrast pools outside the joint line, redirect to the inferior recess.
Pearl: therapeutic SI injections should not be repeated unless the previous one gave at least 50% relief for at least 3 months.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(6, 1), need=SPINE_NEED,
        codes=[line("27096", "RT"), line("J3301", units=4)],
        findings=["prior_procedure_response"], dos="2025-03-11", pos="11",
        comment="A therapeutic repeat (the earlier therapeutic injection is quantified): 50% relief lasting 6 weeks is "
                "under the 3 months si.prior_procedure_response asks. The diagnostic block's 90% meets the 75% bar; "
                "percent relief (83%) is stated.")

    add("fdu-h-lsb-01", "teaching", """
Procedure teaching example: fluoroscopic lumbar sympathetic block (single needle at L3)

Case summary. A 39-year-old man developed complex regional pain syndrome type I of the left lower limb (G90.522) after an ankle sprain. For 7 months he has had burning pain, cold mottled skin, swelling and allodynia of the left foot, and he cannot wear a shoe on that side. Gabapentin, physical therapy with desensitization and a mirror therapy programme did not help. Baseline pain 8/10.

Step 1. Informed consent was obtained; the patient understood the risks of genitofemoral neuralgia, bleeding and intravascular injection. A time-out was done.
Step 2. Prone position; temperature probes on both great toes (left 27.9 degrees C, right 31.6 degrees C).
Step 3. Under fluoroscopy the L3 vertebral body was squared and the C-arm rotated 25 degrees to the left, so that the tip of the transverse process overlapped the anterolateral vertebral body.
Step 4. The skin was anesthetized with 2 mL of 1% lidocaine, and a 22-gauge, 5-inch Chiba needle was advanced coaxially to the anterolateral border of the left L3 vertebral body, confirmed on the lateral view.
Step 5. Isovue-M 200 (iopamidol), 3 mL, spread cranio-caudally along the anterior psoas fascia in a linear pattern, with no vascular or intramuscular psoas pattern.
Step 6. 10 mL of 0.25% bupivacaine was injected in divided doses with intermittent aspiration.
Step 7. The left great toe temperature rose to 33.4 degrees C at 15 minutes, and the allodynia diminished.

Pearl: a rise of at least 2 degrees C without a somatic sensory block suggests a selective sympathetic block.
Pearl: contrast lying within the psoas means the needle is too posterior.

Result: pain 8/10 before and 2/10 after the block. No complications. Plan: a second block in 2 weeks, combined with intensive physical therapy.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left", levels=["L3"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iopamidol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64520"), line("77002"), line("Q9966", units=3)],
        findings=[], dos="2024-10-22", pos="11", payer="medicare_fcso",
        comment="64520 has bilateral indicator 0 (no side modifier); fluoroscopy 77002 (profile default) without 26 in "
                "the office. The sympathetic block code does not include imaging, so office contrast is billed by "
                "iodine strength: Isovue-M 200 (200 mg I/mL) = Q9966 x 3 mL. 'right' appears only in the toe "
                "temperatures.")

    add("fdu-h-vp-01", "teaching", """
Case-based teaching: percutaneous vertebroplasty of L2 (unipedicular)

Learning case: an 82-year-old man on long-term prednisone for polymyalgia rheumatica, with a painful osteoporotic compression fracture of L2 for 5 weeks (M80.08XA). Pain 8/10 on movement; he cannot get out of bed without help. Four weeks of analgesics, calcitonin and a lumbar brace did not control the pain. MRI: L2 superior endplate fracture with 30% anterior height loss and bone marrow edema on STIR; no posterior wall involvement.

1. Consent: written, including the risk of cement leakage into veins or the spinal canal.
2. Time-out.
3. Sedation: moderate sedation by the proceduralist, midazolam 1 mg and fentanyl 50 mcg IV; start 13:05, stop 13:31 (26 minutes of intraservice time); a radiology nurse acted as independent observer.
4. Prone position; biplane fluoroscopy.
5. Left transpedicular access: skin and periosteum anesthetized with 10 mL of 1% lidocaine; a 13-gauge bone needle advanced through the left L2 pedicle to the anterior third of the vertebral body, near the midline.
6. No balloon and no cavity creation. PMMA bone cement (3.8 mL) was injected under continuous lateral fluoroscopy until it reached the posterior quarter of the body; the filling crossed the midline.
7. No leakage. No complications.

Pearl: unipedicular access is enough when the needle tip reaches the midline.
Pearl: stop injecting as soon as cement approaches the posterior wall or enters a vein.

Pain 8/10 before, 3/10 one hour later.
""",
        procs=[proc("vertebral_augmentation", approach="vertebroplasty", region="lumbar", levels=["L2"],
                    imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 1), given("fentanyl", 50, "mcg"), given("lidocaine", 100)],
        pain=(8, 3), need=minus(ESI_NEED, "radicular_findings"),
        codes=[line("22511"), line("99152"), line("99153")],
        findings=[], dos="2022-11-29", pos="22",
        comment="Cement without cavity creation at a lumbar body: 22511. Moderate sedation by the proceduralist, observer, "
                "26 minutes: 99152 + 99153 x1. VA is not a paired structure: 'left transpedicular' sets no side.")

    add("fdu-mbb-01", "teaching", """
Sample procedure note from a facet interventions teaching module

Title: Bilateral L4-L5 and L5-S1 lumbar medial branch blocks - first diagnostic block

Indication: 70-year-old woman with bilateral axial low back pain for 10 months, worse with standing and extension, without leg symptoms; pain 7/10; Oswestry 38%; she cannot stand long enough to cook a meal. Failed 12 weeks of physical therapy, NSAIDs and activity modification (pain unchanged). Facet loading reproduces the pain on both sides. MRI: bilateral L4-L5 and L5-S1 facet arthropathy with effusions. Diagnosis: lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Procedure steps:
1) Written informed consent obtained. Time-out performed.
2) Prone; no sedation, to keep the post-block pain diary reliable.
3) Under fluoroscopy, 22-gauge 3.5-inch spinal needles were placed at the junction of the superior articular process and transverse process for the bilateral L3 and L4 medial branches, and at the sacral ala-SAP junction for the bilateral L5 dorsal rami (six needles).
4) Skin local: none, to avoid confounding the block.
5) After negative aspiration and 0.3 mL of Omnipaque 240 at each site to exclude vascular spread, 0.5 mL of 0.5% bupivacaine was injected at each of the six targets (3 mL in total).
Complications: none.

Pain: 7/10 before, 1/10 at 30 minutes (86% relief); pain diary given for 8 hours.

Teaching points:
- Name the nerves AND the joints: the L3 and L4 medial branches supply the L4-L5 joint; the L4 medial branch and L5 dorsal ramus supply the L5-S1 joint.
- This is the first diagnostic block. A confirmatory block with a different anesthetic is scheduled if relief is at least 80%; radiofrequency ablation will be considered only after two positive blocks.
- Diagnostic facet lines carry modifier KX.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                    sedation="none")],
        drugs=[given("iohexol", 1.8, "ml"), given("bupivacaine", 15)],
        pain=(7, 1), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=[], dos="2026-02-10", pos="11",
        comment="First diagnostic block, no earlier block result to judge; bilateral = one line each with 50, KX on both. "
                "No lidocaine ('Skin local: none'). RFA is only a plan.")

    add("fdu-gnb-01", "teaching", """
Ultrasound-guided genicular nerve block - step-by-step example (diagnostic block before radiofrequency ablation)

Patient: 68-year-old man with primary osteoarthritis of the right knee (M17.11), Kellgren-Lawrence grade 3 on standing radiographs, and 4 years of medial and anterior right knee pain. NRS 7/10. Walking limited to 15 minutes. Failed: physical therapy, NSAIDs, a weight-loss programme, a hyaluronic acid series and two intra-articular steroid injections.

Step 1: Consent signed after a discussion of risks; time-out completed (right knee).
Step 2: Supine, knee flexed 20 degrees over a bolster; linear 6-15 MHz probe.
Step 3: Superomedial genicular nerve - probe in the coronal plane over the junction of the medial femoral metaphysis and epiphysis; the genicular artery was identified beside the bone with color Doppler.
Step 4: The skin was anesthetized with lidocaine. A 22-gauge, 3.5-inch needle was advanced out of plane to the periosteum next to the artery, and 1.5 mL of 0.5% bupivacaine was injected.
Step 5: The same technique was repeated for the superolateral (lateral femoral metaphysis) and inferomedial (medial tibial metaphysis, deep to the medial collateral ligament) genicular nerves, with 1.5 mL of 0.5% bupivacaine at each.
Step 6: Representative images were saved.

Clinical pearl: inject no more than 1.5-2 mL per nerve; larger volumes spread into the joint and make the block nonspecific.
Clinical pearl: ask the patient to do the activities that usually hurt during the next 6 hours.

Outcome: right knee pain 7/10 before and 1/10 after (86% relief) on walking and stair climbing in clinic. No complications. If the response is confirmed, cooled radiofrequency ablation will be offered.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="diagnostic")],
        drugs=[given("lidocaine", None), given("bupivacaine", 22.5)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64454", "RT")],
        findings=["drug_dose"], dos="2025-12-02", pos="11",
        comment="The skin lidocaine has no amount: drug_dose (the gap). 64454 includes imaging, so no 76942. Bupivacaine "
                "3 x 1.5 mL of 0.5% = 22.5 mg. RFA is a plan.")

    add("fdu-onb-01", "teaching", """
Greater occipital nerve block: landmark technique, with a sample note

Sample note
Diagnosis: occipital neuralgia, bilateral (M54.81).
History: 45-year-old woman with 8 months of paroxysmal shooting pain from the suboccipital region over the vertex on both sides, with scalp tenderness and allodynia; Tinel sign positive over both greater occipital nerves. Pain 8/10; she has missed 6 workdays in the past month. Topiramate and amitriptyline were not tolerated (cognitive slowing, dry mouth), and physical therapy did not help.

Technique
Step 1. Time-out performed: bilateral greater occipital nerve blocks.
Step 2. Seated, neck flexed, forehead resting on a padded table.
Step 3. On each side the occipital artery was palpated one third of the way from the external occipital protuberance to the mastoid process; the nerve lies just medial to it.
Step 4. After an alcohol prep, a 25-gauge, 1.5-inch needle was advanced perpendicular to the skin until it touched the occiput and withdrawn 1 mm, and after negative aspiration 2.5 mL of a mixture was injected on each side. The mixture: 1 mL of triamcinolone acetonide 40 mg/mL (Kenalog-40) plus 4 mL of 1% lidocaine, 5 mL in total, half to each side.
Step 5. Pressure was held for 2 minutes to limit bleeding and swelling.

Pearls
- Stay medial to the artery and aspirate before injecting.
- Steroid placed near the scalp surface can cause alopecia or skin atrophy; keep the injection at bone depth.

Results: pain 8/10 before and 2/10 ten minutes after the blocks, with numbness over both occiputs. Complications: none.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(8, 2), need=SPINE_NEED,
        codes=[line("64405", "50"), line("J3301", units=4)],
        consent=False, findings=["consent"], dos="2023-09-14", pos="11",
        comment="No consent is written anywhere: the gap. The 5-mL mixture is split over both sides, so the totals are the "
                "whole mixture: triamcinolone 40 mg (J3301 x4), lidocaine 40 mg. Landmark (palpation) technique: imaging "
                "none. Bilateral GON: 64405-50.")

    add("fdu-hip-01", "teaching", """
Fluoroscopically guided hip joint injection - training example

Indication: 72-year-old woman with primary osteoarthritis of the left hip (M16.12) and 2 years of left groin pain, worse on walking; she uses a cane and cannot put on her socks. Pain 7/10. Acetaminophen, naproxen and 8 weeks of physical therapy did not control the pain. Radiographs: superolateral joint-space narrowing and osteophytes.

Step 1 - Consent: written informed consent obtained.
Step 2 - Time-out: left hip, intra-articular injection.
Step 3 - Supine; the femoral artery was palpated and marked medially.
Step 4 - Under fluoroscopy the target was the lateral junction of the femoral head and neck. Skin and needle track were infiltrated with 4 mL of 1% lidocaine.
Step 5 - A 22-gauge, 3.5-inch spinal needle was advanced vertically to bone contact at the femoral head-neck junction.
Step 6 - 2 mL of Omnipaque 300 confirmed an intra-articular pattern flowing around the femoral neck.
Step 7 - 40 mg of triamcinolone acetonide (Kenalog-40, 1 mL) was injected with 4 mL of 0.5% ropivacaine.

Teaching point: an arthrogram outlining the capsular recesses confirms intra-articular placement; a cloud-like pattern means the tip is extracapsular.

Post-injection: groin pain 1/10 when walking in the hallway 15 minutes later. Discharged home.
""",
        procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="left",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40),
               given("ropivacaine", 20)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("20610", "LT"), line("77002"), line("J3301", units=4), line("Q9967", units=2)],
        complications=None,
        findings=["complications"], dos="2026-05-19", pos="11",
        comment="Nothing is said about complications: the gap. Major joint under fluoroscopy: 20610-LT + 77002 (office, no "
                "26); the joint code does not include imaging, so office contrast is billed: Omnipaque 300 = Q9967 x 2 mL.")

    add("fdu-sirfa-01", "teaching", """
Sacroiliac joint lateral branch radiofrequency ablation: teaching example with sample documentation

Clinical summary: 59-year-old man with left sacroiliac joint pain for 2 years, which began after an L4-L5 lumbar fusion; sacroiliitis, left (M46.1). Two left lateral branch blocks (L5 dorsal ramus and S1-S3 lateral branches) on separate dates gave 85% and 80% relief. He can sit for only 20 minutes. Pain 6/10.

Step 1 - Written informed consent; time-out (left).
Step 2 - Prone. Fluoroscopy squared to the S1 endplate.
Step 3 - The skin at the entry points was anesthetized with 10 mL of 1% lidocaine.
Step 4 - 17-gauge introducers were placed at the left L5 dorsal ramus (junction of the sacral ala and superior articular process) and at three positions lateral to each of the left S1, S2 and S3 posterior sacral foramina.
Step 5 - Sensory stimulation reproduced the concordant buttock pain; motor stimulation was negative.
Step 6 - Before each lesion 0.5 mL of 2% lidocaine was injected (10 lesions, 5 mL in total).
Step 7 - Cooled radiofrequency lesions (Coolief) were made at 60 degrees C for 150 seconds each.

Pearl: the lateral branches vary in position from patient to patient; lesioning in a strip lateral to the foramina covers them best.

Documentation box: Pre-procedure pain 6/10 | Post-procedure pain 2/10 | Complications: none | Sedation: none
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 200)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64625", "LT")],
        findings=[], dos="2026-07-08", pos="24", payer="medicare_cgs",
        comment="Cooled RF is an accepted SI technique (genicular_rfa.technique covers si_joint_rfa). Lidocaine 10 mL 1% + "
                "5 mL 2% = 200 mg. SI RFA has no levels; L4-L5 is the old fusion.")


# --------------------------------------------------------------------------------------------------------------
# (c) payer / compliance documentation checklists
# --------------------------------------------------------------------------------------------------------------


def _checklists(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    add("fdu-tfesi-01", "checklist", """
EPIDURAL STEROID INJECTION - PRE-BILLING DOCUMENTATION CHECKLIST
(example of a completed form from a compliance training packet)

Date of service: 02/20/2024          Place of service: 11 (office)
Payer: Medicare Part B
Procedure: Transforaminal epidural steroid injection, right L4-L5 foramen (L4 nerve root), fluoroscopic guidance

Diagnosis: Lumbar radiculopathy, right L4 (M54.16)

MEDICAL NECESSITY
Radicular pain / signs documented?    Yes - right anterior thigh and medial shin pain with numbness; right patellar reflex diminished; femoral nerve stretch test positive on the right.
Duration of symptoms:                  10 weeks.
Conservative care >= 4 weeks, outcome: Yes - physical therapy for 6 weeks and meloxicam; leg pain unchanged.
Functional impairment / baseline scale: Yes - cannot climb stairs without a rail; ODI 40%.
Concordant MRI or CT findings:         No - MRI ordered, not yet performed.
Prior ESI in this region, last 12 months: None.

PROCEDURE DETAILS
Informed consent signed:     Yes
Time-out performed:          Yes
Sedation:                    None
Imaging guidance:            Fluoroscopy
Contrast:                    Omnipaque 240, 1 mL; neurogram along the right L4 root, no vascular uptake
Images saved (2 views):      Yes - AP and lateral
Skin local:                  1% lidocaine 2 mL
Injectate:                   methylprednisolone acetate (Depo-Medrol) 40 mg/1 mL + 1 mL of 1% preservative-free lidocaine
Pain score before / after (NRS): 6 / 2
Complications:               None

Reviewer note: item flagged - concordant advanced imaging is not documented.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40)],
        pain=(6, 2), need=minus(ESI_NEED, "imaging_findings"),
        codes=[line("64483", "RT"), line("J1030")],
        findings=["imaging_findings"], dos="2024-02-20", pos="11",
        comment="MRI ordered but not done: no concordant imaging (esi.imaging_findings), the gap. Office, before "
                "2024-04-01: methylprednisolone 40 mg = J1030 x1. L4 root = L4-L5 foramen.")

    add("fdu-tfesi-02", "checklist", """
PROCEDURE DOCUMENTATION AUDIT WORKSHEET - TRANSFORAMINAL ESI
Encounter: hospital outpatient department (POS 22), 09/30/2025

Procedure performed: Left L3-L4, L4-L5 and L5-S1 transforaminal epidural steroid injections (three levels, left side), fluoroscopy with contrast.
Indication: Lumbar spinal stenosis with neurogenic claudication and left L3, L4 and L5 radicular pain (M48.062).
   History: 6 months of left thigh and leg pain; walking tolerance 1 block; numbness of the left anterior thigh and dorsum of the foot; left quadriceps 4+/5, EHL 4/5.
   Imaging: MRI 07/2025 - multilevel left foraminal stenosis, severe at L3-L4 and L4-L5, moderate at L5-S1.
   Conservative treatment: PT x 8 weeks, gabapentin, NSAIDs - no meaningful improvement.
Consent signed: Y
Universal protocol / time-out: Y
Sedation: N (none given)
Technique: 22-gauge spinal needles, subpedicular approach, left L3-L4, L4-L5 and L5-S1 foramina; Isovue-M 300, 1 mL per level (3 mL total), epidural spread without vascular uptake; AP and oblique images saved
Medication: dexamethasone 12 mg total (4 mg per level), each with 1 mL of 1% lidocaine
Skin anesthesia: 1% lidocaine, 1 mL per needle (3 mL)
Pain: pre 8/10, post 3/10
Complications: none

AUDITOR COMMENTS
[X] Levels exceed the LCD limit of 2 per region per session; medical necessity for the third level is not documented.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iopamidol", 3, "ml"), given("dexamethasone_sodium_phosphate", 12), given("lidocaine", 60)],
        pain=(8, 3), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT", units=2)],
        findings=["level_limit"], dos="2025-09-30", pos="22",
        comment="Three foramina on one side: 64483-LT + 64484-LT x2, and the level limit (2 per region). Lidocaine 3 x 1 mL "
                "with the steroid + 3 x 1 mL at the skin = 60 mg. Dexamethasone 12 mg is within its 15 mg ceiling.")

    add("fdu-ilesi-01", "checklist", """
ESI CHECKLIST - COMPLIANCE REVIEW EXAMPLE
DOS: 04/14/2026    Setting: ambulatory surgery center
Procedure: Thoracic interlaminar epidural steroid injection, T10-T11, midline approach, fluoroscopic guidance
ICD-10: M54.14 (radiculopathy, thoracic region)

[X] Radicular findings: band-like right T10 dermatomal pain wrapping around the flank to the umbilicus; hyperesthesia in the right T10 dermatome
[X] Duration: 7 months
[X] Conservative care failed: thoracic PT for 6 weeks, duloxetine, topical diclofenac gel - no change
[X] Function: unable to wear a bra or sit through a workday; PDI 44
[X] Imaging: MRI thoracic spine - right paracentral T10-T11 disc protrusion contacting the right T10 root
[X] Consent signed
[X] Time-out
[X] Fluoroscopy: AP and lateral images saved
[X] Contrast: Omnipaque 240, 2 mL - epidural pattern
[ ] Sedation - not used
[X] Medications: triamcinolone 40 mg (1 mL Kenalog-40) + 2 mL preservative-free saline; skin 1% lidocaine 3 mL
[X] Pain: 7/10 pre, 3/10 post
[X] Complications: none
[!] Frequency: this is her 5th thoracic epidural steroid injection in the past 12 months, counting today's. Each earlier injection gave about 60% relief lasting 8-10 weeks.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30), given("iohexol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED,
        codes=[line("62321")],
        findings=["frequency", "prior_procedure_response"], dos="2026-04-14", pos="24",
        comment="Five sessions in the region in 12 months (today included) > 4: frequency. A repeat whose earlier response "
                "(60% for 8-10 weeks; the range counts its lower bound, 56 days) is under 3 months: "
                "prior_procedure_response. Topical diclofenac is conservative care, not a drug given today.")

    add("fdu-mbb-02", "checklist", """
FACET JOINT INTERVENTION - DOCUMENTATION CHECKLIST (sample, filled in)
Date of service: 07/22/2025 | POS 11
Procedure: Diagnostic lumbar medial branch block #1, LEFT - L3-L4, L4-L5 and L5-S1 facet joints (left L2, L3 and L4 medial branches and L5 dorsal ramus)
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy - ICD-10 M47.81

Medical necessity
- Axial pain >= 3 months: Yes - 9 months of left-sided low back pain, no radiation below the knee
- Conservative care failed: Yes - PT 8 weeks, NSAIDs, chiropractic; no improvement
- Functional deficit + baseline scale: Yes - ODI 36%; cannot stand for more than 20 minutes
- Imaging: CT lumbar spine - left facet hypertrophy from L3-L4 through L5-S1
- Radiculopathy excluded: Yes - normal neurological examination, negative straight-leg raise

Procedure
- Consent: written, Yes
- Time-out: Yes
- Intent: Diagnostic (first block)
- Guidance: fluoroscopy; 25-gauge 3.5-inch needles at the four nerve targets
- Contrast: not used
- Injectate: 0.5 mL of 2% lidocaine at each of the 4 targets (2 mL in total)
- Skin local: none
- Sedation: none
- Pain: 6/10 before; 1/10 at 30 minutes (83% relief)
- Complications: none

Billing review
[!] The diagnosis code is missing its final character.
[!] A third facet level is not covered under the LCD.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=False, intent="diagnostic",
                    sedation="none")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 1), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["code_validity", "level_limit"], dos="2025-07-22", pos="11",
        comment="M47.81 is a non-billable category (code_validity); the text names the lumbar region, so the diagnosis "
                "itself supports facet work. L2+L3 MB = L3-L4, L3+L4 = L4-L5, L4 MB + L5 DR = L5-S1: three joints, "
                "64493/64494/64495 with KX and LT, and the level limit.")

    add("fdu-rfa-01", "checklist", """
RADIOFREQUENCY ABLATION - PAYER DOCUMENTATION CHECKLIST
DOS: 06/25/2024 | Hospital outpatient | Medicare
Procedure: Right C4-C5 and C5-C6 cervical facet radiofrequency neurotomy (right C4, C5 and C6 medial branches)
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)

Criterion                                   Met?  Evidence
Axial neck pain >= 3 months                 Yes   2 years of right neck pain radiating to the shoulder blade
Failed conservative management              Yes   PT 10 weeks, NSAIDs, home traction: no lasting change
Functional impairment with baseline scale   Yes   NDI 38%; cannot turn to check the blind spot while driving
Diagnostic MBB #1 >= 80% relief             Yes   04/30/2024: 85% relief for 3 hours
Diagnostic MBB #2 >= 80% relief             No    not performed
Thermal RF >= 80 degrees C                  Yes   85 degrees C x 90 s per lesion, 2 lesions per nerve
Fluoroscopic guidance                       Yes   AP and lateral; 20-gauge 100-mm cannulas, 5-mm active tip
Consent / time-out                          Yes / Yes
Sedation                                    None
Local anesthetic before lesioning           1% lidocaine, 1 mL per nerve (3 mL)
Skin local                                  1% lidocaine 4 mL
Pain pre / post (NRS)                       6 / 2
Complications                               None
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 70)],
        pain=(6, 2), need=SPINE_NEED,
        codes=[line("64633", "RT"), line("64634", "RT")],
        findings=["diagnostic_block_relief"], dos="2024-06-25", pos="22",
        comment="Only one diagnostic block is documented; facet RFA needs two at 80% or more (rfa.diagnostic_block_relief). "
                "C4+C5 MB = C4-C5, C5+C6 = C5-C6 (the KB's cervical table): 64633-RT + 64634-RT.")

    add("fdu-sij-01", "checklist", """
SACROILIAC JOINT INJECTION - LCD CHECKLIST
(template completed by clinic staff; example from a payer education handout)

Date of service: 06/09/2026        POS: 11
Procedure: LEFT sacroiliac joint injection, intra-articular, fluoroscopic guidance
Intent:  [X] Diagnostic   [ ] Therapeutic
Diagnosis: Sacroiliac joint dysfunction, left (M53.3)

Pain below L5 / over the SI joint:        [X] Yes  [ ] No   (left PSIS and buttock)
Duration >= 3 months:                      [X] Yes  [ ] No   (5 months)
Positive provocation tests (>= 3):         [X] Yes  [ ] No   (thigh thrust, compression, FABER)
Conservative care >= 4 weeks, failed:      [X] Yes  [ ] No   (PT 6 weeks, NSAIDs - no relief)
Informed consent:                          [X] Yes  [ ] No
Time-out:                                  [X] Yes  [ ] No
Imaging guidance:                          [X] Fluoroscopy  [ ] CT
Contrast (agent / volume / spread):        ______________________
Images saved (>= 2 views):                 [X] Yes - AP and ipsilateral oblique
Injectate:                                 0.5% bupivacaine 2 mL
Skin local:                                1% lidocaine 2 mL
Pre-procedure pain (NRS):                  7
Post-procedure pain (NRS):                 1
Percent relief:                            86%
Complications:                             [X] None
Sedation:                                  [ ] Yes  [X] No
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10), given("lidocaine", 20)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("27096", "LT")],
        findings=["contrast"], dos="2026-06-09", pos="11",
        comment="The contrast field is an unfilled blank: contrast is not documented and no contraindication is given "
                "(si.contrast), the gap. Diagnostic block with 86% stated relief (>= 75%).")

    add("fdu-sinb-01", "checklist", """
SACROILIAC JOINT NERVE BLOCK - PROCEDURE DOCUMENTATION FORM (sample audit case)
DOS: 01/28/2025   Place of service: ASC (24)   Payer: Medicare
Procedure: Sacroiliac joint lateral branch nerve block (L5 dorsal ramus and S1, S2, S3 lateral branches), diagnostic
Side: LEFT
Diagnosis: Sacroiliitis (M46.1); pain over the right sacroiliac joint
History: 11 months of right buttock pain below L5 centered on the right PSIS; 3 of 5 provocation tests positive on the right; failed 8 weeks of PT and NSAIDs. Radiofrequency ablation to be considered if the block gives at least 75% relief.
Consent: Yes, written
Time-out: Yes
Sedation: None
Guidance: Fluoroscopy
Technique: 25-gauge, 3.5-inch spinal needles placed at the right L5 dorsal ramus (sacral ala - SAP junction) and at two sites lateral to each of the right S1, S2 and S3 posterior foramina; 0.3 mL of 0.5% bupivacaine at each of the 7 sites (2.1 mL in total). Contrast: not used. Skin local: none.
Pain (NRS): 6/10 before; 1/10 at 30 minutes (83% relief)
Complications: None
Reviewer comment: the side field (LEFT) does not match the procedure description (right); query sent to the physician.
""",
        procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=False, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10.5)],
        # gold correction (round 20, pub20c): the note states no functional limitation or scale (history, exam and
        # care only), so necessity.functional_impairment is false (corpora/README: documented to the standard asked)
        pain=(6, 1), need=minus(SPINE_NEED, "functional_impairment"),
        codes=[line("64451", "RT")],
        findings=["laterality_conflict"], dos="2025-01-28", pos="24",
        comment="The side field says LEFT but every needle went to the right: the code follows the description "
                "(64451-RT) and the difference is a laterality_conflict; no signed correction settles it (only a "
                "query). Bupivacaine 7 x 0.3 mL of 0.5% = 10.5 mg.")

    add("fdu-pnb-01", "checklist", """
NERVE BLOCK DOCUMENTATION CHECKLIST (office procedure)
DOS: 08/13/2024
Procedure: Right suprascapular nerve block, ultrasound guided
Diagnosis: Primary osteoarthritis, right shoulder (M19.011); chronic right shoulder pain
Indication: 81-year-old with 3 years of right shoulder pain, not a surgical candidate (COPD); night pain; unable to comb her hair. Failed physical therapy and 2 glenohumeral steroid injections, with no lasting relief.
Consent: written - done
Time-out: done
Guidance: ultrasound (linear probe, view of the suprascapular notch and supraspinous fossa); permanent image saved to the chart - yes
Needle: 22-gauge, 3.5-inch, in plane, lateral to medial, to the floor of the supraspinous fossa beneath the transverse scapular ligament
Medications: 0.5% bupivacaine 8 mL + dexamethasone 4 mg (1 mL of 4 mg/mL from a single-dose vial; none wasted)
Skin: 1% lidocaine 1 mL
Pain before: 8/10     Pain after: 2/10
Complications: none
Sedation: none
""",
        procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                    imaging="ultrasound", sedation="none")],
        drugs=[given("bupivacaine", 40), given("dexamethasone_sodium_phosphate", 4), given("lidocaine", 10)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64418", "RT"), line("76942"), line("J1100", "JZ", units=4)],
        findings=[], dos="2024-08-13", pos="11",
        comment="Suprascapular block 64418-RT with ultrasound and a saved image (76942, office: no 26). Dexamethasone 4 mg "
                "from a single-dose vial with nothing wasted, after 2023-07-01: J1100-JZ x4.")

    add("fdu-knee-01", "checklist", """
JOINT INJECTION - DOCUMENTATION REVIEW FORM
DOS 09/15/2026 | Office (POS 11)
Procedure: Intra-articular knee injection, RIGHT, ultrasound guided
Diagnosis: Primary osteoarthritis of the left knee (M17.12)
History: 6 years of left knee pain, 7/10, limiting walking to 10 minutes; failed NSAIDs, physical therapy and bracing.
Consent obtained (written): Yes
Time-out: Yes
Guidance: ultrasound, suprapatellar recess, lateral in-plane approach; image of the needle in the recess saved: Yes
Aspirated: 12 mL of clear yellow synovial fluid before the injection
Injectate: Kenalog-40 (triamcinolone acetonide) 40 mg + 4 mL of 1% lidocaine
Pain pre / post: 7/10 -> 2/10
Complications: None

Addendum (signed by the physician the same day): side corrected to LEFT. The injection was given into the left knee; "RIGHT" on the procedure line was a template default.
""",
        procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20611", "LT"), line("J3301", units=4)],
        findings=[], dos="2026-09-15", pos="11",
        comment="The procedure line says RIGHT but a signed addendum corrects it to LEFT: the corrected side stands and no "
                "conflict is raised (corpora/README, round 11). Ultrasound with a saved image: 20611-LT.")

    add("fdu-scs-01", "checklist", """
SPINAL CORD STIMULATOR - PRIOR AUTHORIZATION / DOCUMENTATION CHECKLIST (permanent implant)
DOS: 11/18/2025    Setting: hospital outpatient (POS 22)
Procedure: Permanent spinal cord stimulator implantation - two percutaneous 8-contact leads (tips at T8 and T9) and an implantable pulse generator in the right upper buttock
Diagnosis: Complex regional pain syndrome type I, right lower limb (G90.521)
Duration of pain: 3 years
Treatments failed: physical therapy, gabapentin, duloxetine, lumbar sympathetic blocks (short relief only), desensitization therapy
Trial: 7-day percutaneous trial in 10/2025 - 70% reduction of right foot pain; opioid use halved
Psychological evaluation: referral placed; appointment pending
Consent: signed
Time-out: done
Antibiotic: cefazolin 2 g IV before incision
Anesthesia: monitored anesthesia care by the anesthesia team - propofol 180 mg total IV, 07:42 to 08:55
Imaging: fluoroscopy (lead placement and final position, AP and lateral)
Local: 0.25% bupivacaine with epinephrine, 30 mL at the incisions
Complications: none
""",
        procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("bupivacaine", 75)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("63650", units=2), line("63685"), line("77003", "26")],
        findings=["indication"], dos="2025-11-18", pos="22",
        comment="The psychological evaluation is pending (scs.psychological_evaluation, element indication): the gap. "
                "MAC by the anesthesia team with agent, dose and times written raises no sedation finding; its propofol "
                "and the cefazolin are not in the gold drugs (anesthesia record / not a KB drug). 63650 x2 + 63685 + "
                "77003-26 in the hospital outpatient department.")
