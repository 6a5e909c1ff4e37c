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
"""

from __future__ import annotations

import sys
import types


def _spacy_info(*args: object, **kwargs: object) -> object:
    """`spacy.info`, importing spaCy's command-line package when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


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
    sys.modules.update(hidden)  # type: ignore[arg-type]
    try:
        import spacy  # noqa: F401
        import medspacy  # noqa: F401
    finally:
        for name in hidden:
            sys.modules.pop(name, None)
