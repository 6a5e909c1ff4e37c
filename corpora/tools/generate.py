"""Generate the templated part of the corpus: fictional procedure notes with gold labels.

Usage: ``python corpora/tools/generate.py`` (deterministic; rewrites `corpora/notes/{dev,test}/g-*`).

Each note is drawn from a family builder (what was done) and a style renderer (how it was
written), with phrasing pools from `phrases.py`. Some pool entries are test-only, so the test
split contains wordings the NLP was never developed against. Some notes deliberately omit
documentation elements; the omission plan guarantees every element is missing in several notes.
Gold labels come from `goldkit.build_gold` (the coder's rules, independent of Painpoint).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import goldkit  # noqa: E402
import phrases as P  # noqa: E402

NOTES = HERE.parent / "notes"
SEED = 20260311

SIDE_WORD = {"right": ["right", "Right", "R"], "left": ["left", "Left", "L"], "bilateral": ["bilateral", "Bilateral", "B/L"]}
TITLE_SIDE = {"right": ["Right", "RIGHT", "R"], "left": ["Left", "LEFT", "L"], "bilateral": ["Bilateral", "BILATERAL"]}


def short(level: str) -> str:
    """'L4-L5' -> 'L4-5' (a common way of writing it)."""
    if "-" not in level:
        return level
    a, b = level.split("-")
    return f"{a}-{b[1:]}" if a[0] == b[0] else level


class Note:
    """Accumulates one note's spec and text pieces while a family builder runs."""

    def __init__(self, rng: random.Random, split: str, nid: str) -> None:
        self.rng, self.split, self.id = rng, split, nid
        self.title = ""
        self.header: list[tuple[str, str]] = []
        self.body: list[str] = []
        self.drug_text: list[str] = []
        self.drugs: list[dict] = []
        self.procs: list[dict] = []
        self.dx = ""
        self.imaging_key = None
        self.radicular_key = None
        self.side = None
        self.level_for_text = "L4-5"
        self.position = "prone"
        self.pain = (None, None)
        self.extra_findings: list[str] = []
        self.absent: set[str] = set()
        self.history_extra: list[str] = []
        self.repeat = False
        self.present: set[str] = set()
        self.region_word = ""
        self.history_extra_post = ""

    def pick(self, pool: list[str]) -> str:
        ok = [p for p in pool if not (p.startswith("T|") and self.split != "test") and not (p.startswith("D|") and self.split != "dev")]
        return self.rng.choice(ok).split("|", 1)[-1]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


# --- drug helpers -------------------------------------------------------------------------------


def steroid(n: Note, generic: str, dose: float, allow_omit_name: bool = True) -> str:
    """Text for a steroid dose; records the gold drug. Honours drug_name / drug_dose omissions."""
    written = n.pick(P.DRUG_WRITTEN[generic])
    conc = n.rng.choice(P.STEROID_CONC[generic])
    vol = round(dose / conc, 2)
    if "drug_name" in n.absent and allow_omit_name:
        return n.rng.choice([f"{dose:g} mg of steroid", f"{dose:g} mg of corticosteroid"])
    if "drug_dose" in n.absent:
        n.drugs.append({"generic": generic, "dose": None})
        return n.rng.choice([f"{written}", f"{written} (dose per protocol)", f"a mixture of {written}"])
    n.drugs.append({"generic": generic, "dose": dose})
    forms = [f"{dose:g} mg of {written}", f"{written} {dose:g} mg", f"{written} {dose:g} mg ({vol:g} mL of {conc} mg/mL)",
             f"{vol:g} mL of {written} {conc} mg/mL"]
    return n.rng.choice(forms)


PCT_OK = {"lidocaine": (1, 2), "bupivacaine": (0.25, 0.5, 0.75), "ropivacaine": (0.2, 0.5)}


def local(n: Note, generic: str, pct: float, ml: float | None) -> str:
    if pct not in PCT_OK[generic]:
        pct = n.rng.choice(PCT_OK[generic])
    written = n.pick(P.DRUG_WRITTEN[generic])
    if ml is None:
        n.drugs.append({"generic": generic, "dose": None})
        return f"{pct:g}% {written}"
    n.drugs.append({"generic": generic, "dose": round(pct * 10 * ml, 3)})
    return n.rng.choice([f"{ml:g} mL of {pct:g}% {written}", f"{written} {pct:g}% {ml:g} mL", f"{ml:g} cc {pct:g}% {written}"])


def contrast(n: Note, proc: dict) -> str:
    if "contrast" in n.absent:
        proc["contrast"] = None
        return ""
    generic = n.rng.choice(["iohexol", "iohexol", "iopamidol"])
    written = n.pick(P.DRUG_WRITTEN[generic])
    ml = n.rng.choice([0.5, 1, 1.5, 2, 3])
    proc["contrast"] = True
    import re as _re
    m = _re.search(r"(\d{3})", written)
    n.drugs.append({"generic": generic, "dose": float(ml), "dose_unit": "ml", "strength": int(m.group(1)) if m else None})
    forms = [f"{ml:g} mL of {written} was injected, confirming {{spread}} without vascular uptake.",
             f"Contrast ({written}, {ml:g} mL) demonstrated {{spread}}."]
    if "imaging_guidance" not in n.absent:  # never reveal the modality the note is meant to omit
        forms.append(f"Injection of {ml:g} mL {written} under live fluoroscopy showed {{spread}}; no intravascular or intrathecal flow.")
    return n.rng.choice(forms)


def skin_local(n: Note) -> str:
    ml = n.rng.choice([None, 2, 3, 5])
    pct = n.rng.choice([1, 1, 2])
    lido = local(n, "lidocaine", pct, ml)
    return n.rng.choice([f"The skin was anesthetized with {lido}.", f"Local infiltration with {lido}.", f"Skin wheal raised with {lido}.",
                         f"Skin and subcutaneous tissue were infiltrated with {lido}."])


def imaging_clause(n: Note, proc: dict, modality: str = "fluoroscopy") -> str:
    if "imaging_guidance" in n.absent:
        proc["imaging"] = None
        return ""
    proc["imaging"] = modality
    word = {"fluoroscopy": ["fluoroscopic guidance", "fluoroscopy", "live fluoroscopy", "C-arm fluoroscopy"],
            "ct": ["CT guidance"], "ultrasound": ["ultrasound guidance", "real-time ultrasound"]}[modality]
    return n.rng.choice(word)


def saved_images(n: Note, proc: dict) -> str:
    """Saved images; the LCDs want two views, so wording that does not show two counts as missing."""
    if "saved_images" in n.absent:
        proc["saved_images"] = False
        return ""
    text = n.pick(P.SAVED_IMAGES)
    proc["saved_images"] = any(w in text for w in ("AP and", "Two", "two", "biplanar"))
    return text


def side_word(n: Note, side: str | None) -> str:
    if side is None:
        return ""
    return side


def new_proc(n: Note, family: str, **kw) -> dict:
    p = {"family": family, "levels": [], "sedation": None, **kw}
    n.procs.append(p)
    return p


# --- family builders ----------------------------------------------------------------------------


