import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo content, loaded once for the session; each test runs in a transaction
    rolled back at its end, so tests see it fresh."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    from website.models import HomePage

    return HomePage.objects.get(locale__language_code="pt-br")


@pytest.fixture
def section(db):
    """A pt-BR section page of the demo, with translations in every language."""
    from website.models import ContentPage

    return ContentPage.objects.get(locale__language_code="pt-br", slug="onde-pedir-ajuda")
