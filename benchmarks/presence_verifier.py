"""Experiment (PV14, issue 3): does a learned "element E is documented in this sentence" verifier
remove false documentation findings on NEW sources of notes?

What it measures, retrospectively (nothing here changes Painpoint's output):

1. ``labels``: runs the current rule reader over the dev folders (never corpora/notes/test) and
   labels every sentence (the pipeline's own sentence splitter, section labels trimmed as in
   ``nlp.semantic.candidates.trim``) per presence-type element E. The teacher is the rule checks
   themselves: ``coding.documentation.evaluate`` is wrapped, and a sentence overlapping the
   evidence of a requirement of element E that is *met* is a positive. A note takes part for E
   only when a requirement of E was evaluated there or the gold lists E (elsewhere E is not asked
   for, so "no evidence" says nothing). In a note whose gold lists E every sentence is a negative
   (sentences holding met evidence, e.g. for another procedure of the note, are left out); in the
   other notes every sentence without met evidence is a negative. Evidence wider than 400
   characters (a whole section) marks nothing. Sealed batch notes are only split into sentences.
2. ``embed``: MiniLM (first 2 layers, packed row int8: the shipped semantic encoder) embeddings of
   every distinct sentence, cached in one .npy file.
3. ``evaluate``: per element two verifiers, (a) logistic regression over hashed word uni+bigrams
   (``nlp.semantic.prefilter.feature_indices``; inference is numpy only: one weight vector) and
   (b) logistic regression over the embeddings. Group k-fold over FOLDERS: each sealed-batch folder
   is its own fold, the other folders form four more. For held-out batch X the model of X's fold
   (trained without corpora/notes/dev_fresh_X) scores X's notes, and the threshold t_E comes from
   the out-of-fold note scores of the OTHER folders: the lowest t (>= 0.5) at and above which a
   suppression is right >= 95% of the time at an even prior (TPR / (TPR + FPR) >= 0.95, where
   TPR = share of notes that document E with max_s P(E|s) >= t and FPR = the same share of notes
   whose gold lists E); an element with under 10 gold-E notes out of fold gets no verifier.
   Each finding of element E predicted by the BASE code of the batch (its first reading; the
   ``painpoint eval --json`` output of that sha is read) is dropped when max_s P(E|s) >= t_E.
   Prints finding TP/FP/FN and F1 before -> after per batch and in total, and removed false /
   lost true findings by element.
   Folders read later (``split`` FOLDER..., then ``embed`` again, incremental) are scored by the
   model trained on every dev folder, with thresholds from all out-of-fold scores (``--extra-gold``
   names their first-reading gold). ``--group5`` uses five folder groups as the folds instead of one
   fold per batch (a quarter of the fitting; a batch is scored by the model of its group, which never
   saw it). Every run prints the FP-removed / TP-lost curve for a log-odds shift of -2..+2 on every
   t_E (negative = suppress more). Fitted models and out-of-fold scores are cached in models.pkl.
4. ``cost``: ms per note of (a) and (b) on the sealed notes' sentences and the peak RSS of a
   process running (a) without importing torch.

Usage (scratch directory holds the caches):
    python benchmarks/presence_verifier.py labels --out /tmp/pv14
    python benchmarks/presence_verifier.py embed --out /tmp/pv14
    python benchmarks/presence_verifier.py evaluate --out /tmp/pv14 --base /tmp/pv14/base \
        --sealed /tmp/pv14/sealed
    python benchmarks/presence_verifier.py cost --out /tmp/pv14 [--model a|b]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: Elements with a sentence-level meaning ("this sentence documents E"). Left out: laterality,
#: levels, laterality_conflict, level_limit, code_validity, dose_ceiling, frequency, diagnosis,
#: muscle_count (counts, conflicts and codes, not a statement).
ELEMENTS = (
    "consent", "time_out", "complications", "pre_procedure_pain_score", "post_procedure_pain_score",
    "imaging_guidance", "saved_images", "contrast", "sedation_details", "symptom_duration",
    "conservative_care", "functional_impairment", "imaging_findings", "indication",
    "diagnostic_block_relief", "prior_procedure_response", "percent_relief", "drug_dose", "drug_name",
    "approach",
)  # fmt: skip
WIDE_EVIDENCE = 400
TARGET_PRECISION = 0.95
MIN_NEG_NOTES = 10


def dev_folders() -> list[Path]:
    base = ROOT / "corpora" / "notes"
    names = ["dev", "dev_extra"] + sorted(p.name for p in base.glob("dev_fresh_*"))
    return [base / n for n in names if (base / n).is_dir()]


# --- 1. labels -------------------------------------------------------------------------------


def _read(text: str, dos: dt.date | None) -> tuple[Any, list[tuple[int, int, str]]]:
    """(facts, sentences) of one note: the reading `painpoint train presence` labels from."""
    from nlp.presence.train import _read as read

    return read(text, dos)


def cmd_labels(args: argparse.Namespace) -> None:
    """Labels from `nlp.presence.train.label_notes` (the rules alone teach: the verifier is off)."""
    from nlp.presence.train import label_notes

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    notes = label_notes(dev_folders(), ELEMENTS, WIDE_EVIDENCE)
    with open(out / "labels.jsonl", "w", encoding="utf-8") as fh:
        for note in notes:
            labels = {e: {"pos": sorted(pos), "skip": sorted(skip)} for e, (pos, skip) in note.labels.items()}
            fh.write(json.dumps({"folder": note.folder, "id": note.id, "sents": note.sentences,
                                 "gold": sorted(note.gold), "labels": labels}) + "\n")
    print(f"labels: {len(notes)} dev notes in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if args.sealed:
        with open(out / "sealed.jsonl", "w", encoding="utf-8") as fh:
            for folder in sorted(Path(args.sealed).iterdir()):
                for txt in sorted(folder.glob("*.txt")):
                    _, sents = _read(txt.read_text(encoding="utf-8"), None)
                    fh.write(json.dumps({"folder": folder.name, "id": txt.stem, "sents": [s[2] for s in sents]}) + "\n")


def cmd_split(args: argparse.Namespace) -> None:
    """Sentences of further held-out folders (read at the end), appended to extra.jsonl."""
    out = Path(args.out)
    with open(out / "extra.jsonl", "a", encoding="utf-8") as fh:
        for name in args.folders:
            folder = Path(name)
            for txt in sorted(folder.glob("*.txt")):
                _, sents = _read(txt.read_text(encoding="utf-8"), None)
                fh.write(json.dumps({"folder": folder.name, "id": txt.stem, "sents": [s[2] for s in sents]}) + "\n")


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


# --- 2. embeddings ---------------------------------------------------------------------------


def cmd_embed(args: argparse.Namespace) -> None:
    from nlp.semantic.encoder import get_encoder

    out = Path(args.out)
    done: list[str] = []
    old = np.zeros((0, 384), dtype=np.float32)
    if (out / "emb.npy").exists():  # incremental: sentences already embedded are kept
        done = json.loads((out / "emb_texts.json").read_text(encoding="utf-8"))
        old = np.load(out / "emb.npy")
    texts: dict[str, int] = {t: i for i, t in enumerate(done)}
    for name in ("labels.jsonl", "sealed.jsonl", "extra.jsonl"):
        if not (out / name).exists():
            continue
        for note in load_jsonl(out / name):
            for s in note["sents"]:
                texts.setdefault(s, len(texts))
    order = list(texts)[len(done):]
    enc = get_encoder(2, quant="row")
    enc.cache_size = 0
    emb = np.zeros((len(order), 384), dtype=np.float32)
    started = time.perf_counter()
    step = 64
    for i in range(0, len(order), step):
        emb[i:i + step] = enc.embed(order[i:i + step])
    print(f"embed: {len(order)} new sentences in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    np.save(out / "emb.npy", np.concatenate([old, emb]))
    (out / "emb_texts.json").write_text(json.dumps(done + order), encoding="utf-8")


# --- 3. evaluation ---------------------------------------------------------------------------


def hashed(texts: list[str]) -> Any:
    """CSR (n, DIM) unit-norm binary bags, as `prefilter.features` but sparse."""
    from scipy.sparse import csr_matrix

    from nlp.semantic.prefilter import DIM, feature_indices

    rows, cols, vals = [], [], []
    for r, t in enumerate(texts):
        idx = feature_indices(t)
        for c in idx:
            rows.append(r)
            cols.append(c)
            vals.append(1.0 / np.sqrt(len(idx)))
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), DIM), dtype=np.float64)


def fit_lr(x: Any, y: np.ndarray) -> Any:
    """Class-balanced L2 logistic regression (sklearn for training; inference needs only the
    weight vector and bias, i.e. numpy)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=4.0, class_weight="balanced", max_iter=400, solver="lbfgs")
    model.fit(x, y)
    return model


