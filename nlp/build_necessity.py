"""Medical-necessity facts: diagnoses (with ICD-10 when written), symptom duration, conservative
care, functional impairment, imaging and radicular findings, and the stated indication.

These live in the history, indications, diagnosis and imaging parts of a note (or anywhere in
dictated prose without headers); text facts carry the sentence that states them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from coding.facts import ConservativeCare, Diagnosis, Duration, Necessity, TextFact
from nlp.context import NoteContext, asserted
from nlp.cues import cue, cue_map, cue_text, note_cue
from nlp.fast_regex import (GATE_FROM, AnyRequired, StartSplitAlternation, compile_rule, first_char_guard, lowered_once,
                             min_width, required_literals)
from nlp import necessity_scope as scope
from nlp.measures import number, weeks
from nlp.number_words import alternation
from nlp.rules import lexicon

DOS_KEY = "painpoint_date_of_service"  # doc.user_data key for the encounter's date of service
_DX_SECTIONS = ("post_op_diagnosis", "pre_op_diagnosis", "diagnosis")
_ITEM_SPLIT = compile_rule(r"\n+|;|(?<=\S)\s+(?=\d{1,2}[.)]\s)")
_NUMBERING = compile_rule(r"^\s*(?:\d{1,2}[.)]|[-*\u2022])\s*")
_CODE_WRAP = compile_rule(r"[\s,(\[\-:]*\(?\s*(?:ICD-?10(?:-CM)?\s*:?\s*)?(?:[A-TV-Z]|(?-i:[A-TV-Z])[ ](?=\d{2}\.))\d{2}(?:\.[0-9A-Z]{1,4})?\s*\)?[\s,)\].]*",
                          re.IGNORECASE)
_SYMPTOM = compile_rule(r"\b(" + cue_text("symptom_word") + r")\b", re.IGNORECASE)  # (lexicon `symptom_word`)
_NECESSITY_SECTIONS = (None, "history", "indications", "exam", "imaging", "diagnosis")
# Trigger point findings are also told where the needle found them ("Taut bands with local twitch responses were
# identified in the right rhomboid" in the technique, "Findings: palpable taut bands ..."): the exam words themselves
# say they are findings, so the technique counts for them (round 8, when a myofascial diagnosis stopped counting).
_EXAM_SECTIONS = (*_NECESSITY_SECTIONS, "technique", "procedure")
# The symptom told as what a body part does or becomes, not named as a noun ("For five months the left leg has ached
# and tingled", "both legs burn", "legs have cramped and gone weak", "her legs get heavy and achy"): a duration's
# sentence about the symptoms, only for durations and onsets (the indication reader keeps the nouns).
_SYMPTOM_VERB = compile_rule(r"\b(?:" + cue_text("symptom_verb") + r")\b", re.IGNORECASE)  # (lexicon `symptom_verb`)
_LONG = 300
_SITE_AFTER = compile_rule(r"(?:\s+with\s+(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)?\s+(?:in|of|involving|at|over|from|due\s+to|secondary\s+to)\s+(?:the\s+)?(?:[A-Za-z-]+(?:\s+|,\s*)){0,5}?[A-Za-z-]+"
                           r"(?=\s*(?:[.,;:(]|$)|\s+(?:for|with|since|x|times|that|which|and\s+(?:has|had|is|was|failed))\b)")
_DX_WORD = compile_rule(cue_text("diagnosis_not_symptom_word"), re.IGNORECASE)  # diagnosis names, not symptoms
_PROCEDURE_PHASE = {"pre_procedure", "anesthesia", "sedation", "consent", "time_out", "technique", "medications",
                    "contrast", "fluoroscopy", "complications", "ebl", "specimens", "pain_scores", "disposition",
                    "follow_up", "levels", "laterality", "target", "attestation"}
# One-line fields a template menu may print above the history (the side, levels and target of the block): the history
# below them still says why the block is done.
_TEMPLATE_HEAD_FIELDS = frozenset({"levels", "laterality", "target"})
# History sentences that document another element (duration, care, function, imaging, diagnosis,
# a prior procedure), not the reason for this procedure.
_NOT_INDICATION = compile_rule(
      r"\W*(?:(?:the\s+)?(?:pain|symptoms?)\s+(?:has|have)\s+(?:been\s+)?(?:"
      + cue_text("indication_duration_predicate") + r")\b"
      r"|(?:" + cue_text("indication_other_field_label") + r")\b[^:\n]{0,25}:"
      r"|this\s+is\s+a\s+repeat\b"
      # a score taken before or after the procedure ("Pre-procedure pain 7/10, post 3/10"; round 15, nec1b): a measure
      r"|(?:pre|post|before|after)[\s-]*(?:" + cue_text("indication_score_procedure") + r")?\s*(?:pain\s*)?(?:"
      + cue_text("indication_score_label") + r")?"
      r"\s*[:=]?\s*\d{1,2}(?:\.\d)?\s*/\s*10\b"
      r"|[^:\n]{1,40}:\s*$)", re.IGNORECASE)  # a header alone on its line ("HISTORY:")
# Words that qualify a condition's noun phrase, read back from the condition ("Right L4 radiculopathy", "L S1
# radiculopathy", "left C7 radiculopathy"): a root level or a side abbreviation carries the region/side a code needs.
_QUALIFIER = compile_rule(r"\b(?:" + cue_text("condition_qualifier") + r")(?![\w/])", re.IGNORECASE)
_NOT_A_DIAGNOSIS = frozenset(lexicon("diagnosis_placeholder_label"))  # (lexicon `diagnosis_placeholder_label`)
# (not the visit a duration is counted back from: "Onset 5 months prior to today's visit"; round 12, PP)
_NOT_SYMPTOM = compile_rule(r"\b(" + cue_text("duration_not_symptom_word")
                            + r"|(?<!today's\s)(?<!today\u2019s\s)(?<!this\s)"
                            r"(?<!current\s)(?<!present\s)visits?|follow[\s-]?up|return)\b", re.IGNORECASE)
# A care course's length spelled out ("eight weeks of PT", "PT x six weeks"): the words from number_words, not a copy.
_CARE_WORDS = alternation((*range(2, 13), 16))
# "8 weeks PT", "6-wk PT", "six weeks' physiotherapy", "10 weeks' PT", and a spelled length used as an adjective ("a
# six-week physiotherapy programme", "two-month trial of PT", "a ten week therapy course", "an eight month home
# program"); a number word not after for/past/last/over, so "pain for the past two weeks PT ..." is the symptoms'.
_BARE_BEFORE = compile_rule(r"(?:(?P<n>\d+(?:\.\d+)?)\s*-?\s*|\b(?<!for\s)(?<!past\s)(?<!last\s)(?<!over\s)(?P<w>"
                            + _CARE_WORDS + r")(?:-|\s+))(?P<u>weeks?|wks?|months?|mos?)'?\s+(?:(?:of|in)\s+)?(?:(?:"
                            + cue_text("care_length_qualifier") + r")\s+){0,2}$",
                            re.IGNORECASE)
_BARE_AFTER = compile_rule(r"\s*(?:(?:19|20)\d{2}\s*)?(?:\(\s*)?(?:x|\u00d7|for|times|:|-|\u2013|,|during|over)?\s*(?:(?:a\s+full|a\s+total\s+of|about|approx\.?|approximately|"
                           r"roughly|around|some|nearly)\s+)?(?P<n>\d+(?:\.\d+)?|" + _CARE_WORDS + r")\s*(?P<u>weeks?|wks?|months?|mos?)\b"
                           r"(?!\s+(?:ago|prior|before|earlier|back|since|previously|of|into|in\s+the\s+past)\b)",
                           re.IGNORECASE)  # "PT x 6 wks", "PT (3 months, 2025)", "PT times 8 weeks", "PT: 6 wks - no change",
# "[x] PT, 8 weeks  [x] NSAIDs" (a checkbox item's length after a comma; not "PT, 6 weeks ago"), "physiotherapy during two
# months", "PT for a full eight weeks" (round 16, care)
# A duration set apart right after the modality: in its parenthesis ("PT (3 courses, most recently 10 weeks last fall)")
# or after a comma as the length of each course ("two rounds of physical therapy, 8 weeks each"); the number also in
# words ("most recently ten weeks last fall", "eight weeks each"; round 11), or as the course's length ("a full course
# of PT, two months long"; round 15, nec1).
_APART_AFTER = compile_rule(r"\s*(?:\([^()\n]{0,40}?\b(?P<n>\d+(?:\.\d+)?|" + _CARE_WORDS + r")\s*(?P<u>weeks?|wks?|months?|mos?)\b[^()\n]{0,30}\)|"
                            r"(?:\s+(?:last|this|that|in\s+the|over\s+the)\s+(?:year|spring|summer|fall|autumn|winter)|\s+in\s+(?:19|20)\d{2})?"
                            r",\s*(?P<n2>\d+(?:\.\d+)?|" + _CARE_WORDS + r")\s*(?P<u2>weeks?|wks?|months?|mos?)\s+(?:"
                            + cue_text("care_course_length_tail") + r")\b)",
                            re.IGNORECASE)
# The length told by a clause of going after the care, or after its frequency (round 17, care17, q3/q2 paraphrase sets):
# "sent to PT in November, went for six weeks", "chiropractic, which she kept up for 10 weeks", "PT - she went for about
# 6 weeks", "physical therapy twice weekly for a full eight weeks", "PT 3x/week for 6 weeks"; not "PT, went 6 weeks ago".
# The verbs and manner words: lexicon `care_going_verb`, `care_going_manner`.
_GOING_AFTER = compile_rule(r"(?:\s+(?:in|since|from|during|last|this|back\s+in)\s+[\w ]{1,20}?)?\s*(?:,|\s[-\u2013]\s|\s+and)\s*"
                            r"(?:(?:which|that)\s+)?(?:(?:he|she|they|the\s+patient|pt)\s+)?(?:then\s+)?"
                            r"(?:" + cue_text("care_going_verb") + r")\s+"
                            r"(?:(?:" + cue_text("care_going_manner") + r")\s+)?(?:for\s+)?"
                            r"(?:about\s+|roughly\s+|around\s+|nearly\s+|a\s+full\s+|a\s+total\s+of\s+)?"
                            r"(?P<n>\d+(?:\.\d+)?|" + _CARE_WORDS + r")\s*(?P<u>weeks?|wks?|months?|mos?)\b"
                            r"(?!\s+(?:ago|before|earlier|back|prior)\b)", re.IGNORECASE)
_FREQUENCY_AFTER = compile_rule(r"\s+(?:" + cue_text("care_frequency") + r")"
                                r"\s+(?:for|x|over)\s+(?:a\s+full\s+|about\s+|roughly\s+|"
                                r"around\s+|nearly\s+|a\s+total\s+of\s+)?(?P<n>\d+(?:\.\d+)?|" + _CARE_WORDS + r")\s*"
                                r"(?P<u>weeks?|wks?|months?|mos?)\b(?!\s+(?:ago|before|earlier|back|prior)\b)", re.IGNORECASE)
# Between a duration and its modality: "of", and up to two qualifying words ("8 weeks of formal physical therapy").
_OF_GAP = compile_rule(r"^\s*(?:(?:of|in)\s+)?(?:(?:a|an|the)\s+)?(?:(?:" + cue_text("care_of_gap_qualifier") + r")"
                       r"\s+){0,2}$", re.IGNORECASE)
# For the care's own duration only: "of" and up to two free words that name no symptom ("8 weeks of pelvic
# stabilization therapy"); the symptom duration's test keeps the closed list above ("6 months of leg pain and PT").
# Two kinds of the care joined by "and"/"or" count as one qualifier ("ten weeks of aquatic and land therapy", "8 weeks
# of home or clinic exercise"; round 16b, n2a, dev_fresh_cc).
_FREE_WORD = r"(?!(?:" + cue_text("symptom_not_care_word") + r"|and|or|with)\b)[A-Za-z-]+"
_OF_FREE_GAP = compile_rule(r"^\s*of\s+(?:" + _FREE_WORD + r"\s+(?:and|or|&)\s+)?(?:" + _FREE_WORD + r"\s+){1,2}$", re.IGNORECASE)
# A field that labels the value as the symptoms' duration ("Duration: 6 months", "Onset: ...", "Sx duration - 4 mo"),
# also without its colon when the number follows at once ("Duration 4 months.", "Symptom duration approx. 6 months").
_DURATION_LABEL = compile_rule(r"\W*(?:the\s+)?" + cue_text("duration_label") +
                               r"(?:\s+(?:is|was|has\s+been|are|were)\b)?"  # "Duration is 7 months" (round 17, dur17)
                               r"(?:\s*[:=\-\u2013\u2014|]|\s*\.{2,}|\s+colon\b|\s+(?=(?:(?:approx\.?|approximately|about|roughly|~|>)\s*)?"
                               r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\b))", re.IGNORECASE)
# A duration leading its sentence, then the patient and a verb of having ("For 7 months she has had ..."): the symptom
# named after that is the duration's. The subject may stand before the duration, the verb right after it ("a woman who
# for the past four months has had a band of pain ..."; round 16, dur, fby-h-ilesi-01).
_LEAD_SUBJECT = compile_rule(r"(?:\s+and\s+a\s+half)?\s*,?\s*(?:(?:she|he|they|pt|(?:the|this|our)\s+(?:patient|pt|(?:\d+[\s-]*(?:year|yr)s?[\s-]*old\s+)?"
                             r"(?:" + cue_text("patient_person_noun") + r")))\s+)?(?:has|have)\s+(?:"
                             + cue_text("duration_had_verb") + r")\b(?:\s+\w+){0,4}", re.IGNORECASE)
# An onset told as an event after "N months ago": the patient woke with, strained, developed ... (the symptom follows).
_AGO_EVENT = compile_rule(r"(?:\s+ago)?\s*,?\s*(?:she|he|they|the\s+patient|pt)\s+(?:" + cue_text("duration_onset_event_verb") + r")"
                          r"\b(?:\s+up)?(?:\s+(?:with|on|while))?(?:\s+[\w-]+){0,4}",
                          re.IGNORECASE)
# The place named between "N months of" and its symptom ("8 months of left buttock and posterior hip pain", "Six months
# of right anterior thigh, knee and medial leg pain": a list of places, up to ten words).
_OF_SITE = compile_rule(r"(?:[\s,]+(?:and|or|the|left|right|bilateral|[A-Za-z]+(?:-[A-Za-z]+)?)){1,10}?(?=\s+(?:"
                        + cue_text("duration_site_symptom") + r")\b)", re.IGNORECASE)
# An outcome between a modality and a later duration ("... gave minimal relief over 8 weeks").
_OUTCOME_BEFORE = compile_rule(r"\b(?:" + cue_text("care_outcome_before_word")
                               + r")(?:\s+(?:over|after|for|in))?\s*$", re.IGNORECASE)  # also "PT failed x 8 wks"
# The care's outcome, then how long it was tried: "Physical therapy failed after 8 weeks", "was stopped at 6 weeks".
_ENDED_AFTER = compile_rule(r"[^.;,\n]{0,25}?\b(?:" + cue_text("care_ended_word") + r")\s+(?:after|at|following|"
                            r"within)\s+(?:about\s+|roughly\s+)?(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"twelve)\s*(?P<u>weeks?|wks?|months?|mos?)\b", re.IGNORECASE)
# The care's content, then how long ("Physical therapy with pelvic stabilization 8 weeks gave no lasting relief", "PT
# focusing on core strengthening x 6 wks"): up to four words that name no symptom or outcome, then a bare length.
_WITH_AFTER = compile_rule(r"\s+(?:with\s+|w/\s?|(?:" + cue_text("care_content_lead") + r")\s+)"
                           r"(?:(?!(?:" + cue_text("care_content_not_word") + r"|and|or|but|no|not|without|w/o|"
                           r"for|x)\b)[a-z-]+\s+){1,4}?(?:x\s*|for\s+|over\s+)?(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|"
                           r"seven|eight|nine|ten|twelve)\s*-?\s*(?P<u>weeks?|wks?|months?|mos?)\b", re.IGNORECASE)
# "Pt with R buttock pain ...": the patient, not physical therapy.
_PATIENT_PT = compile_rule(r"\s+(?:" + cue_text("patient_pt_verb") + r")\b", re.IGNORECASE)
# A sentence that only states how the care listed before it went ("No lasting improvement.", "None helped.").
_OUTCOME_ONLY = compile_rule(r"^\W*(?:(?:all|none|neither|each|both)(?:\s+(?:of\s+)?(?:these|them|which))?\s+)?"
                             r"(?:\w+\s+){0,3}?(?:" + cue_text("care_outcome_only_word") + r")\W*$",
                             re.IGNORECASE)


def _sections(ctx: NoteContext, cats: tuple) -> list:
    return [s for s in ctx.idx.sections if s.category in cats]


def _cat_at(ctx: NoteContext, pos: int) -> str | None:
    """The section category at `pos` as the necessity readers take it: a title field that runs on past its first
    sentence into the history ("Procedure:\tLeft L5-S1 TFESI.  Lumbar radiculopathy (M54.16).  Symptoms x 18 mo.  PT x
    10 wk, no relief.  ...": an odd-spacing or flattened note whose labels fall mid-line open no section) is text
    outside any section there, as in a note without headers (round 13, dev_fresh_bi pool sweep)."""
    cat = ctx.idx.category_at(pos)
    if cat == "procedure":
        sec = ctx.idx.section_at(pos)
        first = sec.body_start + len(ctx.text[sec.body_start : pos]) - len(ctx.text[sec.body_start : pos].lstrip())
        if pos >= ctx.idx.sentence_at(first)[1] > first:
            return None
        # a flattened note's history field set off by a pipe ('Procedure: Left C6-C7 TFESI | Dx: ... (M54.12). | Hx:
        # Shooting pain down the left arm ...'), which the sentence splitter leaves in the title's sentence; up to the
        # next pipe (round 13, fbl-tfesi-03)
        field = None
        for field in _PIPE_HISTORY_FIELD.finditer(ctx.text, first, pos):
            pass
        if field is not None and "|" not in ctx.text[field.end() : pos]:
            return None
    return cat


# A pipe-separated history, symptom or exam field of a flattened note (`_cat_at`).
_PIPE_HISTORY_FIELD = compile_rule(r"\|[ \t]*(?:" + cue_text("pipe_history_field_label") + r")[ \t]*:",
                                   re.IGNORECASE)


def _care_spans(ctx: NoteContext) -> list:
    """CARE mentions, less "Pt"/"pt" used for the patient ("Pt with R buttock pain x 5 months"):
    written in capitals, PT is physical therapy; in lower or title case before a verb it is the patient."""
    text = ctx.text
    return [c for c in ctx.spans("CARE")
            if not (c.text in ("Pt", "pt") and _PATIENT_PT.match(text, c.end_char))
            and not (c.text.lower() in ("ice", "rest", "heat")  # "a fall on the ice", "pain at rest", "in the heat"
                     and _PLACE_BEFORE.search(text, max(0, c.start_char - 16), c.start_char))
            and not (c.text.lower() == "rest" and _REMAINDER_REST.search(text, max(0, c.start_char - 5), c.end_char + 4))]


_PLACE_BEFORE = compile_rule(r"\b(?:on|onto|at|in|across)\s+(?:the\s+|some\s+|black\s+)?$", re.IGNORECASE)
# "the rest of a 5 mL total", "rest of the syringe": the remainder of something, never rest as care (round 19, r3b)
_REMAINDER_REST = compile_rule(r"\bthe\s+rest\b|\brest\s+of\b", re.IGNORECASE)


def diagnoses(ctx: NoteContext) -> list[Diagnosis]:
    text = ctx.text
    out: list[Diagnosis] = []
    seen: set[str] = set()
    for cat in _DX_SECTIONS:
        for sec in _sections(ctx, (cat,)):
            body_start = sec.body_start
            body = text[body_start : sec.end]
            pos = 0
            for piece in _ITEM_SPLIT.split(body):
                at = body.find(piece, pos)
                pos = at + len(piece)
                item = _NUMBERING.sub("", piece).strip(" \t,.:")
                if not item or ctx.idx.in_placeholder(body_start + at, body_start + pos):
                    continue
                codes = [m for m in ctx.m.icd10 if body_start + at <= m.start < body_start + pos]
                label = _CODE_WRAP.sub(" ", item).strip(" \t,.:-") if codes else item
                label = " ".join(label.split())
                if (len(label) < 3 or label.lower() in _NOT_A_DIAGNOSIS) and not codes:
                    continue
                key = (codes[0].text if codes else label.lower())
                if key in seen:
                    continue
                seen.add(key)
                start = body_start + at + piece.find(item[:10]) if item else body_start + at
                out.append(Diagnosis(text=label or (codes[0].text if codes else item), icd10=codes[0].text if codes
                                     else None, evidence=[ctx.ev(max(start, body_start + at), body_start + pos)]))
    # inline fields anywhere ("... Setting: ASC. Dx: Cervical facet arthropathy.")
    for m in note_cue("diagnosis_field").finditer(text):
        if ctx.idx.in_placeholder(m.start("text"), m.end("text")):
            continue
        item = m.group("text").strip()
        codes = [c for c in ctx.m.icd10 if m.start("text") <= c.start < m.end("text")]
        label = " ".join((_CODE_WRAP.sub(" ", item) if codes else item).split()).strip(" ,.:-")
        key = codes[0].text if codes else label.lower()
        if len(label) < 3 or label.lower() in _NOT_A_DIAGNOSIS or key in seen:
            continue
        seen.add(key)
        out.append(Diagnosis(text=label, icd10=codes[0].text if codes else None,
                             evidence=[ctx.ev(m.start("text"), m.end("text"))]))
    # codes written elsewhere (indications, prose)
    for m in ctx.m.icd10:
        if m.text in seen:
            continue
        seen.add(m.text)
        s, e = ctx.idx.sentence_at(m.start)
        before = text[max(s, m.start - 80) : m.start].rstrip(" (")
        label = re.split(r"[.;:\n]", before)[-1]
        named = list(_DX_SAID.finditer(label))  # "..., MRI shows narrowing at L5 S1, diagnosis is radiculopathy M54.17"
        label = (label[named[-1].end():] if named else label).strip(" ,(-") or m.text
        out.append(Diagnosis(text=" ".join(label.split()), icd10=m.text, evidence=[ctx.ev(m.start, m.end)]))
    if not out:  # a condition named in prose ("Severe left knee osteoarthritis for years")
        imaging_report, modality = cue("imaging_report_sentence"), cue("imaging_modality_words")
        for span in ctx.spans("DX"):
            s, e = ctx.idx.sentence_at(span.start_char)
            said = list(_DX_SAID.finditer(text, max(s, span.start_char - 60), span.start_char))
            if not (said and not text[said[-1].end() : span.start_char].count(",")) and (
                    imaging_report.search(text, s, span.start_char) or modality.search(text, s, span.start_char)):
                continue  # "MRI shows a disc protrusion": an imaging finding, not a diagnosis
            if asserted(span) and ctx.idx.category_at(span.start_char) not in ("follow_up", "imaging"):
                start = _phrase_start(ctx, span.start_char)
                site = _SITE_AFTER.match(text, span.end_char, e)  # "myofascial pain in the neck and upper back"
                end = site.end() if site else span.end_char
                out.append(Diagnosis(text=" ".join(text[start:end].split()), evidence=[ctx.ev(start, end)]))
                break
    return out


# A diagnosis named in dictated prose ('diagnosis is lumbosacral radiculopathy', 'diagnosed with', 'impression is'):
# what follows is the diagnosis even in a sentence that also reports the MRI (comma-spliced dictation; n12b).
_DX_SAID = compile_rule(r"\b(?:(?:working\s+|clinical\s+)?(?:" + cue_text("diagnosis_said_word")
                        + r")\s+(?:is|are|was|of|remains)|"
                        r"diagnosed\s+(?:with|as))\s+(?:(?:a|an|the|likely|probable)\s+)?", re.IGNORECASE)


def _phrase_start(ctx: NoteContext, start: int) -> int:
    """Where the noun phrase of a condition starts: back over the words that qualify it ("Bilateral
    knee", "Cervical", "Primary"), stopping at punctuation, a bullet or a verb-like word."""
    text = ctx.text
    line_s, _ = ctx.idx.line_at(start)
    sent_s, _ = ctx.idx.sentence_at(start)  # a wrapped line ("Diagnosis left L3\nradiculopathy") keeps its qualifiers
    pos = start
    for m in reversed(list(_QUALIFIER.finditer(text, max(min(line_s, sent_s), start - 60), start))):
        if m.end() != pos and text[m.end() : pos].strip():
            break
        pos = m.start()
    return pos


def symptom_duration(ctx: NoteContext, date_of_service: dt.date | None = None) -> Duration | None:
    """The first duration said of the symptoms ("pain for 6 months", "began 2 years ago",
    "8-month history"), not of a treatment ("PT for 8 weeks", "6 weeks of NSAIDs") or of relief;
    else an onset date ("since March") counted back from the date of service, when it is known."""
    care = _care_spans(ctx)
    procs = ctx.spans("PROC")
    recurred: Duration | None = None  # a duration of a return or flare, kept in case no other is written
    for d in ctx.m.durations:
        cat = _cat_at(ctx, d.start)
        s, e = ctx.idx.sentence_at(d.start)
        if cat not in _NECESSITY_SECTIONS and ctx.idx.mention_source(d.start) != "title" \
                and not (cat == "procedure" and _INLINE_HISTORY.search(ctx.text, s, d.start)) \
                and not (cat == "pre_procedure" and _DURATION_LABEL.match(ctx.text, s, d.end)):
            continue  # a "Duration | 14 months" row of a pre-procedure assessment table is the symptoms' (round 17, dur17)
        if scope.is_age(ctx.text, d.start, d.end):
            continue  # "Woman of 77 years": her age (round 15, nec1)
        lead = _LEAD_SUBJECT.match(ctx.text, d.end)  # "For 7 months she has had right low back pain"
        event = None if lead else _AGO_EVENT.match(ctx.text, d.end)  # "Four months ago he woke with a stiff neck"
        site = _OF_SITE.match(ctx.text, d.end, e) if ctx.text[d.start : d.end].lower().endswith("of") else None
        reach = lead.end() + 15 if lead else event.end() + 30 if event else site.end() + 15 if site else d.end + 15
        since_then = scope.since_then_after(ctx.text, d.end, e) if "ago" in ctx.text[d.start : d.end + 4].lower() else None
        if since_then is not None:  # "fell seven weeks ago and has since experienced severe mid-back pain" (round 15)
            reach = max(reach, since_then + 50)
        opens = _OPENS_FIELD.match(ctx.text, s, d.start)
        if opens or ctx.text[max(s, d.start - 2) : d.start] in (", ", "; "):
            # "HPI: 7 mo bilat buttock + posterior thigh pain w/ heaviness"; "Obese, 6 mo rt buttock -> calf pain"
            reach = max(reach, _clause_end(ctx.text, d.end, e, 80))
        fronted = _FRONTED.match(ctx.text, s, d.start) or (opens and _FRONT_WORD.match(ctx.text, d.start))
        if fronted:  # "For 9 months both legs tire, ache and tingle ...": the sentence is about what lasted that long
            reach = max(reach, d.end + _FRONTED_REACH)
        own = _OWN_LASTED.search(ctx.text, max(s, d.start - 40), d.end)  # "the pain has now lasted about 5 months"
        if own is None and ctx.text[d.start : d.end].lower().endswith("long"):  # "current episode now ten weeks long"
            own = _OWN_LONG.search(ctx.text, max(s, d.start - 40), d.start)
        if not (_SYMPTOM.search(ctx.text, s, min(e, reach)) or _SYMPTOM_VERB.search(ctx.text, s, min(e, reach)) or own
                or _DURATION_LABEL.match(ctx.text, s, d.end) or _ONSET_FIELD.match(ctx.text, d.start, d.end)
                or _LABEL_BEFORE.search(ctx.text, max(s, d.start - 20), d.start)
                or _ELIDED_SUBJECT.match(ctx.text, s, d.start) or scope.pronoun_symptom_after(ctx.text, d.end, e)
                or _pronoun_onset(ctx.text, s, d.start)
                or (_OPENS_FIELD.match(ctx.text, s, d.start) and _PERSIST_WORD.match(ctx.text, d.start))
                or any(s <= x.start_char < e for x in ctx.spans("DX"))):
            continue
        if any(s <= c.start_char < e and (0 <= d.start - c.end_char <= 30 and "," not in ctx.text[c.end_char:d.start]
                                          or 0 <= c.start_char - d.end <= 30
                                          and _OF_GAP.match(ctx.text[d.end : c.start_char]))
               for c in care):
            continue  # the duration of a treatment ("PT for 8 weeks", "6 weeks of PT")
        lo, hi = max(s, d.start - 30), min(e, d.end + 12)
        semi = ctx.text.rfind(";", lo, d.start)  # "MBB gave 90% relief; R low back pain x 2 yr": the clause before is
        lo = semi + 1 if semi >= 0 else lo  # another's
        semi = ctx.text.find(";", d.end, hi)
        if any(not (own and own.start() <= x.start() < own.end()) for x in _NOT_SYMPTOM.finditer(ctx.text, lo, semi if semi >= 0 else hi)):
            continue
        if any(s <= p.start_char < e and abs(p.start_char - d.start) < 60
               and ";" not in ctx.text[min(p.start_char, d.start) : max(p.start_char, d.start)]
               and not (p.start_char > d.end and "," in ctx.text[d.end : p.start_char])
               and not _FIELD_GAP.search(ctx.text, min(p.end_char, d.end), max(p.start_char, d.start))
               and not (ctx.idx.mention_source(p.start_char) == "title" and "\n" in ctx.text[p.start_char : d.start])
               and not any(d.end <= c.start_char < p.start_char for c in care)
               and not (p.start_char > d.end and "," in ctx.text[d.end : p.start_char]
                        and _SYMPTOM.search(ctx.text, max(s, d.start - 40), d.start))
               and not _appended_procedure(ctx.text, s, d.start, d.end, p.start_char) for p in procs):
            continue  # "an ESI 2 months ago", "relief lasting 3 months after the block" (not a procedure at the
            # end of a failed-care list: "CRPS for 2 years, failed PT, gabapentin, lumbar sympathetic blocks", nor
            # the title line an unpunctuated note runs on from: "Caudal ESI" / "71M, ... pain x 7 mo"; nor a procedure
            # of the next clause: "Left buttock pain for a year, two prior intra-articular inj helped only briefly", or
            # the next comma-spliced clause after "pain for 6 years": "..., the last RFA gave 60% relief")
        if d.extra.get("unit", "").lower().startswith(("h", "d")) and d.value < 1:
            continue
        if _FREE_OF_PAIN.search(ctx.text, max(s, d.start - 20), d.start) or _RELATIVE_SUBJECT.match(ctx.text, s, d.start) \
                or scope.relative_subject(ctx.text, s, d.start):  # "His late father ... for many years" (round 13)
            continue  # "Pain-free for 6 months until this week", "Her mother has had back pain for 20 years" (round 12)
        found = Duration(weeks=round(d.value, 4), evidence=[ctx.ev(d.start, d.end)])
        clause = ctx.text.rfind(";", s, d.start) + 1  # "Left leg pain since 2019; over the last month it has crept up"
        if _RECURRED.search(ctx.text, max(s, d.start - 40), d.start) or (
                (fronted or (clause and (_FRONTED.match(ctx.text, clause, d.start) or (
                    _OPENS_FIELD.match(ctx.text, clause, d.start) and _FRONT_WORD.match(ctx.text, d.start)))))
                and scope.flare_after(ctx.text, d.end, e)):
            recurred = recurred or found  # "pain that has come back over the past two months", "Over the last month
            continue  # his pain has crept up": the flare, not the history ("... going on for about three years" follows)
        return found
    running = _running(ctx) or _field_duration(ctx)
    if running is not None:
        return running
    onset = _onset_before_visit(ctx)
    if onset is not None:
        return onset
    since = _since(ctx, date_of_service) if date_of_service else None
    return since or _age_onset(ctx) or recurred


# Round 19 (sr19, fdd-h-sirfa-01): a procedure added to the symptoms' sentence after their span by "with"/"and"/"despite"
# ("left SI joint pain for three years with two positive lateral branch blocks giving 80% relief", "neck pain for 2 years
# and two prior RFAs", "pain for 8 months despite a caudal ESI"): the span is the pain's, the procedure another item. Not a
# relief's span ("relief for 3 months with the last block"), nor "after"/"following" ("pain for 3 months after the ESI").
_APPENDED_PROC = compile_rule(r"\s*,?\s+(?:with|and|plus|despite)\s+(?:(?:" + cue_text("duration_appended_proc_qualifier") + r")"
                              r"\s+){0,3}$", re.IGNORECASE)


# The procedure after the symptoms' span as the object of the subject's verb (lexicon `duration_subject_verb`), a few
# words of its own between ('... for two years underwent cervical medial branch radiofrequency neurotomy').
_SUBJECT_VERB_PROC = compile_rule(r"\s*,?\s+(?:" + cue_text("duration_subject_verb") + r")\s+(?:(?:a|an|the)\s+)?"
                                  r"(?:[\w/-]+\s+){0,6}$", re.IGNORECASE)


def _appended_procedure(text: str, s: int, start: int, end: int, proc_start: int) -> bool:
    """Whether the procedure at `proc_start` is added after a symptoms' span (`_APPENDED_PROC`) or is the object of the
    subject's verb after it (`_SUBJECT_VERB_PROC`, round 21), the pain named right
    before the span and no relief there (`_RELIEF_BEFORE`, defined below with the
    relief-told cue; an earlier, shadowed copy of the list with 'lasted'/'lasting' was never read and is gone)."""
    if proc_start <= end:
        return False
    if _APPENDED_PROC.fullmatch(text, end, proc_start):
        lo = max(s, start - 40)
    elif _SUBJECT_VERB_PROC.fullmatch(text, end, proc_start):
        lo = max(s, start - 80)  # the subject's pain may be told with where it spreads before the span
    else:
        return False
    return bool(_SYMPTOM.search(text, lo, start)) and not _RELIEF_BEFORE.search(text, lo, start)


# A history field run on inside the title's line ("... facet syndrome  History:\tSymptoms x 7 mo.": fields of an
# odd-spacing note flow together, so the label opens no section; round 13, dev_fresh_bi pool sweep).
_INLINE_HISTORY = compile_rule(r"(?:\s|^)(?:" + cue_text("inline_history_label") + r")[ \t]*:[ \t]", re.IGNORECASE)
# Round 12 (PP, paraphrase probe): a duration without the symptoms ("Pain-free for 6 months until this week",
# "asymptomatic x 2 yrs") and one whose sentence is a relative's history ("Her mother has had back pain for 20 years")
# is no duration of the patient's symptoms.
_FREE_OF_PAIN = compile_rule(r"\b(?:pain|symptom)[\s-]*free\b[^.;\n]{0,6}$|\basymptomatic\b[^.;\n]{0,6}$", re.IGNORECASE)
_RELATIVE_SUBJECT = compile_rule(r"\W*(?:(?:her|his|their|the\s+patient's|patient's|pt's)\s+)(?:" + cue_text("family_member") + r")"
                                 r"\b[^.;\n]*$", re.IGNORECASE)
# A template's onset field written as a span ("Onset: 6 months", "Chronicity: 2 years", "Since: 6 months"; round 11,
# N11a): the field says whose duration it is, the symptoms'.
_ONSET_FIELD = compile_rule(r"(?:" + cue_text("onset_field_label")
                            + r")[ \t]*(?:[:=\-\u2013\u2014]|\.{2,})", re.IGNORECASE)
# A column gap then another field's label, on an inline template line ("Onset: 6 months   Repeat: yes - second left C6-7
# TFESI"): a procedure in the next field is not the one the duration belongs to.
_FIELD_GAP = compile_rule(r"(?:\t|[ ]{3,}|[ ]\|[ ])[ \t]*[A-Za-z][\w./#()-]*(?:[ ][\w./#()-]+){0,3}(?:[ ]?:|[ ][-\u2013\u2014])[ \t]")
_NEAR = 30  # characters between a duration and the care or procedure it belongs to
# Round 16 (dur, paraphrase sets r13/q2, r15/q4): a duration label right before the span, inside the sentence ("A chronic
# course (duration > 6 months)"); the symptoms as the subject of "lasted" ("the pain has now lasted about 5 months",
# "Pain has lasted at least two months"), where "lasted" is no relief's. Round 17 (dur17, dev_fresh_ce): also the complaint
# named as an episode, problem or condition that has lasted or persisted ("The current episode has lasted 7 months"): the
# subject says whose span it is, so it stands for a symptom word.
_LABEL_BEFORE = compile_rule(r"\b(?:duration|chronicity)\s*(?:[:=\-\u2013]\s*)?$", re.IGNORECASE)
_OWN_LASTED = compile_rule(r"\b(?:" + cue_text("own_lasted_subject") + r")\s+(?:has|have|had)\s+(?:now\s+|already\s+)?(?:lasted|persisted)\b", re.IGNORECASE)
# Round 18 (gap18b): ... or as the subject of a span told with 'long' ("current episode now ten weeks long", "The pain is
# about 8 months long"): the same subjects, a linking verb or 'now' between, the span right after.
_OWN_LONG = compile_rule(r"\b(?:" + cue_text("own_lasted_subject") + r")\s+(?:(?:is|was|has\s+been|had\s+been)\s+)?"
                         r"(?:now\s+|already\s+|currently\s+)?(?:about\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?$", re.IGNORECASE)
# A duration opening its field or sentence ("HPI: 7 mo ...", "- 5 months ..."): the symptom may come several words later.
_OPENS_FIELD = compile_rule(r"\W*(?:[A-Za-z][\w /&-]{0,20}:\s*)?[-*\u2022]?\s*$")
# A duration fronting its sentence as an adverbial ("For 9 months both legs ...", "Over the past 6 months her neck ...").
_FRONTED = compile_rule(r"\W*(?:[A-Za-z][\w /&-]{0,20}:\s*)?[-*\u2022]?\s*(?:for|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)"
                        r"|during\s+the\s+(?:past|last))\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|the\s+)?$", re.IGNORECASE)
# A history sentence whose subject, the pain, is left unsaid ("Present for about 18 months.", "Ongoing x 6 mo.",
# "Persisting for 10 weeks.", "Has been constant for the last 24 weeks."; round 12, N12): a persistence predicate opens it.
# Also the pain named by a pronoun ("Has had it for well over half a year.", "She has had this for 8 months"; round 13,
# dev_fresh_bi pools). Predicates chained ("Chronic, present for about five months") and an onset event the span is
# counted back from ("Present since a lifting episode about 20 months ago", "Ongoing after a fall roughly a year ago";
# round 16, dur, dev_fresh_bu/bv). Also the onset event told as a clause ("Present since she slipped on a step two years
# ago"; not a treatment begun: "since she started PT"; round 17, dur17, dev_fresh_cf).
_ELIDED_SUBJECT = compile_rule(r"\W*(?:[A-Za-z][\w /&-]{0,20}:\s*)?[-*\u2022]?\s*(?:(?:(?:(?:has|have)\s+been\s+|been\s+)?"
                               r"(?:" + cue_text("duration_persistence_word") + r")\b[\s,]*(?:and\s+\w+\s+)?){1,3}"
                               r"(?:(?:since|after|following)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:" + cue_text("duration_onset_event") + r")\s+"
                               r"(?:(?:at|on|in)\s+(?:the\s+|a\s+|an\s+)?[\w-]+\s+)?"
                               r"|(?:since|after|following|when)\s+(?:she|he|they|pt|the\s+patient)\s+"  # "since she slipped on a step"
                               r"(?!(?:" + cue_text("onset_not_treatment_verb") + r")\b)(?:[\w'-]+\s+){1,6}?)?"
                               r"|(?:(?:she|he|they|pt|the\s+patient)\s+)?"
                               r"(?:has|have|had)\s+had\s+(?:it|this|them|these|that)\s+)(?:(?:for|x|\u00d7|over|since|~|about|"
                               r"approximately|roughly|nearly|the\s+(?:past|last))\s*)*$", re.IGNORECASE)
_PERSIST_WORD = compile_rule(r"(?:persist|sustain|maintain)", re.IGNORECASE)  # ... whose duration span holds the verb
# Round 18 (gap18): the persistence verb the duration's span opens with ("They have persisted for roughly 4 months", "It
# has been going on for about five months now"): the pronoun's clause before it is read up to the number, verb included.
_SPAN_VERB = compile_rule(r"(?:persist(?:ed|ing)|going\s+on)(?:\s+for)?\s+", re.IGNORECASE)


def _pronoun_onset(text: str, s: int, start: int) -> bool:
    """`scope.pronoun_onset_before` at the duration's start, or past a persistence verb its span opens with."""
    if scope.pronoun_onset_before(text, s, start):
        return True
    verb = _SPAN_VERB.match(text, start)
    if verb is None or not scope.pronoun_onset_before(text, s, verb.end()):
        return False
    head = text[max(0, s - 200) : s].rstrip(" \t.;!?\n")  # the sentence the pronoun looks back to: not a relief's
    return _RELIEF_BEFORE.search(re.split(r"[.;!?\n]", head)[-1]) is None


# A sentence telling a relief or a response ("The block gave 80% relief. It has persisted for 4 months."): a pronoun
# after it is the relief's.
_RELIEF_BEFORE = compile_rule(r"\b(?:" + cue_text("relief_told_before") + r")\b", re.IGNORECASE)


_FRONT_WORD = compile_rule(r"(?:for|over|in|during)\b", re.IGNORECASE)  # the adverbial's word inside the duration's span
_FRONTED_REACH = 60
# The pain came back, flared or worsened over the span just before the duration: a recurrence, not the history ('the
# pain has crept back over the last several weeks'; round 21, gap21).
_RECURRED = compile_rule(r"\b(?:come|came|coming)\s+back|\b(?:crept|creeping|ramped)\s+up|\b(?:crept|creeping|drifted|drifting|crawled)\s+back|\b(?:" + cue_text("symptom_recurred_word") + r")"
                         r"\b[^.;\n]{0,25}$", re.IGNORECASE)


# An onset counted back from the visit ("Onset 3 months prior to today's visit", "Symptom onset about 6 months before this
# consultation", "onset was 2 years prior"; round 12, N12, dev_fresh_bh): how long the symptoms have lasted.
_ONSET_BEFORE = compile_rule(r"\bonset\s+(?:was\s+|of\s+(?:symptoms|pain)\s+(?:was\s+)?)?(?:about\s+|approximately\s+|roughly\s+|"
                             r"nearly\s+|~\s*)?(?P<n>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                             r"twelve|eighteen|twenty-four)\s*(?P<u>weeks?|wks?|months?|mos?|years?|yrs?)\s+(?:prior|before|ago)\b",
                             re.IGNORECASE)


def _onset_before_visit(ctx: NoteContext) -> Duration | None:
    """`_ONSET_BEFORE` in a necessity section: the span from the onset to the visit is the symptoms' duration."""
    for m in _ONSET_BEFORE.finditer(ctx.text):
        if ctx.idx.category_at(m.start()) not in _NECESSITY_SECTIONS:
            continue
        n = number(m.group("n"))
        if n is not None:
            return Duration(weeks=round(weeks(n, m.group("u")), 4), evidence=[ctx.ev(m.start(), m.end())])
    return None


def _clause_end(text: str, start: int, end: int, most: int) -> int:
    """Where the clause from `start` ends: the first comma, semicolon or full stop, at most `most` characters on."""
    stop = min(end, start + most)
    m = re.search(r"[,;.]", text[start:stop])
    return start + m.start() if m else stop


def _running(ctx: NoteContext) -> Duration | None:
    """A duration of the symptoms the general patterns miss (`symptom_duration_running`: "low back pain, two years
    and counting", "pain of many years, now 6 years", "for a good 3 months", "2 1/2 months"), in a sentence about the symptoms, with no care or procedure named next to it
    (whose duration it would be: "physical therapy, now 6 weeks")."""
    care, procs = _care_spans(ctx), ctx.spans("PROC")
    for m in note_cue("symptom_duration_running").finditer(ctx.text):
        if ctx.idx.category_at(m.start()) not in _NECESSITY_SECTIONS:
            continue
        s, e = ctx.idx.sentence_at(m.start())
        if not (_SYMPTOM.search(ctx.text, s, e) or _SYMPTOM_VERB.search(ctx.text, s, e)) or any(
                s <= x.start_char < e and (0 <= m.start() - x.end_char <= _NEAR and "," not in ctx.text[x.end_char:m.start()]
                                           or 0 <= x.start_char - m.end() <= _NEAR
                                           and _OF_GAP.match(ctx.text[m.end():x.start_char]))
                for x in (*care, *procs)):
            continue
        groups = {k: v for k, v in m.groupdict().items() if v}
        n = number(next(v for k, v in groups.items() if k.startswith("n")))
        if n is None:
            continue
        n += 0.5 if "half" in groups else 0.0
        unit = next(v for k, v in groups.items() if k.startswith("u"))
        return Duration(weeks=round(weeks(n, unit), 4), evidence=[ctx.ev(m.start(), m.end())])
    return None


@lru_cache(maxsize=1)
def _duration_field() -> "re.Pattern[str]":
    """A line that opens with a label asking how long the symptoms have lasted (`symptom_duration_field_labels`), then
    its separator (colon, bar, equals, dot leader, tab or column gap) and the value."""
    labels = "|".join(f"(?:{x})" for x in lexicon("symptom_duration_field_labels"))
    return compile_rule(r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:" + labels + r")[ \t]*(?:\((?:mo|months|wks|weeks|yrs|years)\)[ \t]*)?"
                        r"(?:[:|=\t\u2013\u2014]|\.{2,}|-[ \t]|[ ]{2,})[ \t]*(?P<v>[^\n]*)", re.IGNORECASE | re.MULTILINE)


