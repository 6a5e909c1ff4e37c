"""First batch (22 notes, `ff-*`): medical-necessity statements (duration, conservative care and its outcome,
function, radicular symptoms, imaging) in wordings of my own; gold labelled from my reading BEFORE Painpoint read
them. About a third leave a necessity element out (or state it below the standard) on purpose."""

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

    add("ff-tfesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Left L5 radiculopathy from an L4-5 disc extrusion.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.

INDICATIONS: This is a 58-year-old gentleman whose trouble began after he slipped on ice last January. Since
then he has had a burning line of pain from the left buttock along the back of the thigh into the outer calf
and the top of the foot. He worked through a physical therapy program twice a week for 8 weeks, then took
meloxicam and a short prednisone burst. None of it made a meaningful dent in the leg pain. He now sleeps in a
recliner and has stopped coaching his grandson's soccer team. On exam the left ankle jerk is diminished and the
straight leg raise reproduces the leg pain at 40 degrees. MRI IMPRESSION: Left paracentral extrusion at L4-5
with inferior migration, compressing the traversing left L5 nerve root. Pain today 8/10.

DESCRIPTION OF PROCEDURE: Informed consent was obtained after discussion of risks and benefits. A time-out
confirmed the patient, side and level. Prone on the fluoroscopy table, the skin was prepped and draped. 1% lidocaine
2 mL to the skin. A 22-gauge spinal needle was advanced to the left L5-S1 foramen under fluoroscopy. Omnipaque 240,
1 mL, outlined the exiting root with no vascular uptake. Dexamethasone 10 mg with 1 mL of 1% lidocaine was
injected. AP and lateral images were saved.

POSTPROCEDURE: Pain 3/10. There were no complications. Discharged ambulatory.
""",
        procs=[tf(region="lumbar", laterality="left", levels=["L5-S1"])],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, dos=DOS,
        codes=[line("64483", "LT"), line("J1100", units=10)], findings=[])

    add("ff-tfesi-02", "smarttext", """
Procedure: Right L4-L5 transforaminal epidural steroid injection
Date of service: 11/20/2026
Reason for procedure: Right L4 radiculopathy from foraminal stenosis
Symptom onset: x 8 wks, gradual, no injury
Pain description: sharp pain from the right hip wrapping around the front of the thigh to the inner shin; pins and needles over the medial knee
Prior treatment:
  PT: 6 wks - no change
  Naproxen 500 BID: 6 wks - stomach upset, stopped
  Heat/ice/TENS: ongoing
Functional status: Cannot climb the stairs to her bedroom; has been sleeping on the couch.
Exam: Weak right quadriceps 4/5, absent right patellar reflex.
MRI L-spine: Severe R L4-5 foraminal stenosis w/ impingement of the exiting R L4 root.
Pre-procedure pain: 7/10
Consent: signed  Time-out: performed
Technique: Prone. Fluoroscopic guidance. 22 g needle to the right L4-5 foramen. Omnipaque 180 1 mL, no intravascular flow. Triamcinolone 40 mg injected. AP/lateral images saved.
Post-procedure pain: 2/10
Complications: none
""",
        procs=[tf(region="lumbar", laterality="right", levels=["L4-L5"])],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=ESI_NEED, dos=DOS,
        codes=[line("64483", "RT"), line("J3301", units=4)], findings=[])

    add("ff-tfesi-03", "shorthand", """
L L5-S1 TFESI, fluoro
L S1 radiculopathy w/ L5-S1 HNP
LBP + L post thigh/calf pain x 4 mo, numb lat foot. PT x 6 wks, meloxicam.
MRI: L5-S1 HNP abutting L S1 root.
Pre 6/10
consent/TO. prone. 22 g to L L5-S1 foramen, isovue-M 300 1 mL, no vasc. dex 10 mg + 1 mL NS. AP + lat saved.
post 1/10, no cx
""",
        procs=[tf(region="lumbar", laterality="left", levels=["L5-S1"])],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 1), need=_esi_need("conservative_care", "functional_impairment"), dos=DOS,
        codes=[line("64483", "LT"), line("J1100", units=10)],
        findings=["conservative_care", "functional_impairment"],
        comment="care listed with no outcome; no functional statement")

    add("ff-tfesi-04", "dictated", """
Right C6-7 transforaminal epidural steroid injection period

History colon this is a 51 year old woman with right C7 radiculopathy period she describes pain from the right
shoulder blade running down the back of the arm into the middle finger comma present for the better part of a year
period she did physical therapy for two months which helped at first and then plateaued period gabapentin caused
sedation so she came off it after three weeks period the arm pain wakes her several times a night and she has had
to give up her shifts at the bakery because she cannot knead dough period triceps reflex is trace on the right
and triceps strength 4 over 5 period new paragraph
MRI cervical spine shows a right foraminal disc osteophyte complex at C6-7 with severe right neural foraminal
narrowing period pain is 7 out of 10 today period

Consent was signed comma time out performed period supine comma head turned to the left period under fluoroscopy
a 25 gauge needle was placed at the posterior aspect of the right C6-7 foramen period Omnipaque 240 0.5 mL showed
foraminal and epidural flow comma no vascular uptake on live and digital subtraction images period dexamethasone
4 mg was injected period AP and oblique images saved period post procedure pain 2 out of 10 period no
complications period
""",
        procs=[tf(region="cervical", laterality="right", levels=["C6-C7"])],
        drugs=[given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=ESI_NEED, dos=DOS,
        codes=[line("64479", "RT"), line("J1100", units=4)], findings=[],
        comment="PT 2 months plateaued (partial, 8 weeks); gabapentin not tolerated")

    add("ff-tfesi-05", "hpi", """
Left L4-5 and L5-S1 transforaminal epidural steroid injections

HPI: Pleasant 66-year-old retired mail carrier seen for left leg pain. She has had this for some time. The pain
shoots from the left buttock down the lateral thigh to the outside of the ankle, worse when she stands at the sink.
She finished a 6 week course of physical therapy that gave her no relief and has been on duloxetine for 2 months
without benefit. Standing long enough to make a meal is now beyond her. Lumbar MRI was reviewed with her today.
Diagnosis: left lumbar radiculopathy, L5.
Pain 6/10.

PROCEDURE: Consent obtained, time-out completed. Prone, fluoroscopy. 22-gauge needles to the left L4-5 and L5-S1
foramina. Omnipaque 240 1 mL at each level with a clean neurogram. Dexamethasone 5 mg at each level. AP and lateral
images saved. Post-procedure pain 2/10. No complications.
""",
        procs=[tf(region="lumbar", laterality="left", levels=["L4-L5", "L5-S1"])],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=_esi_need("symptom_duration", "imaging_findings"), dos=DOS,
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)],
        findings=["imaging_findings", "symptom_duration"],
        comment="'for some time': no duration; 'MRI was reviewed': imaging without findings")

    add("ff-tfesi-06", "narrative", """
BILATERAL L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION

She is 72 and has had aching and heaviness of both legs with walking for roughly 14 months; her legs give out after
a block or two and she has to lean on the grocery cart to finish shopping. Diagnosis is lumbar spinal stenosis with
neurogenic claudication. She has done everything conservative - physical therapy for 3 months, a course of
chiropractic, tramadol, acetaminophen - and she says nothing has touched it. CT myelogram: severe central canal
stenosis at L4-5 with bilateral lateral recess narrowing. Pain 8/10.

Written consent on file. Time-out done. Prone, fluoroscopy. Bilateral 22-gauge needles into the L4-5 foramina.
Omnipaque 240 1 mL on each side, epidural spread. Triamcinolone 40 mg on each side. AP and lateral images saved.
Post 3/10. No complications.
""",
        procs=[tf(region="lumbar", laterality="bilateral", levels=["L4-L5"])],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos=DOS,
        codes=[line("64483", "50"), line("J3301", units=8)], findings=[])

    add("ff-ilesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Right S1 radiculopathy, lumbar disc herniation at L5-S1.
PROCEDURE: Lumbar interlaminar epidural steroid injection, L5-S1, fluoroscopic guidance.
INDICATIONS FOR PROCEDURE: Pain along the back of the right leg into the heel since mid-July, worse with sitting
and coughing, with numbness of the little toe. A course of chiropractic without improvement; she tried
cyclobenzaprine, which left her groggy at work, and she stopped it. Home exercise ongoing. She can sit for 15 minutes
at most and has missed two weeks of work. Positive right straight leg raise at 30 degrees, right Achilles reflex
absent. MRI: L5-S1 right paracentral protrusion contacting the S1 nerve root. Pain 9/10.
DESCRIPTION: Consent signed. Time-out. Prone. Fluoroscopy. 1% lidocaine 3 mL to the skin. A 20-gauge Tuohy needle
entered the L5-S1 interlaminar epidural space by loss of resistance to saline. Omnipaque 240, 2 mL, epidural
spread. Methylprednisolone 80 mg in 4 mL of saline injected. AP and lateral images saved.
POST-PROCEDURE: Pain 4/10. No complications.
""",
        procs=[il(region="lumbar", levels=["L5-S1"])],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(9, 4), need=_esi_need("conservative_care"), dos=DOS,
        codes=[line("62323"), line("J1010", units=80)],
        findings=["conservative_care"],
        comment="chiropractic failed and cyclobenzaprine not tolerated, but no care duration stated (ESI needs 4 weeks)")

    add("ff-ilesi-02", "clinic", """
Cervical interlaminar ESI, C7-T1

Assessment: cervical radiculopathy.
Neck pain for 7 months, centered at the base of the neck and between the shoulders, worse looking down at her
phone. No arm symptoms. PT x 10 wks and celecoxib did not change things. Unable to turn her head to check her
blind spot, so she has stopped driving. MRI C-spine: multilevel disc desiccation with C5-6 and C6-7 broad-based
bulges, no cord signal change.
Pain 6/10.
Consent and time-out done. Prone, fluoroscopy, 18-gauge Tuohy to the C7-T1 epidural space with loss of resistance.
Omnipaque 240 1 mL, epidural spread confirmed. Dexamethasone 10 mg in 2 mL saline. AP and lateral images saved.
Post 3/10. No complications.
""",
        procs=[il(region="cervical", levels=["C7-T1"])],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 3), need=_esi_need("radicular_findings"), dos=DOS,
        codes=[line("62321"), line("J1100", units=10)],
        findings=["indication"],
        comment="axial neck pain only ('No arm symptoms'); a radiculopathy diagnosis alone does not document radicular findings")

    add("ff-ilesi-03", "narrative", """
Lumbar interlaminar epidural steroid injection at L3-4.

He is an 80-year-old with lumbar spinal stenosis and neurogenic claudication, chronic for years but worse since his
knee replacement. Walking more than about 200 feet brings on cramping in both calves and thighs, and he has to sit
on his walker seat until it settles. Physical therapy for 10 weeks gave only temporary relief, and meloxicam was
stopped for a rising creatinine. He no longer goes to the senior center. MRI from September: moderate to severe
central stenosis at L3-4 and L4-5 from ligamentum flavum hypertrophy and facet overgrowth. Pain 7/10.

Consent, time-out. Prone. Fluoroscopy. 20-gauge Tuohy into the L3-4 epidural space, loss of resistance to air.
Omnipaque 180 3 mL with cephalad and caudal spread. Triamcinolone 80 mg with 2 mL of saline. AP and lateral images
saved. Post 2/10. No complications.
""",
        procs=[il(region="lumbar", levels=["L3-L4"])],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 2), need=ESI_NEED, dos=DOS,
        codes=[line("62323"), line("J3301", units=8)], findings=[])

    add("ff-ilesi-04", "dictated", """
Interlaminar lumbar epidural steroid injection L4-5.

He is a 45-year-old roofer with low back pain radiating into the left buttock and down the posterior leg to the
sole for 3 months after lifting shingles. Two weeks of physical therapy did not help and he was discharged from
therapy. He cannot work at all and cannot drive more than 20 minutes. Exam: positive left straight leg raise,
decreased sensation on the lateral foot. MRI demonstrates a large left L4-5 disc extrusion. Diagnosis: left lumbar
radiculopathy due to L4-5 herniated disc. He rates his pain 8/10.

Consent was obtained and a time-out was done. Prone with fluoroscopy. An 18-gauge Tuohy needle was advanced into the
L4-5 epidural space by loss of resistance. Omnipaque 240 2 mL confirmed spread. Dexamethasone 10 mg with 3 mL saline
injected. Two views, AP and lateral, saved. Post pain 3/10. No complications.
""",
        procs=[il(region="lumbar", levels=["L4-L5"])],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=_esi_need("conservative_care"), dos=DOS,
        codes=[line("62323"), line("J1100", units=10)],
        findings=["conservative_care"],
        comment="failed care lasted two weeks only")

    add("ff-mbb-01", "smarttext", """
Procedure: Bilateral L4-5 and L5-S1 medial branch blocks (first diagnostic block)
Intent: diagnostic
History: Axial low back pain, worse with extension and rotation, no leg symptoms, present for the better part of a
year. Diagnosis lumbar facet arthropathy.
Conservative treatment:
  - PT: 8 wks - no change
  - Ibuprofen: months - partial, GI upset
  - Home exercise: ongoing
Function: Can't stand long enough to finish the dishes; ODI 42%.
Imaging: x-rays show facet arthrosis L4-S1.
Pain: 7/10
Consent: obtained   Time-out: completed
Technique: Prone. Fluoroscopy. 25 g needles at the bilateral L3 and L4 medial branches and L5 dorsal rami. 0.5 mL 0.5% bupivacaine at each of the six nerves.
Post-procedure: Pain 1/10.
Complications: none
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos=DOS,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("ff-mbb-02", "operative_report", """
PREOPERATIVE DIAGNOSIS: Right cervical facet arthropathy.
PROCEDURE: Right C4-5 and C5-6 facet joint medial branch blocks (C4, C5, C6 medial branches), diagnostic.
INDICATIONS: Right-sided neck pain into the top of the shoulder since a rear-end collision in 2024, without arm
pain or numbness. Extension and right rotation reproduce it. She has completed 8 weeks of physical therapy and two
months of naproxen, neither of which helped. Facet tenderness right C4-C6.
PROCEDURE DETAIL: Consent signed; time-out. Prone, fluoroscopy. 25-gauge needles to the right C4, C5 and C6 medial
branches at the articular pillars. 0.3 mL 0.5% bupivacaine at each nerve.
Pain 6/10 before and 1/10 after. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 4.5)],
        pain=(6, 1), need=_spine_need("functional_impairment"), dos=DOS,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
        findings=["functional_impairment"],
        comment="no functional statement")

    add("ff-mbb-03", "shorthand", """
L L4-5, L5-S1 MBB #1, diagnostic
Lumbar spondylosis w/o radiculopathy
L sided LBP, started 6 wks ago moving furniture, no radiation. PT 4 wks - no help; naproxen - no help.
Can't sleep on L side, can't lift laundry basket.
Pre 7/10
consent + TO. prone, fluoro. 25 g to L L3, L4 MB + L5 DR, 0.5 mL 2% lido each.
Post 2/10. no cx
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 2), need=_spine_need("symptom_duration"), dos=DOS,
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")],
        findings=["symptom_duration"],
        comment="6 weeks of pain: under the 3 months facet work needs")

    add("ff-mbb-04", "narrative", """
Second (confirmatory) bilateral lumbar medial branch blocks, L3-4 and L4-5.

History: Lumbar facet-mediated pain across the low back, two years and counting. Physical therapy last spring for
10 weeks - modest gains that did not hold - and he cannot take NSAIDs because of his kidneys. Acetaminophen does
nothing. He can't bend to tie his boots and quit bowling. The first block on 10/30 gave 90% relief for about 6
hours. Diagnosis: lumbar spondylosis. Pain 8/10.

Consent and time-out documented. Prone, fluoroscopy. 25-gauge needles at the L2, L3 and L4 medial branches on both
sides. 0.5 mL of 0.5% bupivacaine at each of the six nerves. Post 1/10. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(8, 1), need=SPINE_NEED, dos=DOS,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("ff-rfa-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar facet syndrome, right L4-5 and L5-S1.
PROCEDURE: Right L4-5 and L5-S1 radiofrequency ablation (right L3 and L4 medial branches, L5 dorsal ramus).
INDICATIONS: Right low back pain for six years. Home exercises, a TENS unit and NSAIDs have all plateaued; pool
therapy last summer helped for a few weeks and then the pain was back where it started. She has to stop and sit
after 10 minutes of vacuuming. Two diagnostic medial branch blocks gave 90% and 85% relief.
DESCRIPTION: Consent signed, time-out. Prone, fluoroscopy. RF cannulas to the right L3 and L4 medial branches and
L5 dorsal ramus. Sensory and motor testing appropriate. 1 mL 2% lidocaine at each, then lesions at 80 degrees C for
90 seconds each.
Pain 7/10 before, 2/10 after. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, dos=DOS,
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[])

    add("ff-rfa-02", "clinic", """
Bilateral cervical RFA C3-4, C4-5

Dx: cervical spondylosis.
Neck pain and occipital headaches since 2023. She has been in physical therapy and takes meloxicam. Reading and
computer work are limited to 20 minutes. Dual comparative MBBs: 80% with lidocaine, 90% with bupivacaine.
Pain 6/10.
Consent/time-out. Prone, fluoroscopy. Bilateral RF cannulas at the C3, C4 and C5 medial branches. Motor testing
negative. 0.5 mL 2% lidocaine per nerve, lesioned at 85 degrees C for 90 s.
Post 2/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=_spine_need("conservative_care"), dos=DOS,
        codes=[line("64633", "50"), line("64634", "50")],
        findings=["conservative_care"],
        comment="care named with no outcome")

    add("ff-sij-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Right sacroiliac joint dysfunction.
PROCEDURE: Right sacroiliac joint injection, therapeutic, fluoroscopic guidance.
INDICATIONS: Pain over the right buttock below the belt line that began after a fall last October, worse rolling
in bed and climbing stairs. Positive FABER, thigh thrust and compression on the right. Six weeks of physical
therapy focused on the pelvis did nothing for it; diclofenac helped a little but not enough. Stairs at work have
become a struggle. Pain 7/10.
DESCRIPTION: Consent signed. Time-out. Prone, fluoroscopy. 22-gauge needle into the inferior right SI joint.
Omnipaque 240 0.5 mL arthrogram. Triamcinolone 40 mg with 1 mL 0.5% bupivacaine. AP and oblique images saved.
POST-PROCEDURE: Pain 1/10, 85% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 1), need=SPINE_NEED, dos=DOS,
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=["diagnostic_block_relief"],
        comment="therapeutic SI injection with no prior diagnostic block (si.diagnostic_block_relief; gold corrected "
                "after the first reading)")

    add("ff-sij-02", "clinic", """
Bilateral SI joint injections, diagnostic

Dx: bilateral sacroiliac joint pain.
Recent onset of pain over both sacral sulci, worse sitting on hard chairs. 5 of 6 provocation tests positive
bilaterally. Physical therapy for 6 weeks without improvement; ibuprofen was not tolerated. Can't sit through a
church service.
Pain 6/10.
Consent, time-out. Prone, fluoroscopy. 22-gauge needles into both SI joints, Omnipaque 240 0.5 mL each. 1 mL
0.5% bupivacaine each side. AP and oblique images saved.
Post 1/10 (83% relief). No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 10)],
        pain=(6, 1), need=_spine_need("symptom_duration"), dos=DOS,
        codes=[line("27096", "50")],
        findings=["symptom_duration"],
        comment="'recent onset': no duration")

    add("ff-sij-03", "hpi", """
Left sacroiliac joint injection under fluoroscopy.

HPI: 63-year-old with left SI joint arthropathy, pain over the left PSIS for about a year, worse getting out of the
car. Home exercise ongoing. Getting out of a low chair takes him two tries. Positive Patrick and Gaenslen on the
left. Diagnosis left sacroiliitis. Pain 6/10.

Procedure: Consent signed and time-out. Prone. Fluoroscopy. 22-gauge needle into the left SI joint, Omnipaque 240
0.5 mL arthrogram. Methylprednisolone 40 mg and 1 mL 1% lidocaine injected. AP and oblique images saved. This was
a therapeutic injection. Post 2/10, 67% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(6, 2), need=_spine_need("conservative_care"), dos=DOS,
        codes=[line("27096", "LT"), line("J1010", units=40)],
        findings=["conservative_care", "diagnostic_block_relief"],
        comment="home exercise ongoing: care without a failure, no duration; therapeutic SI injection with no prior "
                "diagnostic block (gold corrected after the first reading)")

    add("ff-tfesi-07", "operative_report", """
PREOPERATIVE DIAGNOSIS: Right lumbar radiculopathy, L4 and L5, with L4-5 spondylolisthesis.
PROCEDURE PERFORMED: Right L4-5 and L5-S1 transforaminal epidural steroid injections.
INDICATIONS: Right leg pain since the spring, down the front of the shin to the big toe, with a numb dorsum of the
foot. Imaging:
  | level | finding |
  | L4-5 | grade 1 anterolisthesis, mod-severe NFS R > L |
  | L5-S1 | mild disc bulge, mild R foraminal narrowing |
Physical therapy 3x/week for 6 weeks: "it made it worse". Gabapentin for 2 months: dizziness. She can't get through
a grocery run without sitting down. EHL 4/5 on the right. Pain 8/10.
DESCRIPTION: Consent, time-out. Prone, fluoroscopy. 22-gauge needles to the right L4-5 and L5-S1 foramina.
Omnipaque 240 1 mL each, neurogram without vascular uptake. Dexamethasone 5 mg each. AP and lateral images saved.
POST: Pain 2/10. No complications.
""",
        procs=[tf(region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"])],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 2), need=_esi_need("symptom_duration"), dos=DOS,
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", units=10)],
        findings=["symptom_duration"],
        comment="'since the spring' without a year: too vague to date (corpus convention)")

    add("ff-tfesi-08", "clinic", """
L L3-4 TFESI

Left anterior thigh pain x 10 weeks with numbness over the knee; quadriceps 4+/5 on the left. Diagnosis left L3
radiculopathy. PT x 6 weeks - no relief. MRI done at an outside facility; report not available today.
Pain 7/10.
Consent signed, time-out. Prone, fluoroscopy. 22-gauge needle to the left L3-4 foramen, Omnipaque 240 1 mL with a
neurogram, dexamethasone 10 mg. AP and lateral images saved.
Post 3/10. No complications.
""",
        procs=[tf(region="lumbar", laterality="left", levels=["L3-L4"])],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=_esi_need("imaging_findings", "functional_impairment"), dos=DOS,
        codes=[line("64483", "LT"), line("J1100", units=10)],
        findings=["functional_impairment", "imaging_findings"],
        comment="imaging named without findings; no functional statement")

    add("ff-ilesi-05", "dictated", """
Cervical epidural steroid injection, interlaminar, C6-7

Indication colon left C7 radiculopathy comma six month history of pain from the neck into the left triceps and
forearm with tingling in the index and long fingers period physical therapy times 8 weeks with no durable benefit
period oral steroids gave her a few good days period she has dropped things from the left hand and can't lift her
granddaughter period MRI colon left paracentral disc protrusion at C6-7 effacing the left lateral recess period
pain 7 out of 10 period

Consent signed comma time out done period prone comma fluoroscopy period 20 gauge Tuohy at C6-7 with loss of
resistance period Omnipaque 240 1 mL epidural spread period dexamethasone 10 mg in 2 mL saline period AP and
lateral images saved period post 2 out of 10 period no complications period
""",
        procs=[il(region="cervical", levels=["C6-C7"])],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos=DOS,
        codes=[line("62321"), line("J1100", units=10)], findings=[])
