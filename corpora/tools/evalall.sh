#!/usr/bin/env bash
# evalall.sh [FOLDER...]: one line per folder with code lines, laterality, level sets and finding F1 (TP/FP/FN),
# as `painpoint eval --json` scores them. Default: every development folder (dev, dev_extra, dev_fresh_*), never the
# held-out test split. Run from the repository root with the project's environment active; set PYTHONPATH to another
# checkout to score that checkout's code (e.g. a session-start worktree for a first reading).
set -euo pipefail
if [ $# -eq 0 ]; then set -- corpora/notes/dev corpora/notes/dev_extra corpora/notes/dev_fresh_*; fi
for f in "$@"; do
  [ -d "$f" ] || continue
  painpoint eval "$f" --json 2>/dev/null | FOLDER="$f" python -c '
import json, os, sys
d = json.load(sys.stdin); t = d["findings"]["overall"]; fl = d["fields"]
tp, fp, fn = t["tp"], t["fp"], t["fn"]
f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
name = os.environ["FOLDER"].rstrip("/").split("/")[-1]
n, codes, lat, lev = d["notes"], d["codes"]["exact_rate"], fl["laterality"]["note_accuracy"], fl["levels"]["note_accuracy"]
print(f"{name:16s} n={n:3d} codes={codes:.3f} lat={lat:.3f} lev={lev:.3f} F1={f1:.3f} tp/fp/fn={tp}/{fp}/{fn}")
'
done
