"""A fast rule-based sentence splitter for procedure notes (factory ``painpoint_sentences``).

medspaCy's PyRuSH splitter is accurate on prose but slow and chatty (it logs at DEBUG through
loguru); procedure notes are mostly lines, fields and short sentences, where a regex over the
text is enough: a line break starts a sentence unless the next line continues in lower case
(hard-wrapped dictation), and sentence-final punctuation that is its own token ("." but not
"Dr.") followed by a capital, digit or bullet starts one. Only boundary tokens are touched, so
the cost does not grow with per-token Python work. The benchmark measures it against PyRuSH.
"""

import re
from bisect import bisect_left

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from nlp.extensions import text_of
from nlp.fast_regex import compile_rule

# The label of a field written inline after a semicolon: one to four words and a colon, not a time ("; 10:42").
_FIELD_LABEL = r"[A-Za-z][A-Za-z/()-]*\.?(?:[ \t]+[A-Za-z/()-]+){0,3}[ \t]*:(?![0-9])"
_NEXT_FIELD = re.compile(r"[ \t]+" + _FIELD_LABEL)


def next_field_after(text: str, semicolon_at: int) -> bool:
    """Whether the semicolon at `semicolon_at` closes an inline field: another "Label:" follows on its line
    ("Proc: R SI joint inj; Intent: therapeutic; ..."), so the field before it ends there."""
    return _NEXT_FIELD.match(text, semicolon_at + 1) is not None


_DEFAULT_BOUNDARY = (
    r"\n[ \t\r\f\v\n]*(?=[^\sa-z])"  # a new line that does not continue in lower case
    r"|\n[ \t\r\f\v]*\n[ \t\r\f\v\n]*(?=[a-z])"  # a blank line ends a paragraph ("...RFA\n\nh/o neck pain")
    r"|(?<=[.!])[ \t]+(?=[A-Z0-9(\[\"*\u2022-])"  # end of sentence, then a capital/digit/bullet
    # ... a question too, but not a form's question with its answer ('Images saved? Yes - AP and lateral', 'Any
    # complications? No'): the answer and what follows it belong to the question (round 18, formsR2)
    r"|(?<=\?)[ \t]+(?!(?:Yes|YES|No|NO|Y|N|None|NONE|N/A)\b)(?=[A-Z0-9(\[\"*\u2022-])"
    r"|(?<=[A-Za-z0-9)]\.)[ \t]+(?=[a-z])"  # "... spread. dexamethasone 10 mg ..." (templated lower case)
    r"|(?<=[A-Za-z0-9)]\.)[ \t]*\n(?=[a-z])"  # terse lower-case lines, each ending in a stop ("no IV.\nkenalog 80 mg")
    # inline fields run on one line ("Intent: therapeutic; Prior dx block: R SI 01/2026, 80% relief; Consent: yes"):
    # each "; Label:" starts a field of its own (a label of one to four words, not a time "; 10:42")
    r"|(?<=;)[ \t]+(?=" + _FIELD_LABEL + ")"
)
_ABBREVIATIONS = frozenset({"approx", "pt", "pts", "vs", "etc", "no", "fig", "dr", "mr", "ms", "mrs", "st", "cf", "ca",
                            "wt", "ht", "min", "max", "hr", "hrs", "sec", "inf", "sup", "lat", "med", "ant", "post",
                            "i.e", "e.g", "al", "resp", "temp"})
# Shorthand that keeps its stop only when the sentence goes on in lower case ("At ea. site 0.5 mL", "ipsilat. oblique
# views", "incl. bleeding"): before a capital the stop may end a sentence ("0.5 mL ea. The needles were removed").
_DOTTED = re.compile(r"(?:[A-Za-z]\.){1,4}[A-Za-z]")  # dotted shorthand, its last stop cut off: "p.r.n", "q.h.s"
_LOWER_ABBREVIATIONS = frozenset({"ea", "ipsilat", "contralat", "incl", "obl", "bilat", "approx", "appx", "perc", "symp"})
# A drug's salt or form shortened after its name ("Dexamethasone sod. phos. 10 mg/mL", "lidocaine hydrochl. 1%",
# "methylpred. acet. 40 mg"): its stop is the shorthand's when the sentence goes on in lower case or with the amount
# (round 18, drugs18, fcv-tfesi-01); before a capital it may still end a sentence.
# A month shortened before its day ("Sept. 9", "Jan. 14, 2026", "on Nov. 3 she had"): the stop is the month's
# (round 20, gap20); before a capital it may still end a sentence ("... in Dec. The pain ...").
_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_SALT_ABBREVIATIONS = frozenset({"sod", "na", "phos", "phosph", "hydrochl", "hcl", "acet", "aceton", "succ", "trometh"})


