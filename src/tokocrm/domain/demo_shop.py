"""A believable sample shop for demos and trials: Indonesian members and the way they really buy.

Pure and deterministic: one `random.Random(seed)` drives everything, so the same seed and the
same `today` give the same shop on every machine. Members come out one at a time, in the order
they joined, each with its own purchases, so a million members never sit in memory at once.

The buying mix follows what small shops see: many customers buy once, a loyal core comes every
week, regulars about once a month, a few spend big, some stop coming after a while, and some
register and never buy. Baskets grow around paydays and before Lebaran.
"""

from __future__ import annotations

import random
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import TypeVar

T = TypeVar("T")

MAX_MEMBERS = 1_000_000  # the phone scheme below gives each operator prefix 10**6 numbers
REFERRER_EVERY = 12  # only every 12th member ever brings a friend (see _Shop._referrer)

# -- names ---------------------------------------------------------------------------------
FEMALE_NAMES = (
    "Siti", "Dewi", "Rina", "Sri", "Ani", "Fitri", "Putri", "Wulan", "Indah", "Lestari",
    "Ratna", "Yuni", "Nurul", "Ayu", "Rini", "Dian", "Sari", "Maya", "Ratih", "Endang",
    "Wati", "Susi", "Lina", "Mega", "Intan", "Novi", "Eka", "Yanti", "Kartika", "Fatimah",
    "Aisyah", "Rahma", "Nadia", "Citra", "Anisa", "Melati", "Rosa", "Tuti", "Sumarni", "Suharti",
    "Sulastri", "Ningsih", "Kurnia", "Fajarwati", "Heni", "Desi", "Lia", "Dina", "Vina", "Tari",
    "Utami", "Handayani", "Hartini", "Rukmini", "Mariam", "Yohana", "Maria", "Margaretha",
    "Theresia", "Kristina", "Mei Ling", "Lili", "Evi", "Erna", "Tika", "Nia", "Ika", "Winda",
)
MALE_NAMES = (
    "Budi", "Agus", "Wahyu", "Andi", "Yusuf", "Joko", "Bambang", "Slamet", "Hendra", "Rudi",
    "Dedi", "Eko", "Ahmad", "Muhammad", "Rizky", "Fajar", "Bayu", "Dimas", "Arif", "Hadi",
    "Teguh", "Heru", "Iwan", "Imam", "Ilham", "Irfan", "Reza", "Rahmat", "Taufik", "Yoga",
    "Surya", "Adi", "Doni", "Rian", "Aditya", "Gilang", "Fikri", "Hasan", "Umar", "Ali",
    "Sutrisno", "Sugeng", "Suparman", "Darmawan", "Hendrik", "Yohanes", "Paulus", "Markus",
    "Robert", "Stefanus", "Antonius", "Benny", "Hengki", "Johan", "Steven", "Denny", "Gunadi",
    "Tono", "Kurniadi", "Fauzi", "Rendy", "Samsul", "Ujang", "Asep", "Dadang", "Cecep",
)
# Balinese birth-order names and a few others carried by women and men alike.
SHARED_NAMES = ("Made", "Ketut", "Putu", "Nur", "Komang", "Wayan", "Nyoman", "Kadek", "Dwi",
                "Tri", "Yudi", "Rizki", "Ari", "Eni")
FEMALE_MIDDLE_NAMES = ("Nur", "Dwi", "Tri", "Eka", "Sri", "Ayu", "Dian", "Putri", "Sekar", "Ratna")
MALE_MIDDLE_NAMES = ("Nur", "Dwi", "Tri", "Eka", "Putra", "Indra", "Rahmat", "Wahyu", "Adi",
                     "Bagus")
