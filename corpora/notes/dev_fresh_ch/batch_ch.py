"""Sealed batch `dev_fresh_ch` (`fch-*`): 30 terse shorthand procedure notes, written by hand for this batch.

Busy-physician shorthand: abbreviations, arrows, fragments, numbers for everything. The `fch-*` half is typed
into a terse field template (labels such as 'Ind:', 'Dx:', 'Proc:'); the `fch-h-*` half is free shorthand
dictation with the hard cases (side written differently in title and body, three facet joints, unnamed steroid,
repeat without a documented response, RF with no temperature, moderate sedation by the proceduralist). Gold was
labelled from the text before any Painpoint run, following corpora/README.md.
"""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    """Queue the 30 notes of the batch with their gold."""
    _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fch-tfesi-01", "terse template", """
L L5-S1 TFESI
Pre: NPO >6h, no anticoag, NKDA. BP 134/80, HR 76.
Ind: 58yo w/ LBP + L leg pain x 5 mo, shoots to L post thigh/lat calf, numb L foot dorsum. +SLR L @ 40deg.
Failed: PT x 8 wks (no change), meloxicam, gabapentin 300 tid -> no relief.
Fxn: can't sit >15 min, stopped golf, wakes 3x/night.
MRI L/S 1/26: L5-S1 L paracentral HNP, L S1 root contact.
Dx: L5-S1 HNP w/ radic (M51.17).
Consent signed, risks/benefits/alts d/w pt. Time-out done.
Proc: prone, prep/drape. Skin LA lido 1% 2cc. Fluoro obl -> 22g Quincke to L L5-S1 foramen (subpedicular). Omnipaque 240 1.5cc:
epidural + along L S1 root, no vasc. Inj Kenalog 40 + bupi 0.25% 1cc.
AP/lat saved.
NRS 7 -> 2.
No cx. D/c home stable. F/u 2 wks.
Plan: HEP, PT re-eval, f/u 2 wks; call if fever, new weakness or bowel/bladder change.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20.0), given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40.0),
               given("bupivacaine", 2.5)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("J3301", units=4)], findings=[],
        dos="2026-02-11", pos="11")

    add("fch-tfesi-02", "terse template", """
B/L L4-5 & L5-S1 TFESI
ASA 81 held 7d. Allergy: PCN (rash). VS stable.
Ind: b/l leg pain > LBP ~4 mo, burning down both legs to knees, L>R. Neurogenic claudication, walks ~1 block.
Tx so far: PT, NSAIDs, HEP.
Fxn: ↓ walking/standing, can't do groceries alone.
MRI L/S: DDD L4-5/L5-S1, b/l foraminal stenosis mod-severe L4-5, mod L5-S1.
Dx: lumbar spinal stenosis w/ neurogenic claudication (M48.062).
Informed consent. Timeout verified.
Fluoro. 22g spinal b/l L4-5 and L5-S1 foramina (4 needles). Isovue-M 200 total 4cc -> epidural spread, no intravasc.
Dex 2.5mg each site (10mg total) + NSS.
Images AP + lat saved.
NRS pre 8, post 3.
Complications: none.
Plan: back to clinic 3 wks, walking program, consider surgical consult if no better.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 4.0, "ml"), given("dexamethasone_sodium_phosphate", 10.0)],
        pain=(8, 3), need=minus(ESI_NEED, "conservative_care"),
        codes=[line("64483", "50"), line("64484", "50")], findings=["conservative_care"],
        dos="2025-07-22", pos="24",
        comment="Care is only listed ('PT, NSAIDs, HEP'): no length and no outcome.")

    add("fch-tfesi-03", "terse template", """
R C6-7 TFESI
Pre-op: NPO ok, plt wnl, no blood thinners. Allergies: NKDA.
Ind: neck pain + R arm pain x 14 wks -> lat forearm/thumb, paresthesias R thumb/index. Spurling + R. ↓ R biceps reflex.
Failed PT x 6 wks + cervical traction, pain unchanged; naproxen -> GI upset, stopped.
Fxn: can't work at computer >30 min, ↓ sleep.
MRI C/S 8/25: R C6-7 foraminal stenosis (uncovertebral spur), R C7 root impinged.
Dx: cervical radiculopathy (M54.12).
Consent obtained. Time out.
Fluoro AP/obl, 25g spinal to R C6-7 foramen post. aspect. Omnipaque 240 0.8cc live fluoro, no vasc uptake. Dex 10mg.
2 views saved.
Pre NRS 6.
No complications. To PACU, d/c.
Plan: soft collar PRN, resume PT next wk, f/u 2-3 wks, pt to call w/ any new weakness.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.8, "ml"), given("dexamethasone_sodium_phosphate", 10.0)],
        pain=(6, None), need=ESI_NEED, codes=[line("64479", "RT")],
        findings=["post_procedure_pain_score"], dos="2025-09-03", pos="22")

    add("fch-tfesi-04", "terse template", """
Repeat R L4-5 TFESI
Pre: A&O x3, VSS, FSBG 118 (DM2), no anticoag.
Hx: s/p R L4-5 TFESI 5/23 -> ~60% relief x 4 mo, now pain back.
Ind: R leg pain x 9 mo to R ant shin, R L4 distribution, ↓ R patellar reflex.
Failed PT 10 wks -> no lasting relief; tramadol PRN not tolerated (nausea).
Fxn: limp, can't climb stairs w/o rails.
MRI L/S: R L4-5 foraminal HNP compressing exiting R L4.
Dx: lumbar HNP w/ radic (M51.16).
Consent: yes, signed. Time-out: yes.
Fluoro, 22g to R L4-5 foramen. Omnipaque 240 1cc. Depo-Medrol 80 + lido 1% 1cc.
Saved AP/lat.
Pain 8 -> 3.
No cx.
Glucose may ↑ x 2-3 days, pt aware. F/u 3 wks, cont PT.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.0, "ml"), given("methylprednisolone_acetate", 80.0), given("lidocaine", 10.0)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("J1040")], findings=[],
        dos="2023-10-05", pos="11")

    add("fch-ilesi-01", "terse template", """
L5-S1 ILESI
Pre: NPO, clopidogrel held 7 days per cards, NKDA.
Ind: LBP + b/l buttock/post thigh pain -> calves, tingling both feet x 6 mo.
Failed: PT 12 wks, chiro x 8 visits, ibuprofen -> minimal/no benefit.
Fxn: can't sit through work shift, ↓ ADLs.
Dx: lumbosacral radiculopathy (M54.17).
Consent done. Timeout done.
Prone. Fluoro. 18g Tuohy L5-S1 interlaminar, midline, LOR to saline @ 5.5cm. Omnipaque 240 2cc -> epidural, no IT/vasc.
Kenalog 80 + NSS 3cc.
AP/lat saved.
NRS 6 -> 2.
No cx, VSS.
Plan: restart clopidogrel tomorrow, f/u 2 wks, HEP; if <50% relief consider repeat vs TFESI.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2.0, "ml"), given("triamcinolone_acetonide", 80.0)],
        pain=(6, 2), need=minus(ESI_NEED, "imaging_findings"),
        codes=[line("62323"), line("J3301", units=8)], findings=["imaging_findings"], dos="2025-06-17", pos="11")

    add("fch-caudal-01", "terse template", """
Caudal ESI
Pre: no anticoag, NKDA, VSS. Pt prone w/ pillow under hips.
Ind: s/p L4-S1 fusion 2021, persistent b/l leg pain (L>R) radiating below knees + numbness feet x >1 yr.
Failed: PT 8 wks, gabapentin 600 tid, duloxetine -> still 7/10.
Fxn: walks <10 min, needs cane, ↓ sleep.
CT myelo 3/24: epidural fibrosis L5-S1, b/l L5 foraminal narrowing.
Dx: postlaminectomy syndrome (M96.1).
Consent yes. Time-out yes.
Fluoro lat. 20g Tuohy via sacral hiatus, Isovue-M 300 3cc -> epidural fill to L5, no vasc.
Depo-Medrol 80 + bupi 0.25% 4cc + NSS 4cc.
AP + lat saved.
NRS 7 -> 3.
No cx.
Obs 20 min, ambulated w/o difficulty. Plan: f/u 3 wks, SCS eval if no lasting benefit.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3.0, "ml"), given("methylprednisolone_acetate", 80.0), given("bupivacaine", 10.0)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("J1010", units=80)], findings=[],
        dos="2024-08-14", pos="11")

    add("fch-mbb-01", "terse template", """
B/L L4-5, L5-S1 MBB #1 (diagnostic)
Pre: no anticoag, NKDA, VSS. No steroid given (dx block only).
Ind: axial LBP x 8 mo, worse ext/rotation, no radic sx. Facet loading + b/l.
Failed: PT 8 wks + HEP, NSAIDs, ice/heat -> no meaningful relief.
Fxn: can't stand >20 min, ↓ housework.
Dx: lumbar spondylosis w/o myelopathy/radic (M47.816).
Consent signed. Time-out done.
Fluoro. 22g spinal to b/l L3, L4 MB + L5 DR (6 needles). Bupi 0.5% 0.5cc each = 3cc total.
Pain 6 -> 1 @ 30 min, diary given.
No cx.
Plan: pain diary q1h x 6h, f/u 1 wk; if ≥80% relief -> MBB #2.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15.0)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        dos="2026-04-08", pos="11")

    add("fch-facet-02", "terse template", """
R L3-4, L4-5 facet inj (IA), therapeutic
PMH: OA, osteopenia. Exam: R paraspinal tender L3-5, SLR neg, neuro intact. MRI L/S: R L3-4/L4-5 facet arthropathy, no stenosis.
Pre: NPO, VSS, no anticoag. NKDA.
Ind: R sided LBP x 7 mo, no leg sx, worse w/ standing/ext.
Failed: PT 6 wks -> no better; celecoxib, lidocaine patches, minimal help.
Fxn: can't stand to cook >15 min.
Dx: lumbar facet arthropathy (M47.816).
Consent obtained, time out.
Fluoro obl. 22g into R L3-4 + R L4-5 facet jts. Kenalog 20 + lido 1% 0.5cc each joint.
NRS 7 -> 3.
No cx.
Plan: cont HEP + core strengthening, f/u 4 wks, ice PRN soreness.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40.0), given("lidocaine", 10.0)],
        pain=(7, 3), need=SPINE_NEED, codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=4)],
        findings=["diagnostic_block_relief"], dos="2026-01-20", pos="11",
        comment="Therapeutic facet injection with no earlier diagnostic block documented.")

    add("fch-rfa-01", "terse template", """
L L4-5, L5-S1 RFA
Pre: no pacemaker/ICD, no anticoag. Grounding pad L thigh. NKDA.
Ind: L axial LBP x 2 yrs. MBB #1 L L4-5/L5-S1 -> 90% x 6h, MBB #2 -> 85% x 8h.
Failed: PT 3 mo, NSAIDs, HEP -> no sustained relief.
Fxn: can't sit >30 min, ↓ gardening.
Dx: lumbar spondylosis (M47.816).
Consent signed. Time-out.
Fluoro. 18g 10mm active tip RF cannulas to L L3, L4 MB + L5 DR. Sensory/motor testing ok. Lido 2% 1cc each.
Lesions 80C x 90s x 3.
Pain 5 -> 2.
No cx.
Plan: may have ↑ soreness x 1-2 wks, ice, Tylenol PRN. F/u 4-6 wks.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60.0)],
        pain=(5, 2), need=SPINE_NEED, codes=[line("64635", "LT"), line("64636", "LT")], findings=[],
        dos="2025-03-12", pos="24")

    add("fch-si-01", "terse template", """
B/L SIJ inj (diagnostic)
PMH: HTN. Exam: b/l PSIS tender, SLR neg, no radic, neuro intact. MRI L/S: mild DDD, no stenosis.
Pre: VSS, NKDA, no blood thinners. Prone.
Ind: b/l buttock pain below L5 x 5 mo, + FABER/thigh thrust/compression b/l (3/5 +).
Failed: PT 8 wks SIJ program -> no improvement; NSAIDs.
Dx: sacroiliitis (M46.1).
Consent yes, time-out yes.
Fluoro. 22g spinal into inf. b/l SIJ. Isovue-M 200 1cc each side -> arthrogram.
Kenalog 20 + bupi 0.5% 1cc each side.
AP + obl saved.
NRS 8 -> 1; ~85% relief @ 30 min.
No cx.
Plan: pain diary x 6h, f/u 2 wks, cont SIJ belt + HEP.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 2.0, "ml"), given("triamcinolone_acetonide", 40.0), given("bupivacaine", 10.0)],
        pain=(8, 1), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("27096", "50"), line("J3301", units=4)], findings=[], dos="2024-11-06", pos="11")

    add("fch-occ-01", "terse template", """
L GON block
PMH: migraine, whiplash 2023. Meds: sumatriptan PRN, topiramate 50 bid -> partial help. Exam: Tinel + over L GON, pressure reproduces HA; cranial nn intact, no focal deficits.
Seated, head flexed. NKDA. VSS.
Ind: L occipital HA x 6 mo, shooting from L occiput to vertex, tender L GON.
Dx: L occipital neuralgia (M54.81).
Consent obtained. Time out.
Landmark, medial to occ artery. 25g needle. Bupi 0.5% 2cc + Kenalog 20.
NRS 7 -> 1.
No cx.
HA diary, f/u 4 wks. May repeat if helpful, max q3 mo. Cont PT for neck posture.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                 imaging="none")],
        drugs=[given("bupivacaine", 10.0), given("triamcinolone_acetonide", 20.0)],
        pain=(7, 1), need=("diagnosis",), codes=[line("64405", "LT"), line("J3301", units=2)], findings=[],
        dos="2025-11-19", pos="11")

    add("fch-knee-01", "terse template", """
R knee IA inj
PMH: HTN, GERD. Meds: meloxicam 7.5 qd. Exam: R knee crepitus, med jt line tender, ROM 0-110, ligaments stable.
Pt seated, knee flexed 90. NKDA. Not on anticoag. Skin intact, no effusion, no erythema.
Ind: R knee pain x 2 yrs, OA, ↓ walking, failed NSAIDs/PT.
XR: R knee med jt space narrowing, osteophytes.
Dx: primary OA R knee (M17.11).
Time-out done.
Landmark, superolateral approach, 22g 1.5in. Depo-Medrol 40 + lido 1% 3cc.
NRS 6 -> 2.
No cx.
Band-aid. Plan: rest 24-48h, ice, HEP quad set, f/u 6 wks; if no better -> visco vs ortho referral.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="right",
                 imaging="none")],
        drugs=[given("methylprednisolone_acetate", 40.0), given("lidocaine", 30.0)],
        pain=(6, 2), need=("diagnosis",), codes=[line("20610", "RT"), line("J1030")], findings=["consent"],
        dos="2024-02-20", pos="11", consent=False)

    add("fch-tpi-01", "terse template", """
TPI x3 muscles
PMH: anxiety, desk job. Meds: cyclobenzaprine qhs, ibuprofen PRN -> partial only. Exam: 3 active TrPs, jump sign +, neck ROM full, neuro intact UE.
Seated, arms supported. NKDA. No anticoag.
Ind: R neck/shoulder myofascial pain x 4 mo, taut bands + twitch, referred pain to R scapula.
Dx: myalgia, R upper back (M79.18).
Consent signed. Time-out.
25g 1.5in. R upper trap, R levator scap, R rhomboid major: lido 1% 1cc each (3cc).
NRS 7 -> 3, ~60% relief.
No cx.
Plan: stretching HEP, heat, ergonomic changes at work desk, f/u 4 wks.
""", procs=[proc("trigger_point", region="other", laterality="right", imaging="none")],
        drugs=[given("lidocaine", 30.0)],
        pain=(7, 3), need=("diagnosis",), codes=[line("20553")], findings=[], dos="2026-06-02", pos="11")

    add("fch-stellate-01", "terse template", """
L stellate ganglion blk
Pre: NPO, VSS, no anticoag, IV placed. Monitors on.
Ind: L hand/forearm burning, allodynia, swelling, color change x 5 mo after wrist fx. Failed OT, gabapentin.
Dx: CRPS I L upper limb (G90.512).
Consent signed. Time-out.
Fluoro AP/obl. 22g spinal to L C6 ant tubercle/vertebral body jxn. Omnipaque 300 1cc, no vasc/IT.
Bupi 0.25% 8cc fractionated.
L Horner's, L hand temp ↑ 2.5C.
NRS 8 -> 4.
D/c home.
Plan: OT desensitization same wk, f/u 2 wks, consider series x3 if good response.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1.0, "ml"), given("bupivacaine", 20.0)],
        pain=(8, 4), need=("diagnosis",), codes=[line("64510"), line("77002", "26")],
        findings=["complications"], dos="2026-08-27", pos="24", complications=None)

    add("fch-pump-01", "terse template", """
ITP refill
Pump: 40 mL reservoir, rate 1.2 mg/day, last refill 89 days ago. PMH: HTN. Stable pain control on current rate, no withdrawal/overdose sx.
Supine. Pump palpated L abd, site c/d/i, no seroma.
Ind: FBSS, chronic b/l leg pain, intrathecal morphine pump.
Dx: postlaminectomy syndrome (M96.1).
Consent yes. Time-out yes.
Pump interrogated, resid vol 2.1cc (expected 2.0). Reservoir emptied. Refilled by me w/ morphine 25mg/mL x 20cc.
No rate change, not reprogrammed. Next refill 90 days.
No cx.
Sterile technique, 22g Huber needle, aspiration confirmed. Alarm date reset. Pt instructed on withdrawal/overdose s/sx.
""", procs=[proc("pump_refill", region="lumbar")],
        drugs=[given("morphine", 500.0)],
        pain=(None, None), need=("diagnosis",), codes=[line("95991")], findings=[], dos="2026-09-15", pos="11")


