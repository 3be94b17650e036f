"""The demo builds its translated plan pages without ``Translation.save_target`` (for
speed), so these check they are what wagtail-localize itself would have made: real,
fully translated translations that open in the translation editor, whose rows match
the Portuguese ones, and that wagtail-localize can save again without losing a row."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from plans.models import PlanPage
from tests.factories import UserFactory
from website.permissions import MODERATORS

pytestmark = pytest.mark.django_db
TARGETS = ["es", "en", "fr", "ht"]


def source_plans():
    return list(PlanPage.objects.filter(locale__language_code="pt-br").order_by("pk"))


def rows(page):
    return {
        item.translation_key: (
            item.code,
            item.level,
            item.sort_order,
            sorted(item.partners.values_list("acronym", flat=True)),
        )
        for item in page.items.all()
    }


def test_every_plan_is_fully_translated_in_wagtail_localize():
    plans = source_plans()
    assert len(plans) == 3
    for plan in plans:
        source = TranslationSource.objects.get_for_instance(plan)
        for code in TARGETS:
            translation = Translation.objects.get(
                source=source, target_locale__language_code=code, enabled=True
            )
            total, done = translation.get_progress()
            assert total >= plan.items.count(), (plan.short_name, code, total)  # a title each
            assert done == total, (plan.short_name, code, total, done)


def test_translated_rows_match_the_portuguese_rows_and_their_revision():
    for plan in source_plans():
        expected = rows(plan)
        for code in TARGETS:
            page = plan.get_translation(Locale.objects.get(language_code=code)).specific
            assert page.live
            assert not page.has_unpublished_changes
            assert page.live_revision_id == page.latest_revision_id
            assert page.revisions.count() == 1
            assert rows(page) == expected, (plan.short_name, code)
            assert page.title != plan.title
            translated_titles = set(page.items.values_list("title", flat=True))
            assert not translated_titles & set(plan.items.values_list("title", flat=True))
            restored = page.latest_revision.as_object()
            assert {item.pk for item in restored.items.all()} == {
                item.pk for item in page.items.all()
            }


def test_a_translated_plan_opens_in_the_translation_editor(client):
    plan = PlanPage.objects.get(locale__language_code="es", short_name="III PNETP")
    client.force_login(UserFactory(groups=[MODERATORS]))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[plan.pk]))
    assert response.status_code == 200
    assert "js-translation-editor" in response.content.decode()


def test_wagtail_localize_saves_a_demo_translation_again_keeping_its_rows():
    source_page = PlanPage.objects.get(locale__language_code="pt-br", short_name="I PAECM")
    page = PlanPage.objects.get(locale__language_code="fr", short_name="I PAECM")
    before = {item.pk: item.title for item in page.items.all()}
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(source_page),
        target_locale=page.locale,
    )
    translation.save_target(publish=True)
    page.refresh_from_db()
    assert {item.pk: item.title for item in page.items.all()} == before
    assert page.live
    assert page.revisions.count() == 2
