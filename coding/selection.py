"""Procedure → draft code lines: count items, derive features, match the family's KB rows.

The family rules in `codes.yaml` say *which* code a combination of features gets; this module
derives those features from the facts (region group, imaging, joint size, target, ...) and counts
what the family counts (levels, foramina, joints, bodies, leads, nerves, muscles), so that a new
code or a payer nuance is a YAML edit, not a code change.
"""

from __future__ import annotations

import re
from typing import Any

from coding.context import Context, Draft
from coding.facts import Evidence, Procedure
from coding.levels import Item, normalise_level, segments_of
from coding.schema.codes import FamilyRule, Row

SIDES = {"left": {"left"}, "right": {"right"}, "bilateral": {"left", "right"}}
_NOUN = {
    "levels": "level", "foramina": "level", "joints": "joint", "bodies": "vertebral body",
    "leads": "lead", "nerves": "nerve", "muscles": "muscle", "session": "session",
}


def side_of(sides: set[str]) -> str | None:
    if sides >= {"left", "right"}:
        return "bilateral"
    return next(iter(sides)) if sides else None


def key_of(name: str) -> str:
    """'Greater occipital nerve' → 'greater_occipital'."""
    text = re.sub(r"\b(nerves?|blocks?|injections?|plexus|ganglion)\b", " ", name.lower())
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


# --- features -----------------------------------------------------------------------------------


def imaging_class(proc: Procedure) -> str:
    """fluoro_ct / ultrasound / none, or "unspecified" when images or views are documented without their modality
    ("with imaging ... AP and lateral images were saved"): guidance was used, only its kind is not written."""
    modality = proc.imaging.modality if proc.imaging else None
    if modality in ("fluoroscopy", "ct"):
        return "fluoro_ct"
    if modality is None and proc.imaging and (proc.imaging.saved_images or proc.imaging.views):
        return "unspecified"
    return modality or "none"


def base_features(proc: Procedure, ctx: Context) -> dict[str, Any]:
    radio = proc.radiofrequency
    leads = [d for d in proc.devices if d.kind in ("lead", "paddle")]
    target = key_of(proc.target) if proc.target else None
    joint = target or (proc.region if proc.region not in (None, "other") else None)
    cavity = proc.cavity_creation
    if cavity is None and proc.approach in ("kyphoplasty", "vertebroplasty"):
        cavity = proc.approach == "kyphoplasty"
    return {
        "family": proc.family,
        "approach": proc.approach,
        "imaging": imaging_class(proc),
        "saved_image": bool(proc.imaging and proc.imaging.saved_images),
        "catheter": bool(proc.catheter_left_in_place),
        "target": target,
        "pos": ctx.pos,
        "joint_size": ctx.kb.codes.anatomy.joint_sizes.get(joint) if joint else None,
        "lead_kind": "paddle" if any(d.kind == "paddle" for d in leads) else "percutaneous",
        "cavity": cavity,
        "reprogrammed": bool(proc.pump_reprogrammed),
        "by_physician": proc.performed_by_physician,
        "technique": radio.technique if radio else None,
        "neurolysis": bool(radio and radio.technique not in (None, "pulsed")),
        "intent": proc.intent,
    }


def matches(row: Row, features: dict[str, Any], ctx: Context) -> bool:
    for key, want in row.when.items():
        if key.startswith("setting."):
            have: Any = getattr(ctx.settings, key.removeprefix("setting."))
        elif key.endswith("_min"):
            if not (features.get(key[:-4]) or 0) >= want:
                return False
            continue
        elif key.endswith("_max"):
            if not (features.get(key[:-4]) or 0) <= want:
                return False
            continue
        else:
            have = features.get(key)
        if isinstance(want, list):
            if have not in want:
                return False
        elif have != want:
            return False
    return True


def pick_row(family: FamilyRule, features: dict[str, Any], ctx: Context) -> Row | None:
    return next((row for row in family.rows if matches(row, features, ctx)), None)


