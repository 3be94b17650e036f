"""The directory page, channel pages, pocket cards and the JSON API, on the database."""

import datetime
import zoneinfo

import pytest
from django.conf import settings
from wagtail.models import Locale

from channels.directory import DirectoryQuery, database_search
from channels.models import Channel, ChannelDirectoryPage
from tests.channels.factories import make_channel

pytestmark = pytest.mark.django_db
URL = "/pt-br/onde-pedir-ajuda/"


def pt():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def names(result):
    by_id = Channel.objects.in_bulk(result.ids)
    return [by_id[pk].name for pk in result.ids]


def test_state_filter_keeps_national_first_then_state_then_municipality():
    make_channel(name="Zeta estadual SP", scope="state", uf="SP")
    make_channel(
        name="Alfa municipal Campinas", scope="municipal", uf="SP", municipality="Campinas"
    )
    make_channel(name="Outro estado RJ", scope="state", uf="RJ")
    result = database_search(pt(), DirectoryQuery(uf="SP"))
    found = names(result)
    assert "Outro estado RJ" not in found
    national = [c.name for c in Channel.objects.filter(locale=pt(), scope="national", live=True)]
    assert set(found[: len(national)]) == set(national)
    assert found.index("Zeta estadual SP") < found.index("Alfa municipal Campinas")


def test_municipality_keeps_the_state_ones_and_only_that_municipality():
    make_channel(name="CREAS Campinas", scope="municipal", uf="SP", municipality="Campinas")
    make_channel(name="CREAS Santos", scope="municipal", uf="SP", municipality="Santos")
    found = names(database_search(pt(), DirectoryQuery(uf="SP", municipality="campinas")))
    assert "CREAS Campinas" in found
    assert "CREAS Santos" not in found
    assert any("NETP/SP" in name for name in found)


@pytest.mark.parametrize(
    ("query", "expected", "excluded"),
    [
        (DirectoryQuery(kind="paahm"), "Posto", "Disque 100"),
        (DirectoryQuery(stage="rescue"), "Polícia Federal", "Disque 100"),
        (DirectoryQuery(language="ht"), "Kreyòl", "Disque 100"),
        (DirectoryQuery(open_24h=True), "Disque 100", "Polícia Federal"),
        (DirectoryQuery(text="direitos humanos"), "Disque 100", "Ligue 180"),
        (DirectoryQuery(text="DENUNCIA ESCRAVO"), "Sistema Ipê", "Ligue 180"),
    ],
)
def test_filters(query, expected, excluded):
    make_channel(name="Centro Kreyòl", languages=["pt", "ht"])
    found = names(database_search(pt(), query))
    assert any(expected in name for name in found), found
    assert not any(excluded in name for name in found), found


def test_open_now_uses_each_channels_zone():
    acre = make_channel(
        name="Plantão Acre", uf="AC", time_zone="America/Rio_Branco", hours="mo-fr 18:00-24:00"
    )
    sao_paulo = make_channel(name="Plantão SP", uf="SP", hours="mo-fr 18:00-24:00")
    moment = datetime.datetime(2025, 3, 11, 23, 30, tzinfo=zoneinfo.ZoneInfo("America/Rio_Branco"))
    result = database_search(pt(), DirectoryQuery(open_now=True), moment)
    assert acre.pk in result.ids
    assert sao_paulo.pk not in result.ids
    # 24-hour hotlines are open too; the facets ignore "open now".
    assert any("Disque 100" in name for name in names(result))
    everything = database_search(pt(), DirectoryQuery(), moment)
    assert result.facets == everything.facets


def test_nearest_first_never_uses_hidden_addresses():
    near = make_channel(name="Perto", latitude=-23.55, longitude=-46.63)
    far = make_channel(name="Longe", latitude=-3.10, longitude=-60.02, uf="AM")
    shelter = make_channel(name="Abrigo", latitude=-23.551, longitude=-46.631, hide_address=True)
    result = database_search(pt(), DirectoryQuery(lat=-23.55, lon=-46.63))
    state_ids = [pk for pk in result.ids if pk in {near.pk, far.pk, shelter.pk}]
    assert state_ids == [near.pk, far.pk, shelter.pk]
    assert shelter.pk not in result.distances
    assert result.distances[near.pk] < 1