# The field's value: a count of weeks, months or years, not one counted from an event ("4 months after surgery") nor
# one that belongs to a treatment ("6 weeks of PT"); "present 9 months" after such an event is the symptoms' span.
_FIELD_VALUE = compile_rule(r"(?<![\w/])(?P<n>\d{1,3}(?:\.\d)?|" + alternation(range(1, 13)) + r"|eighteen|twenty|thirty|several)"
                            r"\+?[ \t]*-?[ \t]*(?P<u>weeks?|wks?|months?|mos?|years?|yrs?)\b"
                            r"(?![ \t]*(?:after|post|following|later|into|of|before\s+(?!(?:today|this|the\s+visit)\b)))", re.IGNORECASE)
_FIELD_NOT_SYMPTOM = compile_rule(r"\b(?:" + cue_text("duration_field_not_symptom") + r")\b", re.IGNORECASE)


def _field_duration(ctx: NoteContext) -> Duration | None:
    """The value of a vendor grid's or template's duration field ("How long | Four months", "Onset: leg pain returned
    4 months after surgery; present 9 months", "Symptom duration ..... since September (about 5 months)"): the field's
    label says whose span it is, so no symptom word need stand beside it (round 17b, n3, dev_fresh_cq). A fallback:
    the scan runs only when no other duration of the symptoms is written; a field outside the history is skipped."""
    text = ctx.text
    for m in _duration_field().finditer(text):
        if ctx.idx.category_at(m.start()) not in _NECESSITY_SECTIONS or _FIELD_NOT_SYMPTOM.match(text, m.start("v")):
            continue
        v = _FIELD_VALUE.search(text, m.start("v"), m.end("v"))
        n = number(v.group("n")) if v else None
        if n is not None:
            return Duration(weeks=round(weeks(n, v.group("u")), 4), evidence=[ctx.ev(v.start(), v.end())])
    return None


