"""Facts about how the procedure was done: imaging, contrast, sedation, consent, time-out,
complications, discharge, radiofrequency parameters, devices and procedure-specific flags.

These are note-wide (one session), so each is read once and shared by the note's procedures.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from coding.facts import (
    Contrast,
    Device,
    Drug,
    FlagFact,
    Imaging,
    Procedure,
    RadiofrequencyParams,
    Sedation,
    TextFact,
)
from nlp.checkboxes import TICKED_BOX
from nlp.context import NOT_PERFORMED_SECTIONS, NoteContext, asserted, told_as_general_practice
from nlp.cues import cue, cue_map, cue_text, note_cue, span_cue
from nlp.fast_regex import compile_rule
from nlp.measures import NumberMention, number
from nlp.number_words import CARDINALS, TENS, alternation
from nlp.rules import compiled_patterns, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span

    from nlp.doc_index import Section

# A time-out's own label right before a clock time ("Time-out: 09:10", "Timeout @ 1402", "Universal protocol pause
# 08:55"): 'time' also opens sedation times, so the label is told apart (round 18, forms18). Not "Time out
# of sedation: 09:20" (the sedation's end).
_TIME_OUT_LABEL = compile_rule(r"\b(?:" + cue_text("time_out_label") + r")\b"
                               r"[^0-9\n]{0,25}$", re.IGNORECASE)
_TIMES_LABEL = compile_rule(r"[\s*\u2022-]*(?:times?|start(?:ed)?|began|from|begin|beginning)\b", re.IGNORECASE)
# a range of two times; round 12 (PP): also adjacent table cells ('| 09:02 | 09:20 |') and 'between 09:02 and 09:20'
_RANGE = compile_rule(r"\s*(?:to|-|\u2013|until|through|thru|\||and)\s*$", re.IGNORECASE)
_CONDITION = compile_rule(r"\b(stable|good|satisfactory|fair|improved)\b", re.IGNORECASE)
_VIEW_SYNONYMS = {"lat": "lateral", "anteroposterior": "ap", "antero-posterior": "ap", "a p": "ap",  # dictated letters
                  "contralateral oblique": "oblique", "clo": "oblique", "frontal": "ap",
                  "obl": "oblique"}
_VIEW_WORDS = {"two": 2, "three": 3, "four": 4, "multiple": 2}


def _today(ctx: NoteContext, span) -> bool:
    return ctx.idx.category_at(span.start_char) not in NOT_PERFORMED_SECTIONS


# What may stand before a field's value: the field's punctuation and up to three words of description.
_DESCRIBED_VALUE = compile_rule(r"[ \t\n:-]*(?:[A-Za-z][A-Za-z-]*[ \t]+){0,3}")


def _field_value(ctx: NoteContext, span, categories: frozenset[str]) -> bool:
    """The span is the value of a field whose header files it under one of `categories` ("Imaging:
    fluoroscopy" is the guidance used, though an "Imaging" section otherwise reports MRI findings)."""
    if ctx.idx.category_at(span.start_char) not in categories:
        return False
    sec = ctx.idx.section_at(span.start_char)
    # the value on the header's own line or alone on the next ('IMAGING:' + newline + 'Fluoroscopy, AP and oblique.'),
    # or after a few words that only describe it ('Imaging: high-frequency linear ultrasound'; round 20, gap20)
    if sec is None:
        return False
    if sec.body_start >= span.start_char:
        return True
    return _DESCRIBED_VALUE.fullmatch(ctx.text, sec.body_start, span.start_char) is not None \
        and not _PAST_STUDY.search(ctx.text, sec.body_start, span.start_char)


def imaging(ctx: NoteContext, told_today: tuple[tuple[int, int], ...] = ()) -> Imaging | None:
    """The session's guidance and saved images. `told_today`: clauses the procedure reader found telling today's act
    inside a sentence ConText reads as history (a case report's opening 'A 72-year-old man ... underwent a
    fluoroscopically guided L5-S1 interlaminar epidural injection'; round 22, pub22, d7-041): their guidance is
    today's, as their sides and levels are."""
    spans = [s for s in ctx.spans("IMAGING") if (_today(ctx, s) or _field_value(ctx, s, frozenset({"imaging"})))
             and not s._.is_hypothetical and (not s._.is_historical
                                              or any(a <= s.start_char < b for a, b in told_today))]
    pos = [s for s in spans if not s._.is_negated and s._.meta["modality"] != "none"]
    none = [s for s in spans if s._.meta["modality"] == "none" or s._.is_negated]
    img: Imaging | None = None
    if pos:
        counts: dict[str, int] = {}
        for s in pos:
            counts[s._.meta["modality"]] = counts.get(s._.meta["modality"], 0) + 1
        title = [s for s in pos if ctx.idx.mention_source(s.start_char) == "title"]
        modality = title[0]._.meta["modality"] if title else max(counts, key=lambda k: counts[k])
        img = Imaging(modality=modality, evidence=[ctx.span_ev(s) for s in pos if s._.meta["modality"] == modality])
    elif none:
        img = Imaging(modality="none", evidence=[ctx.span_ev(s) for s in none])
    saved = [s for s in ctx.spans("EVENT") if s._.meta.get("event") == "saved_images"
             and (_today(ctx, s) or _in_guidance_field(ctx, s))
             and not ctx.idx.in_placeholder(s.start_char, s.end_char)  # "[ ] Lateral image saved": an unticked option
             and not _past_study(ctx.text, s.start_char)]
    neg = note_cue("saved_images_negated").search(ctx.text)
    if saved or neg:
        img = img or Imaging()
        if neg:
            img.saved_images = False
            img.evidence.append(ctx.ev(neg.start(), neg.end()))
        else:
            good = [s for s in saved if not s._.is_negated or _own_clause_unnegated(ctx, s)]
            img.saved_images = bool(good)
            img.evidence += [ctx.span_ev(s) for s in saved]
            views = next((v for v in (_views(ctx, x.start_char, x.end_char) for x in saved[:3]) if v), None)
            if views:
                img.views = views
    return img


# The images of a past or outside study ("the outside MRI images are in the chart", "prior x-ray films were filed"; round
# 16): not this procedure's saved images.
_STUDY_BEFORE = compile_rule(r"\b(?:MRI|MR|x-?ray|outside|prior|previous)\s+$", re.IGNORECASE)
# ... but x-ray images named with today's views ("AP and lateral X-ray images were saved", "AP/lateral x-ray films
# stored"): the fluoroscopic captures in British wording (round 19, intl19).
_XRAY_VIEWS_BEFORE = compile_rule(r"\b(?:" + cue_text("xray_view_word") + r")"
                                  r"\b[^.;\n]{0,25}?\bx-?ray\s+$", re.IGNORECASE)


def _past_study(text: str, start: int) -> bool:
    """Whether the saved-images mention at `start` names a past or outside study's images, not today's."""
    if not _STUDY_BEFORE.search(text, max(0, start - 12), start):
        return False
    return not _XRAY_VIEWS_BEFORE.search(text, max(0, start - 45), start)


def _views(ctx: NoteContext, char: int, end: int | None = None) -> int | None:
    """How many views a saved-images mention counts: in its sentence, or in the field under it when the mention is a
    header or runs past its sentence ('IMAGES:' + newline + 'AP AND LATERAL VIEWS ARCHIVED.', 'Views stored:' +
    newline + 'AP and lateral'; round 11, N11a)."""
    s, e = ctx.idx.sentence_at(char)
    if end is not None:
        e = max(e, ctx.idx.sentence_at(max(char, end - 1))[1])
        if ctx.idx.in_header(char):
            sec = ctx.idx.section_at(char)
            start, field = _header_field(ctx.text, sec.body_start, sec.end)
            e = max(e, start + len(field))
        label = _LABEL_CLOSES_LINE.match(ctx.text, end)
        if label:  # "Images saved:" closing its line, the views on the next ("AP and lateral")
            nxt = ctx.text.find("\n", label.end())
            e = max(e, len(ctx.text) if nxt < 0 else nxt)
    views = _counted_views(ctx, s, e)
    if views is not None and views >= 2 and _single_view(ctx.text, s, e, char):
        return 1  # "a single AP image was stored" in a run-on line that elsewhere says "oblique position" (round 19)
    return views


def _counted_views(ctx: NoteContext, s: int, e: int) -> int | None:
    """The views named or counted in text[s:e] (and a list of views continued on the next line)."""
    more = _VIEW_CONTINUES.match(ctx.text, e)  # "epidurogram AP" + newline + "+ lat saved": one list of views
    sent = _without_unticked(ctx, s, more.end() if more else e)
    m = cue("imaging_views").search(sent) or cue("imaging_views_after").search(sent)
    if m:
        n = m.group("n").lower()
        return int(n) if n.isdigit() else _VIEW_WORDS.get(n)
    names = {_VIEW_SYNONYMS.get(" ".join(x.group(1).lower().split()), x.group(1).lower())
             for x in cue("view_names").finditer(sent) if not _view_not_taken(sent, x)}
    if len(names) < 2 and _TWO_PLANES.search(sent):
        return 2  # "in orthogonal projections", "biplanar spot images", "from the front and from the side" (PP13b)
    return len(names) if len(names) >= 2 else None


def _single_view(text: str, s: int, e: int, char: int) -> int | None:
    """1 when the clause of the saved-images mention at `char` (its sentence cut at ';') counts one image ('a single AP
    image was stored', 'only one lateral view saved'; round 19, teach19), no other such count stands there and the
    clause names fewer than two views."""
    lo = max(s, text.rfind(";", s, char) + 1)
    hi = text.find(";", char, e)
    hi = e if hi < 0 else hi
    found = list(cue("imaging_single_view").finditer(text, lo, hi))
    if len(found) != 1:
        return None
    # 'one AP and one lateral image' names two views; 'prone oblique position' names a posture, not a view
    names = {x.group(1).lower() for x in cue("view_names").finditer(text, lo, hi)
             if not _POSTURE_AFTER.match(text, x.end())}
    return 1 if len(names) < 2 else None


_POSTURE_AFTER = compile_rule(r"\s+(?:" + cue_text("posture_word") + r")\b", re.IGNORECASE)


def _without_unticked(ctx: NoteContext, start: int, end: int) -> str:
    """The text from `start` to `end` with its template placeholders blanked (same length): an unticked option ("[x] AP
    image saved  [ ] Lateral image saved"; round 15, pp15 q3) names no view that was saved."""
    holes = [(max(p.start, start), min(p.end, end)) for p in ctx.m.placeholders if p.start < end and start < p.end]
    if not holes:
        return ctx.text[start:end]
    chars = list(ctx.text[start:end])
    for a, b in holes:
        chars[a - start : b - start] = " " * (b - a)
    return "".join(chars)


def _view_not_taken(sent: str, m: re.Match[str]) -> bool:
    """A view named as not taken ("... moved out before the lateral could be taken", "lateral view not obtained",
    "unable to get an oblique"; round 15, pp15 q3): it is no saved view."""
    return bool(cue("view_not_taken_after").match(sent, m.end())
                or cue("view_not_taken_before").search(sent, max(0, m.start() - 40), m.start()))


# Two views named by their planes, not by name (round 13, PP13b): orthogonal or biplanar images, or the front and the
# side in plain words; round 15 (pp15 q3): 'both views', 'front and side'.
_TWO_PLANES = compile_rule(r"\b(?:" + cue_text("two_planes_word") + r")"
                           r"\b|\bfrom\s+the\s+front\s+and\s+(?:from\s+)?the\s+side\b"
                           r"|\bboth\s+(?:views|projections|planes)\b|\bfront(?:al)?\s+and\s+(?:the\s+)?side\b",
                           re.IGNORECASE)
_LABEL_CLOSES_LINE = compile_rule(r"[ \t]*[:\u2013\u2014-][ \t]*\n")
# ... or the views in brackets on the next line ("Images were saved" + newline + "(AP, contralateral oblique).")
_VIEW_CONTINUES = compile_rule(r"\s*(?:(?:\+|&|and)\s*(?:AP|anteroposterior|lat(?:eral)?|oblique|CLO)\b"
                               r"|\(\s*(?:AP|A\s+P|PA|anteroposterior|lat(?:eral)?|oblique|CLO)\b[^()\n]{0,60}\))", re.IGNORECASE)
_ALLERGY_AFTER = compile_rule(r"[\s-]*(?:" + cue_text("allergy_word_after") + r")\b", re.IGNORECASE)
# ... also as an allergy field's value, alone or in its list ('Allergies: iodinated contrast', 'Allergies: sulfa,
# contrast'; round 16b, fcd-mbb-01)
_ALLERGY_BEFORE = compile_rule(r"\b(?:" + cue_text("allergy_word_before") + r")(?:\s+(?:to\s+)?|[ \t]*[:=\u2013-][ \t]*"
                               r"(?:[\w-]+(?:[ \t]+[\w-]+)?[ \t]*[,;/][ \t]*){0,3})(?:iodinated\s+|iodine\s+|IV\s+)?$",
                               re.IGNORECASE)


def _allergy_mention(ctx: NoteContext, span) -> bool:
    """"iodinated contrast allergy", "allergic to contrast": names the reason contrast was withheld, not a use."""
    return bool(_ALLERGY_AFTER.match(ctx.text, span.end_char)
                or _ALLERGY_BEFORE.search(ctx.text[max(0, span.start_char - 40):span.start_char]))


def _in_guidance_field(ctx: NoteContext, span) -> bool:
    """The span stands in an 'Imaging:' field whose value opens with today's guidance ("Imaging: fluoroscopy; Omnipaque
    180 0.5 mL total, no vascular uptake"; round 15, fbo-mbb-02): the field reports today's procedure, not a past
    study, though an imaging section is otherwise history."""
    sec = ctx.idx.section_at(span.start_char)
    if sec is None or sec.category != "imaging" or _PAST_STUDY.search(ctx.text, sec.body_start, span.end_char):
        return False  # "Imaging: CT lumbar spine 2024 with contrast showed stenosis": a study, not today's injection
    return any(
        ctx.idx.section_at(g.start_char) is sec and _field_value(ctx, g, frozenset({"imaging"}))
        and g._.meta["modality"] != "none" for g in ctx.spans("IMAGING"))


_PAST_STUDY = compile_rule(r"\b(?:MRI|MR|myelogra\w*|shows?|showed|revealed?|demonstrat\w*|dated|prior|previous|(?:19|20)\d\d)\b",
                           re.IGNORECASE)


def contrast(ctx: NoteContext, drugs: list[Drug]) -> Contrast | None:
    spans = [s for s in ctx.spans("DRUG") if s._.meta.get("role") == "contrast"
             and (_today(ctx, s) or _in_guidance_field(ctx, s)) and not s._.is_hypothetical]
    if not spans:
        return None
    # a mention the drug reader took as given ("Omnipaque 240 0.5 mL gave an" + newline + "arthrogram", "[X] Yes [ ] No
    # Agent: Omnipaque") is a use whatever ConText said
    read = {e.start for d in drugs if d.role == "contrast" for e in d.evidence}
    # a 'Contrast: ( ) Yes  ( ) No' field left unanswered says nothing of its use (round 12, fbg-ilesi-03)
    not_given = {s.start_char for s in spans if s.start_char not in read and _not_given_today(ctx, s)}
    used_spans = [s for s in spans if (s.start_char in read or not s._.is_negated and not s._.is_historical)
                  and not _allergy_mention(ctx, s) and s.start_char not in not_given
                  and not (s.start_char not in read and _unanswered_field(ctx, s.end_char))
                  and not (s.start_char not in read and _label_of_a_denying_field(ctx, s, spans))]
    neg_spans = [s for s in spans if (s._.is_negated or s.start_char in not_given) and s.start_char not in read]
    c = Contrast()
    agent = next((d for d in drugs if d.role == "contrast"), None)
    if used_spans:
        c.used = True
        c.evidence = [ctx.span_ev(s) for s in used_spans]
        if agent is not None:
            c.agent = agent.generic if agent.generic != "contrast" else None
            c.volume_ml = agent.volume_ml
            strength = compiled_patterns()["contrast_strength"]
            for s in used_spans:
                m = strength.search(ctx.text, s.start_char, min(len(ctx.text), s.end_char + 8))
                if m:
                    c.strength_mg_iodine_per_ml = float(m.group("s"))
                    break
    elif neg_spans:
        c.used = False
        c.evidence = [ctx.span_ev(s) for s in neg_spans]
    reason = None
    for s in neg_spans or spans:
        ss, se = ctx.idx.sentence_at(s.start_char)
        window = ctx.text[ss : min(len(ctx.text), se + 120)]
        m = cue("contrast_reason").search(window) or (cue("contrast_reason_loose").search(window) if not used_spans
                                                        else None)
        if m and (cue("contrast_reason_not_patients").search(window, 0, m.end("reason"))
                  or cue("contrast_reason_denied_after").match(window, m.end("reason"))):
            m = None  # "Patient denies allergy to contrast", "her sister has a contrast allergy" (round 13, PP13b),
            # "Contrast allergy: none known" (round 15)
        if m:
            reason = " ".join(m.group("reason").lower().split())
            c.evidence.append(ctx.ev(ss + m.start("reason"), ss + m.end("reason")))
            break
    if not reason and not used_spans:
        found = _contrast_allergy_listed(ctx)
        if found is not None:
            reason = "contrast allergy"
            c.evidence.append(ctx.ev(*found))
    if reason and not used_spans:
        c.used = False
        c.reason_not_used = reason
    return c


def _label_of_a_denying_field(ctx: NoteContext, span: Span, spans: list[Span]) -> bool:
    """A 'Contrast:' label whose own field says none was used ('Contrast: he had an anaphylactoid reaction to
    iodinated contrast ..., so no contrast was used', 'Contrast: none'): the label names the field, it is no use
    (round 13, n13b); a field that names only an amount ('Contrast: 3 mL') keeps the label as its use."""
    if not ctx.idx.in_header(span.start_char):
        return False
    sec = ctx.idx.section_at(span.start_char)
    _, field = _header_field(ctx.text, sec.body_start, sec.end)
    if cue("header_deny").match(field):
        return True
    return any(o is not span and o._.is_negated and sec.body_start <= o.start_char < sec.end for o in spans)


def _contrast_allergy_listed(ctx: NoteContext) -> tuple[int, int] | None:
    """A contrast allergy stated apart from the sentence that leaves contrast out (round 13, n13b): the allergy field
    names the agent ('ALLERGY: iodinated contrast. Hives after a CT scan.', 'Allergies: IV dye (anaphylaxis)') or a
    sentence elsewhere says it ('She is allergic to iodinated contrast.'). That is the reason the dictation's 'No
    contrast.' or 'no dye today' leaves unsaid; a denied one ('no contrast allergy', 'NKDA') is none. Read only when
    contrast was not used and no reason stands beside it."""
    agent, neg = cue("contrast_allergen"), cue("negation_before")
    for sec in ctx.idx.sections:
        if sec.category != "allergies":
            continue
        start, field = _header_field(ctx.text, sec.body_start, sec.end)
        m = agent.search(field)
        if m and not neg.search(field[max(0, m.start() - 30) : m.start()]) and not cue("header_deny").match(field):
            return start + m.start(), start + m.end()
    for m in note_cue("contrast_allergy_stated").finditer(ctx.text):
        if ctx.idx.category_at(m.start()) == "follow_up":
            continue
        ls, _ = ctx.idx.line_at(m.start())
        if not neg.search(ctx.text, max(ls, m.start() - 30), m.start()) and \
                not cue("contrast_reason_not_patients").search(ctx.text, ls, m.start()) and \
                not cue("contrast_reason_denied_after").match(ctx.text, m.end()):  # "Contrast allergy: none known"
            return m.span()
    return None


def _not_given_today(ctx: NoteContext, span) -> bool:
    """Contrast named but not given: the rest of its sentence says it was not given, only made ready or weighed, or is
    for a later injection ("Contrast was drawn up but not used", "Contrast available in the room", "to be used at the
    next injection"; round 13, PP13b), and shows no effect of contrast (a spread, a pattern, an injection). ConText's
    negation does not reach these: 'but' ends its scope, and 'had not been administered' is split by 'been'."""
    _, e = ctx.idx.sentence_at(span.start_char)
    if cue("contrast_withheld_after").match(ctx.text, span.end_char, e):
        return True  # "Contrast | deferred | --", "Contrast: withheld" (round 15): its own value says so
    found = list(cue("contrast_not_given").finditer(ctx.text, span.end_char, e))
    if not found:
        return False
    # after a plain 'not used' / 'decided not to use it' only what comes before it can show a contrast effect: a run-on
    # dictation goes on to the steroid ("... decided not to use it, position looked fine Dexamethasone ... injected")
    said_not = next((m.start() for m in found if _SAID_NOT.match(m.group())), e)
    return not cue("contrast_effect").search(ctx.text, span.end_char, said_not)


# ... and "none was injected this time" (round 15 r2, q4): only what comes before it can show the contrast's effect
_SAID_NOT = compile_rule(r"(?:not|never|decided|none)\b", re.IGNORECASE)


def sedation(ctx: NoteContext, drugs: list[Drug]) -> Sedation | None:
    text = ctx.text
    spans = [s for s in ctx.spans("SEDATION") if _today(ctx, s) and not s._.is_hypothetical]
    agents = [d for d in drugs if d.role == "sedative"]
    fields = [x for x in ctx.idx.sections if x.category == "sedation"]
    if not spans and not agents and not fields and not _sedatives_by_other_provider(ctx):
        return None
    sed = Sedation()
    typed = [s for s in spans if s._.meta["type"] in ("local", "none") or not (s._.is_negated or _refused(ctx, s))]
    given = _head_levels(ctx, [s for s in typed if s._.meta["type"] not in ("local", "none")])
    if given:  # a sedation level wins over "local only" written elsewhere (e.g. skin infiltration)
        sed.type = given[0]._.meta["type"]
        sed.evidence += [ctx.span_ev(s) for s in given]
    elif typed:
        sed.type = typed[0]._.meta["type"]
        sed.evidence += [ctx.span_ev(s) for s in typed]
    elif spans:  # "no moderate sedation was used"
        sed.type = "none"
        sed.evidence += [ctx.span_ev(s) for s in spans]
    if sed.type is None:
        _ticked_level(ctx, sed)
    if agents and sed.type in (None, "local", "none"):
        sed.type = "moderate"
    sed.agents = [d.generic for d in agents]
    sed.doses = [f"{d.dose:g} {d.dose_unit} {d.generic}" for d in agents if d.dose is not None]
    for d in agents:
        sed.evidence += d.evidence[:1]
    if not agents:  # given by anesthesia: not the proceduralist's drugs, but still the sedation's record
        _agents_given_by_others(ctx, sed)
        if sed.agents and sed.type is None:  # "The CRNA administered midazolam 1 mg": a sedation, as with our agents
            sed.type = "moderate"
    # Sedation details are read only from the sentences that speak of sedation (the sedation and
    # anesthesia fields, and sentences naming a sedation level or agent): whole-note searches
    # would be slower and would pick up times and staff that belong to something else.
    ctx_rx, start_rx, stop_rx = cue("sedation_context"), cue("sedation_start"), cue("sedation_stop")
    about = sorted({ctx.idx.sentence_at(x.start_char) for x in [*spans, *ctx.spans("DRUG")]
                    if x.label_ == "SEDATION" or x._.meta.get("role") == "sedative"}
                   | {b for f in fields for b in field_sentences(ctx, f)}
                   # an ANESTHESIA field holds the sedation when one is named ("ANESTHESIA: MAC by the CRNA. Reason:
                   # claustrophobia."); without a sedation named it is the local anaesthetic's
                   | {b for f in ctx.idx.sections if f.category == "anesthesia" and (spans or sed.agents)
                      for b in field_sentences(ctx, f)})
    about = _with_flowsheet_rows(ctx, about)

    def first(name: str):
        rx = cue(name)
        for s, e in about:
            m = rx.search(text, s, e)
            if m:
                return m
        return None

    start = stop = None
    from_agent = False  # the start is a drug row's time, which a labelled start line replaces
    times = _with_clock_digits(ctx, about, ctx.m.times, ctx_rx)
    lead_rx = cue("sedation_range_lead")  # 'Sedation 14:05 to 14:40' in a sentence of its own (round 19, teach19)
    recovery = cue("sedation_recovery_before")  # 'Recovered from sedation 10:40 to 11:05': the recovery's times (gap20)
    times = [t for t in times if not recovery.search(text, max(ctx.idx.sentence_at(t.start)[0], t.start - 60), t.start)]
    for a, b in zip(times, times[1:]):  # "13:10 to 13:32" in a sedation sentence
        s, e = ctx.idx.sentence_at(a.start)
        if _RANGE.match(text, a.end, b.start) and ((s, e) in about or lead_rx.search(text, s, a.start)):
            start, stop = a, b
            break
    for t in times:
        if start is not None and stop is not None:
            break
        cat = ctx.idx.category_at(t.start)
        s, e = ctx.idx.sentence_at(t.start)
        if cat != "sedation" and (s, e) not in about and not ctx_rx.search(text, s, e) \
                and not (_TIMES_LABEL.match(text, s) and any(0 <= s - ae <= 3 and not text[ae:s].strip() for _, ae in about)):
            continue  # (the sentence right after the sedation's that opens on its times: "Midazolam 2 mg. Times 10:12 to
            # 10:30 = 18 min."; round 12, N12)
        lead = _LEADER_TAIL.search(text, max(s, t.start - 80), t.start)  # 'Stop ............ 13:45': the label before its leader
        before = text[max(s, (lead.start() if lead else t.start) - 30) : lead.start() if lead else t.start]
        if _TIME_OUT_LABEL.search(before):
            continue  # "Time-out: 09:10 - performed": the pause's clock time, never the sedation's start (round 18)
        row = before[before.rfind("\n") + 1 :]  # a flowsheet row's own words: never the row above's ('0755 sedation
        # start' + newline + '0756 midazolam 1 mg IV' is a dose given after the start; round 20, gap20b)
        if _AGENT_TIME.search(before) or (_AGENT_AFTER_TIME.match(text, t.end) and not start_rx.search(row)
                                          and not stop_rx.search(row)):
            # an agent's own time ("midazolam 2 mg IV at 0903", "11:24 fentanyl 25 mcg"): the first opens the sedation,
            # a later one is another dose, not its end (round 13, PP13b)
            if start is None:
                start, from_agent = t, True
            continue
        if from_agent and stop is None and _labelled_start(before):
            start, from_agent = t, False  # 'Sedation start 09:02, end 09:20' under the drug rows (round 20, tgap20)
            continue
        if start is not None and stop is None and _STOP_AFTER_TIME.match(text, t.end):
            stop = t  # "11:38 sedation ended"
            continue
        if start is None and _START_AFTER_TIME.match(text, t.end):
            start = t  # "10:05 start" (a flowsheet's first row)
            continue
        if start is None and start_rx.search(before):
            start = t
        elif start is not None and stop is None and (stop_rx.search(before) or t.start - start.end < 40):
            stop = t
    if start is not None:
        sed.start_time = _hhmm(start.value)
        sed.evidence.append(ctx.ev(start.start, start.end))
    if stop is not None:
        sed.stop_time = _hhmm(stop.value)
        sed.evidence.append(ctx.ev(stop.start, stop.end))
    m = first("intraservice") or note_cue("intraservice").search(text)  # "Intraservice time 25 minutes." on its own
    if m:
        n = m.group("n")  # digits or spelled ("twenty-five", "forty"; round 21, dose21b)
        sed.intraservice_minutes = int(n) if n.isdigit() else (_spelled_words(n) or None)
        sed.evidence.append(ctx.ev(m.start(), m.end()))
    elif start is not None and stop is not None:
        minutes = int((stop.value - start.value) % (24 * 60))
        sed.intraservice_minutes = minutes
    m = first("independent_observer") or note_cue("independent_observer").search(text)
    if m and _BLANK_ANSWER.match(text, m.end()):
        m = None  # 'Independent observer: ______', 'Observer - N/A': the form's label with no one named (round 18)
    if m and cue("independent_observer_denied_before").search(text, max(0, m.start() - 30), m.start()):
        m = None  # 'no independent observer was available': the observer denied (round 21, gap21)
    if m:
        sed.independent_observer = True
        sed.evidence.append(ctx.ev(m.start(), m.end()))
    # who sedated: "by the CRNA", and the forms the drug reader shares (lexicon sedative_by_other_provider: "per
    # anesthesia", "the CRNA administered", "MAC (CRNA)"); the proceduralist's own statement after it wins
    # ("Anesthesia standby by the CRNA was not needed. Moderate sedation by me")
    m = first("sedation_by_other") or first("sedative_by_other_provider")
    own = first("sedation_by_self")
    if m and sed.type not in (None, "local", "none") and (own is None or own.start() < m.start()):
        sed.by_proceduralist = False
    elif own:
        sed.by_proceduralist = True
    # a 'Reason:' label with free words is a reason only in the sedation's own lines (round 16, fbx-h-rfa-02)
    m = (first("sedation_justification") or first("sedation_reason_label") or note_cue("sedation_reason").search(text)
         or note_cue("sedation_reason_first").search(text) or note_cue("sedation_reason_because").search(text)
         or note_cue("sedation_reason_arrow").search(text)
         or note_cue("sedation_reason_field").search(text)
         or _reason_elsewhere(ctx) or _reason_told_next(ctx, about))
    if m:
        sed.justification = " ".join(m.group("j").split())
    return sed


def _ticked_level(ctx: NoteContext, sed: Sedation) -> None:
    """The level a sedation or anaesthesia field ticks among its options ("Sedation: [x] none  [ ] minimal  [ ] moderate",
    "Anesthesia: [ ] MAC  [X] local"; round 16, fby-h-tfesi-04): the unticked options are placeholders, so no level span
    stands there, and the ticked word alone ('none', 'moderate') is no sedation phrase. Read on the field's first line."""
    for f in ctx.idx.sections:
        if f.category not in ("sedation", "anesthesia"):
            continue
        start, field = _header_field(ctx.text, f.body_start, f.end)
        m = _ticked_level_rule().search(field)
        if m:
            sed.type = m.lastgroup
            sed.evidence.append(ctx.ev(start + m.start(), start + m.end()))
            return
        if f.category == "sedation" and cue("header_deny").match(field):
            # 'Sedation: N (none given)', 'Sedation: No': a Yes/No field answered no (round 20, pub20c)
            sed.type = "none"
            sed.evidence.append(ctx.ev(start, start + len(field)))
            return


@lru_cache(maxsize=1)
def _ticked_level_rule() -> re.Pattern[str]:
    """A ticked box then an option's words, one named group per sedation type (lexicon `ticked_sedation_level`)."""
    types = "|".join(f"(?P<{k}>{v})" for k, v in lexicon("ticked_sedation_level").items())
    return compile_rule(rf"(?:{TICKED_BOX})[ \t]*(?:{types})\b", re.IGNORECASE)


def _refused(ctx: NoteContext, span: Span) -> bool:
    """A sedation level the patient turned down ("He declined IV sedation", "refused conscious sedation", "IV sedation:
    declined", "moderate sedation offered but declined"; round 15, fbm): ConText reads 'declined' as history (care
    declined), not as a negation, so the level named would count as given. Read in the span's own clause only, so
    "although she first declined, moderate sedation was given" keeps its sedation."""
    s, e = ctx.idx.sentence_at(span.start_char)
    return bool(cue("sedation_refused_before").search(ctx.text, max(s, span.start_char - 40), span.start_char)
                or cue("sedation_refused_after").match(ctx.text, span.end_char, e))


# Two level words run together name one sedation, the later its head ("Sedation: light moderate sedation", "minimal to
# moderate sedation", "moderate/deep sedation"; round 15, fbo-h-scs-01): the first is its qualifier.
_LEVEL_JOIN = compile_rule(r"[ \t]*(?:(?:to|or|-|/|\u2013)[ \t]*)?", re.IGNORECASE)


def _head_levels(ctx: NoteContext, given: list) -> list:
    """The sedation level spans without the qualifier of a level right after them (`_LEVEL_JOIN`)."""
    return [s for s, nxt in zip(given, [*given[1:], None])
            if nxt is None or not _LEVEL_JOIN.fullmatch(ctx.text, s.end_char, nxt.start_char)]


# Round 13 (PP13b): a clock time written as four digits without a colon, in a sedation sentence, where a flowsheet puts
# it: after 'at', '@', a bracket, a slash or a start/stop word ("midazolam 2 mg IV at 0903", "(0912)", "start/stop:
# 0845/0901", "in 1015 out 1032", "completed at 0918"), or at the head of a flowsheet row before its agent or its
# start/end word ('0902  Midazolam 2 mg IV', '0931 end'; round 20, gap20b); never a dose, a volume or a duration, nor a year ('started
# 2019').
_CLOCK_DIGITS = compile_rule(r"(?:\b(?:at|in|out|start(?:ed)?|stop(?:ped)?|end(?:ed)?|completed|finished|began|commencing|"
                             r"terminating)[ \t]*:?[ \t]*|@[ \t]*|\([ \t]*|(?<=\d)/|(?<=\d[-\u2013])|(?<=\d[-\u2013][ \t])|(?<=\d[ \t][-\u2013][ \t])"
                             # ... or a range of two ('0902-0920'; round 15, pp paraphrases p20)
                             r"|(?<![\d.:/])(?=(?:[01]\d|2[0-3])[0-5]\d[ \t]*[-\u2013][ \t]*(?:[01]\d|2[0-3])[0-5]\d(?!\d))"
                             # ... or a flowsheet row's time at the head of its line, before the agent given or the
                             # sedation's start or end word ('0902  Midazolam 2 mg IV', '0924  end'; round 20, gap20b)
                             r"|(?<![^\n])[ \t]*(?=\d{4}[ \t]*[-:|]?[ \t]*(?:sedation[ \t]+)?(?:" + cue_text("sedation_agent") + "|"
                             + cue_text("sedation_start_word") + "|" + cue_text("sedation_stop_word") + r")\b))"
                             r"(?!(?:19|20)\d\d\b(?![ \t]*h))(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)"
                             r"(?![\d:]|\.\d|[ \t]*(?:mg|mcg|ml|cc|units?|%|hours?|hrs?|minutes?|mins?|gauge|g\b|degrees?))",
                             re.IGNORECASE)
# An agent's dose right before a time ("midazolam 2 mg IV at 0903", "Versed 2 mg IV push at 0848", "fentanyl 50 mcg IV
# (0913)"), or the agent right after it ("11:24 fentanyl 25 mcg"): when that dose was given.
_AGENT_TIME = compile_rule(r"\b(?:mg|mcg|micrograms?|milligrams?)\b(?:[ \t]+(?:IV|IVP|intravenous(?:ly)?|push|given))*[ \t]*"
                           r"(?:at|@|\()[ \t]*$", re.IGNORECASE)
_SEDATIVES = r"(?:" + cue_text("sedation_agent") + r")\b"
_AGENT_AFTER_TIME = compile_rule(r"[ \t]*[-:|]?[ \t]*" + _SEDATIVES, re.IGNORECASE)
_STOP_AFTER_TIME = compile_rule(r"[ \t]*[-:|]?[ \t]*(?:sedation[ \t]+)?(?:" + cue_text("sedation_stop_word") + r")\b",
                                re.IGNORECASE)
# round 18 (formsR2, sedation flowsheets): the opening entry with its word after the time ('10:05 start', '| 10:05 |
# start |', '0912 - sedation begun'), and a dot leader between a time's label and the time ('Stop ........ 13:45'): the
# label is read before its leader; a table cell's bar may stand between the time and its word (also for the agents and
# the end above)
_START_AFTER_TIME = compile_rule(r"[ \t]*[-:|]?[ \t]*(?:sedation[ \t]+)?(?:" + cue_text("sedation_start_word") + r")\b",
                                 re.IGNORECASE)
# a flowsheet row: its clock time at the head of the line, then the agent given or the start or end word (gap20b)
_FLOW_ROW = compile_rule(r"[ \t]*(?:[01]?\d|2[0-3]):?[0-5]\d[ \t]*[-:|]?[ \t]*(?:sedation[ \t]+)?(?:"
                         + cue_text("sedation_agent") + "|" + cue_text("sedation_start_word") + "|"
                         + cue_text("sedation_stop_word") + r")\b", re.IGNORECASE)
_FLOW_ROWS_MAX = 12
# Round 20 (tgap20): the sedation's own start label opening its line or clause right before a time, on a line naming no
# agent ('Sedation start 09:02, end 09:20', 'Start time: 10:04', 'Sedation began at 1410'): the sedation's start, which
# wins over the first drug row's time above it ('09:02 Midazolam 2 mg IV'); another act's start ('Procedure start
# 09:08') and a drug's own line ('Fentanyl started 09:06') do not.
_START_LABEL = compile_rule(r"(?:^|[.;|])[ \t]*(?:(?:moderate|conscious|IV|procedural)[ \t]+)?(?:sedation[ \t]+)?"
                            r"(?:start(?:ed|ing)?|began|begun|commenced|initiated)\b(?:[ \t]+(?:time|at))?"
                            r"[ \t]*[:=-]?[ \t]*$", re.IGNORECASE)
_AGENT_NAME = compile_rule(r"\b" + _SEDATIVES, re.IGNORECASE)


def _labelled_start(before: str) -> bool:
    """The text before a time, on its own line, ends with a start label and names no sedative."""
    line = before[before.rfind("\n") + 1 :]
    return bool(_START_LABEL.search(line)) and not _AGENT_NAME.search(line)


_LEADER_TAIL = compile_rule(r"[ \t]*(?:\.{3,}|_{3,})[ \t.:_]*$")
# A template's choice filled in its brackets, alone as a field's value ('[None]', '{none}', '(None)'; round 18, formsR2)
_FILLED_BRACKET = compile_rule(r"[\[{(][ \t]*(?P<v>[A-Za-z][^\[\]{}()\n]{0,40}?)[ \t]*[\]})]\.?")
# A form field's label followed by no answer: a blank line, stars, dashes, 'N/A', 'none', an empty box (formsR2)
_BLANK_ANSWER = compile_rule(r"[ \t]*(?:[:=|?\u2013\u2014-]|\.{2,})[ \t]*(?:_{2,}|\*{2,}|-{2,}|\?{2,}|n/?a\b|none\b|no\b|nil\b|"
                             r"\[[ \t]*\])[ \t.]*(?:$|\n|\|)", re.IGNORECASE)


# Round 15 (pp15 q3): a clock time spelled out in a dictated sedation sentence, after a start/stop word ("started at nine
# oh four and stopped at nine twenty-one", "from ten past ten until half past ten", "start quarter to nine", "stop one
# thirty-four pm"): the hour one to twelve, then its minutes ('oh four', 'fifteen', 'twenty-one'), or the minutes
# before or after the hour ('ten past ten', 'quarter to nine', 'half past ten').
_HOUR_WORDS = alternation(range(1, 13))
_MINUTE_WORDS = (rf"(?:oh[ \t]+(?:{alternation(range(1, 10))})|(?:twenty|thirty|forty|fifty)(?:[ \t-](?:{alternation(range(1, 10))}))?"
                 rf"|{alternation(range(10, 20))})")
_SPELLED_CLOCK = compile_rule(
    r"\b(?:at|from|until|till|to|through|start(?:ed|ing|s)?|stop(?:ped|ping|s)?|end(?:ed|ing|s)?|began|completed|"
    r"finished|concluded)(?:[ \t]+time)?[ \t]*:?[ \t]+(?P<t>"
    rf"(?P<h>{_HOUR_WORDS})(?:[ \t]+(?P<m>{_MINUTE_WORDS})|[ \t]+o'?clock)(?:[ \t]*(?P<ap>[ap]\.?m)\b\.?)?"
    rf"|(?:a[ \t]+)?(?P<rel>quarter|half|{_MINUTE_WORDS})[ \t]+(?P<dir>past|after|to|before)[ \t]+(?P<rh>{_HOUR_WORDS})\b)",
    re.IGNORECASE)


def _spelled_words(words: str) -> int:
    """The value of spelled minutes ('oh four' 4, 'twenty-one' 21, 'fifteen' 15)."""
    parts = [w for w in re.split(r"[ \t-]+", words.lower()) if w != "oh"]
    return sum(CARDINALS.get(w, TENS.get(w, 0)) for w in parts)


def _spelled_clock(m: re.Match[str]) -> int:
    """Minutes after midnight of a `_SPELLED_CLOCK` match ('quarter to nine' 8:45, 'one fifteen pm' 13:15)."""
    if m.group("h"):
        h, mins = CARDINALS[m.group("h").lower()], _spelled_words(m.group("m") or "")
        ap = (m.group("ap") or "").lower()
        if ap.startswith("p") and h < 12:
            h += 12
        elif ap.startswith("a") and h == 12:
            h = 0
        return h * 60 + mins
    h = CARDINALS[m.group("rh").lower()]
    rel = m.group("rel").lower()
    mins = 15 if rel == "quarter" else 30 if rel == "half" else _spelled_words(rel)
    return h * 60 + mins if m.group("dir").lower() in ("past", "after") else (h * 60 - mins) % (24 * 60)


def _with_flowsheet_rows(ctx: NoteContext, about: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sedation's sentences plus the flowsheet rows right after one of its rows ('0902  Midazolam 2 mg IV' +
    '0906  Fentanyl 50 mcg IV' + '0927  end'; round 20, gap20b): a row naming only the end or start names no sedation
    word, yet it is the sedation's time. Only rows (a clock time at the head of the line before an agent or a start
    or end word) that follow one another from a row of the sedation's own."""
    text, bounds = ctx.text, ctx.idx.sent_bounds
    have = set(about)
    rows = [b for b in about if _FLOW_ROW.match(text, b[0])]
    if not rows:
        return about
    for s, e in rows:
        for ns, ne in [b for b in bounds if b[0] >= e][:_FLOW_ROWS_MAX]:
            if text[e:ns].strip() or not _FLOW_ROW.match(text, ns):
                break
            have.add((ns, ne))
            e = ne
    return sorted(have)


