"""Sealed final-check batch `dev_fresh_dw` (`fdw-*`): 30 fictional notes as a practice's EMR and dictation hold them.

Fifteen templated notes (`fdw-<family>-NN`, seven template styles) and fifteen hand-dictated notes
(`fdw-h-<family>-NN`, five physician voices: terse shorthand, long dictated prose, EMR template with unfilled
placeholders, formal operative report, conversational). Gold labelled from the text as written, before and without
any Painpoint run, following corpora/README.md and coding/kb; see README.md of this folder for the mix and the
hard-case reasoning. No names, record numbers or birth dates.
"""

# ruff: noqa: E501


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    """Queue the 30 notes of the batch with their gold."""
    _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdw-tfesi-01", "capitalised_headers", """
PROCEDURE NOTE - LEFT L4-L5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION

DATE OF SERVICE: 02/17/2026
LEVELS TREATED: L4-L5, L5-S1
LATERALITY: Left
PLACE: Office procedure suite

INDICATION:
Left buttock, posterolateral thigh and calf pain in an L5 pattern with tingling over the dorsum of the left foot for 4 months. Straight leg raise positive on the left at 40 degrees; left EHL strength 4+/5.

DIAGNOSIS:
Lumbar radiculopathy, left L5 (M54.16).

CONSERVATIVE CARE:
Ten weeks of supervised physical therapy plus gabapentin and naproxen without meaningful improvement.

FUNCTION:
Oswestry Disability Index 48%. Cannot walk more than one block or sit through a work shift.

IMAGING:
MRI lumbar spine 12/2025: left paracentral protrusion at L4-L5 compressing the traversing left L5 root; moderate left foraminal narrowing at L5-S1.

CONSENT:
Risks including infection, bleeding, nerve injury, headache and steroid side effects were reviewed and questions answered. Written informed consent signed.

PROCEDURE:
Time-out completed confirming patient, procedure, side and levels. Positioned prone. Pre-procedure pain 7/10.
Skin prepped with chlorhexidine and draped. Under fluoroscopic guidance a 22-gauge 3.5-inch spinal needle was advanced through an oblique subpedicular approach to the left L4-L5 foramen. Omnipaque 240 outlined the exiting root and epidural space with no vascular uptake. 1 mL of Kenalog 40 mg/mL mixed with 1 mL of 0.25% Marcaine was injected. The same was done at the left L5-S1 foramen. Total Omnipaque 240 used: 3 mL.
AP and lateral images were saved.

SEDATION: None.

