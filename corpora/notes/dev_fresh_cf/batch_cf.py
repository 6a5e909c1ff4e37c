"""Sealed precision batch `dev_fresh_cf` (`fcf-*`): 30 hand-dictated fictional notes and their gold.

Written by a writer who never read the corpus note text nor Painpoint's rules; labelled from the text below
by `corpora/README.md` and the KB, before and without any Painpoint run. Each note documents (almost) every
element its procedure requires, in wordings of its own; six notes leave out exactly one element.
`build` takes the whole kit of `dev_fresh_d/make_notes.py` (see `build_folder`).
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    """Queue every note of the batch: first the structured half (`fcf-*`), then the free prose half (`fcf-h-*`)."""
    _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _prose(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


FACET_NEED = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings")


def _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    # 1. community anaesthesiologist, single-level left L5-S1 TFESI in the office
    add("fcf-tfesi-01", "headers", """
LUMBAR TRANSFORAMINAL EPIDURAL STEROID INJECTION, LEFT L5-S1

DIAGNOSIS: Left S1 radiculopathy from an L5-S1 disc protrusion (M51.17).

HISTORY: The leg pain began last Easter after he lifted a bag of cement; it has now been with him for roughly
seven months. It starts in the left buttock, travels down the back of the thigh and calf and ends in the outer
heel, with pins and needles along the lateral foot. On exam the left ankle jerk is diminished and straight-leg
raising on the left reproduces the calf pain at 40 degrees.
He went through nine weeks of supervised physiotherapy plus a home programme. The physiotherapist discharged him
because the leg pain had not moved. Naproxen 500 mg twice daily was stopped after it upset his stomach.
He drives a delivery van and can no longer manage the loading; he has been on light duties since September and
cannot sit through a meal without standing up.

IMAGING: MRI lumbar spine of 2024-12-20 shows a left paracentral L5-S1 protrusion contacting the traversing
left S1 root, with mild left foraminal narrowing.

CONSENT / SAFETY: We talked through bleeding, infection, a headache from a dural puncture, nerve injury and a
temporary rise in sugars; he signed the consent form. The team paused before the start to confirm identity, the
left side and the L5-S1 level.

PROCEDURE: Prone on the fluoroscopy table, no sedation. After a skin wheal with 1 mL of 1% lidocaine, a 22-gauge spinal
needle was steered under fluoroscopy to the left L5-S1 foramen in the safe triangle. Omnipaque 240, 1.5 mL,
outlined the exiting root and the epidural space without vascular uptake. We then injected dexamethasone 10 mg
with 1 mL of 1% lidocaine. An AP and a lateral image were stored in PACS.

PAIN: He rated the leg 7/10 walking into the room and 2/10 fifteen minutes after the injection.

OUTCOME: The procedure was uneventful and there were no complications. Discharged walking, with his wife driving.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("J1100", units=10)], findings=[],
        dos="2025-02-11", pos="11")

    # 2. spine surgeon who injects, two-level right TFESI at an ASC
    add("fcf-tfesi-02", "title-case headers", """
Right L4-L5 And L5-S1 Transforaminal Epidural Steroid Injection

Diagnosis: Right lumbar radiculopathy with L4-L5 foraminal stenosis (M54.16)

Indication: Burning pain wraps from the right hip around the front of the shin to the top of the foot, with
numbness over the great toe and weak right ankle dorsiflexion (4+/5). It started in the spring after a long car
trip and has not settled over the five months since.

Treatment So Far: Eight weeks of core-stabilisation physical therapy ended in July; the leg pain was unchanged at
discharge. Gabapentin was titrated to 900 mg a day and made her too foggy to work, so she weaned off it.

Function: She is a schoolteacher who now teaches seated; she cannot stand at the board for more than ten
minutes, and she gave up her evening walks with the dog.

Imaging: Lumbar MRI dated 2024-07-02 - right foraminal stenosis at L4-L5 (moderate to severe) and at L5-S1
(moderate) from disc bulge and facet overgrowth, compressing the right L4 and L5 exiting roots.

Consent: Risks, benefits and alternatives were reviewed, questions answered, and written consent signed.

Time-Out: Performed with the whole team; right side and both levels agreed.

Procedure: No sedation requested. Under fluoroscopic guidance 22-gauge needles were placed into the right L4-L5
and right L5-S1 foramina by a subpedicular approach. Isovue-M 200, 1 mL at each level, gave a clean epidural
and perineural flow with no intravascular pattern on live imaging. Each level then received triamcinolone 20 mg
(Kenalog-40, 0.5 mL) mixed with 1 mL of 0.25% bupivacaine. AP and lateral views were saved for the chart.

Pain Scores: Before, 8 of 10; after, 3 of 10.

Complications: None. Vitals stable throughout; discharged to home with her husband.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT")], findings=[],
        dos="2024-09-03", pos="24")

    # 3. academic physiatrist, bilateral L4-L5 TFESI; GAP: only one saved view
    add("fcf-tfesi-03", "headers", """
PROCEDURE: Bilateral L4-L5 transforaminal epidural steroid injection under fluoroscopy.

DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).

SUBJECTIVE: Both legs go heavy and ache from the buttocks to the calves after about a block of walking, with
tingling in both feet; leaning on a shopping cart eases it. The claudication dates back to a hip replacement
work-up two winters ago, so well over a year. A twelve-week course of flexion-based physical therapy last
spring did not lengthen her walking distance at all, and duloxetine 60 mg was stopped for nausea after six
weeks.

FUNCTION: She has stopped doing her own grocery shopping and needs a wheelchair at the airport; standing to cook
dinner is limited to about ten minutes.

IMAGING: CT myelogram of 2026-04-28: at L4-L5 a combination of disc bulge, ligamentum flavum thickening and
facet hypertrophy narrows the canal and both lateral recesses, with bilateral L4-L5 foraminal narrowing.

CONSENT: Informed consent was obtained after discussion of bleeding, infection, nerve injury, dural puncture
and steroid effects.
TIME-OUT: Confirmed correct patient, bilateral L4-L5, allergies (none).

