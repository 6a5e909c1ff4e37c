"""The 30 notes of sealed batch X: dictated and operative-report wordings of our own (speech-recognition
run-ons with "period"/"comma" left in, spoken numbers, self-corrections, clinic visits with a procedure
section, numbered and bulleted notes, addenda, truncated notes). Gold labelled by hand before any
Painpoint run; 13 of the 30 notes leave elements out on purpose (the `findings` of each `add`)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    # ---------------- interlaminar / caudal epidurals ----------------
    add("fx-ilesi-01", "dictated_sr", """
procedure colon lumbar interlaminar epidural steroid injection L four five period new paragraph

indication colon this is a 72 year old retired postal worker who comes in with pain in the low back that goes
down the back of the left leg into the calf and the outside of the foot comma with numbness along the lateral
foot comma going on now since about the end of june so a little over five months period left straight leg raise
reproduces the leg pain at 35 degrees and the left achilles reflex is trace period he went through eight weeks of
physical therapy this fall and it did nothing for the leg comma and meloxicam upset his stomach so he quit it
period he can not walk from the parking lot into the grocery store without stopping to sit down period MRI of the
lumbar spine from october shows a left paracentral disc protrusion at L four five compressing the traversing left
L five nerve root with moderate lateral recess narrowing period diagnosis lumbar radiculopathy M54.16 period
pain today is an eight out of ten period new paragraph

description colon the risks benefits and alternatives were gone over and he signed the consent period time out
was performed with the whole team period prone on the fluoro table comma prepped with chlorhexidine and draped
period the skin was numbed with three milliliters of one percent lidocaine period under fluoroscopy a 20 gauge
touhy needle was walked in through a left para median approach at L four five and loss of resistance to saline
was felt at about six centimeters period two milliliters of omnipaque 240 gave a nice epidural pattern on the
lateral view with no vascular uptake period then 80 milligrams of kenalog mixed with three milliliters of
preservative free saline was injected slowly period AP and lateral images were saved to PACS period new
paragraph