# A side abbreviation before what it qualifies ("Lt. L5-S1 TFESI", "Rt. SI joint injection", "Bilat. L4-5 facet
# injections"): its stop is the abbreviation's, not a sentence end, when a level or a target word follows.
_SIDE_ABBREVIATIONS = frozenset({"lt", "rt", "bilat", "bil", "b/l", "diag", "diagn"})  # also 'Diag. L4-5 MBB'
_SIDE_TARGET_AFTER = compile_rule(r"(?:(?:left|right|bilat\w*|lt|rt|[LR])\.?[ \t]+)?"  # 'Diag. R L4-5 MBB'
                                  r"(?:[CTLS]\d|(?:SIJ?|sacroiliac|knees?|hips?|shoulders?|ankles?|facets?|medial|lateral|"
                                  r"genicular|greater|lesser|occipital|GON|stellate|transforaminal|TFESI|MBBs?|"
                                  r"paraspinals?|trapezius|sided)\b)", re.IGNORECASE)

SENT_TOKEN_STARTS = "painpoint_sent_token_starts"  # doc.user_data key: sentence start token indices
_NOT_SENT_START = numpy.uint64(2**64 - 1)  # sent_start -1 (not a start) as `Doc.to_array` writes it

# ('N/A' closing a field's line is a blank value, not the article 'a': 'MRI: N/A' + newline + 'Diagnosis: ...' are two
# fields; round 18, formsR2)
_CONNECTOR = re.compile(r"(?:(?<!\bn/)\b(?:and|or|of|with|the|a|an|to|in|on|at|for|by|from|into|plus|was|were|then)|[,+&/-])\s*$",
                        re.IGNORECASE)
# A line that cannot end a sentence: it stops on a connector, a modal or a negation ("Cannot", "unable to", "was").
# A blank line after it that goes on in lower case is a copy-paste or dictation gap, not a paragraph break.
_OPEN_END = re.compile(r"(?:\b(?:and|or|of|with|the|a|an|to|in|on|at|for|by|from|into|was|were|is|are|has|have|had|"
                       r"cannot|can|could|can't|unable|not|will|would|should|must|be|been|his|her|their|then)|[,+&/])"
                       r"[ \t]*$", re.IGNORECASE)
_LEVEL_START = re.compile(r"^[CTLS]\d{1,2}\b")
# A side's abbreviation opening a line before a lower-case word ('R foot', 'Lt calf', 'B/L feet'; round 18, mixR2): after
# a long prose line stopping on a lower-case word ('... tingling & numbness' + newline + 'R foot, x 5 mo') it is a wrap.
_SIDE_START = re.compile(r"^(?:R|L|Rt|Lt|RT|LT|B/L|Bilat|bilat)[ \t]+[a-z]")
# A timed entry of a nursing flowsheet or log ('1420  Pain 2/10', '14:20 Recovery', '0851 - To recovery'): a clock time
# at a line's start, then a column gap, a dash/bar or a capital, is a new entry, never a wrapped number.
# A flowsheet row opening a line: a clock time, then two spaces, a tab, a separator or a capital ('0902  Midazolam 1 mg
# IV', '09:05 - fentanyl'), or a colon time then a lower-case word that is no connector of a wrapped range ('09:02
# midazolam 2 mg IV'; round 20, gap20: not '10:30 to 11:00', '09:02 and ...', '10:30 am').
_CLOCK_ENTRY = re.compile(r"(?:[01]\d|2[0-3]):?[0-5]\d(?:[ \t]{2}|\t|[ \t]*[-|\u2013][ \t]|[ \t]+(?=[A-Z]))"
                          r"|(?:[01]?\d|2[0-3]):[0-5]\d[ \t]+(?!(?:to|until|till|and|or|through|thru|am|pm|a\.m|p\.m|hrs?|"
                          r"hours?|h|on|in|at|for|with|by|of|the|then)\b)(?=[a-z])")


