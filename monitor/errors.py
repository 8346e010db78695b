"""The project's errors: one root, messages a user can act on, and the exit code for each."""


class MonitorError(Exception):
    """Root of every error this application raises on purpose; the CLI prints it in one line."""

    exit_code = 1


class ConfigError(MonitorError):
    """The configuration, or the database it names, cannot be used as given: fix it and rerun."""

    exit_code = 2


class StoreNotFound(ConfigError):
    """A command that only reads found no store where the configuration points."""


class DatabaseUnavailable(ConfigError):
    """The database named by `database_url` cannot be reached or opened."""


class AlreadyRunning(MonitorError):
    """Another daemon already runs on this SQLite file."""

    exit_code = 2
