"""The documentation checker: turns note facts into findings against `requirements.yaml`.

Why this shape: the requirements (which element, which family, which threshold, which payer, since
when) are data; this module only knows a small registry of *named checks*. Each check reads the
facts and answers met / unmet / not applicable with the evidence it used, plus slot values for the
fix sentence. A requirement applies to a procedure when its family, payer, effective dates and
preconditions (`applies_when`) match; an unmet check becomes a :class:`coding.result.Finding`.

Practices extend or reword requirements with an overlay file of the same shape
(:func:`load_overlay`); overlay entries replace bundled ones with the same id.

Conventions the YAML relies on:
* payers: a requirement for `medicare` also applies to profiles that extend it in payers.yaml;
* scope: note-wide requirements are judged once (procedure_index None); note-wide findings that
  check the same thing collapse to the most severe one (error for an LCD family, else warning);
* unfilled template blanks in the section that documents an element are shown with its finding;
* a failing documented value is never restated in a fix sentence (the slot stays '___').
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import ValidationError

from coding.diagnoses import (
    check_validity,
    diagnosis_sources,
    excludes_family,
    map_diagnoses,
    map_text,
    specificity_gap,
    supports_family,
    supports_procedure,
)
from coding.facts import (
    Drug,
    Evidence,
    Fact,
    FlagFact,
    NoteFacts,
    PainScore,
    PriorSessions,
    Procedure,
    Relief,
    TextFact,
)
from coding.context import fill
from coding.drugs import dose_reviews  # the drug-line engine owns the ceiling arithmetic it gates lines by
from coding.knowledge import KnowledgeBase, KnowledgeBaseError
from coding.patterns import search as _search
from coding.result import CodeLine, Finding, SourceRef
from coding.schema import requirements as rq
from coding.schema.payers import PayerSettings

Status = Literal["met", "unmet", "not_applicable"]


@dataclass(frozen=True)
class CheckResult:
    """What a check concluded, the evidence it used, a short factual detail for the message, slot
    values for the fix sentence, and an optional severity cap (for facts that are themselves
    unconfirmed, such as a code whose validity dates the reference could not verify)."""

    status: Status
    evidence: tuple[Evidence, ...] = ()
    detail: str | None = None
    slots: Mapping[str, str] = field(default_factory=dict)
    max_severity: str | None = None


MET = CheckResult("met")
NOT_APPLICABLE = CheckResult("not_applicable")


@dataclass(frozen=True)
class CheckContext:
    facts: NoteFacts
    procedure: Procedure | None
    procedure_index: int | None
    codes: list[CodeLine]
    kb: KnowledgeBase
    dos: dt.date
    meta: rq.RequirementsMeta
    settings: PayerSettings | None = None  # the payer profile's settings on the date of service, when known
    # Results that depend on the note only (not on the requirement or procedure), shared by the
    # contexts of one `check_documentation` call so they are computed once per note.
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


CheckFn = Callable[[Any, CheckContext], CheckResult]
CHECKS: dict[str, CheckFn] = {}


def check(kind: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check function for `kind` (a `check.kind` of requirements.yaml)."""

    def register(fn: CheckFn) -> CheckFn:
        if kind not in rq.CHECK_KINDS:
            raise ValueError(f"check kind {kind!r} has no parameter model in coding.schema.requirements")
        CHECKS[kind] = fn
        return fn

    return register


# --- helpers -----------------------------------------------------------------------------------


def _mapped_diagnoses(ctx: CheckContext) -> list:
    """`map_diagnoses(facts, kb, dos)`, once per note (several checks and preconditions ask)."""
    mapped = ctx.memo.get("map_diagnoses")
    if mapped is None:
        mapped = ctx.memo["map_diagnoses"] = map_diagnoses(ctx.facts, ctx.kb, ctx.dos)
    return mapped


def _num(value: float | None) -> str:
    if value is None:
        return "___"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _evidence(value: Any) -> list[Evidence]:
    if isinstance(value, Fact):
        return list(value.evidence)
    if isinstance(value, list):
        return [e for item in value for e in _evidence(item)]
    return []


def _resolve(ctx: CheckContext, path: str) -> Any:
    if path.startswith("procedure."):
        return getattr(ctx.procedure, path.split(".", 1)[1], None) if ctx.procedure else None
    value: Any = ctx.facts
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return value


def _has_value(value: Any) -> bool:
    """Documented at all: for a plain bool field (e.g. pump reprogrammed) False is an answer too."""
    if value is None:
        return False
    if isinstance(value, FlagFact):
        return value.value
    if isinstance(value, TextFact):
        return bool(value.value.strip())
    if isinstance(value, (list, str)):
        return bool(value)
    return True


def _texts(value: Any) -> list[tuple[str, list[Evidence]]]:
    """Text strings held by a fact value, with their evidence (for pattern checks)."""
    if value is None:
        return []
    if isinstance(value, list):
        return [t for item in value for t in _texts(item)]
    if isinstance(value, str):
        return [(value, [])]
    for attr in ("value", "text", "modality", "name"):
        text = getattr(value, attr, None)
        if isinstance(text, str):
            return [(text, _evidence(value))]
    return []


def _names_family(ctx: CheckContext, name: str | None, exclude: Iterable[str] = ()) -> bool:
    """Whether a prior procedure named `name` can be this procedure's family: unnamed entries and
    families without `meta.procedure_patterns` always can; a name matching `exclude` never can."""
    if not name or ctx.procedure is None:
        return True
    if name == ctx.procedure.family:
        return True  # the reader names a prior procedure by its family ('facet_rfa', 'si_joint_injection')
    if any(_search(p, name) for p in exclude):
        return False
    patterns = ctx.meta.procedure_patterns.get(ctx.procedure.family)
    return not patterns or any(_search(p, name) for p in patterns)


def prior_responses(ctx: CheckContext) -> list[Relief]:
    """Prior-procedure responses that can be about this procedure's family.

    An entry naming its procedure (`Relief.procedure`, e.g. 'L4-5 TFESI') counts only when that name
    matches the family's patterns in `meta.procedure_patterns`, so an earlier ESI response does not
    make a facet RFA a 'repeat'. Unnamed entries, and families without patterns, always count."""
    return [e for e in ctx.facts.assessments.prior_procedure_response if _names_family(ctx, e.procedure)]


def _relevant_drugs(ctx: CheckContext, exclude: Iterable[str]) -> list[Drug]:
    """Drugs that count as the injectate: roles in `exclude` and diluents (meta.diluent_patterns,
    e.g. saline) are left out, since neither is named or dosed as a treatment."""
    excluded = set(exclude)
    diluents = ctx.meta.diluent_patterns
    return [
        d
        for d in ctx.facts.drugs
        if d.role not in excluded and not any(_search(p, d.generic) for p in diluents)
    ]


