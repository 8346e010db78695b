"""Create or upgrade a schema with Alembic, programmatically, safe to run from several processes."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command, context
from alembic.config import Config
from sqlalchemy.engine import Engine

from storage.engine import is_postgres

STORE_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK_KEY = 0x6B7A_6D67  # held while migrating so concurrent starts take turns


def upgrade(
    engine: Engine,
    script_location: Path = STORE_MIGRATIONS,
    version_table: str = "alembic_version_store",
    revision: str = "head",
) -> None:
    """Bring the schema in `script_location` up to `revision` in one transaction."""
    config = Config()
    config.set_main_option("script_location", str(script_location))
    with engine.begin() as conn:
        if is_postgres(conn):
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        config.attributes["connection"] = conn
        config.attributes["version_table"] = version_table
        command.upgrade(config, revision)


def current_revision(engine: Engine, version_table: str = "alembic_version_store") -> str | None:
    """The revision a database is at, None before the first upgrade."""
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table(version_table):
            return None
        return conn.execute(sa.text(f"SELECT version_num FROM {version_table}")).scalar()


def run_env() -> None:
    """Body of every env.py here: migrate on the connection handed over by `upgrade`."""
    config = context.config
    context.configure(
        connection=config.attributes["connection"],
        version_table=config.attributes["version_table"],
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
