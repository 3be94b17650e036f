"""Repeated failed sign-ins lock the door for a while, for editors (Wagtail admin) and
trainees (allauth), per account and per address, with a message in the reader's
language and nothing personal in the logs."""

import logging

import pytest
from django.test import Client

from tests.factories import UserFactory
from tests.training.factories import trainee
from website.permissions import MODERATORS

pytestmark = pytest.mark.django_db

PASSWORD = "a-Long-passw0rd"


@pytest.fixture(autouse=True)
def small_policy(settings):
    settings.PORTAL_LOGIN_LOCKOUT = {
        "account_failures": 3,
        "address_failures": 6,
        "window": 600,
        "duration": 900,
    }


@pytest.fixture
def editor():
    user = UserFactory(groups=[MODERATORS])
    user.save()
    return user


def admin_login(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password})


def test_admin_account_locked_after_three_failures(client, editor, caplog):
    with caplog.at_level(logging.WARNING, logger="website.lockout"):
        for _attempt in range(3):
            assert admin_login(client, editor.username, "wrong").status_code == 200
    refused = admin_login(client, editor.username, PASSWORD)
    assert refused.status_code == 200
    # The admin's login speaks pt-BR (the editors' default language).
    assert "Muitas tentativas de login sem sucesso" in refused.content.decode()
    assert "15 minutos" in refused.content.decode()
    assert "_auth_user_id" not in client.session
    # Another address cannot get in either: the account itself is locked.
    elsewhere = Client(REMOTE_ADDR="203.0.113.7")
    admin_login(elsewhere, editor.username, PASSWORD)
    assert "_auth_user_id" not in elsewhere.session
    # The log names neither the account nor the address.
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "Sign-in locked" in logged
    assert editor.username not in logged
    assert "127.0.0.1" not in logged


def test_a_success_clears_the_count(client, editor):
    for _attempt in range(2):
        admin_login(client, editor.username, "wrong")
    assert admin_login(client, editor.username, PASSWORD).status_code == 302
    client.post("/admin/logout/")
    for _attempt in range(2):
        admin_login(client, editor.username, "wrong")
    assert admin_login(client, editor.username, PASSWORD).status_code == 302


def test_one_address_trying_many_accounts_is_locked(client, editor):
    for number in range(6):
        admin_login(client, f"nobody{number}", "wrong")
    refused = admin_login(client, editor.username, PASSWORD)
    assert "Muitas tentativas de login sem sucesso" in refused.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lock_ends(client, editor):
    from django.core.cache import cache

    for _attempt in range(3):
        admin_login(client, editor.username, "wrong")
    cache.clear()  # what the passing of "duration" does
    assert admin_login(client, editor.username, PASSWORD).status_code == 302


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("pt-br", "Muitas tentativas de login sem sucesso"),
        ("es", "Demasiados intentos fallidos"),
        ("ht", "Twòp tantativ"),
    ],
)
def test_trainee_locked_with_a_message_in_their_language(client, code, words):
    user = trainee()
    url = f"/{code}/accounts/login/"
    for _attempt in range(3):
        client.post(url, {"login": user.email, "password": "wrong"})
    refused = client.post(url, {"login": user.email.upper(), "password": PASSWORD})
    assert refused.status_code == 200
    assert words in refused.content.decode()
    assert "_auth_user_id" not in client.session
