from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from website.backups import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Back up the database, all media and the private files into one .tar.gz with "
        "SHA-256 checksums "
        "(default folder: var/backups)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(settings.VAR_DIR / "backups"))

    def handle(self, *args, **options):
        try:
            path = create_backup(options["output"])
        except (BackupError, OSError) as error:
            raise CommandError(f"Backup failed, nothing was written: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path}"))
