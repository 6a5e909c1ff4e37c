"""The 30 notes of sealed batch ab: OUTSIDE RECORDS as a pain clinic receives them - faxed or scanned
procedure notes turned into text by OCR (fax banners, 'Page 1 of 2' footers, repeated letterheads mid-note,
hard line wraps inside sentences and levels, words hyphenated across lines, sparing OCR confusions such as
'l' for '1' or 'rn' for 'm' in non-critical places, column-shifted header fields, referral-packet summary
boxes, records-release copies, discharge instructions stapled to the note). Wordings are our own; gold was
labelled by hand before any Painpoint run. 18 notes are complete; 12 leave out one element (the `findings`
of each `add`). A value the OCR garbled beyond a careful reader is treated as missing."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _sacroiliac(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, minus)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Interlaminar, caudal and transforaminal epidurals (9 notes)."""
    add("fab-ilesi-01", "ocr_fax", """
FROM: VALLEY SPINE & PAIN ASSOC   FAX   03/O4/2026 14:22   P. 001/002
CONFIDENTIAL - intended only for the receiving provider
OPERATIVE NOTE
Procedure:   Lumbar interlaminar epidural steroid injection, L5-S1, fluoroscopic guidance
Diagnosis:   Lumbosacral radiculopathy (M54.17)
HISTORY: 58 y/o male with right buttock and posterior thigh pain running to the
heel and sole for 4 months, numbness of the lateral right foot, right ankle jerk
diminished, straight leg raise positive on the right at 45 degrees. He completed 8
weeks of physical therapy without improvement and meloxicam gave no relief. He can-
not stand long enough to finish a shift at the warehouse. MRI lumbar spine shows
a right paracentral L5-S1 disc extrusion compressing the traversing right S1
nerve root.
Pain before procedure 8/10.
PROCEDURE: Risks and benefits reviewed, written consent signed. Time-out perfor-
med. Prone, sterile prep and drape. Skin wheal with 3 mL of 1% lidocaine. Under
fluoroscopy a 20 g Tuohy needle was advanced right paramedian at L5-
S1 to loss of resistance. Omnipaque 180, 2 mL, confirmed epidural spread with no
vascular uptake. Kenalog 80 mg (2 mL) plus 3 mL preservative-free saline injected.
AP and lateral images saved.
                                                          Page 1 of 2
VALLEY SPINE & PAIN ASSOC          Printed by: HIM records
Post-procedure pain 3/10. Complications: none. Discharged ambulatory.
                                                          Page 2 of 2
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-03-04", codes=[line("62323"), line("J3301", units=8)], findings=[],
        comment="fax banner date with an O for a 0; the level wraps across a page line ('L5-' / 'S1')")

    add("fab-ilesi-02", "ocr_scan", """
NORTHRIDGE AMBULATORY SURGERY CENTER
PROCEDURE RECORD                                     CONFIDENTIAL
Procedure                Cervical interlaminar ESI
Level          C6-C7                 Guidance      fluoroscopy
Diagnosis      Cervical radiculopathy M54.12
Indication: Left arm pain from the shoulder down the back of the arm to the middle
finger for 3 months with tingling of the left index and middle fingers; left triceps
reflex reduced. She has done PT and takes gabapentin. She is unable to lift her
grandchild or carry groceries with the left arm. MRI cervical spine: left C6-7 disc
osteophyte complex with moderate left foraminal narrowing abutting the left C7 root.
Pre-procedure pain  7/10
Consent obtained; time-out completed.
Technique: prone, 18 g Tuohy at C6-C7 just left of midline, loss of resistance with
saline. Isovue-M 300 1.5 mL showed epidural spread on the contralateral oblique
view. Depo-Medrol 80 mg with 2 mL preservative free saline injected.
AP and contralateral oblique images saved.
Post-procedure pain  2/10     Complications  none
NORTHRIDGE AMBULATORY SURGERY CENTER                    Page l of l
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1.5, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 2), need=minus(ESI_NEED, "conservative_care"), dos="2026-01-21", pos="24",
        codes=[line("62321")], findings=["conservative_care"],
        comment="PT and gabapentin listed with no outcome")

    add("fab-caudal-01", "ocr_fax", """
***  FAX  ***  2026-04-15  09:O3  TO: PAIN CLINIC  FROM: LAKESHORE PHYSICAL MED  PG 1/1
CAUDAL EPIDURAL STEROID INJECTION - copy for referring office
DIAGNOSIS: Spinal stenosis, lumbar region with neurogenic claudication (M48.062)
HISTORY: 77 year old woman with aching and heaviness of both buttocks and thighs
into the calves after walking about one block for 8 months, relieved by sitting
and leaning forward. Twelve weeks of physical therapy did not help; acetamino-
phen and a trial of gabapentin gave no relief. She stopped going to church
because she cannot stand through the service.
PAIN BEFORE: 7/10
Consent signed. Time out held.
PROCEDURE: Prone. Sacral hiatus palpated and confirmed on lateral fluoroscopy. A
20 g Tuohy needle entered the caudal canal. Omnipaque 180, 4 mL, spread cephalad
to L5 with no intravascular pattern. Injected Celestone Soluspan 12 mg with 4 mL
of 0.25% bupivacaine. AP and lateral images saved to PACS.
PAIN AFTER: 3/10.   COMPLICATIONS: none.
~ LAKESHORE PHYSICAL MED ~ Printed by: front desk
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("bupivacaine", 10)],
        pain=(7, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2026-04-15",
        codes=[line("62323"), line("J0702", units=2)], findings=["imaging_findings"],
        comment="no imaging study or result anywhere in the faxed copy")

    add("fab-caudal-02", "records_release", """
RECORDS RELEASE COPY - released to requesting provider per signed authorization
Original document: procedure note, outpatient hospital
===================================================================
PROCEDURE:  Caudal epidural steroid injection with epidurography
DIAGNOSIS:  Intervertebral disc disorder with radiculopathy, lumbosacral (M51.17)
INDICATION: Six months of left buttock and calf pain reaching the outer foot with
numbness of the left small toe; left ankle reflex absent. Ten weeks of physical
therapy failed to relieve the leg pain and duloxetine was stopped for nausea. He
has been unable to work as a mail carrier. MRI: left paracentral L5-S1 extrusion
displacing the left S1 nerve root.
PRE-PROCEDURE PAIN: 6/10
DESCRIPTION: Informed consent confirmed; time-out held. Prone. Needle through the
sacral hiatus under lateral fluoroscopy. Isovue-M 200, 3 mL, epidurogram without
venous filling. Depo-Medrol 80 mg in 6 mL of 0.2% Naropin injected.
Anteroposterior and lateral images stored.
POST-PROCEDURE PAIN: 2/10          COMPLICATIONS: None
===================================================================
This copy may not be redisclosed.                          Page 1 of 1
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("methylprednisolone_acetate", 80), given("ropivacaine", 12)],
        pain=(6, 2), need=ESI_NEED, dos="2026-05-19", pos="22", payer="medicare_cgs", codes=[line("62323")],
        findings=[])

    add("fab-tfesi-01", "ocr_scan", """
SUMMIT PAIN INSTITUTE                                      SCANNED DOCUMENT
Procedure Summary
| Procedure: Right L5-S1 transforaminal epidural steroid injection      |
| Diagnosis: Lumbar radiculopathy (M54.16)    Guidance: fluoroscopy     |
| Pre pain 8/10    Post pain 2/10    Complications: none                |
History: 66 yo woman, right buttock pain down the back of the leg to the
sole for 3 months with numbness of the right heel; straight leg raise pos-
itive on the right. PT for 6 weeks gave no relief; naproxen upset her stom-
ach and was stopped. She cannot walk her dog or sit through a meal. MRI: right
foraminal disc protrusion at L5-S1 with severe right foraminal narrowing contact-
ing the exiting right L5 root.
Consent signed. Time-out performed. Prone. A 22 g spinal needle was guided into
the right L5-
S1 foramen. Omnipaque 240, 1 mL, outlined the right L5 root without vascular
flow. Kenalog 40 mg with 1 mL of 1% lidocaine was injected. AP and oblique
views saved.
SUMMIT PAIN INSTITUTE                                      Page 1 of 1
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(8, 2), need=ESI_NEED, dos="2026-02-10", codes=[line("64483", "RT"), line("J3301", units=4)],
        findings=[])

    add("fab-tfesi-02", "ocr_fax", """
FAX  Mar 25 2026 11:4l AM  HIGH DESERT SPINE  p.1
LEFT L4-L5 AND L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTIONS
DX: Lumbar radiculopathy M54.16
HPI: left lateral thigh and shin pain into the top of the foot and great toe for
5 months, numbness on the dorsum of the left foot, left EHL 4/5. Physical therapy
for 8 weeks did not help and an oral steroid taper gave only two days of relief.
Cannot walk more than 1 block; stopped volunteering at the food bank. MRI: left
foraminal protrusion L4-5 and left foraminal stenosis at L5-S1.
Pre 7/10.
Consent. Time out.
Fluoroscopy. 22 g needles to the left L4-5 and L5-S1 foramina. Omnipaque 240
1 mL per level, perineural spread. Dexamethasone 5 mg at each level.
Image saved.
Post 2/10.  No complications.
HIGH DESERT SPINE  |  CONFIDENTIAL  |  p.1
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-03-25",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)], findings=["saved_images"],
        comment="'Image saved.' names no two views")

    add("fab-tfesi-03", "ocr_scan", """
RIVERBEND ORTHOPAEDIC & SPINE - OUTSIDE RECORD
Patient seen for:            Bilateral L5-S1 TFESI
   Guidance:   Fluoroscopy      Diagnosis:
Lumbar radiculopathy (M54.16)
   Side:                        Bilateral
INDICATION: Both legs ache from the buttocks down the back of the thighs to the
calves, left worse than right, for 7 months, with tingling in both soles; SLR
positive bilaterally. Physical therapy 10 weeks failed; celecoxib did not
help. He can no longer play with his grandchildren or mow the lawn. MRI: bilat-
eral foraminal stenosis at L5-S1 from a broad based disc bulge and facet hyper-
trophy contacting both L5 roots.
Pain before: 7/10.  Consent signed.  Time-out done.
TECHNIQUE: Prone. 22 g needles to the left and right L5-S1 foramina. Isovue-M 300
1 mL each side. Depo-Medrol 40 mg with 1 mL 0.25% bupivacaine each side.
AP and lateral images saved.
Pain after: 2/10.  Complications: none.
RIVERBEND ORTHOPAEDIC & SPINE                  Page 1 of 1   ~scan~
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 5)],
        pain=(7, 2), need=ESI_NEED, dos="2026-06-09", payer="medicare_cgs",
        codes=[line("64483", "50"), line("J1010", units=80)], findings=[],
        comment="header fields column-shifted: the diagnosis value sits on the next line")

    add("fab-tfesi-04", "ocr_fax", """
FAX RECEIVED 07/14/2026 16:OB  FROM: CASCADE NEUROSURGERY  PAGE 1 OF 2
RIGHT C6-C7 TRANSFORAMINAL EPIDURAL STEROID INJECTION
Diagnosis: Cervical radiculopathy (M54.12)
Indication: pain from the right neck over the shoulder blade to the back of the
arm and the middle finger for 10 weeks, numbness of the right middle finger,
right triceps weakness 4/5. Physical therapy 6 weeks without relief; gabapentin
caused dizziness and was stopped. Unable to drive because she cannot turn her
head to the right; off work as a hairdresser. MRI cervical spine: right C6-7
foraminal disc osteophyte with severe right foraminal stenosis compressing the
right C7 root.
Consent signed.  Time-out performed.
Supine oblique under fluoroscopy; 25 g needle to the posterior right C6-C7
foramen. Isovue-M 300 0.5 mL under live fluoroscopy: no vascular uptake.
Dexamethasone 4 mg injected. AP and oblique images saved.
-------------------------------------------------------------------- PAGE 2 OF 2
CASCADE NEUROSURGERY
Post-procedure pain 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(None, 2), need=ESI_NEED, dos="2026-07-14",
        codes=[line("64479", "RT"), line("J1100", units=4)], findings=["pre_procedure_pain_score"],
        comment="no pain score before the procedure")

    add("fab-tfesi-05", "ocr_scan", """
MERIDIAN PAIN CENTER           procedure note             scanned 2 pages
LEFT L3-L4 AND L4-L5 TRANSFORAMINAL EPIDURAL STEROID INJECTIONS
Diagnosis: Lumbar radiculopathy, M54.16
History: 71 yo man, left groin and front of thigh pain to the knee for 4 rnonths
with numbness over the left anterior thigh; left quadriceps 4/5 and left knee jerk
reduced. Eight weeks of physical therapy gave no relief and tramadol made him
nauseated. He can no longer climb the stairs in his home. MRI: left far lateral
disc protrusions at L3-4 and L4-5 compressing the exiting left L3 and L4 roots.
Pre-procedure pain 8/10.  Informed consent signed.  Time-out completed.
Prone under fluoroscopy. 22 g needles to the left L3-
L4 and L4-L5 foramina. Omnipaque 240 0.5 mL at each level showed perineural spread.
Celestone 3 mg with 0.5 mL of 1% lidocaine at each level.
MERIDIAN PAIN CENTER                                             Page 1 of 2
AP and lateral fluoroscopic images were saved.
Post-procedure pain 3/10. Complications: none.
MERIDIAN PAIN CENTER                                             Page 2 of 2
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-08-18",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J0702", units=1)], findings=[],
        comment="'rnonths' for months; the first level wraps ('L3-' / 'L4'); letterhead repeated mid-note")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, intra-articular facet injections and facet RFA (8 notes)."""
    add("fab-mbb-01", "ocr_scan", """
GREENFIELD SPINE CARE - scanned outside record              Page 1 of 1
BILATERAL LUMBAR MEDIAL BRANCH BLOCKS (diagnostic, first block)
Nerves: L3 and L4 medial branches and L5 dorsal rami, both sides
Joints: L4-L5 and L5-S1 facets
Dx: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
History: axial low back pain across the beltline for 2 years, worse with
standing and leaning back, no pain below the knees. Twelve weeks of physical
therapy and a home program brought no lasting relief; NSAIDs were stopped for
reflux. She cannot stand at the stove long enough to cook a meal.
Guidance: fluoroscopy.    Pre-procedure pain: 7/10
Consent signed | time-out done
2% lidocaine 0.5 mL at each of the six nerves.
Post-procedure pain 1/10 (86% relief). Pain diary given.
Complications: none
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fab-mbb-02", "ocr_fax", """
FAX  O6/02/2026  PG 1  FROM: CORNERSTONE INTERVENTIONAL PAIN
RIGHT CERVICAL MEDIAL BRANCH BLOCK - DIAGNOSTIC
Nerves blocked: right C4, C5 and C6 medial branches (C4-C5 and C5-C6 facet joints)
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy M47.812
History: right sided neck pain into the top of the shoulder for 14 months, worse
turning the head to the right, no arm symptoms. Physical therapy for 8 weeks
gave no relief and cyclobenzaprine caused drowsiness.
Pre 6/10. Consent obtained. Time-out.
Fluoroscopy, lateral approach, 25 g needles. 0.5% bupivacaine 0.5 mL on each nerve.
Post 1/10, 83% relief at 30 minutes.
Complications: none.
CORNERSTONE INTERVENTIONAL PAIN | CONFIDENTIAL
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-06-02",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["functional_impairment"],
        comment="no functional limitation stated")

    add("fab-mbb-03", "records_release", """
RELEASED RECORD - copy of original, page 1 of 1
PROCEDURE: Left L4-L5 and L5-S1 medial branch blocks, second diagnostic block
DIAGNOSIS: Lumbar facet arthropathy / spondylosis (M47.816)
HISTORY: Left low back pain for 3 years, worse with extension and twisting,
without leg pain. Physical therapy x 10 weeks without improvement; ibuprofen
did not help. He gave up golf and cannot stand at his workbench for more than
15 minutes. First diagnostic block on 2026-03-03 with lidocaine: 90% relief for
two hours.
Pre-procedure pain 6/10. Consent signed. Time-out performed.
TECHNIQUE: Fluoroscopy. 22 g needles to the left L3 and L4 medial branches and the
left L5 dorsal ramus. 0.5% bupivacaine 0.5 mL at each site.
Post-procedure pain 1/10 (about 85% relief).   Complications: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-03-24", payer="medicare_fcso",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[])

    add("fab-ia-01", "ocr_scan", """
EASTGATE SURGERY CENTER                                   scanned - quality poor
BILATERAL L4-L5 INTRA-ARTICULAR FACET JOINT INJECTIONS (therapeutic)
Dx: Lumbar spondylosis without radiculopathy (M47.816)
Hx: low back pain for 5 years, worse with standing and extension. PT 12 weeks
without relief; NSAIDs stopped for kidney disease. Cannot walk through the store
without stopping. Medial branch blocks at L4-L5 gave 85% and 90% relief
(2026-01-13, 2026-02-03); she declined ablation.
Pre 6/10.  Consent signed.  Time out done.
Fluoroscopy. 22 g needles into the left and right L4-L5 facet joints. Depo-Medrol
40 mg with 1% lidocaine #~| mL into each joint.
Post 2/10.  Complications: none.
EASTGATE SURGERY CENTER                                   Page 1 of 1
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", None)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-04-28", pos="24",
        codes=[line("64493", "50")], findings=["drug_dose"],
        comment="the lidocaine volume is unreadable in the scan, so its dose is missing")

    add("fab-ia-02", "ocr_fax", """
FAX: 2026-09-O8 10:12   LAKEVIEW PAIN SPECIALISTS -> PAIN CLINIC   1/1
Right L5-S1 facet joint injection, intra-articular, diagnostic
Diagnosis: Lumbar facet syndrome / spondylosis, M47.816
Right low back pain for 18 months, worse when standing up from a chair and lean-
ing back; no leg symptoms. Eight weeks of PT and a chiropractor did not help; an
NSAID trial failed. Cannot vacuum or carry laundry upstairs.
Pre-procedure pain 7/10.  Consent obtained.  Time-out completed.
Fluoroscopy. 22 g needle into the right L5-S1 facet joint; Omnipaque 240 0.3 mL
showed an arthrogram. 0.5% bupivacaine 1 mL injected.
Post-procedure pain 1/10 (85% relief).  No complications.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.3, "ml"), given("bupivacaine", 5)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-09-08", codes=[line("64493", "KX", "RT")], findings=[])

    add("fab-rfa-01", "ocr_scan", """
PINECREST PAIN & REHAB - OUTSIDE RECORDS
Procedure Summary
  Procedure ..... Right lumbar radiofrequency ablation, L3 and L4 medial branches and L5
                  dorsal ramus (L4-L5 and L5-S1 facet joints)
  Diagnosis ..... Lumbar spondylosis (M47.816)
  Guidance ...... Fluoroscopy
History: right low back pain for 4 years without radiation. Physical therapy 12 weeks
failed; NSAIDs helped only a little. Cannot stand in the kitchen more than 10 min-
utes. Two diagnostic medial branch blocks at these levels: 90% relief with lido-
caine and 85% relief with bupivacaine.
Pre-procedure pain 7/10. Consent signed. Time-out done.
1 mL of 2% lidocaine at each of the three sites. 18 g RF cannulas along the right
L3 and L4 medial branches and the right L5 dorsal ramus; sensory and motor testing
appropriate; lesions at 80 degrees C for 90 seconds each.
Post-procedure pain 2/10. Complications: none.
PINECREST PAIN & REHAB                                        Page 1 of 1
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-05-05", codes=[line("64635", "RT"), line("64636", "RT")],
        findings=[])

    add("fab-rfa-02", "ocr_fax", """
FROM: BLUE RIDGE SPINE ASC   FAX 10/2O/2026   P 1 of 1
BILATERAL CERVICAL RADIOFREQUENCY NEUROTOMY C5-C6 AND C6-C7
(C5, C6 and C7 medial branches, both sides)
DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
HISTORY: neck pain on both sides for 3 years, worse looking up and turning; no
arm pain. Physical therapy 8 weeks gave no relief; meloxicam stopped for
stomach upset. Cannot drive because he cannot check his blind spot. One
diagnostic medial branch block at these levels gave 60% relief.
Pre-procedure pain 8/10. Consent signed. Time-out done.
Fluoroscopy. 1% lidocaine 1 mL at each of the six sites. RF cannulas along the
C5, C6 and C7 medial branches on both sides; lesions at 80 C for 90 s.
Post-procedure pain 4/10. Complications: none.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 4), need=SPINE_NEED, dos="2026-10-20", pos="24",
        codes=[line("64633", "50"), line("64634", "50")], findings=["diagnostic_block_relief"],
        comment="one diagnostic block with 60% relief (needs two blocks with 80%)")

    add("fab-rfa-03", "records_release", """
RECORDS RELEASE - COPY OF ORIGINAL PROCEDURE NOTE             page 1 of 1
PROCEDURE: Left L3-L4 and L4-L5 facet radiofrequency ablation (left L2, L3 and L4
medial branches), fluoroscopic guidance
DIAGNOSIS: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
HISTORY: Left low back pain for 2 years, worse with extension and rotation; no
radiation. Ten weeks of physical therapy did not relieve it and NSAIDs upset
her stomach. She cannot garden or stand to cook for more than 15 minutes. Two
diagnostic medial branch blocks at L3-L4 and L4-L5 on the left gave 90% and 80%
relief.
PRE-PROCEDURE PAIN: 6/10    CONSENT: signed    TIME-OUT: done
TECHNIQUE: 2 mL of 1% lidocaine at each of three sites. RF cannulas along the left
L2, L3 and L4 medial branches; sensory and motor testing negative for radicular
response; lesions at 85 degrees C for 90 seconds.
POST-PROCEDURE PAIN: 2/10     COMPLICATIONS: none
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-07-07", payer="medicare_cgs",
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[])


def _sacroiliac(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Sacroiliac joint injections (3 notes)."""
    add("fab-si-01", "ocr_scan", """
WESTBROOK SPINE & JOINT                          outside record - scanned
LEFT SACROILIAC JOINT INJECTION WITH ARTHROGRAPHY
Intent: therapeutic
Diagnosis: Sacroiliitis, left (M46.1)
History: left buttock pain just below the PSIS for 7 months; FABER, thigh thrust and
compression tests reproduce the pain on the left. Eight weeks of PT did not help
and naproxen gave no relief. She cannot sit through church or ride in the car
more than 20 minutes.
Pre-procedure pain 8/10.   Consent signed.   Time-out completed.
Fluoroscopy. 22 g spinal needle into the inferior left SI joint. Omnipaque 240
0.5 mL outlined the joint. Kenalog 40 mg with 2 mL 0.5% bupivacaine injected.
AP and contralateral oblique images saved.
Post-procedure pain 2/10, 75% relief.  Complications: none.
WESTBROOK SPINE & JOINT          Page 1 of 1          Printed by: records
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 10)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-01-27", codes=[line("27096", "LT"), line("J3301", units=4)],
        findings=["diagnostic_block_relief"],
        comment="therapeutic SI injection with no prior diagnostic block documented (si.diagnostic_block_relief; gold "
                "corrected after the first reading)")

    add("fab-si-02", "ocr_fax", """
FAX  2O26-05-12  13:55  FROM: HARBOR PAIN ASSOCIATES  TO: PAIN CLINIC  PG 1/1
RIGHT SI JOINT INJECTION, FLUOROSCOPIC GUIDANCE
Diagnosis: Sacroiliitis, right (M46.1)
Indication: right buttock and posterior thigh pain for 6 months; pain over
the right sacral sulcus; thigh thrust and distraction positive on the right.
Physical therapy for 10 weeks gave no relief; ibuprofen did not help. Unable
to sit at her desk for more than 30 minutes.
Pre 7/10.  Written consent signed.
Prone. 22 g needle into the lower right SI joint under fluoroscopy; Isovue-M 300
0.5 mL confirmed intra-articular spread. Depo-Medrol 40 mg with 1 mL 1% lido-
caine injected. AP and oblique images saved.
Post 2/10 (70% relief).  No complications.
HARBOR PAIN ASSOCIATES  |  CONFIDENTIAL HEALTH INFORMATION
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-05-12", codes=[line("27096", "RT"), line("J1010", units=40)],
        findings=["approach", "time_out"],
        comment="no time-out statement; diagnostic or therapeutic not stated (a steroid alone does not say it: "
                "si.intent, as dev_extra x-sij-02; gold corrected after the first reading)")

    add("fab-si-03", "records_release", """
COPY - RELEASE OF INFORMATION                                   Page 1 of 1
Procedure: Bilateral sacroiliac joint injections
Dx: Sacroiliitis, bilateral (M46.1)
HPI: low back pain over both sacroiliac joints for 9 months, Fortin finger test
positive on both sides; FABER and thigh thrust provoke pain bilaterally. PT 12
weeks failed; NSAIDs stopped for high blood pressure. He cannot walk more than a
block or stand at church.
Pre-procedure pain: 6/10     Consent: signed     Time-out: done
Fluoroscopy. 22 g needles into the lower left and right SI joints; Isovue-M 300
0.5 mL each side. Dexamethasone 4 mg with 1 mL 0.5% ropivacaine into each joint.
AP and oblique images saved.
Post-procedure pain: 2/10 (67% relief)     Complications: none
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 8), given("ropivacaine", 10)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-09-22", pos="22", codes=[line("27096", "50")], findings=["approach"],
        comment="diagnostic or therapeutic not stated (si.intent, as dev_extra x-sij-02; gold corrected after the first "
                "reading)")