TECHNIQUE: Prone, no sedation. With fluoroscopic guidance a 22-gauge needle was advanced into the left and then
the right L4-L5 foramen. Omnipaque 240 (1 mL per side) showed epidural spread along each L4 root and no vessel
filling. Per side we injected 0.5 mL of Celestone Soluspan 6 mg/mL (3 mg) with 1 mL of 0.2% ropivacaine.
One AP image was saved to the record.

PAIN: 6/10 before; 1/10 after.

COMPLICATIONS: There were none. She walked out of the suite without her cane.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("ropivacaine", 4)],
        pain=(6, 1), need=ESI_NEED, codes=[line("64483", "50"), line("J0702", units=1)], findings=["saved_images"],
        dos="2026-06-16", pos="11", comment="One saved view is below the two views esi.saved_images asks.")

    # 4. locum, two-level right cervical TFESI in a hospital outpatient department
    add("fcf-tfesi-04", "inline fields", """
Procedure: right C5-C6 and C6-C7 transforaminal epidural steroid injection | Setting: hospital outpatient
Diagnosis: Right cervical radiculopathy (M54.12).
History: Electric pain from the right side of the neck through the shoulder blade into the thumb and index
finger since a fall on the ice in February, so about eight months; grip on the right is weaker and Spurling's
test on the right brings the arm pain back.
Prior care: Six weeks of cervical traction and physiotherapy over the summer brought no lasting change.
Meloxicam 15 mg daily and a prednisone taper were both tried; the arm pain returned as soon as the taper
ended.
Function: Works as a hairdresser and has had to cut her bookings in half; she cannot hold the dryer overhead and
wakes two or three times a night.
MRI cervical spine 2025-08-14: right foraminal narrowing at C5-C6 (severe) and C6-C7 (moderate) by uncovertebral
spurs, abutting the right C6 and C7 roots.
Consent: written, after a full discussion including the rare risk of spinal cord injury or stroke.
Time-out: done; right side, C5-C6 and C6-C7 confirmed by all.
Sedation: none.
Technique: Supine-oblique. Under fluoroscopic guidance a 25-gauge blunt needle was placed at the posterior aspect
of each right foramen. Under live digital subtraction, Omnipaque 240 (0.5 mL per level) outlined each root
sleeve with no arterial or venous uptake. Dexamethasone 5 mg (preservative free) was placed at each level,
10 mg total. Two views, AP and oblique, were archived for each level.
Pain score: 8/10 pre, 4/10 post.
Complications: none; neurologically intact on discharge.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 4), need=ESI_NEED, codes=[line("64479", "RT"), line("64480", "RT")], findings=[],
        dos="2025-10-08", pos="22")

    # 5. community anaesthesiologist, lumbar interlaminar before the J1010 switch
    add("fcf-ilesi-01", "dictated", """
Lumbar interlaminar epidural steroid injection at L4-L5, midline approach.

Diagnosis is lumbar spinal stenosis with neurogenic claudication, M48.062. He is a 74-year-old retired
machinist whose legs began cramping and going numb on walks in the summer of 2023; that was about six months
before today's visit. Both calves and the soles of both feet tingle once he has walked a few hundred yards,
and the right thigh aches to the knee. He completed ten weeks of physical therapy in the autumn. It did not
extend his walking distance. Acetaminophen around the clock and celecoxib for five weeks only took the edge off
and the cramping remained. He used to play nine holes twice a week and has not been on the course since
August; he now sits down halfway through the supermarket.

His MRI from 2023-10-30 shows moderate central canal stenosis at L4-L5 with thickened ligamentum flavum and
a broad disc bulge, and mild stenosis at L3-L4.

We reviewed the risks, including dural puncture headache, infection, bleeding and nerve injury, and he gave
written consent. A time-out verified his identity, the procedure and the L4-L5 level. He was positioned prone
without sedation. After a skin wheal of 3 mL of 1% lidocaine, a 20-gauge Tuohy needle was walked into the L4-L5
interlaminar space in the midline under fluoroscopic guidance, using loss of resistance to saline. Omnipaque
240, 2 mL, confirmed epidural spread in AP and lateral projections, and both projections were saved. I then
injected Depo-Medrol 80 mg with 3 mL of preservative-free saline.

He rated his pain 6/10 before and 2/10 afterward. There were no complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, codes=[line("62323"), line("J1040")], findings=[],
        dos="2024-01-17", pos="11")

    # 6. academic physiatrist, cervical interlaminar at an ASC
    add("fcf-ilesi-02", "bullets", """
Cervical interlaminar epidural steroid injection, C7-T1

- Diagnosis: Cervical radiculopathy (M54.12), left C7 distribution.
- Story: aching and tingling from the left neck down the back of the arm into the middle finger; the triceps
  reflex is reduced on the left. She first noticed it while painting a ceiling last October, seven months ago.
- Prior treatment: a home cervical traction unit and six weeks of therapy from January to February; by the end
  she had no fewer arm symptoms than at the start. Pregabalin gave her ankle swelling and was stopped.
- Function: she works at a laptop and now manages only about two hours before the arm goes numb; she has given
  up her weekend pottery classes.
- Imaging: MRI of 2025-02-19 shows a left C6-C7 paracentral disc herniation effacing the left lateral recess and
  narrowing the left C6-C7 foramen.
- Consent: all questions answered; written consent on file.
- Time-out: carried out with nurse and radiographer before the needle.
- Sedation: none; she preferred to stay awake.
- Technique: prone, head flexed on a pillow. Under fluoroscopic guidance an 18-gauge Tuohy needle entered the
  C7-T1 interlaminar space, left paramedian, with loss of resistance to saline confirmed on a contralateral
  oblique view. Isovue-M 300, 1 mL, spread in the dorsal epidural space. Dexamethasone 10 mg in 2 mL
  preservative-free saline was injected. AP and contralateral oblique images were saved.
- Pain: 7/10 arriving, 3/10 leaving.
- Complications: none observed; she left with her sister.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62321")], findings=[], dos="2025-04-29", pos="24")

    # 7. NP with cosignature, caudal epidural in the office
    add("fcf-caudal-01", "dictated", """
Caudal epidural steroid injection, fluoroscopically guided.

Diagnosis: lumbar spinal stenosis with neurogenic claudication (M48.062), multilevel, with prior L4-L5
laminectomy hardware limiting an interlaminar route.

She describes heaviness and aching in both buttocks and down the backs of both thighs into the calves, worse
with standing and walking and better with sitting, for the past ten months. Physical therapy twice weekly for
eight weeks this spring; at her last visit she told the therapist the leg symptoms were no better. A trial of
tramadol left her nauseated and she stopped it. She can stand at the sink for only five minutes and has given
up volunteering at the library because of the walk from the car park.

Lumbar MRI on 2025-05-21: severe central stenosis at L3-L4 and moderate at L2-L3 above the prior decompression,
with bilateral foraminal narrowing at L3-L4.

Informed consent was obtained and signed after the risks and the alternatives were explained. Universal protocol
time-out was performed. No sedation. Prone, with a pillow under the pelvis. The sacral hiatus was identified on a
lateral fluoroscopic view and a 20-gauge needle was passed into the caudal canal. Omnipaque 240, 3 mL, spread
cranially to S1 without vascular or intrathecal filling. Injectate: triamcinolone 40 mg, 4 mL of 0.25%
bupivacaine and 5 mL of preservative-free saline. AP and lateral images were saved.

Pain before 8/10, after 4/10. Complications: none. Seen and agreed by the supervising physician.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=True, sedation="none")],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 10)],
        pain=(8, 4), need=ESI_NEED, codes=[line("62323"), line("J3301", units=4)], findings=[],
        dos="2025-07-14", pos="11")

    # 8. spine surgeon, first diagnostic bilateral lumbar medial branch block
    add("fcf-mbb-01", "headers", """
PROCEDURE: Bilateral L4-L5 and L5-S1 medial branch blocks (first diagnostic block)

DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).

HISTORY: Low back pain across the belt line with no leg symptoms, worse on getting out of a chair and on
twisting; it has been present since he retired from the railway three years ago. Extension and rotation to
either side reproduce it; the neurological exam is normal.
CARE TO DATE: Twelve weeks of physical therapy in 2024 with a McKenzie programme, and diclofenac gel and
ibuprofen; the back pain was no different at the end of therapy and the ibuprofen raised his blood pressure.
FUNCTION: He cannot lift his grandchildren, he stopped gardening, and he can stand at the workbench for only
fifteen minutes.
IMAGING: Lumbar X-rays and MRI (2025-02-10) show bilateral facet arthropathy with joint effusions at L4-L5 and
L5-S1 and no stenosis.

CONSENT: Written consent after discussion of bleeding, infection and increased pain.
TIME-OUT: Completed; bilateral, levels confirmed.
SEDATION: None.

TECHNIQUE: Prone. Under fluoroscopic guidance 22-gauge needles were placed bilaterally at the junction of the
superior articular process and transverse process of L4 and L5 for the L3 and L4 medial branches, and at the
sacral ala for the L5 dorsal ramus. Omnipaque 240 showed no vascular spread (0.2 mL per needle, 1.2 mL). Each
needle received 0.5 mL of 0.5% bupivacaine (six nerves, 3 mL in total).

PAIN: 6/10 before; 1/10 at 30 minutes, about 85% relief. He was given a pain diary for the next eight hours.
COMPLICATIONS: None.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                 sedation="none")],
        drugs=[given("iohexol", 1.2, "ml"), given("bupivacaine", 15)],
        pain=(6, 1), need=FACET_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2025-05-06", pos="11")

    # 9. academic physiatrist, confirmatory right cervical MBB at an ASC; GAP: no time-out
    add("fcf-mbb-02", "title-case headers", """
Right C3-C4 And C4-C5 Medial Branch Block, Second Diagnostic Block

Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)

