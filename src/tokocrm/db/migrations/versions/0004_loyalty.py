"""loyalty ledger, rewards, redemptions; purchase discount

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Also: the members table's name index now covers status, and a purchase may be paid partly
with points (discount), so its amount check allows Rp 0 paid when a discount covers it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reward",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=True),
        sa.Column("cap", sa.BigInteger(), nullable=True),
        sa.Column("stock", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('discount-rp', 'discount-pct', 'free-item')", name=op.f("ck_reward_kind")
        ),
        sa.CheckConstraint("points > 0", name=op.f("ck_reward_points_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reward")),
        sa.UniqueConstraint("name", name=op.f("uq_reward_name")),
    )
    op.create_table(
        "redemption",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("reward_id", sa.Integer(), nullable=True),
        sa.Column("purchase_id", sa.Integer(), nullable=True),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("discount", sa.BigInteger(), nullable=False),
        sa.Column("till", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_redemption_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["purchase_id"], ["purchase.id"], name=op.f("fk_redemption_purchase_id_purchase")
        ),
        sa.ForeignKeyConstraint(
            ["reward_id"], ["reward.id"], name=op.f("fk_redemption_reward_id_reward")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_redemption")),
    )
    with op.batch_alter_table("redemption", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_redemption_member_id"), ["member_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_redemption_purchase_id"), ["purchase_id"], unique=False
        )

    op.create_table(
        "points_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("purchase_id", sa.Integer(), nullable=True),
        sa.Column("redemption_id", sa.Integer(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("bonus_key", sa.String(length=64), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("points <> 0", name=op.f("ck_points_entry_points_nonzero")),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_points_entry_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["purchase_id"], ["purchase.id"], name=op.f("fk_points_entry_purchase_id_purchase")
        ),
        sa.ForeignKeyConstraint(
            ["redemption_id"],
            ["redemption.id"],
            name=op.f("fk_points_entry_redemption_id_redemption"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_entry")),
        sa.UniqueConstraint("bonus_key", name=op.f("uq_points_entry_bonus_key")),
    )
    with op.batch_alter_table("points_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_points_entry_expires_on"), ["expires_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_points_entry_kind"), ["kind"], unique=False)
        batch_op.create_index("ix_points_entry_member_id", ["member_id", "id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_points_entry_purchase_id"), ["purchase_id"], unique=False
        )

    op.create_table(
        "points_allocation",
        sa.Column("debit_id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.CheckConstraint("points > 0", name=op.f("ck_points_allocation_points_positive")),
        sa.ForeignKeyConstraint(
            ["debit_id"],
            ["points_entry.id"],
            name=op.f("fk_points_allocation_debit_id_points_entry"),
        ),
        sa.ForeignKeyConstraint(
            ["lot_id"], ["points_entry.id"], name=op.f("fk_points_allocation_lot_id_points_entry")
        ),
        sa.PrimaryKeyConstraint("debit_id", "lot_id", name=op.f("pk_points_allocation")),
    )
    with op.batch_alter_table("points_allocation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_points_allocation_lot_id"), ["lot_id"], unique=False)

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_name"))
        batch_op.create_index("ix_member_name_status", ["name", "status"], unique=False)

    with op.batch_alter_table("purchase", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("discount", sa.BigInteger(), server_default="0", nullable=False)
        )
        batch_op.drop_constraint(op.f("ck_purchase_amount_positive"), type_="check")
        batch_op.create_check_constraint(
            "amounts", sa.text("amount >= 0 AND discount >= 0 AND amount + discount > 0")
        )


def downgrade() -> None:
    with op.batch_alter_table("purchase", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_purchase_amounts"), type_="check")
        batch_op.drop_column("discount")
        batch_op.create_check_constraint("amount_positive", sa.text("amount > 0"))

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index("ix_member_name_status")
        batch_op.create_index(batch_op.f("ix_member_name"), ["name"], unique=False)

    with op.batch_alter_table("points_allocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_points_allocation_lot_id"))

    op.drop_table("points_allocation")
    with op.batch_alter_table("points_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_points_entry_purchase_id"))
        batch_op.drop_index("ix_points_entry_member_id")
        batch_op.drop_index(batch_op.f("ix_points_entry_kind"))
        batch_op.drop_index(batch_op.f("ix_points_entry_expires_on"))

    op.drop_table("points_entry")
    with op.batch_alter_table("redemption", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_redemption_purchase_id"))
        batch_op.drop_index(batch_op.f("ix_redemption_member_id"))

    op.drop_table("redemption")
    op.drop_table("reward")
