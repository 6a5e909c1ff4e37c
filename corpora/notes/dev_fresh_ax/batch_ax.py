"""Notes of the sealed batch ax: speech recognition and international dictation. Each note is written as a
speech recogniser or a dictating author from the UK, Ireland, Australia, India, South Africa or North America
leaves it (levels heard as 'L 45' or 'L four-five', doses spelled out, voice commands left in, homophones,
run-on punctuation; 'theatre', 'image intensifier', 'shifted to recovery'). Gold labelled by hand before any
Painpoint run; the `findings` of each `add` are the deliberate gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, SPINE_NEED)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Transforaminal, interlaminar and caudal epidurals (9 notes)."""
    add("fax-tfesi-01", "dictation_uk", """
Pain Management Unit, Day Case List. Procedure: right-sided transforaminal epidural steroid injection at L4/5 and L5/S1.
Diagnosis: lumbar radiculopathy (M54.16). Indication: this gentleman has had right-sided buttock and leg pain for five months
radiating to the dorsum of the foot comma with pins and needles in the big toe full stop. Straight leg raise positive on the
right at 45 degrees, EHL weakness 4 out of 5. He completed ten weeks of physiotherapy with no meaningful improvement and
naproxen upset his stomach, so it was stopped. He has had to give up his allotment and cannot walk the dog beyond the end of
the road. MRI lumbar spine shows a right foraminal disc protrusion at L 45 and lateral recess narrowing at L5 S1 contacting the
exiting and traversing right L5 roots. New paragraph.
Procedure: written consent obtained, WHO checklist and team time out completed in theatre. Prone, skin prepped with chlorhexidine
under aseptic precautions. Under image intensifier guidance 22 gauge spinal needles placed to the right L4/5 and L5/S1 foramina.
Omnipaque 240, 1 ml at each level, showed epidural and perineural spread with no vascular uptake. At each level I injected
4 mg dexamethasone with 1 ml 0.5% bupivacaine. AP and lateral images saved to PACS.
Pain score 8/10 before and 3/10 afterwards. No complications. Discharged home with his wife, GP letter sent.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 8), given("bupivacaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-05",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", units=8)], findings=[])

    add("fax-tfesi-02", "speech_recognition_us", """
procedure note left L5-S1 transforaminal epidural steroid injection period
diagnosis lumbar radiculopathy lumbosacral M54.17 period
history patient is a 71-year-old with left leg pain going down the back of the leg into the outside of the foot for about six
months comma numbness along the left lateral foot comma left ankle reflex absent and straight leg raise positive on the left
period she did physical therapy and tried gabapentin period she is not able to stand long enough to cook dinner or go to church
period MRI shows left paracentral disc extrusion at L5 S1 with compression of the left S1 nerve root period next line
informed consent obtained and time out performed period pre procedure pain 7 out of 10 period
under fluoroscopy a 22 gauge needle was advanced to the left L5 S1 foramen period one cc of Isovue showed good spread along the
nerve root and into the epidural space without vascular runoff period we then injected Kenna log forty milligrams
(Kenalog 40 mg) with one cc of preservative free saline period AP and lateral images were saved period
post procedure pain 2 out of 10 period no complications period end of dictation
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=minus(ESI_NEED, "conservative_care"), dos="2026-03-12",
        codes=[line("64483", "LT"), line("J3301", units=4)], findings=["conservative_care"],
        comment="PT and gabapentin only listed, no outcome stated")

    add("fax-tfesi-03", "dictation_india", """
PROCEDURE RECORD. Procedure done: Left C6/7 transforaminal epidural steroid injection under fluoroscopy.
Diagnosis: Cervical radiculopathy (M54.12).
History: Patient is having complaints of neck pain radiating to left arm and middle finger since 4 months, with tingling and
numbness of left middle finger. Left triceps jerk is diminished and Spurling test is positive on left side. Patient has taken
physiotherapy for 6 weeks and pregabalin but there is no relief, pregabalin was causing giddiness so same was discontinued.
Patient is unable to do household work and cannot sleep on left side. MRI cervical spine revealed left foraminal disc
osteophyte complex at C6-7 compressing the left C7 nerve root.
Pre-procedure pain score: 7/10. Informed written consent taken. Time out done.
Procedure: Under aseptic precautions, patient in supine oblique position, 25G spinal needle was advanced to the posterior aspect
of left C6/7 foramen under C-arm guidance. 0.5 ml Isovue injected, perineural and epidural spread confirmed on live
fluoroscopy with digital subtraction, no intravascular spread. Then four milligram dexamethasone (Decadron) with 0.5 ml
normal saline was injected slowly. AP and oblique images saved. Procedure was uneventful, no complications.
Post-procedure pain score: 2/10. Patient was shifted to recovery in stable condition.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=ESI_NEED, dos="2026-04-21",
        codes=[line("64479", "LT"), line("J1100", units=4)], findings=[])

    add("fax-tfesi-04", "dictation_australia", """
Procedure: Bilateral L5-S1 transforaminal epidural steroid injection (image intensifier).
Referred by GP. Diagnosis: lumbar disc disorder with radiculopathy (M51.16).
Background: Eight months of bilateral leg pain, worse on the left, radiating below both knees with pins and needles in both
feet; reduced ankle jerks bilaterally and a positive slump test on both sides. Physio for twelve weeks gave no relief and
celecoxib was stopped because of reflux. She has had to drop back to two days a week at the bakery as she cannot stand for a
full shift. An MRI has been requested but not yet done.
Consent obtained, time out done with the nurse and radiographer. Pain 8/10 on arrival.
Prone, betadine prep. 22 g needles to the right and left L5-S1 foramina. Omnipaque 300, 1 mL each side, good periradicular and
epidural flow, no vascular pattern. Celestone Chronodose 1.5 mL (9 mg) each side, 3 mL in total, was given.
AP and lateral films kept. Pain 3/10 in recovery. No complications. Home with her partner driving.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 18)],
        pain=(8, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2026-05-14",
        codes=[line("64483", "50"), line("J0702", units=3)], findings=["imaging_findings"],
        comment="MRI requested, no imaging result; betamethasone 18 mg is over the 12 mg ceiling (kit adds dose_ceiling)")

    add("fax-tfesi-05", "dictation_south_africa", """
THEATRE NOTE - DAY WARD
Operation: Right S1 transforaminal epidural (selective nerve root) steroid injection under fluoroscopic control.
Diagnosis: Lumbosacral radiculopathy, right (M54.17).
History: Right-sided sciatica down to the heel and sole for three months, with numbness of the lateral sole; right ankle reflex
absent and SLR positive at 40 degrees. Six weeks of physiotherapy and a course of diclofenac have not helped at all. Cannot
drive to work or sit through a meeting. MRI: right paracentral L5/S1 disc herniation displacing the right S1 root.
Consent signed by patient. Sign-in and time out per theatre checklist. Pain 6/10 pre-op.
Technique: Prone. Under aseptic precautions, 22G needle through the right S1 foramen on AP view with cephalad tilt. Omnipaque
240 1 ml outlined the S1 root sleeve, no vascular spread. Depo-Medrol 40 mg with 1 ml Xylocaine 1% injected. AP and lateral
images archived.
Pain 2/10 post-op. No complications. Patient was transferred to ward and discharged in the afternoon.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="right",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2026-06-09", payer="medicare_cgs",
        codes=[line("64483", "RT"), line("J1010", units=40)], findings=[])

    add("fax-ilesi-01", "speech_recognition_us", """
Procedure colon lumbar interlaminar epidural steroid injection L4-5 under fluoroscopy period
Diagnosis colon spinal stenosis lumbar region with neurogenic claudication M48.062 period
Indication colon patient reports bilateral buttock and thigh pain with heaviness in both legs when walking more than one block
relieved by sitting comma present for about ten months period he finished eight weeks of physical therapy without improvement
and meloxicam did not help period he can no longer do his grocery shopping or walk his dog period MRI shows moderate central
canal stenosis at L four-five from disc bulge and ligamentum flavum hypertrophy period new paragraph
Consent was signed and a time out was done period pain before 7/10 period
Prone comma prep and drape comma the L 45 interspace was identified with fluoroscopy period an 18 gauge Tuohy needle was advanced
with loss of resistance to saline period three cc's of Omnipaque 180 confirmed epidural spread on AP and lateral images which
were saved period we injected eighty of Depo-Medrol (80 mg) with two cc's of preservative free normal saline period
pain after 3/10 period no complications period
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 3), need=ESI_NEED, dos="2026-07-07",
        codes=[line("62323"), line("J1010", units=80)], findings=[])

    add("fax-ilesi-02", "dictation_ireland", """
Pain Medicine - Day Procedure Unit
Procedure: Cervical interlaminar epidural steroid injection, C7/T1, midline, under fluoroscopy.
Diagnosis: Cervical radiculopathy (M54.12).
She is a retired teacher with pain from the neck down into the right arm and thumb since last October, so seven months now,
with pins and needles in the thumb and index finger and a reduced right biceps jerk. She had a block of physiotherapy over
eight weeks that gave her no relief and she couldn't tolerate amitriptyline (too drowsy). She can't manage the hoovering or
hang out the washing. MRI shows a right paracentral disc protrusion at C5/6 and C6/7 with right foraminal narrowing.
Consent taken on the ward. Pain 8 out of 10 beforehand.
Prone with the neck flexed. An 18 g Tuohy was advanced at C7/T1 by loss of resistance to saline, Omnipaque 240 1 ml showed
epidural spread. Kenalog 60 mg with 2 ml of saline was given. Images saved.
Pain 4 out of 10 afterwards. No complications. Back to the ward for an hour and home.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 60)],
        pain=(8, 4), need=ESI_NEED, dos="2026-05-26", pos="22", codes=[line("62321")],
        findings=["saved_images", "time_out"], comment="no time-out; 'Images saved.' gives no views")

    add("fax-caudal-01", "dictation_uk", """
Procedure: caudal epidural injection under image intensifier.
Diagnosis: lumbar spinal stenosis with neurogenic claudication (M48.062).
Seventy-eight year old lady with a year of bilateral leg aching and heaviness on walking, she has to stop after about fifty
yards and lean on the trolley, better sitting. Twelve weeks of physiotherapy did not help and paracetamol and codeine made her
constipated without easing the pain. She can no longer walk to the village shop. MRI shows severe multilevel central stenosis
at L3/4 and L4/5. Note for the typist the dictation software keeps writing caudle, please correct to caudal.
Consent signed, WHO checklist and time out completed. Pain 7/10.
Prone, sacral hiatus located under II, 20 g Tuohy into the caudal canal. Omnipaque 240 4 ml, epidurogram filling to L4 with no
vascular run-off. Injected Depo-Medrone (methylprednisolone acetate) 80 mg with 10 ml of 0.25% Marcain (bupivacaine). AP and lateral images
saved. Pain 3/10 after. No complications. Patient was returned to the ward and discharged home with her daughter.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                    intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 25)],
        pain=(7, 3), need=ESI_NEED, dos="2026-01-22", codes=[line("62323"), line("J1010", units=80)], findings=[])

    add("fax-caudal-02", "speech_recognition_us", """
caudle epidural steroid injection under fluoroscopy period
diagnosis lumbar radiculopathy M54.16 period
indication left leg pain radiating to the calf with numbness over the left shin for four months after a lifting injury period
left straight leg raise positive period physical therapy for six weeks failed to relieve his pain and he could not tolerate
nortriptyline period MRI shows left paracentral disc herniation at L4-5 compressing the left L5 root and postoperative scarring at
L5-S1 period new paragraph
consent obtained period time out performed period
prone comma sterile prep period twenty gauge Tuohy needle through the sacral hiatus under fluoroscopy period three cc's Isovue
showed spread up to L4 without vascular uptake period eighty milligrams of Kenalog in ten cc's of preservative free saline
injected period AP and lateral images saved period
post procedure pain 3 out of 10 period no complications period
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                    intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(None, 3), need=minus(ESI_NEED, "functional_impairment"), dos="2026-08-18", payer="medicare_fcso",
        codes=[line("62323"), line("J3301", units=8)],
        findings=["functional_impairment", "pre_procedure_pain_score"],
        comment="no pre-procedure score and no functional limitation dictated")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Facet medial branch blocks and radiofrequency (8 notes)."""
    add("fax-mbb-01", "dictation_uk", """
Procedure: Bilateral L4/5 and L5/S1 lumbar fascet (facet) joint medial branch blocks - first diagnostic block.
Diagnosis: lumbar spondylosis without radiculopathy (M47.816).
Two years of central low back pain, worse on standing and on extension and rotation, no radiation below the buttocks. He did
ten weeks of physiotherapy without benefit and ibuprofen caused indigestion. He has stopped playing bowls and cannot stand at
the sink long enough to wash up. CT shows bilateral facet arthropathy at L4/5 and L5/S1.
Consent obtained, time out completed. Pain 6/10 before.
Under image intensifier 22 g needles placed at the L3 and L4 medial branches and the L5 dorsal ramus on both sides. 0.5 ml of
0.5% bupivacaine at each of the six targets. Pain 1/10 at thirty minutes, 85% relief, pain diary given. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-02-17",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fax-mbb-02", "dictation_india", """
Procedure: Right cervical medial branch block at C3, C4 and C5 medial branches (C3-4 and C4-5 facet joints), diagnostic.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).
C/o right sided neck pain radiating to occiput and shoulder since 1 year, worse on turning neck to right. No radiation to arm.
Physiotherapy for 8 weeks and tablet aceclofenac taken, both without any relief. Patient is unable to drive two-wheeler or
work on computer for more than half hour. X-ray and MRI show facet arthropathy at right C3-4 and C4-5.
Written informed consent taken. Time out done. Pre-procedure VAS 6/10.
Under aseptic precautions, patient prone, under C-arm guidance 25G needles placed at right C3, C4 and C5 medial branches on
lateral view. 0.5 ml of 2% lignocaine (Xylocaine) injected at each level. Post-procedure VAS 1/10, more than 80% relief.
No complications. Patient was shifted to recovery and discharged with pain diary.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-03-03",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[])

    add("fax-mbb-03", "speech_recognition_us", """
procedure left lumbar medial branch blocks L2 L3 L4 medial branches and L5 dorsal ramus period these cover the left L3-4 L4-5
and L5-S1 facet joints period diagnostic block number one period
diagnosis lumbar spondylosis without radiculopathy M47.816 period
history left sided low back pain for 18 months worse with extension and standing period no leg pain period physical therapy
for 12 weeks did not help comma NSAIDs caused stomach upset period she cannot stand to do dishes or walk through the store
period MRI shows left facet hypertrophy L3-4 through L5-S1 period
consent signed and time out done period pain before 7/10 period
under fluoroscopy 22 gauge needles to the four targets on the left period zero point five cc of zero point five percent
ropivacaine at each target period pain after 1/10 period about 85 percent relief period no complications period
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 10)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-04-02",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["level_limit"], comment="three facet joints in one session (goldkit level_limit)")

    add("fax-mbb-04", "dictation_australia", """
Procedure: Bilateral L5-S1 facet medial branch blocks, diagnostic, under image intensifier.
Diagnosis: Lumbar spondylosis (M47.816).
Low back pain across the belt line for two years, worse bending back and getting out of the car. Twelve weeks with the physio
and a course of meloxicam have not settled it. He has had to give up surfing and cannot mow the lawn. CT: L5-S1 facet
arthropathy bilaterally.
Time out done with the team. Pain 6/10 before.
Prone, prepped. 22 g needles to the L4 medial branch and L5 dorsal ramus each side; 0.5 mL of 0.5% Marcaine at each of the four
targets. Pain 1/10 at 30 minutes, around 85% better. No complications. Pain diary given.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-06-23", consent=False,
        codes=[line("64493", "50", "KX")], findings=["consent"], comment="no consent statement")

    add("fax-mbb-05", "dictation_south_africa", """
Procedure: Bilateral C5/6 cervical facet medial branch blocks (C5 and C6 medial branches), diagnostic, fluoroscopic guidance.
Diagnosis: Cervical spondylosis (M47.812).
Axial neck pain for fourteen months, both sides, worse looking up, without arm symptoms. Physiotherapy for two months and
anti-inflammatories gave no relief. She cannot reverse the car or look up to hang curtains. MRI: bilateral C5/6 facet
arthropathy.
Consent signed. Time out done. Pre-op pain 7/10.
Prone, under aseptic precautions, 25G needles to the C5 and C6 medial branches on both sides on lateral screening. 0.5 ml 2%
lignocaine (Xylocaine) at each of the four targets. Post-op pain 1/10, about 85% relief. No complications. Discharged with
pain chart.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-09-08", payer="medicare_cgs",
        codes=[line("64490", "50", "KX")], findings=[])

    add("fax-rfa-01", "dictation_uk", """
Procedure: Right L4/5 and L5/S1 facet joint radiofrequency denervation (L3, L4 medial branches and L5 dorsal ramus).
Diagnosis: lumbar spondylosis without radiculopathy (M47.816).
Three years of right-sided low back pain on standing and twisting. Physiotherapy for three months without lasting benefit and
NSAIDs not tolerated (gastritis). She cannot stand to do the ironing for more than ten minutes. Two diagnostic medial branch
blocks: January with lidocaine, 90% relief, and February with bupivacaine, 85% relief, each for the expected duration.
Consent and time out. Pain 7/10.
Under image intensifier, 1 ml of 2% lidocaine at each of the three sites. 18 g RF cannulae placed parallel to the nerves;
sensory stimulation at 50 Hz concordant below 0.5 V, no motor response in the leg at 2 Hz. Lesions at 80 degrees for 90
seconds at each site. Pain 2/10 afterwards. No complications. Patient was discharged from day surgery.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-24",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[])

    add("fax-rfa-02", "speech_recognition_us", """
procedure bilateral lumbar radiofrequency ablation L3-4 and L4-5 facet joints period targets L2 and L3 and L4 medial branches
both sides period
diagnosis lumbar spondylosis without radiculopathy M47.816 period
history two years of axial low back pain worse with extension period failed physical therapy for ten weeks and NSAIDs did not
help period unable to stand more than 15 minutes or garden period two prior diagnostic medial branch blocks gave 90 percent and
85 percent relief period new paragraph
consent obtained period time out performed period pain before 8/10 period
under fluoroscopy two cc's of one percent lidocaine at each of the six sites period radiofrequency cannulas placed along each
medial branch period sensory and motor testing appropriate period radiofrequency lesioning was done at each of the six sites
period pain after 2/10 period no complications period
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-05-05",
        codes=[line("64635", "50"), line("64636", "50")], findings=["approach"],
        comment="lesion temperature and technique never stated (rfa.technique)")

    add("fax-rfa-03", "dictation_ireland", """
Procedure: Left C5/6 facet radiofrequency neurotomy (C5 and C6 medial branches).
Diagnosis: Cervical spondylosis (M47.812).
He has had left-sided neck pain for about two years, worse turning to the left when reversing the tractor. Physio for ten
weeks and regular naproxen have made no difference. He can't do the milking without stopping. He had one diagnostic medial
branch block in March with 90% relief for six hours.
Consent taken and time out done. Pain 6/10.
Prone, under fluoroscopy, 0.5 ml of 0.5% bupivacaine at each of the two sites, RF cannulae placed on the C5 and C6 medial
branches, sensory testing concordant, no motor response in the arm. Lesioned at 85 degrees for 90 seconds each.
Pain 2/10 after. No complications. Home with his son.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("bupivacaine", 5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-06-30", pos="24",
        codes=[line("64633", "LT")], findings=["diagnostic_block_relief"], comment="only one diagnostic block")


def _others(add, proc, line, given, SPINE_NEED) -> None:  # noqa: N803
    """SI joint, trigger points, joints, genicular, sympathetic, occipital, pump (13 notes)."""
    add("fax-sij-01", "dictation_uk", """
Procedure: Right sacroiliac joint injection, therapeutic, under image intensifier.
Diagnosis: Sacroiliitis (M46.1), right.
Nine months of right buttock pain below the PSIS, worse getting out of the car and rolling in bed. Thigh thrust, FABER and
compression positive on the right. Physiotherapy for eight weeks and naproxen gave no relief. She cannot manage the school run
or sit through a film. A diagnostic right SI joint block in April gave 80% relief for the duration of the local anaesthetic.
Consent signed, time out completed. Pain 7/10.
Prone, chlorhexidine prep, 22 g needle into the inferior right SI joint. Omnipaque 240 0.5 ml showed an arthrogram. Depo-Medrol
40 mg with 2 ml 0.25% bupivacaine injected. AP and oblique images saved.
Pain 2/10 afterwards, about 70% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-06-04",
        codes=[line("27096", "RT"), line("J1010", units=40)], findings=[])

    add("fax-sij-02", "speech_recognition_us", """
procedure bilateral sacro iliac joint injections diagnostic period
diagnosis sacroiliitis M46.1 bilateral period
history low back and buttock pain over both sacro iliac joints for eight months period positive FABER and thigh thrust on both
sides period physical therapy twelve weeks without improvement and meloxicam did not help period she can't walk around the block
or sit through her grandson's games period
consent obtained and time out done period pain before 8/10 period
under fluoroscopy 22 gauge needle into each sacroiliac joint period half a cc of Isovue on each side confirmed intra-articular
spread period two cc's of two percent lidocaine into each joint period AP and oblique images saved period
pain after 1/10 period no complications period
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 1, "ml"), given("lidocaine", 80)],
        pain=(8, 1), need=SPINE_NEED, dos="2026-07-21", codes=[line("27096", "50")], findings=["percent_relief"],
        comment="relief only implied by 8/10 to 1/10")

    add("fax-sij-03", "dictation_india", """
Procedure: Left sacroiliac joint intra-articular steroid injection (therapeutic) under fluoroscopy.
Diagnosis: Sacroiliitis left side (M46.1).
Patient is having left gluteal pain since 6 months, aggravated on prolonged sitting and climbing stairs. FABER, Gaenslen and
thigh thrust tests positive on left. Physiotherapy for 6 weeks and NSAIDs were given but there is no relief. Patient is unable to
sit for prayers or travel by bus. Diagnostic left SI joint block done last month gave 80% relief.
Informed consent taken. Time out done. Pre-procedure NRS 7/10.
Under aseptic precautions, prone, 22G spinal needle placed in lower third of left SI joint under C-arm. 1 ml Omnipaque 300
confirmed intra-articular spread. Triamcinolone (Kenalog) 40 mg with 1 ml 1% lignocaine (Xylocaine) injected. AP and oblique
images saved. Post-procedure NRS 2/10, about 70% relief. No complications. Patient shifted to recovery.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-10-06", pos="24", codes=[line("27096", "LT")], findings=[])

    add("fax-tpi-01", "speech_recognition_us", """
procedure trigger point injections period
diagnosis myofascial pain syndrome M79.18 period
right neck and shoulder muscle pain for four months after a fall comma heat and stretching helped little period she cannot work
at her computer for more than an hour period exam shows taut bands with twitch response and referred pain in the right upper
trapezius comma right levator scapulae and right splenius capitis period
consent obtained and time out done period pain before 7/10 period
using a 27 gauge needle two cc's of zero point two five percent bupivacaine were injected into each of the three muscles period
pain after 2/10 comma about 70 percent relief period no complications period
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 2), need=("diagnosis",), dos="2026-02-26", codes=[line("20553")], findings=[])

    add("fax-tpi-02", "dictation_australia", """
Procedure: Trigger point injections, right gluteus medius and right quadratus lumborum.
Diagnosis: Myofascial pain syndrome (M79.18).
Right low back and buttock muscle pain for three months after lifting at work, stretches from the physio only helped a little.
Struggling with his shifts at the warehouse.
Consent obtained, time out done. Pain 6/10.
27 g needle, 3 mL of 1% lidocaine into each of the two muscles. Pain 3/10 after, around 50% relief. No complications.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 3), need=("diagnosis",), dos="2026-08-11", codes=[line("20552")], findings=["indication"],
        comment="no taut band, twitch or referred pain documented (tpi.trigger_points_found)")

    add("fax-knee-01", "dictation_uk", """
Procedure: Right knee intra-articular steroid injection under ultrasound guidance, image saved.
Diagnosis: Primary osteoarthritis of the right knee (M17.11).
Two years of right knee pain, worse on stairs and kneeling in church. Physiotherapy and paracetamol have not helped and the GP
stopped the diclofenac because of her kidneys. X-ray shows medial compartment narrowing.
Consent obtained, time out completed. Pain 7/10.
Supine, knee slightly flexed, suprapatellar approach with a 21 g needle under ultrasound, image recorded. Kenalog 40 mg with
4 ml 1% lidocaine injected. Pain 2/10 afterwards. No complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2026-01-13", codes=[line("20611", "RT"), line("J3301", units=4)],
        findings=[])

    add("fax-knee-02", "speech_recognition_us", """
procedure left knee injection period
diagnosis primary osteoarthritis left knee M17.12 period
left knee pain for three years comma worse with stairs and walking in the yard period failed physical therapy and ibuprofen
period X-ray shows severe medial joint space narrowing period
consent obtained period pain before 8/10 period
landmark guided with no imaging comma anterolateral approach with 22 gauge needle period eighty milligrams of Depo-Medrol with
three cc's of zero point five percent Marcaine injected period pain after 3/10 period
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("bupivacaine", 15)],
        pain=(8, 3), need=("diagnosis",), dos="2026-04-28", complications=None,
        codes=[line("20610", "LT"), line("J1010", units=80)], findings=["complications", "time_out"],
        comment="no time-out and no statement on complications")

    add("fax-genb-01", "dictation_ireland", """
Procedure: Right genicular nerve block under ultrasound.
Diagnosis: Primary osteoarthritis of the right knee (M17.11).
Indication: right knee pain for four years, not fit for a knee replacement because of his heart, can't walk to Mass.
Consent taken, time out done. Pain 7/10.
Superomedial, superolateral and inferomedial genicular nerves identified on ultrasound; 4 ml of 0.25% bupivacaine at each, with
dexamethasone 4 mg shared between the three. Pain 2/10 afterwards. No complications.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("bupivacaine", 30), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=("diagnosis",), dos="2026-09-29", codes=[line("64454", "RT"), line("J1100", units=4)],
        findings=[])

    add("fax-stellate-01", "dictation_india", """
Procedure: Left stellate ganglion block under ultrasound guidance.
Diagnosis: Complex regional pain syndrome type I of left upper limb (G90.512).
Patient is having burning pain, swelling and colour change of left hand since 5 months after wrist fracture, with allodynia.
Physiotherapy and pregabalin given, no relief. Unable to hold cup or do household work.
Informed consent taken. Time out done. Pre-procedure pain 8/10.
Under aseptic precautions, supine, left C6 level identified with linear probe, 25G needle placed below prevertebral fascia
anterior to longus colli, image saved. 4 ml of 0.5% ropivacaine (Naropin) injected in divided doses after negative aspiration.
Left Horner's syndrome and rise in hand temperature noted. Post-procedure pain 3/10. No complications. Shifted to recovery.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left", imaging="ultrasound")],
        drugs=[given("ropivacaine", 20)],
        pain=(8, 3), need=("diagnosis",), dos="2026-03-17", codes=[line("64510"), line("76942")], findings=[])

    add("fax-lsb-01", "dictation_south_africa", """
Procedure: Right lumbar sympathetic block at L3 under fluoroscopy.
Diagnosis: Complex regional pain syndrome type one, lower limb.
Burning pain of the right foot with allodynia, sweating and colour change for seven months after an ankle fracture; has not
responded to physiotherapy and amitriptyline. Cannot wear a shoe on the right.
Consent signed, time out done. Pain 8/10.
Prone, under aseptic precautions, 22G needle to the anterolateral aspect of the right L3 vertebral body. Isovue 300 2 ml showed
spread along the sympathetic chain, no vascular uptake. 10 ml 0.25% bupivacaine given in divided doses. Right foot warmed by
2 degrees. Pain 3/10 after. No complications.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=(), dos="2026-07-28",
        codes=[line("64520"), line("77002"), line("Q9967", units=2)], findings=["diagnosis"],
        comment="CRPS diagnosis without code or side (diagnosis_specificity)")

    add("fax-impar-01", "speech_recognition_us", """
procedure ganglion impar block under fluoroscopy period
diagnosis coccydynia M53.3 period
tailbone pain for ten months after a fall down stairs comma sitting more than twenty minutes is unbearable comma a donut cushion
and NSAIDs have not helped period
consent obtained and time out performed period pain before 8/10 period
prone comma 22 gauge needle through the sacrococcygeal junction under fluoroscopy period two cc's of Omnipaque 240 showed the
typical comma shaped spread anterior to the coccyx period four cc's of zero point two five percent bupivacaine and forty
milligrams of Kenalog injected period pain after 2/10 period no complications period
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 10), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-10-20",
        codes=[line("64999"), line("77002"), line("Q9966", units=2), line("J3301", units=4)], findings=[])

    add("fax-onb-01", "dictation_uk", """
Procedure: Left greater occipital nerve block.
Diagnosis: Occipital neuralgia (M54.81), left.
Eight months of shooting left occipital pain into the scalp, tender over the left greater occipital nerve with reproduction of
the pain. Amitriptyline and physiotherapy have not helped. Missing days at work.
Consent obtained, time out done. Pain 7/10.
Landmark technique, no imaging, medial to the occipital artery, 25 g needle. 3 ml 0.5% bupivacaine with Depo-Medrol 40 mg injected.
Pain 1/10 afterwards with numbness of the scalp. No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                    imaging="none")],
        drugs=[given("bupivacaine", 15), given("methylprednisolone_acetate", 40)],
        pain=(7, 1), need=("diagnosis",), dos="2026-11-10", payer="medicare_cgs",
        codes=[line("64405", "LT"), line("J1010", units=40)], findings=[])

    add("fax-pump-01", "dictation_australia", """
Intrathecal pump refill. Diagnosis: failed back surgery syndrome (M96.1).
Indication: intractable back and leg pain after a lumbar fusion, oral opioids caused sedation; good control on intrathecal
morphine for two years.
Consent confirmed and time out done. Pump interrogated, alarm date noted; no change to the programming today.
Residual 3 mL withdrawn, as expected. The reservoir was refilled with 18 mL of preservative-free morphine 25 mg/mL through a
22 g non-coring needle under sterile technique. No complications. Next refill in ten weeks.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 450)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-24", codes=[line("95991")], findings=["approach"],
        comment="who refilled the pump is not stated (pump.performed_by); author assumed, 95991")
