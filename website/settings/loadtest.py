"""Load test and benchmark runs: production settings on plain HTTP at 127.0.0.1.

Production marks the session and CSRF cookies Secure; on http://127.0.0.1 a client
would then never send them back, so these runs turn that off. Nothing else changes.
"""

from .production import *  # noqa: F403

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
