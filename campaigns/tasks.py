import logging

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def build_campaign_bundles(page_id):
    """Write the "Download all" zips of one published campaign, one per language of its
    materials. Returns how many zips are current."""
    from campaigns.bundles import build_all
    from campaigns.models import CampaignPage

    page = CampaignPage.objects.live().filter(pk=page_id).first()
    if page is None:
        return 0
    try:
        return len([bundle for bundle in build_all(page) if bundle is not None])
    except OSError:
        # A missing file must not stop a publication; the download view rebuilds later.
        logger.warning("Could not build the materials zips of campaign %s", page_id)
        return 0