def clock_entry(text: str, pos: int) -> bool:
    """Whether the line at `pos` opens as a flowsheet row (`_CLOCK_ENTRY`): it starts a sentence and a field ends
    before it, even after a wrapped line left open ('Reason: ... inability to lie still for the' + 'procedure' +
    '0902  Midazolam 1 mg IV')."""
    return _CLOCK_ENTRY.match(text, pos) is not None
# Speech recognition that writes the spoken punctuation: "... to the thumb period she completed ...". A note is
# read as such only when it says "period" at a line end or "comma" between words at least twice, so the word
# in its own sense ("for a period of 6 weeks", "the recovery period was") never splits an ordinary note.
_DICTATION_MARK = compile_rule(r"\b(?:period|full\s+stop)[ \t]*(?:\n|$)|\s(?:comma|new\s+paragraph)\s", re.IGNORECASE)
_SPOKEN_STOP = compile_rule(r"(?<=\s)(?:period|full\s+stop|new\s+paragraph)[.,]?[ \t]*\n?[ \t\r\f\v\n]*(?=\S)(?!of\b)",
                            re.IGNORECASE)
_BULLET_START = re.compile(r"^(?:\d{1,2}[.)]\s|[-*\u2022])")
# A whole note dictated as one run-on paragraph, its clauses joined by commas ("... for right lumbar radiculopathy, he
# has had five months of pain ..., the risks were reviewed and he signed the consent, we did a time out ..., there
# were no complications ..."): one sentence would let a cue of one clause ("planned", "has not helped") scope over
# all the others. In a sentence of at least `_RUN_ON_CHARS` with at least `_RUN_ON_SPLICES` such commas, each comma
# before a clause opener (a subject pronoun, "the patient", a sequence word, "no complications", "follow up", the
# technique's "skin numbed ...", "under/with fluoroscopy ...", "22 g needles ...", "pain 7/10 ...") starts
# a sentence. Shorter sentences and lists ("L4, L5 and S1", "PT, NSAIDs, and a TENS unit") are never cut.
_RUN_ON_CHARS = 250
_RUN_ON_SPLICES = 3
_CLAUSE_SPLICE = compile_rule(
    r",[ \t]+(?=(?:(?:and|but|so)[ \t]+)?(?:he|she|they|we|i|it|his|her|their|our|there|then|afterwards?|after|"
    r"next|finally|subsequently|following|later|the[ \t]+(?:patient|pt|risks?|skin|needles?|procedure|injection|area)|"
    r"(?:the[ \t]+)?(?:patient|pt)|no[ \t]+(?:complications?|immediate)|follow[ \t-]*up|"
    r"pain[ \t]+(?:was|is|score|before|after|\d)|"
    r"(?:the[ \t]+)?(?:mri|ct|x-?rays?|emg)[ \t]+(?:from|of|on|shows?|showed|in|dated)|(?:a|an)[ \t]+time[ \t-]*out|"
    r"time[ \t-]*out|(?:informed[ \t]+)?consent[ \t]+(?:was|obtained|signed)|"
    # the technique's own openers (round 15, metamorphic comma_splice): 'skin numbed with ...', 'under fluoroscopy ...'
    r"(?:the[ \t]+)?skin[ \t]+(?:was[ \t]+)?(?:numbed|anesthetized|anaesthetised|infiltrated|prepped|prepared|cleaned)|"
    r"(?:under|with|using)[ \t]+(?:(?:live|intermittent|continuous|real[ \t-]*time|biplanar|AP)[ \t]+)?(?:fluoro\w*|"
    r"ultrasound|CT|imaging|x-?ray)|\d{2}[ \t-]?(?:g|gauge)[ \t]+(?:spinal[ \t]+|quincke[ \t]+)?needles?)\b)",
    re.IGNORECASE)


