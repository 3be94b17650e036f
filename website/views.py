from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from website import ratelimit
from website.search import SEARCH_TYPES, has_more_results, search_pages


@never_cache
@require_GET
def health(request):
    """For load balancers and deploy scripts: are the database and the cache reachable?"""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:
        checks["database"] = "unreachable"
    try:
        cache.set("portal:health", "ok", 10)
        checks["cache"] = "ok" if cache.get("portal:health") == "ok" else "unreachable"
    except Exception:
        checks["cache"] = "unreachable"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def with_intros(pages):
    """``pages`` (plain Wagtail pages) each with the ``intro`` of its own page type, or
    "" for a type without one: one query for the whole results page, however many
    page types it shows (fetching the specific pages would cost one per type)."""
    by_model = {}
    for page in pages:
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        if model is not None and _has_intro(model):
            by_model.setdefault(model, []).append(page.pk)
    parts = [
        model.objects.filter(pk__in=ids).order_by().values_list("pk", "intro")
        for model, ids in by_model.items()
    ]
    intros = {}
    if parts:
        query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        intros = dict(query)
    for page in pages:
        page.intro = intros.get(page.pk) or ""
    return pages


def _has_intro(model):
    try:
        field = model._meta.get_field("intro")
    except FieldDoesNotExist:
        return False
    return field.concrete


@require_GET
def search(request):
    # Control characters (NUL above all, which PostgreSQL refuses) never reach the search.
    query = "".join(ch for ch in request.GET.get("q", "") if ch.isprintable() or ch == " ")
    query = query.strip()
    if query and (refused := ratelimit.refuse(request, "search")):
        return refused
    type_key = request.GET.get("type", "")
    if type_key not in SEARCH_TYPES:
        type_key = ""
    context = {
        "query": query,
        "type_key": type_key,
        "search_types": [(key, label) for key, (label, _models) in SEARCH_TYPES.items()],
        "max_length": settings.SEARCH_QUERY_MAX_LENGTH,
        "results": None,
        "error": "",
    }
    status = 200
    if "q" in request.GET and not query:
        context["error"] = _("Type one or more words to search.")
    elif len(query) > settings.SEARCH_QUERY_MAX_LENGTH:
        context["error"] = _("Your search is too long. Use at most %(max)d characters.") % {
            "max": settings.SEARCH_QUERY_MAX_LENGTH
        }
        status = 400
    elif query:
        locale = Locale.get_active()
        results = search_pages(query, locale, type_key)
        paginator = Paginator(results, settings.SEARCH_RESULTS_PER_PAGE)
        results_page = paginator.get_page(request.GET.get("page"))
        context["results"] = results_page
        context["result_pages"] = with_intros(list(results_page.object_list))
        context["paginator"] = paginator
        context["more_results"] = has_more_results(results)
    return render(request, "website/search.html", context, status=status)
