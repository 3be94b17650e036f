from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Recreate the channel directory's Elasticsearch indexes (one per language) from "
        "the database. Needs ELASTICSEARCH_URL."
    )

    def handle(self, *args, **options):
        if not settings.ELASTICSEARCH_URL:
            raise CommandError("ELASTICSEARCH_URL is not set: the directory uses the database.")
        from channels import elastic

        try:
            for code, _name in settings.LANGUAGES:
                count = elastic.index_language(code)
                self.stdout.write(f"{elastic.index_name(code)}: {count} channel(s)")
        except elastic.UNAVAILABLE as error:
            raise CommandError(f"Elasticsearch did not answer: {type(error).__name__}") from error
