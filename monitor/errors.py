"""The project's errors: one root, messages a user can act on."""


class MonitorError(Exception):
    """Root of every error this application raises on purpose."""


class ConfigError(MonitorError):
    """The configuration file or environment holds a value that cannot be used."""
