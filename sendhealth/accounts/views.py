"""Sign in, sign out and two-factor authentication (TOTP, django-otp)."""

import base64
import logging
from io import BytesIO

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from sendhealth.accounts import oidc, services
from sendhealth.accounts.demo import demo_logins
from sendhealth.accounts.forms import SignInForm, TokenForm
from sendhealth.accounts.models import SignInMethod

log = logging.getLogger(__name__)
NEXT_SESSION_KEY = "sendhealth_provider_next"


class SignInView(auth_views.LoginView):
    template_name = "accounts/login.jinja"
    form_class = SignInForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        passwords = settings.PASSWORD_SIGN_IN
        context["password_sign_in"] = passwords
        context["providers"] = [
            {"text": p.label, "href": _start_url(p.name, context.get("next", ""))}
            for p in oidc.providers().values()
        ]
        context["demo_logins"] = demo_logins() if settings.DEMO_MODE and passwords else []
        return context

    def form_valid(self, form):
        response = super().form_valid(form)
        self.request.session.pop(services.PROVIDER_SESSION_KEY, None)
        services.record_sign_in(
            self.request, user=form.get_user(), method=SignInMethod.PASSWORD, succeeded=True
        )
        return response

    def form_invalid(self, form):
        reason = "passwords_off" if not settings.PASSWORD_SIGN_IN else "wrong_password"
        services.record_sign_in(
            self.request, user=None, method=SignInMethod.PASSWORD, succeeded=False, reason=reason
        )
        return super().form_invalid(form)


def _start_url(provider: str, next_url: str) -> str:
    url = reverse("accounts:provider_start", args=[provider])
    return f"{url}?next={next_url}" if next_url and next_url.startswith("/") else url


def _provider_or_404(name: str):
    provider = oidc.provider_named(name)
    if provider is None:
        raise Http404("No such identity provider")
    return provider


@require_GET
def provider_start(request, provider):
    """Send the person to their organisation's identity provider (authorization code flow
    with PKCE, state and nonce: ``accounts.oidc``)."""
    config = _provider_or_404(provider)
    next_url = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        request.session[NEXT_SESSION_KEY] = next_url
    callback = settings.SITE_URL.rstrip("/") + reverse(
        "accounts:provider_callback", args=[provider]
    )
    try:
        return oidc.authorize_redirect(request, config, callback)
    except oidc.SignInRefused as refused:
        return _refused(request, config, None, refused.reason)


@require_GET
def provider_callback(request, provider):
    """The provider's answer: Authlib checks the state, exchanges the code and verifies the ID
    token; then the person is matched to a user and let in, or refused and told why."""
    config = _provider_or_404(provider)
    try:
        claims, id_token = oidc.verified_claims(request, config)
    except oidc.SignInRefused as refused:
        return _refused(request, config, None, refused.reason)
    outcome = services.resolve_provider_user(config, claims)
    if outcome.refused:
        return _refused(request, config, outcome.user, outcome.refused, outcome)
    next_url = request.session.pop(NEXT_SESSION_KEY, "")
    login(request, outcome.user, backend="sendhealth.accounts.backends.ProviderBackend")
    services.start_provider_session(request, config, claims, outcome, id_token)
    services.record_sign_in(
        request,
        user=outcome.user,
        method=SignInMethod.PROVIDER,
        provider=config.name,
        succeeded=True,
        assurance=outcome.assurance,
        mfa=outcome.mfa,
    )
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("core:home")
    return redirect(next_url or "core:home")


REFUSALS = {
    "no_membership": "You do not have access to sendhealth yet. Ask your sendhealth "
    "administrator to give you access, then sign in again.",
    "unknown_subject": "There is no sendhealth account for you. Ask your sendhealth "
    "administrator to set one up for you.",
    "inactive": "Your sendhealth account has been closed. Ask your sendhealth administrator "
    "if you still need it.",
    "assurance_too_low": "Your role needs a stronger way of signing in than the one you used. "
    "Sign in again with your smartcard or another method your organisation gives you.",
}


