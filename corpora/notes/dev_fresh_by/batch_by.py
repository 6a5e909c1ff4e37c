"""Sealed precision batch `dev_fresh_by` (`fby-*`): 30 fictional notes and the gold an expert coder reads from them.

PRECISION batch: nearly every note documents every element the procedure asks for, each written in a less common
but unambiguous way (consent without the usual formula, time-outs as 'universal protocol' or a 'pause', durations
from a dated injury, conservative care counted in sessions or written as a range, prior response as 'cut her pain
in half', template check boxes, a signed side correction, contrast left out for an allergy...), so that a reader
that misses a wording raises a false finding. Six notes leave out one element each (`findings` of their `add`).

Half the notes (`fby-<family>-NN`) are laid out by `_render` in one of seven template styles from field sentences
written for this batch; the other half (`fby-h-*`) are dictated by hand (prose, shorthand, op-note, EMR template).
Gold was labelled from the text before and without any Painpoint run. Built by `make_notes.py` with the kit of
`../dev_fresh_d/make_notes.py`.
"""

from __future__ import annotations

# --- layout of the templated half -------------------------------------------------------------------------------


def _caps(title: str, fields: list[tuple[str, str]]) -> str:
    """Capitalised headers, one field per paragraph."""
    return title.upper() + "\n\n" + "\n\n".join(f"{lab.upper()}: {txt}" for lab, txt in fields)


def _title(title: str, fields: list[tuple[str, str]]) -> str:
    """Title-case header on its own line, the sentence indented below it."""
    return title + "\n\n" + "\n\n".join(f"{lab}:\n  {txt}" for lab, txt in fields)


def _bullets(title: str, fields: list[tuple[str, str]]) -> str:
    """A title and one dash bullet per field."""
    return title + "\n" + "\n".join(f"- {lab}: {txt}" for lab, txt in fields)


def _inline(title: str, fields: list[tuple[str, str]]) -> str:
    """'Label: value' fields on consecutive lines, no blank lines."""
    return title + "\n" + "\n".join(f"{lab}: {txt}" for lab, txt in fields)


def _odd(title: str, fields: list[tuple[str, str]]) -> str:
    """Odd spacing: lower-case labels, a space before the colon, double spaces, stray blank lines."""
    out = [title.upper() + "   ", ""]
    for i, (lab, txt) in enumerate(fields):
        pad = "  " if i % 2 else " "
        out.append(f"{lab.lower()}{pad}:{pad}{txt}")
        if i % 3 == 2:
            out.append("")
    return "\n".join(out)


def _dictated(title: str, fields: list[tuple[str, str]]) -> str:
    """Dictated paragraphs: labels dropped, the sentences run on (so every field sentence stands alone)."""
    texts = [txt for _, txt in fields]
    paras = [" ".join(texts[i:i + 6]) for i in range(0, len(texts), 6)]
    return title + "\n\n" + "\n\n".join(paras)


def _attestation(title: str, fields: list[tuple[str, str]]) -> str:
    """Title-case headers followed by a boilerplate attestation."""
    body = "\n".join(f"{lab}: {txt}" for lab, txt in fields)
    return (title + "\n\n" + body + "\n\nAttestation: I personally performed this procedure, was present for all of it, "
            "and reviewed and signed this note.")


STYLES = {"caps_headers": _caps, "title_headers": _title, "bullets": _bullets, "inline_fields": _inline,
          "odd_spacing": _odd, "dictated": _dictated, "attestation": _attestation}


def _render(style: str, title: str, fields: list[tuple[str, str]]) -> str:
    return STYLES[style](title, fields)


def _generated(add):
    """`add` for the templated half: the kit writes origin 'hand'; these notes are laid out by a template, so
    their origin is 'generated' (the queued record is the kit's last one)."""
    notes = add.__globals__["NOTES"]

    def add_generated(*args, **kwargs):
        add(*args, **kwargs)
        notes[-1]["origin"] = "generated"
    return add_generated


# --- the templated half (15) ------------------------------------------------------------------------------------


