"""Two-factor authentication (TOTP) for everyone who can open the Wagtail admin.

The codes and secrets are django-allauth's own (``allauth.mfa``: the ``Authenticator``
model, its TOTP check with replay protection); this module adds the admin's door:

- ``AdminTwoFactorMiddleware``: a signed-in user with ``wagtailadmin.access_admin``
  gets no /admin/ page (other than the login, logout and these pages) until this
  session passed a code: without TOTP they are sent to set it up, with TOTP to type a
  code. The session remembers who passed (``SESSION_KEY``); logging out or signing in
  as someone else forgets it. Trainees signing in through allauth with TOTP pass it
  there; that counts too (``authenticator_used`` signal).
- ``setup``: a QR code drawn on the server as inline SVG (segno), the key in text for
  apps that cannot scan, and a first code to prove it works.
- ``verify``: the code, with the same lockout as passwords (website.lockout).

``PORTAL_ADMIN_2FA_REQUIRED`` is on everywhere; the test suite keeps it on too and
marks force-logged-in test clients as verified (tests/conftest.py).
"""

from urllib.parse import urlencode

import segno
from allauth.mfa.adapter import DefaultMFAAdapter, get_adapter
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_used
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret, validate_totp_code
from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from website import lockout
from website.ratelimit import client_address

SESSION_KEY = "portal_admin_2fa_user"
PENDING_ENROLMENT_FIELD = "portal_admin_2fa_pending"
ADMIN_PERMISSION = "wagtailadmin.access_admin"
LOCKOUT_SCOPE = "admin-2fa"


def is_verified(request):
    user = request.user
    return user.is_authenticated and request.session.get(SESSION_KEY) == str(user.pk)


def mark_verified(session, user):
    session[SESSION_KEY] = str(user.pk)


def totp_authenticator(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()


def _exempt_paths():
    return (
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_logout"),
        reverse("wagtailadmin_javascript_catalog"),
        # The admin's icons, which every admin page fetches and inserts into itself: sent
        # to the set-up page instead, the set-up and code pages had no icons and a hidden
        # second copy of their own form. The sprite shows no data.
        reverse("wagtailadmin_sprite"),
        reverse("admin-2fa-setup"),
        reverse("admin-2fa-verify"),
    )


class AdminTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.PORTAL_ADMIN_2FA_REQUIRED
            and request.path.startswith(reverse("wagtailadmin_home"))
            and request.user.is_authenticated
            and not is_verified(request)
            and request.path not in _exempt_paths()
            and request.user.has_perm(ADMIN_PERMISSION)
        ):
            target = "admin-2fa-verify" if totp_authenticator(request.user) else "admin-2fa-setup"
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse(target)}?{query}")
        return self.get_response(request)


@receiver(authenticator_used, dispatch_uid="portal_two_factor_used")
def _passed_in_allauth(sender, request, user, authenticator, **kwargs):
    if authenticator.type == Authenticator.Type.TOTP:
        mark_verified(request.session, user)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        max_length=12,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "autofocus": ""}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe and target else reverse("wagtailadmin_home")


def _admin_user_required(view):
    @login_required(login_url="wagtailadmin_login")
    @never_cache
    def wrapper(request):
        if not request.user.has_perm(ADMIN_PERMISSION):
            raise PermissionDenied
        return view(request)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def _check_code(request, form, check):
    """Validate ``form`` and run ``check(code)`` behind the lockout; True when it passed."""
    account, address = str(request.user.pk), client_address(request)
    if lockout.is_locked(LOCKOUT_SCOPE, account, address):
        form.add_error(None, lockout.locked_message())
        return False
    if not form.is_valid():
        return False
    if check(form.cleaned_data["code"]):
        lockout.record_success(LOCKOUT_SCOPE, account, address)
        return True
    lockout.record_failure(LOCKOUT_SCOPE, account, address)
    form.add_error(
        "code",
        _("That code is not right. Check that your phone's clock is correct and try again."),
    )
    return False


@_admin_user_required
def setup(request):
    """Enrol an authenticator app. Only for users without one: replacing a lost phone is
    done by an administrator removing the old one (manage.py reset_admin_2fa)."""
    if totp_authenticator(request.user):
        return redirect(f"{reverse('admin-2fa-verify')}?{urlencode({'next': _next_url(request)})}")
    secret = request.session.get(PENDING_ENROLMENT_FIELD) or generate_totp_secret()
    request.session[PENDING_ENROLMENT_FIELD] = secret
    form = CodeForm(request.POST or None)
    if request.method == "POST" and _check_code(
        request, form, lambda code: validate_totp_code(secret, code)
    ):
        TOTP.activate(request.user, secret)
        del request.session[PENDING_ENROLMENT_FIELD]
        mark_verified(request.session, request.user)
        return redirect(_next_url(request))
    url = get_adapter().build_totp_url(request.user, secret)
    qr_svg = segno.make(url, error="m").svg_inline(
        scale=4, border=2, title=str(_("QR code for your authenticator app"))
    )
    spaced_secret = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    context = {"form": form, "qr_svg": qr_svg, "secret": spaced_secret, "next": _next_url(request)}
    return render(request, "security/two_factor_setup.html", context)


@_admin_user_required
def verify(request):
    authenticator = totp_authenticator(request.user)
    if authenticator is None:
        return redirect(f"{reverse('admin-2fa-setup')}?{urlencode({'next': _next_url(request)})}")
    if is_verified(request):
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and _check_code(request, form, TOTP(authenticator).validate_code):
        authenticator.record_usage()
        request.session.cycle_key()
        mark_verified(request.session, request.user)
        return redirect(_next_url(request))
    context = {"form": form, "next": _next_url(request)}
    return render(request, "security/two_factor_verify.html", context)


urlpatterns = [
    path("setup/", setup, name="admin-2fa-setup"),
    path("verify/", verify, name="admin-2fa-verify"),
]


class MFAAdapter(DefaultMFAAdapter):
    """allauth's MFA adapter drawing QR codes with segno (already used by the portal)
    instead of the optional ``qrcode`` package."""

    def build_totp_svg(self, url):
        return segno.make(url, error="m").svg_inline(scale=4, border=2)
