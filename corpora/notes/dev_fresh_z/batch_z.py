"""The 40 notes of the sealed final-check batch z: wordings of our own in a practice-audit mix of styles
(published operative report, EMR SmartText fields, terse shorthand, dictated narrative with speech-recognition
quirks, bullets), gold labelled by hand before any Painpoint run. 23 notes are complete; 17 leave out or get
wrong one or two elements (the `findings` of each `add`)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, SPINE_NEED, minus)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Interlaminar, caudal and transforaminal epidurals (12 notes)."""
    add("fz-ilesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Herniated lumbar disc with radiculopathy (M51.16).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Lumbar interlaminar epidural steroid injection at L4-L5, left paramedian approach, with
fluoroscopic guidance and epidurography.
ANESTHESIA: Local.
INDICATIONS: This 54-year-old man reports ten weeks of left leg pain that starts in the buttock and travels
along the outer thigh to the shin, with numbness over the top of the left foot. Straight-leg raising
reproduces the leg pain on the left at 50 degrees. A six-week course of physical therapy and an oral
methylprednisolone taper did not relieve the leg pain. He has been unable to work his delivery route because
getting in and out of the truck is too painful. MRI of the lumbar spine (December 2025) demonstrates a left
paracentral L4-5 disc protrusion narrowing the left lateral recess and abutting the traversing left L5 root.
Pain before the procedure was 8/10.
DESCRIPTION OF PROCEDURE: The risks, benefits and alternatives were discussed and written informed consent
was obtained. A time-out was completed. The patient was positioned prone and the lumbar area was prepped with
chlorhexidine and draped in sterile fashion. The skin was anesthetized with 2 mL of 1% lidocaine. An 18-gauge
Tuohy needle was advanced left of midline at L4-L5 under intermittent fluoroscopy until loss of resistance to
saline was obtained. Omnipaque 240, 2 mL, produced an epidurogram without vascular or subarachnoid spread. A
mixture of Kenalog-40, 80 mg (2 mL), and 3 mL of preservative-free normal saline was then injected slowly.
Anteroposterior and lateral fluoroscopic images were saved to the record.
ESTIMATED BLOOD LOSS: None.
COMPLICATIONS: None.
DISPOSITION: Pain 3/10 at discharge. Home with his wife.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-14", codes=[line("62323"), line("J3301", units=8)], findings=[])

    add("fz-ilesi-02", "smarttext", """
Procedure Name: Cervical epidural steroid injection, interlaminar
Level: C7-T1
Approach: midline
Guidance: Fluoroscopy
Indication: Right arm pain radiating to the ring and small fingers with pins and needles for 4 months;
right grip weaker than left
Diagnosis: Cervical radiculopathy (M54.12)
Prior treatment: PT x 8 weeks - no improvement; gabapentin stopped because of dizziness
Functional limitation: unable to type for more than 15 minutes; has dropped shifts at work
Pre-procedure pain: 7/10
Consent: signed
Time-out: completed
Procedure details: 18 g Tuohy needle, loss of resistance with saline at C7-T1 midline. Isovue-M 300 1 mL
showed epidural spread on the contralateral oblique view. Depo-Medrol 80 mg with 2 mL saline injected.
Images: AP and contralateral oblique saved
Post-procedure pain: 2/10
Complications: none
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 2), need=minus(ESI_NEED, "imaging_findings"), dos="2026-02-09", pos="22",
        codes=[line("62321")], findings=["imaging_findings"], comment="no imaging study or result in the note")

    add("fz-ilesi-03", "dictated", """
Thoracic interlaminar epidural steroid injection at T10-11 period

New paragraph. History colon this is a 66 year old woman with burning pain that wraps around the left lower ribs
into the left upper abdomen for the last three months comma with touch sensitivity in that band. On exam there
is decreased pinprick in the left T10 dermatome. She went to physical therapy for six weeks without any
improvement and lidocaine patches only helped a little. She can no longer wear a waistband or sleep on her left
side and she gave up her part time job as a cashier. MRI of the thoracic spine shows a left T10-11 disc
protrusion contacting the left T10 nerve root. Diagnosis thoracic radiculopathy M54.14. Pain today is 6 out of
10.

New paragraph. Procedure colon she signed the consent and a time out was done. Prone on the fluoroscopy table
comma sterile prep and drape. A 20 gauge Tuohy needle was advanced at T10-11 with a paramedian approach and loss
of resistance was reached. Omnipaque 240 1.5 mL showed epidural spread on the lateral view. Dexamethasone 10 mg
mixed with 2 mL of preservative free saline was injected. A P and lateral images were saved. Post procedure pain
2 out of 10. No complications. End of dictation.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2026-03-04", codes=[line("62321"), line("J1100", units=10)], findings=[],
        comment="dictation commands ('period', 'comma', 'new paragraph', 'colon') left in the text")

    add("fz-ilesi-04", "bullets", """
L5-S1 interlaminar ESI, right paramedian, fluoroscopy
- Dx: lumbosacral radiculopathy (M54.17)
- Right buttock pain to the back of the calf and heel for 3 months; right ankle reflex reduced; SLR positive
  on the right
- Physical therapy 6 weeks: no change; naproxen stopped for stomach upset
- Cannot sit longer than 30 minutes; stopped driving to see family
- MRI: right paracentral L5-S1 disc protrusion contacting the right S1 root
- Pre-procedure pain 7/10
- Consent signed; time-out done
- Moderate sedation: midazolam 2 mg IV and fentanyl 50 mcg IV
- 20 g Tuohy, loss of resistance at L5-S1 right paramedian; Omnipaque 300 2 mL epidurogram, no vascular flow
- Celestone Soluspan 12 mg (2 mL) with 2 mL 1% preservative-free lidocaine injected
- AP and lateral images saved
- Post-procedure pain 2/10; no complications
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("iohexol", 2, "ml"),
               given("betamethasone_sodium_phosphate_acetate", 12), given("lidocaine", 20)],
        pain=(7, 2), need=ESI_NEED, dos="2026-04-22",
        codes=[line("62323"), line("J0702", units=2)], findings=["sedation_details"],
        comment="sedation agents and doses only: no times, no observer, no reason for sedation; no 99152")

    add("fz-caudal-01", "shorthand", """
Caudal ESI, fluoro
Dx: L4-5 spinal stenosis w/ neurogenic claudication M48.062
9 mo bilat buttock -> calf aching + tingling after walking 1 block, eases w/ sitting. PT 12 wk -> no benefit;
gabapentin -> too sleepy, d/c'd. Quit mall-walking group, can't shop w/o a cart.
MRI: severe central stenosis L4-5, moderate L3-4.
Pre 7/10. Consent + TO.
Prone. 20 g Tuohy via sacral hiatus, LOR. Omnipaque 180 5 mL -> caudal epidural fill up to L5, no vasc.
Kenalog 40 mg + 0.25% bupiv 4 mL + NS 5 mL. AP + lat images saved.
Post 3/10. No cx.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2026-05-06", codes=[line("62323"), line("J3301", units=4)], findings=[])

    add("fz-caudal-02", "operative_report", """
PREOPERATIVE DIAGNOSIS: Intervertebral disc disorder with radiculopathy, lumbosacral region (M51.17).
PROCEDURE: Repeat caudal epidural steroid injection under fluoroscopic guidance.
INDICATIONS: Seven months of left posterior thigh and calf pain reaching the outer foot, with numbness along the
lateral border of the left foot and an absent left ankle reflex. Eight weeks of physical therapy failed to
relieve the leg pain and duloxetine was stopped for nausea. She cannot sit through a work shift. MRI shows a
left paracentral L5-S1 extrusion compressing the left S1 nerve root. Her previous caudal injection on
2026-04-08 reduced the pain by about 40% for five weeks.
PRE-PROCEDURE PAIN: 6/10.
DESCRIPTION OF PROCEDURE: Informed consent was confirmed and a time-out was held. Prone with a pillow under the
pelvis. The sacral hiatus was identified on the lateral view and a 20-gauge Tuohy needle was passed through the
sacrococcygeal ligament. Isovue-M 200, 4 mL, spread cephalad in the caudal epidural space without venous
uptake. Depo-Medrol 80 mg with 5 mL of 0.2% Naropin was injected. AP and lateral images were stored.
POST-PROCEDURE PAIN: 2/10.
COMPLICATIONS: None.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 4, "ml"), given("methylprednisolone_acetate", 80), given("ropivacaine", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2026-06-17", pos="24", codes=[line("62323")],
        findings=["prior_procedure_response"], comment="repeat after 40% relief for 5 weeks (needs 50% for 3 months)")

    add("fz-tfesi-01", "dictated", """
Left L4-5 transforaminal epidural steroid injection.

The patient is a 61 year old female who presents with pain in the left front thigh going over the knee into
the inner shin for about five months. The left knee jerk is reduced and there is numbness over the inner
shin. She completed eight weeks of physical therapy with no lasting relief and meloxicam did not help either.
She is unable to climb the stairs to her bedroom and has been sleeping on the couch. MRI shows a left foraminal
disc protrusion at L4-5 with severe left foraminal stenosis impinging the exiting left L4 nerve root. Diagnosis
lumbar radiculopathy M54.16. Pain 8 out of 10.

Consent was obtained and a time out was performed. She was placed prone. Under fluoroscopy a 22 gauge spinal
needle was directed to the left L4-5 neural foramen below the pedicle. One cc of Omnipaque 240 outlined the L4
root with no vascular runoff. Dexamethasone 10 milligrams with 1 cc of 1% preservative free lidocaine was
injected. AP and oblique views were saved. Post procedure pain 3 out of 10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-27", codes=[line("64483", "LT"), line("J1100", units=10)],
        findings=[])

    add("fz-tfesi-02", "smarttext", """
PROCEDURE: Transforaminal epidural steroid injection
SIDE: Right
LEVELS: L4-L5, L5-S1
DIAGNOSIS: Lumbar radiculopathy (M54.16)
SYMPTOMS: Right buttock and lateral leg pain to the great toe with numbness of the top of the foot; right EHL
4/5. Duration 4 months.
PRIOR CONSERVATIVE TREATMENT: physical therapy 6 weeks (2025), chiropractic, ibuprofen
FUNCTION: cannot stay on his feet more than an hour at work as a line cook
IMAGING: MRI 01/2026 - right foraminal protrusion L4-5; right lateral recess stenosis L5-S1
PRE-PROCEDURE PAIN: 8/10
CONSENT: obtained     TIME-OUT: performed
TECHNIQUE: Fluoroscopy. 22 g spinal needles to the right L4-5 and L5-S1 foramina. Omnipaque 240 1 mL at each
level with perineural flow. Kenalog 20 mg and 0.25% bupivacaine 1 mL at each level.
IMAGES: AP and lateral saved
POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(8, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-02-18", payer="medicare_cgs",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=4)], findings=["conservative_care"],
        comment="conservative care only listed, no outcome")

    add("fz-tfesi-03", "shorthand", """
B/L L5-S1 TFESI (L5 roots) - fluoro
Dx: lumbosacral disc disorder w/ bilat radiculopathy M51.17
Sx 5 mo: both lateral legs -> dorsum of feet, L>R, numb great toes, +SLR bilat.
PT x 8 wk: no help. Celebrex: partial only.
Can't walk to the mailbox w/o stopping.
MRI: bilat L5-S1 foraminal stenosis, mod-severe, disc bulge + facet OA.
Pre 7/10. Consent, TO.
22 g needles to L + R L5-S1 foramina; Omnipaque 300 1 mL/side, no vasc. Depo-Medrol 40 mg/side (80 total) +
1% lido 1 mL/side. 1 spot image saved.
Post 2/10. No cx.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(7, 2), need=ESI_NEED, dos="2026-03-25",
        codes=[line("64483", "50"), line("J1010", units=80)], findings=["saved_images"],
        comment="one saved image: fewer than two views")

    add("fz-tfesi-04", "bullets", """
Right C6-C7 transforaminal ESI (right C7 root)
- Dx: cervical radiculopathy, M54.12
- Right posterior arm and forearm pain into the middle finger for 10 weeks; triceps 4/5 with a reduced
  triceps reflex on the right
- PT 6 weeks without improvement; prednisone taper helped for only three days
- Cannot lift his granddaughter; stopped swimming laps
- MRI: right C6-7 foraminal disc-osteophyte complex with severe right foraminal stenosis
- Pre-procedure pain 7/10
- Consent and time-out completed
- Supine, oblique fluoroscopy; 25 g blunt needle to the posterior right C6-C7 foramen
- Isovue-M 200 0.5 mL under live fluoroscopy with digital subtraction: no vascular uptake
- Dexamethasone 4 mg (1 mL) injected
- AP and oblique images saved
- Post-procedure pain 1/10; no complications
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 1), need=ESI_NEED, dos="2026-04-07", codes=[line("64479", "RT"), line("J1100", units=4)],
        findings=[])

    add("fz-tfesi-05", "dictated", """
left S1 transforaminal epidural steroid injection

history this 47 year old man has pain down the back of the left leg to the sole of the foot for three months
with numbness of the outer left foot. the left ankle jerk is absent and straight leg raise is positive at 35
degrees on the left. diagnosis lumbosacral radiculopathy M54.17. he had six weeks of physical therapy which did
not help and gabapentin made him dizzy so he stopped it. MRI shows a left L5-S1 paracentral herniation
displacing the left S1 root. pain is 9 out of 10.

procedure the consent form was signed and we did a time out. prone, fluoroscopy. a 22 gauge needle was placed
through the left S1 posterior sacral foramen. Omnipaque 240 1 mL outlined the S1 root. betamethasone 6 mg with
1 mL of 1 percent lidocaine was injected. AP and lateral images were saved. pain after the injection 4 out of
10. no complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="left",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 10)],
        pain=(9, 4), need=minus(ESI_NEED, "functional_impairment"), dos="2026-05-20",
        codes=[line("64483", "LT"), line("J0702", units=1)], findings=["functional_impairment"],
        comment="no functional limitation written")

    add("fz-tfesi-06", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar radiculopathy, right (M54.16).
PROCEDURE: Right L3-4, L4-5 and L5-S1 transforaminal epidural steroid injections under fluoroscopy.
INDICATIONS: Six months of right anterior thigh, knee and medial leg pain with a diminished right patellar
reflex and 4/5 quadriceps strength. Ten weeks of physical therapy were unsuccessful and tramadol was not
tolerated because of constipation. He can no longer garden or stand long enough to cook. MRI: multilevel right
foraminal stenosis from L3-4 through L5-S1, severe at L4-5.
PRE-PROCEDURE PAIN: 8/10.
DESCRIPTION OF PROCEDURE: Written consent was obtained and a time-out performed. Prone. Under oblique
fluoroscopy 22-gauge spinal needles were placed into the right L3-4, L4-5 and L5-S1 foramina. Omnipaque 240,
1 mL per level, showed epidural and perineural flow with no intravascular uptake. Dexamethasone 5 mg was
injected at each level. AP and lateral images were saved.
POST-PROCEDURE PAIN: 3/10.
COMPLICATIONS: None.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True,
                    intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("dexamethasone_sodium_phosphate", 15)],
        pain=(8, 3), need=ESI_NEED, dos="2026-06-03",
        codes=[line("64483", "RT"), line("64484", "RT", units=2), line("J1100", units=15)],
        findings=["level_limit"], comment="three transforaminal levels in one region")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, intra-articular facet injections and facet RFA (10 notes)."""
    add("fz-mbb-01", "smarttext", """
