"""Analysis does not import spaCy's command-line package (`nlp.lean_imports`), yet it stays importable.

`import spacy` imports `spacy.cli` (typer, requests, the project and training commands) only to offer `spacy.info`:
a quarter of spaCy's import time at every CLI call and server start. Run in a fresh interpreter, as a module that
imported spaCy first would hide the difference.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import sys
import nlp
nlp.extract("Left knee injection.")
import spacy
print("spacy.cli" in sys.modules, "typer" in sys.modules, "requests" in sys.modules, hasattr(spacy, "cli"))
import spacy.cli
from spacy.cli.info import info
print(callable(spacy.cli.download), spacy.info is not info, "spacy.cli" in sys.modules)
print(spacy.info(markdown=False, silent=True)["spacy_version"] == spacy.__version__)
"""


def test_analysis_leaves_spacy_cli_unloaded_but_importable() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         check=True)
    assert out.stdout.strip().splitlines()[-3:] == ["False False False False", "True True True", "True"]
