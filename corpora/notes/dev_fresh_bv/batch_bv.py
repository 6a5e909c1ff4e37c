"""Sealed batch `dev_fresh_bv` (`fbv-*`): a second, independent note generator and its 30 procedure specs.

A small deterministic generator (fixed `SEED`) renders each spec in one of seven styles (capitalised headers,
title-case headers, dictated paragraphs, bullets, inline `Label: value` fields, odd spacing, boilerplate
attestation) from phrasing pools written fresh for this batch, at least eight paraphrases per documentation
element. Each pool is drawn as a shuffled deck, so the paraphrases spread over the notes instead of repeating.

The gold of each spec (procedures, drug totals, claim lines, finding elements, necessity flags) was labelled by
hand from the spec and the conventions of `corpora/README.md`, before and without any Painpoint run; the kit of
`dev_fresh_d/make_notes.py` (`add`, `proc`, `line`, `given`) writes the JSON. Elements a spec leaves out are its
`omit`; two notes are cut off mid-sentence (`tail`).
"""

from __future__ import annotations

import datetime as dt
import random
import re

SEED = 730419

# ------------------------------------------------------------------------------------------------------------
# Phrasing pools. Placeholders are filled from the note's context (`_ctx`); pronouns are {She} {she} {Her}
# {her} {her_obj}. A pool entry is a template, or (tags, template) where the tags say which notes it fits.
# ------------------------------------------------------------------------------------------------------------

RADICULAR = [
    "Pain radiates from the spine down {limbs} into the {dist}, and the exam shows {sign}.",
    "{She} describes a burning, electric pain running down {limbs} to the {dist}; on examination there is {sign}.",
    "Radicular symptoms: shooting pain and tingling through {limbs} into the {dist}. Exam: {sign}.",
    "The pain travels down {limbs} in a dermatomal band that reaches the {dist}, with {sign}.",
    "Numbness and pins-and-needles extend along {limbs} into the {dist}; {sign} on today's exam.",
    "Most of the pain is in {limbs} rather than the spine, following the {dist}; {sign}.",
    "{She} has radiating pain down {limbs} ending in the {dist}, worse with coughing and sitting; {sign}.",
    "Lancinating pain into {limbs}, mapping to the {dist}. Neurologic exam is notable for {sign}.",
    "Pain shoots down {limbs} as far as the {dist}; today's exam again shows {sign}.",
]

AXIAL = [
    "The pain is axial, centered in the {spine}, worse with extension and rotation, and does not travel into the {limbs_ax}.",
    "{Spine} pain localized over the facet joints with paraspinal tenderness; no radiating symptoms.",
    "Facet loading reproduces the {spine} pain, and there are no radicular features.",
    "{She} points to the {spine} as the source; the pain stays there and does not spread into the {limbs_ax}.",
    "Axial {spine} pain with morning stiffness; the neurologic exam is normal.",
    "Non-radiating {spine} pain, aggravated by extension and by holding one posture for long.",
    "Mechanical {spine} pain, worse with extension-rotation, with tenderness over the {side_ax} facets.",
    "Localized {spine} pain without dermatomal radiation; strength, sensation and reflexes are intact.",
]

DURATION = [
    "Symptoms have been present for {dur_bare}.",
    "This has been going on for the past {dur_words}.",
    "The pain started {dur_bare} ago without a specific injury.",
    (("since",), "Ongoing since {dur_since}."),
    "Duration: {dur_bare}.",
    "Pain x {dur_abbr}.",
    (("since",), "{She} dates the onset to {dur_since}, roughly {dur_words} ago."),
    "Over the last {dur_bare} the pain has gradually worsened.",
    "{She} has had these symptoms for more than {dur_bare}.",
    "Chronic, present for about {dur_words}.",
]

CARE = [
    "Conservative treatment with {care_list} for {care_wk} weeks has not provided meaningful relief.",
    "{She} has failed {care_wk_words} weeks of {care_first}, and {care_rest} did not help either.",
    "Despite {care_list} over the past {care_wk} weeks, the pain is no better.",
    "Prior care: {care_list} x {care_wk} wks, without lasting benefit.",
    "{Care_first} for {care_wk} weeks gave only partial, short-lived relief; {care_rest} made little difference.",
    "{She} completed {care_wk} weeks of {care_first} and tried {care_rest}, all without improvement in the pain.",
    (("months",), "Non-operative management ({care_list}) over {care_mo_words} months has failed."),
    "The pain persists despite {care_wk_words} weeks of {care_first} along with {care_rest}.",
    "{Care_first} was stopped after {care_wk} weeks because it was not helping, and {care_rest} have been ineffective.",
]

FUNCTION = [
    (("low", "leg"), "{She} can walk only about one block before having to stop and rest."),
    (("low", "neck", "mid", "leg"), "The pain wakes {her_obj} several times a night, and {she} has cut back {her} hours at work."),
    (("low", "neck", "mid", "leg"), "Dressing, bathing and household chores have become difficult because of the pain."),
    (("low",), "Sitting tolerance is about twenty minutes, so long car rides are no longer possible."),
    (("low", "neck", "mid", "leg"), "{She} has given up {her} usual hobbies and needs help carrying groceries."),
    (("low",), "Oswestry Disability Index today is {odi}%."),
    (("neck",), "Neck Disability Index today is {odi}%."),
    (("low", "neck", "mid", "leg"), "The pain interferes with sleep, work and looking after the grandchildren."),
    (("low", "leg"), "{She} cannot stand long enough to cook a meal and uses a cane outdoors."),
    (("low", "neck", "mid", "leg"), "{She} has been on light duty at work because of the pain."),
    (("low", "mid"), "Daily activities are limited, especially lifting, bending and yard work."),
    (("neck",), "Turning the head to check traffic while driving is painful, and {she} struggles to work at a computer."),
    (("neck",), "Reaching overhead and carrying bags make the pain flare, and {she} has stopped driving on the highway."),
]

IMAGING = [
    "{Modality} {img_what} shows {finding} at {img_lvl}.",
    "Imaging: {modality} ({img_month}) with {finding} at {img_lvl}.",
    "{Her} {modality} was reviewed and shows {finding} at {img_lvl}, concordant with the exam.",
    "{img_lvl}: {finding} on {modality}.",
    "The {modality} report describes {finding} at {img_lvl}.",
    "A recent {modality} confirms {finding} at {img_lvl}.",
    "{Modality} findings: {finding} at {img_lvl}, with no other significant abnormality.",
    "Advanced imaging ({modality}) demonstrates {finding} at {img_lvl}.",
    "Per my review of the {modality}, there is {finding} at {img_lvl}.",
]

PRIOR = [
    "{Her} last {prior_proc} in {pmonth} gave about {pct}% relief that lasted {pdur}.",
    "This is a repeat injection; the previous one provided {pct}% improvement for {pdur}.",
    "Prior {prior_proc} ({pmonth}): {pct}% pain relief, sustained for {pdur}.",
    "{She} returns for a repeat {prior_proc} after {pct}% relief lasting {pdur} from the first one.",
    "After the last injection {she} reported {pct} percent less pain for roughly {pdur}; the pain has since returned.",
    "Response to the prior {prior_proc}: {pct}% better for {pdur}.",
    "The earlier {prior_proc} reduced the pain by {pct}% and the benefit held for {pdur} before wearing off.",
    "Repeat procedure. Previous result: {pct}% reduction in pain over {pdur}.",
]

BLOCKS_TWO = [
    "Two diagnostic {blk}s gave {p1}% and {p2}% relief of the index pain.",
    "First diagnostic block ({m1}): {p1}% relief lasting several hours; second block ({m2}): {p2}% relief, consistent with the anesthetic used.",
    "{She} had {p1}% relief after the first diagnostic {blk} and {p2}% after the confirmatory one.",
    "Dual diagnostic {blk}s were both positive, at {p1}% and {p2}% relief.",
    "Diagnostic {blk} #1: {p1}% relief; #2: {p2}% relief.",
    "Both prior diagnostic injections were positive, reducing the pain by {p1}% and {p2}% respectively.",
    "The index pain fell by {p1}% after the first set of diagnostic blocks and by {p2}% after the second.",
    "Prior diagnostic {blk}s in {m1} and {m2} produced {p1}% and {p2}% relief.",
]

BLOCKS_ONE = [
    "One prior diagnostic {blk} in {m1} gave {p1}% relief.",
    "A diagnostic {blk} gave {p1}% relief of {her} typical pain.",
    "{She} reported {p1}% relief for the duration of the anesthetic after a diagnostic {blk} in {m1}.",
    "Diagnostic {blk} ({m1}): {p1}% relief of the index pain.",
    "The diagnostic {blk} done in {m1} relieved {p1}% of the pain for several hours.",
    "Following a single diagnostic {blk}, the pain was {p1}% better.",
    "Result of the diagnostic {blk}: {p1}% relief.",
    "{Her} diagnostic {blk} in {m1} was positive with {p1}% relief.",
]

PRE = [
    "Pre-procedure pain: {pre}/10.",
    "Before the injection {she} rated the pain {pre} out of 10.",
    "Pain on arrival {pre}/10 (NRS).",
    "NRS before the procedure: {pre}.",
    "Today's pain before starting was {pre}/10.",
    "{She} rated the pain {pre}/10 in the pre-procedure area.",
    "VAS pre-procedure {pre}/10.",
    "Pain score prior to the block: {pre} of 10.",
]

POST = [
    "Post-procedure pain: {post}/10.",
    "Afterward the pain was {post}/10.",
    "On discharge {she} rated the pain {post} out of 10.",
    "NRS after the procedure: {post}.",
    "Pain {post}/10 at the end of the recovery period.",
    "Fifteen minutes after the injection the pain was down to {post}/10.",
    "VAS post-procedure {post}/10.",
    "Pain score at discharge: {post} of 10.",
]

PAIR = [
    "Pain went from {pre}/10 before to {post}/10 after the procedure.",
    "NRS {pre}/10 pre, {post}/10 post.",
    "Pain scores: {pre}/10 before and {post}/10 afterward.",
    "{She} rated the pain {pre}/10 beforehand and {post}/10 in recovery.",
]

RELIEF = [
    "{She} reports {rel}% relief immediately afterward.",
    "Estimated relief: {rel}%.",
    "Roughly {rel} percent improvement was reported before discharge.",
    "Immediate response: {rel}% better.",
    "Relief after the injection was about {rel}%.",
    "{She} noted {rel}% relief of the usual pain on provocative testing afterward.",
    "Percent relief: {rel}%.",
    "That is approximately {rel}% relief of the index pain.",
]

