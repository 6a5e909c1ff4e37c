"""Sealed batch `dev_fresh_bx`: 30 hand-dictated hard cases (`fbx-h-*`), each labelled from its own text.

No generator: every note was written one by one around one or two hard cases (medial branches named instead
of joints, mixed solutions per site, a contralateral or level-above repeat, contrast allergy, sides and levels
written twice, invalid or non-billable ICD-10 codes, repeats with and without a documented response, sessions
too close together, pulsed RF, ultrasound-guided facet blocks, CRNA and proceduralist sedation, Botox with a
discarded amount, one saved view, ganglion impar, pump refills, an ESI for acute zoster, shorthand). The gold
follows `corpora/README.md` and the KB; `findings` lists every element the note fails, worked out by hand
(see the batch README for the per-note reasoning). Built by `make_notes.py` with the kit of `dev_fresh_d`.
"""

from __future__ import annotations

TF, IL, FACET, RFA = "transforaminal_epidural", "interlaminar_epidural", "facet_injection", "facet_rfa"
SI, TPI, ONB, SYMP, PUMP = "si_joint_injection", "trigger_point", "occipital_nerve_block", "sympathetic_block", "pump_refill"
FLUORO, US = "fluoroscopy", "ultrasound"


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    """Queue the 30 notes (spine first, then the other families)."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given)


FACET_IMG = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings")


def _epidurals(add, proc, line, given, ESI_NEED, minus):
    add("fbx-h-tfesi-01", "hand_shorthand", """
PAIN CLINIC PROCEDURE NOTE
Proc: B/L TFESI L4/5 & L5/S1, fluoro-guided
Dx: Lumbar foraminal stenosis L4/5 & L5/S1 w/ bilat L4 and L5 radiculopathy (M48.061, M54.16)

S: 68 y/o F, 5 mo of low back pain shooting into both anterolateral thighs and shins, L>R, tingling over both
dorsal feet. PT x 8 wk (2x/wk) -> no change. Gabapentin 300 tid -> too dizzy, stopped. Meloxicam 15 daily x 2 mo,
no help. Can't stand >10 min to cook; walks 1 block then has to sit. ODI 46%.
O: +SLR bilat at 45 deg. Knee jerks diminished bilat, L EHL weaker than R.
MRI L-spine 12/2025: L4/5 and L5/S1 disc-osteophyte complexes w/ mod-severe bilat foraminal narrowing,
impinging the exiting L4 and L5 roots.
Pre: 7/10.

Consent: R/B/A reviewed incl bleeding, infection, nerve injury, HA; written consent signed.
Time-out: pt, proc, B/L, levels confirmed by team.
No sedation.

Prone, prep/drape. Skin: lido 1% 4 mL total. 22g 3.5" Quincke needles placed under fluoro (oblique, then lateral)
to L L4/5, L L5/S1, R L4/5 and R L5/S1 foramina, subpedicular. At each: Omnipaque 240 1 mL -> periradicular +
epidural flow, no vascular or intrathecal pattern on live fluoro; then dex (10 mg/mL) 0.25 mL + bupi 0.25% 1 mL.
Totals: dexamethasone 10 mg, bupivacaine 10 mg, Omnipaque 4 mL.
AP + lat images saved to PACS.

Post: 3/10, legs feel lighter, strength unchanged.
no cx. D/c home w/ driver, usual post-ESI precautions. F/u 3 wk.
""", procs=[proc(TF, approach="transforaminal", region="lumbar", laterality="bilateral", levels=["L4-L5", "L5-S1"],
                 imaging=FLUORO, contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 40), given("iohexol", 4, "ml"), given("dexamethasone_sodium_phosphate", 10),
               given("bupivacaine", 10)],
        pain=(7, 3), need=ESI_NEED,
        codes=[line("64483", "50"), line("64484", "50"), line("J1100", units=10)],
        findings=[], dos="2026-02-17", pos="11",
        comment="Shorthand bilateral two-level TFESI; per-foramen doses multiplied out (4 x 0.25 mL of 10 mg/mL dex).")

    add("fbx-h-tfesi-02", "hand_headers", """
PROCEDURE: LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION
LOCATION: Ambulatory surgery center, procedure room 2
DATE OF SERVICE: 06/03/2025

PREOPERATIVE DIAGNOSIS: Right S1 radiculopathy (M54.17) due to a right paracentral L5-S1 disc extrusion.
POSTOPERATIVE DIAGNOSIS: Same.

INDICATION: Ten weeks of right buttock pain that shoots down the back of the right leg to the lateral foot, with
numbness along the outer sole. Straight-leg raise is positive on the right at 40 degrees and the right ankle
reflex is absent. Six weeks of supervised physical therapy did not reduce the leg pain, and naproxen was stopped
after two weeks because of dyspepsia; a Medrol dosepak from urgent care did nothing. She can no longer sit through
a 15-minute car ride and has taken leave from her cashier job. MRI of the lumbar spine (04/2025) shows a right
paracentral L5-S1 extrusion compressing the traversing right S1 nerve root.

PRE-PROCEDURE PAIN SCORE: 8/10 (NRS).
CONSENT: The risks (bleeding, infection, nerve injury, headache, steroid effects), benefits and alternatives were
explained; she signed written consent.
TIME-OUT: Completed with the nurse and radiology technologist; patient, procedure, level and side verified.
SEDATION: None.

DESCRIPTION OF PROCEDURE: The patient was placed prone and the lumbosacral area prepped with chlorhexidine and
draped. Under fluoroscopy the right L5-S1 foramen was squared off on an ipsilateral oblique view. After a skin
wheal with 2 mL of 1% lidocaine, a 22-gauge 5-inch spinal needle was advanced to the superior aspect of the right
L5-S1 neural foramen; the lateral view confirmed the tip in the posterior foramen. Omnipaque 300, 1.5 mL, under
live fluoroscopy outlined the right L5 nerve root with medial flow into the epidural space and no vascular uptake.
Kenalog-40, 1 mL (40 mg), mixed with 1 mL of 1% preservative-free lidocaine was then injected slowly. AP and
lateral images of the final needle position and contrast pattern were saved.

POST-PROCEDURE PAIN SCORE: 3/10.
COMPLICATIONS: None. Discharged in stable condition after 20 minutes of observation.
""", procs=[proc(TF, approach="transforaminal", region="lumbar", laterality="right", levels=["L5-S1"], imaging=FLUORO,
                 contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT")],
        findings=["laterality_conflict"], dos="2025-06-03", pos="24",
        comment="Title says LEFT; diagnosis and every needle sentence say right, with no correction: codes follow the "
                "description (RT) and the difference is a laterality_conflict. The oral Medrol dosepak is history, "
                "not an injectate.")

    add("fbx-h-tfesi-03", "hand_dictated", """
Right L4-5 transforaminal epidural steroid injection

Date of service 01/22/2024. This is a 59-year-old man with left L4 radiculopathy (M54.16) from a left foraminal
disc protrusion at L4-5, seen today for a transforaminal epidural. For the past four months he has had aching in
the left groin and anterior thigh that runs down across the knee to the medial shin, with burning numbness in the
same strip. On exam the left knee reflex is reduced, quadriceps strength is slightly weak on the left and the
femoral stretch test reproduces the thigh pain. He did a home exercise program with a physical therapist for seven
weeks without meaningful change, and duloxetine was stopped because of nausea. He has had to give up his walking
group because he cannot walk more than two blocks, and climbing the stairs at home is a struggle. MRI from November
shows a left foraminal protrusion at L4-5 narrowing the foramen and abutting the exiting left L4 root. He rates his
pain 7/10 before the procedure.

Risks including infection, bleeding, nerve damage, dural puncture and transient numbness were discussed, questions
answered, and he gave written consent. A time-out was held confirming patient, procedure, side and level. No
sedation was used.

He was positioned prone, the low back prepped with chlorhexidine and draped. The skin over the target was
anesthetized with 2 mL of 1% lidocaine. Using fluoroscopy, a 22-gauge spinal needle was directed to the left L4-5
foramen under the pedicle, and depth was checked on the lateral projection. After negative aspiration,
methylprednisolone (Depo-Medrol) 40 mg in 1 mL mixed with 1 mL of 0.5% bupivacaine was injected without resistance
or paresthesia. AP and lateral views of the final needle position were saved.

