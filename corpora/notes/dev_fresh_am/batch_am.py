"""Notes of the sealed batch am (round 7): coding edge cases in wordings of our own (headered op notes and
dictated paragraphs) - add-on units for extra levels, bilateral 50 vs RT/LT lines (commercial payer), a third
and fourth facet joint, imaging variants (none, CT, ultrasound with and without a saved image), pulsed vs thermal
RF, CRNA sedation vs proceduralist moderate sedation, repeats, too-frequent sessions, invalid ICD-10 codes,
methylprednisolone J1020-J1040 before 2024-04-01 and J1010 after. Gold labelled by hand from each note's text and
the KB (`coding/kb/*.yaml`) before anyone ran Painpoint on it; the `findings` of each `add` are the gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _si_and_other(add, proc, line, given, SPINE_NEED)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Nine epidurals: bilateral and three-level TFESI, CT guidance, no imaging, caudal, repeats."""
    add("fam-tfesi-01", "headered", """
PROCEDURE: Bilateral transforaminal epidural steroid injection, L4-L5 and L5-S1, fluoroscopic guidance
DIAGNOSIS: Lumbar radiculopathy (M54.16)
HISTORY: Six months of pain shooting from both buttocks down the posterior thighs into both calves, worse on the
left, with pins and needles in both feet. Straight-leg raising is positive on both sides at 45 degrees. He did
nine weeks of physical therapy with no change in the leg pain, and naproxen upset his stomach so he stopped it.
He can no longer walk the length of the supermarket or drive more than half an hour.
IMAGING: MRI lumbar spine shows bilateral foraminal narrowing at L4-5 and L5-S1 from disc bulging and facet
overgrowth, with contact on the exiting L4 and L5 roots on both sides.
PRE-PROCEDURE PAIN: 8/10
CONSENT: Risks, benefits and alternatives reviewed; written consent signed.
TIME-OUT: Performed with the nurse and radiology technologist before the first needle.
TECHNIQUE: Prone on the fluoroscopy table, skin prepped with chlorhexidine. Under oblique fluoroscopic views a
22 g spinal needle was advanced to each of the four foramina (left and right L4-L5, left and right L5-S1).
Isovue-M 300, 1 mL at each level (4 mL total), showed spread along the nerve root and into the epidural space
with no vascular or intrathecal pattern. At each of the four sites 0.5 mL of Kenalog 40 mg/mL mixed with 1 mL of
0.25% bupivacaine was injected.
IMAGES: AP and lateral views retained.
POST-PROCEDURE PAIN: 2/10. COMPLICATIONS: None. Discharged walking.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 4, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 10)],
        pain=(8, 2), need=ESI_NEED, dos="2025-02-11",
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=8)], findings=[],
        comment="bilateral: one line with 50 and the add-on with 50 at its normal unit (Medicare)")

    add("fam-tfesi-02", "dictated", """
This is a dictated procedure note for a right-sided three-level transforaminal epidural. The patient has had
right leg pain for about five months running from the hip along the outer thigh to the front of the shin and
the top of the foot, with numbness over the big toe and a weak right ankle dorsiflexion on exam. Diagnosis is
lumbar radiculopathy on the right, M54.16. She went through ten weeks of formal physical therapy which did not
relieve the leg pain, and gabapentin left her too dizzy to keep taking it. She can't stand at the stove to cook
or walk to the mailbox without stopping. The MRI shows multilevel right foraminal stenosis at L3-4, L4-5 and
L5-S1. She rated her pain seven out of ten before we started. After we went through the risks she signed the
consent, and we did a time-out confirming right side and levels. Under fluoroscopy, with her prone, we placed
22 gauge needles at the right L3-L4, L4-L5 and L5-S1 foramina. Omnipaque 240, one milliliter per level, three
milliliters in all, outlined each root with no vascular uptake. Each level then got one milliliter of
dexamethasone 4 mg per mL and one milliliter of one percent lidocaine. AP and oblique pictures were saved. She
was three out of ten afterwards. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True,
                    intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("dexamethasone_sodium_phosphate", 12), given("lidocaine", 30)],
        pain=(7, 3), need=ESI_NEED, dos="2023-09-05",
        codes=[line("64483", "RT"), line("64484", "RT", units=2), line("J1100", units=12)],
        findings=["level_limit"], comment="three foramina in one region: add-on x2 and the two-level limit")

    add("fam-tfesi-03", "headered", """
Procedure: Left C6-C7 transforaminal epidural steroid injection (fluoroscopy)
Payer: commercial plan
Diagnosis: Cervical radiculopathy (M54.12)
Indication: Left neck pain with an ache down the back of the arm to the middle finger for 4 months, numbness
in the left middle finger and a reduced left triceps jerk. She did a course of physical therapy and takes
gabapentin. She has had to stop her shifts at the bakery because she cannot lift trays. MRI cervical spine:
left uncovertebral spurring narrows the C6-7 foramen and flattens the left C7 root.
Pain before: 6/10
Consent obtained in writing; time-out held.
Details: Supine oblique. A 25 g needle was directed to the posterior half of the left C6-C7 foramen. Under live
fluoroscopy Omnipaque 240, 1 mL, spread along the root without vascular filling. Dexamethasone 10 mg (1 mL) was
then injected slowly.
Images stored: AP and oblique.
Pain after: 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"), dos="2025-07-08", pos="24",
        payer="commercial_generic", codes=[line("64479", "LT")], findings=[],
        comment="therapy and gabapentin only listed, no outcome stated, but esi.conservative_care is a Medicare LCD "
                "requirement (payers: [medicare]) and this payer is commercial_generic: no finding (gold corrected "
                "round 7b); ASC: no drug lines")

    add("fam-ilesi-01", "dictated", """
Office procedure note. Lumbar interlaminar epidural steroid injection at L5-S1, done in the clinic procedure room
by landmark and loss-of-resistance technique without fluoroscopy. No contrast was given. Diagnosis: lumbar radiculopathy (M54.16). For the past seven months he has had left buttock and posterior
leg pain into the sole of the foot with tingling in the lateral toes; the left ankle reflex is absent.
Twelve weeks of physical therapy failed to help and meloxicam gave him no benefit. He has stopped working on his
farm because he cannot bend or sit on the tractor. MRI shows a left paracentral L5-S1 disc extrusion displacing
the left S1 root. Pain 7/10 at the start. Consent was signed and we did a time-out. Sitting, prepped and draped,
a 20 gauge Tuohy needle entered the L5-S1 interspace in the midline; loss of resistance to saline at about 5 cm.
Depo-Medrol 80 mg with 3 mL of preservative-free saline was injected. Pain 4/10 afterwards. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="none", contrast=False, intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80)],
        pain=(7, 4), need=ESI_NEED, dos="2024-01-16",
        codes=[line("62322"), line("J1040")], findings=["contrast", "imaging_guidance", "saved_images"],
        comment="no imaging: 62322; contrast omitted without a reason; methylprednisolone before 2024-04-01: J1040")

    add("fam-ilesi-02", "headered", """
PROCEDURE: Repeat cervical interlaminar epidural steroid injection, C7-T1, under fluoroscopy with moderate sedation
DIAGNOSIS: Cervical radiculopathy (M54.12)
HISTORY: Right neck pain spreading over the shoulder blade and down the outer arm to the thumb for ten months,
with numbness of the right thumb and a weak right biceps. Physical therapy for eight weeks made no difference and
duloxetine was stopped for nausea. She cannot hold her arm up to wash her hair or work at the computer. Her
previous C7-T1 epidural last August gave about 60% relief that lasted four months.
IMAGING: MRI shows a right paracentral C5-6 disc protrusion touching the right C6 root and mild canal narrowing.
PRE-PROCEDURE PAIN: 7/10
CONSENT/TIME-OUT: Written consent; time-out performed with the whole team.
SEDATION: Moderate sedation given by me; an independent RN monitored the patient throughout. Reason: severe
needle anxiety with a vasovagal faint at her last procedure. Midazolam 2 mg and fentanyl 50 mcg IV. Sedation
start 10:02, end 10:27 (25 minutes intraservice).
TECHNIQUE: Prone. An 18 g Tuohy needle was advanced at C7-T1 in the paramedian plane with loss of resistance to
saline on the lateral view. Omnipaque 240, 1.5 mL, gave an epidural pattern. Kenalog 60 mg (1.5 mL) with 2 mL of
saline was injected.
IMAGES: AP and contralateral oblique images saved.
POST-PROCEDURE PAIN: 2/10. COMPLICATIONS: None.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 60), given("midazolam", 2),
               given("fentanyl", 0.05)],
        pain=(7, 2), need=ESI_NEED, dos="2026-01-20",
        codes=[line("62321"), line("99152"), line("99153"), line("J3301", units=6)], findings=[],
        comment="repeat with 60% for 4 months; proceduralist moderate sedation 25 min with observer: 99152 + 99153")

    add("fam-ilesi-03", "dictated", """
Procedure: lumbar epidural steroid injection, interlaminar approach at L4-L5, fluoroscopically guided. This is a
repeat injection. She tells me she has had four lumbar epidurals in the past 12 months at another practice and
that the last one helped some. Diagnosis is spinal stenosis of the lumbar region with neurogenic claudication,
M48.062. Her legs get heavy and achy from the buttocks to the calves after walking about one block for the last
two years, eased by sitting. Physical therapy for twelve weeks and a trial of pregabalin did not help. She now
uses a scooter in stores and cannot do her own shopping. MRI shows severe central stenosis at L4-5 with
ligamentum flavum thickening. Pre-procedure pain 8 out of 10. She signed the consent and the time-out was done.
With a 20 gauge Tuohy needle we entered the epidural space at L4-L5 by loss of resistance. Omnipaque 300, 2 mL,
confirmed epidural spread. We gave Celestone Soluspan 12 mg (2 mL) with 2 mL of saline. AP and lateral images
were saved. Post-procedure pain 5 out of 10. There were no complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(8, 5), need=ESI_NEED, dos="2025-06-03",
        codes=[line("62323"), line("J0702", units=2)], findings=["frequency", "prior_procedure_response"],
        comment="four earlier lumbar ESIs in 12 months + today = 5 (> 4); 'helped some' is no documented response")

    add("fam-caudal-01", "headered", """
PROCEDURE: Caudal epidural steroid injection, fluoroscopic guidance
Place: hospital outpatient department
DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062)
INDICATION: For a year and a half both legs have cramped and gone weak from the buttocks to the calves when he
walks more than a few minutes, relieved by sitting or bending forward. Ten weeks of physical therapy gave no
relief and gabapentin caused ankle swelling and was stopped. MRI: moderate central and lateral recess stenosis at
L3-4 and L4-5.
PRE-PROCEDURE PAIN SCORE: 6/10
CONSENT: Signed after discussion. TIME-OUT: Completed.
DESCRIPTION: Prone. The sacral hiatus was located on the lateral view and a 20 g Tuohy needle placed into the
caudal canal. Omnipaque 240, 5 mL, filled the canal up to L5 with no vascular runoff. Depo-Medrol 80 mg with 5 mL
of 0.25% bupivacaine was injected. AP and lateral images saved to the record.
POST-PROCEDURE PAIN SCORE: 3/10. COMPLICATIONS: None.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 12.5)],
        pain=(6, 3), need=ESI_NEED, dos="2024-05-07", pos="22",
        codes=[line("62323")], findings=[],
        comment="legs cramp and weaken 'when he walks more than a few minutes': a walking tolerance, functional "
                "impairment as in dev_fresh_h fh-u-tfesi-01 and dev_fresh_f ff-ilesi-03 (gold corrected round 7b); "
                "hospital outpatient: no drug lines")

    add("fam-tfesi-04", "dictated", """
Left L5-S1 and S1 transforaminal epidural steroid injections under fluoroscopic guidance, dictated. Diagnosis
written on the order: lumbosacral radiculopathy, M54.1. Pain began three months ago with left buttock pain
travelling down the back of the leg to the heel and the outside of the foot, numb little toe, reduced left ankle
jerk. He did eight weeks of physical therapy without relief, and ibuprofen did nothing. He is off work as a
roofer since he cannot climb ladders. MRI shows a left L5-S1 disc herniation compressing the left S1 root in the
lateral recess and narrowing the left L5-S1 foramen. Pain before was 8/10. Written consent; time-out done. Prone,
oblique view, a 22 gauge needle was placed at the left L5-S1 foramen and a second through the left S1 foramen.
Omnipaque 180, 1 mL at each site, showed perineural spread without vascular pattern. Each site got Depo-Medrol
20 mg (0.5 mL) with 1 mL of 1% lidocaine. AP and lateral views saved. Pain after 3/10, no complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, dos="2023-11-14",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1030")], findings=["code_validity"],
        comment="M54.1 is a non-billable category; 40 mg methylprednisolone before 2024-04-01: J1030")

    add("fam-tfesi-05", "headered", """
PROCEDURE: Right L4-L5 transforaminal epidural steroid injection, CT guided
PAYER: Medicare (CGS)
DIAGNOSIS: Lumbar radiculopathy (M54.16)
HISTORY: Right groin and front-of-thigh pain to the knee for five months with numbness over the right anterior
thigh and a weak right knee extension. Seven weeks of physical therapy did not change the leg pain and
celecoxib had to be stopped for hypertension. He can no longer climb the stairs to his bedroom. MRI: far-lateral
right L4-5 disc protrusion compressing the exiting right L4 root.
PRE-PROCEDURE PAIN: 7/10
CONSENT: Written. TIME-OUT: Done in the CT suite.
TECHNIQUE: Prone in the CT gantry. Under intermittent CT a 22 g needle was advanced to the right L4-L5 foramen.
Omnipaque 180, 0.5 mL, showed perineural spread with no vascular filling. Dexamethasone 10 mg was injected.
IMAGES: two CT images (needle tip position and contrast spread) saved to PACS.
POST-PROCEDURE PAIN: 3/10. COMPLICATIONS: None.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="ct", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2026-04-14", payer="medicare_cgs",
        codes=[line("64483", "RT"), line("J1100", units=10)], findings=[],
        comment="CT guidance is included in 64483 like fluoroscopy")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Seven facet notes: third/fourth joints, ultrasound-guided MBB, IA therapeutic, thermal and pulsed RF."""
    add("fam-mbb-01", "headered", """
PROCEDURE: Bilateral lumbar medial branch blocks (diagnostic #1), L2, L3 and L4 medial branches and L5 dorsal rami
FACILITY: Ambulatory surgery center
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816)
INDICATION: Axial low back pain across the belt line for two years, worse standing and leaning back, no leg pain.
Twelve weeks of physical therapy and a home programme did not relieve it and diclofenac caused heartburn. She
cannot stand long enough to do the laundry. CT: facet hypertrophy at L3-4, L4-5 and L5-S1 on both sides.
PRE-PROCEDURE PAIN: 7/10
CONSENT: signed. TIME-OUT: done.
TECHNIQUE: Prone, fluoroscopy. 22 g needles were placed on both sides at the L2, L3 and L4 medial branches and the
L5 dorsal ramus (L3-L4, L4-L5 and L5-S1 facet joints). 0.5 mL of 0.5% bupivacaine at each of the eight targets.
POST-PROCEDURE PAIN: 1/10 at 30 minutes (85% relief); pain diary given. COMPLICATIONS: None.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 20)],
        pain=(7, 1), need=SPINE_NEED, dos="2025-08-19", pos="24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX"), line("64495", "50", "KX")],
        findings=["level_limit"], comment="three joints a side: 64495 once for the third joint, KX on every line")

    add("fam-mbb-02", "dictated", """
Right cervical medial branch blocks, diagnostic. This gentleman has had right-sided neck pain for a year and a
half that spreads into the right upper trapezius, worse with turning his head to the right, without arm symptoms.
Diagnosis is cervical spondylosis without myelopathy or radiculopathy, M47.812. He had ten weeks of physical
therapy with no improvement and could not tolerate tramadol because of nausea. He can no longer check his blind
spot while driving or sleep through the night. CT shows right facet arthropathy from C3-4 down to C6-7. Pain
score before the block six out of ten. He gave written consent. With him prone under fluoroscopy we blocked the
right C3, C4, C5, C6 and C7 medial branches, covering the C3-C4, C4-C5, C5-C6 and C6-C7 joints, with half a
milliliter of 2% lidocaine at each of the five branches. Afterwards the pain was one out of ten, about eighty
percent better. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5", "C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 50)],
        pain=(6, 1), need=SPINE_NEED, dos="2024-10-01",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT"), line("64492", "KX", "RT")],
        findings=["level_limit", "time_out"],
        comment="four joints: 64492 once for the third and fourth; no time-out statement")

    add("fam-mbb-03", "headered", """
Procedure: Left C5-C6 facet joint medial branch block, diagnostic, ultrasound guided
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
History: Left lower neck pain for 8 months, worse looking up and turning left, no arm pain. Eight weeks of
physical therapy and naproxen brought no improvement. She cannot paint ceilings at work or reverse the car.
X-ray and MRI: left C5-6 facet arthrosis.
Pre-procedure pain: 6/10
Consent and time-out: both completed.
Technique: Lateral decubitus. With a linear ultrasound probe the left C5 and C6 articular pillars were seen and
a 25 g needle was placed on each medial branch in plane. 0.5 mL of 0.5% ropivacaine at each branch. An image
of each needle position was saved.
Post-procedure pain: 1/10 (83% relief). Complications: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6"], imaging="ultrasound", intent="diagnostic")],
        drugs=[given("ropivacaine", 5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-07-14",
        codes=[line("64490", "KX", "LT")], findings=["imaging_guidance"],
        comment="the facet LCD asks for fluoroscopy or CT: ultrasound is the imaging_guidance finding")

    add("fam-facetia-01", "dictated", """
Dictation: bilateral L4-L5 lumbar facet joint intra-articular injections, therapeutic, under fluoroscopy.
Medicare, First Coast. Diagnosis lumbar spondylosis without radiculopathy, M47.816. She has had low back pain
centred at the L4-5 level on both sides for three years, worse with extension and rotation, no leg symptoms.
Fourteen weeks of therapy did not relieve it and meloxicam was stopped because of kidney concerns. She cannot
walk her dog or stand through a church service. Two diagnostic medial branch blocks this winter gave 80% and 90%
relief for the duration of the anaesthetic. CT shows bilateral L4-5 facet arthropathy with effusions. Pain
before the procedure 6/10. Written consent signed, time-out done. Prone, under fluoroscopy a 22 gauge needle was
placed into each L4-L5 facet joint, right and left. Each joint received methylprednisolone 20 mg with 0.5 mL of
0.5% bupivacaine. Pain afterwards 2/10. No complications.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("bupivacaine", 5)],
        pain=(6, 2), need=SPINE_NEED, dos="2024-03-12", payer="medicare_fcso",
        codes=[line("64493", "50"), line("J1030")], findings=[],
        comment="therapeutic: no KX; 40 mg methylprednisolone a month before J1010: J1030")

    add("fam-rfa-01", "headered", """
PROCEDURE: Right L4-L5 and L5-S1 radiofrequency ablation (right L3 and L4 medial branches, right L5 dorsal ramus)
SETTING: Ambulatory surgery center
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816)
HISTORY: Right low back pain for four years, worse on standing up and twisting, no leg symptoms. Physical therapy
for twelve weeks gave no lasting benefit and NSAIDs caused gastritis. He cannot stand to work his lathe for more
than fifteen minutes. Two diagnostic medial branch blocks gave 85% and 80% relief.
PRE-PROCEDURE PAIN: 7/10
CONSENT: Signed. TIME-OUT: Done.
ANESTHESIA: Monitored anesthesia care by the CRNA because the patient could not hold still prone from anxiety at
his diagnostic blocks. Midazolam 2 mg and fentanyl 100 mcg IV. Start 08:10, stop 08:34.
TECHNIQUE: Fluoroscopy. 1 mL of 1% lidocaine at each of three sites. 18 g RF cannulas were placed parallel to
each nerve; sensory stimulation concordant below 0.5 V, no motor stimulation into the leg. Thermal lesions at
80 C for 90 seconds at each nerve.
POST-PROCEDURE PAIN: 2/10. COMPLICATIONS: None.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="mac")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 2), need=SPINE_NEED, dos="2025-10-21", pos="24",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[],
        comment="CRNA sedation: no 99152 on the proceduralist's claim; 80 C is thermal")

    add("fam-rfa-02", "dictated", """
Repeat bilateral cervical radiofrequency neurotomy, C3-C4, C4-C5 and C5-C6 facet joints. Her first cervical
ablation nine months ago gave about 70% relief that lasted until last month, and she asks to repeat it.
Diagnosis: cervical spondylosis without myelopathy or radiculopathy, M47.812. She has had neck pain on both sides
for six years with occipital headaches, no arm pain. Physical therapy for eight weeks and muscle relaxants never
gave relief. She cannot look up to hang washing or drive on the highway. Pain today 7/10. Consent signed, time-out
completed. Prone, fluoroscopy. The C3, C4, C5 and C6 medial branches were located on both sides; after sensory
and motor testing each branch got 0.5 mL of 2% lidocaine (eight sites) and a thermal lesion at 85 degrees for
90 seconds. Pain after the procedure 3/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C3-C4", "C4-C5", "C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 80)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-02-03",
        codes=[line("64633", "50"), line("64634", "50", units=2)], findings=[],
        comment="repeat RFA with 70% for 9 months; each extra joint an add-on unit, all with 50")

    add("fam-rfa-03", "headered", """
PROCEDURE: Left lumbar pulsed radiofrequency, L3 and L4 medial branches and L5 dorsal ramus (L4-L5, L5-S1)
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816)
HISTORY: Left-sided low back pain for 30 months, no radiation. Physical therapy for 10 weeks failed and
tramadol made her confused. She cannot lift her grandson or stand at the sink. Dual medial branch blocks: 80% and
85% relief. She chose pulsed treatment after discussing the options.
PRE-PROCEDURE PAIN: 6/10
CONSENT: Yes. TIME-OUT: Yes.
TECHNIQUE: Fluoroscopy. After 1 mL of 0.25% bupivacaine at each of the three sites, RF cannulas were placed on
each nerve and pulsed radiofrequency was applied at 42 C for 120 seconds per site.
POST-PROCEDURE PAIN: 3/10. COMPLICATIONS: None.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 3), need=SPINE_NEED, dos="2023-03-28",
        codes=[line("64999")], findings=["approach"],
        comment="pulsed RF is not destruction: 64999; not a thermal technique (rfa.technique)")


def _si_and_other(add, proc, line, given, SPINE_NEED) -> None:  # noqa: N803
    """SI joint, lateral-branch RFA, TPI, occipital, genicular, joints, sympathetic, augmentation, SCS, pumps."""
    add("fam-sij-01", "headered", """
PROCEDURE: Bilateral sacroiliac joint injections with arthrography, therapeutic, fluoroscopic guidance
PAYER: Commercial
SETTING: Ambulatory surgery center
DIAGNOSIS: Sacroiliitis, bilateral (M46.1)
HISTORY: Pain over both buttocks below the PSIS for nine months, worse rising from a chair. Positive thigh thrust,
FABER and compression tests on both sides. Physical therapy for eight weeks did not help and naproxen gave no
benefit. She can no longer sit through a movie or walk around the block. Bilateral diagnostic SI joint blocks in
May gave 80% relief for the duration of the local anaesthetic.
PRE-PROCEDURE PAIN: 7/10
CONSENT: Signed. TIME-OUT: Performed.
TECHNIQUE: Prone. Under fluoroscopy a 22 g needle entered the inferior part of each SI joint; Omnipaque 300,
0.5 mL a side, gave an arthrogram outlining each joint without vascular uptake. Each joint then received
Kenalog 40 mg with 1 mL of 1% lidocaine.
IMAGES: AP and oblique arthrogram images saved for each side.
POST-PROCEDURE PAIN: 2/10, about 70% relief. COMPLICATIONS: None.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 80), given("lidocaine", 20)],
        pain=(7, 2), need=SPINE_NEED, dos="2024-07-23", pos="24", payer="commercial_generic",
        codes=[line("27096", "RT"), line("27096", "LT")], findings=[],
        comment="commercial (CPT conventions): RT and LT lines; arthrography is part of 27096's imaging")

    add("fam-sij-02", "dictated", """
Right sacroiliac joint injection, diagnostic, fluoroscopically guided, hospital outpatient. Diagnosis:
sacroiliitis, right (M46.1). Right buttock pain over the sacral sulcus for six months; positive Gaenslen, thigh
thrust and FABER on the right. Eight weeks of physical therapy with no improvement and ibuprofen without benefit.
She cannot sit through her workday. Pain before was 8 out of 10. Consent signed and time-out done. Prone, the
right SI joint was entered at its lower third with a 22 gauge needle. Omnipaque 300, 0.5 mL, showed an
intra-articular pattern. One milliliter of 2% lidocaine and one milliliter of 0.5% bupivacaine were injected.
One AP image was saved. Pain 4 out of 10 at thirty minutes, about 50% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("lidocaine", 20), given("bupivacaine", 5)],
        pain=(8, 4), need=SPINE_NEED, dos="2025-03-04", pos="22",
        codes=[line("27096", "RT")], findings=["percent_relief", "saved_images"],
        comment="diagnostic relief 50% (< 75%); one saved view")

    add("fam-sirfa-01", "headered", """
Procedure: Left sacroiliac joint lateral branch radiofrequency ablation (L5 dorsal ramus, S1, S2 and S3 lateral
branches), cooled technique, fluoroscopy
Diagnosis: Sacroiliitis, left (M46.1)
Indication: Left SI joint pain for two years. Two left lateral branch blocks gave 80% and 85% relief. Physical
therapy and an SI belt have not helped; she cannot garden or sit for more than 20 minutes.
Pre-procedure pain: 7/10
Consent: written. Time-out: done.
Technique: Prone. 2 mL of 1% lidocaine at each of four entry sites. 17 g introducers placed at the L5 dorsal
ramus and lateral to the S1, S2 and S3 foramina; cooled radiofrequency probes lesioned at 60 C for 150 seconds
at each site after sensory testing.
Post-procedure pain: 3/10. Complications: none.
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 80)],
        pain=(7, 3), need=("diagnosis",), dos="2025-11-18", pos="24",
        codes=[line("64625", "LT")], findings=[])

    add("fam-tpi-01", "dictated", """
Trigger point injections today. Left neck and upper back pain for five months since a car accident. On exam there
are taut bands with local twitch responses that reproduce her pain in the left upper trapezius and the left
levator scapulae. Diagnosis: myofascial pain of the left neck and upper back, M79.12. She consented in writing and
we did a time-out. Each of the two muscles was injected with 2 mL of 1% lidocaine and 5 mg of triamcinolone
through a 27 gauge needle. Pain went from 7/10 to 3/10, roughly 60% relief. No complications.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 40), given("triamcinolone_acetonide", 10)],
        pain=(7, 3), need=("diagnosis",), dos="2026-05-12",
        codes=[line("20552"), line("J3301")], findings=[], comment="two muscles: 20552")

    add("fam-tpi-02", "headered", """
PROCEDURE: Trigger point injections, upper back
DIAGNOSIS: Myofascial pain syndrome (M79.18)
HISTORY: Upper back muscle pain for a year, taut tender bands with twitch responses on palpation. This is her
fourth trigger point session in the past 12 months.
PRE-PROCEDURE PAIN: 6/10
CONSENT: Verbal and written. TIME-OUT: Done.
TECHNIQUE: Several trigger points across the upper back muscles were injected with 1% lidocaine, 6 mL in total,
using a 25 g needle.
POST-PROCEDURE PAIN: 3/10. COMPLICATIONS: None.
""",
        procs=[proc("trigger_point", region="thoracic")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 3), need=("diagnosis",), dos="2025-09-30",
        codes=[line("20552")], findings=["frequency", "muscle_count", "percent_relief"],
        comment="muscles not counted (20552 only); 4 sessions in 12 months (> 3); relief only implied by scores")

    add("fam-onb-01", "dictated", """
Bilateral greater occipital nerve blocks in the office. She has occipital neuralgia on both sides, M54.81, with
stabbing pain from the base of the skull over the top of the head for eight months, and both greater occipital
nerves are tender and reproduce the pain. Consent was signed, time-out done. Pain 8 out of 10 before. Using
landmarks medial to the occipital artery on each side, a 25 gauge needle was placed and 2 mL of 0.5% bupivacaine
with triamcinolone 20 mg was injected on the right, then the same on the left. No imaging was used. Pain 2 out
of 10 after ten minutes. No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital",
                    laterality="bilateral", imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2025-12-09",
        codes=[line("64405", "50"), line("J3301", units=4)], findings=[])

    add("fam-genrfa-01", "headered", """
PROCEDURE: Right knee genicular nerve radiofrequency ablation (superomedial, superolateral, inferomedial)
SETTING: Ambulatory surgery center
DIAGNOSIS: Primary osteoarthritis, right knee (M17.11)
INDICATION: Right knee pain for five years; declined knee replacement. A right genicular nerve block in
September gave 80% relief for a day. She cannot manage the stairs at home.
PRE-PROCEDURE PAIN: 8/10
CONSENT: signed. TIME-OUT: done.
TECHNIQUE: Supine, knee bolstered. Under fluoroscopy 18 g RF cannulas were placed at the three genicular
targets after 2 mL of 1% lidocaine at each. Sensory testing reproduced her pain; no motor response. Thermal
lesions at 80 C for 90 seconds at each nerve.
POST-PROCEDURE PAIN: 3/10. COMPLICATIONS: None.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis",), dos="2024-12-03", pos="24",
        codes=[line("64624", "RT")], findings=[])

    add("fam-knee-01", "dictated", """
Right knee injection. Right knee pain from osteoarthritis for three years, worse on stairs and after walking;
diagnosis primary osteoarthritis of the right knee, M17.11. Consent obtained and time-out done. Pain 7/10 before.
Under ultrasound guidance, with a permanent image of the needle in the suprapatellar recess saved to the chart,
Kenalog 40 mg with 4 mL of 1% lidocaine was injected into the right knee joint. Pain 2/10 afterwards. No
complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2023-06-13",
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=[])

    add("fam-shoulder-01", "headered", """
Procedure: Left glenohumeral joint injection, ultrasound guided
Dx: Glenohumeral osteoarthritis
History: left shoulder pain and stiffness for 2 years, cannot reach the top shelf.
Pre pain: 6/10
Time-out: done.
Technique: Posterior approach with a curvilinear probe; the 22 g needle was followed into the left glenohumeral
joint. Depo-Medrol 40 mg with 3 mL of 1% lidocaine was injected.
Post pain: 2/10. Complications: none.
""",
        procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="left",
                    imaging="ultrasound", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 30)],
        pain=(6, 2), need=(), dos="2024-02-20", consent=False,
        codes=[line("20610", "LT"), line("J1030")], findings=["consent", "diagnosis"],
        comment="ultrasound without a saved image: 20610; diagnosis lacks the side; no consent statement")

    add("fam-lsb-01", "dictated", """
Left lumbar sympathetic block at L2 under fluoroscopy, in the office. Diagnosis complex regional pain syndrome
type I of the left lower limb, G90.522: burning pain, swelling, colour and temperature change of the left foot
for seven months after an ankle fracture. Written consent, time-out done. Pain 8/10 before. Prone, a 22 gauge
needle was walked off the left L2 vertebral body to its anterolateral margin. Omnipaque 300, 3 mL, spread along
the anterolateral vertebral bodies without vascular or psoas uptake. 10 mL of 0.25% bupivacaine injected in
divided doses. The left foot warmed by 2 degrees. Pain 3/10 after. No complications.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L2"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-08-25",
        codes=[line("64520"), line("77002"), line("Q9967", units=3)], findings=[],
        comment="64520 takes no side modifier (BI 0); 77002 and contrast by mL in the office")

    add("fam-va-01", "headered", """
PROCEDURE: Balloon kyphoplasty, T12 and L1, bilateral transpedicular approach, fluoroscopic guidance
SETTING: Hospital outpatient
DIAGNOSIS: Osteoporotic compression fractures of T12 and L1 (M80.08XA)
INDICATION: Severe mid to low back pain for six weeks after a fall at home. Six weeks of a brace, bed rest and
oxycodone have not relieved it, and the opioid caused confusion. MRI shows bone marrow edema in the T12 and L1
vertebral bodies with 30% height loss and no retropulsion.
PRE-PROCEDURE PAIN: 9/10
CONSENT: Signed. TIME-OUT: Done.
SEDATION: Moderate sedation by me with an independent RN observer; midazolam 2 mg and fentanyl 100 mcg IV;
09:12 to 09:41 (29 minutes).
TECHNIQUE: Prone. 10 mL of 1% lidocaine to skin and periosteum. Bilateral transpedicular trocars into T12 and
then L1; balloons inflated to restore height and the cavities filled with PMMA cement under lateral fluoroscopy.
POST-PROCEDURE PAIN: 3/10. COMPLICATIONS: None.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T12", "L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis",), dos="2025-05-20", pos="22",
        codes=[line("22513"), line("22515"), line("99152"), line("99153")], findings=[],
        comment="first level thoracic: 22513 + 22515 for L1; 29 min moderate sedation")

    add("fam-scs-01", "dictated", """
Spinal cord stimulator trial, percutaneous, two leads. Diagnosis failed back surgery syndrome, M96.1, with
constant burning pain in both legs for four years after an L4-S1 fusion. Physical therapy, gabapentin,
duloxetine and two epidurals have given no lasting relief. The psychological evaluation last month cleared him for
a trial. Consent signed, time-out done. Pain 8/10. Prone under fluoroscopy, after 10 mL of 1% lidocaine, two
eight-contact percutaneous leads were placed through a paramedian T12-L1 entry and steered to the top of T8 and
the middle of T9. Stimulation covered both legs. The leads were anchored to the skin and dressed. Pain 4/10 with
stimulation on. No complications.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis",), dos="2026-09-15",
        codes=[line("63650", units=2), line("77003")], findings=[])

    add("fam-pump-01", "headered", """
PROCEDURE: Intrathecal pump refill and reprogramming
DIAGNOSIS: Failed back surgery syndrome (M96.1)
INDICATION: Intrathecal morphine for chronic low back and leg pain after two lumbar surgeries; oral opioids had
failed. Pain has been creeping up over the last month.
CONSENT: Verbal consent. TIME-OUT: Done.
DETAILS: I interrogated the pump, withdrew the 3 mL residual (as expected) and refilled the reservoir myself
with 18 mL of preservative-free morphine 25 mg/mL through a 22 g non-coring needle. I then reprogrammed the
daily dose up by 10%. No complications. Next refill in 10 weeks.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 450)],
        pain=(None, None), need=("diagnosis",), dos="2024-11-05",
        codes=[line("62370")], findings=[], comment="physician refilled and reprogrammed: 62370")

    add("fam-pump-02", "dictated", """
Intrathecal baclofen pump refill visit. Diagnosis: spasticity of both legs due to a traumatic thoracic spinal
cord injury. She has the pump because oral baclofen caused sedation. The refill was done by our clinic nurse under my
supervision: residual 2 mL withdrawn, and 20 mL of baclofen 2000 mcg/mL placed in the reservoir. The pump was
not reprogrammed and the daily dose stays the same. Consent confirmed, time-out done. No complications.
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 40)],
        pain=(None, None), need=("diagnosis",), dos="2025-01-28",
        codes=[line("95990")], findings=[], comment="refill by clinical staff, no reprogramming: 95990")
