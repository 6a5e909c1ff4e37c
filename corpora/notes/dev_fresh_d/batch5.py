"""Fifth batch (5 notes, `fd-x-*`): the final untuned check, written after the very last rule change; gold
labelled before Painpoint read them; nothing is changed after their first run."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fd-x-ilesi-01", "operative_report", """
PROCEDURE: C7-T1 interlaminar epidural steroid injection, left paramedian approach.
DIAGNOSIS: Cervical radiculopathy, M54.12.
INDICATION: Left arm pain into the ring and small fingers for 4 months with grip weakness; PT 6 weeks and
gabapentin failed; she cannot carry groceries. MRI: C7-T1 left foraminal disc osteophyte complex. Pain 7/10.
TECHNIQUE: Consent, time-out. Prone, fluoroscopy. 20 g Tuohy needle, left paramedian, loss of resistance at C7-T1.
Omnipaque 240 1 mL: epidural spread on the lateral view. Dexamethasone 10 mg with 2 mL saline. AP and lateral
images saved.
POST: 2/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, pos="22", codes=[line("62321")], findings=[])

    add("fd-x-gnb-01", "shorthand", """
Genicular nerve block, L knee (SM, SL, IM), diagnostic, fluoro
Dx: M17.12 OA left knee
Knee pain 3 yrs, failed PT/NSAIDs/steroid inj; walks < 1 block; considering RFA if positive. Pre 8/10.
Consent, TO. 22 g needles to the SM, SL and IM genicular nerves under fluoroscopy, 1 mL 0.5% bupivacaine each.
Post 1/10 (88% relief). No cx.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left",
                    imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(8, 1), need=SPINE_NEED, codes=[line("64454", "LT")], findings=[])

    add("fd-x-facet-01", "smarttext", """
Procedure: Lumbar facet joint injections (intra-articular), therapeutic
Laterality: Bilateral
Levels: L4-5, L5-S1
Diagnosis: Lumbar facet arthropathy M47.816
Indication: Axial low back pain for 3 years, worse with extension; failed PT and NSAIDs; cannot stand to cook.
Two diagnostic medial branch blocks gave 80% and 85% relief; she declines ablation.
Pre-procedure pain: 6/10
Consent: signed   Time-out: done
Technique: Fluoroscopy. 22 g needle into each of the four joints (L4-5 and L5-S1 on both sides); Kenalog 20 mg
with 0.5 mL 0.25% bupivacaine into each joint.
Post-procedure pain: 2/10
Complications: none
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 5)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("64493", "50"), line("64494", "50"), line("J3301", units=8)],
        findings=[])

    add("fd-x-snrb-01", "clinic", """
Right C7 selective nerve root block
Dx: cervical radiculopathy M54.12
Right triceps-distribution arm pain and middle finger numbness for 3 months, triceps 4/5; failed PT 6 weeks and
a steroid taper; cannot lift her grandchild. MRI: right C6-7 foraminal disc protrusion. Pain 8/10.
Consent and time-out. Supine oblique, fluoroscopy; 25 g needle to the posterior right C6-7 foramen along the C7
root; Isovue-M 200 0.5 mL, no vascular flow; dexamethasone 10 mg. AP and oblique images saved.
Post 3/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64479", "RT"), line("J1100", units=10)], findings=[])

    add("fd-x-sij-01", "dictated", """
Right sacroiliac joint injection, therapeutic.

She has sacroiliac pain on both sides, right much worse than left, for 10 months. PT for 8 weeks and NSAIDs
failed; she cannot sit through a movie. Diagnosis sacroiliitis M46.1. A diagnostic right SI joint block in
November gave 85% relief for 8 hours. Pain before 7/10.

Consent and time out. Prone, fluoroscopy. A 22 g needle entered the inferior right SI joint; Omnipaque 240
0.5 mL confirmed an arthrogram. Depo-Medrol 40 mg with 1 mL 0.5% bupivacaine injected. AP and oblique views
saved. The left side was deferred today. Pain after 2/10, 70% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, dos="2024-01-10", codes=[line("27096", "RT"), line("J1030")], findings=[],
        comment="before 2024-04-01: 40 mg methylprednisolone is one J1030")
