"""spaCy factories that configure medspaCy's rule components from Painpoint's rule files.

Each factory takes the name of its rule file as config, so a pipeline config (or a test) can
swap vocabularies without code changes. Results go to span groups and Doc extensions.
"""


import re
import warnings
from bisect import bisect_right
from operator import itemgetter

from medspacy.context import ConText
from medspacy.context.context_graph import ConTextGraph
from medspacy.common.medspacy_matcher import MedspacyMatcher
from medspacy.context.context_modifier import ConTextModifier
from medspacy.util import tuple_overlaps
from medspacy.section_detection import Sectionizer
from medspacy.section_detection.section import Section
from medspacy.target_matcher import TargetMatcher
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.extensions import register_extensions, text_of
from nlp.fast_regex import (LINE_END_HYPHEN, cased_literals, cased_prefixes, compile_rule, holds_line_end_hyphen,
                             holds_required, literal_prefixes, lowered_once, prefix_finditer, required_literals)
from nlp.rules import (
    context_rules,
    document_title_phrases,
    field_ends_at_code_categories,
    header_ends_at_field_categories,
    list_ends_at_prose_categories,
    qualified_label_categories,
    section_rules,
    technique_unless_named_categories,
    target_rules,
    title_if_procedure_categories,
)
from nlp.sentences import SENT_TOKEN_STARTS, clock_entry, line_left_open, line_wraps_into, next_field_after

TARGET_GROUP = "targets"
CUE_GROUP = "cues"  # approach/anatomy cue words: read by the fact builders, never given to ConText

# medspaCy keeps a token Matcher beside its PhraseMatcher; with phrase-only rules it is empty and
# spaCy warns (W036) on every note. The warning is about that empty matcher only.
warnings.filterwarnings("ignore", message=r"\[W036\]")


_START_END = itemgetter(1, 2)  # (start, end) of a (match_id, start, end) match


def prune_longest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """medspaCy 1.3.1's `prune_overlapping_matches` (strategy "longest"), result for result: sort by
    (start, end); walk the list, and of two neighbours that overlap keep the longer (the first on a
    tie) and resume after both; repeat until a pass drops nothing. medspaCy pops from the front of
    a list and recurses, quadratic in the matches of a note; this walks by index."""
    while True:
        ordered = sorted(matches, key=_START_END)
        n = len(ordered)
        if n == 0:
            return matches
        pruned = []
        curr = ordered[0]
        i = 1
        while True:
            if i >= n:
                pruned.append(curr)
                break
            nxt = ordered[i]
            i += 1
            if curr[1] <= nxt[1] < curr[2] or curr[1] < nxt[2] <= curr[2]:  # medspaCy's tuple_overlaps
                pruned.append(nxt if nxt[2] - nxt[1] > curr[2] - curr[1] else curr)
                if i >= n:
                    break
                curr = ordered[i]
                i += 1
            else:
                pruned.append(curr)
                curr = nxt
        if len(pruned) == n:
            return pruned
        matches = pruned


def match(matcher: MedspacyMatcher, doc: Doc) -> list[tuple[int, int, int]]:
    """`MedspacyMatcher.__call__` (1.3.1, pinned): token, phrase and regex matches, pruned to the
    longest; empty sub-matchers are not called and pruning uses `prune_longest`."""
    token_matcher = matcher._MedspacyMatcher__matcher
    matches = token_matcher(doc) if len(token_matcher) else []
    matches += matcher._MedspacyMatcher__phrase_matcher(doc)
    regex_matcher = matcher._MedspacyMatcher__regex_matcher
    if regex_matcher._patterns:
        matches += regex_matcher(doc)
    if matcher._prune:
        matches = prune_longest(matches)
    return matches


# Around a single line break between words that goes on in lower case: the word after, the word before.
_WRAP_AFTER = re.compile(r"[ \t]*([a-z]\w*)")
_WRAP_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]\w*) ?$")
_WRAP_REACH = 6  # tokens on each side of a wrap that a phrase may span


def wrapped_phrase_matches(phrase_matcher, doc: Doc, pairs: frozenset[tuple[str, str]]) -> list[tuple[int, int, int]]:
    """Phrase matches that a hard line wrap cuts ("lumbar spinal" + newline + "stenosis", "S3 lateral" + newline +
    "branches"): the phrase matcher compares tokens, and the newline is a token of its own. A wrap is a single line
    break between two words where the next line goes on in lower case (never a blank line, a new field or a list).
    The words around each wrap are matched again without the newline token (and without the inline space tokens of
    a padded export); only matches that bridge it are returned, mapped back to the note's token indices. `pairs` (two words next to each other in some phrase) skips
    the wraps no phrase can bridge, most of them."""
    out: set[tuple[int, int, int]] = set()
    text = text_of(doc)
    nl = text.find("\n")
    while nl >= 0:
        at, nl = nl, text.find("\n", nl + 1)
        after = _WRAP_AFTER.match(text, at + 1)
        before = _WRAP_BEFORE.search(text, max(0, at - 40), at) if after else None
        if before is None or (before.group(1).lower(), after.group(1)) not in pairs:
            continue
        span = doc.char_span(at, after.start(1))
        if span is None or len(span) != 1 or not span[0].is_space:
            continue
        i = span.start
        n = len(doc)
        # the padded words of a template export also lose their inline space tokens ('... L5-S1   transforaminal' +
        # newline + 'epidural   steroid   injection'), as in `spaced_phrase_matches`: twice the reach in tokens
        lo, hi = max(0, i - 2 * _WRAP_REACH), min(n, i + 2 * _WRAP_REACH + 1)
        index = [k for k in range(lo, hi) if k != i and not (doc[k].is_space and "\n" not in doc[k].text)]
        words = [doc[k].text for k in index]
        spaces = [bool(doc[k].whitespace_) or k == i - 1 or (k + 1 < n and doc[k + 1].is_space) for k in index]
        for rule_id, s, e in phrase_matcher(Doc(doc.vocab, words=words, spaces=spaces)):
            if index[s] < i < index[e - 1]:
                out.add((rule_id, index[s], index[e - 1] + 1))
    return sorted(out, key=lambda x: (x[1], x[2], x[0]))


# A word broken by a hyphen at a line end, as OCR and word processors leave it ("transfor-" + newline + "aminal").
# Written to start with the hyphen (the two letters before it are checked behind it: the same matches), so `re` skips
# in C to each hyphen instead of testing the lookbehind at every position of the note.
_HYPHEN_BREAK = re.compile(r"-(?<=[A-Za-z]{2}-)[ \t]*\n[ \t]*(?=[a-z]{2})")


