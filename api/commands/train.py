"""`painpoint train semantic`, `painpoint train presence` and `painpoint eval-semantic`.

`train presence` writes the presence verifier (`nlp.presence.train`; needs scikit-learn, for
training only) from the dev folders, never the test split.

Training reads only ``corpora/sentences/train.jsonl``; evaluation prints per-element P/R/F1,
rules only vs rules + semantic, on a sentence split (``test`` by default). Both need the
``semantic`` extra and say clearly when it is missing.
"""

from __future__ import annotations

from pathlib import Path

import typer


def _require_extra() -> None:
    from nlp.semantic.availability import missing_modules

    missing = missing_modules()
    if missing:
        typer.echo(
            f"The semantic extra is not installed (missing: {', '.join(missing)}). "
            "Install it with: pip install 'painpoint[semantic]'",
            err=True,
        )
        raise typer.Exit(code=2)
    # Training and evaluating the matcher means running it: switch the opt-in matcher on for this process.
    import os

    os.environ["PAINPOINT_SEMANTIC"] = "1"


def register(app: typer.Typer) -> None:
    train_app = typer.Typer(help="Train Painpoint's learned components.", no_args_is_help=True)

    @train_app.command("semantic")
    def train_semantic(
        output: Path = typer.Option(None, "--output", "-o", help="Where to write the head (.npz); default: packaged path."),
        folds: int = typer.Option(5, help="Cross-validation folds used to pick thresholds and enablement."),
        baseline: str = typer.Option("auto", help="Rules-only side: auto (nlp.extract if present) or keywords."),
        layers: int = typer.Option(2, help="Encoder layers to keep (MiniLM has 6; fewer is faster; 2 chosen by CV)."),
        quant: str = typer.Option(
            "row", help="Encoder variant: row (packed per-row int8, batch-independent), dynamic (int8), fp32."
        ),
        prefilter_recall: float = typer.Option(
            0.98, help="Recall (CV) the lexical prefilter must keep of the matcher's positives; 0 = no prefilter."
        ),
        disable: list[str] = typer.Option(
            [], "--disable", help="Element to keep off whatever CV says (e.g. after a note dev-split check); repeatable."
        ),
    ) -> None:
        """Train the semantic matcher's head from corpora/sentences/train.jsonl."""
        _require_extra()
        import spacy

        from nlp.semantic.context_guard import ContextGuard
        from nlp.semantic.corpus import load_split
        from nlp.semantic.baseline import rule_extractor
        from nlp.semantic.encoder import MODEL_NAME, QUANT_MODES, get_encoder
        from nlp.semantic.labels import ELEMENTS
        from nlp.semantic.settings import DEFAULT_HEAD_PATH
        from nlp.semantic.training import train

        unknown = sorted(set(disable) - set(ELEMENTS))
        if unknown:
            typer.echo(f"Unknown element(s) for --disable: {', '.join(unknown)}", err=True)
            raise typer.Exit(code=2)
        if quant not in QUANT_MODES:
            typer.echo(f"Unknown --quant {quant!r}; expected one of: {', '.join(QUANT_MODES)}", err=True)
            raise typer.Exit(code=2)
        examples = load_split("train")
        encoder = get_encoder(layers if layers < 6 else None, quant=quant)
        nlp = spacy.blank("en")
        guard = ContextGuard(nlp)
        head, choices, baseline = train(
            examples, encoder.embed, lambda t: guard.modifiers(nlp.make_doc(t)[:]), MODEL_NAME, k=folds,
            baseline=rule_extractor(baseline),
            encoder_layers=layers if layers < 6 else None,
            encoder_int8=quant != "fp32",
            encoder_quant=quant,
            disabled=disable,
            prefilter_recall=prefilter_recall if prefilter_recall > 0 else None,
        )
        for element in disable:
            head.enabled[element] = False
        head.meta["disabled_by_option"] = sorted(disable)
        for c in choices:
            c.enabled = head.enabled[c.element]
        target = output or DEFAULT_HEAD_PATH
        head.save(target)
        typer.echo(
            f"Trained on {len(examples)} sentences (encoder: {layers} layers, {quant}); "
            f"{folds}-fold CV against: {baseline}"
        )
        typer.echo("| element | enabled | threshold | CV rules F1 | CV +sem F1 | CV +sem P | CV added P |")
        typer.echo("|---|---|---|---|---|---|---|")
        for c in choices:
            typer.echo(
                f"| {c.element} | {'yes' if c.enabled else 'no'} | {c.threshold:.2f} | {c.baseline.f1:.2f} "
                f"| {c.combined.f1:.2f} | {c.combined.precision:.2f} | {c.added_precision:.2f} |"
            )
        if head.prefilter is not None:
            typer.echo(
                f"Prefilter: keeps {head.prefilter.cv_recall:.2f} of the matcher's positives and skips "
                f"{head.prefilter.cv_rejected:.2f} of the other sentences (CV)"
            )
        typer.echo(f"Wrote {target}")

    @train_app.command("presence")
    def train_presence(
        output: Path = typer.Option(None, "--output", "-o", help="Where to write the verifier (.npz); default: packaged."),
        exclude: list[str] = typer.Option(
            [], "--exclude", help="Dev folder to leave out (e.g. a batch to measure on unseen); repeatable."
        ),
    ) -> None:
        """Train the presence verifier on the dev folders (never the test split); prints CV figures per element."""
        import time

        from nlp.presence.model import DEFAULT_MODEL_PATH
        from nlp.presence.train import train

        started = time.perf_counter()
        model, fits = train(exclude, log=lambda line: typer.echo(line, err=True))
        target = output or DEFAULT_MODEL_PATH
        model.save(target)
        typer.echo("| element | sentences | positives | notes documenting / listing E | CV t_E | t_E (shifted) "
                   "| CV share kept: documenting / listing |")
        typer.echo("|---|---|---|---|---|---|---|")
        for f in fits:
            cv = f"{f.cv_threshold:.4f}" if f.cv_threshold is not None else "none"
            t = f"{f.threshold:.4f}" if f.threshold is not None else "none"
            typer.echo(f"| {f.element} | {f.sentences} | {f.positives} | {f.documented_notes} / {f.listed_notes} "
                       f"| {cv} | {t} | {f.cv_tpr:.3f} / {f.cv_fpr:.3f} |")
        typer.echo(f"Wrote {target} ({len(model.elements)} elements) in {time.perf_counter() - started:.0f} s")

    app.add_typer(train_app, name="train")

    @app.command("eval-semantic")
    def eval_semantic(
        split: str = typer.Option("test", help="Sentence split to score: test (default) or train."),
        head: Path = typer.Option(None, help="Head to evaluate (.npz); default: packaged."),
        baseline: str = typer.Option("auto", help="Rules-only side: auto (nlp.extract if present) or keywords."),
        notes: bool = typer.Option(False, "--notes", help="Score notes in corpora/notes/<split> instead of sentences."),
    ) -> None:
        """Per-element P/R/F1 on the sentence split: rules only vs rules + semantic."""
        _require_extra()
        if notes:
            import os

            from nlp.semantic.evaluation import format_table

            if head is not None:
                os.environ["PAINPOINT_SEMANTIC_HEAD"] = str(head)  # the pipeline component reads it
            from nlp.semantic.note_evaluation import evaluate_notes

            rows, count = evaluate_notes(split)
            typer.echo(format_table(rows, f"rule pipeline; {count} notes, element present in facts", f"notes/{split}"))
            return
        import spacy

        from nlp.semantic.baseline import rule_extractor
        from nlp.semantic.corpus import load_split
        from nlp.semantic.evaluation import evaluate, format_table
        from nlp.semantic.matcher import get_matcher

        examples = load_split(split)
        name, rules = rule_extractor(baseline)
        matcher = get_matcher(spacy.blank("en"), head)
        rows = evaluate(examples, matcher, rules)
        typer.echo(format_table(rows, name, split, getattr(rules, "errors", 0)))
