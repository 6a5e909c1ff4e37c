"""Notes of the sealed batch al: ordinary clinical content laid out as systems and people really produce it
(one dictated paragraph, ALL CAPS, all lower case, lists of every kind, inline fields, tabs and runs of spaces,
word-processor Unicode, abbreviated/misspelled/mid-line headers, boilerplate, flattened columns, copy-paste
leftovers, truncation). Gold labelled by hand from each text before any Painpoint run; the `findings` of each
`add` are the deliberate gaps (a truncated note's gold follows only what the text says up to the cut)."""

from __future__ import annotations

NBSP = "\u00a0"


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _si(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Transforaminal, interlaminar and caudal epidurals."""
    add("fal-tfesi-01", "dictated_paragraph", """
This 67 year old man returns for the planned right L4-L5 and L5-S1 transforaminal epidural steroid injection for right lumbar radiculopathy (M54.16), he has had five months of pain running from the right buttock down the outside of the leg to the top of the foot with numbness of the big toe and a positive straight leg raise on the right at 45 degrees, ten weeks of physical therapy brought no improvement and naproxen did nothing for the leg pain, he can no longer walk his dog more than one block and wakes at night from the leg pain, and the MRI from January shows right foraminal disc bulges narrowing the L4-5 and L5-S1 foramina, his pain is 8 out of 10 going in, the risks and benefits were reviewed and he signed the consent, we did a time out confirming side and levels, he was placed prone and under fluoroscopy in oblique view a 22 gauge spinal needle was brought to the right L4-5 foramen and a second to the right L5-S1 foramen, 1 mL of Omnipaque 300 at each level showed spread along the exiting nerve roots with no vascular uptake, then Kenalog 40 mg mixed with 1 mL of 1% lidocaine was injected at each level, AP and lateral images were saved, afterward he rated the pain 3 out of 10, there were no complications and he walked out with his wife.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80), given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-12",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=8)], findings=[],
        comment="whole note one run-on paragraph; 40 mg at each of two levels")

    add("fal-tfesi-02", "all_caps", """
PAIN MANAGEMENT PROCEDURE NOTE
PROCEDURE PERFORMED: LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION UNDER FLUOROSCOPY
DIAGNOSIS: LUMBOSACRAL RADICULOPATHY (M54.17)
HISTORY: 4 MONTHS OF LEFT BUTTOCK AND POSTERIOR LEG PAIN TO THE SOLE OF THE FOOT WITH NUMBNESS OF THE LATERAL FOOT. LEFT ANKLE REFLEX ABSENT. 8 WEEKS OF PHYSICAL THERAPY WITHOUT RELIEF AND MELOXICAM WITHOUT BENEFIT. UNABLE TO WORK HIS WAREHOUSE SHIFTS OR STAND MORE THAN 15 MINUTES.
PRE-PROCEDURE PAIN: 7/10
INFORMED CONSENT OBTAINED. TIME OUT PERFORMED.
DESCRIPTION: PRONE. STERILE PREP. 22 GAUGE NEEDLE TO THE LEFT L5-S1 FORAMEN UNDER FLUOROSCOPY. ISOVUE-M 300, 1 ML, CONFIRMED EPIDURAL SPREAD ALONG THE LEFT L5 ROOT WITHOUT VASCULAR UPTAKE. DEXAMETHASONE 10 MG INJECTED. AP AND LATERAL IMAGES SAVED.
POST-PROCEDURE PAIN: 2/10
COMPLICATIONS: NONE. DISCHARGED AMBULATORY.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=minus(ESI_NEED, "imaging_findings"), dos="2026-03-05", pos="24",
        codes=[line("64483", "LT")], findings=["imaging_findings"], comment="no imaging study described")

    add("fal-tfesi-03", "inline_fields", """
Cervical TFESI  |  DOS 05/20/2026
Procedure: Left C6\u20137 transforaminal ESI; Guidance: fluoro; Contrast: Isovue-M 300 0.5 mL; Drug: dexamethasone 4 mg (1 mL); Pre: 7/10; Post: 2/10; Views saved: AP + oblique; Consent: signed; Time-out: done; Cx: none
Dx: Cervical radiculopathy (M54.12); Duration: 6 mo; Sx: left arm pain to the middle finger, numb index and middle fingers, triceps 4/5 on the left; Failed care: PT 8 wk with no relief, gabapentin stopped for dizziness; Function: cannot drive or lift a grocery bag; MRI: left C6\u20137 foraminal stenosis from uncovertebral spurring
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=ESI_NEED, dos="2026-05-20", codes=[line("64479", "LT"), line("J1100", units=4)],
        findings=[], comment="all fields on two semicolon lines; en dash in the level")

    add("fal-tfesi-04", "bullets", """
\u2022 Procedure \u2014 bilateral L5-S1 transforaminal epidural steroid injections, fluoroscopic guidance
\u2022 Diagnosis \u2014 lumbar disc herniation with radiculopathy (M51.16)
\u2022 Why \u2014 7 months of pain down both legs to the calves, left worse than right, with tingling in both feet; reduced ankle jerks both sides
\u2022 Tried \u2014 12 weeks of PT, no lasting improvement; diclofenac stopped because of stomach upset
\u2022 Function \u2014 cannot sit through a work meeting or walk to the mailbox
\u2022 Imaging \u2014 MRI: broad central-right L5-S1 herniation contacting both S1 roots and narrowing both foramina
\u2022 Consent \u2014 written, on the chart
\u2022 Time-out \u2014 completed
\u2022 Pain before \u2014 8/10
\u2022 Technique \u2014 prone; 22 g needles to the right and left L5-S1 foramina; Omnipaque 240, 1 mL each side; Celestone Soluspan 6 mg (1 mL) on each side
\u2022 Images \u2014 AP and lateral stored
\u2022 Pain after \u2014 3/10
\u2022 Complications \u2014 none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(8, 3), need=ESI_NEED, dos="2026-06-03", payer="medicare_cgs",
        codes=[line("64483", "50"), line("J0702", units=2)], findings=[])

    add("fal-ilesi-01", "all_lower", """
procedure note
procedure: lumbar interlaminar epidural steroid injection, l5-s1, midline, fluoroscopy
diagnosis: lumbar radiculopathy (m54.16)
indication: 3 months of low back pain with pain down the back of the right thigh into the calf and a positive right straight leg raise. she has done physical therapy and takes ibuprofen. she cannot stand long enough to cook dinner. mri shows a right paracentral l5-s1 disc protrusion touching the right s1 root.
pre-procedure pain 6/10. consent signed. time out done.
prone, chlorhexidine prep. 18 g tuohy needle at l5-s1, loss of resistance to saline. omnipaque 240 3 ml showed epidural spread. depo-medrol 80 mg with 2 ml of 0.25% bupivacaine injected. ap and lateral images saved.
post-procedure pain 2/10. no complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 5)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"), dos="2026-04-09",
        codes=[line("62323"), line("J1010", units=80)], findings=["conservative_care"],
        comment="therapy and ibuprofen only listed, no outcome stated")

    add("fal-ilesi-02", "abbrev_headers", """
Proc: C7-T1 CIESI (interlaminar), fluoro
Dx: Cervical radiculopathy, M54.12
Indic: R arm pain from the shoulder blade to the ring and little fingers x 5 mo, numbness of the ulnar hand, R grip weaker. PT 10 wk - no change. Gabapentin - drowsy, stopped. Can't work at the computer > 30 min. MRI: R C7-T1 foraminal disc protrusion.
Consent: yes   T/O: yes
Pre: 8/10
Tech: prone, 20 g Tuohy at C7-T1 midline, LOR to saline. Omnipaque 240 2 mL - good epidural spread, no intrathecal or vascular pattern. AP/lat saved.
Meds: Dexamethasone 10 mg + 2 mL PF saline
Post: 3/10
Cx: none
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-07-14", pos="22", codes=[line("62321")], findings=[])

    add("fal-ilesi-03", "dictated_headers+truncated", """
Thoracic epidural steroid injection, interlaminar, T10-T11.
Diagnosis: thoracic radiculopathy (M54.14).
Indication: four months of burning band-like pain wrapping around the right lower chest wall in the T10 distribution with skin sensitivity over the same band. Six weeks of physical therapy did not help and gabapentin made her drowsy. She cannot sleep on her right side or lift her laundry basket. MRI shows a right paracentral T10-11 disc protrusion.
Pain before the procedure 7/10. Consent was signed and a time-out held.
Under fluoroscopy an 18 g Tuohy needle was advanced at T10-T11 with loss of resistance to saline. Omnipaque 240, 2 mL, outlined the epidural space. Kenalog 40 mg with 3 mL of saline was injected. The needle was withdrawn and the patient was taken to the rec
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, None), need=ESI_NEED, dos="2026-08-18", complications=None,
        codes=[line("62321"), line("J3301", units=4)],
        findings=["complications", "post_procedure_pain_score", "saved_images"],
        comment="cut off before images, post pain and complications")

    add("fal-caudal-01", "boilerplate", """
NOTICE: This document contains confidential medical information. If you received it in error, destroy it and notify the sender. Unauthorized disclosure is prohibited by law.
The patient was identified by two identifiers. Informed consent was obtained after the risks, benefits and alternatives were explained including infection, bleeding, nerve injury, headache and no relief; all questions answered and the consent signed. A universal-protocol time-out was performed with all team members.
PROCEDURE: Caudal epidural steroid injection with fluoroscopic guidance.
DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).
INDICATION: Nine months of aching and heaviness in both legs from the buttocks to the calves after walking about 100 yards, relieved by sitting. Physical therapy for 12 weeks failed to help and gabapentin caused dizziness. He cannot shop for groceries. MRI: severe central stenosis at L3-4 and L4-5.
Pre 7/10. 20 g Tuohy needle through the sacral hiatus; Omnipaque 240, 5 mL, filled the caudal canal to L5. Methylprednisolone 80 mg with 5 mL of 1% lidocaine injected. AP and lateral images saved. Post 3/10. No complications.
ATTESTATION: I, the undersigned physician, personally performed the procedure described above. This note was created with voice recognition software; errors of transcription may occur. Electronically signed.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 50)],
        pain=(7, 3), need=ESI_NEED, dos="2023-11-14", codes=[line("62323"), line("J1040")], findings=[],
        comment="before 2024-04-01: 80 mg methylprednisolone is one J1040")

    add("fal-caudal-02", "numbered_list", """
Caudal ESI
1) Dx: failed back surgery syndrome (M96.1), pain in both legs
2) History: L4-5 laminectomy 2023; for 14 months burning pain in both legs to the feet with numb soles. 10 weeks of PT without benefit; duloxetine gave no relief.
3) MRI: postoperative scar at L4-5 around both L5 roots, no recurrent herniation.
4) Consent signed. Pain 6/10.
5) Prone; 20 g Tuohy needle via the sacral hiatus under fluoroscopy, Isovue 300 4 mL showed caudal epidural spread, Decadron 10 mg with 10 mL of 0.2% ropivacaine injected.
6) AP and lateral images saved.
7) Pain 2/10 afterwards. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 4, "ml"), given("dexamethasone_sodium_phosphate", 10), given("ropivacaine", 20)],
        pain=(6, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2026-09-09", pos="24",
        codes=[line("62323")], findings=["functional_impairment", "time_out"],
        comment="no functional limitation and no time-out in the list")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, intra-articular facet injections and facet RFA."""
    add("fal-mbb-01", "two_column_flattened", """
