"""Sealed final-check batch `dev_fresh_dj` (`fdj-*`): 15 generator-style structured notes and 15 hand-dictated
notes, each written with its gold before Painpoint read it. Built by `make_notes.py` through the kit of
`dev_fresh_d/make_notes.py` (`build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)`).

Gold follows corpora/README.md: levels are joints for facet work (medial branches named), foramina for
transforaminal work; drugs are totals over all sites; codes are the physician claim (Medicare default)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    notes = add.__globals__["NOTES"]

    def gen(*args, **kw):
        """A generator-style (structured) note: origin `generated`."""
        add(*args, **kw)
        notes[-1]["origin"] = "generated"

    _generated(gen, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _generated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    # 1 ------------------------------------------------------------------ TFESI, gap: saved_images (one view not stated)
    add("fdj-tfesi-01", "caps_headers", """
LEFT L4-5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION

DATE OF SERVICE: 06/12/2025
LOCATION: Outpatient office procedure suite

PREOPERATIVE DIAGNOSIS: Lumbar disc herniation with radiculopathy (M51.16).
POSTOPERATIVE DIAGNOSIS: Same.

INDICATION: Seven months of left leg pain that travels from the buttock across the lateral thigh to the top of the
foot, with tingling in the great toe. Exam: positive left straight leg raise at 40 degrees, diminished sensation over
the left L5 dermatome, EHL strength 4+/5 on the left. Six weeks of supervised physical therapy and a course of
naproxen did not reduce the leg pain. She now cannot walk her dog or stand at work for more than 20 minutes.
MRI lumbar spine: left paracentral disc protrusion at L4-L5 contacting the traversing L5 root and left foraminal
narrowing at L5-S1.

PRE-PROCEDURE PAIN: 7/10.

CONSENT: Risks including infection, bleeding, nerve injury, headache and steroid effects, benefits and
alternatives were reviewed; written consent was signed.
TIME-OUT: Completed with the team; patient, side (left) and levels verified.

PROCEDURE: Prone position, sterile prep and drape. Under fluoroscopic guidance the left L4-L5 and L5-S1 foramina were
targeted. 1% lidocaine was used for skin wheals. A 22-gauge spinal needle was advanced to the subpedicular region
at each level. Omnipaque 240, 2 mL in total, outlined the exiting roots with epidural spread and no vascular
uptake. At each foramen 0.5 mL dexamethasone 10 mg/mL (5 mg) and 1 mL 1% lidocaine were injected.
Images were saved.

MEDICATIONS: Dexamethasone 10 mg total; lidocaine 1% 2 mL (injectate); Omnipaque 240 2 mL.

