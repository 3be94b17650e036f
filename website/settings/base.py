"""Settings shared by every environment.

Everything that talks to a real service is switched on by an environment variable
and falls back to an embedded default, so a fresh machine needs no server at all:
SQLite, Wagtail's database search, media on disk, local-memory cache, console e-mail
and tasks run in-process.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from website.languages import register_missing_language_info

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "plans",
    "training",
    "guides",
    "campaigns",
    "channels",
    "website",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "website.two_factor.AdminTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "website.middleware.SecurityHeadersMiddleware",
    "website.page_cache.PageCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "website.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "csp.context_processors.nonce",
                "website.context_processors.portal",
            ],
        },
    },
]

WSGI_APPLICATION = "website.wsgi.application"

# --- Database -------------------------------------------------------------------------
# SQLite by default. WAL lets readers carry on while the editor saves; the busy timeout
# makes a second writer wait instead of failing with "database is locked".
SQLITE_PATH = VAR_DIR / "db.sqlite3"
if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"], conn_max_age=60, conn_health_checks=True
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": SQLITE_PATH,
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": (
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=NORMAL;"
                    "PRAGMA busy_timeout=20000;"
                    "PRAGMA foreign_keys=ON;"
                ),
            },
        }
    }
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "website.cache.PortalRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": {
                # A Redis outage must degrade to "no cache", never to an error page.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    # Sessions live in Redis for speed and in the database for safety: when Redis stops
    # answering, logged-in trainees and editors stay logged in.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
        }
    }

# --- Search ---------------------------------------------------------------------------
# On PostgreSQL each page is indexed with its own language's stemmer (accents folded), and
# each language has a query-only backend "database-<language>" that stems the reader's
# words the same way (website/search_backend.py). Haitian Creole barely inflects: no
# stemming. SQLite's FTS5 has no stemmers; it folds accents and matches whole words.
SEARCH_TEXT_CONFIGS = {
    "pt-br": "portal_portuguese",
    "es": "portal_spanish",
    "en": "portal_english",
    "fr": "portal_french",
    "ht": "portal_simple",
}
if DATABASE_IS_POSTGRES:
    DATABASE_SEARCH_BACKEND = {
        "BACKEND": "website.search_backend",
        "SEARCH_CONFIG": SEARCH_TEXT_CONFIGS["pt-br"],
        "LANGUAGE_CONFIGS": SEARCH_TEXT_CONFIGS,
    }
    LANGUAGE_SEARCH_BACKENDS = {
        f"database-{code}": {
            **DATABASE_SEARCH_BACKEND,
            "SEARCH_CONFIG": config,
            "AUTO_UPDATE": False,
        }
        for code, config in SEARCH_TEXT_CONFIGS.items()
    }
else:
    # Wagtail's database backend, ranked in one pass on SQLite (website/sqlite_search.py).
    DATABASE_SEARCH_BACKEND = {"BACKEND": "website.sqlite_search"}
    LANGUAGE_SEARCH_BACKENDS = {}

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "portal"),
            "TIMEOUT": 5,
            "AUTO_UPDATE": True,
        },
        "database": DATABASE_SEARCH_BACKEND,
        **LANGUAGE_SEARCH_BACKENDS,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND, **LANGUAGE_SEARCH_BACKENDS}

# --- Tasks ----------------------------------------------------------------------------
# In-process by default. TASKS_BACKEND=database keeps each task in the database (in the
# same transaction as the save that queued it) for `manage.py task_worker` to run.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate").strip().lower()
if TASKS_BACKEND == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# A task still marked running this long after it started lost its worker (killed, machine
# restarted): `task_worker` puts it back in the queue. Longer than the slowest task.
TASKS_STALLED_AFTER_MINUTES = int(os.environ.get("TASKS_STALLED_AFTER_MINUTES", "30"))

# --- Passwords ------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ------------------------------------------------------------------------
register_missing_language_info()

LANGUAGE_CODE = "pt-br"
LANGUAGES = [
    ("pt-br", "Português"),
    ("es", "Español"),
    ("en", "English"),
    ("fr", "Français"),
    ("ht", "Kreyòl ayisyen"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin speaks the languages Wagtail itself is translated into.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("pt-br", "Português"),
    ("es", "Español"),
    ("en", "English"),
    ("fr", "Français"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/Sao_Paulo"
USE_I18N = True
USE_TZ = True

# The language is chosen by the URL prefix or, at "/", by Accept-Language. No language
# cookie is ever set: the portal keeps to session and CSRF cookies only.
LANGUAGE_COOKIE_NAME = "portal_language_unused"

# --- Static and media -----------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"

# Private files (certificate PDFs, import reports) never go to public media: on disk they
# live outside MEDIA_ROOT (nginx serves MEDIA_ROOT only); on S3 they are private objects
# with signed, short-lived URLs. Either way the portal's own views serve them.
PRIVATE_ROOT = VAR_DIR / "private"

AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    DEFAULT_FILE_STORAGE_BACKEND = "storages.backends.s3.S3Storage"
    # A bucket of its own is best; else the public bucket's "private/" prefix, whose
    # objects are written with the private ACL (keep any public-read bucket policy off it).
    AWS_PRIVATE_BUCKET_NAME = os.environ.get("AWS_PRIVATE_BUCKET_NAME", "")
    PRIVATE_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_PRIVATE_BUCKET_NAME or AWS_STORAGE_BUCKET_NAME,
            "location": "" if AWS_PRIVATE_BUCKET_NAME else "private",
            "default_acl": "private",
            "querystring_auth": True,
            "signature_version": "s3v4",
            "querystring_expire": 300,
            "custom_domain": None,
            "file_overwrite": False,
        },
    }
else:
    DEFAULT_FILE_STORAGE_BACKEND = "django.core.files.storage.FileSystemStorage"
    PRIVATE_STORAGE = {
        "BACKEND": "website.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_ROOT},
    }
STORAGES = {
    "default": {"BACKEND": DEFAULT_FILE_STORAGE_BACKEND},
    "private": PRIVATE_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Uploads --------------------------------------------------------------------------
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = [
    *["pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "txt", "csv", "zip"],
    *["mp4", "webm", "vtt"],  # training videos and their captions, served by the portal
]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every document is a download, never rendered by the browser (website/uploads.py).
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_DOCUMENT_FORM_BASE = "website.uploads.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "website.uploads.ImageForm"
PORTAL_DOCUMENT_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
PORTAL_VIDEO_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "webp", "webp": "webp", "png": "webp", "jpeg": "webp"}

# --- E-mail ---------------------------------------------------------------------------
# Every e-mail (the portal's, allauth's, Wagtail's) is handed to a task, which delivers
# it with EMAIL_DELIVERY_BACKEND: a slow or failing SMTP server never holds up a page.
EMAIL_BACKEND = "website.mail.TaskEmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "CGETP <nao-responda@localhost>")

# --- Wagtail --------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Enfrentamento ao Tráfico de Pessoas"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_FINDERS = []  # no third-party oEmbed requests
# No Gravatar: an editor's avatar would be an image from gravatar.com, named by a hash
# of their e-mail (the admin's policy blocks it anyway, leaving a broken image).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILSEARCH_HITS_MAX_AGE = 0
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"

# --- Sessions and cookies -------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# --- Trainee accounts (django-allauth; the training app) -------------------------------
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_FORMS = {"signup": "training.forms.SignupForm", "login": "website.lockout.TraineeLoginForm"}
ACCOUNT_ADAPTER = "training.accounts.AccountAdapter"
# allauth's defaults, stated: failed logins throttled per IP and per account.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "training:dashboard"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# Certificate verification by code: attempts per client address per window.
TRAINING_VERIFY_RATE = (20, 10 * 60)

# --- Rate limits and lockouts (website/ratelimit.py, website/lockout.py) --------------
# (requests, seconds) per client address, or per account once signed in.
PORTAL_RATE_LIMITS = {
    "search": (60, 60),  # site, guide, glossary and channel-directory searches
    "form": (30, 10 * 60),  # public form submissions (term checker, quiz, evaluation...)
}
# How many proxies in front of the portal append to X-Forwarded-For (nginx: 1). With 0
# the address is REMOTE_ADDR; allauth's limits and ours read the same setting.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# After account_failures failures for one account (or address_failures from one
# address) within window seconds, sign-in is refused for duration seconds.
PORTAL_LOGIN_LOCKOUT = {
    "account_failures": 5,
    "address_failures": 20,
    "window": 15 * 60,
    "duration": 15 * 60,
}
WAGTAILADMIN_USER_LOGIN_FORM = "website.lockout.AdminLoginForm"

# --- Two-factor authentication (website/two_factor.py, allauth.mfa) --------------------
# Everyone who can open the Wagtail admin must enrol TOTP and pass it each session.
PORTAL_ADMIN_2FA_REQUIRED = True
MFA_SUPPORTED_TYPES = ["totp"]
MFA_TOTP_ISSUER = "CGETP"
MFA_ADAPTER = "website.two_factor.MFAAdapter"

# --- Portal ---------------------------------------------------------------------------
# Where the quick-exit button sends the reader: a neutral, everyday page.
QUICK_EXIT_URL = os.environ.get(
    "QUICK_EXIT_URL", "https://www.google.com/search?q=previs%C3%A3o+do+tempo"
)
# Whole-page cache for anonymous readers (website/page_cache.py): how long a page is
# kept (publishing purges it at once), how long nginx's micro-cache may keep it, and
# where it is never used. Prefixes of the second list follow the language prefix.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "60"))
PAGE_CACHE_PROXY_SECONDS = 1
# Known routes (which page answers a path) kept under the page cache's generation, so an
# uncached request fetches its page in one query (website/routing.py).
ROUTE_CACHE_ENABLED = env_bool("ROUTE_CACHE_ENABLED", True)
PAGE_CACHE_EXCLUDED_PREFIXES = ["/admin/", "/django-admin/", "/documents/", "/health/"]
PAGE_CACHE_EXCLUDED_LANGUAGE_PREFIXES = ["/accounts/", "/training/", "/campaigns/"]
SEARCH_QUERY_MAX_LENGTH = 100
SEARCH_RESULTS_PER_PAGE = 10
# The site search on the database counts and ranks at most this many results (the best
# by title first); past it the page says there are more (website/search_ranking.py).
SEARCH_RESULTS_LIMIT = 1000

# --- Security headers -----------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), "
    "interest-cohort=(), browsing-topics=()"
)

# Public pages get a strict policy with a per-request nonce. The Wagtail admin is left
# out of it: its editors need inline scripts and styles that carry no nonce, so it gets
# ADMIN_CONTENT_SECURITY_POLICY below instead.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        # The hash is base.html's one inline script (high contrast before first paint):
        # allowed by hash, not nonce, so cached pages carry no per-reader value.
        "script-src": [SELF, NONCE, "'sha256-565wN5tUcUmWVnoawRwlikISbvQuQmUofRxqMR+WnpI='"],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The admin's own policy (website/middleware.py adds frame-ancestors). Wagtail 7.4 still
# writes inline scripts (date pickers, choosers, inline panels) without nonces, so scripts
# and styles need 'unsafe-inline' there; everything else is held to this site: no
# third-party script, style, font, frame or connection, no plugins, forms post here only.
ADMIN_CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "media-src 'self' blob:",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # Request lines carry query strings (search terms, e-mail confirmations): they
        # are personal data and stay out of the logs.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django.server": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
}
