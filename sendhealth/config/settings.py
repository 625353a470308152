"""Settings for sendhealth, read from environment variables with safe defaults.

The defaults run the demo on SQLite. Production (``SENDHEALTH_ENV=production``) refuses to start
with the demo secret key or with demo mode on; see ``check_production`` below and the README.
"""

from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from sendhealth.config.env import env_bool, env_int, env_list, env_str
from sendhealth.config.oidc import providers_from_env

BASE_DIR = Path(__file__).resolve().parent.parent
PROJECT_DIR = BASE_DIR.parent
VAR_DIR = Path(env_str("SENDHEALTH_VAR_DIR", str(PROJECT_DIR / "var")))

DEMO_SECRET_KEY = "demo-only-not-secret-sendhealth"

ENVIRONMENTS = ("development", "production")
ENVIRONMENT = env_str("SENDHEALTH_ENV", "development")
if ENVIRONMENT not in ENVIRONMENTS:
    # A mistyped name ("Production", "prod") must never quietly turn the safeguards off.
    raise ImproperlyConfigured(
        f"SENDHEALTH_ENV must be one of {', '.join(ENVIRONMENTS)} (exactly, in lower case)"
    )
SECRET_KEY = env_str("SECRET_KEY", DEMO_SECRET_KEY)
DEBUG = env_bool("DEBUG", default=False)
# Demo mode: shows demo logins on the sign-in page and does not insist on 2FA.
DEMO_MODE = env_bool("SENDHEALTH_DEMO", default=False)
# The load test (``make load``) only: lets ``manage.py load_sessions`` sign demo users in with
# both factors passed, for the load test's virtual users. Refused in production.
LOAD_TEST = env_bool("SENDHEALTH_LOAD_TEST", default=False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "django_htmx",
    "rules.apps.AutodiscoverRulesConfig",
    "django_tasks",
    "django_tasks_db",
    "sendhealth.core",
    "sendhealth.accounts",
    "sendhealth.organisations",
    "sendhealth.children",
    "sendhealth.advice",
    "sendhealth.enquiries",
    "sendhealth.notifications",
    "sendhealth.assurance",
    "sendhealth.panels",
    "sendhealth.disagreements",
    "sendhealth.transitions",
    "sendhealth.safeguarding",
    "sendhealth.medicalconditions",
    "sendhealth.localoffer",
    "sendhealth.assessments",
    "sendhealth.insight",
    "sendhealth.waitingtimes",
    "sendhealth.provision",
    "sendhealth.reports",
    "sendhealth.training",
    "sendhealth.policies",
    "sendhealth.inspections",
    "sendhealth.improvement",
    "sendhealth.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "sendhealth.core.middleware.CleanTextInputMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "sendhealth.accounts.middleware.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "sendhealth.core.middleware.NoStoreMiddleware",
    "sendhealth.core.middleware.AuditChildrenShownMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sendhealth.config.urls"
WSGI_APPLICATION = "sendhealth.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "environment": "sendhealth.config.jinja2_env.environment",
            "context_processors": [
                "sendhealth.core.context_processors.csp_nonce",
                "sendhealth.core.context_processors.csrf_input_once",
            ],
        },
    },
    {
        # Django's own templates: the system admin site and form widgets.
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'sendhealth.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    # Passwords, refused when SENDHEALTH_PASSWORD_SIGN_IN is off or the user signs in through
    # an identity provider; then the session of a provider sign-in (see accounts.backends).
    "sendhealth.accounts.backends.PasswordBackend",
    "sendhealth.accounts.backends.ProviderBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
# Sign-in through OpenID Connect providers (sendhealth.config.oidc) and whether passwords stay.
OIDC_PROVIDERS = providers_from_env()
PASSWORD_SIGN_IN = env_bool("SENDHEALTH_PASSWORD_SIGN_IN", default=True)
if not PASSWORD_SIGN_IN and not OIDC_PROVIDERS:
    raise ImproperlyConfigured("SENDHEALTH_PASSWORD_SIGN_IN is off but OIDC_PROVIDERS is empty")
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"

# Login throttling (django-axes): lock a username + address after repeated failures.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.jinja"
AXES_VERBOSE = False

# Sessions: short, HTTP only; secure cookies outside local development.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE = env_bool("SECURE_COOKIES", default=ENVIRONMENT == "production")
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=ENVIRONMENT == "production")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE else None
SECURE_HSTS_SECONDS = 31536000 if SECURE else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
SECURE_HSTS_PRELOAD = SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content security policy (django-csp 4): everything only from here (no other origin: fonts,
# styles and scripts are vendored), scripts also with a nonce for the one inline line the NHS.UK
# template adds.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(PROJECT_DIR / "staticfiles")))
# The NHS.UK CSS refers to /assets/images/...; WhiteNoise serves this folder at the site root.
WHITENOISE_ROOT = BASE_DIR / "root"
WHITENOISE_USE_FINDERS = True
STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": env_str("MEDIA_ROOT", str(VAR_DIR / "uploads"))},
    },
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if ENVIRONMENT == "production"
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Uploaded documents (advice, plans) are checked by content, not by name.
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 10 * 1024 * 1024)
# What an uploaded Word file may unpack to (a zip bomb is refused before it is read).
UPLOAD_MAX_UNPACKED_BYTES = env_int("UPLOAD_MAX_UNPACKED_BYTES", 25 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Email: console by default; set EMAIL_BACKEND/EMAIL_HOST... in production.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "sendhealth <no-reply@sendhealth.invalid>")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")

