"""Sealed batch `dev_fresh_bw`: 30 hand-dictated notes in the 'title + narrative' shape, with their gold.

Written fresh for this batch by a writer who had not read the corpus notes, the phrase pools or the reader's
rules. Each note is a one-line procedure title and one to three dense dictated paragraphs; four carry a few
header fields first, two are bulleted, one is cut off mid-sentence. The gold is labelled from the text by the
conventions of `corpora/README.md` and `coding/kb/*.yaml` (codes as the physician claim, Medicare default),
never from a Painpoint run. `build` is called by the kit of `dev_fresh_d/make_notes.py`.
"""

from __future__ import annotations

NARR = "title+narrative"
HEAD = "header+narrative"
BULL = "bulleted"
CUT = "title+narrative+truncated"


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    """Queue the 30 notes: transforaminal 5, interlaminar/caudal 4, facet injection 4, facet RFA 3, SI 3
    (injection, lateral branch block, RFA) and one of each other family."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED)
    _sacroiliac(add, proc, line, given)
    _others(add, proc, line, given)


# --------------------------------------------------------------------------- epidurals (9)

def _epidurals(add, proc, line, given, ESI_NEED, minus):
    add("fbw-h-tfesi-01", NARR, """
Right L4-5 and L5-S1 TFESI

This 67-year-old man returns with right buttock pain that shoots down the outer thigh and calf to the top of the foot, present since early September, about five months now. MRI of the lumbar spine from November shows a right paracentral L4-5 disc protrusion narrowing the right lateral recess and moderate right L5-S1 foraminal narrowing, which fits his L5 distribution. On exam straight-leg raise is positive on the right at 40 degrees and great-toe extension is 4+/5. He finished eight weeks of physical therapy and a course of meloxicam and neither made a dent in the leg pain. He can no longer stand long enough to cook a meal or walk his dog past the end of the street. Diagnosis: right L5 radiculopathy due to L4-5 disc protrusion (M51.16). Pain today 7/10.

I reviewed risks, benefits and alternatives and he signed consent. We did a time-out confirming patient, side and levels. Prone, prepped and draped. Under fluoroscopy I advanced a 22-gauge spinal needle to the right L4-5 foramen and then to the right L5-S1 foramen, subpedicular at each. Omnipaque 240, 1.5 mL in total, showed flow along each nerve root into the epidural space with no vascular or intrathecal spread on live imaging. At each foramen I injected dexamethasone 5 mg (0.5 mL of 10 mg/mL) with 1 mL of 1% lidocaine. AP and lateral images were saved to PACS.

