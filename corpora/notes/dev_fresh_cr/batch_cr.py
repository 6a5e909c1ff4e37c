"""Sealed precision batch `dev_fresh_cr`: 30 title + narrative notes, gold labelled from the text before any
Painpoint run (see README.md). `build` receives the kit of `dev_fresh_d/make_notes.py`."""

STYLE = "title+narrative"


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _transforaminal(add, proc, line, given, ESI_NEED, minus)
    _interlaminar(add, proc, line, given, ESI_NEED, minus)
    _facet(add, proc, line, given, SPINE_NEED, minus)
    _rfa(add, proc, line, given, SPINE_NEED)
    _si(add, proc, line, given)
    _other(add, proc, line, given)


# --------------------------------------------------------------------------- transforaminal (7)

def _transforaminal(add, proc, line, given, ESI_NEED, minus):
    add("fcr-tfesi-01", STYLE, """
Left L5-S1 transforaminal epidural steroid injection under fluoroscopy

This 58-year-old man returns with left buttock pain that shoots down the outer thigh and lateral calf onto the top of the foot and into the great toe, present for about five months. On exam the left straight-leg raise reproduces the leg pain at 40 degrees and great toe extension is 4/5 on the left. His MRI from December shows a left foraminal L5-S1 disc protrusion narrowing the foramen and contacting the exiting L5 root. He did eight weeks of physical therapy along with meloxicam and gabapentin; none of it eased the leg pain, and the gabapentin left him groggy. He has stopped his morning walks and can sit only 20 minutes at his desk. Diagnosis: left L5 lumbar radiculopathy (M54.16).

After I went over the risks, benefits and alternatives he signed the consent form, and a time-out confirmed the left side and the L5-S1 level. He lay prone and no sedation was given. After chlorhexidine prep the skin was numbed with 2 mL of 1% lidocaine. Using an oblique fluoroscopic view I advanced a 22-gauge spinal needle into the safe triangle below the left L5 pedicle and checked depth on the lateral view. 1.5 mL of Omnipaque 240 outlined the L5 root and flowed medially into the epidural space with no vascular uptake. I then injected 1 mL of dexamethasone 10 mg/mL from a single-dose vial (nothing wasted) mixed with 1 mL of 1% preservative-free lidocaine. AP and lateral images were saved. Pain was 7/10 beforehand and 2/10 fifteen minutes later. No complications; he walked out with written instructions.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 30), given("iohexol", 1.5, "ml")],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("J1100", "JZ", units=10)], findings=[],
        dos="2026-02-17", pos="11")

    add("fcr-tfesi-02", STYLE, """
Repeat right L4-5 and L5-S1 transforaminal epidural steroid injections

We saw her back for the right leg. She is a 66-year-old retired teacher whose right-sided sciatica (anterolateral thigh and shin, numb patch over the medial foot) has been going on since last spring, well over a year. When we did the same two levels in April she reported roughly 60% improvement that held for about five months before the pain crept back. Before that first injection she had completed twelve weeks of supervised therapy and a trial of duloxetine, which did not touch the leg symptoms. She now cannot stand at the stove long enough to cook a meal and has given up her garden. Exam today: positive femoral stretch and slump test on the right, diminished right patellar reflex. The 2024 MRI shows right foraminal stenosis at L4-5 and L5-S1 from facet overgrowth and a bulging disc. Diagnosis M54.16, right lumbar radiculopathy.

Consent was reviewed and signed; time-out done with the team. No sedation. Under fluoroscopy, 22-gauge needles were placed into the right L4-5 and L5-S1 foramina by the subpedicular approach. Isovue-M 200, 1.5 mL at each level (3 mL in all), showed perineural and epidural flow, no vascular pattern on live imaging. Each foramen then received 0.5 mL of Kenalog-40 (20 mg) with 1 mL of 0.25% bupivacaine, so 40 mg of triamcinolone overall. Two views (AP and lateral) were stored for each level. Pre-procedure pain 8/10, afterward 3/10. She had no complications and was discharged with her husband.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5), given("iopamidol", 3, "ml")],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT")], findings=[],
        dos="2025-09-03", pos="24",
        comment="Repeat with a documented prior response: 60% for about five months (>= 50% for >= 90 days).")

    add("fcr-tfesi-03", STYLE, """
Bilateral L5-S1 transforaminal epidural injection, fluoroscopically guided

The patient is a 71-year-old woman with two years of pain radiating down the backs of both legs to the lateral ankles, the left slightly worse, with tingling in both soles; ankle jerks are absent bilaterally and straight-leg raise is positive on both sides at 50 degrees. CT myelogram showed bilateral L5-S1 foraminal narrowing from a broad-based disc-osteophyte complex with a grade 1 slip. Six weeks of aquatic therapy and a month of celecoxib brought no meaningful change, and tramadol caused nausea so she stopped it. She now walks with a cane, cannot shop without a motorized cart, and her Oswestry score is 48%. Assessment: bilateral lumbosacral radiculopathy, M54.17.

Informed consent was obtained in writing and a time-out was completed. No sedation was requested. The patient was placed prone and both sides were prepped. Skin and subcutaneous tissue were anesthetized with 1% lidocaine, 2 mL per side. Under intermittent fluoroscopy a 22-gauge Quincke needle was advanced to each L5-S1 foramen; 1 mL of Omnipaque 300 on each side produced a clean L5 neurogram with epidural spread and no intravascular runoff. Each side then received 40 mg of Depo-Medrol (1 mL from a single-dose 40 mg/mL vial, entire contents used) with 1 mL of 0.2% ropivacaine. Anteroposterior and lateral views were saved. Pain scores were 6 out of 10 before and 1 out of 10 after. No complications were observed and she was discharged home in stable condition.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("ropivacaine", 4), given("lidocaine", 40),
               given("iohexol", 2, "ml")],
        pain=(6, 1), need=ESI_NEED, codes=[line("64483", "50"), line("J1010", "JZ", units=80)], findings=[],
        dos="2024-11-12", pos="11")

    add("fcr-tfesi-04", STYLE, """
Right L3-4 and L4-5 TFESI

This 49-year-old is a warehouse worker seen for right anterior thigh and medial knee pain with burning into the shin, which began after lifting at work four months ago. The right quadriceps tests 4+/5, the right knee jerk is reduced, and the femoral nerve stretch test is positive. Lumbar MRI demonstrates a right foraminal disc herniation at L3-4 and lateral recess narrowing at L4-5 on the right. Physical therapy three times a week for six weeks and naproxen failed to relieve the leg pain. He has been off work because he cannot lift or climb ladders, and stairs at home take him twice as long. Diagnosis: lumbar disc herniation with radiculopathy, M51.16.

Risks including infection, bleeding, nerve injury and steroid effects were discussed, questions answered, and written consent obtained. A time-out was performed. He declined sedation. Under C-arm fluoroscopy, right L3-4 and L4-5 foramina were approached with 22-gauge needles via an oblique view; placement was confirmed laterally. Contrast (Omnipaque 240, 1 mL per level) demonstrated epidural and perineural spread without vascular filling. Dexamethasone 5 mg (0.5 mL of 10 mg/mL) with 1 mL of 1% lidocaine was injected at each level. AP and lateral fluoroscopic images were retained. Pain 7/10 before, 3/10 after. There were no complications. He was observed for 20 minutes and discharged.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT")], findings=[],
        dos="2026-10-14", pos="24")

    add("fcr-tfesi-05", STYLE, """
Thoracic transforaminal epidural steroid injection, right T10-T11

This 62-year-old woman has band-like pain wrapping around the right lower chest wall and flank into the upper abdomen in a T10 dermatome, with allodynia along that strip, for the past seven months. Thoracic MRI shows a right foraminal T10-11 disc protrusion abutting the exiting right T10 nerve root. She was treated with eight weeks of physical therapy, lidocaine patches and pregabalin; the pain did not improve and pregabalin caused dizziness. She can no longer wear a bra or sleep on her right side and has cut back her hours at work. Diagnosis: thoracic radiculopathy, M54.14.

I reviewed the procedure, its risks and alternatives, and she gave written consent. Time-out was completed. No sedation was used. With her prone, the right T10-11 foramen was targeted under fluoroscopy using a 22-gauge curved needle, staying below the pedicle, and depth was checked on the lateral view. Omnipaque 240, 1 mL, showed a linear neurogram along the T10 root with epidural spread and no vascular uptake. I injected dexamethasone 6 mg (1.5 mL of 4 mg/mL) with 1 mL of 1% lidocaine. Two views, AP and lateral, were saved. Pain decreased from 6/10 to 2/10. No complications occurred. She was discharged after a short observation period.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="thoracic", laterality="right",
                 levels=["T10-T11"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 6), given("lidocaine", 10), given("iohexol", 1, "ml")],
        pain=(6, 2), need=ESI_NEED, codes=[line("64479", "RT")], findings=[], dos="2024-06-05", pos="22")

    # gap: time_out
    add("fcr-h-tfesi-01", STYLE, """
Left C6-7 transforaminal epidural steroid injection (dexamethasone) under fluoroscopy

Seen in the hospital procedure unit with the fellow. She is 54 and describes left neck pain with an electric ache down the back of the arm into the middle finger for three months, worse when she looks up. Spurling is positive on the left, triceps is 4/5 and the left triceps reflex is absent. Cervical MRI: left C6-7 foraminal disc-osteophyte complex with moderate to severe foraminal stenosis, C7 root compressed. She completed six weeks of physical therapy plus a Medrol dose pack and ibuprofen without any lasting benefit. She cannot reach overhead to stock shelves and now drops things with the left hand; she has been on light duty. Diagnosis: cervical radiculopathy, left C7 (M54.12).

Risks, including the rare risk of spinal cord injury with cervical injections, were discussed and she signed consent. No sedation. Supine with head turned, the left C6-7 foramen was visualized in an oblique view and a 25-gauge needle was advanced to the posterior aspect of the foramen, then confirmed on AP view to be no further than the mid-facet column. Under live fluoroscopy with digital subtraction, 0.8 mL of Omnipaque 240 showed epidural and perineural flow with no vertebral artery filling. We injected 4 mg of preservative-free dexamethasone (1 mL of 4 mg/mL) with 0.5 mL of 1% lidocaine. AP and oblique images were saved. Pain 6/10 before and 2/10 after. No complications. Discharged to home with her sister.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 4), given("lidocaine", 5), given("iohexol", 0.8, "ml")],
        pain=(6, 2), need=ESI_NEED, codes=[line("64479", "LT")], findings=["time_out"], dos="2025-04-22",
        pos="22", comment="No time-out is documented (the gap).")

    # gap: symptom_duration
    add("fcr-h-tfesi-02", STYLE, """
Right L5-S1 transforaminal ESI, Celestone

I saw this 44-year-old mail carrier for right-sided sciatica: sharp pain from the right buttock along the back of the thigh and the outer calf to the dorsum of the foot, with numbness of the first web space. On examination, right straight-leg raise is positive at 35 degrees, crossed SLR negative, and right EHL is weak at 4/5. MRI demonstrates a right foraminal L5-S1 protrusion with contact of the exiting right L5 nerve root. He went through six weeks of physical therapy and two courses of NSAIDs and still has constant leg pain despite them. He is unable to finish his route and cannot sit through a meal. Impression: right L5 radiculopathy, M54.17.

Consent was signed after discussion of risks and benefits, and a time-out confirmed side and level. No sedation was given; skin was anesthetized with 1% lidocaine, 1 mL. Under fluoroscopic guidance a 22-gauge spinal needle was advanced into the right L5-S1 foramen along the subpedicular route. Omnipaque 240, 1 mL, confirmed epidural spread along the L5 root without vascular runoff. I then injected 1 mL of Celestone Soluspan (betamethasone 6 mg) drawn from a multi-dose vial, followed by 1 mL of 0.25% bupivacaine. AP and lateral images were saved to the chart. Pain rating was 8/10 before and 4/10 after the injection. No complications; he was discharged walking independently.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("bupivacaine", 2.5), given("lidocaine", 10),
               given("iohexol", 1, "ml")],
        pain=(8, 4), need=minus(ESI_NEED, "symptom_duration"),
        codes=[line("64483", "RT"), line("J0702", units=1)], findings=["symptom_duration"], dos="2026-06-09",
        pos="11", comment="How long the leg pain has lasted is never stated (the gap); betamethasone from a "
                          "multi-dose vial takes no JZ.")


# --------------------------------------------------------------------------- interlaminar / caudal (5)

def _interlaminar(add, proc, line, given, ESI_NEED, minus):
    add("fcr-ilesi-01", STYLE, """
Lumbar interlaminar epidural steroid injection at L5-S1

A 68-year-old man with eight months of aching pain in both buttocks and down the back of both thighs to the calves, worse with standing and walking and eased by sitting, with tingling in both feet after a block of walking. Reflexes are symmetric but reduced at the ankles; straight-leg raise reproduces posterior thigh pain bilaterally. MRI shows severe central canal stenosis at L4-5 and moderate stenosis at L5-S1 with bilateral lateral recess narrowing. He completed ten weeks of physical therapy and tried meloxicam; the leg symptoms persisted unchanged. He can walk only one block before he must sit, and he has stopped golfing. Diagnosis: spinal stenosis, lumbar region, with neurogenic claudication (M48.062).

Written consent was obtained after discussing risks; a time-out confirmed the patient and the planned level. No sedation. Prone, prepped and draped; the skin was anesthetized with 3 mL of 1% lidocaine. Under AP fluoroscopy a 20-gauge Tuohy needle was advanced at the L5-S1 interspace in the midline and the epidural space was entered by loss of resistance to saline; lateral view confirmed the depth. Omnipaque 240, 2 mL, produced an epidural pattern spreading cephalad without vascular or intrathecal uptake. I injected Depo-Medrol 80 mg (2 mL of 40 mg/mL, single-dose vials) with 3 mL of preservative-free saline. AP and lateral views were saved. Pain went from 7/10 to 3/10. There were no complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 30), given("iohexol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("J1040", units=1)], findings=[],
        dos="2023-02-14", pos="11",
        comment="Before 2024-04-01 methylprednisolone 80 mg is one J1040; before 2023-07-01 no JZ.")

    # gap: saved_images (one view)
    add("fcr-ilesi-02", STYLE, """
Cervical epidural steroid injection, interlaminar, C7-T1

The patient is a 57-year-old right-handed man with neck pain radiating into both shoulders and down both arms to the thumbs and index fingers for four months, with numbness in both thumbs; biceps reflexes are diminished bilaterally and Spurling provokes arm pain on each side. MRI of the cervical spine shows multilevel degenerative disc disease with a broad C5-6 disc-osteophyte complex and bilateral foraminal stenosis at C5-6 and C6-7. He has done eight weeks of physical therapy and cervical traction along with diclofenac without improvement. He has trouble driving because he cannot turn his head and his sleep is broken by arm pain every night. Diagnosis: cervical radiculopathy, M54.12.

The procedure, alternatives and risks were explained and he signed consent. We paused for a time-out. No sedation. In the prone position with the neck flexed, the C7-T1 interspace was identified fluoroscopically. A 20-gauge Tuohy needle was advanced in a slightly left paramedian trajectory, and the epidural space was found by loss of resistance, with the depth checked on a contralateral oblique view. Isovue-M 300, 1.5 mL, spread in the posterior epidural space over several levels with no vascular uptake. Triamcinolone 40 mg (1 mL) mixed with 2 mL of preservative-free saline was then injected. One image was saved to PACS. Pain 5/10 before, 2/10 after. No complications were noted and he was discharged.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("iopamidol", 1.5, "ml")],
        pain=(5, 2), need=ESI_NEED, codes=[line("62321")], findings=["saved_images"], dos="2025-01-28", pos="24",
        comment="Only one saved image is documented (the gap): a stated count below two views.")

    add("fcr-ilesi-03", STYLE, """
Repeat lumbar ILESI, L4-L5, interlaminar approach

This 61-year-old woman is back for her left-greater-than-right leg pain. The earlier L4-L5 epidural in March gave her about half relief, 50%, for three months before the leg pain returned to baseline. The pain starts in the low back and shoots down the lateral thighs to the outer calves with pins and needles in the feet, and it has been present for two years. Examination shows decreased sensation over both L5 dermatomes and a positive left straight-leg raise. Her MRI shows moderate central and bilateral foraminal stenosis at L4-L5 with a diffuse disc bulge. She previously completed three months of physical therapy and uses acetaminophen, with no lasting change in the leg pain. She can only stand for ten minutes, which has kept her from volunteering. Diagnosis: lumbar radiculopathy (M54.16).

Consent was signed and a time-out held. No sedation was given. Prone; betadine prep; skin anesthesia with 1% lidocaine, 2 mL. Under fluoroscopy a 20-gauge Tuohy needle entered the L4-L5 interlaminar space just left of midline, and loss of resistance to air was obtained; lateral imaging confirmed position. Omnipaque 240, 2 mL, confirmed epidural spread with no vascular or subarachnoid flow. I then gave 10 mg of dexamethasone in 4 mL of preservative-free normal saline. AP and lateral images were saved. Pain 8/10 before and 4/10 after. No complications. She was discharged home.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(8, 4), need=ESI_NEED, codes=[line("62323")], findings=[], dos="2025-07-16", pos="22",
        comment="Repeat with 50% relief for three months (= 90 days): meets the prior-response rule.")

    add("fcr-h-ilesi-01", STYLE, """
T10-11 interlaminar epidural steroid injection

Patient is a 73-year-old man with six months of burning pain wrapping around both sides of the lower chest and upper abdomen at roughly the T10 level, with hypersensitivity of the skin in that band; sensation to pinprick is decreased in a bilateral T10 distribution. MRI thoracic spine shows a central T10-11 disc protrusion with mild cord flattening and bilateral foraminal narrowing. He was treated with physical therapy for six weeks and gabapentin up to 1800 mg a day; the pain never improved and the gabapentin made him unsteady. He has given up his woodworking and can sit in a chair for only 15 minutes. Diagnosis: thoracic radiculopathy, M54.14.

Procedure: consent was obtained after review of risks, and a time-out was called. No sedation. Prone on the table; the T10-11 interspace was marked under fluoroscopy. After 2 mL of 1% lidocaine to the skin, an 18-gauge Tuohy needle was walked to the lamina and into the epidural space using loss of resistance to saline, with the lateral view showing the tip just past the spinolaminar line. 1 mL of Omnipaque 240 outlined the epidural space without vascular uptake. Celestone (betamethasone) 6 mg in 1 mL, single-dose vial used completely, was injected with 3 mL of preservative-free saline. AP and lateral views were recorded. Pain was 6/10 pre-injection and 3/10 post-injection. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 20), given("iohexol", 1, "ml")],
        pain=(6, 3), need=ESI_NEED, codes=[line("62321")], findings=[], dos="2026-08-20", pos="24")

    add("fcr-h-caudal-01", STYLE, """
Caudal epidural steroid injection through the sacral hiatus

I am seeing this 77-year-old woman who had an L4-S1 fusion in 2019 and now has pain in both buttocks and down the back of both legs to the heels for the past ten months, with numbness of both soles; ankle reflexes are absent and straight-leg raise reproduces leg pain on both sides. Recent MRI shows post-surgical change with epidural fibrosis around the S1 roots and adjacent-segment stenosis at L3-4. She has done twelve weeks of physical therapy and takes gabapentin and acetaminophen, yet her leg pain persists despite them. She needs a walker outside the house and can no longer do her own grocery shopping. Diagnoses: post-laminectomy syndrome (M96.1) and spinal stenosis of the lumbar region with neurogenic claudication (M48.062).

After a discussion of risks and benefits she signed the consent, and a time-out was performed. No sedation. She lay prone with a pillow under the hips. Over the sacral hiatus the skin was infiltrated with 2 mL of 1% lidocaine. A 20-gauge Tuohy needle was passed through the sacrococcygeal ligament under lateral fluoroscopy. Omnipaque 240, 3 mL, filled the sacral canal and rose to the S1 level without vascular runoff. I injected 80 mg of Kenalog (two 1 mL single-dose vials of 40 mg/mL, no waste) with 5 mL of 0.25% bupivacaine and 5 mL of saline. AP and lateral views were saved. Pain 7/10 before, 3/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 12.5), given("lidocaine", 20),
               given("iohexol", 3, "ml")],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("J3301", "JZ", units=8)], findings=[],
        dos="2026-04-01", pos="11", comment="80 mg of triamcinolone is at, not over, the ESI ceiling.")


