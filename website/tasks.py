"""The portal's own background tasks (django-tasks; see README, Background tasks)."""

from django_tasks import task


@task()
def deliver_email(messages):
    """Send e-mails queued by ``website.mail.TaskEmailBackend``; returns how many went."""
    from website.mail import deliver, deserialize

    return deliver([deserialize(data) for data in messages])


# A task whose worker died this many times is not tried again (it may be what kills it).
MAX_ATTEMPTS = 3


def requeue_stalled_tasks(older_than, worker_id=None):
    """Put back in the queue the tasks a stopped worker left marked running, which
    django-tasks would leave so forever: those last claimed by ``worker_id`` (a worker
    starting again under its own name knows it is not running them any more), and any
    still running ``older_than`` (a timedelta) after they started (a worker that never
    came back). Tasks already tried MAX_ATTEMPTS times are marked failed instead: they
    may be what kills the worker. Returns (requeued, failed)."""
    from django.db import transaction
    from django.utils import timezone
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    requeued = failed = 0
    cutoff = timezone.now() - older_than
    with transaction.atomic():
        running = DBTaskResult.objects.select_for_update(skip_locked=True).filter(
            status=TaskResultStatus.RUNNING
        )
        for result in running:
            orphaned = worker_id is not None and result.worker_ids[-1:] == [worker_id]
            if not orphaned and (result.started_at is None or result.started_at >= cutoff):
                continue
            if len(result.worker_ids) >= MAX_ATTEMPTS:
                result.status = TaskResultStatus.FAILED
                result.finished_at = timezone.now()
                result.exception_class_path = "website.tasks.WorkerLost"
                result.traceback = f"The worker running this task stopped {MAX_ATTEMPTS} times."
                result.save(
                    update_fields=["status", "finished_at", "exception_class_path", "traceback"]
                )
                failed += 1
            else:
                result.status = TaskResultStatus.READY
                result.started_at = None
                result.save(update_fields=["status", "started_at"])
                requeued += 1
    return requeued, failed
