"""Build Painpoint's spaCy pipeline once per process.

blank English + clinical tokenizer → fast sentence splitter → target matcher (procedures, drugs,
imaging, ...; phrase and regex rules) → ConText → sectionizer → measures (levels, sides, doses, scores, ...) → facts → presence verifier.
Rule components plus one numpy logistic regression (`nlp.presence`, loaded at the first note): no
statistical spaCy model and no torch, which keeps load time and memory small.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

from nlp import rule_cache
from nlp.lean_imports import import_rule_stack

# spaCy, medspaCy and the rule modules make objects that live as long as the process; collecting while they are made
# was a fifth of a warm load and finds nothing (`rule_cache.collector_paused`).
with rule_cache.collector_paused():
    import_rule_stack()

    import catalogue
    import spacy
    from spacy.language import Language
    from spacy.util import registry

    import nlp.components  # noqa: F401  (registers factories)
    import nlp.facts_component  # noqa: F401
    import nlp.measures  # noqa: F401
    import nlp.presence.component  # noqa: F401  (the learned presence verifier, numpy only)
    import nlp.sentences  # noqa: F401
    from nlp.extensions import register_extensions
    import nlp.tokenizer  # noqa: F401  (registers painpoint.clinical_tokenizer.v1)

PIPE_NAMES = (
    "painpoint_sentences",
    "painpoint_targets",
    "painpoint_regex_targets",
    "painpoint_context",
    "painpoint_sections",
    "painpoint_measures",
    "painpoint_facts",
    "painpoint_presence",
)

_lock = threading.Lock()
_pipeline: Language | None = None


@contextmanager
def own_registrations_only() -> Iterator[None]:
    """spaCy's registries without other packages' entry points while a Painpoint pipeline is built.

    spaCy looks every function a config names up among the entry points of all installed packages first, and a new
    `Language` imports every package that offers a component factory there: each lookup scans the metadata of every
    installed distribution, and pySBD, spacy-legacy (with tqdm) and spacy-loggers were imported only to be passed
    over (about a tenth of a warm load). A Painpoint pipeline is made of its own components, its own tokenizer and
    spaCy's built-ins, all registered in code by their imports, so what is built is the same (the config's `nlp` and
    `components` sections: tests/test_load_time.py; only the `training` defaults, never used by a rules pipeline, are
    filled without spacy-legacy's logger names), and no longer depends on which spaCy plugins happen to be installed.
    Restored after."""
    regs = [r for r in (getattr(registry, n) for n in dir(registry) if not n.startswith("__"))
            if isinstance(r, catalogue.Registry) and r.entry_points]
    for r in regs:
        r.entry_points = False
    try:
        yield
    finally:
        for r in regs:
            r.entry_points = True


def build_pipeline(components: tuple[str, ...] = PIPE_NAMES) -> Language:
    """A fresh pipeline with the named components (tests and benchmarks build partial ones)."""
    register_extensions()
    with own_registrations_only(), rule_cache.collector_paused():
        # The clinical tokenizer named in the config: `spacy.blank("en")` would first build English's own tokenizer
        # (over a thousand special cases, a tenth of a load) only for it to be replaced.
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
                # What is loaded now (libraries, rule programs, the pipeline) lives as long as the process; the
                # collector was paused while it was made, so left to itself its next full collections (during the
                # first note) walked it all again, and every later one does too. Frozen, it is never walked;
                # objects freed by reference counting are freed as before. No collection first: it would walk all of
                # it once more for the few dozen cyclic leftovers of the load (56 objects measured), kept instead.
                # (`api.app` freezes again after its warm-up analysis.)
                gc.freeze()
    return _pipeline
