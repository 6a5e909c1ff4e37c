"""Sealed batch `dev_fresh_dn` (`fdn-*`): 30 precision, fellowship-style procedure notes with their gold.

Every note and its gold were written by hand, the gold labelled from the text by the rules of corpora/README.md
and tools/goldkit.py before anyone ran Painpoint on it. Ids `fdn-<family>-NN` are the structured half (headers,
bullets, inline fields, odd spacing, attestation), `fdn-h-<family>-NN` the dictated half.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: C901 - one note per block
    spine_img = (*SPINE_NEED, "imaging_findings")

    # ------------------------------------------------------------------ transforaminal epidural
    add("fdn-tfesi-01", "capitalised headers", """
PROCEDURE: Left L4-L5 and L5-S1 transforaminal epidural steroid injection (left L4 and L5 nerve roots), fluoroscopic guidance with digital subtraction.

DIAGNOSIS: Lumbosacral intervertebral disc disorder with radiculopathy, left (M51.17).

INDICATION: Four months of lancinating pain from the left buttock along the posterolateral thigh and calf to the dorsum of the foot, with numbness of the great toe web space and a positive straight leg raise on the left at 40 degrees; extensor hallucis longus 4+/5. MRI lumbar spine: left paracentral L4-L5 extrusion abutting the traversing left L5 root and moderate left L5-S1 foraminal narrowing. Eight weeks of supervised physical therapy and a gabapentin trial up to 900 mg daily have not relieved the leg pain. She can no longer stand at the stove longer than ten minutes and has given up her morning walk.

CONSENT: Risks including infection, bleeding, nerve injury, dural puncture, spinal cord infarction and steroid side effects, benefits and alternatives were discussed; written consent signed.

TIME-OUT: Performed before skin preparation; identity, left side, levels and procedure confirmed by all present.

SEDATION: No sedation was given; she remained awake and conversant.

PRE-PROCEDURE PAIN: 7/10 (NRS).

TECHNIQUE: Prone. Lumbar region prepped with chlorhexidine and draped in sterile fashion. The inferior L4 end plate was squared on the AP view, then the C-arm was rotated 22 degrees to the left oblique to produce the Scotty dog, placing the target at the 6 o'clock position of the L4 pedicle in the subpedicular (safe) triangle. Skin wheal with 3 mL of 1% lidocaine. A 22-gauge 5-inch Quincke spinal needle was advanced coaxially in the trajectory view to the target and depth confirmed on the lateral view in the posterosuperior quadrant of the L4-L5 foramen. The L5-S1 needle was placed the same way with 15 degrees of caudal tilt to clear the iliac crest. Aspiration negative for blood and CSF at both needles. Under live digital subtraction, 1 mL of Omnipaque 240 at each level outlined the exiting root sleeve with medial epidural flow; no vascular or intrathecal pattern. Each level then received dexamethasone 5 mg (0.5 mL of 10 mg/mL, preservative free) injected slowly.

MEDICATIONS: Dexamethasone 10 mg in total, drawn from one 1 mL single-dose vial with nothing wasted. Omnipaque 240, 2 mL total. Lidocaine 1%, 3 mL.

IMAGES: AP and lateral images at each level saved to PACS.

COMPLICATIONS: None. Blood loss negligible.

