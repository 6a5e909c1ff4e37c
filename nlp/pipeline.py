"""Build Painpoint's spaCy pipeline once per process.

blank English + clinical tokenizer → fast sentence splitter → target matcher (procedures, drugs,
imaging, ...; phrase and regex rules) → ConText → sectionizer → measures (levels, sides, doses, scores, ...) → facts.
Only rule components: no statistical model is loaded, which keeps load time and memory small.
"""

from __future__ import annotations

import threading

from nlp.lean_imports import import_rule_stack

import_rule_stack()

import spacy  # noqa: E402
from spacy.language import Language

import nlp.components  # noqa: F401,E402  (registers factories)
import nlp.facts_component  # noqa: F401,E402
import nlp.measures  # noqa: F401,E402
import nlp.sentences  # noqa: F401,E402
from nlp import rule_cache  # noqa: E402
from nlp.extensions import register_extensions  # noqa: E402
import nlp.tokenizer  # noqa: F401,E402  (registers painpoint.clinical_tokenizer.v1)

PIPE_NAMES = (
    "painpoint_sentences",
    "painpoint_targets",
    "painpoint_regex_targets",
    "painpoint_context",
    "painpoint_sections",
    "painpoint_measures",
    "painpoint_facts",
)

_lock = threading.Lock()
_pipeline: Language | None = None


def build_pipeline(components: tuple[str, ...] = PIPE_NAMES) -> Language:
    """A fresh pipeline with the named components (tests and benchmarks build partial ones)."""
    register_extensions()
    # The clinical tokenizer named in the config: `spacy.blank("en")` would first build English's own tokenizer (over
    # a thousand special cases, a tenth of a load) only for it to be replaced.
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "painpoint.clinical_tokenizer.v1"}}})
    for name in components:
        nlp.add_pipe(name)
    rule_cache.save()  # the rules analysed for this build, for the next start (`nlp.rule_cache`; again at exit)
    return nlp


def get_pipeline() -> Language:
    """The process-wide pipeline, built on first use (thread-safe)."""
    global _pipeline
    if _pipeline is None:
        with _lock:
            if _pipeline is None:
                pipeline = build_pipeline()
                # The optional semantic matcher (opt-in, PAINPOINT_SEMANTIC=1) runs after the rule
                # components; without the extra or the switch it adds nothing and says why once.
                from nlp.semantic import add_to_pipeline

                add_to_pipeline(pipeline)
                _pipeline = pipeline
    return _pipeline
