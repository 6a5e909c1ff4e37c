"""Pain scores (pre, post, baseline, follow-up), percent relief, prior block results and
functional scales.

Timing comes from the nearest cue before a score in its sentence ("pre-procedure 7/10",
"after the injection 2/10", "pain from 8/10 to 2/10") or, failing that, from its section.
Relief is "this procedure" when stated after it (post-procedure, at discharge), a diagnostic
block result when the sentence names a prior block, and a prior procedure response otherwise.
"""

from __future__ import annotations

import datetime as dt
import re

from coding.facts import Assessments, PainScore, Relief, TextFact
from nlp import necessity_scope as scope
from nlp.build_necessity import DOS_KEY
from nlp.context import NoteContext
from nlp.cues import cue, cue_map, cue_text, note_cue
from nlp.fast_regex import compile_rule
from nlp.measures import NumberMention
from nlp.rules import compiled_patterns, lexicon

_SECTION_TIMING: dict[str, str] = {
    sec: timing for timing, secs in lexicon("section_timing").items() for sec in secs
}
_FROM = compile_rule(r"\bfrom\s*(?:a\s+|an\s+)?$", re.IGNORECASE)
_TO = compile_rule(r"\b(?:to|down\s+to)\s*(?:a\s+|an\s+)?$", re.IGNORECASE)
_FROM_SCORE = compile_rule(r"\bfrom\s*(?:a\s+|an\s+)?\d", re.IGNORECASE)
# ... and the names of other 0-10 scales ("Pre-procedure FACES 8", "DVPRS 6"; round 11, dev_fresh_bb)
# ... and the pain by another name or a plural label ("Her headache was 7/10 when she sat down", "the ache 6/10",
# "Scores: ...", "Ratings: ..."; round 16b n2b, dev_fresh_cc)
_PAIN_WORD = compile_rule(r"\b(" + cue_text("score_pain_word") + r")\b", re.IGNORECASE)  # (lexicon `score_pain_word`)
# A room or bay the patient waits in before the procedure (holding area, waiting room, pre-op bay): a score there is pre.
_PRE_PLACE = cue_text("score_pre_place")  # (lexicon `score_pre_place`)
# The position a score was taken in may stand before its cue ("2/10 sitting at discharge"; lexicon `score_posture`).
_POSTURE = r"(?:(?:,\s*)?(?:" + cue_text("score_posture") + r"),?\s+)?"
_AFTER_CUE = compile_rule(r"\s*(?:\(\s*)?" + _POSTURE + r"(?:(?:with\s+|w/\s?|on\s+|during\s+)(?:the\s+|his\s+|her\s+)?[a-z]+(?:\s+(?:on|off))?\s+)?((?:before|prior\s+to)\s+"
                          # the patient leaving, told as a clause ("2/10 before she left", "before he went home",
                          # "before being discharged", "prior to her discharge"): the score after the procedure
                          + cue_text("score_leaving_clause") + r"|(?:on|upon)\s+(?:leaving|departure)|"
                          r"(?:as|when)\s+" + cue_text("score_leaving_as") + r"|"
                          r"on\s+(?:her|his|their|the)\s+way\s+out|" + cue_text("score_timing_word_after") + r"|"
                         # the end of the stay in recovery: "2/10 at the end of the recovery period", "by the close of
                         # her observation time" (round 16, nec2)
                         r"(?:at|by|toward|towards|near)\s+the\s+(?:end|close)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                         + cue_text("score_recovery_stay") + r"|"
                         # an SCS trial's score with the stimulation on: "3/10 with stimulation"
                         r"(?:with\s+|w/\s?)(?:the\s+)?" + cue_text("score_stimulation_on") + r"|"
                         # a score followed by the minutes since the block: "NRS 0 @ 30 min", "1/10 at 20 minutes"
                         # ... the minutes also in words: "1/10 at thirty minutes", "0/10 at twenty min" (round 17, evt17)
                         r"(?:@|at)\s*(?:\d{1,3}|five|ten|fifteen|twenty|thirty|forty(?:-five)?|sixty)\s*(?:minutes?|mins?|m|hours?|hrs?|h)\b|"
                         # the interval, then 'after'/'later': "2/10 thirty minutes after", "1/10 15 min post-procedure"
                         # ... an hour in words too: "3/10 one hour later", "2/10 an hour after" (round 20, pub20c)
                         r"(?:\d{1,3}|five|ten|fifteen|twenty|thirty|forty(?:-five)?|sixty|one|two|three|four|an?|half\s+an)\s*"
                         r"(?:minutes?|mins?|hours?|hrs?)\s+"
                         + cue_text("score_interval_after") + r"|"
                         # the patient arriving: "6/10 at intake", "NRS 7 on arrival", "7/10 at check-in" (round 15, q2 probe)
                         r"(?:at|on|upon)\s+(?:(?:her|his|their)\s+)?(?:" + cue_text("score_arrival_word") + r")|"
                         # a place before the procedure: "7/10 in the holding area", "8/10 in the waiting room" (round 17v)
                         r"(?:in|at)\s+(?:the\s+)?" + _PRE_PLACE + r")\b", re.IGNORECASE)
_ARRIVAL = compile_rule(r"\b(?:" + cue_text("score_arrival_word") + r"|" + _PRE_PLACE + r")\b", re.IGNORECASE)
# The rest of a quote holding a score, then who said it and when ('an 8 right now," she said before we started').
_QUOTE_TAIL = compile_rule(r"[^\"\n]{0,25}?\"\s*,?\s*(?P<tail>[^.;\n]{0,50})")
def _inside_quote(text: str, s: int, at: int) -> bool:
    """Whether the score at `at` stands inside a quotation of its sentence (an odd count of double quotes before it):
    only then does a quote's tail tell when it was said ('an 8 right now," she said before we started'). A score
    before an opening quote ('3 out of 10; he says "about half as bad as before"') keeps its own label (round 19,
    r3a)."""
    return text.count('"', s, at) % 2 == 1


# A cue that names the patient leaving ("before she left", "prior to discharge", "as he left"): a time after the
# procedure, whatever its first word.
_LEAVING = compile_rule(r"\b(?:" + cue_text("score_leaving_word") + r")\b", re.IGNORECASE)
# The timing word closing an interval cue ("thirty minutes after", "15 min later", "20 minutes post-procedure").
_INTERVAL_AFTER = compile_rule(r"\s(?:after(?:wards?)?|later|post\b[\s\w-]*)$", re.IGNORECASE)
# A score right after a timing cue: that cue labels it, not the score before. A percent is a relief, no score ("2/10
# after - 80% relief": 'after' is the 2's).
# An interval is no next score: "1/10 after 30 minutes" is the post score (round 17, evt17).
# The next label may name its scale before its colon ("Pre pain (NRS): 8     Post pain (NRS): 3", "Post pain score (0-10): 2").
# A label left blank labels its own empty field, not the score before it ("Pre: 8   Post: --", "7/10 before  post: ___";
# round 18, forms18).
# (round 18, formsR2: the next label may name the procedure, 'Pre-procedure: 7/10    Post-procedure: 3/10')
_NEXT_SCORE = compile_rule(r"[\s:-]*(?:(?:" + cue_text("score_next_label_word")
                           + r")\s*(?:\((?:NRS|NPRS|VAS|0\s*-\s*10)\)\s*)?:?\s*)*"
                           r"(?:\d+(?:\.\d+)?(?!\d|\.\d|\s*(?:%|percent\b|(?:minutes?|mins?|hours?|hrs?|h)\b))"
                           r"|(?<=[\s:])(?:_{2,}|-{2,}|\*{2,}|\?{1,3}|n/?a\b)(?=[ \t]*(?:$|\n|\|)))", re.IGNORECASE | re.MULTILINE)
# One label for a pair of scores, the pre score first ("Pre/post pain: 8/10 / 2/10", "Pain before/after 7 and 2").
_PAIRED_LABEL = compile_rule(r"(?P<label>\b(?:pre|before)-?(?:[\s-]*procedure)?\s*(?:/|&|and)\s*(?:post|after)(?:[\s-]*procedure)?\b)"
                             r"[^.;\n\d]{0,20}(?:\d{1,2}(?:\.\d)?\s*(?:/\s*10)?\s*(?:/|,|and|&|-)?\s*)?$", re.IGNORECASE)
# The verb of a fall told right before the score it fell to ("Pain fell to 3/10", "her pain dropped to 2/10", "pain eased
# to 1/10"): after a named baseline and with no other timing cue, the score after the procedure (round 20, pub20c).
_FELL_TO = compile_rule(r"\b(?:" + cue_text("score_fell_verb") + r")\s+(?:to|at)\s*(?:an?\s+)?$", re.IGNORECASE)
_NEAR_BEFORE = compile_rule(r"\b(?:pre|post|before|after)[\w-]*\s*[:,]?\s*$", re.IGNORECASE)
# A sentence that is nothing but a score out of 10 ("... Cannot wear a shoe. 8/10."): a pain score in these notes.
_SCORE_ALONE = compile_rule(r"\W*\d{1,2}(?:\.\d)?\s*/\s*10\W*$")
_SCORE_THEN_RELIEF = compile_rule(r"\s*[,;(-]\s*(?:about|approximately|roughly|~)?\s*\d{1,3}\s*(?:%|percent)\s*"
                                  r"(?:" + cue_text("score_then_relief_word") + r")", re.IGNORECASE)
