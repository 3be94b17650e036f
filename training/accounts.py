from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        # Editors use the admin's own login; the public one leads trainees to their courses.
        return reverse("training:dashboard")