# --- counting -------------------------------------------------------------------------------------


def procedure_sides(proc: Procedure) -> set[str]:
    return set(SIDES.get(proc.laterality or "", set()))


def _merge(items: dict[str, Item], name: str, sides: set[str], evidence: list[Evidence], region: str | None) -> None:
    item = items.setdefault(name, Item(name=name, region=region))
    item.sides |= sides
    item.evidence += evidence


def count_items(proc: Procedure, family: FamilyRule, ctx: Context, index: int) -> list[Item]:
    """The things the family counts (its `count` basis), each with its sides and evidence."""
    counter = _COUNTERS[family.count]
    return list(counter(proc, ctx, index, family.count).values())


def _spinal(proc: Procedure, ctx: Context, index: int, basis: str) -> dict[str, Item]:
    """Levels (ILESI), foramina (TFESI: roots mapped to the foramen they exit) or vertebral bodies."""
    spine, default_sides = ctx.spine, procedure_sides(proc)
    items: dict[str, Item] = {}
    for level in proc.levels:
        name = normalise_level(level.name)
        if basis == "foramina" and (level.kind == "root" or len(segments_of(name)) == 1):
            name = _foramen(name, ctx, index) or name
        for each in segments_of(name) if basis == "bodies" else [name]:
            _merge(items, each, SIDES.get(level.side or "", default_sides), list(level.evidence), spine.region(each))
    if basis == "foramina":
        for nerve in proc.nerves:
            seg = spine.nerve_segment(nerve.name)
            foramen = _foramen(seg, ctx, index) if seg else None
            if foramen:
                _merge(items, foramen, SIDES.get(nerve.side or "", default_sides), list(nerve.evidence),
                       spine.region(foramen))
    if not items:  # no level named: one unnamed level in the documented region (caudal is sacral)
        region = "sacral" if proc.approach == "caudal" else proc.region
        items["unspecified"] = Item(name=region or "unspecified", sides=default_sides, evidence=list(proc.evidence),
                                    region=region)
    return items


def _foramen(root: str, ctx: Context, index: int) -> str | None:
    foramen = ctx.spine.foramen_for_root(root)
    if foramen:
        _flag_anatomy(ctx, ctx.kb.codes.anatomy.roots_source, index)
    return foramen


def _facet_joints(proc: Procedure, ctx: Context, index: int, basis: str) -> dict[str, Item]:
    """Facet joints: named joints as written, nerves (per side) mapped to the joints they complete."""
    spine, default_sides = ctx.spine, procedure_sides(proc)
    items: dict[str, Item] = {}
    nerve_sides: dict[str, set[str]] = {}
    nerve_evidence: list[Evidence] = []
    named_nerves = [(normalise_level(lv.name), lv.side, lv.evidence) for lv in proc.levels]
    named_nerves += [(spine.nerve_segment(n.name), n.side, n.evidence) for n in proc.nerves]
    for name, side, evidence in named_nerves:
        if not name:
            continue
        sides = SIDES.get(side or "", default_sides)
        if len(segments_of(name)) == 2:
            _merge(items, name, sides, list(evidence), spine.region(name))
            continue
        for each in sides or {"none"}:  # a single segment is a nerve level ('L4 medial branch')
            nerve_sides.setdefault(each, set()).add(name)
        nerve_evidence += evidence
    unpaired: set[str] = set()
    named_joints = set(items)
    for side, segments in sorted(nerve_sides.items()):
        if named_joints and len(segments) == len(named_joints) + 1:
            continue  # 'T7-T8 + T8-T9 (T7, T8, T9 MB)': the written joints' nerves, n joints and n + 1 nerves, not more joints
        joints, left_over, tables = spine.joints_for_nerves(segments)
        unpaired |= left_over
        for joint in joints:
            _merge(items, joint, set() if side == "none" else {side}, nerve_evidence, spine.region(joint))
        for table in tables:
            _flag_anatomy(ctx, table, index)
    if unpaired:
        ctx.finding("levels.unpaired_nerve", evidence=nerve_evidence, procedure_index=index,
                    nerves=", ".join(sorted(unpaired, key=spine.sort_key)))
    elif not items:
        items["unspecified"] = Item(name=proc.region or "unspecified", sides=default_sides,
                                    evidence=list(proc.evidence), region=proc.region)
    return items


