"""Sealed final-check batch `dev_fresh_cy` (`fcy-*`): 15 structured notes written in generator styles
(capitalised headers, title-case headers, dictated paragraph, bullets, inline fields, odd spacing, boilerplate)
and 15 hand-dictated notes. Gold labelled from the text by the conventions of corpora/README.md, before and
without any Painpoint run. Built by `make_notes.py` through the kit of `dev_fresh_d/make_notes.py`."""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    # 1 bilateral lumbar TFESI, two foramina each side, one syringe split over four needles
    add("fcy-tfesi-01", "capitalised_headers", """
BILATERAL L4-L5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION UNDER FLUOROSCOPY

DATE OF SERVICE: 02/12/2026
PLACE: Office procedure suite

INDICATION:
Burning pain from both buttocks into the posterior thighs and calves, worse on the left, with tingling along the
lateral feet; present for about five months. Straight leg raise reproduces leg pain at 40 degrees bilaterally.
Eight weeks of supervised physical therapy and a trial of meloxicam did not change the leg pain. She can no
longer walk her dog past the end of the street and has had to stop volunteering at the library.

IMAGING:
MRI lumbar spine: broad-based L4-L5 disc bulge and L5-S1 protrusion with bilateral foraminal narrowing
contacting the exiting L4 and L5 roots.

DIAGNOSIS:
Lumbar disc displacement with radiculopathy (M51.16).

CONSENT:
Risks, benefits and alternatives discussed; written consent obtained.

PROCEDURE:
Time-out performed confirming patient, procedure, side and levels. Prone position, sterile prep and drape.
Under fluoroscopic guidance a 22-gauge spinal needle was advanced to the left L4-L5 and L5-S1 foramina and then
to the right L4-L5 and L5-S1 foramina. Omnipaque 240, 2 mL total, showed epidural spread along each nerve root
without vascular uptake. A syringe was prepared with dexamethasone 10 mg (1 mL of 10 mg/mL) and 2 mL of 1%
lidocaine; 0.75 mL of this mixture was injected at each of the four foramina.
AP and lateral images were saved to the record.

PAIN SCORES:
Pre-procedure 7/10. Post-procedure 2/10.

COMPLICATIONS:
None. Discharged ambulatory.

PLAN:
Follow up in 4 weeks. No repeat planned unless symptoms return.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-12", pos="11",
        codes=[line("64483", "50"), line("64484", "50"), line("J1100", units=10)], findings=[])

    # 2 cervical TFESI, bullets, ASC; gaps: functional impairment, saved images (one view)
    add("fcy-tfesi-02", "bullets", """
Procedure note - right C6-C7 transforaminal epidural steroid injection

- Date of service: 2025-09-30
- Setting: ambulatory surgery center
- Indication: right-sided neck pain radiating over the lateral forearm into the thumb and index finger for
  4 months, with numbness in the same distribution; Spurling test positive on the right
- Conservative treatment: 10 weeks of cervical physical therapy and gabapentin; arm pain persisted despite both
- MRI cervical spine: right C6-C7 foraminal stenosis from uncovertebral spurring, C7 root contacted
- Diagnosis: Cervical radiculopathy (M54.12)
- Consent: signed after discussion of risks including nerve injury and infection
- Time-out: completed
- Guidance: fluoroscopy, oblique foraminal view
- Needle: 25-gauge, right C6-C7 foramen
- Contrast: Isovue-M 200, 1 mL, foraminal and epidural flow, no vascular runoff on live fluoroscopy
- Injectate: dexamethasone 4 mg in 1 mL, then 0.5 mL of 1% lidocaine
- Single image saved
- Pain: 6/10 before, 3/10 after
- Complications: none
- Disposition: home with driver
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 4), given("lidocaine", 5), given("iopamidol", 1, "ml")],
        pain=(6, 3), need=minus(ESI_NEED, "functional_impairment"), dos="2025-09-30", pos="24",
        codes=[line("64479", "RT")], findings=["functional_impairment", "saved_images"])

    # 3 thoracic interlaminar ESI, title-case headers, hospital outpatient; gaps: care without outcome, no time-out
    add("fcy-ilesi-01", "title_case_headers", """
Thoracic Interlaminar Epidural Steroid Injection, T10-T11

Date Of Service: 08/19/2025
Location: Hospital Outpatient Department

History Of Present Illness:
Band-like pain wrapping around the right lower chest wall to the upper abdomen along the T10 dermatome, with
hyperesthesia on light touch, for the past 3 months. Completed a course of physical therapy and takes
acetaminophen. Pain wakes him at night and he has stopped lifting at work.

Imaging Review:
MRI thoracic spine shows a right paracentral T10-T11 disc herniation indenting the thecal sac.

Diagnosis:
Thoracic radiculopathy (M54.14).

Consent:
Informed consent was obtained in writing.

Procedure Description:
The patient was placed prone. After sterile preparation, the T10-T11 interspace was identified under
fluoroscopy. A 20-gauge Tuohy needle was advanced using loss of resistance to saline into the interlaminar
epidural space. Omnipaque 240, 1.5 mL, confirmed epidural spread in the lateral view. Kenalog-40 2 mL (80 mg)
with 2 mL preservative-free saline was injected. AP and lateral images saved.

Pain Assessment:
Pre-procedure 8/10; post-procedure 4/10.

Complications:
No complications.

Plan:
Reassess in three weeks.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 80), given("iohexol", 1.5, "ml")],
        pain=(8, 4), need=minus(ESI_NEED, "conservative_care"), dos="2025-08-19", pos="22",
        codes=[line("62321")], findings=["conservative_care", "time_out"],
        comment="Care only listed ('Completed a course of physical therapy and takes acetaminophen'): no outcome.")

    # 4 cervical interlaminar ESI, odd spacing, office, before the J1010 switch (J1040)
    add("fcy-ilesi-02", "odd_spacing", """
CERVICAL   INTERLAMINAR   EPIDURAL   STEROID   INJECTION    C7-T1


Date of service :   10/05/2023
Place :  office

Indication :    pain from the neck down the left arm to the middle finger  x 7 months ,  with triceps
weakness 4/5  and  a diminished left triceps reflex .   Failed 6 weeks of PT and an oral prednisone taper
with  no  meaningful  relief .   Unable to work at his desk more than an hour ;  cannot sleep on the left side .

MRI :   left C6-C7 paracentral disc protrusion with foraminal narrowing .

Dx :    Cervical foraminal stenosis with radiculopathy  (M48.02) .


Consent  :   written ,  on file .
Time out :    done .

Technique :   prone ,  sterile prep .   Under fluoroscopy ,  18-gauge Tuohy needle  at  C7-T1
interlaminar space ,   loss of resistance to air .    Isovue-M 300  1 mL  :  epidural spread  ,  no intrathecal
or vascular pattern .    Depo-Medrol 80 mg  (2 mL)  injected  with 1 mL  normal saline .
AP  and  contralateral oblique  views  saved .

Pain  :   pre  6/10   ,   post  1/10
Complications :    none
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("methylprednisolone_acetate", 80), given("iopamidol", 1, "ml")],
        pain=(6, 1), need=ESI_NEED, dos="2023-10-05", pos="11",
        codes=[line("62321"), line("J1040")], findings=[])

    # 5 caudal ESI, inline fields; gap: post-procedure pain score
    add("fcy-caudal-01", "inline_fields", """
Procedure: Caudal epidural steroid injection. Guidance: fluoroscopy. Date of service: 2026-06-03. Site: office.
Indication: bilateral leg pain and paresthesias below the knees when standing or walking, relieved by sitting,
for 14 months. Neurogenic claudication limits walking to about 100 yards; she can no longer shop without a cart.
Conservative care: physical therapy x 12 weeks and duloxetine; still has leg pain despite both.
Imaging: MRI shows severe central canal stenosis at L4-L5 with lateral recess narrowing.
Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062).
Consent: obtained, signed. Time-out: performed.
Technique: prone; sacral hiatus located under fluoroscopy; 20-gauge Tuohy needle placed into the caudal epidural
space. Contrast: Omnipaque 240, 3 mL, epidural filling up to L5 without vascular uptake. Injectate: Celestone
Soluspan 12 mg (2 mL) with 4 mL of 0.25% bupivacaine. Images: AP and lateral saved.
Pre-procedure pain: 8/10.
Complications: none. Discharged in stable condition.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 12), given("bupivacaine", 10), given("iohexol", 3, "ml")],
        pain=(8, None), need=ESI_NEED, dos="2026-06-03", pos="11",
        codes=[line("62323"), line("J0702", units=2)], findings=["post_procedure_pain_score"])

    # 6 bilateral lumbar medial branch blocks, boilerplate, ASC
    add("fcy-mbb-01", "boilerplate", """
PROCEDURE: Bilateral L4-L5 and L5-S1 facet medial branch blocks (diagnostic), fluoroscopic guidance
DATE OF SERVICE: 04/22/2026
FACILITY: Ambulatory surgery center

This procedure note was generated from the practice template and reviewed by the attending physician.

INDICATION: Axial low back pain across both sides of the low back, worse with extension and rotation, for 9
months. No radicular symptoms. Pain persisted despite 8 weeks of physical therapy and daily naproxen. Cannot stand
at the kitchen counter more than 10 minutes and has given up golf.
DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).
PLAN OF CARE: first diagnostic block; radiofrequency ablation will be considered only if relief is 80% or more.

