"""Gold-label builder for the annotated corpus: the coder's rules, written once.

A note *spec* says what a note documents (procedures, drugs, dates, which documentation
elements the writer deliberately left out). From it this module derives the two expensive
gold labels the way a certified pain coder would, independently of Painpoint's engine:

* `code_lines(spec)` — the claim lines (code, modifiers, units) under the Medicare conventions
  in `docs/architecture.md` and the domain reference (sections 1-3);
* `finding_elements(spec)` — the documentation elements the note fails to document that the
  procedure requires (reference section 4; mirrors `coding/kb/requirements.yaml`).

It deliberately does not import `coding` or `nlp`: the gold must not be produced by the system it
measures. Both the generator (`generate.py`) and the hand-written notes (`hand_notes.py`) go
through `build_gold`, so a rule fixed here is fixed for every note on the next rebuild.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

# --- payer-sensitive settings (Medicare default) ------------------------------------------------
J1010_SWITCH = dt.date(2024, 4, 1)  # J1020/J1030/J1040 deleted, J1010 (per 1 mg) from this date
JW_FROM = dt.date(2017, 1, 1)  # JW on a discarded amount from a single-dose container (drugs.yaml `discard.jw_from`)
JZ_REQUIRED_FROM = dt.date(2023, 7, 1)  # JZ when nothing was discarded (drugs.yaml `discard.jz_required_from`)
BILL_CONTRAST_IN_OFFICE = False  # contrast is part of the imaging-inclusive codes (A58993/A57787)

C_T = {"cervical", "thoracic"}
L_S = {"lumbar", "sacral"}

SIDE_MOD = {"right": ["RT"], "left": ["LT"], "bilateral": ["50"], None: []}

# HCPCS per drug: (code, billing unit size in the dose unit); None = not separately billed.
DRUG_CODES: dict[str, tuple[str, float] | None] = {
    "triamcinolone_acetonide": ("J3301", 10),
    "dexamethasone_sodium_phosphate": ("J1100", 1),
    "betamethasone_sodium_phosphate_acetate": ("J0702", 6),  # 1 unit = 3 mg acetate + 3 mg phosphate (1 mL of 6 mg/mL)
    "ketorolac_tromethamine": ("J1885", 15),
    "onabotulinumtoxinA": ("J0585", 1),
    "lidocaine": None,
    "bupivacaine": None,
    "ropivacaine": None,
    "iohexol": None,
    "iopamidol": None,
    "midazolam": None,
    "fentanyl": None,
    "morphine": None,
    "baclofen": None,
}
# Steroid per-session ceilings in mg (drugs.yaml `session_ceiling`: the ESI rubric's triamcinolone 80,
# betamethasone 12, dexamethasone 15; methylprednisolone 80 a flagged Painpoint choice), the usual strength that
# turns a steroid's mL into mg (drugs.yaml `mg_per_ml`) and the misread bound (drugs.yaml `dose_sanity`).
STEROID_CEILING_MG: dict[str, float] = {
    "methylprednisolone_acetate": 80,
    "triamcinolone_acetonide": 80,
    "dexamethasone_sodium_phosphate": 15,
    "betamethasone_sodium_phosphate_acetate": 12,
}
STEROID_MG_PER_ML: dict[str, float] = {
    "methylprednisolone_acetate": 40,
    "triamcinolone_acetonide": 40,
    "dexamethasone_sodium_phosphate": 4,
    "betamethasone_sodium_phosphate_acetate": 6,
}
MISREAD_FACTOR = 4
LOCAL_ANESTHETICS = {"lidocaine", "bupivacaine", "ropivacaine"}
CONTRAST = {"iohexol", "iopamidol"}
SEDATIVES = {"midazolam", "fentanyl"}

ESI = {"interlaminar_epidural", "transforaminal_epidural"}
FACET = {"facet_injection", "facet_rfa"}
SI = {"si_joint_injection", "si_joint_nerve_block", "si_joint_rfa"}
SPINAL_INJ = ESI | FACET | SI
INJECTION_FAMILIES = ESI | {"facet_injection"} | {"si_joint_injection", "si_joint_nerve_block"} | {
    "trigger_point",
    "occipital_nerve_block",
    "peripheral_nerve_block",
    "genicular_nerve_block",
    "sympathetic_block",
    "joint_injection",
    "pump_refill",
}
PAIRED = (
    {"transforaminal_epidural"} | FACET | SI
    | {"occipital_nerve_block", "peripheral_nerve_block", "genicular_nerve_block", "genicular_rfa",
       "joint_injection", "sympathetic_block"}
)
LEVELLED = ESI | FACET | {"vertebral_augmentation"}
IMAGE_GUIDED = SPINAL_INJ | {"genicular_nerve_block", "genicular_rfa", "sympathetic_block",
                             "vertebral_augmentation", "scs_trial", "scs_implant"}


# --- code lines ---------------------------------------------------------------------------------


def _line(code: str, mods: list[str] | None = None, units: int = 1) -> dict[str, Any]:
    return {"code": code, "modifiers": sorted(mods or []), "units": int(units)}


def _imaging_guided(p: dict) -> bool:
    return p.get("imaging") in ("fluoroscopy", "ct")


def _proc_lines(p: dict, spec: dict) -> list[dict]:
    fam = p["family"]
    side = p.get("laterality")
    mods = SIDE_MOD[side]
    n = len(p.get("levels") or [])
    region = p.get("region")
    out: list[dict] = []
    if fam == "interlaminar_epidural":
        if region in C_T:
            out.append(_line("62321" if _imaging_guided(p) else "62320"))
        else:
            out.append(_line("62323" if _imaging_guided(p) else "62322"))
    elif fam == "transforaminal_epidural":
        prim, add = ("64479", "64480") if region in C_T else ("64483", "64484")
        out.append(_line(prim, mods))
        if n > 1:
            out.append(_line(add, mods, n - 1))
    elif fam == "facet_injection":
        codes = ("64490", "64491", "64492") if region in C_T else ("64493", "64494", "64495")
        m = mods + (["KX"] if p.get("intent") == "diagnostic" else [])
        out.append(_line(codes[0], m))
        if n >= 2:
            out.append(_line(codes[1], m))
        if n >= 3:
            out.append(_line(codes[2], m))
    elif fam == "facet_rfa":
        prim, add = ("64633", "64634") if region in C_T else ("64635", "64636")
        out.append(_line(prim, mods))
        if n > 1:
            out.append(_line(add, mods, n - 1))
    elif fam == "si_joint_injection":
        out.append(_line("27096", mods))
    elif fam == "si_joint_nerve_block":
        out.append(_line("64451", mods))
    elif fam == "si_joint_rfa":
        out.append(_line("64625", mods))
    elif fam == "trigger_point":
        out.append(_line("20553" if p["muscles"] >= 3 else "20552"))
    elif fam == "occipital_nerve_block":
        for nerve in p.get("nerves", ["greater_occipital"]):
            out.append(_line("64405" if nerve == "greater_occipital" else "64450", mods))
        out += _separate_guidance(p)
    elif fam == "peripheral_nerve_block":
        code = {"suprascapular": "64418", "intercostal": "64420", "ilioinguinal": "64425"}.get(p["target"], "64450")
        out.append(_line(code, mods))
        # intercostal at several levels (spec key `nerve_levels`, default one; gold `levels` stays empty for peripheral
        # targets): +64421 for each level after the first, same modifiers (codes.yaml peripheral.intercostal, kb22)
        if code == "64420" and int(p.get("nerve_levels", 1)) > 1:
            out.append(_line("64421", mods, int(p["nerve_levels"]) - 1))
        out += _separate_guidance(p)
    elif fam == "genicular_nerve_block":
        out.append(_line("64454", mods))
    elif fam == "genicular_rfa":
        out.append(_line("64624", mods))
    elif fam == "sympathetic_block":
        code = {
            "stellate": "64510",
            "lumbar_sympathetic": "64520",
            "thoracic_sympathetic": "64520",
            "celiac": "64530",
            "superior_hypogastric": "64517",
            "ganglion_impar": "64999",
        }[p["target"]]
        out.append(_line(code, [], p.get("units", 1)))
        out += _separate_guidance(p)
    elif fam == "joint_injection":
        size = {"finger": 0, "toe": 0, "wrist": 1, "elbow": 1, "ankle": 1, "acromioclavicular": 1,
                "knee": 2, "shoulder": 2, "hip": 2, "subacromial_bursa": 2}[p["target"]]
        us_recorded = p.get("imaging") == "ultrasound" and p.get("saved_images")
        code = [("20600", "20604"), ("20605", "20606"), ("20610", "20611")][size][1 if us_recorded else 0]
        out.append(_line(code, mods))
        if p.get("imaging") == "fluoroscopy":
            out.append(_line("77002"))
    elif fam == "scs_trial":
        out.append(_line("63650", [], p.get("leads", 2)))
        out.append(_line("77003"))
    elif fam == "scs_implant":
        out.append(_line("63650", [], p.get("leads", 2)))
        out.append(_line("63685"))
        out.append(_line("77003"))
    elif fam == "vertebral_augmentation":
        first = p["levels"][0] if p.get("levels") else ("T" if p.get("region") == "thoracic" else "L")
        if p["approach"] == "kyphoplasty":
            prim = "22513" if first.startswith(("T", "C")) else "22514"
            add = "22515"
        else:
            prim = "22510" if first.startswith(("T", "C")) else "22511"
            add = "22512"
        out.append(_line(prim))
        if n > 1:
            out.append(_line(add, [], n - 1))
    elif fam == "pump_refill":
        phys = p.get("physician") is not False  # not stated: the note's author (the physician) is assumed
        if p.get("reprogrammed"):
            out.append(_line("62370" if phys else "62369"))
        else:
            out.append(_line("95991" if phys else "95990"))
    else:  # pragma: no cover - closed vocabulary
        raise ValueError(fam)
    return out


FACILITY_POS = {"19", "22", "24"}
IMAGING_INCLUSIVE = ESI | FACET | SI | {"genicular_nerve_block", "genicular_rfa", "vertebral_augmentation"}


def _separate_guidance(p: dict) -> list[dict]:
    """Guidance codes for families whose codes do not include imaging (somatic and sympathetic)."""
    if p.get("imaging") == "ultrasound" and p.get("saved_images"):
        return [_line("76942")]
    if p.get("imaging") == "fluoroscopy":
        return [_line("77002")]
    return []


def _professional_component(lines: list[dict], pos: str) -> list[dict]:
    """In a facility the physician reports separately billed imaging with 26 (professional component)."""
    if pos in FACILITY_POS:
        for ln in lines:
            if ln["code"] in ("77002", "77003", "76942") and "26" not in ln["modifiers"]:
                ln["modifiers"] = sorted(ln["modifiers"] + ["26"])
    return lines


def _sedation_lines(p: dict) -> list[dict]:
    s = p.get("sedation_detail") or {}
    if p.get("sedation") != "moderate" or not s.get("by_proceduralist", True):
        return []
    minutes = s.get("minutes")
    if not minutes or minutes < 10 or not s.get("observer"):
        return []
    out = [_line("99152")]
    if minutes >= 23:
        out.append(_line("99153", [], (minutes - 8) // 15))
    return out


def steroid_mg(drug: dict) -> float | None:
    """A gold drug's total in mg when it is a steroid with a ceiling (mL at its usual strength), else None."""
    g, dose, unit = drug["generic"], drug.get("dose"), drug.get("dose_unit") or "mg"
    if g not in STEROID_CEILING_MG or dose is None:
        return None
    return dose * STEROID_MG_PER_ML[g] if unit == "ml" else dose / 1000 if unit == "mcg" else dose