LUMBAR MEDIAL BRANCH BLOCK                              Room 3
Pre-op dx: Lumbar spondylosis without radiculopathy (M47.816)      Post-op dx: same
Vitals: BP 132/78  HR 70                 Allergies: NKDA
Procedure: Bilateral L3-L4 and L4-L5 facet joint medial branch blocks, diagnostic, under fluoroscopy
History: axial low back pain for 2 years, worse     Exam: tender over the lower facets,
with standing and extension, no leg pain.           pain on extension-rotation both sides.
PT 12 weeks did not help; NSAIDs caused GI upset.   Function: cannot stand more than 15 minutes at church.
Consent signed.   Time-out done.   Pre pain 7/10.
Technique: 22 g needles to the L2, L3 and L4 medial branches on each side; 0.5 mL of 0.5% bupivacaine at each
of the six targets.                                 Post pain 1/10.  Complications: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-01-27",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fal-mbb-02", "lettered_list", """
Cervical medial branch block - right
a. Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812)
b. Neck pain on the right for 18 months, into the shoulder top, no arm symptoms
c. PT for 8 weeks and a home program without relief; meloxicam not tolerated (reflux)
d. Cannot turn her head to check traffic when driving
e. Intent: diagnostic. Consent signed; time-out performed
f. Pain before: 6/10
g. Fluoroscopy; 25 g needles at the right C4, C5 and C6 medial branches, 0.5 mL of 2% lidocaine each (C4-5 and C5-6 facet joints)
h. Pain after: 1/10, complications none
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-02-18", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[])

    add("fal-mbb-03", "tabbed_fields", """
