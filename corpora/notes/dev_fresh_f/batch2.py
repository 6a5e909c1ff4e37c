"""Second batch (8 notes, `ff-u-*`): the untuned check written after the last rule change of this round; gold
labelled before Painpoint read them, nothing changed after their first run."""

from make_notes import ESI_NEED, SPINE_NEED

DOS = "2026-11-20"
ESI_PROC = dict(imaging="fluoroscopy", contrast=True, intent="therapeutic")


def _esi_need(*missing: str) -> tuple:
    return tuple(k for k in ESI_NEED if k not in missing)


def _spine_need(*missing: str) -> tuple:
    return tuple(k for k in SPINE_NEED if k not in missing)


def build(add, proc, line, given) -> None:
    tf = lambda **kw: proc("transforaminal_epidural", approach="transforaminal", **ESI_PROC, **kw)  # noqa: E731
    il = lambda **kw: proc("interlaminar_epidural", approach="interlaminar", **ESI_PROC, **kw)  # noqa: E731

    add("ff-u-tfesi-01", "operative_report", """
PRE-OP DIAGNOSIS: Left C6 radiculopathy secondary to C5-6 foraminal stenosis.
PROCEDURE: Left C5-6 transforaminal epidural steroid injection with fluoroscopy.
CLINICAL NOTE: 47-year-old electrician. Roughly four months ago he woke with a stiff neck and within a week had an
ache running over the top of the left shoulder and along the outer forearm into the thumb and index finger, which
go numb when he looks up. Six weeks of supervised therapy with cervical traction, then oral prednisone and Mobic,
have been of little use; the arm is just as bad. He has stopped taking overtime calls because overhead wiring is
out of the question. Left biceps and brachioradialis reflexes are reduced; Spurling reproduces the arm pain.
CT myelogram: left uncovertebral and facet overgrowth severely narrowing the C5-6 foramen. Pain 8/10.
TECHNIQUE: Consent signed. Universal protocol time-out. Supine, head rotated right. Under fluoroscopy a 25-gauge
needle to the posterior left C5-6 foramen. Omnipaque 240 0.5 mL with digital subtraction, no vascular filling.
Dexamethasone 6 mg injected. AP and oblique views saved.
Post-procedure pain 3/10. No complications.
""",
        procs=[tf(region="cervical", laterality="left", levels=["C5-C6"])],
        drugs=[given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 6)],
        pain=(8, 3), need=ESI_NEED, dos=DOS,
        codes=[line("64479", "LT"), line("J1100", units=6)], findings=[])

    add("ff-u-tfesi-02", "smarttext", """
Procedure: Bilateral L5-S1 transforaminal ESI
Indication: bilateral S1 radiculopathy, L5-S1 disc herniation with bilateral lateral recess narrowing
Onset/duration: since a lifting injury at work in 2025
Leg symptoms: pain both buttocks -> back of calves -> soles, R worse; feet tingle after 10 min standing
Tried: PT 2x/wk x 10 wks => flare each visit; naproxen => no real change; chiro x 6 visits => "felt worse"
Function: had to go on light duty; cannot stand through a shift on the line
Exam: bilateral ankle reflexes 1+, SLR positive bilaterally at 45 degrees
MRI: broad L5-S1 extrusion, bilateral lateral recess stenosis, both S1 roots displaced
Pain now: 9/10
Consent: written, on chart   Time-out: yes
Technique: Prone, fluoroscopy. 22 g needles to the right and left L5-S1 foramina. Isovue-M 300 1 mL each side, epidural flow. Triamcinolone 40 mg each side. AP and lateral saved.
Post: 4/10
Complications: none
""",
        procs=[tf(region="lumbar", laterality="bilateral", levels=["L5-S1"])],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(9, 4), need=ESI_NEED, dos=DOS,
        codes=[line("64483", "50"), line("J3301", units=8)], findings=[])

    add("ff-u-tfesi-03", "clinic", """
R L4-5 TFESI

Chronic low back ache x 2 yrs, across the belt line, no leg symptoms, worse bending. Dx: right lumbar
radiculopathy. Three months of PT and meloxicam gave no lasting change. Can't pick up his toddler. Pain 6/10.
Consent, time-out. Prone, fluoroscopy. 22 g to R L4-5 foramen. Omnipaque 240 1 mL, no vascular uptake.
Dexamethasone 10 mg. AP/lat images saved.
Post 4/10. No complications.
""",
        procs=[tf(region="lumbar", laterality="right", levels=["L4-L5"])],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 4), need=_esi_need("radicular_findings", "imaging_findings"), dos=DOS,
        codes=[line("64483", "RT"), line("J1100", units=10)],
        findings=["imaging_findings", "indication"],
        comment="axial pain only; no imaging at all")

    add("ff-u-ilesi-01", "dictated", """
L4-5 interlaminar epidural steroid injection comma lumbar period

This 70 year old woman has had cramping heaviness in both thighs and calves when she walks for about 9 months
period she gets relief when she bends forward over the cart period she has been doing the exercises her therapist
gave her and takes Tylenol period she can only do half her grocery list before she has to sit in the car period
MRI shows congenital narrowing with superimposed severe L4-5 central stenosis period diagnosis lumbar spinal
stenosis with neurogenic claudication period pain 7 out of 10 period

Consent was signed and a time out done period prone period fluoroscopy period an 18 gauge Tuohy was advanced into
the L4-5 epidural space with loss of resistance period Omnipaque 240 2 mL spread well period Kenalog 80 mg in 3 mL
saline injected period AP and lateral images saved period post procedure 3 out of 10 period no complications period
""",
        procs=[il(region="lumbar", levels=["L4-L5"])],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 3), need=_esi_need("conservative_care"), dos=DOS,
        codes=[line("62323"), line("J3301", units=8)],
        findings=["conservative_care"],
        comment="home exercises and Tylenol: no outcome, no duration")

    add("ff-u-ilesi-02", "hpi", """
Cervical interlaminar epidural steroid injection at C7-T1

HPI: 55-year-old nurse with right arm pain since early March 2026 that starts in the neck and shoots down the
back of the arm to the ring and small fingers, with clumsiness of the right hand. Gabapentin made her too foggy
to work and was stopped after a month; eight weeks of physical therapy have not moved the needle. She is dropping
instruments at work and can no longer do her hair. Right triceps 4/5, diminished sensation over the ulnar hand.
MRI: right C7-T1 paracentral disc protrusion contacting the right C8 root.
Diagnosis: right C8 radiculopathy.
Pain 7/10.

PROCEDURE: Consent signed, time-out completed. Prone. Fluoroscopy. 20-gauge Tuohy to the C7-T1 epidural space with
loss of resistance. Omnipaque 240 1.5 mL, epidural spread. Dexamethasone 10 mg with 2 mL saline. AP and lateral
images saved. Post-procedure pain 2/10. No complications.
""",
        procs=[il(region="cervical", levels=["C7-T1"])],
        drugs=[given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos=DOS,
        codes=[line("62321"), line("J1100", units=10)], findings=[])

    add("ff-u-mbb-01", "shorthand", """
R L3-4, L4-5 MBB (dx #1)
Dx lumbar facet arthropathy, R
R LBP since 2024, worse twisting/extension, no radic sx. OMT + HEP x 3 mo, no better. Ibuprofen - gastritis.
Facet loading + on R.
Pre 6/10
consent, TO. prone, fluoro. 25 g to R L2, L3, L4 MB. 0.5 mL 0.5% bupivacaine each.
post 1/10. no cx
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=_spine_need("functional_impairment"), dos=DOS,
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")],
        findings=["functional_impairment"],
        comment="no functional statement")

    add("ff-u-rfa-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Bilateral lumbar facet arthropathy L4-5, L5-S1.
PROCEDURE: Bilateral L4-5 and L5-S1 radiofrequency neurotomy.
INDICATIONS: Low back pain for nine years, axial, worse with standing and arching back. She has worked through
physical therapy twice, most recently 8 weeks last year, and has used NSAIDs for years; none of this has kept her
pain below a 6. She gave up her walking group and can stand at the sink for only 10 minutes. Two sets of medial
branch blocks: 85% and 90% relief, each lasting the expected duration of the anesthetic.
TECHNIQUE: Consent, time-out. Prone, fluoroscopy. RF cannulae to the L3 and L4 medial branches and L5 dorsal rami on
both sides, motor stimulation negative. 1 mL 2% lidocaine at each of the six sites; lesions at 80 degrees C for 90
seconds.
RESULT: Pain 6/10 before, 3/10 after. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 120)],
        pain=(6, 3), need=SPINE_NEED, dos=DOS,
        codes=[line("64635", "50"), line("64636", "50")], findings=[])

    add("ff-u-sij-01", "narrative", """
RIGHT SACROILIAC JOINT INJECTION, THERAPEUTIC

He has had right buttock pain below the belt line for 8 months, worse sitting on the tractor seat and rolling
over in bed; right SI joint dysfunction with 4 of 5 provocation maneuvers positive. Six weeks of pelvic
stabilization therapy and meloxicam left him where he started. He cannot ride the tractor for more than an hour.
A diagnostic right SI block in September gave 90% relief for the duration of the anesthetic. Pain 7/10.

Consent signed, time-out. Prone. Fluoroscopy. 22-gauge needle into the inferior right SI joint, Omnipaque 240
0.5 mL arthrogram. Triamcinolone 40 mg with 1 mL 0.5% bupivacaine injected. AP and oblique images saved.
Pain 2/10 afterward, about 70% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, dos=DOS,
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=[])