def b_tfesi(n: Note) -> None:
    region = n.rng.choice(["lumbar"] * 4 + ["cervical", "sacral"])
    side = n.rng.choice(["right", "left", "right", "left", "bilateral"])
    if region == "lumbar":
        levels = n.rng.choice([["L5-S1"], ["L4-L5"], ["L4-L5", "L5-S1"], ["L3-L4", "L4-L5"], ["L3-L4", "L4-L5", "L5-S1"]])
    elif region == "sacral":
        levels = ["S1"]
    else:
        levels = n.rng.choice([["C5-C6"], ["C6-C7"], ["C5-C6", "C6-C7"]])
    p = new_proc(n, "transforaminal_epidural", approach="transforaminal", region=region, laterality=side, levels=levels,
                 intent="therapeutic")
    n.side = side
    n.level_for_text = short(levels[0])
    n.imaging_key = n.radicular_key = "cervical" if region == "cervical" else "lumbar"
    n.region_word = region
    n.dx = {"lumbar": ["Lumbar radiculopathy", "Lumbosacral radiculopathy (M54.17)", "Lumbar disc herniation with radiculopathy (M51.16)"],
            "sacral": ["S1 radiculopathy", "Lumbosacral radiculopathy (M54.17)"],
            "cervical": ["Cervical radiculopathy (M54.12)", "Cervical radiculitis", "Cervical foraminal stenosis with radiculopathy"]}[region]
    n.dx = n.rng.choice(n.dx)
    name = n.rng.choice(["transforaminal epidural steroid injection", "transforaminal epidural steroid injection",
                         "selective nerve root block", "TFESI"])
    lv_written = levels if "levels" not in n.absent else []
    lvtxt = " and ".join(short(l) if l != "S1" else "S1" for l in lv_written)
    if "levels" in n.absent:
        p["levels"] = []
    sd = "" if "laterality" in n.absent else n.rng.choice(TITLE_SIDE[side])
    n.title = f"{sd} {lvtxt} {name}".replace("  ", " ").strip() if lvtxt else f"{sd} {region} {name}".strip()
    if region == "cervical":
        n.title = n.title if "cervical" in n.title.lower() else n.title.replace(name, f"cervical {name}")
    n.position = "prone"
    if "laterality" in n.absent:
        p["laterality"] = None
    dose = n.rng.choice([("dexamethasone_sodium_phosphate", 10), ("dexamethasone_sodium_phosphate", 10), ("triamcinolone_acetonide", 40), ("methylprednisolone_acetate", 40),
                         ("betamethasone_sodium_phosphate_acetate", 6)] if region != "cervical" else [("dexamethasone_sodium_phosphate", 10), ("dexamethasone_sodium_phosphate", 4)])
    img = imaging_clause(n, p)
    sw = side_word(n, p["laterality"])
    foramen_words = "the " + (" and ".join(f"{sw} {short(l) if l != 'S1' else 'S1'} foramen".strip() for l in lv_written) if lv_written else "target foramen")
    n.body.append(skin_local(n))
    n.body.append(n.rng.choice([
        f"Under {img or 'visualization'}, a 22-gauge spinal needle was advanced to the {'sub-pedicular' if region != 'cervical' else 'posterior'} position of {foramen_words}.",
        f"Using {img or 'standard technique'} and an oblique view, a 25-gauge needle was directed into {foramen_words}.",
        f"With {img or 'landmarks'}, needle tip placed in the safe triangle at {foramen_words}.",
    ]).replace("Under visualization,", "").replace("  ", " "))
    c = contrast(n, p)
    if c:
        n.body.append(c.format(spread=n.rng.choice(["epidural spread along the nerve root", "a neurogram and epidural flow", "periradicular spread"])))
    start = len(n.drugs)
    drug = steroid(n, *dose)
    anes = local(n, n.rng.choice(["bupivacaine", "ropivacaine", "bupivacaine"]), n.rng.choice([0.25, 0.5, 0.2]), n.rng.choice([1, 2]))
    per_site = len(lv_written) > 1 or (side == "bilateral" and p["laterality"] is not None)
    if per_site and n.chance(0.6):
        sides = 2 if p["laterality"] == "bilateral" else 1
        sentence = f"At the first {'level' if len(lv_written) > 1 else 'site'}, {drug} with {anes} was injected."
        if len(lv_written) > 1:
            sentence += n.rng.choice([" This was repeated at the remaining level" + ("s." if len(lv_written) > 2 else "."),
                                      " The same injectate was given at the remaining level" + ("s." if len(lv_written) > 2 else ".")])
        if sides == 2:
            sentence += n.rng.choice([" The procedure was then repeated on the contralateral side.", " The identical procedure was performed on the opposite side."])
        n.body.append(sentence)
        for d in n.drugs[start:]:
            if d.get("dose") is not None:
                d["dose"] = round(d["dose"] * max(len(lv_written), 1) * sides, 3)
    else:
        n.body.append(n.rng.choice([f"A total of {drug} mixed with {anes} was injected{' and divided between the levels' if len(lv_written) > 1 else ''}.",
                                    f"Injectate: {drug} and {anes}{', divided between sites' if per_site else ''}.",
                                    f"{drug} plus {anes} was slowly injected{' in divided doses' if per_site else ''}."]))
    s = saved_images(n, p)
    if s:
        n.body.append(s)
    n.pain = (n.rng.randint(5, 9), n.rng.randint(0, 4))


def _multiply_last(n: Note, count: int, factor: int) -> None:
    """The last `count` drugs were written per site: the gold dose is the total over `factor` sites."""
    for d in n.drugs[-count:]:
        if d.get("dose") is not None:
            d["dose"] = round(d["dose"] * factor, 3)


def b_ilesi(n: Note) -> None:
    caudal = n.chance(0.35)
    region = "sacral" if caudal else n.rng.choice(["lumbar", "lumbar", "cervical", "thoracic"])
    levels = [] if caudal else {"lumbar": [n.rng.choice(["L4-L5", "L5-S1", "L3-L4"])],
                                "cervical": [n.rng.choice(["C6-C7", "C7-T1"])], "thoracic": ["T10-T11"]}[region]
    p = new_proc(n, "interlaminar_epidural", approach="caudal" if caudal else "interlaminar", region=region, laterality=None,
                 levels=levels, intent="therapeutic")
    n.imaging_key = region if region in P.IMAGING_FINDINGS else "lumbar"
    n.radicular_key = region
    n.region_word = region
    n.dx = n.rng.choice({"lumbar": ["Lumbar radiculopathy (M54.16)", "Lumbar spinal stenosis with neurogenic claudication (M48.062)"],
                         "sacral": ["Lumbar spinal stenosis with neurogenic claudication", "Post-laminectomy syndrome (M96.1) with bilateral radicular pain"],
                         "cervical": ["Cervical radiculopathy (M54.12)"], "thoracic": ["Thoracic radiculopathy (M54.14)"]}[region])
    n.level_for_text = short(levels[0]) if levels else "L4-5"
    if "levels" in n.absent and not caudal:
        p["levels"] = []
    lv = "" if not levels or "levels" in n.absent else short(levels[0])
    if caudal:
        n.title = n.rng.choice(["Caudal epidural steroid injection", "CAUDAL EPIDURAL STEROID INJECTION", "Caudal ESI via sacral hiatus"])
    else:
        n.title = n.rng.choice([f"{lv} interlaminar epidural steroid injection", f"{region.title()} interlaminar ESI {lv}",
                                f"{lv} ILESI"]).replace("  ", " ").strip()
    img = imaging_clause(n, p)
    n.body.append(skin_local(n))
    if caudal:
        n.body.append(n.rng.choice([
            f"Under {img or 'palpation'}, the sacral hiatus was identified and a 20-gauge Tuohy needle was advanced through the sacrococcygeal ligament into the caudal epidural space.",
            f"The sacral cornua were palpated and, with {img or 'tactile feedback'}, an 18-gauge Tuohy needle entered the caudal canal via the sacral hiatus.",
        ]))
    else:
        n.body.append(n.rng.choice([
            f"Using {img or 'landmark technique'}, a 20-gauge Tuohy needle was advanced at the {lv or 'selected'} interspace with loss-of-resistance to saline.",
            f"With {img or 'palpation'} in AP and contralateral oblique views, an 18-gauge Tuohy needle entered the epidural space at {lv or 'the target level'} by loss of resistance.",
        ]))
    c = contrast(n, p)
    if c:
        n.body.append(c.format(spread=n.rng.choice(["a good epidural pattern", "cephalad epidural spread", "epidural spread without vascular runoff"])))
    g, dose = n.rng.choice([("methylprednisolone_acetate", 80), ("triamcinolone_acetonide", 80), ("dexamethasone_sodium_phosphate", 10), ("methylprednisolone_acetate", 40), ("betamethasone_sodium_phosphate_acetate", 12)])
    drug = steroid(n, g, dose)
    saline = n.rng.choice([3, 4, 5, 8])
    n.body.append(n.rng.choice([f"{drug} diluted in {saline} mL of preservative-free saline was injected.",
                                f"Then {drug} with {saline} mL normal saline was slowly injected without resistance."]))
    s = saved_images(n, p)
    if s:
        n.body.append(s)
    n.position = "prone"
    n.pain = (n.rng.randint(5, 9), n.rng.randint(1, 5))


MB_FOR_JOINT = {"L3-L4": ("L2", "L3"), "L4-L5": ("L3", "L4"), "C3-C4": ("C3", "C4"), "C4-C5": ("C4", "C5"), "C5-C6": ("C5", "C6"),
                "L2-L3": ("L1", "L2"), "T4-T5": ("T3", "T4")}


def medial_branch_text(levels: list[str]) -> str:
    """Name the nerves for a joint set (L5-S1 is supplied by the L4 medial branch and the L5 dorsal ramus)."""
    nerves: list[str] = []
    for j in levels:
        if j == "L5-S1":
            pair = ("L4 medial branch", "L5 dorsal ramus")
        else:
            a, b = MB_FOR_JOINT[j]
            pair = (f"{a} medial branch", f"{b} medial branch")
        for x in pair:
            if x not in nerves:
                nerves.append(x)
    mbs = [x.split()[0] for x in nerves if "medial" in x]
    dr = [x for x in nerves if "dorsal ramus" in x]
    out = ", ".join(mbs) + " medial branches"
    if dr:
        out += " and the L5 dorsal ramus"
    return out


