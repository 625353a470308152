from django.urls import path

from sendhealth.localoffer import oruk_views, views

app_name = "localoffer"
# Mounted at the site's root by sendhealth.config.urls: its pages name their own paths
# (/directory/, /local-offer/, /openreferral/).
URL_PREFIX = ""
urlpatterns = [
    # Maintaining the Local Offer (signed in)
    path("directory/", views.entry_list, name="list"),
    path("directory/import/", views.feed_import, name="import"),
    path("directory/<uuid:pk>/", views.entry_detail, name="detail"),
    path("directory/<uuid:pk>/edit/", views.entry_edit, name="edit"),
    path("directory/<uuid:pk>/publish/", views.entry_publish, name="publish"),
    # Public pages (no sign-in)
    path("local-offer/", views.public_search, name="public_search"),
    path("local-offer/<uuid:pk>/", views.public_detail, name="public_detail"),
    # Open Referral UK 3.0 (no sign-in, no keys)
    path("openreferral/", oruk_views.root, name="oruk_root"),
    path("openreferral/openapi.json", oruk_views.openapi, name="oruk_openapi"),
    path("openreferral/services", oruk_views.service_list, name="oruk_services"),
    path("openreferral/services/<uuid:pk>", oruk_views.service_detail, name="oruk_service"),
    path("openreferral/taxonomies", oruk_views.taxonomy_list, name="oruk_taxonomies"),
    path("openreferral/taxonomies/<uuid:pk>", oruk_views.taxonomy_detail, name="oruk_taxonomy"),
    path("openreferral/taxonomy_terms", oruk_views.term_list, name="oruk_terms"),
    path("openreferral/taxonomy_terms/<uuid:pk>", oruk_views.term_detail, name="oruk_term"),
    path(
        "openreferral/service_at_locations",
        oruk_views.service_at_location_list,
        name="oruk_service_at_locations",
    ),
    path(
        "openreferral/service_at_locations/<uuid:pk>",
        oruk_views.service_at_location_detail,
        name="oruk_service_at_location",
    ),
]
