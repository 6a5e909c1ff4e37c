"""Notes of the sealed untuned batch av: one session with two or three procedures per note, written as EHR
smartform exports (`Procedure #1 / #2` blocks with their own Side / Level(s) / Guidance / Medication fields),
procedure logs (numbered `Procedure(s): 1) ... 2) ...` lists), ASC/office charge sheets and nursing flowsheets
around a short physician entry. Wordings are our own; gold labelled by hand before any Painpoint run. The
`findings` of each `add` are the deliberate gaps; a procedure deferred or cancelled before any needle was placed
is no procedure of the gold (nothing was done, nothing is billed)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _facets(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _others(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _epidurals(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Sessions led by an epidural (transforaminal, interlaminar, caudal)."""
    add("fav-tfesi-01", "smartform_export", """
PAIN PROCEDURE SMARTFORM - EXPORTED VIEW (multi-site session)
Encounter: procedure visit, office suite B
Dx 1: Lumbosacral radiculopathy (M54.17), left
Dx 2: Sacroiliitis, not elsewhere classified (M46.1), left
Dx 3: Myalgia, other site (M79.18), L piriformis
Hx (brief): L buttock, posterior thigh and calf pain to the lateral foot x 5 mo; numb L small toe; SLR + on
the L at 45 deg; L ankle jerk trace. PT 9 wk - no change. Naproxen x 3 wk - no benefit, stopped. Can't sit
> 20 min or drive to work. MRI 12/2025: L foraminal protrusion L5-S1, L lateral recess narrowing L4-5.
SIJ: pain over L PSIS, 3 of 5 provocation tests +; L SI dx block 11/2025 (lido) = 85% relief x 3 h.
Myofascial: taut band w/ twitch and referred pain, L piriformis.
Consent: signed, on chart     Time-out: 09:12, RN/MD/rad tech
Pre NRS: 7/10
--- Procedure #1 ---
  Name ........ TFESI
  Side ........ L
  Level(s) .... L4-L5, L5-S1
  Guidance .... fluoro (AP, oblique, lat)
  Contrast .... Omnipaque 240, 1 mL per level, no vascular runoff
  Medication .. dexamethasone 4 mg/mL 1 mL + 1% lido PF 1 mL, each level
--- Procedure #2 ---
  Name ........ SIJI, therapeutic
  Side ........ L
  Level(s) .... n/a
  Guidance .... fluoro
  Contrast .... Omnipaque 240 1 mL, capsular outline
  Medication .. SIJ L: 40 Kenalog + 2 cc 0.25% bupi
--- Procedure #3 ---
  Name ........ TPI
  Side ........ L
  Muscle(s) ... piriformis (1)
  Guidance .... none (palpation)
  Medication .. 1% lido 2 mL
Images ........ AP + lateral stored for each procedure
Post NRS ...... 2/10 (71% relief, L buttock and leg)
Complications . none        Dispo: home with spouse 09:55
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("trigger_point", region="lumbar")],
        drugs=[given("iohexol", 3, "ml"), given("dexamethasone_sodium_phosphate", 8), given("lidocaine", 40),
               given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-11",
        codes=[line("64483", "LT"), line("64484", "LT"), line("27096", "LT"), line("20552"), line("J1100", units=8),
               line("J3301", units=4)],
        findings=[])

    add("fav-tfesi-02", "procedure_log", """
PROCEDURE LOG - ASC ROOM 2
Pre-op dx: 1) lumbosacral radiculopathy M54.17  2) lumbar spondylosis w/o radiculopathy M47.816
Indication: B/L buttock-to-calf pain R>L x 7 mo, paresthesias in both feet, SLR + bilat, ankle jerks absent;
also axial LBP worse w/ extension and rotation. PT x 10 wk w/o relief; meloxicam ineffective; gabapentin ->
dizziness, stopped. Can't walk > 1 block, quit volunteering. MRI: L5-S1 broad bulge w/ B/L foraminal
stenosis; L4-5 and L5-S1 facet hypertrophy.
Consent signed. TO 07:41.
Pre pain 8/10
Procedure(s):
 1) B/L L5/S1 TFESI - fluoro, 22g Quincke; Isovue-M 300 1 mL per side, neurogram OK; Celestone 6 mg (1 mL)
    per side
 2) B/L L4-L5 + L5-S1 MBB (dx, 1st block) - fluoro; L3 + L4 MB and L5 DR each side; 0.5% bupi 0.5 mL per
    target (6 targets)