After the injection his thigh pain was 2/10. No complications. He left ambulatory with his wife.

ADDENDUM: The heading of this note reads "Right"; that is a dictation error. The injection was performed on the
LEFT at L4-5 as described above. Side corrected to left.
""", procs=[proc(TF, approach="transforaminal", region="lumbar", laterality="left", levels=["L4-L5"], imaging=FLUORO,
                 contrast=None, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("methylprednisolone_acetate", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("J1030")],
        findings=["contrast"], dos="2024-01-22", pos="11",
        comment="Signed side correction in an addendum: left stands, no conflict. Contrast is never mentioned (no use, no "
                "contraindication). 40 mg methylprednisolone before 2024-04-01: J1030 x1.")

    add("fbx-h-tfesi-04", "hand_mixed", """
Hospital outpatient procedure suite - 08/12/2025
Procedure: RIGHT L4-5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTIONS (repeat)
Diagnosis: Right L5 radiculopathy (M54.16); lumbar spinal stenosis (M48.061)

Interval history: Her prior right L5-S1 transforaminal injection on 03/04/2025 gave about 70% relief that lasted
four months; over the last few weeks the pain has crept back. Symptoms started more than a year ago. She has since
completed another 6 weeks of physical therapy and continues celecoxib; despite both, the pain has returned to
baseline. She has stopped gardening and can stand at the sink for only about 10 minutes. Today she describes pain
across the low back, worse on the right, 6/10.
Imaging: MRI 01/2025 - right L4-5 and L5-S1 foraminal stenosis from facet hypertrophy and disc bulging,
contacting the exiting right L4 and L5 roots.

Consent: Procedure, risks and alternatives reviewed; written informed consent on the chart.
Time-out: done, all team members agreed on side and levels.
Sedation: none.

Technique: Prone, sterile prep and drape. Skin and deeper tissues anesthetized with 1% lidocaine, 3 mL in total.
Under fluoroscopic guidance a 22-gauge needle was walked into the right L5-S1 foramen. Isovue-M 300, 1 mL, showed
spread along the right L5 root and into the anterior epidural space without vascular runoff. 0.5 mL of Celestone
Soluspan (6 mg/mL) with 1 mL of 0.25% bupivacaine was injected. The same procedure was then carried out at the
level above through a second needle, with the same volumes of contrast and injectate. AP and lateral images were
saved for both needles.

Post-procedure: 2/10. No complications; vital signs stable. Discharged with instructions.
""", procs=[proc(TF, approach="transforaminal", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
                 imaging=FLUORO, contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30), given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("bupivacaine", 5)],
        pain=(6, 2), need=minus(ESI_NEED, "radicular_findings"),
        codes=[line("64483", "RT"), line("64484", "RT")],
        findings=["indication"], dos="2025-08-12", pos="22",
        comment="'The same procedure at the level above' adds L4-L5 (the title names both levels, so no conflict). "
                "Repeat with a documented response (70% for four months). Only axial pain is described: a "
                "radiculopathy diagnosis and an MRI contacting the roots are no radicular symptoms or signs.")

    add("fbx-h-tfesi-05", "hand_headers", """
CERVICAL TRANSFORAMINAL EPIDURAL STEROID INJECTION - LEFT C6-7
Date: 05/05/2026   Setting: office procedure suite

Diagnosis: Left C7 radiculopathy (M54.12) secondary to C6-7 foraminal stenosis.
History: Three months of pain from the left side of the neck through the back of the arm into the middle finger,
with tingling in the same finger. Spurling maneuver reproduces it on the left; the left triceps reflex is reduced
and elbow extension is weak. Eight weeks of cervical traction and physical therapy brought no improvement;
ibuprofen upset his stomach. He cannot work at the computer for more than 20 minutes or sleep on his left side.
Imaging: CT myelogram 03/2026 shows uncovertebral and facet hypertrophy narrowing the left C6-7 foramen with
effacement of the left C7 root sleeve.
Pre-procedure pain: 7/10.

Consent: risks including spinal cord injury, stroke, infection, bleeding and increased pain discussed; written
consent obtained.
Time-out: performed, left C6-7 confirmed.
Sedation: none.

Procedure: Supine with the head turned to the right. Prep and drape. 1% lidocaine 1 mL to the skin. Under
fluoroscopy in the oblique view a 25-gauge blunt-tip needle was advanced to the posterior aspect of the left C6-7
foramen, and the AP view confirmed the tip at the mid-facet column. Omnipaque 240, 0.8 mL, under live fluoroscopy
with digital subtraction showed spread along the left C7 root with no vascular uptake. Dexamethasone 10 mg (1 mL of
10 mg/mL) with 1 mL of 1% lidocaine was injected slowly.
Images: one AP image showing the contrast pattern was saved to the record.

Post-procedure pain: 2/10. Arm strength unchanged.
Complications: none.
""", procs=[proc(TF, approach="transforaminal", region="cervical", laterality="left", levels=["C6-C7"], imaging=FLUORO,
                 contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.8, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64479", "LT"), line("J1100", units=10)],
        findings=["saved_images"], dos="2026-05-05", pos="11",
        comment="One saved view (a single AP image) is below the two views esi.saved_images asks for.")

    add("fbx-h-tfesi-06", "hand_dictated", """
Repeat right L4-L5 and L5-S1 transforaminal epidural steroid injection, fluoroscopic guidance

Office procedure, 07/09/2026. The patient returns for a repeat right L4-L5 and L5-S1 transforaminal injection. The
first one, on 05/26/2026, "helped some" for a couple of weeks by his account, and the right leg pain is back. He has
had right lateral thigh and shin pain radiating to the top of the foot for about eight months, with numbness over
the dorsum of the foot; great-toe extension is weak on the right and the straight-leg raise is positive on the
right at 50 degrees. Physical therapy twice a week for 10 weeks last winter did not change the leg pain, and
pregabalin was not tolerated because of swelling in his ankles. The leg pain keeps him from walking more than a
block and he has stopped playing golf. MRI lumbar spine 02/2026: right foraminal disc protrusion at L4-L5 and right
foraminal stenosis at L5-S1, with contact on the exiting right L4 and L5 roots. Today his pain is 8/10.

Procedure, risks and options were reviewed again and he signed consent. Time out completed. No sedation.

Prone position, chlorhexidine prep, sterile drape. 1% lidocaine 2 mL was infiltrated at each of the two entry
sites. With fluoroscopy, 22-gauge needles were placed in the right L4-L5 and right L5-S1 foramina using oblique and
lateral views. Omnipaque 180, 1 mL through each needle, produced a neurogram and epidural spread without vascular
filling. Through each needle 0.5 mL of Kenalog-40 (20 mg) with 1 mL of 0.25% bupivacaine was injected. Two views
(AP and lateral) were stored. After the injection his pain was 4/10. He had no complications and was discharged
home.
""", procs=[proc(TF, approach="transforaminal", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
                 imaging=FLUORO, contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5)],
        pain=(8, 4), need=minus(ESI_NEED, "diagnosis"),
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=4)],
        findings=["diagnosis", "prior_procedure_response"], dos="2026-07-09", pos="11",
        comment="A stated repeat six weeks after the first TFESI, whose response is only 'helped some' for a couple of "
                "weeks: no documented 50% relief for 3 months. No diagnosis line, and the history names leg pain and "
                "the MRI findings only (conditions in imaging sentences are no diagnosis): common.diagnosis, as "
                "fd-tfesi-03, fg-tfesi-02 and fat-tfesi-04 (gold corrected after the first reading).")

    add("fbx-h-ilesi-01", "hand_headers", """
PROCEDURE: Lumbar interlaminar epidural steroid injection, L4-L5, under fluoroscopy
DATE: 11/18/2025

DIAGNOSIS: Lumbar disc herniation with left L5 radiculopathy (M51.16)
ALLERGIES: Iodinated contrast (anaphylaxis during a CT scan in 2019); penicillin (rash)

