"""`detente serve`: the JSON API and the dashboard, one FastAPI application on the library.

    from detente.server import ServerSettings, create_app
    app = create_app(ServerSettings(db="detente.duckdb", token="s3cret"))

The API is under ``/v1`` (OpenAPI at ``/docs``), the dashboard at ``/``; both read the store
through ``detente.Store`` and code through ``detente.code``, as the CLI does.
"""

from detente.server.app import create_app
from detente.server.settings import ServerSettings, read_token, settle_token

__all__ = ["ServerSettings", "create_app", "read_token", "settle_token"]
