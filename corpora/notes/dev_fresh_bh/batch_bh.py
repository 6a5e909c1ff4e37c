"""Notes of the sealed mid-session check batch bh (`fbh-*`): half generated, half hand-dictated.

Part 1 (`generated`): a small deterministic generator (fixed `SEED`) draws 15 procedures in practice proportions
and renders each in one of seven styles from phrasing pools written fresh for this batch (at least five
paraphrases per documentation element, terse shorthand to long sentences). The generator leaves out the elements
it draws for a note and labels the gold from the same draw, so the gold follows the text by construction.
Part 2 (`hand`): 15 hand-dictated prose notes carrying the hard cases of the brief. No note was read by Painpoint
before its gold was written; the `findings` of each `add` are the deliberate gaps and conflicts.
"""

from __future__ import annotations

import random
from typing import Callable

SEED = 20261127
STYLES = ("caps_headers", "title_headers", "dictated", "bullets", "inline_fields", "odd_spacing", "attestation")

# --- phrasing pools (ours, written for this batch) -------------------------------------------------------------
# Fields: {side} left/right/both, {limb} 'left leg'..., {dur} months, {wk} weeks, {pre}/{post}/{pct}, {lvl}.
P = {
    "duration": [
        "Symptoms x {dur} mo.",
        "The pain began roughly {dur} months ago and has been constant since.",
        "Duration: {dur} months.",
        "The patient reports this pain has been present for {dur} months now.",
        "Onset {dur} months prior to today's visit, without any inciting injury.",
        "This has been going on for the past {dur} months and is no better.",
    ],
    "cons": [
        "Failed PT x {wk} wks and NSAIDs.",
        "Completed {wk} weeks of supervised physical therapy without meaningful relief; naproxen upset the stomach and was stopped.",
        "Conservative tx: home exercise and formal therapy for {wk} weeks plus gabapentin - pain unchanged.",
        "Despite {wk} weeks of physiotherapy, chiropractic care and anti-inflammatories, the pain persists at the same intensity.",
        "Has not responded to {wk} weeks of structured therapy; oral meloxicam gave only partial, short-lived benefit.",
        "Conservative management over {wk} weeks (therapy, activity modification, acetaminophen) has failed.",
    ],
    "function": [
        "Cannot stand longer than 15 min.",
        "The pain keeps the patient from walking more than a block and from sleeping through the night.",
        "Functional limits: unable to do yard work or lift groceries.",
        "Has had to stop working shifts at the warehouse because of the pain.",
        "ADLs limited - needs help with dressing and cannot drive for more than half an hour.",
        "The patient can no longer play with the grandchildren or sit through a church service.",
    ],
    "rad_lumbar": [
        "Pain radiates down the {limb} to the foot with numbness.",
        "Shooting pain from the buttock along the back of the {limb} into the calf; straight leg raise reproduces it.",
        "Radicular sx: {limb} paresthesias in an L5 pattern, dorsum of the foot.",
        "Describes an electric, burning pain traveling down the lateral {limb}, with diminished sensation over the great toe.",
        "Leg-dominant pain in the {limb} below the knee, worse with sitting and coughing; ankle reflex reduced.",
    ],
    "rad_cervical": [
        "Pain radiates down the {arm} into the thumb and index finger.",
        "Burning pain in the {arm} along the lateral forearm, with numb fingertips; Spurling's positive.",
        "Radicular sx: {arm} paresthesias in a C6-C7 pattern.",
        "Neck pain with shooting pain down the {arm} to the hand and a weak triceps.",
        "Arm-dominant pain in the {arm}, tingling of the middle finger, reflexes reduced at the triceps.",
    ],
    "rad_caudal": [
        "Pain in both buttocks and legs when walking, eased by sitting; calves go numb after one block.",
        "Neurogenic claudication: bilateral leg heaviness and tingling with standing and walking.",
        "Bilateral leg pain radiating below the knees with walking, relieved by leaning forward.",
        "Walks less than 100 yards before both legs ache and tingle down to the feet.",
        "Both legs burn and go numb after brief standing; better seated.",
    ],
    "mri_lumbar": [
        "MRI: {lvl} disc protrusion with foraminal narrowing.",
        "Lumbar MRI shows a disc herniation at {lvl} contacting the traversing nerve root.",
        "Imaging: MRI with {lvl} foraminal stenosis and facet hypertrophy.",
        "The recent MRI demonstrates a broad-based bulge at {lvl} narrowing the lateral recess.",
        "MRI L-spine: degenerative disc at {lvl} with an annular fissure and moderate foraminal stenosis.",
    ],
    "mri_cervical": [
        "MRI C-spine: disc osteophyte complex at {lvl} with foraminal narrowing.",
        "Cervical MRI shows a paracentral disc herniation at {lvl}.",
        "Imaging: MRI with {lvl} foraminal stenosis.",
        "The neck MRI demonstrates spondylotic narrowing of the foramina at {lvl}.",
        "MRI cervical spine: uncovertebral hypertrophy at {lvl} narrowing the exit foramen.",
    ],
    "mri_caudal": [
        "MRI: severe central canal stenosis at L3-L4 and L4-L5.",
        "Lumbar MRI demonstrates multilevel spinal stenosis, worst at L4-L5.",
        "Imaging: MRI shows ligamentum flavum thickening and moderate canal stenosis at L4-L5.",
        "The MRI shows a narrowed canal at L3-L4 and L4-L5 from disc bulge and facet hypertrophy.",
        "CT myelogram: moderate to severe central stenosis L4-L5.",
    ],
    "pre": [
        "Pre-procedure pain {pre}/10.",
        "Pain before the procedure was rated {pre} out of 10.",
        "Baseline NRS {pre}.",
        "VAS prior to injection: {pre}/10.",
        "On arrival the patient rated the pain at {pre}/10.",
    ],
    "post": [
        "Post-procedure pain {post}/10.",
        "After the injection the pain was {post} out of 10.",
        "NRS after: {post}.",
        "VAS 20 minutes after the procedure: {post}/10.",
        "At discharge the patient rated the pain {post}/10.",
    ],
    "pct": [
        "({pct}% relief)",
        "Roughly {pct} percent improvement.",
        "That is about {pct}% relief.",
        "Relief: {pct}%.",
        "The patient described it as {pct}% better.",
    ],
    "consent": [
        "Consent signed.",
        "Risks, benefits and alternatives were discussed and written informed consent was obtained.",
        "Informed consent: obtained and on chart.",
        "The patient agreed to proceed and signed the consent form after questions were answered.",
        "Procedure consent reviewed with the patient, who wished to proceed.",
    ],
    "timeout": [
        "Time-out done.",
        "A time-out was performed confirming the patient, procedure, side and site.",
        "Universal protocol time out completed with all staff.",
        "Before the needle was placed the team paused for a time out; everyone agreed on site and side.",
        "Time out: correct patient, procedure and laterality verified.",
    ],
    "sedation_none": [
        "No sedation.",
        "The procedure was done under local anesthesia only, without IV sedation.",
        "Sedation: none.",
        "The patient stayed awake and received no sedatives.",
        "No anxiolytic or sedative medication was given.",
    ],
    "images": [
        "AP and lateral images saved.",
        "Two fluoroscopic views (AP and lateral) were stored in the record.",
        "Images: AP/lateral saved to PACS.",
        "Final needle position and contrast spread were documented on saved AP and oblique images.",
        "Two views were archived.",
    ],
    "complications": [
        "No complications.",
        "There were no complications, and the patient left in stable condition.",
        "Complications: none.",
        "Tolerated well, no cx.",
        "No immediate complications were observed during the 20-minute recovery period.",
    ],
    "guidance": [
        "under fluoroscopy",
        "with fluoroscopic guidance",
        "using C-arm fluoroscopy",
        "under live fluoroscopic imaging",
        "with image guidance (fluoroscopy)",
    ],
    "contrast": [
        "{cname} {cml} mL confirmed epidural spread without vascular uptake.",
        "Contrast: {cname}, {cml} mL, showing a good epidurogram.",
        "After negative aspiration, {cml} mL of {cname} was injected and flowed into the epidural space with no intravascular pattern.",
        "{cml} mL {cname} - epidural flow, no vascular runoff.",
        "Injection of {cname} ({cml} mL) outlined the nerve root and epidural space.",
    ],
    "si_contrast": [
        "{cname} {cml} mL outlined the joint.",
        "An arthrogram with {cml} mL of {cname} confirmed intra-articular spread.",
        "Contrast: {cname} {cml} mL, intra-articular pattern.",
        "{cml} mL {cname} showed a capsular outline of the joint without extravasation.",
        "Injection of {cname} ({cml} mL) confirmed placement within the joint.",
    ],
    "dx_block": [
        "Prior diagnostic blocks: {b1}% and {b2}% relief.",
        "Two diagnostic medial branch blocks (lidocaine, then bupivacaine) gave {b1}% and {b2}% relief of the index pain.",
        "Dual comparative blocks: first {b1}%, second {b2}% relief, concordant with the anesthetic duration.",
        "The confirmatory medial branch blocks relieved {b1}% and then {b2}% of the pain.",
        "Diagnostic MBB x2 with relief of {b1}% and {b2}% respectively.",
    ],
    "si_dx_block": [
        "Prior diagnostic SI block: {b1}% relief.",
        "A diagnostic {side} SI joint block with lidocaine gave {b1}% relief during the anesthetic phase.",
        "Diagnostic intra-articular SI injection last month relieved {b1}% of the pain.",
        "The earlier anesthetic SI joint block gave {b1} percent relief for several hours.",
        "Dx SI block: {b1}% relief, concordant.",
    ],
    "prior_esi": [
        "Prior ESI: {b1}% relief x {pm} months.",
        "The previous injection at this level gave about {b1}% relief that lasted {pm} months.",
        "Repeat procedure: last injection {pm} months ago with {b1}% improvement lasting {pm} months.",
        "This is a repeat; the previous epidural provided {b1}% relief for {pm} months before the pain returned.",
        "Previous epidural steroid injection: {b1} percent better for {pm} months.",
    ],
    "trigger_exam": [
        "Taut bands with twitch responses in {muscles}.",
        "Exam reveals palpable trigger points with referred pain in {muscles}.",
        "Active myofascial trigger points (taut band, jump sign) found in {muscles}.",
        "Palpation reproduced the pain with local twitch in {muscles}.",
        "Trigger points identified in {muscles}, each reproducing the familiar pain.",
    ],
    "rfa_tech": [
        "Lesions at 80 C for 90 seconds.",
        "Thermal radiofrequency lesioning was carried out at 85 degrees C for 90 s at each nerve.",
        "RF: 80 C x 90 sec per lesion after motor testing.",
        "Each medial branch was ablated with conventional thermal RF at 80 C for 60 seconds, two lesions per nerve.",
        "After sensory and motor stimulation, thermal lesions were made at 90 degrees for 75 seconds.",
    ],
    "attest": [
        "I personally performed the procedure and was present for its entirety.",
        "Attestation: I performed the entire procedure myself; the note above is accurate.",
        "Physician attestation - procedure performed by the undersigned.",
        "I attest that I was present and performed all key and critical portions.",
        "Electronically signed by the performing physician, who was present throughout.",
    ],
}
P["needle_transforaminal"] = [
    "22 g needle to the {where} {fora} {guid}.",
    "A 22-gauge spinal needle was advanced {guid} to the {where} {lvl} {fora}, subpedicular position.",
    "Transforaminal approach: the needle tip was placed in the safe triangle of the {where} {lvl} {fora} {guid}.",
    "Using an oblique trajectory {guid}, a curved-tip needle reached the {where} {lvl} neural {fora}.",
    "Needle placement {guid}: {where} {lvl} {fora}, tip below the pedicle on the lateral view.",
]
P["needle_interlaminar"] = [
    "18 g Tuohy, {lvl} interlaminar, LOR to saline, {guid}.",
    "An 18-gauge Tuohy needle entered the {lvl} interlaminar space by loss of resistance {guid}.",
    "Interlaminar approach at {lvl}: loss of resistance to air was obtained with a Tuohy needle {guid}.",
    "The epidural space was entered between the laminae at {lvl} with a 20 g Tuohy needle {guid}.",
    "Midline interlaminar entry at {lvl} {guid}; loss of resistance at 5 cm.",
]
P["needle_caudal"] = [
    "Caudal approach via the sacral hiatus {guid}.",
    "A 20-gauge needle was passed through the sacral hiatus into the caudal canal {guid}.",
    "The sacral hiatus was palpated and a needle advanced into the caudal epidural space {guid}.",
    "Caudal epidural: needle through the sacrococcygeal ligament {guid}, tip at S3.",
    "Entry through the sacral hiatus {guid}; the needle was advanced to the S3 level in the caudal canal.",
]
CONTRASTS = [("Omnipaque 240", "iohexol"), ("Omnipaque 300", "iohexol"), ("Isovue-M 300", "iopamidol"),
             ("Isovue-M 200", "iopamidol"), ("Omnipaque 180", "iohexol")]


