import time

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command

DEMO_STATE = {}


class WriteWatch:
    """Notices every statement that changes the database, on every connection of this
    process (the live server's thread included), so the browser tests put the demo
    back only after a test that really changed something: most of them only read."""

    WRITES = ("INSERT", "UPDATE", "DELETE", "TRUNCATE", "REPLACE", "ALTER", "DROP", "CREATE")

    def __init__(self):
        self.dirty = True

    def __call__(self, execute, sql, params, many, context):
        if not self.dirty and sql.lstrip()[:8].upper().startswith(self.WRITES):
            self.dirty = True
        return execute(sql, params, many, context)

    def watch(self, connection):
        if self not in connection.execute_wrappers:
            connection.execute_wrappers.append(self)


WRITE_WATCH = WriteWatch()


def _watch_new_connection(sender, connection, **kwargs):
    WRITE_WATCH.watch(connection)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo content, loaded once for the session; each test runs in a transaction
    rolled back at its end, so tests see it fresh.

    The loaded database is also kept as a snapshot, so tests that must commit (the
    browser tests) can put it back quickly instead of loading the demo again."""
    from django.db import connection, connections
    from django.db.backends.signals import connection_created

    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)
        DEMO_STATE["default"] = connection.creation.serialize_db_to_string()
        DEMO_STATE["content_types"] = list(ContentType.objects.values())
    connection_created.connect(_watch_new_connection)
    for each in connections.all():
        WRITE_WATCH.watch(each)
    WRITE_WATCH.dirty = False


def _empties_the_database(item):
    """pytest-django flushes the database after a transactional test."""
    marker = item.get_closest_marker("django_db")
    transactional_marker = marker is not None and (
        marker.kwargs.get("transaction") or (marker.args and marker.args[0])
    )
    fixtures = getattr(item, "fixturenames", ())
    return bool(transactional_marker) or "transactional_db" in fixtures or "live_server" in fixtures


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test has emptied the database (its last teardown step), put
    the demo back, so the tests after it find it. pytest-django runs such tests last,
    but with one worker per core (pytest-xdist) a file's tests run together, wherever the
    file comes in the worker's share."""
    result = yield
    if DEMO_STATE and _empties_the_database(item):
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            restore_demo_state()
    return result


def restore_demo_state():
    """Empty the database and put back the migrations' data and the demo content."""
    from django.core.cache import cache
    from django.db import connection
    from django.db.models.signals import post_save
    from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

    # The live server may still be answering the last test's stray request (a
    # favicon, say); with in-memory SQLite that locks the tables for a moment.
    for attempt in range(50):
        try:
            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
            break
        except CommandError:
            if attempt == 49:
                raise
            time.sleep(0.1)
    # Content types go in first: signal handlers of the rows loaded next look them up
    # and would otherwise create them again under new ids.
    ContentType.objects.clear_cache()
    ContentType.objects.bulk_create([ContentType(**row) for row in DEMO_STATE["content_types"]])
    # wagtail-localize syncs trees whenever a LocaleSynchronization is saved, even when
    # it is raw data being loaded; the snapshot already holds the synchronised trees.
    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    try:
        connection.creation.deserialize_db_from_string(DEMO_STATE["default"])
    finally:
        post_save.connect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    # Rows come back with their ids; PostgreSQL's sequences must move past them or
    # the next insert collides.
    from django.apps import apps
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    cache.clear()
    WRITE_WATCH.dirty = False


@pytest.fixture(autouse=True)
def _force_login_passes_two_factor(monkeypatch):
    """A test that force-logs an editor in has already decided who they are: their
    session is also marked as having passed two-step verification, with the very flag
    the admin's enforcement reads (which stays on in tests). tests/test_two_factor.py
    signs in through the real forms instead."""
    from django.test import Client

    from website.two_factor import mark_verified

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        session = self.session
        mark_verified(session, user)
        session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language. A request leaves its language
    active in the thread afterwards, so without this a message checked outside a
    request came in whatever language the previous test on that worker last served."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


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

    return ContentPage.objects.get(locale__language_code="pt-br", slug="navegue-com-seguranca")
