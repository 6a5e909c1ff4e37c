"""Procedures from procedure mentions: family, approach, levels, nerves, sides and their mentions.

A note names its procedure in the title, a header field and the technique, often in different
words ("TFESI", "selective nerve root block", "epidural"). Levels come from the title and header fields
when they name any (so "repeated at the remaining levels" needs no arithmetic), else from the
technique, which also wins when it places the needle only at levels the title does not name; "repeated on the contralateral side" makes a one-sided procedure bilateral. Mentions that are negated, historical
or planned, or that sit in history/plan sections, never create a procedure. Generic mentions
("ESI", "RFA") take their family from cues in the same sentence (transforaminal, genicular,
sacroiliac) and merge into a specific mention of the same group when one exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Span

from coding.facts import FlagFact, Level, Nerve, Procedure, TextFact, ValueMention
from nlp.context import NOT_PERFORMED_SECTIONS, NoteContext, asserted, told_as_general_practice
from nlp.cues import cue, cue_map, cue_text, note_cue, span_cue
from nlp.fast_regex import compile_rule, lowered_once
from nlp.rules import lexicon, load_yaml
from nlp.levels import SEQUENCE, joints_of, next_vertebra, region_of, sort_key
from nlp.measures import LevelGroup, SideMention
from nlp.number_words import cardinals

# Families whose levels are spinal segments, joints, roots or bodies.
SPINAL = frozenset({"interlaminar_epidural", "transforaminal_epidural", "facet_injection", "facet_rfa",
                    "vertebral_augmentation", "scs_trial", "scs_implant", "sympathetic_block"})
NERVE_FAMILIES = frozenset({"facet_injection", "facet_rfa", "si_joint_nerve_block", "si_joint_rfa"})
_SIDE_ORDER = ("left", "right", "bilateral")
_TITLE_LINE_SIDE_LIMIT = 90  # a body line longer than this is prose, not a pasted template's title (`_side_set_apart`)
_SIDE_PRECEDENCE = ("body", "title", "header")
_INTENT_DEFAULTS: dict[str, str] = lexicon("intent_defaults")
_SIDE_FROM_INDICATION: dict[str, list[str]] = lexicon("side_from_indication")
_JOINT_REGION: dict[str, str] = lexicon("joint_site_region")
_TABLE_COLUMNS = frozenset(lexicon("level_table_columns"))
_TABLE_NOT = frozenset(lexicon("level_table_not"))
_CELL_SPLIT = compile_rule(r"[|\t]| {3,}")  # a cell border, a tab, or an OCR column gap
_PEDICLE = compile_rule(r"\s*(?:vertebral\s+)?pedicles?\b", re.IGNORECASE)
_PARENS = compile_rule(r"\([^()\n]*\)")  # a bracketed aside on one line
# Round 13 (PD2): a title's intent wrapped onto the next line, past a stray blank line too ('Left sacroiliac joint
# injection' + newline + '(therapeutic).', '... injection \t' + blank line + '[diagnostic]'): only a bracket that
# opens the next written line right after the name, so a later line's words never count
_WRAPPED_BRACKET = re.compile(r"[ \t,:]*\n(?:[ \t]*\n)?[ \t]*[(\[]([^()\[\]\n]{1,40})[)\]]")
_CLAUSE_END = compile_rule(r"[;,]|\n\s*\n")
# A sentence that places a needle at its level (`_needle_went_elsewhere`).
_NEEDLE_AT = compile_rule(r"\b(?:" + cue_text("needle_placement_word") + r")\b", re.IGNORECASE)

# The mark of `told_done_today` that dates the sentence to this session by itself ('today', 'this morning').
_TODAY_MARK = cue("today_mark")


_ANAESTHETIC_AFTER = compile_rule(r"\s*(?:(?:PF|MPF|preservative[\s-]free|plain)\s+)?(?:lido|ligno|xylo|bupi|marc|sensor|ropi|"
                                  r"naro|chloro|mepi)", re.IGNORECASE)


def _dates_or_results(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] dates, plans or reports a result (`told_done_today_not`), a local anaesthetic's strength
    ('0.5% bupivacaine' in the technique that follows a case report's 'was performed') being no percent of relief."""
    return any(m.group() != "%" or not _ANAESTHETIC_AFTER.match(text, m.end())
               for m in cue("told_done_today_not").finditer(text, start, end))


def _placed_at(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] places a needle or gives a nerve its drug (lexicon `nerve_dosed_at`)."""
    return bool(_NEEDLE_AT.search(text, start, end) or cue("nerve_dosed_at").search(text, start, end))


# Words every `side_corrected` / `level_corrected` match holds one of: a note without them is not searched.
_CORRECTION_WORDS = ("correct", "amend", "revis", "should", "actually", "fact", "addend", "entry", "chang", "updat", "edit")
# every wording of lexicon `session_not_performed` holds one of these (a note without them is not scanned for it)
_CALLED_OFF_WORDS = tuple(str(w) for w in lexicon("session_not_performed_word"))  # (lexicon `session_not_performed_word`)
_LEVEL_GAP = compile_rule(r"[ \t\"'\u201c\u2018(]*(?:(?:the|levels?|at)[ \t]+)*", re.IGNORECASE)  # 'should read: the L5-S1'
_CORRECTION_GAP = compile_rule(r"[ \t\"'\u201c\u2018(]*(?:the[ \t]+)?", re.IGNORECASE)  # 'corrected to "the LEFT'
_CLAUSE_MARK = compile_rule(r"[;()\[\]]")  # what bounds the clause of an addendum's superseded side
_PARAGRAPH_END = compile_rule(r"\n[ \t]*\n")
# A copy-forward cue written as a banner line ('----- Prior note, copied forward -----', '=== Carried over from the
# 03/2026 visit ===', '*** copied from prior note ***'): a rule of 3+ dashes, equals, stars or tildes closes the line, so
# the carried text is the paragraph under it, not the rest of the banner.
_BANNER_LINE = compile_rule(r"(?:-{3,}|={3,}|\*{3,}|~{3,}|_{3,})[ \t]*$")
# ... and the banner that closes the copy ('--- end of copied text ---', '=== end ==='): a line opened by such a rule.
_BANNER_OPENS = compile_rule(r"^[ \t]*(?:-{3,}|={3,}|\*{3,}|~{3,}|_{3,})[^\n]*", re.MULTILINE)
_CONTRA_DONE = compile_rule(r"\b(?:" + cue_text("contralateral_done_word") + r")\b", re.IGNORECASE)
_CONTRA_NOT = compile_rule(r"\b(?:not|no|never|without|asymptomatic|symptomatic|deferred|spared|untreated|pain|painful|"
                           r"will|plan\w*|consider\w*|next)\b", re.IGNORECASE)
# Medial and lateral branch blocks numbered in a series are the diagnostic pair before ablation.
_SERIES_BLOCKS = {"facet_injection", "si_joint_nerve_block"}
_SERIES_NUMBER = compile_rule(r"(?:#\s*[12]\b|\b(?:first|second|1st|2nd|initial|confirmatory)\s+(?:\w+\s+)?$|^\W*\(?\s*(?:#\s*[12]|first|second|1st|2nd)\b)",
                              re.IGNORECASE)
_SERIES_AFTER = compile_rule(r"\W*(?:number|no\.|nr\.?)\s*(?:one|two|[12])\b(?![\s-]*(?:hundred|thousand|\d))", re.IGNORECASE)  # "MBB number two"
_OFFSET: dict[str, int] = lexicon("innervation_offset")
_BOTH_INTENTS = compile_rule(r"\b(?:diagnostic|therapeutic)\s*(?:and|&|/|or|\+)\s*(?:diagnostic|therapeutic)\b", re.IGNORECASE)
_ROOT_OFFSET: dict[str, int] = lexicon("root_foramen_offset")
_SEQ_INDEX = {name: i for i, name in enumerate(SEQUENCE)}
# Spinal joints injected inside the joint: a generic "intra-articular injection" in their note is theirs.
_SPINAL_JOINT_FAMILIES = frozenset({"si_joint_injection", "facet_injection"})
_RANGE_JOIN = compile_rule(r"^\s*(?:to|through|thru|-|\u2013)\s*$", re.IGNORECASE)
# Families whose targets are not spinal levels (SI joint nerves, SCS lead positions).
_NO_SPINAL_LEVELS = frozenset({"si_joint_injection", "si_joint_nerve_block", "si_joint_rfa", "scs_trial",
                               "scs_implant"})
_HISTORY_BEFORE = compile_rule(r"\b(?:" + cue_text("procedure_history_word") + r")\b", re.IGNORECASE)
_HISTORY_RIGHT_AFTER = compile_rule(r"\s*(?:\(.{0,30}?\)\s*)?(?:,\s*)?(?:\d+\s+\w+\s+ago|(?:last|this\s+past)\s+\w+|"
                                    r"in\s+(?:19|20)\d\d|on\s+\d|done\b|performed\s+(?:on|in)|helped|gave|provided)",
                                    re.IGNORECASE)


def _own_words(tail: str) -> str:
    """The words after a procedure name that still speak of it: cut at a semicolon or the first history word, so an
    earlier block's intent ('Right L5-S1 TFESI - therapeutic; prior diagnostic MBB 80% relief', 'Left SI joint injection
    - prior diagnostic block gave 80% relief') is not today's."""
    semi, cut = tail.find(";"), _HISTORY_BEFORE.search(tail)
    end = len(tail) if semi < 0 else semi
    return tail[: end if cut is None else min(end, cut.start())]


def _history_only_after(span, text: str, line_start: int, line_end: int) -> bool:
    """A title line whose history words all come after the procedure and do not date it ("Right SI joint
    injection (therapeutic), prior diagnostic block 80% relief"): the history is the earlier block's, the titled
    procedure is today's. Only plain history (not negation, hypothesis, a relative or doubt) is set aside."""
    u = span._
    if not u.is_historical or u.is_negated or u.is_hypothetical or u.is_family or u.is_uncertain:
        return False
    if _HISTORY_BEFORE.search(text, line_start, span.start_char):
        return False
    return not _HISTORY_RIGHT_AFTER.match(text, span.end_char, line_end)


# "Had medial branch blocks before", "TFESI x2 done once before.": a procedure whose clause closes on a bare
# "before" (no object: not "before the injection"; not "same as before") was an earlier one.
_DONE_BEFORE = compile_rule(r"[^.;:,\n]{0,40}?\b(?:once\s+|twice\s+|years?\s+|months?\s+)?(?<!as\s)(?<!than\s)before"
                            r"\s*(?:[.;,)\n]|$)", re.IGNORECASE)
# "Diagnostic left C3, C4, C5 medial branch blocks earlier this year 'helped'", "MBBs earlier in the year": a procedure
# its own clause dates earlier (ConText already reads "last spring", "4 months ago"); no comma or bracket between.
_DONE_EARLIER = compile_rule(r"[^.;:,()\n]{0,40}?\bearlier\s+(?:this|in\s+the|that)\s+(?:year|month|spring|summer|fall|autumn|"
                             r"winter)\b", re.IGNORECASE)
# Round 11 (P11): "Medial branch blocks were done in the spring of 2026 and helped", "RFA was performed in March",
# "SI injections were given in 2025": a done predicate dated by a season, a month or a year (never a day: 'performed on
# 03/10/2026' may be today's) is an earlier session.
_DONE_IN_PERIOD = compile_rule(r"\s*(?:\([^()\n]{0,30}\)\s*)?(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:" + cue_text("procedure_done_verb") + r")"
                               r"\s+(?:back\s+)?(?:in|during|over)\s+"
                               r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:spring|summer|fall|autumn|winter|"
                               r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+(?:19|20)\d\d)?\b|"
                               r"may\s+(?:19|20)\d\d|(?:19|20)\d\d\b|\d{1,2}/(?:19|20)?\d\d\b(?!/))", re.IGNORECASE)
# "Pulsed radiofrequency was mentioned but not offered.", "RFA was considered", "Kyphoplasty was deferred", "RFA
# discussed for a later date", "RFA to be considered": a procedure that is the subject of a predicate saying it was
# only talked about, put off or not done.
_NOT_DONE_AFTER = cue("procedure_not_done_after")  # (lexicon `procedure_not_done_after`: its wordings and examples)
# Round 11 (P11): a procedure only talked about as a choice for later ('we discussed lateral branch radiofrequency
# ablation as a longer-lasting option', 'options include RFA', 'she asked about a spinal cord stimulator', 'may consider
# repeat RFA', 'RFA remains an option'): the verb right before its name (no risk or consent word between: 'discussed
# the risks of the TFESI' is today's consent talk, kept by the title anyway) or an option predicate right after it.
_DISCUSSED_BEFORE = compile_rule(r"(?<!-)\b(?:discuss(?:ed|ing)?|talked\s+(?:about|through)|talk\s+about|went\s+over|"
                                 r"mentioned|brought\s+up|options?\s+(?:of|include[sd]?|including|such\s+as|would\s+be)|"
                                 # round 21 (fam21, c1-049, c1-053): the options listed after a label or at consent
                                 # ('We reviewed options: right L5-S1 TFESI versus ...', 'risks, benefits and
                                 # alternatives discussed, including sacral lateral branch blocks')
                                 r"(?:options?|alternatives?)\s*:|alternatives?\b[^.;:\n]{0,30}?\b(?:including|such\s+as|"
                                 r"namely|e\.g\.,?)(?:\s[^.;:\n]{0,60}?(?:,|\band\b|\bor\b))?|"
                                 r"consideration\s+of|(?:may|might|could|would|will)\s+(?:consider|benefit\s+from)|"
                                 r"interested\s+in|inquired\s+about|enquired\s+about|asked\s+about)\s+"
                                 r"(?:(?!(?:" + cue_text("consent_talk_topic") + r")\b)[\w-]+\s+){0,3}$", re.IGNORECASE)
# Round 21 (dose21b): a procedure offered or recommended, not done ('She was offered a right L4-5 transforaminal
# injection ... and will call back', 'We recommended to him a left C7-T1 interlaminar epidural'; lexicon
# `procedure_offered_before`; or 'was recommended' after it), unless its sentence says it was accepted or done (`procedure_offer_taken_after`: 'offered a
# right L5 TFESI, which she accepted and which was performed under fluoroscopy').
_OFFERED_BEFORE = compile_rule(r"\b(?:" + cue_text("procedure_offered_before") + r")\s+(?:(?:to\s+)?(?:her|him|them|the\s+"
                               r"patient)\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_OFFERED_AFTER = compile_rule(r"[^,.;:()\n]{0,50}?\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+|again\s+|then\s+)?(?:"
                              + cue_text("procedure_offered_before") + r")\b", re.IGNORECASE)
_OFFER_TAKEN_AFTER = compile_rule(cue_text("procedure_offer_taken_after"), re.IGNORECASE)
_OFFER_TAKEN_LATER = compile_rule(cue_text("procedure_offer_taken_later"), re.IGNORECASE)
_OFFER_LATER_CHARS = 1500  # how far after the offer's sentence the consent or the act may be told
# Round 16 (p2, fcc-gnb-01): a later procedure that today's test is done ahead of ('We are testing the genicular nerves
# before radiofrequency ablation', 'diagnostic block to confirm candidacy prior to a possible RFA', 'trial injection
# ahead of ablation'): the aim, not today's. Only after a test or block word of the clause, and never in a clause about
# the ablation's own steps ('motor stimulation was checked before lesioning' in an untitled RFA note).
_AIM_BEFORE = compile_rule(r"\b(?:test(?:s|ing|ed)?|diagnostic|block(?:s|ed|ing)?|trial(?:s|ing)?|candidacy|candidate|"
                           r"qualif\w*|predict\w*|screen(?:s|ing|ed)?)\b(?![^.;:\n]*\b(?:" + cue_text("rf_step_word") + r")"
                           r"\b)[^.;:\n]{0,80}?\b(?:before|prior\s+to|ahead\s+of|in\s+advance\s+of)"
                           r"\s+(?:(?:an?|the|any|possible|potential|planned|future|eventual|later|considering|proceeding\s+(?:to|with))\s+)*$",
                           re.IGNORECASE)
_OPTION_AFTER = compile_rule(r"\s+(?:as\s+(?:an?|the|her|his|their|another|one)\s+(?:[\w-]+\s+){0,2}"
                             r"(?:option|alternative|possibility)|"
                             # round 21 (fam21, c1-049): a list of them, the last of two joined ('... lateral branch
                             # blocks and radiofrequency denervation as alternatives', 'X or Y as other options')
                             r"as\s+(?:(?:other|possible|further|later)\s+)?(?:options|alternatives)\b|(?:is|are|remains?|would\s+be|could\s+be|may\s+be|"
                             r"might\s+be)\s+(?:still\s+)?(?:an?\s+|the\s+|another\s+)?(?:[\w-]+\s+){0,2}"
                             r"(?:option|alternative|possibility|next\s+step|consideration))s?\b", re.IGNORECASE)
# Round 20 (fin20, fds-h-pnb-01): a procedure its clause says was only talked about, a few words on ('pulsed
# radiofrequency of the nerve was discussed as a later option but not planned', 'RFA of the same branches was also
# mentioned', 'a spinal cord stimulator trial has been raised with her'); not when the talk is today's consent ('was
# discussed, including its risks, and she agreed to proceed') and not past a comma or stop.
_DISCUSSED_AFTER = compile_rule(r"[^,.;:()\n]{0,50}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|briefly\s+|again\s+)?"
                                r"(?:discussed|mentioned|raised|brought\s+up|talked\s+about|reviewed\s+as)\b"
                                r"(?![^.;\n]{0,80}\b(?:risks?|consent(?:ed)?|agreed|wishe[sd]\s+to\s+proceed|elected\s+to\s+proceed)\b)",
                                re.IGNORECASE)
# Round 13 (PD): a procedure that its clause puts off to a later talk or booking, the predicate a few words on ('if the
# pain has not eased, a right T10-11 transforaminal approach or a surgical opinion will be discussed', 'RFA of the
# same nerves would then be considered', 'a confirmatory block may be offered'): no comma or stop in between.
_FUTURE_AFTER = compile_rule(r"[^,.;:()\n]{0,60}?\b(?:will|would|could|may|might|can|shall|to)\s+(?:then\s+|next\s+|also\s+|"
                             r"again\s+|likely\s+)?be\s+(?:" + cue_text("procedure_future_verb") + r")\b",
                             re.IGNORECASE)
# Round 13 (PD): a level group written as a range in words ('T9 to T11', 'C5 through C7', 'T9 and T11' after 'between'),
# or a group followed by the range's other end ('from T9-T10 to T11-T12'); never a dash, which writes one segment.
_RANGE_INSIDE = compile_rule(r"\s(?:to|through|thru|and)\s", re.IGNORECASE)
_RANGE_END_AFTER = compile_rule(r"\s+(?:to|through|thru|and)\s+(?:the\s+)?(?:level\s+of\s+)?(?-i:[CTLS]\d)",
                                re.IGNORECASE)
