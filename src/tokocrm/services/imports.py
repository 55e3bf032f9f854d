"""Imports of members and purchase history (issue #6), from rows already read and cleaned.

The io layer turns a spreadsheet into domain.imports.ImportRow's; this service decides what
happens to each row (services.member_import, services.purchase_import) and writes:

- a dry run plans in a read-only transaction and writes nothing;
- a real run plans the same way (no write lock held), then opens one short write transaction,
  re-plans only if the members or purchases changed meanwhile, and writes every accepted row
  with bulk INSERT/UPDATE statements. A failure or a cancel rolls it all back.

It also remembers the column mapping last used for a header set (a shop setting keyed by the
header signature), so the wizard and the command line can offer it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from tokocrm.db.models import ShopSetting
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import InvalidField
from tokocrm.domain.imports import MEMBERS, PURCHASES, ImportResult, ImportRow, OnDuplicate
from tokocrm.domain.roles import Permission
from tokocrm.services import audit, member_import, purchase_import
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.progress import Cancel, Progress

MAPPING_KEY = "import_mapping:{kind}:{signature}"


@retries_conflicts
class ImportService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    def check(self, actor: Actor) -> None:
        """PermissionDenied unless the actor may import (owner, bookkeeper): call it before
        reading a file, so a cashier is refused at once."""
        require(actor, Permission.IMPORT_DATA)

    def today(self) -> date:
        """The shop's today, for cleaning (future birthdays, purchase dates)."""
        return self._clock().date()

    def members(self, actor: Actor, rows: Iterable[ImportRow], *,
                on_duplicate: OnDuplicate | str = OnDuplicate.SKIP, dry_run: bool = False,
                progress: Progress | None = None, cancel: Cancel | None = None,
                source: str | None = None) -> ImportResult:
        """Import member rows (see services.member_import for the rules). Cancelled when
        `cancel()` turns True; then, as on any error, nothing was written. `source` (the
        file's name) goes into the opening balances' ledger reason."""
        require(actor, Permission.IMPORT_DATA)
        mode = OnDuplicate(on_duplicate)
        result = member_import.run(self._sessions, actor, list(rows), mode, self._clock(),
                                   dry_run=dry_run, progress=progress, cancel=cancel,
                                   source=source)
        return self._audited(actor, result, source, on_duplicate=mode.value)

    def purchases(self, actor: Actor, rows: Iterable[ImportRow], *, award_points: bool = False,
                  dry_run: bool = False, progress: Progress | None = None,
                  cancel: Cancel | None = None, source: str | None = None) -> ImportResult:
        """Import purchase-history rows (see services.purchase_import for the rules)."""
        require(actor, Permission.IMPORT_DATA)
        result = purchase_import.run(self._sessions, actor, list(rows), self._clock(),
                                     award_points=award_points, dry_run=dry_run,
                                     progress=progress, cancel=cancel)
        return self._audited(actor, result, source, award_points=award_points)

    def _audited(self, actor: Actor, result: ImportResult, source: str | None,
                 **options: Any) -> ImportResult:
        """A real import goes into the audit trail (a dry run changed nothing)."""
        if not result.dry_run:
            with self._sessions.begin() as session:
                audit.record(session, actor, self._clock(), AuditAction.IMPORTED,
                             result.kind, file=source, **result.summary(), **options)
        return result

    # -- remembered mappings -------------------------------------------------------------
    def saved_mapping(self, actor: Actor, kind: str, signature: str) -> Any:
        """The mapping last stored for this header signature, as stored (a JSON value; the
        io layer checks it still fits the table), or None."""
        require(actor, Permission.IMPORT_DATA)
        with self._sessions() as session:
            row = session.get(ShopSetting, mapping_key(kind, signature))
            return None if row is None else row.value

    def save_mapping(self, actor: Actor, kind: str, signature: str,
                     mapping: Mapping[str, Sequence[int]]) -> None:
        """Remember `mapping` ({field: [column, ...]}) for files with this header signature."""
        require(actor, Permission.IMPORT_DATA)
        value = {str(name): [int(c) for c in columns] for name, columns in mapping.items()}
        with self._sessions.begin() as session:
            session.merge(ShopSetting(key=mapping_key(kind, signature), value=value))


def mapping_key(kind: str, signature: str) -> str:
    if kind not in (MEMBERS, PURCHASES):
        raise InvalidField(field="kind", value=kind, reason="unknown")
    if not signature.isalnum() or len(signature) > 32:
        raise InvalidField(field="signature", value=signature, reason="unknown")
    return MAPPING_KEY.format(kind=kind, signature=signature)