class Note:
    """One generated note: sections (label, text) in order, the gold drug totals and billed drug lines."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.sections: list[tuple[str, str]] = []
        self.drugs: dict[str, float] = {}
        self.units: dict[str, str] = {}

    def say(self, label: str, pool: str, **kw) -> None:
        """Add one section drawn from pool `pool` (the draw is what makes the wording vary)."""
        self.sections.append((label, self.rng.choice(P[pool]).format(**kw)))

    def give(self, generic: str, dose: float, unit: str = "mg") -> None:
        """Add `dose` to a drug's session total (all sites and mentions)."""
        self.drugs[generic] = round(self.drugs.get(generic, 0) + dose, 3)
        self.units[generic] = unit


def render(style: str, title: str, sections: list[tuple[str, str]], rng: random.Random) -> str:
    """Render the sections in one of the seven styles (headers, prose, bullets, fields, spacing, attestation)."""
    if style == "caps_headers":
        return title.upper() + "\n\n" + "\n".join(f"{lab.upper()}:\n{txt}\n" for lab, txt in sections)
    if style == "title_headers":
        return title + "\n\n" + "\n".join(f"{lab.title()}\n  {txt}" for lab, txt in sections)
    if style == "inline_fields":
        return title + "\n" + "\n".join(f"{lab.capitalize()}: {txt}" for lab, txt in sections)
    if style == "bullets":
        return title + "\n" + "\n".join(f"{rng.choice(['-', '*', '•'])} {txt}" for _, txt in sections)
    if style == "odd_spacing":
        out = [" " + title.upper() + "   "]
        for lab, txt in sections:
            out.append(f"{lab.upper()}{' ' * rng.randint(0, 3)}:{' ' * rng.randint(1, 5)}{txt.replace(' ', '  ', 1)}")
            if rng.random() < 0.4:
                out.append("")
        return "\n".join(out)
    paras, cur = [], []
    for _, txt in sections:
        cur.append(txt if txt.rstrip()[-1] in ".)" else txt + ".")
        if len(cur) >= rng.randint(3, 5):
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    body = title + "\n\n" + "\n\n".join(paras)
    if style == "attestation":
        body += "\n\n" + rng.choice(P["attest"])
    return body


