"""Write a new Alembic migration from the difference between the models and the newest schema.

Usage: make migration MSG="add member table"   (then read and edit the generated file)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from tokocrm.db import migrate
from tokocrm.db.opening import open_database


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine, _info = open_database(f"sqlite:///{Path(folder) / 'head.db'}")
        with engine.begin() as connection:
            revision = f"{int(migrate.head_revision()) + 1:04d}"
            config = migrate.alembic_config(connection)
            command.revision(config, message=message, autogenerate=True, rev_id=revision)
        engine.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].strip():
        sys.exit("usage: new_migration.py MESSAGE")
    main(sys.argv[1])
