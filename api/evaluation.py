"""Evaluation of Painpoint against the annotated corpus (`corpora/notes/{dev,test}`).

Gold records (`<id>.json` beside each `<id>.txt`) are validated by :class:`GoldNote`. The
evaluation runs the full pipeline on each note and compares what it read and proposed with the
gold, per field, per code line set and per finding element.

Arithmetic (also in `corpora/README.md`)
----------------------------------------
*Set metrics.* For each note and each field we build a set of gold items and a set of predicted
items (e.g. laterality items are ``(family, side)`` pairs). Summed over notes:
``TP = |gold ∩ pred|``, ``FP = |pred − gold|``, ``FN = |gold − pred|``;
``precision = TP/(TP+FP)``, ``recall = TP/(TP+FN)``, ``F1 = 2PR/(P+R)`` (micro-averaged). A ratio
whose denominator is 0 is reported as 1.0 (nothing to get wrong) and flagged by its zero counts.

*Note accuracy.* For a field, the share of in-scope notes whose predicted set equals the gold set
exactly; a note is in scope when either set is non-empty. The laterality and level floors use it.

*Scope.* A field is scored only for families where it means something (levels for epidural, facet
and augmentation procedures; laterality for paired structures; region where the family has one).
A predicted item is ignored when its family is present in the gold with the field left
unannotated (null). A predicted item for a family the gold does not have counts as a false positive.

*Code lines.* A line is ``(code, sorted modifiers, units)``. A note's codes are exactly right when
the predicted set equals the gold set. Line-level P/R/F1 is reported too.

*Findings.* Per note, the set of finding elements versus the gold `finding_elements`; micro
P/R/F1 overall and per element. A predicted finding counts when its severity is error or warning,
or when it comes from a documentation requirement (`coding/kb/requirements.yaml`, any severity:
e.g. the time-out requirement is `info`). Other `info` findings name flagged coding choices, not
missing documentation, and are not counted.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Literal

from pydantic import BaseModel, ConfigDict, Field

from coding.facts import Approach, Family, ImagingModality, Region, SedationType, Side
from coding.result import Element

# --- the gold format ----------------------------------------------------------------------------


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldProcedure(_Gold):
    family: Family
    approach: Approach | None = None
    target: str | None = None
    region: Region | None = None
    laterality: Side | None = None
    levels: list[str] = Field(default_factory=list)
    imaging: ImagingModality | None = None
    contrast: bool | None = None
    intent: Literal["diagnostic", "therapeutic"] | None = None
    sedation: SedationType | None = None


class GoldDrug(_Gold):
    generic: str
    dose: float | None = None
    dose_unit: Literal["mg", "mcg", "units", "ml"] | None = None


class GoldPain(_Gold):
    pre: float | None = None
    post: float | None = None


class GoldNecessity(_Gold):
    diagnosis: bool
    symptom_duration: bool
    conservative_care: bool
    functional_impairment: bool
    imaging_findings: bool
    radicular_findings: bool


class GoldCode(_Gold):
    code: str = Field(pattern=r"^([0-9]{5}|[A-Z][0-9]{4})$")
    modifiers: list[str] = Field(default_factory=list)
    units: int = Field(ge=1)


class GoldNote(_Gold):
    """One annotated note; see `corpora/README.md` for the meaning of every field."""

    id: str
    style: str
    origin: Literal["generated", "hand"]
    payer: str = "medicare"
    date_of_service: dt.date
    place_of_service: Literal["11", "19", "22", "24"]
    procedures: list[GoldProcedure] = Field(min_length=1)
    drugs: list[GoldDrug] = Field(default_factory=list)
    pain_scores: GoldPain
    necessity: GoldNecessity
    consent: bool
    complications: str | None = Field(description="'none', a short event label, or null when not documented.")
    codes: list[GoldCode]
    finding_elements: list[Element]
    comment: str | None = None


def load_gold(path: Path) -> GoldNote:
    return GoldNote.model_validate_json(path.read_text(encoding="utf-8"))


def corpus_notes(path: Path) -> list[tuple[Path, GoldNote]]:
    """(note text path, gold) for every `<id>.txt` with an `<id>.json` under `path` (recursive)."""
    path = Path(path)
    if path.is_file():
        txts = [path if path.suffix == ".txt" else path.with_suffix(".txt")]
    elif path.is_dir():
        txts = sorted(path.rglob("*.txt"))
    else:
        raise FileNotFoundError(f"no such corpus path: {path}")
    out = []
    for txt in txts:
        gold = txt.with_suffix(".json")
        if gold.exists():
            out.append((txt, load_gold(gold)))
    return out


# --- item extraction ----------------------------------------------------------------------------

LEVEL_FAMILIES = {"interlaminar_epidural", "transforaminal_epidural", "facet_injection", "facet_rfa", "vertebral_augmentation"}
LATERALITY_FAMILIES = {
    "transforaminal_epidural", "facet_injection", "facet_rfa", "si_joint_injection", "si_joint_nerve_block", "si_joint_rfa",
    "occipital_nerve_block", "peripheral_nerve_block", "genicular_nerve_block", "genicular_rfa", "joint_injection", "sympathetic_block",
}
REGION_FAMILIES = LEVEL_FAMILIES | {"si_joint_injection", "si_joint_nerve_block", "si_joint_rfa", "occipital_nerve_block",
                                    "genicular_nerve_block", "genicular_rfa", "joint_injection"}
ALL = None  # no family restriction
PROCEDURE_FIELDS: dict[str, set[str] | None] = {
    "region": REGION_FAMILIES,
    "laterality": LATERALITY_FAMILIES,
    "levels": LEVEL_FAMILIES,
    "approach": ALL,
    "imaging": ALL,
    "contrast": ALL,
    "sedation": ALL,
}
NECESSITY_FIELDS = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings",
                    "radicular_findings")
FIELDS = ("family", *PROCEDURE_FIELDS, "drugs", "drug_doses", "pain_scores",
          *(f"necessity.{n}" for n in NECESSITY_FIELDS), "consent", "complications")
DEFAULT_FINDING_SEVERITIES = frozenset({"error", "warning"})


@dataclass
class NoteView:
    """The comparable content of one note, gold or predicted, as plain values."""

    procedures: list[dict[str, Any]] = field(default_factory=list)  # family, region, laterality, levels[list], ...
    drugs: dict[str, tuple[float | None, str | None]] = field(default_factory=dict)  # generic -> (total dose, unit)
    pain: dict[str, float] = field(default_factory=dict)  # 'pre'/'post' -> value
    necessity: dict[str, bool] = field(default_factory=dict)
    consent: bool = False
    complications: str | None = None
    codes: set[tuple[str, tuple[str, ...], int]] = field(default_factory=set)
    findings: set[str] = field(default_factory=set)


def in_mg(dose: float | None, unit: str | None) -> tuple[float | None, str | None]:
    """A dose in micrograms as milligrams: the gold format allows both (fentanyl is written either way), and
    50 mcg and 0.05 mg are the same dose, so the drugs field must not count them as a disagreement."""
    if unit == "mcg" and dose is not None:
        return round(dose / 1000, 6), "mg"
    return dose, unit


def gold_view(g: GoldNote) -> NoteView:
    return NoteView(
        procedures=[p.model_dump() for p in g.procedures],
        drugs={d.generic: in_mg(d.dose, d.dose_unit) for d in g.drugs},
        pain={k: v for k, v in (("pre", g.pain_scores.pre), ("post", g.pain_scores.post)) if v is not None},
        necessity=g.necessity.model_dump(),
        consent=g.consent,
        complications=g.complications,
        codes={(c.code, tuple(sorted(c.modifiers)), c.units) for c in g.codes},
        findings=set(g.finding_elements),
    )


def aggregate_drugs(drugs: list[tuple[str, float | None, str | None]]) -> dict[str, tuple[float | None, str | None]]:
    """One entry per generic: total dose, or None when any mention lacks a dose or units disagree."""
    out: dict[str, tuple[float | None, str | None]] = {}
    for generic, dose, unit in drugs:
        dose, unit = in_mg(dose, unit)
        if generic not in out:
            out[generic] = (dose, unit if dose is not None else None)
            continue
        cur, cur_unit = out[generic]
        if cur is None or dose is None or cur_unit != unit:
            out[generic] = (None, None)
        else:
            out[generic] = (round(cur + dose, 3), unit)
    return out


def requirement_ids() -> frozenset[str]:
    """Ids of the documentation requirements in the knowledge base (empty if it cannot load)."""
    try:
        from coding.knowledge import load_kb

        return frozenset(r.id for r in load_kb().requirements.requirements)
    except Exception:  # noqa: BLE001 - evaluation still runs on severities alone
        return frozenset()


def result_view(result: Any, severities: frozenset[str] = DEFAULT_FINDING_SEVERITIES,
                requirements: frozenset[str] = frozenset()) -> NoteView:
    """Read an `AnalysisResult` into a :class:`NoteView` (only public result fields are used).

    Findings count when their severity is in `severities` or their id is in `requirements`."""
    procs = []
    for p in result.procedures:
        procs.append({
            "family": p.family,
            "approach": p.approach,
            "region": p.region,
            "laterality": p.laterality,
            "levels": [lv.name for lv in p.levels],
            "imaging": p.imaging.modality if p.imaging else None,
            "contrast": p.contrast.used if p.contrast else None,
            "sedation": p.sedation.type if p.sedation else None,
        })
    drugs = aggregate_drugs([(d.generic, d.dose, d.dose_unit) for d in result.drugs])
    pain: dict[str, float] = {}
    for s in result.assessments.pain_scores:
        if s.timing in ("pre", "post") and s.timing not in pain:
            pain[s.timing] = s.value
    nec = result.necessity
    necessity = {
        "diagnosis": bool(nec.diagnoses),
        "symptom_duration": nec.symptom_duration is not None,
        "conservative_care": bool(nec.conservative_care),
        # a validated function scale ('PEG 6; PROMIS pain interference 61') documents the impairment, as the
        # requirements read it (necessity.functional_impairment or assessments.functional_scales)
        "functional_impairment": bool(nec.functional_impairment or result.assessments.functional_scales),
        "imaging_findings": bool(nec.imaging_findings),
        "radicular_findings": bool(nec.radicular_findings),
    }
    facts = getattr(result, "facts", None)
    consent = bool(facts and facts.consent and facts.consent.value)
    complications = facts.complications.value if facts and facts.complications else None
    return NoteView(
        procedures=procs,
        drugs=drugs,
        pain=pain,
        necessity=necessity,
        consent=consent,
        complications=complications,
        codes={(c.code, tuple(sorted(c.modifiers)), c.units) for c in result.codes},
        findings={f.element for f in result.findings if f.severity in severities or getattr(f, "id", None) in requirements},
    )


def _complication_item(value: str | None) -> set[str]:
    if value is None:
        return set()
    return {"none"} if value.strip().lower() in ("none", "no", "no complications") else {"event"}


def field_items(view: NoteView, name: str, gold: NoteView | None = None) -> set:
    """The set of comparable items of field `name` in `view`. With `gold` given (predicted side),
    items for families the gold annotates as null for this field are dropped (see module doc)."""
    if name == "family":
        return {p["family"] for p in view.procedures}
    if name in PROCEDURE_FIELDS:
        scope = PROCEDURE_FIELDS[name]
        unannotated: set[str] = set()
        if gold is not None:
            fams = defaultdict(list)
            for p in gold.procedures:
                fams[p["family"]].append(p[name])
            unannotated = {f for f, vals in fams.items() if all(v is None or v == [] for v in vals) and name != "levels"}
        items: set = set()
        for p in view.procedures:
            fam = p["family"]
            if (scope is not None and fam not in scope) or fam in unannotated:
                continue
            value = p.get(name)
            if name == "levels":
                items |= {(fam, lv) for lv in value or []}
            elif value is not None:
                items.add((fam, value))
        return items
    if name == "drugs":
        return set(view.drugs)
    if name == "drug_doses":
        skip = set()
        if gold is not None:
            skip = {g for g, (dose, _) in gold.drugs.items() if dose is None}
        return {(g, round(d, 2), u) for g, (d, u) in view.drugs.items() if d is not None and g not in skip}
    if name == "pain_scores":
        return {(k, float(v)) for k, v in view.pain.items()}
    if name.startswith("necessity."):
        key = name.split(".", 1)[1]
        return {key} if view.necessity.get(key) else set()
    if name == "consent":
        return {"consent"} if view.consent else set()
    if name == "complications":
        return _complication_item(view.complications)
    raise KeyError(name)


# --- arithmetic ---------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


@dataclass
class PRF:
    """Micro counts; precision/recall/F1 as defined in the module docstring."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    notes: int = 0  # notes in scope (gold or predicted set non-empty)
    exact: int = 0  # in-scope notes whose sets are equal

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)
        if gold or pred:
            self.notes += 1
            self.exact += gold == pred

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return _ratio(self.exact, self.notes)

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "notes": self.notes, "note_accuracy": round(self.accuracy, 4)}


