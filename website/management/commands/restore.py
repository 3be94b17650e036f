from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError

from website.backups import BackupError, restore_backup, verify_backup


class Command(BaseCommand):
    help = (
        "Replace the database and media with a backup made by `backup`. The archive is "
        "checked in full first; a damaged archive changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--check", action="store_true", help="Only verify the archive's checksums."
        )
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, **options):
        try:
            manifest = verify_backup(options["archive"])
        except BackupError as error:
            raise CommandError(f"Nothing was restored: {error}") from error
        summary = (
            f"Backup of {manifest['created_at']}: {manifest['database']['vendor']} database, "
            f"{len(manifest['media'])} media file(s), "
            f"{len(manifest.get('private', {}))} private file(s)."
        )
        if options["check"]:
            self.stdout.write(self.style.SUCCESS(f"Archive is intact. {summary}"))
            return
        if not options["yes"]:
            answer = input(f"{summary}\nThis replaces the current database and media. Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing was restored.")
        try:
            restore_backup(options["archive"])
        except BackupError as error:
            raise CommandError(f"Restore failed: {error}") from error
        cache.clear()
        self.stdout.write(self.style.SUCCESS(f"Restored. {summary}"))