History: Right-sided neck pain reaching the back of the skull and the top of the shoulder since a rear-end
collision in the summer of 2024, so about eighteen months. No arm symptoms. Rotation to the right and extension
reproduce it and the right C3-C4 and C4-C5 joints are tender to palpation.

Prior Care: Ten weeks of physical therapy with manual work and a cervical stabilisation programme; the neck pain
was the same afterwards. Cyclobenzaprine at night was stopped for morning drowsiness.

Function: She works as a bus driver and cannot check her right mirror without turning her trunk; she has taken
reduced hours since November.

Imaging: Cervical MRI 2025-06-03: right C3-C4 and C4-C5 facet arthrosis with a small right C3-C4 effusion.

Prior Diagnostic Block: First block with lidocaine on 2026-01-13 relieved 90% of her neck pain for about two
hours, in keeping with the local anaesthetic.

Consent: Signed after the risks were discussed.

Procedure: Prone, no sedation. Under fluoroscopic guidance 25-gauge needles were placed at the waists of the
right C3, C4 and C5 articular pillars for the corresponding medial branches. No vascular flow was seen after
0.1 mL of Omnipaque 240 at each (0.3 mL total). Each branch received 0.4 mL of 2% lidocaine (1.2 mL).

Pain: 7/10 prior; 1/10 at 20 minutes with full neck rotation.

