"""Training of the presence verifier (``painpoint train presence``): the rules teach, the model generalises.

Labels: the current rule reader runs over the dev folders (never ``corpora/notes/test``) with the
verifier off; ``coding.documentation.evaluate`` is watched, and a sentence overlapping the evidence
of a MET requirement of element E is a positive for E. A note takes part for E only when a
requirement of E was evaluated there or its gold lists E (elsewhere "no evidence" says nothing).
In a note whose gold lists E every sentence is a negative (sentences with met evidence, e.g. for
the note's other procedure, are left out); elsewhere every sentence without met evidence is one,
except in a note where the rules flag E and the gold does not list it (a false finding of the rules:
some sentence documents E in words the rules miss), which takes no part for E.
A note also records the elements the checker would ASK the verifier about (`LabelledNote.asked`: a
presence-kind requirement of E failed having read nothing); for the elements training.yaml names under
``asked_listing_only`` the threshold's FPR counts only such listing notes (pvx: a listing note whose check
read a value -- a duration too short, a relief under the bar -- is never held back, and scoring it kept t_E
saturated near 1.0).

Fit: per element a class-balanced L2 logistic regression over unit-norm hashed uni+bigram bags
(scikit-learn, training only; inference is `model.PresenceModel.scores`). Threshold: folder-group
k-fold; the note score is the max over its sentences; t_E is the lowest t >= 0.5 with
TPR / (TPR + FPR) >= target_precision (TPR over notes documenting E, FPR over notes whose gold
lists E), then shifted by ``shift_log_odds``. All settings come from ``training.yaml``.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np
import yaml

from nlp.presence.model import PresenceModel
from nlp.semantic.prefilter import DIM, feature_indices

ROOT = Path(__file__).resolve().parents[2]
CONFIG_PATH = Path(__file__).resolve().parent / "training.yaml"
NOTES = ROOT / "corpora" / "notes"


def load_config(path: Path = CONFIG_PATH) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def dev_folders(exclude: Iterable[str] = ()) -> list[Path]:
    """dev, dev_extra and every dev_fresh_* folder; the test split is never among them."""
    names = ["dev", "dev_extra"] + sorted(p.name for p in NOTES.glob("dev_fresh_*"))
    skip = set(exclude) | {"test"}
    return [NOTES / n for n in names if n not in skip and (NOTES / n).is_dir()]


@dataclass
class LabelledNote:
    folder: str
    id: str
    sentences: list[str]
    gold: set[str]
    #: element -> (positive sentence indices, indices left out)
    labels: dict[str, tuple[set[int], set[int]]] = field(default_factory=dict)
    #: elements a presence-kind requirement failed for having read nothing: the verifier is asked only there
    asked: set[str] = field(default_factory=set)


def _read(text: str, dos: dt.date | None) -> tuple[Any, list[tuple[int, int, str]]]:
    """(facts, sentences) of one note: the steps of `nlp.extract`, keeping the Doc's sentences in
    the verifier's trimming; offsets stay in the normalised text, where the evidence is too."""
    from nlp.build_necessity import DOS_KEY
    from nlp.normalise import compact_spaces, normalise
    from nlp.pipeline import get_pipeline
    from nlp.presence.component import sentences

    nlp = get_pipeline()
    read, _ = compact_spaces(normalise(text))
    doc = nlp.make_doc(read)
    doc.user_data["painpoint_text"] = read
    if dos is not None:
        doc.user_data[DOS_KEY] = dos
    doc._.source = None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    sents = [(s.start_char, s.end_char, s.text) for s in sentences(doc)]
    facts = doc._.facts
    doc.user_data.clear()
    return facts, sents


