"""Notes of the sealed final-check batch ay: wordings of our own in six source styles (five notes each):
header/placeholder-only procedures, dose arithmetic with ConText cases, unusual formatting, coding edge cases,
multi-procedure sessions and terse logs, radiology reports / transcription samples / speech-recognition
dictation. Gold labelled by hand before any Painpoint run; the `findings` of each `add` are the deliberate gaps
and coding findings (level limits, code validity, frequency, repeats, RF technique)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _headers(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _doses(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _formats(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _coding(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _sessions(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _reports(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _headers(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Style 1: procedure, levels and side only in titles, header fields or placeholders."""
    add("fay-tfesi-01", "header_fields", """
PROCEDURE: B/L TFESI
LEVELS: L4-L5, L5-S1
GUIDANCE: fluoro            CONTRAST: Omnipaque 240, 1 mL per site
DIAGNOSIS: Spinal stenosis, lumbar, with neurogenic claudication (M48.062); bilateral L5 radicular pain
PRE NRS: 7/10

HISTORY: Six months of pain from both buttocks down the outer legs to the tops of both feet, with pins and
needles over both big toes; extensor hallucis strength 4/5 on each side. Eight weeks of physical therapy
changed nothing, and duloxetine was stopped for nausea. He now sits down after a single aisle at the store.
MRI: bilateral L4-5 and L5-S1 foraminal stenosis from facet overgrowth and disc bulging, both L5 roots crowded.

Consent reviewed and signed. Time-out held.
NOTE: Prone. First target prepared and a 22 g needle placed to the subpedicular space under oblique view;
1 mL contrast showed perineural and epidural flow without vessel uptake, then dexamethasone 3 mg (0.75 mL of
4 mg/mL) with 0.5 mL of 1% preservative-free lidocaine was given. Repeated at the remaining level, then on
the contralateral side in the same way. AP and oblique views saved.
POST NRS: 3/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("dexamethasone_sodium_phosphate", 12), given("lidocaine", 20)],
        pain=(7, 3), need=ESI_NEED, dos="2026-02-03",
        codes=[line("64483", "50"), line("64484", "50"), line("J1100", units=12)], findings=[],
        comment="levels and side only in the header; 'repeated at the remaining level, then contralateral' = 4 sites")

    add("fay-rfa-01", "header_fields", """
Procedure ....... Radiofrequency neurotomy, thermal
Side ............ RIGHT
Nerves .......... L3 medial branch / L4 medial branch / L5 dorsal ramus
Guidance ........ Fluoroscopy
Dx .............. Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
Prior blocks .... MBB #1 01/2025 lidocaine: 85% relief x 2 h; MBB #2 02/2025 bupivacaine: 90% relief x 5 h
Pain pre ........ 6/10

Right-sided low back pain for about three years, worse with standing and arching back. Physical therapy
(12 weeks) and a course of naproxen gave no lasting benefit. She can no longer stand long enough to cook dinner.
Consent signed; time-out with the team. After skin wheals with 2% lidocaine, 1 mL per site, 18 g cannulas were
placed along each nerve. 50 Hz sensory testing reproduced her back pain under 0.6 V; 2 Hz motor testing gave
multifidus twitch only. Each lesion 80 degrees C for 90 seconds.
Pain post ....... 2/10
Complications ... none
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=SPINE_NEED, dos="2025-05-14", pos="24", payer="medicare_fcso",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[],
        comment="nerves L3/L4 MB + L5 DR map to the L4-L5 and L5-S1 joints")

    add("fay-mbb-01", "header_fields", """
TITLE: Cervical medial branch block #1 - diagnostic
Side: bilateral                 Targets: C5, C6, C7 medial branches
Imaging: fluoroscopy (lateral)
Dx: cervical spondylosis without radiculopathy, M47.812

Neck pain centred low in the neck for 16 months, both sides equally, no arm pain; worse with extension and
looking over either shoulder. Ten weeks of physical therapy with no improvement and ibuprofen stopped for
stomach pain. She cannot reverse the car or hold her head up to read at her desk for long.
CT: bilateral C5-6 and C6-7 facet arthrosis.
Pre-procedure pain 7/10. Consent form signed. Time-out done.
Left side first: 25 g needles to the three articular pillar waists, 0.5 mL of 0.5% bupivacaine at each.
The same targets were then done on the contralateral side.
Post-procedure pain 1/10, 86% relief. Pain diary given. Complications: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-06-16",
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=[],
        comment="C5/C6/C7 medial branches = C5-C6 and C6-C7 joints; six injections")

    add("fay-ilesi-01", "header_fields", """
Procedure: [Thoracic interlaminar epidural steroid injection]
Level: [T10-T11]      Approach: [midline]      Guidance: [fluoroscopy]
Diagnosis: [Thoracic radiculopathy (M54.14)]
Pre-procedure pain: [***]
Post-procedure pain: [3]/10

Indication: band-like burning pain wrapping from the left mid back around the left lower ribs for 4 months,
with reduced light touch in the left T10 dermatome. Six weeks of physical therapy without benefit;
gabapentin left her too sleepy to drive. Sleep broken nightly; cannot do housework. MRI: left paracentral
T10-11 disc protrusion contacting the exiting left T10 root.
Informed consent obtained. Time-out performed.
A 20 g Tuohy needle entered the T10-T11 epidural space by loss of resistance; Isovue-M 200, 2 mL, spread
cranially and caudally. Depo-Medrol 80 mg (2 mL) with 2 mL preservative-free saline injected.
AP and lateral images archived. Complications: [none]
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(None, 3), need=ESI_NEED, dos="2025-08-19", pos="22", codes=[line("62321")],
        findings=["pre_procedure_pain_score"], comment="pre-procedure pain left as the template placeholder")

    add("fay-sij-01", "header_fields", """
PROCEDURE: SI joint injection, diagnostic      SIDES: L, then R
GUIDANCE: fluoroscopy with contrast
DIAGNOSIS: Sacroiliitis, bilateral (M46.1)
Pain pre: 8/10

Pain over both sacral sulci for 10 months, worse rising from a chair; Gaenslen, thigh thrust and compression
positive on both sides. Completed physical therapy and a home exercise program; takes naproxen. Unable to sit
through a church service or walk the dog.
Consent and time-out documented. Left joint: 22 g needle into the inferior joint line, Omnipaque 300 0.5 mL
with intra-articular spread, then 2 mL of 0.5% bupivacaine. Same technique repeated in the opposite joint, so
both joints were treated. AP and oblique images stored.
Pain post: 1/10 (88% relief).  Complications: none.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20)],
        pain=(8, 1), need=minus(SPINE_NEED, "conservative_care"), dos="2023-11-07",
        codes=[line("27096", "50")], findings=["conservative_care"],
        comment="care completed/taken without a stated outcome")


def _doses(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Style 2: solution and per-site dose arithmetic, brands, elements in varied forms, ConText cases."""
    add("fay-tfesi-02", "dose_context", """
Left L5-S1 and S1 transforaminal epidural steroid injection, fluoroscopic guidance

Diagnosis: Lumbar disc herniation with radiculopathy, lumbosacral (M51.17).
History: Five months of left buttock and posterior leg pain into the sole, numb lateral foot, absent left
ankle reflex. Physical therapy for 6 weeks was stopped because it worsened the leg pain; a prednisone taper
gave only two days of relief. He cannot walk his dog around the block. MRI: left L5-S1 disc extrusion
displacing the left S1 root. Denies bowel or bladder change. No history of bleeding disorder. Family history:
mother had lumbar stenosis surgery.
NRS before: 8/10. Written consent obtained; time-out completed. Sedation was offered and declined; none given.
Solution drawn up: 2 mL Depo-Medrol 40 mg/mL mixed with 2 mL 1% lidocaine (4 mL total).
Needles to the left L5-S1 foramen and the left S1 foramen; Omnipaque 240, 1 mL at each, outlined the roots
with no vascular pattern. 2 mL of the solution was injected at each level. Two views (AP, lateral) saved.
NRS after: 2/10. No complications; specifically no headache and no vasovagal episode.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(8, 2), need=ESI_NEED, dos="2023-09-12",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1040")], findings=[],
        comment="4 mL solution = 80 mg methylprednisolone + 20 mg lidocaine; before 2024-04-01: J1040 x1")

    add("fay-mbb-02", "dose_context", """
Right lumbar medial branch blocks (L2, L3 and L4 medial branches; L3-4 and L4-5 facet joints), diagnostic
block #1, fluoroscopy, with moderate sedation.
Dx: lumbar spondylosis without radiculopathy (M47.816). Right low back pain for 14 months, no leg pain.
Physical therapy for 8 weeks did not help and meloxicam gave no relief. She cannot lift her grandson or
stand at the sink for 10 minutes. Father had a lumbar fusion (family history only).
Sedation justification: severe procedural anxiety; a previous attempt without sedation was abandoned.
Consent signed; time-out completed with the RN and radiology tech.
Moderate sedation administered by me: midazolam 2 mg IV and fentanyl 50 mcg IV. Start 09:02, end 09:20 (18
minutes intraservice). Independent trained observer: RN monitoring throughout.
22 g needles to the three targets; Marcaine 0.5%, 0.5 mL per nerve (three nerves).
Pre 6/10, post 1/10 (83% relief). No complications. If both blocks give 80% or better, radiofrequency
ablation would be considered.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2025-03-25",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT"), line("99152")], findings=[],
        comment="moderate sedation by the proceduralist, 18 min with observer: 99152 only")

    add("fay-caudal-01", "dose_context", """
CAUDAL EPIDURAL STEROID INJECTION (repeat)
Diagnosis: lumbar spinal stenosis with neurogenic claudication (M48.062).
Both legs grow heavy and ache from the buttocks to the calves after 5 minutes of walking, for 9 months;
relieved by sitting. Physical therapy for 8 weeks failed to help and gabapentin caused swelling. She has given
up grocery shopping. MRI: severe central stenosis at L3-4 and L4-5.
This is her second caudal: the first, in 09/2024, gave about 60% relief that lasted four months.
Not on anticoagulants; no history of contrast allergy.
Pain 6/10 before. Consent signed. Time-out done.
20 g Tuohy via the sacral hiatus; Isovue-M 300, 3 mL, spread to L5 without runoff. Injectate: Kenalog 40 mg/mL,
2 mL, diluted with 8 mL of 0.125% Sensorcaine (10 mL total). AP and lateral images saved.
Pain 2/10 after. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging=None,
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2025-02-11",
        codes=[line("62322"), line("Q9967", units=3), line("J3301", units=8)], findings=["imaging_guidance"],
        comment="repeat with 60% for four months (120 days); 8 mL of 0.125% = 10 mg bupivacaine; 'AP and lateral "
                "images saved' names views without a modality = no stated guidance (dev g-si-joint-injection-06, "
                "fas-caudal-01): 62322 + imaging_guidance; office POS 11 without an imaging-inclusive code: Isovue-M "
                "300 3 mL = Q9967 x3")

    add("fay-knee-01", "dose_context", """
Right knee intra-articular injection, ultrasound guided
Diagnosis: primary osteoarthritis, right knee (M17.11). Right knee pain for 3 years, worse on stairs; her
mother had both knees replaced. No effusion on ultrasound, so nothing was aspirated.
Pain 7/10 before. Risks and benefits discussed; consent signed. Time-out performed.
Suprapatellar recess approach in plane, 22 g needle; permanent image of the needle in the recess recorded.
Injected Celestone Soluspan 6 mg/mL, 1 mL, with 4 mL of 1% Xylocaine.
Pain 2/10 after. No complications. If this does not last, genicular radiofrequency ablation could be discussed.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2026-04-21", payer="medicare_cgs",
        codes=[line("20611", "RT"), line("J0702")], findings=[])

    add("fay-tpi-01", "dose_context", """
Trigger point injections, neck and shoulder girdle
Myofascial pain syndrome of the neck (M79.12), both sides, for 5 months. Exam: taut bands with local twitch
and referred headache in the right and left upper trapezius and the right and left levator scapulae.
Stretching and massage helped little. Verbal consent given.
Mixture: 5 mL of 1% lidocaine plus 5 mL of 0.25% bupivacaine; 2 mL of the mixture into each of the four
muscles (8 mL used, 2 mL wasted). No steroid was added.
Pain 6/10 before, 2/10 after: she reports feeling about 65% better. No complications.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 40), given("bupivacaine", 10)],
        pain=(6, 2), need=("diagnosis",), dos="2024-10-08", codes=[line("20553")], findings=["time_out"],
        comment="8 mL of a 1:1 mixture = 4 mL 1% lidocaine (40 mg) + 4 mL 0.25% bupivacaine (10 mg); no time-out")


def _formats(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Style 3: one-paragraph dictation, case, inline fields, bullets, Unicode dashes, truncation."""
    add("fay-ilesi-02", "unusual_format", """
lumbar interlaminar epidural steroid injection l4-l5 midline under fluoroscopy. dx lumbar radiculopathy m54.16. she has had right leg pain from the buttock to the front of the shin for 4 months with numbness on top of the foot and a weak right ankle dorsiflexion 4/5, physical therapy 8 weeks did not help and naproxen upset her stomach so she stopped it, she cannot stand long enough to cook. pain 7/10 before. consent signed and time out done. 18 g tuohy needle at L4-5 with loss of resistance to saline, omnipaque 240 2 ml epidurogram with good spread, then celestone soluspan 6 mg (1 ml) with 3 ml preservative free saline. ap and lateral images saved. pain 3/10 after. no complications. discharged home with her daughter.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(7, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2025-07-01", pos="24",
        codes=[line("62323")], findings=["imaging_findings"], comment="no imaging study reported")

    add("fay-tfesi-03", "unusual_format", """
PROCEDURE NOTE
PROCEDURE: RIGHT C6-7 TRANSFORAMINAL EPIDURAL STEROID INJECTION UNDER FLUOROSCOPY
DIAGNOSIS: CERVICAL RADICULOPATHY (M54.12)
HISTORY: RIGHT NECK PAIN SHOOTING TO THE MIDDLE FINGER FOR 3 MONTHS, WEAK RIGHT TRICEPS 4/5, DIMINISHED RIGHT
TRICEPS REFLEX. PHYSICAL THERAPY 6 WEEKS WITHOUT IMPROVEMENT; GABAPENTIN CAUSED DIZZINESS. UNABLE TO WORK AS A
CARPENTER. MRI: RIGHT C6-7 FORAMINAL DISC OSTEOPHYTE COMPLEX COMPRESSING THE RIGHT C7 ROOT.
PAIN BEFORE: 8/10.  CONSENT SIGNED.  TIME-OUT PERFORMED.
OBLIQUE VIEW, 25 G BLUNT NEEDLE TO THE POSTERIOR RIGHT C6-7 FORAMEN. ISOVUE-M 300 1 ML UNDER LIVE
FLUOROSCOPY: NEURAL OUTLINE, NO VASCULAR UPTAKE. DEXAMETHASONE 10 MG WITH 1 ML 1% LIDOCAINE INJECTED.
AP AND OBLIQUE IMAGES SAVED.
PAIN AFTER: 3/10.  COMPLICATIONS: NONE.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2024-12-03", pos="22", codes=[line("64479", "RT")], findings=[])

    add("fay-gnb-01", "unusual_format", """
Genicular nerve block — LEFT knee — fluoroscopy
Dx — primary osteoarthritis, left knee (M17.12) — pain 2 yrs, poor surgical candidate (COPD), cannot walk a block
Targets — superomedial · superolateral · inferomedial genicular nerves
Per target — 2 mL 0.25% bupivacaine + Kenalog 10 mg (0.25 mL of 40 mg/mL)
Time‑out — done      Pain — 8/10 → 2/10      Complications — none
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left",
                    imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 15), given("triamcinolone_acetonide", 30)],
        pain=(8, 2), need=("diagnosis",), dos="2026-09-29", consent=False,
        codes=[line("64454", "LT"), line("J3301", units=3)], findings=["consent"],
        comment="three targets: 15 mg bupivacaine, 30 mg triamcinolone; consent never stated")

    add("fay-sij-02", "unusual_format", """
*  Procedure :   right   sacroiliac   joint   injection   ( therapeutic )
*  Dx :   sacroiliitis ,  right  ( M46.1 )
*  Hx :   right  buttock  pain  x  8  months ;   thigh  thrust  +  ,  Fortin  +  ,  distraction  +
*  Prior  diagnostic  right  SI  block  10/2025 :   80 %  relief  for  the  duration  of  the  anesthetic
*  Conservative :   PT  x  10  wks  —  no  change ;   celecoxib  —  no  help
*  Function :   cannot  sit  >  20  min ,  stopped  driving  to  work
*  Consent  signed   /   time - out  done
*  Fluoro ;   Omnipaque 300   0.5 mL   intra - articular  spread
*  Kenalog  40 mg  +  1 mL  1 %  lidocaine
*  AP  +  oblique  images  saved
*  Pain :   7/10  ->  2/10   ( ~ 70 %  relief )
*  Complications :   none
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-01-13",
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=[])

    add("fay-rfa-02", "unusual_format+truncated", """
BILATERAL LUMBAR RADIOFREQUENCY ABLATION – L3, L4 MEDIAL BRANCHES AND L5 DORSAL RAMI (L4-5, L5-S1 FACETS)
Dx: lumbar spondylosis w/o radiculopathy (M47.816)
Axial low back pain both sides x 4 yrs; PT 3 mo and NSAIDs – no lasting relief; can't mow the lawn or
stand in church. Comparative MBBs: 04/2024 lidocaine 90 %, 05/2024 bupivacaine 80 %.
Pre 7/10. Consent signed – time-out done.
Fluoroscopy. 1 mL 1% lidocaine at each of the six sites; 18 g cannulas along each nerve; sensory 50 Hz
concordant, motor 2 Hz no leg twitch; lesioned 85 °C × 90 s each, right side then left.
Post-procedure the patient was taken to recov
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, None), need=SPINE_NEED, dos="2024-08-27", complications=None,
        codes=[line("64635", "50"), line("64636", "50")],
        findings=["complications", "post_procedure_pain_score"], comment="cut off before post pain and complications")


def _coding(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Style 4: coding edge cases (add-on levels, bilateral, pulsed RF, KX, repeats, frequency, invalid ICD-10)."""
    add("fay-mbb-03", "coding_edge", """
Bilateral lumbar medial branch blocks, diagnostic (first set)
Targets: L2, L3 and L4 medial branches and the L5 dorsal ramus on each side (L3-4, L4-5 and L5-S1 facet joints).
Diagnosis: lumbar spondylosis without radiculopathy (M47.81).
Axial low back pain across the belt line for 2 years, worse with extension and rotation, no leg symptoms.
Twelve weeks of physical therapy and two NSAIDs failed to help. He cannot lift boxes at work or play golf.
Consent signed. Time-out completed. Fluoroscopic guidance.
22 g needles to the eight targets; 0.5 mL of 0.5% bupivacaine at each.
Pain 7/10 before and 1/10 after (85% relief). No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 20)],
        pain=(7, 1), need=SPINE_NEED, dos="2024-01-15", payer="medicare_cgs",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX"), line("64495", "50", "KX")],
        findings=["code_validity", "level_limit"],
        comment="M47.81 is a non-billable category (needs a 6th character); three joints each side")

    add("fay-rfa-03", "coding_edge", """
Left cervical pulsed radiofrequency, C5 and C6 medial branches (C5-6 facet joint), fluoroscopy.
Diagnosis: cervical spondylosis (M47.812). Left neck pain for 2 years after a fall; 10 weeks of physical
therapy and NSAIDs without lasting relief; she cannot turn to check traffic. Two comparative medial branch
blocks in 2025 gave 85% and 80% relief.
Consent signed; time-out done. 1 mL of 1% lidocaine at each site. 22 g RF cannulas on the C5 and C6 medial
branches; sensory testing concordant. Pulsed mode, 2 Hz, 20 ms, 42 degrees C for 120 seconds per nerve.
Pain 6/10 before, 3/10 after. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 20)],
        pain=(6, 3), need=SPINE_NEED, dos="2025-10-21", codes=[line("64999")], findings=["approach"],
        comment="pulsed RF is not neurolytic destruction: 64999; not thermal (rfa.technique -> approach)")

    add("fay-tfesi-04", "coding_edge", """
Repeat left L4-5 transforaminal epidural steroid injection, fluoroscopy
Dx: lumbar radiculopathy (M54.16). Left anterior thigh and knee pain with numbness over the medial shin for
7 months, knee jerk reduced on the left. Physical therapy 8 weeks without improvement; gabapentin not
tolerated (dizzy). She can no longer climb the stairs to her bedroom. MRI: left foraminal L4-5 protrusion
touching the left L4 root. This is her fifth lumbar epidural in the past 12 months; the last one helped about
50% for roughly two months.
Pain 7/10. Consent signed, time-out done. 22 g needle to the left L4-L5 foramen; Omnipaque 240 1 mL with
perineural flow. Kenalog 40 mg with 1 mL 1% lidocaine. AP and lateral images saved.
Pain 3/10 afterwards. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2024-06-20",
        codes=[line("64483", "LT"), line("J3301", units=4)], findings=["frequency", "prior_procedure_response"],
        comment="five sessions in 12 months (limit 4); prior response 50% for ~60 days (< 90)")

    add("fay-onb-01", "coding_edge", """
Bilateral greater occipital nerve blocks (landmark technique, no imaging)
Diagnosis: occipital neuralgia (M54.81), both sides. Shooting pain from the base of the skull over both sides
of the scalp for 6 months, tender over each greater occipital nerve.
Pain 8/10 before. Consent signed; time-out completed.
Each side: 25 g needle medial to the occipital artery, 2 mL of 0.5% Naropin with 2 mg dexamethasone.
Pain 2/10 after 10 minutes. No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("ropivacaine", 20), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 2), need=("diagnosis",), dos="2025-11-04", payer="medicare_fcso",
        codes=[line("64405", "50"), line("J1100", units=4)], findings=[])

    add("fay-va-01", "coding_edge", """
L1 kyphoplasty, bilateral transpedicular, under biplane fluoroscopy, with moderate sedation
Diagnosis: age-related osteoporotic compression fracture of L1, initial encounter (M80.08XA).
Six weeks of severe mid-back pain after a minor fall; a brace, calcitonin and oral analgesics failed to
control it and she is confined to a recliner. MRI: acute L1 fracture with marrow edema, 30% height loss,
posterior wall intact.
Pain 9/10. Consent signed. Time-out completed.
Moderate sedation given by me: midazolam 3 mg and fentanyl 100 mcg IV, 10:05 to 10:40 (35 minutes), with an
RN as independent observer monitoring throughout.
1% lidocaine 10 mL to skin and periosteum. Bilateral 11 g trocars into the L1 body; balloons inflated, cavities
filled with 4 mL PMMA cement on each side without leakage.
Pain 3/10 in recovery. No complications.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 3), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        dos="2026-01-08", pos="22", codes=[line("22514"), line("99152"), line("99153")], findings=[],
        comment="35 min moderate sedation by the proceduralist: 99152 + 99153 x1")


def _sessions(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Style 5: sessions with several procedures, terse logs, flowsheets, brief op notes."""
    add("fay-multi-01", "session_log", """
PROCEDURE FLOWSHEET
08:40  Consent verified (signed). Time-out #1 (L TFESI) - all agree.
08:42  Pre pain 8/10 L low back/buttock/leg.
       Hx: L leg pain to lateral calf + dorsum of foot x 5 mo, numb L great toe, SLR + L at 45 deg.
       PT 8 wk - no better; meloxicam - no relief. Can't stand > 15 min to work a shift.
       MRI: L L5-S1 foraminal stenosis, L5 root compressed. Dx M54.17 lumbosacral radiculopathy.
       Also L SI joint pain (M46.1), 7 mo, thigh thrust/FABER +; dx L SI block 05/2026 lidocaine 90% relief.
08:50  #1 L L5-S1 TFESI, fluoro: 22g to L L5-S1 foramen, Omnipaque 240 1 mL neural outline;
       dexamethasone 6 mg (1.5 mL) + 1 mL 1% lidocaine. AP/lat saved.
09:02  Time-out #2 (L SI joint). #2 L SI joint injection, therapeutic, fluoro: Omnipaque 240 0.5 mL
       intra-articular; triamcinolone 40 mg + 1 mL 0.25% bupivacaine. AP and oblique saved.
09:20  Post pain 2/10 (75% relief). No complications. VSS. D/C home with spouse.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 6), given("lidocaine", 10),
               given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(8, 2), need=ESI_NEED, dos="2026-07-28",
        codes=[line("64483", "LT"), line("27096", "LT"), line("J1100", units=6), line("J3301", units=4)],
        findings=[])

    add("fay-multi-02", "session_log", """
Brief procedure note - occipital block + TPIs
Dx: R occipital neuralgia (M54.81); myofascial pain of the neck (M79.12).
R-sided occipital headaches x 8 mo, R greater occipital nerve tender; taut bands w/ referral in R upper trapezius
and R splenius capitis.
Consent signed. Time-out done. Pre 7/10.
1) R greater occipital nerve block, landmark: 3 mL 0.25% bupivacaine + 20 mg Kenalog.
2) TPIs R upper trapezius and R splenius capitis: 1% lidocaine 2 mL each.
Post 3/10. No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                    imaging="none"),
               proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 7.5), given("triamcinolone_acetonide", 20), given("lidocaine", 40)],
        pain=(7, 3), need=("diagnosis",), dos="2024-04-16",
        codes=[line("64405", "RT"), line("20552"), line("J3301", units=2)], findings=["percent_relief"],
        comment="TPI relief only implied by pre/post scores")

    add("fay-pump-01", "session_log", """
ITB PUMP REFILL LOG
Dx: spasticity due to multiple sclerosis (G35); severe leg spasms limiting transfers despite oral baclofen
before the pump.
Time-out done.
Interrogation: reservoir 2.1 mL, alarm date in 9 days. 2.0 mL withdrawn (expected 2.1).
Refilled by me with baclofen 2000 mcg/mL, 18 mL, via 22 g non-coring needle under sterile technique.
Reprogrammed: daily rate raised from 400 to 450 mcg/day; new alarm date printed.
No complications. Next refill 10 weeks.
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 36)],
        pain=(None, None), need=("diagnosis",), dos="2025-09-09", consent=False,
        codes=[line("62370")], findings=["consent"],
        comment="18 mL x 2 mg/mL = 36 mg baclofen in the reservoir; refilled and reprogrammed by the physician")

    add("fay-stellate-01", "brief_op_note", """
BRIEF OP NOTE
Proc: L stellate ganglion block, fluoroscopic, anterior paratracheal approach at C6 (Chassaignac tubercle).
Dx: CRPS type I, left upper limb (G90.512); burning L hand, swelling, color change x 6 mo.
Consent signed; time-out performed.
Omnipaque 240, 1 mL: prevertebral spread, no vascular uptake. 0.25% bupivacaine 8 mL in divided doses.
Result: L Horner's, L hand temp 31 -> 34 C. Pain post 4/10.
No cx.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20)],
        pain=(None, 4), need=("diagnosis",), dos="2023-05-30",
        codes=[line("64510"), line("77002"), line("Q9966")], findings=["pre_procedure_pain_score"],
        comment="no pre-procedure pain score")

    add("fay-scs-01", "brief_op_note", """
Brief operative note: percutaneous spinal cord stimulator trial
Dx: failed back surgery syndrome (M96.1) with chronic bilateral leg pain after L4-S1 fusion; pain for 6 years.
Physical therapy, gabapentin, duloxetine and three epidurals have all failed to give lasting relief.
Psychological evaluation: cleared for trial. Pain 8/10 before.
Consent signed; time-out done. Prone, local anesthesia only: 1% lidocaine 10 mL.
Two 8-contact percutaneous leads placed via 14 g Tuohy needles at L1-L2, advanced under fluoroscopy to the
top of T8 (left) and mid T8 (right). Intraoperative testing: paresthesia covering both legs.
Leads anchored to skin and dressed. Pain 4/10 with stimulation. No complications. Trial 7 days.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-10-20", pos="24",
        codes=[line("63650", units=2), line("77003", "26")], findings=[],
        comment="two leads: 63650 x2; facility, so 77003-26")


def _reports(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Style 6: radiology reports, published-transcription-sample layout, speech-recognition dictation."""
    add("fay-facet-01", "radiology_report", """
EXAMINATION: FLUOROSCOPICALLY GUIDED RIGHT L4-5 AND L5-S1 FACET JOINT INJECTIONS
CLINICAL HISTORY: Right-sided low back pain for one year. Lumbar facet arthropathy (M47.816). Referred for
diagnostic intra-articular facet injections.
COMPARISON: MRI lumbar spine, 3 months ago.
TECHNIQUE: The risks, benefits and alternatives were explained and informed consent was obtained. A time-out
was performed. The patient was placed prone and the right side prepped and draped. Under intermittent
fluoroscopy, 22 gauge spinal needles were advanced into the right L4-5 and L5-S1 facet joints. Omnipaque 180,
0.3 mL per joint, confirmed intra-articular position. 1 mL of 0.5% bupivacaine was injected into each joint.
FINDINGS: Contrast opacified both joints with no extravasation or vascular filling. Pre-procedure pain 7/10;
post-procedure pain 2/10.
IMPRESSION: Technically successful right L4-5 and L5-S1 diagnostic facet joint injections. No immediate
complications. The patient will record relief in a pain diary and follow up with the referring clinic.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.6, "ml"), given("bupivacaine", 10)],
        pain=(7, 2), need=minus(SPINE_NEED, "conservative_care", "functional_impairment"), dos="2025-04-02",
        pos="22", codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")],
        findings=["conservative_care", "functional_impairment"],
        comment="radiology report: no conservative care and no functional limitation documented")

    add("fay-ilesi-03", "radiology_report", """
CT-GUIDED CERVICAL INTERLAMINAR EPIDURAL STEROID INJECTION, C7-T1
INDICATION: Left cervical radiculopathy (M54.12). Left arm pain radiating to the ring and little fingers for
4 months with numbness of the left little finger and weak left grip. Failed 8 weeks of physical therapy and a
medrol dose pack without improvement. Unable to work at a computer or sleep on the left side.
Prior imaging: MRI shows a left paracentral C7-T1 disc protrusion narrowing the left lateral recess.
PROCEDURE: Informed consent obtained after discussion of risks including dural puncture. Time-out performed.
Prone. Using CT guidance, a 20 gauge Tuohy needle was advanced at C7-T1 in a left paramedian approach to the
posterior epidural space using loss of resistance. Omnipaque 180, 1.5 mL, showed epidural spread without
intrathecal or vascular flow. 80 mg of methylprednisolone acetate (Depo-Medrol) with 1 mL preservative-free
saline was injected. Two representative CT images (needle tip and contrast spread) were archived.
Pain score 6/10 before and 2/10 after.
COMPLICATIONS: None.
IMPRESSION: Successful CT-guided C7-T1 interlaminar epidural steroid injection.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="ct", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, dos="2024-03-05", pos="22", codes=[line("62321")], findings=[],
        comment="CT guidance is included in 62321; two archived images")

    add("fay-tfesi-05", "speech_recognition", """
Procedure: right L5-S1 trans foraminal epidural steroid injection under fluoroscopy period
Diagnosis: right lumbar radiculopathy M54.1 period
History: the patient is a 71-year-old with right leg pain going down the back of the thigh into the calf and
the heel for about 4 months comma with numbness of the right sole and a positive straight leg raise on the
right period she did physical therapy for 6 weeks without any improvement and ibuprofen upset her stomach
period she cannot stand long enough to do her laundry period MRI showed a right L5-S1 disc protrusion
contacting the right S1 nerve root period
Pain before the procedure was 8 out of 10 period informed consent was signed and a time out was done period
A 22 gauge needle was placed to the right L5-S1 foramen comma Omnipaque 240 1 mL showed a nice neurogram
without vascular uptake period then Depo-Medrol 40 milligrams with 1 mL of 1% lidocaine was injected period AP
and lateral images were saved period pain after was 3 out of 10 period no complications period
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-11-10",
        codes=[line("64483", "RT"), line("J1010", units=40)], findings=["code_validity"],
        comment="M54.1 is a non-billable category; dictated punctuation words ('period', 'comma')")

    add("fay-genrfa-01", "transcription_sample", """
SAMPLE OPERATIVE REPORT

PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, right knee (M17.11).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Radiofrequency ablation of the right superomedial, superolateral and inferomedial
genicular nerves under fluoroscopic guidance.
ANESTHESIA: Local plus monitored anesthesia care by the anesthesia service (propofol, 80 mg total, 07:50 to
08:25).
INDICATIONS: Right knee pain for 5 years, not a surgical candidate; a diagnostic genicular nerve block on
10/14/2025 gave 80% relief for six hours. Preoperative pain 8/10.
DESCRIPTION OF PROCEDURE: After informed consent was obtained and a time-out was performed, the patient was
placed supine with a bolster under the right knee. Each site was anesthetized with 1 mL of 2% lidocaine. 18
gauge RF cannulas were placed at the three targets; sensory stimulation was concordant and motor stimulation
showed no distal twitch. Lesions were made at 80 degrees C for 90 seconds at each site.
COMPLICATIONS: None. Postoperative pain 2/10. The patient tolerated the procedure well.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                    intent="therapeutic", sedation="mac")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 2), need=("diagnosis",), dos="2025-12-09", pos="24", codes=[line("64624", "RT")], findings=[],
        comment="MAC by the anesthesia service: propofol not listed; agent, dose and times documented")

    add("fay-lsb-01", "speech_recognition", """
left lumbar sympathetic block L2 and L3 with fluoroscopy

diagnosis complex regional pain syndrome type 1 of the left lower limb G90.522 period burning left foot pain
with allodynia and cold mottled skin for 8 months after a bunion surgery period pain today 8 out of 10 period
consent was signed and time out was done period under fluoroscopy two 22 gauge needles were placed to the
anterolateral left L2 and L3 vertebral bodies period Isovue 300 3 mL total showed spread along the
sympathetic chain with no vascular uptake period Naropin 0.2% 5 mL at each needle for 10 mL total period left
foot temperature up 2 degrees period pain after 3 out of 10 period no complications period
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L2", "L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 3, "ml"), given("ropivacaine", 20)],
        pain=(8, 3), need=("diagnosis",), dos="2023-03-14",
        codes=[line("64520"), line("77002"), line("Q9967", units=3)], findings=[],
        comment="two needles, one 64520; office: 77002 and Q9967 x3")
