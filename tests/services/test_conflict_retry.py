"""A till that meets another till's lock waits, then tries the whole use case again: the
cashier never sees the conflict. Another connection (the "other till") really holds the lock:
on PostgreSQL a row lock on the member, on SQLite the write lock (BEGIN IMMEDIATE). The lock
and busy timeouts are shortened so the first tries give up quickly."""

from __future__ import annotations

import logging
import threading

import pytest
from sqlalchemy import func, select

from tests.factories import make_member, make_purchase
from tokocrm.db import engine as db_engine
from tokocrm.db import retry
from tokocrm.db.engine import WRITE_INTENT, make_engine
from tokocrm.db.models import Member, Purchase
from tokocrm.domain.errors import DatabaseBusy, DuplicateReceipt
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.container import open_services

TIMEOUT_MS = 250


@pytest.fixture
def quick_timeouts(monkeypatch):
    monkeypatch.setattr(db_engine, "LOCK_TIMEOUT_MS", TIMEOUT_MS)
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", TIMEOUT_MS)
    monkeypatch.setattr(retry, "FIRST_PAUSE_S", 0.1)


@pytest.fixture
def tills(db_url, quick_timeouts):
    services = open_services(db_url)
    yield services
    services.close()


class OtherTill:
    """Holds a write lock on the member for `seconds` in its own connection."""

    def __init__(self, url: str, member_id: int, seconds: float) -> None:
        self._engine = make_engine(url).execution_options(**{WRITE_INTENT: True})
        self._member_id, self._seconds = member_id, seconds
        self._holding = threading.Event()
        self._thread = threading.Thread(target=self._hold)

    def _hold(self) -> None:
        with self._engine.begin() as connection:
            connection.execute(select(Member.id).where(Member.id == self._member_id)
                               .with_for_update())
            self._holding.set()
            threading.Event().wait(self._seconds)

    def __enter__(self) -> OtherTill:
        self._thread.start()
        assert self._holding.wait(10)
        return self

    def __exit__(self, *_exc) -> None:
        self._thread.join()
        self._engine.dispose()


def purchases(services) -> int:
    with services.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(Purchase))


def test_a_purchase_waits_out_another_tills_lock(db_url, tills, caplog):
    member = make_member(tills)
    before = tills.loyalty.standing(BUILTIN_OWNER, member.id).balance
    caplog.set_level(logging.INFO, logger=retry.__name__)
    # Longer than one lock wait, shorter than all the tries together.
    with OtherTill(db_url, member.id, seconds=0.6):
        row = make_purchase(tills, member, 100_000, receipt="INV-1")
    assert "transient conflict" in caplog.text  # it really met the lock, and tried again
    assert purchases(tills) == 1
    assert row.points_earned == 10
    assert tills.loyalty.standing(BUILTIN_OWNER, member.id).balance == before + 10


def test_a_lock_held_through_every_try_is_a_clear_refusal(db_url, tills):
    member = make_member(tills)
    with OtherTill(db_url, member.id, seconds=3), pytest.raises(DatabaseBusy) as busy:
        make_purchase(tills, member, 100_000)
    assert busy.value.params["tries"] == retry.ATTEMPTS
    assert "nothing was saved" in str(busy.value)
    assert purchases(tills) == 0


def test_a_refusal_is_not_tried_again(tills, caplog):
    member = make_member(tills)
    make_purchase(tills, member, receipt="INV-7")
    caplog.set_level(logging.INFO, logger=retry.__name__)
    with pytest.raises(DuplicateReceipt):
        make_purchase(tills, member, receipt="INV-7")
    assert "transient conflict" not in caplog.text
