"""Separately reportable imaging guidance (77002, 77003, 77012, 76942).

Only families whose codes do not include guidance list `separate_imaging` rules in codes.yaml.
Guidance is one unit per encounter, never beside an imaging-inclusive code, and carries 26 in a
facility setting where the payer says so.
"""

from __future__ import annotations

from coding.context import Context, Draft
from coding.facts import Procedure

_WORDS = {"fluoroscopy": "fluoroscopic", "ct": "CT", "ultrasound": "ultrasound"}


def imaging_drafts(proc: Procedure, index: int, ctx: Context) -> list[Draft]:
    """The guidance line a procedure's documented imaging earns, if its family reports it apart."""
    family = ctx.kb.codes.families[proc.family]
    modality = proc.imaging.modality if proc.imaging else None
    for rule in family.separate_imaging:
        if rule.modality != modality:
            continue
        if rule.requires_saved_image and not (proc.imaging and proc.imaging.saved_images):
            code = rule.code or "guidance"
            ctx.finding("imaging.not_saved", suffix=code, procedure_index=index,
                        evidence=proc.imaging.evidence if proc.imaging else [], code=code)
            return []
        code = rule.code or ctx.setting(rule.payer_setting)
        rules = [family.id, f"{family.id}.imaging.{modality}"]
        if rule.flag:
            ctx.finding("flag.row", suffix=f"{family.id}.imaging.{modality}", entry=family, procedure_index=index,
                        message=rule.flag, code=code)
        if rule.payer_setting:
            rules.append(f"payer.{ctx.payer}.{rule.payer_setting}={code}")
        return [
            Draft(code=code, units=1, procedure_index=index, laterality=False, rules=rules,
                  evidence=list(proc.imaging.evidence) if proc.imaging else [],
                  rationale=f"{_WORDS[modality].capitalize()} guidance is reported separately for this "
                  f"procedure (its code does not include imaging); one unit per encounter.")
        ]
    return []


def settle_guidance(drafts: list[Draft], ctx: Context,
                    imaging_at: dict[int, frozenset[int]] | None = None) -> list[Draft]:
    """Claim-level pass: one unit per guidance code, none beside an imaging-inclusive code unless the guidance is
    documented for its own procedure apart from it (`_own_guidance`), 26 in a facility where the payer wants it.
    `imaging_at` maps a procedure index to the start offsets of its imaging evidence."""
    inclusive = [d for d in drafts if ctx.code(d.code).imaging_included]
    out: list[Draft] = []
    seen: dict[str, Draft] = {}
    for draft in drafts:
        if not ctx.code(draft.code).guidance:
            out.append(draft)
            continue
        if inclusive and not _own_guidance(draft, inclusive, imaging_at or {}):
            ctx.finding("imaging.suppressed", suffix=draft.code, procedure_index=draft.procedure_index,
                        evidence=draft.evidence, code=draft.code,
                        inclusive=", ".join(dict.fromkeys(d.code for d in inclusive)))
            continue
        if draft.code in seen:
            seen[draft.code].evidence += draft.evidence
            continue
        if ctx.facility and ctx.setting("modifier_26_in_facility"):
            draft.modifiers.append("26")
            draft.rules.append(f"payer.{ctx.payer}.modifier_26_in_facility")
            draft.rationale += f" Professional component (26) at place of service {ctx.pos}."
        seen[draft.code] = draft
        out.append(draft)
    return out


def _own_guidance(draft: Draft, inclusive: list[Draft], imaging_at: dict[int, frozenset[int]]) -> bool:
    """Whether a guidance line is its own procedure's, apart from the session's imaging-inclusive codes: its imaging
    is written for it alone ('Procedure #2  Hip IA   Side: Rt   Guidance: fluoro' beside a TFESI of item #1, whose
    guidance is its own line), sharing no mention with any inclusive code's procedure. One guidance written for the
    whole session and copied to each procedure shares its mentions and stays included in the inclusive code."""
    mine = imaging_at.get(draft.procedure_index) if draft.procedure_index is not None else None
    if not mine:
        return False
    return all(d.procedure_index != draft.procedure_index and not mine & imaging_at.get(d.procedure_index, frozenset())
               for d in inclusive)
