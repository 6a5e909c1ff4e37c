"""Sealed batch dev_fresh_df: repeat, confirmatory and staged procedures (30 notes, `fdf-*`).

Every note was written by hand for this batch; `_structured` holds the fifteen notes in structured layouts
(capitalised headers, title-case headers, bullets, inline fields, odd spacing, a dictated paragraph, boilerplate
attestation), `_dictated` the fifteen dictated or shorthand notes (`fdf-h-*`). The gold beside each note was
labelled from its text by the rules of corpora/README.md and tools/goldkit.py, never by running Painpoint.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    """Queue the batch's thirty notes through the kit's `add`."""
    _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


FACET_NEED = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings")


def _structured(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdf-tfesi-01", "capitalised_headers", """
PROCEDURE: Repeat left L5-S1 transforaminal epidural steroid injection, fluoroscopic guidance.

DIAGNOSIS: Lumbosacral radiculopathy (M54.17).

HISTORY: 61-year-old woman with left buttock pain shooting down the lateral calf to the top of the foot, with
numbness over the dorsum of the left foot, for the past 9 months. Six weeks of supervised physical therapy and
a trial of gabapentin did not control the leg pain. She cannot stand at the stove long enough to cook a meal;
Oswestry 44%. MRI of the lumbar spine: left foraminal disc protrusion at L5-S1 narrowing the left L5-S1
foramen and contacting the exiting left L5 root.

RESPONSE TO PRIOR INJECTION: First left L5-S1 TFESI on 2025-09-17. Leg pain was 70% better afterwards and the
benefit lasted four months; she was back to walking her dog every day. The pain has since crept back to its
old level.

PRE-PROCEDURE PAIN: 7/10.

CONSENT: Risks, benefits and alternatives reviewed; written informed consent signed.

TIME-OUT: Performed; patient, procedure, site and side confirmed.

SEDATION: None.

TECHNIQUE: Prone. The left L5-S1 foramen was squared up under fluoroscopy and a 22-gauge spinal needle was
advanced to the superior-posterior aspect of the foramen. Omnipaque 240, 2 mL, outlined the left L5 root and
spread medially into the epidural space with no vascular uptake. Injected triamcinolone 40 mg (1 mL of
40 mg/mL) mixed with 1 mL of 1% lidocaine. AP and lateral images saved.

POST-PROCEDURE: Pain 2/10.