def b_facet(n: Note, rfa: bool = False) -> None:
    region = n.rng.choice(["lumbar", "lumbar", "lumbar", "cervical"] + ([] if rfa else ["thoracic"]))
    options = {"lumbar": [["L4-L5", "L5-S1"], ["L4-L5", "L5-S1"], ["L3-L4", "L4-L5"], ["L5-S1"]] + ([] if rfa else [["L3-L4", "L4-L5", "L5-S1"]]),
               "cervical": [["C4-C5", "C5-C6"], ["C3-C4", "C4-C5"], ["C5-C6"]], "thoracic": [["T4-T5"]]}[region]
    levels = n.rng.choice(options)
    side = n.rng.choice(["right", "left", "bilateral", "bilateral"])
    mbb = rfa or n.chance(0.65)
    intent = None if rfa else ("diagnostic" if mbb else "therapeutic")
    fam = "facet_rfa" if rfa else "facet_injection"
    p = new_proc(n, fam, approach="medial_branch" if mbb else "intra_articular", region=region, laterality=side, levels=levels, intent=intent)
    if "approach" in n.absent and not rfa:
        p["approach"] = None
    if "laterality" in n.absent:
        p["laterality"] = None
    n.side = side
    n.imaging_key = "facet_cervical" if region == "cervical" else ("facet" if region == "lumbar" else None)
    n.region_word = region
    n.level_for_text = short(levels[0])
    n.dx = n.rng.choice({"lumbar": ["Lumbar spondylosis without radiculopathy (M47.816)", "Lumbar facet arthropathy", "Lumbosacral facet syndrome (M47.817)"],
                         "cervical": ["Cervical spondylosis without myelopathy or radiculopathy (M47.812)", "Cervical facet arthropathy"],
                         "thoracic": ["Thoracic spondylosis (M47.814)"]}[region])
    sd = "" if p["laterality"] is None else n.rng.choice(TITLE_SIDE[side])
    lvtxt = ", ".join(short(l) for l in levels)
    if "levels" in n.absent:
        p["levels"] = []
    if rfa:
        name = n.rng.choice(["radiofrequency ablation", "radiofrequency neurotomy", "medial branch rhizotomy", "RFA of the medial branch nerves"])
        n.title = f"{sd} {region} {name}".strip()
    elif mbb:
        name = n.rng.choice(["medial branch block", "medial branch nerve block", "MBB", "diagnostic medial branch block"])
        n.title = f"{sd} {region} {name}".strip()
    else:
        name = n.rng.choice(["facet joint injection", "intra-articular facet injection", "zygapophyseal joint injection"])
        n.title = f"{sd} {lvtxt if 'levels' not in n.absent else ''} {name}".replace("  ", " ").strip()
    if "approach" in n.absent and not rfa:
        n.title = f"{sd} {region} facet injection".strip()
    img = imaging_clause(n, p)
    n.body.append(skin_local(n))
    sw = side_word(n, p["laterality"])
    joints_txt = " and ".join(short(l) for l in levels) if "levels" not in n.absent else "the painful"
    if mbb and "approach" not in n.absent:
        nerve_txt = medial_branch_text(levels) if region != "thoracic" else "T3 and T4 medial branches"
        if "levels" in n.absent:
            nerve_txt = "medial branches at the symptomatic levels"
        if rfa:
            temp = n.rng.choice([80, 85, 90])
            secs = n.rng.choice([60, 90])
            n.body.append(n.rng.choice([
                f"Under {img or 'guidance'}, 18-gauge RF cannulas with 10 mm active tips were placed parallel to the {sw} {nerve_txt}.".replace("  ", " "),
                f"With {img or 'imaging'}, RF needles were positioned along the {sw} {nerve_txt} at the junction of the superior articular process and transverse process.".replace("  ", " "),
            ]))
            n.body.append(n.rng.choice([
                "Sensory stimulation at 50 Hz reproduced concordant pain below 0.5 V; motor testing at 2 Hz showed multifidus contraction without extremity movement.",
                "Sensory and motor testing were appropriate with no radicular response.",
            ]))
            n.body.append(f"After {local(n, n.rng.choice(['lidocaine', 'bupivacaine']), n.rng.choice([1, 2, 0.5]), 1)} per site, thermal lesioning was performed at {temp} degrees C for {secs} seconds at each nerve.")
            _multiply_last(n, 1, (len(levels) + 1) * (2 if side == "bilateral" else 1))
        else:
            n.body.append(n.rng.choice([
                f"Under {img or 'guidance'}, 22-gauge spinal needles were placed at the {sw} {nerve_txt}.".replace("  ", " "),
                f"Using {img or 'imaging'}, needles were positioned on the {sw} {nerve_txt} at the base of the superior articular processes.".replace("  ", " "),
            ]))
    else:
        n.body.append(n.rng.choice([
            f"Under {img or 'guidance'}, a 22-gauge needle was advanced into each {sw} {joints_txt} facet joint.".replace("  ", " "),
            f"With {img or 'imaging'}, the {sw} {joints_txt} zygapophyseal joints were entered with 25-gauge needles.".replace("  ", " "),
        ]))
    if not rfa:
        sites = len(levels) * (2 if side == "bilateral" else 1) * (2 if (mbb and "approach" not in n.absent) else 1)
        sites = min(sites, 8)
        if mbb and "approach" not in n.absent:
            # diagnostic block: local anesthetic only, per site
            vol = n.rng.choice([0.5, 0.5, 0.3])
            anes = local(n, n.rng.choice(["bupivacaine", "bupivacaine", "ropivacaine", "lidocaine"]), n.rng.choice([0.5, 0.75, 0.5]), vol)
            _multiply_last(n, 1, sites)
            n.body.append(n.rng.choice([f"At each of the {sites} sites, {anes} was injected after negative aspiration.",
                                        f"{anes} was injected at each of {sites} target sites."]))
        else:
            g = n.rng.choice(["triamcinolone_acetonide", "methylprednisolone_acetate", "dexamethasone_sodium_phosphate"])
            # "1 mL of a solution containing 2 mL of 40 mg/mL triamcinolone and 2 mL of 0.25% bupivacaine" at each site
            if n.chance(0.5) and g != "dexamethasone_sodium_phosphate" and "drug_name" not in n.absent and "drug_dose" not in n.absent:
                written = n.pick(P.DRUG_WRITTEN[g])
                bw = n.pick(P.DRUG_WRITTEN["bupivacaine"])
                total_ml = 4.0
                per = n.rng.choice([0.5, 1.0])
                sites = max(sites, 1)
                n.body.append(f"A solution containing 2 mL of {written} 40 mg/mL and 2 mL of 0.25% {bw} was prepared; "
                              f"{per:g} mL was injected at each of the {sites} sites.")
                n.drugs.append({"generic": g, "dose": round(80 * per * sites / total_ml, 3)})
                n.drugs.append({"generic": "bupivacaine", "dose": round(5 * per * sites / total_ml, 3)})
            else:
                drug = steroid(n, g, n.rng.choice([40, 40, 80]) if g != "dexamethasone_sodium_phosphate" else 8)
                n.body.append(f"A total of {drug} with {local(n, 'bupivacaine', 0.25, 2)} was divided among the joints.")
    if rfa:
        if n.chance(0.5) and "drug_name" not in n.absent:
            n.body.append(f"Prior to lesioning, {steroid(n, 'dexamethasone_sodium_phosphate', 4, allow_omit_name=False)} was injected to reduce post-procedure neuritis.")
        a, b = n.rng.choice([80, 85, 90]), n.rng.choice([80, 90, 100])
        if "diagnostic_block_relief" not in n.absent:
            p["diag_relief"] = [a, b]
            n.history_extra.append(n.pick([
                "Two prior diagnostic medial branch blocks at the same levels gave {a}% and {b}% relief of index pain for the duration of the anesthetic.",
                "Dual comparative medial branch blocks provided {a}% and {b}% relief.",
                "T|First MBB: {a}% relief for 6 hours; confirmatory MBB: {b}% relief for 8 hours.",
            ]).format(a=a, b=b))
        else:
            n.history_extra.append("Prior medial branch blocks were performed.")
    elif intent == "therapeutic":
        if "diagnostic_block_relief" not in n.absent:
            p["diag_relief"] = [80, 90]
            n.history_extra.append("Previous diagnostic blocks gave 80% and 90% relief; RFA was declined because of a pacemaker, so a therapeutic intra-articular injection is chosen.")
        else:
            n.history_extra.append("She has had facet injections before; a therapeutic intra-articular injection is planned.")
    else:
        if "approach" not in n.absent:
            n.history_extra.append(n.pick(["This is the first diagnostic block.", "Plan: first diagnostic medial branch block.",
                                           "T|Purpose: diagnostic block #1 to determine candidacy for RFA."]))
    n.position = "prone"
    n.pain = (n.rng.randint(5, 9), n.rng.randint(0, 5))


