"""Notes of the sealed final-check batch bl, built like the held-out split: 15 generated notes (a small
deterministic generator with phrasing pools written fresh for this batch, seven styles) and 15 hand-dictated
prose notes carrying the hard cases. Gold was labelled by hand from the procedure drawn (generated half) or the
text (hand half) before any Painpoint run; the `findings` of each note are its deliberate gaps."""

from __future__ import annotations

import random

SEED = 1327  # fixed: the generated half is the same on every run

STYLES = ("caps_headers", "title_headers", "dictated", "bullets", "inline_fields", "odd_spacing", "attestation")

# ---- phrasing pools (at least six paraphrases per documentation element; terse to long) -------------------
RADICULAR = (
    "{Side} leg pain radiating from the buttock along the lateral thigh into the shin and top of the foot, with numbness in the {derm} distribution.",
    "Shooting pain down the {side} leg past the knee; paresthesias {derm} dermatome; positive straight leg raise on the {side}.",
    "Radiating {side} lower extremity pain in a {derm} pattern, worse with sitting and coughing; reduced sensation over the {derm} dermatome.",
    "Burning pain travelling into the {side} calf and foot with pins and needles; {side} SLR reproduces the leg pain.",
    "Sciatica on the {side}: pain below the knee, numbness along {derm}, and mild weakness of great toe extension.",
    "Leg-dominant {side} pain following the {derm} root, electric in quality, with dysesthesia on light touch.",
)
RADICULAR_ARM = (
    "{Side} neck pain radiating into the arm and hand with numbness in the {derm} distribution.",
    "Shooting pain down the {side} arm to the fingers; paresthesias in the {derm} dermatome; positive Spurling on the {side}.",
    "Radiating {side} upper extremity pain in a {derm} pattern with reduced triceps reflex.",
    "Burning pain travelling into the {side} forearm with pins and needles in the middle finger.",
    "Cervical radicular pain on the {side}: arm pain past the elbow, numbness along {derm}, mild grip weakness.",
    "Arm-dominant {side} pain following the {derm} root, electric in quality.",
)
RADICULAR_BOTH = (
    "Pain radiating into both legs below the knees with numbness in the {derm} distribution on each side.",
    "Shooting pain down both legs; paresthesias in both {derm} dermatomes; straight leg raise positive bilaterally.",
    "Bilateral radiating leg pain in a {derm} pattern, worse with sitting, with reduced sensation on both sides.",
    "Burning pain travelling into both calves and feet, pins and needles in the soles.",
    "Bilateral sciatica: pain below both knees and numbness along {derm}.",
    "Leg-dominant pain in both legs following the {derm} roots, electric in quality.",
)
DURATION = (
    "Symptoms have been present for {mo} months.",
    "Onset roughly {mo} months ago.",
    "{mo}-month history.",
    "The pain dates back about {mo} months, with no single injury.",
    "Duration: {mo} months.",
    "Ongoing for {mo} months and not settling despite time.",
)
CONSERVATIVE = (
    "Completed {wk} weeks of physical therapy without meaningful relief; NSAIDs did not help.",
    "PT x {wk} wk, no benefit. Naproxen stopped for stomach upset.",
    "Despite {wk} weeks of supervised therapy and a trial of meloxicam, the pain persists.",
    "Conservative care ({wk} weeks of therapy plus acetaminophen and activity change) failed to give lasting improvement.",
    "Failed {wk} weeks of home exercise and formal physiotherapy.",
    "{wk} weeks of chiropractic care and a structured exercise program were tried; neither reduced the pain.",
)
FUNCTION = (
    "Cannot walk more than a block.",
    "Unable to sit through a work shift.",
    "The pain keeps the patient from carrying groceries or doing yard work.",
    "Trouble dressing, and sleep is broken every night by pain.",
    "Had to stop working at the warehouse because of the pain.",
    "Daily activities limited: cannot stand long enough to cook a meal or shower without resting.",
)
IMAGING = (
    "MRI: {side} foraminal stenosis at {lvl}.",
    "MRI shows a {side} paracentral disc protrusion at {lvl} abutting the nerve root.",
    "Recent MRI demonstrates a broad disc bulge with {side} foraminal narrowing at {lvl}.",
    "MR imaging: {side}-sided herniation at {lvl} with root contact.",
    "MR reveals moderate neuroforaminal narrowing on the {side} at {lvl}.",
    "CT myelogram: {side} lateral recess stenosis at {lvl}.",
)
PRE = ("Pre-procedure pain {pre}/10.", "Pain score before: {pre}/10", "NRS prior to the injection {pre} of 10.",
       "VAS pre {pre}/10.", "Rates the pain {pre}/10 on arrival.", "Baseline pain: {pre}/10.")
POST = ("Post-procedure pain {post}/10.", "Pain score after: {post}/10", "NRS at discharge {post} of 10.",
        "VAS post {post}/10.", "Rated {post}/10 in recovery.", "Pain after the block: {post}/10.")
CONSENT = ("Informed consent obtained after a discussion of risks and benefits.", "Written consent signed.",
           "Risks, benefits and alternatives reviewed; consent given.", "Consent on chart.",
           "The patient gave written consent.", "Consent obtained and witnessed.")
TIME_OUT = ("Time-out performed confirming patient, side and site.", "Universal protocol time out done.",
            "A timeout was called before the needle was placed.", "Pause for time-out completed with the team.",
            "Time out: yes.", "Team time-out verified the correct level and side.")
