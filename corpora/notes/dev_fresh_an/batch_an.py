"""Notes of the sealed final-check batch an (round 7): wordings of our own in five source-style families, six
notes each: (1) procedure, levels and side only in titles/header fields/placeholders; (2) dose arithmetic and
documentation elements in varied forms with negated, hypothetical, historical and family mentions; (3) unusual
formatting; (4) coding edge cases; (5) sources of earlier rounds. Gold labelled by hand before any Painpoint run;
the `findings` of each `add` are the deliberate gaps (and the coding findings a coder would raise)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _titles(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _doses(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _formatting(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _edges(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _sources(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _titles(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Style 1: procedure, side and levels sit in the title, header fields or template placeholders."""
    add("fan-tfesi-01", "header_fields", """
PROCEDURE TITLE: Right L4-L5 and L5-S1 transforaminal epidural steroid injection (fluoroscopic)
SIDE: Right          LEVELS: L4-5, L5-S1          SETTING: office
DIAGNOSIS: Lumbar disc herniation with radiculopathy (M51.16)
HISTORY: Pain from the right hip down the outer thigh and shin onto the top of the foot for 3 months, with
numbness over the great toe and weak toe extension on that side. A six-week course of physical therapy and
naproxen did not relieve it. He has had to stop his delivery route because he cannot sit in the van for long.
MRI 01/2025: right foraminal disc herniation at L4-5 narrowing the exit zone of the L4 root, and a broad bulge
at L5-S1 touching the L5 root.
PAIN BEFORE: 7/10
Consent: written, on file.  Time-out: done, site and side confirmed.
TECHNIQUE: Prone. After skin wheals, a 22 g curved-tip needle was advanced under oblique fluoroscopy to the
foramen at each of the two levels named above. Isovue-M 300, 1 mL per level, showed a clean neurogram
without vascular flow. Decadron 10 mg (2.5 mL of 4 mg/mL) mixed with 2 mL of 1% lidocaine was divided
evenly between the two levels.
IMAGES: AP and oblique views stored.
PAIN AFTER: 3/10.  COMPLICATIONS: None.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(7, 3), need=ESI_NEED, dos="2025-03-11",
        codes=[line("64483", "RT"), line("64484", "RT", units=1), line("J1100", units=10)], findings=[])

    add("fan-mbb-01", "header_fields", """
Procedure: Lumbar medial branch block #1 (diagnostic) - BILATERAL
Nerves blocked: L3 medial branch, L4 medial branch, L5 dorsal ramus
Guidance: C-arm fluoroscopy
Dx: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
Hx: Low back pain across the belt line for 2 years, no radiation below the knees, worse standing and
arching back. Eight weeks of PT did not change it and celecoxib was stopped by her PCP because of kidney
function. Cannot stand long enough to cook dinner or walk the dog. Pre 6/10.
Consent signed. Time-out performed.
The left side was done first: 22 g needles to the three nerves listed, 0.5 mL of 0.75% bupivacaine at each.
The same was repeated on the contralateral side.
Post-block 1/10 at 30 min (83% relief); pain diary given. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 22.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2024-08-06",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        comment="L3+L4 MB and L5 DR on both sides: joints L4-L5 and L5-S1; 6 x 0.5 mL x 7.5 mg/mL")

    add("fan-sij-01", "header_fields", """
PROCEDURE: Sacroiliac joint injection   SIDE: [RIGHT]   INTENT: [DIAGNOSTIC]   GUIDANCE: [FLUOROSCOPY]
DIAGNOSIS: Sacroiliitis, right (M46.1)
INDICATION: Right buttock pain below the dimple for 7 months, worse rolling in bed and climbing stairs; three
of five provocation tests positive on the right. Ten weeks of physical therapy failed, and meloxicam gave only
brief partial relief. Cannot walk through the grocery store without resting.
Consent: obtained.  Time-out: completed.
Pain score pre: 7/10
Under fluoroscopy a 22 g spinal needle entered the inferior joint. Omnipaque 180, 0.5 mL, outlined the joint
without extravasation. 2 mL of 0.5% bupivacaine was injected.
Images saved: AP and contralateral oblique.
Pain score post: 1/10, 86% relief, diary given. Complications: none.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(7, 1), need=SPINE_NEED, dos="2025-05-20", pos="22", codes=[line("27096", "RT")], findings=[])

    add("fan-rfa-01", "header_fields", """
OPERATION: Radiofrequency ablation, cervical medial branches
LATERALITY: LEFT
TARGETS: C5, C6 and C7 medial branches (C5-6 and C6-7 facet joints)
Dx: Cervical spondylosis (M47.812)
Background: Left-sided neck pain into the shoulder blade for 18 months. Physical therapy for 3 months and
two muscle relaxants without lasting benefit. She cannot check her blind spot when driving. Two diagnostic
blocks of the same nerves: lidocaine gave 90% relief for 2 hours, bupivacaine 85% relief for 6 hours.
Pre-procedure pain: 6/10. Consent reviewed and signed; time-out held.
Fluoroscopic guidance. 1 mL of 2% lidocaine at each target. 20 g cannulae, sensory stimulation concordant
below 0.6 V, no motor response in the arm at 2 Hz. Thermal lesions 80 C for 90 s at each target.
Post: 2/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=SPINE_NEED, dos="2025-08-19", pos="24",
        codes=[line("64633", "LT"), line("64634", "LT")], findings=[])

    add("fan-ilesi-01", "header_fields", """
Procedure: Thoracic interlaminar epidural steroid injection
Level: T10-T11          Approach: midline interlaminar          Imaging: fluoroscopy
Diagnosis: Thoracic radiculopathy (M54.14)
Indication: Band-like pain wrapping around the right lower ribs to the abdomen for 4 months, with burning and
light-touch allodynia in the right T10 dermatome. Gabapentin and 6 weeks of therapy have failed; the pain
wakes him nightly and he has stopped golf.
Pre-procedure pain: 8/10.  Consent: yes.  Time-out: yes.
20 g Tuohy at the level above, loss of resistance to air. Omnipaque 240, 2 mL, spread epidurally.
Depo-Medrol 80 mg in 2 mL with 2 mL preservative-free saline injected.
AP and lateral images archived. Post-procedure pain: 3/10. Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(8, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2023-11-14",
        codes=[line("62321"), line("J1040", units=1)], findings=["imaging_findings"],
        comment="no imaging study reported; methylprednisolone before 2024-04-01: J1040 x1")

    add("fan-genb-01", "template_placeholders", """
Procedure: Genicular nerve block   Side: RIGHT knee   Guidance: fluoroscopy
Nerves: superolateral, superomedial and inferomedial genicular nerves
Diagnosis: Primary osteoarthritis of the right knee (M17.11)
Indication: Right knee pain for 3 years despite injections and bracing; she cannot kneel in church or manage
the stairs at home. Considering radiofrequency ablation if this block helps.
Consent: [x] signed        Time-out: [x] done
Pre-procedure pain: 8/10
Post-procedure pain: ***
Injectate per nerve: 2 mL of 0.25% bupivacaine; dexamethasone 4 mg total divided among the three nerves.
Complications: none
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 15), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, None), need=("diagnosis",), dos="2026-07-14",
        codes=[line("64454", "RT"), line("J1100", units=4)], findings=["post_procedure_pain_score"],
        comment="post-procedure placeholder left unfilled")


