"""Searches and public forms are rate limited per address (per account once signed in):
past the limit the reader gets a 429 page in their language, with the emergency numbers
still in the header."""

import pytest
from django.test import Client

from channels.models import ChannelDirectoryPage
from guides.models import GlossaryPage, GuidePage
from tests.training.factories import trainee
from website.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def small_limits(settings):
    settings.PORTAL_RATE_LIMITS = {"search": (2, 60), "form": (2, 600)}
    settings.TRAINING_VERIFY_RATE = (2, 600)


def page_url(model, code="pt-br"):
    return model.objects.live().filter(locale__language_code=code).first().url


def exhaust(send, times=2):
    for _attempt in range(times):
        assert send().status_code != 429
    return send()


def assert_friendly_429(response, code):
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    record = SiteSettings.objects.get(locale__language_code=code)
    for block in record.emergency_numbers:
        assert f'href="tel:{block.value["number"]}"' in html
    return html


@pytest.mark.parametrize(
    ("code", "title"),
    [("pt-br", "Muitas solicitações"), ("es", "Demasiadas solicitudes"), ("ht", "Twòp demann")],
)
def test_site_search(client, code, title):
    response = exhaust(lambda: client.get(f"/{code}/search/?q=trafico"))
    assert title in assert_friendly_429(response, code)


def test_opening_the_search_page_without_a_query_is_not_counted(client):
    for _attempt in range(5):
        assert client.get("/pt-br/search/").status_code == 200


def test_guide_search(client):
    url = page_url(GuidePage) + "search/?q=vitima"
    assert_friendly_429(exhaust(lambda: client.get(url)), "pt-br")


def test_glossary_search(client):
    url = page_url(GlossaryPage, "es") + "?q=trata"
    assert_friendly_429(exhaust(lambda: client.get(url)), "es")


def test_term_checker(client):
    url = page_url(GlossaryPage) + "check/"
    response = exhaust(lambda: client.post(url, {"text": "Uma vítima de tráfico."}))
    assert_friendly_429(response, "pt-br")
    # Reading the (empty) form is not a submission.
    assert client.get(url).status_code == 200


def test_channel_directory_filters_but_not_the_page_itself(client):
    url = page_url(ChannelDirectoryPage)
    for _attempt in range(4):
        assert client.get(url).status_code == 200
    assert_friendly_429(exhaust(lambda: client.get(url + "?q=disque")), "pt-br")


def test_channel_api_answers_in_json(client):
    response = exhaust(lambda: client.get("/en/api/channels/?q=disque"))
    assert response.status_code == 429
    assert response.json()["errors"]["__all__"]


def test_certificate_verification(client):
    response = exhaust(lambda: client.get("/fr/training/verify/?code=ABCD-EFGH"))
    assert response.status_code == 429


def test_signed_in_trainees_count_on_their_own(client):
    """A classroom shares one address: each trainee has their own budget."""
    first, second = trainee(), trainee(full_name="João Souza", cpf="")
    client.force_login(first)
    data = {"full_name": "", "uf": "AM", "organisation_type": "network"}
    response = exhaust(lambda: client.post("/pt-br/training/profile/", data))
    assert_friendly_429(response, "pt-br")
    other = Client()
    other.force_login(second)
    assert other.post("/pt-br/training/profile/", data).status_code != 429


def test_addresses_are_counted_apart(client):
    exhaust(lambda: client.get("/pt-br/search/?q=a"))
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert elsewhere.get("/pt-br/search/?q=a").status_code == 200


def test_the_cache_holds_no_address(client):
    from django.core.cache import cache

    client.get("/pt-br/search/?q=a", REMOTE_ADDR="198.51.100.23")
    keys = list(getattr(cache, "_cache", {}).keys())
    assert keys, "the local-memory cache is expected in tests"
    assert not [key for key in keys if "198.51.100.23" in str(key)]