HISTORY: Five months of pain from the left buttock down the outer calf to the great toe, with tingling on the top
of the foot. Straight-leg raise is positive on the left at 35 degrees, and great-toe extension is weak on the left.
Eight weeks of physical therapy did not lessen the leg pain, and a course of meloxicam gave no benefit. Lumbar MRI
09/2025: left paracentral disc herniation at L4-L5 compressing the traversing left L5 root.

PRE-PROCEDURE PAIN: 7/10
CONSENT: Risks, benefits and alternatives discussed, including why contrast would not be used; written consent
signed.
TIME-OUT: Performed with all staff present.
SEDATION: None.
CONTRAST: Not used because of her documented anaphylactic reaction to iodinated contrast.

TECHNIQUE: Prone over a pillow. Sterile prep and drape. After 3 mL of 1% lidocaine to the skin and subcutaneous
tissue, a 20-gauge Tuohy needle was advanced through a left paramedian interlaminar approach at L4-L5 under
intermittent AP and lateral fluoroscopy. The epidural space was identified by loss of resistance to
preservative-free saline at a depth consistent with the lateral image, with no CSF or blood on aspiration.
Kenalog-40, 2 mL (80 mg), diluted with 3 mL of preservative-free saline, was injected in increments. AP and lateral
fluoroscopic images of the final needle position were saved.

POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: None. Monitored 20 minutes; discharged with her husband.
""", procs=[proc(IL, approach="interlaminar", region="lumbar", levels=["L4-L5"], imaging=FLUORO, contrast=False,
                 intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30), given("triamcinolone_acetonide", 80)],
        pain=(7, 3), need=minus(ESI_NEED, "functional_impairment"),
        codes=[line("62323"), line("J3301", units=8)],
        findings=["functional_impairment"], dos="2025-11-18", pos="11",
        comment="Contrast allergy: no contrast, with the reason written (no contrast finding). 80 mg triamcinolone is "
                "at, not over, the ceiling. Nothing says how the pain limits function.")

    add("fbx-h-ilesi-02", "hand_mixed", """
ASC PROCEDURE RECORD - 09/15/2026
Procedure: Cervical epidural steroid injection, interlaminar, C7-T1
Dx: Cervical radiculopathy, left C8 (M54.12); C7-T1 disc protrusion
Allergy: iodinated contrast - hives and throat tightness (2022)

Indication
Pain from the left medial forearm into the ring and little fingers for 14 weeks, grip weakness, decreased
sensation over the left fifth finger, positive Spurling to the left. Gabapentin and a 6-week course of PT with
traction: no improvement. Cannot button shirts or type for more than a few minutes. MRI cervical spine 07/2026:
left paracentral C7-T1 protrusion narrowing the left lateral recess and contacting the left C8 root.
Pre-procedure pain 8/10.

Anesthesia
Monitored anesthesia care by the CRNA at the patient's request and my recommendation: severe claustrophobia and
panic when prone, with a prior epidural attempt under local aborted for uncontrolled movement. Propofol 70 mg IV in
divided doses and midazolam 1 mg IV. Anesthesia start 10:04, end 10:21.

Consent signed after discussion of risks (dural puncture, headache, infection, bleeding, nerve or spinal cord
injury), benefits and alternatives. Time-out performed.

Procedure
Prone, neck flexed. Prep/drape. Skin infiltrated with 1% lidocaine 2 mL. An 18-gauge Tuohy needle was advanced at
C7-T1 in the midline under AP and contralateral oblique fluoroscopy, and the epidural space entered by loss of
resistance to saline. Because of the iodinated contrast allergy, gadolinium (Gadavist, gadobutrol) 1 mL was
injected and showed spread in the dorsal epidural space without vascular uptake. Dexamethasone 10 mg/mL, 1 mL, with
2 mL preservative-free normal saline was then injected. AP and contralateral oblique images were saved.

Post-procedure pain 3/10. No complications. Discharged from PACU.
""", procs=[proc(IL, approach="interlaminar", region="cervical", levels=["C7-T1"], imaging=FLUORO, contrast=True,
                 intent="therapeutic", sedation="mac")],
        drugs=[given("lidocaine", 20), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, codes=[line("62321")],
        findings=[], dos="2026-09-15", pos="24",
        comment="Gadolinium used in place of iodinated contrast (contrast used; gadobutrol is not a KB drug, so it is not "
                "listed). MAC by the CRNA: propofol and midazolam belong to the anaesthesia record and are not listed; "
                "agents, doses, times and the reason are all written, so no sedation finding.")

    add("fbx-h-ilesi-03", "hand_dictated", """
Thoracic interlaminar epidural steroid injection, T7-T8, for acute herpes zoster

Date of service 03/25/2026, hospital outpatient procedure area.

This 77-year-old woman developed a vesicular rash in a band around the left chest wall 16 days ago, diagnosed as
herpes zoster of the left T8 dermatome; she finished a seven-day course of valacyclovir and has taken gabapentin for
10 days. The rash is crusting, but she has severe burning and lancinating pain wrapping from the left mid-back
around to below the left breast, with allodynia to clothing along the T8 band. The pain wakes her every night and
she cannot tolerate a bra or shirt against the skin, so she has not left the house. Thoracic MRI on 03/20/2026
showed enhancement of the left T8 nerve root without disc herniation or stenosis, in keeping with zoster
radiculitis. Pain before the procedure 9/10.

Diagnosis: Acute herpes zoster with left T8 radiculitis (B02.29).

We discussed the goal of treating acute zoster pain early to lower the risk of postherpetic neuralgia, the risks of
the procedure and the alternatives; she gave written consent. A time-out was completed. No sedation was given.

Prone. Prep and drape. 1% lidocaine 3 mL to the skin. Under fluoroscopic guidance an 18-gauge Tuohy needle was
advanced by a left paramedian interlaminar approach at T7-T8, and the epidural space was reached by loss of
resistance to saline, confirmed on the lateral view. Isovue-M 300, 2 mL, spread in the left dorsal epidural space
over T7 to T9 without vascular uptake. Depo-Medrol 80 mg (2 mL of 40 mg/mL) with 3 mL of preservative-free saline
was injected. AP and lateral images were saved.

Afterwards her pain was 4/10. No complications; she returned home with her son.
""", procs=[proc(IL, approach="interlaminar", region="thoracic", levels=["T7-T8"], imaging=FLUORO, contrast=True,
                 intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30), given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(9, 4), need=minus(ESI_NEED, "symptom_duration", "conservative_care"),
        codes=[line("62321")],
        findings=[], dos="2026-03-25", pos="22",
        comment="Acute herpes zoster (B02.29): 16 days of pain and 10 days of treatment fall short of 4 weeks, but zoster "
                "is exempt from esi.symptom_duration and esi.conservative_care, so no finding (necessity flags stay "
                "false: not documented to the 4-week standard).")

    add("fbx-h-caudal-01", "hand_bullets", """
CAUDAL EPIDURAL STEROID INJECTION - office procedure room - 11/10/2026

Diagnosis
- Post-laminectomy syndrome (M96.1) with bilateral L5 radicular leg pain (L4-5 laminectomy 2019)

History
- Burning pain in both legs down the outer calves to the tops of the feet for more than 3 years since surgery;
  numbness of both great toes
- SLR positive on both sides at 60 degrees; EHL weak bilaterally
- Prior caudal epidurals on 12/02/2025, 02/24/2026, 05/12/2026 and 08/04/2026; the August injection gave about 75%
  relief that held for three months
- 12 weeks of aquatic therapy and duloxetine did not control the leg pain; tramadol caused constipation
- Stands no longer than 15 minutes; has given up grocery shopping
- MRI 06/2026: epidural fibrosis around both L5 roots at L4-5 with moderate bilateral foraminal narrowing at L5-S1
- Pain today 7/10

Consent / time-out
- Written consent after discussion of risks, benefits, alternatives
- Time-out completed with the medical assistant

Procedure
- No sedation
- Prone, pillow under hips; prep and drape over the sacrum
- Skin over the sacral hiatus anesthetized with 3 mL 1% lidocaine
- 20-gauge Tuohy needle through the sacrococcygeal ligament into the caudal canal under lateral fluoroscopy
- Omnipaque 300, 3 mL: epidural filling up to S1 and L5 bilaterally, no vascular or intrathecal pattern
- Injected: triamcinolone (Kenalog-40) 80 mg / 2 mL + 0.25% bupivacaine 4 mL + preservative-free saline 4 mL
- Saved AP and lateral images