# Round 12 (P12): a procedure dated by a year of its own right after its name, in a list of the patient's treatments
# ('L5-S1 interlaminar epidural (2023)', 'right shoulder injection (2025, orthopedics)', 'C5-6 interlaminar epidural
# 2022 for arm pain', 'transforaminal epidural in 2024', 'caudal ESI in 06/2025', 'TPIs (Jan 2025)'): an earlier
# session. A year or month/year only (a day's date may be today's: 'TFESI on 07/08/2026'), not in the title or the
# procedure's own fields.
_MONTH = load_yaml("history.yaml")["fragments"]["month"]  # a month's name or its abbreviation (history.yaml `month`)
# The blocks that justify a procedure, in brackets right after its name ('Bilateral L4-5 facet RFA (two prior blocks
# >80% relief)', '(after 2 MBBs with 90% relief)', '(s/p dual diagnostic blocks, 85% relief)'): their result is those
# blocks', not the named procedure's; a bracket that dates the procedure ('(last done 2023, 80% relief)') or names
# another RF or injection stays history. Round 22, dose22c, d9-055.
_BLOCKS_WHY_AFTER = compile_rule(r"[ \t]*\((?=[^()\n]{0,80}\b(?:blocks?|MBBs?|MBNBs?|diagnostic)\b)"
                                 r"(?![^()\n]*(?:\b(?:19|20)\d\d\b|\bago\b|\blast\b|\bRF\w*|\bablation|\brhizotomy|"
                                 r"\bneurotomy))[^()\n]{0,80}\)", re.IGNORECASE)
_DATED_AFTER = compile_rule(r"[ \t]*(?:\(\s*|[,\u2013-][ \t]*|(?:in|from|during|circa|c\.)[ \t]+|\n[ \t]*\()?"
                            r"(?:" + _MONTH + r",?[ \t]+|\d{1,2}/)?"
                            r"(?:19|20)\d\d\b(?![/.-]\d)", re.IGNORECASE)
# ... and on a first line too, where its year follows 'in' or 'during' ('right L4-5/L5-S1 radiofrequency ablation in 2024 with
# lasting relief', 'lumbar RFA during March 2023'; round 22, ocr22, c10-041): a title's date after a comma or in brackets stays
_DATED_IN_YEAR = compile_rule(r"[ \t]+(?:in|during)[ \t]+(?:" + _MONTH + r",?[ \t]+)?(?:19|20)\d\d\b(?![/.-]\d)", re.IGNORECASE)
# ... or a list line that opens on its year ('2023: L5-S1 interlaminar epidural', '- 06/2025 - right L4-5 TFESI, 60% relief',
# 'Mar 2024) left SI joint injection'), the procedure within a few words of it.
_DATED_LINE = compile_rule(r"[ \t]*(?:[-*\u2022][ \t]*)?(?:" + _MONTH + r",?[ \t]+|"
                           r"\d{1,2}/)?(?:19|20)\d\d[ \t]*(?:[:)|,\u2013-]|--)[^.;:\n]{0,40}$", re.IGNORECASE)
# Round 12 (P12): a procedure told as done elsewhere or earlier, or wanted for a later visit, by words ConText does not
# read (a body mention only, outside the procedure's own fields): right after its name ('left SI joint injection from
# her previous pain doctor', '... at an outside clinic', '... 2 yrs ago', '... in the past', '... next time'; no done verb
# between: 'TFESI performed, to be repeated at the next visit' is today's) or a few words before it in its clause with no
# 'today', 'now', 'and' or comma between ('Hx of L4-5 ILESI x3', '2 yrs ago - left SIJ injection', 'would like to proceed
# w/ L SIJ inj', 'will plan a left SI joint injection').
_ELSEWHERE_AFTER = compile_rule(r"(?:(?!\b(?:today|now|was|were|is|performed|done|completed|given|injected|placed)\b)[^.;:\n])"
                                r"{0,50}?\b(?:(?:\d+|a|an|one|two|three|few|several|couple\s+of)\s*(?:yrs?|years?|mos?|"
                                r"months?|wks?|weeks?)\s+ago|in\s+the\s+past|elsewhere|(?:at|from|by|with)\s+(?:an?\s+|the\s+|her\s+|"
                                r"his\s+|their\s+)?(?:" + cue_text("outside_provider_kind") + r")\s+(?:pain\s+)?"
                                r"(?:" + cue_text("outside_provider_noun") + r")"
                                r"|(?:at|from|by)\s+another\s+(?:pain\s+)?(?:clinic|center|centre|practice|facility|"
                                r"hospital|office|doctor|physician|provider|institution)|(?:at\s+(?:the\s+|her\s+|his\s+)?)?"
                                r"next\s+(?:time|visit|appointment|session))\b", re.IGNORECASE)
_ELSEWHERE_BEFORE = compile_rule(r"\b(?:outside\s+(?:records?|notes?|reports?)|records?\s+from|(?:\d+|a|an|one|two|three|few|"
                                 r"several)\s*(?:yrs?|years?|mos?|months?|wks?|weeks?)\s+ago|hx\s+of|h/o|would\s+like\s+to|"
                                 r"wants?\s+to|wishes\s+to|will\s+plan|in\s+the\s+past)\b"
                                 r"(?:(?!\b(?:today|now|and|but|then|so|this\s+(?:morning|afternoon|visit))\b)[^.;:,]){0,30}$",
                                 re.IGNORECASE)
# ... or a sentence that lists the earlier ones, up to the end of its list ('Past pain procedures include left L4-5 ILESI
# and a left SI joint injection', 'Outside records show a left L4-5 ILESI, a right knee injection and ...').
_PAST_LIST_BEFORE = compile_rule(r"\b(?:(?:past|prior|previous|earlier|other)\s+(?:pain\s+|spine\s+|interventional\s+)?"
                                 r"(?:procedures|interventions|injections|treatments)\s+(?:include[sd]?|were|are|have\s+been|"
                                 r"consist(?:ed|s)?\s+of)|outside\s+records\s+(?:show|document|list)\w*)\b"
                                 r"(?:(?!\b(?:today|now)\b)[^.;:]){0,100}$", re.IGNORECASE)
# Round 16 (proc): a procedure put in a later time right before its name ('the block is a test for later radiofrequency
# ablation', 'toward an eventual ablation', 'to a future RFA'); never 'planned' ('for the planned RFA' is today's).
_LATER_BEFORE = compile_rule(r"\b(?:for|toward|towards|to)\s+(?:an?\s+|the\s+)?(?:later|future|eventual|subsequent)\s+"
                             r"(?:(?:genicular|lateral\s+branch|medial\s+branch|cooled|thermal|conventional)\s+)?$", re.IGNORECASE)
# "before RFA", "prior to a planned ablation": what the named procedure leads up to, closing right before it.
_LEADS_UP_TO = compile_rule(r"\b(?:before|prior\s+to|ahead\s+of|in\s+anticipation\s+of|in\s+preparation\s+for|"
                            r"to\s+qualify\s+for|candidacy\s+for)\s+(?:(?:an?|the|possible|planned|potential|future|"
                            r"eventual|consideration\s+of|considering|(?:lateral|medial)\s+branch|cooled|thermal|"
                            r"conventional|left|right|bilateral)\s+){0,3}$", re.IGNORECASE)
# "evaluating for RFA", "to assess candidacy for ablation", "work-up for a stimulator", "as a candidate for RFA": the
# procedure a diagnostic step evaluates the patient for, closing right before it. Unlike "before RFA" these words
# never introduce today's procedure, so no other procedure word need stand in the sentence.
_EVALUATED_FOR = compile_rule(r"\b(?:" + cue_text("procedure_evaluated_word") + r")"
                              r"\s+(?:(?:of|for|as|the|a|an|his|her|their|patient|"
                              r"candidacy|suitability|eligibility|possible|potential|future|eventual)\s+){0,3}"
                              r"for\s+(?:(?:an?|the|possible|planned|potential|future|eventual)\s+){0,2}$",
                              re.IGNORECASE)

# Round 15 (proc, dev_fresh_bn): a block's intent word before "prior to RFA" in its sentence ('Purpose: Diagnostic - prior
# to RF ablation', 'prognostic, ahead of a possible ablation'): the intent is today's block's, the procedure after it what
# that block leads up to, though no other procedure word stands in the field.
_INTENT_LEADS = compile_rule(r"\b(?:diagnostic|prognostic|confirmatory|comparative|test)\b", re.IGNORECASE)
# Round 15 (proc, dev_fresh_bn): a procedure named as the subject of a decision still to be made ('Pain diary provided
# for the RFA decision', 'to guide ablation candidacy', 'for RFA planning', 'a good RFA candidate', 'the stimulator
# decision-making'): a decision, candidacy or planning noun right after its name; never a done verb ('RFA decreased').
_DECISION_AFTER = compile_rule(r"[ \t]*-?[ \t]*(?:decisions?|decision[\s-]making|candidacy|candidates?|eligibility|planning|"
                               r"suitability)\b", re.IGNORECASE)
# ... or right after a decision word still open before it ('to help decide on RFA', 'the decision regarding ablation',
# 'deciding whether to proceed with RFA'); not a decision made ('decided to proceed with RFA', 'decision to proceed').
_DECISION_BEFORE = compile_rule(r"\b(?:decid(?:e|es|ing)|decisions?(?:[\s-]making)?)\s+(?:on|about|regarding|re:?|"
                                r"whether|if)\s+(?:(?:or\s+not|to|we|she|he|they|should|proceed|proceeding|go|goes|going|"
                                r"on|with|ahead|pursue|pursuing|move|moves|forward|the|an?|possible|future|planned|potential|"
                                r"eventual)\s+){0,5}$"
                                # Round 16 (proc, fbw-h-gnb-01, fbw-h-sijnb-01): a question the block is to answer about a
                                # later procedure ('to see whether lateral branch radiofrequency ablation would help her',
                                # 'to judge whether a cooled ablation would last', 'will show if ablation is worth doing'):
                                # a finding-out verb and 'whether/if' a few words before the name, no done verb between
                                r"|\b(?:see|tell|judge|gauge|find\s+out|establish|predict|test|learn|know|show|determine|"
                                r"assess|work\s+out|clarify)\s+(?:whether|if)\s+(?:(?!(?:today|now|was|were|is|are|performed|"
                                r"done|completed|then)\b)[\w-]+\s+){0,6}$",
                                re.IGNORECASE)

# "Intent: diagnostic (pre-RFA)", "pre-SCS psych eval": a procedure word prefixed 'pre' names what comes later.
_PRE_PREFIX = compile_rule(r"\bpre[-\s]?$", re.IGNORECASE)
# "MBB x2 prior, both >80%", "RFA previously": a procedure word whose own words date it earlier (not 'prior to ...',
# 'prior auth').
_PRIOR_RIGHT_AFTER = compile_rule(r"[ \t]*(?:(?:x|\u00d7)\s*\d\s*|#\s*\d\s*|(?:twice|once)\s+)?(?:prior|previously)\b"
                                  r"(?!\s+(?:to|auth\w*)\b)", re.IGNORECASE)
# Round 22 (ocr22, c10-021): a series of earlier blocks told by its count and its results in shorthand ('2 x SI lateral
# branch blocks 80%/75%', 'MBB x2: 80% and 90%', '3x TFESI - 50%'): counted and scored, so earlier sessions (a diagnostic
# series before today's ablation), never today's block; a single block with its percent ('L MBB 80% relief') stays.
_ACT_ONLY_SPAN = compile_rule(r"\b(?:was|were)\s+(?:then\s+)?(?:injected|blocked)$", re.IGNORECASE)  # `_correction_restates`
_SERIES_COUNT_BEFORE = compile_rule(r"\b(?:[2-6]|two|three|four)[ \t]*(?:x|\u00d7)[ \t]*(?:[A-Za-z/]{1,8}[ \t]+){0,2}$",
                                   re.IGNORECASE)  # '2 x SI lateral branch blocks': a region word or two between
_SERIES_RESULT_AFTER = compile_rule(r"[ \t]*(?P<count>(?:x|\u00d7)[ \t]*[2-6][ \t]*)?[:=(,\u2013-]?[ \t]*[>~]?[ \t]*\d{1,3}[ \t]*%",
                                    re.IGNORECASE)
# Words between 'prior' and the next procedure's name it qualifies ('prior dual MBBs', 'prior two diagnostic blocks').
_PRIOR_OF_NEXT = compile_rule(r"\s+(?:[A-Za-z0-9#-]+\s+){0,3}")
# A session's plan written beside what was done ('Planned: bilateral GON blocks. Done: RIGHT only', 'Planned: right
# L5-S1 TFESI' + newline + 'Performed: right S1 TFESI'): the planned field's sides and levels are not today's when a
# done field follows it; the planned field alone (a booking header) stays the title.
_PLANNED_FIELD = compile_rule(r"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))[ \t*\-]*(?:(?:procedures?\s+)?(?:planned|scheduled|intended|"
                              r"proposed|booked)(?:\s+(?:procedures?|for\s+today))?)\s*:", re.IGNORECASE | re.MULTILINE)
_PLANNED_WORDS = ("planned", "scheduled", "intended", "proposed", "booked")
_DONE_FIELD = compile_rule(r"\b(?:done|performed|completed|carried\s+out|actually\s+performed|actual(?:\s+procedures?)?)"
                           r"(?:\s+today)?\s*:", re.IGNORECASE)


# What a level's head word says about the procedure it belongs to, when one session holds several: a foramen or
# root is a transforaminal level, a medial branch or dorsal ramus a facet nerve, a lateral branch an SI nerve.
_HEAD_FAMILIES: dict[str, tuple[str, ...]] = {
    "root": ("transforaminal_epidural",),
    "medial_branch": ("facet_injection", "facet_rfa"),
    "pillar": ("facet_injection", "facet_rfa"),
    "dorsal_ramus": ("facet_injection", "facet_rfa", "si_joint_nerve_block", "si_joint_rfa"),
    "lateral_branch": ("si_joint_nerve_block", "si_joint_rfa"),
}
# The epidural approach cues (`_cues`): they resolve an epidural mention only.
_EPIDURAL_CUES = frozenset({"transforaminal", "interlaminar", "caudal"})
# Families where intent is not a documentation element (ablations, trigger points, pump refills).
_NO_INTENT = frozenset({"facet_rfa", "si_joint_rfa", "genicular_rfa", "trigger_point", "pump_refill"})


@dataclass
class Draft:
    """A procedure being assembled: its mentions and what was assigned to it."""

    family: str
    meta: dict
    mentions: list[Span] = field(default_factory=list)
    levels: list[LevelGroup] = field(default_factory=list)
    sides: list[SideMention] = field(default_factory=list)

    @property
    def first(self) -> int:
        return self.mentions[0].start_char


def _drop_routes(drafts: list[Draft]) -> list[Draft]:
    """Drafts named only by a route word of another procedure of the note ('Tuohy needles via L2-3
    interlaminar entries' in an SCS trial is the leads' way in, not an interlaminar epidural): every
    mention's `route_of` (targets.yaml) names a family drafted beside it."""
    families = {d.family for d in drafts}
    return [d for d in drafts
            if not all(set(m._.meta.get("route_of") or ()) & (families - {d.family}) for m in d.mentions)]


def _resolve(span: Span, cues: set[str]) -> tuple[str, dict]:
    """Family and metadata of one mention given the cue words of its sentence."""
    meta = dict(span._.meta)
    family = meta["family"]
    group = meta.get("group")
    if group == "epidural" and meta.get("generic"):
        if "transforaminal" in cues:
            family, meta["approach"] = "transforaminal_epidural", "transforaminal"
            meta["generic"] = False
        elif "caudal" in cues:
            meta["approach"], meta["region"] = "caudal", "sacral"
            meta["generic"] = False
        elif "interlaminar" in cues:
            meta["approach"] = "interlaminar"
            meta["generic"] = False
    elif group == "rfa":
        if "genicular" in cues:
            family = "genicular_rfa"
            meta.update(approach=None, region="knee", target="knee")
        elif "sacroiliac" in cues:
            family = "si_joint_rfa"
            meta.update(approach="lateral_branch", region="sacroiliac")
    elif family == "facet_injection" and meta.get("approach") == "medial_branch" and "sacroiliac" in cues \
            and "facet" not in cues:
        family = "si_joint_nerve_block"
        meta.update(approach="lateral_branch", region="sacroiliac")
    elif family == "peripheral_nerve_block" and "genicular" in cues:
        family = "genicular_nerve_block"
        meta.update(region="knee", target="knee")
    return family, meta