def _leads(proc: Procedure, ctx: Context, index: int, basis: str) -> dict[str, Item]:
    count = sum(d.count for d in proc.devices if d.kind in ("lead", "paddle")) or 1
    return {f"lead {n + 1}": Item(name=f"lead {n + 1}", evidence=list(proc.evidence)) for n in range(count)}


def _nerves(proc: Procedure, ctx: Context, index: int, basis: str) -> dict[str, Item]:
    items: dict[str, Item] = {}
    for nerve in proc.nerves:
        _merge(items, key_of(nerve.name), SIDES.get(nerve.side or "", procedure_sides(proc)),
               list(nerve.evidence), None)
    if proc.target:  # the named target is a nerve too (e.g. lesser occipital beside a greater occipital)
        _merge(items, key_of(proc.target), procedure_sides(proc), list(proc.evidence), None)
    return items


def _muscles(proc: Procedure, ctx: Context, index: int, basis: str) -> dict[str, Item]:
    items: dict[str, Item] = {}
    for muscle in proc.muscles:
        _merge(items, muscle.value.strip().lower(), set(), list(muscle.evidence), None)
    if not items:  # muscles not named: the count is unknown, so the 1-2 muscle code applies
        items["muscles not named"] = Item(name="muscles not named", evidence=list(proc.evidence))
    return items


def _session(proc: Procedure, ctx: Context, index: int, basis: str) -> dict[str, Item]:
    sides = procedure_sides(proc)
    if not sides:
        for part in [*proc.levels, *proc.nerves]:
            sides |= SIDES.get(part.side or "", set())
    return {"session": Item(name=proc.target or proc.family, sides=sides, evidence=list(proc.evidence))}


_COUNTERS = {
    "levels": _spinal, "foramina": _spinal, "bodies": _spinal, "joints": _facet_joints,
    "leads": _leads, "nerves": _nerves, "muscles": _muscles, "session": _session,
}


def _flag_anatomy(ctx: Context, table: Any, index: int) -> None:
    if table.flagged:
        ctx.finding("flag.anatomy", suffix=getattr(table, "region", "roots"), entry=table,
                    procedure_index=index, status=table.status, note=table.note)


# --- regions --------------------------------------------------------------------------------------


def split_regions(items: list[Item], proc: Procedure, family: FamilyRule, ctx: Context) -> list[tuple[str | None, list[Item], bool]]:
    """Group items by region group (cervicothoracic / lumbosacral), spine order.

    Where the family has a junction row and the payer counts contiguous T12-L1 + L1-L2 facet work
    as one lumbar session (CGS), T12-L1 joins the lumbar group and the group is marked `junction`."""
    spine = ctx.spine
    groups: dict[str | None, list[Item]] = {}
    for item in sorted(items, key=lambda i: spine.sort_key(i.name)):
        region = item.region or proc.region
        groups.setdefault(spine.region_group(region), []).append(item)
    junction = False
    names = {i.name for i in items}
    has_junction_row = any("junction" in row.when for row in family.rows)
    if has_junction_row and {"T12-L1", "L1-L2"} <= names and ctx.setting("thoracolumbar_junction_lumbar_session"):
        upper = groups.get("cervicothoracic", [])
        moved = [i for i in upper if i.name == "T12-L1"]
        groups["cervicothoracic"] = [i for i in upper if i.name != "T12-L1"]
        groups["lumbosacral"] = moved + groups.get("lumbosacral", [])
        if not groups["cervicothoracic"]:
            del groups["cervicothoracic"]
        junction = True
    ordered = sorted(groups.items(), key=lambda kv: min(spine.sort_key(i.name) for i in kv[1]))
    return [(group, members, junction and group == "lumbosacral") for group, members in ordered]


