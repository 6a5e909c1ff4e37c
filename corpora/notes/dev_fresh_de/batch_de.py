"""Sealed batch dev_fresh_de: 30 teaching-hospital procedure notes (resident/fellow notes, attending attestation,
interval H&P update, pre-procedure checklist, nursing recovery, long discharge instructions) and their gold.

Template half (`fde-<family>-NN`): a shared teaching-hospital skeleton (the helpers below) filled per note.
Hand half (`fde-h-<family>-NN`): free dictated prose with the same boilerplate woven in.
Gold labelled from the text, never from a Painpoint run (corpora/README conventions, coding/kb).
"""

# --- shared boilerplate (own wordings) --------------------------------------------------------------------------

ATTEST = {
    "a": "ATTENDING ATTESTATION: I was present for the entire procedure and agree with the findings and plan as "
         "documented by the fellow. I personally reviewed the fluoroscopic images.",
    "b": "Teaching physician statement: I was present for the entire procedure, including needle placement and "
         "injection, and agree with the findings. I have reviewed and edited the resident's note above.",
    "c": "Attending note: I was present for the entire procedure and agree with the findings documented by the "
         "PGY-4 resident. Plan discussed with the patient.",
}

HP = {
    "a": "INTERVAL H&P UPDATE: H&P reviewed, patient re-examined, no interval change. ASA class II. Airway "
         "unremarkable. Cleared to proceed.",
    "b": "Interval history: The clinic H&P was reviewed with the patient today; no interval change in history, "
         "medications or examination.",
    "c": "H&P update: H&P reviewed, no interval change. No new fevers, no new anticoagulant, no recent infections.",
}


def checklist(consent: bool = True, timeout: bool = True, thinner: str = "none") -> str:
    """Pre-procedure checklist paragraph; `consent`/`timeout` False leave that item out."""
    parts = ["PRE-PROCEDURE CHECKLIST: Patient identity confirmed with two identifiers."]
    if consent:
        parts.append("Risks, benefits and alternatives were discussed and written informed consent was signed and is "
                     "on the chart.")
    parts.append("Allergies reviewed. Site marked by the operating physician." if thinner == "none" else
                 f"Allergies reviewed. Site marked. Anticoagulation: {thinner}.")
    parts.append("NPO status appropriate. Pregnancy screen not applicable. IV access not required unless noted.")
    if timeout:
        parts.append("A time-out was performed with the full team before the start, confirming patient, procedure, "
                     "side and site.")
    return " ".join(parts)


def recovery(pain: int | None, aldrete: str = "10", extra: str = "") -> str:
    """Nursing recovery paragraph; `pain` None leaves the recovery pain score out."""
    s = ("RECOVERY (nursing): Arrived in recovery awake and conversant. BP 138/76, HR 74, "
         f"RR 14, SpO2 97% on room air. Aldrete {aldrete}. ")
    if pain is not None:
        s += f"Pain score in recovery {pain}/10. "
    s += extra + "Tolerated oral fluids. Discharged home with an adult escort after meeting discharge criteria."
    return s


DISCHARGE = {
    "a": """DISCHARGE INSTRUCTIONS (reviewed verbally with patient and escort; printed copy given):
- Do not drive, operate machinery or sign legal papers for the rest of today. An adult must take you home.
- You may shower tonight. No tub baths, hot tubs or swimming for 48 hours. Remove the bandage tomorrow.
- Soreness at the injection site or a flare of your usual pain for a few days is common. Ice for 20 minutes at a
  time may help. Take your usual pain medicines as prescribed.
- The numbing medicine can cause temporary numbness or heaviness in the treated area for several hours. Walk only
  with help until normal feeling returns.
- Call the pain clinic or go to the nearest emergency department for fever over 100.4 F, chills, redness,
  swelling or drainage at the site, a severe headache that is worse when you sit up, new weakness or numbness
  that does not wear off, or loss of bladder or bowel control.
- Steroid may raise blood sugar for several days; diabetic patients should check their sugar more often.
- Blood thinners: {thinner}
- Follow up: as scheduled in the pain clinic; keep a pain diary for the next two weeks.""",
    "b": """Discharge instructions were given in writing and reviewed with the patient, who verbalized understanding.
Activity as tolerated starting tomorrow; rest today. No driving for 24 hours. Keep the site clean and dry today,
then shower normally; avoid soaking in water for two days. Expect some soreness where the needle went in; your
pain may be better, the same or briefly worse before any benefit is felt. Numbness or tingling from the local
anesthetic should resolve the same day. Report fever, spreading redness, pus, severe or worsening pain, new
numbness or weakness, headache on standing, or trouble passing urine. Blood thinners: {thinner} Return visit: pain
clinic follow-up as arranged; call sooner if concerned.""",
    "c": """PATIENT EDUCATION / DISCHARGE
* Driving: none today.
* Bathing: shower after 24 hours, no baths or pools for 48 hours.
* Pain: mild increased pain is expected for 1-3 days; use ice, not heat, on the site.
* Warning signs: fever, chills, redness, drainage, increasing pain, numbness or weakness that is new, bowel or
  bladder changes: call the clinic or go to the emergency department.
* Blood thinners: {thinner}
* Follow-up: pain clinic as scheduled.""",
}