FAMILY_NAMES = (
    "Santoso", "Wijaya", "Lestari", "Saputra", "Hidayat", "Pratama", "Nugroho", "Kusuma",
    "Siregar", "Simanjuntak", "Tanjung", "Setiawan", "Gunawan", "Kurniawan", "Hartono", "Halim",
    "Salim", "Susanto", "Purnomo", "Wibowo", "Sudirman", "Hakim", "Rahman", "Syahputra",
    "Nasution", "Harahap", "Lubis", "Sitompul", "Hutapea", "Pardede", "Sinaga", "Panjaitan",
    "Manurung", "Ginting", "Sembiring", "Tarigan", "Rangkuti", "Matondang", "Siahaan", "Sihombing",
    "Permana", "Hermawan", "Firmansyah", "Maulana", "Ramadhan", "Yulianto", "Suryadi", "Prasetyo",
    "Utomo", "Wahyudi", "Sulistyo", "Haryanto", "Budiman", "Tanoto", "Gozali", "Chandra",
    "Sanjaya", "Effendi", "Lim", "Tan", "Wirawan", "Suarna", "Sudarsana", "Adnyana", "Mahendra",
    "Pattinama", "Latuconsina", "Manuputty", "Rumbiak", "Mandagi", "Pangemanan", "Daeng",
    "Pohan", "Batubara", "Damanik", "Saragih", "Marpaung", "Aritonang",
)
EMAIL_DOMAINS = ("gmail.com",) * 7 + ("yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com")
STREETS = ("Melati", "Mawar", "Kenanga", "Anggrek", "Cempaka", "Dahlia", "Flamboyan",
           "Sudirman", "Diponegoro", "Merdeka", "Pahlawan", "Gatot Subroto", "Ahmad Yani",
           "Kartini", "Veteran", "Pemuda", "Pasar Baru", "Raya Bogor", "Kebon Jeruk", "Mangga")
NOTES = ("Suka kopi sachet", "Pesan galon tiap Senin", "Langganan beras 25 kg",
         "Minta diantar ke rumah", "Pemilik warung makan, belanja grosir",
         "Sering tanya promo minyak goreng", "Bayar pakai QRIS")

# -- phones --------------------------------------------------------------------------------
# Operator prefixes after the leading 0, weighted roughly by market share (Telkomsel first).
OPERATOR_PREFIXES = (
    ("811", 3), ("812", 14), ("813", 12), ("821", 10), ("822", 9), ("823", 5),
    ("851", 3), ("852", 9), ("853", 6),                      # Telkomsel
    ("814", 2), ("815", 3), ("816", 2), ("855", 1), ("856", 6), ("857", 7), ("858", 3),
    ("859", 1),                                                # Indosat
    ("817", 4), ("818", 3), ("819", 4), ("877", 4), ("878", 5),  # XL
    ("881", 1), ("882", 1), ("883", 1), ("884", 1), ("885", 1), ("886", 1), ("887", 2),
    ("888", 1), ("889", 1),                                    # Smartfren
    ("895", 3), ("896", 4), ("897", 2), ("898", 3), ("899", 2),  # Tri
)
# Digits after the leading 0, of which 4 are "8xx" plus 6 unique subscriber digits.
PHONE_LENGTHS = ((10, 5), (11, 20), (12, 60), (13, 15))
_CORE = 10**6

# -- shop ------------------------------------------------------------------------------------
CATEGORIES = ("Sembako", "Minuman", "Makanan Ringan", "Perlengkapan Mandi", "Rumah Tangga",
              "Pakaian")
_CATEGORY_WEIGHTS = (30, 25, 20, 12, 10, 3)
OPEN_HOUR, CLOSE_HOUR = 7, 22
# Customers per opening hour 07..21: breakfast rush, lunch, and the after-work peak.
_HOUR_WEIGHTS = (7, 9, 7, 5, 5, 8, 7, 5, 5, 6, 9, 11, 10, 8, 4)
MIN_AMOUNT = 5_000
MAX_AMOUNT = 10_000_000
DETAIL_SHARE = 0.12  # purchases keyed in with categories and an item count
PARTY_SHARE = 0.02  # a hajatan or stock-up basket, several times the usual
_DAYS_PER_MONTH = 30.436875
# Idul Fitri moves back one lunar year (about 354.37 days) each year; 2024-04-10 anchors it.
# Off by a day now and then, which is fine for a sample shop.
_LEBARAN_ANCHOR = date(2024, 4, 10).toordinal()
_LUNAR_YEAR = 354.367