POST-PROCEDURE:
Pain 2/10 at 15 minutes. No complications. Discharged ambulatory with a driver.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 5), given("iohexol", 3, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-17", pos="11", payer="medicare_cgs",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J3301", units=8)], findings=[])

    add("fdw-gnb-01", "title_headers", """
Left Genicular Nerve Block Under Fluoroscopy
Date Of Service: 09/08/2025
Location: Ambulatory surgery center
Laterality: Left

Indication: Left knee pain for 3 years with stiffness and pain on stairs; diagnostic block before a planned radiofrequency ablation.
Diagnosis: Unilateral primary osteoarthritis, left knee (M17.12)
Prior Treatment: Physical therapy, NSAIDs and a hyaluronic acid series with only brief relief.
Consent: Written consent obtained after discussion of risks, benefits and alternatives.
Pre-Procedure Pain: 8/10

Technique: Supine with a bolster under the knee. Under fluoroscopy in AP and lateral views, 22 g spinal needles were placed at the junction of the femoral shaft and the medial and lateral epicondyles for the superomedial and superolateral genicular nerves, and at the junction of the tibial shaft and the medial condyle for the inferomedial genicular nerve. After negative aspiration, 2 mL of 1% Xylocaine was injected at each nerve.
Sedation: None.
Complications: None.
Disposition: Home with driver; pain diary to record relief over the next 8 hours.
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                  sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(8, None), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2025-09-08", pos="24",
        codes=[line("64454", "LT")], findings=["post_procedure_pain_score", "time_out"])

    add("fdw-ilesi-01", "inline_fields", """
Procedure: Cervical interlaminar epidural steroid injection   Level: C7-T1   Approach: interlaminar, midline   Guidance: fluoroscopy
Location: ASC   DOS: 06/03/2026
Indication: Bilateral arm pain radiating to the thumbs and index fingers, right worse than left, with paresthesias in a C6 distribution for 5 months. Spurling test positive on both sides.
Diagnosis: Cervical radiculopathy (M54.12)
Conservative treatment: 8 weeks of PT with traction and a course of NSAIDs; pain unchanged.
Functional status: Neck Disability Index 42%; wakes after 3 hours of sleep, cannot lift overhead at work.
MRI: C5-C6 and C6-C7 disc osteophyte complexes with bilateral foraminal narrowing.
Time-out: performed, all team members in agreement.
Pre-procedure pain: 6/10
Technique: Prone, sterile prep. 18-gauge Tuohy needle at C7-T1 by loss of resistance to saline; contralateral oblique view confirmed depth. Omnipaque 300 1 mL: epidural spread, no intrathecal or vascular pattern.
Injectate: Celestone Soluspan 6 mg (1 mL of 6 mg/mL) with 2 mL preservative-free normal saline.
Images: AP and contralateral oblique saved to PACS.
Sedation: none
Post-procedure pain: 2/10
Complications: none
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                  imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("iohexol", 1, "ml")],
        pain=(6, 2), need=ESI_NEED, dos="2026-06-03", pos="24", consent=False,
        codes=[line("62321")], findings=["consent"])

    add("fdw-caudal-01", "odd_spacing", """
CAUDAL   EPIDURAL  STEROID  INJECTION

Date  of  service :   04/22/2026
Setting :   office

Indication :   neurogenic claudication  -  bilateral buttock and leg aching and heaviness with walking ,  relieved by sitting ;  standing tolerance 10 minutes ;  symptoms for 7 months .
Diagnosis :   Lumbar spinal stenosis with neurogenic claudication   (M48.062)
Treatment  to  date :   physical therapy ,  home exercise ,  meloxicam .
Function :   Oswestry  52 % ;   has stopped grocery shopping .
MRI :   severe central canal stenosis at L3-L4 and L4-L5 with ligamentum flavum hypertrophy .
Consent :   signed ,  risks / benefits / alternatives discussed .
Time  out :   done .
Pain  before :   8 / 10

Technique :   prone ,  sacral hiatus palpated ,  sterile prep .   Under  fluoroscopy  a  20 g  Tuohy  needle  was  passed  through  the  sacral  hiatus  into  the  caudal  epidural  space .   Isovue-M 200 ,  4 mL ,  spread  cephalad  to  L5  without  vascular  uptake .
Injectate :   Kenalog  40 mg/mL ,  2 cc  (80 mg)   +   0.25 %  Sensorcaine  4 cc   +   preservative-free  saline  4 cc .
Images :   AP  and  lateral  saved .
Sedation :   none
Pain  after :   3 / 10
Complications :   none ;   tolerated  well .
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                  sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 10), given("iopamidol", 4, "ml")],
        pain=(8, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-04-22", pos="11",
        codes=[line("62323"), line("J3301", units=8)], findings=["conservative_care"],
        comment="Care is only listed ('physical therapy, home exercise, meloxicam') with no outcome: conservative_care.")

    add("fdw-mbb-01", "boilerplate", """
INTERVENTIONAL PAIN MEDICINE - PROCEDURE REPORT
This note was generated from the clinic's standard procedure template. All elements were reviewed by the attending physician.

Procedure: Bilateral L4-L5 and L5-S1 lumbar medial branch blocks (diagnostic, first block)
Date: 05/11/2026   Place: clinic (office)
Nerves targeted: bilateral L3 and L4 medial branches and L5 dorsal rami

Indication: Axial low back pain for 2 years, worse with extension and rotation; no radiating leg pain. Facet loading positive on both sides.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy, M47.816
Conservative management: Failed 12 weeks of physical therapy, NSAIDs and chiropractic care without lasting relief.
Functional impairment: ODI 38%; cannot stand to cook or do yard work longer than 15 minutes.
Imaging: MRI lumbar spine with bilateral L4-L5 and L5-S1 facet arthropathy.

Consent: The procedure, risks, benefits and alternatives were discussed, and the patient gave written informed consent.
Universal protocol: A time-out was performed prior to the procedure.
Pre-procedure pain score: 6/10.

Description: The patient was placed prone and the lumbar area was prepped and draped in sterile fashion. Using fluoroscopic guidance, 22 g spinal needles were placed on the left at the junction of the superior articular process and transverse process of L4 (L3 medial branch) and of L5 (L4 medial branch), and at the sacral ala (L5 dorsal ramus). After negative aspiration, 0.5 mL of 0.5% Marcaine was injected at each site. The procedure was repeated on the contralateral side.
Sedation: none.
Post-procedure pain score: 1/10 at 30 minutes; a pain diary was given.
Complications: none.
Plan: If this block and a confirmatory block each give 80% or greater relief, will consider radiofrequency ablation.

Attestation: I was present for the entire procedure. This note was electronically signed.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-05-11", pos="11",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fdw-mbb-02", "bullets", """
Cervical Medial Branch Block - Right (second diagnostic block)
* Date: 11/19/2025
* Setting: hospital outpatient department
* Indication: right-sided axial neck pain for 18 months, worse with rotation to the right; no arm radiation
* Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812)
* First diagnostic block 10/22/2025 at the same nerves: 85% relief lasting 6 hours
* Conservative therapy: PT x 10 weeks, cyclobenzaprine and acetaminophen - no durable benefit
* Function: NDI 36%; unable to check the blind spot while driving
* Consent: written informed consent obtained
* Time-out: performed
* Technique: prone, fluoroscopy; 25 g spinal needles to the waist of the right C4, C5 and C6 articular pillars (right C4, C5 and C6 medial branches, supplying the C4-C5 and C5-C6 facet joints); 0.5 mL of 0.5% Naropin at each nerve
* Sedation: none
* Post-block pain: 1/10 with full rotation at 30 min
* Complications: none
* Plan: RFA if relief is again 80% or more
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                  levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("ropivacaine", 7.5)],
        pain=(None, 1), need=SPINE_NEED, dos="2025-11-19", pos="22",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["pre_procedure_pain_score"])

    add("fdw-facet-01", "dictated", """
Left L2-L3, L3-L4, L4-L5 and L5-S1 intra-articular facet joint injections, therapeutic. Date of service July 14, 2026, in the office. He has had left-sided low back pain for three years from lumbar facet arthropathy, M47.816, without any leg symptoms. Two diagnostic medial branch blocks this spring gave 90 percent and 85 percent relief respectively; he cannot have radiofrequency ablation because of his implanted defibrillator, so we are proceeding with his first therapeutic intra-articular injections. Eight weeks of physical therapy and daily NSAIDs failed to help. Oswestry is 34 percent and he can no longer stand at his workbench. Consent was signed and a time-out was performed. Pain before the procedure was 7/10. Prone, prepped and draped. Under fluoroscopic guidance with oblique views, 22-gauge needles were placed into the left L2-L3, L3-L4, L4-L5 and L5-S1 facet joints, and intra-articular position was confirmed with 0.2 mL of Omnipaque 240 at each joint. A solution was drawn up of 2 mL of triamcinolone 40 mg/mL and 2 mL of 0.25% bupivacaine, and 1 mL of this solution was injected into each of the four joints. No sedation was used. Pain after the procedure was 3/10. He was discharged in stable condition to follow up in four weeks.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                  levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                  sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 5), given("iohexol", 0.8, "ml")],
        pain=(7, 3), need=SPINE_NEED, dos="2026-07-14", pos="11", complications=None,
        codes=[line("64493", "LT"), line("64494", "LT"), line("64495", "LT"), line("J3301", units=8)],
        findings=["complications", "level_limit"],
        comment="Solution multiplied out: 4 mL holding 80 mg triamcinolone and 5 mg bupivacaine, 1 mL at 4 joints = 80 mg and 5 mg. Four joints in one session: level_limit; 64495 once for the third and further joints. 'Stable condition' says nothing about complications.")

    add("fdw-rfa-01", "capitalised_headers", """
PROCEDURE: BILATERAL C3-C4 AND C4-C5 CERVICAL RADIOFREQUENCY ABLATION
DATE: 01/20/2026
FACILITY: Hospital outpatient
NERVES LESIONED: bilateral C3, C4 and C5 medial branches

INDICATION: Bilateral upper neck pain with referral to the occiput for 2 years, no radicular symptoms. Two diagnostic medial branch blocks at the same nerves gave 80% relief (09/2025) and 90% relief (11/2025).
DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812).
PRIOR CARE: Physical therapy for 12 weeks and meloxicam; no lasting improvement.
CONSENT: Informed consent signed after discussion.
TIME-OUT: Completed.
PRE-PROCEDURE PAIN: 7/10
SEDATION: Moderate sedation administered by me because the patient could not tolerate prone positioning for the lesioning owing to severe anxiety and claustrophobia. Midazolam 2 mg IV and fentanyl 50 mcg IV. Sedation start 08:12, end 08:36 (24 minutes intraservice). An independent RN monitored the patient throughout.
TECHNIQUE: Prone. Under fluoroscopy, 18 g RF cannulas with 10 mm active tips were placed parallel to the right C3, C4 and C5 medial branches. Sensory stimulation at 50 Hz was concordant below 0.5 V and motor stimulation at 2 Hz produced no limb movement. Each site was anesthetized with 0.5 mL of 1% lidocaine and lesioned at 85 degrees C for 90 seconds. The procedure was repeated on the contralateral side in the same manner.
POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: None.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                  levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 30), given("midazolam", 2), given("fentanyl", 50, "mcg")],
        pain=(7, 3), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-01-20", pos="22",
        codes=[line("64633", "50"), line("64634", "50"), line("99152"), line("99153")],
        findings=["functional_impairment"],
        comment="Moderate sedation by the proceduralist, 24 min with an independent observer and a stated reason: 99152 + 99153 x1 (facility: no 26 on sedation).")

    add("fdw-grfa-01", "inline_fields", """
Genicular Nerve Radiofrequency Ablation | Side: Right knee | DOS: 09/15/2026 | Setting: office
Indication: right knee pain for 5 years, worse with stairs and standing; not a candidate for arthroplasty because of cardiac disease. PT, NSAIDs and two intra-articular steroid injections gave only brief relief.
Diagnosis: Unilateral primary osteoarthritis, right knee (M17.11)
Prior diagnostic block: right genicular nerve block 07/2026 gave 80% relief for 8 hours.
Consent: obtained in writing | Time-out: done
Pain pre: 8/10
Guidance: fluoroscopy (AP and lateral)
Targets: superomedial, superolateral and inferomedial genicular nerves
Anesthetic: 1% lidocaine 2 mL at each target (3 sites)
Lesion: conventional thermal RF, 80 C for 90 seconds at each target after sensory and motor testing
Sedation: none | Pain post: 2/10 | Complications: none
Plan: follow up in 6 weeks
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                  sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-09-15", pos="11", codes=[line("64624", "RT")], findings=[])

    add("fdw-sirfa-01", "bullets", """
LEFT SACROILIAC JOINT RADIOFREQUENCY ABLATION
- Laterality: Left
- Date: 02/24/2026, hospital outpatient
- Reason: left SI region and buttock pain for 3 years after a lumbar fusion; two lateral branch blocks gave 85% and 80% relief
- Dx: Sacroiliitis, not elsewhere classified (M46.1)
- Tried: PT, an SI belt and two intra-articular SI injections with short-lived relief only
- Consent: yes, written
- Time-out: yes
- Pain before: 6/10
- Fluoroscopy; 17 g cannulas to the left L5 dorsal ramus and the left S1, S2 and S3 lateral branches
- 1 mL of 2% lidocaine at each of the 4 sites before lesioning
- Thermal lesions at 80 C for 90 sec each
- No sedation
- Pain after: 2/10
- No complications; walking independently at discharge
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                  imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 80)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-02-24", pos="22",
        codes=[line("64625", "LT")], findings=[])

    add("fdw-si-01", "odd_spacing", """
Left   sacroiliac   joint   injection  ( therapeutic )
DOS    12/02/2025        Office

Hx :  left  SI  pain  x  14 months ,  worse  rising  from  a  chair ;  FABER ,  thigh  thrust  and  compression  positive  on  the  left .
Dx :  left  sacroiliitis  ( M46.1 )
Prior  diagnostic  block  ( 10/2025 ,  left  SI ,  lidocaine ) :  80 %  relief .
Conservative :  8  wk  PT  and  naproxen  -  minimal  benefit .
Function :  ODI  36 % .
Consent  signed .      Time-out  done .
Pre  pain :  7/10

Under  fluoroscopy ,  22 g  spinal  needle  into  the  inferior  left  SI  joint .   Omnipaque 240   0.5 mL  outlined  the  joint ,  no  vascular  uptake .
Injected :   Kenalog-40  1 mL  ( 40 mg ,  single-dose  vial ,  entire  vial  used ,  none  wasted )   +   Naropin  0.5 %  2 mL .
Images :  AP  and  oblique  saved .
Sedation :  none .
Post  pain :  2/10 ,  about  70 %  relief .
No  complications .
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                  imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("ropivacaine", 10), given("iohexol", 0.5, "ml")],
        pain=(7, 2), need=SPINE_NEED, dos="2025-12-02", pos="11",
        codes=[line("27096", "LT"), line("J3301", "JZ", units=4)], findings=[],
        comment="Single-dose vial used whole, nothing discarded, DOS after 2023-07-01: JZ on the J3301 line.")

    add("fdw-si-02", "boilerplate", """
PROCEDURE NOTE (standard template v4)
Procedure performed: Bilateral sacroiliac joint injections, diagnostic
Date of service: 03/30/2026   Place of service: hospital outpatient

Indication: Bilateral low back and buttock pain below L5 for 6 months; 3 of 5 provocative tests positive on each side.
Diagnosis: Sacroiliitis, bilateral (M46.1)
Conservative care: Failed 6 weeks of physical therapy and NSAIDs.
Consent: Risks, benefits and alternatives explained; patient consented.
Time-out: Performed per universal protocol.
Pre-procedure NRS: 7/10

Procedure: Prone; sterile prep. Fluoroscopy was used to guide a 22 g spinal needle into the inferior third of the left SI joint. Isovue-M 300 0.5 mL confirmed intra-articular spread. 1 mL of 2% lidocaine and 1.5 mL of 0.5% bupivacaine were injected. The same procedure was performed on the right side with the same volumes, including 0.5 mL Isovue.
Images saved.
Sedation: none.

Post-procedure NRS: 1/10 (about 85% relief) with provocative maneuvers at 30 minutes.
Complications: none.

Patient tolerated the procedure well. Discharge instructions given. Follow-up in 2 weeks with pain diary.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                  imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 40), given("bupivacaine", 15), given("iopamidol", 1, "ml")],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-03-30", pos="22",
        codes=[line("27096", "50")], findings=["saved_images"],
        comment="'Images saved.' without two views: saved_images.")

    add("fdw-pnb-01", "title_headers", """
Right Suprascapular Nerve Block Under Ultrasound Guidance
Date Of Service: 08/11/2026
Place Of Service: Office
Indication: Chronic right shoulder pain for 2 years with night pain and limited overhead reach; not a surgical candidate.
Diagnosis: Primary osteoarthritis, right shoulder (M19.011)
Consent: Verbal and written consent obtained.
Time-Out: Completed.
Pain Before: 6/10
Procedure: Seated. A linear probe was placed over the right suprascapular fossa and the nerve identified at the notch beneath the transverse ligament. A 22 g needle was advanced in-plane and 5 mL of 0.5% Marcaine with Decadron 4 mg (1 mL of 4 mg/mL) was injected around the nerve. An ultrasound image of the needle position was saved to the chart.
Sedation: None.
Pain After: 1/10
Complications: None; denies numbness of the hand or shortness of breath.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                  imaging="ultrasound", sedation="none")],
        drugs=[given("bupivacaine", 25), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 1), need=("diagnosis", "symptom_duration"), dos="2026-08-11", pos="11", payer="medicare_fcso",
        codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)], findings=[])

    add("fdw-onb-01", "title_headers", """
Bilateral Greater Occipital Nerve Block
Date: 10/06/2026     Place: Clinic
Indication: Occipital headaches on both sides, shooting electric pain from the base of the skull to the vertex for 8 months; tenderness over both greater occipital nerves with reproduction of the pain.
Diagnosis: Occipital neuralgia (M54.81)
Consent: Written consent after risks were discussed.
Time-Out: Performed.
Pre-Procedure Pain: 7/10
Guidance: Landmark technique, no imaging.
Procedure: Seated with the head flexed. The occipital artery was palpated on each side and a 25 g needle inserted just medial to it at the superior nuchal line. After negative aspiration, 2 mL of 0.5% Marcaine mixed with 0.25 mL of Kenalog-40 (10 mg) was injected on the right; the same mixture was then injected on the left.
Sedation: None.
Post-Procedure Pain: 1/10
Complications: None.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                  imaging="none", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 20)],
        pain=(7, 1), need=("diagnosis", "symptom_duration"), dos="2026-10-06", pos="11",
        codes=[line("64405", "50"), line("J3301", units=2)], findings=[])

    add("fdw-tpi-01", "dictated+truncated", """
Trigger point injections, four muscles. Date of service November 3, 2026, in clinic. She returns with neck and upper back pain from myofascial pain syndrome (M79.18), present for 9 months. On exam there are taut bands with a local twitch response and referred pain into the shoulder in the left and right upper trapezius, the left levator scapulae and the right rhomboid major. Stretching, a home exercise program and tizanidine have not helped. Consent was obtained verbally and in writing and a time-out was done. Pain before was 7/10. After alcohol prep a 25 g needle was introduced into each trigger point, and 1 mL of 1% lidocaine was injected into each of the four muscles with needling until the twitch subsided. No sedation. Afterwards her pain was 3/10, about 60% better, with improved neck rotation. She was observed for fifteen min
""", procs=[proc("trigger_point", region="cervical", sedation="none")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-11-03", pos="11",
        complications=None, codes=[line("20553")], findings=["complications"],
        comment="Cut off mid-sentence before any statement on complications.")


def _hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdw-h-tfesi-01", "hand_shorthand", """
RIGHT L5-S1 TFESI

DOS 2/3/26, office.
Hx: L leg pain down post thigh / lat calf to lat foot x 10 wk, numb lat foot, +SLR L 35 deg, dec L ankle jerk. ODI 44%, can't work shifts. PT 6 wk + naproxen, no relief.
MRI 12/25: L paracentral L5-S1 extrusion compressing L S1 root.
Dx: L S1 radiculopathy - M54.17
Consent signed. Time-out. Pre 8/10.
Prone, fluoro. 22g to the L L5-S1 foramen, Omnipaque 180 1 cc - neurogram along L S1 root, no vascular. Dex 10 mg (1 cc Decadron 10 mg/mL) + 1 cc 1% Xylocaine. AP/lat saved.
No sed. Post 2/10. No cx.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                  levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10), given("iohexol", 1, "ml")],
        pain=(8, 2), need=ESI_NEED, dos="2026-02-03", pos="11",
        codes=[line("64483", "LT"), line("J1100", units=10)], findings=["laterality_conflict"],
        comment="Title says RIGHT; history, imaging and the needle are left: codes follow the description (LT), conflict raised.")

    add("fdw-h-tfesi-02", "hand_prose", """
This is a 67-year-old who returns for a repeat bilateral L4-L5 and L5-S1 transforaminal epidural steroid injection. Date of service November 14, 2023, done here in the office procedure room. She has had pain down both legs for about a year, burning in both calves with pins and needles in both feet, and walking is limited to about ten minutes; her Oswestry today is 50 percent. She did eight weeks of therapy earlier this year without any change in the leg pain, and gabapentin made her too drowsy to continue. Her last transforaminal injection at these same levels in June gave her about 60 percent relief that held for four months before the leg pain crept back. Diagnosis is lumbar radiculopathy, M54.16, bilateral. We went over the risks again and she signed consent. A time-out was done with the whole team. She rated her pain 7 out of 10 beforehand.

She lay prone and the low back was prepped with chlorhexidine. Under fluoroscopic guidance I placed a 22-gauge spinal needle at the right L4-L5 foramen in the safe triangle, confirmed with Omnipaque 240, which outlined the exiting nerve without vascular runoff, and injected 0.5 mL of Depo-Medrol 40 mg/mL with 1 mL of 0.2% Naropin. The procedure was repeated at the remaining level and then on the contralateral side, four injections in all, using about 4 mL of contrast. AP and oblique images were saved at each level. No sedation was needed. Afterwards she rated her pain 2 out of 10. There were no complications and she left walking on her own.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("ropivacaine", 8), given("iohexol", 4, "ml")],
        pain=(7, 2), need=minus(ESI_NEED, "imaging_findings"), dos="2023-11-14", pos="11",
        codes=[line("64483", "50"), line("64484", "50"), line("J1040")], findings=["imaging_findings"],
        comment="0.5 mL of 40 mg/mL at 4 sites = 80 mg methylprednisolone, before 2024-04-01: J1040 x1. Repeat with 60% for 4 months: response documented. No MRI or CT finding anywhere.")

    add("fdw-h-tfesi-03", "hand_template", """
PROCEDURE: Transforaminal epidural steroid injection
Levels Treated: L3-L4, L4-L5, L5-S1
Laterality: Left
Date of Service: 03/10/2026
Location: Office

Pre-Procedure Diagnosis: Left lumbar radiculopathy (M54.16)

HISTORY: Left anterior thigh and medial shin pain with numbness for 5 months; left quadriceps 4/5 and a reduced left patellar reflex. Failed 6 weeks of physical therapy and a trial of duloxetine without improvement. Unable to climb stairs; ODI 46%.
IMAGING: MRI 01/2026 shows multilevel left foraminal stenosis at L3-L4, L4-L5 and L5-S1 with contact of the exiting left L3 and L4 roots.

CONSENT: Risks, benefits and alternatives were discussed; informed consent was signed.
TIME OUT: Performed.
Pre-procedure pain score: ***/10

PROCEDURE DETAILS: The patient was positioned prone. The skin was anesthetized with 3 cc of 1% lidocaine. Under fluoroscopic guidance, 22-gauge spinal needles were advanced to the left L3-L4, L4-L5 and L5-S1 neural foramina. Omnipaque 300 (total 3 mL) demonstrated perineural spread without intravascular uptake. Depo-Medrol 40 mg/mL, 2 mL (80 mg), was divided among the three levels. AP and lateral views were saved.
SEDATION: None.
Post-procedure pain score: 3/10
COMPLICATIONS: None.
DISPOSITION: Home.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                  levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 30), given("iohexol", 3, "ml")],
        pain=(None, 3), need=ESI_NEED, dos="2026-03-10", pos="11",
        codes=[line("64483", "LT"), line("64484", "LT", units=2), line("J1010", units=80)],
        findings=["level_limit", "pre_procedure_pain_score"],
        comment="Template placeholder '***/10' left unfilled: no pre-procedure score. Three TF levels: level_limit.")

    add("fdw-h-ilesi-01", "hand_formal", """
OPERATIVE REPORT: Thoracic interlaminar epidural steroid injection, T10-T11.
Date of service: 27 October 2025. Setting: ambulatory surgical center.

Clinical summary: The patient is referred for a third thoracic epidural injection. There is left-sided band-like pain wrapping from the mid back around the left lower chest wall in a T10 dermatomal distribution, with allodynia, of seven months' duration. The previous injection helped some. Thoracic MRI demonstrates a left paracentral T10-T11 disc protrusion abutting the exiting left T10 root. A ten-week course of physical therapy failed to control the pain, and pregabalin was stopped for dizziness. The pain prevents sleeping on the left side and limits lifting; Oswestry Disability Index 40%.
Diagnosis: Thoracic radiculopathy (M54.14).
Informed consent: obtained in writing after discussion of risks including pneumothorax, dural puncture and infection.
A procedural pause (time-out) confirmed identity, site and procedure. Pain before the procedure: 6/10.
Technique: Prone position. Under fluoroscopic guidance a 20-gauge Tuohy needle was advanced at T10-T11 through a left paramedian interlaminar approach using loss of resistance to saline. Isovue-M 300, 1.5 mL, showed epidural spread without a vascular or intrathecal pattern on AP and lateral views, both of which were saved. Dexamethasone 10 mg (1 mL of 10 mg/mL) with 3 mL preservative-free saline was injected.
No sedation was administered. Pain after the procedure: 3/10. Complications: none. The patient denies new weakness or numbness.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                  imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 1.5, "ml")],
        pain=(6, 3), need=ESI_NEED, dos="2025-10-27", pos="24",
        codes=[line("62321")], findings=["prior_procedure_response"],
        comment="A third epidural is a repeat; 'helped some' is no documented response.")

    add("fdw-h-ilesi-02", "hand_template", """
Lumbar Interlaminar Epidural Steroid Injection
Date of Service: 05/26/2026   Place: Office
Level: L4-L5
Approach: [left/right] paramedian interlaminar

Indication: Bilateral posterior leg pain and numbness in both feet with walking for 4 months; neurogenic claudication.
Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062)
Conservative care: Failed 6 weeks of PT and NSAIDs.
Function: Oswestry 44%; can walk 1 block.
MRI: moderate to severe central stenosis at L4-L5.
Consent: Written informed consent obtained.
Time-out: Done.
Pain score pre: 7/10

