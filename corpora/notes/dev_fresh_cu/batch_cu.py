"""Sealed batch `dev_fresh_cu` (`fcu-*`): precision notes with medical necessity written richly.

Fifteen notes in the seven structured styles (`fcu-<family>-NN`) and fifteen hand-dictated (`fcu-h-<family>-NN`).
Every note is fictional (no names, record numbers or birth dates). Durations, conservative care with its outcome,
functional impairment (patient quotes, ADL lists, ODI/NDI) and imaging are written in varied natural wordings;
eleven notes leave out exactly one element (the gold's `finding_elements`). Gold labelled from the text by the
rules of corpora/README.md and tools/goldkit.py, before and without any Painpoint run.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


FACET_DOC = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings")
SI_DOC = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment")


def _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    tf = dict(approach="transforaminal", imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")
    il = dict(imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")

    add("fcu-tfesi-01", "caps_headers", """
PROCEDURE: LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION UNDER FLUOROSCOPY

INDICATION: Left buttock and posterior leg pain running to the lateral foot, with tingling along the outer edge of
the sole. Symptoms began after a fall on ice in January 2025 and have persisted since. Straight-leg raise is positive
on the left at 40 degrees and the left ankle jerk is diminished.
CONSERVATIVE MANAGEMENT: Formal physical therapy twice weekly for 2 months, which gave no lasting benefit.
Meloxicam 15 mg daily for six weeks - stopped for dyspepsia without any change in the leg pain.
FUNCTION: She reports "I can't stand at the sink long enough to wash the dishes." Sitting is limited to 20 minutes;
she has stopped driving. ODI 48%.
IMAGING: MRI lumbar spine: left paracentral disc extrusion at L5-S1 displacing the descending left S1 nerve root;
mild left foraminal narrowing at the same level.
DIAGNOSIS: Lumbar intervertebral disc disorder with radiculopathy (M51.16); lumbosacral radiculopathy (M54.17).

CONSENT: Risks including infection, bleeding, nerve injury, headache and steroid effects were discussed; written
consent was obtained.
TIME-OUT: Performed with the team confirming patient, side and level.
TECHNIQUE: Prone. Sterile prep and drape. Skin anesthetized. Under fluoroscopic guidance a 22-gauge spinal needle was
advanced to the left L5-S1 neuroforamen in the subpedicular position. Omnipaque 240, 1.5 mL, showed epidural spread
along the S1 root without vascular uptake. Injected 1 mL Kenalog-40 (40 mg triamcinolone) with 1 mL of 1%
preservative-free lidocaine. AP and lateral images were saved.
SEDATION: None.
PAIN SCORES: 8/10 before, 3/10 after.
COMPLICATIONS: None. Discharged ambulatory.
""", procs=[proc("transforaminal_epidural", region="lumbar", laterality="left", levels=["L5-S1"], **tf)],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 10), given("iohexol", 1.5, "ml")],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "LT")], findings=[], dos="2026-02-10", pos="22")

    add("fcu-tfesi-02", "title_headers", """
Procedure Note - Right L4-L5 and L5-S1 Transforaminal Epidural Steroid Injection

History: Right leg pain radiating from the buttock down the anterolateral shin to the top of the foot, with numbness
over the great toe. Ongoing x 5 mos. Weak right great-toe extension (4/5) on exam; straight-leg raise positive on the
right.
Prior Treatment: Tried naproxen and a TENS unit - neither made a dent. Chiropractic x 12 visits over the winter with
minimal change. Home exercise program daily since then, still has the same leg pain.
Functional Status: "I can only walk to the mailbox and back." Needs help putting on socks and shoes; has given up
gardening and grocery shopping.
Diagnosis: Lumbar radiculopathy (M54.16).

Consent: Procedure, alternatives and risks reviewed; the patient signed consent.
Time Out: Completed prior to the start.
Technique: Prone position, sterile prep. Fluoroscopic guidance. A 22-gauge needle was directed to each of the right
L4-L5 and L5-S1 foramina. At each level 1 mL Isovue-M 200 outlined the exiting nerve root with no intravascular
pattern, and a mixture of 5 mg dexamethasone with 1 mL 0.25% bupivacaine was injected (two levels). Two views (AP
and lateral) saved to the record.
Sedation: None, local only.
Pain: 7/10 before, 2/10 after.
Complications: None.
Plan: Follow up in 3 weeks.
""", procs=[proc("transforaminal_epidural", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"], **tf)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 5), given("iopamidol", 2, "ml")],
        pain=(7, 2), need=minus(ESI_NEED, "imaging_findings"),
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", units=10)], findings=["imaging_findings"],
        dos="2025-06-03", pos="11")

    add("fcu-tfesi-03", "bullets", """
Bilateral L4-L5 transforaminal ESI

- Indication: pain down both legs along the L5 distribution, worse on the left, with paresthesias into both
  dorsal feet; neurogenic component confirmed by diminished pinprick over both L5 dermatomes
- Duration: for the better part of a year (since last winter)
- Conservative care: PT 3x/week for 6 weeks - pain unchanged at discharge; gabapentin titrated to 900 mg/day,
  discontinued because of dizziness; acetaminophen ineffective
