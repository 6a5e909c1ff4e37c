"""`painpoint users add NAME --role ROLE` and `painpoint users list`: web workspace accounts.

The password is prompted for (hidden, typed twice) unless `--password` is given, which scripts
may use; it is stored only as a salted scrypt hash.
"""

from __future__ import annotations

import typer

from api.commands.serve import DB_HELP, _factory
from api.db.roles import ROLES


def register(app: typer.Typer) -> None:
    users = typer.Typer(help="Accounts of the web workspace (coders, physicians, template builders, admins).",
                        no_args_is_help=True)
    app.add_typer(users, name="users")

    @users.command("add")
    def add(
        name: str = typer.Argument(..., help="User name (letters, digits, . _ @ -)."),
        role: str = typer.Option(..., "--role", help=f"One of: {', '.join(ROLES)}."),
        password: str | None = typer.Option(None, "--password", help="Prompted for (hidden) when left out."),
        db: str | None = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Add a workspace account."""
        from api.db.session import session_scope
        from api.web.users import add_user

        if role not in ROLES:
            typer.echo(f"error: unknown role {role!r}; choose one of {', '.join(ROLES)}", err=True)
            raise typer.Exit(2)
        if password is None:
            password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        try:
            with session_scope(_factory(db)) as session:
                add_user(session, name, role, password)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        typer.echo(f"added {name} ({role})")

    @users.command("list")
    def list_users(db: str | None = typer.Option(None, "--db", help=DB_HELP)) -> None:
        """List accounts: name, role, and whether disabled."""
        from sqlalchemy import select

        from api.db.session import session_scope
        from api.db.web_models import WebUser

        with session_scope(_factory(db)) as session:
            for user in session.scalars(select(WebUser).order_by(WebUser.username)):
                fields = [user.username, user.role] + (["disabled"] if user.disabled else [])
                typer.echo("\t".join(fields))
