"""``manage.py loadtest_editor``: an editor saving and publishing during the load test.

Every few seconds it saves a revision of a demo page with a unique marker in its intro
and, every other time, publishes it. Once the save (and publish) has returned, so the
transaction is committed, the marker is appended to the acknowledgements file and
flushed to disk: that is the editor's "saved" message. ``loadtest_check`` then looks for
every acknowledged marker. The process may be killed at any moment (the runner does):
what it had acknowledged must still be there.
"""

import json
import os
import random
import time
import uuid

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Save and publish revisions with unique markers, recording each acknowledged one"

    def add_arguments(self, parser):
        parser.add_argument("--acks", required=True, help="Acknowledgements file (JSON lines)")
        parser.add_argument("--seconds", type=int, default=300)
        parser.add_argument("--interval", type=float, default=2.0)
        parser.add_argument("--name", default="editor")

    def handle(self, *args, acks, seconds, interval, name, **options):
        from website.models import ContentPage

        pages = list(
            ContentPage.objects.live()
            .exact_type(ContentPage)
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .values_list("pk", flat=True)
        )
        rng = random.Random()  # noqa: S311 (which page to edit next)
        deadline = time.monotonic() + seconds
        number = 0
        with open(acks, "a", encoding="utf-8") as record:
            while time.monotonic() < deadline:
                number += 1
                page = ContentPage.objects.get(pk=rng.choice(pages))
                marker = f"{name}-{uuid.uuid4().hex[:12]}"
                base_intro = (page.intro or "").split(" [marcador ")[0]
                page.intro = f"{base_intro} [marcador {marker}]"
                publish = number % 2 == 0
                started = time.monotonic()
                revision = page.save_revision()
                if publish:
                    revision.publish()
                ack = {
                    "marker": marker,
                    "page": page.pk,
                    "revision": revision.pk,
                    "published": publish,
                    "seconds": round(time.monotonic() - started, 3),
                }
                record.write(json.dumps(ack) + "\n")
                record.flush()
                os.fsync(record.fileno())
                time.sleep(interval)
