"""Which sentences of a note the matcher looks at.

Medical necessity is written in the history, indication, imaging and exam parts of a note,
not in the technique paragraph; limiting the matcher to those sections is both more precise
and most of its speed on a 3,000-character note. A note with no recognised sections (or a
single sentence) is read whole.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from spacy.tokens import Doc, Span, Token

#: Section categories read by default: the rule pipeline's (nlp/resources/sections.yaml) and
#: medspaCy's default names for the same parts.
DEFAULT_SECTIONS: tuple[str, ...] = (
    "indications",
    "history",
    "imaging",
    "exam",
    "pre_op_diagnosis",
    "diagnosis",
    "history_of_present_illness",
    "reason_for_examination",
    "chief_complaint",
    "physical_exam",
    "neurological",
    "labs_and_studies",
)


SKIP_CUES_PATH = Path(__file__).resolve().parent / "resources" / "skip_cues.txt"


@lru_cache(maxsize=4)
def skip_pattern(path: Path = SKIP_CUES_PATH) -> re.Pattern[str] | None:
    """One regex for the technique/logistics cues in `path` (None when the file lists none)."""
    cues = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip().lower()
        if not line or line.startswith("#"):
            continue
        body = re.escape(line.rstrip("*")).replace(r"\ ", r"\s+")
        cues.append(body + (r"\w*" if line.endswith("*") else r"\b"))
    return re.compile(r"\b(?:" + "|".join(cues) + ")", re.IGNORECASE) if cues else None


def _sections_of(doc: Doc) -> tuple[list[str | None], set[int]] | None:
    """(section category per token, token indices of section titles), or None when the doc
    was not sectioned. Reads medspaCy `Section`s on ``doc._.sections`` (the rule pipeline's
    sectionizer) or, failing that, medspaCy's per-token ``section_category``."""
    if Doc.has_extension("sections"):
        sections = doc._.get("sections") or []
        if any(getattr(sec, "category", None) is not None for sec in sections):
            cats: list[str | None] = [None] * len(doc)
            titles: set[int] = set()
            for sec in sections:
                for i in range(max(0, sec.title_start), min(len(doc), sec.body_end)):
                    cats[i] = sec.category
                titles.update(range(max(0, sec.title_start), min(len(doc), sec.title_end)))
            return cats, titles
    if Token.has_extension("section_category"):
        token_cats = [t._.section_category for t in doc]
        if any(c is not None for c in token_cats):
            return token_cats, set()
    return None


def _sentences(doc: Doc) -> Iterable[Span]:
    if doc.has_annotation("SENT_START"):
        return doc.sents
    return [doc[:]]


#: Section labels cut from the start of a sentence ("HISTORY: She has ..."). Content labels such
#: as "MRI:" stay: they are part of the statement.
HEADER_LABELS = frozenset(
    {
        "history", "hpi", "history of present illness", "interval history", "indication", "indications",
        "indication for procedure", "indications for procedure", "reason for procedure", "chief complaint",
        "cc", "subjective", "exam", "physical exam", "examination", "assessment", "impression",
        "diagnosis", "diagnoses", "pre-procedure diagnosis", "preoperative diagnosis", "pre-op diagnosis",
        "imaging", "studies", "medical necessity",
    }
)  # fmt: skip


def trim(sent: Span, titles: set[int] | frozenset[int] = frozenset()) -> Span:
    """The sentence without surrounding whitespace and without a leading section label, so
    that the embedding and the evidence cover what the clinician wrote, not the template."""
    start, end = sent.start, sent.end
    doc = sent.doc
    while start < end and (doc[start].is_space or start in titles):
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    for i in range(start, min(start + 6, end)):
        if doc[i].text == ":":
            if doc[start:i].text.lower().strip() in HEADER_LABELS:
                start = i + 1
            break
    while start < end and doc[start].is_space:
        start += 1
    return doc[start:end]


def candidate_sentences(
    doc: Doc,
    sections: Iterable[str] = DEFAULT_SECTIONS,
    include_unsectioned: bool = True,
    min_words: int = 3,
    max_chars: int = 600,
    skip_cues: bool = True,
) -> list[tuple[Span, str | None]]:
    """(sentence, section category) pairs worth classifying, in document order."""
    wanted = frozenset(sections)
    skip = skip_pattern() if skip_cues else None
    found = _sections_of(doc)
    cats, titles = found if found is not None else (None, set())
    out: list[tuple[Span, str | None]] = []
    wanted_before: list[int] | None = None
    if cats is not None:
        # Prefix counts of tokens in a wanted section: a sentence with none is skipped before
        # the (comparatively costly) trimming and word counting; most of a note is technique.
        wanted_before = [0]
        for cat in cats:
            ok = cat in wanted if cat is not None else include_unsectioned
            wanted_before.append(wanted_before[-1] + ok)
    alpha_before = [0]  # prefix counts of alphabetic tokens: a sentence's word count in O(1)
    for token in doc:
        alpha_before.append(alpha_before[-1] + token.is_alpha)
    for raw in _sentences(doc):
        if wanted_before is not None and wanted_before[raw.end] == wanted_before[raw.start]:
            continue
        sent = trim(raw, titles)
        if len(sent) == 0:
            continue
        words = alpha_before[sent.end] - alpha_before[sent.start]
        if words < min_words or len(sent.text) > max_chars:
            continue
        if skip is not None and skip.search(sent.text):
            continue
        section = cats[sent.start] if cats is not None else None
        if cats is not None and (section not in wanted if section is not None else not include_unsectioned):
            continue
        out.append((sent, section))
    return out