def test_untranslated_channels_show_in_portuguese_in_other_languages(client):
    make_channel(name="Só em português", slug="so-em-portugues")
    response = client.get("/es/onde-pedir-ajuda/?q=portugues")
    assert "Só em português" in response.content.decode()
    response = client.get("/es/onde-pedir-ajuda/?q=derechos")
    assert "Línea de Derechos Humanos" in response.content.decode()


def test_directory_page_renders_filters_and_click_to_call(client):
    response = client.get(URL, {"uf": "SP", "language": "pt"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="tel:100"' in html
    assert 'href="tel:190"' in html
    assert '<label for="channel-uf">' in html
    assert "cartao/SP/texto/" in html
    assert "Onde pedir ajuda" in html
    # The old help page's body is still there (its emergency call-out).
    assert "callout--emergency" in html
    # The header's site search keeps its own (empty) query.
    assert "DirectoryQuery" not in html


def test_bad_filters_are_explained_never_a_500(client):
    response = client.get(URL, {"uf": "XX", "lat": "abc", "kind": "nope", "q": "x" * 500})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert 'aria-invalid="true"' in html


def test_hidden_address_never_reaches_readers(client):
    make_channel(
        name="Casa abrigo",
        slug="casa-abrigo",
        address="Rua Secreta, 123",
        latitude=-23.5,
        longitude=-46.6,
        hide_address=True,
    )
    for url in [URL + "?q=abrigo", URL + "canal/casa-abrigo/", "/pt-br/api/channels/?q=abrigo"]:
        body = client.get(url).content.decode()
        assert "Casa abrigo" in body
        assert "Rua Secreta" not in body
        assert "-23.5" not in body
    api = client.get("/pt-br/api/channels/?q=abrigo").json()["results"][0]
    assert api["address"] == ""
    assert api["location"] is None
    assert api["address_hidden"]


def test_stale_channels_are_to_be_confirmed_for_readers(client):
    make_channel(name="Verificado", slug="verificado", last_verified=datetime.date.today())
    old = make_channel(
        name="Antigo",
        slug="antigo",
        last_verified=datetime.date.today() - datetime.timedelta(days=400),
    )
    assert old.is_stale
    assert not Channel.objects.get(slug="verificado", locale=pt()).is_stale
    html = client.get(URL + "canal/antigo/").content.decode()
    assert "To be confirmed" in html or "confirmar" in html
    card = client.get(URL + "?q=verificado").content.decode()
    assert "badge--warn" not in card.split("channel-list")[1].split("</ul>")[0]


def test_channel_page_pocket_card_and_text(client):
    page = client.get(URL + "canal/disque-100/")
    assert page.status_code == 200
    assert "99611-0100" in page.content.decode()
    assert client.get(URL + "canal/nao-existe/").status_code == 404
    card = client.get(URL + "cartao/AM/")
    assert card.status_code == 200
    assert "PAAHM/AM" in card.content.decode()
    text = client.get(URL + "cartao/am/texto/")
    assert text["Content-Type"].startswith("text/plain")
    body = text.content.decode()
    assert "190" in body
    assert "100" in body
    assert "PAAHM/AM" in body
    assert "<" not in body
    assert client.get(URL + "cartao/XX/").status_code == 404


def test_suspended_channel_shows_its_alert(client):
    make_channel(
        name="Suspenso", slug="suspenso", status="suspended", status_alert="Use o Disque 100."
    )
    html = client.get(URL + "?q=suspenso").content.decode()
    assert "Use o Disque 100." in html


def test_demo_converted_the_help_page_in_place(home):
    directory = ChannelDirectoryPage.objects.get(locale=pt())
    # Converted in place: the same page, still the home page's "onde-pedir-ajuda" child.
    assert directory.pk == home.get_children().get(slug="onde-pedir-ajuda").pk
    assert directory.slug == "onde-pedir-ajuda"
    assert directory.show_in_menus
    assert ChannelDirectoryPage.objects.count() == 5
    assert Channel.objects.filter(slug="disque-100").count() == 5


def test_demo_is_idempotent():
    from channels import demo

    before = Channel.objects.count()
    assert demo.load().startswith("0 page(s) turned into the directory, 0 channel(s) created, 0 ")
    assert Channel.objects.count() == before
