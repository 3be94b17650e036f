"""Plan monitors and Moderators update statuses (kept in history); Plan monitors edit no
page; Communicators cannot change a status."""

import pytest
from django.urls import reverse

from plans.models import ActivityStatus, MonitoringCycle, PlanPage
from tests.factories import UserFactory
from website.permissions import COMMUNICATORS, MODERATORS

pytestmark = pytest.mark.django_db
PLAN_MONITORS = "Plan monitors"


@pytest.fixture
def status():
    cycle = MonitoringCycle.objects.get(
        plan__short_name="III PNETP", plan__locale__language_code="pt-br"
    )
    return (
        ActivityStatus.objects.filter(cycle=cycle, status="in_progress")
        .select_related("activity")
        .first()
    )


def edit_url(status):
    return reverse("wagtailsnippets_plans_activitystatus:edit", args=[status.pk])


def post_status(client, status, value):
    return client.post(
        edit_url(status),
        {
            "cycle": status.cycle_id,
            "activity": status.activity_id,
            "status": value,
            "note": "Atualizado pelo teste",
            "evidence_links": "https://example.org/relatorio",
        },
    )


@pytest.mark.parametrize("group", [PLAN_MONITORS, MODERATORS])
def test_monitors_and_moderators_update_statuses_with_history(client, status, group):
    user = UserFactory(groups=[group])
    client.force_login(user)
    assert client.get(edit_url(status)).status_code == 200
    response = post_status(client, status, "done")
    assert response.status_code == 302, response.content.decode()[:2000]
    status.refresh_from_db()
    assert status.status == "done"
    revision = status.revisions.order_by("-created_at").first()
    assert revision.user == user
    assert revision.content["status"] == "done"
    history = client.get(reverse("wagtailsnippets_plans_activitystatus:history", args=[status.pk]))
    assert history.status_code == 200
    assert user.get_username() in history.content.decode()


def test_plan_monitors_cannot_edit_pages(client):
    user = UserFactory(groups=[PLAN_MONITORS])
    plan = PlanPage.objects.get(locale__language_code="pt-br", short_name="III PNETP")
    assert not plan.permissions_for_user(user).can_edit()
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[plan.pk]))
    assert response.status_code in (302, 403)
    assert not user.has_perm("plans.add_monitoringcycle")
    assert not user.has_perm("plans.delete_activitystatus")


def test_communicators_cannot_change_statuses(client, status):
    user = UserFactory(groups=[COMMUNICATORS])
    assert not user.has_perm("plans.change_activitystatus")
    plan = PlanPage.objects.get(locale__language_code="pt-br", short_name="III PNETP")
    assert plan.permissions_for_user(user).can_edit()  # they do edit the plan page
    client.force_login(user)
    assert client.get(edit_url(status)).status_code in (302, 403)
    post_status(client, status, "done")
    status.refresh_from_db()
    assert status.status == "in_progress"
    # The CSV import of statuses is closed to them too.
    response = client.post(reverse("plans_csv"), {"kind": "statuses", "cycle": status.cycle_id})
    assert response.status_code in (302, 403)


def test_a_status_must_belong_to_its_cycles_plan(client, status):
    other = PlanPage.objects.get(locale__language_code="pt-br", short_name="I PAECM")
    foreign = other.items.get(code="1.3.4")
    client.force_login(UserFactory(groups=[MODERATORS]))
    response = client.post(
        reverse("wagtailsnippets_plans_activitystatus:add"),
        {
            "cycle": status.cycle_id,
            "activity": foreign.pk,
            "status": "done",
            "note": "",
            "evidence_links": "",
        },
    )
    assert response.status_code == 200  # the form again, with the error
    assert not ActivityStatus.objects.filter(activity=foreign).exists()


def test_a_monitored_row_cannot_be_removed_from_the_page(client):
    """The plan page form refuses to delete a row that has statuses."""
    from plans.models import PlanPageForm  # noqa: F401 - the form class guards it

    plan = PlanPage.objects.get(locale__language_code="pt-br", short_name="III PNETP")
    item = plan.items.get(code="1.1.1")
    assert item.is_referenced()
