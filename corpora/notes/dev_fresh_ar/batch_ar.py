"""Notes of the sealed untuned batch ar: published samples, second source. Wordings of our own in the shapes of
society/hospital "sample procedure note" pages, residency handbooks, pain-fellowship templates, coding-education
articles that show a note before its codes, and case reports' procedure paragraphs. Gold labelled by hand before
any Painpoint run; the `findings` of each `add` are the deliberate gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _si(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Interlaminar, transforaminal and caudal epidurals (9 notes)."""
    add("far-tfesi-01", "society_sample", """
Procedure Note
Date of procedure: 03/04/2026
Attending: Interventional pain physician
Fellow: Pain medicine fellow (PGY-5)
Procedure: Right L4-L5 and L5-S1 transforaminal epidural steroid injection with fluoroscopic guidance
Pre-procedure diagnosis: Lumbar radiculopathy (M54.16)
Post-procedure diagnosis: Same
Indications: This patient has had right-sided low back pain travelling into the anterolateral shin and the top
of the foot for 5 months, with numbness over the dorsum of the right foot and weakness of right great toe
extension. A 9-week course of physical therapy did not relieve the leg pain, and naproxen was discontinued
because of stomach upset. The pain keeps her from walking her dog or standing through a shift at the store.
MRI of the lumbar spine shows a right foraminal disc herniation at L4-5 contacting the exiting L4 root and a
right subarticular protrusion at L5-S1.
Informed consent: risks including infection, bleeding, headache, nerve injury, elevated blood sugar and no
relief were discussed, questions were answered and written consent was signed.
Time-out: performed per protocol.
Pre-procedure pain score: 7/10
Description: The patient was positioned prone and the lumbar area was cleansed with chlorhexidine. Using
oblique fluoroscopic views, a 22-gauge spinal needle was advanced to the right L4-L5 foramen and a second needle
to the right L5-S1 foramen. Findings: Isovue-M 300, 1 mL at each level, showed a clean perineural and epidural
spread along the right L4 and L5 roots with no intravascular or intrathecal pattern. Celestone Soluspan 6 mg
(1 mL) was then injected at each level, 12 mg in all.
Fluoroscopic images: AP and oblique views were saved to the record.
Specimens: none.  EBL: <5 mL.
Complications: none.
Post-procedure: pain decreased from 7/10 to 2/10. Discharged with a responsible adult.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 2), need=ESI_NEED, dos="2026-03-04",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J0702", units=2)], findings=[])

    add("far-tfesi-02", "coding_article", """
Sample note for this month's coding column (fictional patient):

PROCEDURE: Left L5-S1 transforaminal epidural steroid injection, fluoroscopically guided.
DIAGNOSIS: Lumbosacral radiculopathy, M54.17.
HISTORY: Six months of left buttock and posterior thigh pain radiating to the sole, with tingling along the
lateral border of the left foot; the left Achilles reflex is absent. Ten weeks of home exercise and supervised
therapy failed, and gabapentin left him too sedated to drive. He can no longer work his route as a delivery
driver. MRI: left paracentral L5-S1 extrusion displacing the left S1 nerve root.
CONSENT: Procedure, alternatives and risks reviewed; consent signed. TIME-OUT: done.
PAIN BEFORE: 8/10.
TECHNIQUE: Prone. After sterile prep, a 22 g needle was guided into the left L5-S1 neuroforamen.
Omnipaque 240, 1.5 mL, spread medially into the epidural space with no vascular flow. Injected 10 mg of
dexamethasone (1 mL) and 1 mL of 0.25% bupivacaine. Images were saved.
PAIN AFTER: 3/10.  COMPLICATIONS: None.

Coding discussion: one transforaminal level, lumbar; the imaging is bundled; the steroid is reported per mg.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 2.5)],
        pain=(8, 3), need=ESI_NEED, dos="2026-04-21", codes=[line("64483", "LT"), line("J1100", units=10)],
        findings=["saved_images"], comment="'Images were saved.' names no views (two are needed)")

    add("far-tfesi-03", "handbook_template", """
RESIDENT HANDBOOK - TEMPLATE: TRANSFORAMINAL ESI (completed example)
Date: 05/19/2026
Attending: ____ (present throughout)   Resident: PGY-3 anesthesiology, pain rotation
Procedure: Bilateral L5-S1 transforaminal epidural steroid injections under fluoroscopy
Diagnosis: Lumbar radiculopathy (M54.16) due to L5-S1 spondylolisthesis
Indication: Pain into both calves, right worse than left, for 7 months; numbness over both lateral calves and
reduced pinprick in the L5 distribution on each side. Prior treatment: physical therapy and an anti-inflammatory.
Function: unable to walk more than a block; has stopped bowling. Imaging: MRI with grade 1 L5-S1 anterolisthesis
and bilateral foraminal stenosis.
Informed consent: risks including bleeding, infection, dural puncture and nerve injury discussed; consent signed.
Time-out: performed per protocol.
Pain score pre: 6/10
Procedure details: Prone. Needles placed at the right and left L5-S1 foramina under oblique imaging. Contrast:
Isovue-M 200, 1 mL per side, perineural spread without vascular uptake. Injectate per side: Kenalog 40 mg
(1 mL) with 1 mL of 1% lidocaine. Images: AP and lateral retained.
Specimens: none.  EBL: minimal.  Complications: none.
Pain score post: 2/10
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80), given("lidocaine", 20)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"), dos="2026-05-19",
        codes=[line("64483", "50"), line("J3301", units=8)], findings=["conservative_care"],
        comment="therapy and an NSAID only listed, no outcome stated")

    add("far-tfesi-04", "case_report", """
Case report - procedure paragraph.
A patient in her fifties presented with 4 months of left neck pain radiating over the shoulder and down the
lateral arm to the thumb and index finger, with weakness of left wrist extension and a reduced left
brachioradialis reflex. Her diagnosis was left C6 cervical radiculopathy (M54.12). Eight weeks of physical
therapy and a course of oral prednisone gave no durable relief, and she could not sit at her desk to work for
more than an hour. Cervical MRI demonstrated a left foraminal disc-osteophyte complex at C5-C6 narrowing the
exit of the left C6 root. After informed consent was obtained and a time-out held, a left C5-C6 transforaminal
epidural injection was performed under fluoroscopy. With the patient supine and the head turned, a 25-gauge
needle was brought to the posterior aspect of the left C5-C6 foramen in the oblique view; 0.5 mL of Omnipaque
240 under live fluoroscopy outlined the C6 root without arterial filling, and 4 mg of dexamethasone in 1 mL
was given. AP and oblique images were stored. Her arm pain fell from 7/10 to 1/10, and there were no
complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C5-C6"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 1), need=ESI_NEED, dos="2026-06-09", codes=[line("64479", "LT"), line("J1100", units=4)],
        findings=[])

    add("far-ilesi-01", "society_sample", """
PROCEDURE NOTE - LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION
Date: 01/27/2026
Physician: Attending, pain medicine
Procedure performed: 1. L4-L5 interlaminar epidural steroid injection  2. Fluoroscopic guidance  3. Epidurography
Diagnosis: Spinal stenosis of the lumbar region with neurogenic claudication (M48.062)
Indication: For 9 months he has had aching and heaviness in both legs from the buttocks to the calves after
walking about 100 yards, relieved by sitting or bending forward. Twelve weeks of physical therapy did not
improve his walking tolerance and meloxicam was stopped because of rising creatinine. He can no longer walk
the course when golfing. MRI shows moderate to severe central canal stenosis at L4-5 with ligamentum
flavum thickening.
Informed consent: risks including infection, bleeding, spinal headache, nerve damage and allergic reaction
were discussed; he agreed and signed.
Time-out: performed per protocol.
Pre-procedure pain: 6/10
Technique: Prone. An 18-gauge Tuohy needle was advanced at L4-L5 in the midline with loss of resistance to
saline. Findings: 2 mL of Omnipaque 240 produced a typical epidural pattern, no intrathecal or vascular spread.
Depo-Medrol 80 mg (2 mL) diluted with 3 mL preservative-free saline was injected. AP and lateral images saved.
Specimens: none.  EBL: <5 mL.  Complications: none.
Post-procedure: pain decreased from 6/10 to 2/10.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, dos="2026-01-27", codes=[line("62323"), line("J1010", units=80)], findings=[])

    add("far-ilesi-02", "fellowship_template", """
PAIN FELLOWSHIP PROCEDURE TEMPLATE
Procedure: Cervical interlaminar epidural steroid injection, C7-T1, fluoroscopy
Date: 07/14/2026      Fellow: performing      Attending: supervising, present for needle placement
Diagnosis: Cervical radiculopathy, M54.12
Indication: Bilateral arm pain, right greater than left, for 6 months, burning into the ulnar forearms with
paresthesias of the ring and small fingers; right triceps reflex decreased. Physical therapy for 8 weeks
failed to help, and duloxetine caused nausea and was stopped. She has had to give up her piano lessons and
cannot carry groceries. MRI: multilevel foraminal stenosis, most severe at C6-7 and C7-T1.
Consent: risks including infection, bleeding, dural puncture and spinal cord injury discussed; consent obtained.
Time-out: performed per protocol.
Pre-procedure pain: 7/10
Details: Prone with the neck flexed. 20 g Tuohy needle to the C7-T1 interspace, paramedian, loss of resistance
to saline. Omnipaque 240, 1 mL, confirmed epidural spread in the AP and lateral views, both saved.
Injected: dexamethasone 10 mg (1 mL) with 2 mL preservative-free saline.
Specimens: none.  EBL: none.  Complications: none.
Disposition: to recovery, stable.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, None), need=ESI_NEED, dos="2026-07-14", codes=[line("62321"), line("J1100", units=10)],
        findings=["post_procedure_pain_score"], comment="no pain score after the injection")

    add("far-ilesi-03", "case_report", """
Procedure. Following written informed consent and a time-out, the patient was placed prone. Her history was
of 10 weeks of right-sided band-like pain wrapping from the mid back around the chest wall to below the
right breast, with allodynia in the right T10 dermatome, after a fall on the ice; she had a diagnosis of
thoracic radiculopathy (M54.14). Six weeks of physical therapy did not help and pregabalin caused dizziness.
The pain stopped her from sleeping lying down and from lifting her toddler. MRI showed a right paracentral
T9-T10 disc protrusion indenting the thecal sac and narrowing the right lateral recess.
Under fluoroscopy an interlaminar T9-T10 epidural was performed with a 20-gauge Tuohy needle using a right
paramedian approach and loss of resistance. Contrast (Omnipaque 240, 1.5 mL) spread cephalad and caudad in the
epidural space; anteroposterior and lateral images were archived. We then administered 6 mg of betamethasone
(Celestone Soluspan, 1 mL) with 2 mL of saline. Pain scores were 8/10 before and 3/10 after; there were no
complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(8, 3), need=ESI_NEED, dos="2026-08-04", codes=[line("62321"), line("J0702", units=1)], findings=[])

    add("far-caudal-01", "coding_article", """
EXAMPLE NOTE (for teaching; not a real patient)
Procedure: Caudal epidural steroid injection under fluoroscopic guidance
Diagnosis: Postlaminectomy syndrome with lumbar radiculopathy (M96.1, M54.16)
History: Pain in the left buttock and down the back of the left leg to the heel for 11 months after an L5-S1
laminectomy, with numbness of the left lateral foot. Physical therapy for 3 months and nortriptyline have not
reduced the leg pain, which limits standing to 15 minutes and keeps him from returning to work.
Consent obtained after discussion of risks. Time-out performed.
Pain before the procedure: 7/10
The sacral hiatus was entered with a 20-gauge Tuohy needle. Omnipaque 300, 5 mL, filled the caudal canal up to
the S1 level with left-sided runoff and no vascular pattern; AP and lateral images saved. Injectate: triamcinolone
80 mg with 5 mL of 0.2% ropivacaine and 5 mL of saline.
Pain after: 3/10. Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("triamcinolone_acetonide", 80), given("ropivacaine", 10)],
        pain=(7, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2026-09-29",
        codes=[line("62323"), line("J3301", units=8)], findings=["imaging_findings"],
        comment="no imaging study of the spine is described")

    add("far-caudal-02", "handbook_template", """
Procedure Note
Date: 10/20/2026
Attending: Pain medicine   Resident: PM&R PGY-4
Procedures: 1. Caudal epidural steroid injection  2. Fluoroscopic guidance  3. Epidurography
Diagnosis: Lumbar spinal stenosis with neurogenic claudication, M48.062
Indication: Both legs cramp and weaken when she walks more than 5 minutes, for the past 14 months; sitting
relieves it within minutes. She completed 10 weeks of physical therapy without improvement, and acetaminophen
and celecoxib have not helped. She can no longer shop without a motorized cart. MRI: severe L3-4 and L4-5
central stenosis; she had prior L4-5 hardware that makes an interlaminar route unsuitable.
Informed consent: risks including infection, bleeding, headache and transient numbness were discussed; signed.
Time-out: performed per protocol.
Pre-procedure pain: 8/10
Findings: with a 22 g spinal needle through the sacral hiatus, Isovue-M 300, 3 mL, filled the sacral and low
lumbar epidural space bilaterally without vascular uptake. AP and lateral images recorded.
Medication: Decadron 10 mg with 6 mL of normal saline.
Specimens: none.  EBL: <5 mL.  Complications: none.
Post-procedure: pain decreased from 8/10 to 4/10.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 4), need=ESI_NEED, dos="2026-10-20", codes=[line("62323"), line("J1100", units=10)], findings=[])


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, facet joint injection and facet radiofrequency (7 notes)."""
    add("far-mbb-01", "society_sample", """
Procedure Note
Date: 02/17/2026
Attending: Pain physician.  Fellow: Pain fellow.
Procedures: 1. Bilateral L4-5 and L5-S1 facet joint nerve (medial branch) blocks, diagnostic  2. Fluoroscopic
guidance
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
Indications: Axial low back pain for 2 years, worse with extension and rotation, with no radiation below the
knee. Physical therapy for 12 weeks gave no lasting benefit and ibuprofen upset his stomach. He cannot stand
long enough to cook dinner or mow the lawn. CT: bilateral L4-5 and L5-S1 facet hypertrophy.
Informed consent: risks including infection, bleeding, increased pain and a failed block were discussed;
signed consent obtained.  Time-out: performed per protocol.
Pre-procedure pain: 7/10
Description: Prone. 22-gauge needles placed at the junction of the superior articular and transverse processes
of L4 and L5 and at the sacral ala bilaterally (L3, L4 medial branches and L5 dorsal ramus). After negative
aspiration, 0.5 mL of 0.75% bupivacaine was injected at each of the six sites.
Specimens: none.  EBL: none.  Complications: none.
Post-procedure: pain decreased from 7/10 to 1/10 (about 85%); pain diary given.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 22.5)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-17",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("far-mbb-02", "coding_article", """
Sample documentation: cervical medial branch block
PROCEDURE: Right C5-C6 and C6-C7 facet medial branch blocks, diagnostic, under fluoroscopy.
DX: Cervical spondylosis without radiculopathy, M47.812.
HPI: Right-sided neck pain for 10 months, spreading to the right shoulder blade, worse turning the head to the
right; no arm symptoms. Eight weeks of physical therapy and a trial of cyclobenzaprine gave no improvement. She
cannot check her blind spot while driving. X-rays show right C5-6 and C6-7 facet arthrosis.
TIME-OUT: completed.
PRE-PROCEDURE PAIN: 6/10.
PROCEDURE: Prone, head in a cradle. Under lateral fluoroscopy, 25 g needles were placed at the waists of the
right C5, C6 and C7 articular pillars; 0.5 mL of 2% lidocaine injected at each.
POST-PROCEDURE PAIN: 1/10 (over 80% relief).  COMPLICATIONS: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-03-10", consent=False,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["consent"],
        comment="no consent statement at all")

    add("far-facet-01", "fellowship_template", """
FELLOWSHIP TEMPLATE - LUMBAR FACET JOINT INJECTION
Date: 04/07/2026      Attending: present      Fellow: performed
Procedure: Left L5-S1 intra-articular facet joint injection, diagnostic, fluoroscopic guidance
Diagnosis: Lumbar spondylosis without radiculopathy (M47.816), left
Indication: Left-sided low back pain for 8 months, pain with extension and left rotation, no leg pain.
Conservative care: 10 weeks of physical therapy without relief; naproxen stopped for dyspepsia.
Function: cannot sit through a work meeting or lift laundry baskets.
Imaging: MRI with left L5-S1 facet effusion and arthropathy.
Informed consent: risks including infection, bleeding and temporary numbness discussed; consent signed.
Time-out: performed per protocol.
Pain before: 6/10
Procedure details: Prone, oblique view to open the left L5-S1 joint. 22 g needle into the joint; 0.3 mL
Omnipaque 240 showed an arthrogram confined to the joint. 1 mL of 0.5% bupivacaine was injected.
Specimens: none.  EBL: none.  Complications: none.
Pain after: 1/10, about 85% relief.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.3, "ml"), given("bupivacaine", 5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-04-07", codes=[line("64493", "KX", "LT")], findings=[])

    add("far-rfa-01", "society_sample", """
Procedure Note
Date: 05/12/2026
Attending: Interventional pain.  Resident: Anesthesiology PGY-4.
Procedures: 1. Bilateral L4-5 and L5-S1 radiofrequency ablation of the L3 and L4 medial branches and L5 dorsal
rami  2. Fluoroscopic guidance
Diagnosis: Lumbar facet arthropathy / spondylosis (M47.816)
Indications: Axial low back pain for 3 years, worse with standing and extension. No lasting benefit from 4 months
of physical therapy; NSAIDs caused gastritis. Unable to stand at the sink for more than 10 minutes. Two
diagnostic medial branch blocks at these levels: lidocaine on 03/10/2026 with 90% relief and bupivacaine on
04/07/2026 with 85% relief, each for the expected duration of the anesthetic.
Informed consent: risks including infection, bleeding, neuritis, numbness and motor nerve injury discussed;
consent signed.  Time-out: performed per protocol.
Pre-procedure pain: 7/10
Description: Prone. At each of the six targets, 2 mL of 1% lidocaine was placed after cannula positioning.
18 g, 10 mm active tip cannulas were laid parallel to each nerve. Sensory stimulation at 50 Hz reproduced the
back pain below 0.6 V; motor testing at 2 Hz to 2 V produced no leg contraction. Thermal lesions at 80 C for
90 seconds at each site.
Specimens: none.  EBL: <5 mL.  Complications: none.
Post-procedure: pain decreased from 7/10 to 3/10.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-05-12", codes=[line("64635", "50"), line("64636", "50")],
        findings=[])

    add("far-rfa-02", "coding_article", """
Example note (education article, fictional):
PROCEDURE: Right lumbar facet radiofrequency neurotomy, L3-L4 and L4-L5 facet joints (right L2, L3 and L4
medial branches), fluoroscopic guidance.
DIAGNOSIS: Spondylosis without myelopathy or radiculopathy, lumbar region (M47.816).
HISTORY: Right low back pain for 18 months. Failed 3 months of physical therapy and oral anti-inflammatories,
which gave no relief. Unable to garden or walk more than 20 minutes.
CONSENT: obtained.  TIME-OUT: done.
PAIN PRE: 8/10.
TECHNIQUE: After 1 mL of 2% lidocaine at each of the three targets, 20 g RF cannulas were positioned along the
right L2, L3 and L4 medial branches under fluoroscopy; sensory testing concordant, motor testing negative; lesioned at 85 C for
90 s each.
PAIN POST: 4/10.  COMPLICATIONS: none.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 4), need=SPINE_NEED, dos="2026-06-23", codes=[line("64635", "RT"), line("64636", "RT")],
        findings=["diagnostic_block_relief"], comment="no diagnostic block history before the neurotomy")

    add("far-rfa-03", "case_report", """
Procedure paragraph. The patient, with 2 years of right neck pain from cervical spondylosis (M47.812) that
limited driving and reading, had failed 12 weeks of physical therapy and did not tolerate NSAIDs. Two
comparative right C4-C5 and C5-C6 medial branch blocks (lidocaine, then bupivacaine) each gave 90% relief for
the anesthetic duration. After informed consent and a time-out, right C4-C5 and C5-C6 cervical radiofrequency
ablation was performed under fluoroscopy with the patient prone. Cannulas (20 g, 10 mm tip) were placed along
the right C4, C5 and C6 medial branches; sensory stimulation was concordant and motor stimulation showed no
upper limb twitch. Each site received 0.5 mL of 2% lidocaine before lesioning at 80 C for 90 seconds. Pain
went from 6/10 to 2/10, and there were no complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-07-28", codes=[line("64633", "RT"), line("64634", "RT")],
        findings=[])

    add("far-mbb-03", "handbook_template", """
Procedure Note
Date: 11/10/2026
Attending: Pain medicine.  Fellow: present.
Procedures: 1. Left L3-4, L4-5 facet medial branch blocks (L2, L3, L4 medial branches), second diagnostic
(confirmatory) block  2. Fluoroscopic guidance
Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)
Indication: Left low back pain for 15 months, worse on standing, no leg symptoms. Physical therapy for 10 weeks
did not help; celecoxib was not tolerated. She cannot vacuum or sit through a movie. CT shows left L3-4 and
L4-5 facet arthropathy. First diagnostic block on 10/13/2026 with lidocaine gave 85% relief lasting 2 hours.
Informed consent: risks including infection, bleeding and increased pain discussed; consent signed.
Time-out: performed per protocol.
Pre-procedure pain: 7/10
Description: Prone. 22 g needles to the left L2, L3 and L4 medial branches; 0.5 mL of 0.5% Marcaine at each.
Specimens: none.  EBL: none.  Complications: none.
Post-procedure: pain decreased from 7/10 to 1/10 (85% relief).
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-11-10", payer="medicare_cgs",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[])


def _si(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Sacroiliac joint injections (3 notes)."""
    add("far-sij-01", "society_sample", """
Procedure Note
Date: 03/24/2026
Attending: Pain medicine
Procedure: Right sacroiliac joint injection, therapeutic, under fluoroscopic guidance with arthrography
Diagnosis: Sacroiliitis, right (M46.1)
Indications: Right buttock pain centered below the PSIS for 9 months; positive thigh thrust, compression and
Gaenslen tests on the right. Eight weeks of physical therapy and ibuprofen provided no relief. A diagnostic
right SI joint block on 02/10/2026 with lidocaine gave 80% relief for the duration of the anesthetic. She
cannot walk through the grocery store.
Informed consent: risks including infection, bleeding and leg numbness were discussed; consent signed.
Time-out: performed per protocol.
Pre-procedure pain: 7/10
Findings: A 22 g spinal needle entered the inferior right SI joint; 0.5 mL of Omnipaque 300 outlined the joint
capsule without vascular spread. AP and oblique images saved.
Medication: Kenalog 40 mg with 1 mL of 0.5% ropivacaine.
Specimens: none.  EBL: none.  Complications: none.
Post-procedure: pain decreased from 7/10 to 2/10 (70% relief).
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-24", codes=[line("27096", "RT"), line("J3301", units=4)],
        findings=[])

    add("far-sij-02", "coding_article", """
Sample note before the coding breakdown:
Procedure: Left SI joint injection, diagnostic, fluoroscopically guided.
Diagnosis: Sacroiliitis, left side (M46.1).
History: Left sacral and buttock pain for 6 months, three of five provocation tests positive on the left;
physical therapy for 8 weeks failed and NSAIDs did not help. She cannot sit through her commute.
Consent: informed consent signed.
Pain prior: 8/10.
Technique: Needle into the left SI joint; Isovue-M 300, 0.5 mL, confirmed intra-articular spread; AP and oblique
images stored. 2 mL of 2% lidocaine injected.
Pain after: 1/10, 88% relief.  Complications: none.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("lidocaine", 40)],
        pain=(8, 1), need=SPINE_NEED, dos="2026-08-11",
        codes=[line("27096", "LT")], findings=["time_out"], comment="no time-out statement")

    add("far-sij-03", "fellowship_template", """
PAIN FELLOWSHIP - SI JOINT INJECTION (completed template)
Date: 09/15/2026   Attending: supervising   Fellow: performing
Procedure: Bilateral sacroiliac joint injections, therapeutic, fluoroscopy with contrast
Diagnosis: Sacroiliitis, bilateral (M46.1)
Indication: Bilateral buttock pain below the posterior iliac spines for 1 year with positive FABER and thigh
thrust on both sides. No relief from 12 weeks of physical therapy or meloxicam. Diagnostic bilateral SI blocks
on 07/21/2026 gave 80% relief on each side for 3 hours. She cannot climb stairs or stand to teach a class.
Informed consent: risks reviewed (infection, bleeding, temporary leg weakness); consent signed.
Time-out: performed per protocol.
Pre-procedure pain: 7/10
Technique: Into each SI joint: Omnipaque 300, 0.5 mL, capsular pattern seen on both sides; then Depo-Medrol
40 mg with 1 mL of 1% lidocaine per side. AP and oblique images saved for each side.
Specimens: none.  EBL: none.  Complications: none.
Post-procedure: pain decreased from 7/10 to 2/10, roughly 70% relief.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-09-15",
        codes=[line("27096", "50"), line("J1010", units=80)], findings=[])


def _others(add, proc, line, given) -> None:
    """TPI, joints, genicular, sympathetic, occipital, pump (11 notes)."""
    add("far-tpi-01", "coding_article", """
Example note (fictional) - trigger point injections
Diagnosis: Myofascial pain syndrome of the neck and upper back (M79.18)
History: Right neck and shoulder-girdle pain for 4 months; palpable taut bands with local twitch and referred
pain in the right upper trapezius, right levator scapulae and right rhomboid major. Stretching and massage
have not helped. She cannot carry her work bag.
Consent: verbal and written consent after discussing bleeding, infection and pneumothorax. Time-out: done.
Procedure: Trigger point injections into the three muscles listed, 25 g needle, 1 mL of 1% lidocaine each.
Pain before: 6/10.  Pain after: 2/10, about 65% relief.  Complications: none.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis",), dos="2026-02-03", codes=[line("20553")], findings=[])

    add("far-tpi-02", "handbook_template", """
Procedure Note - Trigger Point Injection
Date: 06/02/2026
Resident: Family medicine PGY-2.  Attending: present.
Diagnosis: Myofascial pain syndrome, low back (M79.18)
Indication: Left low back muscle pain for 3 months, taut bands and twitch responses in the left quadratus
lumborum and left gluteus medius.
Informed consent: risks including bleeding, bruising and infection discussed; consent obtained.
Time-out: performed per protocol.
Pre-procedure pain: 7/10
Procedure: 27 g needle; lidocaine 1% injected into each of the two trigger points.
Specimens: none.  EBL: none.  Complications: none.
Post-procedure: pain decreased from 7/10 to 3/10, 55% relief.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", None)],
        pain=(7, 3), need=("diagnosis",), dos="2026-06-02", codes=[line("20552")],
        findings=["drug_dose"], comment="lidocaine volume never stated")

    add("far-knee-01", "society_sample", """
Procedure Note
Date: 01/13/2026
Attending: Sports and spine physician
Procedure: Left knee intra-articular corticosteroid injection with ultrasound guidance
Diagnosis: Primary osteoarthritis, left knee (M17.12)
Indication: Left knee pain for 3 years, limiting stairs and walking; partial relief from a prior injection.
Informed consent: risks including infection, bleeding, post-injection flare and skin lightening discussed;
consent signed.  Time-out: performed per protocol.
Pre-procedure pain: 6/10
Technique: Supine, knee slightly flexed. Under real-time ultrasound a 22 g needle entered the suprapatellar
recess from lateral; a permanent image of the needle in the joint was recorded. Injected Depo-Medrol 40 mg with
3 mL of 1% Xylocaine.
Specimens: none.  EBL: none.  Complications: none.
Post-procedure: pain decreased from 6/10 to 2/10.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis",), dos="2026-01-13", codes=[line("20611", "LT"), line("J1010", units=40)],
        findings=[])

    add("far-hip-01", "case_report", """
Procedure. A right hip intra-articular injection was performed for primary osteoarthritis of the right hip
(M16.11), which had caused groin pain for 2 years and now prevented her from walking more than a block. After
informed consent and a time-out, with the patient supine, an 80 mm 22-gauge needle was advanced to the right
femoral head-neck junction under ultrasound, and the image with the needle in the capsule was saved. We
injected 40 mg of triamcinolone with 4 mL of 0.5% ropivacaine. Her pain went from 7/10 to 2/10 in the
recovery area, and she was discharged walking.
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("ropivacaine", 20)],
        pain=(7, 2), need=("diagnosis",), dos="2026-04-28", complications=None,
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=["complications"],
        comment="no statement about complications")

    add("far-genb-01", "fellowship_template", """
FELLOWSHIP TEMPLATE - GENICULAR NERVE BLOCK
Date: 05/05/2026   Attending: present   Fellow: performing
Procedure: Right genicular nerve block (superolateral, superomedial and inferomedial genicular nerves),
fluoroscopic guidance, diagnostic before planned radiofrequency ablation
Diagnosis: Primary osteoarthritis, right knee (M17.11)
Indication: Right knee pain for 5 years after a failed trial of therapy and injections; declines arthroplasty.
Informed consent: risks including infection, bleeding and numbness discussed; consent signed.
Time-out: performed per protocol.
Technique: 22 g needles placed at the three bone-periosteal targets in AP and lateral views; 1 mL of 2%
lidocaine at each target.
Specimens: none.  EBL: none.  Complications: none.
Post-procedure: pain 1/10 at 30 minutes.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right",
                    imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 60)],
        pain=(None, 1), need=("diagnosis",), dos="2026-05-05", codes=[line("64454", "RT")],
        findings=["pre_procedure_pain_score"], comment="no pain score before the block")

    add("far-genrfa-01", "coding_article", """
Coding education example: genicular radiofrequency ablation
PROCEDURE: Left knee genicular nerve radiofrequency ablation (superomedial, superolateral, inferomedial),
fluoroscopy.
DIAGNOSIS: Primary osteoarthritis of the left knee, M17.12.
HISTORY: Left knee pain for 4 years despite therapy and two steroid injections; not a surgical candidate.
A diagnostic left genicular nerve block on 07/07/2026 gave 80% relief.
CONSENT: risks discussed and consent signed.
PAIN BEFORE: 8/10.
TECHNIQUE: After 1 mL of 2% lidocaine at each site, 18 g cannulas were placed at the three targets; sensory
stimulation concordant, no motor response to the foot. Lesions at 80 C for 90 seconds each.
PAIN AFTER: 3/10.  COMPLICATIONS: none.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis",), dos="2026-08-18", codes=[line("64624", "LT")],
        findings=["time_out"], comment="no time-out statement")

    add("far-stellate-01", "society_sample", """
Procedure Note
Date: 02/24/2026
Attending: Pain medicine
Procedure: Left stellate ganglion block under fluoroscopic guidance
Diagnosis: Complex regional pain syndrome I of the left upper limb (G90.512)
Indication: Burning left hand pain with swelling, color change and cold intolerance for 6 months after a wrist
fracture.
Informed consent: risks including hoarseness, difficulty swallowing, vascular injection, seizure and
pneumothorax discussed; consent signed.  Time-out: performed per protocol.
Pre-procedure pain: 8/10
Findings: Supine. A 25 g needle was placed at the left C6 anterior tubercle; Omnipaque 300, 2 mL, spread along
the prevertebral space without vascular uptake. Medication: 8 mL of 0.25% bupivacaine in divided doses.
Post-block: left Horner's syndrome and a 2.5 C rise in left hand temperature.
Specimens: none.  EBL: none.  Complications: none.
Post-procedure: pain decreased from 8/10 to 3/10.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 20)],
        pain=(8, 3), need=("diagnosis",), dos="2026-02-24",
        codes=[line("64510"), line("77002"), line("Q9967", units=2)], findings=[])

    add("far-lsb-01", "case_report", """
Procedure. For complex regional pain syndrome type I of the right lower limb (G90.521), with 7 months of
burning right foot pain, edema and allodynia, a right lumbar sympathetic block was performed at L3 under
fluoroscopy in the ambulatory surgery center after informed consent and a time-out. With the patient prone, a
22-gauge needle was advanced to the anterolateral border of the L3 body; Isovue 300, 3 mL, spread linearly in
the sympathetic chain without psoas or vascular pattern. We injected 15 mL of 0.2% ropivacaine. The right foot
warmed by 3 C, and pain fell from 9/10 to 3/10. No complications occurred.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 3, "ml"), given("ropivacaine", 30)],
        pain=(9, 3), need=("diagnosis",), dos="2026-10-06", pos="24",
        codes=[line("64520"), line("77002", "26")], findings=[])

    add("far-onb-01", "handbook_template", """
Procedure Note - Occipital Nerve Block
Date: 09/08/2026
Resident: Neurology PGY-3.  Attending: Headache medicine, present.
Procedure: Bilateral greater occipital nerve blocks, landmark technique
Diagnosis: Occipital neuralgia (M54.81)
Indication: Shooting pain from the suboccipital region over the vertex on both sides for 5 months; tender
greater occipital nerves bilaterally with a positive Tinel sign.
Informed consent: risks including bleeding, infection, lightheadedness and alopecia at the site discussed;
consent obtained.  Time-out: performed per protocol.
Pre-procedure pain: 7/10
Procedure: After palpating the occipital artery on each side, a 25 g needle was placed medial to it and 2.5 mL
of 0.5% bupivacaine with 2 mg of dexamethasone was injected on each side.
Specimens: none.  EBL: none.  Complications: none.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 25), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, None), need=("diagnosis",), dos="2026-09-08", payer="medicare_cgs",
        codes=[line("64405", "50"), line("J1100", units=4)], findings=["post_procedure_pain_score"],
        comment="no pain score after the blocks")

    add("far-pump-01", "coding_article", """
Sample note: intrathecal pump refill with reprogramming
Diagnosis: Chronic pain syndrome (G89.4) after failed lumbar fusions; intrathecal therapy for intractable low
back and leg pain that did not respond to oral opioids.
Consent: verbal consent confirmed. Time-out: completed.
Procedure (performed by the physician): The pump was interrogated and the reservoir accessed with a 22 g
non-coring needle under sterile technique; 3 mL of residual drug was withdrawn, matching the expected volume.
The reservoir was filled with 18 mL of hydromorphone 2 mg/mL. The pump was reprogrammed to raise the daily dose
by 10% for persistent leg pain.
Pain before: 6/10.  Pain after: 6/10 (dose change takes effect over days).  Complications: none.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 36)],
        pain=(6, 6), need=("diagnosis",), dos="2026-11-24", codes=[line("62370")], findings=[])

    add("far-impar-01", "fellowship_template", """
FELLOWSHIP TEMPLATE - GANGLION IMPAR BLOCK
Date: 03/31/2026   Attending: present   Fellow: performing
Procedure: Ganglion impar block, fluoroscopic guidance, transsacrococcygeal approach
Diagnosis: Coccygodynia (M53.3)
Indication: Pain at the tip of the tailbone for 8 months after a fall, worse sitting; cushions and NSAIDs
did not help.
Informed consent: risks including infection, bleeding and rectal puncture discussed; consent signed.
Time-out: performed per protocol.
Pre-procedure pain: 8/10
Findings: 22 g needle through the sacrococcygeal junction; lateral view showed Omnipaque 300, 1 mL, in a
comma-shaped pattern anterior to the coccyx. Medication: 4 mL of 0.25% bupivacaine with 40 mg of Kenalog.
Specimens: none.  EBL: none.  Complications: none.
Post-procedure: pain decreased from 8/10 to 2/10.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 10), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-03-31",
        codes=[line("64999"), line("77002"), line("Q9967", units=1), line("J3301", units=4)], findings=[])