def hyphenated_phrase_matches(phrase_matcher, doc: Doc) -> list[tuple[int, int, int]]:
    """Phrase matches through a word hyphenated across a line end ("right L5-S1 transfor-" + newline + "aminal epidural
    steroid injection", "facet joint injec-" + newline + "tions"): the two halves are matched again as one word, with
    `_WRAP_REACH` words on each side; only matches that hold the joined word are returned, mapped back to the note's
    token indices (the joined word covers its first half, the line break and its second half)."""
    text = text_of(doc)
    if "-" not in text:
        return []
    out: set[tuple[int, int, int]] = set()
    for m in _HYPHEN_BREAK.finditer(text):
        head = doc.char_span(m.start() - 1, m.start() + 1, alignment_mode="expand")
        tail = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if head is None or tail is None or len(head) != 1 or len(tail) != 1:
            continue
        a, b = head.start, tail.start  # 'transfor-' ... 'aminal', the line break between them
        if not (doc[a].text.endswith("-") and all(doc[k].is_space for k in range(a + 1, b))):
            continue
        lo, hi = max(0, a - _WRAP_REACH), min(len(doc), b + _WRAP_REACH + 1)
        index = list(range(lo, a)) + [a] + list(range(b + 1, hi))
        words = [doc[k].text for k in range(lo, a)] + [doc[a].text[:-1] + doc[b].text] + [doc[k].text for k in range(b + 1, hi)]
        spaces = [bool(doc[k].whitespace_) for k in range(lo, a)] + [bool(doc[b].whitespace_)] + \
            [bool(doc[k].whitespace_) for k in range(b + 1, hi)]
        joined = a - lo
        for rule_id, s, e in phrase_matcher(Doc(doc.vocab, words=words, spaces=spaces)):
            if s <= joined < e:
                out.add((rule_id, index[s], b + 1 if e - 1 == joined else index[e - 1] + 1))
    return sorted(out, key=lambda x: (x[1], x[2], x[0]))


# A run of spaces or a tab between two words on one line ("Time  out  done", "facet   radiofrequency   ablation"):
# spaCy keeps all but one space as a token of its own, which the phrase matcher cannot step over.
_INLINE_GAP = re.compile(r"[ \t]*\t[ \t]*| {2,}")


def spaced_phrase_matches(phrase_matcher, doc: Doc, pairs: frozenset[tuple[str, str]]) -> list[tuple[int, int, int]]:
    """Phrase matches cut by extra spaces inside a line, as a template export, a justified OCR scan or a dictation
    system pads words ("Time  out  done", "Bilateral   L5-S1   facet   radiofrequency   ablation"): the words around
    each gap whose two neighbours are next to each other in some phrase (`pairs`) are matched again with the
    inline space tokens of `_WRAP_REACH` words on each side left out; only matches that step over a left-out token
    are returned, mapped back to the note's token indices. A note without a double space or tab costs one scan."""
    text = text_of(doc)
    if "  " not in text and "\t" not in text:
        return []
    out: set[tuple[int, int, int]] = set()
    done: set[int] = set()
    n = len(doc)
    for m in _INLINE_GAP.finditer(text):
        gap = doc.char_span(m.end() - 1, m.end(), alignment_mode="expand")
        if gap is None or len(gap) != 1:
            continue
        i = gap.start
        if i in done or not 0 < i < n - 1 or not doc[i].is_space or "\n" in doc[i].text:
            continue
        if (doc[i - 1].lower_, doc[i + 1].lower_) not in pairs:
            continue
        lo, hi = max(0, i - 2 * _WRAP_REACH), min(n, i + 2 * _WRAP_REACH + 1)
        index = [k for k in range(lo, hi) if not (doc[k].is_space and "\n" not in doc[k].text)]
        done.update(range(i, min(hi, i + _WRAP_REACH)))  # a phrase through a gap up to here lies in this window
        words = [doc[k].text for k in index]
        spaces = [bool(doc[k].whitespace_) or (k + 1 < n and doc[k + 1].is_space) for k in index]
        for rule_id, s, e in phrase_matcher(Doc(doc.vocab, words=words, spaces=spaces)):
            if index[e - 1] - index[s] != e - 1 - s:  # steps over a left-out space token
                out.add((rule_id, index[s], index[e - 1] + 1))
    return sorted(out, key=lambda x: (x[1], x[2], x[0]))


# A short aside in brackets inside a name: "(SI)", "(ganglion of Walther)", "(cervicothoracic)", also hard-wrapped
# once inside its brackets ("facet joint nerve (medial" + newline + "branch) blocks").
_ASIDE = re.compile(r"\(([^()\n]{1,40}(?:\n[^()\n]{1,40})?)\)")
_ASIDE_WORD_BEFORE = re.compile(r"([A-Za-z]\w*)[ \t]*$")
_ASIDE_WORD_AFTER = re.compile(r"[ \t]*([A-Za-z]\w*)")


def aside_phrase_matches(phrase_matcher, doc: Doc, pairs: frozenset[tuple[str, str]]) -> list[tuple[int, int, int]]:
    """Phrase matches through a bracketed aside inside the name ("sacroiliac (SI) joint injection", "ganglion impar
    (ganglion of Walther) block", "greater occipital (GON) nerve block"): writers gloss or abbreviate a term in the
    middle of a procedure's name. The words around each aside are matched again without it; only matches that bridge
    the aside are returned, mapped back to the note's token indices. `pairs` (two words next to each other in some
    phrase) skips the asides no phrase can bridge, nearly all of them."""
    text = text_of(doc)
    if "(" not in text:
        return []
    out: set[tuple[int, int, int]] = set()
    for m in _ASIDE.finditer(text):
        before = _ASIDE_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        after = _ASIDE_WORD_AFTER.match(text, m.end())
        if before is None or after is None or (before.group(1).lower(), after.group(1).lower()) not in pairs:
            continue
        aside = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if aside is None or doc[aside.start].text != "(" or doc[aside.end - 1].text != ")":
            continue
        a, b = aside.start, aside.end  # the aside's tokens, brackets included
        lo, hi = max(0, a - _WRAP_REACH), min(len(doc), b + _WRAP_REACH)
        index = list(range(lo, a)) + list(range(b, hi))
        words = [doc[k].text for k in index]
        spaces = [bool(doc[k].whitespace_) or k == a - 1 for k in index]
        for rule_id, s, e in phrase_matcher(Doc(doc.vocab, words=words, spaces=spaces)):
            if index[s] < a and index[e - 1] >= b:
                out.add((rule_id, index[s], index[e - 1] + 1))
    return sorted(out, key=lambda x: (x[1], x[2], x[0]))