def _drug_label(drug: Drug) -> str:
    return drug.written or drug.generic.replace("_", " ")


def _scores(facts: NoteFacts, timing: str) -> list[PainScore]:
    return [s for s in facts.assessments.pain_scores if s.timing == timing]


def _scale_label(score: PainScore) -> str:
    return f"{score.scale or 'unnamed scale'} 0-{_num(score.scale_max)}"


def _same_scale(a: PainScore, b: PainScore) -> bool:
    if a.scale_max != b.scale_max:
        return False
    if a.scale and b.scale:
        return a.scale.strip().upper() == b.scale.strip().upper()
    return True


# --- the checks --------------------------------------------------------------------------------


@check("present")
def _present(spec: rq.PresentCheck, ctx: CheckContext) -> CheckResult:
    for path in spec.paths:
        value = _resolve(ctx, path)
        if _has_value(value):
            return CheckResult("met", tuple(_evidence(value)))
    for group in spec.or_all_of:
        values = [_resolve(ctx, path) for path in group]
        if all(_has_value(v) for v in values):
            return CheckResult("met", tuple(e for v in values for e in _evidence(v)))
    negated = [v for v in (_resolve(ctx, p) for p in spec.paths) if isinstance(v, FlagFact) and v.value is False]
    if negated:
        return CheckResult("unmet", tuple(_evidence(negated)), "The note states it was not done.")
    return CheckResult("unmet")


@check("symptom_duration")
def _symptom_duration(spec: rq.MinWeeksCheck, ctx: CheckContext) -> CheckResult:
    duration = ctx.facts.necessity.symptom_duration
    if duration is None:
        return CheckResult("unmet", detail="No symptom duration is documented.")
    slots = {"symptom_weeks": _num(duration.weeks)}
    if spec.min_weeks is not None and duration.weeks < spec.min_weeks:
        return CheckResult(
            "unmet",
            tuple(duration.evidence),
            f"Documented: {_num(duration.weeks)} weeks (needs at least {_num(spec.min_weeks)}).",
            {"symptom_weeks": "___"},
        )
    return CheckResult("met", tuple(duration.evidence), slots=slots)


@check("conservative_care")
def _conservative_care(spec: rq.ConservativeCareCheck, ctx: CheckContext) -> CheckResult:
    care = ctx.facts.necessity.conservative_care
    if not care:
        return CheckResult("unmet", detail="No conservative care is documented.")
    qualifying = [c for c in care if c.outcome in spec.outcomes]
    if not qualifying:
        return CheckResult(
            "unmet", tuple(_evidence(care)), "Conservative care is listed but not documented as failed or not tolerated."
        )
    if spec.min_weeks is None:
        return CheckResult("met", tuple(_evidence(qualifying)))
    timed = [c for c in qualifying if c.weeks is not None]
    if not timed:
        return CheckResult("unmet", tuple(_evidence(qualifying)), "The duration of conservative care is not stated.")
    longest = max(timed, key=lambda c: c.weeks or 0)
    if (longest.weeks or 0) < spec.min_weeks:
        return CheckResult(
            "unmet",
            tuple(_evidence(timed)),
            f"Longest documented: {_num(longest.weeks)} weeks (needs at least {_num(spec.min_weeks)}).",
        )
    return CheckResult("met", tuple(longest.evidence), slots={"care_weeks": _num(longest.weeks)})


@check("pain_score")
def _pain_score(spec: rq.PainScoreCheck, ctx: CheckContext) -> CheckResult:
    scores = _scores(ctx.facts, spec.timing)
    if not scores:
        return CheckResult("unmet")
    score = scores[0]
    if spec.same_scale_as is not None:
        reference = _scores(ctx.facts, spec.same_scale_as)
        if reference and not _same_scale(reference[0], score):
            return CheckResult(
                "unmet",
                tuple(reference[0].evidence + score.evidence),
                f"The {spec.same_scale_as} score is on {_scale_label(reference[0])} but the {spec.timing} score "
                f"is on {_scale_label(score)}.",
            )
    return CheckResult("met", tuple(score.evidence))


def _relief_from_scores(facts: NoteFacts) -> list[Relief]:
    """Percent relief implied by the pre and post scores on one scale: (pre - post) / pre."""
    pre, post = _scores(facts, "pre"), _scores(facts, "post")
    if not pre or not post or not _same_scale(pre[0], post[0]) or pre[0].value <= 0:
        return []
    percent = round(max(0.0, (pre[0].value - post[0].value) / pre[0].value * 100), 1)
    return [Relief(percent=percent, evidence=pre[0].evidence + post[0].evidence)]


def _relief_text(entry: Relief) -> str:
    days = f" for {_num(entry.duration_days)} days" if entry.duration_days is not None else ""
    return f"{_num(entry.percent)}%{days}"


@check("relief")
def _relief(spec: rq.ReliefCheck, ctx: CheckContext) -> CheckResult:
    entries: list[Relief] = (
        prior_responses(ctx) if spec.source == "prior_procedure_response" else getattr(ctx.facts.assessments, spec.source)
    )
    derived = False
    if not entries and spec.source == "percent_relief" and spec.derive_from_scores:
        entries = _relief_from_scores(ctx.facts)
        derived = bool(entries)
    if derived and spec.stated:
        implied = entries[0]
        return CheckResult(
            "unmet",
            tuple(implied.evidence),
            f"The pre and post scores imply {_num(implied.percent)}% relief; state it.",
            {"relief": _num(implied.percent)},
            max_severity="info",
        )
    need = ""
    if spec.min_percent is not None:
        need = f"at least {_num(spec.min_percent)}%"
        if spec.min_days is not None:
            need += f" for at least {_num(spec.min_days)} days"
    if not entries:
        return CheckResult("unmet", detail=f"No result is documented{' (needs ' + need + ')' if need else ''}.")

    def ok(entry: Relief) -> bool:
        if spec.min_percent is not None and entry.percent < spec.min_percent:
            return False
        if spec.min_days is not None and (entry.duration_days is None or entry.duration_days < spec.min_days):
            return False
        return True

    best = max(entries, key=lambda e: e.percent)
    # Fix sentences restate a documented value only when it meets the threshold (else a blank).
    percent_ok = spec.min_percent is None or best.percent >= spec.min_percent
    days_ok = best.duration_days is not None and (spec.min_days is None or best.duration_days >= spec.min_days)
    slots = {"relief": _num(best.percent) if percent_ok else "___",
             "relief_days": _num(best.duration_days) if days_ok else "___"}
    good = [e for e in entries if ok(e)]
    if len(good) >= spec.count:
        return CheckResult("met", tuple(_evidence(good)), slots=slots)
    documented = ", ".join(_relief_text(e) for e in entries)
    wanted = f"{spec.count} results" if spec.count > 1 else "a result"
    return CheckResult(
        "unmet", tuple(_evidence(entries)), f"Documented: {documented} (needs {wanted} of {need or 'any size'}).", slots
    )