_BETWEEN = compile_rule(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


# A level named for an earlier operation on it, not for today's target.
_SURGERY_AFTER = compile_rule(r"\s+(?:(?:spinal|spine|posterior|anterior|instrumented|prior|previous)\s+)?"
                              r"(?:" + cue_text("spine_surgery_name") + r")\b",
                              re.IGNORECASE)
# A level named for what imaging found there ("from C5-6 foraminal stenosis"), not for today's target.
# ... and a disc lesion named right after the level ('right foraminal L4-5 herniation', 'an L5-S1 disc protrusion'; round
# 21, el21, fdx-tfesi-02)
_FINDING_AFTER = compile_rule(r"\s+(?:(?:" + cue_text("level_finding_qualifier") + r")\s+)?(?:" + cue_text("level_finding_stenosis")
                              + r"|" + cue_text("level_finding_disc") + r")\b", re.IGNORECASE)
# A level in a clause that gives the reason for today's choice ("Caudal approach chosen because of the postsurgical
# changes at L4-5", "interlaminar entry at L3-4 owing to the fusion below"): where the pathology is, not the target.
# The clause ends at a verb of today's act ("due to pain at L4-5 we injected L4-5": the second level is the target).
_REASON_BEFORE = compile_rule(r"\b(?:because(?:\s+of)?|due\s+to|owing\s+to|on\s+account\s+of|secondary\s+to|in\s+view\s+of)"
                              r"\s(?:(?!(?:performed|done|injected|treated|placed|targeted|entered|advanced|blocked|ablated)\b)"
                              r"[^,;.()\n]){0,60}$", re.IGNORECASE)
# A sentence led by a diagnostic study's label reports that study ("MRI: C6-7 HNP w/ bilat foraminal narrowing.",
# "CT L-spine: ...", "X-rays - ..."), also inside a paragraph where no section header can start. Round 17b (p3,
# fcq-ilesi-02): also behind a studies field's own label ("Imaging reviewed: MRI: left C5-C6 ...", "Studies: CT
# C-spine - ...", "Radiology review: MRI: ..."); "Imaging: fluoroscopy" stays today's guidance (no study named).
# The words: lexicon `imaging_lead_label`, `imaging_lead_label_more`, `imaging_lead_qualifier`, `imaging_lead_study`,
# `imaging_lead_not_study`. Round 21 (el21, fdx-tfesi-02): the label may end in a table's bar or tab ('Imaging | MRI
# 03/2025: right foraminal L4-5 ...', 'Imaging<tab>MRI: ...'), a key-value row of the history.
_IMAGING_LEAD = compile_rule(r"\W*(?:(?:" + cue_text("imaging_lead_label") + r")"
                             r"(?:\s+(?:" + cue_text("imaging_lead_label_more") + r"))?(?:\s*(?::|-\s|\|)|\t)\s*)?"
                             r"(?:(?:" + cue_text("imaging_lead_qualifier") + r")\s+){0,2}"
                             r"(?:" + cue_text("imaging_lead_study") + r")"
                             r"\b(?![\s-]*(?:" + cue_text("imaging_lead_not_study") + r"))"  # 'X-ray screening:' is guidance
                             r"[^:\n]{0,30}?\s*(?::|-\s)", re.IGNORECASE)
_SIDE_PAIR_JOIN = compile_rule(r"\s*(?:and|&|/|,)\s*", re.IGNORECASE)
_WRAP_STOP = compile_rule(r"[.;:]\s|\n[ \t]*\n")  # what ends a side's phrase before a level on the next line


def _between_pair(text: str, g: LevelGroup) -> bool:
    """Two adjacent single vertebrae after "between" ("between L4 and L5", "between the C6 and C7 laminae") name one
    interspace, which is the interlaminar level."""
    if len(g.items) != 2 or len(g.items[0]) != 1 or len(g.items[1]) != 1:
        return False
    i, j = _SEQ_INDEX.get(g.items[0][0]), _SEQ_INDEX.get(g.items[1][0])
    return i is not None and j == i + 1 and bool(_BETWEEN.search(text[max(0, g.start - 20):g.start]))


def _draft_key(family: str, meta: dict) -> str:
    """Mentions of one family make one procedure, except joint injections of different joints: "L knee and R
    shoulder" are two procedures, each with its own side and claim line (not one bilateral 20610-50)."""
    if family == "joint_injection" and meta.get("target"):
        return f"{family}:{meta['target']}"
    return family


def _title_resolution(resolved: list[tuple[Span, str, dict]], titles: set[int],
                      uncued: set[int]) -> list[tuple[Span, str, dict]]:
    """A body mention with no cue word in its own sentence ("Cooled radiofrequency lesions were made ...") takes
    the resolution of the title's mention of its group ("radiofrequency ablation of the S1-S3 lateral branches":
    an SI joint RFA), so that one ablation is not read as a second, facet, ablation."""
    titled = {"rfa" if f.endswith("_rfa") else m.get("group"): (f, m) for sp, f, m in resolved
              if sp.start_char in titles and m.get("group") and f != "facet_rfa"
              and (f != sp._.meta["family"] or f.endswith("_rfa"))}  # "genicular nerve radiofrequency ablation"
    if not titled:
        return resolved
    out = []
    for sp, f, m in resolved:
        group = m.get("group")
        if group in titled and f == sp._.meta["family"] and sp.start_char in uncued and not m.get("generic"):
            f, m = titled[group][0], dict(titled[group][1])
        out.append((sp, f, m))
    return out


def carried_spans(ctx: NoteContext) -> list[tuple[int, int]]:
    """Where an earlier visit's text was carried into the note (lexicon `carried_forward`): from the cue to the
    end of its line, or of the quote or bracket it opens there, or of the paragraph under a label ending in ':'.
    An EHR's copy-forward keeps the old procedure, side, level, drug and dose words, which must not become today's.
    Computed once per note and kept on the context: the procedure and the drug readers both ask."""
    cached = ctx.__dict__.get("_carried_spans")
    if cached is not None:
        return cached
    text, out = ctx.text, []
    for m in span_cue("carried_forward").finditer(text):  # spans only: split by starting character, the same matches
        ls, le = ctx.idx.line_at(m.start())
        end, line = le, text[ls:le]
        if line.rstrip().endswith(":") or _BANNER_LINE.search(line):  # 'Copied forward from the prior note:' or a
            blank = _PARAGRAPH_END.search(text, le)  # '--- Prior note, copied forward ---' banner over the paragraph
            end = min(blank.start() if blank else len(text), le + 600)
            closing = _BANNER_OPENS.search(text, le, end) if _BANNER_LINE.search(line) else None
            if closing:  # '--- end of copied text ---' closes the copy before any blank line
                end = closing.end()
        else:
            for open_, close in (('"', '"'), ("[", "]"), ("\u201c", "\u201d")):
                opened = line.count(open_) - (line.count(close) if close != open_ else 0)
                if (opened % 2 if close == open_ else opened) > 0:  # the quote or bracket goes on past the line
                    shut = text.find(close, le, le + 400)
                    end = max(end, shut + 1 if shut >= 0 else le)
        out.append((m.start(), end))
    ctx.__dict__["_carried_spans"] = out
    return out


def planned_spans(ctx: NoteContext) -> list[tuple[int, int]]:
    """Fields that give the session's plan when a done field follows (`_PLANNED_FIELD`, `_DONE_FIELD`): from the
    label to the done label on its line, else to the line's end. 'Planned: bilateral ...' over 'Done: LEFT only'
    must not make the procedure bilateral, nor 'Planned: kyphoplasty at T12 and L1' add the level not done."""
    text, out = ctx.text, []
    low = lowered_once(text) or text.lower()
    if not any(w in low for w in _PLANNED_WORDS):
        return out
    for m in _PLANNED_FIELD.finditer(text):
        done = _DONE_FIELD.search(text, m.end())
        if done is None:
            break
        ls, le = ctx.idx.line_at(m.start())
        out.append((m.start(), done.start() if done.start() < le else le))
    return out


# The numbered item of a session's procedure list, smartform or charge sheet ('Procedure #1', '--- Procedure #2 ---',
# 'ITEM 1', 'LINE 2', '[1]', ' 1) ', '1. ', 'Procedure(s): 1) ...', '#2 ...'): at a line's start, or after a list label's colon.
_ITEM_MARK = compile_rule(r"(?:^[ \t]*(?:-{2,}[ \t]*|\*[ \t]*)?|(?<=:)[ \t]+)"
                          r"(?:(?:procedure|proc|px|item|line|site)[ \t]*(?:#|no\.?)?[ \t]*(?P<a>\d{1,2})\b(?![:.]\d)"
                          r"|#[ \t]?(?P<b>\d{1,2})\b|\[(?P<c>\d{1,2})\]|(?P<d>\d{1,2})\)(?=[ \t])"
                          r"|(?P<e>\d{1,2})\.(?=[ \t]+[A-Za-z]))",
                          re.IGNORECASE | re.MULTILINE)


# A checklist line opened by an empty box ('[ ] L knee IA' under '[x] R knee IA'): an item of the sheet not done today.
_UNTICKED_LINE = compile_rule(r"^[ \t]*(?:\[[ \t]{0,2}\]|[\u2610\u25a1]|\([ \t]{1,2}\))[ \t]*[^\s\[(]", re.MULTILINE)
_TICKED_BOX = compile_rule(r"\[[ \t]{0,2}[xX\u2713\u2714\u221a][ \t]{0,2}\]|[\u2611\u2612\u25a0]|\([ \t]?[xX\u2713\u2714][ \t]?\)")


def unticked_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each checklist line opened by an empty box and ticking none: its procedure, side and level words
    are an option of the sheet not ticked, never today's (the event readers still see '[ ] Time-out' as not done)."""
    if "[" not in text and "\u2610" not in text and "\u25a1" not in text and "( " not in text:
        return []
    out = []
    for m in _UNTICKED_LINE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if not _TICKED_BOX.search(text, m.start(), end):  # '[ ] Right  [X] Left' is a choice, read by the checkboxes
            out.append((m.start(), end))
    return out


_ROW_CELL = compile_rule(r"[|\t]")  # a log row's cell border (a bar or a tab)


def status_rows(text: str) -> list[tuple[int, int]]:
    """(start, end) of each row of a log or schedule whose status cell says the booked procedure was not done today
    (lexicon `log_row_not_done`: 'CANCELLED - on apixaban', 'NOT DONE', 'pt declined on the day - not done'; round 22,
    fam22): the row names the booking, so its procedure, side and levels are nobody's, while the row marked 'DONE'
    beside it is today's. Only rows holding a '|' or a tab, and only a cell after the first."""
    if "|" not in text and "\t" not in text:
        return []
    status, out, start = cue("log_row_not_done"), [], 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        for m in _ROW_CELL.finditer(text, start, end):
            if status.match(text, m.end(), end):
                out.append((start, end))
                break
        start = end + 1
    return out


def session_blocks(ctx: NoteContext) -> list[tuple[int, int]]:
    """The numbered items of a session's procedure list ('Procedure #1 ... Side: R ... Guidance: fluoro' + 'Procedure #2
    ...', 'Procedure(s): 1) L genicular nerve block - US ...' + '2) L knee IA - US, image saved'): from each item's mark
    to the next item's, or to the first line after it that is not indented past the mark's column (a flowsheet's next
    timed entry, 'Post pain ...', 'Images ... for each procedure') or a blank line. Each item names one procedure with
    its own side, levels and guidance, so what an item writes belongs to the procedure it names, not to the nearest
    procedure word of the note. Only a run of marks numbered 1, 2, ... counts (not a 'Dx 1:' or a stray '2)').
    Computed once per note and kept on the context (the procedure builder and the fact assembler both ask)."""
    cached = ctx.__dict__.get("_session_blocks")
    if cached is not None:
        return cached
    text, out = ctx.text, []
    marks = []
    for m in _ITEM_MARK.finditer(text):
        n = int(next(g for g in m.group("a", "b", "c", "d", "e") if g))
        if n == 1 or (marks and n == marks[-1][0] + 1):
            marks.append((n, m))
    # keep only runs of at least two numbered items (1, 2, ...)
    runs: list[list] = []
    for n, m in marks:
        if n == 1:
            runs.append([m])
        elif runs:
            runs[-1].append(m)
    for run in (r for r in runs if len(r) >= 2):
        for i, m in enumerate(run):
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip(" \t")))
            col = start - (text.rfind("\n", 0, start) + 1)
            limit = run[i + 1].start() if i + 1 < len(run) else len(text)
            end = text.find("\n", start)
            end = limit if end < 0 or end > limit else end
            while end < limit:
                nxt = text.find("\n", end + 1)
                line = text[end + 1: nxt if nxt >= 0 else len(text)]
                indent = len(line) - len(line.lstrip(" \t"))
                if not line.strip() or indent <= col:
                    break
                end = min(nxt if nxt >= 0 else len(text), limit)
            out.append((start, end))
    ctx.__dict__["_session_blocks"] = out
    return out


# What stands between a procedure's name and a guidance word that is its own: a bracket, a comma or a dash, maybe a
# preposition ('knee injection (ultrasound)', 'bursa injection, landmark', 'SI joint injection - under fluoroscopy').
_OWN_GUIDANCE_GAP = compile_rule(r"[ \t]*(?:[(\[,\u2013-][ \t]*)?(?:(?:under|with|using|via|by)[ \t]+)?$", re.IGNORECASE)


def own_imaging(ctx: NoteContext, procedure: Procedure) -> Span | None:
    """The guidance a session's procedure names right after its own name ('right knee joint injection (ultrasound) and
    left greater trochanteric bursa injection (landmark)'): with several procedures, the note-wide modality (the most
    often written one) must not become every procedure's. The first such IMAGING mention, else None."""
    text = ctx.text
    for ev in procedure.evidence:
        for s in ctx.spans("IMAGING"):
            if ev.end <= s.start_char <= ev.end + 12 and _OWN_GUIDANCE_GAP.match(text[ev.end:s.start_char]) \
                    and not s._.is_negated:
                return s
    return None


_UNREAD = object()  # an answer not computed yet (None is an answer)


def _group(m: re.Match[str], name: str) -> str | None:
    """Group `name` of a `span_cue` match: its bucket's pattern holds only its own alternatives' groups, and a group
    of another bucket's alternative takes no part in the match (None, as in the whole cue's match)."""
    return m.group(name) if name in m.re.groupindex else None


_OWN_FIELDS = frozenset({"procedure", "technique"})  # fields that name only today's procedure
# 'This was not a', 'the procedure was not an', 'It is not a' right before a procedure's name (`_drop_denied_identity`)
_IDENTITY_DENIED = compile_rule(r"\b(?:this|it|that|the[ \t]+(?:procedure|injection|block|service|approach))[ \t]+(?:was|is)[ \t]+"
                                r"not[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}$", re.IGNORECASE)
_SIDE_ONLY_AFTER = compile_rule(r"[ \t]+(?:side[ \t]+)?only\b", re.IGNORECASE)  # 'right side only' (`_answered_side`)
_SIDE_ONLY_BEFORE = compile_rule(r"\bonly[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?$", re.IGNORECASE)  # 'only the left'
# A plan named before a procedure on the title line ('Left lumbar diagnostic medial branch blocks, fluoroscopy. Plan
# radiofrequency ablation if >80% relief.', 'Plan: RFA'): the next step, not today's (round 22, fam22, c5-036); never
# 'Planned: kyphoplasty at T12 and L1. Done: L1 only' (`planned_spans` reads that field)
_PLAN_BEFORE = compile_rule(r"\bplan\b[ \t]*[:\-]?[ \t]*(?:[\w/-]+[ \t]+){0,3}$",
                            re.IGNORECASE)
# What may stand before the procedure's name opening a report's IMPRESSION ('1. Left L5-S1', 'Diagnostic bilateral', 'CT-guided
# right'): a list number, then a few words without a verb's punctuation (`_report_impression`).
_IMPRESSION_NAME_HEAD = compile_rule(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:[A-Za-z0-9/-]+[ \t]+){0,6}$")