# --- lines ------------------------------------------------------------------------------------------


def lines_for_row(
    row: Row, family_name: str, family: FamilyRule, items: list[Item], index: int, region: str | None,
    features: dict[str, Any], ctx: Context,
) -> list[Draft]:
    """Primary + add-on (+ companion) drafts for one matched row over its items."""
    spine = ctx.spine
    ordered = sorted(items, key=lambda i: (-len(i.sides), spine.sort_key(i.name)))
    noun = _NOUN[family.count]
    names = ", ".join(i.name for i in sorted(items, key=lambda i: spine.sort_key(i.name)))
    where = f" in the {region} region" if region else ""
    rules = [family.id, row.id]
    evidence = [ev for i in ordered for ev in i.evidence]
    drafts: list[Draft] = []
    units = len(items) if row.units == "per_item" else 1
    count_text = f"{len(items)} {noun}{'s' if len(items) != 1 else ''}"
    detail = f" ({names})" if family.count not in ("session", "leads") else ""
    all_sides = set().union(*(i.sides for i in items))
    side = side_of(ordered[0].sides if row.units == "one" else all_sides) if family.laterality else None
    drafts.append(
        Draft(
            code=row.code, units=max(units, 1), procedure_index=index, rules=list(rules),
            evidence=evidence, laterality=family.laterality, side=side,
            rationale=f"{ctx.family_label(family_name)}{where}, {count_text}{detail}: "
            f"{'first ' + noun + ' ' if row.addons else ''}by rule {row.id}{_because(row, features, ctx)}.",
        )
    )
    for rule in row.addons:
        covered = ordered[rule.from_item - 1 : rule.to_item]
        if not covered:
            continue
        groups: dict[str | None, list[Item]] = {}
        if rule.units == "each":
            for item in covered:
                groups.setdefault(side_of(item.sides) if family.laterality else None, []).append(item)
        else:
            groups[side_of(set().union(*(i.sides for i in covered))) if family.laterality else None] = covered
        for side, members in groups.items():
            which = ", ".join(i.name for i in members)
            drafts.append(
                Draft(
                    code=rule.code, units=len(members) if rule.units == "each" else 1, procedure_index=index,
                    rules=[*rules, f"{row.id}.addon.{rule.code}"], side=side, laterality=family.laterality,
                    evidence=[ev for i in members for ev in i.evidence],
                    rationale=f"Add-on for {noun} {rule.from_item}"
                    f"{'' if rule.to_item == rule.from_item else ' onward'} ({which}) "
                    f"{'one unit each' if rule.units == 'each' else 'one unit in all'}.",
                )
            )
    for code in row.with_codes:
        drafts.append(
            Draft(code=code, units=1, procedure_index=index, rules=[*rules, f"{row.id}.with.{code}"],
                  evidence=list(evidence), laterality=False,
                  rationale=f"Reported with {row.code} by rule {row.id}.")
        )
    if row.flag:
        ctx.finding("flag.row", suffix=row.id, entry=family, procedure_index=index,
                    message=row.flag.format_map({"target": features.get("target") or "unspecified"}),
                    code=row.code)
    return drafts


def _because(row: Row, features: dict[str, Any], ctx: Context) -> str:
    """The facts that made the row match, e.g. ' (imaging=fluoro_ct, pos=22)'."""
    shown = []
    for key in row.when:
        if key.startswith("setting."):
            shown.append(f"{key}={getattr(ctx.settings, key.removeprefix('setting.'))}")
        else:
            name = key.removesuffix("_min").removesuffix("_max")
            shown.append(f"{name}={features.get(name)}")
    return f" ({', '.join(shown)})" if shown else ""


