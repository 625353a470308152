import pytest


@pytest.mark.django_db
class TestSignIn:
    def test_sign_in_page_renders_with_nhs_layout(self, client):
        response = client.get("/accounts/login/")
        assert response.status_code == 200
        assert b"nhsuk-header" in response.content
        assert b"Sign in to sendhealth" in response.content

    def test_anonymous_home_redirects_to_sign_in(self, client):
        response = client.get("/")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


class TestTwoFactor:
    def test_la_user_without_second_factor_is_sent_to_two_factor(self, area, client_for):
        client = client_for(area.la_user, verified=False)
        response = client.get("/children/")
        assert response.status_code == 302
        assert response["Location"] == "/accounts/two-factor/"

    def test_board_viewer_needs_no_second_factor(self, area, client_for):
        client = client_for(area.board, verified=False)
        response = client.get("/")
        assert response.status_code == 302
        assert "/accounts/two-factor/" not in response["Location"]
