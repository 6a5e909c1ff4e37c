"""Batch dy: 30 hand-written notes whose documentation elements are told in unusual words and layouts.

Written for the sealed twin batches dx/dy (round 21). Every note is fictional (no names, record numbers or birth
dates). The gold of each note was labelled from its text by the conventions of corpora/README.md before any
Painpoint run. `build` receives the kit of `dev_fresh_d/make_notes.py`.
"""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _part_one(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _part_two(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _part_one(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    # 1. EMR template with checkboxes; complete.
    add("fdy-tfesi-01", "emr_template", """
PAIN CENTER - PROCEDURE RECORD
Procedure ......... Left L5-S1 transforaminal epidural steroid injection
Dx ................ Lumbosacral radiculopathy (M54.17)
Onset ............. 03/2025 (lifting injury), leg symptoms ongoing since
Radicular sx ...... [x] burning into L lateral calf  [x] numb dorsum of L foot  [x] +SLR left at 40 deg
Failed tx ......... [x] PT x8 wks - no change  [x] meloxicam - stopped, GI upset  [ ] chiropractic
Function .......... [x] ADLs limited - cannot stand at the sink longer than 5 minutes
MRI (08/2025) ..... L5-S1 left paracentral protrusion abutting the descending left S1 root
NRS pre / post .... 7 / 2
Consent ........... [x] signed, risks incl. bleeding, infection, nerve injury reviewed
Safety pause ...... [x] completed in room - pt, site, side, level agreed by all
Sedation .......... none (local anesthetic only)

Prone. Skin over the left L5-S1 foramen marked under fluoroscopy and infiltrated with 1% lidocaine 3 mL.
A 22 g spinal needle advanced via oblique view to the subpedicular (safe triangle) position; lateral view
confirmed depth. Omnipaque 240, 1.5 mL, outlined the left S1 nerve root and flowed medially into the epidural
space; no vascular uptake on live view. Then 40 mg triamcinolone (Kenalog 1 mL) + 1 mL preservative-free
0.25% bupivacaine.
Spot films: AP + oblique + lateral stored to PACS.
No complications. Discharged ambulatory.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 2.5)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT")], findings=[], dos="2025-11-18", pos="22")

    # 2. Pipe table; duration only of a different complaint (neck) -> symptom_duration.
    add("fdy-tfesi-02", "table_pipes", """
BILATERAL L4-L5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTIONS

| Item | Detail |
|---|---|
| Diagnosis | Lumbar disc displacement with radiculopathy, M51.16 |
| History | Bilateral buttock and posterior thigh pain with pins-and-needles into both feet; also has had neck stiffness for about two years, separate issue |
| Exam | Diminished ankle jerks both sides, positive slump test bilaterally |
| Prior care | Formal PT 6 wks + home program: no relief; gabapentin 300 tid: too sedating, stopped |
| Function | Needs to sit after one block of walking; can't do grocery shopping alone |
| Imaging | MRI L-spine: broad-based L4-5 bulge and L5-S1 protrusion narrowing both foramina |
| Pain (VAS) | 8/10 before, 3/10 after |

Consent signed. Time out done (patient, procedure, bilateral, levels).
Under fluoroscopic guidance, four 22 g needles were placed in the L4-L5 and L5-S1 foramina on the right and the left
using an oblique approach. Isovue-M 200 (4 mL total) showed perineural and epidural spread at each level without
vascular pattern. Each foramen received 0.3 mL of dexamethasone 10 mg/mL (3 mg) mixed with 1 mL of 1% lidocaine.
Two views (AP and lateral) saved.
No complications; tolerated well.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 4, "ml"), given("dexamethasone_sodium_phosphate", 12), given("lidocaine", 40)],
        pain=(8, 3), need=minus(ESI_NEED, "symptom_duration"),
        codes=[line("64483", "50"), line("64484", "50")], findings=["symptom_duration"],
        dos="2026-02-03", pos="24",
        comment="The only duration given is of neck stiffness, a separate complaint: the leg/buttock pain has none. "
                "Dexamethasone 4 x 3 mg = 12 mg.")

    # 3. Dictated prose, cervical TFESI with moderate sedation by the proceduralist (complete).
    add("fdy-tfesi-03", "dictated", """
Operative note. Right C5-6 transforaminal epidural steroid injection under fluoroscopy with moderate sedation.

Indication: This man has had right arm pain radiating over the lateral forearm to the thumb since roughly last
spring, about eight months now, with weakness of wrist extension (4/5) and a reduced right brachioradialis reflex.
Six weeks of supervised physical therapy and a course of NSAIDs gave no meaningful relief. He can no longer lift his
grandchild or sleep more than two hours at a stretch. MRI of the cervical spine shows right C5-6 uncovertebral
hypertrophy with severe right foraminal stenosis. Diagnosis cervical radiculopathy, M54.12.

Written consent obtained. Prior to the start, a time-out was called in which the team confirmed identity, site
and side. Pre-procedure pain 6/10 NRS.
Because of marked anxiety and inability to lie still during a prior attempt, moderate sedation was given by me, with
an RN as independent observer monitoring throughout: midazolam 2 mg IV and fentanyl 50 mcg IV. Sedation start 09:12,
end 09:31 (19 minutes of intraservice time).
A 25 g needle was directed to the posterior aspect of the right C5-6 foramen with oblique views; 1 mL Omnipaque 240
under live digital subtraction showed no vascular uptake; 6 mg dexamethasone (1.5 mL) was injected. AP and oblique
images were archived. No complications. Post-procedure NRS 1/10.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C5-C6"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("iohexol", 1, "ml"),
               given("dexamethasone_sodium_phosphate", 6)],
        pain=(6, 1), need=ESI_NEED, codes=[line("64479", "RT"), line("99152")], findings=[], dos="2026-04-21",
        pos="22", comment="Moderate sedation by the proceduralist, 19 min with an RN observer: 99152 only (< 23 min).")

    # 4. Flowsheet rows with times; conservative care only recommended -> conservative_care.
    add("fdy-ilesi-01", "flowsheet", """
Interlaminar ESI, lumbar - procedure flowsheet
Dx: spinal stenosis, lumbar region with neurogenic claudication (M48.062)

07:40  HPI: bilat leg heaviness and aching with walking, eases on sitting; symptoms began ~6 mo ago (spring)
07:41  Sx: cramping in both calves after 2 blocks, relieved by flexion; sensation intact
07:42  Function: gave up volunteering shifts; walks 10 min max
07:43  Conservative: referred to PT last visit - not yet started; pt also advised to try OTC NSAIDs
07:44  MRI: L4-L5 severe central canal stenosis, ligamentum flavum hypertrophy
07:50  Consent form signed; questions answered
07:58  Universal protocol pause: ID x2, procedure, level confirmed - all agree
08:00  Pain 6/10 (numeric) at rest in bay
08:05  Prone. Fluoro: L5-S1 interspace identified. 20 g Tuohy, loss of resistance to saline at L5-S1, midline.
08:08  Contrast Omnipaque 300 2 mL - epidural spread, lateral view confirms dorsal epidural space
08:09  Injected: triamcinolone 80 mg (2 mL) + NS 3 mL
08:10  Images retained: AP, lateral (2)
08:25  Pain 2/10. No complications. Ambulating.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"),
        codes=[line("62323"), line("J3301", units=8)], findings=["conservative_care"], dos="2026-05-12", pos="11",
        comment="PT was only referred and NSAIDs only advised: no care tried and failed. 80 mg triamcinolone is "
                "within the ceiling. Contrast is inside the imaging-inclusive 62323, so no Q-code.")

    # 5. Bullets; cervical interlaminar repeat with documented lasting response (complete).
    add("fdy-ilesi-02", "bullets", """
C7-T1 INTERLAMINAR EPIDURAL (repeat)
- Dx: cervical radiculopathy, C7 root (M54.12)
- h/o L arm pain into 3rd finger x 1 yr; triceps 4+/5 on L
- s/p same procedure 7 mo ago: ~65% less arm pain, lasted ~5 months before creeping back
- failed: PT x10 wks (no durable gain), tramadol (nausea)
- ADLs: cannot work overhead; dropped from full to half shifts
- MRI: C6-7 left paracentral extrusion contacting the L C7 root
- pain score 5 of 10 on arrival (NRS 5/10)
- consent reviewed, signed
- "timeout" completed with nursing and rad tech
- approach: paramedian, left, interlaminar at C7-T1; loss of resistance 18 g Tuohy
- Omnipaque 240 1 mL: epidural flow, contralateral oblique + AP images saved
- injectate: 80 mg Depo-Medrol (2 mL) diluted with 2 mL saline
- post: 2/10; no complications
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(5, 2), need=ESI_NEED, codes=[line("62321")], findings=[], dos="2026-06-09", pos="24",
        comment="Repeat with 65% relief for about five months (>= 50%, >= 90 days). Paramedian left approach is "
                "still an interlaminar ESI (no side modifier). ")

    # 6. Numbered steps; 'images saved' without views -> saved_images.
    add("fdy-caudal-01", "numbered_steps", """
Caudal epidural steroid injection

Diagnosis: post-laminectomy syndrome (M96.1) with bilateral S1 radicular pain.
History: pain from low back into both posterior legs to the heels, present since her L5-S1 fusion two years ago.
Aquatic therapy 3 months, duloxetine 60 mg: neither made any difference. Unable to sit through a church service.
CT myelogram: L5-S1 epidural fibrosis around both S1 roots.

1. Consent: risks and benefits discussed, consent signed.
2. Verification / time-out: patient, procedure, site confirmed aloud.
3. Pre-procedure NRS 7.
4. Prone; sacral hiatus palpated and confirmed on lateral fluoroscopy.
5. 20 g Tuohy through the sacrococcygeal ligament into the caudal canal.
6. Isovue-M 300 3 mL: filling of the sacral epidural space up to S1 without intravascular flow.
7. Betamethasone 12 mg (2 mL) with 8 mL preservative-free saline.
8. Images saved.
9. Post NRS 3. No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323")], findings=["saved_images"], dos="2026-01-27", pos="22",
        comment="'Images saved.' with no views or count is a saved_images finding (min_views 2).")

    # 7. Case report register; bilateral diagnostic MBB (medial branches named) - complete.
    add("fdy-mbb-01", "case_report", """
Procedure: Bilateral lumbar medial branch blocks (first diagnostic block) targeting the L4-L5 and L5-S1 facet joints.

Background. A 67-year-old with axial low back pain of three years' standing, worse with extension and rotation,
no radiation below the buttocks. Eight weeks of core-strengthening physiotherapy and scheduled acetaminophen and
diclofenac failed to relieve it. Oswestry Disability Index 44% (severe limitation of standing and travelling).
Diagnosis: lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Procedure. After informed consent was signed and a pre-procedure pause confirmed the patient and the bilateral
levels, pain was rated 6/10 (NRS). With the patient prone and under fluoroscopic guidance, 22 g needles were placed
at the junction of the superior articular and transverse processes of L4 and L5 and at the sacral ala for the L5
dorsal ramus on each side, blocking the L3 and L4 medial branches and the L5 dorsal ramus bilaterally. 0.5 mL of
0.5% bupivacaine was given at each of the six sites. No complications were observed.

Outcome. At 30 minutes pain was 1/10, over 80% relief; a pain diary was given.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2026-03-03", pos="24")

    # 8. EMR template where the time-out line is left blank -> time_out.
    add("fdy-mbb-02", "emr_template", """
Procedure: RIGHT C4-C5 and C5-C6 cervical medial branch blocks - diagnostic #1
ICD-10: M47.812 cervical spondylosis without myelopathy or radiculopathy
Duration of neck pain: since a rear-end collision in 2022 (over three years)
Previous treatment: chiro x 12 sessions and PT x 6 weeks, both without lasting benefit; NSAIDs not tolerated (reflux)
Functional status: unable to turn head to reverse the car; NDI 38%
Informed consent: obtained, signed
Time-out: ____
Pain before: 7/10      Pain after: 2/10
Technique: Under fluoroscopy, lateral approach, 25 g needles to the right C4, C5 and C6 articular pillars
(medial branches to the C4-5 and C5-6 joints). 0.4 mL 2% lidocaine at each of three sites.
Complications: none
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 24)], pain=(7, 2), need=SPINE_NEED,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["time_out"], dos="2026-07-14",
        pos="11", comment="A template 'Time-out: ____' left blank documents no time-out.")

    # 9. Dictated prose; left L4-L5 + L5-S1 RFA (complete).
    add("fdy-rfa-01", "dictated", """
LEFT L4-5 AND L5-S1 RADIOFREQUENCY NEUROTOMY

This is a first ablation. Left-sided low back pain over roughly 30 months, with lumbar facet arthropathy (M47.816).
Two separate comparative medial branch blocks (lidocaine, then bupivacaine) each relieved 90% and 85% of her index
pain. Physiotherapy for two months and NSAIDs were tried and gave no lasting change. She has given up gardening and
can stand only 15 minutes. Consent reviewed and signed; time out taken with the room staff before any needle.
Pain rated 7/10 pre-procedure.

Under fluoroscopy, 18 g 10 mm active-tip RF cannulae were placed parallel to the left L3 and L4 medial branches and
the left L5 dorsal ramus. Sensory stimulation at 50 Hz reproduced her pain below 0.5 V, motor testing at 2 Hz showed
no leg twitch. After 1 mL of 2% lidocaine per site, conventional thermal lesions at 80 degrees C for 90 seconds were
made at each site (two lesions per nerve). No complications. Pain 3/10 on leaving.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)], pain=(7, 3), need=SPINE_NEED,
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[], dos="2026-08-25", pos="24",
        comment="Thermal at exactly 80 C is covered (rfa.technique). Two diagnostic blocks >= 80%.")

    # 10. Bullets; repeat RFA whose earlier relief lasted only ~4 months -> prior_procedure_response.
    add("fdy-rfa-02", "bullets", """
Bilateral L5-S1 facet radiofrequency ablation - REPEAT
* Dx: lumbosacral spondylosis w/o radiculopathy (M47.817)
* Low back pain for 6+ years; home exercise, PT x 3 months and naproxen have all failed to control it
* Function: needs rest breaks every half hour at work; ODI 40%
* Last RFA (same levels): ~70% better, but relief wore off after about four months
* Consent: signed.  Time-out: performed, both sides and level verified
* Pre: NRS 6
* Fluoro-guided; 20 g RF cannulae to L4 medial branches and L5 dorsal rami, right and left
* Motor stim negative; 1% lidocaine 1 mL each site; lesion 85 C x 90 s
* Post: NRS 2
* Complications: none
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 40)], pain=(6, 2), need=SPINE_NEED,
        codes=[line("64635", "50")], findings=["prior_procedure_response"], dos="2026-09-15", pos="22",
        comment="Repeat RFA: 70% relief for about 4 months is under the 6 months (180 days) rfa.prior_procedure_response asks.")

    # 11. Nursing vitals block + narrative; therapeutic left SI in the office (complete).
    add("fdy-si-01", "vitals_block", """
LEFT SACROILIAC JOINT INJECTION - THERAPEUTIC

VITALS  BP 134/82  HR 71  SpO2 98% RA  Pain NRS 7/10 (pre)

Dx: Sacroiliitis, not elsewhere classified (M46.1), left.
Left buttock pain below the PSIS, since January (about ten months). Diagnostic left SI block in June gave 80%
relief for the duration of the anaesthetic. Has completed 8 weeks of PT with SI belt without improvement;
ibuprofen upset stomach. Cannot sleep on the left side; sitting limited to 20 min. 3 of 5 provocation tests positive.

Consent: written. Time-out (pt, site, side) done at 10:02.
Under fluoroscopic guidance the inferior left SI joint line was entered with a 22 g needle. 0.5 mL Omnipaque 240
confirmed intra-articular spread. Injected 40 mg methylprednisolone (1 mL Depo-Medrol 40 mg/mL) with 1 mL 0.5%
ropivacaine. AP and oblique films saved.

VITALS  BP 128/80  HR 68  Pain NRS 2/10 (post) - about 70% improved
No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("ropivacaine", 5)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "LT"), line("J1010", units=40)], findings=[], dos="2025-10-28", pos="11",
        comment="Not a repeat (the prior SI procedure was the diagnostic block, 80%). Contrast with an "
                "imaging-inclusive code is not billed.")

    # 12. Tab-separated table; right diagnostic SI (complete).
    add("fdy-si-02", "table_tabs", """
Right SI joint injection (diagnostic)
Field\tEntry
Diagnosis\tM46.1 sacroiliitis, right
Symptom onset\t2025-06 (buttock/groin ache; > 5 months)
Treatment to date\tNSAIDs 6 wks - partial, short-lived; PT 4 wks - unchanged
Function\tLimps after 10 min walking; cannot climb stairs without rail
Consent\tYes - signed
Pre-op pause\tcompleted, right side marked and verified
Pain pre (NRS)\t8
Guidance\tFluoroscopy, contralateral oblique
Needle\t22 g spinal into the inferior right SI joint
Contrast\tIsovue-M 200, 1 mL, arthrogram pattern
Injectate\tLidocaine 2% 2 mL
Images\t2 saved (AP, oblique)
Pain post (NRS)\t1 at 20 min (88% relief)
Complications\tNone
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 1, "ml"), given("lidocaine", 40)], pain=(8, 1),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "RT")], findings=[], dos="2026-01-13", pos="22",
        comment="Onset 2025-06 to DOS 2026-01-13 is over 12 weeks; 10 weeks of care with partial/no benefit.")

    # 13. Dictated; right genicular nerve block in the office (complete).
    add("fdy-gnb-01", "dictated", """
Right genicular nerve block, diagnostic, under fluoroscopy.

Right knee pain for four years from osteoarthritis, primary, right knee (M17.11). She is not a surgical candidate.
Failed: physical therapy twelve weeks, two intra-articular steroid injections, topical diclofenac. Walks less than
one block, cannot kneel. Consent obtained in writing. A "pause for the cause" was held before starting.
Pre-block pain 8/10.

AP and lateral fluoroscopic views were used to place 22 g needles at the superolateral, superomedial and
inferomedial genicular nerves of the right knee, at the junction of the shaft and the epiphysis. 2 mL of 0.5%
bupivacaine was injected at each of the three sites. No complications. At 30 min pain was 2/10 with kneeling tolerated
- a positive block (75%).
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                 intent="diagnostic")],
        drugs=[given("bupivacaine", 30)], pain=(8, 2),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64454", "RT")], findings=[], dos="2026-03-17", pos="11")

    # 14. Bullets; left genicular block with no post score -> post_procedure_pain_score.
    add("fdy-gnb-02", "bullets", """
LT GENICULAR NERVE BLOCK (ultrasound)
- Primary osteoarthritis, left knee, M17.12; knee pain x 3 yrs
- failed NSAIDs and PT (8 wks), HA injections without benefit
- limited to 10 min standing; stopped bowling
- consent: signed
- timeout: done, left knee marked
- pain before: 7/10
- US-guided, in-plane; SLGN, SMGN, IMGN each with 1.5 mL 0.25% bupivacaine + 10 mg triamcinolone in 0.25 mL
- image of each target stored
- tolerated, d/c home w/ driver; no complications
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="ultrasound",
                 intent="diagnostic")],
        drugs=[given("bupivacaine", 11.25), given("triamcinolone_acetonide", 30)], pain=(7, None),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64454", "LT")], findings=["post_procedure_pain_score"], dos="2026-10-06", pos="24",
        comment="'Tolerated' is no post-procedure score. 64454 includes imaging.")

    # 15. Inline fields; bilateral GON block, landmark, office (complete).
    add("fdy-onb-01", "inline_fields", """
Procedure: bilateral greater occipital nerve blocks. Dx: occipital neuralgia (M54.81). Hx: shooting pain from the
base of the skull over both sides of the scalp for 14 months; failed PT x 8 wks and amitriptyline (dry mouth);
headaches force her to miss 2 workdays a month. Exam: Tinel + over both GON. Consent: signed. Time-out: done.
Pre: 7/10. Technique: landmark-based, no imaging; 25 g needle medial to the occipital artery on each side; each side
2 mL 0.5% bupivacaine + 10 mg Kenalog. Post: 0/10 (100%). Complications: none.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)], pain=(7, 0),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64405", "50"), line("J3301", units=2)], findings=[], dos="2026-05-26", pos="11")


def _part_two(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    # 16. Transcription register; left GON under US, lidocaine dose missing -> drug_dose.
    add("fdy-h-onb-01", "transcription", """
PROCEDURE: LEFT GREATER OCCIPITAL NERVE BLOCK, ULTRASOUND GUIDED.
DIAGNOSIS: LEFT OCCIPITAL NEURALGIA, M54.81.
HISTORY: LEFT-SIDED OCCIPITAL HEADACHES FOR THE PAST 9 MONTHS, ELECTRIC IN CHARACTER. TOPIRAMATE AND 6 WEEKS OF
PHYSIOTHERAPY DID NOT HELP. HEADACHES KEEP HER FROM READING AND FROM SCREEN WORK.
CONSENT: INFORMED CONSENT SIGNED. TIME-OUT: PERFORMED.
PRE-PROCEDURE PAIN: 6/10.
DESCRIPTION: A LINEAR PROBE WAS PLACED OVER THE LEFT C2 SPINOUS PROCESS AND MOVED LATERALLY TO THE OBLIQUUS CAPITIS
INFERIOR. THE GREATER OCCIPITAL NERVE WAS SEEN SUPERFICIAL TO THE MUSCLE. USING AN IN-PLANE TECHNIQUE A 25 G NEEDLE
DEPOSITED LIDOCAINE MIXED WITH DEXAMETHASONE 4 MG AROUND THE NERVE. A REPRESENTATIVE IMAGE WAS SAVED TO THE CHART.
POST-PROCEDURE PAIN: 2/10. COMPLICATIONS: NONE.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                 imaging="ultrasound")],
        drugs=[given("lidocaine", None), given("dexamethasone_sodium_phosphate", 4)], pain=(6, 2),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64405", "LT"), line("76942", "26")], findings=["drug_dose"], dos="2026-04-07", pos="22",
        comment="Lidocaine has no amount. Ultrasound with a saved image: 76942-26 in the facility.")

    # 17. SOAP-like with vitals; TPI three muscles, office (complete).
    add("fdy-h-tpi-01", "soap", """
S: Neck and upper shoulder pain for over a year after a desk job change; massage, stretching program with PT (8
visits) and cyclobenzaprine did not help. Can't keep her head turned to work at two monitors.
O: Taut bands with twitch responses and referred pain in the R upper trapezius, R levator scapulae and
L rhomboid major. Dx myalgia of head and neck muscles, M79.12.
A/P: trigger point injections today. Consent signed. Time-out performed.
Pre 6/10.
Procedure: after alcohol prep, 27 g needle into each trigger point: right upper trapezius, right levator scapulae,
left rhomboid major; 1 mL 1% lidocaine each (3 mL total).
Post 1/10 - roughly 80% relief. No complications.
""", procs=[proc("trigger_point", region="cervical", imaging="none")],
        drugs=[given("lidocaine", 30)], pain=(6, 1),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20553")], findings=[], dos="2026-02-24", pos="11",
        comment="Three muscles: 20553.")

    # 18. Two muscles, percent relief only implied by scores -> percent_relief.
    add("fdy-h-tpi-02", "dictated", """
Trigger point injections, left quadratus lumborum and left gluteus medius.

She has had left low back and hip-girdle muscle pain for seven months, myalgia of other sites (M79.18). Palpable
taut bands with a local twitch in both muscles reproduce her pain. NSAIDs and a home stretching program for six
weeks did nothing. Cannot vacuum or carry laundry. Consent obtained; time-out held.
Pain on arrival 7/10.
Using a 25 g 1.5 inch needle, each trigger point was injected with 2 mL of 0.25% bupivacaine; 30 mg of ketorolac
was added to the gluteus medius injection. Pain at discharge 3/10. No complications.
""", procs=[proc("trigger_point", region="lumbar", imaging="none")],
        drugs=[given("bupivacaine", 10), given("ketorolac_tromethamine", 30)], pain=(7, 3),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20552"), line("J1885", units=2)], findings=["percent_relief"], dos="2026-06-30", pos="11",
        comment="Relief only implied by 7 -> 3: tpi.percent_relief (info) still lists it.")

    # 19. Right knee IA under ultrasound, office (complete).
    add("fdy-h-knee-01", "dictated", """
Right knee intra-articular injection with ultrasound guidance.
Primary osteoarthritis, right knee (M17.11), pain for over two years; PT x 8 wk and meloxicam without relief.
Stairs one at a time; cannot walk the dog. Consent signed. Time-out (patient, procedure, RIGHT knee) completed.
Pain 6/10 beforehand.
Superolateral suprapatellar approach, in-plane; needle tip seen within the suprapatellar recess; 40 mg
triamcinolone (Kenalog-40, 1 mL) with 4 mL 1% lidocaine injected, free flow seen. Image saved.
Pain 2/10 after. No complications.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(6, 2),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=[], dos="2026-09-01", pos="11")

    # 20. Right shoulder glenohumeral under US, hospital outpatient (complete).
    add("fdy-h-shoulder-01", "inline_fields", """
Procedure: Right glenohumeral joint injection, US guided | Dx: primary OA right shoulder (M19.011) | Hx: 18 mo of
deep shoulder ache; PT 3 mo and naproxen - failed | Function: cannot reach a high shelf or fasten a bra |
Consent: signed | Time-out: yes | Pain pre: 5/10 | Posterior approach, in-plane, 22 g; 1 mL betamethasone 6 mg/mL +
3 mL 1% lidocaine into the joint; image archived | Pain post: 1/10 | Complications: none
""", procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="right", imaging="ultrasound")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 30)], pain=(5, 1),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20611", "RT")], findings=[], dos="2026-07-21", pos="22")

    # 21. Repeat TFESI, prior relief 50% 'for several weeks' -> prior_procedure_response.
    add("fdy-h-tfesi-01", "dictated", """
Repeat left L4-5 transforaminal epidural steroid injection.

Left L4 radicular pain into the anterior shin since February of last year, lumbar radiculopathy (M54.16). Her first
injection at this level gave about 50% relief for several weeks. Therapy twice weekly for six weeks and pregabalin
failed. Sitting is limited to 20 minutes; she has stopped driving. MRI shows a left foraminal L4-5 disc protrusion
compressing the exiting L4 root. Numbness over the left medial shin on exam.
Consent reviewed. Time-out performed. NRS 7/10 pre.
Under fluoroscopy, a 22 g needle was guided to the left L4-5 foramen (supraneural approach). Omnipaque 240, 1 mL,
outlined the L4 root. Kenalog 40 mg with 1 mL 1% lidocaine injected. AP and lateral images saved.
NRS 3/10 post. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "LT")], findings=["prior_procedure_response"],
        dos="2026-03-24", pos="24",
        comment="Repeat: 'several weeks' does not reach 3 months (90 days).")

    # 22. Right L5-S1 and S1 TFESI in the office, dexamethasone (complete).
    add("fdy-h-tfesi-02", "table_pipes", """
Procedure | RIGHT L5-S1 and S1 transforaminal ESI
Dx | M54.17 lumbosacral radiculopathy
Sx | R buttock -> posterior thigh -> sole; R ankle reflex absent; +SLR R at 35 deg
Duration | x5 mo
Failed | PT x6 wk (no benefit); naproxen (no benefit); medrol dose pack (brief, < 1 wk)
Function | off work; walks < 10 min
MRI | R L5-S1 paracentral herniation, R S1 root compression
Consent | signed
TO | done @ 13:40
NRS | pre 8 | post 2
Technique | fluoro; R L5-S1 foramen via oblique; R S1 foramen through the posterior sacral foramen
Contrast | Omnipaque 240, 1 mL per level, no vascular flow
Injectate | dexamethasone 5 mg (0.5 mL of 10 mg/mL) + 1 mL 0.25% bupivacaine at each level
Images | AP + lateral both levels saved
Complications | none
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 5)],
        pain=(8, 2), need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", units=10)],
        findings=[], dos="2026-08-11", pos="11",
        comment="S1 foramen listed as `S1`.")

    # 23. Axial pain only under a radiculopathy code -> indication (radicular findings).
    add("fdy-h-ilesi-01", "dictated", """
L4-L5 interlaminar epidural steroid injection.

Diagnosis recorded as lumbar radiculopathy (M54.16). She describes a deep central low back ache across the belt line
for four months that stays in the back. Eight weeks of physical therapy and scheduled ibuprofen did not help. She
can no longer lift her toddler. MRI shows an L4-5 central disc protrusion.
Consent signed. A time-out was completed. Pain just before the needle: 6/10.
Prone, fluoroscopy; an 18 g Tuohy needle entered the L4-L5 interlaminar space, midline, loss of resistance to air.
Omnipaque 300 2 mL with epidural spread, no intrathecal flow; 80 mg triamcinolone and 3 mL of saline given. AP and
lateral images saved. Post-procedure 3/10. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)], pain=(6, 3),
        need=minus(ESI_NEED, "radicular_findings"), codes=[line("62323")], findings=["indication"],
        dos="2026-10-20", pos="22",
        comment="Pain 'stays in the back': no radicular symptom or sign; the radiculopathy code alone is not enough.")

    # 24. Therapeutic intra-articular facet after two positive blocks; function not assessed -> functional_impairment.
    add("fdy-h-facet-01", "dictated", """
Left L4-L5 and L5-S1 intra-articular facet joint injections, therapeutic.

Left lumbar facet-mediated pain for two years, lumbar spondylosis (M47.816). Two prior diagnostic medial branch blocks
gave 85% and 90% relief. RFA declined by the patient (pacemaker concerns raised by her cardiologist). Failed PT
(10 weeks) and NSAIDs. Activity tolerance was not assessed today. Consent on file and signed today; time out done.
NRS 7 pre.
Under fluoroscopy with oblique views, 22 g needles entered the left L4-5 and L5-S1 facet joints; a small amount of
Omnipaque 240 (0.2 mL each) gave arthrograms; each joint received 20 mg triamcinolone with 0.5 mL 0.5% bupivacaine.
NRS 2 post. No complications.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.4, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=minus(SPINE_NEED, "functional_impairment"),
        codes=[line("64493", "LT"), line("64494", "LT")], findings=["functional_impairment"], dos="2026-05-05",
        pos="22", comment="'Activity tolerance was not assessed' documents no functional deficit.")

    # 25. Bilateral therapeutic SI, care only listed -> conservative_care.
    add("fdy-h-si-01", "bullets", """
B/L SIJ injections (therapeutic)
- Dx: M46.1 sacroiliitis, both sides
- pain over both PSIS x 8 months; positive FABER, thigh thrust b/l
- prior dx SI blocks bilat: 80% relief
- conservative: PT x 6 wk, NSAIDs, SI belt
- function: can't sit through a movie, can't walk > 15 min
- consent signed; TO done
- pre 7/10
- fluoro, each SIJ entered inferiorly; Isovue-M 200 0.5 mL per side (arthrogram)
- each side: 20 mg Kenalog + 1 mL 0.5% ropivacaine
- AP + oblique saved each side
- post 2/10 (~70% relief); no complications
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 10)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("27096", "50")], findings=["conservative_care"], dos="2026-02-10", pos="24",
        comment="Care only listed (no stated outcome) is a conservative_care finding.")

    # 26. Caudal in 2023 office, moderate sedation by me without an observer -> sedation_details.
    add("fdy-h-caudal-01", "dictated", """
Caudal epidural steroid injection with moderate sedation.

Lumbar stenosis with neurogenic claudication (M48.062): both legs ache and go numb after five minutes of standing,
for about a year. Failed PT x 8 weeks and gabapentin (dizziness). Gave up golf; shops only with a scooter. MRI: L3-4
and L4-5 severe central stenosis. Consent signed. Time-out observed. Pain 8/10 before.
She asked for sedation because of severe procedural anxiety; I administered midazolam 2 mg IV at 14:05, stopped at
14:20.
Under fluoroscopy an 18 g Tuohy entered the sacral hiatus; 3 mL Omnipaque 240 spread cephalad to L5. 80 mg
Depo-Medrol with 6 mL saline injected. AP and lateral images saved. Pain 3/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(8, 3), need=ESI_NEED, codes=[line("62323"), line("J1040")], findings=["sedation_details"],
        dos="2023-11-14", pos="11",
        comment="Moderate sedation by the proceduralist with no independent observer: sedation_details, and no "
                "99152. Methylprednisolone 80 mg before 2024-04-01: J1040 x1.")

    # 27. Cervical TFESI with no side anywhere -> laterality.
    add("fdy-h-tfesi-03", "dictated", """
C6-7 transforaminal epidural steroid injection.
Cervical radiculopathy (M54.12): arm pain down to the middle finger with triceps weakness for four months; PT for six
weeks and a prednisone taper did not relieve it. Can't work at a keyboard more than 30 minutes. MRI: C6-7 foraminal
disc osteophyte complex.
Consent signed; time-out performed. Pain 7/10.
Under fluoroscopy a 25 g needle was advanced to the C6-7 foramen; Isovue-M 200 0.8 mL showed no vascular uptake;
6 mg (1 mL) betamethasone was injected. AP and oblique images saved. Pain 3/10. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", levels=["C6-C7"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.8, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)], pain=(7, 3),
        need=ESI_NEED, codes=[line("64479")], findings=["laterality"], dos="2026-06-16", pos="22",
        comment="No side in title, history or technique: laterality; 64479 without RT/LT.")

    # 28. Cervical RFA, no temperature -> approach (rfa.technique).
    add("fdy-h-rfa-01", "emr_template", """
Procedure: Right C5-C6 and C6-C7 medial branch radiofrequency ablation
Diagnosis: Cervical spondylosis (M47.812)
Pain duration: 5 years
Previous care: PT 12 wks - failed; NSAIDs - failed
Diagnostic blocks: right C5-6, C6-7 MBB x2 - 90% and 80% relief
Function: NDI 42%; unable to check blind spot while driving
Consent: signed     Time-out: completed 08:31
Pre-procedure pain: 6/10
Procedure details: lateral approach under fluoroscopy; RF cannulae to the right C5, C6 and C7 medial branches;
sensory/motor testing appropriate; 0.5 mL 2% lidocaine each site; lesions made for 90 seconds at each site.
Post-procedure pain: 2/10
Complications: none
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 30)], pain=(6, 2), need=SPINE_NEED,
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["approach"], dos="2026-04-28", pos="24",
        comment="No lesion temperature or technique stated: rfa.technique (approach).")

    # 29. Thoracic interlaminar, hospital outpatient (complete).
    add("fdy-h-ilesi-02", "case_report", """
Thoracic interlaminar epidural steroid injection at T10-T11.

Thoracic radiculopathy (M54.14): a band of burning pain around the right lower chest wall in a T10 distribution for
five months, with allodynia in the dermatome. Failed PT (6 weeks) and gabapentin (no effect). Sleep broken nightly;
cannot wear a fitted top. MRI: right paracentral T10-11 disc protrusion.
Consent was signed; the pre-procedure time-out was completed. Pain was 7/10 NRS.
Under fluoroscopy, an 18 g Tuohy needle entered the T10-T11 interlaminar space by a right paramedian approach, loss of
resistance to saline; 2 mL Omnipaque 240 confirmed epidural spread; 40 mg triamcinolone with 2 mL saline injected.
AP and lateral images saved. Pain 2/10 after. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)], pain=(7, 2), need=ESI_NEED,
        codes=[line("62321")], findings=[], dos="2026-11-03", pos="22")

    # 30. Facet MBB whose only duration is a 3-week flare -> symptom_duration.
    add("fdy-h-mbb-01", "inline_fields", """
Procedure: Right L3-L4, L4-L5 medial branch blocks, diagnostic (first) | Dx: lumbar spondylosis (M47.816) | Hx: flare of right low back pain
x 3 wks, worse with extension | Failed: PT 8 wk, NSAIDs (no relief) | Function: cannot stand > 15 min; ODI 34% |
Consent: signed | Time-out: performed | NRS pre 6 | Fluoroscopy; 22 g needles at the right L2, L3 and L4 medial
branches; 0.5 mL 0.5% bupivacaine each | NRS post 1 | Complications: none
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)], pain=(6, 1), need=minus(SPINE_NEED, "symptom_duration"),
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=["symptom_duration"],
        dos="2026-10-13", pos="24",
        comment="Only a 3-week flare is dated: facet.symptom_duration asks for 3 months of pain.")
