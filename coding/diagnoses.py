"""ICD-10-CM support: keep the codes a note writes, map diagnosis text to codes, link codes to lines.

Why a separate module: the documentation checker needs the same mapping to decide whether a
diagnosis supports a procedure (a radiculopathy does not support a facet block), and the engine
needs the suggestions with their links to code lines; both read :func:`map_diagnoses`.

Codes written in the note are kept as written (normalised) even when invalid on the date of
service, because the physician chose them; the checker reports invalid ones as `code_validity`
findings. When a written code is invalid, the diagnosis text is mapped as well so a valid
replacement is offered. Text mapping is rule data in `icd10.yaml`; a rule whose code did not yet
exist on the date of service falls back to the code it replaced (e.g. M54.50 -> M54.5 before FY2022).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from coding.facts import Diagnosis, Evidence, NoteFacts, Procedure
from coding.knowledge import KnowledgeBase
from coding.patterns import search
from coding.result import CodeLine, DiagnosisSuggestion
from coding.schema.icd10 import ICD10_PATTERN, Icd10Code, Icd10File, TextRule

_UNDOTTED = re.compile(r"^([A-Z][0-9][0-9A-Z])([0-9A-Z]{1,4})$")


def normalize_icd10(code: str) -> str:
    """'m5416' / ' M54.16 ' -> 'M54.16'. Unrecognisable input is returned upper-cased and stripped."""
    text = code.strip().upper().replace(" ", "")
    match = _UNDOTTED.match(text)
    if match:
        return f"{match.group(1)}.{match.group(2)}"
    return text


def is_well_formed(code: str) -> bool:
    return re.match(ICD10_PATTERN, code) is not None


@dataclass(frozen=True)
class Validity:
    """Whether a written code can be billed on the date of service, and why not."""

    code: str
    valid: bool
    reason: str | None
    entry: Icd10Code | None


def check_validity(icd: Icd10File, code: str, dos: dt.date) -> Validity:
    """Known codes are judged on their window and billability; unknown well-formed codes pass
    (the knowledge base is a pain-practice subset, not the whole code set)."""
    normalised = normalize_icd10(code)
    if not is_well_formed(normalised):
        return Validity(normalised, False, f"'{code.strip()}' is not a well-formed ICD-10-CM code", None)
    entry = icd.by_code().get(normalised)
    if entry is None:
        return Validity(normalised, True, None, None)
    if not entry.billable:
        return Validity(normalised, False, f"{normalised} is a category header, not a billable code", entry)
    if entry.effective.to is not None and dos > entry.effective.to:
        replaced = ", ".join(entry.replaced_by)
        tail = f"; use {replaced}" if replaced else ""
        return Validity(normalised, False, f"{normalised} ended {entry.effective.to.isoformat()}{tail}", entry)
    if dos < entry.effective.from_:
        tail = f"; use {entry.replaces}" if entry.replaces else ""
        return Validity(
            normalised, False, f"{normalised} starts {entry.effective.from_.isoformat()}{tail}", entry
        )
    return Validity(normalised, True, None, entry)


@dataclass
class MappedDiagnosis:
    """One diagnosis of the note resolved to a code."""

    code: str
    entry: Icd10Code | None
    origin: str  # 'written', 'text' or 'indication'
    rule: str  # knowledge-base rule id behind it
    diagnosis_index: int
    valid: bool
    evidence: list[Evidence] = field(default_factory=list)
    # The one side the diagnosis text names ("Left L5 radiculopathy, M54.16"), when the code itself has none: a
    # coder compares it with the procedure's side. None for indication text (a whole sentence, sides named loosely).
    text_side: str | None = None


def _qualifier(icd: Icd10File, name: str, text: str) -> str | None:
    for q in icd.qualifiers[name]:
        if search(q.pattern, text):
            return q.value
    return None


def _matches(rule: TextRule, text: str) -> bool:
    if not any(search(p, text) for p in rule.any):
        return False
    return not any(search(p, text) for p in rule.none)


def _rule_code(icd: Icd10File, rule: TextRule, text: str) -> str | None:
    if not _matches(rule, text):
        return None
    values: list[str] = []
    for name in rule.qualifiers:
        value = _qualifier(icd, name, text)
        if value is None:
            break
        values.append(value)
    while values:
        code = rule.codes.get(".".join(values))
        if code is not None:
            return code
        values.pop()
    return rule.default


def _dated(icd: Icd10File, code: str, dos: dt.date) -> str | None:
    """The code itself if valid on `dos`, else its predecessor when that is valid; else None."""
    codes = icd.by_code()
    entry = codes[code]
    if entry.valid_on(dos):
        return code
    if entry.replaces and codes[entry.replaces].valid_on(dos):
        return entry.replaces
    return None


def map_text(icd: Icd10File, text: str, dos: dt.date) -> tuple[str, str] | None:
    """(code, rule id) for a diagnosis text, valid on `dos`, or None when no rule yields a code."""
    for rule in icd.text_rules:
        code = _rule_code(icd, rule, text)
        if code is None:
            continue
        dated = _dated(icd, code, dos)
        if dated is not None:
            return dated, f"icd10.text.{rule.id}"
    return None


def specificity_gap(icd: Icd10File, text: str) -> tuple[str, list[str]] | None:
    """(rule id, qualifier names the text lacks) when the first rule the text matches could give a
    more specific code with a region, side, limb or muscle site the text does not state."""
    for rule in icd.text_rules:
        if not _matches(rule, text):
            continue
        missing = [name for name in rule.qualifiers if _qualifier(icd, name, text) is None]
        return (rule.id, missing) if missing and rule.codes else None
    return None


def diagnosis_sources(facts: NoteFacts) -> tuple[list[Diagnosis], bool]:
    """The diagnoses to code, and whether they were read from the indication.

    A note without a diagnosis list often names the diagnosis only in its indication ("Indication:
    occipital neuralgia"); a coder would code from it, so the indication stands in then."""
    if facts.necessity.diagnoses:
        return list(facts.necessity.diagnoses), False
    indication = facts.necessity.indication
    if indication is not None and indication.value.strip():
        return [Diagnosis(text=indication.value, evidence=list(indication.evidence))], True
    return [], False


def map_diagnoses(facts: NoteFacts, kb: KnowledgeBase, dos: dt.date) -> list[MappedDiagnosis]:
    """Every diagnosis of the note resolved to codes: the written code, and the text mapping when
    there is no valid written code. Order follows the note. Without a diagnosis list the indication
    is mapped (origin 'indication', rule 'icd10.indication.<rule>')."""
    icd: Icd10File = kb.icd10
    sources, from_indication = diagnosis_sources(facts)
    out: list[MappedDiagnosis] = []
    for index, dx in enumerate(sources):
        written_ok = False
        if dx.icd10:
            validity = check_validity(icd, dx.icd10, dos)
            out.append(
                MappedDiagnosis(validity.code, validity.entry, "written", "icd10.written", index,
                                validity.valid, list(dx.evidence), None if from_indication else text_side(icd, dx.text))
            )
            written_ok = validity.valid
        if not written_ok and dx.text.strip():
            mapped = map_text(icd, dx.text, dos)
            if mapped is not None:
                code, rule = mapped
                origin = "indication" if from_indication else "text"
                if from_indication:
                    rule = rule.replace("icd10.text.", "icd10.indication.", 1)
                out.append(MappedDiagnosis(code, icd.by_code()[code], origin, rule, index, True, list(dx.evidence),
                                           None if from_indication else text_side(icd, dx.text)))
    return out


def text_side(icd: Icd10File, text: str) -> str | None:
    """'left' or 'right' when the diagnosis text names exactly that one side ('Left L5 radiculopathy'); None when
    it names none, both ('L > R leg pain', 'bilateral') or bilateral."""
    sides = {q.value for q in icd.qualifiers["side"] if search(q.pattern, text)}
    return next(iter(sides)) if sides in ({"left"}, {"right"}) else None


def supports_family(mapped: MappedDiagnosis, family: str) -> bool:
    return mapped.valid and mapped.entry is not None and family in mapped.entry.supports


def _procedure_sided(kb: KnowledgeBase, procedure: Procedure) -> bool:
    """Whether the procedure's family has a side to compare with the diagnosis' (`laterality` of its family in
    codes.yaml): an SCS trial's leads sit in the midline whatever side the needle entered, so 'right lumbar
    radiculopathy' fits it although the note says 'left paramedian'."""
    family = kb.codes.families.get(procedure.family)
    return family is None or family.laterality


def supports_procedure(kb: KnowledgeBase, mapped: MappedDiagnosis, procedure: Procedure) -> bool:
    """Supports the procedure's family and fits its spinal region and side where the code names them (or, for a
    code without a side, where its diagnosis text names one: 'Left L5 radiculopathy, M54.16' for a right TFESI).
    The side is compared only for families that have one (`_procedure_sided`)."""
    if not supports_family(mapped, procedure.family) or mapped.entry is None:
        return False
    icd = kb.icd10
    side = procedure.laterality if _procedure_sided(kb, procedure) else None
    if mapped.entry.side is None and mapped.text_side and side in ("left", "right") and mapped.text_side != side:
        return False
    return icd.fits_region(mapped.entry, procedure.region) and icd.fits_side(mapped.entry, side)


def excludes_family(mapped: MappedDiagnosis, family: str) -> bool:
    if mapped.entry is None:
        return False
    return "all" in mapped.entry.not_supports or family in mapped.entry.not_supports


def suggest_diagnoses(
    facts: NoteFacts, codes: list[CodeLine], kb: KnowledgeBase, dos: dt.date
) -> list[DiagnosisSuggestion]:
    """ICD-10 suggestions, one per code, each linked to the code lines it supports.

    A line with a `procedure_index` is supported when the code supports that procedure's family; a
    line without one (drug, imaging, sedation) when the code supports any procedure of the note.
    Spinal codes link only to procedures in a compatible region (`region_compatibility`). Invalid
    written codes are kept (unlinked) so the physician sees what was written."""
    if not isinstance(dos, dt.date):
        raise TypeError(f"suggest_diagnoses needs the date of service as a date, got {dos!r}")
    if isinstance(dos, dt.datetime):
        dos = dos.date()
    procedures = facts.procedures
    merged: dict[str, DiagnosisSuggestion] = {}
    for mapped in map_diagnoses(facts, kb, dos):
        supports: list[str] = []
        for line in codes:
            if line.procedure_index is not None and 0 <= line.procedure_index < len(procedures):
                ok = supports_procedure(kb, mapped, procedures[line.procedure_index])
            else:
                ok = any(supports_procedure(kb, mapped, p) for p in procedures)
            if ok and line.code not in supports:
                supports.append(line.code)
        description = mapped.entry.description if mapped.entry else "Code as written (not in the knowledge base)"
        existing = merged.get(mapped.code)
        if existing is None:
            merged[mapped.code] = DiagnosisSuggestion(
                code=mapped.code,
                description=description,
                supports=supports,
                evidence=list(mapped.evidence),
                rules=[mapped.rule],
            )
        else:
            existing.evidence.extend(e for e in mapped.evidence if e not in existing.evidence)
            existing.supports.extend(c for c in supports if c not in existing.supports)
            if mapped.rule not in existing.rules:
                existing.rules.append(mapped.rule)
    return list(merged.values())
