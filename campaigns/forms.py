from django import forms
from django.utils.translation import gettext_lazy as _

from campaigns.models import AUDIENCES, MATERIAL_LANGUAGES, STATUSES, THEMES


def _with_all(choices, label):
    return [("", label), *choices]


class CampaignFilterForm(forms.Form):
    """The index filters. A GET form: the filters live in the address, so a filtered
    list can be bookmarked and shared, and it works without JavaScript."""

    audience = forms.ChoiceField(
        label=_("Audience"), choices=_with_all(AUDIENCES, _("All audiences")), required=False
    )
    theme = forms.ChoiceField(
        label=_("Theme"), choices=_with_all(THEMES, _("All themes")), required=False
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=_with_all(STATUSES, _("Running or ended")), required=False
    )
    language = forms.ChoiceField(
        label=_("Language of the materials"),
        choices=_with_all(MATERIAL_LANGUAGES, _("Any language")),
        required=False,
    )
