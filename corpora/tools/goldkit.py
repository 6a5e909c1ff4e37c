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
JZ_REQUIRED_FROM = dt.date(2023, 7, 1)
BILL_CONTRAST_IN_OFFICE = False  # contrast is part of the imaging-inclusive codes (A58993/A57787)

C_T = {"cervical", "thoracic"}
L_S = {"lumbar", "sacral"}

SIDE_MOD = {"right": ["RT"], "left": ["LT"], "bilateral": ["50"], None: []}

# HCPCS per drug: (code, billing unit size in the dose unit); None = not separately billed.
DRUG_CODES: dict[str, tuple[str, float] | None] = {
    "triamcinolone": ("J3301", 10),
    "dexamethasone": ("J1100", 1),
    "betamethasone": ("J0702", 6),  # 1 unit = 3 mg acetate + 3 mg phosphate (1 mL of 6 mg/mL)
    "ketorolac": ("J1885", 15),
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
        first = p["levels"][0]
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
        phys = p.get("physician", True)
        if p.get("reprogrammed"):
            out.append(_line("62370" if phys else "62369"))
        else:
            out.append(_line("95991" if phys else "95990"))
    else:  # pragma: no cover - closed vocabulary
        raise ValueError(fam)
    return out


def _separate_guidance(p: dict) -> list[dict]:
    """Guidance codes for families whose codes do not include imaging (somatic and sympathetic)."""
    if p.get("imaging") == "ultrasound" and p.get("saved_images"):
        return [_line("76942")]
    if p.get("imaging") == "fluoroscopy":
        return [_line("77002")]
    return []


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


def _drug_lines(spec: dict) -> list[dict]:
    if spec["place_of_service"] != "11":
        return []
    dos = dt.date.fromisoformat(spec["date_of_service"])
    out: list[dict] = []
    extras = {d["generic"]: d for d in spec["drugs"]}
    for agg in aggregate_drugs(spec["drugs"]):
        d = {**extras[agg["generic"]], **agg}
        g, dose = d["generic"], d.get("dose")
        if dose is None or d.get("bill") is False:
            continue
        if g == "methylprednisolone_acetate":
            if dos >= J1010_SWITCH:
                code, unit = "J1010", 1.0
            elif dose <= 20:
                code, unit = "J1020", 20.0
            elif dose <= 40:
                code, unit = "J1030", 40.0
            else:
                code, unit = "J1040", 80.0
        elif g in CONTRAST and BILL_CONTRAST_IN_OFFICE:
            continue  # (would be Q9965-Q9967 by strength)
        else:
            entry = DRUG_CODES.get(g)
            if entry is None:
                continue
            code, unit = entry
        units = math.ceil(round(dose / unit, 6))
        mods: list[str] = []
        jw = None
        if d.get("container") == "single_dose" and dos >= JZ_REQUIRED_FROM:
            discarded = d.get("discarded") or 0
            if discarded > 0:
                jw = math.ceil(round(discarded / unit, 6))
            else:
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
    return lines


# --- finding elements ---------------------------------------------------------------------------

# element -> families that require it (documentation requirements, reference section 4).
REQUIRED: dict[str, set[str]] = {
    "indication": set(),  # filled below: every family
    "diagnosis": set(),
    "symptom_duration": SPINAL_INJ,
    "conservative_care": SPINAL_INJ | {"scs_trial", "vertebral_augmentation"},
    "functional_impairment": SPINAL_INJ,
    "imaging_findings": ESI | {"vertebral_augmentation"},
    "pre_procedure_pain_score": ESI | {"facet_injection", "si_joint_injection", "si_joint_nerve_block", "trigger_point"},
    "post_procedure_pain_score": ESI | {"facet_injection", "si_joint_injection", "si_joint_nerve_block", "trigger_point"},
    "levels": LEVELLED,
    "laterality": PAIRED,
    "approach": ESI | {"facet_injection"},
    "imaging_guidance": IMAGE_GUIDED,
    "saved_images": ESI | {"si_joint_injection"},
    "contrast": ESI | {"si_joint_injection"},
    "drug_name": INJECTION_FAMILIES,
    "drug_dose": INJECTION_FAMILIES,
    "consent": set(),
    "time_out": set(),
    "complications": set(),
    "muscle_count": {"trigger_point"},
}
ALL_FAMILIES = {
    "interlaminar_epidural", "transforaminal_epidural", "facet_injection", "facet_rfa", "si_joint_injection",
    "si_joint_nerve_block", "si_joint_rfa", "trigger_point", "occipital_nerve_block", "peripheral_nerve_block",
    "genicular_nerve_block", "genicular_rfa", "sympathetic_block", "joint_injection", "scs_trial", "scs_implant",
    "vertebral_augmentation", "pump_refill",
}
for _e in ("indication", "diagnosis", "consent", "time_out", "complications"):
    REQUIRED[_e] = set(ALL_FAMILIES)

# Elements that depend on the clinical context rather than the family alone.
CONDITIONAL = {
    "diagnostic_block_relief",  # RFA, therapeutic facet injection: prior diagnostic block results
    "prior_procedure_response",  # repeat procedures: response to the previous one
    "percent_relief",  # diagnostic blocks: % relief of index pain after the block
    "sedation_details",  # sedation beyond local without time, observer or justification
    "frequency",  # more sessions than allowed per rolling 12 months
    "level_limit",
    "laterality_conflict",
    "code_validity",
}


def _applies(element: str, p: dict) -> bool:
    fam = p["family"]
    if element in REQUIRED:
        return fam in REQUIRED[element]
    if element == "diagnostic_block_relief":
        return fam == "facet_rfa" or (fam == "facet_injection" and p.get("intent") == "therapeutic")
    if element == "prior_procedure_response":
        return bool(p.get("repeat"))
    if element == "percent_relief":
        return p.get("intent") == "diagnostic" and fam in {"facet_injection", "si_joint_injection", "si_joint_nerve_block"}
    if element == "sedation_details":
        return p.get("sedation") in {"moderate", "deep", "mac", "general"}
    return False


def level_limit(p: dict) -> bool:
    n = len(p.get("levels") or [])
    fam = p["family"]
    return (fam == "transforaminal_epidural" and n > 2) or (fam == "interlaminar_epidural" and n > 1) or (
        fam == "facet_injection" and n > 2
    )


def finding_elements(spec: dict) -> list[str]:
    absent = set(spec.get("absent", ()))
    out: set[str] = set()
    for p in spec["procedures"]:
        for e in absent:
            if _applies(e, p):
                out.add(e)
        if level_limit(p):
            out.add("level_limit")
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
    if spec.get("comment"):
        gold["comment"] = spec["comment"]
    return gold
