"""Sealed batch `dev_fresh_cn`: 30 fictional notes (no names, record numbers or birth dates) with gold.

Precision batch: less common families (SI joint, genicular, sympathetic, occipital, peripheral, joint,
trigger point, SCS trial, kyphoplasty, pump refill) plus 8 spine ESI/facet notes and two notes with two
procedures in one session. Nearly every note is complete; 7 leave out one element each (`findings`).
Gold written from the text by hand, before and without any Painpoint run.
"""

from __future__ import annotations

DX_ONLY = ("diagnosis",)


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _templated(add, proc, line, given, ESI_NEED)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


# --------------------------------------------------------------------------- templated half (15)
def _templated(add, proc, line, given, ESI_NEED):
    add("fcn-sij-01", "capitalised headers", """
PROCEDURE: Right sacroiliac joint injection, diagnostic, under fluoroscopy

DIAGNOSIS: Sacroiliitis, right (M46.1)

INDICATION: Right buttock and posterior pelvic pain for about 7 months, worse rising from a chair and
climbing stairs. Three provocation maneuvers reproduce the pain on the right. Eight weeks of supervised
physical therapy and a trial of meloxicam gave no meaningful improvement. She cannot stand at the stove for
more than ten minutes.

PRE-PROCEDURE PAIN: 7/10

CONSENT: Risks including bleeding, infection and nerve injury reviewed; written consent signed.

TIME-OUT: Completed with the team confirming patient, site and side before the skin was prepped.

TECHNIQUE: Prone position, sterile prep and drape. Under fluoroscopic guidance the inferior third of the
right SI joint was entered with a 22-gauge spinal needle. Omnipaque 240, 0.5 mL, outlined the joint with no
vascular uptake. Injected: 2 mL bupivacaine 0.5% with 1 mL Kenalog-40 (40 mg). AP and contralateral
oblique images were stored.

POST-PROCEDURE: Pain 1/10 on repeat provocation, 85% relief during the anesthetic phase.

COMPLICATIONS: None.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                   imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 10), given("triamcinolone_acetonide", 40)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "RT")], findings=[], dos="2026-02-11", pos="24")

    add("fcn-sirfa-01", "title-case headers", """
Procedure: Left Sacroiliac Joint Lateral Branch Radiofrequency Neurotomy

Diagnosis: Sacroiliitis of the left SI joint (M46.1)

History: Chronic left-sided sacroiliac pain for over two years. Two separate fluoroscopic lateral branch
blocks this spring gave 90% and 85% relief lasting the duration of the anesthetic. Physical therapy and
home exercise did not change the pain.

Pain Before: 6/10

Consent: Discussed risks, benefits and alternatives; informed consent obtained and signed.

Time Out: Performed prior to starting; all team members agreed.

Details: Prone. Fluoroscopy used throughout. RF cannulas placed at the left L5 dorsal ramus and the lateral
branches at the S1, S2 and S3 foramina. Sensory and motor testing acceptable at each site. 1 mL of 2%
lidocaine given through each cannula (4 mL total). Thermal lesions at 80 degrees C for 90 seconds at each
site.

Pain After: 2/10

Complications: None observed.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                   imaging="fluoroscopy")],
        drugs=[given("lidocaine", 80)], pain=(6, 2), need=DX_ONLY,
        codes=[line("64625", "LT")], findings=[], dos="2026-08-26", pos="22")

    add("fcn-genb-01", "inline fields", """
Procedure: right genicular nerve block (superomedial, superolateral, inferomedial). Guidance: fluoroscopy.
Dx: Primary osteoarthritis, right knee (M17.11). Indication: right knee pain limiting walking to one block,
poor candidate for arthroplasty at present. Pre-procedure pain: 8/10. Consent: verbal and written consent on
file. Time-out: done, right knee confirmed. Technique: needle tips placed at the junction of the shaft and
the condyles at the three target sites under AP and lateral fluoroscopy; 1.5 mL of 0.5% bupivacaine at each
site (4.5 mL total). Post-procedure pain: 2/10. Complications: none. Plan: RFA if relief holds.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 22.5)], pain=(8, 2), need=DX_ONLY,
        codes=[line("64454", "RT")], findings=[], dos="2026-05-06", pos="11")

    add("fcn-genrfa-01", "bullets", """
LEFT GENICULAR NERVE RADIOFREQUENCY ABLATION
- Dx: osteoarthritis of the left knee (M17.12)
- Indication: persistent left knee pain; diagnostic genicular block last month gave 80% relief
- Pain score on arrival: 7/10
- Consent: risks and benefits explained, signed consent in chart
- Time out: done before the prep
- Fluoroscopic guidance; RF cannulas to the superomedial, superolateral and inferomedial genicular nerves
- 2 mL of 1% lidocaine at each site, 6 mL in all
- Thermal lesion 80 C for 90 s at each nerve
- Complications: none
- Discharged ambulatory with a driver
""", procs=[proc("genicular_rfa", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)], pain=(7, None), need=DX_ONLY,
        codes=[line("64624", "LT")], findings=["post_procedure_pain_score"], dos="2026-09-16", pos="24")

    add("fcn-stellate-01", "dictated paragraph", """
Left stellate ganglion block under ultrasound.

Diagnosis is complex regional pain syndrome type I of the left upper limb, G90.512, with burning pain,
swelling and color change of the left hand for five months. After the risks were reviewed she signed the
consent form. Time-out was completed with the nursing staff. Her pain before the block was 8 out of 10. With
the patient supine and the neck slightly extended, the C6 level was identified with a linear ultrasound
probe and the needle advanced in plane to the prevertebral fascia over longus colli, avoiding the vertebral
artery on color Doppler. A saved image documents needle position. Ropivacaine 0.5%, 5 mL, was injected in
divided doses with negative aspiration. A left Horner's sign and warmth of the left hand followed. Pain after
the block was 3 out of 10. There were no complications.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                   imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)], pain=(8, 3), need=DX_ONLY,
        codes=[line("64510"), line("76942", "26")], findings=[], dos="2026-01-28", pos="22")

    add("fcn-lsb-01", "odd spacing", """
PROCEDURE :   Right  lumbar  sympathetic  block ,  L3

DX :  CRPS type I , right lower limb   ( G90.521 )

INDICATION :  allodynia  and  mottling  of  the  right  foot  since  an  ankle  fracture ;  gabapentin  not  helping

PAIN  BEFORE :  9 / 10

CONSENT :  obtained  after  discussion ;  signed

TIME  OUT :  yes ,  all  agreed

DESCRIPTION :  Prone .  Under  fluoroscopy  a  22 g  needle  was  walked  off  the  right  L3  vertebral  body
to  its  anterolateral  margin .  Omnipaque  180 ,  3  mL ,  spread  along  the  anterior  psoas  fascia  with  no
vascular  runoff .  Bupivacaine  0.25 % ,  10  mL ,  injected  slowly .  Right  foot  skin  temperature  rose
from  29  to  33  C .

PAIN  AFTER :  3 / 10

COMPLICATIONS :  none
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                   levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)], pain=(9, 3), need=DX_ONLY,
        codes=[line("64520"), line("77002", "26")], findings=[], dos="2026-03-04", pos="24")

    add("fcn-impar-01", "capitalised headers", """
PROCEDURE: Ganglion impar block, fluoroscopic guidance

DIAGNOSIS: Coccygodynia (M53.3)

INDICATION: Midline tailbone pain for a year after a fall, worse sitting; a donut cushion and oral NSAIDs
have not helped.

PRE-PROCEDURE PAIN: 7/10

CONSENT: Procedure, risks and alternatives discussed; consent signed.

TIME-OUT: Performed.

TECHNIQUE: Prone with a pillow under the pelvis. Lateral fluoroscopy. A 22-gauge needle passed through the
sacrococcygeal junction to the anterior surface. Omnipaque 240, 1 mL, showed the typical apostrophe spread
anterior to the junction. Injected 4 mL of 0.5% bupivacaine with 40 mg triamcinolone.

POST-PROCEDURE PAIN: 2/10

DISPOSITION: Observed for 20 minutes, discharged home with a companion.
""", procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                   contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=DX_ONLY, complications=None,
        codes=[line("64999"), line("77002", "26")], findings=["complications"], dos="2025-10-15", pos="24")

    add("fcn-gon-01", "inline fields", """
Procedure: Bilateral greater occipital nerve blocks, landmark technique (no imaging).
Diagnosis: Occipital neuralgia (M54.81).
Indication: Shooting pain from the suboccipital region to the vertex on both sides, reproduced by pressure over
each greater occipital nerve.
Pain score pre: 7/10.
Consent: Informed consent given by the patient, signed.
Time out: Completed.
Medications: Each side received 1.5 mL of 0.5% bupivacaine mixed with 0.5 mL of Kenalog-40 (20 mg), drawn
from a multi-dose vial; totals 3 mL bupivacaine 0.5% and 40 mg triamcinolone.
Technique: The occipital artery was palpated one third of the way from the occipital protuberance to the
mastoid on each side and the injectate placed just medial to it after negative aspiration.
Pain score post: 1/10.
Complications: None.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                   imaging="none")],
        drugs=[given("bupivacaine", 15), given("triamcinolone_acetonide", 40)], pain=(7, 1), need=DX_ONLY,
        codes=[line("64405", "50"), line("J3301", units=4)], findings=[], dos="2026-07-08", pos="11")

    add("fcn-occ-01", "bullets", """
Left greater and lesser occipital nerve blocks - ultrasound guided
* Diagnosis: occipital neuralgia, left (M54.81)
* Why: stabbing left occipital pain spreading behind the ear for 4 months despite gabapentin
* Pain before: 8/10
* Time-out performed
* Linear probe: left greater occipital nerve seen between semispinalis capitis and obliquus capitis inferior;
  lesser occipital nerve seen at the posterior border of sternocleidomastoid. Images of both saved.
* Each nerve: 2 mL 1% lidocaine + 2 mg dexamethasone (totals lidocaine 1% 4 mL, dexamethasone 4 mg)
* Pain after: 2/10
* Complications: none
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                   imaging="ultrasound")],
        drugs=[given("lidocaine", 40), given("dexamethasone_sodium_phosphate", 4)], pain=(8, 2), need=DX_ONLY,
        consent=False, codes=[line("64405", "LT"), line("64450", "LT"), line("76942", "26")],
        findings=["consent"], dos="2026-04-01", pos="22",
        comment="Greater and lesser occipital nerves: 64405 and 64450, one saved-image ultrasound line. No consent "
                "statement anywhere.")

    add("fcn-ssn-01", "title-case headers", """
Procedure: Right Suprascapular Nerve Block With Ultrasound Guidance

Diagnosis: Primary osteoarthritis, right shoulder (M19.011)

Indication: Right shoulder pain at night and with reaching overhead for 10 months, not a surgical candidate.

Pain Prior: 7/10

Consent: The patient understood and signed the consent.

Time Out: Called and completed.

Procedure Note: Seated. A linear probe over the suprascapular fossa showed the nerve beneath the transverse
scapular ligament; a permanent image was recorded. A 22-gauge needle was advanced in plane and 8 mL of
ropivacaine 0.5% with dexamethasone 4 mg was injected. Dexamethasone came from a single-dose 1 mL vial of
4 mg/mL; the whole vial was used and none was wasted.

Pain Following: 2/10

Complications: None.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                   imaging="ultrasound")],
        drugs=[given("ropivacaine", 40), given("dexamethasone_sodium_phosphate", 4)], pain=(7, 2), need=DX_ONLY,
        codes=[line("64418", "RT"), line("76942"), line("J1100", "JZ", units=4)], findings=[],
        dos="2026-04-22", pos="11")

    add("fcn-knee-01", "boilerplate attestation", """
Left knee intra-articular steroid injection, ultrasound guided.

Diagnosis: Unilateral primary osteoarthritis, left knee (M17.12).
Indication: Left knee pain with swelling and stiffness, limiting stairs.
Pre-procedure pain 6/10.
Written informed consent obtained. Universal protocol time-out performed.
Under ultrasound the suprapatellar recess was identified and entered from a lateral approach; the image with
the needle in the joint was archived. Injected 1 mL Kenalog-40 (40 mg, multi-dose vial) with 3 mL 1%
lidocaine.
Post-procedure pain 2/10. No complications.

I personally performed the procedure described above and attest that the documentation is accurate and
complete.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="left",
                   imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30)], pain=(6, 2), need=DX_ONLY,
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=[], dos="2026-01-14", pos="11")

    add("fcn-hip-01", "capitalised headers", """
PROCEDURE: Right hip joint injection under fluoroscopy

DIAGNOSIS: Primary osteoarthritis of the right hip (M16.11)

INDICATION: Right groin pain with internal rotation, limiting walking distance.

PRE-PROCEDURE PAIN SCORE: 8/10

CONSENT: Reviewed and signed.

PROCEDURE DETAILS: Supine. Fluoroscopic guidance. A 22-gauge spinal needle was advanced to the junction of the
right femoral head and neck. Omnipaque 240, 2 mL, confirmed intra-articular spread. Injected 80 mg
methylprednisolone with 4 mL 0.25% bupivacaine.

POST-PROCEDURE PAIN SCORE: 2/10

COMPLICATIONS: None.
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="right",
                   imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 10)],
        pain=(8, 2), need=DX_ONLY, codes=[line("20610", "RT"), line("77002", "26")], findings=["time_out"],
        dos="2025-11-19", pos="24")

    add("fcn-tpi-01", "dictated paragraph", """
Trigger point injections, right upper trapezius and right levator scapulae.

Diagnosis: myalgia of the neck and upper back muscles, M79.12. She has right-sided neck and shoulder-girdle
pain for three months. On examination there are taut bands with a local twitch response and referred pain
toward the occiput in the right upper trapezius and the right levator scapulae. Pain is 6/10 before
injection. Consent was obtained verbally and in writing, and a time-out was done. Each of the two muscles was
injected with 2 mL of 1% lidocaine using a 25-gauge needle after negative aspiration. Afterwards pain was
2/10, about 60% relief. No complications.
""", procs=[proc("trigger_point", laterality="right", imaging="none")],
        drugs=[given("lidocaine", 40)], pain=(6, 2), need=DX_ONLY,
        codes=[line("20552")], findings=[], dos="2026-03-25", pos="11")

    add("fcn-tpi-02", "bullets", """
TRIGGER POINT INJECTIONS - LOW BACK AND HIP GIRDLE
* Dx: myofascial pain syndrome, lumbar and gluteal (M79.18)
* Exam: palpable taut bands with reproduction of her usual pain in the bilateral lumbar paraspinals and the
  bilateral gluteus medius
* Muscles injected (4): left lumbar paraspinal, right lumbar paraspinal, left gluteus medius, right gluteus
  medius
* 1.5 mL of 1% lidocaine per muscle, 6 mL total
* Pain before: 8/10; pain after: 3/10
* Consent signed; time-out completed
* Complications: none
""", procs=[proc("trigger_point", laterality="bilateral", imaging="none")],
        drugs=[given("lidocaine", 60)], pain=(8, 3), need=DX_ONLY,
        codes=[line("20553")], findings=["percent_relief"], dos="2026-05-13", pos="11")

    add("fcn-tfesi-01", "title-case headers", """
Procedure: Left L4-5 And L5-S1 Transforaminal Epidural Steroid Injection

Diagnosis: Lumbar disc herniation with radiculopathy (M51.16)

History: Left leg pain for 4 months running from the buttock down the lateral calf into the top of the foot,
with numbness in the same strip and a positive straight-leg raise on the left. Physical therapy for 8 weeks
and a medrol dose pack gave no lasting improvement. She can only sit for 20 minutes and has stopped working
shifts. MRI: left paracentral protrusion at L4-5 contacting the traversing L5 root and left foraminal
narrowing at L5-S1.

Pain Before: 8/10

Consent: Risks, benefits and alternatives discussed; written consent signed.

Time Out: Completed, left side confirmed.

Sedation: None.

Technique: Prone. Fluoroscopic guidance. Needles placed in the left L4-5 and L5-S1 foramina by a subpedicular
approach. Omnipaque 240, 2 mL in total, showed epidural and perineural spread without vascular uptake. At
each level 5 mg dexamethasone was injected (10 mg total). AP and lateral images saved.

Pain After: 2/10

Complications: None.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                   levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)], pain=(8, 2),
        need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT")], findings=[], dos="2026-08-12", pos="24")


# --------------------------------------------------------------------------- hand-dictated half (15)
def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fcn-h-shoulder-01", "dictated prose", """
RIGHT SHOULDER INJECTION

This is a glenohumeral joint injection on the right for primary osteoarthritis of the right shoulder,
M19.011. He has had pain and loss of rotation for a year and cannot reach the top shelf. I explained the
risks and he gave consent. We did a time-out. Pain going in was 7/10. Using a posterior approach by landmarks,
no imaging, I placed a 22-gauge needle into the joint and injected Depo-Medrol 40 mg with 4 mL of 1%
lidocaine. Pain after was 3/10. No complications. Follow up in six weeks.
""", procs=[proc("joint_injection", approach="intra_articular", target="shoulder", region="shoulder",
                   laterality="right", imaging="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)], pain=(7, 3), need=DX_ONLY,
        codes=[line("20610", "RT"), line("J1030")], findings=[], dos="2023-10-05", pos="11")

    add("fcn-h-scs-01", "dictated prose", """
Spinal cord stimulator trial, percutaneous, two leads.

Indication: failed back surgery syndrome, M96.1, after an L4-S1 fusion, with constant low back and bilateral
leg pain for three years. Gabapentin, duloxetine and a year of physical therapy have all failed to control
it, and two epidural injections gave only a few days of benefit. Psychological evaluation last month cleared
him for a trial. Pain today is 8/10. I reviewed the risks, including infection, lead migration and dural
puncture, and he signed consent. A time-out was done. No sedation; local anesthesia only.

Prone. Under fluoroscopy, after 15 mL of 1% lidocaine to the skin and tracts, two Tuohy needles entered the
epidural space at L1-2 by a paramedian approach and two 8-contact percutaneous leads were steered to the top of
T8 and the middle of T9. Intraoperative testing gave paresthesia over both legs and the low back. The leads were
anchored to the skin and connected to the external generator. After programming his pain was 3/10. No
complications. Seven-day trial; he will keep a pain diary.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 150)], pain=(8, 3),
        need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("63650", units=2), line("77003", "26")], findings=[], dos="2026-06-17", pos="24")

    add("fcn-h-va-01", "dictated prose", """
L1 KYPHOPLASTY

Osteoporotic compression fracture of L1, M80.08XA. She fell at home six weeks ago; since then she has had
severe midline back pain, cannot walk more than a few steps and has been mostly in a chair. A brace, scheduled
acetaminophen and tramadol have not brought the pain down. MRI shows marrow edema in the L1 body with about 30%
height loss and no retropulsion. Pain 9/10 this morning.

Consent was signed after we went over the risks, including cement leak. Time-out done.

Moderate sedation was given by me with an independent trained RN observing and monitoring throughout:
midazolam 2 mg and fentanyl 100 mcg IV in divided doses. Sedation start 09:02, end 09:34 (32 minutes).

Under biplanar fluoroscopy, after 10 mL of 1% lidocaine, bilateral transpedicular trocars were placed into L1.
Balloons were inflated to create cavities, with partial height restoration, and bone cement was placed into each
side under continuous lateral imaging. No cement outside the vertebral body.

Pain 4/10 in recovery. No complications.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                   imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 100)], pain=(9, 4),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        codes=[line("22514"), line("99152"), line("99153")], findings=[], dos="2026-02-26", pos="22",
        comment="Moderate sedation by the proceduralist, observer and 32 minutes: 99152 + 99153 x1.")

    add("fcn-h-pump-01", "dictated prose", """
Intrathecal pump refill and reprogramming.

Diagnosis: chronic pain syndrome, G89.4, with an implanted intrathecal morphine pump. She comes for her
scheduled refill and reports that the evening pain has crept back. Consent for the refill was reviewed and she
agreed; time-out done.

I interrogated the pump: reservoir volume as expected. Under sterile technique I accessed the reservoir port
with the template and a non-coring needle, withdrew the residual, and refilled the reservoir myself with 20 mL
of morphine 25 mg/mL. I then reprogrammed the pump, raising the daily dose by 10% with an evening bolus. Final
interrogation confirmed the new settings and the alarm date. No complications.
""", procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)], pain=(None, None), need=DX_ONLY,
        codes=[line("62370")], findings=[], dos="2026-09-30", pos="11")

    add("fcn-h-pump-02", "dictated prose", """
Two services today: intrathecal pump refill and trigger point injections.

Diagnoses: chronic pain syndrome with intrathecal hydromorphone pump, G89.4; myofascial pain of the left low
back and hip, M79.18.

Pump: refill done by our pump nurse under sterile technique; 18 mL of hydromorphone 10 mg/mL placed in the
reservoir. No programming changes were made.

Trigger points: on exam there are taut bands with a twitch and referred pain in the left quadratus lumborum
and the left gluteus medius. Pain before injection 6/10. She gave consent for both services and we did a
time-out. I injected each of the 2 muscles with 3 mL of 1% lidocaine (6 mL total). Pain after 3/10, about 50%
relief. No complications from either service.
""", procs=[proc("pump_refill"), proc("trigger_point", laterality="left", imaging="none")],
        drugs=[given("hydromorphone", 180), given("lidocaine", 60)], pain=(6, 3), need=DX_ONLY,
        codes=[line("95990"), line("20552")], findings=[], dos="2025-12-10", pos="11",
        comment="Refill by clinical staff without reprogramming: 95990; two muscles: 20552.")

    add("fcn-h-tpi-01", "dictated prose", """
Botox trigger point injections, left shoulder girdle.

Diagnosis: myofascial pain syndrome of the left shoulder girdle, M79.18, for more than a year. Exam shows taut
bands with twitch responses and referred pain in the left upper trapezius, the left rhomboid major and the left
infraspinatus. Lidocaine trigger point injections in the past helped only for a day or two. Pain today 7/10.

Consent signed. Time-out performed.

A 100-unit single-dose vial of onabotulinumtoxinA (Botox) was reconstituted with 2 mL of preservative-free
saline. 20 units were injected into each of the 3 muscles, 60 units in all; the remaining 40 units were
discarded and the waste was witnessed.

Pain after 5/10, 30% relief for now; the toxin effect is expected over the next two weeks. No complications.
""", procs=[proc("trigger_point", laterality="left", imaging="none")],
        drugs=[given("onabotulinumtoxinA", 60, "units")], pain=(7, 5), need=DX_ONLY,
        codes=[line("20553"), line("J0585", units=60), line("J0585", "JW", units=40)], findings=[],
        dos="2026-06-03", pos="11")

    add("fcn-h-sij-02", "dictated prose", """
Repeat bilateral sacroiliac joint injections, therapeutic.

Bilateral sacroiliitis, M46.1. Low back and buttock pain on both sides for over two years. A diagnostic SI
joint block in 2025 gave 80% relief. Her last therapeutic injections, in January, gave 70% relief that lasted
about four months before the pain returned. Physical therapy and NSAIDs before that did not help. Pain 7/10 today.

She signed consent; time-out done.

Prone, fluoroscopic guidance. Each SI joint was entered at its inferior pole; 0.5 mL of Omnipaque 240 on each
side confirmed intra-articular spread. On each side I injected 1 mL Kenalog-40 (40 mg, from a multi-dose vial)
with 2 mL of 0.25% bupivacaine, 80 mg of triamcinolone in all. AP and oblique views were saved for each side.

Pain 1/10 afterwards, 85% relief. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                   imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 10)],
        pain=(7, 1), need=("diagnosis", "symptom_duration"),
        codes=[line("27096", "50"), line("J3301", units=8)], findings=["conservative_care"], dos="2026-09-09",
        pos="11",
        comment="Repeat with a documented response (70% for about four months) and a diagnostic block of 80%.")

    add("fcn-h-gon-02", "dictated prose", """
Right greater occipital nerve block and right suprascapular nerve block, same visit.

Diagnoses: occipital neuralgia on the right, M54.81, and primary osteoarthritis of the right shoulder,
M19.011. Both have been troubling him for months. Pain 8/10 before.

We discussed both blocks and he signed consent; time-out covered both sites.

Greater occipital: by landmarks, no imaging, medial to the right occipital artery, 2 mL of 0.5% bupivacaine
with 10 mg of triamcinolone.

Suprascapular: under ultrasound, in plane to the suprascapular notch on the right, needle position image saved;
6 mL of 0.5% bupivacaine with 20 mg of triamcinolone.

Kenalog-40 came from a multi-dose vial: 30 mg triamcinolone and 8 mL of 0.5% bupivacaine given in total.

Pain 2/10 afterwards. No complications.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                   imaging="none"),
                proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                     imaging="ultrasound")],
        drugs=[given("bupivacaine", 40), given("triamcinolone_acetonide", 30)], pain=(8, 2), need=DX_ONLY,
        codes=[line("64405", "RT"), line("64418", "RT"), line("76942"), line("J3301", units=3)], findings=[],
        comment="Two blocks in one visit: each coded as its own family (the corpus conventions add no 59/X modifier); ultrasound with a saved image only for the suprascapular block.",
        dos="2026-10-21", pos="11")

    add("fcn-h-ilesi-01", "dictated prose", """
Cervical interlaminar epidural steroid injection at C6-7.

Cervical radiculopathy, M54.12. Six months of neck pain with pain shooting down the left arm into the thumb and
index finger, numbness in the same fingers and a diminished left biceps reflex. She can no longer drive because
she cannot turn her head, and she has stopped lifting her grandchild. MRI shows a left C6-7 disc osteophyte
complex with foraminal narrowing.

Pain 7/10. Consent signed, time-out done. No sedation.

Prone with the neck flexed. Under fluoroscopy an 18-gauge Tuohy needle entered the C6-7 interlaminar space by
loss of resistance to saline, paramedian on the left. Omnipaque 240, 2 mL, showed epidural spread with no
vascular or intrathecal pattern. Injected 60 mg triamcinolone with 2 mL of preservative-free saline. AP and
contralateral oblique images saved.

Pain 3/10 afterwards. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                   imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 60)], pain=(7, 3),
        need=minus(ESI_NEED, "conservative_care"), codes=[line("62321")], findings=["conservative_care"],
        dos="2026-03-18", pos="22")

    add("fcn-h-caudal-01", "dictated prose", """
Caudal epidural steroid injection.

Lumbar spinal stenosis with neurogenic claudication, M48.062. Five months of pain from both buttocks down the
back of both thighs when he walks, with numbness of both feet, forcing him to stop after half a block. Eight
weeks of physical therapy and meloxicam made no difference. MRI: severe central stenosis at L3-4 and L4-5.

Pain 6/10. Consent signed. Time-out done. No sedation.

Prone. Under fluoroscopy the sacral hiatus was entered with a 20-gauge Tuohy needle. Isovue-M 200, 3 mL,
filled the caudal canal and spread up to L5. Injected 80 mg Depo-Medrol with 5 mL of 1% lidocaine. Lateral and
AP images were saved.

Pain 2/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                   sedation="none")],
        drugs=[given("iopamidol", 3, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 50)],
        pain=(6, 2), need=ESI_NEED, codes=[line("62323"), line("J1040")], findings=[], dos="2024-02-20", pos="11")

    add("fcn-h-mbb-01", "dictated prose", """
Bilateral lumbar medial branch blocks, first diagnostic block.

Lumbar spondylosis without radiculopathy, M47.816. Axial low back pain for a year, worse with extension and
rotation, no leg symptoms. Six months of physical therapy and NSAIDs have not improved it. He has had to give
up golf and cannot stand at work longer than half an hour.

Pain 7/10 before. He gave consent; time-out done. No sedation.

Prone, fluoroscopic guidance. On each side 22-gauge needles were placed at the L3 and L4 medial branches and at
the L5 dorsal ramus, and 0.5 mL of 2% lidocaine was injected at each of the six nerves (3 mL total). This blocks
the L4-5 and L5-S1 facet joints on both sides.

Pain 1/10 thirty minutes later, 85% relief, with extension now painless. No complications.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                   levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(7, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2026-04-08", pos="24")

    add("fcn-h-rfa-01", "dictated prose", """
Left L4-5 and L5-S1 facet radiofrequency ablation.

Lumbar spondylosis, M47.816, with left axial low back pain for over two years. Two diagnostic medial branch
blocks this year gave 90% and then 85% relief. Physical therapy and NSAIDs had not helped; he cannot stand long
enough to cook a meal.

Pain 6/10. Consent signed; time-out done. No sedation.

Prone, fluoroscopy. RF cannulas were placed along the left L3 and L4 medial branches and the left L5 dorsal
ramus. Sensory stimulation reproduced his pain and motor testing showed no leg response. 1 mL of 2% lidocaine
at each site, then thermal lesions at 80 degrees for 90 seconds at each of the three nerves.

Pain 2/10 after. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                   levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(6, 2), need=SPINE_NEED,
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[], dos="2026-07-22", pos="22")

    add("fcn-h-tfesi-02", "dictated prose", """
Repeat right L3-4 transforaminal epidural steroid injection.

Lumbar disc herniation with radiculopathy, M51.16. Right anterior thigh pain into the knee for eight months,
with a weak right quadriceps and a positive femoral stretch test. The first injection at this level five
months ago gave 60% relief lasting four months. Before that, 10 weeks of physical therapy and gabapentin did
not help. He cannot climb stairs at home. MRI: right foraminal disc protrusion at L3-4 compressing the exiting
L3 root.

Pain 7/10. Consent signed, time-out done, no sedation.

Prone, fluoroscopy. The right L3-4 foramen was entered; Isovue-M 200, 1 mL, gave a clean perineural flow.
Dexamethasone 10 mg was injected from a single-dose 1 mL vial of 10 mg/mL; none was discarded. AP and lateral
images saved.

Pain 2/10 after. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                   levels=["L3-L4"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)], pain=(7, 2),
        need=ESI_NEED, codes=[line("64483", "RT"), line("J1100", "JZ", units=10)], findings=[],
        dos="2026-10-14", pos="11",
        comment="Repeat with a documented response (60% for four months); second ESI in 12 months.")

    add("fcn-h-mbb-02", "dictated prose", """
Right cervical medial branch blocks, diagnostic.

Cervical spondylosis without myelopathy or radiculopathy, M47.812. Right-sided neck pain for two years that
spreads to the shoulder blade, worse on looking up and turning right; no arm symptoms. Physical therapy for
three months and meloxicam failed. She can no longer work at a computer for more than an hour.

Pain 6/10. Consent signed; time-out done. No sedation.

Prone. Under fluoroscopy 25-gauge needles were placed at the waists of the right C3, C4 and C5 articular
pillars, targeting the C3, C4 and C5 medial branches, which supply the right C3-4 and C4-5 facet joints.
0.5 mL of 0.5% bupivacaine at each nerve (1.5 mL total).

Pain 1/10 after, with full rotation. No complications.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                   levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 7.5)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[], dos="2026-05-27", pos="24")

    add("fcn-h-ilesi-02", "dictated prose", """
Lumbar interlaminar epidural steroid injection at L5-S1.

Lumbosacral radiculopathy, M54.17. Seven months of pain down the back of the left leg to the heel, a reduced
left ankle reflex and a positive straight-leg raise on the left. Twelve weeks of physical therapy and
gabapentin brought no relief. She has stopped her walking group and cannot sit through a meal. MRI: left
paracentral L5-S1 disc herniation touching the S1 root.

Pain 8/10. Consent signed. Time-out done. No sedation.

Prone. Fluoroscopic guidance. A 20-gauge Tuohy needle entered the L5-S1 interlaminar space, left paramedian,
by loss of resistance. Omnipaque 240, 3 mL, showed epidural spread. Injected Kenalog-40, 2 mL (80 mg, from a
multi-dose vial), with 2 mL of 1% preservative-free lidocaine. Image saved.

Pain 3/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                   imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80), given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, codes=[line("62323"), line("J3301", units=8)], findings=["saved_images"],
        dos="2025-06-11", pos="11")
