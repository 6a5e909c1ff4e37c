"""Second batch (8 notes, `fe-u-*`): the untuned check written after the fixes of the first batch; gold labelled
before Painpoint read them, nothing changed after their first run."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fe-u-tfesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication, M48.062.
PROCEDURE PERFORMED: Bilateral L3/4, L4/5 and L5/S1 transforaminal epidural steroid injections.
INDICATIONS: Aching and heaviness in both legs when walking for 9 months, relieved by sitting, with numbness over
both shins. MRI: multilevel foraminal stenosis, worst at L4/5. Failed PT for 8 weeks and gabapentin. He can walk
only to the mailbox. Pain 8/10.
DESCRIPTION OF PROCEDURE: Consent and time-out. Prone. Fluoroscopy. Six 22-gauge needles, one at each of the
foramina named above on each side. Omnipaque 180, 0.5 mL per needle, no intravascular spread. Dexamethasone 2 mg
per needle. AP and lateral views saved.
DISPOSITION: Pain 4/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True,
                    intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("dexamethasone_sodium_phosphate", 12)],
        pain=(8, 4), need=ESI_NEED,
        codes=[line("64483", "50"), line("64484", "50", units=2), line("J1100", units=12)],
        findings=["level_limit"])

    add("fe-u-rfa-01", "dictated", """
Right thoracic facet radiofrequency ablation.

Diagnosis thoracic spondylosis M47.814. She has had right-sided mid back pain between the shoulder blades for two
years, worse with twisting, and has failed therapy for 10 weeks and celecoxib. She can no longer sit through her
shift at the library. Two medial branch blocks at the same nerves gave 80 percent and 90 percent relief. Pain is
six out of 10.

Consent signed, time out. Prone. Under fluoroscopy RF cannulas were placed at the right T6, T7 and T8 medial
branches at the superolateral transverse processes. Sensory and motor testing satisfactory. 1 mL of 2% lidocaine at
each, then lesions at 80 degrees Celsius for 90 seconds. Post pain 2/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="thoracic", laterality="right",
                    levels=["T7-T8", "T8-T9"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("64633", "RT"), line("64634", "RT")], findings=[],
        comment="T6, T7, T8 medial branches = joints T7-8 and T8-9 (the lumbar convention, one level down)")

    add("fe-u-kypho-01", "smarttext", """
Procedure: Kyphoplasty T10 through T12 (3 levels), bipedicular
Diagnosis: Age-related osteoporosis with current pathological vertebral fractures, M80.08XA
History: Thoracolumbar pain for 7 weeks after lifting a laundry basket; MRI shows acute fractures of T10, T11 and
T12 with edema. Failed bracing and analgesics for 6 weeks. Cannot walk to the bathroom without help. Pain 10/10.
Anesthesia: Local, 1% lidocaine 30 mL
Consent: signed   Time-out: done
Technique: Prone. Biplanar fluoroscopy. Bilateral transpedicular cannulas at each level, balloon tamps inflated,
PMMA 3 mL per level, no extravasation.
Post-procedure pain: 3/10
Complications: none
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T10", "T11", "T12"],
                    imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 300)],
        pain=(10, 3), need=ESI_NEED[:5], codes=[line("22513"), line("22515", units=2)], findings=[])

    add("fe-u-vert-01", "shorthand", """
L 3 vertebroplasty
Dx M80.08XA osteoporotic compression fx L3
LBP since fall 2 mo ago, MRI: acute L3 fx w/ edema, 35% ht loss. brace + meds 6 wk failed. can't stand to cook.
pain 8/10
consent/TO, prone, fluoro, 10 mL 1% lido, 11 g needle L pedicle, 4 mL PMMA, no leak
post 2/10, no cx
""",
        procs=[proc("vertebral_augmentation", approach="vertebroplasty", region="lumbar", levels=["L3"],
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 2), need=ESI_NEED[:5], codes=[line("22511")], findings=[])

    add("fe-u-mbb-01", "clinic", """
Lumbar MBB #2, bilateral, L4 - L5 and L5 - S1 (confirmatory)
Dx: lumbar facet arthropathy M47.816
Bilateral low back pain 2 years, worse standing/extension, no radiation. PT 3 months, NSAIDs failed. Can't stand at
the stove to cook. First block gave 85% relief for 5 hours. Pain 7/10.
Consent, time-out. Prone, fluoroscopy. 25 g needles to the L3 and L4 medial branches and the L5 dorsal rami on both
sides, 0.5 mL 2% lidocaine at each of the six nerves.
Post 1/10. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 1), need=SPINE_NEED, codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fe-u-ilesi-01", "dictated", """
Lumbar epidural steroid injection, interlaminar approach, at the 4-5 level.

The patient has pain radiating from the low back down the back of the right leg to the heel for 3 months with
tingling in the sole and a positive straight leg raise on the right. MRI shows a right L4-5 disc protrusion
narrowing the lateral recess. Diagnosis lumbar radiculopathy M54.16. He did physical therapy for 6 weeks and took
meloxicam without improvement. He has had to stop golfing and cannot sit through a drive. Pain eight out of ten.

Consent was signed and a time out completed. Prone. Under fluoroscopy an 18 gauge Tuohy needle was advanced into the
epidural space between L4 and L5 by loss of resistance. Isovue-M 200, 2 mL, spread in the epidural space. Depo-Medrol
80 mg and 2 mL of normal saline injected. AP and lateral images saved. Pain after 3/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(8, 3), need=ESI_NEED, codes=[line("62323"), line("J1010", units=80)], findings=[])

    add("fe-u-mbb-02", "bulleted", """
Cervical facet medial branch blocks (diagnostic)
- Side: bilateral
- Dx: cervical spondylosis M47.812
- Neck pain both sides x 3 yrs, worse looking up; no arm symptoms
- Failed PT 8 wks, meloxicam; cannot reverse the car
- Pain 6/10
- Consent signed, time-out done
- Fluoroscopy, prone
- Right side first: C5, C6 and C7 medial branches; then the left side at the same nerves
- 0.25 mL 0.5% bupivacaine per nerve
- Post 1/10, no complications
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=[],
        comment="C5, C6, C7 medial branches = joints C5-6, C6-7 (as the gold convention reads the lumbar nerves)")

    add("fe-u-tfesi-02", "clinic", """
Transforaminal ESI, right S1 foramen
Dx: sacral radiculopathy M54.18
Right buttock to lateral foot pain x 10 weeks, numb little toe, weak right plantar flexion. MRI: right S1 root
compressed by an L5-S1 extrusion. PT 5 weeks + NSAIDs failed. Unable to work his shift. Pain 9/10.
Consent, time-out. Prone, fluoro. 22 g needle through the right S1 posterior foramen; Omnipaque 240 1 mL along the
S1 root; triamcinolone 40 mg. AP and lateral images saved.
Post 3/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="right",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(9, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("J3301", units=4)], findings=[])
