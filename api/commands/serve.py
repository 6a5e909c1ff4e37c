"""Service commands: `painpoint serve`, `painpoint cds trust`, `painpoint apikey create|revoke`.

All three open the same database (the embedded SQLite file by default, `--db URL` or
`PAINPOINT_DB_URL` otherwise) and migrate it first, so any of them works on a fresh machine.
The database modules (SQLAlchemy, Alembic) are imported by the commands that use them, not when the command line
registers its commands: `painpoint analyze` never opens a database, and they were half of its start-up.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import typer

DB_HELP = "Database URL (default: SQLite in the user data directory; or postgresql+psycopg://...)."


def _factory(db: str | None):  # type: ignore[no-untyped-def]
    from api.db.migrate import upgrade
    from api.db.session import make_engine, make_sessionmaker
    from api.settings import load_settings

    settings = load_settings(db_url=db)
    engine = make_engine(settings.db_url)
    upgrade(engine)
    return make_sessionmaker(engine)


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        host: str = typer.Option("127.0.0.1", help="Interface to listen on (loopback by default)."),
        port: int = typer.Option(8000, help="TCP port."),
        db: str | None = typer.Option(None, "--db", help=DB_HELP),
        workers: int = typer.Option(1, min=1, help="Worker processes (each loads the NLP pipeline once)."),
        log_level: str = typer.Option("info", help="uvicorn log level."),
    ) -> None:
        """Run the REST API and CDS Hooks services."""
        import uvicorn

        from api.db.session import make_engine
        from api.settings import load_settings

        if db:
            import os

            os.environ["PAINPOINT_DB_URL"] = db  # workers re-read settings from the environment
        logging.basicConfig(level=logging.INFO, format="%(message)s")
        settings = load_settings()
        make_engine(settings.db_url).dispose()
        typer.echo(f"painpoint: serving on http://{host}:{port} (database: {settings.db_url.split('@')[-1]})")
        uvicorn.run(
            "api.commands.serve:app_factory",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level=log_level,
            access_log=False,  # our own access log never records query strings
        )

    cds = typer.Typer(help="CDS Hooks administration.", no_args_is_help=True)
    app.add_typer(cds, name="cds")

    @cds.command("trust")
    def trust(
        iss: str = typer.Option(..., "--iss", help="The EHR's issuer (`iss` claim) to allow."),
        jwks: Path | None = typer.Option(None, "--jwks", exists=True, dir_okay=False, help="Its public JWKS file."),
        jku: str | None = typer.Option(None, "--jku", help="The one JWKS URL its tokens may name in `jku`."),
        db: str | None = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Trust an EHR: its issuer and its public keys (a JWKS file and/or an allow-listed jku URL)."""
        from api.db.session import session_scope
        from api.security.jwks import read_jwks_file, trust_issuer

        try:
            keys = read_jwks_file(jwks) if jwks else None
            with session_scope(_factory(db)) as session:
                trust_issuer(session, iss, keys, jku)
        except (ValueError, OSError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        count = len(keys["keys"]) if keys else 0
        typer.echo(f"trusted {iss} ({count} key(s){', jku ' + jku if jku else ''})")

    apikey = typer.Typer(help="API keys for REST clients.", no_args_is_help=True)
    app.add_typer(apikey, name="apikey")

    @apikey.command("create")
    def create(
        name: str = typer.Argument(..., help="A name for the client, e.g. 'billing-export'."),
        db: str | None = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Create an API key; it is printed once and stored only as a hash."""
        from api.db.session import session_scope
        from api.security.apikeys import create_api_key

        try:
            with session_scope(_factory(db)) as session:
                key = create_api_key(session, name)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        typer.echo(key)
        typer.echo(json.dumps({"name": name, "note": "shown once; store it now"}), err=True)

    @apikey.command("revoke")
    def revoke(
        name: str = typer.Argument(..., help="The key's name."),
        db: str | None = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Revoke an API key; requests with it get 401 from then on."""
        from api.db.session import session_scope
        from api.security.apikeys import revoke_api_key

        with session_scope(_factory(db)) as session:
            done = revoke_api_key(session, name)
        if not done:
            typer.echo(f"error: no active API key named {name!r}", err=True)
            raise typer.Exit(2)
        typer.echo(f"revoked {name}")


def app_factory():  # type: ignore[no-untyped-def]
    """uvicorn factory: settings from the environment, analyzer warmed up before the first request."""
    from api.app import create_app
    from api.settings import load_settings

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    return create_app(load_settings(), warm_up=True)
