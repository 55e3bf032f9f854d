"""Member rows into the shop: find duplicates, decide each row, write in bulk (in progress)."""

from __future__ import annotations

from datetime import datetime

from tokocrm.db.sessions import Sessions
from tokocrm.domain.imports import ImportResult, ImportRow, OnDuplicate
from tokocrm.services.actor import Actor
from tokocrm.services.progress import Cancel, Progress


def run(sessions: Sessions, actor: Actor, rows: list[ImportRow], on_duplicate: OnDuplicate,
        now: datetime, *, dry_run: bool, progress: Progress | None,
        cancel: Cancel | None) -> ImportResult:
    raise NotImplementedError  # in progress
