from django.urls import path

from sendhealth.accounts import views

app_name = "accounts"
URL_PREFIX = "accounts/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("login/", views.SignInView.as_view(), name="login"),
    path("logout/", views.sign_out, name="logout"),
    path("two-factor/", views.two_factor, name="two_factor"),
    path("two-factor/set-up/", views.two_factor_setup, name="two_factor_setup"),
    path("sign-in/<slug:provider>/", views.provider_start, name="provider_start"),
    path("sign-in/<slug:provider>/callback/", views.provider_callback, name="provider_callback"),
    path(
        "sign-in/<slug:provider>/back-channel-logout/",
        views.provider_back_channel_logout,
        name="provider_back_channel_logout",
    ),
    path(
        "sign-in/<slug:provider>/front-channel-logout/",
        views.provider_front_channel_logout,
        name="provider_front_channel_logout",
    ),
]