# --- drug regimens: text, and the gold totals they add ------------------------------------------------------------
def steroid_regimen(n: Note, sites: int, esi: bool) -> str:
    """Draw a steroid + local anaesthetic regimen for `sites` sites (per-site or solution-based) and add its totals."""
    r = n.rng.randrange(5)
    each = f"at each of the {sites} sites" if sites > 1 else ""
    if r == 0:
        n.give("triamcinolone_acetonide", 40 * sites if sites <= 2 else 20 * sites)
        per = 40 if sites <= 2 else 20
        n.give("lidocaine", 10 * sites)
        return f"Kenalog {per} mg with 1 mL of 1% lidocaine {each}".strip() + "."
    if r == 1:
        n.give("dexamethasone_sodium_phosphate", 10)
        n.give("bupivacaine", 5)
        split = f", divided equally between the {sites} sites" if sites > 1 else ""
        return f"Injectate: 1 mL dexamethasone 10 mg/mL mixed with 2 mL 0.25% bupivacaine{split}."
    if r == 2:
        n.give("methylprednisolone_acetate", 80 if esi else 40 * sites if sites <= 2 else 80)
        tot = n.drugs["methylprednisolone_acetate"]
        n.give("lidocaine", 20)
        return f"Depo-Medrol {tot:g} mg total with 2 mL of 1% Xylocaine (total), split across the sites." if sites > 1 \
            else f"Depo-Medrol {tot:g} mg and 2 mL 1% lidocaine were injected."
    if r == 3:
        per = 6 if sites <= 2 else 3
        n.give("betamethasone_sodium_phosphate_acetate", per * sites)
        n.give("ropivacaine", 5 * sites)
        return f"Celestone {per} mg plus 1 mL of 0.5% ropivacaine {each or 'was injected'}".strip() + "."
    n.give("triamcinolone_acetonide", 80 if sites <= 2 else 60)
    n.give("bupivacaine", 10)
    tot = n.drugs["triamcinolone_acetonide"]
    return f"A solution of triamcinolone {tot:g} mg in 4 mL of 0.25% Marcaine was delivered" + \
        (f" in equal parts to the {sites} sites." if sites > 1 else ".")


