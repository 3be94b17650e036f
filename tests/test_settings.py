"""Settings switch real services on by environment variable, and production refuses
to start without its secrets."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PRINT_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "db": settings.DATABASES["default"]["ENGINE"],
    "db_name": str(settings.DATABASES["default"]["NAME"]),
    "db_options": settings.DATABASES["default"].get("OPTIONS", {}),
    "cache": settings.CACHES["default"]["BACKEND"],
    "search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "storage": settings.STORAGES["default"]["BACKEND"],
    "email": settings.EMAIL_BACKEND,
    "email_delivery": settings.EMAIL_DELIVERY_BACKEND,
    "tasks": settings.TASKS["default"]["BACKEND"],
    "debug": settings.DEBUG,
    "hosts": settings.ALLOWED_HOSTS,
}, default=str))
"""

SERVICE_VARIABLES = [
    "DATABASE_URL",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "EMAIL_HOST",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
]


def load_settings(module, **env):
    clean = {key: value for key, value in os.environ.items() if key not in SERVICE_VARIABLES}
    clean.update(env, DJANGO_SETTINGS_MODULE=module, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        env=clean,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result


def test_defaults_need_no_server():
    result = load_settings("website.settings.dev")
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["db"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in values["db_options"]["init_command"]
    assert values["db_options"]["timeout"] >= 5
    assert values["cache"].endswith("LocMemCache")
    assert values["search"] == "website.sqlite_search"
    assert values["storage"] == "django.core.files.storage.FileSystemStorage"
    assert values["email"] == "website.mail.TaskEmailBackend"
    assert values["email_delivery"].endswith("console.EmailBackend")
    assert values["tasks"].endswith("ImmediateBackend")


def test_environment_switches_on_real_services():
    result = load_settings(
        "website.settings.dev",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/portal",
        REDIS_URL="redis://127.0.0.1:6379/0",
        ELASTICSEARCH_URL="http://127.0.0.1:9200",
        AWS_STORAGE_BUCKET_NAME="portal-media",
        EMAIL_HOST="smtp.example.org",
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["db"] == "django.db.backends.postgresql"
    assert values["db_name"] == "portal"
    assert values["cache"] == "website.cache.PortalRedisCache"
    assert values["search"] == "wagtail.search.backends.elasticsearch8"
    assert values["storage"] == "storages.backends.s3.S3Storage"
    assert values["email_delivery"] == "django.core.mail.backends.smtp.EmailBackend"


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"ALLOWED_HOSTS": "portal.gov.br"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": "  ", "ALLOWED_HOSTS": "portal.gov.br"}, "SECRET_KEY"),
    ],
)
def test_production_refuses_to_start_without_its_secrets(env, missing):
    result = load_settings("website.settings.production", **env)
    assert result.returncode != 0
    assert f"{missing} is not set" in result.stderr


def test_production_starts_with_its_secrets():
    result = load_settings(
        "website.settings.production", SECRET_KEY="x" * 50, ALLOWED_HOSTS="portal.gov.br"
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["debug"] is False
    assert values["hosts"] == ["portal.gov.br"]


def test_sqlite_runs_in_wal_mode(tmp_path):
    script = (
        "import django; django.setup();"
        "from django.db import connection;"
        "c = connection.cursor(); c.execute('PRAGMA journal_mode'); print(c.fetchone()[0]);"
        "c.execute('PRAGMA busy_timeout'); print(c.fetchone()[0])"
    )
    env = {key: value for key, value in os.environ.items() if key not in SERVICE_VARIABLES}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.dev",
        PORTAL_VAR_DIR=str(tmp_path),
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    mode, timeout = result.stdout.split()
    assert mode == "wal"
    assert int(timeout) >= 5000
