"""members, purchases and product categories

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

On SQLite, member names also get an FTS5 trigram index (kept up to date by triggers), so the
counter finds any part of a name without scanning every member.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULT_CATEGORIES = [
    "Sembako",
    "Minuman",
    "Makanan Ringan",
    "Perlengkapan Mandi",
    "Rumah Tangga",
    "Pakaian",
]

SQLITE_NAME_INDEX = [
    "CREATE VIRTUAL TABLE member_name_fts USING fts5("
    "name, content='member', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER member_name_fts_insert AFTER INSERT ON member BEGIN "
    "INSERT INTO member_name_fts(rowid, name) VALUES (new.id, new.name); END",
    "CREATE TRIGGER member_name_fts_delete AFTER DELETE ON member BEGIN "
    "INSERT INTO member_name_fts(member_name_fts, rowid, name) VALUES ('delete', old.id, old.name);"
    " END",
    "CREATE TRIGGER member_name_fts_update AFTER UPDATE OF name ON member BEGIN "
    "INSERT INTO member_name_fts(member_name_fts, rowid, name) VALUES ('delete', old.id, old.name);"
    " INSERT INTO member_name_fts(rowid, name) VALUES (new.id, new.name); END",
]


def upgrade() -> None:
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("card", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=16), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(length=8), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("referred_by_id", sa.Integer(), nullable=True),
        sa.Column("marketing_consent", sa.Boolean(), nullable=False),
        sa.Column("consent_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('active', 'inactive', 'merged')", name=op.f("ck_member_status")
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["member.id"], name=op.f("fk_member_merged_into_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["referred_by_id"], ["member.id"], name=op.f("fk_member_referred_by_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("card", name=op.f("uq_member_card")),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_joined_on"), ["joined_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_phone"), ["phone"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_member_referred_by_id"), ["referred_by_id"], unique=False
        )
        batch_op.create_index(
            "uq_member_active_phone",
            ["phone"],
            unique=True,
            sqlite_where=sa.text("status = 'active'"),
            postgresql_where=sa.text("status = 'active'"),
        )

    op.create_table(
        "product_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_category")),
        sa.UniqueConstraint("name", name=op.f("uq_product_category_name")),
    )
    op.create_table(
        "purchase",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("purchased_at", sa.DateTime(), nullable=False),
        sa.Column("receipt", sa.String(length=64), nullable=True),
        sa.Column("items_count", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("till", sa.String(length=64), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sa.String(length=64), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.CheckConstraint("amount > 0", name=op.f("ck_purchase_amount_positive")),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_purchase_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase")),
        sa.UniqueConstraint("receipt", name=op.f("uq_purchase_receipt")),
    )
    with op.batch_alter_table("purchase", schema=None) as batch_op:
        batch_op.create_index(
            "ix_purchase_member_time", ["member_id", "purchased_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_purchase_purchased_at"), ["purchased_at"], unique=False
        )

    op.create_table(
        "purchase_category",
        sa.Column("purchase_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["product_category.id"],
            name=op.f("fk_purchase_category_category_id_product_category"),
        ),
        sa.ForeignKeyConstraint(
            ["purchase_id"], ["purchase.id"], name=op.f("fk_purchase_category_purchase_id_purchase")
        ),
        sa.PrimaryKeyConstraint("purchase_id", "category_id", name=op.f("pk_purchase_category")),
    )
    with op.batch_alter_table("purchase_category", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_purchase_category_category_id"), ["category_id"], unique=False
        )

    categories = sa.table(
        "product_category", sa.column("name", sa.String), sa.column("active", sa.Boolean)
    )
    op.bulk_insert(categories, [{"name": name, "active": True} for name in DEFAULT_CATEGORIES])
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_NAME_INDEX:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("member_name_fts_insert", "member_name_fts_delete", "member_name_fts_update"):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE member_name_fts")
    with op.batch_alter_table("purchase_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purchase_category_category_id"))

    op.drop_table("purchase_category")
    with op.batch_alter_table("purchase", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purchase_purchased_at"))
        batch_op.drop_index("ix_purchase_member_time")

    op.drop_table("purchase")
    op.drop_table("product_category")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_member_active_phone",
            sqlite_where=sa.text("status = 'active'"),
            postgresql_where=sa.text("status = 'active'"),
        )
        batch_op.drop_index(batch_op.f("ix_member_referred_by_id"))
        batch_op.drop_index(batch_op.f("ix_member_phone"))
        batch_op.drop_index(batch_op.f("ix_member_name"))
        batch_op.drop_index(batch_op.f("ix_member_joined_on"))

    op.drop_table("member")