def misread_dose(drug: dict) -> bool:
    """Above the misread bound: no code line is proposed for it (drugs.yaml `dose_sanity`)."""
    mg = steroid_mg(drug)
    return mg is not None and mg > MISREAD_FACTOR * STEROID_CEILING_MG[drug["generic"]] + 1e-9


def dose_ceiling(drugs: list[dict], families: list[str]) -> bool:
    """The `dose_ceiling` element (esi.steroid_dose_ceiling, common.steroid_dose_misread): a steroid's total
    for the session (all its mentions, gold doses) is above its ceiling in a note with an epidural procedure,
    or above the misread bound in any note."""
    esi = bool(set(families) & ESI)
    for d in aggregate_drugs(drugs):
        mg = steroid_mg(d)
        if mg is not None and (misread_dose(d) or esi and mg > STEROID_CEILING_MG[d["generic"]] + 1e-9):
            return True
    return False


def _drug_lines(spec: dict) -> list[dict]:
    if spec["place_of_service"] != "11":
        return []
    dos = dt.date.fromisoformat(spec["date_of_service"])
    out: list[dict] = []
    extras = {d["generic"]: d for d in spec["drugs"]}
    for agg in aggregate_drugs(spec["drugs"]):
        d = {**extras[agg["generic"]], **agg}
        g, dose = d["generic"], d.get("dose")
        if dose is None or d.get("bill") is False or misread_dose(d):
            continue
        if g == "methylprednisolone_acetate" and dos < J1010_SWITCH:
            # legacy strengths: fewest units that cover the dose (80s, then 40, then 20)
            n80, rest = divmod(dose, 80)
            if n80:
                out.append(_line("J1040", [], int(n80)))
            if rest > 40:
                out.append(_line("J1040"))
            elif rest > 20:
                out.append(_line("J1030"))
            elif rest > 0:
                out.append(_line("J1020"))
            continue
        if g == "methylprednisolone_acetate":
            code, unit = "J1010", 1.0
        elif g in CONTRAST:
            # Contrast is part of imaging-inclusive codes; with codes that do not include imaging it is a
            # separately payable supply in the office, by iodine strength, per mL.
            fams = {p["family"] for p in spec["procedures"]}
            strength = d.get("strength")
            if (fams & IMAGING_INCLUSIVE and not BILL_CONTRAST_IN_OFFICE) or not strength or d.get("dose_unit") != "ml":
                continue
            code = "Q9965" if strength < 200 else ("Q9966" if strength < 300 else "Q9967")
            out.append(_line(code, [], math.ceil(dose)))
            continue
        else:
            entry = DRUG_CODES.get(g)
            if entry is None:
                continue
            code, unit = entry
        units = math.ceil(round(dose / unit, 6))
        mods: list[str] = []
        jw = None
        if d.get("container") == "single_dose" and dos >= JW_FROM:
            discarded = d.get("discarded") or 0
            if discarded > 0:
                jw = math.ceil(round(discarded / unit, 6))
            elif dos >= JZ_REQUIRED_FROM:
                mods = ["JZ"]
        out.append(_line(code, mods, units))
        if jw:
            out.append(_line(code, ["JW"], jw))
    return out


