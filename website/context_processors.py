from django.conf import settings

from website.chrome import get_chrome


def portal(request):
    """Header and footer data for public templates (cached per language)."""
    if request.path.startswith(("/admin/", "/django-admin/")):
        return {}
    return {
        "chrome": get_chrome(),
        "quick_exit_url": settings.QUICK_EXIT_URL,
        "search_max_length": settings.SEARCH_QUERY_MAX_LENGTH,
    }