def _group(groups: list[list[str]], region: str | None) -> int | None:
    return next((i for i, g in enumerate(groups) if region in g), None)


def _prior_in_window(entry: PriorSessions, spec: rq.FrequencyCheck, dos: dt.date) -> int:
    """Earlier sessions one history entry places within the window before `dos`: its stated count
    (when its own window fits inside the requirement's), its dates in the window, or the one
    session of 'last ... N weeks ago' - whichever is largest."""
    counts = [0]
    if entry.prior_count is not None and entry.window_days is not None and entry.window_days <= spec.window_days:
        counts.append(entry.prior_count)
    counts.append(len({d for d in entry.prior_dates if 0 <= (dos - d).days <= spec.window_days}))
    if entry.last_days_ago is not None and entry.last_days_ago <= spec.window_days:
        counts.append(1)
    return max(counts)


def _dated_sessions(entries: list[PriorSessions], spec: rq.FrequencyCheck, dos: dt.date) -> set[dt.date]:
    """The distinct session dates in the window over all entries: a dated list split by intent or procedure ('diagnostic
    blocks on 11/12 and 12/03; therapeutic injections on 03/11 and 07/01') gives one entry per run, and together they
    are the sessions. A month written alone (its first day) is the same session as a full date of that month."""
    dates = {d for e in entries for d in e.prior_dates if 0 <= (dos - d).days <= spec.window_days}
    return {d for d in dates if d.day != 1 or not any(o != d and (o.year, o.month) == (d.year, d.month) for o in dates)}


@check("frequency")
def _frequency(spec: rq.FrequencyCheck, ctx: CheckContext) -> CheckResult:
    proc = ctx.procedure
    region = proc.region if proc else None
    entries = [
        e
        for e in ctx.facts.prior_sessions
        if _names_family(ctx, e.procedure, spec.not_patterns)
        and not (
            e.region and region and _group(spec.region_groups, e.region) != _group(spec.region_groups, region)
        )
        and not (spec.same_intent and proc and proc.intent and e.intent and e.intent != proc.intent)
    ]
    counted = [(e, _prior_in_window(e, spec, ctx.dos)) for e in entries]
    counted = [(e, n) for e, n in counted if n]
    if not counted:
        return MET
    prior = max(max(n for _, n in counted), len(_dated_sessions([e for e, _ in counted], spec, ctx.dos)))
    sessions = prior + 1
    evidence = tuple(ev for e, _ in counted for ev in e.evidence)
    slots = {"sessions": str(sessions), "max_sessions": str(spec.max_sessions)}
    if sessions <= spec.max_sessions:
        return CheckResult("met", evidence, slots=slots)
    months = f"{_num(spec.window_days / 365 * 12)} months" if spec.window_days % 365 == 0 else f"{spec.window_days} days"
    return CheckResult(
        "unmet",
        evidence,
        f"The history counts {sessions} sessions in the past {months}, this one included "
        f"(limit {spec.max_sessions}).",
        slots,
    )


@check("psychological_evaluation")
def _psychological_evaluation(spec: rq.PsychologicalEvaluationCheck, ctx: CheckContext) -> CheckResult:
    evaluation = ctx.facts.necessity.psychological_evaluation
    if evaluation is None:
        mention = _mentioned(ctx, spec.mention_paths, spec.mention_patterns)
        if mention is None:
            return CheckResult("unmet", detail="No psychological evaluation is mentioned.")
        if spec.require_cleared:
            return CheckResult("unmet", mention, "The evaluation's result is not stated.")
        return CheckResult("met", mention)
    evidence = tuple(evaluation.evidence)
    if not evaluation.performed:
        return CheckResult("unmet", evidence, "The note says the evaluation has not been done.")
    if evaluation.cleared is False:
        return CheckResult("unmet", evidence, "The note says the evaluation did not clear the patient.")
    if spec.require_cleared and evaluation.cleared is None:
        return CheckResult("unmet", evidence, "The evaluation's result is not stated.")
    return CheckResult("met", evidence)


@check("imaging_modality_in")
def _imaging(spec: rq.ImagingCheck, ctx: CheckContext) -> CheckResult:
    imaging = ctx.procedure.imaging if ctx.procedure else None
    if imaging is None or imaging.modality is None:
        return CheckResult("unmet", detail="No imaging guidance is documented.")
    if imaging.modality not in spec.values:
        return CheckResult(
            "unmet",
            tuple(imaging.evidence),
            f"Documented guidance: {imaging.modality} (needs {' or '.join(spec.values)}).",
            {"modality": imaging.modality},
        )
    return CheckResult("met", tuple(imaging.evidence), slots={"modality": imaging.modality})


@check("contrast")
def _contrast(spec: rq.ContrastCheck, ctx: CheckContext) -> CheckResult:
    contrast = ctx.procedure.contrast if ctx.procedure else None
    if contrast is None or (contrast.used is None and not contrast.reason_not_used):
        return CheckResult("unmet", detail="Contrast use is not documented.")
    if contrast.used:
        return CheckResult("met", tuple(contrast.evidence))
    reason = contrast.reason_not_used or ""
    if reason and any(_search(p, reason) for p in spec.accepted_reasons):
        return CheckResult("met", tuple(contrast.evidence))
    detail = f"Contrast was not used; stated reason: {reason}." if reason else "Contrast was not used and no reason is given."
    return CheckResult("unmet", tuple(contrast.evidence), detail)


@check("saved_images")
def _saved_images(spec: rq.SavedImagesCheck, ctx: CheckContext) -> CheckResult:
    imaging = ctx.procedure.imaging if ctx.procedure else None
    if imaging is None or not imaging.saved_images:
        return CheckResult("unmet", tuple(imaging.evidence) if imaging else ())
    # The rule asks for two views of final needle position and spread: 'Images saved.' alone does not say so.
    if spec.min_views is not None and (imaging.views is None or imaging.views < spec.min_views):
        shown = "not stated" if imaging.views is None else str(imaging.views)
        return CheckResult(
            "unmet",
            tuple(imaging.evidence),
            f"Number of saved views: {shown} (needs at least {spec.min_views}).",
            {"views": "___"},
        )
    return CheckResult("met", tuple(imaging.evidence), slots={"views": _num(imaging.views)})


