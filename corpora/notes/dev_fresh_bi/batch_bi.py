"""Notes of the sealed untuned batch bi: GENERATOR-STYLE notes from a small seeded generator with phrasing pools
written fresh for this batch (a blind imitation of how a generated corpus half is made, without its pools).

`draw` picks the procedure (family, region, side, levels, drugs with per-site or solution doses, imaging,
contrast, sedation, payer, date) and which documentation elements the note leaves out; `render` writes it in one
of seven styles; `gold` computes the gold from what was drawn (never from Painpoint). Deterministic: fixed seed.
"""

from __future__ import annotations

import math
import random
import re

SEED = 1591
STYLES = ("caps_headers", "title_headers", "dictated", "bullets", "inline_fields", "odd_spacing", "attestation")

# family key -> count; real-practice mix (ESI 10, facet 8, SI 3, the rest 9)
PLAN = (["tfesi"] * 6 + ["ilesi"] * 3 + ["caudal"] + ["mbb"] * 4 + ["facet_ia"] + ["rfa"] * 3 + ["sij"] * 3
        + ["tpi"] * 2 + ["knee", "hip", "genb", "stellate", "lsymp", "onb", "pump"])

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
         11: "eleven", 12: "twelve", 14: "fourteen", 16: "sixteen", 18: "eighteen", 20: "twenty", 24: "twenty-four",
         60: "sixty", 65: "sixty-five", 70: "seventy", 75: "seventy-five", 80: "eighty", 85: "eighty-five",
         90: "ninety", 95: "ninety-five", 100: "one hundred"}

# ------------------------------------------------------------------ phrasing pools (our own words)
DX = {  # family group -> (text, laterality-bearing?) ; {side} filled where the diagnosis names one
    "esi_l": ["Lumbar radiculopathy (M54.16)", "Radiculopathy, lumbosacral region - M54.17",
              "M54.16 lumbar radiculopathy", "lumbar radicular pain / radiculopathy (M54.16)"],
    "esi_c": ["Cervical radiculopathy (M54.12)", "M54.12 - radiculopathy, cervical region"],
    "esi_t": ["Thoracic radiculopathy (M54.14)", "M54.14 radiculopathy, thoracic region"],
    "facet_l": ["Lumbar spondylosis without myelopathy or radiculopathy (M47.816)", "M47.816 lumbar facet arthropathy",
                "Spondylosis w/o myelopathy or radiculopathy, lumbar region (M47.816)"],
    "facet_c": ["Cervical spondylosis without myelopathy or radiculopathy (M47.812)", "M47.812 cervical facet syndrome"],
    "sij": ["Sacroiliitis, {side} (M46.1)", "M46.1 sacroiliitis, {side} side", "{Side} sacroiliitis (M46.1)"],
    "tpi": ["Myofascial pain syndrome of the {area} (M79.18)", "M79.18 myalgia, {area} muscles"],
    "knee": ["Primary osteoarthritis, right knee (M17.11)"],
    "hip": ["Unilateral primary osteoarthritis, left hip (M16.12)"],
    "genb": ["Primary osteoarthritis of the right knee, M17.11"],
    "stellate": ["Complex regional pain syndrome I of right upper limb (G90.511)"],
    "lsymp": ["CRPS type I, left lower limb - G90.522"],
    "onb": ["Occipital neuralgia (M54.81), {side}"],
    "pump": ["Failed back surgery syndrome (M96.1)"],
}
DURATION = [  # {n} months, {nw} in words
    "Symptoms x {n} mo.", "Pain present for {nw} months.", "Onset about {nw} months ago, gradually worse since.",
    "For the last {n} months this pain has not let up.", "Duration: {n} months.",
    "It has been going on since roughly {nw} months back.", "Ongoing for {nw} months now, per the patient.",
    "{Nw} months of pain, no single inciting event.", "Chronic, dating back {n} months.",
    "Has had it for well over half a year.",
]
CONS = [  # {wk} weeks of care, always with a failed / partial / not tolerated outcome
    "PT x {wk} wk, no relief; NSAIDs no help.",
    "Went through {wkw} weeks of physical therapy and a course of naproxen without meaningful improvement.",
    "Failed conservative management: {wk} weeks of supervised PT, home exercise and meloxicam, all without lasting benefit.",
    "Despite {wkw} weeks of physical therapy and daily ibuprofen, the pain persists.",
    "Not helped by {wk} weeks of chiropractic care, nor by gabapentin, which caused dizziness and was stopped.",
    "Conservative tx >= {wk} wks (PT, HEP, NSAID) -> failed.",
    "Physical therapy, {wkw} weeks of it, changed nothing; celecoxib was no better.",
    "Over the past {wk} weeks a home exercise program and acetaminophen have given only partial, short-lived relief.",
    "{Wkw} weeks of formal therapy came and went with the pain unchanged, and diclofenac upset the stomach.",
]
CONS_LISTED = ["Has done physical therapy and takes meloxicam.", "Prior care: PT, HEP, NSAIDs.",
               "Completed a course of chiropractic and is on gabapentin."]
