"""The measures component (factory ``painpoint_measures``): levels, sides, times, scores, percents,
durations, ICD-10 codes and template placeholders read by the regexes in resources/patterns.yaml.

These are raw, position-tagged mentions on `doc._.measures`; deciding which procedure or
assessment they belong to is the fact builders' job (nlp/facts_component.py), which keeps each
regex simple and each decision in one place. Mentions inside a template placeholder are dropped.
"""


import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from nlp.checkboxes import with_unchecked_options
from nlp.extensions import register_extensions, text_of
from nlp.fast_regex import compile_rule
from nlp.levels import next_vertebra, parse_level
from nlp.number_words import CARDINALS, TENS
from nlp.anchored import AnchoredFamily
from nlp.cues import cue_text
from nlp.rules import lexicon, load_yaml, note_scan_patterns

# An OCR scan's letters in the ten of a pain scale ('7/1O', '6/l0'): read as the digits they stand for.
_OCR_TEN = str.maketrans("oOlI", "0011")
# Round 22 (pub22, c7-008): joints told by the vertebrae they lie between, in words ('the joints between the fifth and
# sixth and between the sixth and seventh cervical vertebrae', 'between the fifth lumbar and first sacral vertebrae'):
# lexicon `level_ordinal_word` (the ordinals), `level_ordinal_region` (the region word and its letter). Read only in a
# note naming vertebrae (`_ORDINAL_GATE`), so other notes pay one literal search.
_ORDINALS = {str(k).lower(): int(v) for k, v in lexicon("level_ordinal_word").items()}
_ORDINAL_REGIONS = {str(k).lower(): str(v) for k, v in lexicon("level_ordinal_region").items()}
_ORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_ORD_REGION = "|".join(sorted(_ORDINAL_REGIONS, key=len, reverse=True))
_ORDINAL_GATE = compile_rule(r"vertebr", re.IGNORECASE)
_ORDINAL_PAIR = compile_rule(r"\bbetween\s+(?:the\s+)?(?P<x>" + _ORD + r")(?:\s+(?P<xr>" + _ORD_REGION + r"))?\s+(?:and|&)\s+"
                             r"(?:the\s+)?(?P<y>" + _ORD + r")(?:\s+(?P<yr>" + _ORD_REGION + r"))?\b", re.IGNORECASE)
_ORDINAL_JOIN = compile_rule(r"\s*,?\s*(?:and\s+|&\s*)?", re.IGNORECASE)
_ORDINAL_TAIL = compile_rule(r"\s+(?:(?P<r>" + _ORD_REGION + r")\s+)?(?:vertebrae|vertebra|vertebral\s+bodies|vertebral\s+levels?)\b",
                             re.IGNORECASE)


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class LevelGroup(Mention):
    """Levels written together ("L3, L4 and L5", "L4-5 and L5-S1") with what follows them."""

    items: list[list[str]] = field(default_factory=list)  # vertebrae per written item
    head: str | None = None  # 'medial_branch', 'dorsal_ramus', 'lateral_branch', 'root', 'body'
    head_block: bool = False  # head followed by "block(s)/injection(s)": "L4-5 medial branch block"
    head_plural: bool = False
    item_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class SideMention(Mention):
    side: str = ""  # left | right | bilateral | contralateral
    symptom: bool = False


@dataclass
class NumberMention(Mention):
    value: float = 0.0
    extra: dict = field(default_factory=dict)


@dataclass
class Measures:
    levels: list[LevelGroup] = field(default_factory=list)
    sides: list[SideMention] = field(default_factory=list)
    times: list[NumberMention] = field(default_factory=list)
    pain_scores: list[NumberMention] = field(default_factory=list)
    percents: list[NumberMention] = field(default_factory=list)
    durations: list[NumberMention] = field(default_factory=list)
    icd10: list[Mention] = field(default_factory=list)
    placeholders: list[Mention] = field(default_factory=list)


_WORD_NUM = {
    **CARDINALS, "twenty": TENS["twenty"], "thirty": TENS["thirty"],
    "a": 1, "an": 1, "several": 3, "once": 1, "twice": 2, "half a": 0.5, "a half": 0.5,
    # a duration's loose counts at their least ("a couple of months", "a few years": two; round 15, nec1)
    "a couple of": 2, "a couple": 2, "a few": 2,
}
_UNIT_WEEKS = {"d": 1 / 7, "w": 1.0, "m": 52 / 12, "y": 52.0, "h": 1 / (7 * 24)}
# The head a level group is told by (its first words: "medial branch", "foramen", "vertebral body"), in the order
# they are tried (lexicon `level_head_name`).
_HEAD_NAMES = tuple((str(word), str(head)) for word, head in lexicon("level_head_name"))


def number(text: str) -> float | None:
    """'2' → 2.0, '0.5' → 0.5, '1/8' → 0.125, 'two' → 2.0."""
    t = " ".join(text.lower().split())  # "a  couple\nof" as one phrase
    if t in _WORD_NUM:
        return float(_WORD_NUM[t])
    tens, _, unit = t.replace("-", " ").partition(" ")  # "twenty-four", "thirty six" (a generator's or a dictation's)
    if tens in TENS and CARDINALS.get(unit.strip(), 10) < 10:
        return float(TENS[tens] + CARDINALS[unit.strip()])
    if "/" in t:
        num, _, den = t.partition("/")
        try:
            return float(num) / float(den)
        except (ValueError, ZeroDivisionError):
            return None
    try:
        return float(t)
    except ValueError:
        return None