class ProcedureBuilder:
    def __init__(self, ctx: NoteContext) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.hist = cue("history_sentence")
        self.hypo = cue("hypothetical_sentence")
        self.alternative = cue("alternative_before")
        self.done_outcome = cue("procedure_done_outcome")
        self.procedural = cue("procedural_sentence")
        self.prior = cue("prior_result_sentence")
        self.last_before = cue("last_session_before")
        self.imaging_report = cue("imaging_report_sentence")
        self.plan_or_risk = cue("plan_or_risk_sentence")
        self.done_today = cue("done_today_after")
        self._told_after = cue("told_performed_after")
        self._told_clause = cue("told_performed_clause")
        self._told_reason = cue("told_performed_reason")
        self._told_clauses: list[tuple[int, int]] = []  # `_told_performed` clauses: procedural, in a history sentence
        self._repeat_fact: FlagFact | None = None  # `_repeat`, read in `build` before the intents
        self.superseded = cue_map("record_superseded")
        self._sentence_relevance: dict[tuple[int, int], bool] = {}
        self._planned = planned_spans(ctx)
        self.step_abandoned = False  # a level given up while another was done
        self._carried = carried_spans(ctx)
        self.blocks: list[tuple[int, int, Draft]] = []  # a session list's items and the procedure each names
        self.dead_blocks: list[tuple[int, int]] = []  # items naming only a procedure not done today
        self.dead_blocks += unticked_lines(self.text)
        self.dead_blocks += status_rows(self.text)
        self.procedure_blocks: list[list[tuple[int, int]]] = []  # per built procedure, the items that name it
        self._field_intent: str | None | object = _UNREAD  # `_note_field_intent`, read when first needed
        low = lowered_once(self.text)  # None: a character folds onto a letter, so only the regexes can tell
        self._may_correct = low is None or any(w in low for w in _CORRECTION_WORDS)
        self._may_call_off = low is None or any(w in low for w in _CALLED_OFF_WORDS)
        self.called_off = False  # set by `build`: the session was called off before it began
        self.side_fix = self._corrected_side()
        self.level_fix, self.level_dropped = self._corrected_levels()
        self.level_struck = self._struck_levels()

    # --- which mentions describe today's procedure ---------------------------------------------

    def _in_carried(self, char: int) -> bool:
        return any(s <= char < e for s, e in self._carried)

    def _superseded(self, start: int) -> bool:
        """A side or level that an addendum says a superseded record (a draft title, an order, a preliminary report) had
        wrongly: after a `record_superseded.draft` cue of its clause, or anywhere in a clause with an `error` cue,
        with no `corrected` cue ('should read', 'corrected to') between. The addendum's own side is today's."""
        text, (s, e) = self.text, self.ctx.idx.sentence_at(start)
        cs = max((m.end() for m in _CLAUSE_MARK.finditer(text, s, start)), default=s)
        ce = next((m.start() for m in _CLAUSE_MARK.finditer(text, start, e)), e)
        cue_at = self.superseded["draft"].search(text, cs, start)
        if cue_at is None:
            cue_at = self.superseded["error"].search(text, cs, ce)
            if cue_at is None:
                return False
            cue_at_start = cs
        else:
            cue_at_start = cue_at.end()
        return self.superseded["corrected"].search(text, cue_at_start, start) is None

    def _performed(self, span: Span) -> bool:
        if self._carried and self._in_carried(span.start_char):
            return False  # an earlier visit's text carried into today's note
        if self.dead_blocks and any(s <= span.start_char < e for s, e in self.dead_blocks):
            return False  # '[ ] L knee IA': a checklist option not ticked
        cat = self.ctx.idx.category_at(span.start_char)
        title = self.ctx.idx.mention_source(span.start_char) == "title"
        if (cat in NOT_PERFORMED_SECTIONS or not (asserted(span) or (title and _history_only_after(
                span, self.text, *self.ctx.idx.line_at(span.start_char)))
                or self._told_done_today(span) or self._told_performed(span) or self._case_opening(span))) \
                and not self._said_done_today(span, cat):
            return False
        if _PRE_PREFIX.search(self.text, max(0, span.start_char - 5), span.start_char) \
                or self._prior_right_after(span) or self._series_with_results(span) \
                or self._correction_restates(span):
            return False  # 'Diagnostic (pre-RFA)', 'MBB x2 prior, both >80%', '2 x SI lateral branch blocks 80%/75%''
        if _DONE_BEFORE.match(self.text, span.end_char) or _DONE_EARLIER.match(self.text, span.end_char) \
                or _DONE_IN_PERIOD.match(self.text, span.end_char) \
                or _NOT_DONE_AFTER.match(self.text, span.end_char) or self._planned_after_other(span):
            return False
        ss = self.ctx.idx.sentence_at(span.start_char)[0]
        if self.alternative.search(self.text, max(ss, span.start_char - 80), span.start_char):
            return False  # "prefers steroid injection to RFA": the procedure not chosen
        if told_as_general_practice(self.ctx, span.start_char):
            return False  # 'Background: interlaminar epidural injections in published series commonly use ...'
        if title and _DATED_IN_YEAR.match(self.text, span.end_char):
            return False  # a first line of history: 'Background: right L4-5 radiofrequency ablation in 2024 with ...'
        if title:
            # round 21 (fam21, c1-052): a note with no title opening on a clause that talks about the procedure ('...;
            # we talked about a stellate ganglion block if sympathetic features progress') is no title of it
            return not (_DISCUSSED_BEFORE.search(self.text, max(ss, span.start_char - 60), span.start_char)
                        or self._planned_on_title(span, ss))
        if cat not in _OWN_FIELDS and (_DATED_AFTER.match(self.text, span.end_char) or _DATED_LINE.match(
                self.text, self.ctx.idx.line_at(span.start_char)[0], span.start_char)):
            return False  # 'Other history: left occipital nerve block (2024) for headaches', '2023: L5-S1 ILESI'
        cs, ce = self._clause_of(span)
        if cat not in _OWN_FIELDS and self.last_before.search(self.text, max(cs, span.start_char - 90), span.start_char):
            return False  # 'The last intra-articular left SI injection gave good but short relief': an earlier session
        if cat not in _OWN_FIELDS and (_ELSEWHERE_AFTER.match(self.text, span.end_char, ce) or _ELSEWHERE_BEFORE.search(
                self.text, max(cs, span.start_char - 80), span.start_char) or _PAST_LIST_BEFORE.search(
                self.text, max(cs, span.start_char - 160), span.start_char)):
            return False  # 'a left SI joint injection from her previous pain doctor', 'Hx of L4-5 ILESI x3'
        if _OPTION_AFTER.match(self.text, span.end_char, ce) or _FUTURE_AFTER.match(self.text, span.end_char, ce) \
                or _DISCUSSED_AFTER.match(self.text, span.end_char, ce) \
                or _DISCUSSED_BEFORE.search(self.text, max(cs, span.start_char - 60), span.start_char) \
                or self._offered_only(span, cs, ce) \
                or _AIM_BEFORE.search(self.text, max(cs, span.start_char - 140), span.start_char):
            return False  # 'we discussed lateral branch RFA as a longer-lasting option'
        # an earlier result in the clause before a case report's 'and X was performed', or in a reason clause opening
        # the sentence ('After two blocks gave 85% relief, he underwent ...'), is that history's
        reason = self._told_reason.match(self.text, cs, span.start_char)
        a = reason.end() if reason else cs
        why = _BLOCKS_WHY_AFTER.match(self.text, span.end_char, ce)
        prior = self.prior.search(self.text, a, ce) if why is None else \
            (self.prior.search(self.text, a, span.end_char) or self.prior.search(self.text, why.end(), ce))
        if why is not None and not prior and self.prior.search(self.text, why.start(), why.end()):
            self._told_clauses.append((a, ce))  # its sides and levels are today's, not the bracketed blocks' history
        return not prior or self._told_performed(span) or self._case_opening(span)

    @property
    def told_today(self) -> tuple[tuple[int, int], ...]:
        """The clauses read as telling today's act inside a history-shaped sentence (`_case_opening`,
        `_told_performed`), after `build`: the session's guidance written there is today's too (round 22, pub22)."""
        return tuple(self._told_clauses)

    def _correction_restates(self, span: Span) -> bool:
        """A procedure told only by its act ('the left knee was injected') in a signed correction of the side or level
        ('Addendum: side corrected to LEFT - the left knee was injected'; lexicon `side_corrected`, `level_corrected`):
        the correction says where the note's procedure went, never a procedure of its own (round 22, ocr22, c10-010)."""
        if not _ACT_ONLY_SPAN.search(span.text):
            return False
        s, e = self.ctx.idx.sentence_at(span.start_char)
        if not any(w in self.text[s:e].lower() for w in _CORRECTION_WORDS):
            return False
        return bool(cue("side_corrected").search(self.text, s, e) or cue("level_corrected").search(self.text, s, e))

    def _series_with_results(self, span: Span) -> bool:
        """An earlier series told by its count and results right at the name (`_SERIES_RESULT_AFTER`)."""
        result = _SERIES_RESULT_AFTER.match(self.text, span.end_char)
        return result is not None and (result.group("count") is not None or _SERIES_COUNT_BEFORE.search(
            self.text, max(0, span.start_char - 24), span.start_char) is not None)

    def _case_opening(self, span: Span) -> bool:
        """The case report's opening sentence telling the procedure the report is about, with the patient introduced
        in it ('A 66-year-old woman with neck pain for two years underwent cervical medial branch radiofrequency
        neurotomy after two positive blocks: ...'; 'Bilateral sacroiliac joint injections were performed in a
        68-year-old woman with a 10-month history of ...'; round 21, gap21): ConText reads 'underwent' and the
        patient's history as the procedure's, but the history is hers. Only in the note's first sentence (a title line
        before it allowed), when no other procedure mention is asserted as today's, and when the procedure's own words
        (from 'underwent' to it and up to a reason or history clause after it, or before its passive verb) date nothing
        (`told_done_today_not`: 'underwent an RFA two years ago' is history). Its clause's sides are today's."""
        u = span._
        if u.is_negated or u.is_hypothetical or u.is_family or u.is_uncertain:
            return False
        text, (s, e) = self.text, self.ctx.idx.sentence_at(span.start_char)
        label = cue("case_opening_label").match(text, text.rfind("\n", 0, s) + 1, span.start_char)
        head = text[:s].strip()
        if label is not None:  # 'Case: a 72-year-old man ... underwent ...' after a background paragraph (pub22)
            s = max(s, label.end())
        elif head and ("\n" in head or head[-1] in ".!?"):
            return False  # not the note's first sentence (a title line alone may come before it)
        intro, dated = cue("case_patient_intro"), cue("told_done_today_not")
        verb = self._told_after.match(text, span.end_char)
        after = intro.match(text, verb.end()) if verb is not None else None
        if after is not None and after.group(0).split()[0].lower() in ("in", "on", "for"):
            a, b = s, verb.end()  # 'X were performed in a 68-year-old woman ...'
        elif intro.match(text, s) and cue("told_done_today_bare").search(text, max(s, span.start_char - 70),
                                                                           span.start_char):
            a = text.rindex("underwent", s, span.start_char)  # 'A 66-year-old woman ... underwent X after ...'
            stop = cue("case_opening_tail_end").search(text, span.end_char, e)
            b = stop.start() if stop else e
        else:
            return False
        if dated.search(text, a, b) or self._other_named_today(s, e):
            return False
        if (a, b) not in self._told_clauses:
            self._told_clauses.append((a, b))  # its sides are today's, not those of the history beside it
        return True

    def _said_done_today(self, span: Span, cat: str | None) -> bool:
        """Round 17b (p3): a plan or indication line naming the procedure and saying, right after it, that it was
        done today ('Plan: left L3-4 and L4-5 TFESI, which we did today'): today's procedure, though a plan section or
        ConText's plan cue would put it in the future. Negated or future wordings are not (`done_today_after`)."""
        if cat not in ("follow_up", "indications", None) or span._.is_negated or span._.is_historical:
            return False
        end = self.ctx.idx.sentence_at(span.start_char)[1]
        end = self.ctx.idx.sentence_at(end)[1] if end < len(self.text) else end  # 'Plan: R L5 TFESI. Done today.'
        return bool(self.done_today.match(self.text, span.end_char, end))

    def _told_done_today(self, span: Span) -> bool:
        """A procedure told in the case-report voice as a past event, with a mark of this session after it ('She
        underwent right-sided L4-5 facet joint injections today', 'had a right L5-S1 facet injection performed under
        fluoroscopic guidance'; lexicon `told_done_today`): ConText reads 'underwent' as history, but nothing else in
        the sentence dates it, reports a result or plans it (`told_done_today_not`), so it is today's. Only a mention
        that ConText marked historical and nothing else (negated, planned, a relative's)."""
        u = span._
        if not u.is_historical or u.is_negated or u.is_hypothetical or u.is_family or u.is_uncertain:
            return False
        return self._told_today_sentence(*self.ctx.idx.sentence_at(span.start_char), span.start_char)

    def _told_performed(self, span: Span) -> bool:
        """The case-report voice's passive report of today's procedure in a clause of its own after the history ('A
        diagnostic block 4 weeks earlier had produced 80% relief, and genicular radiofrequency ablation was performed.';
        round 20, pub20), also after a reason clause opening the sentence ('Given 85% relief from two diagnostic blocks,
        radiofrequency ablation of the right L3 and L4 medial branches was performed.'): ConText's history cue of the
        clause before reaches over the comma. Only a mention that ConText
        may have marked historical, and nothing else, with the verb right after its words (`told_performed_after`) and
        no word that dates, plans or reports a result in its own clause (`told_done_today_not`, `history_sentence`);
        the result of the clause before is that history's (`prior_result_sentence` in `_performed`)."""
        u = span._
        if u.is_negated or u.is_hypothetical or u.is_family or u.is_uncertain:
            return False
        verb = self._told_after.match(self.text, span.end_char)
        if verb is None:
            return False
        text, (s, e) = self.text, self.ctx.idx.sentence_at(span.start_char)
        cs = max((m.end() for m in self._told_clause.finditer(text, s, span.start_char)), default=s)
        reason = self._told_reason.match(text, s, span.start_char)
        if reason is not None:
            cs = max(cs, reason.end())  # 'Given 85% relief from the blocks, RFA ... was performed'
        ce = next((m.start() for m in self._told_clause.finditer(text, verb.end(), e)), e)
        if any(_dates_or_results(text, a, b) or self.hist.search(text, a, b)
               for a, b in ((cs, span.start_char), (verb.end(), ce))):
            return False
        self._told_clauses.append((cs, ce))  # its sides and levels are today's, not those of the history before it
        return True

    def _told_today_sentence(self, s: int, e: int, at: int | None = None) -> bool:
        """Whether text[s:e] tells a procedure done today in the case-report voice (`_told_done_today`); with `at`,
        only the procedure mention at `at`: between the past-tense verb and the mark of this session, or right after
        'underwent'. Unless the mark says 'today' ('this morning', 'at this visit'), the procedure must also be named
        as today's elsewhere (the title, the technique) or ConText read it as today's ('After consent was obtained, she
        underwent ...'): 'He underwent a right L4-5 radiofrequency ablation.' in the
        history of a block note is an earlier procedure, not a second one today. After a reason clause opening the
        sentence ('After two diagnostic blocks gave 85% relief, he underwent radiofrequency ablation ... under
        fluoroscopy'; round 20, pub20) the narrative's next event with its mark of the session is today's when no other
        procedure is named as today's: the reason's result dates nothing of the main clause."""
        reason = self._told_reason.match(self.text, s, e)  # 'After two blocks gave 85% relief, he underwent ...'
        if reason is not None:
            s = reason.end()
        if cue("told_done_today_not").search(self.text, s, e):
            return False
        procs = [x for x in self.ctx.spans("PROC") if s <= x.start_char < e and (at is None or x.start_char == at)]
        m = cue("told_done_today").search(self.text, s, e)
        bare = cue("told_done_today_bare")  # 'He underwent a left-sided L5-S1 TFESI.': the verb right before it
        for x in procs:
            a = x.start_char
            if m is not None and m.start() < a < m.end():
                if _TODAY_MARK.search(self.text, a, m.end()) or asserted(x) or self._named_today_elsewhere(x, s, e) \
                        or reason is not None and not self._other_named_today(s, e):
                    return True
            elif bare.search(self.text, max(s, a - 70), a) and (asserted(x) or self._named_today_elsewhere(x, s, e)):
                return True
        return False

    def _other_named_today(self, s: int, e: int) -> bool:
        """Whether a procedure mention outside text[s:e] that ConText leaves asserted names a procedure of today: then a
        reason clause's 'he underwent ...' in the history of that note is an earlier session (`_told_today_sentence`)."""
        return any(asserted(x) and not (s <= x.start_char < e) and not told_as_general_practice(self.ctx, x.start_char)
                   for x in self.ctx.spans("PROC"))  # (a background paragraph's procedure is none of today's)

    def _named_today_elsewhere(self, span: Span, s: int, e: int) -> bool:
        """Whether a mention of `span`'s family outside text[s:e] that ConText leaves asserted names today's procedure."""
        fam = span._.meta.get("family")
        return any(x._.meta.get("family") == fam and not (s <= x.start_char < e) and asserted(x)
                   for x in self.ctx.spans("PROC"))

    def _session_called_off(self) -> bool:
        """Round 21 (fam21): the note says the session as a whole was called off before it began ('Scheduled: spinal
        cord stimulator trial ... The procedure was cancelled before the patient entered the procedure room', 'We
        reviewed options ... No procedure performed.'): its procedure names are the booking's or the talk's, so nothing
        is billed. Only in a today's section and not said of an earlier session (lexicon `session_not_performed*`)."""
        if not self._may_call_off:
            return False
        text = self.text
        for m in note_cue("session_not_performed").finditer(text):
            if self.ctx.idx.category_at(m.start()) in NOT_PERFORMED_SECTIONS:
                continue
            s, _ = self.ctx.idx.sentence_at(m.start())
            if not cue("session_not_performed_not").search(text, s, m.end()):
                return True
        return False

    def _offered_only(self, span: Span, cs: int, ce: int) -> bool:
        """The procedure offered in its clause (`_OFFERED_BEFORE`) and its sentence saying nothing of it being accepted
        or done (`_OFFER_TAKEN_AFTER`): not today's (round 21, dose21b)."""
        if not (_OFFERED_BEFORE.search(self.text, max(cs, span.start_char - 60), span.start_char)
                or _OFFERED_AFTER.match(self.text, span.end_char, ce)):
            return False  # (or told after it: 'A left C7-T1 interlaminar epidural was recommended, and she will decide')
        e = self.ctx.idx.sentence_at(span.start_char)[1]
        # ... nor a case report that goes on to the consent and the act ('... a right C5-6 TFESI was offered for
        # cervical radiculopathy.' + 'After written informed consent was obtained, ...'; dev_fresh_dr)
        return not (_OFFER_TAKEN_AFTER.search(self.text, span.end_char, e)
                    or _OFFER_TAKEN_LATER.search(self.text, e, e + _OFFER_LATER_CHARS))

    def _clause_of(self, span: Span) -> tuple[int, int]:
        """The mention's clause: its sentence cut at the semicolons around it. A long dictated sentence joins today's
        procedure and the history behind it with semicolons ("Ganglion impar block ... for coccydynia, 9 months since
        a fall; sitting pain; a donut cushion and NSAIDs failed."): a failed treatment or an earlier result in another
        clause reports on that history, not on the procedure named here."""
        s, e = self.ctx.idx.sentence_at(span.start_char)
        before = self.text.rfind(";", s, span.start_char)
        after = self.text.find(";", span.end_char, e)
        return (s if before < 0 else before + 1), (e if after < 0 else after)

    def _impression_done(self, span: Span) -> bool:
        """An IMPRESSION sentence that reports the procedure done ('Technically successful right L5-S1
        TFESI'). ConText reads 'successful' as a historical cue ('previous successful block'), so this
        asks only that nothing negates it, plans it or dates it in the past (history_sentence words)."""
        if self.ctx.idx.category_at(span.start_char) != "diagnosis" or span._.is_negated or span._.is_hypothetical:
            return False
        s, e = self.ctx.idx.sentence_at(span.start_char)
        if self.hist.search(self.text[s:e]):
            return False
        return bool(self.done_outcome.search(self.text, s, e)) or self._report_impression(span, s, e)

    def _report_impression(self, span: Span, s: int, e: int) -> bool:
        """Round 22 (fam22, c5): an interventional-radiology report (EXAM / TECHNIQUE / IMPRESSION) states what was done
        in its IMPRESSION as the procedure's bare name ('IMPRESSION: Left L5-S1 transforaminal epidural steroid
        injection.', 'Impression: 1. Right lumbar sympathetic chain block at L3 with sympatholysis.'): the sentence opens
        on the name (a side, level or intent before it) and says nothing of a plan. Only in a report with a technique
        section, so a clinic note's 'Impression: radiculopathy; candidate for TFESI' stays a diagnosis."""
        start = max(s, self.ctx.idx.section_at(span.start_char).body_start)
        if not _IMPRESSION_NAME_HEAD.match(self.text, start, span.start_char) or self.hypo.search(self.text, s, e):
            return False
        return any(sec.category == "technique" for sec in self.ctx.idx.sections)

    def _planned_after_other(self, span: Span) -> bool:
        """"Left genicular nerve block (diagnostic, before RFA)", "MBB ahead of a planned ablation": a procedure
        named as what today's other procedure leads up to. Only beside another procedure word of its sentence or
        after the block's intent word ('Purpose: Diagnostic - prior to RF ablation'), so that "Prior to RFA, sensory
        testing ..." in an ablation note stays today's ablation. A procedure a decision is still to be made on ('for
        the RFA decision') is not today's either."""
        ls = self.ctx.idx.line_at(span.start_char)[0]
        if _EVALUATED_FOR.search(self.text, max(ls, span.start_char - 60), span.start_char):
            return True  # "evaluating for RFA": the procedure this one tests the patient for
        if _LATER_BEFORE.search(self.text, max(ls, span.start_char - 50), span.start_char):
            return True  # "a test for later RFA": a procedure put in a later time
        if _DECISION_BEFORE.search(self.text, max(ls, span.start_char - 70), span.start_char) \
                or _DECISION_AFTER.match(self.text, span.end_char):
            return True  # "for the RFA decision", "to help decide on RFA": a decision still to be made
        lead = _LEADS_UP_TO.search(self.text, max(ls, span.start_char - 40), span.start_char)
        if lead is None:
            return False
        s, e = self.ctx.idx.sentence_at(span.start_char)
        return any(s <= x.start_char < span.start_char for x in self.ctx.spans("PROC")) \
            or _INTENT_LEADS.search(self.text, max(s, ls), lead.start()) is not None

    def _cues(self, char: int) -> set[str]:
        """Cue words of the sentence: cue spans, the approach of specific procedure words
        ("transforaminal"), and genicular nerve names."""
        s, e = self.ctx.idx.sentence_at(char)
        cues = {x._.meta.get("cue") for x in self.ctx.spans("CUE") if s <= x.start_char < e}
        for x in self.ctx.spans("PROC"):
            if s <= x.start_char < e and x._.meta.get("approach") in ("transforaminal", "interlaminar", "caudal"):
                cues.add(x._.meta["approach"])
        for x in self.ctx.spans("NERVE"):
            if s <= x.start_char < e and "genicular" in x._.meta["nerve"]:
                cues.add("genicular")
        return cues

    def drafts(self) -> list[Draft]:
        spans = [s for s in self.ctx.spans("PROC") if self._performed(s)]
        if not spans:  # a note that names its procedure only under "Indications"
            spans = [s for s in self.ctx.spans("PROC")
                     if asserted(s) and self.ctx.idx.category_at(s.start_char) == "indications"]
        if not spans:  # a radiology report that names it only in the IMPRESSION, as done ('Technically successful ...')
            spans = [s for s in self.ctx.spans("PROC") if self._impression_done(s)]
        elif all(s._.meta.get("generic") for s in spans):  # round 22 (fam22, c5-007): 'EXAM: CT-guided joint injection,
            # pelvis.' over 'IMPRESSION: Right SI joint injection, CT guided.': the impression names which one
            spans = spans + [s for s in self.ctx.spans("PROC") if not s._.meta.get("generic") and self._impression_done(s)]
        if not spans:  # a case report that tells today's as a repeat of the one just named ('... of the same nerves')
            spans = self._repeated_same()
        if not spans and not self._named_alive():  # round 21 (fam21): a note that tells its procedure only by the
            # needle's route ('a needle was brought to the right C6-C7 foramen', 'into the sacral canal'; targets.yaml
            # ROUTE) and names none; one naming a procedure it did not do today ('Plan: right L5-S1 TFESI, which we did
            # not do today') is left to that name
            spans = [s for s in self.ctx.spans("ROUTE") if self._performed(s) and (
                s._.meta.get("family") != "peripheral_nerve_block" or self.ctx.spans("NERVE"))]
        title_cues = self._cues(0)
        resolved: list[tuple[Span, str, dict]] = []
        for span in spans:
            cues = self._cues(span.start_char)
            if self.ctx.idx.mention_source(span.start_char) != "title":
                cues |= title_cues
            family, meta = _resolve(span, cues)
            resolved.append((span, family, meta))
        titles = {sp.start_char for sp, _, _ in resolved if self.ctx.idx.mention_source(sp.start_char) == "title"}
        # an epidural approach word is a cue only to an epidural mention: 'lateral to the S1 foramen' in a sacroiliac
        # ablation's needle sentence is anatomy, so its 'cooled radiofrequency probes' keep the title's SI ablation
        # (round 20, pub20b)
        uncued = {sp.start_char for sp, _, m in resolved
                  if sp.start_char not in titles
                  and not self._cues(sp.start_char) - {None} - (set() if m.get("group") == "epidural" else _EPIDURAL_CUES)}
        resolved = _title_resolution(resolved, titles, uncued)
        drafts: dict[str, Draft] = {}
        generic: list[tuple[Span, str, dict]] = []
        for span, family, meta in resolved:
            if meta.get("generic"):
                generic.append((span, family, meta))
                continue
            key = _draft_key(family, meta)
            d = drafts.get(key)
            if d is None:
                drafts[key] = Draft(family, meta, [span])
            else:
                d.mentions.append(span)
                for k, v in meta.items():  # a later specific mention may add approach/target
                    d.meta.setdefault(k, v)
        for span, family, meta in generic:
            group = meta.get("group")
            host = next((d for d in drafts.values() if group and d.meta.get("group") == group), None)
            if host is None:
                host = next((d for d in drafts.values() if d.family == family), None)
            if host is None:
                host = self._spinal_joint_host(drafts, span)
            if host is None and drafts and self.ctx.idx.mention_source(span.start_char) == "body":
                continue  # a generic name in the body of a note whose procedure is named ('prefers steroid joint inj',
                # 'therapeutic joint inj no longer last': 'inj' is also the plural) speaks of that one or of history
            if host is None:
                drafts[family] = host = Draft(family, meta, [])
            host.mentions.append(span)
        out = sorted((d for d in drafts.values() if d.mentions), key=lambda d: min(s.start_char for s in d.mentions))
        out = _drop_routes(out)
        if len(out) > 1:
            out = self._drop_denied_identity(out)
        for d in out:
            d.mentions.sort(key=lambda s: s.start_char)
        return out

    def _named_alive(self) -> bool:
        """Whether the note names a procedure outside the rows of a log marked not done (`dead_blocks`): 'a) R stellate
        ganglion blk | pt declined on the day - not done' names nothing done, so the procedure told only by its needle
        below it ('Bursa: 22G needle to ... the right greater trochanter') is read (round 22, fam22, c5-034)."""
        return any(not any(s <= x.start_char < e for s, e in self.dead_blocks) for x in self.ctx.spans("PROC"))

    def _planned_on_title(self, span: Span, ss: int) -> bool:
        """Round 22 (fam22, c5-036): a plan told on the title line after today's procedure ('Left lumbar diagnostic
        medial branch blocks, fluoroscopy. Plan radiofrequency ablation if >80% relief.'): 'plan' a few words before the
        name and a condition or a later time in its sentence (`hypothetical_sentence`), never today ('Plan: proceed with
        right L5-S1 TFESI today', 'Procedure and plan: right L5-S1 TFESI')."""
        if not _PLAN_BEFORE.search(self.text, max(ss, span.start_char - 40), span.start_char):
            return False
        s, e = self.ctx.idx.sentence_at(span.start_char)
        return bool(self.hypo.search(self.text, s, e)) and not _TODAY_MARK.search(self.text, s, e)

    def _drop_denied_identity(self, drafts: list[Draft]) -> list[Draft]:
        """Round 22 (fam22, c5): an addendum or answer that says what the procedure was not ('This was not a
        transforaminal injection. A left paramedian interlaminar approach was used at L5-S1; the title above is wrong.',
        'It was not an SI joint injection but a lateral branch block'): that family is the title's mistake, so its
        draft goes when another procedure is left (`_IDENTITY_DENIED`, a negated mention only)."""
        denied = set()
        for x in self.ctx.spans("PROC"):
            if x._.is_negated:
                s = self.ctx.idx.sentence_at(x.start_char)[0]
                if _IDENTITY_DENIED.search(self.text, max(s, x.start_char - 60), x.start_char):
                    denied.add(x._.meta.get("family"))
        kept = [d for d in drafts if d.family not in denied]
        return kept if kept else drafts

    def _repeated_same(self) -> list[Span]:
        """A case report that tells today's procedure only as a repeat of the one named before it ('A first diagnostic
        block of the right C4, C5 and C6 medial branches, performed 3 weeks earlier, had produced 60% relief. A second,
        confirmatory diagnostic block of the same nerves was performed.'; round 20, pub20): the last procedure mention
        before the repeat, unless ConText negates or plans it, names today's. Asked only of a note with no procedure
        told as done; a repeat sentence that also dates, plans or reports a result (`told_done_today_not`) is history.
        The sides and levels of the sentence naming it count as a procedural sentence's ('the same nerves')."""
        m = note_cue("repeat_of_same").search(self.text)
        if m is None:
            return []
        s, e = self.ctx.idx.sentence_at(m.start())
        if _dates_or_results(self.text, s, m.start()) or _dates_or_results(self.text, m.end(), e):
            return []
        before = [x for x in self.ctx.spans("PROC") if x.end_char <= m.start() and not (
            x._.is_negated or x._.is_hypothetical or x._.is_family or x._.is_uncertain)]
        if before:  # 'the same nerves' are those named there: its sides and levels are today's
            self._sentence_relevance[self.ctx.idx.sentence_at(before[-1].start_char)] = True
        return before[-1:]

    def _spinal_joint_host(self, drafts: dict[str, Draft], span: Span) -> Draft | None:
        """Round 16b (p2, fcb-si-02): the generic name of an injection into a joint ('... the right sacroiliac joint
        was entered (diagnostic intra-articular injection)', 'the joint injection was then completed') in a note
        whose one procedure is an intra-articular spinal joint injection (SI joint, facet) speaks of that procedure,
        wherever it stands (a technique field's first lines read as its title). A sentence naming a limb joint
        ('left knee: intra-articular injection') keeps its own joint injection."""
        hosts = [d for d in drafts.values() if d.family in _SPINAL_JOINT_FAMILIES
                 and d.meta.get("approach") == "intra_articular"]
        if len(hosts) != 1 or any(d.family == "joint_injection" for d in drafts.values()):
            return None
        s, e = self.ctx.idx.sentence_at(span.start_char)
        if any(rx.search(self.text, s, e) for rx in cue_map("joint_site_words").values()):
            return None
        return hosts[0]

    # --- assigning levels and sides -------------------------------------------------------------

    def _relevant(self, start: int) -> bool:
        """A level or side in a title/header counts; in the body only inside procedural sentences."""
        idx = self.ctx.idx
        if self._carried and self._in_carried(start):
            return False
        if self._planned and any(a <= start < b for a, b in self._planned):
            return False  # 'Planned: bilateral ...' beside 'Done: LEFT only'
        if self.dead_blocks and any(s <= start < e for s, e in self.dead_blocks):
            return False  # an item naming only a procedure not done today ('3) R GON block - cancelled')
        source = idx.mention_source(start)
        if source == "title" and self._imaging_title(start):
            return False  # 'MRI lumbar spine: L3-4 stenosis; L4-5 left protrusion' opening the note: a study, no title
        if source == "title" and self._dated_title(start):
            return False  # 'Background: right L4-5/L5-S1 radiofrequency ablation in 2024 ...' opening the note: history
        if source in ("title", "header"):
            return True
        if self.blocks and self._block_owner(start) is not None:
            return True  # a numbered item of today's session ('Procedure #2 .. SIJI   Side: R   Guidance: fluoro')
        cat = idx.category_at(start)
        if cat in NOT_PERFORMED_SECTIONS:
            return False
        if self._told_clauses and any(a <= start < b for a, b in self._told_clauses):
            return True  # '..., and a left L5-S1 TFESI was repeated under fluoroscopy': the clause of today's procedure
        table = self._level_table_row(start)
        if table is not None:
            return table
        if cue("side_field_row").fullmatch(self.text, idx.line_at(start)[0], start):
            return True  # a key-value table's side row ('| Laterality | Right |'): a field of today's record, as a header's
        s, e = idx.sentence_at(start)
        known = self._sentence_relevance.get((s, e))
        if known is None:
            known = self._sentence_relevance[(s, e)] = self._procedural_sentence(s, e)
        return known

    def _dated_title(self, start: int) -> bool:
        """Whether `start` lies on an opening line whose procedures are all dated in a year (`_DATED_IN_YEAR`): a line
        of history, so its levels and sides are no target of today's (round 22, ocr22, c10-041)."""
        ls, le = self.ctx.idx.line_at(start)
        spans = [x for x in self.ctx.spans("PROC") if ls <= x.start_char < le]
        return bool(spans) and all(_DATED_IN_YEAR.match(self.text, x.end_char) for x in spans)

    def _imaging_title(self, start: int) -> bool:
        """Whether `start` lies on a note's opening line that reports a study ('MRI lumbar spine: L3-4 moderate
        stenosis; L4-5 left paracentral protrusion', 'CT L-spine - ...'; `_IMAGING_LEAD`) and names no procedure: the
        line a note opens on is read as its title, but the levels and sides of a study's findings are no target of
        today's (round 21, fam21b, c3-047). A procedure field's title is never such a line."""
        idx = self.ctx.idx
        if idx.category_at(start) is not None:
            return False
        ls, le = idx.line_at(start)
        return _IMAGING_LEAD.match(self.text, ls, le) is not None \
            and not any(ls <= x.start_char < le for x in self.ctx.spans("PROC"))

    def _level_table_row(self, start: int) -> bool | None:
        """Whether a row of a level table names today's target: its line holds cell borders ('|' or tabs) and the
        table's header row (the first bordered line above it, past rule lines such as '---|---') names a level/side
        column (lexicon `level_table_columns`). True unless a column is one of earlier procedures ('Date', 'Relief');
        None for a line of no such table. A row names no procedure word, so the sentence test cannot find it
        ('L5-S1 | Left | 22 g | dexamethasone 10 mg'), and the header's own words would pass a table of past ones."""
        idx, text = self.ctx.idx, self.text
        ls, le = idx.line_at(start)
        if not _CELL_SPLIT.search(text, ls, le):
            return None
        while ls > 0:
            ls, le = idx.line_at(ls - 1)
            if not _CELL_SPLIT.search(text, ls, le):
                return None
            cells = {" ".join(c.split()).lower().strip(" :-=+*") for c in _CELL_SPLIT.split(text[ls:le])} - {""}
            if not cells:
                continue  # a rule line between the header and the rows
            if cells & _TABLE_COLUMNS and not any(ch.isdigit() for ch in text[ls:le]):
                return not cells & _TABLE_NOT
        return None

    def _procedural_sentence(self, s: int, e: int) -> bool:
        sent = self.text[s:e]
        if cue("review_comment_line").match(self.text, self.ctx.idx.line_at(s)[0]):
            return False  # 'Reviewer comment: the side field (LEFT) does not match ... (right)': about the record
        procs = [x for x in self.ctx.spans("PROC") if s <= x.start_char < e]
        if procs and not any(self._performed(x) for x in procs):
            return False
        if (self.hist.search(sent) and not (procs and self._told_today_sentence(s, e))) or self.hypo.search(sent) \
                or self.imaging_report.search(sent) or _IMAGING_LEAD.match(sent) or self.plan_or_risk.search(sent):
            return False
        if procs or self.procedural.search(sent):
            return True
        return self._site_label(s, e)

    def _site_label(self, s: int, e: int) -> bool:
        """A line-opening sentence naming only a side and a body part ('Right knee.'; lexicon `site_label_sentence`)
        right before a procedural sentence: that procedure's site label, so its side counts (spec22, c12-016)."""
        if self.ctx.idx.line_at(s)[0] != s or e - s > 40 or not cue("site_label_sentence").fullmatch(self.text, s, e):
            return False
        nxt = e + len(self.text[e:]) - len(self.text[e:].lstrip())
        if nxt >= len(self.text):
            return False
        ns, ne = self.ctx.idx.sentence_at(nxt)
        return ns > s and not cue("site_label_sentence").fullmatch(self.text, ns, ne) and self._procedural_sentence(ns, ne)

    def _prior_right_after(self, span: Span) -> bool:
        """'prior'/'previously' right after the procedure word dates it ('MBB x2 prior, both >80%'), unless it opens
        the next procedure's name ('right lumbar radiofrequency rhizotomy' + newline + 'prior dual MBBs gave 85% ...', a
        terse note's title run into its history line by the normaliser): then it dates that one (spec22, c12-005)."""
        m = _PRIOR_RIGHT_AFTER.match(self.text, span.end_char)
        if m is None:
            return False
        nxt = next((x.start_char for x in self.ctx.spans("PROC") if m.end() <= x.start_char <= m.end() + 30), None)
        return nxt is None or _PRIOR_OF_NEXT.fullmatch(self.text, m.end(), nxt) is None

    def _block_owner(self, char: int) -> Draft | None:
        """The procedure whose numbered session item holds `char` (`session_blocks`), else None."""
        return next((d for s, e, d in self.blocks if s <= char < e), None)

    def _bind_blocks(self, drafts: list[Draft]) -> None:
        """Give each numbered item of a session list to the one procedure named in it: the first performed mention
        inside the item decides; an item naming two procedures, or none, is nobody's (the older nearest-word rules
        apply there). Only in a session of several procedures."""
        if len(drafts) < 2:
            return
        for s, e in session_blocks(self.ctx):
            inside = {id(d): d for d in drafts for x in d.mentions if s <= x.start_char < e}
            if len(inside) == 1:
                self.blocks.append((s, e, next(iter(inside.values()))))
            elif not inside and any(s <= x.start_char < e for x in self.ctx.spans("PROC")):
                self.dead_blocks.append((s, e))  # '3) R GON block - cancelled': its side and levels are nobody's

    def _owner(self, drafts: list[Draft], start: int, spinal: bool, head: str | None = None) -> Draft | None:
        pool = [d for d in drafts if not spinal or d.family in SPINAL or d.family in NERVE_FAMILIES]
        if self.blocks:
            own = self._block_owner(start)
            if own is not None:  # 'Procedure #2  Hip IA   Side: Rt': the item's own procedure, or nobody's
                return own if own in pool else None
        fitting = [d for d in pool if d.family in _HEAD_FAMILIES.get(head or "", ())]
        if fitting and len(fitting) < len(pool):  # "the right L5-S1 foramen" in a TFESI + MBB session: the TFESI's
            pool = fitting
        if not pool:
            return None
        if len(pool) == 1:
            return pool[0]
        inside = next((d for d in pool for x in d.mentions if x.start_char <= start < x.end_char), None)
        if inside is not None:  # "Joint injections: L knee and R shoulder": the L belongs to the knee's own span
            return inside
        s, e = self.ctx.idx.sentence_at(start)
        best, dist = None, None
        for d in pool:
            for x in d.mentions:
                if s <= x.start_char < e:
                    dd = abs(x.start_char - start)
                    if dist is None or dd < dist:
                        best, dist = d, dd
        if best is not None:
            return best
        before = [(x.start_char, d) for d in pool for x in d.mentions if x.start_char <= start]
        return max(before, key=lambda t: t[0])[1] if before else pool[0]

    def assign(self, drafts: list[Draft]) -> None:
        left_alone, left_alone_before = cue("level_not_treated"), cue("level_not_treated_before")
        skipped: dict[int, set[tuple[str, ...]]] = {}
        for g in self.ctx.m.levels:
            if left_alone.match(self.text, g.end) or left_alone_before.search(self.text[max(0, g.start - 50):g.start]):
                owner = self._owner(drafts, g.start, spinal=True, head=g.head) if self._relevant(g.start) else None
                if owner is not None:  # "so L5-S1 was not injected", "no injection at L3-4": left alone today
                    skipped.setdefault(id(owner), set()).update(tuple(it) for it in g.items)
                continue
            if _SURGERY_AFTER.match(self.text, g.end) or _FINDING_AFTER.match(self.text, g.end) \
                    or _REASON_BEFORE.search(self.text, max(0, g.start - 80), g.start):
                continue  # "a patient with an L4-5 fusion ...", "radiculopathy from C5-6 foraminal stenosis", "T12 was not
                # treated": not the target
            if self._relevant(g.start) and not self._superseded(g.start):
                d = self._owner(drafts, g.start, spinal=True, head=g.head)
                if d is not None:
                    d.levels.append(g)
        self._drop_abandoned_levels(drafts)
        if skipped:
            self._drop_levels(drafts, skipped)
        not_treated, lying, lying_after = cue("side_not_treated"), cue("side_position_before"), cue("side_position_after")
        temperature = cue("side_temperature_after")
        for sm in self.ctx.m.sides:
            if sm.symptom or not self._relevant(sm.start) or not_treated.match(self.text, sm.start) \
                    or self._superseded(sm.start):
                continue  # "The right side was not injected" names the side left alone; "the draft said right" a stale one
            if lying.search(self.text[max(0, sm.start - 40):sm.start]) or lying_after.match(self.text, sm.end):
                continue  # "head turned right", "left side down": how the patient lay
            if temperature.match(self.text, sm.end):
                continue  # "(left 27.9 degrees C, right 31.6 degrees C)": a limb's temperature, not the side treated
            d = (self.blocks and self._block_owner(sm.start)) or self._target_after(drafts, sm.end) \
                or self._owner(drafts, sm.start, spinal=False, head=self._sentence_head(sm.start))
            if d is not None:
                d.sides.append(sm)
        self._drop_abandoned_sides(drafts)

    def _drop_abandoned_sides(self, drafts: list[Draft]) -> None:
        """'A needle was then placed at the left L4-L5 foramen, but contrast showed a vascular pattern ... nothing was
        injected on the left', 'A bilateral injection was planned; the left side was abandoned' (lexicon
        `step_abandoned`, `side_not_injected`): a side named only in sentences that give it up is not treated when the
        procedure keeps a side named elsewhere; the code line follows the side done (RT/LT, not 50)."""
        abandoned, not_injected = cue("step_abandoned"), cue("side_not_injected")
        for d in drafts:
            if len({sm.side for sm in d.sides}) < 2:
                continue
            gone = [sm for sm in d.sides
                    if abandoned.search(self.text, *(span := self.ctx.idx.sentence_at(sm.start)))
                    or not_injected.search(self.text, *span)]
            kept = [sm for sm in d.sides if sm not in gone]
            if gone and kept:
                d.sides = kept

    def _drop_abandoned_levels(self, drafts: list[Draft]) -> None:
        """'At T12 the pedicle was too narrow ... the level was abandoned', 'An approach to the right L5-S1 foramen was
        attempted twice, but ... abandoned' (lexicon `step_abandoned`): a level named only in a sentence that gives it
        up is not treated when the procedure keeps another level; the procedure itself was completed (no -52)."""
        abandoned = cue("step_abandoned")
        for d in drafts:
            gone = [g for g in d.levels if abandoned.search(self.text, *self.ctx.idx.sentence_at(g.start))]
            if not gone or len(gone) == len(d.levels):
                continue
            given_up = {tuple(it) for g in gone for it in g.items}
            kept = self._levels_without([g for g in d.levels if g not in gone], given_up)
            if kept:
                self.step_abandoned = True
                d.levels = kept

    def _drop_levels(self, drafts: list[Draft], skipped: dict[int, set[tuple[str, ...]]]) -> None:
        """A level the note says was left alone today ('so L5-S1 was not injected', 'the L5-S1 level was skipped because
        of fusion hardware', 'no injection at L3-4'; lexicon `level_not_treated`, `level_not_treated_before`) leaves the
        title's and header's level lists too, when the procedure keeps another level (round 22, gap22): the plan named
        it, the technique says it was not done, so it bills no add-on line and counts as no treated level. Only for the
        procedure the sentence is about (`skipped`: items by the draft's id)."""
        for d in drafts:
            kept = self._levels_without(d.levels, skipped.get(id(d), set()))
            if kept:
                d.levels = kept

    @staticmethod
    def _levels_without(groups: list[LevelGroup], given_up: set[tuple[str, ...]]) -> list[LevelGroup]:
        """The level groups less the items given up (the title's 'L4-5 and L5-S1' after 'the L4-5 attempt was
        unsuccessful' keeps 'L5-S1'); a group left with no item goes."""
        kept: list[LevelGroup] = []
        for g in groups:
            keep = [i for i, it in enumerate(g.items) if tuple(it) not in given_up]
            if len(keep) < len(g.items):
                if not keep:
                    continue
                g = replace(g, items=[g.items[i] for i in keep],
                            item_spans=[g.item_spans[i] for i in keep] if len(g.item_spans) == len(g.items) else [])
            kept.append(g)
        return kept

    def _sentence_head(self, char: int) -> str | None:
        """The one nerve/foramen head word of the levels in the sentence at `char` ("... the L5 dorsal ramus on each
        side"): in a session of several procedures it tells whose side the sentence names when no procedure word does."""
        s, e = self.ctx.idx.sentence_at(char)
        heads = {g.head for g in self.ctx.m.levels if s <= g.start < e and g.head in _HEAD_FAMILIES}
        if not heads:
            return None
        common = set.intersection(*(set(_HEAD_FAMILIES[h]) for h in heads))  # medial branches + a dorsal ramus: facet
        return next((h for h in sorted(heads) if set(_HEAD_FAMILIES[h]) == common), None)

    def _target_after(self, drafts: list[Draft], end: int) -> Draft | None:
        """With two joints in one session, the side written right before a joint's name ("Left knee: superolateral
        approach ... Right shoulder: posterior approach") belongs to that joint's procedure, wherever the nearest
        procedure mention is."""
        keyed = [d for d in drafts if d.family == "joint_injection" and d.meta.get("target")]
        if len(keyed) < 2:
            return None
        head = self.text[end:end + 20].lower()
        return next((d for d in keyed if re.match(rf"\s*(?:{d.meta.get('names') or d.meta['target']})s?\b", head)), None)

    # --- turning a draft into a Procedure --------------------------------------------------------

    def _side_before(self, start: int, sides: list[SideMention]) -> str | None:
        """The side written right before a level on its line ('right L5-S1'), or across a hard wrap when the level opens
        its line ('the right and left' + newline + 'L4-L5 foramina'). Two sides joined by 'and', '&', '/' or a comma
        ('the right and left L5-S1 foramina', 'left/right L4-5') are both sides of that level (round 15, dev_fresh_bo)."""
        line_s, _ = self.ctx.idx.line_at(start)
        own_line = line_s
        if not self.text[line_s:start].strip() and line_s > 0:
            line_s = self.ctx.idx.line_at(line_s - 1)[0]  # a wrapped phrase: the side ends the line before
        near = [x for x in sides if line_s <= x.start < start and start - x.end <= 24 and x.side != "contralateral"
                and (x.start >= own_line or not _WRAP_STOP.search(self.text, x.end, start))]
        if not near:
            return None
        last = near[-1]
        if len(near) > 1 and {near[-2].side, last.side} == {"left", "right"} \
                and _SIDE_PAIR_JOIN.fullmatch(self.text, near[-2].end, last.start):
            return "bilateral"
        return last.side

    def _joined_ranges(self, groups: list[LevelGroup]) -> list[LevelGroup]:
        """"L3-4 to L5-S1", "C5-6 through C7-T1": two written segments joined by "to/through" name every
        segment between them; the first group gets the whole run (the second keeps its own item)."""
        out = sorted(groups, key=lambda g: g.start)
        for a, b in zip(out, out[1:]):
            if not (a.items and b.items and len(a.items[-1]) == 2 and len(b.items[0]) == 2
                    and a.head in (None, "root")):
                continue
            if not _RANGE_JOIN.match(self.text[a.end:b.start]):
                continue
            i, j = _SEQ_INDEX.get(a.items[-1][0]), _SEQ_INDEX.get(b.items[0][1])
            if i is not None and j is not None and j - i > 2:
                a.items = a.items[:-1] + [list(SEQUENCE[i:j + 1])]
        return out

    def _spread_level(self, start: int, end: int | None = None) -> bool:
        """True when the level at `start` ends a spread phrase of its own clause ("flow extending up to T10-11"):
        an interlaminar epidural is coded at its entry level, and the spread level would add a second one. A range
        the spread goes over ("spread from T9 to T11", `end` its group's end) is where it went, too."""
        window = self.text[max(0, start - 130):start]
        cut = max(window.rfind(". "), window.rfind(".\n"), window.rfind("\n\n"), window.rfind(";"))  # wrapped lines go on
        if cue("level_spread").search(window[cut + 1:]):
            return True
        return end is not None and cue("level_spread_from").search(window[cut + 1:]) is not None \
            and (_RANGE_INSIDE.search(self.text, start, end) is not None or _RANGE_END_AFTER.match(self.text, end) is not None)

    def _outlined_roots_kept(self, fam: str, groups: list[LevelGroup]) -> list[LevelGroup]:
        """A transforaminal procedure's level groups less the roots contrast outlined (`_root_outlined`) whose foramen
        no other group names: 'Contrast spread along the L5 and S1 nerve roots' beside injections at L4-L5 and L5-S1
        adds no S1 foramen, while the L5 root there restates L5-S1 (round 22, pub22, d7-002). When the outlined roots
        are the only levels written, they name the foramina."""
        if fam != "transforaminal_epidural":
            return groups
        outlined = {id(g) for g in groups if g.head == "root" and self._root_outlined(g.start)}
        if not outlined or len(outlined) == len(groups):
            return groups
        named: set[str] = set()
        for g in groups:
            if id(g) in outlined:
                continue
            for verts in g.items:
                named.update([f"{verts[0]}-{verts[1]}"] if len(verts) == 2 else joints_of(verts) if len(verts) > 2
                             else [verts[0], _foramen_of_root(verts[0]) or verts[0]])
        out: list[LevelGroup] = []
        for g in groups:
            if id(g) in outlined:
                items = [v for v in g.items if len(v) == 1 and (_foramen_of_root(v[0]) or v[0]) in named]
                if not items:
                    continue
                g = replace(g, items=items)
            out.append(g)
        return out

    def _root_outlined(self, start: int) -> bool:
        """The root at `start` is named as where a transforaminal injection's contrast or injectate went ('Contrast
        spread along the L5 and S1 nerve roots', 'the dye outlined the exiting L4 root', 'a neurogram of the S1
        root'; lexicon `level_root_outlined`), in its own clause: the flow reaches the next root down, so it names no
        further foramen when the procedure's levels are written elsewhere (round 22, pub22, d7-002)."""
        ls = max(self.ctx.idx.sentence_at(start)[0], start - 90)
        return cue("level_root_outlined").search(self.text, ls, start) is not None

    def _levels_and_nerves(self, d: Draft) -> tuple[list[Level], list[Nerve], list[ValueMention]]:
        fam = d.family
        kind_pair = "joint" if fam in ("facet_injection", "facet_rfa") else "segment"
        by_source: dict[str, dict[str, Level]] = {"title": {}, "header": {}, "body": {}}
        nerves: dict[str, Nerve] = {}
        written: dict[str, set[str]] = {"title": set(), "header": set(), "body": set()}
        written_ev: dict[str, list] = {"title": [], "header": [], "body": []}
        groups = self._outlined_roots_kept(fam, list(self._joined_ranges(d.levels)))
        for g in groups:
            if g.start in self.level_dropped:
                continue  # 'should read L5-S1, not L4-L5': what a correction replaces
            if fam == "interlaminar_epidural" and self._spread_level(g.start, g.end):
                continue  # "contrast spread cephalad to C5-6": where the drug went, not the entry level
            source = self.ctx.idx.mention_source(g.start)
            side = self._side_before(g.start, d.sides)
            found: list[tuple[str, str]] = []  # (name, kind)
            nerve_names: list[str] = []
            head = g.head
            if head == "pillar":  # "the C5 C6 and C7 articular pillars": where a medial branch block's nerves lie
                head = "medial_branch" if fam == "facet_rfa" or d.meta.get("approach") == "medial_branch" else None
            if fam == "interlaminar_epidural" and _between_pair(self.text, g):
                g.items = [g.items[0] + g.items[1]]  # "the epidural space between L4 and L5": the L4-L5 interspace
            for verts in g.items:
                pair = len(verts) == 2
                if head in ("medial_branch", "dorsal_ramus", "lateral_branch"):
                    if pair and head == "medial_branch" and (g.head_block or not g.head_plural):
                        found.append((f"{verts[0]}-{verts[1]}", "joint"))
                    else:
                        label = {"medial_branch": "medial branch", "dorsal_ramus": "dorsal ramus",
                                 "lateral_branch": "lateral branch"}[head]
                        nerve_names += [f"{v} {label}" for v in verts]
                elif head == "root":
                    if pair:
                        found.append((f"{verts[0]}-{verts[1]}", "segment"))
                    elif len(verts) > 2:  # "the foramina from L2-3 to L5-S1": the run of segments
                        found += [(j, "segment") for j in joints_of(verts)]
                    else:
                        found += [(v, "root") for v in verts]
                elif head == "body" and fam == "transforaminal_epidural" and _PEDICLE.match(self.text, g.end):
                    # "needles below the L4 and L5 pedicles": each foramen lies under its pedicle (L4 -> L4-L5)
                    found += [(f"{v}-{nxt}", kind_pair) for v in verts if (nxt := next_vertebra(v))]
                elif head == "body" or fam == "vertebral_augmentation":
                    found += [(v, "body") for v in verts]
                elif pair:
                    found.append((f"{verts[0]}-{verts[1]}", kind_pair))
                elif len(verts) > 2:
                    found += [(j, kind_pair) for j in joints_of(verts)]
                elif fam == "transforaminal_epidural":
                    found.append((verts[0], "root"))
                elif fam == "sympathetic_block":
                    found.append((verts[0], "body"))
            for name in nerve_names:
                n = nerves.get(name)
                ev = self.ctx.ev(g.start, g.end)
                if n is None:
                    nerves[name] = Nerve(name=name, side=side, evidence=[ev])
                else:
                    n.evidence.append(ev)
                    n.side = _merge_side(n.side, side)
            if found:
                bucket = by_source[source]
                for name, kind in found:
                    lv = bucket.get(name)
                    ev = self.ctx.ev(g.start, g.end)
                    if lv is None:
                        bucket[name] = Level(name=name, kind=kind, side=side, evidence=[ev])
                    else:
                        lv.evidence.append(ev)
                        lv.side = _merge_side(lv.side, side)
                written[source].update(n for n, _ in found)
                written_ev[source].append(self.ctx.ev(g.start, g.end))
        if fam == "sympathetic_block":  # vertebral bodies only (lumbar sympathetic at L3); none for stellate or a
            for bucket in by_source.values():  # midline plexus ("needles to the anterolateral L1 body": the way in)
                for key in [k for k, lv in bucket.items() if lv.kind not in ("root", "body")
                            or d.meta.get("target") == "stellate" or d.meta.get("midline")]:
                    del bucket[key]
                for lv in bucket.values():
                    lv.kind = "body"
        if fam == "transforaminal_epidural":  # a root names the foramen it exits
            for bucket in by_source.values():
                for key in [k for k, lv in bucket.items() if lv.kind == "root"]:
                    foramen = _foramen_of_root(key)
                    if foramen and foramen not in bucket:
                        lv = bucket.pop(key)
                        lv.name = foramen
                        bucket[foramen] = lv
                    elif foramen:  # "the C5-6 foramen ... targeting the C6 root": one level, written twice
                        lv = bucket.pop(key)
                        bucket[foramen].evidence += lv.evidence
                        bucket[foramen].side = _merge_side(bucket[foramen].side, lv.side)
        chosen: dict[str, Level] = {}
        for source in ("title", "header"):
            for name, lv in by_source[source].items():
                if name in chosen:
                    chosen[name].evidence += lv.evidence
                    chosen[name].side = _merge_side(chosen[name].side, lv.side)
                else:
                    chosen[name] = lv
        if not chosen or self._needle_went_elsewhere(chosen, by_source["body"]) \
                or self._nerves_confirm_body(chosen, by_source["body"], list(nerves.values())):
            chosen = by_source["body"]
        else:  # body evidence for the same levels, and their sides
            for name, lv in by_source["body"].items():
                if name in chosen:
                    chosen[name].evidence += lv.evidence
        for span in d.mentions:  # a procedure named for its nerve ("lesser occipital nerve block")
            name = span._.meta.get("nerve")
            if name and name not in nerves:
                nerves[name] = Nerve(name=name, side=self._side_before(span.start_char, d.sides),
                                     evidence=[self.ctx.span_ev(span)])
        for span in self.ctx.spans("NERVE"):  # named peripheral nerves (genicular branches, occipital, ...)
            if d.family in SPINAL or not self._performed(span) or not self._relevant(span.start_char):
                continue
            if self.blocks and (own := self._block_owner(span.start_char)) is not None and own is not d:
                continue  # 'Procedure #2: Genicular nerve block | Targets: SM, SL, IM': not the SI block's nerves
            name = span._.meta["nerve"]
            side = self._side_before(span.start_char, d.sides)
            n = nerves.get(name)
            if n is None:
                nerves[name] = Nerve(name=name, side=side, evidence=[self.ctx.span_ev(span)])
            else:
                n.evidence.append(self.ctx.span_ev(span))
                n.side = _merge_side(n.side, side)
        if d.meta.get("target") == "intercostal":
            chosen = self._intercostal_levels(d)
        if fam in _NO_SPINAL_LEVELS:
            chosen = {}
        if self.level_struck and set(chosen) - self.level_struck:  # 'the L4-5 level was dictated in error'
            chosen = {name: lv for name, lv in chosen.items() if name not in self.level_struck}
            for src in written:
                written[src] -= self.level_struck
        if fam in ("facet_injection", "facet_rfa") and not chosen and nerves:
            chosen = _joints_from_nerves(list(nerves.values()))
        elif fam in ("facet_injection", "facet_rfa") and chosen and nerves and not by_source["body"]:
            placed = self._nerves_placed_elsewhere(chosen, list(nerves.values()))
            if placed:  # 'Levels: right L3-4 and L4-5' over needles on the L3, L4 MB and L5 dorsal ramus
                chosen = placed
                written["body"].update(placed)
                written_ev["body"] += [ev for lv in placed.values() for ev in lv.evidence]
        fixed = {name: lv for bucket in by_source.values() for name, lv in bucket.items()
                 if any(ev.start in self.level_fix for ev in lv.evidence)} \
            if self.level_fix and fam not in _NO_SPINAL_LEVELS else {}
        if fixed:  # a signed correction names the levels: they are the procedure's, and no conflict is left
            levels = sorted(fixed.values(), key=lambda lv: sort_key(lv.name))
            return levels, sorted(nerves.values(), key=lambda n: sort_key(n.name)), [ValueMention(
                value=", ".join(lv.name for lv in levels), source="body", evidence=[e for lv in levels for e in lv.evidence])]
        levels = sorted(chosen.values(), key=lambda lv: sort_key(lv.name))
        if written["body"] and note_cue("repeat_remaining").search(self.text):
            written["body"] |= written["title"] | written["header"]  # "repeated at the remaining levels"
        mentions = [
            ValueMention(value=", ".join(sorted(written[src], key=sort_key)), source=src, evidence=written_ev[src])
            for src in ("title", "header", "body") if written[src]
        ]
        return levels, sorted(nerves.values(), key=lambda n: sort_key(n.name)), mentions

    def _nerves_confirm_body(self, named: dict[str, Level], body: dict[str, Level], nerves: list[Nerve]) -> bool:
        """Whether the body's joints are those its blocked nerves cover while the title or header names others
        ('Scheduled levels: L3-4 and L4-5' over 'We blocked the left L3 and L4 medial branches and the left L5 dorsal
        ramus ..., covering the L4-5 and L5-S1 facet joints'; an order field over a 'Targets blocked' list and its
        'Joints covered' line, fcz-h-mbb-01): two readings of where the drug went agree, so they win over the named
        joints as a needle's would (`_needle_went_elsewhere`), and the header stays a differing level mention."""
        if not body or not nerves or set(body) == set(named):
            return False
        placed = self._nerves_placed_elsewhere(named, nerves)
        return placed is not None and set(placed) == set(body)

    def _nerves_placed_elsewhere(self, named: dict[str, Level], nerves: list[Nerve]) -> dict[str, Level] | None:
        """The joints that the body's blocked nerves cover, when they differ from the joints the title or header names
        and count as many ('Levels: right L3-4 and L4-5' over 'needles on the right L3 and L4 medial branches ... and
        the right L5 dorsal ramus' = L4-5 and L5-S1): the nerves are where the needles went, so the codes and levels
        follow them and the header stays a differing level mention (a laterality_conflict, as for sides). Only nerves
        written in the body, in sentences that place a needle or give the nerve its drug ('We blocked the ...', a list row
        'right L3 medial branch ..... bupivacaine 0.5%, 0.5 mL'; lexicon `nerve_dosed_at`), one more nerve than joints
        (a full chain); else None."""
        idx = self.ctx.idx
        body = [n for n in nerves if n.evidence and all(idx.mention_source(ev.start) == "body"
                                                       and _placed_at(self.text, *idx.sentence_at(ev.start))
                                                       for ev in n.evidence)]
        if len(body) != len(nerves) or len(body) != len(named) + 1:
            return None
        joints = _joints_from_nerves(body)
        if len(joints) != len(named) or set(joints) == set(named):
            return None
        return joints

    def _needle_went_elsewhere(self, named: dict[str, Level], body: dict[str, Level]) -> bool:
        """Whether the technique puts the needle at other levels than the title and header name ('Right L4-L5 TFESI'
        over 'I targeted the right L5-S1 foramen ... needle placed in the L5-S1 foramen'): none of the body's levels is
        a named one, and each is written in a sentence that places a needle. Codes follow where the needle went, as
        for sides; the differing title stays in the level mentions (a laterality_conflict). A body that names fewer
        levels ('repeated at the remaining level') shares one with the title and changes nothing; one that names as many,
        shifted by a level ('RIGHT L3-4 AND L4-5 FACET' over 'needles into the right L4-L5 and L5-S1 facet joints'),
        moved the needles too (round 13, fbl-h-mbb-02)."""
        if not body or set(body) <= set(named):
            return False
        if set(body) & set(named) and len(body) != len(named):
            return False
        return all(any(_NEEDLE_AT.search(self.text, *self.ctx.idx.sentence_at(ev.start)) for ev in lv.evidence)
                   for lv in body.values())

    def _intercostal_levels(self, d: Draft) -> dict[str, Level]:
        """Round 22 (fam22, c5-047): intercostal nerves named by their thoracic levels in the sentence naming the block
        ('blocks of the sixth, seventh and eighth intercostal nerves', 'Right T8, T9 and T10 intercostal nerve blocks',
        'intercostal nerve blocks at T8 and T9'): each level is one item of the block (codes.yaml: 64420 for the first,
        +64421 per further level). A peripheral block owns no spinal level group (`assign`), so the groups of single
        thoracic vertebrae in its sentences are read here."""
        sentences = {self.ctx.idx.sentence_at(x.start_char) for x in d.mentions}
        out: dict[str, Level] = {}
        for g in self.ctx.m.levels:
            if not any(s <= g.start < e for s, e in sentences) or not all(
                    len(v) == 1 and v[0].startswith("T") for v in g.items):
                continue
            side = self._side_before(g.start, d.sides)
            for (v,) in g.items:
                lv = out.setdefault(v, Level(name=v, kind="root", side=side, evidence=[]))
                lv.evidence.append(self.ctx.ev(g.start, g.end))
        return out

    def _corrected_levels(self) -> tuple[frozenset[int], frozenset[int]]:
        """Where a signed correction names the levels ('Addendum: level corrected to L5-S1', 'should read L5-S1, not
        L4-L5', 'correct level: L5-S1', 'performed at L5-S1, not L4-L5 as dictated'; lexicon `side_corrected`,
        `level_corrected`, `level_not_as_written`): the starts of the corrected level groups, and of the other groups
        of the correction's sentences (what it replaces). Empty sets when the note corrects no level."""
        text, groups = self.text, self.ctx.m.levels
        if not groups:
            return frozenset(), frozenset()
        fixed: set[int] = set()
        for name in ("side_corrected", "level_corrected") if self._may_correct else ():
            for m in note_cue(name).finditer(text):
                g = next((g for g in groups if m.end() <= g.start <= m.end() + 12
                          and _LEVEL_GAP.fullmatch(text, m.end(), g.start)), None)
                if g is not None and not (self._carried and self._in_carried(g.start)):
                    fixed.add(g.start)
        if "not" in text:
            after = cue("level_not_as_written")
            fixed |= {g.start for g in groups if after.match(text, g.end)
                      and not (self._carried and self._in_carried(g.start))}
        if not fixed:
            return frozenset(), frozenset()
        sentences = {self.ctx.idx.sentence_at(start) for start in fixed}
        dropped = {g.start for g in groups if g.start not in fixed and any(s <= g.start < e for s, e in sentences)}
        return frozenset(fixed), frozenset(dropped)

    def _struck_levels(self) -> frozenset[str]:
        """Round 22 (fam22, c5): the levels an addendum says were written in error ('Addendum: The L4-5 level was
        dictated in error. Only the right L5-S1 foramen was injected.'; lexicon `level_struck_after`), as names
        ('L4-L5'): the title and the dictation that still name them are superseded. Empty when the note corrects
        nothing (a short match tried right after each level group)."""
        if not (self._may_correct and self.ctx.m.levels):
            return frozenset()
        after = cue("level_struck_after")
        return frozenset(f"{v[0]}-{v[1]}" for g in self.ctx.m.levels if after.match(self.text, g.end)
                         for v in g.items if len(v) == 2)

    def _corrected_side(self) -> SideMention | None:
        """The side a signed correction names ('Addendum: side corrected to LEFT', 'R should read L', 'correct side:
        left'; lexicon `side_corrected`), the last one written, else one written before what it replaces ('on the LEFT,
        not the right as dictated'; `side_not_as_written`), else None. A correction is written to override what
        the header, the title or a dictation said before it, so it decides the side and leaves no conflict behind."""
        found = None
        # spans only (`span_cue`: the same matches)
        for m in span_cue("side_corrected").finditer(self.text) if self._may_correct else ():
            if self._carried and self._in_carried(m.start()):
                continue
            side = next((sm for sm in self.ctx.m.sides if m.end() <= sm.start <= m.end() + 6
                         and sm.side in _SIDE_ORDER and _CORRECTION_GAP.fullmatch(self.text, m.end(), sm.start)), None)
            if side is not None:
                found = side
        if found is None and self._may_correct:
            found = self._addendum_side()
        if found is None and any(sec.category == "query_answer" for sec in self.ctx.idx.sections):
            found = self._answered_side()
        if found is None and "not" in self.text:
            after = cue("side_not_as_written")
            found = next((sm for sm in reversed(self.ctx.m.sides) if sm.side in _SIDE_ORDER
                          and after.match(self.text, sm.end)
                          and not (self._carried and self._in_carried(sm.start))), None)
        return found

    def _addendum_side(self) -> SideMention | None:
        """Round 22 (fam22, c5): the side an addendum or correction paragraph states for the session as a whole ('The
        procedure was bilateral.'; lexicon `addendum_side_statement`), or bilateral when it adds the other side ('The
        left side was also done in the same sitting'; `addendum_other_side_also`): written to override the dictation
        above it, so it settles the side. Read only within 400 characters after an `addendum_open` word."""
        text, found = self.text, None
        statement, also = cue("addendum_side_statement"), cue("addendum_other_side_also")
        for m in note_cue("addendum_open").finditer(text):
            end = min(len(text), m.end() + 400)
            for sm in self.ctx.m.sides:
                if m.end() <= sm.start < end and sm.side in _SIDE_ORDER \
                        and statement.search(text, max(m.end(), sm.start - 60), sm.start):
                    found = sm
            if found is None:
                a = also.search(text, m.end(), end)
                if a is not None:
                    found = SideMention(start=a.start(), end=a.end(), text=a.group(0), side="bilateral")
        return found

    def _answered_side(self) -> SideMention | None:
        """Round 22 (fam22, c5): the physician's answer to a coder's query that names one side as the only one ('No,
        right side only today (right L3, L4 medial branches ...)', 'only the left side was injected'): it settles the
        side as a signed correction does, whatever the title or a prior session's 'bilateral' said."""
        for sm in self.ctx.m.sides:
            if sm.side in ("left", "right") and self.ctx.idx.category_at(sm.start) == "query_answer" and (
                    _SIDE_ONLY_AFTER.match(self.text, sm.end)
                    or _SIDE_ONLY_BEFORE.search(self.text, max(0, sm.start - 12), sm.start)):
                return sm
        return None

    def _laterality(self, d: Draft) -> tuple[str | None, list[ValueMention]]:
        """The written side (`_written_laterality`), unless a signed correction names one: then the corrected side,
        with only the mentions that agree with it (the superseded ones raise no conflict)."""
        side, mentions = self._written_laterality(d)
        fix = self.side_fix
        if fix is None or not (side or d.sides):
            return side, mentions
        kept = [m for m in mentions if m.value == fix.side]
        return fix.side, kept or [ValueMention(value=fix.side, source="body", evidence=[self.ctx.ev(fix.start, fix.end)])]

    def _written_laterality(self, d: Draft) -> tuple[str | None, list[ValueMention]]:
        """The side, and one mention per place it is written (title, header, body).

        Body sides are pooled (a bilateral procedure is described one side at a time) and
        "repeated on the contralateral side" makes a one-sided body bilateral. The technique's
        side wins (it says where the needle went; titles and header fields are where templates
        carry stale values), then the title, then a header field; every disagreement stays in
        the mentions for the engine's conflict check.
        """
        per_source: dict[str, set[str]] = {"title": set(), "header": set(), "body": set()}
        evidence: dict[str, list] = {"title": [], "header": [], "body": []}
        prev = None
        for sm in d.sides:
            if sm.side == "contralateral":
                continue
            source = self.ctx.idx.mention_source(sm.start)
            if prev is not None and _SIDE_PAIR_JOIN.fullmatch(self.text, prev[0].end, sm.start):
                source = prev[1]  # "right and left paramedian": one phrase, in one place, even across a title limit
            prev = (sm, source)
            per_source[source].add(sm.side)
            evidence[source].append(self.ctx.ev(sm.start, sm.end))
        contra_at = [sm.start for sm in d.sides if sm.side == "contralateral" and self._other_side_done(sm.start)] + [
            m.start() for m in span_cue("repeat_contralateral").finditer(self.text)
            if self._other_side_done(m.start()) and not self._same_side_again(d, m.start(), m.end())]
        contralateral = bool(contra_at)
        contra_sources = {self.ctx.idx.mention_source(c) for c in contra_at}
        values: dict[str, str] = {}
        for source, sides in per_source.items():
            if not sides:
                continue
            if "bilateral" in sides or {"left", "right"} <= sides or (contralateral and source == "body") \
                    or source in contra_sources:  # "Left L4-5 TFESI, repeated on the contralateral side" as a title
                values[source] = "bilateral"
            else:
                values[source] = next(iter(sides))
        if contralateral and "body" not in values:
            for source in ("title", "header"):
                if values.get(source) in ("left", "right"):
                    values[source] = "bilateral"
                    break
        if not contralateral and values.get("body") == "bilateral":
            self._summary_side_apart(d, values, evidence)
        mentions = [ValueMention(value=values[src], source=src, evidence=evidence[src])
                    for src in ("title", "header", "body") if src in values]
        for source in _SIDE_PRECEDENCE:
            if source in values:
                return values[source], mentions
        if d.family in _SIDE_FROM_INDICATION["families"]:
            return self._indicated_side(), mentions
        return None, mentions

    def _same_side_again(self, d: Draft, start: int, end: int) -> bool:
        """A repeat that names the side it went to when that side is the one just treated ('Right L4-5 foramen entered
        ... The same technique was repeated at L5-S1 on the right.'; round 21, fam21b, c3-039): a further level on the
        same side, not the other side. The repeat's own side is read as any side (measures), so a repeat on the
        other side ('... right L4-5 ... Same procedure repeated on the left') still pools to both."""
        named = [sm.side for sm in self.ctx.m.sides if start <= sm.start < end and sm.side in ("left", "right")]
        if not named:
            return False
        before = [sm.side for sm in d.sides if sm.start < start and sm.side in ("left", "right")]
        return bool(before) and before[-1] == named[-1]

    def _summary_side_apart(self, d: Draft, values: dict[str, str], evidence: dict[str, list]) -> None:
        """A body that reads bilateral only because a summary sentence ('Right lumbar facet joint injections were
        performed today.') names one side and the technique ('needles into the left L4-5 and L5-S1 facet joints') the
        other: the technique's side is the body's and the summary's is kept apart as a title's, so the difference is a
        laterality conflict (corpora/README 'Sides and levels written twice'). Any other mix of sides stays pooled."""
        summary: dict[str, list] = {}
        technique: dict[str, list] = {}
        for sm in d.sides:
            if sm.side not in ("left", "right") or self.ctx.idx.mention_source(sm.start) != "body":
                continue
            said_apart = self._summary_sentence(d, sm.start) or self._side_set_apart(d, sm.start)
            (summary if said_apart else technique).setdefault(sm.side, []).append(sm)
        if len(summary) != 1 or len(technique) != 1 or set(summary) == set(technique) \
                or any(sm.side not in ("left", "right") and self.ctx.idx.mention_source(sm.start) == "body"
                       for sm in d.sides):
            return
        (side, said), = summary.items()
        values["body"] = next(iter(technique))
        starts = {sm.start for sm in said}
        evidence["body"] = [ev for ev in evidence["body"] if ev.start not in starts]
        evidence["title"].extend(self.ctx.ev(sm.start, sm.end) for sm in said)
        values["title"] = "bilateral" if values.get("title") not in (None, side) else side

    def _side_set_apart(self, d: Draft, char: int) -> bool:
        """Whether the side at `char` sits where templates carry a stale side, though the note's layout leaves it in
        the body: a table row or column-gap field labelled with the side ('| Side | Left |', 'Laterality    Right';
        lexicon `side_field_row`), or a title line of its own inside the note, naming the procedure and its side and
        telling nothing ('LEFT L4-L5, L5-S1 MEDIAL BRANCH BLOCK' under a clinic visit's pasted template;
        `title_sentence_not`, `side_summary_not`). Such a side against the technique's is a laterality conflict
        (corpora/README 'Sides and levels written twice'; round 19, dev_fresh_di)."""
        line_s, line_e = self.ctx.idx.line_at(char)
        if cue("side_field_row").fullmatch(self.text, line_s, char):
            return True
        s, e = self.ctx.idx.sentence_at(char)
        if self.text[s:e].strip() != self.text[line_s:line_e].strip() or line_e - line_s > _TITLE_LINE_SIDE_LIMIT:
            return False
        return (any(line_s <= m.start_char < line_e for m in d.mentions)
                and sum(line_s <= sm.start < line_e for sm in self.ctx.m.sides) == 1
                and cue("title_sentence_not").search(self.text, line_s, line_e) is None
                and cue("side_summary_not").search(self.text, line_s, line_e) is None)

    def _summary_sentence(self, d: Draft, char: int) -> bool:
        """Whether the sentence at `char` names the procedure done with one side and nothing of the technique
        (lexicon `side_summary_done`, `side_summary_not`)."""
        s, e = self.ctx.idx.sentence_at(char)
        sides = {sm.side for sm in self.ctx.m.sides if s <= sm.start < e}
        return (len(sides) == 1 and any(s <= m.start_char < e for m in d.mentions)
                and (cue("side_summary_done").search(self.text, s, e) is not None or self._told_today_sentence(s, e))
                and cue("side_summary_not").search(self.text, s, e) is None)

    def _joint_from_site(self, d: Draft) -> None:
        """The joint of an injection named only generically ('Intra-articular joint injection with ultrasound guidance'
        over 'Site(s): Left knee'; 'joint injection' with 'needle into the suprapatellar recess'): the one joint the
        title, header fields and procedural sentences name, else the one the diagnosis and indication name. Two
        different joints decide nothing (the coder must be told the joint is not identified)."""
        words: dict[str, re.Pattern[str]] = cue_map("joint_site_words")
        sections = set(_SIDE_FROM_INDICATION["sections"])
        performed: set[str] = set()
        indicated: set[str] = set()
        for target, rx in words.items():
            for m in rx.finditer(self.text):
                if self._relevant(m.start()):
                    performed.add(target)
                    break
                if self.ctx.idx.category_at(m.start()) in sections:
                    indicated.add(target)
        found = performed or indicated
        if len(found) == 1:
            target = next(iter(found))
            d.meta["target"] = target
            d.meta["region"] = _JOINT_REGION.get(target, target)

    def _indicated_side(self) -> str | None:
        """The one side the diagnosis and indication sections name, for a procedure written without
        any ("Right-sided lumbar radiculopathy" over "needles to the L4-5 and L5-S1 foramina"): the
        side a coder bills. Symptom sides count here (they say which side hurts); clauses about
        history or plans do not, and two different sides decide nothing."""
        sections = set(_SIDE_FROM_INDICATION["sections"])
        found: set[str] = set()
        for sm in self.ctx.m.sides:
            if sm.side == "contralateral" or self.ctx.idx.category_at(sm.start) not in sections:
                continue
            s, e = self.ctx.idx.sentence_at(sm.start)
            starts = [m.end() for m in _CLAUSE_END.finditer(self.text, s, sm.start)]
            ends = [m.start() for m in _CLAUSE_END.finditer(self.text, sm.end, e)]
            clause = self.text[starts[-1] if starts else s:ends[0] if ends else e]
            if self.hist.search(clause) or self.hypo.search(clause):
                continue
            found.add(sm.side)
        return next(iter(found)) if len(found) == 1 else None

    def _other_side_done(self, char: int) -> bool:
        """"The same was performed on the contralateral side" treats the other side; "the
        contralateral side was not treated" and "contralateral knee pain is mild" do not."""
        s, e = self.ctx.idx.sentence_at(char)
        return bool(_CONTRA_DONE.search(self.text, s, e)) and not _CONTRA_NOT.search(self.text, s, e)

    def _region(self, d: Draft, levels: list[Level], nerves: list[Nerve]) -> str | None:
        if d.meta.get("region"):
            return d.meta["region"]
        if d.family in ("scs_trial", "scs_implant"):  # where the leads lie, not where they entered
            letters = {v[0] for g in d.levels for verts in g.items for v in verts}
            for letter, region in (("C", "cervical"), ("T", "thoracic"), ("L", "lumbar")):
                if letter in letters:
                    return region
        for lv in levels:
            r = region_of(lv.name)
            if r:
                return r
        for n in nerves:
            r = region_of(n.name)
            if r:
                return r
        s, e = self.ctx.idx.sentence_at(d.first)
        sent = self.text[s:e]
        for region, rx in cue_map("region_words").items():
            if rx.search(sent):
                return region
        if d.family in SPINAL:  # "into the fractured lumbar vertebral body" in the technique
            for s, e in self.ctx.idx.sent_bounds:
                if self.ctx.idx.category_at(s) in NOT_PERFORMED_SECTIONS or not self._relevant(s):
                    continue
                for region, rx in cue_map("region_words").items():
                    if rx.search(self.text, s, e):
                        return region
        return None

    def _approach_from_technique(self, d: Draft) -> str | None:
        """An epidural named without its approach ("lumbar epidural steroid injection") takes it from the
        technique: "entered the L5-S1 interlaminar space", "loss of resistance", "through the sacral hiatus"."""
        if d.family != "interlaminar_epidural":
            return None
        found = {x._.meta.get("cue") for x in self.ctx.spans("CUE")  # the words, not "loss of resistance"
                 if x._.meta.get("cue") in ("interlaminar", "caudal") and self._relevant(x.start_char)
                 and re.search(r"interlaminar|hiatus|caudal", x.text, re.IGNORECASE)}
        return next(iter(found)) if len(found) == 1 else None

    def _intent(self, d: Draft) -> str | None:
        """Written intent next to a mention of this procedure (also a planned one: "Plan: first
        diagnostic medial branch block"); else the family's default from the lexicon."""
        intents = cue_map("intent")
        candidates = list(d.mentions) + [
            x for x in self.ctx.spans("PROC")
            if x not in d.mentions and not (x._.is_negated or x._.is_historical)
            and (x._.meta.get("family") == d.family or x._.meta.get("generic"))
            and not self._result_follows(x)
        ]
        for span in candidates:
            s, e = self.ctx.idx.sentence_at(span.start_char)
            before = self.text[max(s, span.start_char - 40) : span.start_char]
            inside = span.text
            # "injections (intra-articular), diagnostic", "injection under fluoroscopic guidance with arthrogram, diagnostic"
            after = _own_words(self.text[span.end_char : min(e, span.end_char + 60)])
            # past a long parenthesis too: "blocks (C4, C5, C6 medial branches), diagnostic"
            after += " " + _own_words(_PARENS.sub(" ", self.text[span.end_char : min(e, span.end_char + 120)])[:40])
            if span in d.mentions and self.ctx.idx.mention_source(span.start_char) == "title":
                # a title states its intent last, past a level list and a bracketed nerve list ('Right cervical MBB,
                # C5-6 and C6-7 facet joints (C5, C6, C7 medial branches) - diagnostic'): its whole line counts
                le = self.ctx.idx.line_at(span.start_char)[1]
                after += " " + _own_words(_PARENS.sub(" ", self.text[span.end_char : min(le, span.end_char + 200)]))
                wrapped = _WRAPPED_BRACKET.match(self.text, span.end_char)
                if wrapped:
                    after += " " + wrapped.group(1)
            elif span in d.mentions and span.label_ == "ROUTE":
                # round 21 (fam21b): a procedure told only by its needle's route states its intent anywhere in that
                # sentence ('the right L3 and L4 medial branches ... were anesthetized with 0.5 mL ... through 22-gauge
                # spinal needles, diagnostic'): the sentence is the procedure's whole telling
                after += " " + _own_words(self.text[span.end_char : e])
            if _BOTH_INTENTS.search(before + inside + after):
                continue
            for intent, rx in intents.items():
                if rx.search(before) or rx.search(inside) or (span in d.mentions and rx.search(after)):
                    return intent
            if span in d.mentions and d.family in _SERIES_BLOCKS and (_SERIES_NUMBER.search(before[-20:] + " " + after) or _SERIES_AFTER.match(after)):
                return "diagnostic"  # "MBB #1", "second lateral branch block": one of a diagnostic pair
        if d.family in _NO_INTENT:
            return None
        if self._repeat_fact is not None and self._repeats_therapeutic(d):
            return "therapeutic"
        if self._field_intent is _UNREAD:
            self._field_intent = self._note_field_intent()
        return self._field_intent or _INTENT_DEFAULTS.get(d.family)

    def _repeats_therapeutic(self, d: Draft) -> bool:
        """Round 17b (p3, fcr-h-si-01): a repeat of the same procedure that an earlier mention calls therapeutic
        ('Repeat right SI joint injection' ... 'her last therapeutic SI injection gave 60% for five months') is
        therapeutic itself; a repeat of a diagnostic block may be its confirmatory pair, so it tells nothing."""
        therapeutic = cue_map("intent")["therapeutic"]
        for x in self.ctx.spans("PROC"):
            if x in d.mentions or x._.meta.get("family") != d.family or x._.is_negated:
                continue
            if not (x._.is_historical or self.ctx.idx.category_at(x.start_char) == "history" or self._result_follows(x)):
                continue
            s = self.ctx.idx.sentence_at(x.start_char)[0]
            if therapeutic.search(self.text, max(s, x.start_char - 40), x.end_char):
                return True
        return False

    def _note_field_intent(self) -> str | None:
        """The intent a field or phrase of the note states for today ("Intent: diagnostic", "a therapeutic
        injection"), else None. It depends on the note alone, so it is read once per note, not once per procedure: the
        scan of the whole note behind it is among the dearest of one note."""
        # searched split by starting character (`span_cue`: the same matches, a third faster): a match holds the
        # groups of its bucket's alternatives only, so a group another bucket holds reads as not taking part
        for m in span_cue("intent_field").finditer(self.text):  # "Intent: diagnostic", "a therapeutic injection"
            s, e = self.ctx.idx.sentence_at(m.start())
            s = max(s, self.text.rfind(";", s, m.start()) + 1)  # its clause: "prior ... gave 80%; this is a ..."
            e = min([e] + [x for x in (self.text.find(";", m.end(), e),) if x >= 0])
            if _group(m, "i14") and self.ctx.idx.category_at(m.start()) != "history":
                return "diagnostic"  # 'if this block and a confirmatory one give 80% relief': the pair's first
            if self.hist.search(self.text, s, m.start()) or self.prior.search(self.text, s, e) \
                    or self.ctx.idx.category_at(m.start()) == "history":
                continue
            if _BOTH_INTENTS.search(self.text, max(s, m.start() - 20), min(e, m.end() + 20)):
                continue  # "a diagnostic and therapeutic injection" states no one intent
            if _group(m, "i9"):
                return "therapeutic"  # 'Purpose: tx'
            if _group(m, "i8") or _group(m, "i10") or _group(m, "i11"):
                return "diagnostic"  # 'Purpose: dx block', 'test block', 'to confirm the pain generator'
            word = (_group(m, "i6") or _group(m, "i7") or _group(m, "i") or _group(m, "i2") or _group(m, "i3")
                    or _group(m, "i4") or _group(m, "i5") or _group(m, "i12") or _group(m, "i13"))
            return "therapeutic" if word.lower() == "therapeutic" else "diagnostic"  # prognostic/comparative/confirmatory
        return None

    def _result_follows(self, span: Span) -> bool:
        """An earlier block reported with its result in the mention's own clause ("Diagnostic bilateral SI blocks on
        2026-02-17 relieved 80% of the pain"): its intent word is that block's, not today's. A result in an earlier
        clause ("Previous blocks gave 80% relief; ... so a therapeutic injection is chosen") leaves the mention today's."""
        return bool(self.prior.search(self.text, span.end_char, self._clause_of(span)[1]))

    def build(self) -> list[Procedure]:
        drafts = self.drafts()
        if not drafts:
            return []
        if self._session_called_off():
            self.called_off = True  # the session's drugs were the booking's too (facts_component)
            return []
        self._bind_blocks(drafts)
        self.assign(drafts)
        self._repeat_fact = self._repeat({d.family for d in drafts})  # read before the intents: a repeat of a
        # therapeutic injection is one
        procedures: list[Procedure] = []
        for d in drafts:
            if d.family == "joint_injection" and not d.meta.get("target"):
                self._joint_from_site(d)
            levels, nerves, level_mentions = self._levels_and_nerves(d)
            laterality, side_mentions = self._laterality(d)
            if d.meta.get("midline"):  # "bilateral posterior retrocrural approach": both needles reach one plexus
                laterality = None
            if laterality:
                # a one-sided procedure's side is the technique's: a title that says otherwise ("RIGHT L4-5
                # TFESI" over a left-sided technique) must not leave its side on the levels it names
                one_side = laterality in ("left", "right")
                if laterality == "bilateral" and len({lv.side for lv in levels}) == 1 \
                        and levels[0].side in ("left", "right"):
                    for lv in levels:  # one side named, the other "repeated on the contralateral side"
                        lv.side = "bilateral"
                for lv in levels:  # ... nor "Bilateral L4-5 TFESI" over "only the left L4-5 foramen was treated"
                    lv.side = laterality if one_side and lv.side else lv.side or laterality
                for n in nerves:
                    n.side = laterality if one_side and n.side else n.side or laterality
            p = Procedure(
                family=d.family,
                approach=d.meta.get("approach") or self._approach_from_technique(d),
                target=d.meta.get("target"),
                region=None,
                laterality=laterality,
                levels=levels,
                nerves=nerves,
                level_mentions=level_mentions,
                laterality_mentions=side_mentions,
                intent=self._intent(d),
                evidence=[self.ctx.span_ev(s) for s in d.mentions],
            )
            p.region = self._region(d, levels, nerves)
            if d.family == "occipital_nerve_block" and any(n.name == "greater occipital" for n in nerves):
                p.target = "greater_occipital"
            procedures.append(p)
            self.procedure_blocks.append([(s, e) for s, e, owner in self.blocks if owner is d])
        repeat = self._repeat_fact
        if repeat is not None:
            for p in procedures:
                p.repeat = repeat
        return procedures

    def _repeat(self, families: set[str]) -> FlagFact | None:
        """`Procedure.repeat`: the note says today's procedure repeats an earlier one ("repeat L5-S1 TFESI",
        "this is a repeat procedure", "her second epidural"); sentences that only plan or consider one
        ("will consider repeat", "may repeat in 3 months", "a repeat block may be offered": `repeat_planned_after`)
        or negate it do not count, nor does a repeat of a procedure of another kind than today's `families` ("The
        second epidural last year gave 40% relief" in an ablation's note; round 20, tgap20)."""
        neg, planned = cue("negation_before"), cue("repeat_planned_after")
        for m in span_cue("repeat_procedure").finditer(self.text):
            if _repeats_other_kind(self.text[m.start():m.end()], families):
                continue
            s, e = self.ctx.idx.sentence_at(m.start())
            if self.hypo.search(self.text, s, m.end()) or neg.search(self.text[max(s, m.start() - 40):m.start()]):
                continue
            if planned.match(self.text, m.end(), e):
                continue  # "a repeat injection will be considered only if the relief wanes" (round 18, mixR2)
            return FlagFact(value=True, evidence=[self.ctx.ev(m.start(), m.end())])
        return None