CONS_SHORT = ["Two weeks of PT without relief.", "PT x 1 wk, stopped, no change.", "A few weeks of therapy did not help."]
FUNC = [
    "Unable to stand long enough to cook a meal.",
    "Pain limits walking to about a block and has meant time off work.",
    "ADLs impaired: trouble dressing, cannot carry groceries.",
    "Can no longer sit through a full shift at the desk.",
    "Sleep broken nightly; yard work and driving more than 20 minutes are out of the question.",
    "Function: cannot bend to garden, needs help with housework.",
    "Getting in and out of the car is a struggle, and walks with the dog have stopped.",
    "Oswestry disability index 46%, in the severe disability range.",
    "It gets in the way of everything - shopping, stairs, even putting on socks.",
]
IMGF = [  # {lv} level text, {spine}, {sidew}
    "MRI: {lv} disc protrusion contacting the {sidew} nerve root.",
    "{Spine} MRI demonstrates foraminal stenosis at {lv}, worse on the {sidew}.",
    "An MRI done this year shows a herniated disc at {lv} with root impingement.",
    "Imaging (MRI {spine} spine): broad-based bulge at {lv}, moderate lateral recess narrowing.",
    "Per the MRI report, at {lv} an extruded disc fragment abuts the traversing root.",
    "CT myelogram reveals compression of the exiting root at {lv}.",
    "Disc herniation at {lv} on MRI, correlating with the symptoms.",
    "Reviewed MRI images personally: severe neuroforaminal narrowing at {lv}.",
]
RADIC_L = [  # {sleg}: 'right leg' / 'left leg' / 'both legs'; {sfoot}
    "Pain radiates down {sleg} below the knee with numbness on top of the foot.",
    "Shooting pain into {sleg}; straight leg raise reproduces it at 45 degrees.",
    "Radicular: burning posterior thigh and calf pain in {sleg}, ankle reflex diminished.",
    "Down {sleg} it travels, to the lateral calf and great toe, with pins and needles.",
    "Electric pain in {sleg} along an L5 distribution, EHL weakness 4/5.",
    "Dermatomal paresthesias of {sleg}; SLR positive.",
    "Leg-dominant pain, {sleg} worse than the back, with tingling to the toes.",
    "Sciatica down {sleg} with decreased sensation over the lateral foot.",
]
RADIC_C = [
    "Pain radiates from the neck into {sarm} down to the thumb, with numbness.",
    "Shooting pain down {sarm} in a C6 pattern; Spurling test positive.",
    "Tingling of the fingers of {sarm} and a diminished biceps reflex.",
    "Radicular pain down {sarm} to the forearm; grip weaker on that side.",
    "Into {sarm} the pain shoots whenever the head is turned, with a numb index finger.",
    "Paresthesias of {sarm} in a C7 band, triceps jerk reduced.",
    "Arm-dominant pain, {sarm} worse than the neck, with hand numbness at night.",
    "Cervical radicular symptoms down {sarm}; sensory loss over the thumb on exam.",
]
RADIC_T = [  # {sidew}
    "Band-like pain wrapping from the spine around the {sidew} chest wall along a T10 dermatome.",
    "Burning {sidew} flank pain in a dermatomal strip, with allodynia over the {sidew} lower ribs.",
    "Radiating pain around the {sidew} lower chest in a belt distribution, numb patch on the abdomen.",
    "Thoracic radicular pain, {sidew} side, following the intercostal course to the front.",
    "Around to the {sidew} upper abdomen the pain travels, electric, worse with a cough.",
    "Dysesthesia in the {sidew} T11 dermatome; light touch reduced there.",
    "Girdle pain on the {sidew}, radicular in quality, from the mid back to the umbilicus.",
    "Shooting pain along the {sidew} rib margin, reproduced by trunk rotation.",
]
PRIOR = [  # repeat with a quantified response: {pct}, {mo} months
    "Repeat procedure; the previous injection gave {pct}% relief lasting {mo} months.",
    "Last epidural -> ~{pct}% improvement x {mo} mo.",
    "The prior epidural relieved about {pctw} percent of the pain for {mow} months before it crept back.",
    "This is the second injection at this level; the first bought {mow} months of roughly {pct}% relief.",
    "Prior ESI response: {pct}% relief, sustained {mo} months.",
    "Returned for a repeat after the last one held at {pct} percent better for {mow} months.",
    "Previous TFESI: good response, {pct}% for {mo} months, function improved.",
    "{Pctw} percent relief for {mow} months followed the last injection, so it is being repeated.",
]
PRIOR_VAGUE = ["This is a repeat injection; the last one helped somewhat.",
               "Repeat ESI - prior one helped some."]
DBR = [  # RFA: two diagnostic blocks >= 80%
    "Dual MBBs: {p1}% and {p2}% relief.",
    "Two diagnostic medial branch blocks gave {p1}% and then {p2}% relief, each for the anesthetic duration.",
    "Diagnostic blocks x2 (lidocaine, then bupivacaine): {p1}% / {p2}% pain reduction.",
    "Relief after the first comparative block was {p1wd} percent and after the second {p2wd} percent.",
    "Confirmed facet pain: MBB #1 {p1}% relief, MBB #2 {p2}% relief.",
    "Both medial branch blocks were positive, at {p1}% and {p2}%.",
    "Following two sets of MBBs the patient had {p1}% and {p2}% relief respectively.",
    "{P1wd} and {p2wd} percent relief were reported after the two diagnostic blocks.",
]
DBR_ONE = ["One diagnostic MBB last month: {p1}% relief.", "Single medial branch block gave {p1}% relief."]
SI_DBR = [
    "Diagnostic SI block earlier this year: {p1}% relief.", "Prior diagnostic {side} SI joint block gave {p1}% relief.",
    "A lidocaine SI block done before relieved {p1wd} percent of the buttock pain.",
    "Dx SIJ block -> {p1}% relief x duration of anesthetic.",
    "The confirmatory SI joint block produced {p1}% improvement in the index pain.",
    "{P1wd} percent relief was reported after the diagnostic SI joint injection.",
    "Positive diagnostic block of the SI joint ({p1}% relief) preceded today's injection.",
    "Relief after the anesthetic-only SI block: {p1}%.",
]
PCT = [  # {pct} stated relief
    "Approximately {pct}% relief after the injection.", "Relief: {pct}%.", "{Pctw} percent better afterwards.",
    "Patient estimated {pct} percent improvement.", "~{pct}% reduction of the index pain.",
    "Percent relief {pct}.", "By the patient's own estimate the pain was {pct}% less.", "Improvement of {pct} percent was reported.",
]
PRE = ["Pre-procedure pain {n}/10.", "Pain before: {n}/10.", "NRS {n}/10 on arrival.",
       "Patient rated the pain {n} out of 10 before we started.", "Baseline VAS {n}/10.", "Pre-op pain score {n}.",
       "Pain going in: {n}/10.", "Preprocedure NRS = {n}/10."]
POST = ["Post-procedure pain {n}/10.", "Pain after: {n}/10.", "NRS {n}/10 at discharge.",
        "At fifteen minutes the pain was {n} out of 10.", "Post VAS {n}/10.", "Post-op pain score {n}.",
        "Pain on leaving: {n}/10.", "Postprocedure NRS = {n}/10."]