# "three out of ten", "six out of 10": a pain scale by itself (a number word before "out of" is no dose)
# What makes a block in a history clause a diagnostic one ("Dx R SIJ block 2/2026: 80% relief" included, also in
# shorthand: "Prior dx L SIJ blk 06/2024: 80% relief x 8 h"; round 15); also a
# block given with a local anaesthetic alone ("a right SI block with lidocaine in May gave 90% relief", "an
# anesthetic-only SI block", "a lidocaine SI block") or whose relief lasted hours, the anaesthetic's span ("90% relief
# for 4 hours", "for the duration of the anesthetic"; round 7d): a steroid in the clause makes it a treatment instead.
_ANAESTHETIC = r"(?:" + cue_text("local_anaesthetic_name") + r")"
# A branch nerve named for a radiofrequency ablation ("medial branch RFA", "lateral branch radiofrequency neurotomy") names
# the ablation, not a block (round 17, nec17; the same guard as lexicon `diagnostic_block`; words: `rf_branch_nerve_words`).
_RF_NERVE = r"(?!(?:es)?\s+(?:nerves?\s+)?(?:" + cue_text("rf_branch_nerve_words") + r"))"
# ... and blocks named for testing ("the two test blocks", "screening blocks"; r2 nec2b, dev_fresh_bs)
_DIAGNOSTIC_BLOCK_WORD = compile_rule(cue_text("diagnostic_block_kind") + r"|\b(?:" + cue_text("diagnostic_test_word")
                                      + r")\s+(?:blocks?|blks?|injections?)\b|medial\s+branch"
                                      rf"{_RF_NERVE}|MBB|(?-i:\bMBs?\b)|lateral\s+branch{_RF_NERVE}|"
                                      r"\bdx\s+(?:\S+\s+){0,3}?(?:blocks?|blks?|injections?|injs?)\b",
                                      re.IGNORECASE)
_ANAESTHETIC_BLOCK = compile_rule(
    rf"\b(?:with|using|of)\s+(?:\d+(?:\.\d+)?\s*%\s+)?(?:plain\s+|local\s+)?{_ANAESTHETIC}(?:\s+(?:alone|only))?\b|"
    rf"\b{_ANAESTHETIC}[\s-]+(?:only|alone)\b|"
    rf"\b{_ANAESTHETIC}\s+(?:(?:" + cue_text("anaesthetic_block_site_word") + r")\s+){0,4}blocks?\b|"
    r"\b(?:for|lasting|x)\s+(?:about\s+|roughly\s+|only\s+)?(?:\d{1,2}|one|two|three|four|five|six|eight|several|a\s+few)"
    r"(?:\s*(?:-|to)\s*\d{1,2})?\s*(?:hours?|hrs?|h)\b|\b" + cue_text("anaesthetic_span_phrase") + r"\b",
    re.IGNORECASE)
# A steroid named in the block's clause: the block was a treatment, whatever anaesthetic went with it.
_STEROID_WORD = compile_rule(r"\b(?:" + cue_text("steroid_word") + r")\b", re.IGNORECASE)
# Blocks, then one result shared by both ("MBB x2 prior, both >80%", "two MBBs - each 90%", "dx blocks x2: both over 80%").
_SHARED_BLOCK_RESULT = compile_rule(r"\b(?:" + cue_text("shared_result_block_name") + r")\b[^.;\n]{0,25}?"
                                    r"[,:-]\s*(?:both|each)\b[^.;\n\d%]{0,20}$", re.IGNORECASE)
# Between a post score and a percent that states its relief: a separator and an 'about' ("7->3, ~60%", "2/10 (75%)").
_POST_THEN_PERCENT = compile_rule(r"(?:\s*/\s*10)?(?:\s+(?:after(?:wards)?|post(?:[\s-]?procedure)?))?\s*[,;(=:-]?\s*"
                                  r"(?:~|about|approx\.?|approximately|roughly|ca\.?)?\s*")
_OUT_OF = compile_rule(r"\bout\s+of\b", re.IGNORECASE)  # "a 2 out of 10": a score out of ten, as "2/10" is
# ... and "6 of 10" closing its clause ("Baseline today: 7 of 10."), never before a noun ("6 of 10 sites"; round 15)
_OF_TEN = compile_rule(r"\bof\s*10$", re.IGNORECASE)
_NOUN_NEXT = compile_rule(r"[ \t]+[a-z]")
# A score named "baseline" ("Baseline pain 6/10.", "baseline: 7/10") in a note with a post score and no pre: the day's;
# also with a verb of taking it down ("Baseline pain recorded: 7/10", "baseline NRS documented as 6"; lexicon
# `score_recorded_verb`, round 21, gap21).
_BASELINE_NAMED = compile_rule(r"\bbaseline(?:\s+(?:pain|NRS|VAS))?(?:\s+(?:score|level|rating))?"
                               r"(?:\s+(?:was\s+|were\s+)?(?:" + cue_text("score_recorded_verb") + r")(?:\s+(?:as|at))?)?"
                               r"\s*(?:is|was|of|:|=)?\s*(?:an?\s+)?$", re.IGNORECASE)
_OUT_OF_TEN = compile_rule(r"\bout\s+of\s+ten\b|^[a-z]+\s+out\s+of\s+10\b", re.IGNORECASE)
# A rating asked for at this visit ("I asked him to rate his pain", "when asked to rate her pain"; round 13, PP13b).
_ASKED_TO_RATE = compile_rule(r"\basked\s+(?:(?:him|her|them|the\s+patient|pt)\s+)?to\s+rate\b", re.IGNORECASE)
def _fraction_of_ten(mention: str, after: str) -> bool:
    """A score written as a fraction of ten ("2/10", "2 out of 10", "2 of 10" closing its clause)."""
    return "/" in mention or _OUT_OF.search(mention) is not None or (
        _OF_TEN.search(mention) is not None and not _NOUN_NEXT.match(after))


# A score told of an earlier visit ("Pain seven out of ten three weeks ago at the consult", "at her clinic visit last month
# her pain was eight out of ten", "8/10 at the previous visit"; round 15, q3 probe): the history's, never the day's.
_PAST_VISIT = (r"(?:\b(?:\d{1,2}|one|two|three|four|five|six|a\s+few|several|a|an)\s+(?:days?|weeks?|wks?|months?|mos?|years?)"
               r"\s+ago|\blast\s+(?:week|month|year|visit|appointment|time)|\b(?:at|during|on)\s+(?:the|her|his|their)\s+"
               r"(?:(?:initial|last|prior|previous|first|earlier)\s+(?:[\w-]+\s+)?(?:"
               + cue_text("score_past_visit_noun") + r")|"
               r"consult(?:ation)?))\b")
# A sentence about an earlier procedure ("Prior ESI (10/2024): pain reduced from 8/10 to 2/10", "after the previous ESI her
# pain went from eight to three"): its scores are that procedure's response (`reliefs`), never "prior to the injection".
_PRIOR_PROCEDURE = compile_rule(r"\b(?:prior(?!\s+to\b)|previous|last|first|earlier|initial|index|preceding)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:" + cue_text("prior_procedure_noun") + r")\b", re.IGNORECASE)
# ... and, in the history or in an ablation's note, the diagnostic blocks before it ("After both of his medial branch blocks
# the pain fell from 8/10 to 1/10"): never today's block, whose scores a procedure or post section holds.
_HISTORY_BLOCKS = compile_rule(r"\b(?:" + cue_text("history_block_name") + r")\b",
                               re.IGNORECASE)


# A line that carries on the sentence above (lower case, no score label): the earlier procedure may be named there.
# A labelled line ("MBB x2 prior: 85%, 80%" + newline + "pre 8/10") is its own field (round 15, dev_fresh_e).
_WRAPPED_ON = compile_rule(r"[ \t]*(?!(?i:pre|post|before|after|pain|nrs|vas|today)\b)[a-z]")
# ... also a line opening with a number and a word of the sentence ('After' + newline + '30 minutes her pain was 1/10')
# after a line that ends mid-sentence, on a letter (round 21, gap21): the time's cue is on the line above.
_WRAPPED_ON_NUMBER = compile_rule(r"[ \t]*\d+[ \t]+[a-z]")
_ENDS_ON_LETTER = compile_rule(r"[A-Za-z][ \t]*\r?\n$")


def _wrapped_on(text: str, line_s: int) -> bool:
    """Whether the line at `line_s` carries on the sentence of the line above (`_WRAPPED_ON`, `_WRAPPED_ON_NUMBER`)."""
    return bool(_WRAPPED_ON.match(text, line_s) or (
        line_s > 1 and _WRAPPED_ON_NUMBER.match(text, line_s) and _ENDS_ON_LETTER.search(text, max(0, line_s - 3), line_s)))


def _earlier_procedure(ctx: NoteContext, s: int, e: int, blocks_earlier: bool) -> bool:
    """Whether the sentence text[s:e] tells an earlier procedure, whose scores are its result, not today's: a prior one
    by name, or diagnostic blocks in the history or before an ablation."""
    return _PRIOR_PROCEDURE.search(ctx.text, s, e) is not None or (
        (blocks_earlier or ctx.idx.category_at(s) in ("history", "indications"))
        and _HISTORY_BLOCKS.search(ctx.text, s, e) is not None)


_PAST_BEFORE = compile_rule(_PAST_VISIT + r"[^,;.\n\d]*$", re.IGNORECASE)
_PAST_AFTER = compile_rule(r"[^,;.\n\d]{0,30}?" + _PAST_VISIT, re.IGNORECASE)


def _past_visit(window: str, after: str) -> bool:
    """The score's own clause dates it to an earlier visit, before it (in the words since the last comma) or after it."""
    return _PAST_BEFORE.search(window) is not None or _PAST_AFTER.match(after) is not None


_TODAY = compile_rule(r"\b(?:" + cue_text("score_today_word") + r"|at\s+check[\s-]?in|at\s+intake)\b", re.IGNORECASE)
_TODAY_AFTER = compile_rule(r"^[^\d.;\n]{0,12}?\b(?:" + cue_text("score_today_word") + r")\b", re.IGNORECASE)
_TODAY_LEADS = compile_rule(r"^(?:today|this\s+morning)\s*(?:(?:he|she|they|the\s+patient|pt)\s+)?$", re.IGNORECASE)
# A rating in the present tense as the last words before a score: the patient's pain now, not an average or a range.
_PRESENT_RATING = compile_rule(r"\b(?:rates?\s+(?:his|her|their)\s+(?:current\s+)?pain(?:\s+(?:as|at))?(?:\s+an?)?|"
                               r"(?:pain\s+is\s+)?currently(?:\s+(?:at|rated))?)\s*:?\s*$", re.IGNORECASE)
