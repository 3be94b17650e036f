"""Who may do what with channels, the Moderators' stale flag, and the card block."""

import datetime
import json

import pytest
from django.contrib.auth.models import Group

from channels.models import Channel
from tests.channels.factories import make_channel
from tests.factories import UserFactory, content_page

pytestmark = pytest.mark.django_db
ADMIN = "/admin/snippets/channels/channel/"


def test_role_matrix():
    communicator = UserFactory(groups=["Communicators"])
    moderator = UserFactory(groups=["Moderators"])
    translator = UserFactory(groups=["Translators"])
    for permission in ["add_channel", "change_channel"]:
        assert communicator.has_perm(f"channels.{permission}")
        assert moderator.has_perm(f"channels.{permission}")
    for permission in ["publish_channel", "delete_channel"]:
        assert not communicator.has_perm(f"channels.{permission}")
        assert moderator.has_perm(f"channels.{permission}")
    assert not translator.has_perm("channels.change_channel")
    assert (
        Group.objects.get(name="Communicators").permissions.filter(codename="add_channel").exists()
    )


def form_data(**extra):
    data = {
        "name": "Canal do admin",
        "slug": "canal-do-admin",
        "kind": "police",
        "stages": ["report"],
        "scope": "state",
        "uf": "SP",
        "time_zone": "America/Sao_Paulo",
        "hours": "mo-fr 08:00-18:00",
        "status": "active",
        "phones-count": "0",
        "locale": "1",
    }
    data.update(extra)
    return data


def test_communicator_saves_a_draft_and_cannot_publish(client):
    client.force_login(UserFactory(groups=["Communicators"]))
    assert client.get(ADMIN + "add/").status_code == 200
    client.post(ADMIN + "add/", form_data(**{"action-publish": "publish"}))
    channel = Channel.objects.get(slug="canal-do-admin")
    assert not channel.live  # a draft waiting for a Moderator


def test_moderator_publishes(client):
    client.force_login(UserFactory(groups=["Moderators"]))
    client.post(ADMIN + "add/", form_data(**{"action-publish": "publish"}))
    assert Channel.objects.get(slug="canal-do-admin").live


def test_invalid_hours_are_refused_in_the_admin(client):
    client.force_login(UserFactory(groups=["Moderators"]))
    response = client.post(ADMIN + "add/", form_data(hours="segunda 8-12"))
    assert response.status_code == 200
    assert not Channel.objects.filter(slug="canal-do-admin").exists()
    assert "segunda 8-12" in response.content.decode()


def test_moderators_see_and_filter_stale_channels(client):
    # "committee": no demo channel has that kind, so both fit on the first listing page.
    make_channel(name="Recente", kind="committee", last_verified=datetime.date.today())
    make_channel(
        name="Velho",
        kind="committee",
        last_verified=datetime.date.today() - datetime.timedelta(days=366),
    )
    client.force_login(UserFactory(groups=["Moderators"]))
    html = client.get(
        ADMIN, {"verification": "stale", "kind": "committee", "locale": "pt-br"}
    ).content.decode()
    assert "Velho" in html
    assert "Recente" not in html
    assert "To be confirmed" in html or "confirmar" in html
    current = client.get(
        ADMIN, {"verification": "current", "kind": "committee", "locale": "pt-br"}
    ).content.decode()
    assert "Recente" in current
    assert "Velho" not in current


def test_channel_card_block_in_any_content_body(client, home):
    from website.blocks import BaseContentBlock

    assert "channel_card" in BaseContentBlock.base_blocks
    channel = Channel.objects.get(slug="ligue-180", locale__language_code="pt-br")
    page = content_page(home, "Campanha com canal", "campanha-com-canal")
    page.body = json.dumps(
        [{"type": "channel_card", "value": {"channel": channel.pk, "note": "Para mulheres."}}]
    )
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Ligue 180" in html
    assert 'href="tel:180"' in html
    assert "Para mulheres." in html
    assert "/pt-br/onde-pedir-ajuda/canal/ligue-180/" in html


@pytest.mark.parametrize("language", ["pt-br", "es"])
def test_channel_cards_cost_the_same_queries_for_1_and_30_cards(client, home, language):
    """Cards are resolved together (channels.blocks.CardGroup): their translations and
    the directory pages in one query each, however many cards a page embeds."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language)
    parent = home.get_translation(locale)
    channels = list(
        Channel.objects.filter(locale__language_code="pt-br", live=True).order_by("pk")[:30]
    )
    assert len(channels) == 30

    def queries_for(count, slug):
        page = content_page(parent, f"Canais {count}", slug)
        page.body = json.dumps(
            [
                {"type": "channel_card", "value": {"channel": channel.pk, "note": ""}}
                for channel in channels[:count]
            ]
        )
        page.save_revision().publish()
        client.get(page.url)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(page.url).content.decode()
        assert html.count('class="channel-embed"') == count
        return len(queries), html

    one, _html = queries_for(1, "um-canal")
    thirty, html = queries_for(30, "trinta-canais")
    assert one == thirty, (one, thirty)
    if language == "es":
        spanish = Channel.objects.get(
            translation_key=channels[0].translation_key, locale__language_code="es"
        )
        assert spanish.live
        assert f"/es/{spanish.slug}" in html or spanish.slug in html
        assert spanish.name in html
