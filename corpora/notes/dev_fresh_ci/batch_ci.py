"""Sealed batch `dev_fresh_ci` (`fci-*`): 30 fictional notes whose difficulty is in the code lines.

Written fresh for this batch (no corpus phrase pool was read). Gold labelled from the text, following
corpora/README's coding conventions (Medicare default). `build` is called by the kit of dev_fresh_d.
"""

from __future__ import annotations

TFESI, ILESI, FACET, RFA = "transforaminal_epidural", "interlaminar_epidural", "facet_injection", "facet_rfa"


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _first_half(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_half(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _first_half(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fci-tfesi-01", "caps_headers", """
PROCEDURE: BILATERAL L4-L5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTIONS UNDER FLUOROSCOPY

INDICATION: Burning pain from both buttocks down the posterior thighs to the calves, worse on the left, with
tingling in both feet. Symptoms for 5 months. Eight weeks of physical therapy and a course of meloxicam
failed to reduce the leg pain. She can no longer stand long enough to cook a meal and has stopped her
morning walks.
IMAGING: MRI lumbar spine shows broad-based disc bulges at L4-5 and L5-S1 with bilateral foraminal
narrowing contacting the exiting L4 and L5 roots.
DIAGNOSIS: Lumbar radiculopathy (M54.16); lumbar disc herniation with radiculopathy (M51.16).

CONSENT: Risks, benefits and alternatives were reviewed and written consent was signed.
TIME-OUT: Universal protocol time-out completed with the team before the skin was prepped.
PRE-PROCEDURE PAIN: 7/10

DESCRIPTION: Prone on the fluoroscopy table; sterile prep and drape. Skin wheals with 3 mL of 1% lidocaine. Under
fluoroscopic guidance a 22-gauge spinal needle was advanced to the safe triangle of the right L4-L5 foramen,
then the right L5-S1 foramen, the left L4-L5 foramen and the left L5-S1 foramen (four sites). At each site
Omnipaque 240, 1 mL, outlined the nerve root sheath with epidural spread and no vascular runoff (4 mL
total). Each foramen then received 0.25 mL dexamethasone 10 mg/mL (2.5 mg) with 1 mL bupivacaine 0.25%.
Dexamethasone total 10 mg drawn from one 1 mL single-dose vial; none wasted.
AP and lateral images were saved to the record.

POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: None. Discharged ambulatory.
""", procs=[proc(TFESI, approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 4, "ml"), given("dexamethasone_sodium_phosphate", 10),
               given("bupivacaine", 10), given("lidocaine", 30)],
        pain=(7, 3), need=ESI_NEED,
        codes=[line("64483", "50"), line("64484", "50"), line("J1100", "JZ", units=10)],
        findings=[], dos="2026-05-12", pos="11",
        comment="Bilateral two foramina: 64483-50 + 64484-50 x1. Dexamethasone 4 x 2.5 mg = 10 mg, single-dose "
                "vial, none wasted: J1100-JZ x10.")

    add("fci-tfesi-02", "dictated", """
Left L4-5 transforaminal epidural steroid injection.

This is a 71-year-old man with left anterior thigh and medial shin pain with numbness along the medial
leg for about 10 weeks. Physical therapy for six weeks and gabapentin gave him no improvement, and the
gabapentin left him dizzy. He cannot climb the stairs at home without stopping. MRI shows a left
foraminal disc protrusion at L5-S1 with compression of the exiting root and mild L4-5 bulging.
Diagnosis lumbosacral radiculopathy, M54.17. Pain today 8/10. Informed consent was obtained after
discussion of bleeding, infection and nerve injury. A time-out confirmed patient, side and procedure.

In the procedure suite under fluoroscopy, the left L5-S1 foramen was targeted. After local skin
anesthesia, a 5-inch 22-gauge needle was placed into the left L5-S1 neural foramen under AP and oblique
views. Isovue-M 300, 1.5 mL, showed a clean left L5 root outline without vascular uptake. We injected
Kenalog 40 mg (1 mL) mixed with 1 mL of 1% lidocaine (10 mg). AP and lateral images stored.
After 15 minutes his pain was 2/10. No complications occurred.
""", procs=[proc(TFESI, approach="transforaminal", region="lumbar", laterality="left", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 1.5, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(8, 2), need=ESI_NEED,
        codes=[line("64483", "LT")],
        findings=["laterality_conflict"], dos="2026-06-30", pos="22",
        comment="Title names L4-5, the needle went to the left L5-S1 foramen: levels and codes follow the "
                "description, the level difference is laterality_conflict (README, round 11). Facility: no drug line.")

    add("fci-tfesi-03", "bullets", """
Right-sided lumbar TFESI, three levels

- Indication: right L3, L4 and L5 dermatomal pain (groin, anterior knee, dorsum of foot) with a positive
  femoral stretch test; present for 4 months
- Failed treatment: 3 months of supervised PT and duloxetine, pain unchanged
- Function: unable to garden or walk more than one block
- MRI: right foraminal stenosis at L3-4, L4-5 and L5-S1 from facet overgrowth and disc bulging
- Dx: Lumbar spinal stenosis with neurogenic claudication (M48.062) and right lumbar radiculopathy (M54.16)
- Consent: signed; time-out done
- Pre-procedure pain 6/10
- Technique: fluoroscopy; needles to the right L3-L4, L4-L5 and L5-S1 foramina; Omnipaque 300 1 mL per
  level (3 mL); methylprednisolone 40 mg at L4-L5 and 20 mg at each of L3-L4 and L5-S1 (80 mg total),
  each with 1 mL 1% lidocaine (30 mg in all)
- Images: AP and lateral saved for each level
- Tolerated well, no complications
""", procs=[proc(TFESI, approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 30)],
        pain=(6, None), need=ESI_NEED,
        codes=[line("64483", "RT"), line("64484", "RT", units=2)],
        findings=["level_limit", "post_procedure_pain_score"], dos="2026-02-17", pos="24",
        comment="Three foramina on one side: 64483-RT + 64484-RT x2 and level_limit (over 2 per region). "
                "ASC: no drug line. No post-procedure score (deliberate gap).")

    add("fci-tfesi-04", "inline", """
Procedure: B/L L5-S1 transforaminal ESI. Date of service: 10/17/2023. Setting: office procedure room.
History: Pain radiating down both legs into the lateral feet with numbness of both small toes, 7 months.
Conservative care: NSAIDs and PT for 8 weeks, no lasting relief. Function: cannot sit through a meal or
drive more than 20 minutes. MRI: L5-S1 disc extrusion with bilateral subarticular and foraminal narrowing.
Diagnosis: Lumbar intervertebral disc disorder with radiculopathy, lumbar region (M51.16). Consent: informed
consent signed. Time-out: performed. Pain before: 6/10. Guidance: fluoroscopy. Approach: transforaminal,
right then left L5-S1. Contrast: Omnipaque 180, 1 mL each side, neural sheath filling, no intravascular
pattern. Injectate: Depo-Medrol 30 mg per side (60 mg total) from a 5 mL multi-dose vial, with 1 mL
0.25% bupivacaine per side (5 mg). Images: AP and lateral saved. Pain after: 2/10.
""", procs=[proc(TFESI, approach="transforaminal", region="lumbar", laterality="bilateral", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 60), given("bupivacaine", 5)],
        pain=(6, 2), need=ESI_NEED,
        codes=[line("64483", "50"), line("J1040")],
        findings=["complications"], dos="2023-10-17", pos="11", complications=None,
        comment="Before 2024-04-01: 60 mg methylprednisolone = J1040 x1 (fewest units); multi-dose vial, so no "
                "JZ. Complications unsaid (deliberate gap).")

    add("fci-ilesi-01", "title_case", """
Procedure Performed: Cervical Interlaminar Epidural Steroid Injection, C7-T1

Indication: Neck pain radiating into the right arm to the thumb and index finger with numbness in the
same fingers, for 3 months. Six weeks of physical therapy, a prednisone taper and naproxen were tried and
none of them eased the arm pain. She is unable to lift her grandchild or work at the keyboard.
Imaging: MRI cervical spine with right C5-6 paracentral disc protrusion narrowing the right lateral recess.
Diagnosis: Cervical radiculopathy (M54.12)
Consent: Obtained in writing.
Time Out: Completed.
Pre-Procedure Pain: 7/10

Procedure Details: Prone, sterile prep. Under fluoroscopy an 18-gauge Tuohy needle was advanced by a
midline interlaminar approach at C7-T1 using loss of resistance to saline. Isovue-M 300 1.5 mL showed
epidural spread without intrathecal or vascular pattern in AP and contralateral oblique views, both saved.
Injected: Kenalog-40, 1.5 mL (60 mg), with 2 mL preservative-free saline. The steroid came from two 1 mL
single-dose vials; 20 mg was discarded.

Post-Procedure Pain: 3/10
Complications: None
""", procs=[proc(ILESI, approach="interlaminar", region="cervical", levels=["C7-T1"], imaging="fluoroscopy",
                 contrast=True)],
        drugs=[given("iopamidol", 1.5, "ml"), given("triamcinolone_acetonide", 60)],
        pain=(7, 3), need=ESI_NEED,
        codes=[line("62321"), line("J3301", units=6), line("J3301", "JW", units=2)],
        findings=[], dos="2026-02-03", pos="11",
        comment="62321 (cervical, imaging). Triamcinolone 60 mg = J3301 x6; 20 mg discarded from single-dose "
                "vials = J3301-JW x2.")

    add("fci-ilesi-02", "odd_spacing", """
CAUDAL   EPIDURAL   STEROID   INJECTION

Reason  for  visit :   low back and bilateral leg pain after L4-5 laminectomy, with burning into both calves
and numb soles ;  symptoms  1  year .
Treatments  tried :  PT  x  12 weeks ,  gabapentin ,  tramadol  --  all without meaningful benefit .
Limitations :  walks  less  than  a  block ;  cannot  stand  to  shower  without  sitting .
MRI :  epidural  fibrosis  around  the  L5  roots ,  no  recurrent  disc .
Dx :  Failed  back  surgery  syndrome  (M96.1)  with  bilateral  radicular  leg  pain .
Consent :  obtained ,  signed .     Time  out :  done .
Pain  pre :  8/10

Procedure :  prone ,  sacral  hiatus  palpated  and  confirmed  with  fluoroscopy .   20 g  Tuohy  into  the
caudal  epidural  space  via  the  sacral  hiatus .   Omnipaque  240  ,  5 mL ,  filled  the  caudal  canal  to  L5
without  vascular  pattern .   Injected  dexamethasone  10 mg  with  8 mL  normal  saline .   Image  saved .

Pain  post :  4/10 .    Complications :  none .
""", procs=[proc(ILESI, approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 4), need=ESI_NEED,
        codes=[line("62323")],
        findings=["saved_images"], dos="2025-08-19", pos="22",
        comment="Caudal = 62323, no levels, no modifier; hospital outpatient: no drug line. 'Image saved.' is one "
                "view (deliberate gap).")

    add("fci-facet-01", "caps_headers", """
PROCEDURE: BILATERAL LUMBAR MEDIAL BRANCH BLOCKS (DIAGNOSTIC), L3 AND L4 MEDIAL BRANCHES AND L5 DORSAL RAMI

HISTORY: Axial low back pain without leg symptoms for 2 years, worse with extension and rotation. Twelve
weeks of core-strengthening physical therapy and diclofenac did not change it. She has stopped bowling and
cannot stand at the sink for longer than 10 minutes.
DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
INTENT: Diagnostic, first block, before considering radiofrequency ablation.
CONSENT: Signed after risks were discussed.   TIME-OUT: Performed.
PAIN BEFORE: 6/10

TECHNIQUE: Prone; fluoroscopic guidance. On each side a 22-gauge needle was placed at the junction of the
superior articular and transverse processes of L4 and L5 (L3 and L4 medial branches) and at the sacral ala
groove (L5 dorsal ramus). Bupivacaine 0.5%, 0.5 mL, at each of the six nerves (3 mL total, 15 mg). No
steroid. No sedation.

PAIN AFTER: 1/10 (about 85% relief); pain diary given.
COMPLICATIONS: None.
""", procs=[proc(FACET, approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=[], dos="2026-04-08", pos="11",
        comment="L3+L4 MB and L5 dorsal ramus = joints L4-L5 and L5-S1. Bilateral, diagnostic: 64493-50-KX + "
                "64494-50-KX. Bupivacaine is not billed.")

    add("fci-facet-02", "dictated", """
Cervical medial branch block, diagnostic.

Seen for axial neck pain with occipital radiation, not into the arms, for 8 months after a fall. Physical
therapy for 10 weeks and celecoxib did not lessen it. She cannot check her blind spot when driving and has
given up painting. Diagnosis: cervical spondylosis without myelopathy or radiculopathy, M47.812. Written
consent obtained. Pre-procedure pain 7/10. Intent is diagnostic.

Position prone. Under fluoroscopy, 25-gauge needles were placed to the right C4 and C5 and C6 articular
pillars for the medial branches supplying the right C4-C5 and C5-C6 facet joints, and 0.3 mL of 2%
lidocaine was given at each nerve. The same was then repeated on the left side at the identical
levels. Total lidocaine 1.8 mL (36 mg). No sedation was given.

Post-procedure pain 2/10 with full rotation to both sides restored for the moment. Complications: none.
""", procs=[proc(FACET, approach="medial_branch", region="cervical", laterality="bilateral",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 36)],
        pain=(7, 2), need=SPINE_NEED,
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")],
        findings=["time_out"], dos="2026-07-21", pos="24",
        comment="'Repeated on the left side at the identical levels' = bilateral C4-C5, C5-C6: 64490-50-KX + "
                "64491-50-KX. No time-out documented (deliberate gap).")

    add("fci-facet-03", "bullets", """
Left lumbar medial branch blocks, four joints (diagnostic)

* Complaint: left-sided low back pain, axial, 18 months; worse standing and twisting
* Prior care: 4 months of PT and home exercise plus naproxen without relief
* Function: cannot lift laundry baskets or work a full shift
* Dx: lumbar facet arthropathy, M47.816
* Intent: diagnostic
* Consent signed; time-out completed
* Pain 8/10 before
* Fluoroscopy-guided; 22 g needles to the left L1, L2, L3 and L4 medial branches and the left L5 dorsal
  ramus, covering the left L2-L3, L3-L4, L4-L5 and L5-S1 facet joints
* Ropivacaine 0.5% 0.5 mL per nerve, five nerves (2.5 mL, 12.5 mg)
* Pain 2/10 after
* No complications
""", procs=[proc(FACET, approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 12.5)],
        pain=(8, 2), need=SPINE_NEED,
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["level_limit"], dos="2026-01-27", pos="11",
        comment="Four joints: 64493 + 64494 once + 64495 once (README: third and further joints), all KX-LT; "
                "more than two facet levels is level_limit. Ropivacaine not billed under Medicare.")

    add("fci-facet-04", "inline", """
Procedure: Right L4-L5 and L5-S1 medial branch blocks, second (confirmatory) diagnostic block. Indication:
right-sided axial low back pain, 3 years, no radiation below the buttock. Prior care: 6 months of PT,
acetaminophen and ibuprofen, with no lasting change in pain. Function: unable to do yard work, sleep
disrupted. First diagnostic block on 02/04/2026 with lidocaine gave 90% relief for 2 hours. Diagnosis:
Lumbar spondylosis (M47.816). Intent: diagnostic. Consent: signed. Time-out: yes. Pain pre: 6/10.
Technique: fluoroscopy; needles to the right L3 and L4 medial branches and right L5 dorsal ramus;
bupivacaine 0.75% 0.4 mL each (1.2 mL, 9 mg). Pain post: 0/10. Complications: none.
""", procs=[proc(FACET, approach="medial_branch", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
                 imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 9)],
        pain=(6, 0), need=SPINE_NEED,
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")],
        findings=[], dos="2026-02-25", pos="11",
        comment="Confirmatory diagnostic block (first block 90%): still KX; no relief finding.")

    add("fci-rfa-01", "inline", """
Procedure: Bilateral lumbar radiofrequency ablation, L3-L4 and L4-L5 facet joints (L2, L3 and L4 medial
branches). Indication: axial low back pain for 4 years. Conservative care: PT for 12 weeks, NSAIDs and a
TENS unit, none of which reduced the pain. Function: cannot stand to cook or walk the dog. Diagnostic
blocks: two sets of bilateral L2, L3, L4 medial branch blocks with 90% and then 85% relief. Diagnosis:
Lumbar spondylosis without radiculopathy (M47.816). Consent: signed. Time-out: performed. Pain pre: 7/10.
Technique: fluoroscopy; 18-gauge 10 mm active-tip RF cannulas parallel to each medial branch; motor
stimulation at 2 Hz with no leg contraction; each nerve anesthetized with 1 mL 2% lidocaine (6 mL,
120 mg) and lesioned at 80 degrees C for 90 seconds (conventional thermal RF), six lesions. Pain post:
4/10. Complications: none.
""", procs=[proc(RFA, approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 4), need=SPINE_NEED,
        codes=[line("64635", "50"), line("64636", "50")],
        findings=[], dos="2026-08-11", pos="22",
        comment="L2+L3+L4 medial branches = joints L3-L4, L4-L5. Bilateral: 64635-50 + 64636-50 x1 (one extra "
                "joint). 80 degrees C is thermal.")

    add("fci-si-01", "title_case", """
Procedure: Bilateral Sacroiliac Joint Injections, Diagnostic

History: Pain over both sacral sulci below L5, worse rising from a chair, for 6 months. Positive thigh
thrust, FABER and compression tests on both sides. Physical therapy for 8 weeks with pelvic stabilization
and NSAIDs; the pain did not improve. He can no longer walk 18 holes or sit through church.
Diagnosis: Sacroiliitis, not elsewhere classified (M46.1)
Intent: Diagnostic
Consent: Written consent on file.
Time-Out: Done.
Pain Score Before: 7/10

Procedure Note: Prone. Under fluoroscopy a 22-gauge needle entered the inferior third of the right
sacroiliac joint; Omnipaque 300 0.5 mL gave an intra-articular arthrogram. 2 mL of 0.5% bupivacaine
(10 mg) was injected. The identical procedure was done on the left (0.5 mL Omnipaque 300, 2 mL 0.5%
bupivacaine). AP and oblique images were saved for each joint.

Pain Score After: 1/10, about 85% relief.
Complications: None.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20)],
        pain=(7, 1), need=SPINE_NEED,
        codes=[line("27096", "50")],
        findings=[], dos="2026-07-07", pos="11",
        comment="Bilateral SI injection: 27096-50; contrast not billed with an imaging-inclusive code.")

    add("fci-tpi-01", "caps_headers", """
PROCEDURE: TRIGGER POINT INJECTIONS, LEFT UPPER TRAPEZIUS AND LEFT LEVATOR SCAPULAE (2 MUSCLES)

INDICATION: Left neck and shoulder girdle pain for 5 months. Exam: taut bands in the left upper trapezius
and left levator scapulae with a local twitch response and referral of pain to the occiput on pressure.
DIAGNOSIS: Myofascial pain of the neck and upper back (M79.12)
CONSENT: Verbal and written consent obtained.   TIME-OUT: Completed.
PAIN BEFORE: 6/10

TECHNIQUE: Each trigger point was isolated between two fingers and injected with a 25-gauge needle after
negative aspiration: 2 mL of a mixture of 0.25% bupivacaine (4 mL total, 10 mg) with triamcinolone 10 mg
total, split evenly between the two muscles. Triamcinolone came from a 40 mg/1 mL single-dose vial;
30 mg was wasted.

PAIN AFTER: 2/10; she reports 65% relief before leaving.
COMPLICATIONS: None.
""", procs=[proc("trigger_point")],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 10)],
        pain=(6, 2), need=("diagnosis",),
        codes=[line("20552"), line("J3301", units=1), line("J3301", "JW", units=3)],
        findings=[], dos="2025-03-18", pos="11",
        comment="Two muscles = 20552. Triamcinolone 10 mg = J3301 x1, 30 mg discarded = J3301-JW x3.")

    add("fci-stellate-01", "dictated", """
Left stellate ganglion block under ultrasound.

Indication: complex regional pain syndrome type I of the left upper limb after a distal radius fracture,
8 months, with burning pain, allodynia, swelling and color change of the left hand. Diagnosis CRPS I left
upper limb (G90.512). Pain 8/10 before. Consent was signed and a time-out taken.

Supine with the neck slightly extended. With a linear ultrasound probe at the C6 level the carotid,
longus colli and C6 anterior tubercle were identified; a 25-gauge needle was advanced in plane to the
fascia over the left longus colli. After negative aspiration, ropivacaine 0.5% 5 mL (25 mg) was injected
in increments with spread seen beneath the prevertebral fascia. A still ultrasound image of the needle
and spread was saved. No sedation.

Twenty minutes later the left hand was warmer by 2 degrees with a left Horner sign; pain 3/10.
No complications.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                 imaging="ultrasound", sedation="none")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, 3), need=("diagnosis",),
        codes=[line("64510"), line("76942", "26")],
        findings=[], dos="2026-10-06", pos="22",
        comment="Stellate 64510 (no side modifier, BI 0); ultrasound with a saved image = 76942, -26 in a facility.")

    add("fci-knee-01", "inline", """
Procedure: right knee intra-articular injection, ultrasound guided. Indication: right knee pain with
swelling for 2 years, limiting stairs and walking. Exam: medial joint line tenderness, small effusion.
X-ray: medial joint space narrowing with osteophytes. Diagnosis: Unilateral primary osteoarthritis, right
knee (M17.11). Consent: signed. Pain before: 7/10. Technique: supine, knee slightly flexed; linear
transducer over the superolateral recess; 22-gauge needle in plane into the suprapatellar recess under
direct visualization; a permanent image was recorded. Injected triamcinolone 40 mg (1 mL, single-dose
vial, nothing discarded) with 4 mL of 1% lidocaine (40 mg). Pain after: 2/10. Complications: none.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis",),
        codes=[line("20611", "RT"), line("J3301", "JZ", units=4)],
        findings=["time_out"], dos="2026-09-09", pos="11",
        comment="Ultrasound with a recorded image = 20611-RT (no separate 76942). Triamcinolone 40 mg from a "
                "single-dose vial, none wasted: J3301-JZ x4. No time-out (deliberate gap).")


