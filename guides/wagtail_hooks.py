from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from guides.models import GlossaryTerm
from guides.permissions import GlossaryPermissionPolicy


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = _("Glossary")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["term", "short_definition", "locale", "live"]
    list_filter = ["locale", "live"]
    search_fields = ["term", "short_definition"]

    @property
    def permission_policy(self):
        return GlossaryPermissionPolicy(self.model)


register_snippet(GlossaryTermViewSet)


def _refuse_unless_allowed(action):
    def check(request, instance):
        if isinstance(instance, GlossaryTerm):
            policy = GlossaryTermViewSet().permission_policy
            if not policy.user_has_permission_for_instance(request.user, action, instance):
                raise PermissionDenied

    return check


# Snippet views check model permissions only; these add the per-term rule (Translators
# may not touch the pt-BR originals).
hooks.register("before_edit_snippet", _refuse_unless_allowed("change"))
hooks.register("before_delete_snippet", _refuse_unless_allowed("delete"))
