"""Test runs: fast hashing, in-memory e-mail, no manifest needed for static files."""

import os
from pathlib import Path

# Media, private files and the static root of a test run live in a folder of their own,
# one per pytest-xdist worker, so parallel workers never share files, and tests never
# touch the development site's var/ (its uploads, its database).
os.environ["PORTAL_VAR_DIR"] = str(
    Path(__file__).resolve().parents[2]
    / "var"
    / "test"
    / os.environ.get("PYTEST_XDIST_WORKER", "main")
)

from .base import *  # noqa: F403
from .base import STATIC_ROOT, STORAGES

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Static files come from the finders in tests; the folder only has to exist.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# Query budgets and every other test measure a real render: the whole-page cache for
# anonymous readers is off here, and its own tests (tests/test_page_cache*.py) switch it
# on with override_settings(PAGE_CACHE_ENABLED=True).
PAGE_CACHE_ENABLED = False