_TENS = {**TENS, "ten": 10, "fifteen": 15}


# What stands before the first number of "N - M%" when that number is no lower bound: a count ("x 2 - 80%", "#2 - 85%")
# or the day of a date ("2026-03-10 - 85%", "3/10 - 85%").
_NOT_A_BOUND_BEFORE = compile_rule(r"(?:\bx|#|\d[-/.])\s*$", re.IGNORECASE)
_RANGE_SPAN = 50  # widest gap between the two bounds of a written percent range ("50-80%")


def _percent_range(text: str, x: re.Match) -> bool:
    """Whether "N - M%" is a range of percents ("70-80% relief", "60 to 70 percent") rather than a number and a result
    set apart by a list dash ("MBB x 2 - 80% and 85%", "diagnostic injection on 2026-03-10 - 85% relief"; round 18,
    nec18): a range rises by at most `_RANGE_SPAN` points and its first number is no count or date."""
    lo, hi = int(x.group("p")), int(x.group("p2"))
    return lo < hi <= lo + _RANGE_SPAN and not _NOT_A_BOUND_BEFORE.search(text, max(0, x.start() - 6), x.start())


def _percent_words(words: str) -> float:
    """'ninety' -> 90, 'eighty-five' -> 85, 'one hundred' -> 100 (the `percent_words` pattern's number)."""
    parts = words.lower().replace("-", " ").split()
    if parts[-1] == "hundred":
        return 100.0
    return float(_TENS[parts[0]] + (_WORD_NUM[parts[1]] if len(parts) > 1 else 0))


_FRACTIONS = {"two thirds": 67.0, "three quarters": 75.0, "one third": 33.0, "a third": 33.0, "one quarter": 25.0,
              "a quarter": 25.0, "half": 50.0, "one half": 50.0}
_FRACTION_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                        "nine": 9}
_CELL = compile_rule(r"[^|\t ]+(?: [^|\t ]+)*")
_TABLE_SCORE = compile_rule(r"(\d{1,2}(?:\.\d)?)(?:\s*/\s*10)?")
_TABLE_PAIN = compile_rule(r"\b(?:" + cue_text("score_table_pain_word") + r")\b", re.IGNORECASE)
# A vitals grid's pain column and the times its rows are named by (`_grid_scores`).
_GRID_PAIN = compile_rule(r"(?:" + cue_text("score_grid_pain_label") + r")(?:\s*\([^)]{0,12}\))?", re.IGNORECASE)
_GRID_TIME = compile_rule(r"(?:" + cue_text("score_grid_time_word") + r")(?:[\s-]*(?:"
                          + cue_text("score_grid_time_procedure") + r"))?\.?$",
                          re.IGNORECASE)
_NOT_A_SCORE_BETWEEN = compile_rule(r"\b(?:" + cue_text("score_not_between_word") + r")\b", re.IGNORECASE)


def _fraction_percent(words: str) -> float:
    """'two-thirds' -> 67, 'three quarters' -> 75, 'half' -> 50, 'four fifths' -> 80, 'nine tenths' -> 90 (the
    `percent_fraction` pattern's relief)."""
    key = re.sub(r"[\s-]+", " ", words.lower())
    if key in _FRACTIONS:
        return _FRACTIONS[key]
    num, den = key.split(" ")  # "four fifths", "nine tenths", "a tenth"
    return min(100.0, round(_FRACTION_NUMERATORS[num] * 100 / (5 if den.startswith("fifth") else 10), 1))


def _rows_below(text: str, pos: int, lines: int):
    """The cells of each of the `lines` lines after `pos` (a table header's end), less markdown separator rows."""
    for _ in range(lines):
        if pos >= len(text):
            return
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        row = _cells(text, pos + 1, end)
        pos = end
        if row and not all(set(c[2]) <= set("-:| ") for c in row):
            yield row


