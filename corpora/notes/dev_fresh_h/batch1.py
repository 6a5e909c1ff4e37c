"""First batch (22 notes, `fh-*`): code lines, sides and levels written the way real notes write them. Gold labelled
from my own reading as a coder before Painpoint read any of them (conventions of `corpora/README.md`)."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fh-tfesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbosacral radiculopathy, M54.17.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.
INDICATIONS: Sixty-one year old with eight months of buttock pain shooting down the back of the right thigh
into the lateral foot, with numbness of the small toes. MRI from January shows a right paracentral L5-S1
protrusion contacting the traversing S1 nerve root. Home exercises, a course of PT lasting two months and
gabapentin have failed to change the pain. He now has to stop after ten minutes of walking. Pain 8/10.
DESCRIPTION OF PROCEDURE: Risks and benefits were reviewed and consent signed. A time-out was performed. The
patient was placed prone. Using live fluoroscopy, the right L5-S1 neuroforamen was squared off on an oblique
view and a 22 gauge spinal needle was advanced to the subpedicular position on the right. Omnipaque 240, 1 mL,
outlined the right L5 root and flowed medially into the epidural space without vascular runoff. Kenalog 40 1cc
with 1 cc of preservative free saline was then injected. AP and lateral images were saved to PACS.
POST-PROCEDURE: No complications. Pain 3/10 at discharge.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("J3301", units=4)],
        findings=["laterality_conflict"],
        comment="title says left, every procedural sentence says right: codes follow the body (RT), side conflict")

    add("fh-tfesi-02", "smarttext", """