Post
- Pain 3/10
- No complications; walked out with a steady gait
""", procs=[proc(IL, approach="caudal", region="sacral", imaging=FLUORO, contrast=True, intent="therapeutic",
                 sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80),
               given("bupivacaine", 10)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("J3301", units=8)],
        findings=["frequency"], dos="2026-11-10", pos="11",
        comment="Four earlier caudal ESIs in the past 12 months plus today's = 5 lumbar/sacral sessions (limit 4). The last "
                "response (75% for three months) meets the repeat rule. Caudal: no levels.")

    add("fbx-h-ilesi-04", "hand_dictated", """
L5-S1 interlaminar epidural steroid injection with moderate sedation

Office procedure, 10/21/2025. He has a six-month history of pain radiating from the left buttock down the back of
the thigh and calf to the sole of the foot, with numbness of the lateral foot and a reduced left ankle reflex;
straight-leg raise is positive on the left at 40 degrees. Diagnosis: left S1 radiculopathy (M54.17). Physical
therapy for 8 weeks and a course of gabapentin gave no meaningful relief. He has had to stop working on his feet in
the warehouse and cannot sit longer than 20 minutes. Pain before the procedure is 8/10.

We discussed risks and alternatives and he signed consent. A time-out was held. He asked for sedation: he has
fainted twice during venipuncture, has severe needle phobia, and could not stay still for a simple skin biopsy last
year. I administered moderate sedation with midazolam 2 mg IV and fentanyl 50 mcg IV; sedation started at 09:10
and ended at 09:24 (14 minutes).

Prone with a pillow under the abdomen; sterile prep and drape. 1% lidocaine 3 mL to the skin. Under fluoroscopy a
20-gauge Tuohy needle was advanced by an interlaminar approach at L5-S1, slightly left of midline, entering the
epidural space by loss of resistance to saline. Omnipaque 240, 2 mL, gave an epidural pattern with left-sided
predominance and no vascular or intrathecal spread on AP and lateral views. Dexamethasone 10 mg (1 mL of 10 mg/mL)
with 4 mL of preservative-free saline was injected. AP and lateral images were saved.

After recovery his pain was 3/10. No complications. Discharged with his daughter driving.
""", procs=[proc(IL, approach="interlaminar", region="lumbar", levels=["L5-S1"], imaging=FLUORO, contrast=True,
                 intent="therapeutic", sedation="moderate")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10),
               given("midazolam", 2), given("fentanyl", 0.05)],
        pain=(8, 3), need=minus(ESI_NEED, "imaging_findings"),
        codes=[line("62323"), line("J1100", units=10)],
        findings=["imaging_findings", "sedation_details"], dos="2025-10-21", pos="11",
        comment="Moderate sedation by the proceduralist with agents, doses, times and a reason, but no independent "
                "observer: sedation_details, and no 99152. No MRI or CT is mentioned.")


def _facets(add, proc, line, given, SPINE_NEED, minus):
    add("fbx-h-mbb-01", "hand_shorthand", """
Diagnostic MBB #1 - R lumbar
DOS 04/14/2026 | office
Dx: lumbar spondylosis w/o radiculopathy (M47.816), R-sided facet-mediated LBP

Hx: R low back pain x 2 yrs, worse w/ extension + rotation, no radiation below knee, neuro intact, SLR neg.
PT x 10 wk + HEP -> no improvement; naproxen BID x 3 mo, little effect; chiro made it worse. Can't stand >20 min
at work (hairdresser), sleep broken. ODI 38%. MRI 2025: R>L facet arthropathy lower lumbar, no stenosis.
Pre 6/10.
Time-out done. No sedation.

Proc: R L3 and L4 MB and L5 DR blocks under fluoro. Prone, prep/drape. Lido 1% 1 mL skin at each of 3 sites.
22g spinal needles to R L3 and L4 MB (SAP/TP junction) and R L5 DR (sacral ala notch), oblique + AP views.
Omnipaque 240 0.3 mL at each -> no vascular spread. Bupi 0.5% 0.5 mL at each target (total 1.5 mL).

Post: 30 min after, 1/10 w/ extension/rotation (~85% relief). Pain diary given.
No cx.
Plan: f/u 1 wk w/ diary; confirmatory block if concordant.
""", procs=[proc(FACET, approach="medial_branch", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
                 imaging=FLUORO, contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 0.9, "ml"), given("bupivacaine", 7.5)],
        pain=(6, 1), need=FACET_IMG, consent=False,
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")],
        findings=["consent"], dos="2026-04-14", pos="11",
        comment="'R L3 and L4 MB and L5 DR' = the right L4-L5 and L5-S1 joints. First diagnostic block: KX. No consent "
                "statement anywhere; 'Cx' is complications.")

    add("fbx-h-mbb-02", "hand_headers", """
PROCEDURE: Confirmatory (second) diagnostic cervical medial branch blocks, left C4, C5 and C6
DATE OF SERVICE: 10/07/2025
PLACE: Ambulatory surgery center

DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812), left-sided axial neck pain.

HISTORY: Left-sided neck pain spreading to the top of the shoulder blade for three years, worse with looking up
and turning left; no arm symptoms, normal arm reflexes and strength. Physical therapy for 12 weeks, a cervical
pillow and daily meloxicam gave no lasting improvement. Reversing the car and working overhead are difficult, and
her Neck Disability Index is 40%. MRI 2024: left-sided facet arthropathy in the mid cervical spine, no foraminal
stenosis. The first diagnostic block at the same nerves on 09/16/2025 with 2% lidocaine gave 90% relief for
3 hours, concordant with the anesthetic.

PRE-PROCEDURE PAIN: 6/10
CONSENT: Written informed consent obtained.
TIME-OUT: Completed.
SEDATION: None.

TECHNIQUE: Prone with the neck slightly flexed. Prep and drape. 1% lidocaine 2 mL to the skin. Under fluoroscopy,
lateral and oblique views, 25-gauge needles were placed on the left C4, C5 and C6 medial branches at the waist of
each articular pillar. After negative aspiration, 0.5 mL of 0.75% bupivacaine was injected at each nerve.

POST-PROCEDURE PAIN: 0/10 at 30 minutes with rotation and extension (100% relief).
COMPLICATIONS: None.
""", procs=[proc(FACET, approach="medial_branch", region="cervical", laterality="left", levels=["C4-C5", "C5-C6"],
                 imaging=FLUORO, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 20), given("bupivacaine", 11.25)],
        pain=(6, 0), need=FACET_IMG, payer="medicare_cgs",
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")],
        findings=[], dos="2025-10-07", pos="24",
        comment="C4, C5 and C6 medial branches = the C4-C5 and C5-C6 joints (KB cervical table). Confirmatory block after "
                "90% relief from the first: KX, no finding. The 2% lidocaine belongs to the first block, not today's.")

    add("fbx-h-mbb-03", "hand_dictated", """
Right T4, T5 and T6 medial branch blocks, diagnostic

Procedure note, 06/23/2026, ambulatory surgery center. The patient is a 64-year-old woman with right-sided mid-back
pain between the spine and the shoulder blade, aching and worse with twisting and with sitting upright. There is no
band-like pain around the chest and no leg symptoms. She had six weeks of physical therapy with thoracic
mobilization that did not help, and naproxen gave her heartburn. She can no longer sit through a church service and
has stopped knitting because it aggravates the pain. Thoracic MRI showed right-sided facet arthropathy in the
mid-thoracic spine without disc herniation or canal stenosis. Diagnosis: thoracic spondylosis without myelopathy
or radiculopathy (M47.814). This is her first diagnostic block.

Before the block her pain was 5/10. Risks and benefits were discussed and she signed the consent form. Time-out
performed. No sedation.

