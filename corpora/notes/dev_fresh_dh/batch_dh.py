"""Sealed batch `dev_fresh_dh` (`fdh-*`): 15 generator-style structured notes and 15 hand-dictated notes, written
fresh for this batch (own wordings) and labelled from the text by `corpora/README.md` and `tools/goldkit.py` rules,
before and without any Painpoint run. `build` receives the kit of `dev_fresh_d/make_notes.py`."""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdh-tfesi-01", "caps_headers", """
BILATERAL L4-5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION UNDER FLUOROSCOPY

PROCEDURE DATE: 06/12/2025
LEVELS TREATED: L4-L5, L5-S1
LATERALITY: Bilateral

INDICATION: Radiating pain from the low back into both legs, worse on the left, reaching the lateral calves and
dorsum of both feet, with numbness along the L5 distribution bilaterally. Straight leg raise positive at 40 degrees
on the left and 55 degrees on the right. Symptoms present for 9 months. Physical therapy for 10 weeks and a
course of meloxicam did not relieve the leg pain. She can no longer walk more than one block or stand to cook a meal.
MRI lumbar spine: broad-based disc bulges at L4-5 and L5-S1 with bilateral foraminal narrowing contacting the
exiting L4 and L5 roots.
PRIOR RESPONSE: This is a repeat procedure. The bilateral L4-5/L5-S1 transforaminal injection done in January gave
70% relief lasting about four months before the leg pain returned.

DIAGNOSIS: Lumbar disc herniation with radiculopathy (M51.16).

CONSENT: Risks, benefits and alternatives were explained; written consent was signed.
TIME-OUT: Completed with correct patient, site and side verified.
SEDATION: None.

PRE-PROCEDURE PAIN: 7/10

TECHNIQUE: Prone position, sterile prep and drape. Under fluoroscopic guidance a 22-gauge spinal needle was
advanced to the superior aspect of the right L4-5 foramen, then the right L5-S1 foramen. Omnipaque 240, 1 mL at
each level, outlined the nerve root and epidural space without vascular uptake. At each site 0.5 mL Kenalog-40
(20 mg) with 1 mL of 1% Xylocaine was injected. The same was repeated at the left L4-5 and L5-S1 foramina.
AP and lateral images were saved to the record.

MEDICATIONS: Kenalog 80 mg total, Xylocaine 1% 4 mL total, Omnipaque 240 4 mL total.