def line_left_open(text: str, newline_at: int) -> bool:
    """Whether the line ending at `newline_at` stops where no sentence can (`_OPEN_END`): a blank line after it that
    goes on in lower case sits inside one sentence (the sentence splitter and the field sectionizer both ask)."""
    return _OPEN_END.search(text, max(0, newline_at - 24), newline_at) is not None


def line_wraps_into(text: str, newline_at: int, next_start: str) -> bool:
    """Whether a single line break with a capital after it is a hard wrap inside a sentence: the line stops on a word
    (no stop, no comma) and the next line opens with a spinal level ('... into the right' + newline + 'L5-S1
    foramen'). The field sectionizer asks, so that a wrapped technique paragraph does not end its section there; a
    line closing on a comma before a capital ('claudication,' + newline + 'M48.062.') still ends an inline field."""
    before = text[max(0, newline_at - 24):newline_at].rstrip(" \t")
    if not before or not before[-1].isalnum():
        return False
    return bool(_LEVEL_START.match(next_start))


def _salt_before(text: str, stop_end: int) -> bool:
    """The word closing at a stop (ending at `stop_end`) is a drug's shortened salt or form ("sod.", "hydrochl.")."""
    word = text[max(0, stop_end - 13) : stop_end - 1].split()[-1:]
    return bool(word) and word[0].lower() in _SALT_ABBREVIATIONS


def _is_abbreviation(token: str) -> bool:
    """A token that keeps its final period: a known abbreviation, an initial ("J."), or dotted
    ("e.g."); a unit or word that merely ends a sentence ("mL.", "10:42.") is not one."""
    if not token.endswith("."):
        return False
    word = token[:-1]
    return word.lower() in _ABBREVIATIONS or "." in word or (len(word) == 1 and word.isalpha()) or \
        word.lower() in ("dr", "mr", "mrs", "ms", "st", "jr", "sr", "vs", "no", "approx", "etc")


_BULLET_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]\s|[-*\u2022])")  # a list item's line
_LABEL_LINE = re.compile(r"[ \t]*[A-Z][\w /()'-]{0,40}:")  # a line opening a 'Label:' field
# A negation that opens its clause and ends the line ('... discussion. No' + newline + 'IV sedation was given', 'she
# received no' + newline + 'IV sedation'; round 15, post-check bp): its object is on the next line, so the break cannot
# end the sentence, or the negation would not reach it. A field's answer ('Sedation: No', 'Sedation? no') is no opener,
# nor one after a dot leader ('Sedation ........ No' + newline + 'Images saved: AP and lateral'; round 18, gap18).
_NEGATION_END = re.compile(r"(?:(?<![.\u2026])[.!;][ \t]{1,3}|\b(?:received|receiving|had|has|have|got|given|required|needed|used|"
                           r"using|but)[ \t]+)(?:no|without)[ \t]*$", re.IGNORECASE)
_STRENGTH_END = re.compile(r"[a-z,]\s+(?:of\s+)?\d*\.?\d+\s*%[ \t]*$")  # '... with 1 mL of 2%' (prose before it)


def _continues(text: str, newline_at: int, next_start: str) -> bool:
    """A line break inside a sentence: the line ends with a connector ("... and\n2 mL of ...") or an opening
    negation ("... discussion. No\nIV sedation was given"), or the next line starts with a number that is not a
    list bullet and the line has no final stop."""
    before = text[max(0, newline_at - 24) : newline_at]
    if _BULLET_START.match(next_start):
        return False
    if _CONNECTOR.search(before):
        return True
    if _NEGATION_END.search(before) and not _LABEL_LINE.match(text, newline_at + 1):
        return True
    if _LEVEL_START.match(next_start) and before.rstrip()[-1:].islower():
        # a wrapped line of prose going on with a level ("... left paracentral\nL5-S1 disc herniation")
        line_start = text.rfind("\n", 0, newline_at) + 1
        return newline_at - line_start >= 50
    if _SIDE_START.match(next_start) and before.rstrip()[-1:].islower():
        # a wrapped line of prose going on with a side's abbreviation ("... numbness" + newline + "R foot, x 5 mo")
        line_start = text.rfind("\n", 0, newline_at) + 1
        return newline_at - line_start >= 50 and not _BULLET_LINE.match(text, line_start)
    if _STRENGTH_END.search(before) and next_start[:1].isupper():
        # a wrapped line of prose closing on a drug's strength, its name on the next line ('... again with 1 mL of 2%'
        # + newline + 'Xylocaine at each site'); a short line is a list row of its own ('Lidocaine 1%' + 'Kenalog 40 mg')
        line_start = text.rfind("\n", 0, newline_at) + 1
        return newline_at - line_start >= 50 and not _BULLET_LINE.match(text, line_start) \
            and not _LABEL_LINE.match(text, newline_at + 1)  # 'Oswestry 44%' + newline + 'Pre-procedure pain: 7/10'
    # a number, also a decimal written without its leading zero ('0.5 mL' + newline + '.5% bupivacaine each')
    number = next_start[:1].isdigit() or (next_start[:1] == "." and next_start[1:2].isdigit())
    if not number or before.rstrip()[-1:] in ".!?:;":
        return False
    nxt = text.find(next_start[:1], newline_at)  # the next line's first character: a clock row reads its word whole
    return not _CLOCK_ENTRY.match(text, nxt if nxt >= 0 else newline_at)