POST-PROCEDURE: Pain 3/10 at discharge. No paresthesias reported during injection.
COMPLICATIONS: None.
PLAN: Follow up in 3 weeks. Home exercise program continues.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", None), given("iohexol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2025-06-12", pos="11",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)],
        findings=["drug_dose", "saved_images"],
        comment="Gold correction (gap20): the skin-wheal lidocaine has no amount, and the MEDICATIONS line counts only the "
                "injectate, so lidocaine's dose is null and drug_dose is a finding, as dev g-interlaminar-epidural-03.")

    # 2 ------------------------------------------------------------------ thoracic ILESI, gap: imaging_findings
    add("fdj-ilesi-01", "title_headers", """
Thoracic Interlaminar Epidural Steroid Injection, T10-T11

Date Of Service: 11/05/2024
Facility: Ambulatory Surgery Center

Diagnosis: Thoracic radiculopathy (M54.14)

History Of Present Illness: Band-like burning pain that wraps from the mid back around the right flank to the
upper abdomen, present for about five months, with allodynia along the right T10 dermatome. Physical therapy for
8 weeks and a trial of duloxetine failed to relieve it. The pain keeps him from sleeping more than three hours a
night and he has stopped working in his garden.

Pain Score Before: 8/10

Consent: Informed consent obtained in writing after discussion of risks and alternatives.
Time Out: Performed prior to the start of the procedure.

Technique: Prone. Under fluoroscopy the T10-T11 interlaminar space was identified. A 20-gauge Tuohy needle was
advanced by a right paramedian interlaminar approach using loss of resistance to saline. Isovue-M 200, 2 mL,
confirmed epidural spread without intrathecal or vascular pattern. AP and lateral images were saved.
Injectate: Kenalog-40, 2 mL (80 mg), with 3 mL preservative-free normal saline.

Pain Score After: 4/10
Complications: None. Vitals stable.
Disposition: Discharged home with a driver. Will consider a repeat injection only if the relief lasts.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 80), given("iopamidol", 2, "ml")],
        pain=(8, 4), need=minus(ESI_NEED, "imaging_findings"), dos="2024-11-05", pos="24",
        codes=[line("62321")], findings=["imaging_findings"])

    # 3 ------------------------------------------------------------------ caudal ESI, 2023 methylprednisolone (J1040)
    add("fdj-caudal-01", "dictated", """
Caudal epidural steroid injection under fluoroscopy. Date of service 10/18/2023. The patient is seen in the office
with lumbar spinal stenosis with neurogenic claudication (M48.062). She describes aching and heaviness in both
buttocks and posterior thighs after walking about 100 yards, with numbness of both feet, for the past 14 months.
Physical therapy for 10 weeks failed to improve her walking tolerance and meloxicam gave only minimal benefit. She
can no longer shop for groceries without a cart to lean on. MRI shows severe central canal stenosis at L3-L4 and
L4-L5 with redundant nerve roots. Pain before the procedure was 6/10. Risks, benefits and alternatives were
explained and she signed consent. A time-out confirmed patient and procedure. She was placed prone and the sacral
hiatus was palpated and confirmed on a lateral fluoroscopic view. After local anesthesia a 20-gauge needle was
passed through the sacrococcygeal ligament into the caudal canal. Omnipaque 300, 3 mL, spread cranially to the
L5 level without vascular runoff. AP and lateral images were stored. A solution of Depo-Medrol 80 mg (2 mL),
lidocaine 1% 3 mL and preservative-free saline 4 mL was injected slowly. There were no complications. Pain after
the procedure was 2/10. She will call in two weeks with her response.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 30), given("iohexol", 3, "ml")],
        pain=(6, 2), need=ESI_NEED, dos="2023-10-18", pos="11", payer="medicare_cgs",
        codes=[line("62323"), line("J1040")], findings=[])

    # 4 ------------------------------------------------------------------ bilateral lumbar MBB, gap: functional_impairment
    add("fdj-mbb-01", "inline_fields", """
Procedure: Bilateral lumbar medial branch blocks (L3 and L4 medial branches, L5 dorsal ramus), first diagnostic block
Date: 01/14/2026   Place: Office
Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)
History: Axial low back pain worse with extension and twisting for 9 months; no leg symptoms. PT 8 weeks and
naproxen without meaningful relief.
Exam: Paraspinal tenderness over the lower lumbar facets bilaterally; facet loading reproduces pain. Neuro intact.
Intent: Diagnostic.
Pre-procedure pain: 6/10
Consent: Signed after risks and benefits discussed.
Time-out: Done.
Guidance: Fluoroscopy, oblique views.
Technique: 25-gauge needles to the junction of the superior articular and transverse processes at L4 and L5 and to
the sacral ala for the L5 dorsal ramus, right then left.
Medication: Bupivacaine 0.5%, 0.5 mL at each of the six nerves (3 mL total). No steroid.
Post-procedure pain: 1/10 at 30 minutes
Complications: None
Plan: Pain diary for 8 hours. If relief is 80% or more, a second confirmatory block will be scheduled.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-01-14", pos="11",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=["functional_impairment"])

    # 5 ------------------------------------------------------------------ cervical IA facet x3 (level limit)
    add("fdj-facet-01", "odd_spacing", """
PROCEDURE :   Right  C3-C4,  C4-C5  and  C5-C6  intra-articular  facet  joint  injections   (therapeutic)
DOS :  03/03/2025        POS :  office

DIAGNOSIS :   Cervical spondylosis without myelopathy or radiculopathy (M47.812)

HISTORY :    Right-sided neck pain for  one year , worse turning the head to the right.   12 weeks of physical
therapy   and daily ibuprofen brought no lasting improvement.    He can no longer turn to back his car out and has
given up driving at night.
Two  prior  diagnostic  right  C3-C6 medial branch blocks gave  85%  and  90%  relief  for the duration of the
anesthetic.

PAIN  BEFORE :   7 / 10
CONSENT :   obtained , signed .        TIME OUT :   performed .

PROCEDURE  DETAIL :   Prone .  Fluoroscopic guidance ,  lateral  approach .   A 25-gauge needle was placed into
each  of the right  C3-C4 , C4-C5 and C5-C6  facet joints ;  Omnipaque  180  confirmed  intra-articular
position ( 0.2 mL  per joint ) .   Each joint received  Kenalog  10 mg  with  0.5 mL  bupivacaine 0.25% .

PAIN  AFTER :    2 / 10
COMPLICATIONS :   none .
""", procs=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="right",
                 levels=["C3-C4", "C4-C5", "C5-C6"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 30), given("bupivacaine", 3.75), given("iohexol", 0.6, "ml")],
        pain=(7, 2), need=SPINE_NEED, dos="2025-03-03", pos="11",
        codes=[line("64490", "RT"), line("64491", "RT"), line("64492", "RT"), line("J3301", units=3)],
        findings=["level_limit"],
        comment="Three cervical facet joints in one session: level_limit (facet injection > 2 joints). Therapeutic "
                "after two diagnostic blocks of 85% and 90%: no diagnostic_block_relief.")

    # 6 ------------------------------------------------------------------ lumbar RFA, gap: symptom_duration
    add("fdj-rfa-01", "attestation", """
Right L4-L5 and L5-S1 Radiofrequency Ablation (Medial Branch Neurotomy)
Date of service: 08/20/2025. Setting: ambulatory surgery center.

Diagnosis: Lumbar spondylosis without radiculopathy (M47.816).
Indication: Right-sided axial low back pain. Physical therapy and NSAIDs did not help and a home exercise program
gave no relief. He cannot stand long enough to cook a meal. Two diagnostic right L3, L4 medial branch and L5
dorsal ramus blocks on separate days gave 90% and 85% relief.
Pain before: 6/10.

Risks, benefits and alternatives were discussed and consent was signed. A time-out verified patient, side and
levels. Under fluoroscopy, 18-gauge 10 cm RF cannulas with 10 mm active tips were placed parallel to the right L3
and L4 medial branches and the right L5 dorsal ramus. Sensory stimulation at 50 Hz reproduced concordant pain below
0.5 V; motor stimulation at 2 Hz showed no leg contraction. After 1 mL of 2% lidocaine at each site, thermal
lesions were made at 80 degrees C for 90 seconds at each nerve. Three nerves were lesioned.
Pain after: 3/10. No complications.

Attestation: I was present for and performed the entire procedure. The note was reviewed and signed.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
                 imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 3), need=minus(SPINE_NEED, "symptom_duration"), dos="2025-08-20", pos="24",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=["symptom_duration"])

    # 7 ------------------------------------------------------------------ repeat thoracic RFA with documented response
    add("fdj-rfa-02", "caps_headers", """
REPEAT LEFT T7-T8 AND T8-T9 RADIOFREQUENCY NEUROTOMY

DATE: 04/22/2026          SETTING: HOSPITAL OUTPATIENT DEPARTMENT

DIAGNOSIS: THORACIC SPONDYLOSIS (M47.814)

HISTORY: Left mid-back pain for three years. PT twice, NSAIDs and a TENS unit failed to control it. Pain limits
sitting at her desk to 30 minutes. Her previous left T7-T9 radiofrequency neurotomy gave about 70% relief that
lasted seven months before the pain returned.

PAIN SCORE PRE: 7/10

CONSENT: WRITTEN CONSENT ON CHART AFTER DISCUSSION OF RISKS, INCLUDING PNEUMOTHORAX.
TIME-OUT: PERFORMED.

PROCEDURE: Prone. Fluoroscopy. RF cannulas were placed on the superolateral transverse processes to capture the
medial branches supplying the left T7-T8 and T8-T9 facet joints (three lesion sites). Sensory and motor testing were
appropriate. Each of the three sites received 1 mL of 2% lidocaine before a conventional thermal lesion at 85 C for
90 seconds.

PAIN SCORE POST: 3/10
COMPLICATIONS: NONE. NO SHORTNESS OF BREATH.
""", procs=[proc("facet_rfa", approach="medial_branch", region="thoracic", laterality="left", levels=["T7-T8", "T8-T9"],
                 imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-04-22", pos="22",
        codes=[line("64633", "LT"), line("64634", "LT")], findings=[],
        comment="Repeat RFA with 70% relief for seven months (>= 50%, >= 180 days): no prior_procedure_response; "
                "no diagnostic_block_relief asked of a repeat.")

    # 8 ------------------------------------------------------------------ diagnostic SI joint, gap: consent
    add("fdj-sij-01", "bullets", """
Left Sacroiliac Joint Injection - Diagnostic

- Date of service: 10/09/2025, clinic procedure room
- Diagnosis: Sacroiliitis (M46.1)
- Symptoms: left buttock and posterior pelvic pain for 5 months, worse rising from a chair
- Exam: positive left FABER, thigh thrust and compression; pain at the left PSIS
- Prior care: 6 weeks of PT with no change in pain; NSAIDs stopped for stomach upset
- Intent: diagnostic block, local anesthetic only
- Pre-procedure pain: 7/10
- Time-out: completed
- Guidance: fluoroscopy; the inferior joint line was opened with contralateral oblique tilt
- Needle: 22-gauge spinal needle into the inferior third of the left SI joint
- Contrast: Isovue-M 200, 0.5 mL, intra-articular arthrogram, no vascular spread
- Injectate: bupivacaine 0.5%, 2 mL
- Images: AP and oblique saved to PACS
- Post-procedure pain: 1/10 at 30 minutes, about 85% relief
- Complications: none
- Plan: if relief recurs with a second block, discuss therapeutic options
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="left", imaging="fluoroscopy", contrast=True,
                 intent="diagnostic")],
        drugs=[given("bupivacaine", 10), given("iopamidol", 0.5, "ml")],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-10-09", pos="11", consent=False,
        codes=[line("27096", "LT")], findings=["consent"])

    # 9 ------------------------------------------------------------------ SI lateral branch blocks
    add("fdj-sinb-01", "title_headers", """
Right Sacroiliac Joint Lateral Branch Blocks

Date Of Service: 05/28/2025
Place Of Service: Ambulatory Surgery Center

Diagnosis: Sacroiliac Joint Pain (M53.3)
Indication: Right SI joint pain for more than a year; an intra-articular injection helped only for a week. Planned
as a diagnostic block before radiofrequency.

Pre-Procedure Pain: 6/10
Consent: Obtained.
Time-Out: Performed.

Procedure: Prone. Under fluoroscopic guidance 25-gauge needles were placed at the right L5 dorsal ramus and at the
lateral sacral crest for the right S1, S2 and S3 lateral branches. Bupivacaine 0.5%, 0.5 mL, was injected at each
of the four sites (2 mL in total).

Post-Procedure Pain: 2/10
Complications: None.
Plan: Radiofrequency of the SI joint lateral branches will be considered if a second block gives 75% relief or more.
""", procs=[proc("si_joint_nerve_block", region="sacroiliac", laterality="right", imaging="fluoroscopy",
                 intent="diagnostic")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 2), need=("diagnosis", "symptom_duration"), dos="2025-05-28", pos="24",
        codes=[line("64451", "RT")], findings=[])

    # 10 ----------------------------------------------------------------- TPI, gap: percent_relief
    add("fdj-tpi-01", "inline_fields", """
Procedure: Trigger point injections, right neck and upper back
Date: 06/02/2026 | Setting: office
Diagnosis: Myalgia of auxiliary muscles, head and neck (M79.12)
Findings: Taut bands with local twitch responses and referred pain into the occiput and shoulder blade at the right
upper trapezius, right levator scapulae and right rhomboid minor.
Muscles injected: right upper trapezius, right levator scapulae, right rhomboid minor (3 muscles, one point each)
Pain before: 7/10
Consent: verbal and written consent obtained
Time-out: performed
Technique: 27-gauge needle, clean technique, fanning through each point after negative aspiration
Medication: lidocaine 1%, 1 mL per point, 3 mL total
Pain after: 3/10
Complications: none
Plan: heat, stretching, and follow up in 4 weeks
""", procs=[proc("trigger_point", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 3), need=("diagnosis",), dos="2026-06-02", pos="11",
        codes=[line("20553")], findings=["indication", "percent_relief"],
        comment="Gold correction (gap20): only the Diagnosis field and a Findings line of taut bands say why: indication, "
                "as fdn-tpi-01 and fcv-tpi-01.")

    # 11 ----------------------------------------------------------------- genicular nerve block
    add("fdj-gnb-01", "odd_spacing", """
RIGHT   KNEE   GENICULAR   NERVE   BLOCK

Date:   12/11/2025      Office

Dx:    Primary osteoarthritis,  right knee  (M17.11)
Hx:   Right knee pain for  4 years ;   not a surgical candidate ;   steroid injections  no longer help .

Pain  pre :    7/10
Consent  signed .     Time - out  done .

Under  fluoroscopy ,  22-gauge needles were walked to the  superomedial ,  superolateral  and  inferomedial
genicular  nerves  at the junctions of the femoral and tibial shafts with their condyles .
Bupivacaine  0.5%   1.5 mL  at each nerve   ( 4.5 mL  total ) .

Pain  post :    2/10       Complications :   none
Plan :   genicular radiofrequency ablation if the relief is 50% or more.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy",
                 intent="diagnostic")],
        drugs=[given("bupivacaine", 22.5)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2025-12-11", pos="11",
        codes=[line("64454", "RT")], findings=[])

    # 12 ----------------------------------------------------------------- stellate, US, gap: pre_procedure_pain_score
    add("fdj-stellate-01", "dictated", """
Left stellate ganglion block with ultrasound guidance, performed in the hospital outpatient procedure unit on
02/17/2026. Diagnosis is complex regional pain syndrome type I of the left upper limb (G90.512), with burning pain,
swelling, color change and allodynia of the left hand since a wrist fracture eight months ago. Written consent was
obtained after the risks were explained, including hoarseness and intravascular injection. A time-out was done.
Supine with the head turned slightly right. Using a linear ultrasound probe at the C6 level the longus colli and the
prevertebral fascia were identified, and a 25-gauge needle was advanced in plane, avoiding the vertebral artery and
thyroid vessels. Ropivacaine 0.5%, 5 mL, was injected in increments after negative aspiration, spreading beneath
the prevertebral fascia. An image of the spread was saved to the record. Within ten minutes she developed left
ptosis and the left hand warmed by 2 degrees, consistent with a successful block. Pain afterwards was 3/10. No
complications. She will begin desensitization therapy this week.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left", imaging="ultrasound",
                 intent="therapeutic")],
        drugs=[given("ropivacaine", 25)],
        pain=(None, 3), need=("diagnosis", "symptom_duration"), dos="2026-02-17", pos="22",
        codes=[line("64510"), line("76942", "26")], findings=["pre_procedure_pain_score"])

    # 13 ----------------------------------------------------------------- suprascapular, gap: drug_dose
    add("fdj-pnb-01", "bullets", """
Right Suprascapular Nerve Block, ultrasound guided

* Date: 09/24/2024 - office
* Diagnosis: Primary osteoarthritis, right shoulder (M19.011)
* Reason: right shoulder pain for 2 years limiting dressing and reaching overhead; not a candidate for arthroplasty
* Pain before: 6/10
* Consent: signed
* Time-out: done
* Imaging: high-frequency linear ultrasound over the suprascapular notch; image saved
* Needle: 22-gauge, in plane, lateral to medial, tip beneath the transverse scapular ligament
* Injected: Kenalog-40 1 mL (40 mg) mixed with bupivacaine 0.5%
* Pain after: 2/10
* Complications: none
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", None)],
        pain=(6, 2), need=("diagnosis", "symptom_duration"), dos="2024-09-24", pos="11",
        codes=[line("64418", "RT"), line("76942"), line("J3301", units=4)], findings=["drug_dose"])

    # 14 ----------------------------------------------------------------- SCS trial
    add("fdj-scs-01", "attestation", """
Spinal Cord Stimulator Trial - Percutaneous Lead Placement
Date of service: 07/15/2025. Place of service: office procedure suite.

Diagnosis: Failed back surgery syndrome (M96.1).
History: Low back and bilateral leg pain for three years after an L4-S1 fusion. Physical therapy, gabapentin,
duloxetine and two epidural injections failed to give lasting relief. A psychological evaluation last month found no
contraindication to stimulation. Pain keeps him from walking more than a block.
Pain before: 8/10.

Consent was signed after risks, including infection, lead migration and spinal fluid leak, were discussed. A
time-out was performed. Prone. Under fluoroscopic guidance and after 1% lidocaine 10 mL to the skin and tissues, two
14-gauge Tuohy needles entered the epidural space at L1-L2 by loss of resistance. Two 8-contact percutaneous leads
were advanced, one to the top of T8 left of midline and one to the middle of T8 right of midline. Intraoperative
testing gave paresthesia coverage of the back and both legs. The leads were anchored to the skin and dressed.

Pain after, with stimulation in recovery: 3/10. No complications.

I personally performed the procedure and attest to the accuracy of this note.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-07-15", pos="11",
        codes=[line("63650", units=2), line("77003")], findings=[])

    # 15 ----------------------------------------------------------------- pump refill by the physician, reprogrammed
    add("fdj-pump-01", "title_headers", """
Intrathecal Pump Refill And Reprogramming

Date Of Service: 05/06/2026
Place: Pain Clinic

Diagnosis: Chronic Pain Syndrome (G89.4)
Indication: Scheduled refill; low reservoir alarm date approaching. Pain control adequate but evening breakthrough.

Consent: Verbal consent obtained for refill.
Time-Out: Patient and pump identity confirmed.

Procedure: I interrogated the pump and confirmed the reservoir volume. Under sterile technique the refill port was
accessed with the template and a non-coring needle, and the residual volume was aspirated. I refilled the reservoir
with morphine 20 mg/mL, 18 mL. The pump was reprogrammed, increasing the daily dose by 5%. New alarm date printed.

Complications: None.
""", procs=[proc("pump_refill")],
        drugs=[given("morphine", 360)],
        pain=(None, None), need=("diagnosis",), dos="2026-05-06", pos="11", payer="medicare_fcso",
        codes=[line("62370")], findings=[])


def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    # 16 ----------------------------------------------------------------- bilateral SNRB, repeat with documented response
    add("fdj-h-tfesi-01", "hand_prose", """
Bilateral L5 and S1 selective nerve root blocks

02/24/2026, office. She returns with lumbosacral radiculopathy (M54.17). Shooting pain runs down the back of both
legs into the heels, worse on the right, with numbness of the lateral feet and absent ankle jerks on both sides.
This has gone on for about a year. Six weeks of physical therapy made no difference and pregabalin made her too
dizzy to continue. She can walk only about a block. MRI shows an L5-S1 disc bulge with bilateral foraminal
narrowing. Her last L5/S1 nerve root blocks, roughly five months ago, cut the leg pain by about 65% for four
months. Pain today 8/10.

We went over the risks and she signed consent. Time-out done. Prone, fluoro. I mixed 2 mL of Kenalog-40 with 2 mL
of 1% lidocaine. On the right, needles were placed into the L5-S1 foramen and through the S1 posterior foramen;
Omnipaque 240, 0.5 mL at each, showed clean root sleeve spread, and 1 mL of the mixture went in at each site. The
same was repeated on the left. AP and lateral images of each needle were saved. Afterwards pain was 3/10. No
complications. We discussed possibly repeating in three months if the benefit holds.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-24", pos="11",
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=8)], findings=[],
        comment="Solution 2 mL Kenalog-40 (80 mg) + 2 mL 1% lidocaine (20 mg), 1 mL at each of four sites = all 4 mL: "
                "triamcinolone 80 mg, lidocaine 20 mg. Repeat with 65% for four months (>= 50%, >= 90 days).")

    # 17 ----------------------------------------------------------------- TFESI, side differs title vs body
    add("fdj-h-tfesi-02", "hand_headers", """
PROCEDURE: RIGHT L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION
DATE: 11/19/2025   ASC

Diagnosis: Lumbar radiculopathy (M54.16)

Seen for pain from the left groin down the front of the thigh to the inner shin for ten weeks, with a weak left
quadriceps and a reduced left knee reflex. Eight weeks of PT and a medrol dose pack did not relieve it. He has had
to stop his delivery job because he cannot climb stairs. MRI: left foraminal disc protrusion at L4-L5 compressing
the exiting L4 root. Pain 6/10 before.

Consent signed, time-out done. Prone under fluoroscopy. The needle was advanced to the left L4-L5 neural foramen in
the safe triangle. Isovue-M 300, 1 mL, outlined the left L4 root and the epidural space without vascular uptake.
Injected dexamethasone 10 mg (1 mL of 10 mg/mL) with 1 mL bupivacaine 0.25%. AP and lateral images saved.

Post-procedure pain 2/10. No complications; no new weakness.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 2.5), given("iopamidol", 1, "ml")],
        pain=(6, 2), need=ESI_NEED, dos="2025-11-19", pos="24",
        codes=[line("64483", "LT")], findings=["laterality_conflict"],
        comment="Title says RIGHT, the needle went to the left L4-L5 foramen (history, exam and MRI all left): codes "
                "follow the description (LT) and the difference is a laterality_conflict.")

    # 18 ----------------------------------------------------------------- cervical ILESI, contrast allergy; gap: conservative_care
    add("fdj-h-ilesi-01", "hand_prose", """
C6-C7 interlaminar epidural, July 8 2026, in the office. He has cervical radiculopathy (M54.12): for three months pain
has run from the right side of the neck over the shoulder into the thumb and index finger, with numbness of the
thumb, a weak right biceps and a reduced right biceps reflex. He has done physical therapy and takes gabapentin. He
cannot sleep through the night or lift his grandson. MRI shows a C5-C6 and C6-C7 disc osteophyte complex with right
foraminal narrowing. Pain 7/10 before we started.

He had an anaphylactic reaction to iodinated contrast during a CT years ago, so no contrast was used today. Consent
was signed after we reviewed the risks, including dural puncture. Time-out completed. Prone with the neck flexed,
under fluoroscopy an 18-gauge Tuohy needle entered the C6-C7 interlaminar space by a right paramedian approach and
the epidural space was found by loss of resistance to saline. Celestone Soluspan 6 mg (1 mL) with 2 mL
preservative-free saline was injected. AP and contralateral oblique images of the needle were saved. Pain was 4/10
afterwards. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                 imaging="fluoroscopy", contrast=False, intent="therapeutic")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(7, 4), need=minus(ESI_NEED, "conservative_care"), dos="2026-07-08", pos="11",
        codes=[line("62321"), line("J0702")], findings=["conservative_care"],
        comment="Contrast withheld for a stated anaphylactic reaction: no contrast finding. PT and gabapentin are only "
                "listed ('has done', 'takes') with no outcome: conservative_care.")

    # 19 ----------------------------------------------------------------- repeat ILESI without a documented response (2024, J1040)
    add("fdj-h-ilesi-02", "hand_prose", """
Lumbar epidural steroid injection, interlaminar, L5-S1. 01/30/2024.

This is her third lumbar epidural. She says the earlier ones helped some. Diagnosis lumbar spinal stenosis with
neurogenic claudication (M48.062). For about a year both legs get heavy and tingle after she stands for ten minutes,
easing when she sits; she can stand at the stove no more than ten minutes. A walking program and PT for 8 weeks did
not relieve it. MRI: moderate central stenosis at L4-L5 and L5-S1 with facet hypertrophy. Pain 6/10.

Consent obtained and signed; time-out held. Prone, fluoroscopy. A 20-gauge Tuohy needle entered the L5-S1
interlaminar space from the left paramedian side with loss of resistance. Omnipaque 300, 3 mL, gave a good
epidurogram with no intravascular flow, and AP and lateral images were saved. Depo-Medrol 80 mg with 2 mL 1%
lidocaine and 2 mL saline was injected. Pain 3/10 after. No complications. Denies new weakness or bladder change.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 20), given("iohexol", 3, "ml")],
        pain=(6, 3), need=ESI_NEED, dos="2024-01-30", pos="11",
        codes=[line("62323"), line("J1040")], findings=["prior_procedure_response"],
        comment="'her third lumbar epidural' makes a repeat (no window: no frequency count); 'helped some' is no "
                "documented response.")

    # 20 ----------------------------------------------------------------- cervical MBB #2 (confirmatory), shorthand
    add("fdj-h-mbb-01", "hand_shorthand", """
R C4, C5, C6 MBB #2 (confirmatory), fluoro. HOPD. 9/30/2025

Dx cervical spondylosis w/o myelopathy or radiculopathy (M47.812). R neck pain x 8 mo, worse w/ extension and
rotation. PT 10 wks + meloxicam, no lasting change. Can't check blind spot driving, stopped driving on highway.
MBB #1 to the same nerves gave 90% relief for 4 hrs.
Diagnostic block. Pain 6/10 pre.
Consent signed. Time-out done.
Prone, fluoro lateral view. 25g needles to the R C4, C5 and C6 articular pillars (waists). 2% lidocaine 0.5 mL at
each (1.5 mL total). No steroid.
Pain 1/10 at 20 min. No complications.
Plan: RF if this block is also positive.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2025-09-30", pos="22",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[],
        comment="C4, C5 and C6 medial branches supply the C4-C5 and C5-C6 joints. Confirmatory block after a first "
                "block with 90%: no diagnostic_block_relief.")

    # 21 ----------------------------------------------------------------- bilateral 4-joint rhizotomy, moderate sedation by me
    add("fdj-h-rfa-01", "hand_prose", """
Bilateral lumbar RF rhizotomy, L2-L3 through L5-S1. 03/26/2026, ambulatory surgery center.

Lumbar facet arthropathy (M47.816). Two years of axial low back pain across the belt line, worse standing and
twisting. Physical therapy for 12 weeks and NSAIDs failed to help. She cannot stand more than 15 minutes to do
dishes. Two sets of diagnostic medial branch blocks at these levels gave 85% and 80% relief. Pain 7/10 before.

Consent signed; time-out done. Because she could not lie prone through a ten-lesion procedure owing to severe
anxiety and back spasm, I gave moderate sedation: midazolam 2 mg and fentanyl 50 mcg IV, start 10:04, end 10:26
(22 minutes), with an independent RN observer monitoring her throughout.

Under fluoroscopy, RF cannulas were placed along the right L1, L2, L3 and L4 medial branches and the right L5
dorsal ramus. Sensory testing was concordant and motor testing showed no leg activity. Each nerve received 0.5 mL
of 2% lidocaine and then a thermal lesion at 80 C for 90 seconds. The same was repeated on the left side. Ten
lesions in all.

Pain 4/10 afterwards, expected procedural soreness. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic",
                 sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 50, "mcg"), given("lidocaine", 100)],
        pain=(7, 4), need=SPINE_NEED, dos="2026-03-26", pos="24",
        codes=[line("64635", "50"), line("64636", "50", units=3), line("99152")], findings=[],
        comment="L1-L4 medial branches and L5 dorsal ramus supply L2-L3 to L5-S1 (4 joints). Moderate sedation by the "
                "proceduralist for 22 minutes with an observer: 99152 only (99153 needs >= 23 min).")

    # 22 ----------------------------------------------------------------- therapeutic SI joint, side differs header vs body
    add("fdj-h-sij-01", "hand_headers", """
Procedure: LEFT sacroiliac joint injection
Date of service: 09/15/2026, office

Diagnosis: Sacroiliitis (M46.1)
Six months of right buttock pain below the belt line, worse getting out of the car. PT for 8 weeks gave no benefit.
Positive right Gaenslen and thigh thrust. A diagnostic right SI joint block last month gave 80% relief. This is the
first therapeutic injection. Pain today 6/10.

Consent signed. Time-out completed. Therapeutic injection. Prone under fluoroscopy, the inferior pole of the right
SI joint was entered with a 22-gauge needle. Omnipaque 300, 1 mL, gave an arthrogram without vascular spread. AP
and contralateral oblique images saved. Injected Depo-Medrol 40 mg (1 mL) with 2 mL 0.25% bupivacaine.

After 20 minutes pain 2/10, about 65% relief. No complications.
""", procs=[proc("si_joint_injection", region="sacroiliac", laterality="right", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("bupivacaine", 5), given("iohexol", 1, "ml")],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-09-15", pos="11",
        codes=[line("27096", "RT"), line("J1010", units=40)], findings=["laterality_conflict"],
        comment="Header LEFT, symptoms, exam, prior block and needle all right: codes follow the description (RT), "
                "laterality_conflict. Prior diagnostic block 80% (>= 75%): no diagnostic_block_relief.")

    # 23 ----------------------------------------------------------------- SI joint RFA, cooled
    add("fdj-h-sirfa-01", "hand_prose", """
Left SI joint radiofrequency ablation (lateral branch neurotomy), hospital outpatient, April 10 2025.

Sacroiliac joint pain (M53.3), left, for two years. Two left L5 dorsal ramus and S1-S3 lateral branch blocks on
different days gave 80% and 85% relief. Pain 7/10 going in.

Consent was signed; a time-out was done. Prone, fluoroscopic guidance. After 1% lidocaine 2 mL at each of the four
entry sites, cooled RF probes were placed at the left L5 dorsal ramus and in a lateral arc outside the left S1, S2
and S3 posterior foramina. Cooled radiofrequency lesions were made at 60 C probe temperature for 150 seconds at each
site. No motor response to the leg on testing.

Pain 4/10 afterwards with expected soreness. No complications.
""", procs=[proc("si_joint_rfa", region="sacroiliac", laterality="left", imaging="fluoroscopy",
                 intent="therapeutic")],
        drugs=[given("lidocaine", 80)],
        pain=(7, 4), need=("diagnosis", "symptom_duration"), dos="2025-04-10", pos="22",
        codes=[line("64625", "LT")], findings=[])

    # 24 ----------------------------------------------------------------- genicular RFA, gap: complications
    add("fdj-h-grfa-01", "hand_prose", """
Radiofrequency ablation of the left genicular nerves. Office, June 5 2024.

Primary osteoarthritis, left knee (M17.12), with pain on stairs for five years. A diagnostic block of the
superolateral, superomedial and inferomedial genicular nerves last month gave 75% relief. Pain 8/10 today. Consent
signed, time-out performed.

Supine with the knee on a bolster. Under fluoroscopy, RF cannulas were placed to the superolateral genicular
nerve, the superomedial genicular nerve and the inferomedial genicular nerve, each confirmed on AP and lateral
views and by sensory stimulation, with no motor response at 2 Hz. Each received 1% lidocaine 2 mL and then a
thermal lesion at 80 degrees for 90 seconds. Pain 5/10 at discharge. Ice tonight, walk as tolerated.
""", procs=[proc("genicular_rfa", region="knee", laterality="left", imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 5), need=("diagnosis", "symptom_duration"), dos="2024-06-05", pos="11", complications=None,
        codes=[line("64624", "LT")], findings=["complications"])

    # 25 ----------------------------------------------------------------- bilateral GON, shorthand
    add("fdj-h-onb-01", "hand_shorthand", """
B/L GON blk - office 10/21/2026

Occipital neuralgia (M54.81). Lancinating pain from the base of the skull over the vertex on both sides x 6 mo;
tender over both greater occipital nerves, + Tinel. Pain 7/10.
Consent signed, time-out done.
Landmark technique, no imaging: 25g needle medial to the occipital artery on each side at the superior nuchal line.
Each side: 2 mL bupivacaine 0.5% + dexamethasone 2 mg.
Pain 2/10 after, scalp numb on both sides. No cx.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", laterality="bilateral", imaging="none",
                 intent="therapeutic")],
        drugs=[given("bupivacaine", 20), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=("diagnosis", "symptom_duration"), dos="2026-10-21", pos="11", payer="medicare_cgs",
        codes=[line("64405", "50"), line("J1100", units=4)], findings=[])

    # 26 ----------------------------------------------------------------- right lumbar sympathetic block, office contrast
    add("fdj-h-lsb-01", "hand_headers", """
RIGHT LUMBAR SYMPATHETIC BLOCK, L3
Date of service: 02/12/2025. Office procedure room.

Diagnosis: Complex regional pain syndrome I of right lower limb (G90.521)
Burning pain, cold mottled skin and swelling of the right foot for ten months after an ankle sprain; cannot bear a
sock on it. Pain 7/10 before. Consent signed; time-out done.

Prone under fluoroscopy. A 22-gauge 15 cm needle was advanced from the right to the anterolateral border of the L3
vertebral body. Omnipaque 240, 3 mL, spread along the anterolateral vertebral bodies without psoas or vascular
pattern. Ropivacaine 0.2%, 10 mL, was injected in divided doses. The right foot warmed by 3 degrees C.

Pain 3/10 afterwards. No complications. Plan physical therapy within the block window.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right", levels=["L3"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("ropivacaine", 20), given("iohexol", 3, "ml")],
        pain=(7, 3), need=("diagnosis", "symptom_duration"), dos="2025-02-12", pos="11",
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=[],
        comment="Sympathetic block code does not include imaging: 77002 for fluoroscopy and, in the office, the "
                "contrast by iodine strength (240 mgI/mL -> Q9966, 3 mL).")

    # 27 ----------------------------------------------------------------- ganglion impar, truncated: post score lost
    add("fdj-h-impar-01", "hand_prose+truncated", """
Ganglion impar block under fluoroscopy, ambulatory surgery center, 08/27/2026. Coccydynia (M53.3) for a year and a
half after a fall, pain sitting on any hard chair. Pain before 8/10. Consent was signed. Time-out done.

Prone with a pillow under the hips. Through the sacrococcygeal junction a 22-gauge needle was advanced under lateral
fluoroscopy until the tip lay just anterior to the junction. Isovue-M 300, 1 mL, showed the typical comma-shaped
spread anterior to the sacrum. Injected bupivacaine 0.25% 4 mL with Kenalog 20 mg. There were no complications and
the patient was moved to recovery. Ten minutes later she rated her pain at
""", procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic")],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 20), given("iopamidol", 1, "ml")],
        pain=(8, None), need=("diagnosis", "symptom_duration"), dos="2026-08-27", pos="24",
        codes=[line("64999"), line("77002", "26")], findings=["post_procedure_pain_score"],
        comment="Cut off before the post-procedure score: post_procedure_pain_score. Ganglion impar is 64999 with "
                "77002-26 in the ASC; midline, so no side.")

    # 28 ----------------------------------------------------------------- L1 kyphoplasty
    add("fdj-h-va-01", "hand_headers", """
Procedure: L1 balloon kyphoplasty, bilateral transpedicular
Date: 01/22/2025 - hospital outpatient

Dx: Osteoporotic compression fracture of L1, initial encounter (M80.08XA)
Sudden low back pain after lifting a laundry basket 7 weeks ago. MRI: acute L1 compression fracture with marrow
edema on STIR and about 30% loss of height; an old healed T12 wedge deformity without edema. Six weeks in a TLSO
brace with scheduled acetaminophen and tramadol did not improve the pain. She spends most of the day in bed. Pain 9/10.

Consent signed; time-out done.
Prone, biplane fluoroscopy. After 1% lidocaine 10 mL to skin and periosteum, bone access needles were passed through
both L1 pedicles. Balloon tamps were inflated to create a cavity and restore height, and PMMA cement was placed into
the cavities with good interdigitation and no extravasation. T12 was not treated.

Pain 3/10 in recovery. No complications. Will begin osteoporosis treatment with her primary care physician.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"), dos="2025-01-22", pos="22",
        codes=[line("22514")], findings=[])

    # 29 ----------------------------------------------------------------- SCS implant, gap: time_out
    add("fdj-h-scs-01", "hand_prose", """
Permanent spinal cord stimulator implant. Hospital outpatient, 10/28/2025.

Failed back surgery syndrome (M96.1), back and left leg pain for four years despite physical therapy, gabapentin,
duloxetine and epidurals, none of which gave lasting relief. Psychological evaluation cleared him for
stimulation. The seven-day trial in September gave 70% relief of his leg pain and let him walk a mile.

Consent was signed. General anesthesia was not used; local anesthesia only. Prone, under fluoroscopy, 1% lidocaine
with epinephrine 20 mL was infiltrated along the midline and the flank. Two percutaneous 8-contact leads were
placed through Tuohy needles at T12-L1 and advanced to the top of T8 and mid T8. Intraoperative mapping matched the
trial coverage. The leads were anchored to the fascia and tunneled to a pocket in the left flank, where the
generator was connected and implanted. The wounds were closed in layers and irrigated. Bupivacaine 0.25% 10 mL was
infiltrated into the pocket. No complications. Estimated blood loss minimal.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 200), given("bupivacaine", 25)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-10-28", pos="22",
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=["time_out"])

    # 30 ----------------------------------------------------------------- knee injection, US with saved image, JZ
    add("fdj-h-knee-01", "hand_shorthand", """
L knee inj, US guided. Office 11/4/2026.
Dx primary OA L knee (M17.12). Pain w/ walking and stairs x 3 yrs. Pain 6/10 pre.
Consent signed, time-out done.
Linear probe, superolateral suprapatellar recess, 22g needle in plane; image of needle in the recess saved.
Kenalog-40 1 mL (40 mg) from a single-dose vial, nothing wasted, + ropivacaine 0.5% 4 mL.
Pain 2/10 post. No cx.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound",
                 intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("ropivacaine", 20)],
        pain=(6, 2), need=("diagnosis", "symptom_duration"), dos="2026-11-04", pos="11",
        codes=[line("20611", "LT"), line("J3301", "JZ", units=4)], findings=[])