def _doses(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Style 2: solution and per-site dose arithmetic with brand names; elements in varied forms and ConText
    cases (negated, hypothetical, historical, family)."""
    add("fan-tfesi-02", "dose_arithmetic", """
Left L5-S1 and S1 transforaminal epidural steroid injection with fluoroscopy

Diagnosis: Lumbosacral radiculopathy, left S1 (M54.17).
Symptoms: Eleven weeks of left calf and sole pain with pins and needles along the outer foot; the left ankle
reflex is absent and a seated slump test reproduces the calf pain. She denies bowel or bladder change and
has no saddle numbness. Her father had lumbar surgery, which she wants to avoid.
Treatment so far: home exercise with a therapist for 6 weeks, which made no difference; prednisone taper in
January helped for only a few days. She can no longer stand through a shift at the pharmacy counter.
MRI: left paracentral L5-S1 extrusion displacing the traversing left S1 root.
Pain before the procedure 8/10 (worst 10/10 last night). Consent obtained after discussion of risks. A
time-out confirmed the left side. No sedation.
Solution: Celestone Soluspan 6 mg/mL, 2 mL, mixed with 2 mL of preservative-free 1% lidocaine (4 mL total).
Contrast: Omnipaque 240, 0.5 mL at each foramen, no intravascular pattern on live fluoroscopy.
2 mL of the solution was delivered at the left L5-S1 foramen and 2 mL at the left S1 foramen.
AP and lateral images were saved.
Afterwards 2/10. No complications; no headache, no leg weakness. If the pain returns, a repeat could be
considered, but nothing is scheduled.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("lidocaine", 20)],
        pain=(8, 2), need=ESI_NEED, dos="2026-01-27",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J0702", units=2)], findings=[],
        comment="all 4 mL of the solution given: 12 mg betamethasone (at, not over, its ceiling), 20 mg lidocaine; a planned repeat is no repeat")

    add("fan-ilesi-02", "dose_arithmetic", """
Lumbar interlaminar epidural steroid injection, L4-L5, fluoroscopy-guided.

Dx: Spinal stenosis, lumbar region with neurogenic claudication (M48.062).
Both legs tire and ache from the buttocks to the calves after about 5 minutes of walking, for the past 9
months; he must sit to recover. He had physical therapy ordered in the spring but never went; he takes
acetaminophen. He no longer walks to the mailbox. MRI: moderate to severe central stenosis at L4-5 from
facet and ligamentum hypertrophy. His brother had an epidural years ago (not relevant to today). He has no
history of prior epidural injections.
Pain: 6/10 before. Consent form reviewed and signed. Time-out performed.
Skin: 2 mL of 1% Xylocaine. 18 g Tuohy, loss of resistance at L4-L5. Isovue-M 200, 2 mL, epidurogram
without vascular uptake. Injectate: Kenalog-40, 2 mL (40 mg/mL), with 3 mL normal saline.
AP and lateral fluoroscopic images saved. Pain after: 2/10. Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"), dos="2025-06-17",
        codes=[line("62323"), line("J3301", units=8)], findings=["conservative_care"],
        comment="therapy ordered but never attended and acetaminophen without an outcome: no failed care")

    add("fan-mbb-02", "dose_arithmetic", """
Right cervical medial branch blocks, C5, C6 and C7 medial branches (diagnostic), fluoroscopic guidance

Diagnosis: Cervical facet arthropathy / spondylosis without radiculopathy (M47.812).
History: Right posterior neck pain for 10 months, worse looking over the right shoulder; no arm pain, no
numbness. Physical therapy for 8 weeks with no improvement; ibuprofen was stopped after a GI bleed years ago
(historical). She is unable to turn her head to reverse the car.
Pre-block pain: 6/10 on turning. Informed consent documented. Time-out: patient, side and levels confirmed.
No IV sedation was given.
Each medial branch received 0.4 mL of Xylocaine 2% after Omnipaque 300, 0.2 mL per site, confirmed no
vascular spread.
Post-block: 1/10 on turning at 20 minutes, an 83% reduction. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                    sedation="none")],
        drugs=[given("lidocaine", 24), given("iohexol", 0.6, "ml")],
        pain=(6, 1), need=SPINE_NEED, dos="2025-09-09",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[],
        comment="C5+C6+C7 medial branches: C5-C6 and C6-C7 joints; 3 x 0.4 mL x 20 mg/mL = 24 mg")

    add("fan-tpi-01", "dose_arithmetic", """
Trigger point injections - 4 sites

Diagnosis: Myofascial pain syndrome (M79.18).
Chronic low back and hip-girdle muscle pain on the left for 5 months with palpable taut bands and local
twitch responses in the left lumbar paraspinals, left quadratus lumborum, left gluteus medius and left
piriformis. Stretching at home gives short relief only. This is her second trigger point session this year.
Pain 7/10 before. Verbal and written consent obtained; time-out done.
At each of the four points: 1 mL of 0.25% bupivacaine with 10 mg triamcinolone (0.25 mL of Kenalog-40),
25 g needle, negative aspiration.
After: 3/10, about 60% relief. No pneumothorax symptoms, no bleeding, no complications.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=("diagnosis",), dos="2024-05-21",
        codes=[line("20553"), line("J3301", units=4)], findings=[],
        comment="4 x 2.5 mg bupivacaine and 4 x 10 mg triamcinolone; second session this year is within 3")

    add("fan-knee-01", "dose_arithmetic", """
Left knee intra-articular injection under ultrasound guidance

Diagnosis: Primary osteoarthritis, left knee (M17.12).
Left knee pain for 2 years, worse with stairs and after gardening; an earlier hyaluronic acid series gave
partial relief. No fever, no recent knee infection.
Pre-injection pain 6/10. Time-out performed with correct side confirmed.
Linear probe, superolateral suprapatellar approach; needle tip seen entering the joint recess. Depo-Medrol
40 mg (1 mL of 40 mg/mL) mixed with 4 mL of 1% lidocaine was injected under direct view. A still image of the
needle in the joint was saved to the record.
Post-injection 2/10. No complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2023-05-02", consent=False,
        codes=[line("20611", "LT"), line("J1030", units=1)], findings=["consent"],
        comment="no consent statement; methylprednisolone 40 mg before 2024-04-01: J1030")

    add("fan-sij-02", "dose_arithmetic", """
Therapeutic right sacroiliac joint injection, fluoroscopically guided

Dx: Sacroiliitis of the right SI joint (M46.1).
Seven months of right buttock and posterior thigh pain, worse on stairs and getting out of a car; Gaenslen,
thigh thrust and compression positive. Physical therapy for 8 weeks did not help; naproxen upset her stomach.
She can no longer sit through a church service. Diagnostic right SI block in November: 90% relief during the
anesthetic phase.
Pre: 7/10. Consent signed; time-out done.
Isovue-M 200, 0.5 mL, showed an intra-articular pattern. Kenalog 40 mg (1 mL) plus 2 mL of 0.5% Naropin
injected. AP and oblique images saved.
Post: 3/10. No complications. Follow-up in 4 weeks; would not repeat unless relief lasts.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 10)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-02-03",
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=["percent_relief"],
        comment="relief only implied by the pre/post scores")


def _formatting(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Style 3: ALL CAPS, lower case, inline fields, bullets, odd spacing and Unicode dashes, truncated notes."""
    add("fan-tfesi-03", "all_caps", """
PROCEDURE: RIGHT C6-C7 TRANSFORAMINAL EPIDURAL STEROID INJECTION UNDER FLUOROSCOPY
DX: CERVICAL RADICULOPATHY (M54.12)
HPI: 3 MONTHS OF RIGHT NECK PAIN SHOOTING TO THE BACK OF THE ARM AND MIDDLE FINGER, NUMB MIDDLE FINGER,
WEAK RIGHT TRICEPS 4/5, DIMINISHED TRICEPS JERK. 6 WEEKS OF PT AND A MEDROL DOSEPAK WITHOUT RELIEF. CANNOT
LIFT HIS TOOLBOX OR SLEEP ON THE RIGHT SIDE. MRI: RIGHT C6-7 FORAMINAL STENOSIS FROM UNCOVERTEBRAL SPURS.
PRE PAIN 7/10.  CONSENT SIGNED.  TIME OUT DONE.
SUPINE OBLIQUE. 25 G NEEDLE TO THE POSTERIOR RIGHT C6-C7 FORAMEN. ISOVUE-M 200 0.5 ML UNDER LIVE AND DIGITAL
SUBTRACTION: NO ARTERIAL FILLING. DECADRON 4 MG (1 ML) INJECTED SLOWLY.
1 IMAGE SAVED.
POST PAIN 2/10.  NO COMPLICATIONS.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=ESI_NEED, dos="2024-10-01",
        codes=[line("64479", "RT"), line("J1100", units=4)], findings=["saved_images"],
        comment="one saved image (two views needed)")

    add("fan-caudal-01", "inline_fields+truncated", """
proc: caudal epidural steroid injection; guidance: fluoroscopy; dx: lumbar spinal stenosis with neurogenic claudication (M48.062); duration: 14 months; sx: both buttocks and thighs ache and cramp after 2 blocks of walking, eased by sitting; prior tx: PT 3 months -- no benefit, gabapentin -- dizzy, stopped; function: cannot shop without a scooter; MRI: severe central stenosis at L3-4 and L4-5; pre pain: 7/10; consent: signed; time-out: yes; technique: 20 g Tuohy through the sacral hiatus, Omnipaque 240 5 mL caudal epidurogram filling to L4 without vascular runoff, dexamethasone 10 mg with 8 mL preservative-free saline injected; images: AP and lateral saved; post pain: 
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, None), need=ESI_NEED, dos="2025-12-02", complications=None,
        codes=[line("62323"), line("J1100", units=10)],
        findings=["complications", "post_procedure_pain_score"],
        comment="note cut off at the post-procedure pain field: no post score, no complication statement")

    add("fan-tpi-02", "lowercase_bullets", """
trigger point injection, left neck/upper back
- dx: myofascial pain of the neck and upper back (m79.12)
- taut bands with twitch and referred headache in the left upper trapezius and left levator scapulae, 4 months
- consent: verbal + written. time-out: done.
- pain pre 6/10
- 1.5 ml of 1% lidocaine into each of the 2 muscles, 27 g needle
- pain post 2/10, about 65% better
- complications: none
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis",), dos="2026-09-29", codes=[line("20552")], findings=[])

    add("fan-facet-01", "odd_spacing", """
DIAGNOSTIC   FACET   JOINT   INJECTION  —  LEFT   L4–L5  and  L5–S1   (intra-articular)


Diagnosis :   Lumbar  spondylosis  without  radiculopathy  (M47.816)
History   :   left  low  back  pain  ×  9 months ,  worse  with  extension  and  rotation ;  no  leg  symptoms .
              physical  therapy  10  weeks  —  no  lasting  relief ;  diclofenac  —  stopped  for  reflux .
              cannot  stand  at  the  sink  for  more  than  10  minutes .
Pre  pain :   6/10              Consent :  signed              Time‑out :  completed
Technique :   fluoroscopy ;  22 g  needle  into  each  joint ;  0.3 mL  Omnipaque 300  arthrogram  each ;
              0.5 mL  of  0.5%  bupivacaine  into  each  joint .
Post  pain :  1/10  (83 %  relief)          Complications :  none
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.6, "ml"), given("bupivacaine", 5)],
        pain=(6, 1), need=SPINE_NEED, dos="2025-04-15",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[],
        comment="en dashes in the levels, non-breaking hyphen in time-out")

    add("fan-stellate-01", "dictated_paragraph+truncated", """
Left stellate ganglion block under ultrasound guidance. The patient has complex regional pain syndrome type I of the left upper limb (G90.512) after a wrist fracture, with a swollen, mottled, cold left hand, allodynia and stiffness for five months, and he cannot button his shirt. Consent was signed and a time-out confirmed the left side. Pain before was 8/10. With the head turned slightly right, a linear probe identified the C6 level, the longus colli and the carotid; a 25 g needle was placed in-plane deep to the prevertebral fascia and 5 mL of 0.5% ropivacaine was injected in small aliquots with negative aspiration, and an image of the needle tip and spread was saved. At 15 minutes the left hand temperature rose by 2 degrees and a left Horner's sign appeared; pain after the block was
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, None), need=("diagnosis",), dos="2026-04-21", complications=None,
        codes=[line("64510"), line("76942")], findings=["complications", "post_procedure_pain_score"],
        comment="dictation cut off before the post score and any complication statement")

    add("fan-rfa-02", "bullets", """
• PROCEDURE: bilateral lumbar radiofrequency ablation – L3 & L4 medial branches and L5 dorsal rami
• JOINTS TREATED: L4–L5 and L5–S1, both sides
• DX: lumbar spondylosis (M47.816)
• HISTORY: axial low back pain × 4 yrs; PT 12 weeks and NSAIDs – no durable relief; can’t stand > 15 min
• DIAGNOSTIC BLOCKS: #1 lidocaine 90% relief; #2 bupivacaine 85% relief (concordant durations)
• PRE PAIN: 7/10 • CONSENT: signed • TIME‑OUT: done
• GUIDANCE: fluoroscopy
• LOCAL: 1 mL of 1% lidocaine at each of the 6 targets
• LESIONS: sensory < 0.5 V, no motor twitch of the legs; 80 °C × 90 s at every target
• POST PAIN: 2/10 • COMPLICATIONS: none
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, dos="2024-02-20", pos="24",
        codes=[line("64635", "50"), line("64636", "50")], findings=[],
        comment="80 C is thermal (rfa.technique)")