Images saved.
Post pain 3/10. Pain diary given for the MBB.
No cx. D/C 08:30.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("bupivacaine", 15)],
        pain=(8, 3), need=ESI_NEED, dos="2026-04-22", pos="24",
        codes=[line("64483", "50"), line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=["saved_images"], comment="'Images saved.' states no views")

    add("fav-tfesi-03", "asc_charge_sheet", """
ENCOUNTER / CHARGE SHEET - OFFICE PROCEDURE                      POS 11
DX: M54.12 cervical radiculopathy (R);  M79.18 myalgia, other site (R upper trapezius / levator)
HPI: Rt neck pain into the lateral arm, dorsal forearm and middle finger x 4 mo; R triceps jerk 1+,
Spurling + on the R. PT 6 wk - no relief; prednisone taper - brief benefit only. Can't sleep on the R side,
can't lift grandchild. MRI C-spine: R C6-7 foraminal disc-osteophyte, moderate R foraminal stenosis.
Exam: taut bands w/ local twitch and referred pain, R upper trapezius and R levator scapulae.
Consent: yes (written)     Time-out: yes
VS 142/86, HR 71, SpO2 98%.   Pre NRS 7/10
---------------------------------------------------------------------------------------------------
LINE 1  TFESI cervical, R C6-C7 foramen, fluoro. Omnipaque 300 1 mL live, no vascular pattern.
        Decadron 10 mg (1 mL of 10 mg/mL, PF).
LINE 2  TPI R upper trapezius + R levator scapulae (2 muscles), 25g; 1% lido 2 mL per muscle.
AP + oblique images archived.
Post NRS 2/10 (~70% relief).   Complications: none.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("trigger_point", region="cervical")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 40)],
        pain=(7, 2), need=ESI_NEED, dos="2026-05-06", payer="medicare_cgs",
        codes=[line("64479", "RT"), line("20552"), line("J1100", units=10)], findings=[])

    add("fav-tfesi-04", "nursing_flowsheet", """
PERIPROCEDURE NURSING FLOWSHEET - HOSPITAL OUTPATIENT PAIN UNIT
0802  Arrived ambulatory w/ cane. ID x2. NPO since 2200. NKDA.
0805  BP 136/80  HR 66  RR 16  SpO2 97% RA.  Pain 8/10 (R leg and R groin).
0810  Sites marked by MD: R low back, R hip.
0818  Time out - pt, procedures, sides and levels confirmed by team.
      ---- MD PROCEDURE ENTRY ----
      Dx: M54.17 lumbosacral radiculopathy, right;  M16.11 primary OA, right hip
      Ind: R buttock/posterior leg pain to heel and sole x 10 wk, numb lateral foot, R ankle reflex absent,
      SLR + on the R at 30 deg. PT 6 wk - no benefit; NSAIDs not tolerated (renal). Can't stand to cook.
      MRI: R paracentral L5-S1 extrusion abutting the R S1 root. Hip: groin pain on IR, XR joint space loss.
      Procedure #1  TFESI   Side: Rt   Levels: L5-S1 and S1   Guidance: fluoro
                    Isovue 300 1 mL each level; Depo-Medrol 20 mg (0.5 mL) each level. AP + lat saved.
      Procedure #2  Hip intra-articular   Side: Rt   Guidance: fluoro
                    Isovue 300 1 mL arthrogram; Depo-Medrol 40 mg + Naropin 0.5% 3 mL.
0851  To recovery. Pain 3/10.
0920  D/C home with daughter. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True,
                    intent="therapeutic"),
               proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="right",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 3, "ml"), given("methylprednisolone_acetate", 80), given("ropivacaine", 15)],
        pain=(8, 3), need=ESI_NEED, dos="2025-12-03", pos="22", consent=False,
        codes=[line("64483", "RT"), line("64484", "RT"), line("20610", "RT"), line("77002", "26")],
        findings=["consent"], comment="no consent anywhere in flowsheet or MD entry")

    add("fav-ilesi-01", "smartform_export", """
SMARTFORM: SPINE/HEADACHE PROCEDURES  [export]
Diagnoses ....... Cervical radiculopathy (M54.12); occipital neuralgia (M54.81)
History ......... neck pain radiating down the L arm to the thumb and index finger x 6 mo, L biceps reflex 1+,
                  numbness L thumb; plus both-sided suboccipital shooting headaches, tender over both GON.
                  PT 8 wk - failed; gabapentin - sedation, stopped. Unable to work at computer > 30 min.
                  MRI C-spine: C6-7 L paracentral disc protrusion contacting the L C7 root; C5-6 mild stenosis.
Consent ......... obtained (written)      Time-out ..... completed 13:05
Pre pain ........ 6/10
Procedure #1 .... ILESI, interlaminar, C7-T1, midline, fluoro; 18g Tuohy, LOR to saline
  Contrast ...... Omnipaque 240 1.5 mL, epidurogram
  Medication .... Kenalog 60 mg (1.5 mL) + 2 mL NS
  Images ........ AP + contralateral oblique saved
Procedure #2 .... GNB (greater occipital), bilateral, landmark, no imaging
  Medication .... per side: Kenalog 10 mg + 0.5% bupi 2 mL
Post pain ....... 2/10
Complications ... none
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 20)],
        pain=(6, 2), need=ESI_NEED, dos="2026-01-20",
        codes=[line("62321"), line("64405", "50"), line("J3301", units=8)], findings=[])

    add("fav-ilesi-02", "procedure_log", """
PAIN CLINIC PROCEDURE LOG
Dx: lumbar radiculopathy M54.16; myofascial pain M79.18
Hx: L thigh and shin pain w/ tingling to the medial ankle x 4 mo, diminished L patellar reflex, femoral
stretch + on the L. Has done PT (8 wk) and a home program; takes ibuprofen. Can't stand > 15 min at work.
MRI L-spine: L4-5 L foraminal and far-lateral protrusion, L L4 root contact.
Exam: taut bands w/ referred pain L quadratus lumborum, L iliocostalis lumborum, L gluteus medius.
Consent: signed   Time out: 10:20
Pre 7/10
Procedure(s): 1) ILESI L4-L5 (interlaminar, paramedian L), fluoro; 20g Tuohy LOR; Isovue-M 200 2 mL;
                 Depo-Medrol 80 mg (2 mL) + 2 mL NS. AP + lat saved.
              2) TPI x3 muscles (L QL, L iliocostalis, L glut med), 27g; 1% lidocaine 1.5 mL each.
