import logging

logger = logging.getLogger(__name__)


def _on_page_published(sender, instance, **kwargs):
    from campaigns.bundles import build_all
    from campaigns.renditions import generate_for_page

    generate_for_page(instance)
    try:
        build_all(instance)
    except OSError:
        # A missing file must not stop a publication; the download view rebuilds later.
        logger.warning("Could not build the materials zips of campaign %s", instance.pk)


def _on_material_saved(sender, instance, raw=False, **kwargs):
    from campaigns.renditions import generate_for_material

    if not raw:
        generate_for_material(instance)


def connect():
    from django.db.models.signals import post_save
    from wagtail.signals import page_published

    from campaigns.models import CampaignPage, Material
    from campaigns.translation import configure_campaign_translation

    configure_campaign_translation()
    page_published.connect(
        _on_page_published, sender=CampaignPage, dispatch_uid="campaign_published"
    )
    post_save.connect(_on_material_saved, sender=Material, dispatch_uid="campaign_material_saved")