def _with_clock_digits(ctx: NoteContext, about: list[tuple[int, int]], times: list, ctx_rx: re.Pattern[str]) -> list:
    """The note's times plus the colon-less clock times of the sedation's own sentences (`_CLOCK_DIGITS`), in order:
    the note-wide time pattern reads 'HHMM' only after a few start/stop words, and a flowsheet line writes each
    agent's time and the end that way. Read only in the sentences that speak of sedation, and in those that already
    hold a time and a sedation word ("Sedation start/end: 1110/1126")."""
    seen = {x.start for x in times}
    extra = []
    timed = {ctx.idx.sentence_at(x.start) for x in times}
    for s, e in sorted(set(about) | {b for b in timed if ctx_rx.search(ctx.text, *b)}):
        for m in _CLOCK_DIGITS.finditer(ctx.text, s, e):
            if m.start("h") not in seen:
                seen.add(m.start("h"))
                extra.append(NumberMention(m.start("h"), m.end(), m.group("h") + m.group("m"),
                                           value=int(m.group("h")) * 60 + int(m.group("m"))))
        for m in _SPELLED_CLOCK.finditer(ctx.text, s, e):
            if m.start("t") not in seen:
                seen.add(m.start("t"))
                extra.append(NumberMention(m.start("t"), m.end("t"), m.group("t"), value=_spelled_clock(m)))
    return sorted([*times, *extra], key=lambda x: x.start) if extra else times