Prone, sterile prep and drape. 1% lidocaine, 1 mL at each of three entry points. Under fluoroscopy, 22-gauge needles
were placed at the targets for the right T4, T5 and T6 medial branches, with position confirmed on AP and oblique
views. Isovue-M 200, 0.2 mL at each needle, showed no vascular spread. 0.5% bupivacaine 0.5 mL was injected at each
medial branch.

Thirty minutes later her pain was 1/10 when sitting upright and twisting, about 80% relief. No complications.
""", procs=[proc(FACET, approach="medial_branch", region="thoracic", laterality="right", levels=["T5-T6", "T6-T7"],
                 imaging=FLUORO, contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30), given("iopamidol", 0.6, "ml"), given("bupivacaine", 7.5)],
        pain=(5, 1), need=minus(FACET_IMG, "symptom_duration"),
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        findings=["symptom_duration"], dos="2026-06-23", pos="24",
        comment="T4, T5 and T6 medial branches = the T5-T6 and T6-T7 joints (KB thoracic table: a joint takes the branch "
                "above and its own). How long the pain has lasted is never said (six weeks is the PT course).")

    add("fbx-h-facet-01", "hand_mixed", """
Bilateral L4-5 and L5-S1 lumbar facet joint injections (intra-articular), therapeutic
Office, 03/17/2026

Dx: Lumbar facet arthropathy L4-5 and L5-S1, bilateral (M47.816)
Background: Axial low back pain for four years, worse with standing and extension, no radicular features. Eight
weeks of physical therapy and a core program, then meloxicam for three months, without lasting relief. She stopped
her shifts at the library because standing more than 20 minutes is too painful; ODI 42%. MRI: bilateral facet
hypertrophy with effusions at L4-5 and L5-S1. Diagnostic medial branch blocks on 12/09/2025 and 01/06/2026 gave
90% and 85% relief. Radiofrequency ablation is not planned because of her implanted cardiac defibrillator and her
preference, so therapeutic intra-articular injections were chosen.
Pre: 6/10.

Consent and time-out: written consent; time-out with the nurse. No sedation.

Procedure: Prone, prepped and draped. 1% lidocaine 4 mL total to the skin. Under fluoroscopy, with oblique views,
22-gauge needles were placed into the bilateral L4-5 and L5-S1 facet joints. Omnipaque 240, 0.3 mL in each joint,
showed an intra-articular arthrogram.
Injectate, by joint:
  Left L4-5 and left L5-S1: 0.5 mL Kenalog-40 (20 mg) + 0.5 mL 0.5% bupivacaine in each joint.
  Right L4-5 and right L5-S1: a mixture of dexamethasone 10 mg/mL 1 mL and 2% lidocaine 1 mL was drawn up;
  1 mL of this mixture went into each right joint.
Post: 2/10 at 20 minutes. Complications: none.
""", procs=[proc(FACET, approach="intra_articular", region="lumbar", laterality="bilateral", levels=["L4-L5", "L5-S1"],
                 imaging=FLUORO, contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 60), given("iohexol", 1.2, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 5), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=FACET_IMG, payer="medicare_fcso",
        codes=[line("64493", "50"), line("64494", "50"), line("J3301", units=4), line("J1100", units=10)],
        findings=[], dos="2026-03-17", pos="11",
        comment="A different solution per side: left 2 x (20 mg triamcinolone + 2.5 mg bupivacaine); right the whole 2 mL "
                "mixture (10 mg dexamethasone + 20 mg lidocaine); lidocaine 40 mg skin + 20 mg. Two diagnostic blocks "
                ">= 80% precede the therapeutic injections. FCSO total: 2 diagnostic + this one = 3 sessions.")

    add("fbx-h-facet-02", "hand_headers", """
PROCEDURE: Ultrasound-guided right cervical medial branch blocks (diagnostic) for the right C4-C5 and C5-C6 facet
joints
DATE: 12/09/2025

DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
INDICATION: Right posterior neck pain for 18 months with tenderness over the right articular pillars and painful
extension-rotation to the right; no radicular symptoms. Ten weeks of physical therapy, a home traction unit and
diclofenac failed to relieve it. He can no longer drive more than 20 minutes because he cannot check his blind
spot. MRI: right C4-5 and C5-6 facet arthrosis. First diagnostic block.
PRE-PROCEDURE PAIN: 7/10
CONSENT: Written consent signed after risks and benefits discussed.
TIME-OUT: Performed.
SEDATION: None.

TECHNIQUE: Left lateral decubitus, right side up. Prep and drape. A high-frequency linear probe was placed in the
coronal plane over the right articular pillars, and the C4, C5 and C6 medial branches were identified at the waists
of the pillars. After 1% lidocaine 1 mL at each skin entry (3 mL total), a 25-gauge needle was advanced in-plane
under real-time ultrasound to each nerve, and 0.5 mL of 0.5% bupivacaine was injected at each of the three medial
branches with spread seen around the nerve. Ultrasound images of each needle position were saved.

POST-PROCEDURE PAIN: 1/10 with extension-rotation at 20 minutes.
COMPLICATIONS: None.
""", procs=[proc(FACET, approach="medial_branch", region="cervical", laterality="right", levels=["C4-C5", "C5-C6"],
                 imaging=US, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 7.5)],
        pain=(7, 1), need=FACET_IMG,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        findings=["imaging_guidance"], dos="2025-12-09", pos="11",
        comment="Ultrasound-guided facet blocks: facet.imaging_guidance asks for fluoroscopy or CT. The KB codes facet "
                "work by family (64490/64491 with KX), and 76942 never goes with the imaging-inclusive facet codes.")

    add("fbx-h-facet-03", "hand_headers", """
HOSPITAL OUTPATIENT PAIN PROCEDURE
PROCEDURE: Diagnostic lumbar facet joint injections, intra-articular
SIDE: Left
LEVELS: L3-L4, L4-L5
DATE: 04/29/2025

DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816)
HISTORY: Left low back pain for 14 months, worse with standing and backward bending, no pain below the knee;
neurologic exam normal. Completed 8 weeks of PT with no improvement in pain, and NSAIDs were stopped because of
reflux. Standing limited to 15 minutes; gave up volunteering. MRI 01/2025: left facet arthropathy with small joint
effusions in the lower lumbar spine. First diagnostic injection.
PRE-PROCEDURE PAIN: 7/10

CONSENT: obtained in writing. TIME-OUT: performed. SEDATION: none.

DESCRIPTION: Prone, prepped and draped. Under fluoroscopy with oblique views, the left L4-L5 and left L5-S1 facet
joints were identified. 1% lidocaine 1 mL to the skin over each. A 22-gauge needle entered the left L4-L5 joint and
a second the left L5-S1 joint; Omnipaque 240, 0.2 mL in each, gave an arthrogram confined to the joint. 0.8 mL of
0.5% bupivacaine was injected into each joint.

POST-PROCEDURE PAIN: 2/10 at 30 minutes.
COMPLICATIONS: none.
""", procs=[proc(FACET, approach="intra_articular", region="lumbar", laterality="left", levels=["L4-L5", "L5-S1"],
                 imaging=FLUORO, contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.4, "ml"), given("bupivacaine", 8)],
        pain=(7, 2), need=FACET_IMG,
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")],
        findings=["laterality_conflict"], dos="2025-04-29", pos="22",
        comment="Header levels L3-L4, L4-L5; every needle sentence names L4-L5 and L5-S1, with no correction: levels follow "
                "the description and the difference is a laterality_conflict.")

    add("fbx-h-facet-04", "hand_dictated", """
Repeat therapeutic bilateral L5-S1 facet joint injections

Office procedure, 02/11/2025. The patient is a 70-year-old man with bilateral lumbosacral facet arthropathy
(M47.817) and axial low back pain for six years, centered over the lumbosacral junction, without radiation into the
legs. He has done physical therapy and takes meloxicam daily. The pain keeps him from standing long enough to cook
a meal, and his ODI is 36%. MRI shows bilateral L5-S1 facet hypertrophy with fluid in both joints. Diagnostic medial
branch blocks in March and April 2024 gave 85% and 80% relief. His previous therapeutic L5-S1 injection on
09/10/2024 gave about 60% relief for five months, and the pain has gradually returned.

Consent was signed after discussion of risks and alternatives, and a time-out was done. No sedation.