Complications: None.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                 sedation="none")],
        drugs=[given("iohexol", 0.3, "ml"), given("lidocaine", 24)],
        pain=(7, 1), need=FACET_NEED,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["time_out"],
        dos="2026-02-10", pos="24")

    # 10. locum, first diagnostic left lumbar MBB with ropivacaine
    add("fcf-mbb-03", "inline fields", """
Procedure: Left L3-L4 and L4-L5 lumbar medial branch blocks (diagnostic, first set) | Location: office
Diagnosis: Lumbar facet arthropathy, left (M47.816).
History: One-sided left low back pain over the upper lumbar facets that began when she started a warehouse job
in the spring of last year (about sixteen months); no radiation below the buttock. Pain on left-sided extension
and rotation; the straight-leg raise is negative.
Therapy: She worked through eight weeks of physical therapy and a home stretching programme; the back pain did
not improve. Meloxicam for two months gave no benefit.
Daily life: she has moved to a desk role because she cannot bend to lift boxes, and she cannot sleep on her left.
Imaging: MRI lumbar spine 2026-05-19 with left L3-L4 and L4-L5 facet hypertrophy and a left L4-L5 facet effusion.
Consent: signed after a discussion of risks and benefits.
Time-out: completed; left side and levels agreed.
Sedation: none.
Technique: Prone; fluoroscopic guidance. 22-gauge needles to the left L2, L3 and L4 medial branches at the
transverse process-superior articular process junctions. No contrast was used because of a prior reaction to
iodinated contrast; needle tips were confirmed in AP and oblique views. Ropivacaine 0.5%, 0.5 mL per nerve
(1.5 mL).
Pain: 5/10 pre, 0/10 post (100% relief for the period observed).
Complications: none.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=False, intent="diagnostic",
                 sedation="none")],
        drugs=[given("ropivacaine", 7.5)],
        pain=(5, 0), need=FACET_NEED,
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[], dos="2026-09-15", pos="11")

    # 11. community anaesthesiologist, bilateral lumbar RFA with moderate sedation by the proceduralist
    add("fcf-rfa-01", "headers", """
BILATERAL L4-L5 AND L5-S1 RADIOFREQUENCY ABLATION OF THE MEDIAL BRANCHES

DIAGNOSIS: Lumbosacral facet syndrome (M47.817).

HISTORY: Axial low back pain since 2019, worse with standing and extension, no radicular features. Physical
therapy for three months in 2024 and a trial of nortriptyline did not change the pain; the nortriptyline caused
constipation and was stopped. He has had to give up his job as a mail carrier and walks no more than
fifteen minutes.
IMAGING: MRI 2025-03-04 bilateral facet arthropathy at L4-L5 and L5-S1 with no canal or foraminal stenosis.
DIAGNOSTIC BLOCKS: Bilateral L4-L5 and L5-S1 medial branch blocks on 2025-08-12 (lidocaine) relieved 85% of his
pain, and the confirmatory set on 2025-09-09 (bupivacaine) relieved 90%, each for the expected duration.

CONSENT: Risks including burn, numbness, neuritis and failure explained; written consent.
TIME-OUT: Performed and documented before the first lesion.

SEDATION: Moderate sedation administered by me because he has severe procedural anxiety and could not stay
prone for the earlier blocks without it. A dedicated sedation nurse monitored him throughout as the
independent observer. Midazolam 2 mg and fentanyl 50 mcg IV in divided doses. Sedation start 09:02, end
09:30 (28 minutes of intraservice time).

PROCEDURE: Prone. Under fluoroscopic guidance 18-gauge RF cannulas with 10 mm active tips were placed parallel
to the L3 and L4 medial branches and the L5 dorsal rami on both sides. Sensory stimulation at 50 Hz was felt
below 0.5 V; motor stimulation at 2 Hz produced no leg movement. Each site received 1 mL of 1% lidocaine
(6 sites, 60 mg) and was lesioned at 80 degrees C for 90 seconds.

PAIN: 7/10 pre; 3/10 post.
COMPLICATIONS: none. Recovered to baseline and discharged with his daughter.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 60)],
        pain=(7, 3), need=FACET_NEED,
        codes=[line("64635", "50"), line("64636", "50"), line("99152"), line("99153")], findings=[],
        dos="2025-11-18", pos="24")

    # 12. NP with cosignature, diagnostic left SI joint injection; GAP: no consent
    add("fcf-si-01", "bullets", """
Left sacroiliac joint injection, diagnostic

- Diagnosis: Sacroiliitis, left (M46.1).
- Indication: pain over the left posterior superior iliac spine radiating into the left buttock and posterior
  thigh, never below the knee. Present since she slipped on a step two years ago. Positive Gaenslen, thigh
  thrust and compression tests on the left (three of five provocation tests).
- Prior care: six weeks of pelvic stabilisation physical therapy and a sacroiliac belt; the buttock pain was
  unchanged. Naproxen gave reflux and she stopped it.
- Function: cannot sit through a church service; climbs stairs one at a time.
- Time-out: performed before the injection with the nurse.
- Sedation: none.
- Technique: prone. Under fluoroscopic guidance a 22-gauge spinal needle entered the inferior third of the left
  sacroiliac joint. Omnipaque 240, 0.5 mL, produced an arthrogram without vascular runoff. 2 mL of 0.5%
  bupivacaine was injected. AP and contralateral oblique images were saved.
- Pain: 7/10 before; 1/10 at 30 minutes. She reports 85% relief of her usual pain during provocative
  manoeuvres.
- Complications: none. Cosigned by the supervising physician.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "LT")], findings=["consent"], consent=False, dos="2025-03-25", pos="11")

    # 13. locum, bilateral greater occipital nerve blocks by landmark
    add("fcf-gon-01", "inline fields", """
Procedure: bilateral greater occipital nerve block | Guidance: landmark, no imaging
Diagnosis: Occipital neuralgia (M54.81).
Indication: Stabbing pain shooting from the base of the skull over the top of the head on both sides, with
scalp tenderness and a positive Tinel's sign over both greater occipital nerves; the attacks have come several
times a day for five months.
Consent: risks (bleeding, infection, numbness, alopecia at the site) discussed; written consent.
Time-out: done.
Technique: seated, head flexed. The occipital artery was palpated on each side and a 27-gauge needle was
placed just medial to it at the superior nuchal line. After negative aspiration each side received 2 mL of
0.5% bupivacaine with triamcinolone 10 mg.
Pain: 8/10 before, 2/10 ten minutes after, with loss of scalp sensation on both sides.
Complications: none.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(8, 2), need=("diagnosis", "symptom_duration"), codes=[line("64405", "50"), line("J3301", units=2)], findings=[],
        dos="2026-10-06", pos="11")

    # 14. spine surgeon, right knee injection under ultrasound with a saved image
    add("fcf-knee-01", "dictated", """
Right knee intra-articular corticosteroid injection under ultrasound guidance.

Diagnosis: unilateral primary osteoarthritis, right knee (M17.11). She has had aching and stiffness in the right
knee for three years, worse on stairs, and a flare for the past two months with a small effusion. Weight-bearing
films show medial joint space narrowing. She asked for an injection before a family wedding.

We went over the risks of infection, a post-injection flare and a rise in blood sugar, and she consented in
writing. Time-out was done. With a linear probe the suprapatellar recess was identified and a 22-gauge needle
was advanced in plane into the joint under real-time ultrasound. Triamcinolone 40 mg with 4 mL of 1% lidocaine
was injected and flowed freely in the recess. A representative ultrasound image with the needle in the joint
was saved to the record.

Pain was 6/10 beforehand and 2/10 ten minutes later. No complications; she walked out without her stick.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="right",
                 imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "imaging_findings"), codes=[line("20611", "RT"), line("J3301", units=4)], findings=[],
        dos="2025-08-26", pos="11")

    # 15. academic physiatrist, left genicular nerve block before RFA
    add("fcf-gnb-01", "title-case headers", """
Left Genicular Nerve Block (Superomedial, Superolateral And Inferomedial), Diagnostic

Diagnosis: Unilateral primary osteoarthritis, left knee (M17.12)

Indication: Left knee pain for six years, now constant and worse on standing; total knee replacement deferred
by cardiology. A steroid injection in March helped for three weeks only. The block tests whether genicular
radiofrequency ablation would help.

Consent: Discussed and signed.
Time-Out: Completed with the team; left knee marked.
Sedation: None.

Procedure: Supine with a bolster under the knee. Under fluoroscopic guidance 22-gauge needles were placed at the
junctions of the shaft and the epicondyle for the superomedial and superolateral genicular nerves and at the
medial tibial flare for the inferomedial nerve, confirmed on AP and lateral views. Each nerve received 1 mL of
0.5% bupivacaine (3 mL).

Pain: 7/10 before; 1/10 at 30 minutes, which she estimated as 85% relief on stairs.

Complications: None.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="left", imaging="fluoroscopy",
                 intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=("diagnosis", "symptom_duration"), codes=[line("64454", "LT")], findings=[], dos="2026-01-27", pos="11")


