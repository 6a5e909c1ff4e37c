"""First batch (15 notes): levels written every which way, add-on units, augmentation bodies, SCS trial
leads, two joints in one session. Gold labelled from my own reading before Painpoint read any of them."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fe-rfa-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar facet syndrome, left, M47.816.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Left-sided lumbar radiofrequency neurotomy, L2 through L4 medial branches and the L5 dorsal
ramus (three facet joints).
ANESTHESIA: Local only.
INDICATIONS: This gentleman has had left-sided low back ache for two years, worse with twisting and standing
up from a chair, no radiation below the buttock. He did 8 weeks of physical therapy and takes naproxen without
much benefit. He can no longer walk his dog around the block. Two comparative medial branch blocks at the same
nerves gave 85% and then 90% relief. Pain today is 7/10.
DESCRIPTION OF PROCEDURE: Written consent was signed and a time-out held. He lay prone. Under fluoroscopic
guidance the skin was numbed with 5 mL of 1% lidocaine and four 18-gauge RF cannulae with 10 mm active tips were
laid along the nerves named above. Sensory testing reproduced his familiar ache; motor testing at 2 Hz caused no
leg contraction. 0.5 mL of 2% lidocaine went in through each cannula and lesions were made at 80 degrees C for
90 seconds apiece.
DISPOSITION: No complications. Pain 2/10 on leaving. Home with his wife.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 90)],
        pain=(7, 2), need=SPINE_NEED, codes=[line("64635", "LT"), line("64636", "LT", units=2)], findings=[],
        comment="L2, L3, L4 MB + L5 DR = three joints L3-4, L4-5, L5-S1; two add-on units")

    add("fe-rfa-02", "smarttext", """