def _edges(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Style 4: coding edge cases (bilateral add-ons, legacy methylprednisolone codes, JZ, pulsed RF, KX with
    three joints and a non-billable ICD-10 code, frequency, SCS leads with moderate sedation)."""
    add("fan-tfesi-04", "coding_edge", """
Bilateral L4-L5 and L5-S1 transforaminal epidural steroid injections, fluoroscopic guidance

Diagnosis: Lumbar radiculopathy (M54.16) with bilateral L5 symptoms.
For 5 months pain has run down the outside of both legs to the tops of the feet, right a little worse than
left, with tingling in both big toes and positive straight-leg raise at 50 degrees on each side. Twelve
weeks of physical therapy brought no change and duloxetine was stopped for nausea. He has had to give up
his part-time job stocking shelves. MRI: broad disc bulge with bilateral foraminal narrowing at L4-5 and
L5-S1 contacting both exiting L4 and L5 roots.
Pre-procedure pain 8/10. Consent signed. Time-out completed.
Four needles (both sides, both levels). Omnipaque 300, 1 mL per foramen (4 mL), no vascular filling.
At each foramen: methylprednisolone 20 mg (0.5 mL of Depo-Medrol 40 mg/mL) with 1 mL of 1% lidocaine.
AP and lateral images saved. Post-procedure pain 3/10. Complications: none.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 40)],
        pain=(8, 3), need=ESI_NEED, dos="2024-01-16",
        codes=[line("64483", "50"), line("64484", "50"), line("J1040", units=1)], findings=[],
        comment="bilateral add-on with 50 and its normal unit; 80 mg methylprednisolone before 2024-04-01: J1040 x1")

    add("fan-ilesi-03", "coding_edge", """
Cervical interlaminar epidural steroid injection at C7-T1 under fluoroscopy (repeat)

Dx: Cervical radiculopathy (M54.12).
Left neck and arm pain into the thumb and index finger for 2 years, numbness in the same fingers, weak left
wrist extension; PT for 3 months and gabapentin without relief; unable to work at a computer for more than
an hour. MRI: left C5-6 and C6-7 foraminal disc-osteophyte complexes.
This is her fifth cervical epidural within the last twelve months; the previous one gave about 60% relief
that lasted 7 weeks.
Pre 7/10. Consent signed; time-out done.
18 g Tuohy at C7-T1, loss of resistance to saline. Omnipaque 240, 1.5 mL, epidural spread.
Kenalog-40, one 1 mL single-dose vial (40 mg), given in full; no drug discarded.
AP and lateral images saved. Post 3/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=ESI_NEED, dos="2025-07-22",
        codes=[line("62321"), line("J3301", "JZ", units=4)], findings=["frequency", "prior_procedure_response"],
        comment="5 cervical ESIs in 12 months (limit 4); prior relief 60% for 7 weeks is under 3 months; single-dose vial with no waste: JZ")

    add("fan-rfa-03", "coding_edge", """
Right lumbar pulsed radiofrequency of the L3 and L4 medial branches and L5 dorsal ramus (L4-5 and L5-S1 facets)

Diagnosis: Lumbar spondylosis without radiculopathy (M47.816).
Right-sided low back pain for 3 years; 10 weeks of physical therapy and NSAIDs without benefit; she cannot
walk through a store. Two diagnostic medial branch blocks: 85% and 80% relief. She has a cardiac device, so
pulsed rather than thermal lesioning was chosen after discussion with cardiology.
Pre 7/10. Consent signed. Time-out done.
Fluoroscopy. Skin and tract with 2 mL of 1% lidocaine in total. 22 g RF needles parallel to each nerve;
sensory threshold 0.4 V; pulsed RF 42 C, 2 Hz, 20 ms, 120 s at each of the three nerves.
Post 3/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 20)],
        pain=(7, 3), need=SPINE_NEED, dos="2025-10-07", codes=[line("64999")], findings=["approach"],
        comment="pulsed RF is not destruction: 64999; not thermal (rfa.technique -> approach)")

    add("fan-mbb-03", "coding_edge", """
Left lumbar medial branch blocks, diagnostic: L2, L3 and L4 medial branches and the L5 dorsal ramus

Dx: Lumbar spondylosis, M47.81
Left low back pain for 8 months, worse with standing; 8 weeks of PT and meloxicam gave no relief. Cannot
stand at his workbench more than 15 minutes.
Pre-block pain 7/10. Consent obtained and time-out performed.
Fluoroscopy. 22 g needles to the four nerves above; 0.5 mL of 0.5% bupivacaine at each.
Post-block 2/10 (71% relief) at 30 minutes. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2023-09-12", pos="24",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["code_validity", "level_limit"],
        comment="L2+L3+L4 MB and L5 DR: L3-L4, L4-L5, L5-S1; M47.81 is a non-billable category")

    add("fan-sij-03", "coding_edge", """
Repeat bilateral sacroiliac joint injections (therapeutic), fluoroscopy

Diagnosis: Sacroiliitis, bilateral (M46.1).
Both buttocks ache below the PSIS for 14 months, worse on stairs; positive thigh thrust and compression on
each side. PT for 3 months and NSAIDs did not help. She cannot walk a full block.
Diagnostic bilateral SI blocks last year: 80% relief. The last therapeutic injection, six months ago, gave
70% relief for about 4 months. This is her third SI injection session in the past 12 months.
Pre 7/10. Consent signed. Time-out done.
Each joint: Omnipaque 240, 0.5 mL arthrogram, then Depo-Medrol 40 mg with 1 mL of 1% lidocaine.
AP and oblique images saved of each side. Post 2/10 (71% relief). No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-05-12", payer="medicare_fcso",
        codes=[line("27096", "50"), line("J1010", units=80)], findings=[],
        comment="repeat after 70% for 4 months; third session in 12 months is within 4")

    add("fan-scs-01", "coding_edge", """
Spinal cord stimulator trial - two percutaneous leads

Diagnosis: Failed back surgery syndrome (M96.1) with right leg pain after L4-S1 fusion.
Right leg and back pain for 3 years since surgery; PT, gabapentin, duloxetine and two epidurals failed to give
lasting relief. Cannot walk more than 10 minutes. Psychology evaluation cleared him for a trial.
Pre 8/10. Consent signed. Time-out done.
Moderate sedation given by me with an independent RN observer monitoring throughout: midazolam 2 mg IV and
fentanyl 50 mcg IV; sedation start 10:02, end 10:32 (30 minutes).
Prone, fluoroscopy. Skin and tract infiltrated with 10 mL of 1% lidocaine. Two 8-contact percutaneous leads
placed through T12-L1 and L1-L2 to tips at the top of T8 and mid T8; paresthesia covered the right leg and
back. Leads anchored to skin.
Post 3/10 with stimulation. No complications.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 100)],
        pain=(8, 3), need=SPINE_NEED, dos="2025-11-18", pos="24",
        codes=[line("63650", units=2), line("77003", "26"), line("99152"), line("99153", units=1)], findings=[],
        comment="30 minutes of moderate sedation by the proceduralist with an observer: 99152 + 99153 x1")


def _sources(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Style 5: sources of earlier rounds (teaching attestation, OCR'd fax, ASC nursing record, vendor checkbox
    export, terse copy-forward record, British-English letter)."""
    add("fan-ilesi-04", "teaching_op_note", """
ACADEMIC PAIN CLINIC - PROCEDURE NOTE (resident dictated, attending attested)
Procedure: Lumbar interlaminar epidural steroid injection, L5-S1, right paramedian, fluoroscopic guidance
Diagnosis: Lumbosacral radiculopathy (M54.17)
Indication: 10 weeks of right buttock and posterior leg pain to the heel with numb lateral foot; right ankle
reflex reduced and straight-leg raise positive at 45 degrees. Physical therapy for 6 weeks without relief and
a methylprednisolone taper gave two good days only. He has missed work as a bus driver. MRI: right
paracentral L5-S1 disc protrusion abutting the right S1 root.
Universal protocol: consent signed and witnessed; time-out completed with attending present.
Pre-procedure NRS 7/10.
Technique: 20 g Tuohy, right paramedian L5-S1 interspace, loss of resistance to saline at 5 cm. Omnipaque 180,
3 mL, confirmed epidural spread without vascular uptake. Dexamethasone 10 mg diluted with 2 mL preservative-free
saline injected. AP and lateral images saved.
Post-procedure NRS 3/10. Complications: none. Discharged with driver.
Attending attestation: I was present for the entire procedure, including needle placement and injection, and
agree with the resident's note.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2026-08-04", pos="22", codes=[line("62323")], findings=[],
        comment="a methylprednisolone taper by mouth is history, not an injectate")

    add("fan-onb-01", "ocr_fax", """
>>> FAX  Pg 1/1  from: Riverbend Neurology & Pain <<<
PROCEDURE: Bilatera1 greater occipital nerve block
(landmark technique, no imaging)
DX: 0ccipital neuralgia (M54.81)
HPI: shooting pain from the base of the skull over both sides
of the scalp to the vertex for 8 months, tender over both
greater occipital nerves, Tinel positive bilaterally. Failed
gabapentin. Headaches keep her from reading.
Consent: signed.   Time out: performed.
Pain pre: 8/10
Each side: 2 mL 0.5% bupivacaine + Depo-Medrol 20 mg
(0.5 mL) at the greater occipital nerve, medial to the
occipital artery, 25 g needle, negative aspiration.
Pain post: 2/10.   Complications: none.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 20), given("methylprednisolone_acetate", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2024-06-11",
        codes=[line("64405", "50"), line("J1010", units=40)], findings=[],
        comment="OCR slips ('Bilatera1', '0ccipital'); 2 x 20 mg methylprednisolone after 2024-04-01: J1010 x40")

    add("fan-impar-01", "asc_record", """
SURGERY CENTER - PROCEDURE RECORD
NURSING ADMISSION: Armband verified. NPO. BP 126/78. Allergies: shellfish (no reaction to contrast before).
Pain assessment: patient unable to rate, states "it's bad when I sit".
PHYSICIAN NOTE: Ganglion impar block under fluoroscopy for coccydynia (M53.3), 9 months since a fall on the
ice; sitting pain on the tailbone; a donut cushion and NSAIDs failed. Informed consent signed. Time-out done.
Lateral fluoroscopy; a 22 g needle passed through the sacrococcygeal junction to the anterior surface;
Isovue-M 300, 2 mL, showed the apostrophe-shaped spread. Injected 4 mL of 0.5% Naropin with Kenalog 20 mg.
RECOVERY NURSING: Pain 2/10 at 20 minutes. No complications. Discharged with spouse.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("ropivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(None, 2), need=("diagnosis",), dos="2025-02-25", pos="24",
        codes=[line("64999"), line("77002", "26")], findings=["pre_procedure_pain_score"],
        comment="no numeric pain score before; ganglion impar 64999 with 77002-26 in the ASC; no drug lines at POS 24")

    add("fan-shoulder-01", "vendor_export", """
== EHR PROCEDURE EXPORT ==
Procedure ....... [X] Subacromial bursa injection   [ ] Glenohumeral   [ ] AC joint
Side ............ [X] Right  [ ] Left
Guidance ........ [X] Ultrasound   Image saved: [X] Yes  [ ] No
Diagnosis ....... Subacromial bursitis, right shoulder (M75.51)
Indication ...... painful arc and night pain 4 months; PT 6 weeks partial help only
Consent ......... [X] Yes      Time-out ........ [X] Yes
Medication ...... Kenalog-40 1 mL (40 mg) + 1% lidocaine 3 mL
Pain pre/post ... 7 / 2
Complications ... [X] None  [ ] Other: ______
""",
        procs=[proc("joint_injection", target="subacromial_bursa", region="shoulder", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
        pain=(7, 2), need=("diagnosis",), dos="2026-10-20", payer="medicare_cgs",
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=[])

    add("fan-pump-01", "terse_copy_forward", """
ITB pump refill - copied fwd from last visit, updated today
Dx: MS w/ spasticity (G35). Indication: intrathecal baclofen for lower-limb spasticity, better tone on pump.
Refill done by RN under my supervision. Pump interrogated, 1.8 mL residual removed (expected 2.0).
Refilled 18 mL baclofen 2000 mcg/mL. Reprogrammed: daily dose up 5% for evening spasms.
Consent on file. Time out done. No cx.
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 36)],
        pain=(None, None), need=("diagnosis",), dos="2023-03-08", codes=[line("62369")], findings=[],
        comment="refill by clinical staff with reprogramming: 62369; 18 mL x 2 mg/mL = 36 mg")

    add("fan-kypho-01", "british_letter", """
Dear Dr Referring GP,

Re: balloon kyphoplasty, T12 and L1

Thank you for referring this lady with painful osteoporotic compression fractures of T12 and L1
(M80.08XA). Her pain began six weeks ago after lifting a laundry basket; six weeks of a thoracolumbar brace
and regular analgesia have not settled it, and she is confined to a chair for most of the day. MRI shows
marrow oedema on the STIR sequence at both levels with about 30% height loss and no retropulsion.

She gave written consent after we discussed cement leakage, infection and new fractures, and the team
completed the WHO time-out. The anaesthetist provided monitored anaesthesia care (recorded on the anaesthetic
chart). Her pain beforehand was 9/10. Under biplanar fluoroscopy, with 10 mL of 0.5% bupivacaine to the skin
and periosteum, bilateral transpedicular trocars were placed at each level, balloons inflated to restore some
height, and cement placed under continuous screening without leakage.

In recovery her pain was 4/10 and there were no complications.

Yours sincerely,
Interventional Pain Service
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T12", "L1"],
                    imaging="fluoroscopy", sedation="mac")],
        drugs=[given("bupivacaine", 50)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-06-23", pos="22", codes=[line("22513"), line("22515")], findings=["sedation_details"],
        comment="MAC by the anaesthetist with no agents, doses or times in the note; first level thoracic: 22513 + 22515")
