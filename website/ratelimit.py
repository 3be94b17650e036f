"""Fixed-window rate limits kept in the cache, shared by every public form and search.

A limit is a name in ``settings.PORTAL_RATE_LIMITS`` -> (requests, seconds). Each client
address gets its own window; the address is never stored as such, only a keyed hash, so
neither the cache nor a key dump holds readers' addresses.

When a limit is reached the reader gets ``too_many_requests``: a 429 page in their own
language inside the portal's layout, so the header with the emergency numbers and the
quick exit stay on screen. allauth's own limits (trainee sign-in and sign-up) render the
same ``429.html`` template.
"""

import functools
import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


def client_address(request):
    """The reader's address, trusting ``X-Forwarded-For`` only as far as
    ``ALLAUTH_TRUSTED_PROXY_COUNT`` says (the same rule allauth's own limits follow)."""
    from allauth.core.internal.httpkit import get_client_ip

    try:
        address = get_client_ip(request)
    except Exception:  # a malformed X-Forwarded-For must not break the page
        address = None
    return address or request.META.get("REMOTE_ADDR") or "unknown"


def anonymous_key(value):
    """A keyed hash standing in for an address or an e-mail in cache keys and logs."""
    digest = hmac.new(settings.SECRET_KEY.encode(), str(value).encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def hit(name, identity, *, limit=None, window=None):
    """Count one request of ``identity`` against the limit ``name``; False once over it."""
    if limit is None or window is None:
        limit, window = settings.PORTAL_RATE_LIMITS[name]
    key = f"portal:rate:{name}:{anonymous_key(identity)}"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # the window closed between add and incr
        cache.set(key, 1, window)
        count = 1
    if count is None:
        # The cache is not answering (a Redis outage: django-redis swallows the error and
        # returns None): no counting is possible, and an error page would be worse.
        return True
    return count <= limit


def allowed(request, name):
    """Signed-in users count on their own (a classroom shares one address); everyone
    else by address."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return hit(name, f"user:{user.pk}")
    return hit(name, f"address:{client_address(request)}")


def refuse(request, name):
    """The 429 response once ``request`` is over the limit ``name``; None until then."""
    return None if allowed(request, name) else too_many_requests(request, name)


def too_many_requests(request, name=None):
    window = settings.PORTAL_RATE_LIMITS[name][1] if name else 60
    response = render(request, "429.html", {"retry_minutes": max(1, window // 60)}, status=429)
    response["Retry-After"] = str(window)
    response["Cache-Control"] = "no-store, private"
    return response


def rate_limited(name, methods=("GET", "POST")):
    """Decorate a view (``view(request, ...)``) or a Wagtail route (``view(page, request,
    ...)``): requests of ``methods`` beyond the limit ``name`` get the 429 page."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            request = next(arg for arg in args if hasattr(arg, "META"))
            if request.method in methods and (refused := refuse(request, name)):
                return refused
            return view(*args, **kwargs)

        return wrapper

    return decorate
