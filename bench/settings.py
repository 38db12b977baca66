"""Production settings with the benchmark's URLconf; values come from bench/article_pages.py."""

from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