_SCALE = compile_rule(r"\b(" + cue_text("score_scale_name") + r")\b", re.IGNORECASE)


# A label alone on the line above ('POST:', 'Post-procedure:', 'After:'), as a sectioned template prints it over its value.
_LABEL_ALONE = compile_rule(r"(?:^|\n)[ \t]*[A-Za-z][A-Za-z /-]{0,30}:[ \t]*\n[ \t]*$")


def _said_today(window: str, after: str) -> bool:
    """The score is the day's: "today" right after it ("a 7 today"), or in the words before it and
    later than any baseline cue ("rates her pain today at 7", but not "today, on average, 7")."""
    if _TODAY_AFTER.match(after):
        return True
    today = [m.start() for m in _TODAY.finditer(window)]
    if not today:
        return False
    base = [m.start() for m in cue_map("timing")["baseline"].finditer(window)]
    if base and today[-1] < base[-1] and _TODAY_LEADS.match(window[today[-1] : base[-1]]):
        return True  # "Today he rates his pain 6/10": 'today' opens the clause of the rating
    return not base or today[-1] > base[-1] or _TODAY_AFTER.match(window[base[-1]:]) is not None


def _last_cue(window: str) -> str | None:
    return _last_cue_of(window)


def _last_cue_of(window: str, timings: tuple[str, ...] | None = None) -> str | None:
    """The timing of the last timing cue in `window`, among `timings` (all when None)."""
    best, pos = None, -1
    for timing, rx in cue_map("timing").items():
        if timings is not None and timing not in timings:
            continue
        for m in rx.finditer(window):
            if m.start() >= pos:
                best, pos = timing, m.start()
    return best


_PARENT_GAP = 160  # characters from a heading's end to the sub-field under it ("Post-procedure Assessment\n  Pain score:")


def _parent_timing(ctx: NoteContext, pos: int) -> str | None:
    """The timing of the heading just above a plain "Pain score:" field: vendor templates nest the field under a
    "Pre-procedure Assessment" / "Post-procedure Assessment" heading, and the field's own label names no time.
    Only a post heading decides (a plain score field is read as the day's pre score already)."""
    secs = ctx.idx.sections
    i = next((k for k, sec in enumerate(secs) if sec.start <= pos < sec.end), None)
    if not i:
        return None
    sec, prev = secs[i], secs[i - 1]
    if _last_cue(ctx.text[sec.start : sec.body_start]) is not None or sec.start - prev.body_start > _PARENT_GAP:
        return None  # the field's own label says when ("Post-procedure pain score:"), or no heading right above
    timing = _last_cue(ctx.text[prev.start : prev.body_start]) or _SECTION_TIMING.get(prev.category or "")
    return "post" if timing == "post" else None


# A form's block heading alone on its line, no colon or leader ('Pre', 'Post', 'After the procedure', 'Recovery'), over
# its fields; a blank line closes the block (round 18, formsR2: 'Post' over 'Pain score ........ 1/10')
_HEADING_ALONE = compile_rule(r"[ \t]*[A-Za-z][A-Za-z /&-]{0,30}[ \t]*")
_HEADING_LINES = 8
_HEADING_REACH = 600  # characters back
_BLANK_LINE = compile_rule(r"\n[ \t]*\n")


def _block_heading_timing(text: str, line_s: int) -> str | None:
    """The pre/post timing of the nearest heading alone on its line above the line at `line_s`, in the same block."""
    block = _BLANK_LINE.split(text[max(0, line_s - _HEADING_REACH) : line_s])[-1]
    for line in reversed(block.split("\n")[-_HEADING_LINES - 1 :]):
        if _HEADING_ALONE.fullmatch(line):
            return _last_cue_of(line, ("pre", "post"))
    return None


def _pre_in_section(ctx: NoteContext, scores: list[PainScore], pos: int) -> bool:
    """A pre score already read earlier in the section holding `pos` (a 'Pain scores' field names both times)."""
    sec = ctx.idx.section_at(pos)
    return any(p.timing == "pre" and sec.start <= p.evidence[0].start < pos for p in scores)


# Two fractions of ten joined as a fall or rise ("She went from 8/10 to 3/10", "dropped from 7/10 down to 1/10"): a pair
# of scores with no pain word needed (round 18, nec18).
_SCORE_PAIR = compile_rule(r"\bfrom\s+(?:an?\s+)?(?P<a>\d{1,2}(?:\.\d)?)\s*/\s*10\s+(?:to|down\s+to|->|>)\s*(?:an?\s+)?"
                           r"(?P<b>\d{1,2}(?:\.\d)?)\s*/\s*10(?![\d/])", re.IGNORECASE)


def _in_score_pair(text: str, s: int, e: int, pos: int) -> bool:
    """Whether the score at `pos` is one of a 'from N/10 to M/10' pair in its sentence text[s:e] that falls: two dates
    on the tenth of their months ('PT from 1/10 to 3/10') run forwards, so a rise is no pair without a pain word."""
    return any(m.start() <= pos < m.end() and float(m.group("b")) < float(m.group("a")) <= 10
               for m in _SCORE_PAIR.finditer(text, s, e))


# A fall from one score to another, with or without '/10' or digits ('from 8/10 to 2/10', 'from an eight down to a two').
_NUM = r"(?:\d{1,2}(?:\.\d)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
_FALL_PAIR = compile_rule(rf"\bfrom\s+(?:an?\s+)?{_NUM}(?:\s*/\s*10)?\s+(?:to|down\s+to|->|>)\s*(?:an?\s+)?{_NUM}"
                          r"(?:\s*/\s*10)?", re.IGNORECASE)
_CLAUSE_SPLIT = compile_rule(r"[;\n]")


def _earlier_pair(text: str, s: int, e: int, pos: int) -> bool:
    """Whether the score at `pos` is one of a 'from N to M' pair whose clause (text[s:e] cut at semicolons) is dated to
    an earlier time ('After her TFESI last spring she went from 8/10 to 2/10', 'In March he went from 9 to 2'): that
    time's response, not today's pre and post scores, as is a pair said to have held for weeks; a clause naming today's
    procedure keeps the pair today's."""
    cs = max((m.end() for m in _CLAUSE_SPLIT.finditer(text, s, pos)), default=s)
    ce = next((m.start() for m in _CLAUSE_SPLIT.finditer(text, pos, e)), e)
    if not any(m.start() <= pos < m.end() for m in _FALL_PAIR.finditer(text, cs, ce)):
        return False
    if cue("score_pair_today").search(text, cs, ce) is not None:
        return False
    # ... or says how long the fall held ('His leg pain went from 8 down to 2, roughly 75% better, and that held for a
    # good four months'; round 19, fdf-h-tfesi-01): a result that lasted weeks is an earlier procedure's, never today's
    lasted = scope.relief_lasting_days(text, cs, ce)
    return cue("score_pair_earlier").search(text, cs, ce) is not None or (lasted is not None and lasted >= _WEEKS_LASTED)