def b_si(n: Note, kind: str) -> None:
    side = n.rng.choice(["right", "left", "bilateral"])
    fam = {"inj": "si_joint_injection", "nb": "si_joint_nerve_block", "rfa": "si_joint_rfa"}[kind]
    appr = {"inj": "intra_articular", "nb": "lateral_branch", "rfa": "lateral_branch"}[kind]
    intent = {"inj": n.rng.choice(["diagnostic", "therapeutic"]), "nb": "diagnostic", "rfa": None}[kind]
    p = new_proc(n, fam, approach=appr, region="sacroiliac", laterality=side, levels=[], intent=intent)
    if "laterality" in n.absent:
        p["laterality"] = None
    n.side = side
    n.dx = n.rng.choice(["Sacroiliitis (M46.1)", "Sacroiliac joint dysfunction", "SI joint arthropathy", "Sacroiliac joint pain"])
    sd = "" if p["laterality"] is None else n.rng.choice(TITLE_SIDE[side])
    n.title = {"inj": n.rng.choice([f"{sd} sacroiliac joint injection", f"{sd} SI joint injection under fluoroscopy", f"{sd} SIJ steroid injection"]),
               "nb": n.rng.choice([f"{sd} sacroiliac lateral branch blocks", f"{sd} L5 dorsal ramus and S1-S3 lateral branch nerve blocks"]),
               "rfa": n.rng.choice([f"{sd} sacroiliac joint radiofrequency ablation", f"{sd} SI joint lateral branch RF neurotomy"])}[kind].strip()
    img = imaging_clause(n, p)
    sw = side_word(n, p["laterality"])
    n.body.append(skin_local(n))
    if kind == "inj":
        n.body.append(n.rng.choice([
            f"Under {img or 'guidance'}, a 22-gauge spinal needle was advanced into the inferior third of the {sw} sacroiliac joint.".replace("  ", " "),
            f"With {img or 'imaging'} and contralateral oblique tilt, the {sw} SI joint was entered at its inferior recess.".replace("  ", " "),
        ]))
        c = contrast(n, p)
        if c:
            n.body.append(c.format(spread="an arthrogram outlining the joint"))
        if intent == "therapeutic":
            if "diagnostic_block_relief" not in n.absent:
                p["diag_relief"] = [n.rng.choice([75, 80, 90])]
                n.history_extra.append(f"A prior diagnostic SI joint injection gave {p['diag_relief'][0]}% relief; this is a therapeutic injection.")
            else:
                n.history_extra.append("This is a therapeutic injection.")
        else:
            n.history_extra.append(n.rng.choice(["This is a diagnostic injection.", "Intent: diagnostic."]))
        g = n.rng.choice(["triamcinolone_acetonide", "methylprednisolone_acetate", "betamethasone_sodium_phosphate_acetate"])
        dose = {"triamcinolone_acetonide": 40, "methylprednisolone_acetate": 40, "betamethasone_sodium_phosphate_acetate": 6}[g]
        n.body.append(f"{steroid(n, g, dose)} with {local(n, n.rng.choice(['bupivacaine', 'ropivacaine']), 0.5, 1.5)} was injected{' into each joint' if side == 'bilateral' else ''}.")
        if side == "bilateral":
            _multiply_last(n, 2, 2)
        s = saved_images(n, p)
        if s:
            n.body.append(s)
    else:
        n.body.append(f"Under {img or 'guidance'}, needles were placed at the {sw} L5 dorsal ramus and the S1, S2 and S3 lateral branches at the lateral sacral foramina.".replace("  ", " "))
        if kind == "nb":
            n.body.append(f"{local(n, 'bupivacaine', 0.5, 0.5)} was injected at each of the 4 sites.")
            _multiply_last(n, 1, 4 * (2 if side == "bilateral" else 1))
        else:
            n.body.append("After sensory and motor testing, thermal lesions were made at 85 degrees C for 90 seconds at each site, with 1 mL of 2% lidocaine before each lesion.")
            n.drugs.append({"generic": "lidocaine", "dose": 20.0 * 4 * (2 if side == "bilateral" else 1)})
            n.history_extra.append("Two lateral branch blocks provided greater than 75% relief.")
    n.position = "prone"
    n.pain = (n.rng.randint(5, 9), n.rng.randint(0, 4))


MUSCLES = ["left upper trapezius", "right upper trapezius", "left levator scapulae", "right rhomboid", "left lumbar paraspinals",
           "right quadratus lumborum", "left gluteus medius", "right piriformis", "bilateral cervical paraspinals", "right infraspinatus"]


def b_tpi(n: Note) -> None:
    k = n.rng.choice([1, 2, 2, 3, 4])
    muscles = n.rng.sample(MUSCLES, k)
    p = new_proc(n, "trigger_point", region=None, laterality=None, levels=[], imaging="none" if n.chance(0.5) else None, muscles=k)
    n.dx = n.rng.choice(["Myofascial pain syndrome (M79.18)", "Myalgia, other site", "Myofascial pain of the neck and upper back"])
    n.title = n.rng.choice(["Trigger point injections", "TRIGGER POINT INJECTION(S)", "Trigger point injection, {k} muscle{s}".format(k=k, s="s" if k > 1 else "")])
    if "muscle_count" in n.absent:
        p["muscles"] = 1  # a coder cannot support more than one muscle from this note
        n.body.append("Palpable taut bands with twitch responses were identified in the symptomatic muscles and marked.")
    else:
        n.body.append(f"Taut bands with local twitch response were identified in the {', '.join(muscles[:-1]) + ' and ' + muscles[-1] if k > 1 else muscles[0]}.")
    if n.chance(0.15) and "drug_name" not in n.absent:
        units = n.rng.choice([50, 100])
        vial = 100 if units <= 100 else 200
        discarded = vial - units
        if "drug_dose" in n.absent:
            n.drugs.append({"generic": "onabotulinumtoxinA", "dose": None})
            n.body.append("Botox reconstituted with preservative-free saline was injected into the identified trigger points.")
        else:
            n.drugs.append({"generic": "onabotulinumtoxinA", "dose": float(units), "dose_unit": "units", "container": "single_dose", "discarded": discarded})
            n.body.append(f"A {vial}-unit single-dose vial of {n.pick(P.DRUG_WRITTEN['onabotulinumtoxinA'])} was reconstituted with 2 mL saline; {units} units were injected"
                          f" across the trigger points{'' if discarded == 0 else f' and {discarded} units were discarded'}.")
    else:
        g = n.rng.choice(["lidocaine", "bupivacaine"])
        per = n.rng.choice([1, 2])
        pts = k + n.rng.choice([0, 1, 2])
        anes = local(n, g, 1 if g == "lidocaine" else 0.25, per)
        _multiply_last(n, 1, pts)
        n.body.append(f"Using a 25-gauge needle, {anes} was injected into each of {pts} trigger points after negative aspiration.")
        if n.chance(0.4):
            n.body.append(f"{steroid(n, 'triamcinolone_acetonide', 10)} was added to the syringe and divided among the trigger points.".capitalize())
    n.position = "sitting"
    n.pain = (n.rng.randint(5, 8), n.rng.randint(1, 4))
    if "percent_relief" not in n.absent:
        n.history_extra_post = n.pick(["Immediate relief after the injections: {r}%.", "She reports {r}% relief before leaving.",
                                       "T|Percent improvement at 10 minutes: {r}%."]).format(r=n.rng.choice([50, 60, 70, 80]))


def b_occipital(n: Note) -> None:
    side = n.rng.choice(["right", "left", "bilateral", "bilateral"])
    nerves = ["greater_occipital"] + (["lesser_occipital"] if n.chance(0.3) else [])
    mod = n.rng.choice(["none", "none", "ultrasound"])
    p = new_proc(n, "occipital_nerve_block", region="occipital", laterality=side, levels=[], imaging=mod, nerves=nerves, intent="therapeutic",
                 target="greater_occipital")
    if "laterality" in n.absent:
        p["laterality"] = None
    n.dx = n.rng.choice(["Occipital neuralgia (M54.81)", "Occipital neuralgia", "Cervicogenic headache with occipital neuralgia"])
    sd = "" if p["laterality"] is None else n.rng.choice(TITLE_SIDE[side])
    n.title = f"{sd} {'greater and lesser occipital nerve blocks' if len(nerves) > 1 else n.rng.choice(['greater occipital nerve block', 'GON block', 'occipital nerve block'])}".strip()
    sw = side_word(n, p["laterality"])
    if mod == "ultrasound":
        saved = n.chance(0.6)
        p["saved_images"] = saved
        n.body.append(f"Under real-time ultrasound the {sw} greater occipital nerve was identified superficial to the obliquus capitis inferior.".replace("  ", " ")
                      + (" A permanent image was recorded." if saved else ""))
    else:
        p["imaging"] = "none"
        n.body.append(f"Landmarks: the {sw} occipital artery was palpated one-third of the way from the occipital protuberance to the mastoid.".replace("  ", " "))
    per_side = 2 if side == "bilateral" else 1
    anes = local(n, "bupivacaine", 0.5, 2)
    _multiply_last(n, 1, per_side * len(nerves))
    dex = steroid(n, "dexamethasone_sodium_phosphate", 2)
    _multiply_last(n, 1, per_side * len(nerves))
    n.body.append(f"{anes} with {dex} was injected {'at each nerve' if len(nerves) > 1 or per_side > 1 else 'adjacent to the nerve'}"
                  f"{' on each side' if per_side > 1 else ''}.")
    n.position = "sitting"
    n.pain = (n.rng.randint(5, 9), n.rng.randint(0, 3))


