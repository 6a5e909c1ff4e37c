"""Second batch (7 notes, `fg-u-*`): the untuned check, written after the fixes of batch 1; gold labelled before
Painpoint read them, and nothing was changed for them after their first run."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fg-u-tfesi-01", "smarttext", """
Procedure: Right C6 selective nerve root block (transforaminal), fluoroscopic guidance
Diagnosis: Cervical radiculopathy, right (M54.12)
HPI: Pain from the right shoulder down the radial forearm into the thumb for 4 months with numbness of the thumb
tip and a weak right biceps (4/5). MRI: right C5-6 uncovertebral spurring with moderate foraminal stenosis. Six
weeks of PT and meloxicam without improvement. Unable to lift her toddler. Her pain averages 7/10 at home.
Numeric pain score: 6 (pre) | 2 (post)
Consent: signed by patient after R/B/A
Time-out: verified
Sedation: none (local only)
Technique: Supine oblique. 1 mL 1% lidocaine to the skin. 25 g needle to the posterior right C5-6 foramen; Omnipaque
240 0.5 mL outlined the C6 root without vascular flow on live fluoroscopy; dexamethasone 10 mg injected.
Saved images: AP, oblique
Adverse events: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C5-C6"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 10), given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=ESI_NEED, codes=[line("64479", "RT"), line("J1100", units=10)], findings=[],
        comment="the home average is no pre score; C6 root = C5-C6 foramen")

    add("fg-u-ilesi-01", "dictated", """
Lumbar interlaminar epidural steroid injection at L4-5, repeat.

She comes back with the same pain as before: low back pain spreading into the back of both thighs and the left calf
for a year and a half, with pins and needles in the left foot and a reduced left ankle reflex. The MRI shows a broad
L4-5 disc bulge with moderate canal and lateral recess narrowing. Twelve weeks of therapy with a home program and
duloxetine did not help, and she has had to give up her part-time job. The last one, in September, took about half
the pain away for roughly three months. Her pain this morning is a seven. Diagnosis lumbar radiculopathy M54.16.

She signed the consent form. A pause confirmed her identity, the level and the approach with the staff. Prone on the
fluoroscopy table; 3 mL of 1% lidocaine to the skin; a 20 gauge Tuohy needle reached the epidural space at L4-5 by
loss of resistance in the midline; Omnipaque 240 2 mL gave an epidural pattern; 80 mg triamcinolone with 4 mL
preservative-free saline was injected. No problems were encountered, and her pain was down to a three by the time
she got up.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("J3301", units=8)], findings=["saved_images"],
        comment="half the pain for about three months meets 50% for 3 months; no saved images; 'A pause confirmed her"
                " identity, the level and the approach' is a time-out; 'No problems were encountered' is a complications"
                " statement")

    add("fg-u-mbb-01", "shorthand", """
R C4-5, C5-6 MBB #2 (confirmatory), fluoro
Dx M47.812 cervical spondylosis
R neck pain x 2 yrs, worse looking up/turning; PT 10 wk + NSAIDs failed; can't check blind spot driving.
1st MBB 1/14: 85% x 5h (lido)
consent signed, TO done, no sed
25 g to R C4, C5, C6 MB, 0.3 mL 0.5% bupi each
NRS 5 pre, NRS 0 @ 30 min
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 4.5)],
        pain=(5, 0), need=SPINE_NEED, codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        complications=None, findings=["complications"],
        comment="first block 85% (>= 80%): the confirmatory block is supported; nothing on complications")

    add("fg-u-onb-01", "clinic", """
Bilateral greater occipital nerve blocks
Dx: occipital neuralgia, M54.81 (bilateral)
Shooting pain from the base of the skull over both sides of the head for 9 months, tender over both greater occipital
nerves with reproduction of the pain; failed gabapentin and PT for 8 weeks; she misses work two days a month.
Headache 8/10 on arrival.
Time out done. Landmark technique at the superior nuchal line, 2 mL of 0.5% bupivacaine with 10 mg Kenalog on each
side.
HA 3/10 after. No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(8, 3), need=SPINE_NEED, codes=[line("64405", "50"), line("J3301", units=2)], consent=False,
        findings=["consent"])

    add("fg-u-tpi-01", "bulleted", """
TRIGGER POINT INJECTIONS
* Dx: myofascial pain, right low back and buttock (M79.18)
* Right QL and right gluteus medius taut bands with a local twitch and referred pain into the buttock, 6 months;
  PT 6 weeks and a muscle relaxant failed; can't sit through a shift at her desk
* Second TPI session this year
* Verbal consent; time-out
* 1% lidocaine 2 mL into each of the two muscles, 25 g needle
* Pain: 6/10 before, 3/10 after; about 60% better right after
* No complications
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 3), need=SPINE_NEED, codes=[line("20552")], findings=[])

    add("fg-u-grfa-01", "operative_report", """
PROCEDURE: Right knee genicular nerve radiofrequency ablation (superomedial, superolateral, inferomedial).
DIAGNOSIS: Primary osteoarthritis of the right knee, M17.11.
INDICATIONS: Right knee pain for 6 years, failed PT, NSAIDs and injections, not a surgical candidate; she cannot walk
through the grocery store. Prior genicular nerve block on 1/20: 70% pain relief for the duration of the anesthetic.
Pain pre 7.
SEDATION: Midazolam 2 mg and fentanyl 50 mcg IV by me, 10:40 to 10:58, with an RN observer.
DESCRIPTION: Signed consent. Time-out. Fluoroscopy; 18 g RF cannulae to the three genicular nerves; 2 mL 1% lidocaine
at each; lesions at 80 C for 90 seconds.
The procedure was uncomplicated. Post 2.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                    sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, codes=[line("64624", "RT"), line("99152")], findings=[],
        comment="18 minutes of moderate sedation by the proceduralist with an observer: 99152")

    add("fg-u-facet-01", "dictated", """
Left L4-5 and L5-S1 facet joint injections, therapeutic.

She has left-sided axial low back pain for 4 years, worse with extension and rotation, no leg symptoms, and cannot
stand long enough to fold laundry. Physical therapy for 10 weeks and NSAIDs failed. MBB 1: 90%, MBB 2: 85%; she
prefers injections to ablation for now. Diagnosis lumbar spondylosis M47.816. Pain pre 6.

Written consent, time-out. Prone, fluoroscopy. 22 gauge needles into the left L4-5 and L5-S1 facet joints; Kenalog
20 mg with 0.5 mL 0.25% bupivacaine into each joint. No complications. Pain after 2.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", units=4)],
        findings=[])