# GOV.UK Notify (EMAIL_BACKEND=sendhealth.core.notify.NotifyEmailBackend): the API key and one
# email template per kind of message (core.models.MessageKind), each taking the
# personalisation ((subject)), ((body)), ((reference)) and ((link)). See the README.
NOTIFY_BACKEND = "sendhealth.core.notify.NotifyEmailBackend"
NOTIFY_API_KEY = env_str("NOTIFY_API_KEY", "")
NOTIFY_BASE_URL = env_str("NOTIFY_BASE_URL", "https://api.notifications.service.gov.uk")
NOTIFY_REPLY_TO_ID = env_str("NOTIFY_REPLY_TO_ID", "")
NOTIFY_MESSAGE_KINDS = (
    "routed",
    "returned_for_information",
    "returned_to_la",
    "package_second_approval",
    "reminder",
    "chase",
)
NOTIFY_TEMPLATES = {
    kind: env_str(f"NOTIFY_TEMPLATE_{kind.upper()}", "") for kind in NOTIFY_MESSAGE_KINDS
}

# Background work (Django's tasks API through django-tasks, database backend).
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
# How often the worker's scheduler enqueues the reminder run, in seconds.
REMINDER_INTERVAL_SECONDS = env_int("REMINDER_INTERVAL_SECONDS", 3600)
# A background task still running this long lost its worker, and is run again (at most three
# times in all): longer than any task takes (``core.tasks_recovery``).
TASK_ABANDONED_AFTER_SECONDS = env_int("TASK_ABANDONED_AFTER_SECONDS", 3600)
# Days before an advice due date that the first reminder goes to the service.
ADVICE_REMINDER_DAYS_BEFORE = env_int("ADVICE_REMINDER_DAYS_BEFORE", 7)
# A package costing more than this a year (in pounds) needs a second, different approver.
PACKAGE_SECOND_APPROVER_ABOVE = env_int("PACKAGE_SECOND_APPROVER_ABOVE", 50_000)
# Working days the DCO service aims to give an enquiry its first answer in; an assigned
# enquiry with no answer after them is emailed to its assignee.
ENQUIRY_FIRST_ANSWER_WORKING_DAYS = env_int("ENQUIRY_FIRST_ANSWER_WORKING_DAYS", 5)
# Days a local authority has to acknowledge a Section 23 notification before its SEND team is
# emailed about it (once). A local agreement, not a statutory time limit.
SECTION23_ACKNOWLEDGE_WITHIN_DAYS = env_int("SECTION23_ACKNOWLEDGE_WITHIN_DAYS", 14)

# Statutory values that domain.md marks "not confirmed": settings with the stated defaults.
REVIEW_DECISION_WEEKS = env_int("SENDHEALTH_REVIEW_DECISION_WEEKS", 4)  # reg 20(10)
TRIBUNAL_RECOMMENDATION_RESPONSE_WEEKS = env_int(
    "SENDHEALTH_TRIBUNAL_RECOMMENDATION_RESPONSE_WEEKS", 5
)  # SI 2017/1306
# How long staff training for a pupil's individual healthcare plan stays in date. Not set by
# law and NOT CONFIRMED: "Supporting pupils at school with medical conditions" (DfE, December
# 2015, updated August 2017) leaves refresher training to the setting with health.
IHP_TRAINING_VALID_MONTHS = env_int("SENDHEALTH_IHP_TRAINING_VALID_MONTHS", 12)

PAGE_SIZE = env_int("SENDHEALTH_PAGE_SIZE", 25)

NINJA_PAGINATION_PER_PAGE = PAGE_SIZE
NINJA_PAGINATION_MAX_LIMIT = 200

# Logs carry ids and never personal data; see sendhealth.core.logging.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "sendhealth.core.logging.RedactPersonalData"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact"]},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # The default request logger would print full URLs with query strings on errors.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}


def check_production() -> None:
    """Refuse to start in production with demo secrets or demo mode."""
    if ENVIRONMENT != "production":
        return
    problems = []
    if SECRET_KEY == DEMO_SECRET_KEY or len(SECRET_KEY) < 40:
        problems.append("SECRET_KEY must be set to a long random value")
    if DEMO_MODE:
        problems.append("SENDHEALTH_DEMO must be off")
    if LOAD_TEST:
        problems.append("SENDHEALTH_LOAD_TEST must be off")
    if DEBUG:
        problems.append("DEBUG must be off")
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        problems.append("DATABASE_URL must point at PostgreSQL")
    if EMAIL_BACKEND == NOTIFY_BACKEND:
        missing = [f"NOTIFY_TEMPLATE_{k.upper()}" for k, v in NOTIFY_TEMPLATES.items() if not v]
        if not NOTIFY_API_KEY:
            missing.insert(0, "NOTIFY_API_KEY")
        if missing:
            problems.append("GOV.UK Notify needs " + ", ".join(missing))
    if problems:
        raise ImproperlyConfigured("Refusing to start in production: " + "; ".join(problems))


check_production()