def field_sentences(ctx: NoteContext, field: Section) -> list[tuple[int, int]]:
    """Every sentence of a sedation field ("SEDATION: Moderate sedation by me. Reason: severe needle anxiety."), and
    the line the field's value wraps onto when the sectionizer ended the field at the line break ("...; midazolam
    2 mg IV;" + newline + "09:12 to 09:41 (29 minutes)."): a value line that opens no field of its own."""
    out, text = [], ctx.text
    pos = field.body_start
    while pos < field.end:
        s, e = ctx.idx.sentence_at(pos)
        out.append((s, e))
        pos = max(e, pos + 1)
    nxt = len(text) - len(text[field.end :].lstrip())
    if nxt < len(text) and ctx.idx.category_at(nxt) is None and text.count("\n", field.end, nxt) <= 1 \
            and _WRAPPED_VALUE.match(text, nxt):
        s, e = ctx.idx.sentence_at(nxt)
        out.append((s, e))
        # the wrapped value goes on for a few more sentences of the same unlabelled block ("...(25 minutes). Reason:
        # marked anxiety" + newline + "and muscle spasm ..."), up to a blank line or the next field
        block = ctx.idx.section_at(nxt)
        stop = block.end if block is not None else e
        for _ in range(_WRAPPED_MORE):
            pos = e
            while pos < stop and text[pos] in " \t\n":
                pos += 1
            if pos >= stop or "\n\n" in text[e:pos] or ctx.idx.category_at(pos) is not None:
                break
            s, e = ctx.idx.sentence_at(pos)
            if e <= pos:
                break
            out.append((s, e))
    return out


