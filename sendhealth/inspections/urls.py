from django.urls import path

from sendhealth.inspections import views

app_name = "inspections"
URL_PREFIX = "inspections/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.inspection_list, name="list"),
    path("new/", views.inspection_new, name="new"),
    path("<int:pk>/", views.inspection_detail, name="detail"),
    path("<int:pk>/edit/", views.inspection_edit, name="edit"),
    path("<int:pk>/pack/", views.pack_assemble, name="assemble"),
    path("<int:pk>/pack/progress/", views.pack_progress, name="progress"),
    path("packs/<int:pk>/download/", views.pack_download, name="download"),
    path("<int:pk>/deep-dive/", views.deep_dive_find, name="deep_dive_find"),
    path("children/<int:pk>/", views.deep_dive, name="deep_dive"),
    path("children/<int:pk>/pdf/", views.deep_dive_download, name="deep_dive_pdf"),
]