POST-PROCEDURE PAIN: 2/10
COMPLICATIONS: None. No paresthesias on injection.
DISPOSITION: Discharged home ambulatory. Follow up in 4 weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                   levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 40), given("iohexol", 4, "ml")],
        pain=(7, 2), need=ESI_NEED,
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=8)],
        findings=[], dos="2025-06-12", pos="11")

    add("fdh-tfesi-02", "bullets", """
Left C6-C7 Selective Nerve Root Block (C7 root)

* Date of service: 09/03/2024
* Level: left C6-7 foramen
* Dx: Cervical radiculopathy (M54.1)
* History:
  - shooting pain from the left neck into the posterior arm and the middle finger x 10 weeks
  - tingling of the left middle finger; triceps 4/5 on the left, triceps reflex diminished
  - PT twice weekly for 6 weeks without improvement; gabapentin stopped for dizziness
  - unable to work at a keyboard for more than 20 minutes, drops objects with the left hand
  - MRI C-spine: left uncovertebral spurring at C6-7 with moderate to severe foraminal stenosis
* Consent: signed after discussion of risks including stroke and spinal cord injury
* Time out: performed
* Sedation: none
* Pain before: 8/10
* Procedure:
  - supine oblique position, fluoroscopy used to view the left C6-7 foramen
  - 25 g needle advanced to the posterior foramen
  - Isovue-M 300 0.8 mL under live fluoroscopy: foraminal spread, no vascular pattern
  - Decadron 10 mg (1 mL) injected slowly
  - one image saved
* Pain after: 3/10
* Complications: none
* Plan: recheck in 3 weeks; will consider repeat injection only if relief is partial
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                   levels=["C6-C7"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 0.8, "ml")],
        pain=(8, 3), need=ESI_NEED, codes=[line("64479", "LT")],
        findings=["code_validity", "saved_images"], dos="2024-09-03", pos="24",
        comment="M54.1 is a non-billable category (needs the region character): code_validity; 'one image saved' "
                "is a stated count below two: saved_images.")

    add("fdh-ilesi-01", "title_headers", """
Cervical Interlaminar Epidural Steroid Injection, C7-T1

Date Of Service: 10/17/2023

Indication: Pain in the neck radiating to the right shoulder blade and down the right arm to the thumb and index
finger, with paresthesias in the same fingers for 4 months. Spurling test reproduces the arm pain on the right.
Has done physical therapy and takes meloxicam daily.
Function: Cannot sleep on the right side, gave up driving because turning the head is too painful.
Imaging: MRI shows a right paracentral disc protrusion at C5-6 abutting the right C6 root.

Diagnosis: Cervical radiculopathy (M54.12)

Consent: Informed consent obtained.
Time Out: Done prior to the procedure.
Sedation: None; local skin infiltration only.
Pain Score Before: 6/10

Procedure Details: Prone with the neck flexed. Skin infiltrated with 3 mL 1% lidocaine. Under fluoroscopy an 18 g
Tuohy needle entered the C7-T1 interlaminar space, paramedian right; loss of resistance to saline. Omnipaque 240,
2 mL, confirmed epidural spread on AP and lateral views, both saved. Injected Depo-Medrol 80 mg diluted with 2 mL
preservative-free saline.

Pain Score After: 3/10
Complications: None
Follow Up: 2 weeks.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                   imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 30), given("iohexol", 2, "ml")],
        pain=(6, 3), need=minus(ESI_NEED, "conservative_care"),
        codes=[line("62321"), line("J1040")], findings=["conservative_care"], dos="2023-10-17", pos="11",
        comment="Therapy and meloxicam are only listed, with no outcome: conservative_care. 80 mg before "
                "2024-04-01: J1040 x1.")

    add("fdh-caudal-01", "odd_spacing", """
CAUDAL   EPIDURAL  STEROID   INJECTION

Date:   01/22/2026
Indication :  Bilateral buttock and posterior thigh pain with walking, numbness of both feet after 5 minutes
 of standing,  for  18 months.   Relief with sitting.  Six months of home exercise and 8 weeks of supervised PT
  failed to change the walking tolerance.  Limited to 10 minutes of walking ;  stopped volunteering.
Imaging :   MRI  -  severe central canal stenosis L3-4 and L4-5, ligamentum flavum thickening.
Diagnosis :   Lumbar spinal stenosis with neurogenic claudication (M48.062)

Consent  :  obtained in writing
Time-out :  yes
Sedation :   none
Pain   pre :   6/10

Description :   Prone.   Sacral hiatus identified with fluoroscopy.   Skin and tract anesthetized with
2 mL 1% lidocaine.   20 g Tuohy needle into the caudal canal through the hiatus.   Isovue-M 200 ,  3 mL ,
showed epidural filling up to S1 with no intravascular flow.   AP and lateral images stored.
Injectate :   Kenalog 40 mg/mL  2 mL   +   8 mL preservative-free normal saline.

Pain   post :   2/10
Complications :   none ;   denies new numbness or weakness
Plan :   home exercise ;   reassess in 6 weeks
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                   contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 20), given("iopamidol", 3, "ml")],
        pain=(6, 2), need=ESI_NEED, codes=[line("62323")], findings=[], dos="2026-01-22", pos="22")

    add("fdh-mbb-01", "boilerplate", """
PROCEDURE NOTE - DIAGNOSTIC LUMBAR MEDIAL BRANCH BLOCKS

Date of procedure: 02/20/2025
Procedure: Bilateral L3 and L4 medial branch blocks and L5 dorsal ramus blocks (L4-L5 and L5-S1 facet joints),
first diagnostic block, fluoroscopically guided.

Indication: Axial low back pain for 14 months, worse with extension and rotation, without radiation below the
knee. Eight weeks of physical therapy and NSAIDs did not reduce the pain. Pain keeps the patient from standing
longer than 15 minutes and from lifting laundry. MRI: bilateral facet hypertrophy with effusions at L4-5 and L5-S1.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

The patient was seen in the pre-procedure area. The procedure, its risks (bleeding, infection, nerve injury,
increased pain) and alternatives were discussed, and informed consent was signed. No sedation was given.

Pre-procedure pain: 6/10.

The patient was placed prone and the lumbar area was prepped with chlorhexidine and draped. Under fluoroscopy a
22-gauge needle was placed at the junction of the superior articular process and transverse process of L4 and L5
and on the sacral ala for the L5 dorsal ramus, on the right. The same was done on the left. After negative
aspiration, 0.5 mL of Sensorcaine 0.5% was placed at each of the six targets (3 mL total). No contrast was used.

Post-procedure pain: 1/10 at 30 minutes, with extension and rotation now comfortable.
Complications: none. The patient tolerated the procedure well and was discharged with a pain diary.
Plan: if the relief is 80% or more, will consider confirmatory block and then radiofrequency ablation.

This note was completed by the attending physician who performed the entire procedure.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                   levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=False, intent="diagnostic",
                   sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(6, 1), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=["time_out"], dos="2025-02-20",
        pos="24", comment="L3, L4 medial branches and the L5 dorsal ramus are the L4-L5 and L5-S1 joints. No time-out.")

    add("fdh-facet-01", "inline_fields", """
Procedure: Right C3-4, C4-5, C5-6 intra-articular facet joint injections, therapeutic | Date: 04/08/2026 | Guidance: fluoroscopy
Laterality: Right | Levels Treated: C3-C4, C4-C5, C5-C6 | Sedation: none
Dx: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
History: Right-sided neck pain into the occiput and upper shoulder for 2 years; no arm symptoms. 12 weeks of PT
and daily NSAIDs without lasting relief. Cannot check blind spots while driving; reading limited to 20 minutes.
Prior blocks: right C3-C6 medial branch blocks on two separate days gave 90% and 85% relief.
Consent: signed. Time out: done.
Pre pain: 7/10
Technique: Lateral approach under fluoroscopy. 25 g needles into the right C3-4, C4-5 and C5-6 facet joints,
intra-articular position confirmed with a trace of contrast on lateral view. Each joint received Kenalog 10 mg with
0.5 mL of 0.5% bupivacaine.
Total: Kenalog 30 mg; bupivacaine 0.5% 1.5 mL.
Post pain: 3/10 | Complications: none | Disposition: home, follow up 6 weeks
""", procs=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="right",
                   levels=["C3-C4", "C4-C5", "C5-C6"], imaging="fluoroscopy", contrast=True,
                   intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 30), given("bupivacaine", 7.5)], pain=(7, 3), need=SPINE_NEED,
        codes=[line("64490", "RT"), line("64491", "RT"), line("64492", "RT"), line("J3301", units=3)],
        findings=["level_limit"], dos="2026-04-08", pos="11",
        comment="Three facet joints in one session: level_limit; 64492 once for the third joint. The contrast is "
                "unnamed and undosed, so it is not a gold drug.")

    add("fdh-rfa-01", "caps_headers", """
LEFT L4-L5 AND L5-S1 LUMBAR FACET RADIOFREQUENCY ABLATION

DATE: 10/02/2025
LATERALITY: LEFT
LEVELS TREATED: L4-L5, L5-S1 (L3 and L4 medial branches, L5 dorsal ramus)

HISTORY: Left low back pain for 3 years, no radicular features. Failed 3 months of physical therapy, a TENS unit
and naproxen; pain persisted despite all of them. Unable to garden or sit through a church service.
Two diagnostic left L3, L4 medial branch and L5 dorsal ramus blocks on separate days gave 85% and 90% relief.
DIAGNOSIS: Lumbar facet arthropathy (M47.816).

CONSENT: Obtained.
TIME OUT: Performed.
SEDATION: None.
PAIN BEFORE: 7/10

PROCEDURE: Prone. Under fluoroscopy 18-gauge 10 mm active tip RF cannulas were placed parallel to the left L3 and
L4 medial branches and the left L5 dorsal ramus. Sensory stimulation at 50 Hz reproduced concordant pain below
0.5 V; motor stimulation at 2 Hz to 2 V produced no leg movement. Each site received 1 mL of 2% lidocaine, then a
thermal lesion at 80 degrees C for 90 seconds was made, the cannula rotated and a second lesion made.

PAIN AFTER: 4/10
COMPLICATIONS: NONE
PLAN: Follow up in 6 weeks.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                   levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(7, 4), need=SPINE_NEED,
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[], dos="2025-10-02", pos="24")

    add("fdh-sij-01", "title_headers", """
Right Sacroiliac Joint Injection, Diagnostic

Date Of Service: 03/27/2025
Diagnosis: Sacroiliitis (M46.1), right

History Of Present Illness: Right buttock and posterior pelvic pain below L5 for 6 months. Positive thigh thrust,
FABER and compression tests on the right. Physical therapy for 8 weeks and ibuprofen did not relieve it. Sitting is
limited to 20 minutes and she cannot climb stairs without a rail.

Consent: Written consent obtained.
Time Out: Completed.
Sedation: None.
Pre-Procedure Pain: 7/10

Technique: Prone. Under fluoroscopy the inferior right SI joint was entered with a 22 g spinal needle. Omnipaque 300
0.5 mL showed an arthrogram without vascular spread; AP and oblique images saved. Injected Celestone 6 mg (1 mL)
with 1 mL of Naropin 0.5%.

Post-Procedure Pain: 2/10 on provocation testing at 20 minutes.
Complications: None.
Plan: Pain diary; will consider lateral branch blocks if the response is positive.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                   imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("ropivacaine", 5),
               given("iohexol", 0.5, "ml")],
        pain=(7, 2), need=SPINE_NEED, codes=[line("27096", "RT"), line("J0702")],
        findings=["percent_relief"], dos="2025-03-27", pos="11",
        comment="Relief only implied by pre/post scores, no percent: percent_relief.")

    add("fdh-sinb-01", "dictated", """
Left sacroiliac joint lateral branch nerve blocks.

Date of service 12/11/2024. The patient returns with left-sided SI joint pain (M53.3) that has been present for a
year and a half, with pain over the left posterior superior iliac spine and a positive Gaenslen test on the left. A
prior left intra-articular SI joint injection gave 80% short-term relief and we are now testing the lateral
branches before considering radiofrequency. Risks and benefits were discussed and she signed consent. A time-out
was held. No sedation was used. Pain before the block was 6/10. In the prone position and under fluoroscopic
guidance, 22 gauge needles were placed at the left L5 dorsal ramus at the sacral ala and at the lateral aspects of
the S1, S2 and S3 posterior sacral foramina for the lateral branches. At each of the four sites 0.5 mL of 0.5%
bupivacaine was given, 2 mL in all. Thirty minutes later her pain was 1/10. There were no complications. She
will keep a pain log for the next 8 hours.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="left",
                   imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10)], pain=(6, 1), need=("diagnosis", "symptom_duration"),
        codes=[line("64451", "LT")], findings=[], dos="2024-12-11", pos="22")

    add("fdh-gnb-01", "bullets", """
RIGHT KNEE GENICULAR NERVE BLOCK

- DOS: 07/14/2026
- Diagnosis: Primary osteoarthritis, right knee (M17.11)
- Reason: chronic right knee pain, not a surgical candidate; block before planned genicular radiofrequency
- Consent: reviewed and signed
- Time-out: completed
- Sedation: none
- Guidance: fluoroscopy, AP and lateral
- Targets: superolateral, superomedial and inferomedial genicular nerves of the right knee
- Technique: 22 g needles walked to the junction of shaft and epicondyle (femur) and of shaft and medial condyle
  (tibia); 2 mL of 0.25% bupivacaine at each nerve
- Total: bupivacaine 0.25%, 6 mL
- Pain after: 2/10 on stairs in clinic
- Complications: none
- Plan: pain diary; will consider RFA if relief is at least 50%
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy",
                   intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(None, 2), need=("diagnosis",), codes=[line("64454", "RT")],
        findings=["pre_procedure_pain_score"], dos="2026-07-14", pos="11")

    add("fdh-grfa-01", "odd_spacing", """
LEFT  KNEE   GENICULAR   RADIOFREQUENCY   ABLATION

Date :  09/09/2026
Diagnosis :   Primary osteoarthritis of left knee  (M17.12)
History :   Left knee pain ,   prior left genicular nerve block gave  85 %  relief for the duration of the anesthetic .
Consent :   yes ,  signed
Time  out :   done
Sedation :    none
Pain  before :    6/10

Procedure :    Supine ,  knee bolster .   Fluoroscopy  AP  and  lateral .   RF cannulas placed at the left
superolateral ,  superomedial  and  inferomedial  genicular  nerves .   Sensory  and  motor  testing  appropriate .
1 mL  1%  lidocaine  at  each  site ,   then  thermal  lesions  at  80 C  for  90 seconds  at  each  nerve .

Pain  after :    3/10
Complications :    none
""", procs=[proc("genicular_rfa", region="knee", laterality="left", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 30)], pain=(6, 3), need=("diagnosis",), codes=[line("64624", "LT")],
        findings=[], dos="2026-09-09", pos="24")

    add("fdh-occ-01", "inline_fields", """
Procedure: Bilateral greater occipital nerve blocks | DOS: 05/30/2024 | Guidance: landmark, no imaging | Sedation: none
Dx: Occipital neuralgia (M54.81) | Side: both
Hx: Stabbing pain from the suboccipital region to the vertex on both sides, tender over both greater occipital nerves.
Consent: signed | Time-out: yes | Pain pre: 8/10
Solution: Kenalog 40 mg/mL 1 mL mixed with 3 mL of 0.5% bupivacaine (4 mL).
Technique: Occipital artery palpated on each side; 25 g needle medial to it at the superior nuchal line; after
negative aspiration 2 mL of the solution on the right and 2 mL on the left.
Pain post: 2/10 | Follow-up: 4 weeks
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                   imaging="none", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 15)], pain=(8, 2),
        need=("diagnosis",), codes=[line("64405", "50"), line("J3301", units=4)],
        findings=["complications"], complications=None, dos="2024-05-30", pos="11",
        comment="4 mL solution of 40 mg triamcinolone and 15 mg bupivacaine, all given (2 + 2 mL). No complications "
                "statement.")

    add("fdh-stellate-01", "boilerplate", """
PROCEDURE: Right stellate ganglion block under fluoroscopy
DATE: 12/03/2025

INDICATION: Complex regional pain syndrome type I of the right upper limb (G90.511) with burning pain, allodynia,
swelling and color change of the right hand.

The procedure, risks and alternatives were reviewed with the patient, who gave informed consent. A time-out was
performed with all team members. No sedation was administered.

Pre-procedure pain: 7/10. Baseline right palm temperature 30.1 C.

The patient was positioned supine with the neck slightly extended. Under fluoroscopy the right C6 anterior tubercle
/ junction of the C6 vertebral body and transverse process was targeted with a 25-gauge needle. After bone contact
and slight withdrawal, Omnipaque 300, 1 mL, showed spread along the prevertebral fascia without vascular runoff.
8 mL of 0.25% bupivacaine was injected in divided doses with aspiration between each.

Fifteen minutes later a right Horner syndrome was present and the right palm temperature rose to 33.4 C.
Post-procedure pain: 3/10. Complications: none; no hoarseness or dysphagia.

The patient tolerated the procedure well and was discharged in stable condition. The physician was present for the
entire procedure.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                   imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("bupivacaine", 20), given("iohexol", 1, "ml")], pain=(7, 3), need=("diagnosis",),
        codes=[line("64510"), line("77002"), line("Q9967")], findings=[], dos="2025-12-03", pos="11",
        comment="64510 does not include imaging: 77002; office, so the contrast (300 mg iodine/mL) is Q9967 per mL.")

    add("fdh-tpi-01", "caps_headers", """
TRIGGER POINT INJECTIONS, THREE MUSCLES

DATE: 03/18/2026
DIAGNOSIS: Myofascial pain syndrome of the neck and upper back (M79.12)
INDICATION: Taut bands with local twitch responses and referred pain on palpation of the right upper trapezius,
right levator scapulae and right rhomboid major.
TIME OUT: Performed.
PAIN BEFORE: 7/10

PROCEDURE: After alcohol prep, a 27-gauge needle was inserted into each trigger point, a twitch response was
elicited, and 1 mL of 1% lidocaine was injected into each of the three muscles: right upper trapezius, right
levator scapulae, right rhomboid major (3 mL total).

PAIN AFTER: 3/10, about 60% relief.
COMPLICATIONS: None.
PLAN: Stretching program; repeat no sooner than 8 weeks.
""", procs=[proc("trigger_point", sedation=None)],
        drugs=[given("lidocaine", 30)], pain=(7, 3), need=("diagnosis",), codes=[line("20553")],
        findings=["consent"], consent=False, dos="2026-03-18", pos="11")

    add("fdh-va-01", "title_headers", """
L1 Balloon Kyphoplasty, Bilateral Transpedicular

Date Of Service: 05/06/2025
Diagnosis: Osteoporotic compression fracture of L1 (M80.08XA)
History: Fall 7 weeks ago; severe midline pain at the thoracolumbar junction. A lumbar brace, calcitonin and
scheduled acetaminophen for 6 weeks failed to control the pain; bedbound most of the day.
Imaging: MRI with STIR edema in the L1 body and 30% anterior height loss; no retropulsion.
Consent: Signed after discussion of cement leak, infection, new fracture.
Time Out: Done.
Sedation: Moderate sedation by me with midazolam 2 mg and fentanyl 100 mcg IV; independent trained observer
(RN) monitored throughout. Sedation start 09:12, end 09:40 (28 minutes).
Pain Before: 9/10

Procedure: Prone. Biplane fluoroscopy. 1% lidocaine 10 mL to skin and periosteum. Bilateral transpedicular 11 g
access into L1; balloons inflated on both sides restoring part of the height; cavities filled with PMMA, 3 mL per
side, no extravasation on lateral fluoroscopy.

Pain After: 3/10
Complications: None
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                   imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 100), given("midazolam", 2), given("fentanyl", 0.1)], pain=(9, 3),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        codes=[line("22514"), line("99152"), line("99153")], findings=[], dos="2025-05-06", pos="22",
        comment="Moderate sedation by the proceduralist, observer, 28 minutes: 99152 + 99153 x1.")


def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdh-h-tfesi-01", "hand", """
LEFT L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION

She is here for the injection we talked about at her last visit. For about five months she has had pain shooting
from the right buttock down the front of the right thigh and the inside of the shin, with pins and needles over
the right medial shin, and her right ankle dorsiflexion is a little weak. Straight leg raise is positive on the right. Eight
weeks of physical therapy and a Medrol dosepak came and went without any change in the leg pain. She can't stand
long enough to finish her shift at the store anymore. MRI from March shows a right foraminal disc protrusion at
L4-L5 pinching the exiting right L4 root. Assessment: right L4 radiculopathy, M54.16.

We talked about the risks, and she signed the consent form. Time-out done. No sedation. She rated her pain 8/10
before we started. With her prone and under fluoroscopy, I guided a 22 gauge needle into the right L4-L5
neuroforamen. About 1 mL of Omnipaque 180 spread along the right L4 root with no vascular filling; I saved AP and
lateral images. I then injected 1 mL Decadron 10 mg/mL mixed with 1 mL of 1% preservative-free lidocaine.
Afterwards she said her pain was 3/10. No complications. She walked out on her own. I'll see her in a month.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                   levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10), given("iohexol", 1, "ml")],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT")], findings=["laterality_conflict"],
        dos="2026-06-23", pos="24",
        comment="Title says LEFT, the needle went into the right foramen: codes follow the description.")

    add("fdh-h-tfesi-02", "hand", """
L TFESI L3/4, L4/5, L5/S1

Left leg sciatica again. Pain from the left hip down the front of the shin and into the medial foot, numb patch
over the left medial ankle, left knee jerk diminished, positive femoral stretch on the left. Leg pain has been
going on for 2 years now. She did 12 weeks of PT and is on duloxetine, neither of which touched the leg pain, and
she can't walk her dog past the end of the street. Last MRI: left foraminal stenosis at L3-4, L4-5 and L5-S1 with
contact of the left L3, L4 and L5 roots. Dx left lumbar radiculopathy (M54.16).

This is her fifth lumbar epidural in the past 12 months. The previous one, in April, gave her 60% relief for
about four months.

Consent reviewed and signed. Time out done. No sedation. Pain 7/10 going in. Prone, fluoroscopy. Needles to the
left L3-4, L4-5 and L5-S1 foramina; Isovue-M 200, 1 mL at each, showed clean foraminal and epidural spread, AP and
lateral views saved. Dexamethasone 4 mg injected at each level. Pain 2/10 after. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                   levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 12), given("iopamidol", 3, "ml")], pain=(7, 2),
        need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT", units=2)],
        findings=["frequency", "level_limit"], dos="2025-07-29", pos="22",
        comment="Fifth lumbar epidural in 12 months (today included) is over 4: frequency; three transforaminal "
                "levels: level_limit. The prior response (60% for about four months) meets the repeat rule.")

    add("fdh-h-ilesi-01", "hand", """
Lumbar epidural today at L4-L5 for her right leg pain. The pain runs from the right buttock along the back of the
thigh and calf into the sole, she has numbness along the lateral right foot, and the right ankle jerk is absent.
She went through six weeks of physical therapy and a trial of gabapentin; neither made a difference to the leg
pain. She has had to stop her water aerobics and cannot sit through a movie. Diagnosis: lumbosacral radiculopathy
(M54.17).

She is allergic to iodinated contrast (hives and wheezing), so no contrast was used; position was confirmed by
loss of resistance and fluoroscopy. Consent signed. Time-out completed. No sedation.

Pain before 7/10. Prone. Skin numbed with 3 mL 1% lidocaine. Under fluoroscopy a 20 gauge Tuohy needle was walked
into the L4-L5 interlaminar space, right paramedian, with loss of resistance to air at 6 cm. Kenalog-40, 2 mL,
with 3 mL preservative-free saline was injected without resistance. AP and lateral images saved.

Pain after 3/10. No complications. Will consider a second injection if she gets partial relief.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                   imaging="fluoroscopy", contrast=False, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 30)], pain=(7, 3),
        need=minus(ESI_NEED, "symptom_duration", "imaging_findings"),
        codes=[line("62323"), line("J3301", units=8)], findings=["imaging_findings", "symptom_duration"],
        dos="2026-05-05", pos="11",
        comment="No contrast with a stated allergy: no contrast finding. No duration of symptoms, no imaging study.")

    add("fdh-h-ilesi-02", "hand", """
Thoracic interlaminar epidural steroid injection, T9-T10

Band of burning pain wrapping around the right lower chest wall in the T10 dermatome, with hypersensitivity to
light touch along the band, for eight months. Tramadol and a lidocaine patch for 3 months gave no meaningful
relief, and a 6 week course of physical therapy aggravated it. She cannot wear a bra or sleep on her right side.
MRI thoracic spine: right paracentral disc protrusion at T9-T10 touching the right T10 root. Thoracic
radiculopathy (M54.14).

This is her second thoracic epidural; the first one helped some.

Informed consent obtained. Time out. No sedation given. Pain 6/10 beforehand. Prone, fluoroscopic guidance. 18 g
Tuohy needle through the T9-T10 interspace, right paramedian, loss of resistance to saline. Omnipaque 240, 1.5 mL,
confirmed epidural spread on AP and lateral images, which were saved. Celestone 6 mg/mL, 1 mL, with 2 mL
preservative-free saline injected. Pain 2/10 afterwards. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                   imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("iohexol", 1.5, "ml")], pain=(6, 2),
        need=ESI_NEED, codes=[line("62321")], findings=["prior_procedure_response"], dos="2024-11-14", pos="22",
        comment="A stated repeat ('second thoracic epidural') whose earlier response 'helped some' is not "
                "quantified: prior_procedure_response.")

    add("fdh-h-mbb-01", "hand", """
Cervical Medial Branch Block
Laterality: LEFT
Levels Treated: C4-5, C5-6

Neck pain on the right side for a year and a half, worse looking up and turning right, no arm pain. Ten weeks of
PT plus cyclobenzaprine and ibuprofen, no lasting improvement. She can't look over her shoulder to reverse the car
and stopped painting ceilings at work. Dx: cervical spondylosis without myelopathy or radiculopathy (M47.812).
First diagnostic block.

Consent signed, time out done, no sedation. Pain 6/10 before.

Lying prone, fluoroscopic guidance. 25 g needles to the waists of the right C4, C5 and C6 articular pillars for
the medial branches supplying the right C4-5 and C5-6 facet joints. 0.4 mL of 0.5% bupivacaine at each of the
three, 1.2 mL in all. Pain 1/10 on rotation afterward. No complications. Diary given; if 80% relief or better we
will repeat the block to confirm.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                   levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 6)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["laterality_conflict"],
        dos="2025-04-15", pos="24",
        comment="Header says LEFT; history and needles are right: codes follow the description.")

    add("fdh-h-facet-01", "hand", """
Bilateral L4-5 and L5-S1 intra-articular facet injections, therapeutic.

Low back pain for 2 years that is worse in the morning and with extension. Four months of physical therapy and
home exercise and a meloxicam trial have not reduced the pain. Two separate diagnostic medial branch blocks at
these joints gave 80% and then 90% relief. Diagnosis lumbar facet arthropathy, M47.816.

Consent signed. Time-out performed. No sedation. Pain 8/10.

I mixed 2 mL of Kenalog 40 mg/mL with 2 mL of 0.5% Marcaine. Prone, fluoroscopy. A 22 gauge needle was placed into
the right L4-5 facet joint and then the right L5-S1 facet joint, confirming position on an oblique view, and 1 mL
of the mixture went into each. The same was repeated on the contralateral side.

Pain 3/10 after. No complications. Follow-up 6 weeks.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                   levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 10)], pain=(8, 3),
        need=minus(SPINE_NEED, "functional_impairment"),
        codes=[line("64493", "50"), line("64494", "50"), line("J3301", units=8)],
        findings=["functional_impairment"], dos="2025-11-04", pos="11",
        comment="4 mL of a 1:1 mix (80 mg triamcinolone, 10 mg bupivacaine), 1 mL into each of four joints: all of "
                "it given. No functional limitation is written.")

    add("fdh-h-rfa-01", "hand", """
Repeat left cervical medial branch neurotomy, C5-6 and C6-7

He comes back for a repeat rhizotomy. The left C5, C6 and C7 medial branch RF neurotomy done fourteen months ago
gave him 75% relief that lasted ten months; now the left-sided neck pain is back at its old level. Neck pain for 6
years. Between treatments he keeps up PT exercises and takes celecoxib, which have not controlled it. He can't turn
his head to drive or work at his desk for more than half an hour. Dx: cervical facet arthropathy, M47.812.

Consent signed. Time out. No sedation. Pain 7/10 before.

Prone, fluoroscopy. RF cannulas were placed on the left C5, C6 and C7 articular pillars targeting the medial
branches to the C5-6 and C6-7 joints. Motor testing showed no arm contraction. 0.5 mL of 2% lidocaine was
injected at each site and lesions were made at each target.

Pain 4/10 after. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                   levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 30)], pain=(7, 4), need=SPINE_NEED,
        codes=[line("64633", "LT"), line("64634", "LT")], findings=["approach"], dos="2026-02-10", pos="22",
        comment="Repeat with 75% for ten months: no prior-response or diagnostic-block finding. The lesion "
                "technique (temperature, time) is not written: approach (rfa.technique).")

    add("fdh-h-sirfa-01", "hand", """
Right SI joint lateral branch radiofrequency lesioning (cooled RF)

Right SI joint pain for 3 years. Two sets of right L5 dorsal ramus and S1-S3 lateral branch blocks gave 80% and
85% relief. Diagnosis sacroiliitis, right, M46.1. Consent signed after discussing numbness over the buttock. Time
out done. No sedation. Pain 7/10 at the start.

Prone, under fluoroscopy. Cooled RF introducers were placed at the right L5 dorsal ramus on the sacral ala and
lateral to the right S1, S2 and S3 posterior foramina. At each site 1 mL of 2% lidocaine was injected, then a
cooled radiofrequency lesion was made at 60 degrees C for 150 seconds. She tolerated it well; no complications.
Discharged with her husband.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="right",
                   imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 80)], pain=(7, None), need=("diagnosis", "symptom_duration"),
        codes=[line("64625", "RT")], findings=["post_procedure_pain_score"], dos="2025-08-19", pos="24")

    add("fdh-h-lsb-01", "hand", """
Left lumbar sympathetic block at L2

CRPS type I of the left lower limb (G90.522) after an ankle fracture, with burning pain, allodynia, a cool
mottled left foot and swelling. Consent signed. Time-out held. No sedation. Pain 8/10, left sole temperature
28.4 C.

Prone. Under fluoroscopy a 22 g, 15 cm needle was advanced from the left to the anterolateral edge of the L2
vertebral body. Isovue-M 200, 3 mL, spread along the front of the psoas line, no vascular or psoas uptake. Then
10 mL of 0.25% bupivacaine in increments.

Twenty minutes later the left foot was warm (sole 32.9 C) and pain was 3/10. No complications, no leg weakness.
We will repeat in 2 weeks if the relief lasts.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                   levels=["L2"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("bupivacaine", 25), given("iopamidol", 3, "ml")], pain=(8, 3), need=("diagnosis",),
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=[], dos="2026-08-25", pos="11",
        comment="64520 has no side modifier (Medicare bilateral indicator 0); office: 77002 and the 200 mg iodine/mL "
                "contrast as Q9966 x3.")

    add("fdh-h-impar-01", "hand+truncated", """
Ganglion impar block

Coccyx pain for over a year after a fall onto the tailbone, worse sitting. Coccydynia (M53.3). Consent signed, time
out done, no sedation. Pain 7/10. Prone, under fluoroscopy a 22 g needle was passed through the sacrococcygeal
junction to the anterior surface. Omnipaque 240, 1 mL, outlined the retroperitoneal space in the classic
apostrophe shape. Injected 4 mL of 0.25% bupivacaine with Depo-Medrol 40 mg. Pain 2/10 ten minutes later. She was
observed in recovery and
""", procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                   contrast=True, sedation="none")],
        drugs=[given("bupivacaine", 10), given("methylprednisolone_acetate", 40), given("iohexol", 1, "ml")],
        pain=(7, 2), need=("diagnosis", "symptom_duration"), codes=[line("64999"), line("77002", "26")],
        findings=["complications"], complications=None, dos="2026-10-06", pos="22",
        comment="Cut off before any complications statement. Ganglion impar: 64999 with 77002-26 in a facility.")

    add("fdh-h-pump-01", "hand", """
Intrathecal pump refill and reprogramming

Failed back surgery syndrome with chronic pain syndrome (G89.4) on intrathecal morphine. Pump interrogated: 2.6 mL
left in the reservoir, matching the expected volume. Consent on file reviewed and signed today. Time out. Using
the refill kit and sterile technique I accessed the reservoir port, removed the residual, and placed 18 mL of
preservative-free morphine 25 mg/mL. At her request for better afternoon coverage I reprogrammed the pump, raising
the daily dose by 10%. Pump re-interrogated and working. No complications. Next refill in about 10 weeks.
""", procs=[proc("pump_refill", sedation=None)],
        drugs=[given("morphine", 450)], pain=(None, None), need=("diagnosis",), codes=[line("62370")],
        findings=[], dos="2025-09-16", pos="22",
        comment="18 mL x 25 mg/mL = 450 mg placed; refilled and reprogrammed by the physician: 62370.")

    add("fdh-h-scs-01", "hand", """
Spinal cord stimulator trial, two percutaneous leads

Failed back surgery syndrome (M96.1) with constant pain in the low back and both legs for 5 years since an L4-S1
fusion. Physical therapy, gabapentin, duloxetine and several epidurals have all failed to give lasting relief; he
walks with a cane and can stand only 10 minutes. Psychological evaluation last month cleared him for the trial.
Consent signed. Time-out. Local anesthesia only, no sedation. Pain 8/10.

Prone, fluoroscopy. After 10 mL of 1% lidocaine, two 14 g Tuohy needles entered the epidural space at T12-L1 by
loss of resistance, and two 8-contact leads were steered up to the top of T8 and the middle of T8 just left and
right of midline. Intraoperative testing covered both legs and the back. Leads anchored to the skin and dressed.
Pain 5/10 afterward. No complications. Trial of 7 days.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 100)], pain=(8, 5),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("63650", units=2), line("77003", "26")], findings=[], dos="2026-03-31", pos="24")

    add("fdh-h-scsimp-01", "hand", """
Permanent spinal cord stimulator implant

Post-laminectomy syndrome (M96.1) with bilateral leg pain for 4 years, failed PT, medications and injections. The
7-day trial in December gave 70% relief of the leg pain and he walked twice as far. Psychology cleared him before
the trial. Consent signed. Time out performed. He was kept awake for lead testing under local anesthesia, with no
sedation.

Prone, fluoroscopy. 20 mL 1% lidocaine with epinephrine to skin and tissues. Two percutaneous leads placed through
T12-L1 to T8, with coverage of both legs on testing, anchored to the fascia and tunneled to a pocket in the left
upper buttock, where the pulse generator was placed and connected. Impedances normal. Wounds closed in layers. No
complications.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 200)], pain=(None, None),
        need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[], dos="2025-01-28", pos="22")

    add("fdh-h-pnb-01", "hand", """
Right suprascapular nerve block, ultrasound guided

Right shoulder pain from glenohumeral osteoarthritis (M19.011), not a surgical candidate. Consent signed. Time out.
No sedation. Pain 7/10 with abduction.

Seated. With a linear probe over the right suprascapular fossa, the nerve was seen beneath the transverse scapular
ligament beside the suprascapular artery. A 22 g needle was advanced in plane and 5 mL of 0.5% ropivacaine with
dexamethasone 4 mg was injected around the nerve under direct vision; an image was saved to the chart.

Pain 2/10 with abduction afterward. No complications. She denies numbness of the hand.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                   imaging="ultrasound", sedation="none")],
        drugs=[given("ropivacaine", 25), given("dexamethasone_sodium_phosphate", 4)], pain=(7, 2),
        need=("diagnosis",), codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)], findings=[],
        dos="2026-11-03", pos="11")

    add("fdh-h-joint-01", "hand", """
Left hip joint injection under fluoroscopy

Primary osteoarthritis of the left hip (M16.12), groin pain with internal rotation. Consent signed. Time out. No
sedation. Pain 6/10.

Supine. Under fluoroscopy a 22 g spinal needle was directed to the left femoral head-neck junction. Omnipaque 300,
2 mL, confirmed an intra-articular arthrogram. Injected Kenalog 40 mg with 4 mL 0.5% bupivacaine.

Pain 1/10 on rotation afterward. No complications.
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="left",
                   imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 20), given("iohexol", 2, "ml")],
        pain=(6, 1), need=("diagnosis",),
        codes=[line("20610", "LT"), line("77002"), line("J3301", units=4), line("Q9967", units=2)], findings=[],
        dos="2024-03-12", pos="11",
        comment="20610 does not include imaging: 77002; office: the 300 mg iodine/mL contrast as Q9967 x2.")