def label_notes(folders: list[Path], elements: tuple[str, ...], wide: int) -> list[LabelledNote]:
    """Sentences and labels of every dev note (see the module docstring), with the verifier off."""
    import coding.documentation as documentation
    from api.evaluation import corpus_notes
    from coding.documentation import PRESENCE_CHECK_KINDS
    from coding.engine import propose

    records: list[tuple[str, str, list[tuple[int, int]]]] = []
    asked: set[str] = set()
    original = documentation.evaluate

    def watch(req: Any, ctx: Any) -> Any:
        result = original(req, ctx)
        if req.element in elements:
            records.append((req.element, result.status, [(e.start, e.end) for e in result.evidence]))
            if result.status == "unmet" and not result.evidence and req.check.kind in PRESENCE_CHECK_KINDS:
                asked.add(req.element)
        return result

    previous = os.environ.get("PAINPOINT_PRESENCE")
    os.environ["PAINPOINT_PRESENCE"] = "0"  # the teacher is the rules alone
    documentation.evaluate = watch
    out: list[LabelledNote] = []
    try:
        for folder in folders:
            for txt, gold in corpus_notes(folder):
                records.clear()
                asked.clear()
                facts, sents = _read(txt.read_text(encoding="utf-8"), gold.date_of_service)
                facts.encounter.payer = gold.payer
                facts.encounter.date_of_service = gold.date_of_service
                facts.encounter.place_of_service = gold.place_of_service
                propose(facts, payer=gold.payer, date_of_service=gold.date_of_service)
                note = LabelledNote(folder.name, txt.stem, [s[2] for s in sents], set(gold.finding_elements),
                                    asked=set(asked))
                for element in elements:
                    mine = [r for r in records if r[0] == element]
                    if not mine and element not in note.gold:
                        continue
                    spans = [(a, b) for _, status, ev in mine if status == "met" for a, b in ev if b - a <= wide]
                    pos = {i for i, (a, b, _) in enumerate(sents) if any(a < e and s < b for s, e in spans)}
                    if element in note.gold:
                        note.labels[element] = (set(), pos)
                    elif any(status == "met" for _, status, _ in mine) and not pos:
                        continue  # met without a sentence to show for it: no labels
                    elif not pos and any(status == "unmet" for _, status, _ in mine):
                        # The rules flag E but the gold says it is documented: a wording the rules miss
                        # sits in some sentence of this note. Calling every sentence a negative would teach
                        # the verifier that very wording is "not E"; which sentence it is, nobody marked.
                        continue
                    else:
                        note.labels[element] = (pos, set())
                out.append(note)
    finally:
        documentation.evaluate = original
        if previous is None:
            os.environ.pop("PAINPOINT_PRESENCE", None)
        else:
            os.environ["PAINPOINT_PRESENCE"] = previous
    return out


def _bags(texts: list[str]) -> Any:
    """CSR (n, DIM) unit-norm binary bags: the features `PresenceModel.scores` computes."""
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        idx = feature_indices(text)
        rows += [r] * len(idx)
        cols += idx
        vals += [1.0 / np.sqrt(len(idx))] * len(idx)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), DIM), dtype=np.float64)


def choose_threshold(documented: np.ndarray, listed: np.ndarray, target: float, min_listed: int) -> float | None:
    """Lowest t >= 0.5 at and above which TPR / (TPR + FPR) >= `target` (an even prior); None
    when too few notes list the element to say."""
    if len(listed) < min_listed or len(documented) == 0:
        return None
    grid = np.unique(np.concatenate([documented, listed, [0.5]]))
    best = None
    for t in grid[grid >= 0.5][::-1]:
        tpr = float((documented >= t).mean())
        fpr = float((listed >= t).mean())
        if tpr == 0:
            continue
        if tpr / (tpr + fpr) < target:
            break
        best = float(t)
    return best


def shift(t: float, log_odds: float) -> float:
    """`t` moved by `log_odds` on the logit scale (positive: stricter)."""
    t = min(max(t, 1e-12), 1 - 1e-12)
    return float(1.0 / (1.0 + np.exp(-(np.log(t / (1 - t)) + log_odds))))


@dataclass
class ElementFit:
    element: str
    weights: np.ndarray
    bias: float
    threshold: float | None  # shifted; None: no verifier for this element
    cv_threshold: float | None
    sentences: int
    positives: int
    documented_notes: int
    listed_notes: int
    cv_tpr: float
    cv_fpr: float


