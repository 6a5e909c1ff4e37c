"""Third untuned batch (6 notes, `fd-v-*`), written after the last rule change; gold labelled before Painpoint
read them, and nothing is changed for them after their first run (the final untuned check)."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fd-v-tfesi-01", "shorthand", """
TFESI L5/S1 + S1, LT side, fluoro
Dx: lumbosacral radiculopathy M54.17
4 mo L buttock/post thigh/calf pain to the heel, numb sole; PT 6 wk + meloxicam failed; can't stand at work > 30 min.
MRI L5/S1 L paracentral extrusion on the S1 root. Pre 8/10.
Consent/time-out. Prone. 22 g needles to the L L5/S1 foramen and the L S1 foramen. Omnipaque 240 0.5 mL at each:
neurograms, no vascular flow. Kenalog 80 mg divided between the two needles. AP + lat saved.
Post 3/10, no cx.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT"), line("J3301", units=8)],
        findings=[])

    add("fd-v-mbb-01", "smarttext", """
Procedure: Cervical medial branch block #1 (diagnostic)
Laterality: Right
Levels: C4-5, C5-6
Diagnosis: Cervical facet arthropathy, M47.812
Indication: Right posterior neck pain for 14 months, worse with extension; failed PT 8 weeks, NSAIDs and
massage; trouble turning to reverse the car.
Pre-procedure pain: 7/10
Consent: signed   Time-out: completed
Technique: Prone, fluoroscopy. 25 g needles to the C4, C5 and C6 medial branches on the R; 0.3 mL 0.5%
bupivacaine at each.
Post-procedure pain: 1/10 (85% relief)
Complications: none
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 4.5)],
        pain=(7, 1), need=SPINE_NEED, codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[])

    add("fd-v-knee-01", "clinic", """
Rt knee aspiration and injection, ultrasound-guided
Dx: primary OA right knee M17.11 with effusion
Swollen painful knee for 3 months; failed NSAIDs and a home program; limps and cannot squat. Pain 7/10.
Consent, time-out. Suprapatellar recess seen with the linear probe; 18 g needle in plane, 25 mL straw-coloured
fluid aspirated, then Depo-Medrol 80 mg with 3 mL 1% lidocaine injected through the same needle. No image
stored.
Post 4/10. No complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 30)],
        pain=(7, 4), need=SPINE_NEED, codes=[line("20610", "RT"), line("J1010", units=80)], findings=[],
        comment="ultrasound without a stored image: 20610")

    add("fd-v-si-01", "operative_report", """
PROCEDURE: Left sacroiliac joint injection, therapeutic, CT-guided.
DIAGNOSIS: Sacroiliitis, left, M46.1.
INDICATION: Left SI joint pain for 1 year; a diagnostic left SIJ block in January gave 80% relief for 6 hours.
Failed 8 weeks of PT and NSAIDs; cannot sit through a work meeting. Pain 6/10.
TECHNIQUE: Consent and time-out. Prone in the CT gantry. A 22 g needle was advanced into the inferior left SI
joint; 1 mL Omnipaque 300 confirmed intra-articular spread. 40 mg triamcinolone with 1 mL 0.5% bupivacaine
injected. Two CT images saved.
RESULT: Pain 2/10 (67% relief). No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="ct", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(6, 2), need=SPINE_NEED, pos="24", codes=[line("27096", "LT")], findings=[],
        comment="POS 24: no drug lines; 27096 includes the imaging")

    add("fd-v-occ-01", "shorthand", """
L GONB + L LONB, US-guided
Dx: occipital neuralgia M54.81
L occipital stabbing pain x 7 mo; failed gabapentin + PT; can't sleep on that side. 7/10.
Consent, TO.
US: GON over the obliquus capitis inferior, LON at the posterior SCM border; 25 g in plane; 2 mL 0.25% bupivacaine
at each nerve and dexamethasone 4 mg with the GON injectate. Images saved.
Post 1/10. No cx.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("bupivacaine", 10), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 1), need=SPINE_NEED,
        codes=[line("64405", "LT"), line("64450", "LT"), line("76942"), line("J1100", units=4)], findings=[])

    add("fd-v-tpi-01", "dictated", """
Trigger point injections.

Low back and buttock muscle pain on the right for 4 months with taut bands in the right quadratus lumborum and
right gluteus medius; stretching and cyclobenzaprine failed; sitting is limited. Diagnosis myofascial pain M79.18.
Pain 6 out of 10 before.

Verbal consent and time out. A 25 g needle was used to inject each of the two muscles with ketorolac 15 mg in
1 mL of 1% lidocaine. Pain after 2 out of 10, 65% better. No complications.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("ketorolac_tromethamine", 30), given("lidocaine", 20)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("20552"), line("J1885", units=2)], findings=[])