def _unnamed(drug: Drug) -> bool:
    """A drug the note gives only by its class ("10 mg of corticosteroid", "steroid and saline mixture")."""
    return drug.generic.startswith("unspecified_")


@check("drug_named")
def _drug_named(spec: rq.DrugNamedCheck, ctx: CheckContext) -> CheckResult:
    """Every injectate named: an unnamed steroid is unmet even beside a named local anaesthetic (corpora/README:
    the message asks for each drug's name)."""
    drugs = _relevant_drugs(ctx, spec.exclude_roles)
    if not drugs:
        return CheckResult("unmet")
    unnamed = [d for d in drugs if _unnamed(d)]
    if unnamed:
        return CheckResult("unmet", tuple(_evidence(unnamed)))
    return CheckResult("met", tuple(_evidence(drugs)), slots={"drugs": ", ".join(_drug_label(d) for d in drugs)})


@check("drug_dose")
def _drug_dose(spec: rq.DrugDoseCheck, ctx: CheckContext) -> CheckResult:
    drugs = _relevant_drugs(ctx, spec.exclude_roles)
    if not drugs:
        return NOT_APPLICABLE
    missing = [  # an unnamed drug is asked for, with its dose, by drug_name ("___ mg of ___")
        d
        for d in drugs
        if not (d.dose is not None and d.dose_unit is not None) and not (d.volume_ml is not None and d.concentration)
        and not _unnamed(d)
    ]
    if not missing:
        return CheckResult("met", tuple(_evidence(drugs)))
    names = ", ".join(_drug_label(d) for d in missing)
    return CheckResult("unmet", tuple(_evidence(missing)), f"No dose for: {names}.", {"drugs": names})


@check("dose_ceiling")
def _dose_ceiling(spec: rq.DoseCeilingCheck, ctx: CheckContext) -> CheckResult:
    """Steroid totals above their KB ceilings (the review itself lives with the drug lines it gates)."""
    reviews = ctx.memo.get("dose_reviews")
    if reviews is None:
        reviews = ctx.memo["dose_reviews"] = dose_reviews(ctx.facts.drugs, ctx.kb.drugs, ctx.dos)
    found = [r for r in reviews if r.misread == (spec.reading == "misread")]
    if not found:
        return MET
    return CheckResult("unmet", tuple(e for r in found for e in r.evidence), " ".join(r.detail() for r in found),
                       {"drugs": ", ".join(r.label for r in found)})


@check("laterality")
def _laterality(spec: rq.LateralityCheck, ctx: CheckContext) -> CheckResult:
    proc = ctx.procedure
    if proc is None:
        return NOT_APPLICABLE
    if proc.laterality:
        return CheckResult("met", slots={"side": proc.laterality})
    sided = [x for x in [*proc.levels, *proc.nerves] if x.side]
    if sided:
        return CheckResult("met", tuple(_evidence(sided)))
    return CheckResult("unmet")


@check("levels")
def _levels(spec: rq.LevelsCheck, ctx: CheckContext) -> CheckResult:
    proc = ctx.procedure
    if proc is None:
        return NOT_APPLICABLE
    if len(proc.levels) >= spec.min_count:
        return CheckResult("met", tuple(_evidence(proc.levels)))
    if spec.accept_nerves and len(proc.levels) + len(proc.nerves) >= spec.min_count:
        return CheckResult("met", tuple(_evidence(proc.levels) + _evidence(proc.nerves)))
    return CheckResult("unmet", tuple(_evidence(proc.levels)))


@check("approach_in")
def _approach(spec: rq.ApproachCheck, ctx: CheckContext) -> CheckResult:
    proc = ctx.procedure
    if proc is None:
        return NOT_APPLICABLE
    if proc.approach is None:
        return CheckResult("unmet")
    if proc.approach not in spec.values:
        return CheckResult(
            "unmet", detail=f"Documented approach {proc.approach} is not one of: {', '.join(spec.values)}."
        )
    return CheckResult("met", slots={"approach": proc.approach})


@check("intent")
def _intent(spec: rq.IntentCheck, ctx: CheckContext) -> CheckResult:
    proc = ctx.procedure
    if proc is None:
        return NOT_APPLICABLE
    return CheckResult("met") if proc.intent else CheckResult("unmet")


@check("radiofrequency")
def _radiofrequency(spec: rq.RadiofrequencyCheck, ctx: CheckContext) -> CheckResult:
    rf = ctx.procedure.radiofrequency if ctx.procedure else None
    if rf is None or rf.technique is None:
        return CheckResult("unmet", tuple(rf.evidence) if rf else (), "The lesion technique is not documented.")
    evidence = tuple(rf.evidence)
    # The fix sentence may restate the temperature only when it is one the rule accepts.
    temp_ok = rf.temperature_c is not None and (
        spec.min_temperature_c is None or rf.temperature_c >= spec.min_temperature_c
    )
    slots = {"temperature": _num(rf.temperature_c) if temp_ok and rf.technique in spec.techniques else "___"}
    if rf.technique not in spec.techniques:
        return CheckResult(
            "unmet", evidence, f"Documented technique: {rf.technique} (covered: {', '.join(spec.techniques)}).", slots
        )
    if spec.min_temperature_c is not None:
        if rf.temperature_c is None:
            return CheckResult("unmet", evidence, "The lesion temperature is not documented.", slots)
        if rf.temperature_c < spec.min_temperature_c:
            return CheckResult(
                "unmet",
                evidence,
                f"Documented temperature: {_num(rf.temperature_c)} °C (needs at least {_num(spec.min_temperature_c)} °C).",
                slots,
            )
    return CheckResult("met", evidence, slots=slots)


_SEDATION_LABELS = {
    "agents": "agents",
    "doses": "doses",
    "start_time": "start time",
    "stop_time": "stop time",
    "intraservice_minutes": "intraservice minutes",
    "independent_observer": "independent observer",
    "justification": "justification",
}


@check("sedation")
def _sedation(spec: rq.SedationCheck, ctx: CheckContext) -> CheckResult:
    sedation = ctx.procedure.sedation if ctx.procedure else None
    if sedation is None:
        return NOT_APPLICABLE
    missing = []
    for item in spec.require:
        value = getattr(sedation, item)
        if item == "independent_observer":
            present = value is True
        else:
            present = bool(value) if not isinstance(value, (int, float)) else True
        if not present:
            missing.append(_SEDATION_LABELS[item])
    if not missing:
        return CheckResult("met", tuple(sedation.evidence))
    text = ", ".join(missing)
    return CheckResult("unmet", tuple(sedation.evidence), f"Missing: {text}.", {"missing": text})