_WRAPPED_MORE = 3


# A wrapped sedation value: times, minutes or the agents' doses, not a new label ("Technique:").
_WRAPPED_VALUE = compile_rule(r"(?:\d{1,2}:?\d{2}\b|\(?\d{1,3}\s*min|[a-z])")


def _reason_elsewhere(ctx: NoteContext) -> re.Match[str] | None:
    """A reason in a sentence that speaks of sedation but holds no agent or sedation span ("Patient requested
    sedation due to anxiety. Midazolam 2 mg IV."): the sentences read for details miss it."""
    for m in note_cue("sedation_justification").finditer(ctx.text):
        s, e = ctx.idx.sentence_at(m.start())
        if _SEDATION_WORD.search(ctx.text, s, e):
            return m
        # a reason opening its own sentence just after the sedation's ("... total 18 min. An RN observed throughout.
        # Justification: needle phobia."; round 12, N12): the label or 'needed due to' says whose reason it is
        opens = _REASON_OPENS.match(ctx.text, s, e)
        if opens and m.start() <= opens.end() and _SEDATION_WORD.search(ctx.text, max(0, s - _REASON_REACH), s):
            return m
    # a bare 'Reason:' line under a sedation flowsheet's or block's header ('Sedation log (moderate)' newline 'Reason:
    # claustrophobia in the scanner'): the sectionizer reads the label as an indication, but opening its sentence just
    # after the sedation's words it is the sedation's reason (round 18, formsR2)
    for m in note_cue("sedation_reason_label").finditer(ctx.text):
        s, _ = ctx.idx.sentence_at(m.start())
        if not ctx.text[s : m.start()].strip(" \t\n*-\u2022") and _SEDATION_WORD.search(ctx.text, max(0, s - _REASON_REACH), s):
            return m
    return None


def _reason_told_next(ctx: NoteContext, about: list[tuple[int, int]]) -> re.Match[str] | None:
    """A reason told as the patient's inability in the sentence right after a sedation sentence ("Moderate sedation by
    me ..., 24 minutes. She could not tolerate the lesioning under local at the prior session."; lexicon
    `sedation_reason_inability`): the sentence names no sedation word, so the other readers miss it. Only the one
    sentence after each of the sedation's sentences, matched at its start (round 19, r2b, fdl-h-rfa-01)."""
    rx = cue("sedation_reason_inability")
    bounds = ctx.idx.sent_bounds
    for _, e in about:
        nxt = next((b for b in bounds if b[0] >= e), None)
        if nxt is not None:
            m = rx.match(ctx.text, nxt[0], nxt[1])
            if m:
                return m
    return None


# A sentence that is a sedation's reason: its label or 'needed/required due to' opens it.
_REASON_OPENS = compile_rule(r"[\s*\u2022-]*(?:(?:" + cue_text("sedation_reason_opens") + r")"
                             r"\b|(?:needed|required|necessary|"
                             r"indicated|given)\s+(?:due\s+to|because\s+of|for)\b)", re.IGNORECASE)
_REASON_REACH = 250  # characters back to the sedation a reason sentence follows (its agent, dose, times and observer)


_SEDATION_WORD = compile_rule(r"\b(?:" + cue_text("sedation_word") + r")\b", re.IGNORECASE)
# The dose right after the agent, also set off by a comma, colon, dash or bracket, or with its total written first
# ("propofol, 80 mg total", "propofol (total 150 mg)", "propofol infusion, 90 mg total" (N12), "midazolam: 2 mg", "propofol - total dose 120 mg",
# "propofol titrated to 200 mg"), also after the verb of its giving ("propofol was given by infusion (110 mg in total)",
# "midazolam was administered, 2 mg", "propofol infused as a drip - 90 mg"; round 15, fbn-h-scs-01).
_AGENT_DOSE_AFTER = compile_rule(r"\s*(?:(?:was|were)\s+)?(?:(?:given|administered|infused|delivered|run|pushed)\b\s*)?"
                                 r"(?:(?:by|as|via)\s+(?:an?\s+)?)?(?:(?:infusion|drip|bolus(?:es)?|gtt)\s*)?(?:[,:(\u2013-]\s*)?(?:IV\s+|intravenous(?:ly)?\s+)?(?:(?:a\s+)?total(?:\s+dose)?(?:\s+of)?\s*:?\s*|"
                                 r"titrated\s+to\s+(?:a\s+total\s+of\s+)?)?(?P<num>\d*\.?\d+)\s*(?P<unit>mg|mcg)\b",
                                 re.IGNORECASE)
_AGENT_DOSE_BEFORE = compile_rule(r"(?P<num>\d*\.?\d+)\s*(?P<unit>mg|mcg)\s+(?:of\s+)?(?:IV\s+)?$", re.IGNORECASE)


def _agents_given_by_others(ctx: NoteContext, sed: Sedation) -> None:
    """Sedatives named for today's sedation but given by someone else ("MAC by the anesthesia team with
    midazolam 2 mg and fentanyl 100 mcg"): the drug list leaves them out (they are not this claim's
    drugs), yet they document the sedation's agents and doses."""
    seen: set[str] = set()
    for d in ctx.spans("DRUG"):
        generic = d._.meta.get("generic")
        if d._.meta.get("role") != "sedative" or generic in seen or not _today(ctx, d) or d._.is_hypothetical:
            continue
        seen.add(generic)
        sed.agents.append(generic)
        sed.evidence.append(ctx.span_ev(d))
        m = _AGENT_DOSE_AFTER.match(ctx.text, d.end_char)
        if m is None:
            m = _AGENT_DOSE_BEFORE.search(ctx.text[max(0, d.start_char - 20):d.start_char])
        if m is not None:
            sed.doses.append(f"{float(m.group('num')):g} {m.group('unit').lower()} {generic}")


def _sedatives_by_other_provider(ctx: NoteContext) -> bool:
    """A sedative of today given by a separate anaesthesia provider ("Anesthesia: The CRNA administered midazolam
    1 mg"): the drug list leaves it out and no sedation level may be named, yet the note documents a sedation. The
    provider must be named in the sedative's own sentence (lexicon sedative_by_other_provider, shared with the drug
    reader), so a sedative left out for another reason (an allergy, a home medication) opens no sedation."""
    rx = cue("sedative_by_other_provider")
    for d in ctx.spans("DRUG"):
        if d._.meta.get("role") != "sedative" or not _today(ctx, d) or d._.is_hypothetical:
            continue
        s, e = ctx.idx.sentence_at(d.start_char)
        if rx.search(ctx.text, s, e):
            return True
    return False


def _hhmm(minutes: float) -> str:
    m = int(minutes)
    return f"{m // 60:02d}:{m % 60:02d}"