@dataclass(frozen=True)
class Persona:
    """One kind of customer: how many of them, how often they come, how much they spend."""

    name: str
    share: float
    basket: int  # median basket in Rupiah
    interval: tuple[float, float]  # range of a member's mean days between visits; (0, 0): n/a
    active_months: tuple[int, int] = (0, 0)  # how long a churned customer kept coming


PERSONAS = (
    Persona("never", 0.07, 0, (0, 0)),
    Persona("once", 0.23, 40_000, (0, 0)),
    Persona("occasional", 0.18, 50_000, (0, 0)),
    Persona("regular", 0.22, 85_000, (14, 35)),
    Persona("loyal", 0.13, 35_000, (2, 7)),
    Persona("big", 0.03, 650_000, (7, 18)),
    Persona("churned", 0.14, 55_000, (3, 14), (1, 10)),
)

# A purchase: when, how much (whole Rupiah), items (or None), category names (maybe empty).
Purchase = tuple[datetime, int, int | None, tuple[str, ...]]


@dataclass(frozen=True)
class DemoMember:
    index: int  # 0-based, in the order they joined
    name: str
    phone: str  # E.164
    email: str | None
    birthday: date | None
    gender: str | None  # "female", "male" or None
    address: str | None
    notes: str | None
    joined_at: datetime
    referred_by: int | None  # index of an earlier member
    marketing_consent: bool
    persona: str
    purchases: list[Purchase]


def sample_shop(members: int, months: int, seed: int, today: date,
                not_after: datetime | None = None) -> Iterator[DemoMember]:
    """`members` members who joined over the `months` before `today`, with their purchases.
    Nothing happens after `not_after` (default: closing time on `today`)."""
    if not 1 <= members <= MAX_MEMBERS or months < 1:
        raise ValueError(f"members must be 1..{MAX_MEMBERS} and months at least 1")
    shop = _Shop(random.Random(seed), members, months, today, not_after)
    for index in range(members):
        yield shop.member(index)