No complications. Fifteen minutes later he rated his pain 3/10 and walked to the car without difficulty.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iohexol", 1.5, "ml")],
        pain=(7, 3), need=ESI_NEED,
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", units=10)],
        findings=[], dos="2025-02-18", pos="11")

    add("fbw-h-tfesi-02", NARR, """
Left C6-7 transforaminal epidural steroid injection

Indication: we are treating left C7 radicular pain in this 54-year-old woman, ten weeks in duration, running from the neck over the back of the arm into the middle finger, with numbness of that finger and a diminished left triceps reflex. MRI of the cervical spine shows a left C6-7 uncovertebral spur with severe left foraminal stenosis. Six weeks of physical therapy, a Medrol dose pack and nightly gabapentin have given only partial and short-lived relief. She has stopped working at her desk job because she cannot keep her head turned toward the monitor, and she drops things with the left hand. Diagnosis: cervical radiculopathy, left C7 (M54.12). Pre-procedure pain 8/10.

Consent was signed after we went over the risks, including stroke and spinal cord injury. A time-out was completed. Supine with the head turned to the right, the left C6-7 foramen was lined up in the oblique fluoroscopic view and a 25-gauge blunt-tip needle was walked to the posterior half of the foramen. Isovue-M 200, 0.8 mL, outlined the exiting root and the epidural space under live digital subtraction without vascular filling. Dexamethasone 6 mg (1.5 mL of 4 mg/mL) mixed with 0.5 mL of 1% lidocaine was injected slowly. Images were saved.

She tolerated it well with no complications; 2/10 at discharge.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 6), given("lidocaine", 5), given("iopamidol", 0.8, "ml")],
        pain=(8, 2), need=ESI_NEED,
        codes=[line("64479", "LT")],
        findings=["saved_images"], dos="2024-09-10", pos="24", payer="medicare_cgs",
        comment="'Images were saved.' names no view count: saved_images. The Medrol dose pack is oral history, "
                "not an injectate.")

    add("fbw-h-tfesi-03", NARR, """
Bilateral L5-S1 transforaminal ESI

History: 71-year-old woman with pain in both buttocks running down the outside of both legs to the top of the feet, worse on the left, for seven months, with decreased pinprick over the dorsum of both feet and weak great-toe extension bilaterally. CT myelogram shows bilateral L5-S1 foraminal stenosis from facet hypertrophy and a broad disc bulge, pinching both exiting L5 roots. Twelve weeks of supervised therapy were stopped because every session flared the leg pain, and duloxetine was not tolerated because of nausea. Standing at the kitchen counter is limited to about ten minutes and she has given up her weekly grocery trip; Oswestry 48%. Diagnosis: lumbar foraminal stenosis with bilateral L5 radiculopathy (M48.061). Pain 8/10 before the procedure.

Procedure: written consent on file after the risks were discussed. Time-out held. Because of severe claustrophobic panic when lying prone, documented by her psychiatrist, moderate sedation was given by the proceduralist: midazolam 2 mg IV in divided doses, first dose at 10:12, sedation ended at 10:27 (15 minutes intraservice), with an independent RN observer monitoring throughout. Under fluoroscopy 22-gauge needles were placed into the right and left L5-S1 foramina. Omnipaque 240, 2 mL total, confirmed perineural and epidural spread on both sides without vascular uptake. Each side received 40 mg triamcinolone (1 mL of Kenalog-40) with 1 mL of 0.25% bupivacaine. AP and lateral views were stored.

No complications occurred. Post-procedure pain 2/10. Discharged home with her daughter.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 5), given("iohexol", 2, "ml"),
               given("midazolam", 2)],
        pain=(8, 2), need=ESI_NEED,
        codes=[line("64483", "50"), line("99152")],
        findings=[], dos="2026-06-03", pos="22",
        comment="Moderate sedation by the proceduralist, 15 min, observer and justification documented: 99152 only. "
                "Triamcinolone 80 mg in total is at, not over, the ceiling.")

    add("fbw-h-tfesi-04", NARR, """
Right L3-4, L4-5 and L5-S1 transforaminal injections

We saw this 62-year-old retired mail carrier for right anterior thigh and inner shin pain with intermittent pain along the outer leg, present since a fall in March, seven months ago. MRI shows multilevel right foraminal stenosis, severe at L3-4 and L4-5 and moderate at L5-S1, with a far-lateral L3-4 disc fragment. His right knee has buckled twice on stairs; quadriceps strength is 4/5 and the right patellar reflex is reduced. Three months of physical therapy and home traction failed to change the pain, and naproxen gave him gastritis. Sleep is broken every night and he cannot walk more than a block. Dx: right lumbar radiculopathy, multilevel (M54.16). Pain 9/10 at check-in.

After informed consent and a time-out, the patient was positioned prone. With fluoroscopic guidance we placed 22-gauge needles at the right L3-4, L4-5 and L5-S1 foramina. Omnipaque 180, 3 mL divided among the three, showed clean perineural spread without vascular runoff. Depo-Medrol 40 mg/mL, 0.5 mL, with 0.5 mL of 0.5% bupivacaine was injected at each foramen. AP and oblique views of the final needle positions were saved.

No complications. Pain 4/10 afterwards; he was given a diary to track the next two weeks.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("methylprednisolone_acetate", 60), given("bupivacaine", 7.5), given("iohexol", 3, "ml")],
        pain=(9, 4), need=ESI_NEED,
        codes=[line("64483", "RT"), line("64484", "RT", units=2), line("J1040")],
        findings=["level_limit"], dos="2023-10-12", pos="11",
        comment="Three foramina in one region: level_limit; billed as done (64483 + 64484 x2). Methylprednisolone "
                "20 mg x 3 = 60 mg before 2024-04-01: fewest units is one J1040.")

    add("fbw-h-tfesi-05", HEAD, """
Date of service: 08/19/2026
Payer: Medicare
Place of service: office (POS 11)

Left L4-5 TFESI, repeat

She comes back for a repeat left L4-5 transforaminal injection. The first one, on May 27, took away about 50% of the leg pain, but the benefit faded after roughly six weeks, and the left anterior shin pain and ankle weakness are back. Symptoms date to last winter, more than six months. MRI: left foraminal L4-5 disc extrusion abutting the exiting L4 root. Four months of formal therapy and daily home exercise did not lessen the pain. She cannot get through her shifts at the bakery and now sits down every half hour. Exam: positive femoral stretch test on the left and a reduced left knee jerk. Diagnosis: left L4 radiculopathy, lumbar (M54.16). Baseline pain today 7/10.

Consent obtained in writing; time-out done. Prone on the fluoroscopy table, the left L4-5 foramen was targeted with a 22-gauge needle on an oblique trajectory. Isovue-M 300 (1 mL) outlined the L4 root sleeve and spread medially into the epidural space, no intravascular pattern. Injected: Celestone Soluspan 6 mg (1 mL) with ropivacaine 0.2%, 1 mL. Two views (AP, lateral) saved.

Complications: none. Post-injection pain 3/10.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("ropivacaine", 2),
               given("iopamidol", 1, "ml")],
        pain=(7, 3), need=ESI_NEED,
        codes=[line("64483", "LT"), line("J0702")],
        findings=["prior_procedure_response"], dos="2026-08-19", pos="11",
        comment="A stated repeat whose first injection gave 50% relief for about six weeks (< 3 months): "
                "prior_procedure_response.")

    add("fbw-h-ilesi-01", NARR, """
C7-T1 cervical interlaminar ESI

Patient is a 58-year-old man with neck pain radiating over both shoulders and down the arms into the thumbs and index fingers for the last four months, with tingling in both hands on waking. MRI: multilevel cervical spondylosis with a C5-6 disc osteophyte complex causing moderate bilateral foraminal narrowing; no cord signal change. Spurling sign is positive on both sides and the biceps reflexes are 1+. Six weeks of physical therapy gave no relief, and nortriptyline sedated him too much to continue. Diagnosis: cervical radiculopathy, bilateral C6 (M54.12). Pain 6/10 pre-procedure.

Written consent was signed after discussion of dural puncture, infection and nerve injury. Prone with the neck flexed over a pillow. The C7-T1 interspace was marked in the AP fluoroscopic view and the skin was numbed with 2 mL of 1% lidocaine. An 18-gauge Tuohy needle entered the epidural space by loss of resistance to saline at C7-T1, depth confirmed in the contralateral oblique view. Omnipaque 240, 1.5 mL, spread cephalad from T1 to C5 in an epidural pattern without vascular uptake. Kenalog 40 mg diluted in 2 mL of preservative-free saline was then injected. AP and contralateral oblique images were kept.

No complications. Pain 2/10 post procedure.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 20), given("iohexol", 1.5, "ml")],
        pain=(6, 2), need=minus(ESI_NEED, "functional_impairment"),
        codes=[line("62321")],
        findings=["functional_impairment", "time_out"], dos="2025-11-05", pos="22",
        comment="Left out on purpose: any functional limitation, and the time-out.")

    add("fbw-h-ilesi-02", HEAD, """
DOS: 2023-06-14    Insurance: Medicare Part B    Location: clinic procedure suite

Lumbar interlaminar epidural steroid injection at L4-5

The patient is a 76-year-old woman with lumbar spinal stenosis with neurogenic claudication (M48.062): heaviness and burning that travel from both buttocks down the backs of her legs to the calves after walking about 100 feet, eased by sitting or leaning on a cart, for over a year. MRI shows severe central canal stenosis at L4-5 from ligamentum flavum hypertrophy over a grade 1 spondylolisthesis. She can no longer walk through the grocery store or stand at the stove to cook. Physical therapy twice weekly for ten weeks and acetaminophen around the clock did not improve her walking distance. Pain 7/10 before the injection.

Informed consent was obtained and a time-out confirmed identity, procedure and level. The patient was placed prone. Under intermittent fluoroscopy a 20-gauge Tuohy needle was advanced at the L4-5 interspace and the epidural space was found with loss of resistance to air. Isovue-M 200, 2 mL, produced a bilateral epidural contrast pattern without vascular or intrathecal spread. Depo-Medrol 80 mg (2 mL of 40 mg/mL) and 3 mL of preservative-free normal saline were injected. AP and lateral images were retained.

There were no complications. After 20 minutes her pain was 3/10.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("methylprednisolone_acetate", 80), given("iopamidol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED,
        codes=[line("62323"), line("J1040")],
        findings=[], dos="2023-06-14", pos="11",
        comment="Methylprednisolone 80 mg before 2024-04-01: J1040 x1; before 2023-07-01 and no container stated, so no JZ.")

    add("fbw-h-caudal-01", NARR, """
Caudal epidural steroid injection

I am seeing this 69-year-old man with failed back surgery syndrome (M96.1) after an L4-S1 fusion in 2019. For the past eight months he has had burning pain radiating into both legs below the knees, left more than right, with numb soles. He walks with a cane and manages only a few minutes on his feet before he has to sit. Gabapentin 300 mg three times daily and a six-week aquatic therapy program did not touch the leg pain. Straight-leg raise reproduces the leg pain on both sides at 50 degrees. Pain 8/10.

Consent signed. Time-out. Prone with a pillow under the pelvis, I palpated the sacral cornua and confirmed the hiatus in the lateral fluoroscopic view. A 20-gauge Tuohy needle was passed through the sacrococcygeal ligament into the caudal canal. Omnipaque 240, 3 mL, filled the sacral epidural space and climbed to L5 with no vascular pattern. I then injected 80 mg of Kenalog (2 mL of 40 mg/mL), 4 mL of 0.25% bupivacaine and 4 mL of preservative-free saline. AP and lateral images saved.

Complications: none. Leaving the suite he rated the pain 4/10.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 10), given("iohexol", 3, "ml")],
        pain=(8, 4), need=minus(ESI_NEED, "imaging_findings"),
        codes=[line("62323")],
        findings=["imaging_findings"], dos="2026-03-24", pos="24",
        comment="No MRI or CT finding is described (left out on purpose): imaging_findings. Caudal: no levels.")

    add("fbw-h-ilesi-03", NARR, """
T10-11 thoracic interlaminar epidural steroid injection

Dictated for a 64-year-old woman with right-sided band-like pain wrapping from the mid back around the right lower ribs to the upper abdomen, present for five months, with allodynia along the right T10 dermatome. Thoracic MRI demonstrates a right paracentral T10-11 disc protrusion contacting the right T10 root; an abdominal workup including ultrasound was negative. She has completed a course of physical therapy and takes gabapentin and uses a TENS unit. The pain keeps her from sleeping on her right side and from lifting her grandson. Diagnosis: thoracic radiculopathy, right T10 (M54.14). Pre-procedure NRS 7/10.

Informed consent obtained; universal protocol time-out observed. Prone. Under AP and lateral fluoroscopy a 20-gauge Tuohy needle was advanced at T10-11, right paramedian, using loss of resistance to saline. Isovue-M 300, 1 mL, confirmed epidural spread from T9 to T12 without vascular filling. Dexamethasone 10 mg (1 mL of 10 mg/mL) in 2 mL of sterile saline was injected. AP and lateral images saved.

No complications. NRS 2/10 at discharge.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", laterality="right",
                    levels=["T10-T11"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 1, "ml")],
        pain=(7, 2), need=minus(ESI_NEED, "conservative_care"),
        codes=[line("62321"), line("J1100", units=10)],
        findings=["conservative_care"], dos="2024-11-20", pos="11",
        comment="Therapy is only listed ('completed a course of physical therapy and takes gabapentin'), with neither "
                "an outcome nor a length: conservative_care.")