SEDATION = ("No sedation was given.", "No IV or oral sedation was given.", "Sedation: none.",
            "Performed awake without sedation.", "The patient declined sedation; none given.", "No sedatives used.")
SAVED = ("AP and lateral images saved.", "Two views archived to PACS.", "Permanent images (AP, lateral) stored.",
         "Images retained in AP and oblique projections.", "Fluoro images saved x2 views.",
         "Spot images in AP and lateral saved to the record.")
COMPLICATIONS = ("No complications.", "Tolerated well without complication.", "Complications: none.",
                 "There were no immediate complications.", "No adverse events or complications noted.",
                 "Complication-free; discharged in stable condition.")
CONTRAST = ("{cname} {ml} mL confirmed flow without vascular uptake.",
            "Contrast ({cname}, {ml} mL) spread appropriately; no intravascular pattern.",
            "{ml} mL of {cname} injected under live fluoroscopy, no vascular runoff.",
            "Injection of {cname} {ml} mL showed the expected pattern.",
            "After {ml} mL {cname}, a good contrast pattern was seen and no vessel filled.",
            "{cname} ({ml} mL) outlined the target without venous uptake.")
GUIDANCE = ("Under fluoroscopic guidance,", "Using fluoroscopy,", "With C-arm fluoroscopy,",
            "Fluoroscopically guided:", "Image guidance (fluoroscopy):", "Under live fluoroscopy,")
PRIOR = ("Prior {what} gave {pct}% relief for {mo} months.",
         "Last {what} helped about {pct}% and lasted {mo} months.",
         "Repeat procedure: the previous {what} gave {pct} percent improvement for {mo} months.",
         "Had {pct}% pain reduction for {mo} months after the last {what}; this is a repeat.",
         "Responded to the prior {what} ({pct}% relief, {mo} months).",
         "This is a repeat; relief after the earlier {what} was {pct}% and held {mo} months.")
DX_BLOCK = ("Two diagnostic blocks each gave {pct}% relief.",
            "Dual comparative blocks: {pct}% and {pct2}% relief.",
            "Diagnostic blocks on two occasions relieved {pct}% of the pain.",
            "Confirmed by two prior diagnostic injections ({pct}%, {pct2}% relief for the anesthetic duration).",
            "Two sets of diagnostic blocks: relief {pct}% then {pct2}%.",
            "Positive dual blocks ({pct}% and {pct2}% improvement).")
RELIEF = ("About {pct}% relief.", "Reports {pct} percent improvement before discharge.", "Relief: {pct}%.",
          "Estimated {pct}% reduction in pain.", "Roughly {pct}% better on standing.", "{pct}% pain relief noted in recovery.")
ATTEST = ("I was present for and performed the entire procedure.",
          "Attestation: the above was performed by me; documentation reviewed and signed.",
          "Electronically signed by the performing physician.",
          "I personally performed this procedure and agree with the record.",
          "This note was dictated and reviewed by the attending.",
          "Performed and documented by the attending physician.")


def _spec(nid, family, dos, pos, tech, drugs_text, gold_procs, gold_drugs, codes, dx, pain, *, omit=(), mo=6,
          wk=8, side="left", derm="L5", lvl="L4-5", prior=None, block=None, cname="Omnipaque 240", ml=None,
          payer="medicare", esi=True, title="", comment=None, relief=None, extra=()) -> dict:
    return dict(nid=nid, family=family, dos=dos, pos=pos, tech=tech, drugs_text=drugs_text, procs=gold_procs,
                drugs=gold_drugs, codes=codes, dx=dx, pain=pain, omit=set(omit), mo=mo, wk=wk, side=side, derm=derm,
                lvl=lvl, relief=relief, extra=set(extra), prior=prior, block=block, cname=cname, ml=ml, payer=payer, esi=esi, title=title,
                comment=comment)


def _sections(s: dict, rng: random.Random) -> list[tuple[str, list[str]]]:
    """The note's sentences grouped in sections (header, sentences); omitted elements are left out."""
    pick = lambda pool, **kw: rng.choice(pool).format(**kw)  # noqa: E731
    side = s["side"]
    hist = []
    if s["esi"] and "radicular" not in s["omit"]:
        pool = RADICULAR_ARM if s["derm"].startswith("C") else RADICULAR_BOTH if side == "bilateral" else RADICULAR
        hist.append(pick(pool, side=side, Side=side.capitalize(), derm=s["derm"]))
    if "symptom_duration" not in s["omit"]:
        hist.append(pick(DURATION, mo=s["mo"]))
    if "conservative_care" not in s["omit"]:
        hist.append(pick(CONSERVATIVE, wk=s["wk"]))
    if "functional_impairment" not in s["omit"]:
        hist.append(pick(FUNCTION))
    if s["esi"] and "imaging_findings" not in s["omit"]:
        hist.append(pick(IMAGING, side=side, lvl=s["lvl"]))
    if s["prior"]:
        what, pct, mo = s["prior"]
        hist.append(pick(PRIOR, what=what, pct=pct, mo=mo))
    if s["block"]:
        hist.append(pick(DX_BLOCK, pct=s["block"][0], pct2=s["block"][1]))
    pre = [] if "consent" in s["omit"] else [pick(CONSENT)]
    if "time_out" not in s["omit"]:
        pre.append(pick(TIME_OUT))
    pre.append(pick(SEDATION))
    if s["pain"][0] is not None:
        pre.append(pick(PRE, pre=s["pain"][0]))
    proc = [f"{pick(GUIDANCE)} {s['tech']}"]
    if s["ml"]:
        proc.append(pick(CONTRAST, cname=s["cname"], ml=s["ml"]))
    proc.append(s["drugs_text"])
    if "saved_images" not in s["omit"]:
        proc.append(pick(SAVED))
    post = []
    if s["pain"][1] is not None and "post" not in s["omit"]:
        post.append(pick(POST, post=s["pain"][1]))
    if s["relief"]:
        post.append(pick(RELIEF, pct=s["relief"]))
    if "complications" not in s["omit"]:
        post.append(pick(COMPLICATIONS))
    return [("Diagnosis", [s["dx"]]), ("History", hist), ("Preparation", pre), ("Procedure", proc),
            ("Post-procedure", post)]