SCALE = ["plain", "plain", "NRS", "plain", "VAS", "plain", "plain", "NRS"]  # scale named by PRE[i] / POST[i]
CONSENT = [
    "Informed consent obtained.", "Risks, benefits and alternatives discussed; written consent signed.",
    "Consent: signed, on chart.", "The patient gave informed consent after questions were answered.",
    "Written consent was obtained after a discussion of bleeding, infection and nerve injury.",
    "Verbal and written consent on file.", "Consent reviewed and signed by the patient.",
    "After explaining the risks, consent was given.",
]
TIMEOUT = [
    "Time-out performed.", "A time-out confirmed patient, side and site.", "Universal protocol time out completed.",
    "Pause for the cause done with all staff.", "Timeout: yes.", "Team time-out held before the needle.",
    "Site verified during a formal time-out.", "Before starting, the team performed a time out.",
]
SEDATION = [  # local anaesthesia only
    "No sedation; local anesthetic only.", "Performed under local alone.", "Sedation: none (local).",
    "The patient declined sedation and the procedure was done with skin local only.", "Local infiltration, no IV sedation.",
    "Awake, no sedatives given; local only.", "Anesthesia: local.", "No sedation was used.",
]
IMAGES = [  # two views saved
    "AP and lateral images saved.", "Two views stored to PACS.", "Images (AP, lateral) retained.",
    "Permanent images in two planes archived.", "Saved: AP + oblique views.",
    "Fluoroscopic images were saved in AP and lateral projections.", "Spot films x2 views kept.",
    "AP and contralateral oblique views were captured and saved.",
]
IMAGES_WEAK = ["Images saved.", "One image saved to the chart.", "An image was stored."]
COMPL = ["No complications.", "Complications: none.", "No cx.", "Tolerated well without complication.",
         "There were no complications.", "Complications - none apparent.", "No immediate complications noted.",
         "Without complication; vitals stable."]
GUIDE = {  # how the imaging is named
    "fluoroscopy": ["under fluoroscopic guidance", "with fluoroscopy", "using C-arm fluoroscopy",
                    "under live fluoro", "fluoroscopically guided", "with image intensifier guidance",
                    "under intermittent fluoroscopy", "using fluoroscopic imaging"],
    "ultrasound": ["under ultrasound guidance", "with ultrasound", "using a linear ultrasound probe",
                   "US-guided", "with real-time sonography", "under sonographic guidance",
                   "with a high-frequency ultrasound probe", "using ultrasound imaging"],
    "none": ["by landmarks", "by palpation", "landmark technique", "using surface landmarks",
             "by palpation of the landmarks", "landmark-guided", "by anatomic landmarks", "with landmark palpation"],
}
CONTRAST = [  # {agent}, {ml}
    "{agent} {ml} mL showed the expected spread, no vascular uptake.",
    "Contrast ({agent}, {ml} mL) outlined the target without intravascular runoff.",
    "{ml} mL of {agent} confirmed placement.", "Injected {agent} {ml} mL: good flow, no vascular pattern.",
    "Needle position was confirmed with {ml} mL {agent}.", "After {ml} mL of {agent}, the spread looked right.",
    "{agent} ({ml} mL) - appropriate pattern seen.", "Contrast: {agent}, {ml} mL; negative for vascular spread.",
]
DISPO = ["Discharged home in stable condition.", "D/c home with a ride.", "Home with written instructions.",
         "Follow-up in clinic in four weeks.", "Returned to recovery, then home."]
ATTEST = ("I personally performed the procedure described above, was present for its entirety, and have reviewed "
          "and agree with this documentation. The note was dictated and electronically signed.")
TRUNC_TAIL = ["Patient was observed in recovery and then discharged home in sta",
              "Post-procedure the patient was taken to recov"]


def _cap(s: str) -> str:
    """Upper-case the first letter (for pool lines that start with a filled-in word)."""
    return s[:1].upper() + s[1:]


def _w(n: int) -> str:
    """A number in words where we have one (numbers as words are a deliberate reading hazard)."""
    return WORDS.get(n, str(n))


def _lvtext(rng: random.Random, lv: str) -> str:
    """A normalised level ('L4-L5') written the way notes write it ('L4-5', 'L4/5', 'L4-L5')."""
    if "-" not in lv:
        return lv
    a, b = lv.split("-")
    if a[0] == b[0]:
        return rng.choice([lv, f"{a}-{b[1:]}", f"{a}/{b[1:]}"])
    return rng.choice([lv, f"{a}/{b}"])


