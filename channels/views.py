"""Public views: the directory, a channel's page, the pocket cards and the JSON API."""

from django.core.paginator import Paginator
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from channels import directory as search_directory
from channels.directory import DirectoryFilterForm, DirectoryQuery, load_page, visible_channels
from channels.geography import STATES
from channels.models import (
    LANGUAGE_CHOICES,
    ChannelDirectoryPage,
    Kind,
    Organisation,
    Scope,
    Stage,
)
from website import ratelimit

PER_PAGE = 20
API_PAGE_SIZE = 50
API_MAX_PAGE_SIZE = 200


def _page_number(value):
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1


def facet_options(choices, counts):
    return [(key, label, counts.get(key, 0)) for key, label in choices]


def _is_a_search(request):
    """Filtering or paging the directory counts as a search; opening it does not."""
    return any(request.GET.get(key) for key in request.GET)


def directory(request, page):
    if _is_a_search(request) and (refused := ratelimit.refuse(request, "search")):
        return refused
    form = DirectoryFilterForm(request.GET or None)
    query = DirectoryQuery.from_form(form)
    moment = timezone.now()
    result = search_directory.search(page.locale, query, moment)
    paginator = Paginator(result.ids, PER_PAGE)
    page_obj = paginator.get_page(_page_number(request.GET.get("page")))
    channels = load_page(list(page_obj.object_list))
    directory_url = page.get_url(request)
    for channel in channels:
        channel.page_url = f"{directory_url}canal/{channel.slug}/"
        channel.distance_km = result.distances.get(channel.pk)
        channel.open_now = channel.is_open_at(moment)
    context = {
        "form": form,
        "directory_query": query,
        "result": result,
        "page_obj": page_obj,
        "channels": channels,
        "kind_options": facet_options(Kind.choices, result.facets.get("kind", {})),
        "stage_options": facet_options(Stage.choices, result.facets.get("stages", {})),
        "language_options": facet_options(LANGUAGE_CHOICES, result.facets.get("languages", {})),
        "state_name": STATES.get(query.uf, ("",))[0],
        "directory_url": directory_url,
    }
    return page.render(request, context_overrides=context)


def _channel_for(page, slug):
    """The channel, with its organisation and that organisation's name in the reader's
    language (its translation in the page's locale, else the name it has), all in the
    one query that finds the channel."""
    local_name = Subquery(
        Organisation.objects.filter(
            translation_key=OuterRef("organisation__translation_key"), locale_id=page.locale_id
        ).values("name")[:1]
    )
    channel = (
        visible_channels(page.locale)
        .filter(slug=slug)
        .select_related("locale", "organisation")
        .annotate(organisation_name=Coalesce(local_name, F("organisation__name")))
        .first()
    )
    if channel is None:
        raise Http404(_("No such channel."))
    return channel


def channel_detail(request, page, slug):
    channel = _channel_for(page, slug)
    channel.open_now = channel.is_open_now
    return page.render(
        request,
        context_overrides={"channel": channel, "directory_url": page.get_url(request)},
        template="channels/channel_page.html",
    )


def _card_channels(page, uf):
    uf = uf.upper()
    if uf not in STATES:
        raise Http404(_("No such state."))
    channels = list(
        visible_channels(page.locale)
        .filter(Q(scope=Scope.NATIONAL) | Q(uf=uf, scope__in=[Scope.STATE, Scope.MUNICIPAL]))
        .order_by("sort_name")
    )
    national = [channel for channel in channels if channel.scope == Scope.NATIONAL]
    local = [
        channel for channel in channels if channel.scope != Scope.NATIONAL and channel.uf == uf
    ]
    local.sort(
        key=lambda channel: (channel.scope != Scope.STATE, channel.municipality, channel.sort_name)
    )
    return uf, national, local


def pocket_card(request, page, uf):
    uf, national, local = _card_channels(page, uf)
    return page.render(
        request,
        context_overrides={
            "uf": uf,
            "state_name": STATES[uf][0],
            "national": national,
            "local": local,
            "directory_url": page.get_url(request),
        },
        template="channels/pocket_card.html",
    )