- Function: cannot stand more than 10 minutes; stopped volunteering at the library; sleep broken by leg pain;
  ODI 52%
- MRI: L4-L5 broad-based disc bulge with facet hypertrophy causing moderate bilateral foraminal stenosis, contacting
  both exiting L4 roots and narrowing the lateral recesses
- Dx: lumbar foraminal stenosis with bilateral radiculopathy (M54.16)
- Consent: informed consent obtained and signed
- Time-out: done
- Sedation: none
- Fluoroscopy: bilateral L4-L5 foramina accessed; Omnipaque 300 1 mL per side confirmed epidural flow without
  vascular runoff
- Injectate per side: Celestone Soluspan 6 mg (1 mL) + 1% lidocaine 1 mL
- Images: AP and oblique views stored
- Pain 6/10 pre, 2/10 post
- No complications; walked out with a steady gait
""", procs=[proc("transforaminal_epidural", region="lumbar", laterality="bilateral", levels=["L4-L5"], **tf)],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 12), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(6, 2), need=ESI_NEED, codes=[line("64483", "50")], findings=[], dos="2025-11-18", pos="24")

    add("fcu-ilesi-01", "dictated", """
Lumbar interlaminar epidural steroid injection at L5-S1.

This is a patient with low back pain and pain shooting into the left calf and heel, with numbness in the lateral
foot, present since the spring of last year. On examination the left Achilles reflex is absent and straight-leg
raising reproduces the calf pain at 45 degrees. She has been doing physical therapy and takes naproxen. She tells
me the pain "takes over the whole day"; she can no longer vacuum, carry laundry up the stairs or sit through a
church service, and her Oswestry score today is 44%. MRI of the lumbar spine shows an L5-S1 left subarticular disc
protrusion compressing the left S1 nerve root. Diagnosis: lumbar disc herniation with radiculopathy, M51.16.