def _mentioned(ctx: CheckContext, paths: Iterable[str], patterns: list[str]) -> tuple[Evidence, ...] | None:
    """Evidence of the first text fact in `paths` matching one of `patterns`; None when none does."""
    for path in paths:
        for text, evidence in _texts(_resolve(ctx, path)):
            if any(_search(p, text) for p in patterns):
                return tuple(evidence)
    return None


@check("text_mentions")
def _text_mentions(spec: rq.TextMentionsCheck, ctx: CheckContext) -> CheckResult:
    mention = _mentioned(ctx, spec.paths, spec.patterns)
    return CheckResult("unmet") if mention is None else CheckResult("met", mention)


# An imaging finding that points back at the treated levels by their count instead of naming them ("... at both
# levels", "at all three levels", "at each level", in shorthand "at both lvls"): it names every level when its count is
# theirs.
_EVERY_LEVEL = re.compile(r"\b(?:at|of|in|involving|affecting)\s+(?:(?P<both>both)|(?:all|each\s+of)\s+(?:the\s+)?"
                          r"(?P<n>two|three|four|five|[2-5])|all|each|every)\s+(?:(?:treated|involved|affected)\s+)?"
                          r"(?:levels?|lvls?|vertebrae|vertebral\s+bodies|bodies)\b", re.IGNORECASE)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _covers_every_level(value: str, levels: int) -> bool:
    """Whether an imaging finding says its words hold at every treated level, by a count that fits `levels`."""
    for m in _EVERY_LEVEL.finditer(value):
        if m.group("both"):
            if levels == 2:
                return True
        elif (n := m.group("n")):
            if (int(n) if n.isdigit() else _COUNT_WORDS[n.lower()]) == levels:
                return True
        else:
            return True
    return False


@check("imaging_per_level")
def _imaging_per_level(spec: rq.ImagingPerLevelCheck, ctx: CheckContext) -> CheckResult:
    proc = ctx.procedure
    if proc is None or not proc.levels:
        return NOT_APPLICABLE
    findings = [
        f for f in ctx.facts.necessity.imaging_findings if any(_search(p, f.value) for p in spec.patterns)
    ]
    missing = [
        lv.name
        for lv in proc.levels
        if not any(_search(rf"\b{re.escape(lv.name)}\b", f.value) for f in findings)
    ]
    if missing and any(_covers_every_level(f.value, len(proc.levels)) for f in findings):
        missing = []  # "MRI shows marrow oedema on the STIR sequence at both levels" (the levels named before)
    if not missing:
        return CheckResult("met", tuple(_evidence(findings)))
    return CheckResult(
        "unmet",
        tuple(_evidence(findings)),
        f"No imaging finding names a fracture at: {', '.join(missing)}.",
        {"levels": ", ".join(missing)},
    )


@check("diagnosis_supports")
def _diagnosis_supports(spec: rq.DiagnosisSupportCheck, ctx: CheckContext) -> CheckResult:
    proc = ctx.procedure
    if proc is None:
        return NOT_APPLICABLE
    mapped = [m for m in _mapped_diagnoses(ctx) if m.valid]
    if not mapped:
        return NOT_APPLICABLE
    evidence = tuple(e for m in mapped for e in m.evidence)
    icd = ctx.kb.icd10
    if any(supports_procedure(ctx.kb, m, proc) for m in mapped):
        return CheckResult("met", evidence)
    listed = ", ".join(f"{m.code} ({m.entry.description})" if m.entry else m.code for m in mapped)
    family_ok = [m for m in mapped if supports_family(m, proc.family) and m.entry is not None]
    if family_ok:
        if all(icd.fits_region(m.entry, proc.region) for m in family_ok):  # type: ignore[arg-type]
            mismatch = f"the side does not match this {proc.laterality} procedure"
        else:
            mismatch = f"the region does not match this {proc.region} procedure"
        return CheckResult("unmet", evidence, f"Documented: {listed}; {mismatch}.")
    if spec.closed_list:
        return CheckResult("unmet", evidence, f"Documented: {listed}; none is on the covered list.")
    if all(excludes_family(m, proc.family) for m in mapped):
        return CheckResult("unmet", evidence, f"Documented: {listed}.")
    return NOT_APPLICABLE


@check("diagnosis_documented")
def _diagnosis_documented(spec: rq.DiagnosisDocumentedCheck, ctx: CheckContext) -> CheckResult:
    diagnoses = ctx.facts.necessity.diagnoses
    if diagnoses:
        real = [
            dx
            for dx in diagnoses
            if dx.icd10 or not any(_search(p, dx.text) for p in spec.vague_patterns)
        ]
        if real:
            return CheckResult("met", tuple(_evidence(real)))
        return CheckResult(
            "unmet", tuple(_evidence(diagnoses)), "The diagnosis entries only refer elsewhere or hold no diagnosis."
        )
    from_indication = [m for m in _mapped_diagnoses(ctx) if m.origin == "indication"]
    if from_indication:
        return CheckResult("met", tuple(e for m in from_indication for e in m.evidence))
    return CheckResult("unmet")


_QUALIFIER_WORDS = {"region": "spinal region", "side": "side", "limb": "limb", "muscle_site": "muscle site"}


@check("diagnosis_specific")
def _diagnosis_specific(spec: rq.DiagnosisSpecificCheck, ctx: CheckContext) -> CheckResult:
    icd = ctx.kb.icd10
    gaps: list[str] = []
    words: list[str] = []
    evidence: list[Evidence] = []
    considered = 0
    specific = False  # some listed diagnosis is a valid code, or text that maps to a code needing nothing more
    for dx in diagnosis_sources(ctx.facts)[0]:
        if dx.icd10 and check_validity(icd, dx.icd10, ctx.dos).valid:
            specific = True
            continue
        considered += 1
        gap = specificity_gap(icd, dx.text)
        if gap is not None:
            rule, missing = gap
            named = [_QUALIFIER_WORDS.get(m, m) for m in missing]
            gaps.append(f"{' and '.join(named)} (rule {rule})")
            words.extend(w for w in named if w not in words)
            evidence.extend(dx.evidence)
        elif map_text(icd, dx.text, ctx.dos) is not None:
            specific = True
    if not considered:
        return NOT_APPLICABLE
    if not gaps or specific:
        # the claim has its billable specific diagnosis; a further uncoded descriptive line ('1. Failed back surgery
        # syndrome (M96.1). 2. Chronic bilateral lower extremity radicular pain.') needs no region of its own (round 8,
        # corpora/README 'Finding elements', diagnosis)
        return MET
    return CheckResult("unmet", tuple(evidence), f"Missing: {'; '.join(gaps)}.", {"missing": " and ".join(words)})