CONSENT: The risks, benefits and alternatives were reviewed and the patient signed the consent form.
TIME-OUT: A universal protocol time-out was completed before the procedure.

DESCRIPTION: Prone, sterile prep. Under fluoroscopy, 22-gauge needles were placed at the junction of the
superior articular and transverse processes to block the L3 and L4 medial branches and the L5 dorsal ramus
on the right, and the same three nerves were blocked on the left. At each of the six targets 0.5 mL of 0.5%
bupivacaine was injected after negative aspiration.

PAIN: Pre 7/10. Post 2/10 (71% relief during the anesthetic phase).
COMPLICATIONS: None.

ATTESTATION: I was present for the entire procedure and personally performed it. Documentation reviewed and
signed electronically.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-04-22", pos="24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    # 7 right cervical confirmatory medial branch block, dictated paragraph; gap: consent
    add("fcy-mbb-02", "dictated_paragraph", """
Right C3-C4 and C4-C5 cervical medial branch block, second diagnostic block. Date of service 01/14/2026, office.
The patient returns with right-sided posterior neck pain radiating to the occiput, present for more than a year,
worse with turning the head to the right. He denies arm pain or numbness. He completed 10 weeks of physical
therapy and tried cyclobenzaprine, neither of which reduced his neck pain. He cannot check his blind spot while
driving and has stopped reading in bed. His first diagnostic right C3-C4 and C4-C5 medial branch block two weeks
ago gave 85% relief lasting 5 hours. Diagnosis: cervical spondylosis without myelopathy
or radiculopathy (M47.812). A time-out was held. In the prone position and under fluoroscopic guidance, 25-gauge
needles were placed on the articular pillars to target the right C3, C4 and C5 medial branches, and 0.3 mL of
0.5% bupivacaine was injected at each. Pain was 6/10 before and 1/10 after the block. There were no complications.
If the block again gives 80% relief, radiofrequency ablation will be scheduled.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 4.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-01-14", pos="11", consent=False,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["consent"])

    # 8 left lumbar intra-articular facet injections at three joints, title-case; level limit
    add("fcy-facet-01", "title_case_headers", """
Left Lumbar Intra-Articular Facet Joint Injections L3-L4, L4-L5, L5-S1

Date Of Service: 2025-12-02
Place Of Service: Office

Indication:
Left-sided low back pain for 8 months, worse with standing and extension, tender over the left lower facets.
No leg pain. Physical therapy for 6 weeks and a home exercise program did not lessen the pain. Cannot sit through
a work meeting or vacuum the house.

Diagnosis:
Lumbar facet arthropathy, lumbar spondylosis (M47.816).

Intent:
Diagnostic.

Consent:
Written consent obtained.

Time-Out:
Performed.

Procedure:
Prone, sterile field. Under fluoroscopy, a 22-gauge needle was placed into each of the left L3-L4, L4-L5 and
L5-S1 facet joints with an intra-articular arthrogram on 0.2 mL Omnipaque 240 at each joint. Kenalog 40 mg
was mixed with 1.5 mL of 0.5% bupivacaine and divided equally among the three joints.

Pain:
Pre 7/10, post 3/10.

Complications:
None.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 7.5), given("iohexol", 0.6, "ml")],
        pain=(7, 3), need=SPINE_NEED, dos="2025-12-02", pos="11",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT"),
               line("J3301", units=4)], findings=["level_limit"])

    # 9 right lumbar facet RFA at four joints, capitalised headers, ASC
    add("fcy-rfa-01", "capitalised_headers", """
RIGHT L2-L3 THROUGH L5-S1 RADIOFREQUENCY NEUROTOMY (RHIZOTOMY) OF THE MEDIAL BRANCHES

DATE OF SERVICE: 11/06/2025
SETTING: AMBULATORY SURGERY CENTER

INDICATION:
Right-sided axial low back pain for 2 years, worse with extension and prolonged standing. No radiating leg pain.
Twelve weeks of physical therapy and NSAIDs gave no lasting benefit. Standing limited to 15 minutes; unable to
garden. Two diagnostic right medial branch blocks gave 90% and 85% relief respectively.

DIAGNOSIS:
Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

CONSENT:
Signed informed consent on the chart.

TIME-OUT:
Completed with all staff.

PROCEDURE:
Prone. Under fluoroscopy, 18-gauge 10 mm active-tip RF cannulas were placed parallel to the right L1, L2, L3
and L4 medial branches and the right L5 dorsal ramus. Sensory stimulation at 50 Hz reproduced concordant back
pain below 0.5 V; motor stimulation at 2 Hz showed no leg contraction. Each nerve was anesthetized with 1 mL of
2% lidocaine and thermal lesions were made at 80 degrees C for 90 seconds.

PAIN SCORES:
Pre 6/10, post 3/10.

COMPLICATIONS:
None.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(6, 3), need=SPINE_NEED, dos="2025-11-06", pos="24",
        codes=[line("64635", "RT"), line("64636", "RT", units=3)], findings=[])

    # 10 right therapeutic SI joint injection, inline fields, payer CGS; gap: symptom duration
    add("fcy-sij-01", "inline_fields", """
Procedure: Right sacroiliac joint injection, therapeutic. Guidance: fluoroscopy. Date of service: 2026-09-14.
Setting: office. Payer: Medicare (CGS).
Indication: right buttock and posterior pelvic pain below L5, positive thigh thrust, compression and FABER tests
on the right. Physical therapy for 8 weeks with SI belt; pain unchanged. Cannot climb stairs or get out of a car
without help.
Prior diagnostic block: right SI joint anesthetic block 6 weeks ago gave 80% relief.
Diagnosis: Sacroiliitis, not elsewhere classified (M46.1).
Consent: written consent signed. Time-out: performed.
Technique: prone; oblique view to open the inferior joint line; 22-gauge needle into the right SI joint.
Contrast: Isovue-M 200, 1 mL, intra-articular arthrogram. Injectate: methylprednisolone 40 mg with 2 mL
0.25% bupivacaine. Images: AP and oblique views saved.
Pain: pre 6/10, post 2/10; about 70% relief at discharge.
Complications: none.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("bupivacaine", 5), given("iopamidol", 1, "ml")],
        pain=(6, 2), need=("diagnosis", "conservative_care", "functional_impairment"), dos="2026-09-14",
        pos="11", payer="medicare_cgs",
        codes=[line("27096", "RT"), line("J1010", units=40)], findings=["symptom_duration"])

    # 11 trigger point injections, four muscles, bullets; gap: percent relief (only scores)
    add("fcy-tpi-01", "bullets", """
TRIGGER POINT INJECTIONS

* Date of service: 03/03/2026, office
* Indication: myofascial neck and upper back pain for 6 months; exam shows taut bands with local twitch
  response and referred pain in both upper trapezius muscles, the right levator scapulae and the left rhomboid
* Diagnosis: Myofascial pain syndrome (M79.18)
* Consent: verbal and written consent obtained
* Time-out: done
* Muscles injected (4): right upper trapezius, left upper trapezius, right levator scapulae, left rhomboid major
* Each trigger point: 1 mL of 1% lidocaine via 27-gauge needle
* Ketorolac 30 mg IM given after the injections
* Pain before: 7/10; pain after: 3/10
* Complications: none; tolerated well
* Plan: stretching program; will not repeat for at least 2 months
""", procs=[proc("trigger_point", region="other", imaging="none")],
        drugs=[given("lidocaine", 40), given("ketorolac_tromethamine", 30)],
        pain=(7, 3), need=("diagnosis",), dos="2026-03-03", pos="11",
        codes=[line("20553"), line("J1885", units=2)], findings=["percent_relief"])

    # 12 left genicular nerve block, genicular branches named, ultrasound, odd spacing
    add("fcy-gnb-01", "odd_spacing", """
LEFT  KNEE   GENICULAR   NERVE   BLOCK


Date of service :  2026-05-27      Office

Indication :   left knee pain x 3 years ,  worse on stairs ;   not a surgical candidate .
Failed PT ,  NSAIDs  and  two intra-articular steroid injections .
Dx :   Primary osteoarthritis ,   left knee   (M17.12)

Consent :  signed .     Time out :  completed .

Technique :    supine  ,  knee slightly flexed .   Under ultrasound guidance  ,   a 22-gauge needle was
directed to the  superolateral genicular nerve ,  the  superomedial genicular nerve  and  the  inferomedial
genicular nerve  of the left knee .   At each ,   2 mL  of  0.5% bupivacaine .

Pain :   pre  8/10   ;   post  2/10   ( 75% relief )
Complications :   none

Plan :   if relief holds through the anesthetic phase ,   discuss genicular radiofrequency ablation .
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("bupivacaine", 30)],
        pain=(8, 2), need=("diagnosis",), dos="2026-05-27", pos="11",
        codes=[line("64454", "LT")], findings=[])

    # 13 right stellate ganglion block, fluoroscopy, hospital outpatient, boilerplate; gap: pre pain score
    add("fcy-stellate-01", "boilerplate", """
PROCEDURE: Right stellate ganglion block under fluoroscopic guidance
DATE OF SERVICE: 07/08/2025
LOCATION: Hospital outpatient procedure unit

The following note uses the department's standard procedure template.

INDICATION: Burning pain, swelling, color change and allodynia of the right hand and forearm since a wrist fracture
9 months ago.
DIAGNOSIS: Complex regional pain syndrome type I of the right upper limb (G90.511).
CONSENT: Informed consent was signed after discussion of risks, including hoarseness and Horner syndrome.
TIME-OUT: Completed per protocol.

DESCRIPTION: Supine with the neck slightly extended. Under fluoroscopy the right C6 anterior tubercle
(Chassaignac) was identified and a 25-gauge needle placed at the junction of the C6 vertebral body and
transverse process. Omnipaque 240, 1 mL, showed spread along the prevertebral fascia without vascular uptake.
Ropivacaine 0.5% 5 mL was injected in divided doses with negative aspiration.
RESPONSE: Right hand temperature rose from 29.1 to 33.4 C with a right Horner syndrome. Pain after the block
2/10.
COMPLICATIONS: None.

ATTESTATION: I personally performed the procedure. This note was electronically signed.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("ropivacaine", 25), given("iohexol", 1, "ml")],
        pain=(None, 2), need=("diagnosis",), dos="2025-07-08", pos="22",
        codes=[line("64510"), line("77002", "26")], findings=["pre_procedure_pain_score"])

    # 14 left lumbar sympathetic block at L3, office: 77002 and contrast supply (code excludes imaging)
    add("fcy-lsb-01", "title_case_headers", """
Left Lumbar Sympathetic Block At L3, Fluoroscopic Guidance

Date Of Service: 02/26/2026
Location: Office

Indication:
Burning pain, cold mottled skin and edema of the left foot and ankle for 7 months after an ankle sprain;
allodynia to light touch.

Diagnosis:
Complex regional pain syndrome I of the left lower limb (G90.522).

Consent:
Written consent obtained.

Time-Out:
Completed.

Procedure:
Prone. Under fluoroscopy a 20-gauge 15 cm needle was advanced to the anterolateral border of the L3 vertebral
body on the left. Omnipaque 180, 3 mL, outlined the sympathetic chain without psoas or vascular spread.
Bupivacaine 0.25%, 10 mL, was injected incrementally.

Response:
Left foot skin temperature rose by 3 degrees C. Pain 7/10 before, 3/10 after.

Complications:
None.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                 levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("bupivacaine", 25), given("iohexol", 3, "ml")],
        pain=(7, 3), need=("diagnosis",), dos="2026-02-26", pos="11",
        codes=[line("64520"), line("77002"), line("Q9965", units=3)], findings=[],
        comment="64520 does not include imaging: 77002 and, in the office, the contrast supply by iodine strength (180: Q9965 per mL).")

    # 15 intrathecal pump refill with reprogramming by the physician, inline fields
    add("fcy-pump-01", "inline_fields", """
Procedure: Intrathecal pump refill and reprogramming. Date of service: 2026-10-20. Place: office.
Indication: chronic pain syndrome with an implanted intrathecal drug delivery system; due for refill.
Diagnosis: Chronic pain syndrome (G89.4).
Consent: obtained. Time-out: completed.
Technique: pump located with the template; reservoir accessed with a 22-gauge Huber needle under sterile
conditions; 2.1 mL residual withdrawn (expected 2.3 mL). Refilled by me with 20 mL of preservative-free
morphine 25 mg/mL. Pump interrogated and reprogrammed by me: daily dose increased from 4.0 to 4.4 mg/day.
Next refill alarm date set.
Pain: 6/10 before, 5/10 after.
Complications: none.
""", procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(6, 5), need=("diagnosis",), dos="2026-10-20", pos="11",
        codes=[line("62370")], findings=[])


def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    # 16 selective nerve root blocks: title says LEFT, every needle went on the right
    add("fcy-h-tfesi-01", "hand_prose", """
LEFT L5 and S1 selective nerve root blocks

Date of service 05/20/2025, hospital outpatient.

She is a 58-year-old woman with six months of shooting pain down the back of the right leg into the sole, with
numbness of the lateral foot and a reduced right ankle jerk. Ten weeks of physical therapy and pregabalin have not
helped the leg pain; she cannot stand to cook a meal or walk through a store. MRI shows a right L5-S1 disc
extrusion compressing the traversing right S1 root and narrowing the right L5-S1 foramen. Diagnosis: lumbosacral
radiculopathy (M54.17).

Consent was signed and a time-out held. Prone, under fluoroscopy, I placed a 22-gauge needle into the right
L5-S1 foramen and a second needle through the right S1 posterior sacral foramen. Omnipaque 240, 2 mL in total,
outlined the right L5 and S1 roots with no vascular uptake. Dexamethasone 8 mg mixed with 2 mL of 1% lidocaine
was divided between the two needles. AP and lateral images were saved. Pain went from 8/10 to 3/10. No
complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 8), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(8, 3), need=ESI_NEED, dos="2025-05-20", pos="22",
        codes=[line("64483", "RT"), line("64484", "RT")], findings=["laterality_conflict"],
        comment="Title LEFT, every needle in the body right: codes follow the description; conflict raised.")

    # 17 lumbar interlaminar ESI, repeat with a documented response; 2024 methylprednisolone 40 mg = J1030
    add("fcy-h-ilesi-01", "hand_prose_no_headers", """
Repeat L5-S1 interlaminar epidural steroid injection, office, 01/18/2024. His last L5-S1 epidural in August gave
about 60% relief of his leg pain for four months before it slowly returned. He again describes aching and
tingling from the low back down both posterior thighs to the calves, worse with walking, for more than a year now,
and says he can only walk a block before he has to sit. Home exercises and physical therapy last spring
(8 weeks) did not control the leg pain. The MRI from last year shows an L5-S1 central disc protrusion with
bilateral lateral recess narrowing. Diagnosis is lumbar disc herniation with radiculopathy, M51.16. We reviewed
the risks again and he signed consent; time-out done. Prone, fluoroscopy. 18-gauge Tuohy needle to the L5-S1
interlaminar space, loss of resistance to saline at 5 cm. 2 mL of Omnipaque 240 showed a good epidurogram, AP and
lateral images saved. I injected Depo-Medrol 40 mg with 2 mL of 1% lidocaine. Pain 7/10 before, 2/10 after. No
complications. Back in 3 months if needed.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2024-01-18", pos="11",
        codes=[line("62323"), line("J1030")], findings=[])

    # 18 cervical ILESI, fifth in the past 12 months, earlier response not documented
    add("fcy-h-ilesi-02", "hand_prose", """
Cervical epidural steroid injection C6-C7, interlaminar

ASC, 03/11/2026. This is her fifth cervical epidural in the past 12 months. The last one "helped some." She still
has pain from the neck into the right shoulder blade and down the radial forearm with numb thumb tip, going on
for two years. She has done two rounds of physical therapy, each about 6 weeks, and neither changed the arm pain.
She can't lift her grandson or hold a phone to her ear. CT myelogram: right C5-C6 and C6-C7 foraminal stenosis.
Diagnosis: cervical radiculopathy, M54.12.

Consent signed, time-out held. Under fluoroscopy, with her prone, a 20-gauge Tuohy needle entered the C6-C7
interlaminar epidural space by loss of resistance. 1 mL of Isovue-M 300 confirmed epidural spread; AP and
lateral images saved. Dexamethasone 10 mg with 1 mL saline was injected. Pain 7/10 before, 4/10 after. No
complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 1, "ml")],
        pain=(7, 4), need=ESI_NEED, dos="2026-03-11", pos="24",
        codes=[line("62321")], findings=["frequency", "prior_procedure_response"],
        comment="Fifth in 12 months (limit 4); 'helped some' is no documented response.")

    # 19 shorthand MBB on the right, repeated on the contralateral side
    add("fcy-h-mbb-01", "hand_shorthand", """
R L3 and L4 MB and L5 DR blocks, then repeated on the contralateral side. Diagnostic #1.
DOS 09/09/2025, office.

Hx: bilat axial LBP across both sides > 1 yr, no leg sx. PT x 12 wk and NSAIDs, no relief. Can't stand > 20 min, stopped bowling.
Dx: lumbosacral spondylosis w/o myelopathy or radiculopathy (M47.817).
Consent signed. Time-out done.
Fluoro, prone. 22g spinal needles to the R L3 MB, R L4 MB and R L5 DR at the sacral ala; 0.5 mL 0.5% bupi at
each. Same was repeated on the contralateral side with the same volume.
Pain 6/10 -> 1/10. No cx.
Plan: log pain diary for 6 h; if at least 80% relief, confirmatory block.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, dos="2025-09-09", pos="11",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    # 20 left cervical RF lesioning with moderate sedation by the proceduralist; gap: functional impairment
    add("fcy-h-rfa-01", "hand_prose", """
Left C4-C5 and C5-C6 radiofrequency lesioning (C4, C5 and C6 medial branches)

ASC, 04/09/2026. Left-sided neck pain for three years, worse with looking up and turning left, no arm symptoms.
Physical therapy for 10 weeks and meloxicam did not reduce it. Two left C4-C5 and C5-C6 medial branch blocks in
February gave 90% and 80% relief. Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812).

