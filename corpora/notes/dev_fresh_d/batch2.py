"""Second untuned batch (8 notes, `fd-u-*`), written after the rule changes of the first round; gold labelled
before Painpoint read them, and nothing was changed for them after their first run."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fd-u-tfesi-01", "operative_report", """
PROCEDURE: Cervical transforaminal epidural steroid injection, C5-6.
DIAGNOSIS: Cervical radiculopathy, C6, M54.12.
INDICATION: Ten weeks of neck pain radiating over the shoulder and lateral forearm into the thumb with numbness;
biceps reflex diminished. Six weeks of therapy, a prednisone taper and gabapentin gave little relief. She has
stopped driving because she cannot turn her head. MRI: C5-6 uncovertebral spurring narrowing the foramen.
Pain 7/10.
TECHNIQUE: Consent signed, time-out completed. Supine, oblique fluoroscopic view. A 25 g needle was guided to
the posterior aspect of the left C5-6 neural foramen. Isovue-M 200, 0.5 mL under live fluoroscopy: no vascular
uptake, perineural spread along the exiting root. Dexamethasone 10 mg injected slowly. AP and oblique images
archived.
POST: 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C5-C6"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64479", "LT"), line("J1100", units=10)], findings=[],
        comment="side only in the technique paragraph")

    add("fd-u-si-01", "shorthand", """
B/L SIJ injections (diagnostic), fluoro
Dx: sacroiliac joint dysfunction, both sides, M53.3
Bilat buttock pain below the belt line x 9 mo, + Gaenslen and thigh thrust on both sides; PT 8 wks, NSAIDs -
no help. Can't sit through church. Pain 6/10.
Consent/TO.
Prone. 22 g into the inferior pole of the R SIJ, Omnipaque 240 0.5 mL arthrogram; Depo-Medrol 40 mg + 1 mL 0.5%
bupivacaine. Then the L SIJ in the same fashion with the same drugs. AP + oblique images saved.
Pain 1/10 at 20 min (85% relief). No cx.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 10)],
        pain=(6, 1), need=SPINE_NEED, dos="2023-11-14", codes=[line("27096", "50"), line("J1040")], findings=[],
        comment="before 2024-04-01: 80 mg methylprednisolone is one J1040")

    add("fd-u-genic-01", "clinic", """
Genicular nerve blocks - both knees, ultrasound-guided, diagnostic
Diagnosis: Bilateral primary osteoarthritis of knee (M17.0)
Knee pain in both knees for 5 years despite PT, bracing, NSAIDs and two rounds of steroid injections; cannot
walk more than a block. Being evaluated for radiofrequency ablation. Pre 7/10.
Consent and time-out.
Left knee first: superomedial, superolateral and inferomedial genicular nerves identified with the linear
probe, 1 mL 0.5% bupivacaine at each. The right knee was then treated the same way. Images saved.
Post 1/10 in both knees (85% relief). No complications.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="bilateral",
                    imaging="ultrasound", intent="diagnostic")],
        drugs=[given("bupivacaine", 30)],
        pain=(7, 1), need=SPINE_NEED, codes=[line("64454", "50")], findings=[])

    add("fd-u-rfa-01", "dictated", """
Lumbar radiofrequency ablation, L3 and L4 medial branches and L5 dorsal ramus.

Diagnosis lumbar facet arthropathy M47.816. Axial low back pain for 3 years, worse on extension and rotation,
no radicular symptoms; failed PT, NSAIDs and a home program; she cannot garden. Two medial branch blocks at
these nerves gave 90% and 80% relief. Pain before 6/10.

Consent obtained and time out done. Local only. On the rt., under fluoroscopy, 18 g RF cannulae were placed on
the L3 and L4 medial branches and the L5 dorsal ramus. Motor stimulation at 2 V without leg contraction. 1 mL
of 2% lidocaine at each, then lesions at 80 C for 90 seconds. Pain after 3/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 3), need=SPINE_NEED, codes=[line("64635", "RT"), line("64636", "RT")], findings=[],
        comment="side only as 'On the rt.' in the technique")

    add("fd-u-tpi-01", "smarttext", """
Procedure: Trigger point injections
Location: B/L upper trapezius and L rhomboid
Diagnosis: Myofascial pain, M79.18
Indication: Upper back and neck pain for 5 months with palpable taut bands and twitch responses in the muscles
named; failed stretching, massage and NSAIDs; wakes her at night.
Pre-procedure pain: 6/10
Consent: verbal   Time-out: done
Technique: 27 g needle, 1 mL 1% lidocaine into each of the three trigger points.
Complications: none
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 30)],
        pain=(6, None), need=SPINE_NEED, pos="22", codes=[line("20553")],
        findings=["percent_relief", "post_procedure_pain_score"],
        comment="3 muscles (both trapezius, left rhomboid); POS 22; no post score or relief")

    add("fd-u-mixed-01", "operative_report", """
PROCEDURES: 1) Right greater occipital nerve block. 2) Trigger point injections, right upper trapezius and right
splenius capitis.
DIAGNOSES: Occipital neuralgia (M54.81); myofascial pain (M79.18).
INDICATIONS: Right-sided occipital headaches with scalp tenderness for 6 months and tender trigger points in the
two muscles named; failed amitriptyline and therapy; misses work. 7/10.
DESCRIPTION: Consent and time-out. Landmark technique: 25 g needle medial to the occipital artery at the
superior nuchal line, 2 mL 0.5% bupivacaine with 40 mg triamcinolone. Then 1 mL 0.5% bupivacaine into each of
the two trigger points.
RESULT: 2/10, about 70% better. No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                    imaging="none"),
               proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=SPINE_NEED, codes=[line("64405", "RT"), line("20552"), line("J3301", units=4)],
        findings=[])

    add("fd-u-hip-01", "clinic", """
Left hip intra-articular injection under fluoroscopy
Dx: Primary osteoarthritis, left hip (M16.12)
Left groin and anterior thigh pain with walking for 2 years; right THA in 2021 doing well, contralateral hip
pain is mild and was not treated. PT and NSAIDs failed; he needs a cane. Pain 8/10.
Consent, time-out.
22 g spinal needle to the left femoral head-neck junction under fluoroscopy; Omnipaque 300 3 mL outlined the
joint. Depo-Medrol 40 mg with 4 mL 0.25% bupivacaine injected. Image saved.
Post 3/10. No complications.
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="left", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 40), given("bupivacaine", 10)],
        pain=(8, 3), need=SPINE_NEED,
        codes=[line("20610", "LT"), line("77002"), line("J1010", units=40), line("Q9967", units=3)], findings=[],
        comment="contralateral hip only in history and 'not treated'; office: contrast and drug lines")

    add("fd-u-lsb-01", "operative_report", """
PROCEDURE: Lumbar sympathetic block, fluoroscopically guided.
DIAGNOSIS: Complex regional pain syndrome type I, left lower limb (G90.522).
INDICATION: Burning pain and swelling of the left foot for 6 months after a crush injury; failed gabapentin and
graded motor imagery; cannot bear weight. Pain 8/10.
TECHNIQUE: Consent and time-out. Local only. Prone. A 22 g needle was advanced to the anterolateral margin of
the L3 vertebral body on the left. Omnipaque 240, 3 mL, spread along the sympathetic chain. 15 mL of 0.25%
bupivacaine injected. The foot warmed by 3 C.
POST: 3/10. No complications.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 37.5)],
        pain=(8, 3), need=SPINE_NEED, pos="22", codes=[line("64520"), line("77002", "26")], findings=[],
        comment="side only in the diagnosis, indication and technique; POS 22")
