"""A throw-away PostgreSQL server for the test session: initdb + pg_ctl in a temporary folder,
listening only on 127.0.0.1 on a free port, stopped and deleted at the end.

initdb refuses to run as root (CI is root), so as root the server runs as the `postgres` user.
Each test's database sorts text by language rules (see create_database).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg


def find_bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                      key=lambda p: int(Path(p).parts[-3]), reverse=True)
    return Path(versions[0]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PgServer:
    def __init__(self, bin_dir: Path) -> None:
        self._bin = bin_dir
        self._user = "postgres" if os.geteuid() == 0 else None
        self.root = Path(tempfile.mkdtemp(prefix="tokocrm-pg-"))
        self.port = _free_port()
        self._names = itertools.count(1)

    def _run(self, *args: str) -> None:
        subprocess.run(args, check=True, user=self._user, capture_output=True, text=True)

    def start(self) -> None:
        if self._user:
            shutil.chown(self.root, user=self._user)
        data = self.root / "data"
        self._run(str(self._bin / "initdb"), "-D", str(data), "-U", "postgres",
                  "--auth=trust", "-E", "UTF8", "--locale=C")
        # Durability is not what these tests check; fsync off keeps the suite fast.
        options = (f"-h 127.0.0.1 -p {self.port} -k {self.root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run(str(self._bin / "pg_ctl"), "-D", str(data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "start")

    def stop(self) -> None:
        try:
            self._run(str(self._bin / "pg_ctl"), "-D", str(self.root / "data"),
                      "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _admin(self) -> psycopg.Connection:
        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres",
                               dbname="postgres", autocommit=True)

    def create_database(self) -> str:
        """A database sorting text by language rules, as a shop server's usually does (its
        locale comes from the system, e.g. id_ID.UTF-8), not byte by byte: code that counts on
        byte order fails here as it would there. ICU's root locale where the server has ICU."""
        name = f"shop_{next(self._names)}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" {self._language_rules(conn)}')
        return name

    @staticmethod
    def _language_rules(conn: psycopg.Connection) -> str:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        icu = conn.execute("SELECT count(*) FROM pg_collation WHERE collprovider = 'i'"
                           ).fetchone()[0]
        if int(version) >= 150000 and icu:
            return "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'und'"
        return ""

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