Consent signed, time-out done. Because of marked needle anxiety she could not lie still for the earlier blocks,
so I gave moderate sedation: midazolam 2 mg and fentanyl 50 mcg IV, start 09:10, end 09:32, 22 minutes, with an
independent trained RN observer monitoring throughout. Prone, fluoroscopy. RF cannulas were placed along the
left C4, C5 and C6 medial branches, sensory and motor testing satisfactory, 1 mL of 2% lidocaine at each, and
thermal lesions at 80 degrees C for 90 seconds, two per nerve. Pain 7/10 before, 2/10 after. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 50, "mcg"), given("lidocaine", 60)],
        pain=(7, 2), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-04-09", pos="24",
        codes=[line("64633", "LT"), line("64634", "LT"), line("99152")], findings=["functional_impairment"])

    # 21 right SI joint cooled RF of the L5 dorsal ramus and S1-S3 lateral branches
    add("fcy-h-sijrfa-01", "hand_prose", """
Right sacroiliac joint radiofrequency ablation, cooled, L5 dorsal ramus and S1, S2, S3 lateral branches

Hospital outpatient, 10/14/2025. Right SI joint pain for 18 months, worse rising from a chair; two right lateral
branch blocks gave 80% and 90% relief. Diagnosis: right sacroiliitis (M46.1). Consent signed; time-out held.
Prone, fluoroscopy. A 17-gauge introducer and cooled RF probe were placed at the right L5 dorsal ramus and
lateral to the right S1, S2 and S3 foramina; after motor testing, 1 mL of 1% lidocaine was given at each site
and cooled lesions made at 60 degrees C for 150 seconds. Pain 6/10 before, 3/10 after. No complications.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 3), need=("diagnosis",), dos="2025-10-14", pos="22",
        codes=[line("64625", "RT")], findings=[])

    # 22 SI lateral branch blocks: header RIGHT, needles on the left
    add("fcy-h-sinb-01", "hand_headers", """
Procedure: SI joint lateral branch blocks
Side: RIGHT
Date of service: 07/21/2026, office

Left-sided sacroiliac joint pain for 10 months, positive Fortin finger sign and thigh thrust on the left; 8 weeks
of physical therapy without relief. Diagnosis: sacroiliitis, left (M46.1). Consent signed,
time-out completed. Prone, under fluoroscopy, needles were placed at the left L5 dorsal ramus and lateral to the
left S1, S2 and S3 foramina; 0.5 mL of 0.5% bupivacaine at each of the four sites. Pain 7/10 before, 1/10 after,
roughly 85% relief. No complications. Plan RF if the second block agrees.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 10)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-07-21", pos="11",
        codes=[line("64451", "LT")], findings=["laterality_conflict"],
        comment="Header RIGHT, every needle left: 64451-LT and a laterality conflict.")

    # 23 bilateral greater occipital nerve blocks, no imaging; gap: complications
    add("fcy-h-onb-01", "hand_shorthand", """
B/L GON blk, office, 12/01/2025.
Occipital neuralgia (M54.81): shooting pain from the suboccipital area over the vertex on both sides for 8
months, tender over both greater occipital nerves with reproduction of her headache. Consent signed. Time-out.
Landmark technique, no imaging: at each greater occipital nerve, medial to the occipital artery, 2 mL of 0.5%
bupivacaine with triamcinolone 20 mg. Headache 8/10 before, 2/10 after. Follow up in 6 weeks.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2025-12-01", pos="11", complications=None,
        codes=[line("64405", "50"), line("J3301", units=4)], findings=["complications"])

    # 24 right suprascapular nerve block under ultrasound with a saved image
    add("fcy-h-pnb-01", "hand_prose", """
Right suprascapular nerve block, ultrasound-guided

Office, 08/05/2026. Right shoulder pain from glenohumeral arthritis for two years; night pain, cannot reach
overhead. Diagnosis: primary osteoarthritis, right shoulder (M19.011). Consent signed, time-out completed.
Seated. With a linear probe the suprascapular notch was seen and a 22-gauge needle advanced in plane to the
nerve; 8 mL of 0.5% ropivacaine with dexamethasone 4 mg was injected around it under direct view; image saved to
the chart. Pain 7/10 before, 2/10 after. No complications.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound")],
        drugs=[given("ropivacaine", 40), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=("diagnosis",), dos="2026-08-05", pos="11",
        codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)], findings=[])

    # 25 right genicular RF ablation; gap: time-out
    add("fcy-h-genrfa-01", "hand_prose", """
Right knee genicular radiofrequency ablation

ASC, 06/17/2026. Right knee pain from osteoarthritis for five years; she declines replacement. A right genicular
nerve block in May gave 75% relief for the day. Diagnosis: primary osteoarthritis of the right knee (M17.11).
Consent signed. Supine, fluoroscopy. RF cannulas placed at the superomedial, superolateral and inferomedial
genicular nerves of the right knee; sensory stimulation concordant, no motor response; 1 mL of 2% lidocaine at
each, then thermal lesions at 80 degrees C for 90 seconds. Pain 8/10 before, 3/10 after. No complications.
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis",), dos="2026-06-17", pos="24",
        codes=[line("64624", "RT")], findings=["time_out"])

    # 26 left knee injection under ultrasound; diagnosis without side
    add("fcy-h-knee-01", "hand_prose_no_headers", """
Left knee intra-articular steroid injection under ultrasound, office, 11/12/2025, Medicare (CGS). Knee
osteoarthritis; she has had left knee pain and swelling for a year and it limits her walking. Consent signed and
a time-out done. Superolateral approach, in-plane ultrasound view of the suprapatellar recess, image saved. I
injected triamcinolone 40 mg with 3 mL of 1% lidocaine into the left knee joint. Pain 6/10 before, 2/10 after.
No complications.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
        pain=(6, 2), need=(), dos="2025-11-12", pos="11", payer="medicare_cgs",
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=["diagnosis"],
        comment="'Knee osteoarthritis' names no side: diagnosis specificity.")

    # 27 SCS trial, two percutaneous leads
    add("fcy-h-scs-01", "hand_prose", """
Spinal cord stimulator trial, percutaneous, two leads

Office, 11/03/2025. Failed back surgery syndrome (M96.1) after L4-S1 fusion, with constant low back and left leg
pain for four years. Physical therapy, gabapentin, duloxetine and two epidurals failed to control it. Psychological
evaluation in October cleared her for the trial. Consent signed, time-out held. Prone, fluoroscopy; skin and
tract infiltrated with 10 mL of 1% lidocaine. Two 8-contact percutaneous leads were passed through Tuohy needles
at L1-L2 and steered to the top of T8 and mid T9; paresthesia covered the back and left leg. Leads anchored to
the skin and connected to the external trial stimulator. Pain 8/10 before, 3/10 with stimulation. No
complications.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2025-11-03", pos="11",
        codes=[line("63650", units=2), line("77003")], findings=[])

    # 28 SCS implant after a trial with 70% relief, hospital outpatient
    add("fcy-h-scsimp-01", "hand_prose", """
Permanent spinal cord stimulator implant: two percutaneous leads and generator

Hospital outpatient, 01/27/2026. Failed back surgery syndrome (M96.1), back and bilateral leg pain for five
years; therapy, medications and injections failed. Psychology evaluation cleared her. The 7-day trial in December
gave 70% relief and she walked twice as far. Consent signed, time-out held. Prone, fluoroscopy. Two
percutaneous 8-contact leads placed through Tuohy needles to T8 and T9 and anchored; a generator pocket was made
in the right flank and the rechargeable generator implanted and connected. Good coverage on testing. No
complications.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy")],
        drugs=[],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-01-27", pos="22",
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[])

    # 29 kyphoplasty at L1 and L2, hospital outpatient
    add("fcy-h-kypho-01", "hand_prose", """
Balloon kyphoplasty L1 and L2, bilateral transpedicular

Hospital outpatient, 09/23/2025. Osteoporotic compression fractures of L1 and L2 (M80.08XA) after a fall 5 weeks
ago. MRI: acute compression fractures of L1 and L2 with 30% height loss and marrow edema on STIR. Four weeks of
bracing and analgesics have not controlled the pain; she cannot get out of bed without help. Consent signed,
time-out held. Prone, biplane fluoroscopy. 10 mL of 1% lidocaine for the skin and periosteum. Bilateral
transpedicular trocars at L1 and L2, balloon tamps inflated to restore height, and cement placed at each level
without extravasation. Pain 9/10 before, 4/10 after. No complications.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1", "L2"],
                 imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(9, 4), need=("diagnosis", "conservative_care", "imaging_findings"), dos="2025-09-23", pos="22",
        codes=[line("22514"), line("22515")], findings=[])

    # 30 ganglion impar block, cut off mid-sentence before the post-procedure score
    add("fcy-h-impar-01", "hand_prose+truncated", """
Ganglion impar block under fluoroscopy

Office, 03/30/2026. Coccygodynia (M53.3) for 11 months after a fall on the ice, pain sitting on hard chairs.
Consent signed; time-out held. Prone, fluoroscopy, lateral view. A 22-gauge needle through the sacrococcygeal
junction to the anterior surface; 1 mL of Omnipaque 240 showed a retroperitoneal comma-shaped spread. Injected
4 mL of 0.25% bupivacaine with triamcinolone 40 mg. Pain 7/10 before. No complications. Afterwards she sat on
the chair and rated her pain at
""", procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 40), given("iohexol", 1, "ml")],
        pain=(7, None), need=("diagnosis",), dos="2026-03-30", pos="11",
        codes=[line("64999"), line("77002"), line("Q9966"), line("J3301", units=4)],
        findings=["post_procedure_pain_score"],
        comment="Ganglion impar is 64999 with 77002; code excludes imaging so the office contrast supply is billed.")
