"""The 30 notes of the sealed untuned batch ag (round 6): harder cases in ordinary clinic styles (operative
report, EMR template, dictated narrative, shorthand, bullets) with rarer families: several procedures in one
session, peripheral, celiac and superior hypogastric blocks, SCS trial and implant, hip joint, thoracic and
cervical facet work, 3-4 level epidurals and facet work over the level limits, laterality written only once or
only in the diagnosis, level ranges, roots instead of foramina, title/body side conflicts, planned or negated
procedures beside the one done, and repeats with prior response. Gold labelled by hand before any Painpoint
run; 13 notes leave out or get wrong a documentation element (the `findings` of each `add`)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Transforaminal, interlaminar and caudal epidurals (9 notes, one with an SI joint injection)."""
    add("fag-tfesi-01", "operative_report", """
PROCEDURE PERFORMED: LEFT transforaminal epidural steroid injection targeting the L4, L5 and S1 nerve roots
under fluoroscopic guidance.
PREOPERATIVE DIAGNOSIS: Lumbar radiculopathy (M54.16).
INDICATIONS: A 67-year-old retired machinist with five months of pain running from the buttock down the back
and outside of the leg into the sole, with numbness of the lateral foot and a diminished ankle jerk. Straight
leg raise reproduces the leg pain at 40 degrees. Ten weeks of supervised physical therapy gave no relief and
gabapentin was stopped because of dizziness. He can no longer walk his dog or stand at his workbench for more
than twenty minutes. MRI from November shows multilevel foraminal narrowing, severe at L5-S1 and moderate at
L4-5, with an S1 root contacted by a paracentral protrusion.
PRE-PROCEDURE PAIN: 8/10.
TECHNIQUE: Informed consent was signed after discussion of risks and alternatives. A time-out confirmed
patient, side and levels. Prone, chlorhexidine prep, sterile drape. Skin wheals were raised with 3 mL of 1%
lidocaine in total. Under fluoroscopy, 22-gauge spinal needles were placed in the L4-5 and L5-S1 foramina and
through the S1 posterior foramen. At each of the three needles 1 mL of Omnipaque 240 outlined the root sleeve
without vascular uptake, and dexamethasone 4 mg was then injected. Anteroposterior and oblique images were
saved.
POST-PROCEDURE PAIN: 3/10.
COMPLICATIONS: None. Discharged ambulatory.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 3, "ml"), given("dexamethasone_sodium_phosphate", 12)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-13",
        codes=[line("64483", "LT"), line("64484", "LT", units=2), line("J1100", units=12)],
        findings=["level_limit"], comment="roots named, not foramina; side only in the title; three levels")

    add("fag-tfesi-02", "template", """
Procedures: 1) Right L5-S1 transforaminal epidural steroid injection  2) Right sacroiliac joint injection
Guidance: fluoroscopy with contrast
Diagnoses: Lumbar radiculopathy (M54.16); sacroiliitis (M46.1)
HPI: 4 months of right buttock pain with a second, shooting pain down the back of the thigh and calf to the
heel; numb lateral sole; right ankle reflex trace. Pain over the right sacral sulcus with 3 of 5 positive
provocation tests. PT twice weekly for 7 weeks without change; celecoxib upset her stomach and was stopped.
Needs a cane in the house, cannot lift her grandson.
Imaging: MRI lumbar spine 12/2025 - right foraminal disc protrusion L5-S1 contacting the exiting L5 root.
Prior diagnostic right SI joint block (10/2025): 80% relief for the duration of the anesthetic.
Pre-procedure pain: 7/10
Consent: written, on chart. Time-out: performed.
Procedure 1: 22 g needle to the right L5-S1 foramen. Isovue-M 300 1 mL with neural outline. Kenalog 20 mg with
0.25% bupivacaine 1 mL.
Procedure 2: 22 g needle into the inferior right SI joint. Isovue-M 300 0.5 mL with intra-articular spread.
Kenalog 20 mg with 0.25% bupivacaine 1 mL.
Images: AP and oblique saved for both
Post-procedure pain: 2/10 (about 70% relief at both sites)
Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic"),
               proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent=None)],
        drugs=[given("iopamidol", 1.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-03",
        codes=[line("64483", "RT"), line("27096", "RT"), line("J3301", units=4)], findings=["approach"],
        comment="two procedures in one session; steroid and anesthetic totals over both sites")

    add("fag-tfesi-03", "dictated", """
Left C6-7 transforaminal epidural steroid injection, fluoroscopic guidance.

This 58 year old man has had pain from the left side of the neck through the shoulder blade and down the back
of the arm to the middle finger for four months, with tingling in the index and middle fingers and a weak left
triceps. Physical therapy for eight weeks did not reduce the arm pain, and a prednisone taper helped for only
a few days. He has had to stop working overhead as an electrician. MRI of the cervical spine showed left C6-7
uncovertebral hypertrophy with severe left foraminal stenosis. Diagnosis is cervical radiculopathy, M54.12.
Pain is 7 out of 10 before the injection.

Consent was signed and a time out was performed. He was positioned supine with the head turned. Under
fluoroscopy a 25 gauge needle was advanced to the posterior aspect of the left C6-7 foramen. Omnipaque 240
0.5 mL showed perineural spread and no vascular pattern on live imaging. Decadron 10 mg was injected slowly.
An image was saved. Afterward he rated the pain 2 out of 10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-24", pos="22", payer="medicare_cgs",
        codes=[line("64479", "LT")], findings=["saved_images"], comment="one image saved, not two views")

    add("fag-tfesi-04", "operative_report", """
PROCEDURE: Repeat right transforaminal epidural steroid injections, L2-3 through L5-S1, fluoroscopically guided.
DIAGNOSIS: Lumbar radiculopathy (M54.16) with multilevel foraminal stenosis.
HISTORY: Ongoing for eleven months: right groin, anterior thigh and lateral leg pain with numbness of the
front of the thigh and the top of the foot, weak right hip flexion and ankle dorsiflexion (4/5). She failed
twelve weeks of physical therapy and duloxetine, which caused nausea. She cannot walk more than one block and
needs help with laundry. MRI shows right foraminal stenosis at L2-3, L3-4, L4-5 and L5-S1 from a degenerative
scoliosis. Her last transforaminal injections at the same levels (August 2025) gave about 60% relief that
lasted four months.
PRE-PROCEDURE PAIN: 8/10.
DESCRIPTION: Consent was reviewed and signed; a time-out was held. Prone, prepped and draped. Four 22-gauge
needles were placed in the right foramina from L2-3 to L5-S1 under fluoroscopy. Omnipaque 240, 4 mL in all,
confirmed perineural flow at every level. At each level Depo-Medrol 20 mg and 1 mL of 0.2% ropivacaine were
injected. AP and lateral views were saved.
POST-PROCEDURE PAIN: 4/10.
COMPLICATIONS: None.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True,
                    intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("methylprednisolone_acetate", 80), given("ropivacaine", 8)],
        pain=(8, 4), need=ESI_NEED, dos="2026-03-10", pos="24",
        codes=[line("64483", "RT"), line("64484", "RT", units=3)], findings=["level_limit"],
        comment="four foramina written as a range; repeat after 60% for 4 months (meets the rule)")

    add("fag-ilesi-01", "template", """
Procedure: Cervical interlaminar epidural steroid injection
Level: C7-T1, right paramedian
Imaging: fluoroscopy, contrast
Diagnosis: Cervical radiculopathy (M54.12)
Symptoms: 14 weeks of right neck and arm pain to the thumb with numb thumb tip, reduced right biceps reflex
Treatment so far: PT 6 weeks - no improvement; naproxen - gastritis, stopped
Function: cannot lift a gallon of milk with the right hand; off work as a hairdresser
MRI: right paracentral C5-6 disc osteophyte complex compressing the right C6 root
Pain before: 6/10
Consent obtained. Time-out done.
Technique: 1% lidocaine 2 mL to skin. 20 g Tuohy needle, loss of resistance to saline at C7-T1. Omnipaque 240
1 mL: epidural spread on contralateral oblique, no vascular flow. Celestone Soluspan 6 mg (1 mL) mixed with
2 mL preservative-free saline injected.
Images saved: AP, contralateral oblique
Pain after: 1/10
Complications: none
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(6, 1), need=ESI_NEED, dos="2026-03-31", payer="medicare_fcso",
        codes=[line("62321"), line("J0702")], findings=[])

    add("fag-tfesi-05", "dictated", """
RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION

History: 49 year old woman with left leg pain for three months that follows the back of the thigh to the
outside of the ankle, with numbness of the left little toe and a positive left straight leg raise. She went to
physical therapy for six weeks with no improvement and cyclobenzaprine made her too drowsy to drive. She cannot
sit through her shift at the call center. MRI shows a left paracentral L5-S1 disc extrusion displacing the left
S1 root. Diagnosis lumbosacral radiculopathy M54.17. Pain 8 out of 10.

Procedure: Consent was signed and time out was done. Prone. Under fluoroscopy a 22 gauge needle was guided to
the left L5-S1 foramen, subpedicular position confirmed on the oblique and lateral views. Isovue-M 300 1 mL
showed flow along the left L5 root with no vascular uptake. Kenalog 40 mg with 1 mL 1% lidocaine was injected.
AP and lateral pictures were saved. Pain after the procedure 2 out of 10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(8, 2), need=ESI_NEED, dos="2026-04-14",
        codes=[line("64483", "LT"), line("J3301", units=4)], findings=["laterality_conflict"],
        comment="title says right; symptoms and the needle are left: codes follow the description")

    add("fag-caudal-01", "shorthand", """
Caudal ESI under fluoro
Dx: spinal stenosis lumbar region w/ neurogenic claudication (M48.062)
HPI: 7 mo bilat buttock + posterior thigh pain w/ heaviness after ~10 min standing, relieved sitting.
Has done PT and chiro, takes meloxicam.
Can't do grocery shopping or stand to cook.
MRI: moderate-severe central stenosis L3-4 + L4-5, lateral recess narrowing bilat.
Pre 7/10. Consent signed, TO done.
Prone. 20 g Tuohy thru sacral hiatus, lat view confirms. Omnipaque 180 3 mL -> caudal fill to S1, no vasc.
Kenalog 80 mg + 0.25% Marcaine 4 mL + NS 6 mL. AP/lat saved.
Post 3/10. No cx. If no benefit, will discuss SCS eval - not today.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 10)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-05-05",
        codes=[line("62323"), line("J3301", units=8)], findings=["conservative_care"],
        comment="care only listed, no outcome; SCS only planned; 80 mg is within the ceiling")

    add("fag-ilesi-02", "operative_report", """
PROCEDURE: Thoracic interlaminar epidural steroid injection, T9-T10, left paramedian approach, under
fluoroscopy, with moderate sedation.
DIAGNOSIS: Thoracic radiculopathy (M54.14).
INDICATION: Four months of band-like burning pain around the left lower chest wall toward the upper abdomen,
allodynia along the left T9-T10 dermatomes. Physical therapy for six weeks failed and pregabalin caused
swelling of the legs. She cannot wear a bra or sleep more than two hours. MRI of the thoracic spine shows a
left paracentral T9-10 disc protrusion abutting the exiting left T9 root.
SEDATION: Requested and justified because of severe procedural anxiety with a vasovagal episode during a
prior injection under local alone. Moderate sedation was administered by me with a registered nurse as the
independent trained observer monitoring throughout. Midazolam 2 mg IV and fentanyl 50 mcg IV. Sedation start
09:02, end 09:20; total intraservice time 18 minutes.
PRE-PROCEDURE PAIN: 7/10.
DESCRIPTION: Written consent; time-out. Prone. 20-gauge Tuohy advanced left paramedian at T9-T10 to loss of
resistance. Omnipaque 240, 2 mL, showed epidural spread on the lateral view. Dexamethasone 10 mg in 2 mL of
preservative-free saline was injected. AP and lateral images were saved.
POST-PROCEDURE PAIN: 2/10.
COMPLICATIONS: None.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("iohexol", 2, "ml"),
               given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-05-19",
        codes=[line("62321"), line("99152"), line("J1100", units=10)], findings=[],
        comment="sedation fully documented; 18 minutes: 99152 only")

    add("fag-tfesi-06", "template", """
Procedure: Repeat transforaminal ESI, left S1
Guidance: Fluoroscopy
Diagnosis: Lumbosacral radiculopathy (M54.17)
Indication: left calf and heel pain with numbness of the sole for 5 months; left ankle reflex absent; SLR
positive on the left at 45 degrees
Previous injection: left S1 TFESI 03/2026 - about 30% better for three weeks
Conservative care: PT 8 weeks - no lasting benefit; ibuprofen - no help
Function: unable to stand through a church service; stopped gardening
MRI: left S1 root compressed by an L5-S1 paracentral extrusion
Pre-procedure pain: 8/10
Consent signed. Time-out performed.
Details: 22 g needle through the left S1 dorsal foramen. Isovue-M 200 1 mL outlined the S1 root. Celestone 6 mg
and 1 mL of 1% lidocaine injected.
Images: AP + lateral saved
Post-procedure pain: 3/10
Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="left",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("lidocaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-06-09", payer="medicare_cgs",
        codes=[line("64483", "LT"), line("J0702")], findings=["prior_procedure_response"],
        comment="repeat after 30% for three weeks")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Facet medial branch blocks, intra-articular injections and RFA (8 notes, one with trigger points)."""
    add("fag-facet-mbb-01", "operative_report", """
PROCEDURES: 1. Bilateral L4-5 and L5-S1 facet medial branch blocks (L3 and L4 medial branches and L5 dorsal
rami), diagnostic, under fluoroscopy. 2. Trigger point injections, right quadratus lumborum and right gluteus
medius.
DIAGNOSES: Lumbar spondylosis without radiculopathy (M47.816); myofascial pain syndrome (M79.18).
INDICATIONS: Axial low back pain for nine months, worse with extension and rotation, no leg symptoms. Twelve
weeks of physical therapy and a home program gave no lasting relief; naproxen did not help. She cannot stand
to cook a meal or sit through a movie. Taut tender bands with a twitch response in the right quadratus
lumborum and right gluteus medius reproduce part of the pain.
PRE-PROCEDURE PAIN: 7/10.
DESCRIPTION: Consent signed; time-out held. Prone. Under fluoroscopy 22-gauge needles were placed at the L3
and L4 medial branches and the L5 dorsal ramus on each side; 0.5 mL of 0.5% bupivacaine was injected at each of
the six sites. The two trigger points were then injected with a 25-gauge needle, 2 mL of 1% lidocaine in each
muscle.
POST-PROCEDURE: Pain 1/10 at 30 minutes with extension and rotation, 85% relief of the axial pain; she
reported 70% relief of the right flank tightness after the trigger point injections.
COMPLICATIONS: None. Radiofrequency ablation discussed for a later date if a second block confirms.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic"),
               proc("trigger_point", region="lumbar")],
        drugs=[given("bupivacaine", 15), given("lidocaine", 40)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-01-20",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX"), line("20552")], findings=[],
        comment="MBB + TPI in one session; RFA only discussed")

    add("fag-facet-mbb-02", "template", """
Procedure: Right cervical medial branch blocks C4-6 (diagnostic #1)
Guidance: fluoroscopy, lateral approach
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
Indication: right-sided neck pain spreading to the upper trapezius for 8 months, worse with turning to the
right; no arm symptoms. PT 10 weeks with no lasting relief; meloxicam ineffective. Cannot check her blind spot
while driving; has stopped driving on highways.
Pre-procedure pain: 6/10
Consent: signed. Time-out: performed.
Details: 25 g needles to the right C4, C5 and C6 medial branches at the waists of the articular pillars;
2% lidocaine 0.5 mL at each.
Post-procedure pain: 1/10 with rotation (about 85% relief)
Complications: none
Plan: confirmatory block in 2 weeks; radiofrequency ablation if both blocks give 80% relief or more.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-02-10", pos="22",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[],
        comment="'C4-6' branches cover the C4-C5 and C5-C6 joints")

    add("fag-facet-mbb-03", "dictated", """
Left T7-8 and T8-9 thoracic facet medial branch blocks.

The patient has left-sided mid back pain between the shoulder blade and the spine, worse with twisting and
deep breaths, without any radiating pain around the chest. He did physical therapy for eight weeks and it did
not help, and tramadol made him nauseated. He has stopped golfing and cannot carry groceries up the stairs.
Diagnosis thoracic spondylosis M47.814. Pain 6 out of 10.

Consent was signed and a time out performed. Prone on the table. Using fluoroscopy, 22 gauge needles were
placed at the superolateral corners of the T7, T8 and T9 transverse processes for the T6, T7 and T8 medial
branches, and 0.5 mL of 0.5% bupivacaine was injected at each. After twenty minutes the pain was 1 out of 10
with twisting, about 85% better. No complications. Pulsed radiofrequency was mentioned but not offered.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="thoracic", laterality="left",
                    levels=["T7-T8", "T8-T9"], imaging="fluoroscopy", intent=None)],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=minus(SPINE_NEED, "symptom_duration"), dos="2026-03-03", payer="medicare_fcso",
        codes=[line("64490", "LT"), line("64491", "LT")], findings=["approach", "symptom_duration"],
        comment="no duration of the back pain; intent not stated (gold corrected after the first reading)")

    add("fag-facet-ia-01", "bullets", """
Bilateral lumbar facet joint injections L3-4 through L5-S1, intra-articular, diagnostic
- Dx: lumbosacral facet arthropathy (M47.817)
- Low back pain both sides for 6 months, worse standing and leaning back; no radiating leg pain
- PT 8 weeks: no change; acetaminophen and diclofenac gel: little effect, pain unchanged
- Cannot stand at the sink more than 10 minutes; quit volunteering at the food bank
- Pre 7/10
- Consent signed; time-out completed
- Fluoroscopy: 22 g needles into the L3-4, L4-5 and L5-S1 facet joints on each side; Omnipaque 180 0.2 mL per
  joint showed arthrograms; 0.5 mL of 0.5% bupivacaine into each joint
- Post 2/10
- No complications
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True,
                    intent="diagnostic")],
        drugs=[given("iohexol", 1.2, "ml"), given("bupivacaine", 15)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX"), line("64495", "50", "KX")],
        findings=["level_limit"], comment="three joints on each side")

    add("fag-facet-rfa-01", "operative_report", """
PROCEDURE: Right L4-5 and L5-S1 facet radiofrequency neurotomy (right L3 and L4 medial branches, right L5 dorsal
ramus) under fluoroscopy.
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).
INDICATION: Right low back pain for more than a year, worse with extension. PT 12 weeks and NSAIDs without
lasting relief. He cannot stand long enough to finish a shift at the warehouse. Two separate diagnostic right
L3, L4 medial branch and L5 dorsal ramus blocks gave 90% and 85% relief for the duration of the anesthetic.
PRE-PROCEDURE PAIN: 7/10.
DESCRIPTION: Consent signed; time-out. Prone. 18-gauge RF cannulas with 10 mm active tips were placed parallel
to the nerves under AP, oblique and lateral fluoroscopy. Sensory stimulation at 50 Hz was concordant below
0.5 V; motor stimulation at 2 Hz to 2 V gave no leg contraction. 1 mL of 2% lidocaine at each site, then
thermal lesions at 85 degrees C for 90 seconds at each of the three nerves.
POST-PROCEDURE PAIN: 3/10.
COMPLICATIONS: None. Left side to be scheduled in two weeks.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-04-21", pos="24",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[],
        comment="contralateral side only planned")

    add("fag-facet-rfa-02", "template", """
Procedure: Cervical medial branch radiofrequency ablation, left C5-6 and C6-7
Guidance: fluoroscopy
Diagnosis: Cervical facet arthropathy (M47.812)
History: left neck and shoulder-blade pain for 2 years; PT 8 weeks and home traction did not help; unable to
sleep more than three hours or turn the head to reverse the car
Diagnostic block: left C5, C6 and C7 medial branch block on 03/2026 - 85% relief for 3 hours
Pre-procedure pain: 7/10
Consent signed. Time-out done.
Technique: 20 g RF cannulas to the left C5, C6 and C7 medial branches; sensory stimulation concordant, no
motor response in the arm at 2 V; 1% lidocaine 1 mL at each level; lesions at 80 C for 60 seconds, two
lesions per nerve.
Post-procedure pain: 3/10
Complications: none
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-05-12", payer="medicare_cgs",
        codes=[line("64633", "LT"), line("64634", "LT")], findings=["diagnostic_block_relief"],
        comment="only one diagnostic block documented")

    add("fag-facet-rfa-03", "dictated", """
Repeat bilateral thoracic facet radiofrequency ablation T10-11 and T11-12.

She returns with lower thoracic back pain on both sides that has come back over the past two months. This has
been going on for about three years. She had physical therapy for eight weeks in the past without benefit and
meloxicam no longer helps. She is unable to vacuum or carry laundry. Her previous ablation at these levels in
September 2025 gave her 70 percent relief for about eight months. Diagnosis thoracic spondylosis M47.814. Pain
7 out of 10.

Consent signed, time out performed. Prone on the fluoroscopy table. Radiofrequency cannulas were placed at the
T9, T10 and T11 medial branches on each side. Sensory testing concordant and motor testing negative. Half a
milliliter of 2 percent lidocaine at each of the six sites then lesions at 85 degrees for 90 seconds. Pain 3
out of 10 afterward. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="thoracic", laterality="bilateral",
                    levels=["T10-T11", "T11-T12"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-06-30",
        codes=[line("64633", "50"), line("64634", "50")], findings=[],
        comment="repeat after 70% for eight months (meets the rule)")

    add("fag-facet-mbb-04", "shorthand", """
Lumbar MBB L4-5, L5-S1 - dx block #1, fluoro
Dx: lumbar facet syndrome M47.816
LBP x 10 mo, worse w/ extension + standing. PT 8 wk -> no improvement; NSAIDs -> GI upset, stopped.
Can't stand > 15 min, stopped bowling league.
Pre 6/10. Consent, TO.
L3 + L4 MB and L5 DR: 22 g needles, 2% lido 0.5 mL each.
Post 1/10 w/ extension at 20 min (~85%). No cx.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-07-14",
        codes=[line("64493", "KX"), line("64494", "KX")], findings=["laterality"],
        comment="no side anywhere in the note")


def _others(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """SI joint, peripheral and sympathetic blocks, SCS, hip, occipital, kyphoplasty and a pump (13 notes)."""
    add("fag-si-01", "operative_report", """
PROCEDURES: Bilateral sacroiliac joint injections under fluoroscopy; right greater trochanteric bursa injection.
DIAGNOSES: Sacroiliitis (M46.1), both sides; trochanteric bursitis, right hip (M70.61).
INDICATIONS: Pain over both posterior superior iliac spines for seven months, worse rising from a chair, with
positive thigh thrust and compression tests on both sides. Separate tenderness over the right greater
trochanter, worse lying on that side. PT eight weeks without relief; ibuprofen caused reflux and was stopped.
She cannot walk through the store without resting. Diagnostic bilateral SI joint blocks in December gave 80%
relief on each side.
PRE-PROCEDURE PAIN: 7/10.
DESCRIPTION: Consent signed; time-out held. Prone. Under fluoroscopy a 22-gauge needle entered the inferior
pole of each SI joint; Omnipaque 240 0.5 mL per side gave an arthrogram. Each joint received Depo-Medrol 40 mg
with 2 mL of 1% lidocaine. AP and oblique images were saved for each joint. She then turned onto the left side
and the right trochanteric bursa was injected by palpation with Depo-Medrol 40 mg and 3 mL of 1% lidocaine.
POST-PROCEDURE PAIN: 2/10, roughly 70% relief of the buttock pain.
COMPLICATIONS: None.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent=None),
               proc("joint_injection", target="trochanteric_bursa", region="hip", laterality="right",
                    imaging="none", intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 120), given("lidocaine", 70)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-02-17",
        codes=[line("27096", "50"), line("20610", "RT"), line("J1010", units=120)], findings=["approach"],
        comment="bilateral SI with a unilateral bursa in one session")

    add("fag-si-02", "template", """
Procedure: Left sacroiliac joint injection, therapeutic
Guidance: fluoroscopy
Diagnosis: Sacroiliac joint dysfunction, left (M53.3)
Indication: left buttock pain below the belt line for 9 months; Fortin finger sign and 4 of 5 provocation
tests positive on the left; PT 8 weeks failed; celecoxib no relief; cannot sit through a meal
Prior diagnostic block: left SI 01/2026, 80% relief for 5 hours
Pre-procedure pain: 6/10
Consent: signed. Time-out: completed.
Details: 22 g spinal needle into the inferior left SI joint; Isovue-M 300 0.5 mL with intra-articular spread;
triamcinolone 40 mg and 0.5% ropivacaine 1 mL injected
Images: saved
Post-procedure pain: 2/10, 67% relief
Complications: none
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-08-04", pos="22", payer="medicare_fcso",
        codes=[line("27096", "LT")], findings=["saved_images"], comment="'Images: saved' without two views")

    add("fag-pnb-01", "template", """
Procedure: Suprascapular nerve block, right
Guidance: ultrasound, image of needle at the suprascapular notch saved to the chart
Diagnosis: Right shoulder pain from rotator cuff arthropathy (M12.811)
Indication: 10 months of deep right shoulder pain, night pain, unable to reach overhead; not a surgical
candidate
Pre-procedure pain: 7/10
Consent signed; time-out performed
Injectate: Depo-Medrol 40 mg + 0.5% ropivacaine 5 mL, 22 g needle in plane, spread beneath the transverse
scapular ligament seen
Post-procedure pain: 2/10
Complications: none
""",
        procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                    imaging="ultrasound", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("ropivacaine", 25)],
        pain=(7, 2), need=("diagnosis",), dos="2026-01-27",
        codes=[line("64418", "RT"), line("76942"), line("J1010", units=40)], findings=[])

    add("fag-pnb-02", "dictated", """
Left intercostal nerve block, T9, under fluoroscopy.

Indication: for six months she has had sharp pain wrapping around the left lower ribs along the ninth rib
after a rib fracture last year, with tenderness at the angle of the rib. Diagnosis intercostal neuralgia,
G58.0. Pain today is 7 out of 10.

The risks and benefits were discussed and she signed the consent. Prone. Under fluoroscopy a 22 gauge needle
was walked off the inferior border of the left ninth rib at the posterior angle. No contrast was used. After
negative aspiration, 3 mL of 0.5 percent bupivacaine with Kenalog 20 mg was injected. Pain afterward 2 out of
10. No pneumothorax symptoms, no complications.
""",
        procs=[proc("peripheral_nerve_block", target="intercostal", region="thoracic", laterality="left",
                    imaging="fluoroscopy", contrast=False, intent="therapeutic")],
        drugs=[given("bupivacaine", 15), given("triamcinolone_acetonide", 20)],
        pain=(7, 2), need=("diagnosis",), dos="2026-04-07",
        codes=[line("64420", "LT"), line("77002"), line("J3301", units=2)], findings=["time_out"],
        comment="no time-out documented")

    add("fag-pnb-03", "bullets", """
Ilioinguinal nerve block - ultrasound guided
- Dx: ilioinguinal neuralgia, left, after inguinal hernia repair (G57.82)
- Burning left groin pain into the labia for 8 months since mesh repair; tender medial to the ASIS
- Pre-procedure pain 8/10
- Consent signed; time-out done
- Left side: linear probe between internal oblique and transversus abdominis, 25 g needle in plane;
  0.25% bupivacaine 8 mL with dexamethasone 4 mg
- Tolerated well; no complications
""",
        procs=[proc("peripheral_nerve_block", target="ilioinguinal", region="other", laterality="left",
                    imaging="ultrasound", intent="therapeutic")],
        drugs=[given("bupivacaine", 20), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, None), need=("diagnosis",), dos="2026-06-16", payer="medicare_cgs",
        codes=[line("64425", "LT"), line("J1100", units=4)], findings=["post_procedure_pain_score"],
        comment="no saved image: no 76942; no post-procedure pain score")

    add("fag-celiac-01", "operative_report", """
PROCEDURE: Celiac plexus block, bilateral posterior retrocrural approach, fluoroscopic guidance.
DIAGNOSIS: Malignant neoplasm of the head of the pancreas (C25.0) with intractable epigastric pain.
INDICATION: Epigastric pain boring through to the back for three months despite escalating opioids, which
cause constipation and sedation. Pain 8/10.
DESCRIPTION: Consent signed; time-out completed. Prone. Under fluoroscopy 22-gauge needles were advanced from
each side to the anterolateral L1 vertebral body. Omnipaque 240, 3 mL per side, showed prevertebral spread
without vascular or psoas uptake. 10 mL of 0.25% bupivacaine with Kenalog 20 mg was injected through each
needle.
POST-PROCEDURE: Pain 3/10. Blood pressure stable after fluids.
COMPLICATIONS: None. Neurolysis with alcohol discussed for a future visit if the block helps.
""",
        procs=[proc("sympathetic_block", target="celiac", region="thoracic", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 6, "ml"), given("bupivacaine", 50), given("triamcinolone_acetonide", 40)],
        pain=(8, 3), need=("diagnosis",), dos="2026-03-17", pos="22",
        codes=[line("64530"), line("77002", "26")], findings=[],
        comment="two needles for one midline plexus: one line; neurolysis only planned")

    add("fag-shp-01", "template", """
Procedure: Superior hypogastric plexus block
Guidance: fluoroscopy
Diagnosis: Chronic pelvic pain (R10.2) after hysterectomy, endometriosis
Indication: 2 years of midline pelvic pain, worse with sitting and intercourse; pelvic floor therapy and
gabapentin failed
Pre-procedure pain: 8/10
Consent signed. Time-out completed.
Technique: prone; 22 g needles bilaterally toward the anterolateral L5-S1 disc; Omnipaque 240 4 mL total with
smooth retroperitoneal spread anterior to L5-S1; 0.25% bupivacaine with Kenalog 40 mg injected
Post-procedure pain: 2/10
Complications: none
""",
        procs=[proc("sympathetic_block", target="superior_hypogastric", region="lumbar", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 4, "ml"), given("bupivacaine", None), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-07-07",
        codes=[line("64517"), line("77002"), line("Q9966", units=4), line("J3301", units=4)],
        findings=["drug_dose"], comment="bupivacaine given without a volume")

    add("fag-scs-trial-01", "operative_report", """
PROCEDURE: Percutaneous spinal cord stimulator trial, two eight-contact leads, fluoroscopic guidance.
DIAGNOSIS: Post-laminectomy syndrome (M96.1) with bilateral leg pain.
INDICATION: Bilateral leg and low back pain for three years after an L4-S1 fusion. Twelve weeks of physical
therapy, gabapentin and duloxetine gave no meaningful relief, and two epidurals gave a week of benefit each.
She cannot walk more than half a block. Psychological evaluation on 04/2026 cleared her for a trial.
PRE-PROCEDURE PAIN: 8/10.
DESCRIPTION: Consent signed; time-out. Prone. Skin and track infiltrated with 10 mL of 1% lidocaine. Using a
paramedian oblique approach, Tuohy needles entered the epidural space at T12-L1 on the left and at L1-2 on the
right. Two leads were advanced under fluoroscopy to the top of T8 and the middle of T9. Intraoperative testing
gave paresthesia over both legs and the low back. Leads were anchored to the skin and dressed.
POST-PROCEDURE PAIN: 3/10 with stimulation.
COMPLICATIONS: None.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-05-26", pos="24",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fag-scs-implant-01", "dictated", """
Permanent spinal cord stimulator implantation with two percutaneous leads and a right buttock generator.

Diagnosis failed back surgery syndrome M96.1. She has had back and bilateral leg pain for four years despite
physical therapy for twelve weeks and neuropathic medications that gave no relief. The seven day trial in
July gave her about 70 percent relief and she walked twice as far. Psychology clearance is on file.

Consent was signed and a time out was done. Local anesthesia only. 1 percent lidocaine 20 mL was used for the
skin and tracks and 10 mL of 0.25 percent bupivacaine at the pocket. Under fluoroscopy two Tuohy needles entered
the epidural space at T12-L1 and two eight contact leads were steered to the top of T8 and the top of T9.
Testing covered both legs. The leads were anchored to the fascia, tunneled and connected to the generator in a
subcutaneous pocket over the right buttock. Layered closure. No complications.
""",
        procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 200), given("bupivacaine", 25)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-08-18",
        pos="22", codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[],
        comment="trial response 70%; no pain scores asked of an implant")

    add("fag-hip-01", "template", """
Procedure: Hip joint injection, intra-articular
Guidance: fluoroscopy
Diagnosis: Primary osteoarthritis, right hip (M16.11)
Indication: groin pain with walking and putting on socks for 1 year; X-ray joint space narrowing
Pre-procedure pain: 7/10
Consent signed. Time-out performed.
Details: anterior approach to the femoral head-neck junction; Omnipaque 240 2 mL confirmed intra-articular
spread; Kenalog 40 mg with 0.5% ropivacaine 4 mL injected
Post-procedure pain: 2/10
Complications: none
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 20)],
        pain=(7, 2), need=("diagnosis",), dos="2026-09-08",
        codes=[line("20610", "RT"), line("77002"), line("Q9966", units=2), line("J3301", units=4)], findings=[],
        comment="side only in the diagnosis line; office: contrast and drug lines")

    add("fag-onb-01", "shorthand", """
R GON block, landmark
Dx: occipital neuralgia M54.81
Shooting R occipital pain to the vertex x 5 mo, tender over R GON, Tinel +.
Pre 7/10. TO done.
25 g at the medial third between occ protuberance and mastoid: Kenalog 20 mg + 1% lido 2 mL + 0.5% bupiv 2 mL.
Post 1/10. No cx.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                    imaging="none")],
        drugs=[given("triamcinolone_acetonide", 20), given("lidocaine", 20), given("bupivacaine", 10)],
        pain=(7, 1), need=("diagnosis",), dos="2026-10-13", payer="medicare_cgs", consent=False,
        codes=[line("64405", "RT"), line("J3301", units=2)], findings=["consent"], comment="no consent")

    add("fag-kypho-01", "operative_report", """
PROCEDURE: Balloon kyphoplasty T12 and L1, bilateral transpedicular, fluoroscopic guidance.
DIAGNOSIS: Age-related osteoporosis with current pathological vertebral fracture (M80.08XA).
INDICATION: Severe thoracolumbar pain for five weeks after lifting a bag of soil; four weeks of a
brace with scheduled acetaminophen and tramadol gave no relief. She is bedbound except for the bathroom.
PRE-PROCEDURE PAIN: 9/10.
DESCRIPTION: Consent signed; time-out. Local anesthesia, no sedation: 20 mL of 1% lidocaine to the skin and
periosteum. Biplanar fluoroscopy. At T12 and then L1, 11-gauge cannulas were placed through both pedicles,
balloons were inflated to restore height, and PMMA cement was delivered under lateral fluoroscopy with no
extravasation.
POST-PROCEDURE PAIN: 4/10.
COMPLICATIONS: None.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T12", "L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-10-27", pos="22",
        codes=[line("22513"), line("22515")], findings=["imaging_findings"],
        comment="no imaging study or result of the fracture")

    add("fag-pump-01", "template", """
Procedure: Intrathecal pump refill
Diagnosis: Chronic pain syndrome (G89.4) with intrathecal drug delivery system
Indication: scheduled refill; low-reservoir alarm date in 6 days
Consent on file, verbal consent today. Time-out performed.
Pump interrogated: reservoir volume matches expected.
Refilled by me: 22 g non-coring needle into the reservoir port, residual 2.1 mL withdrawn, morphine 25 mg/mL
20 mL instilled under sterile technique.
Settings unchanged; no reprogramming.
Complications: none. Next refill in 3 months.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-17", codes=[line("95991")], findings=[],
        comment="physician refill without reprogramming")
