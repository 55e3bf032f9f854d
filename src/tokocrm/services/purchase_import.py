"""Purchase-history rows into the shop (in progress)."""

from __future__ import annotations

from datetime import datetime

from tokocrm.db.sessions import Sessions
from tokocrm.domain.imports import ImportResult, ImportRow
from tokocrm.services.actor import Actor
from tokocrm.services.progress import Cancel, Progress


def run(sessions: Sessions, actor: Actor, rows: list[ImportRow], now: datetime, *,
        award_points: bool, dry_run: bool, progress: Progress | None,
        cancel: Cancel | None) -> ImportResult:
    raise NotImplementedError  # in progress