def _cells(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The cells of one table line as (start, end, text): split on "|", tabs and runs of two or more spaces."""
    return [(start + c.start(), start + c.end(), c.group(0)) for c in _CELL.finditer(text[start:end])]


# A number listed before a percent that shares its unit ("80 and 90% relief", "eighty and ninety percent", "85/90%"),
# not the upper end of a range ("between 80 and 90%"), a score ("7/10 and 60%") or a level ("L5 and 80%"; round 13).
_LISTED_BEFORE = compile_rule(r"(?<!between\s)(?<!from\s)(?:(?<![\w./-])(?P<p>\d{2,3})|\b(?P<w>(?:twenty|thirty|forty|fifty|sixty|"
                              r"seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one\s+hundred))"
                              r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&|then)\s+|\s*/\s*)$", re.IGNORECASE)


# A month's name before the listed number: the number is a date's day ("Feb 3 and Feb 24, 90% relief each", "on March
# 23, 85%"), not a percent (round 19, r2b).
_MONTH_BEFORE = compile_rule(r"\b" + load_yaml("history.yaml")["fragments"]["month"] + r"[ \t]*$", re.IGNORECASE)


def _duration_number(x: re.Match[str]) -> float | None:
    """The count of a duration match: its number, plus a half when "and a half" follows the number or the unit ("one
    and a half years", "a year and a half"); one when none is written ("for the past year")."""
    groups = x.re.groupindex
    n = 1.0 if x.group("n") is None else number(x.group("n"))
    if n is not None and any(g in groups and x.group(g) for g in ("half", "half2")):
        n += 0.5
    return n


_SEASONS = ("winter", "summer", "spring", "autumn")
_SLASH_UNITS = {"12": "m", "52": "w"}  # British shorthand: the denominator names the unit (months, weeks of a year)


def weeks(n: float, unit: str) -> float:
    """`n` units as weeks; an OCR scan's "rn" for "m" and "vv" for "w" read as the letter they stand for
    ("4 rnonths", "6 vveeks")."""
    u = unit.lower()
    if u.startswith("dec"):  # "for over a decade"
        return n * 520.0
    if u.startswith(_SEASONS):  # "since a crash two winters ago": seasons counted back are years
        return n * 52.0
    if u.startswith(("rn", "vv")):
        u = ("m" if u[0] == "r" else "w") + u[2:]
    u = _SLASH_UNITS.get(u, u)  # "6/12" six months, "8/52" eight weeks
    return n * _UNIT_WEEKS.get(u[0], 1.0)



def _pair_spaced(text: str, g: LevelGroup) -> None:
    """Two adjacent vertebrae written with only a space between them ("C5 C6 and C6 C7 facet joints",
    "the L5 S1 foramen") name one segment, as "C5-C6" would: dictation drops the hyphen. A longer run of
    space-joined names ("L4 L5 S1") stays a list of single levels, since it cannot be told apart from one."""
    items, spans = g.items, g.item_spans
    if len(spans) != len(items):
        return
    spaced = [text[spans[k][1] : spans[k + 1][0]] == " " for k in range(len(items) - 1)]
    out_items: list[list[str]] = []
    out_spans: list[tuple[int, int]] = []
    k = 0
    while k < len(items):
        run_end = k
        while run_end < len(spaced) and spaced[run_end]:
            run_end += 1
        if run_end == k + 1 and len(items[k]) == 1 and len(items[k + 1]) == 1 \
                and _adjacent(items[k][0], items[k + 1][0]):
            out_items.append([items[k][0], items[k + 1][0]])
            out_spans.append((spans[k][0], spans[k + 1][1]))
            k += 2
            continue
        out_items += items[k : run_end + 1]
        out_spans += spans[k : run_end + 1]
        k = run_end + 1
    g.items, g.item_spans = out_items, out_spans


def _adjacent(upper: str, lower: str) -> bool:
    """`lower` is the vertebra right below `upper` (L5 then S1 included)."""
    return next_vertebra(upper) == lower


# An arrow pair standing as its own item of a shorthand note or log ("no cx. 6->2.", "| 8->3 |", "each, 5->1, no cx"):
# the pre and post pain scores even with no pain word (a level, a dose or a count is no such item: "L4->5", "2->1 mL").
_ARROW_OPEN = compile_rule(r"(?:^|[\s,;:|(\[])$")
_ARROW_UNIT = compile_rule(r"\s*(?:" + cue_text("score_arrow_not_unit") + r")\b", re.IGNORECASE)


def _arrow_alone(text: str, x: re.Match[str]) -> bool:
    """The arrow pair is an item by itself: nothing but a separator before it and no unit after it."""
    return bool(_ARROW_OPEN.search(text, max(0, x.start() - 1), x.start())) and not _ARROW_UNIT.match(text, x.end())


@Language.factory("painpoint_measures", default_config={"patterns": "patterns.yaml"})
def create_measures(nlp: Language, name: str, patterns: str) -> "MeasureReader":
    register_extensions()
    # every pattern with an anchor (a word it must hold: a duration's unit, a score's scale name) is scanned near the
    # places that word occurs instead of over the whole note (`nlp.anchored`: the same matches)
    family = AnchoredFamily(load_yaml(patterns)["patterns"], re.IGNORECASE | re.VERBOSE, note_scan_patterns(patterns))
    return MeasureReader(family.patterns())


#: The duration patterns, read in this order.
DURATION_PATTERNS = ("duration", "duration_history", "duration_of", "duration_ago", "duration_vague", "duration_lead",
                     "duration_after_symptom", "duration_since_paren", "duration_row_end", "duration_list_item",
                     "duration_slash", "duration_tail", "duration_long", "duration_old")


def _ordinal_levels(text: str, free) -> list[LevelGroup]:
    """Pairs of vertebrae told by ordinal words ('between the fifth and sixth and between the sixth and seventh cervical
    vertebrae'): one group per run of pairs, each pair an item, the region from a pair's own word or the one before
    'vertebrae' after the run; only adjacent vertebrae (round 22, pub22, c7-008)."""
    runs: list[list[re.Match[str]]] = []
    for x in _ORDINAL_PAIR.finditer(text):
        if runs and _ORDINAL_JOIN.fullmatch(text, runs[-1][-1].end(), x.start()):
            runs[-1].append(x)
        else:
            runs.append([x])
    out: list[LevelGroup] = []
    for run in runs:
        tail = _ORDINAL_TAIL.match(text, run[-1].end())
        if tail is None:
            continue
        items: list[list[str]] = []
        last = tail.group("r") or run[-1].group("yr")  # the region named once for the run, at its end
        for x in run:
            region = x.group("yr") or x.group("xr") or last
            xr = _ORDINAL_REGIONS.get((x.group("xr") or region or "").lower())
            yr = _ORDINAL_REGIONS.get((x.group("yr") or region or "").lower())
            if xr is None or yr is None:
                break
            a, b = f"{xr}{_ORDINALS[x.group('x').lower()]}", f"{yr}{_ORDINALS[x.group('y').lower()]}"
            if next_vertebra(a) != b:
                break
            items.append([a, b])
        start, end = run[0].start(), run[-1].end()
        if items and len(items) == len(run) and free(start, end):
            out.append(LevelGroup(start, end, text[start:end], items=items,
                                  item_spans=[(x.start(), x.end()) for x in run]))
    return out


class MeasureReader:
    """Reads every measure with precompiled regexes in one pass per pattern."""

    def __init__(self, patterns: dict[str, re.Pattern[str]]) -> None:
        self.p = patterns

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        m = Measures()
        m.placeholders = [Mention(x.start(), x.end(), x.group(0)) for x in self.p["placeholder"].finditer(text)]
        m.placeholders = with_unchecked_options(text, m.placeholders)  # "[ ] Transforaminal ESI": an option not ticked
        holes = [(x.start, x.end) for x in m.placeholders]

        def free(a: int, b: int) -> bool:
            return not any(s < b and a < e for s, e in holes)

        m.levels = self._levels(text, free)
        for x in self.p["side"].finditer(text):
            if not free(x.start(), x.end()):
                continue
            word = "bilateral" if x.group("both") else (
                x.group("side") or {"R": "rt", "L": "lt"}[x.group("letter")]).lower().rstrip(".")
            side = {"bilaterally": "bilateral", "both sides": "bilateral", "b/l": "bilateral", "bilat": "bilateral", "lt": "left",
                    "rt": "right", "write": "right", "opposite side": "contralateral", "contralateral side": "contralateral"}.get(re.sub(r"\s+", " ", word), word)
            side = "bilateral" if side.startswith("both ") else side  # "both knees", "both SI joints"
            if self._replaced_at(text, x.end(), "side") is not None \
                    or self.p["side_negated_before"].search(text, max(0, x.start() - 16), x.start()):
                continue  # "the left, correction, the right", "the left, not the right": this side names nothing
            if word == "left" and self._left_as_verb(text, x.start(), x.end()):
                continue  # "a single-dose vial with nothing left", "the stylet was left in place"
            if word == "right" and self._right_as_adverb(text, x.start(), x.end()):
                continue  # "right after the injections she reported relief", "all right"
            symptom = bool(self.p["side_symptom_follow"].match(text, x.end()))
            m.sides.append(SideMention(x.start(), x.end(), x.group(0), side=side, symptom=symptom))
        for x in self.p["time"].finditer(text):
            h, mi = int(x.group("h")), int(x.group("m"))
            ampm = (x.group("ampm") or "").lower().replace(".", "")
            if ampm == "pm" and h < 12:
                h += 12
            elif ampm == "am" and h == 12:
                h = 0
            m.times.append(NumberMention(x.start(), x.end(), x.group(0), value=h * 60 + mi))
        taken: list[tuple[int, int]] = []
        for x in self.p["pain_score"].finditer(text):
            if free(x.start(), x.end()):
                v, mx = float(x.group("v")), float(x.group("max").translate(_OCR_TEN))
                if v <= mx:
                    m.pain_scores.append(NumberMention(x.start(), x.end(), x.group(0), v, {"max": mx}))
                    taken.append((x.start(), x.end()))
        for x in self.p["pain_score_bare"].finditer(text):
            s, e = x.start("v"), x.end("v")
            if free(s, e) and not any(a < e and s < b for a, b in taken) and float(x.group("v")) <= 10:
                scale = x.group("scale").upper()
                m.pain_scores.append(
                    NumberMention(x.start(), x.end(), x.group(0), float(x.group("v")),
                                  {"max": 10.0, "scale": scale if scale in ("NRS", "VAS") else None,
                                   "value_start": s})  # timing words may sit inside ("VAS after: 3")
                )
                taken.append((s, e))
        for x in self.p["pain_score_arrow"].finditer(text):  # "8 -> 3": a pre and a post score
            for g, timing in (("v", "pre"), ("v2", "post")):
                s, e = x.start(g), x.end(g)
                if free(s, e) and float(x.group(g)) <= 10 and not any(a < e and s < b for a, b in taken):
                    extra: dict = {"max": 10.0, "timing": timing}
                    if _arrow_alone(text, x):
                        extra["self_cued"] = True  # "Tol well, no cx. 6->2.", "| 8->3 |": the shorthand's pre/post
                    m.pain_scores.append(NumberMention(s, e, x.group(g), float(x.group(g)), extra))
                    taken.append((s, e))
                else:  # "VAS 9 -> 2", "7/10 -> 2/10": another reader took the number; the arrow says pre or post
                    for n in m.pain_scores:
                        if n.extra.get("value_start", n.start) <= s < n.end and "timing" not in n.extra:
                            n.extra["timing"] = timing
                            if _arrow_alone(text, x):
                                n.extra["self_cued"] = True
        self._worded_scores(text, free, taken, m.pain_scores)
        for x in self.p["pain_score_words"].finditer(text):  # "eight out of ten"
            s, e = x.start(), x.end()
            v = number(x.group("v"))
            if v is not None and v <= 10 and free(s, e) and not any(a < e and s < b for a, b in taken):
                m.pain_scores.append(NumberMention(s, e, x.group(0), v, {"max": 10.0}))
        for x in self.p["pain_score_quoted"].finditer(text):  # '"Maybe a one now," when asked in recovery'
            s, e, v = x.start("v"), x.end("v"), number(x.group("v"))
            if v is not None and v <= 10 and free(s, e) and not any(a < e and s < b for a, b in taken):
                # the whole quote is the mention, so a cue after it ('when asked in recovery') is read after the quote
                m.pain_scores.append(NumberMention(x.start(), x.end(), x.group(0), v,
                                                   {"max": 10.0, "value_start": s, "quoted": True}))
                taken.append((s, e))
        for x in self.p["pain_score_mm"].finditer(text):
            mm = int(x.group("v") or x.group("v2"))
            if free(x.start(), x.end()) and mm <= 100 and not any(a < x.end() and x.start() < b for a, b in taken):
                m.pain_scores.append(NumberMention(x.start(), x.end(), x.group(0), mm / 10.0, {"max": 10.0, "scale": "VAS"}))
        for x in self.p["pain_score_scale_of"].finditer(text):  # "2 on the 0-10 scale"
            s, e, v = x.start("v"), x.end("v"), number(x.group("v"))
            if free(x.start(), x.end()) and v is not None and v <= 10 and not any(a < e and s < b for a, b in taken):
                m.pain_scores.append(NumberMention(x.start(), x.end(), x.group(0), v, {"max": 10.0}))
                taken.append((s, e))
        m.pain_scores.sort(key=lambda n: n.start)
        self._paired_scores(text, free, taken, m.pain_scores)
        self._label_scores(text, free, taken, m.pain_scores)
        self._table_scores(text, free, taken, m.pain_scores)
        m.pain_scores.sort(key=lambda n: n.start)
        for x in self.p["percent"].finditer(text):
            if free(x.start(), x.end()):
                start, p, upper = x.start(), float(x.group("p")), x.group("p2")
                if upper is not None and not _percent_range(text, x):
                    start, p, upper = x.start("p2"), float(upper), None  # "MBB x 2 - 80%": a list dash, no range
                if p <= 100:
                    gt = bool(self.p["percent_floor"].search(text, max(0, start - 14), start))
                    m.percents.append(NumberMention(start, x.end(), text[start:x.end()], p, {"gt": gt, "upper": upper}))
        for x in self.p["percent_words"].finditer(text):  # "about ninety percent relief"
            if free(x.start(), x.end()) and not any(x.start() <= q.start < x.end() for q in m.percents):
                gt = bool(self.p["percent_floor"].search(text, max(0, x.start() - 14), x.start()))
                m.percents.append(NumberMention(x.start(), x.end(), x.group(0), _percent_words(x.group("w")),
                                                {"gt": gt, "upper": None}))
        for q in list(m.percents):  # "80 and 90% relief", "Eighty and ninety percent": one unit for a listed pair
            x = _LISTED_BEFORE.search(text, max(0, q.start - 24), q.start)
            if x and free(x.start(), x.end()) and not any(x.start() <= r.start < q.start for r in m.percents) \
                    and not _MONTH_BEFORE.search(text, max(0, x.start() - 12), x.start()):
                v = float(x.group("p")) if x.group("p") else _percent_words(x.group("w"))
                if 10 <= v <= 100:
                    m.percents.append(NumberMention(x.start(), x.end("p") if x.group("p") else x.end("w"),
                                                    x.group("p") or x.group("w"), v, {"gt": q.extra.get("gt", False), "upper": None}))
        for x in self.p["percent_label"].finditer(text):  # "% Relief: 80", "Percent relief post procedure: 75"
            if free(x.start("p"), x.end("p")) and not any(x.start() <= q.start < x.end() for q in m.percents):
                m.percents.append(NumberMention(x.start("p"), x.end("p"), x.group("p"), float(x.group("p")),
                                                {"gt": False, "upper": None}))
        for x in self.p["percent_complete"].finditer(text):  # "complete relief", "near complete relief"
            if free(x.start(), x.end()):
                full = x.group("q").lower() in ("complete", "total", "full")
                m.percents.append(NumberMention(x.start(), x.end(), x.group(0), 100.0 if full else 90.0,
                                                {"gt": False, "upper": None}))
        for x in self.p["percent_fraction"].finditer(text):  # "relief of about two-thirds"
            if free(x.start(), x.end()) and not any(q.start <= x.start() < q.end for q in m.percents):
                m.percents.append(NumberMention(x.start(), x.end(), x.group(0), _fraction_percent(x.group("f")),
                                                {"gt": False, "upper": None}))
        m.percents.sort(key=lambda n: n.start)
        for pat in DURATION_PATTERNS:
            for x in self.p[pat].finditer(text):
                if pat == "duration_slash" and not (x.group("pre") or x.group("post")):
                    continue  # "6/12" alone may be a date or a ratio; with "for" or "history" it is six months
                n = _duration_number(x) if pat != "duration_vague" else 2.0  # "for years": at least two
                # "pain 1 year": the symptom word only anchors the bare duration, the mention is the number and unit
                st = x.start("n") if pat in ("duration_after_symptom", "duration_since_paren", "duration_slash",
                                            "duration_tail") else x.start()
                if n is not None and free(st, x.end()) and not (  # ('about 6 weeks long': the span read once)
                        pat in ("duration_after_symptom", "duration_long", "duration_old") and any(d.start <= st < d.end for d in m.durations)):
                    m.durations.append(
                        NumberMention(st, x.end(), text[st : x.end()], weeks(n, x.group("u")), {"unit": x.group("u")})
                    )
        m.durations.sort(key=lambda n: n.start)
        m.icd10 = [Mention(x.start(), x.end(), x.group("code").upper().replace(" ", ""))  # 'M 54.17' is M54.17
                   for x in self.p["icd10"].finditer(text)]
        doc._.measures = m
        return doc

    def _left_as_verb(self, text: str, start: int, end: int) -> bool:
        """'left' as what remains or stays ('nothing left', '0 mL left', 'left in place'), not the side (round 17b)."""
        return bool(self.p["left_verb_before"].search(text, max(0, start - 30), start)
                    or self.p["left_verb_after"].match(text, end))

    def _right_as_adverb(self, text: str, start: int, end: int) -> bool:
        """'right' as 'just' or 'quite' ('right after the injections', 'right away', 'all right'), not the side (round
        19, r3a): only with no article or side word before it, so 'the right after the left' stays a side."""
        before = text[max(0, start - 12):start]
        if self.p["right_all_before"].search(before):
            return True
        return bool(self.p["right_adverb_after"].match(text, end)) and not self.p["right_adverb_before"].search(before)

    def _replaced_at(self, text: str, end: int, what: str) -> int | None:
        """Where the replacement starts of a side or level ending at `end` that the writer takes back: a correction
        cue, then another `what` ('side' or 'level' pattern) where the cue ends ("the left, correction, the right",
        "L4-5, I mean L5-S1"); None when nothing is taken back."""
        cue = self.p["retraction_cue"].match(text, end)
        return cue.end() if cue is not None and self.p[what].match(text, cue.end()) is not None else None

    def _note_region_letter(self, text: str) -> str:
        """The letter (C/T/L) of the spinal region the note mostly names (region words and lettered level pairs);
        lumbar on a tie or when nothing names one. Read only when a digits-only level needs it."""
        counts = {"C": 0, "T": 0, "L": 0}
        for x in self.p["level_region"].finditer(text):
            key = (x.group("x") or ("C" if x.group("c") else "T" if x.group("t") else "L")).upper()
            counts[key] += 1
        best = max(counts.values())
        return "L" if counts["L"] == best else ("C" if counts["C"] == best and counts["T"] < best else
                                                   "T" if counts["T"] == best and counts["C"] < best else "L")

    def _digits_letter(self, text: str, x: re.Match[str], last: LevelGroup | None, note: list[str]) -> str | None:
        """The region letter of a digits-only level match: the lettered level it continues in a list (group cx,
        None when it continues none), the region word just before it, else the note's region."""
        if x.group("cx"):
            if last is None or not self.p["level_list_joiner"].match(text[last.end : x.start()]):
                return None
            return last.items[-1][0][0] if last.items and last.items[-1] else None
        before = text[max(0, x.start() - 9) : x.start()].lower()
        for word, letter in (("cervical ", "C"), ("thoracic ", "T"), ("lumbar ", "L")):
            if before.endswith(word):
                return letter
        if not note:
            note.append(self._note_region_letter(text))
        if x.group("dx") and note[0] == "L":
            return None  # a bare lumbar "3-4 and 4-5" stays unread (weeks, mL); lumbar lists need their "5-1"
        return note[0]

    def _worded_scores(self, text: str, free, taken: list[tuple[int, int]], out: list[NumberMention]) -> None:
        """Scores in words after a connector ("today her pain is a seven"), a "from ... to ..." pair ("pain went
        from an eight to a three") and pre/post pairs under one label ("Pre/post pain: 8/3", "Pre: 7 Post: 2")."""
        def fits(s: int, e: int, v: float | None) -> bool:
            return v is not None and v <= 10 and free(s, e) and not any(a < e and s < b for a, b in taken)

        took = list(self.p["pain_score_took_from"].finditer(text))  # "her last block took her from 7 to 3"
        for x in [*self.p["pain_score_from_to"].finditer(text), *took]:
            if (x.groupdict().get("cue") or x in took) and (number(x.group("v2")) or 0) >= (number(x.group("v")) or 0):
                continue  # "varies from 4 before breakfast to 8 by evening": a range over the day, not a pre/post pair
            for g, timing in (("v", "pre"), ("v2", "post")):
                s, e, v = x.start(g), x.end(g), number(x.group(g))
                if fits(s, e, v):
                    out.append(NumberMention(s, e, x.group(g), v, {"max": 10.0, "timing": timing, "self_cued": True}))
                    taken.append((s, e))
        for x in self.p["pain_score_down_to"].finditer(text):  # "Pain 7 to 2.", "pain 8>3": falling, so pre then post
            if int(x.group("v2")) >= int(x.group("v")):
                continue  # "pain 6 to 8 on most days": a range
            for g, timing in (("v", "pre"), ("v2", "post")):
                s, e, v = x.start(g), x.end(g), float(x.group(g))
                if fits(s, e, v):
                    out.append(NumberMention(s, e, x.group(g), v, {"max": 10.0, "timing": timing, "self_cued": True}))
                    taken.append((s, e))
                else:  # the bare reader took "Pain 7": the pair says it is the pre score
                    for n in out:
                        if n.extra.get("value_start", n.start) <= s < n.end and "timing" not in n.extra:
                            n.extra["timing"] = timing
        for x in [*self.p["pain_score_pre_post"].finditer(text), *self.p["pain_score_pre_post_labels"].finditer(text)]:
            for g, timing in (("v", "pre"), ("v2", "post")):
                s, e, v = x.start(g), x.end(g), float(x.group(g))
                if fits(s, e, v):
                    out.append(NumberMention(s, e, x.group(g), v, {"max": 10.0, "timing": timing, "self_cued": True}))
                    taken.append((s, e))
        for pat in ("pain_score_bare_word", "pain_score_rated"):
            for x in self.p[pat].finditer(text):
                if pat == "pain_score_rated" and _NOT_A_SCORE_BETWEEN.search(x.group("mid")):
                    continue  # "pain relief from the block was 8 ...": a relief or a count, not a score
                s, e, v = x.start("v"), x.end("v"), number(x.group("v"))
                if fits(s, e, v):
                    out.append(NumberMention(x.start(), e, x.group(0), v, {"max": 10.0, "value_start": s}))
                    taken.append((s, e))

    def _paired_scores(self, text: str, free, taken: list[tuple[int, int]], out: list[NumberMention]) -> None:
        """A second score written right after a first with its own timing word ("NRS 6 before, 1 after", "pre 5 /
        post 2"): a bare number there is a score only because of that word, so the word sets its timing."""
        for n in list(out):
            x = self.p["pain_score_pair_cue_first"].match(text, n.end) or self.p["pain_score_pair_cue_after"].match(
                text, n.end)
            if x is None:
                x = self._anaphor_score(text, n.end)
            if x is None:
                continue
            s, e, v = x.start("v"), x.end("v"), number(x.group("v"))
            if v is not None and v <= 10 and free(s, e) and not any(a < e and s < b for a, b in taken):
                cue = x.groupdict().get("cue")
                timing = "pre" if cue and cue.lower().startswith(("pre", "before")) else "post"
                out.append(NumberMention(s, e, x.group("v"), v, {"max": 10.0, "timing": timing, "self_cued": True}))
                taken.append((s, e))

    def _anaphor_score(self, text: str, end: int) -> re.Match[str] | None:
        """The second score told back to the first by a pronoun after a later time ("6 out of 10 at check-in; twenty
        minutes later in recovery it was a 1"): the time between them makes it the score after the procedure."""
        x = self.p["pain_score_pair_anaphor"].match(text, end)
        if x is None or self.p["pain_score_anaphor_after"].search(x.group("gap")) is None:
            return None
        return x

    def _label_scores(self, text: str, free, taken: list[tuple[int, int]], out: list[NumberMention]) -> None:
        """A lone "Post 2." or "Pre 7." (no pain word, no /10): a bare number is a score here only as one half of a
        pre/post pair, so a post label counts after any score and a pre label only before a post label."""
        labels = [x for x in self.p["pain_score_lone_label"].finditer(text)
                  if free(x.start("v"), x.end("v")) and not any(a < x.end("v") and x.start("v") < b for a, b in taken)]
        for i, x in enumerate(labels):
            v = float(x.group("v"))
            cue = x.group("cue").lower()
            post = cue != "pre"
            if x.group("down") and cue != "pre":  # "Afterwards: down to a 1": a fall, after any score (round 21, el21)
                post, paired = True, any(n.start < x.start() for n in out)
            elif cue.startswith("after"):  # "before __ after 2": only beside a blank pre label on its line (gap19)
                paired = self._blank_pre_before(text, x.start())
            else:
                paired = (any(n.start < x.start() for n in out) or any(y.group("cue").lower() == "pre" for y in labels[:i])
                          or self._blank_pre_before(text, x.start())
                          if post else any(y.group("cue").lower() == "post" for y in labels[i + 1:]))
            if v <= 10 and paired:
                s, e = x.start("v"), x.end("v")
                out.append(NumberMention(s, e, x.group("v"), v,
                                         {"max": 10.0, "timing": "post" if post else "pre", "self_cued": True}))
                taken.append((s, e))

    def _blank_pre_before(self, text: str, pos: int) -> bool:
        """A pre label left blank earlier on the line of a post label ("Pain score  Pre: __    Post: 2", "NRS pre --
        post 3"): the pair's other half is a template blank, so the post label is still one half of a pair."""
        line_start = text.rfind("\n", 0, pos) + 1
        return self.p["pain_score_blank_pre"].search(text, line_start, pos) is not None

    def _table_scores(self, text: str, free, taken: list[tuple[int, int]], out: list[NumberMention]) -> None:
        """A pain table: a header row with pre/before and post/after columns and, within the next three lines, a
        row whose cells under them are scores ("| NRS | pre | post |" / "| now | 7 | 2 |"). The header, the row or
        the line above must name pain (NRS, VAS, score), so a table of volumes is no score."""
        for h in self.p["pain_table_header"].finditer(text):
            head = _cells(text, h.start(), h.end())
            names = [c[2].lower() for c in head]
            pre = next((i for i, c in enumerate(names) if re.match(r"(?:pre|before)\b", c)), None)
            post = next((i for i, c in enumerate(names) if re.match(r"(?:post|after)\b", c)), None)
            if pre is None or post is None:
                self._grid_scores(text, free, taken, out, head, h.end())
                continue
            above = text[text.rfind("\n", 0, max(0, h.start() - 1)) + 1 : h.start()]
            for row in _rows_below(text, h.end(), 3):
                if len(row) != len(head):
                    break
                label = " ".join([h.group(0), above, text[row[0][0] : row[-1][1]]])
                vals = [_TABLE_SCORE.fullmatch(row[i][2]) for i in (pre, post)]
                if all(vals) and _TABLE_PAIN.search(label):
                    for i, val, timing in ((pre, vals[0], "pre"), (post, vals[1], "post")):
                        s = row[i][0]
                        v = float(val.group(1))
                        if v <= 10 and free(s, row[i][1]) and not any(a < row[i][1] and s < b for a, b in taken):
                            out.append(NumberMention(s, row[i][1], row[i][2], v,
                                                     {"max": 10.0, "timing": timing, "self_cued": True}))
                            taken.append((s, row[i][1]))
                    break

    def _grid_scores(self, text: str, free, taken: list[tuple[int, int]], out: list[NumberMention],
                     head: list[tuple[int, int, str]], pos: int) -> None:
        """A vitals grid turned the other way: a header with a pain column ("|  | BP | HR | SpO2 | Pain |") over rows
        named by their time ("| Pre | 142/84 | 78 | 98% | 6 |", "| Post | ... | 1 |"). The cell under the pain column
        of a timed row is that time's score; a row named by anything else (a clock time, "Recovery 2") is not read.
        The header's empty corner cell is not split out, so cells are matched from the right."""
        col = next((i for i, c in enumerate(head) if _GRID_PAIN.fullmatch(c[2])), None)
        if col is None:
            return
        from_right = len(head) - 1 - col
        for row in _rows_below(text, pos, 4):
            if len(row) not in (len(head), len(head) + 1) or len(row) <= from_right + 1:
                break
            when = _GRID_TIME.match(row[0][2])
            cell = row[len(row) - 1 - from_right]
            val = _TABLE_SCORE.fullmatch(cell[2])
            if when is None or val is None:
                continue
            v = float(val.group(1))
            s, e = cell[0], cell[1]
            if v <= 10 and free(s, e) and not any(a < e and s < b for a, b in taken):
                timing = "pre" if when.group(0).lower().startswith(("pre", "before")) else "post"
                out.append(NumberMention(s, e, cell[2], v, {"max": 10.0, "timing": timing, "self_cued": True}))
                taken.append((s, e))

    def _levels(self, text: str, free) -> list[LevelGroup]:
        groups: list[LevelGroup] = []
        joiner = self.p["level_list_joiner"]
        note: list[str] = []  # the note's region letter, read once when first needed
        for x in self.p["level"].finditer(text):
            if not free(x.start(), x.end()):
                continue
            if x.group("lx") or x.group("cx") or x.group("dx"):
                letter = self._digits_letter(text, x, groups[-1] if groups else None, note)
                verts = parse_level(x, letter) if letter else []
            else:
                verts = parse_level(x)
            if not verts:
                continue
            last = groups[-1] if groups else None
            if last is not None and joiner.match(text[last.end : x.start()]) and x.start() - last.end < 12:
                last.items.append(verts)
                last.item_spans.append((x.start(), x.end()))
                last.end = x.end()
                last.text = text[last.start : last.end]
            else:
                groups.append(LevelGroup(x.start(), x.end(), x.group(0), items=[verts],
                                         item_spans=[(x.start(), x.end())]))
        groups = [g for g, nxt in zip(groups, [*groups[1:], None])  # "at L4-5, correction, L5-S1": the second only
                  if nxt is None or self._replaced_at(text, g.end, "level") != nxt.start]
        for g in groups:
            if len(g.items) > 1:
                _pair_spaced(text, g)
        after, before = self.p["nerve_head_after"], self.p["nerve_head_before"]
        for g in groups:
            h = after.match(text, g.end)
            if h is None:
                h = before.search(text, max(0, g.start - 80), g.start)  # 80: the head's verb ('were anesthetized at the')
                h = h if h and h.end() == g.start and not self.p["nerve_head_joints_after"].match(text, g.end) else None
                tail = ""
            else:
                tail = (h.group("tail") or "").lower()
            if h is not None:
                head_text = h.group("head").lower()
                for key, name in _HEAD_NAMES:
                    if head_text.startswith(key):
                        g.head = name
                        break
                g.head_block = any(w in tail for w in ("block", "injection"))
                g.head_plural = head_text.endswith(("es", "mi", "ots", "ina", "ies", "rae", "pillars", "mbs", "drs"))  # 'MBs'
                # is 'medial branches' (nerves, 'L2 L3 and L4 MBs'), not the block of the L2-L3 joint
        if _ORDINAL_GATE.search(text):  # (after the heads: 'vertebrae' there names the joints' bones, not a body)
            pairs = _ordinal_levels(text, free)  # ... and a single ordinal read inside a pair's run is that pair's
            groups = sorted([g for g in groups if not any(p.start < g.end and g.start < p.end for p in pairs)] + pairs,
                            key=lambda g: g.start)
        return groups