@check("icd10_valid")
def _icd10_valid(spec: rq.Icd10ValidCheck, ctx: CheckContext) -> CheckResult:
    written = [dx for dx in ctx.facts.necessity.diagnoses if dx.icd10]
    if not written:
        return NOT_APPLICABLE
    problems = []
    evidence: list[Evidence] = []
    all_uncertain = True
    for dx in written:
        validity = check_validity(ctx.kb.icd10, dx.icd10 or "", ctx.dos)
        if not validity.valid:
            problems.append(validity.reason or validity.code)
            evidence.extend(dx.evidence)
            if validity.entry is None or validity.entry.status == "confirmed":
                all_uncertain = False
    if not problems:
        return CheckResult("met", tuple(e for dx in written for e in dx.evidence))
    return CheckResult(
        "unmet", tuple(evidence), "; ".join(problems) + ".", max_severity="warning" if all_uncertain else None
    )


_missing = set(rq.CHECK_KINDS) - set(CHECKS)
if _missing:  # pragma: no cover - guards the registry against a schema kind with no function
    raise RuntimeError(f"check kinds without a function: {sorted(_missing)}")


# --- preconditions -----------------------------------------------------------------------------


def _paired(meta: rq.RequirementsMeta, proc: Procedure) -> bool:
    return proc.family in meta.paired.families and (proc.target or "") not in meta.paired.midline_targets


def _is_repeat(ctx: CheckContext) -> bool:
    """A repeat: the note says so (`Procedure.repeat`) or records a response to an earlier one of this family."""
    proc = ctx.procedure
    stated = bool(proc and proc.repeat and proc.repeat.value)
    return stated or bool(prior_responses(ctx))


def _applies(when: rq.AppliesWhen, ctx: CheckContext) -> bool:
    proc, facts = ctx.procedure, ctx.facts
    sedation = proc.sedation if proc else None
    sed_type = sedation.type if sedation else None
    # Each precondition in turn; the actual value is computed only when the requirement sets one.
    if when.intent is not None and (proc.intent if proc else None) != when.intent:
        return False
    if when.sedation_given is not None and (sed_type in ctx.meta.sedation_levels) != when.sedation_given:
        return False
    if when.drugs_given is not None and bool(_relevant_drugs(ctx, ["contrast", "sedative"])) != when.drugs_given:
        return False
    if when.paired_structure is not None and (bool(proc) and _paired(ctx.meta, proc)) != when.paired_structure:
        return False
    if when.repeat is not None and _is_repeat(ctx) != when.repeat:
        return False
    if when.prior_diagnostic_blocks is not None and \
            bool(facts.assessments.diagnostic_blocks) != when.prior_diagnostic_blocks:
        return False
    if when.sedation_by_proceduralist is not None and \
            (sedation is not None and sedation.by_proceduralist is not False) != when.sedation_by_proceduralist:
        return False
    if when.sedation_types is not None and sed_type not in when.sedation_types:
        return False
    if when.approach is not None and (proc is None or proc.approach not in when.approach):
        return False
    if when.not_approach is not None and proc is not None and proc.approach in when.not_approach:
        return False
    if when.target is not None and (proc is None or proc.target not in when.target):
        return False
    if when.unless_diagnosis is not None:
        codes = [m.code for m in _mapped_diagnoses(ctx) if m.valid]
        if any(_search(p, code, 0) for p in when.unless_diagnosis for code in codes):
            return False
    for name, wanted in ((when.payer_setting, True), (when.not_payer_setting, False)):
        if name is not None and bool(getattr(ctx.settings, name, False)) != wanted:
            return False
    if when.codes_any is not None:
        lines = [c for c in ctx.codes if c.procedure_index in (None, ctx.procedure_index)]
        if not any(c.code in when.codes_any for c in lines):
            return False
    return True


# --- fix slots ---------------------------------------------------------------------------------


class _Slots(dict):
    def __missing__(self, key: str) -> str:
        return "___"


def _base_slots(ctx: CheckContext) -> dict[str, str]:
    facts, proc = ctx.facts, ctx.procedure
    slots: dict[str, str] = {}
    if proc is not None:
        slots["family"] = ctx.meta.family_labels.get(proc.family, proc.family.replace("_", " "))
        if proc.levels:
            slots["levels"] = ", ".join(lv.name for lv in proc.levels)
        if proc.laterality:
            slots["side"] = proc.laterality
        if proc.approach:
            slots["approach"] = proc.approach.replace("_", " ")
        if proc.imaging and proc.imaging.modality:
            slots["modality"] = proc.imaging.modality
        if proc.radiofrequency and proc.radiofrequency.temperature_c is not None:
            slots["temperature"] = _num(proc.radiofrequency.temperature_c)
    else:
        slots["family"] = "procedure"
    pre, post = _scores(facts, "pre"), _scores(facts, "post")
    if pre:
        slots["pre_score"] = _num(pre[0].value)
        if pre[0].scale:
            slots["scale"] = pre[0].scale
        slots["scale_max"] = _num(pre[0].scale_max) if pre[0].scale_max is not None else "10"
    else:
        slots["scale_max"] = "10"
    slots.setdefault("scale", "NRS")
    if post:
        slots["post_score"] = _num(post[0].value)
    if facts.necessity.symptom_duration:
        slots["symptom_weeks"] = _num(facts.necessity.symptom_duration.weeks)
    drugs = _relevant_drugs(ctx, ["contrast", "sedative"])
    if drugs:
        slots["drugs"] = ", ".join(_drug_label(d) for d in drugs)
    return slots


# --- the entry point ---------------------------------------------------------------------------


def _merge(base: list[rq.Requirement], extra: Iterable[rq.Requirement] | None) -> list[rq.Requirement]:
    """Overlay entries replace bundled ones with the same id (keeping their position); new ids append."""
    if not extra:
        return list(base)
    extra = list(extra)
    by_id = {r.id: r for r in extra}
    merged = [by_id.pop(r.id, r) for r in base]
    return merged + [r for r in extra if r.id in by_id]


def _blanks_for(element: str, ctx: CheckContext) -> list[Evidence]:
    """Unfilled template blanks ('***', '____') in a section that documents `element`
    (`meta.placeholder_sections`): shown with the finding so the reviewer sees where to type."""
    sections = ctx.meta.placeholder_sections
    return [
        blank
        for blank in ctx.facts.placeholders
        if blank.section is not None and element in sections.get(blank.section, [])
    ]