Procedure: Lumbar medial branch block - diagnostic #1
Side: Right
Nerves blocked: L2, L3 and L4 medial branches
Facet joints: L3-L4, L4-L5
Diagnosis: Spondylosis without myelopathy or radiculopathy, lumbar region (M47.816)
Pain history: right low back pain for 2 years, worse with extension and rotation, no radiation below the knee
Conservative management: 12 weeks of PT and a home exercise program, no sustained benefit; NSAIDs avoided after
a GI bleed
Functional status: Oswestry 38%; cannot do housework for more than 20 minutes
Imaging: MRI - right-sided facet hypertrophy at L3-4 and L4-5
Guidance: Fluoroscopy
Pre-procedure pain: 6/10
Consent: obtained   Time-out: done
Injectate: 0.5% ropivacaine, 0.5 mL at each of the three nerves
Post-procedure pain: 1/10 (83% relief); diary given
Complications: none
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-01-20",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[])

    add("fz-mbb-02", "dictated", """
bilateral cervical medial branch blocks at C5 C6 and C7 for the C5-6 and C6-7 facet joints, first diagnostic
block

she has pain across the lower neck and into the tops of both shoulders without any arm radiation and it is
worse looking up. diagnosis cervical spondylosis M47.812. physical therapy for eight weeks and chiropractic
care gave no lasting improvement and naproxen upset her stomach. she cannot look up to hang laundry or turn to
check her blind spot when driving. x-rays show facet arthropathy at C5-6 and C6-7. pain today 7 out of 10.

informed consent was signed and a time out was taken. she was positioned prone and under fluoroscopy 25 gauge
needles were placed at the waists of the C5 C6 and C7 articular pillars on both sides. half a milliliter of 2
percent lidocaine was given at each of the six nerves. after the block pain was 2 out of 10. no complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=minus(SPINE_NEED, "symptom_duration"), dos="2026-02-25",
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=["symptom_duration"],
        comment="how long the neck pain has lasted is not written")

    add("fz-mbb-03", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar facet arthropathy (M47.816).
PROCEDURE: Left L4-L5 and L5-S1 medial branch blocks (left L3 and L4 medial branches and L5 dorsal ramus),
second diagnostic block, under fluoroscopy.
INDICATIONS: Left-sided low back pain for 3 years, worse with standing and arching back. Ten weeks of physical
therapy did not help and NSAIDs give only partial relief. She cannot stand for more than 15 minutes. The first
medial branch block with lidocaine on 2026-02-24 gave 60% relief for two hours.
PRE-PROCEDURE PAIN: 7/10.
DESCRIPTION OF PROCEDURE: Consent was signed and a time-out performed. Prone. Under fluoroscopy 22-gauge needles
were placed at the junction of the superior articular and transverse processes of L4 and L5 and at the left
sacral ala. 0.5 mL of 0.5% bupivacaine was injected at each of the three sites.
POST-PROCEDURE PAIN: 2/10.
COMPLICATIONS: None.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-17",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["diagnostic_block_relief"],
        comment="confirmatory block after a first block below 80%")

    add("fz-mbb-04", "shorthand", """
R thoracic MBB dx #1 - T5-6 (R T4 + T5 MB), fluoro
Dx: thoracic spondylosis M47.81
R parascapular/midback pain x 8 mo, worse twisting. PT x 8 wk -> no change; ibuprofen no help.
Can't reach overhead, can't sleep on back. CT: R T5-6 facet arthropathy.
Pre 6/10. Consent, TO.
22 g to superolateral R T5 + T6 TPs (T4, T5 MB), 1% lido 0.5 mL each.
Post 1/10. No cx.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="thoracic", laterality="right",
                    levels=["T5-T6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 10)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-04-14", payer="medicare_fcso",
        codes=[line("64490", "KX", "RT")], findings=["code_validity"],
        comment="M47.81 is a non-billable category (needs a sixth character)")

    add("fz-mbb-05", "bullets", """
Bilateral L4-5 and L5-S1 medial branch blocks - diagnostic, first set
- Diagnosis: lumbar facet arthropathy, M47.816
- Low back pain across both sides for a year, worse standing and with extension
- PT 8 weeks without relief; acetaminophen and celecoxib did not help
- Cannot stand at the sink to do the dishes; ODI 42%
- MRI: L4-5 and L5-S1 facet hypertrophy with small joint effusions
- Pre 7/10
- Consent and time-out done
- Fluoroscopic guidance; L3 and L4 medial branches and L5 dorsal rami on both sides
- 0.5 mL of 2% Xylocaine at each of the six nerves
- Post 1/10, about 86% better
- No complications
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-05-12",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fz-facet-ia-01", "bullets", """
Bilateral L5-S1 intra-articular facet injections - therapeutic
- Dx: lumbar spondylosis without radiculopathy (M47.816)
- Low back pain for 4 years, worse with standing and extension
- Physical therapy 12 weeks gave no relief; NSAIDs not an option because of kidney disease
- Walks the dog for no more than 10 minutes
- Medial branch blocks at L5-S1: 85% relief (2025-11-04) and 90% relief (2025-11-25); she declined ablation
- Pre-procedure pain 6/10
- Consent signed, time-out done
- Fluoroscopy; 22 g needles into the left and right L5-S1 facet joints
- Depo-Medrol 40 mg with 0.5 mL 1% lidocaine into each joint
- Post-procedure pain 2/10
- Complications: none
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 10)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-06-23",
        codes=[line("64493", "50"), line("J1010", units=80)], findings=[])

    add("fz-facet-ia-02", "smarttext", """
Procedure: Facet joint injection, intra-articular
Intent: Diagnostic
Level / side: L4-L5, left
Diagnosis: Lumbar facet syndrome (M47.816)
Duration: 7 months of left low back pain
Conservative care: PT 6 weeks - failed; meloxicam - partial relief only
Functional impact: unable to golf or stand longer than 20 minutes
Guidance: fluoroscopy
Pre pain: 6/10
Consent: yes    Time-out: yes
Details: 22 g needle into the left L4-5 facet joint; Omnipaque 240 0.3 mL arthrogram; Marcaine 0.5% 1 mL
injected
Post pain: 1/10 (83% relief)
Complications: none
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.3, "ml"), given("bupivacaine", 5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-07-08", payer="medicare_cgs",
        codes=[line("64493", "KX", "LT")], findings=[])

    add("fz-rfa-01", "dictated", """
left lumbar radiofrequency ablation L2 L3 and L4 medial branches for the L3-4 and L4-5 facet joints

this is a 70 year old man with left low back pain for three years diagnosis lumbar facet arthropathy M47.816.
he did physical therapy for eight weeks without relief and NSAIDs only took the edge off. he cannot stand at
his workbench for more than a few minutes. he had two diagnostic medial branch blocks at these levels, the first
with lidocaine gave 90 percent relief and the second with bupivacaine gave 85 percent relief, each for the
expected duration of the anesthetic. pain today is 7 out of 10.

consent signed, time out done. prone under fluoroscopy. the skin and deep tissues at each site were numbed with
1.5 mL of 1% lidocaine, three sites. 18 gauge RF cannulas were placed along the left L2 L3 and L4 medial
branches. sensory stimulation at 50 hertz reproduced his back pain under 0.5 volts and motor testing at 2 hertz
showed no leg twitch. each nerve was lesioned at 80 degrees celsius for 90 seconds. pain afterwards 3 out of
10. no complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 45)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-07-21", codes=[line("64635", "LT"), line("64636", "LT")],
        findings=[])

    add("fz-rfa-02", "operative_report", """
PREOPERATIVE DIAGNOSIS: Cervical spondylosis without myelopathy (M47.812).
PROCEDURE: Bilateral C4-5 and C5-6 facet joint denervation (radiofrequency neurotomy of the C4, C5 and C6 medial
branches on both sides) with fluoroscopy.
INDICATIONS: Bilateral posterior neck pain for 2 years with occipital headaches at the end of the day.
Physical therapy for 10 weeks and a trial of cyclobenzaprine failed to help. She can no longer back the car out
of the driveway. Comparative medial branch blocks gave 85% relief with lidocaine and 90% with bupivacaine.
PRE-PROCEDURE PAIN: 8/10.
DESCRIPTION OF PROCEDURE: Consent reviewed and signed; time-out. Prone with the neck slightly flexed. Under
fluoroscopy, RF cannulas were placed along the C4, C5 and C6 medial branches on each side. Sensory testing was
concordant and motor testing showed no upper limb contraction. After 0.5 mL of 2% lidocaine at each of the six
sites, a lesion was made at each nerve.
POST-PROCEDURE PAIN: 3/10.
COMPLICATIONS: None.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-08-05", pos="22",
        codes=[line("64633", "50"), line("64634", "50")], findings=["approach"],
        comment="lesion technique and temperature not stated (rfa.technique)")

    add("fz-rfa-03", "bullets", """
Repeat radiofrequency ablation, right L4-5 and L5-S1 facets (right L3, L4 medial branches and L5 dorsal ramus)
- Diagnosis: lumbar spondylosis M47.816
- Right low back pain for 6 years
- Failed PT (8 weeks, no change) and NSAIDs (gastritis)
- Cannot carry groceries in from the car
- Prior RFA of the same nerves on 2025-11-04: 75% relief lasting 9 months; pain back since August
- Pre 7/10
- Consent and time-out
- Fluoroscopy; 2 mL of 1% lidocaine at each of three sites
- 18 g cannulas; sensory 0.4 V concordant, motor negative at 2 V
- Thermal lesions 85 C for 90 s at each nerve
- Post 2/10
- Complications: none
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-09-15", codes=[line("64635", "RT"), line("64636", "RT")],
        findings=[], comment="repeat RFA after 75% relief for 9 months; second session in 12 months")


