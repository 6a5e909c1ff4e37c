"""Import spaCy and medspaCy without the heavy optional libraries they pull in at import time.

thinc (under spaCy) probes for PyTorch and medspaCy imports QuickUMLS, which loads NLTK, SciPy
and scikit-learn. Painpoint uses neither (rule components only), yet together they cost seconds
of start-up, which matters for a CLI that reads one note. While spaCy and medspaCy are first
imported, `torch` is reported missing and `quickumls` is replaced by an empty stand-in; both are
removed from `sys.modules` afterwards, so code that really needs them can still import them.
spaCy's own package imports its command-line package (`spacy.cli`: typer, requests, project and training
commands; a quarter of its import) only to offer `spacy.info`; while spaCy is first imported, `spacy.cli` is an
empty stand-in whose `info` imports the real one when called, and `import spacy.cli` afterwards imports the real
package. If spaCy or medspaCy is already imported this does nothing.

Three more libraries are imported at spaCy's and medspaCy's import only for paths a rules pipeline never takes
(together a tenth of a warm load): `langcodes` (spaCy matches an unknown language name with it), `tqdm` (progress bars
of spaCy's training) and medspaCy's sentence splitters (`medspacy.sentence_splitting`: PyRuSH with loguru and asyncio,
and pySBD; Painpoint splits sentences itself, `nlp.sentences`). While spaCy and medspaCy are first imported each is a
stand-in: `langcodes` and `tqdm` import the real module at the first attribute asked of them; the splitters' module
offers `PyRuSHSentencizer` as a function that imports the real one when called, and `medspacy.load` imports the real
splitters first (their spaCy factories, `medspacy_pyrush` and `medspacy_pysbd`, are registered at their import).
Afterwards `import langcodes`, `import tqdm` and `import medspacy.sentence_splitting` import the real modules.
"""

from __future__ import annotations

import functools
import importlib
import sys
import types
from typing import Any, Callable

_SPLITTERS = "medspacy.sentence_splitting"


def _spacy_info(*args: object, **kwargs: object) -> object:
    """`spacy.info`, importing spaCy's command-line package when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _OnFirstUse(types.ModuleType):
    """Stand-in for a module that the importing library reaches only on rare paths (an attribute looked up inside a
    function): the real module is imported at the first attribute asked, once the stand-in has left `sys.modules`."""

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__") or sys.modules.get(self.__name__) is self:
            raise AttributeError(attr)  # dunders (introspection), or asked while the stand-in is still in place
        return getattr(importlib.import_module(self.__name__), attr)


def _pyrush_sentencizer(*args: object, **kwargs: object) -> object:
    """`medspacy.sentence_splitting.PyRuSHSentencizer(...)`, importing medspaCy's sentence splitters when called."""
    from medspacy.sentence_splitting import PyRuSHSentencizer

    return PyRuSHSentencizer(*args, **kwargs)


def _with_splitters(load: Callable[..., Any]) -> Callable[..., Any]:
    """`medspacy.load`, importing medspaCy's sentence splitters first (their import registers the spaCy factories
    `medspacy.load` adds by name)."""

    @functools.wraps(load)
    def wrapper(*args: object, **kwargs: object) -> Any:
        importlib.import_module(_SPLITTERS)
        return load(*args, **kwargs)

    return wrapper


def import_rule_stack() -> None:
    """Import spacy and medspacy lean (idempotent)."""
    if "medspacy" in sys.modules and "spacy" in sys.modules:
        return
    hidden: dict[str, object] = {}
    if "torch" not in sys.modules and "spacy" not in sys.modules:
        hidden["torch"] = None  # `import torch` raises ImportError; thinc then runs without it
    if "quickumls" not in sys.modules and "medspacy" not in sys.modules:
        stub = types.ModuleType("quickumls")
        stub.__path__ = []  # type: ignore[attr-defined]
        stub.spacy_component = types.ModuleType("quickumls.spacy_component")  # type: ignore[attr-defined]
        hidden["quickumls"] = stub
        hidden["quickumls.spacy_component"] = stub.spacy_component  # type: ignore[attr-defined]
    if "spacy" not in sys.modules and "spacy.cli" not in sys.modules:
        cli = types.ModuleType("spacy.cli")
        cli.__path__ = []  # type: ignore[attr-defined]
        info = types.ModuleType("spacy.cli.info")
        info.info = _spacy_info  # type: ignore[attr-defined]
        hidden["spacy.cli"] = cli
        hidden["spacy.cli.info"] = info
    for name in ("langcodes", "tqdm"):
        if name not in sys.modules and "spacy" not in sys.modules:
            hidden[name] = _OnFirstUse(name)
    splitters = None
    if _SPLITTERS not in sys.modules and "medspacy" not in sys.modules:
        splitters = _OnFirstUse(_SPLITTERS)
        splitters.PyRuSHSentencizer = _pyrush_sentencizer  # type: ignore[attr-defined]  (medspacy.components' import)
        hidden[_SPLITTERS] = splitters
    sys.modules.update(hidden)  # type: ignore[arg-type]
    try:
        import spacy  # noqa: F401
        import medspacy  # noqa: F401
    finally:
        for name, stub in hidden.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    if splitters is not None:
        import medspacy.util

        if getattr(medspacy, "sentence_splitting", None) is splitters:
            del medspacy.sentence_splitting  # the next `import medspacy.sentence_splitting` imports the real one
        medspacy.load = medspacy.util.load = _with_splitters(medspacy.util.load)
