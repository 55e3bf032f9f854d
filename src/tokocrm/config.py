"""Where this installation keeps its files, and which database it opens.

The database is chosen by, in order: the `--db` option, the `TOKOCRM_DB` environment variable,
then an SQLite file in the user's data folder.
"""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "TokoCRM"
DB_ENV_VAR = "TOKOCRM_DB"
PLACE_FILE = "counter.json"


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


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def load_place() -> tuple[str, str]:
    """This installation's (till, branch) as named in Settings → This counter; until then the
    PC's network name and no branch. A damaged file counts as not named yet."""
    try:
        saved = json.loads((config_dir() / PLACE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = {}
    if not isinstance(saved, dict):
        saved = {}
    till, branch = saved.get("till"), saved.get("branch")
    return (till if isinstance(till, str) and till else platform.node(),
            branch if isinstance(branch, str) else "")


def save_place(till: str, branch: str) -> None:
    """Written whole to a new file, then moved over the old one: never half a file."""
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    staged = folder / f"{PLACE_FILE}.new"
    staged.write_text(json.dumps({"till": till, "branch": branch}, ensure_ascii=False),
                      encoding="utf-8")
    staged.replace(folder / PLACE_FILE)
