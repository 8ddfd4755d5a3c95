"""A throwaway PostgreSQL server for the tests: initdb and pg_ctl into a temporary folder, on loopback.

Used by the test fixtures (tests/conftest.py) when DETENTE_TEST_POSTGRES does not name a
server, and by .ci/run, which starts one for the whole run::

    python3 tests/store/postgres_server.py start   # prints: export DETENTE_TEST_POSTGRES=...
    python3 tests/store/postgres_server.py stop FOLDER

PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user
(which Debian's package creates), else as ``nobody``. Standard library only: .ci/run calls
this before the project's virtual environment exists.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ENV = "DETENTE_TEST_POSTGRES"
USER = "detente"  # the superuser initdb creates; trust authentication on loopback


def find_binary(name: str) -> str | None:
    """``initdb`` or ``pg_ctl``: on PATH, else in Debian's /usr/lib/postgresql/VERSION/bin (newest first)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0, reverse=True)
    return candidates[0] if candidates else None


def available() -> bool:
    return bool(find_binary("initdb") and find_binary("pg_ctl"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _as_server_user(folder: Path) -> list[str]:
    """The command prefix that runs the server's programs as an unprivileged user."""
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        return ["runuser", "-u", name, "--"]
    raise RuntimeError("running as root and no unprivileged user (postgres, nobody) to run PostgreSQL as")


def start() -> tuple[str, Path]:
    """Start a server in a new temporary folder; its URL (database ``postgres``) and the folder."""
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    if not initdb or not pg_ctl:
        raise RuntimeError("initdb/pg_ctl not found: install PostgreSQL (Debian: apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="detente-pg-"))
    folder.chmod(0o755)
    prefix = _as_server_user(folder)
    data = folder / "data"
    run = {"check": True, "stdout": subprocess.PIPE, "stderr": subprocess.STDOUT, "text": True}
    subprocess.run([*prefix, initdb, "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8",
                    "--locale=C", "--no-sync"], **run)  # type: ignore[call-overload]
    port = _free_port()
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c max_connections=200")
    subprocess.run([*prefix, pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "server.log"),
                    "-w", "-t", "60", "start"], **run)  # type: ignore[call-overload]
    return f"postgresql://{USER}@127.0.0.1:{port}/postgres", folder


def stop(folder: Path) -> None:
    """Stop the server started in ``folder`` and remove the folder."""
    pg_ctl = find_binary("pg_ctl")
    if pg_ctl and (folder / "data").exists():
        subprocess.run([*_as_server_user(folder), pg_ctl, "-D", str(folder / "data"), "-m", "immediate", "-w",
                        "stop"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["start"]:
        url, where = start()
        print(f"export {ENV}={url} DETENTE_TEST_POSTGRES_DIR={where}")
    elif len(sys.argv) == 3 and sys.argv[1] == "stop":
        stop(Path(sys.argv[2]))
    else:
        sys.exit("usage: postgres_server.py start | stop FOLDER")