def _others(add, proc, line, given, minus) -> None:  # noqa: N803
    """Trigger points, joint and bursa, genicular, sympathetic, occipital and pump refill (10 notes)."""
    add("fab-tpi-01", "ocr_fax", """
FAX 2026-02-17 08:5l  MAPLE GROVE FAMILY PAIN  p1/1
TRIGGER POINT INJECTIONS - LEFT UPPER BACK
Dx: Myofascial pain syndrome, myalgia of other site (M79.18)
Indication: left neck and shoulder blade pain for 4 months; taut bands with a local
twitch and pain referred toward the head in the left upper trapezius, left levator
scapulae and left rhomboid major.
Pre 7/10.  Consent signed.  Time out.
Three muscles injected with a 25 g needle, 1 mL of 0.25% bupivacaine in each.
Post 3/10.  No complications.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(7, 3), need=("diagnosis", "symptom_duration"), dos="2026-02-17", codes=[line("20553")],
        findings=["percent_relief"], comment="relief only implied by the scores")

    add("fab-tpi-02", "ocr_scan", """
OAKHAVEN PRIMARY & PAIN                               scanned outside note
Trigger point injections x 2 muscles, right low back
Diagnosis: Myalgia, other site (M79.18)
Right low back and buttock ache for 3 months; palpable taut bands with a twitch
response and pain referred into the buttock in the right quadratus lumborum and
right gluteus medius. Unable to sit through a work meeting.
Pre-procedure pain 6/10. Consent signed. Time-out done.
2 mL of 1% lidocaine into each muscle, 27 g needle.
Post-procedure pain 2/10 - 67% relief. Complications: none.
OAKHAVEN PRIMARY & PAIN                                   Page 1 of 1
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2026-08-04",
        payer="medicare_cgs", codes=[line("20552")],
        findings=[])

    add("fab-knee-01", "ocr_fax", """
FAX  03/1O/2026  FROM: BAYSIDE ORTHO  PAGE 1 OF 1
Right knee injection
Dx: Knee osteoarthritis
Right knee pain with stairs and getting up from a chair for 2 years; swelling on
and off. Pre 7/10. Consent signed. Time-out.
Landmark technique, superolateral approach, 22 g needle. Depo-Medrol 40 mg with
4 mL 1% lidocaine injected.  Post 3/10.  No complications.
Discharge instructions: ice 20 minutes; call for fever or a hot, red knee.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="none",
                    intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(7, 3), need=("symptom_duration",), dos="2026-03-10", codes=[line("20610", "RT"), line("J1010", units=40)],
        findings=["diagnosis"], comment="'Knee osteoarthritis' with no side and no code")

    add("fab-bursa-01", "ocr_scan", """
SUNRIDGE SPORTS MEDICINE - scanned record                  Page 1 of 1
LEFT GREATER TROCHANTERIC BURSA INJECTION
Diagnosis: Trochanteric bursitis, left hip (M70.62)
Lateral left hip pain for 5 months, worse lying on the left side; tender over the
left greater trochanter. Six weeks of PT without relief. Cannot sleep on her left.
Pre-procedure pain 6/10.  Consent signed.  Time-out done.
Landmark guided, 22 g spinal needle to the left trochanteric bursa; Kenalog 40 mg
with 4 mL 1% lidocaine injected after negative aspiration.
Post-procedure pain 1/10.  Complications: none.
DISCHARGE INSTRUCTIONS: may bathe tomorrow; ice as needed; call for fever.
""",
        procs=[proc("joint_injection", target="trochanteric_bursa", region="hip", laterality="left",
                    imaging="none", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-06-23", codes=[line("20610", "LT"), line("J3301", units=4)],
        findings=[])

    add("fab-genic-01", "ocr_fax", """
FAX  2026-04-O7  KESTREL PAIN MANAGEMENT  pg 1/1
LEFT GENICULAR NERVE BLOCK - fluoroscopic guidance
Dx: Primary osteoarthritis, left knee (M17.12)
Left knee pain for 4 years, worse with walking; not a surgical candidate.
Pre 8/10.  Consent signed.  Time-out.
22 g needles to the superomedial, superolateral and inferomedial genicular nerves
of the left knee under fluoroscopy. 2 mL of 0.5% bupivacaine at each nerve.
Post 2/10 (75% relief).  No complications.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left",
                    imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 30)],
        pain=(8, 2), need=("diagnosis", "symptom_duration"), dos="2026-04-07", codes=[line("64454", "LT")], findings=[])

    add("fab-stellate-01", "ocr_scan", """
ALDER CREEK PAIN CENTER - OUTSIDE PROCEDURE NOTE
Left stellate ganglion block, ultrasound guided
Diagnosis: Complex regional pain syndrome I of left upper limb (G90.512)
Burning pain, swelling and color change of the left hand for 6 months after a
crush injury. Pre 7/10.
Consent signed. Time-out done. Supine. Linear probe at C6; longus colli seen;
25 g needle advanced in plane to the prevertebral fascia. Ultrasound image
saved. 8 mL of 0.25% bupivacaine injected in divided doses with negative
aspiration. Left Horner's sign and a warm left hand followed.
Post 3/10.
ALDER CREEK PAIN CENTER                          Page 1 of 1
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("bupivacaine", 20)],
        pain=(7, 3), need=("diagnosis", "symptom_duration"), dos="2026-02-03", complications=None,
        codes=[line("64510"), line("76942")], findings=["complications"],
        comment="complications not mentioned")

    add("fab-lsb-01", "ocr_fax", """
FAX RCVD 2026-10-13 15:2O  FROM: PRAIRIE VIEW PAIN  1 of 1
RIGHT LUMBAR SYMPATHETIC BLOCK AT L2, FLUOROSCOPY
Dx: CRPS type I, right lower limb (G90.521)
Burning right foot pain with allodynia and cool, mottled skin for 8 months after
an ankle fracture.
Pre 7/10. Consent signed. Time-out.
Prone. 22 g needle to the anterolateral L2 vertebral body on the right. Omnipaque
240 2 mL: prevertebral spread, no vascular pattern. 15 mL of 0.2% ropivacaine
in divided doses. Right foot warmed from 27 to 33 C.
Post 3/10. No complications.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L2"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("ropivacaine", 30)],
        pain=(7, 3), need=("diagnosis", "symptom_duration"), dos="2026-10-13",
        codes=[line("64520"), line("77002"), line("Q9966", units=2)], findings=[])

    add("fab-impar-01", "ocr_scan", """
GLENWOOD PAIN & SPINE     scanned copy     Page 1 of 1
GANGLION IMPAR BLOCK UNDER FLUOROSCOPY
Diagnosis: Coccygodynia (M53.3)
Tailbone pain for 9 months after a fall, worse sitting; a cushion and NSAIDs did
not help.
Pre-procedure pain 8/10.  Consent signed.  Time-out completed.
Prone. 22 g needle through the sacrococcygeal junction to the ganglion impar on the
lateral view. Omnipaque 180 2 mL: retroperitoneal spread anterior to the coccyx.
6 mL of 0.25% bupivacaine injected.
Post-procedure pain 2/10.  Complications: none.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 15)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-11-03",
        codes=[line("64999"), line("77002"), line("Q9965", units=2)], findings=[])

    add("fab-onb-01", "ocr_fax", """
FAX 2026-O8-25  CEDAR HILLS HEADACHE & PAIN  PG 1/1
BILATERAL GREATER OCCIPITAL NERVE BLOCKS (landmark)
Dx: Occipital neuralgia (M54.81)
Shooting pain from the base of the skull over both sides of the scalp for 6 months,
tender over both greater occipital nerves.
Pre 8/10.  Time-out done.
25 g needle medial to the occipital artery on each side. Kenalog 10 mg with 1.5 mL
of 0.5% bupivacaine on each side.
Post 2/10.  No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 15)],
        pain=(8, 2), need=("diagnosis", "symptom_duration"), dos="2026-08-25", consent=False,
        codes=[line("64405", "50"), line("J3301", units=2)], findings=["consent"], comment="no consent statement")

    add("fab-pump-01", "ocr_scan", """
HILLCREST NEUROLOGY - PUMP CLINIC          scanned outside record   Page 1 of 1
INTRATHECAL BACLOFEN PUMP REFILL
Dx: Spastic quadriplegic cerebral palsy (G80.0)
Indication: severe spasticity of both legs; the pump lets him transfer and sit in
his wheelchair; oral baclofen was too sedating. Due for refill per alarm date.
Consent verbal. Time-out.
Pump interrogated; residual 2.5 mL withdrawn, as expected. Refilled by me with 20 mL
of baclofen 500 mcg/mL through a 22 g non-coring needle. No change to the program;
pump not reprogrammed.
No complications. Next refill in 3 months.
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 10)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-17", codes=[line("95991")], findings=[])