def pocket_card_text(request, page, uf):
    uf, national, local = _card_channels(page, uf)
    text = render_to_string(
        "channels/pocket_card.txt",
        {
            "uf": uf,
            "state_name": STATES[uf][0],
            "national": national,
            "local": local,
            "directory_url": request.build_absolute_uri(page.url),
        },
        request=request,
    )
    # Collapse the template's blank lines: the text goes into a chat message.
    lines = [line.rstrip() for line in text.splitlines()]
    compact = "\n".join(
        line for index, line in enumerate(lines) if line or (index and lines[index - 1])
    )
    return HttpResponse(compact.strip() + "\n", content_type="text/plain; charset=utf-8")


# --- JSON API ------------------------------------------------------------------------
def serialize_channel(channel, url=""):
    point = channel.public_point
    return {
        "id": str(channel.translation_key),
        "language": channel.locale.language_code,
        "name": channel.name,
        "slug": channel.slug,
        "description": channel.description,
        "kind": channel.kind,
        "stages": list(channel.stages),
        "scope": channel.scope,
        "uf": channel.uf,
        "municipality": channel.municipality,
        "country": channel.country,
        "phones": [
            {"number": block.value["number"], "label": block.value["label"]}
            for block in channel.phones
        ],
        "whatsapp": channel.whatsapp,
        "telegram": channel.telegram,
        "email": channel.email,
        "website": channel.website,
        "online_form": channel.online_form,
        "address": channel.public_address,
        "address_hidden": channel.hide_address,
        "location": {"lat": point[0], "lon": point[1]} if point else None,
        "open_24h": channel.open_24h,
        "hours": channel.hours,
        "time_zone": channel.time_zone,
        "closed_on_national_holidays": channel.closed_on_holidays,
        "languages": list(channel.languages),
        "interpreting": channel.interpreting,
        "libras": channel.libras,
        "wheelchair": channel.wheelchair,
        "who_it_serves": channel.who_it_serves,
        "documents_needed": channel.documents_needed,
        "undocumented_welcome": channel.undocumented_welcome,
        "what_happens": channel.what_happens,
        "status": channel.status,
        "status_alert": channel.status_alert,
        "last_verified": channel.last_verified.isoformat() if channel.last_verified else None,
        "to_be_confirmed": channel.is_stale,
        "url": url,
    }


def _api_locale():
    return Locale.get_active()


def _directory_page(locale):
    return ChannelDirectoryPage.objects.live().filter(locale=locale).first()


@require_GET
def api_channels(request):
    if _is_a_search(request) and not ratelimit.allowed(request, "search"):
        message = _("Too many requests. Please wait a minute and try again.")
        return JsonResponse({"errors": {"__all__": [message]}}, status=429)
    form = DirectoryFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    try:
        size = int(request.GET.get("page_size", API_PAGE_SIZE))
        number = int(request.GET.get("page", 1))
    except ValueError:
        return JsonResponse(
            {"errors": {"page": [_("Give page and page_size as whole numbers.")]}}, status=400
        )
    if not 1 <= size <= API_MAX_PAGE_SIZE or number < 1:
        return JsonResponse(
            {
                "errors": {
                    "page_size": [
                        _("page_size goes from 1 to %(max)s; page from 1.")
                        % {"max": API_MAX_PAGE_SIZE}
                    ]
                }
            },
            status=400,
        )
    locale = _api_locale()
    query = DirectoryQuery.from_form(form)
    result = search_directory.search(locale, query)
    paginator = Paginator(result.ids, size)
    if number > max(paginator.num_pages, 1):
        return JsonResponse({"errors": {"page": [_("There is no such page.")]}}, status=404)
    page_obj = paginator.page(number)
    page = _directory_page(locale)

    def link(params_page):
        params = request.GET.copy()
        params["page"] = params_page
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return JsonResponse(
        {
            "count": result.count,
            "page": number,
            "pages": paginator.num_pages,
            "next": link(number + 1) if page_obj.has_next() else None,
            "previous": link(number - 1) if page_obj.has_previous() else None,
            "facets": result.facets,
            "results": [
                serialize_channel(
                    channel,
                    request.build_absolute_uri(page.channel_url(channel)) if page else "",
                )
                for channel in load_page(list(page_obj.object_list))
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def api_channel(request, key):
    locale = _api_locale()
    channel = visible_channels(locale).filter(translation_key=key).select_related("locale").first()
    if channel is None:
        return JsonResponse({"errors": {"id": [_("No such channel.")]}}, status=404)
    page = _directory_page(locale)
    url = request.build_absolute_uri(page.channel_url(channel)) if page else ""
    return JsonResponse(serialize_channel(channel, url), json_dumps_params={"ensure_ascii": False})