# --------------------------------------------------------------------------- facet (7)

def _facets(add, proc, line, given, SPINE_NEED):
    SPINE_IMG = (*SPINE_NEED, "imaging_findings")
    add("fbw-h-mbb-01", NARR, """
Bilateral L3-L5 medial branch blocks #1

Indication: axial low back pain across the belt line for two years, worse with extension, twisting and prolonged standing, without radiation below the buttocks. MRI shows lumbar facet arthropathy at L4-5 and L5-S1 with small bilateral facet effusions (M47.816). The pain persists despite 12 weeks of physical therapy, a home core program and scheduled naproxen; none of it changed the pain. She now stops vacuuming after five minutes and can't stand through her grandson's baseball games; ODI 38%. This is the first of two diagnostic blocks to decide on radiofrequency ablation of the L4-5 and L5-S1 facet joints. Pre-block pain 6/10.

Risks and benefits were reviewed and written consent obtained; time-out completed. Prone. No sedation. Using fluoroscopy, 22-gauge needles were placed on both sides at the junction of the superior articular and transverse processes of L4 and L5 for the L3 and L4 medial branches, and in the groove at the sacral ala for the L5 dorsal rami. At each target 0.2 mL of Omnipaque 240 showed no vascular uptake, and each of the six nerves then received 0.5 mL of 0.5% bupivacaine.

No complications. At 30 minutes her pain was 1/10 with extension and twisting, about 85% relief; a pain diary was given.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                    sedation="none")],
        drugs=[given("bupivacaine", 15), given("iohexol", 1.2, "ml")],
        pain=(6, 1), need=SPINE_IMG,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=[], dos="2025-07-09", pos="24",
        comment="Nerves L3, L4 medial branches and L5 dorsal ramus: joints L4-L5 and L5-S1 (the title's 'L3-L5' "
                "names nerves, no level conflict). First diagnostic block: KX, no relief history needed.")

    add("fbw-h-mbb-02", NARR, """
Right C3-4 and C4-5 cervical medial branch blocks (confirmatory)

Right-sided upper neck pain with headaches at the base of the skull for more than a year since a rear-end collision, worse looking up and turning right. Flexion-extension films show right facet hypertrophy at C3-4 and C4-5; diagnosis cervical facet arthropathy at C3-4 and C4-5 (M47.812). Eight weeks of therapy, chiropractic care and cyclobenzaprine did not bring lasting relief. She has stopped driving because she can't check her blind spot. The first diagnostic block on April 17, done with lidocaine, reduced her pain by about 60% for two hours. Today I repeated the block with a longer-acting anesthetic as a comparative second diagnostic block. Pre-procedure pain 5/10.

I obtained her consent and we did a time-out. Prone, head in a cradle. Under lateral fluoroscopy I placed 25-gauge needles at the centres of the right C3, C4 and C5 articular pillars for the medial branches supplying the C3-4 and C4-5 joints, and injected 0.4 mL of 0.5% bupivacaine at each nerve.

No complications. Pain 1/10 at 30 minutes with rotation and extension.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 6)],
        pain=(5, 1), need=SPINE_IMG,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        findings=["diagnostic_block_relief"], dos="2024-05-15", pos="11",
        comment="A second (confirmatory) diagnostic block after a first that gave only 60% (< 80%): "
                "diagnostic_block_relief. Lidocaine belongs to the first block, not to today's injectate.")

    add("fbw-h-facet-03", NARR, """
Left L4-5 and L5-S1 intra-articular facet joint injections, therapeutic

Left-sided low back pain without radiation for three years, worse with standing and leaning back. Diagnosis: lumbar spondylosis without radiculopathy (M47.816), with left L4-5 and L5-S1 facet arthropathy on CT. Months of physical therapy and meloxicam failed to reduce the pain. She can stand for only ten minutes and has given up gardening; ODI 40%. Two diagnostic medial branch blocks last fall gave 90% and 85% relief for the expected duration of the anesthetic. She declined radiofrequency ablation because of her pacemaker, so we are proceeding with therapeutic intra-articular steroid. Pre-procedure pain 7/10.

Consent reviewed and signed; time-out completed. Prone. Under fluoroscopy, with the C-arm rotated to open each joint, 22-gauge needles entered the left L4-5 and L5-S1 facet joints. An arthrogram with 0.3 mL of Omnipaque 240 in each joint confirmed intra-articular position. Kenalog-40 from one 1 mL single-dose vial was split evenly between the two joints (20 mg each) with 0.5 mL of 0.5% bupivacaine per joint; none of the vial was wasted.

No complications. Pain afterwards 2/10.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5), given("iohexol", 0.6, "ml")],
        pain=(7, 2), need=SPINE_IMG,
        codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", "JZ", units=4)],
        findings=[], dos="2026-01-27", pos="11",
        comment="Single-dose vial wholly used after 2023-07-01: J3301-JZ x4. Therapeutic after two blocks of >= 80%.")

    add("fbw-h-facet-04", NARR, """
Bilateral L3-4, L4-5 and L5-S1 facet injections

Eighty-year-old man with chronic mechanical low back pain for five years, worse rising from a chair and with standing, from multilevel lumbar facet arthropathy (M47.816); MRI shows bilateral facet hypertrophy from L3 to S1 with no nerve compression. Physical therapy last year and daily acetaminophen have not helped, and tramadol made him confused. He can't stand long enough to shave and has stopped driving to church. Pre-procedure pain 8/10.

Consent was signed and a time-out performed. Under fluoroscopy, 22-gauge spinal needles were placed into the right and left L3-4, L4-5 and L5-S1 facet joints, and intra-articular position was confirmed with 0.2 mL of Omnipaque 240 per joint. Each of the six joints received triamcinolone 10 mg and 0.5 mL of 0.25% bupivacaine.

No complications; post-procedure pain 3/10.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 60), given("bupivacaine", 7.5), given("iohexol", 1.2, "ml")],
        pain=(8, 3), need=SPINE_IMG,
        codes=[line("64493", "50"), line("64494", "50"), line("64495", "50")],
        findings=["approach", "level_limit"], dos="2024-12-03", pos="22",
        comment="Three joints per side: level_limit (64495 once). Diagnostic or therapeutic is never said "
                "(left out on purpose): approach (facet.intent), and no KX without a stated diagnostic intent.")

    add("fbw-h-rfa-01", NARR, """
Right lumbar medial branch radiofrequency neurotomy, L4-5 and L5-S1 joints

History unchanged from my March consultation: right-sided low back and buttock pain for four years, not radiating past the gluteal fold, facet-mediated on exam, with right L4-5 and L5-S1 facet arthropathy on MRI (lumbar spondylosis, M47.816). He has been through physical therapy, a year of NSAIDs and home exercise with no meaningful change in the pain. The pain keeps him from sitting through a workday and from lifting anything heavy; ODI 42%. Two separate diagnostic blocks of the right L3 and L4 medial branches and L5 dorsal ramus, on January 8 and January 29, each gave 90% relief lasting the expected time. Pain this morning 7/10.

I explained the procedure, including the risk of neuritis, and he signed the consent form. Time-out performed. Prone; under fluoroscopy 18-gauge RF cannulas with 10 mm active tips were placed parallel to the right L3 and L4 medial branches and the right L5 dorsal ramus. Sensory stimulation at 50 Hz reproduced his back pain below 0.5 V and motor testing at 2 Hz to 1.5 V gave no leg contraction. After 1 mL of 2% lidocaine through each cannula, I made thermal lesions at 80 °C for 90 seconds at each nerve.

No complications. He reported 3/10 in recovery.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_IMG,
        codes=[line("64635", "RT"), line("64636", "RT")],
        findings=[], dos="2025-04-02", pos="24",
        comment="Nerves L3, L4 medial branches + L5 dorsal ramus: joints L4-L5, L5-S1; thermal at exactly 80 °C.")

    add("fbw-h-rfa-02", BULL, """
Repeat bilateral lumbar radiofrequency ablation, L2-3, L3-4, L4-5 and L5-S1 facet joints

- Background: 66-year-old man with axial low back pain on both sides for nine years from multilevel lumbar facet arthropathy, L2-3 through L5-S1, seen on MRI (M47.816).
- Prior RFA of the same four joints on both sides on 2025-07-22 gave about 75% relief for 11 months; the pain has crept back to baseline over the last six weeks.
- Home exercise, two courses of PT and celecoxib have failed to control the pain.
- Function: cannot stand more than 15 minutes and had to quit his job at the hardware store; ODI 46%.
- Pain before procedure: 8/10.
- Consent: signed after discussion of risks. Time-out: completed.
- Sedation: moderate sedation given by me because severe back spasm kept him from lying prone through a bilateral four-joint procedure last time; midazolam 3 mg IV total in divided doses, start 08:10, end 08:41 (31 minutes), independent RN observer monitoring.
- Technique: under fluoroscopy, 18-gauge RF cannulas on both sides to the L1, L2, L3 and L4 medial branches and the L5 dorsal rami (10 targets); sensory and motor testing appropriate; 1 mL of 1% lidocaine at each target, then thermal lesions at 85 °C for 90 s.
- Complications: none.
- After: 2/10 in recovery.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 3), given("lidocaine", 100)],
        pain=(8, 2), need=SPINE_IMG,
        codes=[line("64635", "50"), line("64636", "50", units=3), line("99152"), line("99153")],
        findings=[], dos="2026-09-15", pos="22",
        comment="Repeat RFA with 75% relief for 11 months (>= 6 months): no diagnostic blocks needed. L1-L4 medial "
                "branches + L5 dorsal rami: four joints, 64636-50 x3. Sedation 31 min: 99152 + 99153 x1.")

    add("fbw-h-rfa-03", NARR, """
Left C5-6 and C6-7 cervical radiofrequency ablation

Indication: left lower neck and shoulder-blade pain for 18 months following a fall, aggravated by extension and left rotation, with no arm symptoms. Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812). CT shows left C5-6 and C6-7 facet arthrosis. Symptoms persisted despite ten weeks of physical therapy, massage and meloxicam, without benefit. She has trouble reversing the car and cannot sleep more than three hours; NDI 40%. A left C5-6/C6-7 medial branch block on December 12 gave 90% relief for about 3 hours. Pre-procedure pain 7/10.

Written informed consent was obtained and a time-out completed. Prone with the neck slightly flexed. Under fluoroscopic guidance, 20-gauge curved RF cannulas were placed along the left C5, C6 and C7 medial branches. Sensory stimulation reproduced her neck pain, and motor stimulation at 2 Hz produced no arm contraction. After 0.5 mL of 2% lidocaine at each site, lesions were made at 85 °C for 90 seconds.

No complications were noted. Post-procedure pain 3/10.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 3), need=SPINE_IMG,
        codes=[line("64633", "LT"), line("64634", "LT")],
        findings=["diagnostic_block_relief"], dos="2024-02-21", pos="11",
        comment="Only one diagnostic medial branch block is documented (RFA needs two of >= 80%): "
                "diagnostic_block_relief.")


# --------------------------------------------------------------------------- sacroiliac (3)

def _sacroiliac(add, proc, line, given):
    add("fbw-h-sij-01", NARR, """
Left SI joint injection, diagnostic

She is a 59-year-old with left buttock pain centred over the posterior superior iliac spine, below L5, referring into the back of the thigh but not past the knee, for six months since she missed a step off a curb. Three of five provocation tests are positive on the left (thigh thrust, compression, FABER). Pelvic x-ray shows mild left SI joint sclerosis. Eight weeks of physical therapy aimed at pelvic stabilisation and scheduled ibuprofen brought no improvement. She cannot sit through a church service or climb her stairs without stopping. Diagnosis: left sacroiliitis (M46.1). Pain 6/10 before.

I obtained written consent. Time-out completed. Prone. Under fluoroscopy I entered the inferior third of the left sacroiliac joint with a 22-gauge spinal needle; 0.5 mL of Omnipaque 240 gave a clean arthrogram outlining the joint. I injected 2 mL of 0.5% bupivacaine mixed with 40 mg of triamcinolone (1 mL of Kenalog-40). AP and oblique images were saved.

No complications. At 20 minutes pain 1/10, 83% relief; she will keep a pain diary for the next six hours.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 40), given("iohexol", 0.5, "ml")],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("27096", "LT"), line("J3301", units=4)],
        findings=[], dos="2025-05-20", pos="11", payer="medicare_fcso",
        comment="Diagnostic SI injection with 83% stated relief (>= 75%); 27096 on the physician claim.")

    add("fbw-h-sijnb-01", NARR, """
Right L5 dorsal ramus and S1-S3 lateral branch blocks

Right sacroiliac joint pain (M53.3) for two years, confirmed by two intra-articular right SI injections last year that each gave more than 80% short-term relief. We are blocking the nerves that supply the joint to see whether lateral branch radiofrequency ablation would help her. She still can't walk more than a block or sit through a movie. Pain today 6/10 on the NRS.

Written consent was signed and a time-out done with the site marked. Prone. Under fluoroscopy a 25-gauge needle was placed at the junction of the right sacral ala and the S1 superior articular process for the L5 dorsal ramus, and three more at the lateral margins of the right S1, S2 and S3 posterior foramina. After negative aspiration, 0.5 mL of 0.5% bupivacaine was injected at each of the four sites.

She walked and repeated her provocation manoeuvres afterward; pain 1/10 at 30 minutes.
""",
        procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64451", "RT")],
        findings=["complications"], dos="2026-04-14", pos="22", complications=None,
        comment="Complications are never mentioned (left out on purpose).")

    add("fbw-h-sirfa-01", NARR, """
Left sacroiliac joint cooled radiofrequency ablation

Diagnoses: 1. Left sacroiliitis (M46.1). 2. Low back pain, M54.5.
History: left SI region pain for three years, not helped by physical therapy, a sacroiliac belt or three intra-articular injections, the last of which lasted only five weeks. Two blocks of the left L5 dorsal ramus and S1-S3 lateral branches, in June and July, gave 90% and 80% relief. She has to lie down after 20 minutes of housework. Pain 7/10 this morning.

After I discussed the risks, including numbness over the buttock, she signed consent. Time-out done. Prone. Under fluoroscopy I placed a 17-gauge cooled RF introducer at the left L5 dorsal ramus and used a curved guide to reach lateral branch sites at the left S1, S2 and S3 foramina. Each site was numbed with 1 mL of 1% lidocaine before lesioning. Cooled radiofrequency lesions at 60 °C for 150 seconds were made at all four targets.

No complications. Pain 2/10 leaving recovery.
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64625", "LT")],
        findings=["code_validity"], dos="2025-10-08", pos="24",
        comment="M54.5 ended 2021-09-30, so the written code is not valid on the date of service: code_validity. "
                "Cooled RF is a stated technique for SI RFA.")


# --------------------------------------------------------------------------- other families (11)

def _others(add, proc, line, given):
    add("fbw-h-tpi-01", NARR, """
Trigger point injections, left upper trapezius, levator scapulae and rhomboid major

Left neck and shoulder-blade pain for eight months from myofascial pain of the neck and upper back (M79.12); it stops her from working at her computer for more than an hour. Exam: palpable taut bands with local twitch responses and pain referred toward the left occiput in the upper trapezius, levator scapulae and rhomboid major. This is her fourth trigger point session in the past 12 months; the last one, in May, helped for about five weeks. A stretching program and physical therapy continue. Pain 7/10 before injection.

Consent signed; time-out. Seated, leaning forward on the table. Each trigger point was pinned between two fingers and a 25-gauge 1.5-inch needle was inserted with a fanning technique until the twitch response was gone. Per muscle: 2 mL of a 1:1 mixture of 1% lidocaine and 0.25% bupivacaine (three muscles, 6 mL total).

No complications and no symptoms of pneumothorax. Pain 3/10 after stretching.
""",
        procs=[proc("trigger_point", laterality="left")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 7.5)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("20553")],
        findings=["frequency", "percent_relief"], dos="2024-08-06", pos="11",
        comment="Fourth session in 12 months (TPI limit 3): frequency. Relief only implied by 7 -> 3: percent_relief. "
                "Three muscles: 20553.")

    add("fbw-h-onb-01", NARR, """
Bilateral greater occipital nerve blocks

Occipital neuralgia, bilateral (M54.81): shooting, electric pain from the base of the skull up over the vertex on both sides for the last seven months, with tenderness over both greater occipital nerves and a positive Tinel sign on each side. The daily attacks keep him from working full shifts. Gabapentin and amitriptyline failed. His blocks in April gave two months of relief. Pain 7/10 now.

I explained the risks and he consented. Time-out done. Seated, head flexed. Using landmarks, without imaging, I found the occipital artery a third of the way from the external occipital protuberance to the mastoid on each side and placed a 27-gauge needle just medial to it. On each side I injected 2 mL of 0.5% bupivacaine with 20 mg of steroid after negative aspiration.

No complications; pressure held. Pain 1/10 ten minutes later, with scalp numbness on both sides.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 20)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64405", "50")],
        findings=["drug_name"], dos="2026-10-21", pos="11",
        comment="'20 mg of steroid' names no drug (left out on purpose): drug_name, and no steroid line. Landmark "
                "technique: no guidance code.")

    add("fbw-h-pnb-01", NARR, """
Ultrasound-guided right suprascapular nerve block

Right shoulder pain from glenohumeral osteoarthritis of the right shoulder (M19.011) for two years in a 78-year-old man who is not a surgical candidate because of heart failure. Radiographs show joint-space loss and inferior osteophytes. He cannot lift the arm to comb his hair or reach a cupboard. Two intra-articular injections helped for only a few weeks, and physical therapy made no difference. Pain 8/10 on arrival.

Consent was signed after we reviewed bleeding, infection and pneumothorax. Time-out completed. Seated. With a linear probe over the suprascapular fossa we identified the suprascapular nerve and artery beneath the transverse scapular ligament, and a 22-gauge needle was advanced in plane to the notch. After negative aspiration, 5 mL of 0.5% ropivacaine with dexamethasone 4 mg (1 mL of 4 mg/mL) was injected around the nerve under direct vision. An image of the needle tip beside the nerve was saved to the record.

No complications. Pain 3/10 at 20 minutes, with better range of motion.
""",
        procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)],
        findings=[], dos="2025-08-27", pos="11",
        comment="Ultrasound with a saved image in the office: 76942 without 26; dexamethasone 4 mg J1100 x4.")

    add("fbw-h-gnb-01", CUT, """
Left knee genicular nerve blocks (superolateral, superomedial, inferomedial)

Chronic left knee pain for five years from primary osteoarthritis of the left knee (M17.12), Kellgren-Lawrence grade 4 on standing films. She has failed physical therapy, topical diclofenac, three steroid injections and two hyaluronic acid series, and declines knee replacement. Walking is limited to about ten minutes and she can no longer kneel in her garden. This diagnostic block will decide whether she goes on to radiofrequency ablation. Pain 7/10 before the block.

Consent signed. Time-out performed. Supine with a bolster under the knee. Under fluoroscopy I placed 22-gauge spinal needles at the junctions of the shaft and the epicondyles, superolateral and superomedial on the femur and inferomedial on the tibia, confirming depth in the lateral view. At each site 1.5 mL of 0.5% bupivacaine was injected. No complications occurred and she was moved to recovery, where she walked the hallway and reported her knee pain as
""",
        procs=[proc("genicular_nerve_block", region="knee", laterality="left", imaging="fluoroscopy",
                    intent="diagnostic")],
        drugs=[given("bupivacaine", 22.5)],
        pain=(7, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                              "imaging_findings"),
        codes=[line("64454", "LT")],
        findings=["post_procedure_pain_score"], dos="2024-03-13", pos="24",
        comment="Cut off mid-sentence before the post-procedure score; complications were stated before the cut.")

    add("fbw-h-grfa-01", NARR, """
Left knee genicular RFA

72-year-old man with right knee osteoarthritis (M17.11), pain for six years, medial and anterior, worse on stairs; standing films show bone-on-bone medial compartment narrowing. He is not a candidate for arthroplasty (BMI 46). He has failed physical therapy, a knee brace and serial steroid injections, and he stopped his volunteer job because he can walk only about 50 yards. A diagnostic block of the right superomedial, superolateral and inferomedial genicular nerves on April 14 gave 80% relief for six hours. Pain 8/10 pre-procedure.

Consent obtained; time-out confirming the right knee, which was marked. Supine, right knee flexed over a bolster. Under fluoroscopy, 18-gauge RF cannulas with 10 mm active tips were placed to the right superomedial, superolateral and inferomedial genicular nerves at the bone junctions and checked in the lateral view. Sensory stimulation reproduced his knee pain; motor testing at 2 Hz caused no distal contraction. Each site received 2 mL of 1% lidocaine, then a thermal lesion at 80 degrees C for 90 seconds.

Complications: none. Post-procedure pain 2/10.
""",
        procs=[proc("genicular_rfa", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64624", "RT")],
        findings=["laterality_conflict"], dos="2026-05-12", pos="11",
        comment="Title says left knee; the history, time-out and description put every cannula in the right knee: "
                "codes follow the description (RT) and the difference is a laterality_conflict.")

    add("fbw-h-lsb-01", NARR, """
Left lumbar sympathetic block, L2 and L3

CRPS type I of the left lower limb (G90.522) after an ankle fracture 14 months ago: burning pain, allodynia, colour and temperature change and swelling of the left foot, with a stiff ankle. She uses crutches and cannot wear a shoe on the left. Gabapentin, mirror therapy and desensitisation with occupational therapy have helped only a little. Her first sympathetic block in August gave about 60% relief and a warmer foot for ten days. Pain 8/10 before the block.

Consent signed; time-out performed. Prone. Under fluoroscopy I advanced two 22-gauge 5-inch needles to the anterolateral borders of the left L2 and L3 vertebral bodies. Omnipaque 300, 3 mL in total, spread along the anterior psoas line without vascular or psoas uptake. I injected 5 mL of 0.25% bupivacaine through each needle, 10 mL in all.

The left foot skin temperature rose from 29.1 to 33.8 °C within 15 minutes. No complications. Pain 3/10.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L2", "L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("bupivacaine", 25), given("iohexol", 3, "ml")],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64520"), line("77002"), line("Q9967", units=3)],
        findings=[], dos="2023-09-26", pos="11",
        comment="64520 has no side modifier (indicator 0); fluoroscopy 77002; in the office the contrast of a code "
                "that does not include imaging is billed by strength: Omnipaque 300, 3 mL = Q9967 x3.")

    add("fbw-h-knee-01", HEAD, """
Date: April 9, 2024 | Payer: Medicare | POS: 11 (office)

Right knee injection, ultrasound guided

I saw her for right knee pain from primary osteoarthritis of the right knee (M17.11), much worse over the last three months, with an effusion today. Standing x-rays show medial joint-space narrowing and osteophytes. Acetaminophen and a home quadriceps program have not helped, and she cannot get through the store without leaning on a cart. Pain 7/10.

Consent obtained after discussing infection and post-injection flare. Time-out done. Supine, knee slightly bent. With a linear ultrasound probe over the suprapatellar recess I advanced a 22-gauge needle in plane into the joint, aspirated 12 mL of clear yellow fluid, and injected Depo-Medrol 40 mg (1 mL of 40 mg/mL) mixed with lidocaine. The ultrasound image showing the needle in the recess was saved.

No complications; bandage applied. Pain 4/10 before she left.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", None)],
        pain=(7, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("20611", "RT"), line("J1010", units=40)],
        findings=["drug_dose"], dos="2024-04-09", pos="11",
        comment="Lidocaine without an amount (left out on purpose): drug_dose. Methylprednisolone on/after "
                "2024-04-01: J1010 per mg. Ultrasound with a saved image: 20611.")

    add("fbw-h-scs-01", NARR, """
Spinal cord stimulator trial, two percutaneous leads

Indication: failed back surgery syndrome (M96.1) with constant burning pain radiating down the left leg to the foot, worse than his back pain, since an L5-S1 fusion four years ago. He has been through physical therapy, gabapentin and duloxetine, and three epidural injections, none of which gave lasting relief; a revision was not recommended. He cannot sit through a meal or walk more than 100 feet. Pain 8/10 today.

Consent signed. Time-out performed. Prone, with no sedation so that he could report where the paresthesia fell. After 10 mL of 1% lidocaine at the skin and along the track, a 14-gauge Tuohy needle entered the epidural space at L1-2 from a left paramedian approach by loss of resistance under fluoroscopy, and two 8-contact percutaneous leads were steered up to the top of T8 and the middle of T9. Test stimulation covered the left leg and low back. The leads were sutured to the skin and connected to the external trial generator.

No complications. With the stimulator on, pain in recovery was 3/10.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    sedation="none")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "radicular_findings"),
        codes=[line("63650", units=2), line("77003", "26")],
        findings=["indication"], dos="2025-12-02", pos="24",
        comment="No psychological evaluation is mentioned (left out on purpose): scs.psychological_evaluation, "
                "reported as indication. Two leads: 63650 x2; 77003-26 in the ASC.")

    add("fbw-h-scsi-01", NARR, """
Implantation of spinal cord stimulator: two percutaneous leads and rechargeable pulse generator

He returns after a 7-day trial (December 2 to 9) that gave 70% relief of his radiating left leg pain and back pain, with oxycodone down from four tablets a day to one and walking distance up from 100 feet to half a mile. Diagnosis: failed back surgery syndrome (M96.1), pain for more than four years. Physical therapy, neuropathic medications and epidural injections all failed before the trial. A psychological evaluation in October found no contraindication to stimulation. Pain 8/10 today.

Informed consent was signed and a time-out held. I gave moderate sedation myself with an independent RN observer at the bedside: midazolam 4 mg IV in divided doses from 09:05 to 10:02 (57 minutes). Prone. Under fluoroscopy a 14-gauge Tuohy needle entered the epidural space at L1-2 by loss of resistance, and two 8-contact percutaneous leads were advanced to the top of T8 and mid T9, as in the trial. Testing reproduced paresthesia over the painful area. Through a midline incision the leads were anchored to the fascia and tunnelled to a left upper buttock pocket, where the rechargeable generator was connected and secured. Local anesthesia was 1% lidocaine, 20 mL in total, and the wounds were closed in layers.

Blood loss minimal; no complications. Pain in recovery 5/10.
""",
        procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    sedation="moderate")],
        drugs=[given("midazolam", 4), given("lidocaine", 200)],
        pain=(8, 5), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "radicular_findings"),
        codes=[line("63650", units=2), line("63685"), line("77003", "26"), line("99152"), line("99153", units=3)],
        findings=[], dos="2026-02-10", pos="22",
        comment="Trial gave 70% (>= 50%); psychological evaluation stated. Sedation by the implanting physician, "
                "57 min with an observer: 99152 + 99153 x3 ((57 - 8) // 15).")

    add("fbw-h-va-01", HEAD, """
Date of service: 06/17/2025
Place of service: hospital outpatient (22)
Insurance: Medicare

T12 balloon kyphoplasty

82-year-old woman with a painful osteoporotic T12 compression fracture (M80.08XA) after lifting a laundry basket seven weeks ago. MRI shows an acute T12 fracture with 30% anterior height loss and marrow edema on STIR, no retropulsion. Six weeks in a TLSO brace with scheduled acetaminophen and tramadol did not reduce the pain, and she is bedbound except for trips to the bathroom. Pain 9/10 pre-op.

Consent and time-out completed. I administered moderate sedation, midazolam 2 mg IV, beginning at 13:20; an independent RN observer monitored her throughout. Prone. Under biplanar fluoroscopy the skin and periosteum were numbed with 10 mL of 1% lidocaine, and bilateral transpedicular access to T12 was made with 11-gauge cannulas. Inflatable bone tamps created cavities with partial height restoration, and 4.5 mL of PMMA cement was placed (2.2 mL left, 2.3 mL right) with no extravasation.

No complications. Post-procedure pain 3/10.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T12"],
                    imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("22513")],
        findings=["sedation_details"], dos="2025-06-17", pos="22",
        comment="Sedation has a start but no stop time or length (left out on purpose): sedation_details, and no "
                "99152 without intraservice minutes. Thoracic kyphoplasty: 22513.")

    add("fbw-h-pump-01", BULL, """
Intrathecal pump refill and reprogramming

- Indication: chronic pain syndrome (G89.4) from failed back surgery syndrome (M96.1), managed with an intrathecal morphine pump since 2021; due for refill before the low-reservoir alarm date.
- Consent: verbal and written consent obtained for the refill and the dose change.
- Time-out: patient, pump, drug and concentration checked against the pharmacy label.
- Refill: done by our pump nurse under my direct supervision. Reservoir accessed through the template with a 22-gauge non-coring needle; 2.5 mL withdrawn, matching the expected residual. Preservative-free morphine 25 mg/mL, 18 mL, placed in the reservoir.
- Programming: per my order the nurse reprogrammed the pump from 5.0 to 5.5 mg/day (10% increase), simple continuous mode; new alarm date set.
- Complications: none; site clean, tolerated well.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 450)],
        pain=(None, None), need=("diagnosis",),
        codes=[line("62369")],
        findings=[], dos="2026-07-07", pos="11",
        comment="Refilled and reprogrammed by clinical staff under supervision: 62369. Morphine 25 mg/mL x 18 mL = "
                "450 mg placed in the reservoir; no drug line in the gold kit for morphine.")