Post 3/10 (57% relief).   No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("trigger_point", region="lumbar")],
        drugs=[given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 45)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-03-03",
        codes=[line("62323"), line("20553"), line("J1010", units=80)],
        findings=["conservative_care"], comment="care only listed, no outcome stated")

    add("fav-ilesi-03", "asc_charge_sheet", """
SURGERY CENTER CHARGE / ENCOUNTER SHEET                       POS 24
Dx: M54.14 radiculopathy, thoracic region;  M79.18 myalgia, other site
Ind: band-like L T10 dermatomal pain wrapping to the L flank x 3 mo w/ hyperesthesia; 6 wk PT and a lidocaine
patch - no relief. Can't tolerate a seat belt or sleep through the night. Exam: taut bands L rhomboid major
and L middle trapezius w/ twitch.
Consent on chart.  Time-out: yes.
[x] Thoracic ILESI T10-T11, interlaminar, fluoro; Omnipaque 180 2 mL; dexamethasone 10 mg. AP/lat saved.
[x] TPI L rhomboid major, L middle trapezius; 1% lido 3 mL each.
Post-procedure pain 3/10; pt states about 50% better.   Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("trigger_point", region="thoracic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 60)],
        pain=(None, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2026-06-17", pos="24",
        codes=[line("62321"), line("20552")],
        findings=["imaging_findings", "pre_procedure_pain_score"], comment="no imaging result; no pre score")

    add("fav-caudal-01", "nursing_flowsheet", """
NURSING FLOWSHEET / PHYSICIAN NOTE - OFFICE PROCEDURE ROOM
1330 Check-in. VS 128/74, HR 80, SpO2 96%. Pain 7/10 low back, buttocks and both legs. Consent signed.
1338 Time out done.
     MD: Dx M48.062 lumbar stenosis w/ neurogenic claudication; M46.1 sacroiliitis, bilateral.
     Both legs heavy and aching from the buttocks to the calves after 2 blocks of walking x 9 mo, relieved by
     sitting. PT 12 wk - no improvement; gabapentin - dizzy, stopped. Gave up grocery shopping.
     MRI: severe central stenosis L4-5. SI: B/L PSIS tenderness, Gaenslen + both sides.
     Procedure #1 caudal ESI (sacral hiatus), fluoro: Omnipaque 300 3 mL; Kenalog 40 + 5 mL 0.25% bupi +
     5 mL NS. AP + lat images saved.
     Procedure #2 B/L SIJ injection, therapeutic, fluoro: Omnipaque 300 1 mL per side; per side Kenalog 20 +
     1 mL 0.5% bupi.
1415 Recovery. Pain 2/10 (71% relief).
1440 Home. No complications noted.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 22.5)],
        pain=(7, 2), need=ESI_NEED, dos="2026-07-08",
        codes=[line("62323"), line("27096", "50"), line("J3301", units=8)],
        findings=["diagnostic_block_relief"], comment="therapeutic SI injections with no prior diagnostic SI block")

    add("fav-caudal-02", "procedure_log", """
PROCEDURE LOG
Dx 1: spinal stenosis, lumbar, w/ neurogenic claudication (M48.062)   Dx 2: primary OA R knee (M17.11)
Hx: bilat leg aching/heaviness with standing and walking x 1 yr, better bent forward; 3 mo PT failed;
NSAIDs - GI upset. Uses a walker outside, can't shop. MRI: L3-4 and L4-5 moderate-severe canal stenosis.
R knee: medial joint line pain, effusion; cane; XR K-L grade 3.
Consent signed, all procedures. Time out 14:02.
Pre-proc pain 8/10
Procedure(s):
 1) Caudal ESI - fluoro, 20g Tuohy via sacral hiatus; Omnipaque 240 3 mL; Depo-Medrol 80 mg + 6 mL NS.
    AP + lat saved.
 2) R knee IA - US guided, superolateral, 22g; Kenalog 40 mg + 1% lidocaine 4 mL. Image saved.
 3) L knee IA - deferred (pt request, next visit).
Post-proc pain 3/10.  No complications.  Escorted out 14:40.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic"),
               proc("joint_injection", approach="intra_articular", target="knee", region="knee",
                    laterality="right", imaging="ultrasound")],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80),
               given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(8, 3), need=ESI_NEED, dos="2025-11-18",
        codes=[line("62323"), line("20611", "RT"), line("J1010", units=80), line("J3301", units=4)],
        findings=[], comment="third listed procedure deferred: no gold procedure")


def _facets(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Sessions led by facet work (medial branch blocks, intra-articular, radiofrequency)."""
    add("fav-mbb-01", "smartform_export", """
PROCEDURE SMARTFORM (EXPORT)  -  Spine, multiple
Dx: lumbar spondylosis w/o radiculopathy (M47.816); sacroiliitis NEC (M46.1), right
Hx: axial low back pain both sides x 18 mo, worse w/ extension and standing; separate R buttock pain below
the PSIS, R thigh thrust and compression +. PT 12 wk - no lasting benefit; diclofenac - dyspepsia, stopped.
Can't stand to cook or do laundry. No leg pain below the knee.
Consent: Y   Time-out: Y (10:44)
Pre-procedure pain: 6/10
Procedure #1
  Type: MBB (diagnostic, first)          Side: B/L
  Level(s): L3-L4, L4-L5, L5-S1 (L2, L3, L4 MB + L5 DR each side)
  Guidance: fluoro                       Medication: 2% lidocaine 0.5 mL per target, 8 targets
Procedure #2
  Type: SIJ block (diagnostic)           Side: R
  Guidance: fluoro                       Contrast: Omnipaque 300 1 mL, intra-articular spread
  Medication: 2% lidocaine 2 mL          Images: AP + oblique saved
Post-procedure pain: 1/10 (R buttock 83% relief; back pain 1/10 at 30 min)
Complications: none. Pain log given.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("lidocaine", 120), given("iohexol", 1, "ml")],
        pain=(6, 1), need=SPINE_NEED, dos="2026-08-12",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX"), line("64495", "50", "KX"),
               line("27096", "RT")],
        findings=["level_limit"])

    add("fav-mbb-02", "procedure_log", """
ASC PROCEDURE LOG - BAY 4
Dx: cervical spondylosis w/o myelopathy or radiculopathy (M47.812); occipital neuralgia (M54.81), right
Hx: Rt-sided neck pain x 2 yr, worse turning to the R and looking up, into the R shoulder blade, no arm
symptoms; R occipital shooting pain, tender R GON, + Tinel. PT 8 wk - minimal/transient relief; NSAIDs -
no help. Can't drive (can't check blind spot).
Consent signed.  BP 148/90 HR 76.
Pain pre: 7/10
Procedure(s): 1) R C4-C5 + C5-C6 MBB, diagnostic - fluoro, lateral approach; C4, C5, C6 MB; 0.5% bupi
                 0.5 mL each
              2) R GON block - landmark; dexamethasone 4 mg (1 mL) + 0.5% bupi 2 mL
