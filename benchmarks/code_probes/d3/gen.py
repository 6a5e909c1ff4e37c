import yaml
I=[]
IND={"644":"Indication: axial spine pain, facet-mediated by exam, not helped by therapy and NSAIDs.",
"6448":"Indication: radicular leg or arm pain in a dermatomal pattern despite 8 weeks of PT and NSAIDs.",
"6447":"Indication: radicular arm pain in a dermatomal pattern despite 8 weeks of PT and NSAIDs.",
"6232":"Indication: radicular pain in a dermatomal pattern despite 8 weeks of PT and NSAIDs.",
"2061":"Indication: painful joint, osteoarthritis or bursitis, despite NSAIDs and home exercise.",
"2055":"Indication: myofascial pain with palpable taut bands reproducing the usual pain.",
"64405":"Indication: occipital neuralgia with tenderness over the nerve.",
"64418":"Indication: chronic shoulder pain not controlled by therapy.",
"27096":"Indication: sacroiliac joint pain with 3 positive provocation tests.",
"6463":"Indication: facet-mediated pain with >80% relief after two medial branch blocks."}
def ind(codes):
    c=codes[0].split()[0]
    for k in sorted(IND,key=len,reverse=True):
        if c.startswith(k): return IND[k]
    return "Indication: chronic pain, conservative care has failed."
DATES=["2024-05-07","2024-08-19","2024-11-04","2025-01-22","2025-04-15","2025-06-30","2025-09-09"]
def a(why,kind,note,codes,pos="11",dos="2025-03-11",payer="medicare"):
    lines=note.strip("\n").splitlines()
    if len(lines)<4:
        lines=lines[:1]+[ind(codes)]+lines[1:]+["Tolerated well; no complications; discharged home stable."]
    note="\n".join(lines)
    if dos=="2025-03-11": dos=DATES[len(I)%len(DATES)]
    I.append(dict(id=f"d3-{len(I)+1:03d}",why=why,kind=kind,place_of_service=pos,date_of_service=dos,payer=payer,note=note+"\n",codes=codes))