COMPLICATIONS: None.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 10), given("iohexol", 2, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-11", pos="11",
        codes=[line("64483", "LT"), line("J3301", units=4)], findings=[])

    add("fdf-tfesi-02", "bullets", """
Bilateral L4-L5 transforaminal epidural steroid injection (repeat)

- Diagnosis: lumbar disc herniation with radiculopathy (M51.16)
- Symptoms: aching in both buttocks radiating into both anterior shins, worse on the right, tingling in both
  great toes; started 7 months ago
- Straight-leg raise positive on both sides at 45 degrees
- Conservative treatment: 8 weeks of physical therapy and home exercises, meloxicam; leg pain unchanged
- Function: stopped volunteering at the food bank; cannot walk more than one block; ODI 48%
- MRI: broad-based L4-L5 disc bulge with bilateral foraminal narrowing, both L4 roots abutted
- Previous injection: bilateral L4-L5 TFESI on 2025-08-26. Leg pain about 60% better, but the effect wore
  off after six weeks
- Pre-procedure pain 8/10
- Consent: reviewed and signed
- Time-out: completed
- Sedation: none
- Fluoroscopy used; needles placed into the right and left L4-L5 foramina
- Contrast: Isovue-M 200, 1.5 mL each side, clean perineural and epidural spread, no intravascular flow
- Injectate: dexamethasone 5 mg per side
- Two views (AP and lateral) saved for each side
- Post-procedure pain 3/10
- Complications: none
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 3, "ml")],
        pain=(8, 3), need=ESI_NEED, dos="2025-11-04", pos="22",
        codes=[line("64483", "50")], findings=["prior_procedure_response"],
        comment="Repeat whose earlier response (about 60%) lasted six weeks, under the 3 months asked.")

    add("fdf-tfesi-03", "inline_fields", """
Procedure: right C5-C6 transforaminal epidural steroid injection (C6 root), third injection of the series.
Date: 2026-05-19. Place: office procedure suite.
Diagnosis: Cervical radiculopathy (M54.12).
History: Right neck pain with burning down the radial forearm into the thumb and index finger; weak right
wrist extension (4/5) and a reduced right brachioradialis reflex. Symptoms began 14 months ago.
Conservative care: cervical traction and physical therapy for 10 weeks, naproxen and a medrol dose pack; arm
pain persisted through all of it.
Function: cannot work overhead at her job; drops objects from the right hand. NDI 42%.
Imaging: MRI cervical spine shows right uncovertebral spurring with moderate right C5-C6 foraminal stenosis.
Prior response: the second right C5-C6 TFESI on 2026-01-06 relieved the arm pain by 60% and held for four
months; she resumed full shifts.
Pre-procedure pain: 6/10.
Consent: informed consent obtained in writing.
Time-out: done.
Sedation: none.
Guidance: fluoroscopy, oblique foraminal view.
Technique: 25-gauge needle to the posterior aspect of the right C5-C6 foramen. Omnipaque 240 1 mL under live
fluoroscopy showed perineural spread along the C6 root without vascular filling. Injected dexamethasone 10 mg
(1 mL of 10 mg/mL) with 1 mL preservative-free saline.
Images: AP and oblique images saved.
Complications: none.
Disposition: discharged home with a driver.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C5-C6"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iohexol", 1, "ml")],
        pain=(6, None), need=ESI_NEED, dos="2026-05-19", pos="11",
        codes=[line("64479", "RT"), line("J1100", units=10)], findings=["post_procedure_pain_score"])

    add("fdf-ilesi-01", "title_case_headers", """
Procedure Performed: Lumbar Interlaminar Epidural Steroid Injection at L5-S1, Repeat

Diagnosis: Lumbar Spinal Stenosis With Neurogenic Claudication (M48.062)

Indication: Aching in both buttocks and thighs with tingling into both calves after walking about one block,
relieved by sitting, for the past 2 years. Twelve weeks of physical therapy and daily NSAIDs gave no lasting
benefit. He has given up grocery shopping on his own; ODI 40%. MRI: severe central canal stenosis at L4-L5 and
moderate at L5-S1 from ligamentum flavum thickening and facet hypertrophy.

Prior Procedure: L5-S1 interlaminar epidural on 2023-07-20. He had 80% relief of the leg symptoms for five
months and could walk the length of the mall again.

Pre-Procedure Pain Score: 6/10

Consent: Obtained after discussion of risks and benefits.

Time-Out: Completed before the start.

Sedation: None.

Technique: Prone, fluoroscopic guidance. A 20-gauge Tuohy needle entered the L5-S1 interlaminar space in the
midline using loss of resistance to saline. Omnipaque 300, 2 mL, confirmed epidural spread on AP and lateral
views, both saved. Injected Depo-Medrol 80 mg (2 mL of 40 mg/mL) with 3 mL preservative-free saline.

Post-Procedure Pain Score: 1/10

Complications: None. Vitals stable.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("iohexol", 2, "ml")],
        pain=(6, 1), need=ESI_NEED, dos="2024-01-15", pos="11",
        codes=[line("62323"), line("J1040")], findings=[])

    add("fdf-ilesi-02", "dictated", """
Cervical interlaminar epidural steroid injection at C7-T1, repeat. This 58-year-old man returns with left arm
pain radiating into the middle finger with triceps weakness and a diminished left triceps reflex, diagnosis
cervical radiculopathy (M54.12), symptoms for a year and a half. He completed eight weeks of physical therapy and
tried gabapentin and meloxicam without meaningful change in the arm pain. He cannot sleep through the night and
has stopped lifting at work; NDI 36%. MRI shows a left paracentral C6-C7 disc extrusion contacting the left C7
root. His first C7-T1 epidural on 2025-02-11 gave him 50% relief of the arm pain for three months and he slept
through the night for the first time in a year. Pain today is 6/10 before the procedure. Informed consent was
signed and a time-out was held. No sedation was given. Under fluoroscopy a 20-gauge Tuohy needle was advanced
into the C7-T1 interlaminar space in the left paramedian position using loss of resistance. Omnipaque 240,
1.5 mL, showed epidural spread. We injected triamcinolone 40 mg diluted with 2 mL of preservative-free saline.
AP and lateral views were saved. After the injection his pain was 2/10. There were no complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("iohexol", 1.5, "ml")],
        pain=(6, 2), need=ESI_NEED, dos="2025-06-10", pos="24",
        codes=[line("62321")], findings=[],
        comment="Prior response exactly at the thresholds (50%, 3 months = 90 days) meets them.")

    add("fdf-caudal-01", "odd_spacing", """
PROCEDURE :   Caudal epidural steroid injection   (repeat)
DIAGNOSIS :   Post-laminectomy syndrome (M96.1) with bilateral radicular pain

HPI :  Status post L4-S1 fusion 2019.   Burning pain in both legs to the soles of the feet ,  numbness in both
   heels ,  for 3 years .   PT  x 10 weeks and duloxetine -  neither eased the leg pain .
   Cannot stand in the shower without sitting down ;   ODI 52% .
   MRI  :  epidural fibrosis around both S1 roots below the fusion , no new stenosis .
   Previous caudal ESI  in March -  it helped some .
PAIN BEFORE :   7/10
CONSENT :   signed
TIME OUT :   yes
SEDATION :   none
TECHNIQUE :   prone ,  fluoroscopy .   22-gauge needle through the sacral hiatus into the caudal canal .
   Omnipaque 300   3 mL -  epidural filling up to S1 ,  no intravascular pattern .
   Injected   triamcinolone 80 mg   ( 2 mL )   +   bupivacaine 0.25%   5 mL   +   saline 3 mL .
   AP and lateral images saved .
PAIN AFTER :   4/10
COMPLICATIONS :   none
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 12.5), given("iohexol", 3, "ml")],
        pain=(7, 4), need=ESI_NEED, dos="2026-07-08", pos="11",
        codes=[line("62323"), line("J3301", units=8)], findings=["prior_procedure_response"],
        comment="Repeat caudal whose earlier response is 'it helped some': no documented (quantified) response.")

    add("fdf-mbb-01", "bullets", """
Confirmatory lumbar medial branch block, bilateral (second diagnostic block)

* Diagnosis: lumbar spondylosis without radiculopathy (M47.816)
* Axial low back pain for two years, worse with extension and standing; no leg symptoms
* Failed 8 weeks of physical therapy and a core program; NSAIDs gave no lasting relief
* Cannot stand longer than 15 minutes; ODI 38%
* MRI: bilateral L4-L5 and L5-S1 facet arthropathy with small effusions
* First diagnostic block 2026-02-10 (lidocaine): 90% relief of the index pain for three hours
* Today's target: L3 and L4 medial branches and the L5 dorsal ramus on each side (L4-L5 and L5-S1 facet joints)
* Intent: diagnostic
* Pre-procedure pain 6/10
* Consent obtained; time-out done
* No sedation
* Fluoroscopic guidance; 22-gauge needles to the junction of the superior articular and transverse processes
  and to the sacral ala
* Bupivacaine 0.5%, 0.5 mL at each of the six nerves
* Post-procedure pain 1/10; pain diary given
* Complications: none
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(6, 1), need=FACET_NEED, dos="2026-03-03", pos="11",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fdf-mbb-02", "capitalised_headers", """
PROCEDURE: Right cervical medial branch blocks, C4, C5 and C6 (second diagnostic block).

DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

HISTORY: Right-sided neck pain into the upper trapezius for 3 years, worse turning the head to the right. No
arm symptoms. Physical therapy for 6 weeks and a TENS unit failed to help. She can no longer check her blind
spot when driving; NDI 30%. Cervical MRI: right C4-C5 and C5-C6 facet hypertrophy.

FIRST BLOCK: Right C4, C5 and C6 medial branch blocks on 2025-09-16 gave 60% relief lasting about four hours.

INTENT: Diagnostic.

PRE-PROCEDURE PAIN: 5/10.

CONSENT: Informed consent obtained.

TIME-OUT: Performed.

SEDATION: None.

TECHNIQUE: Prone, fluoroscopic guidance, lateral approach. 25-gauge needles placed at the waist of the right
C4, C5 and C6 articular pillars. Bupivacaine 0.5%, 0.5 mL at each medial branch.

POST-PROCEDURE PAIN: 1/10.

COMPLICATIONS: None.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 7.5)], pain=(5, 1), need=FACET_NEED, dos="2025-10-14", pos="11",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["diagnostic_block_relief"],
        comment="Confirmatory block after a first block with 60% relief (under the 80% asked). C4+C5 MB -> "
                "C4-C5, C5+C6 MB -> C5-C6.")

    add("fdf-rfa-01", "inline_fields", """
Procedure: Right lumbar radiofrequency ablation, L3 and L4 medial branches and L5 dorsal ramus (L4-L5 and L5-S1
facet joints).
Diagnosis: Lumbar facet arthropathy, lumbar spondylosis (M47.816).
Symptom duration: axial right low back pain for 4 years.
Conservative care: physical therapy for 12 weeks, chiropractic care and celecoxib failed.
Function: cannot garden or stand to cook; ODI 42%.
Imaging: MRI with right L4-L5 and L5-S1 facet degeneration.
Diagnostic block 1: 2026-02-03, right L3, L4 MB and L5 DR with lidocaine, 90% relief for six hours.
Diagnostic block 2: 2026-03-05, same nerves with bupivacaine, 85% relief for five hours.
Pre-procedure pain: 7/10.
Consent: signed. Time-out: performed.
Sedation: none; local only.
Guidance: fluoroscopy.
Technique: 18-gauge RF cannulae with 10 mm active tips placed parallel to each nerve; sensory stimulation at
50 Hz reproduced concordant back pain below 0.5 V; motor testing at 2 Hz showed no leg contraction. After
1% lidocaine 1 mL at each nerve, lesions were made at 80 degrees C for 90 seconds.
Post-procedure pain: 5/10.
Complications: none.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 30)], pain=(7, 5), need=FACET_NEED, dos="2026-04-22", pos="24",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[])

    add("fdf-rfa-02", "title_case_headers", """
Procedure: Repeat Left Cervical Radiofrequency Neurotomy, C5, C6 And C7 Medial Branches

Diagnosis: Cervical Spondylosis Without Myelopathy Or Radiculopathy (M47.812)

History: Left posterior neck and shoulder-blade pain for 6 years; no radicular features. Years of physical
therapy, home traction and NSAIDs no longer control it. She struggles to turn her head to reverse the car;
NDI 34%. MRI shows left C5-C6 and C6-C7 facet arthrosis.

Prior Ablation: Left C5, C6, C7 medial branch RFA on 2025-04-15. She reported 70% relief that lasted ten
months, with full neck rotation while driving. The pain has returned over the last few months.

Pre-Procedure Pain: 6/10

Consent: Written consent on file.

Time-Out: Performed.

Sedation: None.

Procedure Details: Prone, fluoroscopic guidance. RF cannulae were placed along the left C5, C6 and C7 medial
branches (C5-C6 and C6-C7 facet joints). Sensory and motor testing were appropriate. After 2% lidocaine
0.5 mL at each site, thermal lesions were made at 85 degrees C for 90 seconds at each nerve.

Post-Procedure Pain: 3/10

Complications: None.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30)], pain=(6, 3), need=FACET_NEED, dos="2026-06-30", pos="11",
        codes=[line("64633", "LT"), line("64634", "LT")], findings=[])

    add("fdf-rfa-03", "boilerplate", """
PROCEDURE NOTE - RADIOFREQUENCY ABLATION

Procedure: Bilateral lumbar medial branch radiofrequency ablation, repeat. Targets: L2, L3 and L4 medial
branches and the L5 dorsal ramus on both sides (L3-L4, L4-L5 and L5-S1 facet joints).
Diagnosis: Lumbar spondylosis without radiculopathy (M47.816).
Indication: Axial low back pain for more than 5 years without radicular symptoms. Physical therapy (8 weeks),
aquatic therapy and NSAIDs did not relieve it. He cannot walk 30 minutes or sleep on his back; ODI 46%.
MRI: multilevel lumbar facet arthropathy L3 to S1.
Previous RFA: bilateral L3-S1 RFA on 2025-05-20, with 75% relief for about 4 months before the pain came back.
Pre-procedure pain score: 8/10.
Technique: Fluoroscopically guided. Lidocaine 1% 0.5 mL was given at each of the eight nerves before
lesioning. Sensory and motor testing confirmed placement. Conventional thermal lesions at 90 degrees C for
80 seconds at each nerve.
Sedation: none.
Post-procedure pain score: 4/10.

The risks, benefits and alternatives of the procedure were explained and the patient gave informed consent.
A time-out was performed verifying the patient, procedure, side and site. The patient tolerated the procedure
well and there were no complications. The patient was discharged in stable condition with written
instructions. I was present for and performed the entire procedure.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 40)], pain=(8, 4), need=FACET_NEED, dos="2025-12-02", pos="11",
        codes=[line("64635", "50"), line("64636", "50", units=2)], findings=["prior_procedure_response"],
        comment="Repeat RFA whose earlier relief (75%) lasted about 4 months, under the 6 months asked. Two "
                "sessions in 12 months is at the limit, not over it.")

    add("fdf-grfa-01", "dictated", """
Left knee genicular nerve radiofrequency ablation. She has primary osteoarthritis of the left knee (M17.12) with
medial and anterior knee pain for three years. She has had physical therapy, a hinged brace, meloxicam and two
intra-articular steroid injections, none of which lasted, and she is not a surgical candidate because of her
heart disease. She can no longer climb the stairs to her bedroom and walks only short distances with a cane.
A diagnostic left genicular nerve block on 2026-07-21 gave 85% relief for eight hours. Pain before the
procedure was 7/10. Consent was obtained and a time-out performed. No sedation was used. Under fluoroscopy,
RF cannulae were placed at the superolateral, superomedial and inferomedial genicular nerves, each confirmed in
two planes. Sensory and motor testing were appropriate. After 1% lidocaine 2 mL at each site, thermal lesions
were made at 80 degrees C for 90 seconds. Pain afterwards was 2/10. No complications.
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                 intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(7, 2), need=SPINE_NEED, dos="2026-08-18", pos="11",
        codes=[line("64624", "LT")], findings=[])

    add("fdf-grfa-02", "odd_spacing", """
Procedure :  REPEAT  genicular  RFA  ,  right knee
Dx :  Primary osteoarthritis of right knee  (M17.11)

Hx :   Right knee pain  x  5 yrs .    PT , bracing , NSAIDs and hyaluronic acid injections all failed .
       Walks one block at most ;   cannot kneel in church .
       Diagnostic genicular block before the first ablation  :   90%  relief .
       First genicular RFA  2025-08-12  :   75%  relief ,   lasted  11 months  ;   knee now aching again .
Consent :   obtained  .     Time out :   done  .     Sedation :  none  .
Fluoroscopy :   yes  .
Technique :   cannulae to the superolateral ,  superomedial  and  inferomedial genicular nerves  ;
   1% lidocaine  2 mL  each site  ;   thermal lesion  85 C  x  90 sec  each  .
Pain after :   2/10
Complications :   none
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                 intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(None, 2), need=SPINE_NEED, dos="2026-09-09", pos="22",
        codes=[line("64624", "RT")], findings=["pre_procedure_pain_score"])

    add("fdf-si-01", "bullets", """
Left sacroiliac joint injection, therapeutic, repeat

- Diagnosis: left sacroiliac joint arthropathy (M46.1)
- Left buttock and posterior pelvic pain below L5 for 18 months; positive FABER, thigh thrust and compression
  tests on the left
- Six weeks of physical therapy with SI belt, and NSAIDs: pain persisted
- Cannot sit through a church service or drive more than 20 minutes
- Diagnostic left SI block 2025-03-04: 80% relief
- Last therapeutic left SI injection 2025-08-19: 60% relief lasting 4 months; back to driving to see her
  grandchildren
- Pre-procedure pain 7/10
- Consent signed, time-out done, no sedation
- Fluoroscopy: needle into the inferior third of the left SI joint
- Omnipaque 240, 1 mL: intra-articular spread
- Injectate: Kenalog-40, 20 mg (0.5 mL) drawn from a 1 mL single-dose vial, the remaining 20 mg discarded;
  bupivacaine 0.25% 2 mL
- AP and oblique images saved
- Post-procedure pain 2/10, about 70% relief
- Complications: none
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 5), given("iohexol", 1, "ml")],
        pain=(7, 2), need=SPINE_NEED, dos="2026-01-27", pos="11",
        codes=[line("27096", "LT"), line("J3301", units=2), line("J3301", "JW", units=2)], findings=[],
        comment="Single-dose Kenalog vial with 20 mg discarded: J3301 x2 given plus a JW line x2.")

    add("fdf-si-02", "capitalised_headers", """
PROCEDURE: Right sacroiliac joint injection, diagnostic.

DIAGNOSIS: Sacroiliitis (M46.1), right.

HISTORY: Right buttock pain over the sacral sulcus for 8 months, worse rising from a chair; three of five
provocation tests positive on the right. Physical therapy for 8 weeks and naproxen gave no relief. She cannot
walk her usual two miles or sit through a film.

PRE-PROCEDURE PAIN: 6/10.

CONSENT: Obtained and signed.

TIME-OUT: Completed.

SEDATION: None.

TECHNIQUE: Prone, fluoroscopic guidance. A 22-gauge spinal needle was advanced into the inferior right SI joint.
Isovue-M 200, 1 mL, showed an arthrogram of the joint. Injected 2% lidocaine 2 mL. AP and oblique views saved.

POST-PROCEDURE PAIN: 3/10, a 50% reduction.

COMPLICATIONS: None.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 40), given("iopamidol", 1, "ml")],
        pain=(6, 3), need=SPINE_NEED, dos="2026-10-06", pos="11",
        codes=[line("27096", "RT")], findings=["percent_relief"],
        comment="Diagnostic SI block with 50% relief: below the 75% that makes it positive.")


def _dictated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdf-h-tfesi-01", "hand_prose", """
Repeat right L4-L5 and L5-S1 transforaminal epidural steroid injections.

He is a 66-year-old retired mechanic with right leg pain down the outer thigh and shin into the big toe, with
numbness on the top of the right foot and a weak right great-toe extensor, going on for ten months. The
diagnosis is lumbar radiculopathy (M54.16). Physical therapy twice a week for two months and a course of
pregabalin made no difference to the leg pain, and he stopped the pregabalin because it made him foggy. He
can no longer mow his lawn or walk around the block; Oswestry 40%. MRI shows right foraminal stenosis at L4-L5
and L5-S1 with contact of the right L4 and L5 roots.

He had the same injections on 2025-11-11. His leg pain went from 8 down to 2, roughly 75% better, and that held
for a good four months; he was out raking leaves all autumn. It is back now.

Pain today before we started: 7/10. We went over the risks and he signed consent. Time-out was done with the
nurse. No sedation.

Under fluoroscopy, needles were walked into the right L4-L5 and right L5-S1 foramina. Omnipaque 240, 1 mL at
each level, outlined the exiting roots with no vascular runoff. At each level I injected 5 mg of dexamethasone
(0.5 mL of a 1 mL single-dose vial of 10 mg/mL; the whole vial was used, nothing wasted) with 1 mL of 0.25%
bupivacaine. AP and lateral images were saved at both levels.

Afterwards his pain was 2/10. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 5), given("iohexol", 2, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2026-03-24", pos="11",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", "JZ", units=10)], findings=[],
        comment="Single-dose dexamethasone vial fully used on a date after 2023-07-01: JZ on J1100.")

    add("fdf-h-tfesi-02", "hand_prose", """
Left L5 and S1 transforaminal epidural steroid injections, second of a planned series.

She has left S1 radiculopathy (M54.17): pain from the left buttock down the back of the calf to the little toe,
an absent left ankle jerk and numbness along the lateral border of the left foot, for five months. She did
six weeks of physical therapy and took meloxicam and gabapentin, and the leg pain did not change. She has had
to stop her shifts as a cashier because she cannot stand; ODI 50%. The MRI shows a left paracentral L5-S1 disc
extrusion displacing the left S1 root and narrowing the left L5-S1 foramen.

The first injection, three weeks ago on 2025-04-22, took the edge off, maybe 40% better so far.

Pain before the procedure 6/10. Consent was signed. Time-out was done. No sedation was used.

With fluoroscopy, one needle was placed in the left L5-S1 foramen and a second through the left S1 foramen.
Isovue-M 300, 1 mL through each needle, showed spread along the L5 and S1 roots with no vascular pattern. I
injected triamcinolone 20 mg through each needle. AP and lateral views were saved.

Pain after: 2/10. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("iopamidol", 2, "ml")],
        pain=(6, 2), need=ESI_NEED, dos="2025-05-13", pos="22",
        codes=[line("64483", "LT"), line("64484", "LT")], findings=["prior_procedure_response"],
        comment="'Second of a planned series' makes it a repeat; the first gave about 40% over three weeks, under "
                "50% for 3 months. Foramina L5-S1 and S1.")

    add("fdf-h-ilesi-01", "hand_prose", """
Lumbar interlaminar epidural steroid injection, L4-L5, repeat.

Diagnosis: lumbar disc herniation with radiculopathy (M51.16). She describes electric pain down the left leg
along the outer calf to the top of the foot, worse with coughing, with a positive straight-leg raise on the
left at 40 degrees, for eight months now. Physical therapy for six weeks and tramadol did not help the leg
pain. She has had to cut back to half days at her job; ODI 40%. MRI: left paracentral L4-L5 disc herniation
compressing the traversing left L5 root.

Her last epidural was at L4-L5 on 2025-08-26. After it she was about 60% better for five months: walking two
miles again and back at her part-time job. Over the last few weeks the leg pain has returned.

She signed consent after we discussed the risks. A time-out was done. No sedation.

Prone on the fluoroscopy table. A 20-gauge Tuohy needle was advanced into the L4-L5 interlaminar space, left
paramedian, by loss of resistance to saline. Omnipaque 300, 2 mL, confirmed epidural spread; AP and lateral
images were saved. I injected dexamethasone 10 mg (2.5 mL of 4 mg/mL) with 2 mL of preservative-free saline.

After the injection her pain was 3/10. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iohexol", 2, "ml")],
        pain=(None, 3), need=ESI_NEED, dos="2026-02-17", pos="11",
        codes=[line("62323"), line("J1100", units=10)], findings=["pre_procedure_pain_score"])

    add("fdf-h-ilesi-02", "hand_prose", """
Thoracic interlaminar epidural steroid injection at T10-T11.

This is her second thoracic epidural. She has thoracic radiculopathy (M54.14) with band-like burning pain
wrapping from the right mid back around the right lower chest wall along the T10 dermatome, with allodynia to
light touch there, for eight months. Six weeks of physical therapy did not help and gabapentin made her too
dizzy to continue. The pain wakes her every night and she cannot lift her grandson; her usual pain is 7/10.
MRI of the thoracic spine shows a right foraminal T10-T11 disc protrusion.

Her first thoracic epidural on 2023-05-30 gave her 65% relief of the band-like pain for four months, and she
slept through the night during that time.

Pre-procedure pain 7/10. Consent was obtained. We did a time-out. No sedation was used.

Under fluoroscopy, after 3 mL of 1% lidocaine to the skin, a 20-gauge Tuohy needle entered the T10-T11
interlaminar space right of midline using loss of resistance. Omnipaque 240, 1 mL, showed epidural spread. I
injected methylprednisolone 80 mg with 2 mL of preservative-free saline. Two views, AP and lateral, were saved.

Pain after the injection was 2/10. There were no complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 30), given("iohexol", 1, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2023-11-08", pos="11",
        codes=[line("62321"), line("J1040")], findings=[])

    add("fdf-h-mbb-01", "hand_shorthand", """
L lumbar MBB #2 (confirmatory) - L2, L3, L4 MB (L3-4, L4-5 facets)

Dx: lumbar spondylosis w/o radiculopathy (M47.816)
HPI: L-sided axial LBP x 18 mo, worse w/ extension & twisting, no radicular sx. PT x 8 wk w/o relief; NSAIDs
& Tylenol no help. Can't stand to wash dishes > 10 min; ODI 34%. MRI: L L3-4 & L4-5 facet arthropathy.
MBB #1 (2026-03-31, lido): pain 6 -> 0 = 100% relief x 4 hrs, back to baseline next AM.
Intent: diagnostic.
Pre: 6/10.
Consent signed. Time out done. No sedation.
Fluoro guided; 25g needles to L L2, L3, L4 MB at SAP/TP junctions. 0.75% bupivacaine 0.5 mL each MB.
Post: 0/10 standing & bending.
No complications. D/C home w/ pain diary.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 11.25)], pain=(6, 0), need=FACET_NEED, dos="2026-04-14", pos="11",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[],
        comment="L2+L3 MB -> L3-L4, L3+L4 MB -> L4-L5. 0.75% = 7.5 mg/mL x 1.5 mL.")

    add("fdf-h-facet-01", "hand_prose", """
Bilateral L4-L5 and L5-S1 facet joint injections, intra-articular, therapeutic.

He has lumbar facet arthropathy with lumbar spondylosis (M47.816) and axial low back pain for three years,
worse with standing and extension, without leg symptoms. Physical therapy for ten weeks, a chiropractor and
ibuprofen did not give lasting relief. He cannot stand through his grandson's ball games; ODI 36%. MRI shows
bilateral L4-L5 and L5-S1 facet hypertrophy with effusions. Two diagnostic medial branch blocks at these joints
were positive: 85% relief on 2025-06-10 and 90% relief on 2025-07-01. He has a pacemaker-defibrillator and
chose steroid injections of the joints over radiofrequency ablation.

Pain before: 7/10. Consent was signed and a time-out performed. No sedation.

Under fluoroscopy a 22-gauge needle was placed into each of the four joints (right and left L4-L5, right and
left L5-S1). Omnipaque 240, 0.25 mL in each joint, showed an arthrogram. Each joint received triamcinolone
10 mg (0.25 mL of 40 mg/mL) with 0.5 mL of 0.5% bupivacaine.

Pain after: 2/10. No complications.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 10), given("iohexol", 1, "ml")],
        pain=(7, 2), need=FACET_NEED, dos="2025-09-23", pos="11",
        codes=[line("64493", "50"), line("64494", "50"), line("J3301", units=4)], findings=[])

    add("fdf-h-rfa-01", "hand_prose", """
Left L5-S1 medial branch radiofrequency ablation (L4 medial branch and L5 dorsal ramus).

Diagnosis lumbosacral spondylosis without radiculopathy (M47.817). Left low back and buttock pain for two
years, worse with extension, no leg symptoms. She failed twelve weeks of physical therapy and meloxicam. She
can't sit through a work meeting; ODI 32%. MRI: left L5-S1 facet arthropathy.

The first diagnostic block of the left L4 medial branch and L5 dorsal ramus gave 85% relief for six hours.
The second, with bupivacaine, gave 70% relief for about five hours.

Pain before: 6/10. She gave consent. Time-out done. No sedation; local anesthetic only.

Under fluoroscopy, RF cannulae were placed on the left L4 medial branch and the left L5 dorsal ramus. Sensory
stimulation reproduced her pain and motor stimulation caused no leg movement. After 1% lidocaine 1 mL at each
site, lesions were made at 80 degrees C for 90 seconds.

Pain after: 4/10. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left", levels=["L5-S1"],
                 imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 20)], pain=(6, 4), need=FACET_NEED, dos="2026-05-05", pos="24",
        codes=[line("64635", "LT")], findings=["diagnostic_block_relief"],
        comment="Second diagnostic block 70%: two blocks of at least 80% are not documented.")

    add("fdf-h-rfa-02", "hand_prose", """
Repeat right cervical radiofrequency ablation of the C3, C4 and C5 medial branches (C3-C4 and C4-C5 facet
joints) under moderate sedation.

She has cervical spondylosis without myelopathy or radiculopathy (M47.812) with right upper neck pain and
occipital headaches for four years, no arm symptoms. Physical therapy, traction and muscle relaxants have all
failed over the years. She cannot turn to check traffic when driving; NDI 38%. MRI: right C3-C4 and C4-C5
facet arthropathy.

Her first right C3-C5 ablation on 2025-09-16 gave 80% relief for nine months; she could turn her head to
drive and stopped her daily ibuprofen. The pain returned in June.

Sedation reason: severe procedural anxiety; at her first ablation she could not hold still until sedated.

Pain before: 7/10. Consent signed. Time-out performed.

Moderate sedation was given by me with an independent RN observer monitoring throughout: midazolam 2 mg and
fentanyl 50 mcg IV. Sedation start 09:12, end 09:30 (18 minutes).

Prone, fluoroscopic guidance. RF cannulae placed on the right C3, C4 and C5 medial branches, confirmed on AP and
lateral views. Sensory and motor testing appropriate. After 1% lidocaine 0.5 mL at each nerve, thermal lesions
at 80 degrees C for 90 seconds each.

Pain after: 3/10. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 50, "mcg"), given("lidocaine", 15)],
        pain=(7, 3), need=FACET_NEED, dos="2026-07-21", pos="11",
        codes=[line("64633", "RT"), line("64634", "RT"), line("99152")], findings=[],
        comment="Moderate sedation by the proceduralist, 18 minutes with an observer: 99152 only (no 99153 under "
                "23 minutes); agents, doses, times and reason documented.")

    add("fdf-h-rfa-03", "hand_prose", """
Repeat right L3-L4 and L4-L5 radiofrequency ablation (right L2, L3 and L4 medial branches).

Lumbar spondylosis without radiculopathy (M47.816). Axial right low back pain for five years, no leg
symptoms; it came back in August. He did physical therapy for eight weeks and took NSAIDs before his first
ablation. He cannot work in his
garden or stand to cook; ODI 40%. MRI shows right L3-L4 and L4-L5 facet arthropathy.

His first right L3-L4 and L4-L5 ablation was on 2026-01-13. He had about 60% less pain for seven months and was
out gardening every weekend.

Pain before: 6/10. Consent reviewed and signed. Time-out. No sedation.

Fluoroscopy-guided placement of RF cannulae along the right L2, L3 and L4 medial branches. Sensory and motor
testing appropriate. 2% lidocaine 0.5 mL at each nerve, then thermal lesions at 85 degrees C for 90 seconds.

Pain after: 3/10. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30)], pain=(6, 3), need=minus(FACET_NEED, "conservative_care"),
        dos="2026-10-20", pos="11",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=["conservative_care"],
        comment="Conservative care only listed ('did physical therapy ... and took NSAIDs'), no outcome stated: a "
                "finding (corpora/README). Two RFA sessions in 12 months is at the limit, not over it.")

    add("fdf-h-grfa-01", "hand_prose", """
Right knee cooled radiofrequency ablation of the genicular nerves.

Primary osteoarthritis of the right knee (M17.11), pain for six years. She has tried physical therapy, a
brace, NSAIDs and steroid and gel injections; she declines knee replacement. She can stand only ten minutes
and uses a walker outdoors.

Two diagnostic genicular nerve blocks: the first gave 80% relief, the second 75%, each for the duration of the
local anesthetic.

Pain before: 8/10. Informed consent signed. Time-out done. No sedation.

Under fluoroscopy, cooled RF introducers were placed at the superolateral, superomedial and inferomedial
genicular nerves. Sensory and motor testing were appropriate. 1% lidocaine 3 mL at each site. Cooled
radiofrequency lesions, 2 minutes 30 seconds at each nerve.

Pain after: 3/10. No complications.
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                 intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 90)], pain=(8, 3), need=SPINE_NEED, dos="2026-02-24", pos="22",
        codes=[line("64624", "RT")], findings=[])

    add("fdf-h-si-01", "hand_prose", """
Bilateral sacroiliac joint injections, therapeutic; her third SI injection.

Sacroiliitis (M46.1), bilateral, with pain in both buttocks below the belt line for two years and positive
provocation tests on both sides. Physical therapy for eight weeks and naproxen did not help. She cannot sit
through a car ride longer than 20 minutes.

Her diagnostic SI blocks in April 2024 gave 80% relief on both sides. The therapeutic injections on 2024-10-22
gave 55% relief for three and a half months; she went back to her water aerobics class.

Pain before: 7/10. Consent was signed. Time-out performed. No sedation.

Under fluoroscopy, a needle was placed in the inferior pole of each SI joint. Omnipaque 240, 0.5 mL on each
side, gave an arthrogram. Into each joint: methylprednisolone 40 mg with 1.5 mL of 0.25% bupivacaine. AP and
oblique images were saved for each joint.

Pain after: 1/10 - 85% relief. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("bupivacaine", 7.5), given("iohexol", 1, "ml")],
        pain=(7, 1), need=minus(SPINE_NEED), dos="2025-03-11", pos="11",
        codes=[line("27096", "50"), line("J1010", units=80)], findings=[],
        comment="Three and a half months = 105 days, above the 90 asked; two therapeutic sessions in 12 months.")

    add("fdf-h-si-02", "hand_prose", """
Left sacroiliac joint injection, repeat, therapeutic.

Left sacroiliitis (M46.1) with left buttock pain for a year, positive thigh thrust and FABER on the left.
Physical therapy for six weeks and a sacroiliac belt failed. She cannot do her housework without lying down.
Her diagnostic left SI block on 2025-11-04 gave 90% relief. She had a therapeutic left SI injection on
2026-01-20 and says it helped.

Pain before: 8/10. She signed consent. Time-out done. No sedation.

Under fluoroscopy a 22-gauge needle was placed in the inferior left SI joint. Isovue-M 200, 1 mL, confirmed
intra-articular spread. Injected triamcinolone 40 mg with 1 mL of 1% lidocaine. AP and oblique views saved.

She reported about 80 percent relief before discharge. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 10), given("iopamidol", 1, "ml")],
        pain=(8, None), need=SPINE_NEED, dos="2026-06-16", pos="11",
        codes=[line("27096", "LT"), line("J3301", units=4)],
        findings=["post_procedure_pain_score", "prior_procedure_response"],
        comment="'Says it helped' is no documented response; percent relief stated without a post score.")

    add("fdf-h-scs-01", "hand_prose", """
Permanent spinal cord stimulator implantation after a successful trial.

Failed back surgery syndrome (M96.1) with constant burning pain in both legs and the low back for four years
after two lumbar operations. Physical therapy, opioids, gabapentin and epidural injections have all failed. He
cannot walk more than half a block or sleep more than three hours. The psychological evaluation on 2026-05-12
cleared him for stimulation without contraindication.

The seven-day trial (2026-06-23 to 2026-06-30) gave 65% relief of his leg pain; he halved his oxycodone and
walked a mile for the first time in years.

Informed consent was signed. Time-out performed. Monitored anesthesia care by the anesthesia service: propofol
infusion 50 mcg/kg/min from 07:40 to 08:55.

Prone under fluoroscopy. After 1% lidocaine 30 mL for skin and tissue, two percutaneous eight-contact leads
were passed through a T12-L1 paramedian entry to the top of T8 and the top of T9. Coverage of both legs was
confirmed. The leads were anchored and tunneled to a pocket in the right upper buttock, where the pulse
generator was implanted and connected. Impedances normal.

No complications.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                 intent="therapeutic", sedation="mac")],
        drugs=[given("lidocaine", 300)], pain=(None, None), need=minus(SPINE_NEED), dos="2026-08-04", pos="22",
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[],
        comment="Sedation by the anesthesia service is not listed as a drug; agents, dose and times are written, "
                "so no sedation finding. No pain scores are asked of an implant.")

    add("fdf-h-tfesi-03", "hand_prose", """
Repeat right L3-L4 transforaminal epidural steroid injection.

Lumbar radiculopathy (M54.16) with pain down the front of the right thigh to the knee, a weak right quadriceps
and a reduced right knee jerk for seven months. Eight weeks of physical therapy and celecoxib did not help. He
can't climb the stairs to his bedroom; ODI 42%. MRI: right foraminal disc protrusion at L3-L4 pinching the
exiting right L3 root.

He had this injection on 2024-02-27 and reports 80% relief of the thigh pain that lasted three months, during
which he climbed stairs normally.

Pain today 7/10. Consent signed, time-out completed, no sedation.

Fluoroscopy: needle to the right L3-L4 foramen. Omnipaque 240, 1 mL, outlined the right L3 root; no vascular
uptake. Injected Depo-Medrol 40 mg (1 mL of 40 mg/mL) with 1 mL of 1% lidocaine. AP and lateral images saved.

Pain after 2/10. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L3-L4"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 10), given("iohexol", 1, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2024-06-11", pos="11",
        codes=[line("64483", "RT"), line("J1010", units=40)], findings=[])

    add("fdf-h-caudal-01", "hand_prose", """
Caudal epidural steroid injection, repeat.

Lumbar spinal stenosis with neurogenic claudication (M48.062). He gets heavy, aching legs with tingling down
both calves after walking five minutes, eased by sitting, for three years. Physical therapy for twelve weeks
and meloxicam did not help. He has stopped walking with his wife; ODI 44%. MRI: severe L3-L4 and L4-L5 central
stenosis.

His last caudal injection on 2024-09-10 gave him about 50% relief for roughly four months, enough to walk the
neighbourhood again.

Pain before: 6/10. He signed consent. No sedation.

Prone, fluoroscopic guidance. A 20-gauge needle entered the sacral hiatus. Omnipaque 240, 3 mL, showed epidural
filling to L5 with no vascular uptake. Injected triamcinolone 40 mg with 4 mL of 0.25% bupivacaine and 4 mL of
saline. AP and lateral images saved.

Pain after: 3/10. No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 10), given("iohexol", 3, "ml")],
        pain=(6, 3), need=ESI_NEED, dos="2025-02-04", pos="24",
        codes=[line("62323")], findings=["time_out"])