def code_lines(spec: dict) -> list[dict]:
    lines: list[dict] = []
    for p in spec["procedures"]:
        if p.get("not_performed"):
            continue
        lines += _proc_lines(p, spec)
        lines += _sedation_lines(p)
    lines += _drug_lines(spec)
    return _professional_component(lines, spec["place_of_service"])


# --- finding elements ---------------------------------------------------------------------------
# Mirrors the requirements in `coding/kb/requirements.yaml` (every severity) plus the coding
# findings of `coding/kb/codes.yaml` (limits, conflicts, code validity). Where the gold departs
# from the KB on purpose (`frequency`, an unnamed steroid beside a named local anaesthetic, a caudal
# ESI for lumbar disease is no region mismatch), the README says so.

ALL_FAMILIES = {
    "interlaminar_epidural", "transforaminal_epidural", "facet_injection", "facet_rfa", "si_joint_injection",
    "si_joint_nerve_block", "si_joint_rfa", "trigger_point", "occipital_nerve_block", "peripheral_nerve_block",
    "genicular_nerve_block", "genicular_rfa", "sympathetic_block", "joint_injection", "scs_trial", "scs_implant",
    "vertebral_augmentation", "pump_refill",
}
MIDLINE_TARGETS = {"celiac", "superior_hypogastric", "ganglion_impar"}
DRUG_FAMILIES = ESI | {"facet_injection", "si_joint_injection", "si_joint_nerve_block", "trigger_point", "occipital_nerve_block",
                       "peripheral_nerve_block", "genicular_nerve_block", "sympathetic_block", "joint_injection", "pump_refill"}