def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fch-h-tfesi-01", "shorthand dictation", """
L L4/5 TFESI
NKDA, no anticoag, VSS.

61 yo c/o R>>L leg pain x 3 mo, down R lat thigh -> R shin, + R SLR, numb R big toe. PT 6 wks didn't help, Medrol dosepak helped briefly only.
Can't walk dog, can't sleep on R side. MRI L/S: R foraminal HNP L4-5 w/ R L4 root compression.
Dx lumbar disc herniation w/ radiculopathy M51.16.
Consent ok. Time out.
Fluoro, 22g spinal to R L4-5 foramen, Omnipaque 240 1cc neurogram R L4 no vasc, dex 10mg.
AP/lat images saved. 7 -> 3. No cx.
Plan: f/u 2 wks, PT after.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.0, "ml"), given("dexamethasone_sodium_phosphate", 10.0)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("J1100", units=10)],
        findings=["laterality_conflict"], dos="2025-09-30", pos="11",
        comment="Title says left; history, exam and the needle are right. Codes follow the description (right).")

    add("fch-h-tfesi-02", "shorthand dictation", """
L L5-S1 + L S1 TFESI
NKDA. No anticoag. VS ok, prone.
c/o L buttock -> sole pain x 4 mo, L S1 dist, ↓ L ankle jerk. PT 8 wks -> no change, gabapentin -> too sedating.
MRI L/S L5-S1 L HNP w/ L S1 compression. Dx: L S1 radiculopathy M54.17.
Consent. Time-out.
Fluoro, 22g L L5-S1 foramen + 22g L S1 foramen via S1 post. sacral foramen. Isovue-M 200 1cc each, no vasc.
Celestone 3mg each (6mg) + bupi 0.25% 1cc each.
AP/lat saved. Pain 7 -> 2. No cx.
Obs 15 min, d/c home w/ driver. F/u 2-3 wks. ED precautions reviewed.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2.0, "ml"), given("betamethasone_sodium_phosphate_acetate", 6.0),
               given("bupivacaine", 5.0)],
        pain=(7, 2), need=minus(ESI_NEED, "functional_impairment"),
        codes=[line("64483", "LT"), line("64484", "LT")], findings=["functional_impairment"],
        dos="2026-03-24", pos="22")

    add("fch-h-tfesi-03", "shorthand dictation", """
Repeat R L4-5 TFESI (#2). #1 8/26, helped some.
PMH: HTN, CKD 2. Exam: R quad 4+/5, ↓ R patellar reflex, ↓ sensation R med shin.
Still R ant thigh/knee pain x 5 mo, R L4, + femoral stretch R. PT x 6 wks + HEP, no better. NSAIDs -> GI upset.
Can't kneel or do stairs at work. MRI L/S: R far lat HNP L4-5, R L4 compressed.
Dx: lumbar radiculopathy (M54.16).
Consent/time out done.
Fluoro, 22g R L4-5 foramen, Omnipaque 240 1cc, Kenalog 40.
AP/lat saved. NRS 6 -> 2. No cx.
Plan: f/u 3 wks, if still bad -> surgical consult. NKDA, no anticoag, VSS pre/post.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.0, "ml"), given("triamcinolone_acetonide", 40.0)],
        pain=(6, 2), need=ESI_NEED, codes=[line("64483", "RT"), line("J3301", units=4)],
        findings=["prior_procedure_response"], dos="2026-10-14", pos="11",
        comment="A repeat whose earlier response is only 'helped some': no percent or duration.")

    add("fch-h-tfesi-04", "shorthand dictation", """
L L5-S1 TFESI
Pre: NKDA, VSS, no anticoag.
PMH: HTN, prediabetes. Exam: L EHL 4+/5, ↓ sensation L lat foot.
c/o L leg pain to lat foot x 10 wks, L S1 numbness, +SLR L. PT 6 wks -> no relief, naproxen no help.
↓ sitting <20 min, missed work. MRI: L5-S1 L subarticular HNP, L S1 root effaced.
Dx lumbosacral radic M54.17.
Informed consent. Time out.
Fluoro, 22g to L L5-S1 foramen, Omnipaque 240 1cc, no vasc. Steroid 40mg + bupi 0.25% 1cc.
AP + lat saved. 8 -> 4. No cx.
Plan: f/u 2 wks, cont PT, work note x2 days.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.0, "ml"), given("bupivacaine", 2.5)],
        pain=(8, 4), need=ESI_NEED, codes=[line("64483", "LT")], findings=["drug_name"],
        dos="2026-07-07", pos="11", comment="The steroid is not named: no steroid in the gold, no drug line.")

    add("fch-h-ilesi-01", "shorthand dictation", """
C7-T1 ILESI
Pre: NPO, plt ok, no anticoag x 7d, NKDA.
pt w/ neck pain + b/l arm pain/tingling into hands x 6 mo, L>R, ↓ grip L. PT 8 wks + traction -> no change, meloxicam stopped (no help).
Can't drive (head turning), dropping things. MRI C/S: C5-6, C6-7 DDD, mod b/l foraminal stenosis C6-7.
Dx cervical foraminal stenosis w/ radic (M48.02).
Consent signed. Timeout.
Fluoro AP/lat/contralat obl. 20g Tuohy C7-T1 paramedian L, LOR saline, Omnipaque 240 1.5cc -> epidural.
Kenalog 40 + NSS 2cc.
AP/CLO saved. NRS 7 -> 3. No cx.
Obs 20 min, neuro intact. Plan: f/u 3 wks, PT.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40.0)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62321")], findings=[], dos="2025-12-09", pos="24")

    add("fch-h-ilesi-02", "shorthand dictation", """
L4-5 ILESI w/ mod sedation
NPO >8h, ASA class 2, airway ok.
c/o LBP + b/l leg pain -> calves x 5 mo, + SLR b/l. PT 10 wks + NSAIDs -> no relief.
↓ walking to 1 block, stopped work. MRI L/S: L4-5 central HNP + mod central stenosis.
Dx L4-5 HNP w/ radic M51.16.
Consent. Time-out.
Severe needle anxiety (prior vasovagal) -> mod sedation by me: versed 2mg + fentanyl 50mcg IV, RN observer, start 0902 stop 0918 (16 min).
Fluoro. 18g Tuohy L4-5 interlaminar midline, LOR, Omnipaque 240 2cc -> epidural. Dex 10mg (10mg/mL SDV, 0 wasted) + NSS 3cc.
AP/lat saved. Pain 8 -> 3. No cx.
Recovered to baseline, Aldrete 10. D/c w/ driver. F/u 2 wks.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2.0), given("fentanyl", 0.05), given("iohexol", 2.0, "ml"),
               given("dexamethasone_sodium_phosphate", 10.0)],
        pain=(8, 3), need=ESI_NEED,
        codes=[line("62323"), line("99152"), line("J1100", "JZ", units=10)], findings=[],
        dos="2026-05-13", pos="11")

    add("fch-h-caudal-01", "shorthand dictation", """
Caudal ESI
NKDA, no anticoag, VS ok.
PMH: DM2. EMG: b/l chronic S1 radiculopathy. Exam: ↓ ankle jerks b/l, +SLR L @ 50.
FBSS, s/p L5-S1 lami. b/l leg pain below knees, L>R, numb feet. PT 8 wks, HEP, gabapentin -> no benefit.
↓ walking, can't stand to shower. MRI L/S: L5-S1 epidural scar, b/l S1 root encasement.
Dx postlaminectomy syndrome M96.1.
Consent. Time-out.
Fluoro lat, 20g Tuohy via hiatus, Omnipaque 240 3cc -> epidural to L5. Kenalog 80 + NSS 5cc.
Image saved. 7 -> 3. No cx.
Plan: f/u 3 wks; if no help -> SCS trial discussion.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3.0, "ml"), given("triamcinolone_acetonide", 80.0)],
        pain=(7, 3), need=minus(ESI_NEED, "symptom_duration"), codes=[line("62323")],
        findings=["saved_images", "symptom_duration"], dos="2026-02-26", pos="22",
        comment="No duration of the leg pain (the surgery date is no symptom duration); one image saved.")

    add("fch-h-mbb-01", "shorthand dictation", """
R C3-4, C4-5 MBB, dx block #1
PMH: OSA, HTN. Exam: R C3-5 paraspinal tender, Spurling neg, strength 5/5 UE, DTR 2+ sym.
Pre: prone, VSS, no anticoag, NKDA.
axial R neck pain x 1 yr, worse w/ ext/rotation R, no arm sx. PT 8 wks + HEP, NSAIDs -> no relief.
Can't check blind spot driving, ↓ sleep.
Dx cervical spondylosis w/o myelopathy/radic M47.812.
Consent, time out.
Fluoro lat, 25g spinal to R C3, C4, C5 MB. Bupi 0.5% 0.3cc each.
NRS 6 -> 1. No cx.
Pain diary q1h x 6h. If ≥80% -> MBB #2, then RFA. F/u 1 wk.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 4.5)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        findings=[], dos="2026-09-29", pos="24")

    add("fch-h-mbb-02", "shorthand dictation", """
L lumbar MBB x3 levels, diagnostic
PMH: CAD s/p stent, ASA continued (low bleed risk). Exam: L paraspinal tenderness L3-S1, SLR neg b/l, strength/sensation intact. MRI: L facet hypertrophy L3-S1, mild DDD.
Pre: NKDA, no anticoag, VSS.
L axial LBP x 9 mo, facet loading + L, no radic. PT 3 mo -> failed, NSAIDs/muscle relaxer -> no relief.
↓ lifting, can't stand >15 min.
Dx lumbar spondylosis M47.816.
Consent. Time-out.
Fluoro, 22g L L2, L3, L4 MB + L L5 DR. Lido 2% 0.5cc each.
Pain 7 -> 2. No cx.
Diary x 6h, f/u 1 wk, plan 2nd block if ≥80%.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 40.0)],
        pain=(7, 2), need=SPINE_NEED,
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["level_limit"], dos="2026-04-21", pos="11",
        comment="L2, L3, L4 MB + L5 DR = joints L3-L4, L4-L5, L5-S1: three facet levels in one session.")

    add("fch-h-facet-03", "shorthand dictation", """
R L4-5, L5-S1 MBB #2 (confirmatory)
Meds: diclofenac gel, APAP PRN. Works as auto mechanic, bending all day.
PMH: HTN. Exam: R paraspinal tender L4-S1, facet loading + R, SLR neg, neuro intact.
NKDA. No anticoag. VSS.
MBB #1 4 wks ago -> 85% x 6h. R axial LBP x 10 mo, no leg sx. PT 8 wks + HEP -> no relief, NSAIDs -> no help.
↓ standing/walking >20 min.
Dx lumbar spondylosis M47.816.
Consent. Time out.
Fluoro, 22g to R L3, L4 MB + R L5 DR, bupi 0.5% 0.5cc each.
Post 1/10. No cx.
Diary given. If ≥80% again -> R L4-5/L5-S1 RFA. F/u 1 wk.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(None, 1), need=SPINE_NEED, codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")],
        findings=["pre_procedure_pain_score"], dos="2026-05-05", pos="22")

    add("fch-h-rfa-01", "shorthand dictation", """
B/L L4-5, L5-S1 RFA
PMH: HTN, GERD. Exam: b/l facet loading +, SLR neg b/l, neuro intact.
Pre: no pacer, no anticoag, NKDA, grounding pad placed.
axial LBP x 3 yrs. MBB #1 -> 100%, MBB #2 -> 80%, both b/l L4-5/L5-S1. PT 12 wks, NSAIDs -> no lasting relief.
↓ sitting, can't lift >10 lb.
Dx lumbar spondylosis M47.816.
Consent. Time out.
Fluoro, RF cannulas b/l L3, L4 MB + L5 DR (6 sites), sensory/motor stim ok, lido 2% 0.5cc each, lesion 90s each.
NRS 6 -> 3. No cx.
Post soreness counseling, ice, f/u 6 wks.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60.0)],
        pain=(6, 3), need=SPINE_NEED, codes=[line("64635", "50"), line("64636", "50")],
        findings=["approach"], dos="2025-10-21", pos="11",
        comment="No lesion temperature or technique: rfa.technique (element approach).")

    add("fch-h-rfa-02", "shorthand dictation", """
Repeat R L4-5 RFA
PMH: HTN, hypothyroid. Meds: meloxicam 15 qd, cyclobenzaprine qhs. Exam: facet loading + R, SLR neg, neuro intact.
Pre: no pacer/ICD, NKDA, VSS.
s/p R L4-5 RFA 11/24 -> 70% relief x 8 mo, pain back x 3 mo. PT 8 wks before 1st RFA failed, HEP, NSAIDs -> no help now.
R axial LBP x 4 yrs, ↓ sitting/driving.
Dx lumbar spondylosis M47.816.
Consent. Time-out.
Fluoro, 18g RF cannulas R L3 + L4 MB, stim ok, lido 2% 1cc each, 80C x 90s each.
Pain 6 -> 2. No cx.
Plan: f/u 6 wks, cont HEP, ice PRN.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 40.0)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("64635", "RT")], findings=[], dos="2025-12-02", pos="22")

    add("fch-h-si-01", "shorthand dictation", """
L SIJ inj, therapeutic
Meds: metformin, lisinopril, APAP PRN.
PMH: DM2, HTN. Exam: L PSIS tender, SLR neg, no radic, neuro intact. Sitting tolerance ↓, worse on stairs.
Pre: prone, NKDA, no anticoag.
L SIJ pain x 8 mo, + FABER, + thigh thrust L. diag L SIJ blk 6/26 -> 80% relief x 4h. PT 8 wks -> no relief, NSAIDs failed.
Dx sacroiliitis M46.1.
Consent. Time-out.
Fluoro, 22g into L SIJ inf. pole, Kenalog 40 + bupi 0.5% 1cc.
AP/obl saved. NRS 7 -> 2, ~70% relief. No cx.
Plan: SIJ belt, PT for pelvic stabilization, f/u 4 wks.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40.0), given("bupivacaine", 5.0)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("27096", "LT"), line("J3301", units=4)], findings=["contrast"], dos="2026-08-11", pos="11",
        comment="No word on contrast (neither used nor withheld with a reason).")

    add("fch-h-si-02", "shorthand dictation", """
R SIJ blk, diagnostic
PMH: HTN, obesity, lumbar fusion L4-5 2018. Meds: amlodipine, APAP PRN. Exam: R PSIS/sulcus tender, SLR neg, strength 5/5 b/l, no radic sx. Gait antalgic R.
Pre: prone, NKDA, no anticoag, VSS.
R buttock/groin pain x 6 mo, 4/5 provocation tests + R. PT 6 wks, HEP -> no relief.
Dx sacroiliitis M46.1.
Consent. Time-out.
Fluoro, 22g R SIJ, Isovue-M 200 0.5cc arthrogram, bupi 0.5% 2cc.
AP + obl saved. 7 -> 2. No cx.
Pain diary x 6h, f/u 1 wk; if positive -> discuss SIJ RFA vs fusion.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("bupivacaine", 10.0)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("27096", "RT")], findings=["percent_relief"], dos="2026-06-23", pos="24",
        comment="Relief only implied by the pre/post scores.")

    add("fch-h-gnb-01", "shorthand dictation", """
L genicular n. blk (SM, SL, IM)
PMH: HTN, BMI 34, TKA deferred (cardiac risk). Exam: L knee crepitus, med jt line tender, ROM 5-105, no effusion. XR: KL grade 3 L knee, med > lat.
Supine, bump under L knee. NKDA. No anticoag. No pacer.
L knee OA, pain x 3 yrs, failed PT, NSAIDs, steroid inj x2. RFA candidate.
Dx primary OA L knee M17.12.
Consent. Time-out.
Fluoro AP/lat, 22g to L SM, SL, IM genicular nn., bupi 0.5% 1.5cc each.
NRS 8 -> 2. No cx.
Pain diary x 6h, f/u 1 wk; if ≥50% -> L genicular RFA.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="left", imaging="fluoroscopy",
                 intent="diagnostic")],
        drugs=[given("bupivacaine", 22.5)],
        pain=(8, 2), need=("diagnosis",), codes=[line("64454", "LT")], findings=[], dos="2026-10-27", pos="11")