def _event_flag(ctx: NoteContext, event: str) -> FlagFact | None:
    """An event (consent, time-out) documented in a sentence, or as a header whose field says so.

    A bare header ("Consent:" followed by nothing, or by another field) documents nothing: a
    template label is not a statement that consent was obtained.
    """
    if event == "consent":
        neg = note_cue("consent_negated").search(ctx.text)
        if neg:
            return FlagFact(value=False, evidence=[ctx.ev(neg.start(), neg.end())])
        unable = _unable_to_consent(ctx)
        if unable is not None:
            return FlagFact(value=False, evidence=[ctx.ev(*unable)])
    planned = cue("event_planned_after")
    spans = [s for s in ctx.spans("EVENT") if s._.meta.get("event") == event and not s._.is_hypothetical
             and not s._.is_historical and not _about_a_planned_procedure(ctx, s.start_char)
             and not planned.match(ctx.text, s.end_char)  # "Consent to be obtained by ...": still to come
             and not cue("event_planned_before").search(ctx.text, max(0, s.start_char - 40), s.start_char)
             and not cue("event_not_documented_after").match(ctx.text, s.end_char)  # "Time-out not documented."
             and not cue("event_hedged_after").match(ctx.text, s.end_char)  # "Consent may have been signed ..."
             and not cue("event_for_later_after").match(ctx.text, s.end_char)  # "consent obtained prior to next block"
             and not (event == "time_out" and _everyday_time_out(ctx, s))
             and not (event == "consent" and _form_for_later(ctx, s))]
    denied = cue("event_denied_after")
    stated, headers, leader = [], [], {True: [], False: []}
    for s in spans:
        said = _NOT_A_FIELD if ctx.idx.in_header(s.start_char) else _leader_field(ctx.text, s.end_char)
        if said is _NOT_A_FIELD and not ctx.idx.in_header(s.start_char):
            said = _inline_answer(ctx, s.end_char)  # "Consent obtained: [ ]", "Consent: _____  Time-out: _____"
        if said is _NOT_A_FIELD:
            (headers if ctx.idx.in_header(s.start_char) else stated).append(s)
        elif said is not None:
            leader[said].append(s)
        # a blank leader field ("Universal time-out .... ____") documents nothing: left out, it reads as not documented
    if leader[True]:
        return FlagFact(value=True, evidence=[ctx.span_ev(s) for s in leader[True][:3]])
    if leader[False]:
        return FlagFact(value=False, evidence=[ctx.span_ev(s) for s in leader[False][:3]])
    # an empty checkbox before the event ("[ ] Time-out") says it was not done
    pos = [s for s in stated if (not s._.is_negated or _affirmed_right_after(ctx, s) or _negated_by_next_field(ctx, s))
           and not _EMPTY_BOX.search(ctx.text, max(0, s.start_char - 8), s.start_char)
           and not denied.match(ctx.text, s.end_char)]  # "Time-out not documented.", "consent was never obtained"
    if pos:
        return FlagFact(value=True, evidence=[ctx.span_ev(s) for s in pos[:3]])
    for h in headers:
        sec = ctx.idx.section_at(h.start_char)
        start, field = _header_field(ctx.text, sec.body_start, sec.end)
        field = _own_field(field)
        if _EMPTY_BOX_ANSWER.fullmatch(field):
            return FlagFact(value=False, evidence=[ctx.span_ev(h)])  # "Consent: [ ] obtained": the box left empty
        lead = _EVENT_WORD_LEAD.match(field)  # "CONSENT: Consent to be signed.": the field repeats the label
        if (not field or planned.match(field) or (lead and planned.match(field, lead.end()))
                or _planned_in_field(field) or _only_placeholder(ctx, start, field)
                or (event == "consent" and cue("consent_form_for_later").search(field))):
            continue  # "Consent: to be obtained at the surgery center": still to come
        ticked = _ticked_answer(field)
        if ticked is not None:
            return FlagFact(value=ticked, evidence=[ctx.span_ev(h), ctx.ev(start, start + len(field))])
        if cue("header_deny").match(field):
            return FlagFact(value=False, evidence=[ctx.span_ev(h)])
        affirm = cue("header_affirm").search(field)
        if affirm and cue("event_value_denied_before").search(field, 0, affirm.start()):
            return FlagFact(value=False, evidence=[ctx.span_ev(h)])  # "CONSENT: Consent form not yet signed."
        if affirm and not _names_other_event(ctx, start, event, start + affirm.start()):
            return FlagFact(value=True, evidence=[ctx.span_ev(h), ctx.ev(start, start + len(field))])
    if stated:
        return FlagFact(value=False, evidence=[ctx.span_ev(s) for s in stated[:3]])
    return None


def _unable_to_consent(ctx: NoteContext) -> tuple[int, int] | None:
    """Where the note says the patient could not consent ("Patient was unable to consent", "lacks capacity to consent";
    round 15), read just before each consent word only (no pass over the whole note); None when it does not, or when
    a surrogate who could consent is named anywhere (lexicon consent_surrogate: "consent from his daughter (POA)")."""
    rx = cue("consent_unable")
    for span in ctx.spans("EVENT"):
        if span._.meta.get("event") != "consent":
            continue
        m = rx.search(ctx.text, max(0, span.start_char - 60), span.end_char)
        if m and not note_cue("consent_surrogate").search(ctx.text):
            return m.span()
    return None


def _form_for_later(ctx: NoteContext, span: Span) -> bool:
    """A consent form handed over to be read or signed at home and brought back ("the consent form was given to her,
    and she will bring it back next week"; lexicon consent_form_for_later): its sentence documents no consent yet."""
    return cue("consent_form_for_later").search(ctx.text, *ctx.idx.sentence_at(span.start_char)) is not None


def _everyday_time_out(ctx: NoteContext, span: Span) -> bool:
    """'time out' in its everyday sense ("Time out of room: 09:35", "time out from his job", "Patient took a time out to
    use the restroom"; round 13, PP13b): time away from something, not the universal-protocol pause, so it documents
    no time-out. Read on the few characters around the words only."""
    return bool(cue("time_out_everyday_after").match(ctx.text, span.end_char)
                or cue("time_out_everyday_before").search(ctx.text, max(0, span.start_char - 40), span.start_char))


# The next inline field of a flattened template line: a column gap (three spaces, a tab or a pipe) and a label with its
# colon ("Consent: [ ] obtained    Time-out: [X] completed"): its boxes answer that field, not this one (round 11).
_NEXT_INLINE_FIELD = compile_rule(r"(?:[ \t]{3,}|\t|[ \t]*\|)[ \t]*[A-Za-z][\w /-]{1,25}:")
# A field answered only by an empty box before the answer ("[ ] obtained", "[ ] signed", "[  ] done", "\u2610 yes"):
# the option was offered and not ticked.
_EMPTY_BOX_ANSWER = compile_rule(r"(?:\[\s*\]|\u2610)[ \t]*(?:yes|done|performed|completed|obtained|signed|given|"
                                 r"verified|reviewed|witnessed|discussed)\b\W*", re.IGNORECASE)


# An inline field's answer after the event word (and its verb) and a colon or question mark, up to a column gap or the
# line's end: "Consent obtained: [ ]  Time-out performed: [X]", "Consent: _____ Time-out: _____", "Consent form signed?
# [x]" (round 11: a half-filled menu the sections do not split).
_INLINE_ANSWER = compile_rule(r"[ \t]*(?:form[ \t]+)?(?:(?:obtained|signed|given|performed|done|completed|verified|reviewed)"
                              r"[ \t]*)?(?:[:?|]|[ \t]-{1,3}(?=[ \t]))[ \t]*(?P<value>[^\n|]*?)[ \t]*(?=[ \t]{2}|\t|\||\n|$)", re.IGNORECASE)
# (round 18, formsR2: also a table row's next cell, '| Time out | ____ |' blank, '| Consent | N/A |' denied)
# The event word a header's field may open with, repeating its label ("CONSENT: Consent to be signed.").
_EVENT_WORD_LEAD = compile_rule(r"[ \t]*(?:informed[ \t]+|written[ \t]+)?(?:consent|time[ \t-]?out)(?:[ \t]+form)?",
                                re.IGNORECASE)
_EMPTY_BOX_ONLY = compile_rule(r"(?:\[\s*\]|\u2610)")


def _inline_answer(ctx: NoteContext, end: int) -> bool | None | object:
    """What an inline field (after a colon, or a template's dash: 'Time-out -- ***') right after an event word answers: False (an empty box alone), True (a ticked box alone),
    the ticked answer of a Yes/No grid, None (the value is only a template placeholder: blank), or `_NOT_A_FIELD` when
    the word is followed by no such field (a sentence, or a value the other readings judge)."""
    m = _INLINE_ANSWER.match(ctx.text, end)
    if m is None or not m.group("value"):
        return _NOT_A_FIELD
    value, vs, ve = m.group("value"), m.start("value"), m.end("value")
    if _BLANK_FIELD.fullmatch(value):
        return None  # "Time-out -- --", "Consent: ___": a dash or line left blank (round 17, dev_fresh_cg)
    if _EMPTY_BOX_ONLY.fullmatch(value):
        return False
    if _TICK_ONLY.fullmatch(value):
        return True
    ticked = _ticked_answer(value)
    if ticked is not None:
        return ticked
    if _only_placeholder(ctx, vs, value):
        return None
    if cue("header_deny").match(value):
        return False  # "Consent: N/A.", "Time-out: none" (round 12, PP)
    return _NOT_A_FIELD


_EVENT_WORD = compile_rule(r"\b(?:consent|time[ \t-]?out)\b", re.IGNORECASE)


def _planned_in_field(field: str) -> bool:
    """A header's field telling its event still to come before the event word ("CONSENT: We will get informed consent
    at the surgery center"): its 'informed' affirms nothing (round 12, PP)."""
    before, later = cue("event_planned_before"), cue("event_for_later_after")
    after, hedged = cue("event_planned_after"), cue("event_hedged_after")
    # ... or tied to a later procedure after the event word ("CONSENT: Risks to be reviewed and consent obtained prior to
    # next injection"; round 13, PP13b), or still to come or only guessed at right after it, further into the field
    # ("CONSENT: The risks were reviewed, and consent will be obtained once she arrives", "... consent may have been
    # signed at the last visit"; round 15 r2, q4)
    return any(before.search(field, max(0, m.start() - 40), m.start()) or later.match(field, m.end())
               or after.match(field, m.end()) or hedged.match(field, m.end())
               for m in _EVENT_WORD.finditer(field))


def _own_field(field: str) -> str:
    """A header's field up to the next inline field on its line."""
    m = _NEXT_INLINE_FIELD.search(field)
    return field[: m.start()].strip() if m else field


def _only_placeholder(ctx: NoteContext, start: int, field: str) -> bool:
    """Whether a field's whole value is template placeholders ("{time-out documentation}", "***", "___", the unticked
    options of "Yes [ ]  No [ ]"): every character but blanks lies in one."""
    holes = [(p.start, p.end) for p in ctx.m.placeholders if p.start < start + len(field) and start < p.end]
    return bool(holes) and all(ch.isspace() or any(a <= start + i < b for a, b in holes) for i, ch in enumerate(field))


def _header_field(text: str, body_start: int, end: int) -> tuple[int, str]:
    """(start, value) of a header's field: the rest of its line, or, when the header closes its line, the next line
    of its section ("CONSENT:" + newline + "Obtained and signed."; round 8)."""
    line_end = text.find("\n", body_start, end)
    first = text[body_start : line_end if line_end >= 0 else end]
    if first.strip() or line_end < 0:
        return body_start + len(first) - len(first.lstrip()), first.strip()
    nxt = line_end + 1
    stop = text.find("\n", nxt, end)
    line = text[nxt : stop if stop >= 0 else end]
    return nxt + len(line) - len(line.lstrip()), line.strip()


# A vendor export's field written with leader dots instead of a colon ("Time-out ............. Yes [X]  No [ ]",
# "Consent signed ....... Yes", "Universal time-out .... ____"): the value after the dots says whether it was done.
_LEADER_FIELD = compile_rule(r"(?:[ \t]*[\w-]+){0,2}[ \t]*(?:\.{2,}|\u2026+)[ \t]*([^\n]*)")
_BLANK_FIELD = re.compile(r"[_\s.\-\u2014]*$")
_TICK = r"(?:\[\s*[xX\u2713\u2714]\s*\]|[\u2611\u2612])"
_TICK_ONLY = compile_rule(_TICK)  # a ticked box as a field's whole answer ("Consent form signed? [x]")
# Boxes after their options ('Yes [X]  No [ ]') or before them ('[X] Yes  [ ] No'), told apart by the field's start.
_YES, _NO = r"(?:yes|y|done|performed|completed)", r"(?:no|n|not\s+done)"
_BOX_AFTER = {True: compile_rule(rf"\b{_YES}\s*{_TICK}", re.IGNORECASE),
              False: compile_rule(rf"\b{_NO}\s*{_TICK}", re.IGNORECASE)}
_BOX_BEFORE = {True: compile_rule(rf"{_TICK}\s*{_YES}\b", re.IGNORECASE),
               False: compile_rule(rf"{_TICK}\s*{_NO}\b", re.IGNORECASE)}
_BOX_FIRST = re.compile(r"[\[\u2610\u2611\u2612]")


_NOT_A_FIELD = object()  # the event word labels no leader-dot field