def _age_onset(ctx: NoteContext) -> Duration | None:
    """An onset told as the patient's age in a clause about the symptoms ("Leg pain began at age 52; she is now 54",
    "low back pain since the age of 40"), not another condition's ("Diabetic since age 30, now with leg pain") nor a
    relative's; the fallback of last resort, so its scan runs only when no other duration is written (round 17)."""
    text = ctx.text
    for m in scope.age_onsets(text):
        if ctx.idx.category_at(m.start()) not in _NECESSITY_SECTIONS:
            continue
        s, _ = ctx.idx.sentence_at(m.start())
        lo = max(s, text.rfind(";", s, m.start()) + 1, text.rfind(",", s, m.start()) + 1)
        if not (_SYMPTOM.search(text, lo, m.start()) or _SYMPTOM_VERB.search(text, lo, m.start())) \
                or _RELATIVE_SUBJECT.match(text, s, m.start()) or scope.relative_subject(text, s, m.start()):
            continue
        years = scope.years_since_onset_age(text, m)
        if years is not None:
            return Duration(weeks=round(weeks(years, "years"), 4), evidence=[ctx.ev(m.start(), m.end())])
    return None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _since(ctx: NoteContext, dos: dt.date) -> Duration | None:
    """The first onset date said of the symptoms ("since March", "onset 3/2026", "since last spring"),
    counted back from the date of service; a date on or after it says nothing."""
    for m in note_cue("since_date").finditer(ctx.text):
        if ctx.idx.category_at(m.start()) not in _NECESSITY_SECTIONS:
            continue
        s, e = ctx.idx.sentence_at(m.start())
        if not (_SYMPTOM.search(ctx.text, s, e) or _SYMPTOM_VERB.search(ctx.text, s, e)
                or _ONSET_FIELD.match(ctx.text, m.start())  # "Since: Jan 2026", a field of its own
                or _ELIDED_SUBJECT.match(ctx.text, s, m.start())):  # "Ongoing since March 2023." (round 16, dur)
            continue
        onset = _onset(m, dos)
        if onset is None or onset >= dos:
            continue
        return Duration(weeks=round((dos - onset).days / 7, 4), evidence=[ctx.ev(m.start(), m.end())])
    for m in scope.until_onset().finditer(ctx.text):  # "She was well until early this year" (round 16, dur)
        if ctx.idx.category_at(m.start()) not in _NECESSITY_SECTIONS:
            continue
        s, e = ctx.idx.sentence_at(m.start())
        if _UNTIL_RELIEF.search(ctx.text, s, e) or any(s <= p.start_char < e for p in ctx.spans("PROC")):
            continue  # "doing well after the block until March": the relief's end, not the onset
        onset = dt.date(dos.year - (m.group("ryear").lower() == "last"), 1, 1) if m.group("ryear") else _onset(m, dos)
        if onset is None or onset >= dos:
            continue
        return Duration(weeks=round((dos - onset).days / 7, 4), evidence=[ctx.ev(m.start(), m.end())])
    return None


