"""``manage.py loadtest_users``: trainee accounts for the load test, ready to log in.

Each gets a confirmed e-mail address (as after clicking the confirmation link) and a
profile, so the simulated trainee can enrol at once. Refuses to run with production
settings unless ``--yes-this-is-a-test-database`` is given: the accounts have a
published password.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

PASSWORD = "load-test-Passw0rd!"  # noqa: S105 (load-test accounts on a test database)
EMAIL = "loadtest-{number}@example.org"


class Command(BaseCommand):
    help = "Create confirmed trainee accounts loadtest-N@example.org for the load test"

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=100)
        parser.add_argument("--yes-this-is-a-test-database", action="store_true")

    def handle(self, *args, count, yes_this_is_a_test_database, **options):
        from allauth.account.models import EmailAddress
        from django.conf import settings

        from training.models import Profile

        production = settings.SETTINGS_MODULE.endswith("production")
        if production and not yes_this_is_a_test_database:
            raise CommandError("Only on a test database: add --yes-this-is-a-test-database.")
        User = get_user_model()
        hashed = None
        made = 0
        for number in range(count):
            email = EMAIL.format(number=number)
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User(username=f"loadtest{number}", email=email, is_active=True)
                if hashed is None:
                    user.set_password(PASSWORD)
                    hashed = user.password
                user.password = hashed
                user.save()
                made += 1
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
            Profile.objects.get_or_create(
                user=user,
                defaults={
                    "full_name": f"Pessoa de Teste {number}",
                    "uf": "DF",
                    "organisation_type": "public_servant",
                },
            )
        self.stdout.write(f"{count} load-test trainee(s) ready ({made} new).")