Procedure Name: Cervical Radiofrequency Ablation
Side: Right
Nerves Treated: C3, C4, C5 medial branches
Joint Levels: C3-4, C4-5
Diagnosis: Cervical spondylosis without myelopathy (M47.812)
History: Right-sided neck pain for 3 years, worse turning to the right while driving. Failed 10 weeks of PT and
meloxicam. Can't check her blind spot when driving. Dual diagnostic medial branch blocks gave 80% and 90% relief.
Pain Score Pre: 6/10
Consent: Obtained, signed   Time Out: Completed
Imaging: Fluoroscopy
Technique: Lateral approach; 20 g RF cannulae with 5 mm active tip on each nerve; sensory stimulation concordant,
no motor response in the arm. 0.5 mL 2% lidocaine at each of three sites; lesions at 85 C for 90 s per site.
Pain Score Post: 1/10
Complications: None
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64633", "RT"), line("64634", "RT")], findings=[])

    add("fe-rfa-03", "shorthand", """
RFA lumbar 4-5 facets, both sides
Dx M47.816 lumbar spondylosis
axial LBP x 18 mo, extension-provoked; PT 12 wk + NSAIDs failed; can't stand at work > 20 min
MBB x2 prior: 85%, 80%
pre 8/10
consent/TO. prone, fluoro. RF cannulae bilat to the L3 and L4 MB (L 4-5 joint), sensory/motor ok
2 mL 1% lido each of 4 sites. Lesion 80C x 90 s each.
post 3/10, no cx
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 80)],
        pain=(8, 3), need=SPINE_NEED, codes=[line("64635", "50")], findings=[])

    add("fe-mbb-01", "clinic", """
Diagnostic medial branch block, right l4-5 and l5-s1
Dx: lumbar facet arthropathy M47.816
Right low back pain 1 year, worse with extension/rotation, no leg symptoms. PT 8 wks, ibuprofen - no help.
Trouble with housework. Pain 6/10.
Consent signed, time-out. Prone, fluoroscopy. 25 g needles to the right L3 and L4 medial branches and right L5
dorsal ramus; 0.5 mL 0.5% bupivacaine at each. Post 1/10 (83% relief), to keep a pain diary.
No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[])

    add("fe-mbb-02", "bulleted", """
CERVICAL MEDIAL BRANCH BLOCKS - DIAGNOSTIC #1
Diagnosis: cervical facet arthropathy, M47.812
Indication:
- bilateral posterior neck pain x 2 years, no arm symptoms
- failed PT (8 weeks) and NSAIDs
- can't look up to hang laundry
- pain 7/10
Levels:
- bilateral C5-6
- bilateral C6-7
Procedure:
- consent, time-out; prone, fluoroscopy
- 25 g needles to the C5, C6 and C7 medial branches on each side
- 0.5 mL 0.5% bupivacaine per nerve (6 nerves)
Result:
- pain 2/10 afterwards
- no complications
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 2), need=SPINE_NEED, codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=[])

    add("fe-mbb-03", "dictated", """
Left lumbar medial branch blocks, diagnostic, at L3/4, L4/5 and L5/S1.

The patient is a retired machinist with left low back pain for about 16 months that is worse with leaning
backward, without radiation into the leg. He completed six weeks of physical therapy and tried diclofenac
without relief. Standing to cook dinner is hard for him. The diagnosis is lumbar spondylosis M47.816. Pain was
five out of ten on arrival.

Consent obtained and a time out performed. Prone with fluoroscopy, the left L2, L3 and L4 medial branches and
the left L5 dorsal ramus were each blocked with 0.5 mL of 0.5% ropivacaine through 22 gauge needles. Afterward
pain was 1 out of 10. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 10)],
        pain=(5, 1), need=SPINE_NEED,
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["level_limit"], comment="third facet level per region: level_limit (gold corrected after the first run)")

    add("fe-tfesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar radiculopathy, both legs, M54.16.
PROCEDURE PERFORMED: Bilateral transforaminal epidural steroid injections at the L4 and L5 foramina.
INDICATIONS: Burning pain down the outside of both legs to the top of the feet for 5 months with decreased
pinprick along the L5 dermatomes. MRI: L4-5 broad disc bulge with bilateral foraminal narrowing. Eight weeks of
PT and gabapentin failed. He cannot walk more than a block. Pain 8/10.
DESCRIPTION OF PROCEDURE: Consent and time-out. Prone. Under fluoroscopy 22-gauge spinal needles were placed in
the safe triangle at each of the four foramina. Omnipaque 240, 1 mL per needle, outlined the exiting roots with
no vascular uptake. Dexamethasone 4 mg was given at each foramen. AP and lateral images saved.
DISPOSITION: Pain 3/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("dexamethasone_sodium_phosphate", 16)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "50"), line("64484", "50"), line("J1100", units=16)],
        findings=[], comment="the L4 foramen is L4-L5, the L5 foramen L5-S1")

    add("fe-tfesi-02", "clinic", """
Right TFESI, L5-S1 and S1 foramina
Dx: Lumbosacral radiculopathy M54.17
Right posterior thigh and calf pain into the sole for 4 months, absent right ankle reflex, positive straight leg
raise. MRI: right L5-S1 paracentral disc extrusion touching the S1 root. PT 6 weeks and a Medrol dosepak failed.
Can't sit through a meal. 7/10.
Consent, time-out. Prone, fluoro. One needle in the right L5-S1 foramen and one through the right S1 dorsal
foramen; Isovue-M 200 0.5 mL at each with epidural flow; Kenalog 20 mg at each. AP and lateral saved.
Post 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=4)],
        findings=[])

    add("fe-tfesi-03", "dictated", """
Left transforaminal epidural steroid injection, three levels.

History: left anterior thigh and shin pain for 3 months after lifting a sofa, with a weak left quadriceps and
reduced patellar reflex. MRI shows a left far lateral L3-4 herniation and foraminal stenosis at L4-5 and L5-S1.
She has done PT for 6 weeks and a prednisone taper. Can't climb stairs at home. Diagnosis lumbar radiculopathy
M54.16. Pain 9/10.

Procedure: informed consent signed, time out called. Prone position. Using fluoroscopy, needles were advanced to
the left L3-4, L4-5 and L5-S1 foramina. Contrast, Omnipaque 180, 1 mL at each level showed neural outlines.
Four milligrams of dexamethasone were injected at each level. AP and oblique images were saved.

Pain afterward 4/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True,
                    intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("dexamethasone_sodium_phosphate", 12)],
        pain=(9, 4), need=tuple(e for e in ESI_NEED if e != "conservative_care"),
        codes=[line("64483", "LT"), line("64484", "LT", units=2), line("J1100", units=12)],
        findings=["level_limit", "conservative_care"],
        comment="three TFESI levels: level_limit (gold corrected after the first run); 'has done PT for 6 weeks' states "
                "no outcome (corpora/README conservative-care convention; gold corrected in the third round)")

    add("fe-ilesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Cervical radiculopathy, M54.12.
PROCEDURE: Cervical interlaminar epidural steroid injection, C6-7, with contrast spread cephalad to C5-6.
INDICATIONS: Left arm pain into the thumb with numbness for 10 weeks; left biceps 4+/5. MRI C5-6 left
paracentral disc protrusion. PT 5 weeks and NSAIDs without relief. Unable to sleep on the left side. Pain 8/10.
TECHNIQUE: Consent and time-out. Prone. Fluoroscopy. An 18 g Tuohy needle entered the C6-7 interlaminar space
left of midline by loss of resistance to saline. Isovue-M 300, 2 mL, spread in the epidural space from C6-7 up to
C5-6 on the lateral view. Dexamethasone 10 mg with 2 mL of preservative-free saline was injected. AP and lateral
images stored.
DISPOSITION: 3/10 after. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, codes=[line("62321"), line("J1100", units=10)], findings=[],
        comment="interlaminar: the entry level only, spread is no level")

    add("fe-ilesi-02", "dictated", """
Thoracic interlaminar epidural steroid injection at T 7-8.

She has band-like pain around the right chest wall at about the T8 dermatome for 4 months with allodynia along
that band, following a thoracic disc herniation at T 7-8 seen on MRI. Diagnosis thoracic radiculopathy M54.14.
Failed physical therapy for six weeks, gabapentin and lidocaine patches. She cannot wear a bra or sleep on her
right side. Pain 7 out of 10.

Consent was signed and time out done. Prone. With fluoroscopic guidance a 20 gauge Tuohy needle was walked into the
epidural space at T 7-8 using loss of resistance. Omnipaque 240, 1.5 milliliters, confirmed epidural spread.
Kenalog 80 milligrams mixed with 3 milliliters of saline was injected. Anteroposterior and lateral images saved.
Post procedure pain two out of 10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T7-T8"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 2), need=ESI_NEED, codes=[line("62321"), line("J3301", units=8)], findings=[])

    add("fe-kypho-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Osteoporotic compression fractures of L1 and L2, M80.08XA.
PROCEDURE PERFORMED: Balloon kyphoplasty, L1 and L2 vertebral bodies, bipedicular.
ANESTHESIA: Local, 1% lidocaine 20 mL total.
INDICATIONS: Midline lumbar pain since a fall 6 weeks ago, bedridden most of the day. MRI shows marrow edema at
L1 and L2 with 30% and 25% height loss. Bracing and analgesics for 6 weeks failed. Pain 9/10.
DESCRIPTION: Consent and time-out. Prone. Biplane fluoroscopy. 11 g cannulae through both pedicles at each level;
balloons inflated to restore height; 4 mL of PMMA at L1 and 3.5 mL at L2, no leakage.
DISPOSITION: Pain 4/10. No complications.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1", "L2"],
                    imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 4), need=ESI_NEED[:5], codes=[line("22514"), line("22515")], findings=[])

    add("fe-vert-01", "bulleted", """
VERTEBROPLASTY - 3 LEVELS
Dx: pathologic fractures from multiple myeloma, thoracic spine (M84.58XA)
History:
* mid back pain x 2 months, can't sit up in bed to eat
* MRI: acute fractures T8, T9 and T11 with edema
* failed 5 wks of bracing + opioids
* pain 9/10
Levels treated:
| level | cement |
| T8  | 2.5 mL |
| T9  | 3 mL   |
| T11 | 3 mL   |
Technique: consent/time-out, prone, fluoroscopy, 1% lidocaine 15 mL, 13 g transpedicular needles, PMMA as
above, no extravasation.
After: pain 3/10, no complications.
""",
        procs=[proc("vertebral_augmentation", approach="vertebroplasty", region="thoracic",
                    levels=["T8", "T9", "T11"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 150)],
        pain=(9, 3), need=ESI_NEED[:5], codes=[line("22510"), line("22512", units=2)], findings=[])

    add("fe-scs-01", "smarttext", """
Procedure: Percutaneous spinal cord stimulator trial (2 leads)
Diagnosis: Failed back surgery syndrome, M96.1
HPI: Back and right > left leg pain for 5 years after L4-5 fusion. Failed PT, medications, injections. Behavioral
medicine evaluation done 01/2026 - cleared for trial. Can only stand 10 minutes. Pain 8/10.
Anesthesia: local, 1% lidocaine 8 mL
Consent: yes   Time-out: yes
Details: Prone, fluoroscopy. Epidural entry at T12-L1 and L1-2 with 14 g Tuohy needles; lead 1 tip at the top of
T8, lead 2 tip at mid T9. Paresthesias covered back and both legs. Leads anchored to skin, connected to the
external generator.
Post: 2/10 with stimulation. Complications: none.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 80)],
        pain=(8, 2), need=SPINE_NEED, codes=[line("63650", units=2), line("77003")], findings=[])

    add("fe-joint-01", "clinic", """
Joint injections: L knee and R shoulder
Dx: primary osteoarthritis left knee M17.12; primary osteoarthritis right shoulder M19.011
Left knee pain 2 years and right shoulder pain 1 year; PT 8 weeks and meloxicam failed; trouble with stairs and
reaching overhead. Pain 7/10.
Consent, time-out. Landmark guided, no imaging. Left knee: superolateral approach, 40 mg triamcinolone with 4 mL
1% lidocaine. Right shoulder: posterior glenohumeral approach, 40 mg triamcinolone with 4 mL 1% lidocaine.
Post 3/10. No complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="none"),
               proc("joint_injection", target="shoulder", region="shoulder", laterality="right", imaging="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 80)],
        pain=(7, 3), need=SPINE_NEED, codes=[line("20610", "LT"), line("20610", "RT"), line("J3301", units=8)],
        findings=[])