DRUG_DOSE_IF_GIVEN = {"facet_rfa", "si_joint_rfa", "genicular_rfa", "scs_trial", "scs_implant", "vertebral_augmentation"}

# Elements written in a spec's `absent` list, and the families for which their absence is a finding.
NOTE_LEVEL: dict[str, set[str]] = {
    "indication": ALL_FAMILIES,
    "diagnosis": ALL_FAMILIES,
    "consent": ALL_FAMILIES,
    "complications": ALL_FAMILIES,
    "time_out": ALL_FAMILIES,
    "pre_procedure_pain_score": ALL_FAMILIES - {"scs_implant", "pump_refill"},
    "post_procedure_pain_score": ALL_FAMILIES - {"scs_implant", "pump_refill"},
    "symptom_duration": ESI | FACET | {"si_joint_injection", "scs_trial", "scs_implant"},
    "conservative_care": ESI | FACET | {"si_joint_injection", "scs_trial", "scs_implant", "vertebral_augmentation"},
    "functional_impairment": ESI | FACET,
    "imaging_findings": ESI | {"vertebral_augmentation"},
    "percent_relief": {"si_joint_injection", "trigger_point"},
    "muscle_count": {"trigger_point"},
    "drug_name": DRUG_FAMILIES,
    "code_validity": ALL_FAMILIES,  # e.g. an invalid or non-billable ICD-10 code written in the note
    "frequency": ALL_FAMILIES,  # more sessions than the LCD allows in a rolling 12 months (not in the KB)
    "sedation_details": ALL_FAMILIES,
    "approach": ALL_FAMILIES,  # used for an RF technique left unstated (rfa families)
}
NOT_IN_KB = {"frequency"}

# Effective dates of the family LCD requirements (requirements.yaml `effective.from`); the common
# requirements apply to every date we code. Before its date a family requirement is not labelled.
LCD_FROM = {
    **{f: dt.date(2021, 12, 5) for f in ESI},
    **{f: dt.date(2021, 4, 25) for f in FACET},
    "si_joint_injection": dt.date(2023, 3, 19), "si_joint_nerve_block": dt.date(2023, 3, 19),
    "genicular_rfa": dt.date(2020, 1, 1), "si_joint_rfa": dt.date(2020, 1, 1),
}
COMMON_ELEMENTS = {"indication", "diagnosis", "consent", "complications", "time_out", "pre_procedure_pain_score",
                   "post_procedure_pain_score", "drug_name", "drug_dose", "code_validity", "frequency", "laterality", "levels",
                   "sedation_details", "level_limit", "laterality_conflict"}
SEDATION_FROM = dt.date(2017, 1, 1)  # sedation.details / sedation.independent_observer
SEDATION_JUSTIFICATION_FROM = dt.date(2021, 4, 25)
SEDATION_JUSTIFIED = ESI | {"facet_injection", "facet_rfa"}  # sedation.justification (+ _rfa); SI is not in the KB list
DILUENTS = {"saline", "sterile_water", "bacteriostatic_water"}  # requirements.yaml meta.diluent_patterns: not an injectate

