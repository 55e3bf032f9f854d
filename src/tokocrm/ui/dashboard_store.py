"""The dashboard's last result, kept on this PC, so that after a restart the page shows it at
once while a fresh one is computed (seconds on a big shop). One file per database in the
user's cache folder; a file from another version, or one that cannot be read, is not shown.
It is only ever read back by this app, from the user's own folder."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from pathlib import Path

from tokocrm import __version__, config
from tokocrm.services.dashboard import Dashboard

log = logging.getLogger(__name__)


def path_for(database_location: str) -> Path:
    digest = hashlib.sha256(database_location.encode()).hexdigest()[:16]
    return config.cache_dir() / f"dashboard-{digest}.pickle"


def save(path: Path, dashboard: Dashboard) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_bytes(pickle.dumps((__version__, dashboard)))
        os.replace(partial, path)  # a reader never sees half a file
    except OSError as error:  # a full disk must not stop the dashboard
        log.warning("could not keep the dashboard in %s: %s", path, error)


def load(path: Path) -> Dashboard | None:
    try:
        version, dashboard = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            TypeError, ValueError):
        return None
    if version != __version__ or not isinstance(dashboard, Dashboard):
        return None
    return dashboard
