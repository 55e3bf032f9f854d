"""cover the 12-month spend with the member-time index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

Every purchase sums the member's last 12 months of spend to find their tier. The member-time
index now also holds amount and voided_at, so that sum reads the index alone, never the rows,
and id, so a member's history (by time, then id) still comes in index order. Plain index
statements: on SQLite they need no table rebuild.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_purchase_member_time_amount", "purchase",
                    ["member_id", "purchased_at", "id", "amount", "voided_at"], unique=False)
    op.drop_index("ix_purchase_member_time", table_name="purchase")


def downgrade() -> None:
    op.create_index("ix_purchase_member_time", "purchase", ["member_id", "purchased_at"],
                    unique=False)
    op.drop_index("ix_purchase_member_time_amount", table_name="purchase")
