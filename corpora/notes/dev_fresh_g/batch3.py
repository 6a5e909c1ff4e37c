"""Third batch (5 notes, `fg-x-*`): the final untuned check, written after the last rule change (c5e9f1c); gold
labelled before Painpoint read them; nothing is changed after their first run."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fg-x-tfesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Left lumbar radiculopathy, M54.16.
PROCEDURE: Left L4-5 and L5-S1 transforaminal epidural steroid injections with fluoroscopy.
INDICATIONS: Left posterolateral leg pain to the lateral foot for 6 months with paresthesias in the lateral foot and an
absent left ankle reflex. MRI: left L5-S1 paracentral protrusion and left L4-5 foraminal narrowing. Physical therapy
for 8 weeks and a course of gabapentin failed; he cannot sit through his commute.
PREPROCEDURE PAIN SCORE: 7/10.
DESCRIPTION: The procedure, risks, and alternatives were discussed in detail and informed consent was signed. A
time-out was taken to verify the correct patient, procedure, side, and level. Conscious sedation was not used. Prone;
2 mL of 1% lidocaine at each skin site. 22 gauge needles to the left L4-5 and L5-S1 foramina; Omnipaque 300 1 mL at
each level showed perineural and epidural spread; Kenalog 20 mg at each level. Permanent images were obtained in AP
and lateral projections. There were no immediate complications.
POSTPROCEDURE PAIN SCORE: 3/10.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=ESI_NEED, pos="22", codes=[line("64483", "LT"), line("64484", "LT")], findings=[])

    add("fg-x-sij-01", "clinic", """
Bilateral SI joint injections (therapeutic, repeat)
Dx: sacroiliitis, bilateral, M46.1
Bilateral buttock pain for 2 years, worse with sitting and stairs, positive FABER and thigh thrust on both sides;
PT 8 weeks and NSAIDs failed; she cannot sit through church. Diagnostic SI blocks in 2024 gave 80% relief. Her
previous bilateral SI joint injections in August gave 70% relief until about three weeks ago.
Verbal consent. Time-out.
Prone, fluoroscopy. 22 g needles into the inferior left and right SI joints, Omnipaque 240 0.5 mL each with an
arthrogram, then Depo-Medrol 40 mg with 1 mL 0.5% bupivacaine into each joint. AP and contralateral oblique views
saved.
Pain 7/10 -> 3/10, approximately 55% improvement.
""",
        procs=[proc("si_joint_injection", target="si_joint", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 10)],
        pain=(7, 3), need=SPINE_NEED, codes=[line("27096", "50"), line("J1010", units=80)],
        complications=None, findings=["complications"],
        comment="prior 70% from August until about three weeks ago (over 5 months); nothing on complications")

    add("fg-x-tpi-01", "dictated", """
Trigger point injections, four muscles.

She returns with neck and upper back pain of 10 months after a car accident, with taut bands and referred pain in the
left upper trapezius, left levator scapulae, left rhomboid minor and left infraspinatus. Physical therapy for 8 weeks
and a muscle relaxant did not help, and she cannot carry her laundry basket. Diagnosis myofascial pain syndrome
M79.18.

Consent was given verbally after a discussion of the risks. Time out was done. Using a 27 gauge needle, 0.5 mL of 1%
lidocaine was injected into each of the four trigger points. Her pain was a six before and a two afterwards. No
complications.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 20)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("20553")], findings=["percent_relief"],
        comment="relief only implied by the scores")

    add("fg-x-rfa-01", "smarttext", """
Procedure: Right cervical medial branch radiofrequency ablation, C3-4 and C4-5 (C3, C4, C5 medial branches)
Diagnosis: Cervical spondylosis without myelopathy, M47.812
Indication: Right neck pain for 3 years, worse with rotation, failed 12 weeks of PT and NSAIDs; cannot turn to reverse
the car. Two prior MBBs (1/10: 90%, 2/7: 80%).
Pre-procedure pain: NRS 6/10
Consent: written   Time-out: performed
IV sedation: midazolam 1 mg and fentanyl 25 mcg by me, 08:50-09:08, monitored by a second RN
Technique: Prone, fluoroscopy. 20 g RF cannulae to the right C3, C4 and C5 medial branches; sensory and motor testing
appropriate; 0.5 mL 2% lidocaine at each; lesions at 80 C for 90 seconds.
Post-procedure pain: NRS 2/10
Complications: none
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 1), given("fentanyl", 0.025), given("lidocaine", 30)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("64633", "RT"), line("64634", "RT"), line("99152")],
        findings=["sedation_details"],
        comment="18 minutes with an observer: 99152; no reason for sedation for the RFA (justification warning)")

    add("fg-x-hip-01", "clinic", """
Right hip injection, ultrasound-guided
Dx: primary OA right hip M16.11
Right groin pain for 18 months, failed PT and NSAIDs, can't put on socks. Pain 8/10.
Consent: verbal. Time-out done.
Supine. Under ultrasound a 22 g spinal needle was placed in-plane to the anterior femoral head-neck junction; 40 mg
triamcinolone with 4 mL 1% lidocaine injected, capsular distension seen. Image saved.
Complications: none.
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(8, None), need=SPINE_NEED, codes=[line("20611", "RT"), line("J3301", units=4)],
        findings=["post_procedure_pain_score"])
