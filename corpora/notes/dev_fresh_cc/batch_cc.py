"""Sealed precision batch `dev_fresh_cc` (`fcc-*`): 30 hand-dictated fictional notes with gold.

Five imagined authors (a pain fellow, an anaesthesiologist, a PM&R physician, an interventional radiologist, a
nurse practitioner with cosignature) write each element in a less common but unambiguous wording of their own.
Only six notes leave one element out (see the batch README). The gold was labelled from the text, following
`corpora/README.md`, before and without any Painpoint run. No PHI: every patient is invented.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: N803 - the kit's names
    _esi(add, proc, line, given, ESI_NEED, minus)
    _si_facet(add, proc, line, given)
    _other(add, proc, line, given)


# ------------------------------------------------------------------------------------------------ spine ESIs
def _esi(add, proc, line, given, ESI_NEED, minus):
    add("fcc-tfesi-01", "fellow_dictation", """
PROCEDURE NOTE - RIGHT L4-5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION
Dictated by the pain medicine fellow; the attending was scrubbed in and present for the whole procedure.

Story so far: Ever since he strained his back lifting a bag of mulch in early autumn, roughly five months ago, this
58-year-old man has had a band of burning pain running from the right buttock down the outer calf onto the top of
the foot. Straight-leg raising on the right brings it back at 40 degrees, and the right great-toe extensor is a grade
weaker than the left. He went through eight weeks of supervised physical therapy in the fall. By the last session the
leg pain was no better than on the first day. Naproxen was tried for a month after that; it upset his stomach and
never touched the leg. He has given up coaching his grandson's soccer team, has to sit down halfway through a
grocery trip, and wakes two or three times a night when he rolls onto the right side.
MRI of the lumbar spine, 2026-01-08: right paracentral protrusion at L4-5 contacting the descending right L5 root;
moderate right foraminal narrowing at L5-S1.
Diagnosis: Lumbar disc herniation with radiculopathy, right L5 (M51.16).

What we did: Risks including infection, bleeding, nerve injury and headache were talked through with him and his
wife, questions answered, and he signed the consent form. Before the first needle the room paused while the nurse
read back his identity, the right side and the L4-5 and L5-S1 levels; everyone agreed. He lay prone and was prepped
and draped. No sedation was given. The skin was numbed with 2 mL of 1% lidocaine. Under fluoroscopic guidance in
oblique views a 22-gauge spinal needle was walked into the right L4-5 neural foramen and a second into the right
L5-S1 foramen. Omnipaque 240, 0.75 mL at each level (1.5 mL in all), outlined the exiting roots and flowed medially
into the epidural space; live fluoroscopy showed no vascular uptake. Each level then received 5 mg of dexamethasone
(10 mg total) with 1 mL of preservative-free saline. AP and lateral spot films were stored to PACS.

