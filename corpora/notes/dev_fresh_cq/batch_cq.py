"""Batch cq: 30 filled procedure templates in the layouts of five ambulatory EMR vendors (precision batch).

Each vendor renderer below lays out the same kinds of fields with its own labels, order and boilerplate; every
note gives its own field values and a free-text physician paragraph. A field given as None is left out of the
template (the line is absent); a field given as "" is printed with its label and no value (left blank).
Gold is written beside each note, labelled from the text before any Painpoint run.
"""

from __future__ import annotations


def _put(out: list[str], label: str, value, fmt: str = "{label}: {value}") -> None:
    """Print a template line: absent when the value is None, blank after its label when ''."""
    if value is None:
        return
    out.append(fmt.format(label=label, value=value).rstrip())


def vendor_banner(f: dict) -> str:
    """ALL-CAPS section banners, short label/value lines, vendor closing boilerplate."""
    o = ["PROCEDURE NOTE", f"DATE OF SERVICE: {f['date']}", f"PROCEDURE: {f['title']}"]
    _put(o, "LATERALITY", f.get("side"))
    _put(o, "LEVEL(S)", f.get("levels"))
    o.append("DIAGNOSIS: " + "; ".join(f["dx"]))
    o += ["", "INDICATIONS"]
    _put(o, "Duration of symptoms", f.get("dur"))
    _put(o, "Radiating symptoms", f.get("radic"))
    _put(o, "Functional limitation", f.get("func"))
    _put(o, "Conservative treatment", f.get("care"))
    _put(o, "Imaging reviewed", f.get("img"))
    for lab, val in f.get("extra", []):
        _put(o, lab, val)
    o += ["", "PROCEDURE DETAILS"]
    _put(o, "Informed consent", f.get("consent"))
    if f.get("timeout") is not None:
        o.append("Universal protocol was followed.")
        _put(o, "Time-out", f["timeout"])
    _put(o, "Sedation", f.get("sedation"))
    _put(o, "Guidance", f.get("guide"))
    _put(o, "Contrast", f.get("contrast"))
    _put(o, "Images retained", f.get("views"))
    o += ["", "MEDICATIONS"]
    o += [f"- {m}" for m in f["meds"]]
    o += ["", "PAIN ASSESSMENT"]
    o.append(f"Pain level pre: {f['pre']} / post: {f['post']}")
    _put(o, "Percent relief", f.get("relief"))
    o.append("")
    _put(o, "COMPLICATIONS", f.get("cx"))
    o += ["", "PHYSICIAN NARRATIVE", f["narr"], "", "Patient tolerated procedure well. Discharged per protocol."]
    return "\n".join(o)


def vendor_checklist(f: dict) -> str:
    """Dotted Yes/No checklist under an encounter header, then a provider comment."""
    o = ["Encounter: Office Procedure", f"Service date: {f['date']}", f"Procedure performed: {f['title']}"]
    _put(o, "Side", f.get("side"))
    _put(o, "Level", f.get("levels"))
    o.append("Assessment: " + "; ".join(f["dx"]))
    o += ["", "Reason for procedure:"]
    for lab, key in (("Onset", "dur"), ("Leg/arm symptoms", "radic"), ("Impact on daily activities", "func"),
                     ("Prior therapy", "care"), ("Imaging", "img")):
        _put(o, "  " + lab, f.get(key))
    for lab, val in f.get("extra", []):
        _put(o, "  " + lab, val)
    o += ["", "Pre-procedure checklist"]
    _put(o, "  Informed consent signed", f.get("consent"), "{label} .......... {value}")
    _put(o, "  Time out completed", f.get("timeout"), "{label} ............ {value}")
    o.append("  Anticoagulant held ............ N/A")
    _put(o, "  Sedation given", f.get("sedation"), "{label} ................ {value}")
    o += ["", "Technique"]
    _put(o, "  Imaging guidance used", f.get("guide"))
    _put(o, "  Contrast injected", f.get("contrast"))
    _put(o, "  Permanent images stored", f.get("views"))
    o.append("  Medications administered: " + "; ".join(f["meds"]))
    o += ["", f"Pain level pre: {f['pre']} / post: {f['post']}"]
    _put(o, "Percent relief", f.get("relief"))
    _put(o, "Complications", f.get("cx"))
    o += ["", "Provider comment:", f["narr"], "", "Electronically signed by attending physician."]
    return "\n".join(o)


def vendor_semicolon(f: dict) -> str:
    """Dense one-line fields with semicolon lists (a compact vendor print view)."""
    o = [f"PAIN PROCEDURE RECORD -- {f['date']}",
         "Procedure: " + "; ".join(x for x in (f["title"], f.get("side"), f.get("levels")) if x)]
    o.append("Dx: " + "; ".join(f["dx"]))
    ind = [v for v in (f.get("dur"), f.get("radic"), f.get("func"), f.get("care"), f.get("img")) if v]
    ind += [f"{lab.lower()} {val}" for lab, val in f.get("extra", []) if val]
    o.append("Indication summary: " + "; ".join(ind))
    safety = []
    if f.get("consent") is not None:
        safety.append(f"consent {f['consent']}")
    if f.get("timeout") is not None:
        safety.append(f"time-out {f['timeout']}")
    if safety:
        o.append("Safety: " + "; ".join(safety))
    tech = [f"{lab} {v}".rstrip() for lab, v in (("guidance:", f.get("guide")), ("contrast:", f.get("contrast")),
                                                 ("image capture:", f.get("views"))) if v is not None]
    o.append("Technique: " + "; ".join(tech))
    o.append("Meds: " + "; ".join(f["meds"]))
    o.append(f"Pain level pre: {f['pre']} / post: {f['post']}")
    _put(o, "Relief", f.get("relief"))
    _put(o, "Complications", f.get("cx"))
    o += ["Notes:", f["narr"]]
    return "\n".join(o)