Consent was reviewed and signed after discussing risks and alternatives. A time-out was completed. No sedation was
given. In the prone position, after sterile prep, the L5-S1 interlaminar space was identified under fluoroscopy and
a 20-gauge Tuohy needle was advanced with loss of resistance to saline. Omnipaque 240, 2 mL, showed epidural spread
on the lateral view with no intrathecal or vascular uptake. Depo-Medrol 80 mg (2 mL of 40 mg/mL) with 3 mL of
preservative-free saline was injected. AP and lateral images were saved. Pain went from 8/10 to 4/10. No
complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"], **il)],
        drugs=[given("methylprednisolone_acetate", 80), given("iohexol", 2, "ml")],
        pain=(8, 4), need=minus(ESI_NEED, "conservative_care"), codes=[line("62323"), line("J1010", units=80)],
        findings=["conservative_care"], dos="2024-09-12", pos="11")

    add("fcu-ilesi-02", "inline_fields", """
Procedure: Cervical interlaminar epidural steroid injection, C7-T1 | Guidance: fluoroscopy | Sedation: none
Symptoms: Left neck pain radiating over the shoulder and down the radial forearm into the thumb and index finger;
decreased left biceps reflex, Spurling positive on the left. Onset: started after lifting a window AC unit in late
August; now roughly 4 months.
Conservative care: 8 weeks of PT including traction - no lasting relief. Cyclobenzaprine caused sedation and was
stopped. Prednisone taper in October helped for a few days only.
Function: "I can't turn my head to back the car out." Unable to work overhead at her job; dropping objects with the
left hand; NDI 40%.
Imaging: MRI C-spine - C5-C6 left foraminal disc-osteophyte complex with severe left foraminal narrowing, abutting
the exiting left C6 root.
Diagnosis: Cervical radiculopathy (M54.12).
Consent: written consent on file after risks discussed. Time-out: completed with all staff.
Technique: Prone, sterile prep. C7-T1 interlaminar space entered with an 18-gauge Tuohy needle by loss of resistance
under contralateral oblique and AP fluoroscopy. Isovue-M 300 1.5 mL confirmed epidural spread. Injected
dexamethasone 10 mg (1 mL) with 2 mL preservative-free normal saline. Images: AP and contralateral oblique saved.
Pain: pre 7/10 | post 3/10. Complications: none.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"], **il)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 1.5, "ml")],
        pain=(7, 3), need=ESI_NEED, codes=[line("62321")], findings=[], dos="2026-04-21", pos="22")

    add("fcu-caudal-01", "odd_spacing", """
CAUDAL   EPIDURAL   STEROID   INJECTION

Indication :   Neurogenic claudication -  aching and heaviness in   both buttocks and thighs  after walking
about 100 feet, eased  by sitting or leaning on a cart.   Present  for over a year.
Conservative   tx :  PT  x  10 weeks  with no meaningful  improvement ;   NSAIDs  not tolerated  (GI
bleed  history) ;  acetaminophen  ineffective.
Function :  "I have to sit down halfway through the store."   Quit her walking group ;  cannot stand to cook a meal.
MRI :   severe central  canal stenosis at L3-L4 and L4-L5 from  ligamentum flavum hypertrophy and a  disc bulge.
Dx :   Spinal stenosis , lumbar region , with neurogenic claudication  (M48.062).

Consent :  signed  after risks and benefits discussed .
Time  out :  performed .
Sedation :  none .
Procedure :   Prone.   Sacral hiatus identified under  fluoroscopy ;  a 20 g  Tuohy  needle  entered the caudal
epidural  space.   Omnipaque 240   3 mL  confirmed  cephalad epidural  spread ,  no vascular  uptake.
Injected  Kenalog  80 mg  (2 mL)  +  0.25%  bupivacaine  5 mL  +  5 mL  preservative-free saline.
AP and lateral  images  retained.
Pain :   6/10  before ,   3/10  after.
Complications :  none .
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", **il)],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 12.5), given("iohexol", 3, "ml")],
        pain=(6, 3), need=ESI_NEED, codes=[line("62323")], findings=[], dos="2025-03-05", pos="24")

    add("fcu-mbb-01", "attestation", """
Bilateral L4-L5 and L5-S1 diagnostic medial branch blocks (first diagnostic block).

Axial low back pain, worse with extension and twisting, no radiation below the knees; facet loading provokes it
bilaterally. Duration: since March of last year (about 10 months). She completed 12 weeks of physical therapy and
a home core program, which gave no lasting benefit; ibuprofen and a lidocaine patch - neither made a dent. "Standing
at work is the worst - I have to lean on the counter." Unable to lift her grandchild or do yard work; ODI 38%.
MRI: moderate bilateral facet arthropathy at L4-L5 and L5-S1 with small effusions; no neural compression.
Diagnosis: lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Informed consent obtained. Time-out performed. No sedation. Under fluoroscopic guidance 22-gauge needles were
placed on the bilateral L3 and L4 medial branches and the L5 dorsal rami (six nerves). Omnipaque 240, 0.3 mL per
site, confirmed position without vascular spread, then 0.5 mL of 0.5% bupivacaine was injected at each nerve.
Pain 6/10 before and 1/10 at 30 minutes. No complications. Pain diary given.

I personally performed the procedure and attest that the above is accurate. Electronically signed.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15), given("iohexol", 1.8, "ml")], pain=(6, 1), need=FACET_DOC,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2026-01-13", pos="22")

    add("fcu-mbb-02", "caps_headers", """
PROCEDURE: RIGHT C4-C5 AND C5-C6 CONFIRMATORY DIAGNOSTIC MEDIAL BRANCH BLOCKS

HISTORY: Right-sided axial neck pain with occipital spread, no arm symptoms, worse looking up and over the right
shoulder. Started after a rear-end collision in mid-2024, constant since. Tried PT x 8 weeks, which gave only
partial, short-lived relief; naproxen and a muscle relaxant - no meaningful change.
IMAGING: Cervical radiographs and MRI - right-sided facet arthropathy at C4-C5 and C5-C6; discs preserved.
PRIOR BLOCK: The first diagnostic right C4-C5/C5-C6 medial branch block (lidocaine) gave 90% relief for 5 hours.
DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

CONSENT: Obtained in writing.
TIME OUT: Done.
SEDATION: None.
TECHNIQUE: Prone. Under fluoroscopic guidance with lateral views, 25-gauge needles were placed on the right C4, C5
and C6 medial branches at the articular pillar waists. No contrast was used. 0.3 mL of 2% lidocaine at each nerve.
PAIN: 5/10 before, 1/10 after.
COMPLICATIONS: None.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", contrast=False, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 18)], pain=(5, 1), need=minus(FACET_DOC, "functional_impairment"),
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["functional_impairment"],
        dos="2025-08-20", pos="24")

    add("fcu-rfa-01", "title_headers", """
Procedure: Left L3-L4 and L4-L5 Lumbar Medial Branch Radiofrequency Ablation

Indication: Chronic left-sided low back pain with referral to the left buttock, no radicular features. Duration:
more than two years. Care to date: PT for 3 months which gave no lasting benefit, chiropractic x 6 visits with
minimal change, celecoxib for a year - stopped for rising blood pressure.
Function: "Bending to load the dishwasher is impossible." Can no longer mow the lawn or stand through a work shift;
ODI 46%.
Imaging: MRI - left L3-L4 and L4-L5 facet hypertrophy with joint fluid.
Diagnostic Blocks: Two diagnostic left L2, L3 and L4 medial branch blocks: 85% relief (lidocaine, 2 hours) and 90%
relief (bupivacaine, 6 hours).
Diagnosis: Lumbar spondylosis (M47.816).
Consent: Signed consent after discussion of risks including neuritis and numbness.
Time Out: Performed.
Sedation: None.
Technique: Prone, sterile prep. Under fluoroscopy, 18-gauge RF cannulas were placed parallel to the left L2, L3
and L4 medial branches. Motor testing at 2 Hz showed no leg contraction. Each nerve received 1 mL of 2% lidocaine,
then conventional thermal lesioning at 80 degrees C for 90 seconds.
Pain Scores: 7/10 pre, 4/10 post.
Complications: None.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left", levels=["L3-L4", "L4-L5"],
                 imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(7, 4), need=FACET_DOC,
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[], dos="2025-10-07", pos="22")

    add("fcu-rfa-02", "bullets", """
Bilateral L4-L5 / L5-S1 radiofrequency neurotomy

- Pain: bilateral low back pain across the belt line, axial, aggravated by standing and extension
- Conservative care: 8 weeks of physical therapy - no lasting improvement; meloxicam and a TENS unit - neither
  helped; weight-loss program ongoing
- Function: "I can't get through a grocery trip without stopping." Unable to stand to cook, to garden or to sleep
  more than 3 hours; ODI 42%
- Imaging: CT lumbar spine - bilateral facet arthrosis L4-L5 and L5-S1
- Diagnostic blocks: bilateral L3, L4 medial branch + L5 dorsal ramus blocks x 2 - 80% and 85% relief
- Dx: lumbar facet arthropathy (M47.816)
- Consent: signed
- Time-out: done
- Sedation: none
- Technique: fluoroscopic guidance; cannulas to bilateral L3 and L4 medial branches and L5 dorsal rami; sensory
  and motor testing appropriate; 1 mL 1% lidocaine per nerve; thermal RF 85 C x 90 sec at each of 6 sites
- Pain 6/10 pre, 3/10 post
- Complications: none
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(6, 3), need=minus(FACET_DOC, "symptom_duration"),
        codes=[line("64635", "50"), line("64636", "50")], findings=["symptom_duration"], dos="2026-05-28", pos="24")

    add("fcu-si-01", "dictated", """
Left sacroiliac joint injection, diagnostic.

She has had left buttock pain just below the posterior superior iliac spine since she slipped on stairs in
January 2024, so roughly a year now. Physical therapy with pelvic stabilization for 10 weeks gave no lasting
benefit, and diclofenac gel plus oral naproxen did nothing for it. Three of five provocation tests are positive on
the left (thigh thrust, compression, FABER). She struggles with stairs and getting in and out of the car, and she
says "rolling over in bed wakes me every night." Diagnosis: sacroiliitis, M46.1.

Consent was obtained after risks were explained. Time-out completed. No sedation. Prone, sterile prep; under
fluoroscopy a 22-gauge needle entered the inferior left SI joint. Omnipaque 240, 1 mL, outlined the joint with
an intra-articular arthrogram. Injected 40 mg triamcinolone (Kenalog-40, 1 mL) and 2 mL of 0.5% bupivacaine. AP
and oblique images were saved. Pain was 7/10 before and 1/10 afterwards, 85% relief. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 10), given("iohexol", 1, "ml")],
        pain=(7, 1), need=SI_DOC, codes=[line("27096", "LT"), line("J3301", units=4)], findings=[],
        dos="2025-01-22", pos="11")

    add("fcu-si-02", "inline_fields", """
Procedure: Right SI joint injection, therapeutic | Guidance: fluoroscopy | Sedation: none
History: Right sacroiliac pain, constant since the fall of 2024; 4/5 provocation maneuvers positive.
Prior care: PT x 3 mo, completed, pain unchanged; chiropractic adjustments - minimal change; ibuprofen - gastritis,
stopped.
Function: "I can't sit through my grandson's ball game." Difficulty with stairs, dressing and driving.
Diagnostic block: right SI diagnostic injection on 2026-03-10 - 85% relief; the benefit lasted four months.
Dx: Sacroiliitis, right (M46.1).
Consent: signed. Time-out: completed.
Technique: Prone, sterile prep; 22 g spinal needle into the inferior right SI joint under fluoroscopy; Isovue-M 200
1 mL confirmed intra-articular spread; injected dexamethasone 10 mg + 1 mL 0.5% ropivacaine. Image saved.
Pain: pre 6/10 | post 2/10 | relief 70%.
Complications: none.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("ropivacaine", 5), given("iopamidol", 1, "ml")],
        pain=(6, 2), need=SI_DOC, codes=[line("27096", "RT")], findings=["saved_images"], dos="2026-07-09", pos="22")

    add("fcu-gnb-01", "odd_spacing", """
RIGHT   GENICULAR   NERVE   BLOCK

Indication :  right knee pain  for 3 years ,  end-stage osteoarthritis ,  not a surgical candidate  (cardiac risk).
Tried :  PT x 8 wk  -  no change ;   two intra-articular steroid injections  -  relief lasted under 3 weeks ;
tramadol  -  constipation ,  stopped.
Function :   "I can't get up from a chair without pushing off."   Cannot kneel ,   walks one block .
Dx :  Primary osteoarthritis ,  right knee  (M17.11).
Consent :   obtained .    Time out :   performed .    Sedation :  none.
Technique :   Supine ,  knee  flexed  on a bolster.   Under  fluoroscopy ,   22 g needles  to the superomedial ,
superolateral  and  inferomedial  genicular nerves  at the metaphysis - diaphysis  junctions.
0.5%  bupivacaine  2 mL  at each nerve  (6 mL total).
Pain :   7/10  pre ,   2/10  post.
Complications :  none .
Plan :   if relief is 50% or more ,  genicular RFA.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy", sedation="none")],
        drugs=[given("bupivacaine", 30)], pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care",
                                                               "functional_impairment"),
        codes=[line("64454", "RT")], findings=[], dos="2026-03-03", pos="11")

    add("fcu-onb-01", "attestation", """
Bilateral greater occipital nerve blocks.

Occipital neuralgia, bilateral (M54.81): paroxysmal shooting pain from the suboccipital region over the vertex
several times a day for the past 8 months, tender over both greater occipital nerves with Tinel sign. Gabapentin
caused fogginess; amitriptyline gave no benefit. She misses two to three workdays a month.

Risks, benefits and alternatives were discussed and consent was obtained. No sedation, no imaging - landmark
technique medial to the occipital artery on each side. On each side 2 mL of 0.5% bupivacaine with 10 mg
triamcinolone (0.25 mL of Kenalog-40) was injected after negative aspiration. Pain 8/10 before, 3/10 after.
No complications; scalp numbness noted bilaterally.

I attest that I performed this procedure and the note is accurate.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none", sedation="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)], pain=(8, 3),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64405", "50"), line("J3301", units=2)], findings=["time_out"], dos="2025-12-02", pos="11")

    add("fcu-tpi-01", "caps_headers", """
PROCEDURE: TRIGGER POINT INJECTIONS, RIGHT NECK (3 MUSCLES)

INDICATION: Myofascial pain syndrome of the right neck, 6 months, with palpable taut bands and referred pain into
the right temple; home stretching and massage therapy x 6 sessions gave no lasting relief.
DIAGNOSIS: Myalgia of the neck muscles (M79.12).
CONSENT: Verbal and written consent obtained.
TIME OUT: Completed.
TECHNIQUE: Trigger points identified by palpation in the right upper trapezius, right levator scapulae and right
splenius capitis. A 25-gauge needle was used; 2 mL of 1% lidocaine injected into each (3 muscles, 6 mL total).
PAIN: 7/10 before, 3/10 after; about 60% relief.
COMPLICATIONS: None.
""", procs=[proc("trigger_point", region="cervical", imaging="none")],
        drugs=[given("lidocaine", 60)], pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("20553")], findings=[], dos="2024-11-14", pos="11")