def _leader_field(text: str, end: int) -> bool | None | object:
    """What a leader-dot field right after an event word says: True (done: 'Yes [X]', 'Signed'), False ('No', the
    'No' box ticked), None (blank: '____'), or `_NOT_A_FIELD` when the word labels no such field (a sentence, a
    colon header)."""
    m = _LEADER_FIELD.match(text, end)
    if m is None:
        return _NOT_A_FIELD
    field = m.group(1).strip()
    if _BLANK_FIELD.fullmatch(field):
        return None
    ticked = _ticked_answer(field)
    if ticked is not None:
        return ticked
    if cue("header_deny").match(field):
        return False
    return cue("header_affirm").search(field) is not None


def _ticked_answer(field: str) -> bool | None:
    """The answer a Yes/No checkbox grid ticks ('Yes [X]  No [ ]' True, '[ ] Yes  [X] No' False), None without one:
    the word 'Yes' alone is in both answers, so the tick decides."""
    boxes = _BOX_BEFORE if _BOX_FIRST.match(field) else _BOX_AFTER
    yes, no = boxes[True].search(field) is not None, boxes[False].search(field) is not None
    return yes and not no if yes or no else None


def _about_a_planned_procedure(ctx: NoteContext, char: int) -> bool:
    """Consent or time-out talk in the plan ("PLAN: RFA next month; risks discussed, she agrees", "we will schedule
    an RFA; risks discussed and she agrees"): it is about a later procedure, not today's."""
    if ctx.idx.category_at(char) == "follow_up":
        return True
    s, e = ctx.idx.sentence_at(char)
    topics = [m.span() for m in cue("plan_as_topic").finditer(ctx.text, s, e)]  # 'we reviewed the plan for a diary'

    def outside(m: re.Match[str]) -> bool:
        return not any(a <= m.start() < b for a, b in topics)
    return any(outside(m) for m in cue("hypothetical_sentence").finditer(ctx.text, s, e)) \
        and any(outside(m) for m in _LATER.finditer(ctx.text, s, e))


_EMPTY_BOX = compile_rule(r"\[\s*\]\s*$")
# The event's own value right after its word ("TIMEOUT:DONE", "Timeout completed"): it was done, whatever negation a
# later field's "none" casts back over it ("Timeout completed    Complications none", "TIMEOUT:DONE CX:NONE").
# Also its own predicate in a sentence ("... without contrast, and a time-out was done", "no sedation; the time out was
# then performed"): a negation of an earlier clause reaches over it, but the event's verb says it took place.
# The passive of dictation counts ('the choice of not proceeding had been explained, and written consent had been given';
# round 13, n13b).
_VALUE_AFTER = compile_rule(r"[ \t]*(?:[:=\u2013\u2014]|-{1,2}|\.{2,}|\s+(?:was|were|has\s+been|had\s+been|is)(?:\s+(?:then|also|again|duly))?)?"
                            r"[ \t]*(?:done|completed|performed|yes|signed|obtained|conducted|carried\s+out|given|granted|"
                            r"provided|taken|secured|witnessed|documented)\b"
                            r"(?![ \t]*(?:not|n't|\?))", re.IGNORECASE)
# Where the event's own clause opens: after a comma, a semicolon or an 'and' (the negation before it is another clause's).
_CLAUSE_OPEN = compile_rule(r".*(?:[,;]|\band\b)", re.IGNORECASE | re.DOTALL)


def _own_clause_unnegated(ctx: NoteContext, span: Span) -> bool:
    """A negated mention whose own clause, opened by a comma, a semicolon or an 'and' after the negation, holds none:
    dictation runs the technique checks on ('contrast confirmed spread without vascular uptake, images were saved to
    PACS'), and ConText's forward 'without' reaches across the comma (round 12, n12b)."""
    ls, _ = ctx.idx.line_at(span.start_char)
    before = ctx.text[max(ls, span.start_char - 30) : span.start_char]
    opened = _CLAUSE_OPEN.match(before)
    return opened is not None and not cue("negation_before").search(before[opened.end() :]) \
        and not _OWN_NEGATION.search(span.text)


def _affirmed_right_after(ctx: NoteContext, span: Span) -> bool:
    """A negated event word whose own value follows it and affirms it, with no negation written before the word in its
    own clause ("no time-out performed" stays negated; "without contrast, and a time-out was done" does not)."""
    if not _VALUE_AFTER.match(ctx.text, span.end_char):
        return False
    ls, _ = ctx.idx.line_at(span.start_char)
    before = ctx.text[max(ls, span.start_char - 30) : span.start_char]
    opened = _CLAUSE_OPEN.match(before)
    return not cue("negation_before").search(before[opened.end() :] if opened else before)
# A column gap on a flattened template line (a tab, a pipe or three spaces), then the next field's label word: what
# follows the gap is another field's, not the event's own value ("Timeout    Sedation none", "Time-out | Cx: none").
_NEXT_FIELD = compile_rule(r"(?:[ \t]*\t|[ \t]*\|| {3,})[ \t]*(?!(?:no|not|none|nil|never|neg\w*|den\w*|without|n/?a)\b)[A-Za-z]")
_OWN_NEGATION = compile_rule(r"\b(?:no|not|none|nil|never|negative|denied|without|w/o|w/out)\b|n't\b", re.IGNORECASE)


def _negated_by_next_field(ctx: NoteContext, span: Span) -> bool:
    """A negated event word without a value of its own whose negation can only come from the next field across a
    column gap ("Consent obtained    Timeout    Sedation none"): nothing negates it before the word, nor between the
    word and the gap, so the later field's 'none' is that field's value."""
    ls, le = ctx.idx.line_at(span.start_char)
    gap = _NEXT_FIELD.search(ctx.text, span.end_char, le)
    if gap is None or _OWN_NEGATION.search(ctx.text, span.end_char, gap.start()):
        return False
    return not cue("negation_before").search(ctx.text[max(ls, span.start_char - 30) : span.start_char])


_LATER = compile_rule(r"\b(?:will|next|future|schedul\w*|plan(?:ned|s)?|upcoming|return\s+for)\b", re.IGNORECASE)


def _names_other_event(ctx: NoteContext, char: int, event: str, affirm: int) -> bool:
    """True when the field after a header starts with a different event ("Consent:\nTime-out was done"),
    i.e. another event is named before the affirming word; "Consent: yes   Time-out: yes" on one line
    affirms both."""
    s, e = ctx.idx.sentence_at(char)
    # from the field's own start: the header of an earlier field in the same run-on sentence ("Consent: signed" +
    # newline + "Time-out: verified") is not inside this field
    # ... nor does the sentence end bound it: a later sentence of the field may name the other event before the affirming
    # word ("CONSENT AND SAFETY:" + newline + "Pain before: 7/10 NRS. Timeout: yes."; round 12, N12)
    return any(x._.meta.get("event") not in (event, "complication") for x in ctx.spans("EVENT")
               if max(s, char) <= x.start_char < affirm)


def consent(ctx: NoteContext) -> FlagFact | None:
    return _event_flag(ctx, "consent") or _said_otherwise(ctx, "consent_agreement") or _misspelled_consent(ctx)


# A field label a typist or an OCR scan misspelled ("Concent: signed", "Consnet - yes", "Complicatons: none",
# "Compilcations: none"): one letter added, dropped, changed, or two swapped, from the event's label word. Read only
# when nothing else names the event, at a line's start or after an inline field's ';' / '|' / bullet, as a label or
# before its value word ("Concent signed", "Written concent obtained", "Complicatons none").
_FIELD_LABEL = compile_rule(r"(?:^|(?<=[;|\u2022*]))[ \t]*(?:(?:informed|written|verbal)[ \t]+)?(?P<label>[A-Za-z]{6,15})"
                            r"(?:[ \t]*(?::|[\u2013\u2014]|-(?=\s)|\.{2,})|[ \t]+(?=(?:signed|obtained|given|verified|"
                            r"none|nil)\b))[ \t]*(?P<value>[^\n;|]*)", re.MULTILINE | re.IGNORECASE)
_LABEL_WORDS = {"consent": ("consent",), "complication": ("complications", "complication")}
_REAL_WORDS = frozenset({"content", "consents"})  # English words one letter from a label word: not misspellings


def _one_edit_apart(a: str, b: str) -> bool:
    """True when `a` becomes `b` by exactly one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def _misspelled_fields(ctx: NoteContext, event: str) -> list[re.Match]:
    """Fields whose label is a misspelling of the event's label word, outside the history and plan."""
    words = _LABEL_WORDS[event]
    out = []
    for m in _FIELD_LABEL.finditer(ctx.text):
        label = m.group("label").lower()
        if (label not in _REAL_WORDS and label not in words and any(_one_edit_apart(label, w) for w in words)
                and ctx.idx.category_at(m.start("label")) not in NOT_PERFORMED_SECTIONS
                and not ctx.idx.in_placeholder(m.start("value"), m.end("value") + 1)):
            out.append(m)
    return out


def _misspelled_consent(ctx: NoteContext) -> FlagFact | None:
    """Consent from a misspelled field label ("Concent: signed"); the field's value says whether it was given."""
    for m in _misspelled_fields(ctx, "consent"):
        value = m.group("value").strip()
        ev = [ctx.ev(m.start("label"), m.end("label"))]
        if not value:
            continue
        ticked = _ticked_answer(value)
        if ticked is not None:
            return FlagFact(value=ticked, evidence=ev)
        if cue("header_deny").match(value):
            return FlagFact(value=False, evidence=ev)
        if cue("header_affirm").search(value):
            return FlagFact(value=True, evidence=ev)
    return None


def _misspelled_complications(ctx: NoteContext) -> TextFact | None:
    """Complications from a misspelled field label ("Complicatons: none"): 'none' when the value says so, else it."""
    for m in _misspelled_fields(ctx, "complication"):
        value = m.group("value").strip().rstrip(".")
        if not value:
            continue
        ev = [ctx.ev(m.start("value"), m.start("value") + len(value))]
        return TextFact(value="none" if cue("complication_none").match(value) else value, evidence=ev)
    return None


def time_out(ctx: NoteContext) -> FlagFact | None:
    return _event_flag(ctx, "time_out") or _said_otherwise(ctx, "time_out_other")


def _said_otherwise(ctx: NoteContext, name: str) -> FlagFact | None:
    """An event documented without its usual word ("R/B/A discussed, pt agrees", "Safety pause done"): read only
    when no sentence or field names the event, outside the history and plan, and not negated just before."""
    neg, planned = cue("negation_before"), cue("hypothetical_sentence")
    for m in span_cue(name).finditer(ctx.text):
        if ctx.idx.category_at(m.start()) in NOT_PERFORMED_SECTIONS:
            continue
        s, e = ctx.idx.sentence_at(m.start())
        if neg.search(ctx.text, max(s, m.start() - 30), m.start()) or planned.search(ctx.text, s, e) \
                or cue("event_for_later_after").search(ctx.text, m.start(), e) or _planned_in_field(ctx.text[s:e]):
            continue  # "no final verification", "will schedule an RFA; risks discussed and she agrees", "risks to be
            # reviewed prior to the next injection" (round 13, PP13b), "risks were reviewed, and consent will be obtained
            # once she arrives" (round 15 r2, q4)
        return FlagFact(value=True, evidence=[ctx.ev(m.start(), m.end())])
    return None


_TECHNIQUE_CHECKS = {"intravascular_uptake", "paresthesia"}
# Field lines that shorthand notes run on into the next statements ("Dx: ... G35. Consent and time out.
# No complications."): a "no complications" there still speaks of today.
_FIELD_LINE_SECTIONS = frozenset({"diagnosis", "pre_op_diagnosis", "post_op_diagnosis", "encounter"})


# The complications word asked about or named as a risk, not reported (round 13, PP13b): 'What are the complications?',
# 'Possible complications:', 'potential complications include'.
_COMPLICATIONS_ASKED = compile_rule(r"\b(?:what\s+(?:are|were|would\s+be|could\s+be)\s+(?:the\s+)?(?:possible\s+|potential\s+)?"
                                    r"|(?:possible|potential)\s+)$", re.IGNORECASE)


def _complications_as_topic(ctx: NoteContext, span: Span) -> bool:
    """The word 'complications' asked about or listed as risks ("Possible complications: dural puncture, infection",
    'She asked, "What are the complications?"'): the talk before the procedure, not its outcome."""
    return _COMPLICATIONS_ASKED.search(ctx.text, max(0, span.start_char - 40), span.start_char) is not None


def _consent_window(ctx: NoteContext, span: Span) -> tuple[int, int]:
    """Where a consent/risks word makes a complication word part of the risk talk: its sentence, or, for a
    negated one ("no cx"), only the sentence's part on the span's own line - shorthand lines without a full
    stop ("consent/TO, prone, ... no leak" + newline + "post 2/10, no cx") run into one sentence, and the
    consent of the line before says nothing about today's "no complications"."""
    s, e = ctx.idx.sentence_at(span.start_char)
    if not span._.is_negated:
        return s, e
    ls, le = ctx.idx.line_at(span.start_char)
    s, e = max(s, ls), min(e, le)
    # a negated one reads in its own clause: inline fields ("Consent: yes; Time-out: yes; Cx: none", "Consent: Signed
    # | Cx: None", "1) Consent: signed 2) Complications: none", columns apart by a run of spaces or a tab) and a
    # dictated run ("consent signed, no complications") put today's consent beside it, not risk talk about it
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(ctx.text, s, span.start_char)]
    cut = _CLAUSE_BREAK.search(ctx.text, span.end_char, e)
    end = cut.start() if cut else e
    if _PROMISED.search(ctx.text, span.end_char, end):
        return s, e  # "risks were discussed, no complications guaranteed": still the risk talk
    return (starts[-1] if starts else s), end