def _others(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Sacroiliac, trigger point, joint, genicular, sympathetic, occipital, SCS, augmentation, pump (18 notes)."""
    add("fz-sij-01", "smarttext", """
PROCEDURE: Right sacroiliac joint injection with arthrography
INTENT: Diagnostic
DIAGNOSIS: Sacroiliitis, right (M46.1)
HISTORY: Right buttock pain below the posterior superior iliac spine for 6 months; FABER, thigh thrust and
distraction tests reproduce the pain on the right. Eight weeks of PT gave no relief and naproxen did not help.
FUNCTION: cannot sit through a movie or drive more than 30 minutes
PRE-PROCEDURE PAIN: 8/10
CONSENT: signed    TIME-OUT: completed
TECHNIQUE: Fluoroscopy. 22 g spinal needle into the inferior right SI joint. Omnipaque 240 1 mL outlined the
joint. Injected Marcaine 0.5% 2 mL with Kenalog 40 mg.
IMAGES: AP and contralateral oblique saved
POST-PROCEDURE PAIN: 1/10 - about 88% relief
COMPLICATIONS: none
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 10), given("triamcinolone_acetonide", 40)],
        pain=(8, 1), need=SPINE_NEED, dos="2026-02-03", payer="medicare_fcso",
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=[])

    add("fz-sij-02", "shorthand", """
L SIJ inj - therapeutic
Dx M46.1 sacroiliitis L
L SI region pain x 9 mo below belt line; +Patrick, +Gaenslen L.
Dx L SIJ block 2026-01-13: 90% relief x 5 h.
PT 6 wk no change; NSAIDs partial. Can't sleep on L side or climb stairs.
Pre 7/10. Consent/TO.
Fluoro, 22 g to inferior pole L SIJ, Isovue-M 300 0.5 mL arthrogram. Depo-Medrol 40 mg + 1% lido 1 mL.
AP + obl saved.
Post 2/10, 70% relief. No cx.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-10", codes=[line("27096", "LT"), line("J1010", units=40)],
        findings=[])

    add("fz-sij-03", "dictated", """
bilateral sacroiliac joint injections therapeutic repeat

this lady has had pain over both sacroiliac joints for two years diagnosis sacroiliitis M46.1. she did two
months of physical therapy which did not change anything and ibuprofen only took the edge off. she cannot get
in and out of the bathtub or do her grocery shopping. bilateral diagnostic sacroiliac blocks last year gave 80
percent relief. her last set of therapeutic injections in April gave about 70 percent relief for five months
and the pain has now come back. pain today 6 out of 10.

consent signed, time out done. prone with fluoroscopy, a 22 gauge spinal needle was placed into the lower third
of each sacroiliac joint. Isovue-M 200 half a milliliter on each side confirmed intra-articular flow. 40 mg of
Kenalog with 1 mL of 0.5 percent ropivacaine went into each joint. AP and oblique images were saved. pain after
2 out of 10 which is about 65 percent relief. no complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 80), given("ropivacaine", 10)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-09-29", pos="22", codes=[line("27096", "50")], findings=[])

    add("fz-sirfa-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Left sacroiliac joint pain, sacroiliitis (M46.1).
PROCEDURE: Cooled radiofrequency ablation of the left L5 dorsal ramus and the left S1, S2 and S3 lateral
branches under fluoroscopy.
INDICATIONS: Left sacroiliac pain for 3 years. Two left lateral branch blocks gave 80% and 85% relief; therapeutic
SI joint injections now last only weeks.
PRE-PROCEDURE PAIN: 7/10.
DESCRIPTION OF PROCEDURE: Informed consent obtained; time-out completed. Prone. Each site was anesthetized with
2 mL of 1% lidocaine (four sites). 17-gauge introducers were placed at the left L5 dorsal ramus and lateral to
the left S1, S2 and S3 posterior foramina. Cooled radiofrequency lesions were made at 60 degrees C for 150
seconds at each target.
POST-PROCEDURE PAIN: 3/10.
COMPLICATIONS: None.
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 80)],
        pain=(7, 3), need=("diagnosis",), dos="2026-10-13", codes=[line("64625", "LT")], findings=[])

    add("fz-tpi-01", "bullets", """
Trigger point injections, right neck and upper back
- Dx: myofascial pain, neck (M79.12)
- Right neck and shoulder-blade pain for 2 months; cannot sit at the computer more than an hour
- Exam: taut bands with a local twitch response and referred pain in the right upper trapezius, right levator
  scapulae, right splenius capitis and right rhomboid minor
- Consent signed; time-out done
- 4 muscles injected with a 27 g needle, 1 mL of 1% lidocaine in each
- Pain 6/10 before, 2/10 after - about 65% relief
- No complications
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2026-01-08", payer="medicare_cgs", codes=[line("20553")],
        findings=[])

    add("fz-tpi-02", "smarttext", """
Procedure: Trigger point injections
Muscles: left quadratus lumborum, left gluteus medius
Diagnosis: Myalgia, other site (M79.18)
Indication: left low back and hip ache for 3 months, tender to touch; cannot sit at her desk more than 30
minutes
Pre pain: 6/10
Consent: yes     Time-out: yes
Medication: 0.25% bupivacaine 2 mL per muscle
Post pain: 3/10
Complications: none
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 3), need=("diagnosis",), dos="2026-04-28", codes=[line("20552")],
        findings=["indication", "percent_relief"],
        comment="no taut band, twitch or referral described; relief only implied by the scores")

    add("fz-knee-01", "shorthand", """
L knee IA inj, landmark
Dx: primary OA L knee M17.12
L knee pain w/ stairs + walking x 3 yr, night pain.
Pre 7/10. Consent, TO.
Anteromedial approach, seated, 22 g. Kenalog 40 mg + 1% lido 3 mL. Easy flow.
Post 2/10. No cx.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="none",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
        pain=(7, 2), need=("diagnosis",), dos="2026-05-27", payer="medicare_cgs",
        codes=[line("20610", "LT"), line("J3301", units=4)], findings=[])

    add("fz-shoulder-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, right shoulder (M19.011).
PROCEDURE: Right glenohumeral joint injection with ultrasound guidance.
INDICATIONS: Right shoulder pain and stiffness for 18 months, worse reaching overhead and at night.
PRE-PROCEDURE PAIN: 7/10.
DESCRIPTION OF PROCEDURE: Verbal and written consent were obtained. Seated. Posterior approach: under
real-time ultrasound a 22-gauge spinal needle was advanced into the posterior glenohumeral joint; the image
showing the needle tip in the joint was saved. Depo-Medrol 40 mg with 4 mL of 0.5% ropivacaine was injected.
POST-PROCEDURE PAIN: 2/10.
COMPLICATIONS: None.
""",
        procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="right",
                    imaging="ultrasound", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("ropivacaine", 20)],
        pain=(7, 2), need=("diagnosis",), dos="2026-06-09",
        codes=[line("20611", "RT"), line("J1010", units=40)], findings=["time_out"])

    add("fz-gnb-01", "bullets", """
Right genicular nerve block, diagnostic, ultrasound guided
- Dx: primary osteoarthritis, right knee (M17.11)
- Right knee pain for 5 years; PT, NSAIDs and two steroid injections no longer help; considering RFA
- Pre 8/10
- Consent and time-out done
- Superomedial, superolateral and inferomedial genicular nerves identified by ultrasound beside the
  genicular arteries; 0.5% bupivacaine injected at each
- Post 2/10 (75% relief)
- No complications
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="diagnostic")],
        drugs=[given("bupivacaine", None)],
        pain=(8, 2), need=("diagnosis",), dos="2026-07-14", codes=[line("64454", "RT")], findings=["drug_dose"],
        comment="bupivacaine without a volume")

    add("fz-genrfa-01", "smarttext", """
Procedure: Genicular nerve radiofrequency ablation
Side: Left knee
Targets: superomedial, superolateral and inferomedial genicular nerves
Diagnosis: Primary osteoarthritis, left knee (M17.12)
Indication: left knee pain for 6 years; not a surgical candidate
Prior diagnostic block: 2026-07-28, 80% relief for 6 hours
Guidance: fluoroscopy
Pre pain: 8/10
Consent: signed    Time-out: done
Local: 1% lidocaine 2 mL at each site
Lesions: thermal, 80 C for 90 seconds x 3 nerves after sensory and motor testing
Post pain: 3/10
Complications: none
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis",), dos="2026-08-18", pos="24", codes=[line("64624", "LT")], findings=[])

    add("fz-stellate-01", "dictated", """
right stellate ganglion block under ultrasound guidance

indication this 52 year old woman has complex regional pain syndrome type 1 of the right upper limb, G90.511,
with burning pain, swelling and color change of the right hand for five months after a wrist fracture. pain 7
out of 10 today.

consent was signed and we did a time out. supine with the neck slightly extended. using a linear ultrasound
probe at the C6 level the longus colli was identified and a 25 gauge needle was advanced under real time
ultrasound to the fascia over the muscle, avoiding the vertebral artery. the image was saved. 5 mL of 0.5
percent ropivacaine was injected in small aliquots with negative aspiration. she developed a right Horner's
sign and the right hand warmed. pain after the block 3 out of 10. no complications.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(7, 3), need=("diagnosis",), dos="2026-09-01", codes=[line("64510"), line("76942")], findings=[])

    add("fz-lsb-01", "shorthand", """
L lumbar sympathetic block, L3, fluoro
Dx: CRPS I L lower limb G90.522
Burning L foot + allodynia, cold mottled skin x 7 mo after bunion surgery.
Consent, TO.
Prone. 22 g 15 cm needle to anterolateral L3 body, L side. Omnipaque 240 3 mL: prevertebral spread, no vasc.
0.25% bupiv 15 mL in divided doses.
L foot temp 28 -> 33.5 C. Tol well. No cx.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 37.5)],
        pain=(None, None), need=("diagnosis",), dos="2026-10-06",
        codes=[line("64520"), line("77002"), line("Q9966", units=3)],
        findings=["post_procedure_pain_score", "pre_procedure_pain_score"], comment="no pain scores")

    add("fz-impar-01", "shorthand", """
Ganglion impar block - fluoro
Dx: coccygodynia M53.3
Coccyx pain x 8 mo after a fall, worse sitting; cushion + NSAIDs no help.
Pre 8/10. Consent + TO.
Prone. 22 g through the sacrococcygeal junction to the anterior sacrococcygeal space on lateral view.
Omnipaque 180 2 mL: retroperitoneal "apostrophe" spread. 0.5% bupiv 4 mL + Kenalog 40 mg.
Post 2/10. No cx.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-10-27",
        codes=[line("64999"), line("77002"), line("Q9965", units=2), line("J3301", units=4)], findings=[])

    add("fz-onb-01", "smarttext", """
Procedure: Greater occipital nerve block
Laterality: Bilateral
Guidance: landmark (palpation of the occipital artery)
Diagnosis: Occipital neuralgia (M54.81)
Indication: shooting pain from the base of the skull to the vertex on both sides, several times a day for 6
months; scalp tender over both greater occipital nerves
Pre pain: 7/10
Consent: signed    Time-out: done
Injectate per side: Kenalog 20 mg + 0.5% bupivacaine 2 mL
Post pain: 1/10
Complications: none
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 20)],
        pain=(7, 1), need=("diagnosis",), dos="2026-10-20", payer="medicare_fcso",
        codes=[line("64405", "50"), line("J3301", units=4)], findings=[])

    add("fz-onb-02", "dictated", """
left greater and lesser occipital nerve blocks with ultrasound

she is a 38 year old woman with left occipital neuralgia M54.81 with electric pain from the left base of the
skull over the back of the head and behind the left ear for four months. pain is 8 out of 10.

we did a time out. seated, head flexed. with a linear probe the left greater occipital nerve was seen between
the semispinalis capitis and the obliquus capitis inferior and the lesser occipital nerve at the posterior
border of the sternocleidomastoid, and a 25 gauge needle was guided to each under ultrasound; the images were
saved. dexamethasone 4 mg total was divided between the two nerves together with 2 mL of 1 percent lidocaine at
each nerve. pain afterward 2 out of 10. no complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("dexamethasone_sodium_phosphate", 4), given("lidocaine", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-11-03", consent=False,
        codes=[line("64405", "LT"), line("64450", "LT"), line("76942"), line("J1100", units=4)],
        findings=["consent"], comment="no consent statement")

    add("fz-scs-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Postlaminectomy syndrome (M96.1) with chronic left leg neuropathic pain.
PROCEDURE: Spinal cord stimulator trial, percutaneous placement of two 8-contact epidural leads, fluoroscopic
guidance.
ANESTHESIA: Local, patient awake for intraoperative testing.
INDICATIONS: Low back and left leg pain for 5 years after L5-S1 laminectomy and fusion. Physical therapy,
gabapentin, nortriptyline and three transforaminal injections have failed to give lasting relief; opioids caused
sedation. He is a candidate for neuromodulation.
PRE-PROCEDURE PAIN: 8/10.
DESCRIPTION OF PROCEDURE: Written consent obtained; time-out. Prone. 1% lidocaine 15 mL at the entry sites.
Through a right paramedian approach at L1-2, two 14-gauge Tuohy needles entered the epidural space with loss of
resistance and the leads were steered to the top of T8 and the middle of T8. Testing produced paresthesia over
the low back and left leg. Leads secured to the skin with sutures and covered with a sterile dressing.
POST-PROCEDURE PAIN: 3/10 with stimulation.
COMPLICATIONS: None.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 150)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-08-25", pos="24",
        codes=[line("63650", units=2), line("77003", "26")], findings=["indication"],
        comment="no psychological evaluation documented (scs.psychological_evaluation)")

    add("fz-kypho-01", "bullets", """
T12 vertebroplasty, bilateral transpedicular, fluoroscopy
- Dx: age-related osteoporosis with current pathological vertebral fracture, initial encounter (M80.08XA)
- Severe thoracolumbar pain for 6 weeks after a fall at home; 4 weeks of bracing and scheduled acetaminophen
  and tramadol have not controlled it; she cannot get out of bed without help
- MRI: acute T12 compression fracture, 25% height loss, marrow edema on STIR, posterior wall intact
- Pre-procedure pain 9/10
- Consent signed; time-out done
- Moderate sedation administered by me with an independent RN observer: midazolam 2 mg and fentanyl 75 mcg IV;
  start 10:12, stop 10:37 (25 minutes)
- 1% lidocaine 10 mL to skin and periosteum
- 11 g needles through both T12 pedicles; 3 mL PMMA cement injected under lateral fluoroscopy; no extravasation
- Post-procedure pain 4/10
- Complications: none
""",
        procs=[proc("vertebral_augmentation", approach="vertebroplasty", region="thoracic", levels=["T12"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.075), given("lidocaine", 100)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        dos="2026-09-22", pos="22", codes=[line("22510"), line("99152"), line("99153")], findings=[])

    add("fz-pump-01", "shorthand", """
ITB pump refill + reprogram (RN)
Dx: spastic diplegic cerebral palsy G80.1
Ind: severe leg spasticity; pump lets her transfer and sit in her wheelchair; oral baclofen too sedating.
Due per alarm date.
Consent, TO. Pump interrogated. Residual 3.0 mL aspirated, matches expected.
Refill by clinic RN: baclofen 2000 mcg/mL, 20 mL into reservoir via 22 g Huber needle, sterile technique.
Daily dose increased 10% and pump reprogrammed by the RN per order. No cx. Next refill 4 mo.
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 40)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-10", codes=[line("62369")], findings=[])