@dataclass
class NoteOutcome:
    id: str
    codes_exact: bool
    missing_codes: list[str]
    extra_codes: list[str]
    missing_findings: list[str]
    extra_findings: list[str]
    error: str | None = None


@dataclass
class EvalReport:
    notes: int = 0
    errors: int = 0
    fields: dict[str, PRF] = field(default_factory=lambda: {f: PRF() for f in FIELDS})
    code_lines: PRF = field(default_factory=PRF)
    codes_exact: int = 0
    findings: PRF = field(default_factory=PRF)
    finding_elements: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    codes_by_family: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # [exact, notes]
    outcomes: list[NoteOutcome] = field(default_factory=list)

    @property
    def codes_exact_rate(self) -> float:
        return _ratio(self.codes_exact, self.notes)

    def as_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "errors": self.errors,
            "fields": {k: v.as_dict() for k, v in self.fields.items()},
            "codes": {"exact_notes": self.codes_exact, "exact_rate": round(self.codes_exact_rate, 4), "lines": self.code_lines.as_dict(),
                      "by_family": {k: {"exact": e, "notes": n} for k, (e, n) in sorted(self.codes_by_family.items())}},
            "findings": {"overall": self.findings.as_dict(),
                         "by_element": {k: v.as_dict() for k, v in sorted(self.finding_elements.items())}},
            "per_note": [o.__dict__ for o in self.outcomes],
        }


