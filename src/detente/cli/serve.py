"""`detente serve`: the HTTP API and the dashboard on a database (a thin layer over detente.server)."""

from __future__ import annotations

import click

from detente.cli._util import DEFAULT_DB, library_errors


def _origin(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> list[str]:
    for origin in value:
        if not origin.startswith(("http://", "https://")) or origin.count("/") != 2:
            raise click.BadParameter(f"'{origin}' is not an origin such as https://example.org (no path).")
    return list(value)


@click.command(name="serve")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, metavar="FILE_OR_URL",
              help="DuckDB database file, or the URL of a database the store can open.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False),
              help="File whose first line is the bearer token writes need (else DETENTE_TOKEN).")
@click.option("--read-only", is_flag=True, help="Refuse every write (coding, corrections).")
@click.option("--cors", "cors", multiple=True, callback=_origin, metavar="ORIGIN",
              help="Allow browser pages from ORIGIN to call the API; may be repeated. None by default.")
@click.option("--allow-private-urls", is_flag=True,
              help="Let posted URLs reach loopback and private addresses (refused by default).")
@click.option("--max-body", default=None, type=click.IntRange(1), help="Largest request body in bytes.")
@click.option("--max-batch", default=None, type=click.IntRange(1), help="Most documents in one POST.")
@click.option("--check", is_flag=True, help="Check the database and settings, say what would be served, and exit.")
def serve_command(db_path: str, host: str, port: int, token_file: str | None, read_only: bool, cors: list[str],
                  allow_private_urls: bool, max_body: int | None, max_batch: int | None, check: bool) -> None:
    """Serve the JSON API (/v1, docs at /docs) and the dashboard (/) on a database.

    Reads are open; every write needs the bearer token from DETENTE_TOKEN or --token-file.
    On 127.0.0.1 without one, a token is made up for the run and printed in the dashboard's
    address; on any other host the server refuses to start writable without one.

    \b
    Example:
        detente serve --db detente.duckdb --port 8000 --check
    """
    from detente.server import ServerSettings, create_app, read_token, settle_token

    with library_errors():
        settings = ServerSettings(db=db_path, host=host, port=port, token=read_token(token_file), read_only=read_only,
                                  cors_origins=cors, allow_private_urls=allow_private_urls)
        if max_body:
            settings.max_body_bytes = max_body
        if max_batch:
            settings.max_batch = max_batch
        settle_token(settings)
        app = create_app(settings)
    address = f"http://{host if ':' not in host else f'[{host}]'}:{port}/"
    mode = "read-only" if not settings.writable else "writes need the bearer token"
    click.echo(f"{'Would serve' if check else 'Serving'} {db_path} at {address} ({mode}); API docs at {address}docs")
    if settings.token_generated and not check:
        click.echo(f"This run's token (set DETENTE_TOKEN to choose one): open {address}#token={settings.token}")
    if check:
        app.state.pool.close()
        return
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