class _Shop:
    """The generator's state. Tables are precomputed once so each purchase costs a few lookups
    instead of datetime arithmetic and distribution sampling."""

    def __init__(self, rng: random.Random, members: int, months: int, today: date,
                 not_after: datetime | None) -> None:
        self.rng, self.random = rng, rng.random
        self.total = members
        self.today = today.toordinal()
        self.start = first_day(months, today).toordinal()
        self.not_after = not_after or datetime(today.year, today.month, today.day, CLOSE_HOUR)
        self.closed = closed_days(self.start, self.today)
        self.openings = [datetime.fromordinal(d) + timedelta(hours=OPEN_HOUR)
                         for d in range(self.start, self.today + 1)]
        self.day_factor = [_day_factor(d) for d in range(self.start, self.today + 1)]
        self.seconds = [timedelta(seconds=s)
                        for s in range((CLOSE_HOUR - OPEN_HOUR) * 3600)]
        self.hours = _weighted_table(range(len(_HOUR_WEIGHTS)), _HOUR_WEIGHTS)
        self.join_cdf = list(accumulate(_join_weight(d, self.start, self.today, self.closed)
                                        for d in range(self.start, self.today + 1)))
        # Skewed multipliers, drawn once: a lookup is far cheaper than lognormvariate per row.
        self.spread = [rng.lognormvariate(0, 0.6) for _ in range(4096)]
        self.member_spread = [rng.lognormvariate(0, 0.45) for _ in range(1024)]
        self.gaps = [rng.gammavariate(2.0, 0.5) for _ in range(1024)]
        self.prefixes = _weighted_table(tuple(p for p, _ in OPERATOR_PREFIXES),
                                        tuple(w for _, w in OPERATOR_PREFIXES))
        self.lengths = _weighted_table(tuple(n for n, _ in PHONE_LENGTHS),
                                       tuple(w for _, w in PHONE_LENGTHS))
        self.personas = _weighted_table(PERSONAS, tuple(round(p.share * 100) for p in PERSONAS))
        self.categories = _weighted_table(CATEGORIES, _CATEGORY_WEIGHTS)
        # Unique phones without remembering them: the k-th number of a prefix takes subscriber
        # digits (step * k + offset) mod 10**6, a permutation because step is coprime to 10.
        self.phone_step = rng.randrange(100_003, 999_999, 2)
        while self.phone_step % 5 == 0:
            self.phone_step += 2
        self.phone_offset = {p: rng.randrange(_CORE) for p, _ in OPERATOR_PREFIXES}
        self.phone_count = dict.fromkeys(self.phone_offset, 0)
        self.day_first_index = 0  # first member who joined on the current join day
        self.current_day = -1
        day = date.fromordinal(self.today)  # birthdays: ages 16 to 75, most around 34
        self.born = tuple(_years_before(day, years).toordinal() for years in (76, 16, 34))

    # -- one member ------------------------------------------------------------------------
    def member(self, index: int) -> DemoMember:
        day = self._join_day(index)
        joined_at = self._moment(day)
        if joined_at > self.not_after:
            joined_at = self.not_after
        gender = self._gender()
        first, name = self._name(gender)
        persona = self._pick(self.personas)
        return DemoMember(
            index=index, name=name, phone=self._phone(),
            email=self._email(first, name) if self.random() < 0.25 else None,
            birthday=self._birthday() if self.random() < 0.85 else None,
            gender=gender, address=self._address() if self.random() < 0.35 else None,
            notes=self._pick(NOTES) if self.random() < 0.02 else None,
            joined_at=joined_at, referred_by=self._referrer(),
            marketing_consent=self.random() < 0.45, persona=persona.name,
            purchases=self._purchases(persona, day, joined_at))

    def _join_day(self, index: int) -> int:
        """Evenly through the join distribution, so member order is join order."""
        target = (index + 0.5) / self.total * self.join_cdf[-1]
        day = self.start + min(bisect_left(self.join_cdf, target), len(self.join_cdf) - 1)
        if day != self.current_day:
            self.current_day, self.day_first_index = day, index
        return day

    def _referrer(self) -> int | None:
        """About 7% were brought by a friend who joined on an earlier day. Referrers are a small
        group (every 12th member) and mostly long-standing ones."""
        earlier = self.day_first_index
        if earlier == 0 or self.random() >= 0.07:
            return None
        pick = int(earlier * self.random() ** 1.5)
        return pick - pick % REFERRER_EVERY

    def _gender(self) -> str | None:
        draw = self.random()
        return "female" if draw < 0.52 else "male" if draw < 0.93 else None

    def _name(self, gender: str | None) -> tuple[str, str]:
        pick = self._pick
        female = gender == "female" or (gender is None and self.random() < 0.5)
        if self.random() < 0.12:
            first = pick(SHARED_NAMES)
        else:
            first = pick(FEMALE_NAMES if female else MALE_NAMES)
        shape = self.random()
        if shape < 0.12:  # many Indonesians carry a single name
            return first, first
        if shape < 0.25:
            middle = pick(FEMALE_MIDDLE_NAMES if female else MALE_MIDDLE_NAMES)
            return first, f"{first} {middle} {pick(FAMILY_NAMES)}"
        return first, f"{first} {pick(FAMILY_NAMES)}"

    def _phone(self) -> str:
        prefix = self._pick(self.prefixes)
        k = self.phone_count[prefix]
        self.phone_count[prefix] = k + 1
        core = (self.phone_step * k + self.phone_offset[prefix]) % _CORE
        extra = self._pick(self.lengths) - 10
        lead = f"{self.rng.randrange(10**extra):0{extra}d}" if extra else ""
        return f"+62{prefix}{lead}{core:06d}"

    def _email(self, first: str, name: str) -> str:
        parts = name.lower().replace(" ", ".")
        local = parts if self.random() < 0.5 else first.lower().replace(" ", "")
        return f"{local}{self.rng.randrange(1, 999)}@{self._pick(EMAIL_DOMAINS)}"

    def _birthday(self) -> date:
        """Ages 16 to 75 on `today`, most customers between 25 and 50."""
        before_76, turned_16, turned_34 = self.born
        return date.fromordinal(round(self.rng.triangular(before_76 + 1, turned_16, turned_34)))

    def _address(self) -> str:
        rng = self.rng
        street = f"{'Jl.' if self.random() < 0.8 else 'Gg.'} {self._pick(STREETS)}"
        return (f"{street} No. {rng.randint(1, 150)}, "
                f"RT {rng.randint(1, 12):02d}/RW {rng.randint(1, 9):02d}")

    # -- buying behaviour --------------------------------------------------------------------
    def _purchases(self, persona: Persona, join_day: int, joined_at: datetime) -> list[Purchase]:
        days = _VISITS[persona.name](self, persona, join_day)
        if not days:
            return []
        basket = persona.basket * self.member_spread[int(self.random() * 1024)]
        return self._baskets(days, basket, join_day, joined_at)

    def _baskets(self, days: list[int], basket: float, join_day: int,
                 joined_at: datetime) -> list[Purchase]:
        """The hot loop (about 20 per member): table lookups only."""
        rnd, spread, factor = self.random, self.spread, self.day_factor
        openings, seconds, hours = self.openings, self.seconds, self.hours
        start, closed, last, not_after = self.start, self.closed, self.today, self.not_after
        n_hours = len(hours)
        out: list[Purchase] = []
        for day in days:
            if day in closed:  # Lebaran: the shop is shut, they come when it opens again
                day += 2
            if day > last:
                break
            at = openings[day - start] + seconds[
                hours[int(rnd() * n_hours)] * 3600 + int(rnd() * 3600)]
            if day == join_day and not out:  # registered at the counter while paying
                at = joined_at
            if at > not_after:
                break
            raw = basket * spread[int(rnd() * 4096)] * factor[day - start]
            if rnd() < PARTY_SHARE:
                raw *= 4
            amount = _receipt_amount(raw)
            if rnd() < DETAIL_SHARE:
                out.append((at, amount, *self._details(amount)))
            else:
                out.append((at, amount, None, ()))
        return out

    def _details(self, amount: int) -> tuple[int, tuple[str, ...]]:
        """Item count and categories, for the purchases keyed in item by item."""
        rnd = self.random
        items = max(1, round(amount / (9_000 + 12_000 * rnd())))
        picked = [self._pick(self.categories) for _ in range(1 + int(rnd() * rnd() * 3))]
        if amount > 300_000 and rnd() < 0.3:
            picked.append("Pakaian")
        return min(items, 500), tuple(sorted(set(picked)))

    def _pick(self, options: Sequence[T]) -> T:
        return options[int(self.random() * len(options))]

    def _gap(self, mean: float) -> int:
        return max(1, int(mean * self.gaps[int(self.random() * 1024)] + 0.5))

    def _moment(self, day: int) -> datetime:
        second = self._pick(self.hours) * 3600 + int(self.random() * 3600)
        return self.openings[day - self.start] + self.seconds[second]