# --- reading the diagnosis (common.diagnosis, common.diagnosis_specificity, *.diagnosis_support) ---
# A coder's reading of each diagnosis statement: the ICD-10-CM code it supports, the spinal region
# and side the code names, and the qualifiers the statement lacks where the KB's specificity table
# (`coding/kb/icd10.yaml` text_rules with `qualifiers`) needs them for a billable leaf. Only
# conditions that table covers are asked to be specific. `vague`: the line holds no diagnosis
# (requirements.yaml common.diagnosis vague_patterns: 'Pain.', 'Same', 'see prior notes').
# `nonspecific`: a real but non-specific pain diagnosis (G89.29 'chronic pain'), which the ESI
# policy ("non-specific or axial pain codes do not support it") and the closed facet list reject.
DX_READINGS: dict[str, dict] = {
    "Pain": {"vague": True}, "Pain, see prior notes": {"vague": True},
    "Chronic pain": {"code": "G89.29", "nonspecific": True},
    "Lumbar radiculopathy": {"code": "M54.16"}, "Lumbosacral radiculopathy (M54.17)": {"code": "M54.17"},
    "Lumbar disc herniation with radiculopathy (M51.16)": {"code": "M51.16"}, "S1 radiculopathy": {"code": "M54.17"},
    "Cervical radiculopathy (M54.12)": {"code": "M54.12"}, "Cervical radiculitis": {"code": "M54.12"},
    "Cervical foraminal stenosis with radiculopathy": {"code": "M48.02"},
    "Lumbar radiculopathy (M54.16)": {"code": "M54.16"},
    "Lumbar spinal stenosis with neurogenic claudication (M48.062)": {"code": "M48.062"},
    "Lumbar spinal stenosis with neurogenic claudication": {"code": "M48.062"},
    "Post-laminectomy syndrome (M96.1) with bilateral radicular pain": {"code": "M96.1"},
    "Thoracic radiculopathy (M54.14)": {"code": "M54.14"},
    "Lumbar spondylosis without radiculopathy (M47.816)": {"code": "M47.816"}, "Lumbar facet arthropathy": {"code": "M47.816"},
    "Lumbosacral facet syndrome (M47.817)": {"code": "M47.817"},
    "Cervical spondylosis without myelopathy or radiculopathy (M47.812)": {"code": "M47.812"},
    "Cervical facet arthropathy": {"code": "M47.812"}, "Thoracic spondylosis (M47.814)": {"code": "M47.814"},
    "Sacroiliitis (M46.1)": {"code": "M46.1"}, "SI joint arthropathy": {"code": "M46.1"},
    "Sacroiliac joint dysfunction": {"code": "M53.3"}, "Sacroiliac joint pain": {"code": "M53.3"},
    "Myofascial pain syndrome (M79.18)": {"code": "M79.18"},
    "Myalgia, other site": {"code": "M79.18"},  # the site is written: 'other site' is the title of M79.18
    "Myofascial pain of the neck and upper back": {"code": "M79.12"},
    "Occipital neuralgia (M54.81)": {"code": "M54.81"}, "Occipital neuralgia": {"code": "M54.81"},
    "Cervicogenic headache with occipital neuralgia": {"code": "M54.81"},
    "Chronic shoulder pain due to rotator cuff arthropathy": {}, "Ilioinguinal neuralgia after hernia repair": {},
    "Intercostal neuralgia (G58.0)": {"code": "G58.0"}, "Meralgia paresthetica": {},
    "Primary osteoarthritis of the knee": {"code": "M17.10", "missing": ["side"]},
    "Knee osteoarthritis": {"code": "M17.10", "missing": ["side"]},
    "Chronic knee pain after total knee arthroplasty": {},
    "Complex regional pain syndrome type I of the upper limb": {"code": "G90.519", "missing": ["side"]},
    "CRPS type I of the lower limb": {"code": "G90.529", "missing": ["side"]},
    "Coccydynia": {}, "Chronic pelvic pain": {},
    "Glenohumeral osteoarthritis": {"code": "M19.019", "missing": ["side"]},
    "Osteoarthritis of the hip": {"code": "M16.10", "missing": ["side"]},
    "Osteoarthritis of the wrist": {}, "Post-traumatic ankle arthritis": {}, "Osteoarthritis of the index finger PIP joint": {},
    "Subacromial bursitis": {},
    "Post-laminectomy syndrome (M96.1) with bilateral leg pain": {"code": "M96.1"},
    "Complex regional pain syndrome of the lower limb": {"code": "G90.529", "missing": ["side"]},
    "Failed back surgery syndrome": {"code": "M96.1"},
    "Osteoporotic compression fracture (M80.08XA)": {"code": "M80.08XA"},
    "Chronic pain syndrome with intrathecal drug delivery system": {"code": "G89.4"},
    "Spasticity with intrathecal baclofen pump": {},
}

