"""Drug lines: name → KB drug, dose → billing units (rounded up), code by date, JW/JZ.

What a unit is, which code is valid when, and which brand is which generic are data in
drugs.yaml; this module does the arithmetic and the place-of-service / payer gating.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from coding.context import Context, Draft
from coding.facts import Drug, Evidence, NoteFacts
from coding.schema.drugs import DrugCode, DrugEntry, DrugsFile, SessionCeiling

_CONC = re.compile(r"(\d+(?:\.\d+)?)\s*mg\s*/\s*(\d+(?:\.\d+)?)?\s*m[lL]", re.IGNORECASE)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_EPS = 1e-9


_NAME_CACHE: dict[int, dict[str, str]] = {}


def _names(drugs: DrugsFile) -> dict[str, str]:
    """Lower-case name → generic key, built once per loaded drugs file."""
    cached = _NAME_CACHE.get(id(drugs))
    if cached is not None:
        return cached
    out: dict[str, str] = {}
    for generic, entry in drugs.drugs.items():
        out[generic.lower()] = generic
        out[generic.lower().replace("_", " ")] = generic
        for name in entry.names:
            out[name.lower()] = generic
    _NAME_CACHE[id(drugs)] = out
    return out


#: `resolve`'s answers by (the name table, generic, written): a note's drugs are few names asked about again and again
#: (each dose review, each check), and an unknown name was a pass over every known name; a bounded vocabulary.
_RESOLVED: dict[tuple[int, str | None, str | None], str | None] = {}
_RESOLVED_MAX = 4096


def resolve(drug: Drug, drugs: DrugsFile) -> str | None:
    """KB generic key for a drug fact: exact name first, then the longest known name it starts with."""
    names = _names(drugs)
    key = (id(names), drug.generic, drug.written)  # the table lives as long as `_NAME_CACHE` keeps it: its id is its own
    if key in _RESOLVED:
        return _RESOLVED[key]
    if len(_RESOLVED) >= _RESOLVED_MAX:
        _RESOLVED.clear()
    found = _RESOLVED[key] = _resolve(drug.generic, drug.written, names)
    return found


def _resolve(generic: str | None, written: str | None, names: dict[str, str]) -> str | None:
    """`resolve` from the name table."""
    for text in (generic, written):
        if not text:
            continue
        low = text.strip().lower()
        if low in names:
            return names[low]
        low_spaced = low.replace("_", " ")
        prefixes = [n for n in names if low_spaced.startswith(n) or low.startswith(n)]
        if prefixes:
            return names[max(prefixes, key=len)]
    return None


def mg_per_ml(text: str | None) -> float | None:
    """'40 mg/mL' → 40; '10 mg/2 mL' → 5; '0.25%' → 2.5."""
    if not text:
        return None
    match = _CONC.search(text)
    if match:
        return float(match.group(1)) / float(match.group(2) or 1)
    match = _PERCENT.search(text)
    return float(match.group(1)) * 10 if match else None


def iodine_strength(drug: Drug) -> float | None:
    """mg iodine/mL from the concentration or the written brand ('Omnipaque 240')."""
    for text in (drug.concentration, drug.written, drug.generic):
        for number in _NUMBER.findall(text or ""):
            if 100 <= float(number) < 400:
                return float(number)
    return None


def amount(drug: Drug, entry: DrugEntry, unit: str, ctx: Context, name: str) -> float | None:
    """Administered amount expressed in the billing `unit` (None when the note does not say)."""
    if unit == "ml":
        if drug.dose is not None and drug.dose_unit == "ml":
            return drug.dose
        return drug.volume_ml
    if drug.dose is not None and drug.dose_unit == unit:
        return drug.dose
    if drug.dose is not None and drug.dose_unit == "mcg" and unit == "mg":
        return drug.dose / 1000
    volume = drug.dose if drug.dose_unit == "ml" and drug.dose is not None else drug.volume_ml
    if unit == "mg" and volume is not None:
        strength = mg_per_ml(drug.concentration)
        if strength is None and entry.mg_per_ml is not None:
            strength = entry.mg_per_ml
            ctx.finding("drug.concentration_assumed", suffix=name, evidence=drug.evidence, name=name,
                        mg_per_ml=f"{strength:g}")
        if strength is not None:
            return volume * strength
    return None


# --- steroid ceilings and implausible doses -----------------------------------------------------


@dataclass(frozen=True)
class DoseReview:
    """A steroid whose session total is above its KB ceiling (`session_ceiling`); `misread` when it is also
    above `dose_sanity.misread_factor` x the ceiling, where the reading is more likely wrong than the dose."""

    generic: str
    label: str
    mg: float
    ceiling: SessionCeiling
    misread: bool
    evidence: tuple[Evidence, ...]

    def detail(self) -> str:
        """The finding's sentence: the dose read, the ceiling and where the ceiling comes from."""
        flag = "" if self.ceiling.status == "confirmed" else f"; status: {self.ceiling.status}"
        source = f"{self.ceiling.source_label()}{flag}"
        if self.misread:
            return (f"{self.label} read as {self.mg:g} mg, far above the per-session ceiling of "
                    f"{self.ceiling.mg:g} mg ({source}); confirm the dose: no drug units are proposed for it.")
        return (f"{self.label} {self.mg:g} mg is above the recommended per-session ceiling of "
                f"{self.ceiling.mg:g} mg ({source}).")


