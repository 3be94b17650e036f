"""A chapter renders with at most 15 queries, the same with 1 and with 300 glossary
terms; the demo content is there and loading it again changes nothing."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guides.models import GlossaryPage, GlossaryTerm, GuideChapterPage, GuidePage
from tests.guides.factories import heading, make_chapter, make_guide, make_term, paragraph

pytestmark = pytest.mark.django_db
BUDGET = 15


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_chapter_budget_with_1_and_300_terms(client, home, no_terms):
    guide = make_guide(home)
    text = " ".join(f"termo{number}" for number in range(0, 300, 7))
    chapter = make_chapter(
        guide, "um", body=[heading("Seção"), paragraph(f"Texto com termo0 e {text}.", "k1")]
    )
    make_chapter(guide, "dois")
    make_term("termo0")
    counts = {}
    one_count, html = count_queries(client, chapter.url)
    assert html.count('class="gloss"') == 1
    counts[1] = one_count
    for number in range(1, 300):
        make_term(f"termo{number}")
    assert GlossaryTerm.objects.filter(live=True).count() == 300
    counts[300], html = count_queries(client, chapter.url)
    assert html.count('class="gloss"') == len(range(0, 300, 7))
    assert counts[1] == counts[300], counts
    assert counts[300] <= BUDGET, counts


def test_demo_chapters_keep_the_budget(client):
    """Every demo chapter keeps the budget, in pt-BR and in Spanish, embedded channel
    cards included (channels.blocks resolves a page's cards together)."""
    with_cards = 0
    for chapter in GuideChapterPage.objects.live().filter(
        locale__language_code__in=["pt-br", "es"]
    ):
        cards = len(re.findall(r'"channel": \d+', json.dumps(list(chapter.body.raw_data))))
        with_cards += bool(cards)
        count, _html = count_queries(client, chapter.url)
        assert count <= BUDGET, (chapter.url, count, cards)
    assert with_cards >= 2


def test_demo_content():
    journalists = GuidePage.objects.get(slug="guia-para-jornalistas", locale__language_code="pt-br")
    assert journalists.show_in_menus
    assert GuideChapterPage.objects.child_of(journalists).live().count() >= 5
    assert GlossaryTerm.objects.filter(locale__language_code="pt-br", live=True).count() >= 20
    for language in ("es", "en"):
        assert GlossaryTerm.objects.filter(locale__language_code=language, live=True).count() >= 20
    for language in ("es", "en", "fr", "ht"):
        translated = GuidePage.objects.get(
            translation_key=journalists.translation_key, locale__language_code=language
        )
        assert translated.alias_of_id is None
        assert translated.title != journalists.title
    care = GuidePage.objects.get(slug="fluxos-de-atendimento", locale__language_code="pt-br")
    chapters = GuideChapterPage.objects.child_of(care).live()
    assert chapters.count() == 14
    bodies = " ".join(str(chapter.body.raw_data) for chapter in chapters)
    for stage in ("report", "response", "rescue", "post_rescue", "care"):
        assert f"'stage': '{stage}'" in bodies
    assert bodies.count("'type': 'institution'") == 5
    assert GlossaryPage.objects.filter(locale__language_code="es").exists()


def test_guide_index_replaced_the_content_page_in_place(client):
    from website.models import ContentPage

    assert not ContentPage.objects.filter(slug="guia-para-jornalistas").exists()
    home_html = client.get("/pt-br/").content.decode()
    assert 'href="/pt-br/guia-para-jornalistas/"' in home_html


def test_loading_the_demo_again_changes_nothing():
    from django.core.management import call_command

    from guides import demo

    counts = (
        GlossaryTerm.objects.count(),
        GuidePage.objects.count(),
        GuideChapterPage.objects.count(),
    )
    summary = demo.load()
    assert summary.startswith("0 glossary term(s) and 0 translation(s), 0 guide(s), 0 chapter(s)")
    assert counts == (
        GlossaryTerm.objects.count(),
        GuidePage.objects.count(),
        GuideChapterPage.objects.count(),
    )
    assert call_command is not None