_CLAUSE_BREAK = compile_rule(r"[;,|]|[ \t]{3,}|\t|(?<=\s)\d{1,2}[.)](?=\s)|\.(?=[A-Z])|(?<=\s)(?=[A-Za-z][A-Za-z/-]{1,20}:)")
_PROMISED = compile_rule(r"\b(?:" + cue_text("consent_promised_word") + r")\b", re.IGNORECASE)


# Dictation runs the plan on after the complications with a comma ('no complications, if no relief, SCS trial to be
# discussed', 'Complications: none period if no relief, will consider a C6 TFESI'): ConText's backward 'if no relief' reaches
# the statement before it, which is today's all the same (round 12, n12b).
_PLAN_AFTER_COMMA = compile_rule(r"[ \t:]*(?:none|nil|noted|reported|observed|occurred|encountered)?[ \t]*(?:[,;]|[ \t]period\b|[ \t]comma\b)"
                                 r"[ \t]*(?:and[ \t]+)?"
                                 r"(?:if|as[ \t]+needed|will|would|may|should|consider|plan)\b", re.IGNORECASE)
_PLAN_BEFORE = compile_rule(r"\b(?:if|will|would|may|might|should|consider\w*|plan\w*|risks?|discussed)\b", re.IGNORECASE)


def _plan_after_comma(ctx: NoteContext, span) -> bool:
    """Whether a negated complications statement is hypothetical only through a plan in the clause after it: the
    plan follows a comma right after it and nothing hypothetical stands before it in its sentence."""
    if not span._.is_negated or not _PLAN_AFTER_COMMA.match(ctx.text, span.end_char):
        return False
    s, _ = ctx.idx.sentence_at(span.start_char)
    return _PLAN_BEFORE.search(ctx.text, s, span.start_char) is None


def _earlier_procedure_event(ctx: NoteContext, span: Span) -> bool:
    """The event is tied to an earlier procedure in its clause ("a vasovagal episode during her last awake procedure",
    "at his previous epidural he had syncope"): a sedation reason or history, not today's complication (round 19)."""
    s, e = ctx.idx.sentence_at(span.start_char)
    cuts = [i for i in (ctx.text.rfind(";", s, span.start_char), ctx.text.rfind(",", s, span.start_char)) if i >= 0]
    a = max(cuts, default=s - 1) + 1
    ends = [i for i in (ctx.text.find(";", span.end_char, e), ctx.text.find(",", span.end_char, e)) if i >= 0]
    b = min(ends, default=e)
    return cue("complication_earlier_procedure").search(ctx.text, a, min(b, span.end_char + 60)) is not None

def complications(ctx: NoteContext) -> TextFact | None:
    """'none' when the note says none occurred; else the complication's name (vasovagal,
    paresthesia, ...) or, for one we have no name for, the text of the complications field."""
    text = ctx.text
    spans = [s for s in ctx.spans("EVENT") if s._.meta.get("event") == "complication"
             and (not s._.is_hypothetical or _plan_after_comma(ctx, s))
             and not ctx.idx.in_placeholder(s.start_char, s.end_char)  # "[ ] hematoma", "Vasovagal [ ]": not ticked
             and (ctx.idx.category_at(s.start_char) not in NOT_PERFORMED_SECTIONS
                  or (s._.is_negated and ctx.idx.category_at(s.start_char) in _FIELD_LINE_SECTIONS))
             and not cue("consent_context").search(text, *_consent_window(ctx, s))
             and not (s._.meta.get("name") == "generic" and _complications_as_topic(ctx, s))]
    named = [s for s in spans if s._.meta.get("name") != "generic" and asserted(s)
             and (ctx.idx.category_at(s.start_char) == "complications"
                  or cue("complication_context").search(text, *ctx.idx.sentence_at(s.start_char)))
             and not _earlier_procedure_event(ctx, s)]  # (a complications field may tell an earlier one: round 21)
    blank: list[tuple[int, int]] = []  # checkbox fields with no box ticked: their "none" option is no answer
    # "without vascular uptake", "no paresthesias" on needle placement check the technique; they
    # do not say that the procedure had no complications
    cut = _CUT_OFF_END.search(text, max(0, len(text) - 40))  # the note's last 40 characters only
    cut_off = ctx.idx.sentence_at(cut.start())[0] if cut else None
    for sec in ctx.idx.sections:
        if sec.category != "complications":
            continue
        body = text[sec.body_start : sec.end]
        first_line = body.strip(" \t:-\n").split("\n", 1)[0].strip()
        if not first_line or _NEXT_LABEL.fullmatch(first_line):
            continue  # a blank field, the next field's bare label under it ('Complications |' + blank line + 'Free text:')
        start = sec.body_start + body.find(first_line)
        ev = ctx.ev(start, start + len(first_line))
        filled = _FILLED_BRACKET.fullmatch(first_line.strip(" \t|"))
        if filled and cue("complication_none").match(filled.group("v")):
            return TextFact(value="none", evidence=[ev])  # '| Complications | [None] |': a template's filled choice
        if ctx.idx.in_placeholder(sec.body_start, sec.end):
            ticked = _ticked_choice(ctx, start, start + len(first_line), spans)
            if ticked is not None:
                return TextFact(value=ticked, evidence=[ev])
            if not _TICK_MARK.search(text, start, start + len(first_line)):
                blank.append((sec.start, start + len(first_line)))  # "[ ] none  [ ] hematoma": nothing ticked
            continue
        in_field = [s for s in named if start <= s.start_char < start + len(first_line)]
        if in_field:
            return TextFact(value=in_field[0]._.meta["name"], evidence=[ev])
        if cut is not None and start + len(first_line) >= cut.start():
            continue  # the field's value is the note's cut-off end ("Complications: He tolerated it well, and there
            # was no bleeding or"; round 15, fbm-tfesi-05): what it would have said is lost, as for a sentence below
        negated = [s for s in spans if s._.is_negated and start <= s.start_char < start + len(first_line)]
        ticked = _TICK_MARK.match(first_line)  # "Complications: [X] None": the ticked answer
        said = first_line[ticked.end():].strip() or first_line if ticked else first_line
        said = _today_clauses(said)
        if not said:
            continue  # 'Complications: vasovagal reaction at her last procedure.': nothing said of today's
        if cue("complication_none").match(said) or negated:
            return TextFact(value="none", evidence=[ev])
        if cue("event_planned_after").match(said):
            continue  # "Complications: to be assessed at the follow-up visit", "pending": not yet reported (round 15)
        if _unfinished_at_end(text, start + len(first_line), said):
            continue
        return TextFact(value=said.rstrip("."), evidence=[ev])
    for s in spans:  # a checkbox list after a label the sections do not know ("Complications flowsheet: [X] none")
        value = _LABEL_VALUE.match(text, s.end_char) if s._.meta.get("name") == "generic" else None
        if value and ctx.idx.in_placeholder(value.start("value"), value.end("value")):
            ticked = _ticked_choice(ctx, value.start("value"), value.end("value"), spans)
            if ticked is not None:
                return TextFact(value=ticked, evidence=[ctx.span_ev(s), ctx.ev(value.start("value"), value.end("value"))])
            if not _TICK_MARK.search(text, value.start("value"), value.end("value")):
                blank.append((s.start_char, value.end("value")))
    if named:
        return TextFact(value=named[0]._.meta["name"], evidence=[ctx.span_ev(s) for s in named])
    negated = [s for s in spans if s._.is_negated and s._.meta.get("name") not in _TECHNIQUE_CHECKS
               and not any(a <= s.start_char < b for a, b in blank)
               and not (cut_off is not None and s.start_char >= cut_off)]
    if negated:
        return TextFact(value="none", evidence=[ctx.span_ev(s) for s in negated[:2]])
    # a shorthand label the sections do not know, and its value: none in a word ConText does not negate with ("Cx -
    # nil", "Compl: 0"), or the complication in words ("Compl: mild bleeding at the site")
    for s in spans:
        value = (_LABEL_VALUE.match(text, s.end_char) or _BRACKET_VALUE.match(text, s.end_char)) \
            if s._.meta.get("name") == "generic" else None
        if value and not ctx.idx.in_placeholder(value.start("value"), value.end("value")) \
                and not (cut is not None and value.end("value") >= cut.start()) \
                and not _unfinished_at_end(text, value.end("value"), value.group("value")) \
                and not cue("event_planned_after").match(value.group("value")) \
                and not _BLANK_FIELD.fullmatch(value.group("value")):  # cut off, still to come, left '--': nothing said
            said = value.group("value").strip().rstrip(".")
            if _TICK_MARK.match(said):  # "Complications? [X] None": the ticked answer
                said = _TICK_MARK.sub("", said, count=1).strip() or said
            said_end = value.start("value") + len(said)
            if cue("complication_earlier_procedure").search(said):  # an earlier session's event, then today's word
                said_end = ctx.idx.line_at(value.start("value"))[1]
                said = _today_clauses(text[value.start("value") : said_end]).rstrip(".")
                if not said:
                    continue
            ev = [ctx.span_ev(s), ctx.ev(value.start("value"), said_end)]
            return TextFact(value="none" if cue("complication_none").match(said) else said, evidence=ev)
    for s in spans:  # a table row's cell after the label ("| Complications | None |"; round 13, PP13b): only a none
        cell = _PIPE_CELL.match(text, s.end_char) if s._.meta.get("name") == "generic" else None
        said = cell.group("value").strip() if cell else ""
        filled = _FILLED_BRACKET.fullmatch(said)  # '| Complications | [None] |' (round 18, formsR2)
        if cell and cue("complication_none").match(filled.group("v") if filled else said):
            return TextFact(value="none", evidence=[ctx.span_ev(s), ctx.ev(cell.start("value"), cell.end("value"))])
    return _none_in_other_words(ctx) or _misspelled_complications(ctx)


_FIELD_CLAUSE = compile_rule(r"[ \t]*[;,.][ \t]*")


def _today_clauses(said: str) -> str:
    """A complications field's value less its clauses telling an event of an earlier session ('vasovagal reaction at
    the last procedure; none today' -> 'none today'; lexicon `complication_earlier_procedure`, round 21, gap21); the
    value itself when no clause does, '' when every clause does."""
    earlier = cue("complication_earlier_procedure")
    if not earlier.search(said):
        return said
    return "; ".join(c for c in _FIELD_CLAUSE.split(said) if c and not earlier.search(c))


def _unfinished_at_end(text: str, end: int, value: str) -> bool:
    """A field's free-text value that runs to the note's very end without closing punctuation and is a clause of several
    words ("complications :  Immediately after the injection she was obser"; round 16, fbu-knee-01): the note was cut
    off inside it, so what it would have said is lost, as for a list cut at 'or'. A short answer at the end ("brief
    dizziness") and a finished sentence stand; a named complication or a none is read before this is asked."""
    value = value.rstrip()
    return (not text[end:].strip() and value[-1:].isalnum()
            and len(value.split()) >= _CUT_CLAUSE_WORDS)


_CUT_CLAUSE_WORDS = 4  # fewer words read as a field's short answer ('mild soreness'), not a sentence cut off


# A note cut off mid-list in its last sentence ('No adverse events or', 'No bleeding, infection and'): what it would
# have said is lost, so that sentence states no 'none' (round 13, fbl-mbb-02).
_CUT_OFF_END = compile_rule(r"(?:,|\b(?:or|and|nor|with|of|but|except)\b)\s*\Z", re.IGNORECASE)


# A field's label alone on its line, closing on its colon ('Free text:', 'Provider comment:', 'Disposition -'): under
# a blank complications field it is the next field's heading, not the answer (round 17b, e3, dev_fresh_cq).
_NEXT_LABEL = compile_rule(r"(?!(?:none|no|nil|n/a)\b)[A-Za-z][\w /&()-]{0,40}?[ \t]*(?::|\s-)", re.IGNORECASE)


# The next cell of a table row ("| Complications | None |"): read only for a 'none', as another column's heading
# could stand there ("| Complications | Disposition |").
_PIPE_CELL = compile_rule(r"[ \t]*\|[ \t]*(?P<value>[^\n;|]+)")


# ... also a form's name for the field between the label and its colon ("Complications flowsheet:", "Complication
# checklist:", "Adverse event log -"), and a question's mark ("Any complications? No"; round 11, dev_fresh_bb).
_LABEL_VALUE = compile_rule(r"\.?[ \t]*(?:(?:flow[ \t-]?sheet|check[ \t-]?list|screen(?:ing)?|log|record|review|section|"
                            r"documentation|form)[ \t]*)?(?:[:=?\u2013\u2014]|-{1,2}(?=[ \t])|\.{2,})[ \t]*(?P<value>[^\n;|]+)",
                            re.IGNORECASE)
