"""Every environment branch of the settings is exercised, in a fresh interpreter each time."""

import os
import subprocess
import sys

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from cms.settings.base import search_backends


def load_settings(module, **env):
    """Import a settings module in a clean process and print a few of its values."""
    clean_env = {key: value for key, value in os.environ.items()
                 if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "ELASTICSEARCH_URL", "REDIS_URL"}}
    code = (
        f"import {module} as s; print(s.CACHES['default']['BACKEND']); "
        "print(s.WAGTAILSEARCH_BACKENDS['default']['BACKEND']); print(getattr(s, 'ALLOWED_HOSTS', ''))"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**clean_env, **env}, check=False)


def test_production_refuses_to_start_without_secret_key():
    result = load_settings("cms.settings.production", ALLOWED_HOSTS="hamtan.binhthuan.gov.vn")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = load_settings("cms.settings.production", SECRET_KEY="k" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_with_redis_and_elasticsearch():
    result = load_settings(
        "cms.settings.production",
        SECRET_KEY="k" * 50,
        ALLOWED_HOSTS="hamtan.binhthuan.gov.vn,.hamtan.binhthuan.gov.vn",
        REDIS_URL="redis://127.0.0.1:6379/1",
        ELASTICSEARCH_URL="http://127.0.0.1:9200",
    )
    assert result.returncode == 0, result.stderr
    cache, search, hosts = result.stdout.splitlines()
    assert cache == "django_redis.cache.RedisCache"
    assert search == "wagtail.search.backends.elasticsearch9"
    assert hosts == "['hamtan.binhthuan.gov.vn', '.hamtan.binhthuan.gov.vn']"


def test_dev_defaults_are_local_memory_cache_and_database_search():
    result = load_settings("cms.settings.dev")
    assert result.returncode == 0, result.stderr
    cache, search, _ = result.stdout.splitlines()
    assert cache == "django.core.cache.backends.locmem.LocMemCache"
    assert search == "wagtail.search.backends.database"


def test_elasticsearch_backend_module_imports_with_installed_client():
    from django.utils.module_loading import import_string

    backend = search_backends("http://127.0.0.1:9200")["default"]["BACKEND"]
    assert import_string(f"{backend}.SearchBackend")


def test_malformed_elasticsearch_url_is_refused():
    with pytest.raises(ImproperlyConfigured, match="ELASTICSEARCH_URL"):
        search_backends("127.0.0.1:9200")


def test_vietnamese_is_the_default_and_offered_in_the_admin(settings):
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert settings.WAGTAILADMIN_PERMITTED_LANGUAGES == [("vi", "Tiếng Việt")]
    assert settings.LANGUAGES == [("vi", "Tiếng Việt")]


@pytest.mark.django_db
def test_staff_are_offered_no_other_admin_language(client, login, settings):
    login("editor")
    response = client.get(reverse("wagtailadmin_account"))
    assert response.status_code == 200
    assert "English" not in response.content.decode()
    # The control: the account page would offer English if the settings permitted it.
    settings.WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
    assert "English" in client.get(reverse("wagtailadmin_account")).content.decode()