# --------------------------------------------------------------------------- facet injection (5)

def _facet(add, proc, line, given, SPINE_NEED, minus):
    add("fcr-mbb-01", STYLE, """
Bilateral L4-5 and L5-S1 medial branch blocks (diagnostic), fluoroscopic guidance

This 64-year-old man has had axial low back pain across the belt line for two years, worse with extension, twisting and getting out of a car, without radiation below the knees. He has paraspinal tenderness over the lower lumbar facets and pain on extension-rotation to both sides; neurologic exam is normal. MRI shows facet arthropathy with effusions at L4-5 and L5-S1 bilaterally. Physical therapy for eight weeks and naproxen did not help. He cannot stand long enough to cook or play with his grandchildren. Diagnosis: lumbar spondylosis without myelopathy or radiculopathy (M47.816). This is the first diagnostic block, aimed at the joints before any radiofrequency ablation.

We discussed risks and he signed consent; a time-out confirmed both sides and the levels. No sedation. Prone; skin wheals with 1% lidocaine. Under fluoroscopy, 22-gauge needles were placed at the junction of the superior articular process and transverse process at L4 and L5 and at the sacral ala on each side, targeting the L3 and L4 medial branches and the L5 dorsal ramus bilaterally. Placement was confirmed in oblique and AP views. At each of the six nerves I injected 0.5 mL of 0.5% bupivacaine (3 mL in total). Pain was 6/10 before and 1/10 thirty minutes after, with extension now pain free. No complications; he will log his relief over the next 8 hours.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15), given("lidocaine", None)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=["drug_dose"], dos="2026-01-20", pos="11",
        comment="The skin lidocaine has no amount, so its dose is null and drug_dose is a finding.")

    add("fcr-facet-02", STYLE, """
Left L4-L5 and L5-S1 intra-articular facet joint injections (therapeutic)

The patient is a 59-year-old woman with left-sided low back pain over the lumbosacral junction for three years, worse on standing and arching backward, relieved by sitting; no leg symptoms and a normal neurologic exam. CT shows left L4-L5 and L5-S1 facet hypertrophy with joint space narrowing. Two diagnostic medial branch blocks this spring gave 85% and 90% relief of her usual pain. She has tried physical therapy, home exercise and ibuprofen for months and still has daily pain despite them. She has had to quit her part-time cashier job because she cannot stand through a shift. Diagnosis: M47.816, lumbar facet spondylosis. As she is not a candidate for ablation because of a pacemaker, therapeutic intra-articular injections were planned.

Consent form signed after discussion; time-out done. No sedation. Under fluoroscopy, with the C-arm rotated obliquely to open each joint, 22-gauge needles were advanced into the left L4-L5 and L5-S1 facet joints. A small amount of Omnipaque 240, 0.2 mL per joint, gave an arthrogram with no vascular spread. Each joint received 0.25 mL of Kenalog-40 (10 mg) with 0.5 mL of 0.5% bupivacaine; the 1 mL single-dose vial was opened for this and the remaining 0.5 mL (20 mg) was discarded. Pain before 7/10, after 2/10. No complications occurred.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                 sedation="none")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 5), given("iohexol", 0.4, "ml")],
        pain=(7, 2), need=SPINE_NEED,
        codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", units=2), line("J3301", "JW", units=2)],
        findings=[], dos="2026-05-27", pos="11",
        comment="Therapeutic intent with two prior diagnostic blocks at 85% and 90%; 20 mg discarded from the "
                "single-dose vial takes a JW line.")

    add("fcr-mbb-03", STYLE, """
Left L3-L4 facet medial branch block, diagnostic

This 70-year-old woman has left low back pain above the belt line for eight months, aggravated by bending backward and rolling over in bed, without leg pain; facet loading reproduces the pain on the left at L3-L4. X-rays and MRI show left L3-L4 facet arthrosis with a small effusion. Four months of physical therapy and a lidocaine patch did not relieve it, and meloxicam upset her stomach. She has stopped walking her dog and needs help with vacuuming. Diagnosis: spondylosis of the lumbar region without myelopathy or radiculopathy, M47.816.

Risks and benefits reviewed; written consent on the chart. A time-out was completed. No sedation was used. With fluoroscopic guidance, 25-gauge needles were placed at the left L2 and L3 medial branches, at the junction of the transverse process and the superior articular process, and their position was confirmed on AP and oblique views. Through each needle 0.5 mL of 2% lidocaine was injected (1 mL total). Her pain was 5/10 before the block and 0/10 at 20 minutes. She tolerated it without complications and was discharged with a pain log.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L3-L4"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 20)],
        pain=(5, 0), need=SPINE_NEED, codes=[line("64493", "KX", "LT")], findings=[], dos="2024-08-06", pos="22")

    # gap: post_procedure_pain_score
    add("fcr-h-mbb-01", STYLE, """
Right cervical medial branch blocks at C4-5 and C5-6 (second diagnostic block)

She is a 52-year-old with right-sided neck pain for eighteen months that spreads to the upper trapezius and the back of the shoulder, worse with looking up and turning to the right, without arm symptoms. Palpation over the right C4-5 and C5-6 facets reproduces the pain. Cervical MRI shows right C4-5 and C5-6 facet arthropathy without foraminal or canal stenosis. She completed eight weeks of physical therapy and tried cyclobenzaprine and naproxen, with no lasting relief. She cannot drive more than short distances or work at her computer for more than an hour. Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812). Her first diagnostic block of these joints six weeks ago gave 90% relief lasting five hours; this is the confirmatory block.