_ESI_DX = ("M54.1", "M51.16", "M51.17", "M48.02", "M48.04", "M48.05", "M48.07", "M48.061", "M48.062", "M96.1", "B02.29")
_FACET_DX = ("M47.81", "M47.89", "M48.1", "M53.8")
# code prefix -> (families it supports, families it is known not to support); from coding/kb/icd10.yaml
DX_SUPPORTS: list[tuple[str, set[str], set[str]]] = [
    *[(c, ESI, FACET) for c in _ESI_DX],
    *[(c, FACET, ESI) for c in _FACET_DX],
    ("M46.1", SI, ESI), ("M53.3", {"si_joint_injection", "si_joint_nerve_block"}, set()),
    ("M54.5", set(), ESI | {"si_joint_injection", "si_joint_nerve_block"}), ("M54.2", set(), ESI),
    ("M54.81", {"occipital_nerve_block", "peripheral_nerve_block"}, set()), ("M79.1", {"trigger_point"}, ESI),
    ("G90.5", {"sympathetic_block", "peripheral_nerve_block", "scs_trial", "scs_implant"}, ESI),
    ("G56.4", {"sympathetic_block", "peripheral_nerve_block", "scs_trial", "scs_implant"}, ESI),
    ("G57.7", {"sympathetic_block", "peripheral_nerve_block", "scs_trial", "scs_implant"}, ESI),
    ("M17.", {"genicular_nerve_block", "genicular_rfa", "joint_injection"}, ESI), ("M16.", {"joint_injection"}, set()),
    ("M19.01", {"joint_injection"}, set()), ("M80.08XA", {"vertebral_augmentation"}, set()),
    ("M48.5", {"vertebral_augmentation"}, set()),
]
M96 = ("M96.1", ESI | {"scs_trial", "scs_implant"}, set())
# region a spinal code names (5th/6th character) and the procedure regions it fits (icd10.yaml region_compatibility)
DX_REGION = {"M54.12": "cervical", "M54.14": "thoracic", "M54.16": "lumbar", "M54.17": "lumbosacral", "M51.16": "lumbar",
             "M51.17": "lumbosacral", "M48.02": "cervical", "M48.061": "lumbar", "M48.062": "lumbar", "M47.812": "cervical",
             "M47.814": "thoracic", "M47.816": "lumbar", "M47.817": "lumbosacral"}
REGION_FITS = {"cervical": {"cervical", "cervicothoracic"}, "thoracic": {"cervicothoracic", "thoracic", "thoracolumbar"},
               "lumbar": {"thoracolumbar", "lumbar", "lumbosacral"}, "sacral": {"lumbosacral", "sacral"}}
DX_SUPPORT_FAMILIES = ESI | FACET | {"si_joint_injection", "si_joint_nerve_block", "trigger_point", "occipital_nerve_block",
                                     "peripheral_nerve_block", "genicular_nerve_block", "genicular_rfa", "sympathetic_block",
                                     "scs_trial", "scs_implant", "vertebral_augmentation"}


def dx_reading(spec: dict) -> dict | None:
    """The coder's reading of the note's diagnosis: `dx` (a reading dict) written in a hand-note spec,
    or the generated diagnosis line looked up in DX_READINGS. None = nothing more to say about it."""
    dx = spec.get("dx")
    if dx is None or isinstance(dx, dict):
        return dx
    return DX_READINGS[dx.rstrip(".")]


def _dx_entry(code: str) -> tuple[str, set[str], set[str]] | None:
    if code == "M96.1":
        return M96
    for prefix, sup, nsup in DX_SUPPORTS:
        if code.startswith(prefix):
            return prefix, sup, nsup
    return None


def dx_fails_support(p: dict, reading: dict) -> bool:
    """esi/facet/common .diagnosis_support: the documented diagnosis does not support this procedure
    (wrong family, or a spinal region / side that does not match the procedure)."""
    fam = p["family"]
    if fam not in DX_SUPPORT_FAMILIES or reading.get("vague"):
        return False
    code = reading.get("code")
    if reading.get("nonspecific"):
        return fam in ESI | FACET  # non-specific pain does not support ESI; not on the closed facet list
    entry = _dx_entry(code) if code else None
    if entry is None:
        return fam in FACET and code is not None  # the facet list is closed
    _, sup, nsup = entry
    if fam in sup:
        region = DX_REGION.get(code)
        proc_region = p.get("region")
        if fam in ESI and p.get("approach") == "caudal":
            proc_region = "lumbar"  # a caudal ESI treats lumbosacral disease (62323: lumbar or sacral (caudal))
        if region and proc_region in REGION_FITS and region not in REGION_FITS[proc_region]:
            return True
        side = reading.get("side")
        return bool(side and p.get("laterality") and side != p["laterality"])
    if fam in FACET:
        return True
    return fam in nsup


def _lcd_in_force(fam: str, spec: dict) -> bool:
    start = LCD_FROM.get(fam)
    return start is None or dt.date.fromisoformat(spec["date_of_service"]) >= start


def _repeat(p: dict) -> bool:
    """A procedure is a repeat when the note says so (`repeat`: "repeat L5-S1 TFESI", "her second epidural",
    "another round of injections") or records a (quantified) response to an earlier one
    (requirements.yaml `applies_when.repeat`: Procedure.repeat or a prior-response entry for this family)."""
    prior = p.get("prior_response")
    return bool(p.get("repeat")) or bool(prior and prior[0] is not None)