def dc(v: str, thinner: str = "not applicable, none taken.") -> str:
    return DISCHARGE[v].format(thinner=thinner)


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _template_half(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_half(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


OTHER_NEED = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment")


def _template_half(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    # 1 -------------------------------------------------------------------------------------------------------
    add("fde-tfesi-01", "capitalised headers", f"""
PAIN MEDICINE PROCEDURE NOTE - UNIVERSITY HOSPITAL OUTPATIENT PROCEDURE UNIT
PROCEDURE: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy
PERFORMED BY: Pain medicine fellow; ATTENDING: present throughout (see attestation)

{HP['a']}

INDICATION: Left L5 radiculopathy. Seven months of pain from the low back into the left lateral calf and top of the
foot with tingling in the big toe; straight leg raise positive on the left at 40 degrees, EHL 4+/5 on the left.
She has had 10 weeks of physical therapy and gabapentin without meaningful relief. She can no longer stand long
enough to cook a meal and stopped her part-time job.
IMAGING: MRI lumbar spine shows a left foraminal disc protrusion at L5-S1 contacting the exiting left L5 root.
DIAGNOSIS: Lumbar radiculopathy (M54.16).

{checklist(thinner="aspirin 81 mg continued")}

PRE-PROCEDURE PAIN: 7/10.

DESCRIPTION: Prone on the fluoroscopy table; lumbar area prepped with chlorhexidine and draped. Skin and deeper
tissue anesthetized with 3 mL of 1% lidocaine. Under fluoroscopic guidance a 22-gauge spinal needle was advanced to
the left L5-S1 foramen in the safe triangle. After negative aspiration, 1.5 mL of Omnipaque 240 outlined the left L5
root and flowed into the epidural space, with no vascular uptake on live fluoroscopy. AP and lateral images were saved.
Then dexamethasone 10 mg (1 mL) mixed with 1 mL of preservative-free saline was injected slowly. Needle removed,
bandage applied.

COMPLICATIONS: None. EBL minimal.
POST-PROCEDURE PAIN: 3/10.

{recovery(3)}

{dc('a', 'continue aspirin as usual.')}

{ATTEST['a']}
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                   levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=ESI_NEED, codes=[line("64483", "LT")], findings=[], dos="2026-02-17", pos="22")

    # 2 -------------------------------------------------------------------------------------------------------
    add("fde-tfesi-02", "title-case headers", f"""
Procedure Note - Interventional Pain Service (Ambulatory Surgery Center)
Procedure: Bilateral L4-L5 And L5-S1 Transforaminal Epidural Steroid Injections With Moderate Sedation
Resident: PGY-4 anesthesiology resident. Attending: present for the entire procedure.

History And Indication: 66-year-old with two years of bilateral buttock and posterior thigh pain radiating to both
calves, with numbness of both soles after standing. Reflexes: ankle jerks diminished bilaterally. Failed 12 weeks of
supervised physical therapy, a home exercise program and duloxetine, all without lasting improvement. He now uses a
cane and cannot walk more than one block or stand in line at the store.
Imaging: MRI shows moderate bilateral foraminal stenosis at L4-L5 and L5-S1 with disc bulging and facet hypertrophy.
Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062); bilateral lumbar radiculopathy.

Interval H&P: {HP['c'][len('H&P update: '):]}

{checklist()}

Sedation Plan: Moderate sedation was requested because of severe procedural anxiety and an inability to lie prone
without it, documented at the pre-procedure assessment.

Pre-Procedure Pain Score: 8/10.

Technique: Prone, prepped and draped in sterile fashion. Moderate sedation: midazolam 2 mg IV and fentanyl 50 mcg IV
given by the sedation RN on the attending's order; a separate trained RN monitored the patient continuously and had
no other duties. Sedation start 08:05, end 08:29 (24 minutes intraservice). Skin wheals with 4 mL of 1% lidocaine in
total. Under fluoroscopy, needles were placed into the right and left L4-L5 and L5-S1 foramina. Isovue-M 300, 1 mL
per level (4 mL in total), gave epidural spread along each nerve root without intravascular or intrathecal
filling. AP and lateral images were stored at each level. At each of the four foramina 0.5 mL of triamcinolone
(Kenalog-40, 20 mg) with 1 mL of preservative-free saline was injected, 80 mg of triamcinolone in total.

Complications: No complications.
Post-Procedure Pain Score: 3/10.

{recovery(3, extra='Strength and sensation in both legs at baseline before walking. ')}

{dc('b', 'none taken.')}

{ATTEST['b']}
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                   levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                   sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 50, "mcg"), given("lidocaine", 40), given("iopamidol", 4, "ml"),
               given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED,
        codes=[line("64483", "50"), line("64484", "50"), line("99152"), line("99153")], findings=[],
        dos="2025-09-09", pos="24")

    # 3 -------------------------------------------------------------------------------------------------------
    add("fde-tfesi-03", "bullets", f"""
Interventional Pain - Resident Procedure Note (hospital outpatient)
- Procedure: right C6-C7 transforaminal epidural steroid injection, fluoroscopic guidance
- Operators: pain fellow (primary), attending physician present
- {HP['b']}
- Indication: right C7 radicular pain for five months, burning from the neck through the triceps into the middle
  finger, triceps reflex reduced on the right, positive Spurling test to the right
- Prior care: eight weeks of physical therapy, cervical traction and a medrol dose pack, none of which gave
  lasting relief
- Function: unable to work overhead or sleep more than three hours; quit driving because of neck turning
- MRI cervical spine: right C6-C7 uncovertebral spurring with severe right foraminal narrowing
- Diagnosis: Cervical radiculopathy (M54.12)
- {checklist()}
- Pre-procedure pain 6/10
- Technique: supine oblique position; 2 mL of 1% lidocaine to the skin; 25-gauge needle advanced to the posterior
  aspect of the right C6-C7 foramen under fluoroscopy; 1 mL Omnipaque 240 under live fluoroscopy showed epidural
  and perineural flow with no vascular pattern; a single AP image was stored; dexamethasone 4 mg (1 mL) injected
- No sedation
- Complications: none
- Post-procedure pain 2/10
- {recovery(2, aldrete='10 on arrival and at discharge')}

{dc('c', 'not on anticoagulants.')}

{ATTEST['a']}
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                   levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 2), need=ESI_NEED, codes=[line("64479", "RT")], findings=["saved_images"], dos="2026-05-12",
        pos="22", payer="medicare_cgs",
        comment="One stored image (a single AP view): below the two views esi.saved_images asks.")

    # 4 -------------------------------------------------------------------------------------------------------
    add("fde-ilesi-01", "dictated paragraph", f"""
Faculty practice procedure suite. Lumbar interlaminar epidural steroid injection at L5-S1, dictated by the second-year
pain fellow. {HP['b']} The patient is a 58-year-old man with nine months of low back and bilateral leg pain, worse
on the right, shooting down the back of both thighs into the calves with numbness along both lateral feet and a
reduced right ankle reflex. He completed twelve weeks of physical therapy and a trial of meloxicam, and neither
lessened the leg pain. He has had to stop golf and can sit for only twenty minutes at his desk. MRI shows a broad
central and right paracentral disc extrusion at L5-S1 compressing both S1 nerve roots. Diagnosis: lumbar disc
herniation with radiculopathy (M51.16). {checklist(thinner="clopidogrel held for 7 days")} Pain before the
procedure was 7/10. With the patient prone, the back was prepped with chlorhexidine and draped. Skin anesthetized
with 3 mL of 1% lidocaine. Under fluoroscopy a 20-gauge Tuohy needle was advanced at L5-S1 in the midline using
loss of resistance to preservative-free saline. Omnipaque 300, 2 mL, confirmed epidural spread without vascular or
intrathecal pattern; AP and lateral views were saved. Triamcinolone 80 mg (Kenalog-40, 2 mL drawn from two 1 mL
single-dose vials, the full contents given, none wasted) with 3 mL of preservative-free saline was injected. No
sedation. There were no complications. Pain afterwards was 4/10. {recovery(4)}

{dc('a', 'restart clopidogrel tomorrow morning if there is no bleeding at the site.')}

{ATTEST['b']}
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                   imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 4), need=ESI_NEED, codes=[line("62323"), line("J3301", "JZ", units=8)], findings=[],
        dos="2025-06-03", pos="11")

    # 5 -------------------------------------------------------------------------------------------------------
    add("fde-ilesi-02", "inline fields", f"""
Procedure: Cervical interlaminar epidural steroid injection, C7-T1 | Setting: Hospital outpatient | Operator: Pain
fellow, attending present
Interval H&P: H&P reviewed, no interval change.
Diagnosis: Cervical radiculopathy (M54.12)
History: Left arm pain for four months radiating from the shoulder along the medial forearm into the ring and
little fingers with paresthesias; grip 4/5 on the left. Conservative therapy: six weeks of physical therapy and
oral prednisone taper without improvement of the arm pain.
Consent: Informed consent signed; risks including dural puncture, infection, bleeding and nerve injury discussed.
Time-out: Completed before the procedure with all team members.
Pre-procedure pain: 6/10
Sedation: None
Technique: Prone with the neck flexed. Lidocaine 1%, 2 mL, to the skin. Under fluoroscopy an 18-gauge Tuohy needle
entered the C7-T1 interspace paramedian on the left; loss of resistance to saline. Omnipaque 240, 2 mL, showed
epidural spread with contralateral oblique and AP views saved. Dexamethasone 10 mg (1 mL of 10 mg/mL) in 2 mL of
preservative-free saline was injected.
Complications: None
Post-procedure pain: 2/10
Recovery: {recovery(2)[len('RECOVERY (nursing): '):]}
Discharge: {dc('b', 'apixaban held 3 days; restart tomorrow evening.')}
Attestation: {ATTEST['c'][len('Attending note: '):]}
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                   imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=minus(ESI_NEED, "functional_impairment", "imaging_findings"), codes=[line("62321")],
        findings=["functional_impairment", "imaging_findings"], dos="2024-11-19", pos="22",
        comment="No functional limitation and no imaging described; the discharge 'activity as tolerated' is advice, "
                "not an impairment.")

    # 6 -------------------------------------------------------------------------------------------------------
    add("fde-caudal-01", "odd spacing", f"""
CAUDAL   EPIDURAL   STEROID   INJECTION      (ambulatory surgery center)

Resident   note ;  attending   present .

{HP['c']}

Indication :   eight months of low back pain with bilateral  leg  pain ,  burning into both calves and numbness of
both feet after  standing  ten minutes ;  diminished  sensation  in  both  L5  dermatomes .
Treatment so far :   Completed a ten-week course of physical therapy and a home exercise program .   Meloxicam
daily .
Function :   walking  tolerance  limited  to  ten minutes ;  no longer  able  to  shop  alone .
MRI :   severe  central  canal  stenosis  at  L4-L5  with  moderate  bilateral  foraminal  narrowing .
Dx :   Lumbar spinal stenosis with neurogenic claudication  (M48.062)

{checklist()}

Pain   before :   8/10

Procedure :   prone ,  sacral  area  prepped  and  draped .   1%  lidocaine  3 mL  to  the  skin .   Under
fluoroscopy  a  20-gauge  Tuohy  needle  entered  the  sacral  hiatus  into  the  caudal  epidural  space .
Omnipaque 240 ,  3 mL ,  spread  cephalad  to  L5  without  vascular  uptake ;  AP and  lateral  images  saved .
Injected :   methylprednisolone  (Depo-Medrol)  80 mg  (2 mL)  with  4 mL  of  0.25%  bupivacaine  and  4 mL  of
normal  saline .   No  sedation .

Complications :   none
Pain   after :   4/10

{recovery(4)}

{dc('c', 'warfarin held 5 days; INR 1.1 this morning; restart tonight.')}

{ATTEST['c']}
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                   intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80),
               given("bupivacaine", 10)],
        pain=(8, 4), need=minus(ESI_NEED, "conservative_care"), codes=[line("62323")],
        findings=["conservative_care"], dos="2026-08-04", pos="24",
        comment="Care is listed (PT course completed, meloxicam) with no outcome stated; the later walking limit is "
                "function, not a failure of care (README conservative care).")

    # 7 -------------------------------------------------------------------------------------------------------
    add("fde-mbb-01", "capitalised headers", f"""
PROCEDURE NOTE - PAIN MEDICINE (HOSPITAL OUTPATIENT)
PROCEDURE: Bilateral lumbar medial branch blocks, diagnostic (first block): L3 and L4 medial branches and L5 dorsal
rami, for the L4-L5 and L5-S1 facet joints
FELLOW: performing; ATTENDING: present

{HP['a']}

HISTORY: Axial low back pain for 14 months, worse with extension and rotation, no radiation below the knee. Physical
therapy for 3 months and naproxen gave no lasting relief. She cannot stand at work for more than 30 minutes and has
given up gardening.
EXAM: paraspinal tenderness over L4-S1 bilaterally, facet loading positive on both sides; neurologic exam normal.
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816).

{checklist()}

PRE-PROCEDURE PAIN: 6/10

TECHNIQUE: Prone. Sterile prep and drape. 3 mL of 1% lidocaine to the skin over six entry points. Under fluoroscopy,
22-gauge needles were placed at the junctions of the superior articular and transverse processes of L4 and L5 and at
the sacral ala, on both sides. Omnipaque 240, 0.2 mL at each target (1.2 mL total), confirmed no vascular spread.
Bupivacaine 0.5%, 0.5 mL, at each of the six targets (3 mL in total). No steroid. No sedation.

COMPLICATIONS: none
POST-PROCEDURE PAIN: 1/10 at 30 minutes, about 85% relief with provocative maneuvers; pain diary given.

{recovery(1)}

{dc('a', 'none.')}

{ATTEST['a']}
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                   levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                   sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 1.2, "ml"), given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        dos="2025-03-25", pos="22")

    # 8 -------------------------------------------------------------------------------------------------------
    add("fde-mbb-02", "title-case headers", f"""
Procedure Note - Pain Medicine Ambulatory Surgery Center
Procedure: Right Cervical Medial Branch Blocks (C4, C5 And C6 Medial Branches) For The C4-C5 And C5-C6 Facet Joints,
Diagnostic, With Moderate Sedation
Resident: PGY-5 pain fellow. Attending: present for the whole case.

Interval H&P: {HP['b'][len('Interval history: '):]}

Indication: Right-sided neck pain for ten months after a rear-end collision, worse with rotation and extension,
referring to the shoulder blade; no arm symptoms. Eight weeks of physical therapy and two months of naproxen failed.
She can no longer drive more than 15 minutes or look over her shoulder when reversing.
Exam: tenderness over the right C4-C6 articular pillars; Spurling negative.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

{checklist()}

Pre-Procedure Pain: 5/10

Procedure: Prone, prepped and draped. Moderate sedation given by the procedure RN under the attending's direction:
midazolam 1 mg IV and fentanyl 50 mcg IV; an independent RN observer monitored the patient throughout. Sedation
start 13:02, stop 13:18, intraservice time 16 minutes. 2 mL of 1% lidocaine to the skin. Under fluoroscopy,
25-gauge needles were placed at the waists of the right C4, C5 and C6 articular pillars, confirmed in AP and lateral
views. Bupivacaine 0.5%, 0.5 mL, at each of the three targets.

Complications: None.
Post-Procedure Pain: 1/10; greater than 80% relief with rotation in recovery.

{recovery(1, aldrete='9, then 10 at 20 minutes')}

{dc('b', 'none.')}

{ATTEST['b']}
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                   levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="moderate")],
        drugs=[given("midazolam", 1), given("fentanyl", 50, "mcg"), given("lidocaine", 20), given("bupivacaine", 7.5)],
        pain=(5, 1), need=SPINE_NEED,
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT"), line("99152")],
        findings=["sedation_details"], dos="2026-01-13", pos="24",
        comment="Moderate sedation for a facet injection with no reason given (sedation.justification); agents, "
                "doses, times, observer and minutes are all there, so 99152 stands.")

    # 9 -------------------------------------------------------------------------------------------------------
    add("fde-rfa-01", "bullets", f"""
Pain Medicine - Radiofrequency Ablation Note (hospital outpatient department)
- Procedure: right lumbar radiofrequency ablation of the L3 and L4 medial branches and the L5 dorsal ramus (right
  L4-L5 and L5-S1 facet joints)
- Performed by the pain fellow with the attending physician present
- {HP['a']}
- History: right-sided axial low back pain for two years; physical therapy for 4 months, NSAIDs and a home program
  failed to control it; unable to lift her grandchild or walk her dog more than ten minutes
- Diagnostic blocks: right L3, L4 MB and L5 DR blocks on two occasions with bupivacaine: 85% relief after the first
  and 90% relief after the second, each for the duration of the anesthetic
- Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)
- {checklist(thinner="apixaban held for 3 days")}
- Pre-procedure pain: 6/10
- Technique: prone, prepped and draped; 3 mL of 1% lidocaine to the skin; under fluoroscopy 18-gauge RF cannulae
  placed parallel to the right L3 and L4 medial branches and the L5 dorsal ramus; sensory stimulation at 50 Hz
  reproduced concordant back pain below 0.5 V; motor testing at 2 Hz to 2 V showed no leg contraction; 1 mL of 2%
  lidocaine at each target before lesioning; thermal lesions at 80 degrees C for 90 seconds at each target
- No sedation; no steroid given
- Complications: none
- Post-procedure pain: 2/10
- {recovery(2)}

{dc('a', 'restart apixaban tomorrow morning.')}

{ATTEST['a']}
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                   levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 90)], pain=(6, 2), need=SPINE_NEED,
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[], dos="2025-10-21", pos="22")

    # 10 ------------------------------------------------------------------------------------------------------
    add("fde-rfa-02", "boilerplate attestation", f"""
INTERVENTIONAL PAIN SERVICE - PROCEDURE REPORT (AMBULATORY SURGERY CENTER)
Procedure performed: Left cervical medial branch radiofrequency neurotomy, C5, C6 and C7 medial branches (C5-C6 and
C6-C7 facet joints), with moderate sedation.

{HP['c']}

Indication: Left neck and periscapular pain for three years from cervical facet arthropathy. Physical therapy for 12
weeks, chiropractic care and NSAIDs helped only briefly. Two separate left C5, C6, C7 medial branch blocks gave 80%
and 85% relief. Pain limits reading, computer work and sleep; she has reduced her work hours by half.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

{checklist()}

Sedation: Moderate sedation was required because the patient has a documented severe vasovagal reaction to needle
procedures and could not remain still during the prior blocks. Midazolam 2 mg IV and fentanyl 100 mcg IV were given
by the sedation nurse on the attending's order; an independent trained observer monitored throughout. Start 09:40,
stop 10:10 (30 minutes).

Pre-procedure pain 7/10.

Technique: Prone; prepped and draped. 2 mL of 1% lidocaine to the skin. Under fluoroscopy, RF cannulae were placed to
the left C5, C6 and C7 articular pillars and confirmed in lateral and oblique views. Sensory and motor testing were
appropriate, with no upper-limb motor response. 0.5 mL of 2% lidocaine at each target, then conventional
radiofrequency lesions at 85 degrees C for 90 seconds at each site.

Complications: none. Post-procedure pain 3/10.

{recovery(3)}

{dc('c', 'none.')}

I was present for the entire procedure and agree with the findings. I have reviewed the fellow's documentation,
examined the patient before and after the procedure, and concur with the plan. This note was co-signed by the
teaching physician.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                   levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 100, "mcg"), given("lidocaine", 50)], pain=(7, 3),
        need=SPINE_NEED, codes=[line("64633", "LT"), line("64634", "LT"), line("99152"), line("99153")],
        findings=[], dos="2024-09-10", pos="24", payer="medicare_fcso")

    # 11 ------------------------------------------------------------------------------------------------------
    add("fde-sij-01", "inline fields", f"""
Procedure: Right sacroiliac joint injection, diagnostic | Place: hospital outpatient | Fellow with attending present
H&P update: H&P reviewed, no interval change.
Symptom duration: 9 months of right buttock and posterior thigh pain above the knee.
Prior treatment: Physical therapy for 8 weeks and naproxen; no meaningful change in the buttock pain.
Function: cannot sit through a church service or a car ride longer than 20 minutes.
Exam: Three of five SI provocation tests positive on the right (thigh thrust, compression, FABER).
Diagnosis: Sacroiliitis, right (M46.1)
Consent: obtained in writing after discussion of risks and benefits.
Time-out: done.
Pain before: 8/10
Sedation: none
Technique: Prone; right SI region prepped and draped; lidocaine 1% 2 mL to skin; under fluoroscopy a 22-gauge needle
entered the inferior right SI joint; Omnipaque 240 0.5 mL showed an intra-articular arthrogram; AP and contralateral
oblique images saved; bupivacaine 0.5% 1.5 mL injected; no steroid.
Complications: none
Pain after: 1/10, 88% relief of the index buttock pain on provocation in recovery.
Recovery: {recovery(1)[len('RECOVERY (nursing): '):]}
Discharge: {dc('b', 'none.')}
Attending: {ATTEST['a'][len('ATTENDING ATTESTATION: '):]}
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                   imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 0.5, "ml"), given("bupivacaine", 7.5)], pain=(8, 1),
        need=OTHER_NEED, codes=[line("27096", "RT")], findings=[], dos="2025-12-02", pos="22")

    # 12 ------------------------------------------------------------------------------------------------------
    add("fde-sij-02", "dictated paragraph", f"""
Resident procedure note, faculty practice office. Therapeutic left sacroiliac joint injection under fluoroscopic
guidance. {HP['c']} Left buttock pain for 11 months from sacroiliitis (M46.1), not controlled by 10 weeks of
physical therapy and celecoxib, which she stopped because of stomach upset. She can no longer sleep on her left side
or climb stairs without a rail. A diagnostic left SI joint block in November with bupivacaine gave 80% relief for the
duration of the anesthetic. Written informed consent was signed after the risks were discussed. Allergies reviewed,
site marked, NPO status appropriate. Pain before the injection: 7/10. No sedation. The left SI region was prepped
and draped; skin infiltrated with 2 mL of 1% lidocaine. Under fluoroscopy a 22-gauge spinal needle entered the
inferior third of the left SI joint. Isovue-M 200, 0.5 mL, outlined the joint; AP and oblique images were saved.
Injected methylprednisolone 40 mg (1 mL Depo-Medrol 40 mg/mL) with 1 mL of 0.25% bupivacaine. No complications.
Pain afterwards 2/10, about 70% relief of her buttock pain. {recovery(2)}

{dc('a', 'none.')}

{ATTEST['c']}
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                   imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iopamidol", 0.5, "ml"), given("methylprednisolone_acetate", 40),
               given("bupivacaine", 2.5)], pain=(7, 2), need=OTHER_NEED,
        codes=[line("27096", "LT"), line("J1030")], findings=["time_out"], dos="2024-02-14", pos="11",
        comment="Checklist items are given in prose (consent, allergies, site marking, NPO) but no time-out or pause. "
                "Dated before 2024-04-01: methylprednisolone 40 mg is J1030 x1.")

    # 13 ------------------------------------------------------------------------------------------------------
    add("fde-tpi-01", "dictated paragraph", f"""
Trigger point injections, three muscles, faculty practice office; procedure by the PGY-3 resident with the
attending at the bedside. {HP['b']} Neck and upper back pain for eight months from myofascial pain syndrome of the
neck and upper back (M79.12). Physical therapy for six weeks, heat and cyclobenzaprine helped only briefly. She has
cut her computer work to two hours a day because of the pain. On examination there are palpable taut bands with
local twitch responses and referred pain to the occiput in the right upper trapezius, the left upper trapezius and
the right levator scapulae. {checklist()} Pain before the injections 7/10. No sedation and no imaging; the points
were located by palpation. After an alcohol prep, each of the three trigger points (right upper trapezius, left
upper trapezius, right levator scapulae) was injected with 1 mL of 1% lidocaine (3 mL in total) with a 25-gauge
needle, fanning until the twitch response stopped. No complications. Pain after the injections 3/10, about 55%
relief. {recovery(3, aldrete='10 (not sedated)')}

{dc('b', 'none.')}

{ATTEST['b']}
""", procs=[proc("trigger_point", imaging="none", sedation="none")], drugs=[given("lidocaine", 30)], pain=(7, 3),
        need=OTHER_NEED, codes=[line("20553")], findings=[], dos="2026-04-07", pos="11")

    # 14 ------------------------------------------------------------------------------------------------------
    add("fde-onb-01", "odd spacing", f"""
BILATERAL   GREATER   OCCIPITAL   NERVE   BLOCKS        faculty  practice  office

Resident :  PGY-3 ;   Attending :  present .

{HP['a']}

Indication :  occipital neuralgia (M54.81) ,  both sides ,  for  six  months ;  shooting  pain  from  the  base  of
the  skull  over  the  vertex  with  scalp  tenderness ;  Tinel  sign  positive  over  both  greater  occipital
nerves .   Gabapentin  and  physical  therapy  did  not  help .   Headache  days  keep  her  from  work  twice  a  week .

{checklist()}

Pain  before :  8/10

Procedure :  seated ,  hair  parted ,  alcohol  prep .   Landmark  technique ,  no  imaging ,  no  sedation .   At  the
medial  third  between  the  occipital  protuberance  and  the  mastoid ,  medial  to  the  occipital  artery ,  on  each
side :   1.5 mL  of  0.5%  bupivacaine  with  triamcinolone  10 mg  (0.25 mL  of  Kenalog-40) .   Triamcinolone  was
drawn  from  one  1 mL  single-dose  vial  (40 mg) ;  20 mg  given ,  20 mg  discarded .

Pain  after :  2/10 ,  scalp  numb  on  both  sides .

{recovery(2, aldrete='10 (no sedation)')}

{dc('c', 'not applicable.')}

{ATTEST['c']}
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                   imaging="none", sedation="none")],
        drugs=[given("bupivacaine", 15), given("triamcinolone_acetonide", 20)], pain=(8, 2), need=OTHER_NEED,
        codes=[line("64405", "50"), line("J3301", units=2), line("J3301", "JW", units=2)],
        findings=["complications"], complications=None, dos="2025-08-12", pos="11",
        comment="No statement of complications or their absence; the discharge warning signs are instructions, not "
                "an outcome. Single-dose vial with 20 mg discarded: J3301 x2 and J3301-JW x2.")

    # 15 ------------------------------------------------------------------------------------------------------
    add("fde-pnb-01", "capitalised headers", f"""
PROCEDURE NOTE - REGIONAL AND PAIN SERVICE (HOSPITAL OUTPATIENT)
PROCEDURE: Right suprascapular nerve block, ultrasound guided
OPERATORS: regional anesthesia fellow; attending present

{HP['b']}

INDICATION: Right shoulder pain for one year from glenohumeral osteoarthritis; not a surgical candidate because of
heart failure. Physical therapy for 8 weeks and acetaminophen gave little relief; he cannot dress himself or reach
a shelf.
DIAGNOSIS: Primary osteoarthritis, right shoulder (M19.011).

{checklist()}

PRE-PROCEDURE PAIN: 7/10

TECHNIQUE: Seated. Right shoulder prepped and draped. With a linear probe in the suprascapular fossa, the
suprascapular nerve and artery were seen beneath the transverse scapular ligament. 2 mL of 1% lidocaine to the skin.
A 22-gauge block needle was advanced in plane; after negative aspiration 8 mL of 0.25% bupivacaine with triamcinolone
40 mg (1 mL) was injected with spread around the nerve under direct vision. A representative ultrasound image was
saved to the record. No sedation.

COMPLICATIONS: None.
POST-PROCEDURE PAIN: 2/10.

{recovery(2)}

{dc('b', 'none.')}

{ATTEST['b']}
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                   imaging="ultrasound", sedation="none")],
        drugs=[given("lidocaine", 20), given("bupivacaine", 20), given("triamcinolone_acetonide", 40)], pain=(7, 2),
        need=OTHER_NEED, codes=[line("64418", "RT"), line("76942", "26")], findings=[], dos="2026-06-23", pos="22")