@Language.factory("painpoint_sentences", default_config={"boundary": _DEFAULT_BOUNDARY, "split_on_semicolon": False})
def create_sentence_splitter(nlp: Language, name: str, boundary: str, split_on_semicolon: bool) -> "SentenceSplitter":
    return SentenceSplitter(boundary, split_on_semicolon)


class SentenceSplitter:
    """Marks the first token after each boundary match as a sentence start."""

    def __init__(self, boundary: str = _DEFAULT_BOUNDARY, split_on_semicolon: bool = False) -> None:
        if split_on_semicolon:
            boundary += r"|(?<=;)[ \t]+(?=\S)"
        self.boundary = compile_rule(boundary)  # a start set: most positions cannot start a boundary

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        text = text_of(doc)
        starts = doc.to_array(IDX).tolist()  # token start offsets without creating Token objects
        tokens = [0]  # sentence start tokens
        chars = [starts[0]]  # sentence start offsets, for lookups that need no Span objects
        spoken = _spoken_stops(text)
        for m in self.boundary.finditer(text):
            pos = m.end()
            i = bisect_left(starts, pos)
            if i >= n or starts[i] != pos or i == 0:
                continue
            if spoken and pos in spoken:
                continue  # marked below, once
            if m.group(0)[0] == "\n" and m.group(0).count("\n") < 2 and _continues(text, m.start(), text[pos : pos + 8]):
                continue
            if m.group(0)[0] == "\n" and text[pos : pos + 1].islower() and line_left_open(text, m.start()):
                continue  # a stray blank line inside a sentence ("Cannot" + blank line + "stand through a service")
            if text[m.start() - 1 : m.start()] in ".!?" and (m.group(0)[0] != "\n" or text[pos : pos + 1].islower()
                                                             and m.group(0).count("\n") < 2):
                prev = doc[i - 1]
                if prev.is_space:
                    prev = doc[i - 2] if i >= 2 else prev
                if len(prev.text) != 1 and _is_abbreviation(prev.text):  # "Dr.", "e.g.", but not "mL."
                    continue
                side = text[max(0, m.start() - 8) : m.start() - 1].split()[-1:]
                if side and side[0].lower() in _SIDE_ABBREVIATIONS and _SIDE_TARGET_AFTER.match(text, pos):
                    continue  # "Lt. L5-S1 TFESI": the side's abbreviation, not the end of a sentence
                if text[pos : pos + 1].islower():
                    word = text[max(0, m.start() - 8) : m.start() - 1].split()[-1:] or [""]
                    # (a dotted shorthand before a lower-case word, "tramadol p.r.n. and celecoxib", "b.i.d. with
                    # meals", goes on with its sentence: round 17, care17, fcm-h-tfesi-07)
                    if word[0].lower() in _ABBREVIATIONS or word[0].lower() in _LOWER_ABBREVIATIONS \
                            or _salt_before(text, m.start()) or len(word[0]) < 2 or _DOTTED.fullmatch(word[0]):
                        continue
                elif text[pos : pos + 1].isdigit():  # "approx. 60% relief", "vs. 80%": a number after an abbreviation
                    word = text[max(0, m.start() - 8) : m.start() - 1].split()[-1:] or [""]
                    if word[0].lower() in ("approx", "vs", "no", "ca") or word[0].lower() in _MONTH_ABBREVIATIONS \
                            or _salt_before(text, m.start()):
                        continue
            tokens.append(i)
            chars.append(pos)
        for pos in _run_on_splits(text, chars):
            i = bisect_left(starts, pos)
            if 0 < i < n and starts[i] == pos:
                spoken.add(pos)  # marked below with the spoken stops, once
        if spoken:
            for pos in spoken:
                i = bisect_left(starts, pos)
                if 0 < i < n and starts[i] == pos:
                    tokens.append(i)
                    chars.append(pos)
            tokens.sort()
            chars.sort()
        _mark_sentence_starts(doc, tokens)
        doc.user_data["painpoint_sent_starts"] = chars
        doc.user_data[SENT_TOKEN_STARTS] = tokens
        return doc