Pain post: 2/10 neck; occipital 0/10.
No complications.  Home 11:35 w/ husband.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic"),
               proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                    imaging="none")],
        drugs=[given("bupivacaine", 17.5), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-09-09", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT"), line("64405", "RT")],
        findings=["time_out"], comment="no time-out recorded")

    add("fav-mbb-03", "asc_charge_sheet", """
OFFICE CHARGE / ENCOUNTER SHEET
Dx: M47.816 lumbar spondylosis; M79.18 myofascial pain L flank
Hx: B/L low back pain x 1 yr, facet-loading +; 10 wk PT - no change, naproxen - no benefit. Can't lift
laundry basket or garden. Exam: taut band + twitch L quadratus lumborum.
1st MBB B/L L4-5, L5-S1 on 02/04/2026 (lido): 85% relief x 6 h.  Today = confirmatory 2nd block.
Consent Y   TO Y   Pre pain 6/10
ITEM 1  MBB #2, bilateral L4-L5 and L5-S1 (L3, L4 MB + L5 DR), fluoro; 0.75% bupi 0.5 mL x 6 targets
ITEM 2  TPI L quadratus lumborum (1 muscle); 1% lido 3 mL + Kenalog 10 mg
Post pain 1/10 (83% relief).  Complications: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic"),
               proc("trigger_point", region="lumbar")],
        drugs=[given("bupivacaine", 22.5), given("lidocaine", 30), given("triamcinolone_acetonide", 10)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-02-25",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX"), line("20552"), line("J3301", units=1)],
        findings=[])

    add("fav-mbb-04", "nursing_flowsheet", """
NURSING FLOWSHEET + PROCEDURE ENTRY
0900  In. BP 124/78 HR 62 SpO2 99%. Pain 6/10 mid back (L) and L shoulder. Consent form signed.
0906  Time out.
      MD: Dx thoracic spondylosis (M47.814), L; primary OA L shoulder (M19.012)
      L mid-thoracic paraspinal pain x 8 mo, worse w/ rotation; PT 10 wk - no help; celecoxib - edema,
      stopped. Can't reach overhead or carry groceries. L shoulder: painful ROM, XR glenohumeral narrowing.
      Taut band + twitch, L rhomboid major (M79.18).
      Procedure #1  MBB dx, Side L, Levels T7-T8 + T8-T9 (T7, T8, T9 MB), Guidance fluoro,
                    Med 1% lidocaine 0.5 mL per nerve
      Procedure #2  Shoulder IA (glenohumeral), Side L, Guidance US posterior approach (image saved),
                    Med Depo-Medrol 40 mg + 1% lidocaine 4 mL
      Procedure #3  TPI, Side L, L rhomboid major, Med 1% lidocaine 2 mL
0935  Pain 1/10 (83% relief).  No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="thoracic", laterality="left",
                    levels=["T7-T8", "T8-T9"], imaging="fluoroscopy", intent="diagnostic"),
               proc("joint_injection", approach="intra_articular", target="shoulder", region="shoulder",
                    laterality="left", imaging="ultrasound"),
               proc("trigger_point", region="thoracic")],
        drugs=[given("lidocaine", 75), given("methylprednisolone_acetate", 40)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-10-14",
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT"), line("20611", "LT"),
               line("20552"), line("J1010", units=40)],
        findings=[])

    add("fav-rfa-01", "smartform_export", """
SMARTFORM EXPORT - RF / JOINT PROCEDURES
Dx ............ M47.816 lumbar spondylosis w/o radiculopathy; M46.1 sacroiliitis, R
Hx ............ Rt low back pain x 3 yr + R buttock pain x 1 yr. PT 12 wk - no lasting relief; meloxicam
                - GI upset. Can't stand > 10 min for dishes.
Prior blocks .. R L4-5/L5-S1 MBB x2: 01/2026 lido 90%, 02/2026 bupi 85% (each for the anesthetic's span)
                R SI dx block 12/2025: 80% relief x 4 h
Consent ....... yes      Time-out ..... yes
Pre pain ...... 7/10
Procedure #1 .. RFA   Side: R   Levels: L4-L5, L5-S1 (L3, L4 MB, L5 DR)   Guidance: fluoro
                2% lido 1 mL per site; 18g RF cannulas; sensory 50 Hz <0.5 V, motor 2 Hz negative;
                lesion 85 C x 90 s per site
Procedure #2 .. SIJI therapeutic   Side: R   Guidance: fluoro   Omnipaque 180 1 mL
                Kenalog 40 mg + 0.25% bupivacaine 1 mL     AP + oblique saved
Post pain ..... 2/10 (71% relief)
Complications . none
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 60), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 2.5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-24",
        codes=[line("64635", "RT"), line("64636", "RT"), line("27096", "RT"), line("J3301", units=4)],
        findings=[])

    add("fav-rfa-02", "procedure_log", """
ASC PROCEDURE LOG
Dx: lumbar spondylosis, no radiculopathy (M47.816)
Hx: repeat RFA. Prior B/L L3-4/L4-5 RFA 03/2025: 75% relief x 10 mo, now back to baseline. Axial LBP both
sides x 4 yr; PT 8 wk and NSAIDs - no lasting relief. Can't walk the dog > 10 min.
Consent signed. Time out 12:10.
Pain pre: 7/10
Procedure(s):
 1) B/L RFA L3-L4, L4-L5 (L2, L3, L4 medial branches each side) - fluoro; 1% lidocaine 2 mL per site;
    lesioned 80 C x 90 s each.
 2) B/L lumbar paraspinal TPI - NOT DONE, out of time; rebook.
