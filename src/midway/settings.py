"""Midway's settings: one file, every value from the environment, parsed strictly.

A bad value stops start-up with a message that names the variable, instead of
running with a surprise. All mutable state lives in one data directory.
"""

import os
import tempfile
from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from midway.conf import (
    data_dir_default,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_networks,
    env_str,
    env_url,
    load_or_create_secret_key,
)

BASE_DIR = Path(__file__).resolve().parent

DATA_DIR = Path(env_str("MIDWAY_DATA_DIR", str(data_dir_default()))).expanduser().resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)
MEDIA_ROOT = DATA_DIR / "uploads"

SECRET_KEY = env_str("MIDWAY_SECRET_KEY", "") or load_or_create_secret_key(DATA_DIR)
DEBUG = env_bool("MIDWAY_DEBUG", False)
TESTING = env_bool("MIDWAY_TESTING", False)

# Midway usually runs on a laptop or a home server reached by its LAN address, which
# nobody can list in advance; there are no emails with absolute links to poison.
ALLOWED_HOSTS = env_list("MIDWAY_ALLOWED_HOSTS", ["*"])
CSRF_TRUSTED_ORIGINS = env_list("MIDWAY_CSRF_TRUSTED_ORIGINS", [])

# The address partners use to reach Midway (`https://midway.example.org`): invite links
# are built from it. Unset, a link is built from the request only when its host can be
# trusted (see spaces.links).
PUBLIC_URL = env_url("MIDWAY_PUBLIC_URL")

# Reverse proxies whose X-Forwarded-For/-Proto/-Host headers `midway serve` believes.
# Empty (the default): the direct peer is the client and those headers are dropped.
TRUSTED_PROXIES = env_networks("MIDWAY_TRUSTED_PROXIES")

# Who may create a new space: on a fresh instance the first visitor always may;
# after that, "invite-only" means partners join by invite and administrators use
# `midway createspace`; "open" lets anyone sign up (hosting for many couples).
SIGNUP = env_choice("MIDWAY_SIGNUP", ["invite-only", "open"], "invite-only")

# Behind HTTPS (a reverse proxy that terminates TLS), cookies are Secure and HSTS is sent.
HTTPS = env_bool("MIDWAY_HTTPS", False)

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "csp",
    "axes",
    "midway.spaces",
    "midway.letters",
    "midway.together",
    "midway.checkins",
    "midway.repair",
    "midway.decisions",
    "midway.appreciations",
    "midway.api",
    "midway.exchange",
    "midway.happenings",
    "midway.insights",
    "django_tasks",
    "django_tasks_db",
    "midway.notify",
]

MIDDLEWARE = [
    "midway.spaces.middleware.RequestLogMiddleware",
    "midway.spaces.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
    "midway.spaces.navigation.SeenAreasMiddleware",
]

ROOT_URLCONF = "midway.urls"
WSGI_APPLICATION = "midway.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "midway.spaces.context.member",
            ],
        },
    },
]


CACHES = {
    # Budgets and throttles (Django's default, one per process).
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Rendered pages (`midway.spaces.pagecache`): at most 256 KB each, so about 80 MB
    # at the very worst; a page is 5 to 20 KB.
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "midway-pages",
        "OPTIONS": {"MAX_ENTRIES": 300, "CULL_FREQUENCY": 3},
    },
}
# How long a rendered page may be served again while nothing it shows was written
# (0 turns the page cache off); what moves with the clock moves at most this late.
PAGE_CACHE_SECONDS = env_int("MIDWAY_PAGE_CACHE_SECONDS", 30, minimum=0)

# Seconds a server thread keeps its database connection between requests.
CONN_MAX_AGE = 600