# ------------------------------------------------------------------ drawing
def draw(rng: random.Random, fam: str, k: int, incomplete: bool, truncated: bool) -> dict:
    """Draw one procedure and the documentation gaps of the note (`omit`: element keys left out)."""
    s: dict = {"fam": fam, "k": k, "style": rng.choice(STYLES), "truncated": truncated, "omit": set()}
    s["pos"] = rng.choice(["11", "11", "11", "22", "24"])
    s["payer"] = rng.choice(["medicare"] * 5 + ["medicare_cgs", "medicare_fcso"])
    s["dos"] = f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
    s["pre"] = rng.randint(5, 9)
    s["post"] = rng.randint(0, min(4, s["pre"] - 3))
    s["months"] = rng.choice([4, 5, 6, 7, 8, 9, 10, 12, 18, 24])
    s["wk"] = rng.choice([6, 8, 10, 12, 14, 16])
    s["repeat"] = False
    s["sedation"] = rng.random() < 0.4
    s["skin"] = rng.random() < 0.4  # skin wheal with lidocaine
    s["sidew"] = rng.choice(["right", "left"])
    s["bilateral"] = False
    region = "lumbar"
    opts: list[str] = ["timeout"]
    if fam in ("tfesi", "ilesi", "caudal"):
        r = rng.random()
        region = "cervical" if (fam != "caudal" and r < 0.25) else ("sacral" if fam == "caudal" else "lumbar")
        if fam == "ilesi" and 0.25 <= r < 0.45:
            region = "thoracic"
        if fam == "tfesi":
            s["bilateral"] = rng.random() < 0.3
            pool = ["L3-L4", "L4-L5", "L5-S1"] if region == "lumbar" else ["C5-C6", "C6-C7"]
            n = rng.choice([1, 1, 2])
            start = rng.randrange(len(pool) - n + 1)
            s["levels"] = sorted(pool[start:start + n])
        elif fam == "ilesi":
            s["levels"] = [rng.choice({"lumbar": ["L4-L5", "L5-S1", "L3-L4"], "cervical": ["C6-C7", "C7-T1"],
                                       "thoracic": ["T10-T11", "T11-T12"]}[region])]
        else:
            s["levels"] = []
        s["imgfind_lv"] = s["levels"][0] if s["levels"] else "L4-L5"
        s["repeat"] = rng.random() < 0.35
        opts += ["cons", "func", "imgfind", "radic", "images", "duration", "cons_listed"]
        if s["repeat"]:
            opts.append("prior")
        s["contrast"] = rng.choice([("Omnipaque 240", "iohexol", 240), ("Omnipaque 300", "iohexol", 300),
                                    ("Isovue-M 200", "iopamidol", 200), ("Isovue-M 300", "iopamidol", 300)])
        s["contrast_ml"] = rng.choice([1, 2, 3])
        s["steroid"] = rng.choice(["tri", "mp", "dex", "beta"])
        s["anes"] = rng.choice(["bupi", "lido", "ropi", None])
        s["solution"] = rng.random() < 0.5
    elif fam in ("mbb", "facet_ia", "rfa"):
        region = "cervical" if rng.random() < 0.25 else "lumbar"
        s["bilateral"] = rng.random() < 0.4
        pool = ["L3-L4", "L4-L5", "L5-S1"] if region == "lumbar" else ["C3-C4", "C4-C5", "C5-C6"]
        n = rng.choice([1, 2, 2])
        start = rng.randrange(len(pool) - n + 1)
        s["levels"] = pool[start:start + n]
        opts += ["cons", "func", "duration", "post"]
        if fam == "rfa":
            opts += ["dbr", "dbr"]
        s["anes"] = rng.choice(["bupi", "lido", "ropi"])
        s["steroid"] = rng.choice(["tri", "mp"]) if fam == "facet_ia" else None
        s["temp"] = rng.choice([80, 85, 90])
    elif fam == "sij":
        region = "sacroiliac"
        s["bilateral"] = rng.random() < 0.3
        s["intent"] = "diagnostic" if s["k"] == 0 else "therapeutic"
        if s["intent"] == "diagnostic":
            s["pre"], s["post"] = 8, 1
        opts += ["images", "pct", "cons"]
        s["contrast"] = rng.choice([("Omnipaque 300", "iohexol", 300), ("Isovue 300", "iopamidol", 300)])
        s["contrast_ml"] = rng.choice([1, 2])
        s["steroid"] = None if s["intent"] == "diagnostic" else rng.choice(["tri", "mp", "beta"])
        s["anes"] = rng.choice(["bupi", "lido", "ropi"])
    elif fam == "tpi":
        s["area"] = rng.choice(["low back", "neck and upper back"])
        region = "lumbar" if s["area"] == "low back" else "cervical"
        opts += ["pct", "consent"]
        s["anes"] = rng.choice(["bupi", "lido"])
    if fam in ("stellate", "lsymp"):
        s["contrast"] = rng.choice([("Omnipaque 300", "iohexol", 300), ("Omnipaque 240", "iohexol", 240),
                                    ("Isovue-M 200", "iopamidol", 200)])
        s["contrast_ml"] = rng.choice([1, 2, 3])
        s["anes"] = rng.choice(["bupi", "ropi"])
    elif fam in ("knee", "hip", "onb"):
        s["steroid"] = {"knee": "tri", "hip": "mp", "onb": "dex"}[fam]
        s["anes"] = rng.choice(["lido", "bupi", "ropi"])
    elif fam == "genb":
        s["anes"] = rng.choice(["bupi", "ropi"])
    s["region"] = region
    s["p1"], s["p2"] = rng.choice([80, 85, 90, 95]), rng.choice([80, 85, 90, 100])
    s["prior_pct"], s["prior_mo"] = rng.choice([60, 65, 70, 75, 80]), rng.choice([4, 5, 6, 7])
    if fam in ("knee", "hip", "genb", "stellate", "lsymp", "onb", "pump"):
        opts += ["consent"]
    if incomplete:
        n = 2 if (rng.random() < 0.3 and len(opts) > 3) else 1
        for o in rng.sample(opts, n):
            s["omit"].add(o)
        if "cons" in s["omit"] and "cons_listed" in s["omit"]:
            s["omit"].discard("cons_listed")
        if "duration" in s["omit"] and "func" in s["omit"]:
            s["omit"].discard("func")
    if truncated:
        s["omit"] |= {"post", "compl"}
    if "post" in s["omit"] and fam in ("sij", "tpi"):  # the stated relief goes with the post score
        s["omit"].add("pct")
    return s


# ------------------------------------------------------------------ drugs
STEROIDS = {  # key -> (generic, names to write, mg/mL choices, J code, billing unit mg)
    "tri": ("triamcinolone_acetonide", ["Kenalog", "triamcinolone", "Kenalog-40"], [40], "J3301", 10),
    "mp": ("methylprednisolone_acetate", ["Depo-Medrol", "methylprednisolone acetate", "DepoMedrol"], [40, 80], "J1010", 1),
    "dex": ("dexamethasone_sodium_phosphate", ["dexamethasone", "Decadron", "dexamethasone sodium phosphate"], [10, 4], "J1100", 1),
    "beta": ("betamethasone_sodium_phosphate_acetate", ["Celestone Soluspan", "betamethasone"], [6], "J0702", 6),
}
ANES = {  # key -> (generic, names, strength % choices)
    "bupi": ("bupivacaine", ["bupivacaine", "Marcaine", "Sensorcaine"], [0.25, 0.5]),
    "lido": ("lidocaine", ["lidocaine", "Xylocaine", "lidocaine PF"], [1, 2]),
    "ropi": ("ropivacaine", ["ropivacaine", "Naropin"], [0.2, 0.5]),
}


