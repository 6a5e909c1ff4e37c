"""`level_limit` findings from the family limits in codes.yaml (levels per region, regions per
session). The lines are still proposed: a limit is a coverage warning, not a coding rule."""

from __future__ import annotations

from coding.context import Context, fill
from coding.levels import Item
from coding.result import Finding, SourceRef
from coding.schema.codes import Limit

_REGION_WORDS = {"cervicothoracic": "cervical/thoracic", "lumbosacral": "lumbar/sacral", None: "unspecified"}


def _emit(limit: Limit, index: int | None, items: list[Item], count: int, max_: int, region: str, ctx: Context) -> None:
    values = {"count": count, "max": max_, "region": region, "levels": ", ".join(i.name for i in items)}
    ctx.raw_finding(
        Finding(
            id=limit.id, element="level_limit", severity=limit.severity, message=fill(limit.message, values),
            requirement=SourceRef(text=limit.requirement, source=limit.source_label()),
            evidence=[ev for i in items for ev in i.evidence], fix=fill(limit.fix, values), procedure_index=index,
        )
    )


def check_item_limits(family: str, index: int, groups: list[tuple[str | None, list[Item]]], ctx: Context) -> None:
    for limit in ctx.kb.codes.families[family].limits:
        if limit.max_items is None:
            continue
        for group, items in groups:
            if len(items) > limit.max_items:
                _emit(limit, index, items, len(items), limit.max_items, _REGION_WORDS.get(group, group or ""), ctx)


class RegionTally:
    """Regions per session across procedures that share a region limit (e.g. all epidurals)."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[Limit, list[int], dict[str | None, list[Item]]]] = {}

    def add(self, family: str, index: int, groups: list[tuple[str | None, list[Item]]], ctx: Context) -> None:
        for limit in ctx.kb.codes.families[family].limits:
            if limit.max_regions is None:
                continue
            _, indices, regions = self._seen.setdefault(limit.id, (limit, [], {}))
            indices.append(index)
            for group, items in groups:
                if group is not None:
                    regions.setdefault(group, []).extend(items)

    def check(self, ctx: Context) -> None:
        for limit, indices, regions in self._seen.values():
            if limit.max_regions is not None and len(regions) > limit.max_regions:
                items = [i for group in regions.values() for i in group]
                names = " and ".join(_REGION_WORDS.get(g, g or "") for g in regions)
                _emit(limit, indices[0] if len(set(indices)) == 1 else None, items, len(regions),
                      limit.max_regions, names, ctx)