def b_peripheral(n: Note) -> None:
    target = n.rng.choice(["suprascapular", "ilioinguinal", "intercostal", "lateral_femoral_cutaneous"])
    side = n.rng.choice(["right", "left"])
    mod = n.rng.choice(["ultrasound", "ultrasound", "fluoroscopy", "none"])
    p = new_proc(n, "peripheral_nerve_block", target=target, region={"suprascapular": "shoulder", "ilioinguinal": "other",
                 "intercostal": "thoracic", "lateral_femoral_cutaneous": "other"}[target], laterality=side, levels=[], imaging=mod,
                 intent=n.rng.choice(["diagnostic", "therapeutic"]))
    if "laterality" in n.absent:
        p["laterality"] = None
    label = {"suprascapular": "suprascapular nerve block", "ilioinguinal": "ilioinguinal nerve block", "intercostal": "T9 intercostal nerve block",
             "lateral_femoral_cutaneous": "lateral femoral cutaneous nerve block"}[target]
    n.dx = {"suprascapular": "Chronic shoulder pain due to rotator cuff arthropathy", "ilioinguinal": "Ilioinguinal neuralgia after hernia repair",
            "intercostal": "Intercostal neuralgia (G58.0)", "lateral_femoral_cutaneous": "Meralgia paresthetica"}[target]
    sd = "" if p["laterality"] is None else n.rng.choice(TITLE_SIDE[side])
    n.title = f"{sd} {label}".strip()
    sw = side_word(n, p["laterality"])
    if mod == "ultrasound":
        saved = n.chance(0.7)
        p["saved_images"] = saved
        n.body.append(f"Using ultrasound guidance with a linear probe, the {sw} {label.replace(' block', '')} was visualised and the needle advanced in plane.".replace("  ", " ")
                      + (" Images were saved to the chart." if saved else ""))
    elif mod == "fluoroscopy":
        n.body.append(f"Under fluoroscopy, a 22-gauge needle was placed at the {sw} target.".replace("  ", " "))
    else:
        n.body.append(f"Using anatomic landmarks, the {sw} {label.replace(' block', '')} was approached with a 25-gauge needle.".replace("  ", " "))
    n.body.append(f"{local(n, n.rng.choice(['ropivacaine', 'bupivacaine']), 0.5, n.rng.choice([3, 5, 10]))} with {steroid(n, n.rng.choice(['triamcinolone_acetonide', 'dexamethasone_sodium_phosphate']), n.rng.choice([10, 4]) if True else 4)} was injected.")
    n.position = "supine"
    n.pain = (n.rng.randint(5, 9), n.rng.randint(0, 4))


def b_genicular(n: Note, rfa: bool) -> None:
    side = n.rng.choice(["right", "left", "right", "left", "bilateral"]) if not rfa else n.rng.choice(["right", "left"])
    mod = n.rng.choice(["fluoroscopy", "fluoroscopy", "ultrasound"])
    fam = "genicular_rfa" if rfa else "genicular_nerve_block"
    p = new_proc(n, fam, region="knee", laterality=side, levels=[], target="knee", intent=None if rfa else "diagnostic")
    if "laterality" in n.absent:
        p["laterality"] = None
    n.dx = n.rng.choice(["Primary osteoarthritis of the knee", "Knee osteoarthritis", "Chronic knee pain after total knee arthroplasty"])
    sd = "" if p["laterality"] is None else n.rng.choice(TITLE_SIDE[side])
    n.title = f"{sd} {'genicular nerve radiofrequency ablation' if rfa else n.rng.choice(['genicular nerve block', 'genicular nerve blocks (diagnostic)'])}".strip()
    img = imaging_clause(n, p, mod)
    nerves = n.rng.choice(["superomedial, superolateral and inferomedial genicular nerves",
                           "superior lateral, superior medial and inferior medial genicular branches",
                           "SMGN, SLGN and IMGN"])
    sw = side_word(n, p["laterality"])
    n.body.append(f"Under {img or 'guidance'}, needles were placed at the {sw} {nerves} at the junctions of the shaft and the epicondyles.".replace("  ", " "))
    if rfa:
        n.body.append("After sensory and motor testing, 2% lidocaine 1 mL was given at each site and thermal lesions were made at 80 degrees C for 90 seconds.")
        n.drugs.append({"generic": "lidocaine", "dose": 60.0})
        n.history_extra.append("Diagnostic genicular nerve blocks gave 80% relief.")
        p["diag_relief"] = [80]
    else:
        n.body.append(f"{local(n, 'bupivacaine', 0.5, 1)} was injected at each of the three sites.")
        _multiply_last(n, 1, 3 * (2 if side == "bilateral" else 1))
    n.position = "supine"
    n.pain = (n.rng.randint(5, 9), n.rng.randint(0, 4))


def b_sympathetic(n: Note) -> None:
    target = n.rng.choice(["stellate", "lumbar_sympathetic", "lumbar_sympathetic", "ganglion_impar", "superior_hypogastric"])
    side = None if target in ("ganglion_impar", "superior_hypogastric") else n.rng.choice(["right", "left"])
    mod = "ultrasound" if target == "stellate" and n.chance(0.5) else "fluoroscopy"
    region = {"stellate": "cervical", "lumbar_sympathetic": "lumbar", "ganglion_impar": "sacral", "superior_hypogastric": "lumbar"}[target]
    p = new_proc(n, "sympathetic_block", target=target, region=region, laterality=side,
                 levels=["L3"] if target == "lumbar_sympathetic" else [], intent="diagnostic")
    if "laterality" in n.absent:
        p["laterality"] = None
    n.dx = {"stellate": "Complex regional pain syndrome type I of the upper limb", "lumbar_sympathetic": "CRPS type I of the lower limb",
            "ganglion_impar": "Coccydynia", "superior_hypogastric": "Chronic pelvic pain"}[target]
    sd = "" if p["laterality"] is None else n.rng.choice(TITLE_SIDE[side])
    n.title = {"stellate": f"{sd} stellate ganglion block", "lumbar_sympathetic": f"{sd} lumbar sympathetic block at L3",
               "ganglion_impar": n.rng.choice(["Ganglion impar block", "Ganglion of Walther (impar) block"]),
               "superior_hypogastric": "Superior hypogastric plexus block"}[target].strip()
    img = imaging_clause(n, p, mod)
    if mod == "ultrasound" and p["imaging"]:
        p["saved_images"] = True
        n.body.append("A permanent ultrasound image was recorded.")
    sw = side_word(n, p["laterality"])
    where = {"stellate": f"{sw} stellate ganglion at the C6 anterior tubercle", "lumbar_sympathetic": f"{sw} anterolateral L3 vertebral body",
             "ganglion_impar": "ganglion impar through the sacrococcygeal junction", "superior_hypogastric": "anterior L5-S1 junction"}[target]
    n.body.append(f"Under {img or 'guidance'}, a 22-gauge needle was advanced to the {where}.".replace("  ", " "))
    c = contrast(n, p)
    if c:
        n.body.append(c.format(spread="appropriate spread"))
    n.body.append(f"{local(n, n.rng.choice(['ropivacaine', 'bupivacaine']), n.rng.choice([0.2, 0.25, 0.5]), n.rng.choice([5, 8, 10]))} was injected in divided doses.")
    n.position = "supine" if target == "stellate" else "prone"
    n.pain = (n.rng.randint(5, 9), n.rng.randint(0, 5))
    if target in ("stellate", "lumbar_sympathetic"):
        n.body.append(n.rng.choice(["Skin temperature of the affected limb rose by 2 degrees C.", "Horner's syndrome developed, confirming block."]
                                   if target == "stellate" else ["Foot temperature increased from 29 to 33 degrees C."]))


def b_joint(n: Note) -> None:
    target = n.rng.choice(["knee", "knee", "shoulder", "hip", "wrist", "ankle", "finger", "subacromial_bursa"])
    side = n.rng.choice(["right", "left", "right", "bilateral"]) if target == "knee" else n.rng.choice(["right", "left"])
    mod = {"hip": "fluoroscopy"}.get(target, n.rng.choice(["ultrasound", "none", "none"]))
    region = {"subacromial_bursa": "shoulder", "finger": "hand"}.get(target, target)
    p = new_proc(n, "joint_injection", target=target, region=region, laterality=side, levels=[], imaging=mod, intent="therapeutic")
    if "laterality" in n.absent:
        p["laterality"] = None
    n.dx = {"knee": "Primary osteoarthritis of the knee", "shoulder": "Glenohumeral osteoarthritis", "hip": "Osteoarthritis of the hip",
            "wrist": "Osteoarthritis of the wrist", "ankle": "Post-traumatic ankle arthritis", "finger": "Osteoarthritis of the index finger PIP joint",
            "subacromial_bursa": "Subacromial bursitis"}[target]
    sd = "" if p["laterality"] is None else n.rng.choice(TITLE_SIDE[side])
    jname = {"subacromial_bursa": "subacromial bursa", "finger": "index finger PIP joint"}.get(target, target + " joint")
    n.title = f"{sd} {jname} injection".strip()
    sw = side_word(n, p["laterality"])
    if mod == "ultrasound":
        saved = n.chance(0.6)
        p["saved_images"] = saved
        n.body.append(f"Under ultrasound guidance the {sw} {jname} was entered in plane.".replace("  ", " ") + (" A permanent image was recorded and stored." if saved else ""))
    elif mod == "fluoroscopy":
        n.body.append(f"Under fluoroscopic guidance a 22-gauge spinal needle was advanced into the {sw} {jname}; contrast confirmed intra-articular flow.".replace("  ", " "))
        p["contrast"] = True
    else:
        n.body.append(f"Using {n.rng.choice(['a superolateral', 'an anterolateral', 'a posterior'])} approach by landmarks, the {sw} {jname} was entered.".replace("  ", " "))
    if target in ("knee", "shoulder", "hip"):
        g, dose = n.rng.choice([("triamcinolone_acetonide", 40), ("methylprednisolone_acetate", 80), ("ketorolac_tromethamine", 30), ("triamcinolone_acetonide", 80)])
    else:
        g, dose = n.rng.choice([("triamcinolone_acetonide", 10), ("dexamethasone_sodium_phosphate", 4), ("betamethasone_sodium_phosphate_acetate", 6)])
    drug = steroid(n, g, dose)
    per = 2 if side == "bilateral" else 1
    n.body.append(f"{drug} with {local(n, 'lidocaine', 1, n.rng.choice([2, 3, 4]))} was injected{' into each knee' if per == 2 else ''}.")
    if per == 2:
        _multiply_last(n, 2, 2)
    n.position = "supine" if target != "shoulder" else "sitting"
    n.pain = (n.rng.randint(5, 9), n.rng.randint(1, 4))


