"""Fourth batch (5 notes, `fd-w-*`): the final untuned check, written after the last rule change; gold labelled
before Painpoint read them, and nothing was changed for them after their first run."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fd-w-tfesi-01", "smarttext", """
Procedure: Lumbar transforaminal epidural steroid injection
Side: B/L
Level(s): L4-5, L5-S1
Facility: ambulatory surgery center
Diagnosis: Lumbar spinal stenosis with neurogenic claudication, M48.062
Indication: Pain in both buttocks and the backs of both legs on walking for 8 months, eased by sitting; failed PT
10 weeks and gabapentin; cannot shop for groceries. MRI: moderate central and foraminal stenosis at L4-5 and L5-S1.
Pre-procedure pain: 7/10
Anesthesia: local
Consent: signed   Time-out: done
Technique: Under fluoroscopy, 22 g needles to the L4-5 and L5-S1 foramina on each side. Omnipaque 240 0.5 mL per
needle with epidural spread. Dexamethasone 2.5 mg per needle. AP and lateral images saved.
Post-procedure pain: 2/10
Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="local")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, pos="24", codes=[line("64483", "50"), line("64484", "50")], findings=[])

    add("fd-w-sirfa-01", "operative_report", """
PROCEDURE: Radiofrequency ablation of the left L5 dorsal ramus and S1-S3 lateral branches.
DIAGNOSIS: Sacroiliac joint pain, M53.3.
INDICATION: Left-sided buttock pain over the SI joint for 2 years; two lateral branch blocks gave 80% and 90%
relief. Failed PT and an intra-articular injection. Cannot sit for a full work day. Pain 6/10.
TECHNIQUE: Consent and time-out; local only. Prone, fluoroscopy. 17 g cooled RF cannulae at the L5 dorsal ramus
and lateral to the S1, S2 and S3 foramina; sensory stimulation concordant, no motor response; 1 mL 2% lidocaine
at each of the 4 sites, then lesions.
RESULT: Pain 3/10. No complications.
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 80)],
        pain=(6, 3), need=SPINE_NEED, codes=[line("64625", "LT")], findings=[],
        comment="side in the title and indication")

    add("fd-w-knee-01", "clinic", """
Injection of both knees - ultrasound guided
Dx: bilateral primary knee OA, M17.0
Both knees painful for 2 years, worse with stairs; failed PT, weight loss and NSAIDs; uses a cane. Pain 7/10.
Consent; time-out. Linear probe, lateral suprapatellar approach on each knee, 22 g needle in plane into the
recess; triamcinolone 40 mg with 2 mL 1% lidocaine into each knee. Images of both needles saved.
Post 3/10. No complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="bilateral", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 40)],
        pain=(7, 3), need=SPINE_NEED, codes=[line("20611", "50"), line("J3301", units=8)], findings=[])

    add("fd-w-mbb-01", "dictated", """
lumbar medial branch blocks number two

the patient has left-sided low back pain for 2 years worse with standing and extension without leg symptoms.
PT for 3 months and NSAIDs did not help and she can no longer stand at the sink to wash dishes. diagnosis
lumbar spondylosis M47.816. the first block gave 80% relief for 5 hours. pain before 6/10.

consent and time out were completed. under fluoroscopy 22 gauge needles were placed at the left L3 and L4
medial branches and the left L5 dorsal ramus and 0.5 mL of 0.5% bupivacaine was given at each. pain after
1/10, 85% relief. no complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[])

    add("fd-w-mixed-01", "bulleted", """
* Procedures: right L5-S1 TFESI; right greater trochanteric bursa injection
* Dx: lumbar radiculopathy M54.16; trochanteric bursitis, right hip M70.61
* 5 mo right L5 radicular pain down the lateral leg + lateral hip pain lying on that side; PT 8 wk, NSAIDs
  failed; cannot walk her dog. MRI: right L5-S1 foraminal stenosis. Pain 8/10.
* Consent, time-out.
* TFESI: fluoro, 22 g to the right L5-S1 foramen, Omnipaque 240 1 mL epidural flow, dexamethasone 10 mg.
  AP/lateral saved.
* Bursa: by palpation, 22 g into the point of maximal tenderness over the right greater trochanter, Kenalog
  40 mg + 3 mL 1% lidocaine.
* Post 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("joint_injection", target="hip", region="hip", laterality="right", imaging="none")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10),
               given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
        pain=(8, 2), need=ESI_NEED,
        codes=[line("64483", "RT"), line("20610", "RT"), line("J1100", units=10), line("J3301", units=4)],
        findings=[])