PROCEDURE: Lumbar transforaminal epidural steroid injection
Side: L
Level(s): L4/5 & L5/S1
Pre-op Dx: Lumbar radiculopathy (M54.16); L4-5 foraminal stenosis
HPI: Left leg pain into the shin and top of the foot for 5 months, positive straight leg raise on the left.
Failed 8 wks PT and meloxicam. Cannot stand long enough to shop. MRI: moderate left L4-5 and L5-S1 foraminal
narrowing.
Pain pre: 7/10
Consent: signed | Time-out: done
Guidance: C-arm fluoroscopy
Technique: prone; 22 g needles to each foramen under the pedicle, contrast (Isovue-M 200, 1 mL per level)
without intravascular pattern; dex 5 mg per level.
Images: AP + lateral saved
Pain post: 2/10
Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)],
        findings=[], comment="side and levels only in header fields; the body completes the title")

    add("fh-tfesi-03", "dictated", """
Cervical transforaminal epidural steroid injection comma left C5-6 and 6-7 period

History period this is a 54 year old woman with left neck and arm pain radiating to the thumb and index finger
for the past four months comma with weakness of wrist extension period MRI of the cervical spine shows left
foraminal stenosis at C5-6 and C6-7 period she completed six weeks of physical therapy and a Medrol Dosepak
without improvement period she is unable to lift her grandson period diagnosis is cervical
radiculopathy M54.12 period pain is 8 out of 10 period

New paragraph. Procedure period after informed consent was signed and a time out was taken comma she was placed
supine with the head turned slightly period using fluoroscopic guidance a 25 gauge needle was advanced into the
posterior aspect of the left C5-6 foramen and then the left 6-7 foramen period at each level 0.5 mL of Omnipaque
240 confirmed epidural spread with no vascular uptake on live fluoroscopy and 5 mg of dexamethasone was injected
period AP and oblique images were saved period

No complications period pain afterwards was 2 out of 10 period
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 2), need=ESI_NEED, codes=[line("64479", "LT"), line("64480", "LT"), line("J1100", units=10)],
        findings=[], comment="speech recognition left 'period'/'comma' in; '6-7' is C6-C7 in a cervical note")

    add("fh-tfesi-04", "clinic", """
Bilateral L5-S1 transforaminal ESI

Dx: lumbar spinal stenosis with neurogenic claudication M48.062
Bilateral buttock and calf pain with walking for 1 year, relieved by sitting; numbness in both soles. MRI shows
severe L5-S1 foraminal stenosis on both sides. Eight weeks of PT and two NSAIDs failed. Can only walk half a
block. Pain 7/10.
Consent and time-out. Prone, under fluoroscopy. Needles were placed to the L5-S1 foramen on both sides and
contrast (Omnipaque 180, 1 mL each side) showed good epidural flow. Celestone 6 mg was injected on each side.
AP and lateral views saved. No complications. Pain 3/10 after.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "50"), line("J0702", units=2)], findings=[])

    add("fh-tfesi-05", "operative_report", """
PREOPERATIVE DIAGNOSIS: Left L5 radiculopathy, M54.16.
PROCEDURE: Right L4-5 transforaminal epidural steroid injection.
INDICATIONS: Six months of pain from the right buttock down the lateral right calf, with an L5 dermatomal sensory
loss on the right. MRI: right L4-5 foraminal disc protrusion compressing the exiting right L4 root. Physical
therapy for six weeks and naproxen provided no benefit. He cannot work a full shift. Pain 8/10.
PROCEDURE DESCRIPTION: Consent was obtained and a time-out performed. Under fluoroscopy a 22 gauge needle was
placed in the right L4-5 foramen. Omnipaque 240, 1 mL, gave a neurogram along the right L4 root. Dexamethasone
10 mg was injected. AP and lateral images saved. No complications. Pain 4/10 afterward.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 4), need=ESI_NEED, codes=[line("64483", "RT"), line("J1100", units=10)],
        findings=["diagnosis"],
        comment="diagnosis names the left side, procedure and history the right: diagnosis support (side mismatch)")

    add("fh-tfesi-06", "smarttext", """
PROCEDURE: ____ L4-5 transforaminal epidural steroid injection
Pre-procedure diagnosis: Lumbar radiculopathy M54.16
Indication: Pain from the left hip down the front of the thigh to the knee for 3 months; positive femoral
stretch test on the left. MRI: left L4-5 far lateral disc herniation. Failed 6 weeks of PT and a prednisone
taper. Unable to climb stairs at home. Pain 9/10.
Consent: Written. Time Out: Yes.
Description: Prone, fluoroscopic guidance. A 22 g needle was advanced to the left L4-5 foramen; 1 mL Omnipaque
240 spread along the left L4 nerve root. Injected dexamethasone 10 mg. Two views (AP, lateral) saved.
Post-procedure pain: 3/10. Complications: None.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(9, 3), need=ESI_NEED, codes=[line("64483", "LT"), line("J1100", units=10)], findings=[],
        comment="side blank ('____') in the title; the body states left")

    add("fh-ilesi-01", "dictated", """
Cervical interlaminar epidural steroid injection period

The patient is a 67-year-old man with neck pain and pain radiating into both arms to the forearms for the past
seven months comma worse in the right arm period he has diminished triceps reflexes period MRI shows multilevel
cervical spondylosis with central stenosis worst at the 6-7 level period he has done two months of physical
therapy and takes gabapentin without relief period he can no longer drive because he cannot turn his head
period diagnosis is cervical radiculopathy M54.12 period pain is 7 out of 10 period

Consent was signed and time-out performed period in the prone position under fluoroscopic guidance an 18 gauge
Tuohy needle was advanced at the 6-7 level using loss of resistance to saline period 1.5 mL of Omnipaque 240
confirmed epidural spread on AP and lateral views which were saved period 10 mg dexamethasone with 2 mL
preservative-free saline was injected period no complications period pain after 3 out of 10 period
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62321"), line("J1100", units=10)], findings=[],
        comment="digits-only '6-7 level' in a cervical note is C6-C7")

    add("fh-ilesi-02", "operative_report", """
PROCEDURE: Thoracic epidural steroid injection, interlaminar approach.
PREOPERATIVE DIAGNOSIS: Thoracic radiculopathy, M54.14.
INDICATIONS: Band-like pain wrapping around the right chest wall at the level of the xiphoid for 5 months,
with dysesthesia in the right T8 dermatome. MRI shows a small right paracentral disc protrusion at T8-9. He
tried 6 weeks of physical therapy and gabapentin without improvement. Pain keeps him from sleeping through the
night and from lifting. Pain 6/10.
DESCRIPTION: Consent signed. Time-out done. Prone. Using fluoroscopy, the 9-10 interspace was identified and a
20 gauge Tuohy needle was advanced paramedian on the right until loss of resistance. Isovue-M 300 1 mL showed an
epidurogram; AP and lateral saved. Methylprednisolone 80 mg (Depo-Medrol 40 mg/mL, 2 mL) was given.
COMPLICATIONS: None. Pain after: 2/10.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, codes=[line("62321"), line("J1010", units=80)], findings=[],
        comment="'the 9-10 interspace' in a thoracic note is T9-T10")

    add("fh-ilesi-03", "smarttext", """
Procedure: Lumbar interlaminar epidural steroid injection
Level: ***
Diagnosis: Lumbar spinal stenosis (M48.062)
History: Back and bilateral leg pain with standing and walking for 2 years, tingling into both feet. MRI: severe
central canal stenosis. Failed PT for 6 weeks, tramadol, and a prior chiropractic course. Can't walk through the
grocery store without leaning on the cart. Pain 8/10.
Consent obtained; time out performed.
Technique: Prone, fluoroscopy. 18 g Tuohy at the *** interspace, loss of resistance to air. 2 mL Omnipaque 240
with epidural spread, AP and lateral images saved. Injectate: Kenalog 80 mg with 3 mL normal saline.
Post pain 3/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, codes=[line("62323"), line("J3301", units=8)], findings=["levels"],
        comment="level left as template placeholders: missing")

    add("fh-mbb-01", "shorthand", """
Dx MBB #1 R cervical facets C5-6 and 6-7
Dx: cervical spondylosis M47.812
R-sided neck pain x 9 mo, no arm sx; worse w/ rotation. PT 8 wk + NSAIDs no help. can't turn to back the car out.
pain 6/10
consent/TO. prone, fluoro. 25 g to R C5, C6, C7 MB; 0.3 mL 0.5% bupi each.
post 1/10. no cx.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 4.5)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[],
        comment="'6-7' after 'C5-6 and' is C6-C7; 0.3 mL x 3 nerves x 5 mg/mL = 4.5 mg")

    add("fh-mbb-02", "bulleted", """
LUMBAR MEDIAL BRANCH BLOCK - B/L
* Dx: lumbar spondylosis without radiculopathy (M47.816)
* Axial low back pain for 14 months, worse with extension; no leg symptoms
* Completed 10 weeks of PT, NSAIDs and a TENS unit - no lasting help
* Unable to stand at the sink for more than 10 minutes
* Pain before: 7/10
* Consent/time-out completed; prone; fluoroscopic guidance
* Nerves: B/L L3 and L4 medial branches and L5 dorsal rami (L4/5, L5/S1 facets)
* 1/2 cc 0.5% bupivacaine at each nerve, 22 g needles
* Pain after: 1/10 (diagnostic block #1)
* No complications
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        comment="6 nerves x 0.5 mL x 5 mg/mL")

    add("fh-mbb-03", "smarttext", """
Procedure: [left/right] lumbar medial branch block, diagnostic
Levels: L4-5, L5-S1
Diagnosis: Lumbar facet arthropathy, M47.816
Indication: Low back pain for 1 year that is worse with standing and twisting; no radiation. Failed PT (8 weeks)
and ibuprofen. Limited in yard work. Pain 6/10.
Consent: yes. Time out: yes.
Procedure details: Prone, fluoroscopy. 22 g needles to the L3 and L4 medial branches and the L5 dorsal ramus;
0.5 mL 0.5% bupivacaine at each nerve.
Post-procedure pain: 1/10. Complications: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", levels=["L4-L5", "L5-S1"],
                    imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64493", "KX"), line("64494", "KX")], findings=["laterality"],
        comment="side left as a template choice and never written: missing; three nerves on one (unknown) side")

    add("fh-rfa-01", "smarttext", """
Procedure: Lumbar radiofrequency ablation
Laterality: Bilateral
Level(s): L3-4, L4-5, L5-S1
Dx: Lumbar spondylosis (M47.816)
HPI: Axial low back pain for 3 years. Failed PT x 12 weeks, NSAIDs and a back brace. Cannot lift laundry baskets.
Two diagnostic medial branch blocks at these levels gave 90% and 85% relief.
Pre pain: 8/10
Consent signed; time-out completed.
Technique: prone, fluoroscopy. 18 g RF cannulae (10 mm active tip) to the L2, L3 and L4 medial branches and the
L5 dorsal ramus on each side. Sensory and motor testing appropriate. 1 mL 2% lidocaine through each cannula,
then lesioning at 80 C for 90 s per cannula.
Post pain: 3/10
Complications: none
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 160)],
        pain=(8, 3), need=SPINE_NEED, codes=[line("64635", "50"), line("64636", "50", units=2)], findings=[],
        comment="8 cannulae x 20 mg; two add-on joints, bilateral")

    add("fh-rfa-02", "operative_report", """
PROCEDURE PERFORMED: Cervical medial branch radiofrequency neurotomy, C3-4 and C4-5.
PREOPERATIVE DIAGNOSIS: Cervical facet arthropathy, M47.812.
INDICATIONS: Bilateral posterior neck pain for 4 years, worse with looking up. Failed 3 months of PT and
NSAIDs. Unable to look up to reach a shelf. Dual comparative medial branch blocks gave 85% and 80% relief.
Pain 7/10.
DESCRIPTION OF PROCEDURE: Consent and time-out. Prone with fluoroscopy. On the right, RF cannulae were placed on
the C3, C4 and C5 medial branches; sensory stimulation was concordant and motor stimulation showed no arm
contraction. 0.5 mL 2% lido each, then lesions at 85 C for 90 s. The contralateral side was repeated in the
same manner.
DISPOSITION: Pain 2/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, codes=[line("64633", "50"), line("64634", "50")], findings=[],
        comment="'contralateral side was repeated' makes it bilateral; 6 nerves x 0.5 mL x 20 mg/mL")

    add("fh-mixed-01", "operative_report", """
PROCEDURES:
1. Right L5-S1 transforaminal epidural steroid injection.
2. Right L4-5 and L5-S1 medial branch blocks (diagnostic).
DIAGNOSES: Lumbar radiculopathy M54.16; lumbar spondylosis M47.816.
INDICATIONS: For 7 months she has had right low back pain with pain shooting down the back of the right leg to
the heel and a diminished right ankle reflex. MRI shows right L5-S1 disc bulge touching the S1 root and facet
arthropathy at L4-5 and L5-S1. Physical therapy for 8 weeks and duloxetine did not help. Unable to sit through a
movie. Pain 8/10.
DESCRIPTION: Consent, time-out. Prone, fluoroscopic guidance. First, a 22 g needle to the right L5-S1 foramen;
1 mL Omnipaque 240 spread along the S1 root and epidurally without vascular flow; dexamethasone 10 mg injected.
AP and lateral views saved. Next, 25 g needles to the right L3 and L4 medial branches and the right L5 dorsal
ramus, 0.5 mL 0.5% bupivacaine at each.
POST: Pain 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 7.5)],
        pain=(8, 2), need=ESI_NEED,
        codes=[line("64483", "RT"), line("64493", "KX", "RT"), line("64494", "KX", "RT"), line("J1100", units=10)],
        findings=[])

    add("fh-mixed-02", "clinic", """
Joint injections today: right AC joint, left knee
Dx: primary osteoarthritis of the right AC joint (M19.011) and of the left knee (M17.12)
Right AC joint pain and left knee pain for over a year, worse with overhead reaching and stairs. PT 6 weeks and
topical diclofenac failed. Pain 6/10.
Consent, time-out. Landmark guided, no imaging.
R AC joint: superior approach, 25 g, Kenalog 40 1/2 cc + 1/2 cc 1% lidocaine.
L knee: superolateral approach, 21 g, Kenalog 40 1cc + 3 cc 1% lidocaine.
Tolerated well, no complications. Pain 2/10 afterwards.
""",
        procs=[proc("joint_injection", target="acromioclavicular", region="shoulder", laterality="right",
                    imaging="none"),
               proc("joint_injection", target="knee", region="knee", laterality="left", imaging="none")],
        drugs=[given("triamcinolone_acetonide", 60), given("lidocaine", 35)],
        pain=(6, 2), need=ESI_NEED[:3],
        codes=[line("20605", "RT"), line("20610", "LT"), line("J3301", units=6)], findings=[],
        comment="AC joint is an intermediate joint (20605), knee major (20610)")

    add("fh-tpi-01", "clinic", """
Trigger point injections - 3 muscles
Dx: myofascial pain syndrome, M79.18
Left neck and upper back pain 6 months with palpable taut bands and local twitch responses in the left upper
trapezius, levator scapulae and rhomboid major. Stretching program and cyclobenzaprine for 2 months without
relief.
Pain 7/10
Consent verbal; time out done.
25 g needle; 1% lidocaine 1 mL into each of the three muscles plus Kenalog 40 1/4 cc into the trapezius point.
Pain 2/10 after, about 70% relief. No complications.
""",
        procs=[proc("trigger_point")],
        drugs=[given("lidocaine", 30), given("triamcinolone_acetonide", 10)],
        pain=(7, 2), need=ESI_NEED[:3], codes=[line("20553"), line("J3301", units=1)], findings=[])

    add("fh-genic-01", "operative_report", """
PROCEDURE: Left genicular nerve block (superomedial, superolateral and inferomedial genicular nerves) under
ultrasound guidance.
DIAGNOSIS: Primary osteoarthritis, left knee, M17.12.
INDICATIONS: Chronic left knee pain for 3 years with Kellgren-Lawrence grade 4 changes; failed PT, NSAIDs and
intra-articular steroid. Being considered for genicular RFA. Pain 8/10.
DESCRIPTION: Consent and time-out. Supine with the knee flexed over a bolster. With a linear probe each
genicular artery was identified next to the bone; a 22 g needle was advanced in plane to each of the three
nerves and 2 mL 0.25% bupi was injected at each, with dex 4 mg divided among them. Image saved.
RESULT: Pain 1/10 at 30 minutes (88% relief). No complications.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left",
                    imaging="ultrasound", intent="diagnostic")],
        drugs=[given("bupivacaine", 15), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 1), need=ESI_NEED[:3] + ("imaging_findings",), codes=[line("64454", "LT"), line("J1100", units=4)], findings=[])

    add("fh-si-01", "operative_report", """
PROCEDURES: 1) Right sacroiliac joint injection under fluoroscopy. 2) Right piriformis trigger point injection.
DIAGNOSES: Sacroiliitis, right (M46.1); myofascial pain of the right piriformis (M79.18).
INDICATIONS: Right buttock pain below the belt line for 10 months, three of Laslett's provocation tests
positive on the right, and a taut, tender piriformis with twitch response. PT for 8 weeks and meloxicam have not
helped. Pain 7/10.
DESCRIPTION: Consent and time-out. Prone. Under fluoroscopy a 22 g needle entered the inferior right SI joint;
0.5 mL Omnipaque 300 gave an arthrogram without extravasation, then Kenalog 40 1 cc with 1 cc 0.5% bupivacaine
was injected. AP and oblique images saved. The piriformis point was then injected by palpation with 2 mL 1%
lidocaine and 20 mg triamcinolone.
RESULTS: Pain 1/10, 85% relief. No complications. This was diagnostic for the SI joint.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic"),
               proc("trigger_point")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 60), given("bupivacaine", 5),
               given("lidocaine", 20)],
        pain=(7, 1), need=ESI_NEED[:3],
        codes=[line("27096", "RT"), line("20552"), line("J3301", units=6)], findings=[])

    add("fh-vert-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Osteoporotic compression fractures, T12 and L1, M80.08XA.
PROCEDURE PERFORMED: Balloon kyphoplasty at T12 and L1.
INDICATIONS: Sudden thoracolumbar pain after lifting a box 5 weeks ago; she is now mostly confined to a
recliner. MRI: STIR hyperintense marrow edema in the T12 and L1 vertebral bodies, 30% height loss at T12 and 20%
at L1. A brace and oral analgesics for 5 weeks have not helped. Pain 9/10.
DESCRIPTION: Informed consent, time-out. Prone on the Jackson table. Biplanar fluoroscopy. 1% lidocaine 20 mL
total for skin and periosteum. Bilateral transpedicular 11 gauge access at T12, unipedicular on the left at L1;
balloon tamps inflated, then 4 mL and 3 mL of cement. No extravasation.
DISPOSITION: Pain 3/10. No complications.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T12", "L1"],
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 3), need=ESI_NEED[:5], codes=[line("22513"), line("22515")], findings=[],
        comment="first level thoracic (22513), L1 add-on 22515; MRI names edema/height loss at each level")

    add("fh-vert-02", "shorthand", """
VP L2
Dx M80.08XA, osteoporotic fx L2
LBP since slipping in the shower 7 wk ago, CT: L2 fx w/ 40% ht loss + edema on MRI; TLSO + meds failed x 6 wk.
can't walk to mailbox. pain 8/10
consent/TO. prone, biplane fluoro. 10 mL 1% lido. 11 g trocar R pedicle L2, 3.5 mL PMMA, no leak.
post 3/10. no cx.
""",
        procs=[proc("vertebral_augmentation", approach="vertebroplasty", region="lumbar", levels=["L2"],
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=ESI_NEED[:5], codes=[line("22511")], findings=[])

    add("fh-scs-01", "operative_report", """
PROCEDURE: Percutaneous spinal cord stimulator trial, two leads.
DIAGNOSIS: Failed back surgery syndrome with right leg radiculopathy, G89.4 / M96.1.
INDICATIONS: Constant right leg and low back pain for 4 years after an L4-S1 fusion. Medications, PT for 12
weeks, injections and a pain psychology program have failed. Psychological evaluation 2/2026 cleared her for a
trial. Pain 8/10.
DESCRIPTION: Consent and time-out. Prone. Under fluoroscopy, 1% lidocaine 10 mL for the skin; a Tuohy needle
entered the epidural space at T12-L1 on the left paramedian and a second one below it. Two 8-contact leads were
steered to the top of T8 and the middle of T9. Paresthesia mapping covered the right leg and back. Leads
anchored to the skin and dressed.
Pain 3/10 on leaving. No complications.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=ESI_NEED[:3], codes=[line("63650", units=2), line("77003")], findings=[])