def _fmt_line(line: tuple[str, tuple[str, ...], int]) -> str:
    code, mods, units = line
    return f"{code}{''.join('-' + m for m in mods)} x{units}"


def score_note(report: EvalReport, note_id: str, gold: NoteView, pred: NoteView, error: str | None = None) -> None:
    """Add one note's comparison to `report` (the arithmetic in the module docstring)."""
    report.notes += 1
    report.errors += error is not None
    for name in FIELDS:
        report.fields[name].add(field_items(gold, name), field_items(pred, name, gold))
    report.code_lines.add(gold.codes, pred.codes)
    exact = gold.codes == pred.codes
    report.codes_exact += exact
    if gold.procedures:  # a note counts under its (first) gold family
        tally = report.codes_by_family[gold.procedures[0]["family"]]
        tally[0] += exact
        tally[1] += 1
    report.findings.add(gold.findings, pred.findings)
    for element in gold.findings | pred.findings:
        report.finding_elements[element].add({element} & gold.findings, {element} & pred.findings)
    report.outcomes.append(NoteOutcome(
        id=note_id, codes_exact=exact,
        missing_codes=sorted(_fmt_line(x) for x in gold.codes - pred.codes),
        extra_codes=sorted(_fmt_line(x) for x in pred.codes - gold.codes),
        missing_findings=sorted(gold.findings - pred.findings), extra_findings=sorted(pred.findings - gold.findings), error=error,
    ))