def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    tf = dict(approach="transforaminal", imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")
    il = dict(imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")

    add("fcu-h-tfesi-01", "hand_prose", """
Left L4-5 and L5-S1 transforaminal epidural steroid injection

Sixty-something woman with left leg pain that wraps from the hip down the outside of the calf into the big toe and
the heel, with pins and needles in the same distribution. She traces it to moving furniture around Thanksgiving,
so it has been going on close to six months. Her left EHL is 4/5 and the left ankle reflex is trace. She did PT
twice weekly from January through March without any lasting benefit, and ibuprofen and then gabapentin did not
touch the leg pain (the gabapentin also made her unsteady). She says she "can't stand long enough to shower" and she
has had to stop her part-time cashier job; she needs a cane on bad days. MRI from February shows a left
foraminal disc protrusion at L4-5 contacting the exiting left L4 root and a left paracentral protrusion at L5-S1
touching the left S1 root.
Diagnosis: lumbosacral radiculopathy, M54.17.

After we went over risks and benefits she signed the consent. Time-out done. No sedation. Prone, prepped and draped.
Using fluoroscopy I placed 22-gauge needles in the left L4-5 and L5-S1 foramina; 1 mL Omnipaque 240 at each level
gave a clean neurogram with no vascular flow. At each level I injected 40 mg Depo-Medrol with 1 mL 1% lidocaine.
AP and lateral pictures saved. She went from 8/10 to 3/10. No complications.
""", procs=[proc("transforaminal_epidural", region="lumbar", laterality="left", levels=["L4-L5", "L5-S1"], **tf)],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT"), line("J1040")], findings=[],
        dos="2023-05-16", pos="11")

    add("fcu-h-tfesi-02", "hand_shorthand", """
R S1 TFESI

S/p fall off a ladder 2/2026 -> R buttock/post thigh/calf pain to lat foot, numb sole, R ankle jerk absent, +SLR R.
Sx ~7 mo. Failed: PT 2x/wk x 10 wk (no relief), meloxicam x 6 wk (no help), medrol dosepak (helped 3 days only).
Fxn: "can't sit thru a movie", can't mow/garden, sleep broken 3x/night.
MRI: R L5-S1 paracentral extrusion, compresses R S1 root.
Dx: lumbosacral radiculopathy R (M54.17).
Consent signed. Time out. No sedation.
Prone, fluoro, 22g needle via R S1 foramen. Omnipaque 240 1 mL: neurogram along S1, no vasc. Dexamethasone 10 mg +
1% lido 1 mL. AP/lat imgs saved.
Pain 6/10 -> 2/10. No cx.
""", procs=[proc("transforaminal_epidural", region="sacral", laterality="right", levels=["S1"], **tf)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10), given("iohexol", 1, "ml")],
        pain=(6, 2), need=ESI_NEED, codes=[line("64483", "RT")], findings=[], dos="2026-09-30", pos="22")

    add("fcu-h-tfesi-03", "hand_prose", """
Repeat right L5-S1 transforaminal epidural steroid injection

He returns for a repeat injection. The first right L5-S1 TFESI in January gave him 70% relief of the leg pain for
about four months before the burning down the back of the right leg into the lateral foot came back. The sciatica
itself has now been present for the better part of a year. Before the first injection he had finished eight weeks
of physical therapy that did not help, and naproxen upset his stomach. He is again unable to walk his dog more than
a block, he sleeps in a recliner, and he told me "I'm back to dragging the right leg around." Right ankle reflex
remains depressed with a positive right slump test. MRI: right foraminal and subarticular disc herniation at L5-S1
impinging the right S1 root. Diagnosis: lumbar disc herniation with radiculopathy, M51.16.

Consent was obtained in writing. Time-out completed. No sedation. Under fluoroscopic guidance a 22-gauge needle was
advanced into the right L5-S1 foramen; 1 mL of Isovue-M 200 spread along the nerve root without vascular uptake.
Then 40 mg Kenalog mixed with 1 mL 0.25% bupivacaine was injected. AP and lateral images saved. Pain before the
procedure 7/10. No complications; he walked to recovery.
""", procs=[proc("transforaminal_epidural", region="lumbar", laterality="right", levels=["L5-S1"], **tf)],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5), given("iopamidol", 1, "ml")],
        pain=(7, None), need=ESI_NEED, codes=[line("64483", "RT")], findings=["post_procedure_pain_score"],
        dos="2026-06-16", pos="24")

    add("fcu-h-tfesi-04", "hand_prose", """
Left L3-4 transforaminal epidural injection

Pain in the left groin and front of the thigh down to the inner knee, with a weak left quad (4/5) and a reduced
left knee jerk; femoral stretch test positive on the left. This has been going on since early October, so about
20 weeks. Six weeks of physical therapy made no difference and she could not tolerate duloxetine (nausea).
Celecoxib gave her nothing. She cannot climb the stairs to her bedroom and now sleeps on the couch; she says
"my left leg buckles when I get out of the car." MRI shows a far-lateral disc protrusion at L3-4 on the left
compressing the exiting left L3 nerve root. Diagnosis: lumbar radiculopathy, M54.16.

Time-out completed. No sedation. Prone. Under fluoroscopy a 22-gauge needle was placed in the left L3-4 foramen.
Omnipaque 300, 1 mL, showed epidural and perineural flow without vascular uptake. Dexamethasone 10 mg with 1 mL of
1% lidocaine was injected. AP and lateral views saved. Pain 6/10 before, 2/10 after. No complications.
""", procs=[proc("transforaminal_epidural", region="lumbar", laterality="left", levels=["L3-L4"], **tf)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10), given("iohexol", 1, "ml")],
        pain=(6, 2), need=ESI_NEED, codes=[line("64483", "LT")], findings=["consent"], consent=False,
        dos="2025-02-25", pos="22")

    add("fcu-h-ilesi-01", "hand_prose", """
L4-5 interlaminar epidural steroid injection

He has had pain running from the low back into both thighs and down the left shin, with numbness on the top of the
left foot, for about 9 months, since he shoveled heavy snow last winter. Left EHL weakness 4/5; straight leg raise
positive on the left. He went through a full course of physical therapy, three times a week for six weeks, and got
nowhere; naproxen was stopped because of his kidneys and tramadol just made him sleepy. His words: "I used to walk
two miles, now I can't get to the end of the driveway." He has stopped golfing, needs help with putting on shoes,
and his ODI is 54%. MRI: central and left paracentral disc herniation at L4-5 with moderate canal narrowing and
compression of the traversing left L5 root. Diagnosis: lumbar disc herniation with radiculopathy (M51.16).

We discussed the risks, including dural puncture, and he gave written consent. Time-out performed. No sedation.
Prone. Under fluoroscopy the L4-5 interlaminar space was entered with a 20-gauge Tuohy using loss of resistance.
Omnipaque 240, 2 mL, confirmed epidural spread on the lateral view. I injected 80 mg triamcinolone (2 mL Kenalog-40)
with 2 mL preservative-free saline. Two views, AP and lateral, saved. Pain 7/10 before and 3/10 after. No
complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"], **il)],
        drugs=[given("triamcinolone_acetonide", 80), given("iohexol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("J3301", units=8)], findings=[],
        dos="2026-10-20", pos="11")

    add("fcu-h-ilesi-02", "hand_shorthand", """
CESI C6-7 IL

Hx: R neck pain -> R triceps/dorsal forearm/middle finger, tingling, R triceps 4/5, triceps jerk down. Onset after
MVC 7/2023, ~7 mo. PT x 3 mo (no change), chiro x 12 visits (minimal change), NSAIDs (dyspepsia, d/c'd).
Fxn: can't lift grandkid, drops cups R hand, can't sleep on R side; NDI 38%. "I can't hold the steering wheel."
MRI C-spine: R C6-7 foraminal HNP compressing exiting R C7 root.
Dx: cervical radiculopathy (M54.12).
Consent signed. Time-out. No sedation.
Prone, fluoro AP + contralat oblique; 18g Tuohy C6-7 interlaminar, LOR to saline. Isovue-M 300 1 mL epidural spread.
Kenalog 40 mg + 2 mL NS. 2 views saved.
Pain 6 -> 3 /10. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"], **il)],
        drugs=[given("triamcinolone_acetonide", 40), given("iopamidol", 1, "ml")],
        pain=(6, 3), need=ESI_NEED, codes=[line("62321")], findings=[], dos="2024-02-08", pos="24")

    add("fcu-h-mbb-01", "hand_prose", """
Left L3-4 and L4-5 diagnostic medial branch block

Left-sided axial low back pain, no leg symptoms, reproduced by extension-rotation to the left, for well over a
year (she dates it to a move in the summer of 2025). She did twelve sessions of physical therapy across six weeks
with no lasting change, and tizanidine and ibuprofen were equally disappointing. She can no longer vacuum, unload
the car or stand through church, and describes it as "a hot knife every time I straighten up." ODI 40%.
X-ray and MRI: left-predominant facet arthropathy at L3-4 and L4-5. Diagnosis: lumbar spondylosis without
myelopathy or radiculopathy, M47.816. This is her first diagnostic block.

Consent signed. Time-out done. No sedation. Under fluoroscopy, 22-gauge needles to the left L2, L3 and L4 medial
branches at the junction of the transverse and superior articular processes; 0.5 mL of 2% lidocaine at each.
Pain 6/10 before, 1/10 after 20 minutes. No complications. Diary given.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30)], pain=(6, 1), need=FACET_DOC,
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[], dos="2026-08-11", pos="11")

    add("fcu-h-facet-01", "hand_shorthand", """
R L4-5, L5-S1 facet jt inj (intra-articular), diagnostic

Axial LBP R > L, no radic sx, worse w/ standing/extension, since 2022 (> 3 yr). PT x 10 wk (no relief), HEP (no
help), naproxen/cyclobenzaprine (no change). Fxn: can't stand to cook > 10 min, quit bowling league, ODI 36%.
MRI: R L4-5, L5-S1 facet hypertrophy + effusions.
Dx: lumbar spondylosis w/o myelopathy/radiculopathy (M47.816).
Consent signed. Time out done. No sedation.
Fluoro, 22g needles into R L4-5 and L5-S1 facet jts; Omnipaque 240 0.3 mL each - arthrogram. 0.75 mL 0.5%
bupivacaine each jt.
Pain 7/10 -> 2/10. No complications.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 7.5), given("iohexol", 0.6, "ml")], pain=(7, 2), need=FACET_DOC,
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[], dos="2025-05-06", pos="22")

    add("fcu-h-rfa-01", "hand_prose", """
Right C5-6 and C6-7 cervical medial branch radiofrequency ablation

Right-sided neck pain into the shoulder blade, no arm symptoms, for four years now. She did two separate courses of
physical therapy, each about eight weeks, that gave only short-lived relief, and acupuncture that did nothing;
NSAIDs are off the table because of her kidneys. She cannot check her blind spot while driving, gave up painting,
and has trouble reading in bed; NDI 44%. MRI: right C5-6 and C6-7 facet arthropathy. Two diagnostic right C5, C6
and C7 medial branch blocks gave 90% and then 85% relief, each lasting the expected duration of the anesthetic.
Diagnosis: cervical spondylosis without myelopathy or radiculopathy, M47.812.

Written consent obtained. Time-out. No sedation was used. Prone, under fluoroscopy with lateral views, RF cannulas
were placed along the right C5, C6 and C7 medial branches. Motor stimulation negative for arm contraction. 0.5 mL
of 2% lidocaine at each nerve, then thermal lesions at 85 C for 90 seconds. Pain 6/10 before, 4/10 after.
No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30)], pain=(6, 4), need=FACET_DOC,
        codes=[line("64633", "RT"), line("64634", "RT")], findings=[], dos="2026-02-24", pos="24")

    add("fcu-h-rfa-02", "hand_shorthand", """
Repeat B/L L4-5, L5-S1 RFA

Prior B/L L4-5/L5-S1 RFA 10/2025: 70% relief x ~10 mo, now pain back to baseline. Axial LBP since 2019, no radic sx.
Tried PT x 12 wk (no lasting relief), chiro (min change), NSAIDs (GI upset).
Fxn: can't stand > 15 min, can't carry groceries, stopped walking for exercise; ODI 40%.
MRI: B/L facet arthropathy L4-5, L5-S1.
Dx: lumbar spondylosis (M47.816).
Consent signed. Time-out. No sedation.
Fluoro; 18g cannulas to B/L L3, L4 MB + L5 DR; motor testing neg; 1 mL 1% lido each; thermal RF 80 C x 90 s each.
Pain 7/10 -> 4/10.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(7, 4), need=FACET_DOC,
        codes=[line("64635", "50"), line("64636", "50")], findings=["complications"], complications=None,
        dos="2026-11-03", pos="22")

    add("fcu-h-si-01", "hand_prose", """
Bilateral sacroiliac joint injections, therapeutic

Pain over both SI joints, worse on the right, since a pregnancy years ago and steadily worse for the past 18 months.
She did pelvic-floor and stabilization PT for three months with no lasting change; naproxen and a sacroiliac belt
did little. She cannot sit through a drive longer than 20 minutes, has stopped her water aerobics and stairs are a
struggle. In late February diagnostic bilateral SI joint injections gave her 80% relief, and that benefit held for
fourteen weeks before it faded. Diagnosis: sacroiliitis, bilateral, M46.1.

Consent was signed. Time-out performed. No sedation. Prone, sterile prep. Under fluoroscopy 22-gauge needles were
placed in the inferior portion of each SI joint; 0.5 mL Isovue-M 200 per side showed intra-articular spread. Each
side received 40 mg Depo-Medrol with 1 mL 0.25% bupivacaine. AP and oblique images saved. Pain 7/10 before, 2/10
after - about 75% relief. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("bupivacaine", 5), given("iopamidol", 1, "ml")],
        pain=(7, 2), need=SI_DOC, codes=[line("27096", "50"), line("J1010", units=80)], findings=[],
        dos="2024-06-25", pos="11")

    add("fcu-h-si-02", "hand_shorthand", """
R SIJ inj, diagnostic

R buttock pain below PSIS, no radiation past knee, since 1/2025 (~8 mo). 4/6 provocation tests +.
Failed PT x 8 wk (no improvement), ibuprofen (no help), heat/stretching (no help).
Fxn: "can't get out of a low chair", trouble w/ stairs + dressing.
Dx: sacroiliitis R (M46.1).
Consent signed. Time-out. No sedation.
Prone, fluoro; 22g into inferior R SIJ; Omnipaque 240 0.5 mL arthrogram; Kenalog 40 mg + 0.5% bupivacaine 2 mL.
AP + oblique views saved.
Post: 1/10, 90% relief. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 10), given("iohexol", 0.5, "ml")],
        pain=(None, 1), need=SI_DOC, codes=[line("27096", "RT")], findings=["pre_procedure_pain_score"],
        dos="2025-09-09", pos="24")

    add("fcu-h-knee-01", "hand_prose", """
Left knee intra-articular injection under ultrasound

Left knee pain from osteoarthritis for about 5 years, worse this past year. She has done a home exercise program
and 6 weeks of PT, takes acetaminophen, and used diclofenac gel, none of which helped enough. She can no longer
kneel in the garden and walks about two blocks. Diagnosis: primary osteoarthritis of the left knee, M17.12.

Consent obtained. Time-out done. No sedation. Supine, knee slightly flexed. With ultrasound guidance in the
superolateral approach a 22-gauge needle was advanced into the suprapatellar recess; needle position was confirmed
and an image saved to the record. Injected 40 mg triamcinolone (Kenalog-40, 1 mL single-dose vial, entire vial
used, none wasted) with 4 mL of 1% lidocaine. Pain 8/10 before, 3/10 after. No complications.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound",
                 sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(8, 3),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20611", "LT"), line("J3301", "JZ", units=4)], findings=[], dos="2026-01-08", pos="11")

    add("fcu-h-lsb-01", "hand_prose", """
Left L3 lumbar sympathetic block

Complex regional pain syndrome type I of the left lower limb (G90.522) after an ankle fracture last spring: burning
pain, allodynia, color and temperature change and swelling of the left foot, present for 10 months. Desensitization
therapy and gabapentin have not helped. She cannot bear a sock or bedsheet on the foot and walks with crutches.

Consent signed. Time-out completed. No sedation. Prone. Under fluoroscopy a 22-gauge needle was advanced to the
anterolateral border of the L3 vertebral body on the left. Omnipaque 240, 3 mL, showed a linear prevertebral
spread without vascular uptake. Injected 10 mL of 0.25% bupivacaine in divided doses. The left foot warmed by
3 degrees C. Pain 8/10 before, 4/10 after. No complications.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left", levels=["L3"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("bupivacaine", 25), given("iohexol", 3, "ml")], pain=(8, 4),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64520"), line("77002", "26")], findings=[], dos="2025-04-15", pos="22")

    add("fcu-h-tpi-01", "hand_shorthand", """
TPI L glute med + L quadratus lumborum (2 muscles)

L low back/buttock myofascial pain ~4 mo, taut bands w/ twitch response L glute med and L QL. Stretching/massage
x 6 wk (no lasting help).
Dx: myofascial pain, lumbar/gluteal (M79.18).
Consent verbal + written. Time out. 
25g needle; 0.25% bupivacaine 3 mL into each of the 2 muscles.
Pain 6/10 -> 3/10. No complications.
""", procs=[proc("trigger_point", region="lumbar", imaging="none")],
        drugs=[given("bupivacaine", 15)], pain=(6, 3), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("20552")], findings=["percent_relief"], dos="2026-05-12", pos="11")