def b_scs(n: Note, implant: bool) -> None:
    p = new_proc(n, "scs_implant" if implant else "scs_trial", approach="percutaneous", region="thoracic", laterality=None, levels=[],
                 leads=2, intent="therapeutic")
    n.dx = n.rng.choice(["Post-laminectomy syndrome (M96.1) with bilateral leg pain", "Complex regional pain syndrome of the lower limb", "Failed back surgery syndrome"])
    n.title = "Spinal cord stimulator " + ("permanent implant: two percutaneous leads and implantable pulse generator" if implant else "trial, two percutaneous leads")
    img = imaging_clause(n, p)
    n.body.append(f"Under {img or 'guidance'}, two 14-gauge Tuohy needles were placed at L1-L2 with loss of resistance, and two 8-contact leads were advanced to the top of T8 and mid T9.")
    n.body.append("Intraoperative testing gave paresthesia coverage of both legs and the low back.")
    if implant:
        n.body.append("A subcutaneous pocket was created in the left buttock, the leads were tunneled and connected to the pulse generator, and the incisions were closed in layers.")
        n.history_extra.append("The 7-day trial gave 70% relief with improved walking tolerance. Psychological evaluation cleared the patient.")
        p["prior_response"] = (70, 7)
    else:
        n.body.append("The leads were anchored to the skin and connected to the external trial stimulator.")
        n.history_extra.append("Psychological evaluation has cleared the patient for a trial.")
    n.drugs.append({"generic": "lidocaine", "dose": None})
    n.body.append("Local anesthesia was provided with 1% lidocaine.")
    p["sedation"] = "moderate" if n.chance(0.5) else "mac"
    n.position = "prone"
    if not implant:
        n.pain = (n.rng.randint(6, 9), n.rng.randint(1, 4))


def b_va(n: Note) -> None:
    levels = n.rng.choice([["L1"], ["T12"], ["T12", "L1"], ["L2"]])
    kypho = n.chance(0.6)
    p = new_proc(n, "vertebral_augmentation", approach="kyphoplasty" if kypho else "vertebroplasty", region="lumbar" if levels[0].startswith("L") else "thoracic",
                 laterality=None, levels=levels, intent="therapeutic")
    if "levels" in n.absent:
        p["levels"] = []
    n.dx = "Osteoporotic compression fracture (M80.08XA)"
    n.imaging_key = None
    lv = " and ".join(levels) if "levels" not in n.absent else ""
    n.title = f"{lv} {'balloon kyphoplasty' if kypho else 'vertebroplasty'}".strip()
    img = imaging_clause(n, p)
    n.body.append(f"Under biplanar {img or 'imaging'}, bipedicular 11-gauge trocars were advanced into the {lv or 'fractured'} vertebral bod{'ies' if len(levels) > 1 else 'y'}.")
    if kypho:
        n.body.append("Inflatable bone tamps were inflated to create a cavity, then PMMA cement was injected under continuous monitoring without extravasation.")
    else:
        n.body.append("PMMA cement was injected under continuous lateral fluoroscopy without extravasation.")
    if "imaging_findings" not in n.absent:
        n.present.add("imaging_findings")
        n.history_extra.append(f"MRI shows acute compression fracture{'s' if len(levels) > 1 else ''} of {' and '.join(levels)} with marrow edema."
                               if "levels" not in n.absent else "MRI shows an acute osteoporotic compression fracture with marrow edema.")
    n.drugs.append({"generic": "lidocaine", "dose": None})
    n.body.append("Periosteal local anesthetic: 1% lidocaine.")
    p["sedation"] = "moderate"
    n.position = "prone"
    n.pain = (n.rng.randint(7, 10), n.rng.randint(2, 5))


def b_pump(n: Note) -> None:
    repro = n.chance(0.5)
    p = new_proc(n, "pump_refill", region=None, laterality=None, levels=[], reprogrammed=repro, physician=True)
    drug = n.rng.choice([("morphine", "preservative-free morphine 25 mg/mL", 20, 500.0), ("baclofen", "baclofen 2000 mcg/mL", 20, 40.0)])
    n.dx = "Chronic pain syndrome with intrathecal drug delivery system" if drug[0] == "morphine" else "Spasticity with intrathecal baclofen pump"
    n.title = "Intrathecal pump interrogation and refill" + (" with reprogramming" if repro else "")
    n.body.append("The pump was interrogated; the residual volume was 3.2 mL versus an expected 3.4 mL.")
    n.body.append(f"Under sterile technique the physician accessed the reservoir port with a Huber needle and instilled {drug[2]} mL of {drug[1]} supplied by the specialty pharmacy.")
    n.drugs.append({"generic": drug[0], "dose": drug[3]})  # amount placed in the reservoir, mg
    n.body.append("The daily dose was increased by 10% and the new program was confirmed by telemetry." if repro else
                  "The pump was updated with the new reservoir volume; the dosing was not changed.")
    n.position = "supine"


BUILDERS = {
    "transforaminal_epidural": b_tfesi, "interlaminar_epidural": b_ilesi, "facet_injection": lambda n: b_facet(n, False),
    "facet_rfa": lambda n: b_facet(n, True), "si_joint_injection": lambda n: b_si(n, "inj"), "si_joint_nerve_block": lambda n: b_si(n, "nb"),
    "si_joint_rfa": lambda n: b_si(n, "rfa"), "trigger_point": b_tpi, "occipital_nerve_block": b_occipital,
    "peripheral_nerve_block": b_peripheral, "genicular_nerve_block": lambda n: b_genicular(n, False),
    "genicular_rfa": lambda n: b_genicular(n, True), "sympathetic_block": b_sympathetic, "joint_injection": b_joint,
    "scs_trial": lambda n: b_scs(n, False), "scs_implant": lambda n: b_scs(n, True), "vertebral_augmentation": b_va, "pump_refill": b_pump,
}

COUNTS = {  # generated notes per family (hand-written notes add to these)
    "transforaminal_epidural": 16, "interlaminar_epidural": 12, "facet_injection": 13, "facet_rfa": 8, "si_joint_injection": 8,
    "si_joint_nerve_block": 3, "si_joint_rfa": 3, "trigger_point": 7, "occipital_nerve_block": 5, "peripheral_nerve_block": 5,
    "genicular_nerve_block": 5, "genicular_rfa": 3, "sympathetic_block": 5, "joint_injection": 7, "scs_trial": 3, "scs_implant": 2,
    "vertebral_augmentation": 3, "pump_refill": 3,
}

# Elements a note may deliberately omit, per family group (only elements the builders can leave out).
OMITTABLE_COMMON = ["diagnosis", "consent", "time_out", "complications"]
OMITTABLE = {
    "transforaminal_epidural": ["symptom_duration", "conservative_care", "functional_impairment", "imaging_findings", "pre_procedure_pain_score",
                                "post_procedure_pain_score", "levels", "laterality", "imaging_guidance", "saved_images", "contrast", "drug_name",
                                "drug_dose", "radicular_findings"],
    "interlaminar_epidural": ["symptom_duration", "conservative_care", "functional_impairment", "imaging_findings", "pre_procedure_pain_score",
                              "post_procedure_pain_score", "imaging_guidance", "saved_images", "contrast", "drug_name", "drug_dose",
                              "radicular_findings", "sedation_details"],
    "facet_injection": ["symptom_duration", "conservative_care", "functional_impairment", "pre_procedure_pain_score", "post_procedure_pain_score",
                        "levels", "laterality", "approach", "imaging_guidance", "diagnostic_block_relief"],
    "facet_rfa": ["symptom_duration", "conservative_care", "functional_impairment", "levels", "laterality", "imaging_guidance", "diagnostic_block_relief"],
    "si_joint_injection": ["symptom_duration", "conservative_care", "pre_procedure_pain_score", "post_procedure_pain_score",
                           "laterality", "imaging_guidance", "saved_images", "contrast", "drug_dose", "percent_relief", "diagnostic_block_relief"],
    "si_joint_nerve_block": ["laterality", "imaging_guidance", "pre_procedure_pain_score"],
    "si_joint_rfa": ["laterality", "post_procedure_pain_score"],
    "trigger_point": ["muscle_count", "pre_procedure_pain_score", "post_procedure_pain_score", "drug_dose", "percent_relief"],
    "occipital_nerve_block": ["laterality"], "peripheral_nerve_block": ["laterality"],
    "genicular_nerve_block": ["laterality"], "genicular_rfa": ["laterality"],
    "sympathetic_block": ["imaging_guidance"], "joint_injection": ["laterality", "drug_dose"],
    "scs_trial": ["conservative_care", "sedation_details"], "scs_implant": [], "vertebral_augmentation": ["imaging_findings", "conservative_care", "levels"],
    "pump_refill": [],
}
NON_OMITTABLE_FOR = {"drug_name": {"facet_rfa"}, "drug_dose": {"facet_rfa"}}

