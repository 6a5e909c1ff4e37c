"""Sealed batch dev_fresh_dc (`fdc-*`): terse shorthand notes as busy physicians type them, with gold.

Written fresh for this batch (no corpus note or reader rule was read); gold labelled from the text below,
before and without any Painpoint run. Template half `fdc-<family>-NN` (field shorthand, one-liners, slash and
semicolon lists), dictated-shorthand half `fdc-h-<family>-NN`.
"""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _template(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _template(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdc-tfesi-01", "shorthand fields", """
PROC: R L4-5 & L5-S1 TFESI (fluoro)
Dx: R lumbar radic 2/2 L4-5 HNP (M51.16)
HPI: 70 y/o w/ LBP -> RLE, shooting pain to lat calf + numb dorsum of foot x 5 mo. +SLR R @ 40 deg.
Tx: PT x8wk + NSAIDs + gaba -- no relief. Can't stand > 10 min; needs help w/ socks/shoes; ADLs down.
MRI: R paracentral L4-5 HNP abutting R L5 root; mild R L5-S1 foraminal narrowing.
Consent: risks/benefits/alts reviewed, consent signed. time-out done.
Pre: 8/10.
Prone, prep/drape. Fluoro: 22g spinal ndl to R L4-5 and R L5-S1 foramina (AP, obl, lat). Omnipaque 240 1 mL ea -> clean perineural/epidural flow, no vasc uptake. Each level: Kenalog 20 mg (0.5 mL of 40 mg/mL) + 1 mL 1% lido. AP + lat images saved.
Sedation: none.
Post: 2/10. No cx. Amb to car, d/c home. F/u 3 wk.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 20), given("iohexol", 2, "ml")],
        pain=(8, 2), need=ESI_NEED, dos="2026-02-12", pos="11", payer="medicare_cgs",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=4)], findings=[])

    add("fdc-tfesi-02", "one-liner semicolons", """
B/L L5/S1 TFESI; Dx: b/l L5 radiculopathy w/ L5-S1 DDD + foraminal stenosis (M54.17); sx x 9 mo -- burning pain both buttocks -> post thighs -> lat legs, + paresthesias L5 dermatome b/l; PT 12 wk, meloxicam, gaba 300 TID w/o benefit; walks < 1 block, can't do yard work or stand to cook; MRI: b/l L5-S1 foraminal stenosis, mod on R, mild-mod on L.
Consent signed. time-out: pt/proc/side/level confirmed. Pre 7/10.
Prone; fluoro. 22g ndl to each L5-S1 foramen (R then L), Isovue-M 200 1 mL ea side -> epidural flow, no intravascular pattern. Each side: dexamethasone 5 mg + 1 mL 0.25% bupi. Images saved.
No sedation. Post 3/10 (~57% better). No cx. Home w/ spouse; f/u 2-3 wk.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                  levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 5), given("iopamidol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2025-11-18", pos="22",
        codes=[line("64483", "50")], findings=["saved_images"],
        comment="'Images saved.' with no view count: saved_images (min 2 views).")

    add("fdc-ilesi-01", "shorthand fields", """
Procedure: C6-7 ILESI, fluoro-guided
Indication: L arm pain/numbness, C7 distribution (triceps, middle finger) x 4 mo; ↓ L triceps 4+/5, ↓ L triceps reflex.
Dx: cervical radiculopathy (M54.12)
Tried: PT x6wk, home traction, NSAIDs, medrol dosepak -- minimal, transient relief.
Fxn: can't work overhead (electrician), sleep broken 2/2 arm pain.
MRI C-spine: C6-7 L paracentral disc protrusion w/ L foraminal narrowing.
Consent: obtained, signed. Time-out performed.
Pre-proc pain: 6/10
Technique: prone, C7 spinous process marked under fluoro; 18g Tuohy @ C6-7 interlaminar space, L paramedian, LOR to saline. Omnipaque 300 2 mL -> epidural spread on AP + contralat oblique, no intrathecal/vasc flow. Injected Depo-Medrol 80 mg + 3 mL PF NS. AP and CLO images saved.
Sedation: none, local only.
Post-proc pain: 2/10
Complications: none. D/c stable; RTC 4 wk.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                  imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("methylprednisolone_acetate", 80), given("iohexol", 2, "ml")],
        pain=(6, 2), need=ESI_NEED, dos="2024-01-15", pos="24",
        codes=[line("62321")], findings=[])

    add("fdc-ilesi-02", "bullets", """
L5-S1 ILESI (fluoro)
- Dx: L5-S1 HNP w/ radiculopathy, L > R (M51.17)
- Pt w/ LBP + L leg pain to heel, numb L sole, x 6 mo; +SLR L at 45.
- s/p PT, chiro, tramadol.
- Unable to sit > 20 min, stopped golf, trouble getting in/out of car.
- Consent signed; time-out done
- Pre 9/10
- Prone, 1% lido 3 mL skin. 20g Tuohy L5-S1 interlaminar, L paramedian, LOR w/ air. Omnipaque 240 1.5 mL -> good epidural spread. Depo-Medrol 80 mg/1 mL + 2 mL PF NS injected. AP/lat saved (2 views).
- No sedation
- Post 4/10
- No cx; d/c home
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                  imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30), given("methylprednisolone_acetate", 80), given("iohexol", 1.5, "ml")],
        pain=(9, 4), need=minus(ESI_NEED, "conservative_care", "imaging_findings"), dos="2023-10-05", pos="11",
        codes=[line("62323"), line("J1040")], findings=["conservative_care", "imaging_findings"],
        comment="Care only listed (s/p PT, chiro, tramadol) with no outcome; no imaging study named. 2023 DOS: 80 mg = J1040 x1.")

    add("fdc-caudal-01", "inline fields", """
Caudal ESI | Dx: post-laminectomy syndrome (M96.1) w/ b/l radicular leg pain | Hx: s/p L4-S1 fusion 2019; since then burning pain both legs to feet + numb soles x > 2 yr; SLR + b/l | Failed: PT x 3 mo, gaba + duloxetine, TENS -- none helped | Fxn: walks w/ cane, < 10 min; can't shop alone | CT myelo: epidural fibrosis L4-S1, patent fusion | Consent: signed | time-out: yes | Pre: 7/10 | Tech: prone, sacral hiatus ID'd on fluoro lat view; 20g Tuohy thru SC lig; Omnipaque 240 3 mL -> cephalad filling to L5 on lat, no vasc; Kenalog 80 mg (2 mL) + 2 mL 1% lido + 5 mL PF NS. Lat + AP images saved | Sedation: none | Post: 3/10 | No cx | Dispo: home, f/u 4 wk
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                  contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 20), given("iohexol", 3, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2026-06-03", pos="11",
        codes=[line("62323"), line("J3301", units=8)], findings=[])

    add("fdc-mbb-01", "terse paragraph", """
Bilat L3-4, L4-5 MBB #1 (dx).
Dx: lumbar facet arthropathy (M47.816). Axial LBP, worse w/ extension/rotation, no radicular sx, x 14 mo. PT x 8 wk + NSAIDs + HEP w/o lasting change. Can't stand at work > 15 min; ↓ sleep.
Consent signed. time-out. Pre 7/10. Fluoro.
Targets b/l L2, L3, L4 MB (junction SAP/TP); 22g ndl ea, AP + obl confirmed. 0.5cc 0.5% bupi ea (6 sites).
No sedation. Post 1/10 (86%). No cx. F/u 1 wk w/ pain diary.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(7, 1), need=SPINE_NEED, dos="2026-01-20", pos="11",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fdc-mbb-02", "shorthand fields", """
Proc: R C3-4 & C4-5 facet MBB #2 (dx, confirmatory)
Dx: cervical spondylosis w/o radic/myelopathy (M47.812)
Hx: R-sided neck pain -> occiput x 1 yr, worse w/ turning head R; no arm sx. PT 10 wk + cyclobenzaprine + NSAIDs, still 6-7/10. Can't check blind spot driving; ↓ desk work to 2 h/day.
Prior: MBB #1 (same levels) 3 wk ago -> 90% relief x 5 h w/ lido.
Consent: signed.
Pre: 6/10
Fluoro, prone. 25g ndl to R C3, C4, C5 MB (lat view, articular pillar waist). 0.5 mL 2% lido ea.
Sedation: none.
Post: 0/10 (100%). No cx. Pain diary given.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                  levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30)], pain=(6, 0), need=SPINE_NEED, dos="2025-04-09", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["time_out"])

    add("fdc-facet-01", "bullets", """
L L4-5 IA facet inj (therapeutic)
* Dx: lumbar spondylosis, L4-5 FJA (M47.816)
* L-sided axial LBP x 2 yr; facet loading + on L
* PT x 3 mo, NSAIDs, APAP -- no durable relief
* s/p dx MBB #1 (85%) + #2 (90%) L L4-5; RFA declined by pt
* MRI: L4-5 facet hypertrophy + effusion L > R
* Consent signed; time-out done
* Pre 6/10
* Fluoro, obl view: 22g ndl into L L4-5 facet jt; 0.2 mL Omnipaque 180 -> arthrogram. Kenalog 20 mg (0.5 mL) + 0.5 mL 0.5% bupi.
* No sedation
* Post 2/10; no cx
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                  levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 0.2, "ml"), given("triamcinolone_acetonide", 20), given("bupivacaine", 2.5)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"), dos="2025-06-17", pos="11",
        codes=[line("64493", "LT"), line("J3301", units=2)], findings=["functional_impairment"])

    add("fdc-rfa-01", "shorthand fields", """
PROC: R L3-4, L4-5, L5-S1 RFA (thermal)
Dx: lumbosacral facet synd (M47.817)
Hx: R axial LBP x 3 yr, no radic; PT x 12 wk + NSAIDs + HEP -- failed. ↓ ADLs: can't vacuum, stand > 15 min.
Dx blocks: MBB #1 90% / MBB #2 85% (concordant, same levels).
Consent signed. time-out done. Pre 7/10.
Fluoro: 18g 10 mm active tip cannulas to R L2, L3, L4 MB + R L5 DR, parallel to nerve. Sensory < 0.5 V, motor 2 Hz no leg twitch. 1 mL 2% lido ea. Lesion 80 °C x 90 s ea.
No sedation. Post 3/10. No cx. F/u 6 wk.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                  levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 80)], pain=(7, 3), need=SPINE_NEED, dos="2026-04-22", pos="24",
        codes=[line("64635", "RT"), line("64636", "RT", units=2)], findings=[])

    add("fdc-si-01", "one-liner semicolons", """
L SIJ inj (dx #1); Dx: L sacroiliitis (M46.1); L buttock/PSIS pain x 8 mo, + FABER, + thigh thrust, + compression L (3/5 provocation +); PT x 10 wk + NSAIDs -- no improvement; can't sit thru church, ↓ walking.
Consent signed; time-out done. Pre 7/10.
Prone, fluoro: 22g ndl into inferior L SIJ; Omnipaque 240 0.5 mL -> intra-articular arthrogram, no vasc. 2 mL 0.5% bupi. AP + contralat obl images saved.
No sedation. Post 1/10 -> 86% relief (positive). No cx. F/u pain diary.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                  imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 10)], pain=(7, 1),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"), dos="2025-08-14", pos="11",
        codes=[line("27096", "LT")], findings=[])

    add("fdc-tpi-01", "terse paragraph", """
TPI x3 (L trap / L levator scap / L rhomboid major).
Dx: myofascial pain, neck + upper back (M79.12). Palpable taut bands w/ local twitch + referred pain to L occiput/scapula. Sx 5 mo; stretching + PT + NSAIDs tried.
Consent signed. time-out. Pre 6/10.
25g 1.5" ndl, 1 mL 1% lido per point (3 pts).
Post 2/10. No cx. HEP reviewed.
""", procs=[proc("trigger_point", region="other", laterality="left", imaging="none")],
        drugs=[given("lidocaine", 30)], pain=(6, 2), need=("diagnosis",), dos="2026-02-02", pos="11",
        codes=[line("20553")], findings=["percent_relief"],
        comment="Relief only implied by pre/post scores (6 -> 2), never stated: percent_relief.")

    add("fdc-onb-01", "inline fields", """
B/L GON blk | Dx: occipital neuralgia (M54.81) | Sx: stabbing pain occiput -> vertex both sides x 7 mo, + Tinel over GON b/l | Tried: gaba, amitriptyline, PT -- partial | Consent: signed | time-out: done | Pre: 8/10 | Landmark (1/3 from occ protuberance to mastoid), 25g, aspiration neg; ea side: 2 mL 0.5% bupi + Kenalog 10 mg (0.25 mL of 40 mg/mL) | No imaging | Post: 1/10 (~88%) | No cx
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                  imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)], pain=(8, 1), need=("diagnosis",),
        dos="2026-07-08", pos="11", codes=[line("64405", "50"), line("J3301", units=2)], findings=[])

    add("fdc-gnb-01", "bullets", """
R genicular NB (SM / SL / IM) -- fluoro
- Dx: R knee OA (M17.11), s/p failed HA + steroid inj; not a TKA candidate (BMI, cardiac)
- Medial + ant knee pain x 4 yr
- time-out done
- Pre 7/10
- Fluoro AP/lat: 22g ndl to SM (femur metaphysis/diaphysis jxn), SL, IM (tibia). 1 mL 0.5% bupi ea.
- No sedation
- Post 2/10 (71%); walked hall w/o limp
- No cx; RFA if > 50% relief on diary
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy", intent="diagnostic",
                  sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(7, 2), need=("diagnosis",), consent=False, dos="2025-12-03", pos="11",
        codes=[line("64454", "RT")], findings=["consent"])

    add("fdc-joint-01", "shorthand fields", """
Proc: L hip IA inj, US-guided
Dx: L hip OA (M16.12)
Hx: L groin pain x 1 yr, + FADIR, ↓ IR; PT + NSAIDs failed. Limp, can't tie L shoe.
Consent signed. time-out done. Pre 8/10.
Supine; curvilinear probe, anterior oblique view of femoral head-neck jxn. 22g spinal ndl in-plane into capsule. Depo-Medrol 40 mg + 4 mL 1% lido. US image saved to PACS.
Post 2/10. No cx.
""", procs=[proc("joint_injection", target="hip", region="hip", laterality="left", imaging="ultrasound",
                  sedation=None)],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)], pain=(8, 2), need=("diagnosis",),
        dos="2026-03-25", pos="11", codes=[line("20611", "LT"), line("J1010", units=40)], findings=[])

    add("fdc-pump-01", "terse paragraph", """
ITP refill + interrogation.
Dx: chronic pain syndrome (G89.4) w/ implanted IT morphine pump (FBSS).
Pain stable on current dose; no sedation, pruritus, edema or withdrawal sx. Alarm date today.
Consent reviewed/signed. time-out done.
Interrogated: res vol 2.1 mL as expected. Refilled by me: template over port, 22g Huber, old drug aspirated (2.0 mL), 18 mL morphine 25 mg/mL instilled. No changes to program (0.5 mg/day, simple continuous). Next refill ~ 3 mo.
No cx.
""", procs=[proc("pump_refill", sedation=None)], drugs=[given("morphine", 450)], pain=(None, None),
        need=("diagnosis",), dos="2026-05-12", pos="11", codes=[line("95991")], findings=[])


def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdc-h-tfesi-01", "dictated shorthand", """
RT L5-S1 / S1 TFESI

Pt is a 64 y/o w/ 7 mo of L buttock pain radiating down the post thigh/calf to the lat foot, numbness lat foot, ↓ L ankle jerk; dx L S1 radiculopathy (M54.17). PT 8 wk + NSAIDs + pregabalin, pain unchanged. Can't walk the dog; sits < 15 min. MRI: L5-S1 L paracentral extrusion compressing L S1 root.
Consent signed after R/B/A. time-out done. Pre 8/10.
Prone. Under fluoro, 22g ndls placed to the L L5-S1 and L S1 foramina. Omnipaque 240 1 mL ea: epidural/root sleeve flow, no vascular runoff on live fluoro. Celestone 6 mg + 1 mL 1% lido at each level. AP and lat images saved.
No sedation. Post 3/10. No cx.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                  levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12), given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, dos="2026-08-19", pos="22",
        codes=[line("64483", "LT"), line("64484", "LT")], findings=["laterality_conflict"],
        comment="Title says RT; history, MRI and needles are left: codes follow the description (LT), side conflict.")

    add("fdc-h-ilesi-01", "dictated shorthand", """
T10-11 ILESI

58 y/o w/ band-like burning pain wrapping from the R mid back around to the R flank/upper abd, T10 dermatome, x 4 mo, allodynia over R T10 dermatome; dx thoracic radiculopathy (M54.14). No hx of zoster. PT x 6 wk + gaba + lidocaine patch w/o relief. Can't sleep on R side; quit water aerobics.
MRI T-spine: T10-11 R paracentral disc protrusion narrowing R lat recess.
Iodine allergy (hives) -> NO contrast; epidural space confirmed by LOR to saline under fluoro (AP + lat).
Consent signed. time-out done. Pre 7/10.
Prone. 20g Tuohy @ T10-11, R paramedian, LOR at 5.5 cm. Dexamethasone 10 mg + 2 mL PF NS injected. AP and lat images w/ needle saved.
Local only, no sedation. Post 2/10. No cx. F/u 3 wk.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                  imaging="fluoroscopy", contrast=False, sedation="local")],
        drugs=[given("dexamethasone_sodium_phosphate", 10)], pain=(7, 2), need=ESI_NEED, dos="2025-10-30", pos="24",
        codes=[line("62321")], findings=[],
        comment="Contrast not used with a stated reason (iodine allergy): no contrast finding.")

    add("fdc-h-ilesi-02", "dictated shorthand", """
Repeat L4-5 ILESI w/ mod sedation

Hx: lumbar spinal stenosis w/ neurogenic claudication (M48.062). B/L buttock -> post thigh/calf pain + numb/heavy legs w/ walking, relieved by sitting, x 2 yr. PT x 12 wk, HEP, NSAIDs, gaba -- did not help. Walks < 1 block; stopped grocery shopping.
MRI: severe central stenosis L4-5 (ligamentum hypertrophy + listhesis).
Prior ESI: L4-5 ILESI 5 mo ago -> ~60% relief x 4 mo, walking ↑ to 4 blocks. This is her 3rd lumbar ESI in the past 12 mo.
Consent signed. time-out done. Pre 8/10.
Sedation: severe needle anxiety w/ prior vasovagal during ESI -> mod sedation. Versed 2 mg IV given by me, RN as independent observer, continuous SpO2/BP/ECG. Start 0910, end 0922 (12 min).
Prone. 1% lido 2 mL skin. 18g Tuohy L4-5 midline, LOR to saline. Omnipaque 240 2 mL: epidural spread b/l, no vasc/IT. Kenalog 80 mg + 3 mL PF NS. AP + lat saved.
Post 3/10. No cx. Recovered, d/c w/ driver.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                  imaging=None, contrast=True, sedation="moderate")],
        drugs=[given("midazolam", 2), given("lidocaine", 20), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-05-27", pos="11",
        codes=[line("62322"), line("99152"), line("J3301", units=8), line("Q9966", units=2)], findings=["imaging_guidance"],
        comment="Repeat with 60% x 4 mo (>= 50%, >= 90 days); 3 lumbar ESIs in 12 months (limit 4); moderate sedation "
                "by the proceduralist, 12 min with observer and justification: 99152 only. Gold correction (short18): 'AP + lat saved' "
                "names views but no modality: by the corpus convention (dev g-si-joint-injection-06, dev_fresh_as "
                "fas-tfesi-03) imaging is null, 62322, office contrast Q9966 x2 (Omnipaque 240, 2 mL), imaging_guidance.")

    add("fdc-h-mbb-01", "dictated shorthand", """
L L3, L4 MB + L5 DR blk, then contralat (b/l) -- MBB #1 (dx)

71 y/o, 2 yr axial LBP, worse w/ standing/extension, no leg sx; dx lumbosacral spondylosis w/o radic (M47.817). Failed PT x 8 wk + HEP + NSAIDs (GI upset, stopped). Can't stand to cook or garden > 10 min.
Consent signed. time-out done. Pre 6/10.
Prone, fluoro. L side: 22g ndls to L L3 + L4 MB (SAP/TP jxn) and L L5 DR (sacral ala groove); obl + AP ok. 0.5 mL 0.5% bupi ea. Same repeated on the R.
No sedation. Post 0/10 (100%). No cx. Diary x 8 h.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(6, 0), need=SPINE_NEED, dos="2026-09-09", pos="11",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        comment="Left then 'same repeated on the R': bilateral; L3+L4 MB and L5 DR = joints L4-L5, L5-S1; 6 nerves x 2.5 mg.")

    add("fdc-h-rfa-01", "dictated shorthand", """
R C5-6 & C6-7 RFA -- repeat

R-sided neck + upper trap pain x 4 yr, worse w/ extension; dx cervical spondylosis (M47.812). PT x 6 wk, NSAIDs, HEP -- failed before 1st RFA. Limits reversing car, can't read in bed.
Last RFA same levels 8 mo ago -> ~70% relief x 7 mo, off tramadol; pain back to baseline 1 mo. 2nd RFA in 12 mo.
Consent signed. Pre 7/10.
Prone, fluoro (lat + AP). 20g 10 mm curved RF cannulas to R C5, C6, C7 MB along the articular pillars. Sens 0.4 V; motor 2 Hz, no arm fasc. 0.5 mL 2% lido ea. Thermal lesion 80 °C x 90 s ea, 2 lesions per nerve.
No sedation. Post 3/10.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                  levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 30)], pain=(7, 3), need=SPINE_NEED, complications=None, dos="2026-10-14", pos="24",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["complications", "time_out"],
        comment="Repeat RFA with 70% x 7 months (>= 50%, >= 180 days); second facet RFA in 12 months (limit 2). "
                "No time-out and no complications statement.")

    add("fdc-h-si-01", "dictated shorthand", """
R SIJ inj -- therapeutic

Dx: R sacroiliitis (M46.1). R buttock/groin pain x 3 yr, + Gaenslen, + FABER, + thigh thrust. Dx R SIJ blk 2024 -> 90% relief. PT x 6 wk + NSAIDs + SI belt, little help. Can't sit > 30 min or climb stairs w/o rail.
Each prior therapeutic R SIJ inj -> ~70% relief x 3 mo. This is her 5th R SIJ inj in the past 12 mo.
Consent signed. time-out done. Pre 7/10.
Prone; fluoro, caudal tilt. 22g ndl to inferior R SIJ; Omnipaque 240 0.5 mL -> arthrogram, no vasc. Kenalog 40 mg + 2 mL 0.25% bupi. AP + obl images saved.
No sedation. Post 2/10 (71% relief). No cx.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                  imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)], pain=(7, 2),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"), dos="2025-09-16", pos="24",
        codes=[line("27096", "RT")], findings=["frequency"],
        comment="5 therapeutic SI sessions in 12 months including today (limit 4): frequency. Prior response 70% x 3 months.")

    add("fdc-h-snb-01", "dictated shorthand", """
L SIJ lat branch blks (L5 DR + S1/S2/S3 LB)

Dx: L sacroiliitis (M46.1); L PSIS/buttock pain x 1 yr, + provocation 3/5. PT x 6 wk + NSAIDs failed. Pre-RFA screening.
Consent signed. time-out done. Pre 6/10.
Prone; fluoro. 25g ndls to L L5 DR (ala groove) and lat to L S1, S2, S3 post foramina. 0.5 mL 0.5% bupi ea (4 sites).
No sedation. Post 1/10, ~83% ↓. No cx.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="left",
                  imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10)], pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care"),
        dos="2026-02-24", pos="11", codes=[line("64451", "LT")], findings=[])

    add("fdc-h-gnrfa-01", "dictated shorthand", """
L knee genicular RFA (SM / SL / IM)

Dx: L knee OA (M17.12), KL grade 4; not a TKA candidate. Knee pain x 6 yr, HA/steroid inj, PT, NSAIDs -- failed. Walks < 2 blocks.
L GNB 1 mo ago -> 80% ↓ x 6 h.
Consent signed. time-out done. Pre 8/10.
Supine, knee bolster, fluoro AP/lat. 18g 10 mm cannulas to L SM, SL, IM genicular nn. Sensory < 0.6 V, motor 2 Hz no distal twitch. 2 mL 1% lido ea. Thermal RF 80 °C x 90 s ea.
No sedation. Post 3/10. No cx.
""", procs=[proc("genicular_rfa", region="knee", laterality="left", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(8, 3), need=("diagnosis",), dos="2026-06-30", pos="24",
        payer="medicare_cgs", codes=[line("64624", "LT")], findings=[])

    add("fdc-h-stellate-01", "dictated shorthand", """
L SGB, US-guided

Dx: CRPS I of L upper limb (G90.512) after wrist fx; burning, allodynia, swelling + color change L hand x 5 mo. OT + gaba + prednisone taper -- minimal help.
Consent signed. time-out done. Pre 8/10 L hand.
Supine, neck ext. Linear probe @ C6 (Chassaignac): 25g ndl in-plane to prevertebral fascia over longus colli, avoiding vert a./thyroid. Aspiration neg; ropivacaine 0.5% 6 mL in 1 mL aliquots. US image saved.
No sedation. L hand temp 30.1 -> 33.8 °C, L ptosis/miosis (Horner) at 10 min. No cx. Home w/ escort.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left", imaging="ultrasound",
                  sedation="none")],
        drugs=[given("ropivacaine", 30)], pain=(8, None), need=("diagnosis",), dos="2025-12-10", pos="22",
        codes=[line("64510"), line("76942", "26")], findings=["post_procedure_pain_score"],
        comment="Block effect documented (temperature rise, Horner) but no post-procedure pain score.")

    add("fdc-h-lsb-01", "dictated shorthand", """
R L3 lumbar symp blk

Dx: CRPS I, R lower limb (G90.521), after ankle ORIF 8 mo ago. Cold, mottled, allodynic R foot. PT desensitization + gaba + duloxetine, partial only.
Consent signed. time-out done. Pre 7/10.
Prone, fluoro. 22g 15 cm ndl to anterolat R L3 vertebral body (obl then lat). Isovue-M 200 2 mL -> linear prevertebral spread along psoas border, no vasc. 10 mL 0.25% bupi in aliquots.
No sedation. R foot temp 27.9 -> 32.6 °C. Post 3/10. No cx.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right", levels=["L3"],
                  imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iopamidol", 2, "ml"), given("bupivacaine", 25)], pain=(7, 3), need=("diagnosis",),
        dos="2026-04-07", pos="11", codes=[line("64520"), line("77002"), line("Q9966", units=2)], findings=[],
        comment="64520 does not include imaging: 77002, and the office contrast (iopamidol 200 mgI/mL) is Q9966 per mL.")

    add("fdc-h-scs-01", "dictated shorthand", """
SCS trial -- 2 perc leads

Dx: FBSS / post-laminectomy syndrome (M96.1) w/ b/l leg radicular pain, L > R, x 3 yr since L4-5 fusion. Failed PT x 3 mo, gaba, duloxetine, 2 ESIs, RFA. Can't walk > 5 min, sleep 3 h/night.
Psych eval (pain psychologist): no contraindication, cleared for SCS.
Consent signed. time-out done. Pre 8/10.
Prone, fluoro. 1% lido 10 mL skin/tract. 14g Tuohy @ L1-2 L paramedian, LOR; 8-contact perc lead advanced to top of T8. 2nd Tuohy @ L2-3, lead to mid T9. Paresthesia mapped, both legs covered. Leads anchored to skin, dressed.
Local only, no sedation. Post 5/10 w/ stim on. No cx. Trial x 7 days.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 100)], pain=(8, 5), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-01-28", pos="22", codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fdc-h-scs-02", "dictated shorthand", """
SCS implant: 2 perc leads + IPG

Dx: FBSS (M96.1), b/l leg pain x 3 yr; PT x 3 mo, meds, ESIs, RFA all failed. Psych eval done, cleared.
Trial 2/2026 (7 d): ~70% leg pain relief, walking 30 min, opioid use halved.
Consent signed. time-out done.
Prone, fluoro. 1% lido 20 mL local. Two 8-contact perc leads via L1-2 + L2-3 Tuohys to T8 and T9, positions matched to trial, paresthesia coverage both legs confirmed. Leads anchored to fascia, tunneled to R upper buttock pocket; IPG connected + impedances OK. Layered closure.
Pt declined MAC -- local only. No cx. EBL < 10 mL.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 200)], pain=(None, None),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-03-31", pos="22", codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[])

    add("fdc-h-kypho-01", "dictated shorthand", """
L1 kyphoplasty, bipedicular

Dx: osteoporotic compression fx L1 (M80.08XA), fall 5 wk ago. Brace + analgesics x 5 wk, pain persists 9/10 w/ any standing; bedbound most of day.
MRI: acute L1 fx, STIR edema, ~35% height loss, no retropulsion.
Consent signed. time-out done. Pre 9/10.
Prone, biplanar fluoro. Lido local infiltrated. 11g trocars via both L1 pedicles; balloons inflated (height partly restored), cavities filled w/ PMMA (4 mL total), no extravasation on lat.
Local only. Post 4/10. No cx.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"], imaging="fluoroscopy",
                  sedation="local")],
        drugs=[given("lidocaine", None)], pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care",
                                                             "functional_impairment", "imaging_findings"),
        dos="2026-09-23", pos="22", codes=[line("22514")], findings=["drug_dose"],
        comment="Lidocaine named but no amount: drug_dose (augmentation asks for the dose of a drug given).")

    add("fdc-h-pump-02", "dictated shorthand", """
ITB pump refill

Dx: severe LE spasticity 2/2 T6 SCI, intrathecal baclofen pump. Tone stable, no withdrawal signs. Alarm date in 2 wk.
Consent signed. time-out done.
Refill by RN: pump interrogated, res vol 1.8 mL; 22g Huber via template, residual aspirated, 20 mL baclofen 2000 mcg/mL instilled. Pt tolerated well.
No cx. Next refill 3 mo.
""", procs=[proc("pump_refill", sedation=None)], drugs=[given("baclofen", 40)], pain=(None, None),
        need=("diagnosis",), dos="2026-11-04", pos="11", codes=[line("95990")], findings=["approach"],
        comment="Clinical staff refilled; reprogramming neither stated nor denied: approach; 95990 (no reprogramming stated).")

    add("fdc-h-ppn-01", "dictated shorthand", """
L suprascapular NB, US-guided

Dx: L shoulder OA (M19.012), glenohumeral; not a surgical candidate. Pain x 2 yr, worse overhead; PT + NSAIDs + IA steroid -- short relief only.
Consent signed. time-out done. Pre 7/10.
Seated. Linear probe over L suprascapular notch; 22g ndl in-plane to the notch beneath transverse lig. Bupi 0.5% 5 mL + dexamethasone 4 mg (1 mL single-dose vial, none wasted). US image saved.
No sedation. Post 2/10. No cx.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="left",
                  imaging="ultrasound", sedation="none")],
        drugs=[given("bupivacaine", 25), given("dexamethasone_sodium_phosphate", 4)], pain=(7, 2), need=("diagnosis",),
        dos="2026-10-21", pos="11",
        codes=[line("64418", "LT"), line("76942"), line("J1100", "JZ", units=4)], findings=[],
        comment="Single-dose vial, nothing discarded, DOS after 2023-07-01: JZ on the drug line.")
