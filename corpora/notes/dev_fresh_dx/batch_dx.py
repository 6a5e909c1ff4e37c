"""The notes of the sealed batch `dev_fresh_dx` (`fdx-*`): documentation elements told in unusual ways.

Written by hand, one note at a time, with the gold read from the text before anyone ran Painpoint on it.
`build` receives the kit of `dev_fresh_d/make_notes.py` (add, proc, line, given, ESI_NEED, SPINE_NEED, minus).
"""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _esi(add, proc, line, given, ESI_NEED, minus)
    _facet(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _esi(add, proc, line, given, ESI_NEED, minus):
    add("fdx-tfesi-01", "emr_checkbox", """
LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION

Pre-op Dx: Lumbosacral radiculopathy, left (M54.17)
Onset: around Labor Day 2025, lifting a window unit
Pain pattern: [x] radiating  [ ] axial only  -> buttock, posterolateral calf, lateral foot, left
Neuro: [x] diminished L Achilles reflex  [x] (+) SLR left at 40 deg  [ ] motor deficit
MRI L-spine 11/2025: L5-S1 left paracentral protrusion contacting the traversing left S1 root
Prior tx:   [x] PT - 8 wks - "no change"   [x] naproxen - stopped, GI upset   [ ] chiro
Functional: [x] can't stand > 10 min  [x] stopped bowling  [x] sleep broken by leg pain
Pain (NRS) in pre-op bay: 8/10

Informed consent: [x] signed  [x] risks reviewed incl. infection, bleeding, nerve injury, headache
Universal protocol pause: [x] pt/site/side/level confirmed by all in room 13:02
Sedation: [x] none (local only)

Technique: prone, sterile prep/drape. Skin and tract with 1% lidocaine 3 mL. Under fluoroscopy a 22g spinal
needle was walked into the left L5-S1 neural foramen, subpedicular, oblique view. Omnipaque 240, 1.5 mL:
clean outline of the left S1 root and epidural flow, no vascular uptake on live fluoro.
Injectate: dexamethasone 10 mg (1 mL) with 1 mL preservative-free saline.
Images: AP + lateral stored to PACS.

Post (NRS) at 20 min: 3/10. [x] no complications. D/c home with driver.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                  levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30.0), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10.0)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-12", pos="11",
        codes=[line("64483", "LT"), line("J1100", units=10)], findings=[])

    add("fdx-tfesi-02", "pipe_table", """
Procedure | Right L4-5 and L5-S1 transforaminal ESI
Setting | Ambulatory surgery center
Dx | M51.16 lumbar disc disorder with radiculopathy
HPI | R shin and dorsal foot burning x 5 months; dermatomal L5 numbness; EHL 4/5 on the right
Imaging | MRI 03/2025: right foraminal L4-5 herniation, moderate-severe R L4-5 foraminal narrowing
Failed care | PT x 10 wks (no relief) / gabapentin 300 TID x 3 mo (dizzy, stopped) / home exercise
Function | ODI 46%; cannot finish a grocery trip; off work since June
Consent | written consent on chart
Time-out | completed, all team members agreed
Pain before | 7/10 (NRS)
Guidance | fluoroscopy, oblique + AP
Contrast | Isovue-M 200, 2 mL total, neurogram both levels, no intravascular pattern
Injectate | betamethasone 3 mg + 0.25% bupivacaine 1 mL per level (2 levels)
Images | two views saved (AP, lateral)
Pain after | 2/10 (NRS)
Complications | none
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6.0), given("bupivacaine", 5.0),
               given("iopamidol", 2.0, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2025-08-27", pos="24",
        codes=[line("64483", "RT"), line("64484", "RT", units=1)], findings=[])

    add("fdx-tfesi-03", "dictated_prose", """
Operative report. Repeat left L4-L5 transforaminal epidural steroid injection.

This is her second transforaminal injection on the left at L4-L5. The first one, in early March, took the
leg pain down by about sixty percent, but it crept back after roughly seven weeks and she is now where she
started. The diagnosis is left L4 radiculopathy from a foraminal disc bulge (M54.16), with anterior shin pain and a
weak left quadriceps; MRI confirms left L4-5 foraminal stenosis from the bulge. Leg pain for a year and a half now. She did
twelve sessions of physical therapy last autumn and a course of duloxetine, neither of which eased the leg.
She can no longer climb the stairs to her bedroom and has given up her walking group.

Consent was reviewed and signed after discussing the risks. We paused before the prep; the team verified
her identity, the side and the level. Her pain this morning was 6/10.

Prone on the fluoroscopy table, the left L4-L5 foramen was approached obliquely with a 22-gauge needle to
the safe triangle. Omnipaque 300, 1 mL, showed perineural and epidural spread without vascular runoff.
Triamcinolone 40 mg with 1 mL of 1% lidocaine was injected. AP and lateral images were saved.

She rated the pain 2/10 before leaving recovery. There were no complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                  levels=["L4-L5"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1.0, "ml"), given("triamcinolone_acetonide", 40.0), given("lidocaine", 10.0)],
        pain=(6, 2), need=ESI_NEED, dos="2025-06-18", pos="22",
        codes=[line("64483", "LT")], findings=["prior_procedure_response"],
        comment="Repeat: the first injection gave ~60% for about seven weeks (< 90 days).")

    add("fdx-tfesi-04", "flowsheet_times", """
PROCEDURE FLOWSHEET - RIGHT L5-S1 TRANSFORAMINAL ESI

07:40  Arrived. Dx right L5 radiculopathy, M54.17. Sharp pain R buttock to dorsum of foot, + SLR R, weak R EHL.
07:41  Hx: symptoms since 08/2023 (about 5 months). CT myelogram: R L5-S1 foraminal stenosis, L5 root compressed.
07:42  Prior management: PT was advised at last visit; she has not started it. No medications tried.
07:43  Function: unable to sit through a church service; has cut her shifts at the bakery.
07:45  NRS 9/10.
07:50  Consent signed. Time out 07:52 - right L5-S1, verified.
07:55  No sedation. Lidocaine 1% 2 mL skin.
08:01  Fluoro-guided right L5-S1 foraminal needle, oblique view. Isovue-M 200 1 mL: L5 root outlined.
08:03  Methylprednisolone 40 mg (Depo-Medrol 1 mL) injected.
08:04  AP and lateral images saved.
08:25  NRS 4/10. No complications. Discharged.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                  levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 20.0), given("iopamidol", 1.0, "ml"), given("methylprednisolone_acetate", 40.0)],
        pain=(9, 4), need=minus(ESI_NEED, "conservative_care"), dos="2024-01-15", pos="11",
        codes=[line("64483", "RT"), line("J1030", units=1)], findings=["conservative_care"],
        comment="Care only advised, never started: no conservative care.")

    add("fdx-tfesi-05", "bullets", """
Bilateral L5-S1 TFESI

- Dx: bilateral L5-S1 foraminal stenosis with radiculopathy (M54.17)
- Sx: both calves ache/tingle, worse L; x6 mo; neurogenic claudication at 1 block
- MRI: severe bilateral L5-S1 foraminal narrowing, grade 1 anterolisthesis
- Tried: PT x8 wks + HEP -> no better; meloxicam x 3 mo -> partial, pain persists
- ADLs: needs cart to shop, can't garden, stands <15 min
- Pre-proc NRS 7
- Consent signed, risks/benefits/alternatives
- Surgical pause done - correct pt, procedure, sides, level
- Fluoro, bilateral oblique approach to L5-S1 foramina, 22g Quincke
- Omnipaque 240 1 mL each side, epidural + root outline, no vascular uptake
- Dexamethasone 4 mg each side (8 mg total), no local
- AP/lat images retained
- Post-proc NRS 3
- No cx
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                  levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2.0, "ml"), given("dexamethasone_sodium_phosphate", 8.0)],
        pain=(7, 3), need=ESI_NEED, dos="2026-07-09", pos="11",
        codes=[line("64483", "50"), line("J1100", units=8)], findings=[])

    add("fdx-h-tfesi-01", "transcription", """
PROCEDURE NOTE
PROCEDURE: Left L3-L4 and L4-L5 transforaminal epidural steroid injections.
INDICATION: The patient is seen for left anterior thigh pain with numbness over the medial knee, a reduced left
patellar reflex and weak hip flexion, diagnosis left lumbar radiculopathy, M54.16. The thigh pain began about ten
days ago after yard work. She has had intermittent low back aches for many years. She was started on meloxicam three days ago.
MRI two days ago shows a left far-lateral L3-4 disc extrusion with L3 root displacement. She cannot drive or
get in and out of a car without help.
CONSENT: Informed consent was obtained in writing.
TIME-OUT: Performed prior to the start; all agreed.
PAIN SCORE: 9/10 before.
DESCRIPTION: Prone. Fluoroscopic guidance. Using oblique views, 22-gauge needles were placed into the left L3-L4 and
L4-L5 foramina. Omnipaque 240, 1 mL per level, outlined the exiting roots with epidural spread. Dexamethasone 5 mg
was injected at each level. Two views, AP and lateral, were saved.
POST: 5/10 at discharge.
COMPLICATIONS: None.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                  levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2.0, "ml"), given("dexamethasone_sodium_phosphate", 10.0)],
        pain=(9, 5), need=minus(ESI_NEED, "symptom_duration", "conservative_care"), dos="2026-05-27", pos="22",
        codes=[line("64483", "LT"), line("64484", "LT", units=1)],
        findings=["conservative_care", "symptom_duration"],
        comment="The radicular pain is ten days old (the years of back aches are another complaint); meloxicam for three days.")

    add("fdx-ilesi-01", "emr_fields", """
Procedure:            Cervical interlaminar epidural steroid injection, C7-T1
Diagnosis:            Cervical radiculopathy (M54.12)
Symptom onset:        01/2026 (pain into R thumb and index finger, C6 numbness, weak wrist extension)
Imaging:              MRI C-spine: C5-6 and C6-7 disc osteophyte complexes with right foraminal stenosis
Prior treatment:      PT twice weekly 01/26-03/26, no lasting benefit; prednisone taper - transient only
Functional status:    drops objects; unable to work overhead; NDI 42
Pain pre:             VAS 8/10
Consent:              yes - signed, witnessed
Time-out:             yes
Sedation:             moderate, administered by me; midazolam 2 mg IV + fentanyl 50 mcg IV; RN observer present
                      throughout; start 09:12, end 09:31 (19 min intraservice)
Sedation reason:      severe needle anxiety with a vasovagal episode at a prior procedure
Guidance:             fluoroscopy, AP and contralateral oblique
Technique:            18g Tuohy, midline C7-T1 interlaminar; loss of resistance to saline
Contrast:             Omnipaque 300, 2 mL, epidural spread confirmed, no intrathecal or vascular pattern
Medication:           triamcinolone 60 mg (1.5 mL) + 2 mL preservative-free saline
Images saved:         yes, AP and contralateral oblique
Pain post:            VAS 3/10
Complications:        none
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                  imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("midazolam", 2.0), given("fentanyl", 50.0, "mcg"), given("iohexol", 2.0, "ml"),
               given("triamcinolone_acetonide", 60.0)],
        pain=(8, 3), need=ESI_NEED, dos="2026-05-19", pos="24",
        codes=[line("62321"), line("99152")], findings=[])

    add("fdx-ilesi-02", "numbered_steps", """
Lumbar interlaminar ESI, L5-S1 - procedure record

Indication: bilateral buttock and posterior thigh pain with paresthesias into both feet on walking, lumbar spinal
stenosis with neurogenic claudication (M48.062). Present since summer 2024, about eight months. MRI: severe central
canal stenosis L4-5, moderate L5-S1. Completed 6 wks PT, no improvement; celecoxib since autumn, still hurts.
Can walk only half a block; gave up volunteering at the library.
Pre-procedure NRS: 6/10.
Consent: risks and benefits discussed, written consent obtained.
Time-out: ____________

1. Prone, pillow under abdomen, sterile prep.
2. Skin wheal with 1% lidocaine 2 mL.
3. Under fluoroscopy, 20g Tuohy advanced at L5-S1, left paramedian interlaminar, loss of resistance at 6 cm.
4. Omnipaque 240, 2 mL: epidural spread on AP and lateral; no vascular or intrathecal flow.
5. Methylprednisolone 80 mg in 4 mL saline injected.
6. AP and lateral images saved.
7. Needle out, bandage.

Post-procedure NRS: 2/10. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                  imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20.0), given("iohexol", 2.0, "ml"), given("methylprednisolone_acetate", 80.0)],
        pain=(6, 2), need=ESI_NEED, dos="2025-03-03", pos="11",
        codes=[line("62323"), line("J1010", units=80)], findings=["time_out"],
        comment="Time-out template line left blank.")

    add("fdx-caudal-01", "nursing_vitals", """
CAUDAL EPIDURAL STEROID INJECTION

VITALS   BP 138/82   HR 74   SpO2 97% RA   RR 16   Temp 36.7
Allergies: NKDA

Dx: post-laminectomy syndrome with bilateral leg radiculopathy (M96.1); L4-5 laminectomy 2019.
Symptoms: burning in both legs to the feet, R > L, since 2022; sensory loss L5 bilaterally.
MRI w/wo: epidural fibrosis around the L5 roots, no recurrent herniation.
PT x 12 wks 2025 - pain unchanged. Gabapentin - sedated, stopped. Tramadol - partial only.
Unable to walk more than 5 min; needs help with socks.
Pre: NRS 7/10.
Consent on chart. Time-out performed, caudal approach confirmed.

Prone. Sacral hiatus palpated, confirmed on lateral fluoroscopy; 20g Tuohy into the caudal canal. Isovue-M 200
3 mL: filling up to S1-L5, no vascular pattern. Triamcinolone 80 mg in 8 mL saline (10 mL total) injected.
Two views (AP and lateral) saved.
No complications. Pt to recovery.

Phone check next day: "legs feel lighter", pain 3/10.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 3.0, "ml"), given("triamcinolone_acetonide", 80.0)],
        pain=(7, None), need=ESI_NEED, dos="2026-04-21", pos="22",
        codes=[line("62323")], findings=["post_procedure_pain_score"],
        comment="The only later score is from a next-day phone call, not post-procedure.")

    add("fdx-h-ilesi-01", "case_report", """
Case. A 67-year-old retired machinist presented with fourteen months of pain radiating from the low back into the
left posterolateral thigh and calf, with paresthesias on the dorsum of the foot and a positive crossed straight-leg
raise. MRI demonstrated a left paracentral L4-L5 disc protrusion compressing the descending L5 root. He had failed
a ten-week course of supervised physiotherapy and two months of pregabalin without meaningful benefit. Diagnosis:
lumbar disc herniation with left L5 radiculopathy (M51.16).

Procedure. After informed consent and a formal pre-procedure verification (identity, site, level), he was positioned
prone. Baseline pain was 7 of 10 on the numeric scale. Under fluoroscopic guidance a 20-gauge Tuohy needle entered the
L4-L5 interlaminar space left of midline, and loss of resistance to air was obtained. Omnipaque 240, 2 mL, spread
along the left lateral epidural space without vascular uptake; anteroposterior and lateral images were archived.
Dexamethasone 10 mg diluted to 5 mL with saline was injected.

Outcome. Fifteen minutes later his pain was 3 of 10. There were no complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                  imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2.0, "ml"), given("dexamethasone_sodium_phosphate", 10.0)],
        pain=(7, 3), need=minus(ESI_NEED, "functional_impairment"), dos="2025-11-04", pos="22",
        codes=[line("62323")], findings=["functional_impairment"])

    add("fdx-h-caudal-01", "dictated_prose", """
Caudal epidural steroid injection, repeat.

He comes back for another caudal epidural. After the one in the spring he "did great" and says it helped for a
while, but he could not say how much or how long. Diagnosis lumbar spinal stenosis with neurogenic claudication,
M48.062: aching and heaviness down both legs after two blocks of walking, relieved by sitting, with decreased
pinprick in both L5 distributions. This has gone on for three years. MRI shows multilevel stenosis, worst at L3-4 and L4-5.
He has done two rounds of physical therapy, eight weeks each, and still cannot walk to his mailbox and back without stopping; acetaminophen
and diclofenac gel do nothing for it. He no longer shops on his own.

Consent signed. Time-out held. Pre-procedure pain 7/10 NRS.
Prone, the sacral hiatus was entered with a 20-gauge Tuohy under fluoroscopy (lateral view), caudal approach.
Omnipaque 240, 4 mL: epidural filling to L5 without vascular runoff. Dexamethasone 10 mg with 9 mL saline injected.
AP and lateral images saved. Post-procedure pain 4/10. No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 4.0, "ml"), given("dexamethasone_sodium_phosphate", 10.0)],
        pain=(7, 4), need=minus(ESI_NEED, "conservative_care"), dos="2026-11-02", pos="11",
        codes=[line("62323"), line("J1100", units=10)], findings=["prior_procedure_response", "conservative_care"],
        comment="A repeat ('another caudal epidural') whose earlier relief is unquantified ('did great'). Gold corrected "
                "(round 21, el21): the PT (two rounds of eight weeks) has no stated outcome, only a functional limitation "
                "after it ('and still cannot walk to his mailbox'), and the drugs that 'do nothing' have no length: "
                "no 4 weeks of failed care (corpora/README, Conservative care).")


def _facet(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdx-mbb-01", "tab_table", """
Right lumbar medial branch blocks (diagnostic, first block)

Item\tDetail
Diagnosis\tLumbar spondylosis without myelopathy or radiculopathy, M47.816
Pain\tright-sided low back pain, worse with extension and rotation; no leg symptoms
Duration\tsince 2023 (well over two years)
Failed conservative care\tPT + home exercise x8 wks - failed; ibuprofen/acetaminophen - inadequate
Function\tcannot stand at the stove to cook a meal; lifting grandchildren impossible
Imaging\tMRI: facet arthropathy L4-5 and L5-S1, R > L
Targets\tright L3 and L4 medial branches, right L5 dorsal ramus (L4-L5, L5-S1 facet joints)
Intent\tdiagnostic
Guidance\tfluoroscopy (oblique, AP)
Injectate\tbupivacaine 0.5%, 0.5 mL per nerve (3 nerves)
Consent\tsigned after discussion
Time-out\tdone 10:42
Sedation\tnone
NRS pre\t7
NRS post (30 min)\t1
Complications\tnone
Diary\tgiven; 6-hour pain log
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(7, 1), need=SPINE_NEED + ("imaging_findings",), dos="2026-05-05", pos="11",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[])

    add("fdx-mbb-02", "emr_checkbox", """
BILATERAL LUMBAR MEDIAL BRANCH BLOCK #2 (CONFIRMATORY)

Dx: M47.816 lumbar facet spondylosis
[x] Axial LBP > 6 mo (began after a 2024 move; ~18 months)
[x] Failed: PT 10 visits (no change), NSAIDs (no relief), chiropractic x 6 wks (brief relief only)
[x] Functional loss: can't vacuum, walks < 20 min, wakes turning in bed
[x] Block #1 (bilateral L2, L3, L4 MB, bupivacaine): 90% relief for 6 hours, matched to the anesthetic
[x] Intent: diagnostic - comparative block with a shorter-acting anesthetic

Consent reviewed and signed. TO completed at bedside, bilateral L3-L4 and L4-L5 confirmed.
NRS before: 6/10.
Fluoroscopy. Bilateral L2, L3 and L4 medial branches at the junction of the superior articular and transverse
processes (oblique views). Lidocaine 2%, 0.5 mL per branch (6 branches, 3 mL total).
NRS after: 1/10 at 20 minutes. Complications: none.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 60.0)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-02-24", pos="24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fdx-h-mbb-01", "dictated_prose", """
Left cervical medial branch blocks, C5-C6 and C6-C7 facets, diagnostic.

This is a first diagnostic block for left-sided neck pain radiating to the left trapezius and shoulder blade, no arm
symptoms, worse on looking up and turning left, for almost three years. Cervical spondylosis, M47.812. Extension
views show facet hypertrophy at C5-6 and C6-7 on the left. Physical therapy for two months and a trial of
cyclobenzaprine did not help. She can no longer reverse park or work at her sewing machine.

Consent was signed. A time-out was completed. Pre-procedure pain 6/10.
I gave midazolam 2 mg IV for moderate sedation.
Lateral fluoroscopic approach; 25-gauge needles to the left C5, C6 and C7 medial branches at the waists of the
articular pillars, 0.3 mL of 0.5% bupivacaine at each. Post-procedure pain 2/10. No complications.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="left",
                  levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic", sedation="moderate")],
        drugs=[given("midazolam", 2.0), given("bupivacaine", 4.5)],
        pain=(6, 2), need=SPINE_NEED, dos="2025-10-21", pos="22",
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")], findings=["sedation_details"],
        comment="Moderate sedation by the proceduralist: no times, observer, minutes or justification.")

    add("fdx-rfa-01", "flowsheet_times", """
RIGHT L4-L5 / L5-S1 MEDIAL BRANCH RADIOFREQUENCY NEUROTOMY

Time   Entry
12:30  Indication: right lumbar facet pain (M47.816), present since early 2024. Failed PT x 3 mo and NSAIDs
       (relief not sustained). Can't sit through a movie; carries no more than a shopping bag.
12:31  Dx blocks: MBB #1 90% relief, MBB #2 85% relief, both right L3, L4 MB and L5 DR, each lasting the
       anesthetic's duration.
12:33  NRS 8/10. Consent signed.
12:35  TO - pt, side, levels confirmed.
12:40  Fluoroscopy, oblique + lateral. 18g 10 mm active tip RF cannulae parallel to the right L3 and L4
       medial branches and the L5 dorsal ramus. Sensory 50 Hz < 0.5 V concordant; motor 2 Hz no leg twitch.
12:48  Lidocaine 2% 1 mL per site (3 sites).
12:50  Lesions 80 C x 90 s at each site.
13:05  NRS 3/10. No complications. Home with spouse.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60.0)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-03-17", pos="24",
        codes=[line("64635", "RT"), line("64636", "RT", units=1)], findings=[])

    add("fdx-rfa-02", "bullets_parenthetical", """
Repeat bilateral lumbar RF ablation, L3-L4 and L4-L5 facets

* Lumbar spondylosis (M47.816), axial back pain since 2021
* Prior RFA (same levels, 01/2025): ~70% less pain for about eight months; now back to baseline
* Conservative: HEP ongoing, PT x6 wks 2024 without benefit, NSAIDs not tolerated (reflux)
* Limits: can't stand to wash dishes, stopped golf
* Consent signed; universal protocol time-out held
* Pain (NRS 7/10 pre)
* Fluoroscopy, oblique views; RF cannulae to bilateral L2, L3, L4 medial branches; sensory and motor testing
  appropriate
* Bupivacaine 0.5% 1 mL at each of 6 sites before lesioning
* RF lesions created at each target
* Pain (NRS 2/10 post)
* No complications
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L3-L4", "L4-L5"], imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 30.0)],
        pain=(7, 2), need=SPINE_NEED, dos="2025-10-02", pos="11",
        codes=[line("64635", "50"), line("64636", "50", units=1)], findings=["approach"],
        comment="Repeat with >= 50% for 8 months; no lesion temperature or technique stated (rfa.technique).")

    add("fdx-h-rfa-01", "dictated_prose", """
Left L5-S1 facet radiofrequency ablation.

Indication: left low back pain from L5-S1 facet arthropathy (M47.816), going on since before the pandemic. Two
comparative blocks of the left L4 medial branch and L5 dorsal ramus: complete relief after the lidocaine block,
about ninety percent after bupivacaine. Tried physical therapy twice and tramadol, all without durable benefit.
Bending to tie shoes, getting out of a chair: both hard.

Consent signed. Time-out taken. Pre 7/10.
Under fluoroscopy 18-gauge RF cannulae along the left L4 medial branch and L5 dorsal ramus. Sensory stimulation
reproduced the back pain, no motor response in the leg at 2 V. 1% lidocaine 1 mL at each site, then
conventional thermal lesions at 85 degrees Celsius for 90 seconds, two per nerve.
Post 2/10. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                  levels=["L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 20.0)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-08-12", pos="22",
        codes=[line("64635", "LT")], findings=[])


def _other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdx-si-01", "emr_template", """
Procedure: Right sacroiliac joint injection, fluoroscopically guided
Intent: Diagnostic
Diagnosis: Sacroiliitis, right (M46.1)
History: R buttock/posterior pelvic pain, onset after a fall on ice in 04/2025; 3 of 5 provocation tests positive
  (FABER, thigh thrust, compression)
Treatment so far: PT x 8 wks with SI belt - failed; naproxen - minimal effect
Function: limps after 10 min walking; cannot climb stairs reciprocally
Pre-procedure pain: 7/10 NRS
Consent: signed | Time-out: completed by team (pt, site, side)
Technique: prone, caudal third of the right SI joint entered with a 22g spinal needle under fluoroscopy; Omnipaque
  240, 1 mL, intra-articular spread. Triamcinolone 40 mg + 0.5% bupivacaine 2 mL injected.
Images: AP and contralateral oblique saved
Post-procedure: NRS 1/10; relief 80% at 20 minutes on provocation retest
Complications: none
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                  imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1.0, "ml"), given("triamcinolone_acetonide", 40.0), given("bupivacaine", 10.0)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-01-20", pos="11",
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=[])

    add("fdx-si-02", "inline_fields", """
BILATERAL SI JOINT INJECTIONS. Intent: diagnostic. Dx: bilateral sacroiliitis M46.1. Hx: bilateral buttock pain
since 2022, + Gaenslen and thigh thrust both sides. Prior care: PT 3x/wk for 6 wks, no improvement; NSAIDs, GI
intolerance. Function: unable to sit > 20 min; gave up cycling. Consent: obtained. Time-out: yes.
Pre pain: 7/10. Guidance: fluoroscopy. Contrast: Isovue-M 200 0.5 mL per side, arthrogram confirmed.
Injectate: methylprednisolone 20 mg + 1% lidocaine 1 mL each side. Image saved. Post pain: 2/10.
Complications: none.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                  imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 1.0, "ml"), given("methylprednisolone_acetate", 40.0), given("lidocaine", 20.0)],
        pain=(7, 2), need=SPINE_NEED, dos="2025-09-09", pos="24",
        codes=[line("27096", "50")], findings=["percent_relief", "saved_images"],
        comment="Relief only implied by 7 -> 2 (si.percent_relief asks it stated); one image, no views.")

    add("fdx-h-si-01", "dictated_prose", """
Left sacroiliac joint injection, diagnostic.

Left SI joint pain, M46.1, for about a year, one finger below the left PSIS, positive thigh thrust, distraction and
compression. She managed three weeks of physical therapy before it was stopped for the holidays, and it did not
help. Sitting in the car for more than half an hour is impossible and she has given up her cleaning job.

Consent reviewed and signed. Time-out done. Before the injection she put her pain at 8 out of 10.
Fluoroscopy, prone. A 22-gauge needle was guided into the inferior left SI joint. Omnipaque 240, 1 mL, showed an
arthrogram without vascular uptake; AP and oblique images were stored. Betamethasone 6 mg with 1.5 mL of 0.5%
ropivacaine was injected. Twenty minutes later she reported 85% relief, pain 1 out of 10. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                  imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1.0, "ml"), given("betamethasone_sodium_phosphate_acetate", 6.0),
               given("ropivacaine", 7.5)],
        pain=(8, 1), need=minus(SPINE_NEED, "conservative_care"), dos="2024-11-14", pos="22",
        codes=[line("27096", "LT")], findings=["conservative_care"],
        comment="Three weeks of PT is under the 4 weeks of si.conservative_care.")

    add("fdx-gnb-01", "pipe_table", """
| Field | Entry |
|---|---|
| Procedure | Right genicular nerve block (superomedial, superolateral, inferomedial) |
| Dx | Primary osteoarthritis, right knee (M17.11) |
| Why | 4 yrs of R knee pain, KL grade 4, failed PT and two steroid injections; not a surgical candidate; block before RFA |
| Function | walks < 1 block, can't kneel, stairs one at a time |
| Consent | signed |
| TO | done 10:14 |
| NRS pre | 6 |
| Guidance | fluoroscopy, AP and lateral |
| Meds | 0.5% bupivacaine 1.5 mL at each of 3 nerves |
| NRS post | 1 (83% relief) |
| Complications | none |
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 22.5)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-06-03", pos="11", codes=[line("64454", "RT")], findings=[])

    add("fdx-h-gnb-01", "dictated_prose", """
Left knee genicular nerve blocks under ultrasound.

For her left knee osteoarthritis (M17.12), which has kept her from walking the dog for two years, we blocked the
superomedial, superolateral and inferomedial genicular nerves as a prognostic step before ablation. Written consent
was obtained. Time-out completed. Before we began she rated the knee 7/10. With a linear probe each nerve was found
beside its genicular artery and 2 mL of 0.5% ropivacaine was placed at each site. She tolerated it well and went to
recovery. No complications.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("ropivacaine", 30.0)],
        pain=(7, None), need=("diagnosis", "symptom_duration", "functional_impairment"),
        dos="2025-04-08", pos="22", codes=[line("64454", "LT")], findings=["post_procedure_pain_score"])

    add("fdx-onb-01", "bullets", """
Bilateral greater occipital nerve blocks
- Dx: occipital neuralgia, bilateral (M54.81)
- Shooting occipital pain to the vertex both sides since 10/2024, Tinel + over both GON
- Tried: gabapentin (no help), PT for neck x 6 wks (no help)
- Misses work 2-3 days/month
- Consent: verbal + written
- "Pause for the cause" done before prep
- Landmark technique, no imaging; 25g needle medial to the occipital artery each side
- Each side: 0.5% bupivacaine 2 mL + triamcinolone 10 mg
- Pain (VAS): 7 before / 1 after
- Complications: none
""", procs=[proc("occipital_nerve_block", region="occipital", laterality="bilateral", imaging="none")],
        drugs=[given("bupivacaine", 20.0), given("triamcinolone_acetonide", 20.0)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-12-01", pos="11", codes=[line("64405", "50"), line("J3301", units=2)], findings=[])

    add("fdx-h-onb-01", "dictated_prose", """
Right greater occipital nerve block.

Right-sided occipital neuralgia (M54.81), electric pain from the right suboccipital region to behind the eye for
three months, tender over the right greater occipital nerve. Consent was obtained after we discussed the risks.
Before the block he calls it a 6 out of ten. By landmarks, medial to the right occipital artery, 2 mL of 2% lidocaine with
dexamethasone 4 mg was injected. Afterwards: down to a 1. No complications.
""", procs=[proc("occipital_nerve_block", region="occipital", laterality="right", imaging="none")],
        drugs=[given("lidocaine", 40.0), given("dexamethasone_sodium_phosphate", 4.0)],
        pain=(6, 1), need=("diagnosis", "symptom_duration"), dos="2026-09-15", pos="11",
        codes=[line("64405", "RT"), line("J1100", units=4)], findings=["time_out"])

    add("fdx-tpi-01", "emr_fields", """
Trigger point injections - 3 muscles
Dx:             Myofascial pain, neck and shoulder girdle (M79.18)
Exam:           taut bands with local twitch and referred pain to the occiput: R upper trapezius, L upper
                trapezius, L levator scapulae
Duration:       x 9 mo
Tried:          massage, stretching program x 8 wks, cyclobenzaprine - minimal benefit
Function:       can't work at computer > 30 min
Consent:        yes, signed
Time out:       yes
Pre NRS:        6/10
Technique:      27g needle, 1% lidocaine 1 mL into each trigger point (3 muscles, 3 mL total), no steroid
Post NRS:       2/10 (~70% better)
Complications:  none
""", procs=[proc("trigger_point", imaging="none")],
        drugs=[given("lidocaine", 30.0)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-10-20", pos="11", codes=[line("20553")], findings=[])

    add("fdx-h-tpi-01", "dictated_prose", """
Trigger point injections, right quadratus lumborum and right gluteus medius.

Myofascial low back and hip pain (M79.18) for five months: taut, twitching bands in the right quadratus lumborum
and gluteus medius that reproduce her pain when pressed. Consent signed; a time-out was done. Pain 7/10 first.
Two muscles injected with 0.25% bupivacaine, 2 mL each, by a 25-gauge needle. Pain 3/10 ten minutes later.
No complications.
""", procs=[proc("trigger_point", imaging="none")],
        drugs=[given("bupivacaine", 10.0)],
        pain=(7, 3), need=("diagnosis", "symptom_duration"), dos="2025-05-20", pos="22",
        codes=[line("20552")], findings=["percent_relief"],
        comment="Relief only implied by the scores; tpi.percent_relief asks it stated.")

    add("fdx-knee-01", "nursing_vitals", """
RIGHT KNEE INTRA-ARTICULAR INJECTION
BP 142/86 | P 70 | SpO2 98% | pain 8/10 (NRS) on arrival
Dx: primary osteoarthritis R knee, M17.11; effusion-free, crepitus, medial joint line tenderness
Hx: ~3 years; PT and meloxicam without lasting change
Consent: written. Time-out: yes (R knee marked).
Landmark, superolateral approach, no imaging. Prep with chlorhexidine. 1% lidocaine 3 mL local, then
methylprednisolone 40 mg (Depo-Medrol) into the joint.
Post: pain 3/10 at 10 min. No complications. Ice, rest 24 h.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="right",
                  imaging="none")],
        drugs=[given("lidocaine", 30.0), given("methylprednisolone_acetate", 40.0)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2024-02-20", pos="11",
        codes=[line("20610", "RT"), line("J1030", units=1)], findings=[])

    add("fdx-h-hip-01", "dictated_prose", """
Left hip intra-articular steroid injection under fluoroscopy.

Left hip osteoarthritis (M16.12), groin pain for two years, worse putting on shoes. Consent signed, time-out done.
Pre-procedure pain 6/10. A 22-gauge spinal needle was advanced to the left femoral head-neck junction under
fluoroscopy; Omnipaque 300, 1 mL, confirmed an arthrogram. Kenalog and 4 mL of 0.2% ropivacaine were
injected. Post-procedure pain 2/10. No complications.
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="left",
                  imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1.0, "ml"), given("triamcinolone_acetonide", None), given("ropivacaine", 8.0)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2026-10-06", pos="24",
        codes=[line("20610", "LT"), line("77002", "26")], findings=["drug_dose"],
        comment="Kenalog named without an amount.")

    add("fdx-shoulder-01", "emr_checkbox", """
Right glenohumeral joint injection - ultrasound guided

Dx: Primary osteoarthritis, right shoulder (M19.011)
Duration: since 2024; Care: PT 8 wks + NSAIDs - [x] failed
Function: [x] can't reach overhead shelf  [x] can't fasten bra
Consent [x]   Time-out [x]
Pain: pre 7/10 -> post 2/10 (NRS)
US: posterior approach, curvilinear probe, needle tip in the glenohumeral joint; image saved to chart.
Injectate: triamcinolone 40 mg + 1% lidocaine 4 mL.
Complications: none.
""", procs=[proc("joint_injection", approach="intra_articular", target="shoulder", region="shoulder",
                  laterality="right", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40.0), given("lidocaine", 40.0)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-03-30", pos="11", codes=[line("20611", "RT"), line("J3301", units=4)], findings=[])

    add("fdx-h-lsb-01", "transcription", """
PROCEDURE: Left lumbar sympathetic block at L3.
DIAGNOSIS: Complex regional pain syndrome type I, left lower limb (G90.522).
INDICATION: Burning pain, allodynia, color and temperature change of the left foot for seven months after an ankle
fracture; desensitization therapy and gabapentin have failed. She cannot wear a shoe on the left.
CONSENT: Signed. TIME-OUT: Done.
PRE-PROCEDURE PAIN: 8/10.
TECHNIQUE: Prone under fluoroscopy, a 22-gauge needle was advanced to the anterolateral L3 vertebral body on the
left. Omnipaque 240, 3 mL, spread along the sympathetic chain without vascular uptake. 0.25% bupivacaine 10 mL
injected in divided doses. Left foot temperature rose 2.5 degrees C.
POST-PROCEDURE PAIN: 3/10. COMPLICATIONS: None.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                  levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3.0, "ml"), given("bupivacaine", 25.0)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-07-22", pos="22", codes=[line("64520"), line("77002", "26")], findings=[])