_UNTIL_RELIEF = compile_rule(r"\b(?:" + cue_text("until_relief_word") + r")\b", re.IGNORECASE)


# Holidays as onsets, at their earliest possible date ("since Memorial Day": 25 May at the latest onset).
_HOLIDAY = {"christmas": (12, 25), "thanksgiving": (11, 22), "new": (1, 1), "memorial": (5, 25), "labor": (9, 1),
            "fourth": (7, 4), "july": (7, 4), "halloween": (10, 31), "valentine": (2, 14),
            "valentines": (2, 14)}
# The pandemic as an onset ('since before the pandemic', 'since COVID'): its start in March 2020, the latest the onset can be.
_ERA_START = dt.date(2020, 3, 1)
_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
# A year told by its part ("late 2024"): the first month of that third of the year, the earliest the words allow.
_YEAR_PART = {"early": 1, "mid": 5, "late": 9}


def _season_onset(m: re.Match[str], dos: dt.date) -> dt.date:
    """The first day of the season a `since_date` match names with its year: "the summer of 2025", "the spring of
    last year" (round 15, nec1; the winter of a year began in its January). A season without its year ("since last
    spring", "since the summer") stays undated, as the corpus reads it (dev h-tfesi-07, dev_fresh_a fa-tfesi-07)."""
    month = _SEASON_START[m.group("season").lower()]
    if m.group("syear") or m.group("syy"):  # "the summer of 2025", "Spring '24" (round 21, el21)
        year = int(m.group("syear")) if m.group("syear") else 2000 + int(m.group("syy"))
    else:
        year = dos.year if m.group("srel").lower() == "this" else dos.year - 1
    return dt.date(year, 1 if month == 12 else month, 1)


def _onset(m: re.Match[str], dos: dt.date) -> dt.date | None:
    """The first day of the month a `since_date` match names; a month without a year is its latest
    occurrence before the date of service."""
    if m.group("year_only"):  # "since late 2024": the part's first month (round 16b, n2a)
        return dt.date(int(m.group("year_only")), _YEAR_PART.get((m.group("part") or "").lower(), 1), 1)
    if m.group("iyear"):  # "2025-03-14"
        return dt.date(int(m.group("iyear")), int(m.group("imonth")), 1)
    if m.group("nmonth"):
        year = int(m.group("nyear"))
        return dt.date(year + 2000 if year < 100 else year, int(m.group("nmonth")), 1)
    if m.group("dmonth"):  # a full date ("Symptom onset: 1/15/2026", "since the fall on 03/14/25"); a day the month lacks
        year = int(m.group("dyear"))  # is no date
        try:
            return dt.date(year + 2000 if year < 100 else year, int(m.group("dmonth")), int(m.group("dday")))
        except ValueError:
            return None
    if m.group("era"):  # "since before the pandemic": its start (round 21, el21)
        return _ERA_START
    if m.group("holiday"):
        month, day = _HOLIDAY[re.sub(r"'s$", "", m.group("holiday").lower().split()[0])]
        year = dos.year if (month, day) < (dos.month, dos.day) else dos.year - 1
        if m.group("hyear"):  # "around Labor Day 2025": the holiday of that year (round 21, el21)
            year = int(m.group("hyear"))
        return dt.date(year, month, day)
    if m.group("season"):
        return _season_onset(m, dos)
    month = _MONTHS.index(m.group("month").lower()[:3]) + 1
    year = int(m.group("year")) if m.group("year") else 2000 + int(m.group("yy")) if m.group("yy") else (
        dos.year if month <= dos.month else dos.year - 1)  # "March '24": 2024 (round 21, el21)
    if m.group("mrel"):  # "since March of last year", "in January of the preceding year" (round 15, nec1)
        year = dos.year if m.group("mrel").lower() == "this" else dos.year - 1
    if m.group("last") and not (m.group("year") or m.group("yy") or m.group("mrel")) and (dos.month - month) % 12 < 2:
        year -= 1  # "last October" said in November: a month ago would be "last month"; it means the year before
    return dt.date(year, month, 1)


def _alternation(parts: list[str], joined: str) -> "re.Pattern[str] | StartSplitAlternation":
    """`joined` (the alternation of `parts`) compiled to search fast: split by starting character where every
    alternative's first character can be listed (`nlp.fast_regex.StartSplitAlternation`, same matches), else guarded."""
    try:
        return StartSplitAlternation(parts, re.IGNORECASE)
    except ValueError:
        return compile_rule(joined, re.IGNORECASE)