def select(proc: Procedure, index: int, ctx: Context) -> tuple[list[Draft], list[tuple[str | None, list[Item]]]]:
    """Draft lines for one procedure, and its items grouped by region (for the limit checks)."""
    family = ctx.kb.codes.families[proc.family]
    items = count_items(proc, family, ctx, index)
    features = base_features(proc, ctx)
    drafts: list[Draft] = []
    if family.region_split:
        groups = split_regions(items, proc, family, ctx)
    else:
        groups = [(None, items, False)]
    for group, members, junction in groups:
        if not members:
            continue
        members = sorted(members, key=lambda i: ctx.spine.sort_key(i.name))
        regions = [m.region or proc.region for m in members]
        feats = {**features, "region_group": group, "junction": junction, "items": len(members),
                 "first_region": next((r for r in regions if r), None)}
        if family.count == "nerves":
            drafts += _per_nerve(members, family, feats, index, ctx, proc)
            continue
        row = pick_row(family, feats, ctx)
        if row is None:
            ctx.finding("code_validity.no_rule", suffix=proc.family, procedure_index=index, evidence=proc.evidence,
                        family=ctx.family_label(proc.family).lower(), parts=[_why_no_row(family, feats)])
            continue
        region_name = {"cervicothoracic": "cervical/thoracic", "lumbosacral": "lumbar/sacral"}.get(group or "")
        drafts += lines_for_row(row, proc.family, family, members, index, region_name, feats, ctx)
    return drafts, [(g, m) for g, m, _ in groups if m]


def _per_nerve(items: list[Item], family: FamilyRule, feats: dict[str, Any], index: int, ctx: Context,
               proc: Procedure) -> list[Draft]:
    """Nerve-block families: one unit per named nerve, a row per nerve, lines per (code, side).

    A row with add-ons codes its nerve per level (intercostal: first level, then each further level), so
    that nerve's levels are counted and coded like a spinal row's items (`lines_for_row`)."""
    by_code: dict[tuple[str, str | None], tuple[Row, list[Item]]] = {}
    drafts: list[Draft] = []
    for item in items:
        row = pick_row(family, {**feats, "target": item.name}, ctx)
        if row is None:
            continue
        if row.flag:
            ctx.finding("flag.row", suffix=f"{row.id}.{item.name}", entry=family, procedure_index=index,
                        message=row.flag.format_map({"target": item.name}), code=row.code)
        if row.addons:
            drafts += lines_for_row(row, proc.family, family, _nerve_levels(item, proc, ctx), index, None,
                                    {**feats, "target": item.name}, ctx)
            continue
        key = (row.code, side_of(item.sides))
        by_code.setdefault(key, (row, []))[1].append(item)
    for (code, side), (row, members) in by_code.items():
        names = ", ".join(i.name.replace("_", " ") for i in members)
        drafts.append(
            Draft(code=code, units=len(members) if row.units == "per_item" else 1, procedure_index=index,
                  rules=[family.id, row.id], side=side,
                  laterality=family.laterality, evidence=[ev for i in members for ev in i.evidence],
                  rationale=f"{ctx.family_label(proc.family)}: "
                  f"{'one unit per named nerve' if row.units == 'per_item' else 'one code for'} ({names}).")
        )
    return drafts


def _nerve_levels(nerve: Item, proc: Procedure, ctx: Context) -> list[Item]:
    """The levels one nerve was blocked at (the procedure's levels, each with its own side or the nerve's),
    or the nerve itself as one level when none is named: a block is at least one level."""
    levels: dict[str, Item] = {}
    for level in proc.levels:
        name = normalise_level(level.name)
        _merge(levels, name, SIDES.get(level.side or "", nerve.sides), list(level.evidence), ctx.spine.region(name))
    return list(levels.values()) or [nerve]


def _why_no_row(family: FamilyRule, feats: dict[str, Any]) -> str:
    """Which `code_validity.no_rule` reason applies (the wording is in codes.yaml)."""
    tested = {key for row in family.rows for key in row.when}
    if "joint_size" in tested and not feats.get("joint_size"):
        return "joint_unknown"
    if "region_group" in tested and feats.get("region_group") is None:
        return "region_unknown"
    return "other"
