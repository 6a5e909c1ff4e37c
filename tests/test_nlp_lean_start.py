"""Rules-only analysis must not load PyTorch.

thinc probes for torch when spaCy is first imported; `nlp.lean_imports` hides it, but only if
spaCy is imported through `nlp.pipeline` first. A module importing spaCy earlier silently adds
about 270 MB of resident memory and seconds of start-up to every CLI call and server worker
(issue 3's memory budget is 350 MB), so this runs the real entry points in a fresh interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import sys
from api.pipeline import analyze_text
analyze_text("PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.")
import nlp
nlp.extract("Left knee injection.")
print("torch" in sys.modules, "transformers" in sys.modules)
"""


def test_rules_only_analysis_does_not_import_torch() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PAINPOINT_SEMANTIC"}
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False False"
