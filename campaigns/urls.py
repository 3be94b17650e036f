from django.urls import path

from campaigns import views
from campaigns.feeds import CampaignFeed

app_name = "campaigns"

urlpatterns = [
    path("feed/", CampaignFeed(), name="feed"),
    path("<int:page_id>/qr.svg", views.campaign_qr, name="campaign-qr"),
    path("<int:page_id>/download/<str:language>.zip", views.download_all, name="download-all"),
    path(
        "<int:page_id>/materials/<int:material_id>/download/",
        views.download_material,
        name="material-download",
    ),
    path("<int:page_id>/materials/<int:material_id>/qr.svg", views.material_qr, name="material-qr"),
]
