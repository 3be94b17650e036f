"""A task for the worker-durability test (tests/test_services_tasks.py): it waits while
a "hold" file exists, so the test can kill the worker in the middle of it."""

import os
import time
from pathlib import Path

from django_tasks import task


@task()
def hold_then_finish(directory):
    folder = Path(directory)
    with (folder / "attempts").open("a") as attempts:
        attempts.write(f"{os.getpid()}\n")
    deadline = time.monotonic() + 120
    while (folder / "hold").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    (folder / "done").write_text("done")
    return "done"