def dose_mg(drug: Drug, entry: DrugEntry) -> float | None:
    """The dose in mg: as written, from micrograms, or volume x the written (else the usual) strength."""
    if drug.dose is not None and drug.dose_unit == "mg":
        return drug.dose
    if drug.dose is not None and drug.dose_unit == "mcg":
        return drug.dose / 1000
    volume = drug.dose if drug.dose_unit == "ml" and drug.dose is not None else drug.volume_ml
    strength = mg_per_ml(drug.concentration) or entry.mg_per_ml
    return volume * strength if volume is not None and strength else None


def _dose_spans(drug: Drug) -> list[Evidence]:
    """The evidence that holds the amount ('40 mg', '2 mL'), else all of the drug's evidence."""
    spans = [e for e in drug.evidence if any(ch.isdigit() for ch in e.text)]
    return spans or list(drug.evidence)


def dose_reviews(drugs: list[Drug], kb: DrugsFile, dos: dt.date) -> list[DoseReview]:
    """Every steroid whose total this session (all its mentions together) is above its ceiling on `dos`.

    A mention without a dose leaves the total unknown, so that steroid is not reviewed."""
    totals: dict[str, list[Drug]] = {}
    for drug in drugs:
        generic = resolve(drug, kb)
        entry = kb.drugs.get(generic) if generic else None
        if entry is not None and entry.session_ceiling is not None and entry.session_ceiling.effective.covers(dos):
            totals.setdefault(generic, []).append(drug)  # type: ignore[arg-type]
    sanity = kb.dose_sanity if kb.dose_sanity is not None and kb.dose_sanity.effective.covers(dos) else None
    out = []
    for generic, mentions in totals.items():
        entry = kb.drugs[generic]
        doses = [dose_mg(d, entry) for d in mentions]
        if any(x is None for x in doses):
            continue
        total = round(sum(doses), 4)  # type: ignore[arg-type]
        ceiling = entry.session_ceiling
        assert ceiling is not None
        if total <= ceiling.mg + _EPS:
            continue
        label = mentions[0].written or mentions[0].generic.replace("_", " ")  # as the note names it
        misread = sanity is not None and total > sanity.misread_factor * ceiling.mg + _EPS
        out.append(DoseReview(generic, label, total, ceiling, misread,
                              tuple(e for d in mentions for e in _dose_spans(d))))
    return out


def _units(quantity: float, per: float) -> int:
    return max(1, math.ceil(quantity / per - _EPS))


def _per(code: DrugCode, ctx: Context) -> tuple[float, str]:
    if code.payer_setting:  # the code entry itself is flagged, so the setting is read unflagged
        override = getattr(ctx.settings, code.payer_setting).get(code.code)
        if override is not None:
            return override.per, override.unit
    return code.per, code.unit


