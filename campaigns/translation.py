"""How wagtail-localize treats a campaign page.

Left alone it would synchronise every child relation of a page that is not itself
translatable: the material rows of the pt-BR page would overwrite those of each
translation at every sync. Materials are per page instead (the Spanish page may offer a
Spanish poster), so the rows are left out of the translatable fields: a new translation
starts with a copy of the source's list (Wagtail copies child rows when it creates the
translation) and keeps its own list from then on. The audience and theme codes are
data, not text: synchronised, never offered to translators.
"""

NOT_SYNCHRONISED = {"material_links"}
SYNCHRONISED_CODES = {"audiences", "themes"}


def configure_campaign_translation():
    from wagtail_localize.fields import SynchronizedField, get_translatable_fields

    from campaigns.models import CampaignPage

    if "translatable_fields" in CampaignPage.__dict__:
        return
    fields = []
    for field in get_translatable_fields(CampaignPage):
        if field.field_name in NOT_SYNCHRONISED:
            continue
        if field.field_name in SYNCHRONISED_CODES:
            field = SynchronizedField(field.field_name, overridable=False)
        fields.append(field)
    CampaignPage.translatable_fields = fields
