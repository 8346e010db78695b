"""Chat services through Apprise (tgram://, slack://, matrix://, discord://, msteams://, ntfy://,
json://, ...): each new or changed development as a short English message, and where configured
the opening briefing of a digest.

Apprise URLs carry tokens: they are never logged or shown. Apprise's own log records stay inside
this module (captured per attempt), and every error is redacted before it leaves.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import orjson

from monitor.developments import date_label, facts
from monitor.errors import ConfigError
from monitor.notify.channels.base import (
    Attempt,
    Delivery,
    Filters,
    Outcome,
    Policy,
    public_where,
    redact,
    secrets_of,
)
from monitor.settings import NotifyConfig, Settings

if TYPE_CHECKING:
    from monitor.developments import Development

KIND = "apprise"
TITLES = {
    "detected": "New",
    "revised": "Update",
    "corroborated": "Confirmed by more outlets",
    "briefing": "Briefing",
}
STATES = {"in_force": "in force", "held": "held", "reported": "reported"}


@dataclass(frozen=True)
class Message:
    title: str
    body: str


@dataclass
class AppriseChannel:
    name: str
    urls: list[str] = field(repr=False)
    policy: Policy = field(default_factory=Policy)
    filters: Filters = field(default_factory=Filters)
    sources: int = 3
    kind: str = KIND

    @property
    def where(self) -> str:
        return ", ".join(dict.fromkeys(public_where(url) for url in self.urls))

    @property
    def secrets(self) -> list[str]:
        return sorted({s for url in self.urls for s in secrets_of(url)}, key=len, reverse=True)

    def render(self, delivery: Delivery) -> Message:
        if delivery.kind == "briefing":
            return briefing_message(delivery)
        development = delivery.development()
        if development is None:
            raise ValueError(f"development {delivery.development_key} is not in the log")
        return development_message(development, delivery, self.sources)

    def render_test(self) -> Message:
        return Message("kz-il-monitor: test", f"A test message to the {self.name} channel.")

    def deliver(self, message_id: str, rendered: Message) -> Attempt:
        import apprise

        load_plugins(self.urls)
        notifier = apprise.Apprise()
        for url in self.urls:
            notifier.add(url)
        timeout = self.policy.timeout.total_seconds()
        for service in notifier:
            service.socket_connect_timeout = service.socket_read_timeout = timeout
        started = time.perf_counter()
        with apprise.LogCapture(level=logging.WARNING) as captured:
            sent = bool(
                notifier.notify(
                    body=rendered.body, title=rendered.title,
                    body_format=apprise.NotifyFormat.MARKDOWN,
                )
            )  # fmt: skip
            problems = captured.getvalue()
        elapsed = int((time.perf_counter() - started) * 1000)
        if sent:
            return Attempt(Outcome.DELIVERED, None, None, elapsed)
        lines = [line.split(" - ", 2)[-1] for line in problems.splitlines() if line.strip()]
        error = redact(" | ".join(lines) or "not sent", self.secrets)[:500]
        return Attempt(Outcome.RETRY, None, error, elapsed)

    def close(self) -> None:
        pass


def development_message(dev: Development, delivery: Delivery, shown: int) -> Message:
    """Headline, date and state, and the first outlets as links."""
    day = delivery.created_at.date().isoformat()
    told = facts(dev, day) or facts(dev)
    fact = told[0] if told else None
    headline = fact["headline"] if fact else dev.type.replace("_", " ")
    lines = [headline]
    dated = (fact["date"] if fact else None) or dev.date
    when = date_label(dated) if dated else ""
    state = (fact or {}).get("state") or ""
    details = [part for part in (when, STATES.get(state, state.replace("_", " "))) if part]
    if details:
        lines.append(" · ".join(details))
    sources = (fact or {}).get("sources") or dev.sources
    links = [f"[{_outlet(s)}]({s['url']})" for s in sources[:shown] if _http(s.get("url"))]
    if links:
        more = len(sources) - len(links)
        lines.append("Sources: " + ", ".join(links) + (f" and {more} more" if more > 0 else ""))
    return Message(f"{TITLES.get(delivery.kind, 'Update')}: {headline}"[:250], "\n".join(lines))


def briefing_message(delivery: Delivery) -> Message:
    """A digest's opening: its lead paragraph, as of the digest's day."""
    from monitor.views.summarize import summarize

    data = orjson.loads(delivery.payload)["data"]
    day = date.fromisoformat(data["day"])
    lead = summarize(delivery.developments(data["through_position"]), day)["lead"]
    changes = data["developments"]
    count = f"{changes} change{'' if changes == 1 else 's'} since the last digest"
    return Message(f"Kazakhstan–Israel relations, {date_label(data['day'])}", f"{lead}\n\n{count}")


def _outlet(source: dict[str, Any]) -> str:
    from urllib.parse import urlsplit

    return source.get("outlet") or urlsplit(source["url"]).netloc or "source"


def _http(url: str | None) -> bool:
    return bool(url) and url.startswith(("http://", "https://"))


def channel_from_config(config: NotifyConfig) -> AppriseChannel:
    """Resolve a `[[notify]]` entry; a URL Apprise does not know is a ConfigError (unshown)."""
    import apprise

    urls = config.resolved_urls()
    if not urls:
        source = f"environment variable {config.urls_env}" if config.urls_env else "urls"
        raise ConfigError(f"notify {config.name}: no service URL ({source} is empty or unset)")
    # Apprise narrates URLs, tokens and all, at debug level: its records stay here.
    logging.getLogger("apprise").propagate = False
    load_plugins(urls)
    for n, url in enumerate(urls, 1):
        if not apprise.Apprise().add(url):
            raise ConfigError(
                f"notify {config.name}: URL {n} ({public_where(url)}) is not one Apprise "
                "can send to; see its list of services"
            )
    policy = Policy(config.max_attempts, config.timeout, config.backoff_base, config.backoff_cap)
    return AppriseChannel(config.name, urls, policy, Filters.of(config), config.sources)


def build(settings: Settings) -> list[AppriseChannel]:
    return [channel_from_config(config) for config in settings.notify]


def routes(settings: Settings) -> list[tuple[str, Filters]]:
    return [(config.name, Filters.of(config)) for config in settings.notify]


def listing(settings: Settings) -> list[tuple[str, str]]:
    """(name, where) of each `[[notify]]` entry: schemes and host names only."""
    return [
        (config.name, ", ".join(dict.fromkeys(map(public_where, config.resolved_urls()))))
        for config in settings.notify
    ]


# Apprise imports every one of its ~190 plugin modules before it looks at a URL's scheme (0.3 s
# of CPU, in every process with a chat channel). Which module serves which scheme is kept in the
# per-user cache (monitor.detect.cache) after one full load, and then only the modules for the
# schemes asked for are registered. The index follows from Apprise's version and its plugin
# files; a scheme it does not know (a service's own https:// URL, a typo) gets the full load, and
# so the answer Apprise always gave.
PLUGIN_INDEX_FORMAT = 1
_partial: set[str] = set()  # schemes whose modules alone were registered in this process


def load_plugins(urls: list[str]) -> None:
    """Make Apprise's plugin registry hold the plugins for these URLs' schemes: only their
    modules where the kept index knows every scheme, else (or on any surprise) all of them."""
    from apprise.manager_plugins import NotificationManager
    from apprise.utils.parse import GET_SCHEMA_RE

    manager = NotificationManager()  # Apprise's singleton
    schemes = set()
    for url in urls:
        found = GET_SCHEMA_RE.match(url.replace("/#", "/%23"))
        if found:
            schemes.add(found.group("schema").lower())
    if (manager and not _partial) or schemes <= _partial:
        return  # all loaded, or these already
    try:
        index = _plugin_index(manager)
        if manager and not _partial:
            return  # every plugin loaded to make the index
        if index is None or not schemes <= index.keys():
            raise LookupError("a scheme the index does not know")
        with manager._lock:
            if not manager:
                manager._module_map, manager._schema_map = {}, {}
                manager._custom_module_map = {}
            for scheme in sorted(schemes - _partial):
                module_name, qualified = index[scheme]
                plugin = _register(manager, module_name, scheme)
                if f"{plugin.__module__}.{plugin.__qualname__}" != qualified:
                    raise LookupError(f"{scheme}:// is served by another class now")
                _partial.add(scheme)
            manager._loaded.add(manager.module_path)  # no full load on the next lookup
            manager._build_dep_counter()
    except Exception:
        _partial.clear()
        manager.unload_modules()  # the next lookup loads every plugin, as Apprise does


def _register(manager: Any, module_name: str, scheme: str) -> Any:
    """Register one plugin module as Apprise's full load does; the class serving `scheme`."""
    import importlib

    if module_name not in manager._module_map:
        module = importlib.import_module(f"{manager.module_name_prefix}.{module_name}")
        for attribute in dir(module):
            plugin = getattr(module, attribute)
            if not manager.module_filter_re.match(attribute) or not hasattr(plugin, "app_id"):
                continue
            manager._module_map[module_name] = {
                "plugin": {plugin}, "module": module,
                "path": f"{manager.module_name_prefix}.{module_name}", "native": True,
            }  # fmt: skip
            schemas = plugin.schemas(plugin) if callable(getattr(plugin, "schemas", None)) else ()
            for schema in schemas:
                manager._schema_map.setdefault(schema, plugin)
            break
    return manager._schema_map[scheme]


def _plugin_index(manager: Any) -> dict[str, tuple[str, str]] | None:
    """scheme -> (plugin module, the class serving it), from the cache; on a miss, after
    loading every plugin (then kept). None where the registry is partly loaded already."""
    import hashlib
    import os
    import sys
    from importlib import metadata

    from monitor.detect.cache import cache_dir, keep_entry, read_entry

    try:
        files = sorted(os.listdir(manager.module_path))
    except OSError:
        return None
    key = hashlib.sha256(
        f"{PLUGIN_INDEX_FORMAT} {sys.version} {metadata.version('apprise')} {files}".encode()
    ).hexdigest()
    file = cache_dir() / f"apprise-{key[:32]}.pickle"
    index = read_entry(file, key)
    if isinstance(index, dict):
        return index
    if _partial:
        return None
    manager.load_modules()
    modules = {id(p): name for name, entry in manager._module_map.items() for p in entry["plugin"]}
    index = {
        schema: (modules[id(plugin)], f"{plugin.__module__}.{plugin.__qualname__}")
        for schema, plugin in manager._schema_map.items()
        if id(plugin) in modules
    }
    keep_entry(file, key, index, "apprise", 2)
    return index