class PhraseTargets(TargetMatcher):
    """medspaCy's TargetMatcher (1.3.1) for span-group results, matching through `match`, plus the phrase matches
    a line wrap, a line-end hyphen or a bracketed aside cuts (`wrapped_phrase_matches`, `hyphenated_phrase_matches`,
    `aside_phrase_matches`)."""

    _pairs: frozenset[tuple[str, str]] | None = None

    def _word_pairs(self) -> frozenset[tuple[str, str]]:
        """Pairs of neighbouring lower-cased tokens of the phrase rules, tokenized as notes are (built once)."""
        if self._pairs is None:
            pairs = set()
            for rule in self._TargetMatcher__matcher.rule_map.values():
                words = [t.lower_ for t in self.nlp.make_doc(rule.literal)]
                pairs.update(zip(words, words[1:]))
            self._pairs = frozenset(pairs)
        return self._pairs

    def __call__(self, doc: Doc) -> Doc:
        if (self.result_type or "").lower() != "group":
            return super().__call__(doc)
        matcher = self._TargetMatcher__matcher
        rule_map, strings = matcher.rule_map, self.nlp.vocab.strings
        spans = []
        found = match(matcher, doc)
        wrapped = wrapped_phrase_matches(matcher._MedspacyMatcher__phrase_matcher, doc, self._word_pairs())
        wrapped += hyphenated_phrase_matches(matcher._MedspacyMatcher__phrase_matcher, doc)
        wrapped += aside_phrase_matches(matcher._MedspacyMatcher__phrase_matcher, doc, self._word_pairs())
        wrapped += spaced_phrase_matches(matcher._MedspacyMatcher__phrase_matcher, doc, self._word_pairs())
        if wrapped:
            found = prune_longest(found + wrapped)
        user_data, plain = doc.user_data, _plain_extension("target_rule")
        for rule_id, start, end in found:
            rule = rule_map[strings[rule_id]]
            span = Span(doc, start=start, end=end, label=rule.category)
            if plain and rule.attributes is None:  # what `span._.target_rule = rule` stores, without the proxy
                user_data[("._.", "target_rule", span.start_char, span.end_char)] = rule
            else:
                ext = span._  # one extension proxy per span: each `span._` builds a new one
                ext.target_rule = rule
                if rule.attributes is not None:
                    for attribute, value in rule.attributes.items():
                        setattr(ext, attribute, value)
            spans.append(span)
        if self.span_group_name in doc.spans.keys():
            doc.spans[self.span_group_name] += spans
        else:
            doc.spans[self.span_group_name] = spans
        return doc


def _plain_extension(name: str) -> bool:
    """Whether the Span extension `name` is a plain value (no getter, method or setter): then `span._.name = value`
    is spaCy's `doc.user_data[("._.", name, span.start_char, span.end_char)] = value` (its `Underscore` key)."""
    ext = Span.get_extension(name)
    return ext is not None and ext[1] is None and ext[2] is None and ext[3] is None


@Language.factory("painpoint_targets", default_config={"rules": "targets.yaml", "span_group": TARGET_GROUP})
def create_targets(nlp: Language, name: str, rules: str, span_group: str) -> TargetMatcher:
    """Procedures, drugs, imaging, sedation, devices and events as spans in `doc.spans[span_group]`
    (the phrase rules; `painpoint_regex_targets` adds the regex rules of the same file)."""
    register_extensions()
    matcher = PhraseTargets(nlp, name=name, rules=None, result_type="group", span_group_name=span_group)
    matcher.add([r for r in target_rules(nlp, rules) if not isinstance(r.pattern, str)])
    return matcher


