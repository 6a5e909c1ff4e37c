"""dev_fresh_cm: 30 hand-dictated notes in unusual but understandable English (non-native and older
physicians): article dropping, 'since 6 months', 'was explained about risks', British spellings, formal
old-fashioned phrasing, Latin abbreviations (c/o, h/o, p.r.n., i.e.). Precision batch: nearly every note
documents all its procedure asks; six leave out one element each. Fictional; no names, record numbers or
birth dates. Gold labelled from the text, never by running Painpoint."""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _tfesi(add, proc, line, given, ESI_NEED)
    _ilesi(add, proc, line, given, ESI_NEED)
    _facet(add, proc, line, given, SPINE_NEED)
    _rfa(add, proc, line, given, SPINE_NEED)
    _sij(add, proc, line, given, SPINE_NEED)
    _other(add, proc, line, given)


def _tf(side, levels, region="lumbar", **kw):
    return dict(approach="transforaminal", region=region, laterality=side, levels=levels, imaging="fluoroscopy",
                contrast=True, **kw)


def _tfesi(add, proc, line, given, NEED):
    add("fcm-h-tfesi-01", "headers", """
PROCEDURE NOTE - PAIN CLINIC

Procedure: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy
Diagnosis: Lumbosacral radiculopathy, left side (M54.17)

History: Patient is 68 year old lady c/o pain in low back going to left buttock, back of thigh and calf until
the outer foot, since 5 months. She is having tingling in lateral foot also. Straight leg raise on left is
positive at 40 degree, ankle jerk diminished on left. MRI lumbar spine of last month shows left paracentral disc
protrusion at L5-S1 touching the descending left S1 root and narrowing the left foramen.
She has done physiotherapy for 8 weeks and took naproxen regularly, but pain did not become less. Because of
pain she is not able to walk more than 10 minutes and cannot do her shopping alone.

Consent: Patient was explained about risks (bleeding, infection, nerve injury, headache, no relief) and
benefits and alternatives. She has understood and signed the written consent.
Time out was done with all the team, correct patient, side and level confirmed.

Technique: Patient lying prone. Back was cleaned with chlorhexidine and draped in sterile manner. Under
fluoroscopy the left L5-S1 foramen was identified in oblique view. Skin was anaesthetised with lidocaine 1% 1 mL.
A 22 gauge spinal needle was advanced to the safe triangle. Omnipaque 240, 2 mL, was injected and showed nice
epidural spread along the left S1 nerve root, no vascular uptake. Then injected triamcinolone 40 mg in 1 mL.
AP and lateral images were saved in the record. No sedation was given.

Pain before procedure: 7/10. Post procedure she told pain is 3/10.
Complications: none. She tolerated well and was discharged walking, with written instructions.
""", procs=[proc("transforaminal_epidural", **_tf("left", ["L5-S1"]), sedation="none")],
        drugs=[given("lidocaine", 10), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=NEED, codes=[line("64483", "LT"), line("J3301", units=4)], findings=[],
        dos="2026-02-03", pos="11")

    add("fcm-h-tfesi-02", "prose", """
Right L4-5 and L5-S1 transforaminal epidural injection.

This gentleman aged 72 years is having pain from long time in the right leg, it is going from the buttock to
front of shin and top of the foot, with pins and needles on the right big toe. Complaint is present since
four months. On examination the right EHL is slightly weak (4/5) and sensation reduced over right L5
dermatome. MRI done in August demonstrates right foraminal stenosis at L4-5 and broad based bulge at L5-S1
with right lateral recess narrowing. Six weeks of supervised physiotherapy and regular paracetamol with
ibuprofen were tried, however without any meaningful benefit. He is unable to stand for cooking more than
15 minutes and sleep is disturbed.

The procedure, its risks like bleeding, infection, increased pain, nerve damage and the alternatives were
explained to him in simple words and written consent obtained. Universal protocol, time-out performed.
He was positioned prone and prepared with povidone iodine. With fluoroscopic guidance, a 22 G Quincke needle
was placed into right L4-5 foramen and a second needle into right L5-S1 foramen. Isovue-M 200, total 1 mL,
confirmed the epidural flow along the exiting roots without intravascular pattern. At each level were injected
dexamethasone 5 mg with bupivacaine 0.25% 1 mL. Anteroposterior and lateral fluoroscopic images stored.
No sedation.

Pain score pre 8 of 10, after procedure 2 of 10. There were no complications. He was observed 30 minutes and
went home with his son.
""", procs=[proc("transforaminal_epidural", **_tf("right", ["L4-L5", "L5-S1"]), sedation="none")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 5)],
        pain=(8, 2), need=tuple(k for k in NEED if k != "diagnosis"),  # gold correction (round 17, nec17): no diagnosis line
        codes=[line("64483", "RT"), line("64484", "RT")], findings=["diagnosis"],
        dos="2025-10-14", pos="24")

    add("fcm-h-tfesi-03", "prose", """
Operation note: Cervical transforaminal epidural, left C6-7.

Indication: Lady of 59 years, c/o neck pain radiating into the left arm down to the thumb and index finger
since 3 months, with numbness of the same fingers. Spurling test positive on left, biceps reflex reduced on
left. MRI cervical spine: left uncovertebral osteophyte at C6-C7 producing moderate left foraminal narrowing.
Dx: Cervical radiculopathy (M54.12). She has taken pregabalin and had 6 weeks of physiotherapy with traction,
nothing helped her, pain is persisting the same. She cannot drive since the pain and has to stop her
knitting.

Risks and benefits were discussed in detail; she gave her consent in writing. Time-out was held before the
start. Supine, head turned to right. Under fluoroscopy in oblique view the needle was directed to the
posterior part of left C6-C7 foramen. Omnipaque 240 0.5 mL under live fluoroscopy showed the contrast
outlining the nerve root and epidural space, no vascular runoff. Then slowly injected dexamethasone 4 mg
(1 mL). One AP image was saved to the chart.

Pain was 6/10 before and 2/10 afterwards. No complication. Discharged after 30 minutes with the usual advice.
""", procs=[proc("transforaminal_epidural", **_tf("left", ["C6-C7"], region="cervical"))],
        drugs=[given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 2), need=NEED, codes=[line("64479", "LT")], findings=["saved_images"],
        dos="2026-06-09", pos="22", comment="A single saved AP image: a stated count below two views.")

    add("fcm-h-tfesi-04", "bullets", """
BILATERAL L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION

* Diagnosis: Lumbar disc herniation with radiculopathy (M51.16)
* Complaint: pain in both legs, more on calves, with burning and numbness of both feet, since 10 weeks
* Exam: SLR positive both sides at 50 degree; knee jerk reduced bilaterally
* MRI: central and bilateral foraminal disc herniation at L4-5 compressing both L4 roots in the foramen
* Treatment before: physiotherapy 6 weeks, NSAIDs and a short course of gabapentin; no improvement, gabapentin
  stopped because of dizziness
* Function: cannot walk to the market, needs help for putting socks
* Consent: risks, benefits and alternatives were explained; she agreed and signed
* Time-out: done, both sides and level confirmed
* Technique: prone, sterile preparation, fluoroscopy. 22 G needle to the L4-5 foramen on the right, then on
  the left. Iohexol (Omnipaque 300) 1 mL each side, good perineural and epidural spread, no vascular uptake.
  Depo-Medrol 40 mg injected each side (80 mg in total). AP and lateral views saved for both sides.
* Sedation: none
* Pain scores: 8/10 pre, 4/10 post
* Complications: none. Stable, went home with daughter.
""", procs=[proc("transforaminal_epidural", **_tf("bilateral", ["L4-L5"]), sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(8, 4), need=NEED, codes=[line("64483", "50"), line("J1010", units=80)], findings=[],
        dos="2024-08-20", pos="11")

    add("fcm-h-tfesi-05", "prose", """
REPEAT TRANSFORAMINAL EPIDURAL - RIGHT L3-4 AND L4-5

This is the second injection for this 75 years old gentleman. Previous injection in October gave him about 60%
relief of the leg pain which lasted nearly 4 months, now the pain is coming back again since 6 weeks. Original
complaint is since one year: pain right anterior thigh and knee going to medial shin, with numbness front of
thigh. Quadriceps power 4+/5 on right and knee reflex reduced. MRI shows right foraminal disc protrusion at
L3-4 and foraminal stenosis at L4-5 with contact of right L3 and L4 roots. He had physiotherapy three months
and diclofenac, pain remained same. Pain does not allow him to climb stairs and he is using walking stick.

Dx: Lumbar radiculopathy (M54.16).

He was explained once more about complications and he gave written consent. Time-out done. Under fluoroscopy,
needles placed in the right L3-4 and right L4-5 foramina. Contrast Omnipaque 240, 1 mL per level, confirmed
epidural spread without vascular filling. Methylprednisolone 40 mg was given at each level, total 80 mg. AP and
lateral images were preserved. No sedation used.

Pre-procedure pain 7/10, post-procedure 3/10. No complications. Follow up 4 weeks.
""", procs=[proc("transforaminal_epidural", **_tf("right", ["L3-L4", "L4-L5"]), sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 3), need=NEED, codes=[line("64483", "RT"), line("64484", "RT"), line("J1040")], findings=[],
        dos="2023-05-16", pos="11",
        comment="Repeat with 60% relief for nearly 4 months documented (>= 50% for >= 90 days). 80 mg of "
                "methylprednisolone before 2024-04-01: one J1040.")

    add("fcm-h-tfesi-06", "inline", """
Procedure: L5-S1 TFESI, left. Place: ambulatory surgery centre.
Dx: Lumbosacral radiculopathy (M54.17). Duration: since 7 months. Radicular symptoms: shooting pain from left
buttock to the heel, numbness of the sole, positive left SLR at 45 degrees.
Imaging: MRI - left L5-S1 foraminal stenosis from disc-osteophyte complex.
Previous treatment: home exercise programme and physiotherapy for 2 months, meloxicam; patient told that pain
stays the same despite all this. Function: not able to sit through one hour, gave up his gardening.
Consent: explained about risks, written consent on the file. Time out: yes, performed.
Technique: Prone, sterile. Fluoroscopic guidance. 22 gauge needle into the left L5-S1 foramen. Omnipaque 240 1 mL:
epidural and perineural spread, no vessel. Injectate betamethasone 6 mg (Celestone 1 mL) with ropivacaine 0.2% 1 mL.
Images saved in two views (AP and lateral). Sedation: none.
Pain: before 6/10, after 1/10. Complications: none.
""", procs=[proc("transforaminal_epidural", **_tf("left", ["L5-S1"]), sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("ropivacaine", 2)],
        pain=(6, 1), need=NEED, codes=[line("64483", "LT")], findings=[], dos="2026-09-22", pos="24")

    add("fcm-h-tfesi-07", "headers", """
Right L4-L5 Transforaminal Epidural Injection

Indication: Gentleman of 66 years is suffering since 8 weeks from pain of right hip going to the lateral leg
and dorsum of foot, with numb feeling on the top of foot. SLR right positive at 35 degree, weakness of right
ankle dorsiflexion 4/5. MRI: right foraminal herniation at L4-L5 impinging the right L4 nerve root.
Treatment hitherto: physiotherapy since 5 weeks, tramadol p.r.n. and celecoxib; pain is not at all improved.
He cannot walk one block and cannot do his work in the garage.
Diagnosis: Lumbar disc herniation with radiculopathy (M51.16).

Consent: Was explained about the risks and benefits and the patient signed the consent.
Time out: performed prior to procedure.

Description: Therapeutic injection. Prone position, skin prepared and draped. Fluoroscopy guided 22 G needle
to right L4-L5 neural foramen. Omnipaque 240 1 mL showed epidural spread along the root, no intravascular flow.
Dexamethasone 10 mg (1 mL of 10 mg/mL from a single-dose vial; whole vial used, nothing discarded) injected
slowly. AP and lateral images saved. No sedation.

Pain 8/10 before and 3/10 after procedure. No complications occurred. Patient went home in good state.
""", procs=[proc("transforaminal_epidural", **_tf("right", ["L4-L5"]), intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=NEED, codes=[line("64483", "RT"), line("J1100", "JZ", units=10)], findings=[],
        dos="2026-11-10", pos="11", comment="Single-dose vial with nothing discarded after 2023-07-01: JZ.")


def _ilesi(add, proc, line, given, NEED):
    add("fcm-h-ilesi-01", "prose", """
Lumbar interlaminar epidural steroid injection at L5-S1

Patient is 70 years old man having h/o low back and both legs pain since 6 months, the pain is radiating to
the back of both thighs and calves with numbness in both soles. Ankle reflexes absent bilaterally. MRI lumbar
spine shows large central disc protrusion L5-S1 with compression of both S1 roots. He did physical therapy
for 8 weeks and took NSAIDs, without any relief. He is not able to walk more than 100 metres and could not
go to the church since two months.
Diagnosis: Lumbosacral radiculopathy (M54.17).

Risks such as dural puncture, headache, bleeding, infection and nerve injury were explained, he has given
written consent. Time-out was performed.
Under fluoroscopy the L5-S1 interspace was identified. After skin infiltration the 18 G Tuohy needle was
advanced in the midline using loss of resistance technique to saline. Omnipaque 240, 2 mL, confirmed epidural
spread, no intrathecal or vascular pattern. Then triamcinolone 80 mg diluted with 4 mL of preservative free
saline was injected. AP and lateral fluoroscopic images were saved. No sedation given.

Pre-procedure pain was 8/10. There were no complications and patient was discharged ambulatory.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, None), need=NEED, codes=[line("62323"), line("J3301", units=8)],
        findings=["post_procedure_pain_score"], dos="2025-03-11", pos="11",
        comment="Skin infiltration without a named drug; 80 mg triamcinolone is within the ceiling.")

    add("fcm-h-ilesi-02", "headers", """
CERVICAL INTERLAMINAR EPIDURAL STEROID INJECTION, C7-T1

HISTORY: Lady of 63 years is c/o neck pain with radiation to both arms, more in forearms, with tingling in
both hands since 5 months. Triceps jerk reduced both sides. MRI: multilevel degenerative changes, C5-6 and C6-7
disc osteophyte complexes with bilateral foraminal narrowing.
DIAGNOSIS: Cervical radiculopathy (M54.12).
CONSERVATIVE CARE: Physiotherapy 10 weeks and naproxen, also gabapentin - all were of no use for her pain.
FUNCTION: She is unable to hold the telephone long, difficulty in combing hair and cannot work on computer.

CONSENT: Patient was told about possible complications (dural puncture, infection, bleeding, spinal cord
injury) and she signed the consent form.
TIME OUT: Performed, all agreed.

PROCEDURE: Prone, pillow under chest, sterile preparation. Under fluoroscopy, with contralateral oblique view,
the 20 G Tuohy needle was advanced at C7-T1 interlaminar space by loss of resistance. Omnipaque 240 1 mL
showed good epidural spread. Dexamethasone 10 mg with 2 mL of saline was injected. AP and lateral images
saved. No sedation was given.

PAIN: 7/10 before; 2/10 after.
COMPLICATIONS: None. Patient discharged in stable condition.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=NEED, codes=[line("62321")], findings=[], dos="2026-04-28", pos="24")

    add("fcm-h-caudal-01", "prose", """
Caudal epidural steroid injection.

Gentleman of 77 years with h/o lumbar fusion L4 to S1 done eight years ago, since one year again pain in low
back and in both legs to the feet, with burning and numbness of both feet, worse in the left. SLR positive
both sides at 60 degrees. Recent MRI: postoperative changes, epidural fibrosis around both S1 roots and
adjacent level stenosis L3-4. Dx: Failed back surgery syndrome (M96.1) with bilateral radicular leg pain.
He underwent physiotherapy during 3 months, took pregabalin and paracetamol; the pain is persisting in spite of
all. He can only stand 5 minutes and is not going out of the house.

He was explained about risks and benefits, agreed, consent was signed. Time-out done.
Prone position. Under fluoroscopy the sacral hiatus was identified and a 20 G spinal needle was introduced into
the caudal epidural space. Omnipaque 300, 3 mL, showed epidural filling up to S1 and L5, no vascular flow.
Injected methylprednisolone 80 mg with 10 mL normal saline. AP and lateral images saved. Sedation: none.

Pain before 8/10, after 5/10. No complications. Home with wife.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=True, sedation="none")],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(8, 5), need=NEED, codes=[line("62323")], findings=[], dos="2026-01-20", pos="22")

    add("fcm-h-ilesi-03", "bullets", """
Lumbar epidural steroid injection (interlaminar), L4-5

- Indication: 69-year-old woman, since 3 months pain in the left buttock and leg to the lateral calf, with
  paraesthesia of left lateral calf; left SLR positive at 45 degree
- MRI: left paracentral disc extrusion L4-5 compressing the traversing left L5 root
- Dx: Lumbar radiculopathy (M54.16)
- Prior treatment: 6 weeks of physiotherapy and ibuprofen, no relief; she did not tolerate tramadol (nausea)
- Function: can not do housework, walking limited to 15 minutes
- Consent: explained about risks, understood, written consent signed
- Time-out: done
- Procedure: Prone. Sterile prep. Skin and track anaesthetised with lidocaine 1% 2 mL. Under fluoroscopy 18 G
  Tuohy needle at L4-5 interlaminar space, left paramedian, loss of resistance to air. Iohexol (Omnipaque 240)
  2 mL - epidural spread confirmed. Celestone (betamethasone) 12 mg in 2 mL injected.
  AP and lateral images recorded. Sedation was not used.
- Pain: 6/10 pre, 2/10 post
- Complications: none
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(6, 2), need=NEED, codes=[line("62323"), line("J0702", units=2)], findings=[],
        dos="2024-11-05", pos="11",
        comment="Interlaminar ESI: a paramedian side is not a paired-structure side, so laterality is null.")

    add("fcm-h-caudal-02", "inline", """
Procedure: Caudal epidural injection with fluoroscopy. Indication: Lumbar spinal stenosis with neurogenic
claudication (M48.062). History: 81 years old lady, pain in both legs on walking, radiating from buttocks to
the calves, heaviness and numbness of both legs, since 2 years. MRI: severe central canal stenosis L3-4 and L4-5.
Conservative: physiotherapy for 12 weeks and paracetamol, without improvement. Function: she can walk only 50
metres, needs rest, stopped going to the shops. Consent: explained risks, she signed. Time-out: completed.
Technique: Prone, sterile. Sacral hiatus found under fluoroscopy; 22 G needle into caudal canal. Isovue-M 300
3 mL: epidural spread cranially to L4, no vascular uptake. Dexamethasone 10 mg with bupivacaine 0.25% 4 mL
injected. AP and lateral images saved. Sedation: none. Pain: 7/10 pre, 3/10 post. Complications: none.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=True, sedation="none")],
        drugs=[given("iopamidol", 3, "ml"), given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 10)],
        pain=(7, 3), need=NEED, codes=[line("62323"), line("J1100", units=10)], findings=[],
        dos="2026-07-14", pos="11")


def _mb(side, levels, region, intent, approach="medial_branch", **kw):
    return dict(approach=approach, region=region, laterality=side, levels=levels, imaging="fluoroscopy",
                intent=intent, **kw)


def _facet(add, proc, line, given, NEED):
    add("fcm-h-mbb-01", "headers", """
Bilateral Lumbar Medial Branch Block (diagnostic), first block

Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)
History: Gentleman 64 years, axial low back pain since 2 years, worse on extension and rotation, no radiation
below the knee. Facet loading positive both sides. He had physiotherapy 3 months and NSAIDs, still has pain
despite these. Cannot stand more than 20 minutes, stopped playing golf.
Consent: Explained about procedure and risks, written consent taken.
Time-out: performed.
Procedure: Prone. Sterile preparation. Under fluoroscopic guidance 22 G needles were placed at the L3 and L4
medial branches and the L5 dorsal ramus on right and on left side (6 needles). After negative aspiration,
bupivacaine 0.5% 0.5 mL was injected at each nerve, 3 mL in total. No steroid. No sedation.
Pain: before 6/10; after 30 minutes 1/10, patient will keep the pain diary.
Complications: none.
""", procs=[proc("facet_injection", **_mb("bilateral", ["L4-L5", "L5-S1"], "lumbar", "diagnostic"), sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(6, 1), need=NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2026-03-17", pos="11",
        comment="L3+L4 medial branches and L5 dorsal ramus: joints L4-L5 and L5-S1.")

    add("fcm-h-mbb-02", "prose", """
Right cervical medial branch block - diagnostic

Lady of 58 years is suffering since 14 months from right sided neck pain going to the shoulder top, not
into arm, worse on looking up and turning right. Tenderness over right C4-5 and C5-6 facet joints.
Dx: Cervical spondylosis without myelopathy or radiculopathy (M47.812). Physiotherapy 8 weeks and
diclofenac gel and tablets: no improvement, pain is as before. She cannot turn the head when reversing the car
and work at desk is limited to half hour.

Explained about the risks of block, she agreed and signed consent.
Positioned prone. Under fluoroscopic guidance (lateral view) 25 G needles placed on the right C4, C5 and C6
medial branches at the articular pillars. Lidocaine 2% 0.5 mL was injected at each branch (1.5 mL total).
Pain score before was 7/10 and 15 minutes later 2/10. No complications. Discharged with pain diary.
""", procs=[proc("facet_injection", **_mb("right", ["C4-C5", "C5-C6"], "cervical", "diagnostic"))],
        drugs=[given("lidocaine", 30)], pain=(7, 2), need=NEED,
        codes=[line("64490", "RT", "KX"), line("64491", "RT", "KX")], findings=["time_out"],
        dos="2025-08-05", pos="24", comment="C4, C5, C6 medial branches: joints C4-C5 and C5-C6.")

    add("fcm-h-facet-01", "bullets", """
Therapeutic lumbar facet joint injection, left L4-5 and L5-S1 (intra-articular)

- Dx: Lumbosacral spondylosis without radiculopathy (M47.817)
- History: 71 y/o woman, left low back pain since 18 months, no leg radiation; pain on extension
- Diagnostic blocks: two left medial branch blocks done - first gave 85% relief, second gave 90% relief
- Conservative care: physiotherapy since 4 months, NSAIDs - pain not better
- Function: she can not stand in kitchen more than 10 minutes, sleep disturbed
- Consent: explained about risks and benefits, signed
- Time-out: done with team
- Technique: prone, sterile. Fluoroscopy oblique views; 22 G needle into left L4-5 and left L5-S1 facet joints,
  intra-articular position. At each joint triamcinolone 20 mg with bupivacaine 0.25% 1 mL (total
  triamcinolone 40 mg). Sedation none
- Pain: 7/10 pre-procedure, 2/10 post-procedure
- Complications: nil
""", procs=[proc("facet_injection", **_mb("left", ["L4-L5", "L5-S1"], "lumbar", "therapeutic",
                                         approach="intra_articular"), sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5)], pain=(7, 2), need=NEED,
        codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", units=4)], findings=[],
        dos="2026-05-05", pos="11", comment="'Complications: nil' states none.")

    add("fcm-h-mbb-03", "prose", """
Second diagnostic medial branch block, left L3-4 and L4-5.

Patient is 67 years old man with chronic left sided axial low back pain since three years, non radiating.
First left medial branch block at same levels gave 90% relief for 6 hours. Diagnosis: Lumbar facet
arthropathy (M47.816). He had physiotherapy during 12 weeks and anti-inflammatory tablets, without relief.
He is not able to lift his grandchild and walking is restricted to 15 minutes.
Risks were explained to him in detail and consent form was signed. Time-out was performed before start.
Under fluoroscopy, 22 G needles were placed at the left L2, L3 and L4 medial branches (junction of
transverse process and superior articular process). Ropivacaine 0.5% 0.5 mL was injected at each, total
1.5 mL. No sedation was used.
Pain prior 6/10, after 20 minutes 0/10. No complications were seen.
""", procs=[proc("facet_injection", **_mb("left", ["L3-L4", "L4-L5"], "lumbar", "diagnostic"), sedation="none")],
        drugs=[given("ropivacaine", 7.5)], pain=(6, 0), need=NEED,
        codes=[line("64493", "LT", "KX"), line("64494", "LT", "KX")], findings=[], dos="2024-12-03", pos="22",
        comment="L2, L3, L4 medial branches: joints L3-L4 and L4-L5.")

    add("fcm-h-mbb-04", "inline", """
Procedure: Bilateral C5-6 cervical medial branch block, diagnostic. Dx: Cervical facet arthropathy (M47.812).
Hx: 73 year old gentleman with neck pain both sides since 9 months, no radicular pain, worse on extension.
Tried: physiotherapy for 6 weeks and meloxicam, pain continued unchanged. Function: cannot look up to shelves,
reading limited by neck pain. Consent: explained and signed. Time out: done.
Technique: prone, sterile. Fluoroscopy. 25 G needles at C5 and C6 medial branches on right and left.
Bupivacaine 0.5% 0.3 mL at each of four branches (1.2 mL). Sedation: none.
Pain: 5/10 before, 1/10 after. Complications: none.
""", procs=[proc("facet_injection", **_mb("bilateral", ["C5-C6"], "cervical", "diagnostic"), sedation="none")],
        drugs=[given("bupivacaine", 6)], pain=(5, 1), need=NEED, codes=[line("64490", "50", "KX")], findings=[],
        dos="2026-10-13", pos="11", comment="C5 and C6 medial branches: joint C5-C6.")


def _rfa(add, proc, line, given, NEED):
    add("fcm-h-rfa-01", "headers", """
RADIOFREQUENCY ABLATION OF LUMBAR MEDIAL BRANCHES - RIGHT L4-5 AND L5-S1 FACETS

INDICATION: Lady of 66 years with right sided axial low back pain since 3 years, not radiating to the leg.
Two diagnostic right medial branch blocks gave 90% and 85% relief respectively.
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).
PREVIOUS TREATMENT: Physiotherapy 12 weeks, NSAIDs and acupuncture, pain is persisting despite these.
FUNCTION: She has difficulty for standing more than 15 minutes and can not do gardening.
CONSENT: The procedure and risks (numbness, neuritis, infection, bleeding) were explained and she signed.
TIME OUT: Done.
PROCEDURE: Prone, sterile. Under fluoroscopy 18 G RF cannulae with 10 mm active tip were placed parallel to
the right L3 and L4 medial branches and the right L5 dorsal ramus. Sensory stimulation at 50 Hz below 0.5 V,
motor stimulation at 2 Hz without leg contraction. Lidocaine 2% 1 mL given at every site before lesioning.
Thermal lesion at 80 degrees Celsius for 90 seconds at each nerve. No sedation.
PAIN: 7/10 before, 3/10 after.
COMPLICATIONS: None.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(7, 3), need=NEED,
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[], dos="2026-02-24", pos="24",
        comment="L3+L4 medial branches and L5 dorsal ramus: joints L4-L5 and L5-S1; 80 C is thermal.")

    add("fcm-h-rfa-02", "prose", """
Left cervical radiofrequency neurotomy, C5-6 and C6-7.

This 61 years gentleman has left neck pain since 2 years, radiating to the left trapezius only. Two diagnostic
medial branch blocks of the left C5, C6 and C7 medial branches gave him 80% and 90% relief. Dx: Cervical
spondylosis without myelopathy or radiculopathy (M47.812). He has done physiotherapy 10 weeks and took
celecoxib, still his pain is not better. He cannot rotate the head for driving and sleep is broken.

He was informed about risks and benefits and consented in written. Time-out was done.
Prone. Under fluoroscopy three RF cannulae were placed on the left C5, C6 and C7 medial branches over the
articular pillars. Sensory testing reproduced his usual pain, no motor response in arm. Bupivacaine 0.5%
0.5 mL at each nerve (1.5 mL). Radiofrequency lesions done at 85 degrees C for 90 seconds at each.

Pre-procedure pain 6/10, post-procedure 2/10. He was sent home with the instructions.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 7.5)], pain=(6, 2), need=NEED,
        codes=[line("64633", "LT"), line("64634", "LT")], findings=["complications"],
        complications=None, dos="2025-06-17", pos="22",
        comment="C5, C6, C7 medial branches: joints C5-C6 and C6-C7; complications not stated.")

    add("fcm-h-rfa-03", "bullets", """
REPEAT BILATERAL LUMBAR FACET RHIZOTOMY (L4-L5, L5-S1)

- Dx: Lumbar spondylosis without radiculopathy (M47.816)
- H/o: axial low back pain since 4 years, 68 years old man
- Previous RF at same levels in November 2025 gave 70% relief which lasted 8 months; pain is now returned
- Conservative care: physiotherapy 3 months and NSAIDs earlier, no lasting relief; he continues home exercises
  but the pain is not reduced by them
- Function: unable to walk more than 20 minutes, difficulty in getting up from chair
- Consent: risks explained, signed
- Time-out: done
- Technique: prone, sterile, fluoroscopic guidance. RF cannulae at L3 and L4 medial branches and L5 dorsal
  ramus on both sides. Lidocaine 1% 1 mL at every site (6 sites). Conventional thermal RF 80 degrees C for
  90 seconds each lesion. No sedation.
- Pain: 6/10 before, 2/10 after
- Complications: none
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(6, 2), need=NEED,
        codes=[line("64635", "50"), line("64636", "50")], findings=[], dos="2026-08-18", pos="11",
        comment="Repeat RFA with 70% relief for 8 months (>= 50% for >= 180 days): no diagnostic blocks needed; "
                "2 sessions in 12 months.")


def _si(side, intent, **kw):
    return dict(approach="intra_articular", region="sacroiliac", laterality=side, imaging="fluoroscopy",
                contrast=True, intent=intent, **kw)


def _sij(add, proc, line, given, NEED):
    add("fcm-h-sij-01", "prose", """
Diagnostic left sacroiliac joint injection under fluoroscopy.

Lady of 62 years is having pain in the left buttock below the belt line since 8 months, no radiation below
knee. Positive FABER, thigh thrust and compression tests on left side (3 of 5). Diagnosis: Sacroiliitis
(M46.1), left. She has done physiotherapy 8 weeks with core exercises and taken NSAIDs, without any relief.
She can not sit more than 20 minutes and cannot climb stairs normally.
She was explained about the risks and benefits and gave written consent. Time-out performed.
Prone position, sterile preparation. Under fluoroscopy the inferior part of left SI joint was entered with
22 G spinal needle. Omnipaque 240 0.5 mL showed intra-articular spread. Bupivacaine 0.5% 2 mL injected.
AP and oblique images were saved. No sedation.
Pain 7/10 before injection, 1/10 after 30 minutes: relief of about 85 percent.
There was no complication.
""", procs=[proc("si_joint_injection", **_si("left", "diagnostic"), sedation="none")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 10)], pain=(7, 1), need=NEED,
        codes=[line("27096", "LT")], findings=[], dos="2026-01-13", pos="11")

    add("fcm-h-sij-02", "headers", """
Therapeutic Right Sacroiliac Joint Injection

Indication: Gentleman 74 years, right SI region pain since 1 year, worse on rising from chair; diagnostic
right SI block in September gave 80% relief. Provocation tests positive on right.
Diagnosis: Sacroiliac joint dysfunction (M53.3), right side.
Conservative: physiotherapy 6 weeks and naproxen; pain remained not improved.
Function: he is not able to walk his dog and sitting in car is limited.
Time out: performed.
Technique: Prone, sterile. Under fluoroscopy, 22 G needle into the lower right SI joint. Isovue-M 200 1 mL
confirmed intra-articular spread, no vascular. Triamcinolone 40 mg with bupivacaine 0.25% 2 mL injected.
AP and oblique views saved. No sedation.
Pain: 8/10 before, 2/10 after, 75% relief.
Complications: none.
""", procs=[proc("si_joint_injection", **_si("right", "therapeutic"), sedation="none")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(8, 2), need=NEED, codes=[line("27096", "RT")], findings=["consent"], consent=False,
        dos="2025-11-18", pos="24")

    add("fcm-h-sij-03", "inline", """
Procedure: Left SIJ injection, therapeutic, fluoroscopic. Dx: Sacroiliitis (M46.1), left. Hx: 69 y/o woman,
pain over left sacral sulcus and buttock since 10 months; earlier diagnostic left SI block gave 90% relief.
Physiotherapy 8 weeks plus NSAIDs - no improvement. Cannot stand for cooking, sleeps poorly on left.
Consent: explained about risks, signed. Time-out: done. Technique: prone, sterile, 22 G needle into inferior
left SI joint under fluoroscopy; Omnipaque 240 0.5 mL intra-articular pattern; methylprednisolone 40 mg with
lidocaine 1% 1 mL injected. AP and oblique images saved. Sedation: none. Pain: 6/10 pre, 1/10 post (relief
83%). Complications: none.
""", procs=[proc("si_joint_injection", **_si("left", "therapeutic"), sedation="none")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(6, 1), need=NEED, codes=[line("27096", "LT")], findings=[], dos="2026-09-08", pos="22")


def _other(add, proc, line, given):
    DX = ("diagnosis",)
    add("fcm-h-onb-01", "prose", """
Bilateral greater occipital nerve block.

Lady of 55 years c/o occipital headaches since 1 year, shooting from the nape up to vertex on both sides,
tender over both greater occipital nerves. Diagnosis: Occipital neuralgia (M54.81).
Was explained about the procedure and risks, written consent given. Time-out was done.
Sitting position, landmark technique, no imaging. After cleaning, 25 G needle inserted medial to occipital
artery on each side. On each side bupivacaine 0.5% 2 mL with dexamethasone 2 mg was injected (total
dexamethasone 4 mg).
Pain before 7/10, after 10 minutes 1/10. No complications. Advised headache diary.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("bupivacaine", 20), given("dexamethasone_sodium_phosphate", 4)], pain=(7, 1), need=DX,
        codes=[line("64405", "50"), line("J1100", units=4)], findings=[], dos="2026-06-23", pos="11")

    add("fcm-h-gnb-01", "bullets", """
Right genicular nerve block under fluoroscopy

- Dx: Primary osteoarthritis, right knee (M17.11)
- Gentleman 76 years, right knee pain since 5 years, not candidate for replacement due to heart disease
- Consent: risks explained, signed
- Time-out: done
- Technique: supine, knee slightly flexed, sterile. Under fluoroscopy 22 G needles to the superolateral,
  superomedial and inferomedial genicular nerves. Bupivacaine 0.5% 1 mL at each (3 mL)
- Pain after block: 1/10, he was walking with less limp
- Complications: none
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 15)], pain=(None, 1), need=DX, codes=[line("64454", "RT")],
        findings=["pre_procedure_pain_score"], dos="2026-03-31", pos="24")

    add("fcm-h-knee-01", "headers", """
Left Knee Intra-articular Steroid Injection (ultrasound guided)

Indication: Lady aged 70 with pain of left knee since 3 years, worse on stairs; effusion small.
Diagnosis: Primary osteoarthritis, left knee (M17.12).
Consent: explained, verbal and written consent taken.
Time out: yes.
Procedure: Supine. Sterile preparation. Under ultrasound the suprapatellar recess was seen and a 22 G needle
placed in-plane into the joint. Triamcinolone 40 mg with lidocaine 1% 4 mL injected; the spread in the joint
was seen. Image was saved to the record.
Pain: 6/10 before, 2/10 after.
Complications: none.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(6, 2), need=DX,
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=[], dos="2025-12-09", pos="11",
        comment="Ultrasound with a saved image: 20611.")

    add("fcm-h-tpi-01", "prose", """
Trigger point injections, right upper back and neck.

Gentleman of 52 years with myofascial pain of the right side since 6 months, taut bands with twitch response in
right upper trapezius, right levator scapulae and right rhomboid major - three muscles in total.
Diagnosis: Myofascial pain syndrome (M79.18).
He was explained about risks like pneumothorax and bleeding and gave written consent. Time-out done.
With 27 G needle each trigger point was injected with lidocaine 1% 1 mL after negative aspiration, 3 mL in all.
Pain score before 6/10, after 2/10 (relief 66%). No complications. Stretching exercises advised.
""", procs=[proc("trigger_point", region="cervical", laterality="right")],
        drugs=[given("lidocaine", 30)], pain=(6, 2), need=DX, codes=[line("20553")], findings=[],
        dos="2026-05-26", pos="11",
        comment="Percent relief is written; three muscles named and counted: 20553.")

    add("fcm-h-stellate-01", "prose", """
Left stellate ganglion block, ultrasound guided.

Lady 49 years, h/o distal radius fracture of left side last year, since then burning pain, swelling, colour
change and allodynia of the left hand and forearm. Diagnosis: Complex regional pain syndrome type I of left
upper limb (G90.512).
The risks (hoarseness, Horner syndrome, haematoma, intravascular injection) were explained to her; she signed
consent. Time-out performed.
Supine, neck slightly extended. With linear ultrasound probe at C6 level the prevertebral fascia over longus
colli was identified and a 25 G needle advanced in-plane. Ropivacaine 0.5% 5 mL injected in increments after
negative aspiration. Ultrasound image was stored. No sedation.
Left hand temperature rose from 30 to 33.5 degrees and Horner sign appeared. Pain 7/10 before, 3/10 after.
No complications.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                 imaging="ultrasound", sedation="none")],
        drugs=[given("ropivacaine", 25)], pain=(7, 3), need=DX,
        codes=[line("64510"), line("76942", "26")], findings=[], dos="2026-10-27", pos="24")

    add("fcm-h-pump-01", "inline", """
Procedure: Intrathecal pump refill and reprogramming. Dx: Chronic pain syndrome (G89.4) with intrathecal drug
delivery system; h/o failed back surgery. Consent: explained and signed. Time out: done. The refill was done
by me personally: sterile preparation, Huber needle into reservoir port with template, old drug aspirated
(2.1 mL, as expected by pump log). Morphine 25 mg/mL, 20 mL placed into the reservoir. Pump was
reprogrammed: daily dose increased by 10% for persisting pain. Next refill alarm date set. Complications: none.
""", procs=[proc("pump_refill")], drugs=[given("morphine", 500)], pain=(None, None), need=("diagnosis",),
        codes=[line("62370")], findings=["indication"], dos="2026-08-04", pos="11",
        comment="Physician refill with reprogramming: 62370; dose 20 mL x 25 mg/mL.")

    add("fcm-h-ssn-01", "headers", """
Right Suprascapular Nerve Block (ultrasound guided)

Indication: Gentleman 78 years with right shoulder pain since 2 years, night pain, unable to lift arm above
shoulder. Not fit for surgery.
Diagnosis: Primary osteoarthritis, right shoulder (M19.011).
Consent: was explained about risks and the patient signed.
Time out: done.
Procedure: Sitting. Sterile. With ultrasound the right suprascapular notch was identified and 22 G needle
advanced in-plane. Bupivacaine 0.5% 8 mL with dexamethasone 4 mg was injected around the nerve. Picture
saved in record. No sedation.
Pain: 8/10 before, 3/10 after.
Complications: none.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound", sedation="none")],
        drugs=[given("bupivacaine", 40), given("dexamethasone_sodium_phosphate", 4)], pain=(8, 3), need=DX,
        codes=[line("64418", "RT"), line("76942", "26")], findings=[], dos="2026-04-14", pos="22")