def _num(x: float) -> str:
    """Write a dose without a trailing '.0'."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def injectate(rng: random.Random, s: dict, sites: int, where: str) -> tuple[str, dict]:
    """Render the injectate for `sites` sites; return (sentence, {generic: mg}). Per-site or solution-based."""
    doses: dict[str, float] = {}
    st = STEROIDS.get(s.get("steroid") or "")
    an = ANES.get(s.get("anes") or "")
    sname = rng.choice(st[1]) if st else ""
    conc = rng.choice(st[2]) if st else 0
    pct = rng.choice(an[2]) if an else 0
    aname = rng.choice(an[1]) if an else ""
    if st and an and s.get("solution") and sites > 1:
        # solution: s_ml steroid + a_ml anaesthetic, v mL of it at each site
        s_ml, a_ml = rng.choice([(1, 1), (2, 2), (1, 2)])
        v = rng.choice([0.5, 1]) if (s_ml + a_ml) >= sites else (s_ml + a_ml) / sites
        frac_s = s_ml / (s_ml + a_ml)
        doses[st[0]] = round(v * sites * frac_s * conc, 3)
        doses[an[0]] = round(v * sites * (1 - frac_s) * pct * 10, 3)
        txt = rng.choice([
            f"A mixture of {s_ml} mL {sname} ({conc} mg/mL) and {a_ml} mL {_num(pct)}% {aname} was drawn up; {_num(v)} mL was injected at each of the {_w(sites)} {where}.",
            f"Injectate prepared as {sname} {conc} mg/mL {s_ml} mL + {aname} {_num(pct)}% {a_ml} mL, {_num(v)} mL per site x {sites} sites ({where}).",
            f"{_num(v)} mL of a solution made from {s_ml} mL of {conc} mg/mL {sname} plus {a_ml} mL of {_num(pct)}% {aname} went in at each of the {where} ({sites} total).",
        ])
        return txt, doses
    parts = []
    if st:
        mg_site = rng.choice([m for m in (conc * 0.5, conc * 1, conc * 2) if m * sites <= 80] or [conc * 0.5])
        if st[0] == "dexamethasone_sodium_phosphate":
            mg_site = rng.choice([4, 5]) if sites > 1 else rng.choice([4, 10])
        if st[0] == "betamethasone_sodium_phosphate_acetate":
            mg_site = 6 if sites <= 2 else 3
        doses[st[0]] = mg_site * sites
        ml = mg_site / conc
        per = "" if sites == 1 else (" at each site" if rng.random() < 0.5 else " per injection")
        parts.append(rng.choice([f"{sname} {_num(mg_site)} mg ({_num(ml)} mL){per}",
                                 f"{_num(mg_site)} mg of {sname}{per}", f"{sname} {_num(mg_site)} mg{per}"]))
    if an:
        ml_a = rng.choice([0.5, 1, 2]) if sites > 1 else rng.choice([1, 2, 3])
        doses[an[0]] = round(ml_a * sites * pct * 10, 3)
        per = "" if sites == 1 else (" each" if rng.random() < 0.5 else " at every target")
        parts.append(rng.choice([f"{_num(ml_a)} mL of {_num(pct)}% {aname}{per}", f"{aname} {_num(pct)}% {_num(ml_a)} mL{per}"]))
    if not parts:
        return "", doses
    joined = " with ".join(parts) if len(parts) == 2 else parts[0]
    lead = rng.choice(["Injected: ", "Then ", "Medication: ", "We injected ", "Delivered: "])
    tail = f" ({_w(sites)} {where})." if sites > 1 else "."
    return lead + joined + tail, doses


# ------------------------------------------------------------------ rendering
NERVE_RULE = "joint Xa-Xb is supplied by the medial branches of Xa-1 and Xa (lumbar), Xa and Xb (cervical); L5-S1 by L4 MB + L5 DR"


def nerves(levels: list[str], region: str) -> list[str]:
    """Medial-branch targets for facet joints (one more than the joints, per side): see NERVE_RULE."""
    out: list[str] = []
    for j in levels:
        a, b = j.split("-")
        if region == "cervical":
            names = [f"{a} medial branch", f"{b} medial branch"]
        elif b == "S1":
            names = ["L4 medial branch", "L5 dorsal ramus"]
        else:
            names = [f"L{int(a[1:]) - 1} medial branch", f"{a} medial branch"]
        out += [n for n in names if n not in out]
    return out


def _side_words(s: dict) -> dict:
    """Side fields for the pools: side word, capitalised, and limb phrases."""
    side = "bilateral" if s["bilateral"] else s["sidew"]
    return {"side": side, "Side": side.capitalize(), "sidew": s["sidew"],
            "sleg": "both legs" if s["bilateral"] else f"the {s['sidew']} leg",
            "sarm": "both arms" if s["bilateral"] else f"the {s['sidew']} arm"}


def _pick(rng: random.Random, pool: list[str], **kw) -> str:
    """One paraphrase from `pool`, filled in (capitalised field variants come from `kw`)."""
    kw.update({k[:1].upper() + k[1:]: str(v)[:1].upper() + str(v)[1:] for k, v in list(kw.items()) if isinstance(v, str)})
    return rng.choice(pool).format(**kw)


TPI_MUSCLES = {"low back": ["quadratus lumborum", "lumbar paraspinal", "gluteus medius"],
               "neck and upper back": ["upper trapezius", "levator scapulae", "rhomboid"]}


def render(rng: random.Random, s: dict) -> tuple[str, dict]:
    """Write the note; return (text, facts) where facts holds the drug totals and what was written."""
    fam, om = s["fam"], s["omit"]
    sw = _side_words(s)
    lvs = [_lvtext(rng, lv) for lv in s.get("levels", [])]
    lvjoin = " and ".join(lvs)
    guide_mod = {"hip": "ultrasound", "genb": "ultrasound", "knee": "none", "onb": "none", "tpi": None,
                 "pump": None}.get(fam, "fluoroscopy")
    s["imaging"] = guide_mod
    guide = rng.choice(GUIDE[guide_mod]) if guide_mod else ""
    items: list[tuple[str, str]] = []
    doses: dict[str, float] = {}
    contrast_written = False
    side = sw["side"]
    # -- title
    title = {
        "tfesi": f"{sw['Side']} {lvjoin} transforaminal epidural steroid injection",
        "ilesi": f"{lvjoin} interlaminar epidural steroid injection",
        "caudal": "Caudal epidural steroid injection",
        "mbb": f"{sw['Side']} {lvjoin} facet medial branch blocks, diagnostic",
        "facet_ia": f"{sw['Side']} {lvjoin} intra-articular facet joint injection, diagnostic",
        "rfa": f"{sw['Side']} {s['region']} radiofrequency ablation, medial branches to the {lvjoin} facet joints",
        "sij": f"{sw['Side']} sacroiliac joint injection ({s.get('intent')})",
        "tpi": f"Trigger point injections, {s.get('area')}",
        "knee": "Right knee intra-articular injection", "hip": "Left hip joint injection",
        "genb": "Right genicular nerve block", "stellate": "Right stellate ganglion block",
        "lsymp": "Left lumbar sympathetic block", "onb": f"{s['sidew'].capitalize()} greater occipital nerve block",
        "pump": "Intrathecal pump refill",
    }[fam]
    items.append(("Procedure", title + "."))
    # -- diagnosis
    grp = {"tfesi": "esi", "ilesi": "esi", "caudal": "esi", "mbb": "facet", "facet_ia": "facet", "rfa": "facet"}.get(fam, fam)
    if grp in ("esi", "facet"):
        grp += {"cervical": "_c", "thoracic": "_t"}.get(s["region"], "_l")
    items.append(("Diagnosis", _pick(rng, DX[grp], side=side if fam != "onb" else s["sidew"], area=s.get("area", ""))))
    # -- history
    nw = _w(s["months"])
    if "duration" not in om and fam not in ("pump",):
        items.append(("History", _pick(rng, DURATION, n=str(s["months"]), nw=nw)))
    if grp.startswith("esi") and "radic" not in om:
        pool = {"cervical": RADIC_C, "thoracic": RADIC_T}.get(s["region"], RADIC_L)
        items.append(("Exam", _pick(rng, pool, **sw)))
    if fam == "tpi":
        mus = TPI_MUSCLES[s["area"]]
        items.append(("Exam", f"Taut bands with local twitch responses and referred pain in the {', '.join(mus[:2])} and {mus[2]} muscles."))
    if fam in ("tfesi", "ilesi", "caudal", "mbb", "facet_ia", "rfa", "sij"):
        if "cons" in om and fam in ("mbb", "facet_ia", "rfa"):  # facet care has no minimum length in the KB
            items.append(("Conservative care", rng.choice(CONS_LISTED)))
        elif "cons" in om:
            items.append(("Conservative care", rng.choice(CONS_SHORT)))
        elif "cons_listed" in om:
            items.append(("Conservative care", rng.choice(CONS_LISTED)))
        else:
            wk = s["wk"]
            items.append(("Conservative care", _pick(rng, CONS, wk=str(wk), wkw=_w(wk))))
    if fam not in ("pump",) and "func" not in om:
        items.append(("Function", rng.choice(FUNC)))
    if grp.startswith("esi") and "imgfind" not in om:
        items.append(("Imaging", _pick(rng, IMGF, lv=_lvtext(rng, s["imgfind_lv"]), sidew=s["sidew"],
                                       spine=s["region"] if s["region"] in ("cervical", "thoracic") else "lumbar")))
    if s["repeat"]:
        if "prior" in om:
            items.append(("Prior procedure", rng.choice(PRIOR_VAGUE)))
        else:
            items.append(("Prior procedure", _pick(rng, PRIOR, pct=str(s["prior_pct"]), pctw=_w(s["prior_pct"]),
                                                   mo=str(s["prior_mo"]), mow=_w(s["prior_mo"]))))
    if fam == "rfa":
        pool = DBR_ONE if "dbr" in om else DBR
        items.append(("Diagnostic blocks", _pick(rng, pool, p1=str(s["p1"]), p2=str(s["p2"]), p1wd=_w(s["p1"]),
                                                 p2wd=_w(s["p2"]))))
    if fam == "sij" and s["intent"] == "therapeutic":
        items.append(("Diagnostic block", _pick(rng, SI_DBR, p1=str(s["p1"]), p1wd=_w(s["p1"]), side=side)))
    if fam == "pump":
        items.append(("Indication", "Intractable low back and leg pain after lumbar fusion, maintained on intrathecal morphine; reservoir due for refill."))
    # -- pre score, consent, time-out, sedation
    if fam != "pump":
        s["pre_i"] = rng.randrange(len(PRE))
        items.append(("Pre-procedure", PRE[s["pre_i"]].format(n=s["pre"])))
    if "consent" not in om:
        items.append(("Consent", rng.choice(CONSENT)))
    if "timeout" not in om:
        items.append(("Time-out", rng.choice(TIMEOUT)))
    if s["sedation"] and fam != "pump":
        items.append(("Sedation", rng.choice(SEDATION)))
    # -- technique
    tech: list[str] = []
    if s["skin"] and fam != "pump":
        ml = rng.choice([2, 3, 5])
        doses["lidocaine"] = doses.get("lidocaine", 0) + ml * 10
        tech.append(rng.choice([f"Skin anesthetized with {ml} mL of 1% lidocaine.", f"Skin wheal: lidocaine 1%, {ml} mL.",
                                f"{ml} mL 1% lidocaine to the skin and track."]))
    nsides = 2 if s["bilateral"] else 1
    sites, where = 1, "site"
    if fam == "tfesi":
        fx = "foramina" if len(lvs) > 1 else "foramen"
        where_tf = f"{'' if s['bilateral'] else side + ' '}{lvjoin} neural {fx}{' on both sides' if s['bilateral'] else ''}"
        tech.append(rng.choice([
            f"A 22 g spinal needle was directed {guide} into the {where_tf}, transforaminal approach.",
            f"Transforaminal technique: oblique view, needle {guide} to the {where_tf} (safe triangle).",
            f"The {where_tf} entered via a transforaminal route, {guide}.",
            f"Subpedicular approach {guide}; needle tip in the {where_tf}.",
        ]))
        sites, where = len(lvs) * nsides, "foramina" if len(lvs) * nsides > 1 else "foramen"
    elif fam == "ilesi":
        tech.append(rng.choice([f"Interlaminar entry at {lvjoin}, {guide}; loss of resistance to saline with a 20 g Tuohy.",
                                f"With a Tuohy needle the {lvjoin} epidural space was reached by loss of resistance, {guide}, midline interlaminar approach."]))
    elif fam == "caudal":
        tech.append(rng.choice([f"Through the sacral hiatus the needle was seated in the caudal epidural space {guide}.",
                                f"Caudal approach: sacral hiatus entered {guide}, loss of resistance felt.",
                                f"Via the sacrococcygeal ligament a needle reached the caudal canal {guide}."]))
    elif fam in ("mbb", "rfa"):
        nv = nerves(s["levels"], s["region"])
        sides_txt = " on both sides" if s["bilateral"] else f" on the {side}"
        if fam == "mbb":
            tech.append(f"Needles placed {guide} at the {', '.join(nv)}{sides_txt}.")
        else:
            tech.append(f"RF cannulas placed {guide} along the {', '.join(nv)}{sides_txt}; sensory and motor testing without radicular response.")
        sites, where = len(nv) * nsides, "targets"
    elif fam == "facet_ia":
        tech.append(f"Spinal needles entered the {side} {lvjoin} facet joints {guide}.")
        sites, where = len(lvs) * nsides, "joints" if len(lvs) * nsides > 1 else "joint"
    elif fam == "sij":
        jt = f"{side} sacroiliac joint{'s' if s['bilateral'] else ''}"
        tech.append(rng.choice([f"A 22 g needle was advanced into the inferior {jt} {guide}, intra-articular.",
                                f"Intra-articular placement in the {jt} {guide}, needle in the inferior recess.",
                                f"Into the lower pole of the {jt} went a 3.5 inch needle, {guide}."]))
        sites, where = nsides, "joints" if nsides > 1 else "joint"
    elif fam == "tpi":
        mus = TPI_MUSCLES[s["area"]]
        tech.append(f"27 g needle into each trigger point ({', '.join(mus)}).")
        sites, where = 3, "muscles"
    elif fam == "knee":
        tech.append(f"Superolateral approach to the right knee joint {guide}.")
    elif fam == "hip":
        tech.append(f"Anterior approach to the left hip joint {guide}; a needle-tip image was saved.")
    elif fam == "genb":
        tech.append(f"Superomedial, superolateral and inferomedial genicular nerves of the right knee targeted {guide}.")
        sites, where = 3, "nerves"
    elif fam == "stellate":
        tech.append(f"Right C6 anterior tubercle approach {guide}.")
    elif fam == "lsymp":
        tech.append(f"Left L3 anterolateral vertebral body targeted {guide}.")
    elif fam == "onb":
        tech.append(f"The {s['sidew']} greater occipital nerve was blocked {guide} medial to the occipital artery.")
    if fam == "pump":
        tech.append("I performed the refill myself. Residual 2 mL withdrawn; 18 mL of morphine 10 mg/mL placed in the reservoir. Pump not reprogrammed; rate unchanged.")
        doses["morphine"] = 180
    if "contrast" in s and fam in ("tfesi", "ilesi", "caudal", "sij", "stellate", "lsymp"):
        agent, generic, _ = s["contrast"]
        tech.append(_pick(rng, CONTRAST, agent=agent, ml=str(s["contrast_ml"])))
        doses[generic] = s["contrast_ml"]
        contrast_written = True
    if fam != "pump":
        txt, d = injectate(rng, s, sites, where)
        if txt:
            tech.append(txt)
        for g, v in d.items():
            doses[g] = round(doses.get(g, 0) + v, 3)
    if fam == "rfa":
        tech.append(rng.choice([f"Lesions at {s['temp']} C for 90 seconds at each target.",
                                f"Thermal RF {s['temp']} degrees C x 90 s per lesion.",
                                f"Each nerve was lesioned at {s['temp']}°C for ninety seconds."]))
    items.append(("Technique", " ".join(tech)))
    if fam in ("tfesi", "ilesi", "caudal", "sij"):
        items.append(("Images", rng.choice(IMAGES_WEAK if "images" in om else IMAGES)))
    # -- after
    relief = round((s["pre"] - s["post"]) / s["pre"] * 100)
    if "post" not in om and fam != "pump":
        same = [i for i in range(len(POST)) if SCALE[i] == SCALE[s.get("pre_i", 0)]]  # post on the pre's scale
        items.append(("Post-procedure", POST[rng.choice(same)].format(n=s["post"])))
        if fam in ("sij", "tpi") and "pct" not in om:
            items.append(("Relief", _pick(rng, PCT, pct=str(relief), pctw=_w(relief))))
    if "compl" not in om:
        items.append(("Complications", rng.choice(COMPL)))
    s["relief"] = relief
    # the layout has its own stream, so that a change of wording never changes what later notes draw
    text = style(random.Random(f"{SEED}-{s['fam']}-{s['k']}"), s, items)
    return text, {"doses": doses, "contrast": contrast_written, "sites": sites}


def style(rng: random.Random, s: dict, items: list[tuple[str, str]]) -> str:
    """Lay the items out in the note's style."""
    st = s["style"]
    if st == "caps_headers":
        out = "\n".join(f"{lab.upper()}:\n{txt}\n" for lab, txt in items)
    elif st in ("title_headers", "attestation"):
        out = "\n".join(f"{lab.title()}: {txt}" for lab, txt in items)
        if st == "attestation":
            out += "\n\nAttestation: " + ATTEST
    elif st == "dictated":
        sents = [txt if txt.endswith(".") else txt + "." for _, txt in items]
        first = sents[0][0].lower() + sents[0][1:] if sents[0][1:2].islower() else sents[0]
        sents[0] = "Procedure performed today: " + first
        paras, i = [], 0
        while i < len(sents):
            n = rng.choice([2, 3, 4])
            paras.append(" ".join(sents[i:i + n]))
            i += n
        out = "\n\n".join(paras)
    elif st == "bullets":
        mark = rng.choice(["-", "*", "•"])
        out = "\n".join(f"{mark} {lab}: {txt}" for lab, txt in items)
    elif st == "inline_fields":
        lines, cur = [], []
        for lab, txt in items:
            if len(txt) > 60:
                if cur:
                    lines.append("   ".join(cur))
                    cur = []
                lines.append(f"{lab}: {txt}")
            else:
                cur.append(f"{lab}: {txt}")
                if len(cur) == 3:
                    lines.append("   ".join(cur))
                    cur = []
        if cur:
            lines.append("   ".join(cur))
        out = "\n".join(lines)
    else:  # odd_spacing: double spaces, stray tabs, blank lines, lines broken mid-sentence (at spaces)
        body = "  ".join(f"{lab}:\t{txt}" if rng.random() < 0.5 else txt for lab, txt in items)
        words = body.split(" ")
        lines, cur = [], ""
        width = rng.choice([48, 57, 66])
        for w in words:
            if len(cur) + len(w) > width and cur:
                lines.append(cur.rstrip(" ") + (" \t" if rng.random() < 0.15 else ""))
                if rng.random() < 0.12:
                    lines.append("")
                cur = ""
            cur += w + " "
        lines.append(cur.rstrip())
        out = "\n".join(lines)
    if "compl" not in s["omit"]:
        out += "\n" + rng.choice(DISPO)
    if s["truncated"]:
        out += "\n" + rng.choice(TRUNC_TAIL)
    return out.strip("\n") + "\n"


