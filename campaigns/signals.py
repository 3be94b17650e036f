def _on_page_published(sender, instance, **kwargs):
    from django.db import transaction

    from campaigns.renditions import generate_for_page
    from campaigns.tasks import build_campaign_bundles

    generate_for_page(instance)
    # The zips can take a while (hundreds of MB of materials): a background task writes
    # them once the publication is committed. Until then, or if the task fails (a missing
    # file), the download view builds the zip itself.
    page_id = instance.pk
    transaction.on_commit(lambda: build_campaign_bundles.enqueue(page_id))


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