def fit_element(notes: list[LabelledNote], element: str, cfg: dict[str, Any], fold_of: dict[str, int],
                bags: Any, index: dict[str, int]) -> ElementFit | None:
    """One element: out-of-fold note scores for the threshold, then the model on every note."""
    from sklearn.linear_model import LogisticRegression

    rows, ys, owner, folds = [], [], [], []
    for k, note in enumerate(notes):
        lab = note.labels.get(element)
        if lab is None:
            continue
        pos, skip = lab
        for i, s in enumerate(note.sentences):
            if i not in skip:
                rows.append(index[s])
                ys.append(1 if i in pos else 0)
                owner.append(k)
                folds.append(fold_of[note.folder])
    y = np.array(ys)
    if y.sum() < 5:
        return None
    x = bags[np.array(rows)]
    fold_a = np.array(folds)

    def fit(mask: np.ndarray) -> Any:
        model = LogisticRegression(C=cfg["C"], class_weight="balanced", max_iter=cfg["max_iter"], solver="lbfgs")
        return model.fit(x[mask], y[mask])

    oof = np.zeros(len(y))
    for fold in range(cfg["folds"]):
        test = fold_a == fold
        if not test.any() or y[~test].sum() < 5:
            continue
        oof[test] = fit(~test).predict_proba(x[test])[:, 1]
    note_max: dict[int, float] = defaultdict(float)
    for r, k in enumerate(owner):
        note_max[k] = max(note_max[k], oof[r])
    documented = np.array([s for k, s in note_max.items() if element not in notes[k].gold])
    asked_only = element in cfg.get("asked_listing_only", ())
    listed = np.array([s for k, s in note_max.items()
                       if element in notes[k].gold and (not asked_only or element in notes[k].asked)])
    t = choose_threshold(documented, listed, cfg["target_precision"], cfg["min_negative_notes"])
    final = fit(np.ones(len(y), dtype=bool))
    shifted = shift(t, cfg["shift_log_odds"]) if t is not None else None
    return ElementFit(
        element, final.coef_[0].astype(np.float32), float(final.intercept_[0]), shifted, t, len(y), int(y.sum()),
        len(documented), len(listed),
        float((documented >= shifted).mean()) if shifted is not None and len(documented) else 0.0,
        float((listed >= shifted).mean()) if shifted is not None and len(listed) else 0.0,
    )


def _commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=10).stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def train(exclude: Iterable[str] = (), config: dict[str, Any] | None = None,
          log: Callable[[str], None] = print) -> tuple[PresenceModel, list[ElementFit]]:
    """Label, fit and pick thresholds; the model holds every configured element that got a threshold."""
    cfg = config or load_config()
    elements = tuple(cfg["elements"])
    folders = dev_folders(exclude)
    started = time.perf_counter()
    notes = label_notes(folders, elements, cfg["wide_evidence"])
    log(f"labels: {len(notes)} notes from {len(folders)} folders in {time.perf_counter() - started:.0f} s")
    texts = sorted({s for n in notes for s in n.sentences})
    index = {t: i for i, t in enumerate(texts)}
    bags = _bags(texts)
    fold_of = {f.name: i % cfg["folds"] for i, f in enumerate(folders)}
    fits = [f for f in (fit_element(notes, e, cfg, fold_of, bags, index) for e in elements) if f is not None]
    kept = [f for f in fits if f.threshold is not None]
    weights = np.stack([f.weights for f in kept], axis=1) if kept else np.zeros((DIM, 0), dtype=np.float32)
    meta = {
        "trained": dt.date.today().isoformat(), "commit": _commit(), "folders": [f.name for f in folders],
        "training_config": cfg, "seconds": round(time.perf_counter() - started, 1),
        "cv": {f.element: {"cv_threshold": f.cv_threshold, "threshold": f.threshold, "sentences": f.sentences,
                           "positives": f.positives, "documented_notes": f.documented_notes,
                           "listed_notes": f.listed_notes, "tpr": round(f.cv_tpr, 4), "fpr": round(f.cv_fpr, 4)}
               for f in fits},
    }
    model = PresenceModel(
        elements=tuple(f.element for f in kept), weights=weights, bias=np.array([f.bias for f in kept]),
        thresholds=np.array([f.threshold for f in kept], dtype=np.float64),
        enabled=np.ones(len(kept), dtype=bool), meta=meta,
    )
    return model, fits