Consent signed; time-out performed. No sedation. In the prone position, under fluoroscopy in the lateral view, 25-gauge needles were placed to the centroids of the right C4, C5 and C6 articular pillars to reach the medial branches, and the position was checked on AP. I injected 0.3 mL of 0.5% bupivacaine at each nerve (0.9 mL). Pre-procedure pain was 6/10. No complications. She was given a diary to track her pain every hour today.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 4.5)],
        pain=(6, None), need=SPINE_NEED, codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        findings=["post_procedure_pain_score"], dos="2025-03-11", pos="24",
        comment="No pain score after the block (the gap). Confirmatory block after a 90% first block.")

    add("fcr-h-facet-01", STYLE, """
Right C5-C6 intra-articular facet injection, diagnostic

I saw this 47-year-old man for right lower neck pain that began after a rear-end collision fourteen months ago and has persisted, with pain on extension and right rotation and focal tenderness over the right C5-C6 facet; arm strength, reflexes and sensation are normal. MRI shows right C5-C6 facet arthrosis with capsular edema and no disc herniation. He completed ten weeks of physical therapy and chiropractic care and took ibuprofen, with the neck pain unchanged. He can no longer check his blind spot while driving and has stopped lifting at the gym. Diagnosis: M47.812, cervical spondylosis.

I explained the risks and he consented in writing; time-out completed. No sedation. Lying prone, the right C5-C6 joint was viewed laterally on fluoroscopy and a 25-gauge needle entered the posterior joint capsule. A trace of Omnipaque 240 (0.1 mL) gave an arthrogram limited to the joint. I then injected 0.5 mL of 0.75% bupivacaine into the joint as a diagnostic block. Pain was 5/10 before and 1/10 after. No complications.
""", procs=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="right",
                 levels=["C5-C6"], imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 3.75), given("iohexol", 0.1, "ml")],
        pain=(5, 1), need=SPINE_NEED, codes=[line("64490", "KX", "RT")], findings=[], dos="2023-10-10",
        pos="11")


