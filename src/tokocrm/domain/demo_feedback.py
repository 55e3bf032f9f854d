"""The sample shop's feedback and complaints: what customers said after a visit and how the
shop handled the complaints, as the feedback service would have recorded it.

Pure and deterministic, like the shop: its own `random.Random` stream (so the members, their
purchases and points stay what they are) and nothing from the clock. A few percent of
purchases bring feedback, mostly good, at the till or later on WhatsApp, by phone, on social
media or in an online review; now and then a walk-in customer without a card says something
too. A rating of 1 or 2, or feedback marked as a complaint, opens a case due `due_hours` later.
Most cases are resolved, some after their due time; a few were forgotten and are overdue; the
newest are still open or in progress. Nothing happens after `not_after`.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from tokocrm.domain.demo_shop import CLOSE_HOUR, OPEN_HOUR, DemoMember

T = TypeVar("T")

FEEDBACK_SHARE = 0.03  # purchases that bring feedback
WALK_IN_SHARE = 0.02  # for each member joining, a walk-in's feedback on that day
RATING_WEIGHTS = (3, 5, 12, 35, 45)  # 1 to 5 stars: most customers are happy
NPS_SHARE = 0.4  # feedback that answers "would you recommend us?"
NPS_RANGES = {1: (0, 4), 2: (0, 6), 3: (4, 8), 4: (7, 9), 5: (8, 10)}  # by rating
COMMENT_SHARE = 0.55
MARKED_SHARE = {3: 0.3, 4: 0.03}  # marked as a complaint though rated 3 or 4
CHANNEL_WEIGHTS = (("counter", 60), ("whatsapp", 18), ("phone", 5), ("social", 7),
                   ("review", 10))
CATEGORY_WEIGHTS = (("Produk", 35), ("Pelayanan", 30), ("Harga", 15), ("Toko", 12),
                    ("Lainnya", 8))
FORGOTTEN_SHARE = 0.08  # cases nobody followed up: overdue once their due time passes
ON_TIME_SHARE = 0.7  # of the others, resolved within their due time
STARTED_SHARE = 0.5  # cases someone started on before resolving them
REPLY_SHARE = 0.6  # complaints the shop answered
THANKS_SHARE = 0.3  # good online feedback the shop thanked for
LATE_HOURS = 7 * 24  # a late case is resolved up to a week after its due time

COMMENTS = {  # (good, bad) by category
    "Produk": (("Barang lengkap, sayur segar", "Beras kualitasnya bagus", "Stok selalu ada"),
               ("Roti sudah lewat tanggal kedaluwarsa", "Beras ada kutunya",
                "Telur ada yang pecah", "Minyak goreng kosong terus")),
    "Pelayanan": (("Kasir ramah dan cepat", "Pelayanan ramah, terima kasih",
                   "Dibantu angkat galon ke motor"),
                  ("Antrean kasir lama sekali", "Kembalian kurang Rp 2.000",
                   "Kasir kurang ramah", "Pesanan antar datang terlambat")),
    "Harga": (("Harga bersahabat", "Promo gajian mantap"),
              ("Harga di rak beda dengan di kasir", "Harga gula naik terus")),
    "Toko": (("Toko bersih dan rapi", "Parkir luas"),
             ("Lantai licin dekat kulkas", "Parkir motor sempit", "AC tidak dingin")),
    "Lainnya": (("Semoga makin maju", "Mantap"),
                ("Tolong sediakan pembayaran QRIS", "Jam buka kurang pagi")),
}
RESOLUTIONS = ("Barang diganti baru", "Uang dikembalikan", "Kembalian sudah diberikan",
               "Kasir sudah diberi arahan", "Label harga di rak diperbaiki",
               "Pelanggan diberi voucher Rp 10.000", "Stok kedaluwarsa ditarik dari rak",
               "Sudah dijelaskan ke pelanggan")
APOLOGIES = ("Mohon maaf atas ketidaknyamanannya, segera kami perbaiki.",
             "Maaf ya Kak, barangnya bisa ditukar di kasir.",
             "Terima kasih masukannya, sudah kami sampaikan ke kasir.")
THANKS = ("Terima kasih atas ulasannya, ditunggu kedatangannya lagi!",
          "Terima kasih Kak, sampai jumpa lagi.")

# A case's history, as CaseEvent rows: kind, detail, when; in time order.
Event = tuple[str, str | None, datetime]


@dataclass(frozen=True)
class DemoCase:
    status: str  # open, in_progress or resolved (CaseStatus values)
    opened_at: datetime
    due_at: datetime
    resolved_at: datetime | None
    resolution: str | None
    events: tuple[Event, ...]


@dataclass(frozen=True)
class DemoFeedback:
    walk_in: bool  # a customer without a card: no member
    purchase: int | None  # position in the member's purchases
    at: datetime
    rating: int
    nps: int | None
    category: str
    channel: str
    comment: str | None
    complaint: bool
    reply: tuple[datetime, str, str] | None  # when, channel, text
    case: DemoCase | None


def _table(weighted: tuple[tuple[str, int], ...]) -> list[str]:
    return [name for name, weight in weighted for _ in range(weight)]


class FeedbackBook:
    """Turns members, as `sample_shop` yields them, into their feedback."""

    def __init__(self, *, seed: int, not_after: datetime, due_hours: int) -> None:
        self.rng = random.Random(f"tokocrm demo feedback {seed}")
        self.not_after, self.due = not_after, timedelta(hours=due_hours)
        self.ratings = [r for r, w in enumerate(RATING_WEIGHTS, start=1) for _ in range(w)]
        self.channels, self.categories = _table(CHANNEL_WEIGHTS), _table(CATEGORY_WEIGHTS)
        self.log_miss = math.log(1 - FEEDBACK_SHARE)
        self.skip = self._gap()  # purchases, across members, before the next with feedback

    def add(self, member: DemoMember) -> list[DemoFeedback]:
        """The member's feedback (and maybe a walk-in's on the day they joined)."""
        said = []
        purchases = member.purchases
        while self.skip < len(purchases):
            said.append(self._after_visit(self.skip, purchases[self.skip][0]))
            self.skip += 1 + self._gap()
        self.skip -= len(purchases)
        if self.rng.random() < WALK_IN_SHARE:
            said.append(self._walk_in(member.joined_at))
        return said

    def _gap(self) -> int:
        """Purchases without feedback before the next one with (geometric: the same odds for
        each purchase, drawn once per feedback rather than once per purchase)."""
        return int(math.log(1.0 - self.rng.random()) / self.log_miss)

    def _after_visit(self, position: int, bought: datetime) -> DemoFeedback:
        channel = self._pick(self.channels)
        if channel == "counter":  # at the till, right after paying
            at = bought + timedelta(minutes=self.rng.randint(1, 5))
        else:
            at = bought + timedelta(hours=self.rng.uniform(1, 48))
        return self._feedback(False, position, min(at, self.not_after), channel)

    def _walk_in(self, day: datetime) -> DemoFeedback:
        hours = self.rng.uniform(OPEN_HOUR, CLOSE_HOUR)
        at = datetime(day.year, day.month, day.day) + timedelta(hours=hours)
        return self._feedback(True, None, min(at, self.not_after), "counter")

    def _feedback(self, walk_in: bool, purchase: int | None, at: datetime,
                  channel: str) -> DemoFeedback:
        rng = self.rng
        rating = self._pick(self.ratings)
        category = self._pick(self.categories)
        nps = rng.randint(*NPS_RANGES[rating]) if rng.random() < NPS_SHARE else None
        complaint = rating <= 2 or rng.random() < MARKED_SHARE.get(rating, 0)
        good, bad = COMMENTS[category]
        comment = None
        if rng.random() < COMMENT_SHARE:
            comment = self._pick(bad if complaint or rating <= 3 else good)
        reply = self._reply(at, channel, complaint)
        case = self._case(at, reply) if complaint else None
        return DemoFeedback(walk_in, purchase, at, rating, nps, category, channel, comment,
                            complaint, reply, case)

    def _reply(self, at: datetime, channel: str, complaint: bool
               ) -> tuple[datetime, str, str] | None:
        """The shop's answer: to most complaints, on WhatsApp when they came at the till; a
        thank-you to some good feedback online."""
        rng = self.rng
        if complaint and rng.random() < REPLY_SHARE:
            when, text = at + timedelta(hours=rng.uniform(0.2, 6)), self._pick(APOLOGIES)
        elif channel in ("social", "review") and not complaint and rng.random() < THANKS_SHARE:
            when, text = at + timedelta(hours=rng.uniform(1, 24)), self._pick(THANKS)
        else:
            return None
        if when > self.not_after:
            return None
        return when, "whatsapp" if channel == "counter" else channel, text

    def _case(self, opened: datetime, reply: tuple[datetime, str, str] | None) -> DemoCase:
        rng, due = self.rng, opened + self.due
        started = opened + timedelta(hours=rng.uniform(0.1, 4))
        resolved = self._resolved_at(opened)
        if started > (resolved or self.not_after) or rng.random() >= STARTED_SHARE:
            started = None
        if reply is not None and resolved is not None and reply[0] > resolved:
            resolved = reply[0]  # the fix came with the answer
        note = self._pick(RESOLUTIONS) if resolved is not None else None
        events: list[Event] = [("opened", None, opened)]
        if started is not None:
            events.append(("started", None, started))
        if reply is not None:
            events.append(("replied", f"{reply[1]}: {reply[2]}", reply[0]))
        if resolved is not None:
            events.append(("resolved", note, resolved))
        events.sort(key=lambda event: event[2])
        status = ("resolved" if resolved is not None
                  else "in_progress" if started is not None else "open")
        return DemoCase(status, opened, due, resolved, note, tuple(events))

    def _resolved_at(self, opened: datetime) -> datetime | None:
        """When the case was resolved; None: forgotten, or not yet by `not_after`."""
        rng, hours = self.rng, self.due.total_seconds() / 3600
        if rng.random() < FORGOTTEN_SHARE:
            return None
        if rng.random() < ON_TIME_SHARE:
            took = rng.uniform(0.5, hours)
        else:
            took = hours + rng.uniform(1, LATE_HOURS)
        resolved = opened + timedelta(hours=took)
        return resolved if resolved <= self.not_after else None

    def _pick(self, options: Sequence[T]) -> T:
        return options[int(self.rng.random() * len(options))]