No complications. To PACU 12:52.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(7, None), need=SPINE_NEED, dos="2026-05-19", pos="24",
        codes=[line("64635", "50"), line("64636", "50")],
        findings=["post_procedure_pain_score"], comment="no post score; TPI listed but not done")

    add("fav-rfa-03", "asc_charge_sheet", """
OFFICE ENCOUNTER SHEET - RF + NERVE BLOCK
Dx: M47.812 cervical spondylosis; M54.81 occipital neuralgia, left
Hx: Lt neck pain x 2 yr w/ L occipital headaches; PT 10 wk - no relief; meloxicam - no relief. Can't turn
head to drive. L C5-6/C6-7 MBB x2: 03/2026 88%, 04/2026 82%.
VS 130/82 HR 70.  Pre pain 8/10
[1] RFA L C5-C6 + C6-C7 (C5, C6, C7 MB), fluoro, 2% lido 0.5 mL per site, 80 C x 90 s
[2] L GON block, landmark: Depo-Medrol 40 mg + 0.25% bupi 2 mL
Post pain 3/10.  Complications: none.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic"),
               proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                    imaging="none")],
        drugs=[given("lidocaine", 30), given("methylprednisolone_acetate", 40), given("bupivacaine", 5)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-06-30", consent=False,
        codes=[line("64633", "LT"), line("64634", "LT"), line("64405", "LT"), line("J1010", units=40)],
        findings=["consent", "time_out"], comment="neither consent nor time-out recorded")

    add("fav-ia-01", "nursing_flowsheet", """
FLOWSHEET - PROCEDURE SUITE
1100  VS 118/70, HR 68. Pain 7/10 low back + both buttocks. Consent signed. Time-out 1104.
      MD entry: Dx M47.816 lumbar spondylosis; M46.1 sacroiliitis, bilateral.
      Axial LBP and B/L buttock pain x 14 mo; PT 8 wk - no help; tramadol - nausea. Can't sit through
      a meal or walk > 15 min. Prior dx blocks: B/L L4-5 MBB 06/2026 80% relief; B/L SIJ dx blocks
      05/2026 80% relief x 5 h.
      Procedure #1 facet IA therapeutic, bilat L4-L5, fluoro; Omnipaque 300 0.5 mL per joint;
                   per joint Kenalog 10 mg + 0.5% bupi 0.5 mL
      Procedure #2 SIJI therapeutic, bilat, fluoro; Omnipaque 300 0.5 mL per side;
                   per side Kenalog 20 mg + 0.5% bupi 1 mL.  AP + oblique images saved.
1140  Pain 2/10, ~70% relief.  No complications.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 60), given("bupivacaine", 15)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-08-26",
        codes=[line("64493", "50"), line("27096", "50"), line("J3301", units=6)], findings=[])

    add("fav-hip-01", "procedure_log", """
PROCEDURE LOG
Dx: primary OA L hip (M16.12); lumbar spondylosis w/o radiculopathy (M47.816)
Hx: L groin pain x 1 yr, + FADIR, XR joint space narrowing; L-sided axial LBP x 9 mo, facet loading +.
PT 12 wk - no relief, naproxen - no relief. Can't put on socks, can't walk > 2 blocks.
Consent: signed.  Time out: yes.  Pre 6/10
Procedure #1  L hip IA   Guidance: fluoro   Med: Depo-Medrol 40 mg + 0.5% bupi 3 mL
Procedure #2  L MBB L3-L4, L4-L5, L5-S1 (L2, L3, L4 MB + L5 DR), diagnostic   Guidance: --
              Med: 0.5% bupi 0.5 mL per nerve (4 nerves)
Post 2/10.  Complications: none.
""",
        procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="left",
                    imaging="fluoroscopy"),
               proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], intent="diagnostic")],
        drugs=[given("methylprednisolone_acetate", 40), given("bupivacaine", 25)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-11-10",
        codes=[line("20610", "LT"), line("77002"), line("64493", "KX", "LT"), line("64494", "KX", "LT"),
               line("64495", "KX", "LT"), line("J1010", units=40)],
        findings=["imaging_guidance", "level_limit"], comment="MBB guidance field left as '--'")


