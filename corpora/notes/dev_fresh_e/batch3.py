"""Third batch (5 notes, `fe-x-*`): the final untuned check, written after the last rule change; gold labelled
before Painpoint read them, nothing changed after their first run."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fe-x-rfa-01", "smarttext", """
Procedure: Lumbar radiofrequency neurotomy
Laterality: Left
Targets: L1, L2, L3, L4 medial branches and L5 dorsal ramus (4 joints)
Diagnosis: Lumbar spondylosis M47.816
Indication: Left low back pain for 4 years, worse with standing and extension, no leg symptoms. Failed 12 weeks of
PT and NSAIDs. Cannot do yard work or stand through church. Two MBBs at these nerves: 90% and 80% relief.
Pre-procedure pain: 7/10
Consent: signed   Time-out: done
Technique: Fluoroscopy. 18 g RF cannulae parallel to each nerve; motor testing negative. 1 mL of 2% lidocaine per
nerve; lesions 85 C x 90 s.
Post-procedure pain: 3/10
Complications: none
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(7, 3), need=SPINE_NEED, codes=[line("64635", "LT"), line("64636", "LT", units=3)], findings=[])

    add("fe-x-kypho-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Osteoporotic compression fracture, T12 and L1, M80.08XA.
PROCEDURE: Balloon kyphoplasty at two levels (T12, L1).
ANESTHESIA: Local with 1% lidocaine, 25 mL.
INDICATIONS: Thoracolumbar pain for 8 weeks after a fall; unable to get out of bed without help. MRI: acute T12
and L1 fractures with edema. Bracing and analgesics for 6 weeks failed. Pain 9/10.
DESCRIPTION: Consent and time-out. Prone. Biplane fluoroscopy. Bipedicular cannulas at T12 and L1; balloons
inflated; cement 3.5 mL at T12 and 4 mL at L1 without extravasation.
DISPOSITION: Pain 3/10. No complications.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T12", "L1"],
                    imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 250)],
        pain=(9, 3), need=ESI_NEED[:5], codes=[line("22513"), line("22515")], findings=[],
        comment="first level T12 is thoracic: 22513, L1 the add-on 22515")

    add("fe-x-tfesi-01", "dictated", """
Bilateral L4 and L5 transforaminal epidural steroid injections.

He has had pain down both legs to the top of the feet for 5 months with numbness on the dorsum of both feet and
weak big toe extension. MRI shows foraminal narrowing at l4-5 and l5-s1 on both sides. Diagnosis lumbar
radiculopathy M54.16. He has done 8 weeks of physical therapy and takes gabapentin without relief, and cannot
walk his dog. Pain 7/10.

Consent signed, time out. Prone. Under fluoroscopy 22 gauge needles were placed at the L4-5 and L5-S1 foramina on
each side. Omnipaque 240 half a mL at each showed epidural flow. Betamethasone 3 mg was injected at each of the four
levels. AP and lateral images were saved. Pain afterward 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "50"), line("64484", "50"), line("J0702", units=2)],
        findings=[])

    add("fe-x-joint-01", "clinic", """
Steroid injections - right knee and left hip
Dx: primary OA right knee M17.11; primary OA left hip M16.12
Right knee pain 3 years and left hip pain 1 year; PT 8 weeks and naproxen failed; cannot climb stairs. Pain 8/10.
Consent, time-out. No imaging. Right knee: anterolateral portal, 40 mg Depo-Medrol + 3 mL 1% lidocaine. Left hip:
anterior landmark approach, 40 mg Depo-Medrol + 3 mL 1% lidocaine.
Post 4/10. No complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="none"),
               proc("joint_injection", target="hip", region="hip", laterality="left", imaging="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 60)],
        pain=(8, 4), need=SPINE_NEED, codes=[line("20610", "RT"), line("20610", "LT"), line("J1010", units=80)],
        findings=[])

    add("fe-x-mbb-01", "shorthand", """
R C3-4, C4-5 MBB (dx #1), fluoro
Dx M47.812 cervical spondylosis
R neck pain/HA x 18 mo, extension worse; PT 8 wk, NSAIDs failed; can't turn to back up the car. 6/10
consent/TO. 25 g to R C3, C4, C5 MB; 0.3 mL 0.5% bupi each
post 1/10, no cx
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 4.5)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[])