P,N="positive","near_miss"
a("MAR table row gives dex dose; left L5 TFESI",P,"""
Procedure: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.
Dx: Left L5 radiculopathy (M54.17) with leg pain below the knee.
Needle advanced to the left L5-S1 foramen; contrast outlined the L5 root, no vascular uptake.
MEDICATION ADMINISTRATION
| Drug | Dose | Route | Site | Time |
| Dexamethasone sodium phosphate 10 mg/mL | 10 mg | perineural | L L5-S1 | 09:42 |
| Lidocaine 1% | 3 mL | subcut | skin | 09:38 |
AP and lateral images saved. Tolerated well.
""",["64483 LT x1","J1100 x10"])
a("Injectate field with Kenalog-40 in mL only; bilateral L4-5 L5-S1 diagnostic MBB",P,"""
Bilateral lumbar medial branch blocks, diagnostic (first block).
Targets: L3, L4 medial branches and L5 dorsal ramus on both sides (L4-5 and L5-S1 facets).
Injectate: Kenalog-40, 0.25 cc at each of the 6 targets, mixed with bupivacaine 0.5%.
Fluoroscopic confirmation at every level; AP and oblique images stored.
Pain 7/10 before, 1/10 at 30 minutes.
""",["64493 50 KX x1","64494 50 KX x1","J3301 x6"])
a("mixture described once then split by side; bilateral S1 TFESI with Depo-Medrol in mL of 40 mg/mL",P,"""
Bilateral S1 transforaminal epidural steroid injections.
Indication: bilateral S1 radicular pain, MRI with central L5-S1 protrusion.
A solution was prepared of Depo-Medrol 80 mg (2 mL of 40 mg/mL) with 2 mL preservative-free saline.
Half of the solution was delivered through the right S1 foramen and half through the left after contrast
confirmed epidural spread without vascular uptake. Fluoroscopy, AP and lateral images saved.
""",["64483 50 x1","J1010 x80"])
a("total stated after per-level parts; two left levels, Decadron",P,"""
LEFT L4-5 and L5-S1 transforaminal ESI.
At left L4-5: Decadron 4 mg. At left L5-S1: Decadron 4 mg. Total steroid 8 mg.
Each level confirmed with contrast under live fluoroscopy (AP/lateral saved).
No paresthesias. Vitals stable.
""",["64483 LT x1","64484 LT x1","J1100 x8"])
a("Celestone Soluspan in mL at 6 mg/mL; interlaminar lumbar",P,"""
Lumbar interlaminar epidural steroid injection at L4-L5, fluoroscopic guidance.
Loss of resistance with saline at 5.5 cm. Epidurogram showed cephalad spread.
Celestone Soluspan (6 mg/mL) 2 mL with 3 mL normal saline was injected.
AP and lateral views saved. Discharged ambulatory.
""",["62323 x1","J0702 x2"])
a("dose repeated in impression counted once; right SI joint triamcinolone 40 mg",P,"""
Right sacroiliac joint injection with fluoroscopy.
The inferior joint was entered; arthrogram confirmed intra-articular flow.
Injected triamcinolone 40 mg with 2 mL of 0.25% bupivacaine.
IMPRESSION: Successful right SI joint injection (triamcinolone 40 mg). Two views saved.
""",["27096 RT x1","J3301 x4"])
a("number words for dose; bilateral knee injection with methylprednisolone",P,"""
Procedure: bilateral knee joint injections, landmark technique, no imaging.
Dx: primary osteoarthritis of both knees (M17.0).
Each knee received forty milligrams of methylprednisolone acetate with four mL of 1% lidocaine
via a superolateral approach. Eighty milligrams in total.
""",["20610 50 x1","J1010 x80"])
a("fraction 'half a cc' of Kenalog-40 at each of two trigger points",P,"""
Trigger point injections, left upper trapezius and left levator scapulae (2 muscles).
Taut bands with twitch response identified. Each point received half a cc of Kenalog-40 plus
1 cc of 1% lidocaine. Needle 25 g. No complications.
""",["20552 x1","J3301 x4"])
a("single-dose vial with stated discard -> JW line; dexamethasone",P,"""
Right L5-S1 transforaminal epidural steroid injection.
Contrast confirmed perineural flow. Dexamethasone 6 mg was given, drawn from a 10 mg/1 mL
single-dose vial; the remaining 4 mg was discarded and documented as waste.
Fluoroscopy AP/lateral saved.
""",["64483 RT x1","J1100 x6","J1100 JW x4"])
a("single-dose vial, none wasted -> JZ; Kenalog 40 mg",P,"""
Left L4-L5 transforaminal epidural, fluoroscopic guidance with AP and lateral images saved.
Injectate: triamcinolone acetonide 40 mg/1 mL from a single-dose vial, entire contents administered,
no drug wasted. Plus 1 mL 1% lidocaine preservative-free.
""",["64483 LT x1","J3301 JZ x4"])
a("no container named -> no JZ/JW even though 'all given'",N,"""
Right knee intra-articular injection under ultrasound guidance, image of needle in the suprapatellar recess saved.
Medication: triamcinolone 40 mg, all of it injected,
with 4 mL lidocaine 1%.
""",["20611 RT x1","J3301 x4"])
a("moderate sedation start/stop clock times with RN observer, 18 min; right RFA two joints",P,"""
Right L4-5 and L5-S1 radiofrequency ablation of the medial branches (L3, L4 MB and L5 dorsal ramus).
Sedation: midazolam 2 mg IV and fentanyl 50 mcg IV, ordered and directed by me; an RN whose only task
was monitoring the patient observed throughout. Sedation start 10:02, sedation end 10:20.
Thermal lesions 80 C for 90 s at each target after motor testing. Fluoroscopy with images saved.
""",["64635 RT x1","64636 RT x1","99152 x1"])
a("intraservice time 31 minutes -> 99152 + 99153",P,"""
Bilateral L5-S1 transforaminal ESI.
Moderate sedation provided by the performing physician with an independent trained observer (RN).
Intraservice time: 31 minutes. Agents: midazolam 3 mg IV, fentanyl 75 mcg IV.
Dexamethasone 5 mg delivered on each side after contrast confirmation. AP/lateral images saved.
""",["64483 50 x1","99152 x1","99153 x1","J1100 x10"])
a("sedation total in words; 'twenty-five minutes' -> 99152+99153",P,"""
Left SI joint injection, fluoroscopic.
Moderate sedation: I administered midazolam 1 mg and fentanyl 25 mcg; the circulating nurse served as
independent observer. Total face-to-face sedation time was twenty-five minutes.
Injected methylprednisolone 40 mg with bupivacaine 0.25% 1 mL. Two views saved.
""",["27096 LT x1","99152 x1","99153 x1","J1010 x40"])
a("flowsheet rows for sedation 12 min",P,"""
Cervical interlaminar epidural steroid injection, C7-T1, fluoroscopy.
SEDATION FLOWSHEET
Sedation by: proceduralist | Observer: RN (independent, no other duties)
Sedation begin: 14:10 | Sedation end: 14:22
Midazolam 1 mg IV 14:10
Loss of resistance at C7-T1; contrast spread confirmed. Dexamethasone 10 mg with 2 mL saline.
AP and lateral images saved.
""",["62321 x1","99152 x1","J1100 x10"])
a("sedation 8 minutes too short -> no sedation code",N,"""
Right L5 transforaminal ESI under fluoroscopy, AP and lateral saved.
Moderate sedation by me with an independent observing RN: midazolam 1 mg IV.
Sedation start 08:31, stop 08:39.
Injectate: dexamethasone 10 mg.
""",["64483 RT x1","J1100 x10"])
a("sedation by CRNA (anaesthesia provider) -> no sedation line on physician claim",N,"""
Left L4-5 and L5-S1 medial branch blocks, diagnostic, fluoroscopy.
Monitored anesthesia care by a CRNA from anesthesia; propofol infusion, 20 minutes.
0.5 mL of 0.5% bupivacaine at each of the L3, L4 medial branches and L5 dorsal ramus.
No steroid used. Images saved.
""",["64493 KX LT x1","64494 KX LT x1"])
a("sedation offered and declined -> local only",N,"""
Bilateral L4-L5 facet medial branch RFA (L3 and L4 medial branches bilaterally).
IV sedation was offered; patient declined and preferred local anesthetic only.
Skin and tracts anesthetized with 1% lidocaine. Lesions 85 C x 90 s after sensory and motor testing.
Fluoroscopy, images saved.
""",["64635 50 x1"])
a("sedation without an observer -> no 99152",N,"""
Right L5-S1 interlaminar epidural injection, fluoroscopically guided.
I gave midazolam 2 mg IV; sedation 10:15 to 10:33. No separate observer was available; I monitored
the patient myself.
Triamcinolone 80 mg with 4 mL saline. AP/lateral saved.
""",["62323 x1","J3301 x8"])
a("dose for next time: planned 80 mg, today 40 mg",N,"""
Left L5-S1 TFESI with fluoroscopy (AP and lateral saved).
Injectate today: triamcinolone 40 mg in 1 mL.
Plan: if relief is short-lived, next time increase to triamcinolone 80 mg.
""",["64483 LT x1","J3301 x4"])
a("prior procedure dose with date first not counted",N,"""
Right SI joint injection with fluoroscopy, arthrogram confirmed, two views saved.
History: on 01/14/2025 the same joint received methylprednisolone 80 mg with 70% relief for 4 months.
Today: methylprednisolone 40 mg with 1 mL 0.5% ropivacaine.
""",["27096 RT x1","J1010 x40"])
a("home oral prednisone in med list not billed; Depo-Medrol 40 mg/1 mL injected counts",N,"""
Medications at home: prednisone 10 mg daily, gabapentin 300 mg TID.
Procedure: Left knee intra-articular injection, landmark (no imaging).
Injected: Depo-Medrol 40 mg/1 mL with 3 mL 1% lidocaine, lateral approach.
""",["20610 LT x1","J1010 x40"])
a("allergy to dexamethasone named; triamcinolone given",N,"""
Allergies: dexamethasone (hives).
Procedure: Right L4-5 transforaminal ESI, fluoroscopy, two views saved.
Because of the listed allergy, triamcinolone 40 mg was used instead.
""",["64483 RT x1","J3301 x4"])
a("drawn up but not given: ketorolac prepared, not administered",N,"""
Trigger point injections to right gluteus medius, right piriformis and right quadratus lumborum.
Ketorolac 30 mg was drawn up for IM use but not given because the patient reported stomach upset.
Each muscle received 2 mL of 0.25% bupivacaine.
""",["20553 x1"])
a("brand strength in mL: Decadron 4 mg/mL 1 mL; GON block without imaging",P,"""
Left greater occipital nerve block, landmark technique, no imaging.
Injected 3 mL of 0.5% bupivacaine with 1 mL Decadron (4 mg/mL) around the left greater occipital nerve
medial to the occipital artery.
""",["64405 LT x1","J1100 x4"])
a("drug only offered, not given",N,"""
Bilateral greater occipital nerve blocks, landmark.
2 mL of 0.25% bupivacaine each side. Steroid was offered but patient declined any steroid today.
""",["64405 50 x1"])
a("discharge medication: Medrol dose pack prescribed, not injected",N,"""
Right L5-S1 TFESI, fluoroscopy with saved AP and lateral views.
Injectate: dexamethasone 10 mg.
Discharge: Medrol Dosepak 4 mg tablets per package directions, start tomorrow.
""",["64483 RT x1","J1100 x10"])
a("older methylprednisolone codes before 2024-04-01: 120 mg -> J1040 + J1030",P,"""
Bilateral knee injections, no imaging. Each knee: methylprednisolone acetate 60 mg with 3 mL lidocaine 1%.
Total methylprednisolone 120 mg.
""",["20610 50 x1","J1030 x1","J1040 x1"],dos="2023-11-14")
a("older methylprednisolone code, 40 mg -> J1030",P,"""
Left SI joint injection with fluoroscopy; contrast confirmed intra-articular spread, two views saved.
Medication: Depo-Medrol 40 mg (1 mL of 40 mg/mL).
""",["27096 LT x1","J1030 x1"],dos="2024-02-20")
a("facility POS: no drug lines, ultrasound imaging 26",P,"""
Left greater occipital nerve block under ultrasound guidance; image of the needle beside the nerve saved.
Injectate: 2 mL 0.5% bupivacaine with dexamethasone 4 mg.
""",["64405 LT x1","76942 26 x1"],pos="22")
a("ASC POS with sedation and drug: no drug line, sedation stays",P,"""
Bilateral L4-5 and L5-S1 diagnostic medial branch blocks (first of two), fluoroscopy.
Moderate sedation by the proceduralist; independent RN observer present. Sedation time 11:00-11:14.
Each target received 0.5 mL of 2% lidocaine. Triamcinolone 10 mg total added.
""",["64493 50 KX x1","64494 50 KX x1","99152 x1"],pos="24")
a("three-joint diagnostic facet injection left with per-level volumes, Depo-Medrol named once",P,"""
Left L3-4, L4-5, L5-S1 intra-articular facet injections, diagnostic, under fluoroscopy.
Mixture: Depo-Medrol 40 mg/mL with 0.5% bupivacaine, 1:1.
Volumes: L3-4 1 mL, L4-5 1 mL, L5-S1 1 mL (mixture). Steroid total therefore 60 mg.
""",["64493 KX LT x1","64494 KX LT x1","64495 KX LT x1","J1010 x60"])
a("percent concentration of local; steroid only billable; cervical TFESI",P,"""
Right C6-7 transforaminal epidural steroid injection with fluoroscopy (AP and oblique images saved).
Injected 0.5 mL of 1% preservative-free lidocaine followed by dexamethasone 10 mg (1 mL).
""",["64479 RT x1","J1100 x10"])
a("botulinum toxin (Botox) into trigger points, single-dose vial, none discarded",P,"""
Trigger point injections with onabotulinumtoxinA to cervical paraspinals and both trapezii (4 muscles).
Botox 100 units reconstituted in 2 mL saline from a single-dose vial; 25 units to each of the 4 muscles.
All 100 units administered, nothing discarded.
""",["20553 x1","J0585 JZ x100"])
a("Xeomin units, stated total wins over sum",P,"""
Trigger point injections, right trapezius, right splenius capitis and right levator scapulae. IncobotulinumtoxinA (Xeomin): 20 units, 20 units, 20 units.
Total administered: 60 units.
""",["20553 x1","J0588 x60"])
a("Dysport per 5 units",P,"""
Trigger point injections, left trapezius and left rhomboid (two muscles).
AbobotulinumtoxinA (Dysport) 150 units into each muscle, 300 units in all.
""",["20552 x1","J0586 x60"])
a("Celestone mg rather than mL; right L4 L5 TFESI",P,"""
Right L4-5 and L5-S1 transforaminal ESI, fluoroscopy, AP/lateral saved.
Betamethasone (Celestone Soluspan) 6 mg at each level, 12 mg total.
""",["64483 RT x1","64484 RT x1","J0702 x2"])
a("rounding up: triamcinolone 25 mg -> 3 units",P,"""
Left shoulder (glenohumeral) injection under ultrasound with image saved.
Injectate: triamcinolone acetonide 25 mg with 4 mL ropivacaine 0.2%.
""",["20611 LT x1","J3301 x3"])
a("contrast in office with imaging-inclusive code not billable",N,"""
Left L5-S1 TFESI, fluoroscopy. Omnipaque 240, 1.5 mL, confirmed perineural spread; AP/lateral saved.
Dexamethasone 10 mg.
""",["64483 LT x1","J1100 x10"])
a("contrast in office with 64405 under fluoroscopy is billable by iodine strength",P,"""
Right greater occipital nerve block under fluoroscopic guidance; image saved.
Isovue-M 300 (iopamidol, 300 mg iodine/mL) 1 mL confirmed spread, then 3 mL 0.5% bupivacaine with
dexamethasone 4 mg.
""",["64405 RT x1","77002 x1","Q9967 x1","J1100 x4"])
a("local anaesthetic only, no billable drug",N,"""
Right L4-5 and L5-S1 diagnostic medial branch blocks, fluoroscopy, images saved.
0.5 mL of 0.75% bupivacaine at each of the right L3, L4 medial branches and L5 dorsal ramus. No steroid.
""",["64493 KX RT x1","64494 KX RT x1"])
a("dose written as mL of 4 mg/mL dex; bilateral L5 TFESI",P,"""
Bilateral L5-S1 transforaminal epidural steroid injections.
Dexamethasone 4 mg/mL, 1.5 mL on each side (6 mg per side) after contrast; AP/lateral saved.
""",["64483 50 x1","J1100 x12"])
a("methylpred at caudal, totals before parts",P,"""
Caudal epidural steroid injection under fluoroscopy; sacral hiatus accessed, epidurogram saved (AP, lateral).
Total injectate 10 mL: 80 mg methylprednisolone (2 mL), 8 mL saline.
""",["62323 x1","J1010 x80"])
a("TPI with bupivacaine + Kenalog in two muscles, Kenalog-10 strength",P,"""
Trigger point injections, right rhomboid major and right infraspinatus.
Each received Kenalog-10 (10 mg/mL) 1 mL mixed with 2 mL 0.25% bupivacaine.
""",["20552 x1","J3301 x2"])
a("second sedation drug dose repeated in summary counted once; time 40 min -> 99153 x2",P,"""
Spinal cord stimulator trial lead placement, two percutaneous leads (T8 and T9) under fluoroscopy.
Moderate sedation administered by the implanting physician; observer RN with no other duties.
Sedation 07:50 to 08:30 (40 minutes). Midazolam 2 mg, fentanyl 100 mcg.
Summary: two leads, 40 minutes sedation, midazolam 2 mg.
""",["63650 x2","77003 x1","99152 x1","99153 x2"])
a("steroid given by patient previously at home (injection history, no date) - time marker 'last month'",N,"""
Left L4-5 interlaminar ESI, fluoroscopy, AP and lateral images saved.
Last month he received Kenalog 80 mg in urgent care for the flare.
Today: dexamethasone 10 mg with 3 mL saline.
""",["62323 x1","J1100 x10"])
a("facility POS 22 RFA bilateral, no drug lines",P,"""
Bilateral L4-5, L5-S1 medial branch RF ablation, fluoroscopic guidance, images saved.
After lesioning each site received 0.5 mL of Depo-Medrol 40 mg/mL.
""",["64635 50 x1","64636 50 x1"],pos="22")
a("ketorolac 15 mg exact -> 1 unit; knee with ultrasound",P,"""
Left knee injection, ultrasound guided, needle image saved.
Ketorolac 15 mg in 4 mL 1% lidocaine injected intra-articularly.
""",["20611 LT x1","J1885 x1"])
a("steroid from multi-dose vial -> no JZ",N,"""
Right SI joint injection with fluoroscopy; two views saved.
Triamcinolone 40 mg drawn from a multi-dose 5 mL vial.
""",["27096 RT x1","J3301 x4"])
a("cervical diagnostic facet injections, per-joint fraction of dex 10 mg/mL summed",P,"""
Right C4-5 and C5-6 intra-articular facet joint injections, diagnostic, with fluoroscopy.
Injectate per joint: 0.5 mL 0.5% bupivacaine plus 0.25 mL dexamethasone 10 mg/mL (2.5 mg per joint).
""",["64490 KX RT x1","64491 KX RT x1","J1100 x5"])
a("sedation start/stop in 24h with seconds-free times crossing the hour, 22 min",P,"""
Left L5-S1 interlaminar ESI, fluoroscopy with AP/lateral images saved.
Moderate sedation by the proceduralist, independent RN observer monitoring.
Sedation started 12:50 (midazolam 2 mg IV); sedation ended 13:12.
Triamcinolone 40 mg with 2 mL saline.
""",["62323 x1","99152 x1","J3301 x4"])
a("dose of drug given at a previous time of the same day pre-procedure in clinic (oral) not billed",N,"""
Right greater occipital nerve block, landmark.
Oral acetaminophen 1000 mg taken at 07:00 at home.
Injected 3 mL of 0.5% bupivacaine with triamcinolone 20 mg.
""",["64405 RT x1","J3301 x2"])

