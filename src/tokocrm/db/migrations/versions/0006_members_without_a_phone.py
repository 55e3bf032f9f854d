"""members without a phone

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

Shops keep card-only and e-mail-only customers, so a member's phone may be empty (NULL: the
partial unique index on active phones lets any number of members have none).

On SQLite, changing a column rebuilds the member table, which drops the triggers keeping the
FTS5 name index up to date; they are made again here. The index itself survives: the rebuild
keeps every row's id and name.
"""

from collections.abc import Sequence
from importlib import import_module

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The triggers exactly as 0003 made them.
_0003 = import_module("tokocrm.db.migrations.versions.0003_members_purchases")
NAME_INDEX_TRIGGERS = [s for s in _0003.SQLITE_NAME_INDEX if s.startswith("CREATE TRIGGER")]


def upgrade() -> None:
    _alter_phone(nullable=True)


def downgrade() -> None:
    # Fails on purpose while any member has no phone: there is nothing to put in the column.
    _alter_phone(nullable=False)


def _alter_phone(nullable: bool) -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.alter_column("phone", existing_type=sa.VARCHAR(length=16), nullable=nullable)
    if op.get_bind().dialect.name == "sqlite":
        for statement in NAME_INDEX_TRIGGERS:
            op.execute(statement)