def _run_on_splits(text: str, chars: list[int]) -> list[int]:
    """Offsets that start a clause of a run-on dictated sentence (`_CLAUSE_SPLICE`); none for ordinary notes, where
    no sentence reaches `_RUN_ON_CHARS` or has `_RUN_ON_SPLICES` clause commas."""
    out: list[int] = []
    ends = chars[1:] + [len(text)]
    for a, b in zip(chars, ends):
        if b - a < _RUN_ON_CHARS:
            continue
        found = [m.end() for m in _CLAUSE_SPLICE.finditer(text, a, b)]
        if len(found) >= _RUN_ON_SPLICES:
            out += found
    return out


def _spoken_stops(text: str) -> set[int]:
    """Offsets that start a sentence after a dictated "period" / "new paragraph" left in the text, only in a
    note that shows the habit twice (`_DICTATION_MARK`); empty (and cheap) for every other note."""
    if "period" not in text and "comma" not in text and "paragraph" not in text.lower():
        return set()
    if len(_DICTATION_MARK.findall(text, 0, len(text))) < 2 and not _unpunctuated_dictation(text) \
            and len(_MIDLINE_PERIOD.findall(text)) < _SPOKEN_PERIODS_MIXED:
        return set()
    return {m.end() for m in _SPOKEN_STOP.finditer(text)}


# A speech recogniser's note that left a few written stops yet spoke most of them ("... the track period the left
# L4-L5 ... under live fluoro period contrast (Omnipaque 240, 2 mL) ... runoff period we injected ..."): this many
# mid-line "period"s between lower-case words (an ordinary note's "the recovery period was" is one, at most two).
_SPOKEN_PERIODS_MIXED = 4
# A spoken "period" inside a line between two lower-case words ("cook dinner period she had two blocks").
_MIDLINE_PERIOD = compile_rule(r"(?<=[a-z0-9] )period(?= (?!of\b)[a-z])")
# A written full stop that ends a sentence (not one inside a code or a number: "M47.816", "0.5").
_WRITTEN_STOP = compile_rule(r"[a-z)]\.(?:\s|$)", re.IGNORECASE)


def _unpunctuated_dictation(text: str) -> bool:
    """A speech recogniser's note whose every stop is the spoken word, mid-line ("... 6 out of 10 period under
    fluoroscopy ..."; round 12, fbg-rfa-02): "period" between lower-case words at least twice and not one written full
    stop in the whole note. The written stop guard keeps "the recovery period was" of an ordinary note whole."""
    return len(_MIDLINE_PERIOD.findall(text)) >= 2 and _WRITTEN_STOP.search(text) is None


def _mark_sentence_starts(doc: Doc, tokens: list[int]) -> None:
    """`doc[i].is_sent_start = True` for each of `tokens` (and, with one sentence only, `False` on
    the last token, recording that the boundaries were decided), written in one array pass: the
    per-token setter checks the whole Doc for a parse on every call."""
    values = doc.to_array(SENT_START)
    values[tokens] = 1
    if len(tokens) == 1 and len(doc) > 1:
        values[len(doc) - 1] = _NOT_SENT_START
    doc.from_array([SENT_START], values)