def _proc_findings(p: dict, spec: dict) -> set[str]:
    fam = p["family"]
    out: set[str] = set()
    if fam in PAIRED and p.get("laterality") is None and p.get("target") not in MIDLINE_TARGETS:
        out.add("laterality")
    level_needed = fam in LEVELLED or (fam == "sympathetic_block" and p.get("target") in ("lumbar_sympathetic", "thoracic_sympathetic"))
    if level_needed and not p.get("levels") and p.get("approach") != "caudal":
        out.add("levels")
    guided = {"fluoroscopy", "ct"} | ({"ultrasound"} if fam == "sympathetic_block" else set())
    if fam in ESI | FACET | {"si_joint_injection", "si_joint_nerve_block", "sympathetic_block", "vertebral_augmentation"}:
        if p.get("imaging") not in guided:
            out.add("imaging_guidance")
    if fam in ESI | {"si_joint_injection"}:
        if p.get("contrast") is None or (p.get("contrast") is False and not p.get("contrast_reason")):
            out.add("contrast")
        if not _saved_two_views(p):
            out.add("saved_images")
    if fam == "interlaminar_epidural" and p.get("approach") is None:
        out.add("approach")
    if fam == "facet_injection" and (p.get("approach") is None or p.get("intent") is None):
        out.add("approach")
    if fam == "si_joint_injection" and p.get("intent") is None:
        out.add("approach")
    if fam in ("scs_trial", "scs_implant", "vertebral_augmentation") and p.get("approach") is None:
        out.add("approach")
    # relief history
    rel = p.get("diag_relief")  # list of prior diagnostic block percentages documented, or None
    if fam == "facet_rfa" and not _repeat(p) and not (rel and len(rel) >= 2 and min(rel) >= 80):
        out.add("diagnostic_block_relief")
    if fam == "facet_injection":
        if p.get("intent") == "therapeutic" and not (rel and len(rel) >= 2 and min(rel) >= 80):
            out.add("diagnostic_block_relief")
        if p.get("intent") == "diagnostic" and rel and min(rel) < 80:
            out.add("diagnostic_block_relief")
    if fam == "si_joint_injection" and p.get("intent") == "therapeutic" and not (rel and min(rel) >= 75):
        out.add("diagnostic_block_relief")
    if fam == "genicular_rfa" and not rel:
        out.add("diagnostic_block_relief")
    if fam == "si_joint_injection" and p.get("intent") == "diagnostic" and spec.get("relief") is not None and spec["relief"] < 75:
        out.add("percent_relief")
    if _repeat(p):
        prior = p.get("prior_response")  # (percent, days): 3 months = 90 days, 6 months = 180 days
        need_days = 180 if fam == "facet_rfa" else 90
        applies = fam in ESI or fam == "facet_rfa" or (fam in ("facet_injection", "si_joint_injection") and p.get("intent") == "therapeutic")
        if applies and not (prior and (prior[0] or 0) >= 50 and (prior[1] or 0) >= need_days):
            out.add("prior_procedure_response")
    if fam == "scs_implant":
        prior = p.get("prior_response")
        if not (prior and prior[0] >= 50):
            out.add("prior_procedure_response")
    # sedation
    sed = p.get("sedation")
    dos = dt.date.fromisoformat(spec["date_of_service"])
    if sed in ("moderate", "deep", "mac", "general") and dos >= SEDATION_FROM:
        d = p.get("sedation_detail") or {}
        # sedation.details: agents, doses, start and stop times
        if not (d.get("agents") and d.get("doses", d.get("agents")) and d.get("times")):
            out.add("sedation_details")
        # sedation.independent_observer: moderate sedation by the proceduralist
        if sed == "moderate" and d.get("by_proceduralist", True) and not (d.get("observer") and d.get("minutes")):
            out.add("sedation_details")
        # sedation.justification (ESI, facet injection) and sedation.justification_rfa (facet RFA)
        if fam in SEDATION_JUSTIFIED and dos >= SEDATION_JUSTIFICATION_FROM and not d.get("justification"):
            out.add("sedation_details")
    # pump.reprogramming / pump.performed_by: whether the pump was reprogrammed and who refilled it
    if fam == "pump_refill" and (p.get("reprogrammed") is None or p.get("physician") is None):
        out.add("approach")
    # common.diagnosis_support / esi.diagnosis_support / facet.diagnosis_support
    reading = dx_reading(spec)
    if reading and "diagnosis" not in spec.get("absent", ()) and dx_fails_support(p, reading):
        out.add("diagnosis")
    if level_limit(p):
        out.add("level_limit")
    return out


def _saved_two_views(p: dict) -> bool:
    """esi/si.saved_images (min_views 2): the note states at least two saved views ('AP and lateral
    images saved', 'two views'); 'Images saved.' alone, or a stated count below two, is a finding."""
    if p.get("views") is not None:
        return p["views"] >= 2
    return bool(p.get("saved_images"))


