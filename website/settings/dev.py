"""Local development: the embedded defaults, debug on, served by runserver."""

from .base import *  # noqa: F403
from .base import VAR_DIR, env_list

DEBUG = True
# A development key, only ever used on a developer's own machine.
SECRET_KEY = "dev-only-not-secret-4b1f0c2e"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
INTERNAL_IPS = ["127.0.0.1"]

VAR_DIR.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
