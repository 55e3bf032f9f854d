"""logins, audit trail and erasure

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23

Users log in with an Argon2id-hashed password or PIN and are locked out for a while after
failed tries. The built-in owner row of older shops stays, without a secret: it cannot log in,
and the app's first start makes it the shop's owner account. The audit trail is append-only.
A member erased on request keeps their row (purchases stay, anonymous) with the erasure date.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("secret_hash", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("secret_kind", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("failed_logins", sa.Integer(), server_default="0",
                                      nullable=False))
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1",
                                      nullable=False))
        batch_op.create_check_constraint(
            "role", "role IN ('owner', 'cashier', 'bookkeeper')")
        batch_op.create_check_constraint("secret_kind", "secret_kind IN ('password', 'pin')")
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=True),
        sa.Column("till", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=120), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index(op.f("ix_audit_event_action"), "audit_event", ["action"], unique=False)
    op.create_index(op.f("ix_audit_event_at"), "audit_event", ["at"], unique=False)
    op.create_index(op.f("ix_audit_event_username"), "audit_event", ["username"], unique=False)
    op.add_column("member", sa.Column("erased_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # A plain ALTER (SQLite 3.35+), not a batch rebuild that would drop the name index's
    # triggers on member.
    op.drop_column("member", "erased_at")
    op.drop_index(op.f("ix_audit_event_username"), table_name="audit_event")
    op.drop_index(op.f("ix_audit_event_at"), table_name="audit_event")
    op.drop_index(op.f("ix_audit_event_action"), table_name="audit_event")
    op.drop_table("audit_event")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_constraint("role", type_="check")
        batch_op.drop_constraint("secret_kind", type_="check")
        for column in ("version", "created_at", "locked_until", "failed_logins",
                       "secret_kind", "secret_hash"):
            batch_op.drop_column(column)
