from django.urls import path

from channels import views

urlpatterns = [
    path("api/channels/", views.api_channels, name="channels-api"),
    path("api/channels/<uuid:key>/", views.api_channel, name="channels-api-detail"),
]