_TICK_MARK = compile_rule(TICKED_BOX)
# ... or the value in brackets right after the label, closing its sentence ("Complications (transient leg numbness,
# resolved in 30 min).", "Complications (none)."; round 15, pp15 q3); never a risk list the sentence goes on about
# ("complications (bleeding, infection) were discussed") nor a form's '(if any)'.
_BRACKET_VALUE = compile_rule(r"[ \t]*\((?!\s*(?:if\s+any|any|if\s+present|specify|list|describe)\s*\))"
                              r"(?P<value>[^()\n]{2,80})\)[ \t]*(?=[.;]|$|\n)", re.IGNORECASE)


def _ticked_choice(ctx: NoteContext, start: int, end: int, spans: list) -> str | None:
    """What a checkbox list of complications ticks ("[X] none  [ ] hematoma", "Bleeding [ ]  Vasovagal [X]  None [ ]"):
    the words left once the unticked options (template placeholders, `nlp.checkboxes`) and the tick marks are taken
    out (`spans`: the complication words outside placeholders). 'none' when they say none, else the complication
    ticked, by name or in the form's words; None when no box is ticked (an unfilled form documents nothing)."""
    if not _TICK_MARK.search(ctx.text, start, end):
        return None
    holes = sorted((p.start, p.end) for p in ctx.m.placeholders if p.start < end and start < p.end)
    kept, pos = [], start
    for a, b in holes:
        kept.append(ctx.text[pos:max(pos, a)])
        pos = max(pos, b)
    kept.append(ctx.text[pos:end])
    words = " ".join(_TICK_MARK.sub(" ", " ".join(kept)).split()).strip(" .,:;-")
    if not words:
        return None
    if cue("complication_none").match(words):
        return "none"
    ticked = [s for s in spans if start <= s.start_char < end and s._.meta.get("name") != "generic"]
    return ticked[0]._.meta["name"] if ticked else words


def _none_in_other_words(ctx: NoteContext) -> TextFact | None:
    """'none' from a wording that names no complication word ("tolerated the block without incident", "No
    untoward events.", "The procedure was uneventful."). Not in the history (an incident that started the pain)
    nor in a sentence of needle technique ("advanced without incident to the foramen")."""
    for m in span_cue("complication_none_phrase").finditer(ctx.text):
        if ctx.idx.category_at(m.start()) in NOT_PERFORMED_SECTIONS:
            continue
        s, e = ctx.idx.sentence_at(m.start())
        if _TECHNIQUE_STEP.search(ctx.text, s, e) and not re.search(r"\btolerated\b", ctx.text[s:e], re.IGNORECASE):
            continue
        return TextFact(value="none", evidence=[ctx.ev(m.start(), m.end())])
    return None


_TECHNIQUE_STEP = compile_rule(r"\b(?:" + cue_text("technique_step_word") + r")\b",
                               re.IGNORECASE)


def discharge_condition(ctx: NoteContext) -> TextFact | None:
    m = note_cue("discharge").search(ctx.text)
    if m:
        return TextFact(value=m.group("cond").lower(), evidence=[ctx.ev(m.start(), m.end())])
    for sec in ctx.idx.sections:
        if sec.category == "disposition":
            body = ctx.text[sec.body_start : sec.end]
            m2 = _CONDITION.search(body)
            if m2:
                s = sec.body_start + m2.start()
                return TextFact(value=m2.group(1).lower(), evidence=[ctx.ev(s, s + len(m2.group(1)))])
    return None


def _spelled_tens(words: str) -> float:
    """'eighty' -> 80, 'eighty-five' / 'eighty five' -> 85: a lesion temperature a speech recogniser spelled out."""
    parts = words.lower().replace("-", " ").split()
    return float(TENS[parts[0]] + (CARDINALS[parts[1]] if len(parts) > 1 else 0))


_STRUCK_WORDS = ("error", "mistake", "wrong", "incorrect", "mistaken")


def _struck_techniques(text: str) -> frozenset[str]:
    """Round 22 (fam22, c5): the RF techniques a correction says were written in error ('Correction: the word "pulsed"
    was dictated in error. All three were conventional thermal lesions'; lexicon `word_struck_after`). Asked only of
    a note holding an error word."""
    low = text.lower()
    if not any(w in low for w in _STRUCK_WORDS):
        return frozenset()
    after = cue("word_struck_after")
    return frozenset(technique for technique, rx in cue_map("rf_technique").items()
                     if any(after.match(text, m.end()) for m in rx.finditer(text)))


def radiofrequency(ctx: NoteContext) -> RadiofrequencyParams | None:
    p = compiled_patterns()
    text = ctx.text
    rf_rx = cue("rf_context")
    rf = RadiofrequencyParams()
    found = False
    struck = _struck_techniques(text)
    for sent_s, sent_e in ctx.idx.sent_bounds:
        if ctx.idx.category_at(sent_s) in NOT_PERFORMED_SECTIONS or not rf_rx.search(text, sent_s, sent_e):
            continue
        if told_as_general_practice(ctx, sent_s):
            continue  # 'pulsed RF delivers bursts at no more than 42 C and is thought to modulate ...': background
        if rf.temperature_c is None:
            m = p["rf_temperature"].search(text, sent_s, sent_e)
            t = _spelled_tens(m.group("tw")) if m and m.group("tw") else float(m.group("t")) if m else None
            if t is not None and 37 <= t <= 95:
                rf.temperature_c = t
                rf.evidence.append(ctx.ev(m.start(), m.end()))
                found = True
        if rf.duration_s is None:
            m = p["rf_duration"].search(text, sent_s, sent_e)
            if m:
                rf.duration_s = float(m.group("n"))
                rf.evidence.append(ctx.ev(m.start(), m.end()))
                found = True
        if rf.lesions_per_nerve is None:
            m = p["rf_lesions"].search(text, sent_s, sent_e)
            if m:
                n = number(m.group("n") or m.group("n2"))
                if n:
                    rf.lesions_per_nerve = int(n)
                    rf.evidence.append(ctx.ev(m.start(), m.end()))
                    found = True
        for technique, rx in cue_map("rf_technique").items():
            if technique in struck:
                continue  # 'the word "pulsed" was dictated in error'
            # an unticked option of a checkbox line is not the technique ('[x] Conventional thermal  [ ] Pulsed  [ ]
            # Cooled'; round 18, formsR2)
            # ... nor one its clause tells as practice in general ('Pulsed RF has been reported for patients with
            # pacemakers, but ... a standard thermal lesion was chosen'; round 22, pub22, c7-042)
            m = next((x for x in rx.finditer(text, sent_s, sent_e)
                      if not ctx.idx.in_placeholder(x.start(), x.end())
                      and not told_as_general_practice(ctx, x.start(), clause=True)), None) if rf.technique is None else None
            if m:
                rf.technique = technique  # type: ignore[assignment]
                rf.evidence.append(ctx.ev(m.start(), m.end()))
                found = True
    if rf.technique is None and rf.temperature_c is not None:
        rf.technique = "thermal"
    return rf if found else None


def neurolysis(ctx: NoteContext, proc: Procedure) -> RadiofrequencyParams | None:
    """Round 21 (fam21): a sympathetic block made neurolytic, as a chemical lesion (the selection's `neurolysis` feature
    picks 64680/64681). Why: the RF reader runs only for the ablation families, so 'Neurolytic superior hypogastric
    plexus block ... 8 mL of dehydrated alcohol' was coded as a plain block. Read from the procedure's own name (the
    word just before or inside it) or a neurolytic agent given with an amount in today's sections, not denied and not
    in a sentence of plans or history (lexicon `neurolytic_*`)."""
    text = ctx.text
    name = cue("neurolytic_name")
    for ev in proc.evidence:
        m = name.search(text, max(0, ev.start - 25), ev.end)
        if m:
            return RadiofrequencyParams(technique="chemical", evidence=[ctx.ev(m.start(), m.end())])
    neg, later = cue("negation_before"), cue("neurolytic_not_today")
    for m in note_cue("neurolytic_agent").finditer(text):
        if ctx.idx.category_at(m.start()) in NOT_PERFORMED_SECTIONS:
            continue
        s, _ = ctx.idx.sentence_at(m.start())
        if neg.search(text, max(s, m.start() - 30), m.start()) or later.search(text, s, ctx.idx.sentence_at(m.start())[1]):
            continue
        return RadiofrequencyParams(technique="chemical", evidence=[ctx.ev(m.start(), m.end())])
    return None


def devices(ctx: NoteContext) -> list[Device]:
    spans = [s for s in ctx.spans("DEVICE") if asserted(s) and _today(ctx, s)]
    out: dict[str, Device] = {}
    lead_rx, second_rx, not_added = cue("lead_count"), cue("lead_second"), cue("lead_not_added")
    for s in spans:
        kind = s._.meta["kind"]
        d = out.get(kind)
        if d is None:
            d = out[kind] = Device(kind=kind, count=1, evidence=[])
        d.evidence.append(ctx.span_ev(s))
        if kind in ("lead", "paddle"):
            ss, se = ctx.idx.sentence_at(s.start_char)
            m = lead_rx.search(ctx.text, ss, se)
            if m and not not_added.search(ctx.text, m.end(), se):  # not 'a second lead was considered but not needed'
                w = (m.group("n") or m.group("n2") or m.group("n3")).lower()
                n = {"single": 1, "dual": 2, "bilateral": 2, "second": 2, "third": 3, "2nd": 2, "3rd": 3}.get(w) \
                    or number(w)
                if n:
                    d.count = max(d.count, int(n))
            elif kind == "lead" and d.count < 2 and not m:
                m2 = second_rx.search(ctx.text, ss, se)
                if m2 and not not_added.search(ctx.text, m2.end(), se):
                    d.count = 2  # "another 8-contact lead ... parallel to the first": a second lead (round 22, gap22)
            if kind == "lead" and d.count < 2 and cue("lead_each_side").search(ctx.text, ss, se):
                d.count = 2  # "one on each side of midline": a lead per side
    return list(out.values())


# Cues that a "Performed by:" field (filed as the provider section) states as well as the body does.
_PROVIDER_FIELD_CUES = frozenset({"staff_refill", "physician_skill"})


def flag(ctx: NoteContext, name: str) -> tuple[bool, object] | None:
    """First match of a cue outside history/plan sections, as (True, match)."""
    for m in note_cue(name).finditer(ctx.text):
        cat = ctx.idx.category_at(m.start())
        if cat not in NOT_PERFORMED_SECTIONS or (cat == "provider" and name in _PROVIDER_FIELD_CUES):
            return True, m
    return None


def flag_answered(ctx: NoteContext, name: str) -> tuple[bool, object] | None:
    """`flag`, but a cue that only labels a field its author left unanswered is no statement: "Reprogrammed: [ ] Yes
    [ ] No", "Reprogramming: ____", "Reprogrammed? ( ) Y ( ) N" (round 12, fbg-pump-01). A refill template prints the
    label on every visit, so the label alone says nothing was changed or kept."""
    for m in note_cue(name).finditer(ctx.text):
        cat = ctx.idx.category_at(m.start())
        if cat in NOT_PERFORMED_SECTIONS and not (cat == "provider" and name in _PROVIDER_FIELD_CUES):
            continue
        if not _unanswered_field(ctx, m.end()):
            return True, m
    return None


# A label may name its sub-fields in brackets before its colon ('Contrast (agent / volume / spread): ______', 'Sedation
# [agent, dose]: ___'): the field is still the label's (round 20, pub20c, fdu-sij-01).
_FIELD_COLON = compile_rule(r"[ \t]*(?:[(\[][^()\[\]\n]{1,40}[)\]][ \t]*)?[:?][ \t]*")


def _unanswered_field(ctx: NoteContext, end: int) -> bool:
    """Whether `end` closes a field's label whose value, up to the next inline field or the line's end, is blank,
    template placeholders or unticked boxes only."""
    colon = _FIELD_COLON.match(ctx.text, end)
    if colon is None or ":" not in colon.group() and "?" not in colon.group():
        return False
    line_end = ctx.text.find("\n", colon.end())
    value = _own_field(ctx.text[colon.end() : line_end if line_end >= 0 else len(ctx.text)])
    return not value or bool(_BLANK_FIELD.match(value)) or _only_placeholder(ctx, colon.end(), value)


def affirmed(ctx: NoteContext, name: str) -> bool:
    """A cue stated, not denied, in today's sections ("balloon inflation", but not "no balloon")."""
    neg = cue("negation_before")
    for m in note_cue(name).finditer(ctx.text):
        if ctx.idx.category_at(m.start()) in NOT_PERFORMED_SECTIONS:
            continue
        s, _ = ctx.idx.sentence_at(m.start())
        if not neg.search(ctx.text, max(s, m.start() - 30), m.start()):
            return True
    return False


def catheter_left(ctx: NoteContext) -> bool | None:
    spans = [s for s in ctx.spans("CUE") if s._.meta.get("cue") == "catheter_left" and asserted(s)]
    if spans:
        return True
    if flag(ctx, "catheter_removed"):
        return False
    return None
