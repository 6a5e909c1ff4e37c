"""Second untuned batch (8 notes, `fh-u-*`), written after the fixes of the first batch and measured once; nothing
was tuned on them afterwards. Gold labelled from my own reading as a coder before Painpoint read any of them."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fh-u-tfesi-01", "operative_report", """
PROCEDURE: Lumbar transforaminal epidural steroid injections, L4-5, both sides.
PRE-OP DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication, M48.062.
HISTORY: Seventy-four year old retired postal carrier with aching in both buttocks and down the back of both thighs
when he walks more than a block or two, easing when he sits, for fourteen months. Reflexes are reduced at both
ankles. MRI shows bilateral L4-5 lateral recess and foraminal stenosis from facet hypertrophy. Eight weeks of
physical therapy and celecoxib have not changed anything. He has given up golf. Pain today 7/10.
PROCEDURE NOTE: The consent form was signed and a time-out was completed. Prone on the table with a pillow under
the abdomen. Using pulsed fluoroscopy, the right L4-5 foramen was approached with a 22 gauge needle; Isovue-M 300
showed a clean neurogram and epidural filling without vascular pattern and Depo-Medrol 40 mg was injected. The
left L4-5 foramen was then done the same way with another 40 mg of Depo-Medrol. Isovue-M 300 1.5 mL was used in
all. Saved images: AP and lateral.
RECOVERY: Pain 2/10 after twenty minutes. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1.5, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "50"), line("J1010", units=80)], findings=[])

    add("fh-u-mbb-01", "shorthand", """
L thoracic MBB T7-8 and 8-9 (dx #1)
Dx M47.814 thoracic spondylosis
L mid-back pain x 10 mo, worse w/ twisting, no band-like radiation. PT 8 wk + meloxicam - no change.
can't sit through a church service. pain 6/10
consent/TO done. prone, fluoro. 25 g to L T6, T7, T8 MB, 0.5 mL 0.5% ropivacaine on each.
post 1/10, no cx
""",
        procs=[proc("facet_injection", approach="medial_branch", region="thoracic", laterality="left",
                    levels=["T7-T8", "T8-T9"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")], findings=[],
        comment="T6, T7, T8 medial branches = T7-8 and T8-9 joints; 3 x 0.5 mL x 5 mg/mL")

    add("fh-u-rfa-01", "smarttext", """
Procedure: Radiofrequency neurotomy, lumbar
Laterality: R
Level(s): L3/4, L4/5, L5/S1
Dx: Lumbar facet arthropathy (M47.816)
HPI: Right-sided low back pain for 2 years, extension and rotation provoke it; failed 3 months of PT, NSAIDs
and chiropractic. Cannot stand long enough to cook a meal. Two medial branch blocks at these levels: 90% and 80%
relief.
Pain before: 7/10
Consent: signed. Time-out: done.
Guidance: fluoroscopy
Technique: 18 g cannulae to the R L2, L3, L4 MB and L5 DR; sensory 0.4 V concordant, motor negative at 2 V. 2% lido
0.5 cc per cannula then 80 C x 90 s.
Pain after: 3/10
Complications: none
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 3), need=SPINE_NEED, codes=[line("64635", "RT"), line("64636", "RT", units=2)], findings=[])

    add("fh-u-knee-01", "clinic", """
Knee injections
Dx: primary osteoarthritis of both knees, M17.0
Both knees ache with stairs and standing for 3 years; PT for 8 weeks and naproxen gave little relief. Pain 7/10.
Consent, time-out.
Right knee: superolateral approach, 22 g, Kenalog 40 1 cc plus 4 cc 1% lidocaine.
Left knee: same approach and the same mixture.
No imaging. No complications. Pain 3/10 at discharge.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="bilateral", imaging="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 80)],
        pain=(7, 3), need=ESI_NEED[:3], codes=[line("20610", "50"), line("J3301", units=8)], findings=[],
        comment="one knee each side, written per knee: bilateral 20610-50")

    add("fh-u-kypho-01", "operative_report", """
PROCEDURE: Kyphoplasty T8, T9 and T10.
DIAGNOSIS: Osteoporotic compression fractures, M80.08XA.
INDICATIONS: Thoracic back pain since a cough illness 7 weeks ago, now bed to chair. MRI: STIR edema in the T8,
T9 and T10 bodies with wedge deformity at each. A brace and analgesics for 6 weeks have failed. Pain 9/10.
PROCEDURE IN DETAIL: Consent obtained, time-out performed. Prone, biplane fluoroscopy. 1% lidocaine, 25 mL in
total, for the skin and periosteum. Unipedicular 10 gauge access at each body with balloon tamp inflation;
cement 2.5 mL, 3 mL and 3 mL. No extravasation on the final lateral views.
DISPOSITION: Pain 3/10. No complications.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T8", "T9", "T10"],
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 250)],
        pain=(9, 3), need=ESI_NEED[:5], codes=[line("22513"), line("22515", units=2)], findings=[])

    add("fh-u-tpi-01", "bulleted", """
TRIGGER POINT INJECTIONS
- Dx: myofascial pain syndrome (M79.18)
- Neck and upper back pain for 8 months, taut bands with twitch responses in b/l upper trapezius and b/l rhomboids
- Home stretching and cyclobenzaprine for 3 months did not help
- Pain before: 6/10
- Verbal consent, time-out
- 6 trigger points injected with 0.5 mL 1% lidocaine at each
- Pain after: 2/10 (65% better)
- No complications
""",
        procs=[proc("trigger_point")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=ESI_NEED[:3], codes=[line("20553")], findings=[],
        comment="trapezius and rhomboids on both sides: 4 muscles")

    add("fh-u-si-01", "operative_report", """
PROCEDURE: Left sacroiliac joint injection, therapeutic.
DIAGNOSIS: Sacroiliitis, right, M46.1.
INDICATIONS: Right buttock and posterior hip pain for 9 months, positive thigh thrust and compression tests on
the right. A diagnostic right SI joint block in December gave 80% relief for the day. PT for 6 weeks and NSAIDs
failed. Pain 7/10.
TECHNIQUE: Consent, time-out. Prone. Fluoroscopy with the inferior right SI joint line visualized; a 22 gauge
spinal needle entered the right SI joint. Omnipaque 240, 0.5 cc, outlined the joint. Kenalog 40 1 cc with 1 cc
0.25% bupivacaine injected. AP and oblique images saved.
POST: Pain 2/10. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(7, 2), need=ESI_NEED[:3], codes=[line("27096", "RT"), line("J3301", units=4)],
        findings=["laterality_conflict", "percent_relief"],
        comment="title left, diagnosis and technique right: codes follow the technique, side conflict; relief only "
                "implied by pre/post scores is percent_relief (gold corrected after the first run: my mistake)")

    add("fh-u-ilesi-01", "shorthand", """
T-spine ILESI, 10-11
Dx: thoracic radiculopathy M54.14
R-sided band of pain around the lower ribs into the R flank x 4 mo w/ allodynia in the R T10 dermatome; MRI: R
paracentral T10-11 disc protrusion. PT 6 wk + gabapentin failed. can't lift his toddler. pain 7/10
consent/TO. prone, fluoro, 20 g Tuohy at the 10-11 interspace, LOR to saline. Omnipaque 240 1 mL, epidurogram AP
+ lat saved. dex 10 + 2 mL PF NS.
post 2/10. no cx.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("62321"), line("J1100", units=10)], findings=[])