He was placed prone and prepped and draped. 1% lidocaine 1 mL was given at each skin entry site. Under fluoroscopic
guidance 22-gauge needles were advanced into the right and left L5-S1 facet joints, and 0.2 mL of Omnipaque 240 in
each confirmed intra-articular placement. Into each joint 0.5 mL of methylprednisolone 40 mg/mL (Depo-Medrol) with
0.5 mL of 0.25% bupivacaine was injected.

Post-procedure pain was 2/10 with standing and extension. No complications. He will return in three months.
""", procs=[proc(FACET, approach="intra_articular", region="lumbar", laterality="bilateral", levels=["L5-S1"],
                 imaging=FLUORO, contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.4, "ml"), given("methylprednisolone_acetate", 40),
               given("bupivacaine", 2.5)],
        pain=(None, 2), need=minus(FACET_IMG, "conservative_care"),
        codes=[line("64493", "50"), line("J1010", units=40)],
        findings=["conservative_care", "pre_procedure_pain_score"], dos="2025-02-11", pos="11",
        comment="Care only listed ('has done physical therapy and takes meloxicam daily'), no outcome: conservative_care. "
                "No pain score before the injection. The repeat has a documented response (60% for five months) and two "
                "diagnostic blocks >= 80%.")

    add("fbx-h-rfa-01", "hand_dictated", """
Pulsed radiofrequency, left L3 and L4 medial branches and left L5 dorsal ramus

Office procedure note, 08/25/2026.
Diagnosis: lumbar spondylosis without radiculopathy (M47.816), left-sided facet-mediated low back pain.

She has had left low back pain for three years, worse with extension and prolonged standing, without leg
radiation. Twelve weeks of PT and a trial of diclofenac did not help, and tramadol caused nausea. Her ODI is 44% and
she can stand for only 15 minutes, which has ended her work as a cashier. MRI shows left lower lumbar facet
arthropathy. Two diagnostic blocks of the same nerves (05/19/2026 with lidocaine, 06/09/2026 with bupivacaine)
gave 90% and 85% relief of concordant duration. After discussion she chose pulsed rather than thermal
radiofrequency because she wants to avoid the risk of post-ablation neuritis.

Pain before the procedure 6/10. Risks, benefits and alternatives were discussed and she signed the consent.
Time-out done. No sedation.

Prone, prep and drape. The skin was numbed with 1.5 mL of 1% lidocaine at each of three entry points. Under
fluoroscopy, 20-gauge 10 cm RF cannulas with 10 mm active tips were placed on the left L3 and L4 medial branches at
the junction of the superior articular process and transverse process, and on the left L5 dorsal ramus in the
groove between the S1 superior articular process and the sacral ala. Sensory stimulation at 50 Hz reproduced
concordant back pain below 0.5 V, and 2 Hz motor stimulation to 2 V produced no leg movement. Pulsed radiofrequency
was then applied at each nerve at 42 °C for 120 seconds, two cycles per nerve. 1 mL of 0.25% bupivacaine was
injected through each cannula before removal.

Post-procedure pain 3/10. No complications; discharged home.
""", procs=[proc(RFA, approach="medial_branch", region="lumbar", laterality="left", levels=["L4-L5", "L5-S1"],
                 imaging=FLUORO, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 45), given("bupivacaine", 7.5)],
        pain=(6, 3), need=FACET_IMG, codes=[line("64999")],
        findings=["approach"], dos="2026-08-25", pos="11",
        comment="Pulsed RF at 42 °C is not destruction: unlisted 64999, and rfa.technique (thermal >= 80 °C) fails. The L3 "
                "and L4 medial branches and the L5 dorsal ramus = the L4-L5 and L5-S1 joints.")

    add("fbx-h-rfa-02", "hand_headers", """
PROCEDURE: RIGHT C5-C6, C6-C7 CERVICAL FACET RADIOFREQUENCY ABLATION
FACILITY: Ambulatory surgery center
DATE OF SERVICE: 09/30/2025

DIAGNOSIS: Cervical facet arthropathy, right (M47.812)

HISTORY: Right neck pain into the upper trapezius for five years, worse with rotation, no arm symptoms. Physical
therapy over several courses, the last for 8 weeks, and gabapentin did not help; cyclobenzaprine made him too
sleepy to work. He cannot turn his head to drive safely; NDI 48%. Imaging: right-sided cervical facet degeneration
on MRI. Two diagnostic medial branch blocks of the right C4, C5 and C6 medial branches on 07/15/2025 and 08/12/2025
gave 90% and 80% relief.
PRE-PROCEDURE PAIN: 8/10

CONSENT: Written, after discussion of risks including neuritis, numbness and skin burn.
TIME-OUT: Performed with the team; right side and nerves confirmed.

SEDATION: Moderate sedation administered by me, with an independent registered nurse observer monitoring the
patient throughout. Reason: during both diagnostic blocks he could not hold still prone because of neck spasm and
panic, and lesioning requires longer immobility. Midazolam 2 mg IV and fentanyl 50 mcg IV. Sedation start 13:05,
end 13:31; intraservice time 26 minutes.

DESCRIPTION: Prone, neck slightly flexed, prepped and draped. 1% lidocaine 1 mL at each of three entry points.
Under fluoroscopy (lateral and oblique views), 20-gauge RF cannulas with 10 mm active tips were placed along the
right C4, C5 and C6 medial branches over the waists of the articular pillars. Sensory testing reproduced concordant
neck pain below 0.6 V; motor testing at 2 Hz to 2 V produced no arm or shoulder contraction. 0.5 mL of 2% lidocaine
was injected through each cannula, then thermal lesions were made at 80 °C for 90 seconds at each nerve.

ADDENDUM (levels): The heading lists C5-C6 and C6-C7 in error. The joints treated were the right C4-C5 and C5-C6,
through the C4, C5 and C6 medial branches as described. Levels corrected to C4-C5 and C5-C6.

POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: None. Discharged from recovery after meeting criteria.
""", procs=[proc(RFA, approach="medial_branch", region="cervical", laterality="right", levels=["C4-C5", "C5-C6"],
                 imaging=FLUORO, intent="therapeutic", sedation="moderate")],
        drugs=[given("lidocaine", 60), given("midazolam", 2), given("fentanyl", 0.05)],
        pain=(8, 3), need=FACET_IMG,
        codes=[line("64633", "RT"), line("64634", "RT"), line("99152"), line("99153")],
        findings=[], dos="2025-09-30", pos="24",
        comment="Header levels corrected in a signed addendum to C4-C5 and C5-C6 (= the C4, C5, C6 medial branches): no "
                "conflict. Thermal at exactly 80 °C. Moderate sedation by the proceduralist, observer, 26 minutes: "
                "99152 + 99153 x1. Lidocaine 30 mg skin + 30 mg through the cannulas.")

    add("fbx-h-rfa-03", "hand_bullets", """
Repeat bilateral lumbar radiofrequency neurotomy - hospital outpatient department - 01/27/2026

Diagnosis:
- Lumbar spondylosis without myelopathy or radiculopathy (M47.81)

History:
- Axial low back pain for 8 years; no leg pain; normal strength and reflexes
- PT 10 weeks (2023) and daily NSAIDs have not controlled the pain; acetaminophen ineffective
- Cannot stand > 20 min or walk the dog; ODI 40%
- MRI: multilevel facet arthropathy, worst in the lower lumbar spine on both sides
- Previous bilateral RFA on 03/18/2025: 70% relief lasting 9 months; pain now back to baseline
- Pain before procedure: 7/10

Consent / safety:
- Written informed consent
- Time-out performed; bilateral, nerves confirmed
- No sedation

Procedure:
- Prone; prep and drape
- 1% lidocaine 1 mL at each of six entry points
- Fluoroscopic guidance: 18-gauge RF cannulas (10 mm tips) to the L3 and L4 medial branches and the L5 dorsal
  ramus on both sides
- Sensory stimulation concordant < 0.5 V; motor stimulation 2 V without leg contraction at each site
- 2% lidocaine 0.5 mL through each cannula
- Thermal lesions 85 °C x 90 seconds at each of the six targets