# The families each kind of procedure word of a repeat names (lexicon `repeat_named_kind`): a repeat named by one of
# these words is a repeat of today's procedure only when today's procedures hold one of its families.
_KIND_FAMILIES = {"epidural": lambda f: f in ("interlaminar_epidural", "transforaminal_epidural"),
                  "ablation": lambda f: f.endswith("_rfa")}


def _repeats_other_kind(matched: str, families: set[str]) -> bool:
    """Whether a repeat's words end on a procedure of a kind none of today's `families` is ('second epidural' beside an
    ablation); a word of no kind ('repeat procedure', 'second injection') may name any."""
    for kind, rx in cue_map("repeat_named_kind").items():
        if rx.search(matched):
            return not any(_KIND_FAMILIES[kind](f) for f in families)
    return False


def _joints_from_nerves(nerves: list[Nerve]) -> dict[str, Level]:
    """Facet joints completed by consecutive medial branch / dorsal ramus nerves (see
    `innervation_offset` in the lexicon); a nerve without its partner adds no joint."""
    by_vertebra = {}
    for n in nerves:
        head = n.name.split(" ")[0]
        if head in _SEQ_INDEX and ("medial branch" in n.name or "dorsal ramus" in n.name):
            by_vertebra[head] = n
    out: dict[str, Level] = {}
    for v, n in by_vertebra.items():
        nxt = next_vertebra(v)
        offset = _OFFSET.get(v[0])
        if nxt is None or nxt not in by_vertebra or offset is None:
            continue
        upper = SEQUENCE[_SEQ_INDEX[v] + offset]
        lower = next_vertebra(upper)
        if lower is None or upper.startswith("S"):  # no facet joint below L5-S1 ("L5 MB and S1 dorsal ramus")
            continue
        name = f"{upper}-{lower}"
        other = by_vertebra[nxt]
        out[name] = Level(name=name, kind="joint", side=_merge_side(n.side, other.side),
                          evidence=[*n.evidence[:1], *other.evidence[:1]])
    return out


