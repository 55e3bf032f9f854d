"""Alembic environment: always run on a connection handed over by `tokocrm.db.migrate`."""

from alembic import context

from tokocrm.db.migrate import include_name
from tokocrm.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
