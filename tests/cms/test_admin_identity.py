"""The admin wears the portal's name and emblem, not Wagtail's, and fetches nothing about its
staff from outside services (no Gravatar)."""

import json
import re
from pathlib import Path

import pytest

from django.contrib.staticfiles import finders
from django.urls import reverse

WAGTAIL_BIRD = "icon-wagtail"  # the class of Wagtail's logo SVG (logo.html)
EMBLEM = "/static/cms/emblem.svg"
TITLE = "Cổng thông tin điện tử – Quản trị"


def test_emblem_is_a_shipped_static_file():
    path = finders.find("cms/emblem.svg")
    assert path is not None
    svg = Path(path).read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "<title>" in svg


@pytest.mark.django_db
def test_login_page_shows_the_portal_not_wagtail(client):
    content = client.get(reverse("wagtailadmin_login")).content.decode()
    assert f"<title>Đăng nhập - {TITLE}</title>" in content
    assert re.search(r"<h1>\s*Đăng nhập quản trị Cổng thông tin điện tử\s*</h1>", content)
    assert f'src="{EMBLEM}"' in content and 'alt="Biểu trưng Cổng thông tin điện tử"' in content
    assert f'rel="icon" type="image/svg+xml" href="{EMBLEM}"' in content
    assert WAGTAIL_BIRD not in content
    assert "wagtailadmin/images/favicon.ico" not in content


@pytest.mark.django_db
def test_dashboard_shows_the_portal_and_the_users_site(client, login):
    login("editor")
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f"<title>Trang tổng quan - {TITLE}</title>" in content
    # The sidebar draws its top link from this template: the emblem, not the bird.
    branding = re.search(r"<template data-wagtail-sidebar-branding-logo>(.*?)</template>", content, re.S).group(1)
    assert f'src="{EMBLEM}"' in branding
    assert re.search(r'<h1 class="w-h1 w-mt-0">\s*Quản trị – Xã Tân Hà\s*</h1>', content)
    assert WAGTAIL_BIRD not in content
    assert "- Wagtail</title>" not in content


@pytest.mark.django_db
def test_admin_not_found_page_shows_the_emblem(client, login):
    login("editor")
    response = client.get("/admin/khong-co-trang-nay/")
    assert response.status_code == 404
    content = response.content.decode()
    assert f'src="{EMBLEM}"' in content
    assert WAGTAIL_BIRD not in content


# --- no Gravatar --------------------------------------------------------------------------------


def avatar_urls(client):
    """Every avatar address the dashboard and the account page give the logged-in user."""
    urls = []
    for url in (reverse("wagtailadmin_home"), reverse("wagtailadmin_account")):
        content = client.get(url).content.decode()
        urls += re.findall(r'<img[^>]*class="[^"]*avatar[^"]*"[^>]*src="([^"]+)"', content)
        urls += re.findall(r'<img[^>]*src="([^"]+)"[^>]*class="[^"]*avatar[^"]*"', content)
        props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', content, re.S)
        if props:
            urls += re.findall(r'"avatarUrl":\s*"([^"]*)"', json.dumps(json.loads(props.group(1))))
        assert "gravatar" not in content.lower(), url
    return urls


@pytest.mark.django_db
def test_admin_never_asks_gravatar_for_a_user_without_an_avatar(client, login):
    user = login("editor")
    assert user.email and not getattr(getattr(user, "wagtail_userprofile", None), "avatar", None)
    urls = avatar_urls(client)
    assert urls, "no avatar found on the dashboard or the account page"
    assert all(url.split("?")[0].endswith("/default-user-avatar.png") for url in urls), urls


@pytest.mark.django_db
def test_with_a_gravatar_provider_the_same_screens_would_leak_the_email_hash(client, login, settings):
    """The control: the check above would see a Gravatar address if one were configured."""
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = "//www.gravatar.com/avatar"
    login("editor")
    content = client.get(reverse("wagtailadmin_account")).content.decode()
    assert "gravatar.com/avatar/" in content
