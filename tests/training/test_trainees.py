"""Trainee accounts, profile, progress and resume, LGPD rights, who sees trainee data."""

import json
import re

import pytest
from django.core import mail

from tests.factories import UserFactory
from tests.training.factories import enrol_and_finish, make_course, make_module, trainee
from training import progress
from training.cpf import is_valid_cpf, mask_cpf
from training.models import Certificate, Enrolment, ModuleProgress, Profile, QuizAttempt
from website.permissions import COMMUNICATORS, TRAINING_MANAGERS

pytestmark = pytest.mark.django_db
PASSWORD = "uma-Senha-bem-longa-9"


def signup(client, email="nova@example.org", cpf=""):
    return client.post(
        "/pt-br/accounts/signup/",
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "full_name": "Joana Pereira",
            "uf": "RR",
            "organisation_type": "public_servant",
            "cpf": cpf,
            "privacy": "on",
        },
    )


def test_signup_requires_email_confirmation(client):
    response = signup(client, cpf="529.982.247-25")
    assert response.status_code == 302
    profile = Profile.objects.get(user__email="nova@example.org")
    assert profile.cpf == "52998224725"
    assert profile.uf == "RR"
    assert len(mail.outbox) == 1
    # Not confirmed yet: signing in sends the reader to "check your e-mail".
    client.logout()
    response = client.post(
        "/pt-br/accounts/login/", {"login": "nova@example.org", "password": PASSWORD}
    )
    assert "/accounts/confirm-email/" in response["Location"]
    link = re.search(r"https?://[^\s]+/confirm-email/[^\s]+/", mail.outbox[-1].body).group(0)
    path = link.split("testserver", 1)[-1]
    assert path.startswith("/pt-br/accounts/")
    client.post(path)
    response = client.get("/pt-br/training/my-courses/")
    assert response.status_code == 200


def test_signup_refuses_an_invalid_cpf_with_a_clear_message(client):
    response = signup(client, cpf="123.456.789-00")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'aria-invalid="true"' in page
    assert 'role="alert"' in page
    assert not Profile.objects.exists()


def test_allauth_pages_use_the_portal_layout_and_language(client):
    response = client.get("/es/accounts/login/")
    page = response.content.decode()
    assert '<html lang="es"' in page
    assert "quick-exit" in page
    assert 'for="id_login"' in page


def test_failed_logins_are_throttled(client):
    user = trainee()
    for _attempt in range(5):
        client.post("/en/accounts/login/", {"login": user.email, "password": "errada"})
    response = client.post("/en/accounts/login/", {"login": user.email, "password": "errada"})
    assert response.status_code in (200, 429)
    assert "Too many failed login attempts" in response.content.decode() or (
        response.status_code == 429
    )
    response = client.post(
        "/pt-br/accounts/login/", {"login": user.email, "password": "a-Long-passw0rd"}
    )
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    ("value", "valid"),
    [("529.982.247-25", True), ("52998224725", True), ("111.111.111-11", False), ("123", False)],
)
def test_cpf_checksum(value, valid):
    assert is_valid_cpf(value) is valid


def test_cpf_is_masked_on_every_page(client, admin_client):
    user = trainee(cpf="52998224725")
    assert mask_cpf("52998224725") == "***.982.247-**"
    client.force_login(user)
    for url in ["/pt-br/training/profile/", "/pt-br/training/my-courses/"]:
        assert "52998224725" not in client.get(url).content.decode()
        assert "529.982.247-25" not in client.get(url).content.decode()
    exported = client.get("/pt-br/training/my-data.json").content.decode()
    assert "52998224725" not in exported
    assert "***.982.247-**" in exported
    profile = Profile.objects.get(user=user)
    for url in [
        "/admin/trainees/",
        f"/admin/trainees/inspect/{profile.pk}/",
        f"/admin/trainees/edit/{profile.pk}/",
    ]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert "52998224725" not in response.content.decode(), url


