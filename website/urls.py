from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.cache import cache_page
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from website import views
from website.sitemaps import language_sitemaps

sitemaps = language_sitemaps()

urlpatterns = [
    path("health/", views.health, name="health"),
    # Before the admin's own URLs: its two-factor set-up and verification pages.
    path("admin/2fa/", include("website.two_factor")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        cache_page(60 * 15)(sitemap_views.index),
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap-language"},
        name="sitemap-index",
    ),
    path(
        "sitemap-<section>.xml",
        cache_page(60 * 15)(sitemap_views.sitemap),
        {"sitemaps": sitemaps},
        name="sitemap-language",
    ),
    path("robots.txt", views.robots_txt, name="robots-txt"),
]

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("", include("channels.urls")),
    path("campaigns/", include("campaigns.urls")),
    path("accounts/", include("allauth.urls")),
    path("training/", include("training.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