class RegexTargets:
    """The regex TargetRules of the target file, matched over the text once per rule.

    medspaCy's own regex matcher rebuilds the document text for every rule on every note, which
    cost more than all other matching together; this keeps its semantics (case-insensitive,
    spans snapped outward to token boundaries, `span._.target_rule` set) without that cost.
    A match overlapping a phrase match of the same label adds nothing and is dropped. Cue spans
    then move to their own group (`CUE_GROUP`): ConText's cost grows with targets × modifiers and
    cues need no assertion status.
    """

    def __init__(self, rules: list, span_group: str) -> None:
        # Searched over the whole note: the words of lookarounds and two-letter shorthand gate too ("KP" beside a level).
        self.rules = [(compile_rule(r.pattern, re.IGNORECASE),
                       required_literals(r.pattern, re.IGNORECASE, min_len=2, lookarounds=True), r) for r in rules]
        # Most rules' matches start with one of a few words ("images", "views"): those are searched where the words
        # occur (`prefix_finditer`, the same matches) instead of by a scan of the whole note.
        self._prefixes = {id(r): pre for r in rules if (pre := literal_prefixes(r.pattern, re.IGNORECASE))}
        # A rule whose matches start with capitals as written ("IC", "TO", "T/O") is searched where the note writes them.
        self._cased_prefixes = {id(r): pre for r in rules if id(r) not in self._prefixes
                                and (pre := cased_prefixes(r.pattern, re.IGNORECASE))}
        # The words of a rule's case-sensitive parts, as written ("TO" of a time-out shorthand, "IC" of consent): a note
        # that never writes them (though it holds "to") needs no scan.
        self._cased = {id(r): words for r in rules if (words := cased_literals(r.pattern, re.IGNORECASE))}
        # The rules for a word an OCR scan hyphenated at a line end ("bu-" + newline + "pivacaine"): searched only in a
        # note that holds such a break (most hold none, and each of these rules is a scan of the whole note).
        self._break_rules = frozenset(id(r) for r in rules if holds_line_end_hyphen(r.pattern, re.IGNORECASE))
        self.span_group = span_group

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        lowered = lowered_once(text)  # for the rules' required words (the gated measures ask about the same text)
        found: list[Span] = []
        existing = list(doc.spans[self.span_group]) if self.span_group in doc.spans else []
        taken = {(s.label_, s.start) for s in existing}
        breaks = bool(self._break_rules) and LINE_END_HYPHEN.search(text) is not None
        for rx, words, rule in self.rules:
            if lowered is not None and not holds_required(lowered, words):
                continue  # a word every match contains is not in the note: no match (no scan needed)
            if not breaks and id(rule) in self._break_rules:
                continue  # every match holds a hyphenated line break, and the note has none
            cased = self._cased.get(id(rule))
            if cased is not None and not all(any(w in text for w in alts) for alts in cased):
                continue  # a word every match holds, as written (case-sensitive), is not in the note
            pre, low = (self._prefixes.get(id(rule)), lowered) if lowered is not None else (None, None)
            if pre is None:
                pre, low = self._cased_prefixes.get(id(rule)), text
            for m in rx.finditer(text) if pre is None else prefix_finditer(rx, pre, text, low, 0, len(text)):
                span = doc.char_span(m.start(), m.end(), label=rule.category, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                overlaps = _clashes(span, rule.category, taken, existing)
                if overlaps and (rule.category == "PROC" and not _generic_rule(rule) or _supersedes(rule)):
                    # "knee intra-articular injection" names more than the "intra-articular injection" inside it,
                    # and "Large joint injection - knee" more than the "joint injection" it shares a word with
                    inside = [s for s in existing if s.label_ == rule.category and s.start < span.end
                              and span.start < s.end and (span.start <= s.start or s.end < span.end)
                              and s.end - s.start < len(span) and (_generic(s) or _supersedes(rule)
                                                                   and span.start <= s.start and s.end <= span.end)]
                    if inside:
                        existing = [s for s in existing if s not in inside]
                        taken -= {(s.label_, s.start) for s in inside}
                        overlaps = _clashes(span, rule.category, taken, existing)
                if overlaps:
                    continue
                span._.target_rule = rule
                found.append(span)
                taken.add((rule.category, span.start))
        spans = sorted([*existing, *found], key=lambda s: (s.start, -s.end)) if found else existing
        doc.spans[CUE_GROUP] = [s for s in spans if s.label_ == "CUE"]
        doc.spans[self.span_group] = [s for s in spans if s.label_ != "CUE"]
        return doc


def _clashes(span: Span, label: str, taken: set[tuple[str, int]], existing: list[Span]) -> bool:
    """A span of `label` already starts inside `span`, or `span` starts inside one."""
    return any(lab == label and span.start <= st < span.end for lab, st in taken) or any(
        s.label_ == label and s.start <= span.start < s.end for s in existing)


def _generic(span: Span) -> bool:
    rule = getattr(span._, "target_rule", None)
    return bool(rule is not None and _generic_rule(rule))


def _generic_rule(rule) -> bool:
    return bool((getattr(rule, "metadata", None) or {}).get("generic"))


def _supersedes(rule) -> bool:
    """A regex rule whose match reads the phrase match inside it otherwise: a form field named by a sedation level
    and answered no ('IV sedation ...... No') is no sedation, though 'IV sedation' alone names one (targets.yaml)."""
    return bool((getattr(rule, "metadata", None) or {}).get("supersedes"))


@Language.factory("painpoint_regex_targets", default_config={"rules": "targets.yaml", "span_group": TARGET_GROUP})
def create_regex_targets(nlp: Language, name: str, rules: str, span_group: str) -> RegexTargets:
    register_extensions()
    return RegexTargets([r for r in target_rules(nlp, rules) if isinstance(r.pattern, str)], span_group)


class _ScopedGraph(ConTextGraph):
    """medspaCy's ConTextGraph with the target × modifier pass reordered for speed, same edges.

    `ConTextModifier.modifies` makes pure checks (span overlap, direction, allowed types, scope)
    before the rule's `on_modifies` callback; here the direction is checked once per modifier and
    the scope first (it rules out nearly every pair), with medspaCy's `tuple_overlaps` arithmetic
    inlined. Callbacks run for exactly the pairs, and in the order, medspaCy would run them.
    """

    def update_scopes(self) -> None:
        """As medspaCy's: `limit_scope` changes nothing unless the two scopes overlap (its first
        check), so pairs whose current scopes do not overlap are skipped without the call."""
        modifiers = self.modifiers
        for i in range(len(modifiers) - 1):
            m1 = modifiers[i]
            for j in range(i + 1, len(modifiers)):
                m2 = modifiers[j]
                a0, a1, b0, b1 = m1._scope_start, m1._scope_end, m2._scope_start, m2._scope_end
                if a0 <= b0 < a1 or a0 < b1 <= a1:
                    m1.limit_scope(m2)
                    a0, a1 = m1._scope_start, m1._scope_end
                if b0 <= a0 < b1 or b0 < a1 <= b1:
                    m2.limit_scope(m1)

    def apply_modifiers(self) -> None:
        if self.prune_on_modifier_overlap:  # as medspaCy 1.3.1
            for i in range(len(self.modifiers) - 1, -1, -1):
                modifier = self.modifiers[i]
                for target in self.targets:
                    if tuple_overlaps((target.start, target.end), modifier.modifier_span):
                        self.modifiers.pop(i)
                        break
        live = []
        for modifier in self.modifiers:
            if modifier.direction in ("TERMINATE", "PSEUDO"):
                continue
            ms, me = modifier.modifier_span
            ss, se = modifier.scope_span
            live.append((modifier, ms, me, ss, se))
        for target in self.targets:
            ts, te = target.start, target.end
            label = None
            for modifier, ms, me, ss, se in live:
                if not (ss <= ts < se or ss < te <= se) or ms <= ts < me or ms < te <= me:
                    continue
                if label is None:
                    label = target.label_.upper()
                if modifier.allows(label) and modifier.on_modifies(target):
                    modifier.modify(target)
        edges = []
        for modifier in self.modifiers:
            modifier.reduce_targets()
            for target in modifier._targets:
                edges.append((target, modifier))
        self.edges = edges


class PainpointConText(ConText):
    """medspaCy's ConText (1.3.1, pinned) over span-group targets, using `_ScopedGraph`."""

    def __call__(self, doc: Doc, targets: str | None = None) -> Doc:
        if not targets and self.input_span_type == "ents":
            targets = doc.ents
        elif not targets and self.input_span_type == "group":
            targets = doc.spans[self.span_group_name]
        elif targets:
            targets = getattr(doc._, targets)
        graph = _ScopedGraph(prune_on_modifier_overlap=self.prune_on_target_overlap)
        graph.targets = targets
        graph.modifiers = []
        matcher = self._ConText__matcher
        vocab = self.nlp.vocab
        sent_starts = doc.user_data.get(SENT_TOKEN_STARTS) if not self.max_scope else None
        for match_id, start, end in match(matcher, doc):
            rule = matcher.rule_map[vocab[match_id].text]
            if sent_starts is None:
                graph.modifiers.append(ConTextModifier(rule, start, end, doc, max_scope=self.max_scope))
            else:
                scope = _sentence_scope(rule, start, end, sent_starts, len(doc))
                graph.modifiers.append(ConTextModifier(rule, start, end, doc, *scope, max_scope=self.max_scope))
        graph.update_scopes()
        graph.apply_modifiers()
        for target, modifier in graph.edges:
            target._.modifiers += (modifier,)
        if self.context_attributes_mapping:
            self.set_context_attributes(graph.edges)
        doc._.context_graph = graph
        return doc


def _sentence_scope(rule, start: int, end: int, sent_starts: list[int], n: int) -> tuple[int, int]:
    """ConTextModifier's scope (medspaCy 1.3.1 `__set_scope` without a ConText `max_scope`): the
    sentence of the modifier's first token, on the rule's side(s), cut to the rule's `max_scope`;
    the sentence comes from the splitter's start tokens instead of `doc[start].sent`."""
    k = bisect_right(sent_starts, start) - 1
    sent_start = sent_starts[k]
    sent_end = sent_starts[k + 1] if k + 1 < len(sent_starts) else n
    direction, max_scope = rule.direction.lower(), rule.max_scope
    if direction == "forward":
        scope_start, scope_end = end, sent_end
        if max_scope is not None and scope_end - scope_start > max_scope:
            scope_end = end + max_scope
    elif direction == "backward":
        scope_start, scope_end = sent_start, start
        if max_scope is not None and scope_end - scope_start > max_scope:
            scope_start = start - max_scope
    else:  # bidirectional (and terminate/pseudo, as medspaCy)
        scope_start, scope_end = sent_start, sent_end
        if max_scope is not None and start - scope_start > max_scope:
            scope_start = start - max_scope
        if max_scope is not None and scope_end - end > max_scope:
            scope_end = end + max_scope
    return scope_start, scope_end


@Language.factory("painpoint_context", default_config={"rules": "context.yaml", "span_group": TARGET_GROUP})
def create_context(nlp: Language, name: str, rules: str, span_group: str) -> ConText:
    """ConText over the target spans: sets `is_negated`, `is_historical`, `is_hypothetical`, ..."""
    ctx = PainpointConText(nlp, name=name, rules=None, input_span_type="group", span_group_name=span_group)
    ctx.add(context_rules(nlp, rules))
    return ctx


_BULLET = re.compile(r"^(?:[-*\u2022>]|\d{1,2}[.)]?|[A-Za-z][.)]|#+)$")
_MARK_HEAD = re.compile(r"^(?:\d{1,2}|[A-Za-z])$")


def _list_mark_part(doc: Doc, i: int) -> bool:
    """Whether token `i` is half of a "1)" or "b)" list mark before a header ("1) Dx: ...", "b) Technique: ..."):
    spaCy splits the bracket off the number, and neither half alone is a `_BULLET`."""
    text = doc[i].text
    if text == ")":
        return i > 0 and _MARK_HEAD.match(doc[i - 1].text) is not None
    return _MARK_HEAD.match(text) is not None and i + 1 < len(doc) and doc[i + 1].text == ")"


# Words that go on a sentence rather than open a field's value ("Procedure  was performed", "History  of ...").
_PROSE_GOES_ON = frozenset({"was", "were", "is", "are", "has", "have", "had", "of", "the", "and", "to", "in", "on", "at",
                            "for", "by", "with", "from", "as", "will", "be"})


def _gap_value(doc: Doc, end: int) -> bool:
    """Whether a header at its line's start is followed by a tab or a run of spaces and then its value on the same
    line, as a two-column template flattened to text writes a field without its colon ("Diagnosis  Right subacromial
    bursitis (M75.51)", "Time out  completed", "Side\tLeft", "Complications  none"). Padded prose whose next word
    goes on a sentence ("Procedure  was performed", "History  of ...") is no field."""
    gap = doc[end]
    if not gap.is_space or "\n" in gap.text or end + 1 >= len(doc):
        return False
    value = doc[end + 1]
    return value.text[:1].isalnum() and value.lower_ not in _PROSE_GOES_ON and \
        ("\t" in gap.text or len(doc[end - 1].whitespace_ + gap.text) >= 2)


_SEPARATORS = frozenset({":", "-", "\u2013", "\u2014", "=", ":-", "):", "|"})  # "):" closes "Level(s):"


def _spaced_separator(doc: Doc, end: int) -> bool:
    """Whether a header's separator stands after a run of spaces on its line, as padded template exports write a
    field ("Consent   -   signed", "Time-out   -   done", "Side    :  Left"): spaCy makes the run a token of its
    own, so the separator is one token further on. The separator must be followed by a space or the line's end."""
    if end + 1 >= len(doc) or not doc[end].is_space or "\n" in doc[end].text:
        return False
    sep = doc[end + 1]
    return sep.text in _SEPARATORS and (bool(sep.whitespace_) or end + 2 >= len(doc) or doc[end + 2].is_space)
# A table bar stands for the colon ("Exam | Decreased pinprick ...", "Consent | Obtained"; round 17, nec17), unless what
# follows it is another field's label ("Time-out | Sedation: none"): the bar then only parts two fields.
_PIPE_TO_LABEL = re.compile(r"[ \t]*[A-Za-z][\w /()-]{0,30}:")
# Leader dots of a vendor export's field ("Laterality ........... [X] Left", "Time-out ....... Yes", "Side… Right")
# stand for the colon: the label is a header and its value the field.
_LEADER = re.compile(r"^(?:\.{2,}|\u2026+)$")


# A second field on a template line: "Imaging: fluoroscopy       Contrast: Omnipaque 240, 2 mL" (3+ spaces before it).
_COLUMN_GAP = re.compile(r"\S?[ \t]{3,}$")


# The close of a sentence holding an ICD-10 code, bare or in brackets, with a capitalised sentence after it on the
# same line: "(M46.1). Time-out", "M47.816. Left-sided pain", "M17.12 primary osteoarthritis, left knee. Time-out".
_CODE_CLOSES = re.compile(r"(?:\(\s*[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\s*\)|(?<![A-Za-z0-9])[A-TV-Z]\d{2}\.[0-9A-Z]{1,4})"
                          r"(?:[^.\n]{0,80}?\S)??\s*\.[ \t]+(?=[A-Z])")
# A token naming a spinal level or a side ('L5-S1', 'C6', 'right', 'bilat'): a title's words, not narrative.
_LEVEL_OR_SIDE = re.compile(r"(?:[CTLS]\d{1,2}\b|left|right|bilat\w*|lt|rt)", re.IGNORECASE)
_LEVEL = re.compile(r"[CTLS]\d{1,2}\b", re.IGNORECASE)  # a spinal level token ('L3-L4', 'L5', 'C5-6')
_NARRATIVE_OPENERS = frozenset({"the", "patient", "pt", "she", "he", "we", "i", "after", "once", "following", "prone",
                                "supine", "positioned"})
_LABEL_LEAD = 4  # tokens of a short label before a title's own colon ('Procedure:', 'Procedure performed:')
_TITLE_LEAD = 10  # tokens of an exam line before its procedure name ('CT-GUIDED BILATERAL L4-5 FACET ...')
_CLAUSE_BREAKS = frozenset({",", ";", ".", ":", "(", "!", "?"})


_LINE_END_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})  # a dash separator a hard wrap may leave at a line end
_QUALIFIER_TOKENS = 8  # words of a bracketed qualifier between a label and its colon
_QUALIFIER_LINE_TOKENS = 24  # ... and of one that ends the label's own line (no colon)


