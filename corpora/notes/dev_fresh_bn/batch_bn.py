"""Batch bn: 30 hand-dictated notes by six imagined physicians (five each), each with one habit kept consistent.

1 terse shorthand, 2 academic prose, 3 EMR template with smart-list leftovers, 4 voice-recognition dictation,
5 English as a second language, 6 resident note with attending attestation. Gold written from the text, by the
conventions of corpora/README.md and the KB, before Painpoint read any of it. Every finding element a note fails
is listed by hand in `findings` (the kit adds only `dose_ceiling`, and no note here is over a ceiling).
"""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _terse(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _academic(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _emr(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _voice(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _esl(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _resident(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


# ------------------------------------------------------------------ physician 1: terse shorthand
def _terse(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = "hand-terse"
    add("fbn-h-tfesi-01", S, """
PROC: B/L L4/5 + L5/S1 TFESI (4 foramina), fluoro
DOS 06/12/2025, office

Dx: lumbar radiculopathy, b/l (M54.16)
HPI: 68 y/o w/ b/l leg pain x 5 mo, L>R. Shooting down post thigh + lat calf to dorsum of ft. Numb L5 dist b/l.
SLR + b/l @ 40 deg. EHL 4/5 L.
Cons tx: PT x 8 wk - no benefit. Gabapentin -> dizzy, d/c'd. Meloxicam x 2 mo, minimal help.
Fxn: can't walk > 1 block, quit golf. ODI 46%.
MRI 03/2025: L4/5 + L5/S1 broad-based DH w/ b/l foraminal narrowing, contacting exiting L4 + L5 roots.

Consent signed, R/B/A reviewed. Time-out done (pt, site, side, levels).
NRS pre 7.
Prone, sterile prep/drape. No sedation.
Skin: lido 1% 2 mL.
22g 3.5" spinal needles -> b/l L4/5 + b/l L5/S1 foramina under fluoro, subpedicular.
Omnipaque 240 1 mL per foramen -> epidural/perineural spread, no vasc, no intrathecal.
Per foramen: Kenalog 40 mg/mL 0.5 mL + lido 1% 0.5 mL.
AP + lat images saved.
NRS post 2 (7->2).
No cx. Ambulated, d/c home w/ precautions.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 40), given("iohexol", 4, "ml")],
        pain=(7, 2), need=ESI_NEED,
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=8)],
        findings=[], dos="2025-06-12", pos="11",
        comment="Solution per foramen: 0.5 mL Kenalog 40 mg/mL x 4 foramina = 80 mg (at, not over, the ceiling); "
                "lidocaine 2 mL skin + 0.5 mL x 4 = 40 mg.")

    add("fbn-h-mbb-01", S, """
R L3 + L4 MBB & L5 DR blk - dx block #1
DOS 9/17/24, ASC

Dx: lumbar spondylosis w/o radic (M47.81)
Hx: axial LBP R>L x 2 yrs, worse w/ extension/rotation. No radiating leg sx. Facet loading + on R.
Tried: PT 10 wk + HEP, NSAIDs, chiro -> none helped durably.
Fxn: ODI 42%, can't stand > 15 min to cook.
MRI 2024: mild multilevel facet hypertrophy, no stenosis, no HNP.

Consent obtained. Time-out done.
NRS pre 6/10.
Prone. No sedation. Skin lido 1% 3 mL.
Fluoro: 25g needles -> R L3 MB + R L4 MB (SAP/TP junction), R L5 DR (sacral ala notch).
Omnipaque 240 0.2 mL ea - no vasc.
Bupi 0.5% 0.5 mL each nerve (3 nerves).
NRS post 1/10 @ 30 min (~85% relief). Pain diary given.
No cx.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                    sedation="none")],
        drugs=[given("bupivacaine", 7.5), given("lidocaine", 30), given("iohexol", 0.6, "ml")],
        pain=(6, 1), need=minus(ESI_NEED, "radicular_findings"),
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")],
        findings=["code_validity"], dos="2024-09-17", pos="24", payer="medicare_cgs",
        comment="Only nerves are named: L3+L4 medial branches = L4-L5 joint, L4 medial branch + L5 dorsal ramus = "
                "L5-S1 joint. M47.81 is a category (not billable): code_validity; the words 'lumbar spondylosis "
                "w/o radic' still support facet work (M47.816).")

    add("fbn-h-sij-01", S, """
L SIJ inj - therapeutic, fluoro
DOS 11/05/2024

Dx: L sacroiliitis (M46.1)
Hx: L buttock/low back pain below L5 x 8 mo. Can't sit > 20 min, can't do stairs w/o rail.
FABER +, thigh thrust +, Gaenslen + on L (3/5 provocation tests +).
Cons tx: PT x 6 wk + HEP, naproxen -> no change.
Prior dx L SIJ blk 06/2024: 80% relief x 8 h.

Consent signed. Time-out done.
NRS pre 8.
Prone. Skin lido 1% 2 mL.
22g spinal needle -> inf L SIJ under fluoro. Isovue-M 200 1 mL -> arthrogram, intra-articular spread.
Inj: Kenalog 40 mg (1 mL) + bupi 0.5% 2 mL.
Img saved.
NRS post 2 -> 75% relief.
No cx. D/c home.
""",
        procs=[proc("si_joint_injection", region="sacroiliac", laterality="left", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 10), given("lidocaine", 20),
               given("iopamidol", 1, "ml")],
        pain=(8, 2), need=SPINE_NEED,
        codes=[line("27096", "LT"), line("J3301", units=4)],
        findings=["saved_images"], dos="2024-11-05", pos="11",
        comment="'Img saved.' states no view count: saved_images (min 2 views).")

    add("fbn-h-pump-01", S, """
ITP refill + reprogram
DOS 03/03/2026, clinic

Dx: chronic pain syndrome w/ IT morphine pump (G89.4)
Hx: FBSS, pump since 2019, stable regimen. Alarm date 03/10. Here for scheduled refill.
Consent on file, re-confirmed today. Time-out done.
Pump interrogated: expected residual 2.1 mL, aspirated 2.0 mL - OK.
Sterile prep, template, 22g Huber needle into reservoir port.
Reservoir refilled w/ 20 mL morphine (Infumorph) 25 mg/mL.
Reprogrammed: daily dose 3.0 -> 3.3 mg/day (+10%) for breakthrough pain. New alarm date printed, copy to pt.
No cx. Next refill ~ 05/2026.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",),
        codes=[line("62370")],
        findings=["approach"], dos="2026-03-03", pos="11",
        comment="Reprogrammed, but who refilled is not stated (passive voice): pump.performed_by -> approach; "
                "the note's author is assumed, so 62370. Dose = 20 mL x 25 mg/mL placed in the reservoir.")

    add("fbn-h-ilesi-01", S, """
C7-T1 ILESI, L paramedian, fluoro - NO contrast (allergy)
DOS 02/20/2025, HOPD

Dx: cervical radiculopathy, L (M54.12)
HPI: L neck -> arm pain x 10 wk, radiating to lat forearm + thumb, numb C6 dist. Spurling + on L.
L biceps reflex 1+ vs 2+ R.
Cons tx: PT x 6 wk, meloxicam, Medrol Dosepak - no lasting relief.
Fxn: can't work overhead (electrician), wakes 3x/night.
MRI 12/2024: C5/6 L paracentral disc protrusion + L C6/7 foraminal stenosis.
ALLERGY: iodinated contrast (hives + wheeze w/ CT dye) -> no contrast used; LOR to saline only.

Consent signed. Time-out done.
NRS pre 7.
Prone, pillow under chest. No sedation.
Skin lido 1% 2 mL.
18g Tuohy @ C7-T1 interspace, L paramedian, LOR to saline under AP + contralateral oblique (CLO) fluoro.
Neg aspiration for CSF/blood.
Inj: Depo-Medrol 80 mg (1 mL) + PF NS 2 mL.
AP + CLO images saved.
NRS post 3.
No cx. Neuro intact, d/c home.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=False, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(7, 3), need=ESI_NEED,
        codes=[line("62321")],
        findings=[], dos="2025-02-20", pos="22",
        comment="Contrast allergy documented: no contrast finding. The oral Medrol Dosepak is history, not given. "
                "Saline is a diluent. POS 22: no drug line.")


# ------------------------------------------------------------------ physician 2: academic prose
def _academic(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = "hand-academic"
    add("fbn-h-tfesi-02", S, """
Procedure: Right L5-S1 and S1 transforaminal epidural steroid injection under fluoroscopic guidance (repeat procedure)

Indication and history: The patient is a 59-year-old individual who has been followed in this clinic for right-sided
lumbosacral radicular pain, which has been present for approximately eleven months and which is characteristically
described as a burning discomfort radiating from the right buttock along the posterior thigh and calf into the lateral
aspect of the foot. On examination the straight-leg-raise test was reproduced at 35 degrees on the right, and the right
Achilles reflex was found to be diminished in comparison with the left. Magnetic resonance imaging performed in March
2023 demonstrated a right paracentral L5-S1 disc extrusion with effacement of the right lateral recess and contact with
the traversing right S1 nerve root. An adequate course of conservative management, comprising twelve weeks of supervised
physical therapy, a home exercise programme and a trial of duloxetine, was undertaken without meaningful improvement,
and the duloxetine was discontinued because of nausea. The pain is reported to interfere substantially with daily
function: sitting beyond twenty minutes cannot be tolerated, and the Oswestry Disability Index was recorded at 48 percent.

The present procedure represents a repeat injection. A right L5-S1 and S1 transforaminal injection performed in
mid-August 2023 was reported to have afforded approximately 70 percent relief of the leg pain, which was sustained for
close to four months before the symptoms gradually returned. This is the second lumbar epidural injection within the
preceding twelve months.

Diagnosis: Lumbosacral radiculopathy, right (M54.17), secondary to the L5-S1 disc extrusion.

Consent and safety: The risks, benefits and alternatives were explained, and written informed consent was obtained.
A time-out was conducted in which the patient's identity, the procedure, the side and the levels were verified.

Pre-procedure pain: 8/10 on the numeric rating scale.

Description of procedure: The patient was positioned prone, and the lumbosacral region was prepared with chlorhexidine
and draped in sterile fashion. No sedation was administered. The skin and subcutaneous tissues were anaesthetised with
4 mL of 1% lidocaine. Under intermittent fluoroscopic guidance a 22-gauge spinal needle was advanced to the right L5-S1
neural foramen by a subpedicular approach, and a second needle was directed through the right S1 posterior sacral
foramen. Omnipaque 300 was injected, 1 mL at each level, and outlined the exiting nerve roots with epidural spread; no
intravascular or intrathecal pattern was seen. Thereafter 40 mg of methylprednisolone acetate (Depo-Medrol, 1 mL of
40 mg/mL) was administered at the L5-S1 foramen and 20 mg (0.5 mL) at the S1 foramen, each followed by 1 mL of
preservative-free normal saline. Anteroposterior and lateral images were archived to document the final needle position
and the contrast spread.

Post-procedure: Pain was rated 3/10 fifteen minutes after the injection. No complications were encountered, and the
patient was discharged ambulatory in the company of a relative.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 60), given("lidocaine", 40), given("iohexol", 2, "ml")],
        pain=(8, 3), need=ESI_NEED,
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1040")],
        findings=[], dos="2024-01-18", pos="11",
        comment="Repeat with a documented response (70% for close to four months, over 90 days): no "
                "prior_procedure_response. Second session in 12 months. Methylprednisolone 40 + 20 = 60 mg before "
                "2024-04-01: fewest units = J1040 x1.")

    add("fbn-h-facet-01", S, """
Procedure: Bilateral L3-L4, L4-L5 and L5-S1 intra-articular facet joint injections (therapeutic), fluoroscopically guided

History: The patient, a 72-year-old, has been evaluated for axial low back pain of approximately three years' duration,
which is aggravated by lumbar extension and prolonged standing and is unaccompanied by radiating leg symptoms. Standing
is limited to approximately ten minutes and household activities are curtailed; the Oswestry Disability Index was
40 percent at baseline. Physical therapy for ten weeks, followed by a home exercise programme, and regular use of
naproxen were pursued, yet the pain persisted unabated. Computed tomography of the lumbar spine demonstrated multilevel
facet arthropathy, most pronounced from L3-L4 through L5-S1 bilaterally. Two sets of diagnostic bilateral medial branch
blocks at these levels, performed on separate occasions, produced 90 percent and 85 percent relief respectively, each of
a duration appropriate to the anaesthetic used. Radiofrequency ablation was recommended but was declined by the patient,
and intra-articular injections were therefore elected as the first therapeutic treatment. It is acknowledged that three
levels are being treated bilaterally in a single session, because concordant pain generators were identified at all
three levels.

Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Informed consent was obtained in writing after the risks, benefits and alternatives had been reviewed. A time-out was
completed before the procedure.

Pre-procedure pain score: 7/10 (NRS).

Procedure: With the patient prone, the lumbar region was prepared and draped in the usual sterile manner; no sedation
was required. Local anaesthesia of the skin was achieved with 6 mL of 1% lidocaine in total. Under fluoroscopic guidance
with oblique angulation, 22-gauge spinal needles were introduced into the left and right L3-L4, L4-L5 and L5-S1 facet
joints, six joints in all. Intra-articular position was confirmed with a small volume of Omnipaque 240 (0.3 mL per
joint). A mixture was prepared from 2 mL of triamcinolone acetonide 40 mg/mL and 2 mL of 0.5% bupivacaine, and 0.5 mL
of this mixture was injected into each joint.

Post-procedure pain score: 2/10. There were no complications; the patient was observed for twenty minutes and
discharged home.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("triamcinolone_acetonide", 60), given("bupivacaine", 7.5), given("lidocaine", 60),
               given("iohexol", 1.8, "ml")],
        pain=(7, 2), need=minus(ESI_NEED, "radicular_findings"),
        codes=[line("64493", "50"), line("64494", "50"), line("64495", "50")],
        findings=["level_limit"], dos="2025-10-08", pos="24",
        comment="Solution per site: 4 mL mixture holds 80 mg triamcinolone and 10 mg bupivacaine; 0.5 mL x 6 joints "
                "= 3 mL = 60 mg and 7.5 mg. Three levels: level_limit (64495 once). Two diagnostic blocks of 90 and 85 "
                "percent support the therapeutic intent; first therapeutic session, no repeat.")

    add("fbn-h-scs-01", S, """
Procedure: Percutaneous spinal cord stimulator trial, two eight-contact leads, fluoroscopic guidance

Indication: The patient is a 64-year-old with failed back surgery syndrome following an L4-S1 posterolateral fusion
performed in 2019. Since that operation, constant burning pain has been present in the low back and both legs,
radiating along the posterior thighs into the feet, for more than four years. Walking is limited to approximately one
block and sleep is interrupted nightly. Physical therapy on two occasions, gabapentin and later duloxetine, and two
lumbar epidural injections have all failed to provide durable relief, and further surgery has been judged inadvisable by
the spine surgeon. A psychological evaluation was completed in February 2026, and no contraindication to
neuromodulation was identified.

Diagnosis: Failed back surgery syndrome (M96.1) with bilateral lower extremity radicular pain.

Consent: Written informed consent was obtained following discussion of the risks, benefits and alternatives, including
the temporary nature of the trial. A time-out was performed with all members of the team.

Anaesthesia: Monitored anesthesia care was delivered by the anesthesia team; propofol was given by infusion (110 mg in
total) from 08:12 to 08:55.

Pre-procedure pain: 8/10.

Description: The patient was positioned prone and the thoracolumbar region was prepared and draped in sterile fashion.
The skin and subcutaneous tract over the T12-L1 and L1-L2 interspaces were infiltrated with 10 mL of 1% lidocaine. Under
fluoroscopic guidance a 14-gauge Tuohy needle was advanced into the epidural space at T12-L1 by a left paramedian
approach with loss of resistance, and the first percutaneous lead was steered cephalad to the superior endplate of T8
just left of midline. A second needle was placed at L1-L2, and the second lead was advanced to the mid-body of T8 just
right of midline. Intraoperative testing produced concordant paresthesia covering both legs and the low back. The leads
were anchored to the skin and connected to the external trial stimulator. Anteroposterior and lateral fluoroscopic
images documented the final lead positions.

Post-procedure: In recovery, with stimulation on, pain was 3/10. There were no complications. The patient was
discharged with instructions for the seven-day trial.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=minus(ESI_NEED, "imaging_findings"),
        codes=[line("63650", units=2), line("77003", "26")],
        findings=[], dos="2026-04-21", pos="22",
        comment="MAC by the anesthesia team with agent, dose and times: sedation facts gold, propofol not listed "
                "(anaesthesia claim), no sedation code. Two percutaneous leads: 63650 x2 + 77003-26 in a facility.")

    add("fbn-h-va-01", S, """
Procedure: Bilateral transpedicular balloon kyphoplasty of T11 and T12 under biplane fluoroscopy, with moderate sedation

Indication: The patient, an 81-year-old with known osteoporosis, sustained a fall from standing height seven weeks ago
and has since experienced severe mid-back pain at the thoracolumbar junction, which has rendered walking without
assistance impossible and confined the patient largely to a recliner. Six weeks of treatment with a thoracolumbosacral
orthosis, calcitonin and scheduled acetaminophen with tramadol was completed without adequate relief. Magnetic resonance
imaging obtained two weeks ago demonstrated acute compression fractures of the T11 and T12 vertebral bodies, with
approximately 30 and 40 percent loss of height respectively and marrow edema on STIR sequences at both levels; no
retropulsion was identified. Point tenderness was elicited over both spinous processes.

Diagnosis: Age-related osteoporosis with current pathological vertebral fractures of T11 and T12 (M80.08XA).

Consent: The risks, benefits and alternatives, including cement leakage, were discussed, and written informed consent
was obtained. A time-out was performed prior to the incision.

Pre-procedure pain: 9/10.

Sedation: Moderate sedation was administered by the performing physician, midazolam 2 mg and fentanyl 100 mcg being
given intravenously in divided doses. A registered nurse without other duties acted as the independent trained
observer. Sedation began at 09:02 and ended at 09:41, an intraservice time of 39 minutes.

Description: With the patient prone on bolsters, the skin and periosteum over both pedicles of T11 and T12 were
infiltrated with a total of 20 mL of 1% lidocaine. Under biplane fluoroscopy, bone access needles were advanced through
both pedicles at each level; the inflatable bone tamps were inserted and inflated to create a cavity in each vertebral
body, and polymethylmethacrylate cement was then deposited under continuous lateral fluoroscopy, 3.5 mL at T11 and 4 mL
at T12, without extravasation. Final images were saved.

Post-procedure: Pain was 3/10 when the patient sat up in recovery. No complications occurred; neurological examination
was unchanged.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T11", "T12"],
                    imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 200), given("midazolam", 2), given("fentanyl", 0.1)],
        pain=(9, 3), need=minus(ESI_NEED, "radicular_findings"),
        codes=[line("22513"), line("22515"), line("99152"), line("99153", units=2)],
        findings=[], dos="2023-08-29", pos="22",
        comment="Moderate sedation by the proceduralist with observer, agents, doses and 39 min: 99152 + 99153 x2 "
                "((39 - 8) // 15). Cavity creation: 22513 (first body thoracic) + 22515.")

    add("fbn-h-lsb-01", S, """
Procedure: Left lumbar sympathetic block at L2 and L3 under fluoroscopic guidance

Indication: This 47-year-old patient developed complex regional pain syndrome of the left foot and ankle after an ankle
fracture that was treated operatively nine months ago. Burning pain, allodynia to light touch, oedema and a dusky
discolouration of the left foot are present, and the left foot was measured 2 degrees cooler than the right. Weight
bearing on the left cannot be sustained for more than a few minutes, and a shoe cannot be worn on that foot.
Desensitisation therapy for eight weeks, gabapentin and a prednisone taper have been tried, with little benefit.

Diagnosis: Complex regional pain syndrome type I of the left lower limb (G90.522).

Informed consent was obtained in writing, and a time-out was performed.

Pre-procedure pain: 8/10.

Procedure: The block was performed without sedation. With the patient prone, the skin was anaesthetised with 4 mL of 1%
lidocaine at two entry sites. Under fluoroscopic guidance, 22-gauge 5-inch needles were advanced to the anterolateral
margins of the L2 and L3 vertebral bodies on the left. Omnipaque 240, 2 mL at each level (4 mL in total), showed spread
along the anterolateral vertebral margin without vascular or psoas uptake. Bupivacaine 0.25%, 5 mL, was then injected at
each level, 10 mL in total. After the block the temperature of the left great toe rose from 29.1 to 33.4 degrees Celsius,
and warmth of the foot was reported.

Post-procedure pain: 3/10. No complications were observed.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L2", "L3"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("bupivacaine", 25), given("lidocaine", 40), given("iohexol", 4, "ml")],
        pain=(8, 3), need=SPINE_NEED,
        codes=[line("64520"), line("77002"), line("Q9966", units=4)],
        findings=[], dos="2025-01-14", pos="11",
        comment="Sympathetic block codes include no imaging: 77002 (Medicare default) and, in the office, contrast "
                "Omnipaque 240 by iodine strength (Q9966) per mL. The oral prednisone taper is history.")


# ------------------------------------------------------------------ physician 3: EMR template
def _emr(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = "hand-emr"
    add("fbn-h-tfesi-03", S, """
PROCEDURE NOTE - INTERVENTIONAL PAIN (AMBULATORY SURGERY CENTER)
Date of service: 07/09/2026
Procedure: Lumbar transforaminal epidural steroid injection
Side: {Side:LEFT}
Level(s): L4-L5
Guidance: {Guidance:Fluoroscopy}
Pre-op diagnosis: Lumbar radiculopathy, left (M54.16)

HISTORY / INDICATION
Chief complaint: Left leg pain.
Duration of symptoms: 4 months
Character: Sharp, shooting pain from the left buttock over the anterolateral thigh to the medial shin; numbness in the
left L4 dermatome. Left patellar reflex diminished. Femoral stretch test positive on the left.
Conservative treatment: Physical therapy x 6 weeks - no improvement. NSAIDs (ibuprofen) - failed. Activity modification.
Functional status: Unable to stand more than 10 minutes; unable to work shifts as a cashier. ODI: 44%
Imaging: MRI lumbar spine 05/2026 - left foraminal disc protrusion at L4-L5 compressing the exiting left L4 nerve root.
Allergies: NKDA
Anticoagulants: {Anticoagulant:None}

PRE-PROCEDURE
Consent: Informed consent obtained. Risks, benefits and alternatives discussed. Patient verbalized understanding.
Time-out: Completed. Correct patient, procedure, site and side verified.
Pre-procedure pain score (NRS 0-10): 7
Sedation: {Sedation:NONE}

PROCEDURE DETAILS
The patient was placed in the prone position. The skin was prepped with chlorhexidine and draped in the usual sterile
fashion. Skin anesthesia: 1% lidocaine, 2 mL.
Using fluoroscopic guidance, a 22-gauge 3.5-inch spinal needle was advanced to the {Side:LEFT} L4-L5 neural foramen
using a subpedicular approach.
Contrast: Omnipaque 240, 1 mL. Contrast pattern: {Pattern:epidural and perineural, no vascular uptake}
Injectate: Dexamethasone 10 mg (1 mL of 10 mg/mL).
Images: AP and lateral images saved to PACS.
The needle was removed and a bandage applied.

POST-PROCEDURE
Post-procedure pain score (NRS 0-10): ***
Complications: None
Disposition: Discharged home in stable condition with written instructions.
Follow-up: {Follow-up:2 weeks, clinic}
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iohexol", 1, "ml")],
        pain=(7, None), need=ESI_NEED,
        codes=[line("64483", "LT")],
        findings=["post_procedure_pain_score"], dos="2026-07-09", pos="24",
        comment="The post-procedure score is an unfilled '***' placeholder: post_procedure_pain_score.")

    add("fbn-h-rfa-01", S, """
PROCEDURE NOTE - INTERVENTIONAL PAIN
Date of service: 02/10/2026
Procedure: Radiofrequency ablation, lumbar facet (medial branch nerves)
Laterality: {Laterality:RIGHT}
Joints treated: L2-L3, L3-L4, L4-L5, L5-S1
Nerves lesioned: L1, L2, L3 and L4 medial branches and L5 dorsal ramus
Technique: {RF technique:Conventional thermal}   Temperature: 85 C   Duration: 90 seconds per lesion
Diagnosis: Lumbar facet arthropathy (M47.816)

INDICATION
Axial right-sided low back pain for 18 months, worse with extension and twisting. No radicular symptoms.
Conservative care: PT 8 weeks and daily NSAIDs - failed to provide lasting relief.
Function: ODI 38%. Cannot stand to cook a meal or walk the dog.
Diagnostic blocks: MBB #1 (11/2025) 90% relief; MBB #2 (12/2025) 80% relief; both of expected duration.
MRI: multilevel facet hypertrophy L2-S1, right greater than left.

PRE-PROCEDURE
Consent: Signed informed consent on chart. {Consent type:Written}
Time-out: Performed per protocol.
Pain score (0-10): 6
Sedation: {Sedation level:Moderate} - midazolam 2 mg IV

PROCEDURE
Patient prone; prepped and draped in sterile fashion. Under fluoroscopic guidance, 18-gauge 10 cm RF cannulae with
10 mm active tips were placed parallel to each target nerve. Sensory stimulation at 50 Hz reproduced concordant back pain
below 0.5 V; motor stimulation at 2 Hz up to 2 V produced no leg fasciculation. Before lesioning, 1 mL of 2% lidocaine
was injected through each of the 5 cannulae. Lesions were made at 85 C for 90 seconds at each nerve.

POST-PROCEDURE
Pain score (0-10): 2
Complications: None
Discharged home with driver.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 100), given("midazolam", 2)],
        pain=(6, 2), need=minus(ESI_NEED, "radicular_findings"),
        codes=[line("64635", "RT"), line("64636", "RT", units=3)],
        findings=["sedation_details"], dos="2026-02-10", pos="11",
        comment="Moderate sedation with an agent and dose only: no start/stop times, observer, minutes or reason "
                "(sedation_details), so no 99152. Four joints: 64635 + 64636 x3.")

    add("fbn-h-genicular-01", S, """
PROCEDURE NOTE - INTERVENTIONAL PAIN
Date of service: 11/18/2025
Procedure: Genicular nerve block (diagnostic)
Side: {Side:RIGHT} knee
Targets: superomedial, superolateral and inferomedial genicular nerves
Guidance: {Guidance:Fluoroscopy}
Diagnosis: Primary osteoarthritis, right knee (M17.11)

INDICATION
Right knee pain for 3 years, worse with stairs and standing; walking limited to 15 minutes. Failed PT (8 weeks), two
corticosteroid injections and a hyaluronic acid series. Not a surgical candidate per orthopedics (cardiac risk).
Block performed to assess candidacy for genicular radiofrequency ablation.

PRE-PROCEDURE
Consent: Informed consent obtained; risks/benefits/alternatives reviewed.
Time-out: Performed.
Pain score (NRS): 7
Sedation: {Sedation:None}

PROCEDURE
Supine, knee flexed over a bolster. Prepped and draped. Under fluoroscopic guidance a 22-gauge spinal needle was placed
at each target (junction of shaft and epicondyle for the superomedial and superolateral nerves, junction of shaft and
medial tibial condyle for the inferomedial nerve). Skin at each site: 1% lidocaine 1 mL. At each nerve 2 mL of 0.5%
bupivacaine was injected after negative aspiration.

POST-PROCEDURE
Pain score (NRS): 1 at 30 minutes; 85% relief with provocative maneuvers (stairs, squat).
Complications: None
Pain diary provided for the RFA decision.
""",
        procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy",
                    intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 30), given("lidocaine", 30)],
        pain=(7, 1), need=SPINE_NEED,
        codes=[line("64454", "RT")],
        findings=[], dos="2025-11-18", pos="11", payer="medicare_cgs")

    add("fbn-h-hip-01", S, """
PROCEDURE NOTE - JOINT INJECTION
Date of service: 05/22/2024
Procedure: Hip joint injection under fluoroscopy
Laterality: {Laterality:LEFT}
Diagnosis: Hip osteoarthritis

INDICATION
Groin and anterior thigh pain for 2 years, worse with walking and putting on socks; walking limited to 2 blocks.
Failed PT x 6 weeks, acetaminophen and meloxicam. Not ready for arthroplasty.

PRE-PROCEDURE
Consent: Written consent obtained.
Time-out: Completed, site marked.
Pain score: 6/10
Sedation: {Sedation:None}

PROCEDURE
Supine. The {Laterality:LEFT} hip was prepped and draped. Skin: 1% lidocaine 3 mL. Under fluoroscopic guidance a
22-gauge spinal needle was advanced to the junction of the femoral head and neck. Omnipaque 300, 2 mL, confirmed spread
within the joint (arthrogram). Injected: triamcinolone acetonide (Kenalog-40) 40 mg with 4 mL of 0.5% ropivacaine.
Fluoroscopic image saved.

POST-PROCEDURE
Pain score: 1/10
Complications: None
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="left", imaging="fluoroscopy",
                    contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("ropivacaine", 20), given("lidocaine", 30),
               given("iohexol", 2, "ml")],
        pain=(6, 1), need=SPINE_NEED,
        codes=[line("20610", "LT"), line("77002"), line("J3301", units=4), line("Q9967", units=2)],
        findings=["diagnosis"], dos="2024-05-22", pos="11",
        comment="The only diagnosis, 'Hip osteoarthritis', has no side and no code (M16.10 needs one): diagnosis "
                "(specificity). Fluoroscopy for a joint injection is 77002; in the office the contrast Omnipaque 300 is "
                "Q9967 per mL.")

    add("fbn-h-sinb-01", S, """
PROCEDURE NOTE - INTERVENTIONAL PAIN
Date of service: 09/15/2026
Procedure: Sacroiliac joint lateral branch nerve block (L5 dorsal ramus, S1-S3 lateral branches)
Side: {Side:RIGHT}
Purpose: {Purpose:Diagnostic - prior to RF ablation}
Guidance: Fluoroscopy
Diagnosis: Sacroiliac joint pain, right (M53.3)

INDICATION
Right-sided low back and buttock pain centered over the SI joint for 14 months; 3 of 5 provocation maneuvers positive.
Two SI joint injections in 2025 gave only short-lived relief. Failed PT and NSAIDs. Pain limits sitting through a
church service and walking beyond 10 minutes.

PRE-PROCEDURE
Consent: Obtained (written).
Time-out: Done.
Pain (NRS): 7
Sedation: {Sedation:None}

PROCEDURE
Prone. Skin: 1% lidocaine 4 mL. Under fluoroscopic guidance a 25-gauge needle was placed at the right L5 dorsal ramus
(junction of sacral ala and S1 superior articular process) and a 22-gauge needle lateral to each of the right S1, S2 and
S3 posterior sacral foramina. Omnipaque 240 0.3 mL at each site: no vascular spread. Bupivacaine 0.5% was injected at
each of the four targets.

POST-PROCEDURE
Pain (NRS): 2
Complications: None
Pain diary for 6 hours.
""",
        procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", None), given("lidocaine", 40), given("iohexol", 1.2, "ml")],
        pain=(7, 2), need=SPINE_NEED,
        codes=[line("64451", "RT")],
        findings=["drug_dose"], dos="2026-09-15", pos="11",
        comment="Bupivacaine is named without a volume: drug_dose (dose null). 64451 includes imaging.")


# ------------------------------------------------------------------ physician 4: voice recognition
def _voice(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = "hand-voice"
    add("fbn-h-ilesi-02", S, """
lumbar interlaminar epidural steroid injection L5-S1 period date of service october fifth twenty twenty three

the patient is a seventy four year old woman who comes in for her third epidural she says the last one helped some but
the pain is back comma she has pain in the low back going down the back of both legs to the calves with tingling in both
feet for about eight months now period she did physical therapy for twelve weeks last spring and it did not help her
and she takes tylenol and meloxicam without much change period she can only stand at the kitchen counter for about ten
minutes and she has stopped going to church because she cant sit through the service period on exam straight leg raise
is positive on the right at forty five degrees and equivocal on the left and ankle jerks are diminished on both sides
period

diagnosis lumbar disc herniation with radiculopathy M51.16 period

informed consent was obtained after discussing risks benefits and alternatives and she signed the form period time out
was performed verifying patient procedure and level period pre procedure pain was 7 out of 10 period

she was placed prone and the lumber area was prepped with chlorhexidine and draped in sterile fashion period the skin
was numbed with three milliliters of one percent lidocaine period under fluoroscopic guidance a twenty gauge tuohy
needle was advanced at the L5-S1 interspace using a right paramedian interlaminar approach and loss of resistance to
saline was obtained at a depth of six centimeters period one milliliter of omnipaque 240 showed good epidural spread
with no intravascular uptake period then forty milligrams of Depo-Medrol which is one milliliter of forty milligrams per
milliliter was mixed with two milliliters of preservative free saline and injected slowly period AP and lateral images
where saved period

post procedure pain was 3 out of 10 period there were no complications and she walked out too the car with her
daughter period
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 30), given("iohexol", 1, "ml")],
        pain=(7, 3), need=minus(ESI_NEED, "imaging_findings"),
        codes=[line("62323"), line("J1030")],
        findings=["imaging_findings", "prior_procedure_response"], dos="2023-10-05", pos="11",
        comment="'Her third epidural' makes a repeat; 'the last one helped some' is no documented response: "
                "prior_procedure_response. No MRI/CT finding is given: imaging_findings. 40 mg before 2024-04-01: "
                "J1030. Homophones ('lumber', 'where saved', 'too the car') are harmless.")

    add("fbn-h-onb-01", S, """
bilateral greater occipital nerve blocks period date of service july thirtieth twenty twenty four period

history the patient is a fifty two year old man with occipital headaches for over a year comma sharp shooting pain
starting at the base of the skull on both sides and going up over the top of the head to behind the eyes period there is
tenderness over both greater occipital nerves and pressing there reproduces his headache period he has tried gabapentin
and nortriptyline and physical therapy for two months with no real benefit period the headaches keep him from working at
his computer more than an hour at a time period

diagnosis bilateral occipital neuralgia M54.81 period

consent was signed after we went over the risks and benefits and alternatives period we did a time out period pre
procedure pain 8 out of 10 period

no imaging was used landmark technique period he sat leaning forward on the table and the hair was parted and the skin
cleaned with alcohol and chlorhexidine period on the right side the occipital artery was palpated at the superior nuchal
line and a twenty five gauge needle was placed just medial to it and after negative aspiration two milliliters of half
percent bupivacaine plus twenty milligrams of kenalog was injected period the same was done on the left side with the
same amounts period pressure was held over both sites period

post procedure pain 2 out of 10 and he says the back of his head feels numb period he will keep a headache diary and
follow up in four weeks period
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 20)],
        pain=(8, 2), need=SPINE_NEED,
        codes=[line("64405", "50"), line("J3301", units=4)],
        findings=["complications"], dos="2024-07-30", pos="11", complications=None,
        comment="Nothing says whether there were complications: complications (null). 20 mg Kenalog and 10 mg "
                "bupivacaine each side.")

    add("fbn-h-tpi-01", S, """
trigger point injections left upper back and neck period date of service april ninth twenty twenty five

she is a sixty one year old woman with left sided neck and shoulder blade pain from myofascial pain syndrome period this
is her fourth trigger point session in the past twelve months and the last ones each gave her a few weeks period on exam
there are taut bands with a local twitch response and referred pain in the left upper trapezius comma left levator
scapulae comma left rhomboid major and left infraspinatus period she does home stretching and took cyclobenzaprine which
made her too sleepy so she stopped it period

diagnosis myofascial pain syndrome of the neck and upper back M79.12 period

consent verbal and written obtained period time out done period pain before 6 out of 10 period

the skin was cleaned with alcohol and each trigger point was isolated between two fingers and a twenty five gauge one and
a half inch needle was used period one milliliter of one percent lidocaine was injected in each of five trigger points
two in the trapezius and one each in the levator scapulae comma rhomboid major and infraspinatus period

pain after 2 out of 10 period no complications period she was told to use heat and keep stretching period
""",
        procs=[proc("trigger_point")],
        drugs=[given("lidocaine", 50)],
        pain=(6, 2), need=("diagnosis", "conservative_care"),
        codes=[line("20553")],
        findings=["frequency", "percent_relief"], dos="2025-04-09", pos="11",
        comment="Four muscles: 20553. Percent relief only implied by 6 -> 2: percent_relief. Fourth TPI session in the "
                "past twelve months (limit 3): frequency.")

    add("fbn-h-knee-01", S, """
right knee injection under ultrasound guidance period date of service december second twenty twenty five period

this is a sixty eight year old man with primary osteoarthritis of the right knee comma pain for about four years worse
going down stairs and getting up from a chair comma he can walk only about fifteen minutes before he has to stop period
he has done physical therapy twice and uses diclofenac gel and tylenol without enough relief period his last injection in
that knee was in may and it helped for about three months period

diagnosis primary osteoarthritis of the right knee M17.11 period

consent signed period time out completed with the right knee marked period pain today 7 out of 10 period

he was positioned supine with the knee slightly flexed and the skin prepped with chlorhexidine period using a linear
ultrasound probe the suprapatellar recess was identified and the skin and soft tissue were numbed with four milliliters
of one percent lidocaine period a twenty two gauge needle was advanced in plain under direct ultrasound visualization
into the joint and eighty milligrams of Depo-Medrol was injected with good flow period a permanent ultrasound image
showing the needle in the joint was saved to the chart period

after the injection pain was 2 out of 10 period there were no complications period ice and rest for a day
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 40)],
        pain=(7, 2), need=SPINE_NEED,
        codes=[line("20611", "RT"), line("J1010", units=80)],
        findings=[], dos="2025-12-02", pos="11",
        comment="Ultrasound with a saved image: 20611. Methylprednisolone after 2024-04-01: J1010 per mg.")

    add("fbn-h-rfa-02", S, """
right C4-5 and C5-6 cervical facet radiofrequency ablation period date of service september sixteenth twenty twenty five

the patient is a sixty six year old woman with right sided axial neck pain for six years from cervical facet arthropathy
period she had her last ablation on the right at the same two joints eleven months ago and it gave her about eighty
percent relief for nine months and now the pain is back to where it was period before that two medial branch blocks
were positive period no arm pain or numbness period the neck pain makes it hard to turn her head to drive and she cant
look up to hang laundry period neck disability index is 40 percent period she kept up her home exercises and did
physical therapy for eight weeks this summer and takes meloxicam but it has not helped period

diagnosis cervical spondylosis without myelopathy or radiculopathy M47.812 period

consent was signed and time out was done period pre procedure pain 7 out of 10 period no sedation period

she was placed prone with her forehead on a foam pad and the posterior neck was prepped and draped period under
fluoroscopic guidance eighteen gauge radiofrequency cannulas were placed by a posterolateral approach onto the right C4
comma C5 and C6 medial branches at the waist of the articular pillars and position was confirmed in AP and lateral views
period sensory testing reproduced her neck pain and motor testing at two volts caused no arm twitching period a half
milliliter of two percent lidocaine was put through each cannula and thermal lesions were made at eighty degrees celsius
for ninety seconds at each nerve period

post procedure pain 3 out of 10 period no complications period she went home with her husband driving
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 3), need=minus(ESI_NEED, "imaging_findings", "radicular_findings"),
        codes=[line("64633", "RT"), line("64634", "RT")],
        findings=[], dos="2025-09-16", pos="24",
        comment="Repeat RFA with 80% relief for nine months (over 180 days): no prior_procedure_response, and a "
                "repeat needs no diagnostic-block relief. Second RFA in 12 months (limit 2). 80 degrees is thermal.")


