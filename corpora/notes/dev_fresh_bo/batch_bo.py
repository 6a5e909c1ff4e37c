"""Sealed coding-stress batch `dev_fresh_bo` (`fbo-*`): 30 fictional notes whose code lines are the hard part.

Written by hand for this batch (no phrase pool of the corpus was read), in two halves of 15:

* `_templated` (`fbo-<family>-NN`): template and operative-report layouts (capitalised headers, title-case headers,
  bullets, inline `Label: value` fields, odd spacing, a flowsheet, a numbered form, an EMR template, a boilerplate
  attestation);
* `_hand` (`fbo-h-<family>-NN`): dictated prose, shorthand, speech-recognition text, an addendum.

Gold was labelled from the text as written, before and without any Painpoint run, by `corpora/README.md` and the
KB (`coding/kb/*.yaml`). Every code line is written out here (no generator derives it); `add` adds `dose_ceiling`
by rule (no note is over a ceiling). Built by `make_notes.py` with the kit of `../dev_fresh_d/make_notes.py`.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: N803 - the kit's names
    _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


# ----------------------------------------------------------------------------------------------------------------
# Templated half
# ----------------------------------------------------------------------------------------------------------------


def _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: C901, N803
    add("fbo-mbb-01", "caps_headers", """
PROCEDURE NOTE - INTERVENTIONAL PAIN CLINIC

PROCEDURE: Bilateral lumbar medial branch blocks, L4-L5 and L5-S1 facet joints (first diagnostic block)
DATE OF SERVICE: 02/10/2026
SETTING: Office procedure suite

PREOPERATIVE DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
POSTOPERATIVE DIAGNOSIS: Same

INDICATION:
Axial low back pain across both sides of the belt line for about 14 months, worse with extension and
rotation, no radiation below the buttocks. Eight weeks of supervised physical therapy and a daily home
program, plus scheduled naproxen, brought no meaningful change. He can stand at his workbench for only
15 minutes and has stopped golfing. Oswestry 42%. Exam: paraspinal tenderness over L4-S1 on both sides,
pain on facet loading, straight leg raise negative. MRI of the lumbar spine shows facet hypertrophy at
L4-L5 and L5-S1 on both sides without neural compression.

CONSENT:
Risks, benefits and alternatives were reviewed and written informed consent was signed.

TIME-OUT:
Completed with the team, confirming patient, procedure, levels and both sides.

PRE-PROCEDURE PAIN: 7/10 (NRS)

TECHNIQUE:
Prone on the fluoroscopy table; lumbar area prepped with chlorhexidine and draped. Under fluoroscopic
guidance a 22-gauge spinal needle was advanced to each target: the L3 and L4 medial branches and the L5
dorsal ramus, on the right and on the left (six targets). Skin at each entry point was anesthetized with
0.5 mL of 1% lidocaine (3 mL in total). Omnipaque 240, 0.2 mL per target (1.2 mL in total), showed no
vascular or epidural spread. 0.5 mL of 0.5% bupivacaine was injected at each target (3 mL in total).
No steroid was given.

SEDATION: None.

POST-PROCEDURE PAIN: 1/10 at 30 minutes, about 85% relief; pain diary given.

COMPLICATIONS: None. Vitals stable; discharged ambulatory.

