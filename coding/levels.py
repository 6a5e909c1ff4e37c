"""Spinal anatomy for counting: level names, regions, nerves → facet joints, roots → foramina.

Counting is what decides units on spine codes, and the reference is explicit that facet work is
counted by joints (not nerves) and TFESI by foramina (not roots). The tables come from
`codes.yaml` `anatomy`; this module only parses names and walks the tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from coding.facts import Evidence
from coding.schema.codes import Anatomy, Innervation

_SEGMENT = re.compile(r"\b([CTLS])\s?(\d{1,2})\b", re.IGNORECASE)
_PAIR = re.compile(r"\b([CTLS])\s?(\d{1,2})\s*[-/–]\s*([CTLS])?\s?(\d{1,2})\b", re.IGNORECASE)


def normalise_level(name: str) -> str:
    """'l4-5' → 'L4-L5', 'L5/S1' → 'L5-S1', 'right C7 - T1' → 'C7-T1', 's1' → 'S1'."""
    pair = _PAIR.search(name)
    if pair:
        upper, lower = pair.group(1).upper(), (pair.group(3) or pair.group(1)).upper()
        return f"{upper}{int(pair.group(2))}-{lower}{int(pair.group(4))}"
    seg = _SEGMENT.search(name)
    return f"{seg.group(1).upper()}{int(seg.group(2))}" if seg else name.strip().upper()


def segments_of(level: str) -> list[str]:
    """Segment names in a normalised level: 'L4-L5' → ['L4', 'L5'] (a new list each time: callers may change it)."""
    return list(_segments(level))


@lru_cache(maxsize=4096)
def _segments(level: str) -> tuple[str, ...]:
    """`segments_of`'s answer, kept: the coding layer asks about a note's few levels dozens of times (spine maps,
    counts, checks), each a regex pass and string building; levels are a small vocabulary ('L4-L5', 'C5-C6')."""
    return tuple(f"{m.group(1).upper()}{int(m.group(2))}" for m in _SEGMENT.finditer(level))


@dataclass
class Item:
    """One counted thing (level, foramen, joint, body, nerve, lead, muscle) with its sides."""

    name: str
    sides: set[str] = field(default_factory=set)  # {'left', 'right'}
    evidence: list[Evidence] = field(default_factory=list)
    region: str | None = None


class SpineMap:
    """Queries over the KB anatomy tables."""

    def __init__(self, anatomy: Anatomy) -> None:
        self.anatomy = anatomy
        self.order = {seg: i for i, seg in enumerate(anatomy.segments)}
        self._joint_nerves: dict[str, tuple[str, ...]] = {}
        self._joint_table: dict[str, Innervation] = {}
        for table in anatomy.innervation:
            for joint, nerves in table.joints.items():
                self._joint_nerves[joint] = tuple(nerves)
                self._joint_table[joint] = table

    def region(self, level: str) -> str | None:
        """Region of a level by its upper segment: 'T12-L1' → thoracic, 'L5-S1' → lumbar."""
        segs = segments_of(level)
        if not segs:
            return None
        return self.anatomy.region_of_prefix.get(segs[0][0])

    def regions(self, level: str) -> set[str]:
        """Every region a level touches: 'T12-L1' → {thoracic, lumbar}."""
        return {self.anatomy.region_of_prefix[s[0]] for s in segments_of(level) if s[0] in self.anatomy.region_of_prefix}

    def region_group(self, region: str | None) -> str | None:
        return self.anatomy.region_groups.get(region) if region else None

    def sort_key(self, level: str) -> tuple[int, str]:
        segs = segments_of(level)
        return (self.order.get(segs[0], 999) if segs else 999, level)

    def nerve_segment(self, name: str) -> str | None:
        """'L4 medial branch' → 'L4'; 'L5 dorsal ramus' → 'L5'; 'third occipital nerve' → 'TON'."""
        low = name.lower()
        for alias, segment in self.anatomy.nerve_aliases.items():
            if alias in low:
                return segment
        seg = _SEGMENT.search(name)
        return f"{seg.group(1).upper()}{int(seg.group(2))}" if seg else None

    def joints_for_nerves(self, segments: set[str]) -> tuple[list[str], set[str], list[Innervation]]:
        """Joints whose whole nerve set was treated, the nerves left unpaired, and the tables used.

        Every joint whose supplying nerves are all present counts (overlapping pairs: L3, L4 and
        L5 → L4-L5 and L5-S1), which is how a run of n contiguous nerves covers n-1 joints."""
        joints: list[str] = []
        used: set[str] = set()
        tables: list[Innervation] = []
        for joint, nerves in self._joint_nerves.items():
            if set(nerves) <= segments:
                joints.append(joint)
                used |= set(nerves)
                if self._joint_table[joint] not in tables:
                    tables.append(self._joint_table[joint])
        joints.sort(key=self.sort_key)
        return joints, segments - used, tables

    def foramen_for_root(self, root: str) -> str | None:
        return self.anatomy.roots.get(normalise_level(root))