def _drug_findings(spec: dict) -> set[str]:
    fams = {p["family"] for p in spec["procedures"]}
    named = [d for d in spec["drugs"] if d["generic"] not in CONTRAST | SEDATIVES | DILUENTS]
    out: set[str] = set()
    if fams & DRUG_FAMILIES and not named:
        out.add("drug_name")
    need_dose = bool(fams & DRUG_FAMILIES) or bool(fams & DRUG_DOSE_IF_GIVEN and named)
    if need_dose and any(d.get("dose") is None for d in named):
        out.add("drug_dose")
    return out


def level_limit(p: dict) -> bool:
    n = len(p.get("levels") or [])
    fam = p["family"]
    return (fam == "transforaminal_epidural" and n > 2) or (fam == "interlaminar_epidural" and n > 1) or (
        fam == "facet_injection" and n > 2
    )


ZOSTER_EXEMPT = {"symptom_duration", "conservative_care"}  # esi.* applies_when unless_diagnosis ^B02.


def finding_elements(spec: dict) -> list[str]:
    absent = set(spec.get("absent", ()))
    reading = dx_reading(spec) or {}
    zoster = str(reading.get("code") or "").startswith("B02.")
    radicular = (spec.get("necessity") or {}).get("radicular_findings")
    out: set[str] = set()
    for p in spec["procedures"]:
        fam = p["family"]
        found: set[str] = set()
        for e in absent:
            if e in NOTE_LEVEL and fam in NOTE_LEVEL[e]:
                if fam in ESI and zoster and e in ZOSTER_EXEMPT:
                    continue  # acute herpes zoster is exempt from the ESI duration and conservative-care rules
                found.add(e)
        if fam in ESI and ("radicular_findings" in absent or radicular is False):
            found.add("indication")  # esi.radicular_findings reports under `indication`
        found |= _proc_findings(p, spec)
        if not _lcd_in_force(fam, spec):
            found &= COMMON_ELEMENTS  # the family LCD requirements start later than this date of service
        out |= found
    # common.diagnosis_specificity: the diagnosis lacks the region/side/site its code needs
    if reading.get("missing") and "diagnosis" not in absent:
        out.add("diagnosis")
    out |= _drug_findings(spec)
    out |= set(spec.get("extra_findings", ()))
    return sorted(out)


# --- the gold record ----------------------------------------------------------------------------

NECESSITY = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
             "imaging_findings", "radicular_findings")
PROC_KEYS = ("family", "approach", "target", "region", "laterality", "levels", "imaging", "contrast", "intent", "sedation")


def aggregate_drugs(drugs: list[dict]) -> list[dict]:
    """One entry per generic: the total administered dose, or null when any mention has no dose."""
    out: dict[str, dict] = {}
    for d in drugs:
        dose = d.get("dose")
        unit = d.get("dose_unit", "mg") if dose is not None else None
        if d["generic"] not in out:
            out[d["generic"]] = {"generic": d["generic"], "dose": dose, "dose_unit": unit}
            continue
        cur = out[d["generic"]]
        if cur["dose"] is None or dose is None:
            cur["dose"], cur["dose_unit"] = None, None
        else:
            cur["dose"] = round(cur["dose"] + dose, 3)
    return list(out.values())


def build_gold(spec: dict) -> dict:
    """The gold JSON record for one note spec (see `corpora/README.md` for the format)."""
    absent = set(spec.get("absent", ()))
    procs = []
    for p in spec["procedures"]:
        g = {k: p.get(k) for k in PROC_KEYS}
        g["levels"] = list(p.get("levels") or [])
        procs.append(g)
    if "necessity" in spec:
        necessity = {k: bool(spec["necessity"].get(k, False)) for k in NECESSITY}
    else:  # hand-written notes: everything documented unless listed absent; radicular only when claimed
        necessity = {k: k not in absent for k in NECESSITY}
        necessity["radicular_findings"] = bool(spec.get("radicular", False)) and "radicular_findings" not in absent
    pre, post = spec.get("pain", (None, None))
    gold = {
        "id": spec["id"],
        "style": spec["style"],
        "origin": spec.get("origin", "generated"),
        "payer": spec.get("payer", "medicare"),
        "date_of_service": spec["date_of_service"],
        "place_of_service": spec["place_of_service"],
        "procedures": procs,
        "drugs": aggregate_drugs(spec["drugs"]),
        "pain_scores": {"pre": pre, "post": post},
        "necessity": necessity,
        "consent": "consent" not in absent,
        "complications": None if "complications" in absent else spec.get("complications", "none"),
        "codes": spec["codes"] if "codes" in spec else code_lines(spec),
        "finding_elements": spec["findings"] if "findings" in spec else finding_elements(spec),
    }
    families = [p["family"] for p in spec["procedures"] if not p.get("not_performed")]
    if dose_ceiling(spec["drugs"], families):  # by rule also where a spec lists its findings by hand
        gold["finding_elements"] = sorted({*gold["finding_elements"], "dose_ceiling"})
    if spec.get("comment"):
        gold["comment"] = spec["comment"]
    return gold