After:
- Pain 2/10 in recovery
- Complications: none
""", procs=[proc(RFA, approach="medial_branch", region="lumbar", laterality="bilateral", levels=["L4-L5", "L5-S1"],
                 imaging=FLUORO, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 2), need=FACET_IMG, codes=[line("64635", "50"), line("64636", "50")],
        findings=["code_validity"], dos="2026-01-27", pos="22",
        comment="M47.81 is a non-billable category (the text gives the region, so the diagnosis itself is specific). "
                "Repeat RFA with 70% for 9 months (>= 6 months). L3/L4 medial branches + L5 dorsal ramus on both sides "
                "= bilateral L4-L5 and L5-S1.")


def _others(add, proc, line, given):
    add("fbx-h-si-01", "hand_headers", """
PROCEDURE: Right sacroiliac joint injection, therapeutic, fluoroscopic guidance
DATE: 07/15/2025

DIAGNOSIS: Right sacroiliitis (M46.1)
HISTORY: Pain over the right sacroiliac joint and buttock, below L5, for 10 months, worse rising from a chair and
climbing stairs; FABER, thigh thrust and compression tests positive on the right. Six weeks of pelvic
stabilization PT and ibuprofen did not relieve it. Her diagnostic right SI joint injection on 05/20/2025 with
bupivacaine gave 80% relief for six hours. Walking is limited to 10 minutes.
PRE-PROCEDURE PAIN: 7/10
CONSENT: Signed after risks, benefits and alternatives reviewed.
TIME-OUT: Performed.
SEDATION: None.

TECHNIQUE: Prone. Prep and drape. The inferior right SI joint line was opened with oblique tilt of the C-arm.
1% lidocaine 2 mL to the skin. A 22-gauge spinal needle entered the inferior joint; Omnipaque 240, 1 mL, gave an
intra-articular arthrogram with no vascular uptake. Kenalog-40, 1 mL (40 mg), with 1.5 mL of 0.5% bupivacaine was
injected into the joint. Two views (AP and oblique) were saved.

POST-PROCEDURE PAIN: 1/10; about 85% relief at 20 minutes.
COMPLICATIONS: None.
""", procs=[proc(SI, approach="intra_articular", region="sacroiliac", laterality="right", imaging=FLUORO, contrast=True,
                 intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 7.5)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        payer="medicare_cgs", codes=[line("27096", "RT"), line("J3301", units=4)],
        findings=[], dos="2025-07-15", pos="11",
        comment="Therapeutic SI injection after a positive diagnostic block (80% >= 75%); percent relief stated.")

    add("fbx-h-si-02", "hand_dictated", """
Bilateral sacroiliac joint injections, diagnostic

Hospital outpatient procedure, 10/06/2026. This 58-year-old woman has had pain over both sacroiliac joints and
buttocks, below the belt line, for eight months since a fall on the ice; the pain is worse sitting on hard chairs
and turning in bed. FABER, Gaenslen and thigh thrust are positive on both sides, and lumbar range of motion and the
neurologic exam are normal. Diagnosis: bilateral sacroiliac joint pain (M53.3). Eight weeks of physical therapy and
a sacroiliac belt did not reduce the pain, and she stopped naproxen because of bruising. She cannot sit through a
movie or drive more than 30 minutes. This is a diagnostic injection to confirm the pain source. Pain before the
injection is 8/10.

Consent was reviewed and signed. A time-out was done. No sedation.

Prone, sterile prep. Under fluoroscopy, each sacroiliac joint was approached at its inferior third after 2 mL of
1% lidocaine to the skin on each side. A 22-gauge needle entered each joint; Isovue-M 200, 1 mL per side, outlined
the joint without vascular spread. 2 mL of 0.5% bupivacaine was injected into each joint. AP and oblique images of
both joints were saved.

At 30 minutes the provocative maneuvers were repeated and her pain was 3/10, about 60% relief.
Complications: none.
""", procs=[proc(SI, approach="intra_articular", region="sacroiliac", laterality="bilateral", imaging=FLUORO,
                 contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 40), given("iopamidol", 2, "ml"), given("bupivacaine", 20)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "50")],
        findings=["percent_relief"], dos="2026-10-06", pos="22",
        comment="Diagnostic SI block with about 60% relief: below the 75% that makes it positive (si.diagnostic_positive, "
                "info, counted as percent_relief).")

    add("fbx-h-tpi-01", "hand_headers", """
PROCEDURE: Trigger point injections with onabotulinumtoxinA (Botox), left neck and upper back
DATE: 02/10/2026

DIAGNOSIS: Chronic myofascial pain of the left neck and shoulder girdle (M79.12)
HISTORY: Two years of left-sided neck and upper back pain with tension headaches. Local anesthetic trigger point
injections in 2024 gave only a few days of relief. Ten weeks of PT with stretching and tizanidine failed. Exam
today: taut bands with local twitch responses and referred pain to the occiput and medial scapula in the left upper
trapezius, left levator scapulae and left rhomboid major.
PRE-PROCEDURE PAIN: 7/10
CONSENT: Written consent after discussion of risks including weakness, dysphagia and spread of toxin effect.
TIME-OUT: Done.

MEDICATION: One 100-unit single-use vial of Botox reconstituted with 2 mL of preservative-free normal saline
(5 units per 0.1 mL).
PROCEDURE: Prep with alcohol. With a 27-gauge needle, the toxin was injected into the trigger points:
 - left upper trapezius: 30 units (3 sites)
 - left levator scapulae: 30 units (2 sites)
 - left rhomboid major: 20 units (2 sites)
Total injected: 80 units. The remaining 20 units in the vial were discarded, witnessed by the medical assistant.

POST-PROCEDURE PAIN: 6/10 (about 15% relief immediately; the toxin effect builds over 1-2 weeks).
COMPLICATIONS: None.
""", procs=[proc(TPI)],
        drugs=[given("onabotulinumtoxinA", 80, "units")],
        pain=(7, 6), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("20553"), line("J0585", units=80), line("J0585", "JW", units=20)],
        findings=[], dos="2026-02-10", pos="11",
        comment="Three muscles: 20553. 80 units given and 20 discarded from a single-use 100-unit vial: J0585 x80 and a "
                "JW line x20 (no JZ, as an amount was discarded). The 2024 injections fall outside the 12 months.")

    add("fbx-h-tpi-02", "hand_dictated", """
Trigger point injections, right gluteus medius and right quadratus lumborum

Office note 05/20/2025. He returns for trigger point injections for myofascial pain of the right low back and
buttock (M79.18), present for about 18 months. Previous trigger point sessions were on 08/13/2024, 11/19/2024 and
02/25/2025, each helping for several weeks. Stretching with PT and cyclobenzaprine have not controlled it. On exam
there are taut bands with twitch responses and referred pain into the buttock in the right gluteus medius and the
right quadratus lumborum. Pain today is 7/10.

Consent was obtained in writing. Time-out completed.

After alcohol prep, a 25-gauge needle was used to inject each trigger point. Right gluteus medius: 3 mL of 1%
lidocaine with 10 mg of triamcinolone (Kenalog). Right quadratus lumborum: 3 mL of 1% lidocaine with 10 mg of
triamcinolone. Total: lidocaine 60 mg, triamcinolone 20 mg.

After the injections his pain was 3/10. No complications.
""", procs=[proc(TPI)],
        drugs=[given("lidocaine", 60), given("triamcinolone_acetonide", 20)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("20552"), line("J3301", units=2)],
        findings=["frequency", "percent_relief"], dos="2025-05-20", pos="11",
        comment="Three earlier TPI sessions in the past 12 months + today = 4 (limit 3). Relief is only implied by the "
                "7 -> 3 scores: percent_relief is still a finding.")

    add("fbx-h-onb-01", "hand_headers", """
BILATERAL GREATER OCCIPITAL NERVE BLOCKS UNDER ULTRASOUND
Hospital outpatient clinic - 06/18/2024

DIAGNOSIS: Bilateral occipital neuralgia (M54.81)
HISTORY: Shooting, electric pain from the base of the skull over the back of the head on both sides for 7 months,
with tenderness over both greater occipital nerves and a positive Tinel sign. Amitriptyline and gabapentin were not
tolerated. She misses two to three workdays a month.
PRE-PROCEDURE PAIN: 8/10
CONSENT: Obtained after discussion of risks and benefits.

