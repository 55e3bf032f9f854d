"""What an import is made of, independent of spreadsheets and storage.

The io layer reads and cleans a file into `ImportRow`s (row number, cleaned values, the
problems cleaning found); the import service decides what happens to each row and returns an
`ImportResult`: counts, and one `RowOutcome` per row saying what was done and why. A problem is
a `RowIssue` whose `reason` is a key of `InvalidField.REASONS` (a cell that did not clean) or
of `REASONS` below (what the service found: a duplicate, a card taken, ...), so the GUI can
say it in its own language and the command line prints the English `message()`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from tokocrm.domain.errors import InvalidField

MEMBERS = "members"
PURCHASES = "purchases"


class OnDuplicate(StrEnum):
    """What to do with a row that is a member the shop already has."""

    SKIP = "skip"  # leave the member as it is
    FILL = "fill"  # fill the member's empty fields from the row, change nothing else
    OVERWRITE = "overwrite"  # every field the row has replaces the member's (blanks erase nothing)


class Action(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    SKIPPED = "skipped"
    REJECTED = "rejected"


# Reasons the import service gives (the cleaning reasons are in InvalidField.REASONS).
REASONS: dict[str, str] = {
    "duplicate_in_file": "is the same as row {first_row} (same {key}); only the first is imported",
    "exists": "belongs to member {card} ({name}) already (same {key})",
    "unchanged": "member {card} ({name}) already has these values",
    "card_taken": "card {value} belongs to another member, {card} ({name})",
    "card_differs": (
        "matches member {card} ({name}) by {key}, but the row gives card {value}; "
        "an import never changes a member's card"
    ),
    "conflict": "matches {first} by {first_key} but {second} by {second_key}",
    "points_not_added": (
        "{value} points were not added: {card} ({name}) is already a member, and points come "
        "in only as the opening balance of a new member"
    ),
    "member_not_found": "no active member has this {key}",
    "member_inactive": "member {card} ({name}) is not active",
    "member_ambiguous": "{count} members share this {key}; give the card or phone instead",
    "ref_not_kept": (
        "TokoCRM does not keep other systems' customer ids; give the card, phone or e-mail"
    ),
    "receipt_in_file": "is the same receipt as row {first_row}; only the first is imported",
    "receipt_exists": "was already recorded",
}


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One thing wrong with (or to know about) a row's field.

    `field` is a field name ("phone", "card", ...) or "contact"/"member" for a row-wide need;
    `reason` a key of InvalidField.REASONS or of REASONS; `value` what was refused; `column`
    the table column (0-based, as in the io layer's Table.headers) it came from, when known;
    `params` fill the reason's sentence."""

    field: str
    reason: str
    value: object = None
    column: int | None = None
    params: Mapping[str, object] = field(default_factory=dict)

    def message(self) -> str:
        """English, e.g. "phone: is not an Indonesian mobile number (got '08123')"."""
        if self.reason in REASONS:
            values = {"value": self.value, **self.params}
            return f"{self.field}: {REASONS[self.reason].format(**values)}"
        extra = {k: v for k, v in self.params.items() if k not in ("field", "value", "reason")}
        return str(InvalidField(field=self.field, value=self.value, reason=self.reason, **extra))


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One data row of a file, cleaned: `row` is the number the spreadsheet shows; `values`
    has every field of the kind (domain.cleaning.MEMBER_FIELDS or PURCHASE_FIELDS), None when
    blank or refused; `issues` are the cells that did not clean (the row is then rejected)."""

    row: int
    values: Mapping[str, object]
    issues: tuple[RowIssue, ...] = ()


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What the import did (or, in a dry run, would do) with one row, and why.

    `issues`: why a row was rejected or skipped, or a note on a row that went in (points not
    added to an existing member). `duplicate_of`: the earlier file row it repeats.
    `member_id`: the shop's member the row matched (updated or skipped) or names (purchases).
    `changed`: the fields an update sets."""

    row: int
    action: Action
    issues: tuple[RowIssue, ...] = ()
    duplicate_of: int | None = None
    member_id: int | None = None
    changed: tuple[str, ...] = ()

    def reason(self) -> str:
        """All the issues in English, joined with '; ' ('' when none)."""
        return "; ".join(issue.message() for issue in self.issues)


@dataclass(frozen=True)
class ImportResult:
    """Counts and one outcome per non-blank row, in file order. `rows` = created + updated +
    skipped + rejected. `points`: opening points imported (members) or points awarded
    (purchases). `dry_run`: nothing was written."""

    kind: str
    dry_run: bool
    rows: int
    created: int
    updated: int
    skipped: int
    rejected: int
    points: int
    outcomes: tuple[RowOutcome, ...]

    def summary(self) -> dict[str, int]:
        """The command line's JSON: rows, created, updated, skipped, rejected."""
        return {"rows": self.rows, "created": self.created, "updated": self.updated,
                "skipped": self.skipped, "rejected": self.rejected}

    def rejected_outcomes(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.action == Action.REJECTED]


def result_of(kind: str, dry_run: bool, outcomes: tuple[RowOutcome, ...],
              points: int = 0) -> ImportResult:
    """An ImportResult with the counts taken from `outcomes`."""
    counts = dict.fromkeys(Action, 0)
    for outcome in outcomes:
        counts[outcome.action] += 1
    return ImportResult(kind, dry_run, len(outcomes), counts[Action.CREATED],
                        counts[Action.UPDATED], counts[Action.SKIPPED], counts[Action.REJECTED],
                        points, outcomes)
