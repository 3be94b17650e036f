import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Make sure a local administrator exists and print its login. The password is "
        "made once, kept in var/admin-password.txt (never committed) and printed again "
        "on every run. For development machines only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--email", default="admin@localhost")

    def handle(self, *args, **options):
        password_file = settings.VAR_DIR / "admin-password.txt"
        password_file.parent.mkdir(parents=True, exist_ok=True)
        User = get_user_model()
        user = User.objects.filter(username=options["username"]).first()
        password = password_file.read_text().strip() if password_file.exists() else ""
        if user is None or not password or not user.check_password(password):
            password = password or secrets.token_urlsafe(12)
            if user is None:
                user = User(username=options["username"], email=options["email"])
            user.is_staff = user.is_superuser = user.is_active = True
            user.set_password(password)
            user.save()
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
        self.stdout.write(
            self.style.SUCCESS(
                "\nAdmin login: http://127.0.0.1:8000/admin/\n"
                f"  username: {user.username}\n  password: {password}\n"
            )
        )
        from website.two_factor import totp_authenticator

        if totp_authenticator(user) is None:
            self.stdout.write(
                "  Two-step verification: at the first sign-in the admin asks you to set up\n"
                "  an authenticator app (TOTP): scan the QR code with it and type its code.\n"
            )
        else:
            self.stdout.write(
                "  Two-step verification is on: have your authenticator app at hand.\n"
                "  Lost it? manage.py reset_admin_2fa " + user.username + "\n"
            )
