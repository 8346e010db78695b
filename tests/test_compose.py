"""The compose deployment, checked without Docker: services, ports, environment, healthchecks."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from monitor.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_runs_postgres_mailpit_and_the_daemon_with_healthchecks(compose):
    services = compose["services"]
    assert set(services) == {"postgres", "mailpit", "monitor", "web"}
    for name, service in services.items():
        assert service["healthcheck"]["test"], f"{name} has no healthcheck"
    assert services["monitor"]["build"] == "."
    assert services["monitor"]["depends_on"] == {
        "postgres": {"condition": "service_healthy"},
        "mailpit": {"condition": "service_healthy"},
    }
    assert services["monitor"]["restart"] == "unless-stopped"


def test_mailpit_publishes_its_smtp_port_and_web_ui(compose):
    ports = compose["services"]["mailpit"]["ports"]
    assert {port.split(":")[-1] for port in ports} == {"1025", "8025"}


def test_state_lives_in_named_volumes(compose):
    named = set(compose["volumes"])
    for name in ("postgres", "monitor"):
        for volume in compose["services"][name]["volumes"]:
            assert volume.split(":")[0] in named


def test_the_daemon_environment_configures_the_settings_it_names(compose, tmp_path, monkeypatch):
    environment = compose["services"]["monitor"]["environment"]
    postgres = compose["services"]["postgres"]["environment"]
    for key, value in environment.items():
        monkeypatch.setenv(key, str(value))
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    settings = load_settings(empty)
    user, password, db = (
        postgres["POSTGRES_USER"],
        postgres["POSTGRES_PASSWORD"],
        postgres["POSTGRES_DB"],
    )
    assert settings.database_url == f"postgresql+psycopg://{user}:{password}@postgres:5432/{db}"
    assert (settings.smtp.host, settings.smtp.port) == ("mailpit", 1025)
    assert settings.log_format == "json"


def test_the_image_installs_the_postgres_extra_and_runs_the_daemon():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "'.[postgres]'" in dockerfile
    assert 'CMD ["monitor", "run"]' in dockerfile
    assert "USER monitor" in dockerfile


def test_compose_waits_for_the_daemon_to_stop_before_killing_it(compose):
    from monitor.daemon import STOP_WITHIN

    grace = compose["services"]["monitor"]["stop_grace_period"]
    assert grace.endswith("s") and float(grace[:-1]) >= STOP_WITHIN + 3
    assert compose["services"]["monitor"]["healthcheck"]["test"][1:] == [
        "monitor",
        "projections",
        "status",
    ]


def test_the_web_service_serves_with_a_token_and_checks_healthz(compose, tmp_path, monkeypatch):
    web = compose["services"]["web"]
    assert web["command"][:2] == ["monitor", "serve"] and "0.0.0.0" in web["command"]
    for key, value in web["environment"].items():
        monkeypatch.setenv(key, str(value))
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    settings = load_settings(empty)
    assert settings.http.resolved_token()  # required off loopback
    assert "/healthz" in " ".join(web["healthcheck"]["test"])
    assert web["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    from monitor.web.server import GRACE

    assert float(web["stop_grace_period"][:-1]) >= GRACE + 3