CONSENT = [
    "Risks, benefits and alternatives were reviewed, and written informed consent was signed.",
    "Informed consent was obtained after a discussion of bleeding, infection, nerve injury and headache.",
    "The patient gave written consent after all questions were answered.",
    "Consent signed and on the chart; risks including infection, bleeding and a temporary increase in pain were reviewed.",
    "We discussed the procedure in detail and {she} gave informed consent.",
    "Written informed consent was obtained.",
    "After a risk-benefit discussion {she} agreed to proceed and signed the consent form.",
    "Verbal and written consent were obtained from the patient.",
    "The consent form was reviewed with {her_obj}, including the possibility of no benefit, and signed.",
]

TIMEOUT = [
    "A time-out confirmed patient identity, procedure, side and level.",
    "A universal protocol time-out was performed before needle placement.",
    "Time-out completed with the nursing staff; everyone agreed.",
    "Before prepping, the team paused for a time-out to confirm the correct site.",
    "Time out: done; correct patient, site and side verified.",
    "A pre-procedure pause (time-out) verified the planned procedure and site.",
    "The site was marked and confirmed during the time-out.",
    "Final time-out performed per protocol prior to starting.",
]

SEDATION_NONE = [
    "No sedation was given.",
    "The procedure was done without IV sedation.",
    "Sedation: none; {she} remained awake and conversant.",
    "{She} declined sedation.",
    "No anxiolytics or sedatives were administered.",
    "Performed awake, without sedation.",
    "No conscious sedation was used.",
    "IV sedation was offered and declined.",
]

SEDATION_FULL = [
    "Moderate sedation was administered by me: midazolam {mid} mg and fentanyl {fen} mcg IV. Sedation start {t1}, "
    "stop {t2}, for {mins} minutes of intraservice time. An independent registered nurse monitored the patient "
    "throughout.{just}",
    "Procedural (moderate) sedation by the proceduralist with midazolam {mid} mg IV and fentanyl {fen} mcg IV, start "
    "{t1} and end {t2} ({mins} min intraservice). A trained RN observer with no other duties monitored vital signs and "
    "level of consciousness.{just}",
    "I provided moderate sedation (midazolam {mid} mg, fentanyl {fen} mcg, IV), beginning at {t1} and ending at {t2}, "
    "total {mins} minutes, with continuous monitoring by an independent nurse observer.{just}",
]

GUIDANCE = [
    "Under fluoroscopic guidance",
    "Using intermittent AP and oblique fluoroscopy",
    "With C-arm fluoroscopic guidance",
    "Under live fluoroscopy",
    "Guided by pulsed fluoroscopic imaging",
    "With multiplanar fluoroscopic views",
    "Using image-intensifier (fluoroscopy) control",
    "With fluoroscopy to align the endplates and locate the target",
    "Under real-time X-ray (fluoroscopic) guidance",
]

CONTRAST = [
    "{vol} mL of {agent} confirmed {flow}.",
    "Contrast ({agent}, {vol} mL) showed {flow}.",
    "Injection of {vol} mL of {agent} demonstrated {flow}.",
    "Under live imaging, {agent} {vol} mL showed {flow}.",
    "{agent} was injected ({vol} mL), with {flow}.",
    "Contrast: {agent}, {vol} mL; {flow}.",
    "A small volume of contrast, {vol} mL of {agent}, confirmed {flow}.",
    "{vol} mL of contrast medium ({agent}) produced {flow}.",
]

IMAGES = [
    "AP and lateral images were saved to the record.",
    "Permanent images in two views (AP and oblique) were stored in PACS.",
    (("contrast",), "Final needle position and contrast spread were captured on AP and lateral views, which were saved."),
    "Two fluoroscopic views were saved.",
    "Images: AP and lateral, archived.",
    "Representative AP and lateral spot images were retained in the chart.",
    "Hard copies of the AP and lateral views were saved for documentation.",
    "Fluoroscopic images (AP and contralateral oblique) were saved.",
]

COMPLICATIONS = [
    "Complications: none.",
    "There were no complications.",
    "No immediate complications were noted.",
    "{She} tolerated the procedure well without complication.",
    "No complications; vital signs stayed stable throughout.",
    "No cx.",
    "Without complications; no paresthesias or vasovagal symptoms.",
    "No complications were encountered.",
    "Complications: none apparent at discharge.",
]

DISPOSITION = [
    "Discharged home in stable condition with written instructions.",
    "{She} left ambulatory with a companion.",
    "Home with post-procedure instructions and a pain diary.",
    "Return to clinic as scheduled to review the response.",
    "Discharged after a short observation period.",
    "Stable for discharge; follow-up arranged.",
]

ATTESTATION = [
    "I personally performed the entire procedure described above.",
    "Attestation: I was present for and performed all critical portions of this procedure.",
    "This note was dictated with speech recognition software; occasional transcription errors may occur.",
    "Electronically signed by the attending physician.",
    "All sharps and sponges were accounted for at the end of the case.",
    "The clinic notes that precede this report hold the full history and examination.",
]

POOLS = {
    "radicular": RADICULAR, "axial": AXIAL, "duration": DURATION, "care": CARE, "function": FUNCTION,
    "imaging": IMAGING, "prior": PRIOR, "blocks2": BLOCKS_TWO, "blocks1": BLOCKS_ONE, "pre": PRE, "post": POST,
    "pair": PAIR, "relief": RELIEF, "consent": CONSENT, "timeout": TIMEOUT, "sed_none": SEDATION_NONE,
    "sed_full": SEDATION_FULL, "guidance": GUIDANCE, "contrast": CONTRAST, "images": IMAGES,
    "complications": COMPLICATIONS, "disposition": DISPOSITION, "attestation": ATTESTATION,
}

NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
             10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 16: "sixteen", 18: "eighteen"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SETTINGS = {"11": ["office procedure room", "clinic procedure suite"],
            "22": ["hospital outpatient department", "outpatient procedure unit, main hospital"],
            "24": ["ambulatory surgery center", "ASC"]}
STYLES = ("caps_headers", "title_headers", "dictated", "bullets", "inline_fields", "odd_spacing", "attestation")