def _finding(req: rq.Requirement, result: CheckResult, ctx: CheckContext, index: int | None) -> Finding:
    severity = req.severity
    if result.max_severity and rq.severity_rank(result.max_severity) > rq.severity_rank(severity):
        severity = result.max_severity  # type: ignore[assignment]
    message = req.message if not result.detail else f"{req.message} {result.detail}"
    blanks = _blanks_for(req.element, ctx)
    if blanks:
        message += " A template blank for it was left unfilled."
    slots = _Slots(_base_slots(ctx))
    slots.update(result.slots)
    citation = req.source.citation if req.status == "confirmed" else f"{req.source.citation} (status: {req.status})"
    return Finding(
        id=req.id,
        element=req.element,
        severity=severity,
        message=message,
        requirement=SourceRef(text=req.source.text, source=citation),
        evidence=list(result.evidence) + [b for b in blanks if b not in result.evidence],
        fix=req.fix.format_map(slots),
        procedure_index=index,
    )


#: Checks whose failure with no evidence means "nothing read for the element": the only ones a
#: presence verifier's sentence may hold back. Value checks (doses, levels, sides, RF parameters,
#: imaging per level), conflicts and limits are never in here: they decide codes.
#: `text_mentions` is not: it asks for specific content (trigger points found), not for the element.
#: `symptom_duration` fails with no evidence only when no duration was read at all (a short one carries its
#: evidence), so it is a presence check too (pvx: '| Duration of symptoms | 2 years, ... |' unread).
PRESENCE_CHECK_KINDS = frozenset({"present", "pain_score", "relief", "conservative_care", "symptom_duration"})
UNPARSED_ID = "presence.unparsed"


def _element_paths(element: str, ctx: CheckContext) -> list[str]:
    """Every fact path a requirement of `element` reads (the knowledge base says which), once per note."""
    key = f"presence-paths:{element}"
    if key not in ctx.memo:
        paths: list[str] = []
        for req in ctx.kb.requirements.requirements:
            if req.element == element:
                spec = req.check
                paths += [*getattr(spec, "paths", []), *getattr(spec, "mention_paths", []),
                          *(p for group in getattr(spec, "or_all_of", []) for p in group)]
                if isinstance(spec, rq.ReliefCheck):
                    # the entries the relief check reads (pv20): a prior response the rules read in the verifier's
                    # sentence and set aside as another procedure's ('after a knee injection') was judged already
                    paths.append(f"assessments.{spec.source}")
        ctx.memo[key] = sorted(set(paths))
    return ctx.memo[key]


def _unparsed(req: rq.Requirement, result: CheckResult, ctx: CheckContext) -> Evidence | None:
    """The verifier's sentence for `req`'s element when the requirement failed only because the
    rules read nothing for it (no evidence at all: a value read and found short is never held back),
    and the rules did not read that very sentence as a fact any requirement of the element looks at:
    then the rules have judged the sentence ("low back pain for four months" is the indication, yet
    no radicular finding), and the finding stands."""
    if result.evidence or req.check.kind not in PRESENCE_CHECK_KINDS:
        return None
    for documented in ctx.facts.documented_elements:
        if documented.element != req.element or not documented.evidence:
            continue
        sentence = documented.evidence[0]
        parsed = [e for path in _element_paths(req.element, ctx) for e in _evidence(_resolve(ctx, path))]
        if any(e.start < sentence.end and sentence.start < e.end for e in parsed):
            return None
        if _names_another_site(req.element, sentence.text, ctx):
            return None
        return sentence
    return None


def _names_another_site(element: str, text: str, ctx: CheckContext) -> bool:
    """Whether a verifier sentence for `element` names body sites none of which is this procedure's region
    (`meta.presence_sites`, pv20): 'She reports 70% relief for 4 months after a knee injection' is another
    procedure's response, not a lumbar ESI's. A sentence naming no site, or a procedure whose family or region the
    knowledge base does not list, is not judged."""
    spec = ctx.meta.presence_sites
    proc = ctx.procedure
    if spec is None or element not in spec.elements or proc is None or proc.family not in spec.families:
        return False
    fits = spec.fits.get(proc.region or "")
    if not fits:
        return False
    named = {site for site, patterns in spec.sites.items() if any(_search(p, text) for p in patterns)}
    return bool(named) and not named & set(fits)


def presence_unread(req: rq.Requirement, result: CheckResult, ctx: CheckContext) -> bool:
    """True when a verifier sentence for `req`'s element could hold back this failure and the facts
    carry none: the check read nothing, is a presence check, and the knowledge base words the info."""
    return (not result.evidence and req.check.kind in PRESENCE_CHECK_KINDS
            and ctx.meta.unparsed_presence is not None
            and not any(d.element == req.element for d in ctx.facts.documented_elements))


def _unparsed_info(req: rq.Requirement, evidence: Evidence, index: int | None, meta: rq.RequirementsMeta) -> Finding:
    """An info, not a documentation-requirement finding (its id is no requirement's, so
    `painpoint eval` does not count it): the reviewer still sees the element and the sentence.
    Its wording is the knowledge base's (`requirements.yaml` meta `unparsed_presence`)."""
    label = req.element.replace("_", " ")
    text = meta.unparsed_presence
    assert text is not None  # only called when the knowledge base words the info
    return Finding(
        id=UNPARSED_ID,
        element=req.element,
        severity="info",
        message=fill(text.message, {"label": label[0].upper() + label[1:], "evidence": evidence.text}),
        requirement=SourceRef(text=req.source.text, source=req.source.citation),
        evidence=[evidence],
        fix=text.fix,
        procedure_index=index,
    )


def evaluate(req: rq.Requirement, ctx: CheckContext) -> CheckResult:
    """Run one requirement's check (without its preconditions); public for tests and tools."""
    return CHECKS[req.check.kind](req.check, ctx)


def payer_lineage(kb: KnowledgeBase, payer: str) -> list[str]:
    """`payer` and the profiles it extends (payers.yaml `extends`), nearest first, so a MAC profile
    such as `medicare_cgs` gets every requirement written for `medicare`."""
    payers = getattr(kb, "payers", None)
    profiles = getattr(payers, "profiles", None)
    if payers is None or not isinstance(profiles, dict) or payer not in profiles:
        return [payer]
    return list(payers.chain(payer))


def _payer_settings(kb: KnowledgeBase, payer: str, dos: dt.date) -> PayerSettings | None:
    """The profile's settings in force on `dos`; None for a payer payers.yaml does not know (its
    yes/no settings then read as off)."""
    payers = getattr(kb, "payers", None)
    if payers is None or payer not in getattr(payers, "profiles", {}):
        return None
    return payers.resolve_on(payer, dos)


_REQUIREMENTS_CACHE: dict[tuple, tuple[Any, Any, list[rq.Requirement]]] = {}
_REQUIREMENTS_CACHE_SIZE = 64


