"""a summary of each member's purchases, so today's segments need not read every purchase;
an index of who counts on a day

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24

Segments need, per member, the number of purchases, the first and last, and the spread of the
gaps between them. Computed from the purchases that is a window over every purchase (seconds
at 2,000,000); kept per member by the writes that change it (services/purchase_summary.py),
it is one row per member. The upgrade fills it from the purchases the shop has: the same
figures the app computes, in plain SQL of the day (a migration must not change when the app's
code does). Every segment run also lists the active members who had joined by the day: an
index on (status, joined_on) answers that without reading the members' rows.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A moment as a number of days, for the gaps; the app's db/queries/purchase_gaps.day_number.
DAYS = {"sqlite": "julianday(purchased_at)",
        "postgresql": "CAST(EXTRACT(EPOCH FROM purchased_at) AS DOUBLE PRECISION) / 86400"}

FILL = """
INSERT INTO purchase_summary (member_id, purchases, first_at, last_at, gap_squares)
SELECT member_id, COUNT(*), MIN(purchased_at), MAX(purchased_at), COALESCE(SUM(gap * gap), 0)
FROM (SELECT member_id, purchased_at,
             day - LAG(day) OVER (PARTITION BY member_id ORDER BY purchased_at, id) AS gap
      FROM (SELECT member_id, purchased_at, id, {days} AS day
            FROM purchase WHERE voided_at IS NULL) AS counted) AS gaps
GROUP BY member_id
"""


def upgrade() -> None:
    op.create_table(
        "purchase_summary",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("purchases", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.DateTime(), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=False),
        sa.Column("gap_squares", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"],
                                name=op.f("fk_purchase_summary_member_id_member")),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_purchase_summary")),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":  # a till still running the old app must not sell meanwhile
        op.execute("LOCK TABLE purchase IN SHARE MODE")
    op.execute(FILL.format(days=DAYS[dialect]))
    op.create_index("ix_member_status_joined_on", "member", ["status", "joined_on"])


def downgrade() -> None:
    op.drop_index("ix_member_status_joined_on", table_name="member")
    op.drop_table("purchase_summary")