def _qualifier_end(doc: Doc, end: int) -> int | None:
    """The colon's token after a label's bracketed qualifier on the same line ('Procedure (as scheduled): RIGHT L5-S1
    TFESI', 'Prior procedures (per chart):'), or the closing bracket of one that ends the label's line ('IMAGING (MRI
    lumbar spine, January 2026, report quoted)' over the quoted report), else None: the label is a header all the same
    (for the categories of `qualified_label` in sections.yaml)."""
    if end >= len(doc) or doc[end].text not in ("(", "[") or not doc[end - 1].whitespace_:
        return None  # 'Procedure(s):' is a phrase of its own
    closer = ")" if doc[end].text == "(" else "]"  # 'Medications [injectate]:' (round 20, gap20)
    n = len(doc)
    for i in range(end + 1, min(n, end + 2 + _QUALIFIER_LINE_TOKENS)):
        tok = doc[i]
        if tok.text == closer + ":":  # the tokenizer keeps '):' whole
            return i if i - end <= _QUALIFIER_TOKENS else None
        if tok.text == closer:
            if i + 1 < n and doc[i + 1].text == ":":
                return i + 1 if i - end <= _QUALIFIER_TOKENS else None
            # alone on its line: 'IMAGING (MRI lumbar spine without contrast, January 2026, report quoted)'
            return i if i + 1 >= n or "\n" in tok.whitespace_ or (doc[i + 1].is_space and "\n" in doc[i + 1].text) \
                else None
        if "\n" in tok.text or "\n" in tok.whitespace_ or tok.text in ("(", "[", ":"):
            return None
    return None


