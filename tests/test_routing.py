"""The route cache (website/routing.py): known paths cost one query to route, and every
change that moves, renames, hides or removes a page is seen at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from channels.models import Channel
from tests.factories import content_page
from website import routing

pytestmark = pytest.mark.django_db


def routing_queries(client, url):
    """(response, queries that touched the page tree or the sites) for one request."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    tree = [
        query["sql"]
        for query in queries.captured_queries
        if '"wagtailcore_site"' in query["sql"] or 'FROM "wagtailcore_page"' in query["sql"]
    ]
    return response, tree


@pytest.mark.parametrize(
    "url",
    [
        "/pt-br/",
        "/pt-br/navegue-com-seguranca/",
        "/es/",
        "/pt-br/onde-pedir-ajuda/",
        "/pt-br/onde-pedir-ajuda/canal/disque-100/",
        "/pt-br/guia-para-jornalistas/glossario/",
    ],
)
def test_a_known_route_serves_the_same_page_with_fewer_queries(client, url):
    with CaptureQueriesContext(connection) as first_queries:
        first = client.get(url)
    with CaptureQueriesContext(connection) as second_queries:
        second = client.get(url)
    assert first.status_code == second.status_code == 200
    assert len(second_queries) < len(first_queries), url
    # Same page, same content (the CSP nonce differs from one response to the next).
    assert first.context["page"].pk == second.context["page"].pk
    assert second.context["page"].locale.language_code == first.context["page"].locale.language_code


def test_a_known_route_does_not_walk_the_tree(client):
    client.get("/pt-br/navegue-com-seguranca/")
    _response, tree = routing_queries(client, "/pt-br/navegue-com-seguranca/")
    # Only the page itself (with its locale) is fetched: no site lookup, no walk.
    assert not any('"wagtailcore_site"' in sql for sql in tree)


def test_the_route_cache_can_be_switched_off(client, settings):
    settings.ROUTE_CACHE_ENABLED = False
    client.get("/pt-br/navegue-com-seguranca/")
    _response, tree = routing_queries(client, "/pt-br/navegue-com-seguranca/")
    assert any('"wagtailcore_site"' in sql for sql in tree)


def test_renaming_a_page_moves_it_at_once(client, section):
    old_url = section.url
    assert client.get(old_url).status_code == 200
    assert client.get(old_url).status_code == 200  # now remembered
    section.slug = "navegue-com-mais-seguranca"
    section.save_revision().publish()
    assert client.get(old_url).status_code == 404
    assert client.get("/pt-br/navegue-com-mais-seguranca/").status_code == 200


def test_an_unpublished_page_is_gone_at_once(client, home):
    page = content_page(home, "Página temporária", "pagina-temporaria")
    client.get(page.url)
    assert client.get(page.url).status_code == 200
    page.unpublish()
    assert client.get("/pt-br/pagina-temporaria/").status_code == 404


def test_a_deleted_page_is_gone_at_once(client, home):
    page = content_page(home, "Página apagada", "pagina-apagada")
    client.get("/pt-br/pagina-apagada/")
    assert client.get("/pt-br/pagina-apagada/").status_code == 200
    Page.objects.get(pk=page.pk).delete()
    assert client.get("/pt-br/pagina-apagada/").status_code == 404


def test_a_moved_page_answers_at_its_new_place_only(client, home, section):
    page = content_page(home, "Página movida", "pagina-movida")
    client.get("/pt-br/pagina-movida/")
    assert client.get("/pt-br/pagina-movida/").status_code == 200
    Page.objects.get(pk=page.pk).move(section, pos="last-child")
    # The old address now redirects (Wagtail's automatic redirect), it no longer serves.
    old = client.get("/pt-br/pagina-movida/")
    assert old.status_code == 301
    assert old["Location"] == "/pt-br/navegue-com-seguranca/pagina-movida/"
    assert client.get("/pt-br/navegue-com-seguranca/pagina-movida/").status_code == 200


def test_a_page_made_private_asks_for_the_password_on_a_known_route(client, section):
    client.get(section.url)
    assert b'name="password"' not in client.get(section.url).content
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="segredo-123"
    )
    assert b'name="password"' in client.get(section.url).content


def test_a_routable_page_still_routes_its_own_sub_urls(client):
    url = "/pt-br/onde-pedir-ajuda/canal/disque-100/"
    client.get(url)
    assert client.get(url).status_code == 200
    channel = Channel.objects.get(slug="disque-100", locale__language_code="pt-br")
    channel.unpublish()
    assert client.get(url).status_code == 404


def test_unknown_paths_are_not_remembered(client):
    from django.core.cache import cache

    before = set(cache._cache.keys()) if hasattr(cache, "_cache") else set()
    assert client.get("/pt-br/nao-existe/").status_code == 404
    after = set(cache._cache.keys()) if hasattr(cache, "_cache") else set()
    assert not [key for key in after - before if ":portal:route:" in key]


def test_each_language_has_its_own_routes(client):
    pt = client.get("/pt-br/")
    client.get("/es/")
    es = client.get("/es/")
    assert pt.context["page"].locale.language_code == "pt-br"
    assert es.context["page"].locale.language_code == "es"


def test_a_route_answered_from_another_place_is_not_remembered(rf, home, section):
    from wagtail.url_routing import RouteResult

    request = rf.get("/pt-br/x/")
    request._wagtail_site = home.get_site()
    # A page handed over from somewhere else in the tree: its place does not match.
    assert routing._entry(request, RouteResult(section), ["x"]) is None
    assert routing._entry(request, RouteResult(section), ["navegue-com-seguranca"]) is not None
