"""Modifiers the engine applies itself: laterality (RT/LT/50 per bilateral indicator and payer
style), KX by the KB's auto rules, 52 for incomplete procedures, 26 on facility imaging lines.

Which modifier a situation gets is data (`modifiers.yaml`, `payers.yaml`, each code's bilateral
indicator in `codes.yaml`); this module applies it and keeps the invariants: never 50 with RT/LT
on one line, units never below one.
"""

from __future__ import annotations

from dataclasses import replace

from coding.context import Context, Draft
from coding.facts import Procedure

LATERALITY = {"left": "LT", "right": "RT"}


def bilateral_indicator(code: str, ctx: Context, side: str | None, index: int | None) -> int | None:
    """The indicator the payer applies to `code` (None: laterality modifiers never apply)."""
    entry = ctx.code(code).bilateral
    if entry is None:
        return None
    indicator = entry.indicator
    if entry.payer_setting and side is not None:  # flagged below with the entry's own note
        indicator = getattr(ctx.settings, entry.payer_setting)
    if entry.flagged and side is not None:
        ctx.finding(
            "flag.bilateral", suffix=code, entry=entry, procedure_index=index, code=code, indicator=indicator,
            status=entry.status, note=entry.note, payer=ctx.payer, side=side,
            setting=f" (payer setting {entry.payer_setting})" if entry.payer_setting else "",
        )
    return indicator


def apply_laterality(draft: Draft, ctx: Context) -> list[Draft]:
    """Expand one draft into its claim lines by side, bilateral indicator and payer style."""
    if not draft.laterality or draft.side is None:
        return [draft]
    indicator = bilateral_indicator(draft.code, ctx, draft.side, draft.procedure_index)
    if indicator not in (1, 3):
        return [draft]
    if draft.side in LATERALITY:
        mod = LATERALITY[draft.side]
        return [replace(draft, modifiers=[mod, *draft.modifiers], rules=[*draft.rules, f"mod.{mod}"])]
    addon = ctx.code(draft.code).addon
    style = ctx.settings.addon_bilateral if addon else ctx.settings.bilateral_style
    if addon:
        ctx.setting("addon_bilateral")  # flags the CMS-vs-CPT conflict when it decides a line
    if indicator == 3:
        style = "rt_lt_lines"
    setting_rule = f"payer.{ctx.payer}.{'addon_bilateral' if addon else 'bilateral_style'}={style}"
    if style == "modifier_50":
        return [replace(draft, modifiers=["50", *draft.modifiers], rules=[*draft.rules, "mod.50", setting_rule])]
    if style == "double_units":
        return [replace(draft, units=draft.units * 2, rules=[*draft.rules, setting_rule],
                        rationale=draft.rationale + " Bilateral: reported twice (units doubled), no 50.")]
    return [
        replace(draft, modifiers=[mod, *draft.modifiers], rules=[*draft.rules, f"mod.{mod}", setting_rule])
        for mod in ("RT", "LT")
    ]


def apply_procedure_modifiers(drafts: list[Draft], proc: Procedure, index: int, ctx: Context) -> None:
    """KX by the KB auto rules and 52 for an incomplete procedure, on the procedure's own lines."""
    own = [d for d in drafts if not ctx.code(d.code).guidance]
    for modifier, entry in ctx.kb.modifiers.modifiers.items():
        for rule in entry.auto:
            if proc.family not in rule.families:
                continue
            if rule.intent is not None and proc.intent is None:
                if getattr(ctx.settings, rule.payer_setting):
                    ctx.finding("kx.intent_unknown", suffix=rule.id, procedure_index=index, evidence=proc.evidence,
                                code=", ".join(sorted({d.code for d in own})))
                continue
            if rule.intent is not None and proc.intent != rule.intent:
                continue
            if not ctx.setting(rule.payer_setting):
                continue
            for draft in own:
                draft.modifiers.append(modifier)
                draft.rules.append(rule.id)
    if proc.incomplete:
        for draft in own:
            draft.modifiers.append("52")
            draft.rules.append("mod.52")
            draft.rationale += " Reduced service: not all planned work was done."


def order_modifiers(mods: list[str], ctx: Context) -> list[str]:
    """Deduplicate and order modifiers as listed in modifiers.yaml (pricing ones first)."""
    rank = {name: i for i, name in enumerate(ctx.kb.modifiers.modifiers)}
    return sorted(dict.fromkeys(mods), key=lambda m: rank.get(m, len(rank)))
