from django.urls import path

from training import views

app_name = "training"

urlpatterns = [
    path("my-courses/", views.dashboard, name="dashboard"),
    path("profile/", views.profile, name="profile"),
    path("my-data.json", views.export_data, name="export-data"),
    path("delete-account/", views.delete_account, name="delete-account"),
    path("verify/", views.verify, name="verify"),
    path("certificates/<uuid:certificate_id>/", views.certificate_detail, name="certificate"),
    path("certificates/<uuid:certificate_id>/qr.svg", views.certificate_qr, name="certificate-qr"),
    path("certificates/<uuid:certificate_id>/pdf/", views.certificate_pdf, name="certificate-pdf"),
    path(
        "certificates/<uuid:certificate_id>/open-badge.json",
        views.certificate_badge,
        name="certificate-badge",
    ),
]