class HeaderSectionizer(Sectionizer):
    """medspaCy's Sectionizer, keeping only phrase matches shaped like headers.

    A header starts its line (after an optional bullet or number) and is followed by a colon or
    dash ("Complications: none", inline values stay in the section) or ends its line; a match
    in mid-sentence ("the procedure was ...") never opens a section. The separator joins the
    header so the section body starts after it.
    """

    def filter_start_lines(self, doc: Doc, matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        kept: list[tuple[int, int, int]] = []
        n = len(doc)
        for match_id, start, end in matches:
            i = start - 1
            while i >= 0 and not doc[i].is_space and (_BULLET.match(doc[i].text) or _list_mark_part(doc, i)):
                i -= 1
            column = i >= 0 and i == start - 1 and _COLUMN_GAP.search(doc[i].text_with_ws if not doc[i].is_space
                                                                     else doc[i - 1].whitespace_ + doc[i].text)
            if i >= 0 and not (doc[i].is_space and "\n" in doc[i].text) and "\n" not in doc[i].whitespace_:
                if column and end < n and doc[end].text == ":":
                    kept.append((match_id, start, end + 1))  # "Imaging: fluoroscopy      Contrast: Omnipaque"
                continue
            if end < n and doc[end].text == "|" and _PIPE_TO_LABEL.match(text_of(doc), doc[end].idx + 1):
                continue  # "Time-out | Sedation: none": a bar between two fields of a flattened line, not a value
            if end < n and (doc[end].text in _SEPARATORS or _LEADER.match(doc[end].text) or _gap_value(doc, end)):
                kept.append((match_id, start, end + 1))
            elif _spaced_separator(doc, end):  # "Consent   -   signed", "Time-out   :   done"
                kept.append((match_id, start, end + 2))
            elif self.qualified_label and (close := _qualifier_end(doc, end)) is not None \
                    and self._category_of(match_id) in self.qualified_label:  # "Procedure (as scheduled):"
                kept.append((match_id, start, close + 1))
            elif end >= n or (doc[end].is_space and "\n" in doc[end].text):
                kept.append((match_id, start, end))
        return kept

    title_if_procedure: frozenset[str] = frozenset()
    qualified_label: frozenset[str] = frozenset()
    field_ends_at_code: frozenset[str] = frozenset()

    def _category_of(self, match_id: int) -> str | None:
        """The section category of a phrase match."""
        return self._Sectionizer__matcher.rule_map[self.nlp.vocab.strings[match_id]].category
    technique_unless_named: frozenset[str] = frozenset()
    header_ends_at_field: frozenset[str] = frozenset()
    list_ends_at_prose: frozenset[str] = frozenset()
    document_titles: frozenset[str] = frozenset()

    def _document_title(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a header match is the note's first line naming only the document ('PROCEDURE NOTE', 'Operative
        note:' alone on it): the dictated paragraph under it holds the history too, so it must not read as technique."""
        n = len(doc)
        return all(doc[i].is_space for i in range(start)) and (end >= n or (doc[end].is_space and "\n" in doc[end].text)) \
            and " ".join(t.text.lower() for t in doc[start:end] if t.text not in _SEPARATORS) in self.document_titles

    def _narrative_line(self, doc: Doc, start: int, stop: int) -> bool:
        """Whether a field written inline opens with narrative rather than a procedure name: its first line ends a
        sentence and goes on, and names no procedure, level or side ('Procedure: Consent was signed and time out was done.
        Prone. ...'), unlike 'Procedure: Right L5-S1 TFESI' or 'PROCEDURE: L4-5, left'."""
        if doc[start].is_space:
            if "\n" in doc[start].text or start + 1 >= stop:
                return False  # the header alone on its line: a list or a title follows
            start += 1  # a tab or a run of spaces after the label ('Procedure:<TAB>Consent was signed ...')
        line_end = start
        while line_end < stop and not (doc[line_end].is_space and "\n" in doc[line_end].text):
            line_end += 1
        first = doc[start:line_end]
        # a stop, or one dictated as a word and left in by the recogniser ('Procedure: prone, prep and drape period
        # under fluoroscopy ...'; round 15, metamorphic spoken_punctuation), never 'a period of'
        stop_at = next((t.i for t in first if t.i + 1 < line_end and (
            t.text == "." or t.lower_ == "period" and doc[t.i + 1].lower_ not in ("of", "."))), None)
        if stop_at is None and not any(t.text == "." for t in first):
            stop_at, line_end = self._wrapped_first_sentence(doc, line_end, stop)
        # only the first sentence must name no level or side: a hard-wrapped technique paragraph joined onto the
        # label's line ('Procedure: Consent was signed ... Prone. Under fluoroscopy ... the left L5-S1 foramen') names
        # them later on its line
        if stop_at is None and any(t.text == "." for t in first):
            return False  # a sentence must end with more of the line after it: 'Procedure: see below.' is no narrative
        scope = line_end
        if stop_at is None or any(_LEVEL_OR_SIDE.match(t.text) for t in doc[start:stop_at]):
            # a comma-spliced technique sentence ('Procedure: The patient had been placed prone and the skin prepared,
            # under fluoroscopy, the right L4-5 facet joint ...'; round 15, metamorphic comma_splice): narrative when its
            # first clause opens on the patient or the team and names no level or side
            comma = next((t.i for t in doc[start:stop_at if stop_at is not None else line_end]
                          if t.text in (",", ";")), None)
            if comma is None or doc[start].lower_ not in _NARRATIVE_OPENERS \
                    or any(_LEVEL_OR_SIDE.match(t.text) for t in doc[start:comma]):
                return False
            scope = comma
        group = doc.spans[TARGET_GROUP] if TARGET_GROUP in doc.spans else ()
        return not any(span.label_ == "PROC" and start <= span.start < scope for span in group)

    @staticmethod
    def _wrapped_first_sentence(doc: Doc, line_end: int, stop: int) -> tuple[int | None, int]:
        """(the stop closing the first sentence, the end of its line) when a hard wrap carries the field's first
        sentence onto lines that go on in lower case ('Procedure: The patient had been placed prone and the skin
        prepared' + newline + 'with chlorhexidine. Under fluoroscopy, ...'), at most three lines on, and more of
        that line follows its stop; (None, line_end) otherwise."""
        i = line_end
        for _ in range(3):
            if i >= stop or not (doc[i].is_space and "\n" in doc[i].text and doc[i].text.count("\n") == 1):
                return None, line_end
            i += 1
            if i >= stop or not doc[i].text[:1].islower():
                return None, line_end
            end = i
            while end < stop and not (doc[end].is_space and "\n" in doc[end].text):
                end += 1
            dot = next((t.i for t in doc[i:end] if t.text == "." and t.i + 1 < end), None)
            if dot is not None:
                return dot, end
            if any(t.text == "." for t in doc[i:end]):
                return None, line_end  # the sentence closes its line: a wrapped title ('... steroid' + 'injection.')
            i = end
        return None, line_end

    def _code_closed_end(self, doc: Doc, start: int, stop: int) -> int:
        """Where a diagnosis field written inline ends when its first line goes on past the sentence that closes
        on its ICD-10 code ('Dx: sacroiliitis, right (M46.1). Time-out. 22 g needle ...'): the token after that
        sentence, else `stop`."""
        if start >= stop:
            return stop
        text = text_of(doc)  # the note's own string: `doc.text` would rebuild it from the tokens
        first = doc[start].idx
        line_end = text.find("\n", first)
        limit = doc[stop - 1].idx + len(doc[stop - 1].text)
        m = _CODE_CLOSES.search(text, first, limit if line_end < 0 else min(line_end, limit))
        if m is None:
            return stop
        for tok in doc[start:stop]:
            if tok.idx >= m.end():
                return tok.i
        return stop

    def _title_sentence_end(self, doc: Doc, start: int, stop: int) -> int:
        """Where a provider line read as the title ends when the physician's paragraph goes on past the sentence that
        names the procedure ('Physician: Bilateral L5-S1 TFESI ... (M54.17). Five months of pain ... Physical therapy
        ...'): the history after it is the note's body, not title text that hides it from the necessity readers. The
        sentence must end after the first procedure name ('Rt. L5-S1 TFESI' keeps its side) and a capital must follow."""
        group = doc.spans[TARGET_GROUP] if TARGET_GROUP in doc.spans else ()
        named = min((span.end for span in group if span.label_ == "PROC" and start <= span.start < stop), default=stop)
        for i in range(named, stop - 1):
            if doc[i].text != ".":
                continue
            j = i + 1
            while j < stop and doc[j].is_space:
                j += 1
            if j < stop and (doc[i].whitespace_ or j > i + 1) and doc[j].text[:1].isupper() and doc[j].text != "Dr":
                return i + 1
        return stop

    def _names_procedure(self, doc: Doc, start: int, stop: int) -> bool:
        """Whether the header's own line opens with a procedure name: a procedure target starts
        within its first `_TITLE_LEAD` tokens with no clause break before it ('FLUOROSCOPIC GUIDED
        RIGHT L5-S1 TRANSFORAMINAL ...'), unlike an exam finding that mentions one later
        ('Tenderness over the facets; prior facet injection helped')."""
        while start < stop and doc[start].is_space:  # 'EXAM:' alone on its line, the name on the next
            start += 1
        label = next((t.i for t in doc[start:min(stop, start + _LABEL_LEAD)] if t.text == ":"), None)
        if label is not None:  # 'PHYSICIAN: Procedure: left knee injection': a label of the value comes first
            start = label + 1
        limit, stop = stop, min(stop, start + _TITLE_LEAD)
        i = start
        while i < stop:
            tok = doc[i]
            if tok.text == "," and start < i < limit - 1 and _LEVEL.match(doc[i - 1].text) \
                    and _LEVEL.match(doc[i + 1].text):
                stop = min(limit, stop + 1)  # a level list ('LEFT L3-L4, L4-L5 AND L5-S1 MEDIAL BRANCH BLOCKS')
            elif (tok.is_space and "\n" in tok.text) or tok.text in _CLAUSE_BREAKS:
                stop = i
                break
            i += 1
        group = doc.spans[TARGET_GROUP] if TARGET_GROUP in doc.spans else ()
        return any(span.label_ == "PROC" and start <= span.start < stop for span in group)

    def __call__(self, doc: Doc) -> Doc:
        """Sections as medspaCy `Section`s on `doc._.sections`, without the per-token attributes
        the parent sets (Painpoint looks sections up by offset; setting an attribute on every
        token cost more than all the matching).

        A radiology report names its procedure on an 'EXAM:' / 'STUDY:' line ('EXAM: FLUOROSCOPIC
        GUIDED RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION'): a header of a category in
        `title_if_procedure` (sections.yaml) whose own line names a procedure is that note's title,
        while 'Exam: tenderness over the facets' stays a physical exam."""
        matcher = self._Sectionizer__matcher  # medspaCy 1.3.1's matcher (pinned in pyproject)
        matches = self.filter_start_lines(doc, match(matcher, doc))
        if matches and self.document_titles and self._document_title(doc, matches[0][1], matches[0][2]):
            matches = matches[1:]  # the document's name over the note: its title, part of the unlabelled opening
        sections: list[Section] = []
        if not matches or matches[0][1] != 0:
            sections.append(Section(None, 0, 0, 0, matches[0][1] if matches else len(doc)))
        n = len(doc)
        for i, (match_id, start, end) in enumerate(matches):
            rule = matcher.rule_map[self.nlp.vocab.strings[match_id]]
            next_start = max(end, matches[i + 1][1] if i + 1 < len(matches) else n)
            stop = next_start
            if end < n and not (doc[end].is_space and "\n" in doc[end].text):
                stop = _paragraph_end(doc, end, next_start)  # inline field: ends with its paragraph
            category = rule.category
            if category in self.header_ends_at_field and end < n and doc[end].is_space and "\n" in doc[end].text:
                stop = _field_line_start(doc, end, stop)  # 'MRI:' + newline + 'R L4-5 protrusion.' + newline + 'Prior: ...'
            if category in self.list_ends_at_prose and end < n and doc[end].is_space and "\n" in doc[end].text:
                stop = _list_prose_start(doc, end, stop)  # 'Diagnoses:' + a numbered list + blank line + dictated prose
            if category in self.field_ends_at_code and stop > end and not (doc[end].is_space and "\n" in doc[end].text):
                stop = self._code_closed_end(doc, end, stop)
            elif category in self.field_ends_at_code and end + 1 < stop and doc[end - 1].text in _LINE_END_DASHES \
                    and doc[end].text.count("\n") == 1 and not doc[end].text.strip(" \t\n"):
                # 'Assessment -' left at a line end by a hard wrap, its value on the next line ('sacroiliitis, right /
                # M46.1.  Consent signed. ...'): the field is inline all the same and ends with its code's sentence
                stop = self._code_closed_end(doc, end + 1, stop)
            if category in self.title_if_procedure and stop > end and self._names_procedure(doc, end, stop):
                category = "procedure"
                stop = self._title_sentence_end(doc, end, stop)
            elif category in self.technique_unless_named and stop > end and self._narrative_line(doc, end, stop):
                category = "technique"
            sections.append(Section(category, start, end, end, stop, None, rule))
            if stop < next_start:
                sections.append(Section(None, stop, stop, stop, next_start, None, None))
        doc._.sections = sections
        return doc


def _bracket_number(doc: Doc, i: int, limit: int) -> bool:
    """Whether a bracketed item number starts at token `i` ('[2] L GON block, landmark'): a numbered list item opens a
    new line's item, as a bullet does (a tick-box grid '[ ] Right  [X] Left' stays in its field)."""
    return i + 2 < limit and doc[i].text == "[" and doc[i + 1].text.isdigit() and len(doc[i + 1].text) <= 2 \
        and doc[i + 2].text == "]"


# A line after the first of a section that opens a 'Label: value' field: a capitalised label of one to four words, a
# colon, then the value on the same line (a clock time '10:42' has no label of letters) or on the next ('PAIN DURATION:').
_FIELD_LINE = re.compile(r"\n[ \t]*[A-Z][A-Za-z/()-]*\.?(?:[ \t]+[A-Za-z/()-]+){0,3}[ \t]*:(?:[ \t]+(?=\S)|[ \t]*(?=\n))")


def _field_line_start(doc: Doc, start: int, limit: int) -> int:
    """Where a header alone on its line ends (`header_ends_at_field`): at the first token of a later line that opens a
    'Label: value' field ('DX:' + newline + 'lumbar spondylosis M47.816' + newline + 'Background: 12 months ...'), else
    `limit`. The body's own first line never ends it."""
    if start >= limit:
        return limit
    text = text_of(doc)
    first = text.find("\n", doc[start].idx + len(doc[start].text))  # the end of the body's first line
    end_char = doc[limit - 1].idx + len(doc[limit - 1].text)
    if first < 0 or first >= end_char:
        return limit
    m = _FIELD_LINE.search(text, first, end_char)
    if m is None:
        return limit
    at = m.start() + 1
    for i in range(start, limit):
        if doc[i].idx >= at and not doc[i].is_space:
            return i
    return limit


# A list item's mark at a line's start: '1.', '2)', '-', '*', a bullet sign.
_LIST_MARK = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*\u2022\u25cf\u25aa])[ \t]")
# A blank line and the line after it.
_BLANK_THEN_LINE = re.compile(r"\n[ \t]*\n\s*(?=\S)")