PLAN: Pain diary for 8 hours. If the response is concordant, confirmatory block in 2-3 weeks.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                    sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 1.2, "ml"), given("bupivacaine", 15)],
        pain=(7, 1), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=[], dos="2026-02-10", pos="11",
        comment="L3+L4 medial branches and L5 dorsal ramus on both sides = joints L4-L5 and L5-S1; Medicare: one "
                "line each with 50 and KX (diagnostic), add-on 64494 once; bupivacaine not billed.")

    add("fbo-mbb-02", "inline_fields", """
Procedure: Left T12-L1 and L1-L2 facet joint medial branch blocks, second (confirmatory) diagnostic block | Date: 2026-05-12 | Location: clinic procedure room
Diagnosis: Thoracolumbar spondylosis without myelopathy or radiculopathy (M47.815)
Indication: Left-sided pain at the thoracolumbar junction x 9 months, worse with twisting and prolonged standing; no leg symptoms. Failed 10 weeks of PT and a core program with no lasting benefit; meloxicam caused dyspepsia and was stopped. Cannot stand longer than 20 minutes to cook; sleep interrupted nightly. ODI 38%.
Prior block: First diagnostic left T12-L1/L1-L2 medial branch block on 2026-04-21 gave 85% relief of the index pain for about 2 hours.
Consent: signed, risks discussed.
Time-out: done, left side and levels confirmed.
Sedation: none.
Pre-procedure pain: 6/10.
Imaging: fluoroscopy; Omnipaque 180 0.5 mL total, no vascular uptake.
Targets: left T11, T12 and L1 medial branches (supplying the T12-L1 and L1-L2 joints).
Injectate: 2% lidocaine 0.5 mL at each of the three targets (1.5 mL total). No steroid.
Post-procedure pain: 1/10 at 20 minutes (83% relief).
Complications: none.
Disposition: home with diary; review in 2 weeks.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["T12-L1", "L1-L2"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                    sedation="none")],
        drugs=[given("iohexol", 0.5, "ml"), given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED,
        codes=[line("64490", "KX", "LT"), line("64494", "KX", "LT")],
        findings=[], dos="2026-05-12", pos="11", payer="medicare_cgs",
        comment="CGS (medicare_cgs, DOS from 2025-01-01): contiguous T12-L1 + L1-L2 facet work is one lumbar-region "
                "session reported 64490 + 64494 (payers.yaml thoracolumbar_junction_lumbar_session); region taken as "
                "lumbar for that reason. Confirmatory block after 85% relief from the first.")

    add("fbo-facet-01", "title_headers", """
Right L4-L5 and L5-S1 Intra-articular Facet Joint Injections (Therapeutic)

Date of Service: 10/27/2026
Place: Office

Diagnosis: Lumbosacral spondylosis without myelopathy or radiculopathy (M47.817)

History: Right-sided low back pain for more than three years, axial, worse with extension. Physical therapy
for 12 weeks and daily home exercise did not relieve it; NSAIDs were stopped because of her kidney function.
The pain keeps her from standing long enough to finish grocery shopping; ODI 40%.

Diagnostic Blocks: Right L4-L5/L5-S1 medial branch blocks on 01/13/2026 (90% relief) and 02/03/2026 (85% relief).

Prior Treatment This Year: Therapeutic intra-articular injections at the same joints on 04/14/2026 and
07/21/2026, each giving about 70% relief that lasted three months. Today is her fifth facet injection session
in the past 12 months (two diagnostic, two therapeutic, and this one).

Consent: Written consent on file and reviewed today.
Time-out: Performed; right side and levels verified.

Pre-procedure Pain Score: 6/10

Procedure: Prone, sterile prep and drape. Skin infiltrated with 1% lidocaine, 2 mL. Under fluoroscopic
guidance a 22-gauge needle entered each right facet joint (L4-L5 and L5-S1); Omnipaque 240, 0.3 mL per joint,
outlined the capsule without vascular uptake. Each joint received 0.5 mL Kenalog-40 (20 mg) mixed with 0.5 mL
0.25% bupivacaine.

Sedation: None.

Post-procedure Pain Score: 2/10

Complications: None. Discharged in stable condition.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.6, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 2.5)],
        pain=(6, 2), need=SPINE_NEED,
        codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=4)],
        findings=["frequency"], dos="2026-10-27", pos="11", payer="medicare_fcso",
        comment="medicare_fcso counts every facet injection session (payers.yaml facet_frequency_total): 5 in 12 "
                "months > 4 = frequency. (Noridian's per-intent count would be 3 therapeutic, no finding.) "
                "Two diagnostic blocks >= 80% and a prior therapeutic response of 70% for 3 months are documented.")

    add("fbo-mbb-03", "bullets", """
Ambulatory Surgery Center - Procedure Record
• Procedure: bilateral cervical medial branch blocks, C3-C4, C4-C5 and C5-C6 facet joints, first diagnostic block
• Date: 09/16/2025
• Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812)
• History: axial neck pain with suboccipital and upper-trapezius referral on both sides for 18 months; no arm symptoms
• Prior care: 3 months of physical therapy and cervical traction without improvement; cyclobenzaprine not tolerated (sedation)
• Function: cannot check blind spots while driving, reading limited to 20 minutes; NDI 44%
• Imaging: CT cervical spine with multilevel facet arthrosis, most marked C3-C6
• Consent: informed consent signed after discussion of risks and alternatives
• Pre-procedure pain: 7/10
• Positioning: prone, head in a cradle; sterile prep
• Guidance: fluoroscopy, lateral and AP views
• Targets: medial branches at C3, C4, C5 and C6 on each side (8 targets) for the C3-C4, C4-C5 and C5-C6 joints, bilateral
• Injectate: 0.5% bupivacaine 0.25 mL per target, 2 mL total; no steroid; no contrast
• Sedation: none
• Post-procedure pain: 2/10 at 30 minutes
• Complications: none
• Disposition: discharged with pain diary
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C3-C4", "C4-C5", "C5-C6"], imaging="fluoroscopy", contrast=False,
                    intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10)],
        pain=(7, 2), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX"), line("64492", "50", "KX")],
        findings=["level_limit", "time_out"], dos="2025-09-16", pos="24",
        comment="Three cervical joints on both sides: 64490 + 64491 + 64492 (once), each 50 and KX; third level is "
                "over the two-level limit. ASC: no drug lines. No time-out written.")

    add("fbo-rfa-01", "operative_report", """
OPERATIVE REPORT

Date: March 17, 2026
Facility: Hospital outpatient department
Procedure: Bilateral L4-L5 and L5-S1 facet joint radiofrequency ablation (L3 and L4 medial branches and L5
dorsal rami, both sides)
Anesthesia: Moderate sedation administered by the operating physician; local anesthesia

Preoperative diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
Postoperative diagnosis: Same

Indications: Axial low back pain on both sides for 4 years. Failed conservative care: 12 weeks of physical
therapy, chiropractic care and NSAIDs, none of which gave lasting relief. Pain limits walking to about 10
minutes and prevents lifting his grandchildren; ODI 48%. Two diagnostic medial branch blocks at the same
levels: 01/06/2026 with 90% relief and 01/27/2026 with 85% relief, each lasting the expected duration of the
anesthetic.

Sedation: He has severe procedural anxiety and could not hold the prone position during the diagnostic
blocks without it, so moderate sedation was planned. Midazolam 2 mg and fentanyl 100 mcg IV were given by me.
Sedation start 07:52, end 08:30 (38 minutes intraservice time). A registered nurse with no other duties
monitored the patient as independent observer throughout.

Description: Informed consent was confirmed. Time-out completed, verifying bilateral L4-L5 and L5-S1.
Prone, prepped and draped. Pre-procedure pain 7/10. Skin wheals raised with 1% lidocaine, 6 mL in total.
Under fluoroscopic guidance, 18-gauge RF cannulas with 10-mm active tips were placed along the L3 and L4
medial branches and the L5 dorsal ramus bilaterally (six cannulas). Sensory stimulation at 50 Hz reproduced
concordant back pain below 0.5 V; motor testing at 2 Hz showed multifidus contraction without leg twitch.
1 mL of 2% lidocaine was given through each cannula, then thermal lesions were made at 80 °C for 90 seconds
at each target.

Estimated blood loss: minimal. Complications: none. Post-procedure pain 3/10. Discharged home with a driver.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 180)],
        pain=(7, 3), need=SPINE_NEED,
        codes=[line("64635", "50"), line("64636", "50"), line("99152"), line("99153", units=2)],
        findings=[], dos="2026-03-17", pos="22",
        comment="Moderate sedation by the proceduralist, observer, 38 min: 99152 + 99153 x2 ((38-8)//15). "
                "Lidocaine 60 mg skin + 6 x 1 mL 2% (120 mg). POS 22: no drug lines.")

    add("fbo-rfa-02", "smarttext", """
PAIN PROCEDURE NOTE
Procedure performed: Pulsed radiofrequency, right cervical medial branches
Date: 06/10/2025
Joints treated: right C5-C6 and C6-C7 facet joints
Nerves treated: right C5, C6 and C7 medial branches
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
Symptom duration: 2 years
Conservative treatment: physical therapy x 10 weeks and home traction - no lasting relief; NSAIDs - GI upset, stopped
Functional status: unable to turn head to reverse the car; sleep disrupted; NDI 36%
Diagnostic blocks: right C5-C6/C6-C7 medial branch blocks 03/04/2025 (80% relief) and 03/25/2025 (90% relief)
Reason for pulsed technique: patient declined thermal lesioning after reading about post-ablation neuritis
Consent: obtained and signed
Time-out: performed
Pre-procedure pain score: 6/10
Position: prone
Imaging: fluoroscopy
Local anesthetic: 2% lidocaine 0.5 mL at each of 3 targets
Lesion parameters: pulsed RF, 2 cycles of 120 seconds at 42 °C, 45 V, at each target
Medication: dexamethasone 2 mg at each of 3 targets after lesioning (6 mg total)
Sedation: none
Post-procedure pain score: 3/10
Complications: none
Follow-up: 6 weeks
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30), given("dexamethasone_sodium_phosphate", 6)],
        pain=(6, 3), need=SPINE_NEED,
        codes=[line("64999"), line("J1100", units=6)],
        findings=["approach"], dos="2025-06-10", pos="11",
        comment="Pulsed RF is not destruction: unlisted 64999, one line without side modifier (as the corpus codes "
                "it); rfa.technique asks for thermal >= 80 C, so pulsed is the approach element. Dexamethasone at "
                "POS 11: J1100 x6.")

    add("fbo-tfesi-01", "attestation", """
Bilateral L4-L5 and L5-S1 Transforaminal Epidural Steroid Injection
Date of service: 04/21/2026 (office)

Indication: 58-year-old with lumbar disc herniation with radiculopathy (M51.16), bilateral. Burning pain
radiates down the back of both thighs into both calves for 5 months; straight leg raise is positive on both
sides at 45 degrees and both ankle reflexes are diminished. MRI 02/2026: L4-L5 and L5-S1 disc protrusions with
foraminal narrowing on both sides contacting the exiting L4 and L5 roots. Six weeks of physical therapy and a
gabapentin titration failed to control the leg pain. He can walk only one block and cannot sit through a work
meeting; ODI 52%.

Written consent signed. Time-out done. Pre-procedure pain 8/10.

Prone; sterile prep. Skin anesthetized with 1% lidocaine, 4 mL in total. Under fluoroscopic guidance 22-gauge
needles were placed subpedicular into the right and left L4-L5 foramina and the right and left L5-S1 foramina
(four needles). Omnipaque 240, 1 mL at each foramen (4 mL), showed perineural and epidural spread with no
vascular uptake on live fluoroscopy. A solution of 2 mL Kenalog-40 (80 mg) and 2 mL 1% preservative-free
lidocaine was prepared; 1 mL of it was injected at each of the four foramina. A single AP image was stored.
No sedation. Post-procedure pain 3/10. No complications; discharged ambulatory.

Attestation: I personally performed the entire procedure described above, reviewed the images and agree with
the documentation as written. Electronically signed by the attending physician.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("lidocaine", 60), given("iohexol", 4, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED,
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=8)],
        findings=["saved_images"], dos="2026-04-21", pos="11",
        comment="Solution 2 mL Kenalog-40 + 2 mL 1% lidocaine, 1 mL at each of 4 foramina: all 4 mL given = "
                "triamcinolone 80 mg (within the ceiling) and lidocaine 20 mg (+40 mg skin). One view saved.")

    add("fbo-tfesi-02", "emr_template", """
Procedure Name: Right C5-C6 and C6-C7 transforaminal epidural steroid injection (right C6 and C7 nerve roots)
Date of Service: 11/04/2025
Diagnosis: Right C7 radiculopathy (M54.12)
HPI: Right neck pain with shooting pain into the right triceps, dorsal forearm and middle finger for 10 weeks;
numbness of the middle finger; right triceps reflex reduced; Spurling test positive on the right.
Imaging: MRI cervical spine 10/2025 - right C6-C7 foraminal disc-osteophyte complex compressing the exiting C7
root and moderate right C5-C6 foraminal stenosis.
Treatment to date: she has done physical therapy for 8 weeks and takes gabapentin nightly.
Function: cannot lift a gallon of milk with the right arm and cannot type for more than 15 minutes; NDI 40%.
Consent: written consent obtained.
Time-out: completed.
Pre-procedure pain: 7/10
Technique: supine oblique position; skin anesthetized with 1% lidocaine 2 mL; under fluoroscopic guidance
25-gauge needles placed to the posterior aspect of the right C5-C6 and C6-C7 foramina. Isovue-M 300, 1 mL at
each level under live fluoroscopy with digital subtraction, showed perineural spread without vascular uptake.
Preservative-free dexamethasone 10 mg/mL, 0.5 mL (5 mg), injected at each level.
Images: AP and oblique images saved.
Sedation: none
Post-procedure pain: 3/10
Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("lidocaine", 20), given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"),
        codes=[line("64479", "RT"), line("64480", "RT"), line("J1100", units=10)],
        findings=["conservative_care"], dos="2025-11-04", pos="11",
        comment="Cervical TFESI: 64479 + 64480 (not 64483/64484). PT and gabapentin are listed without an outcome.")

    add("fbo-tfesi-03", "odd_spacing", """
PROCEDURE :   Right   L3-L4 ,  L4-L5   and   L5-S1   transforaminal   epidural   steroid   injection
DOS :  09/10/2024        POS :  ambulatory  surgery  center

DIAGNOSIS :    Lumbar   radiculopathy ,  right   (M54.16)

HISTORY :   Right  anterior  thigh ,  medial  shin  and  dorsal  foot  pain  for  4  months ;   diminished
right  patellar  reflex ,  weak  right  ankle  dorsiflexion  4/5 .    MRI  07/2024 :   right  foraminal  stenosis  at
L3-L4 ,  L4-L5  and  L5-S1  with  contact  of  the  exiting  right  L3 ,  L4  and  L5  roots .     Pain  crosses  all
three  dermatomes ,  so  three  levels  were  chosen .
CONSERVATIVE  CARE :   PT  x  6  weeks  and  an  NSAID  trial ,  without  relief .
FUNCTION :   cannot  climb  stairs  without  a  rail ;   ODI  46% .

CONSENT :   signed .          TIME-OUT :   completed .
PRE-PROCEDURE  PAIN :   8/10

TECHNIQUE :   prone ;   skin  1%  lidocaine  3  mL ;   fluoroscopic  guidance ;   22-gauge  needles  to  the  right
L3-L4 ,  L4-L5  and  L5-S1  foramina .    Omnipaque  180 ,   1  mL  per  level ,   perineural  spread ,  no  vascular
uptake .    Dexamethasone  4  mg  injected  at  each  level  (12  mg  total) .
IMAGES :   AP  and  lateral  saved .
SEDATION :   none .
COMPLICATIONS :   none .     Discharged  home  in  stable  condition .
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 3, "ml"), given("dexamethasone_sodium_phosphate", 12)],
        pain=(8, None), need=ESI_NEED,
        codes=[line("64483", "RT"), line("64484", "RT", units=2)],
        findings=["level_limit", "post_procedure_pain_score"], dos="2024-09-10", pos="24",
        comment="Three lumbar foramina: 64483 + 64484 x2, over the two-level limit. ASC: no drug lines. No post score.")

    add("fbo-caudal-01", "bullets", """
Caudal Epidural Steroid Injection - procedure summary
- DOS: 06/18/2024, office
- Dx: failed back surgery syndrome (M96.1) with bilateral L5 radicular pain
- Hx: prior L4-L5 laminectomy (2019); burning pain down the lateral aspect of both legs to the tops of both
  feet for 7 months, with reduced light-touch sensation in both L5 dermatomes; a caudal route was chosen
  because of the laminectomy
- Conservative care: 10 weeks of physical therapy and a daily walking program - no improvement; celecoxib
  stopped because of edema
- MRI 04/2024: epidural fibrosis around both L5 roots at L4-L5, no recurrent disc herniation
- Consent: signed
- Time-out: done
- Pre-procedure pain: 8/10
- Prone; sacral hiatus identified under fluoroscopy; skin 1% lidocaine 3 mL; 20-gauge Tuohy needle entered
  the caudal epidural space
- Contrast: Isovue-M 200, 4 mL, epidural filling to L4 without vascular uptake
- Injectate: Depo-Medrol 80 mg/mL single-dose vial, 1 mL (80 mg), entire vial used, none wasted; with 4 mL
  preservative-free saline and 2 mL 1% lidocaine
- Images: AP and lateral images saved
- Sedation: none
- Post-procedure pain: 3/10
- Complications: none
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 50), given("iopamidol", 4, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(8, 3), need=minus(ESI_NEED, "functional_impairment"),
        codes=[line("62323"), line("J1010", "JZ", units=80)],
        findings=["functional_impairment"], dos="2024-06-18", pos="11",
        comment="After 2024-04-01 methylprednisolone is J1010 per mg; single-dose vial with nothing wasted (DOS "
                "after 2023-07-01) takes JZ. Caudal: no level asked. No functional limitation written.")

    add("fbo-si-01", "caps_headers", """
PROCEDURE: BILATERAL SACROILIAC JOINT INJECTIONS UNDER FLUOROSCOPY (THERAPEUTIC)
DATE OF SERVICE: 08/25/2026   LOCATION: OFFICE

DIAGNOSIS: SACROILIITIS, BILATERAL (M46.1)

HISTORY: Pain over both posterior superior iliac spines radiating into both buttocks, below L5, for 14 months.
Three of five provocation tests positive on each side (thigh thrust, compression, FABER). Physical therapy for
8 weeks with pelvic stabilization plus a home program gave no lasting relief; naproxen did not help. Sitting is
limited to 30 minutes and she cannot complete her shifts as a cashier. ODI 44%.

DIAGNOSTIC BLOCK: Bilateral intra-articular SI joint blocks on 06/30/2026 gave 80% relief for six hours.

CONSENT: WRITTEN CONSENT SIGNED.
TIME-OUT: PERFORMED, BOTH SI JOINTS CONFIRMED.
PRE-PROCEDURE PAIN: 7/10

PROCEDURE: Prone, prepped and draped. Skin and track anesthetized with 1% lidocaine, 2 mL per side. Under
fluoroscopy a 22-gauge spinal needle entered the inferior third of each SI joint. Omnipaque 300, 1 mL per side,
confirmed intra-articular spread. Each joint received Kenalog-40 1 mL (40 mg) with 0.5% Marcaine 1 mL.

IMAGES: AP AND CONTRALATERAL OBLIQUE IMAGES OF EACH JOINT SAVED.
SEDATION: NONE.
POST-PROCEDURE PAIN: 1/10 - 85% RELIEF.
COMPLICATIONS: NONE.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80),
               given("bupivacaine", 10)],
        pain=(7, 1), need=SPINE_NEED,
        codes=[line("27096", "RT"), line("27096", "LT"), line("J3301", units=8), line("S0020")],
        findings=[], dos="2026-08-25", pos="11", payer="commercial_generic",
        comment="commercial_generic: bilateral as RT and LT lines, local anaesthetic billed (bupivacaine S0020 per "
                "30 mL: 2 mL = 1 unit), no JW/JZ.")

    add("fbo-tpi-01", "flowsheet", """
Trigger Point Injection Flowsheet - Botulinum Toxin
Date: 01/27/2026 | Setting: clinic
Diagnosis: Myofascial pain syndrome of the left neck and upper back (M79.12)
Indication: left neck and shoulder-girdle pain for 2 years with palpable taut bands and local twitch responses
in the left trapezius, levator scapulae, splenius capitis and rhomboid major, each reproducing her referred
headache and scapular pain. Stretching, 12 weeks of physical therapy and dry needling gave only brief relief.
She cannot work at her computer for more than an hour.
Consent: signed after discussion of risks including weakness and dysphagia.
Time-out: done.
Pre-procedure pain: 7/10
Product: Botox (onabotulinumtoxinA), one 100-unit single-dose vial reconstituted with 2 mL preservative-free saline.
Muscle | Units
Left upper trapezius | 30
Left levator scapulae | 25
Left splenius capitis | 25
Left rhomboid major | 20
Total injected: 100 units. Wastage: none; the whole vial was used.
Technique: 27-gauge needle, aspiration before each injection.
Post-procedure pain: 5/10
Complications: none
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("onabotulinumtoxinA", 100, "units")],
        pain=(7, 5), need=SPINE_NEED,
        codes=[line("20553"), line("J0585", "JZ", units=100)],
        findings=["percent_relief"], dos="2026-01-27", pos="11",
        comment="Four muscles: 20553. Botox per unit, 100 given from a single-dose vial, none discarded: JZ. "
                "Relief only implied by the pre/post scores.")

    add("fbo-stellate-01", "operative_report", """
PROCEDURE: Left stellate ganglion block, ultrasound guided
DATE: 09/22/2026     LOCATION: Hospital outpatient procedure unit
DIAGNOSIS: Complex regional pain syndrome type I of the left upper limb (G90.512)
INDICATION: Burning pain, swelling, color change and allodynia of the left hand and forearm for 7 months after
a wrist fracture; the left hand is 1.8 °C cooler than the opposite hand. Occupational therapy with
desensitization and mirror therapy for 12 weeks and gabapentin have not controlled the pain; she cannot grip a
cup or type with the left hand.
CONSENT: Written informed consent obtained.
TIME-OUT: Completed; left side marked and confirmed.
PRE-PROCEDURE PAIN: 8/10
TECHNIQUE: Supine, neck slightly extended. Left anterior neck prepped with chlorhexidine. A linear
high-frequency ultrasound probe identified the C6 anterior tubercle, the longus colli muscle and the carotid
artery; color Doppler showed no vessel in the path. Skin wheal with 1% lidocaine 1 mL. Under real-time in-plane
ultrasound guidance a 25-gauge needle was advanced to the fascia over the longus colli at C6. After negative
aspiration, 0.5% ropivacaine 5 mL was injected in 1-mL increments with spread seen beneath the prevertebral
fascia. A permanent ultrasound image of the needle tip and injectate spread was saved to the record.
RESULT: Left Horner syndrome within 10 minutes and a 2.4 °C rise in left-hand skin temperature.
SEDATION: None.
POST-PROCEDURE PAIN: 4/10
COMPLICATIONS: None; no hoarseness or dysphagia.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound", sedation="none")],
        drugs=[given("lidocaine", 10), given("ropivacaine", 25)],
        pain=(8, 4), need=SPINE_NEED,
        codes=[line("64510"), line("76942", "26")],
        findings=[], dos="2026-09-22", pos="22",
        comment="Stellate block (bilateral indicator 0, no side modifier) with ultrasound and a saved image: 76942, "
                "with 26 in a facility; no drug lines at POS 22.")

    add("fbo-lsb-01", "title_headers", """
Right Lumbar Sympathetic Block at L3

Date: 02/24/2026
Location: Office procedure room

Diagnosis: Complex regional pain syndrome type I of the right lower limb (G90.521)

History: Burning right foot and ankle pain with swelling, sweating changes and allodynia for 5 months after an
ankle sprain. Gabapentin and 8 weeks of graded motor imagery with physical therapy have not helped; she uses a
cane and cannot wear a shoe on the right foot.

Time-out: Completed, right side confirmed.

Pre-procedure Pain: 9/10

Technique: Prone. Baseline skin temperature of the right foot recorded. Skin over the right L3 level
anesthetized with 1% lidocaine 3 mL. Under fluoroscopic guidance a 22-gauge 15-cm needle was advanced to the
anterolateral border of the L3 vertebral body. Isovue-M 300, 3 mL, spread along the sympathetic chain on the
lateral view without vascular or psoas uptake. 0.25% bupivacaine 15 mL was injected in divided doses.

Result: Right foot temperature rose from 29.1 to 33.4 °C.

Sedation: None.

Post-procedure Pain: 3/10

Complications: None.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30), given("iopamidol", 3, "ml"), given("bupivacaine", 37.5)],
        pain=(9, 3), need=SPINE_NEED,
        codes=[line("64520"), line("77002"), line("Q9967", units=3)],
        findings=["consent"], dos="2026-02-24", pos="11", consent=False,
        comment="Sympathetic block codes do not include imaging: 77002 (payer default) and, in the office, contrast "
                "by iodine strength (Isovue-M 300 = Q9967, per mL). No consent written.")

    add("fbo-sirfa-01", "numbered_form", """
SACROILIAC RADIOFREQUENCY - PROCEDURE FORM
1. Procedure: Right sacroiliac joint radiofrequency ablation (L5 dorsal ramus and S1, S2, S3 lateral branches)
2. Date / site: 04/15/2025, hospital outpatient procedure unit
3. Diagnosis: Sacroiliitis (M46.1), right
4. Indication: right SI joint pain for 2 years; two lateral branch blocks on 01/14/2025 and 02/11/2025 each
   gave 80% relief; relief from an earlier intra-articular injection lasted only 3 weeks.
5. Consent: signed.
6. Time-out: done.
7. Sedation: none.
8. Pre-procedure pain: 6/10
9. Technique: prone; fluoroscopic guidance; skin 1% lidocaine 5 mL. 17-gauge RF cannulas placed at the right
   L5 dorsal ramus (junction of the sacral ala and superior articular process) and lateral to the right S1, S2
   and S3 posterior foramina, two positions at each sacral foramen (7 lesion sites). Motor testing at 2 Hz,
   2 V: no leg contraction. 2% lidocaine 0.5 mL before each lesion (3.5 mL). Thermal lesions at 85 °C for
   90 seconds at each site.
10. Post-procedure pain: 2/10
11. Complications: none
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 120)],
        pain=(6, 2), need=("diagnosis", "symptom_duration"),
        codes=[line("64625", "RT")],
        findings=[], dos="2025-04-15", pos="22",
        comment="SI joint RFA 64625 includes imaging (no 77002/77003). Lidocaine 50 mg skin + 7 x 0.5 mL 2% (70 mg).")