def _hand_half(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fci-h-ilesi-01", "dictated", """
Lumbar interlaminar epidural steroid injection at L4-L5 and trigger point injections, same visit.

She has had pain shooting from the low back down the back of the left leg to the heel, with numbness of the
lateral left foot, for the past 9 weeks. A 6-week course of physical therapy and meloxicam did not help her
leg at all. She has missed work because she cannot sit at a desk for more than half an hour. MRI from last
month shows a left paracentral L4-5 disc extrusion displacing the traversing L5 root. She also has tight,
tender bands in both lumbar paraspinal muscles and the right gluteus medius that reproduce her buttock ache
on palpation, with twitch responses.
Diagnoses: lumbar disc herniation with radiculopathy, M51.16; myofascial pain of the lumbar paraspinals and
right gluteus medius, M79.18. Pain 8/10. Consent signed for both procedures, and a time-out was held.

Epidural: prone, fluoroscopic guidance, 20-gauge Tuohy needle into the L4-L5 interlaminar space by a left
paramedian interlaminar approach with loss of resistance to air. Omnipaque 240, 2 mL, confirmed epidural
spread; AP and lateral images saved. Injected methylprednisolone 80 mg (one 80 mg/1 mL single-dose vial,
nothing left over) with 3 mL of preservative-free normal saline.

Trigger points: three muscles (left lumbar paraspinal, right lumbar paraspinal, right gluteus medius),
each injected with 2 mL of 1% lidocaine, 6 mL (60 mg) in total, 27-gauge needle, after negative
aspiration.

Afterwards pain 3/10, about 60% relief of the buttock and leg pain. No complications.
""", procs=[proc(ILESI, approach="interlaminar", region="lumbar", levels=["L4-L5"], imaging="fluoroscopy",
                 contrast=True),
            proc("trigger_point")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 60)],
        pain=(8, 3), need=ESI_NEED,
        codes=[line("62323"), line("20553"), line("J1010", "JZ", units=80)],
        findings=[], dos="2026-06-16", pos="11",
        comment="Second procedure in the session: ILESI 62323 + TPI 3 muscles 20553 (no modifiers, BI 0). "
                "Methylprednisolone 80 mg after 2024-04-01 = J1010 x80, single-dose vial none wasted: JZ.")

    add("fci-h-rfa-01", "dictated", """
Right cervical radiofrequency neurotomy C5-C6 and C6-C7.

Axial right-sided neck pain for more than two years, without arm symptoms. Physical therapy for three
months, a home traction unit and naproxen have not reduced it. She cannot turn her head to reverse the car
and stopped swimming. Diagnosis cervical spondylosis without myelopathy or radiculopathy, M47.812. She had
a right C5, C6, C7 medial branch block in the spring with 85% relief for six hours. Pain today 6/10.
Consent signed, time-out performed.

Lateral decubitus, fluoroscopy. RF cannulas were placed along the right C5, C6 and C7 medial branches for
the right C5-C6 and C6-C7 facet joints; sensory stimulation at 50 Hz reproduced her neck pain and motor
testing at 2 Hz gave no arm contraction. After 0.5 mL of 2% lidocaine at each nerve (1.5 mL, 30 mg), each
branch was lesioned at 85 C for 90 seconds (thermal). No sedation. Pain after 3/10. No complications.
""", procs=[proc(RFA, approach="medial_branch", region="cervical", laterality="right",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 3), need=SPINE_NEED,
        codes=[line("64633", "RT"), line("64634", "RT")],
        findings=["diagnostic_block_relief"], dos="2026-10-20", pos="24",
        comment="C5+C6+C7 medial branches = joints C5-C6, C6-C7: 64633-RT + 64634-RT x1. Only one diagnostic "
                "block documented (two needed): diagnostic_block_relief.")

    add("fci-h-tfesi-01", "dictated", """
Procedure performed: right L4-5 transforaminal epidural steroid injection. A bilateral L4-5 injection was
planned; the left side was abandoned, see below.

Pain from both buttocks into the anterolateral thighs and shins, right worse than left, with paresthesias
over both dorsal feet, for four months. Eight weeks of physical therapy and naproxen did not relieve the leg
pain. He cannot walk his usual mile or stand at his workbench. MRI: L4-5 disc bulge with bilateral foraminal
narrowing, worse on the right, contacting both L4 roots. Diagnosis: lumbar radiculopathy, M54.16. Pain
7/10. Informed consent signed; time-out performed.

Under fluoroscopy a 22-gauge needle was placed in the right L4-L5 foramen. Omnipaque 300, 1 mL, outlined
the right L4 root with epidural spread. Dexamethasone 4 mg (1 mL of 4 mg/mL from a single-dose vial,
fully used) with 1 mL of 1% lidocaine (10 mg) was injected. A needle was then placed at the left L4-L5
foramen, but 0.5 mL Omnipaque 300 showed a vascular pattern despite two repositionings; the needle was
withdrawn and nothing was injected on the left. AP and lateral images of the right injection were saved.

Pain after 3/10. No complications.
""", procs=[proc(TFESI, approach="transforaminal", region="lumbar", laterality="right", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 4), given("lidocaine", 10)],
        pain=(7, 3), need=ESI_NEED,
        codes=[line("64483", "RT"), line("J1100", "JZ", units=4)],
        findings=[], dos="2026-03-24", pos="11",
        comment="Left side aborted before any injectate: only the right L4-L5 TFESI is billed (64483-RT); the "
                "note states the change itself, so no conflict. Dexamethasone 4 mg, single-dose, none wasted: JZ.")

    add("fci-h-si-01", "dictated", """
Right SI joint injection, diagnostic.

Right buttock pain centered below the posterior superior iliac spine for 5 months, worse with stairs and
rolling in bed; Fortin finger sign and three provocation tests positive on the right. Physical therapy for
6 weeks and ibuprofen failed to help. Diagnosis: right sacroiliitis (M46.1). Diagnostic
intent. Pain 6/10 before. Consent was signed and a time-out was held.

Prone under fluoroscopy; the inferior right sacroiliac joint was entered with a 22-gauge spinal needle,
position confirmed in AP and oblique views, both images saved. 2 mL of 2% lidocaine (40 mg) was injected
into the joint.

Pain 1/10 after, 85% relief during provocation testing. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 1), need=SPINE_NEED,
        codes=[line("27096", "RT")],
        findings=["contrast"], dos="2026-09-15", pos="22",
        comment="Right SI injection 27096-RT in a hospital outpatient department (physician claim). The note "
                "says nothing about contrast (deliberate gap).")

    add("fci-h-tpi-01", "dictated", """
Trigger point injections, four muscles.

Bilateral upper back and neck pain for 7 months with tender, ropy bands in the upper trapezius and the
rhomboids on both sides; palpation reproduces her interscapular pain with twitch responses. Diagnosis:
myofascial pain syndrome of the neck and upper back, M79.12. Consent obtained. Time-out done. Pain 7/10
before.

Using a 25-gauge needle, the trigger points of the left upper trapezius, right upper trapezius, left
rhomboid major and right rhomboid major were injected, four muscles, each with 2 mL of a solution of 8 mL
1% lidocaine (80 mg) and ketorolac 30 mg. The ketorolac was a single-dose 30 mg/1 mL vial, all of it used.

Pain 3/10 afterwards. No complications.
""", procs=[proc("trigger_point")],
        drugs=[given("lidocaine", 80), given("ketorolac_tromethamine", 30)],
        pain=(7, 3), need=("diagnosis",),
        codes=[line("20553"), line("J1885", "JZ", units=2)],
        findings=["percent_relief"], dos="2026-01-13", pos="11",
        comment="Four muscles = 20553. Ketorolac 30 mg = J1885 x2 (per 15 mg), single-dose vial none wasted: JZ. "
                "Relief only implied by scores: percent_relief (README).")

    add("fci-h-stellate-01", "dictated", """
Right stellate ganglion block, fluoroscopic, in the clinic procedure room.

CRPS type I of the right upper limb (G90.511) for 6 months after carpal tunnel release: burning hand pain,
allodynia, edema and a cool mottled hand. Pain 9/10 before. Written consent, time-out completed.

Supine; under fluoroscopy a 22-gauge needle was brought to the junction of the right C6 vertebral body and
transverse process (Chassaignac tubercle) and pulled back slightly. Omnipaque 300, 2 mL, spread along the
longus colli without vascular uptake. Bupivacaine 0.25%, 8 mL (20 mg), was injected in divided doses.
Images saved. No sedation.

At 30 minutes the right palm temperature rose by 3 degrees with ptosis and miosis on the right; pain 4/10.
No complications.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 20)],
        pain=(9, 4), need=("diagnosis",),
        codes=[line("64510"), line("77002"), line("Q9967", units=2)],
        findings=[], dos="2025-11-04", pos="11",
        comment="Office stellate block under fluoroscopy: 64510 + 77002 (no 26 in the office); contrast with a "
                "code that does not include imaging, 300 mg iodine/mL, 2 mL: Q9967 x2.")

    add("fci-h-gon-01", "shorthand", """
B/L GON blk, US guided

Occipital neuralgia (M54.81), both sides, 1 yr: lancinating pain from the suboccipital area to the vertex,
tender over both greater occipital nerves, Tinel positive bilat. Pain 8/10. Consent signed. Time-out done.

Prone. Linear probe over the obliquus capitis inferior on each side; the right then the left greater
occipital nerve identified superficial to the muscle; 25 g needle in plane. Each side got 2 mL 0.5%
bupivacaine (20 mg total both sides) + triamcinolone 20 mg (total 40 mg from one 40 mg/1 mL single-dose
vial, no waste). Still images saved of each side.

Pain 2/10 after.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="ultrasound")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",),
        codes=[line("64405", "50"), line("76942"), line("J3301", "JZ", units=4)],
        findings=["complications"], dos="2026-04-28", pos="11", complications=None,
        comment="Bilateral GON block 64405-50 + 76942 (ultrasound with saved images, office, one line). "
                "Triamcinolone 40 mg = J3301-JZ x4. No statement of complications (deliberate gap).")

    add("fci-h-knee-01", "dictated", """
Bilateral knee injections with ultrasound.

Both knees have ached for 3 years with morning stiffness and crepitus; she can no longer manage stairs.
Radiographs: bilateral tricompartmental osteoarthritis, worse medially. Diagnosis: bilateral primary
osteoarthritis of the knee (M17.0). Pain 7/10. Time-out held.

Ultrasound was used to watch the needle enter the suprapatellar recess of the right knee, then the left
knee; no images were stored. Each knee received methylprednisolone 40 mg with 4 mL of 1% lidocaine
(80 mg methylprednisolone and 80 mg lidocaine in total).

Pain after 2/10. No complications.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="bilateral", imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 80)],
        pain=(7, 2), need=("diagnosis",),
        consent=False,
        codes=[line("20610", "50")],
        findings=["consent"], dos="2026-05-19", pos="24",
        comment="Ultrasound without a recorded image is 20610 (not 20611), bilateral -50; ASC: no drug line. "
                "No consent documented (deliberate gap).")

    add("fci-h-genicular-01", "dictated", """
Left genicular nerve block, diagnostic, under fluoroscopy.

Left knee pain for 4 years from advanced osteoarthritis, not a surgical candidate because of heart
disease; she walks only inside the house. Diagnosis: primary osteoarthritis, left knee, M17.12. Pain 8/10.
Consent signed; time-out completed.

Supine, AP and lateral fluoroscopy. 22-gauge needles were placed at the junctions of the shaft and
epicondyle for the left superior lateral, superior medial and inferior medial genicular nerves. At each,
2 mL of 0.5% bupivacaine (30 mg in total) was injected, with dexamethasone 4 mg shared over the three
nerves (one 4 mg/1 mL single-dose vial, none discarded).

Pain 1/10 at 20 minutes, about 90% relief; a diary was given before a possible ablation. No complications.
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left",
                 imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 30), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 1), need=("diagnosis",),
        codes=[line("64454", "LT"), line("J1100", "JZ", units=4)],
        findings=[], dos="2026-07-28", pos="11",
        comment="64454-LT (imaging included: no 77002). Dexamethasone 4 mg = J1100-JZ x4.")

    add("fci-h-tfesi-02", "dictated", """
Left L4-5 and L5-S1 transforaminal epidural steroid injections, a different steroid at each level.

Left buttock, lateral thigh and calf pain with numbness of the left great toe and lateral foot, 3 months.
Eight weeks of therapy, gabapentin (stopped for sedation) and a Medrol dose pack without relief. She can
stand only 10 minutes. MRI: left foraminal disc protrusions at L4-5 and L5-S1 with left L4 and L5 root
contact. Diagnosis: lumbar disc herniation with radiculopathy, M51.16. Pain 8/10. Consent and time-out
documented.

Fluoroscopy. The left L4-L5 foramen was entered first; Isovue-M 200, 1 mL, showed perineural spread;
dexamethasone 6 mg (0.6 mL of a 10 mg/mL single-dose vial; the remaining 4 mg was discarded) with
1 mL of 0.25% bupivacaine was injected. At the left L5-S1 foramen, after 1 mL Isovue-M 200 with good
spread, 1 mL Celestone Soluspan 6 mg/mL (from a multi-dose vial) with 1 mL of 0.25% bupivacaine was
given. AP and lateral views saved at both levels.

Pain 2/10 after. No complications.
""", procs=[proc(TFESI, approach="transforaminal", region="lumbar", laterality="left", levels=["L4-L5", "L5-S1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 6),
               given("betamethasone_sodium_phosphate_acetate", 6), given("bupivacaine", 5)],
        pain=(8, 2), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=6), line("J1100", "JW", units=4),
               line("J0702")],
        findings=[], dos="2026-08-25", pos="11",
        comment="Different steroid per level: dexamethasone 6 mg (J1100 x6) with 4 mg discarded (J1100-JW x4), "
                "betamethasone 6 mg from a multi-dose vial (J0702 x1, no JZ).")

    add("fci-h-facet-01", "dictated", """
Right L3-4, L4-5 facet joint injections.

Right-sided axial low back pain for a year, worse on extension, no radicular features. Physical therapy
for 12 weeks and NSAIDs did not help. He cannot golf or carry groceries. Diagnosis: lumbar spondylosis
without radiculopathy, M47.816. Intent: diagnostic intra-articular block. Consent obtained in writing.
Time-out performed. Pain 7/10.

Fluoroscopic guidance, prone. The right L4-L5 and right L5-S1 facet joints were entered with 22-gauge
needles in the inferior recess; 0.1 mL of Omnipaque 240 gave an arthrogram at each. 1 mL of 2% lidocaine
(20 mg) was injected into each joint, 40 mg in total. No steroid.

Pain after 2/10. No complications.
""", procs=[proc(FACET, approach="intra_articular", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.2, "ml"), given("lidocaine", 40)],
        pain=(7, 2), need=SPINE_NEED,
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")],
        findings=["laterality_conflict"], dos="2026-06-09", pos="22",
        comment="Title names L3-4 and L4-5, the needles went into L4-L5 and L5-S1: levels follow the "
                "description; the difference is laterality_conflict (README, round 11).")

    add("fci-h-tfesi-03", "dictated", """
Right L5-S1 transforaminal epidural steroid injection.

Pain down the back of the left leg to the sole with numbness of the left lateral foot and a reduced left
ankle reflex for 10 weeks. Completed 6 weeks of physical therapy with no improvement and could not tolerate
meloxicam because of reflux. He cannot sit through his commute. MRI: left L5-S1 foraminal disc protrusion
compressing the exiting root. Diagnosis: lumbosacral radiculopathy, M54.17. Pain 7/10. Consent signed;
time-out done.

Under fluoroscopy the left L5-S1 foramen was approached with a 22-gauge needle; Omnipaque 240, 1 mL,
outlined the left L5 root without vascular spread. Depo-Medrol 40 mg (1 mL, multi-dose vial) with 1 mL
1% lidocaine (10 mg) was injected. AP and lateral images saved.

Pain after 2/10. No complications.
""", procs=[proc(TFESI, approach="transforaminal", region="lumbar", laterality="left", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(7, 2), need=ESI_NEED,
        codes=[line("64483", "LT"), line("J1030")],
        findings=["laterality_conflict"], dos="2024-02-20", pos="11",
        comment="Title says right, the needle went to the left foramen: codes follow the description (LT) and "
                "the side difference is laterality_conflict. Before 2024-04-01: 40 mg = J1030 x1, multi-dose.")

    add("fci-h-ilesi-02", "dictated", """
Thoracic interlaminar epidural steroid injection, T10-T11.

Band-like pain wrapping from the right lower thoracic spine around to the right flank and upper abdomen
with dysesthesia in the right T10 dermatome for 3 months. Physical therapy for 6 weeks and gabapentin did
not relieve it. MRI: right paracentral T10-11 disc protrusion contacting the right T10 root. Diagnosis:
thoracic radiculopathy, M54.14. Pain 7/10. Consent signed. Time-out completed.

Prone under fluoroscopy, 20-gauge Tuohy needle at T10-T11 by a midline interlaminar approach, loss of
resistance to saline. Omnipaque 240, 1 mL, showed epidural spread; AP and lateral images saved. Injected
dexamethasone 8 mg (0.8 mL of 10 mg/mL from a single-dose vial; 2 mg discarded) with 2 mL of saline.

Pain after 3/10. No complications.
""", procs=[proc(ILESI, approach="interlaminar", region="thoracic", levels=["T10-T11"], imaging="fluoroscopy",
                 contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 8)],
        pain=(7, 3), need=minus(ESI_NEED, "functional_impairment"),
        codes=[line("62321"), line("J1100", units=8), line("J1100", "JW", units=2)],
        findings=["functional_impairment"], dos="2026-03-10", pos="11",
        comment="Thoracic ILESI with imaging = 62321. Dexamethasone 8 mg = J1100 x8, 2 mg discarded = "
                "J1100-JW x2. No functional limitation stated (deliberate gap).")

    add("fci-h-facet-02", "dictated", """
Right L4-L5 and L5-S1 medial branch blocks, diagnostic, with moderate sedation.

Right axial low back pain for 2 years. Physical therapy for 4 months and meloxicam have not changed it.
She cannot vacuum or lift her grandson. Diagnosis: lumbar spondylosis, M47.816. Intent diagnostic.
Sedation is needed because of severe needle phobia with a vasovagal episode during a prior dental
injection. Consent signed for the block and for sedation. Time-out performed. Pain 7/10.

Moderate sedation was given by me, with the procedure nurse as independent trained observer monitoring
pulse oximetry, blood pressure and responsiveness throughout: midazolam 2 mg IV and fentanyl 50 mcg IV.
Sedation start 09:10, end 09:30, 20 minutes of intraservice time.

Fluoroscopy, prone. 22-gauge needles to the right L3 and L4 medial branches and right L5 dorsal ramus,
each given 0.5 mL 0.5% bupivacaine (7.5 mg in total).

Pain after 1/10. No complications. Recovered to baseline before discharge.
""", procs=[proc(FACET, approach="medial_branch", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
                 imaging="fluoroscopy", intent="diagnostic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("bupivacaine", 7.5)],
        pain=(7, 1), need=SPINE_NEED,
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT"), line("99152")],
        findings=[], dos="2026-05-05", pos="11",
        comment="Moderate sedation by the proceduralist, independent observer, 20 min: 99152 x1 (99153 needs "
                "23 min or more). Agents, doses, times and justification documented.")

    add("fci-h-tfesi-04", "dictated", """
Repeat right C5-C6 and C6-C7 transforaminal epidural steroid injections.

Right neck pain radiating over the lateral arm to the thumb and middle finger with numbness of the right
thumb, for 8 months. Physical therapy for 10 weeks and gabapentin did not help. She cannot drive or type
for more than 15 minutes. MRI: right C5-6 and C6-7 foraminal stenosis from uncovertebral spurring.
Diagnosis: cervical radiculopathy, M54.12. Her last right C5-C6 and C6-C7 transforaminal injection in
May gave 70% relief lasting four months. Consent signed; time-out done.

Supine oblique, fluoroscopy with digital subtraction. 25-gauge needles to the posterior aspect of the right
C5-C6 and C6-C7 foramina. Isovue-M 200, 0.5 mL at each level, showed no vascular uptake. Dexamethasone
5 mg with 0.5 mL of 1% lidocaine at each level (10 mg dexamethasone, 10 mg lidocaine in total). AP and
oblique images saved.

Pain after 1/10. No complications.
""", procs=[proc(TFESI, approach="transforaminal", region="cervical", laterality="right",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(None, 1), need=ESI_NEED,
        codes=[line("64479", "RT"), line("64480", "RT")],
        findings=["pre_procedure_pain_score"], dos="2026-09-22", pos="24",
        comment="Cervical TFESI two foramina: 64479-RT + 64480-RT x1; ASC: no drug line. Repeat with 70% relief "
                "for four months (meets 50% / 90 days). No pre-procedure score (deliberate gap).")
