"""History facts the coding checks need and no other builder reads: earlier sessions of a procedure
(`NoteFacts.prior_sessions`, for the LCD frequency limits) and the psychological evaluation before
spinal cord stimulation (`Necessity.psychological_evaluation`).

Why a separate builder: both are statements about the past ("this is her fourth lumbar ESI this
year", "psych eval cleared her in March") that the procedure and necessity builders deliberately
ignore as history. The wordings live in `resources/history.yaml`; this module only composes them,
keeps what was written (counts, dates, intervals) and leaves the rolling-window arithmetic to the
checker, which knows the date of service and the limit. Planned or hypothetical sentences ("may
repeat up to four times a year") never count.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from coding.facts import NoteFacts, PriorSessions, PsychologicalEvaluation
from nlp.build_necessity import DOS_KEY
from nlp.context import NoteContext
from nlp.cues import cue
from nlp.fast_regex import compile_rule, gated_rule
from nlp.rules import load_yaml

_FLAGS = re.IGNORECASE
_WINDOW_DAYS = 365  # "in the past 12 months", "this year" (January 1 to today lies within it)
_DAYS_PER_UNIT = {"d": 1, "w": 7, "m": 30}  # 3 months = 90 days, as the gold and the KB count them
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"), start=1)}


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    """history.yaml with its statements composed and compiled (once per process)."""
    raw = load_yaml("history.yaml")
    frags: dict[str, str] = raw["fragments"]
    date = frags["date"]
    statements = {}
    for name, template in raw["statements"].items():
        pattern = template
        for key, value in frags.items():
            pattern = pattern.replace("{" + key + "}", value)
        statements[name] = gated_rule(pattern.replace("{date}", date), _FLAGS)  # whole-note scans: guarded, gated
    psych = raw["psychological_evaluation"]
    return {
        "statements": statements,
        "date": re.compile(date, _FLAGS),
        "specific": re.compile(raw["specific"], _FLAGS),
        "not_procedure": re.compile(raw["not_procedure"], _FLAGS),
        "regions": {k: re.compile(v, _FLAGS) for k, v in raw["regions"].items()},
        "list_noun": re.compile(raw["list_noun"], _FLAGS),
        "level_regions": {k: re.compile(v, _FLAGS) for k, v in raw["level_regions"].items()},
        "bare_month": re.compile(raw["bare_month"]),  # case-sensitive: 'may' is no month
        "intents": {k: re.compile(v, _FLAGS) for k, v in raw["intents"].items()},
        "numbers": {**raw["cardinals"], **raw["ordinals"]},
        # the mention is searched for in the whole note (gated on its words), the rest in its sentence
        "psych": {k: gated_rule(v, _FLAGS, min_len=2, lookarounds=True) if k == "mention" else compile_rule(v, _FLAGS)
                  for k, v in psych.items()},
    }


def annotate_history(ctx: NoteContext, facts: NoteFacts) -> None:
    """Set the history facts on an assembled `NoteFacts` (the one hook in the facts component)."""
    facts.prior_sessions = prior_sessions(ctx)
    facts.necessity.psychological_evaluation = psychological_evaluation(ctx)


def _number(word: str) -> int | None:
    word = word.lower()
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    value = _rules()["numbers"].get(word)
    return int(value) if value is not None else None


def _window_days(months: str | None) -> int | None:
    """Days a written window spans: a year, or N months (12 months is the year; 6 months 180 days)."""
    if months is None:
        return _WINDOW_DAYS  # "past year", "this year"
    n = _number(months)
    if not n or n > 12:
        return None
    return _WINDOW_DAYS if n == 12 else n * _DAYS_PER_UNIT["m"]


def _planned(ctx: NoteContext, start: int, end: int) -> bool:
    """A sentence that plans or considers rather than reports ("will consider a third RFA this year")."""
    s, _ = ctx.idx.sentence_at(start)
    return bool(cue("hypothetical_sentence").search(ctx.text, s, end))


def _parse_date(text: str) -> dt.date | None:
    """'1/2026' → 2026-01-01, '3/4/2026' → 2026-03-04, '2026-07' → 2026-07-01, 'March 2026', 'Mar 4, 2026'."""
    t = " ".join(text.replace(",", " ").split()).lower().rstrip(".")
    try:
        if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", t):
            parts = [int(x) for x in t.split("-")]
            return dt.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
        if re.fullmatch(r"\d{1,2}/\d{4}", t):
            month, year = (int(x) for x in t.split("/"))
            return dt.date(year, month, 1)
        if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
            month, day, year = (int(x) for x in t.split("/"))
            return dt.date(year + 2000 if year < 100 else year, month, day)
        words = t.replace(".", "").split()
        month = _MONTHS.get(words[0][:3])
        if month is None:
            return None
        day = int(words[1]) if len(words) == 3 else 1
        return dt.date(int(words[-1]), month, day)
    except (ValueError, IndexError):
        return None


# What the day list statement cannot match without ("this year: 1/5"): searched first, as the statement begins with a
# procedure phrase that can start at any word (0.23 -> 0.03 ms per note on dev). Guarded (`compile_rule`: only a "y" or
# a digit can start it), which halves its own scan of a long note. The dated list under a window has one too.
_HINTS = {"day_list": compile_rule(r"(?:year|\d{4})\s*:\s*\d{1,2}/\d", _FLAGS),
          # the dated list's window and what follows it ("past 12 months:", "last year were on")
          "window_list": compile_rule(r"(?:months?|mos?\.?|year)\)?\s*(?::|\s-\s|(?:were|was)\s|,?\s+(?:on|dated)\s)", _FLAGS),
          "window_first_list": compile_rule(r"(?:months?|mos?\.?|year)\s*:", _FLAGS)}


def _listed_dates(m: re.Match[str], kind: str, dos: object) -> list[dt.date]:
    """The dates of a month or day list under one year ("in May, August and November of last year", "this year:
    1/5, 2/2"). A relative year needs the date of service (none: nothing is guessed); dates after it are dropped."""
    when = m.group("year").lower()
    digits = re.search(r"\d{4}", when)
    if digits:
        year = int(digits.group())
    elif not isinstance(dos, dt.date):
        return []
    else:
        year = dos.year - 1 if when.startswith("last") else dos.year
    out: set[dt.date] = set()
    try:
        if kind == "month_list":
            for name in re.findall(r"[a-z]+", m.group("mlist").lower()):
                if name[:3] in _MONTHS:
                    out.add(dt.date(year, _MONTHS[name[:3]], 1))
        else:
            for month, day in re.findall(r"(\d{1,2})/(\d{1,2})", m.group("dlist")):
                out.add(dt.date(year, int(month), int(day)))
    except ValueError:
        return []
    return sorted(d for d in out if not isinstance(dos, dt.date) or d <= dos)


def _about(phrase: str) -> tuple[str | None, str | None, str | None]:
    """(procedure as written or None when generic, region, intent) of a procedure phrase."""
    rules = _rules()
    phrase = " ".join(phrase.split())
    name = phrase if rules["specific"].search(phrase) else None
    region = next((k for k, rx in rules["regions"].items() if rx.search(phrase)), None)
    intent = next((k for k, rx in rules["intents"].items() if rx.search(phrase)), None)
    return name, region, intent


# What lies around a procedure phrase inside a list: "), and one ... on", "; then"
_LIST_PUNCT = re.compile(r"^[\W\d]*(?:(?:and|then|plus|also)\b\W*)*|(?:\s+(?:on|in|dated|at))?[\s(:,-]*$", _FLAGS)


def _segment_about(segment: str, current: tuple[str | None, str | None, str | None],
                   head: tuple[str | None, str | None, str | None]) -> tuple[str | None, str | None, str | None]:
    """(name, region, intent) for the dates after `segment`, the text since the list's previous date. A procedure noun
    starts a new group (its own words, else the list head's); an intent or region word alone changes only itself."""
    rules = _rules()
    name, region, intent = _about(_LIST_PUNCT.sub("", segment))
    if region is None:
        region = next((k for k, rx in rules["level_regions"].items() if rx.search(segment)), None)
    if rules["list_noun"].search(segment):
        return name or head[0], region or head[1], intent or head[2]
    return current[0], region or current[1], intent or current[2]


def _list_dates(ctx: NoteContext, start: int, end: int) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of each session date in text[start:end]: written dates, and months named alone, which are
    the latest such month on or before the date of service (none without one: nothing is guessed)."""
    rules = _rules()
    text = ctx.text[start:end]
    found = [(m.start(), m.end(), _parse_date(m.group())) for m in rules["date"].finditer(text)]
    out = [(s + start, e + start, d) for s, e, d in found if d is not None]
    dos = ctx.doc.user_data.get(DOS_KEY)
    if isinstance(dos, dt.date):
        for m in rules["bare_month"].finditer(text):
            if any(s <= m.start() < e for s, e, _ in found):
                continue
            month = _MONTHS[m.group()[:3].lower()]
            year = dos.year if month <= dos.month else dos.year - 1
            out.append((m.start() + start, m.end() + start, dt.date(year, month, 1)))
    return sorted(out, key=lambda t: t[0])


def _window_list(ctx: NoteContext, m: re.Match[str]) -> tuple[list[PriorSessions], int]:
    """The sessions a dated list under a procedure and a window holds ("Lumbar ESIs in the past 12 months: 12/2024,
    03/2025"; "Facet procedures over the past year: diagnostic medial branch blocks on 11/12/2025 and 12/03/2025;
    therapeutic injections on 03/11/2026"), one entry per run of dates under the same procedure, region and intent,
    and where the list ends. The list runs to the end of the head's sentence."""
    _, end = ctx.idx.sentence_at(m.end() - 1)  # the head's words may begin on the line before
    if end <= m.end() + 1 and end < len(ctx.text):
        end = ctx.idx.sentence_at(end + 1)[1]  # a list that starts a sentence of its own after the head
    end = max(end, m.end())
    proc = m.groupdict().get("proc")
    head = _about(proc) if proc else (None, None, None)
    # with the window first ('In the past 12 months: lumbar ESIs on ...') the dates count from the first procedure named
    current: tuple[str | None, str | None, str | None] | None = head if proc else None
    groups: list[tuple[tuple[str | None, str | None, str | None], list[tuple[int, int, dt.date]]]] = []
    previous = m.end()
    rules = _rules()
    for s, e, date in _list_dates(ctx, m.end(), end):
        segment = ctx.text[previous:s]
        previous = e
        if rules["not_procedure"].search(segment) and not rules["list_noun"].search(segment):
            current = None  # "..., then PT in 5/2026": not an injection session, nor are the dates after it
            continue
        if current is None and not rules["list_noun"].search(segment):
            continue
        about = _segment_about(segment, current or head, head)
        if not groups or about != current:
            groups.append((about, []))
        groups[-1][1].append((s, e, date))
        current = about
    out = [PriorSessions(procedure=name, region=region, intent=intent, prior_dates=sorted({d for _, _, d in dates}),
                         evidence=[ctx.ev(m.start(), dates[-1][1])])
           for (name, region, intent), dates in groups]
    return out, end


def prior_sessions(ctx: NoteContext) -> list[PriorSessions]:
    """One entry per history statement that counts, dates or times earlier sessions."""
    out: list[PriorSessions] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _rules()["statements"].items():
        hint = _HINTS.get(kind)
        if hint is not None and hint.search(ctx.text) is None:
            continue  # a cheap necessary condition first: the list statements start at any word (no guard)
        for m in rx.finditer(ctx.text):
            if any(s < m.end() and m.start() < e for s, e in taken) or _planned(ctx, m.start(), m.end()):
                continue
            if "proc" in m.groupdict() and _rules()["not_procedure"].search(m.group("proc")):
                continue  # "12 physical therapy sessions this year": not an injection session
            if kind in ("window_list", "window_first_list"):
                entries, end = _window_list(ctx, m)
                if entries:
                    taken.append((m.start(), end))
                    out.extend(entries)
                continue
            name, region, intent = _about(m.group("proc"))
            entry = PriorSessions(procedure=name, region=region, intent=intent,
                                  evidence=[ctx.ev(m.start(), m.end())])
            if kind in ("ordinal", "count", "field", "count_times", "count_prior"):
                n = _number(m.group("ordinal") if kind == "ordinal" else m.group("count"))
                window = _window_days(m.group("months"))
                if n is None or window is None:
                    continue
                entry.prior_count, entry.window_days = max(n - 1, 0) if kind == "ordinal" else n, window
            elif kind in ("month_list", "day_list"):
                entry.prior_dates = _listed_dates(m, kind, ctx.doc.user_data.get(DOS_KEY))
                if not entry.prior_dates:
                    continue
            elif kind == "dates":
                dates = [_parse_date(d.group()) for d in _rules()["date"].finditer(m.group("dates"))]
                entry.prior_dates = sorted({d for d in dates if d is not None})
                if not entry.prior_dates:
                    continue
            else:
                n = _number(m.group("n"))
                if n is None:
                    continue
                entry.last_days_ago = float(n * _DAYS_PER_UNIT[m.group("unit").lower()[0]])
            taken.append((m.start(), m.end()))
            out.append(entry)
    out.sort(key=lambda e: e.evidence[0].start)
    return out


def psychological_evaluation(ctx: NoteContext) -> PsychologicalEvaluation | None:
    """The first sentence that mentions a psychological evaluation: done or not, and its result."""
    rx = _rules()["psych"]
    for m in rx["mention"].finditer(ctx.text):
        s, e = ctx.idx.sentence_at(m.start())
        sentence = ctx.text[s:e]
        evidence = [ctx.sentence_ev(m.start())]
        if rx["not_done"].search(sentence):
            return PsychologicalEvaluation(performed=False, evidence=evidence)
        if rx["not_cleared"].search(sentence):
            return PsychologicalEvaluation(cleared=False, evidence=evidence)
        cleared = True if rx["cleared"].search(sentence) else None
        return PsychologicalEvaluation(cleared=cleared, evidence=evidence)
    return None


_rules()  # compile at import (pipeline build), so the first note pays no compilation