def _list_prose_start(doc: Doc, start: int, limit: int) -> int:
    """Where a list under a header alone on its line ends (`list_ends_at_prose`): at the first token of a line that
    follows a blank line and opens with no list mark ('Diagnoses:' + newline + '1. ...' + newline + '2. ...' + blank
    line + 'She returns for a repeat injection.'), else `limit`. The body must open with a list mark: a header over prose
    keeps its paragraphs, and a line opening a 'Label: value' field is left to `_field_line_start`."""
    if start >= limit:
        return limit
    text = text_of(doc)
    begin = doc[start].idx + len(doc[start].text)
    end_char = doc[limit - 1].idx + len(doc[limit - 1].text)
    if not _LIST_MARK.match(text, begin) or end_char <= begin:
        return limit
    for m in _BLANK_THEN_LINE.finditer(text, begin, end_char):
        at = m.end()
        if _LIST_MARK.match(text, at) or _FIELD_LINE.match(text, at - 1):
            continue
        for i in range(start, limit):
            if doc[i].idx >= at and not doc[i].is_space:
                return i
        return limit
    return limit


# A flowsheet row opening a line: a clock time, then the row's words ('09:02  Midazolam 1 mg IV', '0905 | fentanyl').
_CLOCK_ROW = re.compile(r"(?:(?:[01]?\d|2[0-3]):[0-5]\d[ \t]*(?:[|\u2013-][ \t]*)?|(?:[01]\d|2[0-3])[0-5]\d[ \t]*[|\u2013-][ \t]*)"
                        r"(?:[ \t]*[A-Za-z])")