def pain_scores(ctx: NoteContext, blocks_earlier: bool = False) -> list[PainScore]:
    """Scores with their timing: a cue just before ("pre-procedure 7/10", "from 8/10 to 2/10") or
    just after ("7/10 before") the score; else the section's timing; else, outside the history,
    a day-of score read before the procedure ("pre"). `blocks_earlier`: today's procedure is no block (an ablation),
    so a sentence naming diagnostic blocks tells earlier ones."""
    out: list[PainScore] = []
    uncued_history: list[bool] = []  # per score: its timing came from a history/indication section alone
    named_baseline: list[bool] = []  # per score: named "baseline" outside any section ("... Baseline VAS 8/10.")
    now_only: list[bool] = []  # per score: labelled by "now" alone ("Pain now: 9/10")
    text = ctx.text
    for n in ctx.m.pain_scores:
        s, e = ctx.idx.sentence_at(n.start)
        cat = ctx.idx.category_at(n.start)
        line_s, line_e = ctx.idx.line_at(n.start)
        vstart = n.extra.get("value_start", n.start)  # cue words inside the mention count ("VAS after: 3")
        # a line that carries on the sentence above keeps its cue there ("At 30 minutes she walked the hall" + newline +
        # "at 2/10"; round 18, nec18)
        window = text[max(s if _wrapped_on(text, line_s) else max(s, line_s), n.start - 80) : vstart]
        after = text[n.end : min(e, n.end + 40)]  # room for "3/10 with stimulation in recovery"
        near_cue = _AFTER_CUE.match(after) or _NEAR_BEFORE.search(window[-16:])
        if not (near_cue or _PAIN_WORD.search(text, s, e) or _PAIN_WORD.search(text, line_s, line_e)
                or (cat not in ("history", "indications") and _in_score_pair(text, s, e, n.start))
                or _OUT_OF_TEN.search(n.text) or cat in ("pain_scores", "pre_procedure", "disposition")
                or n.extra.get("self_cued")  # a table cell or a paired score: its timing word made it a score
                or (n.extra.get("quoted") and (_last_cue_of(after, ("pre", "post")) or _last_cue_of(window, ("pre", "post"))))
                or (_fraction_of_ten(n.text, after) and (_TODAY_AFTER.match(after)  # "Failed gabapentin. 8/10 today."
                                       or _last_cue(window) is not None  # "15 minutes later 1/10"
                                       or _TODAY.search(window)  # "Starting level today: 6 of 10."
                                       or _SCORE_ALONE.match(text, s, e)  # "Difficulty putting on shoes. 7/10."
                                       or _SCORE_THEN_RELIEF.match(text, n.end, e)))):  # "2/10, about 70% better"
            continue
        if _GOAL_BEFORE.search(window):
            continue  # "Pain goal: 3/10", "Target pain after the procedure 3/10 or less": an aim, not a rating (PP13b)
        if cue("score_other_scale_before").search(window[-48:]):
            continue  # "Aldrete 10/10", "PADSS 10/10": a recovery scale's score, not pain (round 19, r2b, fdl-tfesi-01)
        timing = n.extra.get("timing")  # set by the measure itself ("8 -> 3")
        if timing is None and n.extra.get("quoted"):  # '"Maybe a one now," when asked in recovery': the cue after it
            timing = _last_cue_of(after, ("pre", "post"))
        paired = _PAIRED_LABEL.search(window)
        if timing is not None:
            pass
        elif paired:  # "Pre/post pain: 8/10 / 2/10", "Before/after: 7 and 2": the scores in the label's order
            label_end = vstart - len(window) + paired.end("label")
            timing = "post" if any(p.evidence[0].start >= label_end for p in out) else "pre"
        elif _FROM.search(window):
            timing = "pre"
        elif _TO.search(window) and _FROM_SCORE.search(window):
            timing = "post"
        if timing is None:  # a cue right after the score is its own ("6/10 before and 2/10 after")
            m = _AFTER_CUE.match(after)
            if m and _NEXT_SCORE.match(after, m.end()):
                m = None  # "Post: 3/10 (pre 7/10)", "Pre pain: 7/10   Post-pain: 2/10": the cue labels the next score
            if m:
                word = m.group(1).lower()
                timing = ("pre" if _ARRIVAL.search(word) else
                          "post" if word.startswith(("post", "after", "following", "in", "at", "on", "upon", "@", "with", "w/",
                                                      "by", "toward", "near"))
                          or _LEAVING.search(word) or _INTERVAL_AFTER.search(word) else "pre")
        if timing is None and window.strip() == text[line_s:vstart].strip():  # the score opens its line ...
            label = _LABEL_ALONE.search(text, max(0, line_s - 60), line_s)  # ... under a label alone ('POST:' + newline)
            timing = _last_cue(label.group()) if label else None
        cued = timing is not None or _last_cue(window) is not None
        if timing is None:
            timing = _last_cue(window)
        if timing is None and _inside_quote(text, s, n.start) and (tail := _QUOTE_TAIL.match(after)):
            timing = _last_cue_of(tail.group("tail"), ("pre", "post"))  # '"My pain is an 8 now," she said before we began'
        if timing is None and cat == "pain_scores":
            # the field's own label when its score sits on the next line ('POST-PROCEDURE PAIN:' + newline + '2/10.'),
            # else the heading above a plain one ("Post-procedure Assessment" / "  Pain score: 2")
            sec = ctx.idx.section_at(n.start)
            timing = _last_cue(text[sec.start : sec.body_start]) or _parent_timing(ctx, n.start) \
                or _block_heading_timing(text, line_s)
        if timing is None and cat == "pain_scores" and _pre_in_section(ctx, out, n.start):
            timing = "post"  # "PAIN SCORES: Pre-procedure 7/10. Walking the hall she gave it 3 out of 10.": the section's
            # uncued score after its pre score is the one after the procedure (round 16, nec2)
        if timing is None:
            timing = _SECTION_TIMING.get(cat or "", None)
        elif timing == "baseline" and _SECTION_TIMING.get(cat or "") == "post":
            timing = "post"  # "POST-PROCEDURE: ... 90% relief of her typical pain, 1/10": the index pain, after
        elif timing == "baseline" and cat == "pre_procedure" and _BASELINE_NAMED.search(window[-40:]):
            timing = "pre"  # "Pre-procedure: Baseline VAS 6/10": the day's score before the needle (round 13)
        if timing == "baseline" and _said_today(window, text[n.end : min(e, n.end + 20)]):
            timing = "pre"  # "she rates her pain a 7 today", "pain today 7/10": the day's score, before the procedure
        elif timing == "baseline" and _ASKED_TO_RATE.search(window):
            # "Just before the injection I asked him to rate his pain, and he gave it a 6 out of 10": a rating asked
            # for at this visit, timed by its own before/after words, else the day's score before (round 13, PP13b)
            timing = _last_cue_of(window, ("pre", "post")) or "pre"
        if timing is None:
            # an uncued score after the day's pre score is the post score ("... No complications. Pain 2/10."), as is one
            # the pain fell to after a named baseline ("Baseline pain was 8/10." ... "Pain fell to 3/10."; round 20, pub20c)
            timing = "post" if any(p.timing == "pre" for p in out) or (
                _FELL_TO.search(window) and any(named_baseline)) else "pre"
        if _past_visit(window, after) or (
                cat not in ("pre_procedure", "pain_scores", "disposition")
                and (_earlier_procedure(ctx, *_clause_bounds(text, s if _wrapped_on(text, line_s) else max(s, line_s),
                                                             e, n.start, n.end), blocks_earlier)
                     or _earlier_pair(text, s, e, n.start))):
            # the earlier procedure named in the score's own clause: 'Pain went from 8/10 to 3/10 in recovery; last
            # year an epidural gave 60% relief' keeps today's pair (gap19)
            # "8/10 at the previous visit", "after the previous ESI her pain went from 8 to 3": an earlier time's score
            timing, cued = "baseline", True
        scale = n.extra.get("scale")
        if scale is None:
            sm = _SCALE.search(text, s, e)
            if sm:
                word = sm.group(1).upper()
                scale = "NRS" if word.startswith(("NRS", "NUMERIC")) else "VAS"
        out.append(PainScore(timing=timing, value=n.value, scale_max=n.extra.get("max", 10.0), scale=scale,
                             evidence=[ctx.ev(n.start, n.end)]))
        # uncued, or a present-tense rating ("He rates his pain 8/10." ending the history): the day's score
        now_only.append(timing == "post" and _NOW_LABEL.search(window) is not None)
        uncued_history.append(timing == "baseline" and (not cued or _PRESENT_RATING.search(window[-40:]) is not None
                                                        or _BASELINE_NAMED.search(window[-40:]) is not None))
        named_baseline.append(timing == "baseline" and cat is None and _BASELINE_NAMED.search(window[-40:]) is not None)
    if out and not any(p.timing == "pre" for p in out) and any(p.timing == "post" for p in out):
        # A procedure note with a post score whose only earlier score sits uncued in the history or
        # indication ("Indications: ... VAS 7."): that score, taken on the day, is the pre score.
        for i in range(len(out) - 1, -1, -1):
            if uncued_history[i] and out[i].evidence[0].start < min(p.evidence[0].start for p in out if p.timing == "post"):
                out[i].timing = "pre"
                break
    if out and not any(p.timing in ("pre", "post") for p in out) and any(named_baseline):
        # a note without headers and without a post score (cut off, or never taken): its "Baseline VAS 8/10", the last
        # one written, is the day's score before the procedure (round 13, dev_fresh_bi odd spacing)
        out[max(i for i, b in enumerate(named_baseline) if b)].timing = "pre"
    posts = [i for i, p in enumerate(out) if p.timing == "post"]
    if len(posts) >= 2 and not any(p.timing == "pre" for p in out) and now_only[posts[0]]:
        out[posts[0]].timing = "pre"  # "Pain now: 9/10" ... "Post: 4/10": the first "now" is the day's score before
    return out