def _others(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Sessions led by SI, trigger point, joint, genicular, sympathetic and occipital work."""
    add("fav-sij-01", "procedure_log", """
PROCEDURE LOG - OFFICE
Dx: sacroiliitis NEC, left (M46.1); primary OA L hip (M16.12)
Hx: L buttock pain below the PSIS x 8 mo, 4/5 provocation tests +; L SI dx block 01/2026: 90% x 3 h.
L groin pain w/ IR. PT 8 wk - no improvement; ibuprofen - no benefit. Can't climb stairs w/o rail.
Consent signed  |  Time out 15:20  |  Pre NRS 8/10
Procedure(s): 1) L SIJ inj, therapeutic - fluoro; Omnipaque 300 1 mL, arthrogram; Depo-Medrol 40 mg +
                 1% lido 1 mL. AP + oblique saved.
              2) L hip IA - fluoro, anterior approach; Depo-Medrol 40 mg + 0.25% bupi 4 mL.
Post NRS 2/10, 75% relief L buttock.   No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="left",
                    imaging="fluoroscopy")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 10),
               given("bupivacaine", 10)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-04-07",
        codes=[line("27096", "LT"), line("20610", "LT"), line("77002"), line("J1010", units=80)], findings=[])

    add("fav-sij-02", "smartform_export", """
HOSPITAL OUTPATIENT PAIN - SMARTFORM EXPORT
Diagnoses: M46.1 sacroiliitis, bilateral; M17.11 primary OA, right knee
History: B/L buttock pain below the PSIS, R>L, x 6 mo; FABER and thigh thrust + both sides. PT 8 wk - no
  benefit; acetaminophen/NSAID - no benefit. Can't sit > 30 min. R knee pain x 3 yr, not a TKA candidate
  (cardiac), can't do stairs.
Consent: obtained     Time-out: done
Pre pain: 6/10
Procedure #1: SIJ block, diagnostic | Side: bilateral | Guidance: fluoro | Contrast: Omnipaque 180 1 mL/side
              | Med: 2% lidocaine 2 mL per side | Images: AP + oblique each side saved
Procedure #2: Genicular nerve block | Side: Rt knee | Guidance: US | Targets: SM, SL, IM genicular
              | Med: 0.5% ropivacaine 2 mL per target
Post pain: 1/10 -> buttocks 80% relief at 30 min.    Complications: none
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic"),
               proc("genicular_nerve_block", target="knee", region="knee", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("iohexol", 2, "ml"), given("lidocaine", 80), given("ropivacaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-09-22", pos="22",
        codes=[line("27096", "50"), line("64454", "RT")], findings=[])

    add("fav-sij-03", "nursing_flowsheet", """
ASC NURSING FLOWSHEET w/ PHYSICIAN ENTRY
0715  Arrived. ID band on. NPO. VS 132/84 HR 72 SpO2 98%. Pain 7/10 R buttock and R leg.
0720  Consent signed for both procedures.
0728  Time out completed.
      MD: Dx M46.1 sacroiliitis, R; M54.17 lumbosacral radiculopathy, R.
      R buttock pain x 6 mo, + thigh thrust/compression; R leg pain to the sole with S1 numbness x 3 mo,
      SLR + on the R. PT 8 wk - failed; naproxen - no help. Can't walk > 1 block. MRI: R L5-S1 foraminal
      stenosis. R SI dx block 08/2025: 80% relief x 4 h.
      #1 R SIJ inj (therapeutic), fluoro: Omnipaque 180 1 mL; Kenalog 40 mg + 1 mL 0.5% bupivacaine
      #2 R L5-S1 TFESI, fluoro: Omnipaque 180 1 mL; dexamethasone 10 mg + 1 mL 1% lido
      1 image saved.
0805  Pain 2/10 (71% relief).
0830  D/C. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5),
               given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2025-10-15", pos="24",
        codes=[line("27096", "RT"), line("64483", "RT")],
        findings=["saved_images"], comment="one saved image only")

    add("fav-tfesi-05", "asc_charge_sheet", """
OFFICE PROCEDURE CHARGE SHEET                                  POS 11
DX: M54.16 lumbar radiculopathy, bilateral; M16.11 primary OA, R hip
HPI: both legs - anterolateral thigh and shin pain with numbness, R>L; + femoral stretch both sides. PT 8 wk
- no change, gabapentin - no change. Can't walk > 2 blocks or stand for mass. MRI: L4-5 B/L foraminal
stenosis from disc bulge and facet overgrowth. R hip: groin pain on IR, XR joint space loss.
Consent: written.   Time-out: yes.   Pre-pain 8/10
[1] B/L L4/5 TFESI, fluoro; Isovue-M 200 1 mL/side; Decadron 5 mg per side. AP + lat stored.
[2] R hip IA, fluoro; Kenalog 40 + 3 mL 0.5% Naropin.
Post-pain 3/10.   Complications: none.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="right",
                    imaging="fluoroscopy")],
        drugs=[given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10),
               given("triamcinolone_acetonide", 40), given("ropivacaine", 15)],
        pain=(8, 3), need=minus(ESI_NEED, "symptom_duration"), dos="2026-10-28",
        codes=[line("64483", "50"), line("20610", "RT"), line("77002"), line("J1100", units=10),
               line("J3301", units=4)],
        findings=["symptom_duration"], comment="no duration of the leg symptoms")

    add("fav-tpi-01", "asc_charge_sheet", """
CHARGE SHEET - OFFICE PROCEDURES
Dx: M79.18 myofascial pain, neck/upper back;  M54.81 occipital neuralgia, bilateral
Ind: neck and upper back pain x 7 mo w/ taut bands, twitch and referred pain in L upper trapezius, R upper
trapezius, L levator scapulae, R splenius capitis; shooting occipital pain both sides, GON tender bilat.
PT 6 wk - no help. Can't work at desk > 1 h.
Consent Y   Time-out Y   Pre 7/10
ITEM 1  TPI x 4 muscles (as above), 25g; 0.25% bupi 2 mL per muscle
ITEM 2  GON block, bilateral, landmark; each side Kenalog 20 mg + 1% lido 1 mL
Post 2/10 (71% relief).   Complications: none.
""",
        procs=[proc("trigger_point", region="cervical"),
               proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40), given("lidocaine", 20)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-01-07", payer="medicare_fcso",
        codes=[line("20553"), line("64405", "50"), line("J3301", units=4)], findings=[])

    add("fav-tpi-02", "procedure_log", """
PROCEDURE LOG
Dx: M79.18 myalgia, R upper back; M19.011 primary OA, R shoulder
Hx: R shoulder girdle pain x 5 mo; taut bands w/ twitch and referred pain in R trapezius and R rhomboid
major; R shoulder painful ROM, XR glenohumeral narrowing. Can't reach a shelf.
Consent signed.  TO 16:02.  Pre pain 6/10
Procedure(s): 1) TPI R trapezius, R rhomboid major - 1% lidocaine 2 mL each
              2) R shoulder IA (glenohumeral), US guided, posterior; image saved; Kenalog 40 mg + 1% lidocaine
                 3 mL