PROCEDURE: Seated, head flexed forward. The skin was cleaned with chlorhexidine. A linear ultrasound probe
identified each greater occipital nerve superficial to the obliquus capitis inferior muscle at the C2 level. Using
an in-plane approach with a 25-gauge needle, 0.5% bupivacaine 3 mL plus Depo-Medrol was injected around the right
greater occipital nerve, and the same was repeated on the left. Ultrasound images of the needle tip next to each
nerve were saved in the chart.

POST-PROCEDURE PAIN: 2/10
COMPLICATIONS: None.
""", procs=[proc(ONB, target="greater_occipital", region="occipital", laterality="bilateral", imaging=US)],
        drugs=[given("bupivacaine", 30), given("methylprednisolone_acetate", None)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64405", "50"), line("76942", "26")],
        findings=["drug_dose", "time_out"], dos="2024-06-18", pos="22",
        comment="'The same was repeated on the left' makes it bilateral: 64405-50, and 76942-26 (ultrasound with saved "
                "images, facility). Depo-Medrol is named without an amount (drug_dose); no time-out.")

    add("fbx-h-stellate-01", "hand_mixed", """
Left stellate ganglion block - ultrasound guided
Date of service: 04/28/2026 (office)

Dx: Complex regional pain syndrome type I, left upper limb (G90.5)

Indication: Burning pain, swelling, color change and cold intolerance of the left hand for 5 months after a left
distal radius fracture; allodynia over the dorsum of the hand, and the left hand is 2 degrees cooler than the
right. Hand therapy and gabapentin have not helped. She cannot hold a cup or type with the left hand.
Pain before: 6/10.
Consent: written, risks (hoarseness, hematoma, vascular injury, seizure) discussed. Time-out completed. No sedation.

Procedure: Supine, neck slightly extended. Prep and drape. A linear probe at the C6 level showed the carotid
artery, thyroid, longus colli and the C6 anterior tubercle on the left. After 1 mL of 1% lidocaine to the skin, a
22-gauge needle was advanced in-plane from lateral to medial to the fascia over the left longus colli, avoiding the
vertebral artery seen on color Doppler. After negative aspiration, 5 mL of 0.5% ropivacaine was injected in
divided doses with spread seen deep to the prevertebral fascia. A permanent ultrasound image of the final needle
position and spread was saved.

Result: left Horner sign at 10 minutes, left hand temperature up by 2.5 degrees. Pain after: 3/10.
Complications: none.
""", procs=[proc(SYMP, target="stellate", region="cervical", laterality="left", imaging=US, sedation="none")],
        drugs=[given("lidocaine", 10), given("ropivacaine", 25)],
        pain=(6, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64510"), line("76942")],
        findings=["code_validity"], dos="2026-04-28", pos="11",
        comment="G90.5 is a non-billable category (the text supports G90.512): code_validity. Stellate under ultrasound "
                "with a saved image in the office: 64510 + 76942, no side modifier (bilateral indicator 0).")

    add("fbx-h-impar-01", "hand_dictated", """
Ganglion impar block under fluoroscopy

Office procedure suite, 03/11/2025. This 49-year-old woman has had coccygeal pain for 14 months since childbirth,
worse sitting and when rising from a chair; she is tender to pressure at the sacrococcygeal junction. A donut
cushion, pelvic floor physical therapy and NSAIDs helped little. She stands through meals at work because sitting
is intolerable. Pain today 8/10. Diagnosis: chronic coccygodynia.

We discussed risks including infection, bleeding and rectal puncture, and she signed the consent. A time-out was
performed. No sedation.

Prone with a pillow under the pelvis. Prep and drape. 1% lidocaine 2 mL was infiltrated over the sacrococcygeal
junction. Under lateral fluoroscopy a 22-gauge needle was passed through the sacrococcygeal disc until the tip lay
just anterior to it. Omnipaque 180, 1 mL, spread in a retroperitoneal "apostrophe" pattern anterior to the
sacrococcygeal junction without vascular or rectal filling. 4 mL of 0.25% bupivacaine with 40 mg of triamcinolone
(Kenalog-40, 1 mL) was injected.

She was taken to the recovery area for observation.
""", procs=[proc(SYMP, target="ganglion_impar", region="sacral", imaging=FLUORO, contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("bupivacaine", 10),
               given("triamcinolone_acetonide", 40)],
        pain=(8, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        complications=None,
        codes=[line("64999"), line("77002"), line("Q9965"), line("J3301", units=4)],
        findings=["complications", "post_procedure_pain_score"], dos="2025-03-11", pos="11",
        comment="Ganglion impar: 64999 + 77002 (no facility, no 26). In the office contrast is billed with a code that "
                "does not include imaging: Omnipaque 180 (100-199 mg iodine/mL) 1 mL = Q9965 x1. The note ends without a "
                "post-procedure score or a word on complications.")

    add("fbx-h-pump-01", "hand_headers", """
INTRATHECAL PUMP REFILL AND REPROGRAMMING
Date: 06/02/2026   Clinic

DIAGNOSIS: Chronic pain syndrome (G89.4); failed back surgery syndrome (M96.1)
INDICATION: Scheduled refill; the reservoir is due to run low before the alarm date. Intrathecal morphine with
bupivacaine for 4 years with stable function; over the last month more breakthrough back and leg pain, now
limiting her walks to 10 minutes, so a 10% dose increase was agreed.
CONSENT: Verbal and written consent obtained.
TIME-OUT: Patient, pump, drug and concentration verified against the prescription by two clinicians.

PROCEDURE: The refill and reprogramming were performed by me. The pump was interrogated: expected reservoir volume
3.6 mL. The abdomen was prepped with chlorhexidine and the refill port located with the template; 1% lidocaine 2 mL
to the skin. A 22-gauge non-coring needle entered the port; 3.4 mL was withdrawn and discarded (within 0.5 mL of the
expected volume). The reservoir was filled with 20 mL of preservative-free morphine 20 mg/mL with bupivacaine
8 mg/mL, with aspiration checked every 5 mL. The pump was reprogrammed from 4.0 mg/day to 4.4 mg/day of morphine,
and the new reservoir volume and alarm date were entered and confirmed on the printout.

COMPLICATIONS: None. No signs of infection at the pump site.
""", procs=[proc(PUMP)],
        drugs=[given("lidocaine", 20), given("morphine", 400), given("bupivacaine", 160)],
        pain=(None, None), need=("diagnosis", "functional_impairment"),
        codes=[line("62370")],
        findings=[], dos="2026-06-02", pos="11",
        comment="Refilled and reprogrammed by the physician: 62370. Reservoir amounts: morphine 20 mL x 20 mg/mL = 400 mg, "
                "bupivacaine 20 mL x 8 mg/mL = 160 mg (the withdrawn 3.4 mL is old drug, not administered).")

    add("fbx-h-pump-02", "hand_inline", """
ITB PUMP REFILL - 01/14/2025 - clinic
Dx: Spasticity of both legs from multiple sclerosis; intrathecal baclofen pump (placed 2021)
Indication: routine refill, reservoir low. Tone stable; transfers and wheelchair use unchanged.
Consent: verbal consent from pt.
Time-out: pt, pump, drug + concentration checked.
Refill: performed by the clinic RN under my direct supervision. Skin prepped w/ chlorhexidine; refill port accessed
w/ 22g Huber needle via template; residual 2.2 mL withdrawn (expected 2.5 mL). Baclofen 2000 mcg/mL, 20 mL
instilled, aspirating every 5 mL.
Complications: none; site clean.
F/u: next refill in about 12 wk.
""", procs=[proc(PUMP)],
        drugs=[given("baclofen", 40)],
        pain=(None, None), need=("diagnosis",),
        codes=[line("95990")],
        findings=["approach"], dos="2025-01-14", pos="11",
        comment="Refilled by clinical staff (RN); nothing says whether the pump was reprogrammed: pump.reprogramming "
                "(approach) and the refill-only staff code 95990. Baclofen 2000 mcg/mL x 20 mL = 40 mg.")
