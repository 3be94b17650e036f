"""Every account that can open the Wagtail admin must set up TOTP and pass it in each
session; these tests sign in through the real login form (no force_login shortcut)."""

import re
import time
from pathlib import Path

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.core.management import call_command

from tests.factories import UserFactory
from website.permissions import COMMUNICATORS
from website.two_factor import PENDING_ENROLMENT_FIELD, SESSION_KEY

pytestmark = pytest.mark.django_db

PASSWORD = "a-Long-passw0rd"
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def current_code(secret, offset=0):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset))


def wrong_code(secret):
    right = {current_code(secret, offset) for offset in (-1, 0, 1)}
    return next(code for code in ("000000", "111111", "222222") if code not in right)


def shown_errors(response):
    """The code field's errors, printed beside it. Wagtail's sign-in layout hides those;
    the 2FA pages' own stylesheet shows them again (checked below)."""
    html = response.content.decode()
    return re.findall(r'<p class="error-message">\s*(.*?)\s*</p>', html, re.S)


def test_the_code_field_errors_are_not_hidden():
    stylesheet = (Path(__file__).parent.parent / "static/css/two-factor.css").read_text()
    assert re.search(r"\.two-factor \.login-form \.w-field__errors \{ display: block;", stylesheet)


@pytest.fixture
def editor():
    user = UserFactory(groups=[COMMUNICATORS])
    user.save()
    return user


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)


