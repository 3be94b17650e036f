"""Sign-in lockout after repeated failures, for editors and trainees alike.

Failures are counted per account and per client address within a window
(``settings.PORTAL_LOGIN_LOCKOUT``). Once either count reaches its limit, every further
attempt for that account (or from that address) is refused *before* the password is
checked, for ``duration`` seconds, with a message in the reader's language. Counters live
in the cache (Redis when ``REDIS_URL`` is set, so every worker sees them).

Accounts and addresses only appear as keyed hashes, in the cache and in the log line a
lockout writes: no e-mail address or IP ends up in either.

Three doors use it: the Wagtail admin's login (``AdminLoginForm``), the trainees' allauth
login (``TraineeLoginForm``, on top of allauth's own throttle) and the admin's two-factor
code (``website.two_factor``), so a stolen password cannot be followed by guessing codes.
"""

import logging

from allauth.account.forms import LoginForm as AllauthLoginForm
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from website.ratelimit import anonymous_key, client_address

logger = logging.getLogger(__name__)


def _policy():
    return settings.PORTAL_LOGIN_LOCKOUT


def _subjects(scope, account, address):
    """(counter key, lock key, limit) for the account and for the address."""
    policy = _policy()
    subjects = [("address", address, policy["address_failures"])]
    if account:
        subjects.insert(0, ("account", account.strip().lower(), policy["account_failures"]))
    for kind, value, limit in subjects:
        digest = anonymous_key(f"{scope}:{kind}:{value}")
        yield f"portal:lockout:count:{digest}", f"portal:lockout:lock:{digest}", limit, digest


def is_locked(scope, account, address):
    subjects = _subjects(scope, account, address)
    return any(cache.get(lock_key) for _count, lock_key, _limit, _digest in subjects)


def record_failure(scope, account, address):
    policy = _policy()
    for count_key, lock_key, limit, digest in _subjects(scope, account, address):
        cache.add(count_key, 0, policy["window"])
        try:
            count = cache.incr(count_key)
        except ValueError:
            cache.set(count_key, 1, policy["window"])
            count = 1
        # None: the cache is not answering (Redis outage); nothing can be counted.
        if count is not None and count >= limit:
            cache.set(lock_key, True, policy["duration"])
            cache.delete(count_key)
            logger.warning("Sign-in locked: scope=%s subject=%s", scope, digest)


def record_success(scope, account, address):
    """A good sign-in clears the account's count (the address keeps its own)."""
    for count_key, _lock, _limit, _digest in list(_subjects(scope, account, address))[:-1]:
        cache.delete(count_key)


def locked_message():
    minutes = max(1, _policy()["duration"] // 60)
    return ngettext(
        "Too many failed login attempts. For your safety, signing in is paused for "
        "%(minutes)d minute. Please try again later.",
        "Too many failed login attempts. For your safety, signing in is paused for "
        "%(minutes)d minutes. Please try again later.",
        minutes,
    ) % {"minutes": minutes}


class LockoutFormMixin:
    """Refuse while locked, count failures, clear on success. ``lockout_scope`` names
    the door; ``lockout_account()`` what the person typed as their login."""

    lockout_scope = ""

    def lockout_account(self):
        raise NotImplementedError

    def clean(self):
        account = self.lockout_account()
        address = client_address(self.request) if self.request else "unknown"
        if is_locked(self.lockout_scope, account, address):
            raise ValidationError(locked_message(), code="locked")
        try:
            cleaned_data = super().clean()
        except ValidationError:
            record_failure(self.lockout_scope, account, address)
            raise
        if self.errors:
            record_failure(self.lockout_scope, account, address)
        else:
            record_success(self.lockout_scope, account, address)
        return cleaned_data


class AdminLoginForm(LockoutFormMixin, WagtailLoginForm):
    """The Wagtail admin's login (``WAGTAILADMIN_USER_LOGIN_FORM``)."""

    lockout_scope = "admin"

    def lockout_account(self):
        return self.cleaned_data.get("username", "")


class TraineeLoginForm(LockoutFormMixin, AllauthLoginForm):
    """The trainees' login (``ACCOUNT_FORMS["login"]``)."""

    lockout_scope = "trainee"

    def lockout_account(self):
        return str(self.cleaned_data.get("login", ""))