# ------------------------------------------------------------------ physician 5: English as a second language
def _esl(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = "hand-esl"
    add("fbn-h-mbb-02", S, """
Procedure: Lumbar facet medial branch block, second diagnostic block (confirmation), left side first and after the right side
Date of service: 19 May 2026

Patient history: Patient is man of 70 years. He has pain in the lower back since 3 years, more with extension and when he
stands long time. The pain is not going to the legs. Physiotherapy he did during 8 weeks and also naproxen, diclofenac,
but the pain is not improving. Because of the pain he cannot stand more than 15 minutes for cooking and he stopped his
walking in the park. ODI is 36%. MRI shows hypertrophy of the facet joints at L4-5 and L5-S1, both sides.
First diagnostic medial branch block was made 7 April 2026, he had 90% relief during 6 hours, this is consistent with
lidocaine.

Diagnosis: Lumbar facet syndrome, bilateral (M47.816)

Consent: The procedure, the risks and the alternatives were explained to patient and he signed the consent.
Time-out: done before to start, correct patient, procedure, levels and sides.
Pain before procedure: 7/10 (NRS).

Technique: Patient in prone position. Sterile preparation with chlorhexidine. No sedation was given. With fluoroscopy
guidance, on the left side we put 22G needles to the medial branch L3, the medial branch L4 and the dorsal ramus of L5,
for block of the facet joints L4-L5 and L5-S1. The skin of every needle was anesthetized before with 1 mL lidocaine 1%.
Contrast Omnipaque 240 0.3 mL every needle, no vascular flow. After, 0.5 mL bupivacaine 0.5% we injected on every nerve.
Same procedure was repeated on the contralateral side, with same needles and same doses.

Pain after procedure: 1/10 after 30 minutes, this is 85% relief.
Complications: no complications. Patient discharged home with his wife, pain diary is given.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                    sedation="none")],
        drugs=[given("bupivacaine", 15), given("lidocaine", 60), given("iohexol", 1.8, "ml")],
        pain=(7, 1), need=minus(ESI_NEED, "radicular_findings"),
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=[], dos="2026-05-19", pos="11", payer="medicare_fcso",
        comment="'Same procedure was repeated on the contralateral side, with same needles and same doses': bilateral, "
                "every per-nerve amount doubled (3 nerves a side). Confirmatory block after 90%: no "
                "diagnostic_block_relief.")

    add("fbn-h-caudal-01", S, """
Procedure: Caudal epidural steroid injection with fluoroscopy
Date: 12 March 2024

History: Woman of 77 years. She has pain in both legs when she walks, heavy legs and burning in both buttocks and back
of the thighs until the calf; she needs to sit down after 5 minutes of walking and then it is better. Also numbness of
both feet. She cannot go to shopping alone anymore. MRI lumbar (January 2024) shows severe central stenosis L3-4 and L4-5
with compression of the cauda equina roots. Before, she made physiotherapy 6 weeks and took pregabalin, but the pain is
not better and the pregabalin gives her dizziness. Surgery she refused.

Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062)

Consent is explained and signed by the patient. Time out is performed.
Pain before: 8/10.

Procedure: Patient prone with pillow under the hips. Sterile preparation and drapes. Skin and sacral hiatus were
anesthetized with 2 mL lidocaine 1%. With fluoroscopy in lateral view, one 20G Tuohy needle entered by the sacral hiatus
into the caudal canal. Isovue-M 200, 3 mL, confirms epidural spread until L4, no vascular. Then was injected Celestone
Soluspan 12 mg (2 mL of 6 mg/mL) with 3 mL lidocaine 1% and 5 mL normal saline. Images AP and lateral are saved.

Pain after: 3/10. No complication. She goes home with her son.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 12), given("lidocaine", 50),
               given("iopamidol", 3, "ml")],
        pain=(8, 3), need=minus(ESI_NEED, "symptom_duration"),
        codes=[line("62323"), line("J0702", units=2)],
        findings=["symptom_duration"], dos="2024-03-12", pos="11",
        comment="How long the leg pain has lasted is never said (5 minutes is the walking tolerance, January the MRI "
                "date): symptom_duration. Caudal: region sacral, no levels; lumbar stenosis fits (one billing region).")

    add("fbn-h-stellate-01", S, """
Procedure: Right stellate ganglion block, guided by ultrasound
Date: 26.08.2025, hospital outpatient department

History: Man of 45 years. After crush injury of the right hand 7 months ago he developed CRPS. The right hand is swollen,
red-blue in color, very sensitive to touch (allodynia) and sweating more than the left. He cannot hold a cup or write
with the right hand. Occupational therapy 10 weeks, gabapentin and amitriptyline, mirror therapy: all without
improvement.

Diagnosis: CRPS type 1 of right upper limb (G90.511)

Time out was made with the nurse, the right side confirmed.
Pain before: 8/10.

Procedure: Patient supine, head a little turned to the left. Sterile preparation of the right anterior neck. With the
linear ultrasound probe at C6 level we identified the longus colli muscle, the carotid artery and the thyroid. Needle
25G 5 cm in-plane from lateral to medial until the fascia of longus colli. After negative aspiration we injected
ropivacaine 0.5% 5 mL in small portions, watching the spread under the prevertebral fascia with ultrasound. One
ultrasound picture is saved in the record.
After 10 minutes there is Horner syndrome on the right (ptosis, miosis) and the right hand is warmer.

Pain after: 3/10. Complications: none, no hoarseness, no hematoma.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, 3), need=SPINE_NEED,
        codes=[line("64510"), line("76942", "26")],
        findings=["consent"], dos="2025-08-26", pos="22", consent=False,
        comment="No consent statement anywhere: consent. Ultrasound with a saved image in a facility: 76942-26; "
                "64510 takes no side modifier under Medicare.")

    add("fbn-h-sij-02", S, """
Procedure: Bilateral sacroiliac joint injection, diagnostic, under fluoroscopy
Date: 20 June 2023

History: Woman 58 years old, pain in the low back under L5 on both sides and in the buttocks since 9 months, after a fall
on her bottom. She cannot sit more than 20 minutes and she cannot sleep on the side. Examination: FABER, Gaenslen and
thigh thrust are positive on both sides. Physiotherapy 8 weeks and ibuprofen did not help.

Diagnosis: Bilateral sacroiliac joint dysfunction (M53.3)

Consent: risks and benefits explained, patient signed the consent. Time-out done.
Pain before injection: 8/10.

Procedure: Prone position, sterile preparation. On each side the skin was anesthetized with lidocaine 1% 2 mL. With
fluoroscopy a 22G spinal needle was put in the lower part of the right SI joint, after in the left SI joint. Omnipaque 240
1 mL each side, good arthrogram, intra-articular. Injected lidocaine 2% 1.5 mL in each joint, no steroid because it is
diagnostic. AP and oblique images saved.

Pain after 30 minutes: 4/10, patient says the relief is 50 percent only.
Complications: none.
""",
        procs=[proc("si_joint_injection", region="sacroiliac", laterality="bilateral", imaging="fluoroscopy",
                    contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 100), given("iohexol", 2, "ml")],
        pain=(8, 4), need=SPINE_NEED,
        codes=[line("27096", "50")],
        findings=["percent_relief"], dos="2023-06-20", pos="11",
        comment="Diagnostic SI block with 50% relief (positive at 75%): percent_relief (si.diagnostic_positive). "
                "Lidocaine 2 x 2 mL of 1% + 2 x 1.5 mL of 2% = 40 + 60 mg.")

    add("fbn-h-pnb-01", S, """
Procedure: Left suprascapular nerve block with ultrasound guidance
Date: 04 March 2025, office

History: Man of 74 years, pain in the left shoulder since 2 years because of osteoarthritis of the glenohumeral joint; he
is not a candidate for prosthesis (heart failure). The pain is worse in the night and he cannot raise the arm to comb
the hair. Two joint injections in 2024 gave only short time relief; physiotherapy 6 weeks without effect.

Diagnosis: Primary osteoarthritis of left shoulder (M19.012)

Written consent is obtained after explanation. Time-out performed.
Pain before: 7/10.

Procedure: Patient sitting. Sterile preparation of the left shoulder. Linear probe over the suprascapular fossa; the
suprascapular notch with the nerve and artery was identified. Needle 22G in-plane from medial. Injected dexamethasone
4 mg (1 mL of 4 mg/mL from a single-dose vial, nothing discarded) and bupivacaine 0.5% 5 mL around the nerve.
Ultrasound image with the needle is saved in the chart.

Pain after: 2/10. No complications.
""",
        procs=[proc("peripheral_nerve_block", target="suprascapular", laterality="left", imaging="ultrasound")],
        drugs=[given("dexamethasone_sodium_phosphate", 4), given("bupivacaine", 25)],
        pain=(7, 2), need=SPINE_NEED,
        codes=[line("64418", "LT"), line("76942"), line("J1100", "JZ", units=4)],
        findings=[], dos="2025-03-04", pos="11",
        comment="Single-dose vial with nothing discarded after 2023-07-01: JZ on J1100. Office: 76942 without 26.")


# ------------------------------------------------------------------ physician 6: resident with attending attestation
def _resident(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = "hand-resident"
    ATTEST = ("Attending attestation: I saw and examined the patient, discussed the case with the resident and agree "
              "with the findings and plan as documented. I was present for the entire procedure and performed the key "
              "portions.")
    add("fbn-h-tfesi-04", S, f"""
RESIDENT PROCEDURE NOTE (PGY-3, pain medicine rotation)
Procedure: Right L4-L5 transforaminal epidural steroid injection, fluoroscopic guidance
Date of service: 10/06/2026

HPI: 57-year-old with 3 months of left leg pain radiating from the buttock over the anterior thigh to the medial knee
and shin, with numbness over the medial shin. Exam: decreased left patellar reflex, positive left femoral stretch test,
4+/5 left knee extension. The pain limits standing to about 10 minutes and has kept the patient out of work as a
warehouse picker. Completed 6 weeks of physical therapy with no improvement; meloxicam and an oral prednisone taper did
not help. MRI lumbar spine (08/2026): left foraminal disc protrusion at L4-L5 compressing the exiting left L4 nerve root.

Diagnosis: Lumbar radiculopathy, left (M54.16)

Consent: risks, benefits and alternatives were discussed with the patient by the attending and me; written consent was
signed.
Time-out: performed; patient, procedure, side and level confirmed by the team.
Pre-procedure pain: 8/10.

Procedure: The patient was positioned prone, prepped and draped sterilely. No sedation. Skin anesthetized with 2 mL of
1% lidocaine. Under fluoroscopic guidance a 22-gauge 5-inch spinal needle was advanced into the left L4-L5 neural
foramen by a subpedicular approach. Omnipaque 240, 1.5 mL, showed perineural and epidural flow along the left L4 root
without vascular uptake. Dexamethasone 10 mg (1 mL of 10 mg/mL) was injected. AP and lateral images were saved.

Post-procedure pain: 2/10. Complications: none.

{ATTEST}
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iohexol", 1.5, "ml")],
        pain=(8, 2), need=ESI_NEED,
        codes=[line("64483", "LT"), line("J1100", units=10)],
        findings=["laterality_conflict"], dos="2026-10-06", pos="11",
        comment="Title says right; history, diagnosis and the needle description say left and nobody corrects it: "
                "codes and side follow the description (LT), and the difference is a laterality_conflict.")

    add("fbn-h-genrfa-01", S, f"""
RESIDENT PROCEDURE NOTE
Procedure: Left genicular nerve radiofrequency ablation (superomedial, superolateral and inferomedial genicular nerves),
fluoroscopic guidance
Date of service: 01/27/2026

HPI: 71-year-old with left knee pain for 6 years from primary osteoarthritis; walking limited to 1 block, difficulty
with stairs. Failed PT (12 weeks), NSAIDs (stopped for GI upset) and 3 corticosteroid injections with diminishing
benefit. Declines total knee arthroplasty. A diagnostic left genicular nerve block on 12/09/2025 gave 85% relief for
8 hours.

Diagnosis: Primary osteoarthritis, left knee (M17.12)

Consent: written consent obtained. Time-out completed.
Pre-procedure pain: 7/10 (NRS).

Procedure: Supine, left knee flexed 20 degrees on a bolster; prepped and draped. Under fluoroscopic guidance (AP and
lateral), 18-gauge 10 cm RF cannulae with 10 mm active tips were placed at the superomedial, superolateral and
inferomedial genicular targets. Sensory stimulation reproduced the knee pain; motor testing at 2 V caused no distal
muscle contraction. 1 mL of 2% lidocaine was injected through each cannula, and conventional thermal lesions were
created at 80 degrees C for 90 seconds at each target.

Post-procedure pain: 2/10. Complications: none. Discharged home.

Attending attestation: I was present for the entire procedure, including needle placement and lesioning, and I agree
with the resident's documentation.
""",
        procs=[proc("genicular_rfa", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED,
        codes=[line("64624", "LT")],
        findings=[], dos="2026-01-27", pos="24")

    add("fbn-h-ilesi-03", S, f"""
RESIDENT PROCEDURE NOTE
Procedure: T10-T11 interlaminar epidural steroid injection under fluoroscopy, with moderate sedation
Date of service: 12/10/2024

HPI: 63-year-old with 4 months of left-sided band-like pain wrapping from the mid back around the left lower chest wall
toward the upper abdomen in a T10 distribution, with dysesthesia to light touch along that band. No rash and no history
of shingles. Thoracic MRI (10/2024): left foraminal T10-T11 disc protrusion contacting the exiting left T10 nerve root.
Failed 8 weeks of physical therapy; gabapentin caused drowsiness and was stopped; topical agents gave no relief.

Diagnosis: Thoracic radiculopathy (M54.14)

Consent: written consent obtained after discussion of risks, benefits and alternatives.
Time-out: performed.
Pre-procedure pain: 7/10.

Sedation: requested and provided because of severe procedural anxiety, with a vasovagal episode during a prior dental
injection despite oral anxiolysis. Midazolam 2 mg IV and fentanyl 50 mcg IV were given by the attending, with an
independent RN observer monitoring throughout. Sedation start 10:05, end 10:19 (intraservice time 14 minutes).

Procedure: Prone; prepped and draped. Skin anesthetized with 3 mL of 1% lidocaine. Under fluoroscopic guidance a
20-gauge Tuohy needle was advanced at T10-T11 by a left paramedian interlaminar approach, with loss of resistance to
saline. Omnipaque 180, 2 mL, produced an epidurogram with left-predominant spread and no vascular uptake. Triamcinolone
40 mg (1 mL of 40 mg/mL) with 2 mL of preservative-free saline was injected. AP and lateral images were saved.

Post-procedure pain: 2/10. Complications: none.

Attending attestation: I was present for the entire procedure and personally directed the moderate sedation. I agree
with the resident's note.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30), given("midazolam", 2),
               given("fentanyl", 0.05), given("iohexol", 2, "ml")],
        pain=(7, 2), need=minus(ESI_NEED, "functional_impairment"),
        codes=[line("62321"), line("99152")],
        findings=["functional_impairment"], dos="2024-12-10", pos="22",
        comment="Nothing says how the pain limits function, and no disability scale: functional_impairment. Sedation "
                "by the attending with justification, observer, agents and 14 minutes: 99152 only (under 23 min).")

    add("fbn-h-mbb-03", S, f"""
RESIDENT PROCEDURE NOTE
Procedure: Right T7-T8 and T8-T9 facet joint medial branch blocks (T6, T7 and T8 medial branches), diagnostic block #1,
fluoroscopic guidance
Date of service: 05/13/2025

HPI: 56-year-old with right-sided mid-back (thoracic paraspinal) pain for 14 months after a lifting injury, worse with
rotation and extension, without radiation around the chest wall. Tender over the right T7-T9 facets. The pain limits
sitting at a desk to 30 minutes and prevents carrying groceries. CT thoracic spine (02/2025): right T7-T8 and T8-T9
facet arthropathy.

Diagnosis: Thoracic spondylosis without myelopathy or radiculopathy (M47.814)

Consent: written consent obtained. Time-out: performed.
Pre-procedure pain: 6/10.

Procedure: Prone; prepped and draped; no sedation. Skin anesthetized with 3 mL of 1% lidocaine. Under fluoroscopic
guidance, 22-gauge spinal needles were placed at the superolateral corners of the right T7, T8 and T9 transverse
processes (T6, T7 and T8 medial branches). Omnipaque 240, 0.2 mL at each, showed no vascular spread. 0.5 mL of 0.5%
bupivacaine was injected at each medial branch.

Post-procedure pain: 1/10 at 30 minutes (83% relief). Complications: none. Pain diary given.

{ATTEST}
""",
        procs=[proc("facet_injection", approach="medial_branch", region="thoracic", laterality="right",
                    levels=["T7-T8", "T8-T9"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                    sedation="none")],
        drugs=[given("bupivacaine", 7.5), given("lidocaine", 30), given("iohexol", 0.6, "ml")],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "functional_impairment", "imaging_findings"),
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        findings=["conservative_care"], dos="2025-05-13", pos="22",
        comment="No conservative care is mentioned at all: conservative_care. Joints and medial branches agree "
                "(T6+T7 = T7-T8, T7+T8 = T8-T9).")

    add("fbn-h-sirfa-01", S, f"""
RESIDENT PROCEDURE NOTE
Procedure: Left sacroiliac joint radiofrequency ablation, cooled RF, of the L5 dorsal ramus and S1-S3 lateral branches,
fluoroscopic guidance
Date of service: 11/10/2026

HPI: 66-year-old with left SI joint pain below L5 for 2 years; sitting tolerance 15 minutes, unable to garden. Failed PT
(8 weeks) and NSAIDs. Two left SI joint injections each gave relief for about 6 weeks. Two diagnostic left lateral branch
blocks (08/2026 and 09/2026) gave 80% and 85% relief.

Diagnosis: Sacroiliitis, left (M46.1)

Consent: written consent obtained. Time-out: performed.
Pre-procedure pain: 7/10.

Procedure: Prone; prepped and draped. Skin anesthetized with 5 mL of 1% lidocaine. Under fluoroscopic guidance,
17-gauge introducers were placed at the left L5 dorsal ramus (sacral ala) and at lateral-branch positions lateral to the
left S1, S2 and S3 foramina, seven positions in all. 0.5 mL of 2% lidocaine was given at each of the seven sites. Cooled
radiofrequency lesions were made (probe temperature 60 degrees C, 150 seconds) at each position.

Post-procedure pain: 3/10. Complications: none.

{ATTEST}
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 3), need=SPINE_NEED,
        codes=[line("64625", "LT")],
        findings=[], dos="2026-11-10", pos="24",
        comment="Cooled RF is a stated technique (genicular_rfa.technique accepts thermal or cooled). Lidocaine 50 mg "
                "skin + 7 x 0.5 mL of 2% (70 mg) = 120 mg.")