POST-PROCEDURE: Pain 2/10 at 20 minutes. Dorsiflexion and plantar flexion strength unchanged; discharged ambulatory with her husband.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iohexol", 2, "ml"), given("lidocaine", 30)],
        pain=(7, 2), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", "JZ", units=10)],
        findings=[], dos="2025-06-17", pos="11")

    add("fdn-tfesi-02", "title-case headers", """
Procedure: Right C6-C7 Transforaminal Epidural Steroid Injection (Right C7 Nerve Root)

Diagnosis: Cervical radiculopathy, right C7 (M54.12)

History: Ten weeks of burning pain from the right posterior shoulder through the triceps and dorsal forearm into the middle finger, with paresthesias in the same distribution. Exam: triceps 4/5 on the right, triceps reflex diminished, Spurling maneuver reproduces the arm pain. MRI cervical spine: right uncovertebral hypertrophy with severe right C6-C7 foraminal stenosis. Six weeks of physical therapy with cervical traction and meloxicam 15 mg daily produced no improvement.

Consent: Risks of vertebral artery injection, spinal cord injury, stroke, infection and bleeding reviewed; he elected to proceed and signed the consent form.

Time-Out: Completed with nursing and radiology technologist; right side and C6-C7 level verified.

Sedation: None.

Pre-Procedure Pain: 8/10 (NRS).

Technique: Supine with the head rotated 20 degrees to the left. Anterolateral neck prepped and draped. The C-arm was obliqued to the right to open the C6-C7 foramen en face, then tilted to align the superior articular process. Skin infiltrated with 2 mL of 1% lidocaine. A 25-gauge 3.5-inch short-bevel spinal needle was directed onto the anterior aspect of the C7 superior articular process, then walked off its anterior edge to the posterior half of the foramen, tip kept lateral to the midpoint of the articular pillar on the AP view. Aspiration negative. Digital subtraction run with 1.5 mL of Isovue-M 300 showed perineural and epidural spread with no radicular or vertebral artery opacification. Dexamethasone 10 mg (1 mL, preservative free, particulate-free) was injected over one minute. A single spot image was stored.

Complications: No complications.

Post-Procedure: Pain 1/10; grip and triceps strength unchanged. Discharged with a driver.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 1.5, "ml"), given("lidocaine", 20)],
        pain=(8, 1), need=minus(ESI_NEED, "functional_impairment"),
        codes=[line("64479", "RT")],
        findings=["functional_impairment", "saved_images"], dos="2024-11-05", pos="24",
        comment="One stored image (< 2 views) and no functional limitation written.")

    add("fdn-h-tfesi-01", "dictated", """
Bilateral L5-S1 transforaminal epidural steroid injection, repeat.

She returns for a repeat bilateral L5-S1 transforaminal injection for lumbosacral radiculopathy (M54.17). The first one, in August, gave her 70 percent relief of the leg pain for five months; the pain has now crept back over the last six weeks, radiating down the back of both thighs and calves to the heels, with the Achilles reflexes reduced on both sides. She has had the symptoms for over two years. She did twelve weeks of physical therapy and a McKenzie program in the past without benefit and cannot take NSAIDs because of her kidneys. The pain keeps her from sitting through a church service and she has stopped driving more than 15 minutes. MRI from last year shows bilateral L5-S1 foraminal stenosis from a broad-based disc bulge and facet hypertrophy. Pain before the procedure is 6/10.

The risks and benefits were reviewed again and she signed consent. A time-out confirmed bilateral L5-S1. No sedation was used.

Prone, prepped with chlorhexidine, draped. I squared the S1 superior end plate on AP and obliqued 18 degrees to each side in turn to put the 6 o'clock position of the L5 pedicle over the superior articular process of S1. After a skin wheal of 1% lidocaine, 1 mL on each side, a 22-gauge 5-inch spinal needle was advanced down the beam on each side into the superior and posterior part of the L5-S1 foramen, confirmed on lateral. Negative aspiration. Omnipaque 180, 1 mL each side, under live fluoroscopy outlined the L5 root and flowed into the epidural space without vascular uptake. Each side then received 0.5 mL of Kenalog-40 (20 mg) mixed with 1 mL of 0.25% bupivacaine, so 40 mg of triamcinolone in total. AP and lateral views of each side were saved.

No complications. Pain 3/10 in recovery. Follow-up in four weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5), given("lidocaine", 20),
               given("iohexol", 2, "ml")],
        pain=(6, 3), need=ESI_NEED,
        codes=[line("64483", "50")],
        findings=[], dos="2026-02-09", pos="22",
        comment="Repeat with 70% relief for five months (>= 50% for >= 3 months): no prior_procedure_response.")

    # ------------------------------------------------------------------ interlaminar / caudal
    add("fdn-ilesi-01", "bullets", """
CERVICAL INTERLAMINAR EPIDURAL STEROID INJECTION, C7-T1

- Diagnosis: cervical radiculopathy (M54.12)
- Indication: 3 months of left neck and arm pain in the C6 and C7 dermatomes (lateral forearm, thumb and middle finger), diminished left brachioradialis reflex, positive Spurling on the left
- Imaging: MRI shows a C5-C6 left paracentral protrusion and C6-C7 disc-osteophyte complex with left lateral recess narrowing
- Conservative care: 7 weeks of physical therapy and a 4-week naproxen course gave no meaningful improvement
- Function: unable to work overhead as an electrician; wakes three times a night with arm pain
- Consent: signed after discussion of dural puncture, headache, infection, bleeding and nerve injury
- Time-out: done, level C7-T1 confirmed
- Sedation: none
- Pre-procedure pain: 8/10
- Approach: left paramedian interlaminar at C7-T1
- Technique: prone with a chest roll; C7-T1 interlaminar space opened with cephalad tilt on AP; skin 2 mL of 1% lidocaine; 20-gauge 3.5-inch Tuohy needle advanced in the contralateral oblique view (50 degrees) with the tip followed against the ventral interlaminar line; loss of resistance to preservative-free saline at 4.5 cm; aspiration negative for blood and CSF
- Epidurogram: 1.5 mL Isovue-M 300 showed a linear epidural pattern spreading cephalad to C5 on the left, no intrathecal or vascular uptake
- Injectate: dexamethasone 10 mg (1 mL of 10 mg/mL, single-dose vial, none discarded) with 2 mL preservative-free saline
- Saved images: contralateral oblique and AP, 2 images
- Complications: none
- Post-procedure pain: 3/10, neuro exam unchanged
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 1.5, "ml"), given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED,
        codes=[line("62321"), line("J1100", "JZ", units=10)],
        findings=[], dos="2025-09-23", pos="11")

    add("fdn-h-ilesi-01", "dictated", """
Lumbar interlaminar epidural steroid injection at L4-L5.

Diagnosis: lumbar spinal stenosis with neurogenic claudication (M48.062).

This is a 74-year-old woman with a year of bilateral buttock and leg pain that follows the L5 dermatomes into the top of both feet, with tingling in both big toes after walking a block. Her CT myelogram shows severe central canal stenosis at L4-L5 from ligamentum flavum hypertrophy and a grade 1 spondylolisthesis. She has done a course of physical therapy over 10 weeks, a home stretching routine, and takes acetaminophen. Her standing tolerance is down to five minutes and she leans on the cart to get through a grocery store. Pre-procedure pain 7/10.

Consent was reviewed and signed. Time-out completed. No sedation.

Prone over a pillow. Midline at L4-L5 identified on AP with the end plates squared. 3 mL of 1% lidocaine to the skin and interspinous tissue. An 18-gauge 3.5-inch Tuohy needle was walked in the midline toward the interlaminar window and its depth checked on lateral and contralateral oblique views; loss of resistance to saline was reached just past the ventral interlaminar line. Negative aspiration. 2 mL of Omnipaque 240 produced a good epidurogram with bilateral spread from L3 to S1, no vascular runoff. Injected Depo-Medrol 80 mg (the whole 1 mL single-dose vial, nothing wasted) with 3 mL of preservative-free saline. AP and lateral epidurogram images were saved.

No complications; pain 2/10 afterward.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 30), given("iohexol", 2, "ml")],
        pain=(7, 2), need=minus(ESI_NEED, "conservative_care"),
        codes=[line("62323"), line("J1040", "JZ")],
        findings=["conservative_care"], dos="2023-10-12", pos="11",
        comment="Therapy listed without an outcome; 80 mg methylprednisolone before 2024-04-01 is one J1040, JZ from 2023-07-01.")

    add("fdn-h-caudal-01", "dictated", """
Caudal epidural steroid injection with epidurogram.

Indication: Postlaminectomy syndrome (M96.1) with bilateral S1 radicular pain. He had an L4-S1 laminectomy and fusion four years ago and for the last eight months has had burning pain down the back of both legs to the soles, with numbness of the lateral feet and absent ankle jerks. Post-contrast MRI shows epidural fibrosis surrounding both S1 roots and no recurrent disc. Neuropathic agents (duloxetine, then pregabalin) and twelve weeks of aquatic therapy failed to change the leg pain. He can walk only two blocks and has had to stop working at the hardware store. A caudal route was chosen because of the posterior fusion mass. Pain 7/10 before starting.

Consent signed. Time-out performed. He declined sedation and none was given.

Prone with a pillow under the pelvis. The sacral cornua were palpated and the hiatus confirmed on lateral fluoroscopy. After 2 mL of 1% lidocaine to the skin, a 20-gauge 3.5-inch Tuohy needle was passed through the sacrococcygeal ligament with a distinct give and advanced to the S3 level on the lateral view, staying caudal to the expected end of the dural sac. Aspiration negative for blood and CSF. 5 mL of Omnipaque 240 filled the sacral canal and spread cephalad to L5 on both sides, outlining both S1 sleeves; no vascular pattern. Through the same needle: triamcinolone 80 mg (2 mL of Kenalog-40), 2 mL of 1% lidocaine and 8 mL of preservative-free saline, in 3 mL aliquots. Lateral and AP images were saved.

Complications: none. Pain 4/10 on discharge, legs strong.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 40), given("iohexol", 5, "ml")],
        pain=(7, 4), need=ESI_NEED,
        codes=[line("62323")],
        findings=[], dos="2025-01-14", pos="24",
        comment="80 mg triamcinolone is at, not above, the ceiling; lidocaine 2 mL skin + 2 mL in the injectate = 40 mg.")

    # ------------------------------------------------------------------ facet injection / MBB
    add("fdn-mbb-01", "inline fields", """
Procedure: First diagnostic medial branch blocks, right L3-L4 and L4-L5 facet joints (right L2, L3 and L4 medial branches). Intent: diagnostic.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).
History: Axial right low back pain for 8 months, worse with extension and rotation, no radicular features. Physical therapy for 10 weeks and naproxen gave no improvement. Cannot stand more than 15 minutes or sleep on his right side.
Imaging: MRI: right L3-L4 and L4-L5 facet hypertrophy with joint effusions; discs preserved.
Consent: Written consent obtained.
Time-out: Completed; right side and levels confirmed.
Sedation: None, to keep the block interpretable.
Pain before: 6/10 with standing extension.
Technique: Prone. Right-sided sterile prep. No skin local anesthetic was used so as not to confound the block. For each nerve the C-arm was obliqued 15-20 degrees to the right to bring the junction of the superior articular process and transverse process (eye of the Scotty dog) en face; a 25-gauge 3.5-inch spinal needle was placed at the junction on the L3 and L4 transverse processes and at the corresponding L2 target, bone contact made, then position confirmed on AP and lateral. Aspiration negative at each needle. 0.2 mL of Omnipaque 240 per needle under live fluoroscopy showed no venous uptake. Each nerve then received 0.5 mL of 0.5% bupivacaine.
Totals: bupivacaine 0.5% 1.5 mL; Omnipaque 240 0.6 mL.
Complications: None.
Pain after: 1/10 at 30 minutes with extension and rotation, recorded in a pain diary he will continue for 6 hours.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 7.5), given("iohexol", 0.6, "ml")],
        pain=(6, 1), need=spine_img,
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")],
        findings=[], dos="2026-04-21", pos="11")

    add("fdn-h-mbb-01", "dictated", """
Confirmatory (second) diagnostic cervical medial branch blocks, bilateral C4-C5 and C5-C6.

Cervical spondylosis (M47.812). Two years of posterior neck pain into both upper trapezius regions, worse looking up and turning, without arm symptoms. Twelve weeks of physical therapy and scheduled NSAIDs did not help. She cannot check her blind spot while driving and has stopped painting ceilings. Her first diagnostic block with lidocaine three weeks ago gave 60 percent relief for about two hours. Neck pain 5/10 today.

Consent signed; time-out done, both sides and levels confirmed. No sedation.

Prone with the neck slightly flexed on a foam block. Lateral fluoroscopy with both articular pillars superimposed. On each side a 25-gauge 2-inch needle was introduced from a posterolateral trajectory to the waist (centroid) of the C4, C5 and C6 articular pillars, confirmed on lateral and AP so the tip sat on the lateral concavity of each pillar. No skin local, no contrast. Negative aspiration; 0.3 mL of 0.5% bupivacaine at each of the six nerves (1.8 mL total).

No complications. Neck pain 0/10 at 45 minutes with rotation; she will keep a pain diary for 8 hours.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", contrast=False, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 9)],
        pain=(5, 0), need=SPINE_NEED,
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")],
        findings=["diagnostic_block_relief"], dos="2025-08-07", pos="22",
        comment="A confirmatory diagnostic block after a first block of 60% (< 80%): diagnostic_block_relief.")

    add("fdn-facet-01", "title-case headers", """
Procedure: Therapeutic Intra-Articular Facet Injections, Left L4-L5 And L5-S1

Diagnosis: Lumbosacral spondylosis without myelopathy or radiculopathy (M47.817)

Indication: Left paramedian low back pain for 14 months, axial, worse with extension and prolonged standing. Two diagnostic medial branch blocks of the same joints gave 90% and 85% relief. She declined radiofrequency ablation after discussion. Physical therapy for 8 weeks and meloxicam failed to help. She can no longer garden and stands at work only with breaks every 20 minutes.

Consent: Obtained and signed.

Sedation: None.

Pre-Procedure Pain: 6/10

Technique: Prone. Sterile prep and drape. The C-arm was obliqued 30 degrees to the left until the L4-L5 joint space opened, then given caudal tilt to line up the inferior recess. Skin wheal with 2 mL of 1% lidocaine. A 22-gauge 3.5-inch spinal needle was advanced down the beam into the inferior recess of the left L4-L5 joint with a capsular give; the L5-S1 joint was entered the same way at 25 degrees. 0.2 mL of Omnipaque 240 in each joint produced an arthrogram outlining the superior and inferior recesses without epidural or vascular spread. Each joint then received 0.25 mL of Kenalog-40 (10 mg) with 0.5 mL of 0.5% bupivacaine. Triamcinolone 20 mg in total from a multi-dose vial.

Complications: None.

Post-Procedure Pain: 2/10
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 5), given("lidocaine", 20),
               given("iohexol", 0.4, "ml")],
        pain=(6, 2), need=SPINE_NEED,
        codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", units=2)],
        findings=["time_out"], dos="2024-09-10", pos="11",
        comment="Multi-dose vial: no JZ. No time-out written.")

    # ------------------------------------------------------------------ facet RFA
    add("fdn-rfa-01", "capitalised headers", """
PROCEDURE: Radiofrequency ablation of the right L3 and L4 medial branches and right L5 dorsal ramus (right L4-L5 and L5-S1 facet joints).

DIAGNOSIS: Lumbar spondylosis (M47.816).

INDICATION: Right axial low back pain for 3 years despite 12 weeks of physical therapy and NSAIDs, which gave no lasting relief. He is unable to lift his grandson or stand through a shift. Two diagnostic medial branch blocks of the same nerves gave 90% and 80% relief of the index pain, concordant with the anesthetic duration.

CONSENT: Written consent after discussion of neuritis, numbness, infection, bleeding and failure to relieve pain.

TIME-OUT: Performed; right side and nerves confirmed.

SEDATION: No sedation was given.

PRE-PROCEDURE PAIN: 6/10.

TECHNIQUE: Prone. Sterile prep. For each target the C-arm was obliqued 20-25 degrees and tilted caudally 25 degrees so the 18-gauge 100-mm curved RF cannula with a 10-mm active tip could lie parallel to the nerve along the junction of the superior articular process and transverse process (L3 and L4) and in the groove between the S1 superior articular process and sacral ala (L5 dorsal ramus). Position checked on AP, oblique and lateral views, tip no further ventral than the posterior third of the foramen. Sensory stimulation at 50 Hz reproduced concordant back pain at 0.4 V or less at every site. Motor stimulation at 2 Hz to 1.5 V produced multifidus contraction and no lower-extremity fasciculation. After 1 mL of 2% lidocaine through each cannula, lesions were made at 80 degrees C for 90 seconds, 2 cycles per nerve with the cannula rotated between cycles. No contrast was used.

COMPLICATIONS: None.

POST-PROCEDURE PAIN: 3/10 (expected soreness reviewed).
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=False, sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 3), need=SPINE_NEED,
        codes=[line("64635", "RT"), line("64636", "RT")],
        findings=[], dos="2026-05-19", pos="24")

    add("fdn-h-rfa-01", "dictated", """
Repeat bilateral cervical radiofrequency neurotomy, C5, C6 and C7 medial branches (C5-C6 and C6-C7 facet joints).

Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812). She has had axial neck pain for six years, unchanged by physical therapy for 10 weeks and anti-inflammatories. Her last radiofrequency ablation of these nerves, fourteen months ago, gave 75 percent relief lasting ten months; the pain is back to baseline and again limits her to 20 minutes at a computer and keeps her from reversing the car. Pain 7/10 before we started.