# ------------------------------------------------------------------ gold
FAMILY = {"tfesi": "transforaminal_epidural", "ilesi": "interlaminar_epidural", "caudal": "interlaminar_epidural",
          "mbb": "facet_injection", "facet_ia": "facet_injection", "rfa": "facet_rfa", "sij": "si_joint_injection",
          "tpi": "trigger_point", "knee": "joint_injection", "hip": "joint_injection",
          "genb": "genicular_nerve_block", "stellate": "sympathetic_block", "lsymp": "sympathetic_block",
          "onb": "occipital_nerve_block", "pump": "pump_refill"}
OMIT_ELEMENT = {"timeout": "time_out", "consent": "consent", "cons": "conservative_care",
                "cons_listed": "conservative_care", "func": "functional_impairment", "duration": "symptom_duration",
                "imgfind": "imaging_findings", "radic": "indication", "images": "saved_images",
                "prior": "prior_procedure_response", "dbr": "diagnostic_block_relief", "pct": "percent_relief",
                "post": "post_procedure_pain_score", "compl": "complications"}
OMIT_NEED = {"cons": "conservative_care", "cons_listed": "conservative_care", "func": "functional_impairment",
             "duration": "symptom_duration", "imgfind": "imaging_findings", "radic": "radicular_findings"}