def reliefs(ctx: NoteContext, current_family: str | None,
            scores: list[PainScore] | None = None) -> tuple[list[Relief], list[Relief], list[Relief]]:
    """(percent_relief after this procedure, diagnostic block results, prior procedure responses).

    A percent in the sentence of a post-procedure score is today's relief ("NRS 1 after, 83% relief").
    Whether a history result is a diagnostic block's is read in its own clause where that clause names
    a procedure ("a diagnostic SI block with 80% relief, and the therapeutic injection gave 80% for 6
    months": the second is a prior response)."""
    text = ctx.text
    post_starts = [p.evidence[0].start for p in (scores or []) if p.timing == "post"]
    post_ends = [p.evidence[0].end for p in (scores or []) if p.timing == "post"]
    post_sentence_ends = {_wrapped_sentence(ctx, p)[1] for p in post_starts}
    first_pre = min((p.evidence[0].start for p in (scores or []) if p.timing == "pre"), default=None)
    last_drug = max((d.start_char for d in ctx.spans("DRUG")), default=None)
    relief_rx = compiled_patterns()["relief_word"]
    post_rx, hist_rx, block_rx = cue("relief_post"), cue("relief_history"), cue("diagnostic_block")
    ordinals = cue_map("ordinal")
    now: list[Relief] = []
    blocks: list[Relief] = []
    prior: list[Relief] = []
    rfa = bool(current_family and current_family.endswith("rfa"))
    said: set[int] = set()  # sentences (by start) holding a percent read as a relief
    for n in ctx.m.percents:
        s, e = _wrapped_sentence(ctx, n.start)
        around = text[max(s, n.start - 60) : min(e, n.end + 50)]
        right_after_post = any(_POST_THEN_PERCENT.fullmatch(text, q, n.start) for q in post_ends if 0 <= n.start - q <= 16)
        if not relief_rx.search(around) and not _BLOCK_LABEL.search(text, max(s, n.start - 50), n.start) \
                and not _RELIEF_LABEL_ABOVE.search(text, max(0, s - 24), s) \
                and not _SHARED_BLOCK_RESULT.search(text, max(s, n.start - 60), n.start) \
                and not right_after_post and not _OPENS_RELIEF.match(text, s, n.start) \
                and not _block_result(text, s, n.start) \
                and not _EARLIER_THEN_PERCENT.search(text, max(s, n.start - 50), n.start) \
                and s not in said and not _follows_block_sentence(ctx, s, rfa, block_rx):  # "7->3, ~60%", "8 -> 2 (75%)": the post score's percent is the relief
            continue  # "MBB #1 (3/3): 90% x 4 h", "MBB x2 prior: 85%, 80%": a block's result needs no relief word
            # (nor a result listed after one in its sentence: "Relief after the first comparative block was eighty
            # percent and after the second ninety percent"; round 13)
        if re.match(r"\s*(?:of|in)\s+(?:the\s+)?(?:cases|patients|population|saturation)", text[n.end : n.end + 30]):
            continue
        if cue("strength_after_percent").match(text, n.end, min(len(text), n.end + 30)):
            continue  # "2% lidocaine 0.5 mL each": a drug strength, not a relief
        if cue("percent_reduced_not_pain").search(text, max(s, n.start - 70), n.start):
            continue  # "she has reduced her work hours by half": a limit of function, not a relief (round 19, teach19)
        if _CONDITION_BEFORE.search(text, max(s, n.start - 40), n.start) or \
                _THRESHOLD_BEFORE.search(text, max(s, n.start - 90), n.start):
            continue  # "consider repeat only if at least 50% relief": a threshold in the plan, not a result
        if _CRITERION_BOUND.search(text, max(s, n.start - 4), n.start) and _CRITERION_ANSWER.match(text, n.end):
            continue  # "Diagnostic MBB #2 >= 80% relief | No | not performed": a checklist criterion's bound (round 20)
        said.add(s)
        sent = text[s:e]
        cat = ctx.idx.category_at(n.start)
        # the inline template field holding the percent (round 11, N11a): several 'Label: value' pairs share a line
        cs = max([m.end() for m in _FIELD_BREAK.finditer(text, s, n.start)], default=s)
        nxt = _FIELD_BREAK.search(text, n.end, e)
        ce = nxt.start() if nxt else e
        duration = None
        for d in ctx.m.durations:
            if d.start >= ce:
                break  # a later field's duration ("Prior ESI: 60% relief   Onset: 6 months") is not the relief's
            if _AGO.match(text, d.end, min(e, d.end + 8)) or d.text.lower().endswith("ago"):
                continue  # "... until about three weeks ago": when the relief ended, not how long it lasted
            if s <= d.start < e and ((d.start > n.start - 20 and ";" not in text[n.end : d.start]) or (
                    d.end <= n.start and _RELIEF_SPAN.match(text, d.end, n.start))):  # "8 months of relief, about 75%"
                duration = round(d.value * 7, 4)
                break
        if duration is None:
            duration = _until_days(text, s, e, n.start, ctx.doc.user_data.get(DOS_KEY))
        if duration is None:  # "the benefit lasted a good four months", "90 percent, during 4 months" (round 13)
            duration = scope.relief_lasting_days(text, s, e)
        if scope.relative_subject(text, s, n.start):
            continue  # "His brother had 80% relief from an ESI for 6 months": a relative's result (round 13, PP13a)
        procs = [x for x in ctx.spans("PROC") if s <= x.start_char < e]
        if (cs, ce) != (s, e) and _CLAUSE_PROC.search(text, cs, ce):
            # the result's own field names its procedure ("Prior RF: ... 70% relief   Earlier MBBs: 90%"): a
            # procedure of another field of the line is not the one it reports
            procs = [x for x in procs if cs <= x.start_char < ce]
        semi = text.rfind(";", s, n.start)
        if semi >= 0 and len(procs) > 1:
            # a list of earlier procedures, one result per ';' item ("right L4-5 medial branch blocks (2023, no
            # benefit); right L5-S1 transforaminal injection on 2026-01-12 with 70% relief"; round 12, fbg-tfesi-04):
            # the procedure of the percent's own item, when it names one
            end = text.find(";", n.end, e)
            own = [x for x in procs if semi < x.start_char < (end if end >= 0 else e)]
            procs = own or procs
        if len(procs) > 1:
            # two earlier procedures in one sentence, one result per clause ("Two medial branch blocks had given 90%
            # and 80%, and a C4-5 radiofrequency neurotomy had given 70% for 9 months"; r2 nec2b): the percent's own
            clause_s = max([m.end() for m in _CLAUSE_BREAK.finditer(text, s, n.start)], default=s)
            procs = [x for x in procs if clause_s <= x.start_char < n.start] or procs
        proc_name = procs[0]._.meta.get("family") if procs else _bare_procedure_name(text, s, n.start)
        rel = Relief(percent=n.value, duration_days=duration, procedure=proc_name, evidence=[ctx.ev(n.start, n.end)])
        is_post = (bool(post_rx.search(sent)) or cat in ("disposition", "pain_scores")
                   or any(s <= p < e for p in post_starts)
                   # the relief right after the post score, in the next sentence or line ("Post 2/10. Relief 70%.")
                   or ((any(s - _AFTER_POST <= p < s for p in post_starts)
                        # or the very next sentence after the score's ("She reported 3 out of 10 fifteen minutes after
                        # the injection.  Relief: 65%."; round 12, N12)
                        or any(0 <= s - pe <= 3 and not text[pe:s].strip() for pe in post_sentence_ends))
                       and not hist_rx.search(sent)))
        is_hist = bool(hist_rx.search(sent)) or cat in ("history", "indications")
        if is_post and cat not in ("disposition", "pain_scores") and _earlier_clause(text, s, e, n, post_starts, hist_rx):
            is_post = False  # 'Pain went from 8/10 to 3/10 in recovery; last year an epidural gave 60% relief' (gap19)
        if (not is_post and not is_hist and cat is None and last_drug is not None and n.start > last_drug
                and not procs and not block_rx.search(sent)):
            is_post = True  # a note without headers: a result after today's injectate is today's ("... 1 mL of 1%
            # lidocaine. AP and lateral spot films retained. Approximately 75% improvement in the index pain."; N12)
        before_pre = first_pre is not None and n.start < first_pre
        if is_post and is_hist and duration is not None and duration >= _WEEKS_LASTED \
                and not any(s <= p < e for p in post_starts) and cat not in ("disposition", "pain_scores"):
            is_post = False  # "the therapeutic injection in October then held about 60% relief for four months": relief
            # that lasted weeks in a sentence telling the history is an earlier procedure's, not today's (r2 nec2b)
        if is_post and (is_hist or before_pre) and not any(s <= p < e for p in post_starts) \
                and cat not in ("disposition", "pain_scores"):
            where = _clause(text, s, e, n.start, n.end)
            if block_rx.search(where) and _diagnostic_clause(where) and (
                    _DATED_EARLIER.search(where) or before_pre or cat in ("history", "indications")):
                is_post = False  # "Diagnostic right SI block in November: 90% relief during the anesthetic phase"; a
                # note without headers tells it before today's pre-procedure score (round 12, N12); a history section
                # tells an earlier block's relief "after" it ("Relief after the anesthetic-only SI block: 80%"; round 13)
        if is_post and not (cat in ("history", "indications") and hist_rx.search(sent)):
            now.append(rel)
            continue
        if not is_post and _follow_up_outcome(text, s, e, n.start, last_drug):
            continue  # 'At 6 weeks he reported 60% relief' closing a case report: today's outcome, no earlier response
        if is_hist or not is_post:
            where = _clause(text, s, e, n.start, n.end)
            where = where if _CLAUSE_PROC.search(where) else sent
            if (block_rx.search(where) and (rfa or _diagnostic_clause(where))) or (
                    not _CLAUSE_PROC.search(where) and (_under_block_heading(ctx, n.start, rfa)
                                                        or _follows_block_sentence(ctx, s, rfa, block_rx))):
                after_block = _ORDINAL_AFTER.match(text, n.end, e)  # "95% after the second": the block after it
                rel.ordinal = (_nearest_ordinal(ordinals, text, after_block.start("o"), after_block.end("o")) if after_block
                               else _nearest_ordinal(ordinals, text, max(s, n.start - 80), n.start))
                blocks.append(rel)
                if ((_EACH_TIME.match(text, n.end, min(e, n.end + 30)) or _EACH_BEFORE.search(text, max(s, n.start - 80), n.start)
                     or scope.shared_block_before(text, s, n.start))  # "Both MBBs at L4-5 and L5-S1 gave >80%" (round 13)
                        and (_TWO_BLOCKS.search(sent) or scope.two_blocks(sent)) and not _listed_with_another(ctx, n, s, e)):
                    # "two medial branch blocks with 90% relief each time": one result for both blocks
                    rel.ordinal = 1
                    blocks.append(rel.model_copy(update={"ordinal": 2}))
            else:
                prior.append(rel)
    from_scores, block_scores = _prior_from_scores(ctx, scores or [], said, rfa)
    prior += from_scores
    blocks += block_scores
    if len(blocks) == 2 and blocks[0].ordinal == blocks[1].ordinal:
        blocks[0].ordinal, blocks[1].ordinal = 1, 2  # "two diagnostic blocks (85% and 90%)": in order
    return now, blocks, prior


def _follow_up_outcome(text: str, s: int, e: int, at: int, last_drug: int | None) -> bool:
    """Round 20 (pub20c, fdu-h-ilesi-01): a relief told at a follow-up time after today's injectate, the outcome
    paragraph of a case report ('At 6 weeks he reported 60% relief and had returned to driving', 'Two months later
    she described 70% improvement', 'at the 4-week visit, 80% better'; lexicon `follow_up_outcome_time`): the result of
    today's procedure at follow-up, never an earlier procedure's response. Not when the sentence names an earlier
    one ('At 6 weeks after her previous injection ...'; `follow_up_outcome_not`)."""
    if last_drug is None or at < last_drug:
        return False
    return bool(cue("follow_up_outcome_time").search(text, s, at)) and not cue("follow_up_outcome_not").search(text, s, e)