def sealed_letter(folder: str) -> str | None:
    return folder[len("dev_fresh_"):] if folder.startswith("dev_fresh_") else None


def choose_threshold(doc_scores: np.ndarray, neg_scores: np.ndarray) -> float | None:
    """Lowest t >= 0.5 at and above which TPR / (TPR + FPR) >= TARGET_PRECISION (even prior)."""
    if len(neg_scores) < MIN_NEG_NOTES or len(doc_scores) == 0:
        return None
    grid = np.unique(np.concatenate([doc_scores, neg_scores, [0.5]]))
    grid = grid[grid >= 0.5]
    best = None
    for t in grid[::-1]:
        tpr = float((doc_scores >= t).mean())
        fpr = float((neg_scores >= t).mean())
        if tpr == 0:
            continue
        if tpr / (tpr + fpr) >= TARGET_PRECISION:
            best = float(t)
        else:
            break
    return best


def cmd_evaluate(args: argparse.Namespace) -> None:
    out = Path(args.out)
    dev = load_jsonl(out / "labels.jsonl")
    sealed = load_jsonl(out / "sealed.jsonl")
    held = sorted({n["folder"] for n in sealed})
    extra = load_jsonl(out / "extra.jsonl") if (out / "extra.jsonl").exists() else []
    extra_folders = sorted({n["folder"] for n in extra})  # read at the end: the all-folder model
    sealed = sealed + extra
    held_letters = [sealed_letter(f) for f in held]
    emb_texts = {t: i for i, t in enumerate(json.loads((out / "emb_texts.json").read_text(encoding="utf-8")))}
    emb = np.load(out / "emb.npy")
    # folds: each held-out batch's dev folder alone, the rest in four groups
    folders = sorted({n["folder"] for n in dev})
    fold_of: dict[str, str] = {}
    rest = [f for f in folders if sealed_letter(f) not in held_letters]
    for f in folders:
        fold_of[f] = f if f not in rest else f"rest{rest.index(f) % 4}"
    if args.group5:  # five folder groups instead of one fold per batch: a quarter of the fits
        fold_of = {f: f"g{i % 5}" for i, f in enumerate(folders)}
    folds = sorted(set(fold_of.values()))
    # sentence table
    all_texts = sorted({s for n in dev + sealed for s in n["sents"]})
    tindex = {t: i for i, t in enumerate(all_texts)}
    feats = {"a": hashed(all_texts), "b": emb[[emb_texts[t] for t in all_texts]]}
    cache = out / ("models_group5.pkl" if args.group5 else "models.pkl")  # fitted models and out-of-fold scores: the fitting is the cost
    results: dict[str, dict[str, Any]] = {"a": {}, "b": {}}
    if cache.exists():
        with open(cache, "rb") as fh:
            results = pickle.load(fh)
    for model_name in ("a", "b") if not cache.exists() else ():
        x_all = feats[model_name]
        for element in ELEMENTS:
            rows, ys, note_of, fold_rows = [], [], [], []
            for k, note in enumerate(dev):
                lab = note["labels"].get(element)
                if lab is None:
                    continue
                pos, skip = set(lab["pos"]), set(lab["skip"])
                for i, s in enumerate(note["sents"]):
                    if i in skip:
                        continue
                    rows.append(tindex[s])
                    ys.append(1 if i in pos else 0)
                    note_of.append(k)
                    fold_rows.append(fold_of[note["folder"]])
            y = np.array(ys)
            fold_a = np.array(fold_rows)
            if y.sum() < 5:
                continue
            x = x_all[np.array(rows)]
            oof = np.zeros(len(y))
            fold_models = {}
            for fold in folds:
                test = fold_a == fold
                train = ~test
                if y[train].sum() < 5 or (1 - y[train]).sum() < 5:
                    continue
                m = fit_lr(x[train], y[train])
                fold_models[fold] = m
                if test.any():
                    oof[test] = m.predict_proba(x[test])[:, 1]
            # note-level OOF scores: max over the note's sentences
            note_max: dict[int, float] = defaultdict(float)
            for r, k in enumerate(note_of):
                note_max[k] = max(note_max[k], oof[r])
            per_fold_scores: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
            for k, score in note_max.items():
                note = dev[k]
                documented = element not in note["gold"]
                per_fold_scores[fold_of[note["folder"]]][0 if documented else 1].append(score)
            fold_models["all"] = fit_lr(x, y)
            results[model_name][element] = {"models": fold_models, "scores": dict(per_fold_scores)}
            print(f"{model_name} {element}: {len(y)} sentences, {int(y.sum())} positive", file=sys.stderr)
    if not cache.exists():
        with open(cache, "wb") as fh:
            pickle.dump(results, fh)

    base_dir = Path(args.base)
    sealed_by = {(n["folder"], n["id"]): n for n in sealed}
    summary: dict[str, Any] = {}
    shifts = (-2.0, -1.0, 0.0, 1.0, 2.0)  # log-odds shift of every t_E: the operating-point curve

    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def shifted(t: float, delta: float) -> float:
        t = min(t, 1 - 1e-12)
        return 1.0 / (1.0 + np.exp(-(np.log(t / (1 - t)) + delta)))

    for (model_name, part, batches) in (("a", "sealed", held), ("b", "sealed", held),
                                        ("a", "extra", extra_folders), ("b", "extra", extra_folders)):
        if not batches:
            continue
        gold_dir = Path(args.sealed if part == "sealed" else args.extra_gold)
        x_all = feats[model_name]
        before = [0, 0, 0]
        per_batch: dict[str, list[int]] = {}
        # one record per predicted finding that has a verifier: (batch, element, true finding?, max P, t_E)
        records: list[tuple[str, str, bool, float, float]] = []
        thresholds_used: dict[str, list[float]] = defaultdict(list)
        for folder in batches:
            fold = fold_of.get(folder, folder) if part == "sealed" else "all"
            thresholds = {}
            for element, res in results[model_name].items():
                if fold not in res["models"]:
                    continue
                doc_s = np.array([s for f, (d, _) in res["scores"].items() if f != fold for s in d])
                neg_s = np.array([s for f, (_, g) in res["scores"].items() if f != fold for s in g])
                t = choose_threshold(doc_s, neg_s)
                if t is not None:
                    thresholds[element] = t
                    thresholds_used[element].append(t)
            report = json.loads((base_dir / f"{sealed_letter(folder)}.json").read_text(encoding="utf-8"))
            b = [0, 0, 0]
            for outcome in report["per_note"]:
                gold = set(json.loads((gold_dir / folder / f"{outcome['id']}.json").read_text(encoding="utf-8"))["finding_elements"])
                pred = (gold - set(outcome["missing_findings"])) | set(outcome["extra_findings"])
                b[0] += len(gold & pred)
                b[1] += len(pred - gold)
                b[2] += len(gold - pred)
                sents = sealed_by[(folder, outcome["id"])]["sents"]
                if not sents:
                    continue
                xs = x_all[np.array([tindex[s] for s in sents])]
                for element in sorted(pred):
                    if element in thresholds:
                        p = results[model_name][element]["models"][fold].predict_proba(xs)[:, 1]
                        records.append((folder, element, element in gold, float(p.max()), thresholds[element]))
            per_batch[folder] = b
            before = [u + v for u, v in zip(before, b)]
        name = f"({model_name}) {part}"
        print(f"\n== model {name}: {len(batches)} batches, before TP/FP/FN {before[0]}/{before[1]}/{before[2]} F1 {f1(*before):.3f}")
        curve = []
        for delta in shifts:
            drop = [r for r in records if r[3] >= shifted(r[4], delta)]
            lost = sum(r[2] for r in drop)
            removed = len(drop) - lost
            after = [before[0] - lost, before[1] - removed, before[2] + lost]
            curve.append({"shift": delta, "fp_removed": removed, "tp_lost": lost, "f1": round(f1(*after), 4)})
            print(f"  shift {delta:+.0f} log-odds: FP removed {removed:3d}, TP lost {lost:3d}, F1 {f1(*before):.3f} -> {f1(*after):.3f}")
        drop = [r for r in records if r[3] >= r[4]]
        for folder, b in per_batch.items():
            lost = sum(r[2] for r in drop if r[0] == folder)
            removed = sum(not r[2] for r in drop if r[0] == folder)
            after = [b[0] - lost, b[1] - removed, b[2] + lost]
            print(f"  {folder}: F1 {f1(*b):.3f} -> {f1(*after):.3f}  (FP {b[1]} -> {after[1]}, TP {b[0]} -> {after[0]})")
        by_element = {}
        for element in sorted(thresholds_used):
            removed = sum(not r[2] for r in drop if r[1] == element)
            lost = sum(r[2] for r in drop if r[1] == element)
            by_element[element] = (removed, lost)
            along = " ".join(
                f"{sum(not r[2] for r in records if r[1] == element and r[3] >= shifted(r[4], d))}"
                f"/{sum(r[2] for r in records if r[1] == element and r[3] >= shifted(r[4], d))}" for d in shifts)
            print(f"  {element:28s} FP removed {removed:3d}  TP lost {lost:3d}  t {min(thresholds_used[element]):.4f}.."
                  f"{max(thresholds_used[element]):.4f}  removed/lost at shifts {shifts}: {along}")
        summary[name] = {"before": before, "curve": curve, "per_batch": per_batch, "by_element": by_element}


