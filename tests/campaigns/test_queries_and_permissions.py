"""Query budgets of the campaign pages (the same with 2 and with 40 materials, no
rendition made during a GET) and who may do what with campaigns and materials."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from campaigns.models import CampaignIndexPage, CampaignMaterial, CampaignPage, Material
from tests.campaigns import factories
from tests.factories import UserFactory
from website.permissions import COMMUNICATORS, MODERATORS, TRAINING_MANAGERS, TRANSLATORS

pytestmark = pytest.mark.django_db
BUDGET = 15


def measure(client, url):
    client.get(url)  # warm the per-language caches, as any live site has them
    Rendition = get_image_model().get_rendition_model()
    renditions = Rendition.objects.count()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert Rendition.objects.count() == renditions, "a rendition was made during a GET"
    assert not [q for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))]
    return len(queries)


@pytest.mark.parametrize("language", ["pt-br", "es"])
def test_index_and_campaign_keep_their_budget_with_2_and_40_materials(client, language):
    index = CampaignIndexPage.objects.get(locale__language_code=language)
    campaign = CampaignPage(
        title="Campanha de teste",
        slug="campanha-de-teste",
        hero_image=factories.image("capa teste", size=(1300, 700)),
        hero_alt="Uma capa",
        start_date="2026-01-01",
        audiences=["general"],
        themes=["forced-labour"],
    )
    index.add_child(instance=campaign)
    campaign.save_revision().publish()
    counts = {}
    for size in (2, 40):
        for number in range(campaign.material_links.count(), size):
            if number % 2:
                material = factories.material(
                    f"Cartaz {number}",
                    kind="poster",
                    languages=["pt-br", "es"][number % 4 // 2 :],
                    image=factories.image(f"cartaz {number}"),
                    alt_text="Cartaz",
                )
            else:
                material = factories.material(f"Folheto {number}", languages=["en", "es"])
                material.thumbnail = factories.image(f"miniatura {number}")
                material.save()
            campaign.material_links.add(CampaignMaterial(material=material))
        campaign.save_revision().publish()
        assert campaign.material_links.count() == size
        counts[size] = (measure(client, index.url), measure(client, campaign.url))
    assert counts[2] == counts[40], counts
    index_queries, campaign_queries = counts[40]
    assert index_queries <= BUDGET
    assert campaign_queries <= BUDGET
    html = client.get(campaign.url).content.decode()
    assert html.count('class="material"') == 40
    assert html.count("max-320x320.format-webp") == 40  # every preview made at publish


def test_demo_campaign_pages_keep_their_budget(client):
    for url in [
        "/pt-br/campanhas/",
        "/es/campanhas/?audience=migrants&language=es",
        "/es/campanhas/migrar-com-seguranca/",
        "/ht/campanhas/trabalho-sem-escravidao/",
    ]:
        assert measure(client, url) <= BUDGET, url


# --- Permissions ----------------------------------------------------------------------
@pytest.fixture
def users():
    return {
        COMMUNICATORS: UserFactory(groups=[COMMUNICATORS]),
        MODERATORS: UserFactory(groups=[MODERATORS]),
        TRAINING_MANAGERS: UserFactory(groups=[TRAINING_MANAGERS]),
        TRANSLATORS: UserFactory(groups=[TRANSLATORS]),
        "reader": UserFactory(),
    }


MATERIAL_MATRIX = {
    COMMUNICATORS: {"add": True, "change": True, "delete": False, "view": True},
    MODERATORS: {"add": True, "change": True, "delete": True, "view": True},
    TRAINING_MANAGERS: {"add": False, "change": False, "delete": False, "view": False},
    TRANSLATORS: {"add": False, "change": False, "delete": False, "view": False},
    "reader": {"add": False, "change": False, "delete": False, "view": False},
}


@pytest.mark.parametrize("role", list(MATERIAL_MATRIX))
def test_material_rights(users, role):
    user = users[role]
    for model in ("material", "mediafile"):
        rights = {
            action: user.has_perm(f"campaigns.{action}_{model}")
            for action in ("add", "change", "delete", "view")
        }
        assert rights == MATERIAL_MATRIX[role], model


# role -> (pt-BR campaign rights, es campaign rights)
PAGE_MATRIX = {
    COMMUNICATORS: ({"edit": True, "publish": False}, {"edit": True, "publish": False}),
    MODERATORS: ({"edit": True, "publish": True}, {"edit": True, "publish": True}),
    TRAINING_MANAGERS: ({"edit": False, "publish": False}, {"edit": False, "publish": False}),
    TRANSLATORS: ({"edit": False, "publish": False}, {"edit": True, "publish": False}),
    "reader": ({"edit": False, "publish": False}, {"edit": False, "publish": False}),
}


@pytest.mark.parametrize("role", list(PAGE_MATRIX))
def test_campaign_page_rights(users, role):
    from wagtail.models import Locale

    campaign = CampaignPage.objects.get(locale__language_code="pt-br", slug="migrar-com-seguranca")
    spanish = campaign.get_translation(Locale.objects.get(language_code="es"))
    for page, expected in zip((campaign, spanish), PAGE_MATRIX[role], strict=True):
        perms = page.permissions_for_user(users[role])
        assert {"edit": perms.can_edit(), "publish": perms.can_publish()} == expected


def test_communicator_submits_a_campaign_for_moderation(users):
    """A Communicator's change waits for a Moderator: the live page stays as it was."""
    from wagtail.models import Workflow

    campaign = CampaignPage.objects.get(locale__language_code="pt-br", slug="escola-que-protege")
    workflow = campaign.get_workflow()
    assert isinstance(workflow, Workflow)
    campaign.title = "Título proposto"
    revision = campaign.save_revision(user=users[COMMUNICATORS])
    workflow.start(campaign, users[COMMUNICATORS])
    campaign.refresh_from_db()
    assert campaign.has_unpublished_changes
    assert CampaignPage.objects.live().get(pk=campaign.pk).title == "Escola que protege"
    assert revision.as_object().title == "Título proposto"


@pytest.mark.parametrize(
    ("role", "allowed"),
    [(COMMUNICATORS, True), (MODERATORS, True), (TRANSLATORS, False), (TRAINING_MANAGERS, False)],
)
def test_download_report_and_yearly_csv(client, users, role, allowed):
    material = Material.objects.get(title="Cartaz Migrar com segurança")
    material.count_download()
    material.count_download()
    client.force_login(users[role])
    from django.utils import timezone

    year = timezone.localdate().year
    report = client.get("/admin/campaigns/downloads/")
    csv_response = client.get(f"/admin/campaigns/downloads/{year}.csv")
    if not allowed:
        assert report.status_code in (302, 403)
        assert csv_response.status_code in (302, 403)
        return
    assert report.status_code == 200
    assert "Cartaz Migrar com segurança" in report.content.decode()
    assert csv_response["Content-Type"].startswith("text/csv")
    lines = csv_response.content.decode().splitlines()
    assert lines[1].startswith("Cartaz Migrar com segurança,")
    assert lines[1].split(",")[3] == "2"
    previous = client.get(f"/admin/campaigns/downloads/{year - 1}.csv").content.decode()
    assert "Cartaz Migrar com segurança" not in previous


def test_editors_see_download_counts_in_the_material_list(admin_client):
    material = Material.objects.get(title="Cartaz Migrar com segurança")
    for _ in range(3):
        material.count_download()
    response = admin_client.get("/admin/snippets/campaigns/material/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Downloads" in html or "downloads" in html