def _foramen_of_root(root: str) -> str | None:
    offset = _ROOT_OFFSET.get(root[:1])
    i = _SEQ_INDEX.get(root)
    if offset is None or i is None or not 0 <= i + offset < len(SEQUENCE) - 1:
        return None
    upper = SEQUENCE[i + offset]
    if upper[0] != root[0] and offset < 0:
        return None  # C1 has no foramen above it
    return f"{upper}-{SEQUENCE[i + offset + 1]}"


def _merge_side(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None or a == b:
        return a
    return "bilateral"


_MUSCLE_PLURAL = compile_rule(r"(?:(?<=[ld])|(?<=ne))s$|\s+muscles?$")
_SIDE_JOIN = compile_rule(r"\s*(?:and|&|/|\+|,)\s*(?:(?:into|in|to|at)\s+)?(?:the\s+)?", re.IGNORECASE)


# Where muscles named before the technique may be the ones it points back at ('one in each of the others').
_REFERRED_SECTIONS = frozenset({"exam", "diagnosis", "pre_op_diagnosis", "post_op_diagnosis", "indications"})


def _points_back(ctx: NoteContext) -> bool:
    """Whether a performed section's text points back at muscles named earlier instead of naming them ('two in the
    trapezius, one in each of the others', 'the muscles noted above'; lexicon `muscles_back_reference`)."""
    return any(ctx.idx.category_at(m.start()) not in NOT_PERFORMED_SECTIONS
               for m in note_cue("muscles_back_reference").finditer(ctx.text))


def muscles_of(ctx: NoteContext, procedure: Procedure) -> list[TextFact]:
    """Trigger point muscles named in performed sections, with the side written before them.

    One muscle is one entry however often and in whichever number it is written ("paraspinals" and
    "paraspinal"); "right and left trapezius" names two; an unsided name beside sided ones of the
    same muscle (a title over the technique) adds none."""
    rx = span_cue("muscles")  # read by span and matched text only
    aliases = cue_map("muscle_aliases")
    out: dict[tuple[str | None, str], TextFact] = {}
    referred = _REFERRED_SECTIONS if _points_back(ctx) else frozenset()
    for x in rx.finditer(ctx.text):
        cat = ctx.idx.category_at(x.start())
        if cat in NOT_PERFORMED_SECTIONS and cat != "encounter" and cat not in referred:
            continue  # "Location: right upper trapezius (2 points)" is read; the exam only when the technique points back
        written = " ".join(x.group(0).lower().split())
        name = _MUSCLE_PLURAL.sub("", written)  # the key: "paraspinals" = "paraspinal"
        name = next((full for full, rx in aliases.items() if rx.fullmatch(name)), name)  # "ql" = "quadratus lumborum"
        side_m = [sm for sm in ctx.m.sides if sm.end <= x.start() and x.start() - sm.end <= 12]
        side = side_m[-1].side if side_m else None
        if side in _SIDE_ORDER[:2]:  # "right and left upper trapezius", "into the right and into the left paraspinal"
            before = [sm for sm in ctx.m.sides if sm.end <= side_m[-1].start]
            if before and _SIDE_JOIN.fullmatch(ctx.text, before[-1].end, side_m[-1].start) \
                    and before[-1].side in _SIDE_ORDER[:2] and before[-1].side != side:
                side = "bilateral"
        sides = ("left", "right") if side == "bilateral" else (side if side in _SIDE_ORDER[:2] else None,)
        for one in sides:
            key = (one, name)
            if key in out:
                out[key].evidence.append(ctx.ev(x.start(), x.end()))
            else:
                value = f"{one} {written}" if one else written
                out[key] = TextFact(value=value, evidence=[ctx.ev(x.start(), x.end())])
    sided = {name for one, name in out if one}
    # an unsided name beside a sided one of the same muscle adds none, also when the sided one is qualified
    # ("bilat lumbar paraspinals" in the title, "both paraspinals" in the history)
    named = [f for (one, name), f in out.items()
             if one or not (name in sided or any(s.endswith(" " + name) for s in sided))]
    # a group's name beside one of its muscles, on the same side or unsided, adds none ("right gluteal region" in the
    # title over "right gluteus medius" in the exam; lexicon `muscle_groups`)
    groups = cue_map("muscle_groups")
    within = {id(f) for (one, name), f in out.items() if name in groups and any(
        groups[name].match(n) and (o == one or None in (o, one)) for o, n in out if n != name)}
    # a muscle's bare name beside a part of it on the same side or unsided is the one muscle ('L trapezius' in the
    # history over 'L upper trap' in the technique; lexicon `muscle_part_prefix`; round 19, fdi-h-tpi-01); the other
    # side's muscle stays its own
    part = cue("muscle_part_prefix")
    within |= {id(f) for (one, name), f in out.items() if any(
        part.fullmatch(n, 0, len(n) - len(name)) and n.endswith(" " + name) and (o == one or None in (o, one))
        for o, n in out if n != name)}
    named = [f for f in named if id(f) not in within]
    return named + _counted_muscles(ctx, len(named))


# "3 muscles injected", "into four separate muscles": a count of the muscles treated, written without their names.
# Also shorthand with a times sign before or after ('TPI x3 muscles', 'muscles x 3'; round 17, fch-tpi-01).
# The words: lexicon `muscle_count_qualifier`, `muscle_not_count_after`.
_COUNT_WORDS = cardinals(2, 8)  # the spelled counts `_MUSCLE_COUNT` matches and the muscle count reads
_MUSCLE_COUNT = compile_rule(r"(?:(?<![\w.])x\s?|\b)(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+(?:"
                             + cue_text("muscle_count_qualifier") + r")?muscles?\b(?!\s+(?:"
                             + cue_text("muscle_not_count_after") + r"))"
                             r"|\bmuscles\s*(?:x|:)\s*(?P<n2>\d{1,2})\b", re.IGNORECASE)
# The low end of a code's range before the count ("Trigger point injection(s), 1 or 2 muscles", "1-2 muscles"): the
# descriptor of 20552 copied into the title, not a count of the muscles treated.
_COUNT_RANGE_BEFORE = compile_rule(r"\b(?:\d|one|two)\s*(?:or|-|\u2013|to)\s*$", re.IGNORECASE)


def _counted_muscles(ctx: NoteContext, named: int) -> list[TextFact]:
    """Muscles beyond the named ones that a stated count in a performed section adds: the count documents how many
    muscles were treated (what decides 20552 vs 20553) even where the names sit only in the exam."""
    extra: list[TextFact] = []
    for x in _MUSCLE_COUNT.finditer(ctx.text):
        if ctx.idx.category_at(x.start()) in NOT_PERFORMED_SECTIONS:
            continue
        if _COUNT_RANGE_BEFORE.search(ctx.text, max(0, x.start() - 12), x.start()):
            continue
        n = (x.group("n") or x.group("n2")).lower()
        count = int(n) if n.isdigit() else _COUNT_WORDS[n]
        while named + len(extra) < count:
            extra.append(TextFact(value=f"muscle {named + len(extra) + 1} of {count} (count stated)",
                                  evidence=[ctx.ev(x.start(), x.end())]))
    return extra