a("Kenalog-40 in cc at subacromial bursa, no imaging",P,"""
Right subacromial bursa injection, posterior approach, landmark guided (no imaging).
Kenalog-40 1.5 cc + 1% lidocaine 3 cc.
""",["20610 RT x1","J3301 x6"])
a("sedation times without colons 1412-1436 (24 min) with independent observer",P,"""
L4-5 interlaminar epidural steroid injection, fluoroscopy, AP/lateral saved.
Moderate sedation by the operating physician, independent RN observer. Sedation 1412-1436.
Versed 2 mg, fentanyl 50 mcg. Injectate: Depo-Medrol 80 mg/mL, 1 mL, with 3 mL saline.
""",["62323 x1","99152 x1","99153 x1","J1010 x80"])
a("suprascapular nerve block with ultrasound image saved; triamcinolone",P,"""
Right suprascapular nerve block, ultrasound guided; image of the needle tip in the suprascapular notch saved.
Triamcinolone 40 mg with 5 mL 0.25% bupivacaine.
""",["64418 RT x1","76942 x1","J3301 x4"])
a("stellate ganglion block, fluoroscopy, local only, sedation by proceduralist 15 min",P,"""
Left stellate ganglion block at C6 under fluoroscopy (image saved).
Moderate sedation by me with an independent RN observer; intraservice sedation time 15 minutes.
Injected 8 mL of 0.25% bupivacaine after negative aspiration and test dose. Left Horner syndrome followed.
""",["64510 x1","77002 x1","99152 x1"])
yaml.safe_dump({"set":"d3","items":I},open("items.yaml","w"),sort_keys=False,allow_unicode=True,width=200)
print(len(I))