# ----------------------------------------------------------------------------------------------------------------
# Hand-dictated half
# ----------------------------------------------------------------------------------------------------------------


def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):  # noqa: C901, N803
    add("fbo-h-rfa-01", "hand_dictated", """
RIGHT L3-L4, L4-L5, L5-S1 RADIOFREQUENCY ABLATION

Dictated procedure note, 07/07/2026, office. This 71-year-old woman returns for radiofrequency neurotomy. She
has had axial low back pain on the left side for about 3 years, worse when she straightens up from bending.
Diagnosis is lumbar facet arthropathy (M47.816). She did two courses of physical therapy, 8 weeks each, and
took meloxicam for months without real change in her pain. Standing at the stove is limited to ten minutes and
she has given up her garden; her Oswestry today is 40%. Her two diagnostic medial branch blocks at these
levels, on May 12 and June 2, gave 90% and 80% relief.

After we went over the risks she signed consent, and we did a time-out. Pain before starting 6/10. She lay
prone and was prepped and draped. Under fluoroscopy I placed four 18-gauge RF cannulas on the left: along the
left L2, L3 and L4 medial branches and the left L5 dorsal ramus at the sacral ala. Sensory testing reproduced
her left-sided back pain at 0.4 V; 2 Hz motor testing gave multifidus twitch and nothing in the leg. 1 mL of
2% lidocaine went through each cannula, followed by lesions at 80 degrees Celsius for 90 seconds. No sedation.
She tolerated it well without complications; pain afterward 2/10.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic",
                    sedation="none")],
        drugs=[given("lidocaine", 80)],
        pain=(6, 2), need=SPINE_NEED,
        codes=[line("64635", "LT"), line("64636", "LT", units=2)],
        findings=["laterality_conflict"], dos="2026-07-07", pos="11",
        comment="Title says RIGHT; every needle in the description is on the left (and the history is left-sided): "
                "codes follow the description (LT) and the difference is laterality_conflict. L2+L3+L4 medial "
                "branches and L5 dorsal ramus = joints L3-L4, L4-L5, L5-S1: 64635 + 64636 x2.")

    add("fbo-h-tfesi-01", "speech_recognition", """
Procedure: bilateral L3-4 and L4-5 transforaminal epidural steroid injection. Date 06/16/2026, office.

Indication: 66-year-old man with leg pain on both sides from lumbar spinal stenosis with neurogenic
claudication (M48.062), present for 6 months. Pain and tingling run from both buttocks down the outer thighs
to the tops of both feet after he walks about half a block, and he has to sit to get relief. He stopped
volunteering at the food bank. Extension-biased PT and aquatic therapy for 10 weeks did not help and NSAIDs gave
him reflux. MRI from April shows foraminal stenosis on both sides at L4-L5 and L5-S1 with the exiting L4 and L5
roots crowded; the central canal is moderately narrowed at L4-L5.

Consent signed, time out done. Pain on arrival 7 out of 10. Prone, sterile prep. Skin numbed with 1% lidocaine
1 mL at each of four entry points. Under fluoroscopy 22-gauge needles were placed into the right and left
L4-L5 foramina and the right and left L5-S1 foramina. Omnipaque 240, 1 mL at each, showed perineural and
epidural flow with no vascular pattern on live imaging. At each of the four foramina we then injected
Celestone Soluspan 0.5 mL (3 mg) with 1 mL of preservative-free 1% lidocaine. AP and lateral images saved. No
sedation. After the injection 2 out of 10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("lidocaine", 80), given("iohexol", 4, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 2), need=ESI_NEED,
        codes=[line("64483", "50"), line("64484", "50"), line("J0702", units=2)],
        findings=["laterality_conflict"], dos="2026-06-16", pos="11",
        comment="Title levels L3-4/L4-5, needles at the L4-L5 and L5-S1 foramina: levels and codes follow the "
                "description, the difference is laterality_conflict. Celestone 4 x 0.5 mL = 12 mg = J0702 x2 (6 mg "
                "per unit); lidocaine 4 x 1 mL skin + 4 x 1 mL in the injectate = 80 mg.")

    add("fbo-h-grfa-01", "dictated_addendum", """
RIGHT GENICULAR NERVE RADIOFREQUENCY ABLATION

Date of service 10/06/2026, office.

Diagnosis: Primary osteoarthritis, left knee (M17.12).

History: 74-year-old man with knee pain for 6 years, bone-on-bone medial and patellofemoral disease on
standing films. He is not a surgical candidate because of his cardiac disease. Intra-articular injections now
help less each time, and physical therapy and acetaminophen no longer control the pain. Walking is limited to
the end of his driveway and he cannot manage the stairs to his bedroom. A diagnostic genicular nerve block on
August 18 gave 75% relief for the duration of the anesthetic.

Procedure: Informed consent was signed and a time-out performed. Pre-procedure pain 8/10. Supine with a bolster
under the right knee. Under fluoroscopy (AP and lateral views) 18-gauge RF cannulas were placed at the
superomedial, superolateral and inferomedial genicular nerves. Skin was infiltrated with 1% lidocaine 1 mL at
each entry site; 2% lidocaine 1 mL was given through each cannula. Thermal lesions were made at 80 °C for 90
seconds, two lesions per nerve. No sedation. Post-procedure pain 3/10. No complications.

Addendum, same day: Side corrected to LEFT. The ablation was performed on the left knee, not the right as
dictated above; the left knee was marked and confirmed at the time-out. Electronically signed by the attending
physician.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                    intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 90)],
        pain=(8, 3), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64624", "LT")],
        findings=[], dos="2026-10-06", pos="11",
        comment="Title and body were dictated RIGHT; the signed addendum corrects the side to LEFT (as the diagnosis "
                "reads): the corrected side stands and no conflict is raised. Prior diagnostic block documented.")

    add("fbo-h-ilesi-01", "hand_prose", """
T10-T11 interlaminar epidural steroid injection under moderate sedation, 05/06/2025, office.

She is a 61-year-old with thoracic radiculopathy (M54.14): sharp band-like pain wrapping from the right mid-back
around to the right upper abdomen along the T10 dermatome for 4 months, with hyperesthesia in that band. The
pain has not responded to 6 weeks of physical therapy, and a trial of nortriptyline left her groggy and was
stopped. She cannot sleep on her right side and bending to garden is impossible.

She has severe needle phobia with panic and could not go through the procedure awake, so I judged moderate
sedation necessary. I administered midazolam 2 mg and fentanyl 50 mcg IV; sedation start 10:14, end 10:31, 17
minutes of intraservice time, with a registered nurse as independent trained observer monitoring her
throughout.

Consent was signed and a time-out performed. Pain before the procedure 8/10. Prone; sterile prep. The skin was
anesthetized with 1% lidocaine 3 mL. Under fluoroscopic guidance a 20-gauge Tuohy needle entered the epidural
space at the T10-T11 interlaminar space, right paramedian, by loss of resistance to saline. Omnipaque 180,
1.5 mL, confirmed epidural spread with no vascular or intrathecal pattern (AP and lateral views saved).
Dexamethasone 10 mg (1 mL of 10 mg/mL) with 2 mL preservative-free saline was injected. Pain afterward 3/10.
No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 30),
               given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=minus(ESI_NEED, "imaging_findings"),
        codes=[line("62321"), line("99152"), line("J1100", units=10)],
        findings=["imaging_findings"], dos="2025-05-06", pos="11",
        comment="Thoracic interlaminar with fluoroscopy: 62321. Sedation by the proceduralist, observer, 17 min: "
                "99152 only (99153 needs 23 min). No MRI/CT finding written.")

    add("fbo-h-ilesi-02", "fellow_attestation", """
L5-S1 interlaminar epidural steroid injection, ambulatory surgery center, 01/13/2026.

The patient is a 57-year-old man with lumbosacral radiculopathy (M54.17) on the left, S1 distribution: pain
down the back of the left leg to the sole with numbness of the lateral foot and an absent left ankle jerk, for
9 months. MRI 11/2025 shows a left paracentral L5-S1 protrusion contacting the traversing left S1 root. Eight
weeks of physical therapy, a home exercise program and NSAIDs gave no lasting improvement. He cannot sit through
a drive longer than 20 minutes and has stopped his landscaping work; ODI 50%. His last L5-S1 interlaminar
epidural, in June 2025, gave about 70% relief that lasted five months before the leg pain returned.

Anesthesia: monitored anesthesia care by the CRNA of the anesthesia service - propofol 90 mg and midazolam 2 mg
IV given by the CRNA from 07:48 to 08:06; see the anesthesia record. MAC was used because at his last
injection he could not stay prone under local anesthesia because of panic attacks, despite an oral anxiolytic.

Procedure: Consent signed; time-out done. Pre-procedure pain 7/10. Prone; sterile prep; skin 1% lidocaine 3 mL.
Under fluoroscopy an 18-gauge Tuohy needle was advanced by a left paramedian interlaminar approach at L5-S1 to
loss of resistance to saline. Omnipaque 180, 2 mL, showed epidural spread without intrathecal or vascular
filling; AP and lateral images saved. Depo-Medrol 80 mg (2 mL of 40 mg/mL) with 3 mL preservative-free saline
was injected. Post-procedure pain 2/10. No complications.

The fellow performed the procedure with me; I was present for the entire procedure and agree with this note.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="mac")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 2), need=ESI_NEED,
        codes=[line("62323")],
        findings=[], dos="2026-01-13", pos="24",
        comment="MAC by the CRNA: no sedation line on the physician claim and the CRNA's agents are not listed; "
                "details and reason are written. Repeat with 70% relief for 5 months. ASC: no drug lines.")

    add("fbo-h-tfesi-02", "dictated_terse", """
Left L4-L5 and L5-S1 TFESI, 03/03/2026, office. Second transforaminal injection for her; the first, in
October, "took the edge off" for a while.
Dx: left L5 radiculopathy from L4-L5 disc extrusion (M51.16).
Sx: 5 mo of left lateral calf and dorsal foot pain with paresthesias; EHL 4/5 on the left; SLR + at 40 deg on
the left.
MRI 1/2026: L4-L5 left subarticular extrusion compressing the left L5 root; mild left L5-S1 foraminal narrowing.
Failed: PT 6 wk + HEP, no change; naproxen stopped for GI bleeding risk.
Fxn: walking limited to 10 min, can't work a full shift at the warehouse; ODI 48%.
Consent signed. Time-out done. Pre 7/10.
Prone. 1% lidocaine 2 mL skin. Fluoro. 22 g needles: left L4-L5 foramen (subpedicular) and left L5-S1 foramen.
Isovue-M 200, 1 mL each level, good perineural flow, no vascular uptake on live fluoro.
Injected: L4-L5 - Kenalog-40 1 mL (40 mg) + 0.25% bupivacaine 1 mL; L5-S1 - Kenalog-40 0.5 mL (20 mg) + 0.25%
bupivacaine 1.5 mL.
AP + lateral saved. No sedation. Post 2/10. No cx.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("lidocaine", 20), given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 60),
               given("bupivacaine", 6.25)],
        pain=(7, 2), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT"), line("J3301", units=6)],
        findings=["prior_procedure_response"], dos="2026-03-03", pos="11",
        comment="A different mix per level: triamcinolone 40 + 20 = 60 mg (J3301 x6), bupivacaine 2.5 + 3.75 mg. "
                "A stated second injection whose earlier response is unquantified ('took the edge off').")

    add("fbo-h-vaug-01", "operative_dictation", """
Procedure: Bilateral transpedicular balloon kyphoplasty, T11 and T12. Date 08/11/2026, hospital outpatient
department.

Diagnosis: Osteoporotic compression fractures of T11 and T12 (M80.08XA).

Indication: 79-year-old woman with severe mid-back pain since a fall getting out of the bath 7 weeks ago. MRI
07/2026: acute compression fractures of T11 (30% height loss) and T12 (25% height loss), both with STIR marrow
edema; no retropulsion. Six weeks of TLSO bracing, scheduled acetaminophen and tramadol gave no meaningful
relief; she is confined to a recliner and needs help to walk to the bathroom.

Consent: risks including cement leakage, infection and new fractures discussed; written consent signed.
Time-out performed with the whole team.

Sedation: moderate sedation administered by me - midazolam 3 mg and fentanyl 100 mcg IV in divided doses;
start 13:05, stop 13:35, 30 minutes of intraservice time; the circulating RN served as independent observer
with continuous monitoring.

Description: Pre-procedure pain 9/10. Prone on the spine table. Biplane fluoroscopy. Skin and periosteum over
each of the four pedicles infiltrated with 1% lidocaine 5 mL (20 mL total), followed by 0.5% bupivacaine 2 mL
along each tract (8 mL total). Bilateral 11-gauge transpedicular cannulas were placed at T11 and T12.
Inflatable bone tamps created cavities at each level with partial height restoration; PMMA cement (3.5 mL at
T11, 3 mL at T12) was injected under continuous lateral fluoroscopy with no extravasation. Cannulas removed.

Post-procedure pain 4/10 in recovery. Complications: none.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T11", "T12"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 3), given("fentanyl", 0.1), given("lidocaine", 200),
               given("bupivacaine", 40)],
        pain=(9, 4), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("22513"), line("22515"), line("99152"), line("99153")],
        findings=[], dos="2026-08-11", pos="22",
        comment="Balloon (cavity creation) at two thoracic bodies: 22513 + 22515 x1, no side modifier. Sedation "
                "by the proceduralist, observer, 30 min: 99152 + 99153 x1.")

    add("fbo-h-scs-01", "dictated", """
Spinal cord stimulator trial - percutaneous placement of two leads, ambulatory surgery center, 12/02/2025.

Diagnosis: Failed back surgery syndrome (M96.1) with chronic leg pain on both sides.

History: L4-S1 fusion in 2019 and a revision in 2021. Constant burning pain in both legs, with back pain, for
more than 4 years. Physical therapy twice, gabapentin and duloxetine (stopped for dizziness), and two epidural
injections gave no lasting relief; further surgery is not advised. He walks less than 10 minutes and cannot sit
through a meal out; ODI 58%. The psychological evaluation by our behavioral health team on 10/21/2025 found no
contraindication and cleared him for a trial.

Consent signed. Time-out completed. Pain before the procedure 8/10.

Sedation: light moderate sedation by me - midazolam 1 mg IV at 10:02; monitoring ended 10:10 (8 minutes); the
procedure RN observed independently. He stayed conversant for paresthesia mapping.

Technique: Prone; sterile prep. 1% lidocaine 10 mL for skin and tracts. Under fluoroscopy two 14-gauge Tuohy
needles entered the epidural space by loss of resistance at T12-L1 and L1-L2. Two 8-contact percutaneous leads
were advanced under fluoroscopy to tips at the top of T8 and mid-T9, straddling midline; intraoperative testing
gave paresthesia coverage of both legs. Leads anchored to the skin and connected to the external trial
generator. Post-procedure pain 5/10. No complications. Trial planned for 7 days.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 1), given("lidocaine", 100)],
        pain=(8, 5), need=(*SPINE_NEED, "radicular_findings"),
        codes=[line("63650", units=2), line("77003", "26")],
        findings=[], dos="2025-12-02", pos="24",
        comment="Two percutaneous leads: 63650 x2 with 77003, 26 in the ASC. Moderate sedation by the proceduralist "
                "lasted 8 minutes: under the 10-minute minimum, so no 99152 (times, observer and minutes are written).")

    add("fbo-h-pump-01", "clinic_note", """
Intrathecal pump refill and reprogramming - clinic visit, 04/07/2026.

Diagnosis: Chronic pain syndrome (G89.4); failed back surgery syndrome (M96.1).
Indication: chronic axial and leg pain managed with intrathecal morphine; she reports more end-of-day pain
since the last refill, without sedation, pruritus or constipation.

Device: programmable intrathecal pump, 20 mL reservoir. Interrogation: reservoir volume 2.1 mL, matching the
expected volume; no alarms.

Consent: written consent for the refill obtained. Time-out performed.

Procedure (performed by me): sterile prep with chlorhexidine, template positioned over the pump, 22-gauge
non-coring needle into the reservoir port; the residual 2.1 mL was withdrawn and discarded. The reservoir was
refilled with preservative-free morphine 25 mg/mL, 20 mL (500 mg). Needle removed; site dressed.

Reprogramming: daily dose increased by 10%, from 3.0 mg/day to 3.3 mg/day in simple continuous mode; the pump
was reprogrammed with the new concentration and dose, and the next refill date was set.

Complications: none.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",),
        codes=[line("62370")],
        findings=[], dos="2026-04-07", pos="11",
        comment="Refill with reprogramming done by the physician: 62370. Dose in the reservoir 20 mL x 25 mg/mL.")

    add("fbo-h-pump-02", "nurse_visit_cosign", """
Pump refill (intrathecal hydromorphone) - nurse visit under physician supervision, 07/22/2025.

Dx: Chronic pain syndrome with intrathecal drug delivery system (G89.4).
Indication: scheduled refill; pain control stable on the current settings and no side effects reported.
Consent: the patient consented to the refill.
Time-out: completed by the RN with the patient.
The refill was performed by the clinic RN under my direct supervision in the office suite; I was immediately
available and did not need to intervene.
Interrogation: 1.8 mL remaining, consistent with the expected volume. Sterile prep; 22-gauge non-coring needle
into the central reservoir port; the residual 1.8 mL was aspirated and discarded; the reservoir was filled with
hydromorphone 10 mg/mL, 20 mL (200 mg).
Programming: no change; the pump was not reprogrammed (continuous dose unchanged at 1.2 mg/day).
Complications: none. Next refill in 12 weeks.
Reviewed and cosigned by the supervising physician.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 200)],
        pain=(None, None), need=("diagnosis",),
        codes=[line("95990")],
        findings=[], dos="2025-07-22", pos="11",
        comment="Refill without reprogramming by clinical staff (RN): 95990.")

    add("fbo-h-occ-01", "dictated", """
Bilateral greater and lesser occipital nerve blocks under ultrasound, 11/03/2026, office.

Bilateral occipital neuralgia (M54.81). She describes paroxysmal shooting pain from the base of the skull over
both sides of the scalp to the vertex for 8 months, with tenderness over both greater occipital nerves and a
Tinel sign on both sides. Gabapentin and 8 weeks of physical therapy for neck posture did not help, and she
misses about four workdays a month.

Consent was signed after we reviewed the risks, and a time-out was done. She sat with her head flexed. With a
linear probe I located each greater occipital nerve between the semispinalis capitis and the obliquus capitis
inferior at C2, and each lesser occipital nerve along the posterior border of the sternocleidomastoid. Under
real-time ultrasound guidance I injected, at each greater occipital nerve, 2 mL of 0.5% bupivacaine with 10 mg
of Kenalog-40 (0.25 mL), and at each lesser occipital nerve 2 mL of 0.5% bupivacaine alone. No images were
stored. No sedation. Ten minutes later her pain was 1/10 with numbness in both occipital territories. No
complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="ultrasound", sedation="none")],
        drugs=[given("bupivacaine", 40), given("triamcinolone_acetonide", 20)],
        pain=(None, 1), need=SPINE_NEED,
        codes=[line("64405", "RT"), line("64405", "LT"), line("64450", "RT"), line("64450", "LT"),
               line("J3301", units=2), line("S0020")],
        findings=["pre_procedure_pain_score"], dos="2026-11-03", pos="11", payer="commercial_generic",
        comment="commercial_generic: each bilateral nerve code as RT and LT lines (greater 64405, lesser 64450); "
                "bupivacaine 8 mL billed as S0020 x1. Ultrasound without a stored image: no 76942. No score "
                "before the block.")

    add("fbo-h-pnb-01", "shorthand", """
R suprascapular nerve block, fluoro-guided. 05/19/2026, office.
Dx: primary OA R shoulder (M19.011); not a surgical candidate (COPD).
Hx: R shoulder pain x 2 yrs, night pain, can't reach overhead cabinets or dress without help. PT 3 mo + home
exercise, no benefit; IA injection in Jan helped 3 wks only.
Consent signed. Time-out done.
Pre: 7/10.
Seated; R suprascapular notch located under fluoro (AP w/ cephalad tilt). 1% lidocaine 2 mL skin. 22 g spinal
needle to the notch; Isovue-M 200 1 mL -> spread along the nerve in the notch, no vascular. Injected 0.5%
bupivacaine 5 mL + Kenalog.
No sedation. Post 2/10. No complications.
""",
        procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                    imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iopamidol", 1, "ml"), given("bupivacaine", 25),
               given("triamcinolone_acetonide", None)],
        pain=(7, 2), need=SPINE_NEED,
        codes=[line("64418", "RT"), line("77002"), line("Q9966")],
        findings=["drug_dose"], dos="2026-05-19", pos="11",
        comment="Somatic nerve block under fluoroscopy: 77002 and, in the office, contrast Q9966 (Isovue-M 200) x1. "
                "Kenalog has no amount: drug_dose, and no J3301 line.")

    add("fbo-h-impar-01", "dictated", """
Ganglion impar block under fluoroscopy, 02/20/2024, office.

Coccydynia (M53.3) for 10 months after a fall onto the tailbone. Sitting is limited to 15 minutes and she uses a
wedge cushion at work. A seat cushion, 8 weeks of pelvic floor physical therapy and NSAIDs have not helped.

Consent signed. Time-out performed. Pre-procedure pain 8/10. Prone with a pillow under the pelvis. Skin over
the sacrococcygeal junction anesthetized with 1% lidocaine 2 mL. Under lateral fluoroscopy a 22-gauge needle
was passed through the sacrococcygeal disc to its anterior surface. Omnipaque 180, 3 mL, outlined the
retroperitoneal space in a reverse-comma shape without vascular or rectal spread. Injected 0.25% bupivacaine
4 mL and Depo-Medrol 40 mg (1 mL of 40 mg/mL). No sedation. Post-procedure pain 2/10. Discharged home.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 3, "ml"), given("bupivacaine", 10),
               given("methylprednisolone_acetate", 40)],
        pain=(8, 2), need=SPINE_NEED,
        codes=[line("64999"), line("77002"), line("J1030"), line("Q9965", units=3)],
        findings=["complications"], dos="2024-02-20", pos="11", complications=None,
        comment="Ganglion impar: 64999 with 77002; office contrast Omnipaque 180 = Q9965 x3; before 2024-04-01, "
                "methylprednisolone 40 mg = J1030 x1. No statement about complications.")

    add("fbo-h-sinb-01", "hand_prose", """
Bilateral sacroiliac joint lateral branch blocks (diagnostic): L5 dorsal rami and S1-S3 lateral branches.
06/23/2026, office.

Diagnosis: sacroiliac joint pain on both sides (M53.3). She has had pain over both SI joints, below the belt
line, for 2 years. Eight weeks of physical therapy with a sacroiliac belt did not help, and intra-articular
injections last year gave only short relief. She cannot sit through a church service or drive more than 30
minutes. We are testing the lateral branches before considering radiofrequency ablation.

Consent signed; time-out done. Pain before the blocks 6/10. Prone; sterile prep. Under fluoroscopic guidance,
with 1% lidocaine 0.5 mL at each of the eight skin entry sites (4 mL in all), 25-gauge spinal needles were
placed at the L5 dorsal ramus at the sacral ala and lateral to the S1, S2 and S3 posterior foramina, on the
right and on the left. 0.5% bupivacaine 0.5 mL was injected at each of the eight sites (4 mL). No sedation.
Thirty minutes later her pain was 1/10, about 83% relief. No complications.
""",
        procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 40), given("bupivacaine", 20)],
        pain=(6, 1), need=SPINE_NEED,
        codes=[line("64451", "50")],
        findings=[], dos="2026-06-23", pos="11",
        comment="SI joint nerve blocks include imaging; both sides in one session: 64451 with 50.")

    add("fbo-h-tpi-01", "dictated", """
Trigger point injections with Dysport, right piriformis and right gluteus medius. 10/07/2025, office.

Diagnosis: myofascial pain syndrome of the right gluteal region (M79.18). Right buttock pain for 3 years with
taut bands and local twitch responses in the right piriformis and right gluteus medius, each reproducing her
referred posterior thigh pain. Stretching, 12 weeks of physical therapy and a home program failed. She cannot
sit through her grandson's ball games.

Consent signed; time-out done. Pre-procedure pain 6/10. No imaging guidance was used; the trigger points were
located by palpation. One 300-unit single-dose vial of Dysport (abobotulinumtoxinA) was reconstituted with
1.5 mL preservative-free saline. 100 units were injected into the right piriformis and 100 units into the right
gluteus medius, 200 units in total. The remaining 100 units in the vial were discarded and recorded as waste.
Post-procedure pain 3/10, 50% relief. No complications.
""",
        procs=[proc("trigger_point", imaging="none")],
        drugs=[given("abobotulinumtoxinA", 200, "units")],
        pain=(6, 3), need=SPINE_NEED,
        codes=[line("20552"), line("J0586", units=40), line("J0586", "JW", units=20)],
        findings=[], dos="2025-10-07", pos="11",
        comment="Two muscles: 20552. Dysport per 5 units: 200 given = J0586 x40; 100 discarded from the "
                "single-dose vial = J0586-JW x20.")