# Round 15 (q3 probe): a percent after a block named earlier in its sentence is that block's result, with or without a
# relief word ("Diagnostic blocks - 1st (lidocaine): 80%, 2nd (bupivacaine): 90%", "Block 1 | lidocaine | 90% x 3 hr",
# "the second block gave ninety percent"); never an anaesthetic's strength or a disability index ("lidocaine 2%", "ODI 40%").
_BLOCK_NAMED = compile_rule(r"\b(?:MBBs?|blocks?|blks?)\b", re.IGNORECASE)
# Round 18 (mixR2, dev_fresh_da fda-tfesi-01): a block as a walking distance ('cannot walk beyond a block', 'walks two
# blocks at most', 'walking limited to half a block', 'ambulates < 1 block'), no procedure.
_DISTANCE_BLOCK = compile_rule(r"\b(?:" + cue_text("walking_distance_word") + r")\b[^.;\n%]{0,40}?$|"
                               r"\b(?:half\s+a|a\s+(?:city|single)|a\s+(?:few|couple\s+of))\s*$", re.IGNORECASE)
# ... and a disability index with its verb or filler before the number ('Oswestry Disability Index is 46%', 'ODI score
# of 38%', 'the disability index measured 52%'; round 18, mixR2): the index, never a result.
_NO_RESULT_BEFORE = compile_rule(r"\b(?:" + cue_text("percent_not_result_name") + r")"
                                 r"\b(?:\s*\([A-Z]{2,4}\))?(?:[\s:=]+(?:score[sd]?|today|currently|now|was|is|are|of|at|"
                                 r"measured|measures|measuring|came\s+in\s+at|stands\s+at|stood\s+at|calculated|totals?|"
                                 r"totaled))*[\s:=]*$", re.IGNORECASE)


# An earlier procedure named right before a bare percent, in shorthand ("Prior ESI 70% x 6 mo", "last TFESI ~60% x 4
# months"; r2 nec2b, q4 probe): that procedure's result, with no relief word.
_EARLIER_THEN_PERCENT = compile_rule(r"\b(?:prior|previous|last|earlier)\s+(?:[\w-]+\s+){0,2}?(?:"
                                     + cue_text("earlier_percent_procedure")
                                     + r")\s*[:=-]?\s*(?:~|about|approx\.?)?\s*$",
                                     re.IGNORECASE)
# Relief lasting at least this many days cannot be told on the day of the procedure: an earlier procedure's.
_WEEKS_LASTED = 7


def _block_result(text: str, s: int, start: int) -> bool:
    """Whether the percent at `start` follows a block named in its sentence (within 120 characters) and is no strength
    or index: the block's result, which a log or a list writes without a relief word. A walking distance ('walk a
    block') names no block."""
    lo = max(s, start - 120)
    named = any(not _DISTANCE_BLOCK.search(text, max(s, b.start() - 50), b.start())
                for b in _BLOCK_NAMED.finditer(text, lo, start))
    return named and _NO_RESULT_BEFORE.search(text, max(s, start - 40), start) is None


# Between a prior procedure's two scores: the fall from one to the other ("from 8/10 to 3/10", "from eight to two").
_FALL_BETWEEN = compile_rule(r"[\s,]*(?:to|down\s+to|->|\u2192|>)\s*(?:an?\s+)?", re.IGNORECASE)


def _prior_from_scores(ctx: NoteContext, scores: list[PainScore], said: set[int],
                       rfa: bool) -> tuple[list[Relief], list[Relief]]:
    """An earlier procedure's result told as its scores ("after the previous ESI her pain went from eight to three, and
    then stayed there for about four months", "after both diagnostic blocks the pain fell from 8/10 to 1/10"; round 15,
    q3 probe and the default set): the percent of the fall, (before - after) / before, in a sentence naming the earlier
    procedure that holds no percent relief. (prior responses with the sentence's duration, diagnostic block results)."""
    text, prior, blocks = ctx.text, [], []
    base = [p for p in scores if p.timing == "baseline"]
    for a, b in zip(base, base[1:]):
        s, e = _wrapped_sentence(ctx, a.evidence[0].start)
        if s in said or not s <= b.evidence[0].start < e \
                or not (_earlier_procedure(ctx, s, e, rfa) or _earlier_pair(text, s, e, a.evidence[0].start)) \
                or not _FALL_BETWEEN.fullmatch(text, a.evidence[0].end, b.evidence[0].start) or not 0 <= b.value < a.value:
            continue
        rel = Relief(percent=round((a.value - b.value) / a.value * 100, 1), evidence=a.evidence + b.evidence)
        sent = text[s:e]
        if cue("diagnostic_block").search(sent) and (rfa or _diagnostic_clause(sent)):
            rel.ordinal = _nearest_ordinal(cue_map("ordinal"), text, s, a.evidence[0].start)
            blocks.append(rel)
            if _EACH_BEFORE.search(text, s, a.evidence[0].start) is not None or (
                    _BOTH_OF.search(sent) and (_TWO_BLOCKS.search(sent) or scope.two_blocks(sent))):
                rel.ordinal = 1  # "after both of his blocks ... from 8/10 to 1/10": one result for each
                blocks.append(rel.model_copy(update={"ordinal": 2}))
            continue
        end = b.evidence[0].end
        duration = next((round(d.value * 7, 4) for d in ctx.m.durations if end <= d.start < e
                         and not _AGO.match(text, d.end, min(e, d.end + 8)) and not d.text.lower().endswith("ago")), None)
        if duration is None:
            duration = _until_days(text, s, e, end, ctx.doc.user_data.get(DOS_KEY)) or scope.relief_lasting_days(text, s, e)
        procs = [x for x in ctx.spans("PROC") if s <= x.start_char < e]
        rel.duration_days = duration
        rel.procedure = procs[0]._.meta.get("family") if procs else _bare_procedure_name(text, s, a.evidence[0].start)
        prior.append(rel)
    return prior, blocks


def _bare_procedure_name(text: str, s: int, at: int) -> str | None:
    """The procedure a result's sentence names before it by a bare word no procedure target reads alone ("The second
    epidural last year gave 40% relief"; lexicon `prior_procedure_bare`): the word, which the engine matches against a
    family's procedure patterns, so another procedure's result is no prior response of this one (round 20, tgap20)."""
    m = None
    for m in cue("prior_procedure_bare").finditer(text, s, at):
        pass
    return m.group().lower() if m else None


_BOTH_OF = compile_rule(r"\b(?:both|each)\s+of\b|\bafter\s+(?:both|each)\b", re.IGNORECASE)


def _listed_with_another(ctx: NoteContext, n: NumberMention, s: int, e: int) -> bool:
    """Whether another percent stands right beside `n` in its sentence ("MBB x2: 01/2026 lido 90%, 02/2026 bupi 85% (each
    for the anesthetic's span)"): the blocks' results are listed one by one, so an "each" there tells no shared result
    (round 8, dev_fresh_av)."""
    lo, hi = max(s, n.start - 40), min(e, n.end + 25)
    return any(p is not n and lo <= p.start < hi for p in ctx.m.percents)


def _diagnostic_clause(where: str) -> bool:
    """Whether a history clause that names a block tells a diagnostic one: a diagnostic word ("diagnostic", "MBB"), or
    an anaesthetic-only block or hours of relief with no steroid in the clause ("with lidocaine ... 90% for 4 hours"),
    since a steroid's block is a treatment whose lasting response is a prior procedure response."""
    if _DIAGNOSTIC_BLOCK_WORD.search(where):
        return True
    return _ANAESTHETIC_BLOCK.search(where) is not None and _STEROID_WORD.search(where) is None


# What may label one block's result in a list: its number or its anaesthetic, up to two of them ("#1", "1st -", "2)",
# "1) lidocaine").
_RESULT_ITEM = (r"(?:(?:#\s*\d|\d(?:st|nd|rd|th)|\d\)|first|second|" + cue_text("result_item_anaesthetic")
                + r")\s*[:=-]?\s*){0,2}")
# A listed result's date: with its separator ("1/10: 90%"), or a month and year / full date without one ("MBB x2:
# 01/2026 lido 90%, 02/2026 bupi 85%"; round 8, dev_fresh_av logs); a bare "7/10" needs the separator (a pain score).
_RESULT_DATE = r"(?:(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{4})\s*[:=-]?\s*|\d{1,2}/\d{1,2}\s*[:=-]\s*)?"
# A sentence about relief from its first word ("Relief after the first of the two comparative medial branch blocks was
# 85 percent and ..."): its percents are reliefs however far the word stands (round 13).
_OPENS_RELIEF = compile_rule(r"[\W\d]*(?:(?:pain|percent|%)\s+)?(?:" + cue_text("relief_opening_word")
                             + r")\b", re.IGNORECASE)
# A relief field whose label closes the line before its value ("... pain 2/10. Relief:" + newline + "70%."; N12).
_RELIEF_LABEL_ABOVE = compile_rule(r"\b(?:" + cue_text("relief_opening_word")
                                   + r"|percent\s+relief)[ \t]*:[ \t]*\n[ \t]*$",
                                   re.IGNORECASE)