def _databases():
    url = env_str("DATABASE_URL", "")
    if url:
        import dj_database_url

        if not url.startswith(("postgres://", "postgresql://")):
            raise ImproperlyConfigured("DATABASE_URL must be a postgresql:// URL")
        return {
            "default": dj_database_url.parse(
                url, conn_max_age=CONN_MAX_AGE, conn_health_checks=True
            )
        }
    return {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "midway.sqlite3",
            # A connection per server thread, kept between requests: opening one and
            # running its PRAGMAs cost about 1.2 ms a request. The health check before a
            # reused connection's first query replaces one that broke meanwhile.
            "CONN_MAX_AGE": CONN_MAX_AGE,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {
                # WAL lets readers work while one writer writes; FULL syncs survive a
                # power cut; IMMEDIATE takes the write lock up front, so two writers
                # queue on the busy timeout instead of failing with "database is locked".
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                ),
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
            # Tests use a file, not memory: the browser tests' live server then gives each
            # of its threads its own connection, as `midway serve` does, instead of sharing
            # the test's one connection (where one request's error broke the next).
            "TEST": {
                "NAME": str(Path(tempfile.gettempdir()) / f"midway-test-{os.getpid()}.sqlite3")
            },
        }
    }


DATABASES = _databases()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Throttle failed logins per username *and* address together, so one partner's
# typos never lock the other partner out of the same home network.
AXES_FAILURE_LIMIT = env_int("MIDWAY_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "spaces/locked_out.html"
AXES_VERBOSE = False
# Never read X-Forwarded-For here: only `midway serve` knows which proxies to believe.
AXES_CLIENT_IP_CALLABLE = "midway.spaces.proxy.client_address"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = False
# No SECURE_PROXY_SSL_HEADER: `midway serve` sets the scheme from a trusted proxy's
# X-Forwarded-Proto before Django sees the request, and drops it from anyone else.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Preloading is a promise for every subdomain, for years: the host's owner makes it, not us.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
if not HTTPS:
    # Served over plain HTTP on a home network, these HTTPS-only settings would lock
    # everyone out; with MIDWAY_HTTPS=true they are all on and the checks apply.
    SILENCED_SYSTEM_CHECKS += [
        "security.W004",  # HSTS
        "security.W008",  # SSL redirect
        "security.W012",  # session cookie Secure
        "security.W016",  # CSRF cookie Secure
    ]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}

# Letters are long; 10 MB bodies are refused before Django parses them.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_500_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_500_000
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

LANGUAGE_CODE = "en"
TIME_ZONE = env_str("MIDWAY_TIME_ZONE", os.environ.get("TZ", "") or "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Serve straight from the package's static folders: no collectstatic step to forget.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {"one_line_warning": {"()": "midway.spaces.logs.OneLineWarning"}},
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "formatter": "plain"},
        "stdout_one_line": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["one_line_warning"],
        },
    },
    "loggers": {
        "midway": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "django": {"handlers": ["stdout"], "level": "WARNING", "propagate": False},
        "axes": {"handlers": ["stdout"], "level": "WARNING", "propagate": False},
        "django.security.DisallowedHost": {
            "handlers": ["stdout_one_line"],
            "level": "WARNING",
            "propagate": False,
        },
    },
}

# Background work (notifications) goes through Django's Tasks API; the queue is a table
# in Midway's own database, worked by `midway worker` (which `midway serve` starts).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# On a server open to many couples, a notification destination may not point at the
# server's own network (loopback, private, link-local addresses) unless the host says so.
NOTIFY_ALLOW_PRIVATE = env_bool("MIDWAY_NOTIFY_ALLOW_PRIVATE", False)
# Seconds to wait for a notification service before calling the attempt failed.
NOTIFY_TIMEOUT = env_int("MIDWAY_NOTIFY_TIMEOUT", 10)
# Seconds that news waits for more of its kind, so a burst becomes one notification.
NOTIFY_GATHER = env_int("MIDWAY_NOTIFY_GATHER", 30, minimum=0)

INVITE_LIFETIME = timedelta(hours=72)
LETTER_MAX_BYTES = 200_000
