"""Notes of the sealed untuned batch ba: hand-dictated prose, each physician dictating in a voice of their own,
each note carrying one to three of the hard cases (medial branches named for joints, per-site mixed solutions,
'repeated on the contralateral side', contrast allergy, side or level written differently in title and body,
invalid ICD-10 codes, repeats and too-frequent sessions, pulsed RF, ultrasound facet, CRNA sedation, Botox with
a discarded amount, one saved view, ganglion impar, pump refills, ESI for acute zoster, shorthand). Gold was
labelled by hand before any Painpoint run; the `findings` of each `add` are the deliberate gaps or hard-case
findings."""

from __future__ import annotations


def build(kit_add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard. Each note's closing
    paragraph (`extras_ba.EXTRA`) is joined to its narrative here, so the gold beside the narrative stays in view."""
    from extras_ba import EXTRA

    def add(nid: str, style: str, text: str, **gold) -> None:  # the kit's `add`, with the closing paragraph
        kit_add(nid, style, text.rstrip("\n") + "\n" + EXTRA[nid], **gold)

    _esi(add, proc, line, given, ESI_NEED, minus)
    _facet_si(add, proc, line, given, SPINE_NEED, minus)
    _other(add, proc, line, given, SPINE_NEED, minus)


def _esi(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Epidurals: transforaminal, interlaminar, caudal, one for acute herpes zoster."""
    add("fba-tfesi-01", "dictated", """
B/L TFESI L4/5 & L5/S1

This is a 71 year old man I am seeing for bilateral leg pain. He describes about six months of pain that starts
in both buttocks and runs down the outside of both legs into the tops of the feet, the left a little worse than
the right, with pins and needles in the big toes. On exam today the straight leg raise is positive on both sides
at about 50 degrees and his EHL strength is 4+ out of 5 bilaterally. He went through ten weeks of physical therapy
last fall without any real change in the leg pain, and naproxen upset his stomach so he quit it. He can no longer
walk his dog around the block and has to sit down after ten minutes in the grocery store. The MRI from March shows
bilateral foraminal stenosis at L4-5 and L5-S1 from disc bulging and facet overgrowth, worse on the left at L5-S1.

Diagnosis: lumbar radiculopathy (M54.16) with foraminal stenosis.

We went over the risks, benefits and alternatives and he signed consent. Time-out done with the nurse and the
rad tech before we started. Pain before the procedure was 7 out of 10.

He was placed prone and the low back was prepped and draped. Under fluoroscopy I used an oblique approach and
placed 22 gauge spinal needles into the right and left L4/5 and L5/S1 foramina, four needles in all. At each
site I gave 1 mL of Omnipaque 240, which outlined the exiting nerve root and spread into the epidural space with
no vascular or intrathecal pattern. Then at each foramen I injected 20 mg of Kenalog (0.5 mL) with 1 mL of 0.25%
bupivacaine. AP and lateral images were saved to the chart.

He tolerated it well. No complications. Pain afterwards was 3 out of 10. Follow up in four weeks.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2026-05-06",
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=8)], findings=[],
        comment="shorthand title; four sites at 20 mg = 80 mg, within the ceiling")

    add("fba-tfesi-02", "dictated", """
Right L5-S1 transforaminal epidural steroid injection

History: She is a retired schoolteacher with about four months of pain from the left low back into the left
buttock, the back of the left thigh and calf and the outside of the left foot. She has numbness along the lateral
left foot, and her left ankle reflex is reduced compared to the right. Straight leg raise on the left reproduces
the calf pain. She did eight weeks of therapy with a home program and it did not help the leg at all; gabapentin
made her too drowsy and she stopped it. The lumbar MRI shows a left paracentral and foraminal disc
extrusion at L5-S1 contacting the left S1 root and narrowing the left L5-S1 foramen.

Diagnosis: lumbosacral radiculopathy, M54.17.

Consent was reviewed and signed, and we did a time-out. Pain score before we started was 8/10.

Procedure: Prone on the table, sterile prep and drape. With fluoroscopy I squared the L5 endplate and obliqued
toward the left side. A 22 gauge needle was advanced into the left L5-S1 foramen under intermittent imaging.
Isovue-M 300, 1 mL, gave a nice outline of the left L5 root running down and out with epidural spread and no
vascular runoff. I then injected dexamethasone 10 mg. AP and lateral views were saved.

There were no complications. Afterward she rated her pain 3/10. She was walked out by her husband.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=minus(ESI_NEED, "functional_impairment"), dos="2026-02-11",
        codes=[line("64483", "LT"), line("J1100", units=10)], findings=["functional_impairment", "laterality_conflict"],
        comment="title says right, symptoms and needle are left: codes follow the description; no functional limit")

    add("fba-tfesi-03", "dictated", """
PROCEDURE: Right L4-L5 transforaminal epidural steroid injection.
DIAGNOSIS: Right L5 radiculopathy, lumbar (M54.16).

This gentleman has had right leg pain for five months now, down the lateral thigh and shin into the top of the
foot, with weakness of the right big toe extensor at 4 out of 5 and a positive straight leg raise on the right.
Therapy twice a week for nine weeks gave him no relief, and he could not tolerate meloxicam because of swelling in
his ankles. He has had to stop working on his roofing crew because he cannot climb a ladder. His MRI shows a right
foraminal disc protrusion at L5-S1 with severe right foraminal narrowing and compression of the exiting right L5
root; L4-5 is only mildly bulging.

Informed consent was obtained, and the time-out was completed. Pre-procedure pain 6/10.

Description: After prep and drape I targeted the right L5-S1 foramen, since that is where the L5 root is being
pinched on the MRI. A 22 gauge curved needle was placed under the pedicle of L5 on the right, in the superior
part of the L5-S1 foramen. Omnipaque 180, 1.5 mL, showed the right L5 root outlined with flow into the epidural
space. I injected 1.5 mL containing 6 mg of Celestone and 0.5 mL of 1% lidocaine. Two views, AP and lateral,
were saved to PACS.

He had no complications. Post-procedure pain 2/10. I will see him in a month.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 5)],
        pain=(6, 2), need=ESI_NEED, dos="2025-11-18", payer="medicare_cgs",
        codes=[line("64483", "RT"), line("J0702", units=1)], findings=["laterality_conflict"],
        comment="header names L4-L5, the description places the needle at the L5-S1 foramen: levels follow the "
                "description, and the level written differently is a laterality_conflict (gold corrected, lead)")

    add("fba-tfesi-04", "dictated", """
Repeat right L4-5 transforaminal epidural

She is back for another injection. The right L4-5 transforaminal epidural she had in early June gave her about
60 percent relief of the right anterior thigh and shin pain for roughly three months before it crept back. By my
count this is her fifth lumbar epidural in the past 12 months; she also had two interlaminar injections at an
outside clinic over the winter. Her right thigh pain goes into the medial shin, she has a diminished right knee
jerk, and a positive femoral stretch on the right. Symptoms have been present for well over a year. She did PT for
twelve weeks and a home program without lasting change, and duloxetine did not help. She can stand at the sink for
about five minutes. MRI shows right foraminal stenosis at L4-5 with contact of the exiting right L4 root.

Dx: lumbar radiculopathy M54.16.

Risks including infection, bleeding, nerve injury and steroid effects were discussed and consent was signed. We
paused for a time-out. Pain before: 7/10.

Under fluoroscopy a 22 gauge needle was guided to the right L4-5 foramen. 1 mL of Omnipaque 300 confirmed flow
along the right L4 nerve root and epidural space without vascular uptake. Injected 1 mL of Celestone 6 mg/mL with
1 mL of 1% preservative-free lidocaine. AP and lateral images saved.

No complications. Post pain 3/10. I told her we need to space these out more.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2026-09-22",
        codes=[line("64483", "RT"), line("J0702", units=1)], findings=["frequency"],
        comment="fifth lumbar epidural in 12 months (limit 4); the earlier response is documented")

    add("fba-tfesi-05", "dictated", """
Left C6-7 transforaminal epidural steroid injection - no contrast, iodine allergy

This is a 64 year old woman with left arm pain for about seven months. The pain goes from the left side of her
neck over the shoulder blade and down the back of the arm into the middle finger, and she has numbness in the
left index and middle fingers. Her left triceps reflex is absent and triceps strength is 4 out of 5. She had
eight weeks of cervical traction and therapy with no improvement, and a prednisone taper helped only for a few
days. She cannot work at her computer for more than half an hour or sleep on her left side. The cervical MRI
shows a left foraminal disc osteophyte complex at C6-7 with severe left foraminal stenosis.

Diagnosis: cervical radiculopathy, M54.12.

She has an anaphylactic allergy to iodinated contrast, so no contrast was used; I used live fluoroscopy and
careful needle position on live imaging and a test dose of local only. Consent was
signed after discussing the added risk without contrast, and a time-out was done.

Pain prior: 7/10. In the supine oblique position a 25 gauge needle was placed in the posterior aspect of the left
C6-7 foramen. After negative aspiration I injected dexamethasone 4 mg mixed with 1 mL of 1% lidocaine slowly.
AP and oblique images were saved. Post pain: 4/10. No complications. Hospital outpatient department.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=False, intent="therapeutic")],
        drugs=[given("dexamethasone_sodium_phosphate", 4), given("lidocaine", 10)],
        pain=(7, 4), need=ESI_NEED, dos="2026-04-21", pos="22", codes=[line("64479", "LT")], findings=[],
        comment="contrast withheld for a stated allergy; hospital outpatient, no drug line")

    add("fba-tfesi-06", "dictated", """
Left L4-5 and L5-S1 TFESI, same mix at the remaining level

He has had left leg pain for about four months, burning from the left buttock down the back of the thigh and into
the outside of the calf and the sole of the foot, with numbness of the lateral foot and a weak left calf raise.
The left straight leg raise is positive at 40 degrees. He did eight weeks of physical therapy that did not help,
and gabapentin did nothing for the leg. He now sleeps in a recliner and cannot work his shifts at the warehouse.

Diagnosis: lumbosacral radiculopathy (M54.17).

Consent signed. Time-out with the whole team. Pain before the procedure: 8/10.

I drew up a solution of 2 mL of Kenalog 40 mg/mL and 2 mL of 0.25% bupivacaine, 4 mL in all. Under fluoroscopy
a 22 gauge needle was placed in the left L4-5 foramen; Isovue 300, 1 mL, showed the left L4 root and epidural
flow, and 2 mL of the solution was injected. The same was then done at the remaining level, the left L5-S1
foramen, with 1 mL of Isovue and the other 2 mL of the solution. AP and lateral images were saved.

He tolerated it without complications and was 3/10 afterward.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 5)],
        pain=(8, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2026-07-28",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J3301", units=8)], findings=["imaging_findings"],
        comment="solution split per site (1 mL Kenalog + 1 mL 0.25% bupivacaine each); no imaging study described")

    add("fba-ilesi-01", "dictated", """
Cervical interlaminar epidural steroid injection, C7-T1, with MAC by anesthesia

Indication: This 58 year old man has had neck pain going into both arms for eight months, worse on the right,
with tingling into the right thumb and index finger and a diminished right brachioradialis reflex. He completed a
ten week therapy course without any benefit and NSAIDs caused stomach pain. He has had to give up driving long
distances for work because he cannot turn his head and hold the wheel. The MRI shows a broad-based disc
protrusion at C5-6 with right foraminal narrowing and moderate central canal narrowing at C6-7.

Diagnosis: cervical radiculopathy M54.12.

Consent was signed and the time-out completed. Pain 8/10 before.

Anesthesia: monitored anesthesia care was given by the CRNA; propofol 60 mg in divided doses with the infusion
started at 09:12 and stopped at 09:31. Please see the anesthesia record.

Procedure: Prone with the neck flexed. Under AP and contralateral oblique fluoroscopy an 18 gauge Tuohy needle was
advanced at C7-T1 just right of midline using loss of resistance to saline. Omnipaque 240, 2 mL, gave an
epidurogram without vascular or intrathecal spread. I then injected triamcinolone 60 mg (1.5 mL) with 2 mL of
preservative-free saline. AP and contralateral oblique images were saved.

No complications. Pain 3/10 in recovery.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="mac")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 60)],
        pain=(8, 3), need=ESI_NEED, dos="2026-03-24", pos="24", codes=[line("62321")], findings=["sedation_details"],
        comment="MAC by the CRNA (not on the physician claim); no reason for sedation stated for an ESI")

    add("fba-ilesi-02", "dictated", """
Repeat lumbar interlaminar epidural steroid injection, L5-S1

This is her second epidural with me; the first was in the spring. When I asked how it went she said it helped
some, but she could not put a number on it or say how long it lasted. She has had pain in the low back with
radiation down the back of both legs to the calves for about a year, with numbness in both heels, right more than
left, and a positive slump test on the right. Six weeks of physical therapy did not help and she stopped
ibuprofen for kidney concerns. She can walk about a block before she has to stop and lean on a cart. The MRI shows
a central disc protrusion at L5-S1 with mild bilateral lateral recess narrowing touching both S1 roots.

Diagnosis: lumbosacral radiculopathy, M54.17.

Consent reviewed and signed. Time-out performed. Pre-procedure pain 7/10.

Prone, prep and drape. Under fluoroscopy the L5-S1 interspace was identified and a 20 gauge Tuohy was advanced
using loss of resistance with saline. Omnipaque 240, 2 mL, showed good epidural spread bilaterally. I injected
Depo-Medrol 80 mg in 2 mL with 2 mL of saline. AP and lateral images were saved.

no cx. Post 4/10. Discharged home.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 4), need=ESI_NEED, dos="2026-10-06",
        codes=[line("62323"), line("J1010", units=80)], findings=["prior_procedure_response"],
        comment="second epidural, earlier one only 'helped some' (no documented response); 'no cx'")

    add("fba-ilesi-03", "dictated", """
Thoracic interlaminar epidural injection for acute shingles, T7-T8

She developed a painful band of blisters around the right side of her chest ten days ago, in a T7 and T8
distribution, and started valacyclovir on the second day. The rash is crusting now but she has severe burning,
shooting pain along the right ribs with allodynia to light touch, and the pain wakes her every hour. She cannot
wear a bra or lift her arm to dress. Chest films were unremarkable and the thoracic spine MRI from the emergency
visit shows no disc herniation or other structural cause.

Diagnosis: acute herpes zoster with right thoracic radiculopathy, B02.29.

We discussed early epidural steroid to reduce the acute pain and possibly the risk of postherpetic neuralgia.
Consent signed. Time-out done. Pain 9/10 before.

Prone. Under fluoroscopy the T7-T8 interlaminar space was marked slightly right of midline. An 18 gauge Tuohy needle
was advanced with loss of resistance to saline. Isovue-M 200, 1.5 mL, showed epidural spread over the right T7 and
T8 levels. I then injected 10 mg of dexamethasone with 3 mL of 0.25% bupivacaine. Two views saved, AP and lateral.

She had no complications. Pain 4/10 afterwards. Continue valacyclovir and gabapentin as prescribed.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T7-T8"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 7.5)],
        pain=(9, 4), need=minus(ESI_NEED, "symptom_duration", "conservative_care"), dos="2026-08-13",
        codes=[line("62321"), line("J1100", units=10)], findings=[],
        comment="acute herpes zoster (B02.29) is exempt from symptom duration and conservative care")

    add("fba-caudal-01", "dictated", """
Caudal epidural steroid injection with gadolinium (iodine allergy)

He is a 79 year old man with neurogenic claudication: for about two years, aching and heaviness in both legs
when he walks, down the back of both thighs and into both calves, with numbness of both feet that goes away when
he sits or leans forward. He had a course of physical therapy and takes acetaminophen and gabapentin. He can walk
only about 100 feet before he has to sit. The MRI shows multilevel lumbar stenosis, severe at L3-4 and L4-5, from
ligamentum flavum thickening and facet hypertrophy. Prior laminectomy at L4-5 twelve years ago.

Diagnosis: spinal stenosis, lumbar region with neurogenic claudication, M48.062.

He has a documented severe reaction to iodinated contrast, so gadolinium was used for the epidurogram.

Consent signed, time-out done. Pain 6/10.

Prone with a pillow under the hips. The sacral hiatus was palpated and confirmed on lateral fluoroscopy. A 20
gauge needle entered the caudal canal; 3 mL of dilute gadolinium showed epidural spread up to L5 with no vascular
pattern. I injected Depo-Medrol 80 mg with 4 mL of 0.25% bupivacaine and 5 mL of saline. AP and lateral images
were saved.

Tolerated well, no complications. Pain 3/10 at discharge.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                    intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80), given("bupivacaine", 10)],
        pain=(6, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-01-13",
        codes=[line("62323"), line("J1010", units=80)], findings=["conservative_care"],
        comment="gadolinium for an iodine allergy (not a KB drug); care only listed, no outcome stated")


