"""A plan page keeps its rendered structure in the cache (plans/views.py): a second
render spends no query on it, and every change it shows renders it afresh."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plans.models import STATUS_CSS, ActivityStatus, Progress
from tests.plans import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _structure_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = False  # the page itself is rendered each time
    settings.PLAN_STRUCTURE_CACHE_SECONDS = 60


def render(client, url):
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    return html, len(queries)


def test_the_structure_is_rendered_once_then_served_from_the_cache(client, settings):
    plan = factories.plan(axes=3, per_axis=10)
    factories.cycle(plan, {"1.1": "done"})
    settings.PLAN_STRUCTURE_CACHE_SECONDS = 0
    render(client, plan.url)  # the per-language caches every live site has warm
    uncached, cold = render(client, plan.url)
    settings.PLAN_STRUCTURE_CACHE_SECONDS = 60
    first, count = render(client, plan.url)
    assert (first, count) == (uncached, cold)  # rendered, then kept
    second, warm = render(client, plan.url)
    assert second == first
    assert warm < cold


def test_a_status_saved_shows_on_the_next_render(client):
    plan = factories.plan(axes=2, per_axis=4)
    cycle = factories.cycle(plan, {"1.1": "done", "2.1": "not_monitored"})
    html, _count = render(client, plan.url)
    assert html.count(f"plan-status--{STATUS_CSS[Progress.DONE]}") == 1
    status = ActivityStatus.objects.get(cycle=cycle, activity__code="2.1")
    status.status = Progress.DONE
    status.save()
    html, _count = render(client, plan.url)
    assert html.count(f"plan-status--{STATUS_CSS[Progress.DONE]}") == 2


def test_a_new_revision_of_the_plan_shows_on_the_next_render(client):
    plan = factories.plan(axes=1, per_axis=2)
    render(client, plan.url)
    items = list(plan.items.all())
    for item in items:
        if item.code == "1.1":
            item.title = "Um título novo para a atividade"
    plan.items = items
    plan.save_revision().publish()
    plan.refresh_from_db()
    html, _count = render(client, plan.url)
    assert "Um título novo para a atividade" in html
