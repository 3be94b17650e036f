"""Searching in the admin: every listing answers any words (quotes included) on both
database backends, and a search limited to some fields finds what those fields hold.

On SQLite the stock backend named model fields as full-text columns (only title, body
and autocomplete exist) and did not escape quotes: website/sqlite_search.py."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

QUERIES = ['"', 'Disque "100', '""', "tráfico de pessoas", "a"]


def listing_urls():
    from wagtail.snippets.models import get_snippet_models

    urls = [reverse("wagtailadmin_pages:search"), reverse("wagtailimages:index")]
    urls.append(reverse("wagtaildocs:index"))
    urls += [reverse(model.snippet_viewset.get_url_name("list")) for model in get_snippet_models()]
    return urls


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "chefe", "chefe@example.org", "uma-senha-longa-e-boa-123"
    )
    client.force_login(user)
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("query", QUERIES)
def test_every_admin_listing_answers_any_search(editor_client, query):
    failures = []
    for url in listing_urls():
        response = editor_client.get(url, {"q": query})
        if response.status_code != 200:
            failures.append((url, response.status_code))
    assert not failures


def test_snippet_listings_find_by_their_own_fields(editor_client):
    from channels.models import Channel
    from guides.models import GlossaryTerm

    channel = Channel.objects.filter(locale__language_code="pt-br").exclude(municipality="")[0]
    url = reverse(Channel.snippet_viewset.get_url_name("list"))
    listed = editor_client.get(url, {"q": channel.municipality}).context["object_list"]
    assert channel in list(listed), "a channel is found by its city"

    term = GlossaryTerm.objects.filter(locale__language_code="pt-br", live=True)[0]
    url = reverse(GlossaryTerm.snippet_viewset.get_url_name("list"))
    listed = editor_client.get(url, {"q": term.term}).context["object_list"]
    assert term in list(listed)
