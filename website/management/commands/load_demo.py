from django.core.management.base import BaseCommand

from website.demo import content
from website.demo.loader import load


class Command(BaseCommand):
    help = (
        "Build the demo page tree in pt-BR with es, en, fr and ht translations, from the "
        "facts in shared/seeds. Idempotent: a second run changes nothing."
    )

    def handle(self, *args, **options):
        summary = load(content)
        self.stdout.write(
            f"Demo content: {summary['pages_created']} page(s) created, "
            f"{summary['translations_created']} translation(s) created."
        )