# --------------------------------------------------------------------------- facet RFA (3)

def _rfa(add, proc, line, given, SPINE_NEED):
    add("fcr-rfa-01", STYLE, """
Bilateral L4-L5 and L5-S1 radiofrequency ablation of the medial branches

This 67-year-old man has bilateral axial low back pain for four years, worse with standing and extension, not radiating into the legs. MRI shows bilateral L4-L5 and L5-S1 facet arthropathy. He has done physical therapy, a home program and NSAIDs for years; none of them gave lasting relief. He cannot stand at his workbench for more than 15 minutes and has stopped bowling. Two separate diagnostic medial branch blocks at these levels gave 90% and 85% relief for the duration of the anesthetic. Diagnosis: lumbar facet spondylosis (M47.816).

We reviewed risks and he signed consent; time-out completed. No sedation. Prone, prepped bilaterally. Under fluoroscopy, 18-gauge RF cannulas with 10 mm active tips were positioned parallel to the L3 and L4 medial branches and the L5 dorsal ramus on each side, confirmed on oblique and lateral views. Sensory stimulation at 50 Hz reproduced his back pain below 0.5 V, and 2 Hz motor testing at 1.5 V produced no leg muscle contraction. Each site was anesthetized with 1 mL of 2% lidocaine and lesioned at 80 degrees Celsius for 90 seconds. Pain was 6/10 before and 2/10 after. No complications; discharged with his wife.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 120)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("64635", "50"), line("64636", "50")], findings=[],
        dos="2025-10-07", pos="24", comment="RF at exactly 80 degrees Celsius is thermal.")

    add("fcr-rfa-02", STYLE, """
Left L5-S1 facet radiofrequency neurotomy (L4 medial branch and L5 dorsal ramus)

A 56-year-old woman with left lumbosacral pain for three years, worse with prolonged standing and extension, no radicular features. CT shows left L5-S1 facet arthrosis. She tried eight weeks of physical therapy and celecoxib with only brief, partial relief. She has stopped working in her garden and cannot stand for more than 20 minutes. Diagnostic blocks of the left L4 medial branch and L5 dorsal ramus on two occasions gave 80% and 100% relief. Diagnosis: M47.817, lumbosacral spondylosis.

Written consent obtained and time-out performed. No sedation given. Under fluoroscopic guidance, 18-gauge 10 mm active-tip cannulas were placed along the left L4 medial branch at the L5 transverse process and along the L5 dorsal ramus at the sacral ala. Sensory testing reproduced concordant pain and motor testing at 2 Hz to 2 V showed no distal response. At each site 1 mL of 2% lidocaine was given, followed by a thermal lesion at 85 °C for 90 seconds. After lesioning, dexamethasone 2 mg was placed at each site (4 mg in total, drawn from a single-dose 4 mg/mL vial with nothing discarded). Pain 7/10 before and 3/10 after. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 40), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 3), need=SPINE_NEED, codes=[line("64635", "LT"), line("J1100", "JZ", units=4)], findings=[],
        dos="2024-09-17", pos="11")

    add("fcr-h-rfa-01", STYLE, """
Repeat right cervical radiofrequency ablation, C3-4 and C4-5 facets

He is a 63-year-old with right-sided neck pain and suboccipital headaches for six years. His right C3, C4 and C5 medial branches were ablated about ten months ago, giving 70% relief that lasted eight months; the pain has now returned to its former level. Cervical MRI shows right C3-4 and C4-5 facet arthropathy. Physical therapy and NSAIDs before the first ablation did not help and still give him nothing. He cannot turn his head to reverse the car or read for long. Diagnosis: cervical spondylosis without myelopathy or radiculopathy, M47.812.

Consent was signed and a time-out held. No sedation. Prone with the neck slightly flexed; using lateral and AP fluoroscopy, 20-gauge RF cannulas were placed along the right C3, C4 and C5 medial branches over the articular pillars. Sensory stimulation reproduced his neck pain; motor stimulation at 2 Hz produced no arm or diaphragm response. Each site received 0.5 mL of 0.5% bupivacaine and was lesioned at 80 degrees Celsius for 90 seconds. Pain 6/10 before, 2/10 after. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("64633", "RT"), line("64634", "RT")], findings=[],
        dos="2026-03-03", pos="22",
        comment="Repeat: 70% relief for eight months (>= 50% for >= 180 days). C3, C4, C5 medial branches "
                "= C3-C4 and C4-C5 joints.")


# --------------------------------------------------------------------------- SI joint injection (3)

def _si(add, proc, line, given):
    si_need = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings")
    add("fcr-si-01", STYLE, """
Left sacroiliac joint injection, diagnostic, under fluoroscopy

This 55-year-old woman has pain over the left posterior superior iliac spine and buttock for seven months, below L5, worse rising from a chair and climbing stairs. Three of five provocation tests are positive on the left (FABER, thigh thrust and compression). Pelvic MRI shows left sacroiliac subchondral sclerosis and mild edema. She has done eight weeks of physical therapy with an SI belt and takes ibuprofen, but the buttock pain continued unchanged. She can walk only ten minutes and cannot sit through church. Diagnosis: sacroiliitis, M46.1.

I reviewed the risks and she signed the consent. A time-out confirmed the left side. No sedation. Prone; the inferior left sacroiliac joint line was opened with a contralateral oblique fluoroscopic view, and a 22-gauge spinal needle entered the joint. Omnipaque 240, 1 mL, outlined the joint without vascular uptake. I injected 40 mg of triamcinolone (1 mL Kenalog-40, single-dose vial, entire vial given) with 2 mL of 0.25% bupivacaine as a diagnostic and therapeutic dose. AP and oblique images were saved. Pain 8/10 before and 2/10 after, which she rated as 80% relief. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5), given("iohexol", 1, "ml")],
        pain=(8, 2), need=si_need, codes=[line("27096", "LT"), line("J3301", "JZ", units=4)], findings=[],
        dos="2026-07-08", pos="11")

    # gap: complications
    add("fcr-si-02", STYLE, """
Bilateral sacroiliac joint steroid injections (therapeutic)

A 60-year-old man with bilateral buttock pain centered over both SI joints for a year and a half, worse with prolonged sitting and on getting up. Provocation tests reproduce the pain on both sides. Pelvic CT shows bilateral SI joint degenerative change with sclerosis. Six weeks of physical therapy, then a home program, celecoxib and heat failed to relieve it. He has stopped driving long distances and cannot sit through a movie. Diagnosis: M46.1. Diagnostic injections of both joints two months ago gave 80% relief on each side during the anesthetic phase, so therapeutic injections were planned.

Written consent was obtained and a time-out completed. No sedation. Under fluoroscopy, each SI joint was entered inferiorly with a 22-gauge needle. Isovue-M 200, 1 mL per side, confirmed intra-articular spread. Each joint received 40 mg of methylprednisolone with 1.5 mL of 0.5% ropivacaine. AP and oblique images of each joint were saved. Pain was 7/10 before and 2/10 after, a 70% reduction by his account. He was discharged home with his daughter.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("ropivacaine", 15), given("iopamidol", 2, "ml")],
        pain=(7, 2), need=si_need, codes=[line("27096", "50")], findings=["complications"], dos="2025-05-13",
        pos="24", complications=None,
        comment="Nothing is said about complications (the gap). Therapeutic after 80% diagnostic blocks.")

    add("fcr-h-si-01", STYLE, """
Repeat right SI joint injection

We are seeing this 48-year-old woman for right sacroiliac pain that has been present for over two years, located below the belt line over the right sacral sulcus, with a positive Gaenslen and thigh thrust on the right. MRI shows right SI joint arthrosis. She did physical therapy for three months and a trial of meloxicam without relief. A diagnostic right SI block last year gave 90% relief. Her last therapeutic right SI injection, six months ago, provided 60% improvement for five months. She has again had to stop her aerobics class and cannot stand long at work. Diagnosis: sacroiliitis, right (M46.1).

Consent obtained; time-out done. No sedation. The right SI joint was entered under fluoroscopy using a 22-gauge needle; 1 mL of Omnipaque 240 confirmed an arthrogram. We injected 8 mg of dexamethasone with 2 mL of 0.25% bupivacaine. Two views were saved. Pain 7/10 before, 1/10 after: 85% relief. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 8), given("bupivacaine", 5), given("iohexol", 1, "ml")],
        pain=(7, 1), need=si_need, codes=[line("27096", "RT")], findings=[], dos="2024-12-03", pos="22",
        comment="Therapeutic repeat: diagnostic block 90%, prior response 60% for five months (>= 90 days).")


