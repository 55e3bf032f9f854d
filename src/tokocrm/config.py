"""Where this installation keeps its files, and which database it opens.

The database is chosen by, in order: the `--db` option, the `TOKOCRM_DB` environment variable,
then an SQLite file in the user's data folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "TokoCRM"
DB_ENV_VAR = "TOKOCRM_DB"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'tokocrm.db'}"


def as_url(value: str) -> str:
    """Accept a SQLAlchemy URL, or a plain file path as a shortcut for an SQLite file."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def resolve_db_url(option: str | None, environ: Mapping[str, str] = os.environ) -> str:
    if option:
        return as_url(option)
    if environ.get(DB_ENV_VAR):
        return as_url(environ[DB_ENV_VAR])
    return default_db_url()


def backup_dir() -> Path:
    """Where `tokocrm backup` writes when not told otherwise."""
    return data_dir() / "backups"