he tolerated it fine comma pain afterwards three out of ten period no complications period discharged home with
his wife period
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-14",
        codes=[line("62323"), line("J3301", units=8)], findings=[])

    add("fx-ilesi-02", "clinic_hybrid", """
PAIN MEDICINE OFFICE VISIT WITH PROCEDURE

Chief complaint: neck and right arm pain.

HPI: Sixty-one year old woman, a hairdresser, returns for the neck and right arm pain we saw her for in the
summer. The pain starts at the base of the neck, runs over the right shoulder and down the back of the arm to
the middle finger, with the middle finger feeling "asleep" most mornings. It began in late April and has been
constant since (seven months). She has tried physical therapy, gabapentin, a chiropractor and massage. She has
had to cut her salon hours in half because she cannot hold her arms up to cut hair. Denies bowel or bladder
change.

Exam: Spurling maneuver reproduces the right arm pain. Right triceps reflex 1+, left 2+. Triceps strength 4+/5 on
the right. Sensation reduced over the right middle finger.

Imaging: MRI cervical spine 9/2026 - right C6-7 foraminal disc osteophyte complex with moderate to severe right
foraminal stenosis; mild central canal narrowing at C6-7.

Assessment: Cervical radiculopathy, right C7 (M54.12).

Plan: cervical epidural steroid injection today; follow up in 4 weeks.

PROCEDURE: C7-T1 interlaminar epidural steroid injection under fluoroscopy.
Pain before the injection 7/10. Written consent obtained; time-out completed. Prone with the neck flexed on a
pillow. Skin anesthetized with 2 mL of 1% lidocaine. An 18 g Tuohy needle was advanced in the midline at C7-T1 on
the contralateral oblique view until loss of resistance. Isovue-M 300, 1 mL, spread in the dorsal epidural space
without vascular or intrathecal flow. Injected dexamethasone 10 mg diluted with 2 mL preservative-free saline.
Two views (AP and contralateral oblique) stored. Pain after the injection 3/10. No complications; vitals stable.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-11-04",
        codes=[line("62321"), line("J1100", units=10)], findings=["conservative_care"],
        comment="four treatments listed as tried, with no outcome for any of them")

    add("fx-ilesi-03", "numbered", """
Thoracic interlaminar epidural steroid injection, T10-T11

1. Diagnosis: thoracic radiculopathy (M54.14).
2. History: band-like burning pain wrapping around the left lower rib cage to the upper abdomen along the T10
   dermatome, with skin sensitivity to clothing there, for 5 months after a fall on ice.
3. Prior treatment: 6 weeks of physical therapy did not change the pain; lidocaine patches gave no relief;
   nortriptyline was stopped for dry mouth and grogginess.
4. Function: cannot sleep on the left side, stopped bowling, needs help carrying groceries.
5. Imaging: MRI thoracic spine shows a left paracentral T10-11 disc protrusion abutting the exiting left T10
   root; no cord signal change.
6. Pain before: 6/10.
7. Consent signed after discussion of risks including dural puncture; time-out done.
8. Prone, fluoroscopy. Left paramedian approach at T10-T11 with a 20 g Tuohy needle; loss of resistance to air
   and saline. Omnipaque 240, 1.5 mL, showed epidural spread over T10-T11 on the lateral view.
9. Depo-Medrol 80 mg with 2 mL preservative-free saline injected.
10. One lateral image was saved.
11. Pain after: 2/10.
12. Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, dos="2026-03-25", payer="medicare_cgs",
        codes=[line("62321"), line("J1010", units=80)], findings=["saved_images"],
        comment="a single saved view: fewer than the two the LCD asks for")

    add("fx-caudal-01", "dictated_addendum", """
Caudal epidural steroid injection.

Seventy-nine year old man with post-laminectomy syndrome, M96.1, after an L3 to L5 decompression in 2021, who
for the last 10 months has had aching and burning down both legs into the calves, worse on the right, with
numbness in both feet when he stands. Right straight leg raise positive. Eight weeks of aquatic therapy did not
help and pregabalin made him dizzy, so it was stopped. He now uses a walker and cannot stand long enough to shave.
MRI with contrast shows epidural scar around the right L5 root and severe L5-S1 foraminal narrowing on both sides.
Pain before the procedure 7 out of 10.

Consent signed. Time out called. Prone. Under fluoroscopic guidance a 20 gauge Tuohy needle was passed through
the sacral hiatus into the caudal canal. Omnipaque 240, 4 mL, filled the caudal epidural space up to S1 with no
vascular runoff. Celestone 12 mg in 8 mL preservative-free saline was injected. No complications. He was taken
to recovery.

ADDENDUM (same day, 14:10): pain in recovery was 2/10. AP and lateral fluoroscopic images of the final needle
position were saved to the chart.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-18", pos="22",
        codes=[line("62323")], findings=[],
        comment="post score and two saved views come only in the addendum")

    # ---------------- transforaminal epidurals ----------------
    add("fx-tfesi-01", "dictated_sr", """
right L four five and L five S one transforaminal epidural steroid injections

history colon 66 year old female with right leg pain down the outside of the thigh and shin onto the top of the
foot comma tingling in the big toe comma since she lifted a planter in may period so more than six months now
period she has weakness of right great toe extension four out of five and decreased pinprick on the dorsum of
the right foot period twelve sessions of physical therapy and a medrol dosepak did not give her any relief and
gabapentin made her too foggy to drive period she has given up her walking group and can only stand to cook for
about ten minutes period MRI shows a right foraminal disc protrusion at L four five with severe right foraminal
stenosis contacting the exiting right L four root and moderate right L five S one foraminal narrowing period
diagnosis lumbar disc herniation with radiculopathy M51.16 period pre procedure pain nine out of ten period

procedure colon consent was reviewed and signed period time out done period she was placed prone period using
fluoroscopy the left comma correction comma the right L four five for a men was targeted on the oblique view with
a 22 gauge spinal needle under the pedicle in the safe triangle period a second needle was placed at the right L
five S one foramen period omnipaque 240 one milliliter at each level outlined the exiting nerve roots with
epidural flow and no vascular pattern period dexamethasone five milligrams was given at each level for ten
milligrams total period AP and lateral images saved at both levels period

post procedure pain was two out of ten period no complications period
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(9, 2), need=ESI_NEED, dos="2026-01-27",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", units=10)], findings=[],
        comment="spoken self-correction: the side is right")

    add("fx-tfesi-02", "bullets", """
Bilateral L5-S1 transforaminal ESI - repeat

- Dx: lumbar spinal stenosis with neurogenic claudication, M48.062; bilateral L5 radicular pain
- Symptoms: both legs cramp and go numb along the outer calves after a block of walking, both sides about equal,
  for 2 years
- Last bilateral L5-S1 TFESI (2026-04-14) gave about 60% relief that held for 4 months; pain back since late August
- PT 10 weeks in 2025 with no lasting change; celecoxib only takes the edge off
- Function: cannot stand through Sunday service or walk the dog around the block
- MRI: bilateral L5-S1 foraminal stenosis, moderate to severe, from disc bulge and facet overgrowth
- Pre-procedure pain: 7/10
- Informed consent signed; time-out done
- Fluoroscopy; 22 g needles to the left and right L5-S1 foramina; Omnipaque 240 1 mL each side, no vascular
  uptake; Kenalog 20 mg each side (40 mg total)
- AP and lateral images saved
- Post-procedure pain: 3/10
- Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=ESI_NEED, dos="2026-09-29",
        codes=[line("64483", "50"), line("J3301", units=4)], findings=[],
        comment="repeat with 60% relief for 4 months (>= 50%, >= 90 days)")

    add("fx-tfesi-03", "clinic_hybrid", """
Interventional Pain Clinic - Procedure Visit

Subjective: 57 y/o man, warehouse forklift driver, with left neck pain radiating over the left shoulder blade,
down the back of the arm and into the middle finger for 4 months. Left triceps weakness 4/5, diminished left
triceps reflex, positive Spurling on the left. Completed 8 weeks of PT with no improvement in the arm pain;
naproxen did not help either. He is on restricted duty because he cannot turn his head to back up the forklift.
Diagnosis: cervical radiculopathy (M54.12), left C7.

Procedure: left C6-7 transforaminal epidural steroid injection (left C7 nerve root).
Pre-procedure pain 8/10. Consent obtained and signed. Time-out performed.
Supine, head turned right. Under fluoroscopy a 25 g, 3.5 inch blunt-tip needle was advanced to the posterior
half of the left C6-7 foramen on the oblique view. Isovue-M 200, 0.5 mL, under live fluoroscopy showed
perineural spread with no vascular uptake. Dexamethasone 4 mg (preservative free) injected. AP and oblique
images saved. Post-procedure pain 4/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 4), need=minus(ESI_NEED, "imaging_findings"), dos="2026-06-16", pos="24",
        codes=[line("64479", "LT")], findings=["imaging_findings"],
        comment="no imaging result anywhere in the note")

    add("fx-tfesi-04", "dictated_sr+truncated", """
left L three four and L four five transforaminal epidural steroid injection new paragraph

this is a 70 year old woman with a left L four radiculopathy comma M54.16 comma with pain from the left hip
across the front of the thigh to the inside of the knee and shin for the last four months comma numbness over
the medial shin and a weak left knee jerk period she did physical therapy for six weeks which failed to help
comma and tylenol and ibuprofen do nothing for it period she can not climb the stairs to her bedroom and now
sleeps on the couch period MRI showed a far lateral disc herniation at L three four on the left compressing the
exiting left L three root and left L four five foraminal stenosis period her pain is seven out of ten period
new paragraph

consent signed period time out done period prone comma fluoroscopy period 22 gauge needles were placed in the
left L three four and left L four five foramina on oblique views period omnipaque 240 one milliliter per level
showed spread along the nerve roots comma no vascular uptake period decadron ten milligrams total was divided
between the two levels period the needles were removed and the skin was
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, None), need=ESI_NEED, dos="2026-05-06", complications=None,
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)],
        findings=["complications", "post_procedure_pain_score", "saved_images"],
        comment="dictation cut off after the injection: no post score, no complications, no saved images")

    add("fx-tfesi-05", "dictated", """
Right S1 transforaminal epidural steroid injection.

She is a 68 year old with right S1 radiculopathy, M54.17, pain down the back of the right thigh and calf to the
heel and the outer foot with numbness of the little toe for about a year, absent right ankle reflex. Physical
therapy for 12 weeks last winter and duloxetine were both unsuccessful. She cannot sit through a meal or drive
more than 20 minutes. MRI shows a right L5-S1 disc extrusion displacing the right S1 root. This is her fifth
lumbar epidural in the past 12 months; the last one, three weeks ago, helped about 50 percent for two weeks and
then wore off. Pain today 8/10.

Consent was signed and a time-out held. Prone, fluoroscopy, 22 gauge needle into the right S1 foramen through the
posterior sacral foramen on AP view; Omnipaque 240, 1 mL, showed spread along the S1 root without vascular
uptake. Injected betamethasone (Celestone Soluspan) 6 mg. AP and lateral views saved. Pain after 4/10. No
complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="right",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(8, 4), need=ESI_NEED, dos="2026-08-05",
        codes=[line("64483", "RT"), line("J0702", units=1)], findings=["frequency", "prior_procedure_response"],
        comment="fifth session in 12 months (limit 4); last response 50% for two weeks, short of 3 months")

    # ---------------- facet blocks and ablation ----------------
    add("fx-mbb-01", "dictated_sr", """
bilateral lumbar medial branch blocks comma first diagnostic block new paragraph

indication colon 63 year old man with axial low back pain across both sides of the belt line for three years
comma worse getting out of a chair and standing up straight comma no pain below the knees period exam shows
tenderness over the lower lumbar facets on both sides and pain with extension and rotation period he did a full
course of physical therapy last spring comma twelve weeks comma without benefit and ibuprofen and tylenol only
help for an hour or two period he has had to give up fishing from his boat and can not stand at a workbench more
than fifteen minutes period x-rays and MRI show bilateral L four five and L five S one facet arthropathy with
hypertrophy period diagnosis lumbar spondylosis without myelopathy or radiculopathy M47.816 period pain six out of
ten period new paragraph

the procedure and its risks were discussed and written consent obtained period universal protocol time out
performed period prone under fluoroscopy period 22 gauge needles were placed at the L three and L four medial
branch is at the junction of the superior articular process and the transverse process and at the L five dorsal
ramus in the groove of the sacral ala comma on the right and then on the left period half a milliliter of two
percent lidocaine at each of the six sites period new paragraph

after thirty minutes he could bend and stand without pain comma post procedure pain zero out of ten comma one
hundred percent relief period pain diary given period no complications period
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 0), need=SPINE_NEED, dos="2026-02-10",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fx-mbb-02", "numbered_addendum", """
Right cervical medial branch blocks, second (confirmatory) diagnostic block

1. Targets: right C4, C5 and C6 medial branches (right C4-5 and C5-6 facet joints).
2. Diagnosis: cervical spondylosis without myelopathy or radiculopathy, M47.812.
3. History: right-sided neck pain toward the shoulder top for 16 months, worse looking up and turning right.
   Ten weeks of physical therapy did not reduce it; meloxicam was stopped after a GI bleed warning.
4. Function: cannot paint ceilings at work; unable to check the blind spot when driving.
5. First block (2026-05-12, lidocaine): 85% relief for 3 hours.
6. Pre-procedure pain: 6/10.
7. Consent signed, time-out done.
8. Prone, fluoroscopy, lateral view. 25 g needles to the waists of the right C4, C5 and C6 articular pillars.
   0.5 mL of 0.5% bupivacaine at each of the three nerves.
9. Post-procedure pain: 1/10.
10. Complications: none.

Addendum 2026-05-28: pain diary returned by fax - 90% relief from 30 minutes to 3 hours after the block, then back to
baseline. Concordant with the first block; will schedule right C4-5 and C5-6 radiofrequency ablation.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-05-27", pos="24", payer="medicare_cgs",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[])

    add("fx-mbb-03", "clinic_hybrid", """
Follow-up visit and procedure

S: 74 year old woman with left-sided low back pain for 2 years, no radiation past the buttock, worse with
standing and extension. She did 8 weeks of physical therapy in the spring, which did not help, and NSAIDs gave
her heartburn so she stopped them. Lumbar facet arthropathy (M47.816). MRI: left L3-4, L4-5 and L5-S1 facet
hypertrophy with joint effusions.
O: tender over the left lower lumbar facets; facet loading reproduces the pain; neuro intact.
A/P: left lumbar facet pain; proceed with diagnostic medial branch blocks today.

PROCEDURE: Left L3-4, L4-5, L5-S1 medial branch blocks (left L2, L3, L4 medial branches and L5 dorsal ramus),
diagnostic, first block.
Pre: 7/10. Consent signed. Time-out done. Fluoroscopy. 22 g needles to each target; 0.5 mL of 0.5% ropivacaine
at each of the four nerves. Post: 2/10. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 10)],
        pain=(7, 2), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-07-07", payer="medicare_fcso",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["functional_impairment", "level_limit"],
        comment=("nothing about what the pain keeps her from doing; a third lumbar joint (64495) is beyond"
                 " the level limit"))

    add("fx-facet-ia-01", "bullets", """
Bilateral L5-S1 intra-articular facet joint injections (therapeutic)
- Dx: lumbosacral spondylosis without radiculopathy, M47.817
- Low back pain, worse on the left, for 3 years; stiff in the morning, worse with extension
- PT x 12 weeks (2025) without benefit; naproxen caused stomach upset and was stopped
- Cannot garden or lift her granddaughter
- Earlier medial branch blocks at L5-S1 were positive; RFA declined by the patient
- Pre 6/10
- Consent signed, time-out done
- Fluoroscopy; 22 g needles into the left and right L5-S1 facet joints; each joint: Depo-Medrol 20 mg with 0.5 mL
  of 0.25% bupivacaine
- Post 2/10
- No complications
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("bupivacaine", 2.5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-04-15",
        codes=[line("64493", "50"), line("J1010", units=40)], findings=["diagnostic_block_relief"],
        comment="earlier blocks called 'positive' with no percent relief")

    add("fx-rfa-01", "dictated", """
Left lumbar radiofrequency ablation, L4-L5 and L5-S1 facet joints.

The patient is a 69 year old man with left-sided axial low back pain for four years, lumbar spondylosis, M47.816.
He did physical therapy twice, most recently 10 weeks in 2025, with no meaningful relief, and meloxicam did not
help. He cannot stand long enough to grill or play nine holes. Two sets of left L3, L4 medial branch and L5 dorsal
ramus blocks: the first on January 20 with lidocaine gave 90 percent relief, the second on February 3 with
bupivacaine gave 80 percent relief, each lasting the expected duration of the anesthetic. Pain today seven out
of ten.

Consent was obtained and a time out done. Prone under fluoroscopy. 18 gauge RF cannulas with 10 millimeter active
tips were placed along the left L3 and L4 medial branches and the left L5 dorsal ramus. Sensory stimulation
reproduced his back pain under 0.6 volts, and motor stimulation at 2 volts caused no leg movement. Each site got
1 mL of 2 percent lidocaine, then a thermal lesion at 80 degrees Celsius for 90 seconds. Pain afterwards three
out of ten. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-02-24", pos="24",
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[])

    add("fx-rfa-02", "clinic_hybrid", """
PAIN CLINIC NOTE - RETURN VISIT AND PROCEDURE

History of present illness: 66 year old man with right-sided neck pain for 6 years (cervical spondylosis,
M47.812) who had a right C5-6 and C6-7 radiofrequency ablation in August 2025 that gave him about 70% relief for
10 months. The pain has come back over the last two months; he again cannot turn his head to back out of his
driveway and wakes at night. Before the first ablation he had failed 12 weeks of physical therapy and daily
NSAIDs, and his two diagnostic blocks gave 90% and 85% relief. He has severe needle anxiety and could not hold
still for his first ablation under local alone, so moderate sedation is planned.
Pain today 7/10.

Procedure: repeat right C5-6 and C6-7 radiofrequency ablation (right C5, C6 and C7 medial branches).
Consent signed; time-out performed. Moderate sedation was given by me with a registered nurse monitoring the
patient independently throughout: midazolam 2 mg and fentanyl 50 mcg IV, start 09:12, end 09:31 (19 minutes).
Prone, fluoroscopy. 20 g RF cannulas placed along the three nerves on lateral and oblique views; sensory 0.4 V
concordant, no motor response at 2 V. 0.5 mL of 2% lidocaine at each nerve, then lesions at 85 C for 90 seconds.
Post-procedure pain 2/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 30)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-10-13", pos="24",
        codes=[line("64633", "RT"), line("64634", "RT"), line("99152")], findings=[],
        comment="repeat RFA with 70% relief for 10 months (>= 180 days); sedation justified, observer and times")

    add("fx-rfa-03", "numbered", """
Procedure: bilateral lumbar medial branch radiofrequency neurotomy, L3-4 and L4-5

1. Diagnosis: lumbar facet arthropathy (M47.816).
2. History: central and bilateral low back pain for 30 months. Physical therapy for 3 months did not help; he
   could not tolerate tramadol (nausea). Cannot walk a round of golf or sit through a movie.
3. Diagnostic blocks: bilateral L2, L3, L4 medial branch blocks on 2026-06-02 (90% relief) and 2026-06-16 (85%
   relief).
4. Pre-procedure pain: 8/10.
5. Consent signed; time-out done.
6. Fluoroscopy. 18 g cannulas placed parallel to the bilateral L2, L3 and L4 medial branches (six sites).
   Sensory stimulation concordant below 0.5 V; no motor response to 2 V.
7. 1 mL of 1% lidocaine at each site, then each nerve was lesioned for 90 seconds.
8. Post-procedure pain: 3/10.
9. Complications: none.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-07-21",
        codes=[line("64635", "50"), line("64636", "50")], findings=["approach"],
        comment="lesioning without a technique or temperature (rfa.technique)")

    # ---------------- sacroiliac ----------------
    add("fx-sij-01", "dictated_sr", """
left sacroiliac joint injection comma diagnostic new paragraph

she is a 59 year old woman with pain over the left buttock just below the dimple of venus for eight months
comma no leg symptoms period positive gainsley comma thigh thrust and distraction on the left period she finished
six weeks of physical therapy without improvement and naproxen gave her only partial relief period she can not
sit through her grandson's basketball games period diagnosis sacroiliitis M46.1 period this is her first sacroiliac
joint injection and it is diagnostic period pain eight out of ten period new paragraph

consent signed comma time out done period prone under fluoroscopy the inferior aspect of the left sacral iliac joint
was entered with a 22 gauge spinal needle period half a milliliter of omnipaque 240 gave an arthrogram of the
joint period 40 milligrams of kenalog with one and a half milliliters of half percent bupivacaine were injected
period AP and oblique images saved period new paragraph

post procedure pain one out of ten comma about 85 percent relief period no complications period
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 7.5)],
        pain=(8, 1), need=SPINE_NEED, dos="2026-03-03",
        codes=[line("27096", "LT"), line("J3301", units=4)], findings=[])

    add("fx-sij-02", "bullets", """
Right SI joint injection, therapeutic
* Dx: sacroiliac joint dysfunction, right (M53.3)
* Right buttock and posterior thigh pain for 9 months; positive FABER and compression on the right
* PT x 8 weeks did not help; diclofenac gave only brief relief
* Unable to sit longer than 20 minutes or get in and out of the car without help
* Diagnostic right SI block on 2026-03-10: 80% relief for the duration of the anesthetic
* Pre 7/10
* Consent signed, time-out done
* Fluoroscopy; 22 g needle into the inferior right SI joint; methylprednisolone 40 mg with 1 mL 1% lidocaine
* AP and oblique images saved
* Post 4/10
* No complications
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(7, 4), need=SPINE_NEED, dos="2026-04-21",
        codes=[line("27096", "RT"), line("J1010", units=40)], findings=["contrast", "percent_relief"],
        comment="no word on contrast; relief only implied by the scores")

    add("fx-sij-03", "clinic_hybrid", """
Return visit - bilateral sacroiliac joint pain

Interval history: 71 year old man with bilateral SI joint pain (sacroiliitis, M46.1) for 3 years, both buttocks,
worse rising from a chair. Diagnostic bilateral SI injections in 2025 gave 90% relief. His last therapeutic
bilateral SI injections on 2026-04-08 gave 65% relief for about 4 months; the pain has returned and he again
cannot walk more than a block or get into his truck. He completed 12 weeks of physical therapy before the first
injection without lasting change, and meloxicam is only partly effective.
Pain today 6/10.

Procedure: bilateral sacroiliac joint injections, therapeutic, repeat.
Consent signed. Time-out performed. Prone; fluoroscopy. 22 g needle into the inferior pole of each SI joint;
Omnipaque 240, 0.5 mL per side, outlined each joint. Each joint received Kenalog 40 mg with 1 mL 0.5%
bupivacaine. AP and contralateral oblique images saved. Pain after 2/10, 67% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 10)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-09-15", pos="22",
        codes=[line("27096", "50")], findings=[],
        comment="repeat with 65% relief for about 4 months; diagnostic 90%")

    # ---------------- trigger points ----------------
    add("fx-tpi-01", "dictated_sr", """
trigger point injections left neck and upper back new paragraph

58 year old bookkeeper with myofascial pain syndrome M79.18 of the left neck and shoulder girdle for five months
comma aching that builds through the workday at the computer period on exam there are taut bands with a local
twitch response and referred pain toward the head in the left upper trapezius comma the left levator scapula and
the left rhomboid major period she can only work at the keyboard for about an hour before she has to stop period
pain seven out of ten period new paragraph

verbal and written consent obtained comma time out done period after alcohol prep a 27 gauge needle was used to
inject two milliliters of a quarter percent bupivacaine into each of the three muscles comma six milliliters in
all period pain after the injections two out of ten comma about 70 percent relief period no complications
comma stretching program reviewed period
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 2), need=("diagnosis",), dos="2026-06-09", codes=[line("20553")], findings=[])

    add("fx-tpi-02", "clinic_hybrid", """
Office visit - low back myofascial pain

HPI: 47 year old man, delivery driver, with right low back and buttock aching for 3 months since a long shift of
lifting. Tender taut bands with twitch responses and pain referral toward the hip on the right. Diagnosis:
myofascial pain syndrome, M79.18. Heat and stretching have not helped. He cannot sit in the truck more than an
hour.
Pain at the start of the visit 6/10.

Procedure: trigger point injections. Consent signed. Time-out performed. Multiple trigger points across the right
low back and buttock were injected with a total of 5 mL of 1% lidocaine through a 25 g needle. Pain after 3/10,
50% better. No complications. Home stretching reviewed.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", 50)],
        pain=(6, 3), need=("diagnosis",), dos="2026-08-19", payer="medicare_cgs",
        codes=[line("20552")], findings=["muscle_count"],
        comment="no muscle named: the fewest-muscle code")

    # ---------------- joints and bursa ----------------
    add("fx-shoulder-01", "bullets", """
Left glenohumeral joint injection, ultrasound guided
- Dx: primary osteoarthritis, left shoulder (M19.012)
- Left shoulder pain with reaching overhead and at night for 18 months; cannot comb her hair with the left arm
- Pre-procedure pain: 8/10
- Time-out completed
- Posterior approach, 22 g spinal needle under real-time ultrasound; needle tip seen entering the joint between
  the humeral head and the posterior labrum; image saved
- Injected Kenalog 40 mg with 3 mL 1% lidocaine
- Post-procedure pain: 2/10
- Complications: none
""",
        procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="left",
                    imaging="ultrasound", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
        pain=(8, 2), need=("diagnosis",), dos="2026-05-19", consent=False,
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=["consent"])

    add("fx-bursa-01", "dictated_sr", """
right subacromial bursa injection new paragraph

this 66 year old man has right shoulder pain over the outside of the upper arm for four months comma worse
reaching overhead and lying on the right side comma painful arc and positive hawkins and neer on the right period
diagnosis subacromial bursitis of the right shoulder M75.51 period he can not lift his tackle box or put on his
coat without help period pain six out of ten period new paragraph

we discussed the risks and he gave consent period time out done period landmark guided from a posterolateral
approach under the acromion a 25 gauge one and a half inch needle was placed into the right sub acromial bursa and
depo medrol 40 milligrams with four milliliters of one percent lidocaine was injected without resistance period
new paragraph

afterwards his pain was one out of ten with a full painful arc period no complications period
""",
        procs=[proc("joint_injection", target="subacromial_bursa", region="shoulder", laterality="right",
                    imaging="none", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(6, 1), need=("diagnosis",), dos="2026-10-27", codes=[line("20610", "RT"), line("J1010", units=40)],
        findings=[])

    # ---------------- genicular ----------------
    add("fx-gnb-01", "numbered", """
Left genicular nerve block, diagnostic, prior to planned radiofrequency ablation

1. Diagnosis: unilateral primary osteoarthritis, left knee (M17.12).
2. Indication: left knee pain for 6 years, now daily and waking her at night; physical therapy, NSAIDs and two
   steroid injections no longer help; declines knee replacement.
3. Pre-procedure pain: 7/10.
4. Consent signed; time-out completed.
5. Fluoroscopy, AP and lateral views. 22 g spinal needles placed to the superomedial, superolateral and
   inferomedial genicular nerves at the junctions of the shafts and the condyles of the femur and tibia.
6. Bupivacaine 0.5% was injected at each of the three nerves.
7. Post-procedure pain: 1/10 at 30 minutes, about 85% relief.
8. Complications: none.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left",
                    imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", None)],
        pain=(7, 1), need=("diagnosis",), dos="2026-03-17",
        codes=[line("64454", "LT")], findings=["drug_dose"],
        comment="bupivacaine named without a volume")

    # ---------------- sympathetic ----------------
    add("fx-stellate-01", "dictated", """
Right stellate ganglion block under ultrasound.

She is 54 and has complex regional pain syndrome type 1 of the right upper limb, G90.511, since a wrist fracture
in the spring: burning pain of the right hand and forearm, swelling, a shiny mottled skin and a hand that is
colder than the left, with pain to light touch. Pain 8 out of 10 today.

Consent was signed and a time-out done. Supine with the neck slightly extended. Using a linear ultrasound probe at
the C6 level, the longus colli and the carotid artery were identified, and a 25 gauge needle was advanced in
plane to the fascia over the longus colli on the right, avoiding the vessels. After negative aspiration, 6 mL of
0.5% ropivacaine was injected in divided doses with spread seen under the prevertebral fascia. An image of the
final needle position was saved. Within ten minutes she had a right Horner's sign and the right hand warmed from
28 to 33 degrees. Pain after the block 3 out of 10. No complications.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 30)],
        pain=(8, 3), need=("diagnosis",), dos="2026-07-14",
        codes=[line("64510"), line("76942")], findings=[])

    add("fx-impar-01", "clinic_hybrid", """
Pain clinic visit with procedure: ganglion impar block

HPI: 62 year old woman with tailbone pain for 14 months after slipping on stairs and landing on her buttocks.
Pain is worst sitting and rising from sitting; she now sits on one hip or a cushion and has stopped driving to see
her sister. A donut cushion, NSAIDs and 6 weeks of pelvic floor therapy have not helped.
Exam: exquisite tenderness over the coccyx, no neurologic deficit.
Assessment: coccydynia (M53.3).
Pain today 7/10.

Procedure: ganglion impar block under fluoroscopy.
Written consent. Time-out. Prone. A 22 g spinal needle was passed through the sacrococcygeal junction on the
lateral view until the tip lay just anterior to it. Omnipaque 240, 2 mL, showed a retroperitoneal "apostrophe"
spread without vascular uptake. Injected 4 mL of 0.5% bupivacaine with triamcinolone 40 mg.
Pain after 1/10, sitting without pain in recovery. No complications.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(7, 1), need=("diagnosis",), dos="2026-04-07",
        codes=[line("64999"), line("77002"), line("J3301", units=4), line("Q9966", units=2)], findings=[])

    # ---------------- occipital ----------------
    add("fx-onb-01", "bullets", """
Bilateral greater occipital nerve blocks
- Dx: occipital neuralgia, M54.81
- Shooting pain from the base of the skull over the back of both sides of the head for 8 months, with scalp
  tenderness; tender over both greater occipital nerves with reproduction of the headache; misses work 4 days a
  month
- Pain before: 7/10
- Consent signed
- Landmark technique: 25 g needle medial to the occipital artery at the superior nuchal line, each side; 2 mL of
  0.5% bupivacaine with 2 mg dexamethasone injected on each side
- Pain after: 1/10
- No complications
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 20), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 1), need=("diagnosis",), dos="2026-12-01", payer="medicare_fcso",
        codes=[line("64405", "50"), line("J1100", units=4)], findings=["time_out"])

    # ---------------- spinal cord stimulator trial ----------------
    add("fx-scs-01", "dictated_sr+truncated", """
operative report colon percutaneous spinal cord stimulator trial new paragraph

preoperative diagnosis colon failed back surgery syndrome M96.1 with chronic right leg radicular pain period
indication colon he is 64 and has had back and right leg pain for five years since an L four five fusion period
physical therapy comma gabapentin comma duloxetine and three epidurals have all failed to give him lasting relief
and he is not a candidate for more surgery period he had a psychological evaluation on september 30 and was
cleared for a trial period pain before the procedure eight out of ten period new paragraph

description colon consent was signed and a time out was done period prone on the fluoroscopy table period local
anesthesia only comma ten milliliters of one percent lidocaine at the entry sites period through a left
paramedian approach two 14 gauge tuohy needles entered the epidural space at L one two and two eight contact
percutaneous leads were steered up under live fluoroscopy comma the first to the top of T eight and the second
to the middle of T nine period intraoperative testing covered his back and right leg period the leads were
anchored to the skin and dressed period pain after six out of ten with stimulation on period no complications
period he was discharged to home with his wife and instructions to keep the dressing dry and
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 6), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-10-20", pos="22",
        codes=[line("63650", units=2), line("77003", "26")], findings=[],
        comment="cut off in the discharge sentence, after every element was dictated")

    # ---------------- vertebral augmentation ----------------
    add("fx-vertebro-01", "numbered", """
Procedure: T12 and L1 vertebroplasty, bilateral transpedicular, under fluoroscopy

1. Diagnosis: age-related osteoporosis with current pathological vertebral fracture, initial encounter (M80.08XA).
2. History: 81 year old woman with thoracolumbar pain for 6 weeks after a fall at home; 4 weeks in a brace and
   scheduled oxycodone have not controlled the pain and she is confined to a recliner.
3. Imaging: MRI shows acute compression fractures of T12 (25% height loss) and L1 (35% height loss), both with
   marrow edema on STIR; no retropulsion.
4. Pre-procedure pain: 9/10.
5. Consent signed; time-out done.
6. Local anesthesia only: 1% lidocaine 10 mL to skin and periosteum.
7. 11 g cannulas placed through both pedicles of T12 and of L1 on AP and lateral fluoroscopy; no cavity was made.
   PMMA cement, 2.5 mL into T12 and 3 mL into L1, under continuous lateral fluoroscopy without leakage.
8. Post-procedure pain: 3/10.
9. Complications: none.
""",
        procs=[proc("vertebral_augmentation", approach="vertebroplasty", region="thoracic", levels=["T12", "L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        dos="2026-11-10", pos="22", codes=[line("22510"), line("22512")], findings=[])

    # ---------------- pump refill ----------------
    add("fx-pump-01", "clinic_hybrid", """
Intrathecal baclofen pump refill and reprogramming

Subjective: 52 year old woman with multiple sclerosis and severe spasticity of both legs (G35) for 9 years; the
baclofen pump lets her transfer from bed to chair by herself. Over the past month her legs have been stiffer at
night and cramping wakes her.
Consent obtained. Time-out done.
Procedure: I interrogated the pump; 3.2 mL residual, matching the expected volume. Under sterile technique I
accessed the reservoir with a 22 g non-coring needle, aspirated the residual and refilled with 20 mL of baclofen
2000 mcg/mL. I then reprogrammed the daily dose up by 10% (simple continuous mode). New alarm date given.
No complications. Return in 3 months.
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 40)],
        pain=(None, None), need=("diagnosis",), dos="2026-09-08",
        codes=[line("62370")], findings=[],
        comment="physician refilled and reprogrammed; 20 mL x 2 mg/mL = 40 mg")