_AFTER_POST = 40  # characters from a post score to the start of the sentence that gives its relief
_BLOCK_LABEL = compile_rule(r"\b(?:" + cue_text("relief_block_label") + r")\s*(?:#\s*\d|\d)?\s*(?:x\s*\d\s*)?"
                            # the block's own date before its result ("L SI dx block 01/2026: 90% x 3 h", "dx block
                            # on 2/4/2026 - 85%", "MBB Jan 2026: 80%"; round 8, dev_fresh_av logs)
                            r"(?:(?:on\s+|in\s+|of\s+)?(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{2,4}|"
                            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})\s*)?"
                            r"(?:\([^()\n]{1,20}\)\s*[:=-]?|(?:\([^()\n]{1,20}\))?\s*(?:(?:prior|previous|before|done|results?)\s*)?[:=-]"
                            r"|(?:(?:prior|previous|before|done|results?)\s*)?\()\s*" +  # "MBBs (90%, 80%)"
                            # each result may carry its date: "MBBs (1/10: 90%, 2/7: 80%)", its number or its
                            # anaesthetic ("Prior MBBs: #1 80%, #2 85%", "1) lidocaine 85% 2) bupivacaine 90%")
                            _RESULT_DATE + _RESULT_ITEM +
                            # an earlier result may carry its date or agent in brackets: "MBB x2: 85% (1/13/26) + 80%",
                            # "Dx MBBs: 90% (lido, 3/10/26), 80% (bupi, 3/31/26)"
                            r"(?:\d{1,3}\s*%\s*(?:with\s+[a-z]+\s*)?(?:\([^()\n]{1,25}\)\s*)?(?:,|/|and|&|;|\+|(?=\d\)))\s*" +
                            _RESULT_DATE + _RESULT_ITEM + r"){0,2}$", re.IGNORECASE)
# Between a duration and the percent after it: "of relief, about", "of good relief (" - the relief lasted that long.
_RELIEF_SPAN = compile_rule(r"\s*(?:of\s+)?(?:good\s+|significant\s+|excellent\s+)?(?:pain\s+)?(?:"
                            + cue_text("relief_span_word") + r")"
                            r"\s*[,(:-]?\s*(?:about|approximately|roughly|around|~)?\s*$"
                            # ... or the percent itself the relief of those months ("the first bought five months of roughly
                            # 60% relief", "4 months of about 70% improvement"; round 13)
                            r"|\s*(?:of\s+)?(?:about|approximately|approx\.?|roughly|around|nearly|~|some|at\s+least)?\s*$",
                            re.IGNORECASE)
# Round 13 (PP13b): a score's label that names an aim, not a rating ("Pain goal: 3/10", "Pain goal after procedure: 3/10
# or less", "target pain score 2/10", "acceptable pain level 4/10"); a goal said to be met reports the score itself.
# Round 15 (q3 probe): also a pain the author expects ("Expect pain to drop to two or three out of ten within a week",
# "we anticipate her pain will fall to 2/10"), never "as expected" (a result: "improved as expected to 2/10").
_GOAL_BEFORE = compile_rule(r"(?:\b(?:" + cue_text("score_goal_word") + r")\b(?![^.;\n]*\b(?:"
                            + cue_text("score_goal_met_word") + r")\b)"
                            r"|(?<!\bas\s)\b(?:" + cue_text("score_expect_verb")
                            + r")\b(?:\s+(?:that|we|her|his|their|the|it|pain|"
                            r"patient|pt|she|he|they)\b)*\s+(?:to|will|would|should|may|might)\b)[^.;\n]{0,40}$", re.IGNORECASE)
_CONDITION_BEFORE = compile_rule(r"\b(?:" + cue_text("score_condition_word") + r")\b[^.;\n]{0,30}$",
                                 re.IGNORECASE)
# The bound of a payer checklist's criterion ('Diagnostic MBB #1 >= 80% relief   Yes   85% for 3 hours', '| Relief
# ≥ 50% | No |'): a greater-or-equal sign right before the percent, never a result (round 20, pub20c).
_CRITERION_BOUND = compile_rule(r"(?:>=|=>|\u2265)[ \t]*$")
# ... answered in its row's next cell ('   Yes   ', '| No |', a tab then 'Met'): a row of a criteria table, not a result
# written with a bound ('each with >=80% relief', 'each time >= 80% relief').
_CRITERION_ANSWER = compile_rule(r"[^\n|\t]{0,30}?(?:\t|[ ]{2,}|[ \t]*\|)[ \t]*(?:" + cue_text("checklist_answer")
                                 + r")\b",
                                 re.IGNORECASE)
# A threshold the plan sets, its condition further back and over a wrapped line ("if the band of pain" + newline +
# "has not eased by at least half, a transforaminal approach will be discussed", "should her relief fall below 50%",
# "unless he is at least 80% better"): the bound right before the percent makes it a threshold (round 13, n13b).
_THRESHOLD_BEFORE = compile_rule(r"\b(?:if|unless|should)\b(?:[^.;\n]|\n(?![ \t]*\n)){0,70}?(?:\b(?:at\s+least|less\s+than|"
                                 r"more\s+than|fewer\s+than|under|below|over|above)|[<>]=?|\u2265|\u2264)[ \t]*$",
                                 re.IGNORECASE)
# (round 12, PP: also the result named for both after it: "90% relief from both medial branch blocks", "after each block")
_EACH_TIME = compile_rule(r"[^.;]{0,20}?\b(?:each\s+time|each|both\s+times|on\s+both\s+occasions|(?:with|from|after)\s+both)\b",
                          re.IGNORECASE)
# "two sets of blocks ... each abolished 80-90%", "both gave 90%", "both diagnostic blocks gave more than 80%", "MBB x2
# prior, both >80%", "both diagnostic medial branch nerve blocks provided greater than 80%": the shared result
# written before the percent
_EACH_BEFORE = compile_rule(r"\b(?:each|both)\s+(?:of\s+them\s+|time\s+)?(?:[a-z]+\s+){0,7}(?:about\s+|roughly\s+|over\s+|"
                            r"(?:more|greater)\s+than\s+|at\s+least\s+|>\s*)?$",
                            re.IGNORECASE)
# A block dated before today in its own clause ("Diagnostic right SI block in November: 90% relief during the anesthetic
# phase", "dx MBB 03/12/2026 - 85% for 6 h", "the diagnostic block two months ago"): words of an anaesthetic phase or
# 'immediately' there tell that block's result, not today's relief (round 8).
_DATED_EARLIER = compile_rule(r"\b(?:in|on|from|back\s+in|during)\s+(?:early\s+|mid[\s-]+|late\s+)?(?:jan|feb|mar|apr|may|jun|jul|"
                              r"aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}/\d{4}\b|\bago\b|"
                              r"\b(?:in|from|back\s+in|during)\s+(?:early\s+|mid[\s-]+|late\s+)?(?:19|20)\d{2}\b|"  # "block in 2025" (r2 nec2b)
                              r"\b(?:last|prior|previous|earlier)\s+(?:month|week|year|visit)\b"
                              # a block the clause itself calls earlier, as a template's field label does ("Prior
                              # diagnostic block: right SI block with 80% relief during the anesthetic phase", "Previous
                              # dx SIJ injection - 85%"; round 11, N11a); 'prior to the block' is a time of today's
                              r"|\b(?:prior|previous|earlier|preceding)\s+(?!to\b)(?:[\w-]+\s+){0,4}?"
                              r"(?:" + cue_text("dated_earlier_block") + r")\b", re.IGNORECASE)
# "now" right before the score as its only label ("Pain now: 9/10", "NRS now 8").
_NOW_LABEL = compile_rule(r"\bnow\s*[:=-]?\s*$", re.IGNORECASE)
_AGO = compile_rule(r"\s*ago\b", re.IGNORECASE)
_TWO_BLOCKS = compile_rule(r"\b(?:two|2|both|dual|twice|(?:a\s+)?pair\s+of|a\s+couple\s+of)\b|(?<![a-z])(?:x|\u00d7)\s*2\b", re.IGNORECASE)  # also "MBB x2"
# A full stop ends a clause; a run of leader dots does not: it joins a vendor field's label to its value ("Prior dx
# block ....... Left SI block 03/2026: 85% relief" is a diagnostic block's result).
# A column gap then the next field's label also ends one (an inline template line: "Prior RF: 11 months ago - 70% relief
# lasting 9 months   Earlier MBBs: 90% and 85% relief"; round 11, N11a): each field tells its own procedure's result.
_FIELD_GAP = r"(?:\t|[ ]{3,}|[ ]\|[ ])[ \t]*(?=[A-Za-z][\w./#()-]*(?:[ ][\w./#()-]+){0,3}(?:[ ]?:|[ ][-\u2013\u2014])[ \t])"
_FIELD_BREAK = compile_rule(_FIELD_GAP)
# A comma going on to the next event in a sequence also ends one ("two medial branch blocks (90% and 80%), then an
# ablation that gave 75% for ten months", ", followed by", ", and later"; round 18, nec18): each event has its own result.
_CLAUSE_BREAK = compile_rule(r";|,\s+(?:and|but|while|whereas)\s+|,\s+(?:and\s+)?(?:then|later|subsequently|thereafter|"
                             r"afterwards|followed\s+by|after\s+which)\s+|(?<!\.)\.\s|" + _FIELD_GAP)
_CLAUSE_PROC = compile_rule(r"\b(?:" + cue_text("clause_procedure_noun") + r")s?\b", re.IGNORECASE)


_MONTH = r"(?P<{0}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(?P<{0}y>(?:19|20)\d{{2}}))?"
# ... also the month alone in brackets after the procedure ("Last ESI (Sept) gave ~60% relief lasting till early Feb";
# round 15), never a drug's name there ("(Marcaine 0.25%)").
_FROM_DATE = compile_rule(r"(?:\b(?:in|on|from|since|back\s+in)\s+|\(\s*(?=[a-z]+\.?(?:,?\s+(?:19|20)\d{2})?\s*\)))"
                          r"(?:early\s+|mid[\s-]+|late\s+)?" + _MONTH.format("m"), re.IGNORECASE)
