"""Background tasks (django-tasks): in-process by default; with TASKS_BACKEND=database
each task is a database row written in the same transaction as the save that queued it,
run later by `manage.py task_worker`. E-mail, campaign zips, guide PDFs and search
indexing go through tasks; a worker killed in the middle of a task loses nothing."""

import datetime
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tests.factories import content_page
from tests.test_settings import ROOT, SERVICE_VARIABLES, load_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_tasks(settings, monkeypatch):
    # The worker closes "old" connections between tasks; inside a test's transaction
    # that would close the test's own connection (PostgreSQL), so here it may not.
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    settings.EMAIL_BACKEND = "website.mail.TaskEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def run_worker():
    call_command("task_worker", "--batch", "--interval", "0", verbosity=0)


def waiting(task_path):
    return DBTaskResult.objects.filter(task_path=task_path, status=TaskResultStatus.READY)


def test_settings_choose_the_task_backend():
    import json

    script = (
        "import json, django; from django.conf import settings; django.setup();"
        "print(json.dumps([settings.TASKS['default']['BACKEND'], "
        "'django_tasks_db' in settings.INSTALLED_APPS]))"
    )
    for value, expected in [
        (None, "django_tasks.backends.immediate.ImmediateBackend"),
        ("database", "django_tasks_db.DatabaseBackend"),
    ]:
        env = {key: val for key, val in os.environ.items() if key not in SERVICE_VARIABLES}
        env.pop("TASKS_BACKEND", None)
        if value:
            env["TASKS_BACKEND"] = value
        env.update(DJANGO_SETTINGS_MODULE="website.settings.dev", PYTHONPATH=str(ROOT))
        result = subprocess.run(
            [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == [expected, True]
    assert load_settings  # same environment rules as tests/test_settings.py


def test_in_process_by_default_mail_is_delivered_at_once(settings):
    settings.EMAIL_BACKEND = "website.mail.TaskEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sent = mail.send_mail("Assunto", "Corpo", None, ["pessoa@example.org"])
    assert sent == 1
    assert [message.subject for message in mail.outbox] == ["Assunto"]
    assert not DBTaskResult.objects.exists()


def test_mail_waits_for_the_worker(database_tasks):
    message = mail.EmailMultiAlternatives(
        "Confirme seu e-mail",
        "Texto",
        None,
        ["trainee@example.org"],
        reply_to=["cgetp@example.org"],
    )
    message.attach_alternative("<p>Texto</p>", "text/html")
    message.attach("dados.json", b'{"a": 1}', "application/json")
    assert message.send() == 1
    assert mail.outbox == []
    assert waiting("website.tasks.deliver_email").count() == 1
    run_worker()
    assert len(mail.outbox) == 1
    delivered = mail.outbox[0]
    assert delivered.subject == "Confirme seu e-mail"
    assert delivered.to == ["trainee@example.org"]
    assert delivered.reply_to == ["cgetp@example.org"]
    assert delivered.alternatives[0][0] == "<p>Texto</p>"
    assert delivered.attachments[0][:2] == ("dados.json", b'{"a": 1}')
    assert not waiting("website.tasks.deliver_email").exists()


def test_allauth_mail_goes_through_a_task(database_tasks, client):
    from tests.training.factories import trainee

    user = trainee()
    response = client.post("/pt-br/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    assert mail.outbox == []
    assert waiting("website.tasks.deliver_email").count() == 1
    run_worker()
    assert [message.to for message in mail.outbox] == [[user.email]]


def test_campaign_zips_are_built_by_the_worker(database_tasks, django_capture_on_commit_callbacks):
    from campaigns.models import CampaignPage, MaterialBundle

    campaign = CampaignPage.objects.get(locale__language_code="pt-br", slug="migrar-com-seguranca")
    MaterialBundle.objects.filter(page=campaign).delete()
    with django_capture_on_commit_callbacks(execute=True):
        campaign.save_revision().publish()
    assert waiting("campaigns.tasks.build_campaign_bundles").count() == 1
    assert not MaterialBundle.objects.filter(page=campaign).exists()
    run_worker()
    assert MaterialBundle.objects.filter(page=campaign).exists()


def test_guide_pdf_is_made_by_the_worker(database_tasks):
    from guides.models import GuidePage, GuidePdf
    from guides.tasks import generate_guide_pdf

    guide = GuidePage.objects.live().filter(locale__language_code="pt-br").first()
    GuidePdf.objects.filter(page=guide).delete()
    generate_guide_pdf.enqueue(guide.pk)
    assert not GuidePdf.objects.filter(page=guide).exists()
    run_worker()
    record = GuidePdf.objects.get(page=guide)
    with record.file.open("rb") as handle:
        assert handle.read(4) == b"%PDF"


def test_search_index_follows_publishing_through_the_worker(database_tasks, client, section):
    content_page(section, "Canal comunitário xilogravura", "canal-xilogravura")
    assert waiting("modelsearch.tasks.insert_or_update_object_task").exists()
    response = client.get("/pt-br/search/", {"q": "xilogravura"})
    assert response.context["paginator"].count == 0
    run_worker()
    response = client.get("/pt-br/search/", {"q": "xilogravura"})
    assert response.context["paginator"].count == 1


def test_a_rolled_back_save_queues_nothing(database_tasks):
    from django.db import transaction

    class Abandon(Exception):
        pass

    def save_then_fail():
        with transaction.atomic():
            mail.send_mail("Nunca", "Nunca", None, ["ninguem@example.org"])
            raise Abandon

    with pytest.raises(Abandon):
        save_then_fail()
    assert not DBTaskResult.objects.exists()
    run_worker()
    assert mail.outbox == []


def make_running(worker_ids, started_minutes_ago):
    from website.tasks import deliver_email

    result = deliver_email.using(backend="default").enqueue([])
    row = DBTaskResult.objects.get(pk=result.id)
    row.status = TaskResultStatus.RUNNING
    row.worker_ids = worker_ids
    row.started_at = timezone.now() - datetime.timedelta(minutes=started_minutes_ago)
    row.save()
    return row


def test_requeue_rules(database_tasks):
    from website.tasks import requeue_stalled_tasks

    own = make_running(["web-1"], started_minutes_ago=1)
    others_recent = make_running(["web-2"], started_minutes_ago=1)
    others_old = make_running(["web-3"], started_minutes_ago=45)
    poison = make_running(["web-1", "web-1", "web-1"], started_minutes_ago=1)
    assert requeue_stalled_tasks(datetime.timedelta(minutes=30), worker_id="web-1") == (2, 1)
    statuses = {
        row.pk: row.status for row in DBTaskResult.objects.filter(
            pk__in=[own.pk, others_recent.pk, others_old.pk, poison.pk]
        )
    }  # fmt: skip
    assert statuses == {
        own.pk: TaskResultStatus.READY,
        others_recent.pk: TaskResultStatus.RUNNING,  # another worker may still be on it
        others_old.pk: TaskResultStatus.READY,
        poison.pk: TaskResultStatus.FAILED,
    }


def test_worker_command_refuses_without_the_database_backend():
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="TASKS_BACKEND"):
        call_command("task_worker", "--batch")


# --- A worker killed in the middle of a task ------------------------------------------
def portal(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        **kwargs,
    )


def task_rows(database):
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT status, worker_ids FROM django_tasks_database_dbtaskresult"
        ).fetchall()


def test_a_killed_workers_task_is_kept_and_finished_by_the_next_worker(tmp_path):
    """Processes of their own, on a database file of their own: an enqueue that
    returned (the acknowledged save), a worker SIGKILLed while running the task, then
    the worker started again."""
    var = tmp_path / "var"
    work = tmp_path / "work"
    work.mkdir()
    env = {key: value for key, value in os.environ.items() if key not in SERVICE_VARIABLES}
    env.update(
        # dev settings: the only ones that take PORTAL_VAR_DIR as given.
        DJANGO_SETTINGS_MODULE="website.settings.dev",
        PORTAL_VAR_DIR=str(var),
        PYTHONPATH=str(ROOT),
        TASKS_BACKEND="database",
    )
    migrated = portal(env, "migrate", "django_tasks_database", "--noinput")
    assert migrated.returncode == 0, migrated.stderr
    enqueue = (
        "import django; django.setup();"
        "from tests.task_fixtures import hold_then_finish;"
        f"print(hold_then_finish.enqueue({str(work)!r}).id)"
    )
    queued = subprocess.run(
        [sys.executable, "-c", enqueue], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert queued.returncode == 0, queued.stderr
    database = var / "db.sqlite3"
    assert task_rows(database) == [("READY", "[]")]

    (work / "hold").touch()
    worker = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "task_worker",
            "--worker-id",
            "worker-1",
            "--interval",
            "0.1",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while not (work / "attempts").exists():
            assert time.monotonic() < deadline, "the worker never started the task"
            assert worker.poll() is None, "the worker stopped on its own"
            time.sleep(0.1)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    assert not (work / "done").exists()
    assert task_rows(database) == [("RUNNING", '["worker-1"]')]

    (work / "hold").unlink()
    again = portal(env, "task_worker", "--batch", "--worker-id", "worker-1", "--interval", "0")
    assert again.returncode == 0, again.stderr
    assert "1 queued again" in again.stdout
    assert (work / "done").read_text() == "done"
    assert len((work / "attempts").read_text().split()) == 2
    assert task_rows(database) == [("SUCCESSFUL", '["worker-1", "worker-1"]')]
