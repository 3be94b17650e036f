"""A plan page and its panel render with a fixed number of queries, the same with 10 and
with 100 activities (each with partners, a status and a campaign, course and live
training tagged), at most 15."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import CampaignPage
from plans.models import (
    ActivityStatus,
    CampaignActivity,
    CourseActivity,
    LiveTrainingActivity,
    PlanPage,
)
from tests.plans import factories
from training.models import CoursePage, LiveTraining

pytestmark = pytest.mark.django_db
BUDGET = 15


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # Count what rendering costs, not what the whole-page cache or the plan structure's
    # cache (tests/plans/test_structure_cache.py) saves.
    settings.PAGE_CACHE_ENABLED = False
    settings.PLAN_STRUCTURE_CACHE_SECONDS = 0


def measure(client, url):
    client.get(url)  # warm the per-language caches, as any live site has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def build(size):
    partners = [factories.organisation("MJSP"), factories.organisation("PF")]
    plan = factories.plan(
        axes=size // 10, per_axis=10, slug=f"plano-{size}", short_name=f"P{size}", partners=partners
    )
    cycle = factories.cycle(plan)
    items = list(plan.items.filter(level="activity"))
    ActivityStatus.objects.bulk_create(
        ActivityStatus(
            cycle=cycle,
            activity=item,
            status="done",
            note="Nota",
            evidence_links="https://example.org/x",
        )
        for item in items
    )
    campaign = CampaignPage.objects.get(locale__language_code="pt-br", slug="migrar-com-seguranca")
    course = CoursePage.objects.filter(locale__language_code="pt-br").first()
    training = LiveTraining.objects.first()
    CampaignActivity.objects.bulk_create(
        CampaignActivity(page=campaign, activity=item) for item in items
    )
    CourseActivity.objects.bulk_create(CourseActivity(page=course, activity=item) for item in items)
    LiveTrainingActivity.objects.bulk_create(
        LiveTrainingActivity(training=training, activity=item) for item in items
    )
    return plan


def test_plan_page_and_panel_keep_their_budget_with_10_and_100_activities(client):
    counts = {}
    for size in (10, 100):
        plan = build(size)
        page_queries, html = measure(client, plan.url)
        assert html.count('class="activity"') == size
        assert html.count('class="delivery-kind"') == 3 * size
        assert html.count("<abbr") == 2 * size
        panel_queries, panel = measure(client, plan.url + "panel/")
        assert f"{size} (100%)" in panel
        counts[size] = (page_queries, panel_queries)
    assert counts[10] == counts[100], counts
    assert max(counts[100]) <= BUDGET, counts


def test_demo_plan_pages_keep_their_budget(client):
    for url in [
        "/pt-br/planos-nacionais/",
        "/pt-br/planos-nacionais/iii-plano-nacional/",
        "/pt-br/planos-nacionais/iii-plano-nacional/panel/",
        "/es/planos-nacionais/i-paecm/",
        "/ht/planos-nacionais/plano-de-acao-rede-netp-paahm/",
        "/fr/planos-nacionais/i-paecm/panel/",
        "/es/campanhas/migrar-com-seguranca/",
        "/es/capacitacao/contrabando-de-migrantes-para-agentes-de-fronteira/",
    ]:
        queries, _html = measure(client, url)
        assert queries <= BUDGET, (url, queries)


def test_translated_plan_shows_its_titles_and_the_source_data(client):
    plan = PlanPage.objects.get(locale__language_code="es", short_name="I PAECM")
    _queries, html = measure(client, plan.url)
    assert "Producir campañas para redes sociales" in html
    assert '<abbr title="Policía Federal">PF</abbr>' in html
    assert "Migrar con seguridad" in html  # the campaign tagged with 1.3.4, in Spanish
    assert 'href="/es/campanhas/migrar-com-seguranca/"' in html
    assert date.today().year  # the page renders without a cycle (no monitoring yet)