STYLES = ["templated_caps", "templated_title", "dictated", "bulleted", "inline", "odd_spacing", "boilerplate"]


def _dos(n: Note, family: str) -> str:
    start = dt.date(2023, 1, 9)
    d = start + dt.timedelta(days=n.rng.randint(0, 1200))
    if d.weekday() >= 5:
        d -= dt.timedelta(days=2)
    return d.isoformat()


def history(n: Note, fam: str) -> list[str]:
    out: list[str] = []
    spinal = fam in goldkit.SPINAL_INJ or fam in {"scs_trial", "vertebral_augmentation"}
    if fam == "pump_refill":
        return [h for h in n.history_extra if h]
    if "symptom_duration" not in n.absent:
        n.present.add("symptom_duration")
        out.append(n.pick(P.DURATION_INTRO).format(d=n.pick(P.DURATION).format(n=n.rng.choice([4, 5, 6, 8, 10, 14, 18, 24]))))
    if "conservative_care" not in n.absent:
        n.present.add("conservative_care")
        out.append(n.pick(P.CONSERVATIVE_INTRO).format(c=n.pick(P.CONSERVATIVE).format(w=n.rng.choice([6, 8, 10, 12]))))
    if "functional_impairment" not in n.absent:
        n.present.add("functional_impairment")
        if n.region_word == "cervical":
            pool = [f for f in P.FUNCTION if "Neck" in f]
        elif fam in goldkit.SPINAL_INJ or fam in ("scs_trial", "scs_implant", "vertebral_augmentation"):
            pool = [f for f in P.FUNCTION if "Neck" not in f]
        else:
            pool = P.FUNCTION_OTHER
        out.append(n.pick(pool).format(odi=n.rng.choice([32, 38, 44, 48, 52])))
    side = n.side if n.side in ("right", "left") else "left"
    if "laterality" in n.absent:
        side = ""
    if n.radicular_key and "radicular_findings" not in n.absent and n.radicular_key in P.RADICULAR and side:
        out.append(n.pick(P.RADICULAR[n.radicular_key]).format(side=side, derm="L5" if "4" in n.level_for_text else "S1"))
        n.present.add("radicular_findings")
    if n.imaging_key and "imaging_findings" not in n.absent:
        n.present.add("imaging_findings")
        tpl = n.pick(P.IMAGING_FINDINGS[n.imaging_key])
        if not side:
            tpl = tpl.replace(" on the {side}", "").replace(", {side} paracentral", "").replace(" {side}", "")
        out.append(tpl.format(lvl=n.level_for_text, side=side))
    out += [h for h in n.history_extra if h]
    return out


def sedation_text(n: Note, p: dict, pos: str) -> str:
    fam = p["family"]
    if fam in ("scs_trial", "scs_implant", "vertebral_augmentation"):
        typ = p["sedation"]
    elif pos in ("22", "24") and n.chance(0.25):
        typ = "moderate"
    else:
        typ = n.rng.choice(["none", "none", "local"])
    p["sedation"] = typ
    if typ == "none":
        return n.rng.choice(["No sedation was given.", "Sedation: none.", "The procedure was performed without sedation.", "None; the patient was awake throughout."])
    if typ == "local":
        return n.rng.choice(["Local only.", "Local anesthesia only.", "Local infiltration only; no IV sedation."])
    if typ == "mac":
        if n.chance(0.5) and "sedation_details" not in n.absent:
            p["sedation_detail"] = {"agents": True, "doses": False, "times": True, "justification": True, "by_proceduralist": False}
            return ("Monitored anesthesia care by the anesthesia team (propofol infusion, start 08:12, end 08:58) because the patient "
                    "could not tolerate prone positioning while awake.")
        p["sedation_detail"] = {"justification": True, "by_proceduralist": False}
        return "Monitored anesthesia care was provided by the anesthesia team because the patient could not tolerate prone positioning while awake."
    # moderate
    if "sedation_details" in n.absent:
        p["sedation_detail"] = {}
        return n.rng.choice(["Moderate sedation with midazolam and fentanyl was administered.", "IV conscious sedation was given for patient comfort."])
    mins = n.rng.choice([12, 18, 25, 40])
    start = dt.datetime(2000, 1, 1, 9, n.rng.randint(0, 15))
    stop = start + dt.timedelta(minutes=mins)
    justified = n.chance(0.5)
    p["sedation_detail"] = {"minutes": mins, "observer": True, "agents": True, "doses": True, "times": True, "justification": justified}
    just = n.rng.choice([" Sedation was needed because of severe procedural anxiety documented at prior visits.",
                         " Indication for sedation: prior vasovagal syncope with needle procedures."]) if justified else ""
    n.drugs.append({"generic": "midazolam", "dose": 2.0})
    n.drugs.append({"generic": "fentanyl", "dose": 0.05})
    return n.rng.choice([
        f"Moderate sedation was administered by me with midazolam 2 mg and fentanyl 50 mcg IV; an independent trained RN monitored the patient throughout. "
        f"Sedation start {start:%H:%M}, end {stop:%H:%M} ({mins} minutes intraservice).",
        f"Moderate (conscious) sedation: midazolam 2 mg IV and fentanyl 50 mcg IV given by the proceduralist, with a registered nurse as independent observer. "
        f"Intraservice time {start:%H:%M} to {stop:%H:%M}.",
    ]) + just