class Decks:
    """Each pool drawn as a shuffled deck: every paraphrase is used before any is used twice."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.decks: dict[str, list[int]] = {}

    def draw(self, pool: str, tags: set[str] = frozenset()) -> str:
        entries = POOLS[pool]
        deck = self.decks.setdefault(pool, [])
        for _ in range(2):
            for pos, i in enumerate(deck):
                need, text = entries[i] if isinstance(entries[i], tuple) else ((), entries[i])
                if all(t in tags for t in need) if pool not in ("function",) else bool(set(need) & tags):
                    deck.pop(pos)
                    return text
            fresh = list(range(len(entries)))
            self.rng.shuffle(fresh)
            deck.extend(fresh)
        raise ValueError(f"no {pool} template fits {tags}")


def _months_back(dos: dt.date, n: int) -> tuple[str, int]:
    m = dos.month - 1 - n
    return MONTHS[m % 12], dos.year + m // 12


def _words(n: int) -> str:
    return NUM_WORDS.get(n, str(n))


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _ctx(spec: dict) -> dict:
    """The values the templates read, from the spec's `ctx` and its date of service."""
    dos = dt.date.fromisoformat(spec["dos"])
    c = dict(spec.get("ctx", {}))
    female = spec["sex"] == "F"
    c.update(She="She" if female else "He", she="she" if female else "he", Her="Her" if female else "His",
             her="her" if female else "his", her_obj="her" if female else "him")
    if "dur" in c:
        n, unit = c["dur"]
        plural = unit + ("s" if n != 1 else "")
        c["dur_bare"] = f"{n} {plural}"
        c["dur_words"] = f"{_words(n)} {plural}"
        c["dur_abbr"] = f"{n} {dict(month='mo', week='wk', year='yr')[unit]}{'s' if unit != 'month' and n != 1 else ''}"
        if unit != "week":
            month, year = _months_back(dos, n * (12 if unit == "year" else 1))
            c["dur_since"] = f"{month} {year}"
    if "care_items" in c:
        items = c["care_items"]
        c["care_list"] = _join(items)
        c["care_first"], c["care_rest"] = items[0], _join(items[1:])
        c["Care_first"] = _cap(items[0])
        c["care_wk_words"] = _words(c["care_wk"])
        if c["care_wk"] % 4 == 0:
            c["care_mo_words"] = _words(c["care_wk"] // 4)
    if "img" in c:
        c["modality"], c["img_what"], c["img_lvl"], c["finding"] = c["img"]
        c["Modality"] = _cap(c["modality"])
        month, year = _months_back(dos, c.get("img_months_ago", 2))
        c["img_month"] = f"{month} {year}"
    if "prior" in c:
        c["prior_proc"], c["pct"], c["pdur"], ago = c["prior"]
        c["pmonth"] = "{} {}".format(*_months_back(dos, ago))
    if "blocks" in c:
        (c["p1"], a1), *rest = c["blocks"]
        c["m1"] = "{} {}".format(*_months_back(dos, a1))
        if rest:
            c["p2"], a2 = rest[0]
            c["m2"] = "{} {}".format(*_months_back(dos, a2))
    if "spine" in c:
        c["Spine"] = _cap(c["spine"])
    return c


def _tags(spec: dict) -> set[str]:
    tags = set(spec.get("tags", ()))
    ctx = spec.get("ctx", {})
    if "dur" in ctx and ctx["dur"][1] != "week":
        tags.add("since")
    if ctx.get("care_wk", 1) % 4 == 0:
        tags.add("months")
    if spec.get("contrast_used"):
        tags.add("contrast")
    return tags


def _fill(template: str, c: dict) -> str:
    return template.format(**c)


def _render_parts(spec: dict, decks: Decks, rng: random.Random) -> dict:
    """Every sentence of the note, grouped by section, with the pools' paraphrases drawn for this note."""
    c = _ctx(spec)
    tags = _tags(spec)
    omit = set(spec.get("omit", ()))
    over = spec.get("override", {})

    def pick(pool: str) -> str:
        return _fill(over[pool] if pool in over else decks.draw(pool, tags), c)

    guid = _fill(decks.draw("guidance"), c)
    c["Guid"], c["guid"] = guid, guid[:1].lower() + guid[1:]
    if "contrast" in spec:
        agent, vol, flow = spec["contrast"]
        c.update(agent=agent, vol=vol, flow=flow)

    hpi = []
    for item in spec["hist"]:
        hpi.append(_fill(item[1:], c) if item.startswith("!") else pick(item))

    tech = []
    for item in spec["tech"]:
        if item == "@contrast":
            tech.append(pick("contrast"))
        elif item == "@images":
            tech.append(pick("images"))
        else:
            tech.append(_fill(item, c))

    sed = None
    if spec.get("sed") == "none":
        sed = pick("sed_none")
    elif spec.get("sed") == "full":
        s = spec["sed_ctx"]
        just = f" Sedation was needed because {s['why']}." if s.get("why") else ""
        sed = _fill(decks.draw("sed_full"), {**c, **s, "just": just})
    elif spec.get("sed") == "text":
        sed = _fill(spec["sed_text"], c)

    pre = post = pair = None
    in_tail = "{pre_sentence}" in spec.get("tail", "")  # the cut-off last line carries the pre score itself
    has_pre = c.get("pre") is not None and "pre" not in omit and not in_tail
    has_post = c.get("post") is not None and "post" not in omit
    if has_pre and has_post and rng.random() < 0.3:
        pair = pick("pair")
    else:
        pre = pick("pre") if has_pre else None
        post = pick("post") if has_post else None
    return {
        "title": spec["title"],
        "dx": spec["dx"],
        "hpi": hpi,
        "consent": None if "consent" in omit else pick("consent"),
        "timeout": None if "timeout" in omit else pick("timeout"),
        "sed": sed,
        "tech": tech,
        "comp": None if "complications" in omit else pick("complications"),
        "pre": pre,
        "post": post,
        "pair": pair,
        "relief": pick("relief") if c.get("rel") is not None and "relief" not in omit else None,
        "disp": None if spec.get("tail") else pick("disposition"),
        "tail": _fill(spec["tail"], {**c, "pre_sentence": _fill(decks.draw("pre"), c)}) if spec.get("tail") else None,
        "attest": [decks.draw("attestation") for _ in range(3)] if spec["style"] == "attestation" else [],
        "ctx": c,
    }


def _dos_text(spec: dict, rng: random.Random) -> str:
    d = dt.date.fromisoformat(spec["dos"])
    return rng.choice([d.isoformat(), f"{d.month:02d}/{d.day:02d}/{d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}"])


def _lab(label: str, sentence: str) -> str:
    """'Label: sentence', unless the sentence already opens with that label ('Complications: none.')."""
    head = sentence.split(":", 1)[0] if ":" in sentence[:20] else ""
    norm = lambda x: re.sub(r"[^a-z]", "", x.lower())  # noqa: E731
    return sentence if head and norm(head) == norm(label) else f"{label}: {sentence}"


def _scores(p: dict) -> list[str]:
    return [s for s in (p["pair"], p["pre"], p["post"], p["relief"]) if s]


def _caps(spec: dict, p: dict, rng: random.Random) -> str:
    L = [f"PROCEDURE: {p['title']}", f"DATE OF SERVICE: {_dos_text(spec, rng)}",
         f"LOCATION: {rng.choice(SETTINGS[spec['pos']])}", "PREOPERATIVE DIAGNOSIS:"]
    L += [f"{i}. {d}" for i, d in enumerate(p["dx"], 1)]
    L.append(f"{rng.choice(['INDICATIONS', 'HISTORY', 'INDICATION FOR PROCEDURE'])}: " + " ".join(p["hpi"]))
    if p["consent"]:
        L.append(_lab("CONSENT", p["consent"]))
    if p["timeout"]:
        L.append(_lab("TIME-OUT", p["timeout"]))
    if p["sed"]:
        L.append(_lab("SEDATION", p["sed"]))
    L.append(f"{rng.choice(['DESCRIPTION OF PROCEDURE', 'TECHNIQUE', 'PROCEDURE IN DETAIL'])}: " + " ".join(p["tech"]))
    if p["comp"]:
        L.append(_lab("COMPLICATIONS", p["comp"]))
    if _scores(p):
        L.append("PAIN SCORES: " + " ".join(_scores(p)))
    if p["disp"]:
        L.append(f"DISPOSITION: {p['disp']}")
    if p["tail"]:
        L.append(p["tail"])
    return "\n".join(L)


def _title(spec: dict, p: dict, rng: random.Random) -> str:
    L = [rng.choice(["Procedure Note", "Interventional Pain Procedure Note", "Pain Management Procedure Report"]), "",
         f"Procedure: {p['title']}", f"Date: {_dos_text(spec, rng)}    Setting: {rng.choice(SETTINGS[spec['pos']])}",
         "Pre-procedure Diagnosis: " + "; ".join(p["dx"]), "", rng.choice(["History and Indications:", "Indications:"]),
         " ".join(p["hpi"]), ""]
    safety = [s for s in (p["consent"], p["timeout"]) if s]
    if safety:
        L += ["Consent and Safety:", " ".join(safety), ""]
    if p["sed"]:
        L += ["Sedation:", p["sed"], ""]
    L += [rng.choice(["Procedure Details:", "Technique:"]), " ".join(p["tech"]), ""]
    out = [s for s in (p["comp"], *_scores(p)) if s]
    if out:
        L += [rng.choice(["Outcome:", "Post-procedure:"]), " ".join(out), ""]
    if p["disp"]:
        L += ["Plan:", p["disp"]]
    if p["tail"]:
        L.append(p["tail"])
    return "\n".join(L).rstrip("\n")


def _dictated(spec: dict, p: dict, rng: random.Random) -> str:
    who = f"{spec['age']}-year-old {'woman' if spec['sex'] == 'F' else 'man'}"
    dx = " and ".join(d[:1].lower() + d[1:] if not d[:2].isupper() else d for d in p["dx"])
    para1 = [f"The patient is a {who} seen today for {spec['proc_phrase']}."] + p["hpi"] + [
        f"The working diagnosis is {dx}."]
    para2 = [s for s in (p["consent"], p["timeout"], p["sed"], p["pre"]) if s] + p["tech"]
    para3 = [s for s in (p["comp"], p["pair"], p["post"], p["relief"], p["disp"]) if s]
    L = [p["title"].upper(), "", " ".join(para1), "", " ".join(para2)]
    if para3:
        L += ["", " ".join(para3)]
    if p["tail"]:
        L.append(p["tail"])
    return "\n".join(L)


def _bullets(spec: dict, p: dict, rng: random.Random) -> str:
    L = [p["title"], f"Date of service: {_dos_text(spec, rng)}", "", "Diagnosis:"] + [f"- {d}" for d in p["dx"]]
    L += ["", "Indication:"] + [f"- {s}" for s in p["hpi"]]
    pre = [s for s in (p["consent"], p["timeout"], p["sed"], p["pre"]) if s]
    if pre:
        L += ["", "Pre-procedure:"] + [f"- {s}" for s in pre]
    L += ["", "Procedure:"] + [f"- {s}" for s in p["tech"]]
    post = [s for s in (p["comp"], p["pair"], p["post"], p["relief"], p["disp"]) if s]
    if post:
        L += ["", "Post-procedure:"] + [f"- {s}" for s in post]
    if p["tail"]:
        L.append(f"- {p['tail']}")
    return "\n".join(L)


def _inline(spec: dict, p: dict, rng: random.Random) -> str:
    f = spec.get("fields", {})
    L = [f"Procedure: {p['title']}", f"DOS: {_dos_text(spec, rng)}", f"Place: {rng.choice(SETTINGS[spec['pos']])}"]
    L += [f"{k}: {v}" for k, v in f.items()]
    L.append("Dx: " + "; ".join(p["dx"]))
    L.append("HPI: " + " ".join(p["hpi"]))
    if p["consent"]:
        L.append(_lab("Consent", p["consent"]))
    if p["timeout"]:
        L.append(_lab("Time-out", p["timeout"]))
    if p["sed"]:
        L.append(_lab("Sedation", p["sed"]))
    L.append("Technique: " + " ".join(p["tech"]))
    if p["comp"]:
        L.append(_lab("Complications", p["comp"]))
    if _scores(p):
        L.append("Pain: " + " ".join(_scores(p)))
    if p["disp"]:
        L.append(f"Disposition: {p['disp']}")
    if p["tail"]:
        L.append(p["tail"])
    return "\n".join(L)


def _odd(spec: dict, p: dict, rng: random.Random) -> str:
    """Title-case layout, then stray double spaces, tabs, blank lines and line breaks inside sentences."""
    base = _title(spec, p, rng)
    tail = p["tail"]
    out = []
    for raw in base.split("\n"):
        if tail and raw == tail:
            out.append(raw)
            continue
        words = raw.split(" ")
        line = []
        for i, w in enumerate(words):
            line.append(w)
            if i < len(words) - 1:
                r = rng.random()
                if r < 0.07 and len(w) >= 4 and w.isalpha():
                    line.append("\n")
                elif r < 0.15:
                    line.append("  ")
                elif r < 0.18:
                    line.append("\t")
                else:
                    line.append(" ")
        text = "".join(line)
        if rng.random() < 0.15:
            text += "  "
        out.append(text)
        if rng.random() < 0.12:
            out.append("")
    return "\n".join(out)


def _attestation(spec: dict, p: dict, rng: random.Random) -> str:
    L = ["OPERATIVE REPORT - INTERVENTIONAL PAIN", ""]
    body = _caps(spec, p, rng)
    L.append(body)
    L += ["", "ATTESTATION:"] + p["attest"]
    return "\n".join(L)


RENDER = {"caps_headers": _caps, "title_headers": _title, "dictated": _dictated, "bullets": _bullets,
          "inline_fields": _inline, "odd_spacing": _odd, "attestation": _attestation}


def render(spec: dict, decks: Decks, rng: random.Random) -> str:
    """One note's text in its style ('+truncated' styles are cut by the spec's `tail`)."""
    base = {**spec, "style": spec["style"].split("+")[0]}
    parts = _render_parts(base, decks, rng)
    spec["scales_differ"] = _scales_differ(parts["pre"], parts["post"])
    return RENDER[base["style"]](base, parts, rng)


def _scales_differ(pre: str | None, post: str | None) -> bool:
    """Whether the pre and the post score sentences name different pain scales ("VAS pre-procedure 5/10" and "NRS after
    the procedure: 1").

    Gold correction (session 12, round 16, nec2): the KB asks for the post score on the same scale as the pre score
    (`requirements.yaml`, `same_scale_as: pre`), and NRS and VAS are different instruments (as `dev_fresh_bs` decided,
    `batch_bs._scale_named`), so such a note lists `post_procedure_pain_score`. A sentence naming no scale differs from none."""
    if not pre or not post:
        return False
    named = {m.group(1) for m in (re.search(r"\b(NRS|VAS)\b", x) for x in (pre, post)) if m}
    return len(named) > 1


# ------------------------------------------------------------------------------------------------------------
# The 30 procedure specs. `hist` lists the history sentences in order (a pool name, or '!' + literal text);
# `tech` the procedure sentences ('@contrast' / '@images' draw from the pools); `omit` the elements left out;
# `gold` what an expert reads from the note (labelled by hand from the spec, never by running Painpoint).
# ------------------------------------------------------------------------------------------------------------

ESI_HIST = ["radicular", "duration", "care", "function", "imaging"]
FACET_HIST = ["axial", "duration", "care", "function"]
SPINE_PREP = "The patient was placed prone and the {where} was prepped with chlorhexidine and draped in sterile fashion."


def _specs(proc, line, given, ESI_NEED, SPINE_NEED, minus) -> list[dict]:
    TF = dict(approach="transforaminal", imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")
    IL = dict(approach="interlaminar", imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")
    S: list[dict] = []

    # ---------------------------------------------------------------- transforaminal epidurals (7)
    S.append(dict(
        id="fbv-tfesi-01", style="caps_headers", dos="2025-02-11", pos="11", sex="F", age=58, tags=("low",),
        title="Left L5-S1 transforaminal epidural steroid injection under fluoroscopy",
        dx=["Lumbar disc herniation with radiculopathy at L5-S1, left (M51.17)"],
        ctx=dict(limbs="the left leg", dist="outer calf and the top of the foot",
                 sign="a positive straight-leg raise on the left at 40 degrees", dur=(5, "month"),
                 care_items=["physical therapy", "meloxicam", "gabapentin"], care_wk=8,
                 img=("MRI", "of the lumbar spine", "L5-S1",
                      "a left foraminal disc protrusion compressing the exiting L5 nerve root"),
                 odi=44, pre=7, post=2),
        hist=ESI_HIST, sed="none", contrast_used=True,
        contrast=("Omnipaque 240", "1", "spread along the L5 nerve root sleeve into the epidural space without vascular uptake"),
        tech=[SPINE_PREP.replace("{where}", "lumbosacral area"),
              "The skin was anesthetized with 2 mL of 1% lidocaine.",
              "{Guid}, a 22-gauge curved spinal needle was advanced to the left L5-S1 neural foramen by a "
              "transforaminal, subpedicular approach.",
              "@contrast",
              "Through the needle, 1 mL of preservative-free dexamethasone 10 mg/mL (10 mg) from a single-dose vial, "
              "mixed with 1 mL of 1% lidocaine, was injected slowly; the whole vial was used and none was wasted.",
              "@images"],
        gold=dict(procs=[proc("transforaminal_epidural", region="lumbar", laterality="left", levels=["L5-S1"], **TF)],
                  drugs=[given("lidocaine", 30), given("dexamethasone_sodium_phosphate", 10), given("iohexol", 1, "ml")],
                  need=ESI_NEED, codes=[line("64483", "LT"), line("J1100", "JZ", units=10)], findings=[],
                  comment="Single-dose vial with nothing wasted, after 2023-07-01: J1100 carries JZ.")))

    S.append(dict(
        id="fbv-tfesi-02", style="title_headers", dos="2024-09-17", pos="24", sex="M", age=66, tags=("low",),
        title="Bilateral L4-L5 transforaminal epidural steroid injections",
        dx=["Lumbar radiculopathy, bilateral (M54.16)"],
        ctx=dict(limbs="both legs", dist="front of the thighs and the inner shins", sign="reduced knee reflexes on both sides",
                 dur=(10, "week"), care_items=["a home exercise program", "ibuprofen", "chiropractic care"], care_wk=6,
                 img=("MRI", "of the lumbar spine", "L4-L5", "a broad disc bulge with facet hypertrophy narrowing both foramina"),
                 odi=38, pre=8, post=3),
        hist=["duration", "radicular", "care", "imaging", "function"], sed="none", contrast_used=True,
        contrast=("Isovue-M 200", "2", "epidural spread along both L4 roots with no intravascular pattern"),
        tech=["Prone positioning; the low back was prepped and draped sterilely.",
              "Skin wheals were raised with a total of 3 mL of 1% lidocaine.",
              "{Guid}, 22-gauge spinal needles were placed in the right and left L4-L5 foramina by a transforaminal approach.",
              "@contrast",
              "At each foramen 0.5 mL of Kenalog 40 mg/mL (20 mg) with 1 mL of 0.25% bupivacaine was injected, for a "
              "total of 40 mg of triamcinolone.",
              "@images"],
        gold=dict(procs=[proc("transforaminal_epidural", region="lumbar", laterality="bilateral", levels=["L4-L5"], **TF)],
                  drugs=[given("lidocaine", 30), given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 40),
                         given("bupivacaine", 5)],
                  need=ESI_NEED, codes=[line("64483", "50")], findings=[])))

    S.append(dict(
        id="fbv-tfesi-03", style="dictated", dos="2025-06-03", pos="22", sex="F", age=52, tags=("neck",),
        proc_phrase="a right C6-C7 transforaminal epidural steroid injection",
        title="Right C6-C7 transforaminal epidural steroid injection",
        dx=["Cervical radiculopathy, right C7 (M54.12)"],
        ctx=dict(limbs="the right arm", dist="back of the forearm and the middle finger",
                 sign="a positive Spurling maneuver to the right and a diminished right triceps reflex", dur=(9, "month"),
                 care_items=["physical therapy with cervical traction", "naproxen", "a home exercise program"], care_wk=6,
                 img=("MRI", "of the cervical spine", "C6-C7", "right foraminal stenosis from uncovertebral spurring"),
                 odi=36, pre=6, post=1),
        hist=ESI_HIST, sed="none", contrast_used=True,
        contrast=("Omnipaque 240", "1", "flow along the C7 nerve root into the epidural space with no arterial filling on "
                                        "digital subtraction"),
        tech=["She was positioned supine with the head turned slightly to the left, and the right side of the neck was "
              "prepped and draped.",
              "The skin was anesthetized with 0.5 mL of 1% lidocaine.",
              "{Guid}, a 25-gauge blunt-tip needle was advanced in the oblique view to the posterior aspect of the right "
              "C6-C7 foramen for a transforaminal injection.",
              "@contrast",
              "Dexamethasone 4 mg (1 mL of 4 mg/mL) with 0.5 mL of 1% lidocaine was then injected.",
              "@images"],
        gold=dict(procs=[proc("transforaminal_epidural", region="cervical", laterality="right", levels=["C6-C7"], **TF)],
                  drugs=[given("lidocaine", 10), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 4)],
                  need=ESI_NEED, codes=[line("64479", "RT")], findings=[])))

    S.append(dict(
        id="fbv-tfesi-04", style="bullets", dos="2023-10-24", pos="11", sex="M", age=71, tags=("low",),
        title="Left L3-4 and L4-5 transforaminal ESI",
        dx=["Left lumbar radiculopathy (M54.16)", "Lumbar foraminal stenosis (M48.061)"],
        ctx=dict(limbs="the left leg", dist="front of the thigh and the inner lower leg",
                 sign="weakness of left knee extension and a reduced left knee jerk", dur=(4, "month"),
                 care_items=["physical therapy", "naproxen", "cyclobenzaprine"], care_wk=8,
                 img=("MRI", "of the lumbar spine", "L3-4 and L4-5", "left foraminal stenosis"), pre=7, post=3),
        hist=["radicular", "duration", "care", "imaging"], omit=("timeout",), sed="none", contrast_used=True,
        contrast=("Omnipaque 300", "1", "spread along the L3 and L4 roots without vascular runoff"),
        tech=["Prone, prepped and draped.",
              "Skin anesthesia: 1% lidocaine, 2 mL at each of the two entry sites.",
              "{Guid}, 22-gauge needles were advanced into the left L3-4 and L4-5 foramina (transforaminal approach).",
              "@contrast",
              "Injectate at each level: Depo-Medrol 40 mg (1 mL of 40 mg/mL) plus 1 mL of 1% lidocaine; 80 mg of "
              "methylprednisolone in total.",
              "@images"],
        gold=dict(procs=[proc("transforaminal_epidural", region="lumbar", laterality="left", levels=["L3-L4", "L4-L5"], **TF)],
                  drugs=[given("lidocaine", 60), given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80)],
                  need=minus(ESI_NEED, "functional_impairment"),
                  codes=[line("64483", "LT"), line("64484", "LT"), line("J1040")],
                  findings=["functional_impairment", "time_out"],
                  comment="Before 2024-04-01: methylprednisolone 80 mg is one J1040.")))

    S.append(dict(
        id="fbv-tfesi-05", style="inline_fields+truncated", dos="2026-01-20", pos="11", sex="M", age=63, tags=("low",),
        title="Repeat right L4-L5 and L5-S1 transforaminal epidural steroid injection",
        fields={"Side": "Right", "Level(s)": "L4-L5, L5-S1", "Guidance": "fluoroscopy"},
        dx=["Lumbosacral radiculopathy, right (M54.17)"],
        ctx=dict(limbs="the right leg", dist="outer calf and the top of the foot",
                 sign="a positive right straight-leg raise and weak right great-toe extension", dur=(14, "month"),
                 care_items=["physical therapy", "duloxetine", "acupuncture"], care_wk=10,
                 img=("MRI", "of the lumbar spine", "L4-5 and L5-S1", "right lateral recess and foraminal narrowing"),
                 prior=("transforaminal epidural", 70, "five months", 7), odi=52, pre=6),
        hist=ESI_HIST + ["prior"], sed="none", contrast_used=True,
        contrast=("Omnipaque 180", "1.5", "epidural spread along the right L4 and L5 roots with no vascular uptake"),
        tech=["Prone on the fluoroscopy table; sterile prep with chlorhexidine and drape.",
              "Skin anesthesia with 2 mL of 1% lidocaine.",
              "{Guid}, 22-gauge needles were placed into the right L4-L5 and L5-S1 foramina using a transforaminal approach.",
              "@contrast",
              "Celestone Soluspan 6 mg (1 mL of 6 mg/mL) with 1 mL of 0.5% bupivacaine was injected at each level, "
              "betamethasone 12 mg in total.",
              "@images"],
        tail="Pain: {pre_sentence} Afterward he said the right leg pain had eased to",
        gold=dict(procs=[proc("transforaminal_epidural", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"], **TF)],
                  drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"),
                         given("betamethasone_sodium_phosphate_acetate", 12), given("bupivacaine", 10)],
                  need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT"), line("J0702", units=2)],
                  findings=["post_procedure_pain_score"],
                  comment="Cut off mid-sentence in the post-procedure pain score; the repeat has a documented 70% "
                          "response for five months.")))

    S.append(dict(
        id="fbv-tfesi-06", style="odd_spacing", dos="2026-05-12", pos="24", payer="medicare_cgs", sex="F", age=47,
        tags=("low",), title="Left L4-5 transforaminal epidural steroid injection",
        dx=["Lumbar disc herniation with radiculopathy (M51.16), left"],
        ctx=dict(limbs="the left leg", dist="outer shin and the big toe",
                 sign="weak left great-toe extension and a positive straight-leg raise on the left", dur=(3, "month"),
                 img=("MRI", "of the lumbar spine", "L4-L5", "a left paracentral disc extrusion displacing the traversing L5 root"),
                 odi=40, pre=8, post=3),
        hist=ESI_HIST, sed="none", contrast_used=True,
        override={"care": "{She} has been attending physical therapy twice a week for six weeks and takes naproxen and gabapentin."},
        contrast=("Omnipaque 240", "1", "epidural flow along the left L4 root without vascular uptake"),
        tech=["Prone. Prep and drape in the usual sterile fashion.",
              "Local: 2 mL of 1% lidocaine to the skin.",
              "{Guid}, a 22-gauge needle was advanced to the left L4-5 neural foramen (transforaminal).",
              "@contrast",
              "Kenalog 40 mg (1 mL) mixed with 1 mL of 1% lidocaine was injected."],
        gold=dict(procs=[proc("transforaminal_epidural", region="lumbar", laterality="left", levels=["L4-L5"], **TF)],
                  drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
                  need=minus(ESI_NEED, "conservative_care"), codes=[line("64483", "LT")],
                  findings=["conservative_care", "saved_images"],
                  comment="Care is listed (PT for six weeks, naproxen, gabapentin) with no outcome; no saved images.")))

    S.append(dict(
        id="fbv-tfesi-07", style="attestation", dos="2025-08-26", pos="11", sex="F", age=77, tags=("low",),
        title="Right L3-L4, L4-L5 and L5-S1 transforaminal epidural steroid injections",
        dx=["Lumbar spinal stenosis (M48.061)", "Right lumbar radiculopathy (M54.16)"],
        ctx=dict(limbs="the right leg", dist="anterior thigh, shin and top of the foot",
                 sign="a diminished right patellar reflex and numbness over the right shin", dur=(2, "year"),
                 care_items=["physical therapy", "gabapentin", "a walking program"], care_wk=12,
                 img=("CT myelogram", "of the lumbar spine", "L3-4, L4-5 and L5-S1", "right foraminal stenosis"),
                 odi=48, pre=7, post=2),
        hist=ESI_HIST, contrast_used=True, sed="text",
        sed_text="Moderate sedation was given by me with midazolam 2 mg IV and fentanyl 50 mcg IV.",
        contrast=("Isovue-M 300", "1.5", "spread along the right L3, L4 and L5 roots without vascular uptake"),
        tech=["Prone with a pillow under the abdomen; the lumbosacral skin was prepped and draped.",
              "Skin anesthesia with 4 mL of 1% lidocaine.",
              "{Guid}, 22-gauge needles were advanced into the right L3-L4, L4-L5 and L5-S1 foramina using a "
              "transforaminal approach.",
              "@contrast",
              "At each of the three levels, 1 mL of dexamethasone 4 mg/mL (4 mg) and 0.5 mL of 0.25% bupivacaine were "
              "injected (dexamethasone 12 mg total).",
              "@images"],
        gold=dict(procs=[proc("transforaminal_epidural", region="lumbar", laterality="right",
                              levels=["L3-L4", "L4-L5", "L5-S1"], **{**TF, "sedation": "moderate"})],
                  drugs=[given("lidocaine", 40), given("iopamidol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 12),
                         given("bupivacaine", 3.75), given("midazolam", 2), given("fentanyl", 0.05)],
                  need=ESI_NEED,
                  codes=[line("64483", "RT"), line("64484", "RT", units=2), line("J1100", units=12)],
                  findings=["level_limit", "sedation_details"],
                  comment="Three transforaminal levels (limit two); moderate sedation by the proceduralist without "
                          "times, observer, minutes or reason, so no 99152.")))

    # ---------------------------------------------------------------- interlaminar and caudal epidurals (5)
    S.append(dict(
        id="fbv-ilesi-01", style="caps_headers", dos="2024-12-03", pos="11", sex="F", age=44, tags=("low",),
        title="L5-S1 interlaminar epidural steroid injection",
        dx=["Left lumbar radiculopathy (M54.16)"],
        ctx=dict(limbs="the left leg", dist="back of the calf and the sole of the foot",
                 sign="a positive straight-leg raise on the left and a reduced left ankle reflex", dur=(6, "month"),
                 care_items=["physical therapy", "naproxen", "a home exercise program"], care_wk=8,
                 img=("MRI", "of the lumbar spine", "L5-S1", "a left paracentral disc extrusion contacting the left S1 root"),
                 odi=42, pre=8, post=3),
        hist=ESI_HIST, contrast_used=True, sed="full",
        sed_ctx=dict(mid=2, fen=50, t1="09:12", t2="09:29", mins=17,
                     why="of severe needle phobia with marked anxiety that did not settle with reassurance"),
        contrast=("Omnipaque 240", "2", "epidural spread without intrathecal or vascular flow"),
        tech=[SPINE_PREP.replace("{where}", "lumbar region"),
              "The skin was anesthetized with 3 mL of 1% lidocaine.",
              "{Guid}, a 20-gauge Tuohy needle was advanced in the midline at the L5-S1 interspace, and the epidural "
              "space was entered by an interlaminar approach using loss of resistance to saline.",
              "@contrast",
              "Triamcinolone 80 mg (Kenalog 40 mg/mL, 2 mL) diluted with 2 mL of preservative-free normal saline was injected.",
              "@images"],
        gold=dict(procs=[proc("interlaminar_epidural", region="lumbar", levels=["L5-S1"], **{**IL, "sedation": "moderate"})],
                  drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80),
                         given("midazolam", 2), given("fentanyl", 0.05)],
                  need=ESI_NEED, codes=[line("62323"), line("J3301", units=8), line("99152")], findings=[],
                  comment="Moderate sedation by the proceduralist, 17 minutes with an independent observer and a reason: "
                          "99152 once.")))

    S.append(dict(
        id="fbv-ilesi-02", style="title_headers", dos="2025-10-07", pos="22", sex="F", age=56, tags=("neck",),
        title="Cervical interlaminar epidural steroid injection at C7-T1",
        dx=["Cervical radiculopathy (M54.12)"],
        ctx=dict(dur=(5, "month"), care_items=["physical therapy", "meloxicam", "home cervical traction"],
                 care_wk=8, odi=34, pre=7, post=2),
        hist=["!{She} reports persistent neck pain that is worse at the end of the workday.", "duration", "care", "function"],
        sed="none", contrast_used=True,
        contrast=("Omnipaque 240", "1.5", "an epidural pattern spreading over several segments, with no vascular or "
                                          "intrathecal flow"),
        tech=["Prone with the neck flexed on a headrest; the lower cervical area was prepped and draped.",
              "Lidocaine 1%, 2 mL, was infiltrated at the entry site.",
              "{Guid}, an 18-gauge Tuohy needle entered the C7-T1 epidural space by a midline interlaminar approach "
              "with loss of resistance, confirmed in the contralateral oblique view.",
              "@contrast",
              "Triamcinolone 40 mg (1 mL) with 2 mL of preservative-free saline was injected.",
              "@images"],
        gold=dict(procs=[proc("interlaminar_epidural", region="cervical", levels=["C7-T1"], **IL)],
                  drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40)],
                  need=minus(ESI_NEED, "imaging_findings", "radicular_findings"), codes=[line("62321")],
                  findings=["imaging_findings", "indication"],
                  comment="No radicular symptom or sign and no imaging finding: the radiculopathy diagnosis alone does "
                          "not document radicular findings (esi.radicular_findings reports as indication).")))

    S.append(dict(
        id="fbv-caudal-01", style="bullets", dos="2026-03-24", pos="11", sex="M", age=79, tags=("low",),
        title="Caudal epidural steroid injection",
        dx=["Lumbar spinal stenosis with neurogenic claudication (M48.062)"],
        ctx=dict(dur=(2, "year"), care_items=["physical therapy", "acetaminophen", "a home walking program"], care_wk=12,
                 img=("MRI", "of the lumbar spine", "L3-4 and L4-5", "severe central canal stenosis"), odi=50, pre=7, post=3),
        hist=["!Both legs get heavy and ache from the buttocks down the backs of the thighs after a few minutes of "
              "walking, easing when {she} sits or leans forward on a shopping cart.",
              "duration", "care", "function", "imaging"],
        omit=("consent",), sed="none", contrast_used=True,
        contrast=("Isovue-M 200", "3", "cephalad epidural spread without vascular uptake"),
        tech=["Prone over a pillow; the sacral area was prepped and draped sterilely.",
              "Skin and sacrococcygeal ligament anesthetized with 2 mL of 1% lidocaine.",
              "{Guid}, a 20-gauge needle was passed through the sacral hiatus into the caudal epidural canal (caudal approach).",
              "@contrast",
              "Depo-Medrol single-dose vial, 80 mg/mL: 0.75 mL (60 mg) was injected with 8 mL of preservative-free "
              "saline; the remaining 0.25 mL (20 mg) was discarded.",
              "@images"],
        gold=dict(procs=[proc("interlaminar_epidural", region="sacral", levels=[], **{**IL, "approach": "caudal"})],
                  drugs=[given("lidocaine", 20), given("iopamidol", 3, "ml"), given("methylprednisolone_acetate", 60)],
                  need=ESI_NEED, codes=[line("62323"), line("J1010", units=60), line("J1010", "JW", units=20)],
                  findings=["consent"], consent=False,
                  comment="Neurogenic claudication is the radicular indication; 20 mg discarded from a single-dose vial "
                          "goes on a JW line (J1010 per mg after 2024-04-01). No consent statement.")))

    S.append(dict(
        id="fbv-ilesi-03", style="dictated", dos="2022-11-15", pos="24", sex="M", age=68, tags=("low",),
        proc_phrase="a repeat lumbar interlaminar epidural steroid injection",
        title="Repeat lumbar interlaminar epidural steroid injection, L4-L5",
        dx=["Right lumbar radiculopathy (M54.16)"],
        ctx=dict(limbs="the right leg", dist="outer calf and the top of the foot", sign="a positive right straight-leg raise",
                 dur=(8, "month"), care_items=["physical therapy", "ibuprofen", "gabapentin"], care_wk=10,
                 img=("MRI", "of the lumbar spine", "L4-L5",
                      "right subarticular stenosis from a disc bulge and ligamentum flavum thickening"),
                 prior=("interlaminar epidural", 50, "six weeks", 3), odi=46, pre=6, post=2),
        hist=ESI_HIST + ["prior"], sed="none", contrast_used=True,
        contrast=("Omnipaque 240", "1", "epidural spread without vascular or intrathecal uptake"),
        tech=["He was placed prone, and the lumbar spine was prepped with chlorhexidine and draped.",
              "Local skin anesthesia was achieved with 3 mL of 1% lidocaine.",
              "{Guid}, a 20-gauge Tuohy needle was walked to the L4-L5 interlaminar space in the midline and advanced "
              "into the epidural space by loss of resistance.",
              "@contrast",
              "Methylprednisolone 80 mg (2 mL of 40 mg/mL) with 3 mL of preservative-free saline was injected.",
              "@images"],
        gold=dict(procs=[proc("interlaminar_epidural", region="lumbar", levels=["L4-L5"], **IL)],
                  drugs=[given("lidocaine", 30), given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80)],
                  need=ESI_NEED, codes=[line("62323")], findings=["prior_procedure_response"],
                  comment="Repeat ESI after 50% relief lasting six weeks: under the 3 months the LCD asks.")))

    S.append(dict(
        id="fbv-ilesi-04", style="attestation", dos="2025-04-15", pos="11", sex="F", age=61, tags=("low",),
        title="L3-4 interlaminar epidural steroid injection without contrast (contrast allergy)",
        dx=["Lumbar radiculopathy (M54.16)"],
        ctx=dict(limbs="the left leg", dist="front of the knee and the inner shin",
                 sign="decreased sensation over the left medial shin", dur=(7, "month"),
                 care_items=["physical therapy", "celecoxib", "a home exercise program"], care_wk=8,
                 img=("MRI", "of the lumbar spine", "L3-L4",
                      "a central disc protrusion with moderate canal narrowing and crowding of the left L4 root"),
                 odi=40, pre=7, post=3),
        hist=ESI_HIST, sed="none", contrast_used=False,
        tech=["Prone; the lumbar skin was prepped and draped.",
              "1% lidocaine 2 mL was infiltrated for skin anesthesia.",
              "{Guid}, a 20-gauge Tuohy needle was advanced to the L3-4 interlaminar space in the midline, and the "
              "epidural space was identified by loss of resistance to saline.",
              "Contrast was deliberately not used because of a documented anaphylactic reaction to iodinated contrast; "
              "needle position was confirmed by loss of resistance and the lateral view.",
              "Dexamethasone 10 mg (1 mL of 10 mg/mL) with 2 mL of preservative-free saline was injected after "
              "negative aspiration.",
              "@images"],
        gold=dict(procs=[proc("interlaminar_epidural", region="lumbar", levels=["L3-L4"], **{**IL, "contrast": False})],
                  drugs=[given("lidocaine", 20), given("dexamethasone_sodium_phosphate", 10)],
                  need=ESI_NEED, codes=[line("62323"), line("J1100", units=10)], findings=[],
                  comment="No contrast, with the contraindication written (anaphylaxis to iodinated contrast): no finding.")))

    # ---------------------------------------------------------------- facet injections (5)
    S.append(dict(
        id="fbv-mbb-01", style="caps_headers", dos="2025-03-18", pos="11", sex="M", age=69, tags=("low",),
        title="Bilateral L4-L5 and L5-S1 diagnostic medial branch blocks",
        dx=["Lumbar facet arthropathy (M47.816)"],
        ctx=dict(spine="low back", limbs_ax="legs", side_ax="bilateral", dur=(2, "year"),
                 care_items=["physical therapy", "meloxicam", "a home exercise program"], care_wk=12,
                 img=("MRI", "of the lumbar spine", "L4-5 and L5-S1", "bilateral facet hypertrophy with small joint effusions"),
                 odi=36, pre=6, post=1, rel=85),
        hist=FACET_HIST + ["imaging"], sed="none",
        tech=["The patient lay prone and the lumbar area was prepped and draped in sterile fashion.",
              "Skin anesthesia was obtained with 3 mL of 1% lidocaine.",
              "{Guid}, 22-gauge spinal needles were placed at the junction of the superior articular and transverse "
              "processes for the L3 and L4 medial branches, and at the sacral ala for the L5 dorsal ramus, on both the "
              "right and left sides.",
              "After negative aspiration, 0.5 mL of 0.5% bupivacaine was injected at each of the six target nerves.",
              "These were diagnostic blocks of the L4-L5 and L5-S1 facet joints on both sides."],
        gold=dict(procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                              levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
                  drugs=[given("lidocaine", 30), given("bupivacaine", 15)],
                  need=SPINE_NEED + ("imaging_findings",),
                  codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])))

    S.append(dict(
        id="fbv-mbb-02", style="inline_fields", dos="2024-07-09", pos="24", sex="F", age=54, tags=("neck",),
        title="Right C4-5 and C5-6 cervical medial branch blocks (first diagnostic block)",
        fields={"Side": "Right", "Level(s)": "C4-C5 and C5-C6 facet joints (C4, C5, C6 medial branches)",
                "Guidance": "fluoroscopy", "Intent": "diagnostic"},
        dx=["Cervical spondylosis without myelopathy or radiculopathy (M47.812)"],
        ctx=dict(spine="neck", limbs_ax="arms", side_ax="right-sided", dur=(2, "month"),
                 care_items=["physical therapy", "meloxicam", "massage"], care_wk=6, odi=30, pre=5, post=1),
        hist=FACET_HIST, sed="none",
        tech=["Prone with the head in a padded headrest; the right posterior neck was prepped and draped.",
              "{Guid}, 25-gauge needles were placed on the right C4, C5 and C6 articular pillars at the waist of each "
              "pillar for the medial branches.",
              "0.3 mL of 0.5% bupivacaine was injected at each of the three medial branches."],
        gold=dict(procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                              levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
                  drugs=[given("bupivacaine", 4.5)],
                  need=("diagnosis", "conservative_care", "functional_impairment"),
                  codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["symptom_duration"],
                  comment="Neck pain for two months: under the 3 months facet interventions ask.")))

    S.append(dict(
        id="fbv-facet-01", style="odd_spacing", dos="2025-11-04", pos="11", sex="F", age=72, tags=("low",),
        title="Left L4-5 and L5-S1 intra-articular facet joint injections, therapeutic",
        dx=["Lumbar spondylosis without radiculopathy (M47.816)"],
        ctx=dict(spine="low back", limbs_ax="legs", side_ax="left-sided", dur=(3, "year"),
                 care_items=["physical therapy", "tramadol", "a home exercise program"], care_wk=12,
                 blocks=[(90, 5), (85, 4)], blk="medial branch block", odi=40, pre=7, post=2),
        hist=FACET_HIST + ["blocks2", "!Radiofrequency ablation is not an option for {her_obj} because of an implanted "
                                      "cardiac defibrillator."],
        sed="none",
        tech=["Prone; lumbar skin prepped and draped.",
              "Local anesthetic: 2 mL of 1% lidocaine to the skin.",
              "{Guid}, 22-gauge needles were advanced into the left L4-5 and L5-S1 facet joints through the posterior "
              "capsule (intra-articular).",
              "Omnipaque 300, 0.2 mL per joint (0.4 mL total), confirmed an intra-articular arthrogram at each level.",
              "Each joint received 0.25 mL of triamcinolone 40 mg/mL (10 mg) mixed with 0.5 mL of 0.5% bupivacaine; "
              "20 mg of triamcinolone in total."],
        gold=dict(procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                              levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                              sedation="none")],
                  drugs=[given("lidocaine", 20), given("iohexol", 0.4, "ml"), given("triamcinolone_acetonide", 20),
                         given("bupivacaine", 5)],
                  need=SPINE_NEED, codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", units=2)], findings=[],
                  comment="Therapeutic facet injection after two diagnostic blocks of 90% and 85%.")))

    S.append(dict(
        id="fbv-mbb-03", style="attestation", dos="2026-07-21", pos="22", payer="medicare_fcso", sex="M", age=59,
        tags=("mid",), title="Bilateral T7 and T8 medial branch blocks",
        dx=["Thoracic spondylosis (M47.814)"],
        ctx=dict(spine="mid back", limbs_ax="chest wall", side_ax="bilateral", dur=(10, "month"),
                 care_items=["physical therapy", "naproxen", "a posture program"], care_wk=8,
                 img=("CT", "of the thoracic spine", "T8-T9", "facet arthropathy with joint-space narrowing"), post=2),
        hist=FACET_HIST + ["imaging"], omit=("pre",), sed="none",
        tech=["The patient was placed prone and the mid-thoracic area was prepped and draped.",
              "{Guid}, 22-gauge needles were placed at the superolateral corner of the T8 and T9 transverse processes on "
              "each side for the T7 and T8 medial branches.",
              "0.5 mL of 2% lidocaine was injected at each of the four nerves."],
        gold=dict(procs=[proc("facet_injection", approach="medial_branch", region="thoracic", laterality="bilateral",
                              levels=["T8-T9"], imaging="fluoroscopy", sedation="none")],
                  drugs=[given("lidocaine", 40)],
                  need=SPINE_NEED + ("imaging_findings",), codes=[line("64490", "50")],
                  findings=["approach", "pre_procedure_pain_score"],
                  comment="Medial branches named (T7, T8) for the T8-T9 joints; the note never says diagnostic or "
                          "therapeutic, so no KX and facet.intent is the approach element.")))

    S.append(dict(
        id="fbv-facet-02", style="title_headers", dos="2024-02-27", pos="11", sex="M", age=74, tags=("low",),
        title="Right L3-L4, L4-L5 and L5-S1 diagnostic intra-articular facet injections",
        dx=["Lumbar facet arthropathy (M47.816)"],
        ctx=dict(spine="low back", limbs_ax="legs", side_ax="right-sided", dur=(18, "month"),
                 care_items=["physical therapy", "acetaminophen", "chiropractic care"], care_wk=10,
                 img=("MRI", "of the lumbar spine", "L3-4 through L5-S1", "right-sided facet arthropathy"),
                 odi=34, pre=6, post=2),
        hist=FACET_HIST + ["imaging"], sed="none",
        tech=["Prone; prepped and draped.",
              "The skin was numbed with 3 mL of 1% lidocaine.",
              "{Guid}, 22-gauge needles were directed into the right L3-L4, L4-L5 and L5-S1 facet joints (intra-articular).",
              "Into each joint 0.5 mL of 1% lidocaine and 0.5 mL of 0.5% bupivacaine were injected."],
        gold=dict(procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                              levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic",
                              sedation="none")],
                  drugs=[given("lidocaine", 45), given("bupivacaine", 7.5)],
                  need=SPINE_NEED + ("imaging_findings",),
                  codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT"), line("64495", "KX", "RT")],
                  findings=["level_limit"])))

    # ---------------------------------------------------------------- facet radiofrequency ablation (3)
    S.append(dict(
        id="fbv-rfa-01", style="dictated", dos="2025-01-28", pos="24", payer="medicare_cgs", sex="F", age=64,
        tags=("low",), proc_phrase="lumbar facet radiofrequency ablation on both sides",
        title="Bilateral L4-L5 and L5-S1 radiofrequency ablation of the L3 and L4 medial branches and L5 dorsal rami",
        dx=["Lumbar spondylosis (M47.816)"],
        ctx=dict(spine="low back", limbs_ax="legs", side_ax="bilateral", dur=(4, "year"),
                 care_items=["physical therapy", "naproxen", "a home exercise program"], care_wk=12,
                 blocks=[(90, 4), (80, 3)], blk="medial branch block", odi=44, pre=7, post=3),
        hist=FACET_HIST + ["blocks2"], sed="none",
        tech=["She was positioned prone and the lumbar region was prepped and draped sterilely.",
              "{Guid}, 18-gauge RF cannulae with 10 mm active tips were placed parallel to the L3 and L4 medial branches "
              "and the L5 dorsal ramus on each side.",
              "Sensory stimulation at 50 Hz reproduced her usual back pain below 0.6 V, and motor stimulation showed no "
              "leg contraction.",
              "1 mL of 2% lidocaine was injected through each of the six cannulae before lesioning.",
              "Thermal lesions were made at 85 °C for 90 seconds at each target.",
              "After lesioning, 0.5 mL of 0.25% bupivacaine was injected at each site."],
        gold=dict(procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                              levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
                  drugs=[given("lidocaine", 120), given("bupivacaine", 7.5)],
                  need=SPINE_NEED, codes=[line("64635", "50"), line("64636", "50")], findings=[])))

    S.append(dict(
        id="fbv-rfa-02", style="bullets", dos="2026-02-17", pos="22", sex="M", age=70, tags=("neck",),
        title="Right C4-5 and C5-6 cervical medial branch radiofrequency neurotomy",
        dx=["Cervical facet syndrome (M47.812)"],
        ctx=dict(spine="neck", limbs_ax="arms", side_ax="right-sided", dur=(14, "month"),
                 care_items=["physical therapy", "meloxicam", "a home exercise program"], care_wk=8,
                 blocks=[(85, 2)], blk="medial branch block", odi=32, pre=6, post=2),
        hist=FACET_HIST + ["blocks1"], sed="none",
        tech=["Prone with the neck slightly flexed; the right posterior neck was prepped and draped.",
              "{Guid}, 20-gauge RF cannulae were positioned along the right C4, C5 and C6 articular pillars for the "
              "medial branches.",
              "Sensory testing reproduced concordant neck pain; motor testing showed no upper-limb contraction.",
              "0.5 mL of 2% lidocaine was given through each cannula, and thermal lesions were then made at 85 °C for "
              "90 seconds.",
              "Afterward, 0.5 mL of 0.2% ropivacaine was injected at each of the three nerves."],
        gold=dict(procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                              levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", sedation="none")],
                  drugs=[given("lidocaine", 30), given("ropivacaine", 3)],
                  need=SPINE_NEED, codes=[line("64633", "RT"), line("64634", "RT")],
                  findings=["diagnostic_block_relief"],
                  comment="Only one diagnostic medial branch block documented (85%); RFA asks for two.")))

    S.append(dict(
        id="fbv-rfa-03", style="caps_headers", dos="2023-09-12", pos="11", sex="F", age=66, tags=("low",),
        title="Repeat left lumbar medial branch radiofrequency ablation (L2, L3 and L4 medial branches)",
        dx=["Lumbar spondylosis without myelopathy or radiculopathy (M47.816)"],
        ctx=dict(spine="low back", limbs_ax="legs", side_ax="left-sided", dur=(5, "year"),
                 care_items=["physical therapy", "acetaminophen", "a home exercise program"], care_wk=12,
                 prior=("radiofrequency ablation", 75, "nine months", 13), odi=38, pre=7, post=3),
        hist=FACET_HIST + ["prior"], sed="none",
        tech=["Prone; the left lumbar area was prepped and draped.",
              "{Guid}, RF cannulae were placed on the left L2, L3 and L4 medial branches at the base of the corresponding "
              "superior articular processes.",
              "Sensory and motor stimulation confirmed safe, concordant placement.",
              "1 mL of 1% lidocaine was injected at each of the three targets.",
              "Radiofrequency lesioning was then carried out at each target."],
        gold=dict(procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                              levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", sedation="none")],
                  drugs=[given("lidocaine", 30)],
                  need=SPINE_NEED, codes=[line("64635", "LT"), line("64636", "LT")], findings=["approach"],
                  comment="Medial branches only (L2-L4 = L3-L4 and L4-L5 joints); repeat RFA with 75% relief for nine "
                          "months; lesion technique and temperature not stated (rfa.technique).")))

    # ---------------------------------------------------------------- sacroiliac joint injections (3)
    S.append(dict(
        id="fbv-sij-01", style="inline_fields", dos="2025-05-06", pos="11", sex="F", age=50, tags=("low",),
        title="Right sacroiliac joint injection, diagnostic",
        fields={"Side": "Right", "Guidance": "fluoroscopy", "Intent": "diagnostic"},
        dx=["Sacroiliitis, right (M46.1)"],
        ctx=dict(dur=(8, "month"), care_items=["physical therapy", "naproxen", "a sacroiliac belt"], care_wk=6,
                 odi=32, pre=7, post=1, rel=85),
        hist=["!Pain sits below the belt line over the right sacral sulcus and buttock; thigh thrust, FABER and "
              "compression tests are positive on the right.", "duration", "care", "function"],
        sed="none", contrast_used=True,
        contrast=("Isovue-M 200", "0.5", "an intra-articular arthrogram without extravasation or vascular uptake"),
        tech=["Prone; the right buttock was prepped and draped.",
              "2 mL of 1% lidocaine was used for the skin.",
              "{Guid}, a 22-gauge spinal needle was advanced into the inferior third of the right sacroiliac joint.",
              "@contrast",
              "2 mL of 0.5% bupivacaine was injected into the joint.",
              "@images"],
        gold=dict(procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                              imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
                  drugs=[given("lidocaine", 20), given("iopamidol", 0.5, "ml"), given("bupivacaine", 10)],
                  need=SPINE_NEED, codes=[line("27096", "RT")], findings=[])))

    S.append(dict(
        id="fbv-sij-02", style="odd_spacing", dos="2024-10-22", pos="24", sex="M", age=57, tags=("low",),
        title="Left sacroiliac joint injection with steroid (therapeutic)",
        dx=["Sacroiliac joint dysfunction, left (M53.3)"],
        ctx=dict(dur=(11, "month"), care_items=["physical therapy", "ibuprofen", "chiropractic care"], care_wk=8,
                 blocks=[(80, 2)], blk="sacroiliac joint block", odi=36, pre=6, post=2),
        hist=["!{She} points to the left posterior superior iliac spine as the center of the pain, with three of five "
              "provocation tests positive on the left.", "duration", "care", "function", "blocks1"],
        sed="none",
        tech=["Prone, prepped and draped.",
              "Local skin anesthesia: 2 mL of 1% lidocaine.",
              "{Guid}, a 22-gauge needle was directed into the inferior aspect of the left sacroiliac joint.",
              "40 mg of triamcinolone (1 mL of Kenalog-40) with 1 mL of 0.5% bupivacaine was injected.",
              "AP and oblique images of the final needle position were saved."],
        gold=dict(procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                              imaging="fluoroscopy", intent="therapeutic", sedation="none")],
                  drugs=[given("lidocaine", 20), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
                  need=SPINE_NEED, codes=[line("27096", "LT")], findings=["contrast", "percent_relief"],
                  comment="Contrast not mentioned at all; percent relief only implied by 6/10 -> 2/10.")))

    S.append(dict(
        id="fbv-sij-03", style="attestation", dos="2026-09-15", pos="11", sex="F", age=69, tags=("low",),
        title="Bilateral sacroiliac joint steroid injections (therapeutic)",
        dx=["Bilateral sacroiliitis (M46.1)"],
        ctx=dict(dur=(2, "year"), care_items=["physical therapy", "meloxicam", "a home exercise program"], care_wk=12,
                 blocks=[(90, 3)], blk="sacroiliac joint block", odi=46, pre=8, post=2, rel=75),
        hist=["!The pain is across both buttocks below L5, worse rising from a chair, with positive provocation tests "
              "on both sides.", "duration", "care", "function", "blocks1"],
        sed="none", contrast_used=True,
        contrast=("Omnipaque 240", "2", "intra-articular spread in both joints without vascular uptake"),
        tech=["Prone; both buttocks were prepped and draped.",
              "Skin anesthesia with 1% lidocaine, 2 mL per side.",
              "{Guid}, 22-gauge needles were placed into the inferior right and left sacroiliac joints.",
              "@contrast",
              "Each joint received 40 mg of methylprednisolone (Depo-Medrol 40 mg/mL, 1 mL) and 1 mL of 0.25% bupivacaine.",
              "@images"],
        gold=dict(procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                              imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                  drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80),
                         given("bupivacaine", 5)],
                  need=SPINE_NEED, codes=[line("27096", "50"), line("J1010", units=80)], findings=[])))

    # ---------------------------------------------------------------- the rest (7)
    S.append(dict(
        id="fbv-tpi-01", style="title_headers", dos="2025-07-15", pos="11", sex="F", age=46, tags=("neck",),
        title="Trigger point injections: left upper trapezius, levator scapulae and rhomboid major",
        dx=["Myofascial pain syndrome of the left neck and upper back (M79.12)"],
        ctx=dict(dur=(7, "month"), care_items=["physical therapy", "a home stretching program", "cyclobenzaprine"],
                 care_wk=8, odi=28, pre=7, post=3, rel=60),
        hist=["!Exam shows palpable taut bands with local twitch responses in the left upper trapezius, levator "
              "scapulae and rhomboid major, each reproducing {her} referred pain toward the occiput and shoulder blade.",
              "duration", "care", "function"],
        tech=["Seated and leaning forward onto a pillow; the skin over each trigger point was cleaned with alcohol.",
              "Using a 25-gauge needle, each trigger point was entered with a fanning technique until the twitch "
              "response fatigued.",
              "1% lidocaine, 2 mL per muscle, was injected into the three muscles (6 mL total)."],
        gold=dict(procs=[proc("trigger_point", region="cervical", laterality="left")],
                  drugs=[given("lidocaine", 60)],
                  need=SPINE_NEED, codes=[line("20553")], findings=[])))

    S.append(dict(
        id="fbv-onb-01", style="bullets", dos="2024-05-14", pos="11", sex="F", age=39, tags=("neck",),
        title="Bilateral greater occipital nerve blocks",
        dx=["Occipital neuralgia (M54.81)"],
        ctx=dict(dur=(8, "month"), care_items=["physical therapy", "nortriptyline", "a topical anti-inflammatory"],
                 care_wk=10, odi=30, pre=6),
        hist=["!Shooting pain starts at the base of the skull on both sides and travels over the top of the head, with "
              "tenderness over both greater occipital nerves.", "duration", "care", "function"],
        omit=("complications",), sed="none",
        tech=["Seated with the head flexed; the occipital scalp was cleaned with chlorhexidine on both sides.",
              "Landmark technique without imaging: the occipital artery was palpated one-third of the way from the "
              "external occipital protuberance to the mastoid, and a 25-gauge needle was placed just medial to it on "
              "each side.",
              "On each side 2 mL of 0.5% bupivacaine with 10 mg of triamcinolone (0.25 mL of 40 mg/mL) was injected."],
        gold=dict(procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital",
                              laterality="bilateral", imaging="none", sedation="none")],
                  drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
                  need=SPINE_NEED, codes=[line("64405", "50"), line("J3301", units=2)],
                  findings=["complications", "post_procedure_pain_score"], complications=None)))

    S.append(dict(
        id="fbv-gnb-01", style="caps_headers+truncated", dos="2026-04-07", pos="11", sex="M", age=76, tags=("leg",),
        title="Right genicular nerve block (superomedial, superolateral and inferomedial branches) under fluoroscopy",
        dx=["Primary osteoarthritis, right knee (M17.11)"],
        ctx=dict(dur=(3, "year"), care_items=["physical therapy", "acetaminophen", "a knee brace"], care_wk=12,
                 odi=40, pre=7, post=2),
        hist=["!Right knee pain with stiffness and grinding, worse on stairs.", "duration", "care",
              "!Standing X-rays of the right knee show severe medial joint-space narrowing with osteophytes.", "function"],
        omit=("complications",), sed="none",
        tech=["Supine with a bolster under the right knee; the knee was prepped and draped.",
              "Skin wheals were raised with 1 mL of 1% lidocaine at each of three sites.",
              "{Guid}, 22-gauge needles were walked to the junctions of the femoral shaft and the epicondyles for the "
              "superomedial and superolateral genicular nerves, and to the junction of the tibial shaft and the medial "
              "condyle for the inferomedial genicular nerve, confirmed in the lateral view.",
              "2 mL of 0.5% bupivacaine was injected at each of the three nerves."],
        tail="DISPOSITION: He was observed in recovery for twenty minutes, and his vital signs were",
        gold=dict(procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy",
                              sedation="none")],
                  drugs=[given("lidocaine", 30), given("bupivacaine", 30)],
                  need=SPINE_NEED + ("imaging_findings",), codes=[line("64454", "RT")], findings=["complications"],
                  complications=None, comment="Cut off mid-sentence in the disposition; complications never stated.")))

    S.append(dict(
        id="fbv-knee-01", style="dictated", dos="2025-12-09", pos="11", sex="F", age=67, tags=("leg",),
        proc_phrase="an ultrasound-guided injection of the left knee",
        title="Ultrasound-guided left knee intra-articular corticosteroid injection",
        dx=["Primary osteoarthritis of the left knee (M17.12)"],
        ctx=dict(dur=(2, "year"), care_items=["physical therapy", "meloxicam", "a home exercise program"], care_wk=12,
                 odi=36, pre=6, post=2),
        hist=["!She has medial left knee pain with swelling after activity.", "duration", "care",
              "!Knee X-rays show moderate medial compartment narrowing.", "function"],
        tech=["She lay supine with the left knee slightly flexed, and the superolateral knee was prepped with chlorhexidine.",
              "The skin was anesthetized with 1 mL of 1% lidocaine.",
              "Under ultrasound guidance with a linear probe, a 22-gauge needle was advanced in plane into the "
              "suprapatellar recess of the left knee joint.",
              "Kenalog-40, 1 mL (40 mg), mixed with 4 mL of 1% lidocaine was injected, and the spread was seen within the joint.",
              "A permanent ultrasound image documenting intra-articular needle placement was saved to the record."],
        gold=dict(procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound")],
                  drugs=[given("lidocaine", 50), given("triamcinolone_acetonide", 40)],
                  need=SPINE_NEED + ("imaging_findings",), codes=[line("20611", "LT"), line("J3301", units=4)],
                  findings=[])))

    S.append(dict(
        id="fbv-lsb-01", style="inline_fields", dos="2024-03-19", pos="22", sex="M", age=48, tags=("low",),
        title="Left lumbar sympathetic block at L3 under fluoroscopy",
        fields={"Side": "Left", "Level(s)": "L3", "Guidance": "fluoroscopy"},
        dx=["Complex regional pain syndrome type I of the left lower limb (G90.522)"],
        ctx=dict(care_items=["gabapentin", "desensitization therapy", "mirror therapy"], care_wk=12, pre=8, post=3),
        hist=["!Burning pain, allodynia, swelling and color change of the left foot began after an ankle fracture ten "
              "months ago.", "care",
              "!He cannot wear a shoe on the left foot or tolerate bedsheets touching it, and he walks with crutches."],
        sed="none", contrast_used=True,
        contrast=("Omnipaque 240", "3", "spread along the anterolateral vertebral bodies without vascular or psoas uptake"),
        tech=["Prone; the left lumbar area was prepped and draped.",
              "The skin was anesthetized with 2 mL of 1% lidocaine.",
              "{Guid}, a 22-gauge needle was advanced to the anterolateral margin of the L3 vertebral body on the left.",
              "@contrast",
              "10 mL of 0.25% bupivacaine was injected in divided doses.",
              "Skin temperature of the left foot rose by 2.5 °C within fifteen minutes."],
        gold=dict(procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                              levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="none")],
                  drugs=[given("lidocaine", 20), given("iohexol", 3, "ml"), given("bupivacaine", 25)],
                  need=SPINE_NEED, codes=[line("64520"), line("77002", "26")], findings=[])))

    S.append(dict(
        id="fbv-pump-01", style="odd_spacing", dos="2025-09-30", pos="11", sex="F", age=62, tags=("low",),
        title="Intrathecal pump refill with reprogramming",
        dx=["Failed back surgery syndrome (M96.1)", "Chronic pain syndrome (G89.4)"],
        ctx=dict(),
        hist=["!She has an implanted intrathecal pump and comes in for her scheduled refill; she reports more "
              "breakthrough pain in the evenings and asks for a modest dose increase."],
        tech=["The pump was interrogated: reservoir volume 2.8 mL, low-reservoir alarm date six days away, no error logs.",
              "The skin over the pump was prepped with chlorhexidine and draped, and 1 mL of 1% lidocaine was infiltrated.",
              "I accessed the reservoir with a non-coring Huber needle through the refill template, withdrew the 2.8 mL "
              "of residual drug, and refilled the reservoir with 20 mL of preservative-free morphine 25 mg/mL (500 mg).",
              "The pump was then reprogrammed, increasing the daily dose from 3.0 mg/day to 3.3 mg/day, and the new "
              "settings were confirmed by telemetry."],
        gold=dict(procs=[proc("pump_refill")],
                  drugs=[given("lidocaine", 10), given("morphine", 500)],
                  need=("diagnosis",), codes=[line("62370")], findings=[],
                  comment="Refilled by the physician ('I accessed ... refilled') and reprogrammed: 62370.")))

    S.append(dict(
        id="fbv-kypho-01", style="title_headers", dos="2026-06-09", pos="22", sex="F", age=81, tags=("mid",),
        title="T12 balloon kyphoplasty",
        dx=["Age-related osteoporosis with current pathological fracture of the T12 vertebra, initial encounter (M80.08XA)"],
        ctx=dict(img=("MRI", "of the thoracic spine", "T12",
                      "an acute compression fracture with marrow edema on STIR and about 30% loss of height"),
                 pre=8, post=4),
        hist=["!Severe mid-back pain began after she slipped at home six weeks ago.",
              "!Six weeks of a thoracolumbar brace, scheduled acetaminophen and tramadol have not controlled the pain.",
              "!She is largely confined to a recliner, cannot stand long enough to cook, and needs help to bathe.",
              "imaging"],
        sed="full", sed_ctx=dict(mid=3, fen=100, t1="10:05", t2="10:41", mins=36),
        tech=["Prone on chest rolls; the thoracolumbar area was prepped and draped.",
              "1% lidocaine, 10 mL in total, was used for the skin and periosteum on both sides.",
              "{Guid}, bilateral transpedicular access to T12 was obtained with 11-gauge trocars.",
              "Inflatable balloon tamps were inflated in the T12 vertebral body, creating a cavity and partly restoring "
              "height, and were then removed.",
              "Polymethylmethacrylate cement, about 4 mL per side, was injected under continuous lateral imaging with good "
              "interdigitation and no extravasation."],
        gold=dict(procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T12"],
                              imaging="fluoroscopy", sedation="moderate")],
                  drugs=[given("lidocaine", 100), given("midazolam", 3), given("fentanyl", 0.1)],
                  need=SPINE_NEED + ("imaging_findings",),
                  codes=[line("22513"), line("99152"), line("99153")], findings=[],
                  comment="Moderate sedation by the proceduralist for 36 minutes with an observer: 99152 + 99153 x1.")))
    return S


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    """Render every spec with the seeded generator and queue it with its hand-labelled gold."""
    rng = random.Random(SEED)
    decks = Decks(rng)
    for spec in _specs(proc, line, given, ESI_NEED, SPINE_NEED, minus):
        text = render(spec, decks, rng)
        g = spec["gold"]
        findings = g["findings"]
        if spec.pop("scales_differ", False):  # pre on one named scale, post on another: see `_scales_differ`
            findings = sorted(set(findings) | {"post_procedure_pain_score"})
        add(spec["id"], spec["style"], text, procs=g["procs"], drugs=g["drugs"], pain=(
            spec["ctx"].get("pre") if "pre" not in spec.get("omit", ()) else None,
            spec["ctx"].get("post") if "post" not in spec.get("omit", ()) else None),
            need=g["need"], codes=g["codes"], findings=findings, dos=spec["dos"], pos=spec["pos"],
            consent=g.get("consent", True), complications=g.get("complications", "none"), comment=g.get("comment"),
            payer=spec.get("payer", "medicare"))
