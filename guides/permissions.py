"""Who may do what with glossary terms.

Model permissions say what a role may do with any term; Translators get "change" so
they can edit translations, and this policy keeps them out of the pt-BR originals, as
the page permissions do for pages.
"""

from django.conf import settings
from wagtail.permission_policies.base import ModelPermissionPolicy

from website.permissions import COMMUNICATORS, MODERATORS, TRANSLATORS

SOURCE_ONLY_ACTIONS = {"change", "delete", "publish", "lock", "unlock"}


def is_translator_only(user):
    if user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return TRANSLATORS in names and not names & {COMMUNICATORS, MODERATORS}


class GlossaryPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        if not super().user_has_permission_for_instance(user, action, instance):
            return False
        if action in SOURCE_ONLY_ACTIONS and is_translator_only(user):
            return instance.locale.language_code != settings.LANGUAGE_CODE
        return True

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if set(actions) <= SOURCE_ONLY_ACTIONS and is_translator_only(user):
            instances = instances.exclude(locale__language_code=settings.LANGUAGE_CODE)
        return instances
