"""Five languages under their own URL prefixes, chosen at "/" by Accept-Language,
with a switcher that finds the same page in the other languages."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

from tests.factories import content_page

LANGUAGES = [code for code, _name in settings.LANGUAGES]
pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_in_every_language(client, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    assert response.context["page"].locale.language_code == code


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("es-VE,es;q=0.9", "/es/"),
        ("ht-HT,ht;q=0.9,fr;q=0.8", "/ht/"),
        ("fr-CA,fr;q=0.9", "/fr/"),
        ("en-US,en;q=0.9", "/en/"),
        ("pt-BR,pt;q=0.9", "/pt-br/"),
        ("pt", "/pt-br/"),
        ("de-DE,de;q=0.9", "/pt-br/"),
        ("", "/pt-br/"),
    ],
)
def test_root_sends_to_best_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_no_language_cookie_is_set(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    assert not response.cookies
    response = client.get("/es/")
    assert not response.cookies


def test_haitian_creole_has_language_info_and_catalogue():
    info = translation.get_language_info("ht")
    assert info["name_local"] == "Kreyòl ayisyen"
    assert info["bidi"] is False
    assert translation.check_for_language("ht")
    with translation.override("ht"):
        assert translation.gettext("Quick exit") != "Quick exit"
        assert translation.get_language() == "ht"


@pytest.mark.parametrize("code", LANGUAGES)
def test_interface_strings_are_in_the_readers_language(client, code):
    html = client.get(f"/{code}/").content.decode()
    with translation.override(code):
        assert translation.gettext("Quick exit") in html
        assert translation.gettext("Go to content") in html
    if code != "en":
        assert ">Quick exit<" not in html.replace("\n", "").replace("  ", "")


def test_switcher_links_to_the_same_page_in_each_language(client, section):
    html = client.get(section.url).content.decode()
    for code in LANGUAGES:
        if code == "pt-br":
            continue
        translated = section.get_translation(Locale.objects.get(language_code=code))
        assert f'href="{translated.url}" hreflang="{code}"' in html


def test_switcher_says_when_a_page_is_not_translated(client, section):
    page = content_page(section, "Página só em português", "so-em-portugues")
    html = client.get(page.url).content.decode()
    # Every other language offers the pt-BR page, with a note in that language.
    for code in ["es", "en", "fr", "ht"]:
        with translation.override(code):
            note = translation.gettext("not translated yet: opens the Portuguese page")
        assert note in html
    assert html.count(f'href="{page.url}" hreflang="es"') == 1


def test_untranslated_page_in_other_prefix_is_not_found(client, section):
    page = content_page(section, "Só em português", "so-pt")
    response = client.get(page.url.replace("/pt-br/", "/es/"))
    assert response.status_code == 404


def test_hreflang_alternates_list_every_translation(client, section):
    html = client.get(section.url).content.decode()
    alternates = re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', html)
    assert sorted(code for code, _url in alternates) == sorted(LANGUAGES)
    assert all(url.startswith("http://testserver/") for _code, url in alternates)


def test_sitemap_index_and_one_sitemap_per_language(client, section):
    index = client.get("/sitemap.xml").content.decode()
    for code in LANGUAGES:
        assert f"http://testserver/sitemap-{code}.xml" in index
    spanish = client.get("/sitemap-es.xml").content.decode()
    assert "<loc>http://testserver/es/navegue-com-seguranca/</loc>" in spanish
    assert "/pt-br/navegue-com-seguranca/" in spanish  # as an alternate
    assert 'hreflang="ht" href="http://testserver/ht/navegue-com-seguranca/"' in spanish
    assert "<loc>http://testserver/pt-br/" not in spanish


def test_search_page_switches_language_keeping_the_query(client):
    html = client.get("/es/search/?q=trata").content.decode()
    assert 'href="/fr/search/?q=trata"' in html


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ht", "Ou dwe ranpli chan sa a."),
        ("pt-br", "Este campo é obrigatório."),
        ("es", "Este campo es obligatorio."),
        ("fr", "Ce champ est obligatoire."),
    ],
)
def test_form_errors_speak_the_readers_language(code, expected):
    from django import forms

    class Form(forms.Form):
        name = forms.CharField()

    with translation.override(code):
        errors = [str(error) for error in Form(data={}).errors["name"]]
    assert errors == [expected]