def _hand_half(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    # 16 ------------------------------------------------------------------------------------------------------
    add("fde-h-tpi-01", "dictated paragraph", f"""
Trigger point injection note, hospital outpatient pain clinic. Done by me, the PGY-2 resident, with the attending in
the room. H&P reviewed, no interval change. He has had left low back muscular pain for five months, diagnosed as
myofascial pain syndrome of the lumbar paraspinal muscles (M79.18); home stretching and cyclobenzaprine have not
helped and he now avoids yard work. I found two active trigger points with taut bands and referred pain into the left
buttock, one in the left lumbar paraspinals at L3 and one in the left quadratus lumborum. He gave written consent
after we talked about bleeding, infection and pneumothorax risk. We held a time-out. Pain before: 6/10. Using
palpation only, I injected each point with 3 mL of a 1:1 mixture of 1% lidocaine and 0.5% bupivacaine, two muscles
in all. No sedation. No complications. Pain after: 3/10. Recovery nurse: vitals stable, Aldrete 10, ambulating
without difficulty.

Discharge: shower tomorrow; soreness in the muscles for a day or two is expected; heat is fine after 24 hours; call
for fever, spreading redness or shortness of breath. Follow up in the pain clinic in four weeks.

Attending attestation: I was present for the entire procedure and agree with the findings.
""", procs=[proc("trigger_point", sedation="none", imaging="none")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 15)], pain=(6, 3), need=OTHER_NEED,
        codes=[line("20552")], findings=["percent_relief"], dos="2025-05-06", pos="22",
        comment="Only pre/post scores: the percent relief is implied, not stated (info finding counts, README).")

    # 17 ------------------------------------------------------------------------------------------------------
    add("fde-h-gnb-01", "dictated paragraph", f"""
Left genicular nerve block, diagnostic, ambulatory surgery center. Fellow dictating; the attending was present.

Interval update: H&P reviewed, no interval change; no new medications. She has had left knee pain for four years
from primary osteoarthritis of the left knee (M17.12), with failed physical therapy, two steroid injections into the
joint that each helped a few weeks, and a hyaluronic acid series. She declines knee replacement. She cannot walk
more than half a block and needs both hands on the rail for stairs.

Checklist: identity confirmed, allergies reviewed (sulfa), site marked on the left knee, NPO, no anticoagulants.
Time-out completed before the start with the nurse and radiology technologist.

Pain before the block was 7/10. The left knee was prepped and draped. 3 mL of 1% lidocaine to the skin at three
sites. Under fluoroscopy, 22-gauge needles were placed at the superomedial, superolateral and inferomedial genicular
nerves at the junctions of the shaft and the epicondyles, confirmed in AP and lateral views. 1 mL of 0.5% bupivacaine
at each nerve. No sedation. No complications. At 30 minutes her pain was 1/10 with stair climbing, about 85% relief.

Recovery: BP 142/80, HR 70, Aldrete 10, walking independently. Discharged with her daughter.

Instructions: no driving today; the knee may feel numb or weak for several hours, so use your walker; ice for
soreness; call for fever or redness; record your pain every hour for the next six hours on the diary card. Follow
up in two weeks to discuss radiofrequency ablation.

I was present for the entire procedure and agree with the findings. - Attending
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                   intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 15)], pain=(7, 1), need=OTHER_NEED,
        codes=[line("64454", "LT")], findings=["consent"], consent=False, dos="2026-03-03", pos="24",
        comment="The checklist names identity, allergies, site marking and NPO but no consent.")

    # 18 ------------------------------------------------------------------------------------------------------
    add("fde-h-grfa-01", "dictated paragraph", f"""
Right genicular radiofrequency ablation, hospital outpatient. Resident note with attending supervision.

H&P reviewed, no interval change. Right knee osteoarthritis (M17.11) with six years of pain; PT, NSAIDs and
injections have failed and he is not a surgical candidate because of his BMI. A right genicular nerve block last
month gave 90% relief for about seven hours. He can walk only around the house.

He signed consent for the procedure after we discussed bleeding, infection, skin burn and numbness. Time-out done.
Pain before: 6/10. No sedation. The right knee was prepped and draped; 3 mL of 1% lidocaine to the skin. Under
fluoroscopy, RF cannulae were placed to the superomedial, superolateral and inferomedial genicular nerves and
confirmed on AP and lateral views. Sensory stimulation reproduced his knee pain at each; motor testing showed no
leg movement. 1 mL of 2% lidocaine was injected at each target and a radiofrequency lesion was then made at each of
the three nerves. No complications. Pain after: 2/10.

Nursing recovery: vitals stable, Aldrete 10, pain 2/10, dressing dry.

Discharge: numbness of the skin over the knee can last weeks; a sunburn-like sensitivity is possible; call for fever,
drainage or severe pain; resume rivaroxaban tonight; follow up in six weeks.

Attending: I was present for the entire procedure and agree with the findings.
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                   sedation="none")],
        drugs=[given("lidocaine", 90)], pain=(6, 2), need=OTHER_NEED, codes=[line("64624", "RT")],
        findings=["approach"], dos="2025-07-15", pos="22",
        comment="'a radiofrequency lesion was made' with no technique or temperature: rfa technique unstated.")

    # 19 ------------------------------------------------------------------------------------------------------
    add("fde-h-stellate-01", "dictated paragraph", f"""
Stellate ganglion block, left, ultrasound guided, hospital outpatient procedure unit. Fellow performing; attending
present.

H&P reviewed; no interval change. Complex regional pain syndrome type I of the left upper limb (G90.512) for seven
months after a wrist fracture: burning pain, swelling, color change and allodynia of the left hand. Occupational
therapy and gabapentin have not controlled it, and she cannot use the hand to dress.

Informed consent signed. Time-out performed. Allergies reviewed, NPO confirmed, no anticoagulants. Pain before 8/10.
No sedation. Supine, neck slightly extended. With a linear probe at C6 the longus colli, carotid artery and the
prevertebral fascia were identified; 1 mL of 1% lidocaine to the skin; a 25-gauge needle was advanced in plane to
below the prevertebral fascia and 5 mL of 0.5% ropivacaine was injected in divided doses after negative aspiration,
with spread seen on ultrasound. An image of the needle and spread was saved.

Left Horner syndrome and a rise in left hand skin temperature from 29.8 to 33.5 C followed within 15 minutes. No
complications. Pain after 4/10.

Recovery (RN): BP 126/70, HR 68, Aldrete 10, voice slightly hoarse as expected, swallowing sips without difficulty.
Discharge: no eating or drinking until numbness of the throat resolves, about two hours; droopy eyelid and
hoarseness will fade within hours; call for trouble breathing, fever or neck swelling.

I was present for the entire procedure and agree with the findings.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                   imaging="ultrasound", sedation="none")],
        drugs=[given("lidocaine", 10), given("ropivacaine", 25)], pain=(8, 4), need=OTHER_NEED,
        codes=[line("64510"), line("76942", "26")], findings=[], dos="2024-12-10", pos="22")

    # 20 ------------------------------------------------------------------------------------------------------
    add("fde-h-shp-01", "dictated paragraph", f"""
Superior hypogastric plexus block with moderate sedation, hospital outpatient. Fellow note; attending present for
the entire case.

H&P reviewed; no interval change since clinic. Pelvic pain from cervical cancer (neoplasm related pain, G89.3;
malignant neoplasm of the cervix uteri, C53.9) for five months despite oxycodone and gabapentin; she spends most of
the day in bed.

Consent: risks explained; written consent signed. Time-out completed before needle placement.

Moderate sedation ordered and directed by the attending: midazolam 2 mg and fentanyl 75 mcg IV, given by the
procedure nurse, with a second RN as the independent observer. Sedation 10:15 to 10:35, 20 minutes intraservice.

Prone. Lower back prepped and draped. 4 mL of 1% lidocaine to the skin bilaterally. Under fluoroscopy, two 22-gauge
needles were advanced from both sides toward the anterolateral L5-S1 disc margin. Omnipaque 300, 2 mL per side
(4 mL in total), outlined the retroperitoneal space anterior to the sacral promontory, without vascular uptake.
10 mL of 0.25% bupivacaine was injected on each side (20 mL in total).

No complications. Recovery: vital signs stable, Aldrete 9 then 10, pain 3/10 in recovery. Discharged with her
husband.

Discharge: rest today, no driving; leg numbness is not expected but call if it occurs; call for fever, blood in the
urine or severe abdominal pain; continue current pain medicines; oncology and pain follow-up as scheduled.

I was present for the entire procedure and agree with the findings.
""", procs=[proc("sympathetic_block", target="superior_hypogastric", region="lumbar", imaging="fluoroscopy",
                   contrast=True, sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 75, "mcg"), given("lidocaine", 40),
               given("iohexol", 4, "ml"), given("bupivacaine", 50)], pain=(None, 3), need=OTHER_NEED,
        codes=[line("64517"), line("77002", "26"), line("99152")], findings=["pre_procedure_pain_score"],
        dos="2025-11-18", pos="22",
        comment="Only the recovery pain score is written; no score before the block.")

    # 21 ------------------------------------------------------------------------------------------------------
    add("fde-h-joint-01", "dictated paragraph", f"""
Right hip intra-articular injection under fluoroscopy, hospital outpatient. Resident procedure; attending present.

Interval H&P: reviewed, no interval change. Right hip pain for 18 months from primary osteoarthritis of the right hip
(M16.11). PT and meloxicam have not helped; he limps and cannot put on his right sock.

Written consent obtained. Time-out done at the bedside. Pain before: 7/10. No sedation.

Supine; right groin prepped and draped; femoral artery marked. 3 mL of 1% lidocaine to the skin. Under fluoroscopy a
22-gauge spinal needle was advanced to the right femoral head-neck junction; Omnipaque 240, 1 mL, confirmed an
intra-articular arthrogram. Injected triamcinolone 40 mg (1 mL) with 4 mL of 0.5% ropivacaine. No complications.
Pain after: 2/10 with internal rotation.

Recovery: Aldrete 10; walked with his cane at baseline.
Discharge: the leg may feel numb or weak for several hours, so have someone with you when walking; call for fever,
hot swollen joint or rising pain after 48 hours. Blood sugar may rise for a few days. Follow up in 6 weeks.

I was present for the entire procedure and agree with the findings.
""", procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="fluoroscopy",
                   contrast=True, sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40),
               given("ropivacaine", 20)], pain=(7, 2), need=OTHER_NEED,
        codes=[line("20610", "RT"), line("77002", "26")], findings=[], dos="2026-07-28", pos="22")

    # 22 ------------------------------------------------------------------------------------------------------
    add("fde-h-joint-02", "dictated paragraph", f"""
Left glenohumeral joint injection, ultrasound guided, faculty practice office. PGY-4 resident with the attending.

H&P reviewed, no interval change. Adhesive capsulitis of the left shoulder (M75.02) for five months; she cannot
comb her hair or fasten her bra. Physical therapy for six weeks has not restored her motion.

Consent signed. Time-out completed. Pain before the injection 6/10. No sedation.

Seated; posterior left shoulder prepped with chlorhexidine. 4 mL of 1% lidocaine was used for the skin and track.
With a curvilinear probe, a 22-gauge spinal needle was guided in plane from posterior into the glenohumeral joint
between the humeral head and the posterior labrum, and triamcinolone 40 mg (1 mL of Kenalog-40) was injected, seen
to distend the posterior recess. A still image showing the needle in the joint was saved to the chart. No
complications.

Recovery: sitting comfortably, vitals normal, Aldrete 10.
Instructions: gentle pendulum exercises tonight, restart therapy in two days; shoulder may be numb for a few hours;
call for fever, redness or severe pain; diabetics check sugars; follow up in four weeks.

I was present for the entire procedure and agree with the findings.
""", procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="left", imaging="ultrasound",
                   sedation="none")],
        drugs=[given("lidocaine", 40), given("triamcinolone_acetonide", 40)], pain=(6, None), need=OTHER_NEED,
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=["post_procedure_pain_score"],
        dos="2025-01-21", pos="11",
        comment="No pain score after the injection: recovery lists comfort, vitals and Aldrete only.")

    # 23 ------------------------------------------------------------------------------------------------------
    add("fde-h-scs-01", "dictated paragraph", f"""
Spinal cord stimulator trial, percutaneous lead placement, hospital outpatient. Fellow performed the placement with
the attending present throughout.

Interval H&P: reviewed, no interval change; no fever, no open wounds. Failed back surgery syndrome (M96.1) after an
L4-S1 fusion, with three years of back and bilateral leg pain despite physical therapy, gabapentin, duloxetine and
two epidural injections that gave no lasting benefit. She walks less than a block and has stopped working. A
psychological evaluation by the pain psychologist last month found no contraindication and cleared her for a
stimulator trial.

Written consent signed. Time-out completed with the device representative present. Pain before 8/10.

Prone. No IV sedation; local anesthetic only so that she could report paresthesia coverage. The back was prepped and
draped. 10 mL of 1% lidocaine for the skin and tracks. Under fluoroscopy, Tuohy needles entered the epidural space at
T12-L1 from a left and a right paramedian approach. Two 8-contact percutaneous leads were advanced, the left lead to
the top of T8 and the right lead to the middle of T8. Intraoperative testing gave coverage of both legs and the low
back. The leads were anchored and dressed and connected to the external generator.

No complications. Pain after, with stimulation on: 3/10.

Recovery: Aldrete 10; device programmed by the representative; lead care reviewed.
Discharge: keep the dressing dry, no showering during the trial; no bending, lifting or twisting; call for fever,
drainage, new weakness or numbness of the legs; return in 7 days for lead removal.

Teaching physician: I was present for the entire procedure and agree with the findings.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 100)], pain=(8, 3), need=OTHER_NEED,
        codes=[line("63650", units=2), line("77003", "26")], findings=[], dos="2026-09-15", pos="22")

    # 24 ------------------------------------------------------------------------------------------------------
    add("fde-h-scsimp-01", "dictated paragraph", f"""
Permanent spinal cord stimulator implant (two percutaneous leads and implanted pulse generator), hospital outpatient
operating room. Fellow as first operator, attending present for the entire procedure.

H&P reviewed; no interval change. Post-laminectomy syndrome (M96.1) with four years of low back and left leg pain;
conservative care including therapy, medicines and injections failed to give lasting relief; psychological
evaluation cleared him for stimulation. The 7-day trial in March gave 70% relief of his leg pain and let him walk a
mile.

Consent signed for the implant. Time-out completed. Pain before 6/10.

Moderate sedation by the attending with an independent RN observer: midazolam 3 mg and fentanyl 150 mcg IV in
divided doses; start 07:50, end 09:02 (72 minutes). Prone; prepped and draped. 20 mL of 1% lidocaine for the skin and
tracks and 10 mL of 0.25% bupivacaine at the generator pocket. Under fluoroscopy, two percutaneous 8-contact leads
were placed through T12-L1 to the top of T8 and the middle of T8, tested for coverage, and anchored. A pocket was
made in the left upper buttock; the leads were tunneled and connected to the rechargeable generator, impedances
normal. Layered closure.

No complications. Pain after 4/10.

Recovery: Aldrete 10; no new leg weakness.
Discharge: wound care, no lifting over ten pounds, no bending or twisting for six weeks; call for fever, wound
drainage, new numbness or weakness; resume aspirin in two days; wound check in 10 days.

I was present for the entire procedure and agree with the findings.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                   sedation="moderate")],
        drugs=[given("midazolam", 3), given("fentanyl", 150, "mcg"), given("lidocaine", 200), given("bupivacaine", 25)],
        pain=(6, 4), need=OTHER_NEED,
        codes=[line("63650", units=2), line("63685"), line("77003", "26"), line("99152"), line("99153", units=4)],
        findings=[], dos="2025-04-29", pos="22")

    # 25 ------------------------------------------------------------------------------------------------------
    add("fde-h-kypho-01", "dictated paragraph", f"""
L1 balloon kyphoplasty, hospital outpatient, with moderate sedation. Resident dictation; attending present.

H&P reviewed, no interval change. Osteoporotic compression fracture of L1 (age-related osteoporosis with current
pathological fracture, vertebra, initial encounter, M80.08XA) after a fall seven weeks ago. Six weeks of bracing,
acetaminophen and tramadol have failed; she is confined to a recliner and needs help to the bathroom. MRI shows an
acute L1 compression fracture with marrow edema on STIR and about 30% loss of height.

Written consent signed. Time-out completed.

Moderate sedation by the attending: midazolam 2 mg and fentanyl 100 mcg IV; an independent RN observer monitored
her. Sedation 14:05 to 14:40, 35 minutes.

Pain before 9/10. Prone. Prepped and draped. 10 mL of 1% lidocaine to the skin and periosteum and 10 mL of 0.5%
bupivacaine along the tracks. Under biplanar fluoroscopy, bilateral transpedicular cannulae were placed into the L1
body; balloons were inflated to create cavities with partial height restoration, and polymethylmethacrylate cement
was injected under continuous lateral fluoroscopy without extravasation.

No complications. Pain after 4/10.

Recovery: Aldrete 9 then 10; legs move normally.
Discharge: walk with assistance; no lifting; call for fever, new leg numbness or weakness, or severe new back pain;
resume apixaban in 24 hours; follow up in two weeks; bone health referral.

I was present for the entire procedure and agree with the findings.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                   imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 100, "mcg"), given("lidocaine", 100), given("bupivacaine", 50)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("22514"), line("99152"), line("99153")], findings=[], dos="2026-10-06", pos="22")

    # 26 ------------------------------------------------------------------------------------------------------
    add("fde-h-pump-01", "dictated paragraph", f"""
Intrathecal pump refill and reprogramming, hospital outpatient pain clinic. Fellow note; attending present.

H&P reviewed, no interval change. Intractable cancer pain (G89.3) from metastatic prostate cancer, on intrathecal
morphine. Pain today 5/10.

Consent for the refill signed. Time-out done.

I refilled the pump myself under the attending's supervision: the abdomen was prepped, the template placed, and the
reservoir port accessed with a non-coring needle. The residual volume of 3.1 mL was aspirated, matching the expected
volume. 20 mL of preservative-free morphine 25 mg/mL was placed in the reservoir. I then reprogrammed the pump,
raising the daily dose by 10%, and confirmed the new settings on the printout.

No complications.

Discharge: watch for drowsiness, slow breathing, confusion or itching, and call or go to the emergency department
if they occur; no alcohol; next refill in about 8 weeks.

I was present for the entire procedure and agree with the findings.
""", procs=[proc("pump_refill")], drugs=[given("morphine", 500)], pain=(5, None), need=("diagnosis",),
        codes=[line("62370")], findings=[], dos="2025-02-25", pos="22")

    # 27 ------------------------------------------------------------------------------------------------------
    add("fde-h-pump-02", "dictated paragraph", f"""
Intrathecal baclofen pump refill, hospital outpatient clinic. Resident note.

H&P reviewed, no interval change. Spasticity from spastic diplegic cerebral palsy (G80.1), on intrathecal baclofen.

Consent signed. Time-out completed.

The abdomen was prepped with chlorhexidine and the refill kit template placed over the pump. The reservoir port was
accessed with a non-coring needle and 2.4 mL of residual drug was withdrawn. 18 mL of baclofen 2000 mcg/mL was
instilled into the reservoir. The needle was removed and a bandage applied.

No complications.

Discharge: call for increased stiffness, itching, fever or unusual drowsiness, which can be signs of too little or
too much medicine; next refill in three months.

Attending: I was present for the entire procedure and agree with the findings.
""", procs=[proc("pump_refill")], drugs=[given("baclofen", 36)], pain=(None, None), need=("diagnosis",),
        codes=[line("95991")], findings=["approach"], dos="2026-11-03", pos="22",
        comment="Says neither who refilled (the author is assumed: 95991) nor whether the pump was reprogrammed.")

    # 28 ------------------------------------------------------------------------------------------------------
    add("fde-h-tfesi-04", "dictated paragraph", f"""
Repeat left L4-L5 transforaminal epidural steroid injection, ambulatory surgery center. PGY-4 resident performing;
attending present.

Interval history: H&P reviewed, no interval change. Left L4 radiculopathy (M54.16): pain from the left hip across the
front of the thigh to the medial shin, with numbness over the medial calf and a reduced left knee jerk, present for
ten months. PT for eight weeks and pregabalin failed to help. She cannot climb stairs at home or stand to cook. MRI:
left foraminal disc protrusion at L4-L5 narrowing the left L4 root. Her first left L4-L5 transforaminal injection,
four months ago, gave 60% relief that lasted about four months, now wearing off.

Consent signed. Time-out done. Pain before 7/10. No sedation.

Prone; prepped and draped. 2 mL of 1% lidocaine to the skin. Under fluoroscopy, a 22-gauge needle was placed to the
left L4-L5 foramen; Omnipaque 240, 1 mL, showed perineural and epidural flow without vascular uptake; AP and lateral
images were saved. Dexamethasone 10 mg (1 mL) was injected.

No complications. Pain after 2/10.

Recovery: BP 132/74, Aldrete 10, pain 2/10, walking steadily.
Discharge: no driving today; shower tonight, no baths for two days; leg numbness from the anesthetic can last a few
hours; call for fever, severe headache, new weakness or bladder problems; blood sugar may rise; follow-up in the pain
clinic in four weeks.

I was present for the entire procedure and agree with the findings.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                   levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT")], findings=[], dos="2026-06-09", pos="24",
        comment="A repeat with 60% relief for about four months (>= 50% for >= 90 days): no prior-response finding.")

    # 29 ------------------------------------------------------------------------------------------------------
    add("fde-h-sinb-01", "dictated paragraph", f"""
Right sacroiliac joint lateral branch blocks, diagnostic, hospital outpatient. Fellow performing; attending present.

H&P reviewed, no interval change. Right sacroiliitis (M46.1) with 14 months of right buttock pain; PT for 3 months
and NSAIDs failed, and an intra-articular right SI injection helped only two weeks. She cannot sit longer than 15
minutes or drive to work.

Written consent signed; time-out done. Pain before 6/10. No sedation.

Prone; prepped and draped. 3 mL of 1% lidocaine to the skin. Under fluoroscopy, 22-gauge needles were placed to the
right L5 dorsal ramus at the sacral ala and to the right S1, S2 and S3 lateral branches lateral to the posterior
sacral foramina. 0.5 mL of 0.5% bupivacaine at each of the four targets.

No complications. Pain after 1/10, about 83% relief on sitting and provocation.

Recovery: Aldrete 10, walking normally.
Discharge: buttock and leg may feel numb for several hours; no driving today; call for fever or redness; keep the
pain diary for eight hours.

I was present for the entire procedure and agree with the findings.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="right",
                   imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30), given("bupivacaine", 10)], pain=(6, 1), need=OTHER_NEED,
        codes=[line("64451", "RT")], findings=[], dos="2025-12-16", pos="22")

    # 30 ------------------------------------------------------------------------------------------------------
    add("fde-h-sirfa-01", "dictated paragraph", f"""
Left sacroiliac joint radiofrequency ablation, ambulatory surgery center. PGY-5 fellow; attending present.

H&P reviewed, no interval change. Left sacroiliitis (M46.1) with two years of left buttock pain; PT, NSAIDs and
intra-articular injections gave only short relief. Two left L5 dorsal ramus and S1-S3 lateral branch blocks gave 80%
and 85% relief. She cannot sit through a meal or work a full shift.

Consent signed. Time-out completed. Pain before 7/10. No sedation.

Prone; prepped and draped. 4 mL of 1% lidocaine to the skin. Under fluoroscopy, RF cannulae were placed to the left L5
dorsal ramus at the sacral ala and lateral to the left S1, S2 and S3 posterior foramina. Motor testing showed no leg
response. 0.5 mL of 2% lidocaine at each of the four targets, then thermal lesions at 80 degrees C for 90 seconds at
each target.

No complications. Pain after 2/10.

Recovery: Aldrete 10; walking steadily.
Discharge: soreness for one to two weeks is expected; call for fever, drainage or new weakness; no driving today.

I was present for the entire procedure and agree with the findings.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                   imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 80)], pain=(7, 2), need=OTHER_NEED, codes=[line("64625", "LT")], findings=[],
        dos="2026-02-24", pos="24")
