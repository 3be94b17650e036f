"""The monitoring panel's figures match the statuses stored, per axis and overall; the
III Plan's demo cycle reproduces the source (118 of 138 actions monitored: 86%); a plan
with no cycle says monitoring has not started instead of showing zeros."""

import re
from collections import Counter

import pytest

from plans.models import REPORTED, ActivityStatus, Level, MonitoringCycle, PlanPage, Progress
from plans.structure import percent
from tests.plans import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


def cells(html, row_label):
    """The cells of the panel table's row headed ``row_label``."""
    row = re.search(
        r'<th scope="row">' + re.escape(row_label) + r"</th>(.*?)</tr>", html, re.S
    ).group(1)
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td>(.*?)</td>", row)]


def test_percent_rounds_half_up():
    assert percent(118, 138) == 86
    assert percent(1, 8) == 13
    assert percent(0, 0) == 0
    assert percent(5, 5) == 100


def test_demo_cycle_reproduces_the_source_figure(client):
    plan = PlanPage.objects.get(locale__language_code="pt-br", short_name="III PNETP")
    assert plan.items.filter(level=Level.AXIS).count() == 6
    assert plan.items.filter(level=Level.GOAL).count() == 58
    assert plan.items.filter(level=Level.ACTION).count() == 138
    cycle = MonitoringCycle.objects.get(plan=plan)
    monitored = ActivityStatus.objects.filter(cycle=cycle, status__in=REPORTED).count()
    assert monitored == 118
    html = client.get(plan.url + "panel/").content.decode()
    assert "118 of 138" in html or "118 de 138" in html
    assert '<span class="key-figures__number">86%</span>' in html
    # The plan page counts its indicators from the structure: 120, like the source.
    page_html = client.get(plan.url).content.decode()
    assert "120 indicadores" in page_html
    assert "58 metas" in page_html


def test_panel_figures_match_the_statuses_per_axis_and_overall(client):
    plan = PlanPage.objects.get(locale__language_code="pt-br", short_name="III PNETP")
    cycle = MonitoringCycle.objects.get(plan=plan)
    html = client.get(plan.url + "panel/").content.decode()
    statuses = {
        status.activity.code: status.status
        for status in ActivityStatus.objects.filter(cycle=cycle).select_related("activity")
    }
    actions = list(plan.items.filter(level=Level.ACTION))
    axes = {item.code: item.title for item in plan.items.filter(level=Level.AXIS)}
    for axis_code, title in axes.items():
        mine = [item.code for item in actions if item.code.split(".")[0] == axis_code]
        counts = Counter(statuses.get(code, Progress.NOT_MONITORED) for code in mine)
        monitored = sum(counts[status] for status in REPORTED)
        expected = [
            str(len(mine)),
            f"{monitored} ({percent(monitored, len(mine))}%)",
            str(counts[Progress.NOT_STARTED]),
            str(counts[Progress.IN_PROGRESS]),
            f"{counts[Progress.DONE]} ({percent(counts[Progress.DONE], len(mine))}%)",
            str(counts[Progress.NOT_MONITORED]),
        ]
        assert cells(html, f"{axis_code}. {title}") == expected, axis_code
    overall = Counter(statuses.get(item.code, Progress.NOT_MONITORED) for item in actions)
    assert cells(html, "Plano inteiro")[:2] == ["138", "118 (86%)"]
    assert (
        cells(html, "Plano inteiro")[4]
        == f"{overall[Progress.DONE]} ({percent(overall[Progress.DONE], 138)}%)"
    )


def test_a_status_change_moves_the_figures_and_missing_statuses_count_as_not_monitored(client):
    plan = factories.plan(axes=2, per_axis=4)
    cycle = factories.cycle(plan, {"1.1": "done", "1.2": "in_progress", "2.1": "not_monitored"})
    url = plan.url + "panel/"
    html = client.get(url).content.decode()
    assert cells(html, "1. Eixo 1") == ["4", "2 (50%)", "0", "1", "1 (25%)", "2"]
    assert cells(html, "2. Eixo 2") == ["4", "0 (0%)", "0", "0", "0 (0%)", "4"]
    assert cells(html, "Plano inteiro")[:2] == ["8", "2 (25%)"]
    status = ActivityStatus.objects.get(cycle=cycle, activity__code="2.1")
    status.status = Progress.DONE
    status.save()
    html = client.get(url).content.decode()
    assert cells(html, "2. Eixo 2") == ["4", "1 (25%)", "0", "0", "1 (25%)", "3"]
    assert cells(html, "Plano inteiro")[:2] == ["8", "3 (38%)"]
    # The SVG chart carries the same shares, and is labelled for screen readers.
    assert 'role="img"' in html
    assert ">38%<" in html


def test_cycles_are_chosen_by_link_and_unpublished_ones_stay_hidden(client):
    plan = factories.plan(axes=1, per_axis=2)
    first = factories.cycle(plan, {"1.1": "done"})
    second = factories.cycle(
        plan, {"1.1": "done", "1.2": "done"}, starts_on=first.starts_on.replace(year=2026)
    )
    hidden = factories.cycle(
        plan, {}, published=False, starts_on=first.starts_on.replace(year=2027)
    )
    html = client.get(plan.url + "panel/").content.decode()
    assert f'href="?cycle={second.pk}" aria-current="true"' in html
    assert f"?cycle={hidden.pk}" not in html
    assert cells(html, "Plano inteiro")[:2] == ["2", "2 (100%)"]
    html = client.get(plan.url + f"panel/?cycle={first.pk}").content.decode()
    assert cells(html, "Plano inteiro")[:2] == ["2", "1 (50%)"]
    assert "panel-cycles" in html  # the cycle-by-cycle chart, with two cycles
    # An unpublished or unknown cycle falls back to the latest published one.
    html = client.get(plan.url + f"panel/?cycle={hidden.pk}").content.decode()
    assert cells(html, "Plano inteiro")[:2] == ["2", "2 (100%)"]


def test_a_plan_without_monitoring_says_so_instead_of_zeros(client):
    paecm = PlanPage.objects.get(locale__language_code="es", short_name="I PAECM")
    html = client.get(paecm.url + "panel/").content.decode()
    assert "panel-table" not in html
    assert "0%" not in html
    assert 'id="empty-title"' in html
    page_html = client.get(paecm.url).content.decode()
    assert "75 actividades" in page_html
    assert "28 acciones prioritarias" in page_html


def test_figures_csv_matches_the_panel(client):
    plan = factories.plan(axes=1, per_axis=2)
    factories.cycle(plan, {"1.1": "done"})
    response = client.get(plan.url + "panel/csv/")
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().splitlines()
    assert lines[-1].split(",")[1:3] == ["2", "1"]
    assert lines[-1].endswith(",50,50")