def vendor_numbered(f: dict) -> str:
    """Numbered operative-report fields, as a hospital outpatient EMR prints them."""
    items = [("PROCEDURE", f["title"] + (f" ({f['side']})" if f.get("side") else "")),
             ("LEVELS TREATED", f.get("levels")), ("PRE-PROCEDURE DIAGNOSIS", "; ".join(f["dx"])),
             ("SYMPTOM DURATION", f.get("dur")), ("RADICULAR SYMPTOMS", f.get("radic")),
             ("FUNCTION", f.get("func")), ("FAILED CONSERVATIVE CARE", f.get("care")),
             ("IMAGING", f.get("img")), *[(lab.upper(), val) for lab, val in f.get("extra", [])],
             ("CONSENT", f.get("consent")), ("TIME OUT", f.get("timeout")), ("ANESTHESIA/SEDATION", f.get("sedation")),
             ("GUIDANCE", f.get("guide")), ("CONTRAST", f.get("contrast")), ("IMAGES SAVED", f.get("views")),
             ("MEDICATIONS", "; ".join(f["meds"])), ("PAIN SCORE", f"Pain level pre: {f['pre']} / post: {f['post']}"),
             ("RELIEF", f.get("relief")), ("COMPLICATIONS", f.get("cx"))]
    o, n = [], 0
    for lab, val in items:
        if val is None:
            continue
        n += 1
        o.append(f"{n}. {lab}: {val}".rstrip())
    o += ["", "OPERATIVE NARRATIVE:", f["narr"]]
    return "\n".join(o)


def vendor_grid(f: dict) -> str:
    """Two-column 'Field | Value' grid with title-case section rows, then free text."""
    o = ["Interventional Pain Procedure", "Field | Value", f"Date | {f['date']}", f"Procedure | {f['title']}"]
    _put(o, "Laterality", f.get("side"), "{label} | {value}")
    _put(o, "Spinal level(s)", f.get("levels"), "{label} | {value}")
    o.append("Diagnoses | " + "; ".join(f["dx"]))
    o.append("History |")
    for lab, key in (("How long", "dur"), ("Radiation", "radic"), ("Activity limits", "func"),
                     ("Treatments tried", "care"), ("MRI/CT", "img")):
        _put(o, lab, f.get(key), "{label} | {value}")
    for lab, val in f.get("extra", []):
        _put(o, lab, val, "{label} | {value}")
    o.append("Procedure Details |")
    _put(o, "Consent on chart", f.get("consent"), "{label} | {value}")
    _put(o, "Time-out", f.get("timeout"), "{label} | {value}")
    _put(o, "Sedation", f.get("sedation"), "{label} | {value}")
    _put(o, "Imaging modality", f.get("guide"), "{label} | {value}")
    _put(o, "Contrast agent", f.get("contrast"), "{label} | {value}")
    _put(o, "Stored images", f.get("views"), "{label} | {value}")
    o.append("Injectate | " + "; ".join(f["meds"]))
    o.append(f"Pain | Pain level pre: {f['pre']} / post: {f['post']}")
    _put(o, "Relief", f.get("relief"), "{label} | {value}")
    _put(o, "Complications", f.get("cx"), "{label} | {value}")
    o += ["", "Free text:", f["narr"]]
    return "\n".join(o)