# Round 15 (q3 probe): also "into October", a part of the month ("until about mid-December", "till early May": its first
# day, the shortest reading) and the New Year ("until just after the New Year": January 1).
_UNTIL = compile_rule(r"\b(?:until|till|through|to|into)\s+(?:just\s+)?(?:about\s+|roughly\s+|around\s+|approximately\s+)?"
                      r"(?:(?:early|mid|late)[\s-]*|the\s+(?:start|beginning|middle|end)\s+of\s+)?(?:"
                      + _MONTH.format("u") + r"|(?P<ny>(?:after\s+)?the\s+new\s+year)|(?P<ty>this\s+year(?!'s))|(?P<last>last\s+month)|(?P<n>\d+|one|two|three|four|five|six|a\s+few)\s+"
                      r"(?P<unit>weeks?|months?)\s+ago|(?P<now>now|today|the\s+present|recently))\b", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WORD_N = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a few": 2, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "a": 1}
# The prior procedure's date told as a span back from today ("Her first ablation nine months ago gave 70% relief that
# lasted until last month", "the RFA 11 months ago ... held until 6 weeks ago"): the start of an until-reading.
_AGO_BEGIN = compile_rule(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a)\s+"
                          r"(?P<unit>weeks?|months?|years?)\s+ago\b", re.IGNORECASE)


def _month_date(name: str, year: str | None, before: dt.date, last_day: bool) -> dt.date:
    """A month named in a history ("in October 2025", "in October"): a month without a year is its latest
    occurrence before `before`. The first or the last day, whichever makes the relief the shortest."""
    month = _MONTHS.index(name.lower()[:3]) + 1
    y = int(year) if year else (before.year if month <= before.month else before.year - 1)
    if not last_day:
        return dt.date(y, month, 1)
    nxt = dt.date(y + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _until_days(text: str, s: int, e: int, start: int, dos: object) -> float | None:
    """How long a prior result lasted when the note gives its start and end dates rather than a duration
    ("the RFA in October 2025 gave 70% relief, which lasted until roughly last month"): the shortest
    reading, from the end of the start month to the start of the end month. Needs the date of service."""
    if not isinstance(dos, dt.date):
        return None
    began = ago = None
    until = _UNTIL.search(text, start, e)
    if until is None:
        return None
    # the start may follow the percent too ("seventy-five percent, and then that lasted from June into October")
    for m in _FROM_DATE.finditer(text, s, until.start()):
        began = m
    for m in _AGO_BEGIN.finditer(text, s, start):
        ago = m
    if began is None and ago is None:
        return None
    if began is not None and (ago is None or began.start() > ago.start()):
        first = _month_date(began.group("m"), began.group("my"), dos, last_day=True)
    else:  # "nine months ago": that many weeks or (30-day, the shortest reading) months back from today
        k = _WORD_N.get(ago.group("n").lower()) or int(ago.group("n"))
        unit = ago.group("unit").lower()
        first = dos - dt.timedelta(weeks=k) if unit.startswith("w") else dos - dt.timedelta(
            days=(365 if unit.startswith("y") else 30) * k)
    if until.group("u"):
        end = _month_date(until.group("u"), until.group("uy"), dos, last_day=False)
    elif until.group("ny"):
        end = dt.date(first.year + 1, 1, 1)  # the New Year's Day after the relief began
    elif until.group("ty"):
        end = dt.date(dos.year, 1, 1)  # "until early this year": the shortest reading, the year's first day (round 16)
    elif until.group("last"):
        end = dt.date(dos.year - (dos.month == 1), (dos.month - 2) % 12 + 1, 1)
    elif until.group("n"):
        k = _WORD_N.get(until.group("n").lower()) or int(until.group("n"))
        end = dos - dt.timedelta(weeks=k if until.group("unit").lower().startswith("w") else 4.35 * k)
    else:
        end = dos
    days = (end - first).days
    return float(days) if days > 0 else None


# A sentence cut at a wrapped line: it opens with "(" or a lower-case word and the line before ends without a stop.
_WRAP_OPEN = compile_rule(r"[ \t]*(?:\(|[a-z]|\d{1,3}[ \t]*(?:%|percent\b))")  # also the percent itself ("... block produced" / "80% improvement")
_WRAP_PREV_END = compile_rule(r"[^.!?:;\n][ \t]*\n(?:[ \t]*\n)?[ \t]*$")
# A sentence cut after a percent at a line end, a stray blank line, then its lower-case rest ("... block gave 80%" +
# blank line + "relief."; odd-spacing notes, round 13): the relief word is in the rest.
_CUT_AFTER_PERCENT = compile_rule(r"(?:%|\b[Pp]ercent)[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[a-z])")


def _wrapped_sentence(ctx: NoteContext, pos: int) -> tuple[int, int]:
    """The sentence around `pos`, joined to the one before when a line wrap cut it ("... blocks, 03/2026 (85%
    relief) and 04/2026" / "(90% relief)."): the second result then keeps the block named in the first line; and to
    the one after when the wrap fell right after the percent ("gave 80%" / "relief.")."""
    s, e = ctx.idx.sentence_at(pos)
    text = ctx.text
    for m in _CUT_AFTER_PERCENT.finditer(text, pos, min(len(text), e + 8)):
        if m.start() - pos <= 12 and m.end() >= e:
            ns, ne = ctx.idx.sentence_at(m.end())
            if ns >= e - 1 and ctx.idx.category_at(ns) == ctx.idx.category_at(pos):
                e = ne
            break
    if s > 0 and _WRAP_OPEN.match(text, s) and _WRAP_PREV_END.search(text, max(0, s - 40), s):
        ps, _ = ctx.idx.sentence_at(s - 1)
        if ps < s and ctx.idx.category_at(ps) == ctx.idx.category_at(pos):
            return ps, e
    return s, e


def _clause(text: str, s: int, e: int, start: int, end: int) -> str:
    """The clause of text[s:e] around [start, end): from the last break before it to the next after it."""
    cs, ce = _clause_bounds(text, s, e, start, end)
    return text[cs:ce]


def _earlier_clause(text: str, s: int, e: int, n, post_starts: list[int], hist_rx) -> bool:  # noqa: ANN001
    """Whether the percent `n` lies in a clause of its own that tells an earlier procedure ('...; last year an epidural
    gave 60% relief', '..., and a prior TFESI in 2025 gave her 70% relief'): a history word and a procedure word in
    its clause, and none of the sentence's post scores there. Today's scores in another clause of the sentence do not
    make that result today's relief: it is the earlier procedure's response (gap19)."""
    cs, ce = _clause_bounds(text, s, e, n.start, n.end)
    if (cs, ce) == (s, e) or any(cs <= p < ce for p in post_starts):
        return False
    return hist_rx.search(text, cs, ce) is not None and _CLAUSE_PROC.search(text, cs, ce) is not None


def _clause_bounds(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """Where `_clause` starts and ends."""
    cs = max([m.end() for m in _CLAUSE_BREAK.finditer(text, s, start)], default=s)
    nxt = _CLAUSE_BREAK.search(text, end, e)
    return cs, (nxt.start() if nxt else e)


# A result followed by the block it came from ("Ninety percent relief after the first block and ... ninety-five percent,
# after the second"; round 15, q3 probe): that block's ordinal, not the one written before the percent.
_ORDINAL_AFTER = compile_rule(r"[^,;.\d]{0,30}?[,\s]\s*(?:after|following|from|with)\s+(?:the|her|his|their)\s+"
                              r"(?P<o>first|second|1st|2nd|initial|confirmatory)\b", re.IGNORECASE)


# A heading over a list of block results ('DIAGNOSTIC BLOCKS:', 'Prior MBBs:', 'Block results:'): its items may name
# no block ('#2 02/04/2026, same nerves with bupivacaine: 85% relief for 6 hours'; round 16, nec2).
_BLOCK_HEADING = compile_rule(r"\b(?:" + cue_text("block_result_heading") + r")\b", re.IGNORECASE)


def _follows_block_sentence(ctx: NoteContext, s: int, rfa: bool, block_rx: re.Pattern[str]) -> bool:
    """Whether the sentence at `s` opens by pointing back at a block told in the sentence before it, without naming a
    procedure ('The first diagnostic block gave 85% relief for six hours. The second, with bupivacaine, gave 70% ...',
    '... The confirmatory one gave 90%.'; lexicon `block_follow_on`; round 19, fdf-h-rfa-01): the result is that
    block's, as the sentence before tells a diagnostic block (any block before an ablation)."""
    if not cue("block_follow_on").match(ctx.text, s) or s == 0:
        return False
    ps, pe = ctx.idx.sentence_at(s - 1)
    before = ctx.text[ps:pe]
    return block_rx.search(before) is not None and (rfa or _diagnostic_clause(before))


def _under_block_heading(ctx: NoteContext, pos: int, rfa: bool) -> bool:
    """Whether the result at `pos` sits in a section whose heading names (diagnostic) blocks; for a family other than an
    ablation the heading must say they were diagnostic, since other blocks may be treatments."""
    sec = ctx.idx.section_at(pos)
    if sec is None or sec.body_start > pos:
        return False
    head = ctx.text[sec.start : sec.body_start]
    return _BLOCK_HEADING.search(head) is not None and (rfa or _DIAGNOSTIC_BLOCK_WORD.search(head) is not None)


def _nearest_ordinal(ordinals: dict, text: str, start: int, end: int) -> int | None:
    """The ordinal word closest before a result ("the first ... 90% and the second 80%")."""
    best, pos = None, -1
    for k, rx in ordinals.items():
        for m in rx.finditer(text, start, end):
            if m.start() > pos:
                best, pos = int(k), m.start()
    return best


def functional_scales(ctx: NoteContext) -> list[TextFact]:
    return [TextFact(value=" ".join(m.group(0).split()), evidence=[ctx.ev(m.start(), m.end())])
            for m in note_cue("functional_scale").finditer(ctx.text)]


def assessments(ctx: NoteContext, current_family: str | None) -> Assessments:
    scores = pain_scores(ctx, blocks_earlier=bool(current_family and current_family.endswith("rfa")))
    now, blocks, prior = reliefs(ctx, current_family, scores)
    return Assessments(pain_scores=scores, percent_relief=now, diagnostic_blocks=blocks,
                       prior_procedure_response=prior, functional_scales=functional_scales(ctx))