def _facet_si(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Facet blocks and RFA (medial branches named for joints, pulsed RF, ultrasound) and SI joint work."""
    add("fba-mbb-01", "dictated", """
R L3 and L4 MB and L5 DR block, diagnostic #1

Seventy-year-old woman with right-sided low back pain for about a year and a half, no radiation below the knee,
worse with standing, arching backward and rolling over in bed. Facet loading is painful on the right at the
lower levels. She did PT for twelve weeks with no lasting benefit and meloxicam did not help. She has given up her
water aerobics and can stand only about 15 minutes to cook. CT shows right greater than left facet arthropathy at
L4-5 and L5-S1.

Diagnosis: lumbar spondylosis without radiculopathy, M47.816.

This is the first of two diagnostic blocks. Consent signed. Time-out done. Pain 7/10 before.

Prone, prep and drape. Under fluoroscopy 22 gauge needles were placed at the junction of the superior articular
process and transverse process of L4 and L5 for the right L3 and L4 medial branches, and on the sacral ala for the
right L5 dorsal ramus. 0.5 mL of 0.5% bupivacaine was given at each of the three needles.

No complications. At 30 minutes her pain was 1/10 doing the movements that usually hurt, roughly 85 percent
relief. She has a pain diary to fill in over the next eight hours.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-03", payer="medicare_fcso",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[],
        comment="L3 and L4 medial branches and L5 dorsal ramus = L4-L5 and L5-S1 joints")

    add("fba-mbb-02", "dictated", """
Bilateral cervical medial branch blocks, C3, C4 and C5, confirmatory

He has had axial neck pain for over two years, across the back of the neck into both upper trapezius areas,
worse looking up and turning to either side, without arm symptoms. He went through therapy twice weekly for
ten weeks and a course of diclofenac gel, neither of which gave relief. He has trouble backing his car out of
the driveway and cannot look up to put dishes away. X-rays and MRI show bilateral facet arthropathy at C3-4 and
C4-5. The first set of diagnostic blocks four weeks ago with lidocaine gave him 90 percent relief for about two
hours.

Diagnosis: cervical spondylosis, M47.81.

Consent signed. Time-out with the team. Pain before 6/10.

Prone, neck slightly flexed. Under lateral fluoroscopy 25 gauge needles were placed at the waists of the C3, C4
and C5 articular pillars on the right, and the same on the left. At each of the six sites I gave 0.5 mL of 2%
lidocaine.

No complications. 20 minutes later his pain was 1/10 turning and looking up, about 85 percent relief.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-06-09",
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=["code_validity"],
        comment="M47.81 is a category, not billable; C3, C4, C5 medial branches = C3-C4 and C4-C5")

    add("fba-facet-01", "dictated", """
Ultrasound-guided left C5-6 facet joint injection, therapeutic

She is a 55 year old with left-sided neck pain for a year, over the left posterior neck and into the top of the
shoulder blade, no arm symptoms, worse with extension and turning left. Two diagnostic left C4 and C5 medial
branch blocks last winter each gave 80 percent relief, but she did not want radiofrequency, so we agreed on an
intra-articular steroid. Therapy for eight weeks did not help, and she could not tolerate cyclobenzaprine because
of sedation. She cannot look over her left shoulder to change lanes.

Diagnosis: cervical spondylosis without myelopathy or radiculopathy, M47.812.

Consent signed. Time-out. Pain 6/10 before.

Lateral decubitus, left side up. Using a linear ultrasound probe in the long axis, I identified the left C5-6
facet joint and advanced a 25 gauge needle in plane into the posterior joint recess. I injected 10 mg of Kenalog
with 0.5 mL of 1% lidocaine. One ultrasound image was saved.

No complications. Pain 2/10 after, about 65 percent better.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="left",
                    levels=["C5-C6"], imaging="ultrasound", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 10), given("lidocaine", 5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-04-14",
        codes=[line("64490", "LT"), line("J3301", units=1)], findings=["imaging_guidance"],
        comment="ultrasound facet: the LCD asks for fluoroscopy or CT (imaging_guidance); therapeutic, no KX")

    add("fba-rfa-01", "dictated", """
Left L4-5 and L5-S1 pulsed radiofrequency of the medial branches

He has had left low back pain for three years, axial, worse with standing and extension. Two sets of left L3, L4
medial branch and L5 dorsal ramus blocks in the spring gave 90 percent and 85 percent relief for the duration of
the anesthetic. He did PT for twelve weeks with no lasting relief and NSAIDs caused reflux. He has stopped golfing
and cannot stand at the workbench for more than ten minutes. He has a cardiac device and prefers to avoid heat
lesioning, so we agreed on pulsed radiofrequency.

Diagnosis: lumbar spondylosis, M47.816.

Consent obtained; time-out done. Pain 6/10.

Prone under fluoroscopy. RF cannulas were placed parallel along the left L3 and L4 medial branches and the left
L5 dorsal ramus. Sensory stimulation at 50 Hz reproduced his back pain below 0.5 V; motor testing at 2 Hz showed
no leg contraction. Each site got 1 mL of 1% lidocaine, then pulsed RF at 42 degrees for 120 seconds, twice.

No complications. Pain 3/10 at discharge.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 3), need=SPINE_NEED, dos="2026-09-01", codes=[line("64999")], findings=["approach"],
        comment="pulsed RF is not destruction: 64999; not thermal (rfa.technique -> approach)")

    add("fba-rfa-02", "dictated", """
Repeat radiofrequency ablation, lumbar, right then left

She returns for repeat ablation. Her first bilateral L4-5 and L5-S1 RFA fourteen months ago gave her 75 percent
relief of the back pain for about ten months, and she was able to go back to walking two miles. Before that, two
diagnostic medial branch blocks each gave over 80 percent relief. The axial back pain has now been back for three
months, across the belt line on both sides, worse standing and getting out of a chair. She keeps up her home
exercise program, but it no longer controls the pain, and celecoxib is not helping. She can no longer walk more
than a quarter mile or garden.

Diagnosis: lumbar spondylosis M47.816.

Consent signed. Time-out completed. Pain 7/10.

Prone under fluoroscopy. On the right, 18 gauge 10 mm active tip cannulas were placed along the right L3 and L4
medial branches and the right L5 dorsal ramus. Sensory testing reproduced concordant pain, motor testing showed
no radicular contraction. Each site got 1 mL of 2% lidocaine, then lesioning at 80 degrees C for 90 seconds. The
same was repeated on the contralateral side at all three sites.

There were no complications. Pain 3/10 on leaving the suite.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-05-19",
        codes=[line("64635", "50"), line("64636", "50")], findings=[],
        comment="'repeated on the contralateral side' = bilateral, six sites; repeat with a documented response")

    add("fba-rfa-03", "dictated", """
Right C5-6 and C6-7 facet radiofrequency ablation with moderate sedation

She is back with right-sided neck pain. This is her third cervical radiofrequency ablation within the past 12
months: the first in November gave 70 percent relief for four months, and the second in April gave 60 percent
relief for about four months. The pain has been present for more than three years, over the right lower neck and
shoulder blade, without arm symptoms. Therapy and a home program do not help any more, and tramadol caused
nausea. She cannot turn her head to reverse the car.

Diagnosis: cervical spondylosis, M47.812.

She is very anxious and could not hold still for the last procedure under local alone, so I gave moderate
sedation myself. Consent signed. Time-out done. Pain 7/10.

Sedation: midazolam 2 mg and fentanyl 50 mcg IV by me, start 10:05, end 10:23, 18 minutes of intraservice time,
with the procedure RN as an independent trained observer monitoring her throughout.

Prone. Under fluoroscopy cannulas were placed on the right C5, C6 and C7 medial branches. Sensory and motor
testing were appropriate. 0.5 mL of 2% lidocaine at each site, then lesions at 85 degrees for 90 seconds.

No complications. Pain 3/10.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 30)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-08-25",
        codes=[line("64633", "RT"), line("64634", "RT"), line("99152")], findings=["frequency", "prior_procedure_response"],
        comment="third cervical RFA in 12 months (limit 2); each earlier RFA's relief lasted about four months (needs "
                "six: gold corrected after the first reading, as faq-rfa-03); moderate sedation by the proceduralist, "
                "18 min, observer")

    add("fba-sij-01", "dictated", """
Left sacroiliac joint injection, therapeutic

Sixty-six year old man with left buttock pain below the PSIS for about eight months, worse getting in and out of
the car and climbing stairs. Thigh thrust, FABER and compression are positive on the left. He did eight weeks of
PT without improvement and ibuprofen gave him no benefit. He had a left SI diagnostic block in January with 80
percent relief for the duration of the anesthetic. He cannot sit through a movie or walk through the mall.

Diagnosis: sacroiliitis, left, M46.1.

Consent signed. Time-out performed. Pain 7/10.

Prone. Under fluoroscopy the inferior third of the left SI joint was identified and a 22 gauge needle was walked
into the joint. Isovue 300, 0.5 mL, produced an arthrogram with no vascular spread. I injected 40 mg of Kenalog
with 2 mL of 0.5% ropivacaine. A single image was saved.

No complications. Pain 2/10 afterwards, about 70 percent relief.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-31", payer="medicare_fcso",
        codes=[line("27096", "LT"), line("J3301", units=4)], findings=["saved_images"],
        comment="one saved view (SI needs two)")

    add("fba-sij-02", "dictated", """
Bilateral sacroiliac joint injections, therapeutic - no contrast (allergy)

She returns for bilateral SI injections. By her chart this is her fifth sacroiliac joint injection session in the
last 12 months; each of the earlier ones gave about 60 percent relief for six to eight weeks. She has bilateral
buttock pain over both SI joints for two years, positive thigh thrust and Gaenslen on both sides, and PT for
twelve weeks did not help; NSAIDs did not help either. She had bilateral diagnostic SI blocks last year with 85
percent relief. She cannot walk her grandson to school.

Diagnosis: sacroiliitis, M46.1, bilateral.

She reports hives and throat swelling with iodinated contrast, so no contrast was used; the joints were entered
under fluoroscopy with careful needle position.

Consent signed. Time-out done. Pain 8/10.

Prone. A 22 gauge needle was placed into the inferior right SI joint, and 40 mg of Depo-Medrol with 1 mL of 1%
lidocaine was injected. The same was done on the left. AP and oblique images were saved for each side.

No complications. Pain 3/10, about 60 percent relief.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=False, intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-11-10",
        codes=[line("27096", "50"), line("J1010", units=80)], findings=["frequency", "prior_procedure_response"],
        comment="fifth therapeutic SI session in 12 months (limit 4); earlier relief 60% for six to eight weeks (needs "
                "3 months: gold corrected after the first reading, as faq-ilesi-02); contrast withheld for allergy")

    add("fba-sirfa-01", "dictated", """
Right sacroiliac joint radiofrequency ablation, L5 dorsal ramus and S1-S3 lateral branches

He has right SI joint pain for over two years, low in the right buttock, worse with sitting and rising. Two
right SI joint diagnostic blocks in the summer each gave over 80 percent relief. Therapy, a belt and NSAIDs have
not helped. He cannot sit through a work meeting.

Diagnosis: sacroiliitis, right, M46.1.

Consent signed. Time-out done. Pain 7/10 before.

Prone under fluoroscopy. An RF cannula was placed at the right L5 dorsal ramus on the sacral ala, and cannulas
were placed lateral to the right S1, S2 and S3 posterior foramina to lesion the lateral branches. Sensory
testing reproduced his buttock pain; motor testing showed no leg contraction. 1 mL of 2% lidocaine was given at
each of the four sites and each was lesioned at 90 degrees C for 150 seconds.

No complications. He was discharged with his wife.
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 80)],
        pain=(7, None), need=("diagnosis",), dos="2026-10-20",
        codes=[line("64625", "RT")], findings=["post_procedure_pain_score"],
        comment="sacral lateral branches and L5 dorsal ramus = SI joint RFA; no pain score after")