Consent signed. Time-out completed with both sides and the three nerves on each side confirmed.

Moderate sedation was administered by me with midazolam 2 mg IV in divided doses because of severe procedural anxiety and a vasovagal episode during her last awake procedure that prevented her from holding the prone position; a registered nurse was present as the independent trained observer monitoring pulse oximetry, capnography, ECG and blood pressure throughout. Sedation start 08:14, end 08:43, intraservice time 29 minutes.

Prone, neck flexed. Using an ipsilateral oblique and then lateral view, an 18-gauge 54-mm RF cannula with a 10-mm active tip was placed parallel to each medial branch across the waist of the C5, C6 and C7 articular pillars, bilaterally. Sensory testing at 50 Hz was concordant at 0.3 to 0.5 V; motor testing at 2 Hz to 2.0 V showed no deltoid, biceps or triceps contraction. Each site was anesthetized with 0.5 mL of 2% lidocaine (3 mL total). Lesions at 85 degrees C for 60 seconds, two lesions per nerve. AP and lateral images saved.

No complications. Pain 3/10 in recovery; she was discharged with her daughter.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 60), given("midazolam", 2)],
        pain=(7, 3), need=SPINE_NEED,
        codes=[line("64633", "50"), line("64634", "50"), line("99152"), line("99153")],
        findings=[], dos="2025-03-11", pos="22",
        comment="Repeat RFA with 75% for ten months (>= 6 months); moderate sedation by the proceduralist, 29 min with observer: 99152 + 99153 x1.")

    # ------------------------------------------------------------------ SI joint
    add("fdn-sij-01", "bullets", """
LEFT SACROILIAC JOINT INJECTION - DIAGNOSTIC

- Diagnosis: left sacroiliitis (M46.1)
- History: left buttock and posterior pelvic pain for 6 months below L5, positive thigh thrust, FABER, compression and Gaenslen on the left; 8 weeks of physical therapy with no lasting benefit; cannot sit through a 30-minute meal or climb stairs without a rail
- Consent: written, signed
- Time-out: performed, LEFT side marked and confirmed
- Sedation: none
- Pain before: 5/10
- Technique: prone; C-arm rotated to the contralateral oblique and tilted cephalad until the anterior and posterior joint lines separated at the inferior third; skin 2 mL of 1% lidocaine; 22-gauge 3.5-inch spinal needle advanced into the posterior inferior joint with a capsular pop; 0.5 mL Omnipaque 180 outlined the inferior recess and joint line, no vascular spread
- Injectate: Celestone Soluspan 6 mg (1 mL of 6 mg/mL from a multi-dose vial) with 1 mL of 0.5% ropivacaine
- Images: AP and contralateral oblique images saved
- Complications: none
- Pain after: 1/10 on repeat thigh thrust and FABER, 80% relief
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("ropivacaine", 5), given("lidocaine", 20),
               given("iohexol", 0.5, "ml")],
        pain=(5, 1), need=SPINE_NEED,
        codes=[line("27096", "LT"), line("J0702")],
        findings=[], dos="2025-02-25", pos="11")

    add("fdn-h-sij-01", "dictated", """
Therapeutic right sacroiliac joint injection.

Diagnosis: sacroiliitis, right (M46.1). Right buttock pain below the belt line for a year, three of five provocation tests positive on the right. Physical therapy for 10 weeks and a sacroiliac belt did not reduce the pain. She cannot walk her dog farther than the end of the street. A diagnostic right SI joint block with lidocaine on 2025-10-02 gave 90 percent relief of the index pain for four hours. Pre-procedure pain 7/10.

Consent signed, time-out performed, no sedation.

Prone. The C-arm was rotated 15 degrees to the left (contralateral oblique) with 20 degrees of cephalad tilt to bring the posterior joint line of the lower third into view. After a 1% lidocaine skin wheal (2 mL), a 22-gauge 3.5-inch needle was guided into the inferior joint until it slipped through the capsule; position confirmed on AP and lateral projections. Negative aspiration. Triamcinolone 40 mg (1 mL of Kenalog-40) and 1 mL of 0.5% bupivacaine were injected with low resistance. AP and oblique images saved.

No complications. Pain 2/10 afterward, about 70 percent relief.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5), given("lidocaine", 20)],
        pain=(7, 2), need=SPINE_NEED,
        codes=[line("27096", "RT")],
        findings=["contrast"], dos="2025-12-03", pos="22",
        comment="Contrast neither used nor declined: the note is silent on it.")

    add("fdn-h-sinb-01", "shorthand", """
R SIJ lateral branch blocks (diagnostic, pre-RFA) - R L5 dorsal ramus + S1, S2, S3 lateral branches.

Dx: R sacroiliitis (M46.1). R SIJ pain x 9 mo, + thigh thrust / compression / FABER on R. Had 2 intra-articular SIJ inj w/ only brief benefit; eval for RFA.
Consent signed. Time-out done, R side. No sedation.
Pre pain 6/10.

Prone, sterile prep. AP view w/ cephalad tilt to line up the S1-S3 posterior foramina. 25 ga 3.5 in spinal needles: L5 DR at junction of the sacral ala and S1 SAP; S1, S2, S3 at the lateral margin of each posterior foramen (2:30 to 5:30 o'clock position on the R). Depth on lateral. Neg aspiration. Omnipaque 240 0.2 mL per needle, no vascular uptake. Bupivacaine 0.5% 0.5 mL per site x 4 sites (2 mL total).
No complications.
Post pain 1/10 with provocation at 30 min; diary given.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10), given("iohexol", 0.8, "ml")],
        pain=(6, 1), need=("diagnosis", "symptom_duration"),
        codes=[line("64451", "RT")],
        findings=[], dos="2026-07-14", pos="24")

    add("fdn-h-sirfa-01", "dictated", """
Left sacroiliac joint radiofrequency ablation: left L5 dorsal ramus and S1, S2 and S3 lateral branches.

Diagnosis: sacroiliitis, left (M46.1), with left buttock pain for two years. Two sets of diagnostic lateral branch blocks gave 80 and 85 percent relief. She cannot sit in a car for more than 20 minutes. Pain 7/10 on arrival.

Consent signed. Time-out done, left side. No sedation.

Prone. With the C-arm tilted cephalad to align the posterior sacral foramina, an 18-gauge 100-mm cannula with a 10-mm active tip was placed at the junction of the sacral ala and the S1 superior articular process for the L5 dorsal ramus. At S1, S2 and S3 the cannula was placed at the lateral margin of each posterior foramen between the 2 and 5 o'clock positions (left side), and re-positioned twice at each foramen to make three overlapping lesions (leapfrog). Sensory stimulation at 50 Hz concordant at 0.5 V or less; motor stimulation at 2 Hz to 2 V with no lower-extremity motor response. 1 mL of 2% lidocaine at each of the four nerve positions before lesioning. Conventional thermal lesions at 80 degrees C for 90 seconds each.

No complications. She was discharged home; post-procedure instructions given.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 80)],
        pain=(7, None), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64625", "LT")],
        findings=["post_procedure_pain_score"], dos="2026-06-30", pos="22")

    # ------------------------------------------------------------------ trigger points
    add("fdn-tpi-01", "inline fields", """
Procedure: Trigger point injections, 3 muscles: left upper trapezius, left levator scapulae, left rhomboid major.
Diagnosis: Myofascial pain, neck and upper back muscles (M79.12).
Exam: Taut bands with exquisitely tender nodules in each of the three muscles; palpation reproduces her referred pain to the occiput and medial scapular border; local twitch response elicited in the trapezius and levator.
Consent: Verbal and written consent obtained.
Time-out: Performed.
Guidance: Landmark technique, no imaging.
Pain before: 5/10.
Technique: Skin cleansed with alcohol and chlorhexidine. Each trigger point was fixed between two fingers and entered with a 25-gauge 1.5-inch needle directed tangentially over the ribs for the rhomboid; fanning passes were made until the twitch responses extinguished. Aspiration negative before each injection. Lidocaine 1%, 2 mL per muscle (6 mL in total).
Complications: None; no pneumothorax symptoms, breath sounds equal.
Pain after: 2/10, 60% relief. Stretching program reviewed.
""", procs=[proc("trigger_point", region="cervical", laterality="left", imaging="none")],
        drugs=[given("lidocaine", 60)],
        pain=(5, 2), need=("diagnosis",),
        codes=[line("20553")],
        findings=["indication"], dos="2024-02-06", pos="11",
        comment="Gold correction (r3b): only the Diagnosis field and an exam of taut bands say why: indication, as fcv-tpi-01.")

    add("fdn-h-tpi-01", "dictated", """
Trigger point injections, right gluteus medius and right quadratus lumborum.

Myofascial pain syndrome of the low back and gluteal muscles (M79.18). On exam there is a ropy taut band in the right quadratus lumborum just below the twelfth rib and another in the right gluteus medius, each with a jump sign and referral of pain into the lateral hip. Pain before injection 6/10.

Consent signed and time-out done. No imaging used. The skin was prepped with chlorhexidine. With the patient side-lying, each trigger point was pinned and a 25-gauge 2-inch needle was advanced into the band until a local twitch was obtained; after negative aspiration 3 mL of 0.25% bupivacaine was injected in each muscle with several redirections. Two muscles were injected in total.

No complications. Pain 3/10 after the injections; she will continue her home stretches.
""", procs=[proc("trigger_point", region="lumbar", laterality="right", imaging="none")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 3), need=("diagnosis",),
        codes=[line("20552")],
        findings=["percent_relief"], dos="2026-08-18", pos="11",
        comment="Relief only implied by the 6 -> 3 scores, never stated.")

    # ------------------------------------------------------------------ occipital / peripheral
    add("fdn-onb-01", "odd spacing", """
PROCEDURE :   Bilateral greater occipital nerve blocks ,  ultrasound guided (proximal approach at C2)

DIAGNOSIS :  Occipital neuralgia ,  bilateral   (M54.81)

INDICATION :   lancinating pain from the suboccipital region over the vertex on both sides ,  Tinel sign over both greater occipital nerves


CONSENT :  signed    TIME-OUT :  completed    SEDATION :  none

PAIN BEFORE :  7/10

TECHNIQUE :   Prone ,  neck flexed .  High-frequency linear probe placed transversely over the C2 spinous process ( bifid ) , then moved laterally to show the obliquus capitis inferior .   The greater occipital nerve identified superficial to the muscle as a small oval hypoechoic structure .   25-gauge 2-inch needle advanced in-plane lateral to medial until the tip lay in the fascial plane between obliquus capitis inferior and semispinalis capitis ;  negative aspiration ;  hydrodissection of the nerve seen in real time .   0.5% bupivacaine 2 mL each side  ( 4 mL total ) .
    Same technique on the opposite side .   A representative ultrasound image of each side was saved to the record .

COMPLICATIONS :   none

PAIN AFTER :  1/10
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="ultrasound", sedation="none")],
        drugs=[given("bupivacaine", 20)],
        pain=(7, 1), need=("diagnosis",),
        codes=[line("64405", "50"), line("76942")],
        findings=[], dos="2025-10-28", pos="11")

    add("fdn-pnb-01", "boilerplate attestation", """
Procedure: Right suprascapular nerve block under ultrasound guidance.
Diagnosis: Right glenohumeral osteoarthritis (M19.011).
Indication: Deep right shoulder pain, worse at night; not a surgical candidate at present.
Pre-procedure pain: 8/10.

Informed consent was obtained after the risks, benefits and alternatives, including pneumothorax and nerve injury, were discussed; the consent form was signed. A time-out was performed confirming patient, procedure and right side. No sedation was administered.

Seated, arm in adduction. A linear 12 MHz probe placed in the coronal plane over the scapular spine and moved anteriorly to show the suprascapular notch under the transverse scapular ligament, with the suprascapular artery seen on color Doppler. A 22-gauge 80-mm echogenic block needle was advanced in-plane medial to lateral to the floor of the notch beneath the ligament. After negative aspiration, ropivacaine 0.5% 8 mL with dexamethasone 4 mg (1 mL of 4 mg/mL) was injected in 2 mL aliquots, spread seen around the artery and nerve. An image of the needle at the target was saved.

No complications. Post-procedure pain 2/10 with passive abduction.

I attest that I personally performed the procedure and was present for its entirety; the documentation above is accurate.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound", sedation="none")],
        drugs=[given("ropivacaine", 40), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 2), need=("diagnosis",),
        codes=[line("64418", "RT"), line("76942", "26")],
        findings=[], dos="2024-06-25", pos="24")

    # ------------------------------------------------------------------ genicular
    add("fdn-h-gnb-01", "dictated", """
Left genicular nerve block, diagnostic, before radiofrequency ablation.

Primary osteoarthritis of the left knee (M17.12), Kellgren-Lawrence grade 4, with medial and anterior knee pain. He is not a candidate for arthroplasty because of his cardiac history. Knee pain 8/10 before the block, worse on stairs.

Time-out done, left knee. No sedation.

Supine with a bolster under the knee. For the superomedial and superolateral genicular nerves the AP view was centered on the junction of the femoral shaft and each epicondyle; for the inferomedial nerve on the junction of the tibial shaft and the medial tibial condyle. A 22-gauge 3.5-inch needle was walked to periosteum at each target and advanced on the lateral view to the midpoint of the bone in the anteroposterior plane. Negative aspiration. 2 mL of 0.5% bupivacaine at each of the three nerves.

No complications. Knee pain 2/10 on stair climbing in the clinic 30 minutes later.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="left", imaging="fluoroscopy",
                 intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 30)],
        pain=(8, 2), need=("diagnosis",),
        codes=[line("64454", "LT")],
        findings=["consent"], dos="2026-01-20", pos="11", consent=False)

    add("fdn-grfa-01", "capitalised headers", """
PROCEDURE: Right genicular nerve radiofrequency ablation (superomedial, superolateral and inferomedial genicular nerves), fluoroscopic guidance.

DIAGNOSIS: Unilateral primary osteoarthritis, right knee (M17.11).

INDICATION: Chronic right knee pain. A diagnostic genicular nerve block of the same three nerves on 2025-03-18 gave 85% relief for 7 hours.

CONSENT: Signed.

TIME-OUT: Performed, right knee.

SEDATION: None.

PRE-PROCEDURE PAIN: 7/10.

TECHNIQUE: Supine, knee flexed 15 degrees. Targets on the AP view: junction of the femoral shaft with the medial and lateral epicondyles, and of the tibial shaft with the medial condyle. An 18-gauge 100-mm RF cannula with a 10-mm active tip was advanced to periosteum at each target and then on the lateral view to the junction of the anterior two-thirds and posterior third of the bone. Sensory stimulation at 50 Hz reproduced concordant knee pain at 0.3-0.5 V; motor stimulation at 2 Hz to 2 V gave no distal leg fasciculation. 1 mL of 2% lidocaine through each cannula, then thermal lesions at 80 degrees C for 90 seconds, two lesions per nerve (cannula withdrawn 5 mm between lesions).

COMPLICATIONS: None.

POST-PROCEDURE PAIN: 3/10.
""", procs=[proc("genicular_rfa", region="knee", laterality="right", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=("diagnosis",),
        codes=[line("64624", "RT")],
        findings=[], dos="2025-05-06", pos="22")

    # ------------------------------------------------------------------ sympathetic
    add("fdn-h-stellate-01", "dictated", """
Right stellate ganglion block under ultrasound guidance.

Complex regional pain syndrome type I of the right upper limb (G90.511): burning pain, allodynia, edema and a cool mottled hand since a distal radius fracture eight months ago. Pain 7/10 before the block, baseline right palm temperature 29.1 degrees C.

Consent signed; time-out confirmed the right side. No sedation.

Supine with the head turned slightly to the left. A linear probe placed transversely at the C6 level identified the anterior tubercle (Chassaignac), the longus colli and the carotid artery; color Doppler mapped the inferior thyroid and vertebral arteries out of the path. A 25-gauge 2-inch needle was advanced in-plane lateral to medial, behind the carotid, until the tip lay under the prevertebral fascia over the longus colli. After negative aspiration, a 0.5 mL test dose of 0.5% ropivacaine was followed by the rest of a 5 mL total in 1 mL aliquots with aspiration between them, spread seen along the prevertebral fascia. An image showing needle and spread was saved.

Within 10 minutes there was right ptosis and miosis and the right palm temperature rose to 33.4 degrees C. No complications. Pain 3/10 at 30 minutes.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right", imaging="ultrasound",
                 sedation="none")],
        drugs=[given("ropivacaine", 25)],
        pain=(7, 3), need=("diagnosis", "symptom_duration"),
        codes=[line("64510"), line("76942")],
        findings=[], dos="2026-03-03", pos="11",
        comment="The 0.5 mL test dose is part of the 5 mL total of ropivacaine.")

    add("fdn-lsb-01", "title-case headers", """
Procedure: Left Lumbar Sympathetic Block At L3, Fluoroscopic Guidance

Diagnosis: Complex regional pain syndrome type I, left lower limb (G90.522)

Indication: Burning pain, hyperalgesia, color change and sweating of the left foot for 5 months after an ankle fracture.

Consent: Risks including genitofemoral neuralgia, bleeding and intravascular injection reviewed; written consent obtained.

Time-Out: Performed, left side.

Sedation: None.

Pre-Procedure Pain: 8/10

Technique: Prone. The L3 end plates were squared and the C-arm rotated 25-30 degrees to the left until the tip of the L3 transverse process overlapped the lateral margin of the vertebral body. Skin wheal with 2 mL of 1% lidocaine. A 22-gauge 5-inch spinal needle was advanced coaxially just under the transverse process to the anterolateral surface of the L3 body, then on the lateral view to the anterior third of the vertebral body. Aspiration negative. 3 mL of Isovue-M 200 spread cephalad and caudad along the anterolateral vertebral bodies in a linear pattern without psoas striation or vascular uptake. 10 mL of 0.25% bupivacaine was injected incrementally. Left foot temperature rose from 28.0 to 31.6 degrees C within 15 minutes with venodilation.

Complications: None.

Post-Procedure Pain: 3/10
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left", levels=["L3"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("bupivacaine", 25), given("lidocaine", 20), given("iopamidol", 3, "ml")],
        pain=(8, 3), need=("diagnosis", "symptom_duration"),
        codes=[line("64520"), line("77002", "26")],
        findings=[], dos="2024-12-10", pos="24")

    # ------------------------------------------------------------------ joint
    add("fdn-h-hip-01", "dictated", """
Right hip intra-articular injection under fluoroscopy.

Primary osteoarthritis of the right hip (M16.11) with groin pain on internal rotation. Pain 6/10 before the injection. Consent signed, time-out performed, no sedation.

Supine with the leg internally rotated 15 degrees. The femoral head-neck junction was marked on the AP view lateral to the femoral vessels, which were palpated and marked. After 3 mL of 1% lidocaine to the skin and track, a 22-gauge 5-inch spinal needle was advanced down the beam to bone at the lateral head-neck junction. 2 mL of Omnipaque 240 produced an arthrogram outlining the capsule and the recess around the femoral neck, with no vascular uptake. Then Kenalog-40, 1 mL (40 mg), with 4 mL of 0.25% bupivacaine was injected with minimal resistance.

Pain 2/10 in recovery with log roll.
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="right",
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 10), given("lidocaine", 30),
               given("iohexol", 2, "ml")],
        pain=(6, 2), need=("diagnosis",),
        codes=[line("20610", "RT"), line("77002"), line("J3301", units=4), line("Q9966", units=2)],
        findings=["complications"], dos="2023-05-16", pos="11", complications=None,
        comment="Office hip injection with fluoroscopy: the code does not include imaging, so 77002 and the contrast "
                "(Omnipaque 240, Q9966 per mL) are billed; before 2023-07-01 no JZ. Complications never written.")

    # ------------------------------------------------------------------ spinal cord stimulation
    add("fdn-scs-01", "capitalised headers", """
PROCEDURE: Percutaneous spinal cord stimulator trial, two 8-contact leads, fluoroscopic guidance.

DIAGNOSIS: Failed back surgery syndrome (M96.1) with bilateral leg and low back pain.

INDICATION: Pain for 3 years after an L4-S1 fusion. Physical therapy for 12 weeks, two epidural injection series, duloxetine and a structured home exercise program all failed to relieve the pain. He cannot walk more than 100 feet or sit through a meal. Psychological evaluation on 2025-06-30 cleared him for stimulation without contraindications.

CONSENT: Signed after discussion of infection, lead migration, dural puncture and failure of the trial.

TIME-OUT: Performed.

SEDATION: No sedation, so that he could report paresthesia coverage.

PRE-PROCEDURE PAIN: 8/10.

TECHNIQUE: Prone, lumbar area prepped and draped widely. Under AP fluoroscopy the left L1-L2 interlaminar space was targeted from two levels below with a shallow paramedian trajectory. After 10 mL of 1% lidocaine to skin and tracks, two 14-gauge Tuohy needles were advanced into the epidural space by loss of resistance to saline, confirmed on lateral. The first 8-contact lead was steered to the top of T8 just left of the midline and the second to the mid-T8 body just right of midline, staggered, and their dorsal position confirmed on lateral. Intraoperative testing gave concordant paresthesia over both legs and the low back. Leads anchored to the skin and dressed sterile.

COMPLICATIONS: None.

POST-PROCEDURE PAIN: 4/10 with the trial program running.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("63650", units=2), line("77003", "26")],
        findings=[], dos="2025-07-22", pos="24")

    add("fdn-h-scs-01", "dictated", """
Permanent spinal cord stimulator implantation: two percutaneous 8-contact leads and implantable pulse generator.

Failed back surgery syndrome (M96.1), with four years of low back and bilateral leg pain since his L5-S1 fusion despite physical therapy for 16 weeks, medial branch procedures and medications, none of which gave lasting benefit. His trial in June gave 70 percent relief of the leg pain and let him walk a mile again, where before it he could not walk a single block.

Consent signed. Time-out done. No sedation was given; he stayed awake for intraoperative testing.

Prone. 1% lidocaine, 20 mL in total, to the skin, tracks and pocket site. Two 14-gauge Tuohy needles entered the epidural space at T12-L1 by loss of resistance under fluoroscopy. Two percutaneous 8-contact leads were advanced to the top of T8 and mid-T8 as in the trial, dorsal placement on lateral fluoroscopy, and tested with concordant paresthesia. A midline incision was made, the leads anchored to the supraspinous fascia and tunneled to a left upper buttock pocket, where the generator was connected and impedances checked. The pocket was irrigated and infiltrated with 10 mL of 0.25% bupivacaine, then closed in layers.

No complications.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 200), given("bupivacaine", 25)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("63650", units=2), line("63685"), line("77003", "26")],
        findings=["indication"], dos="2025-09-09", pos="22",
        comment="No psychological evaluation written (scs.psychological_evaluation reports under indication).")

    # ------------------------------------------------------------------ vertebral augmentation
    add("fdn-va-01", "bullets", """
L1 KYPHOPLASTY (BALLOON), BILATERAL TRANSPEDICULAR

- Diagnosis: age-related osteoporotic compression fracture of L1, initial encounter (M80.08XA)
- Imaging: MRI with STIR hyperintensity throughout the L1 body, 35% anterior height loss, posterior wall intact
- History: severe axial pain for 6 weeks despite a TLSO brace, calcitonin and scheduled acetaminophen, none of which reduced the pain; bedbound except for toileting
- Consent: signed; time-out done, L1 confirmed by counting from the sacrum and the twelfth rib
- Sedation: none
- Pain before: 9/10
- Technique: prone; biplanar fluoroscopy; L1 end plates squared and each pedicle aligned in the trajectory view; 10 mL of 1% lidocaine to skin and periosteum; 11-gauge bone access needles advanced through the lateral upper quadrant of each pedicle (10 and 2 o'clock), medial wall not crossed on AP before the posterior body wall was passed on lateral; drill to the anterior third; balloons inflated to 180 psi with partial height restoration; PMMA of toothpaste consistency 3.5 mL per side under continuous lateral fluoroscopy, no leakage into the canal or veins
- Complications: none
- Pain after: 4/10 supine in recovery
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 100)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("22514")],
        findings=[], dos="2024-03-19", pos="22")

    add("fdn-h-va-01", "dictated", """
Vertebroplasty, T11 and T12, left unipedicular approach.

Osteoporotic compression fractures of T11 and T12 (M80.08XA) with eight weeks of pain despite a brace and scheduled analgesics, which have not let her get out of bed without help. Pain 8/10 before the procedure. Consent signed; time-out done with the levels counted from the sacrum. No sedation.

Prone with biplanar fluoroscopy. After 1% lidocaine to the skin and periosteum (8 mL), an 11-gauge bone needle was advanced through the left T11 pedicle in the trajectory view, staying lateral to the medial pedicle wall until the lateral view showed the tip past the posterior body wall, then to the junction of the anterior and middle thirds near the midline. T12 was done the same way. Cement (PMMA) was injected under continuous lateral fluoroscopy, 2.5 mL at T11 and 3 mL at T12, crossing the midline, with no extravasation.

No complications. Pain 3/10 when turned in bed afterward.
""", procs=[proc("vertebral_augmentation", approach="vertebroplasty", region="thoracic", levels=["T11", "T12"],
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 80)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("22510"), line("22512")],
        findings=["imaging_findings"], dos="2026-09-15", pos="22",
        comment="No imaging report of the fractures (va.imaging_findings).")

    # ------------------------------------------------------------------ intrathecal pump
    add("fdn-pump-01", "boilerplate attestation", """
Procedure: Intrathecal pump refill and reprogramming.
Diagnosis: Chronic pain syndrome (G89.4) with intrathecal morphine delivery system.

Consent was obtained and the time-out performed. The pump was interrogated: reservoir 3.5 mL expected, alarm date in 9 days. The pump was located by palpation and the refill template placed over it; the skin was prepped with chlorhexidine. A 22-gauge non-coring Huber needle entered the central reservoir septum and 3.2 mL was aspirated and discarded, consistent with the expected volume. I then refilled the reservoir with 20 mL of preservative-free morphine 25 mg/mL, aspirating every 5 mL to confirm placement in the reservoir. The pump was reprogrammed by me: daily dose increased by 10 percent from 4.0 to 4.4 mg/day, new alarm date set. No complications.

I attest that I personally performed the refill and the reprogramming.
""", procs=[proc("pump_refill", sedation=None)],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",),
        codes=[line("62370")],
        findings=[], dos="2026-10-13", pos="11")

    add("fdn-h-pump-01", "shorthand", """
ITB pump refill.

Dx: severe spasticity of both lower limbs after a traumatic spinal cord injury; intrathecal baclofen pump.
Consent on file, verbal reconfirmed. Time-out done.
Refill done by clinic RN under my direct supervision: pump located, template placed, chlorhexidine prep, 22 ga Huber needle into the reservoir, 2.8 mL residual removed (expected 3.0). Reservoir refilled with baclofen 2000 mcg/mL, 20 mL, aspiration checks every 5 mL. Pump interrogated afterward.
No complications.
""", procs=[proc("pump_refill")],
        drugs=[given("baclofen", 40)],
        pain=(None, None), need=("diagnosis",),
        codes=[line("95990")],
        findings=["approach", "indication"], dos="2025-04-08", pos="11",
        comment="Staff refill; nothing says whether the pump was reprogrammed (pump.reprogramming): 95990. Gold "
                "correction (r3b): only the Dx field and the pump in place say why: indication, as fcv-h-pump-02.")
