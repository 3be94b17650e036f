"""Fail when an interface string is missing from any language.

Runs makemessages first so that strings added to templates or code since the last
update are counted too, then reads every catalogue with polib. When makemessages only
touched the creation date in a catalogue's header, the file is put back as it was, so
running the checks leaves a clean work tree.
"""

import re
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

HEADER_DATE = re.compile(r'^"POT-Creation-Date: .*\\n"\n', re.MULTILINE)
IGNORED = ["node_modules/*", ".venv/*", "var/*", "tests/*", "htmlcov/*"]


class Command(BaseCommand):
    help = "Update the catalogues from the source and fail if any string lacks a translation."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-update", action="store_true", help="Only read the catalogues as they are."
        )

    def catalogues(self):
        for locale_path in settings.LOCALE_PATHS:
            yield from sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po"))

    def handle(self, *args, **options):
        languages = [code for code, _name in settings.LANGUAGES]
        expected = {
            (Path(settings.LOCALE_PATHS[0]) / self.locale_dir(code) / "LC_MESSAGES" / "django.po")
            for code in languages
        }
        missing_files = [str(path) for path in sorted(expected) if not path.exists()]
        if missing_files:
            raise CommandError("Missing catalogues: " + ", ".join(missing_files))

        if not options["no_update"]:
            before = {path: path.read_text(encoding="utf-8") for path in self.catalogues()}
            call_command(
                "makemessages",
                locale=[self.locale_dir(code) for code in languages],
                ignore_patterns=IGNORED,
                no_location=True,
                no_obsolete=True,
                verbosity=0,
            )
            for path, text in before.items():
                after = path.read_text(encoding="utf-8")
                if HEADER_DATE.sub("", after) == HEADER_DATE.sub("", text):
                    path.write_text(text, encoding="utf-8")

        problems = []
        for path in self.catalogues():
            catalogue = polib.pofile(str(path))
            untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
            fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
            for msgid in untranslated:
                problems.append(f"{path}: untranslated: {msgid!r}")
            for msgid in fuzzy:
                problems.append(f"{path}: fuzzy: {msgid!r}")
        if problems:
            raise CommandError(
                f"{len(problems)} interface string(s) lack a translation:\n" + "\n".join(problems)
            )
        self.stdout.write("Every catalogue is complete.")

    @staticmethod
    def locale_dir(language_code):
        # makemessages and the locale/ folders use "pt_BR", URLs and settings "pt-br".
        from django.utils.translation import to_locale

        return to_locale(language_code)