def _render(s: dict, style: str, rng: random.Random, truncate: bool) -> str:
    """Render the sections in one of the seven styles."""
    secs = _sections(s, rng)
    title = s["title"]
    if style == "caps_headers":
        body = [title.upper()] + [f"{h.upper()}:\n" + "\n".join(x) for h, x in secs if x]
        text = "\n\n".join(body)
    elif style == "title_headers":
        text = "\n".join([f"Procedure: {title}"] + [f"{h}: " + " ".join(x) for h, x in secs if x])
    elif style == "dictated":
        text = f"{title}. " + " ".join(" ".join(x) for _, x in secs)
    elif style == "bullets":
        text = title + "\n" + "\n".join(f"- {sent}" for _, x in secs for sent in x)
    elif style == "inline_fields":
        labels = {"Diagnosis": "Dx", "History": "Hx", "Preparation": "Prep", "Procedure": "Proc",
                  "Post-procedure": "Post"}
        text = f"Procedure: {title} | " + " | ".join(f"{labels[h]}: {' '.join(x)}" for h, x in secs if x)
    elif style == "odd_spacing":
        text = f"  {title}  \n\n" + "\n\n\n".join("   ".join(x) for _, x in secs if x)
    else:  # attestation boilerplate wrapped around a plain narrative
        text = (f"PROCEDURE NOTE - {title}\n" + "\n".join(" ".join(x) for _, x in secs if x) + "\n"
                + rng.choice(ATTEST))
    if truncate:  # cut the last sentence about halfway, at a word boundary
        last = secs[-1][1][-1]
        text = text[: len(text) - len(last) // 2].rsplit(" ", 1)[0]
    return text


def _gen_specs(proc, given, line) -> list[dict]:
    """The fifteen procedures of the generated half, each with its gold."""
    tf = "transforaminal_epidural"
    il = "interlaminar_epidural"
    S = []
    S.append(_spec("fbl-tfesi-01", tf, "2026-01-13", "11",
                   "a 22 g needle was placed to the left L5-S1 foramen by a subpedicular approach.",
                   "Kenalog 40 mg with 1 mL of 1% lidocaine was injected.",
                   [proc(tf, approach="transforaminal", region="lumbar", laterality="left", levels=["L5-S1"],
                         imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   [given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
                   [line("64483", "LT"), line("J3301", units=4)], "Lumbosacral radiculopathy (M54.17).", (7, 2),
                   lvl="L5-S1", derm="S1", ml=1, title="Left L5-S1 transforaminal epidural steroid injection"))
    S.append(_spec("fbl-tfesi-02", tf, "2026-02-03", "24",
                   "needles were advanced to the right L4-L5 and L5-S1 foramina.",
                   "At each level 5 mg dexamethasone (Decadron) was injected, 10 mg in all.",
                   [proc(tf, approach="transforaminal", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
                         imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   [given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
                   [line("64483", "RT"), line("64484", "RT")], "Radiculopathy, lumbar region (M54.16).", (8, 3),
                   side="right", lvl="L4-5", cname="Isovue-M 300", ml=2,
                   title="Right L4-L5 and L5-S1 TFESI"))
    S.append(_spec("fbl-tfesi-03", tf, "2026-03-24", "11",
                   "a curved 22 g needle reached the left C6-C7 foramen by an anterolateral oblique approach.",
                   "Dexamethasone 4 mg was injected slowly.",
                   [proc(tf, approach="transforaminal", region="cervical", laterality="left", levels=["C6-C7"],
                         imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   [given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
                   [line("64479", "LT"), line("J1100", units=4)], "Cervical radiculopathy (M54.12).", (6, 2),
                   lvl="C6-7", derm="C7", cname="Isovue-M 200", ml=0.5, omit=("saved_images",),
                   title="Left C6-C7 transforaminal epidural injection"))
    S.append(_spec("fbl-tfesi-04", tf, "2026-05-05", "22",
                   "bilateral needles were walked to the L5-S1 foramina.",
                   "Celestone 6 mg per side (12 mg total) with 1 mL 0.25% bupivacaine per side.",
                   [proc(tf, approach="transforaminal", region="lumbar", laterality="bilateral", levels=["L5-S1"],
                         imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   [given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
                    given("bupivacaine", 5)],
                   [line("64483", "50")], "Lumbar radiculopathy (M54.16) from foraminal stenosis.", (7, 3),
                   side="bilateral", lvl="L5-S1", ml=2, prior=("transforaminal injection", 70, 5),
                   title="Bilateral L5-S1 transforaminal ESI, repeat"))
    S.append(_spec("fbl-tfesi-05", tf, "2023-11-14", "11",
                   "a 22 g needle was placed in the right S1 foramen through the posterior sacral foramen.",
                   "Depo-Medrol 40 mg was injected with 1 mL of 1% Xylocaine.",
                   [proc(tf, approach="transforaminal", region="sacral", laterality="right", levels=["S1"],
                         imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   [given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
                   [line("64483", "RT"), line("J1030", units=1)], "Sacral radiculopathy (M54.18).", (8, 4),
                   side="right", lvl="L5-S1", derm="S1", ml=1, omit=("functional_impairment", "time_out"),
                   title="Right S1 transforaminal epidural steroid injection"))
    S.append(_spec("fbl-ilesi-01", il, "2026-07-07", "11",
                   "an 18 g Tuohy needle entered the L4-L5 interlaminar space in the midline with loss of resistance to saline.",
                   "Triamcinolone 80 mg diluted with 3 mL preservative-free saline was injected.",
                   [proc(il, approach="interlaminar", region="lumbar", levels=["L4-L5"], imaging="fluoroscopy",
                         contrast=True, intent="therapeutic", sedation="none")],
                   [given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
                   [line("62323"), line("J3301", units=8)], "Spinal stenosis, lumbar, with neurogenic claudication (M48.062).",
                   (7, 3), side="left", lvl="L4-5", ml=2, title="Lumbar interlaminar epidural steroid injection L4-L5"))
    S.append(_spec("fbl-ilesi-02", il, "2026-08-11", "24",
                   "a 20 g Tuohy needle was advanced at C7-T1, paramedian on the right, to loss of resistance.",
                   "Dexamethasone 10 mg in 2 mL saline injected.",
                   [proc(il, approach="interlaminar", region="cervical", levels=["C7-T1"], imaging="fluoroscopy",
                         contrast=True, intent="therapeutic", sedation="none")],
                   [given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
                   [line("62321")], "Cervical radiculopathy (M54.12).", (6, None),
                   side="right", lvl="C6-7", derm="C7", ml=1, cname="Omnipaque 300",
                   title="Cervical interlaminar ESI at C7-T1",
                   comment="post-procedure pain never recorded"))
    S.append(_spec("fbl-caudal-01", il, "2026-09-01", "11",
                   "a 20 g Tuohy needle entered the sacral hiatus and the caudal canal.",
                   "Methylprednisolone 80 mg with 5 mL 0.2% ropivacaine and 5 mL saline was given.",
                   [proc(il, approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                         intent="therapeutic", sedation="none")],
                   [given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80), given("ropivacaine", 10)],
                   [line("62323"), line("J1010", units=80)], "Post-laminectomy syndrome with lumbar radiculopathy (M96.1, M54.16).",
                   (8, 4), side="left", lvl="L5-S1", ml=5,
                   title="Caudal epidural steroid injection"))
    fi = "facet_injection"
    S.append(_spec("fbl-mbb-01", fi, "2026-02-17", "11",
                   "22 g needles were placed at the L3 and L4 medial branches and the L5 dorsal ramus on both sides (L4-L5, L5-S1 facet joints).",
                   "0.5 mL of 0.5% bupivacaine at each of the six targets.",
                   [proc(fi, approach="medial_branch", region="lumbar", laterality="bilateral",
                         levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
                   [given("bupivacaine", 15)],
                   [line("64493", "50", "KX"), line("64494", "50", "KX")],
                   "Lumbar spondylosis without myelopathy or radiculopathy (M47.816).", (7, 1), esi=False, side="bilateral",
                   title="Bilateral diagnostic lumbar medial branch blocks L4-L5 and L5-S1"))
    S.append(_spec("fbl-mbb-02", fi, "2026-04-21", "24",
                   "needles were placed at the right C4, C5 and C6 medial branches for the C4-C5 and C5-C6 facet joints.",
                   "0.3 mL of 2% lidocaine at each target.",
                   [proc(fi, approach="medial_branch", region="cervical", laterality="right",
                         levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
                   [given("lidocaine", 18)],
                   [line("64490", "KX", "RT"), line("64491", "KX", "RT")],
                   "Cervical spondylosis without radiculopathy (M47.812).", (6, 2), esi=False, side="right",
                   omit=("consent",), title="Right cervical medial branch block, diagnostic, C4-C5 and C5-C6"))
    S.append(_spec("fbl-mbb-03", fi, "2026-10-06", "11",
                   "22 g needles were placed into the left L3-L4, L4-L5 and L5-S1 facet joints (intra-articular).",
                   "Each joint received 0.5 mL Kenalog 40 mg/mL mixed with 0.5 mL 1% lidocaine.",
                   [proc(fi, approach="intra_articular", region="lumbar", laterality="left",
                         levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic",
                         sedation="none")],
                   [given("triamcinolone_acetonide", 60), given("lidocaine", 15)],
                   [line("64493", "LT"), line("64494", "LT"), line("64495", "LT"), line("J3301", units=6)],
                   "Lumbar facet arthropathy, spondylosis (M47.816).", (7, 3), esi=False,
                   block=(85, 80), extra=("level_limit",),
                   comment="three facet levels in one session: level_limit", title="Left L3-L4, L4-L5, L5-S1 intra-articular facet injections, therapeutic"))
    fr = "facet_rfa"
    S.append(_spec("fbl-rfa-01", fr, "2026-03-10", "11",
                   "RF cannulas were placed along the right L3 and L4 medial branches and the L5 dorsal ramus; sensory and motor testing were done and each nerve was lesioned at 85 C for 90 seconds.",
                   "1 mL of 1% lidocaine was injected at each of the three sites before lesioning.",
                   [proc(fr, approach="medial_branch", region="lumbar", laterality="right",
                         levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
                   [given("lidocaine", 30)],
                   [line("64635", "RT"), line("64636", "RT")],
                   "Lumbar spondylosis without radiculopathy (M47.816).", (7, 2), esi=False, side="right",
                   block=(85, 80), title="Right L4-L5, L5-S1 radiofrequency ablation of the medial branches"))
    S.append(_spec("fbl-rfa-02", fr, "2026-11-10", "24",
                   "cannulas were placed at the left C5 and C6 medial branches (C5-C6 facet); sensory 50 Hz and motor 2 Hz stimulation checked; lesions at 80 C for 90 seconds.",
                   "2% lidocaine 0.5 mL at each site.",
                   [proc(fr, approach="medial_branch", region="cervical", laterality="left", levels=["C5-C6"],
                         imaging="fluoroscopy", intent="therapeutic", sedation="none")],
                   [given("lidocaine", 20)],
                   [line("64633", "LT")], "Cervical spondylosis (M47.812).", (6, 2), esi=False,
                   prior=("radiofrequency ablation", 70, 9), omit=("conservative_care", "symptom_duration"),
                   title="Left C5-C6 radiofrequency neurotomy, repeat"))
    si = "si_joint_injection"
    S.append(_spec("fbl-sij-01", si, "2026-05-19", "11",
                   "a 22 g spinal needle was advanced into the inferior right sacroiliac joint.",
                   "Injected 40 mg Depo-Medrol with 1 mL 0.5% ropivacaine.",
                   [proc(si, approach="intra_articular", region="sacroiliac", laterality="right", imaging="fluoroscopy",
                         contrast=True, intent="therapeutic", sedation="none")],
                   [given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("ropivacaine", 5)],
                   [line("27096", "RT"), line("J1010", units=40)], "Sacroiliitis, right (M46.1).", (8, 3),
                   esi=False, side="right", ml=1, block=(80, 80), relief=60,
                   payer="medicare_cgs", title="Right sacroiliac joint injection, therapeutic"))
    S.append(_spec("fbl-sij-02", si, "2026-09-22", "22",
                   "needles were placed into both sacroiliac joints.",
                   "Each joint received Kenalog 40 mg and 1 mL of 0.25% Marcaine.",
                   [proc(si, approach="intra_articular", region="sacroiliac", laterality="bilateral",
                         imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   [given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 5)],
                   [line("27096", "50")], "Sacroiliitis, bilateral (M46.1).", (7, 2), esi=False, side="bilateral",
                   ml=2, block=(75, 80), omit=("saved_images", "complications"),
                   title="Bilateral SI joint injections, therapeutic",
                   comment="relief only implied by the pre/post scores: percent_relief"))
    return S


def _gen_findings(s: dict) -> list[str]:
    """The finding elements of a generated note: its omitted elements, plus SI percent relief (never stated in
    words by the generator, only implied by the scores) and a missing post score."""
    out = set(s["extra"])
    for o in s["omit"]:
        out.add({"radicular": "indication", "post": "post_procedure_pain_score"}.get(o, o))
    if s["family"] == "si_joint_injection" and not s["relief"]:
        out.add("percent_relief")
    if s["pain"][1] is None:
        out.add("post_procedure_pain_score")
    if s["truncated"]:
        out |= s["truncated_loses"]
    return sorted(out)


def build_generated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Draw a style per spec with the fixed seed; one note (fbl-mbb-02) is cut off mid-sentence."""
    rng = random.Random(SEED)
    order = [*STYLES, *STYLES, rng.choice(STYLES)]  # every style at least twice
    rng.shuffle(order)
    for s, style in zip(_gen_specs(proc, given, line), order):
        s["mo"], s["wk"] = rng.choice((3, 4, 5, 7, 9, 14, 18)), rng.choice((6, 8, 10, 12, 16))
        s["truncated"] = s["nid"] == "fbl-mbb-02"
        text = _render(s, style, rng, s["truncated"])
        # the cut falls inside the post-procedure section: what it loses is read back from the text
        s["truncated_loses"] = set()
        if s["truncated"]:
            low = text.lower()
            if "complication" not in low:
                s["truncated_loses"].add("complications")
            if f"{s['pain'][1]}/10" not in text and f"{s['pain'][1]} of 10" not in text:
                s["truncated_loses"].add("post_procedure_pain_score")
        base = ESI_NEED if s["esi"] else SPINE_NEED
        gone = {"radicular": "radicular_findings"}
        need = minus(base, *[gone.get(o, o) for o in s["omit"]])
        pain = s["pain"]
        if s["truncated"] and "post_procedure_pain_score" in s["truncated_loses"]:
            pain = (pain[0], None)
        comp = None if ("complications" in s["omit"] or "complications" in s["truncated_loses"]) else "none"
        add(s["nid"], style + ("+truncated" if s["truncated"] else ""), text, procs=s["procs"], drugs=s["drugs"],
            pain=pain, need=need, codes=s["codes"], findings=_gen_findings(s), dos=s["dos"], pos=s["pos"],
            consent="consent" not in s["omit"], complications=comp, comment=s["comment"], payer=s["payer"])
        add.__globals__["NOTES"][-1]["origin"] = "generated"  # the kit's `add` writes hand-written notes only


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue the generated half, then the fifteen hand-dictated notes."""
    build_generated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _hand_spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Hand-dictated spine notes: medial branches named, contralateral repeat, per-site solutions, contrast
    allergy, side and level written twice, a non-billable code, repeats with and without a response, pulsed RF."""
    add("fbl-h-mbb-01", "hand_prose", """
Lumbar medial branch blocks, first diagnostic set.

This is a woman in her sixties with axial low back pain across the belt line for the past 11 months, worse when
she arches back or gets out of a car, without anything going into the legs. She went through 10 weeks of
physical therapy and took celecoxib; neither made a dent in it. She now avoids driving more than half an hour and
gave up her water aerobics class. Facet loading is painful on both sides. Diagnosis: lumbar spondylosis without
myelopathy or radiculopathy, M47.816.

Consent reviewed and signed. Time-out held. Pain before the block 6/10. No sedation. Prone on the fluoroscopy
table, the left L2 and L3 medial branches were targeted at the junction of the superior articular and
transverse processes with 25 g spinal needles, and 0.5 mL of 2% lidocaine placed on each nerve. The same was
repeated on the contralateral side. AP and oblique images were kept. She walked to recovery and her pain was
1/10 on extension at 20 minutes, a 5-point improvement; pain log given. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-01-27", codes=[line("64493", "50", "KX")], findings=[],
        comment="L2 + L3 medial branches = the L3-L4 joint; 'repeated on the contralateral side' makes it bilateral")

    add("fbl-h-mbb-02", "hand_prose", """
RIGHT L3-4 AND L4-5 FACET JOINT INJECTIONS

Right-sided low back pain for two years, aching, worse standing at the counter, no leg symptoms. PT for three
months without benefit, ibuprofen upsets her stomach. Cannot garden or stand to cook for more than ten minutes.
Two sets of right medial branch blocks last spring each gave 80% relief for the anesthetic duration; she prefers
injections to ablation for now. Dx: spondylosis of the lumbar spine without radiculopathy (M47.816).

Consent signed; time-out performed. Pre 7/10. Under fluoroscopy 22 g needles were placed into the right L4-L5 and
L5-S1 facet joints, intra-articular, confirmed in oblique view. The L4-L5 joint received 20 mg Depo-Medrol with
0.5 mL of 0.5% bupivacaine; the L5-S1 joint received 0.5 mL of 0.5% bupivacaine alone. Post 3/10. No
complications. Therapeutic intent.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 20), given("bupivacaine", 5)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-03-03",
        codes=[line("64493", "RT"), line("64494", "RT"), line("J1010", units=20)], findings=["laterality_conflict"],
        comment="header levels L3-4/L4-5, needles at L4-L5 and L5-S1: codes and levels follow the description")

    add("fbl-h-ilesi-01", "hand_prose", """
Lumbar interlaminar epidural steroid injection, L5-S1, without contrast

He has had pain down the back of the left leg to the heel for 5 months, with numbness along the outer foot and
a reduced left ankle reflex. Eight weeks of therapy and a steroid taper did not help. He has had to stop
working shifts at the distribution center and cannot sit through a meal. MRI shows a left paracentral L5-S1
disc extrusion displacing the left S1 root. Diagnosis: lumbosacral radiculopathy (M54.17).
No contrast was used: he had an anaphylactic reaction to iodinated contrast at a CT in 2024.

Informed consent obtained. Time-out done. Pain 8/10 before. Under fluoroscopy an 18 g Tuohy needle was walked
onto the L5 lamina left of midline and advanced to loss of resistance to saline at L5-S1; position checked in
AP and lateral views, both saved. Decadron 10 mg in 2 mL preservative-free saline was injected. Pain 3/10
afterwards. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=False, intent="therapeutic")],
        drugs=[given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-02-10", codes=[line("62323"), line("J1100", units=10)], findings=[],
        comment="contrast left out with a documented allergy: no contrast finding")

    add("fbl-h-tfesi-01", "hand_prose", """
RIGHT L4-5 TRANSFORAMINAL ESI

Left leg pain from the hip to the front of the shin for 4 months with numbness over the medial shin; left knee
reflex reduced, femoral stretch positive on the left. Failed 6 weeks of PT and a month of gabapentin, which
did nothing. Can no longer climb the stairs to her apartment without stopping. MRI: left foraminal disc
protrusion at L4-5 compressing the exiting left L4 root. Diagnosis lumbar radiculopathy M54.16.
Consent obtained; time out done. Pre-procedure pain 7/10.
With fluoroscopy, a 22 g needle was placed in the left L4-L5 foramen from an oblique approach. Omnipaque 300,
1 mL, showed flow along the left L4 root and into the epidural space without vascular uptake. 40 mg Kenalog was
injected. AP and lateral images saved. Post 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=ESI_NEED, dos="2026-04-07", payer="medicare_cgs",
        codes=[line("64483", "LT"), line("J3301", units=4)], findings=["laterality_conflict"],
        comment="title says right, the needle went left: codes follow the description")

    add("fbl-h-tfesi-02", "hand_prose", """
Repeat right L5-S1 transforaminal epidural steroid injection.
Dx: lumbar radiculopathy (M54.1).
Right buttock and posterior calf pain with numbness of the sole for nine months; right SLR positive at 45
degrees. Twelve weeks of PT and two NSAIDs failed. She still cannot walk her dog or stand to shop. MRI:
right L5-S1 foraminal stenosis from disc and facet overgrowth. After the first injection in February she had
70% relief lasting four months; the pain has now returned.
Consent and time-out documented. Pain 7/10 going in. Fluoroscopy, 22 g needle to the right L5-S1 foramen,
Isovue-M 300 1 mL with good perineural spread, dexamethasone 10 mg injected. AP and lateral saved. Pain after
2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-07-21", pos="22", codes=[line("64483", "RT")],
        findings=["code_validity"], comment="M54.1 is a non-billable category; repeat with 70% for 4 months")

    add("fbl-h-ilesi-02", "hand_prose", """
T9-10 interlaminar ESI. This is her third thoracic epidural; the last one helped some.
Band-like pain wrapping around the left lower ribs from the spine to below the breast for over a year, with
burning and numbness in the left T9-T10 dermatomes; shingles was ruled out. PT x 8 wks and a lidocaine patch
have not helped. She cannot wear a bra or sleep on her left side. MRI T-spine: left paracentral T9-10 disc
herniation touching the left T9 root. Dx: radiculopathy, thoracic region, M54.14.
Consent signed, time-out. Pain 6/10. Fluoro: 20 g Tuohy at T9-T10 left paramedian, LOR to saline, Omnipaque
240 1 mL epidurogram, Kenalog 40 mg with 2 mL saline. Two views saved. Post 3/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(6, 3), need=ESI_NEED, dos="2026-08-25", codes=[line("62321"), line("J3301", units=4)],
        findings=["prior_procedure_response"], comment="a repeat ('third thoracic epidural') with no quantified response")

    add("fbl-h-sij-01", "hand_shorthand", """
L SIJ inj, diagnostic
Hx: L buttock pain below PSIS x 7 mo, worse rolling in bed and climbing stairs. 3 of 5 provocation tests +
(thigh thrust, compression, FABER). PT 6 wk, no change; naproxen no help. Can't sit > 30 min at work.
Dx: sacroiliitis (M46.1), L.
Consent ok. Time out. Pre 7/10. Fluoro, 22g into inferior L SIJ, Isovue 1 mL arthrogram, 2 mL 2% lidocaine
injected. AP + oblique images saved. Post 1/10 = ~85% relief for the anesthetic window. No cx.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 1, "ml"), given("lidocaine", 40)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-05-12", codes=[line("27096", "LT")], findings=[])

    add("fbl-h-rfa-01", "hand_prose", """
Left lumbar pulsed radiofrequency, L3 and L4 medial branches and L5 dorsal ramus (L4-L5 and L5-S1 facets).
Left low back pain for 3 years with standing and twisting. Physical therapy for 12 weeks did not help and she
cannot take NSAIDs after a GI bleed. Household chores are limited to short spells. Two diagnostic medial
branch blocks gave 80% and 85% relief. Diagnosis: lumbar spondylosis (M47.816). She wanted to avoid heat
lesioning after discussing the options.
Consent signed and time-out completed. Pre-procedure 7/10. Under fluoroscopy three RF cannulas were placed;
each nerve was confirmed with 50 Hz sensory stimulation below 0.5 V and no motor response at 2 Hz, then 1 mL of
0.25% bupivacaine was given and pulsed radiofrequency applied at 42 C for 120 seconds per site.
Post-procedure 3/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-07-28", codes=[line("64999")], findings=["approach"],
        comment="pulsed RF is not destruction: 64999; no thermal technique (rfa.technique)")


def _hand_other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Hand-dictated notes outside the spine: CRNA sedation, ultrasound guidance, a discarded toxin amount,
    ganglion impar, pump refills, a bilateral occipital block in shorthand."""
    add("fbl-h-stellate-01", "hand_prose", """
Sympathetic block, left stellate ganglion, ultrasound-guided.
She developed complex regional pain syndrome type I of the left upper limb (G90.512) after rotator cuff repair
seven months ago: allodynia from the shoulder to the fingertips, a sweaty, purplish hand, and a stiff wrist. She
has stopped driving and cannot hold a cup in that hand. Starting pain 8/10.
Consent signed; the team paused for a time-out. The anesthesia service provided monitored anesthesia care
through their CRNA (midazolam 2 mg and propofol 40 mg in divided doses; sedation 10:04 to 10:21). The carotid
and vertebral vessels were mapped with colour Doppler at the C6 tubercle, and a 25 g block needle was advanced
in plane, lateral to medial, to the fascia over longus colli. In 1 mL steps with negative aspiration, 6 mL of
0.25% Sensorcaine was placed. One image with the needle tip labelled was archived. A left Horner's syndrome and
a warm, dry hand followed within ten minutes. No complications.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound", sedation="mac")],
        drugs=[given("bupivacaine", 15)],
        pain=(8, None), need=("diagnosis",), dos="2026-06-09", pos="24",
        codes=[line("64510"), line("76942", "26")], findings=["post_procedure_pain_score"],
        comment="CRNA sedation: its drugs are not listed; no post-procedure pain score")

    add("fbl-h-knee-01", "hand_prose", """
Intra-articular injection, left knee, ultrasound-guided.
Primary osteoarthritis of the left knee (M17.12) with grinding and swelling for four years; she now needs a
cane outdoors and cannot kneel in church. Unloader bracing and a course of therapy gave only brief help.
Consent obtained, time-out done. Pain 6/10. With the linear transducer over the superolateral recess, a 21 g
needle entered the joint in plane and 80 mg Depo-Medrol with 4 mL of 0.5% ropivacaine was instilled; the needle
in the joint was saved as an image. Pain 2/10 after.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 80), given("ropivacaine", 20)],
        pain=(6, 2), need=("diagnosis",), dos="2026-10-20", complications=None,
        codes=[line("20611", "LT"), line("J1010", units=80)], findings=["complications"],
        comment="complications never documented")

    add("fbl-h-tpi-01", "hand_prose", """
Chemodenervation of cervical and upper back trigger points with onabotulinumtoxinA.
Myofascial pain of the neck and upper back (M79.18) for two years, with palpable taut bands, twitch responses
and referred pain in both upper trapezius muscles, the right levator scapulae and the left splenius capitis.
Lidocaine trigger point injections helped only for days and the pain limits her work at a keyboard.
Consent signed. Time-out performed. Pain 7/10. A 100-unit vial of Botox was reconstituted with 2 mL
preservative-free saline; 20 units were injected into each of the four muscles (80 units in all) with a
30 g needle, and the remaining 20 units were discarded. Pain 5/10 afterwards, roughly 30% relief. No
complications.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("onabotulinumtoxinA", 80, "units")],
        pain=(7, 5), need=("diagnosis",), dos="2026-04-14",
        codes=[line("20553"), line("J0585", units=80), line("J0585", "JW", units=20)], findings=[],
        comment="four muscles: 20553; 20 units discarded from a single-dose vial: JW line")

    add("fbl-h-impar-01", "hand_prose", """
Block of the ganglion of Walther (ganglion impar), transcoccygeal.
Perineal and tailbone pain for a year and a half since a difficult delivery (coccygodynia, M53.3); she sits on
one buttock, cannot finish a car journey of an hour, and pelvic floor therapy plus a doughnut cushion changed
little. Rated 7/10 today.
After written consent, and with her lying prone, the first intercoccygeal disc was located on a lateral
fluoroscopic view and a 25 g spinal needle was passed through it until the tip sat just in front of the
coccyx. Isovue-M 200, 1 mL, layered along the anterior coccyx without rectal or vascular filling. Then 6 mL of
0.25% bupivacaine with 8 mg dexamethasone. Rated 1/10 at discharge. No complications.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iopamidol", 1, "ml"), given("bupivacaine", 15), given("dexamethasone_sodium_phosphate", 8)],
        pain=(7, 1), need=("diagnosis",), dos="2026-09-15",
        codes=[line("64999"), line("77002"), line("Q9966", units=1), line("J1100", units=8)], findings=["time_out"],
        comment="ganglion impar: 64999 with fluoroscopy 77002; Isovue-M 200 is Q9966; no time-out statement")

    add("fbl-h-pump-01", "hand_prose", """
Intrathecal pump refill and reprogramming.
Failed back surgery syndrome (M96.1) with constant low back and leg pain for six years; the intrathecal
infusion is what lets him walk to the mailbox. Consent confirmed; time-out done.
I interrogated the pump and performed the refill myself: 2.8 mL residual withdrawn, matching the expected
volume, then 18 mL of hydromorphone 8 mg/mL placed in the reservoir through the non-coring needle. The daily
rate was increased by 10% for breakthrough leg pain and the pump was reprogrammed and confirmed. No
complications. Next refill in 10 weeks.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 144)],
        pain=(None, None), need=("diagnosis",), dos="2026-05-26", codes=[line("62370")], findings=[])

    add("fbl-h-pump-02", "hand_shorthand", """
ITP refill.
Dx: pain from metastatic prostate cancer to the pelvis (G89.3), x 2 yrs.
Consent ok. Res aspirated 3 mL. 20 mL morphine 25 mg/mL instilled. Next fill 6 wk. No cx.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-03", codes=[line("95991")],
        findings=["approach", "time_out"],
        comment="says neither who refilled nor whether it was reprogrammed; no time-out")

    add("fbl-h-onb-01", "hand_shorthand", """
B/L GON blk
Occipital neuralgia (M54.81): shooting pain from the base of the skull over the top of the head on both sides
x 6 mo, 3-4 attacks a day, can't work a full day. Tender over both greater occipital nerves, Tinel +.
Landmark technique, no imaging. 1.5 mL 0.5% bupi + 2 mg dex each side, 25g needle medial to the occipital
artery. Pre 7/10, post 1/10. No complications. Time-out done.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 15), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 1), need=("diagnosis",), dos="2026-11-24", consent=False,
        codes=[line("64405", "50"), line("J1100", units=4)], findings=["consent"], comment="no consent statement")