def _refused(request, config, user, reason: str, outcome=None):
    services.record_sign_in(
        request,
        user=user,
        method=SignInMethod.PROVIDER,
        provider=config.name,
        succeeded=False,
        reason=reason,
        assurance=outcome.assurance if outcome else None,
        mfa=outcome.mfa if outcome else False,
    )
    log.info("provider sign-in refused: provider=%s reason=%s", config.name, reason)
    message = REFUSALS.get(reason, "We could not sign you in. Try again.")
    context = {"provider": config, "message": message}
    return render(request, "accounts/provider_refused.jinja", context, status=403)


@csrf_exempt
@require_POST
def provider_back_channel_logout(request, provider):
    """OpenID Connect Back-Channel Logout 1.0: the provider posts a signed logout token and
    every session it names ends here (200), or the token is refused (400)."""
    config = _provider_or_404(provider)
    raw = request.POST.get("logout_token", "")
    try:
        claims = oidc.logout_token_claims(config, raw)
    except oidc.SignInRefused:
        return HttpResponse(status=400)
    ended = services.end_provider_sessions(config, claims)
    log.info("back-channel logout: provider=%s sessions=%s", config.name, ended)
    response = HttpResponse(status=200)
    response["Cache-Control"] = "no-store"
    return response


@require_GET
@xframe_options_exempt
def provider_front_channel_logout(request, provider):
    """OpenID Connect Front-Channel Logout 1.0: the provider's own sign-out page frames this URL
    (``?iss=...&sid=...``) and every session signed in with that ``sid`` ends here. Browsers
    rarely send our cookie to a framed page, so the sessions are found by ``sid``; a request
    with neither parameter ends the framed browser's own session, when it sends its cookie.
    Only the provider's own origin may frame the answer."""
    config = _provider_or_404(provider)
    iss, sid = request.GET.get("iss", ""), request.GET.get("sid", "")
    if iss or sid:
        if iss != config.issuer or not sid:
            return HttpResponse(status=400)
        ended = services.end_provider_sessions(config, {"sid": sid}, channel="front")
    else:
        key = request.session.session_key
        ended = services.end_provider_sessions(config, {"session_key": key}, channel="front")
        if ended:
            logout(request)
    log.info("front-channel logout: provider=%s sessions=%s", config.name, ended)
    response = render(request, "accounts/front_channel_logout.jinja")
    response["Cache-Control"] = "no-cache, no-store"
    response["Pragma"] = "no-cache"
    response._csp_replace = {"frame-ancestors": [oidc.provider_origin(config)]}  # type: ignore[attr-defined]
    return response


@require_http_methods(["GET", "POST"])
def sign_out(request):
    """Sign out here; a session signed in through a provider that offers RP-initiated logout
    goes on to the provider's ``end_session_endpoint`` so that it signs the person out too,
    and comes back to the sign-in page."""
    if request.method == "POST":
        signed_in = request.session.get(services.PROVIDER_SESSION_KEY) or {}
        services.forget_provider_session(request.session.session_key)
        logout(request)
        config = oidc.provider_named(signed_in.get("provider", ""))
        if config is not None:
            back = settings.SITE_URL.rstrip("/") + reverse("accounts:login")
            url = oidc.end_session_url(config, signed_in.get("id_token", ""), back)
            if url:
                return redirect(url)
        return redirect("accounts:login")
    return render(request, "accounts/logout.jinja")


@login_required
def two_factor(request):
    """Verify with an existing authenticator, or set one up on first sign-in."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    if device is None:
        return redirect("accounts:two_factor_setup")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            otp_login(request, device)
            return redirect("core:home")
        form.add_error("token", "The code is not right. Check your app and try again")
    return render(request, "accounts/two_factor.jinja", {"form": form})


@login_required
def two_factor_setup(request):
    if TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
        return redirect("accounts:two_factor")
    device, _ = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": "Authenticator app"}
    )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect("core:home")
        form.add_error("token", "The code is not right. Check your app and try again")
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = BytesIO()
    image.save(buffer)
    qr = "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()
    secret = base64.b32encode(device.bin_key).decode()
    return render(
        request, "accounts/two_factor_setup.jinja", {"form": form, "qr": qr, "secret": secret}
    )
