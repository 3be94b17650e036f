"""Whatever a reader types into a search or a public form, the portal answers without a
server error: unicode of every kind, control characters, NUL bytes, very long input.

Hypothesis generates the input (a few dozen examples per form, so the suite stays fast);
every answer must be below 500."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from channels.models import ChannelDirectoryPage
from guides.models import GlossaryPage, GuidePage
from tests.training.factories import trainee

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Any code point except lone surrogates (which cannot travel in UTF-8 at all), with
# control characters and NUL made likely; and the same repeated into very long input.
characters = st.characters(exclude_categories=("Cs",))
controls = st.sampled_from(["\x00", "\x1b", "\r", "\n", "\t", "\u202e", "\ufeff", "\u0301"])
short_text = st.text(st.one_of(characters, controls), max_size=60)
long_text = short_text.filter(bool).map(lambda text: (text * 4000)[:12000])
any_text = st.one_of(short_text, long_text)
page_numbers = st.one_of(st.integers(-5, 10**12).map(str), short_text)


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    settings.PORTAL_RATE_LIMITS = {"search": (10**9, 60), "form": (10**9, 60)}
    settings.TRAINING_VERIFY_RATE = (10**9, 60)


def page_url(model, code="pt-br"):
    return model.objects.live().filter(locale__language_code=code).first().url


def answered(response):
    assert response.status_code < 500, response.status_code
    return response


@FUZZ
@given(query=any_text, type_key=short_text, page=page_numbers)
def test_site_search(client, query, type_key, page):
    answered(client.get("/es/search/", {"q": query, "type": type_key, "page": page}))


@FUZZ
@given(
    query=any_text,
    uf=short_text,
    municipality=any_text,
    kind=short_text,
    language=short_text,
    lat=short_text,
    lon=st.one_of(st.floats(allow_nan=True).map(str), short_text),
    page=page_numbers,
)
def test_channel_directory_filters(client, query, uf, municipality, kind, language, lat, lon, page):
    params = {
        "q": query,
        "uf": uf,
        "municipality": municipality,
        "kind": kind,
        "language": language,
        "lat": lat,
        "lon": lon,
        "open_now": "on",
        "page": page,
    }
    answered(client.get(page_url(ChannelDirectoryPage), params))
    answered(client.get("/pt-br/api/channels/", {**params, "page_size": page}))


@FUZZ
@given(code=any_text)
def test_certificate_verification(client, code):
    answered(client.get("/en/training/verify/", {"code": code}))


@FUZZ
@given(query=any_text, draft=any_text)
def test_glossary_search_and_term_checker(client, query, draft):
    glossary = page_url(GlossaryPage, "fr")
    answered(client.get(glossary, {"q": query}))
    answered(client.post(glossary + "check/", {"text": draft}))


@FUZZ
@given(query=any_text)
def test_guide_search(client, query):
    answered(client.get(page_url(GuidePage) + "search/", {"q": query}))


@FUZZ
@given(
    email=st.one_of(st.emails(), any_text),
    password=any_text,
    full_name=any_text,
    uf=short_text,
    organisation_type=short_text,
    cpf=any_text,
)
def test_sign_up(email, password, full_name, uf, organisation_type, cpf):
    data = {
        "email": email,
        "password1": password,
        "password2": password,
        "full_name": full_name,
        "uf": uf,
        "organisation_type": organisation_type,
        "cpf": cpf,
    }
    answered(Client().post("/ht/accounts/signup/", data))


@pytest.fixture
def signed_in(client):
    client.force_login(trainee())
    return client


@FUZZ
@given(full_name=any_text, uf=short_text, organisation_type=short_text, cpf=any_text)
def test_profile(signed_in, full_name, uf, organisation_type, cpf):
    data = {"full_name": full_name, "uf": uf, "organisation_type": organisation_type, "cpf": cpf}
    answered(signed_in.post("/pt-br/training/profile/", data))
