"""card and phone indexes in byte order on PostgreSQL

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23

The counter finds the members whose card or phone starts with what was typed as a range,
"0819" up to "081:", which holds in byte order only. A shop's PostgreSQL database sorts text
by its language's rules, so the search compares in the "C" collation (db/queries/members.py),
and these indexes keep it a quick range scan. SQLite sorts bytes already: nothing to do there.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {"ix_member_card_bytes": "card", "ix_member_phone_bytes": "phone"}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, column in INDEXES.items():
        op.execute(f'CREATE INDEX {name} ON member ({column} COLLATE "C")')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