class _SplitCue:
    """A list cue compiled one alternative at a time. A long alternation whose words start with many letters loses
    its first-character guard (`nlp.fast_regex`), and the engine then tries every alternative at every position;
    packed into a few alternations that each keep a guard, and skipped for a note that lacks a word every match of
    them needs, they cost a fraction. `finditer` yields the matches of all alternatives by start (longest
    first at one start), so overlapping matches of different alternatives are all seen."""

    def __init__(self, parts: list[str]) -> None:
        groups: list[list[str]] = []  # alternatives packed into as few alternations as keep a first-character guard
        for p in parts:
            for g in groups:
                if first_char_guard("|".join(f"(?:{x})" for x in (*g, p)), re.IGNORECASE) is not None:
                    g.append(p)
                    break
            else:
                groups.append([p])
        self._rxs = []
        for g in groups:
            joined = "|".join(f"(?:{x})" for x in g)
            reqs = AnyRequired([required_literals(x, re.IGNORECASE) for x in g])
            self._rxs.append((_alternation(g, joined), reqs))
        self._min_width = min(min_width(p, re.IGNORECASE) for p in parts)
        self._text: str | None = None
        self._seen: dict[str, list[re.Pattern[str] | StartSplitAlternation]] = {}
        self._live: list[re.Pattern[str] | StartSplitAlternation] = []
        #: answers for the note of `_text`, by (kind, pos, end): the care outcome of a mention and the drugs' past
        #: treatment ask about the same clause several times, and each answer is several scans.
        self._answers: dict[tuple[str, int, int], object] = {}

    def _for(self, text: str) -> list["re.Pattern[str] | StartSplitAlternation"]:
        """The alternatives that can match somewhere in `text`: every word a match must contain is in the note
        (`nlp.fast_regex.required_literals`), decided once per note text."""
        if text is not self._text:
            self._answers = {}
            live = self._seen.get(text)  # the note again after an evidence excerpt (`_radicular`)
            if live is None:
                # a sentence or excerpt is searched by every alternation: the word tests would cost more (`GATE_FROM`)
                low = lowered_once(text) if len(text) >= GATE_FROM else None
                live = [rx for rx, reqs in self._rxs if low is None or reqs.holds(low)]
                if len(self._seen) >= 8:
                    self._seen.clear()
                self._seen[text] = live
            self._live, self._text = live, text
        return self._live

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if end - max(pos, 0) < self._min_width:  # a blank or one-word section: no alternative fits
            return []
        live = self._for(text)
        key = ("finditer", pos, end)
        known = self._answers.get(key)
        if known is not None:
            return list(known)  # type: ignore[call-overload]  (a copy: callers may consume or change it)
        if len(live) == 1:  # one alternation's matches come by start, never two at one start
            found = list(live[0].finditer(text, pos, end))
        else:
            found = sorted([m for rx in live for m in rx.finditer(text, pos, end)], key=lambda m: (m.start(), -m.end()))
        self._answers[key] = tuple(found)
        return found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        live = self._for(text)
        key = ("search", pos, end)
        if key in self._answers:
            return self._answers[key]  # type: ignore[return-value]
        found = [m for m in (rx.search(text, pos, end) for rx in live) if m is not None]
        best = min(found, key=lambda m: (m.start(), -m.end())) if found else None
        self._answers[key] = best
        return best


@lru_cache(maxsize=None)
def _split_cue(name: str) -> _SplitCue:
    """A list cue of the lexicon as a `_SplitCue` (functional, radicular: dozens of alternatives), with the wordings
    `nlp.necessity_scope.more` adds under the same name."""
    return _SplitCue([str(p) for p in (*lexicon(name), *scope.more(name))])


@lru_cache(maxsize=1)
def _imaging_words() -> _SplitCue:
    """`imaging_finding_words` (whole words and phrases) as a `_SplitCue`."""
    return _SplitCue([rf"\b(?:{w})\b" for w in lexicon("imaging_finding_words")])


