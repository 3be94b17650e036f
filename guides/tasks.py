from django_tasks import task


@task()
def generate_guide_pdf(guide_id):
    """Make and store the PDF of one guide in its language. Returns the stored size."""
    from guides.models import GuidePage
    from guides.pdf import store_guide_pdf

    guide = GuidePage.objects.live().filter(pk=guide_id).first()
    if guide is None:
        return 0
    return store_guide_pdf(guide).size