Post pain 2/10, 67% relief.  No complications.
""",
        procs=[proc("trigger_point", region="thoracic"),
               proc("joint_injection", approach="intra_articular", target="shoulder", region="shoulder",
                    laterality="right", imaging="ultrasound")],
        drugs=[given("lidocaine", 70), given("triamcinolone_acetonide", 40)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2026-02-04",
        codes=[line("20552"), line("20611", "RT"), line("J3301", units=4)], findings=[])

    add("fav-knee-01", "nursing_flowsheet", """
NURSING FLOWSHEET - JOINT CLINIC
1010  VS 140/88 HR 74. Pain 7/10 both knees. Consent signed. Time out.
      MD: Dx M17.0 bilateral primary OA of knee. Knee pain both sides x 4 yr, K-L 3 on XR; PT and
      NSAIDs - no benefit; can't do stairs.
      Procedure #1  R knee IA  | US, superolateral | image saved | Kenalog 40 mg + 1% lidocaine 3 mL
      Procedure #2  L knee IA  | US, superolateral | image saved | Kenalog 40 mg + 1% lidocaine 3 mL
      Procedure #3  L lumbar paraspinal TPI | deferred, pt declined today
1035  Pain 2/10.  No complications.
""",
        procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="bilateral",
                    imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 60)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-03-31", codes=[line("20611", "50"), line("J3301", units=8)],
        findings=[], comment="TPI deferred: no gold procedure; both knees are one bilateral 20611-50 line (BI 1, "
                             "corpora/README 'Bilateral BI-1 codes: one line with 50', as dev h-joint-06)")

    add("fav-gnb-01", "procedure_log", """
