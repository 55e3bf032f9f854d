"""printed cards and WhatsApp messages

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23

When a member's card was printed (so "print the new cards" finds the rest), the owner's
message templates, and the log of messages sent to members.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("member", sa.Column("card_printed_at", sa.DateTime(), nullable=True))
    op.create_table(
        "message_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('promo', 'service')",
                           name=op.f("ck_message_template_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_template")),
        sa.UniqueConstraint("name", name=op.f("uq_message_template_name")),
    )
    op.create_table(
        "message_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=True),
        sa.Column("template_name", sa.String(length=60), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("sent_by", sa.String(length=64), nullable=False),
        sa.Column("till", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"],
                                name=op.f("fk_message_log_member_id_member")),
        sa.ForeignKeyConstraint(["template_id"], ["message_template.id"],
                                name=op.f("fk_message_log_template_id_message_template")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_log")),
    )
    op.create_index(op.f("ix_message_log_member_id"), "message_log", ["member_id"])
    op.create_index(op.f("ix_message_log_sent_at"), "message_log", ["sent_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_message_log_sent_at"), table_name="message_log")
    op.drop_index(op.f("ix_message_log_member_id"), table_name="message_log")
    op.drop_table("message_log")
    op.drop_table("message_template")
    op.drop_column("member", "card_printed_at")  # plain ALTER: keeps the name index triggers
