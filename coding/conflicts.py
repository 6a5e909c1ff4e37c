"""`laterality_conflict` findings: side, levels or region written differently in different places.

The NLP keeps every place a side or a level set was written (title, header, body) in
`Procedure.laterality_mentions` / `level_mentions`; a disagreement between them is exactly the
kind of error that gets a claim denied (wrong-side modifier), so both places are cited.
"""

from __future__ import annotations

from coding.context import Context
from coding.facts import Procedure, ValueMention
from coding.levels import normalise_level, segments_of

_SIDE_WORDS = {
    "left": "left", "lt": "left", "l": "left", "right": "right", "rt": "right", "r": "right",
    "bilateral": "bilateral", "bilat": "bilateral", "both": "bilateral", "b/l": "bilateral",
}
_SPINAL = ("cervical", "thoracic", "lumbar", "sacral")


def _side(value: str) -> str:
    return _SIDE_WORDS.get(value.strip().lower(), value.strip().lower())


def _levels(value: str) -> str:
    """Joint/segment levels written ('L4-L5, L5-S1'); single roots only when no pair is written,
    so 'L4-L5 and L5-S1' and 'L4, L4-L5, L5, L5-S1' (roots beside segments) agree."""
    parts = [p for p in value.replace(" and ", ",").replace(";", ",").split(",") if p.strip()]
    names = {normalise_level(p) for p in parts}
    pairs = {n for n in names if len(segments_of(n)) == 2}
    return ", ".join(sorted(pairs or names))


def _disagree(values: list[str]) -> bool:
    """Differing values of the same kind (pairs vs pairs, roots vs roots) disagree."""
    kinds: dict[bool, set[str]] = {}
    for value in values:
        if value:
            kinds.setdefault("-" in value, set()).add(value)
    return any(len(group) > 1 for group in kinds.values())


def _describe(mentions: list[ValueMention], norm: dict[int, str]) -> str:
    return "; ".join(f"'{m.value}' in the {m.source}" for i, m in enumerate(mentions) if norm[i])


def _sideless(ctx: Context) -> list[str]:
    """Families whose side words are a device site (requirements.yaml `meta.paired.sideless_families`)."""
    meta = ctx.requirements_meta
    return meta.paired.sideless_families if meta is not None else []


def check_conflicts(proc: Procedure, index: int, ctx: Context) -> None:
    for key, mentions, normaliser in (
        ("laterality_conflict.side", proc.laterality_mentions, _side),
        ("laterality_conflict.levels", proc.level_mentions, _levels),
    ):
        if normaliser is _side and proc.family in _sideless(ctx):
            continue  # a device site is no side of the procedure (requirements.yaml paired.sideless_families)
        norm = {i: normaliser(m.value) for i, m in enumerate(mentions)}
        if _disagree(list(norm.values())):
            body = [m for m in mentions if m.source == "body"]
            first = normaliser((body or mentions)[0].value)
            ctx.finding(key, procedure_index=index, evidence=[ev for m in mentions for ev in m.evidence],
                        values=_describe(mentions, norm), first=first)
    if proc.region in _SPINAL and proc.family not in ("si_joint_injection", "si_joint_nerve_block", "si_joint_rfa"):
        spine = ctx.spine
        named = [lv for lv in proc.levels if segments_of(normalise_level(lv.name))]
        touched = set().union(*(spine.regions(normalise_level(lv.name)) for lv in named)) if named else set()
        accepted = {"lumbar", "sacral"} if proc.region in ("lumbar", "sacral") else {proc.region}
        if named and not touched & accepted:
            levels = ", ".join(normalise_level(lv.name) for lv in named)
            ctx.finding("laterality_conflict.region", procedure_index=index,
                        evidence=[*proc.evidence, *(ev for lv in named for ev in lv.evidence)],
                        region=proc.region, levels=levels)