def _greedy(quantity: float, codes: list[tuple[DrugCode, float]]) -> list[tuple[DrugCode, float, int]]:
    """Cover a dose with several strength codes in the fewest units (corpora/README: legacy methylprednisolone
    "fewest units"; coding-reference: any amount up to 40 mg is J1030 x1): whole units of the largest strength, then
    any rest is one unit of the smallest strength that covers it, the least excess among the fewest units
    (legacy J1040/J1030/J1020: 60 mg → J1040, 30 mg → J1030, 100 mg → J1040 + J1020)."""
    ordered = sorted(codes, key=lambda c: -c[1])
    units: dict[str, int] = {}
    largest, top = ordered[0]
    n = int((quantity + _EPS) // top)
    if n:
        units[largest.code] = n
    remaining = quantity - n * top
    if remaining > _EPS:
        cover = min((c for c in ordered if c[1] + _EPS >= remaining), key=lambda c: c[1])[0].code
        units[cover] = units.get(cover, 0) + 1
    return [(code, per, units[code.code]) for code, per in ordered if code.code in units]


def _contrast_from_procedures(facts: NoteFacts) -> list[Drug]:
    """Contrast documented only on a procedure becomes a drug fact, unless a contrast drug exists."""
    if any(d.role == "contrast" for d in facts.drugs):
        return []
    out = []
    for proc in facts.procedures:
        c = proc.contrast
        if c and c.used and c.volume_ml:
            strength = f"{c.strength_mg_iodine_per_ml:g} mgI/mL" if c.strength_mg_iodine_per_ml else None
            out.append(Drug(generic=c.agent or "iohexol", written=c.agent, dose=c.volume_ml, dose_unit="ml",
                            concentration=strength, role="contrast", evidence=list(c.evidence)))
    return out


def drug_drafts(facts: NoteFacts, drafts: list[Draft], ctx: Context) -> list[Draft]:
    """Drug lines for the claim (after procedure lines, which decide contrast payability)."""
    drugs = [*facts.drugs, *_contrast_from_procedures(facts)]
    if not drugs:
        return []
    kb = ctx.kb.drugs
    if ctx.pos not in ctx.settings.drug_billing_pos:
        ctx.finding("drug.not_billed_pos", pos=ctx.pos)
        return []
    inclusive = list(dict.fromkeys(d.code for d in drafts if ctx.code(d.code).imaging_included))
    # A contrast drug written without its strength takes the strength the procedure documents.
    strengths = [p.contrast.strength_mg_iodine_per_ml for p in facts.procedures
                 if p.contrast and p.contrast.strength_mg_iodine_per_ml]
    # A steroid read far above its ceiling is a likely misread: no units are proposed for it (the
    # `dose_ceiling` requirement says so and asks to confirm the dose).
    misread = {r.generic for r in dose_reviews(facts.drugs, kb, ctx.dos) if r.misread}
    out: list[Draft] = []
    for drug in drugs:
        label = drug.written or drug.generic
        generic = resolve(drug, kb)
        if generic is None:
            ctx.finding("drug.unknown", suffix=label, evidence=drug.evidence, name=label)
            continue
        entry = kb.drugs[generic]
        if not entry.billable or generic in misread:
            continue
        if entry.payer_setting and not getattr(ctx.settings, entry.payer_setting):
            continue
        if entry.role == "contrast" and inclusive and not ctx.setting("contrast_with_imaging_inclusive"):
            ctx.finding("drug.contrast_not_billed", evidence=drug.evidence, inclusive=", ".join(inclusive))
            continue
        out += _lines_for(drug, generic, entry, label, ctx, strengths[0] if strengths else None)
    return out


def _lines_for(drug: Drug, generic: str, entry: DrugEntry, label: str, ctx: Context,
               procedure_strength: float | None = None) -> list[Draft]:
    valid = [c for c in entry.codes if c.effective.covers(ctx.dos)]
    if entry.role == "contrast":
        strength = iodine_strength(drug) or procedure_strength
        valid = [c for c in valid if strength is not None and c.iodine_min is not None
                 and c.iodine_min <= strength <= (c.iodine_max or strength)]
        if strength is None:
            ctx.finding("drug.no_dose", suffix=label, evidence=drug.evidence, name=f"{label} (iodine strength)")
            return []
    if not valid:
        ctx.finding("drug.no_valid_code", suffix=label, evidence=drug.evidence, name=label, dos=ctx.dos.isoformat())
        return []
    pers = [(c, *_per(c, ctx)) for c in valid]
    unit = pers[0][2]
    quantity = amount(drug, entry, unit, ctx, label)
    if quantity is None or quantity <= 0:
        ctx.finding("drug.no_dose", suffix=label, evidence=drug.evidence, name=label)
        return []
    if entry.combine == "greedy" and len(pers) > 1:
        plan = _greedy(quantity, [(c, per) for c, per, _ in pers])
    else:
        code, per, _ = pers[0]
        plan = [(code, per, _units(quantity, per))]
    out = []
    for code, per, units in plan:
        ctx.flag_entry(code.code, code)
        out.append(
            Draft(code=code.code, units=units, laterality=False, kind="HCPCS", description=code.description,
                  evidence=list(drug.evidence), rules=[f"drug.{generic}.{code.code}"],
                  rationale=f"{label}: {quantity:g} {unit} given; billing unit {per:g} {unit}; "
                  f"{quantity:g} / {per:g} rounded up = {units}.")
        )
    if len(plan) == 1:
        out += _discard(drug, out[0], quantity, plan[0][1], unit, label, ctx)
    return out


def _discard(drug: Drug, line: Draft, given: float, per: float, unit: str, label: str, ctx: Context) -> list[Draft]:
    """JW line for a discarded amount, or JZ when nothing billable was discarded (single-dose only)."""
    rules = ctx.kb.drugs.discard
    if not ctx.settings.discarded_drug_modifiers or drug.container != "single_dose" or ctx.dos < rules.jw_from:
        return []
    jz_required = ctx.dos >= rules.jz_required_from
    if drug.discarded is None:
        if jz_required:
            ctx.finding("drug.discard_unknown", suffix=label, evidence=drug.evidence, name=label, code=line.code,
                        unit=unit)
        return []
    wasted = drug.discarded if drug.dose_unit == unit else None
    if wasted is None:
        ctx.finding("drug.discard_unknown", suffix=label, evidence=drug.evidence, name=label, code=line.code,
                    unit=unit)
        return []
    jw_units = _units(given + wasted, per) - _units(given, per) if wasted > 0 else 0
    if jw_units > 0:
        return [
            Draft(code=line.code, units=jw_units, laterality=False, kind="HCPCS", description=line.description,
                  modifiers=["JW"], evidence=list(drug.evidence), rules=[*line.rules, "mod.JW"],
                  rationale=f"{label}: {wasted:g} {unit} discarded from a single-dose container = {jw_units} unit(s).")
        ]
    if jz_required:
        line.modifiers.append("JZ")
        line.rules.append("mod.JZ")
        line.rationale += " JZ: nothing billable was discarded from the single-dose container."
    return []