Q_CODE = {200: "Q9966", 240: "Q9966", 300: "Q9967"}


def gold(s: dict, facts: dict, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> dict:  # noqa: N803
    """The gold of one drawn note: procedure, drugs, codes and the findings its gaps raise."""
    fam, om = s["fam"], s["omit"]
    side = "bilateral" if s["bilateral"] else s["sidew"]
    paired = fam in ("tfesi", "mbb", "facet_ia", "rfa", "sij")
    mod = ["50"] if s["bilateral"] else ["RT" if side == "right" else "LT"]
    f = dict(approach=None, target=None, region=s["region"], laterality=side if paired else None,
             levels=list(s.get("levels", [])), imaging=s["imaging"], contrast=True if facts["contrast"] else None,
             intent=None, sedation="local" if s["sedation"] and fam != "pump" else None)
    codes: list[dict] = []
    nlev = len(s.get("levels", []))
    if fam == "tfesi":
        f.update(approach="transforaminal", intent="therapeutic")
        base, add = ("64483", "64484") if s["region"] == "lumbar" else ("64479", "64480")
        codes.append(line(base, *mod))
        if nlev > 1:
            codes.append(line(add, *mod, units=nlev - 1))
    elif fam in ("ilesi", "caudal"):
        f.update(approach="interlaminar" if fam == "ilesi" else "caudal", intent="therapeutic")
        codes.append(line("62321" if s["region"] in ("cervical", "thoracic") else "62323"))
    elif fam in ("mbb", "facet_ia"):
        f.update(approach="medial_branch" if fam == "mbb" else "intra_articular", intent="diagnostic")
        base, add = ("64493", "64494") if s["region"] == "lumbar" else ("64490", "64491")
        codes.append(line(base, *mod, "KX"))
        if nlev > 1:
            codes.append(line(add, *mod, "KX"))
    elif fam == "rfa":
        f.update(approach="medial_branch", intent="therapeutic")
        base, add = ("64635", "64636") if s["region"] == "lumbar" else ("64633", "64634")
        codes.append(line(base, *mod))
        if nlev > 1:
            codes.append(line(add, *mod, units=nlev - 1))
    elif fam == "sij":
        f.update(approach="intra_articular", intent=s["intent"])
        codes.append(line("27096", *mod))
    elif fam == "tpi":
        codes.append(line("20553"))
    elif fam == "knee":
        f.update(target="knee", region="knee", laterality="right")
        codes.append(line("20610", "RT"))
    elif fam == "hip":
        f.update(target="hip", region="hip", laterality="left")
        codes.append(line("20611", "LT"))
    elif fam == "genb":
        f.update(target="knee", region="knee", laterality="right")
        codes.append(line("64454", "RT"))
    elif fam in ("stellate", "lsymp"):
        f.update(target="stellate" if fam == "stellate" else "lumbar_sympathetic",
                 region="cervical" if fam == "stellate" else "lumbar",
                 laterality="right" if fam == "stellate" else "left")
        codes.append(line("64510" if fam == "stellate" else "64520"))
        codes.append(line("77002", *(["26"] if s["pos"] != "11" else [])))
        if s["pos"] == "11":
            codes.append(line(Q_CODE[s["contrast"][2]], units=s["contrast_ml"]))
    elif fam == "onb":
        f.update(target="greater_occipital", region="occipital", laterality=s["sidew"])
        codes.append(line("64405", "RT" if s["sidew"] == "right" else "LT"))
    elif fam == "pump":
        f.update(region=None, imaging=None)
        codes.append(line("95991"))
    procs = [proc(FAMILY[fam], **f)]
    drugs = []
    contrast_unit = {"iohexol", "iopamidol"}
    for g, v in sorted(facts["doses"].items()):
        drugs.append(given(g, v, "ml" if g in contrast_unit else "mg"))
    if s["pos"] == "11":
        for key, (g, _, _, jcode, per) in STEROIDS.items():
            if g in facts["doses"]:
                codes.append(line(jcode, units=math.ceil(facts["doses"][g] / per - 1e-9)))
    findings = sorted({OMIT_ELEMENT[o] for o in om})
    if fam in ("tfesi", "ilesi", "caudal"):
        need = ESI_NEED
    elif fam in ("mbb", "facet_ia", "rfa", "sij"):
        need = SPINE_NEED
    else:
        need = ("diagnosis",)
    need = minus(need, *[OMIT_NEED[o] for o in om if o in OMIT_NEED])
    pain = (None if fam == "pump" else s["pre"], None if ("post" in om or fam == "pump") else s["post"])
    style = s["style"] + ("+truncated" if s["truncated"] else "")
    comment = None
    if om:
        comment = "generator left out: " + ", ".join(sorted(om))
    return dict(procs=procs, drugs=drugs, pain=pain, need=need, codes=codes, findings=findings, dos=s["dos"],
                pos=s["pos"], consent="consent" not in om, complications=None if "compl" in om else "none",
                comment=comment, payer=s["payer"], style=style)


def notes() -> list[tuple[str, str, dict]]:
    """Draw and render the 30 notes: (id, text, spec-with-facts), deterministic from SEED."""
    rng = random.Random(SEED)
    order = list(range(len(PLAN)))
    incomplete = set(rng.sample(order, 12))
    truncated = set(rng.sample(sorted(incomplete), 2))
    counters: dict[str, int] = {}
    out = []
    for i, fam in enumerate(PLAN):
        k = counters.get(fam, 0)
        counters[fam] = k + 1
        s = draw(rng, fam, k, i in incomplete and i not in truncated, i in truncated)
        text, facts = render(rng, s)
        out.append((f"fbi-{fam.replace('_', '')}-{k + 1:02d}", text, s | {"facts": facts}))
    return out


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note with the gold computed from what the generator drew."""
    for nid, text, s in notes():
        g = gold(s, s["facts"], proc, line, given, ESI_NEED, SPINE_NEED, minus)
        style = g.pop("style")
        add(nid, style, text, **g)
