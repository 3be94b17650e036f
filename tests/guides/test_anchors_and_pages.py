"""Guide pages: anchors that survive edits, contents, previous/next, updated-on date,
change log, in-guide search and the blocks' rules."""

import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from guides.blocks import StatisticBlock
from guides.rendering import block_anchor
from tests.guides.factories import heading, make_chapter, make_guide, paragraph

pytestmark = pytest.mark.django_db

ANCHOR = re.compile(r'<(?:p|h2|h3)[^>]* id="([bp]-[^"]+)"[^>]*>([^<]*)')


def anchors_by_text(client, url):
    html = client.get(url).content.decode()
    return {text.strip(): anchor for anchor, text in ANCHOR.findall(html)}


def test_every_heading_and_paragraph_has_an_anchor_that_survives_inserting_before(
    client, home, no_terms
):
    guide = make_guide(home)
    chapter = make_chapter(
        guide,
        "capitulo",
        body=[
            heading("Primeira seção"),
            paragraph("Primeiro parágrafo.", key="aaa11"),
            paragraph("Segundo parágrafo.", key="bbb22"),
        ],
    )
    before = anchors_by_text(client, chapter.url)
    assert set(before) == {"Primeira seção", "Primeiro parágrafo.", "Segundo parágrafo."}
    assert len(set(before.values())) == 3
    # Each anchor carries a link to itself, to cite the paragraph.
    html = client.get(chapter.url).content.decode()
    for anchor in before.values():
        assert f'href="#{anchor}"' in html

    # The editor inserts a heading and a paragraph before everything, and edits the text
    # of the second paragraph: no existing anchor moves.
    chapter.refresh_from_db()
    raw = list(chapter.body.raw_data)
    raw[2]["value"] = '<p data-block-key="bbb22">Segundo parágrafo, revisto.</p>'
    chapter.body = json.dumps([heading("Nova seção"), paragraph("Novo no início.", "ccc33"), *raw])
    chapter.save_revision().publish()
    after = anchors_by_text(client, chapter.url)
    assert after["Primeira seção"] == before["Primeira seção"]
    assert after["Primeiro parágrafo."] == before["Primeiro parágrafo."]
    assert after["Segundo parágrafo, revisto."] == before["Segundo parágrafo."]
    assert after["Novo no início."] not in before.values()


def test_anchor_comes_from_the_block_id():
    assert block_anchor("1234abcd-5678") == "b-1234abcd"


def test_contents_previous_next_and_updated_on(client, home, no_terms):
    guide = make_guide(home)
    first = make_chapter(guide, "um", "Capítulo um")
    second = make_chapter(guide, "dois", "Capítulo dois")
    third = make_chapter(guide, "tres", "Capítulo três")
    html = client.get(second.url).content.decode()
    for chapter in (first, second, third):
        assert f'href="{chapter.url}"' in html
    assert re.search(rf'href="{first.url}" rel="prev"', html)
    assert re.search(rf'href="{third.url}" rel="next"', html)
    assert 'aria-current="page">Capítulo dois' in html
    assert "Updated on" in html or "Atualizado em" in html
    first_html = client.get(first.url).content.decode()
    assert 'rel="prev"' not in first_html
    guide_html = client.get(guide.url).content.decode()
    third.refresh_from_db()
    newest = timezone.localtime(third.last_published_at).isoformat()
    assert f'<time datetime="{newest}">' in guide_html


def test_change_log_lists_dated_revisions_newest_first(client, home, no_terms):
    guide = make_guide(home)
    guide.change_log = json.dumps(
        [
            {"type": "revision", "value": {"date": "2024-01-10", "summary": "Primeira versão."}},
            {"type": "revision", "value": {"date": "2025-05-02", "summary": "Capítulo novo."}},
        ]
    )
    guide.save_revision().publish()
    html = client.get(guide.url).content.decode()
    assert 'datetime="2025-05-02"' in html
    assert 'datetime="2024-01-10"' in html
    assert html.index("Capítulo novo.") < html.index("Primeira versão.")


def test_change_log_entry_needs_a_date():
    from guides.blocks import ChangeLogEntryBlock

    with pytest.raises(ValidationError):
        ChangeLogEntryBlock().clean({"date": None, "summary": "Sem data"})


@pytest.mark.parametrize("missing", ["figure", "source", "date"])
def test_statistic_needs_figure_source_and_date(missing):
    block = StatisticBlock()
    value = {
        "figure": "58",
        "description": "metas",
        "source": "Decreto nº 9.440",
        "source_url": "",
        "date": "2018-07-03",
    }
    block.clean(block.to_python(value))
    value[missing] = None if missing == "date" else ""
    with pytest.raises(ValidationError):
        block.clean(block.to_python(value))


def test_search_inside_the_guide_links_to_the_paragraph(client, home, no_terms):
    guide = make_guide(home)
    chapter = make_chapter(
        guide,
        "um",
        body=[
            paragraph("Fale com a equipe de atendimento.", "k1"),
            paragraph("Outro assunto.", "k2"),
        ],
    )
    response = client.get(guide.url + "search/", {"q": "EQUIPE atendimento"})
    html = response.content.decode()
    anchors = anchors_by_text(client, chapter.url)
    assert f"{chapter.url}#{anchors['Fale com a equipe de atendimento.']}" in html
    assert "Outro assunto" not in html
    # Accents and case do not matter; nothing found says so.
    assert chapter.url in client.get(guide.url + "search/", {"q": "ATENDIMÊNTO"}).content.decode()
    assert "No results" in client.get(
        guide.url + "search/", {"q": "inexistente"}
    ).content.decode() or (
        "Nenhum resultado"
        in client.get(guide.url + "search/", {"q": "inexistente"}).content.decode()
    )