def render(n: Note, fam: str, style: str, pos: str, dos: str, truncated: bool) -> str:
    p = n.procs[0]
    hist = history(n, fam)
    indication = f"{n.dx}." if "diagnosis" not in n.absent else n.rng.choice(["Pain.", "Chronic pain.", "Pain, see prior notes."])
    n.dx_written = indication
    pre, post = n.pain
    pre_txt = f"Pre-procedure pain score {pre}/10." if pre is not None and "pre_procedure_pain_score" not in n.absent else ""
    post_txt = f"Post-procedure pain {post}/10." if post is not None and "post_procedure_pain_score" not in n.absent else ""
    if pre_txt and n.chance(0.4):
        pre_txt = n.rng.choice([f"Pain prior to the procedure: {pre}/10 (NRS).", f"Pre-procedure NRS {pre}.", f"Pain score before: {pre} out of 10."])
    if post_txt and n.chance(0.4):
        post_txt = n.rng.choice([f"After the procedure pain was {post}/10.", f"Post NRS {post}.", f"Pain score after: {post} out of 10."])
    if "pre_procedure_pain_score" in n.absent:
        n.pain = (None, n.pain[1])
    if "post_procedure_pain_score" in n.absent:
        n.pain = (n.pain[0], None)
    consent = n.pick(P.CONSENT) if "consent" not in n.absent else ""
    timeout = n.pick(P.TIMEOUT) if "time_out" not in n.absent else ""
    sed = sedation_text(n, p, pos)
    prep = n.pick(P.PREP).format(position=n.rng.choice(P.POSITION[n.position]), Position=P.POSITION[n.position][0].capitalize())
    comp = ""
    if "complications" not in n.absent:
        if n.chance(0.1):
            events = [(k, t.split("|", 1)[-1]) for k, t in P.COMPLICATION_EVENTS if not (t.startswith("T|") and n.split != "test")]
            n.complications, comp = n.rng.choice(events)
        else:
            comp = n.pick(P.COMPLICATIONS_NONE)
    post_relief = getattr(n, "history_extra_post", "")
    plan = n.pick(P.PLAN_HYPOTHETICAL) if n.chance(0.5) and fam not in ("scs_trial", "scs_implant", "pump_refill", "vertebral_augmentation") else ""
    dc = n.pick(P.DISCHARGE)
    body = " ".join(x for x in n.body if x)
    dos_written = dt.date.fromisoformat(dos).strftime(n.rng.choice(["%m/%d/%Y", "%m/%d/%Y", "%Y-%m-%d", "%d %b %Y"]))
    pos_word = {"11": n.rng.choice(["Office", "Clinic procedure suite", "Office"]), "22": n.rng.choice(["Hospital outpatient department", "HOPD"]),
                "24": n.rng.choice(["Ambulatory surgery center", "ASC"])}[pos]
    lat_header = None
    if p.get("laterality") and n.chance(0.5):
        lat_header = p["laterality"].capitalize()
    if getattr(n, "conflict_header", None):
        lat_header = n.conflict_header.capitalize()
    lv_header = ", ".join(p["levels"]) if p.get("levels") and n.chance(0.4) else None

    if style in ("templated_caps", "templated_title", "boilerplate", "odd_spacing"):
        H = (lambda s: s.upper()) if style in ("templated_caps", "odd_spacing") else (lambda s: s.title())
        lines = [H("Procedure note"), "", f"{H('Date of service')}: {dos_written}", f"{H('Location')}: {pos_word}",
                 f"{H('Procedure')}: {n.title}"]
        if lat_header:
            lines.append(f"{H('Laterality')}: {lat_header}")
        if lv_header:
            lines.append(f"{H('Levels')}: {lv_header}")
        lines += [f"{H('Pre-operative diagnosis')}: {indication}", f"{H('Post-operative diagnosis')}: Same", ""]
        lines += [f"{H('Indications')}:", " ".join(hist) or "See clinic note.", ""]
        if pre_txt:
            lines += [f"{H('Pre-procedure assessment')}: {pre_txt}", ""]
        if consent or timeout:
            lines += [f"{H('Consent')}:", " ".join(x for x in (consent, timeout) if x), ""]
        lines += [f"{H('Anesthesia')}: {sed}", "", f"{H('Description of procedure')}:", f"{prep} {body}", ""]
        tail = []
        if post_txt or post_relief:
            tail += [f"{H('Post-procedure')}: {' '.join(x for x in (post_txt, post_relief) if x)}", ""]
        if comp:
            tail += [f"{H('Complications')}: {comp.replace('Complications: ', '')}", ""]
        tail += [f"{H('Disposition')}: {dc}"]
        if plan:
            tail += [f"{H('Plan')}: {plan}"]
        if style == "boilerplate":
            tail += ["", " ".join(n.rng.sample([b.split('|', 1)[-1] for b in P.BOILERPLATE if not (b.startswith('T|') and n.split != 'test')], 3))]
        lines += tail
        text = "\n".join(lines)
        if style == "odd_spacing":
            text = text.replace(": ", ":   ").replace(". ", ".  ").replace("\n\n", "\n \n\n")
    elif style == "bulleted":
        b = n.rng.choice(["- ", "* ", "\u2022 "])
        lines = [n.title.upper(), f"DOS: {dos_written}   POS: {pos_word}", "", "Indication:", f"{b}{indication}"] + [f"{b}{h}" for h in hist]
        lines += ["", "Pre-procedure:"] + [f"{b}{x}" for x in (pre_txt, consent, timeout, sed) if x]
        lines += ["", "Procedure:"] + [f"{b}{x}" for x in [prep] + [s for s in n.body if s]]
        lines += ["", "Post-procedure:"] + [f"{b}{x}" for x in (post_txt, post_relief, comp, dc, plan) if x]
        text = "\n".join(lines)
    elif style == "inline":
        parts = [f"Procedure: {n.title}. DOS {dos_written}. Setting: {pos_word}.", f"Dx: {indication}", " ".join(hist), pre_txt, consent, timeout, sed,
                 prep, body, post_txt, post_relief, f"Complications: {'none.' if comp and n.complications == 'none' else comp}" if comp else "", dc, plan]
        text = " ".join(x for x in parts if x)
        # wrap in a few paragraphs
        words = text.split(". ")
        text = ".\n".join(". ".join(words[i:i + 4]) for i in range(0, len(words), 4))
    else:  # dictated
        opener = n.rng.choice([f"The patient presents today for {n.title.lower()}.", f"Here for a planned {n.title.lower()}.",
                               f"This is a follow-up patient seen in the {pos_word if pos_word.isupper() else pos_word.lower()} today for {n.title.lower()}."])
        paras = [f"{opener} Diagnosis: {indication} " + " ".join(hist), " ".join(x for x in (pre_txt, consent, timeout, sed) if x),
                 f"{prep} {body}", " ".join(x for x in (post_txt, post_relief, comp, dc, plan) if x)]
        text = f"Date of service {dos_written}\n\n" + "\n\n".join(p_ for p_ in paras if p_.strip())
    if truncated:
        # cut right after the procedure description, so only what follows it is lost
        last = [b for b in n.body if b][-1]
        cut = text.rfind(last[-40:])
        cut = cut + 40 if cut >= 0 else len(text)
        text = text[:cut].rstrip() + "\n[note incomplete - dictation ended]" if n.chance(0.5) else text[:cut].rstrip()
    return text.strip() + "\n"


def plan_omissions(rng: random.Random, fam: str, idx: int) -> set[str]:
    pool = OMITTABLE.get(fam, []) + OMITTABLE_COMMON
    pool = [e for e in pool if fam not in NON_OMITTABLE_FOR.get(e, set())]
    if idx % 5 in (0, 3) or rng.random() < 0.1:
        return {rng.choice(pool)} | ({rng.choice(pool)} if rng.random() < 0.3 else set())
    return set()


def make_note(rng: random.Random, fam: str, split: str, nid: str, idx: int) -> tuple[str, dict]:
    n = Note(rng, split, nid)
    n.complications = "none"
    n.radicular = False
    n.absent = plan_omissions(rng, fam, idx)
    if "drug_name" in n.absent and "drug_dose" in n.absent:
        n.absent.discard("drug_dose")
    BUILDERS[fam](n)
    style = rng.choice(STYLES)
    pos = rng.choice(["11", "11", "22", "24"]) if fam not in ("scs_implant", "vertebral_augmentation", "scs_trial") else rng.choice(["22", "24"])
    if fam in ("pump_refill", "trigger_point", "joint_injection", "occipital_nerve_block", "peripheral_nerve_block"):
        pos = "11"
    dos = _dos(n, fam)
    truncated = rng.random() < 0.06
    p = n.procs[0]
    # conflicting laterality: header says one side, procedure description the other
    if p.get("laterality") in ("right", "left") and rng.random() < 0.07 and style not in ("dictated", "inline", "bulleted"):
        other = "left" if p["laterality"] == "right" else "right"
        n.conflict_header = other
        n.extra_findings.append("laterality_conflict")
    relief = None
    if (p.get("intent") == "diagnostic" and p["family"] in ("facet_injection", "si_joint_nerve_block")) or p["family"] == "si_joint_injection":
        if "percent_relief" not in n.absent:
            relief = n.rng.choice([80, 90, 50, 100, 75])
            n.history_extra_post = n.pick(["Post-block the patient reports {r}% relief of index pain.", "Relief during the anesthetic phase: {r}%.",
                                           "She reports {r}% improvement 30 minutes after the block.",
                                           "T|Percent relief of the usual pain at 30 minutes: {r}%."]).format(r=relief)
    text = render(n, fam, style, pos, dos, truncated)
    if truncated:
        # what the truncation removed is absent from the note
        for e in ("post_procedure_pain_score", "complications"):
            n.absent.add(e)
        n.pain = (n.pain[0], None)
        n.complications = None
        if getattr(n, "history_extra_post", ""):
            n.absent.add("percent_relief")
    if not n.history_extra_post:
        n.absent.add("percent_relief")
    if n.dx_written == "Chronic pain.":
        # 'Chronic pain' is a (non-specific) diagnosis, not an empty line: common.diagnosis is met; the
        # ESI and facet diagnosis-support rules still reject it (goldkit.dx_fails_support)
        n.absent.discard("diagnosis")
    necessity = {k: k in n.present for k in ("symptom_duration", "conservative_care", "functional_impairment", "imaging_findings", "radicular_findings")}
    necessity["diagnosis"] = "diagnosis" not in n.absent
    for d in n.drugs:
        d.setdefault("dose_unit", "mg")
    spec = {
        "id": nid, "style": style + ("+truncated" if truncated else ""), "origin": "generated", "payer": "medicare", "date_of_service": dos,
        "place_of_service": pos, "procedures": n.procs, "drugs": n.drugs, "pain": n.pain, "absent": sorted(n.absent),
        "extra_findings": n.extra_findings, "complications": n.complications, "necessity": necessity,
        "relief": relief if n.history_extra_post and not truncated else None, "dx": n.dx_written,
    }
    if "pre_procedure_pain_score" in n.absent:
        spec["pain"] = (None, spec["pain"][1])
    if n.procs[0]["family"] in ("scs_trial", "scs_implant", "pump_refill", "vertebral_augmentation") and n.pain == (None, None):
        spec["pain"] = (None, None)
    return text, goldkit.build_gold(spec)


def main(out: Path = NOTES) -> None:
    rng = random.Random(SEED)
    for split in ("dev", "test"):
        (out / split).mkdir(parents=True, exist_ok=True)
        for f in (out / split).glob("g-*"):
            f.unlink()
    for fam, count in COUNTS.items():
        n_test = round(count * 0.4)
        order = ["test" if i % 5 in (1, 3) else "dev" for i in range(count)]
        # exact 40% test per family (stratified), rest dev
        while order.count("test") > n_test:
            order[len(order) - 1 - order[::-1].index("test")] = "dev"
        while order.count("test") < n_test:
            order[order.index("dev", 0)] = "test"
        for i, split in enumerate(order):
            nid = f"g-{fam.replace('_', '-')}-{i + 1:02d}"
            text, gold = make_note(rng, fam, split, nid, i)
            (out / split / f"{nid}.txt").write_text(text, encoding="utf-8")
            (out / split / f"{nid}.json").write_text(json.dumps(gold, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