def build_templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add = _generated(add)
    tf = dict(approach="transforaminal", imaging="fluoroscopy", contrast=True, intent="therapeutic")

    # 1 ------------------------------------------------------------------------------------------------------------
    add("fby-tfesi-01", "caps_headers", _render("caps_headers", "Right L4-L5 and L5-S1 transforaminal epidural steroid injection", [
        ("Procedure", "Right L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance."),
        ("Diagnosis", "Lumbar disc herniation with radiculopathy, right side (M51.16)."),
        ("History", "Right leg pain dating back to a lifting injury at work in January 2025. The pain travels from the right "
                    "buttock along the outer thigh and shin to the top of the foot, with tingling in the great toe; "
                    "straight-leg raise on the right reproduces it at 45 degrees."),
        ("Prior treatment", "Ten weeks of formal physical therapy and a course of meloxicam brought no lasting benefit."),
        ("Function", "He can no longer stand at his workbench for more than 15 minutes and has cut back to half shifts."),
        ("Imaging", "MRI lumbar spine 7/2025: right paracentral L4-5 protrusion abutting the traversing right L5 root, and "
                    "right L5-S1 foraminal narrowing."),
        ("Consent", "Risks (infection, bleeding, nerve injury, headache), benefits and alternatives were reviewed; he agreed "
                    "to proceed and the signed consent form is on the chart."),
        ("Time-out", "Universal protocol followed, with the right side marked and confirmed by the team."),
        ("Sedation", "No sedation; he remained awake and conversant throughout."),
        ("Pre-procedure pain", "He rated his leg pain 8/10 on arrival."),
        ("Technique", "Prone, chlorhexidine prep and sterile drape. After skin wheals with 2 mL of 1% lidocaine, 22-gauge "
                      "spinal needles were advanced under fluoroscopic guidance to the right L4-L5 and L5-S1 foramina by a "
                      "subpedicular approach."),
        ("Contrast", "Omnipaque 240, 1 mL at each level, outlined the exiting roots with epidural flow and no vascular "
                     "runoff on live imaging."),
        ("Medication", "At each level 1 mL of Kenalog-40 (40 mg) mixed with 1 mL of 0.25% bupivacaine was injected slowly."),
        ("Images", "Representative AP and lateral spot films were retained in the record."),
        ("Complications", "EBL minimal; no complications or adverse events."),
        ("Post-procedure pain", "In recovery he rated the leg pain 2/10."),
        ("Disposition", "Discharged ambulatory with a driver; follow-up in three weeks."),
    ]),
        procs=[proc("transforaminal_epidural", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
                    sedation="none", **tf)],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 5),
               given("lidocaine", 20)],
        pain=(8, 2), need=ESI_NEED, dos="2025-09-16", pos="11",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=8)], findings=[],
        comment="Duration from a dated injury (January 2025, DOS September 2025). 40 mg of Kenalog at each of two "
                "levels = 80 mg, within the 80 mg ceiling; 0.25% bupivacaine 2 mL = 5 mg.")

    # 2 ------------------------------------------------------------------------------------------------------------
    add("fby-tfesi-02", "bullets", _render("bullets", "Left S1 transforaminal epidural steroid injection", [
        ("Procedure", "Left S1 transforaminal epidural steroid injection with fluoroscopic guidance."),
        ("Diagnosis", "Left S1 radiculopathy (M54.17)."),
        ("History", "Symptoms began about five months ago while she was lifting bags of mulch. Electric pain runs down the "
                    "back of the left calf into the sole and little toe; the left ankle jerk is absent and light touch is "
                    "reduced along the lateral border of the foot."),
        ("Prior treatment", "She went through 8 weeks of supervised physical therapy and took naproxen daily, yet the leg "
                            "pain is unchanged."),
        ("Function", "She has to lean on a cart to get through the grocery store and wakes two or three times a night "
                     "with leg pain."),
        ("Imaging", "MRI 9/2024 shows a left L5-S1 disc extrusion compressing the descending left S1 nerve root."),
        ("Consent", "She signed consent after we went through the risks, the expected benefit and the other options, "
                    "including continued watchful waiting."),
        ("Sedation", "No IV sedation was requested or given."),
        ("Pre-procedure pain", "Pain before the procedure: 7 out of 10."),
        ("Technique", "Prone. Skin anesthetized with 3 mL of 1% lidocaine. Under fluoroscopy a 22-gauge needle was walked "
                      "into the left S1 foramen just below the S1 pedicle."),
        ("Contrast", "Isovue-M 300, 1 mL, spread along the S1 root sleeve into the anterior epidural space with no "
                     "intravascular pattern on digital subtraction."),
        ("Medication", "Dexamethasone 10 mg (1 mL of 10 mg/mL) followed by 1 mL of preservative-free saline was injected "
                       "slowly."),
        ("Images", "AP and lateral images saved to PACS."),
        ("Complications", "No complications; no paresthesia was provoked during the injection."),
        ("Post-procedure pain", "Pain after: 3 out of 10 at 15 minutes."),
    ]),
        procs=[proc("transforaminal_epidural", region="sacral", laterality="left", levels=["S1"], sedation="none", **tf)],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 30)],
        pain=(7, 3), need=ESI_NEED, dos="2024-11-05", pos="24", payer="medicare_cgs",
        codes=[line("64483", "LT")], findings=["time_out"],
        comment="GAP: no time-out statement. S1 foramen = level S1, sacral region (M54.17 lumbosacral fits). ASC: no "
                "drug line.")

    # 3 ------------------------------------------------------------------------------------------------------------
    add("fby-tfesi-03", "dictated", _render("dictated", "Left C6-C7 transforaminal epidural steroid injection", [
        ("Procedure", "Left C6-C7 transforaminal epidural steroid injection."),
        ("Diagnosis", "The diagnosis is cervical radiculopathy, left C7 (M54.12)."),
        ("History", "She describes aching at the left shoulder blade with shooting pain down the back of the arm into the "
                    "middle finger for roughly seven months; the left triceps reflex is diminished and Spurling's "
                    "maneuver to the left reproduces the arm pain."),
        ("Prior treatment", "Six weeks of cervical traction with therapy, followed by a prednisone taper, helped only for "
                            "a few days."),
        ("Function", "She has given up knitting and cannot hold a phone to her left ear for more than a few minutes."),
        ("Imaging", "MRI of the cervical spine from 11/2025 demonstrates left C6-7 uncovertebral hypertrophy with severe "
                    "left foraminal narrowing contacting the exiting C7 root."),
        ("Consent", "We discussed the risks, including rare spinal cord injury or stroke, the benefits and the "
                    "alternatives; she wished to go ahead and written consent was signed."),
        ("Time-out", "A pause was performed confirming patient, site and side."),
        ("Sedation", "No sedation was used."),
        ("Pre-procedure pain", "Her pain was 6/10 before we started."),
        ("Technique", "With the patient supine and the head turned slightly away, the skin was infiltrated with 1 mL of 1% "
                      "lidocaine, and in the oblique fluoroscopic view a 25-gauge needle was advanced to the posterior half "
                      "of the left C6-C7 neural foramen."),
        ("Contrast", "Under live fluoroscopy with digital subtraction, 0.5 mL of Omnipaque 240 outlined the C7 root "
                     "sleeve without vascular uptake."),
        ("Medication", "Dexamethasone 4 mg (1 mL) was then injected."),
        ("Images", "AP and oblique images were stored."),
        ("Complications", "There were no complications."),
        ("Post-procedure pain", "Fifteen minutes later the pain was 2/10 and grip and triceps strength were unchanged."),
        ("Disposition", "She was discharged home with her husband driving."),
    ]),
        procs=[proc("transforaminal_epidural", region="cervical", laterality="left", levels=["C6-C7"], sedation="none",
                    **tf)],
        drugs=[given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4), given("lidocaine", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2026-02-24", pos="22",
        codes=[line("64479", "LT")], findings=[],
        comment="Conservative care helped only briefly (six weeks of traction and therapy): documented failure. "
                "Hospital outpatient: no drug line.")

    # 4 ------------------------------------------------------------------------------------------------------------
    add("fby-ilesi-01", "inline_fields", _render("inline_fields", "LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION", [
        ("Procedure", "Lumbar interlaminar epidural steroid injection at L4-L5, midline approach, under fluoroscopy."),
        ("Diagnosis", "Lumbar spinal stenosis with neurogenic claudication (M48.062)."),
        ("History", "Heaviness in both buttocks and legs with numb calves after walking about two blocks, eased by "
                    "sitting or leaning on a shopping cart; present for over a year."),
        ("Prior treatment", "A daily home exercise program and 12 sessions of aquatic therapy; neither changed how far he "
                            "can walk."),
        ("Function", "He stopped his morning walks with his wife and has to sit down halfway through the grocery store."),
        ("Imaging", "MRI lumbar spine 8/2023: severe central canal stenosis at L4-L5 from a broad disc bulge and "
                    "ligamentum flavum thickening."),
        ("Consent", "Informed consent obtained in writing after discussing risks, benefits and alternatives."),
        ("Time-out", "Held with the nurse and radiology technologist before prep; correct patient, procedure and level "
                     "confirmed."),
        ("Sedation", "Local anesthetic only; no sedatives given."),
        ("Pre-procedure pain", "7/10 on the numeric rating scale."),
        ("Technique", "Prone with a pillow under the abdomen. After 3 mL of 1% lidocaine to the skin, a 20-gauge Tuohy "
                      "needle was advanced in the midline at L4-L5 with AP and lateral fluoroscopy; the epidural space was "
                      "found by loss of resistance to saline."),
        ("Contrast", "2 mL of Omnipaque 240 produced an epidural pattern in the lateral view without intrathecal or "
                     "vascular spread."),
        ("Medication", "Depo-Medrol 80 mg (2 mL) with 3 mL of preservative-free normal saline."),
        ("Images", "AP and lateral fluoroscopic images saved."),
        ("Complications", "None. No blood or CSF on aspiration."),
        ("Post-procedure pain", "3/10 at discharge."),
        ("Disposition", "Home with his wife; call for fever or new weakness."),
    ]),
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 30)],
        pain=(7, 3), need=ESI_NEED, dos="2023-10-17", pos="11",
        codes=[line("62323"), line("J1040")], findings=[],
        comment="12 sessions of aquatic therapy = 4 weeks at three a week (care_sessions_per_week), with 'neither "
                "changed' as the outcome. Before 2024-04-01: methylprednisolone 80 mg = J1040 x1.")

    # 5 ------------------------------------------------------------------------------------------------------------
    add("fby-ilesi-02", "attestation", _render("attestation", "Cervical Interlaminar Epidural Steroid Injection", [
        ("Procedure", "Cervical interlaminar epidural steroid injection at C7-T1 with fluoroscopic guidance."),
        ("Diagnosis", "Cervical radiculopathy (M54.12), right C6."),
        ("History", "Neck pain with burning radiation into the right forearm and thumb, and numbness of the thumb and "
                    "index finger, since a rear-end collision in 2023. The right biceps reflex is reduced."),
        ("Prior injection", "This is her second cervical epidural in the past 12 months; the last one, in October, gave "
                            "her about 70% relief for four months before the arm pain crept back."),
        ("Prior treatment", "Twelve weeks of physical therapy, a soft collar at night and gabapentin (stopped because of "
                            "dizziness) did not control the arm pain."),
        ("Function", "She cannot turn her head to back the car out and drops cups from her right hand."),
        ("Imaging", "Cervical MRI (1/2024): C5-6 and C6-7 disc-osteophyte complexes with right C5-6 foraminal narrowing "
                    "affecting the exiting C6 root."),
        ("Consent", "Consent reviewed and signed; she understands the risks including dural puncture and headache."),
        ("Time-out", "Pre-procedure pause completed confirming patient, procedure and level."),
        ("Sedation", "No sedation; she preferred to stay fully awake."),
        ("Pre-procedure pain", "7 out of 10."),
        ("Technique", "Prone with the neck flexed. Skin and track anesthetized with 2 mL of 1% lidocaine. A 20-gauge Tuohy "
                      "needle was advanced at C7-T1 just off midline using contralateral oblique and AP views until loss "
                      "of resistance."),
        ("Contrast", "Isovue-M 200 (1.5 mL) confirmed epidural spread with no intrathecal or vascular filling."),
        ("Medication", "Dexamethasone 10 mg diluted in 2 mL of saline was injected."),
        ("Images", "Two views (AP and contralateral oblique) were archived."),
        ("Complications", "No complications."),
        ("Post-procedure pain", "2 out of 10 at discharge."),
    ]),
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iopamidol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(7, 2), need=ESI_NEED, dos="2025-03-11", pos="24",
        codes=[line("62321")], findings=[],
        comment="A repeat (second cervical epidural in 12 months: 2 sessions, within 4) with 70% relief for four months "
                "(>= 50% for >= 90 days): no prior_procedure_response, no frequency. ASC: no drug line.")

    # 6 ------------------------------------------------------------------------------------------------------------
    add("fby-caudal-01", "odd_spacing", _render("odd_spacing", "Caudal epidural steroid injection", [
        ("Procedure", "Caudal epidural steroid injection through the sacral hiatus, fluoroscopically guided."),
        ("Diagnosis", "Post-laminectomy syndrome (M96.1) with bilateral leg radicular pain."),
        ("History", "Since a lumbar laminectomy in 2022 he has had aching in both buttocks with tingling down the outer "
                    "legs to the ankles, left worse than right, for well over two years."),
        ("Prior treatment", "Physical therapy for 2 months last fall and duloxetine were tried; the leg symptoms did not "
                            "improve."),
        ("Function", "Standing to shave or cook is limited to about 10 minutes; Oswestry today 44%."),
        ("Imaging", "MRI with and without contrast (3/2026): epidural scar in the left lateral recess enveloping the L5 "
                    "root, with moderate bilateral foraminal narrowing at the lumbosacral junction."),
        ("Consent", "Written informed consent obtained; risks reviewed including infection, bleeding and transient leg "
                    "numbness."),
        ("Time-out", "Time out performed - patient, procedure and site verified by all present."),
        ("Sedation", "Procedure done under local only, patient awake and conversant."),
        ("Pre-procedure pain", "Rated 8/10 on arrival."),
        ("Technique", "Prone. After 2 mL of 1% lidocaine over the hiatus, a 20-gauge Tuohy needle entered the sacral canal "
                      "under lateral fluoroscopy."),
        ("Contrast", "Omnipaque 300, 5 mL, filled the caudal epidural space and spread cephalad without vascular uptake."),
        ("Medication", "Celestone Soluspan 12 mg (2 mL) with 6 mL of 0.2% ropivacaine."),
        ("Images", "AP and lateral spot films saved to the chart."),
        ("Complications", "Complication-free."),
        ("Post-procedure pain", "3/10 in recovery."),
    ]),
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                    intent="therapeutic", sedation="local")],
        drugs=[given("iohexol", 5, "ml"), given("betamethasone_sodium_phosphate_acetate", 12), given("ropivacaine", 12),
               given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, dos="2026-06-23", pos="11",
        codes=[line("62323"), line("J0702", units=2)], findings=[],
        comment="Care 'were tried; ... did not improve' states the outcome after the list. Betamethasone 12 mg = the "
                "ceiling, not above it; J0702 per 6 mg = 2. Caudal: no level asked.")

    # 7 ------------------------------------------------------------------------------------------------------------
    add("fby-facet-01", "title_headers", _render("title_headers", "Cervical Medial Branch Block - Diagnostic", [
        ("Procedure", "Right C4-C5 and C5-C6 cervical medial branch blocks, diagnostic, under fluoroscopic guidance."),
        ("Diagnosis", "Cervical spondylosis without myelopathy or radiculopathy (M47.812)."),
        ("History", "Right-sided neck pain spreading to the top of the shoulder and the base of the skull for 18 months, "
                    "with no arm symptoms; worse looking up and turning right, with tenderness over the right "
                    "mid-cervical facets."),
        ("Prior treatment", "She finished 8 weeks of physical therapy and takes celecoxib daily; the neck pain persists "
                            "despite both."),
        ("Function", "Neck Disability Index 38%; she has stopped painting and cannot drive longer than 30 minutes."),
        ("Consent", "The block and its risks were explained; she signed the consent form."),
        ("Time-out", "Two identifiers, site and side verified during the time-out."),
        ("Sedation", "No sedation, so that the block response can be interpreted."),
        ("Pre-procedure pain", "Neck pain 6/10 on the numeric scale before the block."),
        ("Technique", "Prone with the neck slightly flexed. In the lateral fluoroscopic view 25-gauge needles were placed "
                      "at the waist of the right C4, C5 and C6 articular pillars, on the medial branches that supply the "
                      "C4-C5 and C5-C6 joints."),
        ("Medication", "0.5 mL of 2% lidocaine at each of the three targets (1.5 mL in all)."),
        ("Complications", "There were no complications; vital signs stayed stable."),
        ("Post-procedure pain", "1/10 at 20 minutes with full rotation to the right; a pain diary was given."),
        ("Plan", "If the relief matches the duration of lidocaine, a confirmatory block with bupivacaine will follow."),
    ]),
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2025-05-20", pos="11", payer="medicare_fcso",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[],
        comment="First diagnostic block (the confirmatory one is only planned): no relief history asked. C4, C5, C6 "
                "medial branches = C4-C5 and C5-C6 joints. Lidocaine 2% 1.5 mL = 30 mg.")

    # 8 ------------------------------------------------------------------------------------------------------------
    add("fby-facet-02", "caps_headers", _render("caps_headers", "Bilateral lumbar medial branch blocks", [
        ("Procedure", "Bilateral L4-L5 and L5-S1 lumbar medial branch blocks, second diagnostic (confirmatory) block, "
                      "fluoroscopic guidance."),
        ("Diagnosis", "Lumbar spondylosis without myelopathy or radiculopathy (M47.816)."),
        ("History", "Axial low back pain across the belt line for about 3 years, worse with standing and extension, never "
                    "radiating below the knee."),
        ("First block", "The first diagnostic block on 7/9/2024 with 2% lidocaine relieved 90% of her usual pain for "
                        "about 2 hours."),
        ("Prior treatment", "Despite 6 weeks of physical therapy, a home core program and naproxen, her back pain has not "
                            "improved."),
        ("Function", "She has to lie down after 20 minutes of housework; Oswestry 40%."),
        ("Time-out", "Team time-out completed before skin prep."),
        ("Sedation", "No sedation was given."),
        ("Pre-procedure pain", "NRS 7/10."),
        ("Technique", "Prone. Using oblique fluoroscopic views, 22-gauge needles were placed on both sides at the junction "
                      "of the superior articular and transverse processes of L4 and L5 (L3 and L4 medial branches) and in "
                      "the groove at the sacral ala (L5 dorsal ramus)."),
        ("Medication", "0.5 mL of 0.5% bupivacaine at each of the six targets (3 mL total)."),
        ("Complications", "No complications."),
        ("Post-procedure pain", "1/10 at 30 minutes; pain diary reviewed with her."),
    ]),
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2024-07-30", pos="22", consent=False,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=["consent"],
        comment="GAP: no consent statement. Confirmatory diagnostic block after 90% from the first (>= 80%): no "
                "diagnostic_block_relief.")

    # 9 ------------------------------------------------------------------------------------------------------------
    add("fby-facet-03", "dictated", _render("dictated", "Left L4-L5 and L5-S1 facet joint injections", [
        ("Procedure", "Left L4-L5 and L5-S1 intra-articular facet joint injections, therapeutic."),
        ("Diagnosis", "The diagnosis is lumbar facet arthropathy on the left (M47.816)."),
        ("History", "Left-sided low back pain over the lower lumbar facets has been present since a fall on the ice in "
                    "February 2024; it is worse with extension and twisting and does not travel into the leg."),
        ("Diagnostic blocks", "Two diagnostic medial branch blocks of these joints in January and February of this year "
                              "gave 85% and 90% relief for the expected duration of the anesthetic."),
        ("Prior treatment", "Physical therapy for 3 months and meloxicam did not give lasting relief, and she declined "
                            "radiofrequency ablation."),
        ("Function", "She cannot garden or carry laundry upstairs, and her Oswestry score is 36%."),
        ("Consent", "The risks and benefits were explained and she signed the consent form."),
        ("Time-out", "Time-out was completed with the left side marked."),
        ("Sedation", "No sedation was given."),
        ("Pre-procedure pain", "Pre-procedure pain was 6/10."),
        ("Technique", "Under fluoroscopic guidance in the oblique view, 22-gauge needles entered the left L4-L5 and L5-S1 "
                      "facet joints, and 0.3 mL of Isovue-M 200 in each joint produced an arthrogram."),
        ("Medication", "Each joint then received 0.5 mL of Kenalog-40 (20 mg) with 0.5 mL of 1% lidocaine."),
        ("Complications", "There were no complications."),
        ("Post-procedure pain", "Afterwards her pain was 2/10."),
    ]),
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("iopamidol", 0.6, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-04-14", pos="11",
        codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", units=4)], findings=[],
        comment="Therapeutic after two diagnostic blocks of 85% and 90% (each >= 80%); the first therapeutic session, "
                "not a repeat (the diagnostic blocks are no prior therapeutic response). Declined RFA is not a procedure.")

    # 10 -----------------------------------------------------------------------------------------------------------
    add("fby-rfa-01", "bullets", _render("bullets", "Lumbar radiofrequency neurotomy, bilateral", [
        ("Procedure", "Bilateral L4-L5 and L5-S1 radiofrequency neurotomy (L3 and L4 medial branches and L5 dorsal rami), "
                      "fluoroscopic guidance."),
        ("Diagnosis", "Lumbosacral spondylosis without myelopathy or radiculopathy (M47.817)."),
        ("History", "Axial low back pain for 4 years, worse with standing and arching back, no leg symptoms."),
        ("Diagnostic blocks", "Two comparative medial branch blocks: 3/2025 with lidocaine, 100% relief for 2 hours; "
                              "4/2025 with bupivacaine, 80% relief for 6 hours."),
        ("Prior treatment", "Years of NSAIDs, a TENS unit and three courses of PT; none has kept the pain down."),
        ("Function", "She can walk the dog only to the end of the block and wakes from back pain most nights; ODI 42%."),
        ("Consent", "Signed consent in the chart after risks including neuritis, numbness and infection were reviewed."),
        ("Time-out", "Universal protocol followed, including side and level verification."),
        ("Sedation", "Local anesthesia only; she stayed awake to report sensory and motor stimulation."),
        ("Pre-procedure pain", "7/10."),
        ("Technique", "18-gauge RF cannulae with 10 mm active tips were placed parallel to each target nerve under "
                      "fluoroscopy; sensory stimulation at 50 Hz reproduced concordant back pain below 0.5 V, and motor "
                      "stimulation at 2 Hz up to 1.5 V produced no leg movement."),
        ("Medication", "Before lesioning, 1 mL of 2% lidocaine was given at each of the six sites."),
        ("Lesioning", "Thermal lesions at 85 °C for 90 seconds at each site."),
        ("Complications", "No complications."),
        ("Post-procedure pain", "3/10 leaving the recovery area."),
    ]),
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 3), need=SPINE_NEED, dos="2025-10-07", pos="24",
        codes=[line("64635", "50"), line("64636", "50")], findings=[],
        comment="Two diagnostic blocks of 100% and exactly 80% (threshold met). L3, L4 MB + L5 dorsal ramus = L4-L5, "
                "L5-S1. Lidocaine 2% 1 mL x 6 = 120 mg.")

    # 11 -----------------------------------------------------------------------------------------------------------
    add("fby-rfa-02", "inline_fields", _render("inline_fields", "REPEAT LUMBAR MEDIAL BRANCH RADIOFREQUENCY ABLATION", [
        ("Procedure", "Repeat right L4-L5 and L5-S1 medial branch radiofrequency ablation under fluoroscopy."),
        ("Diagnosis", "Lumbar spondylosis without radiculopathy, right-sided facet pain (M47.816)."),
        ("History", "Right low back pain present since 2019, returning gradually over this summer."),
        ("Prior RFA", "The same nerves were ablated in 8/2025; relief was about 70% and lasted nine months."),
        ("Prior treatment", "Meloxicam and a daily stretching routine no longer control the pain."),
        ("Consent", "Consent form signed after discussion of risks and benefits."),
        ("Time-out", "Pause for verification of side, levels and patient identity before prep."),
        ("Sedation", "None requested or given."),
        ("Pre-procedure pain", "6/10."),
        ("Technique", "Cannulae placed under fluoroscopy to the right L3 and L4 medial branches and the right L5 dorsal "
                      "ramus; sensory stimulation at 50 Hz concordant below 0.6 V; motor stimulation at 2 Hz without "
                      "radicular response."),
        ("Medication", "1 mL of 1% lidocaine per site (3 mL total) before lesioning."),
        ("Lesioning", "Two thermal lesions per nerve at 80 °C for 90 seconds."),
        ("Complications", "No complications."),
        ("Post-procedure pain", "2/10."),
    ]),
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-09-01", pos="11",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=["functional_impairment"],
        comment="GAP: no functional limitation. Repeat RFA with 70% for nine months (>= 50%, >= 180 days): no "
                "prior_procedure_response and no diagnostic blocks asked; the prior session (8/2025) is over 12 months "
                "before. 80 °C exactly is thermal.")

    # 12 -----------------------------------------------------------------------------------------------------------
    add("fby-sij-01", "odd_spacing", _render("odd_spacing", "Right sacroiliac joint injection", [
        ("Procedure", "Right sacroiliac joint injection, diagnostic, with fluoroscopic guidance and arthrogram."),
        ("Diagnosis", "Sacroiliitis, right (M46.1)."),
        ("History", "Right buttock pain below the belt line into the back of the thigh for 7 months; FABER, thigh thrust "
                    "and compression tests reproduce it on the right."),
        ("Prior treatment", "Six to eight weeks of pelvic stabilization therapy and an SI belt, with no durable "
                            "improvement."),
        ("Function", "Sitting is limited to 15 minutes and she cannot sleep on her right side."),
        ("Consent", "Risks and alternatives discussed; consent signed."),
        ("Time-out", "Time-out done; all team members agreed."),
        ("Sedation", "No sedation."),
        ("Pre-procedure pain", "7/10."),
        ("Technique", "Prone, contralateral oblique view; a 22-gauge needle entered the inferior right SI joint."),
        ("Contrast", "Omnipaque 240, 0.5 mL, outlined the joint with no vascular uptake."),
        ("Medication", "2 mL of 0.5% bupivacaine."),
        ("Images", "AP and oblique images saved."),
        ("Complications", "No complications."),
        ("Post-procedure pain", "1/10 at 20 minutes with the provocation tests now negative, about 85% relief."),
    ]),
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(7, 1), need=SPINE_NEED, dos="2025-12-09", pos="11",
        codes=[line("27096", "RT")], findings=[],
        comment="Care as a range: 'six to eight weeks' counts 6 weeks (>= 4). Diagnostic block with 85% stated relief "
                "(>= 75%).")

    # 13 -----------------------------------------------------------------------------------------------------------
    add("fby-sij-02", "attestation", _render("attestation", "Left Sacroiliac Joint Injection", [
        ("Procedure", "Left sacroiliac joint injection, therapeutic, under fluoroscopy."),
        ("Diagnosis", "Sacroiliac joint dysfunction, left (M53.3)."),
        ("History", "Left SI region pain for over a year since a fall down the stairs, worse rising from a chair."),
        ("Diagnostic block", "A diagnostic left SI block in November gave 80% relief for the duration of the anesthetic."),
        ("Prior treatment", "Ten weeks of physical therapy and ibuprofen without lasting benefit."),
        ("Function", "She cannot sit through a church service and has given up bowling."),
        ("Consent", "Consent obtained after reviewing risks, benefits and alternatives."),
        ("Time-out", "Time-out performed prior to needle placement."),
        ("Sedation", "No sedation."),
        ("Pre-procedure pain", "8/10."),
        ("Technique", "Prone; under fluoroscopy a 22-gauge spinal needle entered the inferior left SI joint."),
        ("Contrast", "Isovue-M 300, 1 mL, showed an intra-articular pattern."),
        ("Medication", "Depo-Medrol 40 mg (1 mL) with 1 mL of 0.25% bupivacaine."),
        ("Images", "AP and ipsilateral oblique images saved."),
        ("Complications", "No complications."),
        ("Post-procedure pain", "4/10 before discharge."),
    ]),
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 40), given("bupivacaine", 2.5)],
        pain=(8, 4), need=SPINE_NEED, dos="2024-02-20", pos="24", payer="medicare_cgs",
        codes=[line("27096", "LT")], findings=["percent_relief"],
        comment="GAP: today's relief only implied by the pre/post scores (percent_relief asks it stated); the 80% is the "
                "earlier diagnostic block (>= 75%, so no diagnostic_block_relief). ASC: no drug line.")

    # 14 -----------------------------------------------------------------------------------------------------------
    add("fby-tpi-01", "title_headers", _render("title_headers", "Trigger Point Injections", [
        ("Procedure", "Trigger point injections, four muscles, right upper back and shoulder girdle."),
        ("Diagnosis", "Myofascial pain syndrome (M79.18), right shoulder girdle and upper back."),
        ("Exam", "Palpable taut bands with a local twitch response and referred pain toward the neck in the right upper "
                 "trapezius, levator scapulae, rhomboid major and infraspinatus."),
        ("History", "Right upper back pain for 6 months after a summer of repainting her house; stretching and massage "
                    "give a few hours of ease at most."),
        ("Session history", "This is her second trigger point session this year; the first, in June, helped about half "
                            "for six weeks."),
        ("Consent", "She gave verbal and written consent after the risks, including pneumothorax, were explained."),
        ("Time-out", "Pause performed confirming patient, sites and side."),
        ("Sedation", "None."),
        ("Pre-procedure pain", "7/10."),
        ("Technique", "After alcohol prep, each trigger point was fixed between two fingers and entered with a 27-gauge "
                      "needle; after negative aspiration 1 mL of 0.25% bupivacaine was injected at each of the four "
                      "points."),
        ("Complications", "There were no complications; breath sounds were equal afterwards."),
        ("Post-procedure pain", "3/10 right afterwards, which she called roughly a 60% improvement."),
    ]),
        procs=[proc("trigger_point", sedation="none")],
        drugs=[given("bupivacaine", 10)],
        pain=(7, 3), need=("diagnosis", "symptom_duration"), dos="2026-10-13", pos="11",
        codes=[line("20553")], findings=[],
        comment="Four muscles named: 20553. Second session this year (2 of 3 allowed). Relief stated (60%).")

    # 15 -----------------------------------------------------------------------------------------------------------
    add("fby-onb-01", "caps_headers", _render("caps_headers", "Bilateral greater occipital nerve blocks", [
        ("Procedure", "Bilateral greater occipital nerve blocks by landmark technique; no imaging used."),
        ("Diagnosis", "Occipital neuralgia, bilateral (M54.81)."),
        ("History", "Stabbing pain shooting from the base of the skull over the crown on both sides several times a day "
                    "for 9 months; tapping over each greater occipital nerve reproduces it."),
        ("Consent", "Risks including bleeding, infection and temporary scalp numbness were reviewed; written consent "
                    "signed."),
        ("Time-out", "Universal protocol completed before the injections."),
        ("Sedation", "No sedation."),
        ("Pre-procedure pain", "8/10 headache on arrival."),
        ("Technique", "Seated and leaning forward. The occipital artery was palpated one third of the way from the external "
                      "occipital protuberance to the mastoid on each side, and a 25-gauge needle was placed just medial to "
                      "it after alcohol prep."),
        ("Medication", "Each side received 2 mL of 0.5% bupivacaine with 10 mg of triamcinolone (0.25 mL of Kenalog-40)."),
        ("Complications", "No complications; pressure held for hemostasis."),
        ("Post-procedure pain", "2/10 at 10 minutes with numbness over both occipital scalps."),
    ]),
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none", sedation="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(8, 2), need=("diagnosis", "symptom_duration"), dos="2024-01-09", pos="11",
        codes=[line("64405", "50"), line("J3301", units=2)], findings=[],
        comment="Landmark technique: no guidance code. Per-side doses doubled: bupivacaine 20 mg, triamcinolone 20 mg "
                "(J3301 x2).")