def test_enrol_progress_and_resume_exactly_where_stopped(client):
    modules = [make_module("retomar-1", lessons=3), make_module("retomar-2", lessons=2)]
    course = make_course("retomar", modules)
    user = trainee()
    client.force_login(user)
    client.post(course.url + "enrol/")
    assert Enrolment.objects.filter(user=user, course=course).exists()
    client.get(modules[0].url + "lesson/1/")
    client.get(modules[0].url + "lesson/2/")
    dashboard = client.get("/pt-br/training/my-courses/").content.decode()
    assert f"{modules[0].url}lesson/2/" in dashboard
    assert 'value="' in dashboard
    assert "<progress" in dashboard
    page = client.get(course.url).content.decode()
    assert f"{modules[0].url}lesson/2/" in page
    # 2 of (3 lessons + quiz) + 0 of (2 + quiz) = 2 of 7 steps.
    assert 'value="29"' in page


def test_progress_is_shared_by_courses_using_the_same_module(client):
    shared = make_module("compartilhado", lessons=1, quiz=False)
    first = make_course("primeiro", [shared])
    second = make_course("segundo", [shared])
    user = trainee()
    client.force_login(user)
    client.post(first.url + "enrol/")
    client.post(second.url + "enrol/")
    client.get(shared.url + "lesson/1/")
    for course in (first, second):
        assert 'value="100"' in client.get(course.url).content.decode()


def test_download_all_my_data_has_mine_and_nobody_elses(client):
    module = make_module("dados")
    course = make_course("dados-curso", [module])
    me, other = trainee(full_name="Eu Mesma"), trainee(full_name="Outra Pessoa")
    enrol_and_finish(me, course)
    enrol_and_finish(other, course)
    client.force_login(me)
    response = client.get("/pt-br/training/my-data.json")
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["profile"]["full_name"] == "Eu Mesma"
    assert len(data["enrolments"]) == 1
    assert len(data["quiz_attempts"]) == 1
    assert "Outra Pessoa" not in response.content.decode()


def test_delete_account_erases_everything_but_keeps_certificates_verifiable(client):
    module = make_module("apagar")
    course = make_course("apagar-curso", [module])
    user = trainee(full_name="Quem Sai")
    enrol_and_finish(user, course)
    client.force_login(user)
    client.post(course.url + "complete/")
    certificate = Certificate.objects.get(user=user)
    response = client.post("/pt-br/training/delete-account/", {"confirm": "on"})
    assert response.status_code == 302
    assert not Profile.objects.filter(pk=user.training_profile.pk).exists()
    for model in (Enrolment, ModuleProgress, QuizAttempt):
        assert not model.objects.filter(user_id=user.pk).exists()
    certificate.refresh_from_db()
    assert certificate.user_id is None
    assert certificate.holder_name == "Quem Sai"
    response = client.get(f"/pt-br/training/certificates/{certificate.pk}/")
    assert response.status_code == 200
    assert "Quem Sai" in response.content.decode()


def test_a_trainee_never_sees_another_trainees_quiz_attempt(client):
    module = make_module("privado")
    owner, intruder = trainee(), trainee()
    attempt = progress.open_attempt(owner, module)
    progress.submit_attempt(attempt, module, {})
    client.force_login(intruder)
    response = client.get(f"{module.url}quiz/{attempt.pk}/")
    assert response.status_code == 404
    response = client.post(f"{module.url}quiz/", {"attempt": attempt.pk})
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("groups", "allowed"),
    [([TRAINING_MANAGERS], True), ([COMMUNICATORS], False), ([], False)],
)
def test_only_training_managers_see_trainee_data_in_the_admin(client, groups, allowed):
    user = trainee()
    profile = Profile.objects.get(user=user)
    staff = UserFactory(groups=groups)
    client.force_login(staff)
    for url in [
        "/admin/trainees/",
        f"/admin/trainees/inspect/{profile.pk}/",
        "/admin/certificates/",
    ]:
        response = client.get(url)
        if allowed:
            assert response.status_code == 200, url
        else:
            assert response.status_code in (302, 403), url
            assert profile.full_name not in response.content.decode()


def test_communicators_may_edit_course_pages_as_drafts():
    from tests.training.factories import course_index

    communicator = UserFactory(groups=[COMMUNICATORS])
    course = make_course("rascunho", [make_module("rascunho-m")])
    rights = course.permissions_for_user(communicator)
    assert rights.can_edit()
    assert not rights.can_publish()
    assert course_index().permissions_for_user(communicator).can_add_subpage()