# -- visit patterns: the days a member comes, from their join day ----------------------------
def _never(shop: _Shop, persona: Persona, join_day: int) -> list[int]:
    return []


def _once(shop: _Shop, persona: Persona, join_day: int) -> list[int]:
    if shop.random() < 0.7:
        return [join_day]
    return [join_day + 1 + int(shop.random() * 60)]


def _occasional(shop: _Shop, persona: Persona, join_day: int) -> list[int]:
    """Two to six visits scattered over their time with the shop, the first at joining and
    the others on later days (not earlier on the day they registered)."""
    span = shop.today - join_day
    later = sorted(join_day + 1 + int(shop.random() * span)
                   for _ in range(1 + int(shop.random() * 5)))
    return [join_day, *later]


def _repeating(shop: _Shop, persona: Persona, join_day: int) -> list[int]:
    """Regulars, loyal and big spenders: a personal rhythm, for as long as the shop has them."""
    return _rhythm(shop, persona, join_day, shop.today)


def _churned(shop: _Shop, persona: Persona, join_day: int) -> list[int]:
    low, high = persona.active_months
    until = join_day + int((low + shop.random() * (high - low)) * _DAYS_PER_MONTH)
    return _rhythm(shop, persona, join_day, min(until, shop.today))


def _rhythm(shop: _Shop, persona: Persona, join_day: int, until: int) -> list[int]:
    low, high = persona.interval
    mean = low + shop.random() * (high - low)
    days, day = [], join_day
    while day <= until:
        days.append(day)
        day += shop._gap(mean)
    return days