# --- the hand-dictated half (15) --------------------------------------------------------------------------------


def build_hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    tf = dict(approach="transforaminal", imaging="fluoroscopy", intent="therapeutic")

    add("fby-h-tfesi-01", "hand_shorthand", """
PROC: R L5/S1 TFESI (repeat)
DX: R L5 radiculopathy (M54.16)

67 y/o F, R leg pain into dorsum of foot x 9 mo. Last TFESI here (3/2026) cut her leg pain in half for about four months; now back to where she started.
Exam: +SLR R at 40 deg, EHL 4/5 R, decreased sensation over dorsum of R foot.
Failed: PT x 8 wk (no change), gabapentin (too foggy, stopped), tramadol prn w/o benefit.
Fxn: quit volunteering at the library b/c she can't stay on her feet > 15 min.
MRI 1/2026: R foraminal L5-S1 protrusion contacting the exiting R L5 root.

Consent: risks/benefits/alts d/w pt incl infection, bleeding, nerve injury, steroid effects; consent signed.
Time out: done w/ RN + rad tech (pt, site, side).
Sedation: none.
Pre 7/10.

Prone, CHG prep x3, sterile drape. Skin: 1% lido 2 mL. 22g 3.5" Quincke to R L5/S1 foramen under fluoro, subpedicular. Omnipaque 240 1 mL -> neurogram along R L5 root w/ epidural spread, no vascular uptake on live fluoro. Injected dexamethasone 10 mg/1 mL (single-dose vial, whole vial used, nothing wasted) + 1 mL PF NS.
AP + lat saved.
Complications: none. EBL nil.
Post 2/10 @ 15 min, ambulating w/o difficulty, strength intact.
""",
        procs=[proc("transforaminal_epidural", region="lumbar", laterality="right", levels=["L5-S1"], contrast=True,
                    sedation="none", **tf)],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(7, 2), need=ESI_NEED, dos="2026-07-07", pos="11",
        codes=[line("64483", "RT"), line("J1100", "JZ", units=10)], findings=[],
        comment="Repeat with 'cut her leg pain in half for about four months' = 50% for ~120 days (>= 50%, >= 90 days). "
                "Single-dose vial wholly used after 2023-07-01: JZ on J1100.")

    add("fby-h-tfesi-02", "hand_prose", """
Bilateral L4-L5 transforaminal epidural steroid injection

She is a 71-year-old woman sent back to me for pain that wraps around the front of both thighs to the inner knees, right a little worse than left. It started in April of this year. Both knee reflexes are diminished and the femoral stretch test is positive on each side. Diagnosis: bilateral L4 radiculopathy from L4-L5 foraminal stenosis (M54.16, M48.061).

She completed 18 visits of physical therapy over the summer and took celecoxib, neither of which made a dent in the thigh pain. She now uses a walker whenever she leaves the house and has stopped going to her water aerobics class. Because of her pacemaker she had a CT myelogram in October, which shows moderate-to-severe bilateral L4-5 foraminal stenosis compressing both exiting L4 roots.

She had anaphylaxis to iodinated contrast during a cardiac catheterization, so no contrast was used today; needle position was confirmed in AP, oblique and lateral views instead.

After going over the risks, including infection, bleeding, nerve injury and a flare of pain, and the alternatives of continued therapy or a surgical opinion, she gave consent and signed the form. We paused before starting to confirm her identity, the procedure and that both sides were planned. No sedation was given. Before we began her pain was 8 out of 10.

She lay prone. On each side the skin was numbed with 1 mL of 1% lidocaine and a 22-gauge needle was guided to the L4-L5 foramen, tip in the superior foramen. After negative aspiration, 1 mL of Depo-Medrol 40 mg/mL mixed with 1 mL of 1% lidocaine was injected slowly on each side under live fluoroscopy. Final AP and lateral images of both needles were saved. There were no complications. In recovery she rated her pain 3 out of 10 and walked to the car with her walker.
""",
        procs=[proc("transforaminal_epidural", region="lumbar", laterality="bilateral", levels=["L4-L5"], contrast=False,
                    sedation="none", **tf)],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 40)],
        pain=(8, 3), need=ESI_NEED, dos="2023-12-12", pos="11",
        codes=[line("64483", "50"), line("J1040")], findings=[],
        comment="Contrast left out for a documented anaphylaxis: no contrast finding. 18 PT visits = 6 weeks. Onset 'April "
                "of this year' = 8 months. Methylprednisolone 40 mg x 2 = 80 mg before 2024-04-01: J1040 x1. "
                "Lidocaine 1% 2 mL skin + 2 mL injectate = 40 mg.")

    add("fby-h-tfesi-03", "hand_prose", """
RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION
Hospital outpatient procedure suite

INDICATIONS: Pain dating back to a fall from a ladder in March 2024. It runs down the outside of the left leg to the top of the foot, with numbness in the first web space; left ankle dorsiflexion is 4/5 and straight-leg raise on the left is positive at 50 degrees. Chiropractic care for two months, then a six-week structured home program; the leg pain never eased. He had to stop working his mail route and can walk only about 10 minutes before stopping. MRI 9/2024: left foraminal L5-S1 disc protrusion compressing the exiting left L5 root.
DIAGNOSIS: Left L5 radiculopathy (M54.16).

CONSENT: He asked good questions about nerve injury and infection; these, the expected benefit and the alternatives were answered, and he signed the consent.
SAFETY: Surgical safety checklist completed, including the pause before needle placement.
SEDATION: None.
PRE-PROCEDURE PAIN: 7/10.

DESCRIPTION: Prone, sterile prep and drape. The skin over the left L5-S1 foramen was anesthetized with 2 mL of 1% lidocaine. Under fluoroscopy a 22-gauge needle was advanced to the left L5-S1 foramen in the oblique view and confirmed on the lateral view. Isovue-M 200, 1 mL, outlined the left L5 root and the epidural space with no vascular uptake. Celestone Soluspan 6 mg (1 mL) with 1 mL of preservative-free saline was injected. AP and lateral images were retained.
COMPLICATIONS: None.
POST-PROCEDURE PAIN: 3/10.

Addendum 06/03/2025 14:10: side corrected to LEFT. The injection was performed on the left as described above; the side in the title was a dictation error. Signed electronically by the performing physician.
""",
        procs=[proc("transforaminal_epidural", region="lumbar", laterality="left", levels=["L5-S1"], contrast=True,
                    sedation="none", **tf)],
        drugs=[given("iopamidol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 20)],
        pain=(7, 3), need=ESI_NEED, dos="2025-06-03", pos="22",
        codes=[line("64483", "LT")], findings=[],
        comment="Title says RIGHT; every body sentence and a signed addendum say LEFT: the correction settles it (no "
                "laterality_conflict). Duration from a fall in March 2024 (15 months). Hospital outpatient: no drug line.")

    add("fby-h-tfesi-04", "hand_template", """
INTERVENTIONAL PAIN PROCEDURE NOTE
Date of service: 11/10/2026    Place: office procedure room
Procedure performed: Right transforaminal ESI at L4-L5 and L5-S1 (L4 and L5 nerve roots)
Diagnosis (ICD-10): M51.16 Lumbar disc disorder with radiculopathy
Symptom onset: 14 months ago
Radicular symptoms/signs: [x] dermatomal pain  [x] paresthesia  [x] positive SLR  [ ] motor deficit
   Comment: pain from the right anterior shin over the top of the foot to the great toe; SLR positive on the right at 35 degrees.
Conservative treatment: [x] PT, 8 weeks  [x] NSAIDs  [ ] chiropractic
   Outcome: no sustained improvement with either.
Functional status: ODI 52%; unable to mow the lawn or stand through a Sunday service.
Imaging: MRI 9/2025 - right L4-5 foraminal protrusion touching the exiting L4 root; right L5-S1 foraminal narrowing at the exiting L5 root.
Prior ESI: 2 in the past 12 months (most recent 7/2026); each gave 60-70% relief lasting about 4 months.
Consent: [x] written consent signed after risks/benefits/alternatives discussed
Time-out: [x] completed (patient, procedure, site, side, levels)
Sedation: [x] none  [ ] minimal  [ ] moderate
Pre-procedure NRS: 7
Technique: Prone, sterile prep. Skin 1% lidocaine 2 mL. Under fluoroscopy 22-gauge needles to the right L4-L5 and L5-S1 foramina (subpedicular).
Contrast: [x] Omnipaque 180, 1 mL per level - perineural and epidural flow, no vascular uptake
Injectate per level: triamcinolone 20 mg (0.5 mL Kenalog-40) + 1 mL 0.2% ropivacaine
Images saved: [x] AP  [x] lateral
Complications: [x] none  [ ] other
Post-procedure NRS: 2
Disposition: home, driver present.
""",
        procs=[proc("transforaminal_epidural", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
                    contrast=True, sedation="none", **tf)],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 4),
               given("lidocaine", 20)],
        pain=(7, 2), need=ESI_NEED, dos="2026-11-10", pos="11", payer="medicare_cgs",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=4)], findings=[],
        comment="Template check boxes: only the ticked items are documented ('[ ] moderate' is no sedation). Third lumbar "
                "session in 12 months (within 4); prior response 60-70% for ~4 months (>= 50%, >= 90 days).")

    add("fby-h-ilesi-01", "hand_prose", """
Procedure note - thoracic interlaminar epidural steroid injection, T10-T11

Indication: The patient is a 58-year-old woman who for the past three and a half months has had a band of burning pain wrapping around the left lower ribs toward the upper abdomen, following the T10 dermatome, with skin so sensitive that clothing hurts; there has never been a rash. Thoracic radiculopathy, left T10 (M54.14). Eight weeks of gabapentin at increasing doses and lidocaine patches have not controlled it. She cannot tolerate a bra or a seatbelt and sleeps in a recliner. MRI thoracic spine 12/2024: left paracentral T10-11 disc protrusion indenting the left T10 root sleeve.

She understood the risks, including dural puncture, and signed consent. Time-out performed confirming patient, procedure and level. No sedation. Pain before: 6/10.

Technique: prone; skin over T10-T11 infiltrated with 2 mL of 1% lidocaine; 20-gauge Tuohy needle advanced by a left paramedian interlaminar approach at T10-T11 under fluoroscopic guidance (AP and contralateral oblique) to loss of resistance. Omnipaque 240, 1 mL, showed epidural spread without vascular or intrathecal filling. Injected triamcinolone 40 mg (Kenalog-40, 1 mL) with 2 mL preservative-free saline. A single lateral image documenting needle depth was saved.

Complications: none. Pain after: 2/10. Discharged with her daughter.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 20)],
        pain=(6, 2), need=ESI_NEED, dos="2025-01-21", pos="11",
        codes=[line("62321"), line("J3301", units=4)], findings=["saved_images"],
        comment="GAP: one saved view (a stated count below two). Gabapentin for 8 weeks 'have not controlled it' is "
                "failed conservative care; no rash, not zoster.")

    add("fby-h-caudal-01", "hand_opnote", """
OPERATIVE NOTE - AMBULATORY SURGERY CENTER
Preoperative diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062)
Procedure: Caudal epidural steroid injection with fluoroscopic guidance and epidurogram
Anesthesia: Monitored anesthesia care by the anesthesia team (CRNA): midazolam 2 mg and propofol 60 mg IV in total; sedation start 10:02, end 10:19. Sedation was needed because of severe claustrophobia with panic when lying prone, which oral lorazepam did not control during her MRI.
Indications: Aching in both buttocks and thighs with numb feet after about five minutes of walking, relieved by sitting, for about 2 years. Activity modification and 2-3 months of physical therapy last year did not change her walking tolerance. She cannot stand at the stove long enough to cook a meal. MRI 3/2024: multilevel lumbar central canal stenosis, severe in the mid-lumbar spine with crowding of the cauda equina.
Consent: signed, witnessed and in the chart after risks, benefits and alternatives were reviewed.
Time-out: performed with anesthesia and nursing.
Pre-procedure pain: 8/10.
Description: Prone on the fluoroscopy table. The sacral hiatus was identified on the lateral view and infiltrated with 3 mL of 1% lidocaine. A 20-gauge Tuohy needle entered the caudal canal. Omnipaque 240, 4 mL, showed epidural filling up the sacral canal with no vascular or intrathecal pattern. Dexamethasone 10 mg with 8 mL of preservative-free saline was injected. AP and lateral images were saved to PACS.
Complications: none.
EBL: none.
Post-procedure pain: 3/10 in PACU.
Disposition: discharged home with her husband after meeting PACU criteria.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                    intent="therapeutic", sedation="mac")],
        drugs=[given("iohexol", 4, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 30)],
        pain=(8, 3), need=ESI_NEED, dos="2024-05-14", pos="24",
        codes=[line("62323")], findings=[],
        comment="MAC by the CRNA with agents, doses, start/stop times and a patient-specific reason: no sedation_details; "
                "its midazolam belongs to the anesthesia record (not listed). PT '2-3 months' counts 8 weeks. Caudal "
                "for lumbar stenosis is no region mismatch. ASC: no drug line.")

    add("fby-h-facet-01", "hand_prose", """
Right lumbar medial branch block - diagnostic

The right L2, L3 and L4 medial branches were blocked today under fluoroscopy for right-sided low back pain of 5 years' standing that is worse with standing and twisting and does not go below the buttock. Diagnosis: lumbar facet arthropathy, right (M47.816). A year of physical therapy, yoga and ibuprofen has not touched it. His Oswestry index is 34% and he can't stand at the sink long enough to do the dishes.

Consent was discussed and signed. We did a time-out at the bedside. No sedation, to keep the block interpretable. Pre-block pain: 7/10.

Prone. Using oblique fluoroscopy, 22-gauge needles were placed at the junction of the superior articular and transverse processes of L3, L4 and L5 on the right. Each target received 0.5 mL of 0.5% bupivacaine after negative aspiration. No complications. At 30 minutes pain was 2/10 with extension and rotation. Pain diary given.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-01-06", pos="24",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[],
        comment="Only nerves named: L2 + L3 medial branches = L3-L4, L3 + L4 = L4-L5. First diagnostic block.")

    add("fby-h-facet-02", "hand_prose", """
Bilateral L5-S1 facet joint injections (intra-articular), therapeutic - repeat

Axial low back pain for over 6 years, worse with standing and extension, from L5-S1 facet arthropathy (lumbosacral spondylosis without radiculopathy, M47.817). Bilateral L5-S1 medial branch blocks in 2024 gave 90% and 85% relief on two occasions; she prefers steroid injections to ablation. Her last set of these injections, in April, took away about 60% of the pain for 5 months. Ongoing home exercise, a lumbar support and acetaminophen have not been enough on their own. ODI 30%; she has to stop vacuuming after one room.

Plan discussed; she consented and signed. Time out completed with the nurse. No sedation. Pain 6/10 before.

Prone; oblique fluoroscopic views. Skin wheals with 2 mL of 1% lidocaine. 22-gauge needles into the right and left L5-S1 facet joints. Each joint: Depo-Medrol 40 mg (1 mL) with 0.5 mL of 2% lidocaine. Tolerated without complication. Pain 1/10 afterwards.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 40)],
        pain=(6, 1), need=SPINE_NEED, dos="2025-10-28", pos="11",
        codes=[line("64493", "50"), line("J1010", units=80)], findings=[],
        comment="Repeat therapeutic: two diagnostic blocks of 90% and 85%, and 60% for 5 months from the last therapeutic "
                "session (>= 50%, >= 90 days). Lidocaine 20 mg skin + 2 x 10 mg = 40 mg; J1010 per mg.")

    add("fby-h-rfa-01", "hand_prose", """
Left C5-C6 and C6-C7 cervical radiofrequency ablation

History: Left-sided neck pain for 3 years since a whiplash injury, spreading to the left shoulder blade, worse with rotation, no arm radiation. Cervical spondylosis without myelopathy or radiculopathy (M47.812). Physical therapy twice, massage and NSAIDs have given no durable change. Neck Disability Index 40%; he can no longer check his blind spot while driving and has stopped golfing.
Diagnostic blocks: left C5, C6 and C7 medial branch blocks on two separate days this spring, with 95% relief after lidocaine and 85% after bupivacaine, each lasting as long as the anesthetic.

Informed consent was obtained, including the risk of post-procedure neuritis and skin numbness. Universal protocol observed. Local anesthetic only; he remained awake for stimulation testing. Pre-procedure pain: 6/10.

Procedure: Prone. Under fluoroscopic guidance (AP and oblique views), 20-gauge RF cannulae with 5 mm active tips were placed along the left C5, C6 and C7 medial branches. Sensory stimulation at 50 Hz produced concordant neck pain below 0.5 V; motor testing at 2 Hz to 2 V caused no arm contraction. Each site was anesthetized with 0.5 mL of 2% lidocaine, then lesioned at 85 °C for 90 seconds (two lesions per nerve).

Complications: none. Post-procedure pain: 3/10. Discharged with his wife.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 3), need=SPINE_NEED, dos="2025-08-19", pos="22",
        codes=[line("64633", "LT"), line("64634", "LT")], findings=[],
        comment="C5, C6, C7 medial branches = C5-C6 and C6-C7 joints (title names them). Two diagnostic blocks 95% and "
                "85%. Thermal 85 °C.")

    add("fby-h-sij-01", "hand_prose", """
Bilateral SI joint injections (therapeutic, repeat) - fluoroscopic

She has had bilateral sacroiliac pain below the belt line for 3 years, from sacroiliitis (M46.1), confirmed by bilateral diagnostic SI blocks in 2025 that gave 90% relief. This is her third therapeutic SI joint injection in 12 months; the previous bilateral injections in June reduced her pain by 75% for a little over 3 months. She did 8 weeks of pelvic stabilization therapy last year and keeps up the home program, with the pain persisting despite it. She cannot sit through a movie and has trouble getting in and out of the car.

Consent was reviewed and signed. Time-out confirmed patient and bilateral procedure. No sedation. Pre-procedure pain 7/10.

Prone. Skin over each inferior SI joint numbed with 1 mL of 1% lidocaine. Under fluoroscopy a 22-gauge needle entered each joint; Omnipaque 240, 0.5 mL per side, confirmed intra-articular spread. Each joint received 1 mL of Kenalog-40 (40 mg) with 1 mL of 0.25% bupivacaine. AP and oblique views were saved for both sides. No complications. Post-procedure pain 2/10; she reported about 70 percent relief before leaving.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 5),
               given("lidocaine", 20)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-10-06", pos="11",
        codes=[line("27096", "50"), line("J3301", units=8)], findings=[],
        comment="Third therapeutic session in 12 months (limit 4); prior 75% for a little over 3 months (>= 50%, >= 90 "
                "days); diagnostic blocks 90% (>= 75%); today's relief stated (70%).")

    add("fby-h-genrfa-01", "hand_prose", """
Right knee genicular nerve radiofrequency ablation

Right knee osteoarthritis (M17.11), Kellgren-Lawrence grade 4, with pain for 6 years; she is not a surgical candidate because of her heart disease. Hyaluronic acid and steroid injections no longer help. A diagnostic right genicular nerve block on 2/25/2025 gave 80% relief for the day.

Consent signed after reviewing the risks of skin burn, numbness and infection. Time-out done. No sedation. Pain 8/10 standing before the procedure.

Supine, knee bolstered. Under fluoroscopy (AP and lateral), RF cannulae were placed at the superomedial, superolateral and inferomedial genicular nerves. Sensory stimulation at 50 Hz reproduced her knee pain; motor stimulation at 2 Hz produced no distal movement. Each site received 2 mL of 1% lidocaine, then a thermal lesion at 80 °C for 90 seconds.

Pain 3/10 at discharge. Ice and acetaminophen tonight; follow-up in 6 weeks.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                    sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis", "symptom_duration"), dos="2025-04-29", pos="11", complications=None,
        codes=[line("64624", "RT")], findings=["complications"],
        comment="GAP: complications never stated. Diagnostic genicular block 80% documented; thermal technique stated.")

    add("fby-h-lsb-01", "hand_prose", """
Left lumbar sympathetic block, L3 - fluoroscopy

Indication: complex regional pain syndrome type I of the left lower limb (G90.522) after an ankle fracture 14 months ago: burning pain, allodynia, a cool mottled foot and swelling. Desensitization therapy and gabapentin have not helped enough.

Consent: written, after discussion of risks (bleeding, infection, genitofemoral neuritis, low blood pressure) and alternatives. Time-out performed. No sedation. Pre-block pain 8/10; left great toe temperature 28.5 °C.

Prone. Skin and deep tissue infiltrated with 2 mL of 1% lidocaine. A 22-gauge 5-inch needle was advanced under fluoroscopic guidance to the anterolateral border of the L3 vertebral body on the left. Omnipaque 240, 3 mL, spread in a longitudinal pattern along the anterior psoas border without vascular or psoas uptake. Ropivacaine 0.5%, 10 mL, was injected in divided doses.

Twenty minutes later the left great toe had warmed to 34 °C, the foot was pink and the pain was 2/10. No complications. Spot films (AP, lateral) saved.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left", levels=["L3"],
                    imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 3, "ml"), given("ropivacaine", 50), given("lidocaine", 20)],
        pain=(8, 2), need=("diagnosis", "symptom_duration"), dos="2024-09-10", pos="11",
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=[],
        comment="Sympathetic block is not imaging-inclusive: 77002 (office, no 26) and contrast by strength per mL "
                "(Omnipaque 240 = Q9966 x3). 64520 takes no side modifier.")

    add("fby-h-hip-01", "hand_prose", """
Right hip intra-articular injection with fluoroscopic guidance

Dx: primary osteoarthritis, right hip (M16.11). Groin pain for 2 years, now limiting walking to 10 minutes and putting on socks; she wants to delay arthroplasty.
Consent signed. Time-out with the correct side marked. No sedation. Pre-injection pain 7/10.
Supine. The skin over the right femoral head-neck junction was anesthetized with 3 mL of 1% lidocaine, and a 22-gauge spinal needle was advanced under fluoroscopy to bone. Omnipaque 300, 2 mL, confirmed an intra-articular arthrogram. Injected Kenalog-40, 1 mL (40 mg), with 4 mL of 0.5% bupivacaine. Spot image saved.
No complications. Post-injection pain 2/10 with internal rotation.
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 20),
               given("lidocaine", 30)],
        pain=(7, 2), need=("diagnosis", "symptom_duration"), dos="2026-03-17", pos="11",
        codes=[line("20610", "RT"), line("77002"), line("J3301", units=4), line("Q9967", units=2)], findings=[],
        comment="Large joint under fluoroscopy: 20610 + 77002; contrast billable in the office with a code that does not "
                "include imaging (Omnipaque 300 = Q9967 x2).")

    add("fby-h-kypho-01", "hand_opnote", """
T12 balloon kyphoplasty

Indication: Painful osteoporotic compression fracture of T12 (M80.08XA) after a fall 5 weeks ago. MRI of the thoracolumbar spine (4/28/2026): acute T12 superior endplate fracture with about 35% height loss and marrow edema on STIR; posterior wall intact. Four weeks in a TLSO brace and scheduled analgesics have not improved the pain; she is confined to bed or a chair most of the day.

Consent: risks including cement leakage, infection, nerve injury and new fractures explained; consent form signed.
Time-out: completed with the full team, level confirmed on fluoroscopy.
Sedation: moderate sedation given by me, with an independent RN observer whose only task was monitoring. Midazolam 2 mg and fentanyl 100 mcg IV in divided doses. Sedation start 07:48, end 08:22; intraservice time 34 minutes.
Pre-procedure pain: 9/10.

Procedure: Prone. Biplanar fluoroscopy. The skin and periosteum over both T12 pedicles were anesthetized with 10 mL of 1% lidocaine. Bipedicular 11-gauge access cannulae were advanced transpedicularly into the T12 body. Inflatable bone tamps were expanded to create cavities and restore some height, and 4.5 mL of PMMA cement was deposited under continuous lateral fluoroscopy.
Findings: good cement fill with no extravasation.
Complications: none.
Post-procedure pain: 3/10 in recovery.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T12"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis", "conservative_care", "imaging_findings"), dos="2026-05-05", pos="22",
        codes=[line("22513"), line("99152"), line("99153")], findings=[],
        comment="Thoracic body: 22513. Moderate sedation by the proceduralist with an independent observer, agents, doses "
                "and times: 34 minutes = 99152 + 99153 x1. Fentanyl 100 mcg = 0.1 mg.")

    add("fby-h-scs-01", "hand_opnote", """
Spinal cord stimulator trial - percutaneous lead placement

Indication: Failed back surgery syndrome (M96.1) after a lumbar fusion 6 years ago, with constant burning pain in both legs, left worse than right, and low back pain. Physical therapy, gabapentin, duloxetine and three epidural injections have each failed to give lasting relief. Psychological evaluation on 10/2/2025 found no contraindication to stimulation. He can walk about 100 feet and sleeps 3-4 hours a night.
Consent for the trial was signed after the risks (infection, lead migration, dural puncture) were reviewed.
Time-out performed.
Anesthesia: local only; he was kept awake for paresthesia mapping.
Pre-procedure pain 8/10.

Procedure: Prone, sterile prep and drape. Under fluoroscopy, 10 mL of 1% lidocaine was infiltrated at the entry sites. Two 14-gauge Tuohy needles entered the epidural space at the thoracolumbar junction by loss of resistance, and two 8-contact percutaneous leads were steered to the top of T8 (one just left of midline, one midline). Intraoperative testing gave overlapping paresthesia over both legs and the low back. The leads were anchored and connected to an external trial generator. Fluoroscopic images of the final lead position were saved.
Complications: none.
Post-procedure pain 3/10 in recovery with the stimulator on.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", intent="therapeutic",
                    sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2025-11-18", pos="24",
        codes=[line("63650", units=2), line("77003", "26")], findings=[],
        comment="Two percutaneous leads: 63650 x2 with 77003-26 in the ASC. Psychological evaluation, failed treatments "
                "and duration documented.")


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    build_templated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    build_hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
