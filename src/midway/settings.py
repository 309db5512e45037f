"""Midway's settings: one file, every value from the environment, parsed strictly.

A bad value stops start-up with a message that names the variable, instead of
running with a surprise. All mutable state lives in one data directory.
"""

import os
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
    env_str,
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
    "midway.decisions",
    "midway.appreciations",
    "midway.api",
    "midway.exchange",
]

MIDDLEWARE = [
    "midway.spaces.middleware.RequestLogMiddleware",
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


def _databases():
    url = env_str("DATABASE_URL", "")
    if url:
        import dj_database_url

        if not url.startswith(("postgres://", "postgresql://")):
            raise ImproperlyConfigured("DATABASE_URL must be a postgresql:// URL")
        return {"default": dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)}
    return {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "midway.sqlite3",
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
            "TEST": {"NAME": None},
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
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
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
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "midway": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "django": {"handlers": ["stdout"], "level": "WARNING", "propagate": False},
        "axes": {"handlers": ["stdout"], "level": "WARNING", "propagate": False},
    },
}

INVITE_LIFETIME = timedelta(hours=72)
LETTER_MAX_BYTES = 200_000