def _other(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Trigger points (one with Botox), joints, genicular, sympathetic, occipital, SCS, augmentation, pumps."""
    add("fba-tpi-01", "dictated", """
Trigger point injections with onabotulinumtoxinA, neck and upper back

She has had myofascial pain of the neck and shoulder girdle on both sides for about two years, after a car
accident. Lidocaine trigger point injections helped only for a day or two each time, and therapy, dry needling
and tizanidine have not given lasting relief. She has headaches from the neck most days and cannot carry her
groceries. Exam today finds taut bands with a twitch response and referred pain in the right and left upper
trapezius, the left levator scapulae and the right rhomboid major.

Diagnosis: myofascial pain syndrome, M79.18.

Consent signed. Time-out done. Pain 7/10.

A 100 unit vial of Botox was reconstituted with 2 mL of preservative-free saline. Using a 30 gauge needle I
injected 25 units into each upper trapezius, 15 units into the left levator scapulae and 15 units into the right
rhomboid major, 80 units in all across the four muscles. The remaining 20 units in the single-use vial were
discarded and this was witnessed by the nurse.

No complications. Pain 5/10 before she left, about 30 percent relief from the needling; the toxin effect is
expected in one to two weeks.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("onabotulinumtoxinA", 80, "units")],
        pain=(7, 5), need=("diagnosis",), dos="2026-06-23",
        codes=[line("20553"), line("J0585", units=80), line("J0585", "JW", units=20)], findings=[],
        comment="80 units given, 20 discarded from a single-dose vial: JW line for 20 units")

    add("fba-tpi-02", "dictated", """
Trigger point injections, lumbar paraspinal and gluteus medius, left

He is back again for trigger point injections. This is his fourth round of trigger point injections in the
past 12 months; the last one, eight weeks ago, gave about a month of relief. Left low back and upper buttock pain
for two years, with stretching and a home program not helping and cyclobenzaprine making him groggy. It is
keeping him from bending to work on his car. On exam there are taut, tender bands with referred pain into the
buttock in the left lumbar paraspinals and the left gluteus medius.

Diagnosis: myofascial pain, M79.18.

Consent signed. Time-out. Pain 6/10 before.

With a 25 gauge needle, 3 mL of 1% lidocaine was injected into each of the two muscles after negative aspiration,
fanning through the band until the twitch stopped.

No complications. Pain 2/10 after. Stretching handout given.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=("diagnosis",), dos="2026-09-15", payer="medicare_cgs",
        codes=[line("20552")], findings=["frequency", "percent_relief"],
        comment="fourth TPI session in 12 months (limit 3); relief only implied by the scores")

    add("fba-knee-01", "dictated", """
Right knee injection under ultrasound

Seventy-four year old with left knee pain for three years, worse on stairs and after walking; she has medial
joint line tenderness and crepitus on the left and a small left effusion. X-rays show medial compartment
narrowing and osteophytes in the left knee. Therapy and acetaminophen are not controlling it and she cannot walk
her dog more than two blocks.

Diagnosis: primary osteoarthritis, left knee, M17.12.

Consent signed. Time-out done. Pain 6/10.

Supine, knee slightly flexed. With a linear ultrasound probe over the superolateral recess of the left knee, a 22
gauge needle was placed in plane into the suprapatellar recess, confirmed on ultrasound and the image saved. I
injected 40 mg of Depo-Medrol with 4 mL of 1% lidocaine into the left knee.

No complications. Pain 2/10 after walking in the hall.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2026-01-27",
        codes=[line("20611", "LT"), line("J1010", units=40)], findings=["laterality_conflict"],
        comment="title says right; history, exam, diagnosis and needle are left: codes follow the description")

    add("fba-genrfa-01", "dictated", """
Right knee genicular nerve radiofrequency ablation

He has right knee pain for more than four years from osteoarthritis and was told he is not a candidate for knee
replacement because of his heart. A right genicular nerve block in August gave 75 percent relief for the day of
the anesthetic. Physical therapy, a brace and injections have not helped for long. He cannot walk to the
mailbox without stopping.

Diagnosis: primary osteoarthritis, right knee, M17.11.

Time-out done. Pain 8/10.

Supine with a bolster under the knee. Under fluoroscopy, RF cannulas were placed at the right superomedial,
superolateral and inferomedial genicular nerves at the junction of the shaft and the condyles. Sensory testing at
each site reproduced his knee pain and motor testing showed no distal movement. 2 mL of 1% lidocaine was given at
each site, then lesions were made at 80 degrees for 90 seconds at each.

No complications. Pain 3/10 at discharge.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis",), dos="2026-10-27", payer="commercial_generic", consent=False,
        codes=[line("64624", "RT")], findings=["consent"], comment="no consent statement; commercial payer, lidocaine is not billed")

    add("fba-stellate-01", "dictated", """
Left stellate ganglion block, ultrasound guided

She has complex regional pain syndrome of the left arm after a wrist fracture last year: burning pain of the left
hand and forearm, swelling, color change and allodynia, with the left hand cooler than the right. She has done
graded motor imagery and desensitization with her therapist and takes gabapentin, but still cannot use the left
hand to write or button her coat.

Diagnosis: CRPS type I of the left upper limb, G90.512.

Consent signed. Time-out done. Pain 7/10.

Supine with the head turned slightly to the right. With a linear probe at C6 on the left, the longus colli and the
carotid were identified and a 25 gauge needle was advanced in plane to the fascia over the longus colli, avoiding
the vertebral artery. After negative aspiration, 5 mL of 0.5% ropivacaine was injected in small aliquots with
spread seen on ultrasound; a representative image was saved.

The left hand warmed by 2 degrees and she developed a left Horner's sign. No complications. Pain 3/10.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(7, 3), need=("diagnosis",), dos="2026-02-17", payer="medicare_cgs",
        codes=[line("64510"), line("76942")], findings=[],
        comment="stellate block 64510 (BI 0, no side modifier) with 76942 for a saved ultrasound image, office")

    add("fba-impar-01", "dictated", """
Ganglion impar block under fluoroscopy

She has had coccyx pain for eighteen months after a fall on the ice, worse sitting and rising from a chair, and a
cushion, therapy and NSAIDs have not helped. She cannot sit through a church service or a car ride longer than
twenty minutes. X-rays show a slightly angulated coccyx without fracture.

Diagnosis: coccygodynia, M53.3.

Consent was obtained and signed. Pain 8/10 before.

Prone with a pillow under the pelvis. Under lateral fluoroscopy a 22 gauge needle was passed through the
sacrococcygeal junction until the tip lay just anterior to it. 1 mL of Omnipaque 300 showed the typical comma
shaped spread in the retroperitoneal space without vascular uptake. I then injected 4 mL of 0.5% bupivacaine with
4 mg of dexamethasone.

No complications. She sat on a firm chair with pain 2/10 before she left.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 2), need=("diagnosis",), dos="2026-07-07",
        codes=[line("64999"), line("77002"), line("Q9967"), line("J1100", units=4)], findings=["time_out"],
        comment="ganglion impar 64999 + 77002, contrast in the office; no time-out statement")

    add("fba-onb-01", "dictated", """
Greater occipital nerve block, right, repeated on the left

He has occipital neuralgia on both sides for about a year: shooting pain from the base of the skull over the top
of the head, with tenderness over both greater occipital nerves that reproduces the pain. Gabapentin and
physical therapy have helped only partly. He is missing work two days a week because of it.

Diagnosis: occipital neuralgia, M54.81.

Consent signed. Time-out done. Pain 7/10.

Seated with the head flexed. The right occipital artery was palpated along the superior nuchal line and a 25
gauge needle was placed just medial to it. After negative aspiration I injected 2 mL of 0.5% bupivacaine with 20
mg of Kenalog. The same was then repeated on the contralateral side.

No complications. Pain 2/10 fifteen minutes later, with numbness of the scalp on both sides.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2026-04-07",
        codes=[line("64405", "50"), line("J3301", units=4)], findings=[],
        comment="'repeated on the contralateral side' = bilateral, both doses doubled")

    add("fba-scs-01", "dictated", """
Spinal cord stimulator trial, two percutaneous leads

This is a 61 year old man with failed back surgery syndrome after an L4-S1 fusion, with constant burning pain in
both legs, left worse than right, for four years. He has had therapy, a multidisciplinary program, gabapentin and
duloxetine without adequate relief; epidurals helped only for days. He cannot walk more than a block or sleep
through the night. His psychological evaluation last month cleared him for a trial.

Diagnosis: failed back surgery syndrome, M96.1.

Consent signed. Time-out done. Pain 8/10.

Anesthesia: the CRNA provided monitored anesthesia care with midazolam 2 mg and propofol 50 mg in divided doses,
10:02 to 10:48, because he could not lie prone for the length of the case without it.

Procedure: Prone, prep and drape, 1% lidocaine 10 mL to the skin and tract. Under fluoroscopy two Tuohy needles
entered the epidural space at L1-2 by a paramedian approach, and two eight-contact percutaneous leads were steered
to the top of T8 and the middle of T9. Intraoperative testing gave paresthesia over both legs and the low back.
The leads were anchored to the skin and dressed.

No complications. Pain 4/10 in recovery with the stimulator on.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="mac")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis",), dos="2026-05-12", pos="22",
        codes=[line("63650", units=2), line("77003", "26")], findings=[],
        comment="MAC by the CRNA: midazolam belongs to the anesthesia claim; two leads = 63650 x 2")

    add("fba-kypho-01", "dictated", """
L1 kyphoplasty with moderate sedation

She is an 82 year old woman with an osteoporotic L1 compression fracture from a fall six weeks ago. Sharp pain
at the thoracolumbar junction, worse standing and turning in bed, so that she now needs a walker and help to
bathe. The MRI shows marrow edema in the L1 body on STIR with 30 percent height loss and no retropulsion.

Diagnosis: age-related osteoporosis with current pathological vertebral fracture, M80.08XA.

Consent signed. Time-out completed. Pain 9/10.

Sedation: I administered midazolam 3 mg and fentanyl 100 mcg in divided doses, start 13:10, stop 13:44, 34 minutes,
with the sedation nurse as the independent observer watching her vitals and airway the whole time.

Prone. Under biplanar fluoroscopy 10 mL of 1% lidocaine was given to the skin and periosteum. Bilateral
transpedicular access to L1 was made, balloons were inflated to restore height, and 4 mL of cement was placed
on each side with good fill and no leak.

No complications. Pain 3/10 in recovery.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 3), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis",), dos="2026-03-03", pos="22",
        codes=[line("22514"), line("99152"), line("99153")], findings=["conservative_care"],
        comment="no care tried before augmentation stated; 34 min moderate sedation by the proceduralist")

    add("fba-pump-01", "dictated", """
Intrathecal baclofen pump refill and reprogramming

He has spasticity from a spinal cord injury and an intrathecal baclofen pump placed three years ago. His
spasms in both legs have been breaking through at night, so the dose was raised today.

Diagnosis: spastic paraplegia after thoracic spinal cord injury.

Consent confirmed and time-out done. Our clinic nurse did the refill under my supervision: the pump was
interrogated, 3 mL of residual was withdrawn, matching the expected volume, and 20 mL of baclofen 2000 mcg/mL was
placed in the reservoir through a non-coring needle. I then reprogrammed the pump to raise the daily dose by 10
percent.

No complications. Next refill in about eleven weeks.
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 40)],
        pain=(None, None), need=("diagnosis",), dos="2026-08-04",
        codes=[line("62369")], findings=[],
        comment="refilled by the nurse (clinical staff) and reprogrammed: 62369; 20 mL x 2 mg/mL = 40 mg")

    add("fba-pump-02", "dictated", """
Pump refill

Intrathecal morphine pump, placed for failed back surgery syndrome (M96.1), with chronic bilateral leg and low
back pain for more than six years that did not respond to surgery, oral opioids or stimulation.

Consent in chart; time-out done. Residual volume 1.5 mL withdrawn. Refilled with 18 mL of preservative-free
morphine 25 mg/mL. Alarm date set and the patient was given the card.

No complications. Return in 90 days.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 450)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-24",
        codes=[line("95991")], findings=["approach"],
        comment="says neither who refilled nor whether the pump was reprogrammed; 18 mL x 25 mg/mL = 450 mg")
