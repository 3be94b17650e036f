import datetime
import socket

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend

from website.tasks import requeue_stalled_tasks


class Command(BaseCommand):
    help = (
        "Run the background tasks kept in the database (TASKS_BACKEND=database): first put "
        "back in the queue what a killed worker left running, then run django-tasks' "
        "db_worker."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch", action="store_true", help="Run every task waiting now, then exit."
        )
        parser.add_argument(
            "--worker-id",
            default=f"{socket.gethostname()}-1"[-64:],
            help="This worker's name, the same each time it starts and different for each "
            "worker (default: host name + '-1'). Tasks it was running when it stopped are "
            "run again at once.",
        )
        parser.add_argument(
            "--stalled-after",
            type=float,
            default=settings.TASKS_STALLED_AFTER_MINUTES,
            help="Minutes after which a task still marked running by any worker is run "
            "again (default TASKS_STALLED_AFTER_MINUTES: %(default)s).",
        )
        parser.add_argument("--interval", type=float, default=1.0)
        parser.add_argument("--max-tasks", type=int, default=None)

    def handle(self, *args, **options):
        if not isinstance(task_backends["default"], DatabaseBackend):
            raise CommandError(
                "TASKS_BACKEND is not 'database': tasks run in-process and need no worker."
            )
        requeued, failed = requeue_stalled_tasks(
            datetime.timedelta(minutes=options["stalled_after"]), worker_id=options["worker_id"]
        )
        if requeued or failed:
            self.stdout.write(
                f"Tasks left running by a stopped worker: {requeued} queued again, "
                f"{failed} marked failed."
            )
        worker_options = {
            "batch": options["batch"],
            "interval": options["interval"],
            "reload": False,
            "startup_delay": False,
            "worker_id": options["worker_id"],
            "verbosity": options["verbosity"],
        }
        if options["max_tasks"]:
            worker_options["max_tasks"] = options["max_tasks"]
        call_command("db_worker", **worker_options)