def _paragraph_end(doc: Doc, start: int, limit: int) -> int:
    """Where an inline field ("Diagnosis: ... M47.816.") ends and unlabelled text resumes: at a
    blank line, or at a line break after a complete line (one ending in punctuation, or followed
    by a bullet or a capital), or at a semicolon before the next inline "Label:" on the same line. A line that breaks
    mid-sentence (hard-wrapped prose) continues."""
    text = None
    for i in range(start, limit):
        tok = doc[i]
        if tok.text == ";" and next_field_after(text or (text := text_of(doc)), tok.idx):
            return i + 1  # "Proc: R SI joint inj; Intent: therapeutic; ...": the next inline field starts
        if not (tok.is_space and "\n" in tok.text):
            continue
        if i + 1 >= limit:
            return i
        nxt = doc[i + 1].text
        if tok.text.count("\n") >= 2:
            if nxt[:1].islower() and i > start and line_left_open(text_of(doc), tok.idx):
                continue  # a stray blank line inside a sentence ("Cannot" + blank line + "stand through a service")
            return i
        prev = doc[i - 1].text if i > start else ""
        if prev[-1:] in ".:;!?)" or _BULLET.match(nxt) or _bracket_number(doc, i + 1, limit):
            return i
        if nxt[:1].isupper() and not line_wraps_into(text or (text := text_of(doc)), tok.idx, nxt):
            return i  # a capital after a complete line; not '... into the right' + newline + 'L5-S1 foramen'
        if nxt[:1].isdigit() and (_CLOCK_ROW.match(text or (text := text_of(doc)), doc[i + 1].idx)
                                  and not line_left_open(text, tok.idx) or clock_entry(text, doc[i + 1].idx)):
            return i  # 'Reason: needle phobia' over a flowsheet's rows ('09:02  Midazolam 1 mg IV'): its own line (gap19),
            # also after a wrapped reason ('... for the' + 'procedure' + '0902  Midazolam 1 mg IV'; gap20)
    return limit


@Language.factory("painpoint_sections", default_config={"rules": "sections.yaml"})
def create_sections(nlp: Language, name: str, rules: str) -> Sectionizer:
    """Header-shaped section matches only (see HeaderSectionizer)."""
    sectionizer = HeaderSectionizer(nlp, name=name, rules=None, require_start_line=True, span_attrs=None)
    sectionizer.add(section_rules(nlp, rules))
    sectionizer.title_if_procedure = title_if_procedure_categories(rules)
    sectionizer.qualified_label = qualified_label_categories(rules)
    sectionizer.field_ends_at_code = field_ends_at_code_categories(rules)
    sectionizer.technique_unless_named = technique_unless_named_categories(rules)
    sectionizer.header_ends_at_field = header_ends_at_field_categories(rules)
    sectionizer.list_ends_at_prose = list_ends_at_prose_categories(rules)
    sectionizer.document_titles = document_title_phrases(rules)
    return sectionizer
