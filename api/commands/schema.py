"""`painpoint schema`: print the JSON Schema of the result or of the facts contract."""

from __future__ import annotations

import json
from typing import Literal

import typer

from coding.facts import NoteFacts
from coding.result import AnalysisResult


def register(app: typer.Typer) -> None:
    @app.command("schema")
    def schema(which: Literal["result", "facts"] = typer.Argument("result", help="result or facts")) -> None:
        """Print the JSON Schema generated from the models (the documented output contract)."""
        model = AnalysisResult if which == "result" else NoteFacts
        typer.echo(json.dumps(model.model_json_schema(), indent=2))
