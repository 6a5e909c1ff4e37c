"""The `painpoint` command line: one Typer app, each command group in its own module.

Modules under `api/commands/` expose `register(app)`; keeping them apart lets the coding,
analysis, service and template commands evolve without touching one shared file.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(
    name="painpoint",
    help="Documentation-completeness and coding assistant for interventional pain procedure notes.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """Painpoint: read pain procedure notes, propose codes, flag missing documentation."""


def _register_commands() -> None:
    from api import commands

    for mod in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{mod.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