Analyzer = Callable[..., Any]


def default_analyzer() -> Analyzer:
    """`api.pipeline.analyze_text`, imported late so the gold tools work without the NLP stack."""
    from api.pipeline import analyze_text

    return analyze_text


def evaluate(path: Path, *, payer: str | None = None, analyzer: Analyzer | None = None,
             severities: frozenset[str] = DEFAULT_FINDING_SEVERITIES) -> EvalReport:
    """Run the pipeline on every annotated note under `path` and score it against the gold.

    A note whose analysis raises counts with an empty prediction and its error message."""
    analyze = analyzer or default_analyzer()
    reqs = requirement_ids()
    report = EvalReport()
    for txt, gold in corpus_notes(Path(path)):
        text = txt.read_text(encoding="utf-8")
        error = None
        try:
            result = analyze(text, payer=payer or gold.payer, date_of_service=gold.date_of_service,
                             place_of_service=gold.place_of_service, source=txt.name)
            pred = result_view(result, severities, reqs)
        except Exception as exc:  # noqa: BLE001 - one bad note must not stop the evaluation
            error = f"{type(exc).__name__}: {exc}"
            pred = NoteView()
        score_note(report, gold.id, gold_view(gold), pred, error)
    return report


def report_json(report: EvalReport) -> str:
    return json.dumps(report.as_dict(), indent=2, default=str)
