"""``manage.py loadtest_check``: after the load test, was anything lost, and how fast?

Looks for every marker the editors acknowledged (their revisions, and the live page for
the last publish of each page), reads locust's CSV statistics and writes the report,
``docs/bench/YYYY-MM-DD-loadtest-<engine>.md``. Exits non-zero if an acknowledged save is
missing, any response was a 5xx, or p95 is over the target.
"""

import csv
import json
import os
import re
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

P95_TARGET_MS = 300


def read_acks(path):
    acks = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        try:
            acks.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a line cut short by kill -9 was never acknowledged
    return acks


def missing_acks(acks):
    from wagtail.models import Revision

    from website.models import ContentPage

    missing = []
    revisions = {
        revision.pk: revision
        for revision in Revision.objects.filter(pk__in=[ack["revision"] for ack in acks])
    }
    for ack in acks:
        revision = revisions.get(ack["revision"])
        if revision is None or ack["marker"] not in json.dumps(revision.content):
            missing.append(ack)
    last_published = {}
    for ack in acks:
        if ack["published"]:
            last_published[ack["page"]] = ack
    for page_id, ack in last_published.items():
        page = ContentPage.objects.filter(pk=page_id).first()
        if page is None:
            missing.append({**ack, "problem": "page gone"})
            continue
        later = Revision.objects.filter(
            object_id=str(page_id), pk__gt=ack["revision"], approved_go_live_at__isnull=True
        )
        live_has_it = ack["marker"] in (page.intro or "")
        if not live_has_it and not later.exists():
            missing.append({**ack, "problem": "published but not live"})
    return missing


def _read_csv(path):
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def read_stats(prefix):
    return _read_csv(Path(f"{prefix}_stats.csv")), _read_csv(Path(f"{prefix}_failures.csv"))


class Command(BaseCommand):
    help = "Check the load test: acknowledged saves all found, no 5xx, p95 under target"

    def add_arguments(self, parser):
        parser.add_argument("--acks", required=True)
        parser.add_argument("--stats", required=True, help="locust --csv prefix")
        parser.add_argument("--events", default="", help="What the runner did (a text file)")
        parser.add_argument("--users", type=int, default=200)
        parser.add_argument("--duration", default="5m")
        parser.add_argument("--output", default="docs/bench")

    def handle(self, *args, **options):
        acks = read_acks(options["acks"])
        missing = missing_acks(acks)
        rows, failures = read_stats(options["stats"])
        total = next((row for row in rows if row["Name"] == "Aggregated"), None)
        if total is None:
            raise CommandError("locust wrote no statistics")
        server_errors = sum(
            int(row["Occurrences"]) for row in failures if re.search(r"\b5\d\d\b", row["Error"])
        )
        p95 = float(total["95%"])
        engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
        checks = [
            (
                len(missing) == 0,
                f"every acknowledged save found: {len(acks) - len(missing)} of {len(acks)}",
            ),
            (server_errors == 0, f"no 5xx: {server_errors} server errors"),
            (p95 < P95_TARGET_MS, f"p95 under {P95_TARGET_MS} ms: {p95:.0f} ms"),
        ]
        lines = [
            f"# Load test {date.today().isoformat()} ({engine})",
            "",
            f"locust, headless, {options['users']} users for {options['duration']} against "
            "gunicorn on 127.0.0.1 (all on this machine). Load average at the end: "
            + " ".join(f"{n:.2f}" for n in os.getloadavg()),
            "",
            *[f"- {'✓' if ok else '✗'} {text}" for ok, text in checks],
            "",
        ]
        if options["events"] and Path(options["events"]).exists():
            lines += [
                "What happened during the run:",
                "",
                "```",
                Path(options["events"]).read_text().strip(),
                "```",
                "",
            ]
        lines += [
            "| Request | Count | Failures | Median ms | p95 ms | p99 ms | Max ms | Req/s |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for row in rows:
            lines.append(
                f"| {row['Type']} {row['Name']} | {row['Request Count']} | "
                f"{row['Failure Count']} | "
                f"{row['Median Response Time']} | {row['95%']} | {row['99%']} | "
                f"{float(row['Max Response Time']):.0f} | {float(row['Requests/s']):.1f} |"
            )
        if failures:
            lines += ["", "Failures:", "", "| Request | Error | Count |", "|---|---|---:|"]
            for row in failures:
                lines.append(
                    f"| {row['Method']} {row['Name']} | {row['Error'][:120]} | "
                    f"{row['Occurrences']} |"
                )
        if missing:
            lines += [
                "",
                "Missing acknowledged saves:",
                "",
                *[f"- `{json.dumps(ack)}`" for ack in missing],
            ]
        folder = Path(settings.BASE_DIR) / options["output"]
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{date.today().isoformat()}-loadtest-{engine}.md"
        path.write_text("\n".join(lines) + "\n")
        self.stdout.write("\n".join(lines))
        self.stdout.write(f"\nReport written to {path}")
        if not all(ok for ok, _text in checks):
            raise CommandError("The load test missed a target (see above).")
