from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator app (TOTP) when they lost their phone. At their "
        "next sign-in the admin asks them to set up a new one. Their open sessions are "
        "ended too, so whoever holds the old phone gains nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, **options):
        user = get_user_model().objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"No user named {options['username']!r}.")
        removed, _by_type = Authenticator.objects.filter(user=user).delete()
        from django.contrib.sessions.models import Session

        ended = 0
        for session in Session.objects.iterator():
            if session.get_decoded().get("_auth_user_id") == str(user.pk):
                session.delete()
                ended += 1
        self.stdout.write(
            f"Removed {removed} authenticator(s) of {user.username}; ended {ended} session(s). "
            "They will set up a new authenticator app at their next sign-in."
        )