PROCEDURE\tLeft L4-L5 and L5-S1 facet medial branch blocks (second, confirmatory), diagnostic
GUIDANCE\tFluoroscopy
DIAGNOSIS\t\tLumbosacral facet syndrome (M47.817)
HISTORY\tLeft low back pain for 1 year, worse on extension; 10 weeks of PT without benefit; naproxen did not help. Unable to garden or carry groceries.
PRIOR BLOCK\tFirst MBB 02/2026 with lidocaine: 60% relief for 2 hours
CONSENT\tSigned\t\tTIME-OUT\tDone
PAIN PRE\t6/10
TECHNIQUE\t22 g needles at the left L3 and L4 medial branches and the left L5 dorsal ramus; 0.5 mL of 0.5% ropivacaine at each
PAIN POST\t2/10
COMPLICATIONS\tNone
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 7.5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-03-24",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["diagnostic_block_relief"],
        comment="confirmatory block after a first block with only 60% relief")

    add("fal-facetia-01", "word_processor_unicode", f"""
Procedure:{NBSP}Right L4\u2013L5 and L5\u2013S1 intra\u2011articular facet joint injections \u2014 therapeutic
Diagnosis:{NBSP}Lumbar spondylosis without radiculopathy (M47.816)
Indication: \u201cAching\u201d right low back pain for 3 years, worse with standing and twisting, no leg pain. Physical therapy \u00d712 weeks gave no relief; celecoxib stopped (swelling). She can\u2019t stand long enough to cook a meal.
Diagnostic blocks \u00d72: right L4\u2013L5/L5\u2013S1 medial branch blocks in January (90% relief) and February (85% relief), each lasting as long as the anaesthetic.
Consent signed{NBSP}\u2014 time\u2011out done.{NBSP}Pre\u2011procedure pain 7/10.
Under fluoroscopy a 22\u2011g needle was placed into each joint; Kenalog 20{NBSP}mg with 0.5{NBSP}mL of 0.5% bupivacaine into each of the 2 joints.
Post\u2011procedure pain 2/10.{NBSP}No complications.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-04-21",
        codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=4)], findings=[],
        comment="en dashes, non-breaking spaces, smart quotes, times sign")

    add("fal-facetia-02", "midline_headers", """
Cervical facet injection note. Procedure: bilateral C5-C6 intra-articular facet joint injections, therapeutic, fluoroscopic guidance. Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812). History: neck pain for 2 years, both sides, worse looking up; PT 8 weeks without relief; ibuprofen no benefit. Function: cannot look up to hang laundry or reverse the car. Consent: signed. Time-out: done. Pre-procedure pain: 6/10.
Technique: prone, 25 g needles into the right and left C5-C6 facet joints. Medications: Depo-Medrol 20 mg with 0.5 mL of 1% lidocaine into each joint. Post-procedure pain: 3/10. Complications: none.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="bilateral",
                    levels=["C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(6, 3), need=SPINE_NEED, dos="2026-05-12",
        codes=[line("64490", "50"), line("J1010", units=40)], findings=["diagnostic_block_relief"],
        comment="therapeutic facet injection with no prior diagnostic blocks documented")

    add("fal-rfa-01", "copy_paste_leftovers", """
***Procedure name*** Radiofrequency ablation, left lumbar medial branches
Side: ***    Level(s): ***
PROCEDURE: Left L4-L5 and L5-S1 facet radiofrequency neurotomy (L3 and L4 medial branches, L5 dorsal ramus).
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).
HISTORY: Left low back pain for 4 years. PT 12 weeks with no lasting relief; NSAIDs gave ulcer symptoms. Unable to stand at the stove more than 10 minutes. Two diagnostic medial branch blocks: 90% relief with lidocaine and 80% relief with bupivacaine, each for the expected duration.
HISTORY: Left low back pain for 4 years. PT 12 weeks with no lasting relief; NSAIDs gave ulcer symptoms.
Pre-procedure pain 7/10. Consent signed. Time-out performed.
Fluoroscopy. 1 mL of 2% lidocaine at each of the 3 sites. 18 g cannulas parallel to each nerve; sensory stimulation concordant below 0.5 V, no motor stimulation to the leg. Lesions at 80 C for 90 seconds at each nerve.
Post-procedure pain 2/10. Complications: none.
[Click here to enter text.]
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-06-09",
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[],
        comment="unfilled template placeholders and a pasted duplicate paragraph")

    add("fal-rfa-02", "word_processor_unicode", """
RIGHT CERVICAL RADIOFREQUENCY ABLATION \u2014 REPEAT
Diagnosis \u2014 Cervical spondylosis without myelopathy or radiculopathy (M47.812)
History \u2014 right neck pain for 5 years; PT 10 weeks and NSAIDs never helped; cannot turn to reverse the car. Right C5\u2013C6/C6\u2013C7 RFA in October 2025 gave 70% relief lasting 8 months; pain has returned to baseline.
Consent \u2014 signed.  Time\u2011out \u2014 done.  Pain before \u2014 6/10
Technique \u2014 fluoroscopy; 1 mL of 1% lidocaine at each of the right C5, C6 and C7 medial branches; cannulas placed, sensory and motor testing satisfactory; lesions 80\u00b0C \u00d7 90 s at each.
Pain after \u2014 2/10.  Complications \u2014 none.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-07-07", pos="24",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=[],
        comment="repeat RFA after 70% relief for 8 months")

    add("fal-rfa-03", "odd_spacing", """
Procedure :     Bilateral   L5-S1   facet   radiofrequency ablation   
Dx :   lumbosacral facet syndrome   (M47.817)   
History :   axial low back pain x 2 years ,   PT 8 weeks  -  no benefit ,   tramadol  -  nausea .   Cannot

stand through a church service .   
Diagnostic block :   one bilateral L5-S1 medial branch block in March ,   80% relief .   
Consent  signed .    Time  out  done .    Pain   before   7/10   
Fluoroscopy .   L4 medial branch and L5 dorsal ramus on each side ,   1 mL   of   1% lidocaine   at   each   of   the   4   sites .   Lesioned   at   85 C   for   90   seconds .   
Pain   after   3/10 .   No   complications .   
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-08-11", pos="24",
        codes=[line("64635", "50")], findings=["diagnostic_block_relief"],
        comment="only one diagnostic block documented; runs of spaces and a blank line mid-sentence")


def _si(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Sacroiliac joint injections."""
    add("fal-sij-01", "inline_fields", """
Right SI joint injection (therapeutic) \u2014 fluoroscopy
Proc: R SI joint inj; Intent: therapeutic; Dx: sacroiliitis, right (M46.1); Duration: 8 months; Failed: PT 10 wk no relief, naproxen no relief; Function: cannot sit through a meal or walk 2 blocks; Prior dx block: R SI 01/2026, 80% relief; Consent: yes; Time-out: yes; Contrast: Omnipaque 300 0.5 mL, arthrogram; Injectate: Kenalog 40 mg + 0.25% bupivacaine 1 mL; Images: AP and oblique saved; Pre: 8/10; Post: 2/10; Relief: 75%; Cx: none
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-02-25", codes=[line("27096", "RT"), line("J3301", units=4)],
        findings=[])

    add("fal-sij-02", "bullets", """
SI JOINT BLOCK
* Side: left
* Type: diagnostic
* Dx: sacroiliac joint dysfunction, left (M53.3)
* Pain: left buttock below the PSIS for 6 months; FABER, thigh thrust and compression positive
* Care so far: PT 8 weeks - no help; ibuprofen - no help
* Function: cannot sit in the car longer than 20 minutes
* Consent signed; time-out done
* Fluoroscopic guidance; 22 g needle into the inferior left SI joint; 2 mL of 2% lidocaine injected
* AP and lateral images saved
* Pain 8/10 before, 2/10 after - 80% relief
* Complications: none
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 40)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-03-31", pos="24", payer="medicare_fcso",
        codes=[line("27096", "LT")], findings=["contrast"], comment="contrast neither used nor declined")

    add("fal-sij-03", "dictated_headers+truncated", """
Bilateral sacroiliac joint injections, therapeutic, under fluoroscopy.
Diagnosis: sacroiliitis (M46.1), both sides.
History: pain over both PSIS regions for 10 months. Physical therapy for 12 weeks brought no relief and meloxicam upset her stomach. She cannot walk through the store. Bilateral diagnostic SI blocks in March gave 80% relief for the duration of the anaesthetic.
Consent signed. Time-out done. Pre-procedure pain 8/10.
Prone. A 22 g needle into each SI joint; Isovue 300, 0.5 mL on each side, showed an arthrogram. Depo-Medrol 40 mg and 1 mL of 0.5% bupivacaine were injected on the right and the same on the left. The needles were removed and a band-aid appl
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 10)],
        pain=(8, None), need=SPINE_NEED, dos="2026-05-05", complications=None,
        codes=[line("27096", "50"), line("J1010", units=80)],
        findings=["complications", "percent_relief", "post_procedure_pain_score", "saved_images"],
        comment="cut off before images, post pain, relief and complications")


def _others(add, proc, line, given) -> None:
    """TPI, joints, genicular, sympathetic, occipital, SCS trial, pump refill."""
    add("fal-tpi-01", "all_lower_bullets", """
trigger point injections
- dx: myofascial pain of the neck and upper back, right (m79.12)
- 4 months of right neck and shoulder-blade pain after a fall, taut bands with twitch and referred pain
- stretching and heat did not help
- consent signed, time out done
- pain before 7/10
- muscles: right trapezius, right levator scapulae, right rhomboid major, right cervical paraspinals
- 1 ml of 0.25% bupivacaine into each of the 4 muscles, 27 g needle
- pain after 3/10, about 60% relief
- no complications
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 10)],
        pain=(7, 3), need=("diagnosis",), dos="2026-06-23", payer="medicare_cgs", codes=[line("20553")],
        findings=[])

    add("fal-tpi-02", "dictated_paragraph", """
Seen for low back muscle pain, myofascial pain syndrome of the lumbar region M79.18, present about 3 months since she moved house, with tender taut bands and local twitch responses at several trigger points across the low back, the stretching program has not helped, after verbal and written consent and a time out the skin was cleaned and a total of 5 mL of 1% lidocaine was divided among the trigger points with a 25 gauge needle, pain was 6/10 before and 3/10 after, no complications, follow up in 4 weeks.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", 50)],
        pain=(6, 3), need=("diagnosis",), dos="2026-07-28", codes=[line("20552")],
        findings=["muscle_count", "percent_relief"],
        comment="muscles never counted or named (billed as one or two); relief only implied by the scores")

    add("fal-knee-01", "word_processor_unicode", """
LEFT KNEE INJECTION \u2013 office
Dx: Primary osteoarthritis, left knee (M17.12)
Indic.: left knee pain 2 yrs, worse on stairs; home exercise and naproxen \u2013 no help
Consent \u2713 signed    Time\u2011out \u2713
Pain pre 7/10
Landmark technique, no imaging; superolateral approach, 22\u2011g needle; Kenalog 40 mg (1 mL) with 4\u00bd mL 1% lidocaine.
Pain post 2/10 \u2014 no complications, band\u2011aid applied.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 45)],
        pain=(7, 2), need=("diagnosis",), dos="2026-08-25", payer="medicare_cgs",
        codes=[line("20610", "LT"), line("J3301", units=4)], findings=[])

    add("fal-bursa-01", "headers_without_colons", """
SHOULDER INJECTION
Diagnosis  Right subacromial bursitis (M75.51)
Indication  right shoulder pain for 5 months, painful arc, cannot reach overhead
Procedure  right subacromial bursa injection under ultrasound guidance, image saved to the record
Time out  completed
Pain before  6/10
Medication  Depo-Medrol 40 mg with 3 mL of 1% lidocaine
Pain after  1/10
Complications  none
""",
        procs=[proc("joint_injection", target="subacromial_bursa", region="shoulder", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 30)],
        pain=(6, 1), need=("diagnosis",), dos="2026-09-15", consent=False,
        codes=[line("20611", "RT"), line("J1010", units=40)], findings=["consent"],
        comment="no consent statement")

    add("fal-genb-01", "misspelled_headers", """
Proceedure: Right genicular nerve block (superomedial, superolateral and inferomedial nerves), fluoroscopic guidence
Diagnossis: Primary osteoarthritis, right knee (M17.11)
Indicaton: right knee pain for 3 years, not a surgical candidate, cannot walk a block
Concent: signed.   Time out: done
Pain pre: 8/10
Techinque: 22 g needles at the three targets under fluoroscopy, 2 mL of 0.5% bupivacaine at each
Pain post: 2/10
Complicatons: none
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right",
                    imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 30)],
        pain=(8, 2), need=("diagnosis",), dos="2026-10-06", codes=[line("64454", "RT")], findings=[])

    add("fal-stellate-01", "boilerplate", """
This is a legal medical record. Reproduction or redisclosure without authorization is prohibited.
Patient identity confirmed with two identifiers. The procedure, risks (including hoarseness, difficulty swallowing, seizure, pneumothorax, infection and bleeding), benefits and alternatives were discussed; the patient understands and signed consent. Time-out performed per facility policy.
Procedure: left stellate ganglion block, ultrasound guided, image saved.
Diagnosis: complex regional pain syndrome type I of the left upper limb (G90.512).
Indication: burning pain, swelling and color change of the left hand for 7 months after a wrist fracture.
Pain 8/10 before. 25 g needle to the prevertebral fascia at C6 under ultrasound; 5 mL of 0.5% ropivacaine injected in divided doses. Left Horner's signs and a 2 degree rise in hand temperature followed. Pain 4/10 after. No complications.
I personally performed this procedure. Electronically signed. This note may contain dictation errors.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(8, 4), need=("diagnosis",), dos="2026-10-20", codes=[line("64510"), line("76942")], findings=[])

    add("fal-lsb-01", "all_caps", """
LUMBAR SYMPATHETIC BLOCK, RIGHT, L3, FLUOROSCOPY
DX: COMPLEX REGIONAL PAIN SYNDROME TYPE I, RIGHT LOWER LIMB (G90.521)
INDICATION: RIGHT FOOT BURNING, ALLODYNIA AND COOL MOTTLED SKIN FOR 6 MONTHS AFTER ANKLE SURGERY.
CONSENT SIGNED. TIME OUT DONE. PAIN BEFORE 8/10.
PRONE. 22 G NEEDLE TO THE ANTEROLATERAL BODY OF L3 ON THE RIGHT. OMNIPAQUE 300, 3 ML, SPREAD ALONG THE SYMPATHETIC CHAIN WITHOUT VASCULAR UPTAKE. 10 ML OF 0.25% BUPIVACAINE INJECTED. RIGHT FOOT WARMED 3 DEGREES.
PAIN AFTER 3/10. NO COMPLICATIONS.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-11-03",
        codes=[line("64520"), line("77002"), line("Q9967", units=3)], findings=[])

    add("fal-onb-01", "tabbed_fields+truncated", """
Procedure:\t\tBilateral greater occipital nerve blocks
Dx:\t\tOccipital neuralgia (M54.81)
Indication:\tshooting pain from the base of the skull over both sides of the scalp for 9 months, tender over both greater occipital nerves
Consent:\tsigned\t\tTime-out:\tdone
Pre-pain:\t8/10
Technique:\tlandmark, 25 g needle medial to the occipital artery on each side
Medication:\t2 mL of 0.5% bupivacaine with Kenalog 10 mg on each side
Post-pain:\t
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(8, None), need=("diagnosis",), dos="2026-04-14", complications=None,
        codes=[line("64405", "50"), line("J3301", units=2)],
        findings=["complications", "post_procedure_pain_score"],
        comment="export cut off at an empty post-pain field")

    add("fal-scs-01", "numbered_list", """
Spinal cord stimulator trial \u2014 percutaneous
1. Diagnosis \u2014 failed back surgery syndrome (M96.1)
2. History \u2014 3 years of low back and right leg pain after an L5-S1 fusion; PT, gabapentin, duloxetine and two epidurals gave no lasting relief; psychological evaluation cleared her for a trial
3. Consent \u2014 signed; time-out \u2014 done
4. Pain before \u2014 8/10
5. Technique \u2014 prone, fluoroscopy; 1% lidocaine 10 mL to the skin; two 8-contact percutaneous leads through a T12-L1 Tuohy needle, tips at the top of T8, paresthesia covering the back and right leg
6. Pain after (stimulation on) \u2014 4/10
7. Complications \u2014 none; leads secured and dressed
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-09-29", pos="22",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fal-pump-01", "all_lower", """
intrathecal pump refill
dx: multiple sclerosis with spasticity of both legs (g35)
indication: severe leg spasticity controlled by intrathecal baclofen; oral baclofen caused sedation
consent confirmed, time out done.
the pump was interrogated and the residual volume withdrawn, 2 ml, as expected. 20 ml of baclofen 2000 \u00b5g/ml placed in the reservoir through a non-coring needle.
no complications. next refill in 3 months.
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 40)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-17", codes=[line("95991")], findings=["approach"],
        comment="says neither who refilled nor whether the pump was reprogrammed")