STYLES = {"emr_banner": vendor_banner, "emr_checklist": vendor_checklist, "emr_semicolon": vendor_semicolon,
          "emr_numbered": vendor_numbered, "emr_grid": vendor_grid}


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    def note(nid, style, f, **gold):
        add(nid, style, STYLES[style](f), **gold)

    FLUORO = dict(imaging="fluoroscopy")
    # ------------------------------------------------------------------ transforaminal epidural (7)
    note("fcq-tfesi-01", "emr_banner", dict(
        date="03/12/2026", title="Transforaminal epidural steroid injection, lumbar", side="Left",
        levels="L4-L5; L5-S1",
        dx=["M54.16 Radiculopathy, lumbar region"],
        dur="About 4 months", radic="Left buttock pain shooting down the lateral calf to the top of the foot; numbness of the great toe",
        func="Cannot stand at work longer than 20 minutes; unable to walk the dog",
        care="Physical therapy 8 weeks and meloxicam, no meaningful relief",
        img="MRI 01/2026: left foraminal disc protrusion L4-L5 with L4 root contact; moderate left L5-S1 foraminal narrowing",
        consent="Signed, risks and benefits reviewed", timeout="Yes", guide="Fluoroscopy",
        contrast="Omnipaque 240, 3 mL total, neurogram along each root", views="AP and lateral",
        meds=["Dexamethasone 10 mg (5 mg per level) from a single-dose vial, none wasted", "Omnipaque 240 3 mL"],
        pre=6, post=2, cx="None",
        narr=("Prone on the table. After sterile prep a 22-gauge spinal needle was advanced under fluoroscopy into the "
              "left L4-L5 foramen and then the left L5-S1 foramen. Negative aspiration, no intravascular uptake on "
              "live contrast injection, and dexamethasone was delivered at each level.")),
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], contrast=True, **FLUORO)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iohexol", 3, "ml")], pain=(6, 2), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", "JZ", units=10)], findings=[],
        dos="2026-03-12", pos="11")

    note("fcq-tfesi-02", "emr_checklist", dict(
        date="06/03/2025", title="Cervical transforaminal epidural injection", side="Right", levels="C6-C7",
        dx=["M54.12 Radiculopathy, cervical region"],
        dur="Ten weeks", radic="Burning pain from the right neck into the triceps and middle finger; weak right triceps 4/5",
        func="Drops objects with the right hand; cannot drive more than 15 minutes",
        care="Six weeks of physical therapy plus gabapentin, pain unchanged; gabapentin stopped for dizziness",
        img="MRI cervical spine: right C6-C7 uncovertebral spurring narrowing the foramen",
        consent="Yes", timeout="Yes", sedation="None", guide="Yes - fluoroscopy",
        contrast="Yes - Isovue-M 200, 1 mL", views="Yes - AP and oblique",
        meds=["Isovue-M 200 1 mL", "dexamethasone 4 mg"],
        pre=7, post=3, cx="None",
        narr=("Supine oblique position. Needle directed to the posterior aspect of the right C6-C7 neural foramen "
              "with intermittent fluoroscopy; contrast showed epineural spread with no vascular pattern under "
              "digital subtraction. Dexamethasone injected slowly.")),
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], contrast=True, sedation="none", **FLUORO)],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 4)], pain=(7, 3), need=ESI_NEED,
        codes=[line("64479", "RT")], findings=[], dos="2025-06-03", pos="22")

    note("fcq-tfesi-03", "emr_semicolon", dict(
        date="11/20/2024", title="Bilateral L5-S1 transforaminal ESI", side="bilateral", levels="L5-S1",
        dx=["M51.17 Intervertebral disc disorder with radiculopathy, lumbosacral region"],
        dur="symptoms for 5 months", radic="pain radiating down the back of both thighs to the heels, worse on the right",
        func="sitting tolerance 15 minutes, stopped working in the garden",
        care="home exercise program and PT for 6 weeks did not help; naproxen without benefit",
        img="MRI: central and bilateral foraminal disc extrusion at L5-S1 contacting both S1 roots",
        consent="signed", timeout="performed", guide="fluoroscopic guidance", contrast="Omnipaque 240 2 mL total",
        views="",
        meds=["triamcinolone 40 mg each side (80 mg total)", "bupivacaine 0.25% 1 mL each side", "Omnipaque 240 2 mL"],
        pre=8, post=3, cx="none",
        narr=("Both L5-S1 foramina were entered in turn from a posterolateral oblique trajectory. Contrast outlined the "
              "exiting roots on each side without vascular runoff. Kenalog and bupivacaine were divided equally "
              "between the two sides.")),
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], contrast=True, **FLUORO)],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 5), given("iohexol", 2, "ml")],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "50")], findings=["saved_images"],
        dos="2024-11-20", pos="24",
        comment="Stored-images field printed blank: no saved views documented.")

    note("fcq-tfesi-04", "emr_numbered", dict(
        date="08/19/2026", title="Left S1 transforaminal epidural steroid injection", side="left", levels="S1",
        dx=["M54.17 Radiculopathy, lumbosacral region"],
        dur="3 months", radic="Left posterior leg pain to the sole with reduced left ankle reflex",
        func="Unable to walk more than one block; needs help putting on shoes",
        care="Physical therapy for 7 weeks and a medrol dose pack; pain persisted",
        img="MRI: left paracentral L5-S1 disc herniation displacing the left S1 nerve root",
        consent="Written consent obtained", timeout="Completed", sedation="None", guide="Fluoroscopy",
        contrast="Omnipaque 240, 1 mL", views="AP and lateral images saved",
        meds=["Celestone Soluspan 6 mg/mL, 1 mL (single-dose vial, no waste)", "Omnipaque 240 1 mL"],
        pre=5, post=1, cx="None",
        narr=("With the patient prone, the left S1 dorsal foramen was identified on AP view. A 25-gauge needle was "
              "walked into the foramen; lateral view confirmed depth. Contrast flowed along the S1 root. "
              "Betamethasone was injected after a negative aspiration.")),
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="left",
                    levels=["S1"], contrast=True, sedation="none", **FLUORO)],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 6), given("iohexol", 1, "ml")], pain=(5, 1),
        need=ESI_NEED, codes=[line("64483", "LT"), line("J0702", "JZ", units=1)], findings=[],
        dos="2026-08-19", pos="11")

    # ------------------------------------------------------------------ interlaminar / caudal (3 + 2 hand)
    note("fcq-ilesi-01", "emr_grid", dict(
        date="01/27/2026", title="Lumbar interlaminar epidural steroid injection", levels="L5-S1",
        dx=["M51.16 Intervertebral disc disorders with radiculopathy, lumbar region"],
        dur="Since September (about 5 months)", radic="Pain into both buttocks and posterior thighs, tingling in the left foot",
        func="Has had to stop working shifts; sleep interrupted nightly",
        care="PT twice weekly for 6 weeks and ibuprofen; neither reduced the leg pain",
        img="MRI 12/2025: broad-based L5-S1 disc bulge with bilateral lateral recess narrowing",
        consent="Yes", timeout="Yes", sedation="None", guide="Fluoroscopy",
        contrast="Omnipaque 240, 2 mL, epidurogram confirmed", views="AP and lateral saved to PACS",
        meds=["Depo-Medrol 80 mg (2 mL of 40 mg/mL, single-dose vials, none discarded)",
              "preservative-free saline 3 mL", "Omnipaque 240 2 mL"],
        pre=7, post=3, cx="None",
        narr=("Midline interlaminar approach at L5-S1. The epidural space was found with a 20-gauge Tuohy needle "
              "and loss of resistance to saline. Contrast showed epidural spread cephalad and bilaterally; the "
              "steroid and saline were injected.")),
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    contrast=True, sedation="none", **FLUORO)],
        drugs=[given("methylprednisolone_acetate", 80), given("iohexol", 2, "ml")], pain=(7, 3), need=ESI_NEED,
        codes=[line("62323"), line("J1010", "JZ", units=80)], findings=[], dos="2026-01-27", pos="11")

    note("fcq-ilesi-02", "emr_banner", dict(
        date="09/09/2025", title="Cervical interlaminar epidural steroid injection", levels="C7-T1",
        dx=["M54.12 Radiculopathy, cervical region"],
        dur="Six months", radic="Left arm pain to the thumb with paresthesias; diminished left biceps reflex",
        func="Unable to lift grandchild or reach overhead shelves",
        care="Eight weeks of PT and cervical traction without improvement",
        img="MRI: left C5-C6 foraminal disc-osteophyte complex with foraminal stenosis",
        consent="Obtained and signed", timeout=None, guide="Fluoroscopy",
        contrast="Omnipaque 240 2 mL", views="AP and contralateral oblique stored",
        meds=["Dexamethasone 10 mg", "Preservative-free normal saline 2 mL", "Omnipaque 240 2 mL"],
        pre=6, post=2, cx="None",
        narr=("Interlaminar entry at C7-T1, left paramedian, with an 18-gauge Tuohy needle and loss of resistance. "
              "Contralateral oblique view confirmed depth; contrast spread in the dorsal epidural space toward the "
              "left. Medication injected without paresthesia.")),
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    contrast=True, **FLUORO)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iohexol", 2, "ml")], pain=(6, 2), need=ESI_NEED,
        codes=[line("62321")], findings=["time_out"], dos="2025-09-09", pos="22",
        comment="Template printed without the time-out line (and without the universal-protocol boilerplate).")

    note("fcq-caudal-01", "emr_checklist", dict(
        date="05/14/2024", title="Caudal epidural steroid injection",
        dx=["M96.1 Postlaminectomy syndrome, not elsewhere classified"],
        dur="Leg pain returned 4 months after L4-L5 laminectomy; present 9 months",
        radic="Bilateral posterior leg pain with numbness along both lateral feet",
        func="Walks with a cane, cannot shop without a motorized cart",
        care="Completed 8 weeks of aquatic therapy, no change in leg pain; duloxetine caused nausea",
        img="Post-operative MRI: epidural fibrosis around both S1 roots, no recurrent herniation",
        consent="Yes", timeout="Yes", sedation="None", guide="Yes - fluoroscopy",
        contrast="Yes - Omnipaque 240, 4 mL", views="Yes - AP and lateral",
        meds=["triamcinolone 80 mg", "bupivacaine 0.25% 4 mL", "Omnipaque 240 4 mL"],
        pre=8, post=4, cx="None",
        narr=("Sacral hiatus palpated and confirmed on lateral fluoroscopy. A 20-gauge needle entered the caudal "
              "canal through the sacrococcygeal ligament. Epidurogram filled the sacral canal up to S1 without "
              "vascular uptake; the injectate was given in increments.")),
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", contrast=True, sedation="none",
                    **FLUORO)],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 10), given("iohexol", 4, "ml")],
        pain=(8, 4), need=ESI_NEED, codes=[line("62323")], findings=[], dos="2024-05-14", pos="24")

    # ------------------------------------------------------------------ facet injection (3 + 2 hand)
    note("fcq-mbb-01", "emr_semicolon", dict(
        date="05/05/2026", title="Diagnostic lumbar medial branch block", side="bilateral",
        levels="L3 and L4 medial branches, L5 dorsal ramus (L4-L5 and L5-S1 facet joints)",
        dx=["M47.816 Spondylosis without myelopathy or radiculopathy, lumbar region"],
        dur="axial low back pain for 2 years", radic="no radiation below the buttocks",
        func="cannot stand to cook a meal; stopped bowling",
        care="PT for 10 weeks and diclofenac gave no lasting change",
        img="MRI: bilateral L4-L5 and L5-S1 facet hypertrophy with effusions",
        extra=[("Block number", "first diagnostic block")],
        consent="signed", timeout="completed", guide="fluoroscopy",
        contrast="Omnipaque 240 0.2 mL at each of 6 targets", views=None,
        meds=["bupivacaine 0.5% 0.5 mL per nerve x 6 nerves", "Omnipaque 240 1.2 mL total"],
        pre=7, post=1, cx="none",
        narr=("Diagnostic block. Oblique fluoroscopic views showed the junction of the superior articular and "
              "transverse processes at L4 and L5 and the sacral ala on both sides. Needles placed at each of the "
              "six targets; contrast confirmed no vascular spread. Patient given a pain diary for the next 8 hours.")),
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], contrast=True, intent="diagnostic", **FLUORO)],
        drugs=[given("bupivacaine", 15), given("iohexol", 1.2, "ml")], pain=(7, 1),
        need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2026-05-05", pos="11")

    note("fcq-mbb-02", "emr_numbered", dict(
        date="02/18/2025", title="Cervical medial branch block, diagnostic", side="right",
        levels="C4, C5 and C6 medial branches (C4-C5 and C5-C6 facet joints)",
        dx=["M47.812 Spondylosis without myelopathy or radiculopathy, cervical region"],
        dur="Neck pain for 14 months", radic="None; pain stays in the right neck and shoulder blade",
        func="Cannot check blind spot while driving; reading limited to 10 minutes",
        care="Twelve weeks of PT and cyclobenzaprine; no relief",
        img="CT cervical spine: right C4-C5 and C5-C6 facet arthropathy",
        consent="Yes", timeout="Yes", sedation="None", guide="Fluoroscopy", contrast=None, views=None,
        meds=["bupivacaine 0.5% 0.4 mL at each medial branch (1.2 mL total)"],
        pre=6, post=1, cx="None",
        narr=("Diagnostic intent. Patient prone. Lateral fluoroscopy used to target the waist of the right C4, C5 and "
              "C6 articular pillars. After negative aspiration bupivacaine was placed at each medial branch. "
              "Relief to be recorded in the block diary.")),
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], intent="diagnostic", sedation="none", **FLUORO)],
        drugs=[given("bupivacaine", 6)], pain=(6, 1), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=[], dos="2025-02-18", pos="22")

    note("fcq-facet-01", "emr_grid", dict(
        date="10/06/2026", title="Therapeutic intra-articular facet joint injection, lumbar", side="Left",
        levels="L3-L4; L4-L5",
        dx=["M47.816 Lumbar spondylosis without myelopathy or radiculopathy"],
        dur="18 months", radic="Denies leg symptoms",
        func="Limited to 15 minutes of standing; no longer able to vacuum",
        care="PT x 12 weeks and acetaminophen/NSAIDs without adequate relief",
        img="MRI: left L3-L4 and L4-L5 facet arthrosis",
        extra=[("Diagnostic block #1", "Left L3-L4 and L4-L5 MBB 07/2026: 90% relief for 6 hours"),
               ("Diagnostic block #2", "Left L3-L4 and L4-L5 MBB 08/2026: 85% relief for 8 hours")],
        consent="Yes", timeout="Yes", guide="Fluoroscopy", contrast="Omnipaque 240 0.3 mL per joint",
        views=None,
        meds=["triamcinolone 10 mg per joint (20 mg total), single-dose vial, no waste",
              "bupivacaine 0.25% 0.5 mL per joint", "Omnipaque 240 0.6 mL"],
        pre=6, post=2, cx="None",
        narr=("First therapeutic injection after two concordant diagnostic blocks. Needles entered the left L3-L4 and "
              "L4-L5 facet joint spaces under oblique fluoroscopy; arthrogram confirmed intra-articular position "
              "before the steroid mixture was injected into each joint.")),
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], contrast=True, intent="therapeutic", **FLUORO)],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 2.5), given("iohexol", 0.6, "ml")],
        pain=(6, 2), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", "JZ", units=2)], findings=[],
        dos="2026-10-06", pos="11")

    # ------------------------------------------------------------------ facet RFA (1 + 2 hand)
    note("fcq-rfa-01", "emr_banner", dict(
        date="12/02/2025", title="Radiofrequency ablation, lumbar medial branches", side="Bilateral",
        levels="L4-L5; L5-S1 (L3, L4 medial branches and L5 dorsal rami)",
        dx=["M47.816 Spondylosis without myelopathy or radiculopathy, lumbar region"],
        dur="Three years", radic="None",
        func="Unable to stand through a church service; stopped golfing",
        care="Physical therapy 3 months and NSAIDs, no durable relief",
        img="MRI: multilevel facet degeneration worst at L4-L5 and L5-S1",
        extra=[("Diagnostic block 1", "08/2025 bilateral MBB, 85% relief"),
               ("Diagnostic block 2", "09/2025 bilateral MBB, 90% relief")],
        consent="Signed", timeout="Performed", guide="Fluoroscopy", contrast=None, views="Saved",
        meds=["Lidocaine 2% 1 mL at each of 6 lesion sites before lesioning"],
        pre=7, post=3, cx="None",
        narr=("Sensory stimulation at 50 Hz reproduced concordant back pain below 0.5 V and motor testing at 2 Hz "
              "showed no leg fasciculation. Thermal lesions were made at 80 degrees C for 90 seconds at each of the "
              "six targets on both sides.")),
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], **FLUORO)],
        drugs=[given("lidocaine", 120)], pain=(7, 3), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64635", "50"), line("64636", "50")], findings=[], dos="2025-12-02", pos="24")

    # ------------------------------------------------------------------ SI joint (2 + 1 hand)
    note("fcq-si-01", "emr_checklist", dict(
        date="04/21/2026", title="Sacroiliac joint injection, diagnostic", side="Left",
        dx=["M46.1 Sacroiliitis, not elsewhere classified"],
        dur="Five months", radic=None,
        func="Cannot climb stairs without stopping; getting in and out of the car is painful",
        care="Six weeks of PT with SI belt, no improvement; naproxen upset her stomach",
        img="Pelvis X-ray: left SI joint sclerosis",
        extra=[("Exam", "Positive thigh thrust, FABER and compression tests on the left")],
        consent="Yes", timeout="Yes", sedation="None", guide="Yes - fluoroscopy",
        contrast="No", views="Yes - AP and oblique",
        meds=["bupivacaine 0.5% 2 mL", "triamcinolone 40 mg (single-dose vial, no waste)"],
        pre=7, post=1, relief="85%", cx="None",
        narr=("Diagnostic left SI joint injection. The inferior third of the left sacroiliac joint was opened on "
              "an oblique view and a 22-gauge needle advanced into the joint with a firm capsular end-feel. "
              "The injectate was delivered after negative aspiration.")),
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left", contrast=False,
                    intent="diagnostic", sedation="none", **FLUORO)],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 40)], pain=(7, 1),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        codes=[line("27096", "LT"), line("J3301", "JZ", units=4)], findings=["contrast"],
        dos="2026-04-21", pos="11",
        comment="'Contrast injected: No' with no reason (allergy, pregnancy) given.")

    note("fcq-si-02", "emr_semicolon", dict(
        date="02/13/2024", title="Right sacroiliac joint injection (diagnostic)", side="right",
        dx=["M46.1 Sacroiliitis, not elsewhere classified"],
        dur="pain over the right PSIS for 7 months", func="unable to sleep on the right side; limps after 10 minutes",
        care="PT 8 weeks without improvement; meloxicam no help",
        extra=[("exam", "3 of 5 provocation tests positive on the right")],
        consent="obtained", timeout="done", guide="fluoroscopy", contrast="Isovue-M 200 0.5 mL arthrogram",
        views="AP and oblique images saved",
        meds=["lidocaine 2% 1 mL", "ropivacaine 0.5% 2 mL", "Isovue-M 200 0.5 mL"],
        pre=6, post=1, relief="80%", cx="none",
        narr=("Right SI joint entered at its caudal pole; arthrogram outlined the joint without extravasation. "
              "Diagnostic local anesthetic only. Relief measured at 30 minutes.")),
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right", contrast=True,
                    intent="diagnostic", **FLUORO)],
        drugs=[given("lidocaine", 20), given("ropivacaine", 10), given("iopamidol", 0.5, "ml")], pain=(6, 1),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "RT")], findings=[], dos="2024-02-13", pos="22")

    # ------------------------------------------------------------------ other families (generated half)
    note("fcq-onb-01", "emr_numbered", dict(
        date="07/15/2025", title="Greater occipital nerve block", side="bilateral",
        dx=["M54.81 Occipital neuralgia"],
        dur="Headaches for 8 months", func="Misses about 4 workdays a month",
        care="Amitriptyline and PT for 6 weeks, partial benefit only",
        consent="Verbal and written", timeout="Yes", sedation="None", guide="None (landmark technique)",
        meds=["bupivacaine 0.5% 2 mL each side", "triamcinolone 20 mg each side (40 mg total); single-dose vial, no waste"],
        pre=7, post=2, cx="None",
        narr=("The occipital artery was palpated on each side along the superior nuchal line and a 25-gauge needle "
              "was placed just medial to it. After negative aspiration the mixture was injected on the right and "
              "then on the left. Scalp numbness confirmed on both sides.")),
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none", sedation="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)], pain=(7, 2),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64405", "50"), line("J3301", "JZ", units=4)], findings=[], dos="2025-07-15", pos="11")

    note("fcq-tpi-01", "emr_grid", dict(
        date="09/01/2026", title="Trigger point injections",
        dx=["M79.18 Myalgia, other site"],
        dur="Neck and upper back pain for 6 months", func="Cannot work at the computer more than 30 minutes",
        care="Stretching program and massage, little effect",
        extra=[("Muscles injected", "right trapezius; left trapezius; right levator scapulae; left rhomboid major")],
        consent="Yes", timeout="Yes", guide="None",
        meds=["lidocaine 1% 1 mL per muscle (4 mL total)"],
        pre=6, post=2, relief="60%", cx="",
        narr=("Taut bands with local twitch responses were found in four muscles. Each trigger point was fixed between "
              "two fingers and injected with a 27-gauge needle after negative aspiration.")),
        procs=[proc("trigger_point", region="cervical", imaging="none")],
        drugs=[given("lidocaine", 40)], pain=(6, 2), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("20553")], findings=["complications"], dos="2026-09-01", pos="11", complications=None,
        comment="Complications field printed blank.")

    # ================================================================== hand half (fcq-h-*)
    note("fcq-h-tfesi-01", "emr_semicolon", dict(
        date="06/30/2026", title="R L4/5, L5/S1 TFESI", side="right", levels="L4-L5 and L5-S1 foramina",
        dx=["M54.16 Lumbar radiculopathy", "M48.061 Spinal stenosis, lumbar region without neurogenic claudication"],
        dur="right leg pain x 10 wk", radic="shooting pain R anterolateral leg to dorsum of foot, + SLR on the right at 40 deg",
        func="can't walk from the parking lot without resting; stopped working as a cashier",
        care="PT 6 wk w/o relief; prednisone taper gave 2 days of benefit then recurred",
        img="MRI 05/2026: R foraminal stenosis L4-5 and L5-S1, moderate",
        consent="signed in chart", timeout="yes", guide="fluoro", contrast="Omnipaque 300, 2 mL", views="AP + lateral",
        meds=["dexamethasone 5 mg at each foramen (10 mg)", "Omnipaque 300 2 mL"],
        pre=9, post=4, cx="none",
        narr=("I placed needles into the right L4-5 and right L5-S1 foramina using a subpedicular approach. Each "
              "neurogram was clean without vascular flow. Decadron split between the two levels. She was walking "
              "comfortably in recovery with the right leg pain down to 4.")),
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], contrast=True, **FLUORO)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iohexol", 2, "ml")], pain=(9, 4), need=ESI_NEED,
        codes=[line("64483", "RT"), line("64484", "RT")], findings=[], dos="2026-06-30", pos="22")

    note("fcq-h-tfesi-02", "emr_banner", dict(
        date="11/08/2023", title="Repeat left L3-L4 transforaminal epidural steroid injection", side="Left",
        levels="L3-L4",
        dx=["M51.16 Intervertebral disc disorders with radiculopathy, lumbar region"],
        dur="Left thigh pain since early this year (10 months)",
        radic="Pain wraps the front of the left thigh to the knee; weak left quadriceps 4+/5",
        func="Difficulty rising from a chair and climbing stairs",
        care="PT 8 weeks and gabapentin without relief before the first injection",
        img="MRI: left far-lateral L3-L4 disc protrusion compressing the exiting L3 root",
        extra=[("Response to prior injection", "Left L3-L4 TFESI in May gave 70% relief lasting 4 months")],
        consent="Signed", timeout="Yes", guide="Fluoroscopy", contrast="Omnipaque 240 1.5 mL",
        views="AP and lateral",
        meds=["Depo-Medrol 40 mg/mL, 1 mL (single-dose vial, no waste)", "1% lidocaine 1 mL", "Omnipaque 240 1.5 mL"],
        pre=7, post=2, cx="None",
        narr=("This is her second left L3-L4 transforaminal injection; the first in May relieved 70% of her thigh "
              "pain for four months and the pain has now returned to baseline. The needle was advanced to the "
              "6 o'clock position of the L3 pedicle on the left; contrast tracked along the L3 root.")),
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L3-L4"], contrast=True, **FLUORO)],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 10), given("iohexol", 1.5, "ml")],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("J1030", "JZ", units=1)], findings=[],
        dos="2023-11-08", pos="11", comment="Repeat with a documented prior response (70% for 4 months).")

    note("fcq-h-tfesi-03", "emr_grid", dict(
        date="10/14/2025", title="Left L4-L5 and L5-S1 transforaminal epidural steroid injection",
        side="Left", levels="L4-L5, L5-S1",
        dx=["M54.17 Radiculopathy, lumbosacral region"],
        dur="Four months", radic="Left posterior thigh and calf pain with pins and needles in the left sole",
        func="Cannot sit through a meal; has stopped driving to work",
        care=None,
        img="MRI: left L4-L5 and L5-S1 subarticular disc protrusions contacting the L5 and S1 roots",
        consent="Yes", timeout="Yes", guide="Fluoroscopy", contrast="Omnipaque 240 2 mL",
        views="AP and lateral archived",
        meds=["dexamethasone 4 mg at L4-L5 and 4 mg at L5-S1", "Omnipaque 240 2 mL"],
        pre=8, post=3, cx="None",
        narr=("Two needles were placed into the left L4-L5 and L5-S1 foramina under fluoroscopy. Both contrast "
              "injections gave a clean perineural pattern; dexamethasone 4 mg was given at each. She will keep a "
              "pain log and follow up in 3 weeks.")),
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], contrast=True, **FLUORO)],
        drugs=[given("dexamethasone_sodium_phosphate", 8), given("iohexol", 2, "ml")], pain=(8, 3),
        need=minus(ESI_NEED, "conservative_care"),
        codes=[line("64483", "LT"), line("64484", "LT")], findings=["conservative_care"], dos="2025-10-14", pos="22",
        comment="The vendor's treatments-tried row is absent; no conservative care anywhere in the note.")

    note("fcq-h-ilesi-01", "emr_semicolon", dict(
        date="02/24/2026", title="Lumbar interlaminar ESI, left paramedian", levels="L4-L5",
        dx=["M48.062 Spinal stenosis, lumbar region with neurogenic claudication"],
        dur="walking intolerance x 1 year", radic="heaviness and numbness down both legs into the feet after 5 minutes of walking",
        func="stands at the sink only 5 minutes; gave up grocery shopping",
        care="PT 10 wk and 2 months of gabapentin; neither changed her walking distance",
        img="MRI: severe central canal stenosis at L4-L5 from ligamentum flavum hypertrophy",
        consent="signed", timeout="done", guide="fluoroscopy", contrast="Omnipaque 240 3 mL",
        views="AP and lateral",
        meds=["Kenalog 80 mg", "preservative-free saline 4 mL", "Omnipaque 240 3 mL"],
        pre=5, post=2, cx="none",
        narr=("Loss of resistance at L4-L5 through a left paramedian interlaminar approach with a 20 G Tuohy. "
              "Lateral view showed the tip just past the spinolaminar line and the epidurogram spread over both "
              "sides. Kenalog with saline injected. She walked the hallway without leg heaviness afterwards.")),
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    contrast=True, **FLUORO)],
        drugs=[given("triamcinolone_acetonide", 80), given("iohexol", 3, "ml")], pain=(5, 2), need=ESI_NEED,
        codes=[line("62323")], findings=[], dos="2026-02-24", pos="24")

    note("fcq-h-caudal-01", "emr_numbered", dict(
        date="08/06/2024", title="Caudal epidural steroid injection",
        dx=["M48.062 Spinal stenosis, lumbar region with neurogenic claudication"],
        dur="Two years, worse the past 3 months",
        radic="Aching and tingling in both calves with walking, relieved by sitting",
        func="Walks less than a block; uses a walker in the community",
        care="Failed 8 weeks of PT and daily acetaminophen",
        img="MRI: multilevel lumbar stenosis, severe at L3-L4 and L4-L5",
        consent="Yes", timeout="Yes", sedation="None", guide="Fluoroscopy", contrast="Omnipaque 240, 3 mL",
        views="AP and lateral",
        meds=["dexamethasone 10 mg (single-dose vial, none discarded)", "0.25% bupivacaine 5 mL", "Omnipaque 240 3 mL"],
        pre=7, post=3, cx="None",
        narr=("Prone with a pillow under the hips. The sacral cornua were palpated and the hiatus confirmed on lateral "
              "view; a 22-gauge needle was passed into the caudal epidural space. Contrast ascended to L5 with no "
              "intravascular pattern, and the medication was injected.")),
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", contrast=True, sedation="none",
                    **FLUORO)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 12.5), given("iohexol", 3, "ml")],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("J1100", "JZ", units=10)], findings=[],
        dos="2024-08-06", pos="11")

    note("fcq-h-mbb-01", "emr_grid", dict(
        date="08/04/2026", title="Second (confirmatory) diagnostic medial branch block", side="Left",
        levels="L3 MB, L4 MB, L5 dorsal ramus",
        dx=["M47.816 Spondylosis without myelopathy or radiculopathy, lumbar region"],
        dur="Low back pain for 20 months", radic="No leg pain",
        func="Needs to lie down after 20 minutes of housework",
        care="PT 3 months and daily NSAIDs failed",
        img="MRI: left L4-L5 and L5-S1 facet arthropathy",
        extra=[("First diagnostic block", "07/14/2026 left L3, L4 MB and L5 DR with bupivacaine: 90% relief for 6 hours")],
        consent="Yes", timeout="Yes", guide="Fluoroscopy", contrast=None, views=None,
        meds=["2% lidocaine 0.5 mL at each of 3 targets (1.5 mL total)"],
        pre=7, post=0, cx="None",
        narr=("Confirmatory diagnostic block with a shorter-acting anesthetic. Left L3 and L4 medial branches and the "
              "left L5 dorsal ramus were blocked under oblique fluoroscopy, covering the left L4-L5 and L5-S1 facet "
              "joints. Pain 0/10 on extension and rotation at 20 minutes.")),
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], intent="diagnostic", **FLUORO)],
        drugs=[given("lidocaine", 30)], pain=(7, 0), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[], dos="2026-08-04", pos="11",
        comment="Medial branches named; joints L4-L5 and L5-S1. First block 90% documented (confirmatory rule met).")

    note("fcq-h-mbb-02", "emr_banner", dict(
        date="05/20/2025", title="Diagnostic intra-articular facet injection, lumbar", side="Right",
        levels="L4-L5; L5-S1",
        dx=["M47.816 Spondylosis without myelopathy or radiculopathy, lumbar region"],
        dur="One year", radic="None, pain localized to the right low back",
        func="Cannot lift laundry baskets; standing limited to 10 minutes",
        care="Chiropractic and PT for 8 weeks, no improvement",
        img="MRI: right L4-L5 and L5-S1 facet hypertrophy",
        consent="Signed", timeout="Yes", guide="Fluoroscopy", contrast="Omnipaque 240 0.2 mL per joint",
        views=None,
        meds=["Bupivacaine 0.5% 1 mL into each joint", "Omnipaque 240 0.4 mL"],
        pre=7, post="", cx="None",
        narr=("Diagnostic. The right L4-L5 and L5-S1 facet joints were entered under oblique fluoroscopy; a small "
              "arthrogram confirmed each needle in the joint before bupivacaine was injected.")),
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], contrast=True, intent="diagnostic", **FLUORO)],
        drugs=[given("bupivacaine", 10), given("iohexol", 0.4, "ml")], pain=(7, None),
        need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=["post_procedure_pain_score"],
        dos="2025-05-20", pos="24", comment="Post value of the pain line printed blank.")

    note("fcq-h-rfa-01", "emr_checklist", dict(
        date="07/21/2026", title="Cervical radiofrequency neurotomy", side="Right",
        levels="C4-C5 and C5-C6 (C4, C5, C6 medial branches)",
        dx=["M47.812 Spondylosis without myelopathy or radiculopathy, cervical region"],
        dur="Two years", func="Cannot turn head to reverse the car; stopped swimming",
        care="PT 12 weeks and NSAIDs, no lasting relief",
        img="MRI: right C4-C5 and C5-C6 facet arthropathy",
        extra=[("Diagnostic blocks", "MBB #1 85% relief; MBB #2 80% relief")],
        consent="Yes", timeout="Yes", sedation="None", guide="Yes - fluoroscopy", contrast=None, views=None,
        meds=["2% lidocaine 0.5 mL at each of 3 sites"],
        pre=6, post=3, cx="None",
        narr=("Two prior right C4-C6 medial branch blocks gave 85% and then 80% relief. Cannulas were placed along the "
              "right C4, C5 and C6 articular pillars on lateral view. After sensory and motor testing, lidocaine was "
              "injected and thermal lesions made at 85 degrees C for 60 seconds at each site.")),
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], sedation="none", **FLUORO)],
        drugs=[given("lidocaine", 30)], pain=(6, 3), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64633", "RT"), line("64634", "RT")], findings=[], dos="2026-07-21", pos="22")

    note("fcq-h-rfa-02", "emr_semicolon", dict(
        date="03/31/2026", title="Repeat lumbar RF ablation", side="left",
        levels="L2, L3, L4 medial branches and L5 dorsal ramus (L3-L4, L4-L5, L5-S1)",
        dx=["M47.816 Lumbar spondylosis without myelopathy or radiculopathy"],
        dur="back pain for 4 years", func="unable to garden or walk 2 blocks",
        care="PT 8 wk and NSAIDs failed before the first ablation",
        extra=[("prior RFA", "left L3-S1 RFA 05/2025 gave 75% relief for 8 months, now pain back to baseline")],
        consent="signed", timeout="yes", guide="fluoroscopy",
        meds=["lidocaine 1% 1 mL at each of 4 targets"],
        pre=8, post=3, cx="none",
        narr=("Repeat ablation on the left. I placed 18 G cannulas along the left L2, L3 and L4 medial branches and "
              "the L5 dorsal ramus. After sensory and motor testing each site was anesthetized and lesioned at "
              "85 degrees C for 90 seconds.")),
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], **FLUORO)],
        drugs=[given("lidocaine", 40)], pain=(8, 3), need=SPINE_NEED,
        codes=[line("64635", "LT"), line("64636", "LT", units=2)], findings=[], dos="2026-03-31", pos="24",
        comment="Repeat RFA: prior 75% for 8 months (>= 6 months), so no diagnostic-block requirement.")

    note("fcq-h-si-01", "emr_numbered", dict(
        date="11/18/2025", title="Bilateral sacroiliac joint injections, diagnostic", side="bilateral",
        dx=["M46.1 Sacroiliitis, not elsewhere classified"],
        dur="Buttock pain on both sides for 6 months",
        func="Cannot sit through a movie; walking limited to 15 minutes",
        care="PT 6 weeks and NSAIDs without relief",
        extra=[("Exam", "Positive FABER, thigh thrust and Gaenslen on both sides")],
        consent="Yes", timeout="Yes", sedation="None", guide="Fluoroscopy", contrast="Omnipaque 240 1 mL each side",
        views="AP and oblique for each joint",
        meds=["2% lidocaine 1.5 mL each side", "Omnipaque 240 2 mL total"],
        pre=7, post=1, relief="80% relief at 30 minutes", cx="None",
        narr=("Both sacroiliac joints were entered at their inferior recess; arthrograms confirmed capsular spread. "
              "Lidocaine only, for diagnosis. Provocation maneuvers painless afterwards.")),
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral", contrast=True,
                    intent="diagnostic", sedation="none", **FLUORO)],
        drugs=[given("lidocaine", 60), given("iohexol", 2, "ml")], pain=(7, 1),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "50")], findings=[], dos="2025-11-18", pos="11")

    note("fcq-h-lsb-01", "emr_grid", dict(
        date="04/07/2026", title="Left lumbar sympathetic block", side="Left", levels="L3 vertebral body",
        dx=["G90.522 Complex regional pain syndrome I of left lower limb"],
        dur="Burning left foot pain since an ankle fracture 7 months ago",
        func="Cannot wear a shoe on the left; walks with crutches",
        consent="Yes", timeout="Yes", guide="Fluoroscopy", contrast="Omnipaque 240 3 mL",
        views="AP and lateral",
        meds=["ropivacaine 0.25% 10 mL", "Omnipaque 240 3 mL"],
        pre=8, post=3, cx="None",
        narr=("A 22-gauge needle was advanced to the anterolateral border of the L3 vertebral body on the left. "
              "Contrast spread along the sympathetic chain without psoas or vascular uptake. Left foot temperature "
              "rose 3 degrees C after ropivacaine.")),
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], contrast=True, **FLUORO)],
        drugs=[given("ropivacaine", 25), given("iohexol", 3, "ml")], pain=(8, 3),
        need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64520"), line("77002", "26")], findings=[], dos="2026-04-07", pos="22")

    note("fcq-h-hip-01", "emr_banner", dict(
        date="06/09/2026", title="Right hip intra-articular injection", side="Right",
        dx=["M16.11 Unilateral primary osteoarthritis, right hip"],
        dur="Groin pain for 1 year", func="Cannot put on socks; limps after a block",
        care="PT 8 weeks and meloxicam, minimal benefit",
        img="X-ray: right hip joint space narrowing with osteophytes",
        consent="Signed", timeout="Completed", guide="Fluoroscopy", contrast="Omnipaque 240 2 mL",
        views=None,
        meds=["Triamcinolone 40 mg (single-dose vial, no waste)", "0.5% bupivacaine 4 mL", "Omnipaque 240 2 mL"],
        pre=7, post=2, cx="None",
        narr=("Anterior approach to the right femoral head-neck junction under fluoroscopy. Contrast confirmed "
              "intra-articular flow; the steroid mixture was then injected.")),
        procs=[proc("joint_injection", target="hip", region="hip", laterality="right", contrast=True, **FLUORO)],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 20), given("iohexol", 2, "ml")],
        pain=(7, 2), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("20610", "RT"), line("77002"), line("J3301", "JZ", units=4), line("Q9966", units=2)],
        findings=[], dos="2026-06-09", pos="11",
        comment="Joint injection codes do not include imaging: 77002 and, in the office, contrast Q9966 per mL.")

    note("fcq-h-pump-01", "emr_checklist", dict(
        date="08/26/2025", title="Intrathecal pump refill",
        dx=["G89.4 Chronic pain syndrome"],
        extra=[("Pump", "Reservoir accessed by me; 3 mL old drug withdrawn"),
               ("Reprogramming", "No change to rate or settings")],
        consent="Yes", timeout="Yes", guide="None",
        meds=["Morphine (preservative-free) 25 mg/mL, 20 mL placed in the reservoir"],
        pre=5, post=5, cx="None",
        narr=("I refilled the pump with the template in place. Alarm date reset; the pump was not reprogrammed. "
              "Next refill in 3 months.")),
        procs=[proc("pump_refill", imaging="none")],
        drugs=[given("morphine", 500)], pain=(5, 5), need=("diagnosis",),
        codes=[line("95991")], findings=[], dos="2025-08-26", pos="11")

    note("fcq-h-gnb-01", "emr_numbered", dict(
        date="11/10/2026", title="Genicular nerve block", side="right",
        dx=["M17.11 Unilateral primary osteoarthritis, right knee"],
        dur="Knee pain for 3 years", func="Cannot kneel or climb stairs",
        care="PT for 8 weeks and bracing; relief wore off within weeks",
        img="X-ray: severe medial compartment narrowing, right knee",
        consent="Yes", timeout="Yes", sedation="None", guide="Fluoroscopy", views=None,
        meds=["bupivacaine 0.5% 2 mL at each of 3 genicular nerves"],
        pre=8, post=2, cx="None",
        narr=("Superomedial, superolateral and inferomedial genicular nerves of the right knee targeted at the "
              "metaphysis-epiphysis junction under AP and lateral fluoroscopy. Diagnostic block before a planned "
              "radiofrequency ablation.")),
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", intent="diagnostic", sedation="none",
                    **FLUORO)],
        drugs=[given("bupivacaine", 30)], pain=(8, 2), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64454", "RT")], findings=[], dos="2026-11-10", pos="24")

    note("fcq-h-pnb-01", "emr_grid", dict(
        date="04/22/2025", title="Suprascapular nerve block, ultrasound guided", side="Left",
        dx=["M19.012 Primary osteoarthritis, left shoulder"],
        dur="Shoulder pain for 2 years", func="Unable to reach overhead or sleep on the left",
        care="PT 10 weeks, pain persists",
        consent="Yes", timeout="Yes", guide="Ultrasound", views="Image of needle at the suprascapular notch saved to chart",
        meds=["bupivacaine 0.5% 8 mL", "triamcinolone 40 mg"],
        pre=7, post=2, cx="None",
        narr=("Linear probe over the left suprascapular fossa; the nerve was seen beneath the transverse scapular "
              "ligament and the needle advanced in plane. Spread of injectate around the nerve was watched in real time.")),
        procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("bupivacaine", 40), given("triamcinolone_acetonide", 40)], pain=(7, 2), need=SPINE_NEED,
        codes=[line("64418", "LT"), line("76942", "26")], findings=[], dos="2025-04-22", pos="22")
