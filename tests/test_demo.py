import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from website.demo import content
from website.models import ContentPage, HomePage, SiteSettings

pytestmark = pytest.mark.django_db
LANGUAGES = ["pt-br", "es", "en", "fr", "ht"]


def snapshot():
    return {
        "pages": list(
            Page.objects.order_by("pk").values_list("pk", "title", "live", "latest_revision_id")
        ),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "settings": SiteSettings.objects.count(),
    }


def test_load_demo_twice_changes_nothing():
    before = snapshot()
    call_command("load_demo", verbosity=0)
    assert snapshot() == before


def test_every_language_has_the_home_and_every_section():
    # Area apps replace some sections with their own index page types; what matters is
    # that every section exists, live, in every language.
    for code in LANGUAGES:
        home = HomePage.objects.get(locale__language_code=code)
        assert home.live
        slugs = set(home.get_children().live().values_list("slug", flat=True))
        assert {section["slug"] for section in content.SECTIONS} <= slugs, code
        assert SiteSettings.objects.filter(locale__language_code=code).exists()


def test_translations_are_real_and_editable_in_wagtail_localize():
    spanish = HomePage.objects.get(locale__language_code="es")
    portuguese = HomePage.objects.get(locale__language_code="pt-br")
    assert spanish.title != portuguese.title
    assert spanish.hero_title == content.HOME["hero_title"].es
    assert (
        Translation.objects.filter(target_locale__language_code="ht", enabled=True).count()
        >= len(content.SECTIONS) + 2
    )


def test_site_serves_the_demo_home():
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific.__class__ is HomePage
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_an_editors_change_survives_a_rerun():
    page = ContentPage.objects.get(locale__language_code="pt-br", slug="sobre")
    page.title = "Quem somos"
    page.save_revision().publish()
    call_command("load_demo", verbosity=0)
    page.refresh_from_db()
    assert page.title == "Quem somos"


def test_demo_channels_are_run_by_their_organisations_in_every_language():
    from channels.models import Channel, Organisation

    state_centres = Channel.objects.filter(kind="netp")
    assert state_centres.count() >= len(LANGUAGES)
    assert not state_centres.filter(organisation__isnull=True).exists()
    assert {channel.organisation.acronym for channel in state_centres} == {"NETPs"}
    federal_police = Channel.objects.filter(slug="policia-federal")
    assert {channel.organisation.acronym for channel in federal_police} == {"PF"}
    assert federal_police.values("locale").distinct().count() == len(LANGUAGES)

    # An editor's own choice is kept when the demo is loaded again.
    other = Organisation.objects.exclude(acronym="PF")[0]
    federal_police.update(organisation=other)
    call_command("load_demo", verbosity=0)
    assert not Channel.objects.filter(slug="policia-federal", organisation__acronym="PF").exists()