Pain: 8/10 as he settled onto the table; 3/10 when he stood up to leave recovery.
He had no complications and left on foot with his wife.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", target="nerve_root", region="lumbar",
                 laterality="right", levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True,
                 intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-17", pos="11",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", units=10)], findings=[])

    add("fcc-h-tfesi-01", "np_cosigned", """
Left L5-S1 transforaminal ESI (ambulatory surgery center)
Written by the nurse practitioner; the attending physician performed the injection with me and cosigns below.

Why we are here: Her left leg trouble began the week after she slipped on a wet step, about six months ago. It is an
electric pain that shoots down the back of the left thigh and calf to the little toe, with numbness along the outer
edge of the foot; the left ankle jerk is absent today. She completed twelve sessions of physical therapy this spring.
The leg pain came back within a day of every one of them. Gabapentin made her too foggy to drive and was stopped after
three weeks. Because of the leg she left her part-time job at the library - standing at the desk for more than
fifteen minutes is impossible - and her daughter now carries the laundry up and down the stairs for her.
Images: lumbar MRI read on 03/22/2025 shows a left foraminal disc extrusion at L5-S1 compressing the exiting left
L5 root and touching the traversing S1 root.
Assessment: Lumbosacral radiculopathy, left S1 (M54.17).

Consent: she asked good questions about steroid effects on her blood sugar; after that discussion she agreed and
signed. Before prepping, the whole team stopped and agreed on who she was, what we were doing and which side: left
L5-S1. She preferred to stay awake, so no sedation was used.
Technique: prone; 1 mL of 1% lidocaine to the skin. With fluoroscopy, a 25-gauge 3.5-inch needle was guided on an
oblique view to the left L5-S1 foramen. 1 mL of Isovue-M 200 outlined the exiting left L5 root and ran medially into
the epidural space, with nothing intravascular. We then gave 1 mL of Kenalog-40 (40 mg triamcinolone) mixed with
1 mL of 0.25% bupivacaine. Two views, AP and oblique, were saved with the needle and contrast.
Scores: she called it a 6 out of 10 on the bedside check-in; twenty minutes later in phase II recovery it was a 1.
No complications occurred; she walked out with her husband.

Attestation: I was present for the entire procedure and agree with the note as written. - Attending physician
""", procs=[proc("transforaminal_epidural", approach="transforaminal", target="nerve_root", region="lumbar",
                 laterality="left", levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                 sedation="none")],
        drugs=[given("lidocaine", 10), given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 2.5)],
        pain=(6, 1), need=ESI_NEED, dos="2025-06-05", pos="24", codes=[line("64483", "LT")], findings=[])

    add("fcc-h-tfesi-02", "ir_report", """
INTERVENTIONAL RADIOLOGY - BILATERAL L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION (REPEAT)

CLINICAL HISTORY: 77-year-old woman with two years of aching and heaviness down the front of both thighs into the
shins whenever she walks more than a few minutes; the right knee jerk is reduced and light touch is dulled over both
medial shins (L4). A six-week course of physical therapy last year did nothing for the legs. Duloxetine took the edge
off only partly and she still has the leg pain most days. She can no longer walk her dog past the mailbox and uses the
motorized cart in the grocery store. The same bilateral L4-5 injection in March brought her from 8/10 to about 3/10,
roughly 60 percent better, and that relief held until mid-July, a little over four months; the leg pain has since
returned to its old level.
IMAGING REVIEWED: CT myelogram of 2025-01-14 (pacemaker, no MRI): severe bilateral L4-5 foraminal stenosis and
moderate central canal stenosis at L4-5.
DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).

CONSENT: written consent obtained after discussion of risks, benefits and alternatives.
TIME-OUT: performed with the technologist and nurse; patient, procedure, bilateral sides and L4-5 level confirmed.
SEDATION: none.
TECHNIQUE: Prone. Fluoroscopic guidance. After 1% lidocaine 2 mL to the skin, a 22-gauge needle was placed into the
right L4-5 foramen and another into the left L4-5 foramen by the subpedicular route. Omnipaque 180, 1 mL on each
side, produced perineural and epidural flow without vascular filling. Celestone Soluspan 0.5 mL (3 mg
betamethasone) was injected on each side, 6 mg total. Frontal and lateral images were archived.
PAIN SCORES: pre-procedure 7/10; 15 minutes after, 2/10.
COMPLICATIONS: none.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", target="nerve_root", region="lumbar",
                 laterality="bilateral", levels=["L4-L5"], imaging="fluoroscopy", contrast=True,
                 intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(7, 2), need=ESI_NEED, dos="2025-09-23", pos="22", payer="medicare_cgs",
        codes=[line("64483", "50")], findings=[],
        comment="Repeat with a documented response (about 60% for a little over four months): no prior_procedure_response.")

    add("fcc-ilesi-01", "pmr_headers", """
Cervical Interlaminar Epidural Steroid Injection, C7-T1

Indication
For about four months a sharp pain has run from the right side of her neck over the shoulder blade and down the back
of the arm into the middle finger. The right triceps jerk is diminished and Spurling's maneuver on the right brings
the arm pain back. Six weeks of physical therapy with cervical traction ended in March; the arm pain was unchanged
at discharge. A five-day prednisone taper helped for three days and then the pain was back. She is a dental
hygienist and has had to stop working because she cannot hold her arm up over a patient; she also cannot dry her
hair or sleep on her right side.
Imaging: cervical MRI on 2026-02-19 shows a right C6-7 foraminal disc osteophyte complex narrowing the right C7
foramen, and a small central protrusion at C6-7.
Diagnosis: Cervical radiculopathy (M54.12).

Consent and safety
She heard the risks (infection, bleeding, dural puncture, nerve or spinal cord injury) and signed. The nurse led our
pause: patient, C7-T1 interlaminar epidural, site marked, allergies none - all confirmed aloud.

Procedure
Prone, chin tucked. No sedation. With fluoroscopy, the C7-T1 interspace was identified and 2 mL of 1% lidocaine
infiltrated. A 20-gauge Tuohy needle entered the epidural space by loss of resistance to saline on a contralateral
oblique view. Omnipaque 240, 2 mL, spread in the posterior epidural space without vascular or intrathecal pattern.
1.5 mL of Kenalog-40 (60 mg triamcinolone) with 2 mL of preservative-free saline was injected. AP and contralateral
oblique images were stored.

Results
Before: 7/10. After, in recovery: 2/10. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 60)],
        pain=(7, 2), need=ESI_NEED, dos="2026-04-08", pos="11",
        codes=[line("62321"), line("J3301", units=6)], findings=[])

    add("fcc-h-ilesi-01", "anesthesia_prose", """
Lumbar interlaminar epidural steroid injection at L5-S1 under moderate sedation.

This 49-year-old man has had deep aching in the low back with pain that runs down the back of both legs to the heels
since a fall from a ladder in June, now about four months. Both ankle reflexes are reduced and he has patchy numbness
over both soles. He finished six weeks of physical therapy in August. It did not change the leg pain at all. Meloxicam
and then cyclobenzaprine were each tried for three weeks without benefit. He has been off work as a roofer since the
fall, cannot sit through a meal, and sleeps in a recliner. MRI of the lumbar spine on 2023-09-05 showed a broad
central disc extrusion at L5-S1 compressing both S1 roots. Diagnosis: lumbosacral radiculopathy (M54.17).

Why sedation: he had a syncopal vasovagal episode during a dental nerve block last year and, despite reassurance,
was shaking and unable to lie prone without anxiolysis today; a small dose of midazolam was judged necessary to
perform the injection safely.

Consent for the injection and for moderate sedation was signed after we discussed the risks. A time-out with the
nurse confirmed the patient, the procedure and the L5-S1 level. I administered midazolam 2 mg IV at 10:14; a
registered nurse with no other duties monitored him throughout as the independent observer. Prone, the skin was
numbed with 3 mL of 1% lidocaine. With fluoroscopy, an 18-gauge Tuohy needle entered the L5-S1 epidural space in the
midline by loss of resistance. Isovue-M 300, 2 mL, showed an epidural spread with no vascular runoff. Depo-Medrol
80 mg (1 mL of 80 mg/mL) was injected with 3 mL of preservative-free saline. AP and lateral views were saved. The
needle was withdrawn; sedation ended at 10:29, 15 minutes of intraservice time.

Pain went from 8/10 in the holding area to 3/10 once he was sitting up in recovery. There were no complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("lidocaine", 30), given("iopamidol", 2, "ml"),
               given("methylprednisolone_acetate", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2023-10-12", pos="11",
        codes=[line("62323"), line("99152"), line("J1040")], findings=[],
        comment="Moderate sedation by the proceduralist with an independent observer, 15 min: 99152 only; "
                "methylprednisolone 80 mg before 2024-04-01: J1040 x1.")

    add("fcc-caudal-01", "ir_report", """
CAUDAL EPIDURAL STEROID INJECTION

HISTORY: 71-year-old man, L4-S1 fusion in 2019, with burning pain in both buttocks and down the back of both legs to
the calves for the last eight months; straight-leg raising is positive on both sides at 50 degrees. He went through
ten weeks of aquatic and land therapy through the summer. None of it lessened the leg pain. Gabapentin 300 mg three
times a day left him dizzy, and he stopped it after a month. He now walks with a cane, can stand at the workbench in his
garage for only ten minutes, and needs his wife's help putting on socks.
IMAGING: MRI with and without contrast, 2024-10-02: solid fusion L4-S1; epidural fibrosis surrounding both S1 roots
and moderate foraminal stenosis at L3-4 above the fusion.
DIAGNOSIS: Post-laminectomy syndrome (M96.1) with bilateral radicular leg pain.

Consent was signed after a discussion of risks. Just before the needle, the team stopped for a final check of
patient, caudal epidural approach and positioning. No sedation.
TECHNIQUE: Prone. Under fluoroscopic guidance the sacral hiatus was localized and 2 mL of 1% lidocaine given. A
20-gauge Tuohy needle was passed through the sacrococcygeal ligament into the caudal epidural canal. 3 mL of
Omnipaque 240 filled the sacral canal and ascended along both S1 sleeves with no vascular pattern. Injectate:
Celestone 1 mL (6 mg betamethasone), 4 mL of 0.25% bupivacaine and 5 mL of preservative-free saline. AP and lateral
images were archived.
PAIN: 7/10 beforehand, 3/10 at discharge. No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 3, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("bupivacaine", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2024-11-19", pos="22", codes=[line("62323")], findings=[])

    add("fcc-h-ilesi-02", "fellow_dictation", """
Thoracic interlaminar epidural steroid injection, T10-T11

She is a 66-year-old woman with a band of sharp, burning pain that wraps from the left lower back around the left
lower ribs to just under the breast, present since a coughing illness in February, about five months ago. Light touch
is exquisitely painful along the left T10 dermatome. She was in physical therapy for six weeks in the spring; the rib
pain never let up. Lidocaine patches and then pregabalin were tried, and the pregabalin caused ankle swelling that
forced her to stop. MRI of the thoracic spine on 2026-06-11 shows a left paracentral disc protrusion at T10-11
contacting the left T10 root.
Diagnosis: Thoracic radiculopathy (M54.14).

The procedure, its risks and the alternatives were explained and written consent was obtained. A time-out confirmed
the patient, the thoracic T10-T11 interlaminar epidural and the marked site. No sedation was given.
Prone on the fluoroscopy table; 2 mL of 1% lidocaine to the skin. Using fluoroscopy and a paramedian oblique
trajectory, a 20-gauge Tuohy needle reached the T10-T11 epidural space by loss of resistance to saline. 2 mL of
Omnipaque 240 spread over T9 to T11 with no vascular pattern. Dexamethasone 10 mg (1 mL of 10 mg/mL) in 2 mL of
preservative-free saline was injected. We saved AP and lateral images.
Her pain was 7/10 before we began and 2/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2026-07-30", pos="24",
        codes=[line("62321")], findings=["functional_impairment"],
        comment="Gap by design: no effect on daily life or function is written anywhere.")

    add("fcc-tfesi-02", "pmr_headers", """
Procedure: Left S1 Transforaminal Epidural Steroid Injection

Indication
Pain from the left buttock down the back of the leg to the heel and sole for about three months, with numbness of the
lateral foot, a reduced left ankle jerk and a positive left straight-leg raise at 45 degrees. Treatment so far: a
two-month course of physical therapy, home stretching and daily meloxicam. She cannot walk the length of her street,
has stopped driving for more than twenty minutes and is up three times a night with the leg.
MRI lumbar spine, 2024-01-16: left subarticular disc protrusion at L5-S1 displacing the left S1 root.
Diagnosis: S1 radiculopathy, left (M54.17).

Consent: risks, benefits and options reviewed; she signed.
Universal protocol: time-out held, patient, left side and S1 foramen confirmed.
Sedation: none.

Technique
Prone, fluoroscopy. 1 mL of 1% lidocaine to the skin. A 22-gauge spinal needle was advanced through the left S1
posterior foramen under AP and ipsilateral oblique views. Omnipaque 240, 1 mL, outlined the left S1 root with
epidural spread and no vascular uptake. Depo-Medrol 40 mg (1 mL of 40 mg/mL) with 1 mL of preservative-free saline
was injected. AP and lateral images saved.

Outcome
Pre 6/10, post 2/10. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", target="nerve_root", region="sacral",
                 laterality="left", levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                 sedation="none")],
        drugs=[given("lidocaine", 10), given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"), dos="2024-02-20", pos="11",
        codes=[line("64483", "LT"), line("J1030")], findings=["conservative_care"],
        comment="Gap by design: care is listed with no outcome (corpora/README conservative care). S1 foramen: "
                "64483 (lumbar/sacral code). Methylprednisolone 40 mg before 2024-04-01: J1030.")


# ------------------------------------------------------------------------------------------ SI and facet
def _si_facet(add, proc, line, given):
    add("fcc-sij-01", "pmr_headers", """
Right Sacroiliac Joint Injection - Diagnostic

Indication
Pain centered over the right posterior superior iliac spine, below L5, spreading into the right buttock and groin,
for seven months since she lifted her grandson out of a car seat. Three of the provocation maneuvers (thigh thrust,
compression, FABER) reproduce it on the right. Eight weeks of pelvic stabilization therapy ended in April; the
buttock pain was the same afterward. Ibuprofen 600 mg three times a day for six weeks gave her heartburn and no
relief. She can no longer get in and out of her car without bracing on the door, and she has stopped her morning
walks. Lumbar MRI (2026-03-02) shows no disc herniation or stenosis; pelvic radiographs show right SI joint sclerosis.
Diagnosis: Sacroiliitis, right (M46.1).
This is a diagnostic injection with local anesthetic only, to decide whether the right SI joint is the pain source.

Consent and time-out
She signed after we went over the risks. The team time-out confirmed the patient, the right SI joint and the
diagnostic plan. No sedation.

Procedure
Prone, fluoroscopy. 1 mL of 1% lidocaine to the skin. A 22-gauge spinal needle was guided into the inferior third of
the right SI joint. 0.5 mL of Isovue-M 200 produced an arthrogram outlining the joint with no vascular spread.
2 mL of 0.5% bupivacaine was injected. AP and contralateral oblique images were kept.

Response
Before the injection she rated the buttock pain 7 of 10 while standing from the chair; after 30 minutes of walking in
the hallway and the same sit-to-stand test, 1 of 10 - a drop of roughly 85 percent.
No complications.
""", procs=[proc("si_joint_injection", target="si_joint", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 10), given("iopamidol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-05-12", pos="11", codes=[line("27096", "RT")], findings=[])

    add("fcc-h-sij-01", "anesthesia_prose", """
Bilateral sacroiliac joint injections, therapeutic.

She is a 62-year-old woman with pain across both buttocks below the belt line for about a year and a half, worse
getting up from a chair and rolling in bed. Two rounds of physical therapy last year, twelve weeks in all, did not
change it, and naproxen gave only partial relief. She cannot sit through a church service and has given up her
gardening. Diagnostic bilateral SI joint blocks with bupivacaine on 2024-06-18 relieved 90 percent of the left and
85 percent of the right-sided pain for the duration of the anesthetic. Her first therapeutic bilateral injection in
October gave about 70 percent relief that lasted four months, into February, before the pain crept back.
Diagnosis: bilateral sacroiliitis (M46.1). This is a therapeutic injection.

The consent form was signed after we reviewed the risks once more. A time-out with the nursing staff confirmed
patient, procedure and both sides. No sedation; she chose local only.
Prone. Under fluoroscopy, after 1 mL of 1% lidocaine at each entry point, a 22-gauge needle was placed into the
lower pole of the left SI joint and then of the right. Omnipaque 240, 1 mL on each side, confirmed intra-articular
spread. Each joint received 40 mg of methylprednisolone acetate (80 mg total) with 1 mL of 0.5% bupivacaine. A spot
image of the final needle positions was kept for the record.

Pain: 6/10 before; 1/10 on leaving the room, about 80 percent relief. No complications.
""", procs=[proc("si_joint_injection", target="si_joint", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80),
               given("bupivacaine", 10)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-03-04", pos="24", codes=[line("27096", "50")], findings=["saved_images"],
        comment="Gap by design: one spot image, no second view (si.saved_images, min_views 2). Repeat therapeutic "
                "with 70% for four months and positive diagnostic blocks (90/85%): no other finding.")

    add("fcc-sinb-01", "fellow_dictation", """
LEFT SACROILIAC JOINT LATERAL BRANCH NERVE BLOCKS (L5 DORSAL RAMUS, S1-S3 LATERAL BRANCHES)

Reason: left-sided pain below the belt over the sacroiliac joint for two years; an intra-articular left SI injection
in April gave 80 percent relief for a day. These blocks test whether the nerves to the joint carry the pain before we
offer radiofrequency ablation. She can stand at the stove for only ten minutes and has stopped her weekly bowling.
Diagnosis: Sacroiliac joint pain, left (M53.3).

She signed consent after the risks were reviewed. Time-out done: patient, left side, lateral branch blocks. No sedation.
Prone, fluoroscopic guidance. A 25-gauge needle was placed at the junction of the left S1 superior articular process and
sacral ala for the L5 dorsal ramus, then at the lateral edges of the left S1, S2 and S3 posterior sacral foramina.
At each of the four sites 0.5 mL of 0.5% bupivacaine was injected, 2 mL (10 mg) altogether. No contrast was used.
Pain was 6/10 as she climbed onto the table; 30 minutes later, bending and rising from a chair, 1/10.
No complications; she will keep a pain diary for the next eight hours.
""", procs=[proc("si_joint_nerve_block", target="lateral_branches", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=False, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "functional_impairment"),
        dos="2026-09-09", pos="22", codes=[line("64451", "LT")], findings=[])

    add("fcc-h-sirfa-01", "ir_report", """
RIGHT SACROILIAC JOINT RADIOFREQUENCY ABLATION (COOLED)

HISTORY: Right low buttock pain over the SI joint for three years, failing therapy, NSAIDs and two intra-articular
injections that gave only weeks of relief. Right L5 dorsal ramus and S1-S3 lateral branch blocks on two occasions gave
80 and 85 percent relief. She cannot walk a full grocery aisle or sit through a movie.
DIAGNOSIS: Sacroiliac joint pain, right (M53.3).
CONSENT: signed after the risks, including numbness and neuritis, were discussed.
TIME-OUT: patient, right side and planned lesions confirmed with the team.
SEDATION: none; local anesthetic only.
TECHNIQUE: Prone, fluoroscopic guidance. 1% lidocaine 1 mL at each of four entry points (40 mg). Introducers were
placed at the right L5 dorsal ramus and lateral to the right S1, S2 and S3 foramina. Sensory stimulation at 50 Hz
reproduced her buttock pain; motor testing at 2 Hz showed no leg movement. Cooled radiofrequency lesions were made
with water-cooled probes at a 60 degree C tip setting for 150 seconds at each position.
PAIN: 7/10 on arrival, 3/10 at discharge.
COMPLICATIONS: none.
""", procs=[proc("si_joint_rfa", target="lateral_branches", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=None, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-12-02", pos="24", codes=[line("64625", "RT")], findings=[])

    add("fcc-rfa-01", "pmr_headers", """
Bilateral L4-L5 and L5-S1 Lumbar Facet Radiofrequency Ablation

Indication
Axial low back pain, worse with standing and twisting and without leg symptoms, for two years. Physical therapy twice,
eight weeks each, did not change it; meloxicam and a TENS unit gave partial relief only. He has stopped golfing, can
stand at the sink for only ten minutes, and cannot lift his grandchildren. Comparative medial branch blocks of the
bilateral L3 and L4 medial branches and L5 dorsal rami: lidocaine on 2025-03-11 gave 90 percent relief for two hours,
bupivacaine on 2025-04-01 gave 85 percent relief for six hours.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Consent, time-out, sedation
Consent signed after the risks (neuritis, numbness, infection) were reviewed. Time-out confirmed patient, both sides
and the L4-L5 and L5-S1 joints. No sedation.

Procedure
Prone, fluoroscopy. At each of the six target sites 0.5 mL of 2% lidocaine was given (3 mL, 60 mg). 18-gauge RF
cannulas were placed parallel to the bilateral L3 and L4 medial branches and L5 dorsal rami. Sensory stimulation
reproduced his back pain; motor stimulation at 2 Hz gave multifidus twitch only. Thermal lesions at 85 degrees C for
90 seconds at each site.

Result
Pain 7/10 before, 4/10 after. No complications.
""", procs=[proc("facet_rfa", target="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-05-20", pos="24", codes=[line("64635", "50"), line("64636", "50")], findings=[])

    add("fcc-h-rfa-01", "anesthesia_prose", """
Right C4-5 and C5-6 cervical facet radiofrequency neurotomy, repeat.

He is a 69-year-old man with right-sided neck pain for six years that stiffens his neck and spreads to the right
shoulder top, never into the arm. Years of physical therapy and a home traction device, NSAIDs and a muscle
relaxant did not hold it. Before his first ablation, comparative blocks of the right C4, C5 and C6 medial branches
gave 90 percent and 80 percent relief. That first ablation of the right C4-5 and C5-6 joints, fourteen months ago,
gave about 70 percent relief that held for nine months. The pain has now returned: he cannot check his blind spot
when driving and has stopped reading in bed.
Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812).

Written consent was signed after discussing risks including neuritis and skin numbness. No sedation was used.
Prone with the neck flexed. Fluoroscopic guidance. 0.5 mL of 2% lidocaine at each of three entry points (30 mg).
RF cannulas were placed along the right C4, C5 and C6 medial branches on lateral and AP views. Sensory stimulation
reproduced his neck pain; motor testing showed no arm activation. Thermal lesions at 85 degrees C for 90 seconds
were made at each nerve.

Pain 6/10 before and 3/10 after. No complications.
""", procs=[proc("facet_rfa", target="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-01-27", pos="11", codes=[line("64633", "RT"), line("64634", "RT")], findings=["time_out"],
        comment="Gap by design: no time-out. Repeat RFA with 70% for nine months (>= 6 months); previous session 14 "
                "months ago, so one session in the last 12 months. Joints C4-C5, C5-C6 from the C4, C5, C6 branches.")


# ------------------------------------------------------------------------------------------ other families
def _other(add, proc, line, given):
    add("fcc-gnb-01", "fellow_dictation", """
Left genicular nerve block (superomedial, superolateral and inferomedial genicular nerves), fluoroscopic guidance

Left knee pain for four years from osteoarthritis; she is not a surgical candidate because of heart disease.
Physical therapy, a brace, diclofenac gel and two steroid injections into the joint each helped a few weeks at most.
She cannot take the stairs to her bedroom and now sleeps on the ground floor. Knee radiographs on 2026-04-30 show
bone-on-bone medial joint space loss. We are testing the genicular nerves before radiofrequency ablation.
Diagnosis: Primary osteoarthritis, left knee (M17.12).

Consent was signed after discussion of the risks. Before starting, the team paused and agreed on patient, left knee
and the three target nerves. No sedation.
Supine with a bolster under the left knee. Under fluoroscopy a 22-gauge spinal needle was placed at the junction of
the shaft and the epicondyle for the superomedial, superolateral and inferomedial genicular nerves. 2 mL of 0.5%
bupivacaine went to each site (6 mL, 30 mg), and 40 mg of triamcinolone was divided among the three.
Knee pain 8/10 walking into the room, 2/10 walking the hallway 20 minutes later.
""", procs=[proc("genicular_nerve_block", target="genicular_nerves", region="knee", laterality="left",
                 imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 30), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-06-16", pos="11", complications=None,
        codes=[line("64454", "LT"), line("J3301", units=4)], findings=["complications"],
        comment="Gap by design: complications not stated.")

    add("fcc-h-grfa-01", "ir_report", """
RIGHT GENICULAR NERVE RADIOFREQUENCY ABLATION

HISTORY: Right knee osteoarthritis pain for five years; he declined knee replacement. Seven weeks ago a right
genicular nerve block with bupivacaine gave 80 percent relief for ten hours. He cannot walk to the end of his
driveway for the mail.
DIAGNOSIS: Primary osteoarthritis, right knee (M17.11).
CONSENT: signed. TIME-OUT: patient, right knee, superomedial, superolateral and inferomedial genicular nerves.
SEDATION: none.
TECHNIQUE: Supine, fluoroscopic guidance. 1% lidocaine 2 mL at each of three sites (60 mg). 18-gauge RF cannulas were
placed at the three genicular nerve targets on AP and lateral views. Sensory stimulation reproduced knee pain; motor
testing showed no distal movement. Conventional thermal lesions at 90 degrees C for 150 seconds were made at each.
PAIN: 7/10 before and 3/10 after.
COMPLICATIONS: none.
""", procs=[proc("genicular_rfa", target="genicular_nerves", region="knee", laterality="right",
                 imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "functional_impairment"),
        dos="2024-08-13", pos="24", codes=[line("64624", "RT")], findings=[])

    add("fcc-h-stellate-01", "anesthesia_prose", """
Left stellate ganglion block under ultrasound guidance.

She is a 44-year-old woman with burning pain, swelling and color change of the left hand and forearm since a wrist
fracture in the spring, about eight months ago; the hand is cool and mottled and she cannot bear the sleeve of a
shirt over it. Hand therapy for ten weeks and gabapentin did not quiet it. She can no longer type at work or button
her coat. Diagnosis: complex regional pain syndrome type I, left upper limb (G90.512).

She signed the consent form after we went over the risks, including hoarseness and a drooping eyelid. A time-out
confirmed patient, left side and the stellate ganglion target. No sedation.
Supine, head turned slightly to the right. With a linear ultrasound probe the left C6 transverse process, the
longus colli and the carotid artery were seen. A 25-gauge needle was advanced in plane under direct view to the
fascia over the longus colli. After negative aspiration, 5 mL of 0.5% ropivacaine was injected in divided doses with
the spread watched on ultrasound. An image of the needle tip and the spread was saved to the record.
Within fifteen minutes she had a left Horner's sign and the left hand had warmed by 2.4 degrees C.
Her hand pain dropped from 8/10 before the block to 3/10 afterward. No complications.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                 imaging="ultrasound", contrast=None, intent="therapeutic", sedation="none")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-10-28", pos="22", codes=[line("64510"), line("76942", "26")], findings=[])

    add("fcc-h-lsb-01", "pmr_headers", """
Right Lumbar Sympathetic Block, L3

Indication
Complex regional pain syndrome of the right foot and ankle after a bunion operation thirteen months ago: burning pain,
allodynia to a bedsheet, a purple cool foot and brittle nails. Twelve weeks of desensitization therapy and a
medication trial of gabapentin then nortriptyline failed to settle it. He cannot wear a shoe on the right and uses
crutches outside the house.
Diagnosis: Complex regional pain syndrome type I of the right lower limb (G90.521).

Consent and time-out
Signed consent after the risks were reviewed. Time-out held: patient, right side, L3 lumbar sympathetic chain.
No sedation.

Procedure
Prone, fluoroscopic guidance. After 2 mL of 1% lidocaine, a 22-gauge 5-inch needle was advanced to the anterolateral
margin of the L3 vertebral body on the right. Omnipaque 180, 3 mL, spread longitudinally along the psoas margin
without vascular or psoas uptake. 15 mL of 0.25% bupivacaine was injected in 5 mL aliquots.

Result
Foot temperature rose by 3 degrees C. Foot pain 9/10 before, 3/10 after. No complications.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                 levels=["L3"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 3, "ml"), given("bupivacaine", 37.5)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-03-03", pos="11", codes=[line("64520"), line("77002"), line("Q9965", units=3)], findings=[],
        comment="Office sympathetic block: 64520 includes no imaging, so 77002 and contrast (Omnipaque 180, Q9965 per mL).")

    add("fcc-impar-01", "fellow_dictation", """
Ganglion impar block, fluoroscopic guidance

Tailbone pain for ten months since she fell on an icy step, worse sitting and rising; tender at the coccyx tip.
A cushion, six weeks of pelvic floor therapy and naproxen have not helped. She stands to eat and cannot drive more
than fifteen minutes. Coccyx films on 2026-08-20 show an anteriorly angulated but healed coccyx.
Diagnosis: Coccydynia (M53.3).

Consent signed after the risks were explained. Time-out done: patient, ganglion impar block, midline.
No sedation.
Prone. Under lateral fluoroscopy, after 1 mL of 1% lidocaine, a 22-gauge needle was passed through the
sacrococcygeal junction to just anterior to it. 1 mL of Omnipaque 240 showed the typical retroperitoneal comma-shaped
spread. We injected 4 mL of 0.25% bupivacaine with 40 mg of triamcinolone.
Sitting pain 7/10 before, 1/10 after. No complications.
""", procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 10), given("iohexol", 1, "ml"), given("bupivacaine", 10),
               given("triamcinolone_acetonide", 40)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-10-06", pos="11",
        codes=[line("64999"), line("77002"), line("J3301", units=4), line("Q9966")], findings=[],
        comment="Ganglion impar: 64999 with separate 77002; office contrast Omnipaque 240 1 mL: Q9966 x1.")

    add("fcc-onb-01", "np_cosigned", """
Bilateral greater occipital nerve blocks - office
NP note, cosigned by the supervising physician.

Shooting, electric pains from the base of the skull over the top of the head on both sides for eight months, with
tenderness over both greater occipital nerves. Amitriptyline and a course of physical therapy for the neck have not
stopped the attacks. She misses two or three workdays a month and cannot lie back on a pillow.
Diagnosis: Occipital neuralgia, bilateral (M54.81).

Consent signed after the risks were reviewed. Time-out: patient, both greater occipital nerves. No imaging was used;
landmark technique. No sedation.
Seated, head flexed. With the occipital artery palpated on each side, a 25-gauge needle was placed just medial to it
at the superior nuchal line. On each side 2 mL of 0.5% bupivacaine with 10 mg of triamcinolone was injected (20 mg of
bupivacaine and 20 mg of triamcinolone in total).
Her headache was 7/10 when she sat down; within a few minutes both sides of her scalp were numb. No complications.

Cosign: I have reviewed the note and agree. - Supervising physician
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="cervical", laterality="bilateral",
                 imaging="none", intent="therapeutic", sedation="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(7, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-08-25", pos="11", codes=[line("64405", "50"), line("J3301", units=2)],
        findings=["post_procedure_pain_score"],
        comment="Gap by design: no pain score after the block (numbness is not a score).")

    add("fcc-h-onb-01", "anesthesia_prose", """
Right greater occipital nerve block with ultrasound guidance.

For nine months he has had stabbing pain that starts at the right side of the base of his skull and shoots over the
right scalp to the eye, with tenderness over the right greater occipital nerve. Gabapentin and topiramate each failed.
He cannot turn his head to reverse the car and has cut back to half-days at work. Diagnosis: occipital neuralgia,
right (M54.81).

Consent for the block was signed. A time-out confirmed the patient, right side and target nerve. No sedation.
Prone. A linear probe at the level of C2 showed the right greater occipital nerve between the obliquus capitis
inferior and semispinalis capitis. A 25-gauge needle was advanced in plane; 3 mL of 0.5% ropivacaine with 4 mg of
dexamethasone was injected around the nerve under direct view. A picture of the needle and spread was saved.
His pain went from 8/10 to 2/10 fifteen minutes later. No complications.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="cervical", laterality="right",
                 imaging="ultrasound", intent="therapeutic", sedation="none")],
        drugs=[given("ropivacaine", 15), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2024-05-07", pos="22", codes=[line("64405", "RT"), line("76942", "26")], findings=[])

    add("fcc-pnb-01", "pmr_headers", """
Right Suprascapular Nerve Block, Ultrasound Guided

Indication
Right shoulder pain for two years from glenohumeral arthritis; therapy, meloxicam and an intra-articular injection last
spring gave only short relief. He cannot lift a gallon of milk to the shelf or sleep on the right. Shoulder
radiographs (2025-01-06) show joint space loss and an inferior humeral osteophyte.
Diagnosis: Primary osteoarthritis, right shoulder (M19.011).

Consent and time-out
Consent signed. Time-out: patient, right side, suprascapular nerve. No sedation.

Procedure
Seated. A linear ultrasound probe over the right suprascapular fossa showed the nerve and artery under the
transverse scapular ligament. A 22-gauge needle was advanced in plane. 8 mL of 0.5% bupivacaine with 40 mg of
triamcinolone was injected around the nerve. An ultrasound image of the needle at the target was saved to the chart.

Result
Pain with overhead reach 7/10 before, 2/10 after. No complications.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound", intent="therapeutic", sedation="none")],
        drugs=[given("bupivacaine", 40), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2025-02-11", pos="11", codes=[line("64418", "RT"), line("76942"), line("J3301", units=4)], findings=[])

    add("fcc-hip-01", "ir_report", """
LEFT HIP INTRA-ARTICULAR INJECTION, FLUOROSCOPIC GUIDANCE

HISTORY: Left groin and anterior thigh pain for three years, worse with walking; physical therapy and naproxen no
longer help. She cannot put on her left shoe or walk one block. Pelvic radiographs on 2026-10-01 show marked superior
left hip joint space narrowing with osteophytes.
DIAGNOSIS: Primary osteoarthritis, left hip (M16.12).
CONSENT: signed after discussion. TIME-OUT: patient, left hip, procedure confirmed. SEDATION: none.
TECHNIQUE: Supine. Under fluoroscopic guidance, after 2 mL of 1% lidocaine, a 22-gauge spinal needle was advanced to
the left femoral head-neck junction. Omnipaque 240, 2 mL, outlined the joint capsule. 40 mg of triamcinolone with
4 mL of 0.5% ropivacaine was injected.
PAIN: 8/10 before, 2/10 after, on walking.
COMPLICATIONS: none.
""", procs=[proc("joint_injection", target="hip", region="hip", laterality="left", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40),
               given("ropivacaine", 20)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-11-10", pos="11",
        codes=[line("20610", "LT"), line("77002"), line("J3301", units=4), line("Q9966", units=2)], findings=[],
        comment="20610 includes no imaging: 77002 and office contrast (Omnipaque 240, 2 mL: Q9966 x2).")

    add("fcc-h-knee-01", "np_cosigned", """
Right knee injection, ultrasound guided (surgery center)
Nurse practitioner note; the attending physician was present and cosigns.

She has had right knee pain for six years from osteoarthritis, now limiting her to short walks in the house; a
cane, physical therapy and acetaminophen no longer hold it. Standing films in May showed medial joint space loss.
Diagnosis: Primary osteoarthritis, right knee (M17.11).

Consent signed after discussion of risks. Time-out: patient, right knee, injection confirmed. No sedation.
Supine, knee slightly flexed. With a linear probe in the suprapatellar recess, a 22-gauge needle was advanced in plane
into the joint and 40 mg of methylprednisolone acetate with 4 mL of 1% lidocaine was injected; flow into the recess
was seen. An image documenting the intra-articular needle was saved.
Pain 7/10 before the injection, 2/10 after she walked the hallway. No complications.

Cosign: agree with the above; I was present for the procedure. - Attending physician
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                 intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2025-07-15", pos="24", codes=[line("20611", "RT")], findings=[])

    add("fcc-shoulder-01", "fellow_dictation", """
Left glenohumeral joint injection, landmark technique

Left shoulder pain for two years from glenohumeral arthritis, worse reaching and at night. Physical therapy for eight
weeks and ibuprofen gave little relief. He cannot reach the top cupboard or put on a coat without help.
Diagnosis: Primary osteoarthritis, left shoulder (M19.012).

Consent was signed after discussion. Time-out with the medical assistant: patient, left shoulder. No imaging, no
sedation.
Seated. By the posterior approach, 1 cm below and medial to the posterolateral corner of the acromion, a 22-gauge
needle was directed toward the coracoid into the joint. 40 mg of Depo-Medrol with 3 mL of 1% lidocaine was injected
without resistance.
Pain on abduction 6/10 before, 2/10 after. No complications.
""", procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="left", imaging="none",
                 intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2023-09-14", pos="11", codes=[line("20610", "LT"), line("J1030")], findings=[],
        comment="Methylprednisolone 40 mg before 2024-04-01: J1030.")

    add("fcc-tpi-01", "pmr_headers", """
Trigger Point Injections, Right Upper Back (3 muscles)

Indication
Right upper back and neck pain for six months; examination finds taut bands with local twitch responses and pain
referred toward the shoulder blade in the right upper trapezius, right levator scapulae and right rhomboid major.
Stretching with a therapist and ibuprofen have not eased it. She can no longer carry her bag on the right.
Diagnosis: Myofascial pain syndrome, right upper back (M79.18).

Consent and time-out
Consent signed; time-out confirmed patient, right side and muscles. No sedation.

Procedure
Each trigger point was isolated between two fingers and a 25-gauge needle introduced with a twitch response.
1 mL of 1% lidocaine was injected into each of the three muscles (3 mL, 30 mg).

Result
Pain 7/10 before, 2/10 after - about 70 percent relief. No complications.
""", procs=[proc("trigger_point", target="muscle", region="thoracic", laterality="right", imaging="none",
                 intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-02-03", pos="11", codes=[line("20553")], findings=[])

    add("fcc-h-tpi-01", "anesthesia_prose", """
Trigger point injections, left gluteus medius and left quadratus lumborum.

Left low back and buttock pain for five months; on examination there are firm taut bands with a reproducible twitch
and referral into the buttock in the left gluteus medius and left quadratus lumborum. Home stretching and
cyclobenzaprine have not helped; she cannot sit through a meal.
Diagnosis: myofascial pain syndrome of the left low back and buttock (M79.18).

Consent was signed, and a time-out confirmed the patient, left side and the two muscles. No sedation.
Each band was pinned and a 25-gauge needle introduced until a twitch was felt; 2 mL of 0.25% bupivacaine was injected
into each muscle (4 mL, 10 mg).
Pain went from 6/10 to 2/10 - she reported about 60 percent relief. No complications.
""", procs=[proc("trigger_point", target="muscle", region="lumbar", laterality="left", imaging="none",
                 intent="therapeutic", sedation="none")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2024-12-10", pos="11", payer="medicare_fcso", codes=[line("20552")], findings=[])

    add("fcc-scs-01", "fellow_dictation", """
Spinal cord stimulator trial, two percutaneous leads

Burning pain in the left foot and leg for three years after an ankle fracture, with allodynia and color change;
physical therapy, gabapentin, duloxetine and three lumbar sympathetic blocks gave only days of relief. He has had to
stop working as a mail carrier and walks only inside the house. A psychological evaluation on 2026-03-05 found no
contraindication and cleared him for a trial.
Diagnosis: Complex regional pain syndrome type I, left lower limb (G90.522).

Consent signed after the risks of infection, lead migration and dural puncture were reviewed. Time-out: patient, trial
leads, thoracic epidural space. No sedation; he was kept awake to map paresthesias.
Prone, fluoroscopic guidance. After 10 mL of 1% lidocaine, two 14-gauge Tuohy needles entered the epidural space at
L1-L2 by loss of resistance. Two eight-contact percutaneous leads were steered to the top of T8 and the bottom of T9,
just left of midline. Stimulation covered the left foot and leg. The leads were anchored to the skin and the trial
device was connected.
Pain 8/10 before, 3/10 with stimulation on in recovery. No complications.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic",
                 imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-04-21", pos="22", codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fcc-h-va-01", "ir_report", """
L1 KYPHOPLASTY, BILATERAL TRANSPEDICULAR

HISTORY: 81-year-old woman with osteoporosis and sudden mid-low back pain after lifting a laundry basket six weeks
ago. A brace and tramadol for six weeks did not control the pain, and she is now confined to a chair and cannot walk
to the bathroom unaided.
IMAGING: MRI of 2024-12-30 shows an acute L1 compression fracture with marrow edema on STIR and 35 percent anterior
height loss.
DIAGNOSIS: Age-related osteoporosis with current pathological fracture, L1 vertebra (M80.08XA).
CONSENT: signed for kyphoplasty and moderate sedation.
TIME-OUT: patient, L1, bilateral transpedicular approach confirmed.
SEDATION: moderate sedation administered by me; midazolam 2 mg and fentanyl 100 mcg IV in divided doses; a registered
nurse monitored as the independent observer; start 08:40, end 09:16 (36 minutes).
TECHNIQUE: Prone, biplane fluoroscopy. 1% lidocaine 10 mL to skin and periosteum. Bilateral transpedicular trocars into
L1; balloons inflated to create a cavity on each side; 3.5 mL of PMMA cement into each side under lateral fluoroscopy,
no extravasation.
PAIN: 9/10 before, 3/10 after.
COMPLICATIONS: none.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar",
                 levels=["L1"], imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2025-01-14", pos="22",
        codes=[line("22514"), line("99152"), line("99153")], findings=[],
        comment="Moderate sedation by the proceduralist, 36 minutes with an observer: 99152 + 99153 x1.")

    add("fcc-h-pump-01", "np_cosigned", """
Intrathecal pump refill and reprogramming
NP note; the attending physician performed the refill and cosigns.

Chronic pain syndrome with an intrathecal morphine pump since 2021 for failed back surgery pain. Alarm date is in
one week. She reports good control but more evening pain over the last month.
Diagnosis: Chronic pain syndrome (G89.4).

Consent signed for the refill. Time-out: patient, pump, drug and concentration checked against the pharmacy label.
The pump was interrogated and its reservoir volume confirmed. Under sterile technique the physician accessed the
reservoir through the template, withdrew 3 mL of old drug and placed 20 mL of morphine 25 mg/mL (500 mg).
The pump was reprogrammed: the daily dose was raised by 5 percent with an evening bolus added; the new alarm date was
set. No complications.

Cosign: I refilled and reprogrammed the pump and agree with the note. - Attending physician
""", procs=[proc("pump_refill", target="intrathecal_pump", intent="therapeutic", sedation=None)],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",), dos="2025-04-29", pos="11", codes=[line("62370")], findings=[])