def _requirements_for(
    kb: KnowledgeBase, file: rq.RequirementsFile, payer: str, dos: dt.date,
    extra_requirements: Iterable[rq.Requirement] | None,
) -> list[rq.Requirement]:
    """The requirements in force for `payer` on `dos`, in file order. The same for every note of a
    payer and date, so kept per (knowledge base, requirements file, payer, date) when there is no
    overlay; the entry holds both objects, so another knowledge base or file never reuses it."""
    key = None
    if extra_requirements is None:
        key = (id(kb), id(file), id(file.requirements), len(file.requirements), payer, dos)
        hit = _REQUIREMENTS_CACHE.get(key)
        if hit is not None and hit[0] is kb and hit[1] is file:
            return hit[2]
    lineage = payer_lineage(kb, payer)
    requirements = [
        r
        for r in _merge(file.requirements, extra_requirements)
        if any(r.applies_to_payer(p) for p in lineage) and r.effective.covers(dos)
    ]
    if key is not None:
        if len(_REQUIREMENTS_CACHE) >= _REQUIREMENTS_CACHE_SIZE:
            _REQUIREMENTS_CACHE.clear()
        _REQUIREMENTS_CACHE[key] = (kb, file, requirements)
    return requirements


def check_documentation(
    facts: NoteFacts,
    codes: list[CodeLine],
    kb: KnowledgeBase,
    payer: str,
    dos: dt.date,
    extra_requirements: Iterable[rq.Requirement] | None = None,
    unread: set[str] | None = None,
) -> list[Finding]:
    """Findings for every requirement that applies to the note and is not met.

    `unread`, when given, collects the elements a presence verifier could still change: a presence
    check failed having read nothing and `facts.documented_elements` held no sentence for it
    (`presence_unread`). A caller that runs the verifier lazily reads those and checks again.

    Procedure-scoped requirements are checked per procedure (`procedure_index` set); note-scoped
    ones once, against the first procedure whose family they cover (or with no procedure at all when
    they cover every family). Findings are ordered note-wide first, then by procedure, then errors
    before warnings before info, then in knowledge-base order."""
    if not isinstance(facts, NoteFacts):
        raise TypeError(f"check_documentation needs NoteFacts, got {type(facts).__name__}")
    if not isinstance(dos, dt.date):
        raise TypeError(f"check_documentation needs the date of service as a date, got {dos!r}")
    if isinstance(dos, dt.datetime):
        dos = dos.date()
    file: rq.RequirementsFile = kb.requirements
    requirements = _requirements_for(kb, file, payer, dos, extra_requirements)
    procedures = list(enumerate(facts.procedures))
    settings = _payer_settings(kb, payer, dos)
    memo: dict[str, Any] = {}
    out: list[tuple[int, int, int, Finding, str | None]] = []
    for order, req in enumerate(requirements):
        targets: list[tuple[int | None, Procedure | None]] = [
            (i, p) for i, p in procedures if req.applies_to_family(p.family)
        ]
        if req.scope == "note" and not procedures and "all" in req.families:
            targets = [(None, None)]
        for index, proc in targets:
            ctx = CheckContext(facts, proc, index, codes, kb, dos, file.meta, settings, memo)
            if not _applies(req.applies_when, ctx):
                continue
            result = evaluate(req, ctx)
            if result.status == "unmet":
                report_index = None if req.scope == "note" else index
                unparsed = _unparsed(req, result, ctx) if file.meta.unparsed_presence is not None else None
                if unread is not None and unparsed is None and presence_unread(req, result, ctx):
                    unread.add(req.element)
                if unparsed is not None:  # one info per element and procedure, never a finding
                    info = _unparsed_info(req, unparsed, report_index, file.meta)
                    out.append((-1 if report_index is None else report_index, rq.severity_rank("info"), order, info,
                                f"{UNPARSED_ID}:{req.element}:{report_index}"))
                    if req.scope == "note":
                        break
                    continue
                finding = _finding(req, result, ctx, report_index)
                # Note-wide findings from requirements that check the same thing (e.g. the error and
                # the warning variant of the pain-score rule in a note with two procedures) collapse
                # to the most severe one.
                same = f"{req.element}:{req.check.model_dump_json()}" if req.scope == "note" else None
                out.append((-1 if report_index is None else report_index, rq.severity_rank(finding.severity), order,
                            finding, same))
            if req.scope == "note":
                break  # note-wide: judged once, against the first procedure it applies to
    out.sort(key=lambda t: t[:3])
    seen: set[str] = set()
    findings: list[Finding] = []
    for *_, finding, same in out:
        if same is not None:
            if same in seen:
                continue
            seen.add(same)
        findings.append(finding)
    return findings


# --- practice overlays -------------------------------------------------------------------------


def _entry_error(path: Path, index: int, entry: Any, exc: ValidationError) -> str:
    name = entry.get("id") if isinstance(entry, dict) else None
    problems = "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or '(entry)'}: {err['msg']}" for err in exc.errors()
    )
    label = f"requirements[{index}]" + (f" (id {name!r})" if name else "")
    return f"{path.name}: {label}: {problems}"


def load_overlay(path: str | Path, base: Iterable[rq.Requirement] | None = None) -> list[rq.Requirement]:
    """Read a practice overlay (same shape as requirements.yaml; `meta` optional).

    An entry whose id matches a bundled requirement may give only the keys it changes (e.g. a new
    `message` or `severity`); its top-level keys replace the bundled entry's, and the result is
    validated as a whole. `base` is the requirement list to overlay (the bundled KB by default).
    Every entry is validated like a bundled requirement; the error names the file, the entry's
    position and id, and each failing field. Duplicate ids within the overlay are an error."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KnowledgeBaseError(f"{path}: overlay file not found") from None
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("requirements"), list):
        raise KnowledgeBaseError(f"{path.name}: expected a mapping with a 'requirements' list")
    unknown = set(raw) - {"meta", "requirements"}
    if unknown:
        raise KnowledgeBaseError(f"{path.name}: unknown top-level keys {sorted(unknown)}")
    if base is None:
        from coding.knowledge import load_kb

        base = load_kb().requirements.requirements
    bundled = {r.id: r for r in base}
    out: list[rq.Requirement] = []
    errors: list[str] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw["requirements"]):
        if isinstance(entry, dict) and entry.get("id") in bundled:
            entry = {**bundled[entry["id"]].model_dump(by_alias=True, exclude_unset=True), **entry}
        try:
            req = rq.Requirement.model_validate(entry)
        except ValidationError as exc:
            errors.append(_entry_error(path, index, entry, exc))
            continue
        if req.id in seen:
            errors.append(f"{path.name}: requirements[{index}] (id {req.id!r}): duplicate id in overlay")
            continue
        seen.add(req.id)
        out.append(req)
    if errors:
        raise KnowledgeBaseError("\n".join(errors))
    return out
