"""Sealed batch `dev_fresh_dp` (`fdp-*`): 10 structured notes in generator-like styles and 20 hand-dictated
notes, written fresh for this batch. The gold of each note is written beside it, from the text, by the
conventions of `corpora/README.md`; nobody ran Painpoint on these notes while they were written."""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    notes = add.__globals__["NOTES"]

    def gen(*a, **k):
        """A structured note in one of the generator's styles: recorded as origin 'generated'."""
        add(*a, **k)
        notes[-1]["origin"] = "generated"

    _generated(gen, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


# --------------------------------------------------------------------------------------------------------------
def _generated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdp-tfesi-01", "caps_headers", """
LEFT L4-L5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION

DATE OF SERVICE: 05/14/2025
LOCATION: Office procedure suite

INDICATION: Left leg pain radiating from the buttock down the posterolateral thigh and calf to the dorsum of the
foot, with tingling in the great toe, present for 5 months. Straight leg raise positive on the left at 40 degrees.
He tried 10 weeks of supervised physical therapy and naproxen; neither reduced the leg pain. He can no longer
walk his dog or stand at the workbench for more than 15 minutes.
IMAGING: MRI lumbar spine shows a left foraminal disc protrusion at L4-5 and left foraminal narrowing at L5-S1
touching the exiting L4 and L5 nerve roots.
DIAGNOSIS: Lumbar disc herniation with radiculopathy (M51.16).

CONSENT: Risks, benefits and alternatives reviewed; written consent signed.
TIME-OUT: Performed with all staff, confirming patient, procedure, side and levels.
SEDATION: None.
PRE-PROCEDURE PAIN: 8/10.

PROCEDURE: Prone position, sterile prep and drape. Under fluoroscopic guidance a 22-gauge spinal needle was advanced
into the left L4-L5 neural foramen, then a second needle into the left L5-S1 foramen. Isovue-M 200, 2 mL in total,
outlined the exiting nerve roots with epidural spread and no vascular uptake. Dexamethasone 5 mg was injected
through each needle (10 mg in total). AP and lateral fluoroscopic images were saved to the record.

COMPLICATIONS: None.
POST-PROCEDURE PAIN: 3/10.
DISPOSITION: Discharged ambulatory. Follow up in 3 weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 2, "ml")], pain=(8, 3), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)], findings=[], dos="2025-05-14")

    add("fdp-ilesi-01", "title_headers", """
Cervical Interlaminar Epidural Steroid Injection, C7-T1

Date Of Service: 2025-01-22
Place: Hospital outpatient department

History: Neck pain with pain shooting down the right arm into the thumb and index finger, numbness in the C6
distribution, for 4 months. Spurling test reproduces the right arm pain. Eight weeks of physical therapy and a
course of gabapentin gave no meaningful relief; gabapentin caused dizziness. She has had to stop driving and
cannot lift her grandchild.
Imaging: MRI cervical spine shows a right paracentral disc protrusion at C5-6 with foraminal stenosis.
Diagnosis: Cervical radiculopathy (M54.12).

Consent: Written informed consent obtained after discussion of risks including dural puncture.
Time-Out: Completed before the procedure.
Sedation: None; patient declined.
Pain Before: 7/10

Procedure: Seated, neck flexed. The C7-T1 interspace was identified under fluoroscopy. Using a loss of resistance
technique with saline, an 18-gauge Tuohy needle entered the epidural space by the interlaminar approach. Omnipaque
240, 1.5 mL, showed epidural spread on contralateral oblique view without intrathecal or vascular pattern.
Triamcinolone (Kenalog-40) 60 mg diluted with 2 mL preservative-free saline was injected. Images were saved.

Complications: None.
Pain After: 4/10
Plan: Reassess in 4 weeks.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 60), given("iohexol", 1.5, "ml")], pain=(7, 4), need=ESI_NEED,
        codes=[line("62321")], findings=["saved_images"], dos="2025-01-22", pos="22",
        comment="'Images were saved.' states no view count: saved_images (min two views).")

    add("fdp-mbb-01", "bullets", """
Bilateral L4-L5 and L5-S1 medial branch blocks (diagnostic)

- Date: 2024-11-05; ambulatory surgery center
- Indication: axial low back pain worse with extension and rotation, no radiation below the knee, for 9 months
- Conservative care: 12 weeks of physical therapy and home exercise, then meloxicam; pain persisted despite both
- Function: unable to stand at the sink or walk longer than 10 minutes; stopped golfing
- Diagnosis: lumbar spondylosis without radiculopathy (M47.816)
- Intent: diagnostic, first of two comparative blocks
- Consent: signed after risks reviewed
- Sedation: none
- Pain before: 6/10
- Technique: fluoroscopy-guided; 22-gauge needles to the bilateral L3 and L4 medial branches and the L5 dorsal rami
  (six nerves); 0.5 mL of 0.5% bupivacaine at each nerve
- Pain after: 1/10 at 30 minutes
- Complications: none
- Plan: pain diary; second block with lidocaine if this one is positive
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=["time_out"], dos="2024-11-05", pos="24")

    add("fdp-rfa-01", "inline_fields", """
Procedure: Right C4-C5 and C5-C6 facet radiofrequency ablation | Date: 2026-01-13 | Setting: ASC | Payer: Medicare
Indication: right-sided neck pain into the trapezius for 2 years, worse with looking up and turning right; no arm symptoms. Physical therapy for 3 months and tizanidine did not help. Cannot check blind spots while driving; sleep interrupted nightly.
Diagnostic blocks: right C4, C5, C6 medial branch blocks on two occasions with 90% and 85% relief for the duration of the anesthetic.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).
Consent: signed. Time-out: done. Sedation: none. Pain pre: 6/10.
Technique: fluoroscopic guidance; 18-gauge RF cannulae placed on the right C4, C5 and C6 medial branches; sensory and motor testing satisfactory; 0.5 mL of 2% lidocaine at each site, then thermal lesions at 80 C for 90 seconds.
Complications: none. Pain post: 3/10.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 30)], pain=(6, 3), need=SPINE_NEED,
        codes=[line("64633", "RT"), line("64634", "RT")], findings=[], dos="2026-01-13", pos="24")

    add("fdp-si-01", "odd_spacing", """
LEFT   SACROILIAC   JOINT   INJECTION  --  therapeutic

Date of service:    09/12/2023        POS:   office
Indication :   left buttock and posterior pelvic pain ,  3 of 5 provocation tests positive ,  for 7 months .
Conservative care :   PT x 8 weeks and ibuprofen  ---  no lasting change .
Prior diagnostic left SI joint block  gave   80 %   relief .
Dx :   Sacroiliitis , left  (M46.1)
Consent  :  obtained ,  signed .     Time out  :  performed .
Sedation :  none
Pain  pre :  7/10

Technique :   under fluoroscopy a 22 g spinal needle entered the inferior left SI joint ;   Omnipaque 300  0.5 mL
confirmed an intra-articular arthrogram ;   Depo-Medrol 40 mg  (single-dose vial ,  none discarded)  with  2 mL
0.2% ropivacaine  injected .    AP and oblique images saved .

Complications :  none
Pain  post :  2/10  ,  71 % relief
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("ropivacaine", 4), given("iohexol", 0.5, "ml")],
        pain=(7, 2), need=minus(SPINE_NEED, "functional_impairment"),
        codes=[line("27096", "LT"), line("J1030", "JZ")], findings=[], dos="2023-09-12",
        comment="Before 2024-04-01: methylprednisolone 40 mg is J1030; single-dose vial with nothing discarded after 2023-07-01: JZ.")

    add("fdp-tpi-01", "attestation", """
Trigger Point Injections, four muscles

Date: 2025-07-08. Office.
Indication: Myofascial pain of the neck and upper back for 6 months. Examination finds taut bands with local twitch
responses and referred pain in the right and left upper trapezius, the right levator scapulae and the left
rhomboid.
Diagnosis: Myalgia of auxiliary muscles, head and neck (M79.12).
Consent was obtained. A time-out was performed. Pain before: 7/10.
Procedure: After alcohol prep, a 25-gauge needle was directed into each trigger point: right upper trapezius,
left upper trapezius, right levator scapulae, left rhomboid. 2 mL of 1% lidocaine at each muscle (8 mL in all).
Pain after: 3/10. No complications.

Attestation: I was present for and personally performed the entire procedure. The note above reflects my findings.
""", procs=[proc("trigger_point")], drugs=[given("lidocaine", 80)], pain=(7, 3), need=("diagnosis", "symptom_duration"),
        codes=[line("20553")], findings=["percent_relief"], dos="2025-07-08",
        comment="Relief only implied by 7 -> 3: percent_relief (README: implied relief still lists it).")

    add("fdp-gnb-01", "caps_headers", """
RIGHT GENICULAR NERVE BLOCK

DATE: 03/03/2026          SETTING: OFFICE
INDICATION: Right knee pain from osteoarthritis, 3 years, limiting stairs; not a surgical candidate at present.
Intra-articular steroid injections last year helped briefly. Block planned before radiofrequency ablation.
DIAGNOSIS: Unilateral primary osteoarthritis, right knee (M17.11).
CONSENT: Written consent obtained.
TIME OUT: Done.
PRE-PROCEDURE PAIN SCORE: 7/10

PROCEDURE: Supine, knee bolstered. Under fluoroscopy, 22-gauge needles placed at the superomedial, superolateral and
inferomedial genicular nerves of the right knee. 0.5% bupivacaine was injected at each nerve.

COMPLICATIONS: None.
POST-PROCEDURE PAIN SCORE: 1/10
PLAN: If relief of 50% or more is recorded, schedule right genicular RFA.
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("bupivacaine", None)], pain=(7, 1), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64454", "RT")], findings=["drug_dose"], dos="2026-03-03")

    add("fdp-occ-01", "dictated", """
Bilateral greater occipital nerve blocks. Date of service 2024-09-17, office. The patient has had occipital
headaches for more than a year, shooting from the base of the skull over the vertex on both sides, with tenderness
over both greater occipital nerves; the diagnosis is occipital neuralgia (M54.81). Consent was signed after we
discussed the risks. A time-out was performed. Pain before the block was 8/10. Landmark technique without imaging:
a 27-gauge needle was placed medial to the occipital artery on each side, and a solution of triamcinolone 20 mg
with 2 mL of 0.25% bupivacaine was injected on the right and the same on the left, for triamcinolone 40 mg in all.
Pain after the block was 2/10. He will keep a headache diary and return in six weeks.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 10)], pain=(8, 2),
        need=("diagnosis", "symptom_duration"),
        codes=[line("64405", "50"), line("J3301", units=4)], findings=["complications"], dos="2024-09-17",
        complications=None)

    add("fdp-lsb-01", "title_headers", """
Left Lumbar Sympathetic Block At L3

Date Of Service: 2025-04-29
Facility: Hospital Outpatient

Indication: Burning pain, allodynia, swelling and color change of the left foot and ankle since an ankle fracture
9 months ago; meets Budapest criteria.
Diagnosis: Complex regional pain syndrome I of left lower limb (G90.522).
Consent: Obtained in writing.
Time-Out: Performed.
Sedation: None.
Pain Score Before: 8/10

Procedure: Prone. Fluoroscopy was used to guide a 20-gauge needle to the anterolateral border of the L3 vertebral
body on the left. Omnipaque 240, 3 mL, spread along the sympathetic chain without vascular or psoas uptake.
0.25% bupivacaine 10 mL was injected in divided doses. The left foot warmed by 2.5 degrees C.

Complications: None.
Pain Score After: 3/10
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left", levels=["L3"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("bupivacaine", 25), given("iohexol", 3, "ml")], pain=(8, 3), need=("diagnosis", "symptom_duration"),
        codes=[line("64520"), line("77002", "26")], findings=[], dos="2025-04-29", pos="22")

    add("fdp-pump-01", "bullets", """
Intrathecal pump refill and reprogramming

- Date: 2026-06-02, clinic
- Indication: chronic pain syndrome with intrathecal drug delivery system (G89.4)
- Consent: verbal and written consent on file
- Time-out: done
- Refilled by me: old reservoir volume aspirated, 20 mL of morphine 25 mg/mL placed in the reservoir
- Reprogrammed: daily dose increased by 10%, new alarm date set
- Pain before: 6/10; after: 6/10
- Complications: none
""", procs=[proc("pump_refill")], drugs=[given("morphine", 500)], pain=(6, 6), need=("diagnosis",),
        codes=[line("62370")], findings=[], dos="2026-06-02", payer="medicare_cgs")


# --------------------------------------------------------------------------------------------------------------
def _hand_spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdp-h-tfesi-01", "hand_prose", """
Bilateral L4/5 and L5/S1 selective nerve root blocks

This is a 71-year-old woman with six months of pain in both legs, the left worse than the right, running from the
buttocks down the back of the thighs into the calves, with numbness on the soles of both feet. Straight leg raise
is positive on both sides. She went through ten weeks of physical therapy and still has the leg pain despite it;
duloxetine made her nauseated. She can't get through her grocery shopping and stopped her water aerobics. The MRI
from March shows bilateral foraminal stenosis at L4-5 and L5-S1 with contact on the exiting nerve roots.
Diagnosis is lumbar radiculopathy, M54.16.

Consent was signed. We did a time-out. No sedation. Pain before was 7/10.

Under fluoroscopy a needle was placed in the left L4/5 foramen and another in the left L5/S1 foramen. A syringe was
made up of Kenalog 40 mg/mL 2 mL and 1% lidocaine 2 mL, and 1 mL of the mix was injected at each site after
Omnipaque showed perineural spread without vascular flow. The same was repeated on the contralateral side at both
levels. AP and lateral images saved. No complications. Pain after, 2/10. She'll see me in a month.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("lidocaine", 20), given("iohexol", None, "ml")], pain=(7, 2),
        need=ESI_NEED, codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=8)], findings=[],
        dos="2026-02-03",
        comment="4 mL of a 40 mg/mL + 1% mix split as 1 mL at 4 sites: triamcinolone 80 mg, lidocaine 20 mg (2 mL of 1%); Omnipaque without an amount (contrast, no line).")

    add("fdp-h-tfesi-02", "hand_prose", """
RIGHT L5-S1 TFESI

Repeat injection. His last L5-S1 transforaminal injection, five months ago, gave him about 70% relief of the leg pain
for four months before it crept back. Pain goes from the left buttock down the lateral leg to the little toe, with
an absent left ankle jerk, for eleven months in all. PT for 8 weeks and celecoxib did not control
it. He can't sit through a work meeting. MRI: left L5-S1 foraminal herniation
compressing the S1 root. Dx left S1 radiculopathy, lumbosacral, M54.17.

Consent signed, time-out done, no sedation. Pain 6/10 before.

Fluoroscopy: the needle was advanced into the left L5-S1 foramen. Contrast showed a clean neurogram along the left
S1 root, no vascular uptake. Dexamethasone 10 mg with 1 mL of saline injected. Two views saved, AP and lateral.
No complications. 2/10 afterwards.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10)], pain=(6, 2), need=ESI_NEED,
        codes=[line("64483", "LT")], findings=["laterality_conflict"], dos="2025-12-09", pos="24",
        comment="Title says RIGHT, the needle went into the left foramen and the history is left: codes follow the description, laterality_conflict.")

    add("fdp-h-caudal-01", "hand_prose", """
Caudal epidural steroid injection. Date 2/20/2024, office.

Seventy-eight-year-old man with neurogenic claudication, both legs ache and go numb after a block of walking and
ease when he sits or leans on a cart, for about a year. He completed physical therapy for 8 weeks and uses
meloxicam daily. He now cannot walk through the store and has stopped his morning walks. MRI shows severe central
canal stenosis at L3-4 and L4-5. Diagnosis lumbar spinal stenosis with neurogenic claudication (M48.062).

Consent obtained and signed. Time-out. No sedation. Pain 6/10.

Prone. Under fluoroscopy a 20-gauge needle was passed through the sacral hiatus into the caudal epidural space.
Omnipaque 240, 4 mL, spread up to L4 without vascular runoff. Depo-Medrol 80 mg with 8 mL of preservative-free
saline and 2 mL of 1% lidocaine was injected. Lateral and AP images were saved.

No complications. Post pain 3/10. Will consider a second injection in 3 months if helpful.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 20), given("iohexol", 4, "ml")], pain=(6, 3),
        need=minus(ESI_NEED, "conservative_care"), codes=[line("62323"), line("J1040")],
        findings=["conservative_care"], dos="2024-02-20",
        comment="Care listed and completed with no stated outcome: conservative_care. Before 2024-04-01: 80 mg is J1040 x1.")

    add("fdp-h-ilesi-02", "hand_prose", """
Thoracic interlaminar epidural, T10-T11. Hospital outpatient.

She describes a band of burning pain wrapping around the right lower chest wall into the upper abdomen for five
months, with hypersensitivity in the T10 dermatome. Ten weeks of therapy, a lidocaine patch and gabapentin have
not helped; gabapentin was stopped for sedation. She can't wear a bra or sleep on her right side. Thoracic
radiculopathy, M54.14.

Consent was signed, time-out was called. No sedation given. Pain 7/10 prior.

Under fluoroscopy the T10-T11 interspace was entered by an interlaminar approach with a 20-gauge Tuohy needle using
loss of resistance. Isovue-M 200, 1 mL, confirmed epidural spread. Celestone Soluspan 12 mg (2 mL) was injected
with 2 mL of saline. AP and lateral images saved. No complications. Pain 3/10 after.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 12), given("iopamidol", 1, "ml")], pain=(7, 3),
        need=minus(ESI_NEED, "imaging_findings"), codes=[line("62321")], findings=["imaging_findings"],
        dos="2025-03-18", pos="22")

    add("fdp-h-ilesi-03", "hand_prose", """
L5-S1 ILESI under moderate sedation.

Fifty-four-year-old man with pain down the right leg along the back of the calf into the heel, numbness of the
lateral foot, and a reduced right ankle reflex, for four months. Straight leg raise positive on the right. He did
twelve weeks of physical therapy with no change in the leg pain and ibuprofen upset his stomach. He has missed
work as a delivery driver because he cannot get in and out of the truck. MRI lumbar spine shows a right
paracentral disc extrusion at L5-S1 displacing the traversing S1 root. Diagnosis: lumbar disc herniation with
radiculopathy, M51.17.

He has severe procedural anxiety and had a vasovagal episode with a prior dental injection, so moderate sedation was
planned. Consent was signed for the procedure and sedation. Time-out completed. Pre-procedure pain 8/10.

Moderate sedation was given by me with midazolam 2 mg IV and fentanyl 50 mcg IV; an RN independent observer
monitored him throughout. Sedation start 09:12, end 09:27, 15 minutes intraservice.

Under fluoroscopic guidance the L5-S1 interspace was entered with an 18-gauge Tuohy needle by the interlaminar
approach using loss of resistance. 1% lidocaine 2 mL was used for skin. Omnipaque 240, 3 mL, showed epidural
spread. Decadron 10 mg from a single-dose vial, nothing wasted, was injected with 4 mL of saline. AP and lateral
images were saved. No complications. Pain 2/10 in recovery.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iohexol", 3, "ml"),
               given("midazolam", 2), given("fentanyl", 50, "mcg")], pain=(8, 2), need=ESI_NEED,
        codes=[line("62323"), line("99152"), line("J1100", "JZ", units=10)], findings=[], dos="2025-08-19",
        payer="medicare_cgs",
        comment="Moderate sedation by the proceduralist, 15 min with an RN observer: 99152 (no 99153 below 23 min); justification stated.")

    add("fdp-h-mbb-01", "hand_prose", """
Right cervical medial branch blocks, C5-6 and C6-7, diagnostic.

Right-sided neck pain for eight months, worse with extension, tender over the right lower cervical
facets, no arm symptoms. Physical therapy for 8 weeks and meloxicam did not help. Diagnosis: cervical spondylosis
without myelopathy or radiculopathy, M47.812. This is the first of two planned comparative blocks.

Consent signed. Time-out done. No sedation. Pain 6/10.

Under fluoroscopic guidance with the patient prone, 25-gauge needles were placed at the waists of the right C5, C6
and C7 articular pillars targeting the medial branches that supply the C5-6 and C6-7 facet joints. 0.5 mL of 0.5%
bupivacaine at each of the three nerves. No complications. Pain 1/10 after, with full rotation.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 7.5)], pain=(6, 1), need=minus(SPINE_NEED, "functional_impairment"),
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["functional_impairment"],
        dos="2025-06-24", pos="24")

    add("fdp-h-facet-01", "hand_prose", """
Bilateral L3-4, L4-5, L5-S1 intra-articular facet injections, therapeutic

Axial low back pain for two years, worse with standing and extension. Two comparative medial branch blocks last
spring gave 90% and 85% relief. He declined radiofrequency ablation. Six months of physical therapy and home
exercise, then naproxen, did not relieve it. No prior therapeutic facet injections. He can stand only 10 minutes
to cook. Lumbar facet arthropathy,
M47.816.

Consent signed, time-out performed, no sedation. Pain 7/10.

Fluoroscopy. A mixture of Depo-Medrol 40 mg/mL 1.5 mL and 0.5% bupivacaine 1.5 mL was drawn up. A 22-gauge needle
entered the right L3-4 facet joint and 0.5 mL of the mixture was injected into the joint; the same was done at the
right L4-5 and L5-S1 joints and repeated on the left at all three levels. Intra-articular position was confirmed at
each joint. No complications. Pain 2/10.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 60), given("bupivacaine", 7.5)], pain=(7, 2), need=SPINE_NEED,
        codes=[line("64493", "50"), line("64494", "50"), line("64495", "50"), line("J1010", units=60)],
        findings=["level_limit"], dos="2024-06-11",
        comment="0.5 mL of a 3 mL 1:1 mix at six joints = all 3 mL: methylprednisolone 60 mg, bupivacaine 7.5 mg. Three joints: level_limit.")

    add("fdp-h-rfa-01", "hand_prose", """
Left L2-3 through L5-S1 radiofrequency rhizotomy, repeat. Hospital outpatient.

Her previous left lumbar RF neurotomy nine months ago gave 70% relief for seven months; the axial left low back
pain has now returned to baseline. Pain for four years in all. Physical therapy and NSAIDs in the past failed to
help. She cannot vacuum or stand long enough to cook. Lumbar spondylosis, M47.816.

Consent signed, time-out, no sedation. Pain 7/10 before.

Under fluoroscopy, RF cannulae were placed along the left L1, L2, L3 and L4 medial branches and the left L5 dorsal
ramus. Sensory stimulation reproduced her pain and motor testing showed no leg response. 1 mL of 2% lidocaine at each
of the five nerves, then RF lesioning at 85 degrees for 90 seconds at each. No complications. Pain 3/10.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 100)], pain=(7, 3), need=SPINE_NEED,
        codes=[line("64635", "LT"), line("64636", "LT", units=3)], findings=[], dos="2025-10-21", pos="22",
        comment="L1-L4 medial branches and the L5 dorsal ramus: joints L2-L3 through L5-S1. Repeat with 70% for 7 months (>= 180 days).")

    add("fdp-h-tfesi-03", "hand_prose", """
Cervical transforaminal epidural steroid injection
Side: LEFT
Levels: C5-C6, C6-C7
Place: hospital outpatient

Pain radiating from the right side of the neck through the shoulder to the middle finger, triceps weakness on the
right. Eight weeks of physical therapy and prednisone taper gave only brief relief. Unable to lift her arms to
wash her hair. MRI: right C5-6 and C6-7 foraminal stenosis. Cervical radiculopathy, M54.12.

Consent signed. Time-out done. No sedation. Pain 8/10.

Under fluoroscopy needles were placed into the right C5-C6 and right C6-C7 foramina in the oblique view. Real-time
contrast with Omnipaque 240 showed no vascular uptake. Dexamethasone 5 mg was given at each level. AP and oblique
images were saved. No complications. Pain 4/10 after.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iohexol", None, "ml")], pain=(8, 4),
        need=minus(ESI_NEED, "symptom_duration"), codes=[line("64479", "RT"), line("64480", "RT")],
        findings=["laterality_conflict", "symptom_duration"], dos="2026-04-14", pos="22",
        comment="Header side LEFT, needles in the right foramina: codes follow the description; no duration of symptoms.")

    add("fdp-h-sinb-01", "hand_prose", """
Right sacroiliac lateral branch blocks. Office.

Right SI joint region pain below the belt line for a year, relieved 80% by an intra-articular SI injection last
spring for two weeks only; now considering radiofrequency. Diagnosis sacroiliitis, M46.1. Consent signed,
time-out done, no sedation. Pain 6/10.

Using fluoroscopy, 25-gauge needles were placed at the right L5 dorsal ramus and the right S1, S2 and S3 lateral
branches at the lateral sacral foramina. 0.5 mL of 0.5% bupivacaine was injected at each of the four nerves.
No complications. Pain 1/10 at 30 minutes.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("bupivacaine", 10)], pain=(6, 1), need=("diagnosis", "symptom_duration"),
        codes=[line("64451", "RT")], findings=[], dos="2026-05-19")

    add("fdp-h-sirfa-01", "hand_prose", """
Left SI joint radiofrequency ablation. Ambulatory surgery center.

Left sacroiliac pain for three years, with two lateral branch blocks giving 85% and 80% relief. Diagnosis:
sacroiliitis (M46.1). Consent was signed. Time-out performed. No sedation. Pain 7/10 before.

Under fluoroscopic guidance, RF lesioning of the left L5 dorsal ramus and the S1, S2 and S3 lateral branches was
carried out after sensory testing, with 1 mL of 2% lidocaine at each of the four sites before lesioning. No
complications. 3/10 after.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 80)], pain=(7, 3), need=("diagnosis", "symptom_duration"),
        codes=[line("64625", "LT")], findings=["approach"], dos="2025-11-04", pos="24",
        comment="No thermal/cooled/pulsed technique or temperature stated: the RF technique (approach).")

    add("fdp-h-kypho-01", "hand_prose", """
L1 kyphoplasty. Hospital outpatient.

Eighty-two-year-old woman with an osteoporotic L1 compression fracture after a fall six weeks ago. MRI shows marrow
edema in L1 with 30% height loss. A lumbar brace and scheduled acetaminophen for five weeks have not controlled the
pain and she is bed-bound. Diagnosis: age-related osteoporosis with current pathological vertebral fracture,
M80.08XA. Consent signed. Time-out performed. Pain 9/10 before.

Under biplane fluoroscopy, bilateral transpedicular access to L1 was obtained after 10 mL of 1% lidocaine. Balloon
tamps created a cavity and PMMA cement was placed with good fill and no leak. No complications. Pain 4/10 in
recovery.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)], pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care",
                                                          "functional_impairment", "imaging_findings"),
        codes=[line("22514")], findings=[], dos="2025-02-11", pos="22")


# --------------------------------------------------------------------------------------------------------------
def _hand_other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdp-h-pnb-01", "hand_prose", """
Right suprascapular nerve block under ultrasound.

Right shoulder pain from glenohumeral osteoarthritis, M19.011, for two years, not a surgical candidate; she cannot
reach overhead to dress. Consent signed. Time-out done. Pain 7/10.

With a linear probe in the suprascapular fossa, the right suprascapular nerve was identified beside the
suprascapular artery and a 22-gauge needle advanced in plane. 5 mL of 0.5% bupivacaine with 4 mg of dexamethasone
was injected around the nerve. An ultrasound image was saved to the chart. No complications. Pain 2/10 after.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound")],
        drugs=[given("bupivacaine", 25), given("dexamethasone_sodium_phosphate", 4)], pain=(7, 2),
        need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)], findings=[], dos="2026-07-07")

    add("fdp-h-stellate-01", "hand_prose", """
Right stellate ganglion block, ultrasound-guided. Office.

Complex regional pain syndrome type I of the right upper limb, G90.511, after a distal radius fracture ten months
ago: burning pain, swelling and mottling of the right hand. Consent signed. Time-out. No sedation. Pain 8/10.

With the neck slightly extended, a linear probe at C6 showed the longus colli beneath the prevertebral fascia. A
25-gauge needle was advanced in plane, avoiding the vessels, and 5 mL of 0.5% ropivacaine was injected in
increments after negative aspiration. Image saved. Horner's sign appeared on the right with a 2 degree rise in hand
temperature. No complications. Pain 4/10 at 20 minutes.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right", imaging="ultrasound",
                 sedation="none")],
        drugs=[given("ropivacaine", 25)], pain=(8, 4), need=("diagnosis", "symptom_duration"),
        codes=[line("64510"), line("76942")], findings=[], dos="2025-09-30")

    add("fdp-h-impar-01", "hand_prose+truncated", """
Ganglion impar block under fluoroscopy, hospital outpatient.

Coccydynia for eighteen months after a fall on the ice, sitting tolerance 10 minutes. Sacrococcygeal disorder,
M53.3. Consent signed. Time-out. Pain 7/10 before.

Prone. Under fluoroscopy a 22-gauge needle was passed through the sacrococcygeal junction to the anterior surface;
Omnipaque 240, 1 mL, outlined the retroperitoneal space in a comma shape. 4 mL of 0.25% bupivacaine with Kenalog 40 mg
was injected. No complications. In recovery she was sitting comfortably and her pain was
""", procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 40), given("iohexol", 1, "ml")], pain=(7, None),
        need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64999"), line("77002", "26")], findings=["post_procedure_pain_score"], dos="2024-12-03", pos="22",
        comment="Cut off before the post-procedure score: post_procedure_pain_score.")

    add("fdp-h-genrfa-01", "hand_prose", """
Left genicular RF ablation. Office.

Left knee osteoarthritis, M17.12, for four years, pain limiting walking to one block. Not a candidate for knee
replacement because of cardiac disease. A diagnostic left genicular nerve block in February gave 75% relief for the
day. Consent signed. Time-out. Pain 7/10.

Fluoroscopic guidance. RF cannulae were placed at the superolateral, superomedial and inferomedial genicular
nerves of the left knee; sensory testing concordant, motor testing negative. 1 mL of 2% lidocaine at each, then
thermal lesions at 80 degrees C for 90 seconds. No complications. Pain 2/10. We will consider the right knee
later; no plan for the right today.
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)], pain=(7, 2), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64624", "LT")], findings=[], dos="2026-08-25")

    add("fdp-h-hip-01", "hand_prose", """
Right hip injection, fluoroscopic. Office.

Right hip osteoarthritis (M16.11), groin pain for a year limiting stairs. Time-out done. Pain 6/10.
Under fluoroscopy a 22-gauge spinal needle was advanced to the right femoral head-neck junction; contrast was
not used because of a prior reaction. 1 mL Kenalog 40 and 3 mL of 1% lidocaine were injected intra-articularly.
No complications. Pain 2/10 after.
""", procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip", laterality="right",
                 imaging="fluoroscopy", contrast=False)],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30)], pain=(6, 2),
        need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("20610", "RT"), line("77002"), line("J3301", units=4)], findings=["consent"], dos="2025-05-27",
        consent=False, payer="medicare_fcso")

    add("fdp-h-scstrial-01", "hand_prose", """
Spinal cord stimulator trial, two percutaneous leads. Ambulatory surgery center.

Failed back surgery syndrome, M96.1, with bilateral leg and low back pain for six years after an L4-S1 fusion.
Physical therapy, medications and two epidurals have failed to control the pain. Psychological evaluation last month
cleared her for stimulation. Consent signed. Time-out done. No sedation. Pain 8/10.

Under fluoroscopy, after 10 mL of 1% lidocaine, two 8-contact percutaneous leads were placed through a left
paramedian T12-L1 approach and steered to the top of T8 and mid T8. Paresthesia mapping covered both legs. Leads
anchored and connected to the external generator. No complications. Pain 3/10 with stimulation.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 100)], pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("63650", units=2), line("77003", "26")], findings=[], dos="2025-03-04", pos="24")

    add("fdp-h-scsimp-01", "hand_prose", """
Permanent spinal cord stimulator implant. Hospital outpatient.

Complex regional pain syndrome of the right lower limb (G90.521) for three years. Sympathetic blocks, physical
therapy and gabapentin did not give lasting relief. Her 7-day trial gave 65% pain reduction. Consent signed.
Time-out done. No sedation; local only.

Under fluoroscopy and 20 mL of 1% lidocaine, two percutaneous leads were placed at T10 and T11 and anchored. A
pocket in the left flank received the implanted pulse generator, connected through a subcutaneous tunnel.
Impedances normal. No complications.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 200)], pain=(None, None), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=["indication"],
        dos="2026-09-15", pos="22",
        comment="No psychological evaluation is mentioned: scs.psychological_evaluation (indication).")

    add("fdp-h-tpi-02", "hand_prose", """
Botox trigger point injections, right trapezius and right splenius capitis. Office.

Myofascial neck pain for a year, M79.12, with taut bands and twitch responses in the right upper trapezius and
splenius capitis; lidocaine trigger point injections helped only for days. Consent signed. Time-out. Pain 7/10.

Botox 100 units was reconstituted from a single-use vial: 40 units into the right upper trapezius and 20 units
into the right splenius capitis (60 units), 40 units discarded. No complications. Pain 4/10 after, about 40%
relief.
""", procs=[proc("trigger_point")],
        drugs=[given("onabotulinumtoxinA", 60, "units")], pain=(7, 4), need=("diagnosis", "symptom_duration"),
        codes=[line("20552"), line("J0585", units=60), line("J0585", "JW", units=40)], findings=[], dos="2025-10-07")
