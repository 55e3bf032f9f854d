"""the branch that recorded each purchase, redemption and feedback

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23

A shop with several branches names each installation's till and branch (Settings → This
counter). Purchases, redemptions and feedback already keep their till; they now keep the
branch too, so the dashboard and the exports can show one branch. Rows from before have no
branch (an empty name): the shop had one place then.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("purchase", "redemption", "feedback")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("branch", sa.String(length=64), server_default="",
                                       nullable=False))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "branch")