# --------------------------------------------------------------------------- other families (7)

def _other(add, proc, line, given):
    # gap: consent
    add("fcr-h-gon-01", STYLE, """
Bilateral greater occipital nerve blocks

This 39-year-old woman has had occipital headaches for a year, with shooting pain from the base of the skull over the top of the head on both sides, several days a week, and tenderness over both greater occipital nerves with a positive Tinel sign. Brain MRI was normal. She has tried amitriptyline, topiramate and physical therapy without lasting change. The headaches keep her from working full days at the computer. Diagnosis: occipital neuralgia, M54.81.

Landmark technique, no imaging. A time-out confirmed bilateral blocks. Sitting with the head flexed, the occipital artery was palpated on each side and a 25-gauge needle was inserted just medial to it at the superior nuchal line. After negative aspiration, each side received 2 mL of 0.5% bupivacaine with 10 mg of triamcinolone (1 mL of Kenalog-10 from a multi-dose vial). Pain was 6/10 before and 1/10 after. No complications.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital",
                 laterality="bilateral", imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64405", "50"), line("J3301", units=2)], findings=["consent"], dos="2026-09-15", pos="11",
        consent=False, comment="No consent statement (the gap). Multi-dose vial: no JZ.")

    add("fcr-h-tpi-01", STYLE, """
Trigger point injections, four muscles, lumbar and gluteal region

This 45-year-old man has had myofascial low back and hip pain for ten months. Today I palpated taut bands with twitch responses and referred pain in the right and left lumbar paraspinal muscles, the left quadratus lumborum and the right gluteus medius. He completed six weeks of physical therapy, massage and tizanidine, none of which gave lasting relief. He struggles to lift his toddler and cannot sit through his workday. Diagnosis: myalgia, other site (M79.18).

Verbal and written consent were obtained and a time-out performed. Without imaging, each trigger point was identified by palpation and injected with a 25-gauge needle using 1.5 mL of 1% lidocaine, 6 mL in all across the four muscles. Pain was 7/10 before and 3/10 after, about 60% relief. No complications.
""", procs=[proc("trigger_point", imaging="none")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20553")], findings=[], dos="2025-11-18", pos="11")

    add("fcr-h-knee-01", STYLE, """
Ultrasound-guided right knee intra-articular steroid injection

She is a 69-year-old with right knee pain and stiffness for three years, worse on stairs, with crepitus and a small effusion. Standing x-rays show medial joint-space narrowing and osteophytes of the right knee. Physical therapy, a knee brace and diclofenac gel have not been enough. She can walk only a short distance and needs the rail for stairs. Diagnosis: primary osteoarthritis, right knee (M17.11).

Consent signed; time-out performed. Using a linear ultrasound probe over the suprapatellar recess, a 22-gauge needle was advanced in plane into the joint, and a permanent image of the needle in the joint was saved. I injected Kenalog-40, 40 mg from a single-dose vial with nothing left, and 4 mL of 1% lidocaine. Pain was 7/10 before and 3/10 after. No complications.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="right",
                 imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("20611", "RT"), line("J3301", "JZ", units=4)], findings=[], dos="2026-02-04", pos="11")

    add("fcr-h-lsb-01", STYLE, """
Left lumbar sympathetic block at L3 with fluoroscopy

This 42-year-old woman developed complex regional pain syndrome of the left foot after an ankle fracture eleven months ago, with burning pain, allodynia, swelling, color change and a cooler left foot. She has had physical therapy, desensitization, gabapentin and a steroid taper without lasting relief. She cannot wear a shoe on the left foot. Diagnosis: CRPS type I, left lower limb (G90.522).

Consent was obtained and a time-out confirmed the left side. No sedation. In the prone position, a 22-gauge needle was advanced under fluoroscopy to the anterolateral border of the L3 vertebral body on the left. Omnipaque 180, 3 mL, showed a linear pattern along the sympathetic chain without vascular or psoas spread. I injected 10 mL of 0.25% bupivacaine. Left foot temperature rose from 28 to 33 °C. Pain 8/10 before and 3/10 after. No complications.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                 levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("bupivacaine", 25), given("iohexol", 3, "ml")],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64520"), line("77002", "26")], findings=[], dos="2024-03-19", pos="24")

    add("fcr-h-stellate-01", STYLE, """
Right stellate ganglion block, ultrasound guided

A 51-year-old man with CRPS of the right hand for eight months after carpal tunnel surgery, with burning pain, swelling, sweating changes and stiffness. Physical therapy, gabapentin and a prednisone taper have not helped. He cannot button a shirt or grip a cup with the right hand. Diagnosis: CRPS type I, right upper limb, G90.511.

Written consent and time-out done. No sedation. With a linear probe at C6, a 25-gauge needle was guided in plane to the right longus colli fascia, avoiding the vessels, and an image was saved. I injected 5 mL of 0.5% ropivacaine. He developed a right Horner's sign and a warmer hand. Pain 7/10 before and 3/10 after. No complications.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                 imaging="ultrasound", sedation="none")],
        drugs=[given("ropivacaine", 25)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64510"), line("76942", "26")], findings=[], dos="2026-05-05", pos="22")

    add("fcr-h-genic-01", STYLE, """
Left genicular nerve block, three nerves, under fluoroscopy

This 72-year-old man has left knee pain for five years from advanced osteoarthritis confirmed on x-rays, and he is not a surgical candidate. Physical therapy, injections of steroid and NSAIDs have failed. He cannot walk more than a block. Diagnosis: unilateral primary osteoarthritis, left knee (M17.12). Today's block is diagnostic, before radiofrequency ablation.

Consent signed and time-out performed. No sedation. Using AP and lateral fluoroscopy, 22-gauge needles were placed at the left superomedial, superolateral and inferomedial genicular nerves; 2 mL of 0.5% bupivacaine was injected at each (6 mL total). Pain 6/10 before and 1/10 after. No complications.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="left", imaging="fluoroscopy",
                 intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 30)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("64454", "LT")], findings=[], dos="2025-06-24", pos="11")

    add("fcr-h-kypho-01", STYLE, """
L1 balloon kyphoplasty with moderate sedation

This 81-year-old woman with osteoporosis has had severe mid-back pain for six weeks after a fall, from an L1 compression fracture that MRI shows to be acute with marrow edema. Bracing and analgesics did not help. She is confined to bed. Diagnosis: age-related osteoporotic fracture of the vertebra, initial encounter (M80.08XA).

Consent signed; time-out done. I gave moderate sedation with midazolam 1 mg IV at 09:02 and 1 mg at 09:10 (2 mg total); the nurse monitored her as an independent observer from 09:00 to 09:20, 20 minutes. Prone; 10 mL of 1% lidocaine to skin and periosteum. Under biplane fluoroscopy, bilateral transpedicular trocars entered L1, balloons created cavities, and cement was placed. Pain 8/10 before and 4/10 after. No complications.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("22514"), line("99152")], findings=[], dos="2026-11-03", pos="22")
