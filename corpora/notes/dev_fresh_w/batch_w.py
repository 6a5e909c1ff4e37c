"""The 30 notes of sealed batch W: private-practice EMR output (SmartText/SmartPhrase templates with field labels,
checkbox rows, dropdown words, unfilled `***` wildcards, generic boilerplate, copy-forward text, clinic shorthand).
Written in wordings of our own; gold labelled by hand from each text before any Painpoint run. 17 notes are
complete, 13 leave out or contradict one or two elements (the `findings` of each `add`)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    # ---------------- interlaminar / caudal epidurals ----------------
    add("fw-ilesi-01", "smarttext", """
PAIN MANAGEMENT PROCEDURE NOTE
Procedure: ILESI - lumbar
Level(s): L5-S1
Approach: Interlaminar, R paramedian
Guidance: [x] Fluoroscopy  [ ] CT  [ ] None
Pre-op Dx: Lumbosacral radiculopathy (M54.17)
HPI: 62 y/o M w/ R buttock -> post thigh -> lat calf pain + numbness lat foot x 5 mo. +SLR R at 45 deg,
R ankle reflex 1+ vs 2+ on L. Failed PT x 8 wk (no improvement); meloxicam caused GI upset, d/c'd. Can't
stand > 15 min, stopped walking his dog. MRI L-spine 10/2025: R paracentral L5-S1 disc protrusion abutting
the traversing R S1 root.
Checklist:
[x] Consent signed, risks/benefits/alternatives reviewed
[x] Time-out completed
[x] Allergies verified: NKDA
Pain score    | Pre | Post
NRS (0-10)    |  7  |  2
Technique: Prone, sterile prep/drape. Skin wheal lido 1% 3 mL. 20g Tuohy to the epidural space by LOR to
saline at L5-S1, R paramedian. Omnipaque 240 2 mL - epidural spread on lat view, no vascular/IT uptake.
Injectate: Depo-Medrol 80 mg + 2 mL PF NS.
Images: AP and lateral saved to PACS.
EBL: minimal. Complications: none. VSS. Tol well, d/c home ambulatory w/ driver.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 2), need=ESI_NEED, dos="2026-01-14", codes=[line("62323"), line("J1010", units=80)],
        findings=[])

    add("fw-ilesi-02", "smarttext", """
Procedure Note - Cervical ILESI
Location: HOPD procedure suite
Procedure: Cervical epidural steroid injection, interlaminar
Level: C7-T1     Approach: midline     Imaging: fluoro
Diagnosis: Cervical radiculopathy, M54.12
Brief HPI: pt is a 70 y/o F w/ L neck -> L arm pain into the 4th/5th fingers x 4 months, tingling L hand,
L triceps 4/5. MRI C-spine 12/2025: L C6-7 and C7-T1 foraminal stenosis from uncovertebral hypertrophy.
PT x 6 wks + home exercise did not help; gabapentin -> dizzy, stopped. Unable to drive > 20 min or lift
her grandchild.
Pain pre: 8/10
[x] Consent  [x] Time-out  [x] Allergies reviewed - NKDA
Details: prone, pillow under chest. 18 g Tuohy, LOR to saline at C7-T1 midline. Omnipaque 300 1 mL:
epidural spread, no vascular flow. Decadron (dexamethasone PF) 10 mg + 1 mL NS injected.
Images: AP + contralateral oblique saved.
Pain post: 3/10
Complications: none. Tol well, VSS.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-10", pos="22", payer="medicare_cgs", codes=[line("62321")],
        findings=[])

    add("fw-ilesi-03", "smarttext_copy_forward", """
INTERVENTIONAL PAIN - PROCEDURE
Procedure: Lumbar interlaminar epidural steroid injection
Level: ***
Approach: interlaminar, L paramedian
Guidance: fluoroscopy
Indication (copied from 02/17/2026 visit): pt w/ L leg pain radiating to the anterior shin and medial
ankle, numbness L great toe, x 10 months. L EHL 4/5. PT 12 visits without benefit; naproxen gave only
partial relief. Cannot stand to cook or do yard work. MRI lumbar 01/2026: L paracentral disc extrusion with
L lateral recess narrowing.
Diagnosis: Lumbar radiculopathy, M54.16
Pre-procedure pain: 6/10
[x] Informed consent obtained  [x] Time-out performed
Procedure detail: prone; prep and drape per protocol. 18 g Tuohy, LOR at the target interspace, L
paramedian. Isovue-M 300, 2 mL, epidural pattern confirmed, no vascular uptake. Kenalog 80 mg diluted
with 3 mL PF saline injected.
AP and lateral images saved.
Post-procedure pain: 3/10
Complications: none. pt tol well.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 3), need=ESI_NEED, dos="2026-03-03", codes=[line("62323"), line("J3301", units=8)],
        findings=["levels"], comment="level field left as the unfilled *** wildcard; no level anywhere else")

    add("fw-caudal-01", "smarttext", """
PROCEDURE: Caudal epidural steroid injection
GUIDANCE: Fluoroscopy
DX: Post-laminectomy syndrome (M96.1) with bilateral leg radicular pain
HPI: 74 y/o F s/p L4-S1 laminectomy 2019. Burning pain b/l posterior thighs and calves with numb soles x
2 years, L>R. PT x 6 wk - no lasting change. Duloxetine not tolerated (nausea). Walking limited to 1 block;
gave up church choir (cannot stand through the service).
IMAGING: MRI L-spine 11/2025: epidural fibrosis at L4-5 and L5-S1 with b/l foraminal narrowing at L5-S1.
ALLERGIES: NKDA
PRE-PROCEDURE PAIN: 7/10
CONSENT: [x] written, on chart       TIME-OUT: [x] done
PROCEDURE: Prone. Sacral hiatus palpated and confirmed on lat fluoro. Skin lidocaine 1% 2 mL. 20 g Tuohy
through the sacrococcygeal ligament. Omnipaque 240 4 mL: caudal epidural filling up to S1, no vascular
runoff. Injected Celestone Soluspan 12 mg (2 mL) + 8 mL PF NS.
Fluoroscopic images (AP, lateral) saved.
POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: None. Tolerated well. D/c home.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 4, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 3), need=ESI_NEED, dos="2026-04-07", payer="medicare_fcso",
        codes=[line("62323"), line("J0702", units=2)], findings=[])

    add("fw-caudal-02", "shorthand", """
Caudal ESI
Dx: lumbar spinal stenosis w/ neurogenic claudication M48.062
S: 79 y/o M, b/l buttock + calf aching/heaviness w/ walking, eases w/ sitting, x 1 yr. PT x 10 wk - no
better. Tylenol/NSAIDs no help. Walks < 1 block, uses cart at store.
MRI 09/2025: severe central canal stenosis L3-4 and L4-5.
Pre 6/10. Consent signed. TO done. NKDA.
Prone. Fluoro. Lido 1% skin 3 mL. 20 g Tuohy via sacral hiatus, LOR. Depo-Medrol 80 mg + 8 mL NS injected
in the caudal epidural space. Images saved.
Post 2/10. No cx. VSS, d/c home.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, dos="2026-05-19", codes=[line("62323"), line("J1010", units=80)],
        findings=["contrast", "saved_images"], comment="contrast never mentioned; 'Images saved.' names no views")

    # ---------------- transforaminal epidurals ----------------
    add("fw-tfesi-01", "smarttext", """
Procedure: TFESI
Side: Right      Level(s): L5-S1      Guidance: Fluoro
Diagnosis: Lumbar intervertebral disc disorder with radiculopathy (M51.16)
HPI: 55 y/o F, R leg pain to the lateral foot + sole with numbness x 4 months. +SLR R. Diminished R
Achilles reflex. PT x 6 wk -> no relief. Gabapentin caused sedation, stopped. Can't sit through a work shift
(on leave). MRI 12/2025: R L5-S1 foraminal disc protrusion with moderate R foraminal stenosis.
Allergies: NKDA
Pre-procedure pain (NRS): 8
[x] Consent reviewed + signed   [x] Time-out completed   [x] Site marked
Procedure: Prone. Oblique fluoro view. 22 g spinal needle to the R L5-S1 foramen (subpedicular). Omnipaque
240 1 mL: perineural/epidural flow, no vascular. Injected dexamethasone 10 mg (1 mL) + 1% lidocaine 1 mL.
Images: AP and lateral saved.
Post-procedure pain (NRS): 2
Complications: none.  Disposition: home, tol well.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(8, 2), need=ESI_NEED, dos="2026-01-27", codes=[line("64483", "RT"), line("J1100", units=10)],
        findings=[])

    add("fw-tfesi-02", "smarttext", """
Procedure: B/L TFESI L4-5, L5-S1
Laterality: Bilateral
Dx: Lumbar radiculopathy M54.16
Interval hx: 3rd lumbar ESI in the past 12 months. Prior TFESIs 07/2025 and 01/2026 each gave about 70%
relief lasting about 4 months. Pain back in both legs, posterolateral thighs to the calves, tingling both feet,
x 2 yrs overall. PT x 12 wk did not help; NSAIDs only partly helpful. Unable to walk > 10 min or garden.
MRI 2025: b/l L4-5 and L5-S1 foraminal narrowing, moderate, from disc bulge + facet hypertrophy.
Pre pain: 7/10        Post pain: 2/10
Consent: [x] signed    Time-out: [x] done
Technique: prone, fluoro. Solution prepared: Kenalog 40 mg/mL 2 mL + 1% lidocaine 2 mL (4 mL total).
25 g needle to each foramen (L L4-5, L L5-S1, R L4-5, R L5-S1). Isovue-M 200 0.5 mL per site showed
epidural and nerve root outline, no vascular. 1 mL of the solution per site.
AP + lateral fluoro images saved at each level.
Complications: none. Tol well.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 20), given("iopamidol", 2, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2026-06-09",
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=8)], findings=[],
        comment="repeat with 70% x 4 months; 3 sessions in 12 months is within the limit")

    add("fw-tfesi-03", "smarttext", """
Cervical TFESI - Left C6-7
Facility: ASC
Dx: Cervical radiculopathy (M54.12)
HPI: 66 y/o M with L arm pain from the shoulder down the dorsal forearm to the middle finger x 3 months.
Paresthesias L middle finger, L triceps reflex reduced. He has done PT and tried gabapentin.
MRI cervical spine: L C6-7 uncovertebral spur with severe L foraminal stenosis.
Pre-op pain: 8/10
[x] Consent  [x] Time-out  NKDA
Procedure: supine, head turned R. Under oblique fluoroscopy a 25 g needle was placed to the posterior
aspect of the L C6-7 foramen. Isovue-M 200 0.5 mL under live fluoro - no vascular uptake. Decadron 4 mg
injected slowly.
Images: AP and oblique saved.
Post-op pain: 3/10. Complications: none.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 3), need=minus(ESI_NEED, "conservative_care", "functional_impairment"), dos="2026-07-21",
        pos="24", payer="medicare_cgs", codes=[line("64479", "LT")],
        findings=["conservative_care", "functional_impairment"],
        comment="care only listed with no outcome; no functional limit stated")

    add("fw-tfesi-04", "smarttext", """
PROCEDURE: Left L3-4, L4-5, L5-S1 transforaminal ESI
Dx: Lumbar spinal stenosis with neurogenic claudication, M48.062
HPI: 71 y/o F. L anterior thigh, shin and foot pain w/ numbness x 8 months; L quad 4/5, L knee jerk absent.
PT x 3 months without relief. Celecoxib - partial relief only. Can't climb stairs at home or stand to cook.
MRI 01/2026: multilevel L foraminal stenosis, severe at L3-4 and L4-5, moderate at L5-S1.
Pain (pre): 9/10
[x] Consent   [x] Time-out   [x] NPO status n/a (no sedation)
DESCRIPTION: Prone. Fluoroscopy. 22 g needles to the L L3-4, L4-5 and L5-S1 foramina. Omnipaque 240 1 mL at
each level: epidural/perineural spread, no vascular. At each level: Depo-Medrol 40 mg + 0.25% bupivacaine
1 mL.
AP and lateral views saved.
Pain (post): 4/10. Complications: none.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True,
                    intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 120), given("bupivacaine", 7.5)],
        pain=(9, 4), need=ESI_NEED, dos="2026-08-04",
        codes=[line("64483", "LT"), line("64484", "LT", units=2), line("J1010", units=120)],
        findings=["level_limit"], comment="three transforaminal levels in one session")

    add("fw-tfesi-05", "smarttext_copy_forward", """
Procedure: TFESI    Level: L4-5    Side: R
Guidance: fluoroscopy
Dx: Lumbar radiculopathy, M54.16
HPI: pt returns for repeat injection. Previous L L4-5 TFESI 04/2026 gave ~75% relief for about 4 months.
Now recurrent L anterolateral thigh and shin pain with numbness over the L medial shin for 9 months in all.
PT x 8 weeks did not help; tramadol made her nauseated. Cannot walk her usual mile; stopped volunteering.
MRI 2025: L L4-5 foraminal disc protrusion with L L4 root impingement.
Pre pain: 7/10
[x] Consent signed   [x] Time-out
Technique: prone, fluoro. 22 g needle placed at the left L4-5 neural foramen under oblique view.
Omnipaque 240 1 mL: L L4 root outlined, no vascular. Celestone 6 mg (1 mL) injected.
AP and lateral images saved.
Post pain: 2/10. Complications: none. Tol well.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(7, 2), need=ESI_NEED, dos="2026-09-15", codes=[line("64483", "LT"), line("J0702", units=1)],
        findings=["laterality_conflict"],
        comment="header side R copied forward; the needle went to the left foramen (codes follow the description)")

    # ---------------- facet: medial branch blocks, intra-articular, RFA ----------------
    add("fw-mbb-01", "smarttext", """
Procedure: Lumbar MBB #1 (diagnostic)
Side: B/L
Nerves: L2, L3, L4 medial branches (L3-4, L4-5 facet joints)
Guidance: fluoroscopy
Dx: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
HPI: 68 y/o M, axial low back pain x 2 yrs, worse with extension and standing, no leg sx. PT x 8 wk + home
program - no lasting improvement. NSAIDs: GI bleed hx, cannot take. Stands < 15 min; stopped golfing.
Pre-block pain: 7/10
[x] Consent  [x] Time-out
Technique: prone. 22 g spinal needles to the junction of the SAP and transverse process at L3, L4, L5 on
each side under fluoro. 0.5% bupivacaine 0.5 mL per nerve (6 nerves).
Post-block pain: 1/10 at 30 min. Pain diary given.
Complications: none. Tol well.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fw-mbb-02", "smarttext", """
Cervical medial branch block - diagnostic
Side: Right     Levels: C5, C6, C7 MB (C5-6, C6-7)     Imaging: fluoro
Dx: Cervical spondylosis w/o myelopathy or radiculopathy, M47.812
HPI: 59 y/o F, R posterior neck pain into the R shoulder girdle x 18 months, worse turning head to the R.
No arm pain. PT x 10 wks + cervical traction - minimal benefit. Can't check blind spot to drive, reads
< 20 min. Facet loading R reproduces pain.
Pain pre: 6/10
[x] Consent  [x] Time-out  NKDA
Procedure: prone, neck flexed. 25 g needles to the R C5, C6, C7 articular pillar waists on lateral view.
2% lidocaine 0.5 mL at each nerve.
Pain post: 1/10 (about 85% relief).
Complications: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-03-17", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[])

    add("fw-mbb-03", "shorthand", """
L MBB L4-5, L5-S1 (diagnostic)
Dx: Low back pain, M54.50
Hx: 64 y/o M, L-sided axial LBP x 1 yr, worse w/ standing + extension. PT 8 wk - no improvement. Naproxen -
partial only. Can't stand at workbench > 20 min.
Exam: L facet loading +, neuro intact.
Pre 8/10.
Consent, TO done. NKDA.
Prone, fluoro. 22 g needles to L L3 + L4 MB and L L5 dorsal ramus. Ropivacaine 0.5% 0.5 mL each.
Post 2/10. No cx, tol well.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 7.5)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-04-21",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["diagnosis"],
        comment="low back pain (M54.50) is not on the closed facet diagnosis list")

    add("fw-facet-ia-01", "smarttext", """
Procedure: Facet joint injection, intra-articular, therapeutic
Side: Right      Joints: L4-5, L5-S1      Guidance: fluoro
Dx: Lumbosacral spondylosis w/o myelopathy or radiculopathy (M47.817)
HPI: 77 y/o F, R low back pain x 3 yrs, worse standing/extension. PT x 12 wk without relief; acetaminophen
and diclofenac gel - no help. Standing limited to 10 min, can't do housework. One set of R L4-5/L5-S1
MBBs 11/2025 gave 90% relief for 6 hours. Prefers steroid injection to RFA.
Pre pain: 6/10
[x] Consent  [x] Time-out
Technique: prone, oblique fluoro. 22 g needle into the R L4-5 and then the R L5-S1 facet joint; joint
entry felt and confirmed on oblique view. Each joint: Kenalog 20 mg + 0.25% bupivacaine 0.5 mL.
Post pain: 2/10
Complications: none. Tol well.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-05-05",
        codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=4)],
        findings=["diagnostic_block_relief"],
        comment="only one diagnostic block documented before therapeutic injections")

    add("fw-rfa-01", "smarttext", """
Procedure: Lumbar RFA (medial branch neurotomy)
Side: Bilateral     Nerves: L3 MB, L4 MB, L5 dorsal ramus     Joints: L4-5, L5-S1
Guidance: fluoroscopy
Dx: Lumbar spondylosis, M47.816
HPI: 72 y/o M, axial LBP x 4 yrs, worse w/ standing/extension. PT x 10 wk - no benefit; meloxicam stopped
(CKD). Can't stand > 10 min, gave up fishing. Dx MBB #1 12/2025: 90% relief; MBB #2 01/2026: 85% relief,
both lasting the duration of the anesthetic.
Pre pain: 7/10
[x] Consent  [x] Time-out  NKDA
Technique: prone. 18 g 10 mm active tip RF cannulas parallel to each nerve on oblique/lateral views.
Sensory stim < 0.5 V, motor stim 2 V - no leg response. Each site: 2% lidocaine 1 mL, then thermal
lesion 80 °C x 90 s. 6 lesions total.
Post pain: 3/10
Complications: none. Tol well, d/c home.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-01-20",
        codes=[line("64635", "50"), line("64636", "50")], findings=[])

    add("fw-rfa-02", "smarttext", """
CERVICAL RADIOFREQUENCY ABLATION
Side: R    Nerves: C4, C5, C6 medial branches (C4-5, C5-6 facet joints)    Guidance: fluoro
Dx: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
HPI: 63 y/o F, R neck pain x 3 yrs, worse w/ rotation and extension. Failed PT x 8 wk and a TENS unit
(no relief). Cannot turn head to reverse the car, sleep disrupted. Two R C4-C6 MBBs (10/2025: 80%,
11/2025: 85% relief).
Pain pre: 6/10
[x] Consent   [x] Time-out
Procedure: prone. 20 g RF cannulas to the R C4, C5, C6 articular pillars, lateral fluoro. Sensory stim
< 0.6 V, motor stim negative. 2% lidocaine 0.5 mL per nerve, then RF lesion 80 °C x 90 sec at each.
Pain post: 2/10
Complications: none.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-06-23", pos="24",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=[])

    add("fw-rfa-03", "smarttext_copy_forward", """
Procedure: Repeat RFA lumbar, L side
Nerves: L2, L3, L4 MB + L5 dorsal ramus (L3-4, L4-5, L5-S1)
Guidance: fluoroscopy
Dx: Lumbar spondylosis (M47.816)
HPI: pt s/p L lumbar RFA 10/2025, which helped. L-sided LBP has returned; 5 yrs of axial pain overall.
PT x 3 mo in 2025 - no benefit; NSAIDs not tolerated (GERD). Cannot vacuum or stand at the sink > 10 min.
Pain pre: 8/10
[x] Consent  [x] Time-out
Technique: prone. RF cannulas to the L L2, L3, L4 MB and L L5 dorsal ramus under fluoro; sensory/motor
testing appropriate. Each: 0.5% bupivacaine 0.5 mL; lesion 85 °C x 90 s.
Pain post: 4/10
Complications: none.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("bupivacaine", 10)],
        pain=(8, 4), need=SPINE_NEED, dos="2026-07-14", payer="medicare_fcso",
        codes=[line("64635", "LT"), line("64636", "LT", units=2)], findings=["prior_procedure_response"],
        comment="repeat RFA; earlier one 'helped' with no amount or duration")

    # ---------------- sacroiliac joint ----------------
    add("fw-si-01", "smarttext", """
Procedure: SIJ injection, diagnostic
Side: Left     Guidance: fluoroscopy     Contrast: Omnipaque 240
Dx: Sacroiliitis, not elsewhere classified (M46.1)
HPI: 58 y/o F, L buttock/low back pain below L5 x 9 months, no radicular sx. +FABER, +thigh thrust and
+compression on the L (3/5 provocation tests). PT x 8 wk with SI belt - no improvement; ibuprofen partial
only. Can't sit through a movie or drive > 30 min.
Pre pain: 7/10
[x] Consent   [x] Time-out   Allergies: NKDA
Technique: prone; contralateral oblique to open the inferior L SI joint. 22 g spinal needle into the joint.
Omnipaque 240 0.5 mL: intra-articular arthrogram, no vascular. 0.5% bupivacaine 2 mL injected.
AP and oblique images saved.
Post pain: 1/10 at 30 min - 85% relief.
Complications: none. Pain diary given.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-03", codes=[line("27096", "LT")], findings=[])

    add("fw-si-02", "smarttext", """
Procedure: Bilateral sacroiliac joint injections (therapeutic)
Guidance: fluoro     Laterality: Bilateral
Dx: Sacroiliac joint dysfunction, M53.3
HPI: 69 y/o M, b/l buttock pain over both SI joints x 1 yr. Diagnostic b/l SIJ blocks 03/2026 gave 80%
relief for the duration of the anesthetic. PT x 6 wks did not help; celecoxib partial. Cannot walk > 2
blocks, stopped bowling.
Pre-procedure pain: 6/10
Pre-procedure checklist:
[x] Consent signed
[ ] Time-out
[x] Allergies reviewed: NKDA
Technique: prone. Under fluoro a 22 g needle entered the inferior third of the L SI joint, then the R.
Isovue-M 200 0.5 mL each side - arthrogram confirmed. Each joint: Depo-Medrol 40 mg + 1% lidocaine 1 mL.
AP and oblique images saved.
Post-procedure pain: 2/10 (about 70% relief immediately).
Complications: none.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-08-25",
        codes=[line("27096", "50"), line("J1010", units=80)], findings=["time_out"],
        comment="time-out checkbox left unchecked")

    add("fw-si-03", "shorthand", """
R SIJ inj - diagnostic
Dx: SI joint pain R, M53.3
Hx: 61 y/o F, R buttock pain x 7 mo after a fall, no leg sx. 4/5 provocation tests + on R. PT 8 wk - no
change; naproxen upset stomach, stopped. Can't sleep on R side, limits walking to 15 min.
Pre 7/10. Consent, TO. NKDA.
Prone, fluoro. 22 g needle into the inferior R SI joint. Omnipaque 240 0.5 mL: joint outlined, no
vascular. Marcaine 0.5% injected. AP + oblique images saved.
Post 1/10 = 85% relief at 20 min. No cx. Diary given.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", None)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-10-13", pos="22", payer="medicare_cgs",
        codes=[line("27096", "RT")], findings=["drug_dose"], comment="bupivacaine named with no volume")

    # ---------------- trigger points ----------------
    add("fw-tpi-01", "smarttext", """
Procedure: Trigger point injections
Muscles injected: R upper trapezius, R levator scapulae, R rhomboid minor, R infraspinatus (4 muscles)
Dx: Myofascial pain syndrome, M79.18
HPI: 48 y/o F, R neck/shoulder blade pain x 5 months, desk job, worse end of day. Taut bands with local
twitch + referred pain in each muscle listed. Stretching and massage without lasting benefit. Limits
computer work to 1 hr.
Pain pre: 7/10
[x] Verbal + written consent   [x] Time-out
Technique: 27 g needle, 1% lidocaine 1 mL per muscle (4 mL).
Pain post: 3/10 - approx 60% relief.
Complications: none. Home stretches reviewed.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 3), need=("diagnosis",), dos="2026-03-24", codes=[line("20553")], findings=[])

    add("fw-tpi-02", "shorthand", """
TPI - L QL + L gluteus medius (2 muscles)
Dx: myofascial pain, M79.18
L low back/hip ache x 2 mo, can't sit > 30 min. Tender taut bands w/ twitch in L quadratus lumborum and
L gluteus medius.
Consent, TO. 25 g needle, 0.25% bupivacaine 2 mL each muscle (4 mL total).
Pre 7/10 -> post 4/10. Tol well, no cx.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("bupivacaine", 10)],
        pain=(7, 4), need=("diagnosis",), dos="2026-11-03", codes=[line("20552")],
        findings=["percent_relief"], comment="relief only implied by the scores")

    # ---------------- joint, genicular ----------------
    add("fw-knee-01", "smarttext", """
Procedure: Large joint injection - knee
Side: Right     Guidance: Ultrasound (image saved to chart)
Dx: Primary osteoarthritis, right knee (M17.11)
HPI: 76 y/o M, R knee pain x 3 yrs, worse on stairs; failed PT and topical diclofenac. Walks 1 block.
Pre pain: 8/10
[x] Consent   [x] Time-out
Technique: supine, knee slightly flexed. US-guided superolateral approach, 22 g needle into the
suprapatellar recess, needle tip visualized. Kenalog 40 mg + 1% lidocaine 4 mL injected.
Post pain: 3/10
Complications: none. Band-aid applied.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(8, 3), need=("diagnosis",), dos="2026-04-14",
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=[])

    add("fw-genic-01", "smarttext", """
Procedure: Genicular nerve RFA
Side: Left     Nerves: superomedial, superolateral, inferomedial genicular     Guidance: fluoroscopy
Dx: Primary osteoarthritis, left knee (M17.12)
HPI: 80 y/o F, L knee OA pain x 6 yrs, not a surgical candidate (cardiac). Dx genicular nerve block
02/2026: 80% relief x 8 hrs. Steroid injections no longer help.
Pain pre: 8/10
[x] Consent   [x] Time-out
Technique: supine, knee bolster. 18 g RF cannulas to each of the 3 targets on AP and lateral views;
sensory stim concordant, motor negative. 2% lidocaine 1 mL each, then thermal lesion 80 °C x 90 s.
Pain post: 2/10
Complications: none.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 2), need=("diagnosis",), dos="2026-05-26", codes=[line("64624", "LT")], findings=[])

    # ---------------- sympathetic ----------------
    add("fw-stellate-01", "smarttext", """
Procedure: Stellate ganglion block
Side: Left     Guidance: ultrasound (image saved)
Dx: Complex regional pain syndrome I of left upper limb (G90.512)
HPI: 52 y/o F, burning L hand/forearm pain with swelling, color and temperature change x 6 months after a
wrist fracture. OT and gabapentin did not help. Can't use L hand to dress or type.
Pain pre: 8/10
[x] Consent   [x] Time-out   NKDA
Technique: supine, neck extended. Linear probe at C6; 25 g needle in-plane to the prevertebral fascia
over longus colli, carotid retracted laterally. Naropin 0.5% 5 mL injected after negative aspiration.
L hand temperature rose 2 °C; Horner sign present.
Pain post: 3/10
Complications: none. Observed 30 min, d/c home.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-06-02", codes=[line("64510"), line("76942")], findings=[])

    add("fw-impar-01", "smarttext", """
Procedure: Ganglion impar block
Guidance: fluoroscopy
Dx: Coccydynia (M53.3)
HPI: 57 y/o F, midline coccyx pain x 14 months after a fall on ice, worse sitting. Cushion + NSAIDs +
pelvic floor PT without relief. Sits < 15 min.
Pre pain: 8/10
[x] Consent   [x] Time-out
Technique: prone. Lateral fluoro. 22 g needle through the sacrococcygeal junction to its anterior surface.
Omnipaque 240 2 mL: retroperitoneal "comma" spread, no vascular. Injected 0.5% bupivacaine 4 mL +
Depo-Medrol 40 mg.
Pain post: 2/10
Complications: none.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 20), given("methylprednisolone_acetate", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-09-29",
        codes=[line("64999"), line("77002"), line("J1010", units=40), line("Q9966", units=2)], findings=[])

    # ---------------- occipital ----------------
    add("fw-occip-01", "smarttext", """
Procedure: Greater occipital nerve block
Side: Bilateral     Guidance: landmark (none)
Dx: Occipital neuralgia, M54.81
HPI: 44 y/o F, shooting pain from the base of the skull to the vertex on both sides x 8 months, tender over
both GON. Failed amitriptyline. Misses work 2 days/wk.
Pain pre: 7/10
[x] Consent   [x] Time-out
Technique: seated, neck flexed. 25 g needle medial to the occipital artery on each side. Each side:
0.5% bupivacaine 1.5 mL + Kenalog 10 mg.
Pain post: 1/10
Complications: none.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none", intent="therapeutic")],
        drugs=[given("bupivacaine", 15), given("triamcinolone_acetonide", 20)],
        pain=(7, 1), need=("diagnosis",), dos="2026-10-27",
        codes=[line("64405", "50"), line("J3301", units=2)], findings=[])

    # ---------------- neuromodulation, augmentation, pump ----------------
    add("fw-scs-01", "operative_report", """
OPERATIVE NOTE - SCS TRIAL (percutaneous)
Facility: ASC
Dx: Post-laminectomy syndrome M96.1, chronic bilateral leg pain
Indication: 67 y/o M s/p L4-S1 fusion 2021 with b/l leg > back pain x 4 yrs. Failed PT, gabapentin
(sedation) and repeated epidurals with no lasting relief. Psych eval 06/2026: cleared for trial.
Pre pain: 8/10
[x] Consent   [x] Time-out   Sedation: local only
Technique: prone, fluoroscopy. Lidocaine 1% 10 mL at entry sites. Two 14 g Tuohy needles, L paramedian at
L1-2 with LOR; two 8-contact leads steered to the top of T8 and mid T8, overlapping midline. Intra-op
testing: concordant paresthesia both legs. Leads anchored to skin, dressed.
Pain post: 3/10 with stim on
Complications: none. Trial 7 days.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-08-11", pos="24",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fw-vplasty-01", "operative_report", """
PROCEDURE: T12 vertebroplasty, bipedicular
GUIDANCE: biplane fluoroscopy
DX: Age-related osteoporosis w/ current pathological fracture, vertebra, initial encounter (M80.08XA)
INDICATION: 83 y/o F, severe mid-back pain x 6 wks after a minor fall; 4 wks of TLSO bracing + tramadol
without relief, bedbound most of the day. MRI 02/2026: acute T12 compression fracture, STIR marrow edema,
25% height loss, no retropulsion.
PRE-PROCEDURE PAIN: 9/10
[x] Consent   [x] Time-out
SEDATION: moderate, IV Versed 2 mg + fentanyl 50 mcg.
TECHNIQUE: prone. 1% lidocaine 10 mL to skin and periosteum. 11 g needles via both T12 pedicles; 3 mL PMMA
each side under lateral fluoro, no extravasation.
POST-PROCEDURE PAIN: 4/10
COMPLICATIONS: none. Bedrest 1 hr, d/c home.
""",
        procs=[proc("vertebral_augmentation", approach="vertebroplasty", region="thoracic", levels=["T12"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 100)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        dos="2026-03-10", pos="22", codes=[line("22510")], findings=["sedation_details"],
        comment="moderate sedation with agents and doses but no times, minutes or independent observer")

    add("fw-pump-01", "shorthand", """
IT pump refill + reprogram
Dx: chronic pain syndrome, G89.4
Pump interrogated, reservoir 2.5 mL residual aspirated/discarded. Refilled by me w/ hydromorphone
10 mg/mL, 18 mL, via 22 g Huber needle, sterile technique. Daily dose increased 5% (reprogrammed); new
alarm date set.
Consent, TO. No cx. RTC 8 wks.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 180)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-17",
        codes=[line("62370")], findings=["indication"], comment="a diagnosis alone: no indication for the refill")
