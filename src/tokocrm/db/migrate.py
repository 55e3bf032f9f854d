"""Bring a database to the newest schema with the Alembic scripts shipped in this package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Search indexes that migrations build by hand on SQLite (FTS5 and its shadow tables); they
# have no ORM model, so comparing schema and models leaves them out.
UNMODELLED_TABLE_PREFIXES = ("member_name_fts",)
# One engine's own indexes, made by migrations alone (0011: byte-order search on PostgreSQL).
UNMODELLED_INDEXES = frozenset({"ix_member_card_bytes", "ix_member_phone_bytes"})


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    if type_ == "index":
        return name not in UNMODELLED_INDEXES
    return not (type_ == "table" and name and name.startswith(UNMODELLED_TABLE_PREFIXES))


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    command.upgrade(alembic_config(connection), revision)
