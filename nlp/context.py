"""What every fact builder needs about one processed note, gathered once.

`NoteContext` bundles the Doc, its section/sentence index, the target spans by label and the
raw measures, plus small helpers (evidence, assertion status) so each builder stays short.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import re
from typing import Callable

from spacy.tokens import Doc, Span

from coding.facts import Evidence
from nlp.components import CUE_GROUP, TARGET_GROUP
from nlp.cues import cue_text
from nlp.doc_index import NoteIndex
from nlp.fast_regex import compile_rule
from nlp.measures import Measures

# Sections whose mentions describe what was done today.
PERFORMED_SECTIONS = frozenset(
    {None, "procedure", "pre_procedure", "technique", "medications", "contrast", "fluoroscopy", "levels", "laterality", "target",
     "sedation", "anesthesia", "time_out", "complications", "pain_scores", "disposition", "consent"}
)
# Sections that describe the past, the plan or the diagnosis, never today's procedure.
NOT_PERFORMED_SECTIONS = frozenset(
    {"history", "indications", "follow_up", "diagnosis", "pre_op_diagnosis", "post_op_diagnosis", "imaging",
     "exam", "attestation", "provider", "allergies", "medication_list", "encounter", "billing", "teaching",
     "query"}
)


# What practice in general does, not today's act ('... are typically used for interlaminar injections', 'published
# series commonly use ...', 'Protocol: ... in this clinic use ...', 'pulsed RF ... is thought to modulate the nerve';
# lexicon `general_practice`, round 22, pub22), unless the same words tell today's act (`general_practice_given`).
_GENERAL_PRACTICE = compile_rule(cue_text("general_practice"), re.IGNORECASE | re.MULTILINE)
_GENERAL_PRACTICE_GIVEN = compile_rule(cue_text("general_practice_given"), re.IGNORECASE)
_CLAUSE_CUT = compile_rule(r";|,?\s+but\s+", re.IGNORECASE)


def told_as_general_practice(ctx: "NoteContext", char: int, clause: bool = False) -> bool:
    """Whether the sentence at `char` (its clause, cut at semicolons and 'but', when `clause`) tells what practice in
    general uses (a published page's background paragraph or a clinic's protocol: 'Particulate steroids such as
    triamcinolone 40 to 80 mg are typically used for interlaminar injections', 'interlaminar epidural injections in
    published series commonly use ...', 'Pulsed RF has been reported for patients with pacemakers'), not what was done
    today: its procedure, doses and technique are no claim's. Words that also tell today's act ('was injected', 'we
    used', 'today', 'this patient') keep it today's (round 22, pub22, c7-042, c7-044, d7-041, d7-044)."""
    text, idx = ctx.text, ctx.idx
    s, e = idx.sentence_at(char)
    s = min(s, idx.line_at(char)[0])  # a 'Protocol:' label the sentence splitter set apart
    cs = max([s, *(m.end() for m in _CLAUSE_CUT.finditer(text, s, char))])
    ce = next((m.start() for m in _CLAUSE_CUT.finditer(text, char, e)), e)
    # today's act is read in the clause only ('Typical doses are 40 to 80 mg of triamcinolone; she has diabetes, so a
    # smaller dose was chosen': the first clause stays general)
    return bool(_GENERAL_PRACTICE.search(text, cs, ce) if clause else _GENERAL_PRACTICE.search(text, s, e)) \
        and not _GENERAL_PRACTICE_GIVEN.search(text, cs, ce)


@dataclass(frozen=True)
class Status:
    """A span's rule metadata and ConText status, read once (spaCy's `span._` is slow to query)."""

    meta: dict
    is_negated: bool
    is_historical: bool
    is_hypothetical: bool
    is_family: bool
    is_uncertain: bool


@dataclass(eq=False)
class Target:
    """What the fact builders need of a target span: offsets, text, label and `_` (its Status)."""

    start_char: int
    end_char: int
    text: str
    label_: str
    _: Status

    @classmethod
    def of(cls, span: Span, defaults: tuple | None | bool = False) -> "Target":
        """`defaults`: `_plain_defaults()` when the caller has it (read once per note)."""
        u = span._
        if defaults is False:
            defaults = _plain_defaults()
        if defaults is not None:
            # What `u.<name>` returns for a plain (default-valued) extension, without its lookups.
            get, start, end = u._doc.user_data.get, u._start, u._end
            rule, neg, hist, hypo, fam, unc = (get(("._.", n, start, end), d) for n, d in defaults)
        else:
            rule, neg, hist, hypo, fam, unc = (u.target_rule, u.is_negated, u.is_historical, u.is_hypothetical,
                                               u.is_family, u.is_uncertain)
        status = Status(rule.metadata or {}, bool(neg), bool(hist), bool(hypo), bool(fam), bool(unc))
        return cls(span.start_char, span.end_char, span.text, span.label_, status)


_STATUS_EXTENSIONS = ("target_rule", "is_negated", "is_historical", "is_hypothetical", "is_family", "is_uncertain")


def _plain_defaults() -> tuple[tuple[str, object], ...] | None:
    """(name, default) of the Span extensions `Target.of` reads, when every one is a plain value
    extension (no getter, method or setter) with an immutable default, so that spaCy's `span._.name`
    is `doc.user_data.get(("._.", name, start_char, end_char), default)`; else None."""
    out = []
    for name in _STATUS_EXTENSIONS:
        ext = Span.get_extension(name)
        if ext is None:
            return None
        default, method, getter, setter = ext
        if method is not None or getter is not None or setter is not None or isinstance(default, (dict, list, set)):
            return None
        out.append((name, default))
    return tuple(out)


def _trusted_evidence_factory() -> Callable[[int, int, str, str | None], Evidence]:
    """What `Evidence.model_construct(start=, end=, text=, section=)` builds, without its per-call
    walk over the fields (aliases, defaults): the four values become the instance `__dict__` and
    fields-set, as pydantic does. Used only while Evidence is that plain (no aliases, private
    attributes, post-init or extra fields); otherwise `model_construct` itself."""
    fields = Evidence.__pydantic_fields__
    plain = (list(fields) == ["start", "end", "text", "section"]
             and all(f.alias is None and f.validation_alias is None for f in fields.values())
             and not Evidence.__pydantic_root_model__ and not Evidence.__pydantic_post_init__
             and not Evidence.__private_attributes__ and Evidence.model_config.get("extra") != "allow")
    if not plain:
        return lambda start, end, text, section: Evidence.model_construct(start=start, end=end, text=text,
                                                                          section=section)
    new, set_attr = Evidence.__new__, object.__setattr__

    def make(start: int, end: int, text: str, section: str | None) -> Evidence:
        ev = new(Evidence)
        set_attr(ev, "__dict__", {"start": start, "end": end, "text": text, "section": section})
        set_attr(ev, "__pydantic_fields_set__", {"start", "end", "text", "section"})
        set_attr(ev, "__pydantic_extra__", None)
        set_attr(ev, "__pydantic_private__", None)
        return ev

    return make


trusted_evidence = _trusted_evidence_factory()


def asserted(span: Span | Target) -> bool:
    """True when ConText found no negation, history, hypothesis, uncertainty or family modifier."""
    u = span._
    return not (u.is_negated or u.is_historical or u.is_hypothetical or u.is_family or u.is_uncertain)


@dataclass
class NoteContext:
    doc: Doc
    idx: NoteIndex
    m: Measures
    targets: dict[str, list[Target]] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc) -> "NoteContext":
        idx = NoteIndex.build(doc)
        m: Measures = doc._.measures or Measures()
        idx.placeholders = [(p.start, p.end) for p in m.placeholders]
        by_label: dict[str, list[Target]] = {}
        defaults = _plain_defaults()
        text, get = idx.text, doc.user_data.get
        for group in (TARGET_GROUP, CUE_GROUP):
            for span in doc.spans.get(group, []):
                start, end = span.start_char, span.end_char
                if idx.placeholders and idx.in_placeholder(start, end):
                    continue
                if defaults is None or span.end == span.start:
                    target = Target.of(span, None)
                else:  # as `Target.of(span, defaults)`, with the text sliced from the note (same string)
                    rule, neg, hist, hypo, fam, unc = [get(("._.", n, start, end), d) for n, d in defaults]
                    status = Status(rule.metadata or {}, bool(neg), bool(hist), bool(hypo), bool(fam), bool(unc))
                    target = Target(start, end, text[start:end], span.label_, status)
                by_label.setdefault(target.label_, []).append(target)
        for spans in by_label.values():
            spans.sort(key=lambda s: s.start_char)
        return cls(doc, idx, m, by_label)

    @property
    def text(self) -> str:
        return self.idx.text

    def spans(self, label: str) -> list[Target]:
        return self.targets.get(label, [])

    def ev(self, start: int, end: int) -> Evidence:
        """Evidence for text[start:end]. Built without validation: the offsets come from the text
        itself, and a note makes hundreds of these."""
        return trusted_evidence(start, end, self.idx.text[start:end], self.idx.category_at(start))

    def span_ev(self, span: Target) -> Evidence:
        return self.ev(span.start_char, span.end_char)

    def sentence_text(self, char: int) -> tuple[int, int, str]:
        s, e = self.idx.sentence_at(char)
        return s, e, self.idx.text[s:e]

    def sentence_ev(self, char: int, limit: int = 300) -> Evidence:
        """The sentence holding `char`, without a section header it may start with."""
        s, e = self.idx.sentence_at(char)
        sec = self.idx.section_at(char)
        if s < sec.body_start <= char:
            s = sec.body_start
            while s < e and self.idx.text[s] in " \t\n:":
                s += 1
        text = self.idx.text[s:e]
        stripped = text.rstrip()
        e = s + min(len(stripped), limit)
        return self.ev(s, e)

    def in_sentence(self, spans: list[Target], char: int) -> list[Target]:
        s, e = self.idx.sentence_at(char)
        return [x for x in spans if s <= x.start_char < e]