def drug_lines(drugs: dict[str, float], pos: str) -> list[tuple[str, int]]:
    """Billed drug lines (POS 11 only; local anaesthetics and contrast with imaging-inclusive codes never)."""
    if pos != "11":
        return []
    out = []
    per = {"triamcinolone_acetonide": ("J3301", 10), "dexamethasone_sodium_phosphate": ("J1100", 1),
           "methylprednisolone_acetate": ("J1010", 1), "betamethasone_sodium_phosphate_acetate": ("J0702", 6)}
    for g, (code, unit) in per.items():
        if g in drugs:
            out.append((code, -(-int(drugs[g]) // unit)))
    return out


def sidewords(side: str) -> dict:
    return {"limb": {"left": "left leg", "right": "right leg", "bilateral": "legs on both sides"}[side],
            "arm": {"left": "left arm", "right": "right arm", "bilateral": "both arms"}[side]}


def side_mods(side: str) -> tuple[str, ...]:
    return {"left": ("LT",), "right": ("RT",), "bilateral": ("50",)}[side]


def disp(lv: str, rng: random.Random) -> str:
    """A level as a note writes it: 'L4-L5', 'L4-5' or 'L4/5'."""
    if "-" not in lv:
        return lv
    a, b = lv.split("-")
    return rng.choice([lv, f"{a}-{b[1:]}" if a[0] == b[0] else lv, f"{a}/{b[1:]}" if a[0] == b[0] else lv])


# --- the generated half ------------------------------------------------------------------------------------------
PLAN = ["tfesi", "tfesi", "ilesi_l", "ilesi_c", "caudal", "mbb", "mbb", "mbb", "rfa", "rfa", "si", "si",
        "tpi", "tpi", "tpi"]
OMIT = {  # elements a generated note of the family may leave out -> gold finding element
    "esi": ["duration", "cons", "function", "imaging", "radicular", "images", "consent", "timeout", "pre", "post",
            "complications", "contrast"],
    "facet": ["duration", "cons", "function", "consent", "timeout", "pre", "post", "complications"],
    "rfa": ["duration", "cons", "function", "consent", "timeout", "complications", "dxblock"],
    "si": ["duration", "cons", "images", "consent", "timeout", "complications", "contrast", "dxblock"],
    "tpi": ["consent", "timeout", "complications", "exam"],
}
ELEMENT = {"duration": "symptom_duration", "cons": "conservative_care", "function": "functional_impairment",
           "imaging": "imaging_findings", "radicular": "indication", "images": "saved_images", "consent": "consent",
           "timeout": "time_out", "pre": "pre_procedure_pain_score", "post": "post_procedure_pain_score",
           "complications": "complications", "contrast": "contrast", "dxblock": "diagnostic_block_relief",
           "exam": "indication"}


def generated(add, proc, line, given) -> None:  # noqa: C901 - one builder per family, kept together for reading
    """Draw and queue the 15 generated notes (deterministic: `SEED`)."""
    rng = random.Random(SEED)
    styles = list(STYLES) * 3
    rng.shuffle(styles)
    incomplete = set(rng.sample(range(15), 6))
    counters: dict[str, int] = {}
    for i, kind in enumerate(PLAN):
        n = Note(rng)
        style = styles[i]
        fam = {"tfesi": "esi", "ilesi_l": "esi", "ilesi_c": "esi", "caudal": "esi", "mbb": "facet", "rfa": "rfa",
               "si": "si", "tpi": "tpi"}[kind]
        omit = set(rng.sample(OMIT[fam], rng.choice([1, 1, 2]))) if i in incomplete else set()
        pos = rng.choice(["11", "11", "11", "24", "22"])
        dos = f"{rng.choice([2024, 2025, 2025, 2026])}-{rng.randint(5, 10):02d}-{rng.randint(1, 28):02d}"
        payer = rng.choice(["medicare"] * 5 + ["medicare_cgs", "medicare_fcso"])
        side = rng.choice(["left", "right", "bilateral"]) if kind in ("tfesi", "mbb", "rfa", "si") else \
            rng.choice(["left", "right"])
        pre = rng.randint(6, 9)
        post = rng.randint(0, pre - 3)
        pct = round(100 * (pre - post) / pre / 5) * 5
        dur = rng.choice([3, 4, 5, 6, 8, 12, 18])
        wk = rng.choice([6, 8, 10, 12])
        sw = sidewords(side)
        findings = sorted({ELEMENT[o] for o in omit})
        need: list[str] = []
        codes: list = []
        imaging_cpt = None

        def opt(key: str, label: str, pool: str, **kw) -> None:
            if key not in omit:
                n.say(label, pool, **kw)

        if fam == "esi":
            region = {"tfesi": "lumbar", "ilesi_l": "lumbar", "ilesi_c": "cervical", "caudal": "sacral"}[kind]
            if kind == "tfesi":
                levels = rng.choice([["L4-L5"], ["L5-S1"], ["L4-L5", "L5-S1"], ["L3-L4", "L4-L5"], ["S1"]])
                sites = len(levels) * (2 if side == "bilateral" else 1)
                lvtxt = " and ".join(disp(lv, rng) for lv in levels)
                title = f"{side.capitalize()} {lvtxt} transforaminal epidural steroid injection"
                dx = rng.choice([("Lumbar radiculopathy", "M54.16"), ("Lumbar disc herniation with radiculopathy",
                                 "M51.16")] + ([("Lumbosacral radiculopathy", "M54.17")] * 2 if levels[-1] in
                                                ("L5-S1", "S1") else []))
                approach, lat, rad = "transforaminal", side, "rad_lumbar"
                codes = [line("64483", *side_mods(side))] + ([line("64484", *side_mods(side))] if len(levels) > 1 else [])
            elif kind == "caudal":
                levels, sites, lvtxt, lat = [], 1, "", None
                title = "Caudal epidural steroid injection"
                dx = ("Spinal stenosis of the lumbar region with neurogenic claudication", "M48.062")
                approach, rad = "caudal", "rad_caudal"
                codes = [line("62323")]
            else:
                levels = rng.choice([["L4-L5"], ["L5-S1"], ["L3-L4"]]) if kind == "ilesi_l" else \
                    rng.choice([["C6-C7"], ["C7-T1"]])
                sites, lvtxt, lat = 1, disp(levels[0], rng), None
                title = f"{lvtxt} interlaminar epidural steroid injection"
                dx = ("Lumbar radiculopathy", "M54.16") if kind == "ilesi_l" else ("Cervical radiculopathy", "M54.12")
                approach = "interlaminar"
                rad = "rad_lumbar" if kind == "ilesi_l" else "rad_cervical"
                codes = [line("62323" if kind == "ilesi_l" else "62321")]
            title += " " + rng.choice(P["guidance"])
            mri = {"lumbar": "mri_lumbar", "cervical": "mri_cervical", "sacral": "mri_caudal"}[region]
            n.sections.append(("diagnosis", rng.choice(DX_FMT).format(dx=dx[0], code=dx[1])))
            opt("radicular", "indication", rad, **sw)
            opt("duration", "history", "duration", dur=dur)
            opt("cons", "prior treatment", "cons", wk=wk)
            opt("function", "function", "function")
            mlv = levels[-1] if levels and "-" in levels[-1] else "L5-S1"
            opt("imaging", "imaging", mri, lvl=disp(mlv, rng))
            opt("pre", "pre-procedure", "pre", pre=pre)
            opt("consent", "consent", "consent")
            opt("timeout", "time-out", "timeout")
            n.say("sedation", "sedation_none")
            cname, cgen = rng.choice(CONTRASTS)
            cml = rng.choice([1, 1.5, 2, 3])
            needle = rng.choice(P[f"needle_{approach}"]).format(
                guid=rng.choice(P["guidance"]), lvl=lvtxt, where="left and right" if side == "bilateral" and
                approach == "transforaminal" else (side if approach == "transforaminal" else ""),
                fora="foramina" if sites > 1 else "foramen")
            n.sections.append(("procedure", needle))
            if "contrast" not in omit:
                n.say("contrast", "contrast", cname=cname, cml=f"{cml:g}")
                n.give(cgen, cml, "ml")
            n.sections.append(("medication", steroid_regimen(n, sites, True)))
            opt("images", "images", "images")
            opt("post", "post-procedure", "post", post=post)
            opt("complications", "complications", "complications")
            procs = [proc(f"{'transforaminal' if kind == 'tfesi' else 'interlaminar'}_epidural", approach=approach,
                          region=region, laterality=lat, levels=levels, imaging="fluoroscopy",
                          contrast=None if "contrast" in omit else True, intent="therapeutic", sedation="none")]
            need = [k for k, o in (("diagnosis", None), ("symptom_duration", "duration"), ("conservative_care", "cons"),
                                   ("functional_impairment", "function"), ("imaging_findings", "imaging"),
                                   ("radicular_findings", "radicular")) if o not in omit]
            fam_id = {"tfesi": "tfesi", "ilesi_l": "ilesi", "ilesi_c": "ilesi", "caudal": "caudal"}[kind]
        elif fam in ("facet", "rfa"):
            joints = rng.choice([["L4-L5", "L5-S1"], ["L3-L4", "L4-L5"], ["L5-S1"], ["L4-L5"]]) if kind == "mbb" or \
                rng.random() < 0.6 else rng.choice([["C5-C6", "C6-C7"], ["C3-C4", "C4-C5"]])
            region = "cervical" if joints[0][0] == "C" else "lumbar"
            nerves = mb_names(joints)
            dx = ("Lumbar spondylosis without myelopathy or radiculopathy", "M47.816") if region == "lumbar" else \
                ("Cervical spondylosis without myelopathy or radiculopathy", "M47.812")
            sidetxt = "bilateral" if side == "bilateral" else side
            if kind == "mbb":
                title = f"{sidetxt.capitalize()} {region} medial branch blocks, diagnostic, {rng.choice(P['guidance'])}"
            else:
                title = f"{sidetxt.capitalize()} {region} medial branch radiofrequency ablation " \
                        f"{rng.choice(P['guidance'])}"
            n.sections.append(("diagnosis", rng.choice(DX_FMT).format(dx=dx[0], code=dx[1])))
            n.sections.append(("indication", rng.choice(AXIAL).format(region=region)))
            opt("duration", "history", "duration", dur=dur)
            opt("cons", "prior treatment", "cons", wk=wk)
            opt("function", "function", "function")
            if kind == "rfa":
                opt("dxblock", "diagnostic blocks", "dx_block", b1=rng.choice([80, 85, 90]), b2=rng.choice([80, 90, 100]))
            opt("pre", "pre-procedure", "pre", pre=pre)
            opt("consent", "consent", "consent")
            opt("timeout", "time-out", "timeout")
            n.say("sedation", "sedation_none")
            where = f"the {nerves}" + (" on both sides" if side == "bilateral" else f" on the {side}")
            sites = nerve_count(joints) * (2 if side == "bilateral" else 1)
            if kind == "mbb":
                ml = rng.choice([0.5, 0.3])
                conc, gen, mgml = rng.choice([("0.5% bupivacaine", "bupivacaine", 5), ("0.75% bupivacaine", "bupivacaine", 7.5),
                                              ("2% lidocaine", "lidocaine", 20), ("0.5% Naropin", "ropivacaine", 5)])
                n.give(gen, ml * mgml * sites)
                n.sections.append(("procedure", f"22 g needles were placed at {where}; {ml:g} mL of {conc} "
                                                f"was injected at each of the {sites} targets."))
            else:
                n.give("lidocaine", 20 * sites)
                n.sections.append(("procedure", f"RF cannulas were positioned along {where}; after stimulation, 1 mL of "
                                                f"2% lidocaine was placed at each of the {sites} nerves."))
                n.say("technique", "rfa_tech")
            opt("post", "post-procedure", "post", post=post)
            opt("complications", "complications", "complications")
            famname = "facet_injection" if kind == "mbb" else "facet_rfa"
            procs = [proc(famname, approach="medial_branch", region=region, laterality=side, levels=joints,
                          imaging="fluoroscopy", intent="diagnostic" if kind == "mbb" else "therapeutic",
                          sedation="none")]
            if kind == "mbb":
                base, add1 = ("64490", "64491") if region == "cervical" else ("64493", "64494")
                codes = [line(base, *side_mods(side), "KX")] + \
                    ([line(add1, *side_mods(side), "KX")] if len(joints) > 1 else [])
            else:
                base, add1 = ("64633", "64634") if region == "cervical" else ("64635", "64636")
                codes = [line(base, *side_mods(side))] + ([line(add1, *side_mods(side))] if len(joints) > 1 else [])
            need = [k for k, o in (("diagnosis", None), ("symptom_duration", "duration"), ("conservative_care", "cons"),
                                   ("functional_impairment", "function")) if o not in omit]
            fam_id = kind
        elif fam == "si":
            title = f"{'Bilateral' if side == 'bilateral' else side.capitalize()} sacroiliac joint injection, " \
                    f"therapeutic, {rng.choice(P['guidance'])}"
            n.sections.append(("diagnosis", rng.choice(DX_FMT).format(dx="Sacroiliitis", code="M46.1")))
            n.sections.append(("indication", f"Pain over the {'left and right' if side == 'bilateral' else side} PSIS "
                                             f"and buttock, positive FABER, thigh thrust and compression tests."))
            opt("duration", "history", "duration", dur=dur)
            opt("cons", "prior treatment", "cons", wk=wk)
            opt("dxblock", "diagnostic block", "si_dx_block", b1=rng.choice([75, 80, 90]),
                side={"bilateral": "bilateral"}.get(side, side))
            n.say("pre-procedure", "pre", pre=pre)
            opt("consent", "consent", "consent")
            opt("timeout", "time-out", "timeout")
            joints_n = 2 if side == "bilateral" else 1
            n.sections.append(("procedure", f"A 22 g spinal needle was placed into the inferior "
                                            f"{'left and right SI joints' if joints_n == 2 else side + ' SI joint'}."))
            cname, cgen = rng.choice(CONTRASTS)
            if "contrast" not in omit:
                n.say("contrast", "si_contrast", cname=cname, cml=str(joints_n))
                n.give(cgen, joints_n, "ml")
            n.sections.append(("medication", steroid_regimen(n, joints_n, False)))
            opt("images", "images", "images")
            n.sections.append(("post-procedure", rng.choice(P["post"]).format(post=post) + " " +
                               rng.choice(P["pct"]).format(pct=pct)))
            opt("complications", "complications", "complications")
            procs = [proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality=side,
                          imaging="fluoroscopy", contrast=None if "contrast" in omit else True,
                          intent="therapeutic", sedation=None)]
            codes = [line("27096", *side_mods(side))]
            need = [k for k, o in (("diagnosis", None), ("symptom_duration", "duration"), ("conservative_care", "cons"))
                    if o not in omit]
            fam_id = "sij"
        else:  # trigger point
            group = rng.choice(TPI_GROUPS)
            muscles = group[:rng.choice([2, 3, 4])]
            mtxt = ", ".join(muscles[:-1]) + " and " + muscles[-1]
            title = "Trigger point injections"
            dxr = ("Myofascial pain of the low back muscles", "M79.18") if "lumbar" in group[0] else \
                ("Myofascial pain of the neck and shoulder muscles", "M79.12")
            n.sections.append(("diagnosis", rng.choice(DX_FMT).format(dx=dxr[0], code=dxr[1])))
            opt("exam", "exam", "trigger_exam", muscles=mtxt)
            n.say("pre-procedure", "pre", pre=pre)
            opt("consent", "consent", "consent")
            opt("timeout", "time-out", "timeout")
            ml = rng.choice([1, 2])
            conc, gen, mgml = rng.choice([("1% lidocaine", "lidocaine", 10), ("0.25% bupivacaine", "bupivacaine", 2.5),
                                          ("0.5% ropivacaine", "ropivacaine", 5)])
            n.give(gen, ml * mgml * len(muscles))
            n.sections.append(("procedure", f"Using a 25 g needle, {ml} mL of {conc} was injected into each of "
                                            f"these muscles: {mtxt}."))
            n.sections.append(("post-procedure", rng.choice(P["post"]).format(post=post) + " " +
                               rng.choice(P["pct"]).format(pct=pct)))
            opt("complications", "complications", "complications")
            procs = [proc("trigger_point", sedation=None)]
            codes = [line("20553" if len(muscles) >= 3 else "20552")]
            need = ["diagnosis"]
            fam_id = "tpi"
        codes += [line(c, units=u) for c, u in drug_lines(n.drugs, pos)]
        counters[fam_id] = counters.get(fam_id, 0) + 1
        nid = f"fbh-{fam_id}-{counters[fam_id]:02d}"
        text = render(style, title, n.sections, rng)
        drugs = [given(g, d, n.units[g]) for g, d in n.drugs.items()]
        pain = (None if "pre" in omit else pre, None if "post" in omit else post)
        add(nid, style, text, procs=procs, drugs=drugs, pain=pain, need=tuple(need), codes=codes,
            findings=findings, dos=dos, pos=pos, consent="consent" not in omit,
            complications=None if "complications" in omit else "none", payer=payer,
            comment=("generated; left out: " + ", ".join(sorted(omit))) if omit else "generated; complete")
        add.__globals__["NOTES"][-1]["origin"] = "generated"  # the kit's `add` writes hand notes; this one is drawn
        GENERATED.append((nid, style, sorted(omit)))


GENERATED: list[tuple[str, str, list[str]]] = []
DX_FMT = [
    "{dx} ({code})",
    "{code} - {dx}",
    "Dx: {dx}, {code}",
    "{dx} [{code}]",
    "ICD-10 {code} -- {dx}",
]
AXIAL = [
    "Axial {region} pain, worse with extension and rotation, no radiating symptoms.",
    "Midline and paraspinal {region} pain that does not travel into the limbs; facet loading reproduces it.",
    "Non-radicular {region} spine pain, stiff in the morning, worse with standing.",
    "Axial {region} pain with tenderness over the facet columns; neurological exam normal.",
    "Facet-mediated {region} pain: pain on extension-rotation, no dermatomal features.",
]
TPI_GROUPS = [
    ["left upper trapezius", "left levator scapulae", "left rhomboid major", "left infraspinatus"],
    ["right lumbar paraspinals", "right quadratus lumborum", "right gluteus medius", "right piriformis"],
    ["right sternocleidomastoid", "right splenius capitis", "right levator scapulae", "right middle scalene"],
]


def mb_names(joints: list[str]) -> str:
    """The medial branches a note names for facet joints (L4-L5 -> L3, L4 MB; L5-S1 -> L4 MB and L5 dorsal ramus)."""
    names = sorted({n for j in joints for n in nerves_of(j)}, key=lambda s: (s[0] != "C", int(s[1:])))
    lum = [x for x in names if x != "L5"]
    text = ", ".join(lum) + " medial branches"
    return text + " and the L5 dorsal ramus" if "L5" in names else text


def nerves_of(joint: str) -> list[str]:
    a, b = joint.split("-")
    if joint == "L5-S1":
        return ["L4", "L5"]
    return [f"{a[0]}{int(a[1:]) - 1}" if a[0] == "L" else a, a] if a[0] == "L" else [a, b]


def nerve_count(joints: list[str]) -> int:
    return len({n for j in joints for n in nerves_of(j)})


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue the generated half, then the hand-dictated half (`batch_bh_hand.py`)."""
    generated(add, proc, line, given)
    import batch_bh_hand

    batch_bh_hand.build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
