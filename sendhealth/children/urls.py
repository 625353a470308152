from django.urls import path

from sendhealth.children import views

app_name = "children"
URL_PREFIX = "children/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.child_list, name="list"),
    path("new/", views.child_new, name="new"),
    path("moved-in/", views.child_moved_in, name="moved_in"),
    path("<int:pk>/", views.child_detail, name="detail"),
    path("<int:pk>/edit/", views.child_edit, name="edit"),
    path("<int:pk>/move/", views.child_move, name="move"),
]