PROCEDURE LOG - KNEE
Dx: primary OA L knee (M17.12)
Hx: L knee pain x 3 yr, not a surgical candidate; can't walk > 1 block. Conservative care failed (PT 8 wk,
NSAIDs - no relief).
Consent signed.  Time out done.  Pre 8/10
Procedure(s): 1) L genicular nerve block - US; SM, SL, IM genicular nerves; 0.25% bupi 5 mL each
              2) L knee IA - US, image saved; 1 mL steroid (40 mg/mL) + 2 mL 1% lidocaine
Post 2/10.  Complications: none.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="ultrasound"),
               proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("bupivacaine", 37.5), given("lidocaine", 20)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-05-27", codes=[line("64454", "LT"), line("20611", "LT")],
        findings=["drug_name"], comment="the knee steroid is not named")

    add("fav-stellate-01", "smartform_export", """
SMARTFORM EXPORT - SYMPATHETIC / SOFT TISSUE
Dx: G90.511 CRPS type I, right upper limb; M79.18 myofascial pain, R neck
Hx: R hand burning, swelling, color change and allodynia x 5 mo after wrist fracture; OT 8 wk - no change;
gabapentin - no relief. Can't grip a cup. Taut bands w/ twitch R upper trapezius and R levator scapulae.
Consent: yes   Time-out: yes   Pre pain: 8/10
Procedure #1: Stellate ganglion block | Side: R | Level: C6 | Guidance: US (image saved)
              | Med: 0.25% bupivacaine 6 mL | Horner's noted, R hand temp up 2 C
Procedure #2: TPI | R upper trapezius, R levator scapulae | Med: 1% lidocaine 2 mL each
Post pain: 3/10 (63% relief).   Complications: none
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound"),
               proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 15), given("lidocaine", 40)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-07-21", codes=[line("64510"), line("76942"), line("20552")], findings=[])

    add("fav-lsb-01", "procedure_log", """
HOSPITAL OUTPATIENT PROCEDURE LOG
Dx: CRPS type I, left lower limb (G90.522); myofascial pain, L buttock (M79.18)
Hx: L foot burning, swelling and color change x 7 mo after ankle sprain; PT 10 wk + gabapentin - no relief.
Can't wear a shoe on the L. Taut bands w/ twitch L gluteus medius, L piriformis.
Consent signed.  TO 09:30.  Pre pain 7/10
Procedure(s): 1) L lumbar sympathetic block at L3 - fluoro; Omnipaque 240 3 mL, no vascular uptake;
                 0.25% bupivacaine 10 mL; L foot temp up 3 C
              2) TPI L gluteus medius + L piriformis - 1% lidocaine 2 mL each
Post pain 2/10 (71% relief).  No complications.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True),
               proc("trigger_point", region="lumbar")],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-04-14", pos="22", codes=[line("64520"), line("77002", "26"), line("20552")], findings=[])

    add("fav-onb-01", "nursing_flowsheet", """
NURSING FLOWSHEET - HEADACHE PROCEDURES
1400  VS 126/80 HR 64. Pain 8/10 occiput + neck. Consent signed. Time out.
      MD: Dx occipital neuralgia, bilateral (M54.81); myofascial pain, neck (M79.18).
      Shooting pain from the base of the skull to the vertex both sides x 6 mo, GON tender both sides;
      taut bands w/ twitch L + R upper trapezius and L splenius capitis. PT 8 wk - no help. Missing work.
      Procedure #1  GON block B/L, landmark  -  Kenalog + bupi
      Procedure #2  TPI x3 (L + R upper trapezius, L splenius capitis)  -  1% lidocaine 1 mL each
1420  Pain 2/10 (75% relief).  No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none"),
               proc("trigger_point", region="cervical")],
        drugs=[given("triamcinolone_acetonide", None), given("bupivacaine", None), given("lidocaine", 30)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-08-05", codes=[line("64405", "50"), line("20553")],
        findings=["drug_dose"], comment="GON drugs named without amounts: no J3301 line")

    add("fav-genrfa-01", "smartform_export", """
ASC SMARTFORM EXPORT - KNEE PROCEDURES
Diagnoses ... M17.0 bilateral primary OA of knee
History ..... knee pain both sides x 5 yr; R knee not a TKA candidate (BMI, cardiac). PT 12 wk, NSAIDs,
              bracing - no relief. Can't walk > 1 block or do stairs. R genicular block 09/2026: 85% relief
              x 6 h.
Consent ..... yes    Time-out ..... yes    Pre pain ..... 7/10
Procedure #1  Genicular RFA | Side: R | SM, SL, IM genicular nerves | Guidance: fluoro
              | 2% lidocaine 1 mL per site | thermal lesions 80 C x 90 s
Procedure #2  Knee IA | Side: L | Guidance: US, image saved | Depo-Medrol 80 mg + 1% lidocaine 4 mL
Post pain ... 2/10     Complications ... none
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy"),
               proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("lidocaine", 100), given("methylprednisolone_acetate", 80)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-11-04", pos="24", codes=[line("64624", "RT"), line("20611", "LT")], findings=[])