def sign_in(client, user, next_url="/admin/pages/"):
    response = client.post(
        "/admin/login/", {"username": user.username, "password": PASSWORD, "next": next_url}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return response


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_without_totp_every_admin_page_sends_to_set_up(client, request, who):
    user = request.getfixturevalue(who)
    response = sign_in(client, user)
    # The login itself leads on to /admin/pages/, which is not served yet.
    assert response["Location"] == "/admin/pages/"
    for path in ["/admin/", "/admin/pages/", "/admin/images/", "/admin/snippets/"]:
        answer = client.get(path)
        assert answer.status_code == 302, path
        assert answer["Location"].startswith("/admin/2fa/setup/?next="), path


def test_the_set_up_page_gets_its_icons(client, editor):
    # Every admin page fetches the icon sprite and inserts what it gets into itself.
    sign_in(client, editor)
    sprite = client.get("/admin/sprite/")
    assert sprite.status_code == 200
    assert sprite["Content-Type"].startswith("image/svg+xml")
    assert client.get("/admin/pages/").status_code == 302  # the rest still waits


def test_set_up_shows_a_local_qr_code_and_refuses_a_wrong_code(client, editor):
    sign_in(client, editor)
    page = client.get("/admin/2fa/setup/?next=/admin/pages/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html
    assert "otpauth" not in html  # the key travels inside the drawing, not as a link
    assert "css/two-factor" in html  # its button label wraps at 360 px
    secret = client.session[PENDING_ENROLMENT_FIELD]
    assert " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)) in html
    # Nothing fetched from elsewhere (links to wagtail.org are only links).
    assert not re.search(r'src="(?:https?:)?//(?!testserver)', html)
    assert not re.search(r'<link[^>]+href="(?:https?:)?//(?!testserver)', html)
    refused = client.post("/admin/2fa/setup/", {"code": wrong_code(secret), "next": "/admin/"})
    assert refused.status_code == 200
    assert "Esse código não está certo" in refused.content.decode()  # pt-BR admin
    assert shown_errors(refused)[0].startswith("Esse código não está certo")
    empty = client.post("/admin/2fa/setup/", {"code": "", "next": "/admin/"})
    assert shown_errors(empty) == ["Este campo é obrigatório."]
    assert not Authenticator.objects.filter(user=editor).exists()
    assert client.get("/admin/").status_code == 302


def test_set_up_with_the_right_code_opens_the_admin(client, editor):
    sign_in(client, editor)
    client.get("/admin/2fa/setup/")
    secret = client.session[PENDING_ENROLMENT_FIELD]
    done = client.post("/admin/2fa/setup/", {"code": current_code(secret), "next": "/admin/pages/"})
    assert done.status_code == 302
    assert done["Location"] == "/admin/pages/"
    assert Authenticator.objects.get(user=editor).type == Authenticator.Type.TOTP
    assert client.get("/admin/").status_code == 200
    assert client.session[SESSION_KEY] == str(editor.pk)


def test_enrolled_but_not_verified_is_asked_for_the_code(client, editor):
    TOTP.activate(editor, SECRET)
    response = sign_in(client, editor)
    answer = client.get(response["Location"])
    assert answer.status_code == 302
    assert answer["Location"] == "/admin/2fa/verify/?next=%2Fadmin%2Fpages%2F"
    form = client.get(answer["Location"])
    assert "Verificação em duas etapas" in form.content.decode()
    # Set-up is not a way round: with TOTP enrolled it leads to verification.
    assert client.get("/admin/2fa/setup/")["Location"].startswith("/admin/2fa/verify/")

    refused = client.post("/admin/2fa/verify/", {"code": wrong_code(SECRET), "next": "/admin/"})
    assert refused.status_code == 200
    assert "Esse código não está certo" in refused.content.decode()  # pt-BR admin
    assert shown_errors(refused)[0].startswith("Esse código não está certo")
    assert "css/two-factor" in refused.content.decode()
    assert client.get("/admin/").status_code == 302

    passed = client.post("/admin/2fa/verify/", {"code": current_code(SECRET), "next": "/admin/"})
    assert passed.status_code == 302
    assert passed["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200


def test_a_code_works_once(client, editor):
    TOTP.activate(editor, SECRET)
    code = current_code(SECRET)
    sign_in(client, editor)
    assert client.post("/admin/2fa/verify/", {"code": code})["Location"] == "/admin/"
    client.post("/admin/logout/")
    sign_in(client, editor)
    replay = client.post("/admin/2fa/verify/", {"code": code})
    assert replay.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_logging_out_forgets_the_verification(client, editor):
    TOTP.activate(editor, SECRET)
    sign_in(client, editor)
    client.post("/admin/2fa/verify/", {"code": current_code(SECRET)})
    assert client.get("/admin/").status_code == 200
    client.post("/admin/logout/")
    sign_in(client, editor)
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/verify/")


def test_guessing_codes_locks_the_door(client, editor, settings):
    settings.PORTAL_LOGIN_LOCKOUT = {**settings.PORTAL_LOGIN_LOCKOUT, "account_failures": 3}
    TOTP.activate(editor, SECRET)
    sign_in(client, editor)
    for _attempt in range(3):
        client.post("/admin/2fa/verify/", {"code": wrong_code(SECRET)})
    locked = client.post("/admin/2fa/verify/", {"code": current_code(SECRET)})
    assert locked.status_code == 200
    assert "Muitas tentativas de login sem sucesso" in locked.content.decode()
    assert client.get("/admin/").status_code == 302


def test_only_safe_next_addresses(client, editor):
    TOTP.activate(editor, SECRET)
    sign_in(client, editor)
    passed = client.post(
        "/admin/2fa/verify/", {"code": current_code(SECRET), "next": "https://evil.example/"}
    )
    assert passed["Location"] == "/admin/"


def test_people_without_admin_access_are_not_concerned(client):
    reader = UserFactory()
    reader.save()
    client.post("/admin/login/", {"username": reader.username, "password": PASSWORD})
    # Wagtail itself refuses them the admin; nobody asks them for a code.
    response = client.get("/admin/")
    assert "/admin/2fa/" not in response.get("Location", "")
    assert client.get("/admin/2fa/setup/").status_code in (302, 403)


def test_the_flag_belongs_to_one_user(client, editor, superuser):
    """A session verified for one editor does not vouch for another."""
    TOTP.activate(editor, SECRET)
    sign_in(client, editor)
    client.post("/admin/2fa/verify/", {"code": current_code(SECRET)})
    session = client.session
    session[SESSION_KEY] = str(superuser.pk)
    session.save()
    assert client.get("/admin/").status_code == 302


def test_the_test_helper_marks_force_logged_in_clients(client, editor):
    client.force_login(editor)
    assert client.session[SESSION_KEY] == str(editor.pk)
    assert client.get("/admin/").status_code == 200


def test_ensure_admin_mentions_the_set_up(capsys, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    call_command("ensure_admin", username="devadmin", email="dev@localhost")
    out = capsys.readouterr().out
    assert "username: devadmin" in out
    assert "authenticator app (TOTP)" in out


def test_reset_admin_2fa_removes_the_authenticator(editor, capsys):
    TOTP.activate(editor, SECRET)
    call_command("reset_admin_2fa", editor.username)
    assert not Authenticator.objects.filter(user=editor).exists()
    assert "Removed 1 authenticator" in capsys.readouterr().out