def _prose(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    # 16. NP with cosignature, repeat left L3-L4 TFESI with a quantified earlier response
    add("fcf-h-tfesi-01", "dictated", """
Left L3-L4 transforaminal epidural steroid injection, repeat.

She returns for the second injection at this level. Her first left L3-L4 transforaminal injection on
2026-02-03 took away roughly 70% of the thigh pain, and that lasted about four months before it crept back in
June. The pain wraps around the front of the left thigh to the inner knee with numbness over the shin, and the
left knee jerk is reduced; it has been going on since a gardening strain in the autumn of 2025, now close to a
year. Before the first injection she had completed seven weeks of physical therapy without improvement in the
leg, and she cannot tolerate NSAIDs because of kidney disease. Since the pain returned she again needs the
banister for stairs and has had to stop her twice-weekly line-dancing class; she cannot stand long enough to
bake.

Diagnosis: left L4 radiculopathy due to an L3-L4 foraminal disc protrusion (M51.16). Her lumbar MRI from
2025-11-12 shows a left foraminal protrusion at L3-L4 narrowing the foramen and contacting the exiting left L4
root.

After discussing bleeding, infection, nerve injury and a temporary rise in blood sugar she signed consent. We
stopped for a time-out to confirm her name, the left side and the L3-L4 level. She declined sedation. Prone on
the table, the skin was numbed and, with fluoroscopic guidance, a 22-gauge needle was brought to the
left L3-L4 foramen below the pedicle. One mL of Omnipaque 300 outlined the L4 nerve root and spread medially into
the epidural space with no vascular pattern. Kenalog 40 mg (1 mL) with 1 mL of 1% lidocaine was injected. Two
images, AP and lateral, were saved. Her pain went from 6/10 to 2/10. No complications occurred. Note cosigned by
the supervising physician.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L3-L4"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(6, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("J3301", units=4)], findings=[],
        dos="2026-08-20", pos="11",
        comment="Repeat with a documented response of 70% for about four months (120 days): no prior_procedure_response.")

    # 17. academic physiatrist, right L5-S1 TFESI with a single-dose vial and nothing wasted (JZ)
    add("fcf-h-tfesi-02", "dictated", """
Right L5-S1 transforaminal epidural steroid injection

This 58-year-old carpenter has had right-sided sciatica since he jumped off a scaffold in mid-January, now a
little over four months. The pain runs down the outside of the right thigh and shin to the top of the foot and
big toe, with numbness over the first web space and weak right great-toe extension (4/5). Straight-leg raising
is positive on the right at 30 degrees. He attended physical therapy twice a week for six weeks; the therapist recorded no
change in his leg pain. Naproxen and a short course of oral steroids gave him only a few days of ease each.
He has been off work since March because he cannot kneel or climb a ladder, and he sleeps in a recliner.

Diagnosis: right L5 radiculopathy, lumbosacral (M54.17). The MRI of 2024-03-08 shows a right foraminal L5-S1
disc extrusion compressing the exiting right L5 nerve root.

Consent was given in writing after a discussion of the risks. Time-out performed with the nursing staff,
confirming the right side and the L5-S1 level. No sedation was given. With the patient prone and fluoroscopy
angled obliquely to the right, a 22-gauge needle was advanced to the right L5-S1 foramen beneath the L5 pedicle.
Isovue-M 200, 0.5 mL, showed flow along the L5 root and into the epidural space, no vascular uptake. We then gave
Depo-Medrol 40 mg, drawn from a single-dose vial with nothing wasted, together with 0.5 mL of 1% lidocaine. AP
and lateral images were kept in the record.

Pain 8/10 before and 3/10 after. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iopamidol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 5)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("J1010", "JZ", units=40)], findings=[],
        dos="2024-05-22", pos="11")

    # 18. locum, bilateral L5-S1 TFESI after a laminectomy, hospital outpatient
    add("fcf-h-tfesi-03", "dictated", """
Bilateral L5-S1 transforaminal epidural steroid injection.

Diagnosis: failed back surgery syndrome (M96.1) with bilateral L5 radicular leg pain. Two years after an L5-S1
laminectomy the pain down the outside of both legs to the top of both feet came back, and it has now been
present for seven months, with numbness of both big toes and weak toe extension on both sides. He did eight weeks
of physical therapy after it recurred and finished it with the same leg pain. Gabapentin 1200 mg per day made
him unsteady and he stopped it. He works as a security guard and now cannot finish a round of the building; he
has stopped driving more than twenty minutes.

CT of the lumbar spine on 2026-09-22 shows postsurgical change at L5-S1 with bilateral foraminal narrowing from
disc-osteophyte complex and epidural scar.

Consent: he understood and accepted the risks, written consent signed. Time-out: performed by the team, both
sides and L5-S1 confirmed. No sedation. Prone; using fluoroscopic guidance a 22-gauge needle was placed into the
left and the right L5-S1 foramen in turn. Omnipaque 240, 1 mL per side, spread along each L5 root and
medially into the epidural space with no vascular runoff. Dexamethasone 5 mg was injected on each side.
AP and lateral views of both needles were saved.

Pain 7/10 before, 3/10 after. Complications: none.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "50")], findings=[], dos="2026-11-05", pos="22")

    # 19. community anaesthesiologist, lumbar interlaminar L5-S1; GAP: care listed without an outcome
    add("fcf-h-ilesi-01", "dictated", """
L5-S1 interlaminar epidural steroid injection.

He is a 49-year-old electrician with pain radiating from the low back down the back of both legs to the calves,
left worse than right, with tingling in both soles; the left ankle reflex is absent. It came on after a long
drive in early December, almost four months ago. He completed six weeks of physical therapy and is taking
meloxicam daily. He has not been able to work a full shift since January and cannot lift his toolbag into the
van.

Diagnosis: lumbar disc herniation with radiculopathy (M51.16). MRI of 2026-02-16 shows a broad-based central
L5-S1 disc herniation indenting the thecal sac and contacting both S1 roots.

Consent was discussed and signed. A time-out was completed. No sedation. Prone; the skin was anaesthetised with
2 mL of 1% lidocaine and, under fluoroscopic guidance, a 20-gauge Tuohy needle entered the L5-S1 interlaminar
space in the midline with loss of resistance to air. Omnipaque 240, 1.5 mL, showed epidural spread on AP and
lateral views, both of which were saved. Kenalog 80 mg (2 mL) with 2 mL of preservative-free saline was
injected.

Pain 7/10 before and 3/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), codes=[line("62323"), line("J3301", units=8)],
        findings=["conservative_care"], dos="2026-03-30", pos="11",
        comment="PT completed and meloxicam taken are listed with no outcome: conservative care is not documented "
                "as failed (corpora/README, conservative care). 80 mg triamcinolone is within the ceiling.")

    # 20. community anaesthesiologist, repeat caudal before the J1010 switch, hospital outpatient
    add("fcf-h-caudal-01", "dictated", """
Caudal epidural steroid injection with fluoroscopy

Diagnosis: failed back surgery syndrome (M96.1) with bilateral leg pain. She has had burning pain down the backs of
both legs to the ankles, with numb soles, ever since her L4-S1 fusion in 2021; it has been steady for more than
two years. She completed twelve weeks of aquatic and land-based therapy in 2022 and the leg pain was no better
at discharge; duloxetine was stopped for sweats.

This is her second caudal epidural: the first, in May 2023, reduced the leg pain by 60% and the benefit held for
about five months, until October. Since then she can no longer stand to cook a meal and has stopped going to her
granddaughter's games.

CT myelogram of 2022-08-15 shows solid fusion from L4 to S1 with epidural fibrosis around both S1 roots and
mild stenosis at L3-L4 above the fusion.

She gave written consent. Time-out completed. No sedation. Prone; the sacral hiatus was found on lateral
fluoroscopy and a 20-gauge needle entered the caudal canal. Omnipaque 240, 4 mL, spread up to the L5 level with
no vascular or intrathecal pattern; AP and lateral images were saved. Depo-Medrol 80 mg with 5 mL of 0.25%
bupivacaine was injected slowly.

Pain 8/10 before, 4/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=True, sedation="none")],
        drugs=[given("iohexol", 4, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 12.5)],
        pain=(8, 4), need=ESI_NEED, codes=[line("62323")], findings=[], dos="2023-11-09", pos="22",
        comment="Repeat with 60% for about five months (150 days): no prior_procedure_response. Facility: no drug lines.")

    # 21. spine surgeon, confirmatory bilateral L5-S1 medial branch block, hospital outpatient
    add("fcf-h-mbb-01", "dictated", """
Bilateral L4 medial branch and L5 dorsal ramus blocks, second (confirmatory) diagnostic set

Diagnosis: lumbar spondylosis without radiculopathy (M47.816). She has had pain across the lumbosacral junction,
without leg symptoms, since she started nursing night shifts four years ago; extension-rotation on both sides
reproduces it. Three months of physical therapy in 2024 did not change it, and celecoxib gave her ankle swelling.
She cannot lift patients any more and was moved to a clinic post; she has given up running.

MRI of 2025-06-30 shows bilateral L5-S1 facet arthropathy with fluid in both joints and no stenosis.

Her first set of blocks on 2025-11-04 with lidocaine relieved 85% of her back pain for about five hours.

Written consent after the risks were explained. Time-out done. No sedation. Prone; under fluoroscopic guidance
25-gauge needles were set at the junctions of the superior articular process and transverse process of L5 on
both sides for the L4 medial branches and at the sacral ala on both sides for the L5 dorsal rami. Contrast was
not used. Each of the four nerves received 0.5 mL of 0.5% bupivacaine.

Pain 6/10 before and 1/10 at thirty minutes. No complications.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=False, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 1), need=FACET_NEED, codes=[line("64493", "50", "KX")],
        findings=[], dos="2025-12-02", pos="22",
        comment="L4 medial branch and L5 dorsal ramus innervate the L5-S1 joint: one joint, 64493-50-KX.")

    # 22. academic physiatrist, therapeutic right lumbar intra-articular facet injection after two blocks
    add("fcf-h-facet-01", "dictated", """
Right L4-L5 and L5-S1 intra-articular facet joint injections, therapeutic

Diagnosis: lumbar facet arthropathy (M47.816), right. For about two years he has had aching right-sided low
back pain over the lower facets that spreads into the right buttock but not the leg, worse with standing and
leaning back. Eight weeks of physical therapy ended in 2025 with no change, and meloxicam gave him heartburn.
He is a warehouse supervisor and has been unable to walk the floor for a full shift; he has stopped cycling.

MRI of 2025-04-02 shows right L4-L5 and L5-S1 facet hypertrophy with joint effusions.

He had two diagnostic right L4-L5 and L5-S1 medial branch blocks in 2025, the first giving 90% relief and the
second 85%, each lasting as long as the anaesthetic. He prefers a joint injection to ablation for now.

Written consent was obtained after a discussion of the risks. Time-out completed. No sedation. Prone; under
fluoroscopic guidance a 22-gauge needle was placed into the inferior recess of the right L4-L5 and then the right
L5-S1 facet joint. Omnipaque 240, 0.3 mL in each joint, showed an arthrogram. Each joint received triamcinolone
20 mg with 0.5 mL of 1% lidocaine.

Pain 6/10 before, 2/10 after. No complications.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                 sedation="none")],
        drugs=[given("iohexol", 0.6, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(6, 2), need=FACET_NEED,
        codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=4)], findings=[],
        dos="2026-07-07", pos="11")

    # 23. spine surgeon, right lumbar RFA; GAP: no post-procedure pain score
    add("fcf-h-rfa-01", "dictated", """
Right L3-L4 and L4-L5 radiofrequency neurotomy (L2, L3 and L4 medial branches)

Diagnosis: lumbar spondylosis without radiculopathy (M47.816). Right-sided axial low back pain for three years
after a fall from a ladder, worse on standing up from sitting. Physical therapy for ten weeks in 2025 did not
change the pain, and tramadol made him vomit. He can no longer carry shopping bags from the car and has stopped
fishing trips because of the boat seat.

MRI of 2025-09-01 shows right L3-L4 and L4-L5 facet arthropathy with no stenosis.

Diagnostic right L2, L3 and L4 medial branch blocks on 2026-02-10 (lidocaine) gave complete, 100% relief, and the
confirmatory set on 2026-03-10 (bupivacaine) gave 90% relief for the expected time.

Written consent after a discussion of risks including numbness and neuritis. Time-out performed. No sedation.
Pain before the procedure 7/10. Prone; under fluoroscopic guidance 18-gauge RF cannulas were placed along the
right L2, L3 and L4 medial branches. Sensory stimulation reproduced his back pain below 0.6 V and motor testing
at 2 Hz caused no leg movement. Each nerve was anaesthetised with 1 mL of 2% lidocaine and lesioned at 85 degrees
Celsius for 90 seconds. No complications. He went home with his son.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(7, None), need=FACET_NEED, codes=[line("64635", "RT"), line("64636", "RT")],
        findings=["post_procedure_pain_score"], dos="2026-04-21", pos="11")

    # 24. locum, repeat left cervical RFA, hospital outpatient
    add("fcf-h-rfa-02", "dictated", """
Repeat left C4-C5 and C5-C6 radiofrequency ablation of the C4, C5 and C6 medial branches

Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812). She has had left-sided neck pain
reaching the shoulder blade for six years. Physical therapy and a traction programme for eight weeks in 2023 did
not help the neck pain. She works at a supermarket checkout and cannot finish a shift without stopping; she has
not been able to reverse the car without turning her whole body.

MRI of 2024-05-20 shows left C4-C5 and C5-C6 facet arthropathy without cord or root compression.

The first left C4-C5 and C5-C6 ablation was done in October 2024 and gave about 75% relief that lasted roughly
eleven months; the pain has now returned to its old level.

Written consent obtained. Time-out completed. No sedation. Lateral decubitus, left side up. Under fluoroscopic
guidance 20-gauge RF cannulas were placed along the left C4, C5 and C6 articular pillars. Sensory testing
reproduced the neck pain and motor testing at 2 Hz gave no arm contraction. After 0.5 mL of 2% lidocaine at each
nerve, each was lesioned at 80 degrees C for 90 seconds.

Pain 7/10 before and 2/10 after. Complications: none.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 2), need=FACET_NEED, codes=[line("64633", "LT"), line("64634", "LT")], findings=[],
        dos="2026-01-13", pos="22",
        comment="Repeat RFA with 75% for about eleven months (330 days >= 180): no prior_procedure_response; a "
                "repeat needs no diagnostic blocks.")

    # 25. NP with cosignature, therapeutic right SI joint injection at an ASC
    add("fcf-h-si-01", "dictated", """
Right sacroiliac joint injection, therapeutic

Diagnosis: sacroiliitis (M46.1), right. Pain over the right sacral sulcus into the right buttock for the two
years since the birth of her second child; positive thigh thrust, distraction and FABER tests on the right. Six
weeks of pelvic physical therapy and an SI belt did not ease it, and ibuprofen upset her stomach. She cannot
sit through her commute and has stopped lifting her toddler.

A diagnostic right sacroiliac joint block with bupivacaine on 2026-03-17 gave 80% relief of her usual pain for
six hours.

Consent signed after risks were discussed. Time-out done. No sedation. Prone; under fluoroscopic guidance a
22-gauge needle entered the inferior right sacroiliac joint. Omnipaque 240, 0.5 mL, gave an arthrogram.
Triamcinolone 40 mg with 2 mL of 0.2% ropivacaine was injected. AP and oblique images were saved. Pain 7/10
before and 2/10 after; she reported 70% relief before discharge. No complications. Cosigned by the attending.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 4)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "RT")], findings=[], dos="2026-05-12", pos="24")

    # 26. academic physiatrist, repeat bilateral therapeutic SI joint injection in the office
    add("fcf-h-si-02", "dictated", """
Bilateral sacroiliac joint injections, therapeutic, repeat

Diagnosis: bilateral sacroiliitis (M46.1), in the setting of ankylosing spondylitis. Pain low across both
buttocks for four years, worse after sitting and on rolling in bed; positive compression and thigh thrust on
both sides. Twelve weeks of physical therapy and two NSAIDs (naproxen, then meloxicam) gave no relief of the
buttock pain. She has cut her hours as a court stenographer because she cannot sit for a full session.

Diagnostic bilateral SI blocks in February 2024 gave 90% relief. Her last therapeutic injections, in June 2024,
relieved about 70% of the pain for five months.

Written consent was obtained. Time-out performed. No sedation. Prone; under fluoroscopic guidance a 22-gauge
needle was placed into the inferior portion of the left and then the right sacroiliac joint. Isovue-M 300, 0.5
mL per side, outlined each joint. Dexamethasone 4 mg with 1 mL of 1% lidocaine was injected into each joint. AP
and oblique images of both sides were saved. Pain 6/10 before, 1/10 after; she estimated 80% relief. No
complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 8), given("lidocaine", 20)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "50"), line("J1100", units=8)], findings=[], dos="2024-11-19", pos="11",
        comment="Repeat with 70% for five months (150 days); diagnostic block 90% (>= 75).")

    # 27. community anaesthesiologist, right stellate ganglion block under ultrasound, hospital outpatient
    add("fcf-h-stellate-01", "dictated", """
Right stellate ganglion block, ultrasound guided

Diagnosis: complex regional pain syndrome type I of the right upper limb (G90.511), after a distal radius
fracture in April. The right hand is swollen, mottled and cold, with allodynia to light touch and stiff fingers.

Written consent after discussion of hoarseness, a droopy eyelid, bleeding and intravascular injection. Time-out
done. No sedation. Supine with the neck slightly extended. With a linear probe at the C6 level, the longus colli
and the prevertebral fascia were identified and a 25-gauge needle was placed in plane beneath the prevertebral
fascia, avoiding the vertebral artery. Ropivacaine 0.5%, 5 mL, was injected in divided doses after negative
aspiration. An image of the needle at the target was saved.

Within fifteen minutes a right Horner's syndrome developed and the right hand warmed by 2 degrees. Pain 8/10
before and 3/10 after. No complications.
""", procs=[proc("sympathetic_block", target="stellate", laterality="right",
                 imaging="ultrasound", sedation="none")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), codes=[line("64510"), line("76942", "26")], findings=[],
        dos="2024-10-15", pos="22")

    # 28. NP with cosignature, trigger point injections in three neck muscles; GAP: no stated percent relief
    add("fcf-h-tpi-01", "dictated", """
Trigger point injections, left neck and upper back

Diagnosis: myofascial pain of the left neck (M79.12). She has had tight, aching left neck pain radiating into
the back of the head for eight months after switching to a laptop job. On exam there are taut bands with a
local twitch response and referred pain to the occiput in the left upper trapezius, left levator scapulae and
left splenius capitis.

Consent signed. Time-out done. No sedation. Each of the three trigger points (left upper trapezius, left levator
scapulae, left splenius capitis) was isolated between two fingers and injected with 1 mL of 1% lidocaine using a
27-gauge needle, fanning until the twitch response stopped.

Pain 7/10 before and 3/10 after. No complications. Cosigned by the supervising physician.
""", procs=[proc("trigger_point", laterality="left", imaging="none", sedation="none")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 3), need=("diagnosis", "symptom_duration"), codes=[line("20553")], findings=["percent_relief"],
        dos="2026-06-02", pos="11",
        comment="Three muscles: 20553. Relief only implied by the scores: percent_relief (corpora/README).")

    # 29. academic physiatrist, intrathecal morphine pump refill and reprogramming by the physician
    add("fcf-h-pump-01", "dictated", """
Intrathecal pump refill and reprogramming

Diagnosis: chronic pain syndrome (G89.4) with failed back surgery syndrome (M96.1); intrathecal morphine pump
implanted in 2021. She reports that her back and leg pain has crept up over the last month and she is using
more breakthrough medication.

Consent for the refill and the dose change was confirmed verbally and on the signed form. Time-out performed. I
refilled the pump myself. The reservoir port was located with the template, the skin prepped with chlorhexidine
and a 22-gauge Huber needle placed. 3.5 mL of old drug was withdrawn, matching the expected residual volume. I
then filled the reservoir with 20 mL of preservative-free morphine 25 mg/mL (500 mg). I reprogrammed the pump,
raising the daily dose by 10%, and confirmed the new rate and the next refill date with the programmer.

No complications; the site was clean and dry.
""", procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",), codes=[line("62370")], findings=[], dos="2025-09-09", pos="11")

    # 30. spine surgeon, L1 kyphoplasty under anaesthesia MAC, hospital outpatient
    add("fcf-h-kypho-01", "dictated", """
L1 balloon kyphoplasty, bilateral transpedicular approach

Diagnosis: osteoporotic compression fracture of L1 (M80.08XA). She felt a crack in her back lifting a watering
can seven weeks ago. Six weeks of a thoracolumbar brace, scheduled acetaminophen and calcitonin nasal spray did
not reduce the pain, and oxycodone made her confused. She now spends most of the day in bed and cannot stand at
the sink to wash.

MRI of 2026-02-02 shows an acute L1 compression fracture with marrow oedema on STIR and about 30% loss of
anterior height, no retropulsion.

Consent was signed after a discussion including cement leakage and new fractures. Time-out performed.
Anaesthesia: monitored anaesthesia care by the anaesthesia service (propofol infusion, 180 mg total, and
midazolam 2 mg), start 07:40, end 08:15.

Prone. Under biplanar fluoroscopy each L1 pedicle was infiltrated with 5 mL of 1% lidocaine (10 mL in all) and
cannulated. Balloons were inflated to restore height and bone cement was placed, 2.5 mL per side, with no
extravasation. Pain 9/10 before and 3/10 in recovery. No complications.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("22514")], findings=[], dos="2026-02-24", pos="22",
        comment="MAC by the anaesthesia service: its agents are not listed as drugs (corpora/README); agents, "
                "doses and times are documented, so no sedation_details.")