Procedure: Prone. Fluoroscopy. 20 g Tuohy needle advanced to the L4-L5 interlaminar epidural space by loss of resistance. Omnipaque 240, 2 mL: epidural spread, no intrathecal flow. Injected Depo-Medrol ____ mg and 4 mL preservative-free normal saline. AP and lateral images saved.
Sedation: none
Pain score post: 3/10
Complications: ***
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                  imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", None), given("iohexol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2026-05-26", pos="11", complications=None,
        codes=[line("62323")], findings=["complications", "drug_dose"],
        comment="Placeholders left unfilled: 'Depo-Medrol ____ mg' (no dose, no drug line) and 'Complications: ***'. '[left/right]' in the approach needs no side for an interlaminar ESI.")

    add("fdw-h-mbb-01", "hand_conversational", """
Cervical MBB
Laterality: Right
Date: 8/12/25 at the surgery center

Here today for her first diagnostic medial branch block. Her neck pain has been going on for about 2 years, mostly on the left side, worse looking up and turning left, and it doesn't go into her arm. Diagnosis is cervical facet arthropathy - M47.812. She's been through 3 months of PT and takes meloxicam, and neither has really made a dent. NDI 34%; she can't turn to back the car out.
We talked about risks, she signed consent, and we did a time-out. Pain going in was 5/10.
Face down, prepped. Under fluoro I put a 25 g needle on the left C5, C6 and C7 medial branches (for the left C5-C6 and C6-C7 facets) and gave 0.3 mL of 0.5% bupivacaine at each. No sedation, she didn't want any.
Pain after: 0/10 with rotation at 20 min. No complications. Pain diary given; if this and a second block both work, we'll consider RFA.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="left",
                  levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 4.5)],
        pain=(5, 0), need=SPINE_NEED, dos="2025-08-12", pos="24",
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")], findings=["laterality_conflict"],
        comment="Header 'Laterality: Right', needles on the left: codes follow the description (LT), conflict raised.")

    add("fdw-h-rfa-01", "hand_prose", """
Repeat bilateral L4-L5 and L5-S1 radiofrequency ablation, April 28, 2026, in our office procedure suite. He had his first lumbar radiofrequency ablation at these levels in March of last year and reports 70 percent relief that lasted about nine months; the axial low back pain has come back over the past four months. The pain is across the low back without leg radiation, present for more than four years, from lumbar facet arthropathy, M47.816. Therapy, NSAIDs and a home program before the first ablation did not help, and they still don't. His Oswestry is 40 percent and he has stopped golfing. Consent was reviewed and signed, and a time-out was carried out. Pain beforehand was 6/10.

Because he had a vasovagal episode and marked anxiety with his last procedure done without sedation, I gave moderate sedation myself: midazolam 2 mg IV in divided doses, sedation from 09:02 to 09:21, nineteen minutes, with our RN monitoring him independently throughout. He lay prone. Under fluoroscopy I placed 18-gauge RF cannulas along the left L3 and L4 medial branches and the left L5 dorsal ramus, confirmed sensory and motor testing, infiltrated 1 mL of 1% lidocaine at each, and lesioned each at 80 degrees C for 90 seconds. The procedure was then repeated on the right. Pain afterwards 2/10. No complications; discharged with his wife driving.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                  levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("lidocaine", 60), given("midazolam", 2)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-04-28", pos="11",
        codes=[line("64635", "50"), line("64636", "50"), line("99152")], findings=[],
        comment="Repeat RFA with 70% for 9 months: no diagnostic-block criterion. Sedation by the proceduralist 19 min with observer and reason: 99152 only. The vasovagal episode was at an earlier procedure.")

    add("fdw-h-sinb-01", "hand_shorthand", """
R SIJ lateral branch blk (diagnostic, 1st)
9/29/26 office
Rt buttock / SIJ pain x 18 mo, s/p L4-S1 fusion. IA SIJ inj x2 = short relief only. Planning RFA pending this block.
Dx: R sacroiliitis M46.1
Consent + time-out done. Pain pre 6/10.
Moderate sedation given by me for anxiety: Versed 2 mg IV.
Fluoro. 25g needles to R L5 dorsal ramus (sacral ala) + R S1, S2, S3 lateral branches (lateral to the post sacral foramina). 0.5 cc 0.5% bupi at each (4 sites).
Post 1/10 at 30 min.
No cx.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="right",
                  imaging="fluoroscopy", intent="diagnostic", sedation="moderate")],
        drugs=[given("bupivacaine", 10), given("midazolam", 2)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-09-29", pos="11",
        codes=[line("64451", "RT")], findings=["sedation_details"],
        comment="Moderate sedation by the proceduralist without start/stop times, observer or minutes: sedation_details, no 99152.")

    add("fdw-h-stellate-01", "hand_formal", """
PROCEDURE: Left stellate ganglion block under ultrasound guidance.
DATE OF SERVICE: 7 April 2026. LOCATION: Hospital outpatient procedure unit.
INDICATION: Complex regional pain syndrome type I of the left upper limb (G90.512) following a distal radius fracture nine months ago, with burning pain, allodynia, edema and color change in the left hand refractory to occupational therapy, gabapentin and a desensitization program.
CONSENT: Informed consent was obtained in writing after discussion of risks including hoarseness, vascular injection and pneumothorax.
TIME-OUT: Performed.
PRE-PROCEDURE PAIN: 8/10.
TECHNIQUE: Supine with the neck slightly extended. With a linear transducer at the C6 level, the longus colli and the prevertebral fascia were identified on the left. A 25-gauge needle was advanced in-plane, avoiding the carotid artery and the thyroid vessels, to the fascial plane over the longus colli. After negative aspiration, 5 mL of 0.5% ropivacaine was injected in increments under real-time visualization. A representative ultrasound image was recorded and stored.
SEDATION: None.
RESULT: A left Horner's syndrome developed within 10 minutes and the left hand temperature rose by 2 degrees C. Pain 3/10 at 30 minutes.
COMPLICATIONS: None.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left", imaging="ultrasound",
                  sedation="none")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-04-07", pos="22",
        codes=[line("64510"), line("76942", "26")], findings=[])

    add("fdw-h-lsb-01", "hand_shorthand", """
R lumbar sympathetic block - L2, L3

3/18/25, office.
CRPS I R foot / ankle (G90.521) after ankle ORIF 8 mo ago: burning, allodynia, swelling, cold mottled R foot. PT desensitization + gabapentin + nortriptyline, no help.
Time-out done. Pain pre 8/10.
Prone. Fluoro. 22g 5" needles to the anterolateral R L2 and L3 vertebral bodies. Omnipaque 240, 3 cc total - prevertebral spread along the psoas margin, no vascular. 0.25% bupivacaine 5 cc at each level (10 cc).
No sedation.
R foot temp up 3 C at 15 min. Pain post 2/10. No complications.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                  levels=["L2", "L3"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("bupivacaine", 25), given("iohexol", 3, "ml")],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2025-03-18", pos="11",
        consent=False, codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=["consent"],
        comment="64520 does not include imaging: 77002 and, in the office, the contrast (Omnipaque 240, 200-299 mg iodine/mL) as Q9966 x3.")

    add("fdw-h-knee-01", "hand_conversational", """
Left knee injection - ultrasound guided
10/20/2026, clinic

Her left knee has been aching for years, worse on stairs and after walking the dog; X-rays show medial joint space narrowing. Diagnosis: primary osteoarthritis, left knee (M17.12). Tylenol, topical diclofenac and a knee brace aren't cutting it anymore.
Consent signed after we went over infection, a flare and sugar bumps. Time-out done. Pain before: 6/10.
Sitting with the knee slightly bent, superolateral approach. Under ultrasound I watched the 22 g needle enter the suprapatellar recess and injected Depo-Medrol 40 mg (1 mL of 40 mg/mL) with 4 mL of 1% Xylocaine. Saved an image of the needle in the joint.
No sedation. Pain after: 2/10. No complications - she denies any warmth or numbness.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="left",
                  imaging="ultrasound", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-10-20", pos="11", payer="medicare_cgs",
        codes=[line("20611", "LT"), line("J1010", units=40)], findings=[])

    add("fdw-h-kypho-01", "hand_formal", """
PROCEDURE: L1 balloon kyphoplasty, bilateral transpedicular approach.
DATE: 16 June 2026. FACILITY: Hospital outpatient.
INDICATION: Painful osteoporotic compression fracture of L1 (M80.08XA) after a minor fall five weeks ago, with severe midline pain on standing and walking. Four weeks of bracing, scheduled acetaminophen and tramadol failed to make standing tolerable. MRI shows marrow edema on STIR at L1 with 30% height loss and no retropulsion.
CONSENT: Written informed consent obtained.
TIME-OUT: Completed before the skin incision.
ANESTHESIA: Local anesthesia only; the patient declined sedation. Skin and periosteum infiltrated with 20 mL of 1% lidocaine.
PRE-PROCEDURE PAIN: 9/10.
TECHNIQUE: Prone. Under biplane fluoroscopy, bone access cannulas were placed through both L1 pedicles. Balloon tamps were inflated to create cavities, and PMMA cement, 3.5 mL in total, was deposited under continuous lateral fluoroscopy without extravasation.
POST-PROCEDURE PAIN: 3/10 on standing at 1 hour.
COMPLICATIONS: None.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                  imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-06-16", pos="22", codes=[line("22514")], findings=[])

    add("fdw-h-pump-01", "hand_conversational", """
Intrathecal pump refill
7/7/26 - clinic

He's here for his scheduled refill. The pump holds morphine for chronic pain syndrome (G89.4) after failed back surgery; pain has been steady at 4/10 on the current rate and he's happy with it. Consent on file reviewed and re-signed today; time-out done.
I interrogated the pump: reservoir 2.1 mL, alarm date matches. Under sterile conditions I accessed the reservoir port with the template and a 22 g Huber needle, withdrew 2 mL of old drug, and filled the pump with 20 mL of preservative-free morphine 25 mg/mL. No change to the programmed daily dose - no reprogramming done.
Pain after: 4/10. No complications; no signs of withdrawal or overdose. Next refill in about 10 weeks.
""", procs=[proc("pump_refill", target="intrathecal_pump")],
        drugs=[given("morphine", 500)],
        pain=(4, 4), need=("diagnosis",), dos="2026-07-07", pos="11",
        codes=[line("95991")], findings=[],
        comment="Refilled by the author, not reprogrammed: 95991; dose = 20 mL x 25 mg/mL placed in the reservoir.")

    add("fdw-h-scs-01", "hand_prose", """
Spinal cord stimulator trial lead placement, August 4, 2026, hospital outpatient procedure room. He has had failed back surgery syndrome, M96.1, since his L4-S1 fusion four years ago, with low back and bilateral leg pain rated 8/10 today. Physical therapy, gabapentin, duloxetine and two series of epidural injections have all failed. His psychological evaluation last month cleared him for a trial. He signed consent after we discussed infection, lead migration and dural puncture, and a time-out was done. Local anesthesia only, 10 mL of 1% lidocaine at the entry sites; no sedation was used. Prone, fluoroscopy, 14-gauge Tuohy needles at T12-L1 through left and right paramedian entries with loss of resistance, and two 8-contact percutaneous leads were steered up so the tips sat at the top of T8, spanning T8 to T10. Intraoperative testing gave paresthesia coverage of both legs and the low back. The leads were anchored to the skin and dressed. No complications. He will trial for seven days and return for removal.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 100)],
        pain=(8, None), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-08-04", pos="22",
        codes=[line("63650", units=2), line("77003", "26")], findings=["post_procedure_pain_score"])

    add("fdw-h-scsi-01", "hand_formal", """
OPERATIVE NOTE: Permanent spinal cord stimulator implantation - two percutaneous leads and implantable pulse generator.
Date of service: 13 October 2026. Hospital outpatient surgery.
Indication: Failed back surgery syndrome (M96.1) with chronic axial and bilateral leg pain for six years, refractory to physical therapy, gabapentin, duloxetine and prior epidural injections. Psychological evaluation cleared the patient. A 7-day percutaneous trial in August provided a 70% reduction in pain and less opioid use.
Consent: Informed consent was signed.
Time-out: Performed.
Anesthesia: Monitored anesthesia care by the anesthesia service, propofol infusion at 50 mcg/kg/min and midazolam 2 mg, 07:32 to 08:41 (see anesthesia record). Local: 20 mL of 1% lidocaine with epinephrine at the incisions.
Technique: Prone. Under fluoroscopy two 14-gauge Tuohy needles entered the epidural space at T12-L1, and two 8-contact percutaneous leads were advanced to the top of T8. Intraoperative testing confirmed concordant coverage. A midline incision was made, the leads were anchored to the fascia and tunneled to a pocket in the left upper buttock, and connected to a rechargeable pulse generator. Wounds were closed in layers.
Complications: None. Estimated blood loss minimal.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 200)],
        pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-10-13", pos="22",
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[],
        comment="MAC by the anesthesia service with agents, doses and times: no sedation finding, its drugs belong to the anesthesia claim. The pocket's side is no procedure side.")