# --- 4. cost ---------------------------------------------------------------------------------


def cmd_cost(args: argparse.Namespace) -> None:
    """ms per note for scoring every element over a note's sentences (splitting excluded)."""
    out = Path(args.out)
    sealed = load_jsonl(out / "sealed.jsonl")[: args.notes]
    rng = np.random.default_rng(0)
    k = len(ELEMENTS)
    if args.model == "a":
        from nlp.semantic.prefilter import DIM, feature_indices

        w = rng.normal(size=(DIM, k)).astype(np.float32)  # the cost does not depend on the values
        bias = np.zeros(k, dtype=np.float32)
        started = time.process_time()
        for note in sealed:
            scores = np.stack([w[feature_indices(s)].sum(axis=0) for s in note["sents"]]) + bias
            1.0 / (1.0 + np.exp(-scores.max(axis=0)))
        spent = time.process_time() - started
    else:
        from nlp.semantic.encoder import get_encoder

        enc = get_encoder(2, quant="row")
        enc.cache_size = 0
        w = rng.normal(size=(384, k)).astype(np.float32)
        enc.embed(["warm up sentence for the encoder"])
        started = time.process_time()
        for note in sealed:
            (enc.embed(note["sents"]) @ w).max(axis=0)
        spent = time.process_time() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    torch_loaded = "torch" in sys.modules
    print(f"cost ({args.model}): {1000 * spent / len(sealed):.2f} CPU-ms per note over {len(sealed)} notes "
          f"({np.mean([len(n['sents']) for n in sealed]):.1f} sentences each); peak RSS {rss:.0f} MiB; torch imported: {torch_loaded}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("labels")
    p.add_argument("--out", required=True)
    p.add_argument("--sealed", help="folder of copied sealed batches (dev_fresh_X/*.txt) to split into sentences")
    p = sub.add_parser("embed")
    p.add_argument("--out", required=True)
    p = sub.add_parser("evaluate")
    p.add_argument("--out", required=True)
    p.add_argument("--base", required=True, help="folder of <letter>.json eval reports of each batch's base sha")
    p.add_argument("--sealed", required=True, help="folder holding dev_fresh_X/<id>.json original gold")
    p.add_argument("--group5", action="store_true", help="5 folder groups as folds (each batch scored by its group's model)")
    p.add_argument("--extra-gold", help="folder holding the extra folders' dev_fresh_X/<id>.json first-reading gold")
    p = sub.add_parser("split")
    p.add_argument("--out", required=True)
    p.add_argument("folders", nargs="+")
    p = sub.add_parser("cost")
    p.add_argument("--out", required=True)
    p.add_argument("--model", choices=("a", "b"), default="a")
    p.add_argument("--notes", type=int, default=60)
    args = parser.parse_args()
    {"labels": cmd_labels, "split": cmd_split, "embed": cmd_embed, "evaluate": cmd_evaluate, "cost": cmd_cost}[args.cmd](args)


if __name__ == "__main__":
    main()