_VISITS = {"never": _never, "once": _once, "occasional": _occasional, "regular": _repeating,
           "loyal": _repeating, "big": _repeating, "churned": _churned}


# -- calendar and money helpers ------------------------------------------------------------
def _receipt_amount(raw: float) -> int:
    """Whole Rupiah as a till rings it up: to Rp 500 below Rp 100.000, else to Rp 1.000."""
    amount = int(raw)
    step = 500 if amount < 100_000 else 1_000
    amount = (amount + step // 2) // step * step
    return MIN_AMOUNT if amount < MIN_AMOUNT else min(amount, MAX_AMOUNT)


def lebaran_days(first: int, last: int) -> list[int]:
    """Approximate Idul Fitri day ordinals between two ordinals."""
    k = int((first - _LEBARAN_ANCHOR) // _LUNAR_YEAR) - 1
    found = []
    while (day := _LEBARAN_ANCHOR + round(k * _LUNAR_YEAR)) <= last:
        if day >= first:
            found.append(day)
        k += 1
    return found


def first_day(months: int, today: date) -> date:
    """The sample shop's first day: `months` before `today`."""
    return date.fromordinal(today.toordinal() - round(months * _DAYS_PER_MONTH))


def closed_days(start: int, today: int) -> frozenset[int]:
    """The shop closes on Lebaran and the day after."""
    return frozenset(d + i for d in lebaran_days(start - 1, today) for i in (0, 1))


def _day_factor(day: int) -> float:
    """Baskets swell right after payday (the 25th to the 5th), on weekends and before
    Lebaran, when families stock up for the holiday."""
    when = date.fromordinal(day)
    factor = 1.15 if when.day >= 25 or when.day <= 5 else 1.0
    if when.weekday() >= 5:
        factor *= 1.1
    for lebaran in lebaran_days(day, day + 30):
        factor *= 1.7 if lebaran - day <= 10 else 1.25
    return factor


def _join_weight(day: int, start: int, today: int, closed: frozenset[int]) -> float:
    """More sign-ups in the opening month and, as word spreads, over time."""
    if day in closed:
        return 0.0
    weight = 1.0 + 0.6 * (day - start) / max(1, today - start)
    if day - start < 30:
        weight *= 3
    if date.fromordinal(day).weekday() >= 5:
        weight *= 1.2
    return weight


def _weighted_table(options: Sequence[T], weights: Sequence[int]) -> list[T]:
    """A list where each option appears `weight` times: one index picks with the right odds."""
    return [option for option, weight in zip(options, weights, strict=True)
            for _ in range(weight)]


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