@lru_cache(maxsize=1)
def _imaging_modality() -> "re.Pattern[str]":
    """`imaging_modality_words` with the further names of a study in `nlp.necessity_scope.more` ("T2-weighted
    sequences", "resonance of lumbar spine")."""
    parts = [str(lexicon("imaging_modality_words")), *scope.more("imaging_modality_words")]
    return compile_rule("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


@lru_cache(maxsize=1)
def _outcome_cues() -> dict[str, "_SplitCue"]:
    """The care-outcome cues of the lexicon, with `intolerant` widened by the side-effect frames
    (`care_side_effect`: each frame filled with one alternation of effect words, so a new effect word
    serves every way of saying it made the patient stop)."""
    raw = {name: list(parts) for name, parts in lexicon("care_outcome").items()}
    for key, parts in lexicon("care_outcome_more").items():  # round 13: more wordings under their own key; a key
        name = key.partition("_")[0]  # with a suffix ("failed_r16b") adds to its outcome, so each round's lines merge
        raw[name] = [*raw[name], *parts]
    cues: dict = {name: _SplitCue([str(p) for p in parts]) for name, parts in raw.items()}
    side = lexicon("care_side_effect")
    effect = "|".join(f"(?:{e})" for e in side["effects"])
    cues["intolerant"] = _SplitCue([*raw["intolerant"], *(f.replace("{effect}", effect) for f in side["frames"])])
    return cues


def care_outcome_cue(name: str) -> _SplitCue:
    """One care-outcome cue ('failed', 'partial', 'helped', 'intolerant'), cheap to search: other builders use it
    to tell a failed-care sentence ("despite PT and steroid injections") instead of the lexicon's unguarded
    alternation."""
    return _outcome_cues()[name]


def conservative_care(ctx: NoteContext, dos: dt.date | None = None) -> list[ConservativeCare]:
    """Each modality of care tried, with its outcome and length; `dos` (the date of service) dates a course told by
    when it began ("PT since December")."""
    text = ctx.text
    out: dict[str, ConservativeCare] = {}
    outcomes = _outcome_cues()
    care = _care_spans(ctx)  # once per note: each mention below looks at the others
    for span in care:
        if span._.is_hypothetical and not _tried_despite_cue(ctx, span) or span._.is_family:
            continue
        if scope.relative_subject(text, ctx.idx.sentence_at(span.start_char)[0], span.start_char):
            continue  # "Her husband did PT for 8 weeks without relief": a relative's care (round 13, PP13a)
        cat = _cat_at(ctx, span.start_char)
        if cat in ("follow_up", "medications", "technique", "procedure", "allergies"):
            continue
        s, e = ctx.idx.sentence_at(span.start_char)
        e = _wrapped_end(ctx, e)  # "failed physiotherapy" / "(10 weeks, no change)": one sentence across the wrap
        later = [c.start_char for c in care if span.end_char <= c.start_char < e]
        if cue("care_planned_before").search(text, max(s, span.start_char - 60), span.start_char):
            # care the sentence plans ("Will start PT next week as the home program did not help", "Will try oral
            # analgesics for 6 weeks") is no care tried, and the failure told in its reason clause is not its (round 18,
            # gap18; round 20, tgap20: not listed at all)
            continue
        outcome = _care_outcome(outcomes, text, span.start_char, span.end_char, s, e, later)
        if outcome is None:
            outcome = _next_clause_outcome(ctx, outcomes, span.end_char, e, care)
        if outcome is None:
            outcome = _next_sentence_outcome(ctx, outcomes, e, cat, care)
        if span._.is_negated and outcome not in ("failed", "intolerant") and not (
                outcome == "partial" and outcomes["partial"].search(text, span.end_char, e)):
            continue  # "has not tried PT" (but "could not tolerate gabapentin" is care tried, and so is care that a
            # "did not help" before it negates yet which itself "gave only two days of relief"; round 9)
        modality = span._.meta["modality"]
        weeks = _care_weeks(ctx, span.start_char, span.end_char, s, e, dos)
        if weeks is None:
            weeks = _list_tail_weeks(ctx, care, span, e)
        cur = out.get(modality)
        if cur is None:
            out[modality] = ConservativeCare(modality=modality, weeks=weeks, outcome=outcome,
                                             evidence=[ctx.span_ev(span)])
        else:
            cur.evidence.append(ctx.span_ev(span))
            cur.weeks = cur.weeks if cur.weeks is not None else weeks
            cur.outcome = cur.outcome or outcome
    return list(out.values())


@lru_cache(maxsize=1)
def _drug_care() -> frozenset[str]:
    """The care modalities that are drugs, taken at a frequency (lexicon `care_drug_modalities`)."""
    return frozenset(str(m) for m in lexicon("care_drug_modalities"))


def _tried_despite_cue(ctx: NoteContext, span) -> bool:
    """Whether every hypothetical cue ConText put on a care mention leaves it care tried (round 18, gap18): a plan that
    reaches it only across a reason clause ("Plan to begin PT since the home exercises failed": the home exercises), or
    a dosing frequency in a sentence that plans nothing ("Failed naproxen, cyclobenzaprine as needed, and 8 weeks of
    PT": how the drug was taken)."""
    text = ctx.text
    s = ctx.idx.sentence_at(span.start_char)[0]
    graph = ctx.doc._.context_graph
    hypothetical = [m for tgt, m in (graph.edges if graph is not None else ())
                    if m.category == "HYPOTHETICAL" and tgt.start_char == span.start_char and tgt.end_char == span.end_char]
    for mod in hypothetical:
        ms, me = mod.modifier_span
        cs, ce = ctx.doc[ms].idx, ctx.doc[me - 1].idx + len(ctx.doc[me - 1])
        if cue("care_dosing_trigger").fullmatch(text, cs, ce):
            if cue("care_plan_word").search(text, s, span.start_char) or span._.meta.get("modality") not in _drug_care():
                return False  # "Continue ibuprofen as needed": a plan; "PT if needed": no drug's dosing
            continue
        if ce <= span.start_char and cue("care_reason_clause").search(text, ce, span.start_char):
            continue
        return False
    return bool(hypothetical)


# A hard line wrap the sentence splitter took for a sentence end: no closing punctuation before the line break, and the
# next line opens with a bracket or a lower-case word (OCR scans and faxes wrap at a fixed width).
_WRAP_BEFORE = compile_rule(r"[^.!?:;\n][ \t]*\n$")
_WRAP_AFTER = compile_rule(r"[ \t]*(?:\(|[a-z])")


# ... or a dash that opens the next line with the care's outcome ("PT 8 wk" + newline + "- no change, gabapentin - no
# change"): a log's "care - outcome" pair cut at its dash, not a list item (round 8, dev_fresh_av charge sheets).
_DASH_WRAP = compile_rule(r"[ \t]*[-\u2013\u2014][ \t]*(?=[a-z])")


def _outcome_opens(text: str, pos: int) -> bool:
    """Whether a dash at `pos` opens a care outcome ('- no change', '- failed', '- helped a little')."""
    m = _DASH_WRAP.match(text, pos, pos + 8)
    if m is None:
        return False
    stop = min(len(text), m.end() + 60)
    return any((o := rx.search(text, m.end(), stop)) is not None and o.start() == m.end()
               for rx in _outcome_cues().values())


# A note written in capitals wraps onto a capital word: the next line goes on with the sentence when it holds no
# lower-case letter and opens with no field label ("... NAPROXEN AND TIZANIDINE WITHOUT DURABLE" + newline +
# "BENEFIT. HE HAS ..."; not "MRI: ..."; round 16, care, fbz-rfa-01).
_CAPS_LINE = compile_rule(r"[^a-z\n]*[A-Z]{2}[^a-z\n]*")
_CAPS_LABEL = compile_rule(r"[ \t]*(?:[-*#\u2022][ \t]*)?[A-Z][A-Z0-9 /&()'-]{0,40}:")


def _capitals_wrap(text: str, nxt: int) -> bool:
    """Whether the line at `nxt` continues a sentence of the line before it, both in capitals."""
    prev = text.rfind("\n", 0, nxt - 1) + 1
    end = text.find("\n", nxt)
    end = len(text) if end < 0 else end
    return (text[nxt : nxt + 1].isupper() and bool(_CAPS_LINE.fullmatch(text, prev, nxt - 1))
            and bool(_CAPS_LINE.fullmatch(text, nxt, end)) and not _CAPS_LABEL.match(text, nxt))


def _wrapped_end(ctx: NoteContext, e: int) -> int:
    """The end of the sentence ending at `e`, carried over one hard line wrap that cut it."""
    text = ctx.text
    nxt = e + 1 if e < len(text) and text[e] == "\n" else e
    if 0 < nxt < len(text) and _WRAP_BEFORE.search(text, max(0, nxt - 40), nxt) and (
            _WRAP_AFTER.match(text, nxt) or _outcome_opens(text, nxt) or _capitals_wrap(text, nxt)):
        ns, ne = ctx.idx.sentence_at(nxt)
        if ns <= nxt < ne and ctx.idx.category_at(nxt) == ctx.idx.category_at(e - 1):
            return ne
    return e


def _next_clause_outcome(ctx: NoteContext, outcomes: dict, end: int, e: int, care: list) -> str | None:
    """The outcome in the clause after the care's own, before that clause names other care ("PT for
    seven weeks and a prednisone taper; the leg pain remains unchanged")."""
    text = ctx.text
    cut = text.find(";", end, e)
    if cut < 0:
        return None
    nxt = text.find(";", cut + 1, e)
    ce = nxt if nxt >= 0 else e
    named = [c.start_char for c in care if cut < c.start_char < ce]
    if named:  # "...; none of these has made a lasting difference, and the gabapentin made him groggy": the words
        ce = min(named)  # before the next care named report on the care listed before the semicolon
    return _care_outcome(outcomes, text, cut + 1, cut + 1, cut + 1, ce)


# A sentence that reports something other than how the care went: a labelled field ("MRI: ...", "Exam: ...") or an
# imaging report, whose words ("unchanged", "persistent") say nothing of the care; not the care's own outcome field
# ("Conservative care: PT 2x/week for 6 weeks, gabapentin. Outcome: failed."; round 15, nec1).
_OTHER_REPORT = compile_rule(r"\W*(?!(?:outcome|result|response|effect)\s*:)(?:[A-Za-z][\w /&-]{0,30}:|[^.\n]{0,60}\b(?:" + cue_text("other_report_study") + r")\b)",
                             re.IGNORECASE)
_NEXT_SENTENCES = 2
# The care's own outcome field on the line under it ("Conservative treatment: [x] PT, 8 weeks  [x] NSAIDs" over
# "   Outcome: no sustained improvement"): the sectionizer opens a section at any label line, so the field is read
# across that section's start (round 16, care, fby-h-tfesi-04).
_OUTCOME_FIELD = compile_rule(r"(?:" + cue_text("care_outcome_field_label") + r")\s*[:=\-\u2013]", re.IGNORECASE)


def _next_sentence_outcome(ctx: NoteContext, outcomes: dict, e: int, cat: str | None, care: list) -> str | None:
    """The outcome stated in one of the next sentences of the same paragraph and section, when no other
    care is named before it ("He did PT for 8 weeks, then took meloxicam. None of it made a dent.",
    "PT for 8 weeks, gabapentin. No lasting improvement."): it reports on the care listed before it.
    A sentence naming other care ends the search unless it is itself only an outcome ("Neither helped")."""
    text = ctx.text
    skipped = False  # a comma-spliced clause naming more care was passed: only a collective outcome covers the list
    first_e = e
    for _ in range(_NEXT_SENTENCES):
        k = e
        while k < len(text) and text[k] in " \t":
            k += 1
        if k >= len(text) or text[k] == "\n" or (ctx.idx.category_at(k) != cat and not (
                e == first_e and _OUTCOME_FIELD.match(text, k))):
            return None  # (the care's own outcome line right under it may open a section of its own, round 16)
        ns, ne = ctx.idx.sentence_at(k)
        if ns < e or ne <= ns:
            return None
        if any(ns <= c.start_char < ne for c in care) and not _OUTCOME_ONLY.match(text[ns:ne]):
            if text[:ns].rstrip().endswith(",") and not skipped:
                # a long dictated sentence the splitter cut at its commas ("PT twice a week for 8 weeks, then took
                # meloxicam and a prednisone burst, none of it made a dent"): the list goes on (n12b)
                last = max(c.end_char for c in care if ns <= c.start_char < ne)
                said = _COLLECTIVE_AFTER.search(text, last, ne)
                if said:
                    return _care_outcome(outcomes, text, said.start(), said.start(), said.start(), ne)
                skipped, e = True, ne
                continue
            return None
        if skipped and not _COLLECTIVE.match(text, ns, ne):
            return None
        if any(ns <= p.start_char < ne for p in ctx.spans("PROC")):
            return None  # "Prior L5 TFESI in December: 75% better for 3 days, then the pain was back": the block's result
        if not _OTHER_REPORT.match(text, ns, ne):
            found = _care_outcome(outcomes, text, ns, ns, ns, ne)
            if found is not None:
                return found
        e = ne
    return None


# An outcome said of the whole list ("none of it made a dent", "neither helped", "all without relief").
_COLLECTIVE = compile_rule(r"\W*(?:none|neither|nothing|all|both|each|these|they)\b", re.IGNORECASE)
_COLLECTIVE_AFTER = compile_rule(r"[,;]\s*(?:and\s+|but\s+)?(?:none|neither|nothing|all|both)\b", re.IGNORECASE)
_RELATIVE = compile_rule(r"\b(?:which|that)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A relative clause set off by a comma after a list of care ("8 weeks of PT and a course of celecoxib, which did not
# ease the leg"): a non-restrictive clause that says how the whole list went, when it tells failure or partial relief
# (a side effect, "..., which made her nauseated", stays the last drug's).
_LIST_RELATIVE = compile_rule(r",\s*(?:which|that)\s+(?:\w+\s+)?$", re.IGNORECASE)
_LIST_OUTCOMES = ("failed", "partial")
# "that" after a preposition is a demonstrative, no relative pronoun ("PT and NSAIDs before that did not help", "after
# that", "prior to that"): the outcome after it is the whole list's (round 17, care17, fcn-h-sij-02).
_DEMONSTRATIVE_THAT = compile_rule(r"\b(?:before|after|since|prior\s+to|until|till|than|like|besides|beyond|apart\s+from)"
                                   r"\s+that\s+(?:\w+\s+)?$", re.IGNORECASE)


_AGO = compile_rule(r"(?:ago|\S*\s+ago)\b", re.IGNORECASE)  # at a duration's last three characters: its own or a next "ago"
# The dot of an approximation before a number ("PT for approx. 2 months was stopped due to a pain flare"): no clause end.
_APPROX_DOT = compile_rule(r"\b(?:approx|apprx|appr|apx|abt|est)$", re.IGNORECASE)
_NUMBER_NEXT = compile_rule(r"\.\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)", re.IGNORECASE)


def _full_stop(text: str, lo: int, hi: int) -> int:
    """The first '. ' in text[lo:hi] that ends a clause, passing over an approximation's dot before its number
    (round 16, care); -1 without one."""
    k = text.find(". ", lo, hi)
    while k >= 0 and _APPROX_DOT.search(text, max(lo, k - 6), k) and _NUMBER_NEXT.match(text, k, hi):
        k = text.find(". ", k + 2, hi)
    return k


def _care_outcome(outcomes: dict, text: str, start: int, end: int, s: int, e: int,
                  later: list[int] | None = None) -> str | None:
    """The outcome cue nearest the modality within its clause ("failed PT ...; chiropractic helped").

    A cue in a relative clause ("... and tried tramadol which made her nauseated") belongs to the care just
    before it, not to care named earlier (`later`: starts of other care after this one in the sentence)."""
    cs = max(text.rfind(";", s, start), text.rfind(". ", s, start), s - 1) + 1
    ce_candidates = [x for x in (text.find(";", end, e), _full_stop(text, end, e)) if x >= 0]
    ce = min(ce_candidates) if ce_candidates else e
    best, dist, best_end = None, None, 0
    for name, rx in outcomes.items():
        for m in rx.finditer(text, cs, ce):
            if (later and m.start() >= end and any(end <= c < m.start() for c in later)
                    and _RELATIVE.search(text, max(end, m.start() - 25), m.start())
                    and not _DEMONSTRATIVE_THAT.search(text, max(end, m.start() - 30), m.start())
                    and not (name in _LIST_OUTCOMES and _LIST_RELATIVE.search(text, max(end, m.start() - 25), m.start()))):
                continue
            d = m.start() - end if m.start() >= end else start - m.end()
            if dist is None or d < dist:
                best, dist, best_end = name, d, m.end()
    if best == "helped":  # "helped at first and then plateaued", "improved, but the pain came back": the later word
        stop = min([c for c in (later or []) if c > best_end] + [ce])
        for name in ("failed", "partial", "intolerant"):
            if outcomes[name].search(text, best_end, stop):
                return name
    return best


def _care_weeks(ctx: NoteContext, start: int, end: int, s: int, e: int, dos: dt.date | None = None) -> float | None:
    """Duration written right after a modality ("PT for 8 weeks") or right before it ("6 weeks of PT")."""
    for d in ctx.m.durations:
        if s <= d.start < e and 0 <= d.start - end <= 30 and not ctx.text[end : d.start].strip(" ,").count(",") \
                and not _AGO.match(ctx.text, d.end - 3):  # "PT, about 3 months ago": when, not how long (round 16)
            return round(d.value, 4)
    for d in ctx.m.durations:  # "gabapentin and lidocaine patches gave minimal relief over 8 weeks"
        if (s <= d.start < e and 0 <= d.start - end <= 70 and not re.search(r"[,;.]", ctx.text[end : d.start])
                and _OUTCOME_BEFORE.search(ctx.text, end, d.start)):
            return round(d.value, 4)
    for d in ctx.m.durations:  # "8 weeks of formal PT", "8 weeks of pelvic stabilization therapy"
        own_of = ctx.text[d.start : d.end].lower().endswith("of")  # the span may hold its "of" ("Eight weeks of")
        if s <= d.start < e and 0 <= start - d.end <= 40 and (
                _OF_GAP.match(ctx.text[d.end : start]) or _OF_FREE_GAP.match(ctx.text[d.end - 2 if own_of else d.end : start])):
            return round(d.value, 4)
    m = (_BARE_BEFORE.search(ctx.text, max(s, start - 30), start) or _COORD_BEFORE.search(ctx.text, max(s, start - 50), start)
         or _BARE_AFTER.match(ctx.text, end, min(e, end + 32))  # (room for "for a full eight weeks")
         or _ENDED_AFTER.match(ctx.text, end, min(e, end + 60))
         or _WITH_AFTER.match(ctx.text, end, min(e, end + 70)))
    if m:  # "8 weeks PT", "PT x 6 wks", "PT failed after 8 weeks"
        n = number(m.group("n") or m.groupdict().get("w") or m.groupdict().get("w2") or "")
        if n is not None:
            return round(weeks(n, m.group("u")), 4)
    m = _APART_AFTER.match(ctx.text, end, min(e, end + 80))
    if m:  # "PT (3 courses, most recently 10 weeks)", "PT, 8 weeks each"
        n = number(m.group("n") or m.group("n2"))
        if n is not None:
            return round(weeks(n, m.group("u") or m.group("u2")), 4)
    m = _FREQUENCY_AFTER.match(ctx.text, end, min(e, end + 60)) or _GOING_AFTER.match(ctx.text, end, min(e, end + 90))
    if m:  # "PT twice weekly for a full eight weeks", "PT in November, went for six weeks"
        n = number(m.group("n"))
        if n is not None:
            return round(weeks(n, m.group("u")), 4)
    span = _month_span_weeks(ctx.text, start, end, s, e)
    if span is not None:  # "aquatic therapy Apr-Jun 2025", "PT (Feb-Apr 2025)", "PT from 04/2025 to 06/2025"
        return span
    m = _SESSIONS_BEFORE.search(ctx.text, max(s, start - 40), start) or _SESSIONS_AFTER.match(ctx.text, end, min(e, end + 25))
    if m:  # "PT 12 visits", "twelve sessions of physical therapy": a count of sessions, not a length
        n = 12.0 if "dozen" in m.group("n").lower() else number(m.group("n"))
        if n is not None:
            return round(n / _SESSIONS_PER_WEEK, 4)
    m = _SESSION_COUNT_BEFORE.search(ctx.text, max(s, start - 16), start)
    if m and _SESSION_WORD_AFTER.match(ctx.text, end, min(e, end + 16)):  # "after 18 physical therapy visits"
        n = number(m.group("n"))
        if n is not None:
            return round(n / _SESSIONS_PER_WEEK, 4)
    for d in ctx.m.durations:  # "Over the last three months she has done PT and taken naproxen, neither of which helped"
        if s <= d.start and d.end <= start and (_FRONTED.match(ctx.text, s, d.start) or (
                _OPENS_FIELD.match(ctx.text, s, d.start) and _FRONT_WORD.match(ctx.text, d.start))) \
                and _FRONTED_CARE.match(ctx.text, d.end, start) and not _SYMPTOM.search(ctx.text, d.end, start):
            return round(d.value, 4)  # (not "For 8 weeks she has tried to ignore the pain despite PT": the symptoms')
    for m in _UMBRELLA.finditer(ctx.text, s, start):
        # "Conservative management over the past 2 months (PT, chiropractic, acetaminophen) has been unsuccessful";
        # each umbrella in turn ("tried and failed >6 weeks of conservative treatment (PT, ...)": the second's)
        for d in ctx.m.durations:  # the course's length is each care's it lists
            if s <= d.start and d.end <= start and (0 <= d.start - m.end() <= 30 or 0 <= m.start() - d.end <= 20) \
                    and not (d.start > m.end() and (ctx.text[d.start:d.end].lower().endswith(" of")
                                                    or _OF_AFTER.match(ctx.text, d.end))):
                return round(d.value, 4)  # (not one care's own length: "Conservative treatment: 8 weeks of PT, ...")
        since = _since_weeks(ctx, m.end(), min(start, m.end() + 30), dos)
        if since is not None:  # "Non-operative management since December (PT, NSAID, ...)" (round 15, nec1)
            return since
    return _since_weeks(ctx, end, min(e, end + 25), dos)  # "gabapentin since June, no help"


def _list_tail_weeks(ctx: NoteContext, care: list, span, e: int) -> float | None:
    """The length closing a list of care that this care opens or sits in ("treated with physical therapy, chiropractic
    care and oral analgesics over a period of twelve weeks", "NSAIDs and a structured core programme over 3 months"):
    the list runs on over the care after this one and at most one last item the lexicon does not name, and the
    length right after it is each item's (round 18, gap18b). Never a span the symptoms own ("PT, naproxen and leg pain
    for 3 months") nor a time ago."""
    text, pos = ctx.text, span.end_char
    for c in care:
        if c.start_char < pos:
            continue
        if c.start_char >= e or not _LIST_JOIN.fullmatch(text, pos, c.start_char):
            break
        pos = c.end_char
    for d in ctx.m.durations:
        if pos <= d.start < min(e, pos + 90):
            gap = _LIST_TAIL.fullmatch(text, pos, d.start)
            if gap and not _SYMPTOM.search(text, pos, d.start) and not _AGO.match(text, d.end - 3):
                return round(d.value, 4)
            break
    return None


# Between two items of a care list ("physical therapy, chiropractic care", "NSAIDs and a trial of gabapentin").
_LIST_JOIN = compile_rule(r"\s*(?:,\s*(?:(?:and|&|or)\s+)?|(?:and|&|or|plus)\s+)(?:(?:a|an|the|some|oral|formal|structured|"
                          r"(?:course|trial)\s+of)\s+){0,3}", re.IGNORECASE)
# ... and from the list's last named item to its length: one more item of up to four words, then the span's word
# ("and oral analgesics over a period of twelve weeks", "and a structured core-stabilisation programme over 3 months").
_LIST_TAIL = compile_rule(r"(?:\s*,?\s*(?:and|&|or|plus)\s+(?:[\w'-]+\s+){1,4}?)?\s*(?:(?:over|for|during|across)\s+"
                          r"(?:a\s+period|the\s+course|a\s+span|a\s+total)\s+)?", re.IGNORECASE)


def _since_weeks(ctx: NoteContext, lo: int, hi: int, dos: dt.date | None) -> float | None:
    """Weeks from a "since <month/date>" in text[lo:hi] to the date of service, for a course of care told by when it
    began; None without the date of service or such an onset before it (round 15, nec1, r15/q3)."""
    if dos is None or hi <= lo or "since" not in ctx.text[lo:hi].lower():
        return None
    for m in note_cue("since_date").finditer(ctx.text, lo, hi):
        if ctx.text[m.start() : m.start() + 5].lower() != "since":
            continue
        onset = _onset(m, dos)
        if onset is not None and onset < dos:
            return round((dos - onset).days / 7, 4)
    return None


# The count before the care's name and the session word after it ("18 physical therapy visits", "12 PT sessions";
# round 12, N12).
_SESSION_COUNT_BEFORE = compile_rule(r"\b(?P<n>\d{1,3}|six|eight|nine|ten|eleven|twelve|fifteen|sixteen|eighteen|twenty|"
                                     r"twenty-four|thirty)\s+(?:(?:" + cue_text("care_session_qualifier")
                                     + r")\s+)?$", re.IGNORECASE)
_SESSION_WORD_AFTER = compile_rule(r"\s+(?:" + cue_text("care_session_word") + r")\b", re.IGNORECASE)
_OF_AFTER = compile_rule(r"\s+of\b", re.IGNORECASE)  # a length's own "of" just after its span
# The patient and a verb of doing care after a duration fronting the sentence, then the care ("Over the last three months
# she has done PT and taken naproxen", "For 8 weeks he tried PT"; round 15, nec1, paraphrase sets default and q1): the
# fronted span is the length of each care the sentence lists.
_FRONTED_CARE = compile_rule(r"\s*,?\s*(?:she|he|they|the\s+patient|pt)\s+(?:(?:has|have|had)\s+)?(?:" + cue_text("care_tried_verb") + r")"
                             r"\b[^.;:\n]*$",
                             re.IGNORECASE)
# A course of care named as a whole, then its parts ("Conservative management over the past 2 months (PT, chiropractic,
# acetaminophen)", "Conservative care x 8 weeks: PT, NSAIDs", "3 months of non-operative treatment including PT").
_UMBRELLA = compile_rule(r"\b(?:" + cue_text("care_umbrella_kind") + r")\s+"
                         r"(?:" + cue_text("care_umbrella_noun") + r")\b"
                         r"|\btried\s+(?:and|&|\+)\s+failed\b", re.IGNORECASE)  # "Tried and failed over 3 months - PT, ..."


# A course of care told by the months it ran, after the care ("PT twice a week Sept-Nov 2025", "physio (Feb-Apr 2025)",
# "aquatic therapy from April to June 2025", "PT 04/2025-06/2025") or before it ("Apr-Jun 2025: PT"). Its length is
# counted from the middle of the first month to the middle of the last (Apr-Jun: 2 months): the shortest reading that
# does not assume the course filled both end months (round 11, dev_fresh_bb).
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"  # a full date's day ("PT 1/15/2025 - 3/20/2025"): the months decide the length
_MONTH_SPAN = compile_rule(
    r"(?:\b(?:from|between|in|during)\s+|\(\s*)?(?:(?P<m1>" + _MONTH_NAME + r")(?:\s+(?P<y1>(?:19|20)\d{2}))?"
    r"\s*(?:-|\u2013|\u2014|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*(?P<m2>" + _MONTH_NAME + r")"
    r"(?:\s+(?P<y2>(?:19|20)\d{2}))?|(?P<n1>0?[1-9]|1[0-2])/(?:" + _DAY + r"/)?(?P<ny1>(?:19|20)?\d{2})\s*(?:-|\u2013|\bto\b|"
    r"\bthrough\b)\s*(?P<n2>0?[1-9]|1[0-2])/(?:" + _DAY + r"/)?(?P<ny2>(?:19|20)?\d{2}))(?![/\d])", re.IGNORECASE)
_SPAN_GAP_AFTER = compile_rule(r"[^.;,\n]{0,30}$")  # words between the care and its months ("twice a week")
_SPAN_GAP_BEFORE = compile_rule(r"[\s:,\u2013\u2014-]*(?:(?:she|he|they|the\s+patient|pt)\s+(?:"
                                + cue_text("care_done_verb")
                                + r")\s+)?(?:(?:a|an)\s+(?:course|trial)\s+of\s+)?$", re.IGNORECASE)


def _month_index(name: str) -> int:
    return _MONTHS.index(name.lower()[:3]) + 1


def _month_span_weeks(text: str, start: int, end: int, s: int, e: int) -> float | None:
    """Weeks of a course of care told by its first and last month, right after the care (in its clause) or right
    before it; None without such a span."""
    for m in _MONTH_SPAN.finditer(text, end, min(e, end + 70)):
        if _SPAN_GAP_AFTER.match(text, end, m.start()):
            return _span_weeks(m)
        break
    lo = max(s, start - 45)
    for m in _MONTH_SPAN.finditer(text, lo, start):
        if _SPAN_GAP_BEFORE.match(text, m.end(), start):
            return _span_weeks(m)
    return None


def _span_weeks(m: re.Match[str]) -> float | None:
    if m.group("m1"):
        m1, m2 = _month_index(m.group("m1")), _month_index(m.group("m2"))
        y2 = int(m.group("y2")) if m.group("y2") else None
        y1 = int(m.group("y1")) if m.group("y1") else (None if y2 is None else y2 if m1 <= m2 else y2 - 1)
    else:
        m1, m2 = int(m.group("n1")), int(m.group("n2"))
        y1, y2 = (int(x) % 100 for x in (m.group("ny1"), m.group("ny2")))
    if y1 is None or y2 is None:  # "Nov-Jan": the span crosses a new year
        y1, y2 = 0, (1 if m2 < m1 else 0)
    months = (y2 * 12 + m2) - (y1 * 12 + m1)
    return round(weeks(months, "m"), 4) if 0 < months <= 36 else None


# A course of care counted in sessions ("12 visits of PT", "PT x 12 sessions", "PT (12 visits)"): its length is the
# shortest those sessions can take, at the highest usual frequency (lexicon care_sessions_per_week).
_SESSIONS_PER_WEEK: float = float(lexicon("care_sessions_per_week"))
_SESSION_N = r"(?P<n>\d{1,3}|a\s+dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty)"
_SESSION_WORD = r"(?:" + cue_text("care_session_noun") + r")"
_SESSIONS_BEFORE = compile_rule(_SESSION_N + r"\s+(?:(?:" + cue_text("care_session_kind") + r")\s+)?"
                                + _SESSION_WORD + r"\s+(?:of\s+)?(?:(?:" + cue_text("care_session_qualifier")
                                + r")\s+)?$", re.IGNORECASE)
_SESSIONS_AFTER = compile_rule(r"\s*(?:x|\u00d7|for|times|:|-|\u2013|\(|,)?\s*(?:about\s+|roughly\s+|over\s+)?" + _SESSION_N + r"\s+" + _SESSION_WORD + r"\b",
                               re.IGNORECASE)


# A hyphenated length before two coordinated cares: "a 10-week home exercise and physical therapy program" (the
# length is the second care's too).
_COORD_BEFORE = compile_rule(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?P<u>week|month)\s+"
                             r"(?:[a-z]+\s+){1,3}and\s+(?:a\s+|an\s+)?$", re.IGNORECASE)
_LABEL_LINE = compile_rule(r"[ \t]*(?:[-*\u2022][ \t]*)?(?P<label>[A-Za-z][^:\n|]{0,40}):")
# "... dorsum of the foot. Imaging:", a sub-label after a label ("Imaging:\tMRI:"; round 13)
_LABEL_END = compile_rule(r"(?:^|[.;:]\s+|\t)(?P<label>[A-Za-z][\w /-]{0,30}):\s*$")
_LABEL_TAIL = compile_rule(r"(?P<label>[A-Za-z][\w /-]{0,30}):\s*[\"\u201c']?\s*(?:\d{1,2}[.)]\s*)?$")  # "MRI impression: 1. "
# A header line whose label is a word and a bracket, without a colon ("IMAGING (MRI lumbar spine without contrast, January
# 2026, report quoted)"), over a quoted report (round 12, N12).
_LABEL_PAREN = compile_rule(r"[ \t]*(?P<label>[A-Za-z][\w /-]{0,25}\([^()\n]{1,90}\))[ \t]*:?[ \t]*$")
_BLOCK_LINES = 8
# Header categories a row of a study's block may carry as its own label ('Impression:', 'Findings:', 'History:')
_STUDY_ROW_CATEGORIES = frozenset({None, "imaging", "history", "exam", "indications", "pre_procedure"})


def _in_labelled_block(ctx: NoteContext, start: int, rx: re.Pattern[str]) -> bool:
    """Whether the line holding `start` belongs to a block whose label names `rx` ("Imaging:" / "MRI L-spine:" followed
    by table rows or a list): the nearest label line above it in the same paragraph decides; a blank line ends it."""
    text = ctx.text
    ls = text.rfind("\n", 0, start) + 1
    head = _LABEL_TAIL.search(text, ls, start)  # "Lumbar MRI impression: 1. L5-S1 ...": the label on the same line
    if head:  # ... or the line's words before it ("Imaging - MRI L-spine 11/2025, impression quoted: "1. ..."; N12)
        return bool(rx.search(head.group("label")) or rx.search(text, ls, head.start()))
    own = _LABEL_LINE.match(text, ls)
    if own and ctx.idx.in_header(own.start("label")) \
            and ctx.idx.category_at(own.start("label")) not in _STUDY_ROW_CATEGORIES:
        return bool(rx.search(own.group("label")))  # a field of its own ('Diagnosis: ...' under 'MRI: N/A'), no row
        # of the study's block above (round 18, formsR2)
    for _ in range(_BLOCK_LINES):
        if ls == 0:
            return False
        ps = text.rfind("\n", 0, ls - 1) + 1
        line = text[ps : ls - 1]
        if not line.strip():
            # a stray blank line under a label that closes its line ("Imaging:\tMRI:" + blank line + "L5-S1 disc
            # protrusion ..."; an odd-spacing note, round 13): the label still heads the value below
            above = text.rfind("\n", 0, max(0, ps - 1)) + 1
            if ps == 0 or not text[above : ps - 1].rstrip().endswith(":"):
                return False
            ls = ps
            continue
        m = _LABEL_END.search(line) or _LABEL_LINE.match(line) or _LABEL_PAREN.match(line)  # a label ending the line
        # heads the block below it
        if m:  # read in its line, so a cue may look past the label ('Imaging: Fluoroscopy' is the guidance, no report)
            hit = rx.search(line)
            return bool(hit and hit.start() < m.end("label"))
        ls = ps
    return False


def _sentence_facts(ctx: NoteContext, rx: "re.Pattern[str] | _SplitCue", extra: re.Pattern[str] | None = None,
                    cats: tuple = _NECESSITY_SECTIONS, negatable: bool = False,
                    labelled: bool = False, denied: re.Pattern[str] | None = None,
                    finding_negation: bool = False) -> list[TextFact]:
    """Sentences of the necessity sections holding `rx` (and `extra` somewhere in the sentence, or, with `labelled`,
    in the label of the block the sentence sits in), less negated or blank-field ones, and less a relative's history
    (`nlp.necessity_scope`). With `finding_negation` (imaging) only a negation right before a finding denies it; with
    `labelled` (imaging) a study of a limb joint is no spinal finding."""
    text = ctx.text
    out: list[TextFact] = []
    seen: set[tuple[int, int]] = set()
    neg = cue("negation_before")
    denied_end: dict[int, int] = {}  # sentence start -> end of its last denied cue (a denied list reaches its items)
    run_on = None in cats  # a title field run on into the history reads as unsectioned text (`_cat_at`)
    matches = (m for sec in ctx.idx.sections if sec.category in cats or (run_on and sec.category == "procedure")
               for m in rx.finditer(text, sec.start, sec.end))
    for m in matches:
        if _cat_at(ctx, m.start()) not in cats:
            continue
        s, e = ctx.idx.sentence_at(m.start())
        if (s, e) in seen:
            continue
        if extra is not None and not extra.search(text, s, e) and not (labelled and _in_labelled_block(ctx, s, extra)):
            continue
        if ctx.idx.in_placeholder(m.start(), m.end()):
            continue  # "[ ] Radicular pain  [x] Axial pain only": an option left unticked (round 15, nec1)
        if scope.relative_subject(text, s, m.start()):
            continue  # "Father had sciatica", "Her spouse uses a walker": a relative's history (round 13, PP13a)
        if scope.instruction_clause(text, s, m.start()):
            continue  # "Report fever, new weakness or trouble passing urine": a warning sign to watch for (round 19)
        if (negatable or finding_negation) and s in denied_end and scope.list_continues(text, denied_end[s], m.start()):
            denied_end[s] = m.end()
            continue  # "Denies radiating pain, numbness or tingling": the list's later items are denied too
        if finding_negation and scope.imaging_negated_before(text, s, m.start()):
            denied_end[s] = m.end()
            continue  # "MRI: no disc herniation, no stenosis"
        if labelled and scope.imaging_other_part(text, s, m.start()):
            continue  # "MRI of the left knee showed a meniscal tear": not the spine (round 15, nec1)
        if negatable and (scope.negated_after(text, m.end(), e) or scope.uncertain_before(text, s, m.start())):
            continue  # "SLR negative bilaterally", "ODI to be completed at f/u", "rule out radiculopathy"
        if negatable and scope.denied_list_before(text, s, m.start()):
            denied_end[s] = m.end()
            continue  # "ROS: negative for fever, chills, bowel or bladder changes, saddle anesthesia, leg weakness"
        if negatable:
            ws = max(s, m.start() - 30)
            subj = list(_NEW_SUBJECT.finditer(text, ws, m.start()))
            if _NEW_PREDICATE.search(text, ws, m.start()):
                ws = m.start()  # "takes gabapentin without relief, and cannot walk his dog": a new predicate
            start = subj[-1].end() if subj else ws
            closed = list(_CLOSED_OUTCOME.finditer(text, start, m.start()))
            if closed:
                start = closed[-1].end()  # "PT without improvement, difficulty lifting": the 'without' is spent
            if _negated_before(neg, text, start, m.start()):
                denied_end[s] = m.end()
                continue  # "no leg pain, can't walk" (but not "NSAIDs did not help and she can no longer stand")
        if _blank_field(ctx, m.end(), e):
            continue  # "Functional status: ***": a template label whose value was never filled in
        if negatable and _NONE_FIELD.match(text, m.end(), e):
            continue  # "Functional limitations: none reported": the field says there is none
        if denied is not None and any(d.start() <= m.start() < d.end() for d in denied.finditer(text, s, e)):
            continue  # "She is independent with ADLs": the words of function, said to be intact
        if denied is not None and scope.functional_intact(text, s, e, m.start()):
            continue  # "Able to perform all ADLs independently"
        seen.add((s, e))
        ev = ctx.sentence_ev(m.start(), _LONG)
        out.append(TextFact(value=" ".join(ev.text.split()), evidence=[ev]))
    if "-\n" in text:  # an OCR scan's words hyphenated at a line end ("diffi-" / "culty walking")
        out.extend(_hyphen_wrapped_facts(ctx, rx, cats, negatable, denied, seen, {f.evidence[0].start for f in out}))
    return out


_HYPHEN_WRAP = compile_rule(r"(?<=[a-z])-\n[ \t]*(?=[a-z])")


def _hyphen_wrapped_facts(ctx: NoteContext, rx: "re.Pattern[str] | _SplitCue", cats: tuple, negatable: bool,
                          denied: re.Pattern[str] | None, seen: set, starts: set) -> list[TextFact]:
    """Sentences whose cue only reads once a word hyphenated at a line end is joined again ("She has diffi-" / "culty
    turning her head"): the sentence, read with its wraps removed, under the same negation and denial tests."""
    text, out = ctx.text, []
    neg = cue("negation_before")
    done: set[int] = set()
    for w in _HYPHEN_WRAP.finditer(text):
        if ctx.idx.category_at(w.start()) not in cats:
            continue
        s = ctx.sentence_ev(max(0, w.start() - 1), _LONG).start  # as the other facts start (after a field label)
        e = _wrapped_end(ctx, ctx.idx.sentence_at(max(0, w.start() - 1))[1])
        if s in done or s in starts or any(a <= s < b for a, b in seen):
            continue
        done.add(s)
        joined = _HYPHEN_WRAP.sub("", text[s:e])
        for m in rx.finditer(joined):
            if negatable and _negated_before(neg, joined, max(0, m.start() - 30), m.start()):
                continue
            if denied is not None and any(d.start() <= m.start() < d.end() for d in denied.finditer(joined)):
                continue
            ev = ctx.ev(s, min(e, s + _LONG))
            out.append(TextFact(value=" ".join(joined.split())[:_LONG], evidence=[ev]))
            break
    return out


def _radicular(ctx: NoteContext) -> list[TextFact]:
    """Radicular symptoms or signs, not a radiculopathy diagnosis: anywhere in the history, and on a
    diagnosis line only where it goes on to describe them ("Dx: cervical radiculopathy M54.12. R>L arm
    pain/paresthesias in C7 distribution")."""
    rx = _split_cue("radicular")
    out = [f for f in _sentence_facts(ctx, rx, negatable=True, cats=tuple(c for c in _NECESSITY_SECTIONS if c != "diagnosis"))
           if not _dx_words_only(rx, f.evidence[0].text)  # "... no leg symptoms. Dx: right lumbar radiculopathy."
           and not _radicular_other_picture(rx, f.evidence[0].text)]
    seen = {f.evidence[0].start for f in out}
    for f in _sentence_facts(ctx, rx, negatable=True, cats=_DX_SECTIONS):
        words = [m.group(0) for m in rx.finditer(f.evidence[0].text)]
        if (f.evidence[0].start not in seen and any(not _DX_WORD.match(w) for w in words)
                and not _radicular_other_picture(rx, f.evidence[0].text)):  # a CRPS diagnosis line's signs (round 19)
            out.append(f)
    return out


def _radicular_other_picture(rx: "re.Pattern[str] | _SplitCue", text: str) -> bool:
    """Whether a sentence's radicular words tell another picture (CRPS signs, the scalp, the limb denied) or a risk
    named at consent, not radicular symptoms (rounds 15 and 19)."""
    matches = list(rx.finditer(text))
    return (scope.radicular_elsewhere([(m.group(0), m.start(), m.end()) for m in matches], text)
            or scope.radicular_as_risk([m.start() for m in matches], text))


# ... with its colon written, spoken ("diagnosis colon ...") or left out by a speech recogniser ("diagnosis lumbar
# radiculopathy M 54.16."): a sentence opening on the label is the field either way.
_INLINE_DX = compile_rule(r"\W*(?:" + cue_text("inline_diagnosis_label")
                          + r")(?:\s*[:\-\u2013]|\s+colon\b|\s+(?=[a-z]))",
                          re.IGNORECASE)


def _dx_words_only(rx: "_SplitCue", sentence: str) -> bool:
    """Whether `sentence` is a diagnosis field written inline ("Dx: right lumbar radiculopathy.") whose only radicular
    words are diagnosis names; or a diagnosis written with its ICD-10 code and no label, as a note without headers
    lists it ("Lumbar radiculopathy (M54.16)", "M54.17 radiculopathy, lumbosacral region"; round 13, dev_fresh_bi)."""
    words = [m.group(0) for m in rx.finditer(sentence)]
    if _INLINE_DX.match(sentence):
        return all(_DX_WORD.match(w) for w in words)
    # (neurogenic claudication, a covered ESI indication in itself, still counts beside its code: "... with neurogenic
    # claudication for 1 year; lumbar spinal stenosis M48.062")
    return bool(_ICD_CODE.search(sentence)) and all(w.lower().startswith(("radicul", "sciatica")) for w in words)


_ICD_CODE = compile_rule(r"\b(?-i:[A-TV-Z])\d{2}\.[0-9A-Z]{1,4}\b")


# A clause with its own subject: a negation before it does not reach into it.
# A spoken "period"/"comma" left in dictation ends the clause too ("... without relief period he can no longer drive").
# A clause with its own subject after a comma or "and" ("have not helped, and the headaches keep her from reading",
# "but his back pain stops him ..."): a negation before it speaks of the earlier clause. A bare comma before the subject
# counts too: dictation splices its clauses with commas ("tramadol did not help, she can't stand long enough to ...").
_NEW_SUBJECT = compile_rule(r"(?:\b(?:and|but|so|yet|period|comma)|,)\s+(?:she|he|they|the\s+patient|pt|"
                            r"(?:the|her|his|their)\s+(?:[a-z]+\s+)?(?:" + cue_text("symptom_subject_noun") + r"))\b",
                            re.IGNORECASE)
# A negated care outcome closed by a comma, a dash or a spoken stop ("meloxicam without improvement, difficulty lifting",
# "tried PT - no change, pain wakes him at night", "no relief period cannot sit"): the negation says how the care
# went and ends there, so it does not reach the limitation after it (dictation runs these on; round 12, n12b). A
# denied symptom list ("denies numbness, weakness or difficulty walking") names no outcome word and stays negated.
_CLOSED_OUTCOME = compile_rule(r"\b(?:" + cue_text("care_closed_outcome_word") + "|" + cue_text("pain_closed_quality_word")
                               + r")\b"
                               r"(?:\s+(?:at\s+all|either|yet|so\s+far|much))?\s*(?:\([^()\n]{0,30}\)\s*)?"
                               r"(?:[,\u2013\u2014]|\s-\s|\bperiod\b(?!\s+of\b))"
                               r"|\b(?:" + cue_text("dictation_stop_word") + r")\b(?!\s+of\b)", re.IGNORECASE)
# "..., and cannot walk": "and"/"but" right before the limitation starts a new predicate of the same subject, so
# a negation before it ("without relief") speaks of the earlier one.
_NEW_PREDICATE = compile_rule(r"\b(?:and|but)\s+$", re.IGNORECASE)
# "can not" / an OCR line break inside "can-|not": the "not" is half of "cannot", a limitation itself, not a negation
# of the cue after it ("He can-\nnot stand long enough to finish a shift").
_CAN_BEFORE = compile_rule(r"\bcan[ \t]*-?\s*$", re.IGNORECASE)


def _negated_before(neg: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether a negation cue in text[start:end] reaches the cue at `end`, less a "not" that completes "can not"."""
    pos = start
    while True:
        n = neg.search(text, pos, end)
        if n is None:
            return False
        if not (text[n.start() : n.start() + 3].lower() == "not" and _CAN_BEFORE.search(text, max(0, n.start() - 8), n.start())):
            return True
        pos = n.start() + 3


_NONE_FIELD = compile_rule(r"\w*\s*:\s*(?:" + cue_text("function_none_field_value") + r")"
                           r"(?:\s+(?:" + cue_text("function_none_field_verb") + r"))?\W*$", re.IGNORECASE)


def _blank_field(ctx: NoteContext, start: int, end: int) -> bool:
    """Whether text[start:end] holds nothing but a colon and unfilled template blanks."""
    rest = ctx.text[start:end]
    if not any(start <= p[0] < end for p in ctx.idx.placeholders):
        return False
    for p0, p1 in sorted(ctx.idx.placeholders, reverse=True):
        if start <= p0 < end:
            rest = rest[: p0 - start] + rest[p1 - start :]
    return not rest.strip(" \t\n:.-")


def indication(ctx: NoteContext) -> TextFact | None:
    for sec in _sections(ctx, ("indications",)):
        body = ctx.text[sec.body_start : sec.end].strip()
        if body and not ctx.idx.in_placeholder(sec.body_start, sec.end):
            start = ctx.text.find(body[:20], sec.body_start)
            end = start + min(len(body), _LONG)
            return TextFact(value=" ".join(ctx.text[start:end].split()), evidence=[ctx.ev(start, end)])
    m = note_cue("indication_phrase").search(ctx.text)
    if m:
        ev = ctx.sentence_ev(m.start(), _LONG)
        return TextFact(value=" ".join(ev.text.split()), evidence=[ev])
    # dictated notes: the opening clinical sentence says why ("Right SI region pain for over a year ...")
    dx = ctx.spans("DX")
    closing = cue("letter_closing")
    seen_history = False
    opening = ctx.idx.preamble_end()
    for s, e in ctx.idx.sent_bounds:
        if e <= opening:
            continue  # an EHR preamble before the title ('This note was electronically signed ...') is no history
        cat = ctx.idx.category_at(s)
        if cat in _TEMPLATE_HEAD_FIELDS and not seen_history:
            continue  # a template's menu above its history ("Side: [X] Left", "Levels: L3-L4, L4-L5"; round 11)
        if cat in _PROCEDURE_PHASE or closing.match(ctx.text, s, e):
            break  # the history (or the letter) is over: later sentences report the procedure or sign it
        seen_history = seen_history or cat == "history"
        ls, le = ctx.idx.line_at(s)
        if ctx.idx.mention_source(s) == "title" and cat in (None, "history") and s <= ls:
            # dictation without full stops: the title line runs on into the history
            k = le + 1
            if k < e and _SYMPTOM.search(ctx.text, k, e) and not _NOT_INDICATION.match(ctx.text, k, e):
                end = min(e, k + _LONG)
                return TextFact(value=" ".join(ctx.text[k:end].split()), evidence=[ctx.ev(k, end)])
            continue
        if cat not in (None, "history"):
            inline = _inline_history(ctx, s, e) if cat == "diagnosis" else None
            if inline is not None:
                return inline
            continue
        if _NOT_INDICATION.match(ctx.text, s, e):
            continue  # "Pain has been present for 10 weeks.", "Conservative care: ...": other elements
        if (_SYMPTOM.search(ctx.text, s, e) or any(s <= x.start_char < e for x in dx)) \
                and not _DEVICE_SETTING.search(ctx.text, s, e):
            ev = ctx.sentence_ev(s, _LONG)
            return TextFact(value=" ".join(ev.text.split()), evidence=[ev])
    return None


# A history field run on after a column gap on the diagnosis line of a compact record ("Dx: Myofascial pain (M79.18)
# Hx: Neck pain with taut bands", "Diagnosis: M47.816   Indication: axial low back pain"): the label opens no section,
# so the line reads as the diagnosis (round 17b, n3, dev_fresh_co).
# The labels: lexicon `inline_history_field_label`.
_INLINE_HX_FIELD = compile_rule(r"(?:\t|[ ]{2,}|[ ]\|[ ])(?:" + cue_text("inline_history_field_label") + r")[ \t]*:[ \t]*",
                                re.IGNORECASE)


def _inline_history(ctx: NoteContext, s: int, e: int) -> TextFact | None:
    """The symptoms told in a history field run on inside the diagnosis line (`_INLINE_HX_FIELD`), as the indication;
    not a field holding no symptom ("Hx: HTN, DM2", "Hx: see prior note")."""
    ls, le = ctx.idx.line_at(s)
    m = _INLINE_HX_FIELD.search(ctx.text, max(s, ls), le)
    if m is None or not _SYMPTOM.search(ctx.text, m.end(), le) or _NOT_INDICATION.match(ctx.text, m.end(), le):
        return None
    end = min(le, m.end() + _LONG)
    return TextFact(value=" ".join(ctx.text[m.end():end].split()), evidence=[ctx.ev(m.end(), end)])


# A sentence that changes a pump's settings names the condition only as the reason for the change ("Dose increased
# 10% per spasticity; pump reprogrammed"): it is no statement of why the procedure was done.
_DEVICE_SETTING = compile_rule(r"\b(?:" + cue_text("device_setting_change") + r")\b",
                               re.IGNORECASE)


def necessity(ctx: NoteContext, date_of_service: dt.date | None = None) -> Necessity:
    """All medical-necessity facts. A date of service given by the caller (the encounter's, set by
    `nlp.extract`) wins over the one written in the note: onset dates are counted back from it."""
    given = ctx.doc.user_data.get(DOS_KEY)
    date_of_service = given if isinstance(given, dt.date) else date_of_service
    dx = diagnoses(ctx)
    # Acute zoster: imaging is there to exclude a structural cause, so a study read as normal is its finding (dev_fresh_ba
    # fba-ilesi-03); elsewhere "MRI: no disc herniation, no stenosis" documents no concordant finding (round 13, PP13a).
    zoster = any((d.icd10 or "").upper().startswith("B02") for d in dx)
    return Necessity(
        diagnoses=dx,
        symptom_duration=symptom_duration(ctx, date_of_service),
        conservative_care=conservative_care(ctx, date_of_service),
        functional_impairment=_sentence_facts(ctx, _split_cue("functional"), negatable=True,
                                              denied=cue("functional_denied")),
        imaging_findings=_sentence_facts(ctx, _imaging_words(), _imaging_modality(),
                                         cats=_NECESSITY_SECTIONS, labelled=True, finding_negation=not zoster),
        radicular_findings=_radicular(ctx),
        exam_findings=_sentence_facts(ctx, _split_cue("exam_findings"), cats=_EXAM_SECTIONS, negatable=True),
        indication=indication(ctx),
    )
